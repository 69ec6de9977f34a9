"""Build gold33.jsonl: unseen probe set 33 (stop 28, helper probe32; ids ub01…), mostly 2017-2025.

Written by helper probe32 before marsad was run on it: the phrasing of real Arabic reporting was read in
the search tool's `pages` corpus, then every sentence was written anew; people, villages, figures and dates
are invented or varied. Offsets are computed by build.py's helpers and checked.

    python benchmarks/data/events_probe/build33.py      # rewrites gold33.jsonl
"""
from __future__ import annotations

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PROT, RUS, SDF, SNA, TRIBES,  # noqa: F401
                   TUR, UNID, E, PL, Q, write)

DRUZE = "Druze militias (Suwayda)"
USF = "US forces"

P33: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P33.append({"id": pid, "published": published, "outlet": outlet, "style": style,
                "text": " ".join(text.split()), "events": events})


passage("ub01", "2017-05-08", "SANA", "old SANA: a batch of gunmen and families leaves a district",
        "حمص-سانا: خرجت اليوم الدفعة الثامنة من المسلحين الرافضين للتسوية مع عائلاتهم من حي الوعر باتجاه "
        "ريف حلب الشمالي، تمهيداً لإعلان الحي خالياً من السلاح. وأفاد مراسل سانا بأن 41 حافلة أقلت نحو 1900 "
        "شخص بينهم 480 مسلحاً، بإشراف الهلال الأحمر العربي السوري وبحضور ضباط من مركز المصالحة الروسي.",
        [E("other", Q("نحو 1900", 1900, approx=True), PL("الوعر", "al-Waer", "Homs"), "2017-05-08",
           "مراسل سانا", None,
           note="an evacuation: the district is the place, northern Aleppo the destination; 41 buses count "
                "the wrong thing, the 480 gunmen are a breakdown; «الثامنة» is an ordinal")])

passage("ub02", "2018-01-21", "Anadolu", "Anadolu: the Turkish General Staff on the first raids of an operation",
        "أنقرة/ الأناضول: أعلنت رئاسة الأركان التركية أن مقاتلاتها دمرت أمس السبت 108 أهداف لتنظيم «بي كي كي/ "
        "ب ي د» في منطقة عفرين شمال غربي سوريا، في إطار عملية «غصن الزيتون». وأضاف البيان أن عناصر الجيش "
        "السوري الحر بدأوا صباح اليوم التقدم نحو المنطقة بإسناد من المدفعية التركية.",
        [E("airstrike", None, PL("عفرين", "Afrin", "Aleppo"), "2018-01-20", "رئاسة الأركان التركية", TUR,
           note="108 targets are a count of the wrong thing (not strikes): no figure; Ankara is the dateline; the "
                "ground advance that began today tells no fighting or taking yet: not coded (a second coder "
                "might code an SNA offensive or the Turkish artillery)")])

passage("ub03", "2018-02-20", "SOHR", "SOHR: a Ghouta town's toll and the toll since Sunday",
        "قضى 31 مدنياً، ثمانية منهم أطفال، في حمورية بالغوطة الشرقية منذ صباح اليوم الثلاثاء تحت غارات "
        "لمقاتلات يعتقد المرصد السوري لحقوق الإنسان أنها روسية، فيما بلغت حصيلة القتلى المدنيين في عموم "
        "الغوطة 194 منذ مساء الأحد الفائت، وفق المرصد. وفي المقابل، سقطت قذائف على حي المزة في دمشق دون "
        "إصابات.",
        [E("airstrike", Q("31", 31), PL("حمورية", "Hamouriyah", "Rif Dimashq"), "2018-02-20",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="a hedged perpetrator («يعتقد المرصد … أنها روسية»): Russia, as the earlier sets code it; the eight "
                "children are a breakdown"),
         E("casualties", Q("194", 194), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), None,
           "المرصد", None, kind="aggregate",
           note="a toll since Sunday (period 2018-02-18 to 2018-02-20); «عموم الغوطة» is the Eastern Ghouta named before"),
         E("shelling", None, PL("المزة", "Mezzeh", "Damascus"), "2018-02-20", "المرصد", None,
           note="shells with no victims and no firer named; date from the passage's «اليوم»")])

