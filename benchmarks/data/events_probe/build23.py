"""Build gold23.jsonl: probe set 23 (ids d01…), written by helper probe23 in stop 27.

Every passage was written anew for marsad, modelled on the phrasing of Arabic reporting on Syria
2011-2025 read in the search tool's `pages` corpus (never copied); people, villages, figures and
dates are invented or varied. About three quarters of it is 2016-2020 (Russian and regime air
campaigns, Turkish operations and the SNA, the SDF against IS, evacuation deals and buses,
reconciliations and returns, HTS in Idlib, ambushes in the Badia, assassinations in Daraa). The gold
was written with the passages and committed BEFORE marsad was run on them.

    python benchmarks/data/events_probe/build23.py      # rewrites gold23.jsonl
"""
from __future__ import annotations

from build import (COAL, FSA, GOV, HTS, IS, ISR, NEWGOV, PROT, RUS, SDF, SNA, TUR, UNID, E, PL, Q,
                   write)

P23 = []


def passage(pid, published, outlet, style, text, events):
    P23.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


SOHR = "المرصد السوري لحقوق الإنسان"

passage("d01", "2016-10-13", "SOHR", "SOHR colon bulletin: a toll update on a hedged Russian raid, then barrels",
        "المرصد السوري لحقوق الإنسان: ارتفعت إلى 11 حصيلة المدنيين الذين قضوا صباح اليوم الخميس، بينهم أربعة أطفال "
        "وسيدتان، جراء غارات نفذتها طائرات حربية يُرجَّح أنها روسية على بلدة كفرومة في ريف إدلب الجنوبي. وفي ريف "
        "حماة الشمالي، ألقى الطيران المروحي التابع للنظام ستة براميل متفجرة على الأقل على محيط بلدة كفرزيتا، من دون "
        "أن ترد معلومات عن إصابات.",
        [E("airstrike", Q("11", 11), PL("كفرومة", "Kafruma", "Idlib"), "2016-10-13", SOHR, RUS,
           note="a toll update («ارتفع إلى»): one strike event with its dead; children and women are a breakdown; "
                "the hedged «يُرجَّح أنها روسية» still names the perpetrator"),
         E("airstrike", Q("ستة", 6, None, True), PL("كفرزيتا", "Kafr Zita", "Hama"), "2016-10-13",
           SOHR, GOV, note="barrel bombs from helicopters (the regime's); the figure is the barrels, «على الأقل» after the noun; the colon "
                           "opener covers the bulletin; no date of its own: the bulletin's day")])

passage("d02", "2017-06-13", "Hawar", "Hawar: the SDF take a Raqqa district, the campaign's media centre",
        "سيطرت قوات سوريا الديمقراطية، اليوم الثلاثاء، على حي السباهية عند المدخل الغربي لمدينة الرقة بعد اشتباكات "
        "عنيفة مع مرتزقة داعش استمرت ثلاثة أيام، قُتل خلالها 27 مرتزقاً، بحسب ما أفاد به المركز الإعلامي لحملة "
        "«غضب الفرات». وأضاف المركز أن طائرات التحالف الدولي ساندت تقدم المقاتلين بغارات دمّرت تحصينات المرتزقة "
        "في حي الرومانية المجاور.",
        [E("territory_change", Q("27", 27), PL("السباهية", "Al-Sabahiya", "Raqqa"), "2017-06-13",
           "المركز الإعلامي لحملة «غضب الفرات»", SDF,
           note="the battle's dead are the taking's (three days is a duration); Raqqa is the enclosing city"),
         E("airstrike", None, PL("الرومانية", "Al-Rumaniya", "Raqqa"), "2017-06-13", "المركز الإعلامي لحملة «غضب الفرات»",
           COAL, note="coalition raids in support, at the neighbouring district; «المركز» continues the source")])

passage("d03", "2018-03-26", "AFP", "AFP Arabic: a Ghouta evacuation batch under a deal, then a running total",
        "خرجت مساء أمس الأحد الدفعة الثالثة من مقاتلي «فيلق الرحمن» وعائلاتهم من حزة وعين ترما وزملكا بالقطاع "
        "الأوسط من الغوطة الشرقية، على متن 47 حافلة تقل 3140 شخصاً، متجهة إلى ريف إدلب، وفق ما أعلنت وسائل إعلام رسمية. "
        "وبذلك يرتفع إلى نحو 11 ألفاً عدد الخارجين من الغوطة الشرقية منذ بدء تنفيذ الاتفاق المبرم مع الجانب "
        "الروسي يوم الجمعة.",
        [E("other", Q("3140", 3140), PL("حزة", "Hazza", "Rif Dimashq"), "2018-03-25", "وسائل إعلام رسمية", None,
           note="an evacuation (other) from a list of three towns (one group, first place); the buses are "
                "vehicles; rural Idlib is the destination; «الدفعة الثالثة» an ordinal"),
         E("other", Q("نحو 11 ألفاً", 11000, approx=True), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq", nth=1),
           "2018-03-25", "وسائل إعلام رسمية", None, kind="aggregate",
           note="running total of evacuees since Friday 23 March; «وبذلك» carries the same source; dated by the "
                "latest batch (a second coder might leave the date null)")])

