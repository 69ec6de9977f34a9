"""Build gold21.jsonl: probe set 21 (ids f01…), written in stop 26 by helper probe21 BEFORE any run on it.

Every passage was written for marsad by the helper, modelled on the phrasing of Arabic reporting on Syria
2011-2025 (pages read for phrasing, never copied); people, villages, figures and dates are invented or varied.
Offsets are computed by build.build (the n-th occurrence of each surface) and checked.

    python benchmarks/data/events_probe/build21.py      # rewrites gold21.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P21: list[dict] = []



def passage(pid, published, outlet, style, text, events):
    P21.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("f01", "2011-05-17", "Al Jazeera", "a night protest in a Homs district fired on, told by activists",
        "أفاد ناشطون حقوقيون للجزيرة نت بأن مئات المحتجين خرجوا مساء اليوم الثلاثاء في مظاهرة ليلية بحي باب "
        "السباع في مدينة حمص، مرددين هتافات تطالب بفك الحصار عن درعا، قبل أن تطلق عناصر من الأمن والشبيحة "
        "الرصاص الحي لتفريقهم، فقُتل شابان وأصيب سبعة آخرون. ودعا الناشطون إلى الخروج بأعداد أكبر "
        "يوم الجمعة المقبل.",
        [E("protest", Q("مئات", 200, 900, True), PL("باب السباع", "Bab al-Sibaa", "Homs"), "2011-05-17",
           "ناشطون حقوقيون", PROT,
           note="fire on a protest: the two dead (dual, no numeral) are the protest's fatalities, not a second "
                "event; Daraa is named for the demand; the Friday appeal is a call; a district as the place")])

passage("f02", "2012-03-08", "Reuters", "Reuters dateline, soldiers' defection ending in Hatay",
        "أنطاكيا (تركيا) (رويترز) - قال ضابط في الجيش السوري الحر يوم الخميس إن 14 جندياً بينهم ملازمان "
        "انشقوا ليل الأربعاء عن كتيبة كانت تتمركز قرب بلدة دركوش في ريف جسر الشغور، وعبروا نهر العاصي سيراً "
        "على الأقدام حتى وصلوا إلى إقليم هاتاي التركي صباح اليوم. ولم يكن بوسع رويترز التثبت من روايته على "
        "الفور.",
        [E("defection", Q("14", 14), PL("دركوش", "Darkush", "Idlib"), "2012-03-07",
           "ضابط في الجيش السوري الحر", GOV,
           note="Antakya is the dateline and Hatay the destination; the lieutenants are a breakdown (dual); the "
                "night before the report (Wednesday)")])

passage("f03", "2013-01-14", "Al Arabiya", "a Jordanian paper relayed: defectors crossing, and the camp's total",
        "نقلت صحيفة «الغد» الأردنية عن مصادر عسكرية حدودية أن 41 منشقاً عن الجيش السوري، من بينهم عقيد ومقدمان، "
        "دخلوا المملكة فجر اليوم الاثنين عبر الساتر الترابي المقابل لبلدة تل شهاب في ريف درعا الغربي، ونُقلوا "
        "بعد التحقيق معهم إلى مخيم الراجحي في محافظة المفرق. وأضافت المصادر أن عدد المنشقين في المخيم ارتفع "
        "بذلك إلى قرابة 2200 عسكري من مختلف الرتب.",
        [E("defection", Q("41", 41), PL("تل شهاب", "Tell Shihab", "Daraa"), "2013-01-14",
           "مصادر عسكرية حدودية", GOV,
           note="defection told by arrival; the crossing faces Tell Shihab (gold: the Syrian village, the most "
                "specific Syrian place); the camp is where they were taken; officers a breakdown; the paper "
                "relays the border sources (gold names the sources)"),
         E("defection", Q("قرابة 2200", 2200, 2200, True), None,
           "2013-01-14", "مصادر عسكرية حدودية", GOV, kind="aggregate",
           note="MENDED stop 30 (conventions): a running total of those residing abroad has no place (README convention a, the lead's stop-28 call, restated at stop 30; was: the residence abroad); running total of defectors held in the camp; dated by the report")])

passage("f04", "2019-06-09", "AFP", "SOHR via AFP: regime rockets and Russian raids in southern Idlib",
        "قُتل خمسة مدنيين، بينهم طفلان، اليوم الأحد إثر سقوط صواريخ أطلقتها قوات النظام على أحياء سكنية في مدينة "
        "كفرنبل بريف إدلب الجنوبي، بحسب حصيلة أوردها المرصد السوري لحقوق الإنسان. وسجّل المرصد أيضاً تنفيذ الطائرات "
        "الحربية الروسية ست غارات على أطراف بلدة حاس المجاورة، من دون أن تسفر عن ضحايا. وتتعرض المنطقة منذ "
        "نهاية نيسان/أبريل لتصعيد شبه يومي.",
        [E("shelling", Q("خمسة", 5), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2019-06-09",
           "المرصد السوري لحقوق الإنسان", GOV, note="rocket fire from the ground: shelling; children a breakdown"),
         E("airstrike", Q("ست", 6), PL("حاس", "Hass", "Idlib"), "2019-06-09", "المرصد", RUS,
           note="raids are the count (no casualties); the escalation since April is a state, not an event")])

passage("f05", "2016-04-20", "SANA", "old SANA dateline, 'terrorists' mortars on the Old City",
        "دمشق-سانا\nاستشهد مواطنان وأصيب تسعة آخرون بجروح جراء سقوط قذائف هاون أطلقها إرهابيون من مواقع "
        "انتشارهم في حي جوبر على منطقة باب توما في دمشق القديمة صباح اليوم. وذكر مصدر في قيادة شرطة دمشق "
        "لمراسل سانا أن أربع قذائف سقطت في محيط ساحة باب توما وأحد الشوارع المتفرعة عنها، متسببة بأضرار مادية "
        "في عدد من المحال والسيارات.",
        [E("shelling", Q("أربع", 4), PL("باب توما", "Bab Touma", "Damascus"), "2016-04-20",
           "مصدر في قيادة شرطة دمشق", None,
           note="the dead are a dual without numeral, so the shells are the figure (judgement); Jobar is where the "
                "fire came from; 'terrorists' names no force (no agent, as set 18's b08)")])

passage("f06", "2014-02-11", "Orient News", "barrel bombs on an Aleppo district, and the month's barrel toll",
        "رمت مروحيات تابعة للنظام في الساعات الأولى من صباح اليوم الثلاثاء على حي الشعار شرقي حلب أربعة براميل "
        "متفجرة، سقط أحدها قرب سوق الخضار المزدحم، فقتل 11 شخصاً، بينهم ثلاث نساء، وفق ما أفاد مراسل أورينت في المدينة. "
        "ووفق إحصاء لمركز حلب الإعلامي، ارتفعت حصيلة قتلى البراميل في أحياء المدينة منذ مطلع الشهر إلى 236 "
        "قتيلاً.",
        [E("airstrike", Q("11", 11), PL("الشعار", "al-Shaar", "Aleppo"), "2014-02-11", "مراسل أورينت", GOV,
           note="barrel bombs from helicopters; the dead are the figure (the barrels are the count of munitions); "
                "women a breakdown; the market is a spot in the district"),
         E("airstrike", Q("236", 236), PL("حلب", "Aleppo", "Aleppo"), None, "مركز حلب الإعلامي", GOV,
           kind="aggregate",
           note="a running toll of barrel-bomb deaths since the start of the month (judgement: airstrike, the act is "
                "named; a second coder could code casualties); «المدينة» is Aleppo; a period, no single date")])

passage("f07", "2015-08-06", "SOHR", "IS takes a town after car bombs; SOHR gives the battle's dead",
        "سيطر تنظيم «الدولة الإسلامية» بشكل كامل على مدينة القريتين في ريف حمص الجنوبي الشرقي، إثر هجوم بدأه "
        "ليل الأربعاء بتفجير ثلاث عربات مفخخة عند حواجز قوات النظام على مداخلها. وقال المرصد السوري لحقوق "
        "الإنسان إن المعارك أسفرت حتى ظهر اليوم الخميس عن مقتل ما لا يقل عن 60 عنصراً من الطرفين، مشيراً إلى أن "
        "التنظيم بات على بعد نحو 20 كيلومتراً من طريق حمص–دمشق.",
        [E("territory_change", Q("ما لا يقل عن 60", 60, None, True), PL("القريتين", "al-Qaryatayn", "Homs"),
           "2015-08-06", "المرصد السوري لحقوق الإنسان", IS,
           note="the battle's dead on the taking; the car bombs open the same attack (one incident, judgement); the "
                "vehicles are not the figure; the road is a bearing; the opening sentence has no source of its own, "
                "SOHR tells the toll (gold SOHR)")])

passage("f08", "2017-01-25", "Hawar News Agency", "ANHA: Turkish artillery on Afrin villages",
        "عفرين – ANHA\nقصف جيش الاحتلال التركي صباح اليوم قرى مريمين وكالوتة وجلبرة التابعة لناحية شيراوا في "
        "مقاطعة عفرين بما يزيد على 30 قذيفة مدفعية انطلقت من قاعدته قرب بلدة كلجبرين الخاضعة لسيطرة مرتزقته، فجُرح "
        "ثلاثة مدنيين أحدهم طفل، فضلاً عن أضرار لحقت بالمنازل والحقول، حسب مراسل وكالتنا في المقاطعة.",
        [E("shelling", Q("ما يزيد على 30", 30, None, True), PL("مريمين", "Maryamin", "Aleppo"), "2017-01-25",
           "مراسل وكالتنا", TUR,
           note="one act on a list of villages: a group scored at the first; Kaljibrin is where the fire came from; "
                "Afrin and Sherawa are the region; the shells are the count, the three injured are not")])

passage("f09", "2018-07-15", "Enab Baladi", "the first evacuation convoy from Daraa al-Balad",
        "خرجت صباح اليوم، الأحد 15 من تموز، أولى قوافل المهجرين من أحياء درعا البلد باتجاه الشمال السوري، "
        "وضمت 15 حافلة تقل نحو 750 شخصاً من المقاتلين الرافضين للتسوية وعائلاتهم، وفق مراسل عنب بلدي "
        "هناك. وتجمعت الحافلات عند معبر سجنة قبل انطلاقها، على أن تخرج دفعة ثانية خلال الأيام المقبلة.",
        [E("other", Q("نحو 750", 750, 750, True), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2018-07-15",
           "مراسل عنب بلدي", None,
           note="an evacuation; the north is the destination; the buses are not the figure; the crossing is where "
                "they gathered (in Daraa al-Balad); the second batch is a future; no actor1")])

passage("f10", "2018-07-04", "SANA", "old SANA: 'security and stability restored' to towns",
        "درعا-سانا\nواصلت وحدات من الجيش العربي السوري عملياتها في ريف درعا الشرقي، وأعادت الأمن والاستقرار "
        "اليوم إلى بلدات بصر الحرير والمليحة الغربية وناحتة إثر إنهاء وجود الإرهابيين فيها، وفق ما "
        "أفاد مراسل سانا. ولفت المراسل إلى أن وحدات الهندسة بدأت تمشيط البلدات لتفكيك العبوات والألغام التي "
        "خلفها الإرهابيون تمهيداً لعودة الأهالي.",
        [E("territory_change", None, PL("بصر الحرير", "Busra al-Harir", "Daraa"), "2018-07-04", "مراسل سانا", GOV,
           note="SANA's wording for towns taken; a list of towns: a group scored at the first; the demining is an "
                "aim, the return a future")])

passage("f11", "2019-11-19", "North Press", "a Turkish drone on an SDF car on a road east of Qamishli",
        "القامشلي – نورث برس\nقُتل عنصران من قوات سوريا الديمقراطية وأصيب ثالث، مساء الثلاثاء، إثر استهداف طائرة "
        "مسيّرة تركية سيارتهم العسكرية على الطريق الواصل بين بلدة القحطانية وقرية خربة عمو شرق القامشلي. وقال "
        "مصدر في قوى الأمن الداخلي (الأسايش) لنورث برس إن السيارة كانت عائدة من نقطة حراسة قرب الحدود حين "
        "استُهدفت بصاروخين.",
        [E("airstrike", None, PL("القحطانية", "al-Qahtaniyah", "Al-Hasakah"), "2019-11-19",
           "مصدر في قوى الأمن الداخلي (الأسايش)", TUR,
           note="a drone strike; the dead and the missiles are duals without numeral: no figure; a road between two "
                "places (gold the first); Qamishli is a bearing and the dateline; «قوى الأمن الداخلي» here are the "
                "SDF's Asayish (2019); the border post is where the car came from")])

passage("f12", "2020-04-16", "Horan Free League", "an assassination by gunmen, and a recalled IED",
        "أفاد «تجمع أحرار حوران» بمقتل القائد السابق في الجيش الحر «أبو ماجد الزعبي» اليوم الخميس، برصاص شخصين "
        "ملثمين اعترضاه أمام منزله في بلدة تسيل غربي درعا ثم لاذا بالفرار. وتأتي الحادثة بعد ثلاثة أيام من "
        "انفجار عبوة ناسفة بسيارة عسكرية للفرقة الرابعة قرب بلدة سحم الجولان، قُتل فيه عنصران من الفرقة.",
        [E("armed_clash", None, PL("تسيل", "Tasil", "Daraa"), "2020-04-16", "تجمع أحرار حوران", UNK,
           note="an assassination by gunfire (as earlier sets); one killed, no numeral; two masked men: unidentified; "
                "the victim's former faction (the FSA) is not an actor of the act"),
         E("explosion", None, PL("سحم الجولان", "Saham al-Jawlan", "Daraa"), "2020-04-13", None, None,
           note="recalled with its own day (three days before Thursday); the dead are a dual (no figure); «وتأتي "
                "الحادثة» is the writer's background: the outlet; nobody named as the planter; the Fourth Division is the target")])

passage("f13", "2020-03-01", "SNHR", "SNHR monthly report: the month's civilian dead and arrests",
        "قالت الشبكة السورية لحقوق الإنسان، في حصيلتها عن شهر شباط/فبراير 2020 التي نشرتها اليوم الأحد، إنها سجلت "
        "مقتل 274 مدنياً، بينهم 76 طفلاً و41 سيدة، قتلت قوات النظام السوري 177 منهم والقوات الروسية 58. وأحصت "
        "الشبكة في الشهر نفسه ما لا يقل عن 165 حالة احتجاز تعسفي، تركز معظمها في محافظتي ريف دمشق ودرعا.",
        [E("casualties", Q("274", 274), None, "2020-02", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a month's civilian toll for the country; children, women and the perpetrators are breakdowns (two "
                "killers: no single actor1)"),
         E("arrest", Q("ما لا يقل عن 165", 165, None, True), None, "2020-02", "الشبكة السورية لحقوق الإنسان",
           None, kind="aggregate",
           note="the month's arrests; two governorates named for most of them: no single place")])

passage("f14", "2021-06-10", "Step News Agency", "regime shelling on al-Ghab and Jabal al-Zawiya",
        "أفاد مراسل وكالة ستيب الإخبارية بأن قوات النظام استهدفت انطلاقاً من معسكر جورين صباح اليوم الخميس "
        "قرية الزيارة في سهل الغاب بأكثر من 25 قذيفة مدفعية وصاروخية، فقتلت امرأة مع طفلها. وفي ريف إدلب "
        "الجنوبي، قصفت القوات ذاتها بلدتي فليفل وسفوهن في جبل الزاوية بعشرات القذائف، دون ورود أنباء عن إصابات.",
        [E("shelling", Q("أكثر من 25", 25, None, True), PL("الزيارة", "al-Ziyarah", "Hama"), "2021-06-10",
           "مراسل وكالة ستيب الإخبارية", GOV,
           note="Jurin camp is where the fire came from; a woman and her child, no numeral: the shells are the "
                "figure"),
         E("shelling", Q("عشرات", 20, 90, True), PL("فليفل", "Fleifel", "Idlib"), "2021-06-10",
           "مراسل وكالة ستيب الإخبارية", GOV,
           note="«القوات ذاتها» carries the regime; two towns: a group scored at the first; the source carries "
                "over")])

passage("f15", "2022-08-23", "Syria TV", "HTS's security service arrests young men in a raid",
        "قالت مصادر محلية لموقع تلفزيون سوريا إن جهاز الأمن العام التابع لهيئة تحرير الشام اعتقل فجر اليوم "
        "الثلاثاء ستة شبان من بلدة سرمدا شمالي إدلب، بعد مداهمة منازلهم بتهمة التواصل مع خلايا تابعة لتنظيم "
        "الدولة، واقتادهم إلى سجن العقاب في جبل الزاوية. وأضافت المصادر أن الهيئة صادرت هواتف ذوي المعتقلين "
        "ومنعتهم من السؤال عنهم.",
        [E("arrest", Q("ستة", 6), PL("سرمدا", "Sarmada", "Idlib"), "2022-08-23", "مصادر محلية", HTS,
           note="the prison is the destination; IS is named in the charge, not an actor; the confiscation is part "
                "of the raid")])

passage("f16", "2023-08-30", "Deir ez-Zor 24", "tribal fighters attack an SDF checkpoint; SDF raids in reply",
        "هاجم مقاتلون من العشائر العربية فجر اليوم الأربعاء حاجزاً لقوات سوريا الديمقراطية (قسد) عند مدخل بلدة "
        "الطيانة في ريف دير الزور الشرقي، واشتبكوا مع عناصره أكثر من ساعتين، فقُتل أربعة عناصر من قسد "
        "وأُسر اثنان آخران، بحسب مراسل دير الزور 24. وفي المقابل شنّت قسد حملة دهم في بلدة الحوايج اعتقلت خلالها "
        "13 شاباً بتهمة المشاركة في الهجوم.",
        [E("armed_clash", Q("أربعة", 4), PL("الطيانة", "al-Tayyana", "Deir ez-Zor"), "2023-08-30",
           "مراسل دير الزور 24", TRIBES,
           note="the attacker is actor1; the two captured (dual) are part of the clash; the hours are a duration"),
         E("arrest", Q("13", 13), PL("الحوايج", "al-Hawayij", "Deir ez-Zor"), "2023-08-30", "مراسل دير الزور 24",
           SDF, note="dated by the same report; the source carries over")])

passage("f17", "2023-02-22", "Al Jazeera", "SANA's military source on an Israeli strike south of Damascus",
        "قال مصدر عسكري لوكالة الأنباء السورية (سانا) إن الطيران الإسرائيلي نفذ فجر اليوم الأربعاء "
        "ضربات بصواريخ أطلقها من فوق الجولان المحتل، طالت مواقع عسكرية قرب مدينة الكسوة في ريف دمشق، وأسفرت عن "
        "استشهاد ثلاثة جنود وجرح خمسة. وأشار المصدر إلى أن الدفاعات الجوية اعترضت عدداً من الصواريخ قبل وصولها "
        "إلى أهدافها.",
        [E("airstrike", Q("ثلاثة", 3), PL("الكسوة", "al-Kiswah", "Rif Dimashq"), "2023-02-22", "مصدر عسكري", ISR,
           note="the Golan is where the missiles came from; the interception is part of the "
                "act; the injured are not the figure; SANA relays the military source")])

passage("f18", "2024-07-01", "Syria TV", "a protest against Turkey in al-Bab",
        "خرج مئات المحتجين مساء اليوم الاثنين في مدينة الباب شرقي حلب، احتجاجاً على الاعتداءات التي "
        "طالت لاجئين سوريين في ولاية قيصري التركية، وتوجه بعضهم إلى مبنى المجلس المحلي وأنزلوا العلم التركي "
        "عنه. وقال ناشطون إن عناصر من الشرطة العسكرية أطلقوا الرصاص في الهواء لإبعاد المحتجين، فيما تحدثت مصادر "
        "طبية عن إصابة ثمانية أشخاص بجروح.",
        [E("protest", Q("مئات", 200, 900, True), PL("الباب", "al-Bab", "Aleppo"), "2024-07-01", "ناشطون", PROT,
           note="MENDED stop 30 (conventions): a next sentence that comes back to the same incident names its source (README stop 30; sets 1-21 and news_dev carry it back about 27 times against 4; was: the outlet); Kayseri is named for the reason; the dispersal is part of the protest, told by the "
                "activists; the injured are not the figure")])

passage("f19", "2024-11-28", "Anadolu Agency", "the operations room's first day: a base and villages west of Aleppo",
        "قالت «إدارة العمليات العسكرية»، التي تضم فصائل المعارضة السورية، إن مقاتليها سيطروا اليوم الخميس على مقر "
        "الفوج 46 غربي حلب، بعد ساعات من إطلاقها معركة «ردع العدوان» ضد قوات النظام والميليشيات الإيرانية. وقالت في "
        "بيان إن الفصائل سيطرت أيضاً على 12 قرية وبلدة في ريف حلب الغربي بينها قبتان الجبل والشيخ عقيل، بهدف "
        "قطع طريق حلب–دمشق الدولي.",
        [E("territory_change", None, PL("الفوج 46", "46th Regiment base", "Aleppo"), "2024-11-28",
           "إدارة العمليات العسكرية", FSA,
           note="a base named with a number (no count); Aleppo is a bearing; the text names the opposition factions; "
                "the battle's launch is its frame"),
         E("territory_change", None, PL("قبتان الجبل", "Qabtan al-Jabal", "Aleppo"), "2024-11-28",
           "إدارة العمليات العسكرية", FSA,
           note="villages named in a list: a group scored at the first; the 12 are villages, not a figure of "
                "people; cutting the road is an aim")])

passage("f20", "2025-01-16", "SANA", "new SANA: the general security arrests 'remnants' in a Homs district",
        "حمص-سانا\nاعتقلت عناصر إدارة الأمن العام تسعة مطلوبين من فلول النظام البائد داخل حي وادي الذهب في "
        "حمص، خلال حملة تمشيط واسعة نفذتها اليوم بمشاركة وحدات من وزارة الدفاع. وأوضح مصدر أمني لمراسل سانا أن "
        "المقبوض عليهم متورطون في جرائم قتل بحق مدنيين، وأن الحملة أسفرت عن ضبط مستودع يحوي أسلحة وذخائر "
        "متنوعة.",
        [E("arrest", Q("تسعة", 9), PL("وادي الذهب", "Wadi al-Dhahab", "Homs"), "2025-01-16", "مصدر أمني",
           NEWGOV,
           note="the depot seized is part of the raid; the defence ministry takes part (not the source); the "
                "charges are not events")])

passage("f21", "2025-03-08", "Asharq Al-Awsat", "an ambush on the coast, and SOHR's running toll",
        "أعلنت وزارة الداخلية السورية أن مجموعة من فلول النظام السابق نصبت كميناً لدورية تابعة للأمن العام على "
        "طريق بانياس–القدموس مساء الخميس، وقتلت 13 عنصراً من الدورية. في غضون ذلك، ذكر المرصد السوري لحقوق "
        "الإنسان أن عدد القتلى في الساحل السوري منذ الخميس تجاوز 740 شخصاً، معظمهم مدنيون قتلوا في "
        "عمليات تصفية.",
        [E("armed_clash", Q("13", 13), PL("بانياس", "Baniyas", "Tartus"), "2025-03-06", "وزارة الداخلية السورية",
           LOYAL, note="an ambush; a road named by two towns (gold the first); Thursday before the Saturday report"),
         E("casualties", Q("740", 740, None, True), PL("الساحل السوري", "Syrian coast", None), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="a running toll since Thursday over the coast region; «تجاوز» is the bound; the killings are "
                "told with no single act or actor")])

passage("f22", "2025-07-15", "Suwayda 24", "Suwayda 24: Bedouin and Druze fighters clash; army columns enter",
        "السويداء 24: تجددت الاشتباكات صباح اليوم الثلاثاء بين مقاتلين من العشائر البدوية ومسلحين دروز من "
        "الفصائل المحلية في بلدة المزرعة غربي السويداء، وسط قصف متبادل بقذائف الهاون طال أحياء سكنية في البلدة. وقالت الشبكة إن 19 شخصاً "
        "قتلوا منذ الصباح بينهم ستة مدنيين، في حين دخلت أرتال تابعة لوزارة الدفاع إلى المنطقة من جهة بلدة ولغا.",
        [E("armed_clash", Q("19", 19), PL("المزرعة", "al-Mazraa", "As-Suwayda"), "2025-07-15", "السويداء 24",
           None,
           note="two sides, no actor1; the mutual mortar fire is part of the clash; civilians a breakdown; "
                "Sweida a bearing"),
         E("reinforcement", None, PL("المزرعة", "al-Mazraa", "As-Suwayda"), "2025-07-15", "السويداء 24", NEWGOV,
           note="«المنطقة» is the clashes' area (judgement: al-Mazraa; a coder could give Sweida); Walgha is where "
                "the columns came from; the defence ministry is the force, not the source")])

passage("f23", "2025-05-07", "Anadolu Agency", "Anadolu: an Israeli incursion with arrests in Quneitra",
        "القنيطرة/ الأناضول\nدخلت ست آليات عسكرية للجيش الإسرائيلي، الأربعاء، إلى بلدة جباتا الخشب بريف القنيطرة "
        "الشمالي، وفتش جنودها عدداً من المنازل قبل أن يعتقلوا أربعة شبان ويقتادوهم إلى جهة مجهولة. وأفاد مراسل "
        "الأناضول بأن القوة انسحبت لاحقاً باتجاه خط وقف إطلاق النار في الجولان المحتل.",
        [E("arrest", Q("أربعة", 4), PL("جباتا الخشب", "Jubata al-Khashab", "Quneitra"), "2025-05-07",
           "مراسل الأناضول", ISR,
           note="the incursion is the arrest's setting (one incident); the vehicles are not the figure; the Golan "
                "is where they withdrew; the opening sentence is the correspondent's (gold the correspondent)")])

passage("f24", "2025-01-19", "Hawar News Agency", "a Turkish drone on a civilian convoy heading to a dam",
        "استهدفت طائرة مسيرة لجيش الاحتلال التركي ظهيرة اليوم قافلة مدنيين كانت متجهة من مدينة الطبقة نحو "
        "سد تشرين للمشاركة في الاعتصام الشعبي، وذلك قرب قرية أبو قلقل، ما أسفر عن استشهاد ثلاثة مدنيين وإصابة 14 "
        "آخرين. وكانت مسيرة تركية قد قصفت يوم الجمعة الماضي خيمة للمعتصمين عند جسم السد، ما أدى إلى إصابة خمسة "
        "أشخاص.",
        [E("airstrike", Q("ثلاثة", 3), PL("أبو قلقل", "Abu Qalqal", "Aleppo"), "2025-01-19", None, TUR,
           note="Tabqa is the origin, the dam the destination; the sit-in is a state; no source named: the outlet"),
         E("airstrike", None, PL("سد تشرين", "Tishrin Dam", "Aleppo"), "2025-01-17", None, TUR,
           note="recalled with its own day; a facility as the place («السد» is the dam); injured only: the five "
                "are injured, no count or fatalities (judgement)")])

passage("f25", "2013-04-12", "Zaman al-Wasl", "a car bomb in a Jaramana district, relayed from activists",
        "انفجرت سيارة مفخخة مساء اليوم الجمعة قرب مدخل حي الروضة بمدينة جرمانا في ريف دمشق، الخاضعة لسيطرة "
        "اللجان الشعبية الموالية للنظام، ما أدى إلى مقتل تسعة أشخاص على الأقل وإصابة أكثر من 20، بحسب ما نقل موقع "
        "«زمان الوصل» عن ناشطين في المنطقة. ولم يصدر تبنٍّ للتفجير من أي طرف.",
        [E("explosion", Q("تسعة", 9, None, True), PL("الروضة", "al-Rawda", "Rif Dimashq"), "2013-04-12",
           "ناشطين في المنطقة", None,
           note="a district of Jaramana as the place; the militia controls the area (a state, not the agent); "
                "unclaimed; the injured are not the figure; the outlet relays activists (gold the activists)")])

passage("f26", "2012-04-27", "Al-Hayat", "a Friday's national toll from the LCC, and one town's protest",
        "قالت لجان التنسيق المحلية إن 31 شخصاً قتلوا اليوم الجمعة برصاص قوات الأمن والجيش في مناطق سورية عدة، "
        "معظمهم في حماة وإدلب، بعدما خرج المتظاهرون كعادتهم كل جمعة في ما سمي «جمعة سننتصر ويُهزم الأسد». وفي "
        "بنش، فرّقت قوات الأمن تظاهرة حاشدة بالرصاص والغاز المسيل للدموع، بحسب ناشطين، ما أدى إلى مقتل شاب.",
        [E("casualties", Q("31", 31), None, "2012-04-27", "لجان التنسيق المحلية", GOV, kind="aggregate",
           note="a day's national toll over many places (two governorates named for most): no place; the killer "
                "is named; the weekly protests are a habit"),
         E("protest", None, PL("بنش", "Binnish", "Idlib"), "2012-04-27", "ناشطين", PROT,
           note="a protest dispersed with fire; one dead (singular, no numeral); no size figure")])

passage("f27", "2016-05-04", "SMART News", "a clinic hit by jets 'probably Russian', and Moscow's denial",
        "أعلن الدفاع المدني السوري مقتل 14 شخصاً، بينهم ممرضان، اليوم الأربعاء في غارتين نفذتهما طائرات حربية "
        "يُرجح أنها روسية على مستوصف ميداني في حي الكلاسة بمدينة حلب، توقف المستوصف بعدهما عن العمل. غير أن "
        "وزارة الدفاع الروسية أكدت في بيان أن طائراتها لم تنفذ أي طلعات فوق حلب منذ أيام.",
        [E("airstrike", Q("14", 14), PL("الكلاسة", "al-Kallasa", "Aleppo"), "2016-05-04", "الدفاع المدني السوري",
           RUS,
           note="a hedged perpetrator (gold takes the named one, judgement); the clinic is unnamed, the district "
                "is the place; the denial is the other side's telling of the same act, not an event")])

passage("f28", "2017-07-21", "Al-Modon", "HTS against Ahrar al-Sham: a clash and a crossing taken",
        "تجددت المواجهات اليوم الجمعة بين «تحرير الشام» و«أحرار الشام» في ريف إدلب، بعد هجوم "
        "شنته الهيئة على مقرات الحركة في مدينة سراقب أسفر عن مقتل سبعة مقاتلين من الطرفين. وعلمت «المدن» من "
        "مصادر محلية أن الهيئة سيطرت مساءً على معبر باب الهوى على الحدود التركية، عقب انسحاب عناصر الحركة منه إلى "
        "ريف حلب الغربي.",
        [E("armed_clash", Q("سبعة", 7), PL("سراقب", "Saraqib", "Idlib"), "2017-07-21", None, HTS,
           note="HTS attacked: actor1; the opening sentence has no source: the outlet"),
         E("territory_change", None, PL("معبر باب الهوى", "Bab al-Hawa crossing", "Idlib"), "2017-07-21",
           "مصادر محلية", HTS,
           note="a crossing as the place; Turkey is named for the border; western Aleppo is where Ahrar withdrew")])

passage("f29", "2019-10-20", "Anadolu Agency", "Turkish MoD: an SDF convoy leaves Ras al-Ain, the SNA enters",
        "أنقرة/ الأناضول\nقالت وزارة الدفاع التركية، الأحد، إن قافلة تضم 86 آلية تابعة لتنظيم «ي ب ك/ بي كي كي» "
        "غادرت مدينة رأس العين شمال شرقي سوريا باتجاه الجنوب، بموجب تفاهم تعليق العملية، وأن عناصر الجيش الوطني "
        "السوري دخلوا المدينة عقب ذلك. وأشارت الوزارة إلى تحييد 765 إرهابياً منذ انطلاق عملية «نبع السلام» في 9 "
        "تشرين الأول/أكتوبر الجاري.",
        [E("territory_change", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), "2019-10-20",
           "وزارة الدفاع التركية", SNA,
           note="the withdrawal and the entry are one change of hands (judgement); the vehicles are not a figure; "
                "Ankara is the dateline; the understanding is its frame"),
         E("casualties", Q("765", 765), None, None, "وزارة الدفاع التركية", TUR, kind="aggregate",
           note="running 'neutralised' total since the operation began (as set 18's b30); «الوزارة» is the MoD; "
                "no place for it")])

passage("f30", "2020-05-12", "Baladi News", "families returning to Jabal al-Zawiya after the ceasefire",
        "بلدي نيوز – إدلب\nعادت قرابة 420 عائلة نازحة خلال الأيام الماضية إلى بلداتها في منطقة جبل الزاوية جنوب "
        "إدلب، مستفيدة من الهدوء الحذر الذي تعيشه المنطقة منذ دخول التفاهم الروسي التركي على وقف القتال حيز "
        "التنفيذ في الخامس من آذار الماضي، بحسب فريق «منسقو استجابة سوريا». وأشار الفريق إلى أن معظم العائدين يقيمون في منازل متضررة "
        "جزئياً.",
        [E("other", Q("قرابة 420", 420, 420, True), PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), None,
           "منسقو استجابة سوريا", None, kind="aggregate",
           note="returns over several days (families counted); the March ceasefire is recalled background, not "
                "news; the calm is a state")])

passage("f31", "2021-03-03", "SOHR", "SOHR opener: a landmine kills truffle hunters, and the season's toll",
        "المرصد السوري: قُتل ستة من جامعي الكمأة، بينهم فتى، اليوم الأربعاء، جراء انفجار لغم أرضي من مخلفات تنظيم "
        "«الدولة الإسلامية» بسيارتهم في بادية السخنة شرقي حمص. وبذلك، يرتفع عدد الذين قضوا من جامعي الكمأة في "
        "البادية السورية منذ مطلع شباط/فبراير الفائت إلى 54 شخصاً، بعضهم بألغام وآخرون بهجمات نفذتها خلايا "
        "التنظيم.",
        [E("explosion", Q("ستة", 6), PL("بادية السخنة", "Sukhnah desert", "Homs"), "2021-03-03", "المرصد السوري",
           IS, note="a war-remnant landmine; IS as actor1 for its remnant is a judgement (a second coder could leave "
                    "it unnamed); a desert region as the place; Homs a bearing"),
         E("casualties", Q("54", 54), PL("البادية السورية", "Syrian Badia", None), None, "المرصد السوري", None,
           kind="aggregate",
           note="running toll since early February over a multi-governorate region; mines and attacks: no single "
                "act")])

passage("f32", "2022-05-29", "Al-Watan (Syria)", "Al-Watan: an infiltration repelled, then artillery",
        "تصدت وحدات من الجيش العربي السوري العاملة في ريف حماة الشمالي الغربي، ليل أمس، لمحاولة تسلل نفذتها "
        "مجموعات إرهابية من «النصرة» باتجاه نقاطها على محور قرية الحويز، وأوقعت في صفوفها قتلى ومصابين، بحسب ما "
        "أكده مصدر ميداني لـ«الوطن». وتابع المصدر أن مدفعية الجيش استهدفت فجر اليوم تحركات الإرهابيين في محيط "
        "بلدة قسطون.",
        [E("armed_clash", None, PL("الحويز", "al-Huwayz", "Hama"), "2022-05-28", "مصدر ميداني", HTS,
           note="a repelled infiltration: the attacker (al-Nusra, named) is actor1; dead and wounded without a "
                "numeral"),
         E("shelling", None, PL("قسطون", "Qastun", "Hama"), "2022-05-29", "مصدر ميداني", GOV,
           note="the source carries over («المصدر»); no figure")])

passage("f33", "2024-09-10", "Sky News Arabia", "an Israeli strike on a Mezzeh flat, SOHR and SANA",
        "قُتل ثلاثة أشخاص، بينهم مستشار في الحرس الثوري الإيراني، في غارة إسرائيلية استهدفت شقة سكنية في حي "
        "المزة غربي دمشق فجر اليوم الثلاثاء، بحسب المرصد السوري لحقوق الإنسان. ونقلت وكالة الأنباء السورية "
        "(سانا) عن مصدر عسكري أن الدفاعات الجوية اعترضت عدداً من الصواريخ القادمة من اتجاه الجولان، وأن الخسائر "
        "اقتصرت على الماديات.",
        [E("airstrike", Q("ثلاثة", 3), PL("المزة", "Mezzeh", "Damascus"), "2024-09-10",
           "المرصد السوري لحقوق الإنسان", ISR,
           note="the IRGC adviser is a target and a breakdown; the Golan is where the missiles came from; the "
                "military source's telling (interception, no losses) is the other side's telling of the same act")])

passage("f34", "2019-09-15", "SANA", "old SANA: an amnesty decree covering desertion",
        "دمشق-سانا\nأصدر الرئيس بشار الأسد اليوم مرسوماً تشريعياً يحمل الرقم 23 لعام 2019، يمنح بموجبه عفواً "
        "عاماً عن جرائم ارتكبت قبل صدوره. ويشمل المرسوم العقوبة كاملة في جرائم الفرار الداخلي والخارجي، على ألا "
        "يستفيد منه الفارون المتوارون إلا إذا سلموا أنفسهم خلال 90 يوماً في الفرار الداخلي و180 يوماً في الفرار "
        "الخارجي.",
        [E("desertion", None, None, "2019-09-15", None, GOV,
           note="an amnesty decree for deserters (desertion, as news_dev); the decree number and the days are not "
                "counts; the condition is a term, not a future event; no place; the outlet's own item")])

passage("f35", "2025-04-02", "Asharq Al-Awsat", "an agreement on two Aleppo districts, and detainees released",
        "أعلن المجلس العام لحيي الشيخ مقصود والأشرفية في حلب، أمس، التوصل إلى اتفاق مع الحكومة السورية ينص على "
        "انسحاب الوحدات العسكرية التابعة لـ«قسد» من الحيين إلى شرق الفرات، مع بقاء قوى الأمن الداخلي (الأسايش) "
        "فيهما. وفي إطار الاتفاق، أفرج الطرفان اليوم الأربعاء عن نحو 250 موقوفاً، بحسب ما أفاد مصدر محلي لـ«الشرق "
        "الأوسط».",
        [E("agreement", None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), "2025-04-01",
           "المجلس العام لحيي الشيخ مقصود والأشرفية", None,
           note="two districts, one deal (gold the first); the withdrawal east of the Euphrates is a term, a "
                "future; two parties, no actor1"),
         E("other", Q("نحو 250", 250, 250, True), PL("حلب", "Aleppo", "Aleppo"), "2025-04-02", "مصدر محلي", None,
           note="a release of detainees by both sides (exchange); the text places it only by the deal (judgement: "
                "the city; a coder could give Sheikh Maqsoud)")])

passage("f36", "2025-06-03", "SANA", "new SANA: a mass grave east of Deir ez-Zor",
        "دير الزور-سانا\nانتشلت فرق الدفاع المدني السوري اليوم رفات 17 شخصاً من مقبرة جماعية اكتشفها مزارعون قرب "
        "بلدة المريعية شرق مدينة دير الزور. وقال مدير الدفاع المدني في المحافظة لمراسل سانا إن الفرق ستواصل البحث "
        "غداً وسط ترجيحات بوجود رفات أخرى، مشيراً إلى أن المنطقة شهدت إعدامات جماعية نفذها تنظيم «داعش» عام "
        "2014.",
        [E("other", Q("17", 17), PL("المريعية", "al-Muraiya", "Deir ez-Zor"), "2025-06-03",
           "مدير الدفاع المدني في المحافظة", None,
           note="bodies found; the opening sentence is the outlet's, the official gives detail (gold the official: "
                "judgement); the search tomorrow is a future; IS's 2014 executions are background with no count "
                "or place of their own")])

passage("f37", "2013-03-19", "Orient News", "regime jets on Raqqa days after its capture",
        "قال ناشطون لأورينت نت إن الطيران الحربي التابع للنظام شنّ ظهر اليوم الثلاثاء غارتين على حي المشلب في "
        "مدينة الرقة، وأسفرت عن مقتل ستة أشخاص بينهم طفلان، وذلك بعد أيام من سيطرة كتائب الجيش الحر على كامل "
        "المدينة. وأضاف الناشطون أن طائرة ثالثة استهدفت مبنى المحافظة بصاروخين دون وقوع إصابات.",
        [E("airstrike", Q("ستة", 6), PL("المشلب", "al-Mashlab", "Raqqa"), "2013-03-19", "ناشطون", GOV,
           note="two raids (dual) on a district; the dead are the figure; the capture days before is undated "
                "background"),
         E("airstrike", None, PL("الرقة", "Raqqa", "Raqqa"), "2013-03-19", "ناشطون", GOV,
           note="a second raid on another target (the governorate building, unnamed facility: gold the city); no "
                "figure (dual missiles); the activists carry over")])


def main() -> None:
    write("gold21.jsonl", P21)


if __name__ == "__main__":
    main()