passage("ub04", "2018-07-12", "Al Arabiya", "the flag raised in a city's old quarter after a deal",
        "دخلت وحدات من الجيش السوري برفقة الشرطة العسكرية الروسية اليوم الخميس أحياء درعا البلد، ورفعت العلم "
        "الرسمي فوق مبنى البريد، بموجب اتفاق أبرم قبل أيام مع فصائل المعارضة يقضي بتسليم السلاح الثقيل. "
        "وقالت مصادر محلية للعربية إن عشرات المقاتلين الرافضين للاتفاق يستعدون للخروج نحو إدلب.",
        [E("territory_change", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2018-07-12", None, GOV,
           note="entry under a deal: a taking (a second coder might say reinforcement); the post office is "
                "a spot; the deal is background without a day; the fighters' departure is a future; "
                "source: the outlet (the next sentence's local sources speak of the departure)")])

passage("ub05", "2019-03-06", "North Press", "North Press: people leave the last pocket; coalition raids",
        "ريف دير الزور- نورث برس: خرج أكثر من ثلاثة آلاف شخص، غالبيتهم من النساء والأطفال من عائلات عناصر "
        "تنظيم «داعش»، من بلدة الباغوز فوقاني أمس الثلاثاء عبر ممر آمن فتحته قوات سوريا الديمقراطية، ونُقلوا "
        "إلى مخيم الهول. وقال مصدر عسكري في «قسد» إن طائرات التحالف شنت ليلاً أكثر من 20 غارة على المخيم "
        "الذي يتحصن فيه مقاتلو التنظيم.",
        [E("other", Q("أكثر من ثلاثة آلاف", 3000, None, approx=True), PL("الباغوز فوقاني", "Baghuz Fawqani",
                                                                            "Deir ez-Zor"),
           "2019-03-05", None, None,
           note="people leaving a besieged pocket: an evacuation; al-Hol camp is the destination; source: "
                "the outlet"),
         E("airstrike", Q("أكثر من 20", 20, None, approx=True), PL("الباغوز فوقاني", "Baghuz Fawqani",
                                                                  "Deir ez-Zor"),
           "2019-03-05", "مصدر عسكري في «قسد»", COAL,
           note="«المخيم الذي يتحصن فيه» is the fighters' camp in Baghuz (not al-Hol, the camp named "
                "before): the place is Baghuz; «ليلاً» after yesterday: gold keeps 5 March")])

passage("ub06", "2019-10-10", "Hawar", "Hawar: Turkish shelling on a border town; the displaced",
        "قامشلو/ هاوار: استشهد ثلاثة مدنيين وجرح 12 آخرون جراء قصف مدفعي عنيف شنه صباح اليوم جيش "
        "الاحتلال التركي ومرتزقته على أحياء مدينة سري كانيه، بحسب مراسل وكالتنا، الذي أشار إلى أن "
        "القذائف طالت محيط المشفى الوطني. وأفادت الإدارة الذاتية بأن عدد النازحين من المدن الحدودية منذ "
        "بدء الهجوم أمس تجاوز 70 ألف شخص.",
        [E("shelling", Q("ثلاثة", 3), PL("سري كانيه", "Ras al-Ain", "Al-Hasakah"), "2019-10-10",
           "مراسل وكالتنا", TUR,
           note="the Kurdish name of Ras al-Ain; «جيش الاحتلال التركي ومرتزقته»: Turkey's forces; Qamishli "
                "is the dateline"),
         E("other", Q("70 ألف", 70000, None, approx=True), None, None, "الإدارة الذاتية", None,
           kind="aggregate",
           note="displacement from the border towns since the attack began: an aggregate with no single "
                "place; «تجاوز» sets the lower bound")])

passage("ub07", "2020-01-29", "Enab Baladi", "Enab Baladi: a town taken; Russian raids on the next town",
        "سيطرت قوات النظام السوري والميليشيات المساندة لها على مدينة معرة النعمان جنوبي إدلب، مساء الثلاثاء "
        "28 من كانون الثاني، بعد انسحاب فصائل المعارضة منها إثر تطويقها من ثلاث جهات. وبحسب ما رصدته عنب "
        "بلدي، استهدف الطيران الروسي اليوم مدينة أريحا بست غارات، ما أدى إلى مقتل أربعة مدنيين، وفق الدفاع "
        "المدني.",
        [E("territory_change", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2020-01-28", None, GOV,
           note="source: the outlet"),
         E("airstrike", Q("أربعة", 4), PL("أريحا", "Ariha", "Idlib"), "2020-01-29", "الدفاع المدني", RUS,
           note="the six raids are the count, the four dead the fatalities: gold names the dead (either "
                "figure is the event's); source: the Civil Defence that gives the toll (the outlet observed "
                "the raids)")])

