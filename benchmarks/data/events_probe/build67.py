"""Build gold67.jsonl: development set 67 (ids if01…), written in stop 32 by writer w67 BEFORE any run on it.

WHOLE ARTICLES PARAPHRASED FROM REAL PAGES, each with several incidents: daily round-ups, "the day in Syria"
items, multi-front battle reports, 2011-2025. Each passage is the paraphrase of one real page found in the search
tool's `pages` corpus (queries in Arabic; the page's address is in the passage's `style`): the page's incidents,
their order, places, figures, dates, sources and hedges are kept; every sentence is rewritten (no run of five words
is shared with the page except names, checked by script against the page text, which stays outside the repo); the
people's personal names are changed. Gold follows news_dev's README and the events_probe README's conventions of
stops 28, 30 and 32. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build67.py      # rewrites gold67.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P67: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P67.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


LCC = "لجان التنسيق المحلية"
SOHR = "المرصد السوري لحقوق الإنسان"

passage("if01", "2011-08-20", "Al-Hayat", "Friday protests fired on, national toll and a rights group's town list | page: "
        "https://sauress.com/alhayat/299429",
        "دمشق، لندن - «الحياة»، أ ف ب، رويترز - خرج المحتجون أمس في معظم مدن سوريا وبلداتها استجابةً لنداء «جمعة "
        "بشائر النصر»، بعد يوم من مطالبات غربية متتالية للرئيس بشار الأسد بترك السلطة، بينما تحدثت مصادر متطابقة عن "
        "سقوط أكثر من 20 قتيلاً بنيران قوات الأمن، أكثرهم في مدينة درعا، مع أن الأسد كان قد أكد توقف عمليات الجيش "
        "والأمن. وأظهرت مقاطع مصوّرة بالعشرات نُشرت على الإنترنت تجمعات بأحجام مختلفة شملت دمشق وحلب وحمص ودرعا "
        "وإدلب وحماة ودير الزور والأرياف المحيطة بها، وأخرى فُرّقت بالرصاص في حلب ودرعا، فيما جابت حمص دوريات يشترك فيها الجيش "
        "و«الشبيحة» وهي تطلق النار بلا تمييز وتردد هتافات مؤيدة للأسد. وقال حقوقيون ناشطون إن رصاص الأمن أودى أمس "
        "بحياة 19 مدنياً، منهم طفلان. وبحسب «المرصد السوري لحقوق الإنسان»، سقط 15 قتيلاً في ريف درعا حين فتح "
        "عناصر الأمن النار لتفريق المتظاهرين: ثمانية في مدينة غباغب بينهم طفلان، وخمسة في الحراك، وواحد في كل من "
        "انخل ونوى. ولفت المرصد إلى جرحى معظمهم في حال حرجة في الحراك، حيث لا يتوقف إطلاق النار، وفي انخل. يُذكر أن "
        "درعا كانت منطلق الاحتجاجات على النظام في أواسط آذار (مارس) الماضي.",
        [E("protest", None, PL("دمشق", "Damascus", "Damascus", nth=1), "2011-08-19", None, PROT,
           note="the day's protests told for a list of cities (one group, the first city; the dateline's Damascus is "
                "not it); the dispersals in Aleppo and Daraa are part of them; the patrols firing at random in Homs "
                "name no victim and are left uncoded"),
         E("casualties", Q("أكثر من 20", 20, None, True), None, "2011-08-19", "مصادر متطابقة", GOV, kind="aggregate",
           note="the day's national toll told beside the protests; the rights activists' 19 civilians are the same "
                "toll from another source (not a second aggregate)"),
         E("protest", Q("15", 15), PL("غباغب", "Ghabaghib", "Daraa"), "2011-08-19", "المرصد السوري لحقوق الإنسان", PROT,
           note="fire on the protests of the Daraa countryside: the 15 dead are the fatalities and the towns "
                "(Ghabaghib 8, al-Harak 5, Inkhil, Nawa) a breakdown of places, placed at the first town; a second "
                "coder may code one protest per town or place it at «ريف درعا»")])

passage("if02", "2012-03-14", "KUNA", "a coordination committees' statement: national toll, shelling, clash, protests, "
        "deaths on the flight to Lebanon, UN running toll | page: http://www.kuna.net.kw/ArticleDetails.aspx?id=2227228&language=ar",
        "الكويت - 14 - 3 (كونا) -- أعلنت لجان التنسيق المحلية في سوريا، في أحدث حصيلة لها، أن 56 شخصاً لقوا حتفهم "
        "اليوم في أنحاء البلاد، منهم 29 في محافظة ادلب بمفردها، والباقون موزعون بين حمص ودرعا وحماه وحلب ودمشق "
        "وريفها. وأوضحت اللجان في بيان أن مدينة حمص تتعرض في هذه الأثناء، مع تسارع تزايد أعداد الضحايا، لقصف شديد "
        "وتفجيرات قوية تهز حي الخالدية يرافقها رصاص كثيف. وأضافت اللجان أن الجيش الحر يخوض في درعا معارك ضارية مع "
        "جيش النظام داخل بلدة نوى، وأن عناصره انتزعوا مبنى دار حليمة السعدية للأيتام من قبضة القوات النظامية. وشهدت "
        "الحسكة ودمشق وحلب واللاذقية ودرعا تظاهرات كبيرة تضامناً مع حمص وادلب، طالب المشاركون فيها بإسقاط النظام "
        "وأعلنوا تأييدهم للجيش الحر. وبحسب اللجان، فرّقت قوات النظام المحتجين بالقوة وشنت حملة اعتقالات، في حين لقي "
        "خمسة أشخاص مصرعهم في بلدة القصير بريف حمص أثناء محاولتهم الفرار نحو لبنان، وقُتل معهم أربعة آخرون بينهم "
        "عسكريان منشقان. ويشهد عدد من المدن السورية منذ قرابة عام احتجاجات ضد النظام سقط خلالها قتلى مدنيون وعسكريون "
        "وأمنيون، إذ تقدّر الأمم المتحدة حصيلة ضحايا الاحتجاجات حتى اليوم بما يزيد على 7500 شخص، بينما تقول جهات "
        "رسمية سورية إن قتلى الجيش والأمن تخطوا الألفين.",
        [E("casualties", Q("56", 56), None, "2012-03-14", LCC, kind="aggregate",
           note="the day's national toll; Idlib's 29 and the other governorates are its breakdown"),
         E("shelling", None, PL("الخالدية", "Al-Khalidiyah", "Homs"), "2012-03-14", LCC, GOV,
           note="shelling and blasts on the quarter told in the present; the committees' statement is the source"),
         E("armed_clash", None, PL("نوى", "Nawa", "Daraa"), "2012-03-14", LCC, FSA,
           note="the orphanage building taken is part of the fight (not a territory_change of its own)"),
         E("protest", None, PL("الحسكة", "Al-Hasakah", "Al-Hasakah"), "2012-03-14", LCC, PROT,
           note="protests told for a list of cities (one group, the first city); their dispersal by force and the "
                "arrests are the protests' intervention, no arrest event (no figure)"),
         E("casualties", Q("خمسة", 5), PL("القصير", "Al-Qusayr", "Homs"), "2012-03-14", LCC, None,
           note="deaths with no act that caused them; the four others (two defectors among them) are told with the "
                "five in one sentence and kept in this event (no total given: the first figure); a second coder may "
                "code them apart or add a defection for the two defectors (not told as news)"),
         E("casualties", Q("ما يزيد على 7500", 7500, None, True), None, None, "الأمم المتحدة", kind="aggregate",
           note="the UN running toll of the protests over about a year"),
         E("casualties", Q("الألفين", 2000, None, True), None, None, "جهات رسمية سورية", kind="aggregate",
           note="the official running toll of army and security dead; a bound by verb («تخطوا»)")])

passage("if03", "2014-10-05", "Al Jazeera", "round-up on Eid: raids and barrels in two governorates, shelling, rebel gains "
        "in Daraa | page: https://www.aljazeera.net/news/arabic/2014/10/5/قتلى-بقصف-النظام-سراقب-وريف-دمشق",
        "قتلى بقصف للنظام على سراقب وريف دمشق\n"
        "لقي خمسة مدنيين حتفهم وأصيب العشرات بجروح في غارات نفذها الطيران الحربي التابع للنظام السوري على بلدة عربين "
        "بالغوطة الشرقية في ريف دمشق، في حين قُتل شخصان، بينهم طفل، في قصف طال سراقب بريف إدلب خلال أداء صلاة العيد. "
        "وطالت غارات الطيران النظامي كذلك محيط طريق المتحلق الجنوبي شرق دمشق، ورمت المروحيات أربعة براميل متفجرة، "
        "فضلاً عن غارات على مدينة زملكا. وفي سراقب بالريف الشرقي لإدلب، سقط قتلى وجرحى حين ألقت المروحيات برميلين "
        "متفجرين على المدينة التي تشهد موجة نزوح واسعة بسبب القصف المتواصل من القوات النظامية، وأظهرت تسجيلات مصورة "
        "نشرها ناشطون انفجاراً هائلاً فيها. على صعيد آخر، أصيب عشرات الأطفال جراء قصف استهدف مدينة تلبيسة في ريف حمص "
        "وحي الوعر داخل مدينة حمص، كما قصفت القوات النظامية بلدات في الغوطة الشرقية. وفي الجنوب، أفاد ناشطون بأن "
        "فصائل المعارضة انتزعت حاجز أم العوسج والمزارع المجاورة له شرق تل حارة في ريف درعا، وقتلت عدداً من جنود "
        "النظام، كما دمّرت مستودعاً للذخيرة في منطقة تل أحمر من ريف درعا. وبثّ ناشطون صورة قالوا إنها تُظهر سيطرة الثوار على دير عدس، "
        "القرية الواقعة في ريف درعا.",
        [E("airstrike", Q("خمسة", 5), PL("عربين", "Arbin", "Rif Dimashq"), "2014-10-05", None, GOV),
         E("airstrike", None, PL("سراقب", "Saraqib", "Idlib", nth=1), "2014-10-05", None, GOV,
           note="the bombing during the Eid prayer (two dead, a dual: no figure) and the two barrels on the town are "
                "taken as one strike told twice; the displacement is a state («تشهد»), no event; the date is the "
                "page's (Eid fell a day earlier in some countries: a second coder may give 2014-10-04)"),
         E("airstrike", Q("أربعة", 4), PL("دمشق", "Damascus", "Damascus", nth=2), "2014-10-05", None, GOV,
           note="raids on the outskirts of the southern ring road east of Damascus and four barrels in one clause; "
                "placed at the city the road skirts; the figure is the barrels (no dead)"),
         E("airstrike", None, PL("زملكا", "Zamalka", "Rif Dimashq"), "2014-10-05", None, GOV),
         E("shelling", None, PL("تلبيسة", "Talbiseh", "Homs"), "2014-10-05", None, GOV,
           note="one shelling told for Talbiseh and al-Waer (a group); only injured, no figure; the agent is not named "
                "in the clause (the regime's, by the item's frame)"),
         E("shelling", None, PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq", nth=1), "2014-10-05", None, GOV),
         E("territory_change", None, PL("أم العوسج", "Umm al-Awsaj", "Daraa"), "2014-10-05", "ناشطون", FSA,
           note="the checkpoint named after the place; the regime dead («عدداً») are the taking's, no figure"),
         E("armed_clash", None, PL("تل أحمر", "Tal Ahmar", "Daraa"), "2014-10-05", "ناشطون", FSA,
           note="the ammunition depot blown up by the rebels: an attack of another place; a second coder may code it "
                "as an explosion or not at all"),
         E("territory_change", None, PL("دير عدس", "Deir Adas", "Daraa"), "2014-10-05", "ناشطون", FSA,
           note="told through a photo the activists posted")])

passage("if04", "2015-02-22", "Akhbar al-Aan", "round-up of Rif Dimashq with a blast on the coast | page: "
        "https://www.akhbaralaan.net/news/arab-world/2015/02/22/death-toll-air-strikes-on-doma-city-rural-damascus-to-ten-people",
        "أخبار الآن | دمشق – سوريا – (عن ناشطين)\n"
        "لقي عشرة مدنيين، بينهم نساء وأطفال، مصرعهم في ريف دمشق، وأصيب عشرات آخرون بعضهم في حال خطرة، بغارات نفذها "
        "طيران النظام مستهدفاً دوما وعربين، المدينتين الواقعتين في الغوطة الشرقية. وأوضحت الهيئة العامة للدفاع المدني أن فرقها لا تزال "
        "تعمل على انتشال الجثث ونقل المصابين، بينما يتواصل القصف الذي أشعل حريقاً وخلّف دماراً كبيراً. وكانت الطائرات "
        "الحربية قد أغارت على أحياء المدينة أربع عشرة مرة منذ الصباح، فقتلت عشرة مدنيين وجرحت آخرين نُقلوا إلى النقاط "
        "الطبية. وفي بلدة الطيبة بريف دمشق، سقطت قذائف المدفعية الثقيلة التي أطلقتها قوات النظام من مواقعها في جبل "
        "المضيع، من غير أن يُصاب أحد. أما داريا فاستهدفتها المروحيات ببرميل متفجر، ترافق مع صواريخ أرض – أرض انطلقت "
        "من تجمعات النظام على أطراف المدينة. في المقابل، قصف الجيش الحر بالدبابات تجمعاً لقناصة النظام عند خزان المياه "
        "في الدير خبية، إحدى بلدات ريف دمشق، تلته مواجهات بين الجانبين، وفق المكتب الإعلامي لتحالف \"الراية الواحدة\" الناشط "
        "في الغوطة الغربية. وفي ريف اللاذقية، لقي أربعة أشخاص على الأقل حتفهم بانفجار كبير هزّ وسط مدينة القرداحة التي وُلد "
        "فيها بشار الأسد.",
        [E("airstrike", Q("عشرة", 10), PL("دوما", "Douma", "Rif Dimashq"), "2015-02-22", "الهيئة العامة للدفاع المدني", GOV,
           note="one act on Douma and Arbin (a group); the civil defence's next sentence comes back to it (its source); "
                "the fourteen raids and the ten dead retold after are the same act"),
         E("shelling", None, PL("الطيبة", "Al-Taybah", "Rif Dimashq"), "2015-02-22", None, GOV,
           note="Jabal al-Madi'a is where the fire came from"),
         E("airstrike", None, PL("داريا", "Darayya", "Rif Dimashq"), "2015-02-22", None, GOV,
           note="one barrel: no figure"),
         E("shelling", None, PL("داريا", "Darayya", "Rif Dimashq"), "2015-02-22", None, GOV,
           note="the surface-to-surface rockets that went with the barrel, another weapon (ACLED splits them); a "
                "second coder may fold them into the barrel's event"),
         E("armed_clash", None, PL("الدير خبية", "Deir Khabiyah", "Rif Dimashq"), "2015-02-22",
           "المكتب الإعلامي لتحالف \"الراية الواحدة\"", FSA,
           note="the tank fire on the snipers and the clashes after it are one fight"),
         E("explosion", Q("أربعة", 4, None, True), PL("القرداحة", "Qardaha", "Latakia"), "2015-02-22", None, None,
           note="«على الأقل» after the noun: low 4, open")])

passage("if05", "2016-08-06", "The New Khalij", "battle report: a quarter taken, a car bomb, a college taken the day before | "
        "page: http://thenewkhalij.org/ar/node/43513",
        "المعارضة السورية: الحصار عن حلب انكسر بعد بسط السيطرة على حي الراموسة كاملاً\n"
        "السبت 6 أغسطس 2016\n"
        "نجحت فصائل المعارضة السورية، بعد ظهر اليوم السبت، في السيطرة على حي الراموسة بأكمله، وهو آخر معقل لقوات النظام "
        "هناك، في خطوة لكسر الطوق الذي يحاصر به النظام ما يزيد على 300 ألف مدني داخل حلب. وبحسب مصادر صحفية، فجّرت "
        "«جبهة فتح الشام» سيارة مفخخة أُدخلت من الأحياء الشرقية المحاصرة باتجاه مواقع النظام في الراموسة، ما أتاح "
        "للمعارضة الإمساك بدوار الراموسة وبالطريق الرئيسي للحي الذي يشكّل شريان إمداد قوات النظام نحو حلب. وأشارت "
        "المصادر نفسها إلى أن المعارضة استولت أيضاً على محطة للوقود وعلى مخبز الراموسة، وأن عشرات من جنود النظام "
        "ومقاتلي «حزب الله» اللبناني قُتلوا خلال ذلك، فيما تتواصل المعارك بين الجانبين. وكانت «جبهة فتح الشام»، "
        "وهي من مكوّنات تحالف «جيش الفتح»، قد أجرت أمس الجمعة تفجيراً فتح أمام المعارضة طريق السيطرة على كلية "
        "المدفعية، أبرز معاقل النظام جنوبي حلب. وصرّح مصدر عسكري في «جيش الفتح» لـ«العربي الجديد» إن المقاتلين "
        "أمسكوا بكراجات الراموسة ودوارها بعد مواجهات شرسة قُتل فيها عشرات من قوات النظام والميليشيات الرديفة لها.",
        [E("territory_change", Q("عشرات", 20, 90, True), PL("الراموسة", "Al-Ramouseh", "Aleppo"), "2016-08-06",
           "مصادر صحفية", FSA,
           note="the headline, the lead, the press sources' details and the Jaish al-Fath source's telling are one "
                "taking; the car bomb that opened it is part of the assault (a second coder may add an explosion "
                "event); the dead («عشرات») are the taking's; the 300 thousand besieged are a state"),
         E("territory_change", None, PL("كلية المدفعية", "Artillery College", "Aleppo"), "2016-08-05", None, HTS,
           note="a recall with its own day («أمس الجمعة»): an event; a listed military site is the place; the outlet "
                "(recall form «وكانت … قد»); the agent is the front that set off the blast (the opposition took it: "
                "a second coder may give the factions)")])

passage("if06", "2016-09-05", "Daily Sabah", "battle report: colleges retaken under a hundred Russian raids | page: "
        "https://www.dailysabah.com/arabic/arab-world/2016/09/05/assad-regime-besieged-aleppo-again",
        "قوات الأسد تطبق الحصار على حلب من جديد بغطاء من الطيران الروسي\n"
        "ديلي صباح – اسطنبول\n"
        "05.09.2016\n"
        "استعاد النظام السوري أمس الأحد مواقع عسكرية كان الثوار يسيطرون عليها، ليعيد بذلك إطباق الطوق على الأحياء "
        "الشرقية لمدينة حلب. وقالت مصادر محلية إن قوات الأسد بسطت سيطرتها على كلية المدفعية وكليتي التسليح والفنية "
        "الجوية في الجنوب من حلب، إثر معارك مع الثوار ساندها الطيران الروسي من الجو. وكان الطيران الروسي قد نفذ صباح "
        "الأحد قرابة 100 غارة على منطقة الراموسة ممهداً لاقتحامها من قبل قوات الأسد، فاضطرت فصائل المعارضة إلى "
        "التراجع نحو منطقتي الراشدين وخان طومان. وتتزامن هذه الحملة مع تقدم المعارضة السورية في جرابلس بإسناد من "
        "الجيش التركي، ضمن عملية درع الفرات التي بدأتها أنقرة لإبعاد التنظيمات التي تصنفها إرهابية عن حدودها، ومن "
        "أبرزها \"ب ي د\" وداعش.",
        [E("territory_change", None, PL("كلية المدفعية", "Artillery College", "Aleppo"), "2016-09-04", "مصادر محلية", GOV,
           note="the lead (positions retaken, the siege closed again) and the local sources' three colleges are one "
                "taking (a group of three sites, the first); the rebels' withdrawal is its outcome; the advance in "
                "Jarablus is background with no day, no event"),
         E("airstrike", Q("قرابة 100", 100, approx=True), PL("الراموسة", "Al-Ramouseh", "Aleppo"), "2016-09-04", None, RUS,
           note="MENDED stop 32 (mechanical, a hedge's bound: «قرابة N» is low = high = N, approx, news_dev README); recall form «وكان … قد» with no source of its own: the outlet; the figure is the raids (no dead)")])

passage("if07", "2018-02-14", "Al-Ghad al-Souri", "round-up of strikes and shelling in Idlib, civil defence source | page: "
        "https://www.alghadalsoury.com/2018/02/14/قصف-جوي-وصاروخي-على-مدن-وبلدات-محافظتي/",
        "غارات جوية وقصف صاروخي على مدن وبلدات في محافظتي إدلب وحماة يسقط ضحايا من المدنيين\n"
        "قُتل ثلاثة مواطنين وأصيب كثيرون بجروح في غارة نفذتها طائرة حربية على بلدة معرة حرمة في ريف إدلب الجنوبي، "
        "بينما استهدف الطيران الحربي الروسي الأطراف الغربية من قرية أورم الجوز القريبة من مدينة أريحا، إضافة إلى أطراف "
        "قرية سرجة، مخلفاً أضراراً في الممتلكات من دون خسائر في الأرواح، وفق الدفاع المدني في إدلب. وأغارت الطائرات "
        "الروسية أربع مرات على الرفة، البلدة الواقعة في الريف الجنوبي الشرقي لإدلب، وعلى المستشفى في بلدة سرجة بجبل الزاوية في "
        "الريف الغربي، فأصيب عدد من المدنيين. وطال قصف مدفعي بلدتي حران والرفة شرقي المحافظة، مصدره قوات النظام "
        "وميليشيا رديفة لها تتمركز في شم هوى. وردّت فصائل المعارضة بقصف مدفعي ثقيل على مواقع "
        "النظام وتحصيناته في السلومية، جنوب شرقي إدلب.",
        [E("airstrike", Q("ثلاثة", 3), PL("معرة حرمة", "Maarat Hurmah", "Idlib"), "2018-02-14", "الدفاع المدني في إدلب", None,
           note="the civil defence closes the sentence that tells this strike and the Russian one; the aircraft's "
                "owner is not named (agent null)"),
         E("airstrike", None, PL("أورم الجوز", "Urum al-Jawz", "Idlib"), "2018-02-14", "الدفاع المدني في إدلب", RUS,
           note="one act on the edges of Urum al-Jawz and Sarja (a group); damage only"),
         E("airstrike", Q("أربع", 4), PL("الرفة", "Al-Rafa", "Idlib"), "2018-02-14", "الدفاع المدني في إدلب", RUS,
           note="four raids on al-Rafa and the Sarja hospital (a group); a sentence with no source going on with the "
                "civil defence's report with an act of its kind keeps it; only injured"),
         E("shelling", None, PL("حران", "Hiran", "Idlib"), "2018-02-14", None, GOV,
           note="an act of another kind after the sourced report: the outlet; Shem Hawa is where the fire came from"),
         E("shelling", None, PL("السلومية", "Al-Salloumiyah", "Idlib"), "2018-02-14", None, FSA)])

passage("if08", "2019-10-18", "my-arena", "multi-front report of the Turkish offensive on Ras al-Ain | page: "
        "http://my-arena.net/news/ar/articles/1/2019/10/18/zDPTHDBUURHAXRKZVAL.html",
        "غارة تركية تقتل 5 من مقاتلي \"قسد\" في رأس العين شمالي سوريا\n"
        "قُتل عدد من مقاتلي \"قسد\" ظهر اليوم بضربة جوية أصابت أحد مواقعها في مدينة رأس العين الواقعة على الحدود مع "
        "تركيا.\n"
        "(18-10-2019)\n"
        "وقالت مصادر في الحسكة إن المعارك والقصف بالطائرات والمدافع تواصلت من دون انقطاع في رأس العين طوال الليل "
        "ونهار الجمعة، إذ طالت الضربات التركية أنحاء عدة من المدينة، ولا سيما محيط المشفى الوطني الذي تحول الطائرات "
        "التركية دون بلوغ سيارات الإسعاف إليه. وأوضحت المصادر أن مسلحين من الفصائل \"التركمانية\" التابعة للجيش التركي "
        "تسللوا اليوم الجمعة نحو مركيز وباب الخير والمضبعة، وهي قرى حول بلدة أبو راسين شرق رأس العين، قرب الحدود السورية - "
        "التركية، فاندلعت معارك عنيفة بينهم وبين مقاتلي \"قسد\"، في حين شنّت المقاتلات التركية غارات متتالية مكثفة على "
        "تلك القرى قتلت 5 من مقاتلي قسد وجرحت آخرين، ودفعت المدنيين من سكانها إلى النزوح جماعياً، بعدما أصيب عدد منهم "
        "بالقصف التركي المستمر. وتابعت المصادر أن الطائرات التركية ومدفعية الفصائل \"التركمانية\" الموالية لأنقرة قصفت "
        "اليوم بلدة زركان في ريف رأس العين للمرة الأولى.",
        [E("airstrike", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah", nth=1), "2019-10-18", "مصادر في الحسكة", TUR,
           note="the lead's noon strike on a position in the town and the sources' air and artillery bombardment of "
                "the town through the day, one event (the sources come back to it); the headline's 5 are told in the "
                "body for the villages (next event), so this strike has no figure; a second coder may put the "
                "headline's 5 here"),
         E("armed_clash", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah", nth=1), "2019-10-18", "مصادر في الحسكة", None,
           note="the fighting in the town through the night and Friday (the same sources); sides not named in the "
                "clause"),
         E("armed_clash", None, PL("مركيز", "Merkiz", "Al-Hasakah"), "2019-10-18", "مصادر في الحسكة", SNA,
           note="the Turkmen factions' infiltration and the fight with the SDF around Abu Rasin (a group of three "
                "villages, the first)"),
         E("airstrike", Q("5", 5, nth=1), PL("مركيز", "Merkiz", "Al-Hasakah"), "2019-10-18", "مصادر في الحسكة", TUR,
           note="the raids on the same villages that killed 5 SDF fighters: the headline's figure; the civilians "
                "wounded by the shelling are injured only"),
         E("other", None, PL("مركيز", "Merkiz", "Al-Hasakah"), "2019-10-18", "مصادر في الحسكة", None,
           note="the villagers' mass displacement (ACLED does not code it; the contract's `other`)"),
         E("airstrike", None, PL("زركان", "Zirgan", "Al-Hasakah"), "2019-10-18", "مصادر في الحسكة", TUR,
           note="Turkish aircraft and the Turkmen factions' artillery on Zirgan, one bombardment (a second coder may "
                "add a shelling event for the artillery)")])

passage("if09", "2020-02-22", "Arabi21", "the Idlib front on one day: a Turkish soldier killed, a recall, retaliation, a "
        "drone downed, sixty raids | page: https://arabi21.co.uk/story/1246989",
        "ذكرت وسائل إعلام تركية يوم السبت أن جندياً تركياً قُتل في إدلب بقنبلة ألقتها قوات النظام السوري. وكانت "
        "وزارة الدفاع التركية قد أعلنت قبل ذلك بيومين، أي الخميس، أن اثنين من جنودها قُتلا وأُصيب 5 آخرون في إدلب. وقالت "
        "الوزارة من جانبها إن قواتها \"دمّرت 21 هدفاً للنظام السوري\" رداً على ما وصفته بالهجوم الدنيء على جنودها في "
        "إدلب. وكانت وسائل إعلام قد أشارت إلى أن النظام قصف مواقع للمسلحين في ريف إدلب قرب الطريق الدولي \"M4\". وبحسب "
        "وسائل إعلام محلية، أسقطت فصائل المعارضة السورية طائرة استطلاع روسية برشاشات ثقيلة فوق منطقة جبل الزاوية في "
        "ريف إدلب الجنوبي الغربي، فيما تواصل طائرات النظام وروسيا قصف بلدات منطقة خفض التصعيد. وفي السياق ذاته، أحصى "
        "المرصد السوري لحقوق الإنسان قرابة 60 ضربة جوية نفذتها الطائرات الروسية وطائرات النظام على محافظة إدلب بدءاً من فجر "
        "السبت، وطالت كفرنبل والبارة واحسم وبينين والفطيرة وابيين وسرجة وجوزف.",
        [E("airstrike", None, PL("إدلب", "Idlib", "Idlib"), "2020-02-22", "وسائل إعلام تركية", GOV,
           note="a bomb «dropped» by the regime's forces: read as an air-dropped bomb (a second coder may say shelling); "
                "one soldier, no figure; «في إدلب» is the governorate"),
         E("casualties", Q("اثنين", 2), PL("إدلب", "Idlib", "Idlib", nth=1), "2020-02-20", "وزارة الدفاع التركية", None,
           note="a recall with its own day (Thursday): an event; the text names no act, so casualties; the 5 wounded "
                "are injured"),
         E("shelling", Q("21", 21), None, "2020-02-22", "وزارة الدفاع التركية", TUR,
           note="the ministry's retaliation on 21 regime targets: the figure is the targets (no dead); the weapon and "
                "place are not told (a second coder may leave the figure null)"),
         E("shelling", None, PL("ريف إدلب", "Idlib countryside", "Idlib"), "2020-02-22", "وسائل إعلام", GOV,
           note="a recall with no day of its own but its own source; the M4 is a road name, not a place"),
         E("armed_clash", None, PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), "2020-02-22", "وسائل إعلام محلية", FSA,
           note="the downing of a Russian reconnaissance drone by machine-gun fire; a second coder may type it other"),
         E("airstrike", Q("قرابة 60", 60, approx=True), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2020-02-22", SOHR, RUS,
           note="MENDED stop 32 (mechanical, a hedge's bound: «قرابة N» is low = high = N, approx, news_dev README); about sixty raids since dawn told for a list of towns (a group, the first town); the continuing "
                "bombardment of the de-escalation zone in the sentence before is the same")])

passage("if10", "2020-04-22", "Jisr TV", "assassinations in Daraa, one new and one recalled, and a third | page: "
        "https://jisrtv.com/أخبار-الجسر/الأخبار-السورية/اغتيالات-جديدة-تضرب-قوات-النظام-في-درعا/",
        "الأربعاء 2020/04/22\n"
        "موجة اغتيالات جديدة تطال قوات النظام في درعا\n"
        "لا تزال عمليات الاغتيال التي تستهدف قوات الأسد والميليشيات الرديفة لها مستمرة في جنوب سوريا. فقد أفاد \"تجمع "
        "أحرار حوران\" بأن مسلحين مجهولين قتلوا بالرصاص، فجر اليوم الأربعاء، \"وسام العبدالله\" في منزله ببلدة أم ولد في ريف "
        "درعا الشرقي، موضحاً أن القتيل التحق بفرع الأمن العسكري التابع للنظام عقب خضوعه للتسوية. وبحسب التجمع، عُثر على "
        "جثته صباحاً داخل المنزل وعليها آثار طلقات نارية عدة. وكان مسلحون مجهولون قد قتلوا أمس الثلاثاء أحد المنتسبين إلى فصائل "
        "\"التسويات\" على الطريق المعروف بطريق السامرية الذي يربط بلدتي سحم الجولان وجلين غربي درعا. كما قتل مجهولون في درعا البلد "
        "\"سامر المحاميد\"، الذي يعمل في الاتجار بالمخدرات والممنوعات، وفق مصادر محلية. وتعيش محافظة درعا توتراً "
        "مستمراً بين عناصر \"المصالحات\" وقوات النظام، على خلفية حملات الاعتقال التي يشنها النظام بين حين وآخر بحق "
        "مقاتلي اتفاق \"التسوية\" وقادته، بالتوازي مع عمليات اغتيال تطال عناصر الطرفين.",
        [E("armed_clash", None, PL("أم ولد", "Um Walad", "Daraa"), "2020-04-22", "تجمع أحرار حوران", UNK,
           note="a killing by unknown gunmen: armed_clash; the body found is the same killing"),
         E("armed_clash", None, PL("سحم الجولان", "Saham al-Jawlan", "Daraa"), "2020-04-21", None, UNK,
           note="a recall with its own day; the road between two towns is placed at the first; recall form: outlet"),
         E("armed_clash", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2020-04-22", "مصادر محلية", UNK,
           note="no day in its sentence: the page's date; the arrest campaigns are a habit, no event")])

passage("if11", "2021-11-17", "Al-Souria Net", "a day of assassinations in Daraa: a killing and an attempt | page: "
        "https://alsouria.net/بينهم-عنصر-للنظام-اغتيالات-ما-بعد-الت",
        "عاشت محافظة درعا خلال الساعات الـ24 الأخيرة سلسلة اغتيالات استهدفت مدنيين ومنتسبين إلى \"التسوية\" وعسكريين "
        "في قوات الأسد، أعادت إلى الأذهان الاغتيالات التي أعقبت تسوية 2018. وبحسب شبكات محلية، قتل مسلحون مجهولون "
        "بالرصاص الحي اليوم الأربعاء ضابطاً برتبة ملازم أول في قوات الأسد يدعى \"رامي عيسى ديب\" بينما كان على الطريق "
        "الرابط بين داعل وابطع في الريف الأوسط لدرعا. وأضافت الشبكات أن الضابط، البالغ 28 عاماً، من أبناء قرية عين الشرقية التابعة "
        "لمدينة جبلة في محافظة اللاذقية. ونقل مراسل درعا 24 عن مصادر محلية أن المسلحين أطلقوا عليه النار مباشرة. وفي "
        "الساعات نفسها، نجا أحد عناصر \"التسوية\"، ويدعى \"خالد محمود المقداد\"، من محاولة اغتيال في بلدة المسيفرة شرق "
        "درعا، بعدما أُطلق عليه الرصاص مباشرة فأصيب بجروح بالغة نُقل إثرها إلى مستشفى في دمشق. وتفيد المعلومات بأن "
        "الرجل كان في صفوف \"هيئة تحرير الشام\" بدرعا قبل أن تسيطر قوات الأسد على المحافظة عام 2018، إذ اعتقلته "
        "حينها.",
        [E("armed_clash", None, PL("داعل", "Dael", "Daraa"), "2021-11-17", "شبكات محلية", UNK,
           note="the road between Dael and Ibta is placed at the first town; Ain al-Sharqiya and Jableh are his "
                "origin, not the place; the Daraa 24 reporter retells the same killing; the 24-hour series has no "
                "figure, no aggregate"),
         E("armed_clash", None, PL("المسيفرة", "Al-Musayfirah", "Daraa"), "2021-11-17", "شبكات محلية", UNK,
           note="an attempted killing that wounded its target: the shooting happened (asserted, no figure); a sentence "
                "with no source going on with the networks' report keeps it; his arrest in 2018 is background")])

passage("if12", "2022-08-13", "Al-Araby Al-Jadeed", "exchange of fire in two governorates: rockets, a guided missile, a "
        "night clash, Turkish replies | page: https://aajeg.com/politics/قصف-متبادل-بين-\"قسد\"-والجيش-التركي-في-ريفي-حلب-والحسكة",
        "قصف متبادل بين \"قسد\" والقوات التركية في ريف حلب وريف الحسكة\n"
        "13 اغسطس 2022\n"
        "أطلقت \"قوات سورية الديمقراطية\" (قسد)، السبت، صواريخ على قاعدة عسكرية تركية ضمن منطقة \"درع الفرات\" إلى "
        "الشمال الشرقي من حلب، بينما قُتل عدد من مقاتلي \"قسد\" وجُرح عناصر من قوات النظام السوري بقصف تركي طال نقاطاً عسكرية في ريف "
        "الحسكة شمال شرقي البلاد. وأوضحت مصادر محلية تحدثت إلى \"العربي الجديد\" أن \"قسد\" أطلقت ما يزيد على خمسة صواريخ على "
        "القاعدة التركية في قرية تويس شرق مدينة مارع ضمن منطقة \"درع الفرات\"، فتضرر سور القاعدة ولم يُصب أحد. وأضافت "
        "المصادر أن صاروخاً موجهاً أطلقته \"قسد\" أصاب سيارة لمدنيين في حزوان، القرية الواقعة بريف حلب الشمالي، فاحترقت من "
        "غير إصابات. وكانت "
        "معارك عنيفة استُخدمت فيها الأسلحة الثقيلة والمتوسطة قد دارت عقب منتصف ليل الجمعة على محور فيخة حمدان في ريف "
        "مدينة الباب شرق حلب، وطرفاها قوات النظام ومجموعات من \"الفرقة 13\" التابعة لـ\"الجيش الوطني السوري\" المعارض "
        "والمتحالف مع أنقرة. وردّت المدفعية التركية على مصادر النيران بقذائف استهدفت بها قرية أم شعالة وقرية ثانية.",
        [E("shelling", Q("ما يزيد على خمسة", 5, None, True), PL("تويس", "Tuwais", "Aleppo"), "2022-08-13", "مصادر محلية", SDF,
           note="the lead and the local sources' details are one rocket attack on the Turkish base; the figure is "
                "the rockets (no casualties)"),
         E("shelling", None, PL("ريف الحسكة", "Al-Hasakah countryside", "Al-Hasakah", nth=1), "2022-08-13", None, TUR,
           note="Turkish bombardment of military points: SDF dead with no number («عدد من»), regime soldiers wounded; "
                "the local sources' next sentence returns to the rockets, not to this"),
         E("shelling", None, PL("حزوان", "Hazwan", "Aleppo"), "2022-08-13", "مصادر محلية", SDF,
           note="a guided missile on a civilian car (ACLED: shelling/missile attack); no casualties"),
         E("armed_clash", None, PL("فيخة حمدان", "Fikha Hamdan", "Aleppo"), "2022-08-13", None, SNA,
           note="recall form: the outlet; «بعد منتصف ليل الجمعة» read as the early hours of Saturday (a second coder "
                "may date it 2022-08-12); «الفرقة 13» is a unit name, not a figure"),
         E("shelling", None, PL("أم شعالة", "Um Shaala", "Aleppo"), "2022-08-13", None, TUR,
           note="the Turkish artillery's reply on two villages (a group, the named one)")])

passage("if13", "2023-09-02", "Al-Araby Al-Jadeed", "two drone strikes at once near Qamishli, told by an activist; a headline "
        "about tribal gains | page: https://aajeg.com/politics/سورية-قتلى-باستهداف-تركي-في-الحسكة-والعشائر-تسيطر-على-قرى-في-منبج",
        "سورية: ضربات تركية توقع قتلى في الحسكة، ومقاتلو العشائر يسيطرون على قرى بمنطقة منبج\n"
        "02 سبتمبر 2023\n"
        "قُتل أشخاص كانوا في سيارتين، مساء اليوم السبت، بضربتين نفذتهما طائرتان مسيّرتان يُعتقد أنهما تركيتان قرب "
        "القامشلي في محافظة الحسكة، التي تسيطر عليها \"قوات سوريا الديمقراطية\" (قسد) في شمال شرق سورية. وقال "
        "الناشط الإعلامي سليمان الجزراوي لـ\"العربي الجديد\" إن نوع المسيّرتين \"عُرف بالنظر المباشر\"، وأوضح أن "
        "المسيّرتين التركيتين ضربتا الهدفين في الوقت نفسه: فالأولى أصابت سيارة دفع رباعي شرق القامشلي بالقرب من "
        "الرميلان فاشتعلت بالكامل واحترقت الجثث داخلها ولم تُعرف هويات أصحابها، والثانية أصابت سيارة جنوب مدينة "
        "القامشلي قرب هياهي، على الطريق المؤدي إلى ناحية تل حميس. ولفت إلى أن الضربة الثانية وقعت وراء مناطق سيطرة "
        "النظام السوري، ما يعني أن المسيّرة حلّقت فوق مطار القامشلي الدولي الخاضع لنفوذ النظام قبل أن تبلغ هدفها، مضيفاً "
        "أن \"قسد\" لم تصدر حتى الآن أي بيان رسمي عن الضربتين. وقبل قرابة شهر، أصابت صواريخ موجهة أطلقتها مسيّرة تركية "
        "سيارة لـ\"قسد\" على أحد الطرق.",
        [E("airstrike", None, PL("الرميلان", "Rmelan", "Al-Hasakah"), "2023-09-02", "الناشط الإعلامي سليمان الجزراوي", TUR,
           note="two drones, two cars, two places at once: one event per strike (a second coder may code the lead's "
                "one telling as one event near Qamishli); dead with no number"),
         E("airstrike", None, PL("هياهي", "Hayahi", "Al-Hasakah"), "2023-09-02", "الناشط الإعلامي سليمان الجزراوي", TUR,
           note="south of Qamishli on the Tal Hamis road near the village; Qamishli airport is where the drone flew "
                "over, not the place"),
         E("territory_change", None, PL("منبج", "Manbij", "Aleppo"), "2023-09-02", None, TRIBES,
           note="told only in the headline (the page's body on it lies past what was paraphrased); villages of the "
                "Manbij area, no village named; the strike about a month ago has no day: no event")])

passage("if14", "2023-09-10", "Syria TV", "one attack told by four sources that disagree on the toll | page: "
        "https://syria.tv/غالبيتهم-مدنيون-8-قتلى-وآخرون-مفقودون-بهجوم-لـداعش-في-بادية-دير-الزور",
        "2023.09.10 | دمشق\n"
        "أغلبهم من المدنيين.. 8 قتلى ومفقودون في هجوم لـ\"داعش\" ببادية دير الزور\n"
        "تلفزيون سوريا - إسطنبول\n"
        "لقي ما لا يقل عن 8 أشخاص، معظمهم مدنيون، حتفهم مساء الأحد في هجوم نفذه مسلحون مجهولون يُرجّح انتماؤهم إلى "
        "\"تنظيم الدولة\" (داعش) على رعاة أغنام في بادية دير الزور، في حين لا يزال مصير آخرين مجهولاً. وذكرت شبكة \"فرات "
        "بوست\" المحلية أن القتلى سبعة من رعاة الأغنام وعنصر من ميليشيا \"الدفاع الوطني\" الرديفة لقوات النظام السوري، "
        "سقطوا في هجوم مسلح لمجهولين في بادية الشولا جنوب غرب دير الزور. أما شبكة \"الخابور\" المحلية فقالت إن ما لا يقل عن 5 "
        "أشخاص ما زالوا مفقودين منذ الهجوم على الرعاة. في المقابل، أوردت وكالة \"سانا\" التابعة للنظام أن 6 رعاة قُتلوا "
        "وجُرح اثنان في الهجوم الذي وقع في منطقة الشولا. ونعت ميليشيا \"الدفاع الوطني\" أحد عناصرها، قائلة إنه قُتل في "
        "مواجهات خاضها ضد \"تنظيم الدولة\" ببادية الشولا. ويشهد نشاط \"تنظيم الدولة\" في البادية السورية تصاعداً واضحاً.",
        [E("armed_clash", Q("ما لا يقل عن 8", 8, None, True), PL("بادية الشولا", "Al-Shula desert", "Deir ez-Zor"),
           "2023-09-10", "فرات بوست", IS,
           note="one attack told by the outlet, Furat Post (7 shepherds and a militiaman: the 8), al-Khabour (5 "
                "missing), SANA (6 dead) and the militia's obituary; the next sentence's named source returns to it; "
                "gunmen «believed» to be IS: agent IS with the hedge (a second coder may give unidentified gunmen, "
                "or type it casualties as an attack on civilians); the missing are no figure")])

passage("if15", "2024-04-10", "Al-Araby Al-Jadeed", "first day of Eid in the north-west: drones, a camp feud, summary "
        "bullets | page: https://aajeg.com/politics/النظام-السوري-يهاجم-ريفي-حماة-وإدلب-بالمسيّرات-في-أول-أيام-العيد",
        "النظام السوري يستهدف ريفي حماة وإدلب بالطائرات المسيّرة في اليوم الأول من العيد\n"
        "10 ابريل 2024\n"
        "نفذت قوات النظام السوري في اليوم الأول من عيد الفطر هجمات عدة بالطائرات المسيّرة والمدفعية على مناطق في شمال "
        "غرب سورية، أصيب فيها مدنيون وعسكريون. وطالت الضربات منازل وأحياء في أرياف إدلب وحماة وحلب، وقُتل خلال اليوم في "
        "حوادث عنف متفرقة أحد عناصر قوات النظام وقيادي في \"قسد\". كما لقي شاب حتفه وأصيب ثلاثة بجروح "
        "بالغة في اشتباك مسلح بين عائلتين داخل مخيم الريان في ريف إعزاز، وسط مخاوف من ارتفاع الحصيلة. وأفاد مراسل "
        "\"العربي الجديد\" بأن أشخاصاً عدة أصيبوا حين ضربت مسيّرة انتحارية أطلقتها قوات النظام بيوتاً على أطراف قرية "
        "آفس شرق إدلب. وأضاف المراسل أن ثلاث مسيّرات أصابت بيوتاً في القرقور وخربة الناقوس وتل واسط، وهي بلدات تقع في سهل "
        "الغاب ضمن ريف حماة الشمالي، ولم تُسجَّل إصابات.",
        [E("armed_clash", None, PL("مخيم الريان", "Al-Rayyan camp", "Aleppo"), "2024-04-10", None, None,
           note="a feud between two families in a camp (ACLED: armed clash between communal militias); a camp is the "
                "place; one dead (singular): no figure"),
         E("airstrike", None, PL("آفس", "Afis", "Idlib"), "2024-04-10", "مراسل \"العربي الجديد\"", GOV,
           note="a suicide drone: only injured, no figure; the lead's drone and artillery attacks are these strikes "
                "told in sum; the soldier and the SDF commander killed «in scattered incidents» have no place and "
                "no act: not coded"),
         E("airstrike", Q("ثلاث", 3, nth=1), PL("القرقور", "Qarqur", "Hama"), "2024-04-10", "مراسل \"العربي الجديد\"", GOV,
           note="three drones on a list of towns in al-Ghab (a group, the first); the figure is the drones")])

passage("if16", "2024-10-24", "Al-Araby Al-Jadeed", "Turkish strikes on several fronts after an attack in Ankara | page: "
        "https://aajsy.com/politics/قتلى-وجرحى-بقصف-تركي-استهدف-مواقع-لـقسد-في-عين-العرب-وتل-رفعت",
        "ضربات تركية على تل رفعت وعين العرب توقع قتلى وجرحى\n"
        "24 أكتوبر 2024\n"
        "أوقعت غارات جوية وقذائف مدفعية تركية قتلى وجرحى في عين العرب (كوباني) ومنطقة تل رفعت، وكلتاهما تحت سيطرة "
        "\"قوات سوريا الديمقراطية\" (قسد) شمالي سورية، بعد ساعات قليلة من هجوم مسلح استهدف في أنقرة شركة الصناعات "
        "الجوية والفضائية التركية وخلّف قتلى وجرحى. وبحسب وسائل إعلام كردية، ضربت غارة تركية قرية تابعة لمدينة المالكية في محافظة الحسكة. "
        "وأطلقت مسيّرة تركية صاروخين على مدينة عين العرب (كوباني) بريف حلب، أصاب الأول حاجزاً لـ\"الأسايش\" (قوى الأمن "
        "الداخلي التابعة لقسد) على طريق حلب، والثاني مركزاً لها داخل المدينة، فأصيب شخصان وفق حصيلة أولية. وقُتل شخصان "
        "وجُرح آخرون بقذائف أطلقها الجيش التركي وفصائل الجيش الوطني واستهدفت أطراف مدينة تل رفعت، المنطقة التي تنتشر فيها "
        "\"قسد\" إلى جانب قوات النظام السوري شمالي حلب. كما طالت القذائف والصواريخ التركية مواقع لـ\"قسد\" على خطوط التماس في ريف تل "
        "أبيض شمالي الرقة، وأخرى في أم الكيف، القرية التابعة لناحية تل تمر.",
        [E("airstrike", None, PL("المالكية", "Al-Malikiyah", "Al-Hasakah"), "2024-10-24", "وسائل إعلام كردية", TUR,
           note="a village of al-Malikiyah not named: the town; the attack in Ankara is in Turkey and outside this "
                "set's scope (no event)"),
         E("airstrike", None, PL("عين العرب", "Ain al-Arab (Kobani)", "Aleppo", nth=2), "2024-10-24", "وسائل إعلام كردية",
           TUR, note="one drone, two missiles on a checkpoint and a post of the Asayish in the town: one event; two "
                     "wounded, no figure; the same kind of act going on with the Kurdish media's report keeps it"),
         E("shelling", None, PL("تل رفعت", "Tal Rifaat", "Aleppo", nth=2), "2024-10-24", None, TUR,
           note="Turkish army and SNA artillery; two dead is a dual: no figure; an act of another kind after the "
                "sourced report: the outlet"),
         E("shelling", None, PL("تل أبيض", "Tal Abyad", "Raqqa"), "2024-10-24", None, TUR,
           note="front-line positions near Tal Abyad and in Um al-Kayf (a group, the first place); a second coder may "
                "code two events (two governorates)")])

passage("if17", "2024-12-05", "Egypt Today (AFP)", "a city taken, a prison opened, the army's admission, an outage | page: "
        "https://egypt-today.com/314/215303-المعارضة-تبسط-سيطرتها-على-حماة-والجيش-ينسحب-و-المعارضة-تتواصل-مع-السفارات",
        "بسطت فصائل المعارضة السورية يوم الخميس سيطرتها على مدينة حماة، رابع مدن البلاد من حيث الحجم، بعد أيام فقط من "
        "استيلائها على حلب في هجوم خاطف يوجّه ضربة لسلطة الرئيس بشار الأسد. وكانت الفصائل، التي تقودها \"هيئة تحرير "
        "الشام\"، قد بدأت هجومها قبل ما يزيد على أسبوع، بالتزامن مع دخول الهدنة بين إسرائيل وحزب الله، حليف الأسد في "
        "لبنان، حيز التنفيذ. ودخل المقاتلون حماة، ذات الموقع الاستراتيجي في وسط سوريا على الطريق بين حلب ودمشق، إثر "
        "معارك عنيفة مع قوات النظام، وأعلنوا أنهم أخرجوا من سجن حماة المركزي، بعد اقتحامه، مئات المعتقلين. واعترف الجيش "
        "السوري في بيان بفقدان المدينة، قائلاً إن \"المجموعات الإرهابية\" تمكنت خلال الساعات الماضية، مع احتدام القتال، "
        "من اختراق عدة محاور والدخول إلى حماة، وإن الوحدات التي كانت منتشرة فيها أعادت تموضعها خارجها. ونسبت الوكالة "
        "العربية السورية للأنباء إلى وزارة الاتصالات قولها إن الاتصالات انقطعت في محافظة حلب بسبب \"اعتداءات إرهابية\" "
        "على المقاسم الهاتفية في المنطقتين الوسطى والشمالية.",
        [E("territory_change", None, PL("حماة", "Hama", "Hama"), "2024-12-05", None, HTS,
           note="the lead, the entry after fierce battles and the army's statement are one taking (the army's words "
                "tell the incident: its source's other side, no statement event); Aleppo taken days before and the "
                "offensive's start are background with no day; the telecoms outage blamed on «terrorist attacks» "
                "names no act or place of one: not coded"),
         E("other", Q("مئات", 200, 900, True), PL("سجن حماة المركزي", "Hama Central Prison", "Hama"), "2024-12-05", None,
           HTS, note="prisoners freed from a stormed prison (the contract's `other`); the fighters announced it, no "
                     "named source; a second coder may fold it into the taking")])

passage("if18", "2025-03-07", "Arab24", "coastal clashes: a toll with a breakdown, curfews, a sweep | page: "
        "https://arab24.eu/قوات-الأمن-السورية-تنفذ-عمليات-تمشيط-و (title: قوات الأمن السورية تنفذ عمليات تمشيط واسعة في "
        "غرب البلاد بعد اشتباكات دامية مع فلول الأسد)",
        "قوات الأمن السورية تمشّط مناطق واسعة غرب البلاد إثر مواجهات دامية مع مسلحين من فلول النظام السابق\n"
        "اللاذقية (7 آذار/مارس 2025) – باشرت قوات الأمن السورية، في صباح يوم الجمعة، حملة تمشيط موسعة شملت محافظتي "
        "اللاذقية وطرطوس، بعد مواجهات عنيفة مع مقاتلين يوالون الرئيس المخلوع بشار الأسد قُتل فيها ما يزيد على 70 شخصاً، بحسب "
        "المرصد السوري لحقوق الإنسان. وقال المرصد إن المواجهات التي بدأت الخميس هي الأشد منذ سقوط الأسد في كانون الأول "
        "الماضي، ولجأت فيها قوات الأمن إلى المروحيات لضرب المسلحين الموالين للنظام السابق. وأحصى المرصد 71 قتيلاً، منهم 35 "
        "من عناصر الأمن ووزارة الدفاع و32 مسلحاً وأربعة مدنيين. وعلى إثر ذلك، أعلنت السلطات حظر التجول في محافظة "
        "اللاذقية، معقل الطائفة العلوية التي تتحدر منها أسرة الأسد، وكذلك في طرطوس وحمص، المدينتين اللتين تضمان أحياء علوية، "
        "سعياً لاحتواء التوتر وحماية المدنيين. وقال أحد قادة إدارة الأمن العام، في تصريح أوردته وكالة "
        "الأنباء السورية الرسمية، إن عناصرها شرعوا منذ الصباح في تمشيط مراكز المدن على نطاق واسع.",
        [E("armed_clash", Q("71", 71), PL("اللاذقية", "Latakia", "Latakia", nth=1), "2025-03-06", SOHR, NEWGOV,
           note="the clashes that began on Thursday: the lead's «more than 70» and the count of 71 are one toll (the "
                "exact count is the figure; 35/32/4 its breakdown by side); the helicopters used against the gunmen "
                "are part of the fight; no finer place than the two governorates (the first; the dateline is not it); "
                "actor order is arbitrary for a clash (a second coder may give the loyalists)"),
         E("other", None, PL("اللاذقية", "Latakia", "Latakia", nth=1), "2025-03-07", SOHR, NEWGOV,
           note="the security sweep launched on Friday in the two governorates (a group); the general security "
                "command's source retells it at the end; no arrests or dead told for it; a second coder may leave it "
                "uncoded"),
         E("statement", None, PL("اللاذقية", "Latakia", "Latakia", nth=2), "2025-03-07", None, NEWGOV,
           note="the authorities' curfew decision over Latakia, Tartus and Homs (a decision: a statement; the body is "
                "only «السلطات», so the outlet)")])

passage("if19", "2025-08-27", "Sayar", "Israeli strikes near Kiswah with a raised toll, a recall in Quneitra, an arrest, "
        "a condemnation | page: https://www.sayar.live/2025/08/6_27.html",
        "ضربات إسرائيلية على ريف دمشق تقتل 6 جنود سوريين، والتوتر يتصاعد على الأرض في القنيطرة\n"
        "ذكرت قناة الإخبارية السورية، الأربعاء، أن عدد قتلى الجيش السوري جراء ضربة نفذتها مسيّرات إسرائيلية في محيط "
        "الكسوة بريف دمشق ارتفع إلى ستة، وذلك إثر غارات جوية وقعت ظهر الثلاثاء. وبحسب مراسل، أصابت مسيّرة "
        "إسرائيلية جنوداً في كتيبة للجيش داخل منطقة الحرجلة القريبة من الكسوة، ثم ضربت مرة أخرى فريقاً "
        "للدفاع المدني كان يحاول إسعاف المصابين، فسقط مزيد من الجرحى. وقالت مصادر محلية إن الغارات تزامنت مع تدريب "
        "عسكري للجيش السوري على الدبابات، فيما سُمع دوي انفجارات مصدرها مخلفات حرب في المطلة وتل المانع. "
        "وأوضح أحد مسؤولي وزارة الدفاع السورية لوكالة الصحافة الفرنسية أن المسيّرة استهدفت مقراً سكنياً عسكرياً تابعاً "
        "للفرقة 44 بالحرجلة. وجاء التصعيد غداة مقتل شخص بقصف إسرائيلي أصاب بيتاً في طرنجة، القرية الواقعة شمال ريف "
        "القنيطرة. "
        "كذلك دخلت قوات إسرائيلية فجر الثلاثاء بلدة سويسة في ريف القنيطرة الجنوبي واعتقلت شاباً رغم مقاومة السكان. وقد "
        "نددت وزارة الخارجية السورية بما تعرضت له البلاد مؤخراً من قصف وتوغلات إسرائيلية.",
        [E("airstrike", Q("ستة", 6), PL("الحرجلة", "Al-Harjalah", "Rif Dimashq"), "2025-08-26", "قناة الإخبارية السورية",
           ISR, note="the headline, the raised toll, the reporter's double strike (the second hit on the civil defence "
                     "is the same act) and the ministry official's telling are one act; the toll raised to six is "
                     "the figure; placed at al-Harjalah (a second coder may place it at the 44th Division's quarters, "
                     "the named unit's base, or at al-Kiswah)"),
         E("explosion", None, PL("المطلة", "Al-Mutalla", "Rif Dimashq"), "2025-08-26", "مصادر محلية", None,
           note="blasts of war remnants in two areas (a group); no victims told; a second coder may leave them "
                "uncoded"),
         E("shelling", None, PL("طرنجة", "Turunjah", "Quneitra"), "2025-08-25", None, ISR,
           note="a recall dated by «غداة» the Tuesday strikes: Monday; one dead (singular): no figure; the outlet"),
         E("arrest", None, PL("سويسة", "Suwaysah", "Quneitra"), "2025-08-26", None, ISR,
           note="an incursion with the arrest of one young man (singular: no figure); the residents' resistance is "
                "no clash told"),
         E("statement", None, None, "2025-08-27", "وزارة الخارجية السورية", NEWGOV,
           note="a condemnation by a named ministry: a statement; no place named; the page's date")])

passage("if20", "2025-11-28", "Zarab", "Israeli raid on Beit Jinn told by four sources, an incursion, fire on civilians | "
        "page: https://www.zarab.net/news65315.html",
        "سوريا.. قوات إسرائيلية تتوغل في ريف درعا وتطلق النار على مدنيين في ريف القنيطرة\n"
        "ذكرت وسائل إعلام سورية يوم الجمعة 28 نوفمبر 2025 أن قوة إسرائيلية توغلت في منطقة حوض اليرموك بريف درعا. وفي "
        "السياق، أفادت وكالة الأنباء السورية (سانا) بأن قوات إسرائيلية فتحت النار باتجاه مدنيين في الحميدية، إحدى قرى ريف "
        "القنيطرة. ويأتي ذلك بعدما قُتل 13 شخصاً بقصف إسرائيلي طال بيت جن في ريف دمشق فجر الجمعة، تزامناً مع دخول "
        "دورية عسكرية إسرائيلية إلى البلدة. وبحسب تلفزيون سوريا، فإن مروحيات الجيش الإسرائيلي ومدافعه قصفت بيت جن، "
        "البلدة الممتدة على منحدرات جبل الشيخ جنوب غرب دمشق. وبيّن تلفزيون سوريا أن القصف أعقب مواجهات بين السكان ودورية "
        "إسرائيلية دخلت بيت جن واعتقلت فيها 3 شبان، ثم خرجت منها وتمركزت على تلة باط الوردة عند أطراف البلدة. ونزح أهالٍ من "
        "بيت جن نحو القرى المجاورة بسبب الهجوم الإسرائيلي، وفق المصدر نفسه. من جهته، قال الجيش الإسرائيلي إن قوات من لواء "
        "الاحتياط 55، التابع للفرقة 210، نفذت ليلاً عملية في بيت جن بهدف اعتقال مطلوبين، وإنها تعرضت لإطلاق نار خلالها "
        "فردّت بنيران مدعومة من الجو، ما أدى إلى إصابة ضابطين وجندي احتياط بجروح خطيرة وجندي آخر بجروح متوسطة.",
        [E("other", None, PL("حوض اليرموك", "Yarmouk Basin", "Daraa"), "2025-11-28", "وسائل إعلام سورية", ISR,
           note="a ground incursion with no act told (no clash, arrest or fire): `other`; a second coder may leave it "
                "uncoded"),
         E("casualties", None, PL("الحميدية", "Al-Hamidiyah", "Quneitra"), "2025-11-28", "وكالة الأنباء السورية", ISR,
           note="a known force firing on civilians outside a protest: casualties (ACLED's attack on civilians); no "
                "victims numbered"),
         E("airstrike", Q("13", 13), PL("بيت جن", "Beit Jinn", "Rif Dimashq"), "2025-11-28", "تلفزيون سوريا", ISR,
           note="helicopters and artillery on the town, one bombardment with its 13 dead (a second coder may split a "
                "shelling event); Syria TV's next sentence returns to it"),
         E("armed_clash", None, PL("بيت جن", "Beit Jinn", "Rif Dimashq", nth=2), "2025-11-28", "تلفزيون سوريا", ISR,
           note="the residents' fight with the patrol before the bombardment; the Israeli army's telling (fired upon, "
                "returned fire with air support, soldiers wounded) is this clash and the bombardment from the other "
                "side, no new event"),
         E("arrest", Q("3", 3, nth=1), PL("بيت جن", "Beit Jinn", "Rif Dimashq", nth=2), "2025-11-28", "تلفزيون سوريا", ISR,
           note="the patrol's arrest of three young men; the army's «operation to arrest wanted men» is it"),
         E("other", None, PL("بيت جن", "Beit Jinn", "Rif Dimashq", nth=3), "2025-11-28", "تلفزيون سوريا", None,
           note="the residents' displacement to nearby villages («وفق المصدر نفسه»: Syria TV)")])


def main() -> None:
    write("gold67.jsonl", P67)


if __name__ == "__main__":
    main()