passage("d04", "2019-11-21", "Daraa 24", "Daraa 24: an assassination of a settled former commander",
        "أقدم مجهولون على متن دراجة نارية، ليل الأربعاء، على قتل القيادي السابق في «جيش اليرموك» أبو خالد الحريري، "
        "إذ أطلقوا عليه وابلاً من الرصاص قرب منزله في بلدة المليحة الغربية شرقي درعا، فأردوه قتيلاً في الحال. وكان "
        "الحريري قد سوّى وضعه إثر دخول قوات النظام إلى المحافظة في تموز 2018، ولم يلتحق بأي من تشكيلاتها العسكرية.",
        [E("armed_clash", None, PL("المليحة الغربية", "Al-Mulayha al-Gharbiya", "Daraa"), "2019-11-20", None, UNID,
           note="an assassination by gunfire (as earlier sets); one killed, no numeral; the 2018 takeover and "
                "his settlement are background without a day, not coded")])

passage("d05", "2019-10-13", "Anadolu", "Anadolu: a 'neutralised' total of Peace Spring, then an SNA taking",
        "قالت وزارة الدفاع التركية في تغريدة الأحد إن قواتها حيّدت 480 إرهابياً من «بي كي كي/ واي بي جي» منذ أن "
        "بدأت عملية «نبع السلام» شرق نهر الفرات يوم الأربعاء الماضي. وأفاد مراسل الأناضول بأن الجيش الوطني السوري سيطر على "
        "قرية المشيرفة غربي مدينة رأس العين، عقب معارك مع الإرهابيين أسفرت عن تحييد 14 منهم.",
        [E("casualties", Q("480", 480), PL("شرق نهر الفرات", "East of the Euphrates", None), "2019-10-13",
           "وزارة الدفاع التركية", TUR, kind="aggregate",
           note="running 'neutralised' total since Wednesday 9 October (as earlier sets: casualties, Turkey's); "
                "placed at the operation's area as set 17's t13 did (a second coder might give no place)"),
         E("territory_change", Q("14", 14), PL("المشيرفة", "Al-Mushayrifa", "Al-Hasakah"), "2019-10-13",
           "مراسل الأناضول", SNA,
           note="Ras al-Ain is a bearing; the 14 'neutralised' are the fight before the taking; no day of its "
                "own: the report's")])

passage("d06", "2020-07-14", "Enab Baladi", "Enab Baladi: HTS's security service arrests, a release, a prison",
        "شنّ «جهاز الأمن العام» التابع لـ«هيئة تحرير الشام» حملة دهم في بلدة كللي شمالي إدلب، فجر الثلاثاء 14 من "
        "تموز، اعتقل خلالها 13 شخصاً بتهمة التواصل مع النظام والترويج لـ«المصالحات»، بحسب ما قاله مراسل عنب بلدي. "
        "وأضاف المراسل أن الجهاز أطلق سراح أربعة منهم بعد ساعات من التحقيق، بينما نقل الباقين إلى أحد سجونه في "
        "مدينة حارم.",
        [E("arrest", Q("13", 13), PL("كللي", "Killi", "Idlib"), "2020-07-14", "مراسل عنب بلدي", HTS,
           note="a raid campaign with its arrests: one event; the release of four is part of it, not an event; "
                "Harem is where the others were taken")])

passage("d07", "2018-03-01", "Al-Hayat", "Al-Hayat relaying the Turkish General Staff: villages taken, a soldier "
                                         "killed in Kilis",
        "ذكرت رئاسة الأركان التركية، في بيان صدر اليوم الخميس، أن القوات المشاركة في عملية «غصن الزيتون» سيطرت على قريتي "
        "كوتانا وحمام التابعتين لناحية جنديرس جنوب غربي عفرين، ليرتفع إلى 96 عدد النقاط التي انتزعتها من «وحدات "
        "حماية الشعب» الكردية منذ 20 كانون الثاني. وأضاف البيان أن جندياً تركياً قُتل وأصيب ثلاثة آخرون بقذائف "
        "صاروخية أطلقها المقاتلون الأكراد على مخفر حدودي في ولاية كليس.",
        [E("territory_change", None, PL("كوتانا", "Kotana", "Aleppo"), "2018-03-01", "رئاسة الأركان التركية", TUR,
           note="two villages, one act (group, first place); Jindires and Afrin are the subdistrict and the "
                "bearing; the 96 'points' are a running count of places taken, not coded (a second coder might "
                "code an aggregate); the forces are Turkish with the FSA: Turkey's statement"),
         E("shelling", None, PL("كليس", "Kilis", None, "Turkey"), "2018-03-01", "رئاسة الأركان التركية", SDF,
           note="rockets fired into Turkey: the place is the Turkish province hit; one soldier killed (no "
                "numeral), the three are injured; the YPG is the SDF's core")])

passage("d08", "2016-08-26", "Reuters", "Reuters: the evacuation of a besieged town, buses and destinations",
        "بدأت صباح اليوم الجمعة عملية إخلاء مدينة داريا في ريف دمشق الغربي، بموجب اتفاق بين الحكومة السورية "
        "ومقاتلي المعارضة أنهى حصاراً دام نحو أربع سنوات. وقال مراسل لرويترز في المكان إن ثماني حافلات خضراء "
        "أقلّت نحو 300 مقاتل مع عائلاتهم باتجاه محافظة إدلب، في حين نُقل المدنيون إلى مراكز إيواء في بلدة حرجلة.",
        [E("other", Q("نحو 300", 300, approx=True), PL("داريا", "Darayya", "Rif Dimashq"), "2016-08-26",
           "مراسل لرويترز", None,
           note="one evacuation with two destinations (Idlib, Harjalla); buses are vehicles; the deal is its "
                "frame, reached on no day the text gives: not coded; four years a duration")])

