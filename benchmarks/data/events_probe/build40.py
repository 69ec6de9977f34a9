"""Build gold40.jsonl: coverage set 40 (ids cg01…), written in stop 29 by helper `places` BEFORE any run on it.

A coverage set for WHERE an act happened: every passage carries one common way real Arabic reporting tells an
act's place (pages read for phrasing in the search tool's `pages` corpus, never copied): a village in a
countryside with a bearing, a village "near" / "on the edges of" / "east of" a town, a district of a city, a
landmark inside a city (square, roundabout, market, mosque, school, street, an unnamed hospital), a named
checkpoint or a town's entrance, a base or an airport, a road between two towns or a highway near a town, the
place told only in the headline or the previous sentence, the victims' origin («من أبناء بلدة», «ينحدر من»), a
destination (displaced or withdrawn TO, the wounded taken TO, the arrested led TO), a dateline, an actor's seat,
where fire came from, a frontline, history and comparisons. Passages are 2-4 sentences shaped like real reports;
ten carry no event or mostly none. People, villages, figures and dates are invented or varied. Offsets are
computed by build.build (the n-th occurrence) and checked.

After the first run 15 calls were mended to the earlier sets' conventions (events_probe README, set 40): duals
without a numeral and injured-only figures are no figure; cg20's reinforcements and cg30's recalled taking added.

Gold follows the events_probe README's conventions (stop 29: a landmark inside a city is placed at its district
or town; a named base, airport or named hospital is a facility; a road between two towns is scored at its first
end; an arrival abroad told as the defection keeps the arrival place when the text gives no Syrian place).

    python benchmarks/data/events_probe/build40.py      # rewrites gold40.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   UNID, write)

P40: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P40.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


# ---- a village in a countryside; near / edges / east of a town ---------------------------------------------------
passage("cg01", "2019-05-20", "AFP", "«قرية X القريبة من مدينة Y في ريف Z»; the house as the target",
        "قُتل ستة مدنيين بينهم أربعة أطفال، اليوم الاثنين، في غارات شنتها طائرات حربية روسية على قرية معرشورين "
        "القريبة من مدينة معرة النعمان في ريف إدلب الجنوبي، بحسب ما ذكره المرصد السوري لحقوق الإنسان. وأوضح المرصد "
        "أن إحدى الغارات أصابت منزلاً من طابقين كانت تقيم فيه عائلة نازحة من ريف حماة.",
        [E("airstrike", Q("ستة", 6), PL("معرشورين", "Maar Shurin", "Idlib"), "2019-05-20",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="the village, not the town it is near; the family's origin (Hama) is no place")])

passage("cg02", "2020-02-11", "Syria TV", "shelling of a village; «مصدر القصف قوات … المتمركزة في»",
        "استهدفت قوات النظام بقذائف المدفعية الموجهة بالليزر منزلاً في بلدة كنصفرة بجبل الزاوية جنوبي إدلب، "
        "صباح اليوم الثلاثاء، ما أدى إلى مقتل رجل وزوجته وإصابة ثلاثة من أطفالهما. وقال مراسل تلفزيون سوريا إن "
        "مصدر القصف كان مواقع قوات النظام المتمركزة في محيط مدينة كفرنبل. "
        "ويشهد جبل الزاوية تصعيداً متواصلاً منذ مطلع الشهر.",
        [E("shelling", None, PL("كنصفرة", "Kansafra", "Idlib"), "2020-02-11", "مراسل تلفزيون سوريا", GOV,
           note="a man and his wife: no single figure; where the fire came from (Kafranbel) is not the place")])

passage("cg03", "2021-03-08", "Baladi News", "a village «شرقي مدينة X»; a bearing from a town",
        "أصيب خمسة مدنيين بجروح، مساء أمس الأحد، جراء قصف صاروخي استهدف قرية ترمانين شمالي مدينة الدانا بريف "
        "إدلب الشمالي، مصدره مواقع قوات النظام في ريف حلب الغربي. وأفاد الدفاع المدني بأن فرقه أسعفت الجرحى إلى "
        "مشفى باب الهوى. "
        "وتتعرض القرى المحيطة بمدينة الدانا لقصف متقطع منذ أسابيع رغم سريان اتفاق وقف إطلاق النار.",
        [E("shelling", None, PL("ترمانين", "Termanin", "Idlib"), "2021-03-07",
           "الدفاع المدني", GOV,
           note="injured only; the bearing from Dana locates the village; the hospital is where the wounded went")])

passage("cg04", "2018-01-16", "Step News", "the edges of a town",
        "قصفت الطائرات الحربية التابعة للنظام بالصواريخ الفراغية أطراف مدينة سراقب بريف إدلب الشرقي، ظهر اليوم "
        "الثلاثاء، ما أسفر عن مقتل ثلاثة مدنيين من عائلة واحدة كانوا يعملون في أرضهم الزراعية، بحسب ما أفاد مراسل "
        "وكالة ستيب في المنطقة. "
        "ويعتمد معظم سكان المدينة على الزراعة، وتقع أراضيهم قرب خطوط التماس مع قوات النظام.",
        [E("airstrike", Q("ثلاثة", 3), PL("سراقب", "Saraqab", "Idlib"), "2018-01-16", "مراسل وكالة ستيب", GOV,
           note="the town's edges: the town")])

passage("cg05", "2023-08-19", "Deir ez-Zor 24", "«في محيط قرية X شرق مدينة Y»",
        "قُتل عنصران من قوات سوريا الديمقراطية وأصيب ثالث، مساء أمس الجمعة، بهجوم شنه مسلحون يُرجح أنهم من خلايا "
        "تنظيم الدولة على نقطة عسكرية في محيط قرية غرانيج شرق مدينة الميادين. وأضاف مراسل دير الزور 24 أن "
        "المهاجمين انسحبوا نحو البادية بعد الاشتباك. "
        "وتتكرر هذه الهجمات في ريف دير الزور الشرقي منذ مطلع العام.",
        [E("armed_clash", None, PL("غرانيج", "Gharanij", "Deir ez-Zor"), "2023-08-18",
           "مراسل دير الزور 24", IS,
           note="the village's surroundings: the village; where the attackers withdrew to is no place")])

passage("cg06", "2016-04-28", "Zaman al-Wasl", "«بالقرب من بلدة X» with a countryside after it",
        "سقط برميلان متفجران ألقتهما مروحية تابعة للنظام بالقرب من بلدة كفرزيتا في ريف حماة الشمالي، اليوم "
        "الخميس، ما أدى إلى مقتل طفلين وإصابة امرأة. وقال ناشطون لـ«زمان الوصل» إن البلدة تتعرض لقصف شبه يومي منذ "
        "مطلع الشهر. "
        "ويقطن البلدة نحو عشرة آلاف نسمة بعد عودة قسم من سكانها خلال الهدنة الأخيرة.",
        [E("airstrike", None, PL("كفرزيتا", "Kafr Zeita", "Hama"), "2016-04-28", "ناشطون", GOV,
           note="two barrels are how, the two children the figure; near the town: the town")])

passage("cg07", "2020-06-01", "AFP", "IS in the desert «في بادية X»; a town named for the desert",
        "قتل 11 عنصراً من قوات النظام والمسلحين الموالين لها، أمس الأحد، في هجوم شنه تنظيم الدولة الإسلامية على "
        "مواقعهم في بادية الميادين بريف دير الزور الشرقي، بحسب ما أورده المرصد السوري لحقوق الإنسان. وتنشط خلايا "
        "التنظيم في البادية الممتدة من ريف حمص الشرقي حتى الحدود العراقية.",
        [E("armed_clash", Q("11", 11), PL("الميادين", "Mayadin", "Deir ez-Zor"), "2020-05-31",
           "المرصد السوري لحقوق الإنسان", IS,
           note="the desert of a town: the town is the most specific place; the desert's extent is background")])

passage("cg08", "2019-08-27", "Hawar", "a village «بريف X» after a town: «قرية X بريف ناحية Y»",
        "قصف جيش الاحتلال التركي ومرتزقته، مساء اليوم الثلاثاء، قرية أم الكيف بريف ناحية تل تمر شمال الحسكة "
        "بقذائف الهاون، ما أدى إلى إصابة ثلاثة مدنيين بينهم طفلة، بحسب ما أفاد مراسل وكالة هاوار. وتقع القرية على "
        "خط التماس مع المناطق التي تسيطر عليها الفصائل الموالية لتركيا.",
        [E("shelling", None, PL("أم الكيف", "Um Elkeif", "Al-Hasakah"), "2019-08-27",
           "مراسل وكالة هاوار", TUR, note="injured only; the front line is a description, not a second place")])

passage("cg09", "2022-10-26", "Enab Baladi", "only a countryside with a bearing, no town",
        "قُتل عنصران من «الجيش الوطني السوري» وأصيب ثلاثة آخرون، اليوم الأربعاء، بقصف صاروخي لقوات النظام استهدف "
        "نقطة عسكرية على محور في ريف حلب الشمالي، بحسب ما قاله قيادي في الفصيل لعنب بلدي، دون أن يحدد موقع النقطة. "
        "ويشهد ريف حلب الشمالي تبادلاً متقطعاً للقصف بين الطرفين منذ توقيع اتفاق موسكو.",
        [E("shelling", None, PL("ريف حلب الشمالي", "Northern Aleppo countryside", "Aleppo"),
           "2022-10-26", "قيادي في الفصيل", GOV, note="the countryside is the only place the text gives")])

# ---- inside a city: district, landmark, street, school, hospital ------------------------------------------------
passage("cg10", "2014-02-03", "Al-Hayat", "a market in a district of a city",
        "قُتل 18 شخصاً على الأقل، أمس الأحد، في قصف بالبراميل المتفجرة استهدف سوقاً للخضار في حي الصالحين بمدينة "
        "حلب، بحسب ما ذكر المرصد السوري لحقوق الإنسان. وأشار المرصد إلى أن معظم القتلى من الباعة والمتسوقين، وأن "
        "الحي يتعرض للقصف منذ أسبوعين. "
        "ويقع الحي في الجزء الشرقي من المدينة الخاضع لسيطرة فصائل المعارضة.",
        [E("airstrike", Q("18 شخصاً على الأقل", 18, None, True), PL("الصالحين", "Salaheen", "Aleppo"),
           "2014-02-02", "المرصد السوري لحقوق الإنسان", GOV,
           note="a market in a district: the district (landmark convention)")])

passage("cg11", "2021-09-14", "North Press", "a roundabout in a town",
        "انفجرت سيارة مفخخة، صباح اليوم الثلاثاء، قرب دوار الشهداء في مدينة جرابلس شمال شرقي حلب، ما أسفر عن مقتل "
        "أربعة أشخاص بينهم طفل وإصابة 12 آخرين. وقالت مصادر محلية لنورث برس إن الانفجار وقع في ساعة ازدحام أمام "
        "محال تجارية. "
        "وتشهد المدينة تفجيرات متكررة منذ سيطرة الفصائل الموالية لتركيا عليها عام 2016.",
        [E("explosion", Q("أربعة", 4), PL("جرابلس", "Jarablus", "Aleppo"), "2021-09-14", "مصادر محلية", UNID,
           note="a roundabout in a town: the town (landmark convention)")])

passage("cg12", "2012-07-13", "Al Jazeera", "a protest in a named square of a city, fired on",
        "خرج آلاف المتظاهرين بعد صلاة الجمعة في ساحة الحرية وسط مدينة إدلب، مطالبين بإسقاط النظام، قبل أن تطلق "
        "قوات الأمن النار لتفريقهم، ما أدى إلى مقتل ثلاثة متظاهرين، بحسب ما أفادت به لجان التنسيق المحلية للجزيرة. "
        "ورفع المتظاهرون لافتات تطالب بالإفراج عن المعتقلين وتندد بحصار مدينة حمص.",
        [E("protest", Q("ثلاثة", 3), PL("إدلب", "Idlib", "Idlib"), "2012-07-13", "لجان التنسيق المحلية", PROT,
           note="the square is placed at its city (landmark convention); fire on a protest: a protest with its dead")])

passage("cg13", "2022-04-06", "Horan Free League", "gunmen by a mosque in a district of a city",
        "اغتال مسلحون مجهولون، مساء أمس الثلاثاء، الشاب محمد العوض قرب مسجد الحمزة في حي السبيل بمدينة درعا، بإطلاق "
        "النار عليه بشكل مباشر، ما أدى إلى مقتله على الفور. وقال تجمع أحرار حوران إن العوض ينحدر من بلدة اليادودة "
        "غربي درعا، ويعمل في محل لبيع الهواتف.",
        [E("armed_clash", None, PL("السبيل", "Sabil", "Daraa"), "2022-04-05", "تجمع أحرار حوران", UNID,
           note="one victim, no numeral; a mosque in a district: the district; his origin (Yadudeh) is no place")])

passage("cg14", "2017-10-18", "SANA", "a school in a district of Damascus; the shells' origin",
        "دمشق-سانا\nاستشهد طفلان وأصيب سبعة تلاميذ بجروح جراء سقوط قذائف هاون أطلقها إرهابيون من الغوطة الشرقية على "
        "مدرسة في حي القصاع بدمشق اليوم. وذكر مصدر في قيادة الشرطة أن القذائف ألحقت أضراراً بمبنى المدرسة وعدد من "
        "السيارات. "
        "ودعت محافظة دمشق الأهالي إلى الابتعاد عن الأماكن المكشوفة في ساعات الذروة.",
        [E("shelling", None, PL("القصاع", "Qassaa", "Damascus"), "2017-10-18", "مصدر في قيادة الشرطة",
           FSA, note="a school in a district: the district; the Ghouta is where the fire came from; Damascus is "
                     "also the dateline"),
         E("statement", None, None, None, 'محافظة دمشق', GOV, note="MENDED stop 32 (conventions): the governorate's call to residents is a statement (stop 32, as set 65 id18)")])

passage("cg15", "2024-01-23", "Enab Baladi", "a street in a district of a city",
        "قُتل شخص وأصيب اثنان آخران، اليوم الثلاثاء، إثر انفجار عبوة ناسفة زُرعت في سيارة مدنية في شارع الثلاثين "
        "بحي الزهراء في مدينة حمص، بحسب ما أفاد مراسل عنب بلدي. ولم تتبنَّ أي جهة التفجير حتى ساعة إعداد الخبر. "
        "ويقطن الحي خليط من السكان، وشهد خلال الأشهر الماضية توتراً أمنياً.",
        [E("explosion", None, PL("الزهراء", "Zahraa", "Homs"), "2024-01-23", "مراسل عنب بلدي", UNID,
           note="one dead, no numeral; a street in a district: the district")])

passage("cg16", "2016-11-17", "Orient", "an unnamed hospital of a town; the wounded taken elsewhere",
        "خرج المستشفى الوحيد في بلدة حاس بريف إدلب الجنوبي عن الخدمة، اليوم الخميس، بعد غارات شنتها طائرات حربية "
        "روسية استهدفت محيطه، ما أسفر عن مقتل ممرضين اثنين. ونُقل الجرحى إلى مشافي مدينة معرة النعمان، بحسب ما "
        "قاله مدير المستشفى لأورينت. "
        "ويخدم المستشفى أكثر من 30 ألف نسمة في البلدة والقرى المحيطة بها.",
        [E("airstrike", Q("اثنين", 2), PL("حاس", "Has", "Idlib"), "2016-11-17", "مدير المستشفى", RUS,
           note="an unnamed hospital of a town: the town; Maarrat al-Numan is where the wounded were taken")])

passage("cg17", "2019-03-11", "Syria TV", "a named hospital as a facility",
        "استهدفت غارة جوية روسية، مساء أمس الأحد، مشفى الشفاء في مدينة كفرتخاريم بريف إدلب الشمالي الغربي، ما أدى "
        "إلى خروجه عن الخدمة وإصابة أربعة من كوادره. وقالت مديرية صحة إدلب إنه الاستهداف الثالث لمنشأة طبية خلال "
        "أسبوع. "
        "ويقدم المشفى خدمات الجراحة والولادة لسكان المدينة والقرى المجاورة لها منذ عام 2014.",
        [E("airstrike", None, PL("مشفى الشفاء", "al-Shifa Hospital", "Idlib"),
           "2019-03-10", "مديرية صحة إدلب", RUS,
           note="a named hospital is a facility, the most specific place (set 36 ca16); injured only")])

passage("cg18", "2013-06-25", "Reuters", "a district of a city with a bearing",
        "بيروت (رويترز) - قال نشطاء معارضون إن مقاتلي المعارضة وقوات الرئيس بشار الأسد خاضوا اشتباكات عنيفة يوم "
        "الثلاثاء في حي جوبر شرقي دمشق، قتل خلالها ما لا يقل عن 14 مقاتلاً من الطرفين. ولم يتسن لرويترز التحقق من "
        "الأرقام بشكل مستقل. "
        "ويعد الحي خط تماس رئيسياً بين الطرفين على مدخل العاصمة الشرقي.",
        [E("armed_clash", Q("ما لا يقل عن 14", 14, None, True), PL("جوبر", "Jobar", "Damascus"), "2013-06-25",
           "نشطاء معارضون", FSA, note="the district; Beirut is the dateline")])

# ---- checkpoints, bases, airports -------------------------------------------------------------------------------
passage("cg19", "2018-06-27", "Sawt al-Asima", "arrests at a checkpoint at a town's entrance; origin of the men",
        "اعتقلت عناصر حاجز تابع للمخابرات الجوية عند المدخل الشمالي لمدينة الكسوة سبعة شبان من أبناء بلدة زاكية، "
        "أمس الثلاثاء، أثناء توجههم إلى العاصمة. وقال مصدر محلي إن الشبان اقتيدوا إلى فرع المخابرات في مطار المزة "
        "العسكري. "
        "وتفرض الأجهزة الأمنية قيوداً على تنقل الشبان المطلوبين للخدمة الإلزامية بين بلدات ريف دمشق.",
        [E("arrest", Q("سبعة", 7), PL("الكسوة", "Kisweh", "Rural Damascus"), "2018-06-26", "مصدر محلي", GOV,
           note="the checkpoint at the town's entrance: the town; the men's village and where they were taken "
                "(Mezzeh airport) are not the place")])

passage("cg20", "2025-03-09", "Syria TV", "an attack on a named checkpoint of a city",
        "هاجم مسلحون من فلول النظام السابق، فجر اليوم الأحد، حاجز السرايا في مدينة جبلة بريف اللاذقية، ما أدى إلى "
        "مقتل أربعة عناصر من الأمن العام. وأعلنت وزارة الداخلية في دمشق إرسال تعزيزات إلى المدينة وفرض حظر تجول "
        "فيها حتى إشعار آخر. "
        "وتشهد مدن الساحل توتراً أمنياً منذ أيام.",
        [E("armed_clash", Q("أربعة", 4), PL("جبلة", "Jableh", "Lattakia"), "2025-03-09", None, LOYAL,
           note="a named checkpoint in a city: the city; the ministry's seat (Damascus) is no place"),
         E("reinforcement", None, PL("جبلة", "Jableh", "Lattakia"), "2025-03-09", "وزارة الداخلية", NEWGOV,
           note="MENDED after the first run (sets 7, 11, 14, 15 code «إرسال تعزيزات إلى المدينة»): sent to the "
                "city told before («المدينة»), not the ministry's seat; the curfew is a state")])

passage("cg21", "2014-10-07", "SOHR", "an airbase as a facility",
        "المرصد السوري لحقوق الإنسان: قصفت الكتائب المقاتلة بعدد من صواريخ غراد مطار الضبعة العسكري بريف القصير، "
        "ما أدى إلى مقتل خمسة جنود من قوات النظام، فيما قصف الطيران الحربي مناطق في محيط المطار دون أنباء عن "
        "خسائر بشرية. "
        "ويعد المطار من أبرز القواعد الجوية التي تعتمد عليها قوات النظام في ريف حمص الغربي.",
        [E("shelling", Q("خمسة", 5), PL("مطار الضبعة العسكري", "Al-Dabaa Military Airport", "Homs"), "2014-10-07",
           "المرصد السوري لحقوق الإنسان", FSA, note="the airbase is the most specific place"),
         E("airstrike", None, PL("مطار الضبعة العسكري", "Al-Dabaa Military Airport", "Homs"), "2014-10-07",
           "المرصد السوري لحقوق الإنسان", GOV, note="the airport's surroundings: the airport")])

# ---- roads ------------------------------------------------------------------------------------------------------
passage("cg22", "2022-04-06", "Daraa 24", "«على الطريق الواصل بين مدينتي X وY»",
        "قُتل ثلاثة عناصر من فرع الأمن العسكري، مساء اليوم الأربعاء، باستهداف سيارتهم بالرصاص على الطريق الواصل بين "
        "مدينتي جاسم ونوى في ريف درعا، بحسب ما أفاد موقع درعا 24. وأشار الموقع إلى أن المهاجمين لاذوا بالفرار. "
        "ويعد الطريق من أخطر الطرق في المحافظة بسبب تكرار عمليات الاغتيال والخطف عليه.",
        [E("armed_clash", Q("ثلاثة", 3), PL("جاسم", "Jasim", "Daraa"), "2022-04-06", "موقع درعا 24", UNID,
           note="a road between two towns: scored at the first")])

passage("cg23", "2020-11-05", "Halab Today", "a highway near a town",
        "استهدفت طائرة مسيرة تابعة للتحالف الدولي سيارة على الطريق الدولي حلب - اللاذقية قرب بلدة محمبل غربي "
        "إدلب، اليوم الخميس، ما أدى إلى مقتل شخصين كانا على متنها، يُعتقد أنهما من قادة تنظيم «حراس الدين». وقال "
        "مراسل حلب اليوم إن السيارة احترقت بالكامل. "
        "ولم يصدر عن التحالف تعليق فوري على الاستهداف.",
        [E("airstrike", None, PL("محمبل", "Mhambal", "Idlib"), "2020-11-05", "مراسل حلب اليوم", COAL,
           note="a highway near a town: the town; Aleppo and Latakia name the road")])

passage("cg24", "2019-08-27", "SOHR", "a road named by its two ends, no town nearby",
        "المرصد السوري: انفجر لغم أرضي بسيارة تقل عمالاً في حقول النفط على طريق دير الزور - الميادين، ما أدى إلى "
        "مقتل أربعة منهم. ويرجح أن اللغم من مخلفات تنظيم الدولة الإسلامية الذي زرع آلاف الألغام في المنطقة قبل "
        "انسحابه. "
        "وتطالب عائلات العمال الجهات المسؤولة بتنفيذ حملة لإزالة الألغام على طول الطريق.",
        [E("explosion", Q("أربعة", 4), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2019-08-27",
           "المرصد السوري", None,
           note="a road named by its ends: scored at the first; a remnant of war, no perpetrator")])

# ---- the place told elsewhere: headline, previous sentence, anaphor ---------------------------------------------
passage("cg25", "2021-09-14", "Deir ez-Zor 24", "the place only in the headline",
        "مقتل عنصرين من «قسد» بهجوم على حاجز في بلدة الشحيل\n"
        "قتل عنصران من قوات سوريا الديمقراطية، مساء أمس الاثنين، بهجوم شنه مسلحون مجهولون يستقلون دراجة نارية على "
        "حاجز لها عند المدخل الغربي للبلدة، قبل أن يلوذوا بالفرار، بحسب ما أفاد مراسل دير الزور 24. "
        "وتعد البلدة من أكثر مناطق ريف دير الزور الشرقي توتراً.",
        [E("armed_clash", None, PL("الشحيل", "Shiheil", "Deir ez-Zor"), "2021-09-13",
           "مراسل دير الزور 24", UNID, note="the body's «البلدة» points to the headline's town")])

passage("cg26", "2017-04-04", "Al-Quds Al-Arabi", "the place in the previous sentence, the toll after",
        "تعرضت مدينة أريحا في ريف إدلب لقصف جوي عنيف صباح اليوم الثلاثاء، طال الأحياء السكنية والسوق الرئيسي. "
        "وقال الدفاع المدني إن الغارات أسفرت عن مقتل تسعة مدنيين بينهم ثلاث نساء، وإن فرقه ما زالت تبحث عن مفقودين "
        "تحت الأنقاض. "
        "وتعد المدينة من أكبر مدن ريف إدلب الجنوبي ومركزاً تجارياً لقرى جبل الزاوية.",
        [E("airstrike", Q("تسعة", 9), PL("أريحا", "Ariha", "Idlib"), "2017-04-04", "الدفاع المدني", None,
           note="the toll's sentence names no place: the previous sentence's town")])

passage("cg27", "2015-09-30", "Shaam News", "«وفي البلدة ذاتها» with a second act",
        "قصفت قوات النظام بالمدفعية الثقيلة بلدة اللطامنة في ريف حماة الشمالي، ما أسفر عن مقتل رجل وطفله. وفي "
        "البلدة ذاتها، دارت اشتباكات بين فصائل المعارضة وقوات النظام على الأطراف الجنوبية، قتل خلالها ستة عناصر من "
        "قوات النظام، بحسب ما أفادت شبكة شام. "
        "وتقع البلدة على خطوط التماس منذ سنوات.",
        [E("shelling", None, PL("اللطامنة", "Latmana", "Hama"), "2015-09-30", "شبكة شام", GOV,
           note="a man and his child: no single figure"),
         E("armed_clash", Q("ستة", 6), PL("اللطامنة", "Latmana", "Hama", nth=0), "2015-09-30", "شبكة شام", FSA,
           note="«في البلدة ذاتها» points back to Latamneh")])

# ---- origins, destinations, seats, datelines ---------------------------------------------------------------------
passage("cg28", "2023-02-13", "Horan Free League", "«ينحدر من» the victim's origin; the act elsewhere",
        "قُتل شاب برصاص مسلحين مجهولين، مساء أمس الأحد، في مدينة طفس بريف درعا الغربي، وهو ينحدر من بلدة المزيريب "
        "ويعمل سائقاً على خط طفس - درعا. وقال تجمع أحرار حوران إن الشاب لا ينتمي إلى أي جهة عسكرية. "
        "وتتكرر عمليات الاغتيال في ريف درعا الغربي منذ توقيع اتفاق التسوية صيف 2018.",
        [E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), "2023-02-12", "تجمع أحرار حوران", UNID,
           note="one victim; his origin (Muzayrib) and his bus line are not the place")])

passage("cg29", "2021-03-08", "Syria TV", "displaced TO a place after strikes",
        "نزحت أكثر من 200 عائلة من بلدة التح في ريف إدلب الجنوبي، خلال اليومين الماضيين، باتجاه المخيمات الحدودية "
        "قرب بلدة أطمة، هرباً من القصف المتواصل لقوات النظام على البلدة، بحسب فريق منسقو استجابة سوريا. "
        "وقال الفريق إن العائلات تعاني من نقص حاد في الخيام والمواد الغذائية، مطالباً المنظمات بالتحرك العاجل.",
        [E("other", Q("أكثر من 200", 200, None, True), PL("التح", "Tah", "Idlib"), None,
           "فريق منسقو استجابة سوريا", None,
           note="displacement is placed where people left from, not where they went (as set 30 cp37)")])

passage("cg30", "2024-12-02", "Al Arabiya", "a town taken; the defenders withdrew TO another",
        "سيطرت فصائل «ردع العدوان» اليوم الاثنين على مدينة مورك في ريف حماة الشمالي، بعد انسحاب قوات النظام منها "
        "باتجاه مدينة صوران، وفق ما أعلنته إدارة العمليات العسكرية في بيان. وكانت الفصائل قد سيطرت أمس على عدة قرى "
        "في ريف إدلب الجنوبي. "
        "وتقع المدينة على الطريق الدولي بين حلب ودمشق.",
        [E("territory_change", None, PL("مورك", "Murak", "Hama"), "2024-12-02", "إدارة العمليات العسكرية", HTS,
           note="where the army withdrew to is not the place"),
         E("territory_change", None, PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"), "2024-12-01",
           None, HTS, note="MENDED after the first run: a recalled taking with its own day («أمس») is coded (sets "
                           "13, 19, 21); the countryside is all it names")])

passage("cg31", "2012-11-21", "Anadolu", "a defection told by the arrival abroad, no Syrian place",
        "وصل 21 عسكرياً منشقاً عن جيش النظام السوري، بينهم عقيدان وخمسة نقباء، إلى ولاية هاتاي التركية فجر اليوم "
        "الأربعاء مع عائلاتهم، بحسب ما أفاد مسؤول تركي لمراسل الأناضول. ونُقل المنشقون إلى مخيم الضباط في منطقة "
        "يايلاداغي. "
        "ويعد هذا من أكبر أعداد المنشقين التي تصل إلى الولاية خلال يوم واحد منذ أشهر.",
        [E("defection", Q("21", 21), PL("هاتاي", "Hatay", None, "Turkey"), "2012-11-21", "مسؤول تركي", GOV,
           note="an arrival abroad told as the defection keeps the arrival place when no Syrian place is given "
                "(README convention, stop 29); the camp is where they were taken; ranks a breakdown")])

passage("cg32", "2013-01-09", "Asharq Al-Awsat", "a defection from a unit near a town, then abroad",
        "أفاد مصدر في الجيش السوري الحر لـ«الشرق الأوسط» بأن 27 عسكرياً انشقوا ليل الثلاثاء عن كتيبة للدفاع الجوي "
        "تتمركز قرب بلدة الحراك في ريف درعا الشرقي، ووصلوا إلى الأراضي الأردنية صباح أمس برفقة عائلاتهم. "
        "وأضاف المصدر أن المنشقين سلكوا طرقاً زراعية وعرة لتجنب الحواجز، وأن حرس الحدود الأردني استقبلهم عند الساتر الترابي.",
        [E("defection", Q("27", 27), PL("الحراك", "Hrak", "Daraa"), "2013-01-08", "مصدر في الجيش السوري الحر",
           GOV, note="the unit's position is the place; Jordan is the destination")])

passage("cg33", "2019-03-11", "SANA", "a dateline and a village in the body",
        "حمص-سانا\nأحبطت وحدات من الجيش العربي السوري هجوماً لمجموعات إرهابية على نقاط عسكرية في محيط قرية جبورين "
        "بريف حمص الشمالي، وقتلت عدداً من أفرادها. وذكر مصدر عسكري لمراسل سانا أن الإرهابيين تسللوا من اتجاه بلدة "
        "تلبيسة. "
        "وأضاف المصدر أن وحدات الهندسة تعمل على تمشيط المنطقة وتأمينها بشكل كامل.",
        [E("armed_clash", None, PL("جبورين", "Jaburin", "Homs"), "2019-03-11", "مصدر عسكري", GOV,
           note="a repelled attack; Homs is the dateline, Talbiseh where the attackers came from")])

passage("cg34", "2018-01-16", "Al-Hayat", "an actor's seat named beside the act",
        "قالت «وحدات حماية الشعب» الكردية، التي تتخذ من مدينة القامشلي مقراً لقيادتها، إن قصفاً مدفعياً تركياً "
        "استهدف قرية جلبرة في ريف عفرين أمس الاثنين، ما أدى إلى إصابة خمسة مدنيين بينهم طفلان. "
        "وأضافت الوحدات أن القصف ألحق أضراراً بعدد من المنازل والأراضي الزراعية في القرية، وأن المصابين نقلوا إلى مشفى مدينة عفرين.",
        [E("shelling", None, PL("جلبرة", "Jalbara", "Aleppo"), "2018-01-15",
           "«وحدات حماية الشعب» الكردية", TUR, note="injured only; the YPG's seat (Qamishli) is no place")])

passage("cg35", "2025-07-15", "Suwayda 24", "arrests in a town, led TO a city's branch",
        "داهمت قوة من الأمن العام، صباح اليوم الثلاثاء، منازل في بلدة الصورة الكبيرة شمالي السويداء، واعتقلت خمسة "
        "أشخاص بتهمة حيازة أسلحة، قبل أن تقتادهم إلى مقر قيادة الأمن الداخلي في مدينة السويداء، بحسب ما أفادت شبكة "
        "السويداء 24. "
        "وقالت الشبكة إن الحملة تأتي ضمن إجراءات لضبط السلاح المنفلت في المحافظة.",
        [E("arrest", Q("خمسة", 5), PL("الصورة الكبيرة", "Sawra al-Kabira", "As-Suwayda"), "2025-07-15",
           "شبكة السويداء 24", NEWGOV, note="where they were taken (the city's command) is not the place")])

# ---- fronts, lists, places named for another reason ----------------------------------------------------------------
passage("cg36", "2019-05-20", "Enab Baladi", "a front named «محور X» in a mountain region",
        "قُتل ثمانية عناصر من قوات النظام، أمس الأحد، خلال محاولتهم التقدم على محور كبانة في جبل الأكراد بريف "
        "اللاذقية الشمالي، بحسب ما أعلنته «الجبهة الوطنية للتحرير». وأضافت أن مقاتليها دمروا دبابة على المحور "
        "ذاته. "
        "وتحاول قوات النظام منذ أسابيع التقدم على هذا المحور ذي التضاريس الوعرة المطلة على سهل الغاب، دون أن تحقق أي تقدم يذكر.",
        [E("armed_clash", Q("ثمانية", 8), PL("كبانة", "Kabani", "Lattakia"), "2019-05-19",
           "«الجبهة الوطنية للتحرير»", FSA, note="a front named by its village: the village")])

passage("cg37", "2016-11-17", "Al Jazeera", "history and a comparison beside today's act",
        "قُتل 15 مدنياً، اليوم الخميس، في غارات على حي الشعار بمدينة حلب، في قصف وصفه ناشطون بأنه الأعنف منذ مجزرة "
        "حي الكلاسة قبل ثلاثة أعوام. وقال مراسل الجزيرة إن فرق الدفاع المدني تواصل انتشال الضحايا. "
        "ويقع الحي في الجزء الشرقي من المدينة الخاضع لسيطرة المعارضة، ويتعرض لغارات شبه يومية منذ أسابيع.",
        [E("airstrike", Q("15", 15), PL("الشعار", "Alshaar", "Aleppo"), "2016-11-17", "مراسل الجزيرة", GOV,
           note="the massacre recalled in al-Kallaseh is a comparison, not an event")])

passage("cg38", "2020-02-11", "Anadolu", "a border village «الحدودية مع تركيا»",
        "قُتل مدنيان وأصيب ثلاثة آخرون، اليوم الثلاثاء، جراء قصف مدفعي لقوات النظام على بلدة دارة عزة الحدودية مع "
        "ولاية هاتاي التركية غربي حلب، بحسب ما أفاد مراسل الأناضول. "
        "وأضاف المراسل أن القصف تسبب بأضرار مادية في منازل المدنيين وشبكة الكهرباء في البلدة، وأن الأهالي يخشون من تصعيد جديد مع استمرار حشود قوات النظام على أطراف ريف حلب الغربي.",
        [E("shelling", None, PL("دارة عزة", "Daret Azza", "Aleppo"), "2020-02-11", "مراسل الأناضول",
           GOV, note="the border with Hatay is a description; the dual is the figure")])

passage("cg39", "2021-09-14", "Hawar", "a village named by its nahiya and town; the launch site",
        "استهدفت طائرة مسيرة تركية، صباح اليوم الثلاثاء، سيارة مدنية في قرية تل جمعة بريف ناحية تل تمر، ما أدى "
        "إلى مقتل سائقها، بحسب ما أفاد مراسل هاوار. وأضاف أن المسيرة أقلعت من قاعدة تركية قرب مدينة رأس العين. "
        "ولم يتبين ما إذا كان السائق ينتمي إلى أي جهة عسكرية.",
        [E("airstrike", None, PL("تل جمعة", "Tal Jumaa", "Al-Hasakah"), "2021-09-14", "مراسل هاوار", TUR,
           note="one dead; the launch base near Ras al-Ain is not the place")])

passage("cg40", "2022-10-26", "Step News", "two acts, each in its own clause and village",
        "قصفت قوات النظام بالمدفعية الثقيلة قرية الفطيرة في جبل الزاوية، ما أدى إلى إصابة امرأة، فيما استهدفت "
        "الفصائل بالصواريخ مواقع قوات النظام في بلدة كفرنبل، وقتلت عنصرين، بحسب ما أفاد مراسل وكالة ستيب. "
        "ويأتي ذلك ضمن تصعيد متبادل تشهده خطوط التماس في جبل الزاوية منذ أيام، وسط تحليق مكثف لطيران الاستطلاع الروسي في أجواء المنطقة.",
        [E("shelling", None, PL("الفطيرة", "al-Fatira", "Idlib"), "2022-10-26", "مراسل وكالة ستيب", GOV,
           note="one woman injured, no numeral"),
         E("shelling", None, PL("كفرنبل", "Kafr Nobol", "Idlib"), "2022-10-26", "مراسل وكالة ستيب", FSA,
           note="each clause its own village")])

passage("cg41", "2025-05-04", "Enab Baladi", "a village of a town's countryside; a body's seat",
        "اعتقلت دورية تابعة لإدارة الأمن العام في حمص، أمس السبت، ثلاثة أشخاص في قرية الغور الغربية بريف حمص "
        "الغربي، للاشتباه بتورطهم في عمليات خطف. وقالت مديرية الأمن في المحافظة إن الموقوفين أحيلوا إلى القضاء. "
        "وتشهد قرى ريف حمص الغربي حالات خطف متكررة بهدف طلب الفدية منذ مطلع العام الجاري.",
        [E("arrest", Q("ثلاثة", 3), PL("الغور الغربية", "al-Ghour al-Gharbiya", "Homs"), "2025-05-03",
           "مديرية الأمن في المحافظة", NEWGOV, note="the patrol's body in Homs is its seat, not the place")])

passage("cg42", "2013-06-25", "Zaman al-Wasl", "a district «في حي X جنوب دمشق» with a camp named beside",
        "أعدمت قوات النظام ميدانياً تسعة شبان في حي القدم جنوب دمشق، بعد اعتقالهم أثناء محاولتهم العبور نحو مخيم "
        "اليرموك المحاصر، بحسب ما أكده ناشطون من الحي لـ«زمان الوصل». وأضاف الناشطون أن جثث الشبان تُركت في أحد "
        "الشوارع الفرعية ساعات قبل أن يُسمح للأهالي بدفنها في مقبرة الحي.",
        [E("casualties", Q("تسعة", 9), PL("القدم", "Qadam", "Damascus"), "2013-06-25", "ناشطون من الحي",
           GOV, note="a field execution: casualties (as sets 9, 28, 36); the camp is where they were heading; the "
                     "arrest before is part of the same act")])

passage("cg43", "2024-12-02", "North Press", "a car bomb at a market of a town",
        "قُتل سبعة أشخاص وأصيب أكثر من 20 آخرين، ظهر اليوم الاثنين، جراء انفجار سيارة مفخخة في سوق الهال بمدينة "
        "منبج شرقي حلب، بحسب ما أفادت مصادر طبية في المدينة. وتبادلت «قسد» والفصائل الموالية لتركيا الاتهامات "
        "بالمسؤولية عن التفجير. "
        "وتعد السوق من أكثر الأماكن ازدحاماً في المدينة خلال ساعات الظهيرة.",
        [E("explosion", Q("سبعة", 7), PL("منبج", "Menbij", "Aleppo"), "2024-12-02", "مصادر طبية في المدينة", None,
           note="a market of a town: the town; accusations both ways: no actor")])

passage("cg44", "2014-02-03", "SOHR", "a hospital's figure, an act in a village «بريف X» with a list of three",
        "المرصد السوري لحقوق الإنسان: قصف الطيران المروحي ببرميلين متفجرين بلدة البارة في جبل الزاوية، ما أدى إلى "
        "مقتل خمسة مواطنين، وقد نقل الجرحى إلى مشفى ميداني في بلدة كنصفرة. "
        "وتتعرض قرى جبل الزاوية لقصف شبه يومي منذ بداية الشهر، ما دفع كثيراً من سكانها إلى مغادرتها نحو المناطق الحدودية، وفق ناشطين.",
        [E("airstrike", Q("خمسة", 5), PL("البارة", "Bara", "Idlib"), "2014-02-03", "المرصد السوري لحقوق الإنسان",
           GOV, note="the field hospital's village is where the wounded went")])

# ---- negatives and mostly negative ---------------------------------------------------------------------------------
passage("cg45", "2023-08-19", "Enab Baladi", "negative: a town described on the map",
        "تقع بلدة الكرك الشرقي على بعد نحو 15 كيلومتراً شرق مدينة درعا، ويبلغ عدد سكانها قرابة 20 ألف نسمة، وتعتمد "
        "في معظم دخلها على الزراعة. وتشهد البلدة منذ سنوات شحاً في مياه الشرب بسبب تعطل الآبار. "
        "ويطالب الأهالي المؤسسة العامة لمياه الشرب بإصلاح المضخات منذ أشهر دون استجابة.",
        [])

passage("cg46", "2025-05-04", "Syria TV", "negative: a road accident between two towns",
        "توفي ثلاثة أشخاص وأصيب خمسة آخرون بجروح، مساء أمس السبت، إثر حادث سير بين حافلة وشاحنة على الطريق الواصل "
        "بين مدينتي حماة والسلمية، بحسب ما أفادت مديرية الصحة. وعزت شرطة المرور الحادث إلى السرعة الزائدة. "
        "ويشهد الطريق حوادث متكررة بسبب سوء حالته وغياب الإنارة ليلاً على امتداده.",
        [])

passage("cg47", "2020-06-01", "Al-Watan", "negative: prices in a city's market",
        "ارتفعت أسعار الخضار في سوق الهال بمدينة دمشق بنسبة تجاوزت 30 بالمئة خلال أسبوع، وعزا تجار الارتفاع إلى "
        "تراجع سعر صرف الليرة وارتفاع تكاليف النقل من محافظتي درعا وطرطوس. "
        "وقال أحد تجار السوق إن الإقبال على الشراء تراجع بشكل ملحوظ، وإن كثيراً من العائلات باتت تكتفي بكميات قليلة لا تكفي لأيام.",
        [])

passage("cg48", "2017-10-18", "Hawar", "negative: a commemoration of a past massacre in a town",
        "أحيا أهالي مدينة عامودا، اليوم الأربعاء، الذكرى السنوية لحريق سينما المدينة، بوقفة أمام النصب التذكاري "
        "وسط المدينة، وألقيت كلمات استذكرت الضحايا من أطفال المدارس. وتعود الحادثة إلى ستينيات القرن الماضي. "
        "وطالب المشاركون بإنشاء متحف يوثق أسماء الضحايا ويحفظ ذاكرة المدينة للأجيال القادمة، وأكدوا أن الحادثة لا تزال حاضرة في وجدان الأهالي.",
        [])

passage("cg49", "2022-04-06", "Deir ez-Zor 24", "negative: a threat and a deployment described",
        "تتمركز قوات النظام والميليشيات الإيرانية في مدينة البوكمال منذ عام 2017، ويتوقع ناشطون أن تشهد المنطقة "
        "تصعيداً في الأيام المقبلة بعد تهديدات أطلقها قادة العشائر في ريف دير الزور الشرقي. "
        "وتعرضت مواقع هذه الميليشيات خلال الأعوام الماضية لغارات متكررة نسبت إلى إسرائيل والتحالف الدولي، من دون أن تعلن أي جهة مسؤوليتها في معظم الحالات.",
        [])

passage("cg50", "2019-03-11", "Zaman al-Wasl", "negative: a camp's conditions, a storm",
        "غرقت عشرات الخيام في مخيمات بلدة أطمة الحدودية بعد هطول أمطار غزيرة، اليوم الاثنين، وناشد القائمون على "
        "المخيمات المنظمات الإنسانية تأمين عوازل ومواد تدفئة للعائلات النازحة من ريفي حماة وإدلب. "
        "وقال مدير أحد المخيمات إن أكثر من 300 عائلة باتت بلا مأوى، وإن الطرق الترابية المؤدية إلى المخيمات أصبحت غير صالحة لمرور سيارات الإغاثة.",
        [])

passage("cg51", "2024-01-23", "North Press", "negative: a history of a city's battles",
        "شهدت مدينة عين العرب (كوباني) عام 2014 معارك عنيفة بين وحدات حماية الشعب وتنظيم الدولة الإسلامية استمرت "
        "أشهراً، وانتهت بطرد التنظيم من المدينة بدعم من طيران التحالف الدولي. ولا تزال آثار الدمار ظاهرة في أحياء "
        "المدينة الشرقية. "
        "وتحيي المدينة كل عام ذكرى تحريرها باحتفالات شعبية في ساحاتها العامة.",
        [])

passage("cg52", "2020-11-05", "Enab Baladi", "negative: a water station out of service",
        "توقفت محطة علوك لضخ المياه قرب مدينة رأس العين عن العمل، اليوم الخميس، بسبب انقطاع التيار الكهربائي، ما "
        "حرم قرابة 400 ألف نسمة في مدينة الحسكة وريفها من مياه الشرب، بحسب ما قالته مصادر محلية. "
        "وتتكرر أزمة المياه في الحسكة منذ سيطرة الفصائل الموالية لتركيا على محيط المحطة عام 2019، وتتبادل الأطراف الاتهامات بالمسؤولية عن توقفها.",
        [])

passage("cg53", "2016-04-28", "Orient", "mostly negative: a meeting in a city, one strike after",
        "عقد المجلس المحلي لمدينة سراقب اجتماعاً، اليوم الخميس، لبحث إعادة تأهيل المدارس المتضررة. وفي سياق منفصل، "
        "ألقت مروحيات النظام برميلين متفجرين على قرية سرجة في جبل الزاوية، دون ورود أنباء عن إصابات. "
        "وناقش المجتمعون خطة لترميم مدرستين تضررتا خلال الأشهر الماضية بتمويل من منظمات محلية ودولية.",
        [E("airstrike", None, PL("سرجة", "Sarja", "Idlib"), "2016-04-28", None, GOV,
           note="the meeting is no event; two barrels are how, no dead")])

passage("cg54", "2025-07-15", "Al Jazeera", "mostly negative: a reporter's posting and an aim",
        "قال مراسل الجزيرة في دمشق إن الحكومة السورية تعتزم نشر وحدات من الجيش على طريق دمشق - السويداء لتأمين حركة "
        "القوافل، في حين أعلنت وزارة الداخلية مقتل عنصرين من الأمن العام بكمين قرب بلدة المزرعة غربي السويداء. "
        "وأضاف المراسل أن حركة السير على الطريق ما زالت محدودة منذ أيام.",
        [E("armed_clash", None, PL("المزرعة", "al-Mazraa", "As-Suwayda"), "2025-07-15", "وزارة الداخلية",
           None, note="the plan to deploy is an aim; the reporter's posting (Damascus) is no place; an ambush by "
                      "unnamed gunmen")])


def main() -> None:
    write("gold40.jsonl", P40)


if __name__ == "__main__":
    main()
