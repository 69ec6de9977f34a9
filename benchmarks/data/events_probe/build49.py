"""Build gold49.jsonl: coverage set 49 (ids de01…), written in stop 30 by helper types BEFORE any run on it.

A coverage set of THE TYPE OF AN ACT: who fired (a drone, a helicopter's rockets, an Israeli missile strike, a
rocket launcher, mortars, a guided missile), deaths told with their act in a result clause, a later sentence or a
«مجزرة … راح ضحيتها», a clash read as a taking (attackers who withdraw, an advance repelled, a taking after battles
whose dead are the taking's), an incursion or a raid that ends in a withdrawal, SANA's «أوقعت قتلى», Turkish
«تحييد» by artillery, recalled acts and states of control (no event), drills, fears. The wording patterns were
read in real Arabic reporting (the search tool's `pages` corpus: drone strikes on cars in Idlib and Aleppo, Israeli
incursions in Quneitra, takings after clashes, SANA's Israeli aggression items, regime rocket launchers and
helicopters), never copied; people, figures and dates are invented or varied, the towns are real. Offsets are
computed by build.build and checked.

    python benchmarks/data/events_probe/build49.py      # rewrites gold49.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P49: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P49.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("de01", "2019-07-16", "Syria TV", "a drone's strike told by «إثر استهداف طائرة مسيّرة»; shelling elsewhere",
        "قُتل ثلاثة عناصر من «هيئة تحرير الشام»، مساء أمس الاثنين، إثر استهداف طائرة مسيّرة مجهولة سيارتهم على "
        "طريق فرعي قرب بلدة سلقين في ريف إدلب الشمالي الغربي. وقال مراسل تلفزيون سوريا إن الطائرة أطلقت صاروخين على "
        "السيارة ما أدى إلى احتراقها بالكامل. وفي ريف حلب الغربي، قصفت قوات النظام بالمدفعية الثقيلة قرية كفرنوران "
        "دون ورود أنباء عن إصابات.",
        [E("airstrike", Q("ثلاثة", 3), PL("سلقين", "Salqin", "Idlib"), "2019-07-15", None, None,
           note="a drone (unknown) hit the car: an air/drone strike; the deaths are its"),
         E("shelling", None, PL("كفرنوران", "Kafr Nouran", "Aleppo"), "2019-07-15", None, GOV,
           note="another act at another place; no day of its own: the day of the passage's act")])

passage("de02", "2020-02-11", "SOHR", "helicopters firing rockets: an airstrike; artillery nearby: shelling",
        "المرصد السوري لحقوق الإنسان: أطلقت مروحيات النظام، اليوم الثلاثاء، عدة صواريخ على أطراف بلدة كفرعويد في "
        "جبل الزاوية بريف إدلب الجنوبي، ما أدى إلى مقتل امرأة وطفلها، فيما قصفت قوات النظام بالمدفعية الثقيلة قرية "
        "البارة المجاورة.",
        [E("airstrike", None, PL("كفرعويد", "Kafr Uwayd", "Idlib"), "2020-02-11", "المرصد السوري لحقوق الإنسان", GOV,
           note="helicopters fired the rockets: who fired makes it an airstrike; a woman and her child: no numeral"),
         E("shelling", None, PL("البارة", "Al-Bara", "Idlib"), "2020-02-11", "المرصد السوري لحقوق الإنسان", GOV)])

passage("de03", "2023-03-14", "SANA", "SANA: an Israeli aggression with missiles, intercepted; a military source's toll",
        "دمشق-سانا: تصدت وسائط دفاعنا الجوي فجر اليوم لعدوان إسرائيلي بالصواريخ من اتجاه الجولان السوري المحتل "
        "استهدف عدداً من النقاط في محيط بلدة الكسوة جنوب دمشق، وأسقطت عدداً منها. وقال مصدر عسكري إن العدوان أدى إلى "
        "استشهاد جنديين وإصابة ثلاثة آخرين بجروح، ووقوع بعض الخسائر المادية.",
        [E("airstrike", None, PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2023-03-14", "مصدر عسكري", ISR,
           note="an Israeli missile strike is coded an airstrike (sets 20 e19, 36 ca08); two soldiers: a dual, no figure")])

passage("de04", "2021-09-05", "Enab Baladi", "rocket launchers and artillery: shelling; a Turkish drone: airstrike",
        "قصفت قوات النظام براجمات الصواريخ وقذائف المدفعية، أمس السبت، قرية كنصفرة في جبل الزاوية جنوبي إدلب، ما أسفر "
        "عن مقتل مدني وإصابة آخرين، بحسب الدفاع المدني السوري. وفي ريف حلب الشمالي، استهدفت طائرة مسيّرة تركية نقطة "
        "لـ«قوات سوريا الديمقراطية» قرب قرية مرعناز، دون ورود معلومات عن خسائر بشرية.",
        [E("shelling", None, PL("كنصفرة", "Kansafra", "Idlib"), "2021-09-04", "الدفاع المدني السوري", GOV,
           note="rockets from launchers are ground fire: shelling; one civilian, no numeral"),
         E("airstrike", None, PL("مرعناز", "Maranaz", "Aleppo"), "2021-09-04", None, TUR,
           note="a drone: an air/drone strike; no day of its own")])

passage("de05", "2018-05-22", "SANA", "SANA: terrorists' rocket shells on a town; the army's reply on another",
        "حماة-سانا: استشهد أربعة مدنيين وأصيب سبعة آخرون بجروح جراء اعتداء المجموعات الإرهابية بالقذائف الصاروخية "
        "على الأحياء السكنية في مدينة محردة بريف حماة الشمالي اليوم. وردت وحدات من الجيش على الاعتداء باستهداف مصادر "
        "إطلاق القذائف في بلدة اللطامنة، ودمرت منصات لإطلاق الصواريخ.",
        [E("shelling", Q("أربعة", 4), PL("محردة", "Mhardeh", "Hama"), "2018-05-22", None, FSA,
           note="rocket shells on a town: shelling, its dead"),
         E("shelling", None, PL("اللطامنة", "Al-Lataminah", "Hama"), "2018-05-22", None, GOV,
           note="the reply is an act of its own at its own place")])

passage("de06", "2025-04-08", "North Press", "a drone's strike named after «إثر قصف»; injured only",
        "أصيب خمسة مدنيين بجروح، اليوم الثلاثاء، إثر قصف طائرة مسيّرة تركية منزلاً في قرية الدردارة بريف بلدة تل تمر "
        "شمال غربي الحسكة، بحسب ما أفاد به مصدر طبي لنورث برس.",
        [E("airstrike", None, PL("الدردارة", "Al-Dardara", "Al-Hasakah"), "2025-04-08", "مصدر طبي", TUR,
           note="«قصف طائرة مسيّرة»: the drone fired, an airstrike; injured only: no count or fatalities")])

passage("de07", "2019-11-27", "SOHR", "a guided missile on a vehicle: shelling, its crew's dead",
        "المرصد السوري: دمرت الفصائل المقاتلة، اليوم الأربعاء، عربة عسكرية لقوات النظام بصاروخ موجه قرب بلدة الكبينة "
        "في جبل الأكراد بريف اللاذقية الشمالي، ما أدى إلى مقتل ثلاثة من طاقمها.",
        [E("shelling", Q("ثلاثة", 3), PL("الكبينة", "Kabani", "Latakia"), "2019-11-27", "المرصد السوري", FSA,
           note="a ground-launched guided missile: shelling/missile (set 29 cr35); the crew's deaths are its")])

passage("de08", "2017-10-03", "Step", "an ambush with its dead in a result clause",
        "نصب مسلحون مجهولون كميناً لدورية تابعة لقوات النظام على طريق بلدة المسيفرة في ريف درعا الشرقي، مساء أمس "
        "الاثنين، ما أدى إلى مقتل أربعة عناصر وإصابة اثنين آخرين، بحسب ما أفاد به مراسل ستيب.",
        [E("armed_clash", Q("أربعة", 4), PL("المسيفرة", "Al-Musayfirah", "Daraa"), "2017-10-02", "مراسل ستيب", UNK,
           note="an ambush on a patrol: an armed clash; its dead")])

passage("de09", "2016-08-18", "Anadolu", "an attack on a checkpoint; the attackers killed and withdrew (no taking)",
        "هاجم مسلحون من تنظيم «داعش» فجر اليوم الخميس حاجزاً لـ«قوات سوريا الديمقراطية» عند المدخل الغربي لبلدة "
        "الشدادي جنوبي الحسكة. وقال مصدر في القوات لمراسل الأناضول إن المهاجمين قتلوا ثلاثة من عناصر الحاجز قبل أن "
        "ينسحبوا باتجاه البادية.",
        [E("armed_clash", Q("ثلاثة", 3), PL("الشدادي", "Al-Shaddadi", "Al-Hasakah"), "2016-08-18", "مصدر في القوات", IS,
           note="the attack is the clash; «قتلوا ثلاثة» its dead, not a casualties event; the attackers' withdrawal "
                "ends their attack, no taking")])

passage("de10", "2024-12-19", "Syria TV", "clashes; their toll in the next sentence; drones on a village",
        "اندلعت اشتباكات عنيفة، أمس الأربعاء، بين «قوات سوريا الديمقراطية» وفصائل «الجيش الوطني» على محور سد تشرين "
        "جنوب شرقي منبج. وأسفرت الاشتباكات عن مقتل سبعة مقاتلين من الطرفين، بحسب ما أفاد به مراسل تلفزيون سوريا. كما "
        "قصفت طائرات مسيّرة تركية قرية قرة قوزاق القريبة.",
        [E("armed_clash", Q("سبعة", 7), PL("سد تشرين", "Tishrin Dam", "Aleppo"), "2024-12-18", "مراسل تلفزيون سوريا",
           SNA, note="the clashes' toll told in the next sentence is theirs"),
         E("airstrike", None, PL("قرة قوزاق", "Qara Qozak", "Aleppo"), "2024-12-18", "مراسل تلفزيون سوريا", TUR,
           note="MENDED stop 33 (conventions): the outlet's own reporter files the whole item, his report carries over "
                "the «كما» act of another kind (README Source, stop 30; kept by the lead at stop 32) — was the outlet; "
                "«قصفت طائرات مسيّرة»: the shooter is a drone: airstrike")])

passage("de11", "2016-01-26", "SOHR", "a taking after battles whose dead are the taking's; air raids nearby",
        "المرصد السوري لحقوق الإنسان: سيطرت قوات النظام والمسلحون الموالون لها، اليوم الثلاثاء، على بلدة الشيخ مسكين "
        "في ريف درعا الشمالي، بعد معارك عنيفة مع الفصائل المقاتلة استمرت أكثر من شهر، قتل خلالها 40 مقاتلاً على الأقل "
        "من الطرفين. وشنت الطائرات الحربية الروسية أكثر من 30 غارة على بلدة إبطع المجاورة.",
        [E("territory_change", Q("40", 40, None, True), PL("الشيخ مسكين", "Al-Shaykh Maskin", "Daraa"), "2016-01-26",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the battles are the taking's circumstance: no clash of their own; their dead are the taking's (set 12 k08)"),
         E("airstrike", Q("أكثر من 30", 30, None, True), PL("إبطع", "Ibta", "Daraa"), "2016-01-26",
           "المرصد السوري لحقوق الإنسان", RUS, note="the raids counted")])

passage("de12", "2025-02-18", "Enab Baladi", "an incursion with arrests that ends in a withdrawal (no taking)",
        "توغلت قوة إسرائيلية مؤلفة من خمس آليات عسكرية، صباح اليوم الثلاثاء، في قرية عين زيوان بريف القنيطرة الجنوبي، "
        "وفتشت عدداً من المنازل واعتقلت شابين من أهالي القرية، قبل أن تنسحب باتجاه الشريط الحدودي، بحسب ما أفاد به "
        "مراسل عنب بلدي.",
        [E("arrest", None, PL("عين زيوان", "Ain Ziwan", "Quneitra"), "2025-02-18", "مراسل عنب بلدي", ISR,
           note="two young men: a dual, no figure; the withdrawal ends the incursion: no taking")])

passage("de13", "2024-06-25", "Daraa 24", "negative: a raid that arrests no one and withdraws",
        "داهمت دورية تابعة للأمن العسكري، أمس الاثنين، عدداً من المنازل في حي الكاشف بمدينة درعا بحثاً عن مطلوبين، "
        "ثم انسحبت من الحي دون أن تعتقل أحداً، بحسب ما أفاد به ناشطون.",
        [])

passage("de14", "2019-03-19", "Baladi News", "an advance repelled (a clash, no taking); shelling at the same time",
        "تصدت فصائل المعارضة، فجر اليوم الثلاثاء، لمحاولة تقدم قوات النظام على محور قرية الحويز في سهل الغاب بريف "
        "حماة الغربي، وقتلت خمسة عناصر منها، بحسب ما أفاد به مراسل بلدي نيوز، بالتزامن مع قصف مدفعي عنيف على قرية "
        "قسطون.",
        [E("armed_clash", Q("خمسة", 5), PL("الحويز", "Al-Huwayz", "Hama"), "2019-03-19", "مراسل بلدي نيوز", FSA,
           note="an advance repelled is a clash; no taking"),
         E("shelling", None, PL("قسطون", "Qastun", "Hama"), "2019-03-19", "مراسل بلدي نيوز", GOV,
           note="the shelling «بالتزامن» at another village: an act of its own")])

passage("de15", "2023-10-10", "Enab Baladi", "negative: a market rebuilt; the strike that destroyed it recalled by its month",
        "بدأت ورشات المجلس المحلي في مدينة سراقب، اليوم الثلاثاء، ترميم مبنى السوق المسقوف وسط المدينة. وكانت غارات "
        "روسية قد دمرت السوق في شباط 2020 وقتلت أكثر من عشرة مدنيين، بحسب سكان من المدينة.",
        [])

passage("de16", "2021-01-12", "Syria TV", "an arrest at a checkpoint; the taking and battles of 2019 recalled",
        "اعتقلت قوات النظام، اليوم الثلاثاء، ثمانية شبان من أبناء مدينة معرة النعمان عند حاجز على مدخل مدينة حماة أثناء "
        "عودتهم من لبنان، بحسب ما أفاد به مراسل تلفزيون سوريا. وكانت قوات النظام قد سيطرت على معرة النعمان أواخر عام "
        "2019 بعد معارك عنيفة مع فصائل المعارضة.",
        [E("arrest", Q("ثمانية", 8), PL("حماة", "Hama", "Hama"), "2021-01-12", "مراسل تلفزيون سوريا", GOV,
           note="the checkpoint at the city's entrance: the city; the recalled taking and battles are no events")])

passage("de17", "2022-10-18", "Anadolu", "negative: a state of control, calm, an expected operation",
        "يتوقع مراقبون أن تطلق تركيا عملية عسكرية جديدة ضد «قوات سوريا الديمقراطية» في منطقة تل رفعت، في حين تسيطر "
        "الأخيرة على مدينة منبج منذ طرد تنظيم «داعش» منها صيف عام 2016. وتشهد خطوط التماس في المنطقة هدوءاً حذراً "
        "منذ أسابيع.",
        [])

passage("de18", "2020-09-29", "SOHR", "a bomb on a bus; the ministry's statement restates the same act",
        "قتل ستة عناصر من قوات النظام، أمس الاثنين، جراء استهداف حافلة كانت تقلهم بعبوة ناسفة على طريق بلدة معدان في "
        "ريف الرقة الشرقي، بحسب المرصد السوري لحقوق الإنسان. وأكدت وزارة الدفاع في بيان أن «الاعتداء الإرهابي» أدى إلى "
        "استشهاد ستة عسكريين.",
        [E("explosion", Q("ستة", 6), PL("معدان", "Maadan", "Raqqa"), "2020-09-28", "المرصد السوري لحقوق الإنسان", None,
           note="the ministry's statement restates the act: no statement, no second event")])

passage("de19", "2017-05-09", "Halab Today", "«ارتكب الطيران مجزرة … راح ضحيتها»: an airstrike; shelling elsewhere",
        "ارتكب الطيران الحربي الروسي مجزرة في بلدة حاس بريف إدلب الجنوبي، صباح اليوم الثلاثاء، راح ضحيتها 11 مدنياً "
        "بينهم أربعة أطفال، بعد استهداف مدرسة تؤوي نازحين بثلاث غارات متتالية. كما أصيب ثلاثة مدنيين بقصف مدفعي على "
        "بلدة التح.",
        [E("airstrike", Q("11", 11), PL("حاس", "Has", "Idlib"), "2017-05-09", None, RUS,
           note="a massacre by jets is the strike; its dead"),
         E("shelling", None, PL("التح", "Al-Tah", "Idlib"), "2017-05-09", None, None,
           note="injured only: no figure")])

passage("de20", "2014-03-11", "SANA", "SANA: «أوقعت … قتلى» in an operation: a clash",
        "درعا-سانا: نفذت وحدات من جيشنا الباسل عملية نوعية على تجمعات الإرهابيين في محيط بلدة عتمان بريف درعا، أوقعت "
        "خلالها أكثر من 20 إرهابياً قتلى، ودمرت سيارتين مزودتين برشاشات ثقيلة.",
        [E("armed_clash", Q("أكثر من 20", 20, None, True), PL("عتمان", "Atman", "Daraa"), "2014-03-11", None, GOV,
           note="an operation on the gatherings with their dead: an armed clash (set 4 s04), not bare casualties")])

passage("de21", "2020-12-01", "Anadolu", "Turkish «تحييد» by artillery: shelling; an attack aimed at: no clash",
        "أعلنت وزارة الدفاع التركية، اليوم الثلاثاء، «تحييد» ثمانية عناصر من تنظيم «ي ب ك» بقصف مدفعي استهدف مواقعهم "
        "قرب بلدة عين عيسى شمالي الرقة، بعد رصدهم أثناء التحضير لهجوم على منطقة «نبع السلام».",
        [E("shelling", Q("ثمانية", 8), PL("عين عيسى", "Ain Issa", "Raqqa"), "2020-12-01", "وزارة الدفاع التركية", TUR,
           note="neutralised by artillery: the shelling and its dead; the attack prepared is an aim")])

passage("de22", "2019-09-10", "SNHR", "a week's toll with its means: casualties (aggregate), not a strike",
        "وثقت الشبكة السورية لحقوق الإنسان مقتل 45 مدنياً، بينهم 12 طفلاً، في محافظة إدلب خلال الأسبوع الماضي، جراء "
        "الغارات الجوية والقصف المدفعي لقوات النظام وروسيا.",
        [E("casualties", Q("45", 45), PL("إدلب", "Idlib", "Idlib"), None, "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate", note="a period's toll of several means is a casualties aggregate; 12 children a breakdown")])

passage("de23", "2021-05-25", "SY24", "a toll raised at a hospital the next day: the shelling's",
        "قُتل مدنيان وأصيب سبعة آخرون، مساء أمس الاثنين، جراء سقوط قذائف صاروخية أطلقتها قوات النظام على بلدة مرعيان "
        "في جبل الزاوية. وقال مصدر طبي إن أحد الجرحى فارق الحياة صباح اليوم في مشفى إدلب المركزي، ليرتفع عدد القتلى "
        "إلى ثلاثة.",
        [E("shelling", Q("ثلاثة", 3), PL("مرعيان", "Marayan", "Idlib"), "2021-05-24", "مصدر طبي", GOV,
           note="the hospital death raises the shelling's toll: no casualties event of its own")])

passage("de24", "2018-09-04", "Hawar", "an attack foiled: a clash with the attackers' dead",
        "أحبطت «قوات سوريا الديمقراطية» ليل أمس هجوماً لخلايا تنظيم «داعش» على نقطة عسكرية قرب بلدة ذيبان شرقي دير "
        "الزور، وقتلت أربعة من المهاجمين، فيما أصيب ثلاثة من مقاتليها، بحسب المركز الإعلامي للقوات.",
        [E("armed_clash", Q("أربعة", 4), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2018-09-03", "المركز الإعلامي للقوات",
           IS, note="an attack fought off is a clash; the attackers' dead are its")])

passage("de25", "2025-09-16", "SANA", "suicide drones on an army point: an airstrike; the reply is its telling",
        "قالت هيئة العمليات في الجيش العربي السوري إن «قوات سوريا الديمقراطية» استهدفت بطائرتين مسيّرتين انتحاريتين "
        "نقطة للجيش قرب قرية دير حافر بريف حلب الشرقي، اليوم الثلاثاء، ما أدى إلى إصابة ثلاثة جنود، مشيرة إلى أن "
        "وحدات الجيش ردت على مصادر النيران.",
        [E("airstrike", None, PL("دير حافر", "Deir Hafer", "Aleppo"), "2025-09-16", "هيئة العمليات في الجيش العربي السوري",
           SDF, note="drones: an air/drone strike; injured only; the reply to the sources of fire is no event (set 18 b26)")])

passage("de26", "2022-06-07", "SANA", "negative: a naval drill with live fire",
        "نفذت وحدات من القوات البحرية، اليوم الثلاثاء، تمريناً بالذخيرة الحية قبالة سواحل محافظة طرطوس، أطلقت خلاله "
        "صواريخ على أهداف بحرية افتراضية، بحضور عدد من القادة العسكريين.",
        [])

passage("de27", "2025-07-15", "Suwayda 24", "negative: fighting feared after threats",
        "يتخوف سكان بلدة الصورة الكبيرة شمالي السويداء من تجدد الاشتباكات بعد تهديدات متبادلة على مواقع التواصل، وسط "
        "دعوات من وجهاء البلدة إلى التهدئة وضبط النفس.",
        [])

passage("de28", "2013-08-06", "SNHR", "deaths under torture: casualties with no act",
        "قالت الشبكة السورية لحقوق الإنسان إنها وثقت وفاة ثلاثة معتقلين تحت التعذيب في سجن صيدنايا العسكري خلال "
        "الأسبوع الماضي، بينهم طالب جامعي من مدينة داريا.",
        [E("casualties", Q("ثلاثة", 3), PL("سجن صيدنايا العسكري", "Saydnaya military prison", "Rif Dimashq"), None,
           "الشبكة السورية لحقوق الإنسان", GOV, note="deaths in detention: casualties; Daraya is where one came from")])

passage("de29", "2023-10-10", "SY24", "the regime's suicide drone on a car: airstrike; mortars nearby: shelling",
        "استهدفت قوات النظام بطائرة مسيّرة انتحارية سيارة مدنية على أطراف بلدة آفس شرقي إدلب، اليوم الثلاثاء، ما أدى "
        "إلى مقتل سائقها، بحسب الدفاع المدني السوري. كما قصفت بقذائف الهاون أطراف مدينة سرمين القريبة دون وقوع إصابات.",
        [E("airstrike", None, PL("آفس", "Afis", "Idlib"), "2023-10-10", "الدفاع المدني السوري", GOV,
           note="«استهدفت … بطائرة مسيّرة»: the means makes it a drone strike; one driver, no numeral"),
         E("shelling", None, PL("سرمين", "Sarmin", "Idlib"), "2023-10-10", "الدفاع المدني السوري", GOV)])

passage("de30", "2015-11-17", "AFP", "air raids and mortars in one sentence, each with its dead",
        "قال ناشطون إن عشرة أشخاص على الأقل قتلوا، اليوم الثلاثاء، في غارات شنتها طائرات حربية يعتقد أنها روسية على "
        "مدينة أريحا، فيما قتل أربعة آخرون بقذائف هاون أطلقتها فصائل المعارضة على حي الحمدانية في حلب.",
        [E("airstrike", Q("عشرة", 10, None, True), PL("أريحا", "Ariha", "Idlib"), "2015-11-17", "ناشطون", RUS),
         E("shelling", Q("أربعة", 4), PL("الحمدانية", "Al-Hamdaniyah", "Aleppo"), "2015-11-17", "ناشطون", FSA)])

passage("de31", "2012-09-25", "Al Arabiya", "a day's bulletin: a clash, a raid by jets, shelling with its dead",
        "دارت اشتباكات عنيفة، اليوم الثلاثاء، بين الجيش الحر والقوات النظامية في حي صلاح الدين بمدينة حلب، فيما قصف "
        "الطيران الحربي حي الشعار بصاروخين، وقتل ثمانية مدنيين في قصف مدفعي على بلدة الأتارب، بحسب لجان التنسيق "
        "المحلية.",
        [E("armed_clash", None, PL("صلاح الدين", "Salah al-Din", "Aleppo"), "2012-09-25", "لجان التنسيق المحلية", FSA),
         E("airstrike", None, PL("الشعار", "Al-Shaar", "Aleppo"), "2012-09-25", "لجان التنسيق المحلية", GOV,
           note="«قصف الطيران»: the jets fired: airstrike; two missiles, a dual"),
         E("shelling", Q("ثمانية", 8), PL("الأتارب", "Al-Atarib", "Aleppo"), "2012-09-25", "لجان التنسيق المحلية", GOV)])

passage("de32", "2014-07-22", "SANA", "SANA: «أوقعت قتلى ومصابين», «قضت على … حاولوا التسلل»: two clashes",
        "ريف دمشق-سانا: أوقعت وحدات من الجيش والقوات المسلحة قتلى ومصابين في صفوف الإرهابيين في بلدة المليحة، ودمرت "
        "لهم مستودعاً للذخيرة. وفي ريف حمص، قضت وحدة من الجيش على 17 إرهابياً حاولوا التسلل إلى قرية أم شرشوح.",
        [E("armed_clash", None, PL("المليحة", "Al-Mulayhah", "Rif Dimashq"), "2014-07-22", None, GOV),
         E("armed_clash", Q("17", 17), PL("أم شرشوح", "Umm Sharshuh", "Homs"), "2014-07-22", None, GOV,
           note="an infiltration stopped: a clash with its dead")])

passage("de33", "2019-03-19", "Asharq Al-Awsat", "coalition strikes; their dead in the next sentence («الضربات قتلت»)",
        "شن طيران التحالف الدولي، أمس الاثنين، ضربات جوية على آخر جيب لتنظيم «داعش» في بلدة الباغوز شرقي دير الزور. "
        "وقال المرصد السوري لحقوق الإنسان إن الضربات قتلت 16 شخصاً على الأقل بينهم نساء.",
        [E("airstrike", Q("16", 16, None, True), PL("الباغوز", "Al-Baghuz", "Deir ez-Zor"), "2019-03-18",
           "المرصد السوري لحقوق الإنسان", COAL, note="the strikes' dead are theirs, told next")])

passage("de34", "2017-02-14", "Anadolu", "a taking after clashes whose dead are the taking's; Turkish artillery",
        "سيطرت فصائل «الجيش السوري الحر» المدعومة من تركيا، اليوم الثلاثاء، على قرية بزاعة شرقي مدينة الباب، إثر "
        "اشتباكات مع عناصر «داعش» قُتل فيها 12 عنصراً من التنظيم. وقصفت المدفعية التركية مواقع التنظيم داخل مدينة الباب.",
        [E("territory_change", Q("12", 12), PL("بزاعة", "Bza'a", "Aleppo"), "2017-02-14", None, SNA,
           note="the clashes are the taking's; their dead too (set 15 t08)"),
         E("shelling", None, PL("الباب", "Al-Bab", "Aleppo", nth=1), "2017-02-14", None, TUR)])

passage("de35", "2019-05-08", "Orient", "a withdrawal that IS a taking: the other side entered",
        "دخلت قوات النظام، صباح اليوم، بلدة كفرنبودة في ريف حماة الشمالي الغربي بعد انسحاب فصائل المعارضة منها، إثر "
        "قصف جوي مكثف استمر أسابيع، بحسب مراسل أورينت.",
        [E("territory_change", None, PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2019-05-08", "مراسل أورينت", GOV,
           note="the entry after the withdrawal is the taking; weeks of bombardment are background")])

passage("de36", "2018-02-20", "Al Jazeera", "air raids with their dead; rocket fire with injured only elsewhere",
        "قال الدفاع المدني السوري إن سبعة مدنيين قتلوا، اليوم الثلاثاء، في غارات جوية على بلدة حمورية في الغوطة "
        "الشرقية، بينما أصيب آخرون بقصف صاروخي استهدف مدينة دوما.",
        [E("airstrike", Q("سبعة", 7), PL("حمورية", "Hammuriyah", "Rif Dimashq"), "2018-02-20", "الدفاع المدني السوري",
           GOV),
         E("shelling", None, PL("دوما", "Douma", "Rif Dimashq"), "2018-02-20", "الدفاع المدني السوري", GOV,
           note="rocket fire with no aircraft named: shelling; injured only")])


def main() -> None:
    write("gold49.jsonl", P49)


if __name__ == "__main__":
    main()