passage("ub08", "2020-03-06", "Al Jazeera", "a ceasefire agreed abroad; a clash before it took hold",
        "اتفق الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان في موسكو، أمس الخميس، على وقف لإطلاق "
        "النار في إدلب يسري منذ منتصف الليل، وعلى تسيير دوريات مشتركة على طريق M4. وقبل ساعات من سريانه، "
        "قُتل 15 عنصراً من قوات النظام في اشتباكات مع فصائل المعارضة قرب بلدة سراقب، بحسب المرصد السوري.",
        [E("agreement", None, PL("موسكو", "Moscow", None, "Russia"), "2020-03-05", None, None,
           note="an agreement abroad: the place is where it was made (Idlib is where it applies; defensible); "
                "the joint patrols are a future; M4 is a road name"),
         E("armed_clash", Q("15", 15), PL("سراقب", "Saraqib", "Idlib"), "2020-03-05", "المرصد السوري", None,
           note="a two-sided clash; «قبل ساعات من سريانه»: the same Thursday")])

passage("ub09", "2020-06-22", "Horan Free League", "an assassination of a settled former commander",
        "تجمع أحرار حوران: قضى القيادي السابق في «جيش المعتز» أحمد الزعبي، مساء أمس الأحد، برصاص مجهولين "
        "أطلقوا النار عليه من سيارة مسرعة قرب دوار البانوراما وسط طفس غربي درعا، وكان قد انضم إلى "
        "التسوية صيف 2018. وبهذه العملية يصل إلى 29 عدد عمليات ومحاولات الاغتيال التي وثقها التجمع في "
        "المحافظة منذ بداية حزيران.",
        [E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), "2020-06-21", None, UNID,
           note="an assassination by unknown gunmen: armed_clash with an unidentified agent (as the earlier "
                "sets); the roundabout is a spot in the town; the 2018 settlement is background; the Horan "
                "League is the outlet (colon opener): null"),
         E("armed_clash", Q("29", 29), PL("درعا", "Daraa", "Daraa"), None, None, UNID, kind="aggregate",
           note="a month's count of assassinations and attempts in the governorate: an aggregate (period "
                "June 2020); «التجمع» is the outlet")])

passage("ub10", "2021-07-29", "Daraa 24", "Daraa 24: the old quarter shelled; checkpoints overrun in the countryside",
        "درعا 24: قصفت قوات النظام المتمركزة في حي المنشية صباح اليوم الخميس أحياء درعا البلد بأكثر من 30 "
        "قذيفة هاون وصاروخ «فيل»، ما أسفر عن مقتل أربعة مدنيين بينهم طفلة. وردّ مقاتلون محليون في الريف "
        "الغربي بمهاجمة حواجز للنظام، وتمكنوا من أسر 19 عنصراً قرب بلدة المزيريب، بحسب مراسلنا.",
        [E("shelling", Q("أربعة", 4), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-07-29", None, GOV,
           note="al-Manshiyah is where fire came from; the 30 shells are the count, the four dead the "
                "fatalities (gold names the dead); first sentence: the outlet"),
         E("armed_clash", Q("19", 19), PL("المزيريب", "al-Muzayrib", "Daraa"), "2021-07-29", "مراسلنا", FSA,
           note="local fighters' attack on checkpoints (former opposition: FSA); the 19 captured are its "
                "figure (a second coder might code the captures as an arrest)")])

passage("ub11", "2021-09-07", "Asharq Al-Awsat", "a settlement deal in the old quarter; status settlements",
        "أبرمت لجنة التفاوض المركزية عن درعا البلد واللجنة الأمنية للنظام، بوساطة ضباط روس، اتفاقاً يقضي "
        "بوقف إطلاق النار ونشر تسع نقاط عسكرية داخل الأحياء، وبدأت أمس عمليات تسوية أوضاع المطلوبين في "
        "مدرسة الحي، حيث سوّى أكثر من 400 شخص أوضاعهم وسلموا 60 قطعة سلاح، كما قال عضو في لجنة التفاوض "
        "لـ«الشرق الأوسط».",
        [E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-07", "عضو في لجنة التفاوض", None,
           note="the deal is reported now without a day: dated by the report (a coder might put it a day "
                "earlier); nine points are a future"),
         E("other", Q("أكثر من 400", 400, None, approx=True), PL("درعا البلد", "Daraa al-Balad", "Daraa"),
           "2021-09-06", "عضو في لجنة التفاوض", None,
           note="status settlements: other; the school is a spot in the quarter; 60 weapons count the "
                "wrong thing")])