passage("d09", "2018-07-09", "SANA", "SANA dateline: army enters two towns under reconciliation; settlements",
        "درعا-سانا\n"
        "دخلت وحدات من الجيش العربي السوري اليوم بلدتي ابطع وداعل في ريف درعا الأوسط، بعد أن سلّم المسلحون فيهما "
        "أسلحتهم الثقيلة والمتوسطة في إطار المصالحات المحلية. وذكر مراسل سانا أن الأهالي احتشدوا في الساحات "
        "للترحيب بالجيش، فيما سوّى 260 مسلحاً أوضاعهم لدى الجهات المختصة تمهيداً لعودة مؤسسات الدولة إلى البلدتين.",
        [E("territory_change", None, PL("ابطع", "Ibta", "Daraa"), "2018-07-09", None, GOV,
           note="two towns handed over under reconciliation (group, first place); SANA's own item: the outlet; "
                "the welcome gathering is not coded (a second coder might code a rally)"),
         E("other", Q("260", 260), PL("ابطع", "Ibta", "Daraa"), "2018-07-09", "مراسل سانا", None,
           note="status settlement of 260 gunmen (other, as set 1's p43), at the two towns (first place)")])

passage("d10", "2019-08-21", "Syria TV", "Syria TV: a city taken after a long campaign; same-day Russian raid",
        "بسطت قوات النظام السوري والميليشيات المساندة لها، فجر اليوم الأربعاء، سيطرتها الكاملة على خان شيخون، كبرى "
        "مدن ريف إدلب الجنوبي، إثر خروج مقاتلي الفصائل منها، في ختام حملة عسكرية بدأت أواخر نيسان الماضي بغطاء جوي روسي. وقال الدفاع المدني إن "
        "غارات روسية على بلدة معرة حرمة المجاورة قتلت في اليوم ذاته ستة مدنيين بينهم طفلان.",
        [E("territory_change", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-08-21", None, GOV,
           note="the campaign since late April is background; Russian air cover is the campaign's"),
         E("airstrike", Q("ستة", 6), PL("معرة حرمة", "Maarat Hurma", "Idlib"), "2019-08-21", "الدفاع المدني", RUS,
           note="«في اليوم ذاته»: the day of the taking; the two children a breakdown")])

passage("d11", "2020-08-14", "Deir ez-Zor 24", "Deir ez-Zor 24: an IS ambush on a road in the Badia",
        "قُتل 11 عنصراً من قوات النظام وميليشيا «لواء القدس» الرديفة لها، بينهم ضابط برتبة نقيب، وأصيب آخرون، في "
        "كمين نصبه عناصر من تنظيم «داعش» لحافلة عسكرية على الطريق بين الشولا وكباجب جنوبي دير الزور، مساء أمس "
        "الخميس. وبحسب مراسل دير الزور 24 فإن المهاجمين أحرقوا الحافلة قبل أن ينسحبوا نحو عمق البادية.",
        [E("armed_clash", Q("11", 11), PL("الشولا", "Al-Shola", "Deir ez-Zor"), "2020-08-13",
           "مراسل دير الزور 24", IS,
           note="an ambush on a road between two villages (either end; first given); the captain is a breakdown; "
                "the next sentence's correspondent tells the same ambush (a second coder might give the outlet); "
                "the Badia is where they withdrew")])

passage("d12", "2016-07-31", "SANA", "SANA dateline: 'terrorist' rocket shells on two Aleppo districts",
        "حلب-سانا\n"
        "ارتقى ثمانية شهداء، بينهم ثلاثة أطفال، وأصيب 26 مواطناً جراء قذائف صاروخية أطلقها إرهابيون على حيي "
        "الحمدانية وصلاح الدين في مدينة حلب. وأوضح مصدر في محافظة حلب لـ«سانا» أن القذائف سقطت صباح اليوم على منازل المواطنين وألحقت أضراراً مادية كبيرة بها وبعدد من السيارات.",
        [E("shelling", Q("ثمانية", 8), PL("الحمدانية", "Al-Hamdaniya", "Aleppo"), "2016-07-31",
           "مصدر في محافظة حلب", FSA,
           note="two districts, one act (group, first place); the 26 are injured; 'terrorists' in 2016 "
                "Aleppo coded as the opposition factions (a coding convention)")])

passage("d13", "2018-03-01", "SNHR", "SNHR monthly report: a national toll with perpetrator breakdown",
        "أصدرت الشبكة السورية لحقوق الإنسان تقريرها الدوري الذي وثّق مقتل 1163 مدنياً على امتداد سوريا في شباط/فبراير "
        "2018، بينهم 311 طفلاً و197 سيدة. وأشار التقرير إلى أن قوات النظام السوري قتلت 736 منهم، معظمهم في الغوطة "
        "الشرقية، في حين قتلت القوات الروسية 221 مدنياً، وتوزّعت بقية الحصيلة على أطراف أخرى.",
        [E("casualties", Q("1163", 1163), None, "2018-02", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a month's national toll (Syria as a whole: no place, as earlier sets); children, women and the "
                "per-perpetrator figures (736 regime, 221 Russian) are a breakdown, not events; the Ghouta is "
                "where most died, not the figure's place")])

