"""Build gold45.jsonl: coverage set 45 (ids da01…), written in stop 30 by helper coarse BEFORE any run on it.

A coverage set of an act's place when a finer place and a coarser one are both told: a village or quarter inside
its region or city («في بلدة X بريف Y», «في حي X بمدينة Y», «قرية X الواقعة في ريف Y», «في بلدة X غربي مدينة Y»),
a facility in its town, a headline that names only the region while the lead names the village (and the reverse),
a detail sentence whose trigger has no place of its own after a lead that names the village, a result clause
(«، اعتقلت خلالها…», «، أسفرت عن…») after a clause that names the village, place nouns standing for the town told
before («في البلدة», «إلى البلدة», «سكان الحي»), and traps: a victim's home town that is not the act's place,
a reporter's seat, a sum over a governorate after a village's act, a launch area, a destination's origin, and
passages with no event. The wording patterns were read in real Arabic reporting (the search tool's `pages`
corpus: Jesr, SY24, Syrian Press Center, Baladi News, Nabaa, North Pulse, Zaman al-Wasl, AFP via Al-Hayat),
never copied; people, figures and dates are invented, the towns are real. Offsets are computed by build.build.

    python benchmarks/data/events_probe/build45.py      # rewrites gold45.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P45: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P45.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("da01", "2021-03-14", "Jesr", "a campaign in a town of a region; the arrests told in a result clause",
        "شنّت قوات سوريا الديمقراطية، صباح اليوم الأحد، حملة مداهمة في بلدة البصيرة بريف دير الزور الشرقي، اعتقلت "
        "خلالها 11 شخصاً بتهمة التعامل مع خلايا تنظيم داعش، بحسب ما أفاد به مراسل «جسر». وأضاف المراسل أن الحملة "
        "جرت بمساندة طائرات التحالف الدولي التي حلّقت على علو منخفض فوق البلدة.",
        [E("arrest", Q("11", 11), PL("البصيرة", "Basira", "Deir ez-Zor"), "2021-03-14", "مراسل «جسر»", SDF,
           note="the town, not the region that contains it; the result clause goes on in the campaign's town")])

passage("da02", "2019-06-03", "Syria TV", "headline names the region, the lead the village",
        "مقتل ثلاثة مدنيين بقصف مدفعي على ريف إدلب الجنوبي\n"
        "قُتل ثلاثة مدنيين، بينهم امرأة، اليوم الاثنين، جراء قصف مدفعي لقوات النظام استهدف الأحياء السكنية في قرية "
        "معرشورين جنوبي إدلب، بحسب ما أفاد به الدفاع المدني السوري. وأشار الدفاع المدني إلى أن فرقه أخمدت حرائق "
        "اندلعت في عدد من المنازل جراء القصف.",
        [E("shelling", Q("ثلاثة", 3), PL("معرشورين", "Maar Shurin", "Idlib"), "2019-06-03", "الدفاع المدني السوري",
           GOV, note="headline (the region) and lead (the village) one act: the village")])

passage("da03", "2020-09-22", "Nabaa", "the lead names the village, the detail sentence has the trigger",
        "داهمت دورية تابعة لفرع الأمن العسكري، فجر اليوم الثلاثاء، منازل عدد من المطلوبين في بلدة إنخل بريف درعا "
        "الشمالي. وقالت مصادر محلية لـ«نبأ» إن عناصر الدورية اعتقلوا أربعة شبان واقتادوهم إلى جهة مجهولة، بعد أن "
        "صادروا هواتفهم المحمولة. كما داهمت الدورية ذاتها بلدة جاسم المجاورة، واعتقلت ثلاثة آخرين من أبنائها.",
        [E("arrest", Q("أربعة", 4), PL("إنخل", "Inkhil", "Daraa"), "2020-09-22", "مصادر محلية", GOV,
           note="the raid's town, told in the sentence before the arrests"),
         E("arrest", Q("ثلاثة", 3), PL("جاسم", "Jasim", "Daraa"), "2020-09-22", "مصادر محلية", GOV,
           note="another raid at another town, the arrests joined to it by «و»")])

passage("da04", "2022-01-18", "Daraa 24", "the victim's town told as his origin, then «في البلدة»",
        "قُتل الشاب أحمد خالد المحاميد، وهو من أبناء بلدة طفس، مساء أمس الاثنين، برصاص مسلحين مجهولين أطلقوا النار "
        "عليه أثناء وجوده أمام محله التجاري في البلدة بريف درعا الغربي، بحسب ما أفاد به موقع «درعا 24».",
        [E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), "2022-01-17", "موقع «درعا 24»", UNK,
           note="«في البلدة»: the town named before (his home town and the place of the act are one here)")])

passage("da05", "2016-02-09", "SOHR via AFP", "a quarter in its city",
        "قُتل خمسة مدنيين، بينهم طفلان، وأصيب أكثر من عشرة آخرين، اليوم الثلاثاء، جراء سقوط قذائف صاروخية على حي "
        "الوعر في مدينة حمص، وفق المرصد السوري لحقوق الإنسان، ولم تُعرف الجهة المسؤولة عن إطلاق القذائف بعد.",
        [E("shelling", Q("خمسة", 5), PL("الوعر", "al-Waer", "Homs"), "2016-02-09", "المرصد السوري لحقوق الإنسان",
           None, note="the quarter, not the city")])

passage("da06", "2023-04-02", "SANA", "a listed facility in its region; the launch area before it",
        "حمص-سانا\n"
        "أفاد مصدر عسكري بأن العدو الإسرائيلي شن فجر اليوم عدواناً جوياً من اتجاه شمال شرق بيروت، مستهدفاً مطار "
        "الشعيرات في ريف حمص الجنوبي الشرقي، ما أدى إلى وقوع بعض الخسائر المادية، مشيراً إلى أن وسائط الدفاع الجوي "
        "تصدت للصواريخ وأسقطت عدداً منها.",
        [E("airstrike", None, PL("مطار الشعيرات", "Shayrat Air Base", "Homs"), "2023-04-02", "مصدر عسكري", ISR,
           note="the airbase (a listed military site), not the region, nor the launch area abroad")])

passage("da07", "2012-08-27", "Zaman al-Wasl", "a town with a bearing from the capital",
        "اعتقلت قوات الأمن والشبيحة، اليوم الاثنين، تسعة شبان خلال حملة دهم وتفتيش في بلدة الكسوة جنوبي دمشق، "
        "بحسب ناشطين من البلدة، أشاروا إلى أن الحملة تأتي بعد يومين من مظاهرة خرجت في السوق الرئيسي.",
        [E("arrest", Q("تسعة", 9), PL("الكسوة", "al-Kiswah", "Rural Damascus"), "2012-08-27", "ناشطين", GOV,
           note="the town; Damascus is the point the bearing is taken from. The protest is recalled with no day of "
           "its own ('two days after'): background")])

passage("da08", "2021-10-11", "Baladi News", "headline names the region; lead the town; the toll raised later",
        "انفجار سيارة مفخخة في ريف حلب الشمالي\n"
        "قُتل خمسة أشخاص وأصيب أكثر من 20 آخرين، ظهر اليوم الاثنين، جراء انفجار سيارة مفخخة وسط السوق الشعبي في "
        "مدينة مارع بريف حلب الشمالي. وقال الدفاع المدني في بيان إن حصيلة الانفجار ارتفعت مساءً إلى سبعة قتلى، "
        "بعد وفاة اثنين من الجرحى متأثرين بإصاباتهما.",
        [E("explosion", Q("سبعة", 7), PL("مارع", "Marea", "Aleppo"), "2021-10-11", "الدفاع المدني", None,
           note="headline, lead and the raised toll one blast: the town (the market is a landmark placed at it)")])

passage("da09", "2020-05-06", "Al-Watan", "an operation in a town's surroundings, the kills told in its result clause",
        "نفذت وحدات من الجيش العربي السوري، أمس، عملية تمشيط واسعة في محيط بلدة عقيربات بريف حماة الشرقي، قضت "
        "خلالها على 14 إرهابياً من تنظيم داعش، ودمرت عدداً من آلياتهم، بحسب ما أكده مصدر ميداني لـ«الوطن». وفي ريف حمص الشرقي، قُتل خمسة جنود "
        "بهجوم لمسلحي التنظيم على حاجز للجيش قرب مدينة السخنة.",
        [E("armed_clash", Q("14", 14), PL("عقيربات", "Uqayribat", "Hama"), "2020-05-05", "مصدر ميداني", GOV,
           note="the town whose surroundings were combed, not the region"),
         E("armed_clash", Q("خمسة", 5), PL("السخنة", "al-Sukhnah", "Homs"), "2020-05-05", "مصدر ميداني", IS,
           note="another attack at another town; the region opens the sentence, the town is finer")])

passage("da10", "2021-07-29", "Horan Free League", "a clash in a town; reinforcements «إلى البلدة» in the next sentence",
        "اندلعت اشتباكات عنيفة، مساء أمس الأربعاء، بين مسلحين محليين وعناصر من فرع الأمن العسكري في مدينة الصنمين "
        "شمالي درعا، أسفرت عن مقتل ستة من عناصر الفرع. ودفعت قوات النظام صباح اليوم بتعزيزات عسكرية إلى البلدة، "
        "وسط حالة من التوتر.",
        [E("armed_clash", Q("ستة", 6), PL("الصنمين", "al-Sanamayn", "Daraa"), "2021-07-28", None, None,
           note="the town; no source named: the outlet"),
         E("reinforcement", None, PL("الصنمين", "al-Sanamayn", "Daraa"), "2021-07-29", None, GOV,
           note="«إلى البلدة»: the town told before")])

passage("da11", "2019-08-14", "Step News", "the act told in the first sentence at the region; the next names the town",
        "شنت طائرات حربية روسية، صباح اليوم الأربعاء، غارات جوية على ريف إدلب الجنوبي. وقال الدفاع المدني إن الغارات "
        "استهدفت الأحياء السكنية في بلدة كفرنبل، ما أدى إلى مقتل أربعة مدنيين وإصابة آخرين. كما قصفت مدفعية النظام "
        "قرية حاس المجاورة بعشرات القذائف.",
        [E("airstrike", Q("أربعة", 4), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2019-08-14", "الدفاع المدني", RUS,
           note="one act told twice: the finer place of the second telling"),
         E("shelling", Q("عشرات", 20, 90, True), PL("حاس", "Has", "Idlib"), "2019-08-14", "الدفاع المدني", GOV,
           note="another act at another village; the shells' «عشرات» is its figure (mended after the first run: "
           "the sets code a vague count as a figure)")])

passage("da12", "2022-02-20", "SOHR", "a town in the desert; the wide area named first",
        "قُتل ستة عمال، اليوم الأحد، جراء انفجار لغم أرضي من مخلفات تنظيم داعش بسيارة كانت تقلهم في البادية قرب "
        "مدينة السخنة بريف حمص الشرقي، بحسب المرصد السوري لحقوق الإنسان.",
        [E("explosion", Q("ستة", 6), PL("السخنة", "al-Sukhnah", "Homs"), "2022-02-20", "المرصد السوري لحقوق الإنسان",
           None, note="the town the desert spot is told near; finer than the desert and the region")])

passage("da13", "2019-05-09", "Sputnik Arabic", "a village «الواقعة في» its region",
        "سيطرت وحدات من الجيش السوري، اليوم الخميس، على قرية كفرنبودة الواقعة في ريف حماة الشمالي الغربي، بعد معارك "
        "عنيفة مع مسلحي «هيئة تحرير الشام» استمرت يومين، بحسب ما أفاد به مراسل «سبوتنيك». وقصفت الطائرات الحربية "
        "السورية في الأثناء بلدة قلعة المضيق القريبة.",
        [E("territory_change", None, PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2019-05-09", "مراسل «سبوتنيك»", GOV,
           note="the village, not the region it lies in; the battles are the taking's own battle (one event)"),
         E("airstrike", None, PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"), "2019-05-09", "مراسل «سبوتنيك»", GOV,
           note="another act at another town")])

passage("da14", "2018-11-03", "Latakia News Network", "trap: the soldier's home town is not where he fell",
        "قُتل عنصر من قوات النظام ينحدر من مدينة جبلة، أمس الجمعة، خلال اشتباكات مع فصائل المعارضة على محور كبانة "
        "في ريف اللاذقية الشمالي، بحسب ما نعته صفحات موالية.",
        [E("armed_clash", None, PL("كبانة", "Kabani", "Latakia"), "2018-11-02", "صفحات موالية", None,
           note="his home town (an origin) is not the place; the front's axis village is, finer than the region")])

passage("da15", "2023-06-12", "Enab Baladi", "trap: the reporter's seat; the act in a town",
        "قال مراسل عنب بلدي في درعا إن مسلحين مجهولين اغتالوا، مساء أمس الأحد، عنصراً سابقاً في فصائل المعارضة "
        "بإطلاق النار عليه قرب دوار البريد في مدينة جاسم بريف درعا الشمالي.",
        [E("armed_clash", None, PL("جاسم", "Jasim", "Daraa"), "2023-06-11", "مراسل عنب بلدي", UNK,
           note="the roundabout is placed at its town; Daraa is where the reporter is posted")])

passage("da16", "2021-04-02", "Horan Free League", "a village's act, then a month's sum over the governorate",
        "قُتل شاب برصاص مسلحين مجهولين، مساء أمس الخميس، في بلدة داعل بريف درعا الأوسط. وبحسب مكتب التوثيق في "
        "«تجمع أحرار حوران»، فقد قُتل 31 شخصاً في المحافظة خلال شهر آذار الماضي، في عمليات اغتيال وإطلاق نار.",
        [E("armed_clash", None, PL("داعل", "Dael", "Daraa"), "2021-04-01", None, UNK,
           note="the killing in the village"),
         E("armed_clash", Q("31", 31), PL("درعا", "Daraa", "Daraa"), None, "مكتب التوثيق في «تجمع أحرار حوران»",
           None, kind="aggregate", note="MENDED stop 32 (conventions): a running toll naming one cause takes the cause's type, an aggregate (was casualties): assassinations and shootings (as set 64 ic31); a month's sum over the governorate («في المحافظة»), not at the village")])

passage("da17", "2022-09-05", "North Press", "negative: background on a region",
        "تشهد بلدات ريف دير الزور الشرقي حالة من التوتر منذ أشهر، في ظل انتشار السلاح وتكرار حوادث الخطف، بينما "
        "يشتكي الأهالي من تردي الخدمات وانقطاع الكهرباء لساعات طويلة في قرى الشحيل وذيبان والبصيرة.",
        [])

passage("da18", "2020-12-01", "Enab Baladi", "negative: prices in a town",
        "ارتفع سعر ربطة الخبز في مدينة الباب بريف حلب الشمالي إلى ثلاث ليرات تركية، وسط شكاوى من الأهالي من تراجع "
        "جودة الطحين، بحسب ما رصده مراسل عنب بلدي في المدينة.",
        [])

passage("da19", "2019-04-28", "Halab Today", "reinforcements from a city to a town; the city is the origin",
        "وصلت تعزيزات عسكرية لقوات النظام، مساء اليوم الأحد، قادمة من مدينة حماة إلى بلدة مورك بريف حماة الشمالي، "
        "تضم دبابات وعربات مدرعة وعشرات العناصر، بحسب ما أفاد به مراسل «حلب اليوم». في المقابل، قصفت فصائل "
        "المعارضة بالصواريخ مواقع لقوات النظام داخل مدينة محردة.",
        [E("reinforcement", Q("عشرات", 20, 90, True), PL("مورك", "Murak", "Hama"), "2019-04-28", "مراسل «حلب اليوم»",
           GOV, note="the destination town, not the city they came from («عشرات العناصر» its figure: mended after "
           "the first run, the sets code a vague count as a figure)"),
         E("shelling", None, PL("محردة", "Mhardeh", "Hama"), "2019-04-28", "مراسل «حلب اليوم»", FSA,
           note="another act at another town")])

passage("da20", "2019-12-11", "SANA", "headline names the town; the body only the governorate and the launch area",
        "غارة إسرائيلية على موقع عسكري قرب مدينة القطيفة\n"
        "أفاد مصدر عسكري بأن الطيران الحربي الإسرائيلي نفذ فجر اليوم عدواناً جوياً من اتجاه الجولان المحتل، مستهدفاً "
        "أحد المواقع العسكرية في ريف دمشق، ما أدى إلى إصابة جنديين بجروح، مشيراً إلى أن الدفاعات الجوية تصدت "
        "لعدد من الصواريخ.",
        [E("airstrike", None, PL("القطيفة", "al-Qutayfah", "Rural Damascus"), "2019-12-11", "مصدر عسكري", ISR,
           note="headline and body one strike: the headline's town is finer than the body's governorate")])

passage("da21", "2021-09-08", "Daraa 24", "an agreement whose parties are named with their town",
        "توصل وجهاء بلدة إنخل واللجنة الأمنية التابعة للنظام، اليوم الأربعاء، إلى اتفاق يقضي بتسليم عدد من قطع السلاح "
        "الخفيف وتسوية أوضاع المطلوبين، مقابل انسحاب الحواجز من محيط البلدة، بحسب موقع «درعا 24».",
        [E("agreement", None, PL("إنخل", "Inkhil", "Daraa"), "2021-09-08", "موقع «درعا 24»", None,
           note="the town its parties speak for")])

passage("da22", "2016-09-24", "Reuters", "two quarters of one city",
        "قال المرصد السوري لحقوق الإنسان إن 12 مدنياً على الأقل قتلوا، اليوم السبت، في غارات جوية استهدفت حيي "
        "الفردوس وبستان القصر في مدينة حلب، بينما تواصل القوات الحكومية هجومها على الأحياء الشرقية للمدينة.",
        [E("airstrike", Q("12", 12, None), PL("الفردوس", "al-Firdous", "Aleppo"), "2016-09-24",
           "المرصد السوري لحقوق الإنسان", None, note="one strike on a list of two quarters: the first (group); "
           "the offensive is background with no figure; «على الأقل»: no upper bound (mended after the first run)")])

passage("da23", "2023-09-01", "Suwayda 24", "a protest in a town of a region",
        "تظاهر المئات من أهالي بلدة القريا في ريف السويداء الجنوبي، اليوم الجمعة، مطالبين بالإفراج عن المعتقلين "
        "وتحسين الأوضاع المعيشية، بحسب شبكة «السويداء 24». وفي مدينة السويداء، نظم العشرات وقفة احتجاجية أمام "
        "مبنى المحافظة للمطالب ذاتها.",
        [E("protest", Q("المئات", 200, 900, True), PL("القريا", "al-Qurayya", "As-Suwayda"), "2023-09-01",
           "شبكة «السويداء 24»", PROT, note="the town; «المئات» its figure (mended after the first run: the sets "
           "code a vague count as a figure)"),
         E("protest", Q("العشرات", 20, 90, True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2023-09-01",
           "شبكة «السويداء 24»", PROT, note="(figure mended after the first run) another protest in another town (the building is a landmark placed at the city)")])

passage("da24", "2022-07-18", "Hawar", "the strike in the first sentence, its dead in the next",
        "استهدفت طائرة مسيرة تركية، مساء اليوم الاثنين، سيارة عسكرية عند مدخل بلدة تل تمر بريف الحسكة الشمالي "
        "الغربي. وقالت مصادر محلية إن الاستهداف أدى إلى مقتل ثلاثة من مقاتلي «قسد» كانوا داخل السيارة. وفي سياق "
        "متصل، قصفت القوات التركية بالمدفعية قرية أبو راسين شمالي البلدة.",
        [E("airstrike", Q("ثلاثة", 3), PL("تل تمر", "Tal Tamr", "Al-Hasakah"), "2022-07-18", "مصادر محلية", TUR,
           note="the strike and its dead one event at the town"),
         E("shelling", None, PL("أبو راسين", "Abu Rasin", "Al-Hasakah"), "2022-07-18", None, TUR,
           note="another act at another village; the bearing's point is the town")])

passage("da25", "2022-03-09", "North Press", "headline with the governorate, lead with a city west of it",
        "«قسد» تعتقل ثمانية أشخاص في الرقة\n"
        "اعتقلت قوات سوريا الديمقراطية، أمس الثلاثاء، ثمانية أشخاص بينهم امرأة، خلال مداهمات في مدينة الطبقة غربي "
        "الرقة، بتهمة الانتماء لخلايا تنظيم داعش، بحسب ما قاله مصدر أمني لنورث برس.",
        [E("arrest", Q("ثمانية", 8, nth=1), PL("الطبقة", "al-Tabqa", "Raqqa"), "2022-03-08", "مصدر أمني", SDF,
           note="headline and lead one act: the city of the lead, not the governorate")])

passage("da26", "2013-03-18", "Al-Arabiya", "a quarter anaphor «سكان الحي» after the quarter named with its city",
        "داهمت قوات الأمن السورية، فجر اليوم الاثنين، حي القابون شرقي دمشق وسط إطلاق نار كثيف، واعتقلت 25 شاباً من "
        "سكان الحي، بحسب ما أفادت لجان التنسيق المحلية.",
        [E("arrest", Q("25", 25), PL("القابون", "al-Qaboun", "Damascus"), "2013-03-18", "لجان التنسيق المحلية",
           GOV, note="the quarter raided, not Damascus (the bearing's point)")])

passage("da27", "2020-02-17", "Orient", "negative: a plan and a warning",
        "تستعد فصائل المعارضة لشن هجوم معاكس على مواقع قوات النظام في محيط مدينة سراقب، بحسب قيادي في «الجبهة "
        "الوطنية للتحرير»، حذر من أن أي تقدم جديد للنظام سيهدد بلدات ريف إدلب الشرقي.",
        [E("statement", None, PL("ريف إدلب الشرقي", "Eastern Idlib countryside", "Idlib"), None, 'قيادي في «الجبهة الوطنية للتحرير»', FSA, note="MENDED stop 32 (conventions): a faction commander's warning is a statement (stop 32), at the area it concerns; the plan is no event")])

passage("da28", "2018-01-22", "Smart", "a toll in a governorate's city told after a village's strike (two acts)",
        "قُتل سبعة مدنيين، اليوم الاثنين، بغارات جوية روسية على بلدة التمانعة في ريف إدلب الجنوبي، بحسب مراسل "
        "«سمارت». وفي سياق متصل، قُتل طفلان وأصيبت امرأة جراء قصف مدفعي لقوات النظام على مدينة خان شيخون المجاورة.",
        [E("airstrike", Q("سبعة", 7), PL("التمانعة", "al-Tamanah", "Idlib"), "2018-01-22", "مراسل «سمارت»", RUS,
           note="the village, not the region"),
         E("shelling", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2018-01-22", None, GOV,
           note="another act at another town; a dual is no figure")])

passage("da29", "2014-06-16", "Al-Jazeera", "negative: a recap with no day of its own",
        "وكانت مدينة حرستا في ريف دمشق قد شهدت خلال الأشهر الماضية معارك متقطعة بين فصائل المعارضة والقوات "
        "الحكومية، في حين يعيش من تبقى من سكانها أوضاعاً إنسانية صعبة بسبب الحصار.",
        [])

passage("da30", "2024-12-28", "Syria TV", "a result clause after a clause that names the village and its region",
        "نفذت إدارة الأمن العام، اليوم السبت، عملية أمنية في قرية خربة المعزة بريف طرطوس، أسفرت عن اعتقال خمسة من "
        "فلول النظام البائد ومصادرة أسلحة وذخائر، بحسب ما أعلنته وزارة الداخلية.",
        [E("arrest", Q("خمسة", 5), PL("خربة المعزة", "Khirbet al-Maaza", "Tartus"), "2024-12-28", "وزارة الداخلية",
           NEWGOV, note="the result clause goes on in the operation's village, not its region")])


passage("da31", "2021-06-10", "Syria TV", "headline names the town, the lead only the region; two more acts",
        "مقتل طفلين بقصف لقوات النظام على بلدة البارة\n"
        "قُتل طفلان وأصيبت والدتهما، اليوم الخميس، جراء قصف صاروخي لقوات النظام على منطقة جبل الزاوية جنوبي إدلب، "
        "بحسب الدفاع المدني السوري. وطال القصف أيضاً أطراف بلدة كنصفرة، دون وقوع إصابات. وفي ريف حلب الغربي، قُتل "
        "عنصر من «هيئة تحرير الشام» بقصف مدفعي على محور بلدة الأتارب.",
        [E("shelling", None, PL("البارة", "al-Bara", "Idlib"), "2021-06-10", "الدفاع المدني السوري", GOV,
           note="headline and lead one act: the headline's town is finer than the lead's region; a dual: no figure"),
         E("shelling", None, PL("كنصفرة", "Kansafra", "Idlib"), "2021-06-10", "الدفاع المدني السوري", GOV,
           note="the shelling of another town told apart"),
         E("shelling", None, PL("الأتارب", "al-Atarib", "Aleppo"), "2021-06-10", None, GOV,
           note="another act at another front; no source of its own. The region opens the sentence")])


passage("da32", "2019-02-25", "Horan Free League", "two arrests at two towns, each with its figure, in one sentence",
        "اعتقلت قوات النظام، أمس الأحد، ستة شبان في مدينة جاسم، وأربعة آخرين في بلدة الحارة بريف درعا الشمالي، خلال "
        "حملة دهم طالت منازل المطلوبين للخدمة الإلزامية، بحسب «تجمع أحرار حوران».",
        [E("arrest", Q("ستة", 6), PL("جاسم", "Jasim", "Daraa"), "2019-02-24", "«تجمع أحرار حوران»", GOV,
           note="a figure and its town"),
         E("arrest", Q("أربعة", 4), PL("الحارة", "al-Harra", "Daraa"), "2019-02-24", "«تجمع أحرار حوران»", GOV,
           note="another figure and its town; the region is their container")])


passage("da33", "2022-12-04", "Deir ez-Zor 24", "an attack near a village; reinforcements to «محيط القرية»",
        "هاجم مسلحون من تنظيم داعش، ليل أمس السبت، نقطة عسكرية لقوات النظام قرب قرية الشولا في بادية دير الزور، ما "
        "أدى إلى مقتل تسعة عناصر. وقالت مصادر محلية إن المهاجمين انسحبوا بعد الهجوم، فيما استقدمت قوات النظام "
        "تعزيزات عسكرية إلى محيط القرية.",
        [E("armed_clash", Q("تسعة", 9), PL("الشولا", "al-Shula", "Deir ez-Zor"), "2022-12-03", None, IS,
           note="the village, not the desert region; no source of its own: the outlet"),
         E("reinforcement", None, PL("الشولا", "al-Shula", "Deir ez-Zor"), "2022-12-04", "مصادر محلية", GOV,
           note="«إلى محيط القرية»: the village told before")])


passage("da34", "2020-11-19", "Enab Baladi", "two blasts in two cities; a landmark placed at its city",
        "قُتل ثلاثة عناصر من الشرطة العسكرية، اليوم الخميس، بانفجار عبوة ناسفة زرعها مجهولون في سيارتهم وسط مدينة "
        "عفرين شمالي حلب. وفي حادثة منفصلة، أصيب مدنيان بانفجار دراجة نارية مفخخة عند دوار المدينة الرئيسي في رأس "
        "العين.",
        [E("explosion", Q("ثلاثة", 3), PL("عفرين", "Afrin", "Aleppo"), "2020-11-19", None, UNK,
           note="the city, not the governorate the bearing points from"),
         E("explosion", None, PL("رأس العين", "Ras al-Ayn", "Al-Hasakah"), "2020-11-19", None, None,
           note="another blast at another city; a dual: no figure")])


passage("da35", "2016-05-06", "Al-Jazeera", "a taking of two villages of a region, with the battle's dead",
        "سيطرت فصائل «جيش الفتح»، اليوم الجمعة، على قريتي خان طومان والزربة في ريف حلب الجنوبي، بعد اشتباكات "
        "عنيفة مع قوات النظام والميليشيات الموالية لها قُتل خلالها 11 عنصراً من الطرفين.",
        [E("territory_change", Q("11", 11), PL("خان طومان", "Khan Tuman", "Aleppo"), "2016-05-06", None, FSA,
           note="one taking of two villages: the first (group), not the region; the battle's dead are its figure")])


def main() -> None:
    write("gold45.jsonl", P45)


if __name__ == "__main__":
    main()