passage("ub12", "2022-02-03", "AFP", "a US raid by helicopter in a border town",
        "نفذت قوات أميركية خاصة فجر اليوم الخميس إنزالاً جوياً على منزل في بلدة أطمة بريف إدلب الشمالي "
        "المحاذي للحدود التركية، تخللته اشتباكات استمرت قرابة ثلاث ساعات، وقُتل خلاله 13 شخصاً، من بينهم "
        "سبعة أطفال وثلاث نساء، وفق أرقام نقلها المرصد السوري لحقوق الإنسان إلى فرانس برس. وأعلن الرئيس "
        "الأميركي لاحقاً أن زعيم تنظيم الدولة الإسلامية لقي حتفه في العملية.",
        [E("armed_clash", Q("13", 13), PL("أطمة", "Atmeh", "Idlib"), "2022-02-03", "المرصد السوري لحقوق الإنسان",
           USF, note="a heliborne raid with a firefight: armed_clash (ACLED: battles); children and women are a "
                     "breakdown; the Turkish border is a bearing; the president's statement retells the same "
                     "act")])

passage("ub13", "2022-11-20", "North Press", "North Press: Turkish jets hit grain silos; a toll",
        "الحسكة- نورث برس: قتل تسعة أشخاص، بينهم عمال وحراس، جراء غارات شنتها مقاتلات تركية فجر اليوم الأحد "
        "على صوامع الحبوب ومحطة كهرباء في بلدة الجوادية بريف المالكية (ديرك)، وفق مصادر طبية. وقالت وزارة "
        "الدفاع التركية إن عملية «المخلب - السيف» دمرت 89 هدفاً في شمالي سوريا والعراق.",
        [E("airstrike", Q("تسعة", 9), PL("الجوادية", "al-Jawadiyah", "Al-Hasakah"), "2022-11-20", "مصادر طبية",
           TUR, note="the silos and the power station are facilities in the town; the Turkish ministry's "
                     "statement is the same act told by its author, and its 89 targets span two countries "
                     "(no figure); Hasakah is the dateline")])

passage("ub14", "2023-08-28", "Deir ez-Zor 24", "tribal fighters against the SDF; the SDF's reply",
        "دير الزور 24: انتزع مسلحون عشائريون فجر اليوم الاثنين ثلاث نقاط عسكرية من «قسد» في ذيبان شرقي "
        "دير الزور، عقب مواجهات قتل فيها خمسة من عناصرها. وردت «قسد» بقذائف هاون أطلقتها من قاعدة حقل "
        "العمر على أحياء البلدة، فأصيب طفلان بجروح، وفق مراسلنا الذي أكد استمرار التوتر حتى ساعات الظهر.",
        [E("armed_clash", Q("خمسة", 5), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-08-28", None, TRIBES,
           note="three points taken in a clash: gold codes the clash with its dead (a second coder might "
                "code a territory_change of the points); source: the outlet's colon opener"),
         E("shelling", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-08-28", "مراسلنا", SDF,
           note="the Omar field base is where fire came from; two children injured (a dual, no numeral)")])

passage("ub15", "2023-10-06", "SNHR", "SNHR: shelling on Idlib after an attack elsewhere",
        "الشبكة السورية لحقوق الإنسان: وثقنا مقتل 11 مدنياً، بينهم ثلاثة أطفال، جراء قصف مدفعي وصاروخي "
        "لقوات النظام السوري مساء أمس الخميس على مدينة إدلب وبلدات سرمين وتفتناز والنيرب، جاء بعد ساعات "
        "فقط من استهداف مسيّرات مجهولة حفل تخرج ضباط في الكلية الحربية بحمص، وسط موجة نزوح من الأحياء "
        "الشرقية للمدينة.",
        [E("shelling", Q("11", 11), PL("إدلب", "Idlib", "Idlib"), "2023-10-05", None, GOV,
           note="SNHR's own colon opener and «وثقنا»: the outlet (null); a city and three towns in a list: one group at the first; the drone attack on the Homs "
                "academy is recalled as the cause (no figure; a second coder might code it as an event of "
                "its own with the same day)")])

