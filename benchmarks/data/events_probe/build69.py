"""Build gold69.jsonl: HELD-OUT set 69 (ids ja01…), written in stop 33 by writer w69 BEFORE any run on it.

Thirty-six short passages (2-5 sentences, 40-90 words), each a PARAPHRASE of the news part of one real Arabic page
about Syria (the lead and its first incident or two) found in the search tool's `pages` corpus, 2011-2025, many
outlets. Every sentence was rewritten (other order, verbs, connectors; no run of five words shared with the page
except names, checked by script against the page text kept outside the repository); the page's incidents, their
order, places, figures, dates, sources, hedges and recalls are kept; people's personal names are invented. The
page's address is at the end of each passage's `style` (the record has no other free field); where the page gave
no date, the publication date was inferred from the events and the style says so. Offsets are computed by
build.build and checked.

    python benchmarks/data/events_probe/build69.py      # rewrites gold69.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P69: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P69.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("ja01", "2011-05-06", "Youm7 (AFP-relayed activists)",
        "a Friday protest fired on in Homs; page: https://www.youm7.com/story/2011/5/6/خمسة-قتلى-برصاص-قوات-الأمن-فى-حمص/406313",
        "سقط خمسة قتلى وعدد من الجرحى، بعضهم في حال خطرة، اليوم الجمعة في حمص وسط سوريا، حين فتح عناصر الأمن "
        "النار لتشتيت تظاهرة، بحسب ناشطين حقوقيين. وأوضح الناشط الحقوقي مازن الشامي أن المدينة شهدت أكثر من "
        "تظاهرة، لكن قوات الأمن لجأت إلى الرصاص لتفريق إحداها لدى بلوغها منطقة باب دريب في قلب المدينة، فقُتل "
        "خمسة على الأقل وجُرح كثيرون.",
        [E("protest", Q("خمسة", 5), PL("باب دريب", "Bab Dreib", "Homs"), "2011-05-06", "ناشطين حقوقيين", PROT,
           note="fire on a protest: one protest event, the dead its fatalities (no crowd figure); the activist's "
                "telling in the second sentence is the same incident («خمسة على الأقل» restates the toll); placed at "
                "the quarter the shooting reached, Homs city is the alternative")])

passage("ja02", "2011-06-10", "Al-Badil (Egypt, via masress)",
        "an officer's defection announcement with reasons and a call (published date inferred from «the 4th of this "
        "month», the Jisr al-Shughur massacre); page: https://www.masress.com/elbadil/42501",
        "أعلن المقدم خالد العبيد، من قيادة الفرقة 11 في الجيش السوري، تركه صفوف الجيش والتحاقه مع عدد من الجنود "
        "بالشبان المحتجين، قائلاً إن واجبه ومن معه بات حماية المتظاهرين السلميين. وعزا قراره إلى قتل المدنيين "
        "العزل بالجملة وزجّ العسكريين في اقتحام المدن والقرى، وإلى مجزرة جسر الشغور التي وقعت في الرابع من "
        "هذا الشهر. ودعا الضباط وصف الضباط إلى صون المدنيين والممتلكات العامة والخاصة.",
        [E("defection", None, None, None, "المقدم خالد العبيد", GOV,
           note="the officer announces his own defection (source = himself); «عدد من الجنود» gives no figure; "
                "«الفرقة 11» is a unit, not a figure nor a place (no «مقر»); the text fixes no date"),
         E("casualties", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2011-06-04", "المقدم خالد العبيد", None,
           note="a massacre recalled with its own day inside the officer's reasons: an event of its own (massacres "
                "are casualties), no figure, no perpetrator named; a second coder may leave a recalled reason uncoded"),
         E("statement", None, None, None, "المقدم خالد العبيد", None,
           note="his call to officers and NCOs to protect civilians and property (stop-32: a named person's call "
                "is a statement); no place")])

passage("ja03", "2011-09-19", "Al-Saber (dpa-relayed SOHR)",
        "security forces kill in Homs, reinforcements to Daraa, a death of wounds near Damascus (published date "
        "inferred: the page says it came a day after the school year began); page: "
        "https://www.alsaber.net/مقتل-5-في-حمص-برصاص-قوات-الأمن-السورية",
        "أفاد ناشطون سوريون بأن قوات الأمن قتلت خمسة أشخاص وجرحت 20 آخرين في حمص اليوم الاثنين. وقال مدير "
        "المرصد السوري لحقوق الإنسان لوكالة الأنباء الألمانية إن القتلى امرأة وثلاثة رجال بين 14 و22 عاماً، "
        "يضاف إليهم جندي. وأشار إلى أن تعزيزات كبيرة وصلت إلى درعا الليلة الماضية في أكثر من 30 حافلة، وأن "
        "شاباً فارق الحياة اليوم متأثراً بجراح أصابته حين أطلق الأمن النار على مجموعة شبان ليل أمس في بلدة "
        "عربين قرب دمشق.",
        [E("casualties", Q("خمسة", 5), PL("حمص", "Homs", "Homs"), "2011-09-19", "ناشطون سوريون", GOV,
           note="a known force killing with no protest under way (ACLED violence against civilians -> casualties); "
                "the SOHR director's breakdown (a woman, three men, a soldier) is the same toll; source: the "
                "activists who first tell it (SOHR's director is the alternative); the 20 injured are no figure"),
         E("reinforcement", Q("أكثر من 30", 30, None, True), PL("درعا", "Daraa", "Daraa"), "2011-09-18",
           "مدير المرصد السوري لحقوق الإنسان", GOV, note="figure: the buses, the reinforcement's own count"),
         E("casualties", None, PL("عربين", "Arbin", "Rif Dimashq"), "2011-09-18", "مدير المرصد السوري لحقوق الإنسان",
           GOV, note="security forces firing on a group of young men, no protest named: casualties; dated by the "
                     "shooting (last night), the death of wounds today belongs to it; singular, no figure")])

passage("ja04", "2012-02-22", "Al-Ittihad (agencies)",
        "a national daily toll with its Homs part, shelling of Homs, a convoy; page: "
        "http://www.alittihad.ae/details.php?id=18409&y=2012",
        "قُتل 108 أشخاص أمس بنيران القوات السورية، منهم 56 في حمص التي يتواصل قصفها لليوم الثامن عشر، بحسب إحصاء "
        "الهيئة العامة للثورة السورية، وأغلب قتلى المدينة من حي بابا عمرو. وذكرت الهيئة أن 44 آخرين قُتلوا في "
        "قرية ابديتا وفي معرة النعمان بمحافظة إدلب. من جهته، تحدث المرصد السوري لحقوق الإنسان عن رتل عسكري كبير "
        "من 56 آلية بين دبابات وناقلات جند وشاحنات، رُصد قرب بلدة قارة متجهاً إلى حمص.",
        [E("casualties", Q("108", 108), None, "2012-02-21", "الهيئة العامة للثورة السورية", GOV, kind="aggregate",
           note="the day's national toll; several kinds of act (fire, shelling), so casualties; the Idlib 44 are "
                "part of its breakdown with no act named, no event of their own"),
         E("shelling", Q("56", 56), PL("حمص", "Homs", "Homs"), "2012-02-21", "الهيئة العامة للثورة السورية", GOV,
           note="the Homs part of the toll tied to the shelling of the city (18th day; «الثامن عشر» an ordinal); "
                "placed at Homs, Baba Amr (where most died) is the alternative; a second coder may leave the Homs "
                "deaths inside the aggregate only"),
         E("reinforcement", Q("56", 56, nth=1), PL("قارة", "Qara", "Rif Dimashq"), None,
           "المرصد السوري لحقوق الإنسان", GOV,
           note="a convoy of 56 vehicles seen near Qara heading to Homs: placed where it was seen (Homs, the "
                "destination, is the alternative); the sentence gives no day")])

passage("ja05", "2012-08-18", "Yemeress (Al-Khabar)",
        "a general's defection to Jordan and a town stormed (published date inferred: the weekday is the page's, "
        "the month from the storming of al-Harak); page: https://www.yemeress.com/alkhabar/7719",
        "نقلت مصادر في المعارضة السورية اليوم السبت أن قائداً ميدانياً كبيراً في الجيش النظامي انشق عن قوات "
        "النظام. وبحسب قناة العربية، فإن اللواء سليمان الراشد قائد الفرقة السابعة ترك الجيش واتجه مع أسرته إلى "
        "الأردن. وفي تطور منفصل، ذكر المركز الإعلامي السوري أن القوات النظامية اقتحمت مدينة الحراك في ريف درعا "
        "وحولتها إلى ركام، وأن مقاتلي الجيش الحر انسحبوا منها لنقص الذخيرة وحرصاً على أرواح المدنيين.",
        [E("defection", None, PL("الأردن", "Jordan", None, "Jordan"), "2012-08-18", "مصادر في المعارضة السورية", GOV,
           note="an arrival abroad told as the defection, no place at home: the arrival place; dated by the report "
                "(«اليوم السبت»), null is the alternative; source: the opposition sources who first report it "
                "(Al Arabiya gives the name)"),
         E("territory_change", None, PL("الحراك", "Al-Harak", "Daraa"), None, "المركز الإعلامي السوري", GOV,
           note="the army stormed and razed the town, the FSA withdrew: one taking; no day in its sentence")])

passage("ja06", "2012-02-06", "Hespress (Reuters-relayed)",
        "the heaviest shelling of Baba Amr, a town encircled, deaths by army fire (published date inferred: "
        "Monday, «eleven months» into the revolt); page: https://maghress.com/hespress/47069",
        "أفادت الهيئة العامة للثورة السورية بأن عشرات الأشخاص سقطوا بين قتيل وجريح اليوم الاثنين في قصف شنه الجيش "
        "على حي بابا عمرو بحمص، واصفة إياه بالأشد منذ انطلاق الثورة قبل أحد عشر شهراً. ونقلت رويترز عن العضو في "
        "المجلس الوطني السوري هالة الصباغ أن قصف المدينة أوقع 50 قتيلاً على الأقل. وذكرت الهيئة أن 300 دبابة "
        "طوّقت الزبداني بريف دمشق، حيث جُرح زهاء 17 شخصاً بالقصف، فيما قُتل ثلاثة في حلب برصاص الجيش.",
        [E("shelling", Q("50", 50, None, True), PL("بابا عمرو", "Baba Amr", "Homs"), "2012-02-06",
           "الهيئة العامة للثورة السورية", GOV,
           note="«عشرات … بين قتيل وجريح» is killed and wounded together; the SNC member's «50 على الأقل» (after "
                "the noun: low 50, open) is the dead of the same shelling; source: the General Commission that "
                "first tells it (the SNC member via Reuters is the alternative)"),
         E("shelling", None, PL("الزبداني", "Zabadani", "Rif Dimashq"), "2012-02-06", "الهيئة العامة للثورة السورية",
           GOV, note="shelling that only wounded: no figure; the 300 tanks encircling the town are the siege told "
                     "with it (a second coder may add a reinforcement event with 300)"),
         E("casualties", Q("ثلاثة", 3), PL("حلب", "Aleppo", "Aleppo"), "2012-02-06", "الهيئة العامة للثورة السورية",
           GOV, note="killed by army fire, no clash or protest named: casualties")])

passage("ja07", "2013-01-09", "Yemeress (Saba)",
        "a prisoner exchange begins; its origin recalled; page: https://www.yemeress.com/sabanet/294416",
        "انطلقت اليوم صفقة تبادل بين الحكومة السورية والمعارضة المسلحة، يُطلق بموجبها مقاتلو المعارضة 48 إيرانياً "
        "محتجزين لديهم، لقاء إفراج السلطات عن 2130 معتقلاً مدنياً بينهم مواطنون أتراك. وأكد رئيس هيئة الإغاثة "
        "الإنسانية التركية كمال أرسلان لوكالة الأناضول أن دمشق شرعت في إخلاء سبيل المعتقلين في مدن سورية عدة. "
        "وكان لواء البراء المعارض قد خطف الإيرانيين مطلع آب الماضي، مؤكداً أنهم من عناصر الحرس الثوري.",
        [E("other", Q("48", 48), None, "2013-01-09", "رئيس هيئة الإغاثة الإنسانية التركية", None,
           note="prisoner exchange: the figure is the first side the text numbers (48), the 2130 the other side; "
                "the IHH head's next sentence returns to the same exchange, so his is the source; «دمشق» names "
                "the government, not a place; «مدن سورية عدة» no place"),
         E("arrest", None, None, "2012-08", None, FSA,
           note="the recalled abduction of the Iranians (early August last year): coded as an arrest/abduction by an "
                "opposition brigade, background with a month; a second coder may leave a month-only recall "
                "uncoded; the writer's recall («وكان … قد»): the outlet")])

passage("ja08", "2013-09-21", "Al Jazeera (video report, via wideo.ovh)",
        "a truce between rebels and ISIS, a town taken, clashes, defections; page: "
        "https://wideo.ovh/video/x14yjg1/مقتل-40-جندياً-من-قوات-الأسد-في-اشتباكات-بريف-حماة-وقصف-على-المعضمية",
        "توصل الجيش السوري الحر إلى هدنة بينه وبين تنظيم الدولة الإسلامية في العراق والشام، الذي انتزع بلدة أعزاز يوم "
        "الأربعاء الماضي. في غضون ذلك، لقي أربعون جندياً نظامياً حتفهم خلال معارك ضارية مع فصائل المعارضة "
        "بريف حماة، كما احتدمت المواجهات في المعضمية بريف دمشق تحت قصف مدفعي من قوات النظام. وقال ناشطون إن "
        "الجيش الحر أمّن انشقاق ما يزيد على مئة ضابط وجندي في مناطق مختلفة.",
        [E("agreement", None, PL("أعزاز", "Azaz", "Aleppo"), None, None, FSA,
           note="the FSA-ISIS ceasefire; placed at the town it concerns (null is the alternative); no day"),
         E("territory_change", None, PL("أعزاز", "Azaz", "Aleppo"), "2013-09-18", None, IS,
           note="a taking recalled with its day (last Wednesday) inside the truce sentence: an event of its own"),
         E("armed_clash", Q("أربعون", 40), PL("ريف حماة", "Hama countryside", "Hama"), None, None, None,
           note="the dead of one side are the figure; no finer place"),
         E("armed_clash", None, PL("المعضمية", "Moadamiyet al-Sham", "Rif Dimashq"), None, None, None),
         E("shelling", None, PL("المعضمية", "Moadamiyet al-Sham", "Rif Dimashq"), None, None, GOV,
           note="the shelling during the clashes is an act of its own kind (the page's «air and artillery» reduced "
                "to artillery in the paraphrase); a second coder may fold it into the clash"),
         E("defection", Q("ما يزيد على مئة", 100, None, True), None, None, "ناشطون", GOV, kind="aggregate",
           note="defections summed over unnamed areas: an aggregate with no place or period")])

passage("ja09", "2013-11-19", "Akhbar Al Aan",
        "a round-up of yesterday's clashes and a mortar death; page: "
        "https://www.akhbaralaan.net/news/arab-world/2013/11/19/shelled-regime-syria-and-fierce-battles-daraa",
        "شهدت مناطق سورية عدة أمس مواجهات بين الجيش الحر والقوات النظامية، ترافقت مع قصف طال مدناً وقرى. وأفاد "
        "المرصد السوري لحقوق الإنسان بمعارك قرب الحدود مع العراق وفي ريف اللاذقية، فيما نقل مراسل أخبار الآن في "
        "درعا أن الاشتباكات امتدت إلى محيط سجن غرز، حيث يخوض الجيش الحر معركة «السد الزاحف» لانتزاع السجن "
        "والمربع الأمني. وذكر المرصد أن قذيفة هاون سقطت على باب توما بدمشق وقتلت شخصين.",
        [E("armed_clash", None, PL("ريف اللاذقية", "Latakia countryside", "Latakia"), "2013-11-18",
           "المرصد السوري لحقوق الإنسان", None,
           note="fighting in two unrelated areas told in one clause; the Iraqi border area is no named place, so "
                "one event at the Latakia countryside (a second coder may add a clash at the border); the opening "
                "summary adds no event"),
         E("armed_clash", None, PL("سجن غرز", "Ghraz prison", "Daraa"), "2013-11-18", "مراسل أخبار الآن في درعا", FSA,
           note="a prison is a facility: the place itself"),
         E("shelling", None, PL("باب توما", "Bab Touma", "Damascus"), None, "المرصد السوري لحقوق الإنسان", None,
           note="«شخصين» is a dual: no figure; the mortar's sentence has no day of its own (yesterday, by the "
                "context, is the alternative); no firer named")])

passage("ja10", "2014-02-05", "Akhbar Al Aan",
        "a condemnation, barrel bombs on Aleppo neighbourhoods and a mosque, flight toward Turkey; page: "
        "https://akhbaralaan.net/news/arab-world/2014/02/05/syria-assad-forces-shelling-aleppo-explosive-barrels",
        "دان وزير الخارجية الأميركي أمس الثلاثاء لجوء النظام «الوحشي» إلى البراميل المتفجرة في سوريا، ولا سيما في "
        "حلب. وكانت المدينة قد عاشت يوماً دامياً قضى فيه ما يزيد على 50 شخصاً بالبراميل في الصالحين "
        "وباب النيرب والسكري والقاطرجي، وأصاب أحدها مسجد عثمان بن عفان في حي مساكن هنانو فقتل خمسة عشر طفلاً. "
        "ودفع القصف أكثر من خمسة آلاف من سكان حلب إلى النزوح نحو الأراضي التركية.",
        [E("statement", None, PL("حلب", "Aleppo", "Aleppo"), "2014-02-04", "وزير الخارجية الأميركي", None,
           note="a named official's condemnation: a statement, placed at the city it names"),
         E("airstrike", Q("ما يزيد على 50", 50, None, True), PL("الصالحين", "Al-Salihin", "Aleppo"), None, None, GOV,
           note="one day's barrels over four neighbourhoods (a group, first place); the day is not fixed; the page "
                "leaves open whether the mosque's children are inside the 50"),
         E("airstrike", Q("خمسة عشر", 15), PL("مساكن هنانو", "Masakin Hanano", "Aleppo"), None, None, GOV,
           note="the barrel on the mosque: placed at its quarter; a second coder may count it inside the 50"),
         E("other", Q("أكثر من خمسة آلاف", 5000, None, True), PL("حلب", "Aleppo", "Aleppo", nth=1), None, None, None,
           note="displacement toward Turkey, placed where people fled from")])

passage("ja11", "2014-06-13", "Al-Araby al-Jadeed (via aajeg)",
        "tank fire on a rebel car told by both sides, barrels with no victims; page: "
        "https://aajeg.com/سورية-قتلى-للمعارضة-في-درعا-والنظام-يفشل-باقتحام-كسب",
        "قُتل خمسة من مقاتلي الجيش الحر ينحدرون من بلدة اليادودة وجُرح آخرون اليوم الجمعة، حين أصابت قذائف دبابة "
        "أطلقتها القوات النظامية سيارة كانت تنقلهم إلى نقاط حراستهم في بلدة عتمان بريف درعا الجنوبي، وفق مصادر "
        "ميدانية معارضة. أما وكالة سانا فقالت إن وحدة عسكرية دمّرت شاحنة صغيرة «بيك آب» تقل «إرهابيين» إلى الشمال "
        "الغربي من مزرعة الغزلان. وفي الأثناء، رمت الطائرات الحربية على نوى أربعة براميل متفجرة، ما خلّف أضراراً "
        "مادية فقط.",
        [E("shelling", Q("خمسة", 5), PL("عتمان", "Atman", "Daraa"), "2014-06-13", "مصادر ميدانية معارضة", GOV,
           note="SANA's telling is the same incident from the other side (no second event); the car was hit on its "
                "way to Atman: Atman or the southern Daraa countryside are both defensible; Yadouda is where the "
                "dead came from"),
         E("airstrike", Q("أربعة", 4), PL("نوى", "Nawa", "Daraa"), "2014-06-13", None, GOV,
           note="no dead: the barrels are the figure; «في الأثناء» dates it to the same day")])

passage("ja12", "2015-09-25", "Rozana FM (AFP-relayed)",
        "a six-month truce for three towns, a planned evacuation; page: "
        "https://www.rozana.fm/ar/news/2015/09/25/اتفاق-هدنة-لمدة-ستة-أشهر-في-كفريا-والفوعة-والزبداني",
        "اتفق أمس الخميس ممثلو النظام السوري وحزب الله وفصائل من المعارضة على هدنة مدتها ستة أشهر في "
        "الزبداني بريف دمشق وبلدتي كفريا والفوعة الواقعتين بريف إدلب، برعاية الأمم المتحدة وتركيا وإيران. ونقلت "
        "وكالة الصحافة الفرنسية عن ناشطين أن الاتفاق ينص على وقف القتال في البلدات الثلاث طوال هذه المدة. وبحسب "
        "مصدر مقرب من النظام، سيجري بعد تثبيت وقف النار إجلاء قرابة 10 آلاف مدني عن الفوعة وكفريا، مقابل مغادرة 500 "
        "من مقاتلي المعارضة الزبداني متجهين إلى إدلب.",
        [E("agreement", None, PL("الزبداني", "Zabadani", "Rif Dimashq"), "2015-09-24", "ناشطين", None,
           note="one truce for three towns (a group, first place named); the activists' sentence returns to the same "
                "deal, so theirs is the source (relayed by AFP); the evacuation of 10 thousand against 500 is "
                "future: no event; Turkey, Iran and the UN are sponsors, not places")])

passage("ja13", "2015-12-10", "Sasa Post",
        "a truce starts in a besieged quarter; page: https://www.sasapost.com/homs-delivered/",
        "دخل اتفاق الهدنة بين فصائل المعارضة، وبينها مقاتلون مرتبطون بداعش والقاعدة، والنظام السوري حيز التنفيذ "
        "أمس الأربعاء في حي الوعر المحاصر. ويتيح الاتفاق لأكثر من 800 شخص، من أطفال ونساء ومقاتلين، مغادرة الحي "
        "تمهيداً لتسليمه. وجرت الهدنة تحت رعاية الأمم المتحدة، وتقضي بإفراغ الحي من المسلحين والسلاح.",
        [E("agreement", None, PL("الوعر", "Al-Waer", "Homs"), "2015-12-09", None, None,
           note="the truce taking effect is the event; the departure of more than 800 is what the deal allows "
                "(not yet told as done): no evacuation event, a second coder may code one with 800")])

passage("ja14", "2016-08-09", "Syrian Mirror",
        "Russian raids on Aleppo neighbourhoods and villages, helicopter barrels; page: "
        "https://syrian-mirror.net/2016/11/01/الطيران-الروسي-يواصل-قصف-المدنيين-ويو",
        "جددت المقاتلات الروسية اليوم الثلاثاء، 9 آب 2016، منذ الصباح غاراتها على أحياء حلب وريفها، موقعة قتلى "
        "وجرحى بين المدنيين. وذكر نادر حسون، مراسل مرآة سوريا في المدينة، أن صواريخ الطائرات ضربت حي الصاخور فقتلت "
        "اثنين من المدنيين وأصابت ستة بينهم امرأة وطفل، وأن غارات مماثلة استهدفت حي القاطرجي دون إصابات. وتحدث "
        "ناشطون ميدانيون عن غارات روسية على دارة عزة وكفر ناها وبابيص في الريف الغربي، كما ألقت مروحيات النظام "
        "براميل على كفر حمرة.",
        [E("airstrike", Q("اثنين", 2), PL("الصاخور", "Al-Sakhour", "Aleppo"), "2016-08-09", "مراسل مرآة سوريا", RUS,
           note="the lead is the summary of the raids told next; six injured are no figure"),
         E("airstrike", None, PL("القاطرجي", "Al-Qaterji", "Aleppo"), "2016-08-09", "مراسل مرآة سوريا", RUS),
         E("airstrike", None, PL("دارة عزة", "Darat Izza", "Aleppo"), "2016-08-09", "ناشطون ميدانيون", RUS,
           note="one act over three places (a group, first place)"),
         E("airstrike", None, PL("كفر حمرة", "Kafr Hamra", "Aleppo"), "2016-08-09", "ناشطون ميدانيون", GOV,
           note="«كما ألقت مروحيات … براميل» after the activists' raids: an act of the same kind, their source "
                "carries")])

passage("ja15", "2016-08-13", "Okaz (via sauress)",
        "a city taken after 73 days, hostages freed, returns (published date inferred from the end of the Manbij "
        "battle); page: https://sauress.com/okaz/852856",
        "أنهت «قوات سورية الديموقراطية» المدعومة أميركياً انتزاع مدينة منبج في شمال سورية من تنظيم داعش، بعد معارك "
        "استمرت 73 يوماً، في أقسى خسارة للتنظيم منذ معركة عين العرب (كوباني) عام 2014. وأعلن التحالف، الذي يجمع "
        "مقاتلين عرباً وأكراداً، أنه حرر ألفي شخص اتخذهم مسلحو التنظيم دروعاً بشرية خلال فرارهم. وقال سكان إن آلاف "
        "النازحين بدأوا العودة إلى المدينة على متن مئات السيارات.",
        [E("territory_change", None, PL("منبج", "Manbij", "Aleppo"), None, None, SDF,
           note="no day in the text; «73 يوماً» a duration; Kobani 2014 is a recall with no day: no event"),
         E("other", Q("ألفي", 2000), PL("منبج", "Manbij", "Aleppo"), None, "التحالف", SDF,
           note="hostages used as human shields freed: other (release), placed at the city they were taken from; "
                "«التحالف» here is the SDF alliance itself"),
         E("other", Q("آلاف", 2000, 9000, True), PL("منبج", "Manbij", "Aleppo"), None, "سكان", None,
           note="returns of the displaced (other); «مئات السيارات» is no figure of people")])

passage("ja16", "2016-11-10", "Al-Arab al-Youm (via Al-Quds al-Arabi, SOHR)",
        "SOHR: clashes north of Raqqa with coalition raids (published date inferred: a Thursday early in the "
        "«Euphrates Wrath» campaign); page: https://alarbelyoum.com/show28021",
        "ذكر المرصد السوري لحقوق الإنسان، في بيان نشره اليوم الخميس، أن المعارك ما زالت محتدمة بين «قوات سوريا الديمقراطية» "
        "وتنظيم الدولة في ريف الرقة الشمالي. وأوضح المرصد أن القتال يدور حول منطقة تل السمن، على بعد نحو "
        "30 كلم شمال الرقة، وسط غارات لطائرات التحالف الدولي على تل السمن وعلى مواقع أخرى في الريف الشمالي وريف عين "
        "عيسى. وتحاول هذه القوات التقدم ضمن حملة «غضب الفرات» التي انطلقت خلال الشهر الحالي لفصل الرقة عن ريفيها.",
        [E("armed_clash", None, PL("تل السمن", "Tal al-Samn", "Raqqa"), "2016-11-10", "المرصد السوري لحقوق الإنسان", SDF,
           note="the region in the first sentence is made finer by the second: one clash at Tal al-Samn; «نحو 30 "
                "كلم» a measure"),
         E("airstrike", None, PL("تل السمن", "Tal al-Samn", "Raqqa"), "2016-11-10", "المرصد السوري لحقوق الإنسان",
           COAL, note="coalition raids in the same statement, an act of another kind; several places, first named; "
                      "the campaign's launch this month has no day: no event")])

passage("ja17", "2017-03-27", "SMART (via microsyria)",
        "shelling that wounds, raids with damage only; page: "
        "https://microsyria.com/2017/03/27/جرحى-مدنيون-بقصف-مدفعي-للنظام-على-بلدة/",
        "أصيب ثلاثة مدنيين بجروح اليوم الاثنين إثر قصف مدفعي من قوات النظام استهدف قلعة المضيق، شمال غربي مدينة "
        "حماة، وفق الدفاع المدني وناشطين. وأوضح الدفاع المدني عبر فيسبوك أن القذائف دمرت منزلاً، وأن فرقه نقلت "
        "الجرحى إلى نقاط طبية مجاورة. ويأتي ذلك رغم سريان الهدنة المعلنة أواخر كانون الأول الماضي. وبحسب الدفاع "
        "المدني أيضاً، ضربت طائرات حربية، رجّح ناشطون أنها روسية، كفرزيتا وقرية تل هواش، مخلفة أضراراً مادية.",
        [E("shelling", None, PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"), "2017-03-27", "الدفاع المدني", GOV,
           note="only wounded: no figure (the three injured go in `injured`); the truce of late December is "
                "background with no day: no event"),
         E("airstrike", None, PL("كفرزيتا", "Kafr Zita", "Hama"), "2017-03-27", "الدفاع المدني", None,
           note="two places, one act (group); dated by the report's day (its sentence has none; null is the "
                "alternative); Russian only as the activists' guess: no agent")])

passage("ja18", "2017-07-06", "Al-Bawaba News (via masress)",
        "clashes in and near Raqqa told by both sides, the campaign's running gain (published date inferred: the "
        "day after a Wednesday about a month into the Raqqa battle); page: https://www.masress.com/albawabh/2587126",
        "اندلعت يوم الأربعاء مواجهات حادة بين قوات سوريا الديمقراطية وعناصر داعش في الرقة وريفها. وذكر "
        "مصدر في قوات سوريا الديمقراطية، نقلت عنه وكالة آرا نيوز، أن مسلحي التنظيم سعوا للتسلل إلى حي الصناعة في "
        "شرق المدينة، فدار قتال لساعات خسر فيه التنظيم كثيراً من عناصره وعتاده. وبث المركز الإعلامي لـ«ولاية "
        "الرقة» صوراً لمعارك حي الصناعة ولاشتباكات في قرية الشاهر شرقي الرقة. وتوشك حملة هذه القوات داخل الرقة "
        "أن تكمل شهرها الأول، وقد انتزعت خلاله قرابة ثلث المدينة.",
        [E("armed_clash", None, PL("الصناعة", "Al-Sinaa (Raqqa)", "Raqqa"), "2017-07-05",
           "مصدر في قوات سوريا الديمقراطية", IS,
           note="the lead's clashes in Raqqa are this fight; IS attacked (agent); ISIS media's pictures of the same "
                "fight add no event"),
         E("armed_clash", None, PL("الشاهر", "Al-Shaher", "Raqqa"), None, "المركز الإعلامي", None,
           note="a second place, told only by the IS media office; no day of its own"),
         E("territory_change", Q("قرابة ثلث", 0.3333, approx=True, kind="fraction"), PL("الرقة", "Raqqa", "Raqqa", nth=3),
           None, None, SDF, kind="aggregate",
           note="the month's gain as a fraction of the city: an aggregate; a second coder may leave it uncoded")])

passage("ja19", "2017-07-22", "SMART (via microsyria)",
        "units defect from one faction to another, a ceasefire between the two; page: "
        "https://microsyria.com/2017/07/22/انشقاق-12-لواء-وكتيبة-عن-أحرار-الشام-وان/",
        "خلال الساعات الـ72 الأخيرة، أعلنت 12 كتيبة ولواءً عسكرياً تركها صفوف «حركة أحرار الشام الإسلامية»، والتحق "
        "بعضها بـ«هيئة تحرير الشام» بينما اختار بعضها الآخر الوقوف على الحياد. وجاء ذلك بعدما أعلنت الحركة والهيئة، "
        "أمس الجمعة، اتفاقهما على وقف النار بينهما في محافظات الشمال السوري، عقب أيام من الاقتتال، وعلى حل قضية "
        "معبر باب الهوى الذي طوقته الهيئة. ومن الكتائب المنشقة «كتيبة أسود المعرة» في ريف إدلب الجنوبي.",
        [E("defection", Q("12", 12), None, None, None, FSA, kind="aggregate",
           note="units leaving an opposition faction (agent: the force left, Ahrar al-Sham among the opposition "
                "factions) over 72 hours: an aggregate; one unit's area (southern Idlib countryside) is a "
                "breakdown, not the place; «الـ72» is a duration"),
         E("agreement", None, None, "2017-07-21", "الحركة والهيئة", None,
           note="the ceasefire between the two factions; «northern provinces» is no single place (Bab al-Hawa "
                "is what the deal settles, a second coder may place it there); the days of infighting have no day")])

passage("ja20", "2018-10-02", "Al-Araby al-Jadeed (flash, via aajae)",
        "activists' statement on two arrests, an earlier arrest recalled; page: "
        "https://aajae.co/flashnews/2018/10/2/نشطاء-الحراك-الثوري-بإدلب-يدينون-حملة-اعتقالات-لـ-تحرير-الشام",
        "دان ناشطون في محافظة إدلب، في بيان، إقدام «هيئة تحرير الشام» على اعتقال ناشطين اثنين معروفين بتنظيم "
        "المظاهرات والعمل المدني في جبل الزاوية، وطالبوها بإطلاقهما ووقف ملاحقة الناشطين. وأوضح بيان «نشطاء الحراك "
        "الثوري» أن الهيئة احتجزت الناشطين سامر الخطيب وعلاء الحمود في بلدة كنصفرة دون ذكر الأسباب، واقتادتهما إلى "
        "«فرع العقاب». وكان الجهاز الأمني للهيئة قد اعتقل الأسبوع الماضي المحامي ياسين العمر، أحد منظمي المظاهرات "
        "في كفرنبل بريف إدلب الجنوبي.",
        [E("arrest", Q("اثنين", 2), PL("كنصفرة", "Kansafra", "Idlib"), None, "نشطاء الحراك الثوري", HTS,
           note="the activists' statement tells the arrest: it is the arrest's source, no statement event; the text "
                "fixes no day; the prison they were taken to is not the place"),
         E("arrest", None, PL("كفرنبل", "Kafranbel", "Idlib"), "2018-W39", None, HTS,
           note="recalled with its week («الأسبوع الماضي»): an event; the writer's recall, the outlet")])

passage("ja21", "2018-10-09", "Athr Press",
        "an amnesty decree for deserters, an earlier one recalled; page: "
        "https://athrpress.com/مرسوم-عفو-عام-عن-الفارين-من-خدمة-العلم-و/سياسة",
        "منح الرئيس السوري بمرسوم تشريعي أصدره اليوم عفواً عاماً عن كامل العقوبة لمن ارتكبوا جرائم الفرار الداخلي "
        "والخارجي من خدمة العلم قبل 9/10/2018، وفق ما أعلنته رئاسة الجمهورية عبر قناتها في تلغرام. ولا يستفيد "
        "المتوارون والفارون من وجه العدالة من العفو ما لم يسلموا أنفسهم في غضون 4 أشهر للفرار الداخلي و6 أشهر "
        "للخارجي. وسبق أن أصدر الرئيس عفواً مماثلاً في 25 تموز 2017.",
        [E("desertion", None, None, "2018-10-09", "رئاسة الجمهورية", GOV,
           note="an amnesty decree (desertion type); the grace periods are durations, the cut-off date no figure"),
         E("desertion", None, None, "2017-07-25", None, GOV,
           note="an earlier decree recalled with its day: an event of its own (background), the outlet's recall")])

passage("ja22", "2019-10-14", "Syria TV",
        "an offensive takes villages in two groups and a town (the page says «today, Sunday» under a Monday date; "
        "the paraphrase says «on Sunday»); page: https://www.syria.tv/تقدّم-جديد-لـ-قوات-نبع-السلام-شرق-الفرات",
        "تابعت قوات «نبع السلام»، التي تضم الجيشين التركي والوطني السوري، يوم الأحد زحفها شرقي الفرات، فبسطت "
        "سيطرتها على بلدات وقرى في ريفي الرقة والحسكة. وقال الجيش الوطني عبر حساباته الرسمية إنه انتزع بلدة عين "
        "العروس ثم قرى جاسم العلي والبديع وتل عنتر جنوب تل أبيض من «قسد» بعد معارك. وأفادت مصادر لتلفزيون سوريا بأن "
        "مقاتليه سيطروا كذلك على باجلية وأم عظام والصخرات، وهي قرى تتبع بلدة سلوك، ورفعوا علم الثورة وسط تل أبيض "
        "التي دخلوها الأحد.",
        [E("territory_change", None, PL("عين العروس", "Ain al-Arous", "Raqqa"), "2019-10-13", "الجيش الوطني", SNA,
           note="the lead summarises the takings told next; one act over a town and villages (group, first place)"),
         E("territory_change", None, PL("باجلية", "Bajliya", "Raqqa"), "2019-10-13", "مصادر", SNA,
           note="a second list from another source: a second group; «كذلك» keeps the day"),
         E("territory_change", None, PL("تل أبيض", "Tal Abyad", "Raqqa", nth=1), "2019-10-13", "مصادر", SNA,
           note="the town entered on Sunday; the flag ceremony is no event")])

passage("ja23", "2019-10-28", "Shaam News Network",
        "villages taken on two axes; page: "
        "http://www.shaam.org/news/syria-news/الجيش-الوطني-يعلن-السيطرة-على-عدة-قرى-بمحور-تل-أبيض-شمال-الرقة.html",
        "قال الجيش الوطني السوري إنه بسط سيطرته على مجموعة من القرى على محور تل أبيض شمالي الرقة، منها عريضة صغيرة "
        "والمردود واللوبيدة والبدرية، بعد أن انسحبت منها «قسد»، مؤكداً أنه يعمل على تأمينها في إطار «نبع السلام». "
        "ونقلت شبكة شام عن مصادر أن الجيش الوطني انتزع أيضاً قرى مضبعة والمدّينة والأميرط على محور رأس العين شمال "
        "الحسكة، إثر معارك مع «قسد» وقوات النظام أجبرتها على الانسحاب.",
        [E("territory_change", None, PL("عريضة صغيرة", "Arida Saghira", "Raqqa"), None, "الجيش الوطني السوري", SNA,
           note="villages taken after a withdrawal: one group, first village; no day in the text"),
         E("territory_change", None, PL("مضبعة", "Madba'a", "Al-Hasakah"), None, "مصادر", SNA,
           note="a second axis and source: a second group")])

passage("ja24", "2020-02-10", "Al-Weeam (DW-relayed)",
        "shelling kills soldiers at an observation post, retaliation; page: https://sauress.com/alweeam/643342",
        "قالت وزارة الدفاع التركية في بيان اليوم الاثنين، 10 شباط 2020، إن خمسة من جنودها قُتلوا وجُرح خمسة آخرون جراء قصف "
        "مدفعي استهدف به جيش النظام نقطة مراقبة للجيش التركي في محافظة إدلب. وبحسب المرصد السوري لحقوق الإنسان، "
        "طال القصف القوات التركية المنتشرة في مطار تفتناز العسكري بريف إدلب الشرقي. وكتب مسؤول الاتصال في الرئاسة "
        "التركية، سنان أوزدمير، على تويتر أن القوات التركية ردّت فوراً ودمرت مواقع العدو.",
        [E("shelling", Q("خمسة", 5), PL("مطار تفتناز العسكري", "Taftanaz military airbase", "Idlib"), "2020-02-10",
           "وزارة الدفاع التركية", GOV,
           note="the airbase (given by SOHR) is the most specific place; the second «خمسة» is the wounded"),
         E("shelling", None, None, "2020-02-10", "مسؤول الاتصال في الرئاسة التركية", TUR,
           note="the Turkish response: the weapon is not named (shelling assumed; airstrike possible); «مواقع "
                "العدو» no place")])

passage("ja25", "2020-12-31", "An-Nahar",
        "a claimed attack on a bus, two tolls; page: https://www.annahar.com/arabic/اخبار-عاجله/31122020042009240-amp",
        "تبنّى تنظيم الدولة الإسلامية الهجوم الذي استهدف يوم الأربعاء حافلة في سوريا، وقال إنه أودى بحياة 40 عسكرياً "
        "في الجيش السوري وأوقع ستة جرحى إصاباتهم بالغة، بحسب ما نقلته وكالة «أعماق» اليوم. وكانت وسائل الإعلام "
        "الرسمية السورية قد أعلنت أمس مقتل 28 شخصاً في هجوم «إرهابي» على حافلة كانت تسلك طريقاً سريعاً رئيسياً في "
        "محافظة دير الزور المحاذية للعراق.",
        [E("armed_clash", Q("40", 40), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2020-12-30", "أعماق", IS,
           note="an attack by gunmen on a bus: armed_clash; two sources disagree (IS 40, state media 28): the "
                "figure is the one the text gives first, 28 is the conservative alternative; the governorate is "
                "the only place; Iraq is named as a neighbour, not the place")])

passage("ja26", "2021-05-12", "Step News Agency",
        "a prisoner exchange at a crossing; page: https://stepagency-sy.net/2021/05/12/عملية-تبادل-للأسرى-بين-المعارضة-والنظ/",
        "أكدت مصادر خاصة تحدثت لوكالة ستيب الإخبارية إتمام صفقة لتبادل الأسرى والمعتقلين، عصر اليوم الأربعاء، بين فصائل "
        "المعارضة التي تدعمها تركيا وقوات النظام، في معبر أبو الزندين، الذي يفصل بين الجانبين في ريف حلب الشمالي "
        "الشرقي. وبحسب مراسل الوكالة، أُطلق بموجب الصفقة سراح 9 أشخاص: أفرجت المعارضة عن خمسة من أسرى النظام، "
        "وأُفرج في المقابل عن أربعة بينهم امرأة هي زوجة قيادي سابق في الجيش الحر انشق عن النظام.",
        [E("other", Q("9", 9), PL("معبر أبو الزندين", "Abu al-Zandin crossing", "Aleppo"), "2021-05-12",
           "مصادر خاصة", None,
           note="prisoner exchange: the total freed is the figure (five and four its sides); the defection of the "
                "woman's husband is background with no day: no event; «تدعمها تركيا» is no place")])

passage("ja27", "2021-06-14", "IMLebanon",
        "a car bomb wounds several; page: https://imlebanon.org/2021/06/14/syria-explosion-56",
        "أُصيب عدة أشخاص جراء انفجار عبوة ناسفة في وسط مدينة الباب بريف حلب الشمالي الشرقي. وذكرت مصادر محلية أن "
        "بين المصابين عناصر من فصائل موالية لتركيا ومدنياً واحداً، وأن العبوة كانت مثبتة تحت سيارة «سنتافيه» قرب "
        "جامع الإحسان، وتعود ملكيتها إلى صاحب مكتب صرافة في المدينة.",
        [E("explosion", None, PL("الباب", "Al-Bab", "Aleppo"), None, "مصادر محلية", None,
           note="only wounded: no figure; the mosque is a landmark, placed at the town; the next sentence's local "
                "sources return to the same blast; the text gives no day (the page's date would be 2021-06-14)")])

passage("ja28", "2022-01-21", "Al-Araby al-Jadeed (via aajeg)",
        "a village protest against HTS, mass arrests recalled; page: "
        "https://aajeg.com/politics/سورية-تظاهرة-رافضة-لسياسات-\"تحرير-الشام\"-في-إدلب",
        "تظاهر اليوم الجمعة عشرات المدنيين في دير حسان، القرية الواقعة في ريف إدلب الشمالي، احتجاجاً على سياسات «هيئة "
        "تحرير الشام» وتضييقها على النشاط المدني والإعلامي وإخفائها المعتقلين. وأوضح مصدر من القرية للعربي الجديد "
        "أن المحتجين احتشدوا عقب صلاة الجمعة ورفعوا لافتات تطالب بإطلاق سراح معتقلي الثورة. وأشار المصدر إلى أن "
        "كثيراً منهم ينتمون إلى «حزب التحرير»، الذي اعتقلت الهيئة مؤخراً العشرات من أعضائه.",
        [E("protest", Q("عشرات", 20, 90, True), PL("دير حسان", "Deir Hassan", "Idlib"), "2022-01-21",
           "مصدر من القرية", PROT,
           note="the village source's next sentence returns to the same protest, so his is the source"),
         E("arrest", Q("العشرات", 20, 90, True), None, None, "مصدر من القرية", HTS, kind="aggregate",
           note="recent arrests of a party's members («مؤخراً», no day, areas under HTS): an aggregate with no "
                "place or date; a second coder may leave this background uncoded")])

passage("ja29", "2022-04-25", "Fox Press",
        "an arrest campaign after a settlement deadline, a committee's warning two days before; page: "
        "https://fox-press.org/?p=9560",
        "ظهيرة اليوم، الاثنين 25 نيسان، شنت مجموعات تتبع فرع الأمن العسكري، يقودها عماد الجوابرة المقرب من إيران، "
        "حملة مداهمات واعتقالات في أحياء درعا، طالت ما يزيد على 20 شاباً إثر انقضاء مهلة التسوية المعطاة "
        "للمنشقين والمتخلفين عن الخدمة. وقالت مصادر محلية إن المداهمات شملت حيي السبيل والمطار في درعا المحطة. "
        "وكانت اللجنة المركزية قد حذرت شباناً من درعا البلد، في اجتماع يوم السبت 23 نيسان، من ارتياد أحياء درعا "
        "المحطة بعد انتهاء المهلة.",
        [E("arrest", Q("ما يزيد على 20", 20, None, True), PL("السبيل", "Al-Sabil (Daraa)", "Daraa"), "2022-04-25",
           "مصادر محلية", GOV,
           note="the local sources' sentence names the quarters of the same raids: their source and the finer "
                "place (two quarters, first named; Daraa city is the alternative)"),
         E("statement", None, PL("درعا المحطة", "Daraa al-Mahatta", "Daraa"), "2022-04-23", "اللجنة المركزية", None,
           note="a named body's warning is a statement, placed at the quarters it concerns; a second coder may "
                "read it as background to the arrests")])

passage("ja30", "2022-09-07", "Baladi News",
        "an assassination by unknown gunmen, a commander's death after a raid recalled; page: "
        "https://baladi-news.com/ar/articles/86775/اغتيالعنصر-سابق-في-فصائل-المعارضة-بدرعا",
        "اليوم الأربعاء، 7 أيلول، قتل مسلحون مجهولون مقاتلاً سابقاً في صفوف المعارضة غربي محافظة درعا. وبحسب "
        "موقع «تجمع أحرار حوران»، أطلق المسلحون الرصاص على رامي الحوراني أمام محل تجاري في بلدة المزيريب، فمات "
        "في الحال، مشيراً إلى أنه نازح من الجولان لم ينخرط بعد التسوية في أي تشكيل للنظام. وكان قيادي معارض قد "
        "فارق الحياة الاثنين 5 أيلول متأثراً بجراح أصيب بها في اشتباك مع قوات الأمن العسكري حين دوهم بيته في "
        "اليادودة واعتُقل.",
        [E("armed_clash", None, PL("المزيريب", "Al-Muzayrib", "Daraa"), "2022-09-07", "تجمع أحرار حوران", UNK,
           note="a killing by unidentified gunmen: armed_clash; singular, no figure; the Golan is his origin, not a "
                "place of the act"),
         E("armed_clash", None, PL("اليادودة", "Al-Yadudah", "Daraa"), "2022-09-05", None, GOV,
           note="a recall with its day: the raid, the clash and the arrest are one incident (armed_clash; arrest is "
                "the alternative type); dated by the death, the page gives the clash no other day; the outlet's "
                "recall")])

passage("ja31", "2023-02-19", "Agadir24 (via maghress)",
        "an Israeli strike on Damascus, two tolls; page: https://maghress.com/agadir24/524244",
        "قضى 5 أشخاص وجُرح 15 آخرون في ضربات إسرائيلية طالت فجر اليوم الأحد 19 شباط 2023 مواقع في دمشق ومحيطها، "
        "بحسب وكالة الأنباء السورية (سانا). وقال مصدر عسكري للوكالة إن الصواريخ أُطلقت من جهة الجولان المحتل "
        "وأصابت أحياء سكنية، وأن الدفاعات الجوية أسقطت أكثرها، وأن بين القتلى عسكرياً. أما المرصد السوري لحقوق "
        "الإنسان فأحصى 15 قتيلاً جراء سقوط الصواريخ على كفرسوسة، حيث مواقع لميليشيات إيرانية وحزب الله.",
        [E("airstrike", Q("5", 5), PL("كفرسوسة", "Kafr Sousa", "Damascus"), "2023-02-19", "وكالة الأنباء السورية", ISR,
           note="one strike told by SANA and SOHR; figure: the toll given first (SANA 5), SOHR's 15 dead is the "
                "alternative (the first «15» is the wounded); placed at Kafr Sousa, the finest place (SOHR's), "
                "Damascus is the alternative; the Golan is where the missiles came from")])

passage("ja32", "2023-09-23", "Syria TV",
        "a daily protest in Suwayda, the previous day's larger one recalled; page: "
        "https://www.syria.tv/متظاهرو-السويداء-يجددون-مطالبهم-بإسقاط-النظام-في-اليوم-الـ-35-من-الانتفاضة",
        "تظاهر العشرات من أبناء السويداء اليوم السبت في ساحة الكرامة، مطالبين مجدداً برحيل النظام السوري ورئيسه. "
        "وحمل المحتجون في اليوم الـ35 من حراكهم لافتات تطالب بتطبيق القرار 2254، كتب على إحداها: «الشعب لا يريد "
        "ميكروفون». وكانت الساحة قد احتضنت يوم الجمعة آلاف المتظاهرين في إحدى أضخم التظاهرات منذ انطلاق الحراك، "
        "طالبوا فيها بإسقاط الأسد وبتغيير سياسي.",
        [E("protest", Q("العشرات", 20, 90, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-09-23", None, PROT,
           note="the square is a landmark: placed at the city; «الـ35» an ordinal; 2254 a resolution number"),
         E("protest", Q("آلاف", 2000, 9000, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-09-22", None, PROT,
           note="the previous day's protest recalled with its day: an event of its own")])

passage("ja33", "2024-06-28", "Al-Araby al-Jadeed",
        "protesters arrested on their way to a demonstration, thousands protest elsewhere; page: "
        "https://alaraby.co.uk/politics/هيئة-تحرير-الشام-تواصل-اعتقال-المتظاهرين-في-إدلب",
        "احتجز جهاز الأمن العام التابع لهيئة تحرير الشام اليوم الجمعة عدداً من المحتجين وهم في طريقهم إلى تظاهرة "
        "مناهضة للهيئة في ريف إدلب. وقالت مصادر ناشطة في الحراك الشعبي للعربي الجديد إن حاجزاً للجهاز أوقف بعد "
        "صلاة الجمعة الشابين خالد الحسين وعمر الحسين المتجهين إلى تظاهرة سهل الروج في ريف إدلب الغربي، وإن عناصره "
        "ضربوا عدداً من المشاركين فأصابوا بعضهم. في غضون ذلك، تظاهر الآلاف في مدينة إدلب ومدينة بنش.",
        [E("arrest", None, PL("سهل الروج", "Sahl al-Rouj", "Idlib"), "2024-06-28",
           "مصادر ناشطة في الحراك الشعبي", HTS,
           note="the lead's arrests detailed by the movement's sources: one event at the plain the two were heading "
                "to (the checkpoint's own place is not given); «الشابين» a dual: no figure; the beating is part of it"),
         E("protest", Q("الآلاف", 2000, 9000, True), PL("إدلب", "Idlib", "Idlib", nth=2), "2024-06-28", None, PROT,
           note="two cities, one protest movement (group, first place); another kind of act after a sourced "
                "report: the outlet")])

passage("ja34", "2024-12-05", "Syrian News Agency (opposition)",
        "a city taken, its prison opened, a call to defect; page: https://syrianewsagency.net/breaking/54730",
        "أحكمت إدارة العمليات العسكرية قبضتها على كامل مدينة حماة، بعدما أعلنت صباح اليوم الخميس بدء دخول أحيائها. "
        "وحرر مقاتلوها السجن المركزي في المدينة وأخرجوا مئات المعتقلين، أمضى بعضهم سنوات خلف القضبان. وقال القيادي "
        "في الإدارة عمار الشيخ إنهم سحقوا الفرقة 25، ودعا عناصر جيش النظام في كل الثكنات داخل حماة إلى الانشقاق قبل "
        "أن يفوت الأوان.",
        [E("territory_change", None, PL("حماة", "Hama", "Hama"), "2024-12-05", None, HTS,
           note="the 2024 operations room (agent: HTS, which led it; the opposition factions are the alternative)"),
         E("other", Q("مئات", 200, 900, True), PL("السجن المركزي", "Hama Central Prison", "Hama"), "2024-12-05", None,
           HTS, note="detainees freed from a prison (a facility, the place itself); a second coder may fold it into "
                     "the taking"),
         E("statement", None, PL("حماة", "Hama", "Hama", nth=1), "2024-12-05", "عمار الشيخ", HTS,
           note="a commander's call to defect (a call: statement); «الفرقة 25» a unit, not a figure; his claim to "
                "have crushed it is part of the taking")])

passage("ja35", "2025-03-05", "Klyoum (Syria TV)",
        "an ambush by regime remnants, a raid on the cell with arrests; page: "
        "https://www.klyoum.com/syria-news/ar/31-الأمن-العام-يحيد-ويقبض-على-عدد-من-المتورطين-في-كمين-اللاذقية",
        "قالت إدارة الأمن العام في اللاذقية إنها اعتقلت عدداً ممن تورطوا في كمين حي الدعتور وحيّدت آخرين، "
        "بعدما قُتل في الكمين مساء الإثنين اثنان من عناصر الجيش السوري. وأوضح مدير الإدارة، المقدم ماهر العلي، أن "
        "خلية من فلول النظام المخلوع نصبت الكمين للعنصرين التابعين لوزارة الدفاع في الحي. وأضاف أن قوة خاصة داهمت "
        "وكر الخلية، فرمى أفرادها قنابل على الدوريات وأصابوا عدداً من العناصر، قبل أن يُرد على النيران ويُعتقل عدد "
        "من المتورطين.",
        [E("armed_clash", Q("اثنان", 2), PL("الدعتور", "Al-Da'tour", "Latakia"), "2025-03-03", "إدارة الأمن العام",
           LOYAL, note="the ambush: killed by remnants' gunmen, armed_clash; the director's sentence is the same "
                       "incident"),
         E("armed_clash", None, None, None, "المقدم ماهر العلي", NEWGOV,
           note="the raid: grenades and return fire, then arrests and «neutralised» men: one armed_clash (arrest is "
                "the alternative type, the lead's word); the den's place is not given («في اللاذقية» names the "
                "body's seat; the city is the alternative); no day fixed")])

passage("ja36", "2025-06-22", "Al-Diyar (Egypt)",
        "a car bomb in a Damascus quarter hours after a church suicide attack; page: https://www.eldyar.net/615154",
        "هز انفجار سيارة مفخخة اليوم الأحد حارة الأرناؤوط بحي القدم في جنوب دمشق، بعد ساعات من تفجير انتحاري طال "
        "كنيسة شرقي العاصمة. وقالت مصادر محلية إن السيارة انفجرت في الحي المزدحم وأثارت ذعر السكان، دون أن تتضح "
        "بعد الحصيلة البشرية أو المادية. وكان الهجوم الانتحاري قد استهدف كنيسة مار إلياس بالدويلعة خلال قداس "
        "الأحد، موقعاً قتلى وجرحى بين المصلين.",
        [E("explosion", None, PL("حارة الأرناؤوط", "Harat al-Arnaout (al-Qadam)", "Damascus"), "2025-06-22",
           "مصادر محلية", None,
           note="the finest place is the quarter's lane (al-Qadam is the alternative); no toll known"),
         E("explosion", None, PL("الدويلعة", "Dweilaa", "Damascus"), "2025-06-22", None, None,
           note="the church suicide bombing, told as the earlier attack of the same day: an event of its own; the "
                "church is a landmark, placed at its quarter; dead and wounded with no number")])


def main() -> None:
    write("gold69.jsonl", P69)


if __name__ == "__main__":
    main()
