"""Build gold66.jsonl: development set 66 (ids ie01…), written in stop 32 by writer w66 BEFORE any run on it.

36 short excerpts, each the paraphrase of the news part of ONE real page found in the search tool's `pages` corpus
(queries in Arabic), years 2011-2025: rights groups' monthly and yearly tallies (SOHR, SNHR), SANA and the Interior
Ministry, Kurdish and north-eastern outlets (North Press, Rebaz/Sputnik, 7al), Turkish operations (Euphrates Shield,
Olive Branch, Peace Spring, drones), Israeli strikes, arrests and detentions, refugees, returns and displacement.
Facts, places, figures, dates and attributions are the page's; every sentence is rewritten, personal names are
invented; each passage's note gives the page's address. No run of 5 words is shared with the page (checked by
script against the page text, kept outside the repo). Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build66.py      # rewrites gold66.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, IS, ISR, NEWGOV, PL, SDF, TUR, E, Q,  # noqa: E402,F401
                   write)

P66: list[dict] = []


def passage(pid, published, outlet, style, text, events, note):
    """One excerpt; `note` is the address of the real page it paraphrases (kept in the record's style)."""
    P66.append({"id": pid, "published": published, "outlet": outlet,
                "style": f"{style} | paraphrased from the real page {note}", "text": text.strip(), "events": events})


SOHR = "المرصد السوري لحقوق الإنسان"
SNHR = "الشبكة السورية لحقوق الإنسان"

passage("ie01", "2011-03-21", "Elaph", "SOHR list of arrests in three cities; a Friday protest",
        "بحسب المرصد السوري لحقوق الإنسان، أوقف عناصر الأمن في مدينة بانياس الساحلية الكاتب الصحفي سامر "
        "حلواني المنحدر من ناحية العنازة، ومعه شابان من المدينة. وفي ريف دمشق، اقتادت الأجهزة الأمنية أربعة "
        "تلاميذ من مدرسة الباسل بمدينة دوما مكبّلين من قاعة الدرس، بسبب شعارات خطّوها على الجدران. وتزامن ذلك مع "
        "توقيف عدد من المحتجين أمام الجامع الأموي وسط دمشق يوم الجمعة.",
        [E("arrest", None, PL("بانياس", "Baniyas", "Tartus"), None, SOHR, GOV,
           note="a named journalist and a dual noun: no figure; the page gives no day"),
         E("arrest", Q("أربعة", 4), PL("دوما", "Douma", "Rif Dimashq"), None, SOHR, GOV,
           note="the school is a landmark: the town; SOHR's report goes on"),
         E("arrest", None, PL("دمشق", "Damascus", "Damascus", nth=1), "2011-03-18", SOHR, GOV,
           note="the mosque is a landmark: the city (nth=1: the first «دمشق» is inside «ريف دمشق»); «عدد» is no "
                "figure; the protest itself is not told as an event here")],
        "https://elaph.com/Web/news/2011/3/640501.html (published date inferred: URL month and «منذ ثلاثة أيام» "
        "after the Daraa protests)")

passage("ie02", "2011-05-09", "SOHR via syriahro.org", "SOHR statement: mass arrest with breakdown, a hospital",
        "أصدر المرصد السوري لحقوق الإنسان بياناً ذكر فيه أن قوات الأمن السورية احتجزت 250 شخصاً في بانياس، من بينهم "
        "الشيخ ماهر قدّور الذي يُعدّ أبرز وجوه الاحتجاج. وأوضح المرصد أن المحتجزين يضمّون عشرات النساء وطفلاً "
        "عمره عشر سنوات، وأن القوات تحاصر مستشفى الجمعية وقد أوقفت داخله عدداً من الأطباء. وكان مدير المرصد قد "
        "أبلغ وكالة فرانس برس بأن السلطات عزلت المدينة عن الهاتف والكهرباء والماء.",
        [E("arrest", Q("250", 250), PL("بانياس", "Baniyas", "Tartus"), None, SOHR, GOV,
           note="women and the boy are a breakdown; the doctors held at the hospital are read as part of the same "
                "campaign (a second coder could code a second arrest at «مستشفى الجمعية»); cutting the phone, power "
                "and water is no event type; no day in the text")],
        "https://syriahro.org/9-5-2011-syrian%20observatory4.htm")

passage("ie03", "2011-05-12", "AFP via arab48", "SOHR: raids on two villages today, arrests go on, a recalled Sunday",
        "ووفق المرصد السوري لحقوق الإنسان، اقتحمت وحدات من الجيش والأجهزة الأمنية اليوم صباحاً قريتي البيضا "
        "والقرير القريبتين من بانياس، واعتقلت فيهما عشرات السكان. وأضاف أن الاعتقالات تواصلت داخل بانياس نفسها "
        "مركّزةً على المثقفين وأصحاب الكفاءات، وكان بين الموقوفين المحامي نادر عيسى. وكانت القوات قد ألقت القبض "
        "يوم الأحد على قادة الاحتجاج في المدينة.",
        [E("arrest", Q("عشرات", 20, 90, approx=True), PL("البيضا", "Al-Bayda", "Tartus"), "2011-05-12", SOHR, GOV,
           note="one raid over two villages: the first place"),
         E("arrest", None, PL("بانياس", "Baniyas", "Tartus", nth=1), "2011-05-12", SOHR, GOV,
           note="«وأضاف» carries SOHR; «تواصلت» is read as today; nth=1: the first «بانياس» is in «القريبتين من بانياس»"),
         E("arrest", None, PL("بانياس", "Baniyas", "Tartus", nth=1), "2011-05-08", None, GOV,
           note="the writer's recall «وكانت … قد» with its own day is an event of its own; source: the outlet; "
                "placed at the city («في المدينة»)")],
        "https://www.arab48.com/.../2011/05/12/قوات-الامن-السورية-تداهم-قرى-مجاورة-لمدينة-بانياس-وتعتقل-العشرات-")

passage("ie04", "2011-06-09", "Al-Masry Al-Youm (amay1.sarmady.net)", "Anadolu figure of refugees in 24 hours",
        "نقلت وكالة الأناضول التركية أن السلطات التركية استقبلت 1050 سورياً عبروا الحدود إلى تركيا خلال الساعات "
        "الأربع والعشرين الأخيرة. ويتصاعد تدفق الهاربين مع تشديد الجيش وقوى الأمن حملتهم على المحتجين وتطويقهم "
        "للمدن، عقب الإعلان الرسمي عن مقتل 120 عنصراً أمنياً في جسر الشغور. ويقيم مئات ممن سبقوهم في خيام نصبها "
        "الهلال الأحمر التركي.",
        [E("other", Q("1050", 1050), PL("تركيا", "Turkey", None, "Turkey"), "2011-06-09", "وكالة الأناضول التركية",
           note="refugees crossing, told as the act: the arrival country is the place (as an arrival abroad); the 120 "
                "security men killed in Jisr al-Shughour are a recall with no day (no event); the hundreds living in "
                "tents are a state")],
        "https://amay1.sarmady.net/news/details/137217 (published date inferred: days after the Jisr al-Shughour "
        "announcement of June 2011)")

passage("ie05", "2012-08-07", "Reuters via Al-Wasat", "Turkish foreign ministry: refugees overnight with officers",
        "أعلنت وزارة الخارجية التركية اليوم الثلاثاء أن أكثر من 1300 سوري عبروا إلى تركيا خلال الليل فراراً من "
        "تصاعد العنف، وأن بينهم ضابطاً برتبة عميد. وأوضحت الوزارة عبر تويتر أن 11 ضابطاً آخرين وصلوا ضمن القادمين "
        "الجدد، ليصل مجموع اللاجئين السوريين الموجودين في تركيا إلى 47500 بعد أن كان 44000 في أواخر تموز.",
        [E("other", Q("أكثر من 1300", 1300, None, approx=True), PL("تركيا", "Turkey", None, "Turkey"), "2012-08-07",
           "وزارة الخارجية التركية", note="the crossing overnight into Tuesday; arrival country as place"),
         E("defection", Q("11", 11), PL("تركيا", "Turkey", None, "Turkey"), "2012-08-07", "وزارة الخارجية التركية", GOV,
           note="officers arriving among refugees: an implicit defection by arrival; the text writes 11 (plus a "
                "brigadier, singular): the figure is the number written, a second coder might want 12"),
         E("other", Q("47500", 47500), None, None, "وزارة الخارجية التركية", kind="aggregate",
           note="running total of refugees living in Turkey: a residence abroad has no place; 44000 is the earlier "
                "value, not an event")],
        "http://alwasatnews.com/news/693073.html")

passage("ie06", "2012-10-08", "Al-Masry Al-Youm (AFP)", "SOHR national toll with categories, a week, a month",
        "أحصى المرصد السوري لحقوق الإنسان سقوط 32 ألف قتيل على الأقل، معظمهم مدنيون، منذ انطلاق الاحتجاجات على "
        "حكم الرئيس بشار الأسد منتصف آذار 2011، مشيراً إلى أن نحو ألف منهم قضوا في الأسبوع الماضي وحده. وفصّل "
        "مدير المرصد الحصيلة الممتدة حتى السابع من تشرين الأول 2012 بـ22980 مدنياً، و7884 عسكرياً نظامياً، و1215 منشقاً. "
        "ويبقى شهر آب الأعلى حصيلة بـ5440 قتيلاً.",
        [E("casualties", Q("32 ألف", 32000, None), None, None, SOHR, kind="aggregate",
           note="MENDED stop 32 (mechanical, a hedge's bound: «على الأقل» after the noun gives low N, high null, news_dev "
                "README); running national total since March 2011; civilians, soldiers and defectors are its breakdown; "
                "«على الأقل» after the noun sets the bound outside the span"),
         E("casualties", Q("نحو ألف", 1000, approx=True), None, "2012-W40", SOHR, kind="aggregate",
           note="last week's toll (published Monday 8 October: the ISO week before)"),
         E("casualties", Q("5440", 5440), None, "2012-08", SOHR, kind="aggregate",
           note="the deadliest month, told as background of the total; kept as its own monthly aggregate (a second "
                "coder may drop it)")],
        "https://www.masress.com/almasryalyoum/1163636")

passage("ie07", "2012-11-11", "FJP via masress", "border closed after Ras al-Ain fighting; a Turkish paper's figure",
        "أوصدت تركيا حدودها في وجه موجة اللاجئين السوريين، إثر احتدام المعارك بين القوات النظامية ومقاتلي "
        "المعارضة في رأس العين المحاذية لبلدة جيلان بنار التركية. ونقلت صحيفة «أيدنلك» التركية في عددها اليوم الأحد أن "
        "قرابة 8 آلاف لاجئ دخلوا خلال 24 ساعة أول من أمس، فامتنعت السلطات عن إيواء المزيد. ويتجمع اللاجئون الآن "
        "خلف الأسلاك الشائكة على الجانب السوري.",
        [E("statement", None, None, None, None,
           note="the closure is a decision of a named government (stop-32 rule: a decision is a statement); "
                "a second coder may code `other`; its source is the outlet"),
         E("armed_clash", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), None, None, GOV,
           note="no day for the fighting; Ceylanpınar is named as a neighbour only; agent: the first side named"),
         E("other", Q("قرابة 8 آلاف", 8000, approx=True), None, "2012-11-09", "صحيفة «أيدنلك» التركية",
           note="arrivals into Turkey; the text names no place for the crossing (Turkey is the subject of the "
                "first sentence only); a second coder may put Turkey")],
        "https://www.masress.com/fjp/28448")