passage("d14", "2019-03-11", "North Press", "North Press: the SDF spokesman on a repelled IS attack; trucks leave",
        "أعلن المتحدث باسم قوات سوريا الديمقراطية أن مقاتليها قتلوا 38 عنصراً من تنظيم «داعش» أثناء صدّ هجوم "
        "معاكس شنّه التنظيم ليل الأحد على نقاطهم في محيط مخيم الباغوز، وأن أربعة من مقاتلي «قسد» فقدوا حياتهم في "
        "المواجهات. وبحسب مراسل نورث برس، خرجت اليوم الاثنين 26 شاحنة تقل مئات النساء والأطفال من آخر جيب للتنظيم "
        "باتجاه مخيم الهول.",
        [E("armed_clash", Q("38", 38), PL("الباغوز", "Baghuz", "Deir ez-Zor"), "2019-03-10",
           "المتحدث باسم قوات سوريا الديمقراطية", IS,
           note="a repelled counter-attack: IS attacked (actor1; a second coder might name the SDF); the figure "
                "named is IS's 38 (four SDF dead besides); the camp at Baghuz is the spot"),
         E("other", Q("مئات", 200, 900, True), PL("الباغوز", "Baghuz", "Deir ez-Zor"), "2019-03-11",
           "مراسل نورث برس", None,
           note="an evacuation from the last pocket (Baghuz, named in the sentence before); al-Hol is the "
                "destination; the 26 trucks are vehicles")])

passage("d15", "2020-02-20", "Zaman al-Wasl", "a response team's displacement total since November",
        "قال فريق «منسقو استجابة سوريا» في بيان اليوم الخميس إن عدد النازحين من ريف إدلب الجنوبي وريف حلب الغربي "
        "منذ مطلع تشرين الثاني الماضي تجاوز 948 ألف مدني، بينهم أكثر من 81 ألفاً نزحوا خلال الأسبوع الماضي وحده، "
        "هرباً من الغارات الروسية وقصف قوات النظام على المدن والبلدات.",
        [E("other", Q("948 ألف", 948000, None, True), PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"),
           "2020-02-20", "منسقو استجابة سوريا", None, kind="aggregate",
           note="displacement since early November 2019 (other, aggregate), a bound by a verb; two regions "
                "listed (first given); the week's 81 thousand are a part of the total, not a second figure; "
                "the raids and shelling are causes without a place or day, not coded")])

passage("d16", "2021-08-25", "Halab Today", "Halab Today: Daraa al-Balad's displaced arrive in the north",
        "وصلت ليل الثلاثاء إلى معبر أبو الزندين قرب مدينة الباب حافلتان تقلان 53 شخصاً من مهجّري درعا البلد، بينهم "
        "نساء وأطفال، بموجب اتفاق رعته روسيا بين اللجنة المركزية في درعا واللجنة الأمنية التابعة للنظام، بحسب ما "
        "أفاد به «تجمع أحرار حوران». وأوضح التجمع أن معظم الخارجين من الشبان المطلوبين الذين رفضوا تسليم سلاحهم "
        "الفردي.",
        [E("other", Q("53", 53), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-08-24", "تجمع أحرار حوران", None,
           note="a forced evacuation coded at its origin; Abu al-Zandin and al-Bab are the arrival point (a second "
                "coder might place it there); the deal is its frame, no day: not coded; the two buses a dual")])

passage("d17", "2012-02-16", "Al Arabiya", "Al Arabiya: a lieutenant's defection video with conscripts",
        "بثّ ناشطون على موقع يوتيوب تسجيلاً مصوراً يظهر فيه الملازم أول ماهر العبد الله معلناً انشقاقه مع 22 مجنداً "
        "عن الفرقة 11 في الجيش السوري، وانضمامهم إلى كتيبة الفاروق في مدينة الرستن بريف حمص، احتجاجاً على ما وصفه "
        "بقصف المدنيين العزل في حي بابا عمرو منذ أكثر من أسبوعين.",
        [E("defection", Q("22", 22), PL("الرستن", "Rastan", "Homs"), "2012-02-16", "ناشطون", GOV,
           note="the figure the text gives is the 22 conscripts (23 with the lieutenant); the Eleventh Division "
                "is a unit number; Baba Amr's shelling is his reason, ongoing and undated, not coded; no day in "
                "the text: the report's")])

passage("d18", "2013-04-15", "SANA", "SANA dateline: a car bomb at a Damascus square; explosives weight",
        "دمشق-سانا\n"
        "استشهد 14 مواطناً وجُرح ما يزيد على 50 في تفجير إرهابي نُفّذ بسيارة مفخخة صباح اليوم عند ساحة شمدين في حي "
        "ركن الدين بدمشق. وذكر مصدر في وزارة الداخلية أن السيارة كانت محملة بنحو 300 كيلوغرام من المواد المتفجرة، "
        "وأن الانفجار ألحق أضراراً كبيرة بالمباني والمحال التجارية المحيطة بالساحة.",
        [E("explosion", Q("14", 14), PL("ساحة شمدين", "Shamdin Square", "Damascus"), "2013-04-15",
           "مصدر في وزارة الداخلية", UNID,
           note="the square is the most specific place (the district or the city a second coder's choice); the 50 are injured; "
                "the 300 kg is a weight; no perpetrator named beyond 'terrorist'")])

