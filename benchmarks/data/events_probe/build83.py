"""Build gold83.jsonl: development set 83 (ids kh01…), written in stop 35 by writer w83 BEFORE any run on it.

WHOLE ARTICLES paraphrased from real pages: each passage is the paraphrase of ONE real news page found in the search
tool's `pages` corpus (queried in Arabic), the whole of the page's article as the corpus holds it (headline line,
lead, details, background, sources, and what the page had glued to it: a photo caption, tweets, a «related news»
line), 2011-2025, 20 outlets: protests fired on (2011), defections (2012), a border post taken (2013), barrel bombs
and ISIS takings (2014), the first Russian strikes (2015), coalition strikes on Raqqa (2017), the Ghouta evacuation
(2018), Russian strikes on Idlib (2019), kidnappings between Daraa and Suwayda and Turkish-regime fighting (2020),
a Daraa settlement (2021), the Ghweiran prison attack (2022), Turkish drones (2023), Israeli strikes, HTS arrests of
protesters and the fall of Hama (2024), Suwayda and Latakia (2025). The page's incidents, their order, places,
figures, dates, sources and their attribution, hedges and background are kept; every sentence was rewritten (no
run of five words is shared with the page, names aside, checked by script against the page text kept outside the
repository); names of private people were changed. The page's address is in each passage's `style`; where the
page shows no date, the publication date was inferred from the events it reports (said in `style`).
Gold follows news_dev's README and the events_probe README's stop 28, 30, 32 and 34 conventions; the calls the
writer was unsure of are flagged in the notes (FIGURE CALL, TYPE CALL, KIND CALL). Offsets are computed by
build.build and checked.

    python benchmarks/data/events_probe/build83.py      # rewrites gold83.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P83: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P83.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("kh01", "2011-10-15", "Al-Riyadh (relaying SOHR and the LCC)",
        "Friday protests fired on: a total of 12 dead told town by town (SOHR's director), the wounded of Kiswa, "
        "arrests in the quiet towns, the largest Deir ez-Zor protest, the LCC's telling of Hama and Maarat Hurmah, a UN "
        "national toll | page: https://sauress.com/alriyadh/675748",
        "مقتل 12 محتجاً برصاص الأمن في «جمعة أحرار الجيش».. والأمم المتحدة تحصي ثلاثة آلاف قتيل\n"
        "سقط 12 قتيلاً، من بينهم فتى وامرأة، إلى جانب عدد من الجرحى، يوم الجمعة حين فتح عناصر الأمن السوري النار "
        "لتفريق الحشود التي شاركت في تظاهرات «جمعة أحرار الجيش» التي عمّت مدناً سورية متعددة، في وقت أعلنت فيه "
        "الأمم المتحدة أن حصيلة القتلى منذ انطلاق موجة الاحتجاجات في منتصف آذار/مارس الماضي بلغت ثلاثة آلاف. "
        "وفصّل رامي عبد الرحمن، الذي يدير المرصد السوري لحقوق الإنسان، توزّع الضحايا الاثني عشر، فقال إن سبعة "
        "منهم قضوا في بلدة داعل بريف درعا، وإن امرأة وفتى قُتلا في إنخل، ومحتجاً سقط في سقبا، وآخر في حي القدم "
        "بدمشق، وواحداً في عندان بريف حلب. وتابع أن رصاص قوات الأمن أصاب ثلاثة محتجين في مدينة الكسوة بريف دمشق "
        "أثناء تفريق تظاهرة تندد بالنظام. ولفت مدير المرصد إلى أن مدناً سورية كثيرة عرفت تظاهرات كبيرة على الرغم "
        "من كثافة الانتشار الأمني، بينما شنّت الأجهزة الأمنية حملات دهم واعتقال في المدن التي لم يخرج فيها "
        "محتجون. وأضاف أن دير الزور في الشرق شهدت أضخم تظاهرة فيها منذ أن غادرها الجيش في شهر آب/أغسطس. أما لجان "
        "التنسيق المحلية فتحدثت عن رصاص كثيف أُطلق في حي القصور من مدينة حماة وسط البلاد وفي عندان شمالاً، مع "
        "ورود أنباء عن إصابات، وذكرت أن ما يربو على أربعة آلاف محتج خرجوا في معرة حرمة بريف إدلب وهم يهتفون تحية "
        "للعسكريين الأحرار.",
        [E("protest", Q("سبعة", 7), PL("داعل", "Dael", "Daraa"), "2011-10-14", "رامي عبد الرحمن", PROT,
           note="fire on the Friday protests; the 12 dead are told town by town, each tied to the fire at that town, so "
                "each town is its own protest event with its own dead (stop 34: a place's own toll tied to an act there); "
                "the total 12 equals the listed tolls (7+2+1+1+1), so it is no event of its own"),
         E("protest", None, PL("إنخل", "Inkhil", "Daraa"), "2011-10-14", "رامي عبد الرحمن", PROT,
           note="a woman and a boy killed: no figure (no numeral)"),
         E("protest", None, PL("سقبا", "Saqba", "Rif Dimashq"), "2011-10-14", "رامي عبد الرحمن", PROT,
           note="one protester killed: no figure"),
         E("protest", None, PL("القدم", "Al-Qadam", "Damascus"), "2011-10-14", "رامي عبد الرحمن", PROT,
           note="one protester killed: no figure"),
         E("protest", None, PL("عندان", "Anadan", "Aleppo"), "2011-10-14", "رامي عبد الرحمن", PROT,
           note="one killed (SOHR); the LCC's heavy fire in Anadan later in the item is the same incident, another telling"),
         E("protest", None, PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2011-10-14", "رامي عبد الرحمن",
           PROT, note="three protesters wounded: the injured are never the figure"),
         E("arrest", None, None, "2011-10-14", "مدير المرصد", GOV,
           note="raids and arrests in the towns with no protest: no place, no figure; «ولفت مدير المرصد» is the source"),
         E("protest", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2011-10-14", "مدير المرصد", PROT,
           note="the largest protest in the city since August; «وأضاف» carries SOHR's director; no crowd figure"),
         E("protest", None, PL("القصور", "Al-Qusour", "Hama"), "2011-10-14", "لجان التنسيق المحلية", PROT,
           note="heavy fire in a Hama quarter with reports of wounded (LCC): a protest fired on, no figure"),
         E("protest", Q("ما يربو على أربعة آلاف", 4000, None, True), PL("معرة حرمة", "Maarat Hurmah", "Idlib"),
           "2011-10-14", "لجان التنسيق المحلية", PROT, note="the crowd is the figure (open bound)"),
         E("casualties", Q("ثلاثة آلاف", 3000, nth=1), None, None, "الأمم المتحدة", kind="aggregate",
           note="the UN's national toll since mid-March 2011 (period 2011-03 to 2011-10); headline restates it")])

passage("kh02", "2012-01-29", "Syria Noor (relaying Almoslim)",
        "FSA statements on Facebook: a colonel defecting with tanks, tanks and BMPs defecting in two towns, a battalion's "
        "clash, an attack on military police, a defection joining a brigade and its claim of armour destroyed "
        "| page: https://syrianoor.net/article/1808",
        "ضباط ودبابات ينضمون إلى الجيش الحر.. وسقبا في قبضة الثوار\n"
        "موقع المسلم – 29 كانون الثاني/يناير 2012\n"
        "أعلن الجيش السوري الحر، في منشور على صفحته في موقع فيسبوك مساء السبت، أن ضابطاً برتبة عقيد ترك الجيش "
        "النظامي في سقبا آخذاً معه ثلاث دبابات وعربتين مدرعتين، وبرفقته عدد من مساعديه، في حين روى صحافيون أجانب "
        "كيف دخلوا المدينة الواقعة تحت سيطرة الجيش الحر وتجولوا في شوارعها.\n"
        "وجاء في بيان منفصل للجيش الحر أن «ثلاث دبابات انشقت في جسرين، وكذلك عربتا ب م ب ببلدة كفر بطنا، إلى جانب "
        "عقيد ومساعدَين اثنين في سقبا».\n"
        "وفي بيان ثانٍ نُشر على الصفحة ذاتها، ذكرت كتيبة صقور الشام المنضوية في صفوف الجيش الحر أن سرية من "
        "سراياها اشتبكت مع من وصفتهم بـ«العصابات الأسدية» في مدينة خان شيخون، فقتلت مساعداً منهم وأسرت ستة عناصر "
        "آخرين.\n"
        "ونفذت كتيبة أخرى تتبع للجيش الحر هجوماً وُصف بالنوعي داخل تلبيسة، إذ استهدفت سيارتين للشرطة العسكرية "
        "وقتلت كل من كان فيهما من رجال الأمن، كما أطلقت النار على سيارتين أخريين تتبعان للأجهزة الأمنية.\n"
        "وفي مدينة الرستن، أعلن عدد من الجنود ومعهم ملازم أول انشقاقهم عن الجيش النظامي حاملين أسلحتهم الفردية، "
        "والتحقوا بلواء خالد بن الوليد، أحد تشكيلات الجيش الحر العاملة في المنطقة. وقد أفاد هذا اللواء بدوره بأن "
        "مقاتليه دمّروا سبع مدرعات في المدينة وأعطبوا عربتين أخريين، علاوة على تدمير عدد من الحواجز العسكرية "
        "المنتشرة فيها.",
        [E("defection", None, PL("سقبا", "Saqba", "Rif Dimashq", nth=1), "2012-01-28", "الجيش السوري الحر", GOV,
           note="a colonel with three tanks, two armoured vehicles and his aides: the tanks are not defectors, and «عدد "
                "من مساعديه» gives no figure; the statement's later «عقيد ومساعدَين في سقبا» is the same defection. "
                "Saqba held by the FSA is a state, no event; dated by the statement's Saturday evening"),
         E("defection", None, PL("جسرين", "Jisreen", "Rif Dimashq"), "2012-01-28", "الجيش الحر", GOV,
           note="«three tanks defected»: a defection of crews, no figure (tanks are not people)"),
         E("defection", None, PL("كفر بطنا", "Kafr Batna", "Rif Dimashq"), "2012-01-28", "الجيش الحر", GOV,
           note="two BMPs defected: no figure"),
         E("armed_clash", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2012-01-29", "كتيبة صقور الشام", FSA,
           note="one warrant officer killed, six captured: captives are no arrest and no figure of a clash; undated, "
                "dated by the publication day"),
         E("armed_clash", None, PL("تلبيسة", "Talbiseh", "Homs"), "2012-01-29", None, FSA,
           note="an attack on military police cars killing all inside (not numbered); the outlet tells it"),
         E("defection", None, PL("الرستن", "Al-Rastan", "Homs"), "2012-01-29", None, GOV,
           note="soldiers and a first lieutenant defected with their weapons and joined a brigade: no figure"),
         E("armed_clash", None, PL("الرستن", "Al-Rastan", "Homs"), "2012-01-29", "لواء خالد بن الوليد", FSA,
           note="the brigade's claim of seven armoured vehicles destroyed and checkpoints wrecked: objects, no figure")])

passage("kh03", "2012-11-09", "Al-Jamaa (relaying Turkish media and Anadolu)",
        "the largest defection in months (26 officers, 71 in all) arriving in Hatay, seven generals earlier in the week, the "
        "Apaydin camp, a Turkish denial, a running total of generals | page: "
        "https://www.aljamaa.net/ar/2012/11/09/في-ضربة-موجعة-للنظام-انشقاق-26-ضابطا-عن-ا/",
        "ضربة قاسية لجيش الأسد: 26 ضابطاً بينهم لواءان ينشقون ويلجؤون إلى تركيا\n"
        "أفادت وسائل إعلام تركية، اليوم الجمعة التاسع من تشرين الثاني/نوفمبر، بأن 26 ضابطاً في الجيش السوري، من "
        "ضمنهم اثنان برتبة لواء، تركوا صفوف الجيش النظامي وعبروا إلى الأراضي التركية خلال ليل الخميس.\n"
        "ونقلت وكالة الأناضول للأنباء أن المنشقين من الضباط يتوزعون بين 11 عقيداً ومقدمَين ورائدَين وأربعة نقباء "
        "وخمسة ملازمين، وأنهم دخلوا ولاية هاتاي برفقة عائلاتهم ومعهم جنود آخرون، ليصل مجموع المنشقين في هذه "
        "الدفعة إلى 71 عسكرياً.\n"
        "ويُعد هذا الانشقاق، من حيث عدد الضباط المشاركين فيه، الأضخم الذي يصيب جيش الأسد منذ أشهر عدة.\n"
        "وكان سبعة ضباط من رتبة جنرال قد أعلنوا انشقاقهم قبل أيام خلال الأسبوع نفسه، يوم الثلاثاء السادس من تشرين "
        "الثاني/نوفمبر، ولجؤوا هم أيضاً إلى تركيا.\n"
        "ويُنقل العسكريون المنشقون إلى مخيم «أبايدين» المخصص للضباط والجنود السوريين الذين تركوا الجيش ولأسرهم، "
        "وهو مخيم تحيط به حراسة مشددة على مدار الساعة، ولا يُسمح للصحافيين بالاقتراب منه إلا بإذن خاص تمنحه "
        "السلطات التركية.\n"
        "وانتشرت في الفترة الأخيرة أقاويل مفادها أن المخيم يُستخدم معسكراً لتدريب المنشقين على السلاح وعلى أساليب "
        "القتال ضد قوات النظام، غير أن الحكومة التركية رفضت هذه الأقوال رفضاً قاطعاً ونفت صحتها.\n"
        "وبهذه الانشقاقات يبلغ عدد الجنرالات الذين تخلوا عن الجيش السوري 42 جنرالاً منذ أن اندلعت الاضطرابات في "
        "البلاد في منتصف آذار/مارس من العام الماضي.",
        [E("defection", Q("71", 71), PL("هاتاي", "Hatay", None, "Turkey"), "2012-11-08", "وسائل إعلام تركية", GOV,
           note="FIGURE CALL: 26 officers (headline and lead) are part of the 71 defectors of this batch (officers and "
                "soldiers, families not counted); the count of defectors is the 71, a second coder may take the 26 as the "
                "text's first figure. The ranks are a breakdown. An arrival abroad told as the defection: Hatay"),
         E("defection", Q("سبعة", 7), PL("تركيا", "Turkey", None, "Turkey", nth=1), "2012-11-06", None, GOV,
           note="seven generals earlier that week, a recall with its own day; arrival abroad (Turkey) is the place"),
         E("statement", None, None, None, "الحكومة التركية",
           note="a denial told as its own matter (stop 32): Turkey rejects that the camp trains defectors"),
         E("defection", Q("42", 42), None, None, None, GOV, kind="aggregate",
           note="running total of generals who defected since mid-March 2011 (period 2011-03 to 2012-11); no place")])

passage("kh04", "2013-10-10", "Al-Hayat",
        "a border post and its battalion taken after a siege (SOHR; opposition sources), hit-and-run fighting in the Aleppo "
        "countryside, deaths near Damascus; published date inferred from the events (the battalion fell on 9 October "
        "2013, the page shows no date) | page: https://sauress.com/alhayat/560354",
        "الجيش الحر ينتزع معبراً حدودياً مع الأردن بعد أسابيع من القتال\n"
        "بسط مقاتلو «الجيش الحر» سيطرتهم على معبر حدودي يصل سورية بالأردن، إثر مواجهات امتدت عدة أسابيع، بينما "
        "تتواصل في ريف حلب الواقع في شمال البلاد معارك كرّ وفرّ بين فصائل المعارضة المسلحة والقوات التابعة لنظام "
        "الرئيس بشار الأسد. كذلك سقط قتلى في اشتباكات دارت قرب دمشق بين مسلحي المعارضة والقوات النظامية التي "
        "يساندها «حزب الله».\n"
        "وبحسب «المرصد السوري لحقوق الإنسان»، استولى عناصر الكتائب المقاتلة على كتيبة الهجانة المحاذية لمدينة "
        "درعا، «إثر حصار فرضته الكتائب عليها طوال شهرين، ومعارك ضارية في محيطها منذ نحو شهر، خلّفت قتلى وجرحى بين "
        "عناصر القوات النظامية وأعطبت عدداً من آلياتها».\n"
        "أما مصادر المعارضة فقالت إنه بعد أسابيع «قضاها أبطال الجيش الحر مرابطين على أطراف كتيبة الهجانة، وبعد "
        "الرمايات المدفعية التي نفذتها راجمات الفوج، وبفضل شجاعة مقاتلي الألوية والكتائب المشاركة»، جرى تطهير "
        "المعبر الحدودي القديم الواصل بين درعا البلد ومدينة الرمثا الأردنية بالكامل من آخر ما تبقى من كتائب "
        "الأسد، «فصار المعبر القديم في يد أبطال الجيش الحر».\n"
        "وبيّن رامي عبد الرحمن، مدير «المرصد»، أن قسماً من أفراد الهجانة غادروا المركز منسحبين، مشيراً إلى خسائر "
        "بشرية وقعت في صفوف الطرفين المتقاتلين ولم يُعرف حجمها حتى الآن. ويقع مركز الهجانة عند الخط الحدودي مع "
        "الأردن، ملاصقاً تماماً لمركز الجمرك.",
        [E("territory_change", None, PL("كتيبة الهجانة", "Hajjana Battalion base", "Daraa"), "2013-10-10",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="the battalion (a named base, convention b) and the old crossing beside it fell in one battle: one event, "
                "told by SOHR and by opposition sources; a second coder may split the crossing (placed at Daraa al-Balad). "
                "The two-month siege is the battle's background. Undated in the text: the publication day"),
         E("armed_clash", None, PL("ريف حلب", "Aleppo countryside", "Aleppo"), "2013-10-10", None, FSA,
           note="hit-and-run fighting going on (present tense): dated by the publication day; the outlet tells it"),
         E("armed_clash", None, PL("دمشق", "Damascus", "Damascus"), "2013-10-10", None, FSA,
           note="clashes «near Damascus» with deaths not numbered: placed at Damascus; the regime side is Hezbollah-backed")])

passage("kh05", "2014-05-19", "Al-Hayat (relaying SOHR)",
        "a double-tap barrel bombing of two Aleppo quarters, an earlier barrel strike on Ashrafiyeh, a five-month toll of the "
        "air campaign, what barrels are; published date inferred (a Monday in mid-May 2014: the toll covers five months "
        "from mid-December; the page shows no date) | page: https://sauress.com/alhayat/3011882",
        "31 قتيلاً، من بينهم أطفال، جراء برميلين متفجرين على حيين في حلب\n"
        "أورد المرصد السوري لحقوق الإنسان، في حصيلة أعلنها اليوم الاثنين، أن 31 شخصاً، من بينهم أطفال، لقوا حتفهم "
        "جراء براميل متفجرة أسقطتها مروحيات تابعة لسلاح الجو في جيش النظام السوري على حيين من أحياء مدينة حلب.\n"
        "وروى رامي عبد الرحمن، الذي يدير المرصد، خلال اتصال هاتفي، تفاصيل ما جرى قائلاً إن «مروحية ألقت برميلاً "
        "متفجراً على الحي فقتلت وجرحت عدداً من سكانه، وحين تجمّع الأهالي في المكان لإسعاف المصابين أسقطت برميلاً "
        "ثانياً، فعمّ الذعر وتدافع الناس هرباً، وتضاعفت أعداد القتلى والمصابين».\n"
        "وكانت مروحيات أخرى قد أسقطت قبل ذلك عدداً من البراميل على حي الأشرفية، وتحديداً على منطقة السكن الشبابي "
        "الواقعة فيه بشمال مدينة حلب، وأدى ذلك إلى مقتل ستة أشخاص.\n"
        "ومنذ منتصف كانون الأول/ديسمبر الماضي، يشن سلاح الجو السوري غارات مكثفة ومتواصلة على المناطق الخاضعة "
        "لسيطرة فصائل المعارضة في مدينة حلب وفي ريفها، وبحسب إحصاء أعده المرصد، حصد القصف الجوي الذي تنفذه قوات "
        "النظام على حلب خلال خمسة أشهر أرواح 1963 شخصاً، من بينهم 567 طفلاً.\n"
        "وتُصنع البراميل المتفجرة من خزانات صغيرة أو من أسطوانات غاز فارغة تُحشى بالمواد المتفجرة وبقطع من الحديد "
        "والخردة، ثم تُرمى من المروحيات. ولأن هذه البراميل تفتقر إلى أي جهاز توجيه، فإن من يلقيها لا يستطيع "
        "التحكم بدقة في الهدف الذي ستصيبه.",
        [E("airstrike", Q("31", 31, nth=1), PL("حلب", "Aleppo", "Aleppo"), "2014-05-19", "المرصد السوري لحقوق الإنسان", GOV,
           note="barrels dropped by helicopters on two quarters (not named), a second barrel on the gathering crowd: one "
                "act (a double tap), its dead the figure; dated by «اليوم» as the page gives no other day"),
         E("airstrike", Q("ستة", 6), PL("الأشرفية", "Ashrafiyeh", "Aleppo"), None, None, GOV,
           note="an earlier barrel strike on the youth-housing area of Ashrafiyeh: a recall «وكانت … قد» told by the "
                "outlet (stop 30), no day; placed at the quarter (the housing project is a part of it)"),
         E("airstrike", Q("1963", 1963), PL("حلب", "Aleppo", "Aleppo", nth=4), None, "المرصد", GOV, kind="aggregate",
           note="the air campaign's toll on Aleppo over five months (period 2013-12 to 2014-05): one cause named, so "
                "airstrike (stop 32); 567 children are a breakdown")])

passage("kh06", "2014-07-26", "Emarat Al Youm (relaying AFP, activists and SOHR)",
        "ISIS takes Division 17 and Regiment 121, a battle toll with its breakdown, the suicide truck bomb that opened the "
        "attack, and a glued AFP photo caption of a barrel bomb in Aleppo | page: "
        "http://www.emaratalyoum.com/politics/news/2014-07-26-1.696655",
        "105 قتلى، منهم 61 جندياً و12 من أنصار النظام، في مواجهات مع «التنظيم» بشمال سورية\n"
        "«داعش» يبسط سيطرته على مقر الفرقة 17 بريف الرقة\n"
        "عناصر من الدفاع المدني يخرجون رجلاً علق تحت ركام بناء انهار حين أسقطت قوات النظام على الصاخور، أحد أحياء "
        "حلب، برميلاً متفجراً. (أ.ف.ب)\n"
        "في إعلان صدر يوم أمس، قال تنظيم «داعش» (الدولة الإسلامية في العراق والشام) إن مقاتليه باتوا يسيطرون على "
        "الفرقة 17 بريف الرقة كاملةً بعد طرد قوات النظام السوري منها، وإنهم بسطوا يدهم كذلك على «فوج المدفعية "
        "121» المعروف باسم «فوج الميلبية» على مقربة من مدينة الحسكة. وتزامن ذلك مع مقتل 105 أشخاص، بينهم 61 "
        "جندياً و12 عنصراً من المسلحين الموالين للنظام و32 مقاتلاً من الجهاديين، في المعارك المستعرة بين «داعش» "
        "والقوات النظامية في شمال البلاد منذ أول من أمس، وهي المواجهة الأوسع من نوعها بين الجانبين منذ أن ظهر "
        "التنظيم على الساحة السورية عام 2013.\n"
        "وكان التنظيم قد افتتح هجومه الواسع على مقر الفرقة 17، وهي الفرقة العسكرية الوحيدة للجيش في تلك المحافظة "
        "وتتخذ من ريف مدينة الرقة مركزاً لها، بعملية انتحارية.\n"
        "وأفاد ناشطون بأن انتحاريَّين، أحدهما سعودي الجنسية، فجّرا نفسيهما بشاحنة مفخخة عند أحد مداخل الفرقة، قبل "
        "أن تندلع معارك واشتباكات عنيفة في محيطها.\n"
        "وبحسب المرصد السوري لحقوق الإنسان، فإن الانتحاريين اللذين فجّرا نفسيهما هما من عناصر التنظيم، ويحمل "
        "أحدهما الجنسية السعودية، وقد استخدما في الهجوم عربتين مفخختين.",
        [E("territory_change", None, PL("الفرقة 17", "Division 17 base", "Raqqa", nth=1), "2014-07-25",
           "الدولة الإسلامية في العراق والشام", IS,
           note="a named base is the place (convention b); ISIS announced it («أعلن تنظيم»); no figure of its own"),
         E("territory_change", None, PL("فوج المدفعية 121", "Regiment 121 (Milibiya)", "Al-Hasakah"), "2014-07-25",
           "الدولة الإسلامية في العراق والشام", IS, note="the same announcement's second base, near Hasakah"),
         E("casualties", Q("105", 105, nth=1), None, None, None, kind="aggregate",
           note="the toll of two days of fighting between ISIS and the army across the north (period 2014-07-24 to "
                "2014-07-25): several sites and kinds of act, so a casualties aggregate; 61/12/32 are its breakdown; the "
                "headline line restates it"),
         E("explosion", None, PL("الفرقة 17", "Division 17 base", "Raqqa", nth=2), "2014-07-24", "ناشطون", IS,
           note="the suicide truck bomb that opened the assault (SOHR's two car bombs are the same act, another "
                "telling); dated by «منذ أول من أمس», a second coder may leave it inside the taking"),
         E("airstrike", None, PL("الصاخور", "Al-Sakhour", "Aleppo"), None, None, GOV,
           note="the glued AFP photo caption tells a barrel bomb on Sakhour: an act told as fact, coded, undated; a "
                "second coder may treat the caption as another item and leave it out")])

passage("kh07", "2015-09-30", "Micro Syria",
        "the first Russian air strikes: SANA's list of targets and the opposition's town-by-town tolls, with regime "
        "artillery on Talbiseh | page: https://microsyria.com/2015/09/30/روسيا-تنفذ-أولى-عملياتها-الجوية-ضد-الم/",
        "روسيا تبدأ غاراتها الجوية في سوريا مستهدفة المعارضة بعيداً عن «داعش»\n"
        "اسطنبول – ميكروسيريا\n"
        "نقلت وكالة «سانا»، الناطقة باسم نظام الأسد، عن مصدر عسكري قوله إن العمليات تأتي «تطبيقاً للاتفاق المبرم "
        "بين كل من الجمهورية العربية السورية وروسيا الاتحادية على مكافحة الإرهاب الدولي».\n"
        "وذكرت الوكالة الرسمية أن سلاح الجو الروسي شنّ اليوم، بالتنسيق مع القوات الجوية السورية، ضربات عدة طالت "
        "كلاً من الرستن وتلبيسة والزعفرانة والتلول الحمر وعيدون وديرفول، إضافة إلى محيط مدينة سلمية، وكلها في "
        "المنطقة الوسطى من البلاد.\n"
        "في المقابل، أكدت مصادر معارضة أن الطائرات الروسية باشرت مهامها القتالية في سماء ريف حمص الشمالي، حيث "
        "شاركت أكثر من طائرة في سلسلة غارات أوقعت عشرات القتلى والجرحى بين السكان.\n"
        "وبيّنت هذه المصادر أن الغارات الروسية على بلدة الزعفرانة أودت بحياة 11 شخصاً وأصابت العشرات، ودفعت "
        "كثيراً من سكان البلدة إلى النزوح منها وسط أجواء من الهلع والخوف.\n"
        "وطالت غارات روسية أخرى مدينة تلبيسة، وتزامنت مع قصف مدفعي انطلق من معسكر ملوك التابع لقوات النظام، فقُتل "
        "أكثر من 15 شخصاً وجُرح العشرات من أهالي المدينة.\n"
        "كما أصابت الغارات منطقة المكرمية، ما أوقع قتيلاً وعدداً من الجرحى، بينما قُتل 6 أشخاص وجُرح آخرون في "
        "الرستن بضربات جوية استهدفت المدخل الجنوبي لتلك المدينة، في حين تعرضت الأطراف الغربية لإحدى القرى "
        "المجاورة للقصف أيضاً.",
        [E("airstrike", Q("11", 11), PL("الزعفرانة", "Al-Zaafaraneh", "Homs", nth=1), "2015-09-30", "مصادر معارضة", RUS,
           note="per-town tolls tied to the strikes there: each town its own event; the displacement is part of it"),
         E("airstrike", Q("أكثر من 15", 15, None, True), PL("تلبيسة", "Talbiseh", "Homs", nth=1), "2015-09-30",
           "مصادر معارضة", RUS,
           note="Russian raids with regime artillery from the Mlouk camp at the same time, one toll for both: the toll "
                "is given to the strikes (the act the item is about); the shelling is coded apart without a figure"),
         E("shelling", None, PL("تلبيسة", "Talbiseh", "Homs", nth=1), "2015-09-30", "مصادر معارضة", GOV,
           note="regime artillery fired from the Mlouk camp on Talbiseh: where the fire came from is not the place; a "
                "second coder may fold it into the strike"),
         E("airstrike", None, PL("المكرمية", "Al-Makramiyah", "Homs"), "2015-09-30", "مصادر معارضة", RUS,
           note="one killed: no figure"),
         E("airstrike", Q("6", 6), PL("الرستن", "Al-Rastan", "Homs", nth=1), "2015-09-30", "مصادر معارضة", RUS,
           note="the southern entrance of the town"),
         E("airstrike", None, PL("التلول الحمر", "Al-Tulul al-Humr", "Homs"), "2015-09-30", "سانا", RUS,
           note="SANA's list of targets is one act told over seven places (group); Rastan, Talbiseh and Zaafaraneh have "
                "events of their own from the opposition's tolls, so the group's remaining places (Tulul al-Humr, Aydoun, "
                "Deir Foul, around Salamiyah) are coded at the first of them. SANA's framing of the agreement is no "
                "statement of its own")])

passage("kh08", "2017-06-09", "Echorouk (relaying SOHR via AFP)",
        "a night of coalition raids on Raqqa: a raised toll (17 then 23), one strike's own toll (the internet café in "
        "Jazra), the coalition's aim | page: https://djazairess.com/echorouk/525313",
        "23 مدنياً قتلى في 25 غارة للتحالف على الرقة.. بينهم 15 في مقهى إنترنت\n"
        "أعلن المرصد السوري لحقوق الإنسان، يوم الجمعة، أن التحالف الدولي الذي تقوده الولايات المتحدة واصلت "
        "طائراته طوال الليل قصفها المكثف لمدينة الرقة وضواحيها، مساندةً لقوات سوريا الديمقراطية التي تسعى إلى "
        "التوغل أعمق في أبرز معاقل تنظيم الدولة الإسلامية (داعش) على الأراضي السورية.\n"
        "وأوضح رامي عبد الرحمن، مدير المرصد، في تصريح لوكالة فرانس برس، أن «طيران التحالف لم يتوقف عن قصف الرقة "
        "وأطرافها على مدى الليل»، لافتاً إلى أن التحالف يهدف من ذلك إلى «إضعاف قدرات التنظيم وفتح الطريق أمام "
        "قوات سوريا الديمقراطية كي تتقدم في القسم الشرقي من المدينة وتقتحمها من محاور أخرى».\n"
        "وبحسب المرصد، لقي 23 مدنياً حتفهم مساء الخميس إثر «25 غارة جوية» نفذتها طائرات التحالف على الرقة "
        "وضواحيها، بعدما كان المرصد قد تحدث في حصيلة أولى عن 17 قتيلاً من المدنيين وعشرات المصابين. وعزا المرصد "
        "ارتفاع الحصيلة إلى وفاة عدد من الجرحى متأثرين بإصاباتهم، وإلى إخراج جثث أخرى من تحت ركام الأبنية "
        "المدمرة.\n"
        "وأشار المرصد إلى أن 15 من القتلى سقطوا في غارة واحدة أصابت مقهى إنترنت في ضاحية جزرة الواقعة غربي الرقة، "
        "وهي المنطقة التي تسعى قوات سوريا الديمقراطية إلى التقدم عبرها لدخول المدينة من جهتها الغربية.\n"
        "ويقدّم التحالف الدولي لقوات سوريا الديمقراطية دعماً متعدد الأشكال، يشمل الضربات الجوية وتزويدها بالسلاح "
        "وإرسال مستشارين عسكريين يعملون معها على الأرض.",
        [E("airstrike", Q("23", 23, nth=1), PL("الرقة", "Raqqa", "Raqqa"), "2017-06-08", "المرصد السوري لحقوق الإنسان",
           COAL, kind="aggregate",
           note="FIGURE/KIND CALL: the night's toll over 25 raids on the city and its suburbs, raised from 17 (the latest "
                "is the figure); it sums more than the one strike the text tells apart (Jazra's 15), so it is coded as an "
                "aggregate of one cause (airstrike) beside that strike; a second coder may code it as the incident"),
         E("airstrike", Q("15", 15, nth=1), PL("جزرة", "Jazra", "Raqqa"), "2017-06-08", "المرصد", COAL,
           note="one strike with its own toll at its own place (stop 34); the SDF's attempted advance there is an aim")])

passage("kh09", "2018-03-27", "Felesteen News",
        "the largest evacuation convoy from Eastern Ghouta, the two Russian-brokered deals (background), the restart in "
        "Arbin, a rights groups' toll since the offensive | page: "
        "https://felesteen.news/post/24472/خروج-أكبر-قافلة-مهجرين-من-الغوطة-الشرقية-تضم-أكثر-من-6500-شخص/amp",
        "أضخم قافلة مهجّرين تغادر الغوطة الشرقية وعلى متنها أكثر من 6500 شخص\n"
        "27 آذار/مارس 2018\n"
        "أطفال في عداد قافلة المهجّرين الخارجة من الغوطة الشرقية (صورة)\n"
        "في ساعة متأخرة من مساء الاثنين، غادرت الغوطة الشرقية المتاخمة لدمشق الدفعة الثالثة من المقاتلين التابعين "
        "لفصائل الجيش الحر، ومعهم مدنيون من سكان المنطقة.\n"
        "وأفادت مصادر متطابقة بأن مئة حافلة أقلّت 6749 شخصاً مع عائلاتهم من المنطقة التي يسيطر عليها فيلق الرحمن "
        "في الغوطة.\n"
        "وتُعد هذه القافلة الأكبر على الإطلاق منذ أن بدأ إخراج السكان والمقاتلين من الغوطة الشرقية المحاصرة على "
        "أطراف العاصمة السورية.\n"
        "وكانت روسيا قد عقدت على التوالي اتفاقين، أولهما مع حركة أحرار الشام بشأن مدينة حرستا، والثاني مع فيلق "
        "الرحمن في القطاع الجنوبي من الغوطة الشرقية، نُقل بمقتضاهما الآلاف من مقاتلين ومدنيين نحو إدلب في الشمال "
        "الغربي، وذلك إثر حملة عسكرية دامية شنّتها على المنطقة قوات الأسد ومن يحالفها، فشلّت كل مرافقها الحيوية "
        "وطالت المدنيين الذين احتموا بالأقبية والملاجئ.\n"
        "وكانت عمليات النقل من القطاع الجنوبي للغوطة قد استُؤنفت صباح الاثنين، إذ دخلت حافلات إلى مدينة عربين، ثم "
        "انطلقت منها محمّلة بمقاتلي المعارضة وبالمدنيين نحو نقطة تجمّع قريبة منها.\n"
        "وتقول مصادر حقوقية إن ما يزيد على 1630 مدنياً قُتلوا جراء القصف الجوي والمدفعي الذي تعرضت له الغوطة منذ "
        "بداية الهجوم الأخير عليها.\n"
        "أخبار ذات صلة",
        [E("other", Q("6749", 6749), PL("عربين", "Arbin", "Rif Dimashq"), "2018-03-26", "مصادر متطابقة", None,
           note="an evacuation (displacement) convoy: the people carried are the figure; the buses entering Arbin that "
                "morning are the same day's evacuation, so the most specific place is Arbin; a second coder may place it at "
                "Eastern Ghouta; the headline's «أكثر من 6500» is the same convoy; Idlib is the destination, not the place"),
         E("agreement", None, PL("حرستا", "Harasta", "Rif Dimashq"), None, None, RUS,
           note="the first Russian deal (with Ahrar al-Sham), recalled without a day"),
         E("agreement", None, PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq", nth=4), None, None, RUS,
           note="the second deal (with Faylaq al-Rahman) for the southern sector of Eastern Ghouta, recalled"),
         E("casualties", Q("ما يزيد على 1630", 1630, None, True), PL("الغوطة", "Eastern Ghouta", "Rif Dimashq", nth=6),
           None, "مصادر حقوقية", None, kind="aggregate",
           note="toll since the offensive began (period 2018-02 to 2018-03) from air and artillery fire: two kinds of act, "
                "so casualties (stop 32)")])

passage("kh10", "2019-11-17", "SMART News Agency",
        "Russian raids on Saraqib (activists) and Jabal al-Arbaeen (Civil Defence), a recall of an earlier day's raids on "
        "three villages, the ceasefire Russia announced in August | page: "
        "https://smartnews-agency.com/ar/wires/2019-11-17-قتلى-وجرحى-بقصف-جوي-روسي-على-محافظة-إدلب",
        "قتلى وجرحى في غارات روسية على سراقب وجبل الأربعين بإدلب\n"
        "إدلب (سمارت) – آخر تحديث 17 تشرين الثاني/نوفمبر 2019\n"
        "سقط 12 شخصاً بين قتيل وجريح يوم الأحد جراء غارات شنّها الطيران الحربي الروسي على سراقب وعلى منطقة جبل "
        "الأربعين في محافظة إدلب بشمال سوريا.\n"
        "ونقلت «سمارت» عن ناشطين محليين أن طائرة حربية روسية أغارت على مدينة سراقب، التي تبعد 14 كيلومتراً إلى "
        "الشرق من مدينة إدلب، فقتلت أربعة أشخاص وجرحت خمسة آخرين، نُقلوا بعدها إلى نقطة طبية في الجوار لتلقي "
        "العلاج اللازم.\n"
        "من جهته، أفاد الدفاع المدني عبر صفحاته على مواقع التواصل بمقتل ثلاثة أشخاص في تسع غارات شنّتها طائرات "
        "روسية على منطقة الأربعين المحاذية لمدينة أريحا جنوبي إدلب، مضيفاً أن فرقه عملت على إطفاء حريق اندلع في "
        "الموقع جراء القصف.\n"
        "وكان سبعة مدنيين، من بينهم نساء وأطفال، قد قُتلوا وأصيب 14 غيرهم يوم الجمعة، الخامس عشر من تشرين الثاني "
        "2019، في غارات روسية وأخرى لقوات النظام السوري استهدفت قرى البارة وكفرومة والظهر الواقعة في المحافظة "
        "نفسها.\n"
        "ويتواصل التصعيد العسكري الذي تشنه قوات النظام وروسيا على المنطقة على الرغم من أن موسكو أعلنت يوم الجمعة "
        "30 آب 2019 وقفاً لإطلاق النار من جانب قوات النظام في جنوب إدلب وشمال حماة، إذ تتعرض المنطقة منذ نيسان "
        "2019 لحملة قصف جوي عنيفة ومكثفة يشنها الطرفان معاً.",
        [E("airstrike", Q("أربعة", 4), PL("سراقب", "Saraqib", "Idlib", nth=2), "2019-11-17", "ناشطين محليين", RUS,
           note="the lead's 12 killed and wounded is the two strikes together: no event of its own"),
         E("airstrike", Q("ثلاثة", 3), PL("جبل الأربعين", "Jabal al-Arbaeen", "Idlib"), "2019-11-17", "الدفاع المدني",
           RUS, note="nine raids, three dead: the dead are the figure"),
         E("airstrike", Q("سبعة", 7), PL("البارة", "Al-Bara", "Idlib"), "2019-11-15", None, RUS,
           note="a recall with its own day, Russian and regime raids on three villages (group) at the first; the "
                "14 wounded are not the figure"),
         E("statement", None, None, "2019-08-30", None, RUS,
           note="Russia's announced ceasefire, recalled by the outlet with its day: a named state's announcement told "
                "as its own matter (stop 32); a second coder may call it background and leave it out")])

passage("kh11", "2020-07-01", "Halab Today TV",
        "mutual kidnappings between Daraa and Suwayda: a man taken near Jbeib, a second missing, two Bedouin children "
        "taken two days before, ransoms (background); published date inferred (the page shows none; set to mid-2020 "
        "from the period of the Daraa-Suwayda kidnappings its archive number falls in) | page: "
        "https://halabtodaytv.net/archives/85347",
        "خطف مدني من ريف درعا قرب جبيب.. وطفلان من عشيرة الرومي بيد مسلحين مجهولين\n"
        "مدينة السويداء – صورة من الأرشيف\n"
        "نقل مراسل «حلب اليوم» أن مجموعة مسلحة من ريف السويداء خطفت شاباً مدنياً من أبناء بلدة أم ولد في ريف درعا "
        "الشرقي يُدعى «سامر الحوراني»، بينما كان في طريق عودته من السويداء، وذلك على مقربة من بلدة جبيب التي تتبع "
        "إدارياً لمحافظة السويداء، ولم يتضح حتى الآن دافع الخطف ولا ما تطلبه الجهة الخاطفة لقاء الإفراج عنه.\n"
        "وأضاف المراسل أن الاتصال انقطع مع مدني ثانٍ من أم ولد أيضاً، اسمه «وائل المسالمة»، خلال وجوده في محافظة "
        "السويداء، ولا تتوفر عنه أي معلومات حتى ساعة كتابة هذا الخبر.\n"
        "ولفت مراسلنا إلى أن مجموعة مسلحة يرتدي أفرادها الزي العسكري جاءت من ريف السويداء قبل يومين، ودهمت خيام "
        "البدو المقيمين في محيط قرية مسيكة الغربية، ضمن منطقة اللجاة في الطرف الشمالي الشرقي من محافظة درعا، "
        "وخطفت طفلين ينتميان إلى عشيرة الرومي، يبلغ أحدهما العاشرة من عمره والآخر الثانية عشرة، ولا يزال مصيرهما "
        "والجهة التي خطفتهما مجهولين.\n"
        "وتعيش محافظتا درعا والسويداء على وقع عمليات خطف متبادلة تطال المدنيين بهدف الحصول على فدى مالية، إذ "
        "طالبت عصابات مسلحة في السويداء بمبالغ ضخمة بلغت 50 مليون ليرة سورية، في حين لجأ آخرون إلى خطف أبناء من "
        "السويداء داخل درعا، للضغط على عشائر السويداء كي تتوسط لدى الخاطفين من أجل إطلاق سراح أبناء درعا.",
        [E("arrest", None, PL("جبيب", "Jbeib", "As-Suwayda"), "2020-07-01", "مراسل «حلب اليوم»", UNK,
           note="an abduction by an armed gang is coded arrest (as sets 73 and 79); no day given: the publication day; "
                "the second man whose contact was lost is no event (not said to be taken)"),
         E("arrest", None, PL("مسيكة الغربية", "Msaykah al-Gharbiyah", "Daraa"), "2020-06-29", "مراسلنا", UNK,
           note="two children taken «قبل يومين» from Bedouin tents: a dual, no figure; the mutual kidnappings and the "
                "ransoms of 50 million are a habit, no event")])

passage("kh12", "2020-03-03", "Al-Yaum TV (pro-government)",
        "Turkish soldiers killed by regime artillery (SOHR), Turkish drone and artillery strikes, a regime jet downed by "
        "Turkey and a Turkish drone downed by the regime, with the two sides' tellings; published date inferred (the "
        "L-39 was downed on 3 March 2020; the page shows no date) | page: "
        "https://alyaumtv.net/قتلى-وجرحى-بصفوف-جيش-الاحتلال-التركي-ف/",
        "قتلى وجرحى في صفوف جيش الاحتلال التركي بريف إدلب\n"
        "على الرغم من تأكيد أردوغان، رئيس النظام التركي، أن الهدف من العمليات العسكرية التي تخوضها قواته مؤخراً "
        "في شمال غرب سوريا هو إرغام قوات النظام على الانسحاب إلى حدود المنطقة العازلة، ما زالت هذه القوات تواصل "
        "التقدم على الأرض، فيما يرتفع عدد القتلى في صفوف الجنود الأتراك يوماً بعد يوم.\n"
        "فقد أكد المرصد السوري لحقوق الإنسان، في هذا السياق، مقتل أربعة عسكريين في جيش الاحتلال التركي وجرح سبعة "
        "آخرين، في قصف مدفعي استهدف به النظام نقاطاً يتمركز فيها جيش الاحتلال ضمن بلدتي الترنبة والمسطومة جنوبي "
        "إدلب، موضحاً أن المروحيات نقلت الجرحى إلى داخل الأراضي التركية لتلقي العلاج.\n"
        "وأضاف المرصد أن طائرات تركية مسيّرة ضربت نقاطاً للنظام في قلعة ميرزا شمالي حماة، وأخرى حول معرة النعمان "
        "في جنوب إدلب، وأن المدفعية التركية أمطرت تجمعات قوات النظام داخل سراقب وحولها بعشرات القذائف.\n"
        "وكانت وزارة الدفاع التركية قد أعلنت في وقت سابق أن مقاتلة تركية أصابت طائرة حربية تابعة للنظام من طراز "
        "«إل-39» وأسقطتها في أجواء منطقة إدلب.\n"
        "في المقابل، ادعت وسائل إعلام قريبة من النظام أن قواته أسقطت طائرة تركية مسيّرة قرب سراقب، في الريف "
        "الجنوبي الشرقي لمحافظة إدلب.",
        [E("shelling", Q("أربعة", 4), PL("الترنبة", "Al-Tarnabah", "Idlib"), "2020-03-03", "المرصد السوري لحقوق الإنسان",
           GOV, note="regime artillery on Turkish posts in two villages (group) at the first; the seven wounded are not "
                     "the figure; undated: the publication day"),
         E("airstrike", None, PL("قلعة ميرزا", "Qalaat Mirza", "Hama"), "2020-03-03", "المرصد", TUR,
           note="Turkish drones on regime positions in two places (group with Maarat al-Numan)"),
         E("shelling", Q("عشرات", 20, 90, True), PL("سراقب", "Saraqib", "Idlib"), "2020-03-03", "المرصد", TUR,
           note="dozens of shells: the shells are the figure (no dead told); «وأن» goes on with SOHR"),
         E("armed_clash", None, PL("إدلب", "Idlib", "Idlib", nth=3), "2020-03-03", "وزارة الدفاع التركية", TUR,
           note="TYPE CALL: a regime L-39 shot down by a Turkish jet over the Idlib area, coded as a clash between the "
                "two forces (no type fits better; a second coder may use other); «منطقة إدلب» placed at Idlib"),
         E("armed_clash", None, PL("سراقب", "Saraqib", "Idlib", nth=1), "2020-03-03",
           "وسائل إعلام قريبة من النظام", GOV,
           note="the regime's claim of a Turkish drone downed near Saraqib, told by its media")])

passage("kh13", "2021-09-01", "Al-Baath",
        "the first day of weapons hand-over and status settlements in Daraa al-Balad under the deal of the day before, a "
        "security source on the deal, settlers' praise (official paper) | page: https://albaathmedia.sy/?p=665911",
        "بدء تسليم الأسلحة وتسوية أوضاع مسلحين في درعا البلد\n"
        "درعا – محليات\n"
        "بعد فترة من التشرذم والفلتان الأمني، وفي ظل الظروف الاجتماعية القاسية التي تمر بها محافظة درعا ولا سيما "
        "حي درعا البلد، انطلقت اليوم عملية تسوية أوضاع مئات المطلوبين، وبدأ معها تطبيق أول بند من بنود الاتفاق "
        "المبرم بين الدولة السورية وما تُعرف باللجنة المركزية، وهو البند الذي ينص على تسليم الأسلحة الفردية في "
        "مركز التسوية المقام في حي الأربعين التابع لدرعا البلد، وذلك تمهيداً لأن تستأنف جميع مؤسسات الدولة عملها "
        "هناك.\n"
        "وقال مصدر أمني لـ«البعث» إن الاتفاق الذي أُبرم أمس الثلاثاء جاء ثمرة سلسلة من الاجتماعات، أفضت إلى وقف "
        "عملية عسكرية كانت قوات الجيش العربي السوري تستعد لها بهدف إعادة الاستقرار إلى المنطقة ووضع حد لعمليات "
        "الاغتيال المتكررة التي طالت عسكريين ومدنيين في الفترة الأخيرة.\n"
        "وأبدى عدد ممن سوّوا أوضاعهم ارتياحاً كبيراً لسهولة الإجراءات ولحسن الاستقبال الذي جاء أفضل مما كانوا "
        "يتوقعون، مؤكدين أن حماية الوطن تقتضي أن يسهم كل فرد من موقعه في مواجهة الإرهاب إلى أن يعود الأمن والأمان "
        "إلى ربوع سورية، ووجّهوا دعوة إلى من لا يزالون مترددين من المطلوبين وممن رفعوا السلاح في وجه الدولة كي "
        "يبادروا من دون إبطاء إلى تسوية أوضاعهم لدى الجهات المختصة.",
        [E("other", Q("مئات", 200, 900, True), PL("الأربعين", "Al-Arbaeen (Daraa al-Balad)", "Daraa"), "2021-09-01", None,
           GOV, note="status settlements and weapons hand-over (other, as set 1's p43); placed at the quarter of the "
                     "settlement centre; the security source of the next sentence speaks of the deal, another act, so it "
                     "does not carry back: the outlet tells it"),
         E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=1), "2021-08-31", "مصدر أمني", GOV,
           note="the deal of «أمس الثلاثاء» between the state and the Central Committee; the halted operation is no "
                "event (not carried out); the settlers' appeal to others is no named body's statement")])

passage("kh14", "2022-01-21", "Al-Araby Al-Jadeed (relaying Reuters)",
        "ISIS's attack on Ghweiran prison: the SDF's toll of the attackers, its statement on the car bomb, the other side's "
        "dead via Reuters, arrests, a witness, and two glued tweets | page: "
        "https://alaraby.com/news/سوريا-قتلى-في-اشتباكات-بين-قسد-وتنظيم-الدولة-عند-سجن-في-الحسكة",
        "سوريا: قتلى في معارك بين «قسد» و«تنظيم الدولة» عند سجن بالحسكة\n"
        "قُتل 23 من مقاتلي تنظيم «الدولة» على يد قوات سوريا الديمقراطية «قسد» ذات القيادة الكردية، في مواجهات تلت "
        "هجوماً نفذه مسلحو التنظيم أمس الخميس على سجن في مدينة الحسكة الواقعة شمال شرقي البلاد.\n"
        "وبحسب بيان أصدرته «قسد»، بدأ التنظيم هجومه على سجن غويران بتفجير سيارة مفخخة قرب أسوار السجن، ثم انقضّ "
        "مسلحوه على حراس السجن من القوات الكردية، سعياً إلى إطلاق سراح عدد من المحتجزين في داخله.\n"
        "#سوريا لا تزال المعارك دائرة حول سجن غويران في الحسكة بين مسلحي د١عش وقوات سوريا الديمقراطية التي تدعمها "
        "واشنطن. pic.twitter.com/i7asX0525C\n"
        "— Mustafa AL Dulaimi (@Mustafa5g4d2k8u) January 21, 2022\n"
        "ونقلت وكالة «رويترز» اليوم الجمعة عن مصدر عسكري أن سبعة من عناصر «قسد» ومن قوات الأسايش الأمنية الحليفة "
        "لها لقوا حتفهم في الهجوم.\n"
        "وأعلنت قوات سوريا الديمقراطية أنها ألقت القبض على 89 عنصراً من التنظيم في المنطقة التي لا تزال "
        "الاشتباكات مستمرة فيها.\n"
        "وروى شاهد عيان أن «طائرات حربية تابعة للتحالف الذي تقوده الولايات المتحدة شوهدت وهي تحلق في أجواء "
        "المنطقة».\n"
        "برأيي، يُعد هجوم التنظيم على سجن غويران بالحسكة الأشرس الذي ينفذه منذ سنوات، وقد امتد ساعات طويلة "
        "pic.twitter.com/sRFnMHOkDB\n"
        "— Hanzala (@Hanzpal2) January 21, 2022\n"
        "وعلى الرغم من طرد التنظيم من معظم المناطق التي بسط سيطرته عليها في سوريا قبل سنوات، فإن خلايا تابعة له "
        "لا تزال تنفذ هجمات متفرقة في البلاد.",
        [E("armed_clash", Q("23", 23), PL("سجن غويران", "Ghweiran (al-Sina'a) prison", "Al-Hasakah"), "2022-01-20",
           "«قسد»", IS,
           note="ISIS's attack on the prison and the SDF's fight: one incident (the car bomb opened it, not apart); no "
                "total of both sides, so the first side numbered (23 ISIS) is the figure and Reuters' seven SDF dead are "
                "the other side, no second event; the SDF statement of the next sentence returns to the same attack, so "
                "it is the source; the tweets are glued tellings of the same fight"),
         E("arrest", Q("89", 89), PL("الحسكة", "Al-Hasakah", "Al-Hasakah"), "2022-01-21", "قوات سوريا الديمقراطية", SDF,
           note="ISIS members caught in the prison's area, placed at the city; no day: the publication day")])

passage("kh15", "2023-10-22", "Baladi News",
        "a Turkish drone strike on an SDF car in Qamishli, with two earlier drone strikes recalled with their days, and "
        "Ankara's motive (background) | page: "
        "https://baladi-news.com/ar/articles/98261/خسائرلـقسد-باستهداف-مسيرةتركية-سيارة-وسط-القامشلي",
        "خسائر لـ«قسد» باستهداف مسيّرة تركية سيارةً وسط القامشلي\n"
        "بلدي نيوز\n"
        "لقي عدد من مقاتلي قوات سوريا الديمقراطية «قسد» مصرعهم وجُرح آخرون، اليوم الأحد 22 تشرين الأول/أكتوبر، "
        "إثر انفجار استهدف سيارة داخل القامشلي، المدينة التابعة لمحافظة الحسكة في شمال شرق سوريا.\n"
        "وتفيد مصادر متطابقة بأن طائرة تركية مسيّرة ضربت سيارة تابعة لـ«قسد» على طريق الكورنيش قرب حي القوتلي في "
        "القامشلي شمالي الحسكة، فأوقعت قتلى وجرحى في صفوف عناصرها، بينهم أحد القياديين، واحترقت السيارة عن "
        "آخرها.\n"
        "وتقول المصادر ذاتها إن دوي الانفجار الذي أحدثته الضربة تردد في أرجاء المدينة كلها.\n"
        "وفي العشرين من تشرين الأول/أكتوبر، أغارت مسيّرة تركية على سيارة عسكرية لـ«قسد» داخل مدينة عين العرب، "
        "فقتلت كلاً من «ريبر حسن» و«جوان علي» و«آزاد عمر».\n"
        "وفي التاسع عشر من الشهر نفسه، استهدفت طائرة تركية مسيّرة دراجة نارية وسيارة على مقربة من قرية تل شعير، "
        "التي تقع على بعد 5 كيلومترات إلى الغرب من عين العرب، فسقط قتلى وجرحى.\n"
        "وتنظر أنقرة إلى «قسد»، التي تشكّل وحدات حماية الشعب عمودها الفقري، على أنها امتداد لحزب العمال "
        "الكردستاني الذي يخوض تمرداً مسلحاً ضد الدولة التركية منذ عقود، وتطالب واشنطن بأن تكف عن دعمها، وقد صعّدت "
        "أخيراً ضرباتها بالطائرات المسيّرة، في أعقاب هجوم مسلح استهدف في الأول من تشرين الأول/أكتوبر مبنى مديرية "
        "الأمن العائدة لوزارة الداخلية في العاصمة أنقرة وأوقع قتلى.",
        [E("airstrike", None, PL("القامشلي", "Qamishli", "Al-Hasakah"), "2023-10-22", "مصادر متطابقة", TUR,
           note="the lead's car «explosion» is the drone strike of the next sentence (one incident, source carried back); "
                "a road «near» a quarter is placed at the town; dead not numbered"),
         E("airstrike", None, PL("عين العرب", "Ayn al-Arab (Kobani)", "Aleppo"), "2023-10-20", None, TUR,
           note="a recall with its own day; three named dead: a list of names gives no figure"),
         E("airstrike", None, PL("تل شعير", "Tal Shaeer", "Aleppo"), "2023-10-19", None, TUR,
           note="a recall with its own day; the attack in Ankara is abroad and is background; Ankara's demand is a "
                "habitual stance, no statement")])

passage("kh16", "2024-03-29", "Al-Mashhad",
        "Israeli strikes on Hezbollah depots near Aleppo airport: security sources' toll, SOHR's raised toll, the Syrian "
        "defence ministry's statement, and a strike in Rif Dimashq the day before | page: "
        "https://www.almashhad.com/amp/article/773112298002792-News/671148699705451-عشرات-القتلى-بضربات-إسرائيلية-على-حلب-بسوريا",
        "ضربات إسرائيلية على حلب توقع عشرات القتلى\n"
        "قال مصدران أمنيان إن غارات إسرائيلية ضربت مدينة حلب السورية في الساعات الأولى من صباح الجمعة أودت بحياة "
        "نحو 42 شخصاً من المدنيين والعسكريين.\n"
        "وأوضح المصدران أن الضربات قتلت كذلك 6 عناصر ينتمون إلى «حزب الله».\n"
        "وفي تفاصيل ما جرى، هزّت انفجارات قوية محيط مطار حلب، وذلك بعد ساعات قليلة من قصف إسرائيلي انطلق من جهة "
        "الجولان واستهدف مبنى سكنياً في محافظة ريف دمشق.\n"
        "واستهدفت الغارات الإسرائيلية مخازن للأسلحة في الجوار القريب من المطار، وأسفرت عن سقوط ما يزيد على 42 "
        "قتيلاً من المدنيين والعسكريين، بحسب أحدث حصيلة نشرها المرصد السوري لحقوق الإنسان.\n"
        "وبيّن المرصد أن الضربات أصابت «مخازن صواريخ عائدة لحزب الله في جبرين المجاورة لمطار حلب الدولي».\n"
        "وتابع أن «انفجارات من النوع نفسه دوّت في السفيرة وكفرجوم غربي حلب، ولا يزال صوتها يتردد، وسط معلومات "
        "مؤكدة عن سقوط عشرات القتلى والجرحى من العسكريين جراء انفجار المخازن».\n"
        "وجاء ذلك إثر بيان أصدرته وزارة الدفاع السورية وقالت فيه إن مدنيين وعسكريين سقطوا قتلى وجرحى جراء هجوم "
        "نسبته إلى إسرائيل واستهدف مواقع في ريف حلب، موضحة أن القصف وقع بعد منتصف الليل وأتى من جهة أريا إلى "
        "الجنوب الشرقي من حلب.\n"
        "وكانت غارات إسرائيلية قد طالت يوم الخميس كذلك نقاطاً يستخدمها «حزب الله» في ريف دمشق، فأُصيب 5 سوريين "
        "مسلحين يعملون حراساً لدى الحزب في مقر استهدفته الضربات.",
        [E("airstrike", Q("نحو 42", 42, approx=True), PL("جبرين", "Jibrin", "Aleppo"), "2024-03-29", "مصدران أمنيان", ISR,
           note="one strike on the depots near the airport told by security sources (about 42, first written), SOHR (more "
                "than 42) and the defence ministry: one event, the first figure; the six Hezbollah dead are told apart "
                "(«كذلك»); most specific place Jibrin (SOHR); explosions heard in Safira and Kafr Jum are no strikes told"),
         E("airstrike", None, PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2024-03-28", None, ISR,
           note="the strike on a residential building in Rif Dimashq hours before and the Thursday strikes on Hezbollah "
                "sites there that wounded five guards are taken as one act (same night, same area); the injured are not "
                "the figure; a second coder may code two")])

passage("kh17", "2024-05-17", "Zaman Masdar",
        "HTS's General Security arrests protesters on their way to a central protest, beats others, and more than 24 "
        "protests with thousands across Idlib and western Aleppo; published date inferred (a Friday of the 2024 protests "
        "against al-Jolani; the page shows no date) | page: https://zamanmasdar.com/?p=58173",
        "حملة اعتقالات تطال محتجين في إدلب على يد «تحرير الشام»\n"
        "أقدم اليوم الجمعة عناصر «جهاز الأمن العام»، وهو الجهاز الأمني التابع لهيئة تحرير الشام، على توقيف عدد من "
        "المحتجين في أرياف إدلب، خلال تظاهرات خرجت تندد بقيادة الهيئة وبسياساتها وبالقبضة الأمنية التي تفرضها على "
        "المناطق الخاضعة لها في شمال غرب سوريا.\n"
        "وبحسب مصادر محلية، فإن عناصر حاجز تابع لـ«جهاز الأمن العام» أوقفوا بعد صلاة الجمعة اليوم شابين، هما "
        "«أحمد الخلف» و«عمر الخلف»، بينما كانا متجهين برفقة عدد من الشبان للمشاركة في تظاهرة مركزية دُعي إليها "
        "على طريق سهل الروج في ريف إدلب الغربي.\n"
        "وأضافت المصادر نفسها أن عناصر الحاجز انهالوا بالضرب على عدد من المحتجين، وأرغموهم على الرجوع إلى "
        "بلداتهم، ومنعوهم من الالتحاق بالتظاهرات المركزية التي تُنظَّم في العادة داخل مدينة جسر الشغور أو في "
        "أريحا غربي إدلب.\n"
        "وفي سياق متصل، خرجت اليوم عقب صلاة الجمعة في منطقة إدلب ما يزيد على 24 تظاهرة شارك فيها الآلاف، توزعت "
        "على إدلب المدينة، وعلى بنش وقميناس في الريف الشرقي، وعلى سلقين وحارم وحزانو وكفرتخاريم وأطمة وكللي ومعرة "
        "مصرين وحربنوش وقورقانيا وكفرلوسين في الريف الشمالي، وعلى مدينة أريحا وعدد من قرى جبل الزاوية في الريف "
        "الجنوبي الغربي، إضافة إلى الأتارب ودارة عزة وأبين سمعان في ريف حلب الغربي.",
        [E("arrest", None, PL("سهل الروج", "Sahl al-Ruj", "Idlib"), "2024-05-17", "مصادر محلية", HTS,
           note="the lead's arrests «عدداً من المتظاهرين» and the checkpoint's two named men are one incident (source "
                "carried back); no figure (a dual with names); the beating of protesters at the checkpoint is part of it"),
         E("protest", Q("الآلاف", 2000, 9000, True), PL("إدلب", "Idlib", "Idlib", nth=5), "2024-05-17", None, PROT,
           note="more than 24 protests told as one day over a list of places (group) at the first, Idlib city; the "
                "crowd (thousands) is the figure, not the number of protests; the outlet tells it")])

passage("kh18", "2024-12-05", "Yemen Sky (relaying Syria TV)",
        "the fall of Hama in the «Deterrence of Aggression» offensive: the army's withdrawal, the operations room's "
        "entry into eastern quarters, Brigade 66, a commander's toll on the Khattab front, Zayn al-Abidin mountain and "
        "the positions taken | page: https://yemensky.com/news43406.html",
        "«ردع العدوان»: قوات النظام السوري تعلن انسحابها من حماة والفصائل تعلن السيطرة على المدينة\n"
        "5 كانون الأول/ديسمبر 2024 – 05:51 مساءً\n"
        "أعلنت اليوم الخميس قوات النظام السوري انسحاب وحداتها من حماة، إثر معارك ضارية خاضتها في مواجهة فصائل "
        "عملية «ردع العدوان»، وتكبد فيها النظام خسائر جسيمة في صفوف عناصره وفي عتاده.\n"
        "وفي وقت سابق من اليوم، أعلنت إدارة العمليات العسكرية أن مقاتليها دخلوا مدينة حماة وبسطوا سيطرتهم على عدد "
        "من أحيائها الواقعة في جهتها الشرقية، أبرزها حيا الأربعين والصواعق، في ظل معارك عنيفة تخوضها مع قوات "
        "النظام.\n"
        "وأشارت الإدارة إلى أن المواجهات تمركزت على محاور ذات أهمية استراتيجية داخل المدينة، واستخدم فيها الطرفان "
        "الأسلحة الثقيلة والمتوسطة بكثافة، في حين قالت مصادر خاصة لموقع تلفزيون سوريا إن فصائل «ردع العدوان» "
        "انتزعت السيطرة على «اللواء 66» الواقع شرقي حماة.\n"
        "وبحسب المقدم حسن عبد الغني، وهو من قادة «إدارة العمليات العسكرية»، فإن «العصائب الحمراء» شنّت هجوماً "
        "نوعياً على محور خطاب إلى الشمال من حماة، أوقع ما يزيد على 50 قتيلاً في صفوف قوات النظام.\n"
        "وأطبقت فصائل «ردع العدوان» الحصار على قوات النظام المتحصنة في جبل زين العابدين إلى الشمال من المدينة، "
        "حيث تدور معارك شديدة العنف على عدة محاور في شمال حماة وفي شرقها، انتزعت الفصائل خلالها أكثر من 20 موقعاً "
        "عسكرياً من يد قوات النظام.",
        [E("territory_change", None, PL("حماة", "Hama", "Hama"), "2024-12-05", "قوات النظام السوري", HTS,
           note="the army's withdrawal and the factions' control are one taking of the city; the entry into the eastern "
                "quarters (Arbaeen, Sawaeq) earlier the same day is a stage of it, not coded apart (a second coder may "
                "code the quarters as a group); agent the operations room led by HTS"),
         E("territory_change", None, PL("اللواء 66", "Brigade 66 base", "Hama"), "2024-12-05", "مصادر خاصة", HTS,
           note="a named base east of the city (convention b)"),
         E("armed_clash", Q("ما يزيد على 50", 50, None, True), PL("خطاب", "Khattab", "Hama"), "2024-12-05",
           "حسن عبد الغني", HTS, note="a commander's claim of over 50 regime dead in one attack on the Khattab axis"),
         E("armed_clash", None, PL("جبل زين العابدين", "Jabal Zayn al-Abidin", "Hama"), "2024-12-05", None, HTS,
           note="fierce battles on several axes around the encircled mountain, no dead told"),
         E("territory_change", Q("أكثر من 20", 20, None, True), None, "2024-12-05", None, HTS, kind="aggregate",
           note="positions taken over those battles on several axes: a sum over an area, coded as an aggregate without a "
                "place; a second coder may place it at Zayn al-Abidin as an incident")])

passage("kh19", "2025-07-18", "Annahar (relaying AFP and SOHR)",
        "Suwayda, July 2025: the hospital's count of bodies since Monday (title), tribal fighters at the western entrance "
        "(AFP's correspondent, SOHR), shelling of the city's quarters, a tribal convoy from Deir ez-Zor with two glued "
        "SOHR tweets | page: "
        "https://www.annahar.com/arab-world/arabian-levant/231965/مستشفى-السويدا-في-جنوب-سوريا-استقبل-أكثر-من-400-جثة-منذ-الاثنين",
        "مستشفى السويداء في الجنوب السوري تسلّم ما يفوق 400 جثة منذ يوم الاثنين\n"
        "المعارك متواصلة والحصيلة تتصاعد... رتل لأبناء العشائر ينطلق من دير الزور نحو السويداء (فيديو)\n"
        "تدور مساء الجمعة على المدخل الغربي لمدينة السويداء مواجهات تجمع مسلحي العشائر والفصائل الدرزية المتحصنة "
        "داخل المدينة، بحسب ما نقله مراسل لوكالة فرانس برس موجود في الموقع، وكذلك المرصد السوري لحقوق الإنسان.\n"
        "ورأى مراسل الوكالة قرابة 200 مقاتل من أبناء العشائر عند المدخل الغربي وهم يتبادلون إطلاق النار، مستخدمين "
        "الرشاشات والقذائف في مواجهة المقاتلين المتحصنين داخلها. من جانبه، أكد المرصد أن المواجهات عند ذلك المدخل "
        "تجري بين «مقاتلي العشائر والمسلحين الدروز في الداخل»، وأشار إلى «قصف يطال أحياء مدينة السويداء».\n"
        "وأورد المرصد السوري لحقوق الإنسان خلال اليوم نفسه أن رتلاً يضم أبناء عشائر من دير الزور يتجه نحو "
        "السويداء، ونشر مقطعاً مصوراً يوثق ذلك على منصة «إكس».\n"
        "رتل يضم أبناء العشائر في #دير_الزور يشق طريقه صوب #السويداء pic.twitter.com/uiF9Et07kM\n"
        "— المرصد السوري لحقوق الإنسان (@syriahr) July 18, 2025\n"
        "رتل يضم أبناء العشائر في #دير_الزور يشق طريقه صوب #السويداء pic.twitter.com/o6kh7vUp5i\n"
        "— المرصد السوري لحقوق الإنسان (@syriahr) July 18, 2025\n"
        "وأضاف المرصد أن التوتر الأمني لا يزال يتصاعد في مدينة السويداء، حيث احتشد مسلحون من أبناء العشائر قدموا "
        "إليها من جهة البادية.",
        [E("casualties", Q("ما يفوق 400", 400, None, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), None, None,
           kind="aggregate",
           note="the title's count of bodies received by the city's hospital since Monday (period 2025-07-14 to "
                "2025-07-18): deaths with no act named; the hospital is placed at its town; the outlet tells it"),
         E("armed_clash", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2025-07-18",
           "مراسل لوكالة فرانس برس", TRIBES,
           note="the western entrance of the city: placed at the city; the 200 tribal fighters seen are not a figure of "
                "the clash (no dead told); SOHR's telling is the same clash"),
         E("shelling", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=3), "2025-07-18", "المرصد", None,
           note="shelling of the city's quarters (SOHR), who fired is not said"),
         E("reinforcement", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=1), "2025-07-18",
           "المرصد السوري لحقوق الإنسان", TRIBES,
           note="a tribal convoy moving from Deir ez-Zor towards Suwayda: placed where it is told moving from (the "
                "destination is where it goes, not where it is); the two glued tweets are the same report; the "
                "gathering of tribesmen from the desert is part of the same build-up, not coded apart")])

passage("kh20", "2025-12-29", "Strategia News (relaying SANA)",
        "the toll of an armed attack during protests in Latakia and Jableh raised by the health directorate, the security "
        "commander's blame on regime remnants, and the army deployed in Latakia and Tartus | page: "
        "https://strategianews.net/4-قتلى-و108-جرحى-باعتداء-فلول-النظام-الساب",
        "4 قتلى و108 جرحى في هجوم لفلول النظام السابق على رجال الأمن والمواطنين باللاذقية\n"
        "قسم الأخبار الدولية – 29 كانون الأول/ديسمبر 2025\n"
        "قالت مديرية الصحة في محافظة اللاذقية يوم الاثنين إن حصيلة الهجوم المسلح الذي طال قوات الأمن والمواطنين "
        "في أثناء الاحتجاجات ارتفعت إلى 4 قتلى و108 جرحى. وقال قائد الأمن الداخلي في المحافظة، العميد عبد العزيز "
        "الأحمد، إن «عناصر إرهابية من فلول النظام البائد» هي التي نفذت الهجوم، الذي أوقع إصابات بين رجال الأمن "
        "وألحق أضراراً بسيارات تتبع لوحدات المهام الخاصة وللشرطة.\n"
        "وأوضح الأحمد أن مسلحين ملثمين رُصدوا عند دوار الأزهري في اللاذقية وعند دوار المشفى الوطني في جبلة، "
        "مبيناً أنهم يتبعون لمجموعتين تُعرفان باسم «خلية سرايا درع الساحل» و«خلية سرايا الجواد»، وتُتهم "
        "المجموعتان بتنفيذ إعدامات ميدانية وبزرع عبوات ناسفة على الطريق السريع M1، بحسب ما أوردته وكالة الأنباء "
        "الرسمية السورية (سانا).\n"
        "في غضون ذلك، أعلنت وزارة الدفاع السورية أنها نشرت وحدات من الجيش مدعومة بمدرعات وآليات مصفحة داخل مراكز "
        "مدينتي اللاذقية وطرطوس على الساحل الغربي للبلاد، إثر تصاعد الاعتداءات المسلحة التي تطال الأهالي وعناصر "
        "الأمن. وأفاد التلفزيون السوري بأن مهمة هذه الوحدات هي «صون الأمن واستعادة الاستقرار بالتنسيق مع قوى "
        "الأمن الداخلي»، وذلك في سياق المساعي التي تبذلها السلطات لضبط الأوضاع في المنطقة الساحلية.",
        [E("protest", Q("4", 4, nth=1), PL("اللاذقية", "Latakia", "Latakia", nth=2), "2025-12-29",
           "مديرية الصحة في محافظة اللاذقية", LOYAL,
           note="TYPE CALL: an armed attack on security men and citizens during protests, as the authorities tell it: "
                "coded as the protest with its dead (fire on a protest, stop 30), agent the attackers; told for Latakia "
                "and Jableh (group) at the first; the raised toll is the figure, the 108 wounded are not; a second coder "
                "may code an armed clash. Undated in the text: the publication day"),
         E("reinforcement", None, PL("اللاذقية", "Latakia", "Latakia", nth=3), "2025-12-29", "وزارة الدفاع السورية",
           NEWGOV, note="army units deployed in Latakia and Tartus (group) at the first; the cells' past executions and "
                        "bombs on the M1 are a habit, no event")])


def main() -> None:
    write("gold83.jsonl", P83)


if __name__ == "__main__":
    main()