passage("ie08", "2013-04-01", "Sabq via sauress", "SOHR monthly toll with breakdown",
        "عدّ المرصد السوري لحقوق الإنسان شهر آذار 2013 الأشد دموية منذ اندلاع النزاع قبل عامين، إذ حصد "
        "أرواح ما يزيد على ستة آلاف شخص. وحدد مدير المرصد العدد بستة آلاف وخمسة قتلى، منهم 3480 مدنياً، من ضمنهم 298 "
        "طفلاً، و1400 من مقاتلي المعارضة، و86 جندياً منشقاً، و1464 من عناصر القوات النظامية.",
        [E("casualties", Q("ستة آلاف وخمسة", 6005), None, "2013-03", SOHR, kind="aggregate",
           note="one monthly toll told twice (round, then exact): the exact figure; categories are a breakdown")],
        "https://sauress.com/sabq/151998 (published date inferred: the start of April 2013)")

passage("ie09", "2013-12-19", "SANA (via the Syrian embassy in Romania)", "SANA: army operations in three places",
        "دمشق-سانا\n"
        "أجهزت وحدات من جيشنا الباسل أمس على مجموعات إرهابية بكامل أفرادها خلال عمليات استهدفت تجمعاتها في دوما "
        "وجوبر ومعلولا في ريف دمشق. وأفادت مصادر لمندوبة سانا أن الوحدات أوقعت أعداداً من الإرهابيين قتلى في مزارع "
        "الحجارية وعالية قرب دوما، ولاحقت مجموعة شرقي حي جوبر من جهة المتحلق الجنوبي فقتلت عدداً من عناصرها. "
        "وأضافت المصادر أن اشتباكاً جرى قرب فندق السفير في معلولا انتهى بمقتل كثير من الإرهابيين "
        "وجرح آخرين.",
        [E("armed_clash", None, PL("الحجارية", "Al-Hajjariya farms", "Rif Dimashq"), "2013-12-18", "مصادر", GOV,
           note="lead and detail are one operation per place; the farms are the most specific place (a second coder "
                "may keep Douma); «أعداد» is no figure"),
         E("armed_clash", None, PL("جوبر", "Jobar", "Damascus"), "2013-12-18", "مصادر", GOV),
         E("armed_clash", None, PL("معلولا", "Maaloula", "Rif Dimashq", nth=1), "2013-12-18", "مصادر", GOV,
           note="the hotel is a landmark: the town; «وأضافت المصادر» carries the source")],
        "https://syrianembassy.ro/ar/2013/12/19/... (SANA item of 19/12/2013)")