passage("d19", "2016-08-28", "Asharq Al-Awsat", "Asharq Al-Awsat relaying Anadolu: Euphrates Shield takes a "
                                                "border town; Turkish artillery",
        "سيطرت فصائل «الجيش السوري الحر» المدعومة من أنقرة، اليوم الأحد، على بلدة الراعي الحدودية في ريف حلب "
        "الشمالي بعد طرد عناصر تنظيم «داعش» منها، ضمن المرحلة الثانية من عملية «درع الفرات»، وفق ما نقلته وكالة "
        "الأناضول عن مصادر عسكرية. وأضافت المصادر أن المدفعية التركية قصفت 12 هدفاً للتنظيم في محيط البلدة قبيل "
        "بدء الهجوم.",
        [E("territory_change", None, PL("الراعي", "Al-Rai", "Aleppo"), "2016-08-28", "وكالة الأناضول", FSA,
           note="Turkish-backed factions in 2016 (before the SNA's founding) coded as the opposition factions; "
                "Ankara is a backer; relayed («نقلته … عن مصادر عسكرية»): gold names the agency the text cites"),
         E("shelling", Q("12", 12), PL("الراعي", "Al-Rai", "Aleppo"), "2016-08-28", "وكالة الأناضول", TUR,
           note="artillery on IS around the town just before the assault: its own act; the figure is targets; "
                "the same relayed source (a second coder might name «مصادر عسكرية»)")])

passage("d20", "2017-07-18", "Al-Modon", "Al-Modon: HTS and Ahrar clash in a town; checkpoints taken after "
                                         "mediation",
        "تجددت المواجهات، صباح اليوم الثلاثاء، بين مقاتلي «تحرير الشام» و«أحرار الشام» في بلدة تفتناز شرقي مدينة إدلب، "
        "وخلّفت سبعة قتلى من الجانبين إضافة إلى مدني، بحسب المرصد السوري. وأفاد ناشطون محليون بأن الهيئة انتزعت مساءً "
        "حواجز الحركة المنتشرة عند مداخل البلدة، عقب وساطة قادها وجهاء محليون.",
        [E("armed_clash", Q("سبعة", 7), PL("تفتناز", "Taftanaz", "Idlib"), "2017-07-18", "المرصد السوري", HTS,
           note="infighting; HTS named first (actor1; a second coder might leave it two-sided); the civilian is "
                "a further death, no numeral"),
         E("territory_change", None, PL("تفتناز", "Taftanaz", "Idlib"), "2017-07-18", "ناشطون محليون", HTS,
           note="the checkpoints taken in the evening, told by other sources (a second coder might fold it into "
                "the clash)")])

passage("d21", "2019-11-03", "SOHR", "SOHR: an SDF attack on a village held by Turkish-backed factions; "
                                    "Turkish artillery replies",
        "رصد المرصد السوري لحقوق الإنسان مقتل 9 من عناصر الفصائل الموالية لأنقرة في هجوم شنّته قوات سوريا "
        "الديمقراطية ليل السبت على مواقعهم في قرية أم الكيف شمال غربي بلدة تل تمر، فيما خسرت «قسد» ثلاثة من "
        "مقاتليها. ولفت المرصد إلى أن القوات التركية ردّت فجر الأحد بقصف مدفعي طال قرى عدة في ريف تل تمر الشمالي.",
        [E("armed_clash", Q("9", 9), PL("أم الكيف", "Umm al-Kayf", "Al-Hasakah"), "2019-11-02", SOHR, SDF,
           note="the SDF attacked; the factions' nine is the figure named (three SDF dead besides); Tell Tamr "
                "is a bearing"),
         E("shelling", None, PL("ريف تل تمر الشمالي", "Northern Tell Tamr countryside", "Al-Hasakah"),
           "2019-11-03", SOHR, TUR, note="a reply at dawn the next day: its own act; unnamed villages, the region")])

passage("d22", "2019-06-02", "RT", "RT relaying the Russian defence ministry: strikes on depots, 'up to' a figure",
        "أعلنت وزارة الدفاع الروسية أن القوات الجوية الفضائية وجّهت أمس السبت ضربات دقيقة دمّرت ثلاثة مستودعات "
        "للأسلحة ومقراً قيادياً تابعاً لـ«جبهة النصرة» قرب بلدة اللطامنة في ريف حماة الشمالي، وقضت على ما يصل إلى "
        "40 مسلحاً. وأكدت الوزارة أن الضربات نُفّذت بعد التحقق من الأهداف عبر طائرات الاستطلاع، وأنه لم تُسجَّل أي "
        "إصابات بين المدنيين.",
        [E("airstrike", Q("ما يصل إلى 40", None, 40, True), PL("اللطامنة", "Al-Lataminah", "Hama"), "2019-06-01",
           "وزارة الدفاع الروسية", RUS,
           note="'up to 40' is an upper bound; the three depots are objects; the denial of civilian harm is not "
                "an event")])

passage("d23", "2018-04-09", "SANA", "the army's general command: an Israeli missile attack on an airbase",
        "أعلنت القيادة العامة للجيش والقوات المسلحة أن وسائط دفاعنا الجوي تصدّت فجر اليوم لعدوان إسرائيلي "
        "بالصواريخ استهدف مطار التيفور العسكري في ريف حمص الشرقي، وأسقطت عدداً منها، في حين أصاب صاروخان أحد مباني "
        "المطار ما أدى إلى استشهاد ثلاثة عسكريين وإصابة آخرين. وأكد البيان أن العدوان جاء بعد أيام من اتهامات "
        "غربية لدمشق.",
        [E("airstrike", Q("ثلاثة", 3), PL("مطار التيفور", "T4 airbase", "Homs"), "2018-04-09",
           "القيادة العامة للجيش والقوات المسلحة", ISR,
           note="Israeli missiles typed airstrike as earlier sets (ACLED's missile subtype sits under shelling: "
                "a second coder's call); the interception is part of the act; the airbase is the most specific "
                "place; Damascus is the accused, not a place")])

