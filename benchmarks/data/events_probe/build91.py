"""Build gold91.jsonl: development set 91 (ids kr01…), written in stop 36 by writer w91 BEFORE any run on it.

WHOLE ARTICLES paraphrased from real pages: each passage is the paraphrase of one real Arabic news page found in
the search tool's `pages` corpus (as much of the page as the corpus shows, about 1,500 characters: headline line,
lead, details), 2011-2025, many outlets and subjects (air strikes with a civil-defence breakdown, tribal fighting
in Deir ez-Zor, Friday protests fired on, Israeli and Turkish strikes, monthly arrest tallies, HTS and ISIS
fronts, evacuations, kidnappings, settlements, 2025 security campaigns). The page's incidents, their order,
places, figures, dates, sources and their attribution, hedges and background are kept; every sentence was
rewritten (no run of five words is shared with the page, names aside, checked by script against the page text
kept outside the repository); personal names of private people were changed. The page's address is in each
passage's `style`. Where the page shows no date, the publication date was inferred from the events it reports
(said in `style`). The gold was written with the passages, before marsad was run on them (nobody but the lead
runs it). Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build91.py      # rewrites gold91.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402
from build import HEZ  # noqa: E402

P91: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P91.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


def nth(text: str, surface: str, ctx: str, k: int = 0) -> int:
    """Which occurrence of `surface` is the one inside the k-th occurrence of `ctx` (for Q/PL's nth)."""
    t = text.strip()
    p = -1
    for _ in range(k + 1):
        p = t.index(ctx, p + 1)
    p += ctx.index(surface)
    n, q = 0, t.find(surface)
    while q != p:
        n, q = n + 1, t.find(surface, q + 1)
    return n


# ---------------------------------------------------------------------------------------------------------------
T = ("أربعة قتلى مدنيين في غارات روسية على جنوب إدلب\n"
     "لقي أربعة مدنيين حتفهم، ثلاثة منهم أفراد أسرة واحدة، وجُرح غيرهم صباح اليوم الخميس، في غارات شنتها مقاتلات "
     "روسية على أحياء سكنية في ريف إدلب الجنوبي. وذكرت مصادر في الدفاع المدني أن مقاتلة يُرجَّح أنها من سلاح الجو "
     "الروسي قصفت منازل السكان في خان شيخون، فقتلت رجلاً مع زوجته وابنتهما الصغيرة، وجرحت طفلاً آخر من "
     "العائلة نفسها. وتابعت المصادر أن غارة من النوع ذاته طالت قرية ترعي المجاورة لخان شيخون، فسقط فيها مدني قتيلاً "
     "وجُرح غيره، وتضررت المرافق العامة. كما أغار الطيران الروسي على بلدة الهبيط في الريف الجنوبي لإدلب فأصاب أربعة "
     "مدنيين بجروح، في حين رمت مروحيات النظام براميل متفجرة على بلدة التمانعة أوقعت جرحى بين الأهالي. وامتد القصف "
     "إلى أطراف معرة النعمان حيث تهدمت بيوت للسكان، بينما أصابت غارات مدينة كفرنبل وألحقت الضرر بشبكات الماء "
     "والهاتف والكهرباء. ويجيء هذا القصف في اليوم الثالث من تصعيد تشنه طائرات النظام وروسيا على ريفي إدلب وحماة، "
     "في أعقاب هجوم عسكري.")
R = "مصادر في الدفاع المدني"
passage("kr01", "2017-09-21", "Micro Syria", "a day's strikes on southern Idlib told place by place from civil defence sources; "
        "page: https://microsyria.com/2017/09/21/قتلى-مدنيين-في-قصف-على-إدلب/", T,
        [E("airstrike", Q("ثلاثة", 3), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2017-09-21", R, RUS,
           note="the lead's four dead are the sum of the listed strikes (3 in Khan Shaykhun + 1 in Tar'i): no event of "
                "their own (stop 34); the family of three the lead numbers is the man, wife and daughter killed in Khan "
                "Shaykhun, so «ثلاثة» is this strike's figure (a second coder may leave it null)"),
         E("airstrike", None, PL("ترعي", "Tar'i", "Idlib"), "2017-09-21", R, RUS,
           note="«غارة من النوع ذاته» = a Russian strike; one civilian killed (singular: no figure)"),
         E("airstrike", None, PL("الهبيط", "Al-Hbeit", "Idlib"), "2017-09-21", R, RUS,
           note="four wounded only: the injured are never the figure; source carried (an act of the kind the report told)"),
         E("airstrike", None, PL("التمانعة", "Al-Tamanah", "Idlib"), "2017-09-21", R, GOV,
           note="barrel bombs from regime helicopters, wounded only"),
         E("airstrike", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2017-09-21", R, None,
           note="«وامتد القصف» goes on with the day's air raids: damage only; who struck is not said"),
         E("airstrike", None, PL("كفرنبل", "Kafr Nabl", "Idlib"), "2017-09-21", R, None,
           note="raids damaging the networks; the escalation's third day is background, no event")])

T = ("الدفاع المدني: 16 مدنياً قضوا بقصف على ريف إدلب في يوم واحد\n"
     "قُتل ستة عشر مدنياً، بينهم امرأة، وجُرح 7 آخرون يوم أمس الأحد، بقصف نفذته طائرات النظام وروسيا على قرى وبلدات "
     "في ريفي إدلب الجنوبي والشرقي. وأوضح الدفاع المدني، في ما نشره عبر حساباته الرسمية، أن 6 مدنيين فقدوا حياتهم "
     "وأصيب اثنان حين رمت قوات الأسد والقوات الروسية بصواريخ عدة مدينة معرة النعمان والطريق الرئيسية التي يسلكها "
     "النازحون. وفي بلدة تلمنس قضى 6 مدنيين آخرين إثر ثماني غارات نفذتها مقاتلات روسية على بيوت الأهالي، بينما لقي "
     "3 حتفهم، إحداهم امرأة، بقصف مشابه طال بلدة الدير الشرقي في ريف إدلب. أما في خان السبل فقد جُرح 5 مدنيين بعدما "
     "ضربت طائرات النظام وروسيا منازل ومركبات للنازحين على الطريق الدولي (الأوتوستراد). وأحصى الدفاع المدني قصف 16 "
     "منطقة بـ57 غارة، منها 19 نفذها الطيران الروسي، إلى جانب 20 برميلاً متفجراً و43 صاروخاً، ثلاثة منها من طراز "
     "أرض-أرض، و120 قذيفة مدفعية. وطال القصف سراقب ومرديخ في الريف الشرقي، ومعرة النعمان والتح وخان السبل والدير "
     "الشرقي والدير الغربي والهلبة وتلمنس وتقانة ومعيصرونة وحنتوتين في الريف الجنوبي، وبلدات أخرى.")
passage("kr02", "2019-12-23", "Al-Mohrar Media", "civil defence day toll with per-town incidents and a count of munitions; "
        "published date inferred from the events (page shows none; «أمس الأحد»); page: https://almohrarmedia.net/?p=29037", T,
        [E("airstrike", Q("ستة عشر", 16), PL("إدلب", "Idlib", "Idlib", nth=nth(T, "إدلب", "ريفي إدلب الجنوبي")), "2019-12-22",
           "الدفاع المدني", None, kind="aggregate",
           note="the day's toll (16) is more than the listed incidents (6+6+3=15), so an aggregate beside them (stop 34); "
                "it names one cause (air bombardment by regime and Russian aircraft): airstrike; the headline's civil "
                "defence is its source; the seven wounded are not the figure"),
         E("shelling", Q("6", 6, nth=nth(T, "6", "أن 6 مدنيين")), PL("معرة النعمان", "Maarat al-Numan", "Idlib"),
           "2019-12-22", "الدفاع المدني", GOV, note="rockets by regime and Russian forces: shelling (missile attack)"),
         E("airstrike", Q("6", 6, nth=nth(T, "6", "قضى 6 مدنيين")), PL("تلمنس", "Telmenes", "Idlib"), "2019-12-22",
           "الدفاع المدني", RUS, note="eight Russian raids; the dead are the figure"),
         E("airstrike", Q("3", 3, nth=nth(T, "3", "3 حتفهم")),
           PL("الدير الشرقي", "Al-Dayr al-Sharqi", "Idlib", nth=0), "2019-12-22", "الدفاع المدني", RUS,
           note="«قصف مشابه» of the Russian raids just told"),
         E("airstrike", None, PL("خان السبل", "Khan al-Subul", "Idlib"), "2019-12-22", "الدفاع المدني", GOV,
           note="five wounded only: no figure; regime and Russian aircraft (agent the regime, a second coder may name Russia)"),
         E("airstrike", Q("57", 57), None, "2019-12-22", "الدفاع المدني", None, kind="aggregate",
           note="the civil defence's count of the day's munitions over 16 areas: an aggregate of strikes (57 raids; "
                "barrels, rockets and shells are its breakdown); the list of places after it is its breakdown, not "
                "events")])

T = ("مواجهات متقطعة بين العشائر و«قسد» في ريف دير الزور\n"
     "دارت السبت مواجهات في مناطق من شرق سوريا بين مقاتلين من العشائر وعناصر «قسد»، تزامناً مع حظر للتجول أعلنته "
     "الأخيرة في المنطقة. وكان القتال قد اشتعل مطلع الأسبوع في بلدات بالريف الشرقي لمحافظة دير الزور، إثر إقالة "
     "«قسد»، التي تدعمها واشنطن، القائدَ العام لمجلس دير الزور العسكري. وقالت مصادر محلية إن الهدوء يخيّم على معظم المنطقة "
     "اليوم السبت بعدما خفّت حدة المعارك، غير أن 3 قرى لا تزال تشهد تبادلاً لإطلاق النار على فترات. وخلّفت "
     "المواجهات خلال قرابة أسبوع 48 قتيلاً من المقاتلين على الجانبين، إضافة إلى 6 مدنيين. ويقطن محافظة دير الزور "
     "أغلبية ساحقة من العرب، وتتوزع فيها عشرات العشائر العربية، فيما تبسط «قسد» سيطرتها على الضفة الشرقية من "
     "الفرات، النهر الذي يشطر المحافظة إلى شطرين. وكانت العشائر قد أعلنت النفير العام في قتالها ضد «قسد» بدير الزور، إذ "
     "دعا إبراهيم عبود جدعان الهفل، شيخ مشايخ العكيدات، كل القبائل والعشائر في ريف دير الزور إلى رص الصفوف "
     "وتوحيد الموقف في وجه ما وصفه بسياسات ممنهجة تطال أبناء العشائر بالأسر والقتل، نساءً وأطفالاً، في إشارة منه "
     "إلى الحملة التي تشنها «قسد» هناك.")
passage("kr03", "2023-09-02", "Al-Nour", "tribal fighting in Deir ez-Zor: today's clashes from local sources, a week's toll, "
        "a curfew, a sheikh's call; page: https://www-staging.alnour.com.lb/news/security/595430/"
        "اشتباكات-متقطعة-في-ريف-دير-الزور-بين-قسد-والعشائر", T,
        [E("armed_clash", None, PL("ريف دير الزور", "Deir ez-Zor countryside", "Deir ez-Zor"), "2023-09-02", "مصادر محلية",
           TRIBES, note="today's clashes (the lead) and the local sources' three villages still fighting are one telling; "
                        "the villages are not named, so the headline's region is the place; «3 قرى» is no figure of "
                        "the act"),
         E("statement", None, None, "2023-09-02", "قسد", SDF,
           note="the curfew the SDF announced in the area (a bare decision by a named body coded as a statement, as "
                "stop 35's writers did); no place finer than 'east Syria'"),
         E("armed_clash", Q("48", 48), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=nth(T, "دير الزور", "لمحافظة دير الزور")),
           None, None, TRIBES, kind="aggregate",
           note="running toll of the week's fighting (one cause: clashes), fighters of both sides 48, plus six civilians "
                "(no total written: the first figure); period about a week to 2023-09-02; the start of the fighting "
                "early in the week is this aggregate's recall; the commander's dismissal is not coded"),
         E("statement", None, PL("ريف دير الزور", "Deir ez-Zor countryside", "Deir ez-Zor", nth=1), None,
           "إبراهيم عبود جدعان الهفل", TRIBES,
           note="the sheikh's call to all tribes (the tribes' general mobilisation is the same call): a named person's "
                "call is a statement (stop 32); a recall with no day")])