passage("ie10", "2014-01-01", "Palestine Time (AFP)", "SOHR yearly toll and a running total",
        "قال المرصد السوري لحقوق الإنسان، في حصيلة نشرها اليوم الأربعاء، إن عام 2013 شهد مقتل ما يربو على 73 ألف شخص في سوريا، "
        "ليكون أكثر أعوام النزاع دموية منذ 2011. وأوضح المرصد في رسالة إلكترونية أنه سجّل 73455 قتيلاً من مطلع "
        "كانون الثاني حتى آخر كانون الأول 2013، منهم 22436 مدنياً. وكان المرصد قد أعلن أمس أن إجمالي القتلى "
        "منذ آذار 2011 تجاوز 130 ألفاً.",
        [E("casualties", Q("73455", 73455), None, "2013", SOHR, kind="aggregate",
           note="the year's toll told round then exact: one aggregate, the exact figure; civilians a breakdown; "
                "«في سوريا» is country-wide, no place"),
         E("casualties", Q("130 ألفاً", 130000, None, True), None, None, SOHR, kind="aggregate",
           note="running total since March 2011, told the day before («تجاوز» is a bound by a verb, outside the span)")],
        "https://paltimeps.ps/post/56036/")

passage("ie11", "2014-09-21", "DW Arabic", "UNHCR figure of Kurds fleeing; SOHR on IS advance near Kobani",
        "ذكرت المفوضية العليا للأمم المتحدة لشؤون اللاجئين أن قرابة 70 ألف كردي سوري عبروا إلى تركيا منذ يوم "
        "الجمعة هرباً من زحف مقاتلي تنظيم «الدولة الإسلامية» بشمال شرقي سوريا. وفي الأثناء، أكد المرصد السوري "
        "لحقوق الإنسان، من جهته، أن التنظيم يطبق اليوم الأحد حصاره على عين العرب (كوباني)، بعدما استولى على ما يزيد "
        "على 60 قرية في محيطها منذ مساء الثلاثاء، وبات على مسافة عشرة كيلومترات منها.",
        [E("other", Q("قرابة 70 ألف", 70000, approx=True), PL("تركيا", "Turkey", None, "Turkey"), "2014-09-19",
           "المفوضية العليا للأمم المتحدة لشؤون اللاجئين",
           note="flight into Turkey since Friday: arrival country as place, dated at its start (a second coder may "
                "code an aggregate with no date)"),
         E("territory_change", Q("ما يزيد على 60", 60, None, approx=True), PL("عين العرب", "Ain al-Arab (Kobani)",
           "Aleppo"), "2014-09-16", SOHR, IS,
           note="villages taken around the town since Tuesday evening; the siege is a state, not a second event")],
        "https://amp.dw.com/ar/70-ألف-كردي-سوري-يلجؤون-لتركيا-هربا-من-داعش/a-17937602")

passage("ie12", "2015-05-23", "7al (Al-Hal al-Souri)", "YPG statement on 15 villages; Asayish figures of returns",
        "بسطت وحدات حماية الشعب أمس سيطرتها على 15 قرية في ريف مقاطعة الجزيرة الغربي شمال شرقي سوريا، من "
        "بينها تل طلائع وتل نصري، إثر مواجهات مع تنظيم «داعش»، وفق بيان صادر عن الوحدات. وتندرج المعارك ضمن حملة "
        "أطلقتها الوحدات قبل 16 يوماً لانتزاع القرى الواقعة تحت سيطرة التنظيم. وبحسب أرقام قوات الأسايش، رجعت أكثر "
        "من 100 عائلة إلى منازلها في تل تمر وقراها خلال اليومين الأخيرين، بعدما هجّرتها هجمات التنظيم منذ منتصف "
        "شباط.",
        [E("territory_change", Q("15", 15), PL("تل طلائع", "Tal Talaie", "Al-Hasakah"), "2015-05-22",
           "بيان صادر عن الوحدات", SDF,
           note="a list of villages: the first named; the YPG is coded with the SDF actor; the 16-day campaign is "
                "background"),
         E("other", Q("أكثر من 100", 100, None, approx=True), PL("تل تمر", "Tell Tamer", "Al-Hasakah"), None,
           "قوات الأسايش", note="returns over two days: no single day; the February displacement is a recall")],
        "https://7al.net/2015/05/23/وحدات-الحماية-تسيطر-على-15-قرية-بمقاطعة-2/")

passage("ie13", "2015-07-02", "Al-Jazirah (AFP)", "IS infiltrates a quarter, the YPG retakes it; a spokesman",
        "أعلن المرصد السوري لحقوق الإنسان ضمن تحديث أمس الأربعاء أن مقاتلي وحدات حماية الشعب الكردية استعادوا الحي الذي "
        "تسلل إليه عناصر داعش يوم الثلاثاء داخل مدينة تل أبيض الحدودية. وأوضح مدير المرصد لفرانس برس أن التنظيم "
        "طُرد من حي مشهور الفوقاني بعد مواجهات قُتل فيها أربعة من عناصره وثلاثة من المقاتلين الأكراد. من جهته، أكد "
        "المتحدث باسم الوحدات هوزان برو أن المجموعة المتسللة أُبيدت، وأن أحد أفرادها فجّر حزامه الناسف أثناء القتال.",
        [E("territory_change", None, PL("مشهور الفوقاني", "Mashhour al-Fawqani", "Raqqa"), "2015-06-30", SOHR, IS,
           note="IS entering the quarter on Tuesday (the text's own day); a second coder may leave it as background"),
         E("territory_change", Q("أربعة", 4), PL("مشهور الفوقاني", "Mashhour al-Fawqani", "Raqqa"), "2015-07-01", SOHR,
           SDF, note="the retaking, dated by SOHR's Wednesday report; no total of the dead: the first side numbered; "
                     "the belt detonation is part of the fight; YPG coded with the SDF actor")],
        "https://al-jazirah.com/2015/20150702/du8.htm")