passage("d24", "2016-11-19", "Halab Today", "Halab Today: barrels on an Aleppo district; a recalled raid with its "
                                            "own day",
        "استهدفت مروحيات النظام، صباح اليوم السبت، بثمانية براميل متفجرة حي الصاخور شرقي حلب، ما أدى لمقتل خمسة "
        "مدنيين بينهم امرأة، وإصابة آخرين بجروح، بحسب مراسل حلب اليوم. وكان الطيران ذاته قد استهدف الأربعاء الماضي "
        "سوق حي الشعار بصاروخين فراغيين، ما أسفر عن مقتل تسعة مدنيين.",
        [E("airstrike", Q("خمسة", 5), PL("الصاخور", "Al-Sakhour", "Aleppo"), "2016-11-19", "مراسل حلب اليوم", GOV,
           note="barrels; the figure is the dead (the eight barrels a second figure of the same act)"),
         E("airstrike", Q("تسعة", 9), PL("الشعار", "Al-Shaar", "Aleppo"), "2016-11-16", None, GOV,
           note="a recalled raid with its own day (last Wednesday); the market is in the district; no source of "
                "its own: the outlet (marsad carrying the correspondent is defensible)")])

passage("d25", "2018-05-12", "Orient News", "Orient relaying Shaam: an unclaimed IED on a commander's car in Idlib",
        "انفجرت عبوة ناسفة مزروعة في سيارة قيادي في «فيلق الشام» قرب دوار المحراب في مدينة إدلب مساء الجمعة، ما أدى "
        "إلى مقتله ومرافقَيه وإصابة أربعة مدنيين كانوا في المكان، وفق ما نقلته شبكة شام الإخبارية عن مصادر طبية. "
        "ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن، في حين تتكرر هذه العمليات في المدينة منذ أسابيع.",
        [E("explosion", None, PL("دوار المحراب", "Al-Mihrab roundabout", "Idlib"), "2018-05-11",
           "شبكة شام الإخبارية", UNID,
           note="three dead without a numeral (a commander and a dual); the four are injured; unclaimed; the "
                "roundabout is the most specific place (the city a second coder's choice); relayed: the network "
                "the text cites; the habit sentence is not an event")])

passage("d26", "2022-11-20", "Hawar", "Hawar: the SDF on Turkish raids on a village; Ankara's operation name",
        "أفادت «قوات سوريا الديمقراطية» بأن مقاتلات تركية شنّت فجر اليوم الأحد غارات على قرية تقل بقل ومحطة للطاقة "
        "قريبة منها في ريف ديريك، ما أسفر عن مقتل تسعة مدنيين بينهم صحفي. وأعلنت وزارة الدفاع التركية من جهتها أنها "
        "أطلقت عملية جوية باسم «المخلب-السيف» رداً على تفجير إسطنبول.",
        [E("airstrike", Q("تسعة", 9), PL("تقل بقل", "Taql Baql", "Al-Hasakah"), "2022-11-20", "قوات سوريا الديمقراطية",
           TUR,
           note="the power station is beside the village; Turkey's announcement is the other side's telling of "
                "the same raids, not a second event; the Istanbul bombing is Ankara's reason, undated: not coded")])

passage("d27", "2025-02-12", "SANA", "new SANA: the general security arrests 'remnants'; a recalled massacre as a "
                                     "charge",
        "ألقت إدارة الأمن العام في محافظة اللاذقية القبض على سبعة من فلول النظام البائد، بينهم ضابط سابق برتبة عميد "
        "متورط في مجزرة البيضا عام 2013، خلال عملية أمنية في قرية بيت ياشوط بريف جبلة، بحسب ما أعلنت وزارة الداخلية "
        "السورية اليوم الأربعاء. وأكدت الوزارة أن الموقوفين أحيلوا إلى القضاء المختص لاستكمال التحقيقات.",
        [E("arrest", Q("سبعة", 7), PL("بيت ياشوط", "Bayt Yashut", "Latakia"), "2025-02-12", "وزارة الداخلية السورية",
           NEWGOV,
           note="the operation has no day of its own: the announcement's; the Bayda massacre of 2013 is the "
                "officer's charge, not an event; Latakia is the directorate, Jableh a bearing")])

passage("d28", "2011-07-01", "Al Jazeera", "Al Jazeera: a Friday of mass protest with an estimate; another fired on",
        "خرج آلاف المتظاهرين عقب صلاة الجمعة في مدينة حماة في ما سُمّي «جمعة ارحل»، مطالبين برحيل النظام، وقدّر "
        "ناشطون أعداد المحتشدين في ساحة العاصي بأكثر من 300 ألف. وفي دير الزور، قالت الهيئة العامة للثورة السورية "
        "إن قوات الأمن أطلقت الرصاص الحي على متظاهرين في حي الجورة، فقتلت ثلاثة منهم وجرحت العشرات.",
        [E("protest", Q("أكثر من 300 ألف", 300000, None, True), PL("ساحة العاصي", "Al-Assi Square", "Hama"),
           "2011-07-01", "ناشطون", PROT,
           note="one protest told twice (thousands, then the activists' estimate, the fuller figure); the square "
                "is the most specific place (a second coder might give Hama); the outlet tells the first clause"),
         E("protest", Q("ثلاثة", 3), PL("الجورة", "Al-Jura", "Deir ez-Zor"), "2011-07-01",
           "الهيئة العامة للثورة السورية", PROT,
           note="fire on a protest: its three dead are the protest's (as earlier sets); the injured tens not a "
                "count")])