T = ("احتقان في دير الزور إثر مقتل شخصين خلال مداهمة لـ«قسد»\n"
     "تعيش أرياف محافظة دير الزور حالة من التوتر المتزايد مع عودة المواجهات بين عناصر «قسد» ومقاتلين من العشائر "
     "العربية، بعدما قتلت «قسد» شخصين خلال اقتحامها منزلهما في غرب دير الزور، الأمر الذي دفع مقاتلي العشائر إلى "
     "الاستنفار إثر إعلان إبراهيم الهفل، شيخ قبيلة العكيدات، النفير العام. وذكرت شبكات ومنصات إعلامية في المنطقة "
     "الشرقية أن ما يسمى «جهاز مكافحة الإرهاب» (HAT) الذي يتبع «قسد» اقتحم بيتاً في بلدة الكسرة بالريف الغربي لدير "
     "الزور، فقُتل شخصان، أحدهما أخ لشيخ عشيرة المناصرة المنضوية في قبيلة البكارة. وانتشر على منصات التواصل تسجيل "
     "صوتي للهفل يعلن فيه النفير العام ويؤكد وقوفه مع قبيلة البكارة بعد مقتل سالم الحمود وفراس العبيد بنيران دورية "
     "عسكرية لـ«قسد» في الكسرة، كما ظهر في مقطع مصور محاطاً بمقاتلين من العشائر. وبالتوازي مع ذلك، أعلن أبناء قبيلة "
     "البكارة في دير الزور بدورهم النفير العام في وجه «قسد» عقب مقتل الشخصين، وأعقب ذلك هجوم شنه مقاتلون من "
     "العشائر على مقار لـ«قسد» في ريف دير الزور.")
D4 = "2023-11-20"
passage("kr04", D4, "Al-Mohrar Media", "a raid's two dead, two tribal calls to arms, an attack on SDF posts; published date "
        "inferred (page shows none; after the tribal fighting of late summer 2023, approximate); page: "
        "https://almohrarmedia.net/توتّرٌ-في-ديرِ-الزورِ-بعدَ-مقتلِ-شخصين", T,
        [E("casualties", None, PL("الكسرة", "Al-Kasrah", "Deir ez-Zor"), D4,
           "شبكات ومنصات إعلامية في المنطقة الشرقية", SDF,
           note="an SDF unit killed two people while storming their house: a known force killing people outside a fight "
                "(ACLED attack, stop 30's call); lead, body and the audio's recall are one incident; «شخصين» is a dual "
                "(no figure); undated: the publication day"),
         E("statement", None, None, D4, "إبراهيم الهفل", TRIBES,
           note="al-Hafl's general mobilisation (lead and the audio recording: one call)"),
         E("statement", None, None, D4, "أبناء قبيلة البكارة", TRIBES,
           note="the Baggara tribe's own call to arms against the SDF: a second body's announcement"),
         E("armed_clash", None, PL("ريف دير الزور", "Deir ez-Zor countryside", "Deir ez-Zor"), D4, None, TRIBES,
           note="the tribesmen's attack on SDF posts; the lead's 'renewed clashes' is the same fighting, not a second "
                "event")])

T = ("ناشطون: 14 قتيلاً برصاص الأمن في «جمعة بشائر النصر»\n"
     "قال ناشطون حقوقيون إن أربعة عشر مدنياً، أحدهم طفل، لقوا حتفهم اليوم وأصيب غيرهم بنيران قوات الأمن، بينما خرجت "
     "مظاهرات في مدن سورية عدة استجابة لنداء ناشطين إلى ما سموه «جمعة بشائر النصر». وبحسب المرصد السوري لحقوق "
     "الإنسان، سقط عشرة قتلى في ريف درعا حين استخدمت قوات الأمن الذخيرة الحية لفض المظاهرات: خمسة في مدينة غباغب "
     "بينهم طفل، وأربعة في الحراك، وواحد في إنخل، فضلاً عن قتيل في حرستا بريف دمشق. وأفاد ناشط آخر من حمص، وسط "
     "البلاد، بأن ثلاثة قتلوا في المدينة، واحد في كل من أحياء القرابيص وبابا عمرو وجوبر. وأشار الناشطون كذلك إلى "
     "إصابة خمسة محتجين بنيران الأمن في جنوب سوريا، إذ قال المرصد إن رجال الأمن فتحوا النار بالذخيرة الحية على محتجين "
     "بجوار المسجد العمري ببلدة إنخل بريف درعا، جنوبي البلاد، فجرحوا خمسة منهم. وأضاف المرصد أن مظاهرات تطالب "
     "بإسقاط النظام عمّت أغلب أحياء حمص، وكانت أكبرها في حي الخالدية حيث تجمّع ما يقارب عشرين ألفاً. وفي اللاذقية، غرب "
     "البلاد، انطلق المصلون بمظاهرة من جامع الفتاحي، وفق المرصد، لكن مجموعات الشبيحة سارعت إلى مهاجمتها وتفريقها.")
