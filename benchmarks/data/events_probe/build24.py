"""Build gold24.jsonl: probe set 24 (ids n01…), written in stop 27 by helper probe24 BEFORE any run on it.

Every passage was written for marsad by the helper, modelled on the phrasing of Arabic reporting on Syria
2011-2025 (pages read for phrasing, never copied); people, villages, figures and dates are invented or varied.
About two thirds of the passages are from 2021-2025 (Daraa and Sweida, drones, Israeli strikes, the fall of the
regime, the new government's security, the coast, IS remnants, SDF arrests, sanctions and decrees, returns and
mass graves). Offsets are computed by build.build (the n-th occurrence of each surface) and checked.

    python benchmarks/data/events_probe/build24.py      # rewrites gold24.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

USF = "US forces"
EU = "European Union"

P24: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P24.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


# ---------------------------------------------------------------- 2011-2020

passage("n01", "2011-05-13", "Al Jazeera", "a Friday protest in a Latakia district dispersed with arrests",
        "قال ناشطون في مدينة اللاذقية إن المئات خرجوا عصر اليوم الجمعة في مظاهرة انطلقت من جامع الرحمن في حي "
        "الصليبة، رددوا خلالها هتافات تطالب بالحرية ورفع حالة الطوارئ، قبل أن تفرّقهم قوات الأمن بالغاز المسيل "
        "للدموع والهراوات وتعتقل 15 منهم على الأقل. ولم يتسن للجزيرة التحقق من هذه الروايات بشكل مستقل.",
        [E("protest", Q("المئات", 200, 900, approx=True), PL("الصليبة", "Al-Sulaybah", "Latakia"), "2011-05-13",
           "ناشطون في مدينة اللاذقية", PROT,
           note="a protest with intervention: the 15 arrested are part of the dispersal, not a second event "
                "(judgement: a second coder may code an arrest); the mosque is where it set out, in the district")])

passage("n02", "2012-06-17", "Zaman al-Wasl", "a defection at night, the major reaching Hatay",
        "أكد قيادي في الجيش الحر لـ«زمان الوصل» أن 21 عسكرياً، بينهم رائد وملازمان، انشقوا ليل السبت عن الفوج 45 "
        "المتمركز على أطراف مدينة معرة النعمان، وانسحبوا بعتادهم الخفيف نحو قرى جبل الزاوية، قبل أن يصل الرائد إلى "
        "مخيم الضباط المنشقين في ولاية هاتاي التركية صباح اليوم الأحد.",
        [E("defection", Q("21", 21), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2012-06-16",
           "قيادي في الجيش الحر", GOV,
           note="«ليل السبت» before a Sunday: the 16th; the regiment's number is not a quantity; the major and two "
                "lieutenants are a breakdown; Jabal al-Zawiya and Hatay are destinations, the arrival not an event")])

passage("n03", "2013-09-04", "SANA", "old SANA: the army against 'terrorists', two places",
        "دمشق-سانا\nقضت وحدة من قواتنا المسلحة على عدد من الإرهابيين وجرحت آخرين في حي جوبر، ودمرت 4 سيارات مزودة "
        "برشاشات ثقيلة كانت بحوزتهم، حسبما صرّح مصدر عسكري. وفي ريف حمص الشمالي، أحبطت وحدة من الجيش محاولة مجموعة "
        "إرهابية مسلحة التسلل إلى قرية أم شرشوح قادمة من الرستن، وقتلت 12 من أفرادها.",
        [E("armed_clash", None, PL("جوبر", "Jobar", "Damascus"), "2013-09-04", "مصدر عسكري", GOV,
           note="«عدد من» is no numeral; the four cars are not the figure; Damascus is the dateline"),
         E("armed_clash", Q("12", 12), PL("أم شرشوح", "Umm Sharshuh", "Homs"), "2013-09-04", None, GOV,
           note="a repelled infiltration, the army the subject; al-Rastan is where the attackers came from; the "
                "sentence has no source of its own (the military source belongs to the first): the outlet")])

passage("n04", "2014-02-09", "SOHR", "SOHR bulletin, barrel bombs on an Aleppo district, a toll update",
        "المرصد السوري لحقوق الإنسان: بلغ 16 عدد المواطنين الذين فارقوا الحياة، بينهم 5 أطفال وسيدتان، منذ أن ألقت "
        "مروحيات النظام ظهر اليوم 7 براميل متفجرة على حي المرجة جنوب شرقي حلب، والحصيلة مرشحة للزيادة لوجود جرحى في "
        "حالات حرجة. وتتعرض أحياء المدينة الشرقية لحملة قصف جوي متواصلة منذ منتصف كانون الأول الماضي.",
        [E("airstrike", Q("16", 16), PL("المرجة", "Al-Marjeh", "Aleppo"), "2014-02-09",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="barrel bombs from the regime's helicopters («مروحيات النظام»); the toll so far is the same strike; the seven barrels are the "
                "strikes, the 16 dead its fatalities; children and women a breakdown; the campaign is background")])

passage("n05", "2015-10-15", "Anadolu", "Anadolu dateline, Russian raids, bodies recovered",
        "حمص/ الأناضول\nأفاد مراسل الأناضول بأن طائرات حربية روسية نفذت، اليوم الخميس، 8 ضربات جوية على مدينة تلبيسة "
        "الواقعة تحت سيطرة المعارضة في ريف حمص الشمالي، وأن عناصر الدفاع المدني أخرجوا جثث 13 مدنياً، بينهم 4 أطفال، "
        "من تحت ركام مبانٍ سكنية. وتقول موسكو إن حملتها الجوية المستمرة منذ أواخر أيلول الماضي تستهدف تنظيم داعش.",
        [E("airstrike", Q("13", 13), PL("تلبيسة", "Talbiseh", "Homs"), "2015-10-15", "مراسل الأناضول", RUS,
           note="eight raids are the strikes, the 13 dead recovered are its fatalities (not bodies found); Homs "
                "is the dateline; «الواقعة تحت سيطرة» a state; Moscow's claim a habit")])

passage("n06", "2016-06-12", "Hawar", "ANHA: villages 'liberated' from IS near Manbij",
        "منبج/ ANHA\nأفاد مراسل وكالتنا بأن قوات مجلس منبج العسكري حررت، اليوم، قريتي الهدهد وأم عدسة جنوب مدينة "
        "منبج من مرتزقة داعش، بعد اشتباكات استمرت منذ ساعات الفجر قُتل خلالها 17 مرتزقاً، واستولى المقاتلون على "
        "كميات من الأسلحة والذخائر، فيما تواصل القوات تقدمها باتجاه مركز المدينة.",
        [E("territory_change", Q("17", 17), PL("الهدهد", "Al-Hudhud", "Aleppo"), "2016-06-12", "مراسل وكالتنا",
           SDF,
           note="two villages taken in one act: a group, scored on the first; the clash's dead belong to the "
                "taking; Manbij is a bearing; the advance on the centre is ongoing, not a taking")])

passage("n07", "2018-07-15", "Enab Baladi", "an evacuation under a settlement deal, the reporter's posting",
        "انطلقت ظهيرة اليوم الأحد قافلة من 14 حافلة تقل قرابة 500 شخص، بين مقاتلين رافضين للتسوية وأفراد من "
        "عائلاتهم، من مدينة إنخل في ريف درعا الشمالي نحو الشمال السوري، وذلك بموجب الاتفاق الذي توصلت إليه فصائل "
        "المدينة مع الضباط الروس مطلع الشهر، وفق ما نقله مراسل عنب بلدي في درعا.",
        [E("other", Q("قرابة 500", 500, approx=True), PL("إنخل", "Inkhil", "Daraa"), "2018-07-15",
           "مراسل عنب بلدي في درعا", None,
           note="an evacuation; the convoy's buses are not the figure; the north is the destination; Daraa in the source "
                "phrase is the reporter's posting; the deal is its frame, recalled, not coded (a second coder "
                "might code an agreement dated early July)")])

passage("n08", "2019-11-22", "Step", "a Turkish drone on a car on a road between two villages, and Ankara's telling",
        "القامشلي – ستيب\nأكد مصدر عسكري من قسد لوكالة ستيب الإخبارية مقتل ثلاثة من مقاتلي القوات، صباح اليوم الجمعة، "
        "بضربة من طائرة مسيرة تركية أصابت سيارتهم أثناء مرورها على الطريق بين قريتي تل حبش وخربة عمو جنوب مدينة "
        "القامشلي. وكانت وزارة الدفاع التركية قد تحدثت في وقت سابق اليوم عن «تحييد» ثلاثة «إرهابيين» في المنطقة.",
        [E("airstrike", Q("ثلاثة", 3), PL("تل حبش", "Tall Habash", "Al-Hasakah"), "2019-11-22",
           "مصدر عسكري من قسد", TUR,
           note="a drone strike; a road between two villages: the first named (either end); Qamishli is the "
                "dateline and a bearing; the Turkish ministry's 'neutralised three' is the same act retold")])

passage("n09", "2020-01-29", "Asharq Al-Awsat", "a town taken last night, Russian raids on it and two villages",
        "بيروت - لندن: «الشرق الأوسط»\nسيطرت قوات النظام السوري، مساء أمس، على مدينة معرة النعمان، ثانية كبرى مدن "
        "محافظة إدلب، بعد انسحاب فصائل المعارضة منها إثر معارك عنيفة. وقال المرصد السوري لحقوق الإنسان إن الطائرات "
        "الروسية نفذت منذ صباح أمس 22 غارة على محيط المدينة وبلدتي كفروما وحيش، تمهيداً لتقدم القوات البرية.",
        [E("territory_change", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2020-01-28", None, GOV,
           note="«مساء أمس» before a Wednesday; Beirut and London are the dateline; 'second city' an ordinal"),
         E("airstrike", Q("22", 22), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2020-01-28",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="raids on the town's outskirts and two villages: a group, scored on the town («المدينة»); the "
                "22 raids are the count; the ground advance is an aim")])

passage("n10", "2012-08-14", "Al Arabiya", "the LCC's daily national toll with a breakdown by governorate",
        "أحصت لجان التنسيق المحلية سقوط 143 قتيلاً اليوم الثلاثاء برصاص قوات النظام وقذائفها في مختلف المحافظات "
        "السورية، من بينهم 11 طفلاً، وقالت إن 52 منهم قضوا في دمشق وريفها و38 في حلب و21 في دير الزور، فيما توزع "
        "الباقون على حمص وإدلب ودرعا. ولا يمكن التحقق من هذه الأرقام بشكل مستقل نظراً لتقييد حركة الصحافيين في "
        "البلاد.",
        [E("casualties", Q("143", 143), None, "2012-08-14", "لجان التنسيق المحلية", GOV, kind="aggregate",
           note="a day's national toll: no single place; the governorates and the children are a breakdown, "
                "never separate events")])

passage("n11", "2017-01-07", "AFP", "AFP: a car bomb by a courthouse, unclaimed",
        "بيروت (أ ف ب) - قتل 14 شخصاً على الأقل وأصيب العشرات بجروح، السبت، في انفجار سيارة مفخخة أمام مبنى المحكمة "
        "وسط مدينة اعزاز في شمال سوريا قرب الحدود التركية، بحسب حصيلة أوردها المرصد السوري لحقوق الإنسان. ولم تتبنَّ "
        "أي جهة التفجير الذي وقع في المدينة الخاضعة لفصائل معارضة تدعمها أنقرة.",
        [E("explosion", Q("14", 14, None, approx=True), PL("اعزاز", "Azaz", "Aleppo"), "2017-01-07",
           "المرصد السوري لحقوق الإنسان", None,
           note="unclaimed; the injured are not the figure; Beirut is the dateline; the Turkish border and "
                "Ankara are named for other reasons; control of the town is a state")])

passage("n12", "2011-05-03", "Al-Hayat", "a raid with mass arrests told by an activist, a strike call",
        "قال ناشط من مدينة دوما لـ«الحياة» إن قوات الأمن ومسلحين موالين للنظام دهموا منازل في أحياء المدينة فجر أمس، "
        "واعتقلوا أكثر من 80 شاباً، واقتادوهم في حافلات إلى جهة مجهولة، بعد أيام من مظاهرات حاشدة شهدتها البلدة. "
        "ودعا ناشطون إلى إضراب عام في ريف دمشق احتجاجاً على الحملة.",
        [E("arrest", Q("أكثر من 80", 80, None, approx=True), PL("دوما", "Douma", "Rif Dimashq"), "2011-05-02",
           "ناشط من مدينة دوما", GOV,
           note="«فجر أمس» before a Tuesday; the earlier protests are undated background; the strike is a call")])

# ---------------------------------------------------------------- 2021-2025

passage("n13", "2021-07-29", "Daraa 24", "Daraa al-Balad shelled, after a night attack on Fourth Division checkpoints",
        "درعا 24 – قصفت قوات النظام بقذائف الهاون والدبابات أحياء درعا البلد منذ فجر اليوم الخميس، فقتلت ثلاثة "
        "مدنيين من بينهم طفلة. ويأتي القصف بعد ساعات من هجوم شنّه مقاتلون محليون ليل الأربعاء على حواجز للفرقة "
        "الرابعة في بلدتي المزيريب واليادودة بريف درعا الغربي، قُتل خلاله عنصران من الفرقة، بحسب مصادر محلية.",
        [E("shelling", Q("ثلاثة", 3), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-07-29", None, GOV,
           note="the outlet's own report (its name holds a place); the child is a breakdown"),
         E("armed_clash", None, PL("المزيريب", "Muzayrib", "Daraa"), "2021-07-28", "مصادر محلية", FSA,
           note="recalled with its own night; two towns: a group, scored on the first; two killed is a dual "
                "(no figure); 'local fighters' in 2021 Daraa coded as the former opposition (judgement)")])

passage("n14", "2022-03-14", "Horan Free League", "an assassination, an IED that only injured, a month's count",
        "تجمع أحرار حوران: لقي الشاب خالد الزعبي، وهو قيادي سابق في فصائل المعارضة، حتفه مساء أمس الأحد، بعدما "
        "استهدفه مسلحون مجهولون بالرصاص أمام منزله في مدينة طفس غربي درعا. وفي ريف درعا الشمالي، جُرح ثلاثة عناصر من "
        "قوات النظام صباح اليوم إثر انفجار عبوة ناسفة استهدفت سيارتهم قرب مدينة الشيخ مسكين. وأحصى التجمع 38 عملية "
        "ومحاولة اغتيال شهدتها محافظة درعا خلال شباط الماضي.",
        [E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), "2022-03-13", "تجمع أحرار حوران", UNK,
           note="an assassination by gunfire (as earlier sets); one killed, no numeral"),
         E("explosion", None, PL("الشيخ مسكين", "Sheikh Maskin", "Daraa"), "2022-03-14", "تجمع أحرار حوران", None,
           note="injured only: the three wounded are not a count or fatalities; no planter named"),
         E("armed_clash", Q("38", 38), PL("درعا", "Daraa", "Daraa", nth=2), "2022-02", "تجمع أحرار حوران", UNK,
           kind="aggregate",
           note="a month's assassinations and attempts in the governorate; dated by the month (a second coder "
                "might leave the date null)")])

passage("n15", "2023-08-25", "Suwayda 24", "Sweida's square on a Friday and stands in two towns",
        "قال مراسل السويداء 24 إن الآلاف توافدوا، اليوم الجمعة، إلى ساحة الكرامة وسط مدينة السويداء، في أكبر مظاهرة "
        "منذ انطلاق الحراك قبل أكثر من أسبوع، رافعين لافتات تطالب بالتغيير السياسي ورحيل رئيس النظام. وأضاف المراسل "
        "أن مدينتي شهبا وصلخد شهدتا وقفات احتجاجية مماثلة، فيما يواصل المحتجون إغلاق مقرات حزب البعث في عدد من القرى.",
        [E("protest", Q("الآلاف", 2000, 9000, approx=True), PL("ساحة الكرامة", "Al-Karama Square", "As-Suwayda"),
           "2023-08-25", "مراسل السويداء 24", PROT,
           note="the square is the most specific place (marsad may give the city, as set 16 and 19 flagged)"),
         E("protest", None, PL("شهبا", "Shahba", "As-Suwayda"), "2023-08-25", "مراسل السويداء 24", PROT,
           note="stands in two towns: a group, scored on the first; «المراسل» is the named correspondent; the "
                "closing of party offices is ongoing (a habit), not coded")])

passage("n16", "2023-10-08", "Halab Today", "rocket fire on a market and a suicide drone on a motorbike",
        "قتل أربعة مدنيين، بينهم امرأتان، وأصيب تسعة آخرون، اليوم الأحد، بقصف صاروخي لقوات النظام استهدف السوق "
        "الشعبي في مدينة سرمين شرقي إدلب، بحسب ما أعلن الدفاع المدني السوري. وأفاد مراسل حلب اليوم بأن طائرة مسيّرة "
        "انتحارية تابعة لقوات النظام استهدفت دراجة نارية قرب قرية الفطيرة في جبل الزاوية، ما أدى إلى إصابة شاب بجروح.",
        [E("shelling", Q("أربعة", 4), PL("سرمين", "Sarmin", "Idlib"), "2023-10-08", "الدفاع المدني السوري", GOV,
           note="rocket fire (shelling); the market is in the town; the injured are not the figure; Idlib a bearing"),
         E("airstrike", None, PL("الفطيرة", "Al-Fatirah", "Idlib"), "2023-10-08", "مراسل حلب اليوم", GOV,
           note="a suicide drone (airstrike, as earlier sets); one injured, no figure; Jabal al-Zawiya encloses it")])

passage("n17", "2024-01-16", "North Press", "a Turkish drone on a power station, and Ankara's 'neutralised' total",
        "أعلن المركز الإعلامي لقوات سوريا الديمقراطية أن مسيّرة تركية ضربت، فجر اليوم الثلاثاء، محطة تحويل الكهرباء "
        "في قرية السويدية بريف المالكية، فأخرجتها عن الخدمة وقطعت التيار عن عشرات القرى. من جهتها، قالت وزارة الدفاع "
        "التركية في بيان إنها حيّدت 23 «إرهابياً» من بي كي كي/ي ب ك في شمالي سوريا والعراق خلال الأيام الخمسة "
        "الماضية.",
        [E("airstrike", None, PL("السويدية", "Al-Suwaydiyah", "Al-Hasakah"), "2024-01-16",
           "المركز الإعلامي لقوات سوريا الديمقراطية", TUR,
           note="a drone strike on a facility in a village; 'dozens of villages' without power is damage, not a "
                "count; al-Malikiyah encloses it"),
         E("casualties", Q("23", 23), None, None, "وزارة الدفاع التركية", TUR, kind="aggregate",
           note="a 'neutralised' total over five days in Syria and Iraq: no single place, no day")])

passage("n18", "2024-04-11", "SOHR", "SOHR: an IS cell attack on a post, and the Badia's running toll",
        "المرصد السوري لحقوق الإنسان: لقي 9 من عناصر قوات النظام ومسلحي الميليشيات الرديفة مصرعهم، ليلة أمس، بهجوم "
        "شنته خلايا تابعة لتنظيم «الدولة الإسلامية» على موقع عسكري في محيط مدينة السخنة ببادية حمص الشرقية. وبذلك، "
        "بلغت حصيلة قتلى العمليات العسكرية في البادية السورية منذ بداية 2024 نحو 226، من ضمنهم 31 من عناصر التنظيم.",
        [E("armed_clash", Q("9", 9), PL("السخنة", "Al-Sukhnah", "Homs"), "2024-04-10",
           "المرصد السوري لحقوق الإنسان", IS,
           note="an attack on a post near the town; the eastern Homs desert encloses it"),
         E("casualties", Q("نحو 226", 226, approx=True), PL("البادية السورية", "Syrian Desert (Badia)"), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="running total since the start of 2024 over a multi-governorate region; the IS dead are a "
                "breakdown; no single killer")])

passage("n19", "2024-12-05", "Syria TV", "Hama taken by the operations room, a prison opened, soldiers defect",
        "أعلنت إدارة العمليات العسكرية، اليوم الخميس، سيطرتها الكاملة على مدينة حماة بعد معارك استمرت أياماً على "
        "أطرافها وانسحاب قوات النظام نحو حمص، وقالت إن مقاتليها دخلوا السجن المركزي وأخرجوا مئات المعتقلين منه. وأفاد "
        "مراسل تلفزيون سوريا بأن نحو 40 عسكرياً من قوات النظام أعلنوا انشقاقهم وسلموا أنفسهم في قرية قمحانة شمالي "
        "المدينة.",
        [E("territory_change", None, PL("حماة", "Hama", "Hama"), "2024-12-05", "إدارة العمليات العسكرية", FSA,
           note="the operations room coded as the opposition factions (as b20, e30); Homs is where the army went; "
                "the freed detainees belong to the taking, not its figure (judgement)"),
         E("defection", Q("نحو 40", 40, approx=True), PL("قمحانة", "Qamhana", "Hama"), "2024-12-05",
           "مراسل تلفزيون سوريا", GOV,
           note="soldiers who declared their defection and surrendered; 'north of the city' is a bearing")])

passage("n20", "2024-12-08", "Reuters", "Damascus entered; the president's flight; a celebration",
        "دمشق (رويترز) - قالت فصائل المعارضة السورية إنها دخلت العاصمة دمشق فجر اليوم الأحد دون أن تواجه أي مقاومة "
        "تذكر من الجيش، معلنة «تحرير» المدينة بعد هجوم خاطف استمر 11 يوماً. وقال ضابطان كبيران في الجيش لرويترز إن "
        "الرئيس بشار الأسد غادر البلاد جواً إلى وجهة غير معلومة، فيما احتشد آلاف في ساحة الأمويين احتفالاً.",
        [E("territory_change", None, PL("دمشق", "Damascus", "Damascus", nth=1), "2024-12-08",
           "فصائل المعارضة السورية", FSA,
           note="the capital taken without a fight; the 11 days are a duration; the president's flight is not an "
                "event; the crowd at Umayyad Square is a celebration, not coded")])

passage("n21", "2025-01-21", "Enab Baladi", "the general security's sweep in a Homs district, relayed from SANA",
        "نقلت وكالة الأنباء السورية (سانا) عن مصدر أمني أن إدارة الأمن العام أوقفت، أمس الاثنين، 17 شخصاً من "
        "المطلوبين في أثناء عملية دهم وتفتيش في حي النزهة بمدينة حمص، من بينهم منتسبون سابقون إلى «الدفاع الوطني» "
        "تلاحقهم اتهامات بالمشاركة في مجزرة كرم الزيتون عام 2012، كما ضبطت أسلحة وذخائر متنوعة.",
        [E("arrest", Q("17", 17), PL("النزهة", "Al-Nuzha", "Homs"), "2025-01-20", "مصدر أمني", NEWGOV,
           note="relayed: SANA quotes a security source, who is the source; the 2012 massacre is a charge, not an "
                "event; the weapons seized are part of the sweep")])

passage("n22", "2025-03-07", "Al Arabiya", "the coast: loyalist attacks on checkpoints, then reinforcements",
        "قال المرصد السوري لحقوق الإنسان إن 16 عنصراً على الأقل من جهاز الأمن العام قتلوا أمس الخميس، حين هاجمت "
        "مجموعات مسلحة من أنصار النظام البائد نقاط تفتيش ودوريات في ريف جبلة. واستقدمت وزارة الدفاع، اليوم الجمعة، "
        "أرتالاً عسكرية كبيرة من إدلب وحلب إلى محافظة اللاذقية، بينما أعلنت السلطات حظر التجول في مدينتي اللاذقية "
        "وطرطوس.",
        [E("armed_clash", Q("16", 16, None, approx=True), PL("ريف جبلة", "Jableh countryside", "Latakia"),
           "2025-03-06", "المرصد السوري لحقوق الإنسان", LOYAL,
           note="coordinated attacks on checkpoints and patrols in one area: one event (a region as the place)"),
         E("reinforcement", None, PL("اللاذقية", "Latakia", "Latakia"), "2025-03-07", None, NEWGOV,
           note="reinforcements are placed where they are sent (judgement); Idlib and Aleppo are origins; the "
                "curfew is a measure, not coded; no source but the outlet")])

passage("n23", "2025-02-18", "Orient", "remains recovered from a well, and SOHR's running total of graves",
        "أعلن الدفاع المدني السوري أن فرقه انتشلت، اليوم الثلاثاء، رفات 14 شخصاً من بئر مهجورة في قرية عقارب "
        "الصافية بريف حماة الشرقي، بعد بلاغ من الأهالي. وقال المرصد السوري لحقوق الإنسان إن عدد المقابر الجماعية "
        "المكتشفة منذ سقوط النظام في 8 كانون الأول الماضي بلغ 37 مقبرة، ضمت رفات أكثر من 2300 شخص.",
        [E("other", Q("14", 14), PL("عقارب الصافية", "Aqarib al-Safiyah", "Hama"), "2025-02-18",
           "الدفاع المدني السوري", None,
           note="remains found (a mass grave); the well is in the village"),
         E("other", Q("أكثر من 2300", 2300, None, approx=True), None, None, "المرصد السوري لحقوق الإنسان", None,
           kind="aggregate",
           note="a running total of remains in graves since the fall: the 37 graves are not the figure")])

passage("n24", "2025-04-03", "Al Jazeera", "Israeli raids on an airbase, and an incursion with a clash",
        "قالت وزارة الخارجية السورية إن طائرات حربية إسرائيلية شنت مساء أمس الأربعاء غارات على مطار حماة العسكري "
        "ومحيط مدينة الكسوة بريف دمشق، ما أدى إلى تدمير المطار بشكل شبه كامل. وبحسب مصادر محلية، توغلت قوة إسرائيلية "
        "في الليلة ذاتها في حرش سد الجبيلية قرب مدينة نوى بريف درعا الغربي، واندلعت اشتباكات مع مسلحين من أبناء "
        "المنطقة قُتل فيها 9 منهم.",
        [E("airstrike", None, PL("مطار حماة العسكري", "Hama military airport", "Hama"), "2025-04-02",
           "وزارة الخارجية السورية", ISR,
           note="raids on an airbase and a second area: a group, scored on the first; a facility as the place"),
         E("armed_clash", Q("9", 9), PL("نوى", "Nawa", "Daraa"), "2025-04-02", "مصادر محلية", ISR,
           note="an incursion met by local gunmen; a grove by a dam near the town: the town is placed (a second "
                "coder might keep the grove); «في الليلة ذاتها» dates it")])

passage("n25", "2025-05-20", "Independent Arabia", "the EU lifts economic sanctions and lists new names",
        "بروكسل – أعلن مجلس الاتحاد الأوروبي، اليوم الثلاثاء، إلغاء العقوبات الاقتصادية التي فرضها على سوريا، في "
        "خطوة قال إنها تهدف إلى دعم تعافي البلاد بعد سقوط نظام الأسد. وقرر المجلس في الوقت ذاته فرض عقوبات على ثلاثة "
        "أشخاص وكيانين بسبب انتهاكات ارتُكبت بحق مدنيين في الساحل السوري خلال آذار الماضي.",
        [E("sanction", None, None, "2025-05-20", "مجلس الاتحاد الأوروبي", EU,
           note="a lifting of sanctions is a sanctions decision; the decider is the source (as k44); Syria is the "
                "target, not a place; the aim is not an event"),
         E("sanction", Q("ثلاثة", 3), None, "2025-05-20", "مجلس الاتحاد الأوروبي", EU,
           note="new listings: three persons (two entities, a dual, a breakdown); the coast's violations in March "
                "are the reason, not coded here")])

passage("n26", "2023-03-28", "Al-Modon", "US sanctions over Captagon, a British measure the same day",
        "فرضت وزارة الخزانة الأمريكية، اليوم الثلاثاء، عقوبات على ستة أشخاص وشركتين بتهمة الضلوع في إنتاج حبوب "
        "الكبتاغون وتهريبها، بينهم اثنان من أبناء عمومة رئيس النظام السوري، وقالت في بيانها إن تجارة المخدرات باتت "
        "تدر على النظام مليارات الدولارات سنوياً. وتزامن القرار مع إجراء مماثل اتخذته الحكومة البريطانية.",
        [E("sanction", Q("ستة", 6), None, "2023-03-28", "وزارة الخزانة الأمريكية", None,
           note="the US Treasury has no canonical actor; the two companies (dual) and the cousins are a breakdown; "
                "the billions are money, not a count"),
         E("sanction", None, None, "2023-03-28", None, None,
           note="the British measure the same day is a sanctions decision of its own; no source but the outlet")])

passage("n27", "2021-05-02", "SANA", "an amnesty decree covering desertion, with terms in days",
        "دمشق-سانا\nصدر اليوم مرسوم تشريعي عن رئيس الجمهورية بشار الأسد، حمل الرقم 13 لعام 2021، ونص على عفو عام يطال "
        "الجرائم المقترفة قبل هذا التاريخ. ويُسقط المرسوم كامل العقوبة عن العسكريين الفارّين داخل القطر وخارجه، بشرط "
        "أن يسلّموا أنفسهم لشعب التجنيد خلال 90 يوماً إن كانوا في الداخل و120 يوماً إن كانوا في الخارج.",
        [E("desertion", None, None, "2021-05-02", None, GOV,
           note="an amnesty decree for deserters (desertion, as news_dev); the decree number and the days are not "
                "counts; Damascus is the dateline; no source but the outlet")])

passage("n28", "2025-06-10", "North Press", "an SDF raid with coalition helicopters, arrests of IS suspects",
        "دير الزور – نورث برس\nأفادت مصادر محلية لنورث برس بأن قوات سوريا الديمقراطية دهمت، فجر اليوم الثلاثاء، منازل "
        "في بلدة الطيانة شرقي دير الزور، تساندها مروحيات تابعة للتحالف الدولي، واقتادت 11 شاباً تتهمهم بالارتباط "
        "بخلايا «داعش». وذكرت المصادر أن هذه ثالث حملة تشهدها البلدة في غضون شهر.",
        [E("arrest", Q("11", 11), PL("الطيانة", "Al-Tayyanah", "Deir ez-Zor"), "2025-06-10", "مصادر محلية", SDF,
           note="the coalition's helicopters are part of the raid; 'the third in a month' is an ordinal and a "
                "habit; Deir ez-Zor is the dateline")])

passage("n29", "2022-01-21", "Asharq Al-Awsat", "IS storms a prison after a car bomb; the SDF gives its dead",
        "الحسكة – هاجم مسلحون من تنظيم «داعش»، ليل الخميس، سجن الصناعة في حي غويران جنوب مدينة الحسكة، بعد تفجير "
        "سيارة مفخخة عند بوابته الرئيسية، ما أتاح فرار عدد من السجناء. وقال المركز الإعلامي لقوات سوريا الديمقراطية "
        "في بيان إن 7 من مقاتليها قتلوا خلال الاشتباكات، وإن قواتها لا تزال تلاحق الفارين في الأحياء المجاورة.",
        [E("armed_clash", Q("7", 7), PL("غويران", "Ghuwayran", "Al-Hasakah"), "2022-01-20",
           "المركز الإعلامي لقوات سوريا الديمقراطية", IS,
           note="«ليل الخميس» before a Friday; the car bomb opened the assault: one event (a second coder may add "
                "an explosion, as f07 noted); the prison is in the district; the SDF gives the figure; the pursuit "
                "is ongoing")])

passage("n30", "2024-08-09", "Deir ez-Zor 24", "tribal fighters cross the river, and the SDF's own telling",
        "دير الزور 24 – تدور منذ صباح اليوم الجمعة مواجهات عنيفة بين مسلحي العشائر وقوات سوريا الديمقراطية في بلدة "
        "ذيبان شرقي دير الزور، عقب عبور المسلحين نهر الفرات قادمين من مناطق النظام، وقد قُتل فيها 6 من عناصر قسد. في "
        "المقابل، زعم المركز الإعلامي لقسد أن قواتها صدّت الهجوم وقتلت 11 مهاجماً.",
        [E("armed_clash", Q("6", 6), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2024-08-09", None, TRIBES,
           note="the outlet's report (its name holds a place); the SDF's telling is the same clash, its 11 are the "
                "other side's dead (a second coder may sum); the regime's areas are the origin")])

passage("n31", "2025-07-15", "Baladi News", "Sweida's running toll, and Israeli drones on army tanks",
        "بلغت حصيلة المواجهات بين مسلحي عشائر البدو والفصائل الدرزية في محافظة السويداء 99 قتيلاً منذ صباح الأحد، من "
        "بينهم 14 عنصراً من قوات الأمن، بحسب المرصد السوري لحقوق الإنسان. وأضاف المرصد أن طائرات مسيّرة إسرائيلية "
        "قصفت صباح اليوم ثلاث دبابات لوزارة الدفاع قرب بلدة المزرعة غربي السويداء.",
        [E("casualties", Q("99", 99), PL("السويداء", "As-Suwayda", "As-Suwayda"), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="a toll since Sunday of a fight between two sides: no actor1; the security forces a breakdown"),
         E("airstrike", None, PL("المزرعة", "Al-Mazraa", "As-Suwayda"), "2025-07-15",
           "المرصد السوري لحقوق الإنسان", ISR,
           note="drone strikes; the three tanks are the target, not the figure; «المرصد» is SOHR")])

passage("n32", "2024-02-03", "Step", "US strikes on pro-Iran groups, CENTCOM's count across two countries",
        "أفاد المرصد السوري لحقوق الإنسان بمقتل 18 مسلحاً على الأقل من المجموعات الموالية لإيران، في الضربات الأمريكية "
        "التي استهدفت ليل الجمعة مواقع ومستودعات أسلحة في مدينة الميادين ومحيط البوكمال بريف دير الزور الشرقي. وكانت "
        "القيادة المركزية الأمريكية قد أعلنت أن مقاتلاتها وقاذفاتها ضربت أكثر من 85 هدفاً في سوريا والعراق، رداً على "
        "مقتل ثلاثة جنود أمريكيين في الأردن.",
        [E("airstrike", Q("18", 18, None, approx=True), PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2024-02-02",
           "المرصد السوري لحقوق الإنسان", USF,
           note="strikes on two places: a group, scored on the first; CENTCOM's 85 targets in two countries are the "
                "same act told by the striker; the attack in Jordan is a reason outside Syria")])

passage("n33", "2021-09-14", "Hawar", "ANHA: Turkish shelling of two villages, a drone recalled",
        "تل تمر/ ANHA\nاستهدفت قوات الاحتلال التركي ومرتزقتها منذ الصباح قريتي الدردارة وتل جمعة شمال بلدة تل تمر بما "
        "يزيد على 40 قذيفة مدفعية، وتسبب القصف بأضرار في منازل الأهالي، بحسب ما رصده مراسلنا. ويأتي ذلك بعد يومين من "
        "ضربة نفذتها مسيّرة تركية على سيارة مدنية عند طريق الحسكة - تل تمر، لم تسفر عن إصابات.",
        [E("shelling", Q("ما يزيد على 40", 40, None, approx=True), PL("الدردارة", "Al-Dardara", "Al-Hasakah"),
           "2021-09-14", "مراسلنا", TUR,
           note="«قوات الاحتلال التركي» and its 'mercenaries' (the SNA): Turkey's forces as actor1; two villages: a "
                "group; the shells are the count; Tell Tamr is the dateline"),
         E("airstrike", None, PL("الحسكة", "Al-Hasakah", "Al-Hasakah", nth=0), "2021-09-12", None, TUR,
           note="recalled with its own day (two days before); a road between two towns: the first named (either "
                "end); the writer's background: the outlet")])

passage("n34", "2024-03-01", "Syria TV", "a Friday protest against HTS, organisers arrested the night before",
        "خرج مئات المتظاهرين عقب صلاة الجمعة في مدينة بنش شرقي إدلب، مطالبين بإسقاط قائد «هيئة تحرير الشام» أبو محمد "
        "الجولاني وحل جهاز الأمن العام التابع لها والإفراج عن المعتقلين في سجونها. وكان الجهاز قد اعتقل مساء أمس "
        "الخميس ثلاثة ناشطين من منظمي المظاهرات في مدينة إدلب، بحسب ما أفاد ناشطون لموقع تلفزيون سوريا.",
        [E("protest", Q("مئات", 200, 900, approx=True), PL("بنش", "Binnish", "Idlib"), "2024-03-01", None, PROT,
           note="the outlet's own report (the activists' attribution belongs to the next sentence); Idlib a bearing"),
         E("arrest", Q("ثلاثة", 3), PL("إدلب", "Idlib", "Idlib", nth=1), "2024-02-29", "ناشطون", HTS,
           note="«الجهاز» is HTS's general security; recalled with its own day; Idlib city")])

passage("n35", "2022-06-10", "SANA", "old SANA: an Israeli raid on Damascus airport from over Tiberias",
        "دمشق-سانا\nصرّح مصدر عسكري بأن الكيان الإسرائيلي شن عند الفجر اعتداءً جوياً بعدد من الصواريخ أطلقها من فوق "
        "بحيرة طبريا، مستهدفاً مطار دمشق الدولي وبعض المواقع الواقعة جنوبه، ما تسبب بجرح مدني وإلحاق أضرار بمدرج "
        "المطار أخرجته عن العمل. وعلّقت وزارة النقل جميع الرحلات من المطار وإليه حتى إشعار آخر.",
        [E("airstrike", None, PL("مطار دمشق الدولي", "Damascus International Airport", "Rif Dimashq"), "2022-06-10",
           "مصدر عسكري", ISR,
           note="Lake Tiberias is where the missiles came from; one injured, no numeral; the suspension of flights "
                "is a consequence, not an event")])

passage("n36", "2025-06-24", "Anadolu", "UNHCR: refugees and displaced who returned since the fall",
        "جنيف/ الأناضول\nأعلنت مفوضية الأمم المتحدة لشؤون اللاجئين أن ما يزيد على 600 ألف لاجئ سوري رجعوا من دول "
        "الجوار منذ الإطاحة بالنظام في 8 كانون الأول الماضي، فضلاً عن نحو مليون و300 ألف نازح داخلي عادوا إلى "
        "بلداتهم وقراهم. وبيّنت المفوضية أن معظم العائدين جاؤوا من تركيا ولبنان والأردن.",
        [E("other", Q("ما يزيد على 600 ألف", 600000, None, approx=True), None, None,
           "مفوضية الأمم المتحدة لشؤون اللاجئين", None, kind="aggregate",
           note="returns since 8 December 2024 (period start), country-wide; Turkey, Lebanon and Jordan are origins; "
                "Geneva is the dateline"),
         E("other", Q("نحو مليون و300 ألف", 1300000, approx=True), None, None,
           "مفوضية الأمم المتحدة لشؤون اللاجئين", None, kind="aggregate",
           note="the displaced who went home: a second aggregate (a second coder might keep one)")])


if __name__ == "__main__":
    write("gold24.jsonl", P24)
