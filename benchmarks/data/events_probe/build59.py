"""Build gold59.jsonl: development set 59 (ids ef01…), written in stop 31 by helper w59 BEFORE any run on it.

The wire agencies and the pan-Arab papers as Arab portals relay them: Reuters («بيروت/عمان (رويترز) -», «يوم
الاثنين», «ولم يتسن لرويترز التحقق»), AFP («(أ ف ب)», «قال … لوكالة فرانس برس»), AP («(أ ب)»), DPA («(د ب أ)»),
KUNA («عمان - 13 - 9 (كونا) --», «(النهاية)»), Xinhua («دمشق 11 يونيو 2013 (شينخوا)», «اليوم (الثلاثاء)»),
Anadolu («أنقرة/ الأناضول», «تحييد»), Asharq Al-Awsat, Al-Quds Al-Arabi, Al-Araby Al-Jadeed, Independent Arabia
(«أبريل (نيسان)») and Al-Hayat; years 2011-2025. Datelines, seats, backers, venues and destinations name places
that are not the event's; background paragraphs recall older acts («وكان … قد»); sources come first, last or in
the next sentence. The phrasing was read in real Arabic pages (the search tool's `pages` corpus, about twenty
queries), never copied; people, villages, figures and dates are invented or varied, towns are real. Gold follows
the events_probe README's conventions (stops 28-30). Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build59.py      # rewrites gold59.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P59: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P59.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("ef01", "2011-04-22", "Reuters", "Amman dateline; a Friday protest fired on, a second protest in Homs",
        "عمان (رويترز) - قال شهود ونشطاء حقوقيون إن قوات الأمن السورية أطلقت الرصاص الحي يوم الجمعة على آلاف "
        "المحتجين الذين خرجوا من المساجد في بلدة إزرع بمحافظة درعا، ما أسفر عن مقتل 11 شخصاً على الأقل. وفي "
        "مدينة حمص قال سكان إن مئات تجمعوا في ساحة رئيسية مرددين هتافات تطالب بالحرية قبل أن تفرقهم الشرطة "
        "بالهراوات. ولم يتسن لرويترز التحقق من هذه الروايات بشكل مستقل.",
        [E("protest", Q("آلاف", 2000, 9000, True), PL("إزرع", "Izra", "Daraa"), "2011-04-22",
           "شهود ونشطاء حقوقيون", PROT,
           note="fire on a protest: the 11 dead are its fatalities; the figure is the crowd the text numbers; "
                "Amman is the dateline"),
         E("protest", Q("مئات", 200, 900, True), PL("حمص", "Homs", "Homs"), "2011-04-22", "سكان", PROT,
           note="a square is placed at its city; the Friday carries over from the first sentence (a second coder "
                "might leave the date to publication, the same day)")])

passage("ef02", "2011-08-01", "AFP", "Nicosia dateline; SOHR's director to AFP; the official agency's telling",
        "نيقوسيا (أ ف ب) - قال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن لوكالة فرانس برس إن 24 مدنياً "
        "على الأقل قتلوا أمس الأحد عندما اقتحمت دبابات الجيش مدينة حماة وقصفت أحياءها الشمالية بالرشاشات "
        "الثقيلة. في المقابل، ذكرت وكالة الأنباء الرسمية (سانا) أن وحدات الجيش دخلت المدينة لإزالة حواجز أقامها "
        "«مسلحون» أحرقوا مراكز للشرطة. ويتخذ المرصد من لندن مقراً له.",
        [E("shelling", Q("24", 24, None, True), PL("حماة", "Hama", "Hama"), "2011-07-31",
           "مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن", GOV,
           note="tanks storming and firing on a city: shelling (a second coder might say armed_clash); SANA's "
                "account is the other side's telling of the same act; Nicosia is the dateline, London the seat")])

passage("ef03", "2012-06-25", "Al-Hayat (Anadolu)", "Al-Hayat relays Anadolu: a group defection crossing into "
        "Hatay; a running total of generals in Turkey",
        "أنقرة – «الحياة»\n"
        "ذكرت وكالة أنباء الأناضول التركية أن 27 عسكرياً سورياً، بينهم ضابط برتبة لواء وعقيدان، انشقوا عن الجيش "
        "النظامي ولجأوا مع عائلاتهم إلى تركيا ليل الأحد، بعدما عبروا الحدود قرب بلدة الريحانية في محافظة هاتاي. "
        "ونقلت السلطات التركية المنشقين إلى مخيم أبايدين المخصص للعسكريين. وبذلك يرتفع إلى 15 عدد الضباط برتبة "
        "لواء الذين لجأوا إلى الأراضي التركية منذ بدء الأزمة.",
        [E("defection", Q("27", 27), PL("الريحانية", "Reyhanli", None, "Turkey"), "2012-06-24",
           "وكالة أنباء الأناضول التركية", GOV,
           note="the crossing point is the place (the text names no place at home); the general and colonels are a "
                "breakdown; the camp is a destination; Ankara is the dateline"),
         E("defection", Q("15", 15), None, None, "وكالة أنباء الأناضول التركية", GOV, kind="aggregate",
           note="a running total of generals residing in Turkey: no place (convention a); «وبذلك يرتفع» goes on "
                "with Anadolu's report")])

passage("ef04", "2012-09-13", "KUNA", "KUNA dateline with day-month numbers; a raid on a bakery; a vaguer raid",
        "عمان - 13 - 9 (كونا) -- قتل 19 شخصاً بينهم سبعة أطفال اليوم الخميس جراء غارة شنتها طائرة حربية تابعة "
        "للقوات النظامية السورية على مخبز في بلدة مارع بريف حلب الشمالي وفق ما أفادت به الهيئة العامة للثورة "
        "السورية. وأضافت الهيئة أن الطيران المروحي ألقى قنابل على أحياء في مدينة حلب مساء اليوم نفسه دون أن ترد "
        "أنباء عن ضحايا. (النهاية) م ع ر",
        [E("airstrike", Q("19", 19), PL("مارع", "Mare'", "Aleppo"), "2012-09-13", "الهيئة العامة للثورة السورية",
           GOV, note="a bakery is placed at its town; the children are a breakdown; «13 - 9» is the dateline's date"),
         E("airstrike", None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2012-09-13", "الهيئة", GOV,
           note="helicopters over unnamed districts of Aleppo city: a second raid, no figure")])

passage("ef05", "2013-06-11", "Xinhua", "Xinhua dateline and weekday in brackets; a car bomb; blame as a habit",
        "دمشق 11 يونيو 2013 (شينخوا) قتل 9 أشخاص وأصيب 27 آخرون بجروح اليوم (الثلاثاء) في انفجار سيارة مفخخة "
        "قرب ساحة السيوف في مدينة جرمانا بريف دمشق، حسبما ذكر التلفزيون السوري الرسمي. وأوضح التلفزيون أن "
        "الانفجار وقع في ساعة الذروة الصباحية وألحق أضرارا كبيرة بالمحلات التجارية. ولم تعلن أي جهة مسؤوليتها "
        "عن التفجير حتى الآن، فيما تحمّل الحكومة السورية «الجماعات الإرهابية» مسؤولية مثل هذه الهجمات.",
        [E("explosion", Q("9", 9), PL("جرمانا", "Jaramana", "Rif Dimashq"), "2013-06-11",
           "التلفزيون السوري الرسمي", None,
           note="a square is placed at its town; the 27 wounded are not the figure; nobody claimed it and the "
                "government's blame is a habit, so no agent")])

passage("ef06", "2013-08-07", "Asharq Al-Awsat", "an airbase taken two days earlier; its toll told by a commander "
        "in the next sentence; a withdrawal destination and an aim",
        "بيروت: «الشرق الأوسط»\n"
        "سيطرت كتائب من المعارضة المسلحة أول من أمس على مطار منغ العسكري في ريف حلب الشمالي بعد حصار استمر "
        "قرابة عشرة أشهر، بحسب ما أعلنه المرصد السوري لحقوق الإنسان. وقال قيادي ميداني لـ«الشرق الأوسط» إن "
        "المعارك الأخيرة أسفرت عن مقتل 14 عنصراً من حامية المطار وأسر آخرين، في حين انسحب من تبقى منهم نحو بلدة "
        "نبّل. وتسعى الفصائل منذ أشهر إلى السيطرة على مطار كويرس العسكري شرق حلب.",
        [E("territory_change", Q("14", 14), PL("مطار منغ العسكري", "Menagh military airbase", "Aleppo"),
           "2013-08-05", "المرصد السوري لحقوق الإنسان", FSA,
           note="the battle's dead belong to the taking; the taking's own sentence names SOHR, so SOHR stays the "
                "source (a second coder might name the commander, who gives the figure); Nubl is a destination, "
                "Kuweires an aim")])

passage("ef07", "2014-08-12", "DPA", "DPA relays SOHR: mass executions of a tribe's men over two days",
        "بيروت (د ب أ) - ذكر المرصد السوري لحقوق الإنسان، اليوم الثلاثاء، أن تنظيم «الدولة الإسلامية» أعدم 38 "
        "رجلاً من أبناء عشيرة الشعيطات في بلدة غرانيج بريف دير الزور الشرقي خلال اليومين الماضيين، وقطع رؤوس "
        "عدد منهم. وأوضح المرصد أن التنظيم يلاحق أبناء العشيرة منذ أن حملوا السلاح ضده مطلع الشهر الجاري، ويتهمهم "
        "بالردة.",
        [E("casualties", Q("38", 38), PL("غرانيج", "Gharanij", "Deir ez-Zor"), None, "المرصد السوري لحقوق الإنسان",
           IS, note="executions with no fight are casualties; «خلال اليومين الماضيين» fixes no day; the pursuit is a "
                    "habit and the uprising background with no day")])

passage("ef08", "2014-05-18", "Al-Quds Al-Arabi", "barrels on two districts; the official agency's mortar toll "
        "the same day",
        "حلب – «القدس العربي»: قُتل 17 مدنياً على الأقل، بينهم أربع نساء، أمس السبت جراء إلقاء مروحيات النظام "
        "براميل متفجرة على حيي الشعار وقاضي عسكر في الجزء الشرقي من مدينة حلب، وفق ما أفاد الدفاع المدني. وفي "
        "اليوم ذاته، قالت وكالة الأنباء الرسمية «سانا» إن ثلاثة أشخاص قتلوا بقذائف هاون أطلقها «إرهابيون» على "
        "حي الميدان الخاضع لسيطرة القوات النظامية.",
        [E("airstrike", Q("17", 17, None, True), PL("الشعار", "Al-Shaar", "Aleppo"), "2014-05-17", "الدفاع المدني",
           GOV, note="two districts, one act: a group scored at the first; the women are a breakdown"),
         E("shelling", Q("ثلاثة", 3), PL("الميدان", "Al-Midan (Aleppo)", "Aleppo"), "2014-05-17",
           "وكالة الأنباء الرسمية «سانا»", None,
           note="'terrorists' names no force: no agent; «في اليوم ذاته» carries the Saturday")])

passage("ef09", "2015-05-21", "AP", "AP: a city taken overnight; the dead of an eight-day battle; the army's telling",
        "بيروت – (أ ب): سيطر مسلحو تنظيم «الدولة الإسلامية» ليل الأربعاء على مدينة تدمر الأثرية في ريف حمص "
        "الشرقي بعد انسحاب القوات الحكومية منها، بحسب ما ذكره المرصد السوري لحقوق الإنسان. وتابع المرصد بأن ما "
        "لا يقل عن 95 عنصراً من القوات الحكومية والمسلحين الموالين لها قتلوا منذ بدء هجوم التنظيم على المدينة قبل "
        "ثمانية أيام. أما التلفزيون الرسمي فقال إن وحدات الجيش أعادت تموضعها في محيط المدينة.",
        [E("territory_change", Q("ما لا يقل عن 95", 95, None, True), PL("تدمر", "Palmyra", "Homs"), "2015-05-20",
           "المرصد السوري لحقوق الإنسان", IS,
           note="the battle's dead over eight days belong to the taking (as set 18 b06); the state TV's "
                "'repositioning' is the same withdrawal")])

passage("ef10", "2015-10-06", "Reuters", "hedged Russian raids on a town; Moscow's sortie count over three provinces",
        "بيروت (رويترز) - قال المرصد السوري لحقوق الإنسان يوم الثلاثاء إن ضربات جوية يعتقد أنها روسية قتلت 11 "
        "مدنياً بينهم أطفال في بلدة كفرنبودة بريف حماة الشمالي، وهي منطقة لا وجود فيها لتنظيم الدولة الإسلامية. "
        "وقالت وزارة الدفاع الروسية في بيان إن طائراتها نفذت 25 طلعة على مدى اليوم المنصرم "
        "استهدفت مواقع «إرهابية» في محافظات حماة وإدلب واللاذقية.",
        [E("airstrike", Q("11", 11), PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2015-10-06",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="the perpetrator is hedged («يعتقد أنها روسية»): agent Russia, a second coder might leave it empty; "
                "dated by the report's day"),
         E("airstrike", Q("25", 25), None, None, "وزارة الدفاع الروسية", RUS, kind="aggregate",
           note="sorties summed over a day and three provinces: an aggregate; a second coder might fold it into the "
                "raid above as Moscow's telling")])

passage("ef11", "2016-08-26", "Al-Araby Al-Jadeed", "an evacuation under a deal reached the day before; "
        "destinations; a next-sentence source",
        "خرجت اليوم الجمعة الدفعة الأولى من مقاتلي مدينة داريا في ريف دمشق الغربي وعائلاتهم على متن حافلات "
        "باتجاه محافظة إدلب، وضمت نحو 1200 شخص بينهم قرابة 300 مقاتل، في حين نُقل مدنيون آخرون إلى مراكز إيواء "
        "في بلدة حرجلة. وأوضح عضو في المجلس المحلي لمدينة داريا لـ«العربي الجديد» أن الخروج يجري بموجب اتفاق "
        "توصلت إليه الفصائل مع النظام أمس الخميس، بعد حصار تجاوز أربع سنوات.",
        [E("other", Q("نحو 1200", 1200, approx=True), PL("داريا", "Darayya", "Rif Dimashq"), "2016-08-26",
           "عضو في المجلس المحلي لمدينة داريا", None,
           note="an evacuation; Idlib and Harjalah are destinations; the fighters are a breakdown; the next "
                "sentence's source returns to the same departure"
                "; MENDED stop 31 (figures): a hedge's high, mechanical: «نحو N» is N..N approx (news_dev README, hedges; 71 seen events against 4), the high had been left open"),
         E("agreement", None, PL("داريا", "Darayya", "Rif Dimashq"), "2016-08-25",
           "عضو في المجلس المحلي لمدينة داريا", None,
           note="the deal reached yesterday (dated): an incident of its own; two parties, no actor1")])

passage("ef12", "2017-05-11", "Al-Hayat", "Al-Hayat's double dateline; a town and a dam taken; rockets on two towns",
        "لندن، دمشق – «الحياة»، رويترز\n"
        "أعلنت «قوات سوريا الديمقراطية» أمس سيطرتها الكاملة على مدينة الطبقة وسد الفرات المجاور لها غرب الرقة، "
        "بعد انسحاب آخر مقاتلي تنظيم «داعش» منهما. وفي ريف حماة الشمالي، قال ناشطون إن القوات النظامية قصفت "
        "بلدتي اللطامنة وكفرزيتا بأكثر من 40 صاروخاً أمس، من دون ورود أنباء عن ضحايا.",
        [E("territory_change", None, PL("الطبقة", "Al-Tabqa", "Raqqa"), "2017-05-10", "«قوات سوريا الديمقراطية»",
           SDF, note="a town and the dam beside it in one taking: a group scored at the town; Raqqa is a bearing; "
                     "London and Damascus are datelines"),
         E("shelling", Q("أكثر من 40", 40, None, True), PL("اللطامنة", "Al-Lataminah", "Hama"), "2017-05-10",
           "ناشطون", GOV, note="two towns, one act: a group scored at the first; the rockets are its count")])

passage("ef13", "2017-09-19", "Anadolu Agency", "NO EVENT: a planned deployment (future) under a deal recalled "
        "without a day",
        "أنقرة/ الأناضول\n"
        "قال مصدر عسكري تركي، الثلاثاء، إن الجيش التركي يستعد لنشر نقاط مراقبة في محافظة إدلب السورية خلال "
        "الأسابيع المقبلة، في إطار اتفاق مناطق خفض التصعيد الذي توصلت إليه الدول الضامنة في أستانة. وأوضح المصدر "
        "أن النقاط ستقام على خطوط التماس بين فصائل المعارضة وقوات النظام بهدف مراقبة وقف إطلاق النار.",
        [])

passage("ef14", "2018-02-20", "AFP", "AFP Ghouta: raids over a list of towns; the toll since Sunday; shells on "
        "the capital the same day",
        "دمشق (أ ف ب) - قتل 57 مدنياً على الأقل، بينهم 13 طفلاً، الثلاثاء في غارات جوية وقصف صاروخي كثيف لقوات "
        "النظام على بلدات حمورية وسقبا وكفربطنا في الغوطة الشرقية المحاصرة قرب دمشق، وفق ما أحصاه المرصد السوري "
        "لحقوق الإنسان. وبذلك يرتفع إلى 184 عدد القتلى المدنيين منذ بدء التصعيد مساء الأحد. في المقابل، قتل "
        "شخصان في قذائف أطلقتها الفصائل على حي باب توما في دمشق، بحسب الإعلام الرسمي.",
        [E("airstrike", Q("57", 57, None, True), PL("حمورية", "Hamouriyah", "Rif Dimashq"), "2018-02-20",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="raids and rockets on a list of towns: one act, a group scored at the first; airstrike for the "
                "mixed «غارات جوية وقصف صاروخي» (a second coder might say shelling); children a breakdown"),
         E("casualties", Q("184", 184), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="the civilian toll of three days of escalation over the region: an aggregate, not this day's "
                "raised toll (a second coder might read it as the raid's toll)"),
         E("shelling", None, PL("باب توما", "Bab Touma", "Damascus"), "2018-02-20", "الإعلام الرسمي", FSA,
           note="«شخصان» is a dual: no figure; «الفصائل» are the opposition factions")])

passage("ef15", "2018-07-06", "Reuters", "a deal at a venue town in Daraa; the UN's displacement estimate since "
        "the offensive began",
        "عمان (رويترز) - قال متحدث باسم المعارضة السورية المسلحة إن مقاتلي المعارضة في جنوب سوريا توصلوا يوم "
        "الجمعة إلى اتفاق مع ضباط روس في بلدة بصرى الشام يقضي بتسليم أسلحتهم الثقيلة مقابل انسحاب القوات "
        "الحكومية من عدد من القرى. وقال المتحدث حسين أبازيد لرويترز إن الاتفاق يشمل أيضا خروج من يرفض التسوية إلى "
        "شمال البلاد. وتقدر الأمم المتحدة أن أكثر من 270 ألف شخص نزحوا منذ بدء الهجوم الحكومي على محافظة درعا "
        "في 19 يونيو حزيران.",
        [E("agreement", None, PL("بصرى الشام", "Bosra al-Sham", "Daraa"), "2018-07-06",
           "متحدث باسم المعارضة السورية المسلحة", None,
           note="the town where the deal was reached is its place; the departures north are terms (future), not "
                "an evacuation"),
         E("other", Q("أكثر من 270 ألف", 270000, None, True), PL("درعا", "Daraa", "Daraa"), None, "الأمم المتحدة",
           None, kind="aggregate",
           note="displacement since 19 June over the province: an aggregate placed at the governorate")])

passage("ef16", "2018-03-05", "Anadolu Agency", "Anadolu: the 'neutralised' running total of an operation; two "
        "soldiers killed in a clash (a dual)",
        "أنقرة/ الأناضول\n"
        "أعلنت رئاسة الأركان التركية، الاثنين، ارتفاع عدد الإرهابيين الذين جرى تحييدهم منذ انطلاق عملية «غصن "
        "الزيتون» في منطقة عفرين إلى ألفين و815 إرهابياً. وأوضحت في بيان أن جنديين تركيين قتلا وأصيب ثالث أمس "
        "الأحد في اشتباك مع عناصر «ي ب ك/ بي كا كا» قرب قرية جلمة غربي عفرين.",
        [E("armed_clash", Q("ألفين و815", 2815), PL("عفرين", "Afrin", "Aleppo"), None, "رئاسة الأركان التركية", TUR,
           kind="aggregate",
           note="'neutralised' (killed, wounded or captured) summed since the operation began: an aggregate of the "
                "fighting over the Afrin region (a second coder might type it casualties)"),
         E("armed_clash", None, PL("جلمة", "Jalama", "Aleppo"), "2018-03-04", "رئاسة الأركان التركية", None,
           note="«جنديين» is a dual: no figure; who attacked is not told: no agent")])

passage("ef17", "2019-05-22", "Independent Arabia", "a bare weekday; raids on a market; OCHA's displacement since "
        "late April with paired month names",
        "قُتل 12 مدنياً، بينهم ثلاثة أطفال، وأصيب أكثر من 20 آخرين الثلاثاء في غارات جوية روسية استهدفت سوقاً "
        "شعبية في مدينة معرة النعمان جنوب إدلب، بحسب ما أفاد الدفاع المدني السوري «الخوذ البيضاء». وأعلن مكتب "
        "تنسيق الشؤون الإنسانية التابع للأمم المتحدة أن نحو 180 ألف شخص نزحوا من ريف إدلب الجنوبي منذ أواخر أبريل "
        "(نيسان) الماضي، هرباً من القصف.",
        [E("airstrike", Q("12", 12), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2019-05-21",
           "الدفاع المدني السوري", RUS,
           note="a market is placed at its town; the bare «الثلاثاء» is the Tuesday before publication; the "
                "wounded are not the figure"),
         E("other", Q("نحو 180 ألف", 180000, approx=True), PL("ريف إدلب الجنوبي", "Southern Idlib countryside",
                                                            "Idlib"), None,
           "مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة", None, kind="aggregate",
           note="displacement over a period and a region: an aggregate"
                "; MENDED stop 31 (figures): a hedge's high, mechanical: «نحو N» is N..N approx (news_dev README, hedges; 71 seen events against 4), the high had been left open")])

passage("ef18", "2019-10-13", "AFP", "a Turkish border dateline; a town taken; the offensive's toll and its "
        "displaced",
        "أكجاكالي (تركيا) (أ ف ب) - سيطرت القوات التركية والفصائل السورية الموالية لها الأحد على مدينة تل أبيض "
        "الحدودية في شمال سوريا، بعد خمسة أيام على بدء هجومها ضد المقاتلين الأكراد، وفق ما ذكر المرصد السوري "
        "لحقوق الإنسان. وأحصى المرصد مقتل 164 شخصاً، بينهم 60 مدنياً، منذ بدء الهجوم، فيما تقول الأمم المتحدة إن "
        "150 ألف شخص على الأقل فروا من منازلهم.",
        [E("territory_change", None, PL("تل أبيض", "Tell Abyad", "Raqqa"), "2019-10-13",
           "المرصد السوري لحقوق الإنسان", TUR,
           note="Turkish forces and the factions they back: agent Turkey, named first (a second coder might name "
                "the SNA); Akcakale is the dateline"),
         E("casualties", Q("164", 164), None, None, "المرصد", None, kind="aggregate",
           note="the offensive's toll over five days and several places, not the town's battle: an aggregate; the "
                "civilians are a breakdown"),
         E("other", Q("150 ألف", 150000, None, True), None, None, "الأمم المتحدة", None, kind="aggregate",
           note="the displaced of the offensive: an aggregate with no place the text gives; «على الأقل» follows "
                "the noun")])

passage("ef19", "2019-08-30", "DPA", "HTS arrests after a protest; a recall of last week's protests in a list of "
        "towns",
        "إدلب (د ب أ) - اعتقلت «هيئة تحرير الشام» 14 شخصاً بينهم ناشطان إعلاميان في مدينة سرمدا بريف إدلب الشمالي، "
        "بعد مشاركتهم في مظاهرة طالبت برحيل قادة الهيئة، حسبما قال ناشطون لوكالة الأنباء الألمانية (د ب أ) اليوم "
        "الجمعة. وكانت مظاهرات مماثلة قد خرجت الأسبوع الماضي في مدن إدلب وبنش وأريحا احتجاجاً على سياسات الهيئة.",
        [E("arrest", Q("14", 14), PL("سرمدا", "Sarmada", "Idlib"), "2019-08-30", "ناشطون", HTS,
           note="the protest before the arrests is undated and unplaced: no event of its own; «ناشطان» is a "
                "breakdown (a dual); dated by the report's day"),
         E("protest", None, PL("إدلب", "Idlib", "Idlib", nth=2), "2019-W34", None, PROT,
           note="a recall with its own week over a list of towns: one group scored at the first; «وكان … قد» is "
                "the writer's recall: the outlet")])

passage("ef20", "2020-02-27", "Al-Araby Al-Jadeed", "Turkish soldiers killed at a post inside an airbase; the "
        "ministry's retaliation told in the next sentence",
        "قُتل ثلاثة جنود أتراك وأصيب آخرون مساء الخميس في قصف مدفعي لقوات النظام السوري استهدف نقطة عسكرية تركية "
        "داخل مطار تفتناز العسكري شرق إدلب، بحسب ما أعلنته وزارة الدفاع التركية. وقالت الوزارة إن مدفعيتها ردّت "
        "على الفور بقصف مواقع للنظام في ريف إدلب الشرقي ودمرت عدداً من الأهداف، بينما لم يصدر تعليق عن دمشق.",
        [E("shelling", Q("ثلاثة", 3), PL("مطار تفتناز العسكري", "Taftanaz military airbase", "Idlib"), "2020-02-27",
           "وزارة الدفاع التركية", GOV, note="the Turkish post inside the airbase: the base is the place"),
         E("shelling", None, PL("ريف إدلب الشرقي", "Eastern Idlib countryside", "Idlib"), "2020-02-27",
           "الوزارة", TUR, note="the retaliation is an act of its own, told by the same ministry")])

passage("ef21", "2020-11-23", "Xinhua", "Xinhua relays SANA: gunmen attack an army checkpoint",
        "دمشق 23 نوفمبر 2020 (شينخوا) ذكرت وكالة الأنباء السورية الرسمية (سانا) أن 3 جنود سوريين قتلوا وأصيب 4 "
        "آخرون فجر اليوم (الاثنين) جراء هجوم نفذه مسلحون على حاجز للجيش قرب بلدة الصنمين في ريف درعا الشمالي. "
        "وأشارت الوكالة إلى أن المهاجمين لاذوا بالفرار، وأن وحدات الجيش تلاحقهم في المزارع المحيطة.",
        [E("armed_clash", Q("3", 3), PL("الصنمين", "Al-Sanamayn", "Daraa"), "2020-11-23",
           "وكالة الأنباء السورية الرسمية (سانا)", UNK,
           note="an attack on a checkpoint by unnamed gunmen is an armed clash; the pursuit is part of it")])

passage("ef22", "2021-06-16", "Reuters", "rockets on a market; blame and denial; a car bomb recalled with its "
        "month, its place carried by an anaphor",
        "عمان (رويترز) - قال الدفاع المدني في شمال سوريا إن ثمانية أشخاص قتلوا يوم الثلاثاء عندما سقطت قذائف "
        "صاروخية على سوق للخضار في مدينة الباب الخاضعة لسيطرة فصائل مدعومة من تركيا. وحمّل مسؤولون أتراك وحدات "
        "حماية الشعب الكردية مسؤولية القصف، في حين نفت قوات سوريا الديمقراطية أي صلة لها به. وكانت سيارة ملغومة "
        "قد انفجرت في المدينة نفسها الشهر الماضي وقتلت خمسة أشخاص.",
        [E("shelling", Q("ثمانية", 8), PL("الباب", "Al-Bab", "Aleppo"), "2021-06-15", "الدفاع المدني في شمال سوريا",
           None, note="a market is placed at its town; Turkey is the backer; the blame is a claim and denied: no "
                      "agent"),
         E("explosion", Q("خمسة", 5), PL("الباب", "Al-Bab", "Aleppo"), "2021-05", None, None,
           note="a recall with its own month; «في المدينة نفسها» carries the place; «وكانت … قد» is the writer's "
                "recall: the outlet")])

passage("ef23", "2021-03-15", "DPA", "NO EVENT: an anniversary, a state of division and a call to demonstrate",
        "برلين/بيروت (د ب أ) - يحيي السوريون اليوم الاثنين الذكرى العاشرة لانطلاق الاحتجاجات الشعبية ضد حكم "
        "الرئيس بشار الأسد في آذار/مارس 2011، في وقت لا تزال فيه البلاد مقسمة بين مناطق نفوذ تسيطر عليها قوى "
        "محلية وأجنبية. ودعت فعاليات معارضة في الشمال السوري إلى الخروج في مظاهرات بعد صلاة الجمعة المقبلة إحياءً "
        "للمناسبة، رافعة شعار «الثورة مستمرة».",
        [])

passage("ef24", "2022-06-04", "Asharq Al-Awsat", "a Qamishli dateline; a Turkish drone on a road between two "
        "towns; a threat (future)",
        "القامشلي: «الشرق الأوسط»\n"
        "قُتل ثلاثة من عناصر «قوات سوريا الديمقراطية» (قسد) أمس الجمعة بضربة طائرة مسيّرة تركية استهدفت سيارتهم "
        "على طريق عامودا - الدرباسية في ريف الحسكة الشمالي، بحسب ما أفاد مسؤول في المكتب الإعلامي لـ«قسد». وتأتي "
        "الضربة بعد أيام من تجديد الرئيس التركي رجب طيب إردوغان تهديده بشن عملية عسكرية جديدة ضد المقاتلين "
        "الأكراد.",
        [E("airstrike", Q("ثلاثة", 3), PL("عامودا", "Amuda", "Al-Hasakah"), "2022-06-03",
           "مسؤول في المكتب الإعلامي لـ«قسد»", TUR,
           note="a road between two towns is placed at the first; Qamishli is the dateline; the threat is a future")])

passage("ef25", "2022-11-20", "AFP", "Ankara's count of targets in two countries; SOHR's dead in Syria near a "
        "town",
        "بيروت (أ ف ب) - أعلنت وزارة الدفاع التركية الأحد أن غارات جوية نفذتها طائراتها فجر الأحد دمرت 74 هدفاً "
        "للمقاتلين الأكراد في شمال سوريا والعراق، في عملية أطلقت عليها اسم «المخلب-السيف». وقال المرصد السوري "
        "لحقوق الإنسان إن الغارات قتلت 27 شخصاً في سوريا، بينهم 15 مقاتلاً كردياً و11 عنصراً من قوات النظام، "
        "واستهدف بعضها قرى في محيط مدينة عين العرب (كوباني).",
        [E("airstrike", Q("27", 27), PL("عين العرب", "Ayn al-Arab (Kobani)", "Aleppo"), "2022-11-20",
           "المرصد السوري لحقوق الإنسان", TUR,
           note="the 74 targets span Syria and Iraq (a count of the wrong thing); the dead in Syria are the "
                "figure; SOHR gives the figure and the place, so SOHR is the source (a second coder might name "
                "the ministry); the fighters and soldiers are a breakdown")])

passage("ef26", "2023-08-25", "Al-Quds Al-Arabi", "a Friday protest in a square; delegations from villages "
        "counted (the wrong thing); a next-sentence source",
        "السويداء – «القدس العربي»: شارك آلاف من أبناء محافظة السويداء اليوم الجمعة في مظاهرة حاشدة في ساحة السير "
        "وسط مدينة السويداء، مطالبين برحيل النظام وتطبيق القرار الأممي 2254، في سادس أيام الاحتجاجات. وقال المتحدث "
        "باسم شبكة «السويداء 24» لـ«القدس العربي» إن وفوداً من أكثر من 40 قرية وبلدة توافدت إلى الساحة، فيما أغلق "
        "محتجون مقرات لحزب البعث في بلدات عدة.",
        [E("protest", Q("آلاف", 2000, 9000, True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2023-08-25",
           "المتحدث باسم شبكة «السويداء 24»", PROT,
           note="a square is placed at its city; 40 villages is not the crowd; the closing of party offices in "
                "unnamed towns is part of the day's protest (a second coder might code it apart, unplaced); "
                "2254 is a resolution number")])

passage("ef27", "2023-10-13", "DPA", "simultaneous strikes on two airports; a habit of silence",
        "دمشق (د ب أ) - قالت وزارة الدفاع السورية إن إسرائيل شنت صباح أمس الخميس ضربات صاروخية متزامنة على مطار "
        "دمشق الدولي ومطار حلب الدولي، ما أدى إلى أضرار في مدرجي المطارين وخروجهما عن الخدمة. ولم يعلق الجيش الإسرائيلي "
        "على الضربات، كعادته في التعامل مع الهجمات التي ينفذها في سوريا منذ سنوات.",
        [E("airstrike", None, PL("مطار دمشق الدولي", "Damascus International Airport", "Rif Dimashq"), "2023-10-12",
           "وزارة الدفاع السورية", ISR,
           note="two airports in one act: a group scored at the first (the Damascus airport); no casualties, no figure; the silence is a habit")])

passage("ef28", "2024-11-30", "Reuters", "the 2024 offensive: a city taken, the army's losses; a second town taken",
        "بيروت/عمان (رويترز) - قال مقاتلو المعارضة السورية ومصادر عسكرية يوم السبت إن المقاتلين بقيادة هيئة تحرير "
        "الشام دخلوا مدينة حلب وسيطروا على معظم أحيائها ومطارها الدولي، في حين قال الجيش السوري إن عشرات من جنوده "
        "قتلوا وإنه نفذ «إعادة انتشار» لقواته. وقالت مصادر بالمعارضة إن المقاتلين سيطروا أيضا على بلدة خان شيخون "
        "بريف إدلب الجنوبي.",
        [E("territory_change", Q("عشرات", 20, 90, True), PL("حلب", "Aleppo", "Aleppo"), "2024-11-30",
           "مقاتلو المعارضة السورية ومصادر عسكرية", HTS,
           note="the city and its airport in one taking; the army's dead (a vague plural) are the battle's, so the "
                "taking's figure; 'redeployment' is the army's telling of the same loss"),
         E("territory_change", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2024-11-30", "مصادر بالمعارضة",
           HTS)])

passage("ef29", "2024-12-09", "Al-Araby Al-Jadeed", "soldiers flee across the border into Iraq as the army "
        "collapses; Iraqi officials",
        "قال مسؤولان أمنيان عراقيان لـ«العربي الجديد» إن نحو 2400 جندي وضابط من الجيش السوري عبروا إلى الأراضي "
        "العراقية يوم السبت الماضي عبر منفذ القائم الحدودي، بعد انهيار وحداتهم في ريف دير الزور الشرقي، وسلموا "
        "أسلحتهم وآلياتهم إلى الجيش العراقي. وأوضح المسؤولان أن العسكريين نقلوا إلى معسكر في محافظة الأنبار "
        "بانتظار البت في أمرهم.",
        [E("desertion", Q("نحو 2400", 2400, approx=True), PL("منفذ القائم", "Al-Qa'im border crossing", None, "Iraq"),
           "2024-12-07", "مسؤولان أمنيان عراقيان", GOV,
           note="soldiers fleeing across the border as their units collapsed: desertion (a second coder might say "
                "defection); the crossing is the place; the camp in Anbar is a destination; the eastern Deir ez-Zor "
                "countryside is where the units collapsed (a second coder might place it there)"
                "; MENDED stop 31 (figures): a hedge's high, mechanical: «نحو N» is N..N approx (news_dev README, hedges; 71 seen events against 4), the high had been left open")])

passage("ef30", "2024-12-05", "AFP", "the army announces its withdrawal from a city as SOHR reports the entry; "
        "an appeal",
        "دمشق (أ ف ب) - أعلن الجيش السوري الخميس انسحاب قواته من مدينة حماة «حفاظاً على أرواح المدنيين»، بعد ساعات "
        "من دخول مقاتلي هيئة تحرير الشام والفصائل المتحالفة معها إلى أحيائها إثر معارك عنيفة، بحسب ما نقله المرصد "
        "السوري لحقوق الإنسان. ودعا قائد الهيئة في تسجيل مصور مقاتليه إلى عدم التعرض للسكان والممتلكات العامة.",
        [E("territory_change", None, PL("حماة", "Hama", "Hama"), "2024-12-05", "المرصد السوري لحقوق الإنسان", HTS,
           note="the withdrawal and the entry are one taking; SOHR tells the entry, the army the withdrawal (a "
                "second coder might name the army); the leader's appeal is a call"),
         E("statement", None, None, None, 'قائد الهيئة', HTS, note="MENDED stop 32 (conventions): a leader's call to his fighters is a statement (stop 32)")])

passage("ef31", "2025-03-08", "Independent Arabia", "a toll of coastal fighting since Thursday; a town retaken by "
        "the new army",
        "قال المرصد السوري لحقوق الإنسان، اليوم السبت، إن حصيلة القتلى منذ اندلاع المواجهات مساء الخميس في الساحل "
        "السوري ارتفعت إلى أكثر من 500 شخص، بينهم 93 من عناصر الأمن العام والجيش. وأعلنت وزارة الدفاع السورية أن "
        "قواتها استعادت السيطرة على مدينة بانياس وعدد من القرى في ريفها بعد اشتباكات مع «فلول النظام البائد»، "
        "وبدأت عمليات تمشيط بحثاً عن مطلوبين.",
        [E("casualties", Q("أكثر من 500", 500, None, True), PL("الساحل السوري", "Syrian coast"), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="a toll over three days and a region: an aggregate; the security men are a breakdown"),
         E("territory_change", None, PL("بانياس", "Baniyas", "Tartus"), "2025-03-08", "وزارة الدفاع السورية",
           NEWGOV, note="the villages around it are part of the taking; the combing is its follow-up; reported in "
                        "the present")])

passage("ef32", "2012-10-15", "KUNA", "KUNA: EU sanctions agreed at a venue abroad; the running total of names",
        "لوكسمبورغ - 15 - 10 (كونا) -- اتفق وزراء خارجية الاتحاد الأوروبي في اجتماعهم هنا اليوم على فرض عقوبات "
        "جديدة على النظام السوري شملت حظر السفر وتجميد أصول 19 شخصاً وثلاثة كيانات متهمين بدعم «القمع العنيف» ضد "
        "المدنيين. وأوضح بيان للاتحاد أن العقوبات الجديدة ترفع إلى 181 عدد الأشخاص المدرجين على القائمة. (النهاية) "
        "ن ه ك",
        [E("sanction", Q("19", 19), None, "2012-10-15", "بيان للاتحاد", None,
           note="sanctions: the persons listed are the count (a second coder might give none); Luxembourg is the "
                "venue, not a place of the act; the running total of 181 is the list's size, not an event; the "
                "announcement's sentence names no source, the statement in the next one returns to it")])

passage("ef33", "2013-12-16", "AFP", "a raised toll of barrels dropped the day before; a second raid on a town",
        "بيروت (أ ف ب) - ارتفعت إلى 83 قتيلاً، بينهم 31 طفلاً، حصيلة الغارات التي شنها الطيران المروحي السوري "
        "الأحد بالبراميل المتفجرة على أحياء في شرق مدينة حلب، بحسب حصيلة جديدة أعلنها اليوم المرصد السوري لحقوق الإنسان "
        "الاثنين. وأشار المرصد إلى أن مروحيات ألقت اليوم براميل مماثلة على بلدة الباب شمال شرق حلب، ما أدى إلى "
        "مقتل ستة أشخاص.",
        [E("airstrike", Q("83", 83), PL("حلب", "Aleppo", "Aleppo"), "2013-12-15", "المرصد السوري لحقوق الإنسان", GOV,
           note="a raised toll is the raid's figure; unnamed districts of the city: the city"),
         E("airstrike", Q("ستة", 6), PL("الباب", "Al-Bab", "Aleppo"), "2013-12-16", "المرصد", GOV,
           note="a second raid with its own day and toll; the bearing from Aleppo is not its place")])

passage("ef34", "2016-02-15", "Reuters", "MSF on a hospital it supports; a Turkish official on a hospital in "
        "Azaz whose wounded went to Kilis",
        "بيروت/إسطنبول (رويترز) - قالت منظمة أطباء بلا حدود إن تسعة أشخاص على الأقل قتلوا يوم الاثنين عندما أصابت "
        "ثلاثة صواريخ مستشفى تدعمه المنظمة في بلدة مرعيان بجبل الزاوية في ريف إدلب. وقال مسؤول في ولاية كلس "
        "التركية إن 17 شخصاً قتلوا في ضربات يرجح أنها روسية على مستشفى للأطفال في مدينة إعزاز، ونقل عشرات الجرحى "
        "إلى مستشفيات كلس.",
        [E("airstrike", Q("تسعة", 9, None, True), PL("مرعيان", "Mar'iyan", "Idlib"), "2016-02-15",
           "منظمة أطباء بلا حدود", None,
           note="three missiles of unnamed origin: airstrike, no agent (a second coder might say shelling); an unnamed "
                "hospital is placed at its town"),
         E("airstrike", Q("17", 17), PL("إعزاز", "Azaz", "Aleppo"), "2016-02-15", "مسؤول في ولاية كلس التركية", RUS,
           note="hedged Russian strikes; Kilis is where the wounded were taken (and the source's seat), not the "
                "place; no day of its own: the day of the first, as the report tells both")])

passage("ef35", "2012-12-20", "DPA", "NO EVENT: the opposition coalition's appeal to soldiers to defect; promises",
        "القاهرة (د ب أ) - دعا رئيس الائتلاف الوطني السوري المعارض اليوم الخميس ضباط الجيش النظامي وجنوده إلى "
        "الانشقاق والانضمام إلى صفوف الشعب «قبل فوات الأوان»، متعهداً بأن يحظى كل من لم تتلطخ يداه بالدماء "
        "بالحماية في سوريا الجديدة. وقال في كلمة مصورة إن أبواب الائتلاف ستبقى مفتوحة أمام المسؤولين المدنيين "
        "الراغبين بالتخلي عن النظام.",
        [E("statement", None, None, None, 'رئيس الائتلاف الوطني السوري المعارض', None, note="MENDED stop 32 (conventions): the coalition head's call to defect is a statement (stop 32); Cairo is the dateline")])

passage("ef36", "2012-11-28", "Xinhua", "NO EVENT: a military source denies reports of defections",
        "دمشق 28 نوفمبر 2012 (شينخوا) نفى مصدر عسكري سوري اليوم (الأربعاء) صحة ما تناقلته قنوات فضائية عربية عن "
        "انشقاق ضباط كبار في الحرس الجمهوري وفرارهم إلى الأردن، ووصف هذه الأنباء بأنها «أكاذيب تهدف إلى النيل من "
        "معنويات الجيش». وأكد المصدر أن قيادة الحرس تمارس مهامها بشكل طبيعي وأن ضباطها يؤدون واجبهم في حماية "
        "العاصمة.",
        [E("statement", None, None, None, 'مصدر عسكري سوري', GOV, note="MENDED stop 32 (conventions): a denial that is the item's news is a statement (stop 32); Jordan is the rumoured destination, no place")])

passage("ef37", "2014-02-03", "Asharq Al-Awsat", "a month's toll of rebel-ISIS fighting with its start; a town "
        "taken the day before",
        "بيروت: «الشرق الأوسط»\n"
        "قال المرصد السوري لحقوق الإنسان إن أكثر من 2100 شخص قتلوا في المعارك الدائرة بين تنظيم «داعش» وكتائب "
        "المعارضة منذ الثالث من يناير (كانون الثاني) الماضي، بينهم نحو 250 مدنياً. ميدانياً، سيطر مقاتلو «الجبهة "
        "الإسلامية» أمس على بلدة حريتان في ريف حلب الشمالي بعد انسحاب عناصر «داعش» منها باتجاه مدينة الباب، وفق "
        "ناشطين.",
        [E("armed_clash", Q("أكثر من 2100", 2100, None, True), None, None, "المرصد السوري لحقوق الإنسان", None,
           kind="aggregate",
           note="MENDED stop 32 (conventions): a running toll naming one cause takes the cause's type, an aggregate (was casualties): the battles' toll; a month's toll of the fighting over several governorates: an aggregate (a second coder might type "
                "it armed_clash); the civilians are a breakdown"),
         E("territory_change", None, PL("حريتان", "Hreitan", "Aleppo"), "2014-02-02", "ناشطين", FSA,
           note="the Islamic Front as opposition factions; al-Bab is the withdrawal's destination")])

passage("ef38", "2020-03-05", "KUNA", "a ceasefire deal reached at a venue abroad; terms in the future; a road "
        "name and a distance",
        "موسكو - 5 - 3 (كونا) -- توصل الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان في ختام محادثات "
        "بينهما هنا اليوم الخميس إلى اتفاق لوقف إطلاق النار في محافظة إدلب السورية يبدأ سريانه منتصف الليل. وينص "
        "الاتفاق على إقامة ممر آمن بعمق ستة كيلومترات على جانبي الطريق الدولي (M4) وتسيير دوريات مشتركة عليه "
        "اعتباراً من منتصف الشهر الجاري. (النهاية) ع ر ب",
        [E("agreement", None, PL("إدلب", "Idlib", "Idlib"), "2020-03-05", None, None,
           note="a ceasefire for Idlib reached in Moscow: placed where it applies (a second coder might place it at "
                "the venue, Moscow, or leave it unplaced); two presidents, no actor1 (as set 18 b11); the outlet "
                "tells it itself («هنا», its dateline); the patrols are a future; M4 and six km are no figure")])

passage("ef39", "2022-01-21", "AP", "AP: IS attacks a prison in a Hasakah district; guards killed, attackers "
        "killed, inmates escape",
        "الحسكة – (أ ب): قالت «قوات سوريا الديمقراطية» إن مسلحين من تنظيم «داعش» هاجموا ليل الخميس سجن الصناعة في "
        "حي غويران بمدينة الحسكة، حيث يحتجز آلاف من عناصر التنظيم، ما أدى إلى مقتل سبعة من حراس السجن. وأضافت "
        "أن قواتها قتلت 23 من المهاجمين وأعادت القبض على عشرات من السجناء الفارين، فيما تتواصل الاشتباكات في "
        "محيط السجن.",
        [E("armed_clash", Q("سبعة", 7), PL("سجن الصناعة", "Al-Sina'a prison", "Al-Hasakah"), "2022-01-20",
           "«قوات سوريا الديمقراطية»", IS,
           note="a prison is a place of its own; no total of both sides: the first side numbered is the figure and "
                "the attackers' dead are no second event; the recapture is part of the fight; the thousands held "
                "are a state")])

passage("ef40", "2025-07-16", "Independent Arabia", "Israeli raids on the general staff building (a singular "
        "dead); a clash in Sweida the same day",
        "شنّ الجيش الإسرائيلي اليوم الأربعاء سلسلة غارات على مبنى هيئة الأركان العامة في ساحة الأمويين وسط دمشق، "
        "ما أدى إلى مقتل شخص وإصابة 18 آخرين، بحسب وزارة الصحة السورية. وفي جنوب البلاد، قُتل 11 عنصراً من القوات "
        "الحكومية في اشتباكات مع مسلحين محليين داخل مدينة السويداء، وفق ما أفاد به مصدر أمني، في ثالث أيام "
        "المواجهات.",
        [E("airstrike", None, PL("مبنى هيئة الأركان العامة", "General Staff building", "Damascus"), "2025-07-16",
           "وزارة الصحة السورية", ISR,
           note="the general staff building is a listed military site, not a landmark; one dead (a singular) gives "
                "no figure and the wounded are never the figure"),
         E("armed_clash", Q("11", 11), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-16", "مصدر أمني", None,
           note="who attacked is not told: no agent; «في ثالث أيام المواجهات» is an ordinal")])


def main() -> None:
    write("gold59.jsonl", P59)


if __name__ == "__main__":
    main()
