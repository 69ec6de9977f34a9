"""Build gold.jsonl of the probe set from the passages and annotations below.

Every passage here was written for marsad by the probe helper (session 19), modelled on the
phrasing of Arabic reporting on Syria 2011-2025 (read, never copied); names, places, figures and
dates are invented or varied. The gold was written with the passages, BEFORE marsad was run on
them. Offsets are computed here (the n-th occurrence of each surface) and checked.

    python benchmarks/data/events_probe/build.py      # rewrites gold.jsonl, gold2.jsonl, gold3.jsonl

Set 2 (gold2.jsonl, ids q01…) was written later, the same way, after set 1 had been used to fix
attribution and actors: it measures those fixes on text they were not made on. Set 3
(gold3.jsonl, ids r01…) was written at 23:50 and scored once, at the end of the session. Sets 4-6
(gold4-6.jsonl) were written in stop 20, each before any run on it.
Set 12 (gold12.jsonl, ids k01…) was written in stop 23 by helper probe12, before any run on it.
Set 13 (gold13.jsonl, ids h01…) was written in stop 24 by helper probe13, before any run on it.
Set 14 (gold14.jsonl, ids j01…) was written in stop 24 by helper probe14, before any run on it.
Set 15 (gold15.jsonl, ids g01…) was written in stop 24 by helper probe15, before any run on it.
Set 16 (gold16.jsonl, ids m01…) was written in stop 25 by helper probe16, before any run on it.
Set 17 (gold17.jsonl, ids t01…) was written in stop 25 by helper probe17, before any run on it.
Set 18 (gold18.jsonl, ids b01…) was written in stop 25 by helper probe18, before any run on it.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

GOV = "Syrian government forces"
NEWGOV = "Syrian government (2024-)"
FSA = "Free Syrian Army / opposition factions"
HTS = "Hay'at Tahrir al-Sham / Jabhat al-Nusra"
SNA = "Syrian National Army"
IS = "Islamic State"
SDF = "Syrian Democratic Forces"
# later sets' actors (sets 19-21 each named them for themselves)
PROT = "Protesters (Syria)"
UNID = "Unidentified armed group (Syria)"
LOYAL = "Former regime loyalists (Syria)"
TRIBES = "Tribal militias (Syria)"
RUS, TUR, ISR, COAL = "Russian forces", "Turkish forces", "Israeli forces", "US-led coalition"


def Q(surface, low, high=..., approx=False, nth=0, kind="count"):
    return {"surface": surface, "low": low, "high": low if high is ... else high, "approx": approx,
            "nth": nth, "kind": kind}


def PL(surface, en, gov=None, country=None, nth=0):
    return {"surface": surface, "canonical_en": en, "governorate_en": gov, "country": country, "nth": nth}


def E(type, count=None, place=None, date=None, rep=None, agent=None, kind="incident", note=None):
    return {"type": type, "count": count, "place": place, "date": date, "rep": rep, "agent": agent,
            "kind": kind, "note": note}


P = []


def passage(pid, published, outlet, style, text, events):
    P.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
              "events": events})


passage("p01", "2012-03-18", "SOHR", "SOHR bulletin, ranks breakdown",
        "المرصد السوري لحقوق الإنسان: انشق 14 عسكرياً عن القوات النظامية في ريف حمص الشمالي أمس السبت، "
        "بينهم ثلاثة برتبة ملازم أول واثنان برتبة مساعد، وتمكنوا من الوصول إلى مناطق يسيطر عليها مقاتلون "
        "معارضون قرب تلبيسة. وأضاف المرصد أن اشتباكات اندلعت بعد ذلك بين الطرفين في محيط البلدة دون ورود "
        "أنباء عن خسائر بشرية.",
        [E("defection", Q("14", 14), PL("ريف حمص الشمالي", "Northern Homs countryside", "Homs"), "2012-03-17",
           "المرصد السوري لحقوق الإنسان", GOV, note="ranks are a breakdown, not events"),
         E("armed_clash", None, PL("تلبيسة", "Talbiseh", "Homs"), None, "المرصد السوري لحقوق الإنسان")])

passage("p02", "2016-08-09", "SANA", "SANA headline + dateline + body (list of villages)",
        "وحدات من الجيش العربي السوري تعيد الأمن والاستقرار إلى قريتي الحمرا وتل حويش بريف حماة الشمالي\n"
        "حماة-سانا\n"
        "أعادت وحدات الجيش العربي السوري بالتعاون مع القوات الرديفة اليوم الأمن والاستقرار إلى قريتي "
        "الحمرا وتل حويش في ريف حماة الشمالي بعد القضاء على آخر تجمعات الإرهابيين فيهما. وذكر مصدر عسكري "
        "لمراسل سانا أن العملية أسفرت عن مقتل 23 إرهابياً وتدمير عربتين مزودتين برشاشات ثقيلة.",
        [E("territory_change", Q("23", 23), PL("الحمرا", "Al-Hamra", "Hama"), "2016-08-09", "مصدر عسكري", GOV,
           note="headline and body tell one act over two villages (one group); the deaths are the act's")])

passage("p03", "2019-10-22", "Enab Baladi", "opposition site, arrest + habit",
        "اعتقلت دورية تابعة لفرع الأمن العسكري 23 شاباً من أهالي بلدة الكسوة في ريف دمشق الغربي، أمس الاثنين، "
        "بهدف سوقهم إلى الخدمة الإلزامية في صفوف قوات النظام، بحسب ما قاله مراسل عنب بلدي في المنطقة. وتشن "
        "الأجهزة الأمنية بشكل متكرر حملات دهم في بلدات الريف الدمشقي منذ توقيع اتفاقيات التسوية عام 2018.",
        [E("arrest", Q("23", 23), PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2019-10-21", "مراسل عنب بلدي", GOV,
           note="the recurring raids are a habit, not an event")])

passage("p04", "2013-02-27", "Zaman al-Wasl", "implicit defection (arrival in Hatay)",
        "وصل 26 عسكرياً منشقاً عن جيش النظام إلى ولاية هاتاي التركية خلال اليومين الماضيين، بينهم عميد "
        "وأربعة عقداء، وفق ما أكده مسؤول في مخيم الضباط بمدينة أنطاكية لـ«زمان الوصل». وأوضح المسؤول أن "
        "المنشقين عبروا الحدود من ريف إدلب الغربي بمساعدة كتائب الثوار.",
        [E("defection", Q("26", 26), PL("هاتاي", "Hatay", None, "Turkey"), None, "مسؤول في مخيم الضباط", GOV)])

passage("p05", "2023-08-26", "Syria TV", "drone strike, killed and injured",
        "قُتل اثنان من عناصر قوات سوريا الديمقراطية (قسد) وأصيب ثالث، اليوم السبت، جراء استهداف طائرة مسيّرة "
        "تركية سيارة عسكرية كانت تقلهم على الطريق الواصل بين القامشلي وعامودا في ريف الحسكة. وقال مصدر محلي "
        "لموقع تلفزيون سوريا إن المسيرة أطلقت صاروخاً موجهاً على السيارة ما أدى إلى احتراقها بالكامل.",
        [E("airstrike", Q("اثنان", 2), PL("القامشلي", "Qamishli", "Al-Hasakah"), "2023-08-26", "مصدر محلي", TUR,
           note="the deaths and the injured belong to the strike")])

passage("p06", "2014-02-11", "Al Jazeera", "barrel bombs with toll",
        "ألقى الطيران المروحي التابع للنظام السوري اثني عشر برميلاً متفجراً على حيي الصاخور والحيدرية في "
        "مدينة حلب صباح اليوم، ما أدى إلى مقتل 17 شخصاً بينهم خمسة أطفال، حسب ما أفاد به ناشطون للجزيرة. "
        "وأشار الناشطون إلى أن فرق الإنقاذ ما زالت تبحث عن عالقين تحت أنقاض مبنيين انهارا بالكامل.",
        [E("airstrike", Q("17", 17), PL("الصاخور", "Al-Sakhour", "Aleppo"), "2014-02-11", "ناشطون", GOV,
           note="twelve barrels, one act over two neighbourhoods; five children are a breakdown")])

passage("p07", "2017-11-14", "Asharq Al-Awsat", "toll at least + denial of the same strike",
        "قُتل 19 مدنياً على الأقل وأصيب العشرات في غارات جوية استهدفت سوقاً شعبية في مدينة الأتارب بريف حلب "
        "الغربي أمس الاثنين، بحسب المرصد السوري لحقوق الإنسان الذي رجّح أن تكون الطائرات روسية. في المقابل، "
        "نفت وزارة الدفاع الروسية في بيان أن تكون طائراتها قد نفذت أي طلعات فوق المنطقة.",
        [E("airstrike", Q("19", 19, None, True), PL("الأتارب", "Al-Atarib", "Aleppo"), "2017-11-13",
           "المرصد السوري لحقوق الإنسان", None, note="the Russian denial is about the same strike; no event")])

passage("p08", "2018-02-05", "Anadolu Agency", "Anadolu Arabic, 'backed by Turkey' trap",
        "سيطر الجيش السوري الحر المدعوم من تركيا، اليوم الاثنين، على قريتي حاج إسكندر وعمر أوشاغي في ناحية "
        "راجو شمال غربي عفرين، في إطار عملية «غصن الزيتون». وأفاد مراسل الأناضول بأن القوات المشاركة في "
        "العملية تمكنت منذ انطلاقها من السيطرة على 27 نقطة في منطقة عفرين بينها 19 قرية.",
        [E("territory_change", None, PL("حاج إسكندر", "Haj Iskandar", "Aleppo"), "2018-02-05", "مراسل الأناضول", FSA),
         E("territory_change", Q("27", 27), PL("عفرين", "Afrin", "Aleppo", nth=1), None, "مراسل الأناضول", FSA,
           kind="aggregate")])

passage("p09", "2020-01-27", "SOHR", "daily toll with categories + cumulative toll",
        "وثّق المرصد السوري لحقوق الإنسان مقتل 61 شخصاً في عموم الأراضي السورية خلال الـ24 ساعة الماضية، بينهم "
        "22 مدنياً و18 عنصراً من قوات النظام والمسلحين الموالين لها و21 مقاتلاً من الفصائل. وبذلك يرتفع عدد من "
        "وثّق المرصد مقتلهم منذ اندلاع الثورة السورية في آذار 2011 إلى 384 ألفاً و210 أشخاص.",
        [E("casualties", Q("61", 61), None, None, "المرصد السوري لحقوق الإنسان", kind="aggregate",
           note="categories are a breakdown"),
         E("casualties", Q("384 ألفاً و210", 384210), None, None, "المرصد السوري لحقوق الإنسان", kind="aggregate")])

passage("p10", "2021-05-02", "Enab Baladi", "amnesty decree for deserters",
        "أصدر رئيس النظام السوري، بشار الأسد، اليوم الأحد، مرسوماً تشريعياً يقضي بمنح عفو عام عن كامل العقوبة "
        "في جرائم الفرار الداخلي والخارجي من الخدمة العسكرية، وفق ما نشرته الرئاسة السورية عبر معرفاتها الرسمية. "
        "ولا يشمل العفو المتوارين عن الأنظار إلا إذا سلّموا أنفسهم خلال ثلاثة أشهر للفرار الداخلي وستة أشهر "
        "للفرار الخارجي.",
        [E("desertion", None, None, "2021-05-02", "الرئاسة السورية", GOV)])

passage("p11", "2022-06-14", "Halab Today", "bodies found",
        "عثر أهالي بلدة الراعي في ريف حلب الشمالي، أمس الاثنين، على جثث ستة أشخاص مجهولي الهوية داخل بئر "
        "مهجورة في أطراف البلدة، وقال مراسل حلب اليوم إن الجثث تحمل آثار تعذيب وطلقات نارية. وباشرت الشرطة "
        "العسكرية التحقيق في الحادثة، فيما نُقلت الجثث إلى مستشفى المدينة.",
        [E("other", Q("ستة", 6), PL("الراعي", "Al-Rai", "Aleppo"), "2022-06-13", "مراسل حلب اليوم")])

passage("p12", "2017-03-28", "Syria TV", "evacuation convoy with fighters inside the total",
        "خرجت الدفعة الخامسة من مهجّري حي الوعر في مدينة حمص، اليوم الثلاثاء، باتجاه مدينة جرابلس في ريف حلب "
        "الشمالي، وتضم نحو 1800 شخص بينهم 450 مقاتلاً بسلاحهم الفردي، بحسب ما أفاد به عضو في لجنة التفاوض "
        "بالحي لموقع تلفزيون سوريا. وستتوجه الحافلات إلى مخيمات مؤقتة أعدتها منظمات إغاثية قرب الحدود.",
        [E("other", Q("نحو 1800", 1800, approx=True), PL("الوعر", "Al-Waer", "Homs"), "2017-03-28",
           "عضو في لجنة التفاوض", note="the destination is not the place; 450 fighters are a breakdown")])

passage("p13", "2012-06-07", "Al Jazeera", "call to defect + an officer's own announcement",
        "دعا المجلس العسكري في حمص عناصر الجيش النظامي إلى الانشقاق والانضمام إلى صفوف الثوار قبل بدء ما "
        "وصفه بمعركة الحسم. وكان الملازم أول خالد العبد الله قد أعلن أمس انشقاقه مع مجموعته في مدينة الرستن، "
        "في تسجيل مصور بثه ناشطون على الإنترنت، قال فيه إنه رفض الأوامر بإطلاق النار على المتظاهرين.",
        [E("defection", None, PL("الرستن", "Al-Rastan", "Homs"), "2012-06-06", "خالد العبد الله", GOV,
           note="the council's appeal is a call, not a defection"),
         E("statement", None, None, None, 'المجلس العسكري في حمص', FSA, note="MENDED stop 32 (conventions): a council's call to defect is a statement (stop 32); Homs is the council's seat")])

passage("p14", "2015-04-29", "SOHR", "executed while trying to defect",
        "أعدمت قوات النظام سبعة من عناصرها ميدانياً في ريف حماة الشمالي بعد أن حاولوا الانشقاق والفرار نحو "
        "مناطق سيطرة الفصائل، وفق ما رصده المرصد السوري لحقوق الإنسان. وأشار المرصد إلى أن العناصر ينحدرون "
        "من محافظة دير الزور، وأن جثثهم سُلّمت إلى ذويهم صباح اليوم.",
        [E("casualties", Q("سبعة", 7), PL("ريف حماة الشمالي", "Northern Hama countryside", "Hama"), None,
           "المرصد السوري لحقوق الإنسان", GOV, note="the defection was attempted: no defection event")])

passage("p15", "2019-03-05", "Anadolu Agency", "attack on a post, source inside SDF",
        "قال مصدر في «قوات سوريا الديمقراطية» لمراسل الأناضول إن مسلحي تنظيم «داعش» هاجموا فجر اليوم نقطة "
        "عسكرية للقوات قرب بلدة الباغوز شرقي دير الزور، ما أسفر عن مقتل أربعة من عناصرها. وأضاف المصدر أن "
        "الاشتباكات استمرت ساعتين قبل أن ينسحب المهاجمون نحو المخيم المحاصر.",
        [E("armed_clash", Q("أربعة", 4), PL("الباغوز", "Al-Baghuz", "Deir ez-Zor"), "2019-03-05",
           "مصدر في «قوات سوريا الديمقراطية»", IS)])

passage("p16", "2024-10-20", "Asharq Al-Awsat", "Israeli strike, relayed military source",
        "شنّت إسرائيل فجر اليوم الأحد غارات جوية على مواقع عسكرية في محيط مطار المزة العسكري غرب دمشق، أدت إلى "
        "مقتل 3 عسكريين وإصابة 5 آخرين، وفق ما نقلته الوكالة العربية السورية للأنباء (سانا) عن مصدر عسكري. "
        "وأوضح المصدر أن الدفاعات الجوية تصدت لعدد من الصواريخ وأسقطت بعضها.",
        [E("airstrike", Q("3", 3), PL("مطار المزة العسكري", "Mezzeh military airport", "Damascus"), "2024-10-20",
           "مصدر عسكري", ISR)])

passage("p17", "2013-09-16", "SANA", "SANA 'terrorists' phrasing, source first",
        "ريف دمشق-سانا\n"
        "أفاد مصدر عسكري لسانا بأن وحدات من جيشنا الباسل قضت على 30 إرهابياً من جبهة النصرة في عمليات نوعية "
        "بمحيط مدينة عدرا العمالية، ودمرت أوكاراً لهم بما فيها من أسلحة وذخيرة. وأضاف المصدر أن بين القتلى "
        "إرهابيين من جنسيات أجنبية.",
        [E("armed_clash", Q("30", 30), PL("عدرا العمالية", "Adra al-Umaliya", "Rif Dimashq"), None,
           "مصدر عسكري", GOV)])

passage("p18", "2012-12-12", "Zaman al-Wasl", "'three massacres' is not three killed",
        "ارتكبت قوات الأسد ثلاث مجازر في ريف إدلب خلال يوم أمس، راح ضحيتها 41 شخصاً بينهم نساء وأطفال، بحسب "
        "ناشطين تحدثوا لـ«زمان الوصل». وتركزت المجازر في بلدات كفرومة وحاس ومعرشورين التي تعرضت لقصف مدفعي "
        "وصاروخي عنيف.",
        [E("shelling", Q("41", 41), PL("ريف إدلب", "Idlib countryside", "Idlib"), "2012-12-11", "ناشطين", GOV,
           note="the massacres were the shelling; one act told over three towns")])

passage("p19", "2020-06-03", "Enab Baladi", "'killed and wounded' combined figure",
        "أسفر انفجار سيارة مفخخة في سوق شعبي وسط مدينة عفرين، ظهر أمس الثلاثاء، عن سقوط 27 قتيلاً وجريحاً، "
        "بينهم تسعة قتلى على الأقل، وفق ما أفاد به الدفاع المدني السوري. ولم تتبنَّ أي جهة التفجير حتى لحظة "
        "إعداد هذا الخبر، في حين اتهمت الحكومة التركية «وحدات حماية الشعب» بالوقوف وراءه.",
        [E("explosion", Q("تسعة", 9, None, True), PL("عفرين", "Afrin", "Aleppo"), "2020-06-02",
           "الدفاع المدني السوري", None, note="27 killed-and-wounded is not 27 killed; the accusation is a claim")])

passage("p20", "2025-01-19", "Syria TV", "post-2024 security forces",
        "ألقت إدارة الأمن العام القبض على 12 شخصاً من فلول النظام البائد خلال حملة تمشيط في حي عكرمة بمدينة "
        "حمص، أمس السبت، وصادرت كميات من الأسلحة والذخائر، بحسب ما أعلنته وزارة الداخلية السورية. وأكدت الوزارة "
        "أن الموقوفين متورطون في عمليات قتل وتعذيب بحق المعتقلين خلال السنوات الماضية.",
        [E("arrest", Q("12", 12), PL("عكرمة", "Akrama", "Homs"), "2025-01-18", "وزارة الداخلية السورية", NEWGOV)])

passage("p21", "2025-03-30", "SOHR", "ambush on security forces, reinforcements",
        "المرصد السوري: قُتل ستة عناصر من جهاز الأمن العام في كمين نصبه مسلحون مجهولون على طريق قرية الدالية "
        "في ريف جبلة، مساء أمس، وتلته اشتباكات استمرت حتى ساعات الفجر. وأفاد المرصد بأن تعزيزات عسكرية وصلت "
        "إلى ريف جبلة وبدأت عمليات تمشيط في القرى المحيطة.",
        [E("armed_clash", Q("ستة", 6), PL("الدالية", "Al-Daliyah", "Latakia"), "2025-03-29", "المرصد السوري"),
         E("reinforcement", None, PL("ريف جبلة", "Jableh countryside", "Latakia", nth=1), None, "المرصد")])

passage("p22", "2013-06-05", "Al Jazeera", "territory taken + aim",
        "سيطرت قوات النظام السوري مدعومة بمقاتلين من حزب الله اللبناني على مدينة القصير بريف حمص الغربي اليوم، "
        "بعد معارك استمرت أكثر من أسبوعين، حسب ما أعلنه التلفزيون الرسمي. وقال ناشطون إن مقاتلي المعارضة "
        "انسحبوا من المدينة نحو القرى الشمالية، في حين يقول مسؤولون في النظام إن الهدف التالي هو استعادة ما "
        "تبقى من أحياء حمص المحاصرة.",
        [E("territory_change", None, PL("القصير", "Al-Qusayr", "Homs"), "2013-06-05", "التلفزيون الرسمي", GOV,
           note="the withdrawal is the same incident; the next aim is not an event")])

passage("p23", "2014-10-08", "Asharq Al-Awsat", "'based in Britain' trap, coalition strike",
        "قال المرصد السوري لحقوق الإنسان، الذي يتخذ من بريطانيا مقراً له، إن 9 عناصر من تنظيم داعش قتلوا أمس "
        "في غارات شنتها طائرات التحالف الدولي على مواقع للتنظيم في مدينة الرقة. وتقود الولايات المتحدة منذ "
        "أسابيع حملة جوية ضد التنظيم تشارك فيها دول غربية وعربية.",
        [E("airstrike", Q("9", 9), PL("الرقة", "Raqqa", "Raqqa"), "2014-10-07", "المرصد السوري لحقوق الإنسان",
           COAL)])

passage("p24", "2019-09-01", "SNHR", "monthly report: aggregates",
        "وثّقت الشبكة السورية لحقوق الإنسان في تقريرها الشهري مقتل 217 مدنياً في سوريا خلال شهر آب/أغسطس "
        "المنصرم، بينهم 52 طفلاً و31 سيدة، وكان النظام السوري وحليفه الروسي مسؤولَين عن مقتل 171 منهم. كما "
        "سجّل التقرير ما لا يقل عن 412 حالة اعتقال تعسفي في الشهر ذاته، معظمها على يد قوات النظام.",
        [E("casualties", Q("217", 217), PL("سوريا", "Syria"), "2019-08", "الشبكة السورية لحقوق الإنسان",
           kind="aggregate"),
         E("arrest", Q("ما لا يقل عن 412", 412, None, True), None, "2019-08", "الشبكة السورية لحقوق الإنسان", GOV,
           kind="aggregate")])

passage("p25", "2016-12-16", "Al-Hayat (AFP)", "evacuation announced by the ICRC",
        "أعلنت اللجنة الدولية للصليب الأحمر أن نحو ثلاثة آلاف شخص، بينهم مئات الجرحى، غادروا أمس الخميس "
        "الأحياء الشرقية المحاصرة في مدينة حلب على متن حافلات وسيارات إسعاف، في أول عملية إجلاء ضمن اتفاق رعته "
        "روسيا وتركيا. ونقلت وكالة فرانس برس عن مسؤول في اللجنة أن العملية ستستمر خلال الأيام المقبلة.",
        [E("other", Q("نحو ثلاثة آلاف", 3000, approx=True), PL("حلب", "Aleppo", "Aleppo"), "2016-12-15",
           "اللجنة الدولية للصليب الأحمر", note="Russia and Turkey sponsor the deal: not places")])

passage("p26", "2011-07-01", "Al Jazeera", "2011 protests, shooting at a protest",
        "خرج عشرات الآلاف من المتظاهرين في مدينة حماة اليوم الجمعة في مظاهرة حاشدة طالبت برحيل النظام، بينما "
        "أطلقت قوات الأمن النار على متظاهرين في حي القدم بدمشق، ما أدى إلى مقتل أربعة أشخاص، بحسب ما أفاد به "
        "شهود عيان لوكالة رويترز.",
        [E("protest", Q("عشرات الآلاف", 20000, 90000, True), PL("حماة", "Hama", "Hama"), "2011-07-01", "شهود عيان"),
         E("protest", Q("أربعة", 4), PL("القدم", "Al-Qadam", "Damascus"), "2011-07-01", "شهود عيان",
           note="force against protesters: the deaths belong to that protest (ACLED)")])

passage("p27", "2022-01-12", "Jusoor (study)", "cumulative estimate of defectors",
        "قدّرت دراسة أعدها مركز جسور للدراسات أن عدد العسكريين المنشقين عن جيش النظام منذ عام 2011 يتراوح بين "
        "140 و160 ألفاً، غالبيتهم من المجندين وصف الضباط. وأشارت الدراسة إلى أن معظم المنشقين غادروا البلاد أو "
        "التحقوا بفصائل المعارضة.",
        [E("defection", Q("بين 140 و160 ألفاً", 140000, 160000), None, None, "مركز جسور للدراسات", GOV,
           kind="aggregate")])

passage("p28", "2020-02-18", "Syria TV", "draft evasion in Daraa",
        "تخلّف أكثر من 200 شاب من أبناء مدينة الصنمين بريف درعا الشمالي عن الالتحاق بالخدمة الاحتياطية في جيش "
        "النظام، بعد أن أصدرت شعبة التجنيد قوائم بأسمائهم مطلع الشهر الجاري، وفق ما ذكره «تجمع أحرار حوران». "
        "ويخشى الشبان من سوقهم إلى جبهات ريف إدلب.",
        [E("desertion", Q("أكثر من 200", 200, None, True), PL("الصنمين", "Al-Sanamayn", "Daraa"), None,
           "تجمع أحرار حوران")])

passage("p29", "2020-06-17", "Enab Baladi", "Turkish convoy + cumulative vehicles",
        "دخل رتل عسكري تركي جديد يضم نحو 40 آلية عبر معبر كفرلوسين الحدودي، صباح اليوم الأربعاء، واتجه نحو "
        "النقاط التركية في جبل الزاوية جنوبي إدلب، بحسب ما رصده مراسل عنب بلدي. وبذلك يرتفع عدد الآليات "
        "التركية التي دخلت المنطقة منذ بدء وقف إطلاق النار في آذار الماضي إلى أكثر من 6500 آلية.",
        [E("reinforcement", Q("نحو 40", 40, approx=True), PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"),
           "2020-06-17", "مراسل عنب بلدي", TUR),
         E("reinforcement", Q("أكثر من 6500", 6500, None, True), None, None, "مراسل عنب بلدي", TUR,
           kind="aggregate")])

passage("p30", "2019-11-26", "Anadolu Agency", "sanctions, cities of residence are not places",
        "أعلنت وزارة الخزانة الأمريكية، أمس الاثنين، فرض عقوبات على 14 شخصاً وكياناً بتهمة دعم النظام السوري "
        "وتسهيل صفقات نفط لصالحه، بحسب بيان نشرته الوزارة على موقعها. ومن بين المشمولين بالعقوبات رجال أعمال "
        "يقيمون في دمشق وبيروت.",
        [E("sanction", Q("14", 14), None, "2019-11-25", "وزارة الخزانة الأمريكية")])

passage("p31", "2015-11-25", "Zaman al-Wasl", "religious statement calling for defection",
        "أصدر المجلس الإسلامي السوري، اليوم الأربعاء، بياناً حرّم فيه القتال إلى جانب قوات النظام، ودعا المجندين "
        "في صفوفه إلى ترك مواقعهم واللجوء إلى المناطق المحررة. ونشر المجلس البيان على موقعه الرسمي، مؤكداً أن "
        "الانشقاق «واجب شرعي».",
        [E("statement", None, None, "2015-11-25", "المجلس الإسلامي السوري",
           note="the appeal to defect is a call, not a defection")])

passage("p32", "2019-01-23", "SY24", "headline told again in the body",
        "انشقاق 8 عناصر من الفرقة الرابعة في ريف درعا الغربي\n"
        "أعلن ثمانية عناصر من مرتبات الفرقة الرابعة في جيش النظام انشقاقهم، مساء أمس الثلاثاء، ووصولهم إلى بلدة "
        "المزيريب في ريف درعا الغربي، وقالت مصادر خاصة لـ«SY24» إن العناصر من أبناء المنطقة الذين أجروا التسوية "
        "العام الماضي.",
        [E("defection", Q("ثمانية", 8), PL("المزيريب", "Al-Muzayrib", "Daraa"), "2019-01-22", "مصادر خاصة", GOV)])

passage("p33", "2021-06-15", "Halab Today", "shells on a list of villages; where the fire came from",
        "قصفت قوات النظام المتمركزة في معسكر جورين بأكثر من 60 قذيفة مدفعية وصاروخية قرى الزيارة والعنكاوي "
        "وقسطون في سهل الغاب، منذ صباح اليوم الثلاثاء، ما أدى إلى إصابة سبعة مدنيين بينهم طفلان، بحسب ما أفاد "
        "مراسل حلب اليوم.",
        [E("shelling", Q("أكثر من 60", 60, None, True), PL("الزيارة", "Al-Ziyara", "Hama"), "2021-06-15",
           "مراسل حلب اليوم", GOV, note="the camp the fire came from is not the place")])

passage("p34", "2017-07-20", "Enab Baladi", "rebel infighting, checkpoints taken",
        "اندلعت اشتباكات عنيفة بين «هيئة تحرير الشام» و«حركة أحرار الشام الإسلامية» في مدينة سراقب بريف إدلب "
        "الشرقي، أمس الأربعاء، أسفرت عن مقتل خمسة مقاتلين من الطرفين، بحسب ما قاله مراسل عنب بلدي في إدلب. "
        "وسيطرت الهيئة في أعقاب المواجهات على حواجز الحركة في محيط المدينة.",
        [E("armed_clash", Q("خمسة", 5), PL("سراقب", "Saraqib", "Idlib"), "2017-07-19", "مراسل عنب بلدي", HTS),
         E("territory_change", None, PL("سراقب", "Saraqib", "Idlib"), None, None, HTS)])

passage("p35", "2015-05-21", "Al Jazeera", "city taken + battle toll over days",
        "أحكم تنظيم الدولة الإسلامية سيطرته على مدينة تدمر الأثرية في ريف حمص الشرقي، بعد انسحاب قوات النظام منها "
        "ليل أمس، وفق ما أكده المرصد السوري لحقوق الإنسان. وقال المرصد إن أكثر من مئة عنصر من قوات النظام قتلوا "
        "خلال المعارك التي استمرت تسعة أيام حول المدينة.",
        [E("territory_change", None, PL("تدمر", "Palmyra", "Homs"), "2015-05-20", "المرصد السوري لحقوق الإنسان", IS),
         E("armed_clash", Q("أكثر من مئة", 100, None, True), PL("تدمر", "Palmyra", "Homs"), None,
           "المرصد", IS, kind="aggregate")])

passage("p36", "2015-10-06", "Orient (SOHR)", "Russian strikes, no casualties",
        "شنّ الطيران الحربي الروسي، اليوم الثلاثاء، 20 غارة جوية على مواقع للفصائل المقاتلة في جبل الأكراد بريف "
        "اللاذقية الشمالي، دون ورود معلومات عن خسائر بشرية، بحسب المرصد السوري لحقوق الإنسان. وتأتي هذه الغارات "
        "في إطار الحملة الجوية التي تشنها موسكو دعماً لقوات النظام.",
        [E("airstrike", Q("20", 20), PL("جبل الأكراد", "Jabal al-Akrad", "Latakia"), "2015-10-06",
           "المرصد السوري لحقوق الإنسان", RUS)])

passage("p37", "2021-08-09", "Syria TV", "denied defection + a real clash",
        "نفى مصدر في «الجيش الوطني السوري» صحة الأنباء التي تحدثت عن انشقاق 50 عنصراً من «فرقة الحمزة» وانضمامهم "
        "إلى «هيئة تحرير الشام» في ريف حلب الشمالي، واصفاً إياها بالشائعات. في حين قُتل اثنان من عناصر الفرقة، "
        "أمس الأحد، في اشتباك مع مقاتلين من «قسد» على خطوط التماس قرب مدينة منبج.",
        [E("armed_clash", Q("اثنان", 2), PL("منبج", "Manbij", "Aleppo"), "2021-08-08", None,
           note="the 50 defectors are denied: no event"),
         E("statement", None, PL("ريف حلب الشمالي", "Northern Aleppo countryside", "Aleppo"), None, 'مصدر في «الجيش الوطني السوري»', SNA, note="MENDED stop 32 (conventions): a denial that is the item's news (its lead) is a statement (stop 32), at the place it concerns")])

passage("p38", "2022-11-22", "Anadolu Agency", "Turkish shelling, recalled operation, future threat",
        "قصفت القوات التركية بالمدفعية الثقيلة، اليوم الثلاثاء، مواقع لتنظيم «بي كي كي/ واي بي جي» في قرى تل طويل "
        "وأم الكيف بريف تل تمر شمال غربي الحسكة، بحسب ما أفاد به مراسل الأناضول. ويأتي القصف بعد يومين من إطلاق "
        "الجيش التركي عملية «المخلب-السيف» الجوية، فيما أكد الرئيس رجب طيب أردوغان أن بلاده ستطلق عملية برية في "
        "الوقت المناسب.",
        [E("shelling", None, PL("تل طويل", "Tal Tawil", "Al-Hasakah"), "2022-11-22", "مراسل الأناضول", TUR),
         E("airstrike", None, None, "2022-11-20", None, TUR, note="recalled launch of the air operation")])

passage("p39", "2023-04-11", "Enab Baladi", "lead then source in the next sentence; 'highest since'",
        "قُتل 11 شخصاً، بينهم ثلاثة أطفال، وأصيب أكثر من 30 آخرين، جراء انفجار دراجة نارية مفخخة قرب دوار السنتر "
        "وسط مدينة الباب شرقي حلب، مساء أمس الاثنين، في أعلى حصيلة لتفجير تشهده المدينة منذ مطلع العام. وقالت "
        "مديرية الدفاع المدني إن فرقها انتشلت الضحايا ونقلت المصابين إلى مشفى الباب.",
        [E("explosion", Q("11", 11), PL("الباب", "Al-Bab", "Aleppo"), "2023-04-10", "مديرية الدفاع المدني")])

passage("p40", "2024-11-30", "Syria TV", "opposition offensive 2024",
        "أعلنت «إدارة العمليات العسكرية» التابعة لفصائل المعارضة، اليوم السبت، سيطرتها على معظم أحياء مدينة "
        "حلب، بعد انسحاب قوات النظام من مواقعها داخل المدينة، وذلك في اليوم الرابع من معركة «ردع العدوان». وقال "
        "مراسل تلفزيون سوريا إن مقاتلي الفصائل دخلوا قلعة حلب ورفعوا علم الثورة فوقها.",
        [E("territory_change", None, PL("حلب", "Aleppo", "Aleppo"), "2024-11-30", "إدارة العمليات العسكرية", FSA,
           note="before 8 December 2024 the operations command is the opposition, not the government")])

passage("p41", "2018-09-27", "SOHR", "habit then today's shelling",
        "تتعرض قرى جبل الزاوية في ريف إدلب الجنوبي بشكل شبه يومي لقصف مدفعي من مواقع قوات النظام. وصباح اليوم "
        "الخميس، قصفت قوات النظام بلدة البارة بعشرات القذائف، ما أدى إلى مقتل امرأة وطفلها وإصابة ثلاثة آخرين من "
        "عائلة واحدة، وفق ما وثقه المرصد السوري لحقوق الإنسان.",
        [E("shelling", Q("عشرات", 20, 90, True), PL("البارة", "Al-Bara", "Idlib"), "2018-09-27",
           "المرصد السوري لحقوق الإنسان", GOV, note="the near-daily shelling is a habit")])

passage("p42", "2020-02-12", "Al Jazeera", "displacement + cumulative displaced",
        "نزح أكثر من 5 آلاف شخص من قرى ريف حلب الغربي خلال اليومين الماضيين هرباً من القصف المتواصل، وتوجه "
        "معظمهم إلى المخيمات القريبة من الحدود التركية، وفق ما أعلنه فريق «منسقو استجابة سوريا». وأوضح الفريق "
        "أن عدد النازحين منذ مطلع كانون الأول الماضي تجاوز 700 ألف مدني.",
        [E("other", Q("أكثر من 5 آلاف", 5000, None, True), PL("ريف حلب الغربي", "Western Aleppo countryside",
                                                             "Aleppo"), None, "منسقو استجابة سوريا"),
         E("other", Q("700 ألف", 700000, None, True), None, None, "منسقو استجابة سوريا", kind="aggregate")])

passage("p43", "2018-07-17", "Enab Baladi", "status settlement (taswiya) with deserters inside",
        "افتتحت اللجنة الأمنية التابعة للنظام مركزاً لتسوية الأوضاع في مدينة نوى بريف درعا الغربي، وأجرى نحو 900 "
        "شخص تسوية أوضاعهم خلال اليوم الأول، بينهم قرابة 300 منشق ومتخلف عن الخدمة العسكرية، بحسب ما نقله مراسل "
        "عنب بلدي عن أحد أعضاء لجنة المفاوضات.",
        [E("other", Q("نحو 900", 900, approx=True), PL("نوى", "Nawa", "Daraa"), None, "أحد أعضاء لجنة المفاوضات",
           note="300 defectors and evaders are a breakdown of the 900")])

passage("p44", "2018-06-18", "Deir ez-Zor 24", "unknown aircraft, Iraq-border trap",
        "استهدفت طائرات مجهولة الهوية، فجر اليوم، مواقع لميليشيات موالية لإيران في محيط مدينة البوكمال قرب الحدود "
        "العراقية، ما أسفر عن مقتل 18 عنصراً على الأقل بينهم مقاتلون عراقيون، بحسب ما قالته شبكة «دير الزور 24» "
        "المحلية. ولم تعلن أي جهة مسؤوليتها عن الضربات حتى الآن.",
        [E("airstrike", Q("18", 18, None, True), PL("البوكمال", "Abu Kamal", "Deir ez-Zor"), "2018-06-18",
           "شبكة «دير الزور 24»", None)])

passage("p45", "2016-05-23", "SANA", "toll update of one bombing",
        "ارتفع عدد ضحايا التفجيرات الإرهابية التي استهدفت مدينة جبلة صباح اليوم إلى 53 شهيداً وأكثر من 100 جريح، "
        "وفق ما أفادت به مديرية صحة اللاذقية لمراسل سانا. وكان إرهابيون قد فجروا سيارة مفخخة وأحزمة ناسفة في "
        "محطة الحافلات وقرب المشفى الوطني في المدينة.",
        [E("explosion", Q("53", 53), PL("جبلة", "Jableh", "Latakia"), "2016-05-23", "مديرية صحة اللاذقية",
           note="the pluperfect sentence tells the same bombing")])

passage("p46", "2019-06-25", "Al-Khabour", "SDF raid with coalition support",
        "شنّت قوات سوريا الديمقراطية يوم الأحد حملة دهم في بلدة الشحيل بريف دير الزور الشرقي، اعتقلت خلالها 17 "
        "شاباً بتهمة الانتماء لخلايا تنظيم داعش، وذلك بمساندة مروحيات التحالف الدولي، بحسب ما ذكرته مصادر محلية "
        "لموقع الخابور.",
        [E("arrest", Q("17", 17), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2019-06-23", "مصادر محلية", SDF)])


# -- set 2: written at 23:35 UTC after set 1 had been used to fix attribution and actors, gold
# first, to measure those fixes on text they were not made on (scored with --set probe2) --------
P2 = []


def passage2(pid, published, outlet, style, text, events):
    P2.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
               "events": events})


passage2("q01", "2013-04-10", "LCC", "LCC statement, shelling with toll",
         "أفادت لجان التنسيق المحلية بأن قوات النظام قصفت بالمدفعية الثقيلة حي جوبر في دمشق منذ ساعات الصباح، "
         "ما أدى إلى سقوط ثمانية قتلى بينهم امرأتان، فيما تواصلت الاشتباكات على أطراف الحي.",
         [E("shelling", Q("ثمانية", 8), PL("جوبر", "Jobar", "Damascus"), "2013-04-10", "لجان التنسيق المحلية", GOV),
          E("armed_clash", None, PL("جوبر", "Jobar", "Damascus"), "2013-04-10", "لجان التنسيق المحلية",
            note="MENDED stop 31 (lead): the clashes told in the parallel «فيما» clause on the quarter's edges are an "
                 "incident of the day at the quarter; sets 4, 9, 12, 19, 29 and 48 code such a clause so (6 : 1)")])

passage2("q02", "2016-09-20", "Al-Hayat", "aid convoy struck; blame and denial",
         "قالت منظمة الهلال الأحمر العربي السوري إن قافلة مساعدات تابعة لها تعرضت لغارة جوية قرب بلدة أورم الكبرى "
         "في ريف حلب الغربي مساء أمس، ما أسفر عن مقتل 12 من المتطوعين والسائقين. وحمّلت واشنطن روسيا مسؤولية "
         "الهجوم، في حين نفت موسكو أي علاقة لطائراتها به.",
         [E("airstrike", Q("12", 12), PL("أورم الكبرى", "Orem al-Kubra", "Aleppo"), "2016-09-19",
            "منظمة الهلال الأحمر العربي السوري", None)])

passage2("q03", "2018-03-14", "Reuters (Arabic)", "relayed field commander, repelled advance",
         "ذكرت وكالة رويترز نقلاً عن قائد ميداني في «فيلق الرحمن» أن مقاتليه صدوا محاولة تقدم لقوات النظام على "
         "جبهة عين ترما في الغوطة الشرقية، وقتلوا ما لا يقل عن 15 عنصراً من المهاجمين.",
         [E("armed_clash", Q("ما لا يقل عن 15", 15, None), PL("عين ترما", "Ein Terma", "Rif Dimashq"), None,
            "قائد ميداني في «فيلق الرحمن»", None)])

passage2("q04", "2020-10-26", "SOHR", "Russian jets on a rebel camp",
         "استهدفت طائرات حربية روسية معسكراً تدريبياً لفصيل «فيلق الشام» قرب بلدة كفرتخاريم شمال غربي إدلب صباح "
         "اليوم، ما أدى إلى مقتل أكثر من 50 مقاتلاً وإصابة العشرات، بحسب المرصد السوري لحقوق الإنسان.",
         [E("airstrike", Q("أكثر من 50", 50, None, True), PL("كفرتخاريم", "Kafr Takharim", "Idlib"), "2020-10-26",
            "المرصد السوري لحقوق الإنسان", RUS)])

passage2("q05", "2019-05-08", "Hawar (SDF statement)", "SDF statement of its own arrests",
         "أعلنت قوات سوريا الديمقراطية في بيان على موقعها الرسمي أن وحداتها اعتقلت خمسة أشخاص يشتبه بانتمائهم "
         "لخلايا تنظيم الدولة في بلدة ذيبان بريف دير الزور الشرقي، وضبطت بحوزتهم أسلحة وعبوات ناسفة.",
         [E("arrest", Q("خمسة", 5), PL("ذيبان", "Thiban", "Deir ez-Zor"), None, "قوات سوريا الديمقراطية", SDF)])

passage2("q06", "2012-08-02", "Al Jazeera", "vague-plural defection, 2012",
         "أكد ناشطون معارضون أن عشرات العناصر من الجيش النظامي انشقوا أمس في مدينة جسر الشغور وانضموا إلى كتائب "
         "الجيش الحر في جبل الزاوية، وقال أحد المنشقين لقناة الجزيرة إنهم رفضوا قصف المدنيين.",
         [E("defection", Q("عشرات", 20, 90, True), PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2012-08-01",
            "ناشطون معارضون", GOV)])

passage2("q07", "2021-11-09", "Horan Free League", "reinforcements with feared operation",
         "وصلت تعزيزات عسكرية لقوات النظام تضم دبابات وراجمات صواريخ إلى محيط مدينة طفس في ريف درعا الغربي أمس، "
         "وسط مخاوف الأهالي من عملية عسكرية وشيكة، بحسب ما أفاد به «تجمع أحرار حوران».",
         [E("reinforcement", None, PL("طفس", "Tafas", "Daraa"), "2021-11-08", "تجمع أحرار حوران", GOV)])

passage2("q08", "2017-04-05", "Enab Baladi", "toxic-gas strike, toll by civil defence director",
         "قال مدير مركز الدفاع المدني في خان شيخون إن فرقه أحصت 58 قتيلاً على الأقل جراء غارات بغازات سامة استهدفت "
         "المدينة صباح أمس، بينهم 11 طفلاً، فيما لا يزال عشرات المصابين يتلقون العلاج في مشافي المنطقة.",
         [E("airstrike", Q("58", 58, None, True), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2017-04-04",
            "مدير مركز الدفاع المدني في خان شيخون", None)])

passage2("q09", "2023-02-10", "Asharq Al-Awsat", "Israel claims a strike on IRGC sites",
         "أعلن الجيش الإسرائيلي أن طائراته أغارت على مواقع تابعة للحرس الثوري الإيراني في محيط مطار حلب الدولي، في "
         "حين قال مصدر عسكري سوري إن الغارات أوقعت خسائر مادية فقط.",
         [E("airstrike", None, PL("مطار حلب الدولي", "Aleppo International Airport", "Aleppo"), None,
            "الجيش الإسرائيلي", ISR)])

passage2("q10", "2014-06-17", "SANA", "SANA dateline with colon",
         "دمشق-سانا: أعادت وحدات من الجيش العربي السوري الأمن والاستقرار إلى بلدة المليحة في الغوطة الشرقية بعد أن "
         "قضت على أعداد كبيرة من الإرهابيين، حسبما أفاد مصدر عسكري.",
         [E("territory_change", None, PL("المليحة", "Al-Mleiha", "Rif Dimashq"), None, "مصدر عسكري", GOV)])

passage2("q11", "2015-08-12", "Zaman al-Wasl", "US drone on an IS car, activist network",
         "قُتل 7 من عناصر «داعش» بينهم قيادي محلي في غارة لطائرة مسيرة أمريكية استهدفت سيارتهم على طريق الرقة – "
         "الطبقة، حسب ما نقلته شبكة «الرقة تذبح بصمت» عن مصادرها.",
         [E("airstrike", Q("7", 7), PL("الرقة", "Raqqa", "Raqqa"), None, "شبكة «الرقة تذبح بصمت»",
            "US forces")])

passage2("q12", "2024-12-09", "Syria TV", "after the fall: the operations room is the new army",
         "أعلنت إدارة العمليات العسكرية أن قواتها دخلت مدينة القرداحة في ريف اللاذقية دون مقاومة، بعد انسحاب آخر "
         "وحدات الجيش منها، وذلك غداة سقوط النظام.",
         [E("territory_change", None, PL("القرداحة", "Qardaha", "Latakia"), None, "إدارة العمليات العسكرية",
            NEWGOV)])

passage2("q13", "2019-10-10", "Anadolu Agency", "Turkish and SNA advance, ministry via Twitter",
         "بدأ الجيش التركي والجيش الوطني السوري عملية برية شرق الفرات، وسيطرا خلال الساعات الأولى على قريتي الحاوي "
         "والمشرفة غربي مدينة تل أبيض، بحسب ما أعلنته وزارة الدفاع التركية عبر تويتر.",
         [E("territory_change", None, PL("الحاوي", "Al-Hawi", "Raqqa"), None, "وزارة الدفاع التركية", TUR)])

passage2("q14", "2012-02-06", "Al Jazeera", "2012 toll from the revolution commission",
         "أفادت الهيئة العامة للثورة السورية بسقوط 43 قتيلاً في حمص أمس، معظمهم في حي بابا عمرو الذي يتعرض لقصف "
         "متواصل منذ خمسة أيام.",
         [E("casualties", Q("43", 43), PL("حمص", "Homs", "Homs"), "2012-02-05", "الهيئة العامة للثورة السورية")])

passage2("q15", "2022-08-16", "North Press", "Turkish drones on army posts",
         "شنّت طائرات مسيرة تركية ثلاث ضربات على مواقع لقوات النظام قرب بلدة تل رفعت شمال حلب، ما أسفر عن مقتل "
         "ثلاثة جنود، وفق مصادر ميدانية تحدثت لموقع نورث برس.",
         [E("airstrike", Q("ثلاثة", 3), PL("تل رفعت", "Tell Rifaat", "Aleppo"), None, "مصادر ميدانية", TUR)])

passage2("q16", "2025-05-20", "Syria TV", "2025 defence ministry clash",
         "أفاد مراسل تلفزيون سوريا بأن عناصر من وزارة الدفاع السورية اشتبكوا مع مجموعة مسلحة خارجة عن القانون في "
         "بلدة جرمانا بريف دمشق، ما أسفر عن مقتل اثنين من عناصر الوزارة.",
         [E("armed_clash", Q("اثنين", 2), PL("جرمانا", "Jaramana", "Rif Dimashq"), None, "مراسل تلفزيون سوريا",
            NEWGOV)])


# -- set 3: written at 23:50 UTC, scored ONCE at the end of the session with no change after it:
# the final honest figure for the session's work (scored with --set probe3) ---------------------
P3 = []


def passage3(pid, published, outlet, style, text, events):
    P3.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
               "events": events})


passage3("r01", "2013-07-22", "Al Jazeera", "takeover after clashes with a toll",
         "قالت الهيئة العامة للثورة السورية إن مقاتلي المعارضة سيطروا صباح اليوم على حاجز عند المدخل الجنوبي لبلدة "
         "خان العسل غرب حلب، بعد اشتباكات عنيفة قتل خلالها 26 عنصراً من قوات النظام.",
         [E("territory_change", Q("26", 26), PL("خان العسل", "Khan al-Asal", "Aleppo"), "2013-07-22",
            "الهيئة العامة للثورة السورية", FSA)])

passage3("r02", "2017-02-14", "Anadolu Agency", "friendly fire from a Russian jet",
         "قُتل ثلاثة جنود أتراك وأصيب 11 آخرون جراء غارة لطائرة روسية استهدفت خطأً مبنى كانوا فيه قرب مدينة الباب "
         "شرقي حلب، بحسب بيان لرئاسة الأركان التركية.",
         [E("airstrike", Q("ثلاثة", 3), PL("الباب", "Al-Bab", "Aleppo"), None, "رئاسة الأركان التركية", RUS)])

passage3("r03", "2018-08-30", "Enab Baladi", "barrel bombs return, no casualties",
         "قصفت مروحيات النظام بالبراميل المتفجرة بلدة التمانعة في ريف إدلب الجنوبي، في أول استخدام لهذا السلاح في "
         "المنطقة منذ أسابيع، دون أن ترد معلومات عن إصابات، وفق ما أفاد به الدفاع المدني.",
         [E("airstrike", None, PL("التمانعة", "Al-Tamanah", "Idlib"), None, "الدفاع المدني", GOV)])

passage3("r04", "2025-06-10", "SANA", "2025 interior ministry, border trap",
         "أعلنت وزارة الداخلية السورية توقيف 9 أشخاص متورطين في تهريب المخدرات عبر الحدود مع الأردن في ريف السويداء "
         "الجنوبي، وضبط أكثر من مليون حبة كبتاغون بحوزتهم.",
         [E("arrest", Q("9", 9), PL("ريف السويداء الجنوبي", "Southern As-Suwayda countryside", "As-Suwayda"), None,
            "وزارة الداخلية السورية", NEWGOV)])

passage3("r05", "2014-01-05", "Zaman al-Wasl", "FSA against ISIS, 2014",
         "اندلعت معارك عنيفة بين مقاتلي الجيش الحر وعناصر تنظيم «الدولة الإسلامية في العراق والشام» في مدينة الأتارب "
         "ومحيطها، أسفرت عن مقتل 17 عنصراً من التنظيم وأسر آخرين، بحسب ناشطين.",
         [E("armed_clash", Q("17", 17), PL("الأتارب", "Al-Atarib", "Aleppo"), None, "ناشطين", FSA)])

passage3("r06", "2019-12-24", "Syria TV", "displacement from an offensive",
         "نزح أكثر من 80 ألف مدني من مدينة معرة النعمان وريفها خلال الأيام الخمسة الماضية باتجاه الحدود التركية، "
         "جراء الحملة العسكرية لقوات النظام وروسيا، وفق ما ذكره فريق منسقو استجابة سوريا.",
         [E("other", Q("أكثر من 80 ألف", 80000, None, True), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), None,
            "فريق منسقو استجابة سوريا")])

passage3("r07", "2016-02-03", "SANA", "siege broken, state TV",
         "أعلن التلفزيون الرسمي أن الجيش السوري فك الحصار عن بلدتي نبل والزهراء في ريف حلب الشمالي بعد معارك مع فصائل "
         "المعارضة استمرت ثلاثة أيام.",
         [E("territory_change", None, PL("نبل", "Nubl", "Aleppo"), None, "التلفزيون الرسمي", GOV)])

passage3("r08", "2023-10-06", "Asharq Al-Awsat", "toll rise of a drone attack on a ceremony",
         "ارتفعت حصيلة الهجوم بطائرات مسيرة على حفل تخرج في الكلية الحربية بمدينة حمص أمس إلى 89 قتيلاً بينهم 31 "
         "امرأة وخمسة أطفال، وفق ما أعلنه وزير الصحة في حكومة النظام.",
         [E("airstrike", Q("89", 89), PL("الكلية الحربية", "Homs Military Academy", "Homs"), "2023-10-05",
            "وزير الصحة في حكومة النظام", None)])

passage3("r09", "2018-05-02", "Sawt al-Asima", "draft evasion relayed from activists",
         "تخلّف نحو 400 شاب من أبناء مدينة جرمانا عن الالتحاق بالخدمة الاحتياطية بعد صدور قرار بسوقهم، وفق ما نقلته "
         "صفحة «جرمانا اليوم» عن ناشطين في المدينة.",
         [E("desertion", Q("نحو 400", 400, approx=True), PL("جرمانا", "Jaramana", "Rif Dimashq"), None,
            "ناشطين في المدينة")])

passage3("r10", "2021-03-15", "Anadolu Agency", "SDF rockets on a town",
         "قُتل ثلاثة مدنيين وأصيب أربعة آخرون جراء قذائف صاروخية أطلقتها «قسد» على حي سكني في مدينة عفرين، بحسب ما "
         "أفاد به مراسل الأناضول.",
         [E("shelling", Q("ثلاثة", 3), PL("عفرين", "Afrin", "Aleppo"), None, "مراسل الأناضول", SDF)])

passage3("r11", "2024-12-15", "Syria TV", "mass grave after the fall",
         "أعلن فريق الدفاع المدني السوري انتشال رفات 21 شخصاً من مقبرة جماعية قرب بلدة نجها في ريف دمشق، يعتقد أنهم "
         "قضوا تحت التعذيب في سجون النظام البائد.",
         [E("other", Q("21", 21), PL("نجها", "Najha", "Rif Dimashq"), None, "فريق الدفاع المدني السوري")])

passage3("r12", "2013-09-02", "Al Jazeera", "a coalition's appeal",
         "دعا الائتلاف الوطني السوري في بيان له المجتمع الدولي إلى توجيه ضربة عسكرية للنظام، محمّلاً إياه مسؤولية "
         "تدهور الأوضاع الإنسانية في المناطق المحاصرة.",
         [E("statement", None, None, None, "الائتلاف الوطني السوري")])


# -- set 4: written in stop 20 (01:40-02:05 UTC) by the probe helper, BEFORE marsad was run on it,
# after reading real reporting in the `pages` corpus for phrasing only (scored with --set probe4) -----
NEWGOV_ = NEWGOV
UNK, TRIBE, PROT, EU, USF = ("Unidentified armed group (Syria)", "Tribal militias (Syria)", "Protesters (Syria)",
                            "European Union", "US forces")
P4 = []


def passage4(pid, published, outlet, style, text, events):
    P4.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
               "events": events})


passage4("s01", "2011-07-22", "Al Jazeera", "Friday protests, shooting at one of them",
         "خرج آلاف المتظاهرين اليوم الجمعة في ساحة العاصي بمدينة حماة مطالبين برحيل النظام، وسط غياب لافت لقوات "
         "الأمن عن الساحة. وقالت لجان التنسيق المحلية إن عناصر الأمن أطلقوا الرصاص الحي على متظاهرين خرجوا من جامع "
         "الحسن في حي القابون بدمشق، ما أسفر عن مقتل ثلاثة أشخاص وجرح العشرات.",
         [E("protest", Q("آلاف", 2000, 9000, True), PL("حماة", "Hama", "Hama"), "2011-07-22", None, PROT,
            note="the second sentence's source brings a new place: it does not report the Hama protest"),
          E("protest", Q("ثلاثة", 3), PL("القابون", "Qaboun", "Damascus"), "2011-07-22", "لجان التنسيق المحلية",
            note="fire on a protest: a protest with fatalities (ACLED excessive force)")])

passage4("s02", "2012-06-23", "Zaman al-Wasl", "defection, crossing to Jordan",
         "أفاد ناشطون بأن 22 عسكرياً من قوات النظام، بينهم ضابطان برتبة نقيب، انشقوا ليل أمس الجمعة عن كتيبة الدفاع "
         "الجوي المتمركزة قرب بلدة الطيبة في ريف درعا الشرقي، وتمكنوا من العبور إلى الأراضي الأردنية برفقة عائلاتهم.",
         [E("defection", Q("22", 22), PL("الطيبة", "Al-Taybah", "Daraa"), "2012-06-22", "ناشطون", GOV,
            note="Jordan is where they went, not the place; the two captains are a breakdown")])

passage4("s03", "2012-11-27", "Al Jazeera", "jets over a town, clashes at a base",
         "قال المرصد السوري لحقوق الإنسان إن الطيران الحربي شن اليوم الثلاثاء أربع غارات على مدينة معرة النعمان في ريف "
         "إدلب، ما أدى إلى مقتل 11 مدنياً بينهم ثلاث نساء، في حين تواصلت الاشتباكات العنيفة بين الجيش الحر والقوات "
         "النظامية في محيط معسكر وادي الضيف شرقي المدينة.",
         [E("airstrike", Q("11", 11), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2012-11-27",
            "المرصد السوري لحقوق الإنسان", GOV),
          E("armed_clash", None, PL("وادي الضيف", "Wadi al-Deif", "Idlib"), "2012-11-27",
            "المرصد السوري لحقوق الإنسان", FSA)])

passage4("s04", "2013-04-08", "SANA", "SANA: army units against 'terrorists'",
         "ريف دمشق-سانا\nأوقعت وحدات من جيشنا الباسل أعداداً من الإرهابيين قتلى ومصابين خلال عملية نوعية على أوكارهم في "
         "بلدة زبدين ومحيطها، ودمرت ثلاث سيارات مزودة برشاشات ثقيلة. وذكر مصدر عسكري لمراسل سانا أن بين القتلى "
         "متزعمين لمجموعات إرهابية.",
         [E("armed_clash", None, PL("زبدين", "Zibdin", "Rif Dimashq"), None, "مصدر عسكري", GOV,
            note="the three vehicles destroyed are not the event's figure")])

passage4("s05", "2013-08-30", "Asharq Al-Awsat", "takeover after two days of battle, London seat",
         "سيطر مقاتلو المعارضة أمس الخميس على بلدة خناصر في ريف حلب الجنوبي الشرقي بعد معارك استمرت يومين مع القوات "
         "النظامية، قتل خلالها 31 عنصراً من الطرفين، بحسب ما أفاد به المرصد السوري لحقوق الإنسان ومقره لندن.",
         [E("territory_change", Q("31", 31), PL("خناصر", "Khanasir", "Aleppo"), "2013-08-29",
            "المرصد السوري لحقوق الإنسان", FSA)])

passage4("s06", "2014-03-12", "Halab Today", "barrel bombs on a neighbourhood",
         "ألقت مروحيات النظام صباح اليوم 8 براميل متفجرة على حي الشعار في مدينة حلب، ما أدى إلى مقتل سبعة مدنيين "
         "وإصابة آخرين بجروح، بحسب ما أفاد به مراسل حلب اليوم، مشيراً إلى أن فرق الدفاع المدني عملت لساعات على انتشال "
         "العالقين من تحت الأنقاض.",
         [E("airstrike", Q("سبعة", 7), PL("الشعار", "Al-Shaar", "Aleppo"), "2014-03-12", "مراسل حلب اليوم", GOV)])

passage4("s07", "2014-09-25", "Anadolu Agency", "coalition strikes, then the Pentagon's statement",
         "شنت طائرات التحالف الدولي بقيادة الولايات المتحدة فجر اليوم الخميس غارات على مصافٍ نفطية بدائية يديرها "
         "تنظيم «الدولة الإسلامية» قرب مدينة الميادين في ريف دير الزور الشرقي، ما أسفر عن مقتل 14 من عناصر التنظيم، "
         "بحسب المرصد السوري لحقوق الإنسان. وأكدت وزارة الدفاع الأمريكية في بيان لاحق أن الضربات استهدفت «منشآت "
         "يستخدمها التنظيم لتمويل عملياته».",
         [E("airstrike", Q("14", 14), PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2014-09-25",
            "المرصد السوري لحقوق الإنسان", COAL, note="the statement retells the same strikes")])

passage4("s08", "2015-02-17", "Enab Baladi", "checkpoint arrests, relayed source",
         "اعتقلت قوات الأمن العسكري عند حاجز القطيفة على طريق دمشق-حمص الدولي 13 شاباً من أبناء مدينة يبرود، كانوا "
         "في طريقهم إلى العاصمة لاستخراج وثائق رسمية، بحسب ما نقله مراسل عنب بلدي عن أقارب المعتقلين.",
         [E("arrest", Q("13", 13), PL("القطيفة", "Al-Qutayfah", "Rif Dimashq"), None, "أقارب المعتقلين", GOV,
            note="Yabroud is where they come from")])

passage4("s09", "2015-06-11", "Orient News", "Jaish al-Fatah takes a village and a checkpoint",
         "تمكن مقاتلو «جيش الفتح» أمس الأربعاء من السيطرة على قرية كفر نجد وحاجز المعصرة القريب منها جنوب مدينة "
         "أريحا بريف إدلب، عقب اشتباكات مع قوات النظام أسفرت عن مقتل ما لا يقل عن 20 عنصراً منهم وأسر ثلاثة آخرين، "
         "حسبما أفاد مراسل أورينت نت.",
         [E("territory_change", Q("ما لا يقل عن 20", 20, None, True), PL("كفر نجد", "Kafr Najd", "Idlib"),
            "2015-06-10", "مراسل أورينت نت", None, note="agent left open: a coalition with Nusra in it")])

passage4("s10", "2016-01-14", "AFP", "medical evacuation within a wider deal",
         "أجلت اللجنة الدولية للصليب الأحمر بالتعاون مع الهلال الأحمر العربي السوري 18 مريضاً وجريحاً من بلدة مضايا "
         "المحاصرة في ريف دمشق، ضمن اتفاق يشمل أيضاً بلدتي الفوعة وكفريا في ريف إدلب، حسبما أعلن متحدث باسم اللجنة.",
         [E("other", Q("18", 18), PL("مضايا", "Madaya", "Rif Dimashq"), None, "متحدث باسم اللجنة",
            note="evacuation; the deal is a frame, not an event here")])

passage4("s11", "2016-04-30", "SOHR", "a rising toll over eight days (aggregate)",
         "ارتفع إلى 246 عدد القتلى المدنيين الذين سقطوا في مدينة حلب منذ بدء التصعيد قبل ثمانية أيام، بينهم 49 طفلاً، "
         "جراء الغارات والقذائف المتبادلة بين أحياء المدينة، وفق حصيلة جديدة أعلنها المرصد السوري لحقوق الإنسان.",
         [E("casualties", Q("246", 246), PL("حلب", "Aleppo", "Aleppo"), None, "المرصد السوري لحقوق الإنسان",
            kind="aggregate")])

passage4("s12", "2016-12-13", "SANA", "Israeli missiles on an airbase, fired from over the lake",
         "ذكرت وكالة الأنباء السورية الرسمية (سانا) أن صواريخ أطلقتها طائرات إسرائيلية من فوق بحيرة طبريا سقطت فجر "
         "اليوم في محيط مطار المزة العسكري غربي دمشق، ما أدى إلى اندلاع حريق، دون أن تذكر وقوع إصابات.",
         [E("airstrike", None, PL("مطار المزة العسكري", "Mezzeh Military Airport", "Damascus"), "2016-12-13",
            "وكالة الأنباء السورية الرسمية (سانا)", ISR, note="the lake is where fire came from")])

passage4("s13", "2017-03-21", "Step News", "an advance on a town, a clash with a toll",
         "تدور منذ صباح اليوم اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على أطراف بلدة قمحانة شمالي حماة، في "
         "محاولة من الفصائل للتقدم نحو المدينة، وقال مراسل وكالة ستيب الإخبارية إن 9 عناصر من قوات النظام قتلوا في "
         "المواجهات.",
         [E("armed_clash", Q("9", 9), PL("قمحانة", "Qamhana", "Hama"), "2017-03-21", "مراسل وكالة ستيب الإخبارية",
            FSA, note="the aim to advance is no second event")])

passage4("s14", "2017-07-04", "Hawar (ANHA)", "SDF advance inside Raqqa",
         "تقدمت قوات سوريا الديمقراطية اليوم داخل حي الرومانية في الجهة الغربية لمدينة الرقة، وسيطرت على عدد من "
         "الأبنية بعد اشتباكات مع عناصر «داعش» قتل فيها 12 منهم، بحسب ما قاله المتحدث باسم حملة «غضب الفرات» لوكالة "
         "هاوار.",
         [E("territory_change", Q("12", 12), PL("الرومانية", "Al-Rumaniyah", "Raqqa"), "2017-07-04",
            "المتحدث باسم حملة «غضب الفرات»", SDF)])

passage4("s15", "2017-10-18", "Asharq Al-Awsat", "Russian bombers, claimed by Moscow",
         "قالت وزارة الدفاع الروسية إن قاذفات استراتيجية من طراز «تو-22» نفذت غارات على مواقع لتنظيم «داعش» في محيط "
         "بلدة القورية جنوب شرقي دير الزور، ودمرت مستودعات ذخيرة ومقرات قيادة. ولم يتسن التحقق من هذه المعلومات من "
         "مصدر مستقل.",
         [E("airstrike", None, PL("القورية", "Al-Quriyah", "Deir ez-Zor"), None, "وزارة الدفاع الروسية", RUS)])

passage4("s16", "2018-02-20", "SOHR", "a day's toll in a region, the towns named after",
         "قُتل 94 مدنياً على الأقل، بينهم 20 طفلاً، جراء غارات جوية وقصف صاروخي لقوات النظام على بلدات الغوطة الشرقية "
         "المحاصرة خلال يوم أمس الاثنين، في أعلى حصيلة يومية منذ سنوات، بحسب المرصد السوري لحقوق الإنسان. وتركز "
         "القصف على بلدات حمورية وبيت سوا وسقبا.",
         [E("airstrike", Q("94", 94, None, True), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), "2018-02-19",
            "المرصد السوري لحقوق الإنسان", GOV,
            note="one day's strikes over the region; the towns of the next sentence are the same act")])

passage4("s17", "2018-04-14", "Interfax via Anadolu", "Russian military police enter after the last convoy",
         "دخلت عناصر من الشرطة العسكرية الروسية مدينة دوما في الغوطة الشرقية اليوم السبت، بعد خروج آخر دفعة من مقاتلي "
         "«جيش الإسلام» وعائلاتهم باتجاه مدينة جرابلس شمال حلب، وفق ما ذكرته وكالة «إنترفاكس» نقلاً عن وزارة الدفاع "
         "الروسية.",
         [E("territory_change", None, PL("دوما", "Douma", "Rif Dimashq"), "2018-04-14", "وزارة الدفاع الروسية", RUS),
          E("other", None, PL("دوما", "Douma", "Rif Dimashq"), None, "وزارة الدفاع الروسية",
            note="the last evacuation convoy; Jarablus is its destination")])

passage4("s18", "2018-07-10", "Nabaa Media", "status settlements with a breakdown of draft evaders",
         "أجرى نحو 600 شخص من أبناء مدينة طفس وبلدة اليادودة في ريف درعا الغربي تسوية لأوضاعهم الأمنية أمس الاثنين، "
         "بينهم قرابة 200 من المتخلفين عن الخدمة العسكرية، في مركز أقامته الشرطة العسكرية الروسية في مبنى البلدية، "
         "حسبما أفاد ناشطون من المنطقة.",
         [E("other", Q("نحو 600", 600, approx=True), PL("طفس", "Tafas", "Daraa"), "2018-07-09", "ناشطون من المنطقة",
            note="the 200 draft evaders are a breakdown, not a desertion event")])

passage4("s19", "2019-03-02", "North Press", "exodus from the last ISIS pocket",
         "قالت قوات سوريا الديمقراطية إن أكثر من 3 آلاف شخص خرجوا من جيب تنظيم «داعش» الأخير في بلدة الباغوز بريف دير "
         "الزور الشرقي خلال اليومين الماضيين، بينهم مئات المقاتلين الذين سلموا أنفسهم، ونقلوا إلى مخيم الهول في ريف "
         "الحسكة.",
         [E("other", Q("أكثر من 3 آلاف", 3000, None, True), PL("الباغوز", "Al-Baghuz", "Deir ez-Zor"), None,
            "قوات سوريا الديمقراطية", note="al-Hol is the destination")])

passage4("s20", "2019-06-06", "Syria TV", "rockets on a displacement camp",
         "قتل خمسة مدنيين، بينهم طفلان، وأصيب 12 آخرون جراء قصف صاروخي لقوات النظام استهدف مخيماً للنازحين قرب بلدة "
         "حاس في ريف إدلب الجنوبي، مساء أمس الأربعاء، بحسب ما أعلنه الدفاع المدني السوري.",
         [E("shelling", Q("خمسة", 5), PL("حاس", "Has", "Idlib"), "2019-06-05", "الدفاع المدني السوري", GOV)])

passage4("s21", "2019-11-12", "Anadolu Agency", "Turkish ministry 'neutralises' infiltrators",
         "أعلنت وزارة الدفاع التركية، اليوم الثلاثاء، «تحييد» 9 إرهابيين من تنظيم «بي كي كي/ي ب ك» حاولوا التسلل إلى "
         "منطقة عملية «نبع السلام» قرب مدينة رأس العين شمالي سوريا.",
         [E("armed_clash", Q("9", 9), PL("رأس العين", "Ras al-Ayn", "Al-Hasakah"), None, "وزارة الدفاع التركية", TUR,
            note="announced today; the text does not date the clash itself")])

passage4("s22", "2020-02-11", "Anadolu Agency", "Turkish soldiers killed, Turkey fires back",
         "قُتل خمسة جنود أتراك وأصيب خمسة آخرون أمس الاثنين جراء قصف مدفعي لقوات النظام السوري استهدف نقطة عسكرية "
         "تركية في مطار تفتناز العسكري شرقي إدلب، بحسب بيان لوزارة الدفاع التركية، التي أعلنت أن قواتها ردت على مصادر "
         "النيران ودمرت أهدافاً عدة.",
         [E("shelling", Q("خمسة", 5), PL("مطار تفتناز العسكري", "Taftanaz Military Airbase", "Idlib"), "2020-02-10",
            "وزارة الدفاع التركية", GOV),
          E("shelling", None, None, "2020-02-10", "وزارة الدفاع التركية", TUR,
            note="the retaliation: an act of its own, its place not given")])

passage4("s23", "2020-08-27", "Syria TV", "car bomb in a town centre, unclaimed",
         "انفجرت سيارة مفخخة ظهر اليوم الخميس قرب دوار السنتر وسط مدينة الباب بريف حلب الشرقي، ما أدى إلى مقتل ستة "
         "أشخاص، بينهم عنصر من الشرطة المدنية، وجرح أكثر من 20 آخرين، بحسب ما أفاد الدفاع المدني السوري. ولم تتبنَّ أي "
         "جهة التفجير حتى الآن.",
         [E("explosion", Q("ستة", 6), PL("الباب", "Al-Bab", "Aleppo"), "2020-08-27", "الدفاع المدني السوري")])

passage4("s24", "2021-01-30", "Ayn al-Furat network", "strikes on pro-Iran militias, hedged attribution",
         "قُتل 11 عنصراً من الميليشيات الموالية لإيران، بينهم ثلاثة يحملون الجنسية العراقية، في غارات شنتها طائرات يرجح "
         "أنها إسرائيلية ليل الخميس - الجمعة على مواقع في بادية البوكمال شرقي دير الزور، وفق ما أفادت به شبكة «عين "
         "الفرات» المحلية.",
         [E("airstrike", Q("11", 11), PL("البوكمال", "Albu Kamal", "Deir ez-Zor"), None, "شبكة «عين الفرات»", None,
            note="attribution only probable: agent left open")])

passage4("s25", "2021-05-25", "Enab Baladi", "IED kills a former commander",
         "قُتل القيادي السابق في فصائل المعارضة أحمد الصبيحي ومرافقه، مساء أمس الاثنين، بانفجار عبوة ناسفة زرعها مجهولون "
         "في سيارته على الطريق بين بلدتي جلين والشيخ سعد في ريف درعا الغربي، بحسب ما أفاد مراسل عنب بلدي في درعا.",
         [E("explosion", None, PL("جلين", "Jillin", "Daraa"), "2021-05-24", "مراسل عنب بلدي", UNK,
            note="a road between two towns is one location")])

passage4("s26", "2021-09-07", "Daraa 24", "a negotiated deal after a siege",
         "توصلت اللجنة المركزية في درعا البلد والجانب الروسي، اليوم الثلاثاء، إلى اتفاق يقضي بتسليم عدد من الأسلحة "
         "الخفيفة وتسوية أوضاع المطلوبين ونشر نقاط لقوات النظام داخل الأحياء المحاصرة، بعد أكثر من شهرين من الحصار، "
         "حسبما نقل موقع «درعا 24» عن عضو في اللجنة.",
         [E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-07", "عضو في اللجنة",
            note="the siege is a state; the settlements are terms of the deal, not yet done")])

passage4("s27", "2022-03-16", "Syria TV", "anniversary demonstrations",
         "تظاهر آلاف السوريين اليوم الأربعاء في مدينة إدلب وبلدات ريفها إحياءً للذكرى الحادية عشرة لانطلاق الثورة "
         "السورية، ورفعوا أعلام الثورة ولافتات تطالب بمحاسبة النظام، بحسب ما نقله مراسل تلفزيون سوريا.",
         [E("protest", Q("آلاف", 2000, 9000, True), PL("إدلب", "Idlib", "Idlib"), "2022-03-16", "مراسل تلفزيون سوريا",
            PROT, note="the start of the revolution is recalled, not reported")])

passage4("s28", "2022-11-21", "North Press", "Turkish air campaign, two sides' accounts",
         "قالت قوات سوريا الديمقراطية إن غارات جوية تركية استهدفت ليل السبت - الأحد قرى في ريف ديريك والقامشلي وكوباني، "
         "ما أسفر عن مقتل 11 مدنياً، بينما أعلنت وزارة الدفاع التركية أن عملية «المخلب - السيف» الجوية دمرت 89 هدفاً "
         "«إرهابياً» في شمال سوريا والعراق.",
         [E("airstrike", Q("11", 11), PL("ديريك", "Al-Malikiyah", "Al-Hasakah"), None, "قوات سوريا الديمقراطية", TUR,
            note="one act over three areas (a group); the ministry's 89 targets span Syria and Iraq: the same "
                 "campaign told by the other side, no second event")])

passage4("s29", "2023-02-08", "SOHR", "HTS security raids and arrests",
         "شنّ جهاز الأمن العام التابع لهيئة تحرير الشام حملة مداهمات في مدينة أطمة وقرية قاح قرب الحدود التركية، اعتقل "
         "خلالها 17 شخصاً بتهمة الانتماء إلى «حزب التحرير»، بحسب المرصد السوري لحقوق الإنسان.",
         [E("arrest", Q("17", 17), PL("أطمة", "Atmeh", "Idlib"), None, "المرصد السوري لحقوق الإنسان", HTS,
            note="the raids and the arrests are one incident")])

passage4("s30", "2023-06-19", "Syria TV", "a 'massacre' in a market by Russian jets",
         "ارتكبت الطائرات الحربية الروسية مجزرة في سوق للخضار بمدينة جسر الشغور غربي إدلب، صباح اليوم الاثنين، راح "
         "ضحيتها 8 مدنيين وأصيب أكثر من 30 آخرين، وفق ما أفاد به الدفاع المدني السوري، الذي قال إن فرقه ما زالت تبحث "
         "عن مفقودين تحت الأنقاض.",
         [E("airstrike", Q("8", 8), PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2023-06-19",
            "الدفاع المدني السوري", RUS)])

passage4("s31", "2023-12-04", "Al-Souria Net", "ambush on a military bus in the desert",
         "قُتل 14 عنصراً من قوات النظام وأصيب آخرون، إثر هجوم شنّه مسلحون يعتقد أنهم من خلايا تنظيم «داعش» على حافلة "
         "مبيت عسكرية في بادية الرصافة جنوب غربي الرقة، بحسب ما أفادت به مصادر محلية لموقع «السورية نت». وهذا ثالث "
         "هجوم من نوعه في المنطقة خلال الشهر الماضي.",
         [E("armed_clash", Q("14", 14), PL("الرصافة", "Al-Rusafa", "Raqqa"), None, "مصادر محلية", None,
            note="attacker only believed to be ISIS; 'the third such attack' is no event")])

passage4("s32", "2024-04-10", "Asharq Al-Awsat", "drone strike on a car on the Beirut road",
         "أفادت وسائل إعلام رسمية بأن مسيّرة إسرائيلية استهدفت سيارة على الطريق الدولي بين دمشق وبيروت قرب بلدة "
         "الصبورة غربي العاصمة، ما أدى إلى مقتل ثلاثة أشخاص، في حين قال المرصد السوري لحقوق الإنسان إن أحدهم قيادي "
         "في «حزب الله» اللبناني.",
         [E("airstrike", Q("ثلاثة", 3), PL("الصبورة", "Al-Sabboura", "Rif Dimashq"), None, "وسائل إعلام رسمية", ISR,
            note="the road's ends (Damascus, Beirut) are not the place")])

passage4("s33", "2024-11-29", "Syria TV", "the 2024 offensive: a town and a running tally",
         "أعلنت «إدارة العمليات العسكرية» اليوم الجمعة سيطرة فصائلها على مدينة سراقب شرقي إدلب، بعد انسحاب قوات "
         "النظام منها، وذلك في اليوم الثالث من معركة «ردع العدوان» التي سيطرت خلالها الفصائل على أكثر من 50 قرية "
         "وبلدة في ريفي حلب وإدلب.",
         [E("territory_change", None, PL("سراقب", "Saraqib", "Idlib"), "2024-11-29", "إدارة العمليات العسكرية", FSA,
            note="before 8 Dec 2024 the operations room is the opposition"),
          E("territory_change", Q("أكثر من 50", 50, None, True), None, None, "إدارة العمليات العسكرية", FSA,
            kind="aggregate")])

passage4("s34", "2024-12-03", "Anadolu Agency", "joint strikes on a city during the offensive",
         "قُتل 9 مدنيين، بينهم أربعة أطفال، بغارات جوية روسية وسورية استهدفت مخيماً للنازحين وحياً سكنياً في مدينة "
         "إدلب أمس الاثنين، بحسب ما أعلنته منظمة الخوذ البيضاء.",
         [E("airstrike", Q("9", 9), PL("إدلب", "Idlib", "Idlib"), "2024-12-02", "منظمة الخوذ البيضاء", None,
            note="two air forces: agent left open")])

passage4("s35", "2025-01-16", "SANA", "2025 security sweep in three neighbourhoods",
         "أعلنت إدارة الأمن العام في حمص أنها ألقت القبض على 23 مطلوباً من «فلول النظام البائد» خلال حملة تمشيط في "
         "أحياء عكرمة والنزهة وكرم اللوز، وصادرت كميات من الأسلحة والذخائر، وفق ما نقلته وكالة سانا.",
         [E("arrest", Q("23", 23), PL("عكرمة", "Akrama", "Homs"), None, "إدارة الأمن العام في حمص", NEWGOV,
            note="one sweep over three neighbourhoods (a group)")])

passage4("s36", "2025-03-07", "SANA", "the coast, March 2025: ambush, then reinforcements",
         "قُتل 16 عنصراً من وزارة الدفاع السورية في كمين نصبه مسلحون من فلول النظام السابق على طريق قرية بيت عانا بريف "
         "جبلة، مساء أمس الخميس، بحسب ما أعلنه مصدر في الوزارة لوكالة سانا. ووصلت صباح اليوم تعزيزات عسكرية كبيرة من "
         "إدلب وحماة إلى مدينة جبلة، وفق مراسل الوكالة.",
         [E("armed_clash", Q("16", 16), PL("بيت عانا", "Bayt Ana", "Latakia"), "2025-03-06", "مصدر في الوزارة", None,
            note="the attackers (former regime loyalists) have no canonical actor yet"),
          E("reinforcement", None, PL("جبلة", "Jableh", "Latakia", nth=1), "2025-03-07", "مراسل الوكالة", NEWGOV,
            note="Idlib and Hama are where they came from")])

passage4("s37", "2025-04-22", "Daraa 24", "Israeli shelling after locals fought an incursion",
         "قصفت مدفعية الجيش الإسرائيلي أطراف بلدة كويا في حوض اليرموك بريف درعا الغربي اليوم الثلاثاء، بعد اشتباك مع "
         "مسلحين من أبناء البلدة تصدوا لتوغل قوة إسرائيلية، ما أدى إلى مقتل ستة أشخاص، بحسب ما قاله مصدر طبي في مشفى "
         "درعا الوطني لموقع «درعا 24».",
         [E("shelling", Q("ستة", 6), PL("كويا", "Kuwaya", "Daraa"), "2025-04-22", "مصدر طبي", ISR),
          E("armed_clash", None, PL("كويا", "Kuwaya", "Daraa"), "2025-04-22", "مصدر طبي", None,
            note="the clash before the shelling is an act of its own")])

passage4("s38", "2025-07-15", "SOHR", "Sweida, July 2025: tribal and Druze fighters",
         "اندلعت اشتباكات عنيفة منذ صباح أمس الاثنين بين مسلحين من أبناء العشائر البدوية وفصائل محلية درزية في حي المقوس "
         "شرقي مدينة السويداء، امتدت إلى قرى في الريف الغربي، وأسفرت حتى الآن عن مقتل 41 شخصاً وإصابة نحو 100 آخرين، "
         "وفق حصيلة نشرها المرصد السوري لحقوق الإنسان.",
         [E("armed_clash", Q("41", 41), PL("المقوس", "Al-Maqwas", "As-Suwayda"), "2025-07-14",
            "المرصد السوري لحقوق الإنسان", TRIBE)])

passage4("s39", "2025-08-30", "North Press", "SDF drone on an army post, 2025",
         "قالت وزارة الدفاع السورية إن أحد عناصرها قتل وأصيب ثلاثة آخرون جراء هجوم بطائرة مسيرة شنته «قسد» على نقطة "
         "للجيش قرب بلدة دير حافر شرقي حلب أمس الجمعة، متهمة «قسد» بخرق اتفاق العاشر من آذار.",
         [E("airstrike", None, PL("دير حافر", "Dayr Hafir", "Aleppo"), "2025-08-29", "وزارة الدفاع السورية", SDF,
            note="one killed without a numeral: no figure; the March agreement is recalled, not an event")])

passage4("s40", "2023-11-16", "Enab Baladi", "an amnesty decree with a condition",
         "أصدر الرئيس بشار الأسد، اليوم الخميس، مرسوماً تشريعياً بعفو عام يشمل العسكريين الفارين من الخدمة داخل "
         "البلاد وخارجها، شريطة أن يراجع المشمولون به أقرب شعبة تجنيد خلال مهلة محددة، وفق ما أعلنته الرئاسة السورية "
         "على معرفاتها الرسمية.",
         [E("desertion", None, None, "2023-11-16", "الرئاسة السورية", GOV,
            note="the decree is asserted; the condition is on its beneficiaries")])

passage4("s41", "2013-01-19", "SNHR", "monthly report, aggregate with categories",
         "وثقت الشبكة السورية لحقوق الإنسان في تقريرها الشهري مقتل 1650 مدنياً على يد قوات النظام خلال كانون الأول "
         "الماضي، بينهم 211 طفلاً و178 امرأة، مشيرة إلى أن محافظة حلب تصدرت المحافظات من حيث عدد الضحايا.",
         [E("casualties", Q("1650", 1650), None, None, "الشبكة السورية لحقوق الإنسان", GOV, kind="aggregate",
            note="Aleppo leading the ranking is not the place of the toll")])

passage4("s42", "2011-12-16", "Al Jazeera", "a group defection and the clash that followed",
         "قال قائد «الجيش السوري الحر» العقيد رياض الأسعد في اتصال مع الجزيرة إن عشرات الجنود انشقوا فجر الخميس عن "
         "حاجز للجيش قرب بلدة كفرتخاريم في ريف إدلب، واشتبكوا مع القوات النظامية التي حاولت ملاحقتهم، ما أدى إلى مقتل 7 "
         "من عناصرها.",
         [E("defection", Q("عشرات", 20, 90, True), PL("كفرتخاريم", "Kafr Takharim", "Idlib"), "2011-12-15",
            "رياض الأسعد", GOV),
          E("armed_clash", Q("7", 7), PL("كفرتخاريم", "Kafr Takharim", "Idlib"), "2011-12-15", "رياض الأسعد", FSA)])

passage4("s43", "2014-05-20", "Al Jazeera", "EU sanctions, Brussels dateline",
         "فرض الاتحاد الأوروبي عقوبات جديدة على 12 شخصية سورية بينهم وزراء في حكومة النظام، شملت تجميد أصولهم وحظر "
         "سفرهم إلى دول الاتحاد، بسبب «مسؤوليتهم عن القمع العنيف للمدنيين»، وفق بيان صادر عن مجلس الاتحاد الأوروبي في "
         "بروكسل.",
         [E("sanction", Q("12", 12), None, None, "مجلس الاتحاد الأوروبي", EU,
            note="Brussels is where the statement came from")])

passage4("s44", "2015-10-08", "RT Arabic", "cruise missiles from the Caspian",
         "أعلن وزير الدفاع الروسي سيرغي شويغو أن سفناً حربية روسية في بحر قزوين أطلقت أمس الأربعاء 18 صاروخاً مجنحاً على "
         "مواقع لتنظيم «الدولة الإسلامية» في سوريا، قطعت نحو 1500 كيلومتر قبل أن تصيب أهدافها.",
         [E("shelling", Q("18", 18), None, "2015-10-07", "سيرغي شويغو", RUS,
            note="a missile attack (ACLED shelling/artillery/missile); the Caspian is where they were fired from")])

passage4("s45", "2016-04-30", "Al Jazeera", "infighting in Ghouta and a protest against it",
         "تجددت الاشتباكات بين «جيش الإسلام» و«فيلق الرحمن» في بلدات الغوطة الشرقية، وقال ناشطون إن 14 مقاتلاً من "
         "الطرفين قتلوا في مواجهات داخل بلدة مسرابا منذ ليلة أمس، في حين خرجت مظاهرة في مدينة دوما تطالب بوقف "
         "الاقتتال.",
         [E("armed_clash", Q("14", 14), PL("مسرابا", "Misraba", "Rif Dimashq"), "2016-04-29", "ناشطون", FSA),
          E("protest", None, PL("دوما", "Douma", "Rif Dimashq"), None, "ناشطون")])

passage4("s46", "2025-10-12", "Syria TV", "bodies found in an orchard",
         "عثر أهالي قرية الحويجة في ريف حماة الغربي على جثث أربعة شبان مكبلي الأيدي وعليها آثار طلقات نارية في أحد "
         "البساتين، بعد يومين من فقدان الاتصال بهم، بحسب ما أفاد به مراسل تلفزيون سوريا في حماة.",
         [E("other", Q("أربعة", 4), PL("الحويجة", "Al-Huwayjah", "Hama"), None, "مراسل تلفزيون سوريا في حماة")])


# -- set 5: written in stop 20 after 03:00 UTC by the probe helper, BEFORE marsad was run on it, and
# scored ONCE on main as it was then: the last unseen figure of the stop (--set probe5) ------------
P5 = []


def passage5(pid, published, outlet, style, text, events):
    P5.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
               "events": events})


passage5("u01", "2013-05-15", "Al Arabiya", "group defection announced, joining the FSA",
         "أعلن 35 عسكرياً بينهم ثلاثة ضباط انشقاقهم عن قوات النظام في مدينة الرستن بريف حمص الشمالي أمس الثلاثاء، "
         "وانضمامهم إلى كتائب الجيش الحر، بحسب ما أفاد به ناشطون في المدينة.",
         [E("defection", Q("35", 35), PL("الرستن", "Al-Rastan", "Homs"), "2013-05-14", "ناشطون في المدينة", GOV)])

passage5("u02", "2016-05-18", "AFP", "a prisoner exchange through the Red Crescent",
         "أفرجت قوات النظام عن 14 معتقلة مقابل تسليم فصائل المعارضة جثث عناصر قتلوا في المعارك الأخيرة، في عملية "
         "تبادل جرت أمس الثلاثاء عند أحد المعابر في مدينة حلب بوساطة الهلال الأحمر، وفق المرصد السوري لحقوق الإنسان.",
         [E("other", Q("14", 14), PL("حلب", "Aleppo", "Aleppo"), "2016-05-17", "المرصد السوري لحقوق الإنسان", GOV,
            note="prisoner exchange: one event")])

passage5("u03", "2025-06-23", "Syria TV", "suicide bombing in a church, ministry blames ISIS",
         "قتل 21 شخصاً وأصيب أكثر من 50 آخرين في تفجير انتحاري استهدف كنيسة مار إلياس في حي الدويلعة بدمشق مساء أمس "
         "الأحد، ونسبت وزارة الداخلية الهجوم إلى خلية تابعة لتنظيم «داعش»، بحسب ما أعلنته وزارة الصحة في حصيلة "
         "محدثة.",
         [E("explosion", Q("21", 21), PL("الدويلعة", "Dweila", "Damascus"), "2025-06-22", "وزارة الصحة", IS)])

passage5("u04", "2025-07-16", "Enab Baladi", "war remnants kill children",
         "قتل ثلاثة أطفال وأصيب اثنان آخران بانفجار لغم من مخلفات الحرب أثناء جمعهم الحطب في أطراف بلدة التح بريف "
         "إدلب الجنوبي، أمس الثلاثاء، وفق ما أفاد به الدفاع المدني السوري.",
         [E("explosion", Q("ثلاثة", 3), PL("التح", "Al-Tah", "Idlib"), "2025-07-15", "الدفاع المدني السوري")])

passage5("u05", "2025-10-07", "Syria TV", "Aleppo, October 2025: security forces and the SDF",
         "قتل ثلاثة عناصر من قوى الأمن الداخلي وأصيب أربعة آخرون، مساء أمس الاثنين، في اشتباكات مع عناصر من «قسد» "
         "عند حاجز قرب دوار الشيحان في حي الشيخ مقصود بمدينة حلب، وفق ما نقلته قناة الإخبارية السورية عن مصدر أمني.",
         [E("armed_clash", Q("ثلاثة", 3), PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), "2025-10-06", "مصدر أمني",
            None, note="who started it is not said")])

passage5("u06", "2014-08-20", "SOHR", "ISIS executes tribesmen",
         "أعدم تنظيم «الدولة الإسلامية» 12 رجلاً من أبناء عشيرة الشعيطات رمياً بالرصاص في بلدة أبو حمام بريف دير الزور "
         "الشرقي، بتهمة قتال عناصره، بحسب المرصد السوري لحقوق الإنسان.",
         [E("casualties", Q("12", 12), PL("أبو حمام", "Abu Hamam", "Deir ez-Zor"), None,
            "المرصد السوري لحقوق الإنسان", IS)])

passage5("u07", "2019-05-29", "Syria TV", "Russian jets on a market, opposition shells back",
         "قتل تسعة مدنيين بينهم ثلاثة أطفال في غارات لطائرات حربية روسية استهدفت سوقاً شعبية في مدينة كفرنبل جنوبي "
         "إدلب ظهر اليوم، بحسب ما أفاد به مراسل تلفزيون سوريا، فيما ردت فصائل المعارضة بقصف مواقع قوات النظام في "
         "بلدة الجلمة شمالي حماة.",
         [E("airstrike", Q("تسعة", 9), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2019-05-29", "مراسل تلفزيون سوريا", RUS),
          E("shelling", None, PL("الجلمة", "Al-Jalma", "Hama"), "2019-05-29", "مراسل تلفزيون سوريا", FSA)])

passage5("u08", "2020-09-02", "SNHR", "monthly arrests report (aggregate)",
         "وثقت الشبكة السورية لحقوق الإنسان في تقريرها الشهري ما لا يقل عن 149 حالة اعتقال تعسفي خلال شهر آب الماضي، "
         "بينها 103 على يد قوات النظام.",
         [E("arrest", Q("ما لا يقل عن 149", 149, None, True), None, None, "الشبكة السورية لحقوق الإنسان",
            kind="aggregate", note="the 103 by the government are a breakdown")])

passage5("u09", "2022-04-12", "North Press", "ISIS cells attack an SDF post",
         "قتل ثلاثة من عناصر قوات سوريا الديمقراطية بهجوم شنه مسلحون يعتقد أنهم من خلايا تنظيم «داعش» على نقطة "
         "عسكرية في بلدة ذيبان بريف دير الزور الشرقي، فجر اليوم، وفق ما قاله مصدر عسكري في «قسد» لنورث برس.",
         [E("armed_clash", Q("ثلاثة", 3), PL("ذيبان", "Thiban", "Deir ez-Zor"), "2022-04-12", "مصدر عسكري في «قسد»",
            None, note="attackers only believed to be ISIS")])

passage5("u10", "2018-07-04", "SANA", "SANA: towns taken in a list, the reporter's sequel",
         "بسطت وحدات من الجيش العربي السوري سيطرتها على بلدات صيدا والنعيمة وكحيل في ريف درعا الشرقي بعد معارك مع "
         "التنظيمات الإرهابية. وذكر مراسل سانا أن الوحدات تواصل تمشيط المنطقة من مخلفات الإرهابيين.",
         [E("territory_change", None, PL("صيدا", "Saida", "Daraa"), None, "مراسل سانا", GOV,
            note="one act over three towns (a group); the sequel adds no news and reports the lead")])

passage5("u11", "2012-02-24", "Al Jazeera", "the LCC's daily toll (aggregate) with places",
         "قالت لجان التنسيق المحلية إن 73 شخصاً قتلوا برصاص قوات الأمن وقصفها في أنحاء سوريا اليوم الجمعة، بينهم 30 "
         "في حمص و14 في إدلب.",
         [E("casualties", Q("73", 73), None, "2012-02-24", "لجان التنسيق المحلية", GOV, kind="aggregate",
            note="the per-city parts are a breakdown")])

passage5("u12", "2024-04-02", "Asharq Al-Awsat", "Israeli strike on a building in Damascus",
         "قتل سبعة من عناصر «الحرس الثوري» الإيراني بينهم قائدان بارزان في غارة إسرائيلية دمرت مبنى ملحقاً بالسفارة "
         "الإيرانية في حي المزة بدمشق أمس الاثنين، بحسب ما أكدته وسائل إعلام إيرانية رسمية.",
         [E("airstrike", Q("سبعة", 7), PL("المزة", "Mezzeh", "Damascus"), "2024-04-01", "وسائل إعلام إيرانية رسمية",
            ISR)])

passage5("u13", "2021-08-10", "Enab Baladi", "checkpoint arrest, origin town",
         "اعتقلت دورية تابعة لفرع المخابرات الجوية أربعة شبان من أبناء مدينة إنخل عند حاجز في مدينة الصنمين شمالي درعا، "
         "بحسب ما أفاد به «تجمع أحرار حوران».",
         [E("arrest", Q("أربعة", 4), PL("الصنمين", "Al-Sanamayn", "Daraa"), None, "«تجمع أحرار حوران»", GOV,
            note="Inkhil is where they come from")])

passage5("u14", "2017-03-08", "Anadolu Agency", "Euphrates Shield takes villages, backer in passing",
         "سيطرت فصائل «درع الفرات» المدعومة من الجيش التركي على بلدة بزاعة وقرية عولان شرقي مدينة الباب، بعد اشتباكات "
         "مع قوات النظام قتل فيها خمسة من عناصر الأخيرة، وفق ما أفادت به وكالة الأناضول.",
         [E("territory_change", Q("خمسة", 5), PL("بزاعة", "Bzaah", "Aleppo"), None, "وكالة الأناضول", None,
            note="Turkey is a backer named in passing, not a place or actor of the event")])


# -- set 6: written by helper probe6 at 03:45-04:00 UTC (stop 20), BEFORE marsad was run on it, and
# scored ONCE (--set probe6); mostly ordinary reporting, 2012-2025 ---------------------------------
PROIRAN, HEZ = "Pro-Iran militias", "Hezbollah"
P6 = []


def passage6(pid, published, outlet, style, text, events):
    P6.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
               "events": events})


passage6("v01", "2012-07-21", "SOHR", "SOHR: clashes in a Damascus district",
         "المرصد السوري لحقوق الإنسان: دارت اشتباكات عنيفة منذ فجر اليوم السبت بين مقاتلين من الكتائب المقاتلة "
         "والقوات النظامية في حي الميدان بدمشق، ما أدى إلى مقتل ستة عناصر من القوات النظامية وإصابة آخرين بجروح، "
         "فيما سمع دوي انفجارات في أحياء التضامن والقدم المجاورة. وأشار المرصد إلى أن الاشتباكات لا تزال مستمرة.",
         [E("armed_clash", Q("ستة", 6), PL("الميدان", "Al-Midan", "Damascus"), "2012-07-21",
            "المرصد السوري لحقوق الإنسان", note="sounds of explosions heard are not an event")])

passage6("v02", "2013-02-11", "Al Jazeera", "activists: an air raid, then a national daily toll",
         "قال ناشطون سوريون إن طائرات حربية تابعة للنظام شنت أمس الأحد غارات على مدينة الباب في ريف حلب الشمالي "
         "الشرقي، ما أسفر عن مقتل 11 شخصاً بينهم أربع نساء، وأضافوا أن الغارات دمرت عدداً من المنازل في حي الزراعة. "
         "وفي سياق متصل، أعلنت الهيئة العامة للثورة السورية أن حصيلة القتلى في عموم البلاد أمس بلغت 137 قتيلاً.",
         [E("airstrike", Q("11", 11), PL("الباب", "Al-Bab", "Aleppo"), "2013-02-10", "ناشطون سوريون", GOV),
          E("casualties", Q("137", 137), None, "2013-02-10", "الهيئة العامة للثورة السورية", kind="aggregate",
            note="a national daily toll")])

passage6("v03", "2014-03-06", "SANA", "SANA dateline, two actions, origin country",
         "حمص-سانا: نفذت وحدة من قواتنا المسلحة عملية نوعية ضد تجمعات الإرهابيين في قرية الزارة بريف تلكلخ وأوقعت "
         "بينهم قتلى ومصابين، فيما قضت وحدة أخرى على 9 إرهابيين حاولوا التسلل من الأراضي اللبنانية باتجاه بلدة الحصن. "
         "وأوضح مصدر عسكري في تصريح لسانا أن من بين القتلى متزعماً لإحدى المجموعات.",
         [E("armed_clash", None, PL("الزارة", "Al-Zara", "Homs"), None, "مصدر عسكري", GOV),
          E("armed_clash", Q("9", 9), PL("الحصن", "Al-Hosn", "Homs"), None, "مصدر عسكري", GOV,
            note="Lebanon is where they came from, not the place")])

passage6("v04", "2015-10-08", "Anadolu Agency", "Russian strikes, the ministry restates them",
         "قال مراسل الأناضول إن مقاتلات روسية شنت، أمس الأربعاء، أكثر من 20 غارة على مواقع لفصائل المعارضة في بلدتي "
         "كفرزيتا واللطامنة بريف حماة الشمالي، ما أسفر عن مقتل ثمانية مدنيين بينهم طفلان. وأكدت وزارة الدفاع الروسية "
         "في بيان أن طائراتها دمرت مستودعات ذخيرة لتنظيم «الدولة» في المنطقة.",
         [E("airstrike", Q("ثمانية", 8), PL("كفرزيتا", "Kafr Zita", "Hama"), "2015-10-07", "مراسل الأناضول", RUS,
            note="two towns: one group; the ministry's statement retells the same strikes")])

passage6("v05", "2016-08-03", "Enab Baladi", "barrel bombs on an Aleppo district",
         "ألقى الطيران المروحي التابع لقوات الأسد، صباح اليوم الأربعاء، 12 برميلاً متفجراً على حي الصاخور في مدينة "
         "حلب، ما أدى إلى مقتل خمسة مدنيين وجرح أكثر من 15 آخرين، بحسب ما أفاد به الدفاع المدني في حلب لعنب بلدي. "
         "وأشار المصدر إلى أن فرق الإنقاذ لا تزال تبحث عن عالقين تحت الأنقاض.",
         [E("airstrike", Q("خمسة", 5), PL("الصاخور", "Al-Sakhour", "Aleppo"), "2016-08-03", "الدفاع المدني في حلب",
            GOV, note="12 barrels is the count, five the fatalities: either figure matches")])

passage6("v06", "2017-06-14", "Step News", "SDF takes a Raqqa district",
         "أعلنت قوات سوريا الديمقراطية، اليوم الأربعاء، سيطرتها على حي البريد في الجهة الغربية لمدينة الرقة بعد "
         "معارك مع عناصر تنظيم «الدولة الإسلامية» استمرت ثلاثة أيام، وقالت في بيان إن 23 عنصراً من التنظيم قتلوا خلال "
         "المعارك، فيما لم تذكر خسائرها. وتحاول «قسد» بدعم من التحالف الدولي التقدم نحو مركز المدينة.",
         [E("territory_change", Q("23", 23), PL("البريد", "Al-Bareed", "Raqqa"), "2017-06-14",
            "قوات سوريا الديمقراطية", SDF, note="the push towards the centre is an aim")])

passage6("v07", "2018-02-20", "SOHR", "a day's toll over a region (aggregate)",
         "وثق المرصد السوري لحقوق الإنسان مقتل 94 مدنياً بينهم 20 طفلاً منذ صباح أمس الاثنين، جراء مئات الغارات "
         "والقذائف التي استهدفت مدن وبلدات الغوطة الشرقية، في أعلى حصيلة يومية تشهدها المنطقة منذ أكثر من ثلاث "
         "سنوات. وتركز القصف على بلدات حمورية وسقبا وبيت سوى.",
         [E("casualties", Q("94", 94), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), "2018-02-19",
            "المرصد السوري لحقوق الإنسان", GOV, kind="aggregate",
            note="a day's toll of hundreds of strikes and shells: one aggregate, not one strike")])

passage6("v08", "2019-11-05", "Syria TV", "car bomb, an accusation without a claim",
         "قتل خمسة مدنيين وأصيب 12 آخرون، ظهر اليوم الثلاثاء، بانفجار سيارة مفخخة قرب دوار رئيسي في مدينة تل أبيض "
         "شمالي الرقة، بحسب ما أفاد به مراسل تلفزيون سوريا. واتهمت وزارة الدفاع التركية «وحدات حماية الشعب» بالوقوف "
         "وراء التفجير، دون أن تتبنى أي جهة المسؤولية حتى الآن.",
         [E("explosion", Q("خمسة", 5), PL("تل أبيض", "Tell Abyad", "Raqqa"), "2019-11-05", "مراسل تلفزيون سوريا",
            None, note="the perpetrator is only an accusation")])

passage6("v09", "2020-02-27", "Al Jazeera", "Turkish soldiers killed, Turkey strikes back",
         "أعلنت وزارة الدفاع التركية مقتل 17 من جنودها وإصابة آخرين في غارة جوية نفذتها طائرات النظام السوري على "
         "مواقعهم في منطقة جبل الزاوية جنوبي إدلب مساء اليوم الخميس، وقالت إن القوات التركية ردت بقصف مواقع النظام "
         "بالمدفعية والطائرات المسيرة.",
         [E("airstrike", Q("17", 17), PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), "2020-02-27",
            "وزارة الدفاع التركية", GOV),
          E("shelling", None, None, "2020-02-27", "وزارة الدفاع التركية", TUR,
            note="the retaliation names no place")])

passage6("v10", "2021-06-24", "Daraa 24", "an assassination in Daraa, a habit sentence",
         "اغتال مسلحون مجهولون، مساء أمس الأربعاء، عنصراً سابقاً في فصائل المعارضة انضم بعد التسوية إلى «الفرقة "
         "الرابعة»، بإطلاق النار عليه أمام منزله في بلدة اليادودة غربي درعا، وفق ما ذكره «تجمع أحرار حوران». ويشهد "
         "ريف درعا الغربي عمليات اغتيال شبه يومية منذ سيطرة النظام على المحافظة صيف 2018.",
         [E("armed_clash", None, PL("اليادودة", "Al-Yadudah", "Daraa"), "2021-06-23", "«تجمع أحرار حوران»", UNK,
            note="an assassination by gunfire (as set 4); the near-daily killings are a habit")])

passage6("v11", "2022-08-19", "North Press", "Turkish drone on a road",
         "قتل اثنان من عناصر قوى الأمن الداخلي (الأسايش) بقصف طائرة مسيرة تركية استهدف سيارتهما على الطريق الواصل "
         "بين مدينتي القامشلي وعامودا، صباح اليوم الجمعة، بحسب ما قاله مصدر في «الأسايش» لنورث برس. وهذا الاستهداف "
         "هو الرابع من نوعه في المنطقة منذ مطلع الشهر الجاري.",
         [E("airstrike", Q("اثنان", 2), PL("القامشلي", "Qamishli", "Al-Hasakah"), "2022-08-19", "مصدر في «الأسايش»",
            TUR, note="a road between two towns: the first town")])

passage6("v12", "2023-03-16", "Enab Baladi", "anniversary protests in the north-west",
         "خرج مئات المتظاهرين، اليوم الخميس، في مدينة إدلب وبلدات بريفها إحياءً للذكرى الثانية عشرة للثورة السورية، "
         "رافعين أعلام الثورة ولافتات تطالب بإسقاط النظام ورفض التطبيع معه، بحسب ما رصده مراسل عنب بلدي. وشهدت "
         "مدينتا أعزاز والباب بريف حلب مظاهرات مماثلة.",
         [E("protest", None, PL("إدلب", "Idlib", "Idlib"), "2023-03-16", "مراسل عنب بلدي", PROT),
          E("protest", None, PL("أعزاز", "Azaz", "Aleppo"), "2023-03-16", "مراسل عنب بلدي", PROT,
            note="Azaz and al-Bab: one group; the reporter is the source of the whole item")])

passage6("v13", "2023-10-06", "Syria TV", "drone attack on a graduation, shelling in reply",
         "قتل 80 شخصاً على الأقل وأصيب أكثر من 240 آخرين في هجوم بطائرات مسيرة استهدف حفل تخريج طلاب الكلية الحربية "
         "في مدينة حمص أمس الخميس، بحسب ما أعلنه وزير الصحة في حكومة النظام. وردت قوات النظام بقصف مدفعي وصاروخي على "
         "مدن وبلدات ريف إدلب، قتل فيه تسعة مدنيين وفق الدفاع المدني السوري.",
         [E("airstrike", Q("80", 80, None, True), PL("الكلية الحربية", "Homs Military Academy", "Homs"), "2023-10-05",
            "وزير الصحة", None,
            note="MENDED stop 29 (places): the military academy is a listed military site, the most specific place (README "
                 "conventions; was: Homs); drones of an unnamed attacker"),
          E("shelling", Q("تسعة", 9), PL("ريف إدلب", "Idlib countryside", "Idlib"), None, "الدفاع المدني السوري", GOV)])

passage6("v14", "2024-12-03", "SOHR", "the offensive: villages taken, Russian raids",
         "قال المرصد السوري لحقوق الإنسان إن فصائل «إدارة العمليات العسكرية» سيطرت خلال الساعات الماضية على 14 بلدة "
         "وقرية في ريف حماة الشمالي، أبرزها حلفايا وطيبة الإمام، بعد انسحاب قوات النظام منها، وسط غارات مكثفة للطيران "
         "الحربي الروسي على محيط مدينة حماة.",
         [E("territory_change", None, PL("ريف حماة الشمالي", "Northern Hama countryside", "Hama"), None,
            "المرصد السوري لحقوق الإنسان", FSA, note="14 villages: a group, the region as gold; 14 is not a count of people"),
          E("airstrike", None, PL("حماة", "Hama", "Hama", nth=1), None, "المرصد السوري لحقوق الإنسان", RUS)])

passage6("v15", "2025-01-29", "SANA", "General Security arrests a cell",
         "ألقت إدارة الأمن العام القبض على خلية من فلول النظام البائد مؤلفة من سبعة أشخاص في حي الزهراء بمدينة حمص، "
         "وضبطت بحوزتهم أسلحة وذخائر، بحسب ما أفاد به مصدر أمني لوكالة سانا، مشيراً إلى أن الخلية متورطة في استهداف "
         "دوريات الأمن العام خلال الأسابيع الماضية.",
         [E("arrest", Q("سبعة", 7), PL("الزهراء", "Al-Zahraa", "Homs"), None, "مصدر أمني", NEWGOV,
            note="past attacks on patrols are an accusation, not an event")])

passage6("v16", "2025-03-09", "AFP", "the coast: a cumulative toll and towns retaken",
         "ارتفعت حصيلة القتلى المدنيين في مناطق الساحل السوري منذ يوم الخميس إلى 830 شخصاً، معظمهم من الطائفة "
         "العلوية، بحسب ما أعلنه المرصد السوري لحقوق الإنسان اليوم الأحد، فيما قالت وزارة الدفاع إن قواتها استعادت "
         "السيطرة على بلدات عدة في ريف جبلة.",
         [E("casualties", Q("830", 830), PL("الساحل السوري", "Syrian coast"), None, "المرصد السوري لحقوق الإنسان",
            kind="aggregate", note="period from Thursday 6 March"),
          E("territory_change", None, PL("ريف جبلة", "Jableh countryside", "Latakia"), None, "وزارة الدفاع", NEWGOV)])

passage6("v17", "2025-05-13", "Furat Post", "gunmen believed ISIS hit a checkpoint",
         "هاجم مسلحون يعتقد أنهم من خلايا تنظيم «داعش» حاجزاً لقوى الأمن العام عند مدخل مدينة الميادين شرقي دير "
         "الزور ليل الاثنين، ما أدى إلى مقتل أربعة عناصر وإصابة اثنين، وفق ما نقلته شبكة «فرات بوست» عن مصادر "
         "محلية.",
         [E("armed_clash", Q("أربعة", 4), PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2025-05-12", "مصادر محلية",
            None, note="attackers only believed to be ISIS")])

passage6("v18", "2012-11-09", "Al Arabiya", "an officer's defection video, a destination",
         "أعلن العميد الركن محمد الخطيب انشقاقه عن جيش النظام السوري ووصوله مع أفراد عائلته إلى الأراضي الأردنية، في "
         "شريط مصور بثه ناشطون على الإنترنت اليوم الجمعة، وقال إنه كان يشغل منصب قائد لواء في الفرقة الخامسة بدرعا. "
         "وأضاف أن عشرات الضباط ينتظرون الفرصة للانشقاق.",
         [E("defection", None, None, None, "العميد الركن محمد الخطيب", GOV,
            note="Jordan is the destination; where he served is not where he defected; the waiting officers are not an event")])

passage6("v19", "2013-08-25", "Zaman al-Wasl", "raids and arrests in a Damascus district",
         "شنت قوات النظام وعناصر من «اللجان الشعبية» حملة مداهمات واسعة في حي برزة الدمشقي فجر اليوم الأحد، اعتقلت "
         "خلالها نحو 40 شاباً بينهم طلاب جامعيون، واقتادتهم إلى جهة مجهولة، بحسب ما أفاد به ناشط من الحي لـ«زمان "
         "الوصل».",
         [E("arrest", Q("نحو 40", 40, approx=True), PL("برزة", "Barzeh", "Damascus"), "2013-08-25", "ناشط من الحي",
            GOV)])

passage6("v20", "2016-12-14", "AFP", "ICRC: first evacuation convoy",
         "قالت اللجنة الدولية للصليب الأحمر إن قرابة 3 آلاف شخص، بينهم عشرات الجرحى، خرجوا اليوم الأربعاء في الدفعة "
         "الأولى من قوافل الإجلاء من الأحياء الشرقية لمدينة حلب باتجاه ريف حلب الغربي، مشيرة إلى أن عمليات الإجلاء "
         "ستتواصل في الأيام التالية.",
         [E("other", Q("قرابة 3 آلاف", 3000, approx=True), PL("حلب", "Aleppo", "Aleppo"), "2016-12-14",
            "اللجنة الدولية للصليب الأحمر", note="evacuation; the destination is not the place")])

passage6("v21", "2018-05-02", "Orient", "Turkish artillery on YPG positions",
         "قصفت المدفعية التركية، أمس الثلاثاء، بأكثر من 30 قذيفة مواقع لـ«وحدات حماية الشعب» الكردية في قرية مرعناز "
         "قرب مدينة تل رفعت شمالي حلب، دون ورود معلومات عن خسائر بشرية، بحسب ما ذكره مراسل «أورينت نت» في المنطقة.",
         [E("shelling", Q("أكثر من 30", 30, None, True), PL("مرعناز", "Maranaz", "Aleppo"), "2018-05-01",
            "مراسل «أورينت نت»", TUR)])

passage6("v22", "2019-07-22", "Syria TV", "market massacre, a toll update",
         "ارتكبت طائرات حربية يرجح أنها روسية مجزرة في سوق للخضار بمدينة معرة النعمان جنوبي إدلب، اليوم الاثنين، راح "
         "ضحيتها 31 مدنياً على الأقل وفق حصيلة أولية أعلنها الدفاع المدني السوري، مشيراً إلى أن فرقه أنقذت عشرات "
         "المصابين من تحت الأنقاض. وفي حصيلة لاحقة قال المرصد السوري إن عدد القتلى ارتفع إلى 39.",
         [E("airstrike", Q("39", 39), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2019-07-22",
            "الدفاع المدني السوري", None, note="one strike, the toll updated (31 then 39); the jets only 'likely' Russian")])

passage6("v23", "2020-10-26", "SOHR", "Russian raid on a training camp",
         "قتل أكثر من 50 مقاتلاً من «فيلق الشام»، أحد فصائل الجبهة الوطنية للتحرير، بغارات جوية روسية استهدفت معسكراً "
         "للتدريب في منطقة جبل الدويلة شمال غربي إدلب صباح اليوم الاثنين، بحسب ما أفاد به المرصد السوري لحقوق "
         "الإنسان، في أعنف ضربة منذ سريان اتفاق وقف إطلاق النار في آذار الماضي.",
         [E("airstrike", Q("أكثر من 50", 50, None, True), PL("جبل الدويلة", "Jabal al-Duwayla", "Idlib"), "2020-10-26",
            "المرصد السوري لحقوق الإنسان", RUS, note="the March ceasefire is background")])

passage6("v24", "2022-01-21", "SOHR", "ISIS attack on a prison, ongoing clashes",
         "هاجم عناصر من تنظيم «داعش» سجن غويران في مدينة الحسكة مساء أمس الخميس، بعد تفجير سيارة مفخخة عند بوابته، "
         "واندلعت اشتباكات عنيفة مع «قسد» لا تزال مستمرة حتى صباح اليوم الجمعة، أسفرت عن مقتل 18 شخصاً على الأقل من "
         "الطرفين، وفق المرصد السوري لحقوق الإنسان.",
         [E("armed_clash", Q("18", 18, None, True), PL("غويران", "Ghweiran", "Al-Hasakah"), "2022-01-20",
            "المرصد السوري لحقوق الإنسان", IS, note="the car bomb opened the same attack: one incident")])

passage6("v25", "2024-11-30", "Al Jazeera", "Israeli strike on a border crossing",
         "أغارت طائرات إسرائيلية فجر اليوم السبت على معبر جوسية الحدودي مع لبنان في ريف القصير جنوب غربي حمص، ما أدى "
         "إلى خروجه عن الخدمة، وقال الجيش الإسرائيلي في بيان إنه استهدف طرقاً يستخدمها «حزب الله» لتهريب الأسلحة من "
         "سوريا إلى لبنان.",
         [E("airstrike", None, PL("جوسية", "Jusiyah", "Homs"), "2024-11-30", "الجيش الإسرائيلي", ISR,
            note="Lebanon is named as the border and the smuggling route")])

passage6("v26", "2025-08-11", "Enab Baladi", "the interior ministry detains its own members",
         "أعلنت وزارة الداخلية، اليوم الاثنين، توقيف ثلاثة عناصر من قوى الأمن الداخلي ظهروا في تسجيل مصور وهم يعتدون "
         "على مدنيين في بلدة ثعلة بريف السويداء الغربي خلال أحداث تموز الماضي، وإحالتهم إلى القضاء العسكري، مؤكدة أنها "
         "لن تتهاون مع أي تجاوز.",
         [E("arrest", Q("ثلاثة", 3), None, "2025-08-11", "وزارة الداخلية", NEWGOV,
            note="Tha'la is where the July abuse happened (background), not where they were detained")])

passage6("v27", "2018-10-09", "Enab Baladi", "amnesty decree for deserters",
         "أصدر بشار الأسد، اليوم الثلاثاء، مرسوماً تشريعياً جديداً يقضي بعفو عام عن جرائم الفرار الداخلي "
         "والخارجي المرتكبة قبل تاريخه، على أن يسلم الفارون أنفسهم خلال أربعة أشهر للفرار الداخلي وستة أشهر للخارجي، "
         "بحسب ما نقلته وكالة سانا.",
         [E("desertion", None, None, "2018-10-09", "وكالة سانا", GOV, note="the months are a condition, not counts")])

passage6("v28", "2013-04-10", "Anadolu Agency", "defectors arrive in a camp, the camp's total",
         "وصل 9 ضباط منشقين بينهم عميدان إلى مخيم الضباط في ولاية هاتاي التركية خلال اليومين الماضيين، ليرتفع عدد "
         "الضباط المنشقين الموجودين في المخيم إلى أكثر من 300، بحسب ما صرح به مصدر في المخيم لوكالة الأناضول.",
         [E("defection", Q("9", 9), PL("مخيم الضباط", "Officers' camp (Hatay)", None, "Turkey"), None, "مصدر في المخيم", GOV,
            note="MENDED stop 29 (places): an arrival abroad told as the defection keeps the arrival place when no Syrian place is "
                 "given (README convention); the camp is where they arrived (was: no place)"),
          E("defection", Q("أكثر من 300", 300, None, True), None, None, "مصدر في المخيم", GOV, kind="aggregate",
            note="the camp's total")])


# ---- Set 7 (stop 21, helper probe): written 04:25-04:50 UTC after reading real reporting in the `pages`
# corpus for phrasing only (scored with --set probe7, run once on main before any fix) -----
DRUZE, LOYAL = "Druze militias (Suwayda)", "Former regime loyalists (Syria)"
P7 = []


def passage7(pid, published, outlet, style, text, events):
    P7.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
               "events": events})


passage7("w01", "2011-05-13", "Al Jazeera", "activists: a Friday protest fired on",
         "قال ناشطون وشهود عيان إن آلاف المحتجين خرجوا بعد صلاة الجمعة اليوم في مدينة دوما بريف دمشق مطالبين "
         "برفع الحصار عن درعا، وإن عناصر من الأمن أطلقوا النار لتفريقهم، ما أدى إلى مقتل ثلاثة متظاهرين وإصابة "
         "العشرات. ولم يتسن التحقق من هذه الأنباء من مصدر مستقل.",
         [E("protest", Q("آلاف", 2000, 9000, True), PL("دوما", "Douma", "Rif Dimashq"), "2011-05-13",
            "ناشطون وشهود عيان", PROT, note="Daraa is what they asked for; the shooting is the protest's fatalities")])

passage7("w02", "2011-11-20", "Al Arabiya", "a defection announced in a video",
         "بث ناشطون أمس السبت تسجيلاً مصوراً يعلن فيه 12 عسكرياً، بينهم ملازم أول، انشقاقهم عن الجيش السوري في "
         "منطقة جبل الزاوية بريف إدلب، احتجاجاً على اقتحام القرى واعتقال الأهالي، وانضمامهم إلى الجيش السوري الحر.",
         [E("defection", Q("12", 12), PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), "2011-11-19", "ناشطون", GOV,
            note="the force joined is the other side; the raids are the reason")])

passage7("w03", "2012-02-06", "SOHR", "SOHR opener, activists relayed, two districts",
         "المرصد السوري لحقوق الإنسان: قتل 17 مواطناً على الأقل جراء القصف العنيف الذي تتعرض له أحياء بابا عمرو "
         "والإنشاءات في مدينة حمص منذ صباح اليوم الاثنين بقذائف الهاون والصواريخ، بحسب ما أفاد ناشطون من المدينة "
         "للمرصد. وأشار المرصد إلى أن بين القتلى ثلاثة أطفال.",
         [E("shelling", Q("17", 17, None, True), PL("بابا عمرو", "Baba Amr", "Homs"), "2012-02-06",
            "المرصد السوري لحقوق الإنسان", GOV,
            note="two districts: one group; SOHR's opener is the source (it cites activists); children a breakdown")])

passage7("w04", "2012-09-24", "SANA", "SANA: 'the competent authorities' and 'an armed terrorist group'",
         "دمشق-سانا: اشتبكت الجهات المختصة مع مجموعة إرهابية مسلحة في حي التضامن بدمشق وقتلت عدداً من أفرادها، "
         "وصادرت أسلحتهم التي بينها رشاشات وقواذف، فيما استشهد اثنان من عناصر الجهات المختصة خلال الاشتباك.",
         [E("armed_clash", Q("اثنان", 2), PL("التضامن", "Al-Tadamon", "Damascus"), None, None, GOV,
            note="the state's own report; no date in the text")])

passage7("w05", "2012-12-10", "Syria TV", "a bakery hit from the air",
         "شن الطيران الحربي التابع للنظام غارتين على فرن للخبز في بلدة تل رفعت بريف حلب الشمالي صباح أمس الأحد، "
         "ما أدى إلى سقوط 23 قتيلاً معظمهم من النساء والأطفال كانوا ينتظرون دورهم أمام الفرن، وفق ما ذكره المكتب "
         "الإعلامي في البلدة.",
         [E("airstrike", Q("23", 23), PL("تل رفعت", "Tell Rifaat", "Aleppo"), "2012-12-09",
            "المكتب الإعلامي في البلدة", GOV)])

passage7("w06", "2013-03-14", "Anadolu Agency", "defectors cross into Turkey, a running total",
         "عبر 35 عسكرياً سورياً منشقاً، بينهم عقيد وثلاثة نقباء، الحدود إلى ولاية كليس التركية فجر اليوم الخميس، "
         "بحسب ما أفاد مصدر في الخارجية التركية لمراسل الأناضول، ليرتفع إلى 58 عدد الضباط المنشقين برتبة عميد "
         "ولواء الموجودين في تركيا.",
         [E("defection", Q("35", 35), PL("كليس", "Kilis", None, "Turkey"), "2013-03-14", "مصدر في الخارجية التركية", GOV,
            note="MENDED stop 29 (places): the arrival place when no Syrian place is given (README convention; was: no place); "
                 "ranks are a breakdown"),
          E("defection", Q("58", 58), None, None, "مصدر في الخارجية التركية", GOV, kind="aggregate",
            note="a running total of generals in Turkey")])

passage7("w07", "2013-07-08", "SOHR", "SOHR: a clash with Hezbollah beside the army",
         "المرصد السوري لحقوق الإنسان: تدور اشتباكات عنيفة منذ فجر اليوم بين مقاتلين من الكتائب المقاتلة من طرف، "
         "والقوات النظامية مدعمة بعناصر من حزب الله اللبناني من طرف آخر، في حي الخالدية بمدينة حمص، ترافقت مع قصف "
         "مكثف على الحي، وأسفرت عن مقتل ما لا يقل عن تسعة مقاتلين من الكتائب.",
         [E("armed_clash", Q("ما لا يقل عن تسعة", 9, None, True), PL("الخالدية", "Al-Khalidiya", "Homs"),
            "2013-07-08", "المرصد السوري لحقوق الإنسان", FSA,
            note="the shelling goes with the clash; Lebanon's party is no place")])

passage7("w08", "2013-10-29", "Zaman al-Wasl", "a raid for draft evaders",
         "شنت قوات الأمن حملة دهم واعتقال في بلدة جديدة عرطوز بريف دمشق الغربي أمس الاثنين، اعتقلت خلالها 14 "
         "شاباً بتهمة التخلف عن الخدمة الإلزامية، واقتادتهم إلى جهة مجهولة، بحسب ما أفاد ناشط من البلدة لـ«زمان الوصل».",
         [E("arrest", Q("14", 14), PL("جديدة عرطوز", "Jdeidet Artouz", "Rif Dimashq"), "2013-10-28",
            "ناشط من البلدة", GOV, note="draft evasion is the charge, not an event")])

passage7("w09", "2014-02-03", "AFP", "AFP: barrel bombs, SOHR toll, districts named after",
         "ألقت مروحيات تابعة للجيش السوري براميل متفجرة على أحياء في شرق مدينة حلب أمس الأحد، ما أسفر عن مقتل 31 "
         "شخصاً على الأقل بينهم تسعة أطفال، بحسب حصيلة أعلنها المرصد السوري لحقوق الإنسان. واستهدف القصف خصوصاً حيي "
         "الصالحين والمرجة.",
         [E("airstrike", Q("31", 31, None, True), PL("حلب", "Aleppo", "Aleppo"), "2014-02-02",
            "المرصد السوري لحقوق الإنسان", GOV, note="the districts after «خصوصاً» are where it fell most: one event")])

passage7("w10", "2014-06-16", "SOHR via AFP", "ISIS takes a town after two days of fighting",
         "سيطر مقاتلو الدولة الإسلامية في العراق والشام (داعش) أمس الأحد على بلدة موحسن في ريف دير الزور الشرقي "
         "بعد اشتباكات مع مقاتلي جبهة النصرة وكتائب إسلامية استمرت يومين، قتل فيها 16 مقاتلاً من الطرفين، حسبما "
         "أفاد المرصد السوري لحقوق الإنسان.",
         [E("territory_change", Q("16", 16), PL("موحسن", "Mohassan", "Deir ez-Zor"), "2014-06-15",
            "المرصد السوري لحقوق الإنسان", IS, note="the fighting that preceded the takeover is the same incident")])

passage7("w11", "2014-11-25", "Al Jazeera", "regime raids on Raqqa, state TV's version",
         "قال ناشطون إن طائرات النظام السوري شنت أمس الاثنين ما لا يقل عن عشر غارات على مدينة الرقة الخاضعة "
         "لسيطرة تنظيم الدولة، استهدفت إحداها سوقاً شعبية في وسط المدينة، ما أدى إلى مقتل 46 شخصاً أغلبهم مدنيون. "
         "في المقابل، قال التلفزيون الرسمي إن الغارات استهدفت مقرات للتنظيم.",
         [E("airstrike", Q("46", 46), PL("الرقة", "Raqqa", "Raqqa"), "2014-11-24", "ناشطون", GOV,
            note="ten raids is the count, 46 the fatalities; the TV's version retells the same raids")])

passage7("w12", "2015-04-22", "Al Jazeera", "a coalition statement",
         "قال التحالف الدولي بقيادة الولايات المتحدة في بيان اليوم الأربعاء إن طائراته نفذت خلال الساعات الأربع "
         "والعشرين المنصرمة سبع غارات على مواقع لتنظيم الدولة قرب مدينة الحسكة، دمرت خلالها وحدتين تكتيكيتين ومركبة.",
         [E("airstrike", Q("سبع", 7), PL("الحسكة", "Al-Hasakah", "Al-Hasakah"), None,
            "التحالف الدولي بقيادة الولايات المتحدة", COAL, note="the last 24 hours: no single day fixed")])

passage7("w13", "2015-06-03", "Daraa council media", "helicopter barrels, victims without a numeral",
         "استهدف الطيران المروحي التابع لقوات الأسد بالبراميل المتفجرة مدينة داعل في ريف درعا الأوسط صباح اليوم، "
         "ما أدى إلى مقتل امرأة وطفليها ودمار عدد من المنازل، وفق ما أفاد به المكتب الإعلامي لمجلس محافظة درعا الحرة.",
         [E("airstrike", None, PL("داعل", "Dael", "Daraa"), "2015-06-03",
            "المكتب الإعلامي لمجلس محافظة درعا الحرة", GOV, note="no numeral: no figure")])

passage7("w14", "2015-10-12", "Shaam Network", "Russian jets in the first weeks",
         "شنت مقاتلات روسية صباح اليوم الاثنين غارات جوية على قرية الغنطو في ريف حمص الشمالي، ما أسفر عن مقتل "
         "سبعة مدنيين، بينهم امرأتان، وإصابة آخرين، وفق ما ذكره ناشطون من المنطقة لشبكة شام.",
         [E("airstrike", Q("سبعة", 7), PL("الغنطو", "Al-Ghanto", "Homs"), "2015-10-12", "ناشطون من المنطقة", RUS)])

passage7("w15", "2016-01-19", "SANA", "SANA: a town 'restored to security'",
         "اللاذقية-سانا: أعادت وحدات من الجيش العربي السوري بمؤازرة مجموعات الدفاع الشعبية الأمن والاستقرار إلى "
         "بلدة ربيعة في ريف اللاذقية الشمالي بعد القضاء على آخر تجمعات الإرهابيين فيها. وذكر مصدر عسكري أن وحدات "
         "الهندسة تعمل على تفكيك العبوات الناسفة التي زرعها الإرهابيون في شوارع البلدة.",
         [E("territory_change", None, PL("ربيعة", "Rabia", "Latakia"), None, "مصدر عسكري", GOV,
            note="MENDED stop 30 (conventions): a next sentence that comes back to the same incident names its source (README stop 30; sets 1-21 and news_dev carry it back about 27 times against 4; was: the outlet); the military source gives the demining after the taking (no event); planted IEDs are no explosion")])

passage7("w16", "2016-05-30", "Halab Today", "mortars, the district fired from is not the place",
         "قتل أربعة مدنيين وجرح عشرة آخرون، مساء أمس الأحد، جراء قصف بقذائف الهاون مصدره مواقع وحدات حماية الشعب "
         "الكردية في حي الشيخ مقصود، استهدف حي الهلك في مدينة حلب، بحسب ما أفاد مراسل حلب اليوم.",
         [E("shelling", Q("أربعة", 4), PL("الهلك", "Al-Hellok", "Aleppo"), "2016-05-29", "مراسل حلب اليوم", SDF,
            note="Sheikh Maqsoud is where the fire came from")])

passage7("w17", "2016-09-21", "AFP", "an evacuation by bus",
         "خرجت صباح اليوم الأربعاء الدفعة الثالثة من مقاتلي المعارضة وعائلاتهم من مدينة معضمية الشام في ريف دمشق "
         "باتجاه محافظة إدلب، وضمت نحو 950 شخصاً بينهم 250 مقاتلاً استقلوا 18 حافلة، بإشراف الهلال الأحمر، وفق ما "
         "أفاد به مصدر في محافظة ريف دمشق لوكالة الصحافة الفرنسية.",
         [E("other", Q("نحو 950", 950, approx=True), PL("معضمية الشام", "Moadamiyet al-Sham", "Rif Dimashq"),
            "2016-09-21", "مصدر في محافظة ريف دمشق", note="Idlib is the destination; 250 fighters a breakdown")])

passage7("w18", "2016-12-06", "SOHR", "SOHR: a district taken, share of the city left",
         "المرصد السوري: قوات النظام والمسلحون الموالون لها تسيطر على حي الشعار بعد اشتباكات عنيفة مع الفصائل "
         "المقاتلة والإسلامية، لتتقلص مساحة سيطرة الفصائل في الأحياء الشرقية لمدينة حلب إلى نحو 35 بالمئة من "
         "المساحة التي كانت تسيطر عليها قبل بدء الهجوم.",
         [E("territory_change", None, PL("الشعار", "Al-Shaar", "Aleppo"), None, "المرصد السوري", GOV,
            note="the percentage is a state, not a count")])

passage7("w19", "2017-03-09", "Step News", "Turkish artillery, a clash hours before",
         "قصفت المدفعية التركية بعشرات القذائف مواقع لقوات سوريا الديمقراطية في قرية الياشلي غرب مدينة منبج، اليوم "
         "الخميس، دون ورود معلومات عن خسائر بشرية، وذلك بعد ساعات من اشتباكات بين فصائل درع الفرات و«مجلس منبج "
         "العسكري» في محيط قرية العريمة، بحسب وكالة ستيب الإخبارية.",
         [E("shelling", Q("عشرات", 20, 90, True), PL("الياشلي", "Al-Yashli", "Aleppo"), "2017-03-09",
            "وكالة ستيب الإخبارية", TUR, note="the shells are the count"),
          E("armed_clash", None, PL("العريمة", "Al-Arima", "Aleppo"), "2017-03-09", "وكالة ستيب الإخبارية",
            note="hours earlier, same day; agent left open")])

passage7("w20", "2017-08-14", "RT Arabic", "Russian MoD: sites destroyed, militants killed",
         "أعلنت وزارة الدفاع الروسية أن طائرات القوات الجوية الفضائية الروسية دمرت خلال الأيام الثلاثة الماضية 12 "
         "موقعاً لتنظيم داعش قرب بلدة عقيربات في ريف حماة الشرقي، وقتلت أكثر من 200 مسلح، بينهم قياديون ميدانيون.",
         [E("airstrike", Q("أكثر من 200", 200, None, True), PL("عقيربات", "Uqeirbat", "Hama"), None,
            "وزارة الدفاع الروسية", RUS, note="12 sites or 200 killed: either figure")])

passage7("w21", "2018-01-23", "Anadolu Agency", "Turkish staff: a tally since the start and yesterday's strikes",
         "أعلنت رئاسة الأركان التركية في بيان اليوم الثلاثاء «تحييد» 260 إرهابياً منذ انطلاق عملية «غصن الزيتون» في "
         "منطقة عفرين يوم السبت الماضي، مشيرة إلى أن مقاتلات تركية دمرت أمس 11 هدفاً تستخدمها عناصر «ي ب ك/بي كي كي».",
         [E("casualties", Q("260", 260), PL("عفرين", "Afrin", "Aleppo"), None, "رئاسة الأركان التركية", TUR,
            kind="aggregate", note="a tally since the operation began (period start 2018-01-20)"),
          E("airstrike", Q("11", 11), PL("عفرين", "Afrin", "Aleppo"), "2018-01-22", "رئاسة الأركان التركية", TUR,
            note="targets destroyed yesterday in the same area")])

passage7("w22", "2018-03-05", "SOHR", "SOHR: a campaign toll and today's raid",
         "المرصد السوري لحقوق الإنسان: ارتفع إلى 709 عدد المدنيين الذين قتلوا في الغوطة الشرقية منذ بدء التصعيد في "
         "18 شباط الفائت، بينهم 158 طفلاً، فيما قتل 15 مدنياً اليوم الاثنين في غارات نفذتها طائرات النظام على بلدة "
         "كفربطنا.",
         [E("casualties", Q("709", 709), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), None,
            "المرصد السوري لحقوق الإنسان", GOV, kind="aggregate", note="since 18 February"),
          E("airstrike", Q("15", 15), PL("كفربطنا", "Kafr Batna", "Rif Dimashq"), "2018-03-05",
            "المرصد السوري لحقوق الإنسان", GOV)])

passage7("w23", "2018-07-11", "Daraa 24", "Russian military police enter a town under a deal",
         "دخلت الشرطة العسكرية الروسية اليوم الأربعاء إلى بلدة طفس في ريف درعا الغربي، بموجب اتفاق «التسوية» الذي "
         "توصلت إليه فصائل المعارضة مع الجانب الروسي، ورفعت علم النظام فوق مبنى البلدية، وسط انتشار لعناصر من "
         "الفرقة الخامسة، بحسب ما نقله مراسل درعا 24.",
         [E("territory_change", None, PL("طفس", "Tafas", "Daraa"), "2018-07-11", "مراسل درعا 24", RUS,
            note="the deal is background; '24' is the outlet's name")])

passage7("w24", "2019-02-26", "Enab Baladi", "an IED on a motorbike, the reporter's own observation",
         "انفجرت عبوة ناسفة مزروعة في دراجة نارية قرب مفرق الراعي على مدخل مدينة إعزاز شمالي حلب، مساء أمس "
         "الاثنين، ما أدى إلى مقتل ثلاثة مدنيين وإصابة ستة آخرين، بحسب ما رصده مراسل عنب بلدي في ريف حلب الشمالي. "
         "ولم تتبن أي جهة التفجير حتى لحظة إعداد الخبر.",
         [E("explosion", Q("ثلاثة", 3), PL("إعزاز", "Azaz", "Aleppo"), "2019-02-25",
            "مراسل عنب بلدي في ريف حلب الشمالي", note="the junction is named after another town; unclaimed")])

passage7("w25", "2019-05-21", "Syria TV", "a town taken; the defenders report a repelled advance",
         "سيطرت قوات النظام، اليوم الثلاثاء، على بلدة كفرنبودة في ريف حماة الشمالي الغربي بعد معارك مع فصائل "
         "المعارضة استمرت أسبوعاً، وسط غطاء جوي روسي مكثف، فيما أعلنت «الجبهة الوطنية للتحرير» مقتل 11 عنصراً من "
         "قوات النظام خلال محاولتها التقدم نحو قرية الحويز.",
         [E("territory_change", None, PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2019-05-21", None, GOV),
          E("armed_clash", Q("11", 11), PL("الحويز", "Al-Huwayz", "Hama"), "2019-05-21",
            "الجبهة الوطنية للتحرير", GOV, note="the army tried to advance (attacker); the front reports it")])

passage7("w26", "2019-06-11", "SY24", "draft-age men refuse to return to their units",
         "رفض نحو 40 عنصراً من أبناء مدينة الصنمين في ريف درعا الشمالي الالتحاق بقطعاتهم العسكرية في ريف حماة بعد "
         "انتهاء إجازاتهم، خشية زجهم في المعارك الدائرة هناك، بحسب ما أفادت به مصادر محلية لموقع SY24.",
         [E("desertion", Q("نحو 40", 40, approx=True), PL("الصنمين", "Al-Sanamayn", "Daraa"), None,
            "مصادر محلية", GOV, note="Hama is where their units are")])

passage7("w27", "2019-10-15", "North Press", "SDF: an attack repelled, a district shelled",
         "قالت قوات سوريا الديمقراطية إن مقاتليها صدوا هجوماً واسعاً شنه الجيش التركي والفصائل السورية الموالية له "
         "على مدينة رأس العين ليل أمس، وقتلوا 19 من المهاجمين، فيما قتل خمسة مدنيين بقصف مدفعي تركي استهدف حي "
         "المحطة في المدينة.",
         [E("armed_clash", Q("19", 19), PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), "2019-10-14",
            "قوات سوريا الديمقراطية", TUR),
          E("shelling", Q("خمسة", 5), PL("المحطة", "Al-Mahatta", "Al-Hasakah"), "2019-10-14",
            "قوات سوريا الديمقراطية", TUR, note="a district of the town")])

passage7("w28", "2020-01-28", "SOHR", "SOHR: a city entered, a campaign tally",
         "رصد المرصد السوري دخول قوات النظام إلى مدينة معرة النعمان، كبرى مدن ريف إدلب الجنوبي، بعد انسحاب الفصائل "
         "منها إثر تقدم القوات من المحورين الشرقي والجنوبي خلال الأيام الفائتة، ليرتفع إلى 35 عدد البلدات والقرى التي "
         "سيطرت عليها قوات النظام منذ بدء هجومها في 24 كانون الثاني الجاري.",
         [E("territory_change", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), None, "المرصد السوري", GOV),
          E("territory_change", Q("35", 35), None, None, "المرصد السوري", GOV, kind="aggregate",
            note="villages taken since 24 January")])

passage7("w29", "2020-06-09", "North Press", "a hedged ISIS attack on an SDF post",
         "هاجم مسلحون يعتقد أنهم من خلايا تنظيم داعش نقطة لقوات سوريا الديمقراطية في بلدة الصور بريف دير الزور "
         "الشمالي فجر اليوم الثلاثاء، ما أسفر عن مقتل ثلاثة مقاتلين من قسد، وفق ما أفادت به مصادر محلية لنورث برس.",
         [E("armed_clash", Q("ثلاثة", 3), PL("الصور", "Al-Sour", "Deir ez-Zor"), "2020-06-09", "مصادر محلية",
            note="attacker only believed to be ISIS")])

passage7("w30", "2021-03-16", "Orient", "ballistic missiles on a fuel market",
         "استهدفت القوات الروسية بصواريخ بالستية أطلقت من قاعدة حميميم سوق المحروقات البدائية في قرية ترحين قرب "
         "مدينة الباب، ما أدى إلى احتراق أكثر من 150 صهريجاً وإصابة أربعة أشخاص، بحسب ما أفاد الدفاع المدني "
         "السوري لأورينت نت.",
         [E("shelling", None, PL("ترحين", "Tarhin", "Aleppo"), None, "الدفاع المدني السوري", RUS,
            note="missiles: shelling; Hmeimim is the launch site; tankers burnt are damage, not a count")])

passage7("w31", "2021-04-20", "Anadolu Agency", "a car bomb's toll updated",
         "ارتفع إلى 14 عدد قتلى انفجار السيارة المفخخة التي استهدفت، أمس الاثنين، سوقاً شعبية في مدينة جرابلس "
         "شرقي حلب، بعد وفاة ثلاثة من الجرحى متأثرين بإصاباتهم، بحسب ما أفاد به مصدر طبي في المدينة لوكالة الأناضول.",
         [E("explosion", Q("14", 14), PL("جرابلس", "Jarabulus", "Aleppo"), "2021-04-19", "مصدر طبي في المدينة",
            note="the updated toll is the bombing's; three is a part of it")])

passage7("w32", "2021-09-07", "North Press", "a local official shot",
         "قتل مسؤول محلي في «مجلس دير الزور المدني» برصاص مسلحين ملثمين كانوا يستقلون دراجة نارية في بلدة الحوايج "
         "بريف دير الزور الشرقي، مساء أمس الاثنين، بحسب ما أفاد به مراسل نورث برس.",
         [E("armed_clash", None, PL("الحوايج", "Al-Hawayij", "Deir ez-Zor"), "2021-09-06", "مراسل نورث برس", UNK,
            note="an assassination by gunfire (as sets 4 and 6)")])

passage7("w33", "2022-04-12", "Syria TV", "HTS's security service raids a town",
         "شن جهاز الأمن العام التابع لهيئة تحرير الشام حملة دهم في مدينة سرمدا شمالي إدلب، فجر اليوم الثلاثاء، اعتقل "
         "خلالها تسعة أشخاص بينهم إعلامي، بتهمة «التواصل مع جهات معادية»، بحسب ما قالته مصادر محلية لموقع تلفزيون سوريا.",
         [E("arrest", Q("تسعة", 9), PL("سرمدا", "Sarmada", "Idlib"), "2022-04-12", "مصادر محلية", HTS)])

passage7("w34", "2022-11-22", "Hawar", "SDF: Turkish raids on two areas",
         "أعلنت قوات سوريا الديمقراطية مقتل 13 شخصاً بينهم 11 مدنياً جراء غارات جوية تركية استهدفت محطة للكهرباء "
         "وصوامع الحبوب في قرية تقل بقل بريف المالكية أمس الاثنين، وقالت في بيان إن الطائرات التركية استهدفت كذلك "
         "مواقع في ريف كوباني.",
         [E("airstrike", Q("13", 13), PL("تقل بقل", "Taql Baql", "Al-Hasakah"), "2022-11-21",
            "قوات سوريا الديمقراطية", TUR, note="11 civilians a breakdown"),
          E("airstrike", None, PL("ريف كوباني", "Kobani countryside", "Aleppo"), "2022-11-21",
            "قوات سوريا الديمقراطية", TUR, note="a second area: a second event")])

passage7("w35", "2023-08-29", "Furat Post", "SDF against tribal fighters, a running toll",
         "تتواصل لليوم الثاني اشتباكات بين قوات سوريا الديمقراطية ومسلحين من عشائر عربية في بلدة ذيبان بريف دير "
         "الزور الشرقي، وأسفرت حتى الآن عن مقتل 18 شخصاً من الطرفين، بحسب ما أفادت به شبكة «فرات بوست» المحلية، "
         "فيما فرضت «قسد» حظر تجول في المنطقة.",
         [E("armed_clash", Q("18", 18), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-08-29", "فرات بوست", SDF,
            note="'the second day' is an ordinal; the curfew is no event")])

passage7("w36", "2023-10-10", "Halab Today", "a suicide drone, injured only",
         "أصيب ثلاثة مدنيين بجروح، اليوم الثلاثاء، إثر استهداف قوات النظام بطائرة مسيرة انتحارية سيارة كانت تقلهم "
         "على أطراف بلدة دارة عزة بريف حلب الغربي، بحسب ما أفاد به الدفاع المدني السوري.",
         [E("airstrike", None, PL("دارة عزة", "Darat Izza", "Aleppo"), "2023-10-10", "الدفاع المدني السوري", GOV,
            note="injured only: no count or fatalities")])

passage7("w37", "2024-01-09", "SOHR", "bodies of shepherds found in the desert",
         "عثر أهالي بلدة معدان في ريف الرقة الشرقي على جثث خمسة رعاة أغنام مقتولين بالرصاص في البادية المحاذية "
         "للبلدة، بعد يومين من فقدان الاتصال بهم، ووجه الأهالي أصابع الاتهام إلى خلايا تنظيم «داعش» التي تنشط في "
         "المنطقة، بحسب المرصد السوري لحقوق الإنسان.",
         [E("other", Q("خمسة", 5), PL("معدان", "Maadan", "Raqqa"), None, "المرصد السوري لحقوق الإنسان",
            note="bodies found; ISIS only accused")])

passage7("w38", "2024-06-25", "Enab Baladi", "Sweida's weekly protest",
         "تظاهر مئات من أهالي محافظة السويداء، اليوم الثلاثاء، في ساحة الكرامة وسط المدينة، في الأسبوع الـ44 من "
         "الحراك السلمي المطالب بتطبيق القرار الأممي 2254 ورحيل النظام، بحسب ما نقلته شبكة «السويداء 24».",
         [E("protest", Q("مئات", 200, 900, True), PL("السويداء", "As-Suwayda", "As-Suwayda"),
            "2024-06-25", "السويداء 24", PROT, note="MENDED stop 29 (places): a square is placed at its city (README landmark "
                                                    "convention; was: the square); the week is an ordinal, 2254 a "
                                                    "resolution, 24 a name")])

passage7("w39", "2024-11-30", "Syria TV", "the operations room takes the airport; Russian raids",
         "أعلنت «إدارة العمليات العسكرية» اليوم السبت سيطرتها على مطار حلب الدولي وعدد من الأحياء في مدينة حلب، بعد "
         "انسحاب قوات النظام منها، في حين شنت طائرات روسية غارات على حي الفردوس في المدينة أسفرت عن مقتل 16 مدنياً، "
         "وفق الدفاع المدني السوري.",
         [E("territory_change", None, PL("مطار حلب الدولي", "Aleppo International Airport", "Aleppo"),
            "2024-11-30", "إدارة العمليات العسكرية", HTS, note="the operations room led by HTS"),
          E("airstrike", Q("16", 16), PL("الفردوس", "Al-Firdaws", "Aleppo"), "2024-11-30", "الدفاع المدني السوري",
            RUS)])

passage7("w40", "2025-01-14", "SANA", "the new security directorate's sweep",
         "أعلنت إدارة الأمن العام في محافظة حمص، اليوم الثلاثاء، إلقاء القبض على 21 مطلوباً من فلول النظام البائد "
         "خلال حملة تمشيط في حي وادي الذهب، وضبط كميات من الأسلحة والذخائر كانت بحوزتهم، وفق ما نقلته وكالة الأنباء "
         "السورية (سانا).",
         [E("arrest", Q("21", 21), PL("وادي الذهب", "Wadi al-Dhahab", "Homs"), "2025-01-14", "إدارة الأمن العام",
            NEWGOV, note="the directorate announced it; SANA relays")])

passage7("w41", "2025-03-08", "SOHR", "the coast, March 2025: two tolls",
         "وثق المرصد السوري لحقوق الإنسان مقتل 162 مدنياً من أبناء الطائفة العلوية في مدن وقرى الساحل السوري خلال "
         "اليومين الماضيين، على يد عناصر من قوات الأمن ومسلحين موالين للحكومة، فيما قتل 93 عنصراً من قوات الأمن "
         "والجيش في هجمات نفذها مسلحون من فلول النظام في المنطقة ذاتها منذ مساء الخميس.",
         [E("casualties", Q("162", 162), PL("الساحل السوري", "Syrian coast"), None, "المرصد السوري لحقوق الإنسان",
            NEWGOV, kind="aggregate", note="two days over a region"),
          E("casualties", Q("93", 93), PL("الساحل السوري", "Syrian coast"), None, "المرصد السوري لحقوق الإنسان",
            LOYAL, kind="aggregate", note="'the same area' is the coast; since Thursday evening")])

passage7("w42", "2025-04-29", "Enab Baladi", "Jaramana: a clash and reinforcements",
         "اندلعت اشتباكات، فجر اليوم الثلاثاء، بين مسلحين محليين من الطائفة الدرزية وعناصر من قوى الأمن العام في مدينة "
         "جرمانا بريف دمشق، إثر انتشار تسجيل صوتي مسيء، ما أسفر عن مقتل ستة أشخاص وإصابة آخرين، بحسب ما قاله مصدر "
         "في مديرية الصحة بريف دمشق لعنب بلدي. وقالت وزارة الداخلية إنها أرسلت تعزيزات إلى المدينة لفض الاشتباك.",
         [E("armed_clash", Q("ستة", 6), PL("جرمانا", "Jaramana", "Rif Dimashq"), "2025-04-29",
            "مصدر في مديرية الصحة بريف دمشق", DRUZE, note="first side named"),
          E("reinforcement", None, PL("جرمانا", "Jaramana", "Rif Dimashq"), "2025-04-29", "وزارة الداخلية", NEWGOV,
            note="'the city' is Jaramana")])

passage7("w43", "2025-06-10", "Syria TV", "internal security (the ministry's) arrests a cell",
         "ألقت قوى الأمن الداخلي القبض على ثمانية أشخاص من خلية تتبع لفلول النظام البائد في قرية الدالية بريف جبلة، "
         "اليوم الثلاثاء، بعد اشتباك قصير أصيب فيه عنصر من الدورية، بحسب ما أعلنته وزارة الداخلية في بيان.",
         [E("arrest", Q("ثمانية", 8), PL("الدالية", "Al-Daliyah", "Latakia"), "2025-06-10", "وزارة الداخلية", NEWGOV,
            note="2025, Latakia: the interior ministry's internal security, not the Asayish")])

passage7("w44", "2025-07-17", "Al Jazeera", "Israeli raids on Damascus",
         "شنت طائرات حربية إسرائيلية أمس الأربعاء غارات على مبنى هيئة الأركان وسط العاصمة دمشق ومحيط القصر الرئاسي، "
         "ما أدى إلى مقتل ثلاثة أشخاص وإصابة 34 آخرين، بحسب وزارة الصحة السورية. وقال الجيش الإسرائيلي إن الضربات "
         "جاءت رداً على هجمات القوات الحكومية على الدروز في السويداء.",
         [E("airstrike", Q("ثلاثة", 3), PL("مبنى هيئة الأركان", "General Staff Headquarters (Damascus)", "Damascus"),
            "2025-07-16", "وزارة الصحة السورية", ISR,
            note="MENDED stop 29 (places): the general staff building is a military site, a facility (as sets 15 g28, 18 b35; "
                 "was: Damascus); Sweida is the stated reason, not a place of this act")])

passage7("w45", "2025-07-20", "Enab Baladi", "Sweida: deployment and a night clash",
         "بدأت قوى الأمن الداخلي التابعة لوزارة الداخلية انتشارها، اليوم الأحد، في قرى ريف السويداء الغربي، بعد اتفاق "
         "لوقف إطلاق النار بين الفصائل المحلية ومقاتلي العشائر، في حين قال مراسل عنب بلدي في درعا إن مقاتلي العشائر "
         "انسحبوا من بلدة المزرعة بعد اشتباكات ليلية مع فصائل درزية قتل فيها تسعة مقاتلين.",
         [E("reinforcement", None, PL("ريف السويداء الغربي", "Western As-Suwayda countryside", "As-Suwayda"),
            "2025-07-20", None, NEWGOV, note="a deployment; the ceasefire is background"),
          E("armed_clash", Q("تسعة", 9), PL("المزرعة", "Al-Mazraa", "As-Suwayda"), None, "مراسل عنب بلدي في درعا",
            TRIBE, note="the reporter's posting (Daraa) is no place")])

passage7("w46", "2025-09-02", "North Press", "the Asayish in al-Hol",
         "اعتقلت قوى الأمن الداخلي (الأسايش) 12 شخصاً يشتبه بانتمائهم لخلايا تنظيم «داعش» خلال حملة أمنية في مخيم "
         "الهول شرقي الحسكة، أمس الاثنين، بمساندة من قوات التحالف الدولي، بحسب بيان أصدره المركز الإعلامي لقوى الأمن الداخلي.",
         [E("arrest", Q("12", 12), PL("مخيم الهول", "Al-Hol camp", "Al-Hasakah"), "2025-09-01",
            "المركز الإعلامي لقوى الأمن الداخلي", SDF, note="the SDF's internal security")])

passage7("w47", "2025-10-21", "SANA", "an Israeli incursion and arrests",
         "توغلت قوة إسرائيلية مؤلفة من ست آليات عسكرية، صباح اليوم الثلاثاء، في قرية الرفيد بريف القنيطرة الجنوبي، "
         "واعتقلت ثلاثة شبان من أهالي القرية قبل أن تنسحب، بحسب ما ذكره مراسل سانا في القنيطرة.",
         [E("arrest", Q("ثلاثة", 3), PL("الرفيد", "Al-Rafid", "Quneitra"), "2025-10-21", "مراسل سانا في القنيطرة", ISR,
            note="six vehicles are no count of the arrest")])



# ---- Set 8 (stop 21, helper probe8): written 05:35-06:05 UTC after reading a few pages of real reporting in
# the `pages` corpus for phrasing only; committed before any run, scored ONCE on the final main (--set probe8) --
P8 = []


def passage8(pid, published, outlet, style, text, events):
    P8.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
               "events": events})


passage8("x01", "2011-04-22", "Al Jazeera", "activists and witnesses: a Friday protest fired on",
         "أفاد ناشطون وشهود عيان بأن قوات الأمن السورية أطلقت الرصاص الحي على آلاف المتظاهرين الذين خرجوا اليوم "
         "الجمعة في مدينة إزرع بريف درعا، ما أدى إلى مقتل 14 شخصاً على الأقل وإصابة العشرات. وردد المحتجون هتافات "
         "تطالب بإلغاء حالة الطوارئ، فيما تحدث التلفزيون الرسمي عن «عصابات مسلحة» أطلقت النار على المواطنين.",
         [E("protest", Q("آلاف", 2000, 9000, True), PL("إزرع", "Izraa", "Daraa"), "2011-04-22",
            "ناشطون وشهود عيان", PROT,
            note="the shooting is the protest's fatalities (as w01); state TV's version retells the same day")])

passage8("x02", "2011-08-01", "AFP", "SOHR's head to AFP: a city's toll and the country's",
         "قال رئيس المرصد السوري لحقوق الإنسان رامي عبد الرحمن لوكالة فرانس برس إن 84 مدنياً على الأقل قتلوا أمس "
         "الأحد في مدينة حماة التي اقتحمتها دبابات الجيش فجراً وقصفت أحياءها بالرشاشات الثقيلة، مشيراً إلى أن حصيلة "
         "القتلى في عموم سوريا بلغت 121 قتيلاً في اليوم نفسه. وأضاف أن الاتصالات مقطوعة عن المدينة منذ ساعات.",
         [E("shelling", Q("84", 84, None, True), PL("حماة", "Hama", "Hama"), "2011-07-31",
            "المرصد السوري لحقوق الإنسان", GOV, note="tanks storm and fire on the districts: the act of the 84 deaths"),
          E("casualties", Q("121", 121), None, "2011-07-31", "المرصد السوري لحقوق الإنسان", kind="aggregate",
            note="the country's daily toll; the cut communications are a state")])

passage8("x03", "2012-01-15", "Zaman al-Wasl", "defection at a checkpoint, then a clash with the pursuers",
         "انشق 22 عسكرياً بينهم ضابطان برتبة ملازم عن حاجز لقوات النظام عند مدخل بلدة سرمين بريف إدلب فجر أمس "
         "السبت، بحسب ما أكده الناطق باسم كتيبة «أحرار سرمين» أبو خالد الإدلبي لـ«زمان الوصل». وأضاف أن دورية للأمن "
         "العسكري لاحقت المنشقين واشتبكت معهم في أطراف البلدة، ما أدى إلى مقتل ثلاثة منهم.",
         [E("defection", Q("22", 22), PL("سرمين", "Sarmin", "Idlib"), "2012-01-14",
            "الناطق باسم كتيبة «أحرار سرمين»", GOV, note="the officers are a breakdown"),
          E("armed_clash", Q("ثلاثة", 3), PL("سرمين", "Sarmin", "Idlib"), "2012-01-14",
            "الناطق باسم كتيبة «أحرار سرمين»", GOV,
            note="the three defectors killed are the clash's deaths, not fewer defectors")])

passage8("x04", "2012-06-09", "SANA", "SANA dateline: an infiltration from Jordan foiled",
         "درعا-سانا: أحبطت الجهات المختصة محاولة تسلل مجموعة إرهابية مسلحة من الأراضي الأردنية إلى منطقة تل شهاب "
         "بريف درعا الغربي، وأوقعت عدداً من أفرادها بين قتيل ومصاب وصادرت أسلحتهم. وذكر مصدر مسؤول لمراسل سانا أن "
         "اثنين من عناصر الجهات المختصة استشهدا خلال الاشتباك، فيما فر باقي الإرهابيين باتجاه الحدود.",
         [E("armed_clash", Q("اثنين", 2), PL("تل شهاب", "Tell Shihab", "Daraa"), None, "مصدر مسؤول", GOV,
            note="Jordan is where they came from; nothing in the text dates it")])

passage8("x05", "2012-10-30", "SOHR", "SOHR opener: barrel bombs, and rockets on a nearby village",
         "المرصد السوري لحقوق الإنسان: ألقت الطائرات المروحية التابعة للقوات النظامية ما لا يقل عن ثمانية براميل "
         "متفجرة على مدينة معرة النعمان ومحيطها صباح اليوم الثلاثاء، ما أدى إلى استشهاد سبعة مواطنين بينهم سيدتان، "
         "كما قصفت القوات النظامية قرية معرشورين القريبة براجمات الصواريخ دون أنباء عن إصابات.",
         [E("airstrike", Q("سبعة", 7), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2012-10-30",
            "المرصد السوري لحقوق الإنسان", GOV, note="eight barrels is the count, seven the fatalities"),
          E("shelling", None, PL("معرشورين", "Maarshurin", "Idlib"), "2012-10-30", "المرصد السوري لحقوق الإنسان",
            GOV)])

passage8("x06", "2013-05-04", "Al Arabiya", "activists: a village taken near Qusayr",
         "قال ناشطون إن القوات النظامية مدعومة بمقاتلين من حزب الله اللبناني سيطرت أمس الجمعة على قرية الغسانية في "
         "ريف القصير الشمالي بعد معارك مع مقاتلي المعارضة استمرت يومين، قتل فيها 11 مقاتلاً معارضاً على الأقل. "
         "وتسعى هذه القوات إلى إحكام الطوق على مدينة القصير التي يتحصن فيها آلاف المقاتلين والمدنيين.",
         [E("territory_change", Q("11", 11, None, True), PL("الغسانية", "Al-Ghassaniyah", "Homs"), "2013-05-03",
            "ناشطون", GOV, note="the battle's deaths are the taking's; closing the ring on Qusayr is an aim")])

passage8("x07", "2013-09-17", "Anadolu Agency", "a general arrives in Hatay, the running total of generals",
         "أفاد مراسل الأناضول بأن لواءً في الجيش السوري وصل مع أسرته إلى ولاية هاتاي التركية أمس الاثنين بعد "
         "انشقاقه عن قوات النظام، ليرتفع إلى 41 عدد الضباط برتبة لواء الذين انشقوا ولجؤوا إلى تركيا منذ بدء "
         "الأحداث في سوريا. ويقع المخيم المخصص للضباط المنشقين في منطقة أبايدن قرب الحدود.",
         [E("defection", None, PL("هاتاي", "Hatay", None, "Turkey"), "2013-09-16", "مراسل الأناضول", GOV,
            note="MENDED stop 29 (places): one general without a numeral: no figure; the arrival place when no Syrian place is "
                 "given (README convention; was: no place)"),
          E("defection", Q("41", 41), None, None, "مراسل الأناضول", GOV, kind="aggregate",
            note="generals defected since 2011, a running total; the camp's site is a state")])

passage8("x08", "2014-02-12", "SNHR", "SNHR monthly figure for one governorate",
         "ذكرت الشبكة السورية لحقوق الإنسان، في تقريرها الصادر اليوم الأربعاء، أنها وثقت مقتل 1,214 مدنياً في محافظة حلب خلال "
         "شهر كانون الثاني الماضي، قضى معظمهم بالبراميل المتفجرة التي تلقيها مروحيات النظام على أحياء المدينة "
         "الشرقية وبلدات الريف. وأشار التقرير إلى أن بين الضحايا 287 طفلاً و143 سيدة.",
         [E("casualties", Q("1,214", 1214), PL("حلب", "Aleppo", "Aleppo"), "2014-01", "الشبكة السورية لحقوق الإنسان",
            GOV, kind="aggregate", note="a month's toll; children and women are a breakdown")])

passage8("x09", "2014-07-25", "Al Jazeera", "IS overruns an army base; where the survivors went",
         "سيطر مقاتلو تنظيم الدولة الإسلامية أمس الخميس على مقر الفرقة 17 التابعة للجيش السوري شمال مدينة الرقة "
         "بعد هجوم بدأ بتفجير عربتين مفخختين، وقال المرصد السوري لحقوق الإنسان إن 47 جندياً على الأقل قتلوا في "
         "الهجوم، بينما انسحب العشرات إلى مواقع للجيش في اللواء 93 قرب عين عيسى.",
         [E("territory_change", Q("47", 47, None, True), PL("الفرقة 17", "17th Division base", "Raqqa"), "2014-07-24",
            "المرصد السوري لحقوق الإنسان", IS,
            note="the car bombs open the same attack; 17 and 93 are unit numbers; the named base («مقر الفرقة 17») "
                 "is a facility, the most specific place (convention of stop 28; Raqqa is its bearing); Ain Issa "
                 "is where they withdrew")])

passage8("x10", "2015-04-02", "Enab Baladi", "air raids on a market days after a city changed hands",
         "قتل تسعة مدنيين وأصيب آخرون، ظهر اليوم الخميس، جراء غارات شنها الطيران الحربي التابع لقوات الأسد على "
         "السوق الشعبي في مدينة إدلب، بعد أيام من سيطرة فصائل «جيش الفتح» على المدينة، بحسب ما أفاد به مراسل عنب "
         "بلدي. وأكد الدفاع المدني أن فرقه انتشلت الضحايا من تحت الأنقاض.",
         [E("airstrike", Q("تسعة", 9), PL("إدلب", "Idlib", "Idlib"), "2015-04-02", "مراسل عنب بلدي", GOV,
            note="the capture of the city is background")])

passage8("x11", "2015-12-19", "SOHR", "Russian jets at night, a toll expected to rise",
         "قال المرصد السوري لحقوق الإنسان إن طائرات حربية روسية نفذت ليل أمس الجمعة سلسلة غارات على مدينة أريحا في "
         "ريف إدلب الجنوبي، ما أسفر عن مقتل 19 شخصاً بينهم أربعة أطفال وإصابة أكثر من 30 آخرين. وأشار المرصد إلى أن "
         "عدد القتلى مرشح للارتفاع بسبب وجود جرحى في حالات خطرة.",
         [E("airstrike", Q("19", 19), PL("أريحا", "Ariha", "Idlib"), "2015-12-18", "المرصد السوري لحقوق الإنسان", RUS,
            note="the rising toll is a future, not an event")])

passage8("x12", "2016-05-28", "Anadolu Agency", "Turkish artillery, 'neutralised', positions hit",
         "أعلنت رئاسة الأركان التركية، في بيان اليوم السبت، أن المدفعية التركية قصفت أمس 19 موقعاً لتنظيم «داعش» "
         "الإرهابي قرب بلدة دابق في ريف حلب الشمالي، ما أسفر عن «تحييد» 28 عنصراً من التنظيم، بحسب ما نقله مراسل "
         "الأناضول. وأوضح البيان أن القصف جاء رداً على قذائف أطلقها التنظيم على ولاية كليس.",
         [E("shelling", Q("28", 28), PL("دابق", "Dabiq", "Aleppo"), "2016-05-27", "رئاسة الأركان التركية", TUR,
            note="19 positions are the targets; the shells on Kilis are recalled as the cause (no date, no figure)")])

passage8("x13", "2016-11-23", "Halab Today", "shelling on besieged districts, an advance repelled",
         "قتل 21 مدنياً وجرح العشرات اليوم الأربعاء بقصف مدفعي وصاروخي لقوات الأسد والميليشيات المساندة لها على "
         "أحياء الشعار وباب النيرب والفردوس في حلب الشرقية المحاصرة، بحسب ما أفاد به مراسل حلب اليوم. وتزامن القصف "
         "مع محاولات تقدم لقوات النظام على جبهة مساكن هنانو، تصدت لها فصائل المعارضة.",
         [E("shelling", Q("21", 21), PL("الشعار", "Al-Shaar", "Aleppo"), "2016-11-23", "مراسل حلب اليوم", GOV,
            note="three districts: one group"),
          E("armed_clash", None, PL("مساكن هنانو", "Masakin Hanano", "Aleppo"), "2016-11-23", "مراسل حلب اليوم", GOV,
            note="an advance repelled is still a clash that happened")])

passage8("x14", "2017-04-07", "Syria TV", "a coalition raid on a Raqqa district",
         "قتل 14 مدنياً من عائلة واحدة، ليل أمس الخميس، جراء غارة لطيران التحالف الدولي بقيادة الولايات المتحدة "
         "على حي المشلب شرقي مدينة الرقة، بحسب ما أفادت به حملة «الرقة تذبح بصمت». ولم يصدر عن التحالف أي تعليق على "
         "الغارة حتى الآن، في حين يواصل تنظيم «الدولة» منع الأهالي من مغادرة المدينة.",
         [E("airstrike", Q("14", 14), PL("المشلب", "Al-Mishlab", "Raqqa"), "2017-04-06", "حملة «الرقة تذبح بصمت»",
            COAL, note="the US is named as the coalition's leader; IS keeping people in is a state")])

passage8("x15", "2017-09-12", "Step News", "HTS raids and detains media activists",
         "شنت «هيئة تحرير الشام» حملة دهم في مدينة سراقب بريف إدلب الشرقي، فجر اليوم الثلاثاء، اعتقلت خلالها سبعة "
         "ناشطين إعلاميين بينهم مراسل سابق لوكالة ستيب الإخبارية، بتهمة التواصل مع جهات خارجية، بحسب ما أفاد به مصدر "
         "محلي لستيب. ويأتي ذلك بعد أسابيع من مظاهرات شهدتها المدينة ضد الهيئة.",
         [E("arrest", Q("سبعة", 7), PL("سراقب", "Saraqib", "Idlib"), "2017-09-12", "مصدر محلي", HTS,
            note="the earlier protests are background")])

passage8("x16", "2018-03-21", "SANA", "SANA: a rocket on a market, fired from the Ghouta",
         "دمشق-سانا: استشهد 29 مدنياً وأصيب 41 آخرون بجروح مساء أمس الثلاثاء جراء سقوط قذيفة صاروخية أطلقها "
         "الإرهابيون المتحصنون في الغوطة الشرقية على سوق شعبي في مدينة جرمانا بريف دمشق. وأشار مصدر في قيادة شرطة "
         "ريف دمشق إلى أن بين المصابين حالات حرجة وأن القذيفة أحدثت أضراراً كبيرة في المحال التجارية.",
         [E("shelling", Q("29", 29), PL("جرمانا", "Jaramana", "Rif Dimashq"), "2018-03-20",
            "مصدر في قيادة شرطة ريف دمشق",
            note="the Ghouta is where the rocket came from; the state's 'terrorists' are not named (no agent)")])

passage8("x17", "2018-07-05", "Enab Baladi", "Russian raids on several towns during talks",
         "شنت الطائرات الحربية الروسية منذ صباح اليوم الخميس أكثر من 120 غارة على بلدات صيدا والطيبة والنعيمة في "
         "ريف درعا الشرقي، في حين تستمر المفاوضات بين فصائل المعارضة والجانب الروسي في مدينة بصرى الشام، بحسب ما "
         "أفاد به مراسل عنب بلدي في درعا. ولم ترد حصيلة للضحايا حتى ساعة إعداد الخبر.",
         [E("airstrike", Q("أكثر من 120", 120, None, True), PL("صيدا", "Saida", "Daraa"), "2018-07-05",
            "مراسل عنب بلدي في درعا", RUS,
            note="three towns: one group; talks still going on are no event and Busra is not the raids' place")])

passage8("x18", "2019-05-15", "North Press", "SDF and coalition helicopters: a raid and arrests",
         "نفذت قوات سوريا الديمقراطية بمساندة مروحيات التحالف الدولي، فجر اليوم الأربعاء، عملية إنزال جوي في بلدة "
         "الشحيل بريف دير الزور الشرقي، أسفرت عن اعتقال أربعة أشخاص يشتبه بانتمائهم لخلايا تنظيم «داعش»، بينهم "
         "قيادي محلي، بحسب ما قاله مصدر عسكري في «قسد» لنورث برس.",
         [E("arrest", Q("أربعة", 4), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2019-05-15", "مصدر عسكري في «قسد»",
            SDF, note="the air landing is the raid of the arrest, one event")])

passage8("x19", "2019-10-13", "Anadolu Agency", "a town taken, and the operation's running total",
         "أعلنت وزارة الدفاع التركية، اليوم الأحد، أن الجيش الوطني السوري سيطر بدعم من القوات التركية على مدينة تل "
         "أبيض بريف الرقة الشمالي، ضمن عملية «نبع السلام» المتواصلة منذ خمسة أيام شرق الفرات، وأضافت أن عدد "
         "الإرهابيين الذين تم تحييدهم منذ بدء العملية بلغ 415.",
         [E("territory_change", None, PL("تل أبيض", "Tell Abyad", "Raqqa"), "2019-10-13", "وزارة الدفاع التركية", SNA),
          E("casualties", Q("415", 415), None, None, "وزارة الدفاع التركية", TUR, kind="aggregate",
            note="'neutralised' since the operation began: a running total")])

passage8("x20", "2021-06-10", "Daraa 24", "an assassination, then a month's count from a documentation office",
         "اغتال مسلحون مجهولون يستقلون دراجة نارية، مساء أمس الأربعاء، قيادياً سابقاً في فصائل المعارضة ممن أجروا "
         "«التسوية» مع النظام، بإطلاق النار عليه قرب دوار البلدية في مدينة طفس بريف درعا الغربي. ووثق مكتب توثيق "
         "الشهداء في درعا خلال شهر أيار الماضي 37 عملية ومحاولة اغتيال في المحافظة، أسفرت عن مقتل 26 شخصاً.",
         [E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), "2021-06-09", None, UNK,
            note="an assassination by gunfire (as set 6); one man without a numeral: no figure"),
          E("armed_clash", Q("26", 26), PL("درعا", "Daraa", "Daraa", nth=1), "2021-05", "مكتب توثيق الشهداء في درعا",
            kind="aggregate", note="MENDED stop 32 (conventions): a running toll naming one cause takes the cause's type, an aggregate (was casualties): the assassinations' dead (as set 64 ic31, set 15 g18); a month's count for the governorate; 37 operations are incidents counted, "
                                   "26 the deaths")])

passage8("x21", "2022-08-19", "Al Jazeera", "protests in three towns against a foreign minister's words",
         "خرج مئات المتظاهرين اليوم الجمعة في مدن الباب وأعزاز وجرابلس بريف حلب الشمالي، احتجاجاً على تصريحات لوزير "
         "الخارجية التركي دعا فيها إلى مصالحة بين المعارضة والنظام السوري، ورفع المحتجون لافتات ترفض أي تطبيع مع "
         "دمشق، بحسب ما نقله مراسل الجزيرة.",
         [E("protest", Q("مئات", 200, 900, True), PL("الباب", "Al-Bab", "Aleppo"), "2022-08-19", "مراسل الجزيرة", PROT,
            note="three towns: one group; Turkey and Damascus are named for other reasons")])

passage8("x22", "2023-02-08", "SNHR", "a monthly arrest report with breakdowns",
         "أصدرت الشبكة السورية لحقوق الإنسان، اليوم الأربعاء، تقريرها الشهري الخاص بحصيلة الاعتقالات، ووثقت فيه ما لا "
         "يقل عن 173 حالة اعتقال تعسفي في سوريا خلال كانون الثاني الماضي، بينها 9 أطفال و4 سيدات، وقالت إن قوات "
         "النظام مسؤولة عن 94 حالة منها، تلتها قوات سوريا الديمقراطية.",
         [E("arrest", Q("ما لا يقل عن 173", 173, None, True), None, "2023-01", "الشبكة السورية لحقوق الإنسان",
            kind="aggregate", note="children, women and the regime's share are breakdowns; several perpetrators")])

passage8("x23", "2024-04-16", "North Press", "a Turkish drone on a car, the SDF shells back",
         "قتل ثلاثة عناصر من قوى الأمن الداخلي «الأسايش» وأصيب مدني، مساء أمس الاثنين، جراء استهداف طائرة مسيرة "
         "تركية لسيارتهم في ريف القامشلي الشرقي، بحسب ما أفاد به مراسل نورث برس. وردت قوات سوريا الديمقراطية في وقت "
         "لاحق بقصف مدفعي على مواقع للجيش الوطني السوري في محيط مدينة رأس العين.",
         [E("airstrike", Q("ثلاثة", 3), PL("ريف القامشلي الشرقي", "Eastern Qamishli countryside", "Al-Hasakah"),
            "2024-04-15", "مراسل نورث برس", TUR, note="a drone strike is an air strike"),
          E("shelling", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), "2024-04-15", "مراسل نورث برس", SDF,
            note="'later' that evening")])

passage8("x24", "2024-11-29", "Syria TV", "the 2024 offensive: districts and towns taken, a Russian raid",
         "أعلنت «إدارة العمليات العسكرية» لفصائل المعارضة، اليوم الجمعة، سيطرة مقاتليها على أحياء حلب الجديدة "
         "والحمدانية في الطرف الغربي لمدينة حلب، بعد سيطرتهم أمس على بلدتي خان العسل وكفرناها، في إطار معركة «ردع "
         "العدوان» التي أطلقتها الأربعاء الماضي. وقال مراسل تلفزيون سوريا إن الطيران الروسي شن غارات على مدينة "
         "الأتارب أوقعت أربعة قتلى.",
         [E("territory_change", None, PL("حلب الجديدة", "New Aleppo", "Aleppo"), "2024-11-29",
            "«إدارة العمليات العسكرية»", FSA, note="two districts: one group"),
          E("territory_change", None, PL("خان العسل", "Khan al-Asal", "Aleppo"), "2024-11-28",
            "«إدارة العمليات العسكرية»", FSA, note="two towns: one group; the launch on Wednesday is background"),
          E("airstrike", Q("أربعة", 4), PL("الأتارب", "Al-Atarib", "Aleppo"), "2024-11-29", "مراسل تلفزيون سوريا", RUS)])

passage8("x25", "2024-12-05", "Enab Baladi", "a defection on video, others said to wait",
         "بث ناشطون، اليوم الخميس، تسجيلاً مصوراً يظهر انشقاق 12 عسكرياً، بينهم ضابط برتبة عقيد، عن قوات النظام في "
         "مدينة السلمية بريف حماة الشرقي وانضمامهم إلى فصائل «ردع العدوان». وقال أحد المنشقين في التسجيل إن عشرات "
         "العناصر في الثكنات القريبة ينتظرون فرصة للانشقاق.",
         [E("defection", Q("12", 12), PL("السلمية", "Salamiyah", "Hama"), "2024-12-05", "ناشطون", GOV,
            note="the tens waiting to defect are not a defection")])

passage8("x26", "2025-01-14", "SANA", "new authorities' sweep: arrests of the old regime's men",
         "حمص-سانا: ألقت إدارة الأمن العام القبض على 15 مطلوباً من فلول النظام البائد، بينهم ضابط متهم بارتكاب "
         "انتهاكات بحق المعتقلين في سجن صيدنايا، خلال حملة تمشيط في حي وادي الذهب بمدينة حمص اليوم، بحسب ما ذكره "
         "مصدر أمني لمراسل سانا.",
         [E("arrest", Q("15", 15), PL("وادي الذهب", "Wadi al-Dhahab", "Homs"), "2025-01-14", "مصدر أمني", NEWGOV,
            note="Saydnaya is where the old abuses happened")])

passage8("x27", "2025-03-08", "SOHR", "the coast: tolls since Thursday",
         "ارتفعت حصيلة القتلى في مناطق الساحل السوري منذ يوم الخميس إلى 532 مدنياً من الطائفة العلوية، قتلوا في "
         "عمليات «إعدام ميداني» نفذتها عناصر من وزارتي الدفاع والداخلية ومجموعات رديفة في ريفي اللاذقية وطرطوس، وفق "
         "ما وثقه المرصد السوري لحقوق الإنسان، فيما قتل 87 عنصراً من قوات الأمن العام في هجمات شنها مسلحون من فلول "
         "النظام.",
         [E("casualties", Q("532", 532), PL("الساحل السوري", "Syrian coast"), None, "المرصد السوري لحقوق الإنسان",
            NEWGOV, kind="aggregate", note="a running toll since 6 March over a region"),
          E("armed_clash", Q("87", 87), PL("الساحل السوري", "Syrian coast"), None, "المرصد السوري لحقوق الإنسان", LOYAL,
            kind="aggregate", note="the security forces' toll of the loyalists' attacks over the same days")])

passage8("x28", "2025-05-02", "Al Jazeera", "an Israeli strike near the palace, the army's message",
         "شن الطيران الإسرائيلي فجر اليوم الجمعة غارة قرب قصر الشعب في العاصمة السورية دمشق، وقال الجيش الإسرائيلي "
         "في بيان إن الضربة رسالة واضحة للحكومة السورية بعدم نشر قوات جنوب دمشق أو تهديد الدروز. ولم تعلن السلطات "
         "السورية عن وقوع إصابات جراء الغارة.",
         [E("airstrike", None, PL("قصر الشعب", "People's Palace", "Damascus"), "2025-05-02", "الجيش الإسرائيلي", ISR,
            note="south of Damascus is what the army warns about; the statement retells the strike")])

passage8("x29", "2025-07-16", "Enab Baladi", "Sweida: an ambush; Damascus: an Israeli strike",
         "قتل 12 عنصراً من قوات وزارة الدفاع السورية وأصيب آخرون، اليوم الأربعاء، في كمين نصبه مسلحون من الفصائل "
         "المحلية الدرزية قرب بلدة المزرعة غربي مدينة السويداء، بحسب ما أفادت به وزارة الدفاع في بيان. وفي دمشق، "
         "استهدفت طائرات إسرائيلية بعد الظهر مبنى هيئة الأركان العامة، ما أدى إلى إصابة ثلاثة أشخاص بحسب وزارة الصحة.",
         [E("armed_clash", Q("12", 12), PL("المزرعة", "Al-Mazraa", "As-Suwayda"), "2025-07-16", "وزارة الدفاع", DRUZE,
            note="an ambush is a clash; Sweida city is the reference, not the place"),
          E("airstrike", None, PL("دمشق", "Damascus", "Damascus"), "2025-07-16", "وزارة الصحة", ISR,
            note="three injured, no deaths: no count; the General Staff building is in Damascus")])

passage8("x30", "2025-07-19", "Syria TV", "a ceasefire announced, fighting goes on",
         "أعلنت الرئاسة السورية، اليوم السبت، وقفاً شاملاً وفورياً لإطلاق النار في محافظة السويداء، ودعت جميع الأطراف "
         "إلى الالتزام به، في حين أفاد مراسل تلفزيون سوريا باستمرار الاشتباكات بين مقاتلي العشائر والفصائل الدرزية في "
         "حي المقوس شرقي مدينة السويداء، وسط أنباء عن سقوط قتلى من الطرفين.",
         [E("agreement", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-19", "الرئاسة السورية", NEWGOV,
            note="a declared ceasefire; the appeal to respect it is a call"),
          E("armed_clash", None, PL("المقوس", "Al-Maqwas", "As-Suwayda"), "2025-07-19", "مراسل تلفزيون سوريا", TRIBE)])

passage8("x31", "2025-09-03", "SOHR", "an IED on an SDF car, a hedged perpetrator",
         "المرصد السوري: قتل ثلاثة عناصر من «قسد» وأصيب رابع، صباح اليوم الأربعاء، بانفجار عبوة ناسفة استهدفت "
         "سيارتهم العسكرية على طريق بلدة ذيبان بريف دير الزور الشرقي، ويرجح أن خلايا تنظيم «الدولة الإسلامية» زرعت "
         "العبوة، إذ تنشط هذه الخلايا في المنطقة منذ أشهر.",
         [E("explosion", Q("ثلاثة", 3), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2025-09-03", "المرصد السوري",
            note="the perpetrator is only likely; the cells' activity is a habit")])

passage8("x32", "2025-11-27", "Step News", "a mass grave found",
         "عثرت فرق الدفاع المدني السوري، أمس الأربعاء، على مقبرة جماعية تضم رفات 23 شخصاً في أرض زراعية قرب مدينة "
         "خان شيخون جنوبي إدلب، يرجح أنهم من المعتقلين الذين قتلوا على يد قوات النظام البائد خلال سيطرتها على "
         "المنطقة، بحسب ما أفاد به مراسل ستيب.",
         [E("other", Q("23", 23), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2025-11-26", "مراسل ستيب",
            note="bodies found; the killings are background and hedged")])

passage8("x33", "2011-12-10", "Al Jazeera", "a call for a general strike",
         "دعت لجان التنسيق المحلية في سوريا، في بيان اليوم السبت، إلى إضراب عام يبدأ غداً الأحد في جميع المدن "
         "السورية، ويشمل إغلاق المحال التجارية والجامعات والطرق، احتجاجاً على استمرار الحملة الأمنية في حمص وإدلب. "
         "وقالت اللجان إن الإضراب سيكون مقدمة لعصيان مدني شامل.",
         [E("statement", None, None, "2011-12-10", "لجان التنسيق المحلية",
            note="the strike is called for (future), not yet held; Homs and Idlib are the campaign's places")])

passage8("x34", "2018-10-09", "SANA", "an amnesty decree for deserters",
         "أصدر الرئيس بشار الأسد، اليوم الثلاثاء، مرسوماً تشريعياً يقضي بمنح عفو عام عن الفارين من الخدمة العسكرية "
         "داخل البلاد وخارجها، شرط أن يسلموا أنفسهم خلال أربعة أشهر للفارين داخلياً وستة أشهر للفارين خارجياً، بحسب "
         "ما نقلته وكالة الأنباء السورية (سانا).",
         [E("desertion", None, None, "2018-10-09", "وكالة الأنباء السورية", GOV,
            note="a decree on deserters; the months are durations, not counts")])



# ---- Set 9 (stop 22, helper probe): written 06:55-07:25 UTC after reading pages of real reporting in the
# `pages` corpus for phrasing only (Horan Free League, Deir ez-Zor 24, Hawar, Hmeimim/Russian MoD, Al-Watan,
# Asharq Al-Awsat, Reuters/AFP Arabic, the 2025 interior and defence ministries); every sentence written anew,
# names and figures invented or varied; committed before any run, scored ONCE on main (--set probe9) --------
PROGOV, IRAN = "Pro-government militias (Syria)", "Iranian forces"
P9 = []


def passage9(pid, published, outlet, style, text, events):
    P9.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
               "events": events})


passage9("y01", "2012-06-13", "Reuters", "Reuters Arabic: activists say helicopters fired on a town, not verified",
         "قال نشطاء معارضون إن طائرات هليكوبتر تابعة للجيش السوري أطلقت صواريخ على بلدة الحفة في محافظة اللاذقية "
         "يوم الثلاثاء مما أسفر عن مقتل تسعة أشخاص على الأقل، بينما تطوق قوات برية البلدة منذ نحو أسبوع. ولم يتسن "
         "لرويترز التحقق من هذه الروايات بشكل مستقل بسبب القيود التي تفرضها السلطات على وسائل الإعلام.",
         [E("airstrike", Q("تسعة", 9, None, True), PL("الحفة", "Al-Haffah", "Latakia"), "2012-06-12", "نشطاء معارضون",
            GOV, note="the ring of ground forces is a state, not an event")])

passage9("y02", "2013-04-15", "AFP", "AFP relaying SOHR: a checkpoint stormed after a car bomb",
         "قتل 16 عنصراً من القوات النظامية ومسلحين موالين لها في هجوم شنه مقاتلون جهاديون فجر الأحد على حاجز في ريف "
         "حماة الشرقي، وفق ما ذكره المرصد السوري لحقوق الإنسان. وأوضح مدير المرصد رامي عبد الرحمن لوكالة فرانس برس أن "
         "المهاجمين، وغالبيتهم من جبهة النصرة، فجروا سيارة مفخخة عند مدخل الحاجز قبل أن يقتحموه.",
         [E("armed_clash", Q("16", 16), PL("ريف حماة الشرقي", "Eastern Hama countryside", "Hama"), "2013-04-14",
            "المرصد السوري لحقوق الإنسان", HTS, note="the car bomb opened the assault: one incident, its deaths the 16")])

passage9("y03", "2012-07-05", "Asharq Al-Awsat", "Asharq Al-Awsat: defectors cross into Jordan",
         "أعلن 12 عسكرياً، بينهم عقيد ركن ونقيبان، انشقاقهم عن الجيش النظامي ووصولهم إلى الأراضي الأردنية بعد أن عبروا "
         "الشريط الحدودي قرب بلدة الطرة في ريف درعا ليل الثلاثاء، بحسب ما أكده مصدر في الجيش السوري الحر لـ«الشرق "
         "الأوسط». وأضاف المصدر أن دورية نظامية أطلقت النار باتجاه المجموعة أثناء العبور من دون أن تصيب أحداً.",
         [E("defection", Q("12", 12), PL("الطرة", "At-Turrah", "Daraa"), "2012-07-03", "مصدر في الجيش السوري الحر", GOV,
            note="Jordan is the destination; ranks a breakdown; the patrol's fire at the crossing is part of it")])

passage9("y04", "2016-10-29", "Al-Watan (Syria)", "pro-government daily: an attack repelled, air raids on supply lines",
         "حلب – الوطن: تصدت وحدات من الجيش العربي السوري والقوى الرديفة أمس لهجوم واسع شنته مجموعات إرهابية من «جبهة "
         "النصرة» و«أحرار الشام» على محور ضاحية الأسد غرب المدينة، وأوقعت أكثر من 40 قتيلاً في صفوف المهاجمين ودمرت "
         "عدداً من عرباتهم، بحسب مصدر ميداني تحدث لـ«الوطن». وأضاف المصدر أن سلاح الجو استهدف بغارات مكثفة خطوط إمداد "
         "الإرهابيين في بلدة خان طومان.",
         [E("armed_clash", Q("أكثر من 40", 40, None, True), PL("ضاحية الأسد", "Dahiyat al-Assad", "Aleppo"),
            "2016-10-28", "مصدر ميداني", HTS, note="the attackers (Nusra-led) acted; the army repelled them"),
          E("airstrike", None, PL("خان طومان", "Khan Tuman", "Aleppo"), "2016-10-28", "مصدر ميداني", GOV)])

passage9("y05", "2019-10-24", "Hawar News Agency", "Hawar dateline: Turkish army and 'mercenaries' shell a village",
         "الحسكة – هاوار: قصف جيش الاحتلال التركي ومرتزقته، مساء أمس، قرية أم الكيف في ريف ناحية تل تمر بقذائف المدفعية "
         "الثقيلة، ما أدى إلى إصابة ثلاثة مدنيين بينهم طفل وإلحاق أضرار مادية بمنازل الأهالي. وأفاد مراسل وكالتنا بأن "
         "القصف تزامن مع تحليق مكثف لطائرات الاستطلاع التركية في سماء المنطقة.",
         [E("shelling", None, PL("أم الكيف", "Umm al-Kayf", "Al-Hasakah"), "2019-10-23", "مراسل وكالتنا", TUR,
            note="injured only: no count or fatalities; reconnaissance flights are no event")])

passage9("y06", "2020-03-03", "RT Arabic", "Russian reconciliation centre at Hmeimim: militants shell a town",
         "أعلن مركز المصالحة الروسي في قاعدة حميميم أن المسلحين قصفوا أمس الاثنين بلدة السقيلبية في ريف حماة الشمالي "
         "الغربي بقذائف صاروخية، ما أسفر عن مقتل مدنيين اثنين وإصابة خمسة آخرين. وأضاف المركز في بيان نشرته وزارة "
         "الدفاع الروسية أن الطائرات الروسية لم تنفذ أي طلعات قتالية فوق منطقة إدلب خلال اليوم الأخير.",
         [E("shelling", Q("اثنين", 2), PL("السقيلبية", "Suqaylabiyah", "Hama"), "2020-03-02", "مركز المصالحة الروسي",
            note="'the militants' names no group; the Russian sorties are negated")])

passage9("y07", "2021-07-29", "Horan Free League", "Horan Free League: gunmen on a motorbike",
         "قال «تجمع أحرار حوران» إن مسلحين مجهولين يستقلون دراجة نارية أطلقوا النار على ثلاثة شبان أمام منزلهم في بلدة "
         "الجيزة بريف درعا الشرقي مساء أمس الأربعاء، ما أدى إلى مقتل اثنين منهم وإصابة الثالث بجروح خطيرة. وأشار التجمع "
         "إلى أن أحد القتيلين كان يعمل في صفوف «الفرقة الرابعة» بعد إجرائه التسوية عام 2018.",
         [E("armed_clash", Q("اثنين", 2), PL("الجيزة", "Al-Jiza", "Daraa"), "2021-07-28", "تجمع أحرار حوران", UNK,
            note="the settlement of 2018 is a victim's biography, no event")])

passage9("y08", "2017-05-16", "Deir ez-Zor 24", "Deir ez-Zor 24 reporter: coalition strikes on an ISIS-held town",
         "أفاد مراسل «دير الزور 24» بأن طائرات التحالف الدولي شنت فجر اليوم غارتين على حي الجامع الكبير في مدينة "
         "الميادين الخاضعة لسيطرة تنظيم «داعش»، ما أدى إلى مقتل 11 مدنياً بينهم أربعة أطفال. وأضاف المراسل أن عناصر "
         "التنظيم منعوا الأهالي من الاقتراب من موقع الاستهداف لساعات.",
         [E("airstrike", Q("11", 11), PL("الجامع الكبير", "al-Jami al-Kabir quarter", "Deir ez-Zor"), "2017-05-16",
            "مراسل «دير الزور 24»", COAL, note="MENDED stop 29 (places): a quarter of a city is the most specific place (README "
                                                    "landmark convention: a landmark at its quarter or town; this is "
                                                    "the quarter named after the mosque; was: the city); two strikes "
                                                    "is the count, 11 the deaths; ISIS control is a state")])

passage9("y09", "2014-09-20", "SOHR", "SOHR opener: ISIS takes a village near Kobani, people flee",
         "المرصد السوري لحقوق الإنسان: سيطر تنظيم «الدولة الإسلامية» فجر اليوم السبت على قرية شيران في ريف عين العرب "
         "(كوباني) الغربي، بعد اشتباكات عنيفة مع مقاتلي وحدات حماية الشعب الكردي قتل فيها 14 مقاتلاً كردياً على الأقل. "
         "وأضاف المرصد أن تقدم التنظيم دفع آلاف المدنيين من قرى المنطقة إلى النزوح باتجاه الحدود التركية.",
         [E("territory_change", Q("14", 14, None, True), PL("شيران", "Shiran", "Aleppo"), "2014-09-20",
            "المرصد السوري لحقوق الإنسان", IS, note="the battle's deaths are the taking's"),
          E("other", Q("آلاف", 2000, 9000, True), PL("ريف عين العرب", "Kobani countryside", "Aleppo"), "2014-09-20",
            "المرصد السوري لحقوق الإنسان", note="displacement; the Turkish border is the destination")])

passage9("y10", "2015-10-08", "Asharq Al-Awsat", "Beirut dateline: Russian raids with a ground assault; Moscow's claim",
         "بيروت: «الشرق الأوسط» — قالت مصادر في المعارضة السورية إن مقاتلات روسية شنت أمس أكثر من 30 غارة على بلدات "
         "كفرنبودة واللطامنة وكفرزيتا في ريف حماة الشمالي، تزامناً مع هجوم بري لقوات النظام على المنطقة. في المقابل، "
         "أعلنت وزارة الدفاع الروسية أن طائراتها دمرت 12 هدفاً لتنظيم «داعش» خلال هذه الطلعات.",
         [E("airstrike", Q("أكثر من 30", 30, None, True), PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2015-10-07",
            "مصادر في المعارضة السورية", RUS, note="a list of towns: one event (a group); Moscow's claim retells the same raids"),
          E("armed_clash", None, PL("ريف حماة الشمالي", "Northern Hama countryside", "Hama"), "2015-10-07",
            "مصادر في المعارضة السورية", GOV, note="the ground assault")])

passage9("y11", "2018-02-21", "SNHR", "SNHR report: a three-day toll in Eastern Ghouta",
         "ذكرت الشبكة السورية لحقوق الإنسان، في تقرير أصدرته اليوم الأربعاء، أنها وثقت مقتل 127 مدنياً، بينهم 39 طفلاً، في الغوطة "
         "الشرقية بريف دمشق منذ مساء الأحد، جراء قصف جوي ومدفعي مكثف نفذته قوات النظام والقوات الروسية على مدن دوما "
         "وحمورية وسقبا وكفربطنا.",
         [E("casualties", Q("127", 127), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), None,
            "الشبكة السورية لحقوق الإنسان", GOV, kind="aggregate", note="a toll over three days; children a breakdown")])

passage9("y12", "2022-08-17", "Hawar News Agency", "Hawar: a Turkish drone hits an SDF car; an earlier strike recalled",
         "قامشلو – هاوار: استهدفت طائرة مسيّرة تابعة لجيش الاحتلال التركي، ظهر اليوم، سيارة عسكرية لقوات سوريا الديمقراطية "
         "على الطريق الواصل بين قامشلو وعامودا، ما أسفر عن استشهاد مقاتلين اثنين وإصابة ثالث بجروح. ويأتي الاستهداف بعد "
         "يومين من قصف مسيّرة تركية مركزاً لقوى الأمن الداخلي في ناحية تل حميس.",
         [E("airstrike", Q("اثنين", 2), PL("قامشلو", "Qamishli", "Al-Hasakah"), "2022-08-17", None, TUR,
            note="a road between two towns: the first; the strike two days before is background")])

passage9("y13", "2023-03-12", "Deir ez-Zor 24", "Deir ez-Zor 24: unidentified aircraft hit militia trucks at the border",
         "قال موقع «دير الزور 24» إن طائرات مجهولة الهوية استهدفت فجر اليوم الأحد شاحنات تابعة لميليشيا «الحرس الثوري» "
         "الإيراني قرب معبر البوكمال الحدودي، ما أسفر عن تدمير ست شاحنات ومقتل أربعة عناصر من الميليشيا، بينهم عنصران "
         "من الجنسية العراقية.",
         [E("airstrike", Q("أربعة", 4), PL("البوكمال", "Albu Kamal", "Deir ez-Zor"), "2023-03-12", "موقع «دير الزور 24»",
            note="aircraft unidentified: no agent; trucks are damage, the Iraqis a breakdown")])

passage9("y14", "2024-11-30", "Syria TV", "the operations room announces the airport taken",
         "أعلنت «إدارة العمليات العسكرية» اليوم السبت سيطرة فصائل المعارضة على مطار حلب الدولي وعدد من أحياء المدينة، "
         "بعد انسحاب قوات النظام منها دون مقاومة تذكر. وقال مراسل تلفزيون سوريا إن الفصائل تتقدم نحو مدينة السفيرة "
         "جنوب شرقي حلب.",
         [E("territory_change", None, PL("مطار حلب الدولي", "Aleppo International Airport", "Aleppo"), "2024-11-30",
            "إدارة العمليات العسكرية", FSA, note="the withdrawal is the same taking; advancing towards a town is no event yet")])

passage9("y15", "2024-12-06", "Al-Watan (Syria)", "pro-government daily before the fall: 'redeployment', joint air raids",
         "أكد مصدر عسكري لـ«الوطن» أن وحدات الجيش العربي السوري أعادت تموضعها خارج مدينة حماة حفاظاً على أرواح المدنيين، "
         "بعد معارك عنيفة مع التنظيمات الإرهابية استمرت أياماً. وأضاف المصدر أن الطيران الحربي السوري الروسي المشترك "
         "استهدف أمس الخميس تجمعات للإرهابيين في ريف حماة الشمالي وأوقع العشرات منهم قتلى.",
         [E("territory_change", None, PL("حماة", "Hama", "Hama"), None, "مصدر عسكري",
            note="a withdrawal told as redeployment: the city changed hands; the text does not date it"),
          E("airstrike", Q("العشرات", 20, 90, True), PL("ريف حماة الشمالي", "Northern Hama countryside", "Hama"),
            "2024-12-05", "مصدر عسكري", GOV)])

passage9("y16", "2025-01-27", "SANA", "new authorities: general security arrests in a Homs village",
         "أعلنت إدارة الأمن العام في محافظة حمص، اليوم الاثنين، القبض على 15 مطلوباً من فلول النظام البائد خلال حملة "
         "تمشيط في بلدة فاحل بريف حمص الغربي، وضبط كميات من الأسلحة والذخائر. وقال مسؤول في الإدارة لوكالة الأنباء "
         "السورية (سانا) إن الحملة مستمرة حتى إلقاء القبض على جميع المتورطين في جرائم بحق المدنيين.",
         [E("arrest", Q("15", 15), PL("فاحل", "Fahel", "Homs"), "2025-01-27", "إدارة الأمن العام في محافظة حمص", NEWGOV,
            note="'continues until all are caught' is an aim")])

passage9("y17", "2025-03-09", "Reuters", "Reuters: the coast's toll and control regained",
         "قال المرصد السوري لحقوق الإنسان يوم الأحد إن أكثر من ألف شخص قتلوا في أعمال عنف اندلعت في منطقة الساحل السوري "
         "منذ يوم الخميس، معظمهم مدنيون من الطائفة العلوية. وقال مسؤول أمني لرويترز إن قوات الحكومة استعادت السيطرة على "
         "معظم البلدات التي شهدت هجمات لمسلحين موالين للرئيس المخلوع بشار الأسد.",
         [E("casualties", Q("أكثر من ألف", 1000, None, True), PL("الساحل السوري", "Syrian coast"), None,
            "المرصد السوري لحقوق الإنسان", kind="aggregate", note="a toll since Thursday"),
          E("territory_change", None, PL("الساحل السوري", "Syrian coast"), "2025-03-09", "مسؤول أمني", NEWGOV,
            note="the towns are the coast's; the loyalists' attacks are background of the retaking")])

passage9("y18", "2025-05-14", "SANA", "defence ministry 2025: smugglers from Lebanon; a February clash recalled",
         "أعلنت وزارة الدفاع السورية، اليوم الأربعاء، أن وحدات من الجيش العربي السوري تصدت لمحاولة تسلل مجموعة من مهربي "
         "المخدرات والأسلحة قادمة من الأراضي اللبنانية باتجاه قرية حاويك في ريف القصير، واشتبكت معها ما أدى إلى مقتل ثلاثة "
         "من المهربين. وكانت المنطقة قد شهدت في شباط الماضي اشتباكات بين الجيش وعشائر لبنانية استمرت عدة أيام.",
         [E("armed_clash", Q("ثلاثة", 3), PL("حاويك", "Hawik", "Homs"), "2025-05-14", "وزارة الدفاع السورية", NEWGOV,
            note="Lebanon is the origin; the February clashes are history recalled, not this report's incident")])

passage9("y19", "2025-07-16", "Enab Baladi", "interior ministry and local activists on Sweida",
         "قالت وزارة الداخلية السورية في بيان إن 18 عنصراً من قوى الأمن الداخلي قتلوا أمس الثلاثاء في هجمات شنتها "
         "«مجموعات خارجة عن القانون» على نقاط انتشارهم في مدينة السويداء وريفها الغربي. في المقابل، قال ناشطون من "
         "المحافظة إن فصائل محلية درزية تصدت أمس لتقدم القوات الحكومية نحو بلدة المزرعة.",
         [E("armed_clash", Q("18", 18), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-15",
            "وزارة الداخلية السورية", note="'outlaw groups' names no force"),
          E("armed_clash", None, PL("المزرعة", "Al-Mazraa", "As-Suwayda"), "2025-07-15", "ناشطون من المحافظة", NEWGOV,
            note="a repelled advance is a clash; the advancing force is the agent")])

passage9("y20", "2025-08-23", "AFP", "AFP: Israeli raids near Damascus, the ministry's toll",
         "شن الجيش الإسرائيلي ليل الجمعة غارات على موقع عسكري قرب بلدة الكسوة جنوب دمشق، ما أدى إلى مقتل ستة عسكريين "
         "سوريين، بحسب ما أفادت وزارة الدفاع السورية. وقال الجيش الإسرائيلي في بيان إنه استهدف «بنى تحتية عسكرية» في "
         "المنطقة، من دون أن يوضح طبيعتها.",
         [E("airstrike", Q("ستة", 6), PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2025-08-22", "وزارة الدفاع السورية", ISR,
            note="Damascus is a bearing; the Israeli statement retells the same raids")])

passage9("y21", "2025-10-07", "North Press", "North Press: Asayish and government forces clash in Aleppo, a truce",
         "قالت مصادر محلية لنورث برس إن اشتباكات اندلعت مساء أمس الاثنين بين عناصر من قوى الأمن الداخلي (الأسايش) "
         "وقوات تابعة للحكومة السورية عند حاجز دوار الشيحان على أطراف حي الشيخ مقصود في حلب، ما أسفر عن مقتل عنصر من "
         "الأسايش وإصابة ثلاثة مدنيين. وأعلنت وزارة الدفاع لاحقاً التوصل إلى اتفاق لوقف إطلاق النار في المنطقة.",
         [E("armed_clash", None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), "2025-10-06", "مصادر محلية",
            note="one killed without a numeral: no figure; the roundabout names a spot of the district"),
          E("agreement", None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), None, "وزارة الدفاع", NEWGOV)])

passage9("y22", "2011-05-07", "Al Jazeera", "rights activists: mass arrests after Friday protests, tanks at the entrances",
         "قال ناشطون حقوقيون إن قوات الأمن السورية اعتقلت أمس الجمعة أكثر من 300 شخص في مدينة بانياس الساحلية بعد "
         "مظاهرات خرجت عقب صلاة الجمعة تطالب برفع الحصار عن درعا، وإن الجيش نشر دبابات عند مداخل المدينة. ونقلت وكالة "
         "رويترز عن أحد السكان قوله إن أصوات إطلاق نار كثيف سمعت في حي رأس النبع.",
         [E("arrest", Q("أكثر من 300", 300, None, True), PL("بانياس", "Baniyas", "Tartus"), "2011-05-06", "ناشطون حقوقيون",
            GOV),
          E("protest", None, PL("بانياس", "Baniyas", "Tartus"), "2011-05-06", "ناشطون حقوقيون", PROT,
            note="the same day's protests are news, not background; Daraa is what they demanded"),
          E("reinforcement", None, PL("بانياس", "Baniyas", "Tartus"), "2011-05-06", "ناشطون حقوقيون", GOV,
            note="gunfire heard is no clash")])

passage9("y23", "2011-12-28", "AFP", "LCC: a national daily toll and tear gas on a crowd during the observers' visit",
         "أعلنت لجان التنسيق المحلية أن 19 شخصاً قتلوا برصاص قوات الأمن اليوم الأربعاء في أنحاء سوريا، بينهم ستة في حي "
         "بابا عمرو بمدينة حمص، في اليوم الثاني لوصول المراقبين العرب. وأوضحت اللجان أن قوات الأمن أطلقت الغاز المسيل "
         "للدموع على نحو 70 ألف متظاهر تجمعوا في حي الخالدية للقاء بعثة المراقبين.",
         [E("casualties", Q("19", 19), None, "2011-12-28", "لجان التنسيق المحلية", GOV, kind="aggregate",
            note="Baba Amr's six are a breakdown by place"),
          E("protest", Q("نحو 70 ألف", 70000, 70000, True), PL("الخالدية", "Al-Khalidiyah", "Homs"), "2011-12-28",
            "لجان التنسيق المحلية", PROT, note="tear gas on a protest: a protest with intervention")])

passage9("y24", "2013-08-22", "Al-Hayat", "the coalition accuses, the government denies",
         "اتهم الائتلاف الوطني السوري قوات النظام بقصف بلدات في الغوطة الشرقية والغربية فجر أمس بصواريخ محملة بغازات "
         "سامة، ما أدى إلى مقتل أكثر من 1300 شخص، معظمهم من النساء والأطفال. ونفت الحكومة السورية عبر التلفزيون الرسمي "
         "استخدام أي أسلحة كيميائية، ووصفت الاتهامات بأنها «عارية عن الصحة».",
         [E("shelling", Q("أكثر من 1300", 1300, None, True), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"),
            "2013-08-21", "الائتلاف الوطني السوري", GOV, note="an accusation; the denial retells the same act")])

passage9("y25", "2016-02-17", "Anadolu Agency", "Anadolu: Turkish artillery on the PYD near an airbase",
         "أفاد مراسل الأناضول بأن المدفعية التركية المتمركزة على الحدود قصفت، مساء أمس، مواقع لتنظيم «ب ي د/ بي كي كي» "
         "الإرهابي في محيط مطار منغ العسكري وبلدة تل رفعت شمالي حلب، رداً على نيران أطلقت من المنطقة باتجاه ولاية كليس. "
         "ولم ترد معلومات عن حجم الخسائر.",
         [E("shelling", None, PL("مطار منغ العسكري", "Menagh Military Airbase", "Aleppo"), "2016-02-16", "مراسل الأناضول",
            TUR, note="two places, one act (a group); the fire towards Kilis is the cause")])

passage9("y26", "2019-05-28", "Step News", "civil defence: Russian raids on a market, barrel bombs nearby",
         "قال الدفاع المدني السوري إن ثمانية مدنيين، بينهم ثلاثة أطفال، قتلوا اليوم الثلاثاء جراء غارات جوية روسية "
         "استهدفت سوقاً شعبية في مدينة أريحا جنوبي إدلب. وأضاف أن مروحيات النظام ألقت براميل متفجرة على بلدتي كفرنبل "
         "وحاس، ما أسفر عن إصابة عدد من المدنيين.",
         [E("airstrike", Q("ثمانية", 8), PL("أريحا", "Ariha", "Idlib"), "2019-05-28", "الدفاع المدني السوري", RUS),
          E("airstrike", None, PL("كفرنبل", "Kafr Nabl", "Idlib"), "2019-05-28", "الدفاع المدني السوري", GOV,
            note="two towns, one act (a group)")])

passage9("y27", "2020-11-04", "SNHR", "SNHR monthly arrest report",
         "أصدرت الشبكة السورية لحقوق الإنسان اليوم تقريرها الشهري الخاص بحصيلة حالات الاعتقال التعسفي، ووثقت فيه ما لا "
         "يقل عن 163 حالة اعتقال في سوريا خلال شهر تشرين الأول الماضي، بينها 121 حالة على يد قوات النظام. وأشار التقرير "
         "إلى أن محافظة درعا سجلت الحصيلة الأعلى.",
         [E("arrest", Q("ما لا يقل عن 163", 163, None, True), None, "2020-10", "الشبكة السورية لحقوق الإنسان",
            kind="aggregate", note="the regime's 121 is a breakdown; Daraa's rank is no place of an event")])

passage9("y28", "2022-01-23", "Hawar News Agency", "SDF media centre: a prison break foiled",
         "الحسكة – هاوار: أعلن المركز الإعلامي لقوات سوريا الديمقراطية، اليوم الأحد، أن قواته أحبطت محاولة جديدة "
         "لمرتزقة داعش للفرار من سجن الصناعة في حي غويران بمدينة الحسكة، وقتلت 17 منهم خلال اشتباكات استمرت حتى فجر "
         "اليوم.",
         [E("armed_clash", Q("17", 17), PL("سجن الصناعة", "Al-Sinaa prison (Ghuwayran)", "Al-Hasakah"), "2022-01-23",
            "المركز الإعلامي لقوات سوريا الديمقراطية", IS,
            note="the break failed but the fighting happened; the prison is the most specific place")])

passage9("y29", "2012-02-09", "Al Arabiya", "a defection video",
         "بث ناشطون اليوم تسجيلاً مصوراً يظهر انشقاق ثمانية عسكريين بينهم ملازم أول عن قوات النظام في بلدة خان شيخون "
         "بريف إدلب، وإعلانهم الانضمام إلى «كتيبة أحرار الشمال» التابعة للجيش الحر. وقال الملازم في التسجيل إنه انشق "
         "احتجاجاً على قصف المدنيين، داعياً زملاءه إلى «الالتحاق بصفوف الثورة».",
         [E("defection", Q("ثمانية", 8), PL("خان شيخون", "Khan Shaykhun", "Idlib"), None, "ناشطون", GOV,
            note="the video's day is not the defection's; the shelling is a reason, the appeal a call")])

passage9("y30", "2016-06-02", "SMART News", "SMART reporter: villages retaken from ISIS",
         "قال مراسل «سمارت» في ريف حلب الشمالي إن فصائل الجيش الحر استعادت صباح اليوم السيطرة على قريتي تل مالد "
         "والحصية بعد معارك مع تنظيم «الدولة الإسلامية» استمرت ساعات، قتل خلالها سبعة عناصر من التنظيم.",
         [E("territory_change", Q("سبعة", 7), PL("تل مالد", "Tal Malid", "Aleppo"), "2016-06-02", "مراسل «سمارت»", FSA,
            note="two villages, one act (a group); the battle's deaths are the taking's")])

passage9("y31", "2018-03-05", "Orient News", "the SNA announces a district taken in the Afrin operation",
         "أعلن الجيش الوطني السوري المدعوم من تركيا سيطرته على ناحية راجو في ريف عفرين الغربي بعد اشتباكات مع وحدات "
         "حماية الشعب الكردية، في إطار عملية «غصن الزيتون» التي أطلقتها أنقرة في 20 كانون الثاني الماضي.",
         [E("territory_change", None, PL("راجو", "Rajo", "Aleppo"), "2018-03-05", "الجيش الوطني السوري", SNA,
            note="Turkey is a backer; the operation's launch is background")])

passage9("y32", "2014-07-14", "Raqqa is Being Slaughtered Silently", "activist campaign: ISIS executes three in a square",
         "أعدم تنظيم «الدولة الإسلامية» أمس ثلاثة شبان في ساحة النعيم وسط مدينة الرقة بتهمة التعامل مع الجيش الحر، بحسب "
         "ما أفادت حملة «الرقة تذبح بصمت»، التي قالت إن التنظيم أجبر الأهالي على حضور عملية الإعدام.",
         [E("casualties", Q("ثلاثة", 3), PL("الرقة", "Raqqa", "Raqqa"), "2014-07-13", "حملة «الرقة تذبح بصمت»", IS,
            note="executions are typed casualties as in sets 1 and 5")])

passage9("y33", "2015-10-02", "Sputnik Arabic", "Russian MoD via Sputnik: sorties and a headquarters destroyed",
         "أعلنت وزارة الدفاع الروسية أن قاذفات «سوخوي-24» نفذت أمس الخميس 18 طلعة قتالية ودمرت مقراً قيادياً لتنظيم "
         "«داعش» قرب مدينة الرقة، بحسب ما نقلته وكالة «سبوتنيك». وأكد المتحدث باسم الوزارة أن الطائرات عادت إلى قاعدة "
         "حميميم دون خسائر.",
         [E("airstrike", Q("18", 18), PL("الرقة", "Raqqa", "Raqqa"), "2015-10-01", "وزارة الدفاع الروسية", RUS,
            note="the aircraft model's number is a name; Hmeimim is where they returned")])

passage9("y34", "2017-04-15", "Al-Watan (Syria)", "pro-government daily: the first convoy leaves a besieged town",
         "دمشق – الوطن: خرجت أمس الدفعة الأولى من المسلحين وعائلاتهم من بلدة مضايا بريف دمشق، وتضم نحو 2300 شخص على متن "
         "50 حافلة، متوجهين إلى محافظة إدلب، تنفيذاً لاتفاق «البلدات الأربع».",
         [E("other", Q("نحو 2300", 2300, 2300, True), PL("مضايا", "Madaya", "Rif Dimashq"), "2017-04-14", None,
            note="evacuation; Idlib the destination; the buses are not the count; the deal is background")])

passage9("y35", "2025-06-23", "Deir ez-Zor 24", "Deir ez-Zor 24: tribal fighters attack an SDF post",
         "أفاد مراسل «دير الزور 24» بأن مقاتلين من العشائر هاجموا فجر اليوم الاثنين نقطة عسكرية لقوات سوريا الديمقراطية "
         "في بلدة الطيانة بريف دير الزور الشرقي، واندلعت اشتباكات استمرت نحو ساعتين قتل فيها ثلاثة أشخاص بينهم عنصران "
         "من «قسد».",
         [E("armed_clash", Q("ثلاثة", 3), PL("الطيانة", "At-Tayyana", "Deir ez-Zor"), "2025-06-23", "مراسل «دير الزور 24»",
            TRIBE)])

passage9("y36", "2021-12-28", "SANA", "SANA: a military source on Israeli missiles at the port",
         "قالت وكالة الأنباء السورية (سانا) نقلاً عن مصدر عسكري إن العدو الإسرائيلي نفذ فجر اليوم الثلاثاء عدواناً جوياً "
         "بعدد من الصواريخ من اتجاه البحر مستهدفاً ساحة الحاويات في مرفأ اللاذقية، ما أدى إلى اندلاع حرائق وأضرار مادية "
         "كبيرة.",
         [E("airstrike", None, PL("مرفأ اللاذقية", "Port of Latakia", "Latakia"), "2021-12-28", "مصدر عسكري", ISR,
            note="from the sea is a bearing")])

passage9("y37", "2019-12-16", "Halab Today", "a car bomb in a market, the blame exchanged",
         "انفجرت سيارة مفخخة، ظهر اليوم، في سوق الهال وسط مدينة الباب شرقي حلب، ما أسفر عن مقتل 13 مدنياً وإصابة أكثر "
         "من 30 آخرين، بحسب حصيلة أولية أعلنها الدفاع المدني. ولم تتبن أي جهة التفجير حتى الآن، فيما اتهمت فصائل الجيش "
         "الوطني وحدات حماية الشعب بالوقوف وراءه.",
         [E("explosion", Q("13", 13), PL("الباب", "Al-Bab", "Aleppo"), "2019-12-16", "الدفاع المدني",
            note="no one claimed it: an accusation is no agent")])

passage9("y38", "2018-07-02", "Nabaa Media", "a southern operations room source: a town's deal with the Russians",
         "قال مصدر في «غرفة العمليات المركزية في الجنوب» إن فصائل المعارضة في مدينة بصرى الشام وقعت أمس الأحد اتفاقاً "
         "مع الجانب الروسي يقضي بتسليم سلاحها الثقيل ودخول الشرطة العسكرية الروسية إلى المدينة، مقابل وقف القصف وعودة "
         "النازحين. وأضاف المصدر أن المفاوضات مستمرة بشأن بلدات ريف درعا الشرقي الأخرى.",
         [E("agreement", None, PL("بصرى الشام", "Bosra", "Daraa"), "2018-07-01",
            "مصدر في «غرفة العمليات المركزية في الجنوب»", note="the deal's terms are conditions, not events")])

passage9("y39", "2017-05-10", "North Press", "the SDF announce a city and a dam taken",
         "أعلنت قوات سوريا الديمقراطية، اليوم الأربعاء، سيطرتها الكاملة على مدينة الطبقة وسد الفرات المجاور بعد معارك مع "
         "تنظيم «داعش» استمرت أسابيع، بدعم من طيران التحالف الدولي. وقال متحدث باسم القوات إن فرق الهندسة بدأت تفكيك "
         "الألغام التي زرعها التنظيم في أحياء المدينة.",
         [E("territory_change", None, PL("الطبقة", "Tabqa", "Raqqa"), "2017-05-10", "قوات سوريا الديمقراطية", SDF,
            note="the city and its dam: one act (a group); the weeks of battle are background; demining is no event")])

passage9("y40", "2023-04-24", "Anadolu Agency", "the EU council sanctions captagon traffickers",
         "أعلن مجلس الاتحاد الأوروبي، اليوم الاثنين، فرض عقوبات على 25 شخصاً مرتبطين بالحكومة السورية، بينهم أقارب "
         "للرئيس بشار الأسد، بتهمة تصنيع وتهريب حبوب الكبتاغون المخدرة، وتشمل العقوبات تجميد الأصول وحظر السفر.",
         [E("sanction", Q("25", 25), None, "2023-04-24", "مجلس الاتحاد الأوروبي", EU)])

passage9("y41", "2025-05-20", "Asharq Al-Awsat", "UNHCR: returns since the fall",
         "قالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن أكثر من 500 ألف لاجئ سوري عادوا إلى بلادهم منذ سقوط "
         "نظام الأسد في الثامن من كانون الأول الماضي، معظمهم من تركيا ولبنان والأردن، إضافة إلى أكثر من مليون نازح داخلي "
         "عادوا إلى مناطقهم الأصلية.",
         [E("other", Q("أكثر من 500 ألف", 500000, None, True), None, None,
            "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", kind="aggregate",
            note="returns since December; the countries are where they came from"),
          E("other", Q("أكثر من مليون", 1000000, None, True), None, None,
            "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", kind="aggregate", note="internal returns, a second figure")])

passage9("y42", "2018-04-09", "SOHR", "SOHR: an Israeli missile strike on an airbase kills Iranians",
         "قال المرصد السوري لحقوق الإنسان إن 14 عنصراً، بينهم سبعة إيرانيين على الأقل، قتلوا فجر اليوم الاثنين جراء ضربة "
         "صاروخية إسرائيلية استهدفت مطار التيفور العسكري في ريف حمص الشرقي، في حين قالت وكالة سانا إن الدفاعات الجوية "
         "تصدت للصواريخ وأسقطت عدداً منها.",
         [E("airstrike", Q("14", 14), PL("مطار التيفور العسكري", "Tiyas (T4) Airbase", "Homs"), "2018-04-09",
            "المرصد السوري لحقوق الإنسان", ISR, note="the Iranians are a breakdown; air defence intercepting is the same strike")])

passage9("y43", "2012-02-22", "SOHR", "SOHR: shells on a Homs district from the military college",
         "المرصد السوري لحقوق الإنسان: استشهد أربعة مواطنين بينهم سيدة صباح اليوم إثر سقوط قذائف على حي جورة الشياح في "
         "مدينة حمص مصدرها القوات النظامية المتمركزة في الكلية الحربية، فيما تتواصل الاشتباكات بين الجيش النظامي ومنشقين "
         "على أطراف حي بابا عمرو منذ ساعات الفجر.",
         [E("shelling", Q("أربعة", 4), PL("جورة الشياح", "Jourat al-Shiyah", "Homs"), "2012-02-22",
            "المرصد السوري لحقوق الإنسان", GOV, note="the college is where fire came from"),
          E("armed_clash", None, PL("بابا عمرو", "Baba Amr", "Homs"), "2012-02-22", "المرصد السوري لحقوق الإنسان", GOV,
            note="ongoing fighting since dawn: today's clash")])

passage9("y44", "2016-01-11", "Enab Baladi", "civil defence: a market strike's toll rises",
         "ارتفع إلى 23 عدد القتلى الذين سقطوا جراء الغارات الجوية التي استهدفت سوقاً شعبية في مدينة دوما بالغوطة الشرقية "
         "أمس الأحد، بعد وفاة أربعة جرحى متأثرين بإصاباتهم، بحسب ما أفاد الدفاع المدني في ريف دمشق.",
         [E("airstrike", Q("23", 23), PL("دوما", "Douma", "Rif Dimashq"), "2016-01-10", "الدفاع المدني في ريف دمشق",
            note="a toll update of yesterday's strike: one event; the four are part of the 23; aircraft unnamed")])


# -- set 10: written in stop 22 (07:31-07:37 UTC) by helper probe10, BEFORE marsad was run on it and
# without reading the events code or any probe set's error list (scored once with --set probe10) -------
P10 = []


def passage10(pid, published, outlet, style, text, events):
    P10.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage10("z01", "2011-05-13", "Reuters", "activists to Reuters: a Friday protest, arrests in a district that evening",
          "قال ناشطون حقوقيون لوكالة رويترز إن آلاف المحتجين خرجوا عقب صلاة الجمعة اليوم في مدينة بانياس الساحلية "
          "مطالبين بفك الحصار عن درعا، وإن قوات الأمن فرقتهم بالغاز المسيل للدموع، ثم داهمت مساءً حي رأس النبع "
          "واعتقلت العشرات من شبانه. ولم يتسن للوكالة التحقق من هذه الروايات بشكل مستقل بسبب القيود المفروضة على "
          "دخول الصحفيين.",
          [E("protest", Q("آلاف", 2000, 9000, True), PL("بانياس", "Baniyas", "Tartus"), "2011-05-13",
             "ناشطون حقوقيون", PROT, note="Daraa is named for the siege the protesters want lifted"),
           E("arrest", Q("العشرات", 20, 90, True), PL("رأس النبع", "Ras al-Nabaa", "Tartus"), "2011-05-13",
             "ناشطون حقوقيون", GOV, note="a raid that evening in a district of the city: an act of its own")])

passage10("z02", "2011-11-29", "AFP", "SOHR via AFP: a clash with defectors, a defection the same day",
          "ذكر المرصد السوري لحقوق الإنسان، ومقره لندن، أن سبعة عناصر من القوات النظامية قتلوا أمس "
          "الاثنين في اشتباكات مع منشقين في بلدة الحراك بريف درعا الشرقي. وأضاف المرصد في بيان تلقت وكالة فرانس برس "
          "نسخة منه أن 19 عسكرياً انشقوا في اليوم نفسه عن حاجز قرب بلدة المسيفرة.",
          [E("armed_clash", Q("سبعة", 7), PL("الحراك", "Al-Hirak", "Daraa"), "2011-11-28",
             "المرصد السوري لحقوق الإنسان", note="London is the Observatory's seat; who opened fire is not said"),
           E("defection", Q("19", 19), PL("المسيفرة", "Al-Musayfirah", "Daraa"), "2011-11-28",
             "المرصد السوري لحقوق الإنسان", GOV, note="'the same day' dates it from the previous sentence")])

passage10("z03", "2012-04-11", "Al Jazeera", "revolution body: shelling of two Homs districts before a deadline",
          "قالت الهيئة العامة للثورة السورية إن قوات النظام واصلت اليوم الأربعاء قصف حيي الخالدية والبياضة في مدينة "
          "حمص بالمدفعية الثقيلة وقذائف الهاون، ما أسفر عن مقتل 11 شخصاً بينهم امرأتان، وذلك قبل ساعات من الموعد "
          "الذي حدده المبعوث الأممي والعربي المشترك كوفي أنان لوقف إطلاق النار صباح غد الخميس.",
          [E("shelling", Q("11", 11), PL("الخالدية", "Khalidiyah", "Homs"), "2012-04-11",
             "الهيئة العامة للثورة السورية", GOV,
             note="two districts: one group; the ceasefire deadline is a future, not an event")])

passage10("z04", "2012-08-21", "Asharq Al-Awsat", "FSA source: a defection from a battalion, arrival in Jordan",
          "انشق 34 عسكرياً، بينهم عميد وعقيدان، عن كتيبة الدفاع الجوي المتمركزة قرب بلدة خربة غزالة في ريف درعا، "
          "ووصلوا فجر أمس الاثنين إلى الأراضي الأردنية، بحسب ما قاله مصدر في الجيش السوري الحر لـ«الشرق الأوسط». "
          "وأضاف المصدر أن السلطات الأردنية نقلت المنشقين إلى مخيم مخصص للعسكريين قرب مدينة المفرق.",
          [E("defection", Q("34", 34), PL("خربة غزالة", "Khirbet Ghazaleh", "Daraa"), "2012-08-20",
             "مصدر في الجيش السوري الحر", GOV,
             note="ranks are a breakdown; Jordan and Mafraq are destinations; the arrival dates it")])

passage10("z05", "2012-12-17", "SANA", "SANA dateline: 'our valiant armed forces' in Darayya",
          "ريف دمشق-سانا: واصلت وحدات من قواتنا المسلحة الباسلة ملاحقة فلول المجموعات الإرهابية المسلحة في مدينة "
          "داريا، وذكر مصدر عسكري لمراسل سانا أن الوحدات قضت اليوم على 18 إرهابياً بينهم متزعم مجموعة، ودمرت ثلاث "
          "سيارات مزودة برشاشات ثقيلة ومستودعاً للذخيرة في المزارع الغربية للمدينة.",
          [E("armed_clash", Q("18", 18), PL("داريا", "Darayya", "Rif Dimashq"), "2012-12-17", "مصدر عسكري", GOV,
             note="the pursuit and the kills are one operation; three vehicles are what was destroyed")])

passage10("z06", "2013-03-26", "SOHR", "SOHR opener: raids on Raqqa, clashes at Tabqa airport",
          "المرصد السوري لحقوق الإنسان: نفذ الطيران الحربي ما لا يقل عن أربع غارات على مدينة الرقة بعد ظهر اليوم، "
          "استهدفت إحداها محيط مبنى المحافظة، ما أدى لاستشهاد تسعة مواطنين بينهم ثلاثة أطفال. كما دارت اشتباكات "
          "عنيفة بين مقاتلي الكتائب المقاتلة والقوات النظامية في محيط مطار الطبقة العسكري، وسط أنباء عن خسائر في "
          "صفوف الطرفين.",
          [E("airstrike", Q("تسعة", 9), PL("الرقة", "Raqqa", "Raqqa"), "2013-03-26", "المرصد السوري لحقوق الإنسان",
             GOV, note="four raids is the count, nine the fatalities; children are a breakdown"),
           E("armed_clash", None, PL("مطار الطبقة العسكري", "Tabqa military airport", "Raqqa"), "2013-03-26",
             "المرصد السوري لحقوق الإنسان", note="a facility is a place; losses without a figure")])

passage10("z07", "2013-08-14", "Enab Baladi", "arrests at a checkpoint, a siege as a state",
          "اعتقل عناصر حاجز تابع للمخابرات الجوية على مدخل مدينة التل في ريف دمشق، أمس الثلاثاء، 13 شاباً من أبناء "
          "المدينة أثناء توجههم إلى أعمالهم في العاصمة، بحسب ما أفاد به ناشطون من التل لعنب بلدي. وتفرض قوات الأسد "
          "حصاراً جزئياً على المدينة منذ أشهر، وتمنع إدخال المواد الطبية والطحين إليها.",
          [E("arrest", Q("13", 13), PL("التل", "Al-Tall", "Rif Dimashq"), "2013-08-13", "ناشطون من التل", GOV,
             note="the capital is where they were heading; the siege is a state")])

passage10("z08", "2014-01-21", "Hawar News Agency", "ANHA dateline: the YPG repels an ISIS attack",
          "قامشلو-ANHA: صدت وحدات حماية الشعب فجر اليوم هجوماً شنته مجموعات تابعة لما يسمى «الدولة الإسلامية في "
          "العراق والشام» على قرية تل علو التابعة لناحية اليعربية، وقتلت 16 من المهاجمين، بحسب ما أفاد به مراسل "
          "وكالتنا في المنطقة. وأشار المراسل إلى أن مقاتلي الوحدات استولوا على عربة مدرعة وكميات من الذخيرة.",
          [E("armed_clash", Q("16", 16), PL("تل علو", "Tell Alo", "Al-Hasakah"), "2014-01-21", "مراسل وكالتنا", IS,
             note="ISIS attacked (actor1), the YPG repelled it; Iraq is in the group's name; the spoils are no event")])

passage10("z09", "2014-09-30", "Anadolu Agency", "Kobani: people cross to Turkey, a running total, shells",
          "أفاد مراسل الأناضول بأن نحو 4 آلاف سوري عبروا اليوم الحدود إلى ولاية شانلي أورفة التركية، هرباً من هجوم "
          "تنظيم «داعش» على مدينة عين العرب (كوباني) بريف حلب الشمالي، ليرتفع عدد الفارين منها منذ منتصف الشهر الجاري "
          "إلى أكثر من 160 ألفاً. وسقطت قذائف أطلقها التنظيم على قرية سفتك القريبة من الحدود.",
          [E("other", Q("نحو 4 آلاف", 4000, approx=True), PL("عين العرب", "Ain al-Arab", "Aleppo"), "2014-09-30",
             "مراسل الأناضول",
             note="displacement, at the town they fled; Sanliurfa is the destination; IS's attack on the town is "
                  "the cause of the flight, not an event of its own here"),
           E("other", Q("أكثر من 160 ألفاً", 160000, None, True), PL("عين العرب", "Ain al-Arab", "Aleppo"), None,
             "مراسل الأناضول", kind="aggregate", note="the displaced since mid-September: a running total"),
           E("shelling", None, PL("سفتك", "Siftek", "Aleppo"), None, "مراسل الأناضول", IS,
             note="where the shells fell; the text does not date them (gold leaves the date open)")])

passage10("z10", "2015-05-19", "Orient News", "a base taken by Jaysh al-Fath",
          "سيطرت فصائل «جيش الفتح» اليوم الثلاثاء على معسكر المسطومة جنوب مدينة إدلب، آخر معاقل قوات النظام الكبيرة "
          "في المحافظة بعد خسارتها مدينة إدلب وجسر الشغور، إثر معارك استمرت ثلاثة أيام قتل فيها 40 عنصراً على الأقل "
          "من قوات النظام، بحسب ما أفاد به مراسل أورينت نت. وانسحب من تبقى من العناصر باتجاه بلدة أريحا.",
          [E("territory_change", Q("40", 40, None, True), PL("معسكر المسطومة", "Al-Mastumah camp", "Idlib"),
             "2015-05-19", "مراسل أورينت نت",
             note="Jaysh al-Fath joins Nusra and other factions: no single agent; the loss of Idlib and Jisr "
                  "al-Shughur is background; Ariha is where they withdrew; the battle's deaths are the taking's")])

passage10("z11", "2015-10-08", "Al-Hayat", "one Russian strike, told by the ministry and by activists",
          "قالت وزارة الدفاع الروسية إن مقاتلاتها دمرت أمس الأربعاء مستودعاً للذخيرة تابعاً لتنظيم «داعش» قرب بلدة "
          "كفرنبودة في ريف حماة الشمالي، في حين أكد ناشطون معارضون أن الغارات أصابت منازل في البلدة وقتلت ستة مدنيين، "
          "وأن التنظيم لا وجود له في المنطقة التي تسيطر عليها فصائل من المعارضة.",
          [E("airstrike", Q("ستة", 6), PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2015-10-07", "ناشطون معارضون", RUS,
             note="the ministry and the activists tell one strike; its deaths are the activists' figure; who "
                  "controls the area is a state")])

passage10("z12", "2016-02-23", "Asharq Al-Awsat", "a toll update of three blasts two days earlier",
          "ارتفعت إلى 96 حصيلة قتلى التفجيرات الثلاثة التي ضربت منطقة السيدة زينب جنوب دمشق الأحد الماضي، وفق ما "
          "أعلنه المرصد السوري لحقوق الإنسان أمس، بعد وفاة عدد من الجرحى متأثرين بإصاباتهم. وكان تنظيم «داعش» قد تبنى "
          "التفجيرات التي نفذ اثنين منها انتحاريان يرتديان حزامين ناسفين، فيما انفجرت سيارة مفخخة قرب موقف للحافلات.",
          [E("explosion", Q("96", 96), PL("السيدة زينب", "Sayyida Zaynab", "Rif Dimashq"), "2016-02-21",
             "المرصد السوري لحقوق الإنسان", IS,
             note="three blasts at one place and hour told with one toll: one event; dated by «الأحد الماضي», "
                  "not by the day the toll was announced")])

passage10("z13", "2016-07-14", "Halab Today", "barrel bombs on an Aleppo district; a road cut by fire",
          "قُتل ثمانية مدنيين بينهم طفلان وأصيب آخرون، اليوم الخميس، جراء براميل متفجرة ألقتها مروحيات النظام على حي "
          "الصاخور في مدينة حلب، بحسب ما أفاد به مراسل حلب اليوم، في وقت باتت فيه طريق الكاستيلو، المنفذ الوحيد إلى "
          "الأحياء الشرقية، مقطوعة نارياً منذ أيام بفعل تقدم قوات النظام إلى مزارع الملاح.",
          [E("airstrike", Q("ثمانية", 8), PL("الصاخور", "Al-Sakhour", "Aleppo"), "2016-07-14", "مراسل حلب اليوم",
             GOV, note="the road cut by fire is a state; the advance on the Mallah farms is background")])

passage10("z14", "2017-03-02", "SANA", "SANA: Palmyra retaken, demining begun",
          "حمص-سانا: أفاد مصدر عسكري لمراسل سانا بأن وحدات الجيش العربي السوري بالتعاون مع القوات الرديفة والحليفة "
          "استعادت اليوم السيطرة الكاملة على مدينة تدمر الأثرية في ريف حمص الشرقي بعد معارك عنيفة مع إرهابيي تنظيم "
          "«داعش»، وأن وحدات الهندسة بدأت تفكيك الألغام والعبوات التي زرعها الإرهابيون في الشوارع والمواقع الأثرية.",
          [E("territory_change", None, PL("تدمر", "Palmyra", "Homs"), "2017-03-02", "مصدر عسكري", GOV,
             note="the mines laid earlier and the demining are no events")])

passage10("z15", "2017-11-20", "Deir ez-Zor 24", "Russian raids on river ferries",
          "أفاد مراسل دير الزور 24 بأن 17 مدنياً، بينهم نساء وأطفال، قتلوا أمس الأحد جراء غارات للطيران الروسي "
          "استهدفت عبّارات نهرية تقل نازحين قرب بلدة الشعفة في ريف دير الزور الشرقي، أثناء محاولتهم العبور إلى الضفة "
          "الأخرى لنهر الفرات هرباً من المعارك.",
          [E("airstrike", Q("17", 17), PL("الشعفة", "Al-Shafah", "Deir ez-Zor"), "2017-11-19", "مراسل دير الزور 24",
             RUS, note="24 is part of the outlet's name")])

passage10("z16", "2018-02-27", "AFP", "a declared truce, shells an hour later, the campaign's toll",
          "بدأت صباح اليوم الثلاثاء «هدنة إنسانية» يومية مدتها خمس ساعات أعلنتها موسكو في الغوطة الشرقية المحاصرة قرب "
          "دمشق، لكن مراسلاً لوكالة فرانس برس في مدينة دوما أفاد بسقوط قذائف على المدينة بعد نحو ساعة من بدئها. ووثق "
          "المرصد السوري لحقوق الإنسان مقتل أكثر من 560 مدنياً في الغوطة منذ بدء الحملة الجوية للنظام في 18 "
          "شباط/فبراير.",
          [E("agreement", None, PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), "2018-02-27", "موسكو", RUS,
             note="a truce declared by Moscow, in force today; Damascus is a landmark"),
           E("shelling", None, PL("دوما", "Douma", "Rif Dimashq"), "2018-02-27", "مراسلاً لوكالة فرانس برس",
             note="who fired is not said"),
           E("airstrike", Q("أكثر من 560", 560, None, True), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"),
             None, "المرصد السوري لحقوق الإنسان", GOV, kind="aggregate",
             note="MENDED stop 32 (conventions): a running toll naming one cause takes the cause's type, an aggregate (was casualties): the toll of the air campaign; the campaign's toll since 18 February")])

passage10("z17", "2018-06-19", "Enab Baladi", "rocket fire on a Daraa town; reinforcements as a state",
          "قصفت قوات الأسد بأكثر من 40 صاروخاً من نوع «فيل» بلدة بصر الحرير في ريف درعا الشرقي، أمس الاثنين، ما أدى "
          "إلى مقتل امرأة وإصابة خمسة مدنيين بجروح، بحسب ما أفاد به مراسل عنب بلدي في درعا. ويأتي القصف وسط تعزيزات "
          "عسكرية تدفع بها قوات النظام إلى محيط المحافظة منذ أسابيع، تمهيداً لعملية عسكرية في الجنوب.",
          [E("shelling", Q("أكثر من 40", 40, None, True), PL("بصر الحرير", "Busr al-Harir", "Daraa"), "2018-06-18",
             "مراسل عنب بلدي في درعا", GOV,
             note="rockets are the count (one woman killed, no numeral); weeks of reinforcements for an "
                  "operation to come are a state and an aim")])

passage10("z18", "2019-08-05", "Syria TV", "Russian raids on two towns after a truce ended",
          "قتل 11 مدنياً وأصيب آخرون بجروح، اليوم الاثنين، في غارات شنتها طائرات حربية روسية على مدينة معرة النعمان "
          "وبلدة التح بريف إدلب الجنوبي، بحسب ما أفاد به الدفاع المدني السوري لتلفزيون سوريا، وذلك بعد ساعات من إعلان "
          "قوات النظام انتهاء الهدنة التي بدأت ليل الخميس الماضي واستئناف عملياتها العسكرية.",
          [E("airstrike", Q("11", 11), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2019-08-05",
             "الدفاع المدني السوري", RUS,
             note="two towns: one group; the truce's end is background to the raids")])

passage10("z19", "2020-02-11", "Anadolu Agency", "Turkey's reply to shelling of its post at Taftanaz",
          "أعلنت وزارة الدفاع التركية، اليوم الثلاثاء، «تحييد» 51 عنصراً من قوات النظام السوري في قصف مدفعي وصاروخي "
          "استهدف 115 موقعاً، رداً على قصف مدفعي شنته تلك القوات أمس على نقطة مراقبة تركية في محيط مطار تفتناز بريف "
          "إدلب، وأسفر عن مقتل 5 جنود أتراك وإصابة خمسة آخرين، بحسب بيان الوزارة.",
          [E("shelling", Q("51", 51), None, None, "وزارة الدفاع التركية", TUR,
             note="'neutralised' as the reply's figure (as x12); 115 sites are targets; no place or day given"),
           E("shelling", Q("5", 5, nth=2), PL("مطار تفتناز", "Taftanaz airbase", "Idlib"), "2020-02-10",
             "وزارة الدفاع التركية", GOV, note="the regime's shelling that the reply answers")])

passage10("z20", "2020-10-26", "SOHR", "SOHR toll update: a Russian strike on a training camp",
          "المرصد السوري: ارتفع إلى 64 عدد مقاتلي فصيل «فيلق الشام» المدعوم من أنقرة الذين قتلوا جراء استهداف طائرات "
          "حربية روسية صباح اليوم معسكراً تدريبياً للفصيل في منطقة جبل الدويلة بريف إدلب الشمالي الغربي، فيما أصيب "
          "أكثر من 90 آخرين، بعضهم في حالات خطرة، ما يرشح عدد القتلى للارتفاع.",
          [E("airstrike", Q("64", 64), PL("جبل الدويلة", "Jabal al-Duwayla", "Idlib"), "2020-10-26", "المرصد السوري",
             RUS, note="Ankara is the faction's backer; a toll still rising is a future")])

passage10("z21", "2021-04-07", "Daraa 24", "a roadside IED on a Fourth Division bus",
          "انفجرت عبوة ناسفة مزروعة على جانب الطريق بحافلة مبيت تقل عناصر من الفرقة الرابعة بين بلدتي المزيريب "
          "واليادودة في ريف درعا الغربي، مساء أمس الثلاثاء، ما أدى إلى مقتل أربعة عناصر وإصابة سبعة آخرين، وفق ما أفاد "
          "به تجمع أحرار حوران. ولم تتبن أي جهة التفجير حتى ساعة إعداد هذا الخبر.",
          [E("explosion", Q("أربعة", 4), PL("المزيريب", "Muzayrib", "Daraa"), "2021-04-06", "تجمع أحرار حوران",
             note="a road between two towns: the first; the Fourth Division is a unit; unclaimed")])

passage10("z22", "2022-01-24", "Hawar News Agency", "SDF command: the Ghuwayran prison attack over, its toll",
          "الحسكة-هاوار: أعلنت القيادة العامة لقوات سوريا الديمقراطية، اليوم الاثنين، انتهاء العمليات العسكرية في محيط "
          "سجن الصناعة بحي غويران في مدينة الحسكة، بعد خمسة أيام من هجوم شنه مرتزقة داعش على السجن، مشيرة إلى أن عدد "
          "عناصر التنظيم الذين قتلوا منذ بدء الهجوم بلغ 174، فيما سقط عدد من مقاتليها والعاملين في السجن.",
          [E("armed_clash", Q("174", 174), PL("سجن الصناعة", "Al-Sinaa prison", "Al-Hasakah"), None,
             "القيادة العامة لقوات سوريا الديمقراطية", IS,
             note="one attack fought over five days, with its toll; the end of operations closes it (no event of "
                  "its own); a prison is a place")])

passage10("z23", "2022-11-20", "Anadolu Agency", "an air operation announced by Ankara, a village's dead by the SDF",
          "أعلنت وزارة الدفاع التركية، اليوم الأحد، أن مقاتلاتها نفذت ليل أمس عملية «المخلب-السيف» الجوية ضد مواقع "
          "تنظيم «بي كي كي/ي ب ك» الإرهابي شمالي سوريا والعراق. وقالت قوات سوريا الديمقراطية في بيان إن الغارات التي "
          "استهدفت قرية تقل بقل بريف المالكية ومحطة كهرباء قريبة منها أدت إلى مقتل 11 شخصاً بينهم صحفي.",
          [E("airstrike", Q("11", 11), PL("تقل بقل", "Taql Baql", "Al-Hasakah"), "2022-11-19",
             "قوات سوريا الديمقراطية", TUR,
             note="the ministry names the night's air operation over Syria and Iraq: the same act, told for the "
                  "village by the SDF; 'last night' of a Sunday is the 19th")])

passage10("z24", "2023-05-31", "Deir ez-Zor 24", "an assassination by gunmen on a motorbike",
          "أفادت شبكة دير الزور 24 بأن مسلحين مجهولين يستقلون دراجة نارية اغتالوا، مساء أمس الثلاثاء، عضواً في المجلس "
          "المحلي لبلدة الطيانة بريف دير الزور الشرقي، بإطلاق النار عليه أمام منزله، في ثالث عملية من نوعها تشهدها "
          "البلدة خلال الشهر الجاري، وسط اتهامات لخلايا تنظيم «داعش» بالوقوف وراءها.",
          [E("armed_clash", None, PL("الطيانة", "Al-Tayyanah", "Deir ez-Zor"), "2023-05-30", "شبكة دير الزور 24", UNK,
             note="an assassination by gunfire (as sets 6 and 8); the third this month is an ordinal; IS is only "
                  "accused")])

passage10("z25", "2023-10-06", "Reuters", "Civil Defence: shelling on a town hours after the military academy attack",
          "قال الدفاع المدني السوري، المعروف بالخوذ البيضاء، إن قصفاً مدفعياً وصاروخياً لقوات الحكومة السورية على مدينة "
          "دارة عزة بريف حلب الغربي أمس الخميس أسفر عن مقتل تسعة مدنيين، وذلك بعد ساعات من هجوم بطائرات مسيرة على حفل "
          "تخريج في الكلية الحربية بحمص أوقع 89 قتيلاً بحسب وزارة الصحة السورية، ولم تعلن أي جهة مسؤوليتها عنه.",
          [E("shelling", Q("تسعة", 9), PL("دارة عزة", "Darat Izza", "Aleppo"), "2023-10-05", "الدفاع المدني السوري",
             GOV),
           E("airstrike", Q("89", 89), PL("الكلية الحربية", "Homs Military Academy", "Homs"), "2023-10-05",
             "وزارة الصحة السورية",
             note="a drone attack is an air strike; 'hours before' the shelling of Thursday; unclaimed")])

passage10("z26", "2024-03-08", "Syria TV", "a Friday protest against HTS in Idlib",
          "تظاهر مئات من أهالي مدينة إدلب وبلدات ريفها، عقب صلاة الجمعة اليوم، في وسط المدينة للأسبوع الثاني على "
          "التوالي، مطالبين بإسقاط قائد «هيئة تحرير الشام» والإفراج عن المعتقلين في سجون جهاز الأمن العام التابع لها، "
          "بحسب ما أفاد به مراسل تلفزيون سوريا، وسط انتشار أمني مكثف.",
          [E("protest", Q("مئات", 200, 900, True), PL("إدلب", "Idlib", "Idlib"), "2024-03-08", "مراسل تلفزيون سوريا",
             PROT, note="'the second week' is an ordinal; the detainees held and the security deployment are states")])

passage10("z27", "2024-12-01", "Al Jazeera", "the 2024 offensive: towns in northern Hama; raids on Idlib",
          "أعلنت «إدارة العمليات العسكرية» لفصائل المعارضة، اليوم الأحد، سيطرة مقاتليها على مدن مورك وصوران وطيبة "
          "الإمام في ريف حماة الشمالي، في حين قال الدفاع المدني السوري إن ثمانية مدنيين قتلوا في غارات شنتها طائرات "
          "حربية روسية وسورية على مخيم للنازحين وأحياء سكنية في مدينة إدلب.",
          [E("territory_change", None, PL("مورك", "Morek", "Hama"), "2024-12-01", "«إدارة العمليات العسكرية»", FSA,
             note="three towns: one group"),
           E("airstrike", Q("ثمانية", 8), PL("إدلب", "Idlib", "Idlib"), None, "الدفاع المدني السوري",
             note="Russian and Syrian jets together: no single agent; the day is not said")])

passage10("z28", "2024-12-07", "Syria TV", "a town taken without a fight, a brigade defects",
          "قال مراسل تلفزيون سوريا إن فصائل «غرفة عمليات الجنوب» سيطرت فجر اليوم السبت على مدينة الصنمين شمالي درعا "
          "بعد انسحاب قوات النظام منها دون قتال، فيما أعلن أكثر من 60 عنصراً من اللواء 112 انشقاقهم عن جيش النظام "
          "وانضمامهم إلى الفصائل في مدينة نوى، وسلموا أسلحتهم الفردية والثقيلة.",
          [E("territory_change", None, PL("الصنمين", "Al-Sanamayn", "Daraa"), "2024-12-07", "مراسل تلفزيون سوريا",
             FSA, note="the withdrawal is how the town changed hands: one event"),
           E("defection", Q("أكثر من 60", 60, None, True), PL("نوى", "Nawa", "Daraa"), "2024-12-07",
             "مراسل تلفزيون سوريا", GOV, note="112 is a unit number")])

passage10("z29", "2025-02-03", "SANA", "SANA (new authorities): a car bomb near Manbij",
          "حلب-سانا: استشهد 19 شخصاً، معظمهم من النساء العاملات في الزراعة، وأصيب 15 آخرون، اليوم، جراء انفجار سيارة "
          "مفخخة قرب سيارة تقل عمالاً زراعيين على أطراف مدينة منبج بريف حلب الشرقي، بحسب ما أفاد به الدفاع المدني "
          "السوري، وهو التفجير السابع الذي تشهده المدينة منذ مطلع العام.",
          [E("explosion", Q("19", 19), PL("منبج", "Manbij", "Aleppo"), "2025-02-03", "الدفاع المدني السوري",
             note="the seventh bombing is an ordinal; Aleppo is in the dateline")])

passage10("z30", "2025-03-07", "Al Jazeera", "the coast: loyalists' attacks, reinforcements sent",
          "قالت وزارة الداخلية السورية إن 16 عنصراً من الأمن العام قتلوا في هجمات منسقة شنها مسلحون من فلول النظام "
          "البائد، أمس الخميس، على حواجز ونقاط أمنية في ريف جبلة، فيما أرسلت وزارة الدفاع اليوم الجمعة تعزيزات عسكرية "
          "كبيرة إلى محافظتي اللاذقية وطرطوس لملاحقة المهاجمين، بحسب ما أفاد به مراسل الجزيرة.",
          [E("armed_clash", Q("16", 16), PL("ريف جبلة", "Jableh countryside", "Latakia"), "2025-03-06",
             "وزارة الداخلية السورية", LOYAL, note="coordinated attacks on several checkpoints of one area: one event"),
           E("reinforcement", None, PL("اللاذقية", "Latakia", "Latakia"), "2025-03-07", "مراسل الجزيرة", NEWGOV,
             note="two governorates: one group; the pursuit is an aim")])

passage10("z31", "2025-03-10", "Enab Baladi", "the coast: an operation declared over; SNHR's toll",
          "أعلن المتحدث باسم وزارة الدفاع السورية، اليوم الاثنين، انتهاء العملية العسكرية في محافظتي اللاذقية وطرطوس "
          "بعد «تحقيق أهدافها»، فيما قالت الشبكة السورية لحقوق الإنسان إنها وثقت مقتل ما لا يقل عن 803 أشخاص خارج "
          "نطاق القانون في المحافظتين منذ السادس من آذار الجاري، على يد أطراف عدة.",
          [E("statement", None, PL("اللاذقية", "Latakia", "Latakia"), "2025-03-10",
             "المتحدث باسم وزارة الدفاع السورية", NEWGOV,
             note="the end of an operation declared, at the operation's place (two governorates: one group)"),
           E("casualties", Q("ما لا يقل عن 803", 803, None, True), None, None, "الشبكة السورية لحقوق الإنسان",
             kind="aggregate", note="a toll since 6 March over two governorates named only by «المحافظتين»; "
                                    "several perpetrators")])

passage10("z32", "2025-04-30", "Reuters", "an Israeli 'warning' strike; the previous day's clashes",
          "قال الجيش الإسرائيلي إنه نفذ اليوم الأربعاء ضربة «تحذيرية» استهدفت مجموعة مسلحة في بلدة أشرفية صحنايا بريف "
          "دمشق كانت تستعد لمهاجمة مواطنين دروز، وذلك بعد يوم من اشتباكات شهدتها مدينة جرمانا بين مسلحين دروز وقوات "
          "الأمن العام قتل فيها 13 شخصاً، وفق المرصد السوري لحقوق الإنسان.",
          [E("airstrike", None, PL("أشرفية صحنايا", "Ashrafiyat Sahnaya", "Rif Dimashq"), "2025-04-30",
             "الجيش الإسرائيلي", ISR, note="the attack the group prepared is the army's claim, not an event"),
           E("armed_clash", Q("13", 13), PL("جرمانا", "Jaramana", "Rif Dimashq"), "2025-04-29",
             "المرصد السوري لحقوق الإنسان",
             note="recalled a day later with its toll: still an incident an analyst counts; two sides, no actor1")])

passage10("z33", "2025-07-14", "North Press", "Sweida: a day of clashes, forces deployed",
          "أفاد مراسل نورث برس بأن 26 شخصاً قتلوا منذ صباح أمس الأحد في اشتباكات بين مسلحين من عشائر البدو وفصائل "
          "محلية درزية في حي المقوس وبلدات بريف السويداء الشمالي، وأن قوات من وزارة الدفاع السورية انتشرت اليوم "
          "الاثنين على طريق دمشق-السويداء وفي محيط بلدة المزرعة لفض الاشتباك.",
          [E("armed_clash", Q("26", 26), PL("المقوس", "Al-Maqwas", "As-Suwayda"), "2025-07-13", "مراسل نورث برس",
             note="killed since yesterday morning: the clashes' toll; a district and villages: one group"),
           E("reinforcement", None, PL("المزرعة", "Al-Mazraa", "As-Suwayda"), "2025-07-14", "مراسل نورث برس", NEWGOV,
             note="a road and a town: the town; to separate the sides is an aim")])

passage10("z34", "2025-07-17", "Asharq Al-Awsat", "Sweida: withdrawal under yesterday's agreement; SOHR's toll",
          "بدأت القوات الحكومية السورية فجر اليوم الخميس الانسحاب من مدينة السويداء، تنفيذاً لاتفاق أعلنته الرئاسة "
          "السورية أمس لوقف إطلاق النار، فيما أعلن المرصد السوري لحقوق الإنسان ارتفاع حصيلة القتلى في المحافظة منذ "
          "الأحد الماضي إلى 516، بينهم 79 من أبناء المحافظة أعدموا ميدانياً.",
          [E("territory_change", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-17", None, NEWGOV,
             note="a withdrawal hands the city over; no source but the outlet"),
           E("agreement", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-16", "الرئاسة السورية", NEWGOV,
             note="announced yesterday, told as the withdrawal's reason: an incident (as x30)"),
           E("casualties", Q("516", 516), PL("السويداء", "As-Suwayda", "As-Suwayda"), None,
             "المرصد السوري لحقوق الإنسان", kind="aggregate",
             note="a running toll since Sunday in «المحافظة» (Sweida); the 79 executed are a breakdown")])


# ---- Set 11 (stop 23, helper probe): written 09:35-10:10 UTC after reading real reporting in the `pages`
# corpus for phrasing only (scored with --set probe11, run once on main before any fix) -----
JOR = "Jordanian forces"
P11 = []


def passage11(pid, published, outlet, style, text, events):
    P11.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage11("k01", "2011-04-23", "Echorouk", "Maghrebi month, AFP relaying activists: fire on a Friday protest",
          "نقلت وكالة الأنباء الفرنسية عن ناشطين حقوقيين أن قوات الأمن السورية أطلقت النار يوم الجمعة 22 أفريل على "
          "آلاف المتظاهرين الذين خرجوا في مدينة إزرع بمحافظة درعا عقب صلاة الظهر، فسقط 19 قتيلاً على الأقل، في حين "
          "حمّل التلفزيون الرسمي «عصابات مسلحة» مسؤولية سقوط القتلى.",
          [E("protest", Q("19", 19, None, True), PL("إزرع", "Izraa", "Daraa"), "2011-04-22", "ناشطين حقوقيين", PROT,
             note="fire on a protest is a protest with fatalities; state TV's blame is no event")])

passage11("k02", "2011-08-01", "Al-Hayat", "rights group head to the paper: tanks shell a city",
          "قال رئيس الرابطة السورية للدفاع عن الحقوق نادر الحمصي لـ«الحياة» إن دبابات الجيش قصفت أحياء عدة في مدينة "
          "حماة منذ فجر أمس الأحد، ما أدى إلى سقوط 95 قتيلاً على الأقل وعشرات الجرحى، فيما قطعت السلطات الاتصالات "
          "والكهرباء عن المدينة. وتوقع الحمصي ارتفاع الحصيلة مع تعذر وصول المسعفين إلى الأحياء الشرقية.",
          [E("shelling", Q("95", 95, None, True), PL("حماة", "Hama", "Hama"), "2011-07-31",
             "الرابطة السورية للدفاع عن الحقوق", GOV, note="the expected rise is a future; the cuts are no event")])

passage11("k03", "2012-02-11", "Al Arabiya", "two sources in one sentence: LCC's shelling, SANA's clash",
          "قالت لجان التنسيق المحلية إن 23 شخصاً قتلوا اليوم السبت في قصف بالمدفعية وراجمات الصواريخ استهدف مدينة "
          "الزبداني في ريف دمشق، فيما ذكرت وكالة الأنباء السورية الرسمية (سانا) أن الجهات المختصة اشتبكت مع مجموعة "
          "إرهابية مسلحة على أطراف بلدة مضايا وأوقعت بين أفرادها قتلى وجرحى.",
          [E("shelling", Q("23", 23), PL("الزبداني", "Zabadani", "Rif Dimashq"), "2012-02-11", "لجان التنسيق المحلية",
             GOV),
           E("armed_clash", None, PL("مضايا", "Madaya", "Rif Dimashq"), "2012-02-11",
             "وكالة الأنباء السورية الرسمية", GOV, note="SANA owns this clause only; «الجهات المختصة» are the state's")])

passage11("k04", "2012-06-19", "Al Jazeera", "the outlet's reporter: a defection with a rank breakdown",
          "أفاد مراسل الجزيرة في ريف حمص بأن 33 عسكرياً، بينهم ضابط برتبة عميد، انشقوا فجر اليوم عن الفرقة الحادية "
          "عشرة المنتشرة حول مدينة الرستن، وانضموا إلى كتيبة تابعة للجيش الحر في المدينة، مشيراً إلى أن المنشقين "
          "اصطحبوا معهم أسلحتهم وثلاث عربات مدرعة.",
          [E("defection", Q("33", 33), PL("الرستن", "Al-Rastan", "Homs"), "2012-06-19", "مراسل الجزيرة", GOV,
             note="the reporter named after the outlet is the source; the vehicles are no figure of the event")])

passage11("k05", "2012-10-10", "Shaam News Network", "possessive 'the regime's helicopters', barrels, a besieged camp",
          "ألقت مروحيات النظام صباح اليوم ستة براميل متفجرة على الأحياء السكنية في مدينة معرة النعمان بريف إدلب، ما "
          "أدى لسقوط 14 شهيداً بينهم خمسة أطفال ودمار كبير في الأبنية، بالتزامن مع اشتباكات يخوضها الثوار مع قوات "
          "الأسد المحاصرة في معسكر وادي الضيف شرق المدينة.",
          [E("airstrike", Q("14", 14), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2012-10-10", None, GOV,
             note="six barrels are the count, 14 the fatalities; children a breakdown"),
           E("armed_clash", None, PL("معسكر وادي الضيف", "Wadi al-Deif camp", "Idlib"), "2012-10-10", None, FSA,
             note="ongoing clashes today; the rebels are named first")])

passage11("k06", "2013-05-20", "Reuters", "SOHR to Reuters and a military source: a battle and a village taken",
          "قال المرصد السوري لحقوق الإنسان لرويترز إن 52 مقاتلاً من المعارضة على الأقل قتلوا أمس الأحد في معارك عنيفة "
          "داخل مدينة القصير، بعد أن اقتحمتها قوات الجيش السوري بإسناد من عناصر حزب الله اللبناني من محاور عدة. "
          "وقال مصدر عسكري سوري للتلفزيون الرسمي إن الجيش أحكم سيطرته على قرية الضبعة ومطارها شمال المدينة.",
          [E("armed_clash", Q("52", 52, None, True), PL("القصير", "Al-Qusayr", "Homs"), "2013-05-19",
             "المرصد السوري لحقوق الإنسان", GOV, note="the army stormed the town, Hezbollah beside it"),
           E("territory_change", None, PL("الضبعة", "Al-Dabaa", "Homs"), "2013-05-19", "مصدر عسكري سوري", GOV,
             note="a village and its airbase: one act; dated by the assault told before")])

passage11("k07", "2016-02-03", "Al Mayadeen", "pro-government channel's reporter: villages taken, Russian sorties",
          "سيطر الجيش السوري واللجان الشعبية اليوم على بلدتي ماير ومعرسة الخان في ريف حلب الشمالي، ليصبح على بعد "
          "كيلومترين من بلدتي نبل والزهراء المحاصرتين منذ أكثر من ثلاث سنوات، بحسب ما أفاد به مراسل الميادين. وأشار "
          "المراسل إلى أن سلاح الجو الروسي شن أكثر من 40 غارة على محيط بلدة حردتنين خلال الساعات الماضية.",
          [E("territory_change", None, PL("ماير", "Mayer", "Aleppo"), "2016-02-03", "مراسل الميادين", GOV,
             note="two towns: one group; Nubl and Zahraa are a distance, not the place"),
           E("airstrike", Q("أكثر من 40", 40, None, True), PL("حردتنين", "Hardatnin", "Aleppo"), "2016-02-03",
             "مراسل الميادين", RUS, note="«المراسل» is the channel's reporter named before")])

passage11("k08", "2013-09-24", "Zaman al-Wasl", "a patrol of a security branch arrests students",
          "علمت «زمان الوصل» من مصادر محلية أن دورية تابعة لفرع الأمن السياسي اعتقلت، مساء الأحد الماضي، سبعة طلاب "
          "جامعيين من سكن الطلاب في حي الفرقان بمدينة حلب، واقتادتهم إلى جهة مجهولة، وذلك بعد يومين من توزيع منشورات "
          "تدعو إلى الإضراب في كلية الآداب.",
          [E("arrest", Q("سبعة", 7), PL("الفرقان", "Al-Furqan", "Aleppo"), "2013-09-22", "مصادر محلية", GOV,
             note="the patrol belongs to a regime security branch; leaflets calling for a strike are no event")])

passage11("k09", "2014-01-03", "Orient News", "rebels against ISIS in a town west of Aleppo",
          "اندلعت اشتباكات عنيفة منذ صباح اليوم بين كتائب الجيش الحر وعناصر تنظيم «داعش» في مدينة الأتارب بريف حلب "
          "الغربي، أسفرت عن مقتل ثمانية من عناصر التنظيم وأسر 20 آخرين، بحسب ناشطين من المدينة، وسط دعوات عبر مكبرات "
          "الصوت للأهالي بالتزام منازلهم.",
          [E("armed_clash", Q("ثمانية", 8), PL("الأتارب", "Al-Atarib", "Aleppo"), "2014-01-03", "ناشطين من المدينة", FSA,
             note="the captives are part of the clash")])

passage11("k10", "2014-03-15", "National News Agency (Lebanon)", "Lebanese agency: Syrian jets strike a Lebanese border town",
          "أفادت الوكالة الوطنية للإعلام بأن الطيران الحربي السوري شن بعد ظهر اليوم ثلاث غارات على جرود بلدة عرسال "
          "البقاعية، استهدفت منطقة وادي عجرم الحدودية، من دون أن تسجل إصابات في صفوف الأهالي أو النازحين السوريين "
          "المقيمين في مخيمات البلدة.",
          [E("airstrike", Q("ثلاث", 3), PL("عرسال", "Arsal", None, "Lebanon"), "2014-03-15", "الوكالة الوطنية للإعلام",
             GOV, note="a place across the border is the place; no casualties")])

passage11("k11", "2015-10-16", "Al-Quds Al-Arabi", "two sources, two acts: the Russian ministry and activists",
          "أعلنت وزارة الدفاع الروسية، أمس الخميس، أن مقاتلاتها نفذت 12 طلعة جوية استهدفت مواقع لتنظيم «الدولة» في محيط "
          "مدينة تدمر، فيما قال ناشطون معارضون إن غارات روسية أصابت صباح اليوم سوقاً شعبياً في بلدة دارة عزة بريف حلب "
          "الغربي وقتلت 17 مدنياً.",
          [E("airstrike", Q("12", 12), PL("تدمر", "Palmyra", "Homs"), "2015-10-15", "وزارة الدفاع الروسية", RUS,
             note="«مقاتلاتها»: the ministry's own jets"),
           E("airstrike", Q("17", 17), PL("دارة عزة", "Darat Izza", "Aleppo"), "2015-10-16", "ناشطون معارضون", RUS,
             note="the activists own the second clause and its date")])

passage11("k12", "2016-08-27", "Sputnik", "an evacuation told by a governor, a destination",
          "خرجت أمس الجمعة أول دفعة من مسلحي مدينة داريا وعائلاتهم، وتضم نحو 700 شخص، على متن حافلات باتجاه ريف إدلب، "
          "وسط إجراءات أمنية مشددة، بحسب ما نقلت وكالة «سبوتنيك» عن محافظ ريف دمشق، الذي قال إن الدفعة الثانية ستخرج "
          "خلال الأيام المقبلة.",
          [E("other", Q("نحو 700", 700, approx=True), PL("داريا", "Darayya", "Rif Dimashq"), "2016-08-26",
             "محافظ ريف دمشق", note="an evacuation, at the town left; Idlib is the destination; the second batch is a future")])

passage11("k13", "2017-10-20", "Enab Baladi", "a spokesman announces a city taken, with a date in the text",
          "أعلن المتحدث باسم «قوات سوريا الديمقراطية» (قسد)، الثلاثاء 17 من تشرين الأول، السيطرة الكاملة على مدينة الرقة "
          "بعد طرد آخر عناصر تنظيم «الدولة الإسلامية» من الملعب البلدي ومشفى المدينة، بدعم من طيران التحالف الدولي، "
          "منهية معركة استمرت أكثر من أربعة أشهر.",
          [E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa"), "2017-10-17", "المتحدث باسم «قوات سوريا الديمقراطية»",
             SDF, note="published three days later; the coalition helped")])

passage11("k14", "2018-03-11", "Anadolu Agency", "Turkish General Staff: a running toll and a town taken",
          "قالت رئاسة الأركان التركية في بيانها اليومي، اليوم الأحد، إن قواتها حيّدت 3 آلاف و444 إرهابياً منذ بدء "
          "العملية العسكرية في منطقة عفرين يوم 20 كانون الثاني/يناير الماضي. وأضاف البيان أن الجيش التركي والجيش السوري الحر سيطرا خلال "
          "الساعات الماضية على مركز ناحية جنديرس جنوب غربي عفرين.",
          [E("casualties", Q("3 آلاف و444", 3444), PL("عفرين", "Afrin", "Aleppo"), None, "رئاسة الأركان التركية", TUR,
             kind="aggregate", note="'neutralised' since the operation began: a running total"),
           E("territory_change", None, PL("جنديرس", "Jindires", "Aleppo"), "2018-03-11", "رئاسة الأركان التركية", TUR,
             note="«البيان» is the General Staff's; Anadolu's 2018 «الجيش السوري الحر» is the Turkish-backed force")])

passage11("k15", "2019-05-09", "Syria TV", "two agents in one sentence: the regime's helicopters, Russian jets",
          "قصفت مروحيات النظام بالبراميل المتفجرة، صباح اليوم الخميس، قرى الهبيط وعابدين في ريف إدلب الجنوبي، في حين "
          "استهدفت طائرات حربية روسية مدينة كفرنبودة بريف حماة الشمالي بأكثر من 15 غارة، ما أدى إلى مقتل امرأة "
          "وطفلين، بحسب ما أفاد به الدفاع المدني السوري لموقع تلفزيون سوريا.",
          [E("airstrike", None, PL("الهبيط", "Al-Habit", "Idlib"), "2019-05-09", "الدفاع المدني السوري", GOV,
             note="two villages: one group"),
           E("airstrike", Q("أكثر من 15", 15, None, True), PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2019-05-09",
             "الدفاع المدني السوري", RUS, note="a woman and two children: deaths without a numeral")])

passage11("k16", "2019-10-10", "Hawar News Agency", "ANHA dateline: Turkish shelling, an advance repelled",
          "سري كانيه- ANHA: استهدف جيش الاحتلال التركي ومرتزقته منذ ساعات الصباح الأولى بالمدفعية الثقيلة أحياء مدينة "
          "سري كانيه وقرى محيطة بها، ما أسفر عن استشهاد أربعة مدنيين وإصابة 11 آخرين، في حين تصدى مقاتلو قوات سوريا "
          "الديمقراطية لمحاولة تقدم من محور قرية تل حلف غرب المدينة.",
          [E("shelling", Q("أربعة", 4), PL("سري كانيه", "Ras al-Ayn", "Al-Hasakah"), "2019-10-10", None, TUR),
           E("armed_clash", None, PL("تل حلف", "Tell Halaf", "Al-Hasakah"), "2019-10-10", None, SDF,
             note="the attacker is not named: the repeller (the sets' rule)")])

passage11("k17", "2020-02-28", "AFP", "a toll blamed on the regime by Ankara, a governor as source, the reply",
          "قُتل 33 جندياً تركياً على الأقل في غارات جوية نسبتها أنقرة إلى قوات النظام السوري في منطقة جبل الزاوية بريف "
          "إدلب الجنوبي مساء الخميس، وفق ما أعلن والي هاتاي، في أكبر حصيلة للجيش التركي في يوم واحد منذ بدء تدخله في "
          "سوريا. وردّت المدفعية التركية بقصف مواقع للنظام في محيط مدينة سراقب.",
          [E("airstrike", Q("33", 33, None, True), PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), "2020-02-27",
             "والي هاتاي", GOV, note="Hatay names the governor, not the place"),
           E("shelling", None, PL("سراقب", "Saraqib", "Idlib"), None, "والي هاتاي", TUR,
             note="the reply: the source of the sentence before goes on over «و» + verb (news_dev's convention)")])

passage11("k18", "2020-12-31", "SOHR", "SOHR toll update: an ISIS ambush on a bus",
          "المرصد السوري لحقوق الإنسان: ارتفع إلى 37 عدد عناصر قوات النظام الذين قتلوا جراء الكمين الذي نصبه عناصر خلايا "
          "تنظيم «الدولة الإسلامية» لحافلة كانت تقلهم على طريق دير الزور – تدمر قرب بلدة الشولا، مساء أمس، فيما أصيب 12 "
          "آخرون بجروح متفاوتة، بعضهم في حالات خطرة.",
          [E("armed_clash", Q("37", 37), PL("الشولا", "Al-Shula", "Deir ez-Zor"), "2020-12-30",
             "المرصد السوري لحقوق الإنسان", IS, note="an ambush is a clash; the toll update is the same act")])

passage11("k19", "2021-06-16", "Horan Free League", "colon opener: an assassination by gunmen, a biography",
          "تجمع أحرار حوران: اغتال مسلحون مجهولون، مساء الثلاثاء، القيادي السابق في فصائل المعارضة محمود الزعبي، بإطلاق "
          "النار عليه أمام منزله في مدينة طفس بريف درعا الغربي، ما أدى إلى مقتله على الفور، وكان الزعبي قد انضم بعد اتفاق "
          "التسوية عام 2018 إلى الفرقة الرابعة في قوات النظام.",
          [E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), "2021-06-15", "تجمع أحرار حوران", UNK,
             note="an assassination by gunfire (as sets 6, 8, 10); the settlement is a biography, no event")])

passage11("k20", "2022-07-23", "Step News", "the outlet's reporter vs the Asayish, one drone strike",
          "قتل ثلاثة عناصر من قوات سوريا الديمقراطية (قسد) وأصيب رابع، مساء أمس الجمعة، بضربة من طائرة مسيرة تركية "
          "استهدفت سيارتهم على طريق القامشلي – عامودا، بحسب ما أفاد به مراسل وكالة ستيب الإخبارية، في حين قالت قوى "
          "الأمن الداخلي (الأسايش) في بيان إن القتلى مدنيون يعملون في نقل الخضار.",
          [E("airstrike", Q("ثلاثة", 3), PL("القامشلي", "Qamishli", "Al-Hasakah"), "2022-07-22",
             "مراسل وكالة ستيب الإخبارية", TUR,
             note="a road between towns: the first; the Asayish dispute who the dead were, not the strike")])

passage11("k21", "2023-08-28", "Deir ez-Zor 24", "tribal fighters take a town from the SDF",
          "سيطر مقاتلون من العشائر العربية، اليوم الاثنين، على بلدة ذيبان ومعظم قرى ريف دير الزور الشرقي بعد اشتباكات مع "
          "«قسد» استمرت يومين، وفق ما أفادت به شبكة «دير الزور 24»، التي قالت إن عناصر «قسد» انسحبوا نحو حقل العمر "
          "النفطي.",
          [E("territory_change", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-08-28", "شبكة «دير الزور 24»", TRIBE,
             note="the clashes are how the town was taken; the oil field is where the SDF went")])

passage11("k22", "2023-03-07", "SANA", "SANA dateline: Israeli strike from the sea on an airport",
          "حلب-سانا: أفاد مصدر عسكري بأن العدو الإسرائيلي نفذ فجر اليوم عدواناً جوياً من اتجاه البحر المتوسط غرب "
          "اللاذقية مستهدفاً مطار حلب الدولي، ما أدى إلى أضرار مادية في المطار وخروجه عن الخدمة، مشيراً إلى أن وسائط "
          "دفاعنا الجوي تصدت لصواريخ العدوان وأسقطت بعضها.",
          [E("airstrike", None, PL("مطار حلب الدولي", "Aleppo International Airport", "Aleppo"), "2023-03-07",
             "مصدر عسكري", ISR, note="Latakia is where it came from; the interception is part of the same act")])

passage11("k23", "2024-01-18", "Suwayda 24", "strikes likely Jordanian, a local network",
          "قُتل عشرة مدنيين، بينهم أطفال ونساء، فجر اليوم الخميس، بغارات جوية يُرجح أنها أردنية استهدفت منازل في بلدة "
          "عرمان بريف السويداء الجنوبي، وفق ما أفادت به شبكة «السويداء 24» المحلية، التي قالت إن الطائرات حلقت من جهة "
          "الحدود قبل القصف.",
          [E("airstrike", Q("عشرة", 10), PL("عرمان", "Orman", "As-Suwayda"), "2024-01-18", "شبكة «السويداء 24»", JOR,
             note="a likely perpetrator (hedged); Jordan's forces")])

passage11("k24", "2024-11-30", "Syria TV", "the operations room announces a city; a Russian strike told by the outlet",
          "قالت «إدارة العمليات العسكرية» لفصائل المعارضة السورية، اليوم السبت، إن مقاتليها باتوا يسيطرون على أغلب "
          "أحياء مدينة حلب ومطارها الدولي، في اليوم الرابع لمعركة «ردع العدوان»، بينما انسحبت قوات النظام نحو ريف المدينة الجنوبي "
          "الشرقي، ونفذت طائرات روسية غارات على حي الفرقان أدت إلى مقتل ثمانية مدنيين.",
          [E("territory_change", None, PL("حلب", "Aleppo", "Aleppo"), "2024-11-30", "«إدارة العمليات العسكرية»", FSA,
             note="the city and its airport: one act; the regime's withdrawal is the other side of it"),
           E("airstrike", Q("ثمانية", 8), PL("الفرقان", "Al-Furqan", "Aleppo"), "2024-11-30", None, RUS,
             note="the operations room announced the capture only; the strike is the outlet's")])

passage11("k25", "2024-12-10", "Anadolu Agency", "the agency's reporter: the SNA takes a city from «YPG/PKK»",
          "أفاد مراسل الأناضول بأن فصائل «الجيش الوطني السوري» سيطرت، الاثنين، على مركز مدينة منبج شرقي محافظة حلب، بعد "
          "اشتباكات مع تنظيم «واي بي جي/ بي كي كي» الإرهابي استمرت منذ السبت، مشيراً إلى أن الفصائل أسرت عدداً من "
          "عناصر التنظيم.",
          [E("territory_change", None, PL("منبج", "Manbij", "Aleppo"), "2024-12-09", "مراسل الأناضول", SNA,
             note="the captives are part of the capture")])

passage11("k26", "2025-01-15", "SANA (new authorities)", "the interior ministry: an officer of the old army arrested",
          "أعلنت وزارة الداخلية السورية، اليوم الأربعاء، أن إدارة الأمن العام ألقت القبض على العميد السابق في جيش النظام "
          "البائد سهيل ديوب في ريف طرطوس، لتورطه في انتهاكات بحق المدنيين خلال سنوات الثورة، وأحالته إلى القضاء "
          "المختص.",
          [E("arrest", None, PL("ريف طرطوس", "Tartus countryside", "Tartus"), "2025-01-15", "وزارة الداخلية السورية",
             NEWGOV, note="one man, no numeral; the old army is the target's past")])

passage11("k27", "2025-03-07", "Enab Baladi", "a security directorate: an ambush by remnants, reinforcements",
          "قالت مديرية أمن اللاذقية إن 16 عنصراً من قوى الأمن العام قتلوا مساء أمس في كمين نصبته مجموعات من فلول النظام "
          "البائد قرب قرية بيت عانا في ريف جبلة، مؤكدة أن تعزيزات عسكرية وصلت إلى المنطقة لملاحقة المهاجمين.",
          [E("armed_clash", Q("16", 16), PL("بيت عانا", "Beit Ana", "Latakia"), "2025-03-06", "مديرية أمن اللاذقية",
             LOYAL),
           E("reinforcement", None, PL("ريف جبلة", "Jableh countryside", "Latakia"), "2025-03-07",
             "مديرية أمن اللاذقية", note="«المنطقة» is the area named before; the pursuit is an aim; the force is not named")])

passage11("k28", "2025-04-30", "Al Jazeera", "period: «القوات الحكومية» in 2025; SOHR and the ministry in one sentence",
          "قال المرصد السوري لحقوق الإنسان إن 22 شخصاً قتلوا منذ فجر اليوم الأربعاء في اشتباكات بين القوات الحكومية "
          "ومسلحين دروز في بلدة أشرفية صحنايا بريف دمشق، بينهم 11 من عناصر الأمن العام، فيما أعلنت وزارة الداخلية إرسال "
          "تعزيزات إلى محيط البلدة.",
          [E("armed_clash", Q("22", 22), PL("أشرفية صحنايا", "Ashrafiyat Sahnaya", "Rif Dimashq"), "2025-04-30",
             "المرصد السوري لحقوق الإنسان", NEWGOV, note="the government's forces after the fall; 11 a breakdown"),
           E("reinforcement", None, PL("أشرفية صحنايا", "Ashrafiyat Sahnaya", "Rif Dimashq"), "2025-04-30",
             "وزارة الداخلية", NEWGOV, note="the ministry owns its own clause")])

passage11("k29", "2025-08-27", "Asharq Al-Awsat", "Israeli raids near Damascus: Damascus's toll and Israel's version",
          "قُتل ستة عناصر من الجيش السوري، مساء أمس الثلاثاء، في غارات شنتها طائرات إسرائيلية على موقع عسكري قرب مدينة "
          "الكسوة جنوب دمشق، بحسب ما أعلنته وزارة الخارجية السورية، فيما قال الجيش الإسرائيلي إن ضرباته استهدفت «أجهزة "
          "مراقبة» نصبتها القوات الحكومية في المنطقة بعد أيام من تمركزها فيها.",
          [E("airstrike", Q("ستة", 6), PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2025-08-26",
             "وزارة الخارجية السورية", ISR,
             note="Damascus is a bearing; the Israeli army's version is the same act; the deployment is background")])

passage11("k30", "2025-07-20", "Syria TV", "deployment announced; a recalled capture by tribal fighters",
          "أعلنت وزارة الداخلية السورية، مساء السبت، بدء انتشار وحدات من قوى الأمن الداخلي في محافظة السويداء لوقف "
          "الاشتباكات الدائرة منذ أيام بين مقاتلي العشائر البدوية والفصائل الدرزية. وكان مقاتلو العشائر قد سيطروا، ليل "
          "الجمعة، على أجزاء من حي المقوس غرب المدينة، وفق ناشطين محليين.",
          [E("reinforcement", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-19", "وزارة الداخلية السورية",
             NEWGOV, note="the fighting 'for days' is a state; stopping it an aim"),
           E("territory_change", None, PL("المقوس", "Al-Maqwas", "As-Suwayda"), "2025-07-18", "ناشطين محليين", TRIBE,
             note="a recall with its own night and source")])

passage11("k31", "2025-10-07", "North Press", "two sides accuse each other: an attack on a checkpoint, mortar fire",
          "قالت وزارة الدفاع السورية إن عنصراً من الجيش قتل وأصيب ثلاثة آخرون، ليل الاثنين، جراء هجوم شنته «قسد» على "
          "حاجز للجيش عند دوار الشيحان في مدينة حلب، فيما اتهمت «قسد» في بيان فصائل تابعة للحكومة بقصف حي الشيخ مقصود "
          "بقذائف الهاون وإصابة خمسة مدنيين.",
          [E("armed_clash", None, PL("حلب", "Aleppo", "Aleppo"), "2025-10-06", "وزارة الدفاع السورية", SDF,
             note="one soldier without a numeral; the roundabout is in Aleppo"),
           E("shelling", None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), None, "«قسد»", NEWGOV,
             note="the accuser reports; five injured are not a count; no date of its own")])

passage11("k32", "2025-09-12", "Enab Baladi", "an ISIS cell dismantled with the coalition; a plot as an aim",
          "أعلنت وزارة الداخلية السورية، الخميس، تفكيك خلية تابعة لتنظيم «داعش» في مدينة الضمير بريف دمشق واعتقال أفرادها "
          "الخمسة، في عملية نفذتها قوى الأمن الداخلي بالتنسيق مع التحالف الدولي، مشيرة إلى ضبط أحزمة ناسفة وعبوات كانت "
          "الخلية تخطط لاستخدامها ضد كنائس في العاصمة.",
          [E("arrest", Q("الخمسة", 5), PL("الضمير", "Al-Dumayr", "Rif Dimashq"), "2025-09-11", "وزارة الداخلية السورية",
             NEWGOV, note="the plot is an aim; the capital is its target, not the place")])

passage11("k33", "2025-02-11", "Enab Baladi", "a mass grave found, a civil defence official",
          "عثرت فرق الدفاع المدني السوري، الأحد، على مقبرة جماعية تضم رفات 21 شخصاً في منطقة البويضة بريف دمشق، بحسب ما "
          "قاله مسؤول في الدفاع المدني لعنب بلدي، مرجحاً أن يكون الضحايا من معتقلين قضوا في سجون النظام السابق.",
          [E("other", Q("21", 21), PL("البويضة", "Al-Buwaydah", "Rif Dimashq"), "2025-02-09", "مسؤول في الدفاع المدني",
             note="bodies found; who they were is a guess")])

passage11("k34", "2013-06-13", "BBC Arabic", "a UN toll since March 2011: an aggregate with a breakdown",
          "قالت الأمم المتحدة، اليوم الخميس، إن عدد القتلى الموثقين في سوريا منذ آذار/مارس 2011 تجاوز 93 ألف شخص، بينهم "
          "أكثر من 6500 طفل، محذرة من أن الرقم الحقيقي قد يكون أعلى بكثير بسبب صعوبة التوثيق في المناطق المحاصرة.",
          [E("casualties", Q("93 ألف", 93000, None, True), None, None, "الأمم المتحدة", kind="aggregate",
             note="a bound by the verb: outside the span; children a breakdown")])

passage11("k35", "2019-09-01", "SNHR", "a monthly report: a toll with a breakdown by perpetrator",
          "وثقت الشبكة السورية لحقوق الإنسان، في تقرير شهري أصدرته اليوم، مقتل 218 مدنياً على امتداد شهر آب/أغسطس "
          "الماضي، بينهم 47 طفلاً، مشيرة إلى أن قوات النظام السوري قتلت 102 منهم، فيما قتلت القوات الروسية 64 آخرين.",
          [E("casualties", Q("218", 218), None, None, "الشبكة السورية لحقوق الإنسان", kind="aggregate",
             note="a month's toll; the perpetrators' shares are a breakdown, not events")])

passage11("k36", "2012-07-31", "Anadolu Agency", "arrival in Hatay as a defection; a camp's running total",
          "وصل 13 ضابطاً من الجيش السوري، بينهم عميدان، إلى ولاية هاتاي جنوبي تركيا ليل الأحد، بعد انشقاقهم عن جيش "
          "النظام، ليرتفع عدد العمداء المنشقين المقيمين في مخيم الضباط بمنطقة أبايدن إلى 31، بحسب مصدر في وزارة "
          "الخارجية التركية.",
          [E("defection", Q("13", 13), PL("هاتاي", "Hatay", None, "Turkey"), "2012-07-29",
             "مصدر في وزارة الخارجية التركية", GOV, note="implicit defection by arrival (as news_dev); brigadiers a breakdown"),
           E("defection", Q("31", 31), None, None, "مصدر في وزارة الخارجية التركية",
             GOV, kind="aggregate", note="MENDED stop 30 (conventions): a running total of those residing abroad has no place (README convention a, the lead's stop-28 call, restated at stop 30; was: the residence abroad); the camp's running total")])

passage11("k37", "2020-01-15", "Nedaa Syria", "HTS arrests media activists",
          "اعتقلت «هيئة تحرير الشام»، أمس الثلاثاء، أربعة ناشطين إعلاميين في مدينة سرمدا شمالي إدلب، بسبب منشورات انتقدوا "
          "فيها ممارساتها في إدارة المعابر، بحسب ما أفاد به مصدر محلي لموقع «نداء سوريا»، دون أن تعلن الهيئة أي تهمة "
          "بحقهم.",
          [E("arrest", Q("أربعة", 4), PL("سرمدا", "Sarmada", "Idlib"), "2020-01-14", "مصدر محلي", HTS)])

passage11("k38", "2014-03-16", "SANA", "old SANA: 'our valiant army' restores a town, IEDs dismantled",
          "أعادت وحدات من جيشنا الباسل الأمن والاستقرار إلى مدينة يبرود في منطقة القلمون بريف دمشق، بعد أن قضت على أعداد "
          "كبيرة من الإرهابيين المرتزقة، وفككت عشرات العبوات الناسفة التي زرعوها في شوارع المدينة ومداخلها، وفق ما أفاد به "
          "مصدر عسكري لمراسل سانا اليوم.",
          [E("territory_change", None, PL("يبرود", "Yabroud", "Rif Dimashq"), "2014-03-16", "مصدر عسكري", GOV,
             note="'restoring security' is taking the town; dismantled IEDs are no explosion")])

passage11("k39", "2022-11-20", "Rudaw", "the SDF media centre: Turkish jets on a village, a threat",
          "قال المركز الإعلامي لقوات سوريا الديمقراطية إن طائرات حربية تركية قصفت فجر اليوم الأحد قرية تقل بقل قرب مدينة "
          "ديريك (المالكية) ومحطة كهرباء في محيطها، ما أدى إلى مقتل 11 مدنياً بينهم صحفي، مؤكداً أن قواته سترد على "
          "الهجمات «في الوقت المناسب».",
          [E("airstrike", Q("11", 11), PL("تقل بقل", "Taql Baql", "Al-Hasakah"), "2022-11-20",
             "المركز الإعلامي لقوات سوريا الديمقراطية", TUR, note="the reply is a future")])

passage11("k40", "2014-04-01", "AFP", "UNHCR's count of refugees with a comma decimal",
          "أعلنت المفوضية العليا للاجئين التابعة للأمم المتحدة الثلاثاء أن من سجلتهم لديها من السوريين الفارين إلى البلدان "
          "المحيطة بسوريا بلغوا 2,6 مليون، بينهم أكثر من مليون في لبنان وحده، داعية الدول المانحة إلى الوفاء بتعهداتها "
          "قبل حلول فصل الصيف.",
          [E("other", Q("2,6 مليون", 2600000), None, None, "المفوضية العليا للاجئين", kind="aggregate",
             note="AFP's comma is a decimal; Lebanon's share is a breakdown; the appeal is a call")])

passage11("k41", "2018-02-22", "Al-Watan", "pro-government paper: shells from the Ghouta, a running count",
          "استشهد أربعة مدنيين وأصيب 17 آخرون، أمس، جراء قذائف صاروخية أطلقتها المجموعات الإرهابية من مواقعها في الغوطة "
          "الشرقية باتجاه حيي باب توما والقصاع في دمشق، بحسب ما أفاد مصدر في قيادة شرطة دمشق لـ«الوطن»، الذي أشار إلى أن عدد القذائف "
          "التي سقطت على العاصمة منذ صباح الثلاثاء تجاوز 70 قذيفة.",
          [E("shelling", Q("أربعة", 4), PL("باب توما", "Bab Touma", "Damascus"), "2018-02-21",
             "مصدر في قيادة شرطة دمشق", FSA, note="the Ghouta is where fire came from; the Ghouta factions"),
           E("shelling", Q("70", 70, None, True), PL("دمشق", "Damascus", "Damascus"), None, "مصدر في قيادة شرطة دمشق",
             FSA, kind="aggregate", note="shells since Tuesday: a running count on the capital")])

passage11("k42", "2018-06-25", "Daraa 24", "displacement from a town under Russian raids; «الناشطون» anaphor",
          "نزح أكثر من 12 ألف مدني خلال يومين من بلدة بصر الحرير في ريف درعا الشرقي باتجاه الحدود الأردنية، هرباً من "
          "القصف الجوي الروسي المتواصل على البلدة، بحسب ما أفاد به ناشطون محليون لشبكة «درعا 24». وأضاف الناشطون أن "
          "الطائرات الروسية شنت اليوم 25 غارة على البلدة وأطرافها.",
          [E("other", Q("أكثر من 12 ألف", 12000, None, True), PL("بصر الحرير", "Busra al-Harir", "Daraa"), None,
             "ناشطون محليون", note="displacement over two days, at the town left; the border is a direction"),
           E("airstrike", Q("25", 25), PL("بصر الحرير", "Busra al-Harir", "Daraa"), "2018-06-25", "ناشطون محليون", RUS,
             note="the continuing bombing of the first sentence is a cause; today's raids are the act")])

passage11("k43", "2022-02-03", "Baladi News", "US special forces raid: the civil defence's toll, a later statement",
          "نفذت قوات أمريكية خاصة، فجر اليوم، عملية إنزال جوي في بلدة أطمة قرب الحدود التركية شمال إدلب، استهدفت منزلاً "
          "يقيم فيه قيادي في تنظيم «داعش»، وأسفرت عن مقتل 13 شخصاً بينهم ستة أطفال وأربع نساء، وفق ما أفاد به الدفاع "
          "المدني السوري. وقال الرئيس الأمريكي في بيان لاحق إن العملية أزالت زعيم التنظيم من ساحة المعركة.",
          [E("armed_clash", Q("13", 13), PL("أطمة", "Atimah", "Idlib"), "2022-02-03", "الدفاع المدني السوري", USF,
             note="a raid that killed; the president's statement retells the same act")])

passage11("k44", "2012-10-15", "Euronews Arabic", "EU council: names added to sanctions, a running total",
          "قرر مجلس الاتحاد الأوروبي، اليوم الاثنين، إضافة 28 شخصية وكيانين إلى قائمة العقوبات الأوروبية المفروضة على النظام "
          "السوري، بينهم ضباط في الفرقة الرابعة ومسؤولون في أجهزة المخابرات، ليرتفع عدد المشمولين بحظر السفر وتجميد "
          "الأصول إلى 181 شخصاً.",
          [E("sanction", Q("28", 28), None, "2012-10-15", "مجلس الاتحاد الأوروبي", EU,
             note="the Fourth Division is a unit number; the decider says so (news_dev n063; mended after the run)"),
           E("sanction", Q("181", 181), None, None, "مجلس الاتحاد الأوروبي", EU, kind="aggregate",
             note="the running total of those listed")])


# -- set 12 (stop 23, helper probe12): written before any run on it ---------------------------------
P12 = []


def passage12(pid, published, outlet, style, text, events):
    P12.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage12("k01", "2011-06-10", "AFP", "a Friday protest fired on; state TV's version of the same day",
          "خرج آلاف المحتجين بعد صلاة الجمعة اليوم في مدينة معرة النعمان بريف إدلب مطالبين بإسقاط النظام، وقال ناشط "
          "حقوقي لوكالة فرانس برس إن قوات الأمن أطلقت الرصاص الحي لتفريقهم، ما أسفر عن مقتل ستة متظاهرين، في حين قال "
          "التلفزيون السوري إن «مسلحين» هاجموا مخفراً للشرطة في المدينة.",
          [E("protest", Q("آلاف", 2000, 9000, True), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2011-06-10",
             "ناشط حقوقي", PROT,
             note="fire on a protest: the protest's fatalities (as sets 7-8); state TV's 'gunmen attacked a police "
                  "post' is the other side's telling of the same day, not a second incident")])

passage12("k02", "2011-08-14", "SANA", "SANA: 'armed terrorist groups' pursued; a denial of naval shelling",
          "اللاذقية-سانا: قال مصدر مسؤول في المحافظة إن الجهات المختصة لاحقت اليوم مجموعات إرهابية مسلحة كانت تروّع "
          "الأهالي في حي الرمل الجنوبي واشتبكت معها، ما أدى إلى استشهاد اثنين من عناصر حفظ النظام ومقتل عدد من "
          "المسلحين. ونفى المصدر ما بثته قنوات فضائية مغرضة عن قصف الحي بالزوارق الحربية من البحر.",
          [E("armed_clash", Q("اثنين", 2), PL("الرمل الجنوبي", "Al-Raml al-Janoubi", "Latakia"), "2011-08-14",
             "مصدر مسؤول في المحافظة", GOV,
             note="the 'competent authorities' pursued and clashed: the state's forces act; the naval shelling is "
                  "denied (no event)")])

passage12("k03", "2012-02-09", "Al Jazeera", "LCC daily toll with a breakdown by city; a siege as a state",
          "قالت لجان التنسيق المحلية في سوريا إن 107 أشخاص قتلوا اليوم الخميس برصاص قوات الأمن والجيش وقصفها في عدة "
          "مدن، بينهم 64 في مدينة حمص و11 في إدلب وسبعة في ريف دمشق، فيما تحاصر القوات النظامية حي بابا عمرو منذ "
          "أسبوع وتمنع دخول المواد الطبية إليه.",
          [E("casualties", Q("107", 107), None, None, "لجان التنسيق المحلية", GOV, kind="aggregate",
             note="a national daily toll; the cities are a breakdown; the siege is a state")])

passage12("k04", "2012-07-19", "Al Arabiya", "a defection announced on video, ranks, a call",
          "ظهر النقيب مازن الشيخ في تسجيل مصور بثته قناة العربية اليوم الخميس، معلناً انشقاق 13 عسكرياً، بينهم ثلاثة "
          "ضباط، عن كتيبة الدفاع الجوي المتمركزة قرب بلدة الحراك في ريف درعا الشرقي، وانضمامهم إلى كتائب الجيش الحر، "
          "ودعا زملاءه في الكتيبة إلى ترك مواقعهم «قبل فوات الأوان».",
          [E("defection", Q("13", 13), PL("الحراك", "Al-Harak", "Daraa"), "2012-07-19", "النقيب مازن الشيخ", GOV,
             note="the officers are a breakdown; the appeal to his comrades is a call")])

passage12("k05", "2012-10-09", "SOHR", "SOHR: a jet strike on a town, clashes near a base",
          "المرصد السوري لحقوق الإنسان: استشهد 21 مواطناً، بينهم سبعة أطفال وأربع سيدات، جراء قصف الطيران الحربي "
          "لمنطقة سكنية قرب مسجد في بلدة كفرنبل بريف إدلب ظهر اليوم، فيما دارت اشتباكات عنيفة بين مقاتلين من الكتائب "
          "الثائرة والقوات النظامية في محيط معسكر وادي الضيف شرق مدينة معرة النعمان.",
          [E("airstrike", Q("21", 21), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2012-10-09",
             "المرصد السوري لحقوق الإنسان", GOV, note="jets in 2012 are the regime's; children and women a breakdown"),
           E("armed_clash", None, PL("معسكر وادي الضيف", "Wadi al-Deif camp", "Idlib"), None,
             "المرصد السوري لحقوق الإنسان",
             note="two sides, no actor1; «فيما» ties it to the day but gold leaves the date open; Maarat al-Numan is "
                  "a landmark")])

passage12("k06", "2013-06-11", "Enab Baladi", "arrests at a checkpoint, a habit",
          "اعتقل عناصر حاجز المخابرات الجوية على مدخل بلدة قدسيا في ريف دمشق، أمس الاثنين، 17 شاباً من ركاب حافلات نقل "
          "عامة قادمة من دمشق، واقتادوهم إلى جهة مجهولة، بحسب ما أفاد به ناشطون من البلدة لعنب بلدي، مشيرين إلى أن "
          "الحاجز يشن حملات مشابهة كل أسبوع تقريباً.",
          [E("arrest", Q("17", 17), PL("قدسيا", "Qudsaya", "Rif Dimashq"), "2013-06-10", "ناشطون من البلدة", GOV,
             note="Damascus is where the buses came from; the weekly campaigns are a habit")])

passage12("k07", "2014-01-21", "Zaman al-Wasl", "barrel bombs on an Aleppo district; the campaign's running toll",
          "ألقت مروحيات النظام، اليوم الثلاثاء، ستة براميل متفجرة على حي مساكن هنانو في مدينة حلب، ما أسفر عن مقتل "
          "14 مدنياً بينهم ثلاثة أطفال، في حين وصل عدد ضحايا حملة البراميل على أحياء المدينة الشرقية منذ منتصف كانون "
          "الأول الماضي إلى أكثر من 700 قتيل، بحسب ما أفاد به مركز توثيق الانتهاكات لـ«زمان الوصل».",
          [E("airstrike", Q("14", 14), PL("مساكن هنانو", "Masakin Hanano", "Aleppo"), "2014-01-21",
             "مركز توثيق الانتهاكات", GOV, note="six barrels, one act; the deaths are the act's"),
           E("airstrike", Q("أكثر من 700", 700, None, True), PL("حلب", "Aleppo", "Aleppo"), None,
             "مركز توثيق الانتهاكات", GOV, kind="aggregate",
             note="MENDED stop 32 (conventions): a running toll naming one cause takes the cause's type, an aggregate (was casualties): the barrel campaign's toll; the barrel campaign's toll since mid-December in the city's eastern districts")])

passage12("k08", "2014-08-24", "Al Jazeera", "IS takes an airbase after days of battle",
          "سيطر مقاتلو تنظيم الدولة الإسلامية اليوم الأحد على مطار الطبقة العسكري في ريف الرقة، آخر معاقل القوات "
          "النظامية في المحافظة، بعد معارك استمرت أياماً قتل فيها أكثر من 500 عنصر من الطرفين، وفق ما أفاد به المرصد "
          "السوري لحقوق الإنسان للجزيرة نت.",
          [E("territory_change", Q("أكثر من 500", 500, None, True),
             PL("مطار الطبقة العسكري", "Tabqa airbase", "Raqqa"), "2014-08-24", "المرصد السوري لحقوق الإنسان", IS,
             note="the battle's deaths are the taking's (as z10); 'last stronghold' is a state")])

passage12("k09", "2015-10-01", "Anadolu Agency", "Russian raids on the second day of the intervention",
          "أفاد مراسل الأناضول بأن طائرات حربية روسية شنت، صباح اليوم الخميس، ثماني غارات على بلدتي الزعفرانة والرستن "
          "في ريف حمص الشمالي، ما أسفر عن مقتل 11 مدنياً، وذلك في اليوم الثاني للتدخل العسكري الروسي الذي أعلنت موسكو "
          "أنه يستهدف مواقع تنظيم «داعش».",
          [E("airstrike", Q("11", 11), PL("الزعفرانة", "Al-Zaafaraneh", "Homs"), "2015-10-01", "مراسل الأناضول", RUS,
             note="two towns: one group; the day of the intervention is an ordinal; Moscow's aim is a claim")])

passage12("k10", "2016-04-28", "Halab Today", "raids on a field hospital; the perpetrator hedged",
          "قتل 27 شخصاً، بينهم ثلاثة أطباء، ليل الأربعاء، جراء غارات جوية استهدفت مشفى القدس الميداني والأبنية المحيطة "
          "به في حي السكري بمدينة حلب، وفق ما أفاد به الدفاع المدني لحلب اليوم، فيما اتهمت منظمة أطباء بلا حدود، التي "
          "تدعم المشفى، طائرات النظام أو حليفه الروسي بتنفيذ الضربة.",
          [E("airstrike", Q("27", 27), PL("السكري", "Al-Sukkari", "Aleppo"), "2016-04-27", "الدفاع المدني",
             note="the hospital is the target, the district its place; the regime or Russia: no single agent; the "
                  "accusation is not a second event")])

passage12("k11", "2016-06-05", "Hawar News Agency", "Hawar: villages 'liberated' from IS, the campaign's figure",
          "منبج-هاوار: حررت قوات سوريا الديمقراطية، اليوم الأحد، قريتي الخطاف وقناة شيرين جنوب شرق مدينة منبج من "
          "مرتزقة داعش، ضمن المرحلة الثانية من حملة تحرير ريف منبج، وأفاد المركز الإعلامي للحملة بأن 23 مرتزقاً قتلوا "
          "خلال الاشتباكات، فيما استولى المقاتلون على كميات من الأسلحة والذخائر.",
          [E("territory_change", Q("23", 23), PL("الخطاف", "Al-Khattaf", "Aleppo"), "2016-06-05",
             "المركز الإعلامي للحملة", SDF,
             note="two villages: one group; the clashes' dead are the taking's; the phase is an ordinal")])

passage12("k12", "2017-06-01", "SNHR", "SNHR monthly report, perpetrators as a breakdown",
          "أصدرت الشبكة السورية لحقوق الإنسان، اليوم الخميس، تقريرها الشهري الذي وثقت فيه مقتل 1124 مدنياً في سوريا "
          "خلال أيار الماضي، بينهم 261 طفلاً، مشيرة إلى أن قوات النظام قتلت 402 منهم، فيما قتلت قوات التحالف الدولي "
          "273 مدنياً معظمهم في محافظتي الرقة ودير الزور، والقوات الروسية 101.",
          [E("casualties", Q("1124", 1124), None, None, "الشبكة السورية لحقوق الإنسان", kind="aggregate",
             note="a month's national toll; children and each perpetrator's share are a breakdown")])

passage12("k13", "2018-01-30", "Step News", "Turkish shelling on a home; Ankara's 'neutralised' figure",
          "أفاد مراسل ستيب في عفرين بأن خمسة مدنيين من عائلة واحدة قتلوا، مساء أمس الاثنين، جراء قصف مدفعي تركي "
          "استهدف منزلاً في ناحية جنديرس جنوب غربي المدينة، في حين أعلن الجيش التركي اليوم «تحييد» 22 مسلحاً من "
          "الوحدات الكردية في غارات جوية على مواقعهم بمنطقة عفرين، في اليوم الحادي عشر من عملية «غصن الزيتون».",
          [E("shelling", Q("خمسة", 5), PL("جنديرس", "Jinderes", "Aleppo"), "2018-01-29", "مراسل ستيب في عفرين", TUR),
           E("airstrike", Q("22", 22), PL("عفرين", "Afrin", "Aleppo", nth=1), None, "الجيش التركي", TUR,
             note="'neutralised' as the strikes' figure (as x12, z19); announced today, the strikes not dated; the "
                  "eleventh day is an ordinal")])

passage12("k14", "2018-03-24", "SANA", "SANA: an evacuation of fighters and families from Ghouta towns",
          "ريف دمشق-سانا: خرجت اليوم الدفعة الأولى من المسلحين وعائلاتهم من بلدات عربين وزملكا وعين ترما وحي جوبر "
          "عبر ممر حرستا، تمهيداً لنقلهم إلى إدلب، وبلغ عدد الخارجين 6749 شخصاً بينهم 1740 مسلحاً، فيما لا تزال مدينة "
          "دوما خارج الاتفاق.",
          [E("other", Q("6749", 6749), PL("عربين", "Arbin", "Rif Dimashq"), "2018-03-24", None,
             note="an evacuation from a list of towns: one group; Idlib is the destination, Harasta the route; the "
                  "fighters are a breakdown; Douma outside the deal is a state")])

passage12("k15", "2019-04-16", "Deir ez-Zor 24", "an SDF raid with coalition helicopters; a death recalled",
          "نفذت قوات سوريا الديمقراطية، بمساندة مروحيات التحالف الدولي، فجر اليوم الثلاثاء، عملية إنزال ومداهمة في "
          "بلدة الشحيل بريف دير الزور الشرقي، اعتقلت خلالها تسعة أشخاص بتهمة الانتماء إلى خلايا تنظيم «داعش»، بحسب ما "
          "أفاد به مراسل دير الزور 24، الذي أشار إلى أن بين المعتقلين شقيقين لقيادي في التنظيم قتل العام الماضي.",
          [E("arrest", Q("تسعة", 9), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2019-04-16", "مراسل دير الزور 24",
             SDF, note="the coalition supports; the leader killed last year is background without an act")])

passage12("k16", "2019-09-22", "Daraa 24", "a roadside IED on a military car between two towns",
          "قتل اثنان من عناصر «الفرقة الرابعة» وأصيب ثالث، مساء أمس السبت، بانفجار عبوة ناسفة زرعها مجهولون على الطريق "
          "الواصل بين مدينة داعل وبلدة إبطع في ريف درعا الأوسط، أثناء مرور سيارة عسكرية تقلهم، بحسب ما أفاد به مراسل "
          "درعا 24، وسط فلتان أمني تشهده المحافظة منذ اتفاق التسوية عام 2018.",
          [E("explosion", Q("اثنان", 2), PL("داعل", "Dael", "Daraa"), "2019-09-21", "مراسل درعا 24", UNK,
             note="a road between two towns: the first; the Fourth Division is a unit; the insecurity is a state")])

passage12("k17", "2020-02-12", "Syria TV", "Russian raids on a town; OCHA's displacement total",
          "قتل تسعة مدنيين، بينهم أربعة أطفال، اليوم الأربعاء، في غارات شنتها طائرات حربية روسية على مدينة سرمين بريف "
          "إدلب الشرقي، بحسب ما أفاد به الدفاع المدني السوري لتلفزيون سوريا. وقال مكتب تنسيق الشؤون الإنسانية "
          "التابع للأمم المتحدة (أوتشا) إن نحو 700 ألف شخص نزحوا من ريفي إدلب وحلب منذ مطلع كانون الأول الماضي.",
          [E("airstrike", Q("تسعة", 9), PL("سرمين", "Sarmin", "Idlib"), "2020-02-12", "الدفاع المدني السوري", RUS),
           E("other", Q("نحو 700 ألف", 700000, approx=True), PL("ريفي إدلب", "Idlib countryside", "Idlib"), None,
             "مكتب تنسيق الشؤون الإنسانية", kind="aggregate",
             note="displacement since early December from two governorates' countryside: a running total")])

passage12("k18", "2020-06-17", "Asharq Al-Awsat", "the first Caesar Act sanctions; a threat of more",
          "أعلنت وزارة الخارجية الأمريكية، اليوم الأربعاء، فرض عقوبات على 37 شخصاً وكياناً مرتبطين بالنظام السوري، "
          "بينهم الرئيس بشار الأسد وزوجته، في أول حزمة بموجب «قانون قيصر» الذي دخل حيز التنفيذ اليوم، وقال الوزير في "
          "بيان إن العقوبات ستتواصل «حتى يوقف النظام حربه على السوريين».",
          [E("sanction", Q("37", 37), None, "2020-06-17", "وزارة الخارجية الأمريكية",
             note="the act entering into force is a state; more sanctions are a future")])

passage12("k19", "2020-09-14", "North Press", "a Turkish drone on a car near Kobani; a name with a place",
          "قتل ثلاثة أشخاص، بينهم قيادي في مجلس عين العرب العسكري، مساء أمس الأحد، إثر استهداف طائرة مسيرة تركية "
          "سيارة كانت تقلهم في قرية جلبية جنوب مدينة كوباني، وفق ما أفاد به مصدر عسكري لنورث برس، مضيفاً أن المسيرة "
          "حلقت فوق المنطقة لأكثر من ساعتين قبل الاستهداف.",
          [E("airstrike", Q("ثلاثة", 3), PL("جلبية", "Jalabiyah", "Aleppo"), "2020-09-13", "مصدر عسكري", TUR,
             note="Ain al-Arab is in a council's name; Kobani is a bearing's landmark")])

passage12("k20", "2021-06-29", "Enab Baladi", "an assassination in Daraa city; tension as a state",
          "اغتال مسلحون مجهولون، مساء أمس الاثنين، القيادي السابق في فصائل المعارضة أحمد الزعبي، بإطلاق النار عليه قرب "
          "منزله في حي طريق السد بمدينة درعا، وسط توتر تشهده المدينة منذ مطالبة الأجهزة الأمنية بتسليم السلاح الفردي في "
          "درعا البلد، بحسب ما أفاد به مراسل عنب بلدي في درعا.",
          [E("armed_clash", None, PL("طريق السد", "Tariq al-Sad", "Daraa"), "2021-06-28", "مراسل عنب بلدي في درعا",
             UNK, note="an assassination by gunfire (as sets 6, 8, 10); the demand and the tension are background")])

passage12("k21", "2021-12-28", "Asharq Al-Awsat", "Al-Watan relays a military source: an Israeli strike on a port",
          "نقلت صحيفة الوطن عن مصدر عسكري أن العدو الإسرائيلي نفذ فجر اليوم الثلاثاء عدواناً جوياً بعدة صواريخ من "
          "اتجاه البحر المتوسط غرب اللاذقية، استهدف ساحة الحاويات في ميناء اللاذقية التجاري، ما أدى إلى اشتعال حرائق "
          "ووقوع أضرار مادية كبيرة، وهو الاستهداف الثاني للميناء خلال هذا الشهر.",
          [E("airstrike", None, PL("ميناء اللاذقية", "Latakia port", "Latakia"), "2021-12-28", "مصدر عسكري", ISR,
             note="the sea is where the missiles came from; the second this month is an ordinal")])

passage12("k22", "2022-05-09", "SOHR", "SOHR: an IS attack on a bus in the Badia; the year's running toll",
          "المرصد السوري: قتل 11 عنصراً من قوات النظام والمسلحين الموالين لها، بينهم ضابط برتبة ملازم، جراء هجوم "
          "بالأسلحة الرشاشة شنته خلايا تنظيم «الدولة الإسلامية» على حافلة عسكرية قرب منطقة الشولا على طريق دير "
          "الزور–تدمر في البادية السورية، صباح اليوم الاثنين. وبذلك يرتفع عدد قتلى قوات النظام في البادية منذ مطلع "
          "العام إلى 93.",
          [E("armed_clash", Q("11", 11), PL("الشولا", "Al-Shula", "Deir ez-Zor"), "2022-05-09", "المرصد السوري", IS,
             note="an ambush by gunfire; the road and the Badia are wider"),
           E("casualties", Q("93", 93), PL("البادية السورية", "Syrian Badia"), None, "المرصد السوري",
             kind="aggregate", note="the year's running toll in the Badia")])

passage12("k23", "2022-12-20", "Anadolu Agency", "Ankara 'neutralises' infiltrators near Tell Abyad",
          "أعلنت وزارة الدفاع التركية، اليوم الثلاثاء، «تحييد» 9 إرهابيين من تنظيم «بي كي كي/ي ب ك» حاولوا التسلل إلى "
          "منطقة عملية «نبع السلام» شمالي سوريا، موضحة في بيان أن الوحدات التركية رصدت المجموعة في محيط مدينة تل أبيض "
          "واشتبكت معها.",
          [E("armed_clash", Q("9", 9), PL("تل أبيض", "Tell Abyad", "Raqqa"), None, "وزارة الدفاع التركية", TUR,
             note="the infiltration attempt and the clash are one incident; the operation's zone is a name; the "
                  "day of the clash is not said")])

passage12("k24", "2023-08-30", "Asharq Al-Awsat", "SDF against tribal fighters: a town taken, the clashes' toll",
          "تواصلت لليوم الرابع على التوالي الاشتباكات بين «قوات سوريا الديمقراطية» ومقاتلين من العشائر العربية في ريف "
          "دير الزور الشرقي، وسيطر مقاتلو العشائر، أمس الثلاثاء، على بلدة ذيبان بعد انسحاب «قسد» منها، فيما أحصى المرصد "
          "السوري لحقوق الإنسان مقتل 54 شخصاً من الطرفين ومدنيين منذ اندلاع المواجهات.",
          [E("territory_change", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-08-29", None, TRIBE,
             note="the SDF's withdrawal is how the town changed hands"),
           E("armed_clash", Q("54", 54), PL("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"),
             None, "المرصد السوري لحقوق الإنسان",
             note="four days of clashes told with their toll (as z22); two sides; the fourth day is an ordinal")])

passage12("k25", "2023-09-08", "Al Jazeera", "a Friday protest in a Sweida town",
          "تظاهر مئات من أبناء مدينة شهبا بريف السويداء الشمالي، اليوم الجمعة، للأسبوع الثالث على التوالي، مطالبين "
          "برحيل النظام وتطبيق القرار الأممي 2254 والإفراج عن المعتقلين، وسط غياب لأي انتشار أمني في المدينة، بحسب ما "
          "أفاد به مراسل الجزيرة.",
          [E("protest", Q("مئات", 200, 900, True), PL("شهبا", "Shahba", "As-Suwayda"), "2023-09-08", "مراسل الجزيرة",
             PROT, note="the week is an ordinal, 2254 a resolution")])

passage12("k26", "2024-11-30", "Syria TV", "the 2024 offensive: an airport and a town taken; shelling",
          "أعلنت «إدارة العمليات العسكرية» أن مقاتليها سيطروا، اليوم السبت، على مطار حلب الدولي ومدينة السفيرة شرقي "
          "حلب، بعد انسحاب قوات النظام منهما، فيما قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على مدينة الأتارب بريف حلب "
          "الغربي، بحسب الدفاع المدني السوري.",
          [E("territory_change", None, PL("مطار حلب الدولي", "Aleppo International Airport", "Aleppo"), "2024-11-30",
             "«إدارة العمليات العسكرية»", FSA, note="an airport and a town: one group (the operations room as sets 4-6)"),
           E("shelling", Q("ثلاثة", 3), PL("الأتارب", "Al-Atarib", "Aleppo"), None, "الدفاع المدني السوري", GOV,
             note="«فيما» joins it to the day, but the text does not date it")])

passage12("k27", "2024-12-14", "Enab Baladi", "the new authorities' raid in a Homs district",
          "ألقت إدارة الأمن العام القبض على 12 شخصاً، أمس الجمعة، في حملة دهم بحي الزهراء في مدينة حمص، بينهم عناصر "
          "سابقون في ميليشيا «الدفاع الوطني» متهمون بارتكاب انتهاكات بحق المدنيين، وصادرت كميات من الأسلحة والذخائر، "
          "بحسب ما قاله مسؤول في الإدارة لعنب بلدي، مؤكداً أن الحملة ستستمر حتى «ضبط السلاح المنفلت».",
          [E("arrest", Q("12", 12), PL("الزهراء", "Al-Zahraa", "Homs"), "2024-12-13", "مسؤول في الإدارة", NEWGOV,
             note="the campaign going on is a future")])

passage12("k28", "2025-03-09", "SOHR", "SOHR: the coast's civilian toll since Thursday",
          "ارتفعت إلى 784 حصيلة القتلى المدنيين الذين وثق المرصد السوري لحقوق الإنسان مقتلهم في مدن وبلدات الساحل "
          "السوري منذ يوم الخميس، بينهم نساء وأطفال، قضى معظمهم في عمليات «إعدام ميداني» على يد عناصر من وزارتي الدفاع "
          "والداخلية ومجموعات رديفة لها، بحسب المرصد.",
          [E("casualties", Q("784", 784), PL("الساحل السوري", "Syrian coast"), None, "المرصد السوري لحقوق الإنسان",
             NEWGOV, kind="aggregate", note="a running toll since Thursday; the killers named are mostly the state's")])

passage12("k29", "2015-10-15", "Orient News", "a faction's statement; the previous day's raid on a market",
          "أعلن «جيش الإسلام» في بيان، اليوم الخميس، رفضه أي مشاركة في مفاوضات مع النظام «ما دامت الطائرات الروسية "
          "تقصف المدنيين»، وذلك بعد يوم من مقتل 16 شخصاً في غارات استهدفت سوقاً شعبية في مدينة دوما، بحسب ما أفاد به "
          "مركز الغوطة الإعلامي لأورينت نت.",
          [E("statement", None, None, "2015-10-15", "جيش الإسلام",
             note="a refusal announced in a statement; its place is not said"),
           E("airstrike", Q("16", 16), PL("دوما", "Douma", "Rif Dimashq"), "2015-10-14", "مركز الغوطة الإعلامي",
             note="a day before the statement; no one is named as the striker in the narrative (Russia only in "
                  "the quote)")])

passage12("k30", "2025-07-15", "Al Jazeera", "Sweida: government forces enter, a ceasefire, Israeli strikes on tanks",
          "دخلت قوات وزارة الدفاع والأمن الداخلي السورية، صباح اليوم الثلاثاء، مدينة السويداء بعد اشتباكات مع فصائل "
          "محلية درزية في محيطها، وأعلن وزير الدفاع وقفاً لإطلاق النار داخل المدينة، في حين قال الجيش الإسرائيلي إن "
          "طائراته استهدفت دبابات تابعة للقوات الحكومية قرب بلدة سميع في ريف السويداء الغربي.",
          [E("territory_change", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-15", None, NEWGOV,
             note="entering the city after clashes around it: one taking (the battle is the taking's)"),
           E("agreement", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-15", "وزير الدفاع", NEWGOV,
             note="a ceasefire declared inside the city (as z16's declared truce); «المدينة» is Sweida"),
           E("airstrike", None, PL("سميع", "Sumay", "As-Suwayda"), None, "الجيش الإسرائيلي", ISR,
             note="the army does not date it")])

passage12("k31", "2025-07-16", "Reuters", "Israeli strikes on the general staff in Damascus; a threat",
          "استهدفت غارات إسرائيلية، ظهر اليوم الأربعاء، مبنى هيئة الأركان العامة ومحيط وزارة الدفاع في ساحة الأمويين "
          "بدمشق، ما أدى إلى مقتل خمسة أشخاص وإصابة 29 آخرين، بحسب ما نقلته الوكالة العربية السورية للأنباء عن وزارة "
          "الصحة، فيما هدد وزير الدفاع الإسرائيلي بمواصلة الغارات ما لم تنسحب القوات الحكومية من السويداء.",
          [E("airstrike", Q("خمسة", 5), PL("مبنى هيئة الأركان العامة", "General Staff Headquarters (Damascus)", "Damascus"),
             "2025-07-16", "وزارة الصحة", ISR,
             note="MENDED stop 29 (places): the target, the general staff building, is a military site, a facility (as sets 15 "
                  "g28, 18 b35), and the square only locates it (was: the square); more strikes are a threat (future)"),
         E("statement", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), '2025-07-16', 'وزير الدفاع الإسرائيلي', ISR, note="MENDED stop 32 (conventions): a minister's threat is a statement (stop 32), at the one place it names (the withdrawal from Sweida it demands)")])

passage12("k32", "2025-08-26", "SANA", "an Israeli incursion and arrests in a Quneitra village",
          "توغلت قوة إسرائيلية مؤلفة من ست آليات عسكرية، فجر اليوم الثلاثاء، في قرية طرنجة بريف القنيطرة الشمالي، "
          "وداهمت عدداً من المنازل واعتقلت ثلاثة شبان من أبناء القرية، قبل أن تنسحب باتجاه تل أحمر، بحسب ما ذكره "
          "مراسل سانا في القنيطرة، الذي أشار إلى أن القوة أطلقت النار في الهواء لترهيب الأهالي.",
          [E("arrest", Q("ثلاثة", 3), PL("طرنجة", "Tranjah", "Quneitra"), "2025-08-26", "مراسل سانا في القنيطرة", ISR,
             note="the incursion is the raid's way in; six vehicles are its size; Tell Ahmar is where it withdrew")])

passage12("k33", "2025-10-07", "North Press", "Aleppo: clashes at a checkpoint of Sheikh Maqsoud; a ceasefire",
          "قتل اثنان من عناصر قوى الأمن الداخلي (الأسايش) وأصيب ثلاثة مدنيين، مساء أمس الاثنين، في اشتباكات اندلعت "
          "بين الأسايش وقوات تابعة لوزارة الدفاع السورية عند أحد الحواجز على أطراف حي الشيخ مقصود في مدينة حلب، قبل أن "
          "يعلن وزير الدفاع بعد ساعات وقفاً شاملاً لإطلاق النار في شمال وشمال شرقي سوريا، بحسب مراسل نورث برس.",
          [E("armed_clash", Q("اثنان", 2), PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), "2025-10-06",
             "مراسل نورث برس", note="two sides, no actor1; the injured are not the figure"),
           E("agreement", None, None, None, "وزير الدفاع", NEWGOV,
             note="a ceasefire declared for the north and north-east (no place of the gazetteer); 'hours later' "
                  "may be past midnight: gold leaves the date open")])

passage12("k34", "2025-11-03", "Syria TV", "remains recovered from a mass grave south of Damascus",
          "انتشلت فرق الدفاع المدني السوري، أمس الأحد، رفات 19 شخصاً من مقبرة جماعية عثر عليها الأهالي في أرض زراعية "
          "قرب بلدة السبينة جنوب دمشق، بحسب ما أعلنته وزارة الطوارئ وإدارة الكوارث، التي رجحت أن تعود الرفات لمعتقلين "
          "قضوا في سجون النظام المخلوع خلال سنوات الحرب.",
          [E("other", Q("19", 19), PL("السبينة", "Al-Sbeineh", "Rif Dimashq"), "2025-11-02",
             "وزارة الطوارئ وإدارة الكوارث", note="bodies found; the deaths in prison are a hedged past")])

# -- set 14 (stop 24, helper probe14): written before any run on it, the events code, the notes and the other
# sets' passages and error lists unread; phrasing of real reporting read in the `pages` corpus, every sentence
# written anew, names, villages and figures invented or varied (scored with --set probe14) -------------------
P14 = []


def passage14(pid, published, outlet, style, text, events):
    P14.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage14("j01", "2011-07-01", "Al Jazeera", "a Friday protest in a city; arrests on the way home",
          "أفاد ناشطون لقناة الجزيرة بأن عشرات الآلاف خرجوا في مظاهرات حاشدة بعد صلاة الجمعة اليوم في مدينة دير الزور، "
          "مرددين هتافات تطالب بإسقاط النظام وبالإفراج عن المعتقلين، وأضافوا أن عناصر من الأمن العسكري اعتقلوا نحو 30 "
          "شاباً في حي الجورة أثناء عودتهم من المظاهرة، ونقلوهم إلى مقر الفرع في المدينة.",
          [E("protest", Q("عشرات الآلاف", 20000, 90000, True), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"),
             "2011-07-01", "ناشطون", PROT),
           E("arrest", Q("نحو 30", 30, approx=True), PL("الجورة", "Al-Joura", "Deir ez-Zor"), "2011-07-01", "ناشطون",
             GOV, note="the activists carry over «وأضافوا»; the branch's seat is where they were taken")])

passage14("j02", "2012-05-14", "SOHR", "SOHR: a defection at a checkpoint, then a chase and a clash",
          "المرصد السوري لحقوق الإنسان: انشق ما لا يقل عن 20 جندياً، بينهم ضابطان برتبة ملازم، عن حاجز للقوات النظامية "
          "عند مدخل مدينة خان شيخون بريف إدلب فجر اليوم الاثنين، ولاحقتهم دورية من الحاجز، فدارت اشتباكات بين الطرفين في "
          "الأراضي الزراعية شرق المدينة قتل فيها أربعة من المنشقين، فيما تمكن الباقون من الوصول إلى مناطق الكتائب المقاتلة.",
          [E("defection", Q("ما لا يقل عن 20", 20, None, True), PL("خان شيخون", "Khan Shaykhun", "Idlib"),
             "2012-05-14", "المرصد السوري لحقوق الإنسان", GOV, note="the two lieutenants are a breakdown"),
           E("armed_clash", Q("أربعة", 4), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2012-05-14",
             "المرصد السوري لحقوق الإنسان", GOV,
             note="the patrol chased them: a second incident (ACLED codes the clash), its dead are defectors; "
                  "the fields east of the town place it at the town")])

passage14("j03", "2012-08-10", "SANA", "SANA: 'terrorists' killed in an Aleppo district; vehicles destroyed",
          "حلب-سانا: واصلت وحدات من قواتنا المسلحة الباسلة ملاحقة فلول المجموعات الإرهابية المسلحة في حي صلاح الدين "
          "بمدينة حلب وكبدتها خسائر فادحة في الأفراد والعتاد، وأفاد مراسل سانا بأن الوحدات قضت على أكثر من 40 إرهابياً، "
          "بينهم قناصون يحملون جنسيات عربية، ودمرت خمس سيارات مزودة برشاشات ثقيلة كانت تستخدمها في الاعتداء على الأهالي.",
          [E("armed_clash", Q("أكثر من 40", 40, None, True), PL("صلاح الدين", "Salah al-Din", "Aleppo"), None,
             "مراسل سانا", GOV,
             note="the state's pursuit is a clash; five vehicles destroyed are damage, not the figure; nothing dates it")])

passage14("j04", "2012-12-17", "Reuters", "Reuters: barrel bombs on a town near the border, unverified",
          "بيروت (رويترز) - قال نشطاء معارضون إن طائرات هليكوبتر تابعة للجيش السوري ألقت براميل متفجرة على بلدة سلقين "
          "القريبة من الحدود التركية يوم الأحد، ما أدى إلى مقتل 12 شخصاً على الأقل بينهم خمسة أطفال ودمار عدد من المنازل. "
          "ولم يتسن لرويترز التحقق من هذه الرواية بشكل مستقل بسبب القيود التي تفرضها السلطات على دخول الصحفيين.",
          [E("airstrike", Q("12", 12, None, True), PL("سلقين", "Salqin", "Idlib"), "2012-12-16", "نشطاء معارضون", GOV,
             note="barrel bombs from helicopters; the border is a landmark; Beirut a dateline")])

passage14("j05", "2013-04-12", "Zaman al-Wasl", "defectors arrive in Jordan; where they left and the route",
          "أكد مصدر في الجيش الحر لـ«زمان الوصل» وصول 12 عسكرياً منشقاً، بينهم العميد الركن فايز الحسن من مرتبات اللواء "
          "52، إلى الأراضي الأردنية مساء أمس الخميس، بعد فرارهم من مواقعهم في ريف درعا الشرقي، مشيراً إلى أن المجموعة "
          "سلكت طرقاً زراعية وعرة قرب بلدة نصيب الحدودية هرباً من حواجز النظام.",
          [E("defection", Q("12", 12), PL("ريف درعا الشرقي", "Eastern Daraa countryside", "Daraa"), None,
             "مصدر في الجيش الحر", GOV,
             note="an implicit defection told by its arrival: Jordan is the destination, Nasib the route; the brigade "
                  "number is a name; Thursday dates the arrival, not the leaving (gold leaves the date open)")])

passage14("j06", "2013-05-20", "Orient", "shelling of a Ghouta town; where the fire came from; an appeal",
          "قضى سبعة مدنيين، بينهم امرأتان، وأصيب العشرات صباح اليوم جراء قصف مدفعي وصاروخي عنيف استهدف الأحياء السكنية "
          "في مدينة دوما بالغوطة الشرقية، مصدره مواقع قوات النظام في إدارة المركبات بحرستا، بحسب ما أفاد به المكتب الطبي "
          "الموحد في المدينة لـ«أورينت نت»، الذي ناشد المنظمات الدولية إرسال مواد طبية بشكل عاجل.",
          [E("shelling", Q("سبعة", 7), PL("دوما", "Douma", "Rif Dimashq"), "2013-05-20", "المكتب الطبي الموحد", GOV,
             note="Harasta is where the fire came from; the appeal is a call; the injured are not the figure"),
         E("statement", None, None, None, 'المكتب الطبي الموحد', None, note="MENDED stop 32 (conventions): a named body's appeal is a statement (stop 32, as set 65 id18)")])

passage14("j07", "2014-04-01", "SNHR", "SNHR monthly report: a month's toll with breakdowns by victim and perpetrator",
          "وثقت الشبكة السورية لحقوق الإنسان في تقريرها الشهري الصادر اليوم الثلاثاء مقتل 1432 مدنياً في سوريا خلال شهر "
          "آذار الماضي، بينهم 286 طفلاً و171 سيدة، وقالت إن قوات النظام مسؤولة عن مقتل 1198 منهم، فيما يتحمل تنظيم «داعش» "
          "المسؤولية عن مقتل 74 آخرين في محافظتي الرقة ودير الزور، وتوزعت البقية على جهات أخرى.",
          [E("casualties", Q("1432", 1432), None, None, "الشبكة السورية لحقوق الإنسان", kind="aggregate",
             note="a month's national toll (March 2014); children, women and the perpetrators' shares are breakdowns; "
                  "several perpetrators: no agent")])

passage14("j08", "2014-09-10", "Enab Baladi", "IS morality police arrests; a campaign named after the city; a habit",
          "اعتقل عناصر من «الحسبة» التابعة لتنظيم «الدولة الإسلامية» 15 شاباً من أمام أحد المساجد في مدينة الرقة، يوم "
          "الثلاثاء 9 أيلول، بتهمة التخلف عن صلاة الجماعة، بحسب ما نقله ناشطو حملة «الرقة تذبح بصمت» لعنب بلدي، وأشار "
          "الناشطون إلى أن التنظيم يُخضع المعتقلين عادة لدورات شرعية قبل الإفراج عنهم.",
          [E("arrest", Q("15", 15), PL("الرقة", "Raqqa", "Raqqa"), "2014-09-09", "ناشطو حملة «الرقة تذبح بصمت»", IS,
             note="the religious courses are a habit")])

passage14("j09", "2015-09-30", "Al Jazeera", "Russia's first strikes on a list of towns; Moscow's telling",
          "شنت طائرات روسية اليوم الأربعاء غارات على مدينتي تلبيسة والرستن وبلدة الزعفرانة في ريف حمص الشمالي، في أول "
          "ضربات تنفذها موسكو في سوريا، وقال ناشطون إن الغارات أوقعت 36 قتيلاً معظمهم من المدنيين، في حين قالت وزارة "
          "الدفاع الروسية إن مقاتلاتها نفذت 20 طلعة جوية استهدفت مواقع ومخازن لتنظيم الدولة الإسلامية.",
          [E("airstrike", Q("36", 36), PL("تلبيسة", "Talbiseh", "Homs"), "2015-09-30", "ناشطون", RUS,
             note="one act on a list of places (gold: the first place); the ministry's 20 sorties are its telling of "
                  "the same strikes; «أول ضربات» an ordinal")])

passage14("j10", "2016-08-24", "Anadolu", "a town taken with Turkish support; the launch point across the border",
          "أعلنت مصادر عسكرية تركية أن فصائل من الجيش السوري الحر، تدعمها دبابات ومقاتلات تركية، سيطرت بالكامل على مدينة "
          "جرابلس شمالي سوريا، اليوم الأربعاء، بعد طرد عناصر تنظيم «داعش» الإرهابي منها، وذلك بعد ساعات من انطلاق عملية "
          "«درع الفرات» من بلدة قرقميش الحدودية التابعة لولاية غازي عنتاب.",
          [E("territory_change", None, PL("جرابلس", "Jarabulus", "Aleppo"), "2016-08-24", "مصادر عسكرية تركية", FSA,
             note="Karkamış and Gaziantep are where the operation was launched; the launch is its start, not a second "
                  "incident")])

passage14("j11", "2017-02-18", "Step", "a car bomb in a town; a landmark; an accusation, no claim",
          "انفجرت سيارة مفخخة ظهر اليوم السبت قرب دوار السنتر في مدينة إعزاز بريف حلب الشمالي، ما أدى إلى مقتل ثمانية "
          "أشخاص، بينهم عنصران من الشرطة الحرة، وإصابة أكثر من 20 آخرين، في حصيلة أولية، بحسب ما أفاد به مراسل ستيب في "
          "المدينة، ولم تتبنَّ أي جهة التفجير حتى لحظة إعداد الخبر، في حين اتهم ناشطون خلايا التنظيم بالوقوف وراءه.",
          [E("explosion", Q("ثمانية", 8), PL("إعزاز", "Azaz", "Aleppo"), "2017-02-18", "مراسل ستيب",
             note="no one claimed it; the activists' accusation is hedged: no agent; the injured are not the figure")])

passage14("j12", "2019-11-25", "Hawar", "ANHA: Turkish shelling of a village by a bearing; injured only; a habit",
          "قصف جيش الاحتلال التركي ومرتزقته، صباح اليوم، قرية أم الكيف الواقعة شمال ناحية تل تمر بأكثر من 30 قذيفة "
          "مدفعية، ما أدى إلى إصابة مدنيين اثنين بجروح وإلحاق أضرار مادية بمنازل الأهالي وممتلكاتهم، بحسب ما أفاد به مراسل "
          "وكالتنا، الذي أشار إلى أن الاحتلال يستهدف القرى الآمنة في المنطقة بشكل يومي منذ أسابيع.",
          [E("shelling", Q("أكثر من 30", 30, None, True), PL("أم الكيف", "Umm al-Keif", "Al-Hasakah"), "2019-11-25",
             "مراسل وكالتنا", TUR,
             note="the shells are the count; the two injured are not the figure; Tell Tamr is a bearing; the daily "
                  "shelling is a habit")])

passage14("j13", "2021-06-17", "North Press", "an SDF raid with coalition helicopters; suspects arrested",
          "نفذت قوات سوريا الديمقراطية، فجر اليوم الخميس، بمساندة مروحيات التحالف الدولي، عملية إنزال ومداهمة في بلدة "
          "الصبحة بريف دير الزور الشرقي، أسفرت عن اعتقال ثلاثة أشخاص يشتبه بانتمائهم لخلايا تنظيم «داعش»، بينهم قيادي "
          "محلي، بحسب ما قال مصدر عسكري في «قسد» لنورث برس، دون أن يكشف عن أسمائهم.",
          [E("arrest", Q("ثلاثة", 3), PL("الصبحة", "Al-Sabha", "Deir ez-Zor"), "2021-06-17", "مصدر عسكري في «قسد»", SDF,
             note="the coalition supports; the local leader is a breakdown")])

passage14("j14", "2022-03-28", "Deir ez-Zor 24", "an assassination by unknown gunmen; 'the third this month'",
          "اغتال مسلحون مجهولون يستقلون دراجة نارية، مساء أمس الأحد، عضواً في المجلس المحلي لبلدة هجين بريف دير الزور "
          "الشرقي، بإطلاق النار عليه أمام منزله في الحي الشمالي من البلدة، في حادثة هي الثالثة من نوعها خلال الشهر الجاري، "
          "بحسب ما أفاد به مراسل دير الزور 24، ولاذ المهاجمون بالفرار إلى جهة مجهولة.",
          [E("armed_clash", None, PL("هجين", "Hajin", "Deir ez-Zor"), "2022-03-27", "مراسل دير الزور 24", UNK,
             note="an assassination by gunfire (as earlier sets); one man, no figure; 'the third' is an ordinal, not a "
                  "toll")])

passage14("j15", "2023-09-22", "Suwayda 24", "two protests the same day in two places; a running day count",
          "شارك المئات في المظاهرة المركزية وسط مدينة السويداء اليوم الجمعة، لليوم الخامس والثلاثين على التوالي، رافعين "
          "لافتات تطالب بالتغيير السياسي وتطبيق القرار 2254، كما نظم أهالي بلدة القريا وقفة احتجاجية أمام مبنى البلدية، "
          "بحسب مراسل السويداء 24، الذي أشار إلى أن المحتجين أغلقوا مقرات حزب البعث في عدة بلدات منذ بداية الحراك.",
          [E("protest", Q("المئات", 200, 900, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-09-22",
             "مراسل السويداء 24", PROT, note="the 35th day is an ordinal; the resolution number a name"),
           E("protest", None, PL("القريا", "Al-Qurayya", "As-Suwayda"), "2023-09-22", "مراسل السويداء 24", PROT,
             note="a second gathering in another town; the party offices closed 'since the start' are background "
                  "without a place or date")])

passage14("j16", "2024-02-20", "SANA", "SANA (2024): an Israeli strike near the capital; time of day; the direction",
          "دمشق-سانا: نحو الساعة 11:40 من مساء أمس، نفذ العدو الإسرائيلي عدواناً جوياً من اتجاه الجولان السوري المحتل، "
          "مستهدفاً بعض النقاط في محيط مدينة دمشق، وتصدت وسائط دفاعنا الجوي لصواريخ العدوان وأسقطت بعضها، واقتصرت الخسائر "
          "على الماديات، بحسب ما ذكره مصدر عسكري.",
          [E("airstrike", None, PL("دمشق", "Damascus", "Damascus", nth=1), "2024-02-19", "مصدر عسكري", ISR,
             note="the Golan is the direction; the hour is not a figure; the interception is the same act")])

passage14("j17", "2024-11-30", "Syria TV", "the opposition takes Aleppo; a Russian strike on a district the same day",
          "أعلنت «إدارة العمليات العسكرية» اليوم السبت سيطرة فصائل المعارضة على معظم أحياء مدينة حلب، بما فيها القلعة "
          "ومبنى المحافظة، بعد انسحاب قوات النظام منها دون مقاومة تذكر، في حين قتل أربعة مدنيين بغارة جوية روسية استهدفت "
          "حي الشعار في المدينة بعد الظهر، بحسب ما أفاد به الدفاع المدني السوري لتلفزيون سوريا.",
          [E("territory_change", None, PL("حلب", "Aleppo", "Aleppo"), "2024-11-30", "إدارة العمليات العسكرية", FSA,
             note="the 2024 operations room as the opposition factions (as sets 4-6); the citadel and the governorate "
                  "building are parts of the taking"),
           E("airstrike", Q("أربعة", 4), PL("الشعار", "Al-Sha'ar", "Aleppo"), "2024-11-30", "الدفاع المدني السوري",
             RUS)])

passage14("j18", "2024-12-07", "Reuters", "soldiers leave their posts; the ministry's 'redeployment'; a town entered",
          "قال ضابط سوري كبير لرويترز، طالباً عدم نشر اسمه، إن نحو ألفي جندي تركوا مواقعهم في مدينة حمص اليوم السبت "
          "وخلعوا بزاتهم العسكرية، بعد ساعات من دخول مقاتلي المعارضة إلى مدينة الرستن شمالاً، بينما قالت وزارة الدفاع "
          "السورية في بيان إن ما يجري «إعادة تموضع» للقوات بهدف حماية المدنيين.",
          [E("desertion", Q("نحو ألفي", 2000, approx=True), PL("حمص", "Homs", "Homs"), "2024-12-07", "ضابط سوري كبير",
             GOV, note="soldiers abandoning their posts en masse; the ministry's «إعادة تموضع» is its telling of the "
                       "same withdrawal, not a statement event"),
           E("territory_change", None, PL("الرستن", "Ar-Rastan", "Homs"), None, "ضابط سوري كبير", FSA,
             note="'hours before': the same day or the night before, gold leaves the date open")])

passage14("j19", "2025-03-07", "SANA", "SANA (2025): an ambush on a security patrol on the coast",
          "قتل 13 عنصراً من إدارة الأمن العام وأصيب آخرون، مساء أمس الخميس، في كمين نصبته مجموعة مسلحة من فلول النظام "
          "البائد لدورية أمنية على الطريق المؤدي إلى قرية الدالية في ريف جبلة، وفق ما أفاد به مصدر أمني لوكالة الأنباء "
          "السورية «سانا»، مؤكداً أن القوات تواصل ملاحقة المهاجمين في الأحراج المحيطة بالمنطقة.",
          [E("armed_clash", Q("13", 13), PL("الدالية", "Al-Dalieh", "Latakia"), "2025-03-06", "مصدر أمني", LOYAL,
             note="an ambush: the loyalists attacked; the pursuit is ongoing, no second incident")])

passage14("j20", "2025-07-15", "Asharq Al-Awsat", "Sweida: a clash told by the ministry; Israeli strikes the same day",
          "قالت وزارة الداخلية السورية إن 18 عنصراً من قوى الأمن قتلوا في اشتباكات مع «مجموعات خارجة عن القانون» في بلدة "
          "المزرعة غرب مدينة السويداء أمس الاثنين، فيما أعلن الجيش الإسرائيلي في بيان أنه شن في اليوم ذاته غارات على "
          "دبابات تابعة للقوات الحكومية قرب بلدة ثعلة، قائلاً إنه تحرك «لحماية الدروز».",
          [E("armed_clash", Q("18", 18), PL("المزرعة", "Al-Mazraa", "As-Suwayda"), "2025-07-14",
             "وزارة الداخلية السورية", note="two sides, the other unnamed: no actor1; Sweida city is a bearing"),
           E("airstrike", None, PL("ثعلة", "Thaala", "As-Suwayda"), "2025-07-14", "الجيش الإسرائيلي", ISR,
             note="'the same day' carries Monday; the reason is a quote")])

passage14("j21", "2025-10-22", "Anadolu", "an Israeli incursion with arrests, relayed from SANA",
          "توغلت قوة إسرائيلية مؤلفة من سبع آليات عسكرية، فجر اليوم الأربعاء، في قرية الرفيد بريف القنيطرة الجنوبي، "
          "وداهمت عدداً من المنازل، واعتقلت أربعة شبان من أبناء القرية، قبل أن تنسحب باتجاه الجولان المحتل، وفق ما نقلته "
          "الوكالة العربية السورية للأنباء (سانا) عن مصادر محلية، في أحدث انتهاك إسرائيلي لاتفاقية فض الاشتباك لعام 1974.",
          [E("arrest", Q("أربعة", 4), PL("الرفيد", "Al-Rafid", "Quneitra"), "2025-10-22",
             "الوكالة العربية السورية للأنباء", ISR,
             note="the incursion is the raid's way in, seven vehicles its size; the Golan is where it withdrew; "
                  "relayed: gold names the agency the outlet cites")])

passage14("j22", "2025-08-03", "Enab Baladi", "SDF fighters defect to the government side; others said to wait",
          "أعلن نحو 40 مقاتلاً من «قوات سوريا الديمقراطية» انشقاقهم عنها في بلدة البصيرة بريف دير الزور الشرقي، أمس "
          "السبت، وسلموا أنفسهم مع أسلحتهم لنقطة تابعة للجيش السوري على الضفة الأخرى لنهر الفرات، بحسب ما قاله قيادي "
          "عشائري في المنطقة لعنب بلدي، مضيفاً أن عشرات آخرين «ينتظرون الفرصة المناسبة» للانشقاق.",
          [E("defection", Q("نحو 40", 40, approx=True), PL("البصيرة", "Al-Busayrah", "Deir ez-Zor"), "2025-08-02",
             "قيادي عشائري", SDF,
             note="the force left is the SDF; the army's post across the Euphrates is the destination; the others "
                  "'waiting' are not an event")])

passage14("j23", "2018-03-25", "Al-Watan", "Al-Watan: towns taken in the Ghouta; the first buses leave under a deal",
          "أحكمت وحدات الجيش العربي السوري والقوات الرديفة سيطرتها أمس على بلدتي جسرين وكفربطنا في الغوطة الشرقية بعد "
          "انهيار دفاعات المسلحين، بحسب ما أكدته مصادر ميدانية لـ«الوطن»، في حين خرجت صباح اليوم من بلدة عربين أولى "
          "الحافلات التي تقل 1150 من مسلحي «فيلق الرحمن» وعائلاتهم باتجاه محافظة إدلب، بحسب ما أفاد به مراسل «الوطن».",
          [E("territory_change", None, PL("جسرين", "Jisreen", "Rif Dimashq"), "2018-03-24", "مصادر ميدانية", GOV,
             note="one act on two towns (gold: the first)"),
           E("other", Q("1150", 1150), PL("عربين", "Arbin", "Rif Dimashq"), "2018-03-25", "مراسل «الوطن»",
             note="an evacuation; Idlib is the destination; fighters and families together are the figure")])

passage14("j24", "2017-08-21", "AFP", "coalition strikes on a Raqqa district overnight; the SDF's aim",
          "قتل 21 مدنياً على الأقل، بينهم ستة أطفال، في غارات نفذها التحالف الدولي بقيادة واشنطن على حي البدو في مدينة "
          "الرقة ليل الأحد الاثنين، وفق حصيلة أوردها المرصد السوري لحقوق الإنسان لوكالة فرانس برس، في وقت تسعى فيه قوات "
          "سوريا الديمقراطية إلى طرد تنظيم الدولة الإسلامية من وسط المدينة.",
          [E("airstrike", Q("21", 21, None, True), PL("البدو", "Al-Badu", "Raqqa"), None, "المرصد السوري لحقوق الإنسان",
             COAL, note="the district is the most specific place; «ليل الأحد الاثنين» spans two days: gold leaves "
                        "the date open; the SDF's aim is not an event; Washington names the coalition's leader")])

passage14("j25", "2025-10-14", "SANA", "the 2025 interior ministry: a cell arrested; the IED it is blamed for last month",
          "أعلنت وزارة الداخلية السورية، اليوم الثلاثاء، القبض على خلية مؤلفة من خمسة أشخاص خلال عملية أمنية نفذتها قوى "
          "الأمن الداخلي في قرية الفرقلس بريف حمص الشرقي، وقالت إن أفرادها متورطون في تفجير عبوة ناسفة استهدفت حافلة مبيت "
          "للعسكريين على طريق حمص – تدمر الشهر الماضي، ما أدى إلى مقتل ثلاثة عناصر.",
          [E("arrest", Q("خمسة", 5), PL("الفرقلس", "Al-Furqlus", "Homs"), None, "وزارة الداخلية السورية", NEWGOV,
             note="the announcement is today; the raid's day is not given"),
           E("explosion", Q("ثلاثة", 3), PL("طريق حمص – تدمر", "Homs-Palmyra road", "Homs"), "2025-09",
             "وزارة الداخلية السورية",
             note="recalled (background) but a real incident with its toll; the cell's affiliation is unknown: no agent")])

passage14("j26", "2020-02-17", "Halab Today", "displacement since December as an aggregate; a rocket strike on a town",
          "قال فريق «منسقو استجابة سوريا» في بيان اليوم إن عدد النازحين من أرياف إدلب وحلب منذ مطلع كانون الأول الماضي "
          "تجاوز 900 ألف شخص، يقيم معظمهم في العراء قرب الحدود التركية، في حين قتل خمسة مدنيين بقصف صاروخي لقوات النظام "
          "على مدينة الأتارب غربي حلب ظهر اليوم، وفق ما أفاد به الدفاع المدني السوري.",
          [E("other", Q("900 ألف", 900000, None, True), None, None, "منسقو استجابة سوريا", kind="aggregate",
             note="displacement over two months and two governorates' countryside: no place; the border is where "
                  "they stay"),
           E("shelling", Q("خمسة", 5), PL("الأتارب", "Al-Atarib", "Aleppo"), "2020-02-17", "الدفاع المدني السوري", GOV,
             note="rocket fire from the ground; Aleppo is a bearing")])

passage14("j27", "2013-06-02", "Al-Hayat", "clashes around a besieged city; a security source's forecast",
          "أفاد ناشطون بأن اشتباكات عنيفة دارت أمس بين مقاتلي المعارضة من جهة، والقوات النظامية وعناصر «حزب الله» اللبناني "
          "من جهة أخرى في محيط مدينة القصير بريف حمص، ما أدى إلى مقتل 17 مقاتلاً معارضاً، في حين قال مصدر أمني سوري "
          "لـ«الحياة» إن الجيش «يتقدم بثبات» وسيدخل المدينة «خلال أيام».",
          [E("armed_clash", Q("17", 17), PL("القصير", "Al-Qusayr", "Homs"), "2013-06-01", "ناشطون",
             note="two sides, no actor1; the forecast of entering the city is a future")])

passage14("j28", "2019-11-29", "Syria TV", "HTS breaks up a protest, arrests protesters and sends reinforcements",
          "فرّق عناصر من «هيئة تحرير الشام» بإطلاق الرصاص في الهواء مظاهرة خرجت اليوم في بلدة كفرتخاريم بريف إدلب الغربي "
          "احتجاجاً على فرض ضرائب على محصول الزيتون، واعتقلوا سبعة من المحتجين، بحسب ما أفاد به ناشطون من البلدة لموقع "
          "تلفزيون سوريا، مشيرين إلى أن الهيئة دفعت بتعزيزات عسكرية إلى محيط البلدة بعد الظهر.",
          [E("protest", None, PL("كفرتخاريم", "Kafr Takharim", "Idlib"), "2019-11-29", "ناشطون من البلدة", PROT,
             note="fire in the air, no toll"),
           E("arrest", Q("سبعة", 7), PL("كفرتخاريم", "Kafr Takharim", "Idlib"), "2019-11-29", "ناشطون من البلدة", HTS),
           E("reinforcement", None, PL("كفرتخاريم", "Kafr Takharim", "Idlib"), "2019-11-29", "ناشطون من البلدة", HTS,
             note="the same activists («مشيرين»)")])

passage14("j29", "2012-03-12", "Al Arabiya", "a police unit's defection announced on video; others said to wait",
          "أعلن النقيب في الشرطة خالد المصري، في شريط مصور بثه ناشطون مساء أمس الأحد، انشقاق 35 عنصراً من شرطة مدينة "
          "تلكلخ، بينهم ثلاثة ضباط، عن وزارة الداخلية وانضمامهم إلى الجيش السوري الحر، وظهر العناصر في التسجيل وهم "
          "يرفعون علم الاستقلال أمام مبنى المخفر، مؤكدين أن زملاءهم الباقين «ينتظرون فرصة للانشقاق».",
          [E("defection", Q("35", 35), PL("تلكلخ", "Talkalakh", "Homs"), None, "النقيب في الشرطة خالد المصري", GOV,
             note="the police under the interior ministry are the state's forces; Sunday dates the broadcast (gold "
                  "leaves the date open); the officers are a breakdown; the others waiting are not an event")])

passage14("j30", "2021-08-25", "Nedaa Syria", "an agreement to lift a siege; its terms in the future",
          "توصلت اللجنة المركزية في درعا البلد إلى اتفاق مع اللجنة الأمنية التابعة للنظام برعاية روسية، مساء أمس الثلاثاء، "
          "يقضي بترحيل 70 شخصاً من المطلوبين إلى الشمال السوري وتسليم الأسلحة الخفيفة، مقابل فك الحصار المفروض على "
          "الأحياء منذ 65 يوماً، بحسب ما قاله عضو في اللجنة لـ«نداء سوريا»، محذراً من أن النظام قد يخرق الاتفاق.",
          [E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-08-24", "عضو في اللجنة",
             note="the 70 to be moved north are a term of the deal (future), not its figure; the siege is a state; "
                  "the warning is hypothetical")])

passage14("j31", "2018-03-18", "Al Jazeera", "Turkey's staff: a city centre taken; a running 'neutralised' total",
          "أعلنت رئاسة الأركان التركية في بيان اليوم الأحد أن وحدات الجيش التركي وفصائل الجيش السوري الحر سيطرت بشكل "
          "كامل على مركز مدينة عفرين، بعد 58 يوماً من انطلاق عملية «غصن الزيتون»، مضيفة أن 3603 من المسلحين «حُيّدوا» في "
          "منطقة عفرين منذ بدء العملية، في حين لم يصدر تعليق فوري من «وحدات حماية الشعب» الكردية.",
          [E("territory_change", None, PL("عفرين", "Afrin", "Aleppo"), "2018-03-18", "رئاسة الأركان التركية", TUR),
           E("casualties", Q("3603", 3603), PL("عفرين", "Afrin", "Aleppo", nth=1), None, "رئاسة الأركان التركية", TUR,
             kind="aggregate", note="a running total since the operation began (period 2018-01-20..); 58 days is a "
                                    "duration")])

passage14("j32", "2023-08-29", "Asharq Al-Awsat", "tribes take a town and villages; the battle's dead; SDF reinforcements",
          "سيطر مقاتلو العشائر العربية، أمس الاثنين، على بلدة ذيبان وقريتي الطيانة والحوايج في ريف دير الزور الشرقي، بعد "
          "اشتباكات عنيفة مع «قوات سوريا الديمقراطية» أسفرت عن مقتل 19 شخصاً من الطرفين، بينهم أربعة مدنيين، بحسب المرصد "
          "السوري لحقوق الإنسان، فيما فرضت «قسد» حظراً للتجول في المنطقة ودفعت بتعزيزات من الحسكة.",
          [E("territory_change", Q("19", 19), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-08-28",
             "المرصد السوري لحقوق الإنسان", TRIBE,
             note="one act on a list (gold: the first place); the battle's dead on the taking (as set 12); civilians "
                  "a breakdown"),
           E("reinforcement", None, PL("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"), None,
             "المرصد السوري لحقوق الإنسان", SDF,
             note="Hasakah is where they came from; «المنطقة» refers back to the eastern countryside; the curfew is "
                  "a measure, not coded")])

passage14("j33", "2022-11-24", "Hawar", "ANHA: a Turkish drone on a car; a village south of 'Qamishlo'",
          "استهدفت طائرة مسيّرة تابعة لدولة الاحتلال التركي، مساء اليوم، سيارة عسكرية على الطريق الواصل إلى قرية تل حميس "
          "جنوب مدينة قامشلو، ما أدى إلى استشهاد ثلاثة من أعضاء قوى الأمن الداخلي وإصابة مدني كان يمر بالمكان، حسبما أفادت "
          "به مصادر محلية لوكالتنا، وذلك في إطار الهجمات التي يشنها الاحتلال على مناطق شمال وشرق سوريا منذ أيام.",
          [E("airstrike", Q("ثلاثة", 3), PL("تل حميس", "Tell Hamis", "Al-Hasakah"), "2022-11-24", "مصادر محلية", TUR,
             note="a drone strike; Qamishli (in its Kurdish name) is a bearing; the days of attacks are background "
                  "without a place")])

passage14("j34", "2012-10-23", "SANA", "SANA: an amnesty decree for deserters; durations and a decree number",
          "أصدر الرئيس بشار الأسد اليوم المرسوم التشريعي رقم 73 لعام 2012 القاضي بمنح عفو عام عن جرائم الفرار الداخلي "
          "والخارجي المرتكبة قبل تاريخ صدوره، على ألا يستفيد منه الفار إلا إذا سلم نفسه خلال 60 يوماً بالنسبة للفرار "
          "الداخلي و90 يوماً بالنسبة للفرار الخارجي، كما شمل المرسوم جرائم تهريب الأسلحة بشرط تسليمها.",
          [E("desertion", None, None, "2012-10-23", "الرئيس بشار الأسد", GOV,
             note="an amnesty decree for desertion; no place named; the decree number and the days are not figures")])

passage14("j35", "2014-01-18", "BBC Arabic", "the opposition coalition agrees to attend talks; a vote's figures",
          "أعلن الائتلاف الوطني السوري المعارض، مساء اليوم السبت، موافقته على المشاركة في مؤتمر «جنيف 2» المقرر عقده في "
          "مدينة مونترو السويسرية الأربعاء المقبل، بعد تصويت أجرته هيئته العامة في اجتماعها بمدينة إسطنبول، أيد فيه 57 "
          "عضواً قرار المشاركة من أصل 74 حضروا الاجتماع، وقال رئيس الائتلاف إن الوفد سيذهب «لتحقيق مطالب الثورة».",
          [E("statement", None, PL("إسطنبول", "Istanbul", None, "Turkey"), "2014-01-18", "الائتلاف الوطني السوري",
             note="the decision was taken at the meeting in Istanbul; Montreux is the future conference; the votes are "
                  "not the statement's figure")])

passage14("j36", "2020-02-23", "SOHR", "SOHR: a Turkish convoy enters; the running count of vehicles",
          "رصد المرصد السوري لحقوق الإنسان دخول رتل عسكري تركي جديد، فجر اليوم، من معبر كفرلوسين الحدودي، واتجاهه نحو "
          "النقاط التركية المنتشرة في جبل الزاوية بريف إدلب الجنوبي، ويضم الرتل دبابات وناقلات جند ومدافع ثقيلة، ليرتفع عدد "
          "الآليات التي دخلت الأراضي السورية منذ مطلع شباط الجاري إلى أكثر من 2000 آلية.",
          [E("reinforcement", None, PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), "2020-02-23",
             "المرصد السوري لحقوق الإنسان", TUR, note="the crossing is the way in; the Turkish posts are the destination"),
           E("reinforcement", Q("أكثر من 2000", 2000, None, True), None, None, "المرصد السوري لحقوق الإنسان", TUR,
             kind="aggregate", note="vehicles since the start of February: a running total")])


# -- set 13 (stop 24, helper probe13): written before any run on it ---------------------------------
P13 = []


def passage13(pid, published, outlet, style, text, events):
    P13.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage13("h01", "2011-04-22", "Reuters", "an eyewitness to a wire: a Friday protest fired on",
          "قال شاهد عيان لوكالة رويترز إن قوات الأمن أطلقت الغاز المسيل للدموع ثم الرصاص الحي على آلاف المحتجين "
          "الذين خرجوا من الجامع الكبير في مدينة دوما بريف دمشق بعد صلاة الجمعة اليوم، ما أدى إلى سقوط سبعة قتلى "
          "على الأقل. ولم يكن بالإمكان التأكد من الرواية من مصدر مستقل بسبب القيود التي تفرضها السلطات على عمل "
          "الصحفيين.",
          [E("protest", Q("آلاف", 2000, 9000, True), PL("دوما", "Douma", "Rif Dimashq"), "2011-04-22", "شاهد عيان",
             PROT, note="fire on a protest: its dead are the protest's fatalities (as set 12's k01); the press "
                        "restrictions are a state")])

passage13("h02", "2012-06-14", "SOHR", "a defection from a checkpoint; an earlier officer's defection recalled",
          "أفاد المرصد السوري لحقوق الإنسان بأن 11 مجنداً انشقوا فجر اليوم الخميس عن حاجز لقوات النظام عند مدخل "
          "مدينة سراقب في ريف إدلب، وتعرضوا لإطلاق نار أثناء فرارهم أدى إلى إصابة اثنين منهم. وكان المرصد قد أفاد "
          "يوم الأحد الماضي بانشقاق ضابط برتبة مقدم عن كتيبة الدفاع الجوي قرب بلدة معرة مصرين.",
          [E("defection", Q("11", 11), PL("سراقب", "Saraqib", "Idlib"), "2012-06-14",
             "المرصد السوري لحقوق الإنسان", GOV, note="the two wounded while fleeing are the defection's injured"),
           E("defection", None, PL("معرة مصرين", "Maarrat Misrin", "Idlib"), "2012-06-10",
             "المرصد السوري لحقوق الإنسان", GOV,
             note="recalled with its own day and place; one officer, no numeral: no figure")])

passage13("h03", "2013-08-27", "SANA", "SANA dateline, 'our valiant army', a military source's ambush",
          "دمشق-سانا\n"
          "نفذت وحدات من جيشنا الباسل عمليات نوعية ضد تجمعات الإرهابيين في حي جوبر ومحيط بلدة زملكا، ودمرت "
          "عدداً من مقراتهم ومستودعات أسلحتهم. وأوضح مصدر عسكري في تصريح لسانا أن وحدة من الجيش قضت اليوم على 17 "
          "إرهابياً في كمين محكم على طريق عين ترما، بينهم متزعم مجموعة يدعى أبو عمر الشامي.",
          [E("armed_clash", None, PL("جوبر", "Jobar", "Damascus"), None, None, GOV,
             note="two places: one group; the text names no source for this sentence (the outlet) and no day"),
           E("armed_clash", Q("17", 17), PL("عين ترما", "Ain Tarma", "Rif Dimashq"), "2013-08-27", "مصدر عسكري", GOV,
             note="the ambush is its own incident with its own day and toll; the leader is a breakdown")])

passage13("h04", "2013-12-15", "Halab News", "barrel bombs on a list of districts",
          "ألقى الطيران المروحي التابع للنظام، اليوم الأحد، 12 برميلاً متفجراً على أحياء الصاخور والحيدرية وطريق "
          "الباب في مدينة حلب، ما أسفر عن مقتل 23 مدنياً بينهم ستة أطفال وامرأتان، بحسب ما أفادت به شبكة حلب نيوز. "
          "وأشار متطوع في الدفاع المدني إلى أن عمليات رفع الأنقاض مستمرة في بناء من أربعة طوابق انهار فوق ساكنيه "
          "في حي الصاخور.",
          [E("airstrike", Q("23", 23), PL("الصاخور", "Al-Sakhour", "Aleppo"), "2013-12-15", "شبكة حلب نيوز", GOV,
             note="three districts: one group; the barrels are its count, the dead its fatalities; children and "
                  "women a breakdown; 'طريق الباب' is a district, not the town of al-Bab; the search is the same act")])

passage13("h05", "2014-07-18", "AFP", "IS takes a gas field; SOHR's director to AFP",
          "سيطر مقاتلو تنظيم الدولة الإسلامية، مساء أمس الخميس، على حقل الشاعر للغاز في ريف حمص الشرقي إثر هجوم "
          "واسع على حواجز الحراسة المحيطة به. وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن لوكالة فرانس "
          "برس إن ما لا يقل عن 90 من الحراس والموظفين وعناصر قوات الدفاع الوطني قتلوا في الهجوم، فيما انسحب الباقون "
          "نحو مدينة تدمر.",
          [E("territory_change", Q("ما لا يقل عن 90", 90, None, True), PL("حقل الشاعر", "Shaer gas field", "Homs"),
             "2014-07-17", "مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن", IS,
             note="the attack's dead are the taking's (as set 12's k08); a facility is the most specific place; "
                  "Palmyra is where the rest withdrew")])

passage13("h06", "2015-10-06", "Anadolu", "Russian jets over Jabal al-Akrad; clashes continue on an axis",
          "أفاد مراسل الأناضول بأن مقاتلات روسية شنت، صباح اليوم الثلاثاء، ثماني غارات على قرى في منطقة جبل الأكراد "
          "بريف اللاذقية الشمالي، ما أسفر عن مقتل خمسة مدنيين وإصابة 12 آخرين. وأضاف المراسل أن الاشتباكات تواصلت "
          "بين قوات المعارضة وقوات النظام على محور بلدة كباني، دون ورود معلومات عن خسائر.",
          [E("airstrike", Q("خمسة", 5), PL("جبل الأكراد", "Jabal al-Akrad", "Latakia"), "2015-10-06", "مراسل الأناضول",
             RUS, note="eight strikes on villages of one area: one event; the dead its fatalities"),
           E("armed_clash", None, PL("كباني", "Kabani", "Latakia"), None, "مراسل الأناضول", None,
             note="«المراسل» carries the source; two sides: no actor1; the sentence gives no day")])

passage13("h07", "2016-12-15", "Al Jazeera", "the evacuation of eastern Aleppo; ICRC official to a correspondent",
          "بدأت صباح اليوم الخميس عملية إجلاء المدنيين والمقاتلين من آخر الأحياء المحاصرة شرقي مدينة حلب، وقال "
          "مسؤول في اللجنة الدولية للصليب الأحمر لمراسل الجزيرة إن قافلة أولى تقل نحو 950 شخصاً بينهم عشرات الجرحى "
          "وصلت إلى منطقة الراشدين في ريف حلب الغربي، على أن تتبعها قوافل أخرى خلال الساعات المقبلة.",
          [E("other", Q("نحو 950", 950, 950, True), PL("حلب", "Aleppo", "Aleppo"), "2016-12-15",
             "مسؤول في اللجنة الدولية للصليب الأحمر", None,
             note="an evacuation: where it left from; al-Rashidin is the destination; the wounded a breakdown; "
                  "further convoys a future")])

passage13("h08", "2017-03-21", "SOHR", "a market struck, perpetrator hedged ('probably Russian')",
          "لقي 19 مدنياً بينهم أربعة أطفال حتفهم، وجرح ما يزيد على 30، بغارات يرجح أنها روسية استهدفت سوقاً شعبية "
          "وسط مدينة أريحا في ريف إدلب الجنوبي بعد ظهر اليوم، وفق ما أحصى المرصد السوري لحقوق الإنسان، متوقعاً "
          "أن تزداد الحصيلة لأن بين المصابين من إصابته بالغة.",
          [E("airstrike", Q("19", 19), PL("أريحا", "Ariha", "Idlib"), "2017-03-21", "المرصد السوري لحقوق الإنسان", None,
             note="a hedged perpetrator: no agent; the rising toll is a future; the injured are not the figure")])

passage13("h09", "2018-03-13", "Enab Baladi", "the White Helmets on shelling in Eastern Ghouta",
          "قال الدفاع المدني السوري إن قوات النظام استهدفت مدينة حمورية في الغوطة الشرقية بأكثر من 60 قذيفة مدفعية "
          "وصاروخية، أمس الاثنين، ما أدى إلى مقتل 14 مدنياً، وأضاف أن فرقه انتشلت جثث خمسة أفراد من عائلة واحدة من "
          "تحت أنقاض منزلهم. ويأتي ذلك في وقت تواصل فيه قوات النظام محاولات التقدم نحو المدينة من محور بيت سوى.",
          [E("shelling", Q("14", 14), PL("حمورية", "Hamouriyah", "Rif Dimashq"), "2018-03-12", "الدفاع المدني السوري",
             GOV, note="60 shells are its count, 14 its dead; the family's five a breakdown (the same act's dead); "
                       "the continuing attempts to advance are a state, not an incident")])

passage13("h10", "2019-10-23", "Hawar (ANHA)", "ANHA: 'the Turkish occupation army and its mercenaries'",
          "قصف جيش الاحتلال التركي ومرتزقته، صباح اليوم الأربعاء، قريتي أم الكيف وتل طويل في ريف ناحية تل تمر بأكثر "
          "من 40 قذيفة هاون ومدفعية، ما أدى إلى إصابة ثلاثة مدنيين بينهم امرأة، بحسب ما أفاد به مراسل وكالتنا، وذلك "
          "رغم إعلان وقف إطلاق النار في المنطقة.",
          [E("shelling", Q("أكثر من 40", 40, None, True), PL("أم الكيف", "Umm al-Kayf", "Al-Hasakah"), "2019-10-23",
             "مراسل وكالتنا", TUR,
             note="two villages: one group; the shells are its count (the injured are not); the ceasefire is "
                  "named as background, not reported")])

passage13("h11", "2020-02-07", "Enab Baladi", "a town taken; a backer; weeks of bombardment",
          "سيطرت قوات النظام السوري المدعومة من روسيا على مدينة سراقب شرقي إدلب، مساء أمس الخميس، بعد انسحاب فصائل "
          "المعارضة منها إثر أسابيع من القصف الجوي والمدفعي، بحسب ما قاله مراسل عنب بلدي في إدلب. وتكتسب المدينة "
          "أهمية كبيرة لوقوعها على عقدة طريقي حلب-دمشق (M5) وحلب-اللاذقية (M4).",
          [E("territory_change", None, PL("سراقب", "Saraqib", "Idlib"), "2020-02-06", "مراسل عنب بلدي في إدلب", GOV,
             note="Russia is a backer, Idlib a bearing; the factions' withdrawal is how it changed hands; weeks of "
                  "bombardment are a period, not an incident; the roads a state")])

passage13("h12", "2022-08-19", "North Press", "a Turkish drone on a car; a medical source in a hospital",
          "قتل ثلاثة أشخاص، مساء أمس الخميس، بقصف طائرة مسيرة تركية استهدف سيارة كانوا يستقلونها قرب قرية خربة عمو "
          "شرقي مدينة القامشلي، وقال مصدر طبي في مشفى الشعب بالقامشلي لنورث برس إن أحد القتلى قيادي في وحدات حماية "
          "المرأة، فيما أصيب سائق دراجة نارية كان يمر بالمكان.",
          [E("airstrike", Q("ثلاثة", 3), PL("خربة عمو", "Kharab Amo", "Al-Hasakah"), "2022-08-18",
             "مصدر طبي في مشفى الشعب بالقامشلي", TUR,
             note="a drone strike (ACLED air/drone strike); Qamishli is a bearing and the hospital's town; the "
                  "passer-by's wound is the same act")])

passage13("h13", "2021-09-14", "Horan Free League", "an assassination by unknown gunmen; a habit sentence",
          "قتل شاب يعمل ضمن مجموعة محلية تابعة لشعبة المخابرات العسكرية، مساء أمس الاثنين، برصاص مسلحين مجهولين في "
          "بلدة المسيفرة بريف درعا الشرقي، بحسب تجمع أحرار حوران، الذي قال إن المسلحين كانوا يستقلون دراجة نارية "
          "ولاذوا بالفرار. وتشهد محافظة درعا عمليات اغتيال شبه يومية منذ سيطرة النظام عليها بموجب اتفاق التسوية صيف "
          "2018.",
          [E("armed_clash", None, PL("المسيفرة", "Al-Musayfirah", "Daraa"), "2021-09-13", "تجمع أحرار حوران", UNK,
             note="an assassination by gunfire (as set 12's k20); one killed, no numeral; the near-daily killings "
                  "are a habit; the 2018 takeover is background named in passing")])

passage13("h14", "2023-05-11", "Deir ez-Zor 24", "an SDF airdrop with coalition helicopters; a number in the outlet's name",
          "شنت قوات سوريا الديمقراطية، فجر اليوم الخميس، عملية إنزال جوي بمشاركة مروحيات للتحالف الدولي على منزل في "
          "بلدة البصيرة بريف دير الزور الشرقي، واعتقلت أربعة أشخاص بينهم قيادي يشتبه بانتمائه إلى خلايا تنظيم "
          "داعش، وفق مراسل شبكة دير الزور 24، موضحاً أن العملية دامت قرابة ساعتين.",
          [E("arrest", Q("أربعة", 4), PL("البصيرة", "Al-Busayrah", "Deir ez-Zor"), "2023-05-11",
             "مراسل شبكة دير الزور 24", SDF,
             note="the coalition supports; the airdrop is the raid's way in; 24 is a name, the hours a duration")])

passage13("h15", "2023-08-30", "Asharq Al-Awsat", "tribes against the SDF: a toll with a breakdown; reinforcements",
          "تجددت الاشتباكات، أمس الثلاثاء، بين مقاتلين من العشائر العربية وقوات سوريا الديمقراطية (قسد) في بلدة "
          "ذيبان بريف دير الزور الشرقي، وحصدت 13 قتيلاً بينهم تسعة من عناصر قسد، حسبما نقلت مصادر "
          "محلية. ودفعت قسد بتعزيزات عسكرية قادمة من مدينة الحسكة إلى محيط البلدة، وسط حظر للتجول فرضته على بلدات "
          "الريف الشرقي.",
          [E("armed_clash", Q("13", 13), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-08-29", "مصادر محلية", None,
             note="two sides: no actor1; the SDF's nine a breakdown"),
           E("reinforcement", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), None, "مصادر محلية", SDF,
             note="«البلدة» is Dhiban; Hasakah is where they came from; the curfew is a state; no day in the sentence")])

passage13("h16", "2024-01-21", "Al-Watan", "state media relay a military source; the IRGC says who died",
          "نقلت وكالة سانا عن مصدر عسكري قوله إن العدو الإسرائيلي شن، نحو الساعة العاشرة من صباح أمس السبت، عدواناً "
          "جوياً من اتجاه الجولان السوري المحتل مستهدفاً مبنى سكنياً في حي كفرسوسة بدمشق، ما أدى إلى ارتقاء أربعة "
          "شهداء وإصابة آخرين ودمار كبير في المبنى. وقال الحرس الثوري الإيراني في بيان إن بين القتلى مستشارين "
          "عسكريين له.",
          [E("airstrike", Q("أربعة", 4), PL("كفرسوسة", "Kafr Sousa", "Damascus"), "2024-01-20", "مصدر عسكري", ISR,
             note="the Golan is where the missiles came from; the IRGC's statement tells who the dead were (same act)")])

passage13("h17", "2024-12-05", "AFP", "the operations room enters Hama; the ministry's 'redeployment'",
          "أعلنت «إدارة العمليات العسكرية» لفصائل المعارضة، مساء اليوم الخميس، أن مقاتليها دخلوا مدينة حماة وسيطروا "
          "على مبنى قيادة الشرطة والسجن المركزي فيها، بعد معارك استمرت أياماً على أطراف المدينة. من جهتها، قالت وزارة "
          "الدفاع السورية إن وحدات الجيش أعادت انتشارها خارج المدينة «حفاظاً على أرواح المدنيين».",
          [E("territory_change", None, PL("حماة", "Hama", "Hama"), "2024-12-05", "إدارة العمليات العسكرية", FSA,
             note="the operations room as sets 4-6; the buildings inside the city are the same taking; the days of "
                  "battle are the taking's; the ministry's redeployment is the other side's telling of it")])

passage13("h18", "2012-07-19", "Zaman al-Wasl", "a whole police post defects on video; a coordination committee",
          "أعلن عناصر مخفر الشرطة في بلدة حريتان بريف حلب الشمالي، وعددهم 22 شرطياً، انشقاقهم عن النظام وانضمامهم إلى "
          "الجيش السوري الحر، في تسجيل مصور ظهر فيه رئيس المخفر برتبة مساعد أول يتلو بيان الانشقاق. وقالت تنسيقية "
          "حريتان لـ«زمان الوصل» إن الانشقاق جرى أمس الأربعاء بعد اتفاق مع كتيبة محلية سهّلت خروجهم بأسلحتهم.",
          [E("defection", Q("22", 22), PL("حريتان", "Hreitan", "Aleppo"), "2012-07-18", "تنسيقية حريتان", GOV,
             note="a whole unit; joining the FSA is the same act; the arrangement with a local battalion is how "
                  "(not an agreement event); the committee dates it")])

passage13("h19", "2025-03-07", "SANA", "SANA (new authorities): loyalist attacks on the coast; reinforcements",
          "اللاذقية-سانا\n"
          "شن مسلحون من فلول النظام البائد، مساء أمس الخميس، هجمات متزامنة على حواجز ونقاط للأمن العام في مدينة جبلة "
          "وريفها، أدت إلى استشهاد 16 عنصراً، بحسب ما صرح به مسؤول أمني في محافظة اللاذقية. وأضاف المسؤول أن تعزيزات "
          "عسكرية كبيرة وصلت اليوم إلى المدينة لملاحقة المهاجمين وإعادة الأمن إلى المنطقة.",
          [E("armed_clash", Q("16", 16), PL("جبلة", "Jableh", "Latakia"), "2025-03-06",
             "مسؤول أمني في محافظة اللاذقية", LOYAL,
             note="the attackers act; simultaneous attacks on posts of one town and its countryside: one event"),
           E("reinforcement", None, PL("جبلة", "Jableh", "Latakia"), "2025-03-07", "مسؤول أمني في محافظة اللاذقية",
             NEWGOV, note="«المدينة» is Jableh; the pursuit is an aim")])

passage13("h20", "2025-03-12", "SOHR", "a running toll on the coast since a weekday",
          "بلغ عدد المدنيين الذين قتلوا في الساحل السوري منذ يوم الخميس الماضي 1311 شخصاً، بينهم نساء "
          "وأطفال، قتلوا في عمليات تصفية وإعدامات ميدانية، وفق آخر إحصائية نشرها المرصد السوري لحقوق الإنسان، ولفت المرصد إلى أن "
          "معظمهم سقطوا في قرى بريف جبلة وبانياس، مطالباً بمحاسبة المتورطين.",
          [E("casualties", Q("1311", 1311), PL("الساحل السوري", "Syrian coast"), None, "المرصد السوري لحقوق الإنسان",
             None, kind="aggregate",
             note="a running toll since Thursday 6 March: an aggregate; the killers are not named; the villages "
                  "a breakdown of places; the demand is a call")])

passage13("h21", "2025-07-14", "Suwayda 24", "Bedouin and Druze fighters in a district; the ministry's toll and deployment",
          "دارت مواجهات مسلحة عنيفة، أمس الأحد، بين أبناء عشائر بدوية ومجموعات درزية محلية في حي المقوس بالطرف الشرقي "
          "لمدينة السويداء، على خلفية اختطاف تاجر خضار على طريق دمشق-السويداء. وقالت وزارة الداخلية السورية إن حصيلة "
          "الاشتباكات بلغت 37 قتيلاً ونحو 100 جريح، وأعلنت أنها بدأت نشر قوات تابعة لها في المنطقة لفض "
          "النزاع.",
          [E("armed_clash", Q("37", 37), PL("المقوس", "Al-Maqwas", "As-Suwayda"), "2025-07-13",
             "وزارة الداخلية السورية", None,
             note="two sides: no actor1; the district is the most specific place; the kidnapping is the cause, "
                  "told in passing; the wounded are not the figure"),
           E("reinforcement", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), None, "وزارة الداخلية السورية", NEWGOV,
             note="«المنطقة» is the district in the city (the city accepted); ending the dispute is an aim; not dated")])

passage13("h22", "2025-09-10", "SANA", "an Israeli incursion and arrests in Quneitra; a habit sentence",
          "القنيطرة-سانا\n"
          "توغلت قوة إسرائيلية مؤلفة من أربع آليات عسكرية، فجر اليوم الأربعاء، في بلدة أوفانيا بريف القنيطرة "
          "الشمالي، واعتقلت ثلاثة شبان من أبناء البلدة بعد مداهمة منازلهم وتفتيشها، قبل أن تنسحب باتجاه الشريط "
          "الحدودي، بحسب ما ذكره مراسل سانا. وتواصل قوات الاحتلال خرق اتفاق فصل القوات لعام 1974 عبر توغلات شبه "
          "يومية في ريفي القنيطرة ودرعا.",
          [E("arrest", Q("ثلاثة", 3), PL("أوفانيا", "Ufaniya", "Quneitra"), "2025-09-10", "مراسل سانا", ISR,
             note="the incursion is the raid's way in (one incident); four vehicles its size; the border strip is "
                  "where it withdrew; the near-daily incursions are a habit")])

passage13("h23", "2025-08-27", "Al Jazeera", "the defence ministry's statement; the Israeli army's version",
          "قالت وزارة الدفاع السورية في بيان إن الطيران الحربي الإسرائيلي شن، مساء أمس الثلاثاء، سلسلة غارات على موقع "
          "عسكري في محيط مدينة الكسوة بريف دمشق، ما أدى إلى مقتل خمسة من عناصر الجيش العربي السوري. من جانبه، قال "
          "الجيش الإسرائيلي إن طائراته استهدفت «بنى تحتية عسكرية» في المنطقة، دون أن يقدم تفاصيل إضافية.",
          [E("airstrike", Q("خمسة", 5), PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2025-08-26", "وزارة الدفاع السورية",
             ISR, note="a series of strikes on one site: one event; the Israeli army's account is the same act")])

passage13("h24", "2025-06-30", "Syria TV", "the interior ministry arrests a loyalist cell; a plan is an aim",
          "أعلنت وزارة الداخلية السورية، اليوم الاثنين، القبض على ستة أشخاص ينتمون إلى خلية مرتبطة بفلول النظام "
          "البائد في منطقة الغاب بريف حماة الشمالي الغربي، وقالت إن الخلية كانت تخطط لاستهداف نقاط للأمن الداخلي في "
          "بلدة سلحب، مشيرة إلى ضبط أسلحة وذخائر وعبوات ناسفة بحوزة أفرادها وإحالتهم إلى القضاء المختص.",
          [E("arrest", Q("ستة", 6), PL("الغاب", "Al-Ghab", "Hama"), "2025-06-30", "وزارة الداخلية السورية", NEWGOV,
             note="the plan to strike Salhab is an aim, not an event; the seizure and referral are the arrest's")])

passage13("h25", "2016-04-03", "SOHR", "an attack that takes a hill: the battle's dead on the taking",
          "قتل 27 عنصراً على الأقل من قوات النظام والمسلحين الموالين لها، بينهم ثمانية من مقاتلي حزب الله اللبناني، في "
          "هجوم شنته فصائل معارضة وإسلامية، أمس السبت، على مواقعهم في محيط بلدة العيس بريف حلب الجنوبي، بحسب المرصد "
          "السوري لحقوق الإنسان، الذي أشار إلى أن الفصائل تمكنت من السيطرة على تلة العيس الاستراتيجية.",
          [E("territory_change", Q("27", 27, None, True), PL("العيس", "Al-Eis", "Aleppo"), "2016-04-02",
             "المرصد السوري لحقوق الإنسان", FSA,
             note="one battle: the attack that took the hill (its dead are the taking's, as set 12's k08); "
                  "Hezbollah's eight a breakdown; 'على الأقل' after the noun sets the open bound")])

passage13("h26", "2013-02-21", "Al Arabiya", "a car bomb; state TV accuses; no claim",
          "انفجرت سيارة مفخخة، ظهر اليوم الخميس، في شارع مزدحم بحي الزهراء في مدينة حمص، ما أدى إلى مقتل 12 شخصاً "
          "وإصابة العشرات، بحسب ما نقله التلفزيون السوري الرسمي، الذي اتهم «مجموعات إرهابية مسلحة» بتفجيرها. ولم "
          "تتبنَّ أي جهة التفجير حتى الآن.",
          [E("explosion", Q("12", 12), PL("الزهراء", "Al-Zahraa", "Homs"), "2013-02-21", "التلفزيون السوري الرسمي",
             None, note="an accusation is not an agent; the district is the most specific place; no claim is no event")])

passage13("h27", "2015-09-01", "SNHR", "a monthly report: the month's dead and barrels",
          "أحصت الشبكة السورية لحقوق الإنسان، في حصيلتها الصادرة اليوم عن آب الماضي، مقتل 1517 مدنياً في عموم "
          "البلاد، بينهم 296 طفلاً، ونسبت إلى قوات النظام قتل 1164 منهم. كما سجل التقرير إلقاء الطيران "
          "المروحي ما لا يقل عن 1840 برميلاً متفجراً خلال الشهر ذاته، تركز معظمها على محافظتي درعا وريف دمشق.",
          [E("casualties", Q("1517", 1517), None, "2015-08", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
             note="the month's national toll; children and the regime's share a breakdown"),
           E("airstrike", Q("ما لا يقل عن 1840", 1840, None, True), None, "2015-08", "الشبكة السورية لحقوق الإنسان",
             GOV, kind="aggregate", note="the month's barrels: an aggregate; Daraa and Rif Dimashq where most fell")])

passage13("h28", "2018-02-11", "Anadolu", "the Turkish general staff: 'neutralised' and a running total",
          "أعلنت رئاسة الأركان التركية، اليوم الأحد، «تحييد» 31 إرهابياً من تنظيم «بي كي كي/ ي ب ك» خلال عمليات "
          "نفذتها القوات المسلحة التركية والجيش السوري الحر أمس في منطقة عفرين شمالي سوريا، ليرتفع عدد الإرهابيين "
          "المحيدين منذ انطلاق عملية «غصن الزيتون» في 20 كانون الثاني/يناير الماضي إلى 1369.",
          [E("armed_clash", Q("31", 31), PL("عفرين", "Afrin", "Aleppo"), "2018-02-10", "رئاسة الأركان التركية", TUR,
             note="'neutralised' is the operations' figure (as set 12's k13); «أمس» dates it"),
           E("casualties", Q("1369", 1369), PL("عفرين", "Afrin", "Aleppo"), None, "رئاسة الأركان التركية", TUR,
             kind="aggregate", note="the operation's running total since 20 January")])

passage13("h29", "2012-08-03", "Al-Hayat", "the LCC: a raid after a night protest",
          "قالت لجان التنسيق المحلية إن قوات الأمن والشبيحة اعتقلت أكثر من 40 شاباً خلال حملة دهم واسعة في حي الميدان "
          "بدمشق صباح اليوم الجمعة، وذلك بعد ساعات من خروج مظاهرة ليلية في الحي طالبت بإسقاط النظام ونصرة المدن "
          "المحاصرة، وأضافت اللجان أن عدداً من المعتقلين تعرضوا للضرب أمام ذويهم.",
          [E("arrest", Q("أكثر من 40", 40, None, True), PL("الميدان", "Al-Midan", "Damascus"), "2012-08-03",
             "لجان التنسيق المحلية", GOV, note="the beatings are the raid's"),
           E("protest", None, PL("الميدان", "Al-Midan", "Damascus"), None, "لجان التنسيق المحلية", PROT,
             note="the night protest hours before: its own incident, the text does not fix its day; «الحي» is al-Midan")])

passage13("h30", "2020-03-05", "Reuters", "a ceasefire announced in Moscow for Idlib",
          "أعلن الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان، في مؤتمر صحفي مشترك عقداه في موسكو اليوم "
          "الخميس، التوصل إلى اتفاق لوقف إطلاق النار في منطقة إدلب يبدأ سريانه منتصف الليلة، على أن تسيّر الدولتان "
          "دوريات مشتركة على طول الطريق الدولي M4 اعتباراً من منتصف الشهر الجاري.",
          [E("agreement", None, PL("إدلب", "Idlib", "Idlib"), "2020-03-05",
             "الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان", None,
             note="Moscow is the seat of the talks, Idlib the agreement's place; the patrols are a future; M4 a name")])

passage13("h31", "2017-06-07", "Asharq Al-Awsat", "the SDF's statement; an activist campaign whose name holds a city",
          "قالت قوات سوريا الديمقراطية في بيان إن مقاتليها سيطروا، أمس الثلاثاء، على حي المشلب في الطرف الشرقي لمدينة "
          "الرقة بعد معارك مع عناصر تنظيم داعش، في أول تقدم لها داخل المدينة. في غضون ذلك، أفاد ناشطون من حملة «الرقة "
          "تذبح بصمت» بمقتل 11 مدنياً في غارات لطائرات التحالف الدولي على أحياء المدينة الغربية.",
          [E("territory_change", None, PL("المشلب", "Al-Mashlab", "Raqqa"), "2017-06-06", "قوات سوريا الديمقراطية", SDF,
             note="the district is the most specific place; the first advance is an ordinal"),
           E("airstrike", Q("11", 11), PL("الرقة", "Raqqa", "Raqqa"), None, "ناشطون من حملة «الرقة تذبح بصمت»", COAL,
             note="«المدينة» is Raqqa; «في غضون ذلك» does not date it")])

passage13("h32", "2018-10-09", "SANA", "an amnesty decree for deserters",
          "أصدر الرئيس بشار الأسد، اليوم الثلاثاء، المرسوم التشريعي رقم 21 لعام 2018 الذي يعفو عفواً تاماً عن "
          "جرائم الفرار من الخدمة العسكرية داخل البلاد وخارجها، بحسب ما ذكرته وكالة الأنباء السورية (سانا). ويشترط المرسوم "
          "على الفارين تسليم أنفسهم خلال أربعة أشهر لمن هم في الداخل وستة أشهر لمن هم في الخارج.",
          [E("desertion", None, None, "2018-10-09", "وكالة الأنباء السورية (سانا)", GOV,
             note="an amnesty decree for desertion; nationwide: no place; the decree number is a name, the grace "
                  "periods durations")])

passage13("h33", "2021-06-10", "Syria TV", "shelling of a village; a recalled shelling two days before",
          "قصفت قوات النظام بالمدفعية الثقيلة وراجمات الصواريخ قرية إبلين في جبل الزاوية جنوبي إدلب، صباح اليوم "
          "الخميس، ما أدى إلى مقتل خمسة أشخاص بينهم ثلاثة أطفال، حسب ما أفاد به مراسل تلفزيون سوريا. ويأتي القصف بعد "
          "يومين من مقتل أربعة عناصر من قوات النظام بقذائف أطلقتها الفصائل على مواقعهم قرب بلدة جورين في سهل الغاب.",
          [E("shelling", Q("خمسة", 5), PL("إبلين", "Iblin", "Idlib"), "2021-06-10", "مراسل تلفزيون سوريا", GOV,
             note="the children a breakdown; Jabal al-Zawiya is the wider area"),
           E("shelling", Q("أربعة", 4), PL("جورين", "Jurin", "Hama"), "2021-06-08", None, FSA,
             note="MENDED stop 30 (conventions): the writer's recall («ويأتي القصف بعد …», «وجاءت الحملة بعد …») is the outlet's (README stop 30; sets 1-21 and news_dev give the outlet 6 times against 2; was: the source of the sentence before); recalled with its own place, day («بعد يومين») and toll; the Ghab plain is wider")])

passage13("h34", "2012-05-03", "AFP", "defectors arrive in Jordan; the running total of those who fled there",
          "وصل 16 عسكرياً سورياً منشقاً، بينهم ضابطان برتبة نقيب، إلى الأردن ليل أمس الأربعاء، بحسب ما قال مصدر أمني "
          "أردني لوكالة فرانس برس، مشيراً إلى أن عدد العسكريين السوريين المنشقين الذين لجأوا إلى المملكة منذ بدء "
          "الأحداث في آذار/مارس من العام الماضي ارتفع إلى نحو 200.",
          [E("defection", Q("16", 16), PL("الأردن", "Jordan", None, "Jordan"), "2012-05-02", "مصدر أمني أردني", GOV,
             note="implicit defection by arrival (issue 10's list): the destination is the only place given, as "
                  "news_dev codes arrivals; the two captains a breakdown"),
           E("defection", Q("نحو 200", 200, 200, True), None, None, "مصدر أمني أردني",
             GOV, kind="aggregate", note="MENDED stop 30 (conventions): a running total of those residing abroad has no place (README convention a, the lead's stop-28 call, restated at stop 30; was: the residence abroad); the running total since March 2011")])

passage13("h35", "2019-06-20", "Step News", "a car bomb in a market; a third party's accusation",
          "أودى انفجار سيارة مفخخة ركنت قرب محال للخضار في مدينة الباب شرقي حلب، ظهر اليوم الخميس، بحياة 13 مدنياً "
          "بينهم أربعة أطفال، وجرح أكثر من 20، بحسب الدفاع المدني السوري. وحمّلت أنقرة "
          "«وحدات حماية الشعب» الكردية مسؤولية التفجير، في حين لم تتبن أي جهة المسؤولية.",
          [E("explosion", Q("13", 13), PL("الباب", "Al-Bab", "Aleppo"), "2019-06-20", "الدفاع المدني السوري", None,
             note="an accusation by a third party is not an agent; the children a breakdown")])

passage13("h36", "2022-01-21", "Hawar (ANHA)", "IS storms a prison with a car bomb at its gate",
          "هاجم عشرات من عناصر تنظيم داعش، مساء أمس الخميس، سجن غويران (الصناعة) في حي غويران جنوبي مدينة الحسكة، "
          "بالتزامن مع تفجير سيارة مفخخة عند بوابته، ما أدى إلى اندلاع اشتباكات عنيفة مع قوات الحراسة، وفق ما أعلنه "
          "المركز الإعلامي لقوات سوريا الديمقراطية، الذي قال إن سبعة من عناصر الحراسة قتلوا في الهجوم.",
          [E("armed_clash", Q("سبعة", 7), PL("سجن غويران", "Ghuwayran prison", "Al-Hasakah"), "2022-01-20",
             "المركز الإعلامي لقوات سوريا الديمقراطية", IS,
             note="one attack: the car bomb at the gate opens it (judgement: one incident); a facility is the most "
                  "specific place; the attackers' «عشرات» are not the figure")])






# -- set 15: written in stop 24 (12:10-12:20 UTC) by helper probe15, BEFORE marsad was run on it, after
# reading real reporting in the `pages` corpus for phrasing only (scored with --set probe15) -------------
P15 = []


def passage15(pid, published, outlet, style, text, events):
    P15.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage15("g01", "2011-04-22", "Al Jazeera", "a Friday protest fired on; the state agency's telling",
          "قال ناشطون سوريون للجزيرة إن آلاف المحتجين تظاهروا عقب صلاة الظهر في مدينة إزرع بريف درعا اليوم ضمن ما "
          "سُمّي «الجمعة العظيمة»، وإن قوات الأمن أطلقت عليهم الرصاص الحي والغاز المسيل للدموع، ما أدى إلى مقتل 19 "
          "منهم على الأقل. في المقابل، نقلت وكالة الأنباء الرسمية عن مصدر مسؤول أن «مجموعات مسلحة» فتحت النار على "
          "عناصر الأمن وقوى حفظ النظام في المدينة.",
          [E("protest", Q("آلاف", 2000, 9000, True), PL("إزرع", "Izra", "Daraa"), "2011-04-22", "ناشطون سوريون",
             PROT, note="fire on a protest: the protest's fatalities (19 at least); the state agency's 'armed gangs' is "
                        "the other side's telling of the same day, not a second incident")])

passage15("g02", "2012-06-27", "Reuters", "defectors crossing to Jordan; a running total of defectors there",
          "عمّان (رويترز) - قال مسؤول أمني أردني إن 23 عسكرياً سورياً، بينهم عقيد ومقدّمان، عبروا الحدود إلى الأردن "
          "فجر اليوم الأربعاء بعد انشقاقهم عن وحداتهم المتمركزة قرب بلدة تل شهاب في حوض اليرموك، ليرتفع إلى نحو 2100 "
          "عدد العسكريين المنشقين ممن دخلوا أراضي المملكة منذ اندلاع الانتفاضة. وطلب المسؤول عدم نشر اسمه لأنه غير "
          "مخوّل بالحديث إلى وسائل الإعلام.",
          [E("defection", Q("23", 23), PL("تل شهاب", "Tell Shihab", "Daraa"), "2012-06-27", "مسؤول أمني أردني", GOV,
             note="Jordan is the destination, Amman the dateline; the officers are a breakdown"),
           E("defection", Q("نحو 2100", 2100, approx=True), None, None, "مسؤول أمني أردني", GOV, kind="aggregate",
             note="defectors who reached Jordan since the uprising began: counted in Jordan, defected from many "
                  "places: gold place null")])

passage15("g03", "2012-08-05", "SOHR", "SOHR: mortar and artillery on an Aleppo district, clashes next door",
          "المرصد السوري لحقوق الإنسان: قُتل ثمانية مواطنين، بينهم سيدتان، جراء قصف القوات النظامية بقذائف الهاون "
          "والمدفعية على حي صلاح الدين في مدينة حلب صباح اليوم الأحد، بينما يخوض مقاتلو الكتائب الثائرة معارك عنيفة "
          "مع القوات النظامية عند أطراف حي سيف الدولة المجاور. وأضاف المرصد أن مقاتلين معارضين أعطبوا دبابة "
          "للقوات النظامية في الاشتباكات.",
          [E("shelling", Q("ثمانية", 8), PL("صلاح الدين", "Salah al-Din", "Aleppo"), "2012-08-05",
             "المرصد السوري لحقوق الإنسان", GOV),
           E("armed_clash", None, PL("سيف الدولة", "Saif al-Dawla", "Aleppo"), None, "المرصد السوري لحقوق الإنسان",
             note="two sides, no actor1; the disabled tank is part of the clash; «بينما» ties it to the day but gold "
                  "leaves the date open")])

passage15("g04", "2012-11-14", "AFP", "a jet strike on a border town; the Turkish side's official as source",
          "أنقرة (أ ف ب) - قُتل 12 شخصاً على الأقل عندما قصفت طائرة حربية سورية اليوم الأربعاء أحياء في مدينة رأس العين "
          "الحدودية التي سيطر عليها مقاتلون معارضون قبل أسبوع، بحسب ما أفاد مسؤول محلي في بلدة جيلان بينار التركية "
          "المقابلة، موضحاً أن نحو 30 جريحاً نُقلوا إلى مستشفى البلدة.",
          [E("airstrike", Q("12", 12, None, True), PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), "2012-11-14",
             "مسؤول محلي في بلدة جيلان بينار التركية", GOV,
             note="Ankara is the dateline, Ceylanpinar where the source is and the wounded went; 30 are injured"),
           E("territory_change", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), None, None, FSA,
             note="recalled in a relative clause (a week before): background, the writer's own knowledge, so the "
                  "official is not its source (judgement)")])

passage15("g05", "2013-03-09", "Enab Baladi", "a raid on a Damascus district; a recalled clash with its toll",
          "اعتقلت قوات الأمن، أمس الجمعة، 35 شاباً خلال حملة دهم وتفتيش في حي برزة الدمشقي، واقتادتهم إلى فرع المخابرات "
          "الجوية في مطار المزة العسكري، بحسب ما أفاد به ناشطون من الحي لعنب بلدي، ولفتوا إلى أن الحملة جاءت عقب "
          "اشتباكات شهدها الحي الأسبوع الماضي بين مقاتلي الجيش الحر والقوات النظامية قُتل فيها أربعة من عناصر الأخيرة.",
          [E("arrest", Q("35", 35), PL("برزة", "Barzeh", "Damascus"), "2013-03-08", "ناشطون من الحي", GOV,
             note="Mezzeh airbase is where they were taken"),
           E("armed_clash", Q("أربعة", 4), PL("برزة", "Barzeh", "Damascus"), "2013-W09", "ناشطون من الحي",
             note="recalled with its own week and toll; «الحي» is Barzeh; two sides, no actor1")])

passage15("g06", "2013-09-18", "Zaman al-Wasl", "a police post defects whole; a recalled attack on it",
          "أفاد مراسل «زمان الوصل» في حماة بأن 17 عنصراً من شرطة مخفر مدينة كفرزيتا، بينهم قائد المخفر برتبة ملازم "
          "أول، انشقوا ليل الاثنين والتحقوا بصفوف الجيش الحر في ريف حماة الشمالي، حاملين معهم أسلحتهم الفردية "
          "وسيارتين للشرطة. وكان المخفر نفسه قد تعرض الشهر الماضي لهجوم شنّه مسلحون مجهولون وأودى بحياة ثلاثة من عناصره.",
          [E("defection", Q("17", 17), PL("كفرزيتا", "Kafr Zita", "Hama"), "2013-09-16", "مراسل «زمان الوصل» في حماة",
             GOV, note="police leave the regime's forces; the commander is one of the 17"),
           E("armed_clash", Q("ثلاثة", 3), PL("كفرزيتا", "Kafr Zita", "Hama"), "2013-08", None, UNK,
             note="recalled attack on the same post last month; a sentence without a source of its own: the outlet")])

passage15("g07", "2014-05-03", "Halab Today", "barrel bombs on a market; SNHR's toll since January",
          "استهدفت مروحيات النظام، صباح اليوم السبت، سوقاً شعبياً في حي الصالحين بمدينة حلب بأربعة براميل متفجرة، ما "
          "خلّف 23 قتيلاً مدنياً وعشرات الجرحى، بحسب الدفاع المدني في حلب. وكانت الشبكة السورية لحقوق الإنسان قد أحصت "
          "أكثر من 1900 قتيل مدني جراء البراميل في المحافظة منذ بداية العام.",
          [E("airstrike", Q("23", 23), PL("الصالحين", "Al-Salihin", "Aleppo"), "2014-05-03", "الدفاع المدني في حلب",
             GOV, note="four barrels, one act; the deaths are the act's"),
           E("airstrike", Q("أكثر من 1900", 1900, None, True), PL("حلب", "Aleppo", "Aleppo"), None,
             "الشبكة السورية لحقوق الإنسان", GOV, kind="aggregate",
             note="MENDED stop 32 (conventions): a running toll naming one cause takes the cause's type, an aggregate (was casualties): barrel-bomb deaths; barrel-bomb deaths in the governorate («المحافظة») since January")])

passage15("g08", "2014-10-12", "Hawar (ANHA)", "YPG repel an IS attack in Kobani; coalition strikes",
          "كوباني – ANHA: تصدّى مقاتلو وحدات حماية الشعب، فجر اليوم، لهجوم واسع شنّه مرتزقة داعش على حي مقتلة في الجهة "
          "الشرقية من مدينة كوباني، وقتلوا 27 منهم، فيما أصيب أربعة من مقاتلي الوحدات بجروح طفيفة، بحسب ما أفاد به "
          "مراسل وكالتنا. كما شنّت طائرات التحالف الدولي ثلاث غارات على تجمعات للمرتزقة جنوب المدينة.",
          [E("armed_clash", Q("27", 27), PL("مقتلة", "Maqtala", "Aleppo"), "2014-10-12", "مراسل وكالتنا", IS,
             note="a repelled attack: the attacker is actor1; the four YPG fighters are injured, not the figure"),
           E("airstrike", Q("ثلاث", 3), PL("كوباني", "Kobani", "Aleppo"), None, "مراسل وكالتنا", COAL,
             note="MENDED stop 33 (conventions): the outlet's own reporter files the whole item, his report carries over "
                  "a later act of another kind (README Source, stop 30; kept by the lead at stop 32) — was the outlet; "
                  "«جنوب المدينة» is a bearing from Kobani")])

passage15("g09", "2015-07-29", "Al-Hayat", "a district taken in Zabadani; the battle's toll since the start",
          "قال المرصد السوري لحقوق الإنسان إن قوات النظام وعناصر «حزب الله» اللبناني تقدمت اليوم داخل مدينة الزبداني في "
          "ريف دمشق الشمالي الغربي وسيطرت على حي الجمعيات في طرفها الغربي، إثر مواجهات مع فصائل المعارضة أسفرت منذ بدء "
          "الهجوم مطلع الشهر الجاري عن مقتل 64 عنصراً من الطرفين. وتلقي المروحيات يومياً عشرات البراميل المتفجرة على "
          "أحياء المدينة.",
          [E("territory_change", None, PL("الجمعيات", "Al-Jamaiyat", "Rif Dimashq"), "2015-07-29",
             "المرصد السوري لحقوق الإنسان", GOV, note="a district as the most specific place"),
           E("armed_clash", Q("64", 64), PL("الزبداني", "Zabadani", "Rif Dimashq"), None, "المرصد السوري لحقوق الإنسان",
             kind="aggregate", note="MENDED stop 32 (conventions): a running toll naming one cause takes the cause's type, an aggregate (was casualties): the confrontations' toll; both sides' dead since the offensive began this month; the daily barrels are a "
                                    "habit, not an event")])

passage15("g10", "2016-02-16", "Anadolu", "Russian jets hit an MSF-backed hospital",
          "ذكر مراسل الأناضول أن طائرات حربية روسية قصفت، أمس الاثنين، بأربعة صواريخ مستشفى تدعمه منظمة «أطباء بلا "
          "حدود» في معرة النعمان جنوبي إدلب، فأودت بحياة 11 شخصاً، بينهم ممرضان، وأخرجت المستشفى عن "
          "الخدمة. وقالت المنظمة في بيان صدر من جنيف إن المنشأة كانت تخدم نحو 40 ألف نسمة.",
          [E("airstrike", Q("11", 11), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2016-02-15", "مراسل الأناضول",
             RUS, note="four missiles, one act; Geneva is where the statement came from; the population served is "
                       "not a figure of the event")])

passage15("g11", "2016-08-08", "Orient", "an academy taken in Aleppo, its dead from a commander; Russian raids",
          "أعلنت فصائل «جيش الفتح» أمس الأحد سيطرتها الكاملة على كلية المدفعية في حي الراموسة جنوب مدينة حلب، بعد معارك "
          "استمرت ستة أيام، ما أتاح فتح ممر إلى الأحياء الشرقية المحاصرة. وقال قائد ميداني في الفصائل لأورينت نت إن "
          "أكثر من 100 عنصر من قوات النظام والميليشيات الموالية لها قُتلوا خلال المعركة. وشنّ الطيران الروسي مساء الأحد "
          "عشرات الغارات على حي الراموسة ومحيطه.",
          [E("territory_change", Q("أكثر من 100", 100, None, True), PL("كلية المدفعية", "Artillery College", "Aleppo"),
             "2016-08-07", "جيش الفتح",
             note="the battle's dead on the taking; a facility as the most specific place; the factions announced it "
                  "(the commander gave the dead): gold names the announcer; a coalition, no single actor1"),
           E("airstrike", Q("عشرات", 20, 90, True), PL("الراموسة", "Ramouseh", "Aleppo", nth=1), "2016-08-07", None, RUS,
             note="a sentence without a source of its own: the outlet")])

passage15("g12", "2017-04-05", "Al Arabiya", "a chemical attack's toll from the civil defence; the army's denial",
          "قالت مديرية الدفاع المدني في إدلب إن 86 شخصاً على الأقل، بينهم 30 طفلاً، قُتلوا في هجوم بغازات سامة نفذته "
          "طائرات حربية على مدينة خان شيخون في ريف إدلب الجنوبي صباح أمس الثلاثاء، فيما تلقّى أكثر من 500 مصاب العلاج في "
          "مشافي المنطقة وفي تركيا. ونفى الجيش السوري في بيان استخدام أي أسلحة كيميائية «في أي وقت».",
          [E("airstrike", Q("86", 86, None, True), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2017-04-04",
             "مديرية الدفاع المدني في إدلب", GOV,
             note="jets unnamed, the army denies (judgement: the regime's jets); Turkey is where wounded were "
                  "treated; the children are a breakdown; the denial is not a second event")])

passage15("g13", "2017-12-20", "SANA", "SANA: villages 'secured' from Nusra in north-east Hama",
          "حماة-سانا: بسطت وحدات جيشنا الباسل سيطرتها اليوم على قرى الرهجان والشاكوسية وأم ميال في ريف حماة الشمالي "
          "الشرقي إثر معارك مع إرهابيي «جبهة النصرة» انتهت بفرار من تبقى منهم نحو ريف إدلب، وفق ما ذكره مراسل سانا، "
          "الذي أشار إلى أن عناصر الهندسة باشروا إزالة الألغام من الطرقات الواصلة بين القرى.",
          [E("territory_change", None, PL("الرهجان", "Al-Rahjan", "Hama"), "2017-12-20", "مراسل سانا", GOV,
             note="a list of villages taken: one group, scored at the first; Idlib is where the fighters fled; the "
                  "engineers' clearing is not an event")])

passage15("g14", "2018-07-02", "Enab Baladi", "a town's deal with Russia; rockets on two towns",
          "قالت مصادر في المعارضة لعنب بلدي إن فصائل مدينة بصرى الشام في ريف درعا الشرقي أبرمت، أمس الأحد، اتفاقاً "
          "مع الضباط الروس ينص على تسليم الأسلحة الثقيلة وانتشار عناصر من الشرطة العسكرية الروسية في المدينة. وفي الريف "
          "الغربي، قصفت قوات الأسد بلدتي طفس وداعل بعشرات الصواريخ من نوع «فيل»، فقُتل خمسة مدنيين، بينهم طفل.",
          [E("agreement", None, PL("بصرى الشام", "Bosra al-Sham", "Daraa"), "2018-07-01", "مصادر في المعارضة",
             note="two parties, no single actor1; the handover and the police entry are the deal's terms"),
           E("shelling", Q("خمسة", 5), PL("طفس", "Tafas", "Daraa"), None, None, GOV,
             note="two towns, one act: a group scored at the first; the deaths are the figure (the rockets' «عشرات» "
                  "is the count); no source of its own: the outlet")])

passage15("g15", "2019-05-21", "Syria TV", "a town retaken in north Hama; its taking recalled",
          "استعادت فصائل «الجبهة الوطنية للتحرير» و«هيئة تحرير الشام» فجر اليوم الثلاثاء السيطرة على كفرنبودة الواقعة في "
          "الريف الشمالي الغربي لحماة، إثر هجوم معاكس قُتل خلاله أكثر من 40 عنصراً للنظام، وفق ما نقله مراسل تلفزيون "
          "سوريا عن مصدر عسكري في الجبهة. وكانت قوات النظام قد سيطرت على البلدة في الثامن من الشهر الجاري بغطاء جوي "
          "روسي كثيف.",
          [E("territory_change", Q("أكثر من 40", 40, None, True), PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2019-05-21",
             "مصدر عسكري في الجبهة", FSA,
             note="the counter-attack's dead on the retaking; the source relayed by the reporter: gold names the inner "
                  "source; NLF first named (opposition factions)"),
           E("territory_change", None, PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2019-05-08", None, GOV,
             note="background with its own day; the Russian air cover is not a separate strike report")])

passage15("g16", "2019-10-13", "North Press", "a Turkish jet hits a civilian convoy; Turkey's ministry claims a town",
          "رأس العين – نورث برس: قُتل خمسة مدنيين، بينهم صحفي، وأصيب أكثر من 70 آخرين، عصر اليوم الأحد، حين استهدفت "
          "طائرة حربية تركية قافلة مدنية عند المدخل الجنوبي لمدينة رأس العين/سري كانيه، بحسب ما أفادت به هيئة الصحة في "
          "الإدارة الذاتية. وفي وقت لاحق، أعلنت وزارة الدفاع التركية أن قواتها والفصائل الموالية لها سيطرت على بلدة سلوك "
          "في ريف الرقة الشمالي.",
          [E("airstrike", Q("خمسة", 5), PL("رأس العين", "Ras al-Ain", "Al-Hasakah", nth=1), "2019-10-13",
             "هيئة الصحة في الإدارة الذاتية", TUR, note="the injured are not the figure"),
           E("territory_change", None, PL("سلوك", "Suluk", "Raqqa"), None, "وزارة الدفاع التركية", TUR,
             note="«في وقت لاحق»: later, gold leaves the date open")])

passage15("g17", "2020-02-11", "Al Jazeera", "Turkish soldiers killed near an airbase; Turkey's retaliation",
          "قالت وزارة الدفاع التركية إن خمسة من جنودها قُتلوا أمس الاثنين، وجُرح خمسة آخرون، جراء قصف بالمدفعية نفذته "
          "قوات النظام السوري على نقطة مراقبة تركية قرب مطار تفتناز العسكري بريف إدلب الشرقي، مضيفة أن قواتها ردّت على الفور "
          "وقصفت 115 هدفاً لقوات النظام و«حيّدت» 101 من عناصره.",
          [E("shelling", Q("خمسة", 5), PL("مطار تفتناز", "Taftanaz airbase", "Idlib"), "2020-02-10",
             "وزارة الدفاع التركية", GOV, note="an airbase as the most specific place; the second «خمسة» are injured"),
           E("shelling", Q("115", 115), None, "2020-02-10", "وزارة الدفاع التركية", TUR,
             note="retaliation «على الفور»: the same day; targets struck are the count, the 101 'neutralised' its "
                  "claimed dead; no place given")])

passage15("g18", "2021-06-09", "Step News", "an assassination in Daraa; the Horan League's monthly count",
          "قُتل أحمد الزعبي، وهو قيادي سابق في «الجيش الحر»، برصاص مسلحين مجهولين مساء أمس الثلاثاء أمام مسجد في بلدة "
          "اليادودة في ريف درعا الغربي، وفق «تجمع أحرار حوران»، الذي أحصى خلال أيار الماضي 38 عملية ومحاولة اغتيال في "
          "المحافظة راح ضحيتها 27 شخصاً، معظمهم من عناصر التسويات.",
          [E("armed_clash", None, PL("اليادودة", "Al-Yadudah", "Daraa"), "2021-06-08", "تجمع أحرار حوران", UNK,
             note="an assassination by gunfire (as earlier sets); one killed, no numeral"),
           E("armed_clash", Q("38", 38), PL("درعا", "Daraa", "Daraa"), None, "تجمع أحرار حوران", kind="aggregate",
             note="assassinations and attempts in the governorate («المحافظة») in May; 27 dead is the same "
                  "aggregate's fatalities")])

passage15("g19", "2022-11-22", "Rudaw", "a Turkish drone on a police car; the campaign's strikes since Sunday",
          "قال المركز الإعلامي لقوات سوريا الديمقراطية إن طائرة مسيّرة تركية استهدفت صباح اليوم الثلاثاء سيارة عسكرية "
          "لقوى الأمن الداخلي قرب بلدة تل حميس في ريف القامشلي، ما أسفر عن مقتل اثنين من عناصرها، مشيراً إلى أن الطائرات "
          "التركية نفّذت أكثر من 80 ضربة على مناطق شمال وشرق سوريا منذ فجر الأحد.",
          [E("airstrike", Q("اثنين", 2), PL("تل حميس", "Tal Hamis", "Al-Hasakah"), "2022-11-22",
             "المركز الإعلامي لقوات سوريا الديمقراطية", TUR, note="a drone strike"),
           E("airstrike", Q("أكثر من 80", 80, None, True), PL("شمال وشرق سوريا", "North and East Syria"), None,
             "المركز الإعلامي لقوات سوريا الديمقراطية", TUR, kind="aggregate",
             note="strikes since Sunday over a multi-governorate region")])

passage15("g20", "2023-08-29", "Deir ez-Zor 24", "tribes take a town from the SDF; SDF reinforcements",
          "انتزع مقاتلو العشائر العربية، اليوم الثلاثاء، السيطرة على بلدة ذيبان شرقي دير الزور من «قسد» إثر مواجهات دامت "
          "ساعات، قُتل خلالها تسعة من عناصرها، بحسب مراسل «دير الزور 24». وفي المقابل، دفعت «قسد» بتعزيزات عسكرية من "
          "الحسكة إلى بلدة البصيرة المجاورة، استعداداً لهجوم معاكس تسعى من خلاله إلى استعادة البلدة.",
          [E("territory_change", Q("تسعة", 9), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-08-29",
             "مراسل «دير الزور 24»", TRIBE, note="the clashes' dead on the taking; «شرقي دير الزور» is a bearing"),
           E("reinforcement", None, PL("البصيرة", "Al-Busayrah", "Deir ez-Zor"), None, None, SDF,
             note="Hasakah is the origin, Busayrah the destination; the counter-attack is an aim; no source of its "
                  "own: the outlet")])

passage15("g21", "2024-01-18", "SOHR", "air raids 'believed Jordanian' on a Sweida town",
          "المرصد السوري لحقوق الإنسان: قُتل 10 مدنيين، بينهم طفلتان وامرأتان، جراء غارات جوية يُرجّح أنها أردنية "
          "استهدفت منزلين في عرمان بالريف الجنوبي للسويداء فجر اليوم الخميس، في ثالث ضربة من نوعها خلال أسبوعين "
          "تستهدف ما تقول عمّان إنهم مهربو مخدرات وأسلحة ينشطون على الحدود.",
          [E("airstrike", Q("10", 10), PL("عرمان", "Urman", "As-Suwayda"), "2024-01-18", "المرصد السوري لحقوق الإنسان",
             JOR, note="a hedged perpetrator (judgement: Jordan); Amman is the claimant; the earlier strikes are "
                       "only counted, not told")])

passage15("g22", "2024-11-30", "Al Jazeera", "the operations room takes Aleppo; Russian raids on a district",
          "قالت «إدارة العمليات العسكرية» التي تقودها فصائل المعارضة، اليوم السبت، إن قواتها أحكمت قبضتها على الجزء "
          "الأكبر من حلب، ومنها قلعة المدينة ومبنى المحافظة، بعدما انسحبت قوات النظام من دون قتال يذكر. وقال الدفاع المدني "
          "السوري إن طائرات روسية قصفت مساء اليوم حي الفرقان، فقُتل أربعة مدنيين وجُرح 12 آخرون.",
          [E("territory_change", None, PL("حلب", "Aleppo", "Aleppo"), "2024-11-30", "إدارة العمليات العسكرية",
             note="the city taken; the citadel and governorate building are landmarks within it; the 2024 "
                  "operations room: no actor1 in gold"),
           E("airstrike", Q("أربعة", 4), PL("الفرقان", "Al-Furqan", "Aleppo"), "2024-11-30", "الدفاع المدني السوري",
             RUS)])

passage15("g23", "2024-12-06", "Syria TV", "a mass defection in Daraa; a border crossing taken",
          "قال مراسل تلفزيون سوريا في درعا إن نحو 120 عنصراً من قوات النظام، بينهم ستة ضباط، انشقوا اليوم الجمعة عن "
          "«الفرقة التاسعة» في مدينة الصنمين وسلّموا أسلحتهم لفصائل محلية، فيما سيطرت «غرفة عمليات الجنوب» على معبر نصيب "
          "الحدودي مع الأردن بعد انسحاب قوات النظام منه.",
          [E("defection", Q("نحو 120", 120, approx=True), PL("الصنمين", "Al-Sanamayn", "Daraa"), "2024-12-06",
             "مراسل تلفزيون سوريا في درعا", GOV, note="the six officers are a breakdown; the Ninth Division is a unit"),
           E("territory_change", None, PL("معبر نصيب", "Nasib border crossing", "Daraa"), None,
             "مراسل تلفزيون سوريا في درعا", FSA,
             note="a crossing as the most specific place; Jordan names the border; inside the reporter's sentence")])

passage15("g24", "2025-01-15", "SANA", "the general security arrests 'remnants' in a Homs district",
          "حمص-سانا: أوقفت وحدات من الأمن العام، أمس الثلاثاء، 14 شخصاً من المطلوبين المتورطين بجرائم بحق المدنيين إبان "
          "حكم النظام السابق، خلال عملية دهم في حي النزهة بمدينة حمص، وضبطت بحوزتهم بنادق وقنابل يدوية، وفق ما قاله "
          "مصدر أمني لسانا، مضيفاً أن العمليات ستتواصل «حتى إلقاء القبض على جميع المتورطين».",
          [E("arrest", Q("14", 14), PL("النزهة", "Al-Nuzha", "Homs"), "2025-01-14", "مصدر أمني", NEWGOV,
             note="the seizure is part of the raid; the campaign's continuation is a future")])

passage15("g25", "2025-03-07", "AFP", "loyalist attacks on the coast; the ministry's reinforcements",
          "دمشق (أ ف ب) - قال المرصد السوري لحقوق الإنسان ومقرّه بريطانيا إن 48 عنصراً من قوات الأمن قُتلوا منذ مساء أمس "
          "الخميس في هجمات منسقة شنّها مسلحون موالون للرئيس المخلوع بشار الأسد على حواجز ودوريات في ريف جبلة، فيما أعلنت "
          "وزارة الدفاع إرسال تعزيزات عسكرية كبيرة إلى مدينة جبلة «لإعادة الأمن والاستقرار».",
          [E("armed_clash", Q("48", 48), PL("ريف جبلة", "Jableh countryside", "Latakia"), "2025-03-06",
             "المرصد السوري لحقوق الإنسان", LOYAL,
             note="coordinated attacks on checkpoints and patrols in one region: one event; Britain is the seat"),
           E("reinforcement", None, PL("جبلة", "Jableh", "Latakia", nth=1), None, "وزارة الدفاع", NEWGOV,
             note="the aim is not an event")])

passage15("g26", "2025-04-02", "Anadolu", "Israeli raids on two air bases",
          "شنّ الجيش الإسرائيلي مساء اليوم الأربعاء سلسلة غارات على مطار حماة العسكري وقاعدة التيفور الجوية في ريف حمص "
          "الشرقي. وأسفرت الغارات عن مقتل أربعة من عناصر وزارة الدفاع وتدمير معظم مدرج مطار حماة، على ما قال مصدر "
          "عسكري سوري للأناضول، فيما قالت تل أبيب إنها استهدفت «قدرات عسكرية متبقية».",
          [E("airstrike", Q("أربعة", 4), PL("مطار حماة العسكري", "Hama military airport", "Hama"), "2025-04-02",
             "مصدر عسكري سوري", ISR,
             note="one series on two bases: a group scored at the first; Tel Aviv's claim is the other side's telling")])

passage15("g27", "2025-05-13", "Suwayda 24", "a roadside IED on a security car, only injured",
          "أصيب ثلاثة من عناصر الأمن العام بجروح متفاوتة ظهر اليوم الثلاثاء إثر انفجار عبوة ناسفة زُرعت على طرف الطريق "
          "واستهدفت سيارتهم قرب بلدة الصورة الكبيرة شمالي السويداء، وفق شبكة «السويداء 24»، التي قالت إن أي جهة لم تعلن "
          "مسؤوليتها عن التفجير حتى ساعة نشر الخبر.",
          [E("explosion", None, PL("الصورة الكبيرة", "Al-Sawra al-Kabira", "As-Suwayda"), "2025-05-13",
             "شبكة «السويداء 24»", UNK, note="injured only: no count, no fatalities; nobody claimed it")])

passage15("g28", "2025-07-16", "Al Arabiya", "an Israeli strike on the General Staff; Sweida's fighting",
          "قصفت مقاتلات إسرائيلية بعد ظهر اليوم الأربعاء مقر هيئة الأركان العامة وسط دمشق بعدة صواريخ، فقُتل اثنان "
          "وأصيب 18 آخرون، وفق حصيلة أولية لوزارة الصحة. وزعم الجيش الإسرائيلي أن الضربة جاءت «دفاعاً عن الدروز» في "
          "محافظة السويداء. وتشهد المحافظة منذ أربعة أيام اشتباكات بين فصائل درزية محلية والقوات الحكومية ومقاتلين من "
          "العشائر.",
          [E("airstrike", Q("اثنان", 2), PL("هيئة الأركان العامة", "General Staff headquarters", "Damascus"),
             "2025-07-16", "وزارة الصحة", ISR,
             note="a facility as the most specific place; protecting the Druze is an aim"),
           E("armed_clash", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), None, None,
             note="ongoing fighting in the governorate («المحافظة»); several sides, no actor1; no source of its own")])

passage15("g29", "2025-08-24", "Enab Baladi", "a drone attack claimed and denied; a counter-accusation of shelling",
          "قالت وزارة الدفاع السورية إن اثنين من عناصر الجيش قُتلا، أمس السبت، في هجوم بطائرة مسيّرة انتحارية شنّته «قسد» "
          "على نقطة عسكرية قرب بلدة دير حافر بريف حلب الشرقي. في المقابل، نفى المركز الإعلامي لـ«قسد» تنفيذ أي هجوم، "
          "واتهم فصائل تابعة للحكومة بقصف قرى في محيط سد تشرين بالمدفعية الثقيلة.",
          [E("airstrike", Q("اثنين", 2), PL("دير حافر", "Dayr Hafir", "Aleppo"), "2025-08-23", "وزارة الدفاع السورية",
             SDF, note="claimed and denied: one asserted event (as earlier sets); a drone strike"),
           E("shelling", None, PL("سد تشرين", "Tishreen Dam", "Aleppo"), None, "المركز الإعلامي لـ«قسد»", NEWGOV,
             note="the accuser is the source; villages around a dam: the dam is the place named")])

passage15("g30", "2025-09-10", "Asharq Al-Awsat", "an evacuation of Bedouin families; the running total",
          "قال محافظ درعا لـ«الشرق الأوسط» إن 1200 شخص من عائلات البدو غادروا أحياء مدينة السويداء أمس الثلاثاء ضمن "
          "الدفعة الثالثة من عمليات الإجلاء التي يرعاها الهلال الأحمر العربي السوري، متوجهين إلى مراكز إيواء في مدينة بصرى "
          "الشام، ليصل عدد من جرى إجلاؤهم منذ تموز الماضي إلى نحو 4 آلاف شخص.",
          [E("other", Q("1200", 1200), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-09-09", "محافظ درعا",
             note="an evacuation; Bosra is the destination; the third batch is an ordinal"),
           E("other", Q("نحو 4 آلاف", 4000, approx=True), PL("السويداء", "As-Suwayda", "As-Suwayda"), None,
             "محافظ درعا", kind="aggregate", note="evacuated since July: a running total")])

passage15("g31", "2025-10-05", "SNHR", "SNHR's monthly report: civilians killed, arbitrary detentions",
          "ذكرت الشبكة السورية لحقوق الإنسان، في تقريرها الدوري الصادر اليوم الأحد، أنها سجّلت مقتل 143 مدنياً في سوريا خلال "
          "أيلول الماضي، بينهم 21 طفلاً و9 سيدات، إضافة إلى ما لا يقل عن 190 حالة احتجاز تعسفي، معظمها في محافظات دير الزور "
          "وحلب وريف دمشق، وحمّلت فلول النظام السابق والقوات الحكومية وقسد المسؤولية عن معظمها.",
          [E("casualties", Q("143", 143), None, None, "الشبكة السورية لحقوق الإنسان", kind="aggregate",
             note="a month's national toll; children and women are a breakdown"),
           E("arrest", Q("ما لا يقل عن 190", 190, None, True), None, None, "الشبكة السورية لحقوق الإنسان",
             kind="aggregate", note="a month's detentions; the governorates and perpetrators are a breakdown")])

passage15("g32", "2012-04-10", "Al Arabiya", "an officer's defection on video, a call, a reason",
          "ظهر العقيد الركن خالد العبود في تسجيل مصوّر بثّه ناشطون على موقع «يوتيوب»، معلناً انشقاقه عن قيادة الفرقة 11 "
          "المتمركزة في مدينة حمص وانضمامه إلى الجيش السوري الحر، وقال إنه اتخذ قراره «احتجاجاً على قصف الأحياء السكنية» "
          "في المدينة، داعياً زملاءه الضباط إلى الانشقاق «وعدم توجيه السلاح إلى صدور أهلهم». ولم يتسنَّ للعربية التأكد من "
          "صحة التسجيل.",
          [E("defection", None, PL("حمص", "Homs", "Homs"), None, "العقيد الركن خالد العبود", GOV,
             note="one officer, no numeral; the shelling is his reason, the appeal a call; the text does not date it")])

passage15("g33", "2013-12-02", "SMART", "a protest before an IS office in Raqqa; the arrest behind it",
          "تظاهر العشرات من أهالي مدينة الرقة، أمس الأحد، أمام مقر «الهيئة الشرعية» التابعة لتنظيم «الدولة الإسلامية في "
          "العراق والشام»، مطالبين بالإفراج عن ناشط إعلامي اعتقله عناصر التنظيم قبل أسبوع من منزله في حي الرميلة، بحسب ما "
          "أفاد به ناشطون من المدينة، وأضافوا أن مسلحي التنظيم أطلقوا النار في الهواء لتفريق المحتجين.",
          [E("protest", Q("العشرات", 20, 90, True), PL("الرقة", "Raqqa", "Raqqa"), "2013-12-01", "ناشطون من المدينة",
             PROT, note="shots in the air to disperse: part of the protest"),
           E("arrest", None, PL("الرميلة", "Al-Rumaila", "Raqqa"), None, "ناشطون من المدينة", IS,
             note="recalled (a week before): one activist, no numeral")])

passage15("g34", "2022-03-07", "Al-Watan", "pro-government daily: an IS ambush on a bus in the Badia",
          "ذكرت مصادر ميدانية لـ«الوطن» أن 13 عسكرياً استشهدوا وأصيب ستة آخرون جراء اعتداء إرهابي بالرصاص والقذائف "
          "الصاروخية نفذته خلايا تابعة لتنظيم داعش على حافلة مبيت عسكرية على طريق دير الزور – تدمر قرب منطقة الشولا، "
          "مساء أمس، مبينة أن وحدات الجيش تمشّط البادية بحثاً عن المهاجمين.",
          [E("armed_clash", Q("13", 13), PL("الشولا", "Al-Shola", "Deir ez-Zor"), "2022-03-06", "مصادر ميدانية", IS,
             note="an ambush; a road: the nearest named place; the sweep is ongoing, no contact reported")])

passage15("g35", "2025-05-01", "Suwayda 24", "a spiritual leadership's statement; a recalled clash with its toll",
          "أصدرت الرئاسة الروحية للمسلمين الموحدين الدروز في السويداء بياناً، اليوم الخميس، أعلنت فيه رفضها «أي حل أمني» "
          "في المحافظة وطالبت بحماية دولية للطائفة، وذلك بعد يومين من مواجهات شهدتها أشرفية صحنايا جنوب غربي دمشق وقُتل فيها "
          "11 عنصراً من قوات الأمن العام، بحسب وزارة الداخلية.",
          [E("statement", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-05-01",
             "الرئاسة الروحية للمسلمين الموحدين الدروز", note="a refusal and a demand in a statement"),
           E("armed_clash", Q("11", 11), PL("أشرفية صحنايا", "Ashrafiyat Sahnaya", "Rif Dimashq"), "2025-04-29",
             "وزارة الداخلية", note="recalled two days back, with its toll; two sides, no actor1")])

passage15("g36", "2019-09-15", "SANA", "an amnesty decree covering desertion",
          "أصدر السيد الرئيس بشار الأسد اليوم مرسوماً تشريعياً حمل الرقم 20 لعام 2019 يمنح عفواً عاماً عن جرائم ارتُكبت قبل "
          "صدوره، ويُعفى بموجبه من كامل العقوبة مرتكبو جرائم الفرار الداخلي والخارجي إذا بادروا إلى تسليم أنفسهم ضمن "
          "مهلة ثلاثة أشهر لمن فرّ داخل البلاد وستة أشهر لمن هم خارجها، كما يشمل العفو نصف العقوبة في عدد من الجنح.",
          [E("desertion", None, None, "2019-09-15", None, GOV,
             note="an amnesty decree for deserters (desertion, as news_dev); the decree number and the months are "
                  "not counts; no place")])

# -- set 17: written in stop 25 (14:50-15:40 UTC) by helper probe17, BEFORE marsad was run on it, after
# reading real reporting in the `pages` corpus for phrasing only (scored with --set probe17) -------------
P17 = []


def passage17(pid, published, outlet, style, text, events):
    P17.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage17("t01", "2011-06-10", "AFP", "a Friday protest fired on; a foreign dateline; the observatory's head as source",
          "نيقوسيا (أ ف ب) - أكد رئيس المرصد السوري لحقوق الإنسان رامي عبد الرحمن في اتصال هاتفي مع فرانس برس أن "
          "عناصر الأمن فتحوا النار اليوم الجمعة على نحو ثلاثة آلاف متظاهر خرجوا من المساجد في مدينة معرة النعمان "
          "بمحافظة إدلب، فقتلوا خمسة منهم على الأقل، مضيفاً أن مروحيات عسكرية حلّقت فوق المدينة طوال ساعات الاحتجاج.",
          [E("protest", Q("نحو ثلاثة آلاف", 3000, approx=True), PL("معرة النعمان", "Maarat al-Numan", "Idlib"),
             "2011-06-10", "رئيس المرصد السوري لحقوق الإنسان رامي عبد الرحمن", PROT,
             note="fire on a protest: one protest event with its fatalities (five at least); Nicosia is the dateline; "
                  "the helicopters over the town are part of the day, not an event")])

passage17("t02", "2012-02-04", "Zaman al-Wasl", "a defection with a ranks breakdown; an earlier defection recalled",
          "أفاد مراسل «زمان الوصل» في حمص بانشقاق 12 عسكرياً، بينهم ملازم أول وثلاثة صف ضباط، عن كتيبة الدبابات "
          "المتمركزة عند المدخل الشمالي لمدينة الرستن فجر أمس، وقال إنهم خرجوا بأسلحتهم الفردية وانضموا إلى كتيبة "
          "«خالد بن الوليد». وكانت المدينة قد شهدت في كانون الأول الماضي انشقاق نحو 40 عنصراً اشتبكوا مع حاجز "
          "للجيش قبل انسحابهم إلى المزارع المحيطة.",
          [E("defection", Q("12", 12), PL("الرستن", "Al-Rastan", "Homs"), "2012-02-03", "مراسل «زمان الوصل» في حمص",
             GOV, note="the ranks are a breakdown; joining a battalion is part of the defection"),
           E("defection", Q("نحو 40", 40, approx=True), PL("الرستن", "Al-Rastan", "Homs"), "2011-12", None, GOV,
             note="recalled with its own month («المدينة» is Rastan); the clash with the checkpoint is part of it; "
                  "a «وكانت» recall in the writer's voice: outlet (judgement)")])

passage17("t03", "2012-07-19", "Reuters", "a border crossing taken; a Turkish dateline",
          "أنطاكيا (تركيا) (رويترز) - قال مسؤولون أتراك ومقاتلون من المعارضة السورية إن مقاتلي الجيش السوري الحر "
          "سيطروا اليوم الخميس على معبر باب الهوى الحدودي مع تركيا بعد معارك مع القوات الحكومية استمرت عدة ساعات. "
          "وأظهرت لقطات مصورة مقاتلين يرفعون علم الاستقلال فوق مبنى الجمارك ويمزقون صورة كبيرة للرئيس بشار الأسد.",
          [E("territory_change", None, PL("معبر باب الهوى", "Bab al-Hawa crossing", "Idlib"), "2012-07-19",
             "مسؤولون أتراك", FSA,
             note="the battle that took it is the same incident; Antakya is the dateline, Turkey the other side of the "
                  "border; the footage is not an event")])

passage17("t04", "2012-10-17", "SANA", "old SANA: army units against 'terrorists' in an Aleppo district",
          "حلب-سانا: أوقعت وحدات من قواتنا المسلحة الباسلة اليوم عدداً كبيراً من الإرهابيين المرتزقة قتلى ومصابين في "
          "اشتباكات عنيفة بحي بستان القصر، ودمرت لهم أربع سيارات مزودة برشاشات ثقيلة. وذكر مصدر عسكري لمراسل سانا أن "
          "من بين القتلى إرهابيين يحملون جنسيات أجنبية، مشيراً إلى أن الوحدات تلاحق فلول المجموعات الإرهابية في "
          "الأحياء المجاورة.",
          [E("armed_clash", None, PL("بستان القصر", "Bustan al-Qasr", "Aleppo"), "2012-10-17", "مصدر عسكري", GOV,
             note="no figure of people («عدداً كبيراً»); four cars are the wrong thing; the pursuit in nearby districts "
                  "is the same operation, no place of its own")])

passage17("t05", "2013-04-14", "SOHR", "SOHR: barrel bombs on a Daraa town; clashes next door with shelling",
          "المرصد السوري لحقوق الإنسان: ألقى الطيران المروحي ثمانية براميل متفجرة على مناطق في بلدة إبطع بريف درعا "
          "صباح اليوم، ما أدى لاستشهاد أربعة مواطنين بينهم طفلان وسقوط عدد من الجرحى، تزامن ذلك مع اشتباكات عنيفة "
          "بين مقاتلي الكتائب المقاتلة والقوات النظامية على أطراف مدينة داعل المجاورة، ترافقت مع قصف من القوات "
          "النظامية على مناطق الاشتباك.",
          [E("airstrike", Q("أربعة", 4), PL("إبطع", "Ibta", "Daraa"), "2013-04-14", "المرصد السوري لحقوق الإنسان", GOV,
             note="MENDED stop 30 (conventions): an act's figure is its dead when the text numbers them (README stop 30, news_dev README: «an airstrike that killed five … whose count is the five»; sets 1-21 and news_dev name the dead 34 times against 3; was: the barrels/raids, which the scorer still accepts); the eight barrels are its count"),
           E("armed_clash", None, PL("داعل", "Dael", "Daraa"), "2013-04-14", "المرصد السوري لحقوق الإنسان",
             note="two sides, no actor1; the shelling of the clash area goes with the clash (judgement)")])

passage17("t06", "2013-08-20", "Enab Baladi", "a raid on a town north of Damascus; an attack two days earlier",
          "شنّت قوات الأسد، أمس الاثنين، حملة دهم واعتقال في مدينة التل شمال دمشق، طالت 27 شاباً بينهم طلاب جامعيون، "
          "بحسب ما أفاد به ناشطون من المدينة لعنب بلدي. وأوضح الناشطون أن الحملة جاءت بعد يومين من هجوم شنّه مقاتلون "
          "من الجيش الحر على حاجز «الكازية» عند مدخل المدينة، قُتل فيه ثلاثة عناصر من الأمن العسكري.",
          [E("arrest", Q("27", 27), PL("التل", "Al-Tall", "Rif Dimashq"), "2013-08-19", "ناشطون من المدينة", GOV,
             note="Damascus is a bearing; the students are a breakdown"),
           E("armed_clash", Q("ثلاثة", 3), PL("التل", "Al-Tall", "Rif Dimashq"), "2013-08-17", "ناشطون من المدينة", FSA,
             note="an attack on a checkpoint (armed clash), two days before Monday; «المدينة» is al-Tall; «الكازية» is "
                  "the checkpoint's name")])

passage17("t07", "2014-01-20", "Anadolu", "a car bomb at a border crossing; nobody claimed it",
          "كلس/ الأناضول - قُتل 16 شخصاً على الأقل وأصيب أكثر من 30 آخرين، اليوم الاثنين، في انفجار سيارة مفخخة قرب "
          "معبر باب السلامة الحدودي بين سوريا وتركيا، من الجانب السوري، بحسب ما أفاد مسؤول في إدارة المعبر لمراسل "
          "الأناضول. ولم تتبنَّ أي جهة التفجير حتى الآن، فيما نقل ناشطون أن معظم الضحايا من المدنيين الذين كانوا "
          "ينتظرون العبور.",
          [E("explosion", Q("16", 16, None, True), PL("معبر باب السلامة", "Bab al-Salameh crossing", "Aleppo"),
             "2014-01-20", "مسؤول في إدارة المعبر", UNK,
             note="Kilis is the dateline; 30+ injured; unclaimed: unidentified")])

passage17("t08", "2015-02-09", "Hawar", "YPG statement: villages taken from IS south of Kobani",
          "كوباني/ هاوار - أعلنت القيادة العامة لوحدات حماية الشعب في بيان اليوم تحرير سبع قرى جديدة في ريف كوباني "
          "الجنوبي من مرتزقة داعش، إثر اشتباكات عنيفة استمرت منذ مساء أمس، قُتل فيها 19 مرتزقاً واستولى المقاتلون على "
          "كميات من الأسلحة والذخائر. وأضاف البيان أن مقاتلي الوحدات يواصلون تقدمهم نحو طريق حلب – الحسكة.",
          [E("territory_change", Q("19", 19), PL("ريف كوباني الجنوبي", "Kobani", "Aleppo"), "2015-02-09",
             "القيادة العامة لوحدات حماية الشعب", SDF,
             note="unnamed villages in one region: one event; the 19 killed in the fighting are its fatalities (the "
                  "seven villages are places, not people); the road is an aim")])

passage17("t09", "2015-10-15", "Anadolu", "Russian jets on a Homs town in the first weeks of the campaign",
          "حمص/ الأناضول - قال مراسل الأناضول إن مقاتلات روسية شنّت، اليوم الخميس، 12 غارة جوية على مدينة تلبيسة بريف "
          "حمص الشمالي، ما أسفر عن مقتل تسعة مدنيين بينهم ثلاثة أطفال، وإصابة آخرين. وتقول موسكو إن غاراتها في سوريا، "
          "التي بدأت نهاية الشهر الماضي، تستهدف مواقع تنظيم «داعش»، فيما يؤكد ناشطون أن معظمها يطال مناطق المعارضة "
          "والمدنيين.",
          [E("airstrike", Q("تسعة", 9), PL("تلبيسة", "Talbiseh", "Homs"), "2015-10-15", "مراسل الأناضول", RUS,
             note="MENDED stop 30 (conventions): an act's figure is its dead when the text numbers them (README stop 30, news_dev README: «an airstrike that killed five … whose count is the five»; sets 1-21 and news_dev name the dead 34 times against 3; was: the barrels/raids, which the scorer still accepts); 12 strikes are its count; Moscow's claim about its campaign is a habit, not an event")])

passage17("t10", "2016-07-28", "SOHR", "SOHR: ongoing clashes on Aleppo's northern edge with a two-sided toll",
          "المرصد السوري لحقوق الإنسان: تستمر الاشتباكات العنيفة منذ فجر اليوم بين الفصائل المقاتلة والإسلامية من جهة، "
          "وقوات النظام والمسلحين الموالين لها من جهة أخرى، في محيط منطقة الليرمون عند الأطراف الشمالية لمدينة حلب، "
          "وسط قصف متبادل بين الطرفين، وقد أسفرت الاشتباكات عن مقتل 12 مقاتلاً على الأقل من الطرفين، هم سبعة من "
          "قوات النظام وخمسة من الفصائل.",
          [E("armed_clash", Q("12", 12, None, True), PL("الليرمون", "Al-Layramoun", "Aleppo"), "2016-07-28",
             "المرصد السوري لحقوق الإنسان",
             note="two sides, no actor1; 7 and 5 are a breakdown of the 12; the mutual shelling is part of the clash")])

passage17("t11", "2016-12-15", "Al Jazeera", "the first evacuation convoy out of east Aleppo",
          "قال مراسل الجزيرة إن عملية إجلاء المحاصرين من الأحياء الشرقية لمدينة حلب بدأت صباح اليوم الخميس، وإن أول "
          "قافلة خرجت تضم نحو 950 شخصاً، بينهم نحو مئتي جريح، متجهة إلى ريف حلب الغربي عبر معبر الراموسة، وذلك "
          "بموجب اتفاق رعته روسيا وتركيا بعد أسابيع من الحصار والقصف العنيف.",
          [E("other", Q("نحو 950", 950, approx=True), PL("حلب", "Aleppo", "Aleppo"), "2016-12-15", "مراسل الجزيرة",
             note="an evacuation from east Aleppo; the western countryside is the destination and Ramouseh the route; "
                  "the wounded are a breakdown; the deal it follows is its frame, not a new agreement told here")])

passage17("t12", "2017-06-21", "Asharq Al-Awsat", "coalition strikes on a Raqqa district; the SDF advance next door",
          "قالت حملة «الرقة تُذبح بصمت» إن 14 مدنياً، بينهم خمسة أطفال، قُتلوا أمس الثلاثاء جراء غارات لطيران التحالف "
          "الدولي على حي الرميلة شرقي مدينة الرقة، في وقت تمكنت فيه قوات سوريا الديمقراطية من السيطرة على أجزاء من "
          "حي المشلب المجاور بعد معارك مع عناصر تنظيم الدولة استمرت أكثر من أسبوع.",
          [E("airstrike", Q("14", 14), PL("الرميلة", "Al-Rumaila", "Raqqa"), "2017-06-20", "حملة «الرقة تُذبح بصمت»",
             COAL, note="the campaign's name holds the city"),
           E("territory_change", None, PL("المشلب", "Al-Mishlab", "Raqqa"), "2017-06-20", "حملة «الرقة تُذبح بصمت»",
             SDF, note="parts of a district taken after a week's battle: one event; the week is a duration")])

passage17("t13", "2018-02-08", "Anadolu", "Olive Branch: a subdistrict centre taken; the operation's running total",
          "أنقرة/ الأناضول - أعلنت رئاسة الأركان التركية، اليوم الخميس، أن القوات المسلحة التركية و«الجيش السوري الحر» "
          "سيطرا على مركز ناحية بلبل في منطقة عفرين شمالي سوريا، بعد تطهيره من إرهابيي «ب ي د/ بي كي كي». وأوضحت في "
          "بيان أن عدد النقاط التي تمت السيطرة عليها منذ انطلاق عملية «غصن الزيتون» ارتفع بذلك إلى 37 نقطة، بينها 27 "
          "قرية.",
          [E("territory_change", None, PL("بلبل", "Bulbul", "Aleppo"), "2018-02-08", "رئاسة الأركان التركية", TUR,
             note="Turkish forces with the FSA: actor1 the Turkish forces; Ankara is the dateline"),
           E("territory_change", Q("37", 37), PL("عفرين", "Afrin", "Aleppo"), None, "رئاسة الأركان التركية", TUR,
             kind="aggregate", note="points taken since the operation began (in the Afrin area); 27 villages are a "
                                    "breakdown")])

passage17("t14", "2018-07-17", "SANA", "old SANA: the flag raised in a Daraa town after a settlement",
          "درعا-سانا: رفعت وحدات من الجيش العربي السوري العلم الوطني في ساحة مدينة إنخل بريف درعا الشمالي الغربي، بعد "
          "إخراج الإرهابيين منها وإعادة الأمن والاستقرار إليها، وسط ترحيب الأهالي. وأفاد مراسل سانا بأن الجهات المختصة "
          "تسلّمت من المسلحين في المدينة كميات من الأسلحة الثقيلة بينها دبابتان وعدد من مدافع الهاون، تمهيداً لتسوية "
          "أوضاعهم.",
          [E("territory_change", None, PL("إنخل", "Inkhil", "Daraa"), "2018-07-17", "مراسل سانا", GOV,
             note="the handed-over weapons (two tanks) are the wrong thing; the settlement of the gunmen is an aim; "
                  "«ساحة مدينة إنخل» is the town's square")])

passage17("t15", "2019-05-27", "Syria TV", "barrel bombs on two towns of northern Hama; artillery on an Idlib village",
          "قال الدفاع المدني السوري إن طائرات النظام الحربية والمروحية ألقت أكثر من 40 برميلاً متفجراً على بلدتي "
          "كفرنبودة وقلعة المضيق في ريف حماة الشمالي خلال يوم أمس، ما أدى إلى مقتل ستة مدنيين، في حين قُتل طفل وأصيب "
          "آخرون بقصف مدفعي استهدف بلدة الهبيط جنوبي إدلب، وفق ما نقل تلفزيون سوريا عن فرق الدفاع المدني.",
          [E("airstrike", Q("ستة", 6), PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2019-05-26",
             "الدفاع المدني السوري", GOV,
             note="MENDED stop 30 (conventions): an act's figure is its dead when the text numbers them (README stop 30, news_dev README: «an airstrike that killed five … whose count is the five»; sets 1-21 and news_dev name the dead 34 times against 3; was: the barrels/raids, which the scorer still accepts); one act on a list of two towns: one event (a group scores as one), gold at the first place; six "
                  "killed are its fatalities"),
           E("shelling", None, PL("الهبيط", "Al-Habit", "Idlib"), "2019-05-26", "الدفاع المدني السوري",
             note="one child killed, no numeral: no figure; the text names no shooter")])

passage17("t16", "2019-10-13", "North Press", "a Turkish drone on a civilian convoy near Ras al-Ain",
          "قالت مصادر طبية في مدينة رأس العين لـ«نورث برس» إن 11 مدنياً قُتلوا، بينهم صحفيان، وأصيب العشرات بجروح، "
          "اليوم الأحد، جراء استهداف طائرة مسيّرة تركية قافلة مدنية على مشارف المدينة كانت قادمة من بلدة تل تمر "
          "للتضامن مع الأهالي. وتأتي الضربة في اليوم الخامس من الهجوم الذي يشنّه الجيش التركي وفصائل موالية له على "
          "المنطقة.",
          [E("airstrike", Q("11", 11), PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), "2019-10-13",
             "مصادر طبية في مدينة رأس العين", TUR,
             note="a drone strike; Tell Tamr is where the convoy came from; the offensive in its fifth day is the "
                  "frame, not a counted event")])

passage17("t17", "2020-02-28", "Al Jazeera", "Turkish soldiers killed by an air strike in Idlib; Turkey's reply",
          "أعلن والي ولاية هطاي التركية رحمي دوغان مقتل 33 جندياً تركياً وإصابة 32 آخرين، مساء أمس الخميس، في غارة جوية "
          "نسبتها أنقرة إلى طائرات النظام السوري على موقع للجيش التركي قرب بلدة بليون في جبل الزاوية جنوبي إدلب. وقالت "
          "وزارة الدفاع التركية إن قواتها ردّت بقصف مدفعي على مواقع للنظام.",
          [E("airstrike", Q("33", 33), PL("بليون", "Balyun", "Idlib"), "2020-02-27",
             "والي ولاية هطاي التركية رحمي دوغان", GOV,
             note="Hatay is the governor's province; 32 injured"),
           E("shelling", None, None, None, "وزارة الدفاع التركية", TUR,
             note="the reply on unnamed regime positions: no place, no figure; the text does not date it")])

passage17("t18", "2020-06-18", "Horan Free League", "an assassination in western Daraa; a count of the month's",
          "تجمع أحرار حوران: اغتال مسلحون مجهولون مساء أمس الأربعاء قيادياً سابقاً في فصائل المعارضة، يعمل حالياً ضمن "
          "صفوف اللواء الثامن المدعوم روسياً، بإطلاق النار عليه قرب منزله في بلدة المزيريب بريف درعا الغربي، ما أدى "
          "إلى مقتله على الفور. وهذه ثالث عملية اغتيال تشهدها البلدة منذ مطلع الشهر الجاري، ولم تتبنَّ أي جهة العملية.",
          [E("armed_clash", None, PL("المزيريب", "Al-Muzayrib", "Daraa"), "2020-06-17", "تجمع أحرار حوران", UNK,
             note="an assassination by gunfire (armed_clash as earlier sets); one killed, no numeral; «المدعوم روسياً» "
                  "is a backer; «ثالث» is an ordinal, not an aggregate figure")])

passage17("t19", "2021-04-12", "SOHR", "SOHR: an IS ambush on a bus in the desert; the running toll since 2019",
          "المرصد السوري لحقوق الإنسان: قُتل تسعة عناصر من قوات النظام والمسلحين الموالين لها، اليوم، إثر استهداف خلايا "
          "تنظيم «الدولة الإسلامية» حافلة عسكرية تقلّهم بالرصاص والقذائف الصاروخية في بادية الشولا على طريق دير الزور – "
          "تدمر. وبذلك، يرتفع إلى 1,436 عدد قتلى قوات النظام والميليشيات الموالية لها في البادية منذ 24 آذار 2019، "
          "بحسب إحصاءات المرصد.",
          [E("armed_clash", Q("تسعة", 9), PL("بادية الشولا", "Al-Shola desert", "Deir ez-Zor"), "2021-04-12",
             "المرصد السوري لحقوق الإنسان", IS, note="an ambush; the road's ends are a route"),
           E("casualties", Q("1,436", 1436), PL("البادية", "Syrian Desert (Badia)"), None, "المرصد السوري لحقوق الإنسان",
             kind="aggregate", note="deaths since March 2019 in the Badia (a multi-governorate region)")])

passage17("t20", "2022-08-19", "Hawar", "Hawar: a Turkish drone on an SDF car in a Qamishli district",
          "قامشلو/ هاوار - استشهد ثلاثة مقاتلين من قوات سوريا الديمقراطية، وأصيب مدني بجروح، ظهر اليوم الجمعة، جراء "
          "استهداف طائرة مسيّرة تابعة لجيش الاحتلال التركي سيارة عسكرية في حي الهلالية بمدينة قامشلو، بحسب ما أفاد به "
          "مراسل وكالتنا. ويأتي ذلك ضمن سلسلة هجمات تشنّها دولة الاحتلال التركي على مناطق شمال وشرق سوريا منذ مطلع الشهر.",
          [E("airstrike", Q("ثلاثة", 3), PL("الهلالية", "Al-Hilaliyah", "Al-Hasakah"), "2022-08-19", "مراسل وكالتنا",
             TUR, note="«قامشلو» is Qamishli; the series of attacks since the month began has no figure: not an event")])

passage17("t21", "2023-08-30", "Deir ez-Zor 24", "tribal fighters against the SDF; the arrest that set it off",
          "دير الزور 24: هاجم مقاتلون من أبناء العشائر العربية، فجر اليوم الأربعاء، مواقع لميليشيا «قسد» في بلدة ذيبان "
          "بريف دير الزور الشرقي، واندلعت اشتباكات عنيفة بين الطرفين أسفرت عن مقتل أربعة من عناصر الميليشيا وإصابة "
          "آخرين، وفق ما أفاد به مراسلنا. وتأتي المواجهات بعد ثلاثة أيام من اعتقال «قسد» قائد ما يسمى مجلس دير الزور "
          "العسكري في مدينة الحسكة.",
          [E("armed_clash", Q("أربعة", 4), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-08-30", "مراسلنا", TRIBE),
           E("arrest", None, PL("الحسكة", "Al-Hasakah", "Al-Hasakah"), "2023-08-27", None, SDF,
             note="recalled, three days earlier, in the writer's voice: outlet (judgement); one person, no numeral; "
                  "«مجلس دير الزور العسكري» is a name holding a place")])

passage17("t22", "2024-12-05", "Enab Baladi", "the 2024 offensive takes Hama; prisoners freed",
          "أعلنت «إدارة العمليات العسكرية» سيطرتها الكاملة على مدينة حماة، اليوم الخميس 5 من كانون الأول، بعد انسحاب "
          "قوات النظام منها إثر معارك على أطرافها الشمالية استمرت ثلاثة أيام، وقالت في بيان إن مقاتليها حرّروا مئات "
          "المعتقلين من السجن المركزي في المدينة. وتُعد حماة رابع مدينة كبرى تخرج عن سيطرة النظام منذ بدء معركة «ردع "
          "العدوان» في 27 من تشرين الثاني.",
          [E("territory_change", None, PL("حماة", "Hama", "Hama"), "2024-12-05", "إدارة العمليات العسكرية", HTS,
             note="the operations room led by HTS; the three days of fighting are the taking; «رابع» is an ordinal"),
           E("other", Q("مئات", 200, 900, True), PL("السجن المركزي", "Hama Central Prison", "Hama"), "2024-12-05",
             "إدارة العمليات العسكرية", HTS,
             note="detainees freed from a prison (a facility: the most specific place)")])

passage17("t23", "2025-01-26", "Syria TV", "the general security's sweep in the Jableh countryside",
          "ألقت إدارة الأمن العام القبض على 17 شخصاً من «فلول النظام البائد» خلال حملة تمشيط في قرى ريف جبلة، أمس السبت، "
          "بينهم ضابط سابق متهم بارتكاب انتهاكات بحق معتقلين في سجن صيدنايا، بحسب ما نقلته وكالة «سانا» عن مصدر في "
          "الإدارة. وأضاف المصدر أن الحملة أسفرت أيضاً عن ضبط أسلحة متوسطة وخفيفة وذخائر كانت مخبأة في أحد البساتين.",
          [E("arrest", Q("17", 17), PL("ريف جبلة", "Jableh countryside", "Latakia"), "2025-01-25", "مصدر في الإدارة",
             NEWGOV, note="Saydnaya is where the officer's alleged abuses were; SANA relays the source; the seized "
                          "weapons are part of the sweep")])

passage17("t24", "2025-03-07", "SOHR", "the coast, March 2025: an ambush near Jableh; fighting still going on",
          "وثّق المرصد السوري لحقوق الإنسان مقتل 16 عنصراً من قوى الأمن العام، مساء أمس الخميس، في كمين لعناصر من "
          "فلول النظام السابق استهدف دورية أمنية قرب دوار جبلة عند المدخل الجنوبي للمدينة، في حين لا تزال الاشتباكات "
          "مستمرة حتى صباح اليوم في محيط قرية بيت عانا بريف اللاذقية بين قوات وزارة الدفاع ومجموعات مسلحة تتحصن في "
          "الأحراج.",
          [E("armed_clash", Q("16", 16), PL("جبلة", "Jableh", "Latakia"), "2025-03-06", "المرصد السوري لحقوق الإنسان",
             LOYAL, note="an ambush on a patrol"),
           E("armed_clash", None, PL("بيت عانا", "Beit Ana", "Latakia"), "2025-03-07", "المرصد السوري لحقوق الإنسان",
             note="ongoing at another place; two sides, no actor1")])

passage17("t25", "2025-07-13", "North Press", "Sweida, July 2025: the first day's fighting in a city district",
          "قال موقع «السويداء 24» المحلي إن 11 شخصاً قُتلوا، بينهم طفلان، وأصيب أكثر من 40 آخرين في اشتباكات اندلعت "
          "منذ صباح اليوم الأحد بين فصائل محلية ومسلحين من عشائر البدو في حي المقوس شرقي مدينة السويداء، على خلفية "
          "توترات متراكمة بين الطرفين، فيما أعلنت وزارة الداخلية أنها ستتدخل لفض الاشتباكات.",
          [E("armed_clash", Q("11", 11), PL("المقوس", "Al-Maqwas", "As-Suwayda"), "2025-07-13", "موقع «السويداء 24»",
             note="two sides, no actor1; 40+ injured; the ministry's intervention is a future")])

passage17("t26", "2025-07-16", "Al Jazeera", "Israeli strikes on the defence ministry in Damascus; a threat",
          "شنّ الطيران الحربي الإسرائيلي، بعد ظهر اليوم الأربعاء، سلسلة غارات على مبنى وزارة الدفاع السورية وسط دمشق، "
          "ما أدى إلى إصابة 18 شخصاً، بحسب وزارة الصحة السورية. وقال الجيش الإسرائيلي في بيان إنه استهدف «مدخل مقر "
          "هيئة الأركان» في العاصمة، مهدداً بتوسيع ضرباته إذا لم تنسحب القوات الحكومية من محافظة السويداء.",
          [E("airstrike", None, PL("دمشق", "Damascus", "Damascus"), "2025-07-16", "وزارة الصحة السورية", ISR,
             note="injured only: no count, no fatalities; the army's statement tells the same strikes; Sweida is in a "
                  "conditional threat")])

passage17("t27", "2025-05-20", "SANA", "new SANA: an Israeli incursion with arrests in Quneitra; an earlier checkpoint",
          "القنيطرة-سانا: دخلت دورية لجيش الاحتلال الإسرائيلي تضم ست عربات عسكرية قرية عين زيوان في ريف القنيطرة "
          "الجنوبي فجر اليوم الثلاثاء، وفتّشت بيوتاً عدة واقتادت ثلاثة شبان من سكانها إلى جهة مجهولة، ثم انسحبت نحو "
          "الجولان السوري المحتل، حسبما ذكر مراسل سانا في المحافظة. وسبق أن نصبت قوة مماثلة الأسبوع الماضي حاجزاً على "
          "الطريق الواصل بين قريتي صيدا الحانوت والرفيد.",
          [E("arrest", Q("ثلاثة", 3), PL("عين زيوان", "Ain Ziwan", "Quneitra"), "2025-05-20", "مراسل سانا في المحافظة",
             ISR,
             note="the incursion and its arrests are one event; six vehicles are the wrong thing; the Golan is where "
                  "they withdrew; last week's checkpoint is no event type")])

passage17("t28", "2012-08-14", "Orient", "a general reaches Turkey after defecting; the officers' camp total",
          "وصل العميد الركن سليم الحمود إلى الأراضي التركية برفقة عائلته، مساء أمس، بعد إعلانه الانشقاق عن قوات النظام، "
          "وكان يشغل منصب رئيس أركان لواء في الفرقة 17 المتمركزة في الرقة، بحسب ما أكده مصدر في الجيش الحر لأورينت نت. "
          "وبذلك يرتفع إلى 31 عدد الضباط برتبة عميد الذين وصلوا إلى مخيم الضباط في أبايدن بولاية هطاي منذ بداية الثورة.",
          [E("defection", None, PL("الرقة", "Raqqa", "Raqqa"), None, "مصدر في الجيش الحر", GOV,
             note="one officer, no numeral; his unit's base is the place; Turkey is where he arrived (the arrival is "
                  "dated, the defection is not)"),
           E("defection", Q("31", 31), None, None, "مصدر في الجيش الحر", GOV, kind="aggregate",
             note="generals who reached the camp since 2011: defected from many places, counted in Hatay: no place; "
                  "«وبذلك» carries the source on")])

passage17("t29", "2025-08-27", "Al-Watan", "the foreign ministry condemns an Israeli strike near Kisweh",
          "دانت وزارة الخارجية والمغتربين السورية، في بيان اليوم الأربعاء، الغارات الإسرائيلية التي استهدفت مساء أمس "
          "الثلاثاء موقعاً عسكرياً قرب مدينة الكسوة بريف دمشق، وأسفرت عن مقتل ستة من عناصر الجيش العربي السوري، "
          "ووصفتها بأنها «انتهاك صارخ للسيادة السورية» و«تهديد مباشر للأمن الإقليمي»، مطالبة مجلس الأمن بتحمل "
          "مسؤولياته.",
          [E("airstrike", Q("ستة", 6), PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2025-08-26",
             "وزارة الخارجية والمغتربين السورية", ISR),
           E("statement", None, PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2025-08-27", "وزارة الخارجية والمغتربين السورية",
             note="MENDED stop 32 (conventions): a stance is placed at the one place it concerns, the strike's town "
                  "(was: no place); a condemnation with a demand")])

passage17("t30", "2025-03-10", "Asharq Al-Awsat", "the presidency announces the SDF integration deal",
          "دمشق - «الشرق الأوسط»: أعلنت الرئاسة السورية، مساء اليوم الاثنين، توقيع اتفاق بين الرئيس أحمد الشرع وقائد "
          "«قوات سوريا الديمقراطية» مظلوم عبدي في العاصمة دمشق، يقضي بدمج كافة المؤسسات المدنية والعسكرية في شمال شرقي "
          "سوريا ضمن إدارة الدولة، بما فيها المعابر الحدودية والمطار وحقول النفط والغاز، على أن تعمل لجان تنفيذية على "
          "تطبيقه قبل نهاية العام.",
          [E("agreement", None, PL("دمشق", "Damascus", "Damascus", nth=1), "2025-03-10", "الرئاسة السورية",
             note="two parties, no single actor1; signed in Damascus (also the dateline); the north-east is the deal's "
                  "scope; the committees are a future")])

passage17("t31", "2019-06-01", "SNHR", "SNHR's monthly report: civilians killed and arrests in May",
          "قالت الشبكة السورية لحقوق الإنسان إنها سجّلت مقتل 219 مدنياً على امتداد أيار الماضي في عموم سوريا، من بينهم "
          "54 طفلاً و31 امرأة، محمّلة قوات النظام السوري وحليفتها روسيا المسؤولية عن مقتل 173 منهم، سقط معظمهم في "
          "محافظتي إدلب وحماة. وأحصت الشبكة في تقريرها الشهري، الصادر اليوم، ما لا يقل عن 512 حالة اعتقال تعسفي خلال "
          "الشهر نفسه.",
          [E("casualties", Q("219", 219), None, "2019-05", "الشبكة السورية لحقوق الإنسان", kind="aggregate",
             note="a month's national toll; children, women and the perpetrators' 173 are breakdowns; Idlib and Hama "
                  "are where most were"),
           E("arrest", Q("ما لا يقل عن 512", 512, None, True), None, "2019-05", "الشبكة السورية لحقوق الإنسان",
             kind="aggregate", note="the month's arbitrary arrests, nationwide")])

passage17("t32", "2023-08-29", "Suwayda 24", "Sweida 2023: the tenth day of protests; party offices shut",
          "السويداء 24 - تجمّع مئات المحتجين، اليوم الثلاثاء، في ساحة الكرامة وسط مدينة السويداء لليوم العاشر على "
          "التوالي، رافعين شعارات تطالب بتطبيق القرار الأممي 2254 والإفراج عن المعتقلين، فيما أغلق محتجون في بلدتي "
          "القريا وعرمان مقار حزب البعث ورفعوا عليها لافتات كتب عليها «مغلق بأمر الشعب».",
          [E("protest", Q("مئات", 200, 900, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-08-29", None, PROT,
             note="the square is in the city (gold keeps the city: judgement); «العاشر» is an ordinal; 2254 is a "
                  "resolution number; no source but the outlet"),
           E("protest", None, PL("القريا", "Al-Qrayya", "As-Suwayda"), "2023-08-29", None, PROT,
             note="offices shut by protesters in two towns: one act on a list, gold at the first town")])

passage17("t33", "2020-02-09", "Enab Baladi", "a Turkish column deploys east of Idlib; soldiers killed days before",
          "دخل رتل عسكري تركي جديد، اليوم الأحد، من معبر كفرلوسين الحدودي، يضم دبابات وناقلات جند ومدافع ثقيلة، وانتشر "
          "في محيط بلدة النيرب بريف إدلب الشرقي، بحسب ما أفاد به مراسل عنب بلدي في إدلب. ويأتي ذلك بعد أيام من مقتل جنود "
          "أتراك بقصف لقوات النظام على نقطة تركية قرب مدينة سراقب المجاورة.",
          [E("reinforcement", None, PL("النيرب", "Al-Nayrab", "Idlib"), "2020-02-09", "مراسل عنب بلدي في إدلب", TUR,
             note="Kafr Lusin is the way in, Nayrab where it deployed"),
           E("shelling", None, PL("سراقب", "Saraqib", "Idlib"), None, None, GOV,
             note="recalled, «days before»: no date, no numeral; the writer's background: outlet (judgement)")])

passage17("t34", "2025-06-03", "Step", "the civil defence recovers a mass grave near Qutayfah",
          "أعلن الدفاع المدني السوري، اليوم الثلاثاء، انتشال رفات 21 شخصاً من مقبرة جماعية عُثر عليها في أرض زراعية "
          "قرب مدينة القطيفة بريف دمشق، بعد بلاغ من الأهالي، مرجّحاً أن يكون الضحايا من المعتقلين الذين قضوا في سجون "
          "النظام البائد خلال السنوات الماضية، وأشار إلى أن الرفات نُقلت إلى مركز الطب الشرعي في دمشق لاستكمال التعرف "
          "عليها.",
          [E("other", Q("21", 21), PL("القطيفة", "Al-Qutayfah", "Rif Dimashq"), "2025-06-03", "الدفاع المدني السوري",
             note="bodies found (other); their deaths in the prisons are history without a place or date; Damascus is "
                  "where the remains went")])

passage17("t35", "2018-02-06", "Orient", "Ghouta 2018: rockets on Douma; mortars on a Damascus district",
          "قصفت قوات النظام بصواريخ أرض – أرض من نوع «فيل» الأحياء السكنية في مدينة دوما بالغوطة الشرقية، اليوم "
          "الثلاثاء، فقُتل سبعة مدنيين بينهم ثلاثة أطفال، وفق فرق الدفاع المدني في ريف دمشق. في "
          "المقابل، نقلت وكالة سانا عن مصدر في قيادة الشرطة أن قذائف هاون أطلقتها «المجموعات الإرهابية» من الغوطة سقطت "
          "على حي باب توما في دمشق، ما أدى إلى إصابة أربعة أشخاص.",
          [E("shelling", Q("سبعة", 7), PL("دوما", "Douma", "Rif Dimashq"), "2018-02-06", "فرق الدفاع المدني في ريف دمشق",
             GOV, note="surface-to-surface rockets are shelling"),
           E("shelling", None, PL("باب توما", "Bab Touma", "Damascus"), "2018-02-06", "مصدر في قيادة الشرطة", FSA,
             note="injured only: no figure; the Ghouta is where the fire came from; the Ghouta factions: opposition")])

passage17("t36", "2012-05-09", "Orient", "a whole police post defects on video; a call to colleagues",
          "أورينت نت - ظهر 18 عنصراً من مخفر الشرطة في مدينة الحراك بريف درعا الشرقي، بينهم مساعد أول، في تسجيل مصور "
          "نشره ناشطون اليوم الأربعاء، معلنين انشقاقهم عن النظام والتحاقهم بكتائب الجيش الحر في المنطقة. وأكد قائد "
          "المجموعة في التسجيل أنهم رفضوا تنفيذ أوامر بإطلاق النار على المتظاهرين، ودعا زملاءه في بقية المخافر إلى "
          "«الالتحاق بصفوف الشعب».",
          [E("defection", Q("18", 18), PL("الحراك", "Al-Harak", "Daraa"), "2012-05-09", "ناشطون", GOV,
             note="the activists who aired the video as source (the defectors speak in it: judgement); the appeal to "
                  "colleagues is a call; refusing orders is the reason")])


P16 = []


def passage16(pid, published, outlet, style, text, events):
    P16.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage16("m01", "2012-07-24", "Al Jazeera", "a defection told by a military council; arrival in Hatay",
          "قال المتحدث باسم المجلس العسكري في إدلب للجزيرة إن 13 عسكرياً، بينهم ضابط برتبة عميد وثلاثة برتبة "
          "ملازم، انشقوا أمس الاثنين عن كتيبة للدفاع الجوي قرب بلدة معرة مصرين شمالي إدلب، وتمكنوا بمساعدة "
          "الجيش الحر من عبور الحدود والوصول إلى ولاية هاتاي التركية فجر اليوم. وأضاف أن الكتيبة تعرضت بعد "
          "ساعات لقصف من قوات النظام دون أن يعرف حجم الخسائر.",
          [E("defection", Q("13", 13), PL("معرة مصرين", "Maarrat Misrin", "Idlib"), "2012-07-23",
             "المتحدث باسم المجلس العسكري في إدلب", GOV,
             note="Hatay is where they went, not where they defected; the general and lieutenants are a breakdown; "
                  "the later shelling of the battalion names no place of its own beyond the battalion (gold leaves it "
                  "out as too vague: no place, no figure, no day)")])

passage16("m02", "2013-03-05", "SOHR", "SOHR bulletin, barrels with their dead, a clash",
          "المرصد السوري لحقوق الإنسان: ألقى الطيران المروحي التابع للقوات النظامية ثمانية براميل متفجرة على "
          "بلدة كفرزيتا في ريف حماة الشمالي صباح اليوم، ما أدى لاستشهاد خمسة مواطنين بينهم سيدة وطفلاها، "
          "وسقوط عدد من الجرحى. كما تدور معارك ضارية منذ الفجر بين الكتائب المقاتلة والقوات النظامية عند "
          "أطراف مدينة مورك، وسط قصف متبادل بين الطرفين.",
          [E("airstrike", Q("خمسة", 5), PL("كفرزيتا", "Kafr Zita", "Hama"), "2013-03-05",
             "المرصد السوري لحقوق الإنسان", GOV, note="eight barrels, one act; the deaths are the act's figure"),
           E("armed_clash", None, PL("مورك", "Morek", "Hama"), None, "المرصد السوري لحقوق الإنسان", None,
             note="two sides, no actor1; the exchange of fire is part of the clash; «كما» carries the bulletin's "
                  "source; the text does not fix the day of the clash beyond the bulletin")])

passage16("m03", "2011-05-13", "Reuters", "Friday protest fired on; the state agency's counter-claim",
          "قال شهود عيان ونشطاء حقوقيون لرويترز إن قوات الأمن أطلقت النار على آلاف المحتجين الذين خرجوا بعد صلاة "
          "الجمعة في حي باب السباع بمدينة حمص اليوم، فقتلت ستة منهم على الأقل. ولم يتسن لرويترز التحقق من "
          "الروايات بشكل مستقل بسبب القيود المفروضة على الصحفيين. وقالت الوكالة الرسمية إن «مجموعات تخريبية» "
          "أطلقت النار على دورية للشرطة في الحي.",
          [E("protest", Q("آلاف", 2000, 9000, approx=True), PL("باب السباع", "Bab al-Sibaa", "Homs"), "2011-05-13",
             "شهود عيان", "Protesters (Syria)",
             note="fire on a protest: the protest with its fatalities (six at least), as earlier sets; the official "
                  "agency's 'sabotage groups' is the other side's telling of the same afternoon, not a second incident; "
                  "a district as the most specific place")])

passage16("m04", "2014-09-23", "AFP", "first coalition raids; the Pentagon restates the same act",
          "شنت الولايات المتحدة وحلفاء عرب ليل الاثنين الثلاثاء أولى غاراتهم الجوية على مواقع تنظيم «الدولة "
          "الإسلامية» في مدينة الرقة ومحيطها. وقال مدير المرصد السوري لحقوق الإنسان في اتصال مع فرانس برس إن "
          "الضربات قتلت 20 عنصراً على الأقل من التنظيم. وأكد متحدث باسم البنتاغون لاحقاً أن الطائرات ضربت "
          "مقرات قيادة ومستودعات أسلحة ومعسكرات تدريب.",
          [E("airstrike", Q("20", 20, None, approx=True), PL("الرقة", "Raqqa", "Raqqa"), "2014-09-23",
             "المرصد السوري لحقوق الإنسان", COAL,
             note="the Pentagon's statement retells the same raids (one incident); the night of Monday to Tuesday: "
                  "gold takes the Tuesday, the publication day (judgement); the hedge follows the noun")])

passage16("m05", "2015-10-07", "SANA", "SANA: a village taken and Russian raids, a field source",
          "حماة-سانا\n"
          "أحكمت قواتنا المسلحة الباسلة، مدعومة بعناصر الدفاع الشعبي، سيطرتها على قرية عطشان شمال شرقي حماة، "
          "بعد أن أوقعت قتلى ومصابين في صفوف الإرهابيين ودمرت تحصيناتهم. وأوضح مصدر ميداني لسانا أن المقاتلات "
          "الروسية شنت 12 غارة على تجمعات لإرهابيي «جبهة النصرة» حول بلدة التمانعة بريف إدلب الجنوبي.",
          [E("territory_change", None, PL("عطشان", "Atshan", "Hama"), "2015-10-07", None, GOV,
             note="a SANA item whose first sentence names no source: the outlet; dead and injured without numerals"),
           E("airstrike", Q("12", 12), PL("التمانعة", "Al-Tamanah", "Idlib"), "2015-10-07", "مصدر ميداني", RUS,
             note="the strikes are the count; Hama is the dateline and a bearing")])

passage16("m06", "2016-07-28", "Enab Baladi", "an arrest raid; the branch as destination; a siege as a state",
          "اعتقلت قوات الأسد 40 شاباً خلال حملة دهم وتفتيش في مدينة التل بريف دمشق، أمس الأربعاء، واقتادتهم إلى "
          "فرع الأمن العسكري في العاصمة دمشق، بحسب ما قاله ناشطون من المدينة لعنب بلدي. وتفرض قوات الأسد منذ "
          "أشهر طوقاً على التل، وتشترط تسليم المطلوبين للخدمة العسكرية مقابل إدخال المواد الغذائية والطحين.",
          [E("arrest", Q("40", 40), PL("التل", "Al-Tall", "Rif Dimashq"), "2016-07-27", "ناشطون من المدينة", GOV,
             note="Damascus is where they were taken; the cordon and its terms are a state, not an event")])

passage16("m07", "2018-02-10", "Anadolu", "Anadolu: a hill taken in Afrin, 'neutralised' fighters",
          "عفرين/ الأناضول\n"
          "سيطر الجيش السوري الحر، بدعم من القوات المسلحة التركية، على جبل برصايا الاستراتيجي شمال شرقي منطقة "
          "عفرين، اليوم السبت، ضمن عملية «غصن الزيتون». وأفاد مراسل الأناضول أن المعارك أسفرت عن تحييد 12 "
          "إرهابياً من «ب ي د/ بي كا كا»، فيما تواصل الوحدات المشاركة تمشيط المنطقة من الألغام والعبوات.",
          [E("territory_change", Q("12", 12), PL("جبل برصايا", "Mount Bursaya", "Aleppo"), "2018-02-10",
             "مراسل الأناضول", SNA,
             note="the battle's 'neutralised' on the taking; Afrin is a bearing (north-east of the district) and the "
                  "dateline; Anadolu's 2018 «الجيش السوري الحر» backed by Turkey is the SNA (judgement); the mine "
                  "clearing is ongoing, not an event")])

passage16("m08", "2018-02-20", "SOHR / SANA", "a day's toll on a region; shells on a Damascus district",
          "ارتفع إلى 94 عدد المدنيين الذين قضوا جراء الغارات الجوية والقصف الصاروخي لقوات النظام على غوطة دمشق "
          "الشرقية منذ صباح أمس الاثنين، بينهم 20 طفلاً، وفق ما وثقه المرصد السوري لحقوق الإنسان. في المقابل، "
          "ذكرت وكالة سانا أن قذائف أطلقتها المجموعات المسلحة من الغوطة سقطت على حي باب توما في دمشق، ما أدى "
          "إلى إصابة ستة مدنيين بجروح.",
          [E("airstrike", Q("94", 94), PL("غوطة دمشق الشرقية", "Eastern Ghouta", "Rif Dimashq"), None,
             "المرصد السوري لحقوق الإنسان", GOV,
             note="a toll tied to the raids and shelling on one region since yesterday (judgement: the air raids, "
                  "as the dominant act); the children are a breakdown; the period runs over two days: no day"),
           E("shelling", None, PL("باب توما", "Bab Touma", "Damascus"), None, "وكالة سانا",
             FSA, note="injured only: no count, no fatalities; the Ghouta is where the shells came from")])

passage16("m09", "2021-08-19", "North Press", "a Turkish drone on a vehicle near Tell Tamr; the SDF's statement",
          "قال المركز الإعلامي لـ«قسد» في بيان إن ثلاثة من مقاتليها قُتلوا وجُرح اثنان آخران، ليل أمس الأربعاء، "
          "بضربة نفذتها مسيّرة تركية على عربة عسكرية في محيط قرية الدردارة غرب تل تمر بريف الحسكة. وأشار البيان "
          "إلى أن الضربة هي الثالثة التي تطال ريف الحسكة خلال سبعة أيام، متوعداً بالرد.",
          [E("airstrike", Q("ثلاثة", 3), PL("الدردارة", "Al-Dardara", "Al-Hasakah"), "2021-08-18",
             "المركز الإعلامي لـ«قسد»", TUR,
             note="a drone strike; the two injured are not the figure; «الثالثة» is an ordinal, the earlier two are "
                  "only counted, not told; the threat is a future")])

passage16("m10", "2012-12-10", "AFP", "a base taken; the garrison's withdrawal toward another site",
          "أكد المرصد السوري لحقوق الإنسان لفرانس برس اليوم أن مقاتلين معارضين باتوا يسيطرون بالكامل على قاعدة "
          "الشيخ سليمان العسكرية في ريف حلب الغربي، بعد أن طوقوها قرابة شهرين. وأوضح مدير المرصد أن نحو 140 جندياً "
          "كانوا داخل القاعدة انسحبوا ليلاً باتجاه مركز البحوث العلمية القريب، وأن المقاتلين استولوا على كميات من "
          "الأسلحة والذخائر.",
          [E("territory_change", None, PL("قاعدة الشيخ سليمان العسكرية", "Sheikh Suleiman base", "Aleppo"),
             "2012-12-10", "المرصد السوري لحقوق الإنسان", FSA,
             note="a facility as the most specific place; the 140 withdrawing soldiers are not the taking's figure; "
                  "the research centre is where they went; the spoils are part of the taking")])

passage16("m11", "2020-02-27", "Syria TV", "a city retaken; its earlier loss recalled; road names",
          "أعلنت «الجبهة الوطنية للتحرير» استعادة السيطرة على مدينة سراقب الواقعة عند تقاطع الطريقين الدوليين "
          "M4 وM5 شرقي إدلب، بعد معارك عنيفة مع قوات النظام والميليشيات الموالية لها استمرت منذ مساء أمس. وقال "
          "الناطق باسم الجبهة لتلفزيون سوريا إن مقاتليها قتلوا أكثر من 30 عنصراً من قوات النظام. وكانت قوات النظام "
          "قد دخلت المدينة مطلع الشهر الجاري بغطاء جوي روسي.",
          [E("territory_change", Q("أكثر من 30", 30, None, approx=True), PL("سراقب", "Saraqib", "Idlib"),
             "2020-02-27", "الناطق باسم الجبهة", FSA,
             note="the battle's dead on the retaking; the front announced and its spokesman gave the figure (gold "
                  "names the spokesman); the regime's entry earlier this month is background with no day: not "
                  "scored (gold leaves it out)")])

passage16("m12", "2022-06-14", "Horan Free League", "an assassination in Daraa; the governorate's unrest",
          "أقدم مجهولون يستقلون دراجة نارية على قتل «أبو خالد الزعبي»، القيادي السابق في «الجيش الحر»، بإطلاق "
          "الرصاص عليه أمام منزله في بلدة المزيريب غربي درعا، مساء أمس الاثنين، في عملية اغتيال جديدة بحسب مراسل "
          "تجمع أحرار حوران. ولم تتبن أي جهة العملية، التي تأتي ضمن فلتان أمني تعيشه المحافظة منذ عودة النظام "
          "إليها في 2018.",
          [E("armed_clash", None, PL("المزيريب", "Al-Muzayrib", "Daraa"), "2022-06-13",
             "مراسل تجمع أحرار حوران", "Unidentified armed group (Syria)",
             note="an assassination by gunfire (as earlier sets); one killed, no numeral; Daraa is a bearing; "
                  "the unrest is a state, the 2018 return background")])

passage16("m13", "2025-03-09", "Asharq Al-Awsat", "the coast in March 2025: arrests and a running toll",
          "أعلن المتحدث باسم وزارة الدفاع السورية أن القوات الحكومية أنهت اليوم عملية تمشيط في ريف جبلة، "
          "واعتقلت 35 مسلحاً من «فلول النظام البائد» بعد اشتباكات معهم، مؤكداً أن العمليات ستتواصل حتى إعادة "
          "الأمن إلى كامل المنطقة. من جهته، وثق المرصد السوري لحقوق الإنسان مقتل 745 مدنياً في مناطق الساحل "
          "السوري منذ الخميس الماضي، في حصيلة وصفها بأنها من الأعلى منذ سنوات.",
          [E("arrest", Q("35", 35), PL("ريف جبلة", "Jableh countryside", "Latakia"), "2025-03-09",
             "المتحدث باسم وزارة الدفاع السورية", NEWGOV,
             note="the sweep and its arrests are one act; the continuation is a future"),
           E("casualties", Q("745", 745), PL("الساحل السوري", "Syrian coast", None), None,
             "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
             note="a running toll over a region since Thursday; no perpetrator named")])

passage16("m14", "2025-07-15", "Suwayda 24", "Israeli raids on a column near Sweida; fighting in a district",
          "قُتل 12 عنصراً من القوات الحكومية بغارات إسرائيلية استهدفت رتلاً عسكرياً عند مدخل بلدة المزرعة غربي "
          "مدينة السويداء صباح اليوم، بحسب شبكة السويداء 24. وقال الجيش الإسرائيلي في بيان إنه ضرب «آليات "
          "عسكرية» لمنع وصولها إلى المدينة. وأضافت الشبكة أن اشتباكات عنيفة تتواصل منذ يومين بين مسلحين من "
          "أبناء المحافظة ومقاتلين من عشائر البدو في حي المقوس.",
          [E("airstrike", Q("12", 12), PL("المزرعة", "Al-Mazraa", "As-Suwayda"), "2025-07-15", "شبكة السويداء 24", ISR,
             note="the Israeli statement retells the same raids; Sweida city is a bearing"),
           E("armed_clash", None, PL("المقوس", "Al-Maqwas", "As-Suwayda"), None, "شبكة السويداء 24", None,
             note="ongoing for two days: no day; two sides, no actor1; «الشبكة» is Suwayda 24")])

passage16("m15", "2025-09-10", "Enab Baladi", "an Israeli incursion with arrests in Quneitra",
          "داهمت دورية للجيش الإسرائيلي مؤلفة من خمس عربات بلدة جباتا الخشب شمالي القنيطرة قبيل فجر اليوم "
          "الأربعاء، واقتادت ثلاثة شبان من منازلهم إلى جهة مجهولة، ثم عادت نحو مواقعها في الجولان، حسب ما نقله "
          "مراسل عنب بلدي في المحافظة. وتعد هذه رابع مرة تدخل فيها القوات الإسرائيلية قرى القنيطرة منذ بداية "
          "أيلول.",
          [E("arrest", Q("ثلاثة", 3), PL("جباتا الخشب", "Jubata al-Khashab", "Quneitra"), "2025-09-10",
             "مراسل عنب بلدي", ISR,
             note="the incursion and its arrests are one act; five vehicles are not the figure; the Golan is where "
                  "they went back; «رابع» is an ordinal, the earlier incursions are only counted")])

passage16("m16", "2023-09-01", "Deir ez-Zor 24", "an SDF raid after an attack on its checkpoint",
          "شنت «قوات سوريا الديمقراطية» بمساندة مروحيات التحالف الدولي حملة دهم في بلدة أبو حمام بريف دير الزور "
          "الشرقي صباح اليوم، واعتقلت 17 شخصاً بينهم ثلاثة قاصرين، بحسب مراسل دير الزور 24. وجاءت الحملة بعد "
          "هجوم شنه مسلحون من أبناء العشائر على حاجز لـ«قسد» في البلدة ليل أمس، أسفر عن مقتل اثنين من عناصرها.",
          [E("arrest", Q("17", 17), PL("أبو حمام", "Abu Hamam", "Deir ez-Zor"), "2023-09-01", "مراسل دير الزور 24", SDF,
             note="the minors are a breakdown; the coalition's helicopters support the raid, not a strike"),
           E("armed_clash", Q("اثنين", 2), PL("أبو حمام", "Abu Hamam", "Deir ez-Zor"), "2023-08-31",
             None, "Tribal militias (Syria)",
             note="MENDED stop 30 (conventions): the writer's recall («ويأتي القصف بعد …», «وجاءت الحملة بعد …») is the outlet's (README stop 30; sets 1-21 and news_dev give the outlet 6 times against 2; was: the source of the sentence before); the attack that prompted the raid, last night; the checkpoint's dead are its figure")])

passage16("m17", "2016-11-01", "SNHR", "a monthly report: dead and their perpetrators as a breakdown",
          "قالت الشبكة السورية لحقوق الإنسان إن 1,207 مدنيين قُتلوا في سوريا في تشرين الأول، وفق تقرير أصدرته "
          "صباح اليوم، من بينهم 290 طفلاً و162 امرأة. وحمّلت الشبكة قوات النظام مسؤولية مقتل 603 من الضحايا، "
          "والقوات الروسية مسؤولية مقتل 312، فيما توزع الباقون بين ضحايا التنظيم والتحالف والمعارضة وجهات لم "
          "تحدد هويتها.",
          [E("casualties", Q("1,207", 1207), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
             note="a month's national toll; children, women and the perpetrators' shares are a breakdown")])

passage16("m18", "2019-12-27", "Al Jazeera", "displacement since mid-December; a Russian raid on a market",
          "قالت الأمم المتحدة إن أكثر من 235 ألف شخص نزحوا من ريف إدلب الجنوبي منذ منتصف كانون الأول الجاري "
          "هرباً من القصف، معظمهم باتجاه المخيمات القريبة من الحدود التركية. وفي الأثناء، قُتل ثمانية مدنيين "
          "بينهم ثلاثة أطفال اليوم الجمعة بغارات روسية استهدفت سوق بلدة جرجناز شرقي معرة النعمان، بحسب الدفاع "
          "المدني السوري.",
          [E("other", Q("أكثر من 235 ألف", 235000, None, approx=True),
             PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"), None, "الأمم المتحدة", None,
             kind="aggregate", note="displacement since mid-December: an aggregate; the camps near the border are "
                                    "where they went"),
           E("airstrike", Q("ثمانية", 8), PL("جرجناز", "Jarjanaz", "Idlib"), "2019-12-27", "الدفاع المدني السوري", RUS,
             note="Maarat al-Numan is a bearing; the children are a breakdown")])

passage16("m19", "2014-01-14", "Zaman al-Wasl", "a police post defects whole; a leader confirms",
          "أعلن 21 عنصراً من مخفر الشرطة في بلدة الحراك بريف درعا الشرقي، يوم الأحد، انشقاقهم عن النظام "
          "برفقة رئيس المخفر، وانضمامهم إلى لواء «أسود السنة» التابع للجيش الحر، وفق ما أكده قائد اللواء لـ«زمان "
          "الوصل». وأوضح القائد أن المنشقين سلموا أسلحتهم الفردية وسيارتين للشرطة، وأنهم نُقلوا إلى مكان آمن في "
          "ريف المحافظة.",
          [E("defection", Q("21", 21), PL("الحراك", "Al-Harak", "Daraa"), "2014-01-12", "قائد اللواء", GOV,
             note="police leave the regime's forces; «يوم الأحد» is the last Sunday before publication; the safe "
                  "place is where they went")])

passage16("m20", "2016-12-01", "Al Arabiya", "factions' statement rejecting a proposal",
          "أعلنت فصائل المعارضة المسلحة في الأحياء الشرقية لمدينة حلب، في بيان مشترك اليوم الخميس، رفضها "
          "القاطع لأي مبادرة تقضي بخروج المقاتلين من المدينة، وأكدت أنها «لن تترك حلب» رغم تقدم قوات النظام "
          "والميليشيات الإيرانية في أحياء مساكن هنانو والصاخور خلال الأيام الماضية. ودعا البيان الأمم المتحدة إلى "
          "فتح ممرات آمنة لإجلاء الجرحى والمدنيين.",
          [E("statement", None, PL("حلب", "Aleppo", "Aleppo"), "2016-12-01", "فصائل المعارضة المسلحة",
             FSA, note="a refusal and a call in a statement: one statement; the advances of the past days are "
                       "background with no day (gold leaves them out); «لن تترك» is a future")])

passage16("m21", "2017-05-08", "SMART", "an evacuation batch out of a besieged district",
          "خرجت الدفعة السابعة من مهجري حي الوعر في مدينة حمص، صباح اليوم، وتضم نحو 1800 شخص بينهم قرابة 400 "
          "مقاتل مع عائلاتهم، متوجهين إلى مدينة جرابلس شمالي حلب، بموجب الاتفاق المبرم مع النظام برعاية روسية، "
          "بحسب ما قاله عضو لجنة التفاوض في الحي لوكالة سمارت. ومن المقرر أن تخرج الدفعة الأخيرة الأسبوع المقبل.",
          [E("other", Q("نحو 1800", 1800, approx=True), PL("الوعر", "Al-Waer", "Homs"), "2017-05-08",
             "عضو لجنة التفاوض في الحي", None,
             note="an evacuation; the fighters are a breakdown; Jarablus is the destination; «السابعة» is an "
                  "ordinal; the last batch is a future")])

passage16("m22", "2021-09-06", "Daraa 24", "an agreement in Daraa al-Balad; its terms",
          "أبرمت لجنة التفاوض عن أحياء درعا البلد اتفاقاً مع وفد النظام برعاية الشرطة العسكرية الروسية، مساء أمس "
          "الأحد، ينص على وقف إطلاق النار وتسليم السلاح الخفيف وتسوية أوضاع 34 مطلوباً، وفق ما نقله موقع درعا 24 "
          "عن عضو في اللجنة. ويأتي الاتفاق بعد حصار فرضته قوات النظام على الأحياء المحاصرة منذ "
          "أواخر حزيران.",
          [E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-05", "عضو في اللجنة", None,
             note="two parties, no single actor1; the 34 wanted men are the deal's terms, not a count of the event; "
                  "the siege is a state")])

passage16("m23", "2022-12-04", "Hawar", "Turkish shelling of villages near Tell Tamr (a list)",
          "سقطت أكثر من 40 قذيفة مدفعية أطلقها جيش الاحتلال التركي ومرتزقته على قرى تل جمعة وتل طويل وتل كيفجي "
          "بريف ناحية تل تمر، اليوم الأحد، فأصيب مدنيان وتضررت عدة منازل، حسبما رصد مراسلنا في الناحية. ويتصاعد "
          "القصف التركي على قرى الخابور منذ أسبوعين بالتزامن مع تحليق مكثف للطائرات المسيّرة.",
          [E("shelling", Q("أكثر من 40", 40, None, approx=True), PL("تل جمعة", "Tal Jumaa", "Al-Hasakah"), "2022-12-04",
             "مراسلنا", TUR,
             note="three villages, one act: a group scored at the first; the shells are the count; the two injured "
                  "are not the figure; the escalation is background")])

passage16("m24", "2023-04-18", "SOHR", "an IS ambush in the desert; a running toll",
          "لقي 14 عسكرياً من جيش النظام ومجموعات رديفة مصرعهم، أحدهم ملازم أول، حين هاجمت خلايا من «داعش» حافلة "
          "كانت تقلهم قرب بلدة السخنة شرقي حمص، أمس الاثنين، حسب المرصد السوري لحقوق الإنسان. وأشار المرصد إلى أن "
          "حصيلة قتلى النظام في هجمات التنظيم ضمن البادية السورية بلغت 128 منذ بداية 2023.",
          [E("armed_clash", Q("14", 14), PL("السخنة", "Al-Sukhnah", "Homs"), "2023-04-17",
             "المرصد السوري لحقوق الإنسان", IS, note="an ambush on a bus; the lieutenant is a breakdown; Homs a bearing"),
           E("armed_clash", Q("128", 128), PL("البادية السورية", "Syrian Badia", None), None,
             "المرصد السوري لحقوق الإنسان", IS, kind="aggregate",
             note="MENDED stop 32 (conventions): a running toll naming one cause takes the cause's type, an aggregate (was casualties): the toll of IS attacks (as set 64 ic35); a running toll since January over a region")])

passage16("m25", "2021-06-12", "Syria Civil Defence / Anadolu", "a car bomb in Azaz; an accusation",
          "هز انفجار سيارة مفخخة محيط سوق الهال في مدينة إعزاز شمالي حلب ظهر اليوم السبت، فقتل سبعة مدنيين وجرح "
          "ما يزيد على 20، وفق ما أعلنه الدفاع المدني السوري. وحمّلت أنقرة «الوحدات الكردية» المسؤولية عن "
          "الهجوم، بينما لم تتبنه أي جهة حتى المساء، وطوقت الشرطة المكان لساعات.",
          [E("explosion", Q("سبعة", 7), PL("إعزاز", "Azaz", "Aleppo"), "2021-06-12", "الدفاع المدني السوري",
             "Unidentified armed group (Syria)",
             note="an accused perpetrator; nobody claimed it: unidentified (as earlier sets); the injured are not "
                  "the figure; the market is a landmark within the city")])

passage16("m26", "2015-04-22", "Daraa Martyrs Documentation Office / Orient", "barrels on a town; deaths",
          "ألقى الطيران المروحي التابع لنظام الأسد 17 برميلاً متفجراً على مدينة إنخل في ريف درعا الشمالي منذ "
          "صباح اليوم، ما أدى إلى استشهاد أربعة مدنيين بينهم امرأة، ودمار واسع في الأبنية السكنية، بحسب ما أفاد "
          "به مكتب توثيق الشهداء في درعا. وتتعرض المدينة لحملة قصف مكثفة منذ سيطرة الفصائل على مدينة بصرى الشام "
          "الشهر الماضي.",
          [E("airstrike", Q("أربعة", 4), PL("إنخل", "Inkhil", "Daraa"), "2015-04-22", "مكتب توثيق الشهداء في درعا", GOV,
             note="seventeen barrels, one act; the deaths are the figure; the taking of Bosra last month is "
                  "background (gold leaves it out: a reason for the campaign, told as history)")])

passage16("m27", "2024-03-09", "Syria TV", "HTS's security service arrests activists",
          "اعتقل «جهاز الأمن العام» التابع لهيئة تحرير الشام ستة ناشطين إعلاميين من مدينة سرمدا شمالي إدلب، "
          "مساء أمس الجمعة، على خلفية مشاركتهم في المظاهرات المطالبة بإسقاط قائد الهيئة، بحسب ما أفاد به ناشطون "
          "لموقع تلفزيون سوريا. وطالب المحتجون في بيان بالإفراج الفوري عن المعتقلين، ملوحين بتصعيد الحراك.",
          [E("arrest", Q("ستة", 6), PL("سرمدا", "Sarmada", "Idlib"), "2024-03-08", "ناشطون", HTS,
             note="the protests are the reason (no day, no place of their own); the demand is a call; the "
                  "threatened escalation a future")])

passage16("m28", "2023-09-15", "Suwayda 24", "a Friday protest in Sweida's square",
          "تظاهر مئات من أبناء محافظة السويداء في ساحة الكرامة وسط المدينة، اليوم الجمعة، للأسبوع الرابع على "
          "التوالي، مطالبين برحيل النظام وتطبيق القرار الأممي 2254، وفق ما نقلته شبكة السويداء 24. وشارك في "
          "التظاهرة وفود من بلدات القريا وشهبا وعرمان، ورفع المحتجون رايات الطائفة وأعلام الثورة.",
          [E("protest", Q("مئات", 200, 900, approx=True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-09-15",
             "شبكة السويداء 24", "Protesters (Syria)",
             note="the square is a landmark within the city (judgement: gold gives the city); the towns named are "
                  "where delegations came from; the resolution's number is not a quantity; «الرابع» an ordinal")])

passage16("m29", "2016-09-24", "AFP", "a raid likely Russian on an Aleppo district; a denial",
          "قُتل 11 مدنياً بينهم أربعة أطفال في غارات جوية يرجح أنها روسية استهدفت حي الفردوس في الأحياء "
          "الشرقية لمدينة حلب فجر اليوم، بحسب ما أفاد الدفاع المدني في حلب وكالة فرانس برس. في المقابل، قال "
          "المتحدث باسم وزارة الدفاع الروسية إن الطائرات الروسية لم تنفذ أي طلعات فوق المدينة خلال الأسبوع "
          "الماضي.",
          [E("airstrike", Q("11", 11), PL("الفردوس", "Al-Firdous", "Aleppo"), "2016-09-24", "الدفاع المدني في حلب", RUS,
             note="a hedged perpetrator (judgement: Russia); the children are a breakdown; the denial is not a "
                  "second event")])

passage16("m30", "2012-09-18", "Orient", "a mass defection near Mayadin; a captain's video",
          "انشق ما يزيد على 60 عسكرياً من كتيبة المدفعية المتمركزة قرب مدينة الميادين في ريف دير الزور الشرقي، "
          "يوم السبت، وانضموا إلى كتائب الجيش الحر في المنطقة، بحسب ما أعلنه النقيب المنشق عمار الصالح في تسجيل "
          "مصور بثه ناشطون. ودعا النقيب بقية الضباط والجنود إلى «الالتحاق بصفوف الثورة قبل فوات الأوان».",
          [E("defection", Q("ما يزيد على 60", 60, None, approx=True), PL("الميادين", "Al-Mayadin", "Deir ez-Zor"),
             "2012-09-15", "النقيب المنشق عمار الصالح", GOV,
             note="the captain's appeal is a call; «يوم السبت» is the last Saturday before publication"),
           E("statement", None, None, None, "النقيب", None,
             note="MENDED stop 32 (conventions): a named officer's call to soldiers to defect is a statement (stop 32), "
                  "told in a sentence of its own with its speaker named")])

passage16("m31", "2024-02-21", "SANA", "an Israeli strike south of Damascus; origin of the missiles",
          "قال مصدر عسكري لوكالة سانا إن طائرات إسرائيلية أطلقت صواريخ من فوق الجولان المحتل نحو شقة سكنية في "
          "منطقة السيدة زينب جنوب دمشق قرابة التاسعة والنصف من صباح اليوم، فقتل أربعة مدنيين وجرح آخرون. وأضاف "
          "المصدر أن الدفاعات الجوية اعترضت بعض الصواريخ، وأن الأضرار اقتصرت على المبنى المستهدف وسيارات قريبة.",
          [E("airstrike", Q("أربعة", 4), PL("السيدة زينب", "Sayyida Zaynab", "Rif Dimashq"), "2024-02-21", "مصدر عسكري",
             ISR, note="the Golan is where the missiles came from; Damascus a bearing; the interception is part of "
                       "the strike; the hour is not a quantity")])

passage16("m32", "2013-04-16", "SANA", "an amnesty decree covering desertion",
          "صدر اليوم مرسوم تشريعي يقضي بعفو عام عن الجرائم المرتكبة قبل صدوره، ويعفي العسكريين من كامل عقوبة "
          "الفرار الداخلي والخارجي، على أن يراجع الفارون شعب التجنيد أو يسلموا أنفسهم إلى أقرب وحدة عسكرية "
          "خلال مهلة 60 يوماً للفرار الداخلي و90 يوماً للخارجي، ولا يشمل العفو المتوارين عن الأنظار من المطلوبين "
          "بجرائم القتل.",
          [E("desertion", None, None, "2013-04-16", None, GOV,
             note="an amnesty decree for deserters (desertion, as news_dev); the days are not counts; no place; a "
                  "SANA item naming no source: the outlet")])

passage16("m33", "2019-10-15", "Al-Watan", "army units enter a city under a deal",
          "دخلت وحدات من الجيش العربي السوري مدينة منبج في ريف حلب الشمالي الشرقي، أمس الاثنين، وانتشرت في "
          "محيطها وعلى خطوط التماس مع المجموعات المدعومة من تركيا، وذلك بموجب تفاهم مع «قوات سوريا الديمقراطية» "
          "برعاية روسية، بحسب ما أكدته مصادر ميدانية للوطن. وتوقعت المصادر أن تستكمل الوحدات انتشارها في بلدة "
          "العريمة خلال الأيام المقبلة.",
          [E("reinforcement", None, PL("منبج", "Manbij", "Aleppo"), "2019-10-14", "مصادر ميدانية", GOV,
             note="a deployment under a deal (judgement: reinforcement, not a taking); Turkey is a backer; Arima "
                  "is a future")])

passage16("m34", "2025-05-20", "Syria TV", "a mass grave found near Adra",
          "انتشلت فرق الدفاع المدني السوري، اليوم الثلاثاء، رفات 19 شخصاً من حفرة جماعية اكتُشفت في بستان قرب "
          "مدينة عدرا بريف دمشق، ويرجح أنهم معتقلون قضوا في سجون النظام البائد، بحسب ما أفاد به مسؤول في "
          "الدفاع المدني لتلفزيون سوريا. وأوضح المسؤول أن الرفات نقلت إلى مركز الطب الشرعي في دمشق لتحديد "
          "هويات أصحابها.",
          [E("other", Q("19", 19), PL("عدرا", "Adra", "Rif Dimashq"), "2025-05-20", "مسؤول في الدفاع المدني", None,
             note="bodies found (other); Damascus is where the remains went; the deaths in prisons are a hedged "
                  "past, not an event")])

passage16("m35", "2011-05-08", "Local Coordination Committees / Al-Hayat", "a sweep with mass arrests",
          "قالت لجان التنسيق المحلية في سوريا إن قوات الأمن والجيش اعتقلت أكثر من 300 شخص خلال حملة مداهمات "
          "واسعة في مدينة بانياس الساحلية، أمس السبت، بعد محاصرة أحيائها الجنوبية بالدبابات. وأضافت اللجان أن "
          "المعتقلين احتجزوا في الملعب البلدي للمدينة قبل نقلهم إلى جهات مجهولة.",
          [E("arrest", Q("أكثر من 300", 300, None, approx=True), PL("بانياس", "Baniyas", "Tartus"), "2011-05-07",
             "لجان التنسيق المحلية في سوريا", GOV,
             note="the tanks' encirclement is part of the sweep; the stadium is where they were held")])

passage16("m36", "2025-10-07", "Al Jazeera", "a clash at a checkpoint in Aleppo between two forces; a truce",
          "قالت وزارة الداخلية السورية إن عنصراً من قوى الأمن الداخلي قُتل وأصيب ثلاثة آخرون في اشتباك مع عناصر "
          "من «الأسايش» عند حاجز على أطراف حي الشيخ مقصود في حلب، مساء أمس الاثنين. وأعلن وزير الدفاع لاحقاً "
          "التوصل إلى اتفاق مع قيادة «قسد» لوقف إطلاق النار بشكل فوري في حيي الشيخ مقصود والأشرفية.",
          [E("armed_clash", None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), "2025-10-06", "وزارة الداخلية السورية",
             None, note="one killed (no numeral) and three injured: no figure; two sides, no actor1"),
           E("agreement", None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo", nth=1), None, "وزير الدفاع", None,
             note="«لاحقاً»: later, gold leaves the date open; two districts, one truce: scored at the first")])


# --- Set 18 (stop 25, helper probe18): ids b01…, written before any run on it ------------------------------------
PROT18 = "Protesters (Syria)"
UNK18 = "Unidentified armed group (Syria)"
TRIBE18 = "Tribal militias (Syria)"
P18 = []


def passage18(pid, published, outlet, style, text, events):
    P18.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage18("b01", "2011-06-03", "Al-Hayat", "a Friday protest fired on, told by the coordination committees",
          "قالت لجان التنسيق المحلية إن آلاف المتظاهرين خرجوا اليوم الجمعة من المساجد في مدينة جاسم بريف درعا "
          "الشمالي في ما سُمّي «جمعة أطفال الحرية»، وإن قوات الأمن أطلقت النار عليهم لتفريقهم، ما أدى إلى مقتل "
          "أربعة متظاهرين وجرح العشرات. ولم يتسنَّ لـ«الحياة» التأكد من هذه الأرقام من مصدر مستقل.",
          [E("protest", Q("آلاف", 2000, 9000, True), PL("جاسم", "Jasim", "Daraa"), "2011-06-03", "لجان التنسيق المحلية",
             PROT18, note="fire on a protest: the four dead are the protest's fatalities, not a second event")])

passage18("b02", "2012-05-14", "Reuters", "defection at a checkpoint, announced on video",
          "بيروت (رويترز) - قال ناشطون في ريف إدلب يوم الاثنين إن عشرة عسكريين، بينهم ضابط برتبة مقدم، انشقوا "
          "عن الجيش السوري فجر اليوم وانسحبوا بأسلحتهم من حاجز عند مدخل بلدة معرة مصرين، ثم ظهروا في تسجيل مصور"
          " بُث على الإنترنت يعلنون فيه انضمامهم إلى الجيش السوري الحر. ولم يتسن لرويترز التحقق من التسجيل بشكل"
          " مستقل.",
          [E("defection", Q("عشرة", 10), PL("معرة مصرين", "Maarat Misrin", "Idlib"), "2012-05-14",
             "ناشطون في ريف إدلب", GOV, note="the officer is a breakdown; joining the FSA is part of the defection; "
                                             "Beirut is the dateline")])

passage18("b03", "2012-08-21", "SANA", "SANA dateline, the army's clash with 'terrorists'",
          "حمص-سانا\n"
          "اشتبكت وحدة من قواتنا المسلحة الباسلة اليوم مع مجموعة إرهابية مسلحة حاولت الاعتداء على المواطنين في "
          "حي الخالدية بمدينة حمص، وأوقعت 17 قتيلاً في صفوف أفرادها. وذكر مصدر مسؤول لمراسل سانا أن الاشتباك "
          "أسفر أيضاً عن مصادرة أسلحة وذخائر بينها قواذف «آر بي جي» كان الإرهابيون قد هرّبوها من لبنان.",
          [E("armed_clash", Q("17", 17), PL("الخالدية", "Al-Khalidiya", "Homs"), "2012-08-21", "مصدر مسؤول", GOV,
             note="the seizure is part of the clash; Lebanon is where the weapons came from")])

passage18("b04", "2013-02-11", "SOHR", "SOHR toll update on barrel bombs, a recalled raid with its own day",
          "المرصد السوري لحقوق الإنسان: ارتفع إلى 14 بينهم خمسة أطفال عدد الشهداء الذين قضوا جراء إلقاء الطيران"
          " المروحي براميل متفجرة على حي طريق الباب في مدينة حلب صباح اليوم، والعدد مرشح للارتفاع لوجود جرحى "
          "بحالات خطرة. وأضاف المرصد أن الطيران الحربي كان قد نفذ أمس الأحد غارة على حي مساكن هنانو أسفرت عن "
          "مقتل ستة مواطنين.",
          [E("airstrike", Q("14", 14), PL("طريق الباب", "Tariq al-Bab", "Aleppo"), "2013-02-11", "المرصد السوري لحقوق الإنسان",
             GOV, note="barrel bombs from helicopters; a district named after a town (not al-Bab); the children are a "
                       "breakdown; a toll update is the same act"),
           E("airstrike", Q("ستة", 6), PL("مساكن هنانو", "Masaken Hanano", "Aleppo"), "2013-02-10", "المرصد", GOV,
             note="recalled raid with its own day and toll")])

passage18("b05", "2013-07-09", "Zaman al-Wasl", "an officer's defection; a destination in Turkey",
          "أعلن العقيد الطيار سامر الحلبي انشقاقه عن قوات النظام أمس الاثنين، بعد أن غادر مطار حماة العسكري حيث"
          " كان يخدم منذ سنوات، ووصل مع عائلته إلى ولاية هاتاي التركية، بحسب ما أكده مصدر مقرب منه لـ«زمان "
          "الوصل». وقال المصدر إن الحلبي رتّب خروجه بالتنسيق مع كتيبة من الجيش الحر تنشط في ريف حماة الشمالي.",
          [E("defection", None, PL("مطار حماة العسكري", "Hama military airport", "Hama"), "2013-07-08",
             "مصدر مقرب منه", GOV, note="one officer, no numeral; an airbase as the most specific place; Hatay is the "
                                        "destination; the FSA battalion's countryside is not the place")])

passage18("b06", "2014-04-29", "AFP", "AFP quoting the SOHR director; a town taken",
          "بيروت (أ ف ب) - سيطر مقاتلو تنظيم «الدولة الإسلامية في العراق والشام» على بلدة البصيرة في ريف دير "
          "الزور الشرقي إثر مواجهات ضارية مع جبهة النصرة وكتائب إسلامية أخرى استمرت يومين، قُتل فيها 31 مقاتلاً"
          " من الطرفين، بحسب ما أفاد رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان، وكالة فرانس برس اليوم "
          "الثلاثاء. وتسعى جبهة النصرة منذ أسابيع إلى استعادة مواقعها في المنطقة.",
          [E("territory_change", Q("31", 31), PL("البصيرة", "Al-Busayrah", "Deir ez-Zor"), "2014-04-29",
             "رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان", IS,
             note="the battle's dead on the taking; the taking is reported in the present (published date); "
                  "al-Nusra's aim is not an event")])

passage18("b07", "2015-09-30", "Al Jazeera", "first Russian raids over a list of towns; Moscow's telling",
          "قال المرصد السوري لحقوق الإنسان إن 36 مدنياً على الأقل، بينهم خمسة أطفال، قُتلوا اليوم الأربعاء في "
          "غارات نفذتها طائرات روسية على مدن تلبيسة والرستن والزعفرانة بريف حمص الشمالي، وهي أولى الضربات "
          "الجوية التي تشنها موسكو في سوريا. في المقابل، أكدت وزارة الدفاع الروسية أن طائراتها شنّت نحو 20 طلعة"
          " على مواقع لتنظيم الدولة الإسلامية.",
          [E("airstrike", Q("36", 36, None, True), PL("تلبيسة", "Talbiseh", "Homs"), "2015-09-30",
             "المرصد السوري لحقوق الإنسان", RUS,
             note="one act over a list of towns: a group scored at the first; the sorties and IS targets are the other "
                  "side's telling of the same raids, not a second event; Moscow is not a place of the event")])

passage18("b08", "2016-08-10", "SANA", "SANA: shells on two districts, where the fire came from",
          "حلب-سانا\n"
          "استشهد أربعة مدنيين بينهم طفلة وأصيب 13 آخرون بجروح جراء اعتداء المجموعات الإرهابية بالقذائف "
          "الصاروخية على حيي الحمدانية والفرقان في مدينة حلب. وقال مصدر في قيادة شرطة حلب لمراسل سانا إن "
          "القذائف أُطلقت من مواقع الإرهابيين في حي الشيخ سعيد وأحدثت أضراراً كبيرة بمنازل المواطنين "
          "وممتلكاتهم.",
          [E("shelling", Q("أربعة", 4), PL("الحمدانية", "Al-Hamdaniya", "Aleppo"), "2016-08-10",
             "مصدر في قيادة شرطة حلب", None,
             note="two districts, one act: a group scored at the first; Sheikh Said is where the fire came from; "
                  "'terrorist groups' names no force (no agent in gold); no date word: published")])

passage18("b09", "2016-12-15", "AFP", "an evacuation convoy; destination, sponsors and future batches",
          "أعلنت اللجنة الدولية للصليب الأحمر أن أول قافلة تقل نحو 950 شخصاً، بينهم أكثر من 200 جريح، خرجت ظهر "
          "اليوم الخميس من الأحياء الشرقية المحاصرة في مدينة حلب باتجاه ريف حلب الغربي، تنفيذاً لاتفاق رعته "
          "روسيا وتركيا. ومن المقرر أن تستمر عمليات الإجلاء خلال الأيام المقبلة لتشمل آلاف المدنيين والمقاتلين.",
          [E("other", Q("نحو 950", 950, approx=True), PL("حلب", "Aleppo", "Aleppo"), "2016-12-15",
             "اللجنة الدولية للصليب الأحمر", None,
             note="an evacuation from east Aleppo; the western countryside is the destination; the wounded are a "
                  "breakdown; the deal is its frame (undated, not told as news); the coming batches are a future")])

passage18("b10", "2017-06-19", "Al Jazeera", "coalition raid in Raqqa by an activist campaign; a district taken",
          "قالت حملة «الرقة تذبح بصمت» إن 19 مدنياً قتلوا أمس الأحد في غارات لطيران التحالف الدولي بقيادة "
          "الولايات المتحدة على حي الثكنة وسط مدينة الرقة، بينهم عائلة من سبعة أفراد. وفي الأثناء، أعلنت قوات "
          "سوريا الديمقراطية اليوم سيطرتها على حي الدرعية في الطرف الغربي للمدينة بعد اشتباكات مع عناصر تنظيم "
          "الدولة استمرت أسبوعاً.",
          [E("airstrike", Q("19", 19), PL("الثكنة", "Al-Thakana", "Raqqa"), "2017-06-18", "حملة «الرقة تذبح بصمت»",
             COAL, note="the family of seven is a breakdown"),
           E("territory_change", None, PL("الدرعية", "Al-Daraiya (Raqqa)", "Raqqa"), "2017-06-19",
             "قوات سوريا الديمقراطية", SDF, note="the week of clashes is the taking's battle, not a second event")])

passage18("b11", "2018-03-22", "SANA", "SANA: an evacuation under a deal reached the day before",
          "ريف دمشق-سانا\n"
          "خرجت اليوم أول دفعة من المسلحين وعائلاتهم من مدينة حرستا في الغوطة الشرقية عبر ممر آمن باتجاه إدلب، "
          "تمهيداً لإعلان المدينة خالية من الإرهاب. وأفاد مراسل سانا بأن 25 حافلة أقلّت 1580 شخصاً، بينهم 413 "
          "مسلحاً، وذلك بموجب اتفاق جرى التوصل إليه أمس برعاية مركز المصالحة الروسي.",
          [E("other", Q("1580", 1580), PL("حرستا", "Harasta", "Rif Dimashq"), "2018-03-22", "مراسل سانا", None,
             note="an evacuation; Idlib is the destination; the buses are not the figure; the fighters are a "
                  "breakdown"),
           E("agreement", None, PL("حرستا", "Harasta", "Rif Dimashq"), "2018-03-21", "مراسل سانا", None,
             note="the deal reached yesterday (dated): an incident of its own; two parties and a sponsor, no actor1")])

passage18("b12", "2019-05-27", "Syria TV", "barrels counted; a second raid by other jets in the next sentence",
          "أفاد مراسل تلفزيون سوريا بأن مروحيات النظام ألقت صباح اليوم 16 برميلاً متفجراً على بلدة الهبيط "
          "وأطرافها في ريف إدلب الجنوبي، من دون أن تُسجَّل إصابات بشرية. وفي السياق، قال الدفاع المدني السوري "
          "إن ثلاثة مدنيين، بينهم امرأة، قُتلوا اليوم في غارات للطائرات الروسية استهدفت الأحياء السكنية في "
          "مدينة كفرنبل.",
          [E("airstrike", Q("16", 16), PL("الهبيط", "Al-Habeet", "Idlib"), "2019-05-27", "مراسل تلفزيون سوريا", GOV,
             note="barrels are the count; no casualties"),
           E("airstrike", Q("ثلاثة", 3), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2019-05-27", "الدفاع المدني السوري", RUS)])

passage18("b13", "2019-10-15", "Anadolu", "Anadolu dateline; Turkish-backed factions take villages; an aim",
          "أنقرة/ الأناضول\n"
          "أعلنت وزارة الدفاع التركية، الثلاثاء، أن فصائل الجيش الوطني السوري، المدعومة من أنقرة، انتزعت "
          "السيطرة على قرى تل حلف والعزيزية ومبروكة غربي مدينة رأس العين، ضمن عملية «نبع السلام» المستمرة منذ "
          "أسبوع. وأضافت الوزارة أن الوحدات المشاركة تواصل تقدمها بهدف إقامة «منطقة آمنة» بعمق 30 كيلومتراً على"
          " طول الحدود.",
          [E("territory_change", None, PL("تل حلف", "Tell Halaf", "Al-Hasakah"), "2019-10-15", "وزارة الدفاع التركية",
             SNA, note="a list of villages taken: one group scored at the first; Ankara is the backer and the "
                       "dateline, Ras al-Ain a bearing; the safe zone is an aim; the taking is reported in the "
                       "present (published date)")])

passage18("b14", "2020-06-16", "Enab Baladi", "a Daraa assassination and a recalled IED",
          "اغتال مسلحون مجهولون مساء أمس الاثنين خالد الزعبي، القائد السابق لإحدى مجموعات المعارضة، برصاص أُطلق"
          " عليه قرب منزله في بلدة المزيريب بريف درعا الغربي، وفق ما ذكره تجمع أحرار حوران. ويأتي ذلك بعد يومين"
          " من مقتل ثلاثة عناصر من الفرقة الرابعة حين انفجرت عبوة ناسفة بسيارتهم قرب مدينة طفس.",
          [E("armed_clash", None, PL("المزيريب", "Al-Muzayrib", "Daraa"), "2020-06-15", "تجمع أحرار حوران", UNK18,
             note="an assassination by gunfire (as earlier sets); one killed, no numeral"),
           E("explosion", Q("ثلاثة", 3), PL("طفس", "Tafas", "Daraa"), "2020-06-13", None, None,
             note="recalled two days before the assassination; «ويأتي ذلك» is the writer's background: the outlet; "
                  "nobody named as the planter; the Fourth Division is the target")])

passage18("b15", "2021-08-03", "SOHR", "an IS ambush in the desert and SOHR's running total",
          "رصد المرصد السوري لحقوق الإنسان مقتل 9 عناصر من قوات النظام والميليشيات الموالية لها، اليوم، إثر "
          "هجوم نفذته خلايا تابعة لتنظيم «الدولة الإسلامية» على حافلة عسكرية في بادية الميادين شرقي دير الزور. "
          "وبذلك، يرتفع إلى 1562 تعداد قتلى قوات النظام والمسلحين الموالين لها في البادية السورية منذ 24 آذار "
          "2019.",
          [E("armed_clash", Q("9", 9), PL("بادية الميادين", "Mayadin desert", "Deir ez-Zor"), "2021-08-03",
             "المرصد السوري لحقوق الإنسان", IS, note="an ambush on a bus; a desert region as the place"),
           E("casualties", Q("1562", 1562), PL("البادية السورية", "Syrian Badia"), None, "المرصد السوري لحقوق الإنسان",
             None, kind="aggregate", note="running total since March 2019 over a multi-governorate region; the text "
                                          "names no killer")])

passage18("b16", "2022-09-07", "Hawar", "Hawar: a Turkish drone on a car, 'the Turkish occupation army'; a recalled strike",
          "قامشلو/ هاوار\n"
          "استشهد ثلاثة مقاتلين من قوى الأمن الداخلي وأصيب اثنان آخران، اليوم، جراء قصف طائرة مسيّرة تابعة لجيش"
          " الاحتلال التركي سيارة كانت تقلهم عند مفرق قرية علي فرو غربي قامشلو، بحسب ما أفاد به مراسل وكالتنا. "
          "وكانت مسيّرة تركية قد استهدفت الأسبوع الماضي منزلاً في ريف ديريك، ما أدى إلى إصابة طفلين.",
          [E("airstrike", Q("ثلاثة", 3), PL("علي فرو", "Ali Faro", "Al-Hasakah"), "2022-09-07", "مراسل وكالتنا", TUR,
             note="a drone strike; «جيش الاحتلال التركي» is Turkey's army; Qamishli is a bearing"),
           E("airstrike", None, PL("ريف ديريك", "Al-Malikiyah countryside", "Al-Hasakah"), "2022-W35", None, TUR,
             note="recalled last week; injured only (dual, no numeral): no figure; no source of its own: the outlet")])

passage18("b17", "2023-01-02", "SANA", "SANA: an Israeli strike on an airport, the direction it came from",
          "دمشق-سانا\n"
          "قال مصدر عسكري في تصريح لـ«سانا» إن العدو الإسرائيلي نفذ نحو الساعة الثانية من فجر اليوم عدواناً "
          "جوياً برشقة من الصواريخ قادمة من فوق البحر المتوسط غربي اللاذقية، استهدفت مطار حلب الدولي وتسببت "
          "بخروجه عن الخدمة واستشهاد عسكريين اثنين. وأضاف المصدر أن دفاعاتنا الجوية اعترضت الصواريخ وأسقطت "
          "عدداً منها.",
          [E("airstrike", Q("اثنين", 2), PL("مطار حلب الدولي", "Aleppo International Airport", "Aleppo"), "2023-01-02",
             "مصدر عسكري", ISR, note="an airport as the most specific place; the sea west of Latakia is where the "
                                     "missiles came from, Damascus the dateline; the interception is part of the act")])

passage18("b18", "2023-09-25", "Suwayda 24", "a daily sit-in with a day ordinal, similar stands in two towns",
          "تجمّع مئات المحتجين ظهر اليوم في ساحة الكرامة وسط مدينة السويداء، لليوم الـ36 على التوالي، مرددين "
          "هتافات تطالب برحيل النظام وتطبيق القرار الأممي 2254، في حين خرجت وقفات احتجاجية مماثلة في بلدتي "
          "القريا وشهبا، بحسب ما رصدته شبكة «السويداء 24». ولم تُسجَّل أي مواجهات مع الأجهزة الأمنية.",
          [E("protest", Q("مئات", 200, 900, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-09-25",
             "شبكة «السويداء 24»", PROT18, note="the square is in the city (gold the city); the day ordinal, the "
                                                 "resolution number and the network's name are not counts"),
           E("protest", None, PL("القريا", "Al-Qurayya", "As-Suwayda"), "2023-09-25", "شبكة «السويداء 24»", PROT18,
             note="stands in two towns: one group, scored at the first")])

passage18("b19", "2024-08-07", "North Press", "a repelled tribal attack across the river (pre-2024 government)",
          "دير الزور – نورث برس\n"
          "قال مصدر عسكري في قوات سوريا الديمقراطية لنورث برس، اليوم الأربعاء، إن مقاتلي «قسد» صدّوا فجراً "
          "هجوماً شنّه مسلحون من العشائر تدعمهم قوات الحكومة السورية على نقاط لها في بلدة الشحيل بريف دير الزور"
          " الشرقي، بعد أن عبروا نهر الفرات قادمين من مناطق سيطرة الحكومة على الضفة الغربية. وأضاف أن "
          "الاشتباكات أسفرت عن مقتل 11 من المهاجمين.",
          [E("armed_clash", Q("11", 11), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2024-08-07",
             "مصدر عسكري في قوات سوريا الديمقراطية", TRIBE18,
             note="a repelled attack: the attacker is actor1; the west bank is where they came from")])

passage18("b20", "2024-11-30", "Enab Baladi", "the 2024 offensive: a city taken; a battle toll since Wednesday",
          "أعلنت إدارة العمليات العسكرية التابعة لفصائل المعارضة السورية، اليوم السبت، سيطرتها على مدينة سراقب "
          "في ريف إدلب الشرقي بعد انسحاب قوات النظام منها، لتقطع بذلك الطريق الدولي حلب–دمشق (M5). وقال المرصد "
          "السوري لحقوق الإنسان إن المعارك التي اندلعت منذ الأربعاء أوقعت أكثر من 300 قتيل من الطرفين.",
          [E("territory_change", None, PL("سراقب", "Saraqib", "Idlib"), "2024-11-30", "إدارة العمليات العسكرية", FSA,
             note="the text names the opposition factions; the road is a consequence, M5 a road name"),
           E("armed_clash", Q("أكثر من 300", 300, None, True), None, None, "المرصد السوري لحقوق الإنسان", None,
             kind="aggregate", note="MENDED stop 32 (conventions): a running toll naming one cause takes the cause's type, an aggregate (was casualties): the battles' toll; both sides' dead since Wednesday; no place named for the figure")])

passage18("b21", "2024-12-07", "Daraa 24", "a police post defects whole in December 2024; a call",
          "قال مراسل «درعا 24» إن 26 عنصراً من مخفر شرطة مدينة نوى، بينهم رئيس المخفر، أعلنوا مساء أمس الجمعة "
          "انشقاقهم عن النظام وسلّموا أسلحتهم لمقاتلي اللجان المركزية في المدينة، وسط انهيار متسارع لقوات "
          "النظام في الجنوب. وطالب وجهاء من الأهالي بقية العناصر في المنطقة بالالتحاق بهم.",
          [E("defection", Q("26", 26), PL("نوى", "Nawa", "Daraa"), "2024-12-06", "مراسل «درعا 24»", GOV,
             note="the post's chief is one of the 26; the collapse is a state; the appeal is a call")])

passage18("b22", "2025-01-20", "Enab Baladi", "the general security's sweep; source in the next sentence; a future",
          "نفذت إدارة الأمن العام، أمس الأحد، حملة دهم وتفتيش في حي عكرمة بمدينة حمص، اعتقلت خلالها 27 مطلوباً "
          "بينهم ضابط سابق في المخابرات الجوية متهم بارتكاب انتهاكات، وصادرت كميات من الأسلحة والذخائر. وقال "
          "مصدر في الأمن العام لعنب بلدي إن الحملة تستهدف «فلول النظام البائد» ممن رفضوا تسوية أوضاعهم، وستتوسع"
          " لتشمل أحياء أخرى.",
          [E("arrest", Q("27", 27), PL("عكرمة", "Akrama", "Homs"), "2025-01-19", "مصدر في الأمن العام",
             NEWGOV, note="the seizure is part of the raid; the expansion is a future")])

passage18("b23", "2025-03-12", "SNHR", "SNHR's report on the coast: a toll over a period and three governorates",
          "أحصت الشبكة السورية لحقوق الإنسان، في تقرير نشرته اليوم، مقتل ما لا يقل عن 779 شخصاً في محافظات "
          "اللاذقية وطرطوس وحماة بين 6 و10 آذار الجاري، بينهم 41 طفلاً و52 سيدة، وحمّلت المجموعات المسلحة "
          "المرتبطة بنظام الأسد والقوات المشاركة في العمليات الأمنية المسؤولية عن عمليات القتل. وقالت الشبكة إن"
          " الحصيلة أولية وقابلة للارتفاع.",
          [E("casualties", Q("ما لا يقل عن 779", 779, None, True), None, None, "الشبكة السورية لحقوق الإنسان", None,
             kind="aggregate", note="a toll over five days and three governorates (no single place); children and "
                                    "women are a breakdown; two sides blamed, no actor1")])

passage18("b24", "2025-04-21", "Anadolu", "an Israeli incursion with arrests; the Golan as destination; a habit",
          "أفاد مراسل الإخبارية السورية بأن قوة من الجيش الإسرائيلي مؤلفة من أربع آليات عسكرية توغلت صباح اليوم"
          " في قرية عين زيوان بريف القنيطرة الجنوبي، واعتقلت ثلاثة رعاة أغنام أثناء رعيهم مواشيهم في المنطقة، "
          "واقتادتهم إلى داخل الجولان المحتل قبل أن تنسحب. وتتكرر التوغلات الإسرائيلية في ريفي القنيطرة ودرعا "
          "منذ سقوط النظام المخلوع.",
          [E("arrest", Q("ثلاثة", 3), PL("عين زيوان", "Ein Zivan", "Quneitra"), "2025-04-21", "مراسل الإخبارية السورية",
             ISR, note="the incursion is the arrest's setting, one incident; the vehicles are not the figure; the "
                       "Golan is the destination; the repeated incursions are a habit")])

passage18("b25", "2025-07-14", "Al Jazeera", "Sweida in July 2025: clashes, a deployment, an Israeli strike",
          "أفاد المرصد السوري لحقوق الإنسان بأن 32 شخصاً على الأقل قضوا في مواجهات اندلعت صباح أمس الأحد بين "
          "مسلحين دروز ومقاتلين من عشائر البدو في حي المقوس على الطرف الشرقي لمدينة السويداء وقرى في ريفها "
          "الغربي، بينما أعلنت وزارة الدفاع نشر وحدات من الجيش في المنطقة لفض الاشتباك. من جهته، قال الجيش "
          "الإسرائيلي إنه ضرب اليوم دبابات للقوات الحكومية كانت تتقدم قرب قرية سميع.",
          [E("armed_clash", Q("32", 32, None, True), PL("المقوس", "Al-Maqwas", "As-Suwayda"), "2025-07-13",
             "المرصد السوري لحقوق الإنسان", None, note="two sides, no actor1; the villages are the same fighting"),
           E("reinforcement", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-14", "وزارة الدفاع", NEWGOV,
             note="«المنطقة» is Sweida; ending the fighting is an aim; reported in the present (published date)"),
           E("airstrike", None, PL("سميع", "Sami", "As-Suwayda"), "2025-07-14", "الجيش الإسرائيلي", ISR,
             note="tanks struck, no figure")])

passage18("b26", "2025-09-02", "SANA", "the defence ministry's claim of an SDF drone attack; the SDF's denial",
          "قالت إدارة الإعلام والاتصال في وزارة الدفاع السورية إن «قسد» استهدفت بطائرات مسيّرة انتحارية نقطة "
          "للجيش العربي السوري قرب قرية الخفسة بريف حلب الشرقي مساء أمس، ما أدى إلى إصابة أربعة جنود بجروح، "
          "مؤكدة أن الجيش ردّ على مصادر النيران. في المقابل، نفى المركز الإعلامي لقوات سوريا الديمقراطية تنفيذ "
          "أي هجوم، واصفاً الاتهامات بأنها «ذريعة للتصعيد».",
          [E("airstrike", None, PL("الخفسة", "Al-Khafsa", "Aleppo"), "2025-09-01", "وزارة الدفاع السورية", SDF,
             note="a drone attack claimed and denied: one asserted event (as earlier sets); injured only: no figure; "
                  "the return fire is part of the same exchange (judgement)")])

passage18("b27", "2016-07-28", "Al-Watan", "an amnesty decree for deserters; terms in days; a lawyer's gloss",
          "دمشق – الوطن\n"
          "أصدر الرئيس بشار الأسد، اليوم، مرسوماً تشريعياً بعفو عام عن كامل العقوبة لجرائم الفرار بنوعيه "
          "الداخلي والخارجي التي ارتُكبت قبل صدوره، شريطة أن يسلّم الفارّ نفسه خلال 60 يوماً إن كان داخل البلاد"
          " و90 يوماً إن كان خارجها. وقال المحامي العام الأول بدمشق لـ«الوطن» إن المرسوم يشمل أيضاً المتخلفين "
          "عن الخدمتين الإلزامية والاحتياطية، ولا يشمل من حمل السلاح ضد الدولة.",
          [E("desertion", None, None, "2016-07-28", None, GOV,
             note="an amnesty decree for deserters (desertion, as news_dev); the days are terms, not counts; the lawyer "
                  "glosses its scope, the decree itself has no source but the outlet; no place")])

passage18("b28", "2012-07-19", "Al Jazeera", "the Damascus battle of July 2012; mortar fire on another district",
          "قالت الهيئة العامة للثورة السورية إن اشتباكات عنيفة تدور لليوم الرابع على التوالي بين الجيش السوري "
          "الحر والقوات النظامية في حي الميدان بدمشق، وإن 11 عنصراً من القوات النظامية قتلوا في مواجهات اليوم "
          "داخل الحي. وأضافت الهيئة أن قوات النظام قصفت اليوم بقذائف الهاون حي التضامن جنوبي العاصمة، ما أدى "
          "إلى سقوط جرحى بين المدنيين.",
          [E("armed_clash", Q("11", 11), PL("الميدان", "Al-Midan", "Damascus"), "2012-07-19",
             "الهيئة العامة للثورة السورية", None, note="two sides, no actor1; the day ordinal is not a count"),
           E("shelling", None, PL("التضامن", "Al-Tadamon", "Damascus"), "2012-07-19", "الهيئة العامة للثورة السورية",
             GOV, note="injured without a numeral: no figure")])

passage18("b29", "2013-06-03", "Asharq Al-Awsat", "a car bomb in Damascus; state TV's accusation; nobody claims",
          "بيروت: «الشرق الأوسط»\n"
          "قُتل 12 شخصاً وأصيب أكثر من 40 آخرين بانفجار سيارة مفخخة في شارع رئيسي بحي ركن الدين في دمشق أمس "
          "الأحد، بحسب ما أعلنه التلفزيون الرسمي السوري، الذي اتهم «إرهابيين» بالوقوف وراءه. ولم تتبنَّ أي جهة "
          "التفجير حتى مساء أمس، فيما قال ناشطون معارضون إن الحي يشهد إجراءات أمنية مشددة منذ أسابيع.",
          [E("explosion", Q("12", 12), PL("ركن الدين", "Rukn al-Din", "Damascus"), "2013-06-02",
             "التلفزيون الرسمي السوري", None, note="the injured are not the figure; unclaimed; Beirut is the dateline; "
                                                   "the security measures are a state")])

passage18("b30", "2018-03-08", "Anadolu", "Anadolu on Olive Branch: a district centre taken and the 'neutralised' total",
          "هطاي/ الأناضول\n"
          "سيطر الجيش التركي وفصائل الجيش السوري الحر، اليوم الخميس، على بلدة جنديرس، مركز الناحية الواقعة جنوب"
          " غربي مدينة عفرين، ضمن عملية «غصن الزيتون». وذكرت رئاسة الأركان التركية في بيان أن حصيلة الإرهابيين "
          "المحيَّدين منذ انطلاق العملية في 20 كانون الثاني/ يناير الماضي بلغت 3 آلاف و55 إرهابياً.",
          [E("territory_change", None, PL("جنديرس", "Jindires", "Aleppo"), "2018-03-08", None, TUR,
             note="Turkish forces first named; Afrin is a bearing, Hatay the dateline; the first sentence names no "
                  "source: the outlet"),
           E("casualties", Q("3 آلاف و55", 3055), None, None, "رئاسة الأركان التركية", TUR, kind="aggregate",
             note="running 'neutralised' total since the operation began; no place given for it")])

passage18("b31", "2020-02-28", "Al Jazeera", "a raid killing Turkish soldiers, told by a Turkish governor; the retaliation",
          "قُتل 34 جندياً تركياً وأصيب 31 آخرون مساء أمس الخميس في غارة جوية استهدفت موقعاً لهم قرب بلدة بليون "
          "في جبل الزاوية بريف إدلب الجنوبي، بحسب ما أعلنه والي ولاية هاتاي التركية رحمي دوغان، الذي حمّل قوات "
          "النظام السوري المسؤولية. وقالت وزارة الدفاع التركية إن قواتها ردّت على الفور باستهداف مواقع النظام "
          "بالمدفعية والطائرات المسيّرة.",
          [E("airstrike", Q("34", 34), PL("بليون", "Balyun", "Idlib"), "2020-02-27",
             "والي ولاية هاتاي التركية رحمي دوغان", GOV,
             note="the governor blames the regime (agent as the text gives it); Hatay is the governor's seat; the "
                  "injured are not the figure"),
           E("shelling", None, None, "2020-02-27", "وزارة الدفاع التركية", TUR,
             note="retaliation «على الفور»: the same night; artillery and drones, one act; no place named")])

passage18("b32", "2021-09-14", "Step", "shelling with children killed; the day before on the same town",
          "استهدفت قوات النظام بقذائف المدفعية الثقيلة والصواريخ بلدة كنصفرة في منطقة جبل الزاوية بريف إدلب "
          "الجنوبي صباح اليوم، فقُتل ثلاثة أطفال من عائلة واحدة وأصيبت والدتهم، وفق ما أعلنه الدفاع المدني "
          "السوري (الخوذ البيضاء). وكانت البلدة ذاتها قد تعرضت أمس لقصف بأكثر من 40 قذيفة مدفعية وصاروخية، وفق "
          "ما وثقه مراسل وكالة ستيب الإخبارية.",
          [E("shelling", Q("ثلاثة", 3), PL("كنصفرة", "Kansafra", "Idlib"), "2021-09-14", "الدفاع المدني السوري", GOV),
           E("shelling", Q("أكثر من 40", 40, None, True), PL("كنصفرة", "Kansafra", "Idlib"), "2021-09-13",
             "مراسل وكالة ستيب الإخبارية", None,
             note="«البلدة ذاتها» is Kansafra; shells are the count; a passive with no named shooter (no agent)")])

passage18("b33", "2025-02-18", "Syria TV", "a mass grave found; remains taken to Damascus",
          "كشفت فرق الدفاع المدني السوري، اليوم الثلاثاء، عن مقبرة جماعية فيها رفات 23 شخصاً داخل بستان قريب من"
          " بلدة القطيفة بريف دمشق، يُرجَّح أنهم من المعتقلين الذين قضوا في سجون النظام المخلوع. وقال مسؤول في "
          "الدفاع المدني لموقع تلفزيون سوريا إن الفرق نقلت الرفات إلى الطب الشرعي في دمشق لتحديد هويات أصحابها.",
          [E("other", Q("23", 23), PL("القطيفة", "Al-Qutayfah", "Rif Dimashq"), "2025-02-18", "مسؤول في الدفاع المدني",
             None, note="bodies found; Damascus is where the remains went; the deaths in prisons are not dated events")])

passage18("b34", "2017-04-15", "SOHR", "a car bomb on an evacuation convoy; origins of the evacuees",
          "قال المرصد السوري لحقوق الإنسان إن 112 شخصاً على الأقل، بينهم 61 طفلاً، قُتلوا اليوم السبت في تفجير "
          "سيارة مفخخة استهدف حافلات تقل أهالي بلدتي الفوعة وكفريا عند منطقة الراشدين غرب حلب، حيث كانت القافلة"
          " تنتظر استكمال عملية الإجلاء بموجب اتفاق «المدن الأربع». ولم تعلن أي جهة مسؤوليتها عن التفجير.",
          [E("explosion", Q("112", 112, None, True), PL("الراشدين", "Al-Rashidin", "Aleppo"), "2017-04-15",
             "المرصد السوري لحقوق الإنسان", None,
             note="Fuaa and Kafraya are where the evacuees came from; the waiting evacuation and the deal are its "
                  "frame, not events told here; children a breakdown; unclaimed")])

passage18("b35", "2012-09-27", "Al Arabiya", "an FSA statement on moving its command; a recalled attack the day before",
          "أعلن قائد الجيش السوري الحر العقيد رياض الأسعد، في تسجيل مصور بُث اليوم، نقل قيادة الجيش من تركيا "
          "إلى «المناطق المحررة» داخل سوريا، مؤكداً أن الخطوة «تمهد لتحرير دمشق قريباً». وجاء الإعلان بعد يوم "
          "من هجوم شنه مقاتلون من الجيش الحر على مبنى قيادة الأركان في دمشق، قُتل فيه أربعة من الحراس بحسب "
          "مصادر معارضة.",
          [E("statement", None, None, "2012-09-27", "قائد الجيش السوري الحر العقيد رياض الأسعد", FSA,
             note="a move announced; Turkey is where the command was, 'liberated areas' no place; freeing Damascus "
                  "is an aim"),
           E("armed_clash", Q("أربعة", 4), PL("مبنى قيادة الأركان", "General Staff building", "Damascus"),
             "2012-09-26", "مصادر معارضة", FSA, note="a facility as the most specific place; the day before the "
                                                      "announcement")])

passage18("b36", "2022-10-13", "Syria TV", "HTS enters Afrin; clashes at a village; a recalled killing",
          "دخلت أرتال من هيئة تحرير الشام، فجر اليوم الخميس، إلى مدينة عفرين شمال غربي حلب وسيطرت عليها بعد "
          "انسحاب مقاتلي «الفيلق الثالث» التابع للجيش الوطني السوري منها، إثر اشتباكات بين الطرفين في محيط قرية"
          " كفرجنة أوقعت 9 قتلى، بحسب ما أفادت به مصادر محلية لموقع تلفزيون سوريا. وتأتي هذه التطورات بعد أيام "
          "من اغتيال الناشط الإعلامي محمد الحسن وزوجته في مدينة الباب.",
          [E("territory_change", None, PL("عفرين", "Afrin", "Aleppo"), "2022-10-13", "مصادر محلية", HTS,
             note="Aleppo is a bearing; the Third Legion withdrew"),
           E("armed_clash", Q("9", 9), PL("كفرجنة", "Kafr Janna", "Aleppo"), None, "مصادر محلية", None,
             note="clashes at another place before the entry, undated; two sides, no actor1"),
           E("armed_clash", None, PL("الباب", "Al-Bab", "Aleppo"), None, None, None,
             note="a recalled assassination (as earlier sets), 'days before': undated; no figure (a man and his "
                  "wife, no numeral); the writer's background: the outlet; no perpetrator named")])


def _find(text: str, surface: str, nth: int) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(surface, pos + 1)
        if pos < 0:
            raise ValueError(f"{surface!r} (occurrence {nth}) not in text")
    return pos


def build(passages: list[dict] | None = None) -> list[dict]:
    out = []
    for p in P if passages is None else passages:
        text = p["text"]
        quants, places, events = [], [], []
        for e in p["events"]:
            q, pl = e["count"], e["place"]
            if q is not None:
                s = _find(text, q["surface"], q["nth"])
                rec = {"surface": q["surface"], "start": s, "end": s + len(q["surface"]), "low": q["low"],
                       "high": q["high"], "approx": q["approx"], "kind": q["kind"]}
                if rec not in quants:
                    quants.append(rec)
            if pl is not None:
                s = _find(text, pl["surface"], pl["nth"])
                rec = {"surface": pl["surface"], "start": s, "end": s + len(pl["surface"]),
                       "canonical_en": pl["canonical_en"], "governorate_en": pl["governorate_en"]}
                if pl["country"]:
                    rec["country"] = pl["country"]
                if rec not in places:
                    places.append(rec)
            if e["rep"] is not None:
                _find(text, e["rep"], 0)
            ev = {"type": e["type"], "count_surface": q["surface"] if q else None,
                  "place_surface": pl["surface"] if pl else None, "date_value": e["date"],
                  "reported_by": e["rep"], "agent": e["agent"], "kind": e["kind"]}
            if e["note"]:
                ev["note"] = e["note"]
            events.append(ev)
        for r in quants + places:
            assert text[r["start"]:r["end"]] == r["surface"]
        out.append({"id": p["id"], "published": p["published"], "published_source": "source",
                    "outlet": p["outlet"], "style": p["style"], "text": text, "quantities": quants,
                    "places": places, "events": events})
    return out


def write(name: str, passages: list[dict]) -> None:
    """Build one set and write it as JSON lines beside this file (every set's build script calls this)."""
    recs = build(passages)
    with open(HERE / name, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["events"]) for r in recs)
    print(f"{len(recs)} passages, {n} gold events -> {HERE / name}")


def main() -> None:
    for name, passages in (("gold.jsonl", P), ("gold2.jsonl", P2), ("gold3.jsonl", P3), ("gold4.jsonl", P4), ("gold5.jsonl", P5),
                           ("gold6.jsonl", P6), ("gold7.jsonl", P7), ("gold8.jsonl", P8), ("gold9.jsonl", P9),
                           ("gold10.jsonl", P10), ("gold11.jsonl", P11), ("gold12.jsonl", P12),
                           ("gold13.jsonl", P13), ("gold14.jsonl", P14), ("gold15.jsonl", P15),
                           ("gold16.jsonl", P16), ("gold17.jsonl", P17), ("gold18.jsonl", P18)):
        write(name, passages)


if __name__ == "__main__":
    main()