passage("ub16", "2024-09-09", "SANA", "SANA (old): an Israeli 'aggression' on Masyaf",
        "دمشق-سانا: نقلت سانا عن مصدر عسكري أن العدو الإسرائيلي شن نحو الساعة 11:20 من ليل الأحد عدواناً "
        "جوياً من اتجاه شمال غرب لبنان استهدف عدداً من المواقع العسكرية في منطقة مصياف، ما أدى إلى استشهاد "
        "16 شخصاً وإصابة 36 آخرين. وأضاف المصدر أن وسائط دفاعنا الجوي تصدت للصواريخ وأسقطت بعضها.",
        [E("airstrike", Q("16", 16), PL("مصياف", "Masyaf", "Hama"), "2024-09-08", "مصدر عسكري", ISR,
           note="«من اتجاه شمال غرب لبنان» is where the missiles came from; the clock time is no figure; "
                "the interceptions are the same act told by its target")])

passage("ub17", "2024-12-07", "Syria TV", "local factions take a governorate capital",
        "أعلنت فصائل محلية من أبناء محافظة درعا، مساء أمس الجمعة، سيطرتها على مدينة درعا بعد انسحاب قوات "
        "النظام من مقراتها الأمنية والعسكرية فيها، كما سيطرت على معبر نصيب الحدودي مع الأردن. وقال مصدر في "
        "«غرفة عمليات الجنوب» لتلفزيون سوريا إن أكثر من 250 عنصراً من قوات النظام سلموا أنفسهم وأسلحتهم.",
        [E("territory_change", None, PL("درعا", "Daraa", "Daraa", nth=1), "2024-12-06", "فصائل محلية من أبناء محافظة درعا",
           FSA, note="the city taken; the crossing taken too is a second place of the same taking (a second "
                     "coder might give it an event of its own); the men who surrendered are folded in (a "
                     "coder might code them as a defection or an arrest)")])

passage("ub18", "2024-12-08", "Al Jazeera", "prisoners freed from a notorious prison",
        "أظهرت مقاطع مصورة بثها ناشطون فجر اليوم الأحد مقاتلين من فصائل المعارضة وهم يحطمون أقفال "
        "الزنازين في سجن صيدنايا العسكري بريف دمشق، ويخرجون منها آلاف المعتقلين بينهم نساء وأطفال. "
        "وتواصل فرق الخوذ البيضاء البحث عن أقبية سرية يُعتقد أن معتقلين ما زالوا محتجزين فيها، وفق بيان "
        "للدفاع المدني.",
        [E("other", Q("آلاف", 2000, 9000, approx=True), PL("سجن صيدنايا العسكري", "Sednaya military prison",
                                                          "Rif Dimashq"),
           "2024-12-08", "ناشطون", FSA,
           note="a release of prisoners: other; the prison is the most specific place (Sednaya is "
                "defensible); the search for secret cells is ongoing, not an event")])

passage("ub19", "2024-12-10", "Al-Modon", "Israel: strikes counted over two days; a mountain taken",
        "قال الجيش الإسرائيلي إن طائراته نفذت خلال الساعات الثماني والأربعين الماضية نحو 480 ضربة في "
        "أنحاء سوريا، طالت مخازن أسلحة وسفناً للبحرية في ميناء اللاذقية ومطارات عسكرية. وكانت قواته قد "
        "انتشرت يوم الأحد في المنطقة العازلة وسيطرت على قمة جبل الشيخ من الجانب السوري.",
        [E("airstrike", Q("نحو 480", 480, approx=True), None, None, "الجيش الإسرائيلي", ISR, kind="aggregate",
           note="strikes over two days across the country: an aggregate with no place (the port is one of "
                "many targets)"),
         E("territory_change", None, PL("جبل الشيخ", "Mount Hermon", "Rif Dimashq"), "2024-12-08", None, ISR,
           note="«يوم الأحد»: the last Sunday, 8 December; the buffer zone is the wider area; the pluperfect «وكانت» "
                "is recent news, not history; source: the outlet")])

passage("ub20", "2025-01-05", "SANA", "new SANA: the interior ministry's sweep of a Homs district",
        "حمص-سانا: أوقفت إدارة الأمن العام 63 مطلوباً، بينهم ضباط سابقون يُتهمون بانتهاكات بحق الأهالي، "
        "خلال حملة تمشيط شملت أمس السبت حي النزهة، وصادرت مستودعاً للذخائر، بحسب مصدر في الإدارة. ودعت "
        "الإدارة السكان إلى البقاء في بيوتهم حتى انتهاء الحملة في حيي الزهراء ووادي الذهب.",
        [E("arrest", Q("63", 63), PL("النزهة", "al-Nuzha", "Homs"), "2025-01-04", "مصدر في الإدارة",
           NEWGOV, note="the two other districts are where the sweep will go (a future and a call); former "
                        "officers are a breakdown")])