R = "المرصد السوري لحقوق الإنسان"
passage("kr05", "2011-08-19", "Anba (anbacom, via sauress)", "a Friday of protests: rights activists' national toll, SOHR's "
        "town tolls, an activist in Homs; published date inferred from the Friday's name (page shows none); page: "
        "https://sauress.com/anbacom/13779", T,
        [E("protest", Q("خمسة", 5), PL("غباغب", "Ghabaghib", "Daraa"), "2011-08-19", R, PROT,
           note="fire on the protest: the town's dead are its fatalities (stop 34: a place's own toll tied to fire on a "
                "protest there is its own event); the lead's 14 and Daraa countryside's ten are sums of the town "
                "tolls listed (no events of their own)"),
         E("protest", Q("أربعة", 4, nth=nth(T, "أربعة", "وأربعة في الحراك")), PL("الحراك", "Al-Hirak", "Daraa"),
           "2011-08-19", R, PROT),
         E("protest", None, PL("إنخل", "Inkhil", "Daraa"), "2011-08-19", R, PROT,
           note="one dead («واحد», no figure) and, later, SOHR's five wounded near the mosque in Inkhil: the same fire "
                "on the same town's protest, one event (a second coder may split the wounding)"),
         E("protest", None, PL("حرستا", "Harasta", "Rif Dimashq"), "2011-08-19", R, PROT,
           note="one dead («قتيل»): no figure"),
         E("protest", Q("ثلاثة", 3, nth=nth(T, "ثلاثة", "بأن ثلاثة قتلوا")), PL("حمص", "Homs", "Homs", nth=nth(T, "حمص", "من حمص، وسط")),
           "2011-08-19", "ناشط آخر", PROT,
           note="three killed in the city, one in each of three quarters: one act over three quarters, coded at the city"),
         E("protest", Q("ما يقارب عشرين ألفاً", 20000, approx=True), PL("الخالدية", "Al-Khalidiya", "Homs"), "2011-08-19",
           "المرصد", PROT, note="Homs's largest protest; the crowd is the figure; source carried over «وأضاف المرصد»"),
         E("protest", None, PL("اللاذقية", "Latakia", "Latakia"), "2011-08-19", "المرصد", PROT,
           note="worshippers' protest from a mosque (landmark: placed at the city), broken up by shabiha")])

T = ("إسرائيل تضرب مواقع في سوريا بخمس غارات\n"
     "نقلت القناة الرسمية الإسرائيلية عن مصادر لم تسمها أن سلاح الجو نفذ 5 غارات على أهداف داخل الأراضي السورية "
     "ليل أمس وحتى فجر اليوم، وأوضحت المصادر نفسها أن من بين الأهداف مركزاً لتطوير أسلحة الدمار الشامل في مصياف "
     "بمحافظة حماة.\n"
     "قصف على مصياف\n"
     "وكانت وسائل إعلام سورية قد أفادت في وقت سابق، نقلاً عن مديرية الصحة في حماة، بأن القصف الإسرائيلي على مصياف "
     "الواقعة بريف حماة وسط البلاد أوقع 5 قتلى و19 جريحاً، في حين تحدث التلفزيون السوري الرسمي عن حريق ضخم شبّ "
     "في حير عباس، إحدى مناطق ريف حماة، بسبب «العدوان الإسرائيلي».\n"
     "محيط المدينة\n"
     "وأفادت وسائل الإعلام الرسمية السورية بأن «عدواناً إسرائيلياً» طال محيط مصياف وأن الدفاعات الجوية اعترضت عدداً "
     "من الصواريخ، مشيرة إلى أن الضربات أصابت مركز البحوث العلمية ومعامل الدفاع في جوار المدينة.\n"
     "ضربات على مواقع عسكرية وحيوية\n"
     "وانطلق الهجوم قرابة الساعة 23:20 ليلاً، إذ قالت مصادر عسكرية سورية إن مقاتلات إسرائيلية رمت صواريخها من فوق "
     "شمال غرب لبنان باتجاه عدد من المواقع العسكرية في المنطقة الوسطى، ورغم اعتراض الدفاعات الجوية لكثير منها فإن "
     "بعضها بلغ أهدافه.")
passage("kr06", "2024-09-09", "Tahia Masr", "one night's Israeli strikes told by Israeli channel sources, Hama health "
        "directorate via Syrian media, state TV and Syrian military sources; page: https://tahiamasr.com/880662", T,
        [E("airstrike", Q("5", 5, nth=nth(T, "5", "أوقع 5 قتلى")), PL("مصياف", "Masyaf", "Hama"), "2024-09-08",
           "مديرية الصحة في حماة", ISR,
           note="the five raids, the Masyaf toll, the fire at Hir Abbas, the research centre hit and the missiles from "
                "over Lebanon at 23:20 are one night's attack on the Masyaf area: one event (a coder coding by location "
                "might add Hir Abbas); the figure is the dead (not the five raids, not the 19 wounded); source the health "
                "directorate the Syrian media relayed (stop 34: the relayed one); started 23:20 the night before "
                "publication")])

T = ("الشبكة السورية توثق 209 حالات اعتقال في تموز\n"
     "رصدت «الشبكة السورية لحقوق الإنسان» في مختلف أنحاء سوريا 209 حالات اعتقال طوال تموز/يوليو المنصرم، من بينها 17 "
     "لاجئاً أوقفتهم قوات النظام فور رجوعهم من لبنان. وصار 157 من المعتقلين في عداد المختفين قسرياً، 106 منهم داخل "
     "سجون النظام، بينهم طفل وامرأة، و43 في المناطق التي تسيطر عليها «قسد». وجاءت حلب، الخاضعة لسلطة النظام، في "
     "صدارة المحافظات من حيث أعداد المعتقلين، تبعتها ريف دمشق ثم حمص فدير الزور ثم دمشق فالحسكة. وشنت قوات النظام "
     "حملات اعتقال كبيرة بمحافظتي ريف دمشق وحماة طالت العشرات ممن سبق أن أجروا «تسوية أمنية»، بحجة تخلفهم عن «الخدمة "
     "الإلزامية». وكانت الشبكة قد وثقت في تموز الماضي توقيف 1236 شخصاً على الأقل في النصف الأول من العام "
     "الجاري. ويتحمل نظام الأسد، وفق أرقامها، المسؤولية عن نحو 88% من مجمل حالات الاعتقال، إذ أوقف 549 شخصاً في الأشهر "
     "الستة الأولى من 2024، من بينهم 14 امرأة و8 أطفال.")
R = "«الشبكة السورية لحقوق الإنسان»"
passage("kr07", "2024-08-02", "Eye of Euphrates", "SNHR's monthly arrest tally with its breakdowns and a half-year tally; "
        "page: https://eyeofeuphrates.com/ar/news/2024/08/02/11679", T,
        [E("arrest", Q("209", 209, nth=1), PL("سوريا", "Syria"), "2024-07", R, None, kind="aggregate",
           note="July's tally (period 2024-07); the 17 refugees, the 157 disappeared and the ranking of governorates are "
                "its breakdown, not events"),
         E("arrest", Q("العشرات", 20, 90, approx=True), PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq", nth=1), "2024-07", "الشبكة",
           GOV, kind="aggregate",
           note="the regime's wide arrest campaigns over the month in Rif Dimashq and Hama (two places, one telling; "
                "coded at the first) against settled men accused of dodging service: told as acts of their own, so "
                "coded (a second coder may count them inside the 209); source carried (the report goes on)"),
         E("arrest", Q("1236", 1236, None, True), None, "2024-07", "الشبكة", None, kind="aggregate",
           note="the half-year tally (period 2024-01..2024-06), published in July; the regime's 549 is its breakdown")])

T = ("«تحرير الشام» تعتقل رجلاً مع أسرته في إدلب بتهمة الانتماء لتنظيم «الدولة»\n"
     "أفاد ناشطون محليون اليوم الجمعة بأن «هيئة تحرير الشام» ألقت القبض على رجل وأفراد عائلته في بلدة بجنوب إدلب، في "
     "شمال سوريا، متهمة إياه بالانضمام إلى «خلية نائمة» يديرها تنظيم «الدولة الإسلامية». وبيّن الناشطون أن مقاتلي "
     "الهيئة داهموا صباحاً منزله الواقع في قرية معرة حرمة، التي تبعد 45 كم جنوبي مدينة إدلب، وأوقفوه بعد تبادل لإطلاق "
     "النار معه، ثم اقتادوا زوجته وابنه أيضاً، وصادروا ما كان يملكه من سلاح وذخيرة. ولفت الناشطون إلى أنها أول مرة "
     "تعتقل فيها الهيئة ذوي أحد «المشتبه بهم»، بعدما اقتصرت في مداهمات سابقة على توقيف الرجال وحدهم. وكانت «تحرير "
     "الشام» قد أطلقت في بداية تموز الماضي «حملة أمنية» طالت مقرات و«أوكاراً لخلايا نائمة» تابعة للتنظيم، واعتقلت "
     "خلالها عشرات من عناصره وخمسة من قيادييه، وكشفت كذلك خلايا أخرى تعمل لصالح قوات النظام. وتعرضت محافظة إدلب "
     "لانفجارات عدة بعبوات ناسفة، استهدف أغلبها قادة عسكريين في «تحرير الشام» و«حركة أحرار الشام الإسلامية»، وقتل "
     "بعضها مدنيين وجرح آخرين، وأعقبتها حملة اعتقالات شنتها الحركة في مناطق مختلفة للاشتباه بوجود «خلايا نائمة» "
     "للتنظيم.")
