"""Build gold65.jsonl: development set 65 (ids id01…), written in stop 32 by writer w65 BEFORE any run on it.

WHOLE ARTICLES PARAPHRASED FROM REAL PAGES. Each passage is the paraphrase of the body of one real Arabic news page
about Syria (2011-2025) found in the search tool's `pages` corpus: headline where the page had one, lead, details,
sources, the other side's telling, recalls and background. Incidents, their order, places, figures, dates and
attributions are the page's; every sentence was rewritten (no run of five words is shared with the page text, names
aside, checked by script against the page text read); people's personal names were changed. The page's address is
in each passage's `style`. Publication dates come from the page (URL, dateline) or, where marked "published
inferred", from the incident the page dates by weekday. Gold was written with the passages, before marsad was run.
Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build65.py      # rewrites gold65.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402,F401

P65: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P65.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("id01", "2012-11-09", "Al-Jamaa (relaying Anadolu)",
        "page https://www.aljamaa.net/ar/2012/11/09/ (انشقاق 26 ضابطا عن الجيش السوري); defection with ranks, "
        "a recall with its own day, a running total",
        "26 ضابطاً بينهم لواءان يتركون جيش النظام السوري ويعبرون إلى تركيا\n"
        "ذكرت وسائل إعلام تركية، اليوم الجمعة 9 تشرين الثاني/نوفمبر، أن 26 ضابطاً سورياً، منهم اثنان برتبة لواء، "
        "أعلنوا انشقاقهم عن القوات النظامية ولجؤوا إلى الأراضي التركية ليل الخميس. وأوضحت وكالة الأناضول للأنباء "
        "أن بين المنشقين 11 عقيداً ومقدّمَين ورائدَين وأربعة نقباء وخمسة ملازمين، وأنهم دخلوا إقليم هاتاي برفقة "
        "عائلاتهم ومجموعة من الجنود، ليبلغ مجموع المنشقين الواصلين 71 شخصاً. ويُعدّ هذا الانشقاق الأضخم الذي "
        "يشهده جيش الأسد منذ عدة أشهر. وكان سبعة جنرالات قد تخلّوا عن الجيش النظامي ولجؤوا هم أيضاً إلى تركيا "
        "يوم الثلاثاء 6 تشرين الثاني/نوفمبر، في وقت سابق من الأسبوع الجاري. ويُنقل العسكريون المنشقون إلى مخيم "
        "«أبآيدن» المخصص لهم ولأسرهم، وهو مخيم تحرسه قوات كثيفة ولا يُسمح للصحفيين بالدنوّ منه من دون إذن خاص "
        "تمنحه السلطات التركية. وتداولت أوساط مؤخراً روايات تفيد بأن المخيم يُستخدم لتدريب المنشقين على السلاح "
        "وأساليب القتال ضد النظام، غير أن أنقرة نفت ذلك قطعياً. وبهذا يرتفع عدد الجنرالات الذين انشقوا عن "
        "الجيش السوري إلى 42 جنرالاً منذ بدء الاضطرابات في البلاد منتصف آذار/مارس من العام الماضي.",
        [E("defection", Q("26", 26, nth=1), PL("هاتاي", "Hatay", None, "Turkey"), "2012-11-08", "وسائل إعلام تركية",
           GOV, note="one defection told in the headline and the lead; the ranks are a breakdown; 71 is the total "
           "of the group (officers, soldiers) that arrived: a second coder may take 71 as the figure; the arrival "
           "in Hatay told as the defection is its place (no place at home named); ليل الخميس = 8 Nov"),
         E("defection", Q("سبعة", 7), PL("تركيا", "Turkey", None, "Turkey", nth=1), "2012-11-06", None, GOV,
           note="a recall with its own day («وكان … قد», the outlet); the arrival abroad told as the defection"),
         E("defection", Q("42", 42), None, None, None, GOV, kind="aggregate",
           note="a running total of defected generals since March 2011; no place")])

passage("id02", "2013-01-12", "Emarat Al Youm (relaying Anadolu)",
        "page https://emaratalyoum.com/politics/news/2013-01-12-1.540453 (17 ضابطاً منشقاً يصلون تركيا); "
        "short item: arrival in Hatay with ranks",
        "وصول 17 منشقاً عن الجيش السوري إلى الأراضي التركية\n"
        "نقلت وكالة «الأناضول» التركية للأنباء أمس أن 55 شخصاً اجتازوا الحدود نحو تركيا، من بينهم 17 عسكرياً "
        "انشقوا عن الجيش السوري، في ظل عنف يتصاعد في سوريا منذ ما يقارب عامين. وبحسب الوكالة، فإن الانشقاقات في "
        "صفوف القوات النظامية السورية مستمرة، إذ بلغ ولاية هاتاي في جنوب تركيا 17 منشقاً برفقة أسرهم، منهم خمسة "
        "عقداء وثلاثة مقدّمين وأربعة رواد وثلاثة ملازمين ونقيبان. وأشارت إلى أن المنشقين دخلوا الأراضي التركية "
        "ضمن مجموعة من 55 شخصاً رافقتهم فيها عائلاتهم، قبل أن يُنقلوا جميعاً إلى مخيم أبايدين المخصص للاجئين "
        "العسكريين.",
        [E("defection", Q("17", 17, nth=1), PL("هاتاي", "Hatay", None, "Turkey"), "2013-01-11",
           "وكالة «الأناضول» التركية للأنباء", GOV,
           note="one defection told three times; 55 is the group with families, not defectors; the ranks are a "
           "breakdown; the text dates only the agency's report (أمس = 11 Jan), taken as the event's date; the "
           "camp is where they were taken after, not the place")])

passage("id03", "2011-03-26", "Kalima (via Turess)",
        "page https://www.turess.com/kalima/3568 (published inferred: the Friday of 25 March 2011 is «يوم أمس»); "
        "protests fired on, the state agency's other telling",
        "شهدت مناطق عدة في سوريا أمس تظاهرات رفعت مطلب إسقاط النظام، وسقط خلالها عشرات بين قتيل وجريح بنيران "
        "الأجهزة الأمنية. ونشرت صفحة الجبهة الوطنية السورية للتغيير قائمة بأسماء 21 شخصاً قُتلوا في مدينة درعا "
        "جنوبي البلاد، بعدما فتحت قوات الأمن النار على آلاف المحتجين الذين خرجوا عقب صلاة الجمعة. وذكر ناشط "
        "حقوقي أن عناصر أمن يرتدون ثياباً مدنية أطلقوا الرصاص لتفريق الحشود، فردّ المحتجون بإضرام النار في مقر "
        "شعبة حزب البعث بالمدينة. وتفيد المعلومات القادمة من درعا بأن قرى حوران لبّت نداءات المحتجين وبعثت "
        "بشبانها للانضمام إليهم، فيما روى شهود عيان أن المتظاهرين حطّموا تمثالاً حجرياً لباسل الأسد، شقيق الرئيس "
        "بشار الأسد الذي توفي قبل سنوات. في المقابل، قالت وكالة الأنباء الرسمية «سانا» إن مسلحين فتحوا نيرانهم على مواطنين وعلى قوات الأمن في درعا، فقُتل عنصر أمن وسائق سيارة إسعاف وأصيب عشرات المواطنين. وبثّ التلفزيون "
        "الرسمي على الهواء صوراً قال إنها لـ«مخربين ومندسين» يستهدفون المدنيين وقوات حفظ النظام في درعا. وفي "
        "محافظة حمص، قُتل 7 أشخاص بنيران الأجهزة الأمنية أثناء تفريق تظاهرات، وناشدت عائلات الجرحى المواطنين "
        "التبرع بالدم.",
        [E("protest", Q("آلاف", 2000, 9000, approx=True), PL("درعا", "Daraa", "Daraa"), "2011-03-25",
           "صفحة الجبهة الوطنية السورية للتغيير", PROT,
           note="fire on a protest: one protest event, its figure the crowd the text numbers, the 21 named dead "
           "its fatalities; the burning of the Baath office and the statue are the same protest; SANA's telling "
           "(gunmen killed a policeman and a driver) is the other side's telling of the Daraa violence, not a "
           "second event (a second coder may code it as an armed_clash sourced to SANA); the source could also be "
           "read as the outlet for the shooting itself"),
         E("protest", Q("7", 7), PL("حمص", "Homs", "Homs"), "2011-03-25", None, PROT,
           note="protests dispersed by fire in the governorate: the dead are the figure (no crowd numbered); no "
           "source in the sentence, and the state TV's report before it is about Daraa: the outlet")])

passage("id04", "2011-05-27", "Al-Weeam (via Sauress, relaying AFP and Reuters)",
        "page https://sauress.com/alweeam/48527 (the Friday «حماة الديار», 27 May 2011); four protest places",
        "لقي أربعة أشخاص حتفهم اليوم الجمعة وأصيب عشرات بجروح خطيرة حين فتحت قوات الأمن السورية نيرانها على "
        "متظاهرين في بلدة داعل بريف درعا جنوبي سوريا، وفق ما نقلته وكالة الأنباء الفرنسية عن المرصد السوري لحقوق "
        "الإنسان. وأوضح المرصد أن عناصر الأمن أطلقوا الرصاص قبيل فجر الجمعة لتفريق محتجين في البلدة، واستهدفوا "
        "بعضهم وهم يرفعون التكبير من فوق أسطح المباني، فقُتل ثلاثة منهم على الأقل. وشهدت مدن سورية عدة تظاهرات "
        "في ما سُمّي جمعة «حماة الديار»، في ظل استنفار أمني مشدد فرضته السلطات. وقال أحد الشهود إنه سمع إطلاق نار "
        "في قلب مدينة حمص، حيث احتشد آلاف المحتجين رغم الانتشار الأمني الكثيف. وفي الشرق، أفاد سكان وناشطون بأن "
        "قوات الأمن أطلقت النار اليوم الجمعة على متظاهرَين اثنين في منطقة دير الزور، بالتزامن مع خروج تظاهرات "
        "تطالب الرئيس بشار الأسد بالتنحي في تلك المنطقة القبلية. وأبلغ ناشطون وزعيم عشائري وكالة رويترز هاتفياً أن "
        "المحتجين في مدينة البوكمال الحدودية مع العراق أحرقوا صوراً لزعيم حزب الله حسن نصر الله، الذي "
        "أثار خطابه المؤيد للأسد في بيروت هذا الأسبوع غضبهم.",
        [E("protest", Q("أربعة", 4), PL("داعل", "Dael", "Daraa"), "2011-05-27", "المرصد السوري لحقوق الإنسان", PROT,
           note="fire on a protest; no crowd numbered, so the dead are the figure; «ثلاثة على الأقل» shot on the "
           "roofs are part of the four, not a second event; AFP only relays the observatory"),
         E("protest", Q("آلاف", 2000, 9000, approx=True), PL("حمص", "Homs", "Homs"), "2011-05-27", "أحد الشهود", PROT,
           note="gunfire heard while thousands gathered: one protest event, the crowd its figure"),
         E("protest", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2011-05-27", "سكان وناشطون", PROT,
           note="fire on two protesters, no dead stated and no crowd numbered: no figure (the two are whom the "
           "fire targeted; a second coder may take «اثنين»)"),
         E("protest", None, PL("البوكمال", "Al-Bukamal", "Deir ez-Zor"), None, "ناشطون وزعيم عشائري", PROT,
           note="the sentence gives no day; the speech «هذا الأسبوع» is background. The general «تظاهرات في مدن "
           "سورية عدة» names no place: no event")])

passage("id05", "2012-05-11", "Youm7",
        "page https://www.youm7.com/story/2012/5/11/…/675512 (قوات الأسد تطلق النار عشوائياً على التظاهرات); "
        "Friday protests in several places, the injured only",
        "قوات الأسد تفتح النار «عشوائياً» على المحتجين وتوقع جرحى\n"
        "أصيب عدد من الأشخاص اليوم الجمعة حين أطلقت قوات الأمن السورية الرصاص بلا تمييز على تظاهرات شهدتها "
        "العاصمة دمشق، بحسب ما ذكره ناشطون والمرصد السوري لحقوق الإنسان. وخرج المحتجون في مناطق سورية متعددة "
        "مطالبين برحيل نظام الرئيس بشار الأسد، على الرغم من الانتشار الكثيف لعناصر الأمن والقوات النظامية. وفي "
        "محافظة حماة، فرّقت قوات الأمن بالرصاص متظاهرين في مدينة حلفايا، فأصيب عشرون شخصاً، وفق ما قالته سلمى "
        "الحموية المتحدثة باسم المكتب الإعلامي للثورة في حماة، التي أشارت أيضاً إلى سماع إطلاق نار في مدينة الحارة "
        "بدرعا. وشهدت مدن ذات غالبية كردية، منها القامشلي في محافظة الحسكة وكوباني (عين العرب)، تظاهرات رُفع "
        "فيها علم الاستقلال إلى جانب الأعلام الكردية، على ما أورده المرصد. ووفقاً للجان التنسيق المحلية، عززت قوات "
        "الأمن وجودها في مدن الساحل، ولا سيما اللاذقية وجبلة وبانياس، وأمام المساجد التي تنطلق منها التظاهرات عادة "
        "في أيام الجمعة، في حين انتشر عناصر أمن و«شبيحة» موالون للنظام في كناكر والمعضمية بريف دمشق لمنع أي "
        "تظاهرة.",
        [E("protest", None, PL("دمشق", "Damascus", "Damascus"), "2012-05-11", "المرصد السوري لحقوق الإنسان", PROT,
           note="fire on a protest that only wounds: no figure; two sources named («ناشطون والمرصد»), gold names "
           "the observatory"),
         E("protest", None, PL("حلفايا", "Halfaya", "Hama"), "2012-05-11", "سلمى الحموية", PROT,
           note="twenty wounded: the injured are never the figure"),
         E("protest", None, PL("القامشلي", "Qamishli", "Al-Hasakah"), "2012-05-11", "المرصد", PROT,
           note="protests in a list of Kurdish towns (Qamishli, Kobani): one event at the first place; the source "
           "closes the sentence. Gunfire heard in al-Hara is no event of its own (a second coder may code it). The "
           "security deployment on the coast and in Rif Dimashq is preventive and partly habitual («عادة»): not "
           "coded (a second coder may code a reinforcement)")])

passage("id06", "2014-11-06", "Akhbar Al Aan",
        "page https://www.akhbaralaan.net/news/arab-world/2014/11/06/12-civilians-were-killed-bombing-explosive-"
        "barrels-by-regime-forces-in-aleppo; barrel bombs, a double tap, background campaign",
        "قُتل اثنا عشر شخصاً، من بينهم أطفال ونساء، جراء براميل متفجرة ألقتها مروحيات النظام السوري على بنايتين "
        "في حي الشعار شرقي مدينة حلب. وبحسب المرصد السوري لحقوق الإنسان، المتخذ من بريطانيا مقراً له، فإن أحد "
        "البراميل أصاب مبنى سبق أن اتخذته جبهة النصرة مقراً قبل أن تغادره، بينما سقط آخر على مدنيين تجمّعوا في "
        "المكان. وأكد المرصد أن 12 مواطناً على الأقل، منهم أطفال ونساء، قضوا بعد أن ألقى الطيران المروحي برميلين "
        "على بنايتين في شارع المواصلات ضمن منطقة المواصلات القديمة بحي الشعار، مرجّحاً ارتفاع الحصيلة لوجود "
        "«معلومات مؤكدة» عن ضحايا آخرين. وأوضح أن البرميل الثاني سقط على الأهالي الذين احتشدوا حيث سقط الأول. "
        "وأظهر تسجيل مصور نشره المرصد سيارات إسعاف تهرع إلى الموقع ومسعفين يحملون الجرحى على نقالات وسط دخان "
        "أبيض يملأ الشارع. ويتقاسم مقاتلو المعارضة وقوات النظام السيطرة على أحياء حلب منذ تموز/يوليو 2012، فيما "
        "يشنّ طيران النظام منذ أواخر 2013 حملة قصف منظمة بالبراميل المتفجرة على الأحياء الخاضعة للجيش السوري "
        "الحر، أوقعت مئات القتلى وأثارت إدانات دولية.",
        [E("airstrike", Q("اثنا عشر", 12), PL("الشعار", "Al-Shaar", "Aleppo"), None, "المرصد السوري لحقوق الإنسان",
           GOV, note="two barrels, one act told three times; the lead has no source, the next sentences are the "
           "observatory's on the same strike; the street is a landmark, placed at its quarter; the text gives no "
           "day (published 6 Nov 2014); «يتخذ من بريطانيا مقراً» is a seat, not a place"),
         E("airstrike", Q("مئات", 200, 900, approx=True), PL("حلب", "Aleppo", "Aleppo", nth=1), None, None, GOV,
           kind="aggregate",
           note="background: a running toll of one cause (barrel bombing) since late 2013: airstrike aggregate; "
           "a second coder may leave background out")])

passage("id07", "2014-10-01", "SNHR (media blog)",
        "page https://media.snhr.org/blog/2014/10/01/3437/ ; a monthly toll with perpetrators",
        "في حصيلة جديدة، سجّلت الشبكة السورية لحقوق الإنسان مقتل 2375 شخصاً في أرجاء سوريا كافة خلال أيلول/سبتمبر "
        "الفائت. وذكرت الشبكة، في تقرير نشرته ظهر اليوم، أن الأطفال والنساء شكّلوا 27% من الضحايا، ورأت في هذه "
        "النسبة «دليلاً فاضحاً» على أن قوات النظام تستهدف المدنيين عن قصد. وبحسب التقرير، قتلت قوات الأسد قرابة "
        "1707 مدنيين، منهم 294 طفلاً و137 امرأة. وتسببت عمليات القصف والمواجهات التي خاضتها قوات النظام بمقتل 417 "
        "من مقاتلي المعارضة، بينما بلغ عدد من ماتوا تحت التعذيب في معتقلات النظام 118 شخصاً على الأقل. وأشار "
        "التقرير إلى مقتل 28 مدنياً على يد تنظيم «داعش»، بينهم ثلاثة أطفال وامرأتان، إلى جانب 41 مقاتلاً سقطوا في معارك "
        "أو إعدامات ميدانية، في حين قُتل 20 مدنياً بنيران قوات التحالف الدولي الذي يحارب التنظيم. ولفتت الشبكة إلى "
        "أنها رصدت ما يزيد على 100 حالة قتل عجزت عن معرفة الطرف المسؤول عنها.",
        [E("casualties", Q("2375", 2375), None, "2014-09", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="one monthly toll; the perpetrators' figures (1707, 417, 118, 28, 41, 20, 100) and the 27% are its "
           "breakdown, not events (a second coder may code the coalition's 20 as an airstrike aggregate)")])

passage("id08", "2016-08-27", "Enab Baladi",
        "page https://enabbaladi.net/100037/ (الطيران المروحي يستهدف مجلس عزاء في حلب); barrels on a funeral, a "
        "recall of the day before, background",
        "ألقى الطيران المروحي برميلين متفجرين على المشاركين في عزاء بحي المعادي بمدينة حلب، موقعاً عشرات الضحايا بين "
        "قتيل وجريح. وقال مراسل عنب بلدي في حلب اليوم السبت 27 آب إن المروحيات استهدفت حي المعادي المجاور لباب "
        "النيرب بالبرميلين. وبيّن المراسل أن البرميلين سقطا على المعزّين داخل الحي، فقُتل ما يزيد على 15 مدنياً، منهم أطفال، فيما نقلت سيارات الإسعاف عدداً من المصابين إلى المستشفى. وكانت الطائرات الحربية والمروحية قد شنّت يوم أمس الجمعة 26 آب سلسلة غارات على بلدة حيان في ريف حلب الشمالي، وارتكبت مجزرة قُتل فيها سبعة أشخاص. وكثّف النظام "
        "السوري وحليفه الروسي خلال الفترة الأخيرة قصفهما على الأحياء والبلدات الخارجة عن سيطرتهما في حلب وريفها، لا "
        "سيما منذ أن كسرت فصائل المعارضة الحصار عن الأحياء الشرقية وسيطرت على مواقع بارزة كالراموسة والكلية الفنية "
        "الجوية.",
        [E("airstrike", Q("ما يزيد على 15", 15, None, approx=True), PL("المعادي", "Al-Maadi", "Aleppo"), "2016-08-27",
           "مراسل عنب بلدي", None,
           note="one strike told three times; the lead names no source, the next sentence is the reporter's; the "
           "text names no force for the helicopters (agent left empty; a second coder may put the regime)"),
         E("airstrike", Q("سبعة", 7), PL("حيان", "Hayyan", "Aleppo"), "2016-08-26", None, None,
           note="a recall with its own day («وكانت … قد»): an event, the outlet; warplanes and helicopters, no force "
           "named. The opposition's breaking of the siege and taking of Ramouseh is background with no day: no "
           "event")])

passage("id09", "2017-01-08", "Yemen Today (via Yemeress, relaying Anadolu)",
        "page https://www.yemeress.com/yementoday/27149 (published inferred: «أمس السبت» is 7 Jan 2017, the Azaz "
        "court bombing); car bomb with toll",
        "لقي ما لا يقل عن 60 شخصاً مصرعهم وجُرح 50 آخرون أمس السبت بانفجار سيارة مفخخة في مدينة إعزاز الواقعة "
        "في الريف الشمالي لمحافظة حلب السورية. وأفاد سامر الحاج يونس، المسؤول في الدفاع المدني بالمدينة، وكالة "
        "«الأناضول» بأن التفجير حدث بجوار مبنى المحكمة الشرعية، فأوقع عشرات القتلى والجرحى وألحق دماراً واسعاً "
        "بالمحكمة والمتاجر القريبة منها. وقالت مصادر إن مستشفيات إعزاز، التي تخضع لسيطرة فصائل المعارضة المسلحة، "
        "اكتظت بجثث الضحايا والمصابين، بينما انشغلت فرق الدفاع المدني بإخماد النيران الكبيرة التي خلّفها الانفجار. "
        "وشهدت المدينة في الآونة الأخيرة تفجيرات عدة، تبنّى تنظيم «داعش» أغلبها.",
        [E("explosion", Q("ما لا يقل عن 60", 60, None), PL("إعزاز", "Azaz", "Aleppo"), "2017-01-07", "سامر الحاج يونس",
           None, note="the lead names no source; the next sentence is the civil defence official's on the same "
           "blast (carried back); the court is a landmark, placed at the town; the earlier blasts claimed by IS "
           "are background with no day: no event, and no agent for this one")])

passage("id10", "2018-03-27", "Felesteen",
        "page https://felesteen.news/post/24472/ (خروج أكبر قافلة مهجرين من الغوطة الشرقية); an evacuation, "
        "background deals, a toll since the offensive began",
        "أضخم قافلة مهجّرين تغادر الغوطة الشرقية وعلى متنها أكثر من 6500 شخص\n"
        "غادرت الدفعة الثالثة، وتضم مدنيين ومقاتلين من فصائل الجيش السوري الحر، الغوطة الشرقية القريبة من دمشق في ساعة "
        "متأخرة من مساء الاثنين. ونقلت مئة حافلة 6749 شخصاً مع عائلاتهم من المنطقة التي يسيطر عليها فيلق الرحمن "
        "في الغوطة، وفق مصادر متطابقة. ويُعد هذا الموكب الأكبر منذ انطلاق عمليات الإخلاء من الغوطة المحاصرة. "
        "وكانت روسيا قد أبرمت على التوالي اتفاقين، الأول مع حركة أحرار الشام بشأن حرستا والثاني مع فيلق الرحمن بشأن جنوب الغوطة، نُقل بموجبهما آلاف المقاتلين والمدنيين إلى منطقة إدلب في الشمال الغربي، إثر حملة عسكرية "
        "دامية شنّتها قوات الأسد وحلفاؤها وشلّت المرافق الحيوية كلها واستهدفت المدنيين في الملاجئ. وكانت عملية "
        "الإخلاء من جنوب الغوطة قد استؤنفت صباح الاثنين مع دخول الحافلات إلى مدينة عربين، لتنطلق بعدها محمّلة "
        "بالمقاتلين والمدنيين نحو نقطة تجمّع مجاورة. وتقول مصادر حقوقية إن القصف الجوي والمدفعي على الغوطة أودى "
        "بحياة ما يزيد على 1630 مدنياً منذ بداية الهجوم.",
        [E("other", Q("6749", 6749), PL("عربين", "Arbin", "Rif Dimashq"), "2018-03-26", "مصادر متطابقة", None,
           note="the evacuation convoy: one `other` event (headline «أكثر من 6500», lead, figure sentence, the "
           "morning's resumption in Arbin); the exact 6749 is the figure; Arbin is the most specific place the text "
           "gives for this evacuation (a second coder may place it at «الغوطة الشرقية»); Idlib is a destination. "
           "The two deals are a recall with no day: no event"),
         E("casualties", Q("ما يزيد على 1630", 1630, None, approx=True), PL("الغوطة", "Eastern Ghouta", "Rif Dimashq", nth=6),
           None, "مصادر حقوقية", None, kind="aggregate",
           note="a running toll since the offensive began, of two kinds of act (air and artillery): casualties")])

passage("id11", "2020-12-04", "Watan FM",
        "page https://watan.fm/news/151908 ; an SDF raid, two recalls with their own days, a habit",
        "شنّت قوات سوريا الديمقراطية، اليوم الجمعة، الموافق 4 كانون الأول، حملة اعتقالات طالت عدداً من الأشخاص في الريف "
        "الشرقي لمحافظة دير الزور. وأفاد مراسل وطن إف إم بأن «قسد» دهمت الشحيل، البلدة الواقعة شرقي دير الزور، واعتقلت 3 "
        "أشخاص لم تُعرف التهم المنسوبة إليهم. وغالباً ما تنفذ «قسد» مداهمات في الشحيل وسواها بحثاً عن خلايا تنظيم "
        "داعش. وكان المراسل قد ذكر أن «قسد» اقتحمت يوم الأحد 29 تشرين الثاني منزلاً بقرية الشعفة في الريف الشرقي لدير الزور، وأعلنت أنها قبضت خلال العملية على من يُسمى «والي الفرات» وعلى المسؤول عن العمليات في المنطقة بين هجين والباغوز عند الحدود مع العراق. ولم تفصح «قسد» عن اسمَي الرجلين المعتقلين. وفي يوم الجمعة 20 تشرين "
        "الثاني، نفّذت قوات سوريا الديمقراطية حملات دهم في مواقع متفرقة شمال دير الزور وشرقها، اعتقلت فيها عدداً "
        "من الأشخاص بتهمة الانتماء إلى داعش. وتلاحق «قسد» عبر حملات الاعتقال هذه خلايا التنظيم في ريف دير الزور، "
        "غير أنها لم تنجح في إيقاف عمليات الاغتيال التي تستهدف عناصرها.",
        [E("arrest", Q("3", 3), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2020-12-04", "مراسل وطن إف إم", SDF,
           note="lead and detail are one raid; the habit sentence is no event"),
         E("arrest", None, PL("الشعفة", "Al-Shafah", "Deir ez-Zor"), "2020-11-29", "المراسل", SDF,
           note="a recall with its own day; two men (a description and «الرجلين», no numeral): no figure; Hajin "
           "and Baghouz bound the man's area, not the place"),
         E("arrest", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=3), "2020-11-20", "مراسل وطن إف إم", SDF,
           note="a recall with its own day over scattered places north and east of Deir ez-Zor: placed at the "
           "region; the outlet's own reporter files the whole item, so his report carries (a second coder may "
           "give the outlet)")])

passage("id12", "2021-01-31", "IMLebanon",
        "page https://imlebanon.org/2021/01/31/alep-explosion ; short item, car bomb",
        "هزّ انفجار سيارة مفخخة محيط المركز الثقافي في مدينة أعزاز شمالي سوريا، موقعاً قتلى وجرحى. وبحسب المرصد السوري لحقوق الإنسان، أودى التفجير بحياة ستة أشخاص، بينهم طفلة وامرأتان. وجُرح ثلاثون مدنياً على الأقل، "
        "حال بعضهم حرجة، وهو ما ينذر بارتفاع عدد الضحايا. وتتعرض المناطق الخاضعة للفصائل الموالية لتفجيرات متلاحقة "
        "يسقط فيها مدنيون بين قتيل وجريح. وبيّنت صورة التُقطت في موقع التفجير نيراناً متصاعدة ودماراً واسعاً في "
        "المكان.",
        [E("explosion", Q("ستة", 6), PL("أعزاز", "Azaz", "Aleppo"), None, "المرصد السوري لحقوق الإنسان", None,
           note="the text gives no day (published 31 Jan 2021); the cultural centre is a landmark, placed at the "
           "town; the thirty wounded are not the figure; the series of blasts is a habit, no event")])

passage("id13", "2022-09-08", "Al Jazeera Mubasher",
        "page https://www.aljazeeramubasher.net/news/politics/2022/9/8/ (مقتل 7 مدنيين بقصف روسي استهدف ريف "
        "إدلب); Russian strikes, a recall with its month, a 2017 deal",
        "قتلى بينهم طفل ووالده.. قصف روسي يحصد 7 مدنيين في ريف إدلب\n"
        "لقي 7 مدنيين حتفهم، من بينهم طفل وأبوه، وجُرح 13 آخرون اليوم الخميس في غارات جوية روسية طالت محيط بلدتي "
        "حفسرجة والغفر وأراضي زراعية مكشوفة غربي إدلب شمالي سوريا. واستهدفت المقاتلات الروسية بلدات وقرى في الريف "
        "الغربي لإدلب، فسقط قتلى وجرحى من المدنيين. وأوضح الدفاع المدني السوري (الخوذ البيضاء) أن الطيران الروسي "
        "نفّذ على ريف إدلب اليوم الخميس ما يزيد على 8 غارات، أصاب نحو 3 منها منزلاً لمدنيين ومنشرة في الموقع. وأضاف "
        "أن الطائرات الحربية الروسية وطائرات الاستطلاع لا تزال تجوب أجواء المنطقة، وأن فرقه تواصل البحث عن ضحايا "
        "تحت الركام. ويخرق الطيران الروسي اتفاق خفض التصعيد في إدلب بين حين وآخر؛ ففي أواخر تموز/يوليو الماضي قصف بلدة الجديدة في ريف إدلب الغربي، فقتل عدداً من المدنيين أغلبهم أطفال. وكانت تركيا وروسيا وإيران قد "
        "اتفقت في أيار/مايو 2017 على تأسيس «منطقة خفض تصعيد» تشمل إدلب.",
        [E("airstrike", Q("7", 7, nth=1), PL("حفسرجة", "Hafsarjah", "Idlib"), "2022-09-08", "الدفاع المدني السوري",
           RUS, note="one day's raids on two towns and farmland, told in the headline, lead and the civil "
           "defence's telling (carried back to the lead): one event at the first town; the 8 raids and 13 wounded "
           "are not the figure"),
         E("airstrike", None, PL("الجديدة", "Al-Jadida", "Idlib"), "2022-07", None, RUS,
           note="a recall with its own time («أواخر تموز/يوليو الماضي» → 2022-07, late): an event, the outlet; "
           "«عدداً» is no figure; the habit of breaching the deal is no event"),
         E("agreement", None, PL("إدلب", "Idlib", "Idlib", nth=6), "2017-05", None, None,
           note="background deal with its own month: coded as an agreement placed at the zone it concerns; a "
           "second coder may leave background out")])

passage("id14", "2023-09-02", "Syria TV",
        "page https://www.syria.tv/ (قتلى وجرحى من قسد إثر استهداف مسيرة تركية لسيارتهم بريف القامشلي, "
        "2023.09.02); a drone strike, a second blast with contested tellings",
        "مسيّرة تركية تستهدف سيارة لـ«قسد» في ريف القامشلي وتوقع قتيلاً وجريحين\n"
        "لقي عنصر في «قسد» مصرعه وجُرح اثنان آخران، اليوم السبت، بعدما قصفت طائرة مسيّرة تركية سيارة كانوا "
        "يستقلونها في ريف القامشلي. وقال لموقع تلفزيون سوريا مصدر مطلع إن المسيرة ضربت السيارة قرب المفرق المؤدي إلى قرية دوكركا، على الطريق بين القامشلي والمالكية، ما أسفر عن مقتل قيادي في «قسد» وإصابة اثنين بجروح بالغة. وروى شهود "
        "عيان أن صاروخاً أصاب السيارة فانحرفت عن الطريق العام واشتعلت فيها النيران بالكامل. وأضاف المصدر أن الإسعاف "
        "نقل المصابين والقتيل إلى مستشفى عسكري في مدينة المالكية. ونشر ناشطون صوراً ومقاطع مصوّرة تُظهر سيارة «جيب» "
        "بيضاء منقلبة على جانب الطريق والنار تلتهمها. وقبل دقائق من ضرب السيارة، دوّى انفجار قرب تل العيد، القرية الواقعة إلى الجنوب الشرقي من القامشلي، وتصاعد منه الدخان. وادّعت منابر إعلامية موالية للنظام السوري أن مسيرة تركية "
        "قصفت موقعاً عسكرياً تابعاً لـ«قسد» قرب القرية، في حين قدّمت منابر مقرّبة من «قسد» رواية مختلفة.",
        [E("airstrike", None, PL("دوكركا", "Dukarka", "Al-Hasakah"), "2023-09-02", "مصدر مطلع", TUR,
           note="one drone strike told in the headline, lead and the source's telling; one dead in the singular: "
           "no figure; the village junction is the most specific place; the hospital in al-Malikiyah is where "
           "the casualties were taken"),
         E("explosion", None, PL("تل العيد", "Tell al-Eid", "Al-Hasakah"), "2023-09-02",
           "منابر إعلامية موالية للنظام السوري", None,
           note="hard case: the outlet tells a blast; the next sentence gives two contested causes (a Turkish "
           "drone per pro-government media, another version per SDF-close media). Coded as an explosion with the "
           "first named source carried back; a second coder may code an airstrike by Turkey, or keep the outlet")])

passage("id15", "2024-02-10", "Akhbar Al Aan",
        "page https://www.akhbaralaan.net/news/arab-world/2024/02/10/ (هجوم جوي إسرائيلي على ريف دمشق وسوريا "
        "تعلن التصدي); an Israeli strike told by two sides, the day before, background",
        "غارات إسرائيلية تضرب مواقع غربي دمشق\n"
        "سُمع دويّ انفجارات قوية جراء غارات إسرائيلية على الديماس ومشروع دمر، وأصابت الضربات مبنى سكنياً "
        "غرب العاصمة السورية، وسط أنباء عن اغتيال أشخاص يحملون جنسيات غير سورية، بحسب المرصد السوري لحقوق الإنسان. "
        "وأعلنت الوكالة العربية السورية للأنباء «سانا» فجر اليوم السبت أن الدفاعات الجوية تصدّت لهجوم جوي إسرائيلي "
        "طال مواقع بريف دمشق. وبحسب مصدر عسكري نقلت عنه «سانا»، فإن إسرائيل استهدفت من جهة الجولان السوري نقاطاً عدة بريف دمشق نحو الساعة 1:05 فجراً، وأن وسائط الدفاع الجوي اعترضت الصواريخ وأسقطت قسماً منها، مشيراً إلى أن "
        "الأضرار اقتصرت على بعض الخسائر المادية. وتناقل مستخدمو مواقع التواصل الاجتماعي صوراً وتسجيلات قالوا إنها "
        "توثّق الهجوم الذي وقع فجر اليوم. وكانت وسائل الإعلام الرسمية السورية قد أعلنت يوم الجمعة أن الدفاعات الجوية "
        "تصدّت لـ«أهداف معادية» فوق ضواحي دمشق، وهو ما أكده المرصد السوري لحقوق الإنسان متحدثاً عن دويّ انفجارات في "
        "العاصمة وما حولها. ونفذت إسرائيل على مدى السنوات الأخيرة مئات الضربات الجوية في سوريا.",
        [E("airstrike", None, PL("الديماس", "Al-Dimas", "Rif Dimashq"), "2024-02-10", "المرصد السوري لحقوق الإنسان",
           ISR, note="one strike told by the observatory and by SANA's military source (the Golan is where it came "
           "from); two areas named: one event at the first; the rumoured killing of foreigners is no separate "
           "count; 1:05 is a time, not a figure"),
         E("airstrike", None, PL("دمشق", "Damascus", "Damascus", nth=3), "2024-02-09",
           "وسائل الإعلام الرسمية السورية", None,
           note="hard case: the day before, air defences met «hostile targets» around Damascus: coded as an "
           "airstrike with no agent named (the text names none); the observatory's confirmation is the same "
           "incident; a second coder may code nothing (only an interception is told)"),
         E("airstrike", Q("مئات", 200, 900, approx=True), None, None, None, ISR, kind="aggregate",
           note="background: hundreds of Israeli strikes over recent years, no place (the country); a second "
           "coder may leave background out")])

passage("id16", "2024-09-01", "Aswat magazine (SNHR report)",
        "page https://magazineaswat.com/ (الشبكة السورية لحقوق الإنسان توثق مقتل 57 مدنيا; published inferred: "
        "«اليوم الأحد» after August 2024 is 1 Sep 2024); monthly report",
        "الشبكة السورية: 57 قتيلاً مدنياً في آب وستة ضحايا للتعذيب\n"
        "سجّلت الشبكة السورية لحقوق الإنسان 57 قتيلاً مدنياً في سوريا خلال آب/أغسطس الماضي، من بينهم 13 طفلاً و6 "
        "نساء، إضافة إلى 6 ضحايا قضوا بسبب التعذيب. وبيّن تقرير الشبكة الذي صدر اليوم الأحد أن قوات النظام السوري "
        "قتلت 21 مدنياً، منهم 6 أطفال و5 نساء، وأن هيئة تحرير الشام قتلت مدنياً واحداً، في حين سقط 4 مدنيين، منهم طفلان وامرأة، بنيران قوات سوريا الديمقراطية، ونُسب مقتل 31 مدنياً، منهم 5 أطفال، إلى جهات أخرى. ولفت التقرير "
        "إلى أن دير الزور تصدّرت المحافظات بنسبة 39% من مجموع الضحايا الموثقين في الشهر الماضي، وقُتل فيها 13 "
        "شخصاً على يد قوات النظام، وجاءت درعا ثانية بنسبة 35%، وقُتل فيها 17 بأيدي جهات أخرى. ووثّق التقرير كذلك "
        "6 وفيات تحت التعذيب خلال الشهر نفسه، كلها في سجون قوات النظام السوري، ومجزرتين ارتكبتهما هذه القوات، "
        "ليرتفع عدد المجازر منذ مطلع عام 2024 إلى 11 مجزرة. وسجلت الشبكة 7 اعتداءات على منشآت مدنية حيوية "
        "ارتكبتها أطراف النزاع والقوى المسيطرة، 5 منها لقوات النظام السوري و2 لفصائل المعارضة المسلحة (الجيش "
        "الوطني).",
        [E("casualties", Q("57", 57, nth=1), None, "2024-08", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the month's toll; perpetrators, governorates, children and women and the torture deaths are its "
           "breakdown"),
         E("casualties", Q("11", 11), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a running count of massacres since the start of 2024 (the month's two are part of it): an "
           "aggregate of its own period; a second coder may fold it into the report"),
         E("other", Q("7", 7, nth=3), None, "2024-08", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="attacks on vital civilian facilities in the month: a count of damage incidents by several "
           "parties; a second coder may leave it out")])

passage("id17", "2024-09-21", "963+",
        "page https://963media.com/24823 (published inferred: the Palmyra checkpoint attack of Saturday 21 Sep "
        "2024); IS attacks in the desert, a capture, a habit",
        "حمص\n"
        "شنّ مسلحو تنظيم «داعش»، مع فجر اليوم السبت، هجمات على مواقع عدة في البادية السورية، فقُتل وجُرح عدد من أفراد القوات "
        "الحكومية ووقع آخرون في الأسر. وقال لموقع «963+» مصدر عسكري قريب من القوات الحكومية إن مسلحي التنظيم "
        "استهدفوا بالقذائف الصاروخية والرشاشات حاجزاً تتقاسمه القوات الحكومية وفصائل موالية لإيران على مدخل مدينة "
        "تدمر في وسط البلاد. وتلت الهجوم مواجهات بين الطرفين قُتل فيها عنصر من القوات الحكومية اسمه جابر العيسى "
        "يتحدر من ريف الرقة، وجُرح عنصران من الفصائل الموالية لإيران، قبل أن ينسحب المهاجمون نحو عمق البادية. وفي "
        "الوقت ذاته، أقام عناصر من التنظيم، متنكرين بلباس حكومي ورافعين أعلام الدولة، حاجزاً على الطريق الواصل بين تدمر ودمشق في البادية، واعترضوا سيارة تنقل أسلحة وذخائر تخص «الفرقة 18» في القوات الحكومية. واقتاد عناصر "
        "التنظيم 5 عسكريين حكوميين كانوا في السيارة أسرى إلى عمق البادية، بعدما أنزلوا أعلام الحكومة ورفعوا "
        "راياتهم. وتحولت البادية السورية في الأشهر الأخيرة، ولا سيما باديتا تدمر والسخنة، إلى ساحة لهجمات متكررة "
        "يشنها التنظيم على القوات الحكومية وعلى فصائل تدعمها إيران، وعلى رعاة الأغنام أيضاً.",
        [E("armed_clash", None, PL("تدمر", "Palmyra", "Homs"), "2024-09-21", "مصدر عسكري قريب من القوات الحكومية", IS,
           note="the attack on the checkpoint and the clash after it are one event; one dead in the singular: no "
           "figure; the dateline «حمص» is not the place; Raqqa is the dead man's origin"),
         E("other", Q("5", 5), PL("تدمر", "Palmyra", "Homs", nth=1), "2024-09-21", None, IS,
           note="hard case: a fake checkpoint on the Palmyra–Damascus road and five soldiers taken captive: coded "
           "`other` (a capture, no fight told), placed at the road's first place; another kind of act after the "
           "source's report, so the outlet; a second coder may code an armed_clash or an arrest, or carry the "
           "military source. The «الفرقة 18» is a unit name. The habit sentence is no event")])

passage("id18", "2025-11-17", "Al-Shorouk",
        "page https://www.shorouknews.com/news/view.aspx?cdate=17112025&id=8c3de11e-… ; remains found, a call",
        "انتشل الدفاع المدني السوري اليوم الاثنين رفات 10 أشخاص لم تُعرف هوياتهم من منطقة عسكرية في مدينة دوما "
        "بمحافظة ريف دمشق جنوبي البلاد. وذكر الدفاع المدني (الخوذ البيضاء) في منشور على منصة «إكس» أن فرقه "
        "المتخصصة في البحث عن المفقودين تحركت، بالتنسيق مع الهيئة الوطنية للمفقودين، إثر بلاغ عن بقايا بشرية في "
        "مجرى نهر جاف داخل منطقة عسكرية في حوش الضواهر. وأضاف أن فريقه المعني بإزالة مخلفات الحرب مسح المكان أولاً "
        "للتحقق من خلوّه من الألغام والذخائر التي لم تنفجر. وبحسب المعطيات الأولية، جمع الفريق المختص بقايا عظمية "
        "تعود إلى عشرة أشخاص مجهولين، وأوضح الدفاع المدني أن العمل جرى وفق البروتوكولات المعتمدة في توثيق الرفات "
        "وجمعها ونقلها قبل تسليمها إلى الجهات المختصة. ودعا الأهالي إلى الابتعاد عن أماكن الرفات والمقابر الجماعية "
        "وعدم المساس بها، وإلى إبلاغ مراكزه أو الجهات المسؤولة فور العثور على أي رفات أو مقبرة.",
        [E("other", Q("10", 10), PL("حوش الضواهر", "Hosh al-Dawahir", "Rif Dimashq"), "2025-11-17",
           "الدفاع المدني السوري", None,
           note="bodies found: one `other` event told twice (10 and «عشرة»); the area inside Douma is the most "
           "specific place"),
         E("statement", None, None, "2025-11-17", "الدفاع المدني السوري", None,
           note="the civil defence's call to residents not to touch grave sites and to report them: a named body's "
           "call is a statement (stop 32); a second coder may see it as the item's tail and leave it out")])

passage("id19", "2025-12-24", "Vetogate",
        "page https://www.vetogate.com/5560141 ; security forces against loyalists, three tellings, a recap with "
        "no day",
        "مواجهات بين الأمن السوري ومسلحين موالين للأسد في اللاذقية\n"
        "لم تمضِ 72 ساعة على اشتباكات مسلحة خاضتها قوات الأمن السورية ضد عناصر من «قسد»، حتى اندلعت اليوم مواجهات "
        "جديدة بين الأمن ومجموعة تُحسب على نظام الرئيس السابق بشار الأسد، وذلك في محافظة اللاذقية بشمال غرب البلاد. وأفاد "
        "ناطق باسم وزارة الداخلية السورية بأن القوات الخاصة في الأمن الداخلي تجري عملية بالقرب من مدينة اللاذقية بهدف "
        "القضاء على عصابة مسلحة. وأوضح المتحدث، وفق وسائل إعلام محلية، أن القوات الخاصة اصطدمت بأفراد العصابة خلال "
        "تمشيط مزرعة في منطقة جبلة بقرية بعبدة في ريف اللاذقية، وأن المسلحين أبدوا مقاومة ثم انسحبوا بعد تكبدهم "
        "خسائر، مؤكداً استمرار ملاحقتهم. بدوره، تحدث التلفزيون السوري الرسمي عن مواجهات خاضتها قوى الأمن الداخلي مع مجموعة وصفها بـ«فلول الأسد»، وذلك في بعبدة، القرية التابعة لريف جبلة، من دون إيراد تفاصيل إضافية. ونقلت الوكالة "
        "العربية السورية للأنباء «سانا» أنباء عن إصابة عدد من عناصر قوى الأمن خلال الاشتباكات مع الخارجين عن "
        "القانون في ريف اللاذقية.",
        [E("armed_clash", None, PL("بعبدة", "Baabda", "Latakia"), "2025-12-24", "ناطق باسم وزارة الداخلية السورية",
           NEWGOV, note="one clash told by the ministry's spokesman, state TV and SANA; the village is the most "
           "specific place; the wounded are not a figure. The clash with the SDF «less than 72 hours» before is a "
           "recap with no day: no event (a second coder may code it)")])

passage("id20", "2025-12-29", "Strategia News",
        "page https://strategianews.net/4-قتلى-و108-جرحى-… (29/12/2025); a raised toll of an attack during "
        "protests, an army deployment",
        "4 قتلى و108 جرحى في اعتداء نفّذه فلول النظام السابق ضد الأمن والمدنيين باللاذقية\n"
        "قالت مديرية الصحة بمحافظة اللاذقية، الاثنين، أن حصيلة الهجوم المسلح على قوات الأمن والمواطنين أثناء "
        "الاحتجاجات ارتفعت إلى 4 قتلى و108 جرحى. وقال قائد الأمن الداخلي في المحافظة، العميد ماهر الصالح، إن "
        "عناصر إرهابية من فلول النظام البائد نفّذت الهجوم، فأصابت أفراداً من الأمن وحطّمت سيارات للمهام الخاصة "
        "والشرطة. وأشار إلى رصد مسلحين ملثمين في دوار الأزهري بمدينة اللاذقية وعند دوار المشفى الوطني بمدينة جبلة، يتبعون لمجموعتين هما «سرايا درع الساحل» و«سرايا الجواد»، تقفان وراء تصفيات ميدانية وزرع عبوات ناسفة على طريق M1 السريع، بحسب ما أوردته وكالة «سانا» الرسمية. من جهتها، أعلنت وزارة "
        "الدفاع السورية أنها دفعت بوحدات من الجيش تساندها آليات مصفحة ومدرعات إلى مراكز مدينتي اللاذقية وطرطوس على "
        "الساحل، إثر تصاعد الهجمات المسلحة على السكان وعناصر الأمن. وبحسب التلفزيون السوري، فإن هذه الوحدات مكلّفة بـ«حفظ الأمن وإعادة الاستقرار» بالتنسيق مع قوى الأمن الداخلي، في إطار سعي السلطات إلى ضبط الأوضاع.",
        [E("armed_clash", Q("4", 4, nth=1), PL("اللاذقية", "Latakia", "Latakia", nth=2), None,
           "مديرية الصحة بمحافظة اللاذقية", LOYAL,
           note="an attack by gunmen on security forces and citizens during protests: armed_clash (a killing by "
           "gunmen), its figure the raised toll; the roundabouts are landmarks, placed at the towns (Latakia, "
           "Jableh: one event at the first); the text dates only the announcement (Monday), not the attack: no "
           "date; the protests themselves are not coded apart (a second coder may add a protest); the cells' past "
           "killings and IEDs on the M1 are habits with no day"),
         E("reinforcement", None, PL("اللاذقية", "Latakia", "Latakia", nth=3), None, "وزارة الدفاع السورية", NEWGOV,
           note="army units sent into Latakia and Tartus: one event at the first city; no day in the sentence")])


def main() -> None:
    write("gold65.jsonl", P65)


if __name__ == "__main__":
    main()