passage("d29", "2014-07-27", "Asharq Al-Awsat", "Asharq Al-Awsat: IS takes a division's base; SOHR's battle toll",
        "سيطر تنظيم «الدولة الإسلامية في العراق والشام» (داعش) على مقر الفرقة 17 شمال مدينة الرقة بعد يومين من "
        "المعارك مع القوات النظامية، وأعدم عدداً من الجنود الأسرى، بحسب ما ذكره المرصد السوري لحقوق الإنسان في تقرير نشره أمس. "
        "وقدّر المرصد قتلى القوات النظامية في المعارك بـ85 عنصراً على الأقل، مقابل 28 من مقاتلي التنظيم.",
        [E("territory_change", Q("85", 85, None, True), PL("مقر الفرقة 17", "Division 17 base", "Raqqa"), "2014-07-26",
           SOHR, IS,
           note="the base is the place (17 is a unit number, Raqqa a bearing); the battle's dead are the "
                "taking's, the regime's 85 the figure named (IS's 28 besides); the executions, with no figure, "
                "are folded into the taking (a second coder might code them apart); dated by SOHR's report, "
                "yesterday")])

passage("d30", "2022-10-16", "Baladi News", "Baladi News relaying Daraa 24: local fighters against an IS cell",
        "قُتل خمسة من مقاتلي المجموعات المحلية في مدينة جاسم بريف درعا الشمالي خلال اشتباكات مع خلية تابعة لتنظيم "
        "«داعش» تحصّنت في مزرعة على أطراف المدينة، وفق ما أفاد به موقع «درعا 24». وأضاف الموقع أن المواجهات انتهت "
        "صباح اليوم الأحد بمقتل أمير الخلية وتفجير عنصر آخر نفسه بحزام ناسف.",
        [E("armed_clash", Q("خمسة", 5), PL("جاسم", "Jasim", "Daraa"), "2022-10-16", "موقع «درعا 24»", None,
           note="two-sided, no actor1; the suicide belt ends the same clash, not a separate explosion; dated by "
                "its end this morning (a second coder might give null for a clash over days)")])

passage("d31", "2015-09-30", "Al-Hayat", "Al-Hayat: Russia's first raids told by the opposition and by Moscow",
        "قالت مصادر في المعارضة السورية إن طائرات روسية شنّت أولى غاراتها اليوم الأربعاء على بلدات تلبيسة والرستن "
        "والزعفرانة في ريف حمص الشمالي، ما أدى إلى مقتل 36 شخصاً معظمهم مدنيون. في المقابل، أكدت وزارة الدفاع "
        "الروسية أن مقاتلاتها نفذت نحو 20 طلعة استهدفت مواقع ومخازن لتنظيم «داعش» في المنطقة.",
        [E("airstrike", Q("36", 36), PL("تلبيسة", "Talbiseh", "Homs"), "2015-09-30", "مصادر في المعارضة السورية", RUS,
           note="three towns, one act (group, first place); Moscow's telling of the same raids is not a second "
                "event; the 20 sorties are the other telling's figure; «أولى» an ordinal")])

passage("d32", "2020-05-14", "Syria TV", "Syria TV: an unclaimed IED on a bus on a road; a raid after it",
        "استهدف تفجير عبوة ناسفة حافلة نقل عسكرية تابعة لـ«الفرقة الرابعة» على الطريق الواصل بين بلدتي المزيريب "
        "واليادودة غربي درعا، صباح اليوم الخميس، ما أدى إلى مقتل أربعة عناصر وجرح تسعة آخرين، بحسب مراسل تلفزيون سوريا. ولم "
        "تتبنَّ أي جهة العملية، في حين داهمت قوات النظام عقب الانفجار منازل في المزيريب واعتقلت ستة شبان.",
        [E("explosion", Q("أربعة", 4), PL("المزيريب", "Al-Muzayrib", "Daraa"), "2020-05-14", "مراسل تلفزيون سوريا",
           UNID, note="a road between two towns (either end; first given); the nine are injured; unclaimed; the "
                      "Fourth Division is the target"),
         E("arrest", Q("ستة", 6), PL("المزيريب", "Al-Muzayrib", "Daraa", nth=1), "2020-05-14", "مراسل تلفزيون سوريا",
           GOV, note="raids after the blast: their own act; the same correspondent's report")])

passage("d33", "2024-11-30", "Al Jazeera", "Al Jazeera: the operations room enters Aleppo districts; a Russian raid",
        "أعلنت «إدارة العمليات العسكرية» مساء الجمعة أن مقاتليها دخلوا حيي حلب الجديدة والحمدانية غربي مدينة حلب بعد "
        "انهيار خطوط قوات النظام، مع دخول معركة «ردع العدوان» يومها الثالث. وقال الدفاع المدني السوري إن غارات "
        "روسية استهدفت صباح اليوم السبت حي الفرقان في المدينة، ما أسفر عن مقتل أربعة مدنيين.",
        [E("territory_change", None, PL("حلب الجديدة", "New Aleppo", "Aleppo"), "2024-11-29",
           "إدارة العمليات العسكرية", FSA,
           note="two districts entered (group, first place); the operations room coded as the opposition factions "
                "as sets 18 and 20 did (set 17 said HTS); «يومها الثالث» an ordinal"),
         E("airstrike", Q("أربعة", 4), PL("الفرقان", "Al-Furqan", "Aleppo"), "2024-11-30", "الدفاع المدني السوري",
           RUS, note="its own day and source")])