passage("kr08", "2017-08-04", "Micro Syria (SMART)", "an HTS arrest from local activists, with the campaign's recall; page: "
        "https://microsyria.com/2017/08/04/تحرير-الشام-تعتقل-رجلا-وعائلته-بإدلب/", T,
        [E("arrest", None, PL("معرة حرمة", "Maarat Hurma", "Idlib"), "2017-08-04", "ناشطون محليون", HTS,
           note="a man, his wife and son: no figure; the exchange of fire before the arrest is part of the raid, not a "
                "clash of its own; 45 km is a distance, not a figure"),
         E("arrest", Q("عشرات", 20, 90, approx=True), None, None, None, HTS, kind="aggregate",
           note="a recall («وكانت … قد»): HTS's campaign since early July arrested dozens of ISIS members and five leaders "
                "(period 2017-07-01..2017-08-04); outlet's own recall, no place given. The IED blasts in Idlib and "
                "Ahrar al-Sham's arrests after them are undated, unplaced recalls with no figure: not coded")])

T = ("قيادي وأربعة عناصر من «قسد» قتلى بضربة مسيّرة تركية في القامشلي\n"
     "مسيّرة تركية تضرب اجتماعاً لقادة في «قسد» بالقامشلي\n"
     "لقي أحد قياديي «قسد» مصرعه اليوم الجمعة بضربة جوية من طائرة تركية مسيّرة استهدفت القامشلي. "
     "وبحسب ما أوضحه مراسل راديو وتلفزيون الكل، فإن الضربة أصابت مقراً عسكرياً لـ«قسد» في الحزام الشرقي من المدينة، "
     "يتجمع فيه قادة وعناصر، في أثناء انعقاد لقاء بين عدد من المسؤولين. وأضاف المراسل أن 4 عناصر قُتلوا مع القيادي "
     "في الضربة نفسها وجُرح آخرون، في حين تتكتم «قسد» بشدة على ما جرى. في المقابل، ذكرت وكالة «هاوار» القريبة من "
     "«قسد» أن 4 من عناصر قوى الأمن الداخلي (الأسايش) قضوا وأصيب غيرهم اليوم حين قصفت مسيّرة تركية مقرهم في "
     "القامشلي. وصعّد الجيش التركي في الآونة الأخيرة عملياته ضد «قسد»، إذ أعلنت وزارة الدفاع التركية قبل أيام "
     "«تحييد» 7 ممن وصفتهم بالإرهابيين في شمال سوريا. وتشدد أنقرة على أنها لن تقبل بأي كيان «إرهابي» في الشمالين "
     "العراقي والسوري مهما كلّفها ذلك، إذ تعدّ «الوحدات» التابعة لـ«حزب الاتحاد الديمقراطي» (PYD)، القوة القائدة لـ«قسد»، الفرع "
     "السوري من «حزب العمال الكردستاني» (PKK) المدرج على قوائم الإرهاب في تركيا وأوروبا والولايات المتحدة.")
passage("kr09", "2024-02-02", "Radio Alkul", "a Turkish drone strike told by the outlet's reporter and by Hawar; a recall of "
        "the Turkish ministry's claim; page: https://radioalkul.com/p471339", T,
        [E("airstrike", Q("4", 4), PL("القامشلي", "Qamishli", "Al-Hasakah"),
           "2024-02-02", "مراسل راديو وتلفزيون الكل", TUR,
           note="headline, lead, reporter and Hawar tell one strike; the dead: a commander and four (stop 34: a singular "
                "joined to a number gives no total), but both the reporter and Hawar write 4 on their own, so 4 (a second "
                "coder may leave it null); the reporter files the story"),
         E("casualties", Q("7", 7), PL("شمال سوريا", "Northern Syria", None, nth=0), None, "وزارة الدفاع التركية", TUR,
           note="recall: the Turkish ministry's claim days ago of 'neutralising' seven in north Syria (no act named: "
                "casualties; a region as place; no day). Ankara's standing position is a habitual stance, not a "
                "statement")])

T = ("سوريا: اتفاق في درعا على بدء تسليم سلاح المعارضة إلى الجيش\n"
     "توصلت لجنة التفاوض عن محافظة درعا، جنوبي سوريا، إلى اتفاق يقضي بالشروع في تسليم السلاح إلى الجيش السوري "
     "وإخضاع من يرغب لتسوية أمنية، على أن يغادر الرافضون للاتفاق نحو محافظة إدلب. وقال عدنان المسالمة، المتحدث الرسمي "
     "للجنة المركزية للتفاوض بدرعا، إن الخطوات العملية لتطبيق خارطة الطريق طُرحت، وتشمل إعداد قائمة بمن سُوّيت "
     "أوضاعهم ومن يرغبون في التسوية، وقائمة بأسماء من سلّموا أسلحتهم ومن عليهم أداء الخدمة الإلزامية، وثالثة بمن "
     "سيغادرون عبر حاجز السرايا. وتقرر، بحسب المسالمة، اعتماد حاجز السرايا معبراً إنسانياً مخصصاً لمن يريد مغادرة "
     "درعا البلد وحدها، على أن يُفتح في الأيام القادمة أمام الخارجين والعائدين على حد سواء. وأكد ناشطون أن حافلات "
     "وصلت إلى حاجز السرايا تحت حماية الشرطة العسكرية الروسية لنقل الراغبين في الخروج من درعا.")
passage("kr10", "2021-08-15", "Yalla News", "a settlement deal told by the negotiators' spokesman; buses waiting; "
        "published date from the page's address (a timestamp); page: https://yallanews.net/1629064560", T,
        [E("agreement", None, PL("درعا", "Daraa", "Daraa"), "2021-08-15", "عدنان المسالمة", FSA,
           note="the deal to hand over weapons, settle or leave for Idlib; the spokesman's next sentence comes back to "
                "it (source carries back); the crossing's opening and the lists are its terms; the buses waiting at the "
                "checkpoint are no evacuation yet (nobody has left): not coded")])

T = ("سبع قرى بريف حلب الجنوبي في قبضة تنظيم الدولة، ومقتل عنصرين من «الدفاع الوطني» بالقلمون\n"
     "استولى تنظيم الدولة، اليوم الجمعة، على عدة قرى في الريف الجنوبي لحلب، وأعلن مقاتلو التنظيم قتل اثنين من عناصر "
     "«الدفاع الوطني» المساند للنظام في منطقة القلمون الشرقي من ريف دمشق. وهاجم التنظيم اليوم بعنف قرى يسيطر عليها "
     "النظام جنوبي حلب، واندلعت على إثر ذلك معارك ضارية مع قوات الأسد فجّر خلالها التنظيم عدة سيارات مفخخة، وانتهت "
     "بسيطرته على سبع قرى إلى الشرق من بلدة خناصر. وفي القلمون الشرقي، قضى عنصران من «درع القلمون» المنضوية في "
     "«الدفاع الوطني»، هما نزار حمدان وعماد السقا، المنحدران من جراجير وقارة، في أثناء القتال ضد التنظيم شرقي مدينة "
     "الضمير. في غضون ذلك، عادت المواجهات على نحو متقطع بالأسلحة الخفيفة والمتوسطة داخل الضمير، بين «جيش الإسلام» "
     "و«قوات الشهيد أحمد العبدو» من طرف، و«رجال الملاحم» و«لواء الصديق» اللذين بايعا التنظيم من طرف آخر، على مقربة "
     "من مطعم الماطرون. يُشار إلى أن التنظيم حاول جاهداً خلال الأيام الماضية انتزاع مواقع استراتيجية في القلمون "
     "الشرقي سعياً إلى توسيع وجوده هناك.\n"
     "المركز الصحفي السوري")
passage("kr11", "2015-10-23", "Syrian Press Center", "a day on two ISIS fronts (southern Aleppo, eastern Qalamoun); "
        "published date inferred from the offensive east of Khanaser (page shows none; «اليوم الجمعة»); page: "
        "https://syrianpc.com/تنظيم-الدولة-يسيطر-على-7-قرى-في-ريف-حلب-و", T,
        [E("territory_change", Q("سبع", 7, nth=nth(T, "سبع", "على سبع قرى")), PL("خناصر", "Khanasir", "Aleppo"), "2015-10-23", None, IS,
           note="seven villages east of Khanaser taken after battles and car bombs (one act: the taking; the battle is "
                "its course); headline and lead tell it too; the villages are the figure (no dead numbered)"),
         E("armed_clash", Q("اثنين", 2), PL("الضمير", "Al-Dumayr", "Rif Dimashq"), "2015-10-23", "مقاتلو التنظيم", IS,
           note="two NDF men killed fighting ISIS east of al-Dumayr; «اثنين» is a numeral (the dual «عنصران» of the body "
                "is the same two); the lead gives ISIS's announcement as the source (a second coder may give the outlet); "
                "the men's home towns are not the place"),
         E("armed_clash", None, PL("الضمير", "Al-Dumayr", "Rif Dimashq", nth=1), "2015-10-23", None, FSA,
           note="Jaysh al-Islam and allies against ISIS-pledged brigades inside al-Dumayr, near a restaurant (a landmark: "
                "the town); ISIS's attempts over past days are an aim, not an event")])