passage("ub21", "2025-03-07", "SOHR", "SOHR: an ambush by remnants on the coast; the tolls",
        "المرصد السوري لحقوق الإنسان: قُتل 13 عنصراً من الأمن العام حين فتح مسلحون موالون للنظام البائد "
        "النار على دوريتهم مساء أمس الخميس على طريق جبلة - اللاذقية قرب قرية بيت عانا، لتندلع بعدها "
        "اشتباكات في عدة قرى بريف جبلة. ووثق المرصد منذ مساء الخميس مقتل 162 شخصاً، بينهم 49 مدنياً، في "
        "الساحل السوري.",
        [E("armed_clash", Q("13", 13), PL("بيت عانا", "Beit Ana", "Latakia"), "2025-03-06", None, LOYAL,
           note="an ambush near a village on a road between two towns: the village is the place; the "
                "clashes in several villages that followed have no place named beyond «ريف جبلة» (folded; "
                "a second coder might add an armed_clash in Jableh's countryside)"),
         E("casualties", Q("162", 162), PL("الساحل السوري", "Syrian coast", None), None, None, None,
           kind="aggregate", note="a toll since Thursday evening over the coast (period from 2025-03-06); "
                                  "49 civilians a breakdown; SOHR is the outlet (colon opener)")])

passage("ub22", "2025-04-15", "Enab Baladi", "returns since the fall; a crossing's figures",
        "أفادت مفوضية اللاجئين الأممية بأن ما يزيد على 400 ألف لاجئ سوري رجعوا من بلدان الجوار منذ "
        "الثامن من كانون الأول الماضي، يوم سقوط النظام. ومن جهتها، قالت إدارة معبر جديدة يابوس إن نحو "
        "1200 عائلة قادمة من لبنان عبرت المنفذ خلال الأسبوع الماضي وحده، معظمها من أبناء ريفي حمص "
        "والقصير.",
        [E("other", Q("ما يزيد على 400 ألف", 400000, None, approx=True), None, None,
           "مفوضية اللاجئين الأممية", None, kind="aggregate",
           note="returns since 8 Dec 2024 from neighbouring countries: no place in Syria named"),
         E("other", Q("نحو 1200", 1200, approx=True), PL("جديدة يابوس", "Jdeidet Yabous", "Rif Dimashq"),
           "2025-W15", "إدارة معبر جديدة يابوس", None, kind="aggregate",
           note="families crossing back over a week: an aggregate at the crossing; Lebanon is the origin, Homs and Qusayr where they come from; "
                "dated by last week (ISO week 15 of 2025)")])

passage("ub23", "2025-04-30", "Suwayda 24", "clashes on a city's edge; an Israeli 'warning' strike",
        "السويداء 24: سقط ستة قتلى من أبناء جرمانا، إلى جانب عنصرين من الأمن العام، خلال مواجهات دارت "
        "ليل الاثنين - الثلاثاء على أطراف المدينة، على خلفية تسجيل صوتي مسيء انتشر على وسائل التواصل. "
        "وفي السياق، أعلن الجيش الإسرائيلي أنه شن أمس الثلاثاء ضربة وصفها بالتحذيرية على مجموعة مسلحة "
        "قرب أشرفية صحنايا، جنوب غربي دمشق.",
        [E("armed_clash", Q("ستة", 6), PL("جرمانا", "Jaramana", "Rif Dimashq"), "2025-04-29", None, None,
           note="a two-sided clash; the six local dead are counted (the two security men, a dual, are "
                "beside them: 8 in all is defensible); «ليل الاثنين - الثلاثاء»: the night into Tuesday; "
                "the voice recording is the cause; source: the outlet"),
         E("airstrike", None, PL("أشرفية صحنايا", "Ashrafiyat Sahnaya", "Rif Dimashq"), "2025-04-29",
           "الجيش الإسرائيلي", ISR, note="a 'warning' strike is still a strike")])

