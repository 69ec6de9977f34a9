"""Build gold74.jsonl: HELD-OUT set 74 (ids jf01…), written in stop 33 by writer w74 BEFORE any run on it.

36 short excerpts (2-5 sentences), each PARAPHRASED FROM ONE REAL PAGE of the search tool's `pages` corpus
(queried in Arabic), years 2011-2025: the page's incidents, their order, places, figures, dates, actors, sources
and hedges are kept; every sentence was rewritten (no five-word run shared with the page, names aside, checked by
script against the page text kept outside the repository); the personal names of people were changed (invented),
places, forces, outlets and figures kept. Each passage's first event note gives the page's address. Where the page
showed no date, `published` was inferred from the events it reports (said in the note). Gold written before any
run of marsad on these passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build74.py      # rewrites gold74.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P74: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P74.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("jf01", "2011-06-18", "Akhbar el-Youm (via djazairess)", "two officers' defections announced on video",
        "انشقاقان جديدان في صفوف الجيش السوري: فقد ظهر النقيب سامر الخلف في تسجيل مصور عرضته قناة «العربية» يعلن "
        "فيه التحاقه بـ«لواء الضباط الأحرار»، رداً على ما وصفه بالبطش الذي يلقاه المحتجون العزل والمدنيون. وأعلن "
        "النقيب فراس الدباغ بدوره تركه صفوف الجيش، مؤكداً أن خدمته في القوات الخاصة أتاحت له أن يوثق ما ارتُكب من "
        "جرائم. وتوالت في الأشهر الأخيرة إعلانات الانشقاق على شبكة الإنترنت، وكان الضابط يوسف الحمدان قد أعلن "
        "تأسيس هذا اللواء بهدف حماية المتظاهرين.",
        [E("defection", None, None, None, "النقيب سامر الخلف", GOV,
           note="page: https://djazairess.com/akhbarelyoum/29628 (published inferred: June 2011; the page's «الجمعة» of "
                "the airing was dropped). Two officers, each announcing his own defection: two events (a second coder "
                "may merge them); no place, no day; the announcer is the source (the channel only aired it)"),
         E("defection", None, None, None, "النقيب فراس الدباغ", GOV,
           note="the second captain; the founding of the brigade is an undated recall (no event)")])

passage("jf02", "2011-05-13", "Syrian Human Rights Organisation site (AP)", "Friday protest fired on, toll disputed",
        "أفاد حقوقيون بأن قوات الأمن السورية فتحت النار اليوم الجمعة على آلاف المحتجين الذين نزلوا إلى الشوارع، "
        "ما أودى بحياة شخص واحد على الأقل أصيب برصاصة في رأسه. وسعت عناصر الأمن إلى الحيلولة دون تجمع المتظاهرين "
        "عبر السيطرة على المساجد وإقفال الساحات العامة. ونسبت وكالة أسوشيتد برس إلى الناشط الحقوقي باسل الخطيب أن "
        "القتيل سقط في مدينة حمص، فيما تحدث ناشط آخر عن مقتل شخصين في المدينة.",
        [E("protest", Q("آلاف", 2000, 9000, True), PL("حمص", "Homs", "Homs"), "2011-05-13", "حقوقيون", PROT,
           note="page: https://syriahro.org/13-5-2011-syrian%20observatory10.htm. Fire on a protest: one protest "
                "event, the crowd is the figure, the dead (one / two, disputed) its fatalities; the place comes from "
                "the AP-relayed activist's sentence about the same victim (a coder may name him as the source)")])

passage("jf03", "2012-12-26", "Al-Binaa (via turess)", "a general's defection and flight to Turkey",
        "انشق اللواء عبد الكريم الفلاح، قائد الشرطة العسكرية السورية، عن نظام الرئيس بشار الأسد وفرّ إلى تركيا، "
        "وفق ما نقلته تقارير إخبارية سورية، في وقت تؤكد فيه المعارضة المسلحة أنها انتزعت مناطق جديدة في البلاد. "
        "ويُعد الفلاح من أرفع العسكريين الذين التحقوا بالحراك المناهض للنظام. وقال في تسجيل مصور نُشر على الإنترنت "
        "إنه ترك الجيش لأنه حاد عن واجبه في حماية البلاد وصار يرتكب المجازر في المدن والقرى، مضيفاً أن الانشقاق بات "
        "أصعب مع تشديد الرقابة.",
        [E("defection", None, PL("تركيا", "Turkey", None, "Turkey"), None, "تقارير إخبارية سورية", GOV,
           note="page: https://www.turess.com/binaa/8131 (published inferred: the general's defection, late December "
                "2012). One general, no numeral; the arrival abroad told as the defection keeps Turkey (stop-28 "
                "convention); the opposition's vague gains name no place (no event); a coder may take the general "
                "himself as the source")])

passage("jf04", "2012-11-02", "Al-Watan (Bahrain), from Al Arabiya.net", "first woman officer's defection",
        "أعلنت ضابطة في الجيش السوري أنها انشقت عن نظام الأسد، لتكون أول امرأة من صفوف الضباط تخطو هذه الخطوة. وروت "
        "العقيد نهلة الشامي، وهي علوية، لموقع «العربية.نت» أنها كانت تعمل في المديرية العامة للتجنيد في دمشق، وأنها "
        "تركت الخدمة قبل شهرين بمساندة كتيبة جند الله في العاصمة، بعدما رأت حجم الخراب وتهجير السكان في ريف دمشق. "
        "وأضافت، متحدثة من مكان لم تكشفه لدواعٍ أمنية، أن أسرتها تعرضت للتضييق بعد فرارها، إذ فُصل أحد أشقائها من "
        "عمله ودوهم منزلها وعُبث بمحتوياته.",
        [E("defection", None, PL("دمشق", "Damascus", "Damascus"), None, "العقيد نهلة الشامي", GOV,
           note="page: https://alwatannews.net/ampArticle/31033 (published inferred: autumn 2012). She served and "
                "defected in Damascus («في العاصمة»); «قبل شهرين» fixes no day; the raid on her home is an undated "
                "harassment with no place of its own (no event)")])

passage("jf05", "2012-06-09", "SNHR blog (from Zaman al-Wasl)", "mortar shelling with a toll and breakdown",
        "أفادت الشبكة السورية لحقوق الإنسان بأن وحدات من الجيش وقوى الأمن السورية هاجمت مدينة درعا البلد بعنف، "
        "مستخدمة قذائف الهاون، وهي سلاح عشوائي غير موجه وفق الأعراف الدولية، إلى جانب الرشاشات الثقيلة، فسقطت "
        "القذائف على بيوت المدنيين. وأسفر القصف عن مقتل أكثر من 20 شخصاً، بينهم تسع نساء وثلاثة أطفال، وقد نشرت "
        "الشبكة أسماء الضحايا الذين وثقتهم، وكلهم من المدنيين.",
        [E("shelling", Q("أكثر من 20", 20, None, True), PL("درعا البلد", "Daraa al-Balad", "Daraa"), None,
           "الشبكة السورية لحقوق الإنسان", GOV,
           note="page: https://media.snhr.org/blog/2012/06/09/2980. Mortars and heavy machine guns: one shelling "
                "event; women and children are a breakdown; the text fixes no day")])

passage("jf06", "2013-02-12", "Ennahar (via djazairess), AFP/SOHR", "airbase taken, a recall with its own date",
        "انتزع مقاتلون معارضون اليوم الثلاثاء السيطرة على مطار حربي تابع للنظام في محافظة حلب، في سياق هجوم كبير يطال "
        "مطارات وثكنات أخرى شمالي سوريا. وأفاد المرصد السوري لحقوق الإنسان بأن مقاتلين من كتائب إسلامية عدة "
        "اقتحموا مطار الجراح العسكري على طريق حلب الرقة وبسطوا سيطرتهم الكاملة عليه، إثر معارك ضارية بدأت صباح "
        "الاثنين وأوقعت خمسة قتلى من المقاتلين. وسبق للمعارضة أن انتزعت مطار تفتناز العسكري بمحافظة "
        "إدلب في 11 كانون الثاني.",
        [E("territory_change", Q("خمسة", 5), PL("مطار الجراح العسكري", "Jarrah Airbase", "Aleppo"), "2013-02-12",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="page: https://djazairess.com/ennahar/147191. The airbase is the most specific place; the battle's "
                "dead go on the taking; the lead and the Observatory's sentence are one taking"),
         E("territory_change", None, PL("مطار تفتناز العسكري", "Taftanaz Airbase", "Idlib"), "2013-01-11", None, FSA,
           note="a recall with its own day: an event of its own, told by the outlet")])

passage("jf07", "2013-08-07", "Akhbar el-Yom (via masress), SOHR", "airbase taken after a months-long siege",
        "بعد أشهر من المعارك الطاحنة مع قوات النظام، سيطرت كتائب معارضة سورية على مطار منج العسكري بمحافظة حلب. "
        "وبحسب المرصد السوري لحقوق الإنسان، ضمت هذه الكتائب مقاتلين من «الدولة الإسلامية في العراق والشام» "
        "المرتبطة بالقاعدة، وقد انطلق الهجوم قبل يومين حين فجّر مقاتل سعودي عربة مدرعة عند مبنى القيادة. وأضاف أن "
        "المهاجمين استولوا على مبانٍ وقتلوا وأسروا عدداً من الضباط والجنود، فيما قُتل من صفوفهم عشرة على الأقل بينهم "
        "أجانب.",
        [E("territory_change", Q("عشرة", 10, None, True), PL("مطار منج العسكري", "Menagh Airbase", "Aleppo"), None,
           "المرصد السوري لحقوق الإنسان", FSA,
           note="page: https://www.masress.com/akhbarelyom/118688 (published inferred: the fall of Menagh, early "
                "August 2013). The lead has no source, the Observatory's next sentences come back to it (carried); "
                "the attackers' dead are the figure (the soldiers killed are unnumbered); the suicide blast opens the "
                "same assault (no event of its own); a coder may make the agent the Islamic State; no day is given")])

passage("jf08", "2014-12-09", "Al-Araby Al-Jadeed", "checkpoint attack, the dead of one side",
        "قُتل تسعة من عناصر قوات النظام السوري اليوم الثلاثاء في مواجهات مع فصائل معارضة مسلحة قرب مدينة صوران "
        "شمالي حماة. وأوضح الناشط الإعلامي سامي العمر لـ«العربي الجديد» أن القتال احتدم بين القوات النظامية ومقاتلي "
        "تجمع «أجناد الشام» حول حاجز الدورات الواقع على طريق صوران - معان، وأن العناصر التسعة قضوا حين استهدف "
        "المقاتلون عربتهم العسكرية، من دون أنباء عن خسائر في صفوف المهاجمين. في المقابل، قال عضو في «وكالة حماة "
        "الإخبارية» إن الهجوم على الحاجز هدف إلى انتزاعه لكنه فشل.",
        [E("armed_clash", Q("تسعة", 9), PL("صوران", "Souran", "Hama"), "2014-12-09", "الناشط الإعلامي سامي العمر", FSA,
           note="page: https://www.alaraby.co.uk/تسعة-قتلى-لقوات-النظام-باشتباكات-في-حماة. The activist's sentence "
                "comes back to the lead's clash (carried); the checkpoint is not a listed site and the road takes its "
                "first place; the failed attempt to take the checkpoint is no territory change")])

passage("jf09", "2014-10-07", "SNHR blog (from SMO)", "monthly massacre report with one dated massacre",
        "أصدرت الشبكة السورية لحقوق الإنسان اليوم الثلاثاء تقريراً جاء فيه أن قوات الأسد نفذت 25 مجزرة على الأقل خلال "
        "أيلول/سبتمبر الماضي، وأن كلاً من وحدات الحماية الكردية والتحالف الدولي ارتكب مجزرة واحدة بحق مدنيين. "
        "وتصدّر ريف دمشق القائمة بسبع مجازر تقريباً، كان أكبرها في دوما يوم 11 أيلول وراح ضحيتها 58 شخصاً، تلته "
        "حلب بست مجازر. وبحسب الشبكة، حصدت هذه المجازر أرواح قرابة 551 شخصاً، منهم 122 طفلاً و84 امرأة.",
        [E("casualties", Q("قرابة 551", 551, approx=True), None, "2014-09", "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate",
           note="page: https://media.snhr.org/blog/2014/10/07/3440/. The month's massacre toll, several perpetrators: "
                "casualties aggregate; the 25 massacres of one perpetrator and the per-governorate counts are a "
                "breakdown (a coder may code the 25 as its own aggregate)"),
         E("casualties", Q("58", 58), PL("دوما", "Douma", "Rif Dimashq"), "2014-09-11", "الشبكة السورية لحقوق الإنسان",
           None, note="the largest massacre, with its own day, place and toll; no act and no perpetrator named for it")])

passage("jf10", "2015-09-30", "Shahba Press", "first Russian raids: Hama and Homs countrysides",
        "نفذت الطائرات الروسية اليوم الأربعاء أولى ضرباتها في سوريا، وقال ناشطون إنها بدأت بقصف مناطق تسيطر عليها "
        "فصائل الثوار في ريف حماة الشمالي، مخلفة دماراً واسعاً وعدداً كبيراً من القتلى. ووفق مصادر إعلامية، أغارت "
        "أربع مقاتلات منطلقة من القاعدة الروسية في اللاذقية على مدينة اللطامنة مستهدفة مقرات للثوار وتجمعات للسكان. "
        "وفي ريف حمص، تحدث الناشطون عن مقتل ما يزيد على 35 شخصاً في ضربات روسية بصواريخ شديدة التدمير طالت الرستن "
        "وتلبيسة والزعفرانة والمكرمية والغنطو.",
        [E("airstrike", None, PL("اللطامنة", "Al-Lataminah", "Hama"), "2015-09-30", "مصادر إعلامية", RUS,
           note="page: https://shahbapress.net/archives/5790. The north Hama raids are the Latamneh raids (its own "
                "source); Latakia is where the jets took off; «عدداً كبيراً» is no figure"),
         E("airstrike", Q("ما يزيد على 35", 35, None, True), PL("الرستن", "Al-Rastan", "Homs"), "2015-09-30", "الناشطون",
           RUS, note="one act over five towns: a group at the first place; the day is the lead's")])

passage("jf11", "2016-08-17", "Enab Baladi", "Russian raids on a city, the civil defence's count",
        "لقي 20 مدنياً على الأقل حتفهم وجُرح العشرات عند الظهيرة اليوم الأربعاء 17 آب، في غارات شنها الطيران الروسي على "
        "مدينة إدلب، تركزت على محيط دوار «الكرة الأرضية» في وسطها وألحقت دماراً كبيراً بالمباني السكنية. وأفاد "
        "الدفاع المدني بأن فرقه ما زالت تعمل على إخراج القتلى والمصابين من تحت الركام، مرجحاً ارتفاع الحصيلة. وأحصى "
        "ناشطون في المحافظة قرابة 20 مدينة وبلدة وقرية طالها القصف الروسي منذ الصباح، بينها سراقب، إضافة إلى أربع "
        "قرى درزية في ناحية كفر تخاريم.",
        [E("airstrike", Q("20", 20, None, True), PL("إدلب", "Idlib", "Idlib"), "2016-08-17", "الدفاع المدني", RUS,
           note="page: https://enabbaladi.net/98234/. A roundabout is placed at its city; the civil defence's "
                "sentence comes back to the raid (its rescue, its toll): carried back"),
         E("airstrike", None, PL("سراقب", "Saraqib", "Idlib"), "2016-08-17", "ناشطون في المحافظة", RUS,
           note="the day's raids over about 20 places are one act tied to a list (group at the first named place); "
                "the 20 places and four villages are not a figure of strikes or dead")])

passage("jf12", "2016-10-08", "Syrian Mirror", "a night taking and a morning counter-attack",
        "هاجم تنظيم الدولة ليل الجمعة 7 تشرين الأول 2016 قرى وبلدات عدة في ريف حلب الشمالي، واستعاد بلدتي "
        "أخترين وتركمان بارح إلى جانب ثلاث قرى كان قد خسرها قبل فترة قصيرة. غير أن مقاتلي «درع الفرات» شنوا صباح اليوم "
        "هجوماً مضاداً أخرجوا فيه عناصر التنظيم من أخترين وتركمان بارح وقبتان والعزيزية ومزارع العلا، بعد مواجهات "
        "عنيفة مع المهاجمين. وبحسب ناشطين، قُتل في المعارك 13 عنصراً من التنظيم وجُرح ثلاثة من مقاتلي الفصائل.",
        [E("territory_change", None, PL("أخترين", "Akhtarin", "Aleppo"), "2016-10-07", None, IS,
           note="page: https://syrian-mirror.net/2016/11/09/فصائل-المعارضة-تستعيد-السيطرة-على-قرى (address as the "
                "tool gives it, shortened). The night taking over a list of places: a group at the first place"),
         E("territory_change", Q("13", 13), PL("أخترين", "Akhtarin", "Aleppo", nth=1), "2016-10-08", "ناشطين", FSA,
           note="the counter-attack retakes the places; the activists' toll is of these battles (carried back); the "
                "three wounded are not the figure; Euphrates Shield factions of 2016 coded as the opposition")])

passage("jf13", "2017-08-07", "Al-Araby Al-Jadeed (mirror)", "coalition raids on Raqqa, drownings of fleeing civilians",
        "لقي ثمانية عشر مدنياً مصرعهم وجُرح آخرون اليوم الاثنين في غارات شنتها طائرات التحالف الدولي واستهدفت أحياء في مدينة "
        "الرقة التي يسيطر عليها تنظيم «داعش» في شمال شرق سورية. وقالت حملة «الرقة تذبح بصمت» المعنية بتوثيق الانتهاكات إن "
        "حصيلة قصف التحالف و«قسد» على المدينة بلغت ثمانية عشر قتيلاً، إلى جانب ما يزيد على ثلاثين جريحاً. وفي صباح "
        "اليوم ذاته، غرق قرابة عشرة مدنيين في نهر الفرات أثناء فرارهم من القتال الدائر بين «قسد» و«داعش» داخل المدينة.",
        [E("airstrike", Q("ثمانية عشر", 18), PL("الرقة", "Raqqa", "Raqqa"), "2017-08-07", "حملة «الرقة تذبح بصمت»", COAL,
           note="page: https://aajae.co/politics/2017/8/7/مقتل-18-مدنيا-بقصف-للتحالف-و-قسد-على-الرقة. The campaign's "
                "sentence restates the lead's toll (one event, carried back); the SDF's shelling is folded into it by "
                "the page; the wounded are not the figure"),
         E("casualties", Q("قرابة عشرة", 10, approx=True), PL("الرقة", "Raqqa", "Raqqa"), "2017-08-07", None, None,
           note="drownings while fleeing: deaths with no act of violence; the river is no gazetteer place, the city "
                "is; told by the outlet")])

passage("jf14", "2017-02-07", "Syrian Mirror", "prisoner exchange through the Red Crescent",
        "أفرج نظام بشار الأسد اليوم الثلاثاء 7 شباط 2017 عن 55 امرأة وطفلاً من معتقليه، ضمن صفقة لتبادل "
        "الأسرى مع المعارضة أبرمت إثر مفاوضات بين قوات النظام والمؤسسة العامة لشؤون الأسرى. وقال ناشطون إن "
        "النظام يتسلم بموجبها نساء علويات أسرتهن الفصائل في معركة «أم المؤمنين عائشة» بالساحل في آب/أغسطس 2013. "
        "وجرى التبادل في قلعة المضيق بالريف الغربي لحماة تحت إشراف الهلال الأحمر، الذي تولى نقل المفرج عنهن إلى "
        "المناطق المحررة شمالاً.",
        [E("other", Q("55", 55), PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"), "2017-02-07", "ناشطون", None,
           note="page: https://syrian-mirror.net/2017/02/07/إطلاق-سراح-عشرات-المعتقلات-في-عملية-تبادل. A prisoner "
                "exchange: one other event, figure the first side numbered; the activists' sentence tells the deal's "
                "terms (same incident, carried back; a coder may leave the outlet); the 2013 capture on the coast is "
                "a month-level recall with no place finer than a region (not coded)")])

passage("jf15", "2017-12-06", "Smart (via microsyria)", "a repelled advance and a second clash",
        "قُتل عشرون عنصراً من قوات النظام السوري، بينهم ضابط، حين تصدت فصائل من الجيش السوري الحر مع كتائب إسلامية لهجوم فاشل "
        "شنته تلك القوات باتجاه قريتي بليل وربدة على بعد 49 كيلومتراً شمال شرق حماة. ونقل إعلام «هيئة تحرير "
        "الشام» عن قائد عسكري من «غرفة عمليات ريف حماة الشمالي» يكنى «أبو سعيد» أن المواجهات دامت ما يزيد على خمس "
        "ساعات مساء الثلاثاء وأُعطب فيها رشاش عيار 23 مم. كما قُتل أربعة عناصر آخرين للنظام الثلاثاء في معارك مع "
        "«تحرير الشام» قرب قريتي الشاكوسية والرهجان.",
        [E("armed_clash", Q("عشرون", 20), PL("بليل", "Balil", "Hama"), "2017-12-05", "قائد عسكري", GOV,
           note="page: https://microsyria.com/2017/12/06/عشرون-قتيلا-لقوات-النظام-باشتباكات-مع-الحر. The regime's "
                "failed advance (actor1 the attacker); the commander's sentence comes back to it (carried back); the "
                "calibre and the distance are not figures; two villages: a group at the first"),
         E("armed_clash", Q("أربعة", 4), PL("الشاكوسية", "Al-Shakusiya", "Hama"), "2017-12-05", "قائد عسكري", GOV,
           note="«كما قُتل» adds an act of the same kind with no source of its own: the commander's report carries "
                "(stop-32 carry of same-kind acts; a coder may leave the outlet); against HTS, a group at the first "
                "village")])

passage("jf16", "2018-03-18", "Smart (via microsyria)", "repelled advance, a tank destroyed, artillery on a village",
        "لقي عنصر في قوات النظام حتفه وأصيب عدد آخر اليوم الأحد خلال اشتباكات مع الجيش السوري الحر، أثناء محاولة "
        "القوات التقدم إلى الجنوب من مدينة حماة. وقال العقيد وائل حداد، الرجل الثاني في «الفيلق الرابع» التابع للحر، لـ«سمارت» إن القوات النظامية "
        "انطلقت من خنيفيس حيث تتمركز نحو قرية عيدون المجاورة، فاندلعت المواجهات. ودمّرت «فرقة 313» دبابة للنظام "
        "في جبل تقسيس بصاروخ مضاد للدروع، بحسب ناشطين محليين، ذكروا أيضاً أن مدفعية النظام وقذائف الهاون استهدفت "
        "قرية تلول الحمر وأصابت رجلاً مسناً.",
        [E("armed_clash", None, PL("عيدون", "Aydoun", "Hama"), "2018-03-18", "العقيد وائل حداد", GOV,
           note="page: https://microsyria.com/2018/03/18/قتيل-وجرحى-لقوات-النظام-باشتباكات-مع-الحر-جنوب-حماة. One "
                "killed, no numeral; the target village is the place (Khunayfis is where they set out from); the "
                "colonel's sentence comes back to the lead (carried)"),
         E("armed_clash", None, PL("جبل تقسيس", "Jabal Taqsis", "Hama"), None, "ناشطين محليين", FSA,
           note="a guided missile on a tank: an attack coded as a clash; no day is given for it"),
         E("shelling", None, PL("تلول الحمر", "Tlul al-Humr", "Hama"), None, "ناشطين محليين", GOV,
           note="only one man wounded: no figure; no day given")])

passage("jf17", "2018-07-12", "Daily Sabah Arabic (from SANA)", "a surrender deal for Daraa al-Balad",
        "أفادت وكالة «سانا» التابعة للنظام السوري، الأربعاء، بأن فصائل المعارضة المسلحة اتفقت مع القوات الروسية على "
        "أن تسلم المجموعات الموجودة في درعا البلد سلاحها. وبيّنت الوكالة أن الاتفاق يغطي درعا البلد وطريق السد والمخيم "
        "وسجنة والمنشية وغرز والصوامع، وأنه ينص على تسوية أوضاع من يرغب من المقاتلين وترحيل الرافضين إلى الشمال. "
        "ويسيطر النظام اليوم على قرابة 80 في المئة من المحافظة، مقابل نحو 15 في المئة للفصائل، فيما يبقى الجزء "
        "المتبقي بيد «فصيل خالد بن الوليد» الموالي لداعش.",
        [E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2018-07-11", "وكالة «سانا»", None,
           note="page: https://dailysabah.com/arabic/arab-world/2018/07/12/المعارضة-السورية-تتوصل-لاتفاق-مع-القوات-الروسية-حول-درعا. "
                "Two parties, no actor1; the quarters listed are the deal's scope (a group at the first); the "
                "hand-over and the transfers north are terms (future); the shares of control are a state")])

passage("jf18", "2019-12-27", "Halab Today TV", "displacement counts and a monthly toll",
        "أعلن فريق «منسقو استجابة سوريا» اليوم الجمعة في بيان أن ما يزيد على 2.147 عائلة (11.812 شخصاً) نزحت من "
        "ريف إدلب الجنوبي ولا سيما من معرة النعمان ومحيطها، هرباً من الحملة العسكرية التي يشنها النظام وروسيا. "
        "وأشار البيان إلى أن عدد النازحين منذ بداية الشهر بلغ 11.252 عائلة تضم 61.229 شخصاً توجهوا نحو مناطق أكثر "
        "أماناً، ودعا إلى فتح مراكز إيواء ومدارس ومخيمات على الفور. ووثق الفريق مقتل ما يزيد على 100 مدني، بينهم 37 "
        "طفلاً، في شمال غرب سوريا من مطلع الشهر حتى الخامس والعشرين منه.",
        [E("other", Q("ما يزيد على 2.147", 2147, None, True), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), None,
           "فريق «منسقو استجابة سوريا»", None,
           note="page: https://halabtodaytv.net/archives/115595 (published inferred from «اليوم الجمعة» and the toll "
                "to the 25th: Friday 27 December 2019). Displacement: other; the families are the figure, persons its "
                "gloss (dot as thousands separator, as the page writes it); the town is the finest origin"),
         E("other", Q("11.252", 11252), None, "2019-12", "البيان", None, kind="aggregate",
           note="the month's running total of displaced families"),
         E("casualties", Q("ما يزيد على 100", 100, None, True), PL("شمال غرب سوريا", "Northwest Syria"), "2019-12",
           "الفريق", None, kind="aggregate",
           note="a month's toll with no single act named; the children are a breakdown; the call for shelters is "
                "an appeal tied to the report (not coded as a statement)")])

passage("jf19", "2019-08-01", "Watan FM", "a prisoner exchange at a crossing",
        "أفرج نظام الأسد عن 15 معتقلاً من سجونه أمس الأربعاء 31 تموز، ضمن صفقة تبادل جرت بين قوات النظام وفصائل "
        "المعارضة بريف حلب، بحسب مراسل «وطن إف إم». وأوضح المراسل أن التبادل تم عند معبر أبو الزندين غرب مدينة الباب، إذ أطلق "
        "الجيش الوطني في المقابل سراح 14 موقوفاً لديه على صلة بالنظام. وتزامنت الصفقة مع عشية الجولة الثالثة عشرة من "
        "محادثات أستانا في نور سلطان، بحضور الضامنين الثلاثة تركيا وروسيا وإيران.",
        [E("other", Q("15", 15), PL("معبر أبو الزندين", "Abu al-Zandin crossing", "Aleppo"), "2019-07-31",
           "مراسل «وطن إف إم»", None,
           note="page: https://watan.fm/news/syria-news/128131. A prisoner exchange: one other event, no total, the "
                "first side numbered; the crossing is the most specific place; the Astana round is background")])

passage("jf20", "2019-12-08", "Makkah newspaper (AFP, SOHR)", "a day's raised toll over five villages",
        "بلغ عدد المدنيين الذين قضوا في غارات الطائرات الحربية السورية والروسية على مناطق من محافظة إدلب 20 قتيلاً، "
        "وفق المرصد السوري لحقوق الإنسان، بينهم تسعة أطفال، فيما أصيب قرابة 43 آخرين في الضربات التي طالت خمس قرى. "
        "وأوضح المرصد أن غارة روسية على سوق في قرية بليون قتلت تسعة أشخاص على الأقل، وأن ضربة على البارة قتلت أربعة، "
        "بينما قضى خمسة ببراميل ألقتها مروحيات النظام على أبديتا، واثنان في هجوم مشابه على بجغاص وتلمنس.",
        [E("airstrike", Q("20", 20), PL("إدلب", "Idlib", "Idlib"), None, "المرصد السوري لحقوق الإنسان", None,
           kind="aggregate",
           note="page: https://makkahnewspaper.com/article/1117927/العالم/ارتاع-ضحايا-غارات-روسيا-على-إدلب-إلى-20-قتيلا. "
                "The raised total over the raids of five villages (one cause): an airstrike aggregate at the "
                "province; the incidents below are its parts; no day is written"),
         E("airstrike", Q("تسعة", 9, None, True, nth=1), PL("بليون", "Balyun", "Idlib"), None, "المرصد", RUS,
           note="a market is placed at its village"),
         E("airstrike", Q("أربعة", 4), PL("البارة", "Al-Bara", "Idlib"), None, "المرصد", None,
           note="the page names no force for this strike"),
         E("airstrike", Q("خمسة", 5), PL("أبديتا", "Abdita", "Idlib"), None, "المرصد", GOV,
           note="helicopter barrels"),
         E("airstrike", Q("اثنان", 2), PL("بجغاص", "Bjghas", "Idlib"), None, "المرصد", GOV,
           note="one attack over two villages: a group at the first")])

passage("jf21", "2020-02-03", "Reuters (via Al-Weeam)", "Turkish soldiers killed, Turkey hits back",
        "أعلنت وزارة الدفاع التركية اليوم الاثنين مقتل أربعة من جنودها وإصابة تسعة آخرين، أحدهم في حالة خطرة، جراء "
        "قصف مصدره قوات الحكومة السورية استهدفهم في منطقة إدلب شمال غربي سوريا. وأضافت الوزارة أن القوات التركية ردت باستهداف "
        "مواقع في المنطقة ودمرتها، مؤكدة أن القوات السورية أقدمت على القصف رغم إبلاغها المسبق بأماكن انتشار الجنود "
        "الأتراك.",
        [E("shelling", Q("أربعة", 4), PL("إدلب", "Idlib", "Idlib"), "2020-02-03", "وزارة الدفاع التركية", GOV,
           note="page: https://sauress.com/alweeam/640178. The injured are not the figure; «منطقة إدلب» is the "
                "area, coded at Idlib"),
         E("shelling", None, PL("إدلب", "Idlib", "Idlib"), "2020-02-03", "الوزارة", TUR,
           note="Turkey's retaliation, told by its ministry («وأضافت»); the weapon is unstated (coded as fire from "
                "the ground); a coder may fold it into the first event")])

passage("jf22", "2020-12-31", "Enab Baladi", "an officer and five soldiers shot dead",
        "قُتل مقدم في قوات النظام السوري وخمسة من عناصره اليوم الخميس 31 كانون الأول بإطلاق نار في ريف درعا "
        "الغربي. ونقل مراسل قناة «سما» الموالية عبر «فيس بوك» أن الضابط ينتمي إلى «الفرقة الرابعة» التي يقودها شقيق "
        "رئيس النظام، وأنه قُتل مع عناصره في بلدة تسيل. وبحسب صفحة «درعا 24» المحلية، استهدف مسلحون سيارة عسكرية "
        "للفرقة على طريق سحم الجولان - تسيل، ما أودى بالمقدم ناصر حمدان، قائد «الكتيبة 641» التي تضم عناصر التسويات "
        "في المنطقة.",
        [E("armed_clash", Q("خمسة", 5), PL("تسيل", "Tasil", "Daraa"), "2020-12-31", "مراسل قناة «سما»", UNK,
           note="page: https://www.enabbaladi.net/444610/. Gunmen's killing: armed_clash; the text writes five (the "
                "officer makes six, unwritten); the reporter names the town of the killing (the road sentence's first "
                "place, Sahm al-Jawlan, is the other reading); the unit numbers are names")])

passage("jf23", "2021-10-20", "Al Jazeera Mubasher (from SANA)", "bus bombing in Damascus, background tolls",
        "أفادت وكالة الأنباء الرسمية «سانا» بمقتل 14 شخصاً وجرح آخرين حين انفجرت عبوتان ناسفتان كانتا "
        "مثبتتين مسبقاً على حافلة مبيت عسكرية أثناء مرورها في دمشق. وذكرت الوكالة أن وحدات الهندسة فككت عبوة ثالثة "
        "كانت قد وقعت من الحافلة بعد التفجير. وتعرضت مركبات للجيش في شرق البلاد لهجمات عدة هذا العام يُرجح أن مسلحين من "
        "تنظيم الدولة نفذوها. وتقدر الأمم المتحدة أن الحرب أودت خلال عشر سنوات بحياة ما لا يقل عن 350 ألف شخص.",
        [E("explosion", Q("14", 14), PL("دمشق", "Damascus", "Damascus"), None,
           "وكالة الأنباء الرسمية «سانا»", UNK,
           note="page: https://mubasher.aljazeera.net/news/politics/2021/10/20/سوريا-14-قتيلا-في-تفجير-حافلة-عسكرية. "
                "The text writes no day; the defused third device is part of the same act; the year's attacks in the "
                "east are vague background"),
         E("casualties", Q("ما لا يقل عن 350 ألف", 350000, None, True), None, None, "الأمم المتحدة", None, kind="aggregate",
           note="the war's running toll, no act named")])

passage("jf24", "2021-09-01", "Sputnik (via Pakistan Point)", "a settlement deal carried out, with a recalled exit",
        "قال مصدر أمني سوري في تصريح لـ«سبوتنيك» إن تنفيذ التسوية المتفق عليها بين الحكومة والمسلحين في درعا البلد بدأ "
        "اليوم الأربعاء، في إطار اتفاق يقضي بنقل الرافضين لها إلى شمال البلاد. وأوضح المصدر أن نقطة لتسوية الأوضاع "
        "وتسلم السلاح افتُتحت في الحي، وأن الاتفاق الذي أُبرم أمس يتضمن دخول الشرطة العسكرية الروسية وإقامة نقاط "
        "مشتركة. وأشار إلى أن 22 مسلحاً سووا أوضاعهم وسلموا 8 قطع سلاح فردي، لافتاً إلى مغادرة 53 مسلحاً برفقة أسرهم "
        "درعا البلد يوم الخميس قبل الماضي.",
        [E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-08-31", "مصدر أمني سوري", None,
           note="page: https://www.pakistanpoint.com/ar/news/syria/story-1340169.html. The deal reached yesterday; "
                "its terms are future; two parties, no actor1"),
         E("other", Q("22", 22), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-01", "مصدر أمني سوري", None,
           note="status settlements of the day (as set 1 p43); the eight weapons handed over are part of it"),
         E("other", Q("53", 53), PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=1), "2021-08-19", "مصدر أمني سوري",
           None, note="a recalled departure with its own day (Thursday before last from Wednesday 1 September); an "
                      "evacuation is other")])

passage("jf25", "2022-10-23", "Syria Press (from Sawt al-Asima)", "a raid and arrest campaign after a bus bombing",
        "على مدى الأيام الفائتة، اقتحمت قوات النظام السوري عشرات البيوت في الصبورة بريف دمشق الغربي، في حملة تفتيش "
        "واعتقال لم تتوقف بعد. وأورد موقع «صوت العاصمة» نقلاً عن مصادر محلية، أمس السبت، أن أكثر من 30 شخصاً، غالبيتهم "
        "مزارعون، اعتُقلوا خلال الحملة التي تنفذها دوريات مشتركة من الأمن العسكري والفرقة الرابعة. وبحسب المصادر، "
        "انطلقت المداهمات صباح الأربعاء 19 تشرين الأول وترافقت مع حواجز مؤقتة لتفتيش المارة، وذلك بعد أيام من تفجير "
        "حافلة للنظام أوقع 18 قتيلاً من الفرقة الرابعة.",
        [E("arrest", Q("أكثر من 30", 30, None, True), PL("الصبورة", "Al-Sabboura", "Rif Dimashq"), "2022-10-19",
           "مصادر محلية", GOV,
           note="page: https://syria-press.com/حملة-اعتقالات-تطال-30-شخصاً-في-ريف-دمشق. One campaign over days: "
                "dated at its start; the lead's raids are the same campaign; «عشرات المنازل» is no figure; the recalled bus "
                "bombing (18 dead) has no day («بعد أيام»): a recap with no day is no event (set conventions)")])

passage("jf26", "2022-04-30", "Alsouria.net (from Tajammu Ahrar Horan)", "a day's assassinations in Daraa",
        "سجلت محافظة درعا خلال الساعات الأربع والعشرين الأخيرة ثماني عمليات ومحاولات اغتيال، وفق ما وثقته مصادر "
        "محلية، طالت قادة سابقين في المعارضة ومدنيين وعناصر من قوات النظام. وقال «تجمع أحرار حوران» اليوم السبت إن "
        "الشاب رامي الحسن قُتل ليل أمس بنيران مسلحين مجهولين في جاسم شمالي المحافظة، وهو شقيق رئيس سابق لمحكمة "
        "دار العدل في حوران اغتيل قبل سنوات. ولاحقاً لقي الشاب وسيم النجار مصرعه إثر إطلاق مجهولين النار عليه في طفس بالريف الغربي.",
        [E("armed_clash", Q("ثماني", 8), PL("درعا", "Daraa", "Daraa"), None, "مصادر محلية", UNK, kind="aggregate",
           note="page: https://alsouria.net/?p=84599. The day's count of assassinations and attempts (one cause): "
                "an aggregate of that type; «محافظة درعا» is the province"),
         E("armed_clash", None, PL("جاسم", "Jasim", "Daraa"), "2022-04-29", "تجمع أحرار حوران", UNK,
           note="gunmen's killing; the brother's old assassination is undated (no event)"),
         E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), None, "تجمع أحرار حوران", UNK,
           note="a same-kind act after the group's report: carried; «ولاحقاً» fixes no day")])

passage("jf27", "2023-04-14", "Al-Fajr news", "Turkish drone strike, a dated recall, a yearly count",
        "قُتل اثنان على الأقل من عناصر «قسد» في ساعات فجر الجمعة 14 نيسان، حين أطلقت مسيّرة تركية صاروخاً على "
        "سيارة «جيب» كانت تقلهما قرب دوار نصيبين على المتحلق الشمالي لمدينة القامشلي، بالقرب من الحدود مع تركيا، وفق "
        "مصادر محلية من ريف الحسكة. وكانت ضربة مماثلة قد قتلت اثنين آخرين من «قسد» بالقرب من التنورية الواقعة على طريق "
        "القامشلي - القحطانية في 22 شباط/فبراير الماضي. ومنذ بداية 2023، نفذت المسيرات التركية 12 ضربة في مناطق "
        "«قسد»، معظمها في ريف الحسكة.",
        [E("airstrike", Q("اثنان", 2, None, True), PL("القامشلي", "Qamishli", "Al-Hasakah"), "2023-04-14",
           "مصادر محلية من ريف الحسكة", TUR,
           note="page: https://alfajr-news.com/en/مقتل-مسلحين-اثنين-في-استهداف-جوي-تركي-ج (address shortened). A "
                "roundabout is placed at its city; the border is not the place"),
         E("airstrike", Q("اثنين", 2), PL("التنورية", "Al-Tannuriyah", "Al-Hasakah"), "2023-02-22", None, TUR,
           note="a recall with its own day: its own event, the outlet's («وكانت»)"),
         E("airstrike", Q("12", 12), None, None, None, TUR, kind="aggregate",
           note="the year's count of drone strikes; the province is where most fell, not the place of all")])

passage("jf28", "2023-01-24", "Damas Post", "raids and arrests in a town, a reporter's item",
        "دهمت قوات نظام الأسد بلدة جديدة عرطوز في ريف دمشق الغربي يوم الاثنين 23 من كانون الثاني، بحسب مراسل "
        "«داماس بوست» في المنطقة. وأوضح المراسل أن دوريتين من فرع الأمن العسكري فتشتا منازل ومحال تجارية قرب "
        "مبنى البلدية، ونشرتا حواجز طيارة لتدقيق هويات المارة، ما أسفر عن توقيف 7 أشخاص بينهم قاصر في الخامسة عشرة "
        "من دون معرفة الأسباب. وسبق ذلك بأيام حملة مداهمات واسعة نفذتها المخابرات في بلدة الهامة المجاورة.",
        [E("arrest", Q("7", 7), PL("جديدة عرطوز", "Jdeidet Artouz", "Rif Dimashq"), "2023-01-23",
           "مراسل «داماس بوست»", GOV,
           note="page: https://damaspost2.com/حملة-دهم-واعتقالات-تشنها-قوات-نظام-الأ (published inferred: the day "
                "after the raid). The minor's age is not a figure; the earlier campaign in al-Hameh has no day and "
                "no count (not coded)")])

passage("jf29", "2023-12-02", "Eye of Euphrates", "killings in an arrest raid, tribal attacks, a call to arms",
        "يسود توتر واسع قرى وبلدات ريف دير الزور الواقعة تحت سيطرة «قسد»، في ظل تواصل المواجهات بينها وبين قوات "
        "العشائر. وقالت مصادر محلية تحدثت إلى شبكة «عين الفرات» إن الاحتقان تصاعد بعد أن قُتل رجلان، بينهما شقيق لشيخ عشيرة "
        "المناصرة، حين حاولت «قسد» اعتقالهما في بلدة الكسرة غرب دير الزور، فهاجم ذوو القتيلين مقرات لها في البلدة على "
        "الفور. وأعلن الشيخ حمود الفارس، شيخ عشيرة العقيدات، إثر ذلك النفير العام، فيما هاجم مقاتلو العشائر مواقع "
        "«قسد» في الشحيل والجرذي واندلعت اشتباكات عنيفة.",
        [E("casualties", None, PL("الكسرة", "Al-Kasra", "Deir ez-Zor"), None, "مصادر محلية", SDF,
           note="page: https://eyeofeuphrates.com/ar/news/2023/12/02/10264. A known force killing two men in an "
                "arrest attempt: violence against civilians (casualties); a dual noun is no figure; no day written"),
         E("armed_clash", None, PL("الكسرة", "Al-Kasra", "Deir ez-Zor"), None, "مصادر محلية", TRIBES,
           note="the relatives' attack on the SDF's posts in the town"),
         E("statement", None, None, None, "الشيخ حمود الفارس", TRIBES,
           note="a call for general mobilisation (stop-32 statement)"),
         E("armed_clash", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), None, "مصادر محلية", TRIBES,
           note="tribal attacks on two towns: a group at the first; no source of its own in the «فيما» clause, it "
                "goes on with the local sources' report; the lead's ongoing clashes are a state")])

passage("jf30", "2024-11-28", "Al Jazeera Mubasher", "the first day of an offensive: villages and a base",
        "انتزعت فصائل المعارضة السورية، الأربعاء، السيطرة على 32 موقعاً وقرية في الريف الغربي لحلب بعد معارك مع قوات "
        "النظام، ضمن عملية عسكرية سمّتها «ردع العدوان»، وهو أول تقدم بهذا الحجم منذ ما يزيد على أربع سنوات. ومن أبرز ما "
        "سيطرت عليه في الساعات الأولى قرية الشيخ عقيل وقبتان الجبل وبلدة عينجارة ومقر الفوج 46، قبل أن تتقدم إلى "
        "الهوتة وأورم الكبرى وكفرناها. وبذلك بلغت المساحة التي انتزعتها المعارضة 245 كيلومتراً مربعاً، وباتت على "
        "مسافة خمسة كيلومترات من مدينة حلب.",
        [E("territory_change", Q("32", 32), PL("الشيخ عقيل", "Sheikh Aqil", "Aleppo"), "2024-11-27", None, FSA,
           note="page: https://www.aljazeeramubasher.net/news/politics/2024/11/28/ردع-العدوان-المعارضة-السورية-تتقدم. "
                "One day's takings tied to a list of places: one group, first named place (the region, the base "
                "«الفوج 46» and the other villages are members); the area and distance are measures; before 8 "
                "December 2024 the operations room is the opposition")])

passage("jf31", "2024-12-01", "Enab Baladi", "an operations room's announcement of takings and directives",
        "تواصل فصائل المعارضة بسط سيطرتها على مدينة حلب ومحيطها في اليوم الخامس لعملية «ردع العدوان» والثاني لعملية "
        "«فجر الحرية». فقد أعلنت «إدارة العمليات العسكرية» اليوم الأحد 1 كانون الأول أنها سيطرت على «الأكاديمية "
        "العسكرية» وعلى منطقة الشيخ نجار الصناعية، إضافة إلى مدينة خناصر جنوب حلب، لتصبح معظم أحياء المدينة "
        "بيدها عدا الشيخ مقصود والأشرفية وبني زيد الخاضعة لـ«قسد». كما أصدرت الإدارة تعميمات لتنظيم شؤون المدينة "
        "ومنع الفوضى وحماية السكان.",
        [E("territory_change", None, PL("الأكاديمية العسكرية", "Military Academy (Aleppo)", "Aleppo"), "2024-12-01",
           "إدارة العمليات العسكرية", FSA,
           note="page: https://enabbaladi.net/726649/المعارضة-تستكمل-سيطرتها-في-حلب. One announcement over a list "
                "(the academy, the industrial zone of al-Sheikh Najjar, Khanasser): a group at the first, a listed "
                "military site; the quarters held by the SDF are a state; the ordinals of the operations are days"),
         E("statement", None, PL("حلب", "Aleppo", "Aleppo"), "2024-12-01", "الإدارة", FSA,
           note="the command's directives for the city: a decision of a named body (stop-32 statement); a coder "
                "may leave it out as administrative")])

passage("jf32", "2025-10-27", "Webmanagercenter (AFP)", "bomb on a police car, two tellings",
        "دوّى انفجار عبوة ناسفة اليوم الاثنين بسيارة تتبع لوزارة الداخلية السورية في بانياس الساحلية التابعة لمحافظة طرطوس، من "
        "دون أن يصاب أحد، وفق الإعلام السوري ومرصد حقوقي. ونقلت وكالة «سانا» عن مصدر أمني في طرطوس أن العبوة كانت "
        "مثبتة على سيارة شرطة متوقفة قرب المخفر، وأن الخسائر اقتصرت على الماديات. أما المرصد السوري لحقوق الإنسان "
        "فتحدث عن انفجار قوي انطلق من جهة الكورنيش الجنوبي بمحاذاة مدخل مستودع بانياس، أعقبه احتراق سيارة بجوار مركز الشرطة.",
        [E("explosion", None, PL("بانياس", "Baniyas", "Tartus"), "2025-10-27", "الإعلام السوري", UNK,
           note="page: https://ar.webmanagercenter.com/2025/10/27/410309/. One blast told by the state media and by "
                "the Observatory (one event, the lead's own source); no casualties, no figure")])

passage("jf33", "2025-08-17", "Al-Ittihad (AFP)", "a car bomb with no casualties in the capital",
        "انفجرت السبت عبوة ناسفة داخل سيارة في دمشق دون أن توقع إصابات، بحسب ما ذكرته وسائل الإعلام الرسمية. وكانت "
        "وكالة «سانا» قد أشارت أولاً إلى دويّ انفجار في حي المزة، الذي يضم سفارات ومكاتب أممية، ثم نقلت عن قائد "
        "الأمن الداخلي بدمشق أن العبوة زُرعت في سيارة قديمة متروكة منذ مدة طويلة، وأن الحادث لم يخلّف أضراراً "
        "بشرية أو مادية، فيما تمشط الوحدات المختصة المكان.",
        [E("explosion", None, PL("المزة", "Mezzeh", "Damascus"), "2025-08-16", "وسائل الإعلام الرسمية", UNK,
           note="page: https://www.aletihad.ae/news/عربي-ودولي/4598397/انفجار-سيارة-في-دمشق (published 17 August "
                "2025, 00:09). «السبت» is the Saturday before publication; the quarter is the finest place")])

passage("jf34", "2025-03-17", "Al-Masry Al-Aan", "border clashes with Hezbollah, tolls of both sides",
        "اندلعت منذ مساء الأحد مواجهات عنيفة على الحدود السورية اللبنانية بين الجيش السوري ومسلحين من حزب الله، في "
        "تصعيد جديد بالمنطقة. وبحسب وسائل إعلام عربية، ارتفع عدد الجنود السوريين القتلى إلى ستة، في حين قُتل شخصان "
        "على الجانب اللبناني، مع استمرار تبادل النار على أكثر من محور. وقال عمر الخطيب، الذي يقود العمليات العسكرية "
        "السورية في المنطقة الحدودية مع لبنان، إن مجموعة تابعة للحزب اخترقت الحدود وقتلت عدداً من الجنود، مؤكداً أن جثامينهم "
        "استُعيدت عبر الجيش اللبناني وأن تعزيزات دُفعت لتأمين المنطقة.",
        [E("armed_clash", Q("ستة", 6), None, "2025-03-16", "وسائل إعلام عربية", None,
           note="page: https://almsryalaan.com/article/23304/. No total of both sides: the first side numbered (the "
                "two Lebanese dead are a dual noun); the border names no place; two sides, the Syrian commander "
                "blames Hezbollah (actor1 left open); the commander's account is the same clash"),
         E("reinforcement", None, None, None, "عمر الخطيب", NEWGOV,
           note="reinforcements sent to the border area, told by the commander; no place, no day")])

# jf35 dropped by the lead before any run: its page is one set 64 (seen) paraphrased too.


passage("jf36", "2025-12-30", "Essabq (Al-Ikhbariya, Anadolu)", "arrests after an attack on guarded protests",
        "اعتقلت قوات الأمن السورية الثلاثاء 21 شخصاً من فلول نظام الأسد في مدينة اللاذقية، قالت إنهم ضالعون في جرائم "
        "وفي التحريض الطائفي. ونسبت قناة «الإخبارية» الرسمية الإعلان إلى قيادة الأمن الداخلي باللاذقية، مضيفة أن "
        "الموقوفين استهدفوا عناصر الأمن، من دون تفاصيل أخرى. ويأتي ذلك بينما يسري حظر تجول ليلي في المدينة، بعد أن "
        "هاجم مسلحون الأحد عناصر أمن كانوا يحمون مظاهرات تطالب بـ«الفيدرالية» في مدن الساحل ووسط البلاد، ما أسفر عن "
        "مقتل 4 وإصابة 108 بين عناصر الأمن والمدنيين.",
        [E("arrest", Q("21", 21), PL("اللاذقية", "Latakia", "Latakia"), "2025-12-30", "قناة «الإخبارية»", NEWGOV,
           note="page: https://essabq.info/node/20812 (published inferred: the Tuesday after the Sunday protests of "
                "late December 2025). The channel's sentence comes back to the arrests (carried back); the curfew "
                "is a state"),
         E("armed_clash", Q("4", 4), None, "2025-12-28", None, UNK,
           note="the recalled Sunday attack on the security men guarding the protests (outlet's recall «ويأتي "
                "ذلك»); several cities, none named: no place; the 108 wounded are not the figure"),
         E("protest", None, None, "2025-12-28", None, PROT,
           note="the federalism protests of that Sunday, no crowd figure, no named city; a coder may fold the "
                "attack's dead into the protest (stop-30 fire on a protest) and code one event")])


def main() -> None:
    write("gold74.jsonl", P74)


if __name__ == "__main__":
    main()