passage("ie14", "2016-10-03", "7al (agencies)", "Turkish general staff tally; Anadolu on villages; rockets on Kilis",
        "ذكرت رئاسة الأركان التركية أن فصائل «درع الفرات» انتزعت من تنظيم داعش 960 كيلومتراً مربعاً شمالي حلب، تضم "
        "111 منطقة مأهولة، في الفترة الممتدة من 24 آب حتى صباح الأحد 2 تشرين الأول. ونقلت وكالة الأناضول أن "
        "الفصائل المعارضة المشاركة في الحملة سيطرت السبت، بإسناد تركي، على كل من عويشية وتل عطية والجبّان والأيوبية. "
        "كما أعلن الجيش التركي أن التنظيم أطلق أمس ثلاث قذائف صاروخية سقطت في ولاية كليس، فردّت المدفعية بتدمير "
        "الراجمات التي أُطلقت منها.",
        [E("territory_change", Q("111", 111), None, None, "رئاسة الأركان التركية", FSA, kind="aggregate",
           note="running total since 24 August; the area is a measure, the populated areas the count; «شمالي حلب» "
                "is a bearing of the whole, left unplaced; factions backed by Turkey coded as FSA (2016)"),
         E("territory_change", None, PL("عويشية", "Uwaishiya", "Aleppo"), "2016-10-01", "وكالة الأناضول", FSA,
           note="a list of villages: the first"),
         E("shelling", Q("ثلاث", 3), PL("كليس", "Kilis", None, "Turkey"), "2016-10-02", "الجيش التركي", IS,
           note="rockets that fell in Turkey: the place abroad where they fell"),
         E("shelling", None, None, "2016-10-02", "الجيش التركي", TUR,
           note="the reply on the launchers: no place given")],
        "https://7al.net/2016/10/03/درع-الفرات-تعلن-سيطرتها-على-حوالي-ألف-ك/")

passage("ie15", "2016-10-27", "Micro Syria (Al-Masdar)", "rebels take three villages; a recalled barrel strike",
        "أعلنت فصائل الجيش السوري الحر العاملة ضمن «درع الفرات»، عصر اليوم الخميس، 27 من تشرين الأول، انتزاع ثلاث قرى من "
        "تنظيم داعش في ريف حلب الشمالي بعد مواجهات عنيفة. وبحسب الجبهة الشامية، باتت قريتا دوير الهوى وعبلة شمال "
        "غربي الباب، وقرية تل علي جنوب الغندورة، في قبضة الفصائل. وكان الطيران المروحي للنظام قد ألقى براميل "
        "متفجرة على مواقع الفصائل في قرية تل جيجان، فقتل ثلاثة من مقاتليها وجرح 10، تزامناً مع هجوم للنظام و«قوات "
        "سوريا الديمقراطية» على قرية تل مضيق.",
        [E("territory_change", Q("ثلاث", 3), PL("دوير الهوى", "Duwayr al-Hawa", "Aleppo"), "2016-10-27",
           "الجبهة الشامية", FSA,
           note="the next sentence names the villages and the source: it carries back; the first village is the place"),
         E("airstrike", Q("ثلاثة", 3), PL("تل جيجان", "Tal Jijan", "Aleppo"), None, None, GOV,
           note="a recall «وكان … قد» with no day in the passage: source the outlet, date null; the wounded are not the "
                "figure"),
         E("armed_clash", None, PL("تل مضيق", "Tal Madiq", "Aleppo"), None, None, GOV,
           note="the attack on the village (regime and SDF); no day")],
        "https://microsyria.com/2016/10/28/درع-الفرات-تتقدم-باتجاه-الباب-وتسيطر (the page's own day is Thursday 27 "
        "October, used as published)")

passage("ie16", "2017-01-28", "Micro Syria (Anadolu)", "Turkish general staff: neutralised since the start; a day's raids",
        "أفادت رئاسة الأركان العامة التركية، اليوم السبت، بأن عمليات «درع الفرات» أسفرت منذ انطلاقها عن «تحييد» "
        "2156 عنصراً من تنظيم «الدولة» و321 عنصراً من «حزب العمال الكردستاني» شمالي سوريا، منهم 864 قتيلاً من التنظيم. "
        "وأضاف البيان أن فصائل الجيش الحر المدعومة من أنقرة استولت خلال العملية على 228 منطقة مأهولة. وكان الجيش "
        "التركي قد أعلن أمس الجمعة أن طائراته «حيّدت» 22 عنصراً من التنظيم ودمرت 272 موقعاً له في ريف حلب الشرقي "
        "خلال يوم واحد.",
        [E("casualties", Q("2156", 2156), None, None, "رئاسة الأركان العامة التركية", TUR, kind="aggregate",
           note="running 'neutralised' total of a whole operation (air and ground: several kinds of act, so "
                "casualties); the PKK figure and the dead are its parts"),
         E("territory_change", Q("228", 228), None, None, "رئاسة الأركان العامة التركية", FSA, kind="aggregate",
           note="«وأضاف البيان» carries the source"),
         E("airstrike", Q("22", 22), PL("ريف حلب الشرقي", "Eastern Aleppo countryside", "Aleppo"), "2017-01-27",
           "الجيش التركي", TUR, note="a day's raids told by the army: neutralised as the figure; 272 positions are "
                                      "targets, not strikes")],
        "https://microsyria.com/2017/01/28/تركيا-تحييد-ألفين-و321-عنصراً-من-داعش-شما")

passage("ie17", "2017-04-08", "The New Khalij", "SOHR: suspected coalition raids on a village",
        "لقي 15 مدنياً على الأقل حتفهم، بينهم أربعة أطفال، اليوم السبت، في غارات جوية يُرجَّح أن طائرات التحالف "
        "الدولي بقيادة واشنطن شنتها على قرية هنيدة في ريف الرقة الغربي، بحسب المرصد السوري لحقوق الإنسان. وأشار "
        "المرصد إلى إصابة قرابة 17 شخصاً آخرين في القرية الخاضعة لتنظيم «الدولة الإسلامية»، والتي تبعد نحو 25 "
        "كيلومتراً إلى الغرب من مدينة الرقة.",
        [E("airstrike", Q("15", 15, None), PL("هنيدة", "Hneida", "Raqqa"), "2017-04-08", SOHR, COAL,
           note="MENDED stop 32 (mechanical, a hedge's bound: «15 مدنياً على الأقل» gives low 15, high null, news_dev "
                "README); the attribution is hedged («يُرجَّح»); children a breakdown; the 17 wounded are not the figure")],
        "http://thenewkhalij.org/node/64335")