passage("ub24", "2025-05-02", "Reuters", "a strike next to the presidential palace",
        "القدس (رويترز) - قال الجيش الإسرائيلي إن طائراته قصفت فجر اليوم الجمعة منطقة محاذية لقصر الشعب "
        "في دمشق، في رسالة قال رئيس الوزراء بنيامين نتنياهو إنها تحذير للحكومة السورية من نشر قوات جنوب "
        "العاصمة. ولم ترد تقارير فورية عن إصابات. وهذه ثاني ضربة إسرائيلية على العاصمة خلال أسبوع، بحسب "
        "وسائل إعلام إسرائيلية.",
        [E("airstrike", None, PL("قصر الشعب", "People's Palace", "Damascus"), "2025-05-02", "الجيش الإسرائيلي",
           ISR, note="the palace is the most specific place (Damascus defensible); Jerusalem is the dateline; "
                     "deploying forces south of the capital is what the warning forbids (not an event); the week's other strike has no day or place: not coded")])

passage("ub25", "2025-07-15", "Al Arabiya", "army columns enter a city; clashes; Israeli strikes on tanks",
        "دخلت أرتال من وزارة الدفاع السورية صباح اليوم الثلاثاء مدينة السويداء بعد يومين من الاشتباكات مع "
        "فصائل درزية مسلحة، أسفرت بحسب المرصد السوري لحقوق الإنسان عن مقتل 99 شخصاً على الأقل. وفي الأثناء "
        "استهدفت طائرات إسرائيلية دبابات للجيش قرب بلدة المزرعة غربي المدينة، معلنة أنها تتحرك لحماية "
        "الدروز.",
        [E("territory_change", None, PL("السويداء", "Suwayda", "As-Suwayda"), "2025-07-15", None, NEWGOV,
           note="columns entering the city after fighting: a taking (reinforcement is defensible); source: "
                "the outlet"),
         E("armed_clash", Q("99", 99, None, approx=True), PL("السويداء", "Suwayda", "As-Suwayda"), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="two days of clashes with their toll: an aggregate (period 13-15 July; an incident at the "
                "city is defensible)"),
         E("airstrike", None, PL("المزرعة", "al-Mazraa", "As-Suwayda"), "2025-07-15", None, ISR,
           note="the stated aim is not an event")])

passage("ub26", "2025-07-21", "Syria TV", "Bedouin families evacuated from a city under a truce",
        "بدأت فرق الهلال الأحمر العربي السوري اليوم الاثنين إجلاء عائلات من عشائر البدو المحاصرة في أحياء "
        "مدينة السويداء، تنفيذاً لاتفاق وقف إطلاق النار. وقال مسؤول في محافظة درعا لتلفزيون سوريا إن نحو "
        "1500 شخص وصلوا حتى المساء إلى مراكز إيواء في مدينة بصرى الشام، على أن تستكمل العملية غداً.",
        [E("other", Q("نحو 1500", 1500, approx=True), PL("السويداء", "Suwayda", "As-Suwayda"), "2025-07-21",
           "مسؤول في محافظة درعا", None,
           note="an evacuation: Busra al-Sham is the destination, the city the place; the truce is "
                "background; tomorrow's continuation is a future")])

passage("ub27", "2025-08-18", "Daraa 24", "an IED on a security patrol in the western countryside",
        "درعا 24: استهدفت عبوة ناسفة زرعها مجهولون على جانب الطريق بين بلدتي اليادودة والمزيريب، مساء "
        "أمس الأحد، سيارة تقل عناصر من الأمن الداخلي في الريف الغربي، فقتل أحدهم وأصيب ثلاثة آخرون بجروح "
        "متفاوتة، وفق مراسلنا. ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، في حين نُقل المصابون إلى "
        "المشفى الوطني في مدينة درعا.",
        [E("explosion", None, PL("اليادودة", "al-Yadudah", "Daraa"), "2025-08-17", "مراسلنا", None,
           note="a road between two towns: gold takes the first (either end is defensible); one killed "
                "(a singular noun, no figure) and three injured (not the scored figure); unclaimed: no "
                "agent")])

passage("ub28", "2025-09-26", "Hawar", "IS cell attacks an SDF point; the year's count",
        "قال المركز الإعلامي لقوات سوريا الديمقراطية إن أربعة من مقاتليها قضوا أمس الخميس وهم يصدون "
        "هجوماً لخلية من «داعش» استهدف موقعاً لها في ذيبان بريف دير الزور الشرقي، وإن المهاجمين فروا "
        "باتجاه البادية. وبحسب إحصاء المرصد السوري لحقوق الإنسان، نفذت خلايا التنظيم 219 هجوماً في مناطق "
        "الإدارة الذاتية منذ مطلع العام.",
        [E("armed_clash", Q("أربعة", 4), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2025-09-25",
           "المركز الإعلامي لقوات سوريا الديمقراطية", IS, note="a repelled attack: IS attacked"),
         E("armed_clash", Q("219", 219), None, None, "المرصد السوري لحقوق الإنسان", IS, kind="aggregate",
           note="IS operations since January: an aggregate; «مناطق الإدارة الذاتية» is a zone of control, "
                "not a named place (gold null)")])