T = ("عشرات القتلى من «داعش» في معارك مع مقاتلي المعارضة بريفي حلب وإدلب\n"
     "لقي عشرات من مسلحي ما يعرف بـ«داعش» («الدولة الإسلامية في العراق والشام») وأنصارهم مصرعهم في مواجهات مع مقاتلي "
     "المعارضة السورية، وفق ما أورده المرصد السوري المعارض. وأبلغ رامي عبد الرحمن، الذي يدير المرصد، وكالة فرانس برس أن 36 "
     "من عناصر التنظيم ومؤيديه سقطوا في القتال الدائر مع فصائل المعارضة في الريف الغربي لحلب والريف الشمالي الغربي لإدلب. "
     "ولفت إلى أن 17 من مقاتلي المعارضة وما يزيد على 5 من عناصر «جبهة النصرة» قُتلوا أيضاً في المعارك نفسها، مضيفاً "
     "أن المقاتلين أسروا 100 عنصر على الأقل من «داعش» خلال الاشتباكات التي تتواصل في المنطقة منذ فجر أمس الجمعة. "
     "وفي بلدة تلمنس بريف إدلب، اقتحم مقاتلو «جبهة ثوار سوريا» مقرات التنظيم واستولوا عليها، فصادروا ما فيها من "
     "سلاح وأسروا عدداً من عناصره. كما انتزع «جيش المجاهدين»، الذي لم يمض على إعلان تأسيسه سوى وقت قصير، قرية الجينة في ريف "
     "حلب الغربي من يد «داعش» بعد قتال عنيف، بحسب المرصد.")
passage("kr12", "2014-01-04", "Al-Manar", "rebels against ISIS, January 2014: SOHR's director to AFP, two takings; "
        "published date inferred («فجر أمس الجمعة», the first days of the rebel offensive); page: "
        "https://archive.almanar.com.lb/article.php?id=700819", T,
        [E("armed_clash", Q("36", 36), PL("الريف الغربي لحلب", "Western Aleppo countryside", "Aleppo"), "2014-01-03",
           "رامي عبد الرحمن", FSA,
           note="one battle told over two regions (west Aleppo and north-west Idlib countryside): coded at the first; no "
                "total of both sides is written, so the first side numbered (36 ISIS); the 17 rebels and 5+ Nusra are "
                "its other sides; the 100 prisoners are part of the fighting; source the director AFP relayed (stop 34); "
                "ongoing since yesterday's dawn"),
         E("territory_change", None, PL("تلمنس", "Telmenes", "Idlib"), "2014-01-04", None, FSA,
           note="the Syrian Revolutionaries Front stormed and took ISIS's HQs in the town: an act of another kind after "
                "the director's telling (outlet); undated: the publication day"),
         E("territory_change", None, PL("الجينة", "Al-Jinah", "Aleppo"), "2014-01-04", "المرصد", FSA,
           note="the Mujahideen Army took the village from ISIS, per SOHR; undated: the publication day")])

T = ("«داعش» يتقدم في ريف حمص ويعلن قتل جنديين أوروبيين بريف الرقة\n"
     "بسط مسلحو تنظيم «الدولة الإسلامية» (داعش) خلال ليل الخميس-الجمعة سيطرتهم على قريتين في الريف الشرقي لحمص، في حين "
     "أعلن التنظيم أنه قتل جنديين أوروبيين في المواجهات مع «قوات سورية الديمقراطية» في ريف الرقة. وقالت وكالة "
     "«أعماق»، الناطقة باسم التنظيم، إن مسلحيه استولوا على قريتي المزار وخطاب، وعلى حواجز عديدة، في محيط بلدة جب "
     "الجراح، بعد معارك مع قوات النظام. وأعلن التنظيم عبر «أعماق» أيضاً أن جنديين غربيين من حملة الجنسيات الأوروبية "
     "قُتلا في القتال الجاري مع «قسد» بالقرب من جعبر، إلى الغرب من مدينة الرقة. وفي حماة، شنت "
     "مقاتلات النظام ومروحياته منذ ساعات الصباح الباكر غارات كثيرة على صوران ومورك والسطيحات، وهي بلدات تسيطر عليها "
     "المعارضة في الريف الشمالي لحماة، ولم تُسجَّل إصابات. بدوره، أفاد الناشط الإعلامي عمر الزعبي «العربي الجديد» بأن "
     "معارك ضارية اندلعت في المساء طرفاها «الجيش السوري الحر» و«جيش خالد بن الوليد»، المتهم بمبايعة «داعش»، عند "
     "مشارف عين ذكر، البلدة الواقعة في الريف الشمالي الغربي لدرعا. وكان قرابة عشرة مدنيين قد قُتلوا أمس جراء قصف بالمدفعية والصواريخ على "
     "مناطق متفرقة من محافظة درعا، حيث تشهد الجبهات فتوراً في القتال.")
passage("kr13", "2016-12-23", "Al-Araby Al-Jadeed (aajsy)", "a round-up of four fronts: Amaq claims, regime raids, an "
        "activist's clash, a recalled toll; page: https://aajsy.com/politics/2016/12/23/"
        "داعش-يتقدم-في-حمص-ومقتل-جنديين-أوروبيين-بريف-الرقة", T,
        [E("territory_change", None, PL("المزار", "Al-Mazar", "Homs"), "2016-12-23", "وكالة «أعماق»", IS,
           note="two villages and checkpoints near Jubb al-Jarrah taken overnight: one act over two villages (group), "
                "coded at the first; lead and Amaq's telling are one"),
         E("armed_clash", None, PL("جعبر", "Jaabar", "Raqqa"), "2016-12-23", "«أعماق»", IS,
           note="ISIS's claim of two European soldiers killed fighting the SDF near Jaabar: the dual «جنديين» gives no "
                "figure; ongoing fighting, dated by the publication day"),
         E("airstrike", None, PL("صوران", "Souran", "Hama"), "2016-12-23", None, GOV,
           note="raids on three towns (one act over a list: group, coded at the first); no casualties"),
         E("armed_clash", None, PL("عين ذكر", "Ayn Dhikr", "Daraa"), "2016-12-23", "عمر الزعبي", FSA,
           note="FSA against the ISIS-linked Khalid ibn al-Walid Army, told by a media activist (name changed); «مساءً» "
                "is not dated more finely"),
         E("shelling", Q("قرابة عشرة", 10, approx=True), PL("درعا", "Daraa", "Daraa", nth=nth(T, "درعا", "محافظة درعا")),
           "2016-12-22", None, None, kind="aggregate",
           note="a recall («وكان … قد»): about ten civilians killed yesterday by shelling of scattered areas of the "
                "province (a toll over an area, one cause: shelling aggregate); who shelled is not said")])

T = ("120 ألفاً غادروا الغوطة الشرقية في ثمانية أيام\n"
     "أوردت تقارير إعلامية سورية أن ما يزيد على 120 ألف شخص خرجوا من مدينة حرستا بالغوطة الشرقية نحو المناطق التي يسيطر "
     "عليها الجيش على مدى 8 أيام. وبدأت الدفعة الثانية من الحافلات تدخل مدينة حرستا، استعداداً لنقل المقاتلين "
     "والمدنيين الذين رفضوا الاتفاق المبرم بين الحكومة السورية و«حركة أحرار الشام الإسلامية» إلى شمال البلاد. في "
     "غضون ذلك، قضى 3 أشخاص في قصف عنيف على مدينة دوما، التي يسيطر عليها «جيش الإسلام» في الجزء الشمالي من الغوطة "
     "الشرقية، لترتفع حصيلة القتلى منذ 18 شباط/فبراير الماضي إلى 1633، من بينهم 327 طفلاً لم يتموا الثامنة عشرة و200 "
     "امرأة. وذكرت الوكالة العربية السورية للأنباء أن مئات المدنيين الذين تقول إن «التنظيمات الإرهابية» كانت تحتجزهم في القسم "
     "الشمالي من الغوطة الشرقية شرعوا في المغادرة عبر الممر المفضي إلى مخيم الوافدين في ريف دمشق، مشيرة إلى أن أكثر "
     "من 2200 مدني «محتجز لدى الإرهابيين» عبروا هذا الممر منذ الصباح. وأضافت الوكالة أن «المجموعات الإرهابية» أطلقت "
     "النار على أسرة من 3 أفراد حين حاولت بلوغ ممر الموارد المائية انطلاقاً من حرستا، فنجت الأم وطفلها ووصلا، بينما "
     "أصيب الأب.")
