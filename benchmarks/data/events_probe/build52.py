"""Build gold52.jsonl: development set 52 (ids ea01…), written in stop 31 by helper w52 BEFORE any run on it.

Forty passages shaped like ordinary Arabic reports on Syria of 2011-2017 (2-5 sentences, 45-80 words), the
analyst's daily reading in natural proportion: protests fired on, shelling, airstrikes and barrels, clashes and
ambushes, takings of towns and bases, defections (one by air), a desertion, arrests, executions, a car bomb, an
exchange, evacuations, deals, displacement, a sanction, tolls and monthly and daily aggregates; four passages
carry no event at all (a call and a future, a denial, a state with habits and aims, an anniversary). The wording
was read in real reporting (the search tool's `pages` corpus: SOHR via AFP and Reuters, SANA, Al-Hayat, Al
Jazeera, Anadolu, SNHR, Enab Baladi, Orient, Halab Today, Zaman al-Wasl, Hawar and others), never copied; people,
figures and dates are invented or varied, towns and quarters are real. Gold follows the events_probe README's
conventions of stops 28 and 30; every judgement call a second coder could make differently has a `note`.
Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build52.py      # rewrites gold52.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, PL, PROT, Q, RUS, SDF, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P52: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P52.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("ea01", "2011-04-29", "Al Jazeera", "a Friday protest fired on; the crowd and the dead; source at the end",
        "قُتل 11 متظاهراً على الأقل اليوم الجمعة برصاص قوات الأمن السورية في بلدة الصنمين بريف درعا الشمالي، بعدما "
        "خرج الآلاف عقب صلاة الجمعة مطالبين بفك الحصار عن مدينة درعا، وفق ما أفادت به لجان التنسيق المحلية للجزيرة "
        "نت. وأضافت اللجان أن عناصر الأمن اعتلوا أسطح المباني الحكومية المطلة على الساحة العامة، وأن بين الجرحى ثلاثة "
        "أطفال.",
        [E("protest", Q("الآلاف", 2000, 9000, True), PL("الصنمين", "Al-Sanamayn", "Daraa"), "2011-04-29",
           "لجان التنسيق المحلية", PROT,
           note="fire on a protest is one protest event (stop 30); the figure is the crowd the text numbers "
                "(«الآلاف»), the 11 dead are its fatalities (the scorer accepts either); Daraa city is what they "
                "demanded lifted, not the place; the wounded children are no figure")])

passage("ea02", "2011-08-07", "Reuters", "Reuters dateline abroad; tanks storm a city; arrests after",
        "عمان (رويترز) - قال سكان وناشطون إن دبابات الجيش السوري اقتحمت فجر اليوم الأحد مدينة دير الزور من ثلاثة "
        "محاور بعد حصار دام أياماً، وقصفت حي الجورة بقذائفها، ما أسفر عن مقتل 17 مدنياً على الأقل. وأضاف الناشطون أن "
        "قوات الأمن شنّت بعد ذلك حملة اعتقالات طالت أكثر من 60 شخصاً في حي الحميدية. ولم يتسن لرويترز التحقق من "
        "الروايات بشكل مستقل.",
        [E("shelling", Q("17", 17, None, True), PL("الجورة", "Al-Joura", "Deir ez-Zor"), "2011-08-07",
           "سكان وناشطون", GOV,
           note="the storming and the tank fire on the quarter are one act; the quarter is more specific than the "
                "city; Amman is the dateline; the siege is a state"),
         E("arrest", Q("أكثر من 60", 60, None, True), PL("الحميدية", "Al-Hamidiyah", "Deir ez-Zor"), "2011-08-07",
           "الناشطون", GOV, note="«بعد ذلك» after this morning's storming: the same day")])

passage("ea03", "2011-10-02", "Al-Hayat", "the authorities' telling and SOHR relayed by AFP; a defector's aside",
        "أعلنت السلطات السورية أمس السبت أن الجيش استعاد السيطرة على مدينة الرستن في ريف حمص الشمالي، بعد معارك "
        "استمرت خمسة أيام مع عسكريين منشقين تحصنوا فيها. ونقلت وكالة الصحافة الفرنسية عن المرصد السوري لحقوق الإنسان "
        "أن 130 شخصاً على الأقل اعتُقلوا في المدينة منذ دخول القوات إليها، فيما قال ضابط منشق عرّف عن نفسه باسم "
        "النقيب أبو عمر إن رفاقه انسحبوا إلى البساتين المحيطة.",
        [E("territory_change", None, PL("الرستن", "Al-Rastan", "Homs"), "2011-10-01", "السلطات السورية", GOV,
           note="five days of fighting that end in the taking are told as its lead-up: one event (a second coder "
                "might add an undated armed_clash with the defectors); the withdrawal to the orchards is the "
                "same act seen from the other side"),
         E("arrest", Q("130", 130, None, True), PL("الرستن", "Al-Rastan", "Homs"), None,
           "المرصد السوري لحقوق الإنسان", GOV,
           note="arrests over the days since the army entered: one campaign in one town, undated (a coder might "
                "make it an aggregate); the source is SOHR relayed by AFP")])

passage("ea04", "2011-12-14", "SANA", "old SANA: a funeral, an ambush by an 'armed terrorist group', military source",
        "حمص-سانا\n"
        "شُيّعت اليوم من المشفى العسكري في حمص جثامين سبعة شهداء من الجيش وقوات حفظ النظام، استهدفتهم مجموعة إرهابية "
        "مسلحة أمس أثناء توجههم إلى أماكن خدمتهم على طريق حمص - تدمر. وذكر مصدر عسكري لمراسل سانا أن الإرهابيين "
        "أطلقوا النار على حافلتهم من كمين نصبوه قرب قرية الفرقلس، ما أدى أيضاً إلى إصابة أربعة عسكريين آخرين، مؤكداً "
        "أن الجهات المختصة تلاحق أفراد المجموعة.",
        [E("armed_clash", Q("سبعة", 7), PL("الفرقلس", "Al-Furqlus", "Homs"), "2011-12-13", "مصدر عسكري", UNK,
           note="an ambush by gunmen is an armed_clash (stop 30); SANA's «مجموعة إرهابية مسلحة» names no group "
                "(unidentified); the village of the ambush is finer than the road; the funeral today is no "
                "event; the military source's next sentence returns to the same ambush")])

passage("ea05", "2012-01-19", "Zaman al-Wasl", "defection from a unit at home, crossing to Hatay; a running total in the camp",
        "علمت «زمان الوصل» أن 19 عسكرياً، بينهم ملازمان أولان، انشقوا عن كتيبة للدفاع الجوي متمركزة قرب مدينة جسر "
        "الشغور، وعبروا الحدود فجر أمس الأربعاء إلى ولاية هاتاي التركية، حيث نُقلوا إلى مخيم الضباط في أبايدن. "
        "وبوصولهم يرتفع عدد العسكريين المنشقين المقيمين في المخيم إلى نحو 2400، بحسب إدارة المخيم.",
        [E("defection", Q("19", 19), PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2012-01-18", None, GOV,
           note="the place where they served wins over the arrival abroad (stop 29); dated by the crossing told "
                "with it; the two lieutenants are a breakdown; «علمت زمان الوصل» is the outlet itself"),
         E("defection", Q("نحو 2400", 2400, approx=True), None, None, "إدارة المخيم", GOV, kind="aggregate",
           note="a running total of defectors residing in a camp abroad: aggregate with no place (stop 28 a)"
                "; MENDED stop 31 (figures): a hedge's high, mechanical: «نحو N» is N..N approx as every other set codes it (71 seen events against 4), the high had been left open")])

passage("ea06", "2012-02-27", "Al Arabiya", "EU sanctions decided at a meeting abroad; a minister's call",
        "وافق وزراء خارجية الاتحاد الأوروبي خلال اجتماعهم في بروكسل اليوم الاثنين على حزمة عقوبات جديدة بحق النظام "
        "السوري، تشمل تجميد أصول المصرف المركزي السوري في دول الاتحاد وحظر تجارة الذهب والمعادن الثمينة مع المؤسسات "
        "الحكومية. وقال وزير الخارجية الفرنسي إن الإجراءات «تستهدف النظام لا الشعب السوري»، داعياً روسيا والصين إلى "
        "مراجعة موقفهما في مجلس الأمن.",
        [E("sanction", None, None, "2012-02-27", None, None,
           note="Brussels is the meeting's seat, not a place of the act in Syria (a coder might place it there); "
                "no figure; the minister's call on Russia and China is no event; the outlet reports it")])

passage("ea07", "2012-04-11", "France 24", "NO EVENT: an envoy's call, a deadline tomorrow, a threat, a planned protest",
        "دعا المبعوث الدولي والعربي كوفي أنان الحكومة السورية وفصائل المعارضة إلى الالتزام الكامل بوقف إطلاق النار "
        "الذي يدخل حيز التنفيذ فجر غد الخميس، وحث الجيش على سحب دباباته وأسلحته الثقيلة من المدن. في المقابل، قال "
        "المتحدث باسم الخارجية السورية إن القوات ستبقى «في حالة استعداد للرد على أي اعتداء تقوم به المجموعات "
        "المسلحة». ويعتزم المجلس الوطني السوري الدعوة إلى مظاهرات حاشدة يوم الجمعة لاختبار جدية الهدنة.",
        [E("statement", None, None, None, 'المبعوث الدولي والعربي كوفي أنان', None, note="MENDED stop 32 (conventions): the envoy's call is a statement (stop 32); 'the cities': no place"),
         E("statement", None, None, None, 'المتحدث باسم الخارجية السورية', GOV, note="MENDED stop 32 (conventions): the ministry spokesman's stance (forces stay ready to respond) is a statement of another body (stop 32)")])

passage("ea08", "2012-06-21", "Al Arabiya", "a pilot defects by flying his jet to Jordan; the airbase he left",
        "أعلنت الحكومة الأردنية أن طياراً سورياً برتبة عقيد هبط صباح اليوم الخميس بطائرته الحربية من طراز ميغ 21 في "
        "قاعدة الملك حسين الجوية بمدينة المفرق، وطلب اللجوء السياسي. وقال وزير الدولة لشؤون الإعلام إن الطائرة أقلعت "
        "من مطار الضمير العسكري شمال شرق دمشق في مهمة تدريبية، وإن الحكومة «تدرس الطلب». في المقابل، وصف التلفزيون "
        "السوري الطيار بأنه «فار من الخدمة وخائن لوطنه».",
        [E("defection", None, PL("مطار الضمير العسكري", "Dumayr military airport", "Rif Dimashq"), "2012-06-21",
           "الحكومة الأردنية", GOV,
           note="one pilot, no numeral: no figure; the airbase he took off from is the place at home, which wins "
                "over the landing in Mafraq (stop 29; a coder might place it at Mafraq); state TV's «فار» names the "
                "same act, no desertion event; «ميغ 21» is a model, not a number")])

passage("ea09", "2012-07-16", "SOHR", "SOHR bulletin: yesterday's national toll, a clash in two quarters, a defection",
        "المرصد السوري لحقوق الإنسان: استشهد 83 مواطناً سورياً يوم أمس الأحد برصاص وقصف القوات النظامية في عدة "
        "محافظات، بينهم 21 في ريف دمشق و16 في محافظة حمص. ودارت فجر اليوم اشتباكات عنيفة بين مقاتلين من الكتائب "
        "الثائرة والقوات النظامية في حيي التضامن والميدان بدمشق، استخدمت فيها القوات النظامية قذائف الهاون. وفي ريف "
        "إدلب، انشق 11 عنصراً عن حاجز للقوات النظامية عند مدخل بلدة سرمين وانضموا إلى الكتائب الثائرة.",
        [E("casualties", Q("83", 83), None, "2012-07-15", "المرصد السوري لحقوق الإنسان", GOV, kind="aggregate",
           note="a day's national toll over several governorates: aggregate, no place; dated by «يوم أمس الأحد» "
                "(a coder might leave an aggregate undated); the governorates are a breakdown; the bulletin "
                "names the regime's fire as the cause, hence the agent"),
         E("armed_clash", None, PL("التضامن", "Al-Tadamon", "Damascus"), "2012-07-16",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="one clash over two quarters (one group, scored as one); the mortars are part of the clash; "
                "the rebels are named first"),
         E("defection", Q("11", 11), PL("سرمين", "Sarmin", "Idlib"), "2012-07-16", "المرصد السوري لحقوق الإنسان",
           GOV, note="no day of its own in the bulletin: the publication date (a coder might leave it undated)")])

passage("ea10", "2012-08-11", "Al Jazeera", "the outlet's reporter: a quarter retaken, a raid on a police station",
        "أفاد مراسل الجزيرة في حلب بأن قوات النظام استعادت مساء أمس الجمعة السيطرة على أجزاء واسعة من حي صلاح الدين، "
        "بعد قصف مدفعي متواصل منذ نحو أسبوع، في حين أكد قائد ميداني في لواء التوحيد أن مقاتليه «انسحبوا تكتيكياً» "
        "إلى حي سيف الدولة المجاور. وأضاف المراسل أن طائرة حربية أغارت صباح اليوم على مبنى قسم الشرطة في حي الصاخور "
        "الذي يسيطر عليه الجيش الحر، ما أدى إلى مقتل ستة أشخاص.",
        [E("territory_change", None, PL("صلاح الدين", "Salah al-Din", "Aleppo"), "2012-08-10", "مراسل الجزيرة", GOV,
           note="the week of shelling is the taking's lead-up, no dated incident of its own (a coder might add "
                "one); Saif al-Dawla is where the rebels withdrew to; «أجزاء واسعة» still a taking"),
         E("airstrike", Q("ستة", 6), PL("الصاخور", "Al-Sakhour", "Aleppo"), "2012-08-11", "مراسل الجزيرة", GOV,
           note="a building inside a city is placed at its quarter; the FSA's control is a state")])

passage("ea11", "2012-08-21", "Orient News", "a jet strikes a bakery queue; the injured; a daily habit",
        "أورينت نت - ارتكب الطيران الحربي التابع للنظام مجزرة جديدة في مدينة الباب بريف حلب الشمالي الشرقي، بعدما "
        "استهدف بصاروخين طابوراً من المدنيين أمام أحد الأفران صباح اليوم، ما أدى إلى استشهاد 14 شخصاً وإصابة أكثر من "
        "40 بجروح، بحسب ناشطين من المدينة. ويصطف الأهالي يومياً لساعات طويلة أمام الأفران القليلة العاملة بسبب شح "
        "الطحين منذ بدء المعارك في المنطقة.",
        [E("airstrike", Q("14", 14), PL("الباب", "Al-Bab", "Aleppo"), "2012-08-21", "ناشطين من المدينة", GOV,
           note="a bakery is a landmark: the town; the dead are the figure, not the two missiles (a dual) nor the "
                "40 injured; «مجزرة» is the same strike; the queuing is a habit")])

passage("ea12", "2012-10-03", "Anadolu Agency", "a shell from the Syrian side kills Turks in Akcakale; Turkey fires back",
        "قُتل خمسة مدنيين أتراك، بينهم امرأة وثلاثة أطفال، اليوم الأربعاء إثر سقوط قذيفة هاون أُطلقت من الجانب السوري "
        "على حي سكني في بلدة أقجة قلعة التابعة لولاية شانلي أورفة جنوبي تركيا، وفق ما أفاد مراسل الأناضول. وأضاف "
        "المراسل أن المدفعية التركية ردّت مساء اليوم بقصف مواقع للجيش السوري قرب بلدة تل أبيض المقابلة، دون ورود "
        "معلومات عن خسائر.",
        [E("shelling", Q("خمسة", 5), PL("أقجة قلعة", "Akcakale", None, "Turkey"), "2012-10-03", "مراسل الأناضول",
           None, note="a place abroad where the shell fell is the place; «من الجانب السوري» is where fire came "
                      "from and names no force: no agent (a coder might infer the army)"),
         E("shelling", None, PL("تل أبيض", "Tal Abyad", "Raqqa"), "2012-10-03", "مراسل الأناضول", TUR,
           note="the reporter files the whole story; no casualties, no count")])

passage("ea13", "2013-01-12", "Reuters", "an airbase taken after a siege; the garrison's dead; soldiers fleeing",
        "بيروت (رويترز) - قال مقاتلو المعارضة والمرصد السوري لحقوق الإنسان إن كتائب إسلامية بينها جبهة النصرة سيطرت "
        "أمس الجمعة بشكل كامل على مطار تفتناز العسكري في محافظة إدلب بعد حصار استمر أشهراً. وأضاف المرصد أن 37 "
        "جندياً على الأقل من الحامية قتلوا في الهجوم الأخير، وأن المقاتلين استولوا على مروحيات ودبابات، فيما فرّ "
        "عشرات الجنود باتجاه بلدة بنش المجاورة.",
        [E("territory_change", Q("37", 37, None, True), PL("مطار تفتناز العسكري", "Taftanaz military airport", "Idlib"),
           "2013-01-11", "المرصد السوري لحقوق الإنسان", HTS,
           note="a named airbase is the place; the garrison's dead belong to the taking; the fleeing «عشرات» are "
                "a count of the wrong thing and Binnish their destination; agent: the only faction named is "
                "al-Nusra (a coder might pick the opposition factions)")])

passage("ea14", "2013-02-19", "Enab Baladi", "a checkpoint arrests men of a town; a detention site named; a siege habit",
        "اعتقل عناصر حاجز تابع للمخابرات الجوية عند المدخل الشرقي لمدينة المعضمية، صباح أمس الاثنين، 12 شاباً من أبناء "
        "المدينة كانوا في طريقهم إلى أعمالهم في دمشق، واقتادوهم إلى فرع التحقيق في مطار المزة العسكري، بحسب ما أفاد "
        "ناشطون لعنب بلدي. وأشار الناشطون إلى أن الحاجز ذاته يمنع منذ أسابيع إدخال الطحين والمحروقات إلى المدينة.",
        [E("arrest", Q("12", 12), PL("المعضمية", "Muadamiyat al-Sham", "Rif Dimashq"), "2013-02-18", "ناشطون", GOV,
           note="the checkpoint at the town's entrance: the town; the Mezzeh airbase is where they were taken "
                "(a facility named for another reason) and Damascus where they worked; the blockade is a habit")])

passage("ea15", "2013-04-02", "SNHR", "monthly report: a toll with breakdowns, arrests over the month",
        "وثّقت الشبكة السورية لحقوق الإنسان ضمن تقريرها الشهري الصادر اليوم الثلاثاء مقتل 5817 شخصاً في مختلف المحافظات "
        "السورية خلال شهر آذار الماضي، بينهم 612 طفلاً و455 سيدة، و193 قضوا تحت التعذيب في مراكز الاحتجاز. وتصدرت "
        "محافظة ريف دمشق الحصيلة بـ1689 قتيلاً، تلتها حلب ثم إدلب. كما سجّل التقرير اعتقال ما لا يقل عن 2730 شخصاً "
        "خلال الشهر نفسه، معظمهم على حواجز القوات الحكومية.",
        [E("casualties", Q("5817", 5817), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="period March 2013; children, women, deaths under torture and the Rif Dimashq figure are a "
                "breakdown, never events (a coder might add a Rif Dimashq aggregate)"),
         E("arrest", Q("ما لا يقل عن 2730", 2730, None, True), None, None, "الشبكة السورية لحقوق الإنسان", GOV,
           kind="aggregate", note="«معظمهم على حواجز القوات الحكومية»: the agent; same report, same period")])

passage("ea16", "2013-04-30", "Sky News Arabia", "a car bomb by a square in central Damascus; state TV's blame",
        "قُتل 14 شخصاً وجُرح أكثر من 70 آخرين في انفجار سيارة مفخخة قرب مبنى وزارة الداخلية القديم في ساحة المرجة وسط "
        "دمشق ظهر اليوم، بحسب ما أعلن التلفزيون الرسمي الذي اتهم «إرهابيين» بتنفيذ التفجير. وقال المرصد السوري لحقوق "
        "الإنسان إن بين القتلى أربعة عناصر من الشرطة، في حين لم تعلن أي جهة مسؤوليتها عن الهجوم حتى مساء اليوم.",
        [E("explosion", Q("14", 14), PL("دمشق", "Damascus", "Damascus"), "2013-04-30", "التلفزيون الرسمي", None,
           note="a square and a building in the city: the city (stop 29; a coder might take al-Marjeh as a "
                "quarter); no one claimed it, state TV's «إرهابيين» names no group; the police dead are a "
                "breakdown")])

passage("ea17", "2013-06-05", "Al Mayadeen", "the channel's reporter: a town taken with Hezbollah; demining; a raid after",
        "أفاد مراسل الميادين بأن الجيش السوري بسط سيطرته فجر اليوم الأربعاء على كامل مدينة القصير في ريف حمص الجنوبي "
        "الغربي، بعد معارك استمرت أكثر من أسبوعين بمساندة مقاتلي حزب الله. وقال مصدر عسكري للقناة إن وحدات الهندسة "
        "بدأت تفكيك العبوات الناسفة في الأحياء، وإن المسلحين فرّوا باتجاه بلدة الضبعة. كما شنّ الطيران الحربي غارات "
        "على بلدة البويضة الشرقية لملاحقة الفارين.",
        [E("territory_change", None, PL("القصير", "Al-Qusayr", "Homs"), "2013-06-05", "مراسل الميادين", GOV,
           note="Hezbollah fought beside the army; al-Dabaa is where the fighters fled; demining is the same "
                "taking"),
         E("airstrike", None, PL("البويضة الشرقية", "Al-Buwaydah al-Sharqiyah", "Homs"), "2013-06-05",
           "مراسل الميادين", GOV,
           note="«غارات», no numeral: no figure; the channel's own reporter files the whole item, so his report "
                "carries to this act of another kind (stop 30 exception); dated by the item")])

passage("ea18", "2013-09-18", "Al-Quds Al-Arabi", "NO EVENT: the ministry denies a general's defection claimed online",
        "نفت وزارة الدفاع السورية في بيان اليوم الأربعاء الأنباء التي تداولتها مواقع معارضة عن انشقاق اللواء الركن "
        "سامر الدبس، قائد إحدى فرق المنطقة الجنوبية، مؤكدة أنه «على رأس عمله ويتابع مهامه في الميدان». وكانت صفحات "
        "محسوبة على الجيش الحر قد نشرت أمس صورة قالت إنها لوثيقة انشقاقه، إلا أن الضابط لم يظهر في أي تسجيل مصور حتى "
        "الآن.",
        [E("statement", None, None, None, 'وزارة الدفاع السورية', GOV, note="MENDED stop 32 (conventions): a denial that is the item's news is a statement (stop 32); «الميدان» is the field, no place")])

passage("ea19", "2013-10-26", "Al Jazeera", "a prisoner exchange at a checkpoint; next-sentence source on its aftermath",
        "أفرجت السلطات السورية أمس الجمعة عن 48 معتقلة من سجونها، مقابل إطلاق كتيبة معارضة في ريف حماة سراح تسعة ضباط "
        "وجنود من الجيش النظامي كانت تحتجزهم منذ أشهر، في صفقة تبادل جرت بوساطة الهلال الأحمر العربي السوري عند حاجز "
        "قرب بلدة طيبة الإمام. وقال ناشط من المنطقة للجزيرة نت إن المفرج عنهن نُقلن إلى بلدات الريف الشمالي حيث كانت "
        "عائلاتهن بانتظارهن.",
        [E("other", Q("48", 48), PL("طيبة الإمام", "Tayyibat al-Imam", "Hama"), "2013-10-25", "ناشط من المنطقة", None,
           note="a prisoner exchange is one `other` event, its figure the first side numbered (stop 30); the "
                "activist's next sentence returns to the same exchange, so his source carries back (a coder "
                "might give the outlet); no agent for a two-sided exchange")])

passage("ea20", "2013-12-16", "AFP", "AFP: a raised toll of barrels on three quarters; the earlier toll recalled",
        "بيروت (أ ف ب) - ارتفعت حصيلة القتلى جراء البراميل المتفجرة التي ألقتها مروحيات النظام السوري أمس الأحد على "
        "أحياء الشعار والحيدرية والصاخور في شرق حلب إلى 52 شخصاً، بينهم 14 طفلاً، بحسب المرصد السوري لحقوق الإنسان. "
        "وكان المرصد قد أفاد مساء أمس بمقتل 31 شخصاً. وقال مدير المرصد في اتصال هاتفي إن الحصيلة مرشحة للارتفاع "
        "لأن إصابات عدد من الجرحى بالغة.",
        [E("airstrike", Q("52", 52), PL("الشعار", "Al-Shaar", "Aleppo"), "2013-12-15", "المرصد السوري لحقوق الإنسان",
           GOV, note="barrels on three quarters: one act, one group (first quarter); the latest toll is the "
                     "figure, the earlier 31 and the expected rise are not; children a breakdown")])

passage("ea21", "2014-01-06", "Orient News", "rebels take an ISIS headquarters; bodies of executed detainees found",
        "سيطر مقاتلو «جيش المجاهدين» و«الجبهة الإسلامية» صباح اليوم على مقر تنظيم «الدولة الإسلامية في العراق "
        "والشام» في مستشفى الأطفال بحي قاضي عسكر في حلب، بعد اشتباكات استمرت منذ مساء السبت، بحسب ناشطين. وأفاد "
        "الناشطون بأن المقاتلين عثروا داخل المقر على جثث 12 معتقلاً قالوا إن التنظيم أعدمهم قبل انسحابه، بينهم ثلاثة "
        "إعلاميين.",
        [E("territory_change", None, PL("قاضي عسكر", "Qadi Askar", "Aleppo"), "2014-01-06", "ناشطين", FSA,
           note="a headquarters taken after two days' fighting: one event (a coder might code the clash); the "
                "hospital used as headquarters is unnamed: its quarter; both factions are the opposition"),
         E("casualties", Q("12", 12), PL("قاضي عسكر", "Qadi Askar", "Aleppo"), None, "الناشطون", IS,
           note="executions told as the killing: casualties (stop 30), not `other` for bodies found (a coder "
                "might code bodies found); «قبل انسحابه» gives no day")])

passage("ea22", "2014-02-09", "BBC Arabic", "evacuation from a besieged old city under a truce; mortars on the aid convoy",
        "أعلن محافظ حمص أن 473 مدنياً، معظمهم من النساء والأطفال وكبار السن، أُجلوا أمس السبت من أحياء حمص القديمة "
        "المحاصرة، في إطار الهدنة الإنسانية التي رعتها الأمم المتحدة. وقال الهلال الأحمر العربي السوري إن قافلة "
        "المساعدات التي دخلت الأحياء أمس تعرضت لقذائف هاون قرب دوار الساعة، ما أدى إلى إصابة أحد متطوعيه بجروح، دون "
        "أن يحدد الجهة التي أطلقتها.",
        [E("other", Q("473", 473), PL("حمص القديمة", "Old City of Homs", "Homs"), "2014-02-08", "محافظ حمص", None,
           note="an evacuation is `other`; the truce is its frame, no agreement told as news today"),
         E("shelling", None, PL("حمص القديمة", "Old City of Homs", "Homs"), "2014-02-08",
           "الهلال الأحمر العربي السوري", None,
           note="a roundabout is placed at the quarter the text gives (the convoy's «الأحياء»); one wounded: "
                "no figure; the firing side is explicitly unnamed")])

passage("ea23", "2014-04-15", "SANA", "SANA: mortars on two quarters (a dual dead, injured); 'our valiant army' after",
        "دمشق-سانا\n"
        "استشهد مواطنان وأصيب 19 آخرون بجروح جراء سقوط قذائف هاون أطلقها إرهابيون على حي باب توما ومحيط مدرسة في حي "
        "القصاع بدمشق صباح اليوم. وذكر مصدر في قيادة شرطة دمشق أن القذائف ألحقت أضراراً مادية بعدد من المنازل "
        "والسيارات. إلى ذلك، أوقعت وحدات من جيشنا الباسل 23 قتيلاً في صفوف الإرهابيين في مزارع بلدة المليحة بالغوطة "
        "الشرقية ودمرت لهم آليات.",
        [E("shelling", None, PL("باب توما", "Bab Touma", "Damascus"), "2014-04-15", "مصدر في قيادة شرطة دمشق", UNK,
           note="two quarters, one group (first named); the dead are a dual and the 19 are injured: no figure "
                "(stop 30); the police source's next sentence returns to the same shells; SANA's «إرهابيون» "
                "names no group"),
         E("armed_clash", Q("23", 23), PL("المليحة", "Al-Mleiha", "Rif Dimashq"), "2014-04-15", None, GOV,
           note="«إلى ذلك» adds an act of another kind: the outlet (stop 30); no day of its own: the item's day")])

passage("ea24", "2014-06-05", "Enab Baladi", "NO EVENT: a siege as a state, habitual shelling, an aim, a demand",
        "تخضع مدينة داريا في ريف دمشق الغربي لحصار خانق منذ أكثر من عام ونصف، ويعتمد نحو ثمانية آلاف مدني ما زالوا "
        "فيها على ما يزرعونه في الأراضي المحيطة. ويقول أعضاء في المجلس المحلي إن قوات النظام تقصف المدينة بشكل شبه "
        "يومي بهدف إجبار مقاتليها على القبول بتسوية، في حين تسيطر كتائب الجيش الحر على معظم أحيائها. ويطالب المجلس "
        "المنظمات الدولية بإدخال الأدوية وحليب الأطفال.",
        [])

passage("ea25", "2014-08-25", "Reuters", "ISIS takes an airbase; a week's dead of both sides, no total; state TV",
        "بيروت (رويترز) - سيطر مقاتلو تنظيم الدولة الإسلامية أمس الأحد على مطار الطبقة العسكري في محافظة الرقة، آخر "
        "معقل للجيش السوري في المحافظة، بعد معارك استمرت أياماً، بحسب المرصد السوري لحقوق الإنسان. وقال المرصد إن "
        "أكثر من 280 من مقاتلي التنظيم قتلوا منذ بدء الهجوم على القاعدة الأسبوع الماضي، إضافة إلى ما يزيد على 150 "
        "جندياً. وقال التلفزيون الرسمي إن القوات «أعادت تجميع صفوفها» بعد إخلاء المطار.",
        [E("territory_change", Q("أكثر من 280", 280, None, True),
           PL("مطار الطبقة العسكري", "Tabqa military airport", "Raqqa"), "2014-08-24", "المرصد السوري لحقوق الإنسان",
           IS, note="the battle's dead belong to the taking; no total, so the first side numbered (stop 30; a "
                    "coder might sum 430 or code the week's clash apart); state TV's regrouping is the same act")])

passage("ea26", "2014-09-21", "Anadolu Agency", "Kobani's people cross into Turkey; a scuffle at the gate on the Turkish side",
        "أفاد مراسل الأناضول بأن أكثر من 45 ألف لاجئ سوري، أغلبهم من الأكراد، عبروا منذ يوم الجمعة الماضي البوابة "
        "الحدودية عند قرية مرشد بينار التابعة لقضاء سروج في ولاية شانلي أورفة، هرباً من هجوم يشنه تنظيم داعش على قرى "
        "ريف عين العرب (كوباني). وأضاف المراسل أن اشتباكات بالحجارة اندلعت مساء اليوم بين متظاهرين أكراد وقوات الدرك "
        "التركية قرب البوابة، ما دفع السلطات إلى إغلاقها مؤقتاً.",
        [E("other", Q("أكثر من 45 ألف", 45000, None, True), PL("ريف عين العرب", "Ain al-Arab countryside", "Aleppo"),
           None, "مراسل الأناضول", None,
           note="displacement is `other`; placed where they fled from (the home place, as for defections; a "
                "coder might take the crossing in Turkey); three days since Friday: undated (a coder might call "
                "it an aggregate); IS's ongoing offensive is the cause told in passing, no dated incident"),
         E("protest", None, PL("مرشد بينار", "Mursitpinar", None, "Turkey"), "2014-09-21", "مراسل الأناضول", None,
           note="a stone-throwing scuffle with gendarmes: a protest (riot) on the Turkish side, a place abroad "
                "where it happened; the protesters are not Syria's protesters of the actor list: no agent; the "
                "gate's closure is no event")])

passage("ea27", "2014-10-13", "Hawar (ANHA)", "Hawar's house style ('mercenaries'); an attack repelled; coalition raids",
        "كوباني - ANHA\n"
        "صدّ مقاتلو وحدات حماية الشعب ليل أمس هجوماً واسعاً شنه مرتزقة داعش على حي مقتلة في الجهة الشرقية من المدينة، "
        "وقتلوا 27 منهم خلال اشتباكات استمرت حتى ساعات الفجر، بحسب ما أفاد به مراسل وكالتنا. كما شنت طائرات التحالف "
        "الدولي صباح اليوم أربع غارات على تجمعات للمرتزقة قرب تلة مشتة نور جنوب المدينة، وسُمعت أصوات الانفجارات في "
        "أرجاء كوباني.",
        [E("armed_clash", Q("27", 27), PL("مقتلة", "Maqtala", "Aleppo"), "2014-10-12", "مراسل وكالتنا", IS,
           note="the attacker (IS) is the agent of a repelled attack (a coder might name the YPG, the "
                "grammatical subject); «ليل أمس» till dawn: yesterday's date"),
         E("airstrike", Q("أربع", 4), PL("مشتة نور", "Mishtanour hill", "Aleppo"), "2014-10-13", "مراسل وكالتنا",
           COAL, note="no deaths: the raids' own count; the agency's reporter carries over")])

passage("ea28", "2015-01-20", "Zaman al-Wasl", "recruits desert an airbase over a week; names circulated; a stance",
        "كشف مصدر عسكري من داخل مطار الثعلة العسكري في ريف السويداء لـ«زمان الوصل» أن 23 مجنداً من أبناء المحافظة "
        "فرّوا من قطعاتهم خلال الأسبوع الماضي وعادوا إلى قراهم، رافضين نقلهم إلى جبهات ريف درعا الشرقي. وأضاف المصدر "
        "أن قيادة المطار عممت أسماءهم على الحواجز، في حين يرفض وجهاء المحافظة تسليم أي شاب يرفض أداء الخدمة خارج "
        "السويداء.",
        [E("desertion", Q("23", 23), PL("مطار الثعلة العسكري", "Thaala military airport", "As-Suwayda"), "2015-W03",
           "مصدر عسكري", GOV,
           note="the base they served in is the place; «الأسبوع الماضي» at week grain; one wave from one base "
                "(a coder might call it an aggregate); the villages are where they went; the notables' refusal "
                "is a stance")])

passage("ea29", "2015-03-29", "Al Jazeera", "a coalition of factions takes a provincial capital; raids on it today",
        "أعلن «جيش الفتح»، الذي يضم جبهة النصرة وحركة أحرار الشام وفصائل أخرى، سيطرته الكاملة أمس السبت على مدينة "
        "إدلب، لتصبح ثاني مركز محافظة يخرج عن سيطرة النظام بعد الرقة. وقال مراسل الجزيرة إن المقاتلين دخلوا مبنى "
        "المحافظة وفرع الأمن العسكري بعد انسحاب القوات النظامية باتجاه معسكر المسطومة جنوب المدينة. وشنّ الطيران "
        "الحربي اليوم أكثر من 15 غارة على أحياء المدينة، وفق ناشطين.",
        [E("territory_change", None, PL("إدلب", "Idlib", "Idlib"), "2015-03-28", "جيش الفتح", HTS,
           note="Raqqa is a comparison and al-Mastouma where the army withdrew; agent: the coalition led with "
                "al-Nusra (a coder might pick the opposition factions); the reporter's detail is the same taking"),
         E("airstrike", Q("أكثر من 15", 15, None, True), PL("إدلب", "Idlib", "Idlib"), "2015-03-29", "ناشطين", GOV,
           note="«أحياء المدينة» is Idlib; the unnamed «الطيران الحربي» of March 2015 is the regime's")])

passage("ea30", "2015-05-24", "Asharq Al-Awsat", "SOHR relayed: executions since a taking 'last Wednesday'",
        "نقلت وكالة الصحافة الفرنسية عن المرصد السوري لحقوق الإنسان أن تنظيم «داعش» أعدم 194 شخصاً على الأقل في مدينة "
        "تدمر ومحيطها منذ سيطرته عليها الأربعاء الماضي، بينهم 58 مدنياً، بعضهم بقطع الرأس. وأوضح المرصد أن البقية من "
        "عناصر قوات النظام والمسلحين الموالين لها، وأن التنظيم اتهمهم بـ«التعاون مع النظام». ولا يزال آلاف من سكان "
        "المدينة عالقين فيها بعد أن أغلق التنظيم مخارجها.",
        [E("casualties", Q("194", 194, None, True), PL("تدمر", "Palmyra", "Homs"), None, "المرصد السوري لحقوق الإنسان",
           IS, kind="aggregate",
           note="executions summed over four days: an aggregate (a coder might call it one incident); civilians "
                "a breakdown"),
         E("territory_change", None, PL("تدمر", "Palmyra", "Homs"), "2015-05-20", "المرصد السوري لحقوق الإنسان", IS,
           note="the taking recalled with its own day is an event of its own (background; a coder might leave "
                "it out); the trapped thousands are a state")])

passage("ea31", "2015-09-05", "Suwayda 24", "local network: a protest after a car bomb; 'our reporter'",
        "السويداء 24 - خرج مئات المحتجين مساء أمس الجمعة إلى ساحة السير وسط مدينة السويداء، وحطموا تمثالاً للرئيس "
        "الراحل حافظ الأسد، عقب مقتل الشيخ أبو سليمان كمال الحناوي و25 آخرين بانفجار سيارة مفخخة على طريق ظهر الجبل "
        "قبل ساعات. وأفاد مراسلنا بأن المحتجين هاجموا لاحقاً مبنى فرع الأمن العسكري وأضرموا النار في مدخله، فيما "
        "قُطعت الاتصالات عن معظم أنحاء المحافظة.",
        [E("protest", Q("مئات", 200, 900, True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2015-09-04",
           "مراسلنا", PROT,
           note="a square: the city; the attack on the branch is the same protest (a coder might split a riot); "
                "the reporter's next sentence returns to it"),
         E("explosion", Q("25", 25), PL("ظهر الجبل", "Dhahr al-Jabal", "As-Suwayda"), "2015-09-04", None, None,
           note="the figure is the number written (the sheikh and 25 others); «قبل ساعات» before last evening; "
                "told inside the outlet's sentence, the reporter's next sentence is about the protest: the "
                "outlet; unclaimed")])

passage("ea32", "2015-10-14", "RT Arabic", "the Russian ministry's daily sorties over four governorates; a denial; a vow",
        "أعلنت وزارة الدفاع الروسية أن طائراتها نفذت خلال الساعات الـ24 الماضية 41 طلعة قتالية أصابت 40 هدفاً لتنظيم "
        "«داعش» في محافظات حماة وإدلب واللاذقية وريف دمشق. وقال المتحدث باسم الوزارة إن الضربات دمرت مستودعات ذخيرة "
        "ومراكز قيادة ومعسكرات تدريب، نافياً ما تتداوله وسائل إعلام غربية عن سقوط ضحايا مدنيين. وأكد أن العمليات "
        "الجوية ستتواصل «حتى القضاء على الإرهاب».",
        [E("airstrike", Q("41", 41), None, None, "وزارة الدفاع الروسية", RUS, kind="aggregate",
           note="a day's sorties over four governorates: an aggregate with no place (a coder might make a group "
                "of four); the sorties are the count, the 40 targets the wrong thing; the denial and the vow "
                "are no events")])

passage("ea33", "2015-12-03", "Asharq Al-Awsat", "a local truce deal: everything else future or state",
        "توصلت لجنة التفاوض في حي الوعر بمدينة حمص إلى اتفاق مع ممثلين عن النظام برعاية الأمم المتحدة، يقضي بوقف "
        "إطلاق النار وخروج مقاتلي جبهة النصرة ومن يرغب من المقاتلين إلى ريف إدلب خلال أسبوع، على أن تُرفع الحواجز "
        "تدريجياً عن مداخل الحي. وقال عضو في اللجنة لـ«الشرق الأوسط» إن التنفيذ لن يبدأ قبل الإفراج عن دفعة أولى من "
        "المعتقلين، مشيراً إلى أن الحي محاصر منذ أكثر من عامين.",
        [E("agreement", None, PL("الوعر", "Al-Waer", "Homs"), "2015-12-03", "عضو في اللجنة", None,
           note="no day: the publication date; the member's next sentence returns to the deal; the departures "
                "to Idlib and the releases are futures, the siege a state")])

passage("ea34", "2016-02-16", "Halab Today", "a hedged 'probably Russian' strike on a hospital; rockets on another",
        "حلب اليوم - قُتل 14 مدنياً، بينهم أطفال ومرضى، أمس الاثنين جراء غارات يُرجّح أنها روسية استهدفت مشفى النساء "
        "والأطفال في مدينة إعزاز بريف حلب الشمالي، بحسب مصادر طبية. وفي اليوم ذاته، أصيب سبعة من الكادر الطبي بقصف "
        "صاروخي طال المشفى الوطني في مدينة مارع المجاورة. وتشهد المنطقة منذ أسبوعين موجة نزوح باتجاه مخيمات باب "
        "السلامة على الحدود التركية.",
        [E("airstrike", Q("14", 14), PL("إعزاز", "Azaz", "Aleppo"), "2016-02-15", "مصادر طبية", None,
           note="«يُرجّح أنها روسية» is hedged: no agent (as set 1 p07; a coder might name Russia); a hospital "
                "with no proper name: the town"),
         E("shelling", None, PL("مارع", "Marea", "Aleppo"), "2016-02-15", None, None,
           note="rocket fire: shelling; seven injured: no figure; «المشفى الوطني» read as a generic hospital: "
                "the town (a coder might keep the hospital); an act of another kind after a sourced report: the "
                "outlet (a coder might carry the medical sources); the two weeks' displacement is told as a "
                "state with no figure or day: no event")])

passage("ea35", "2016-03-15", "Orient News", "NO EVENT: an anniversary, a truce as a state, a call, a future round",
        "تحل اليوم الذكرى الخامسة لانطلاق الاحتجاجات الشعبية في سوريا منتصف آذار/مارس 2011، وسط هدنة هشة دخلت أسبوعها الثالث وتراجع "
        "ملحوظ في وتيرة القصف على معظم المناطق. ويحيي ناشطون في الداخل والمهجر المناسبة بحملات على مواقع التواصل، "
        "فيما تدعو تنسيقيات الثورة إلى الخروج في مظاهرات يوم الجمعة المقبل تحت شعار «الثورة مستمرة». ويُتوقع أن تنطلق "
        "جولة جديدة من مفاوضات جنيف في الأيام المقبلة.",
        [])

passage("ea36", "2016-05-11", "Deir ez-Zor 24", "ISIS morality police arrest young men; a destination; a habit after",
        "دير الزور 24 - شنّ عناصر «ديوان الحسبة» التابع لتنظيم «داعش» صباح اليوم حملة دهم في مدينة الميادين بريف دير "
        "الزور الشرقي، اعتقلوا خلالها 17 شاباً بتهمة التدخين وحيازة هواتف نقالة، واقتادوهم إلى مقر التنظيم في مدينة "
        "البوكمال. وأفاد مراسلنا بأن التنظيم يفرض منذ أشهر حظراً على الاتصالات الخاصة ويعاقب المخالفين بالجلد في "
        "الساحات العامة.",
        [E("arrest", Q("17", 17), PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2016-05-11", None, IS,
           note="al-Bukamal is where they were taken; the reporter's next sentence tells a habit, not this raid, "
                "so it does not carry back: the outlet")])

passage("ea37", "2016-08-25", "Enab Baladi", "a besieged town's deal; the departure is tomorrow",
        "توصلت الفصائل العسكرية في مدينة داريا بريف دمشق الغربي إلى اتفاق مع قوات النظام اليوم الخميس، يقضي بخروج نحو "
        "700 مقاتل بسلاحهم الفردي إلى محافظة إدلب، ونقل العائلات المدنية إلى مراكز إيواء في بلدة حرجلة، بحسب ما أكده "
        "المجلس المحلي للمدينة لعنب بلدي. ومن المقرر أن تبدأ عملية الإخلاء صباح غد الجمعة، بعد حصار استمر قرابة أربع "
        "سنوات.",
        [E("agreement", None, PL("داريا", "Darayya", "Rif Dimashq"), "2016-08-25", "المجلس المحلي للمدينة", None,
           note="the 700 fighters are the future evacuation's figure, not the deal's (a coder might give it); "
                "Idlib and Harjalah are destinations; the evacuation tomorrow is a future")])

passage("ea38", "2016-12-16", "Al Arabiya", "the ICRC's count of an evacuation under way since yesterday; a suspension",
        "أعلنت اللجنة الدولية للصليب الأحمر أن نحو 8500 شخص، بينهم قرابة 3000 مقاتل، خرجوا منذ صباح أمس الخميس من "
        "الأحياء الشرقية المحاصرة في مدينة حلب باتجاه ريف حلب الغربي، في قوافل من الحافلات وسيارات الإسعاف عبر منطقة "
        "الراموسة. وعلّقت قوات النظام صباح اليوم الجمعة عملية الإجلاء متهمة الفصائل بخرق الاتفاق، فيما لا يزال آلاف "
        "المدنيين ينتظرون دورهم في الخروج.",
        [E("other", Q("نحو 8500", 8500, approx=True), PL("حلب", "Aleppo", "Aleppo"), "2016-12-15",
           "اللجنة الدولية للصليب الأحمر", None,
           note="an evacuation is `other`, placed at the city it left (a coder might take «الأحياء الشرقية» as a "
                "region); western Aleppo countryside is the destination and al-Ramouseh the route; the fighters "
                "are a breakdown; the suspension and the waiting thousands are no events"
                "; MENDED stop 31 (figures): a hedge's high, mechanical: «نحو N» is N..N approx as every other set codes it (71 seen events against 4), the high had been left open")])

passage("ea39", "2017-02-24", "Al-Hayat", "Turkish staff announce a town taken by backed factions; fighting moves on",
        "أعلنت رئاسة الأركان التركية أمس الخميس أن فصائل «الجيش السوري الحر» المدعومة من أنقرة سيطرت على مركز مدينة "
        "الباب في ريف حلب الشمالي الشرقي، ضمن عملية «درع الفرات»، بعد أكثر من شهرين من المعارك مع تنظيم «داعش». وقال "
        "قيادي في فرقة السلطان مراد لـ«الحياة» إن المقاتلين يعملون على تمشيط الأحياء من الألغام، وإن المعارك انتقلت "
        "اليوم إلى بلدة قباسين شرق المدينة.",
        [E("territory_change", None, PL("الباب", "Al-Bab", "Aleppo"), "2017-02-23", "رئاسة الأركان التركية", FSA,
           note="Ankara is a backer, never the place; the factions of February 2017 are the FSA (the SNA came "
                "later); the demining is the same taking"),
         E("armed_clash", None, PL("قباسين", "Qabasin", "Aleppo"), "2017-02-24", "قيادي في فرقة السلطان مراد", FSA,
           note="fighting that moved to Qabasin today; the opponent is IS")])

passage("ea40", "2017-04-07", "Al Jazeera", "US cruise missiles on an airbase; the chemical attack recalled with its day",
        "أطلقت مدمرتان أميركيتان من شرق البحر المتوسط فجر اليوم الجمعة 57 صاروخاً من طراز توماهوك على مطار الشعيرات "
        "العسكري في ريف حمص الشرقي، رداً على الهجوم الكيميائي الذي نفذته طائرات النظام على مدينة خان شيخون بريف إدلب "
        "الجنوبي يوم الثلاثاء الماضي وأودى بحياة 84 شخصاً. وقال محافظ حمص إن الضربة قتلت ستة أشخاص، بينما قالت وزارة "
        "الدفاع الروسية إن 21 صاروخاً فقط أصابت المطار.",
        [E("shelling", Q("ستة", 6), PL("مطار الشعيرات العسكري", "Shayrat military airport", "Homs"), "2017-04-07",
           "محافظ حمص", COAL,
           note="ship-launched cruise missiles: ACLED's missile attack, hence shelling (a coder might say "
                "airstrike); the dead are the figure, not the 57 or the 21 missiles (Russia's competing count); "
                "the governor's next sentence returns to the strike; US forces under the coalition's name"),
         E("airstrike", Q("84", 84), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2017-04-04", None, GOV,
           note="recalled with its own day: an event of its own (background; a coder might leave it out); the "
                "writer's recall: the outlet")])


def main() -> None:
    write("gold52.jsonl", P52)


if __name__ == "__main__":
    main()