passage("d34", "2018-10-09", "SANA", "SANA dateline: an amnesty decree for deserters, its terms in months",
        "دمشق-سانا\n"
        "أصدر الرئيس الأسد اليوم مرسوماً تشريعياً يحمل الرقم 21 للعام 2018، يقضي بالعفو العام عن كامل العقوبة في "
        "جرائم الفرار الداخلي والخارجي الواردة في قانون العقوبات العسكرية، على أن يبادر المتوارون عن الأنظار إلى "
        "تسليم أنفسهم خلال أربعة أشهر في حالة الفرار الداخلي وستة أشهر في حالة الفرار الخارجي.",
        [E("desertion", None, None, "2018-10-09", None, GOV,
           note="an amnesty decree for deserters (desertion, as news_dev); no place as set 18's b27 (Damascus is "
                "the dateline); the decree number and the months are not counts")])

passage("d35", "2018-09-18", "SMART", "SMART relaying Raqqa's response team: a mass grave and a running total",
        "أعلن فريق الاستجابة الأولية التابع لمجلس الرقة المدني، اليوم الثلاثاء، انتشال 52 جثة من مقبرة جماعية عُثر "
        "عليها في حديقة الرشيد وسط مدينة الرقة، بينها جثث مدنيين وعناصر من تنظيم «داعش»، ليرتفع عدد الجثث المنتشلة "
        "من مقابر المدينة منذ مطلع العام الجاري إلى 2,130 جثة، وفق ما نقلته «سمارت» عن عضو في الفريق.",
        [E("other", Q("52", 52), PL("حديقة الرشيد", "Al-Rashid park", "Raqqa"), "2018-09-18", "فريق الاستجابة الأولية",
           None, note="bodies recovered from a mass grave (other); the park is the most specific place"),
         E("other", Q("2,130", 2130), PL("الرقة", "Raqqa", "Raqqa", nth=1), "2018-09-18", "فريق الاستجابة الأولية", None,
           kind="aggregate", note="running total of bodies since January 2018 in the city (the city's name, not the council's)")])

passage("d36", "2018-07-28", "Al-Watan", "Al-Watan relaying Lebanon's General Security: returns from Arsal",
        "وصلت صباح اليوم السبت إلى بلدة فليطة في القلمون الغربي دفعة جديدة من المهجّرين السوريين العائدين من لبنان "
        "عبر معبر الزمراني في جرود عرسال، وضمّت نحو 370 شخصاً، بحسب ما أعلنت المديرية العامة للأمن العام اللبناني، "
        "التي أشارت إلى أن العودة تجري بالتنسيق مع السلطات السورية، وأن دفعات أخرى ستتبعها خلال الأسبوع المقبل.",
        [E("other", Q("نحو 370", 370, approx=True), PL("فليطة", "Flita", "Rif Dimashq"), "2018-07-28",
           "المديرية العامة للأمن العام اللبناني", None,
           note="a return placed where people arrived in Syria; Lebanon is the origin and the crossing in Arsal's "
                "barrens the route; the further batches are a future, not coded")])

passage("d37", "2017-11-16", "Zaman al-Wasl", "Zaman al-Wasl: an SDF commander defects with his men, arriving in "
                                              "Jarabulus",
        "انشق القيادي في «قوات سوريا الديمقراطية» أبو حمزة الخابوري مع 34 من عناصره، ووصلوا أمس الأربعاء إلى مدينة "
        "جرابلس الخاضعة لفصائل «درع الفرات» قادمين من ريف منبج، بحسب ما أكده مصدر عسكري في الجيش الحر لـ«زمان "
        "الوصل». وأوضح المصدر أن المنشقين سلّموا أسلحتهم وعرباتهم، وأن القيادي انتقل لاحقاً إلى الأراضي التركية.",
        [E("defection", Q("34", 34), PL("جرابلس", "Jarabulus", "Aleppo"), "2017-11-15",
           "مصدر عسكري في الجيش الحر", SDF,
           note="a defection from the SDF (the force left), placed where they arrived as news_dev does (the "
                "Manbij countryside is the origin, a second coder's choice); 35 with the commander, the text "
                "gives 34; Turkey is where he went later")])

passage("d38", "2019-11-29", "Step", "Step: a protest against the Salvation government's bread price, then HTS raids and arrests",
        "خرج مئات المحتجين في مدينة أريحا جنوبي إدلب، مساء الخميس، في تظاهرة أمام مبنى «حكومة الإنقاذ» رفضاً لرفع "
        "سعر ربطة الخبز، قبل أن تداهم دوريات من «هيئة تحرير الشام» منازل في المدينة صباح اليوم الجمعة وتعتقل 11 "
        "شاباً ممن شاركوا فيها، وفق ما نقلته وكالة ستيب الإخبارية عن ناشطين محليين.",
        [E("protest", Q("مئات", 200, 900, True), PL("أريحا", "Ariha", "Idlib"), "2019-11-28",
           "ناشطين محليين", PROT, note="the government's building is where they gathered, in the town; the outlet relays activists"),
         E("arrest", Q("11", 11), PL("أريحا", "Ariha", "Idlib"), "2019-11-29", "ناشطين محليين", HTS,
           note="the raids and arrests the next day: their own act")])


if __name__ == "__main__":
    write("gold23.jsonl", P23)
