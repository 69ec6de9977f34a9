"""Build gold20.jsonl: probe set 20 (ids e01...), written by helper probe20 in stop 26.

Every passage was written anew for marsad, modelled on the phrasing of Arabic reporting on Syria
2011-2025 read in the search tool's `pages` corpus (never copied); people, villages, figures and
dates are invented or varied. The gold was written with the passages and committed BEFORE marsad
was run on them. Offsets are computed by build.build (the n-th occurrence of each surface) and checked.

    python benchmarks/data/events_probe/build20.py      # rewrites gold20.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PROT, RUS, SDF, SNA, TUR, UNID, E, PL, Q, write  # noqa: E402,F401
from build import TRIBES as TRIBE  # noqa: E402

USF = "US forces"
EU = "European Union"

P20: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P20.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("e01", "2011-07-15", "Al Jazeera", "a Friday protest fired on, told by the revolution's coordination union", """
قال اتحاد تنسيقيات الثورة السورية إن عشرات الآلاف تدفقوا إلى شوارع مدينة دير الزور شرقي البلاد عقب صلاة الجمعة اليوم، وهتفوا مطالبين بإسقاط النظام، وإن عناصر الأمن فتحوا النار على المحتجين لدى وصولهم إلى حي الجورة، ما أوقع ثلاثة قتلى وأكثر من عشرين جريحاً. ولم يتسنَّ للجزيرة التأكد من الحصيلة من مصادر مستقلة.
""", [
    E("protest", Q("عشرات الآلاف", 20000, 90000, approx=True), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"),
      "2011-07-15", "اتحاد تنسيقيات الثورة السورية", PROT,
      note="fire on a protest: the three dead are the protest's fatalities, not a second event; the protesters are "
           "the figure (as b01); the march went from the city to the district where fire was opened: gold the city "
           "of the protest, a second coder could take al-Jura"),
])

passage("e02", "2012-06-26", "Reuters", "defectors reaching Hatay, told by a Turkish official; a running total", """
أنقرة (رويترز) - قال مسؤول في وزارة الخارجية التركية يوم الثلاثاء إن 33 عسكرياً سورياً، بينهم لواء وعقيدان، عبروا الحدود إلى إقليم هاتاي فجر اليوم مع عائلاتهم بعد انشقاقهم عن الجيش، ليرتفع عدد الضباط المنشقين برتبة لواء الموجودين في تركيا إلى 13. وأضاف المسؤول أن المنشقين نُقلوا إلى مخيم أبايدين المخصص للعسكريين قرب الحدود.
""", [
    E("defection", Q("33", 33), PL("هاتاي", "Hatay", None, "Turkey"), "2012-06-26",
      "مسؤول في وزارة الخارجية التركية", GOV,
      note="the general and colonels are a breakdown; the arrival province is the only place given for the "
           "defection (as news_dev codes arrivals in Turkey); Ankara is the dateline, the camp a destination"),
    E("defection", Q("13", 13), None, "2012-06-26",
      "مسؤول في وزارة الخارجية التركية", GOV, kind="aggregate",
      note="running total of defected generals present in Turkey: the residence abroad is not the place of the "
           "defections, so no place (convention of stop 28)"),
])

passage("e03", "2013-03-14", "SANA", "SANA dateline, the army's operation on 'terrorist hideouts'", """
درعا-سانا
نفذت وحدة من قواتنا المسلحة الباسلة اليوم عملية نوعية على تجمعات للإرهابيين في بلدة الحراك شرقي محافظة درعا، أسفرت عن إيقاع أعداد منهم بين قتيل ومصاب وتدمير ثلاث عربات مجهزة بأسلحة رشاشة. وأفاد مصدر عسكري مراسلَ سانا بأن من بين القتلى 11 إرهابياً عُرفت هوياتهم، أحدهم متزعم مجموعة ليبي الجنسية.
""", [
    E("armed_clash", Q("11", 11), PL("الحراك", "Al-Harak", "Daraa"), "2013-03-14", "مصدر عسكري", GOV,
      note="an army raid on 'hideouts' coded as a clash (as earlier sets); the cars are not the figure; "
           "Libyan is a nationality, not a place; Daraa is the dateline"),
])

passage("e04", "2014-02-04", "SOHR", "SOHR bulletin, barrel bombs on an Aleppo district, a toll still rising", """
المرصد السوري لحقوق الإنسان: ارتفعت حصيلة الضحايا إلى 14 قتيلاً، بينهم خمسة أطفال، جراء برميلين متفجرين ألقتهما مروحيات النظام صباح اليوم على سوق الخضار في حي الشعار بمدينة حلب، والحصيلة مرشحة للزيادة إذ إن بين الجرحى من حالته حرجة. وفي ريف حلب الشمالي، سقط برميل متفجر على أطراف بلدة حريتان دون ورود معلومات عن إصابات.
""", [
    E("airstrike", Q("14", 14), PL("الشعار", "Al-Shaar", "Aleppo"), "2014-02-04", "المرصد السوري لحقوق الإنسان",
      GOV, note="barrel bombs from helicopters (regime implied by the helicopters, as earlier sets); the children "
                "are a breakdown; the vegetable market is a spot inside the district (gold the district)"),
    E("airstrike", None, PL("حريتان", "Hraytan", "Aleppo"), "2014-02-04", "المرصد السوري لحقوق الإنسان", GOV,
      note="one barrel, no numeral: no figure; the sentence names no aircraft: the helicopters of the "
                "sentence before (the regime), inferred"),
])

passage("e05", "2015-11-29", "Enab Baladi", "Russian raids on a market, the outlet's correspondent", """
قُتل سبعة مدنيين، بينهم امرأتان، وأصيب آخرون بغارات نفذتها طائرات روسية على سوق شعبي وسط مدينة أريحا جنوبي إدلب، ظهر الأحد 29 تشرين الثاني. وقال مراسل عنب بلدي في ريف إدلب إن الطائرات الروسية شنت أربع غارات متتالية على المدينة، فيما عملت فرق الدفاع المدني على انتشال الضحايا ونقل المصابين إلى مستشفيات في معرة مصرين وبنش.
""", [
    E("airstrike", Q("سبعة", 7), PL("أريحا", "Ariha", "Idlib"), "2015-11-29", "مراسل عنب بلدي", RUS,
      note="the dead are the figure (as news_dev), the four raids the count of strikes; the toll sentence has no "
           "source, the correspondent tells the raids: gold the correspondent; hospitals in Maarat Misrin and "
           "Binnish are destinations"),
])

passage("e06", "2016-10-18", "Step", "Step dateline, shelling on Douma from a base, and the reply", """
ستيب نيوز – الغوطة الشرقية: استهدفت قوات النظام المتمركزة في إدارة المركبات بحرستا أحياء مدينة دوما بأكثر من 40 قذيفة مدفعية وصاروخية منذ ساعات الصباح، ما أسفر عن مقتل رجل وإصابة تسعة مدنيين بينهم أطفال، بحسب ما أفاد مراسلنا. وردّت فصائل المعارضة باستهداف مواقع النظام في إدارة المركبات بقذائف الهاون، دون ورود معلومات عن حجم الخسائر.
""", [
    E("shelling", Q("أكثر من 40", 40, None, approx=True), PL("دوما", "Douma", "Rif Dimashq"), "2016-10-18",
      "مراسلنا", GOV,
      note="shells are the count (one man killed, no numeral; the nine injured are not the figure); Harasta is "
           "where the fire came from; the Eastern Ghouta is the dateline"),
    E("shelling", None, PL("إدارة المركبات", "Vehicle Administration base", "Rif Dimashq", nth=1), "2016-10-18", None,
      FSA, note="MENDED stop 29 (places): the reply on the vehicles base: a named base is a facility, the most specific place "
                "(README convention b; was: Harasta); the sentence has no source of its own: the outlet"),
])

passage("e07", "2022-11-23", "Hawar (ANHA)", "Hawar dateline, a Turkish drone on a car on a road between two places", """
قامشلو/هاوار – فقد ثلاثة مدنيين حياتهم وأصيب رابع بجروح خطرة، مساء اليوم، حين قصفت مسيّرة لجيش الاحتلال التركي سيارة مدنية على الطريق بين قرية علي فرو ومدينة عامودا في ريف قامشلو الغربي، بحسب مراسلنا. ونُقل الجريح إلى مشفى الشهيد خبات في عامودا لتلقي العلاج.
""", [
    E("airstrike", Q("ثلاثة", 3), PL("علي فرو", "Ali Faru", "Al-Hasakah"), "2022-11-23", "مراسلنا", TUR,
      note="a drone strike; a road between a village and a town: gold the first place named; Amuda also holds the "
           "hospital (a destination); Qamishli is the dateline and a bearing"),
])

passage("e08", "2019-06-28", "SOHR", "SOHR running toll of a campaign's air raids", """
أحصى المرصد السوري لحقوق الإنسان مقتل 1089 مدنياً، بينهم 297 طفلاً و201 مواطنة، منذ بدء التصعيد الأعنف على منطقة «خفض التصعيد» في الثلاثين من نيسان/أبريل الفائت وحتى اليوم، جراء الغارات التي تنفذها طائرات النظام والطائرات الحربية الروسية على ريف إدلب الجنوبي وريف حماة الشمالي، إضافة إلى عشرات الغارات بالبراميل المتفجرة.
""", [
    E("airstrike", Q("1089", 1089), PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"), "2019-06-28",
      "المرصد السوري لحقوق الإنسان", GOV, kind="aggregate",
      note="running toll since 30 April of the raids; two regions listed: gold the first; children and women are "
           "a breakdown; two air forces named: gold the first (a second coder could leave actor1 empty); the "
           "dozens of barrel raids are part of the same campaign, not a separate figure"),
])

passage("e09", "2012-08-09", "Zaman al-Wasl", "officers' defection announced on video obtained by the outlet", """
أعلن ستة ضباط من مرتبات الفرقة 11 انشقاقهم عن جيش النظام، بينهم مقدم ورائدان، وظهروا في تسجيل مصور حصلت عليه «زمان الوصل» وهم يحملون بطاقاتهم العسكرية. وقال أحدهم، النقيب عمار الحسين، إنهم التحقوا بكتائب الفاروق في مدينة تلبيسة بريف حمص الشمالي، بعد أن رفضوا أوامر قادتهم باقتحام بلدة الحولة وقصف منازل المدنيين فيها.
""", [
    E("defection", Q("ستة", 6), PL("تلبيسة", "Talbiseh", "Homs"), "2012-08-09", "النقيب عمار الحسين", GOV,
      note="the division number is not a count; ranks a breakdown; Talbiseh is where they joined the rebels, the "
           "only place tied to them (the region contains it); Houla is the village they refused to storm (a "
           "reason, not an event); the captain tells where: gold the captain (a second coder could give the "
           "outlet, which obtained the video)"),
])

passage("e10", "2018-10-02", "SNHR", "SNHR monthly report on detentions, with breakdowns", """
سجّلت الشبكة السورية لحقوق الإنسان، ضمن حصيلتها الشهرية المنشورة اليوم عن أيلول/سبتمبر 2018، ما لا يقل عن 486 حالة احتجاز تعسفي في عموم سوريا، من بينها 37 طفلاً و19 سيدة، نفذت قوات النظام 311 منها، بينما توزعت البقية على قوات سوريا الديمقراطية وهيئة تحرير الشام وفصائل في المعارضة المسلحة. وذكر التقرير أن محافظة ريف دمشق تصدرت الحصيلة، تلتها درعا.
""", [
    E("arrest", Q("ما لا يقل عن 486", 486, None, approx=True), None, "2018-10-02",
      "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
      note="a month's detentions over the country (no single place); the regime's 311, the children and women are "
           "breakdowns; several perpetrators: no actor1; the governorates ranked are not places of the figure"),
])

passage("e11", "2018-01-28", "Anadolu", "Anadolu relaying the Turkish general staff, Olive Branch", """
قالت رئاسة الأركان العامة التركية، في بيان نشرته اليوم الأحد، إن طائراتها الحربية دمرت 45 هدفاً يستخدمها تنظيم «ب ي د/ بي كي كي» الإرهابي في عفرين شمالي سوريا، ضمن عملية «غصن الزيتون». وأشار البيان إلى أن عدد عناصر التنظيم المحيّدين منذ بدء العملية في العشرين من كانون الثاني/يناير الجاري بلغ 394 إرهابياً.
""", [
    E("airstrike", Q("45", 45), PL("عفرين", "Afrin", "Aleppo"), "2018-01-28", "رئاسة الأركان العامة التركية", TUR,
      note="targets are the count (as set 15's g17); the statement is of today"),
    E("casualties", Q("394", 394), None, "2018-01-28", "رئاسة الأركان العامة التركية", TUR, kind="aggregate",
      note="running 'neutralised' total since the operation began (as b30): no place given for the figure itself"),
])

passage("e12", "2021-03-12", "Syria TV", "an assassination in Daraa told by a local network, a recalled IED", """
قُتل الشاب محمود الزعبي، القيادي السابق في فصائل المعارضة الذي التحق باللواء الثامن بعد اتفاق التسوية، مساء أمس الخميس، برصاص مسلحين مجهولين أطلقوا النار عليه مباشرة أمام منزله في بلدة المسيفرة شرقي درعا، وفق ما نقلت شبكة «درعا 24» المحلية. وكان شابان قد جُرحا الأحد الماضي بانفجار عبوة ناسفة زرعها مجهولون على طريق في البلدة نفسها.
""", [
    E("armed_clash", None, PL("المسيفرة", "Al-Musayfirah", "Daraa"), "2021-03-11", "شبكة «درعا 24»", UNID,
      note="an assassination by gunfire (as earlier sets); one man, no numeral; the brigade number is a name"),
    E("explosion", None, PL("المسيفرة", "Al-Musayfirah", "Daraa"), "2021-03-07", None, UNID,
      note="a recalled IED with its own day; two injured as a dual without numeral: no figure; «البلدة نفسها» is "
           "al-Musayfirah; no source of its own: the outlet (a second coder could carry the network); planted by "
           "unknown people"),
])

passage("e13", "2023-05-16", "North Press", "an SDF raid with coalition helicopters, a security source", """
شنت قوات سوريا الديمقراطية (قسد)، فجر اليوم الثلاثاء، حملة دهم وتفتيش في بلدة الشحيل بريف دير الزور الشرقي، بمساندة مروحيات التحالف الدولي، واعتقلت 12 شخصاً تتهمهم بالانتماء إلى خلايا تنظيم «داعش». وقال مصدر أمني في قسد لنورث برس إن عناصر القوات صادروا خلال الحملة أسلحة وذخائر، وإنها ستتوسع لتشمل بلدتي ذيبان والحوايج خلال الأيام المقبلة.
""", [
    E("arrest", Q("12", 12), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2023-05-16", "مصدر أمني في قسد", SDF,
      note="the coalition supports (not actor1); the seizure is part of the raid; the extension to Dhiban and "
           "Hawaij is a future; the raid sentence has no source, the security source confirms it: gold the source"),
])

passage("e14", "2017-05-11", "Asharq Al-Awsat", "a city and a dam taken, announced by the SDF, with a backer", """
أعلنت «قوات سوريا الديمقراطية» المدعومة من واشنطن، أمس، أنها انتزعت من تنظيم «داعش» مدينة الطبقة والسد الملاصق لها على نهر الفرات، بعد اتفاق قضى بخروج من تبقى من عناصر التنظيم من جسم السد مقابل تسليم أسلحتهم الثقيلة وتفكيك الألغام. وقال المتحدث باسم القوات لـ«الشرق الأوسط» إن الفرق الهندسية تواصل تمشيط الأحياء الغربية بحثاً عن خلايا نائمة.
""", [
    E("territory_change", None, PL("الطبقة", "Al-Tabqa", "Raqqa"), "2017-05-10", "قوات سوريا الديمقراطية", SDF,
      note="the dam is taken with the city (one act, gold the city); the IS fighters' exit deal is the frame of the "
           "taking, not told as an event of its own; Washington is the backer; the sweep is ongoing (a state)"),
])

passage("e15", "2025-02-13", "SANA (new authorities)", "SANA dateline, the general security's sweep of 'remnants'", """
حمص-سانا
أوقفت إدارة الأمن العام اليوم 9 أشخاص من فلول النظام البائد يُشتبه بتورطهم في انتهاكات بحق الأهالي، وذلك خلال عملية تمشيط نفذتها في حي الزهراء بمدينة حمص، وضبطت أسلحة وذخائر كانت مخبأة داخل أحد المنازل. وأوضح مدير أمن حمص العميد مرهف النعسان لمراسل سانا أن الموقوفين أُحيلوا إلى القضاء المختص لاستكمال التحقيقات.
""", [
    E("arrest", Q("9", 9), PL("الزهراء", "Al-Zahraa", "Homs"), "2025-02-13", "مدير أمن حمص العميد مرهف النعسان",
      NEWGOV, note="a district as the most specific place; Homs is also the dateline; the seizure is part of the "
                   "raid; the official tells it to SANA's reporter: gold the official"),
])

passage("e16", "2025-03-07", "SOHR", "SOHR bulletin on the coast, an ambush by loyalist remnants", """
المرصد السوري لحقوق الإنسان: لقي 16 عنصراً من جهاز الأمن العام ومن فصائل رديفة لوزارة الدفاع حتفهم مساء أمس، حين وقعوا في كمين أعدّه مسلحون محسوبون على النظام السابق على الطريق المؤدي إلى مدينة القرداحة بريف اللاذقية. وأشار المرصد إلى أن المهاجمين استولوا على عربتين عسكريتين قبل أن ينسحبوا نحو الأحراج المحيطة، وسط استنفار أمني واسع في المنطقة.
""", [
    E("armed_clash", Q("16", 16), PL("القرداحة", "Qardaha", "Latakia"), "2025-03-06", "المرصد السوري لحقوق الإنسان",
      LOYAL, note="an ambush (as earlier sets: a clash); the attackers are actor1; the road to Qardaha: gold the "
                  "town; the vehicles (dual) are not the figure; the woods are where they went; the alert is a state"),
])

passage("e17", "2018-07-15", "AFP", "an evacuation under a deal, Beirut dateline, state TV's figure", """
بيروت (أ ف ب) - بدأ مئات المقاتلين المعارضين وأفراد عائلاتهم، صباح الأحد، الخروج من مدينة درعا على متن حافلات متجهة إلى مناطق سيطرة الفصائل في محافظة إدلب شمال غرب البلاد، تطبيقاً لاتفاق جرى التوصل إليه الأسبوع الماضي برعاية روسية. وأفاد التلفزيون الرسمي السوري بأن 15 حافلة تقل نحو 750 شخصاً انطلقت من منطقة درعا البلد.
""", [
    E("other", Q("نحو 750", 750, approx=True), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2018-07-15",
      "التلفزيون الرسمي السوري", None,
      note="an evacuation; Daraa al-Balad is the most specific place of the departure (in Daraa city); Idlib is "
           "the destination, Beirut the dateline; the buses are not the figure, 'hundreds' is the same people; the "
           "deal is its frame (last week, not told as news)"),
])

passage("e18", "2019-06-13", "Al-Watan", "pro-government daily, an attack repelled on a list of two villages", """
تصدّت وحدات من الجيش العربي السوري، فجر أمس، لهجوم واسع شنّته مجموعات إرهابية تابعة لـ«جبهة النصرة» على محور تل ملح والجبين في ريف حماة الشمالي الغربي، وأوقعت في صفوف المهاجمين أكثر من 25 قتيلاً، بحسب ما ذكره مصدر ميداني لـ«الوطن»، في حين استشهد عدد من الجنود خلال الاشتباكات.
""", [
    E("armed_clash", Q("أكثر من 25", 25, None, approx=True), PL("تل ملح", "Tal Malah", "Hama"), "2019-06-12",
      "مصدر ميداني", HTS,
      note="a repelled attack: the attacker is actor1 (as b19); two villages on one axis: a group scored at the "
           "first; the soldiers killed have no numeral"),
])

passage("e19", "2020-11-18", "Al Arabiya", "Israeli missile strikes on pro-Iran militias, and the other side's telling", """
قال المرصد السوري لحقوق الإنسان إن 7 عناصر على الأقل من الميليشيات الموالية لإيران قتلوا جراء ضربات صاروخية إسرائيلية استهدفت مستودعات أسلحة ومواقع لهم في منطقة الكسوة جنوب دمشق ليل الثلاثاء، فيما قالت وكالة الأنباء الرسمية (سانا) إن الدفاعات الجوية تصدت «لعدوان إسرائيلي» وأسقطت معظم الصواريخ قبل وصولها إلى أهدافها.
""", [
    E("airstrike", Q("7", 7, None, approx=True), PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2020-11-17",
      "المرصد السوري لحقوق الإنسان", ISR,
      note="missile strikes coded as air strikes (as ACLED); SANA's interception is the other side's telling of "
           "the same act; Damascus is a bearing; the depots are inside al-Kiswah"),
])

passage("e20", "2022-09-04", "Enab Baladi", "a protest against electricity prices, military police intervene", """
خرج مئات من سكان مدينة الباب شرقي حلب في مظاهرة، اليوم الأحد، أمام مبنى المجلس المحلي، احتجاجاً على رفع أسعار الكهرباء من قبل الشركة المشغلة، مطالبين بمحاسبة المسؤولين عن القرار. وقال ناشط من المدينة لعنب بلدي إن الشرطة العسكرية التابعة لـ«الجيش الوطني» أطلقت النار في الهواء لتفريق المتظاهرين دون تسجيل إصابات، واعتقلت ثلاثة منهم.
""", [
    E("protest", Q("مئات", 200, 900, approx=True), PL("الباب", "Al-Bab", "Aleppo"), "2022-09-04", "ناشط من المدينة",
      PROT, note="MENDED stop 30 (conventions): a next sentence that comes back to the same incident names its source (README stop 30; sets 1-21 and news_dev carry it back about 27 times against 4; was: the outlet); a protest with intervention (ACLED codes it as one event): the shots in the air and the three arrested "
           "are the intervention, not a second event (a second coder could code an arrest of three); the council "
           "building is a facility in the city; the activist tells the dispersal of this protest"),
])

passage("e21", "2017-11-13", "Halab Today", "Russian cluster raids on a market, the civil defence's toll, a habit", """
حلب اليوم – استهدفت الطائرات الحربية الروسية بقنابل عنقودية سوق مدينة الأتارب في ريف حلب الغربي ظهر اليوم، ما أدى إلى ارتقاء 21 شهيداً بينهم أطفال وجرح العشرات، وفق ما أفادت به فرق الدفاع المدني العاملة في المدينة. وتشهد الأتارب منذ أسبوع قصفاً جوياً شبه يومي يطال الأحياء السكنية والمرافق الحيوية.
""", [
    E("airstrike", Q("21", 21), PL("الأتارب", "Al-Atarib", "Aleppo"), "2017-11-13", "فرق الدفاع المدني", RUS,
      note="the injured (dozens) are not the figure; the week of near-daily raids is a habit, not an event; the "
           "market is a spot in the town"),
])

passage("e22", "2024-09-02", "Deir ez-Zor 24", "tribal fighters attack SDF posts, the SDF shells across the river", """
هاجم مقاتلون من العشائر العربية، ليل الأحد، نقاطاً عسكرية لقوات «قسد» في بلدتي ذيبان والطيانة بريف دير الزور الشرقي، تلتها مواجهات دامت ساعات قُتل خلالها ستة مقاتلين من الطرفين، بحسب مراسل دير الزور 24. وأضاف المراسل أن قسد ردّت بقصف مدفعي طال قرية الدحلة على الضفة المقابلة من النهر، ما أدى إلى إصابة طفل.
""", [
    E("armed_clash", Q("ستة", 6), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2024-09-01", "مراسل دير الزور 24", TRIBE,
      note="the attacker is actor1; two towns: a group scored at the first; the dead of both sides are the figure"),
    E("shelling", None, PL("الدحلة", "Al-Dahla", "Deir ez-Zor"), "2024-09-01", "مراسل دير الزور 24", SDF,
      note="«المراسل» is the same correspondent; one child injured, no numeral; the same night (a reply)"),
])

passage("e23", "2019-09-15", "SANA", "SANA dateline, an amnesty decree for deserters with surrender terms", """
دمشق-سانا
أصدر السيد الرئيس بشار الأسد اليوم المرسوم التشريعي رقم 20 لعام 2019 الذي يمنح عفواً عاماً عن كامل العقوبة لمن ارتكبوا جرائم الفرار الداخلي والخارجي قبل تاريخ صدوره. ولا يستفيد منه الفارون المتوارون عن الأنظار ما لم يبادروا إلى تسليم أنفسهم في غضون ثلاثة أشهر إذا كان فرارهم داخلياً، وستة أشهر إذا كان خارجياً.
""", [
    E("desertion", None, None, "2019-09-15", None, GOV,
      note="an amnesty decree for deserters (desertion, as news_dev and b27); the decree number and the months "
           "are not counts; Damascus is the dateline, not the place; the terms are conditions, not events"),
])

passage("e24", "2013-04-09", "Al-Hayat", "a car bomb in a Damascus square, state TV's toll, unclaimed", """
دمشق - «الحياة» - قُتل 9 أشخاص وأصيب أكثر من 30 آخرين بانفجار سيارة مفخخة صباح أمس في ساحة السبع بحرات وسط دمشق، قرب مبنى المصرف المركزي، وفق ما أعلن التلفزيون الرسمي الذي حمّل «مجموعات إرهابية» مسؤولية التفجير. ولم تتبنَّ أي جهة العملية حتى مساء أمس، فيما فرضت قوات الأمن طوقاً حول المكان.
""", [
    E("explosion", Q("9", 9), PL("دمشق", "Damascus", "Damascus", nth=1), "2013-04-08",
      "التلفزيون الرسمي", None,
      note="MENDED stop 29 (places): a square is placed at its city (README landmark convention, as b18; was: the square); the "
           "injured are not the figure; unclaimed, 'terrorist groups' names no force; the cordon is a state"),
])

passage("e25", "2014-03-16", "Al Jazeera", "a town taken, told by the army and by the rebels", """
صرّح مصدر عسكري سوري للتلفزيون الرسمي، اليوم الأحد، بأن وحدات الجيش بالتعاون مع قوات الدفاع الوطني أحكمت سيطرتها على مدينة يبرود، كبرى بلدات القلمون شمالي دمشق، بعد معارك عنيفة دامت أسابيع. في المقابل، قال ناشطون معارضون إن مقاتلي الكتائب انسحبوا من المدينة باتجاه بلدتي فليطة ورنكوس، بعد دخول عناصر من حزب الله اللبناني إلى أحيائها الشرقية.
""", [
    E("territory_change", None, PL("يبرود", "Yabroud", "Rif Dimashq"), "2014-03-16", "مصدر عسكري سوري", GOV,
      note="the rebels' withdrawal is the other side's telling of the same taking; Flita and Rankous are "
           "destinations; Hezbollah 'Lebanese' is no place; the weeks of battles are the taking's battle"),
])

passage("e26", "2024-12-09", "Anadolu", "Anadolu relaying an SNA source, a city taken with the battle's dead", """
قال مصدر عسكري في الجيش الوطني السوري لمراسل الأناضول، الاثنين، إن فصائل الجيش الوطني المدعوم من تركيا سيطرت بالكامل على مدينة منبج شرقي حلب، عقب اشتباكات استمرت يومين مع تنظيم «ي ب ك/ بي كي كي» الإرهابي. وأضاف المصدر أن 17 إرهابياً قُتلوا خلال المعارك، فيما فرّ آخرون باتجاه الضفة الشرقية لنهر الفرات.
""", [
    E("territory_change", Q("17", 17), PL("منبج", "Manbij", "Aleppo"), "2024-12-09", "مصدر عسكري في الجيش الوطني السوري",
      SNA, note="the battle's dead on the taking (as earlier sets); Turkey is the backer, Aleppo a bearing, the "
                "east bank where the others fled"),
])

passage("e27", "2025-07-17", "Suwayda 24", "the local network on mortars from clan gunmen, then clashes", """
أفادت شبكة السويداء 24 بمقتل ثلاثة من أبناء بلدة المزرعة في ريف السويداء الغربي، مساء أمس، جراء قذائف هاون أطلقتها مجموعات مسلحة من عشائر البدو المتمركزة في محيط بلدة الثعلة. وأضافت الشبكة أن اشتباكات متقطعة اندلعت بعد ذلك على أطراف البلدة بين مسلحين محليين والمهاجمين، من دون أن تتضح حصيلتها حتى ساعة إعداد الخبر.
""", [
    E("shelling", Q("ثلاثة", 3), PL("المزرعة", "Al-Mazraa", "As-Suwayda"), "2025-07-16", "شبكة السويداء 24", TRIBE,
      note="mortar fire; Thaala is where the fire came from; Bedouin clan gunmen coded as tribal militias"),
    E("armed_clash", None, PL("المزرعة", "Al-Mazraa", "As-Suwayda"), "2025-07-16", "شبكة السويداء 24", None,
      note="«البلدة» is al-Mazraa; two sides, no actor1; no toll; the same evening"),
])

passage("e28", "2025-06-11", "Anadolu", "remains recovered from a mass grave, the civil defence and the missing persons body", """
انتشلت فرق الدفاع المدني السوري، اليوم الأربعاء، رفات 26 شخصاً من حفرة دفن جماعي اكتشفها مزارع في بستان زيتون على أطراف بلدة البويضة بريف حمص الجنوبي، بحسب ما أعلنت المؤسسة. وقالت الهيئة الوطنية للمفقودين إن المؤشرات الأولية تدل على أن الضحايا معتقلون أُعدموا بين عامي 2013 و2014، وإن الرفات أُرسلت إلى الطب الشرعي في حمص للتعرف على أصحابها.
""", [
    E("other", Q("26", 26), PL("البويضة", "Al-Buwaydah", "Homs"), "2025-06-11", "الدفاع المدني السوري", None,
      note="bodies found (other, as earlier sets); the deaths in prisons are not dated events; Homs is where the "
           "remains went"),
])

passage("e29", "2025-03-20", "Al-Modon", "UNHCR's running totals of returns since the fall", """
ذكرت المفوضية السامية للأمم المتحدة لشؤون اللاجئين، في تحديث نشرته اليوم، أن أكثر من 410 آلاف لاجئ سوري رجعوا من دول الجوار منذ سقوط النظام في 8 كانون الأول/ديسمبر الماضي، فيما رجع نحو مليون نازح إلى بيوتهم داخل البلاد. وأوضحت المفوضية أن العائدين من لبنان شكّلوا النسبة الأكبر، تلاهم العائدون من تركيا ثم الأردن.
""", [
    E("other", Q("أكثر من 410 آلاف", 410000, None, approx=True), None, "2025-03-20",
      "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", None, kind="aggregate",
      note="refugee returns since December (other, as news_dev); Lebanon, Turkey and Jordan are origins, not places"),
    E("other", Q("نحو مليون", 1000000, approx=True), None, "2025-03-20",
      "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", None, kind="aggregate",
      note="internally displaced returns over the same period: a second aggregate"),
])

passage("e30", "2024-12-08", "Syria TV", "the operations room enters a city, crowds celebrate", """
أعلنت إدارة العمليات العسكرية، فجر اليوم الأحد، دخول مقاتليها إلى مدينة حمص وبسط سيطرتهم على أحيائها كافة، بعد انسحاب قوات النظام منها باتجاه مدن الساحل خلال الليل. وأظهرت مقاطع مصورة تداولها ناشطون آلاف الأهالي يحتفلون في ساحة الساعة وسط المدينة، فيما دعت الإدارة السكان إلى التزام منازلهم وعدم الاقتراب من المقرات الأمنية.
""", [
    E("territory_change", None, PL("حمص", "Homs", "Homs"), "2024-12-08", "إدارة العمليات العسكرية", FSA,
      note="the operations room coded as the opposition factions (as b20); the regime's withdrawal is the same "
           "taking; the coast is a destination; the celebration is not a protest; the appeal is a call"),
    E("statement", None, None, None, 'الإدارة', FSA, note="MENDED stop 32 (conventions): the command's call to residents is a statement (stop 32)")])

passage("e31", "2021-09-02", "Al-Modon", "a deal under Russian sponsorship after a siege, local sources", """
قالت مصادر محلية لـ«المدن» إن وجهاء درعا البلد، ممثلين باللجنة المركزية، أبرموا أمس الأربعاء اتفاقاً مع لجنة النظام الأمنية بوساطة روسية، ينص على تسليم السلاح الخفيف وترحيل من يرفض التسوية إلى الشمال السوري، في مقابل إيقاف الهجوم ورفع الطوق المضروب على أحياء المنطقة منذ ما يزيد على شهرين. ومن المنتظر أن تبدأ غداً عملية تسوية أوضاع المطلوبين في مركز داخل المدينة.
""", [
    E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-01", "مصادر محلية", None,
      note="two parties and a sponsor: no actor1; the siege is a state, its months a duration; the settlement "
           "process tomorrow is a future; the north is the destination of those who refuse"),
])

passage("e32", "2023-04-15", "Independent Arabia", "a US drone strike claimed by CENTCOM, detailed by activists", """
أعلنت القيادة المركزية الأميركية (سنتكوم) أن قواتها نفذت، مساء الجمعة، غارة جوية في شمال غرب سوريا أسفرت عن مقتل قيادي بارز في تنظيم «حراس الدين» المرتبط بالقاعدة. وقال ناشطون محليون إن طائرة مسيّرة استهدفت سيارة كان يستقلها القيادي مع مرافقَين له على طريق قرية كفتين شمالي إدلب، ما أدى إلى مقتل ثلاثة أشخاص كانوا فيها.
""", [
    E("airstrike", Q("ثلاثة", 3), PL("كفتين", "Kaftin", "Idlib"), "2023-04-14", "القيادة المركزية الأميركية", USF,
      note="one strike told twice (the claim and the activists' details); the road to a village: gold the village; "
           "northwest Syria and 'north of Idlib' are a region and a bearing; the claimant is the source (a second "
           "coder could give the activists, who give the place and the toll)"),
])

passage("e33", "2019-01-02", "Baladi News", "HTS takes a town from a rival faction, SOHR's toll, families displaced", """
سيطرت «هيئة تحرير الشام» اليوم الأربعاء على مدينة دارة عزة في ريف حلب الغربي، إثر معارك ضارية خاضتها ضد «حركة نور الدين الزنكي» قُتل فيها 23 مقاتلاً من الطرفين خلال ثلاثة أيام، بحسب المرصد السوري لحقوق الإنسان. ولفت المرصد إلى نزوح مئات العائلات من المدينة نحو القرى القريبة من الحدود التركية هرباً من القتال.
""", [
    E("territory_change", Q("23", 23), PL("دارة عزة", "Darat Izza", "Aleppo"), "2019-01-02",
      "المرصد السوري لحقوق الإنسان", HTS,
      note="the three days' dead are the taking's battle (as earlier sets); the days are not a count"),
    E("other", Q("مئات", 200, 900, approx=True), PL("دارة عزة", "Darat Izza", "Aleppo"), "2019-01-02",
      "المرصد", None,
      note="displacement from the town (other); the border villages are the destination"),
])

passage("e34", "2017-03-16", "SMART", "SMART's correspondent on rocket fire from a camp on two places", """
قُتل أربعة مدنيين، بينهم طفلان، وجُرح 11 آخرون، الخميس، بقصف صاروخي لقوات النظام على مدينة خان شيخون جنوب إدلب، حسب ما أفاد مراسل «سمارت» في المنطقة. وقال المراسل إن الصواريخ أُطلقت من معسكر الحامدية جنوب مدينة معرة النعمان، مشيراً إلى أن القصف طال أيضاً قرية التمانعة المجاورة دون وقوع إصابات.
""", [
    E("shelling", Q("أربعة", 4), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2017-03-16", "مراسل «سمارت»", GOV,
      note="rocket fire from ground launchers (shelling); the camp near Maarat al-Numan is where it came from; "
           "al-Tamanah hit by the same fire: a group scored at the first; the injured are not the figure"),
])

passage("e35", "2025-05-20", "Asharq Al-Awsat", "the EU lifts economic sanctions, with exceptions and an aim", """
بروكسل - أعلن مجلس الاتحاد الأوروبي، الثلاثاء، رفع العقوبات الاقتصادية المفروضة على سوريا، مع الإبقاء على التدابير المرتبطة بأسباب أمنية وعلى القيود التي تطال أفراداً من النظام السابق متهمين بانتهاكات. وقالت مسؤولة السياسة الخارجية في الاتحاد إن القرار يهدف إلى مساعدة السوريين على إعادة بناء بلادهم وتثبيت الاستقرار بعد سنوات الحرب.
""", [
    E("sanction", None, None, "2025-05-20", "مجلس الاتحاد الأوروبي", EU,
      note="a lifting of sanctions is a sanction decision (type sanction); the decider is the source (as set 11's "
           "k44); Syria is the target, Brussels the dateline: no place; the aim is not an event"),
])

passage("e36", "2012-10-20", "SOHR", "a daily national toll with a breakdown, and one raid in a district", """
قال المرصد السوري لحقوق الإنسان إن 127 شخصاً قُتلوا اليوم في أنحاء متفرقة من البلاد، بينهم 71 مدنياً و38 جندياً نظامياً و18 مقاتلاً معارضاً، وسقط العدد الأكبر منهم في محافظة حلب، حيث قضى 13 مدنياً في غارة جوية استهدفت حي بستان القصر في المدينة بعد الظهر.
""", [
    E("casualties", Q("127", 127), None, "2012-10-20", "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
      note="a daily national toll: no place; civilians, soldiers and fighters are a breakdown; Aleppo governorate "
           "holds the most (a breakdown, not the toll's place)"),
    E("airstrike", Q("13", 13), PL("بستان القصر", "Bustan al-Qasr", "Aleppo"), "2012-10-20",
      "المرصد السوري لحقوق الإنسان", GOV,
      note="the raid is part of the toll (the toll is kept as an aggregate, the raid as an incident); no force "
           "named, but only the regime flew in 2012: actor1 inferred (a second coder could leave it empty)"),
])

passage("e37", "2012-07-03", "Zaman al-Wasl", "a raid with arrests in a Damascus district after a protest", """
أفاد ناشطون من حي القدم جنوبي دمشق بأن قوات الأمن والشبيحة اقتحمت الحي فجر اليوم الثلاثاء وسط إطلاق نار كثيف، واعتقلت ما لا يقل عن 40 شاباً من منازلهم واقتادتهم إلى جهة مجهولة، كما أحرقت عدداً من المحال التجارية في الشارع الرئيسي. وقال أحد الناشطين لزمان الوصل إن المداهمات جاءت بعد يوم من خروج مظاهرة حاشدة في الحي.
""", [
    E("arrest", Q("ما لا يقل عن 40", 40, None, approx=True), PL("القدم", "Al-Qadam", "Damascus"), "2012-07-03",
      "ناشطون من حي القدم", GOV,
      note="security forces and shabiha: the security forces first (state forces); the burning of shops is part "
           "of the raid; Damascus is a bearing"),
    E("protest", None, PL("القدم", "Al-Qadam", "Damascus"), "2012-07-02", "أحد الناشطين", PROT,
      note="a recalled protest with its own day (the day before); «الحي» is al-Qadam; no figure"),
])


passage("e38", "2019-12-21", "Orient", "Russian raids on a list of towns with regime artillery, then a displacement total", """
أورينت نت – شنّ الطيران الحربي الروسي، منذ ساعات الفجر، أكثر من 20 غارة جوية على بلدات كفرنبل وحاس وكفرومة في ريف إدلب الجنوبي، فقُتل خمسة مدنيين وجُرح آخرون، بحسب الدفاع المدني السوري، وترافقت الغارات مع قصف مدفعي لقوات النظام على البلدات ذاتها. من جهته، أعلن فريق «منسقو استجابة سوريا» أن عدد النازحين من المنطقة منذ مطلع الشهر تجاوز 93 ألف شخص.
""", [
    E("airstrike", Q("خمسة", 5), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2019-12-21", "الدفاع المدني السوري", RUS,
      note="one act over a list of towns: a group scored at the first; the dead are the figure (the raids' count is "
           "'more than 20'); no town given for the dead"),
    E("shelling", None, PL("كفرنبل", "Kafr Nabl", "Idlib"), "2019-12-21", "الدفاع المدني السوري", GOV,
      note="«البلدات ذاتها» are the same three towns: a group scored at the first; the civil defence's sentence "
           "goes on (a second coder could give the outlet)"),
    E("other", Q("93 ألف", 93000, None, approx=True), PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"),
      "2019-12-21", "منسقو استجابة سوريا", None, kind="aggregate",
      note="displacement since the start of the month; «المنطقة» is the southern Idlib countryside; the bound is "
           "the verb «تجاوز» (outside the span, as news_dev)"),
])


def main() -> None:
    write("gold20.jsonl", P20)


if __name__ == "__main__":
    main()
