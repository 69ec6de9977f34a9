"""Build gold89.jsonl: held-out set 89 (ids kp01…), written in stop 36 by writer w89 BEFORE any run on it.

21 whole articles (headline line, lead, details: as much of the page as the search tool's `pages` corpus shows),
each the paraphrase of ONE real Arabic news page found with that tool (queried in Arabic), years 2011-2025, 21
outlets: Gulf, Egyptian and Yemeni papers through aggregators (Al-Nadwa via Sauress, Boswtol via Masress, Al-Khabar
via Yemeress), Al-Ittihad, Al-Bilad, Al-Telegraph, BBC Arabic, Al-Ain, Elaph, Kurdistan24, ANF Arabic, Shehab News,
Syrian opposition and local sites (SMART via Micro Syria, SY24, Jesr Press, Syria TV, Enab Baladi, Baladi News),
Al-Nafetha, SNA Business and Dot Al-Khaleej. Subjects: a protest sit-in stormed, a massacre and the monitor's call,
defections abroad, a town retaken, mass executions, a front with a monthly air tally, an evacuation, coalition
strikes on a school, a front with shelling by two forces, abductions, a factional war, a half-year tally,
Turkish-backed takings, Israeli strikes and an incursion, a prison attack, assassinations, the 2024 offensive on
Aleppo, an ISIS raid in 2025. 67 gold events, 8 of them aggregates.
Every sentence was rewritten (no run of five words, names aside, is shared with its page: checked by script
against the page text, which was kept outside the repository); the incidents, their order, places, figures, dates,
sources and hedges are the page's; private people's names are invented. Each passage's `style` ends with the page's
address. Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32 and 34); it was
written with the passages, before anything was run on them. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build89.py      # rewrites gold89.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P89: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P89.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("kp01", "2011-03-24", "Al-Nadwa (via Sauress), relaying Reuters and AFP",
        "the Omari mosque sit-in stormed; the six-day toll; two more tellings of the same storming "
        "| page: https://sauress.com/alnadwah/99515",
        "ستة قتلى على الأقل في اقتحام الجامع العمري بدرعا\n"
        "أفادت مصادر في مدينة درعا جنوبي سوريا بأن قوات الأمن أردت ستة أشخاص على الأقل وجرحت عشرات آخرين أمس "
        "الأربعاء، حين هاجمت المسجد العمري في المدينة التي تعيش منذ ستة أيام على وقع احتجاجات واسعة. وروى سكانٌ "
        "لوكالة رويترز أن بين الضحايا الطبيب سامر الحوراني، المنتمي إلى عائلة معروفة في درعا، وكان قد قصد المسجد "
        "الواقع في الحي القديم ليسعف من أصيبوا، ولم يتضح في الحال إن كان المحتجون يحملون سلاحاً. وبهذا الهجوم، "
        "الذي نُفّذ بُعيد منتصف الليل، يبلغ عدد المدنيين الذين سقطوا برصاص القوات السورية 12 قتيلاً في اليوم السادس "
        "من المواجهات مع محتجين يطالبون بإصلاح سياسي وبمحاربة الفساد. من جهتها، ذكرت «سوريا الحرة»، وهي "
        "صحيفة إلكترونية مستقلة، أن عناصر من الحرس الجمهوري دهموا الجامع فجر الأربعاء وفتحوا النار بالذخيرة الحية "
        "على المعتصمين داخله، ثم طاردوا السكان في الأزقة المجاورة ورموهم بالرصاص. ونسبت وكالة الصحافة الفرنسية "
        "إلى ناشط حقوقي قوله إن رجال الأمن استهدفوا المعتصمين قرب الجامع بالرصاص الحي وبقنابل الغاز المسيل "
        "للدموع، موضحاً أن التيار الكهربائي قُطع أولاً ثم انهمر الرصاص.",
        [E("protest", Q("ستة", 6, None), PL("درعا", "Daraa", "Daraa"), "2011-03-23", "مصادر في مدينة درعا", PROT,
           note="a sit-in stormed and fired on: one protest event, its dead the figure (no crowd numbered); the mosque is "
                "placed at its town; the residents' (Reuters), Syria al-Hurra's and AFP's activist's accounts are "
                "other tellings of the same storming; the doctor is one of the six"),
         E("protest", Q("12", 12), PL("درعا", "Daraa", "Daraa"), None, "سكانٌ", PROT, kind="aggregate",
           note="a running toll of civilians shot over six days of confrontations with protesters (stop 32: a running "
                "toll with one cause takes its type); SOURCE CALL: «وبهذا الهجوم … يبلغ» goes on with the report "
                "before it (the residents who spoke to Reuters, stop 34's relay rule); a coder could give the outlet")])

passage("kp02", "2012-05-26", "Boswtol (via Masress), relaying MENA and Radio Sawa",
        "the monitor's statement on the Houla massacre with its call; shelling of Houla; protests, one fired on; "
        "air raids near the Turkish border | page: https://www.masress.com/boswtol/58526",
        "(أ ش أ) حمّل المرصد السوري لحقوق الإنسان، في بيان أصدره اليوم السبت، العالمين العربي والدولي شراكةً مع "
        "النظام السوري في المجزرة التي شهدتها مدينة الحولة وذهب ضحيتها عشرات الأطفال والنساء والمسنين والشبان، بسبب سكوتهما "
        "عن المذابح التي يرتكبها نظام الأسد. وأوضح البيان أن عدد القتلى تخطى 100 شخص، منهم 50 طفلاً عُثر عليهم "
        "مقيّدين، فيما زاد عدد المصابين على 600 أغلبهم في حال خطرة. ودعا المرصد مجلسَ الأمن الدولي إلى اجتماع عاجل، في "
        "البيان الذي نقله راديو سوا الأمريكي، عقب المجزرة التي ارتُكبت والمراقبون الدوليون على الأرض. "
        "وقال ناشطون سوريون إن الجيش النظامي قصف براجمات الصواريخ مدينة الحولة المحاصرة، التي تشكو نقصاً شديداً "
        "في الدواء والغذاء. وبحسب المرصد، لم يمنع القصف الكثيف الذي صبّته قوات النظام على مدن سورية كثيرة خروج "
        "المظاهرات، ولا سيما في حي الوعر، بينما أطلقت قوات الأمن الرصاص على مظاهرات خرجت في حلب، فقتلت 10 أشخاص "
        "وجرحت كثيرين. وفي محافظة اللاذقية، في الشمال الغربي، أفاد ناشطون بأن طائرات حربية تابعة للقوات النظامية "
        "أغارت على قرى محاذية للحدود التركية، ما أوقع 20 جريحاً على الأقل.",
        [E("casualties", Q("100", 100, None, True), PL("الحولة", "Al-Houla", "Homs"), "2012-05-26",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="a massacre, children found bound: casualties (stop 30: massacres and executions stay casualties); the "
                "text gives no day for it, so the publication day (stop 34); the 50 children are a breakdown, the "
                "injured are not the figure; agent: the statement blames the regime"),
         E("statement", None, PL("الحولة", "Al-Houla", "Homs"), "2012-05-26", "المرصد السوري لحقوق الإنسان", None,
           note="the monitor's stance (the world complicit) and its call for an immediate Security Council meeting: a "
                "named body's call told as its own matter (stop 32); its place is the massacre it concerns"),
         E("shelling", None, PL("الحولة", "Al-Houla", "Homs"), "2012-05-26", "ناشطون سوريون", GOV,
           note="rocket-launcher shelling of the besieged town, told by activists as its own act; no figure; a coder "
                "could fold it into the massacre; undated: publication day. The siege is a state"),
         E("protest", None, PL("الوعر", "Al-Waer", "Homs"), "2012-05-26", "المرصد", PROT,
           note="protests despite the shelling, no figure; the shelling of 'many cities' names no place: not coded"),
         E("protest", Q("10", 10, nth=1), PL("حلب", "Aleppo", "Aleppo"), "2012-05-26", "المرصد", PROT,
           note="protests fired on: a protest event whose dead are the figure"),
         E("airstrike", None, PL("اللاذقية", "Latakia", "Latakia"), "2012-05-26", "ناشطون", GOV,
           note="raids on unnamed villages near the Turkish border: placed at the governorate; 20 injured are not the "
                "figure (stop 30)")])

passage("kp03", "2013-01-02", "Al-Ittihad (UAE), relaying AFP and Anadolu",
        "a group of twenty defects on New Year's Day and crosses at Reyhanli; two judges' defections; the running "
        "total abroad | page: https://www.aletihad.ae/articleamp/711/2013/انشقاق-عميد-و3-عقداء-ضمن20--عسكرياً",
        "دمشق، أنقرة (فرانس برس): قال دبلوماسي تركي لوكالة فرانس برس إن دفعة جديدة قوامها 20 عسكرياً يتقدمهم عميد، "
        "تركوا صفوف الجيش أمس، أول أيام العام الجديد، وعبروا إلى تركيا ليلحقوا بمئات الجنود الذين "
        "سبقوهم إلى الانشقاق. في غضون ذلك، ذكرت الهيئة العامة للثورة السورية أن عزيز الفازع، القاضي والعضو في "
        "قيادة فرع البعث بالرقة، أعلن انشقاقه ووصل إلى تركيا. وأوضح الدبلوماسي، الذي تحدث من أنقرة شرط "
        "التكتم على اسمه، أن بين العسكريين الفارين عميداً وثلاثة عقداء إلى جانب ضباط آخرين وضباط صف. وقد اجتاز "
        "المنشقون وذووهم الحدود عند بلدة ريحانلي في ولاية هاتاي جنوبي تركيا. وحتى اليوم، استقبلت الأراضي التركية "
        "عشرات الضباط المنشقين، 40 منهم برتبة عميد أو لواء أو عماد. وبحسب وكالة أنباء الأناضول، نُقل الواصلون الجدد "
        "إلى مخيم أبايدين الواقع في الولاية نفسها، المخصص لإيواء العسكريين السوريين المنشقين. ولا تكشف السلطات التركية عدد هؤلاء "
        "العسكريين المقيمين على أراضيها ولا هوياتهم، وهم قد التحقوا بالجيش السوري الحر في قتاله ضد القوات النظامية. "
        "وأعلنت أمس أيضاً الهيئة العامة للثورة السورية أن القاضي المستشار بدر الدين بلال، رئيس المحكمة "
        "الجمركية المختصة بمحافظتي حلب وإدلب والعضو في الهيئة الإدارية لنادي قضاة سوريا، انشق في آخر أيام عام 2012.",
        [E("defection", Q("20", 20), PL("ريحانلي", "Reyhanli", None, "Turkey"), "2013-01-01", "دبلوماسي تركي", GOV,
           note="an arrival abroad told as the defection, no place at home: the crossing town (stop 28); the ranks are a "
                "breakdown; Abaydin camp is where they were taken afterwards (a residence, not the place)"),
         E("defection", None, PL("تركيا", "Turkey", None, "Turkey", nth=1), "2013-01-02",
           "الهيئة العامة للثورة السورية", GOV,
           note="a Baath official and judge defects and reaches Turkey: arrival abroad as the place; Raqqa is his post, "
                "not where he defected; undated: publication day (stop 34)"),
         E("defection", Q("عشرات", 20, 90, True), None, None, None, GOV, kind="aggregate",
           note="a running total of defected officers received by Turkey: no place (a residence abroad, stop 28); the 40 "
                "generals are its breakdown; the sentence names no source (the outlet)"),
         E("defection", None, None, "2012-12-31", "الهيئة العامة للثورة السورية", GOV,
           note="a second judge's defection on the year's last day; Aleppo and Idlib are his court's remit, not a place "
                "of the act")])

passage("kp04", "2013-06-05", "Al-Khabar (Yemen, via Yemeress), relaying SANA and Syrian TV",
        "a town retaken, told by the state agency, state TV and the opposition coalition "
        "| page: https://www.yemeress.com/alkhabar/56248",
        "استعادت القوات السورية، مدعومة بحليفها حزب الله اللبناني، اليوم الأربعاء بلدة القصير المحاذية للحدود "
        "مع لبنان، موجهة ضربة استراتيجية إلى مقاتلي الجيش الحر الذين يسعون منذ ما يزيد على عامين إلى إسقاط الرئيس "
        "بشار الأسد. وأعلنت الوكالة العربية السورية للأنباء «سانا» صباحاً أن قوات الأسد أحكمت قبضتها على مدينة "
        "القصير في ريف حمص بأكملها، ونسبت إلى مصدر مسؤول أن الجيش نفذ في المدينة عمليات سريعة ومركّزة قُتل فيها "
        "عدد من «الإرهابيين» وسلّم آخرون أنفسهم، وأن الأمن والهدوء عادا إلى أرجائها كافة. كذلك بثّ التلفزيون "
        "الرسمي السوري نبأ السيطرة على المدينة كلها، وجاء في بيان تلاه أن «قواتنا المسلحة الباسلة» أرجعت "
        "الاستقرار إلى القصير بكاملها. في المقابل، أقرّ الائتلاف الوطني لقوى الثورة والمعارضة السورية بأن نظام "
        "الأسد والقوات النظامية وحزب الله انتزعوا المدينة صباح الأربعاء، وقال في بيان إن النظام والميليشيات "
        "الإيرانية المساندة له تمكنوا، بعد 48 يوماً من القتال العنيف على جبهة القصير، من التقدم داخل المدينة "
        "وبسط سيطرتهم على أحياء إضافية منها.",
        [E("territory_change", None, PL("القصير", "Al-Qusayr", "Homs"), "2013-06-05",
           "الوكالة العربية السورية للأنباء", GOV,
           note="one taking told four times (lead, SANA with its official source, state TV, the coalition's admission); "
                "SOURCE: the lead names none, SANA's next sentence comes back to it (stop 30); the dead and surrendered "
                "'terrorists' have no number; the 48 days are a duration; Hezbollah is an ally (GOV as actor1)")])

passage("kp05", "2014-08-28", "BBC Arabic",
        "mass execution of captured soldiers after an air base fell; an earlier shooting at the base; the base's fall "
        "recalled | page: http://www.bbc.com/arabic/middleeast/2014/08/140828_syria_soldiers_is_execusion",
        "«الدولة الإسلامية» متهم بقتل «عشرات» الجنود السوريين\n"
        "يقول ناشطون إن عناصر تنظيم الدولة الإسلامية أعدموا، على ما يبدو، «عشرات» من عناصر الجيش السوري. وبحسب "
        "المرصد السوري لحقوق الإنسان، فقد أُسر الجنود أثناء محاولتهم الفرار نحو حماة، عقب اقتحام التنظيم قاعدة "
        "الطبقة الجوية. وأضاف المرصد أن مسلحين من التنظيم تحدثوا في حسابات لهم على تويتر عن قتل 200. وكانت صور "
        "ومقاطع مصورة نُشرت على الإنترنت يوم الأربعاء قد أظهرت، فيما يبدو، عشرات الرجال بملابسهم الداخلية وهم "
        "يُساقون في رتل عبر الصحراء تحت تهديد السلاح، فيما يصيح المسلحون «الدولة الإسلامية» و«لا مفر». وفي صور "
        "ظهرت مطلع الأسبوع الجاري، بدا مسلحون ملثمون من التنظيم يطلقون الرصاص على سبعة أشخاص على الأقل جاثين على "
        "ركبهم داخل القاعدة. ويقول محققون تابعون للأمم المتحدة إن التنظيم اقترف «فظائع جماعية» في سوريا. وكانت "
        "قاعدة الطبقة، القريبة من مدينة الرقة التي تُعدّ في الشمال معقلاً منيعاً للتنظيم، قد سقطت في قبضة مسلحيه "
        "يوم الأحد بعد أسابيع من المعارك الضارية، علماً أن الجولة الأخيرة من القتال للاستيلاء عليها دامت خمسة "
        "أيام.",
        [E("casualties", Q("عشرات", 20, 90, True, nth=1), PL("قاعدة الطبقة الجوية", "Tabqa Military Airport", "Raqqa"),
           "2014-08-28", "ناشطون", IS,
           note="an execution of captives: casualties; FIGURE: the activists' «عشرات» (the militants' 200 is another "
                "telling); PLACE CALL: they were caught fleeing the base (Hama is where they fled to), so the base, a "
                "listed site; a coder could give Tabqa; undated: publication day; the video of the march is the same "
                "incident"),
         E("casualties", Q("سبعة", 7, None), PL("القاعدة", "Tabqa Military Airport", "Raqqa"), None, None, IS,
           note="an earlier shooting of at least seven kneeling men inside the base, seen in pictures early in the week: "
                "its own incident; no day; no named source (the outlet). «القاعدة» is the base named before"),
         E("territory_change", None, PL("قاعدة الطبقة", "Tabqa Military Airport", "Raqqa", nth=1), "2014-08-24", None, IS,
           note="the base's fall recalled with its day (Sunday); the writer's recall: the outlet")])

passage("kp06", "2015-08-04", "Al-Telegraph (Egypt), relaying SOHR and Al-Durar al-Shamiya",
        "a front in the Ghab with its dead on both sides; a month's air tally; a new army formed; shelling of a camp; "
        "funerals told by the other side | page: https://eltelegraph.com/2015/08/04/معارك-طاحنة-وعشرات-القتلى-في-ريف-حماة",
        "ريف حماة: عشرات القتلى في معارك ضارية\n"
        "سقط عشرات القتلى من القوات النظامية ومن مقاتلي المعارضة السورية في القتال الشرس الدائر بريف حماة، على "
        "مقربة من ريف اللاذقية ذي الغالبية العلوية. وفي الأثناء، أحصى «المرصد السوري لحقوق الإنسان» 6673 غارة شنّها "
        "سلاح الجو في الشهر الماضي، بالتزامن مع مشاورات المبعوث الأممي ستيفان دي ميستورا، وأودت بحياة 800 "
        "مدني، ورأى المرصد فيها «رسالة» يؤكد بها النظام تمسكه بالخيار العسكري. وبحسب شبكة «الدرر الشامية» "
        "المعارضة، فقد أسست فصائل معارضة «جيش النصر» في الريف الشمالي لحماة، ليخوض معركة غايتها انتزاع نقاط "
        "عسكرية من النظام، في وقت يقاتل فيه «جيش الفتح»، الذي ينضوي فيه سبعة فصائل إسلامية، قواتِ النظام في سهل "
        "الغاب. وأفاد «المرصد» بأن الكتائب الإسلامية استهدفت بالقذائف مواقع النظام في معسكر جورين بالسهل، بينما "
        "تواصلت المواجهات قرب محطة زيزون الحرارية وسدّها وفي محيط قرية الزيادية، وسط 28 غارة نفذها الطيران. "
        "وحصدت المعارك أرواح 27 من مقاتلي المعارضة، أما ناشطون معارضون فتحدثوا عن تشييع النظام أمس 26 من قتلاه "
        "انطلاقاً من مستشفى حمص، في وسط سوريا، و20 آخرين من مستشفى اللاذقية في الغرب، تزامناً مع وصول جثث 16 عنصراً من «قوات الفهود» "
        "الموالية قضوا في معارك سهل الغاب.",
        [E("armed_clash", Q("عشرات", 20, 90, True), PL("زيزون", "Zeyzoun", "Hama"), "2015-08-04",
           "المرصد السوري لحقوق الإنسان", None,
           note="one battle for the Ghab told in the lead (dozens dead on both sides: the total, stop 30), by Jaish al-Fath's "
                "fight in the plain and by the monitor's clashes at Zeyzoun's plant, its dam and al-Ziyadiyah: PLACE: "
                "the first of the places the monitor lists (a group); the opposition's 27 and the regime's funerals "
                "(26, 20, 16) are the sides' dead, no second event; two sides, no actor1; undated: publication day"),
         E("airstrike", Q("800", 800), None, None, "المرصد السوري لحقوق الإنسان", GOV, kind="aggregate",
           note="a month's tally of raids with 800 civilians dead, no place: an airstrike aggregate (stop 32: one cause); "
                "FIGURE: the dead, as stop 30 makes an act's figure its dead when numbered (the 6673 raids are its count)"),
         E("statement", None, PL("الريف الشمالي لحماة", "Northern Hama countryside", "Hama"), "2015-08-04",
           "شبكة «الدرر الشامية»", FSA,
           note="CALL: factions announce a new formation and the battle it is for (an aim); coded as a statement of a "
                "named body as stop 32 reads; a coder could leave it out"),
         E("shelling", None, PL("معسكر جورين", "Jurin camp", "Hama"), "2015-08-04", "«المرصد»", FSA,
           note="Islamist battalions shell a regime camp: a camp is a place of its own"),
         E("airstrike", Q("28", 28), PL("زيزون", "Zeyzoun", "Hama"), "2015-08-04", "«المرصد»", GOV,
           note="28 raids over the same clashes: placed with them")])

passage("kp07", "2016-12-19", "Elaph, relaying Reuters and AFP",
        "the evacuation of east Aleppo resumed after a failed start; one evacuation told by the UN, Reuters and a "
        "doctor | page: http://elaphjournal.com/Web/News/2016/12/1125006.html",
        "آلاف ينتظرون دورهم لمغادرة شرق حلب\n"
        "باشرت سيارات إسعاف وحافلات نقل المدنيين من الأحياء الشرقية في مدينة حلب السورية، على ما أفاد مسؤولون في "
        "الأمم المتحدة. وتشير التقارير إلى أن 350 شخصاً خرجوا ضمن قوافل الحافلات من المناطق التي تسيطر عليها "
        "الفصائل المسلحة المعارضة، متجهين نحو مناطق القوات الحكومية، بينما ينتظر الآلاف دورهم للرحيل في أوضاع "
        "بائسة. وكانت المحاولات الأولى لإخلاء آخر جيوب المعارضة في المدينة قد أخفقت يوم الجمعة، فعلق المدنيون عند "
        "المعابر والحواجز بلا طعام ولا مأوى، علماً أن الغارات لم تترك منشأة طبية قائمة في شرق حلب. ورغم أن "
        "العراقيل عادت يوم الأحد، انطلقت سيارات الإسعاف والحافلات بالمدنيين خارج مناطق الفصائل. وكتب مسؤول أممي "
        "في رسالة بالبريد الإلكتروني إلى وكالة رويترز أن الإجلاء «بدأ للتو»، وأن أولى الدفعات غادرت الأحياء "
        "الشرقية عند الساعة الحادية عشرة ليلاً. أما وكالة الأنباء الفرنسية فنسبت إلى الطبيب وسيم العمر، الذي يرأس "
        "الفريق الطبي المشرف على الإجلاء، أن «5 حافلات تقل مدنيين بلغت منطقة خان العسل» الخاضعة للمعارضة، "
        "مضيفاً أن هؤلاء سينقلون من هناك إلى أحياء حلب الواقعة تحت سيطرة الحكومة وإلى محافظة إدلب.",
        [E("other", Q("350", 350), PL("الأحياء الشرقية", "Eastern Aleppo", "Aleppo"), "2016-12-18",
           "مسؤولون في الأمم المتحدة", None,
           note="an evacuation: `other`, its figure the evacuees; placed at its origin (east Aleppo), never at Khan al-Asal "
                "or Idlib (destinations); the UN official's e-mail to Reuters and the doctor's five buses are other "
                "tellings; DATE: Sunday night (the 18th). The Friday attempt failed (attempted, not coded); the raids "
                "that destroyed every medical site are undated background")])

passage("kp08", "2017-03-22", "Al-Ain",
        "a coalition strike on a school sheltering the displaced; a US air landing; the Pentagon's inquiry; the "
        "coalition's own day count | page: https://al-ain.com/article/33-killed-air-strike-northern-syria",
        "ضربة جوية تقتل 33 في شمال سوريا\n"
        "أودى قصف جوي نفذه التحالف الدولي المناهض لـ«داعش» بحياة 33 مدنياً على الأقل، بعدما طال مبنى يؤوي نازحين "
        "في محافظة الرقة شمالي البلاد. وفي السياق، أكدت وزارة الدفاع الأمريكية (البنتاغون) أن قوات التحالف تساند "
        "«قوات سوريا الديمقراطية» بالطيران والمدفعية في هجومها الرامي إلى انتزاع سد الفرات، المعروف بسد الطبقة، "
        "في ريف الرقة. من جهتها، قالت «قوات سوريا الديمقراطية»، التي تحظى بدعم واشنطن، إن جنوداً أمريكيين نفذوا فجر "
        "الأربعاء إنزالاً جوياً على مقربة من مدينة الطبقة. وبحسب ما ذكره يوم الأربعاء المرصد السوري لحقوق الإنسان، فإن "
        "قصف التحالف أصاب يوم الثلاثاء مدرسة حُوّلت إلى مأوى للنازحين في بلدة المنصورة بالريف الغربي للرقة، وقتل "
        "33 مدنياً على الأقل. وقال مديره رامي عبد الرحمن إن فرق الإنقاذ لم تُخرج من تحت الركام، بعد خمس ساعات من "
        "العمل، سوى ناجيَين اثنين. أما حملة «الرقة تذبح بصمت»، المعنية برصد انتهاكات التنظيم، فأشارت إلى أن "
        "المدرسة كانت تضم ما يقارب 50 أسرة نازحة. وصرّح متحدث باسم البنتاغون، الأربعاء، بأن التحالف سيحقق في "
        "الحادثة، بينما أعلن التحالف من جهته أنه شنّ الثلاثاء 18 غارة في محيط الرقة.",
        [E("airstrike", Q("33", 33, None), PL("المنصورة", "Al-Mansoura", "Raqqa"), "2017-03-21",
           "المرصد السوري لحقوق الإنسان", COAL,
           note="one strike told in the headline, the lead and the monitor's sentence: the school is placed at its town; "
                "the lead names no source, the monitor's sentence comes back to it (stop 30); the 50 families are "
                "the shelter's size, not a figure of the act"),
         E("reinforcement", None, PL("الطبقة", "Al-Tabqa", "Raqqa", nth=1), "2017-03-22", "قوات سوريا الديمقراطية", COAL,
           note="CALL: a US air landing near Tabqa told as its own act: a deployment of forces (reinforcement); the "
                "coalition's support for the SDF push on the dam is an ongoing state with an aim, not coded"),
         E("statement", None, PL("المنصورة", "Al-Mansoura", "Raqqa"), "2017-03-22", "متحدث باسم البنتاغون", COAL,
           note="an announced inquiry into the strike: a named body's decision (stop 32), placed where it concerns"),
         E("airstrike", Q("18", 18), PL("الرقة", "Raqqa", "Raqqa", nth=3), "2017-03-21", "التحالف", COAL, kind="aggregate",
           note="the coalition's own count of a day's raids around Raqqa: an aggregate over an area (it may hold the "
                "Mansoura strike)")])

passage("kp09", "2017-12-23", "SMART (via Micro Syria)",
        "a push repelled in the fog; reinforcements massed; a night of shelling by two forces and air raids; "
        "artillery on two more places; a faction's reply "
        "| page: https://microsyria.com/2017/12/23/قتيلان-وجرحى-لقوات-النظام-بمواجهات-شم/",
        "مقتل عنصرين لقوات النظام بمواجهات في ريف حماة الشمالي\n"
        "سمارت - حماة\n"
        "لقي جنديان تابعان لقوات النظام السوري مصرعهما وأصيب غيرهما في اشتباكات مع «جيش النخبة» حول قرية تل صخر، إلى "
        "الشمال من مدينة حماة في وسط البلاد. وروى عمار حميدي، قائد لواء «ثوار الغاب» المنضوي في هذا الجيش، "
        "لـ«سمارت» اليوم السبت، أن عناصر النظام استغلوا الضباب وحاولوا الزحف من قرية كرناز باتجاه مواقع اللواء "
        "المحيطة بالقرية، فتصدى لهم المقاتلون فأردوا اثنين منهم وأصابوا آخرين. ولفت حميدي إلى أن النظام حشد "
        "قوات إضافية في مدينتي حلفايا ومحردة، استعداداً لهجوم على مدينة اللطامنة ذات الموقع الاستراتيجي في "
        "الريف الشمالي لحماة. وتعرضت اللطامنة ليلة الجمعة على السبت لتصعيد في القصف؛ فقد أطلقت عليها قوات النظام "
        "رشقات من راجمات الصواريخ المنصوبة في محيطها، فيما قصفتها قوات روسية متمركزة في معسكر الترابيع قرب حلفايا "
        "بصواريخ «توس» الشديدة الانفجار، بحسب ناشطين محليين. كذلك أغارت على المدينة مقاتلات يغلب الظن أنها "
        "روسية مستخدمة صواريخ ارتجاجية، في وقت طالت فيه قذائف مدفعية النظام مدينة قلعة المضيق، ومعها قرية الزقوم. وذكر "
        "الناشطون أن «جيش العزة»، أحد فصائل الجيش السوري الحر، ردّ على هذا التصعيد بقصف مواقع لقوات النظام في "
        "مدينتين إحداهما السقيلبية.",
        [E("armed_clash", Q("اثنين", 2), PL("تل صخر", "Tal Sakhr", "Hama"), "2017-12-23", "عمار حميدي", GOV,
           note="a push by regime forces from Karnaz repelled: the regime attacked (actor1); FIGURE: the commander's "
                "«اثنين» (the lead's «عنصران» is a dual, no figure); Karnaz is where the push came from; the lead "
                "names no source, the commander's sentence comes back to it (stop 30); undated: publication day"),
         E("reinforcement", None, PL("حلفايا", "Halfaya", "Hama"), "2017-12-23", "حميدي", GOV,
           note="reinforcements to two towns (placed at the first, a group); the offensive on al-Latamneh is an aim"),
         E("shelling", None, PL("اللطامنة", "Al-Latamneh", "Hama", nth=1), "2017-12-22", "ناشطين محليين", GOV,
           note="regime rocket launchers on al-Latamneh on the night of Friday to Saturday (dated the Friday, as set 73's "
                "je06)"),
         E("shelling", None, PL("اللطامنة", "Al-Latamneh", "Hama", nth=1), "2017-12-22", "ناشطين محليين", RUS,
           note="CALL: Russian forces' TOS rockets on the same town the same night, a second actor with its own weapon: "
                "coded apart (ACLED codes by actor); a coder could make one shelling event with the regime; the "
                "Tarabee camp is where they fired from, not the place"),
         E("airstrike", None, PL("اللطامنة", "Al-Latamneh", "Hama", nth=1), "2017-12-23", None, RUS,
           note="raids by jets 'probably Russian' (agent as the text leans); SOURCE: an act of another kind added after "
                "the activists' report: the outlet (stop 30); undated: publication day"),
         E("shelling", None, PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"), "2017-12-23", "ناشطين محليين", GOV,
           note="regime artillery on a town and a village (a group, placed at the first); the same kind as the "
                "activists' report: their source carries (stop 30)"),
         E("shelling", None, PL("السقيلبية", "Al-Suqaylabiyah", "Hama"), "2017-12-23", "الناشطون", FSA,
           note="a faction's retaliatory shelling of regime positions in two towns, the second unnamed on the page")])

passage("kp10", "2018-03-02", "SY24",
        "abductions in Sweida: four taken from a village, two in another town, three by ISIS; the two-day total "
        "| page: https://sy-24.com/4094",
        "تكاثرت في مدينة السويداء، جنوبي سوريا، حوادث خطف المدنيين على أيدي مسلحين، إذ وصل عدد المخطوفين في "
        "اليومين الأخيرين إلى 9 مدنيين، خطف تنظيم الدولة (داعش) 3 منهم. وتقول صفحات محلية إن مسلحين خطفوا صباح "
        "اليوم 4 أشخاص في الريف الغربي للمحافظة، وأخفقوا في خطف خامس، وأكدت المصادر ذاتها أن الخاطفين كانوا "
        "يستقلون عدة سيارات حين اقتادوا من بلدة «المنصورة» الواقعة في ذلك الريف 4 مدنيين. وأورد المصدر أسماء "
        "المخطوفين، وهم منصور الحلو وابنه فراس، والشابان رامي وباسل القاسم، بينما نجا رجل من آل السلمان من "
        "محاولة لخطفه. ويرى أهالي المحافظة أن إحدى عائلات بلدة «المجدل» أقرّت بأنها نفذت عملية الخطف، انتقاماً لخطف "
        "أحد أبنائها على يد مسلحين. وبذلك يبلغ عدد المخطوفين في السويداء منذ مطلع آذار، أي خلال يومين، تسعة "
        "مدنيين، ثلاثة منهم بيد تنظيم الدولة واثنان خُطفا في عرى، إحدى بلدات ريف السويداء. ويُشار إلى أن الخطف والسلب "
        "تفشيا في المحافظة خلال الأشهر الأخيرة مع انتشار السلاح الفوضوي بين المدنيين، وتحت أنظار ميليشيات "
        "النظام السوري التي كان لها دور كبير في استشراء الفوضى والانفلات الأمني.",
        [E("arrest", Q("4", 4), PL("المنصورة", "Al-Mansoura", "As-Suwayda"), "2018-03-02", "صفحات محلية", UNK,
           note="an abduction (coded arrest, as sets 73, 79 and 87) told twice (the western countryside, then the "
                "village): one event; the failed fifth is an attempt; a family of al-Majdal later owned it (revenge), "
                "so no named armed group as actor1"),
         E("arrest", Q("3", 3), PL("السويداء", "As-Suwayda", "As-Suwayda"), None, None, IS,
           note="CALL: three abducted by ISIS within the two days, no place but the governorate, no day: an incident "
                "of its own; with the Ara pair and the Mansoura four it sums the text's total (9), so the total is "
                "no event (stop 34); the outlet tells it"),
         E("arrest", Q("اثنان", 2), PL("عرى", "Ara", "As-Suwayda"), None, None, None,
           note="two abducted in Ara within the two days: an act tied to a place (stop 34); no day, no actor; the "
                "revenge-taking of a Majdal man has no day or place and is not coded")])

passage("kp11", "2019-01-05", "Al-Nafetha News, relaying SOHR",
        "a four-day factional war: areas taken in the western Aleppo countryside, the war's dead, the killing that "
        "started it | page: https://www.alnafethanews.com/11686",
        "الهيئة تبسط سيطرتها على مناطق في الشمال السوري\n"
        "نقل المرصد السوري لحقوق الإنسان أن هيئة تحرير الشام، التي عُرفت من قبل باسم «جبهة النصرة»، انتزعت مناطق كانت في قبضة "
        "حركة نور الدين الزنكي شمالي سوريا، إثر قتال دام أربعة أيام وحصد أرواح ما يزيد على مئة مقاتل. وبحسب "
        "المرصد، صارت الهيئة تحكم أكثر من 20 قرية وبلدة كانت حتى وقت قريب بيد فصائل أخرى. وكان المرصد قد ذكر في "
        "بيان يوم الجمعة أن الهيئة نجحت في إخضاع المناطق التي كانت الزنكي تديرها في ريف حلب الغربي. "
        "وتتوزع هذه المناطق على محافظة إدلب، المعقل الأخير لمقاتلي المعارضة والجهاديين الذين يحاربون النظام "
        "السوري، وعلى محافظتي حماة وحلب المتاخمتين لها. وكانت شرارة القتال قد اندلعت يوم الثلاثاء، حين اتهمت "
        "الهيئة حركة الزنكي بالوقوف وراء مقتل خمسة من عناصرها. ووفق المرصد، فإن المعارك التي ظلت في البداية "
        "محصورة في مناطق الفصائل المعارضة داخل محافظة حلب، امتدت لاحقاً إلى محافظتي حماة وإدلب.",
        [E("territory_change", Q("أكثر من 20", 20, None, True), PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"),
           "2019-01-04", "المرصد السوري لحقوق الإنسان", HTS,
           note="HTS takes the Zenki movement's areas: the text's finest place is the western sector of the Aleppo "
                "countryside; FIGURE: the towns and villages taken (as set 73's je12); dated by the monitor's Friday "
                "statement"),
         E("armed_clash", Q("ما يزيد على مئة", 100, None, True), None, None, "المرصد السوري لحقوق الإنسان", None,
           kind="aggregate",
           note="CALL: four days of fighting over three governorates with more than a hundred fighters dead: an "
                "aggregate of the war's clashes (period Tuesday to Friday), no single place; two sides, no actor1"),
         E("armed_clash", Q("خمسة", 5), None, None, None, None,
           note="the killing of five HTS members that set off the war, blamed on Zenki by HTS (an accusation, so no "
                "actor1); no place, no day (before the Tuesday); the writer's recall: the outlet")])

passage("kp12", "2019-07-01", "Jesr Press, relaying SNHR",
        "a half-year tally of civilians killed with breakdowns by party, plus deaths under torture "
        "| page: https://jesrpress.com/سوريا-نحو-ألفي-ضحية-في-النصف-الاول-من-ع",
        "أصدرت الشبكة السورية لحقوق الإنسان اليوم الاثنين تقريراً رصدت فيه أعداد الضحايا المدنيين الذين سقطوا "
        "جراء مواصلة «نظام الأسد» وروسيا قصفهما للمناطق الآمنة الخارجة عن سلطتهما داخل البلاد. وأحصت الشبكة، "
        "بحسب قولها، 1864 قتيلاً مدنياً على الأقل في سوريا خلال الأشهر الستة الأولى من 2019، بينهم ستة إعلاميين و21 من "
        "العاملين في القطاع الطبي وفرق الدفاع المدني، يضاف إليهم 159 شخصاً فارقوا الحياة تحت التعذيب داخل "
        "معتقلات النظام في المدة ذاتها. وبيّن التقرير أن هؤلاء المدنيين الـ1864 الذين قضوا منذ مطلع العام بينهم 468 "
        "طفلاً و285 امرأة، وأن «نظام الأسد» وحده قتل أكثر من 891 منهم، بينهم 211 طفلاً و136 امرأة. أما القوات "
        "الروسية فقتلت 149 مدنياً، منهم 34 طفلاً و21 امرأة، بينما نُسب إلى قوات التحالف الدولي مقتل 64 مدنياً، منهم "
        "20 طفلاً و17 امرأة، في الأشهر الستة الأولى من العام. ولقي 540 مدنياً آخرون، من بينهم 149 طفلاً و93 "
        "امرأة، حتفهم على أيدي أطراف لم تحدد الشبكة هويتها.",
        [E("casualties", Q("1864", 1864, None), None, None, "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate",
           note="a half-year toll of civilians, several kinds of act and several parties: casualties aggregate (period "
                "2019-01 to 2019-06); children, women, media and medical workers, and the figures by party (891, 149, "
                "64, 540) are its breakdown, never events; open bound coded as the contract says (stop 34)"),
         E("casualties", Q("159", 159), None, None, "الشبكة السورية لحقوق الإنسان", GOV, kind="aggregate",
           note="deaths under torture in the regime's prisons over the same half-year: a figure added to the civilian "
                "toll («يضاف إليهم»), not part of it: its own aggregate")])

passage("kp13", "2019-10-12", "Syria TV",
        "a town fully taken in the Turkish operation, told by Ankara and by the faction's command; two villages "
        "taken on another front | page: https://www.syria.tv/مقاتلو-نبع-السلام-يسيطرون-على-كامل-مدينة-رأس-العين",
        "«نبع السلام»: مدينة رأس العين بأكملها في قبضة المهاجمين\n"
        "نُشر في 12.10.2019\n"
        "أعلنت اليوم السبت وزارة الدفاع التركية أن مقاتلي الجيش الوطني السوري ومعهم القوات التركية بسطوا سيطرتهم على مدينة "
        "رأس العين برمتها، الواقعة إلى الشمال الغربي من الحسكة، ضمن عملية «نبع السلام» شرقي نهر الفرات. وورد في "
        "بيان قصير للوزارة نشرته وكالة «الأناضول» التركية أن المدينة صارت تحت السيطرة بفضل «العمليات الناجحة "
        "المتواصلة» في إطار العملية. وسبق ذلك إعلان من قيادة الجيش الوطني السوري بأن مقاتليها اقتحموا رأس العين "
        "من محاور عدة، وانتزعوا المنطقة الصناعية في شرقها ومعبرها الحدودي مع تركيا، خلال مواجهات مع «قسد» "
        "(قوات سوريا الديمقراطية). وتناقل ناشطون على شبكات التواصل تسجيلاً مصوراً يُظهر عناصر من «فرقة السلطان "
        "مراد»، المنضوية في الجيش الوطني، وقد غنموا أول عربة «همر» أمريكية الصنع خلال القتال مع «قسد» داخل "
        "المدينة. وبحسب المعرّفات الرسمية للعملية، سيطر الجيش الوطني أيضاً على قرية الضبعة وقرية الدادات، الواقعتين إلى "
        "الشرق من تل أبيض في الريف الشمالي للرقة، إثر اشتباكات مع «قسد».",
        [E("territory_change", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), "2019-10-12", "وزارة الدفاع التركية", SNA,
           note="the city's taking told by the Turkish ministry (relayed by Anadolu: the ministry is the source, stop "
                "34) and, before it, by the SNA command's storming that took the industrial zone and the crossing in "
                "clashes with the SDF: one taking; the captured Humvee is part of it; Hasakah is a bearing; SNA is "
                "first named"),
         E("territory_change", None, PL("الضبعة", "Al-Dabaa", "Raqqa"), "2019-10-12", "المعرّفات الرسمية للعملية", SNA,
           note="two villages east of Tal Abyad (a group, the first); Tal Abyad is a bearing; undated: publication day")])

passage("kp14", "2019-11-20", "ANF Arabic (Firat news agency), relaying SANA",
        "Israeli strikes told by the army spokesman and by SANA's military source; the rockets from Syria the day "
        "before | page: https://anfarabic.com/سوريا/غارات-إسرائيلية-على-سوريا-57829",
        "غارات إسرائيلية على أهداف في سوريا\n"
        "أغارت مقاتلات إسرائيلية فجر الأربعاء على أهداف داخل سوريا، فيما أكدت الحكومة السورية أن دفاعاتها الجوية "
        "اعترضت عدداً من الصواريخ في أجواء العاصمة قبل بلوغها أهدافها. وصرّح أفيخاي أدرعي، الناطق بلسان "
        "الجيش الإسرائيلي، بأن إسرائيل ضربت اليوم الأربعاء أهدافاً إيرانية وسورية على الأراضي السورية، غداة إعلان تل "
        "أبيب أنها أسقطت فوق الجولان 4 صواريخ انطلقت من سوريا. ووفق وكالة الأنباء السورية الرسمية (سانا)، "
        "نجحت الدفاعات الجوية في تدمير أغلب الصواريخ التي أطلقتها الطائرات الإسرائيلية فوق دمشق. ونقلت الوكالة عن "
        "مصدر عسكري أن الدفاعات أسقطت «أهدافاً معادية» عدة في جنوب العاصمة دمشق، وأن الهجوم الإسرائيلي خلّف 3 "
        "جرحى. وكتب أدرعي في تغريدة أن طائرات حربية قصفت «قبل قليل» عشرات المواقع العسكرية العائدة لفيلق القدس "
        "الإيراني وللجيش السوري داخل سوريا، من بينها منظومات صواريخ أرض-جو ومقار قيادة ومخازن أسلحة وقواعد "
        "عسكرية، مؤكداً أنها ردّ على الصواريخ الأربعة التي أُطلقت يوم الثلاثاء من الأراضي السورية نحو إسرائيل. "
        "وكانت إسرائيل قد قالت الثلاثاء إن منظومة «القبة الحديدية» اعترضت تلك الصواريخ.",
        [E("airstrike", None, PL("دمشق", "Damascus", "Damascus", nth=1), "2019-11-20", "أفيخاي أدرعي", ISR,
           note="one wave of raids told by the lead, the army spokesman, SANA and its military source; PLACE: the text's "
                "finest is the south of Damascus where targets were downed; the spokesman's sentence names the "
                "source the lead lacks; 3 injured are not the figure; 'dozens of sites' are targets, not strikes"),
         E("shelling", Q("4", 4), PL("الجولان", "Golan Heights", "Quneitra"), "2019-11-19", "تل أبيب", None,
           note="CALL: four rockets fired from Syria the day before, downed over the Golan: a missile attack with no "
                "named shooter, placed where it was intercepted (the launch place is not given); told by Israel "
                "(«تل أبيب»); a coder could leave it as background of the reply")])

passage("kp15", "2020-02-27", "Shehab News Agency",
        "a city retaken and two towns before it; a presidential vow; shelling of another town; a strike on Turkish "
        "soldiers; a day's toll of two kinds of attack | page: https://shehabnews.com/post/60344/إدلب-سراقب-بيد-المعارضة-وأردوغان-يتوعد-بطرد-قوات-النظام-لما-وراء-نقاط-المراقبة-هذا-الأسبوع",
        "إدلب: المعارضة تستعيد سراقب وأردوغان يمهل قوات النظام أسبوعاً\n"
        "الخميس 27 شباط/فبراير 2020\n"
        "قالت فصائل المعارضة السورية المسلحة إنها استردت مدينة سراقب في ريف إدلب شمالي البلاد، لتعود بذلك إلى قطع "
        "طريقي «M5» و«M4» الدوليين اللذين يصلان حلب بدمشق واللاذقية، بينما تعهد رجب طيب أردوغان، رئيس "
        "تركيا، بدفع قوات النظام إلى ما خلف نقاط المراقبة التركية في غضون أسبوع. ويأتي هذا التقدم بعدما استرجعت "
        "المعارضة أيضاً بلدة النيرب ذات الأهمية الاستراتيجية وبلدة سان في إدلب، في حين شرعت قوات النظام في التمهيد "
        "لهجوم جديد إلى الغرب من معرة النعمان، مركّزة قصفها على تلك المنطقة ولا سيما بلدة كفرنبل. وأعلنت وزارة "
        "الدفاع التركية مقتل جنديين من جنودها وإصابة اثنين آخرين بضربة جوية في إدلب. من جهته، أحصى الدفاع المدني "
        "السوري 31 قتيلاً سقطوا جراء الغارات الروسية والقصف المدفعي لقوات النظام على المحافظة وأريافها "
        "في الساعات الأربع والعشرين الأخيرة، إلى جانب ما يزيد على 90 مصاباً، خمسة منهم من أفراد الطواقم الطبية.",
        [E("territory_change", None, PL("سراقب", "Saraqib", "Idlib", nth=1), "2020-02-27",
           "فصائل المعارضة السورية المسلحة", FSA,
           note="a city retaken, told by the factions (the headline and the lead, one event); the two highways are "
                "names, not figures; undated: publication day"),
         E("statement", None, None, "2020-02-27", "رجب طيب أردوغان", TUR,
           note="a head of state's threat with a deadline: a statement (stop 32); the observation points name no place"),
         E("territory_change", None, PL("النيرب", "Al-Nayrab", "Idlib"), None, None, FSA,
           note="two towns retaken before Saraqib (a group, the first); the writer's recall «بعدما»: the outlet; no day"),
         E("shelling", None, PL("كفرنبل", "Kafr Nabl", "Idlib"), "2020-02-27", None, GOV,
           note="shelling focused on the area west of Maarat al-Numan, 'especially' Kafr Nabl: the finest place; the "
                "new offensive is an aim"),
         E("airstrike", None, PL("إدلب", "Idlib", "Idlib", nth=3), "2020-02-27", "وزارة الدفاع التركية", None,
           note="two Turkish soldiers killed and two wounded by an air strike: the dual gives no figure (stop 30); the "
                "striking air force is not named: no actor1; placed at the province, the text's only place for it"),
         E("casualties", Q("31", 31), PL("إدلب", "Idlib", "Idlib", nth=3), None, "الدفاع المدني السوري", None,
           kind="aggregate",
           note="a 24-hour toll of Russian raids and regime shelling over the province: two kinds of act, so casualties "
                "(stop 32); «المحافظة» is Idlib; the wounded and medics are not its figure")])

passage("kp16", "2021-03-20", "Enab Baladi",
        "two former fighters shot dead near an intelligence checkpoint; a third killing elsewhere; a recalled car bomb "
        "| page: https://enabbaladi.net/467715/درعا-مقتل-مقاتلين-سابقين-في-الجيش-الح/?amp=1",
        "لقي شابان حتفهما برصاص أُطلق عليهما في داعل، المدينة الواقعة في الريف الشمالي لدرعا، على مقربة من حاجز لفرع «المخابرات الجوية» التابع "
        "لقوات النظام، وفقاً لشبكات محلية. وبحسب منشور لمراسل قناة «سما» المحلية على «فيس بوك»، مساء يوم الجمعة "
        "الموافق 19 آذار، فإن مجهولين مسلحين كانوا في سيارة «كيا ريو» زرقاء اللون أطلقوا الرصاص على الشابين خالد منير "
        "السعدي، من مواليد 1990، وأيمن فايز الرفاعي، من مواليد 1995، فأردياهما، وكلاهما من أهالي بلدة خربة "
        "غزالة. أما «تجمع أحرار حوران» فأشار إلى أنهما قاتلا في صفوف فصائل «الجيش الحر» قبل أن يُجريا «التسوية». "
        "وفي بلدة الحارّة، إلى الشمال الغربي من درعا، لقي سامر عادل الخطيب حتفه بإطلاق نار، على ما أفاد مراسل "
        "عنب بلدي في المحافظة. ولم تنقطع سلسلة الاغتيالات التي تصيب مدنيين وعسكريين ومقاتلين سابقين من النظام "
        "والمعارضة على السواء، منذ استعادت قوات النظام، بغطاء من سلاح الجو الروسي، السيطرة على المحافظة في تموز "
        "2018. وتُنسب معظم هذه العمليات إلى «مجهولين»، في ظل تعدد القوى النافذة وتصارع مصالحها على الأرض، من "
        "إيران وروسيا والنظام إلى خلايا تنظيم «الدولة الإسلامية». وكان وليد المصري، العضو السابق في «هيئة "
        "الإصلاح» بحوران والجولان، قد قُتل في 15 من آذار الجاري بعبوة ناسفة انفجرت في سيارته.",
        [E("armed_clash", None, PL("داعل", "Dael", "Daraa"), "2021-03-19", "شبكات محلية", UNK,
           note="unknown gunmen kill two former fighters near a checkpoint (stop 30: a killing by gunmen is a clash); "
                "«شابان» is a dual: no figure; the checkpoint only locates it; Khirbet Ghazaleh is their home town"),
         E("armed_clash", None, PL("الحارّة", "Al-Harra", "Daraa"), "2021-03-20", "مراسل عنب بلدي", None,
           note="a man shot dead in another town, no shooter named; undated: publication day"),
         E("explosion", None, None, "2021-03-15", None, None,
           note="a recalled car bomb that killed a former member of a reconciliation body: the writer's recall (the "
                "outlet); Hauran and the Golan name the body, not the place: no place; the string of assassinations "
                "since 2018 is background")])

passage("kp17", "2022-01-21", "SNA Business (Sky News Arabia's business portal)",
        "an ISIS attack on a prison with a raised toll; escapees recaptured; combing "
        "| page: https://snabusiness.com/article/1495259-ارتفاع-حصيلة-قتلى-هجوم-داعش-الدامي-سجن-الحسكة",
        "حصيلة دامية ترتفع بعد هجوم التنظيم على سجن بالحسكة\n"
        "21 كانون الثاني/يناير 2022 - قال المرصد السوري لحقوق الإنسان يوم الجمعة إن عدد ضحايا هجوم "
        "تنظيم داعش على أحد سجون الحسكة، في الشمال الشرقي من البلاد، صعد إلى 25 قتيلاً. وبيّن المرصد أن 18 منهم مقاتلون "
        "في قوات سوريا الديمقراطية المدعومة أمريكياً، سقطوا خلال المواجهات مع التنظيم حول السجن. وكانت حصيلة أولية "
        "قد أشارت إلى 9 قتلى أغلبهم من عناصر التنظيم، في الهجوم على سجن غويران بالحسكة، الذي يُحتجز فيه زهاء "
        "خمسة آلاف من معتقلي داعش، وتتولى قيادة «قسد» إدارته بمؤازرة قوات أمريكية تتمركز في قاعدة ملاصقة للمدينة. "
        "وبحسب المرصد، هاجم مسلحو التنظيم السجن ليل الخميس على الجمعة، فتمكن عدد لم يُحصَ بعد من المحتجزين من "
        "الفرار، ثم استطاعت «قسد»، كما أفاد المرصد في وقت سابق، أن تعيد القبض على بعض الفارين. وأشار المرصد إلى أن "
        "القوى العسكرية تواصل تمشيط محيط السجن والأحياء القريبة منه، تحت تحليق متواصل لطيران التحالف الدولي، "
        "بينما تتردد أصوات الرصاص في المكان. ويُعد هذا الهجوم الأعنف الذي ينفذه التنظيم منذ القضاء عليه.",
        [E("armed_clash", Q("25", 25), PL("سجن غويران", "Ghweiran prison", "Al-Hasakah"), "2022-01-20",
           "المرصد السوري لحقوق الإنسان", IS,
           note="FIGURE: the raised toll (25) over the first (9), stop 30; the SDF's 18 are a breakdown; PLACE: a prison "
                "is a place of its own; DATE: the night of Thursday to Friday, the Thursday (as set 73); the escape is "
                "part of the attack; the five thousand are inmates, not a figure"),
         E("arrest", None, PL("الحسكة", "Al-Hasakah", "Al-Hasakah", nth=2), "2022-01-21", "المرصد", SDF,
           note="some escapees recaptured by the SDF: an arrest with no number; placed at the city (the combing of the "
                "prison's surroundings goes on, a state)")])

passage("kp18", "2023-11-12", "Baladi News",
        "a former fighter assassinated; a recalled bomb at his house; a killing by the intelligence, a body found, a "
        "shooting brawl | page: https://baladi-news.com/ar/articles/98923/اغتيال-عنصر-سابق-في-فصائل-المعارضة-غرب-درعا",
        "بلدي نيوز\n"
        "اغتال مجهولون مساء اليوم الأحد، الثاني عشر من تشرين الثاني/نوفمبر، مقاتلاً سابقاً في صفوف فصائل المعارضة "
        "في الريف الغربي لمحافظة درعا. ونقل «تجمع أحرار حوران» أن مهند الزعبي لقي حتفه برصاص مباشر أطلقه عليه "
        "مجهولون على الطريق المؤدي إلى قرية نهج في الريف الغربي. وتابع التجمع أن القتيل من أبناء تل شهاب، وقد انتمى إلى فصيل "
        "«جيش الثورة» قبل أن يبسط النظام سيطرته على المحافظة في تموز 2018، وكان اسمه بين ستة مطلوبين طالب النظام "
        "يوم 25 من كانون الثاني عام 2021 بترحيلهم إلى الشمال السوري. ولفت إلى أن عبوة ناسفة زرعها مجهولون في البيت الذي "
        "كان يقطنه بمدينة طفس، غرب درعا، انفجرت في 17 تموز 2022، فقتلت زوجته وأوقعت جروحاً متفاوتة به وبعدد من "
        "أطفاله. وكانت استخبارات النظام قد اغتالت، يوم الجمعة العاشر من تشرين الثاني/نوفمبر، ناشطاً إعلامياً في "
        "درعا تلقى تهديدات إثر مشاركته في احتجاجات السويداء، كما عُثر يوم الأربعاء الأول من الشهر ذاته على جثة "
        "شاب في ريف درعا الشرقي، بينما نجا شاب آخر من شجار تخللته رشقات كثيفة من الرصاص في ريف مدينة درعا "
        "الغربي.",
        [E("armed_clash", None, PL("نهج", "Nahj", "Daraa"), "2023-11-12", "تجمع أحرار حوران", UNK,
           note="an assassination by unknown gunmen (stop 30: a clash); the lead names no source, the Tajammu's next "
                "sentence comes back to it; Tal Shihab is his home town; the 2021 demand is background"),
         E("explosion", None, PL("طفس", "Tafas", "Daraa"), "2022-07-17", "التجمع", None,
           note="a recalled bomb at his house with its day; the wife's death is a singular: no figure; «ولفت إلى» goes "
                "on with the Tajammu's report"),
         E("casualties", None, PL("درعا", "Daraa", "Daraa", nth=2), "2023-11-10", None, GOV,
           note="CALL: a media activist killed by the regime's intelligence: a known force killing a civilian outside a "
                "protest is casualties (stop 30, by ACLED); «وكانت»: the writer's recall, the outlet; placed at "
                "Daraa, the only place given"),
         E("other", None, PL("ريف درعا الشرقي", "Eastern Daraa countryside", "Daraa"), "2023-11-01", None, None,
           note="a body found: other; the brawl with gunfire that a man survived is not coded (a quarrel, no victim; a "
                "coder could code it)")])

passage("kp19", "2024-11-30", "Kurdistan24, relaying SOHR",
        "the 2024 offensive: half, then most of Aleppo taken without a fight; Saraqib taken; the first Russian raids "
        "on the city since 2016 | page: https://www.kurdistan24.net/ar/story/813044/المرصد-السوري-لـ-كوردستان24-الفصائل-المسلحة-وصلت-إلى-قلعة-حلب-دون-قتال",
        "المرصد السوري لكوردستان24: المسلحون دخلوا قلعة حلب من غير معارك\n"
        "أربيل (كوردستان24) - يؤكد المرصد السوري لحقوق الإنسان، استناداً إلى مصادره، أن المعارضة المسلحة بفصائلها أصبحت تسيطر على نصف "
        "مدينة حلب، وأنها بلغت قلعتها من دون قتال. وصرّح رامي عبد الرحمن، مدير المرصد، لكوردستان24 اليوم السبت "
        "إن «نصف حلب صار في يد هيئة تحرير الشام ومناصريها»، مبيناً أن مسلحي المعارضة دخلوا القلعة «من غير أن "
        "يطلقوا رصاصة واحدة» بعدما انسحبت قوات الحكومة السورية. وأضاف عبد الرحمن أن فصائل مسلحة تدعمها "
        "أنقرة استولت على مدينة سراقب عند تخوم محافظة إدلب، وهي خطوة كافية لقطع الطريق أمام أي تقدم للجيش السوري "
        "نحو حلب، إذ تقع المدينة عند عقدة استراتيجية تصل اللاذقية بدمشق. وفي وقت لاحق من السبت، أعلن المرصد أن "
        "الهيئة وحلفاءها من الفصائل أحكموا قبضتهم على «معظم مدينة حلب» وعلى مقار حكومية وسجون، "
        "بالتوازي مع غارات شنتها طائرات حربية روسية على أحياء المدينة في الساعات التي تلت منتصف ليل الجمعة على السبت، وهي الأولى من "
        "نوعها منذ عام 2016.",
        [E("territory_change", None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2024-11-30", "المرصد السوري لحقوق الإنسان",
           HTS,
           note="one taking told as half the city, then most of it, with government buildings and prisons: one event "
                "(the latest telling is the fuller); the citadel is a landmark placed at its city; HTS first named in "
                "the quotes"),
         E("territory_change", None, PL("سراقب", "Saraqib", "Idlib"), "2024-11-30", "عبد الرحمن", SNA,
           note="CALL: 'the Turkish-backed armed factions' as the text names the takers: SNA as the canonical name of "
                "Turkey-backed factions; a coder could give the opposition factions (FSA) or HTS; Latakia and Damascus "
                "are what the road links"),
         E("airstrike", None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2024-11-29", "المرصد", RUS,
           note="Russian raids on the city's districts after midnight Friday to Saturday (dated the Friday, as set 73); "
                "the first since 2016 is a recall, not a figure")])

passage("kp20", "2025-09-26", "Dot Al-Khaleej (news portal)",
        "an ISIS attack on an SDF post told by the SDF's statement; background on ISIS since 2014 and since the fall "
        "of Assad | page: https://dotalkhalij.com/world-news/29952304/العالم-اليوم---قتلى-من-قسد-بهجوم-داعش-شمالي-سوريا.html",
        "«قسد» تخسر خمسة من مقاتليها في هجوم لداعش شرقي سوريا\n"
        "أبوظبي، الجمعة 26 أيلول/سبتمبر 2025 - قالت قوات سوريا الديمقراطية «قسد»، يوم الخميس، إن 5 من مقاتليها "
        "قُتلوا وهم يتصدون لهجوم شنّه عناصر من داعش في دير الزور، المحافظة الواقعة في شمال شرقي البلاد. وكان التنظيم قد استولى منذ "
        "2014 على رقعة شاسعة من سوريا والعراق المجاور معلناً «الخلافة»، قبل أن يُطرد من العراق عام 2017 ومن سوريا "
        "عام 2019، غير أنه ما زال يتحرك في مناطق صحراوية معزولة من دون أن يحكم أي بقعة. وبحسب المرصد السوري لحقوق "
        "الإنسان، تراجعت هجمات التنظيم في مناطق الإدارة الجديدة منذ أُطيح بالرئيس بشار الأسد في 8 كانون الأول/"
        "ديسمبر 2024، لكنها تزايدت في المناطق التي يديرها الأكراد. وأوضحت «قسد»، وهي الجناح العسكري للإدارة الذاتية "
        "الكردية، ضمن بيان أصدرته الخميس، أن مسلحي التنظيم استهدفوا صباح ذلك اليوم نقطة يتمركز فيها عناصرها في "
        "البحرة الوسطى، وهي بلدة في الريف الشرقي لدير الزور، فقضى 5 من رفاقهم وأصيب سادس في اشتباكات عنيفة دارت أثناء صدّ "
        "الهجوم. وأضافت أن مقاتليها أفشلوا الهجوم، مؤكدة أنهم أحبطوا ما وصفته بالمخطط الإرهابي وفرضوا سيطرتهم على "
        "الميدان.",
        [E("armed_clash", Q("5", 5, nth=1), PL("البحرة الوسطى", "Al-Bahra al-Wusta", "Deir ez-Zor"), "2025-09-25",
           "قوات سوريا الديمقراطية", IS,
           note="one attack told in the lead and in the SDF's statement (the province, then the town: the town is the "
                "place); the wounded sixth is not the figure; the monitor's trend (attacks down in government areas, "
                "up in Kurdish ones) is a comparison with no figure or act, not coded; the 2014-2019 history is "
                "background")])

passage("kp21", "2025-08-28", "Al-Bilad (Saudi Arabia)",
        "an Israeli drone strike killing six soldiers; the foreign ministry's condemnation and call; an incursion the "
        "same day | page: https://albiladdaily.com/2025/08/28/أكدت-حقها-في-الدفاع-عن-سيادتها-سوريا-ت/",
        "البلاد (دمشق)\n"
        "دانت وزارة الخارجية السورية هجوماً شنته طائرات مسيّرة إسرائيلية على وحدة عسكرية في ريف دمشق، قُتل فيه 6 "
        "جنود، ووصفته بأنه خرق فادح للقانون الدولي ولميثاق الأمم المتحدة وتعدٍّ سافر على سيادة سوريا. وأوضحت "
        "الوزارة، في بيان صدر عنها أمس الأربعاء، أن الضربة أصابت وحدة للجيش على مقربة من مدينة الكسوة، معتبرة "
        "إياها حلقة في سلسلة السياسات العدوانية المتكررة التي تتبعها إسرائيل بغرض زعزعة أمن المنطقة واستقرارها. "
        "وأكدت الخارجية أن دمشق متمسكة بحقها المشروع في الذود عن أرضها وشعبها وفق ما يتيحه القانون الدولي، وحضّت "
        "المجتمع الدولي، وفي مقدمته مجلس الأمن، على النهوض بمسؤولياته القانونية والأخلاقية لوقف هذه الاعتداءات، "
        "وإلزام إسرائيل بالكفّ عن انتهاكاتها بحق سوريا وأهلها ومؤسساتها. وفي تطور آخر، دخلت قوة إسرائيلية أمس "
        "أراضي محافظة القنيطرة في الجنوب الغربي من سوريا، في خامس توغل من نوعه خلال آب/أغسطس الجاري، إذ أفادت قناة «الإخبارية "
        "السورية» بأن تلك القوات دخلت منطقة رسم الرواضي ووصلت إلى جوار بلدة الصمدانية الغربية.",
        [E("airstrike", Q("6", 6), PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2025-08-28", "وزارة الخارجية السورية", ISR,
           note="a drone strike on an army unit near al-Kiswah (the town is finer than «ريف دمشق»); the text gives no day "
                "for it: publication day (stop 34; it came before the ministry's Wednesday statement)"),
         E("statement", None, PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2025-08-27", "وزارة الخارجية السورية", NEWGOV,
           note="CALL: the ministry's condemnation with its call on the Security Council: the item's news, a named "
                "body's stance and call (stop 32); a coder who reads the condemnation as a reaction to the strike (its "
                "source) would not code it"),
         E("other", None, PL("رسم الرواضي", "Rasm al-Rawadi", "Quneitra"), "2025-08-27", "«الإخبارية السورية»", ISR,
           note="an incursion with no fighting or arrest: other (ACLED strategic development); placed at the area "
                "entered (al-Samadaniyah al-Gharbiyah is a bearing); «خامس» is an ordinal, not a figure")])


def main() -> None:
    write("gold89.jsonl", P89)


if __name__ == "__main__":
    main()
