"""Build gold36.jsonl: coverage set 36 (ids ca01…), written in stop 28 by helper args BEFORE any run on it.

A coverage set for an event's PLACE and FIGURE: each positive passage carries one wording pattern of where an act
happened (a facility, a base, a checkpoint, a district inside a town, a village near a town, a road between two
towns, a bearing from a town, a countryside) or of how many it touched (hedged, split with «بينهم/من بينهم», a total
and its parts, a range, in words, told twice, killed-and-wounded together), the patterns read in real reporting
(the search tool's `pages` corpus, never copied); negatives carry the same place and number words with no event
(threats, aims, denials, calls, laws, descriptions, a traffic accident, prices). People, villages, figures and dates
are invented or varied. Gold follows news_dev's README and this folder's README (its "Gold conventions on places").

    python benchmarks/data/events_probe/build36.py      # rewrites gold36.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P36: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P36.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


# ---- places: facilities, bases, checkpoints, districts, villages near towns, roads, bearings -----------------------
passage("ca01", "2020-06-21", "SOHR", "a drone on a car on the road between two towns",
        "المرصد السوري: استهدفت طائرة مسيرة مجهولة سيارة عسكرية على الطريق الواصل بين مدينتي الباب وقباسين "
        "بريف حلب الشرقي، ما أدى إلى مقتل ثلاثة عناصر من فصيل محلي كانوا على متنها.",
        [E("airstrike", Q("ثلاثة", 3), PL("الباب", "Al-Bab", "Aleppo"), "2020-06-21", "المرصد السوري", UNK,
           note="a road between two towns: one location, scored at the first town (either end)")])

passage("ca02", "2025-02-11", "Enab Baladi", "gunmen on a checkpoint at a town's entrance",
        "هاجم مسلحون مجهولون، فجر اليوم الثلاثاء، حاجزاً لإدارة الأمن العام عند المدخل الشمالي لمدينة تلكلخ "
        "بريف حمص الغربي، ما أسفر عن مقتل أربعة عناصر وإصابة اثنين، بحسب ما نقله مراسل عنب بلدي عن مصدر أمني.",
        [E("armed_clash", Q("أربعة", 4), PL("تلكلخ", "Talkalakh", "Homs"), "2025-02-11", "مصدر أمني", UNK,
           note="a checkpoint at the town's entrance: the town; the countryside is its container")])

passage("ca03", "2016-04-29", "Halab Today", "regime raids on a market inside an Aleppo district",
        "شنت طائرات النظام الحربية غارتين على سوق شعبي في حي الفردوس بمدينة حلب، ظهر اليوم، ما أدى إلى مقتل 19 "
        "مدنياً وإصابة العشرات، وفق ما أفاد به الدفاع المدني.",
        [E("airstrike", Q("19", 19), PL("الفردوس", "Al-Fardos", "Aleppo"), "2016-04-29", "الدفاع المدني", GOV,
           note="a market located at its district (landmark convention); the two raids are not the figure")])

passage("ca04", "2016-10-11", "SANA", "shells on a school in a Daraa district, state agency",
        "درعا-سانا\nاستشهد ستة تلاميذ وأصيب 14 آخرون جراء اعتداء المجموعات الإرهابية بالقذائف الصاروخية على "
        "مدرسة للتعليم الأساسي في حي المحطة بمدينة درعا صباح اليوم.",
        [E("shelling", Q("ستة", 6), PL("المحطة", "Daraa al-Mahatta", "Daraa"), "2016-10-11", None, FSA,
           note="a school in a district: the district; the dateline is the city")])

passage("ca05", "2019-12-26", "Syria TV", "Russian raids on a village near a town",
        "قالت فرق الدفاع المدني إن طائرات حربية روسية استهدفت بعدة غارات قرية جوباس قرب مدينة سراقب في ريف "
        "إدلب الشرقي، ما أسفر عن مقتل ثمانية مدنيين بينهم ثلاثة أطفال.",
        [E("airstrike", Q("ثمانية", 8), PL("جوباس", "Jubas", "Idlib"), "2019-12-26", "فرق الدفاع المدني", RUS,
           note="a village near a town: the village is the most specific place; the children are a breakdown")])

passage("ca06", "2017-12-23", "SMART", "clashes around a village north of a city",
        "قتل ستة عناصر من قوات النظام وجرح آخرون، السبت، في اشتباكات مع فصائل الجيش الحر في محيط قرية الزلاقيات "
        "شمال مدينة حماة، بحسب ما قال قائد ميداني لسمارت.",
        [E("armed_clash", Q("ستة", 6), PL("الزلاقيات", "Zalaqiyat", "Hama"), "2017-12-23", "قائد ميداني", FSA,
           note="«في محيط قرية X شمال مدينة Y»: the village; the city is a bearing's reference")])

passage("ca07", "2016-06-14", "Anadolu Agency", "a car bomb at a border crossing",
        "انفجرت سيارة مفخخة، صباح اليوم الثلاثاء، قرب معبر باب السلامة الحدودي مع تركيا شمال مدينة اعزاز، ما أدى "
        "إلى مقتل 11 شخصاً بينهم عناصر من الجيش الحر، بحسب ما أفاد مراسل الأناضول.",
        [E("explosion", Q("11", 11), PL("معبر باب السلامة", "Bab al-Salama border crossing", "Aleppo"),
           "2016-06-14", "مراسل الأناضول", UNK,
           note="a crossing is a facility, the most specific place; Turkey is the border it faces")])

passage("ca08", "2022-09-17", "Al Jazeera", "Israeli missiles on an air base",
        "قالت وكالة الأنباء السورية إن الدفاعات الجوية تصدت لعدوان إسرائيلي بالصواريخ استهدف مطار الشعيرات "
        "العسكري في ريف حمص الشرقي، ما أدى إلى مقتل خمسة عسكريين وإصابة آخرين.",
        [E("airstrike", Q("خمسة", 5), PL("مطار الشعيرات", "Shayrat Air Base", "Homs"), "2022-09-17",
           "وكالة الأنباء السورية", ISR,
           note="an air base is a facility, the most specific place")])

passage("ca09", "2023-03-02", "North Press", "a killing inside a camp",
        "قتل مسلحون مجهولون ثلاثة أشخاص بينهم امرأة رمياً بالرصاص في القطاع الخامس من مخيم الهول شرقي الحسكة، "
        "وقال مصدر في إدارة المخيم إن خلايا تنظيم الدولة تقف وراء عمليات القتل داخل المخيم.",
        [E("armed_clash", Q("ثلاثة", 3), PL("مخيم الهول", "Al-Hol camp", "Al-Hasakah"), "2023-03-02", None,
           UNK, note="MENDED stop 30 (conventions): a killing by gunmen is an armed_clash, not casualties (README, stop 30: the shooting is the act; sets 1-21 code 17 such killings armed_clash against 0; was: casualties); a camp is a facility, the most specific place; the blame on IS cells is a general claim")])

passage("ca10", "2021-05-08", "Deir ez-Zor 24", "an ambush in a countryside with no town",
        "قتل سبعة عناصر من قوات سوريا الديمقراطية بهجوم نفذه عناصر من تنظيم الدولة على دورية لهم في بادية ريف "
        "دير الزور الشرقي، بحسب ما أفاد به مراسل دير الزور 24.",
        [E("armed_clash", Q("سبعة", 7), PL("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside",
                                        "Deir ez-Zor"), "2021-05-08", "مراسل دير الزور 24", IS,
           note="the countryside is the only place the text gives")])

passage("ca11", "2019-05-14", "Step News", "shelling on the edges of a town north of a city",
        "استهدفت قوات النظام بقذائف المدفعية الثقيلة أطراف مدينة اللطامنة في ريف حماة الشمالي، ما أدى إلى مقتل "
        "امرأتين وطفل وإصابة خمسة مدنيين بجروح، بحسب ما أفاد مراسل وكالة ستيب.",
        [E("shelling", None, PL("اللطامنة", "Latmana", "Hama"), "2019-05-14", "مراسل وكالة ستيب", GOV,
           note="the town's edges: the town; two women and a child are told without a total")])

passage("ca12", "2020-08-18", "AFP", "an IS ambush in the desert east of a town",
        "قال المرصد السوري لحقوق الإنسان إن 14 عنصراً من قوات النظام والمسلحين الموالين لها قتلوا في كمين نصبه "
        "تنظيم الدولة الإسلامية لرتل عسكري في البادية شرق مدينة السخنة.",
        [E("armed_clash", Q("14", 14), PL("السخنة", "Sokhneh", "Homs"), "2020-08-18",
           "المرصد السوري لحقوق الإنسان", IS,
           note="east of a town in the desert: the town is the nearest place the text gives")])

passage("ca13", "2015-05-15", "Reuters", "a convoy struck on the road from one city to another",
        "بيروت (رويترز) - قال نشطاء إن طائرات حربية سورية قصفت قافلة لمقاتلي تنظيم الدولة الإسلامية على الطريق "
        "بين حمص وتدمر يوم الجمعة مما أسفر عن مقتل ما لا يقل عن 30 متشدداً.",
        [E("airstrike", Q("ما لا يقل عن 30", 30, None, True), PL("حمص", "Homs", "Homs"), "2015-05-15", "نشطاء", GOV,
           note="a road between two cities: scored at the first; Beirut is the dateline")])

passage("ca14", "2021-11-16", "Sawt al-Asima", "arrests at a named checkpoint by a town",
        "اعتقلت دورية تابعة لفرع الأمن العسكري 9 شبان من أبناء مدينة يبرود على حاجز القطيفة بريف دمشق، أثناء "
        "توجههم إلى العاصمة، بحسب ما قال مصدر محلي.",
        [E("arrest", Q("9", 9), PL("القطيفة", "Al-Qutayfah", "Rural Damascus"), "2021-11-16", "مصدر محلي", GOV,
           note="the checkpoint named by its town: the town; Yabroud is where they come from, Damascus where "
                "they were going")])

passage("ca15", "2020-01-09", "Hawar", "Turkish shelling on villages near a town",
        "قصف جيش الاحتلال التركي ومرتزقته قرية الدردارة شمال بلدة تل تمر بعشرات القذائف، ما أدى إلى إصابة مدنيين "
        "اثنين، بحسب ما أفاد به مراسل وكالتنا.",
        [E("shelling", Q("عشرات", 20, 90, True), PL("الدردارة", "Dardara", "Al-Hasakah"), "2020-01-09",
           "مراسل وكالتنا", TUR,
           note="a village north of a town: the village; the shells are the count, the dual injured are not "
                "(mended after the first run: the earlier sets count shells when no dead are numbered)")])

passage("ca16", "2018-01-03", "Orient", "a hospital struck in a town",
        "خرج مشفى الأمل في بلدة كفرنبل عن الخدمة بعد غارات روسية استهدفته فجر اليوم، وقال مدير المشفى لأورينت إن "
        "القصف أدى إلى مقتل خمسة أشخاص بينهم ممرضان.",
        [E("airstrike", Q("خمسة", 5), PL("مشفى الأمل", "Al-Amal hospital", "Idlib"), "2018-01-03", "مدير المشفى", RUS,
           note="a named hospital is a facility, the most specific place (mended after the first run from the "
                "town: the earlier sets and cues.json landmarks keep hospitals as places of their own); the nurses "
                "are a breakdown")])

passage("ca17", "2014-07-25", "Al-Hayat", "a base overrun, a bearing from the city",
        "اقتحم مقاتلو «داعش» مقر الفرقة 17 شمال الرقة بعد معارك استمرت يومين، وقال ناشطون إن أكثر من 50 جندياً "
        "قتلوا في الهجوم.",
        [E("territory_change", Q("أكثر من 50", 50, None, True), PL("الفرقة 17", "17th Division base", "Raqqa"),
           None, "ناشطون", IS,
           note="«مقر» + a numbered unit: the base is the place (convention); 17 is a name; no day given")])

passage("ca18", "2014-03-09", "Al Arabiya", "mortars on a besieged prison",
        "قال مصدر حقوقي إن قذائف هاون أطلقتها فصائل المعارضة المحاصرة للمكان سقطت على سجن حلب المركزي، ما أدى "
        "إلى مقتل سبعة سجناء على الأقل وإصابة آخرين.",
        [E("shelling", Q("سبعة", 7, None, True), PL("سجن حلب المركزي", "Aleppo Central Prison", "Aleppo"),
           "2014-03-09", "مصدر حقوقي", FSA, note="a prison is a facility, the most specific place")])

passage("ca19", "2013-08-01", "Zaman al-Wasl", "a district of Damascus, executions",
        "أعدمت ميليشيات موالية للنظام 12 شاباً ميدانياً في حي التضامن جنوب دمشق، بعد اعتقالهم على أحد الحواجز "
        "المنتشرة في الحي، بحسب ما أكد ناشطون من المنطقة لزمان الوصل.",
        [E("casualties", Q("12", 12), PL("التضامن", "Al-Tadamon", "Damascus"), "2013-08-01",
           "ناشطون من المنطقة", LOYAL, note="a district south of the capital: the district")])

passage("ca20", "2019-05-22", "Baladi News", "clashes on the front between two towns",
        "اندلعت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على محور بلدتي كفرنبودة والهبيط، قتل خلالها 22 "
        "عنصراً من قوات النظام، وفق ما أفادت به مصادر عسكرية معارضة.",
        [E("armed_clash", Q("22", 22), PL("كفرنبودة", "Kafr Nabutha", "Hama"), "2019-05-22",
           "مصادر عسكرية معارضة", FSA, note="a front between two towns: scored at the first")])

passage("ca21", "2024-01-12", "Suwayda 24", "gunmen kill a man at a roundabout in a city",
        "قتل شاب برصاص مسلحين مجهولين عند دوار العنقود في مدينة السويداء مساء الخميس، في حادثة هي الثالثة من "
        "نوعها خلال أسبوع، بحسب ما رصدته شبكة السويداء 24.",
        [E("armed_clash", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2024-01-11", "شبكة السويداء 24", UNK,
           note="MENDED stop 30 (conventions): a killing by gunmen is an armed_clash, not casualties (README, stop 30: the shooting is the act; sets 1-21 code 17 such killings armed_clash against 0; was: casualties); a roundabout located at its city (landmark convention); the third is an ordinal")])

passage("ca22", "2018-02-20", "SNHR", "barrels on a Ghouta town told with its countryside",
        "وثقت الشبكة السورية لحقوق الإنسان مقتل 27 مدنياً، بينهم تسعة أطفال، جراء إلقاء مروحيات النظام براميل "
        "متفجرة على مدينة سقبا في الغوطة الشرقية بريف دمشق.",
        [E("airstrike", Q("27", 27), PL("سقبا", "Saqba", "Rural Damascus"), "2018-02-20",
           "الشبكة السورية لحقوق الإنسان", GOV,
           note="the town inside two containers; the children are a breakdown")])

passage("ca23", "2025-03-08", "Syria TV", "an ambush on a road near a coastal town",
        "نصب مسلحون من فلول النظام البائد كميناً لدورية تابعة لوزارة الدفاع على طريق قرية بيت عانا قرب مدينة "
        "جبلة، وقال مصدر عسكري لتلفزيون سوريا إن الكمين أدى إلى مقتل تسعة عناصر.",
        [E("armed_clash", Q("تسعة", 9), PL("بيت عانا", "Beit Ana", "Lattakia"), None, "مصدر عسكري", LOYAL,
           note="a village's road near a town: the village (unlisted, near the town) is the most specific place")])

passage("ca24", "2017-04-04", "Asharq Al-Awsat", "a town and its district named with a bearing",
        "قتل 86 شخصاً على الأقل بينهم 30 طفلاً بهجوم بغاز سام استهدف مدينة خان شيخون جنوب إدلب، وفق ما أعلنت "
        "مديرية الصحة في المحافظة.",
        [E("airstrike", Q("86", 86, None, True), PL("خان شيخون", "Khan Shaykun", "Idlib"), "2017-04-04",
           "مديرية الصحة في المحافظة", GOV,
           note="a chemical attack from the air (no perpetrator named; coded the government as ACLED did); the "
                "children are a breakdown; Idlib is a bearing")])

passage("ca25", "2022-06-27", "Enab Baladi", "a protest in a city's square",
        "تظاهر مئات من أهالي مدينة الباب في ساحة السبع بحرات وسط المدينة، اليوم الاثنين، احتجاجاً على ارتفاع "
        "أسعار الكهرباء، بحسب مراسل عنب بلدي.",
        [E("protest", Q("مئات", 200, 900, True), PL("الباب", "Al-Bab", "Aleppo"), "2022-06-27",
           "مراسل عنب بلدي", PROT, note="a square located at its city (landmark convention)")])

passage("ca26", "2012-02-16", "LCC", "a raid on a town's neighbourhood told by the coordination committees",
        "قالت لجان التنسيق المحلية إن قوات الأمن والشبيحة داهمت حي الخالدية في مدينة حمص، واعتقلت أكثر من 60 "
        "شاباً بعد محاصرة الحي منذ الفجر.",
        [E("arrest", Q("أكثر من 60", 60, None, True), PL("الخالدية", "Al-Khalidiya", "Homs"), "2012-02-16",
           "لجان التنسيق المحلية", GOV, note="a district inside a city: the district")])

passage("ca27", "2024-12-01", "Al Arabiya", "an airport taken, a facility",
        "أعلنت فصائل المعارضة السورية سيطرتها على مطار كويرس العسكري شرق حلب بعد انسحاب قوات النظام منه، وقالت في "
        "بيان إنها أسرت 25 عنصراً خلال المعارك.",
        [E("territory_change", None, PL("مطار كويرس", "Kuweires Military Airport", "Aleppo"), "2024-12-01",
           "فصائل المعارضة السورية", FSA,
           note="an airport is a facility; the captured men are no figure of a taking (mended after the first "
                "run: the contract counts places or a share for a taking, ACLED counts no fatalities)")])

passage("ca28", "2013-06-05", "Al Jazeera", "a city taken, countryside villages named after",
        "سيطرت قوات النظام مدعومة بعناصر من حزب الله على مدينة القصير بريف حمص، بعد معارك استمرت أسابيع مع "
        "مقاتلي المعارضة الذين انسحبوا نحو قرى الريف الشمالي.",
        [E("territory_change", None, PL("القصير", "Al-Qusayr", "Homs"), "2013-06-05", None, GOV,
           note="where the fighters withdrew to is not the place")])

# ---- figures: hedged, split, ranges, words, told twice, killed and wounded together ------------------------------
passage("ca29", "2018-09-06", "SOHR", "a hedged toll of strikes",
        "ارتفع عدد القتلى جراء الغارات الروسية على بلدات ريف إدلب الجنوبي منذ صباح أمس إلى نحو 40، بينهم 11 "
        "طفلاً، بحسب المرصد السوري لحقوق الإنسان.",
        [E("airstrike", Q("نحو 40", 40, approx=True), PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"),
           "2018-09-05", "المرصد السوري لحقوق الإنسان", RUS,
           note="a hedged toll since yesterday; the children are a breakdown")])

passage("ca30", "2014-01-19", "Shaam News Network", "barrels on a district, more than",
        "استشهد أكثر من 20 مدنياً وجرح العشرات بقصف الطيران المروحي بالبراميل المتفجرة على حي الصاخور في مدينة "
        "حلب، وفق ما أفادت شبكة شام.",
        [E("airstrike", Q("أكثر من 20", 20, None, True), PL("الصاخور", "Sakhour", "Aleppo"), "2014-01-19",
           "شبكة شام", GOV, note="an open bound; the wounded are not the figure")])

passage("ca31", "2019-08-11", "Al-Watan", "a split toll with its total",
        "أسفرت المعارك في محيط بلدة الهبيط عن مقتل 23 عنصراً من الطرفين، هم 14 من قوات الجيش وتسعة من "
        "مسلحي «هيئة تحرير الشام»، بحسب مصدر ميداني تحدث للوطن.",
        [E("armed_clash", Q("23", 23), PL("الهبيط", "Hbit", "Idlib"), "2019-08-11", "مصدر ميداني", GOV,
           note="a total and its parts: the total is the figure")])

passage("ca32", "2015-11-29", "Enab Baladi", "killed with a breakdown «بينهم»",
        "قتل 12 مدنياً بينهم خمسة أطفال وامرأتان جراء قصف مدفعي لقوات الأسد على مدينة دوما في الغوطة الشرقية، "
        "بحسب المكتب الطبي في المدينة.",
        [E("shelling", Q("12", 12), PL("دوما", "Douma", "Rural Damascus"), "2015-11-29", "المكتب الطبي في المدينة",
           GOV, note="a breakdown after «بينهم»")])

passage("ca33", "2023-04-18", "North Press", "arrests with «من بينهم»",
        "شنت قوات الأمن الداخلي (الأسايش) حملة دهم في بلدة الشحيل بريف دير الزور، اعتقلت خلالها 30 شخصاً من "
        "بينهم أربع نساء، بتهمة التعامل مع خلايا تنظيم الدولة.",
        [E("arrest", Q("30", 30), PL("الشحيل", "Shiheil", "Deir ez-Zor"), "2023-04-18", None, SDF,
           note="a breakdown after «من بينهم»")])

passage("ca34", "2013-02-12", "Al-Quds Al-Arabi", "a range of the dead",
        "قالت مصادر في المعارضة إن ما بين 10 و15 عنصراً من قوات النظام قتلوا في هجوم شنه مقاتلو الجيش الحر على "
        "حاجز عسكري في بلدة داعل بريف درعا.",
        [E("armed_clash", Q("ما بين 10 و15", 10, 15), PL("داعل", "Dael", "Daraa"), "2013-02-12",
           "مصادر في المعارضة", FSA, note="a range")])

passage("ca35", "2012-08-25", "BBC Arabic", "a figure in words",
        "أفاد ناشطون بمقتل سبعة عشر شخصاً في قصف مدفعي عنيف استهدف بلدة داريا قرب دمشق منذ صباح السبت.",
        [E("shelling", Q("سبعة عشر", 17), PL("داريا", "Darayya", "Rural Damascus"), "2012-08-25", "ناشطون", GOV,
           note="a compound number word")])

passage("ca36", "2016-02-15", "Sky News Arabia", "a hedged figure in words, the hedge after the noun",
        "قتل ثلاثون مدنياً على الأقل في غارات جوية استهدفت مستشفى وسوقاً في مدينة أعزاز قرب الحدود التركية، "
        "بحسب مسؤول في منظمة أطباء بلا حدود.",
        [E("airstrike", Q("ثلاثون", 30, None, True), PL("أعزاز", "A'zaz", "Aleppo"), "2016-02-15",
           "مسؤول في منظمة أطباء بلا حدود", None,
           note="«على الأقل» after the noun sets the bound; the hospital and the market are in the town")])

passage("ca37", "2017-03-21", "Al-Araby Al-Jadeed", "a first toll and its update in one passage",
        "قتل تسعة مدنيين في حصيلة أولية جراء غارات روسية على بلدة بيت سوى في الغوطة الشرقية، قبل أن يرتفع العدد "
        "مساءً إلى 16 قتيلاً بعد انتشال جثث من تحت الأنقاض، بحسب الدفاع المدني.",
        [E("airstrike", Q("16", 16), PL("بيت سوى", "Beit Sawa", "Rural Damascus"), "2017-03-21", "الدفاع المدني", RUS,
           note="a toll told twice: the later figure is the event's")])

passage("ca38", "2014-09-30", "Al-Hurra", "killed and wounded together, the killed told apart",
        "أسفر تفجير انتحاري قرب مدرسة في حي عكرمة بمدينة حمص عن سقوط 59 قتيلاً وجريحاً، بينهم 22 قتيلاً على "
        "الأقل معظمهم من الأطفال، بحسب محافظ حمص.",
        [E("explosion", Q("22", 22, None, True), PL("عكرمة", "Akrama", "Homs"), "2014-09-30", "محافظ حمص", UNK,
           note="59 killed-and-wounded is not the figure; the killed are")])

passage("ca39", "2021-07-13", "Daraa 24", "dead and injured in one sentence",
        "سقط 5 قتلى و11 جريحاً من المدنيين جراء قصف قوات النظام بقذائف الهاون أحياء درعا البلد، بحسب ما أفاد "
        "مراسل درعا 24.",
        [E("shelling", Q("5", 5), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-07-13", "مراسل درعا 24", GOV,
           note="the dead are the figure")])

passage("ca40", "2012-07-23", "Al Jazeera", "a defection with ranks after «بينهم»",
        "أعلن 18 عسكرياً، بينهم ضابطان برتبة نقيب، انشقاقهم عن الجيش النظامي في مدينة الرستن بريف حمص، وانضمامهم "
        "إلى صفوف الجيش الحر، وفق تسجيل مصور بثه ناشطون.",
        [E("defection", Q("18", 18), PL("الرستن", "Al-Rastan", "Homs"), "2012-07-23", "ناشطون", GOV,
           note="ranks are a breakdown")])

passage("ca41", "2020-02-27", "Anadolu Agency", "a count of raids and a count of the dead",
        "شنت مقاتلات روسية أمس 46 غارة على مناطق في جبل الزاوية بريف إدلب، أسفرت عن مقتل تسعة مدنيين، بحسب "
        "فرق الدفاع المدني.",
        [E("airstrike", Q("تسعة", 9), PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), "2020-02-26", "فرق الدفاع المدني",
           RUS, note="46 raids are not the figure")])

passage("ca42", "2019-10-14", "Rudaw", "a total and its parts told with «هم»",
        "قال مسؤول كردي لرووداو إن القصف التركي على مدينة رأس العين أدى إلى مقتل ستة أشخاص، هم أربعة مدنيين "
        "ومقاتلان من قسد.",
        [E("shelling", Q("ستة", 6), PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), "2019-10-14", "مسؤول كردي", TUR,
           note="a total and its parts")])

passage("ca43", "2013-04-21", "SNN", "tens killed, a vague number",
        "قتل العشرات من عناصر قوات النظام في كمين نصبه مقاتلو المعارضة لرتل عسكري قرب بلدة خان طومان بريف حلب "
        "الجنوبي، بحسب ناشطين.",
        [E("armed_clash", Q("العشرات", 20, 90, True), PL("خان طومان", "Khan tuman", "Aleppo"), "2013-04-21",
           "ناشطين", FSA, note="a vague number noun is the figure")])

passage("ca44", "2025-07-16", "SANA", "a figure with «قرابة» and a hospital destination",
        "السويداء-سانا\nارتفع عدد ضحايا الاعتداءات على بلدة المزرعة بريف السويداء الغربي إلى قرابة 30 شخصاً، "
        "ونقل الجرحى إلى مستشفى السويداء الوطني.",
        [E("armed_clash", Q("قرابة 30", 30, approx=True), PL("المزرعة", "Mazraa", "As-Suwayda"), "2025-07-16", None,
           TRIBES, note="a hedged toll; the hospital is where the wounded went")])

passage("ca45", "2016-08-03", "Sputnik", "two tellings of one toll with different figures",
        "أعلنت وزارة الدفاع الروسية مقتل 14 مسلحاً في غارات على معاقلهم قرب مدينة سراقب، فيما قال ناشطون إن "
        "الغارات أودت بحياة 20 شخصاً معظمهم مدنيون.",
        [E("airstrike", Q("14", 14), PL("سراقب", "Saraqab", "Idlib"), "2016-08-03", "وزارة الدفاع الروسية", RUS,
           note="one strike told twice with different figures: one event (the first telling; the lower figure, "
                "as ACLED takes when sources differ)")])

passage("ca46", "2024-05-09", "Al-Modon", "a range in words for arrests",
        "اعتقلت هيئة تحرير الشام ما بين عشرين وثلاثين شخصاً في مدينة بنش بريف إدلب، بعد مظاهرة طالبت بإسقاط "
        "قائدها، بحسب ما نقلت المدن عن ناشطين.",
        [E("arrest", Q("ما بين عشرين وثلاثين", 20, 30), PL("بنش", "Binnish", "Idlib"), "2024-05-09", "ناشطين", HTS,
           note="a range in words; the protest is background here (no day of its own)")])

# ---- negatives: place and number words, no event ------------------------------------------------------------
passage("ca47", "2022-11-22", "Anadolu Agency", "a threat of an operation",
        "هدد الرئيس التركي بشن عملية برية على مدينتي منبج وتل رفعت «في الوقت الذي نراه مناسباً»، مؤكداً أن بلاده "
        "لن تسمح بوجود ممر إرهابي على حدودها الجنوبية.",
        [E("statement", None, None, None, 'الرئيس التركي', TUR, note="MENDED stop 32 (conventions): a president's threat is a statement (stop 32); two towns: no one place")])

passage("ca48", "2019-06-03", "Reuters", "a denial of a strike",
        "نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت مستشفى في بلدة كفرنبل، ووصفت التقارير عن مقتل مدنيين "
        "بأنها «أخبار كاذبة».",
        [E("statement", None, PL("كفرنبل", "Kafr Nabl", "Idlib"), None, 'وزارة الدفاع الروسية', RUS, note="MENDED stop 32 (conventions): a denial that is the item's news is a statement (stop 32), at the place it concerns")])

passage("ca49", "2021-02-18", "SANA", "a law on desertion penalties",
        "أصدر الرئيس قانوناً يقضي بمعاقبة الفار من الخدمة العسكرية بالحبس من سنة إلى خمس سنوات، وبغرامة تصل إلى "
        "مليون ليرة سورية.",
        [])

passage("ca50", "2018-03-10", "Al-Hayat", "a description of a base",
        "يضم مطار حماة العسكري نحو 40 طائرة مروحية، ويعد من أبرز المطارات التي انطلقت منها الطائرات التي ألقت "
        "البراميل على ريف المحافظة خلال السنوات الماضية.",
        [])

passage("ca51", "2023-09-14", "Enab Baladi", "a call to protest",
        "دعا ناشطون في محافظة السويداء إلى التظاهر يوم الجمعة المقبل في ساحة الكرامة وسط المدينة، للمطالبة "
        "بالإفراج عن عشرات المعتقلين.",
        [])

passage("ca52", "2020-10-05", "Syria TV", "a road accident",
        "توفي ثلاثة أشخاص وأصيب سبعة آخرون بحادث سير على الطريق الدولي بين حمص وحماة، إثر اصطدام حافلة بشاحنة "
        "محملة بالخضار.",
        [])

passage("ca53", "2024-02-06", "North Press", "prices in a city",
        "ارتفع سعر ربطة الخبز في مدينة القامشلي إلى 2000 ليرة، وسط شكاوى من تراجع جودة الطحين في 12 فرناً بالمدينة.",
        [])

passage("ca54", "2017-07-19", "Al Jazeera", "an aim to open a base",
        "تعتزم القوات التركية إقامة 12 نقطة مراقبة في محيط محافظة إدلب، أولها قرب بلدة صلوة على الحدود، وفق "
        "الاتفاق الذي توصلت إليه مع روسيا وإيران.",
        [])

passage("ca55", "2015-10-01", "AFP", "history recalled without a day",
        "وكانت مدينة تدمر قد شهدت معارك عنيفة قبل سيطرة تنظيم الدولة الإسلامية عليها، وتعد من أبرز المدن الأثرية "
        "في البلاد، ويقدر عدد سكانها قبل الحرب بنحو 70 ألف نسمة.",
        [])

passage("ca56", "2022-04-25", "Asharq Al-Awsat", "a fear of an attack",
        "يخشى سكان بلدة عين عيسى من هجوم وشيك بعد وصول حشود عسكرية إلى محيطها، وقال أحد الوجهاء إن أكثر من 300 "
        "عائلة تستعد للنزوح.",
        [])

passage("ca57", "2019-01-28", "SNHR", "a methodology line with numbers and places",
        "تعتمد الشبكة السورية لحقوق الإنسان في توثيقها على شبكة من 70 متعاوناً في المحافظات، ولا تشمل حصيلتها "
        "الضحايا الذين لم تتمكن من التحقق من هوياتهم.",
        [])

passage("ca58", "2021-09-09", "Hawar", "a meeting held at a named site",
        "عقد ممثلون عن العشائر العربية اجتماعاً في مضافة بلدة الشدادي جنوب الحسكة، لبحث ملف عودة 250 عائلة من "
        "مخيم الهول إلى مناطقها.",
        [])


def main() -> None:
    write("gold36.jsonl", P36)


if __name__ == "__main__":
    main()