passage("ie18", "2018-01-25", "Al-Araby Al-Jadeed", "Olive Branch: raids, artillery on several villages, clashes",
        "أغارت مقاتلات تركية فجر اليوم الخميس على مواقع تابعة لـ«وحدات حماية الشعب» الكردية داخل بلدة جنديرس الواقعة "
        "جنوب غربي عفرين وفي قريتي ديوا وحمام التابعتين لها، ضمن عملية «غصن الزيتون»، بحسب ما نقلته مصادر محلية إلى «العربي "
        "الجديد». وأعقبت الغارات رشقات مدفعية كثيفة أطلقها الجيش التركي من محيط دارة عزة على المواقع نفسها. وطاولت "
        "القذائف أيضاً قرية كفرصفرة التابعة لناحية جنديرس وقرية ميدانكي شمالي عفرين، في حين تواصلت اشتباكات متقطعة على "
        "محور بلبل.",
        [E("airstrike", None, PL("جنديرس", "Jinderes", "Aleppo"), "2018-01-25", "مصادر محلية", TUR,
           note="one raid over the town and two of its villages: the first place"),
         E("shelling", None, PL("جنديرس", "Jinderes", "Aleppo"), "2018-01-25", None, TUR,
           note="artillery on the same positions: an act of another kind after a sourced report, source the outlet; "
                "Darat Izza is where the fire came from"),
         E("shelling", None, PL("كفرصفرة", "Kafr Safra", "Aleppo"), "2018-01-25", None, TUR,
           note="shells on two more villages: one act, the first place"),
         E("armed_clash", None, PL("بلبل", "Bulbul", "Aleppo"), "2018-01-25", None, TUR,
           note="clashes on the Bulbul axis the same day; agent the Turkish side (Olive Branch forces)")],
        "https://www.alaraby.co.uk/الطيران-التركي-يواصل-قصف-مواقع-المليشيات-الكردية-في-عفرين-0")

passage("ie19", "2018-09-09", "Aksalser", "NNA: a batch of returns from Lebanon over several crossings",
        "رجعت يوم الأحد دفعة أخرى من النازحين السوريين في لبنان إلى بلادهم عبر معابر البقاع والشمال. وذكرت الوكالة "
        "الوطنية للإعلام اللبنانية أن الأمن العام اللبناني نظّم العودة الطوعية لمئات السوريين عبر معابر المصنع "
        "والزمراني والعبودية والبقيعة، وأن حافلتين انطلقتا من البقاع الأوسط وعلى متنهما 80 شخصاً. وأضافت الوكالة أن "
        "230 نازحاً غادروا مخيمات عرسال باتجاه القلمون الغربي، فيما توجّه عشرات من شبعا إلى بلدة بيت جن السورية.",
        [E("other", Q("مئات", 200, 900, approx=True), PL("المصنع", "Masnaa crossing", None, "Lebanon"), "2018-09-09",
           "الوكالة الوطنية للإعلام اللبنانية",
           note="one organised return over four crossings (the first); the buses, the 230 from Arsal and the tens "
                "from Shebaa are its parts (a second coder may code the Arsal-Qalamoun convoy apart)")],
        "https://www.aksalser.com/news/2018/09/09/دفعة-جديدة-من-اللاجئين-السوريين-في-لبن/")

passage("ie20", "2018-12-04", "Etilaf media office", "SNHR monthly arrests, yearly total, torture deaths",
        "سجّلت الشبكة السورية لحقوق الإنسان 529 حالة اعتقال تعسفي خلال تشرين الثاني الماضي، تتحمل قوات النظام "
        "المسؤولية عن 368 منها، فيما توزعت البقية على ميليشيات الـPYD وهيئة تحرير الشام وتنظيم داعش وفصائل أخرى. "
        "وأورد تقرير الشبكة الصادر أمس الاثنين أن حصيلة الاعتقالات منذ مطلع 2018 بلغت 7126 حالة، وأن محافظة حلب "
        "تصدرت المحافظات بـ75 حالة في الشهر المذكور. كما وثّقت الشبكة وفاة 15 شخصاً تحت التعذيب خلال الشهر ذاته، 14 "
        "منهم على يد قوات النظام.",
        [E("arrest", Q("529", 529), None, "2018-11", SNHR, kind="aggregate",
           note="perpetrators and Aleppo's 75 are a breakdown; several perpetrators: no agent"),
         E("arrest", Q("7126", 7126), None, None, SNHR, kind="aggregate", note="the year's running total"),
         E("casualties", Q("15", 15), None, "2018-11", SNHR, GOV, kind="aggregate",
           note="deaths under torture over the month; 14 of 15 by the government: agent the government (a second "
                "coder may leave it null)")],
        "https://www.etilaf.org/all-news/local-news/منظمة-حقوقية-ترصد-اعتقال-المئات-على-يد")

passage("ie21", "2019-10-10", "Independent Arabia", "Peace Spring's first day: raids, artillery, the MoD launch",
        "عند الرابعة من عصر أمس الأربعاء، قصفت مقاتلتان تركيتان من طراز F16 مواقع متفرقة في مدينة رأس العين، ما أدى "
        "إلى مقتل اثنين وجرح سبعة على الأقل، بينما استهدفت المدفعية التركية في الوقت ذاته مدينة تل أبيض شمالي "
        "الرقة. وأعلنت وزارة الدفاع التركية أن جيشها و«الجيش الوطني السوري» شرعا في هجوم بري شرقي الفرات تحت اسم "
        "«نبع السلام». وامتد القصف التركي إلى أحياء في القامشلي، فقُتل رجل وامرأة مسيحيان في حي البشيرية بوسط "
        "المدينة.",
        [E("airstrike", Q("اثنين", 2), PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), "2019-10-09", None, TUR),
         E("shelling", None, PL("تل أبيض", "Tal Abyad", "Raqqa"), "2019-10-09", None, TUR),
         E("statement", None, None, "2019-10-09", "وزارة الدفاع التركية",
           note="the announced start of a ground operation with no place or fight told: the ministry's statement "
                "(a second coder may code an armed_clash east of the Euphrates)"),
         E("shelling", None, PL("البشيرية", "Al-Bashiriya", "Al-Hasakah"), "2019-10-09", None, TUR,
           note="a man and a woman: no figure; the day is the item's day")],
        "https://www.independentarabia.com/node/62646/...")

