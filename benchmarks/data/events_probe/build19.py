"""Build gold19.jsonl: probe set 19 (ids c01…), written by helper probe19 in stop 26, BEFORE any run on it.

Every passage was written anew for marsad, modelled on the phrasing of Arabic reporting on Syria 2011-2025
(read in the search tool's `pages` corpus, never copied); people, villages, figures and dates are invented
or varied. Conventions: ../shared/data/news_dev/README.md and this folder's README.md.

    python benchmarks/data/events_probe/build19.py      # rewrites gold19.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build import COAL, FSA, GOV, HTS, IS, ISR, NEWGOV, PROT, RUS, SDF, SNA, TRIBES, TUR, UNID, E, PL, Q, write  # noqa: E402,F401
from build import LOYAL as REMNANTS  # noqa: E402


P19 = []


def passage(pid, published, outlet, style, text, events):
    P19.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("c01", "2019-05-21", "SOHR", "SOHR bulletin: Russian raids and barrels on southern Idlib",
        "المرصد السوري لحقوق الإنسان: نفذت طائرات حربية روسية منذ صباح اليوم الثلاثاء 14 غارة جوية استهدفت "
        "بلدة كفرسجنة ومحيطها في ريف إدلب الجنوبي، ما أدى إلى مقتل ثلاثة مدنيين بينهم طفلة وإصابة آخرين بجروح. "
        "كما ألقت مروحيات النظام 6 براميل متفجرة على أطراف بلدة الهبيط المجاورة، ولم ترد معلومات عن خسائر بشرية حتى اللحظة.",
        [E("airstrike", Q("ثلاثة", 3), PL("كفرسجنة", "Kafr Sajna", "Idlib"), "2019-05-21",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="the three dead are the raids' fatalities (the 14 raids their count: either figure may match)"),
         E("airstrike", Q("6", 6), PL("الهبيط", "Al-Habit", "Idlib"), "2019-05-21", "المرصد السوري لحقوق الإنسان",
           GOV, note="barrels: airstrike; a «كما» sentence inside SOHR's colon bulletin keeps SOHR as source")])

passage("c02", "2012-07-15", "SANA", "old SANA: army repels 'terrorists' at a checkpoint",
        "حمص-سانا: تصدت وحدات من قواتنا المسلحة الباسلة اليوم لمجموعة إرهابية مسلحة حاولت الاعتداء على حاجز "
        "للجيش عند مدخل حي الخالدية في مدينة حمص، وقتلت 11 إرهابياً وأصابت آخرين، فيما فرّ الباقون باتجاه حي "
        "القصور. وأوضح مصدر عسكري أن الوحدات صادرت أسلحة رشاشة وقواذف آر بي جي كانت بحوزة الإرهابيين.",
        [E("armed_clash", Q("11", 11), PL("الخالدية", "Khalidiya", "Homs"), "2012-07-15", "مصدر عسكري", FSA,
           note="MENDED stop 30 (conventions): a next sentence that comes back to the same incident names its source (README stop 30; sets 1-21 and news_dev carry it back about 27 times against 4; was: the outlet); SANA's 'terrorists' attacked: actor1 the opposition; the military source gives the arms "
                "seized in the clash; Qusour is where the rest fled")])

passage("c03", "2025-03-16", "Enab Baladi", "new interior ministry: sweep with arrests, a recalled massacre as a charge",
        "أعلنت وزارة الداخلية السورية، الأحد 16 من آذار، توقيف 23 شخصاً وصفتهم بـ«فلول النظام البائد» في حملة تمشيط "
        "شنتها إدارة الأمن العام على قرى بريف حمص الغربي، من بينهم ضابط متقاعد من المخابرات الجوية تتهمه بالمشاركة في "
        "مجزرة الحولة عام 2012، مضيفة أن الحملة متواصلة إلى حين ضبط السلاح غير المرخص في المنطقة.",
        [E("arrest", Q("23", 23), PL("ريف حمص الغربي", "Western Homs countryside", "Homs"), "2025-03-16",
           "وزارة الداخلية السورية", NEWGOV,
           note="the Houla massacre is the officer's charge, not an event; the sweep's continuation is a future")])

passage("c04", "2012-10-11", "Al Jazeera", "defection of a company reaching the Jordanian border",
        "قال ناشطون سوريون إن 18 عسكرياً، بينهم العقيد الطيار فراس الحمدان، انشقوا عن الجيش النظامي فجر اليوم الخميس من "
        "كتيبة للدفاع الجوي تتمركز على أطراف بلدة الحراك شرقي درعا، ثم وصلوا إلى الحدود الأردنية حيث تسلمتهم قوات حرس "
        "الحدود. وأكد الجيش الحر في بيان انضمامهم إلى صفوفه.",
        [E("defection", Q("18", 18), PL("الحراك", "Al-Harak", "Daraa"), "2012-10-11", "ناشطون سوريون", GOV,
           note="the battalion's position is the place; the Jordanian border is a destination; the FSA statement "
                "restates the same act")])

passage("c05", "2021-09-18", "Hawar", "Hawar: Turkish artillery on two Tell Tamr villages",
        "تل تمر/ هاوار – استهدف جيش الاحتلال التركي ومرتزقته، صباح اليوم السبت، قريتي أم الكيف والطويلة بريف ناحية تل "
        "تمر بما يزيد على 40 قذيفة من المدفعية الثقيلة، فأصيبت امرأتان وطفل بجروح، وتضررت منازل للمدنيين ومحطة "
        "الكهرباء. ويتعرض ريف الناحية الشمالي لقصف شبه يومي منذ أسابيع.",
        [E("shelling", Q("ما يزيد على 40", 40, None, True), PL("أم الكيف", "Umm al-Kayf", "Al-Hasakah"), "2021-09-18",
           None, TUR, note="two villages: one act, a group (gold gives the first); the shells are the count; the "
                          "near-daily shelling is a habit")])

passage("c06", "2023-06-06", "North Press", "Turkish drone on an Asayish car between two towns",
        "القامشلي – نورث برس: قال مصدر في قوى الأمن الداخلي (الأسايش) لنورث برس إن ثلاثة من عناصرها قُتلوا "
        "وأصيب رابع، مساء الثلاثاء، إثر استهداف طائرة مسيرة تركية سيارتهم قرب قرية تل حبش على الطريق الواصل بين "
        "القامشلي وعامودا. وأضاف المصدر أن المسيرة أطلقت صاروخين على السيارة أثناء عودتها من نقطة تفتيش.",
        [E("airstrike", Q("ثلاثة", 3), PL("تل حبش", "Tell Habash", "Al-Hasakah"), "2023-06-06",
           "مصدر في قوى الأمن الداخلي", TUR,
           note="the village near which it struck is more specific than the road between two towns")])

passage("c07", "2021-04-22", "Daraa 24", "Daraa: an assassination and an IED on the same day",
        "أقدم مجهولون، مساء أمس الأربعاء، على اغتيال شاب يعمل في صفوف اللواء الثامن بإطلاق النار عليه بشكل مباشر قرب "
        "دوار البريد في مدينة طفس غربي درعا، ولاذ المهاجمون بالفرار. وفي بلدة اليادودة المجاورة، انفجرت عبوة ناسفة "
        "بسيارة عسكرية تابعة لفرع الأمن العسكري، فجُرح ثلاثة عناصر كانوا على متنها.",
        [E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), "2021-04-21", None, UNID,
           note="an assassination by gunfire (as earlier sets); one victim, no numeral"),
         E("explosion", None, PL("اليادودة", "Al-Yadudah", "Daraa"), "2021-04-21", None, UNID,
           note="MENDED stop 30 (conventions): the injured are never the figure (README stop 30: the contract's count holds no wounded, injuries have their own field; sets 1-21 give no figure 9 times against 1; was: the wounded as the figure); injured-only IED; «أمس» carries from the first sentence")])

passage("c08", "2017-08-21", "Reuters", "Reuters citing SOHR: coalition strikes on a Raqqa district",
        "بيروت (رويترز) - قال المرصد السوري لحقوق الإنسان يوم الاثنين إن ضربات جوية للتحالف بقيادة الولايات "
        "المتحدة قتلت 19 مدنياً على الأقل بينهم خمسة أطفال في حي البدو بمدينة الرقة، بينما تواصل قوات سوريا "
        "الديمقراطية هجومها لانتزاع ما تبقى من المدينة من تنظيم الدولة الإسلامية. ولم يصدر تعليق فوري من التحالف.",
        [E("airstrike", Q("19", 19, None, True), PL("حي البدو", "Al-Badu district", "Raqqa"), "2017-08-21",
           "المرصد السوري لحقوق الإنسان", COAL,
           note="the district is the most specific place; the SDF offensive is an ongoing state, no event")])

passage("c09", "2018-03-01", "SNHR", "SNHR monthly toll with a perpetrator breakdown",
        "أحصت الشبكة السورية لحقوق الإنسان، ضمن تقرير شهري نشرته اليوم، مقتل 1,027 مدنياً على يد أطراف النزاع في سوريا "
        "خلال شباط/فبراير 2018، من بينهم 261 طفلاً و163 سيدة، ونسبت إلى قوات النظام السوري قتل 614 منهم وإلى القوات "
        "الروسية 297، فيما توزعت البقية على أطراف أخرى. وأشار التقرير إلى أن الغوطة الشرقية سجلت العدد الأكبر.",
        [E("casualties", Q("1,027", 1027), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a month's national toll; the perpetrators' shares (614, 297) and the Ghouta are a breakdown, not "
                "events (a second coder might code per-perpetrator aggregates)")])

passage("c10", "2024-12-05", "Syria TV", "the 2024 operations room takes Hama and frees prisoners",
        "أعلنت إدارة العمليات العسكرية، اليوم الخميس، سيطرة الفصائل على مدينة حماة بالكامل بعد معارك استمرت أياماً "
        "مع قوات النظام على أطرافها الشمالية، وقالت إن مقاتليها أطلقوا سراح أكثر من ألف معتقل من السجن المركزي في "
        "المدينة. وبث ناشطون مشاهد لانسحاب أرتال النظام على الطريق الدولي باتجاه حمص.",
        [E("territory_change", None, PL("حماة", "Hama", "Hama"), "2024-12-05", "إدارة العمليات العسكرية", FSA,
           note="the operations room as the opposition factions (as sets 4-6; set 17 flagged HTS); Homs is a "
                "destination of the withdrawal"),
         E("other", Q("أكثر من ألف", 1000, None, True), PL("حماة", "Hama", "Hama"), "2024-12-05",
           "إدارة العمليات العسكرية", FSA, note="prisoners freed from the central prison (a facility in the city)")])

passage("c11", "2013-01-21", "Asharq Al-Awsat", "a car bomb told by state TV, blamed on 'terrorists'",
        "قُتل 14 شخصاً على الأقل وجُرح ما يزيد على أربعين في تفجير سيارة ملغومة قرب مخفر الشرطة في ساحة مدينة جرمانا "
        "بريف دمشق، بحسب ما أفاد التلفزيون الرسمي السوري، الذي حمّل «إرهابيين» مسؤولية التفجير، في حين تحدث ناشطون "
        "معارضون عن حصيلة أعلى من ذلك. وهذا هو التفجير الثالث الذي يضرب المدينة منذ مطلع الشهر.",
        [E("explosion", Q("14", 14, None, True), PL("جرمانا", "Jaramana", "Rif Dimashq"), "2013-01-21",
           "التلفزيون الرسمي السوري", UNID,
           note="nothing in the text dates it: published; the blame on 'terrorists' names no group; 'the third' "
                "is an ordinal, no aggregate figure")])

passage("c12", "2020-11-15", "Anadolu", "Turkish MoD: 'neutralised' infiltrators and a running total",
        "أنقرة/ الأناضول: قالت وزارة الدفاع التركية، الأحد، إن قواتها «حيّدت» 7 إرهابيين من «بي كي كي/ ي ب ك» أثناء "
        "محاولتهم التسلل نحو منطقة «نبع السلام» من جهة ريف رأس العين شمالي سوريا. وأوضح بيان للوزارة أن حصيلة "
        "الإرهابيين المحيّدين منذ بداية الشهر الحالي في مناطق العمليات بلغت 61.",
        [E("armed_clash", Q("7", 7), PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), "2020-11-15",
           "وزارة الدفاع التركية", TUR, note="an infiltration repelled: 'neutralised' is the figure; Ankara is the "
                                           "dateline"),
         E("casualties", Q("61", 61), None, None, "وزارة الدفاع التركية", TUR, kind="aggregate",
           note="a running 'neutralised' total since the month began, over unnamed areas")])

passage("c13", "2016-12-15", "AFP", "AFP: first evacuation from east Aleppo, ICRC figure",
        "حلب (أ ف ب) - غادرت أولى الحافلات التي تقل مقاتلين معارضين ومدنيين الأحياء الشرقية المحاصرة في مدينة "
        "حلب صباح الخميس، بموجب اتفاق رعته روسيا وتركيا، وقالت اللجنة الدولية للصليب الأحمر إن نحو ثلاثة آلاف "
        "شخص خرجوا في الدفعة الأولى باتجاه ريف حلب الغربي، على أن تستمر العملية أياماً.",
        [E("other", Q("نحو ثلاثة آلاف", 3000, approx=True), PL("حلب", "Aleppo", "Aleppo", nth=0), "2016-12-15",
           "اللجنة الدولية للصليب الأحمر", None,
           note="an evacuation; the western countryside is the destination; the deal is its reason, not a new event; "
                "the continuation is a future"
                "; MENDED stop 31 (figures): a hedge's high, mechanical: «نحو N» is N..N approx as every other set codes it (71 seen events against 4), the high had been left open")])

passage("c14", "2025-04-15", "SANA", "new SANA: an Israeli incursion arrests shepherds",
        "القنيطرة-سانا: اعتقلت قوات الاحتلال الإسرائيلي ثلاثة رعاة من أهالي بلدة جباتا الخشب بريف القنيطرة الشمالي "
        "أثناء رعيهم الأغنام صباح الثلاثاء، بعد توغل دورية مؤلفة من خمس آليات عسكرية في أطراف البلدة، واقتادتهم إلى جهة "
        "مجهولة داخل الجولان المحتل، بحسب ما أفاد أهالي البلدة لمراسل سانا.",
        [E("arrest", Q("ثلاثة", 3), PL("جباتا الخشب", "Jubata al-Khashab", "Quneitra"), "2025-04-15", "أهالي البلدة", ISR,
           note="five vehicles are not the figure; the Golan is a destination; the residents told SANA's reporter (relayed: "
                "the residents are the source); the incursion is the arrest's "
                "setting, not a second event")])

passage("c15", "2025-07-14", "SOHR", "SOHR: a Sweida clash's toll rises",
        "المرصد السوري: ارتفعت حصيلة القتلى جراء الاشتباكات المستمرة منذ صباح أمس الأحد بين مقاتلين من العشائر البدوية "
        "ومجموعات محلية درزية في حي المقوس شرقي مدينة السويداء إلى 37 قتيلاً، بينهم طفلان، إضافة إلى نحو 100 جريح، وسط "
        "حالة من التوتر وإغلاق للطريق الواصل بين دمشق والسويداء.",
        [E("armed_clash", Q("37", 37), PL("المقوس", "Al-Maqwas", "As-Suwayda"), "2025-07-13",
           "المرصد السوري", None, note="a toll update of one clash that began yesterday; two sides, no actor1; the "
                                     "Damascus road is another place")])

passage("c16", "2013-05-19", "Zaman al-Wasl", "regime shelling of Qusayr and a clash with Hezbollah nearby",
        "قال ناشطون لـ«زمان الوصل» إن قوات النظام قصفت بالمدفعية الثقيلة وراجمات الصواريخ مدينة القصير بريف حمص "
        "منذ فجر اليوم الأحد، ما أسفر عن مقتل 9 أشخاص بينهم ثلاث نساء، فيما تدور اشتباكات عنيفة بين مقاتلي الجيش "
        "الحر وعناصر من حزب الله اللبناني على أطراف قرية أبو حوري المجاورة.",
        [E("shelling", Q("9", 9), PL("القصير", "Al-Qusayr", "Homs"), "2013-05-19", "ناشطون", GOV),
         E("armed_clash", None, PL("أبو حوري", "Abu Huri", "Homs"), "2013-05-19", "ناشطون", None,
           note="two sides, no actor1; no figure")])

passage("c17", "2012-02-24", "Al Arabiya", "Friday protests nationwide, one fired on",
        "خرجت تظاهرات حاشدة بعد صلاة الجمعة في أكثر من 300 نقطة في أنحاء سوريا تحت شعار «جمعة الوفاء للمعتقلين»، "
        "بحسب لجان التنسيق المحلية، التي قالت إن قوات الأمن فتحت النار على المحتجين في حي القابون بدمشق فقتلت ستة "
        "منهم. وتعذر على «العربية» التحقق من هذه المعلومات بسبب القيود المفروضة على عمل الصحافيين.",
        [E("protest", Q("أكثر من 300", 300, None, True), None, "2012-02-24", "لجان التنسيق المحلية", PROT,
           kind="aggregate", note="protests in 300 points: an aggregate over the country (the points are the count)"),
         E("protest", Q("ستة", 6), PL("القابون", "Qaboun", "Damascus"), "2012-02-24", "لجان التنسيق المحلية", PROT,
           note="fire on a protest: its six dead are the protest's fatalities (as earlier sets)")])

passage("c18", "2015-01-13", "Orient", "barrels on Daraya and an advance repelled",
        "ألقى الطيران المروحي التابع لنظام الأسد، اليوم الثلاثاء، 22 برميلاً متفجراً على مدينة داريا في الغوطة "
        "الغربية. وتزامن القصف مع محاولة قوات الفرقة الرابعة التقدم على الجبهة الغربية للمدينة، حيث تمكن مقاتلو "
        "لواء شهداء الإسلام من صد الهجوم وقتل 8 عناصر من المهاجمين، بحسب المكتب الإعلامي للواء.",
        [E("airstrike", Q("22", 22), PL("داريا", "Daraya", "Rif Dimashq"), "2015-01-13", None, GOV,
           note="the barrels' sentence names no source: the outlet"),
         E("armed_clash", Q("8", 8), PL("داريا", "Daraya", "Rif Dimashq"), "2015-01-13", "المكتب الإعلامي للواء",
           GOV, note="a repelled advance: the attackers (the Fourth Division) are actor1; 'الفرقة الرابعة' is no "
                     "number")])

passage("c19", "2018-06-27", "Al-Watan", "Al-Watan: the army takes a string of Daraa towns",
        "أحكمت وحدات الجيش العربي السوري سيطرتها أمس على بلدات بصر الحرير ومليحة العطش وناحتة في ريف درعا الشمالي "
        "الشرقي، بعد معارك مع التنظيمات الإرهابية أسفرت عن مقتل العشرات من المسلحين، وفق مصدر ميداني تحدث لـ«الوطن»، "
        "أكد أن الوحدات تتابع تقدمها نحو مدينة الحراك لتطهيرها من بقايا المسلحين خلال الساعات المقبلة.",
        [E("territory_change", Q("العشرات", 20, 90, True), PL("بصر الحرير", "Busra al-Harir", "Daraa"),
           "2018-06-26", "مصدر ميداني", GOV,
           note="a list of towns: a group (gold gives the first); the battle's dead folded into the taking (as set "
                "15's g20); Harak is an aim")])

passage("c20", "2016-02-14", "SMART", "SMART: jets believed Russian hit a market",
        "قال مراسل «سمارت» في إدلب إن طائرات حربية يرجح أنها روسية استهدفت بأربعة صواريخ سوقاً شعبية وسط مدينة "
        "معرة النعمان صباح الأحد، ما أدى لمقتل 11 مدنياً وإصابة أكثر من 30 آخرين، نقل معظمهم إلى مشافي مدينة إدلب، "
        "وسط نقص حاد في المستلزمات الطبية ووحدات الدم لدى فرق الإسعاف.",
        [E("airstrike", Q("11", 11), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2016-02-14",
           "مراسل «سمارت»", RUS, note="a hedged perpetrator («يرجح أنها روسية»); Idlib's hospitals are where the "
                                     "wounded went; the correspondent is in Idlib")])

passage("c21", "2019-09-15", "Enab Baladi", "an amnesty decree for desertion with a surrender condition",
        "أصدر رئيس النظام، بشار الأسد، اليوم الأحد، مرسوماً يمنح عفواً عاماً يشمل كامل عقوبة جرائم الفرار بنوعيه، الداخلي والخارجي، إذا وقعت قبل 15 أيلول 2019، شريطة أن يسلّم المتوارون عن الأنظار أنفسهم في غضون ثلاثة أشهر "
        "إن كان فرارهم داخلياً وستة أشهر إن كان خارجياً.",
        [E("desertion", None, None, "2019-09-15", None, GOV,
           note="an amnesty decree (desertion by the README); decree 20 and the months are not counts")])

passage("c22", "2023-08-31", "Deir ez-Zor 24", "tribal fighters attack SDF posts; SDF brings reinforcements",
        "شنّ مقاتلون من أبناء العشائر هجوماً فجر اليوم الخميس على نقاط لقوات سوريا الديمقراطية في بلدة ذيبان بريف دير "
        "الزور الشرقي، تلته مواجهات استمرت ساعات قُتل فيها سبعة مقاتلين من الطرفين، بينهم خمسة من عناصر «قسد»، بحسب "
        "مصادر محلية لـ«دير الزور 24». واستقدمت «قسد» لاحقاً تعزيزات إلى البلدة من حقل العمر النفطي.",
        [E("armed_clash", Q("سبعة", 7), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-08-31", "مصادر محلية", TRIBES,
           note="the tribes attacked: actor1; five SDF dead are a breakdown"),
         E("reinforcement", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-08-31", None, SDF,
           note="sent to the town (referred to as «البلدة»); the Omar field is the origin; the sentence after the "
                "sourced one names no source: the outlet (a second coder may carry the local sources)")])

passage("c23", "2025-03-06", "SANA", "new SANA: remnants ambush a security patrol near Jableh",
        "اللاذقية-سانا: استشهد أربعة عناصر من إدارة الأمن العام وأصيب آخرون، اليوم، جراء كمين نفذته مجموعة من "
        "فلول النظام البائد على دورية أمنية قرب بلدة عين الشرقية في ريف جبلة، وفق ما صرّح به مصدر أمني لـ سانا، "
        "مؤكداً أن الوحدات الأمنية بدأت عملية تمشيط واسعة في المنطقة لملاحقة المتورطين.",
        [E("armed_clash", Q("أربعة", 4), PL("عين الشرقية", "Ain al-Sharqiya", "Latakia"), "2025-03-06",
           "مصدر أمني", REMNANTS, note="an ambush: the remnants are actor1; the sweep begun names no arrest, no event")])

passage("c24", "2020-06-13", "Step", "HTS raids in Sarmada with arrests",
        "داهمت عناصر من جهاز الأمن العام التابع لهيئة تحرير الشام منازل في مدينة سرمدا شمالي إدلب، اليوم السبت، واعتقلت "
        "ما لا يقل عن 12 شخصاً بتهمة التواصل مع تنظيم «حراس الدين»، بحسب ما أفادت به مصادر محلية لوكالة ستيب الإخبارية، "
        "وسط انتشار أمني كثيف على مداخل المدينة وحواجز جديدة على الطريق إلى باب الهوى.",
        [E("arrest", Q("ما لا يقل عن 12", 12, None, True), PL("سرمدا", "Sarmada", "Idlib"), "2020-06-13",
           "مصادر محلية", HTS, note="Bab al-Hawa is on a road named for another reason; the deployment is a state")])

passage("c25", "2018-03-26", "Al Jazeera", "Ghouta evacuation with a running total",
        "قالت وسائل إعلام رسمية سورية إن 6500 شخص، بينهم مقاتلون من فيلق الرحمن وعائلاتهم، خرجوا اليوم الاثنين من "
        "بلدات عربين وزملكا وعين ترما في الغوطة الشرقية باتجاه الشمال السوري، ليرتفع عدد من غادروا الغوطة منذ بدء "
        "تطبيق الاتفاق الأسبوع الماضي إلى أكثر من 40 ألفاً.",
        [E("other", Q("6500", 6500), PL("عربين", "Arbin", "Rif Dimashq"), "2018-03-26",
           "وسائل إعلام رسمية سورية", None, note="an evacuation from a list of towns: a group (gold gives the first); "
                                                "the north is a destination"),
         E("other", Q("أكثر من 40 ألفاً", 40000, None, True), PL("الغوطة", "Eastern Ghouta", "Rif Dimashq", nth=1),
           None, "وسائل إعلام رسمية سورية", None, kind="aggregate",
           note="a running evacuation total since the deal began")])

passage("c26", "2022-06-19", "Halab Today", "SNA factions fight in al-Bab",
        "اندلعت اشتباكات عنيفة بالأسلحة الخفيفة والمتوسطة مساء أمس بين فصيلي «الجبهة الشامية» و«فرقة الحمزات» التابعين "
        "للجيش الوطني السوري في حي زمزم بمدينة الباب شرقي حلب، خلّفت مقتل مدني وإصابة خمسة مقاتلين من الطرفين، بحسب ما "
        "قالته مصادر محلية لـ«حلب اليوم»، قبل تدخل وجهاء المدينة لوقف الاقتتال.",
        [E("armed_clash", None, PL("حي زمزم", "Zamzam district", "Aleppo"), "2022-06-18", "مصادر محلية", SNA,
           note="infighting of two SNA factions; one civilian dead (no numeral) and five injured: no count or "
                "fatalities figure; the district is the most specific place")])

passage("c27", "2025-04-16", "Independent Arabia", "a mass grave found near Khan Shaykhun",
        "انتشلت فرق الدفاع المدني السوري، أمس الثلاثاء، رفات ما لا يقل عن 30 شخصاً من مقبرة جماعية اكتُشفت في بستان "
        "زيتون على أطراف خان شيخون جنوبي إدلب، ويُرجَّح أنهم معتقلون أعدمتهم قوات النظام السابق إبان حملتها على المنطقة "
        "عام 2019، وقد نُقلت الرفات إلى مستشفى إدلب الجامعي لمطابقة هوياتهم.",
        [E("other", Q("ما لا يقل عن 30", 30, None, True), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2025-04-15",
           None, None, note="bodies found; the finders are not the source; the believed executions are hedged "
                            "background with no day, not coded; the hospital is where remains went")])

passage("c28", "2024-02-25", "Asharq Al-Awsat", "old MoD: Israeli strike on a Damascus district",
        "أعلنت وزارة الدفاع السورية أن طائرات إسرائيلية نفذت، نحو الواحدة من فجر اليوم الأحد، غارة من فوق الجولان "
        "المحتل على بناء سكني في حي المزة غربي دمشق، أسفرت عن مقتل سبعة أشخاص بينهم مستشاران إيرانيان، وعن أضرار في "
        "مبانٍ قريبة. ولم يصدر تعليق من الجيش الإسرائيلي على الغارة حتى المساء.",
        [E("airstrike", Q("سبعة", 7), PL("المزة", "Mezzeh", "Damascus"), "2024-02-25", "وزارة الدفاع السورية", ISR,
           note="the Golan is where the raid came from; «الواحدة» is an hour")])

passage("c29", "2014-07-04", "Al-Hayat", "IS takes a town after Nusra withdraws",
        "سيطر مقاتلو «الدولة الإسلامية في العراق والشام» (داعش) أمس على بلدة الشحيل في ريف دير الزور الشرقي بعد انسحاب "
        "مقاتلي «جبهة النصرة» منها إثر مفاوضات بين وجهاء البلدة والطرفين، بحسب المرصد السوري لحقوق الإنسان. وكان "
        "التنظيم قد فجّر سيارة مفخخة عند مدخل البلدة نفسها الأحد الماضي، فقُتل 6 من عناصر النصرة وفق المرصد ذاته. وبات "
        "التنظيم يسيطر على معظم ريف المحافظة الممتد حتى الحدود العراقية.",
        [E("territory_change", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2014-07-03",
           "المرصد السوري لحقوق الإنسان", IS,
           note="Nusra's withdrawal is the same change told from the other side; the control of the countryside is "
                "a state"),
         E("explosion", Q("6", 6), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2014-06-29", "المرصد ذاته", IS,
           note="a recalled car bomb with its own day (last Sunday) at 'the same town': background, still coded; "
                "its own «وفق المرصد ذاته»")])

passage("c30", "2023-09-01", "Suwayda 24", "Sweida protests: the square and a second town",
        "تجمع مئات المحتجين، اليوم الجمعة، في ساحة الكرامة بمدينة السويداء في اليوم الثاني عشر من حراكهم المتواصل، "
        "رافعين مطالب بإسقاط النظام وتنفيذ القرار 2254، فيما نظّم العشرات وقفة أمام مقر البلدية في بلدة القريّا جنوبي "
        "المحافظة، حاملين لافتات تطالب بالإفراج عن المعتقلين وبالكشف عن مصير المغيبين في السجون.",
        [E("protest", Q("مئات", 200, 900, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-09-01",
           None, PROT, note="MENDED stop 29 (places): a square is placed at its city (README landmark convention, as set 16 "
                            "m28; was: the square); the twelfth day is an ordinal, 2254 a resolution"),
         E("protest", Q("العشرات", 20, 90, True), PL("القريّا", "Al-Qrayya", "As-Suwayda"), "2023-09-01", None, PROT,
           note="a second protest in another town")])

passage("c31", "2016-10-12", "RT", "Hmeimim centre: mortars on an Aleppo district",
        "أعلن مركز حميميم الروسي للمصالحة بين الأطراف المتناحرة في سوريا، اليوم الأربعاء، أن المسلحين قصفوا بقذائف "
        "الهاون حي جمعية الزهراء في مدينة حلب، ما أسفر عن مقتل مدنيين اثنين وإصابة سبعة آخرين، مشيراً إلى أن "
        "الجماعات المسلحة خرقت نظام التهدئة في المدينة مرات عدة خلال الساعات الماضية.",
        [E("shelling", Q("اثنين", 2), PL("جمعية الزهراء", "Jamiyat al-Zahraa", "Aleppo"), "2016-10-12",
           "مركز حميميم الروسي للمصالحة", FSA,
           note="'the gunmen' in the Russian telling are the opposition; the repeated violations are unnumbered")])

passage("c32", "2020-06-13", "Baladi News", "a motorbike bomb in Azaz",
        "قُتل أربعة مدنيين، بينهم طفل، وجُرح 17 آخرون ظهر اليوم السبت، جراء تفجير دراجة نارية ملغمة وسط سوق مدينة إعزاز "
        "شمالي حلب، بحسب حصيلة غير نهائية نشرها الدفاع المدني السوري. ولم تعلن أي جهة مسؤوليتها عن التفجير، بينما حمّلت "
        "فصائل الجيش الوطني «الوحدات الكردية» المسؤولية عنه.",
        [E("explosion", Q("أربعة", 4), PL("إعزاز", "Azaz", "Aleppo"), "2020-06-13", "الدفاع المدني السوري", UNID,
           note="unclaimed; the SNA's accusation of the YPG is hedged (a second coder may code the accused)")])

passage("c33", "2015-11-09", "Al-Modon", "conscripts desert their units and go home under local protection",
        "قالت مصادر أهلية لـ«المدن» إن نحو 40 مجنداً من أبناء محافظة السويداء فرّوا خلال الأسبوع الماضي من قطعاتهم "
        "العسكرية المنتشرة في ريف درعا الشمالي، وعادوا إلى قراهم رافضين الخدمة خارج محافظتهم، في ظل حماية وفرتها "
        "لهم حركة «رجال الكرامة» التي تمنع سوق الشبان إلى الخدمة الإلزامية.",
        [E("desertion", Q("نحو 40", 40, approx=True), PL("ريف درعا الشمالي", "Northern Daraa countryside", "Daraa"),
           None, "مصادر أهلية", GOV, kind="aggregate",
           note="deserters over last week (period 2015-W45; date null as earlier sets' aggregates): an aggregate (a second coder may call it one incident); "
                "the units' place, not their home province; the movement's habit is no event"
                "; MENDED stop 31 (figures): a hedge's high, mechanical: «نحو N» is N..N approx as every other set codes it (71 seen events against 4), the high had been left open")])

passage("c34", "2011-07-29", "Al Jazeera", "a Homs district stormed with arrests, after a protest",
        "أفاد ناشطون بأن قوات الأمن السورية اقتحمت صباح اليوم الجمعة حي بابا عمرو في مدينة حمص بالدبابات والمدرعات، "
        "واعتقلت أكثر من 150 شخصاً في حملة دهم للمنازل، وذلك بعد يوم من مظاهرة حاشدة شارك فيها الآلاف في الحي نفسه "
        "ونددت بحصار المدينة. وقطعت السلطات الاتصالات عن الحي بالكامل.",
        [E("arrest", Q("أكثر من 150", 150, None, True), PL("بابا عمرو", "Baba Amr", "Homs"), "2011-07-29",
           "ناشطون", GOV, note="the storming is the arrests' setting: one event"),
         E("protest", Q("الآلاف", 2000, 9000, True), PL("بابا عمرو", "Baba Amr", "Homs"), "2011-07-28", "ناشطون",
           PROT, note="'a day before' dates it; 'the same district' refers back to Baba Amr")])

passage("c35", "2025-09-02", "SNHR", "SNHR: a month of arbitrary arrests",
        "ذكرت الشبكة السورية لحقوق الإنسان، في تقريرها الدوري الصادر صباح اليوم، أنها سجلت ما لا يقل عن 211 حالة اعتقال "
        "تعسفي في عموم سوريا طوال آب/أغسطس 2025، بينها 14 طفلاً وسبع سيدات، وأوضحت أن معظم الحالات سُجلت في محافظات حلب "
        "ودير الزور وحمص، وأن بعض المعتقلين أُفرج عنهم بعد أيام من احتجازهم.",
        [E("arrest", Q("ما لا يقل عن 211", 211, None, True), None, None, "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate", note="a month's national count; the governorates and the releases are a breakdown and "
                                  "an aside")])

passage("c36", "2019-10-14", "Reuters", "Turkey says Suluk taken; the SDF denies",
        "قالت وزارة الدفاع التركية يوم الاثنين إن قواتها وفصائل الجيش الوطني السوري المتحالفة معها سيطرت على بلدة "
        "سلوك جنوبي تل أبيض، في اليوم السادس من العملية العسكرية التي تقول أنقرة إنها تستهدف المقاتلين الأكراد. "
        "ونفت قوات سوريا الديمقراطية في بيان خسارة البلدة، وقالت إن مقاتليها ما زالوا يتصدون للهجوم في محيطها.",
        [E("territory_change", None, PL("سلوك", "Suluk", "Raqqa"), "2019-10-14", "وزارة الدفاع التركية", TUR,
           note="Tell Abyad is a bearing; the SDF denial retells the same act; the sixth day is an ordinal")])


def main() -> None:
    write("gold19.jsonl", P19)


if __name__ == "__main__":
    main()