R = "الوكالة العربية السورية للأنباء"
passage("kr14", "2018-03-23", "Dot Misr", "Eastern Ghouta, March 2018: exits, evacuation buses, Douma's dead and the campaign "
        "toll, SANA's corridor figures; published date inferred (the second batch of buses for Harasta; page shows none); "
        "page: https://dotmsr.com/News/196/1221549/120-ألف-شخص-يخرجون-من-الغوطة-الشرقية-خلال-8-أيام", T,
        [E("other", Q("ما يزيد على 120 ألف", 120000, None, True), PL("حرستا", "Harasta", "Rif Dimashq"), None,
           "تقارير إعلامية سورية", None, kind="aggregate",
           note="exits to army-held areas over eight days (period about 2018-03-15..2018-03-23): displacement, an "
                "aggregate; placed at the origin the text gives"),
         E("other", None, PL("حرستا", "Harasta", "Rif Dimashq", nth=1), "2018-03-23", None, None,
           note="the second batch of buses entering Harasta to take out fighters and civilians who refused the deal: the "
                "evacuation under way (an act of another kind after the media reports: outlet)"),
         E("shelling", Q("3", 3), PL("دوما", "Douma", "Rif Dimashq"), "2018-03-23", None, GOV,
           note="three killed by heavy shelling of Douma; who shelled is not said (the regime's campaign: a second coder "
                "may leave the agent null)"),
         E("casualties", Q("1633", 1633), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq", nth=1), None, None, None,
           kind="aggregate",
           note="the campaign's running toll since 18 February (period 2018-02-18..2018-03-23), no act named: "
                "casualties; children and women are its breakdown"),
         E("other", Q("أكثر من 2200", 2200, None, True), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq", nth=2),
           "2018-03-23", R, None,
           note="civilians leaving the northern sector through the Wafideen corridor since the morning (SANA): "
                "evacuation placed at its origin; the later, fuller figure (more than 2,200) over the 'hundreds'"),
         E("casualties", None, PL("حرستا", "Harasta", "Rif Dimashq", nth=2), "2018-03-23", "الوكالة", FSA,
           note="per SANA, the 'terrorist groups' (the armed factions holding Harasta) shot at a family trying to leave: "
                "a known force firing on civilians (stop 30's ACLED call); the father wounded, no figure (3 is the "
                "family's size)")])

T = ("خطف المدنيين طلباً للفدية يتمدد في درعا\n"
     "تتواصل ظاهرة اختطاف المدنيين بهدف ابتزاز ذويهم بالمال في الاتساع داخل محافظة درعا الخاضعة لسلطة الأسد جنوبي "
     "سوريا، بحسب مصادر محلية. ونقل موقع «درعا 24» أن الجهة التي خطفت الشاب وسيم فايز العلي تشترط دفع سبعة آلاف دينار "
     "أردني لإطلاقه، وذلك بعد أكثر من أسبوع على اختطافه بالقرب من حاجز لقوات الأسد بجوار مبنى الري، على الطريق الرابط بين "
     "اليادودة والمزيريب غربي المحافظة. والمخطوف مدني من أبناء بلدة عتمان ولا يتبع لأي طرف، وقد اتصل "
     "الخاطفون بعائلته بعد أيام من خطفه مطالبين بالمال. وفي حادثة أخرى، لا يزال أنس ماجد المقداد، وهو شاب في العشرين "
     "ابن بلدة نامر في ريف درعا الشرقي، في قبضة خاطفيه منذ 19 آذار، إذ اختفى من مزرعة للدواجن يعمل فيها على الطريق بين نامر "
     "ومدينة الحراك. واستنفرت مجموعات من «اللواء الثامن» على الطرق المؤدية إلى نامر، واحتجزت أشخاصاً عدة من منطقة "
     "اللجاة للاشتباه بصلتهم بعملية الخطف، قبل أن يتضح خلاف ذلك فأُخلي سبيلهم، وآخرهم ثمانية أُطلقوا أمس، في حين "
     "اتصل الخاطفون بعائلة المقداد أمس الثلاثاء. وتطلب العصابة فدية قيمتها 100 ألف دولار، ما يعادل نحو مليار "
     "ونصف المليار ليرة سورية، فيما يطلق ذوو الشاب مناشدات.")
R = "«درعا 24»"
passage("kr15", "2024-03-27", "Halab Today", "kidnappings for ransom in Daraa relayed from Daraa 24; published date inferred "
        "(«أمس الثلاثاء», after 19 March, before December 2024; page shows none); page: "
        "https://halabtodaytv.net/archives/270236", T,
        [E("arrest", None, PL("اليادودة", "Al-Yadudah", "Daraa"), None, R, UNK,
           note="an abduction (coded arrest, as sets 73-87) more than a week ago near a checkpoint on the Yadudah-Muzayrib "
                "road (a road between two places: the first); no day; his home town is not the place; the ransom is no "
                "figure"),
         E("arrest", None, PL("نامر", "Namer", "Daraa", nth=nth(T, "نامر", "الطريق بين نامر")), "2024-03-19", R, UNK,
           note="a second abduction, from a farm on the Namer-Hirak road (the first place), on 19 March; the source "
                "carries (an act of the kind the relayed report told)"),
         E("arrest", None, PL("نامر", "Namer", "Daraa", nth=nth(T, "نامر", "المؤدية إلى نامر")), None, R, None,
           note="the Eighth Brigade held several men from al-Lajat on the roads to Namer on suspicion, then freed them "
                "(«ثمانية» are the last released, not the number held: no figure); no day for the detentions; agent "
                "left null (a local brigade; a second coder may name the government side)")])

T = ("تزايد عمليات الخطف في درعا ومصير مفقودين مجهول\n"
     "ذكرت مصادر محلية أن التواصل انقطع مع الشابين ماهر سليم الجاسم وباسل نواف العودات، وهما من أبناء بلدة الجيزة بريف "
     "درعا الشرقي، في أثناء سفرهما إلى محافظة السويداء. وقال مصدر قريب من الشابين إن الاتصال بهما توقف منذ صباح الجمعة "
     "الماضي، وكانا على دراجة نارية من طراز «جالنك»، لافتاً إلى أن أحداً ما كان يطّلع على الرسائل المرسلة إلى هاتفيهما "
     "من دون أن يجيب. وأضاف المصدر أن مديرية الأمن العام بدرعا أُبلغت بما جرى ووعدت بتعميم مذكرة بحث عنهما، لكن "
     "عائلتيهما لم تحصلا على أي خبر عنهما حتى الآن. وفي سياق متصل، داهمت قوة من الأمن العام وكراً لعصابة خطف في "
     "مدينة نوى بالريف الغربي لدرعا، وحررت الطفل يامن رائد النابلسي، البالغ 15 عاماً، الذي اختُطف وطُلب مقابل إطلاقه "
     "25 ألف دولار، واعتقلت الخاطف رامي فهد السالم، الذي زعم أن الخطف جرى بالتواطؤ مع الطفل نفسه لابتزاز أهله. "
     "وتكررت حوادث الخطف في درعا مؤخراً، إذ خُطف الشاب مهند الزامل في مطلع كانون الثاني وهو في طريقه إلى بلدة نصيب، "
     "ثم أُفرج عنه بعد يومين لقاء فدية، وهو مدني لا ينتمي إلى أي جهة عسكرية.")
passage("kr16", "2025-02-04", "Zaman al-Masdar", "disappearances and kidnappings in Daraa after December 2024, a General "
        "Security raid; published date inferred (early 2025, after «مطلع كانون الثاني»; page shows none); page: "
        "https://zamanmasdar.com/archives/79846", T,
        [E("arrest", None, PL("الجيزة", "Al-Jiza", "Daraa"), "2025-01-31", "مصادر محلية", UNK,
           note="two young men missing on their way to Suwayda, told under a headline of kidnappings: coded as an "
                "abduction (a second coder may not code a lost contact); where they vanished is not said, so their "
                "town; the dual gives no figure; «صباح الجمعة الماضي» = 31 January"),
         E("arrest", None, PL("نوى", "Nawa", "Daraa"), "2025-02-04", None, NEWGOV,
           note="General Security raided a kidnappers' den, freed a boy and arrested the kidnapper (one operation); the "
                "boy's earlier abduction has no day or place of its own: not coded apart; the ransom is no figure"),
         E("arrest", None, PL("نصيب", "Nasib", "Daraa"), "2025-01", None, UNK,
           note="a recall: a young man abducted early January on his way to Nasib, freed two days later for a ransom; "
                "month grain")])