passage("ie22", "2019-11-13", "Rebaz News (Sputnik)", "Sputnik reporter: villages taken on two axes; a shelled village",
        "أفاد مراسل «سبوتنيك» بمحافظة الحسكة، اليوم الأربعاء، الـ13 من تشرين الثاني 2019، بأن الجيش التركي والفصائل "
        "الموالية له انتزعوا السيطرة على الرشيدية والقاسمية والريحانية الواقعة على طريق تل تمر – رأس العين، وعلى "
        "المناخ والفيصلية عند طريق تل تمر – أبو راسين، إثر هجوم عنيف مدعوم بالطيران والمدفعية. وأضاف المراسل أن قرية أم "
        "الكيف، الواقعة على بعد 5 كيلومترات شمال تل تمر، تتعرض في هذه الأثناء لقصف كثيف بالمسيّرات وقذائف الهاون.",
        [E("territory_change", None, PL("الرشيدية", "Al-Rashidiya", "Al-Hasakah"), "2019-11-13", "مراسل «سبوتنيك»",
           TUR, note="one attack over five villages on two axes: the first place (a second coder may split the axes)"),
         E("shelling", None, PL("أم الكيف", "Umm al-Kayf", "Al-Hasakah"), "2019-11-13", "مراسل «سبوتنيك»", TUR,
           note="drones and mortars together: shelling; «وأضاف» carries the reporter")],
        "https://www.rebaznews.net/content/تساقط-صواريخ-تركية-على-قرى-تل-تمر-بمحافظة-الحسكة")

passage("ie23", "2020-01-04", "Halab Today TV", "Response Coordinators: displaced since November; an appeal",
        "أحصى فريق «منسقو الاستجابة» ما يزيد على 264 ألف نازح، أي ما يفوق 48 ألف عائلة، فرّوا من «المنطقة منزوعة "
        "السلاح» وجوارها منذ بداية تشرين الثاني الماضي، بحسب بيان أصدره اليوم السبت. وأوضح الفريق أن النازحين "
        "تفرّقوا على 34 ناحية تمتد من مناطق «درع الفرات» حتى محافظة إدلب وريفي حلب وحماة الغربيين. وطالب الفريق "
        "الجهات الدولية بالتدخل لوقف هجمات قوات النظام وروسيا المتواصلة منذ شهرين على شمال غرب سوريا.",
        [E("other", Q("ما يزيد على 264 ألف", 264000, None, approx=True), None, None, "فريق «منسقو الاستجابة»",
           kind="aggregate", note="displacement total since November; the zone fled is not a gazetteer place; "
                                  "families are the same people counted otherwise"),
         E("statement", None, PL("شمال غرب سوريا", "Northwest Syria"), "2020-01-04", "الفريق",
           note="a named body's call; the place it concerns")],
        "https://halabtodaytv.net/archives/120775 (published date inferred: a Saturday two months after 1 November)")

passage("ie24", "2021-02-02", "Damascus Voice", "SNHR monthly arrests, by perpetrator",
        "رصدت الشبكة السورية لحقوق الإنسان طوال كانون الثاني الفائت 213 عملية اعتقال تعسفية على الأقل في البلاد، "
        "وفق تقرير أصدرته اليوم الثلاثاء 2 شباط، بينها 24 طفلاً وخمس نساء، وقد آل 159 منها إلى اختفاء قسري. وحمّل "
        "التقرير «قوات سوريا الديمقراطية» مسؤولية العدد الأكبر بـ107 حالات، تلتها فصائل المعارضة بـ51 حالة، ثم قوات "
        "النظام بـ46، فيما اعتقلت هيئة تحرير الشام تسعة أشخاص.",
        [E("arrest", Q("213", 213, None, approx=True), None, "2021-01", SNHR, kind="aggregate",
           note="perpetrators, children and the disappeared are its breakdown; several perpetrators: no agent")],
        "https://damascusv.com/?p=34505")

passage("ie25", "2022-01-20", "Zaiton magazine", "rockets on Afrin on Olive Branch's anniversary; a guided missile",
        "قُتل سبعة مدنيين وأصيب أكثر من 25 آخرين، اليوم الخميس، حين سقطت ستة صواريخ على أحياء سكنية في مدينة عفرين "
        "شمالي حلب، تزامناً مع الذكرى الرابعة لبدء عملية «غصن الزيتون». وقالت وزارة الدفاع التركية إن القصف انطلق "
        "من مواقع «قوات سوريا الديمقراطية» في تل رفعت. وفي قرية مريمين بريف عفرين، لقيت امرأة حتفها وجُرح شخصان "
        "بصاروخ موجّه أصاب سيارتهم.",
        [E("shelling", Q("سبعة", 7), PL("عفرين", "Afrin", "Aleppo"), "2022-01-20", "وزارة الدفاع التركية", SDF,
           note="the next sentence returns to the same shelling with its source: it carries back; Tal Rifaat is where "
                "the fire came from"),
         E("shelling", None, PL("مريمين", "Maryamin", "Aleppo"), "2022-01-20", None,
           note="another place: source the outlet; a woman: no figure; the text names no shooter")],
        "http://www.zaitonmag.com/في-ذكرى-انطلاق-معركة-غصن-الزيتون-الفصا/")

passage("ie26", "2022-04-15", "Rabat Post (SANA, SOHR)", "Israeli strikes told by SANA's military source and by SOHR",
        "شنّت إسرائيل مساء أمس الخميس ضربات على مواقع في ريف دمشق، حسبما أعلنت وكالة الأنباء السورية (سانا). ونقلت "
        "الوكالة عن مصدر عسكري أن الهجوم جاء من جهة شمال الجولان المحتل واستهدف نقاطاً في ريف دمشق الغربي، وأن "
        "الدفاعات الجوية اعترضت الصواريخ وأسقطت عدداً منها، مع أضرار اقتصرت على الماديات. أما المرصد السوري لحقوق "
        "الإنسان فتحدث عن دوي انفجارات في ريف دمشق الجنوبي الغربي جراء قصف طال مواقع لميليشيات تابعة للحرس الثوري "
        "الإيراني وحزب الله ومستودعات ومراكز لتطوير الصواريخ والطائرات المسيّرة.",
        [E("airstrike", None, PL("ريف دمشق الغربي", "Western Rif Dimashq", "Rif Dimashq"), "2022-04-14", "مصدر عسكري",
           ISR, note="one strike told by two sources; SANA relays the military source (a second coder may name SANA "
                     "or SOHR, and SOHR's «الجنوبي الغربي» place); the Golan is where it came from")],
        "https://rabatpost.com/2022/04/15/سوريا-قصف-إسرائيلي-على-مواقع-بريف-دمشق/")