passage("ub29", "2025-10-07", "North Press", "clashes in two Aleppo districts; a ceasefire the next day",
        "حلب- نورث برس: قُتل عنصر من قوى الأمن الداخلي (الأسايش) ومدنيان، وأصيب 11 آخرون، خلال مواجهات "
        "مساء أمس الاثنين بين قوات الحكومة السورية والأسايش عند نقطة تفتيش قرب دوار الشيحان على أطراف "
        "الشيخ مقصود. وأعلن وزير الدفاع صباح اليوم الاتفاق مع قائد «قسد» على وقف شامل لإطلاق النار يشمل "
        "الشيخ مقصود وحي الأشرفية المجاور.",
        [E("armed_clash", None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), "2025-10-06", None, None,
           note="two-sided: no agent; the dead are a singular and a dual (no numeral: no figure), the 11 "
                "injured are not the scored figure; the roundabout checkpoint is a spot in the district"),
         E("agreement", None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), "2025-10-07", "وزير الدفاع", None,
           note="a ceasefire for two districts: one group at the first")])

passage("ub30", "2025-11-30", "Anadolu", "the interior ministry's campaign against IS cells",
        "دمشق/ الأناضول: أعلنت وزارة الداخلية السورية، الأحد، أن وحداتها ألقت القبض على 71 شخصاً يُشتبه "
        "بانتمائهم إلى تنظيم داعش، خلال حملة أمنية واسعة شملت ريف دمشق وحلب وإدلب ودير الزور، وضبطت "
        "عبوات ناسفة وأحزمة معدة للتفجير. وقال متحدث باسم الوزارة إن الحملة ستتواصل حتى تفكيك جميع "
        "الخلايا.",
        [E("arrest", Q("71", 71), PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2025-11-30",
           "وزارة الداخلية السورية", NEWGOV,
           note="one campaign told for four governorates: one group at the first (an aggregate is "
                "defensible); the campaign's continuation is a future")])

passage("ub31", "2019-05-12", "Step", "Step: barrels on a southern Idlib town; a displacement count",
        "ألقت مروحيات النظام ثمانية براميل متفجرة صباح اليوم الأحد على مدينة خان شيخون جنوبي إدلب، ما أدى إلى "
        "مقتل ستة مدنيين بينهم امرأة وطفلاها، بحسب مراسل وكالة ستيب الإخبارية. ووثق فريق «منسقو استجابة "
        "سوريا» نزوح أكثر من 180 ألف مدني من ريفي حماة الشمالي وإدلب الجنوبي منذ مطلع الشهر.",
        [E("airstrike", Q("ستة", 6), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-05-12",
           "مراسل وكالة ستيب الإخبارية", GOV,
           note="eight barrels are the count, six dead the fatalities (gold names the dead); «وطفلاها» a dual"),
         E("other", Q("أكثر من 180 ألف", 180000, None, approx=True), None,
           None, "فريق «منسقو استجابة سوريا»", None, kind="aggregate",
           note="displacement since the start of May: an aggregate over two regions in one phrase: no "
                "single place (gold null; northern Hama's countryside is defensible)")])

passage("ub32", "2024-09-22", "SANA", "old SANA: an amnesty decree that covers desertion",
        "دمشق-سانا: منح الرئيس بشار الأسد اليوم الأحد عفواً عاماً بمرسوم تشريعي يُسقط كامل العقوبة عن "
        "مرتكبي جرائم الفرار الداخلي، ويمتد إلى الفارين خارج البلاد إن راجعوا أقرب قنصلية أو شعبة تجنيد "
        "خلال أربعة أشهر، ولا يشمل من التحق بالتنظيمات الإرهابية. وأوضح وزير العدل أن المرسوم يستثني "
        "الجرائم التي أفضت إلى وفاة إنسان.",
        [E("desertion", None, PL("دمشق", "Damascus", "Damascus"), "2024-09-22", None, GOV,
           note="an amnesty decree for deserters: desertion; the dateline places it at the capital (null is "
                "defensible); «أربعة أشهر» is a duration; the minister explains, he does not report the "
                "decree: source the outlet")])


if __name__ == "__main__":
    write("gold33.jsonl", P33)