T = ("الأسد يصدر عفواً عاماً عن جرائم فرار العسكريين من الخدمة\n"
     "منح الرئيس السوري بشار الأسد، بمرسوم أصدره، عفواً عاماً يشمل العقوبة كاملة عن جرائم الفرار الداخلي والخارجي التي "
     "ارتكبها عسكريون تركوا الخدمة العسكرية. وجاء في نص المرسوم، الذي بثته اليوم الثلاثاء حسابات الرئاسة السورية على "
     "منصات التواصل، أن العفو يطال كامل العقوبة المقررة للفرار الداخلي وكذلك للفرار الخارجي، كما يحددهما قانون "
     "العقوبات العسكرية (المرسوم التشريعي رقم 61 لسنة 1950) وما طرأ عليه من تعديلات. واستثنى المرسوم المتوارين "
     "عن الأنظار والهاربين من وجه العدالة، ما لم يبادروا إلى تسليم أنفسهم في غضون ثلاثة أشهر إن كان فرارهم داخلياً، "
     "وأربعة أشهر إن كان خارجياً. ويأتي المرسوم بعد مراسيم عفو عديدة أصدرها الأسد منذ انطلاق الأزمة في البلاد منتصف "
     "آذار/مارس 2011، كان آخرها مرسوم خاص بالعسكريين الفارين صدر في أيار/مايو 2021. وتجري الحكومة السورية منذ أشهر "
     "تسويات لأوضاع العسكريين الفارين في دير الزور ودرعا وريف دمشق، وصولاً إلى محافظة الرقة قبل أسبوعين.")
passage("kr17", "2022-01-25", "KSA Players (aggregator)", "a desertion amnesty decree from the presidency's accounts, with "
        "recalls of earlier decrees and settlements; published date inferred (Legislative Decree 3 of 2022, a Tuesday; page "
        "shows none); page: https://ksaplayers.com/Ksahome/NewsDetial/?nid=27179710", T,
        [E("desertion", None, None, "2022-01-25", "الرئاسة السورية", GOV,
           note="the amnesty decree for desertion (amnesties are desertion events); the 3- and 4-month periods are its "
                "terms, not figures of an event; the decree number is a name"),
         E("desertion", None, None, "2021-05", None, GOV,
           note="a recall with its own month: the May 2021 decree for deserters (background; a second coder may leave it "
                "out); the many amnesties since 2011 name no date: not coded"),
         E("desertion", None, PL("الرقة", "Raqqa", "Raqqa"), None, None, GOV,
           note="settlements of deserters' status, reaching Raqqa province two weeks ago (about 2022-01-11; no day "
                "given): coded at Raqqa; the months-long settlements in Rif Dimashq, Daraa and Deir ez-Zor are a running "
                "process told as background, not coded apart (a second coder may code them as a group)")])

T = ("مقتل جنود سوريين في السويداء خلال مواجهات دامية بين الدروز والبدو\n"
     "قضى عدد من أفراد الجيش السوري، يوم الاثنين، في أثناء محاولتهم وقف معارك عنيفة نشبت في السويداء، المحافظة الواقعة "
     "جنوب البلاد، وهي من أعنف جولات العنف التي تعرفها المنطقة منذ شهور، بحسب ما نقلته وكالة الأنباء الرسمية "
     "«سانا». وأوضحت الوكالة أن الجنود لقوا حتفهم وهم ينتشرون لإنهاء الاقتتال وحماية السكان، وأن «مجموعات خارجة عن "
     "القانون» هي التي هاجمتهم، في حين تحدثت مصادر محلية عن أربعة قتلى على الأقل من الجيش في العملية. وفي بيان "
     "أصدرته، عبّرت وزارة الدفاع السورية عن «بالغ الحزن والقلق» مما آلت إليه الأمور في السويداء خلال اليومين "
     "الأخيرين، مشيرة إلى أن المعارك خلّفت ما يزيد على ثلاثين قتيلاً ونحو مئة جريح، أغلبهم مدنيون، في بلدات وأحياء "
     "عدة. وقالت الوزارة إنها شرعت، بالتنسيق مع وزارة الداخلية، في نشر وحدات عسكرية مختصة للفصل بين المتقاتلين وفتح "
     "ممرات آمنة للأهالي، معتبرة أن «الفراغ المؤسساتي» الذي رافق اندلاع المواجهات فاقم الفوضى وأعاق دخول القوات "
     "النظامية. وكانت شرارة القتال قد انطلقت بين مسلحين دروز وآخرين من البدو.")
passage("kr18", "2025-07-14", "Strategia News", "Suwayda, July 2025: SANA on soldiers killed, local sources' figure, the "
        "defence ministry's statement with a two-day toll and a deployment; page: https://strategianews.net/?p=58893", T,
        [E("armed_clash", Q("أربعة", 4, None), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-14",
           "وكالة الأنباء الرسمية", UNK,
           note="soldiers killed by 'outlaw groups' while deploying: SANA tells it with no number, local sources give «أربعة "
                "… على الأقل» (the only figure written: low 4, open); source SANA, who tells the incident (a second "
                "coder may give the local sources); attackers unnamed"),
         E("armed_clash", Q("ما يزيد على ثلاثين", 30, None), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), None,
           "وزارة الدفاع السورية", None, kind="aggregate",
           note="the two days' toll of the Druze-Bedouin fighting (period 2025-07-13..2025-07-14), one cause (clashes): "
                "armed_clash aggregate; the hundred wounded are not the figure; the ministry's grief is a reaction "
                "inside its telling, not a statement event"),
         E("reinforcement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2025-07-14", "الوزارة", NEWGOV,
           note="specialised units deployed with the interior ministry to separate the sides and open corridors")])

T = ("من البوق إلى الرشاش: عازف منشق يقاتل رفاق الأمس في حلب\n"
     "قبل بضعة أشهر كان يوسف قطان ينفخ في بوقه ضمن فرقة الموسيقى التابعة للجيش السوري، أما اليوم فيحمل رشاشاً من نوع "
     "«إيه-كي 47» ويقاتل في صفوف الجيش السوري الحر رفاقاً سابقين له ما زالوا على ولائهم لنظام الرئيس بشار الأسد. "
     "ويروي يوسف (24 عاماً) في حديث إلى وكالة فرانس برس من مدينة حلب، كبرى مدن الشمال التي تدور فيها منذ تموز/يوليو مواجهات "
     "يومية بين القوات النظامية والمجموعات المعارضة المسلحة، أنه أمضى سنتين عازفاً في الفرقة العسكرية، وهو اليوم بين "
     "رفاق جدد يقاتل بسلاح حربي من كانوا رفاقه بالأمس. ويتابع أن راتبه في الجيش كان مئة دولار شهرياً، لكن الضابط "
     "المسؤول عنه كان يقتطع جزءاً كبيراً منه لنفسه، وأنه تحمّل بنفسه نفقات علاجه حين مرض. وظل صابراً على ذلك إلى أن "
     "شاهد رفاقه يغتصبون مدنيين ويسرقونهم، فعزم على الانشقاق. وطوال ستة أشهر بعد ذلك القرار لم يغادر الشاب السني "
     "موقعه خشية أن يثير الريبة فيُقتل، حتى تمكن من التواصل عبر سكايب مع مازن سعيد، المقاتل المعارض في حلب. وخلال "
     "أيلول/سبتمبر، وبتوجيه من سعيد، دفع خمسين دولاراً لضابط سوري كي يأذن له بمغادرة القاعدة لزيارة أهله، ويقول إن "
     "مازن ومقاتلين آخرين كانوا في انتظاره حين خرج منها.")
passage("kr19", "2012-11-20", "Nawaret (AFP feature)", "an AFP feature on one defector told in his own words; published "
        "date inferred (autumn 2012, after the September defection; page shows none); page: https://nawaret.com/?p=470423", T,
        [E("defection", None, PL("حلب", "Aleppo", "Aleppo", nth=nth(T, "حلب", "مدينة حلب، كبرى")), "2012-09", "يوسف قطان", GOV,
           note="one soldier (a bandsman, name changed) defected in September by bribing an officer to leave his base "
                "and joining the FSA: no figure; the base is not named, the story is told from Aleppo and his contact "
                "there met him, so Aleppo (a second coder may leave the place null); his own telling relayed by AFP. "
                "The daily fighting in Aleppo since July is a state; the abuses he saw are undated and unplaced: not "
                "coded")])

T = ("ريف دمشق: الجيش يقتل مرتزقة سعوديين وجزائريين ولبنانيين\n"
     "قتل الجيش والقوات المسلحة كثيراً من الإرهابيين في ريف دمشق، من بينهم أجانب سعوديون وجزائريون ولبنانيون، وفي "
     "ريف درعا فرضت وحدات عسكرية بعملية نوعية سيطرتها على الطف وسطح زهنان، وهما قريتان هناك، فيما قُتل في مورك، "
     "البلدة الواقعة في ريف حماة، متزعم ما يسمى «جبهة الإسلام» الإرهابية، وفي خان شيخون التابعة لريف إدلب لقي 11 "
     "من إرهابيي «جبهة النصرة» حتفهم. ونقلت مراسلة سانا في الميدان أن الوحدات الباسلة واصلت تعقب المجموعات "
     "الإرهابية المسلحة وقصف أوكارها في ريف دمشق، موقعة قتلى في صفوفها أغلبهم مرتزقة أجانب، منهم سعوديون وجزائريون "
     "ولبنانيون، من «لواء أمهات المؤمنين» و«جيش الإسلام» والتنظيم الذي يطلق على نفسه «الاتحاد الإسلامي لأجناد الشام»، في الغوطة الشرقية "
     "وفي داريا والزبداني. وأضافت المراسلة أن أعداداً من مسلحي «الاتحاد الإسلامي لأجناد الشام» يحملون جنسيات عربية "
     "قُتلوا في مزارع المليحة وحول شركة تاميكو للأدوية، بينهم جزائري يكنى أبو عمر وسعودي يكنى أبو سعد، إلى جانب خالد "
     "منصور الذي كان يتزعم ما يسمى «كتيبة المدفعية» في «لواء أمهات المؤمنين».")