passage("ie27", "2022-07-23", "North Press", "Tal Tamr Military Council source: Turkish artillery on frontline villages",
        "كثّفت القوات التركية والفصائل الموالية لها، اليوم السبت، قصفها المدفعي على القرى الواقعة على خطوط التماس "
        "في ريف بلدة تل تمر شمالي الحسكة. ونقلت نورث برس عن مصدر من مجلس تل تمر العسكري أن القذائف تنهال على القرى منذ "
        "الساعات الأولى من الصباح، وأن عشرات منها سقطت على أم الكيف والدردارة وقبور القراجنة والعبوش والشيخ علي، "
        "مخلّفةً أضراراً في ممتلكات الأهالي. وتسبب استهداف سابق للدردارة وأم الكيف صباحاً بتوقف محطة تحويل الكهرباء "
        "في تل تمر، للمرة السابعة والعشرين منذ مطلع العام.",
        [E("shelling", Q("عشرات", 20, 90, approx=True), PL("أم الكيف", "Umm al-Kayf", "Al-Hasakah"), "2022-07-23",
           "مصدر من مجلس تل تمر العسكري", TUR,
           note="the day's shelling of a list of villages: the first; the morning round on two of the same villages "
                "is read as part of it (a second coder may code it apart); the 27th outage is background")],
        "https://npasyria.com/115655/ (published date inferred: a Saturday days after the July 2022 Tehran summit)")

passage("ie28", "2023-03-07", "Marsal Qatar (SANA)", "Israeli raid puts Aleppo airport out of service",
        "أخرجت غارة إسرائيلية فجر اليوم الثلاثاء مطار حلب الدولي من الخدمة. ونقلت وكالة «سانا» عن مصدر عسكري أن "
        "الطائرات الإسرائيلية أطلقت صواريخها عند الساعة 2:07 فجراً من فوق البحر المتوسط قبالة اللاذقية، فألحقت "
        "أضراراً مادية بالمطار وعطّلت العمل فيه. وسبق لقصف إسرائيلي مماثل أن عطّل مطار دمشق الدولي قبل أن يُعاد "
        "تأهيله.",
        [E("airstrike", None, PL("مطار حلب الدولي", "Aleppo International Airport", "Aleppo"), "2023-03-07",
           "مصدر عسكري", ISR,
           note="the next sentence's source carries back; Latakia is where the fire came from; the Damascus airport "
                "strike is a recall with no day (no event)")],
        "https://marsalqatar.qa/post/28645/الاحتلال-الإسرائيلي-يخرج-مطار-")

passage("ie29", "2023-09-02", "Syria TV", "Turkish drone on an SDF car; an earlier blast told by pro-regime media",
        "لقي قيادي في «قسد» مصرعه وأصيب عنصران آخران بجروح بليغة، اليوم السبت، عندما استهدفت طائرة مسيّرة تركية "
        "سيارتهم عند مفرق دوكركا على الطريق الواصل بين القامشلي والمالكية، بحسب مصدر مطلع تحدث إلى موقع تلفزيون سوريا. "
        "وذكر شهود أن الصاروخ قلب السيارة خارج الطريق وأشعل فيها النار. وقبل ذلك بدقائق، دوّى انفجار قرب تل العيد "
        "الواقعة جنوب شرق القامشلي، قالت وسائل إعلام موالية للنظام إنه ناجم عن قصف مسيّرة تركية لموقع لـ«قسد».",
        [E("airstrike", None, PL("دوكركا", "Dugirka", "Al-Hasakah"), "2023-09-02", "مصدر مطلع", TUR,
           note="one commander killed: singular, no figure; the village junction is more specific than the road"),
         E("airstrike", None, PL("تل العيد", "Tal al-Eid", "Al-Hasakah"), "2023-09-02",
           "وسائل إعلام موالية للنظام", TUR, note="the blast attributed by one side's media only")],
        "https://www.syria.tv/قتلى-وجرحى-من-قسد-إثر-استهداف-مسيرة-تركية-لسيارتهم-بريف-القامشلي")

passage("ie30", "2023-10-05", "Roayah News", "Turkish drone strikes in Hasakah; the SDF spokesman; a minister's claim",
        "أسفرت ضربات نفذتها طائرات مسيّرة تركية على مناطق خاضعة للقوات الكردية في محافظة الحسكة عن مقتل اثنين، إذ "
        "أصابت إحداها سيارة، وفق ما أورده المرصد السوري لحقوق الإنسان، الخميس 5 تشرين الأول 2023. وأكد الناطق باسم "
        "«قوات سوريا الديمقراطية» استهداف السيارة، مشيراً إلى جرح ثلاثة أشخاص في ضربة ثانية طالت مصنعاً. وكان وزير "
        "الخارجية التركي قد قال أمس إن منفذَي تفجير أنقرة في بداية الأسبوع تسللا إلى تركيا من الأراضي السورية.",
        [E("airstrike", Q("اثنين", 2), PL("الحسكة", "Al-Hasakah", "Al-Hasakah"), "2023-10-05", SOHR, TUR,
           note="the strike on the car; the governorate is the only place given"),
         E("airstrike", None, PL("الحسكة", "Al-Hasakah", "Al-Hasakah"), "2023-10-05",
           "الناطق باسم «قوات سوريا الديمقراطية»", TUR,
           note="the second strike on a factory: wounded only, no figure"),
         E("statement", None, None, "2023-10-04", "وزير الخارجية التركي",
           note="an official's claim about the Ankara attackers (a recall «وكان … قد» with its day); a second coder "
                "may leave it as background")],
        "https://roayahnews.com/مقتل-شخصين-في-ضربة-تركية-استهدفت-أكراد/")

passage("ie31", "2024-11-02", "Khaleeji 247", "SNHR monthly detentions with returnees from Lebanon",
        "وثّقت الشبكة السورية لحقوق الإنسان، ضمن تقريرها الخاص بشهر تشرين الأول/أكتوبر، 213 حالة احتجاز تعسفي، بينها "
        "ثمانية أطفال وسيدة، إضافة إلى 17 شخصاً عادوا من لبنان. ونسب التقرير 131 حالة إلى قوات النظام السوري، و43 "
        "إلى «قوات سوريا الديمقراطية»، و21 إلى هيئة تحرير الشام، و18 إلى فصائل المعارضة المسلحة. ولفتت الشبكة إلى "
        "اعتقالات طالت لاجئين رجعوا من لبنان مع اشتداد الغارات الإسرائيلية عليه.",
        [E("arrest", Q("213", 213), None, "2024-10", SNHR, kind="aggregate",
           note="perpetrators, children and returnees are its breakdown; the Israeli raids on Lebanon are background "
                "outside Syria")],
        "https://khaleeji247.com/politics/بينهم-فارون-من-لبنان-شبكة-حقوقية-213-حالة (published date inferred: "
        "SNHR's monthly report early November 2024)")

