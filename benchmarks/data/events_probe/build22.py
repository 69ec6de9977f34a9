"""Build gold22.jsonl: probe set 22 (ids a01…), written in stop 27 by helper probe22 BEFORE any run on it.

Every passage was written for marsad by the helper, modelled on the phrasing of Arabic reporting on Syria
2011-2025 (pages read for phrasing, never copied); people, villages, figures and dates are invented or varied.
About two thirds of the passages are from 2011-2015 (protests and their dispersal, defections, barrel bombs,
sieges, checkpoints, the first rebel takings, massacres, running tolls). Offsets are computed by build.build
(the n-th occurrence of each surface) and checked.

    python benchmarks/data/events_probe/build22.py      # rewrites gold22.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

MILITIA = "Pro-government militias (Syria)"

P22: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P22.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


SOHR = "المرصد السوري لحقوق الإنسان"

# ---------------------------------------------------------------- 2011
passage("a01", "2011-04-22", "Al Jazeera", "a Friday protest fired on, told by the coordination committees",
        "قالت لجان التنسيق المحلية إن عشرات الآلاف خرجوا اليوم الجمعة إلى شوارع مدينة الصنمين بريف درعا "
        "الشمالي في ما سماه الناشطون «الجمعة العظيمة»، مطالبين برفع حالة الطوارئ، فواجهتهم قوات الأمن بالرصاص "
        "الحي وقنابل الغاز، ما أسفر عن سقوط سبعة قتلى وعشرات الجرحى. وأكد شهود عيان أن عناصر بلباس مدني أطلقوا "
        "النار من أسطح الأبنية المطلة على الساحة.",
        [E("protest", Q("عشرات الآلاف", 20000, 90000, True), PL("الصنمين", "As-Sanamayn", "Daraa"),
           "2011-04-22", "لجان التنسيق المحلية", PROT,
           note="fire on a protest: the seven dead are the protest's fatalities, not a second event; the Friday's "
                "name is not a date of its own; the rooftops are where the fire came from")])

passage("a02", "2011-06-06", "SANA", "SANA dateline, an ambush on police by an 'armed terrorist group'",
        "إدلب-سانا\nاستشهد ثمانية من عناصر قوات حفظ النظام وأصيب خمسة آخرون صباح اليوم عندما نصبت مجموعة "
        "إرهابية مسلحة كميناً لدوريتهم قرب قرية بداما على الطريق الواصل بين جسر الشغور واللاذقية. وأوضح مصدر "
        "مسؤول في وزارة الداخلية أن أفراد المجموعة كانوا يستقلون سيارات دفع رباعي، وأن الجهات المختصة تلاحقهم "
        "في الأحراج المحيطة لإلقاء القبض عليهم.",
        [E("armed_clash", Q("ثمانية", 8), PL("بداما", "Badama", "Idlib"), "2011-06-06",
           "مصدر مسؤول في وزارة الداخلية", None,
           note="an ambush; the village is more specific than the road between Jisr al-Shughur and Latakia; Idlib "
                "is the dateline; SANA's 'armed terrorist group' names no force (no agent, as b08); the wounded are "
                "not the figure; the pursuit is ongoing (no event)")])

passage("a03", "2011-07-01", "Reuters", "Reuters dateline, a mass protest in a square and a recalled one fired on",
        "عمّان (رويترز) - قال سكان وناشطون إن مئات الآلاف احتشدوا اليوم الجمعة في ساحة العاصي وسط مدينة حماة "
        "في أكبر تجمع منذ بدء الانتفاضة، هاتفين بإسقاط النظام، بينما غابت قوات الأمن عن محيط الساحة. وتعود "
        "المدينة إلى الواجهة بعد أن قُتل فيها أكثر من 60 محتجاً برصاص القوات الحكومية يوم الثالث من حزيران/يونيو.",
        [E("protest", Q("مئات الآلاف", 200000, 900000, True), PL("ساحة العاصي", "Al-Assi Square", "Hama"),
           "2011-07-01", "سكان وناشطون", PROT,
           note="a square as the most specific place; Amman is the dateline; the absent security forces are a state"),
         E("protest", Q("أكثر من 60", 60, None, True), PL("حماة", "Hama", "Hama"), "2011-06-03", None, PROT,
           note="a recalled protest fired on, with its own day; the dead are its fatalities (its figure); the "
                "sentence names no source of its own: the outlet")])

passage("a04", "2011-09-27", "AFP", "AFP dateline, soldiers defecting in a town and the army's assault",
        "نيقوسيا (أ ف ب) - أفاد المرصد السوري لحقوق الإنسان الثلاثاء بأن عشرات الجنود انشقوا خلال الأيام الماضية "
        "في مدينة الرستن شمال حمص وانضموا إلى الأهالي، ما دفع الجيش إلى شن هجوم واسع على المدينة بالدبابات. "
        "وأضاف المرصد أن اشتباكات عنيفة تدور منذ صباح اليوم بين المنشقين والقوات النظامية عند مداخل المدينة، "
        "قُتل فيها ستة عسكريين على الأقل.",
        [E("defection", Q("عشرات", 20, 90, True), PL("الرستن", "Ar-Rastan", "Homs"), None, SOHR, GOV,
           note="'over the past days' fixes no day (undated); Homs is a bearing; Nicosia the dateline"),
         E("armed_clash", Q("ستة", 6, None, True), PL("الرستن", "Ar-Rastan", "Homs"), "2011-09-27", SOHR, GOV,
           note="the army's assault and the clashes at the entrances are one act; the attacker is actor1; 'six "
                "soldiers at least' (hedge after the noun)")])

passage("a05", "2011-12-13", "Al Arabiya", "the coordination committees' evening toll, and a raid with arrests",
        "قالت لجان التنسيق المحلية في حصيلة مسائية إن 34 شخصاً قُتلوا اليوم الثلاثاء برصاص الجيش وقوات الأمن "
        "في أنحاء سوريا، بينهم 15 في حمص وتسعة في إدلب وستة في درعا. وفي ريف إدلب، اقتحمت قوات مدعومة بالمدرعات "
        "بلدة كفرتخاريم فجراً واعتقلت أكثر من 40 شاباً خلال مداهمات للمنازل، وفق ناشطين من البلدة.",
        [E("casualties", Q("34", 34), PL("سوريا", "Syria"), "2011-12-13", "لجان التنسيق المحلية", GOV,
           kind="aggregate",
           note="a day's national toll; the governorates are a breakdown, not events; the text names who shot"),
         E("arrest", Q("أكثر من 40", 40, None, True), PL("كفرتخاريم", "Kafr Takharim", "Idlib"), "2011-12-13",
           "ناشطين من البلدة", GOV,
           note="the storming is the arrests' setting, one incident; 'forces backed by armour' in 2011: the "
                "government's (an inference)")])

# ---------------------------------------------------------------- 2012
passage("a06", "2012-02-21", "Al Arabiya", "a besieged Homs district shelled, day ordinal",
        "تواصل قصف القوات النظامية بالمدفعية والصواريخ على حي بابا عمرو في مدينة حمص لليوم الثامن عشر على "
        "التوالي، وقال ناشطون في المدينة إن 26 شخصاً على الأقل قُتلوا اليوم الثلاثاء، معظمهم بقذائف سقطت على "
        "منازل في شارع الحكورة، وسط نقص حاد في المواد الطبية. وناشد الأهالي الصليب الأحمر التدخل لإخراج الجرحى "
        "من الحي المحاصر.",
        [E("shelling", Q("26", 26, None, True), PL("بابا عمرو", "Baba Amr", "Homs"), "2012-02-21",
           "ناشطون في المدينة", GOV,
           note="the day ordinal is not a count; the street is where most fell (the district holds all 26); the "
                "appeal is a call; the siege is a state")])

passage("a07", "2012-06-14", "Al-Hayat", "a massacre blamed on loyalist gunmen, and state TV's telling",
        "اتهم ناشطون وأعضاء في مجلس قيادة الثورة في حماة مسلحين موالين للنظام بقتل ما لا يقل عن 37 مدنياً، "
        "بينهم 11 طفلاً، ذبحاً وحرقاً في قرية الشيخ هلال بريف حماة الشرقي فجر أمس الأربعاء، بعد قصف مدفعي مهّد "
        "لاقتحامها. في المقابل، نقل التلفزيون الرسمي أن «مجموعات إرهابية» ارتكبت المجزرة بهدف استجلاب التدخل "
        "الخارجي.",
        [E("armed_clash", Q("ما لا يقل عن 37", 37, None, True), PL("الشيخ هلال", "Sheikh Hilal", "Hama"),
           "2012-06-13", "مجلس قيادة الثورة في حماة", MILITIA,
           note="a massacre by gunmen (coded like an assassination: armed_clash; ACLED's attack on civilians); the "
                "preparatory shelling is part of the storming (judgement); the children are a breakdown; state "
                "TV's blame is the other side's telling of the same act; the agent as the accusers give it")])

passage("a08", "2012-07-22", "AFP", "AFP dateline across the border, a crossing taken",
        "كيليس (تركيا) (أ ف ب) - سيطر مقاتلو الجيش السوري الحر الأحد على معبر باب السلامة الحدودي مع تركيا "
        "شمال مدينة أعزاز، بعد معارك استمرت ليلتين مع القوات النظامية التي انسحبت باتجاه حلب، بحسب ما أفاد "
        "مراسل فرانس برس عند الجانب التركي. ورأى المراسل علم الثورة مرفوعاً على مبنى الجمارك، فيما أغلقت "
        "السلطات التركية بوابتها أمام العابرين.",
        [E("territory_change", None, PL("معبر باب السلامة", "Bab al-Salama crossing", "Aleppo"), "2012-07-22",
           "مراسل فرانس برس", FSA,
           note="a crossing as the most specific place; Kilis (Turkey) is the dateline, Azaz a bearing, Aleppo "
                "where the army withdrew to; the two nights of fighting are the taking's battle; the Turkish gate "
                "closing is not coded")])

passage("a09", "2012-08-16", "Reuters", "a jet strikes a bread queue in an Aleppo district",
        "قال المرصد السوري لحقوق الإنسان إن طائرة حربية قصفت ظهر اليوم الخميس تجمعاً لمدنيين أمام فرن في حي "
        "الشعار بمدينة حلب، ما أدى إلى مقتل 23 شخصاً بينهم أربعة أطفال، وإصابة العشرات. ويأتي ذلك فيما تحاول "
        "القوات النظامية منذ أسبوعين استعادة حي صلاح الدين الذي يسيطر عليه مقاتلون معارضون.",
        [E("airstrike", Q("23", 23), PL("الشعار", "Al-Shaar", "Aleppo"), "2012-08-16", SOHR, GOV,
           note="a district as the place; a warplane in 2012 is the government's (an inference: no force named); "
                "the children are a breakdown; the two-week push on Salaheddine is a state (no day), not coded")])

passage("a10", "2012-09-19", "Anadolu", "Anadolu dateline, defectors crossing to Hatay, ranks",
        "أنطاكيا/ الأناضول - عبر 33 عسكرياً منشقاً عن الجيش السوري، بينهم عميد وثلاثة عقداء، الحدود إلى ولاية "
        "هاتاي جنوبي تركيا مساء الأربعاء برفقة عائلاتهم. وأفاد مراسل الأناضول بأن المنشقين غادروا مواقعهم في "
        "جبل الزاوية بريف إدلب قبل يومين، ونُقلوا فور وصولهم إلى مخيم مخصص للضباط المنشقين في بلدة يايلاداغ.",
        [E("defection", Q("33", 33), PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), "2012-09-17",
           "مراسل الأناضول", GOV,
           note="they left their posts two days before the crossing: the defection's day and place; Hatay and the "
                "camp are destinations, Antakya the dateline; the ranks are a breakdown")])

passage("a11", "2012-11-20", "Orient", "a regiment's base taken after a siege, then struck from the air",
        "قال قائد ميداني في الجيش الحر لأورينت نت إن كتائب الثوار سيطرت اليوم بالكامل على مقر الفوج 46 قرب بلدة "
        "الأتارب في ريف حلب الغربي بعد حصار دام قرابة شهرين، وإن 14 عنصراً من حامية الفوج قُتلوا في الاقتحام "
        "وأُسر نحو 60 آخرين، فيما اغتنم المقاتلون دبابات وذخائر. ولم تمض ساعات حتى قصف الطيران الحربي مباني "
        "الفوج بعدة غارات.",
        [E("territory_change", Q("14", 14), PL("الفوج 46", "46th Regiment base", "Aleppo"), "2012-11-20",
           "قائد ميداني في الجيش الحر", FSA,
           note="a base named with a number (46 is not a quantity) as the most specific place; al-Atarib a "
                "bearing; the garrison's dead on the taking; the captives and the booty are part of it"),
         E("airstrike", None, PL("الفوج 46", "46th Regiment base", "Aleppo"), "2012-11-20", None, GOV,
           note="«مباني الفوج» is the same base; 'several raids', no numeral; the outlet's own narration "
                "(judgement: the commander's report may be carried)")])

# ---------------------------------------------------------------- 2013
passage("a12", "2013-01-17", "Enab Baladi", "barrels, artillery and a repelled storming in a besieged town",
        "ألقى الطيران المروحي التابع لقوات الأسد منذ صباح اليوم الخميس 11 برميلاً متفجراً على الأحياء الجنوبية "
        "من مدينة داريا، إلى جانب قصف مدفعي مصدره جبال المعضمية، دون أن تُسجل إصابات بحسب المجلس المحلي للمدينة. "
        "وأضاف المجلس أن مقاتلي الجيش الحر صدّوا محاولة اقتحام من جهة الجمعية السكنية الغربية، وقتلوا خمسة من "
        "عناصر الفرقة الرابعة.",
        [E("airstrike", Q("11", 11), PL("داريا", "Darayya", "Rif Dimashq"), "2013-01-17", "المجلس المحلي", GOV,
           note="barrel bombs from helicopters; the barrels are the count (no casualties)"),
         E("shelling", None, PL("داريا", "Darayya", "Rif Dimashq"), "2013-01-17", "المجلس المحلي", GOV,
           note="the artillery is a second act; the Moadamiya mountains are where the fire came from; the "
                "shooter is the same besieger (judgement)"),
         E("armed_clash", Q("خمسة", 5), PL("داريا", "Darayya", "Rif Dimashq"), "2013-01-17", "المجلس المحلي", GOV,
           note="a repelled storming: the attacker is actor1; the dead are the attackers; the housing quarter is "
                "the direction of the attack")])

passage("a13", "2013-03-11", "AFP", "SOHR's running total since March 2011, breakdown",
        "أعلن المرصد السوري لحقوق الإنسان، ومقره لندن، أن عدد من قُتلوا في سوريا منذ منتصف آذار 2011 تجاوز 70 "
        "ألف شخص، بينهم ما يزيد على 27 ألف مدني و11 ألف عنصر من القوات النظامية، إضافة إلى 1600 منشق. وقال "
        "مدير المرصد رامي عبد الرحمن لفرانس برس إن الحصيلة الحقيقية قد تكون أعلى بكثير بسبب تكتم الطرفين على "
        "خسائرهما.",
        [E("casualties", Q("70 ألف", 70000, None, True), PL("سوريا", "Syria"), None, SOHR, None, kind="aggregate",
           note="running total since March 2011 (period); a bound by the verb «تجاوز»; the civilians, soldiers "
                "and defectors are a breakdown; London is the seat; the 'real toll higher' is no figure")])

passage("a14", "2013-05-15", "Zaman al-Wasl", "arrests at a checkpoint at a town's entrance",
        "اعتقل عناصر حاجز تابع لفرع المخابرات الجوية عند مدخل بلدة جديدة عرطوز بريف دمشق الغربي صباح الأربعاء "
        "16 شاباً من ركاب حافلتين كانتا متجهتين إلى دمشق، بحسب ما قاله لـ«زمان الوصل» ناشط محلي. وأضاف الناشط "
        "أن المعتقلين اقتيدوا إلى فرع المطار في المزة، وأن الحاجز نفسه يحتجز يومياً عدداً من المارة بذريعة "
        "التشابه في الأسماء.",
        [E("arrest", Q("16", 16), PL("جديدة عرطوز", "Jdeidat Artouz", "Rif Dimashq"), "2013-05-15",
           "ناشط محلي", GOV,
           note="the checkpoint at the entrance: the town; Damascus is where the buses were going, Mezzeh where "
                "the detainees were taken; the buses (dual) are not the figure; the daily detentions are a habit")])

passage("a15", "2013-07-23", "Al-Hayat", "a town taken after weeks, and a recalled rocket with its own day",
        "أفاد «المرصد السوري لحقوق الإنسان» بأن مقاتلين من كتائب معارضة سيطروا ليل الاثنين على بلدة خان العسل "
        "في ريف حلب الغربي بعد معارك استمرت أسابيع، قُتل خلالها 123 عنصراً من القوات النظامية على الأقل. وكانت "
        "البلدة قد شهدت في 19 آذار الماضي سقوط صاروخ قالت الحكومة والمعارضة إنه محمل بمواد كيماوية، وقتل فيه 26 "
        "شخصاً، وتبادل الطرفان الاتهام بإطلاقه.",
        [E("territory_change", Q("123", 123, None, True), PL("خان العسل", "Khan al-Asal", "Aleppo"),
           "2013-07-22", "المرصد السوري لحقوق الإنسان", FSA,
           note="'Monday night' before a Tuesday; the weeks of battle's dead on the taking (as b06)"),
         E("shelling", Q("26", 26), PL("خان العسل", "Khan al-Asal", "Aleppo"), "2013-03-19", None, None,
           note="a recalled rocket with its own day (the month of a past March); each side blamed the other: no "
                "agent; typed shelling (a fired rocket), explosion is defensible; no source of its own: the "
                "outlet")])

passage("a16", "2013-10-29", "Asharq Al-Awsat", "deaths of hunger under siege over a month, and a recalled evacuation",
        "قال ناشطون في مدينة معضمية الشام بريف دمشق إن ستة أشخاص، بينهم أربعة أطفال، توفوا منذ مطلع الشهر الجاري "
        "بسبب سوء التغذية، في ظل الحصار الذي تفرضه الفرقة الرابعة على المدينة منذ نحو عام. وكان الهلال الأحمر "
        "العربي السوري قد أجلى في الثالث عشر من الشهر نحو 1800 مدني، معظمهم من النساء والأطفال، إلى بلدة قدسيا "
        "المجاورة.",
        [E("casualties", Q("ستة", 6), PL("معضمية الشام", "Moadamiyet al-Sham", "Rif Dimashq"), "2013-10",
           "ناشطون في مدينة معضمية الشام", GOV, kind="aggregate",
           note="deaths of hunger over the month (dated by the month); no act caused them but the siege, whose "
                "force the text names (agent the besieger: a judgement, null is defensible); the children a "
                "breakdown; the siege is a state"),
         E("other", Q("نحو 1800", 1800, approx=True), PL("معضمية الشام", "Moadamiyet al-Sham", "Rif Dimashq"),
           "2013-10-13", None, None,
           note="an evacuation recalled with its own day; Qudsaya is the destination; the women and children a "
                "breakdown; no source of its own: the outlet; the Red Crescent is no armed actor")])

passage("a17", "2013-12-19", "AFP", "a barrel raid's toll update and the campaign's running toll",
        "ارتفع إلى 19 بينهم خمسة أطفال عدد القتلى جراء إلقاء مروحيات النظام براميل متفجرة على حي الحيدرية في شمال "
        "شرق حلب ظهر اليوم الخميس، بعد حصيلة أولى بلغت 11 قتيلاً، بحسب ما أفاد مدير المرصد السوري رامي عبد الرحمن. "
        "وبذلك يتجاوز عدد ضحايا الحملة الجوية على أحياء حلب الشرقية منذ الأحد 260 قتيلاً.",
        [E("airstrike", Q("19", 19), PL("الحيدرية", "Al-Haydariyah", "Aleppo"), "2013-12-19",
           "مدير المرصد السوري رامي عبد الرحمن", GOV,
           note="a toll update: the first toll (11) is the same act; the children a breakdown"),
         E("airstrike", Q("260", 260, None, True), PL("أحياء حلب الشرقية", "Eastern Aleppo", "Aleppo"), None,
           "مدير المرصد السوري رامي عبد الرحمن", GOV, kind="aggregate",
           note="the air campaign's running toll since Sunday (period from 2013-12-15); typed airstrike because "
                "the text names the act (casualties is defensible, as e08); «وبذلك» carries the director's "
                "figures")])

# ---------------------------------------------------------------- 2014
passage("a18", "2014-02-20", "SMART", "an unclaimed car bomb by a field hospital, an accusation",
        "قُتل 11 شخصاً وجُرح أكثر من 30 آخرين، مساء الخميس، بانفجار سيارة مفخخة رُكنت قرب مشفى ميداني في بلدة "
        "أطمة بريف إدلب الشمالي المحاذية للحدود التركية، بحسب ما أفاد مراسل «سمارت». ولم يتبنَّ أحد الهجوم "
        "حتى ساعة إعداد الخبر، بينما وجّه ناشطون أصابع الاتهام إلى «داعش»، الذي طُرد من المنطقة قبل أيام.",
        [E("explosion", Q("11", 11), PL("أطمة", "Atimah", "Idlib"), "2014-02-20", "مراسل «سمارت»", None,
           note="unclaimed: the activists' accusation is not a claim (ACLED: unidentified; no agent, as b29); the "
                "Turkish border is named for another reason; the injured are not the figure; the group's expulsion "
                "'days before' is undated background")])

passage("a19", "2014-07-26", "SOHR", "IS takes a division's base named with a number",
        "بسط تنظيم «الدولة الإسلامية» سيطرته الكاملة على مقر الفرقة 17 شمالي الرقة، بعد هجوم بدأه مساء الخميس "
        "بتفجير عربتين مفخختين عند بوابته. وأفاد المرصد السوري لحقوق الإنسان اليوم السبت بأن 50 عنصراً على "
        "الأقل من الجنود قُتلوا في المعارك، بينما انسحب من تبقى منهم نحو اللواء 93 في عين عيسى.",
        [E("territory_change", Q("50", 50, None, True), PL("الفرقة 17", "17th Division base", "Raqqa"),
           "2014-07-26", SOHR, IS,
           note="a base named with a number (17 and 93 are not quantities) as the most specific place; Raqqa is a "
                "bearing, Brigade 93 at Ain Issa where the rest withdrew to; the two car bombs opening the assault "
                "are folded into the taking (as f07); reported in the present (published date); the battle's dead "
                "on the taking")])

passage("a20", "2014-08-14", "SANA", "SANA dateline, «restored security and stability»",
        "ريف دمشق-سانا\nأعادت قواتنا المسلحة الباسلة الأمان إلى بلدة المليحة شرق العاصمة اليوم بعد أسابيع من "
        "العمليات المركزة التي كبّدت المجموعات الإرهابية خسائر فادحة. ونقل مراسلنا عن مصدر ميداني أن فرق "
        "الهندسة باشرت تمشيط حارات البلدة وأنفاقها لإزالة الألغام والمفخخات التي خلّفها المسلحون، تمهيداً لعودة "
        "أهلها إليها في الأيام المقبلة.",
        [E("territory_change", None, PL("المليحة", "Al-Mleiha", "Rif Dimashq"), "2014-08-14", "مصدر ميداني", GOV,
           note="SANA's 'restored safety' is a taking; 'heavy losses' no figure; east of the capital a bearing; "
                "the demining is ongoing and the "
                "return an aim; reported in the present (published date); the source in the second sentence is "
                "the only one named")])

passage("a21", "2014-09-23", "Al Jazeera", "the coalition's first raids, with a separate strike on al-Nusra",
        "قال المرصد السوري لحقوق الإنسان إن 70 مقاتلاً على الأقل من تنظيم الدولة الإسلامية قُتلوا في الغارات التي "
        "شنتها الولايات المتحدة وحلفاء عرب فجر اليوم الثلاثاء على مواقع التنظيم في مدينة الرقة وريفها وفي ريف دير "
        "الزور. وأضاف أن غارات منفصلة استهدفت مقرات لجبهة النصرة في بلدة كفردريان بريف إدلب، وقتلت 41 شخصاً بينهم "
        "ثمانية مدنيين.",
        [E("airstrike", Q("70", 70, None, True), PL("الرقة", "Raqqa", "Raqqa"), "2014-09-23", SOHR, COAL,
           note="one act over a list of areas: a group scored at the first"),
         E("airstrike", Q("41", 41), PL("كفردريان", "Kafr Daryan", "Idlib"), "2014-09-23", SOHR, COAL,
           note="'separate raids' on the same dawn, the same strikers (an inference); al-Nusra is the target; the "
                "civilians a breakdown")])

passage("a22", "2014-10-22", "Zaman al-Wasl", "raids for reservists in two districts of a city",
        "شنّت الشرطة العسكرية وعناصر من الأمن العسكري حملة مداهمات في حيي القصور والحاضر بمدينة حماة يوم الثلاثاء، "
        "اعتقلت خلالها 47 شاباً من المطلوبين للخدمة الاحتياطية، وفق ما ذكر ناشطون لـ«زمان الوصل». وأشار الناشطون "
        "إلى أن أعداداً من المعتقلين سيقت مباشرة إلى معسكرات التدريب، في حين يتوارى مئات آخرون في منازلهم خشية "
        "الاعتقال.",
        [E("arrest", Q("47", 47), PL("القصور", "Al-Qusour (Hama)", "Hama"), "2014-10-21", "ناشطون", GOV,
           note="two districts, one campaign: a group scored at the first; 'Tuesday' before a Wednesday; the "
                "training camps are a destination; the hundreds hiding are a state (not desertion told as an act)")])

# ---------------------------------------------------------------- 2015
passage("a23", "2015-05-21", "AFP", "AFP dateline, IS takes a city with its prison and airport",
        "بيروت (أ ف ب) - أحكم تنظيم الدولة الإسلامية الخميس قبضته على كامل مدينة تدمر وسط البادية السورية، "
        "ومنها سجنها الشهير ومطارها العسكري، بعدما انسحبت القوات النظامية غرباً نحو بلدة الفرقلس، وفق ما قاله "
        "رامي عبد الرحمن مدير المرصد السوري لحقوق الإنسان. وأشار إلى أن القتال الدائر منذ الأربعاء الماضي حصد "
        "أكثر من 110 قتلى من الجنود والمسلحين الموالين.",
        [E("territory_change", Q("أكثر من 110", 110, None, True), PL("تدمر", "Palmyra", "Homs"), "2015-05-21",
           "رامي عبد الرحمن مدير المرصد السوري لحقوق الإنسان", IS,
           note="the prison and airport are part of the city taken; the Badia is the region around it; Beirut is "
                "the dateline, al-Furqlus where the "
                "army withdrew to; the week's battle dead on the taking")])

passage("a24", "2015-07-25", "SANA", "SANA dateline, an amnesty decree for deserters with terms",
        "دمشق-سانا\nبموجب مرسوم تشريعي حمل الرقم 32 لعام 2015 وأصدره الرئيس بشار الأسد اليوم، يُعفى من كامل "
        "العقوبة كل من ارتكب جرم الفرار الداخلي أو الخارجي من الخدمة العسكرية قبل تاريخ صدوره. واشترط "
        "المرسوم على الفارين المتوارين تسليم أنفسهم في غضون شهر إن كانوا داخل البلاد، وشهرين إن كانوا خارجها، "
        "كي يستفيدوا من أحكامه.",
        [E("desertion", None, None, "2015-07-25", None, GOV,
           note="an amnesty decree for deserters (desertion, as news_dev); the decree number and the months are "
                "not counts; Damascus is the dateline, not the place; the decree's own source is the outlet")])

passage("a25", "2015-08-17", "Step", "a market air raid's toll update the next day",
        "ارتفعت حصيلة الغارات التي شنها الطيران الحربي التابع للنظام على سوق شعبي وسط مدينة دوما بالغوطة الشرقية "
        "أمس الأحد إلى 96 قتيلاً وأكثر من 200 جريح، وفق ما أعلنه الدفاع المدني في ريف دمشق اليوم الاثنين. وأشار "
        "الدفاع المدني إلى أن فرقه لا تزال تبحث عن مفقودين تحت الأنقاض، وسط تحذيرات من ارتفاع العدد بسبب نقص "
        "الأدوية.",
        [E("airstrike", Q("96", 96), PL("دوما", "Douma", "Rif Dimashq"), "2015-08-16", "الدفاع المدني في ريف دمشق",
           GOV,
           note="a toll update on yesterday's raids (dated Sunday); the market is unnamed; the injured are not "
                "the figure; the search is ongoing")])

passage("a26", "2015-10-15", "Orient", "Russian raids on a village and the Russian ministry's telling",
        "أفاد ناشطون من مركز حمص الإعلامي بأن مقاتلات روسية نفذت صباح الخميس سبع ضربات جوية على قرية الغنطو "
        "شمالي حمص، فقُتل تسعة مدنيين بينهم سيدتان، ودُمرت عشرات المنازل. أما موسكو فقالت عبر وزارة دفاعها إن "
        "سلاح الجو الروسي أصاب «مقر قيادة لداعش» في المنطقة نفسها.",
        [E("airstrike", Q("تسعة", 9), PL("الغنطو", "Al-Ghantu", "Homs"), "2015-10-15", "مركز حمص الإعلامي", RUS,
           note="the dead are the figure (the seven raids are its count too); the ministry's claim is the other "
                "side's telling of the same raids, not a second event; IS is the claimed target")])

passage("a27", "2015-06-16", "Al Arabiya", "the Kurdish units announce a border town taken",
        "أعلنت وحدات حماية الشعب الكردية، اليوم الثلاثاء، سيطرتها الكاملة على مدينة تل أبيض الحدودية مع تركيا "
        "شمال الرقة، بعد انسحاب مقاتلي تنظيم داعش منها إثر معارك استمرت أياماً بمساندة طيران التحالف الدولي. "
        "وأوضح متحدث عسكري كردي أن مقاتليه يلاحقون فلول التنظيم في القرى الواقعة جنوب المدينة، وأن موجة النزوح "
        "نحو الأراضي التركية توقفت.",
        [E("territory_change", None, PL("تل أبيض", "Tell Abyad", "Raqqa"), "2015-06-16",
           "وحدات حماية الشعب الكردية", SDF,
           note="the YPG in 2015 coded as the SDF (the actor list's alias); Turkey is named for the border, Raqqa "
                "a bearing; the coalition's support is part of the battle; the pursuit is ongoing; the halted "
                "displacement is not coded")])

# ---------------------------------------------------------------- 2016-2025
passage("a28", "2016-08-27", "SANA", "SANA dateline, an evacuation under a deal reached two days before",
        "ريف دمشق-سانا\nأفاد مراسل سانا بأن الدفعة الثانية من المسلحين وعائلاتهم خرجت اليوم من مدينة داريا، وتضم "
        "1850 شخصاً نُقلوا في 40 حافلة إلى ريف إدلب، تنفيذاً للتسوية التي تم التوصل إليها الخميس الماضي. وأضاف "
        "المراسل أن المدنيين الراغبين بالبقاء نُقلوا إلى مراكز الإقامة المؤقتة في حرجلة، وأن وحدات الجيش ستدخل "
        "المدينة بعد إخلائها بالكامل.",
        [E("other", Q("1850", 1850), PL("داريا", "Darayya", "Rif Dimashq"), "2016-08-27", "مراسل سانا", None,
           note="an evacuation; rural Idlib and Harjalla are destinations; the buses and the batch ordinal are not "
                "the figure; the army's entry is a future"),
         E("agreement", None, PL("داريا", "Darayya", "Rif Dimashq"), "2016-08-25", "مراسل سانا", None,
           note="the deal reached last Thursday, dated: an incident of its own (as b11; a frame clause, so leaving "
                "it uncoded is defensible); two parties, no actor1")])

passage("a29", "2017-03-15", "Reuters", "Reuters dateline, a suicide bombing in a courthouse, state TV",
        "دمشق (رويترز) - قال التلفزيون الرسمي السوري إن انتحارياً فجّر نفسه ظهر اليوم الأربعاء داخل مبنى القصر "
        "العدلي القديم في منطقة الحميدية وسط دمشق، ما أدى إلى مقتل 31 شخصاً وإصابة أكثر من 100 آخرين. ونقل "
        "التلفزيون عن قائد شرطة دمشق أن المهاجم حاول الدخول بحزام ناسف وبندقية، وحين أوقفه الحراس عند البوابة "
        "اندفع إلى الداخل.",
        [E("explosion", Q("31", 31), PL("القصر العدلي القديم", "Old Palace of Justice", "Damascus"), "2017-03-15",
           "التلفزيون الرسمي السوري", None,
           note="a facility as the most specific place (in al-Hamidiyah, Damascus); the injured are not the "
                "figure; no group named; the police chief's details are the same telling")])

passage("a30", "2018-07-07", "Enab Baladi", "a deal with the Russian side and a crossing entered",
        "توصلت فصائل المعارضة في ريف درعا الشرقي إلى اتفاق مع الجانب الروسي، أمس الجمعة في بلدة بصرى الشام، يقضي "
        "بتسليم السلاح الثقيل والمتوسط على مراحل مقابل انسحاب قوات النظام من بعض القرى، بحسب ما قاله المتحدث باسم "
        "غرفة العمليات المركزية في الجنوب. وبعد ساعات من الاتفاق دخلت قوات النظام معبر نصيب الحدودي مع الأردن دون "
        "مواجهات.",
        [E("agreement", None, PL("بصرى الشام", "Busra al-Sham", "Daraa"), "2018-07-06",
           "المتحدث باسم غرفة العمليات المركزية في الجنوب", None,
           note="two parties, no actor1; the handover and the withdrawal are the deal's terms (futures)"),
         E("territory_change", None, PL("معبر نصيب", "Nasib crossing", "Daraa"), "2018-07-06", None, GOV,
           note="'hours after the deal': the same day; Jordan is named for the border; no source of its own: the "
                "outlet (judgement)")])

passage("a31", "2019-08-21", "Syria TV", "a city taken after a withdrawal, an encircled Turkish post, Russian raids",
        "ذكر المرصد السوري لحقوق الإنسان أن قوات النظام وميليشيات رديفة لها فرضت اليوم الأربعاء سيطرتها على "
        "كامل خان شيخون جنوبي إدلب، إثر خروج مقاتلي الفصائل وهيئة تحرير الشام منها خلال الليل. وأصبحت نقطة "
        "المراقبة التركية في مورك شمالي حماة معزولة بالكامل، فيما قال المرصد إن المقاتلات الروسية تواصل "
        "غاراتها على أطراف بلدة التمانعة.",
        [E("territory_change", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-08-21", SOHR, GOV,
           note="the factions' withdrawal is the other side of the same taking; the encircled post at Morek is a "
                "state"),
         E("airstrike", None, PL("التمانعة", "Al-Tamanah", "Idlib"), "2019-08-21", SOHR, RUS,
           note="raids going on today (present tense), no figure; «أطراف بلدة التمانعة» the town's outskirts: "
                "the town; the second "
                "sentence's own «قال المرصد»")])

passage("a32", "2020-11-10", "Horan Free League", "an assassination outside a mosque and a separate IED on a road",
        "أفاد «تجمع أحرار حوران» بأن مسلحين مجهولين على متن دراجة نارية فتحوا النار مساء الاثنين على أبو خالد "
        "الزعبي، وهو قيادي سابق في أحد فصائل التسوية، عند خروجه من مسجد في بلدة اليادودة غرب درعا، فأردوه "
        "قتيلاً. وفي حادثة منفصلة صباح اليوم، أصيب ثلاثة من عناصر الأمن العسكري بجروح إثر انفجار عبوة ناسفة "
        "بسيارتهم على طريق المزيريب - تل شهاب.",
        [E("armed_clash", None, PL("اليادودة", "Al-Yadudah", "Daraa"), "2020-11-09", "تجمع أحرار حوران", UNK,
           note="an assassination by gunfire (as earlier sets); one killed, no numeral; Daraa is a bearing; "
                "'Monday evening' before a Tuesday"),
         E("explosion", None, PL("المزيريب", "Al-Muzayrib", "Daraa"), "2020-11-10", "تجمع أحرار حوران", None,
           note="a road between two towns (either end; gold the first); injured only: the three injured are not "
                "the event's figure (count or fatalities); no planter named; the same league's report")])

passage("a33", "2022-08-18", "Hawar", "Hawar dateline, a Turkish drone on a car and shelling on three villages",
        "قامشلو/ هاوار – قصفت مسيّرة للاحتلال التركي، ظهر اليوم، سيارة مدنية كانت تسير على الطريق بين قرية "
        "خراب عشك ومدينة كوباني، فاستشهد ثلاثة مواطنين أحدهم طفل. وفي الأثناء، استهدفت مدفعية الاحتلال "
        "ومرتزقته قرى زور مغار وقره موغ وبوراز غرب كوباني بعشرات القذائف، ولم ترد حتى اللحظة أنباء عن إصابات.",
        [E("airstrike", Q("ثلاثة", 3), PL("خراب عشك", "Kharab Ishk", "Aleppo"), "2022-08-18", None, TUR,
           note="a drone strike on a road between a village and a town: the village (either end); Qamishli is "
                "the dateline; the child a breakdown; the agency's own report: the outlet"),
         E("shelling", Q("عشرات", 20, 90, True), PL("زور مغار", "Zor Maghar", "Aleppo"), "2022-08-18", None, TUR,
           note="three villages, one act: a group scored at the first; the shells are the count; the occupation "
                "and its 'mercenaries' (the SNA): Turkey's forces first named")])

passage("a34", "2023-09-02", "North Press", "a repelled tribal attack and SDF reinforcements",
        "دير الزور – نورث برس: أكد مصدر عسكري في «قسد» أن مقاتليها صدّوا، فجر اليوم السبت، هجوماً شنه مسلحون "
        "من العشائر على نقاطها في بلدة ذيبان شرق دير الزور، وقتلوا سبعة من المهاجمين. وأضاف المصدر أن تعزيزات "
        "عسكرية قادمة من الحسكة وصلت إلى حقل العمر النفطي، تمهيداً لعملية تهدف إلى استعادة البلدات التي خرجت "
        "عن سيطرة قسد.",
        [E("armed_clash", Q("سبعة", 7), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-09-02",
           "مصدر عسكري في «قسد»", TRIBES,
           note="a repelled attack: the attacker is actor1; Deir ez-Zor is a bearing and the dateline"),
         E("reinforcement", None, PL("حقل العمر النفطي", "Al-Omar oil field", "Deir ez-Zor"), "2023-09-02",
           "مصدر عسكري في «قسد»", SDF,
           note="a facility where they arrived; Hasakah is where they came from; the operation is an aim")])

passage("a35", "2024-12-01", "Syria TV", "the operations room on Aleppo taken, and a Russian strike the next morning",
        "أكدت «إدارة العمليات العسكرية» أن فصائل المعارضة أحكمت أمس السبت سيطرتها على كامل أحياء مدينة حلب، "
        "باستثناء حيي الشيخ مقصود والأشرفية اللذين تسيطر عليهما «قسد». وفي وقت لاحق، قال الدفاع المدني السوري إن "
        "غارة جوية روسية استهدفت صباح اليوم الأحد دوار الباسل في المدينة، وقتلت 12 مدنياً كانوا ينتظرون وسائل "
        "النقل.",
        [E("territory_change", None, PL("حلب", "Aleppo", "Aleppo"), "2024-11-30", "إدارة العمليات العسكرية", FSA,
           note="the operations room before the fall coded as the opposition factions (as b20); the SDF-held "
                "districts are a state"),
         E("airstrike", Q("12", 12), PL("دوار الباسل", "Al-Basel roundabout", "Aleppo"), "2024-12-01",
           "الدفاع المدني السوري", RUS,
           note="a roundabout in the city as the most specific place")])

passage("a36", "2025-03-26", "Daraa 24", "an Israeli incursion met with fire, then shelling and a drone strike",
        "قال مراسل «درعا 24» إن قوة إسرائيلية توغلت فجر الثلاثاء في محيط بلدة عابدين بحوض اليرموك في ريف درعا "
        "الغربي، فاعترضها شبان من البلدة وتبادلوا معها إطلاق النار. وردّت القوات الإسرائيلية بقصف مدفعي وغارة "
        "من طائرة مسيّرة على أطراف البلدة، فقُتل خمسة من أبنائها، بينهم مختار البلدة.",
        [E("armed_clash", None, PL("عابدين", "Abidin", "Daraa"), "2025-03-25", "مراسل «درعا 24»", None,
           note="an exchange of fire: two sides, no actor1 (judgement: the incursion force is defensible)"),
         E("shelling", Q("خمسة", 5), PL("عابدين", "Abidin", "Daraa"), "2025-03-25", "مراسل «درعا 24»", ISR,
           note="the reply by artillery and a drone, one act (as b31); the mukhtar is one of the five; "
                "«أطراف البلدة» is Abidin")])


def main() -> None:
    write("gold22.jsonl", P22)


if __name__ == "__main__":
    main()
