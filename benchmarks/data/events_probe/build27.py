"""Build gold27.jsonl: probe set 27 (ids o01…), written in stop 27 by helper probe24 BEFORE any run on it.

A second late set by the writer of set 24, by the same rules, on other years, outlets and event kinds where it could
(more of 2011-2020; starvation under siege, a chemical attack, a hospital, a fatwa, a siege broken, a Kurdish-government
deal, a prisoner exchange, a counter-protest, Jordanian and pro-Iran strikes, the Lebanese border in 2025). Every
passage was written anew, modelled on the phrasing of Arabic reporting (pages read for phrasing, never copied);
people, villages, figures and dates are invented or varied. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build27.py      # rewrites gold27.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402,F401

USF = "US forces"
JOR = "Jordanian forces"
PIRAN = "Pro-Iran militias"

P27: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P27.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("o01", "2011-03-25", "BBC Arabic", "eyewitnesses: a protest fired on, and loyalists on a gathering",
        "قال شهود عيان لبي بي سي إن قوات الأمن السورية فتحت النار اليوم الجمعة على مئات المحتجين في بلدة الصنمين شمال "
        "مدينة درعا، حين حاولوا الوصول إلى مبنى قيادة الشرطة، ما أدى إلى مقتل 17 شخصاً على الأقل. وفي دمشق، اعتدى "
        "موالون للسلطات بالعصي على تجمع صغير لمحتجين قرب الجامع الأموي، بحسب ناشطين.",
        [E("protest", Q("مئات", 200, 900, approx=True), PL("الصنمين", "Al-Sanamayn", "Daraa"), "2011-03-25",
           "شهود عيان", PROT,
           note="fire on a protest: the 17 dead are its fatalities (as b01); the police building is the marchers' "
                "aim; Daraa is a bearing"),
         E("protest", None, PL("الجامع الأموي", "Umayyad Mosque", "Damascus"), "2011-03-25", "ناشطين", PROT,
           note="a small gathering attacked by loyalists: a protest with intervention; the mosque as the place")])

passage("o02", "2012-08-06", "Al Jazeera", "the prime minister's defection told by his spokesman, the state's dismissal",
        "أعلن رئيس الوزراء السوري انشقاقه عن النظام اليوم الاثنين، وقال المتحدث باسمه في بيان تلاه على قناة الجزيرة "
        "إنه انضم إلى صفوف الثورة، وإنه غادر البلاد مع أفراد أسرته ووصل إلى الأردن. في المقابل، ذكر التلفزيون الرسمي "
        "أن رئيس الجمهورية أعفاه من منصبه وكلّف نائبه بتسيير أعمال الحكومة.",
        [E("defection", None, None, "2012-08-06", "المتحدث باسمه", GOV,
           note="one official, no numeral; Jordan is the destination, not the place: no place given; the state "
                "TV's dismissal is the other side's telling, not an event")])

passage("o03", "2012-12-23", "Shaam News Network", "a 'massacre' at a bakery queue by regime jets",
        "شبكة شام: ارتكبت طائرات النظام الحربية مجزرة مروعة في بلدة حلفايا بريف حماة الشمالي، بعد أن ألقت صاروخين على "
        "طابور من الأهالي ينتظرون الخبز أمام الفرن الآلي عصر اليوم، ما أسفر عن استشهاد أكثر من 60 شخصاً، بحسب ما أفاد "
        "ناشطون من البلدة، في حين لا تزال فرق الإسعاف تنتشل الضحايا من المكان.",
        [E("airstrike", Q("أكثر من 60", 60, None, approx=True), PL("حلفايا", "Halfaya", "Hama"), "2012-12-23",
           "ناشطون من البلدة", GOV,
           note="the 'massacre' is this strike, not a second event; two missiles (a dual) are not the figure; "
                "the bakery is in the town")])

passage("o04", "2013-03-05", "Al-Quds Al-Arabi", "a provincial capital taken, the governor captured, raids on a square",
        "لندن – «القدس العربي»: بسط مقاتلو المعارضة السورية، وبينهم عناصر من جبهة النصرة وحركة أحرار الشام، سيطرتهم "
        "على معظم أحياء مدينة الرقة أمس الاثنين، بعد معارك مع القوات الحكومية استمرت ثلاثة أيام، وأسروا المحافظ وأمين "
        "فرع حزب البعث، بحسب المرصد السوري لحقوق الإنسان. وشنت الطائرات الحكومية اليوم غارات على ساحة الساعة وسط "
        "المدينة أسفرت عن مقتل 11 مدنياً، وفق ناشطين.",
        [E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa"), "2013-03-04", "المرصد السوري لحقوق الإنسان",
           FSA,
           note="a mixed rebel force with Nusra and Ahrar coded as the opposition factions (a second coder might "
                "name Nusra); the captured governor is part of the taking; three days a duration; London the "
                "dateline"),
         E("airstrike", Q("11", 11), PL("ساحة الساعة", "Clock Square", "Raqqa"), "2013-03-05", "ناشطين", GOV,
           note="a square as the most specific place (a second coder might keep the city)")])

passage("o05", "2014-01-04", "Orient", "the FSA against ISIS in a town, and a suicide car bomb at a checkpoint",
        "اندلعت منذ فجر اليوم اشتباكات عنيفة بين كتائب الجيش الحر وعناصر تنظيم «دولة العراق والشام» في مدينة الأتارب "
        "بريف حلب الغربي، انتهت بطرد التنظيم من مقراته في المدينة ومقتل 23 من عناصره، حسب ما أفاد مراسل أورينت نت. "
        "وقبل ساعات، فجّر انتحاري من التنظيم سيارة مفخخة عند حاجز للجيش الحر على مدخل بلدة دارة عزة، ما أدى إلى مقتل "
        "7 مقاتلين.",
        [E("armed_clash", Q("23", 23), PL("الأتارب", "Al-Atarib", "Aleppo"), "2014-01-04", "مراسل أورينت نت", FSA,
           note="the FSA attacked ISIS's headquarters; expelling it from its offices is the clash's outcome, not a "
                "taking of the town (judgement)"),
         E("explosion", Q("7", 7), PL("دارة عزة", "Darat Izza", "Aleppo"), "2014-01-04", "مراسل أورينت نت", IS,
           note="a suicide car bomb at a checkpoint at the town's entrance; 'hours before' the same day; the "
                "correspondent carries over (a second coder might give the outlet)")])

passage("o06", "2016-01-09", "France 24", "deaths from hunger in a besieged town, told by an aid group",
        "أعلنت منظمة أطباء بلا حدود أن 23 شخصاً على الأقل، بينهم ستة رضّع، توفوا جوعاً منذ مطلع كانون الأول الماضي في "
        "بلدة مضايا بريف دمشق، التي تحاصرها قوات النظام وعناصر حزب الله منذ أشهر. وأوضحت المنظمة أن نحو 20 ألف شخص ما "
        "زالوا محاصرين في البلدة، وأن قوافل المساعدات لم تدخلها منذ تشرين الأول.",
        [E("casualties", Q("23", 23, None, approx=True), PL("مضايا", "Madaya", "Rif Dimashq"), None,
           "منظمة أطباء بلا حدود", None, kind="aggregate",
           note="starvation deaths since early December: deaths with no act told as their cause (the siege is a "
                "state); the besieged 20 thousand are not an event; infants a breakdown")])

passage("o07", "2015-05-21", "Sky News Arabia", "IS takes Palmyra overnight; regime raids the next morning",
        "سيطر مسلحو تنظيم داعش على كامل مدينة تدمر الأثرية وسط سوريا، بعد انسحاب القوات الحكومية منها ليل الأربعاء، "
        "بحسب ما أكد المرصد السوري لحقوق الإنسان، الذي أشار إلى أن التنظيم بات يسيطر على أكثر من نصف مساحة البلاد. "
        "وصباح اليوم الخميس، شن الطيران الحربي السوري 9 غارات على الأحياء الشمالية للمدينة، قتل فيها 6 مدنيين.",
        [E("territory_change", None, PL("تدمر", "Palmyra", "Homs"), "2015-05-20", "المرصد السوري لحقوق الإنسان", IS,
           note="the night withdrawal dates it; 'more than half the country' is a state, not a figure"),
         E("airstrike", Q("6", 6), PL("تدمر", "Palmyra", "Homs"), "2015-05-21", None, GOV,
           note="nine raids are the strikes, the six dead its fatalities; the sentence has no source of its own "
                "(a second coder might carry SOHR)")])

passage("o08", "2016-04-28", "Al-Durar al-Shamiya", "a field hospital hit at night, a week's air toll in the city",
        "استهدفت طائرات حربية يُرجح أنها روسية، ليل الأربعاء، مستشفى القدس الميداني في حي السكري بمدينة حلب بعدة "
        "صواريخ، ما أدى إلى تدمير أجزاء واسعة منه ومقتل 27 شخصاً بينهم ثلاثة أطباء وطفل، بحسب الدفاع المدني. وتشهد "
        "الأحياء المحررة في المدينة منذ أسبوع تصعيداً جوياً أسفر عن مقتل أكثر من 120 مدنياً.",
        [E("airstrike", Q("27", 27), PL("مستشفى القدس", "Al-Quds hospital", "Aleppo"), "2016-04-27",
           "الدفاع المدني", RUS,
           note="a hedged perpetrator («يُرجح أنها روسية»); the named hospital is the most specific place (the "
                "district encloses it); doctors and a child a breakdown"),
         E("airstrike", Q("أكثر من 120", 120, None, approx=True), PL("حلب", "Aleppo", "Aleppo"), None, None, None,
           kind="aggregate",
           note="a week's air campaign toll in the city's opposition districts (typed by its act; casualties is "
                "defensible); no perpetrator named in the sentence; no source but the outlet")])

passage("o09", "2017-04-04", "Reuters", "a suspected gas attack by jets, a second strike on a clinic",
        "بيروت (رويترز) - قال المرصد السوري لحقوق الإنسان إن 58 شخصاً على الأقل، بينهم 11 طفلاً، قتلوا اليوم الثلاثاء "
        "في هجوم يشتبه بأنه بغاز سام على بلدة خان شيخون في محافظة إدلب، وإن طائرات حربية يُعتقد أنها سورية أو روسية "
        "نفذته. وقال عمال إنقاذ إن غارة أخرى أصابت بعد ساعات مركزاً طبياً يعالج المصابين في البلدة.",
        [E("airstrike", Q("58", 58, None, approx=True), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2017-04-04",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="a chemical attack from the air; the perpetrator is hedged between Syria and Russia: coded the "
                "government (a second coder might leave it null); children a breakdown; Beirut the dateline"),
         E("airstrike", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2017-04-04", "عمال إنقاذ", None,
           note="a second strike hours later on a clinic in the same town: its own event; no figure; no "
                "perpetrator named")])

passage("o10", "2017-09-05", "Al Mayadeen", "the army command: a three-year siege broken at a base",
        "أعلنت القيادة العامة للجيش والقوات المسلحة السورية، اليوم الثلاثاء، أن وحداتها تمكنت من فك الطوق الذي فرضه "
        "تنظيم داعش على مدينة دير الزور منذ نحو ثلاث سنوات، بعد وصول قواتها المتقدمة من ريف الرقة الجنوبي إلى معسكر "
        "اللواء 137 غربي المدينة والتقائها بالقوات المحاصرة فيه.",
        [E("territory_change", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2017-09-05",
           "القيادة العامة للجيش والقوات المسلحة السورية", GOV,
           note="a siege broken: the city is the place (the link-up at Brigade 137's camp west of it; a second "
                "coder might keep the camp); 137 is a unit number; the Raqqa countryside is the origin; the three "
                "years a duration")])

passage("o11", "2018-02-20", "SOHR", "SOHR: shells from the Ghouta on Damascus, barrels on the Ghouta",
        "المرصد السوري لحقوق الإنسان: قضى 4 مدنيين وأصيب 13 آخرون جراء سقوط قذائف أطلقتها الفصائل من الغوطة الشرقية على "
        "حيي باب توما والقصاع في العاصمة دمشق اليوم الثلاثاء. في المقابل، ألقت طائرات النظام المروحية براميل متفجرة "
        "على مدينة حمورية في الغوطة، ما أسفر عن مقتل 19 مدنياً بينهم 6 أطفال.",
        [E("shelling", Q("4", 4), PL("باب توما", "Bab Touma", "Damascus"), "2018-02-20",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="the Ghouta is where the fire came from; two districts: a group, scored on the first; the injured "
                "are not the figure"),
         E("airstrike", Q("19", 19), PL("حمورية", "Hamouriyah", "Rif Dimashq"), "2018-02-20",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="barrel bombs; children a breakdown; «في المقابل» keeps the bulletin's source")])

passage("o12", "2019-10-14", "RT Arabic", "a Kurdish-government deal, then the army enters Tabqa",
        "أعلنت الإدارة الذاتية الكردية ليل الأحد التوصل إلى اتفاق مع الحكومة السورية برعاية روسية، يقضي بانتشار الجيش "
        "السوري على طول الحدود مع تركيا لصد الهجوم التركي. وأفاد مراسل RT بأن وحدات من الجيش السوري دخلت اليوم الاثنين "
        "مدينة الطبقة ومطارها العسكري في ريف الرقة، فيما تتجه أرتال أخرى نحو منبج وعين العرب.",
        [E("agreement", None, None, "2019-10-13", "الإدارة الذاتية الكردية", None,
           note="two parties and a sponsor, no actor1; the border with Turkey is the deal's subject, not a place"),
         E("reinforcement", None, PL("الطبقة", "Al-Tabqa", "Raqqa"), "2019-10-14", "مراسل RT", GOV,
           note="a deployment under the deal (a second coder might code a non-violent territory change); the "
                "airbase is in the town; the columns heading to Manbij and Kobani are a future")])

passage("o13", "2019-10-10", "Rudaw", "Turkish shells on a Qamishli district, and the UN's count of the displaced",
        "رووداو – قتل 5 مدنيين، بينهم طفل، جراء قصف مدفعي تركي استهدف حي الهلالية في مدينة قامشلو اليوم الخميس، وفق ما "
        "أعلنته الإدارة الذاتية. وقالت الأمم المتحدة إن أكثر من 70 ألف شخص نزحوا من مدن وبلدات الشريط الحدودي منذ بدء "
        "العملية العسكرية التركية أمس الأربعاء.",
        [E("shelling", Q("5", 5), PL("الهلالية", "Al-Hilaliyah", "Al-Hasakah"), "2019-10-10", "الإدارة الذاتية", TUR,
           note="a district of Qamishli (spelled «قامشلو»); the child a breakdown"),
         E("other", Q("أكثر من 70 ألف", 70000, None, approx=True), None, None, "الأمم المتحدة", None,
           kind="aggregate",
           note="displacement since the offensive began: the border strip is no single place")])

passage("o14", "2020-02-10", "SMART", "a Turkish column through a crossing to points near Saraqib",
        "قال مراسل سمارت إن رتلاً عسكرياً تركياً يضم نحو 150 آلية بين دبابات وناقلات جند ومدافع ثقيلة دخل فجر اليوم "
        "عبر معبر كفرلوسين الحدودي، واتجه إلى نقاط المراقبة التركية في محيط مدينة سراقب شرقي إدلب، في ثالث رتل من "
        "نوعه خلال أسبوع، وسط تحليق مكثف لطائرات الاستطلاع الروسية في أجواء المنطقة.",
        [E("reinforcement", None, PL("سراقب", "Saraqib", "Idlib"), "2020-02-10", "مراسل سمارت", TUR,
           note="reinforcements are placed where they deploy (as n22); the crossing is the entry; the vehicles are "
                "not the figure; 'the third in a week' an ordinal; the reconnaissance flights are no strike")])

passage("o15", "2014-12-04", "Al-Souria Net", "a fatwa against conscription with a call to defect",
        "أصدر المجلس الإسلامي السوري، الذي يتخذ من مدينة إسطنبول التركية مقراً له، فتوى اليوم تحرّم على الشبان "
        "السوريين الالتحاق بالخدمة الإلزامية في جيش النظام، ودعا المجندين في صفوفه إلى الانشقاق والالتحاق بفصائل "
        "الثوار، معتبراً أن الرواتب التي يتقاضونها «مال حرام». وقال رئيس المجلس في مؤتمر صحفي إن الفتوى تشمل "
        "المتطوعين في الميليشيات الرديفة أيضاً.",
        [E("statement", None, None, "2014-12-04", "المجلس الإسلامي السوري", None,
           note="a fatwa is a statement (news_dev); Istanbul is the council's seat, not a place; the appeal to "
                "defect is a call, not a defection; the press conference is the same statement")])

passage("o16", "2012-05-10", "Euronews", "twin suicide car bombs on a Damascus ring road",
        "قتل 52 شخصاً وأصيب نحو 360 آخرين، صباح اليوم الخميس، في انفجار سيارتين مفخختين يقودهما انتحاريان على "
        "أوتوستراد المتحلق الجنوبي في حي القزاز بدمشق، قرب مبنى تابع للاستخبارات العسكرية، بحسب ما أعلنت وزارة الداخلية "
        "السورية. وتبادلت الحكومة والمعارضة الاتهامات بالمسؤولية عن التفجير، الأعنف منذ بدء الاحتجاجات.",
        [E("explosion", Q("52", 52), PL("القزاز", "Al-Qazzaz", "Damascus"), "2012-05-10", "وزارة الداخلية السورية",
           None,
           note="two car bombs at one spot: one event; the injured are not the figure; each side blames the other: "
                "no agent; the ring road and the building are in the district")])

passage("o17", "2013-01-31", "Al-Akhbar", "the army command on an Israeli raid on a research centre, a denial",
        "أعلنت القيادة العامة للجيش السوري أن طائرات حربية إسرائيلية اخترقت الأجواء فجر أمس على علو منخفض من منطقة جبل "
        "الشيخ، وقصفت مركز البحوث العلمية في جمرايا بريف دمشق، ما أدى إلى مقتل شخصين وإصابة خمسة آخرين، ونفت أن تكون "
        "الغارة قد استهدفت قافلة متجهة إلى لبنان.",
        [E("airstrike", None, PL("جمرايا", "Jamraya", "Rif Dimashq"), "2013-01-30",
           "القيادة العامة للجيش السوري", ISR,
           note="Mount Hermon is where the jets came from; two killed is a dual (no figure); the denial concerns "
                "another telling (a convoy bound for Lebanon), not a second event")])

passage("o18", "2014-03-23", "Al-Quds Al-Arabi", "rebels take a border crossing and part of a town",
        "قال ناشطون إن فصائل من المعارضة السورية المسلحة، بينها جبهة النصرة، سيطرت اليوم الأحد على معبر كسب الحدودي مع "
        "تركيا وعلى أجزاء من البلدة في ريف اللاذقية الشمالي، ضمن معركة أطلقت عليها اسم «الأنفال»، وإن 16 عنصراً من قوات "
        "النظام واللجان الشعبية قتلوا في المعارك.",
        [E("territory_change", Q("16", 16), PL("كسب", "Kessab", "Latakia"), "2014-03-23", "ناشطون", FSA,
           note="the crossing and part of the town: the place is Kessab; Turkey is named for the border; the "
                "battle's dead belong to the taking; Nusra among the factions (coded the opposition factions)")])

passage("o19", "2024-01-18", "Al-Araby Al-Jadeed", "raids 'probably Jordanian' on a Sweida town, a local network as source",
        "قُتل عشرة أشخاص، بينهم طفلان وامرأتان، في غارات جوية يُرجح أنها أردنية استهدفت فجر اليوم الخميس منازل في "
        "بلدة عرمان جنوب شرقي السويداء، بحسب شبكة «السويداء 24» الإخبارية، وأضافت الشبكة أن أحد المنازل يعود لرجل "
        "متهم بتهريب المخدرات. ولم يعلق الجيش الأردني على الغارات حتى الآن.",
        [E("airstrike", Q("عشرة", 10), PL("عرمان", "Orman", "As-Suwayda"), "2024-01-18", "السويداء 24", JOR,
           note="a hedged perpetrator («يُرجح أنها أردنية»); another outlet named as the source («الشبكة» its anaphor); the "
                "army's silence is not a denial")])

passage("o20", "2025-03-17", "Al Arabiya", "the defence ministry takes a border village from Hezbollah",
        "أعلنت وزارة الدفاع السورية، اليوم الاثنين، أن قواتها بسطت سيطرتها على قرية حوش السيد علي الحدودية غرب القصير، "
        "بعد اشتباكات مع مسلحين من حزب الله اللبناني. وكان ثلاثة من عناصر الجيش قد خُطفوا ليل السبت قرب الحدود وقُتلوا "
        "داخل الأراضي اللبنانية، فيما أفادت وسائل إعلام لبنانية بسقوط قذائف على بلدة القصر في قضاء الهرمل.",
        [E("territory_change", None, PL("حوش السيد علي", "Hawsh al-Sayyid Ali", "Homs"), "2025-03-17",
           "وزارة الدفاع السورية", NEWGOV,
           note="the clashes belong to the taking; al-Qusayr is a bearing; the soldiers killed inside Lebanon and "
                "the shells on Qasr (Hermel) are outside Syria: not coded")])

passage("o21", "2025-04-03", "SANA", "new SANA: a prisoner exchange at a district's entrance under the March deal",
        "حلب-سانا\nجرت اليوم عملية تبادل للموقوفين بين مديرية الأمن الداخلي في حلب وقوات سوريا الديمقراطية عند مدخل حي "
        "الشيخ مقصود، شملت نحو 250 شخصاً من الجانبين، تنفيذاً للاتفاق الموقع بين الطرفين في العاشر من آذار الماضي. "
        "وأوضح مصدر في المديرية أن العملية ستُستكمل على دفعات خلال الأيام المقبلة.",
        [E("other", Q("نحو 250", 250, approx=True), PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), "2025-04-03", None,
           None,
           note="a prisoner exchange; the March agreement is its frame (recalled, not coded); the next batches are "
                "a future; the source speaks of the future batches: the exchange is the outlet's")])

passage("o22", "2025-11-25", "Syria TV", "a demonstration at a Latakia roundabout and a counter-stand",
        "خرج المئات في مدينة اللاذقية اليوم الثلاثاء في مظاهرة عند دوار الزراعة، رفعوا خلالها شعارات تطالب بالإفراج عن "
        "الموقوفين وباللامركزية، استجابة لدعوة أطلقها رجل دين علوي مقيم في الخارج. وفي الساحة نفسها، تجمع عشرات "
        "المؤيدين للحكومة في وقفة مضادة، قبل أن تفصل قوى الأمن الداخلي بين الطرفين، بحسب مراسل تلفزيون سوريا.",
        [E("protest", Q("المئات", 200, 900, approx=True), PL("دوار الزراعة", "Al-Ziraa roundabout", "Latakia"),
           "2025-11-25", "مراسل تلفزيون سوريا", PROT,
           note="a roundabout as the most specific place; the call from abroad is the reason"),
         E("protest", Q("عشرات", 20, 90, approx=True), PL("دوار الزراعة", "Al-Ziraa roundabout", "Latakia"),
           "2025-11-25", "مراسل تلفزيون سوريا", PROT,
           note="a counter-stand at the same spot («الساحة نفسها»): a protest of its own; the security forces "
                "separating the sides is no clash")])

passage("o23", "2025-11-28", "Al Jazeera", "an Israeli raid to arrest men, a clash with residents, the army's telling",
        "قالت مصادر محلية إن قوة إسرائيلية توغلت فجر اليوم الجمعة في بلدة بيت جن بريف دمشق الجنوبي الغربي واعتقلت "
        "ثلاثة شبان، قبل أن يتصدى لها مسلحون من أهالي البلدة، لتندلع اشتباكات قُتل فيها 11 من السكان، بينهم أطفال. من "
        "جهته، قال الجيش الإسرائيلي إن ستة من جنوده أصيبوا خلال عملية لاعتقال مشتبه بهم.",
        [E("arrest", Q("ثلاثة", 3), PL("بيت جن", "Beit Jinn", "Rif Dimashq"), "2025-11-28", "مصادر محلية", ISR,
           note="the detention that started it"),
         E("armed_clash", Q("11", 11), PL("بيت جن", "Beit Jinn", "Rif Dimashq"), "2025-11-28", "مصادر محلية", ISR,
           note="the incursion met by residents' gunmen; the Israeli army's six wounded are the same clash told by "
                "the other side, not its figure")])

passage("o24", "2022-07-22", "Nedaa Syria", "a Russian raid on a house, regime shells on two villages",
        "قتل سبعة مدنيين، بينهم أربعة أطفال، وجرح 12 آخرون، صباح اليوم الجمعة، بغارة جوية روسية استهدفت منزلاً على "
        "أطراف قرية الجديدة غربي جسر الشغور، وفق ما أعلن الدفاع المدني السوري. كما قصفت قوات النظام بقذائف المدفعية "
        "قريتي كنصفرة وسفوهن في جبل الزاوية، من دون تسجيل إصابات، بحسب ناشطين.",
        [E("airstrike", Q("سبعة", 7), PL("الجديدة", "Al-Jadida (Jisr al-Shughur)", "Idlib"), "2022-07-22",
           "الدفاع المدني السوري", RUS,
           note="a common village name placed by its bearing from Jisr al-Shughur; the injured are not the figure"),
         E("shelling", None, PL("كنصفرة", "Kansafrah", "Idlib"), "2022-07-22", "ناشطين", GOV,
           note="two villages: a group, scored on the first; no casualties")])

passage("o25", "2023-06-02", "SNHR", "SNHR's monthly count of arbitrary arrests with a breakdown by perpetrator",
        "أحصت الشبكة السورية لحقوق الإنسان ما لا يقل عن 187 حالة احتجاز تعسفي خلال أيار المنصرم في عموم البلاد، من "
        "بينها 9 أطفال و6 سيدات، وحمّلت قوات النظام المسؤولية عن 97 حالة منها، تليها قوات سوريا الديمقراطية ثم هيئة "
        "تحرير الشام وفصائل الجيش الوطني، فيما جاءت محافظة ريف دمشق في المرتبة الأولى من حيث عدد الحالات.",
        [E("arrest", Q("ما لا يقل عن 187", 187, None, approx=True), None, "2023-05",
           "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a month's national count dated by the month; perpetrators, children, women and the top governorate "
                "are a breakdown, never separate events; several perpetrators: no actor1")])

passage("o26", "2024-10-04", "UN News", "people fleeing Lebanon into Syria, a strike on the Lebanese side",
        "قالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن أكثر من 310 آلاف شخص عبروا من لبنان إلى سوريا منذ 23 "
        "أيلول الماضي هرباً من الغارات الإسرائيلية، نحو 70% منهم سوريون. وفي وقت مبكر من اليوم الجمعة، قطعت غارة "
        "إسرائيلية الطريق الدولي قرب معبر المصنع من الجهة اللبنانية، ما اضطر الوافدين إلى عبور الحفرة سيراً نحو جديدة "
        "يابوس.",
        [E("other", Q("أكثر من 310 آلاف", 310000, None, approx=True), None, None,
           "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", None, kind="aggregate",
           note="arrivals from Lebanon since 23 September (displacement into Syria); the percent is a breakdown; "
                "the strike near Masnaa is on the Lebanese side: not coded; Jdeidet Yabous is a destination")])

passage("o27", "2024-01-04", "Kurdistan 24", "a claimed drone attack on a coalition base, US artillery in reply",
        "تعرضت قاعدة للتحالف الدولي في حقل كونيكو للغاز بريف دير الزور الشمالي لهجوم بطائرتين مسيّرتين مساء أمس "
        "الأربعاء، دون أن يسفر عن إصابات، وتبنّت «المقاومة الإسلامية في العراق» الهجوم في بيان على تلغرام. وفي الليلة "
        "ذاتها، ردّت القوات الأمريكية بقصف مدفعي على مواقع للفصائل الموالية لإيران في بلدة خشام المقابلة.",
        [E("airstrike", None, PL("حقل كونيكو", "Conoco gas field", "Deir ez-Zor"), "2024-01-03",
           "المقاومة الإسلامية في العراق", PIRAN,
           note="a drone attack (airstrike, as earlier sets) claimed by an Iraqi group: the claimant is the source; "
                "two drones (a dual), no casualties; a facility as the place"),
         E("shelling", None, PL("خشام", "Khasham", "Deir ez-Zor"), "2024-01-03", None, USF,
           note="the reply the same night; no source but the outlet")])

passage("o28", "2025-09-16", "SANA", "the defence ministry: IS cells attack a checkpoint, a sweep follows",
        "أعلنت وزارة الدفاع السورية مقتل خمسة من عناصر الجيش العربي السوري، ليل الاثنين، إثر هجوم شنته خلايا تابعة "
        "لتنظيم داعش على حاجز عسكري عند المدخل الشرقي لبلدة معدان في ريف الرقة الشرقي، مشيرة إلى أن القوات المرابطة "
        "ردّت على المهاجمين وقتلت اثنين منهم، وأطلقت حملة تمشيط في البادية المحيطة.",
        [E("armed_clash", Q("خمسة", 5), PL("معدان", "Maadan", "Raqqa"), "2025-09-15", "وزارة الدفاع السورية", IS,
           note="«ليل الاثنين» before a Tuesday; the two attackers killed are the same clash (a numeral word: a "
                "second coder might sum the dead); the sweep is ongoing; «الجيش العربي السوري» is the new army")])

passage("o29", "2025-07-01", "Al-Hurra", "a US executive order ends the Syria sanctions programme",
        "وقّع الرئيس الأمريكي دونالد ترامب، مساء أمس الاثنين، أمراً تنفيذياً ينهي برنامج العقوبات الأمريكية على "
        "سوريا اعتباراً من اليوم، مع الإبقاء على العقوبات المفروضة على الرئيس المخلوع بشار الأسد و139 من المقربين "
        "منه وعلى شبكات تهريب الكبتاغون، بحسب ما أعلن البيت الأبيض، الذي أوضح أن القرار جاء بعد لقاء جمع ترامب "
        "بالرئيس السوري أحمد الشرع في الرياض في أيار الماضي.",
        [E("sanction", None, None, "2025-06-30", "البيت الأبيض", None,
           note="the lifting is a sanctions decision; the 139 kept on the list are an existing state, not the "
                "figure (judgement); the US government has no canonical actor; the Riyadh meeting is recalled, no event")])

passage("o30", "2012-06-21", "Al-Ghad (Jordan)", "a pilot defects with his jet to a Jordanian airbase",
        "عمّان – «الغد»: هبط طيار حربي سوري برتبة عقيد بطائرته من طراز «ميغ 21» صباح اليوم في قاعدة الملك حسين "
        "الجوية بمدينة المفرق، بعد أن أقلع من مطار الضمير العسكري في ريف دمشق، وطلب اللجوء السياسي، وفق ما أعلن وزير "
        "الدولة لشؤون الإعلام الأردني. وقالت مصادر في المعارضة السورية إن الطيار ينحدر من محافظة إدلب.",
        [E("defection", None, PL("مطار الضمير العسكري", "Al-Dumayr military airport", "Rif Dimashq"), "2012-06-21",
           "وزير الدولة لشؤون الإعلام الأردني", GOV,
           note="one pilot; placed at the base he left (the Jordanian base and Mafraq are the destination; a second "
                "coder might give no place); «ميغ 21» is a model, not a quantity; Amman the dateline; Idlib is the pilot's origin")])

passage("o31", "2016-02-08", "Zaman al-Wasl", "conscripts deserting over a week, some caught at checkpoints",
        "كشفت مصادر خاصة لـ«زمان الوصل» أن 35 مجنداً فرّوا من قطعهم العسكرية في ريف اللاذقية الشمالي خلال الأسبوع "
        "الماضي، مستغلين انشغال الضباط بمعارك جبل التركمان، وأن الشرطة العسكرية اعتقلت 9 منهم لاحقاً على حواجز مدينة "
        "جبلة. وأضافت المصادر أن قيادة الفيلق الثاني هددت بمحاكمة الفارين ميدانياً، وأن بعضهم وصل إلى مناطق سيطرة "
        "المعارضة.",
        [E("desertion", Q("35", 35), PL("ريف اللاذقية الشمالي", "Northern Latakia countryside", "Latakia"), None,
           "مصادر خاصة", GOV, kind="aggregate",
           note="desertions over a week (an aggregate; no single day); the Turkmen Mountain battles are the reason; the "
                "threat of trial is a future; opposition areas are a destination"),
         E("arrest", Q("9", 9), PL("جبلة", "Jableh", "Latakia"), None, "مصادر خاصة", GOV,
           note="deserters caught at Jableh's checkpoints, undated within the week; the military police are the "
                "government's")])


if __name__ == "__main__":
    write("gold27.jsonl", P27)