passage("ie32", "2025-10-09", "LBCI", "organised return of families through a crossing",
        "عبرت 166 عائلة سورية نازحة صباح اليوم معبر العريضة الحدودي عائدةً من لبنان إلى سوريا، ضمن رابع "
        "مراحل خطة الحكومة اللبنانية لإعادة النازحين بصورة منظمة. وتتولى المديرية العامة للأمن العام تنظيم هذه "
        "العودة بالتنسيق مع الجانب السوري، وبمشاركة مفوضية الأمم المتحدة لشؤون اللاجئين والمنظمة الدولية للهجرة "
        "والصليب الأحمر اللبناني.",
        [E("other", Q("166", 166), PL("معبر العريضة", "Arida crossing", "Tartus"), "2025-10-09", None,
           note="returning families (the figure counts families); the organisers are not a reporting source")],
        "https://www.lbcgroup.tv/news/world/883182/دفعة-جديدة-من-النازحين-السوريين-غادرت-عبر-معبر-العريضة/ar")

passage("ie33", "2025-10-25", "Al-Markazia (Anadolu)", "UNHCR officer: returns this year and yesterday's batch",
        "قالت المسؤولة الإعلامية لدى مفوضية الأمم المتحدة لشؤون اللاجئين سلمى داوود، في حديث لوكالة الأناضول، إن 300 ألف "
        "لاجئ سوري رجعوا من لبنان إلى بلادهم منذ بداية العام الجاري. وأضافت أن 400 لاجئ عبروا أمس معبر العريضة في "
        "ريف طرطوس قاصدين مناطق في حمص وإدلب، في سادس دفعات برنامج العودة الطوعية.",
        [E("other", Q("300 ألف", 300000), None, None, "المسؤولة الإعلامية لدى مفوضية الأمم المتحدة لشؤون اللاجئين",
           kind="aggregate", note="returns since January: no place"),
         E("other", Q("400", 400), PL("معبر العريضة", "Arida crossing", "Tartus"), "2025-10-24",
           "المسؤولة الإعلامية لدى مفوضية الأمم المتحدة لشؤون اللاجئين",
           note="«وأضافت» carries the officer; Homs and Idlib are destinations")],
        "https://almarkazia.com/ar/300-ألف-لاجئ-سوري-عادوا-من-لبنان-1")

passage("ie34", "2025-10-18", "i24NEWS", "Interior Ministry: an IS cell, one held and two 'neutralised'",
        "أعلنت وزارة الداخلية السورية مساء اليوم السبت، في بيان على «فيسبوك»، أن جهاز الاستخبارات العامة والأمن "
        "الداخلي في ريف دمشق فككا خلية تتبع لتنظيم «داعش» في المحافظة، وصادرا أسلحة وذخائر وحزاماً ناسفاً جاهزاً "
        "للتفجير. وأوضحت الوزارة أن القوات اعتقلت أحد أفراد الخلية، و«حيّدت» اثنين آخرين، أحدهما سعى لتفجير حزام كان "
        "يرتديه أثناء الاشتباك مع عناصر الأمن.",
        [E("arrest", None, PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2025-10-18", "وزارة الداخلية السورية",
           NEWGOV, note="one member held: no figure; the governorate is the only place"),
         E("armed_clash", Q("اثنين", 2), PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2025-10-18",
           "وزارة الداخلية السورية", NEWGOV,
           note="two 'neutralised' in a clash: a clash with its dead (a second coder may fold it into the arrest)")],
        "https://www.i24news.tv/ar/أخبار/middle-east/artc-972f572a")

passage("ie35", "2025-12-20", "Al Jazeera", "Interior Ministry: arms smugglers held in a raid on a farm",
        "أفادت وزارة الداخلية السورية في بيان اليوم السبت بتوقيف 5 أشخاص في قدسيا بريف دمشق، تتهمهم بتهريب السلاح إلى "
        "مجموعات «خارجة عن القانون» في السويداء وإلى مناطق «قوات سوريا الديمقراطية» وخلايا لتنظيم الدولة. ونسبت "
        "الوزارة إلى قائد الأمن الداخلي بريف دمشق، العميد سامر النوري، أن القوة داهمت مزرعة بعد معلومات عن نشاط "
        "مريب فيها، وضبطت مسيّرات من طراز «إف بي في» و1.5 طن من مادة «تي إن تي».",
        [E("arrest", Q("5", 5), PL("قدسيا", "Qudsaya", "Rif Dimashq"), "2025-12-20", "وزارة الداخلية السورية", NEWGOV,
           note="Sweida and the SDF areas are where the arms went, not places of the act; the seizure is part of the "
                "raid")],
        "https://www.aljazeera.net/news/2025/12/20/قوى-الأمن-السورية-تقبض-على-شبكة-تهريب")

passage("ie36", "2025-12-21", "Al-Ittihad", "Interior Ministry: an IS cell's leader and six members held in Daraya",
        "قالت وزارة الداخلية السورية في بيان اليوم الأحد إن قواتها فككت خلية إرهابية في محافظة ريف دمشق، وقبضت على زعيمها "
        "وستة من عناصرها. وأوضح قائد الأمن الداخلي في المحافظة، العميد سامر النوري، في بيان نشرته الوزارة، أن "
        "الوحدات المختصة داهمت بالتعاون مع الاستخبارات العامة وكراً لتنظيم «داعش» في مدينة داريا، بعد أسابيع من التحري "
        "ومراقبة تحركات أفراده، وضبطت بحوزتهم أسلحة وذخائر متنوعة.",
        [E("arrest", Q("ستة", 6), PL("داريا", "Daraya", "Rif Dimashq"), "2025-12-21", "وزارة الداخلية السورية", NEWGOV,
           note="the leader and six: the number written is six (a second coder may want seven); the next sentence "
                "gives the finer place of the same raid")],
        "https://www.aletihad.ae/news/عربي-ودولي/4631644/سوريا-تفكك-خلية-إرهابية-تابعة-لداعش")


def main() -> None:
    write("gold66.jsonl", P66)


if __name__ == "__main__":
    main()