passage("kr20", "2014-05-31", "Al-Baath (relaying SANA)", "an official round-up of four fronts in SANA's idiom, with its "
        "field reporter; page: http://albaathmedia.sy/2014/05/31/ريف-دمشق-الجيش-يقضي-على-مرتزقة-من-السع/", T,
        [E("armed_clash", None, PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), "2014-05-31",
           "مراسلة سانا", GOV,
           note="the army's operations in Rif Dimashq told over a list (Eastern Ghouta, Daraya, Zabadani): one act over "
                "several places, coded at the first; the headline and the lead's Rif Dimashq killings are the same; no "
                "figure («عدداً», «كثير»)"),
         E("territory_change", None, PL("الطف", "Al-Taff", "Daraa"), "2014-05-31", None, GOV,
           note="two villages taken (group, coded at the first); the lead is the outlet's (SANA's reporter comes later "
                "and tells Rif Dimashq: no carry back)"),
         E("armed_clash", None, PL("مورك", "Morek", "Hama"), "2014-05-31", None, GOV,
           note="a group's leader killed: a singular, no figure"),
         E("armed_clash", Q("11", 11), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2014-05-31", None, GOV),
         E("armed_clash", None, PL("المليحة", "Al-Mleiha", "Rif Dimashq"), "2014-05-31", "المراسلة", GOV,
           note="the reporter's second telling names the Mleiha farms and the Tamico plant (a facility inside the same "
                "area): the most specific place of a Rif Dimashq clash; a coder may fold it into the Ghouta group above")])

T = ("«الجيش الوطني» يتقدم على جبهة رأس العين شمالي الحسكة\n"
     "بلدي نيوز\n"
     "سيطر مقاتلو «الجيش الوطني» اليوم الاثنين على قرى وبلدات عدة على جبهتي تل أبيض في ريف الرقة الشمالي ورأس العين "
     "في ريف الحسكة، في إطار العملية التركية «نبع السلام». وبحسب مصادر رسمية في غرفة عمليات «نبع السلام»، فقد انتزعت "
     "القوات على جبهة رأس العين معسكرات تل البنات والليبية والصالحية، والمنطقة المعروفة بالبحوث العلمية، إلى جانب قرية الصالحية "
     "ومحطة الكهرباء التحويلية في المبروكة، وقرى عدوان والمدان ونقرة والمدائن وناح وكاجو والمالحة والجراجير. وكان "
     "مراسل الموقع في الرقة قد أفاد بأن «الجيش الوطني» دخل خلال الساعات الماضية قرى تل عنتر وجاسم العلي والبديع وعين "
     "العروس، بعد تمشيطها والتثبت من خلوها من مقاتلي «وحدات حماية الشعب» الكردية، إذ انسحب هؤلاء باتجاه ناحية عين "
     "عيسى في ريف الرقة الشمالي. وتابع المراسل أن هذه القوات بسطت سيطرتها صباح اليوم على قرى أخرى، منها الدوغانية "
     "والصخرات وأم عظام وحمام التركمان والعلي باجلية. وفي تطور لافت نقل المعارك إلى غرب الفرات، أحكمت فصائل «الجيش "
     "الوطني السوري» مع حلول المساء قبضتها على عدد من القرى والبلدات في الريف الغربي لمدينة منبج، عقب إطلاق عمل عسكري "
     "ضمن «نبع السلام».")
passage("kr21", "2019-10-14", "Baladi News", "Operation Peace Spring's sixth day: takings on three axes from the operations "
        "room's sources and the outlet's reporter; page: https://baladi-news.com/ar/articles/51764/"
        "الجيش-الوطني-يتقدم-في-محور-رأس-العين-بريف-الحسكة", T,
        [E("territory_change", None, PL("تل البنات", "Tell al-Banat", "Al-Hasakah"), "2019-10-14",
           "مصادر رسمية في غرفة عمليات «نبع السلام»", SNA,
           note="camps, a plant and villages taken on the Ras al-Ayn axis: one telling over a list (group), coded at the "
                "first place (a camp: a place of its own); the lead's summary is the same takings"),
         E("territory_change", None, PL("تل عنتر", "Tal Antar", "Raqqa"), "2019-10-14", "مراسل الموقع", SNA,
           note="four villages on the Tal Abyad axis in the past hours (group); the YPG's withdrawal to Ain Issa is the "
                "same taking"),
         E("territory_change", None, PL("الدوغانية", "Al-Dughaniyah", "Raqqa"), "2019-10-14", "المراسل", SNA,
           note="the morning's further villages (a second list told apart by the reporter), coded at the first"),
         E("territory_change", None, PL("الريف الغربي لمدينة منبج", "Western Manbij countryside", "Aleppo"), "2019-10-14",
           None, SNA, note="villages west of Manbij taken in the evening, not named: the region is the place; a new "
                           "front told by the outlet")])


T = ("حزب الله يدفع بنخبته إلى القصير وسقوط العشرات من عناصره\n"
     "دفع حزب الله اللبناني بتعزيزات من مقاتلي النخبة إلى مدينة القصير في وسط سوريا، حيث يشارك القوات النظامية معارك "
     "ضارية، وكانت هذه القوات قد دكّت المدينة بعنف أمس الثلاثاء بالطائرات الحربية والمدفعية. في الأثناء، جُرح تسعة "
     "أشخاص جراء قذائف أُطلقت من الجانب السوري وسقطت على قرى قريبة من الحدود في شمال لبنان، وفق مصدر محلي. وقال رامي عبد "
     "الرحمن، مدير المرصد السوري، في اتصال هاتفي، إن 31 مقاتلاً على الأقل من حزب الله قُتلوا منذ يوم الأحد الماضي، "
     "ومعهم 68 مقاتلاً من المعارضة بينهم ستة لم تُعرف هوياتهم، مضيفاً أن حزب الله هو من يقود بوضوح الهجوم على "
     "القصير. ولفت إلى أن تسعة من عناصر القوات النظامية وثلاثة من المسلحين الموالين لها لقوا حتفهم أيضاً منذ بدء "
     "اقتحام المدينة التي تسيطر عليها المعارضة منذ أكثر من عام، كما قُتل في اليومين الأخيرين أربعة مدنيين، ثلاث منهم "
     "نساء. وبثت قناة «المنار» الناطقة باسم حزب الله مشاهد من تشييع خمسة من عناصره في الضاحية الجنوبية لبيروت وفي "
     "البقاع، قائلة إنهم سقطوا «أثناء أداء واجبهم الجهادي». وأبلغ مصدر قريب من الحزب وكالة فرانس برس بأن معظم قتلى "
     "الحزب سقطوا بسبب الألغام.")
passage("kr22", "2013-05-22", "Al-Maghribia (AFP)", "the battle of Qusayr, May 2013: reinforcements, bombardment, shells on "
        "Lebanon, SOHR's director's running tolls, Hezbollah's funerals; published date inferred («أمس الثلاثاء», the "
        "storming began on Sunday 19 May; page shows none); page: https://maghress.com/almaghribia/163873", T,
        [E("reinforcement", None, PL("القصير", "Al-Qusayr", "Homs"), "2013-05-22", None, HEZ,
           note="Hezbollah's elite reinforcements sent to the town; undated: the publication day"),
         E("shelling", None, PL("القصير", "Al-Qusayr", "Homs", nth=1), "2013-05-21", None, GOV,
           note="yesterday's heavy bombardment of the town by warplanes and artillery: one bombardment (a second coder may "
                "code it airstrike); no dead tied to it"),
         E("shelling", None, PL("شمال لبنان", "North Lebanon", None, "Lebanon"), "2013-05-22", "مصدر محلي", None,
           note="shells from the Syrian side fell on border areas of north Lebanon, wounding nine (the injured are never "
                "the figure); a place abroad where the act happened; who fired is not said"),
         E("armed_clash", Q("31", 31, None), PL("القصير", "Al-Qusayr", "Homs", nth=2), None, "رامي عبد الرحمن", GOV,
           kind="aggregate",
           note="the director's running toll of the storming since Sunday (period 2013-05-19..2013-05-22), one cause "
                "(the fighting): no total of all sides is written, so the first side numbered (31 Hezbollah, «على "
                "الأقل»); the 68 rebels, 9 soldiers, 3 loyalists and 4 civilians are its other parts; the funerals in "
                "Lebanon and the mines are not events")])


def main() -> None:
    write("gold91.jsonl", P91)


if __name__ == "__main__":
    main()
