"""Build gold25.jsonl: probe set 25 (ids i01…), written in stop 27 by helper probe22 BEFORE any run on it.

The helper's second late set: other years, outlets and kinds of event than its set 22 (mostly 2016-2025:
sieges broken, reinforcements, prisoner exchanges, sanctions, deals, releases, drone and missile strikes, the
coast and the south in 2025, monthly and running aggregates). Every passage was written for marsad by the
helper, modelled on the phrasing of Arabic reporting on Syria (pages read for phrasing, never copied); people,
villages, figures and dates are invented or varied. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build25.py      # rewrites gold25.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

MILITIA = "Pro-government militias (Syria)"
JOR = "Jordanian forces"
HEZ = "Hezbollah"
US = "US forces"
DRUZE = "Druze militias (Suwayda)"

P25: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P25.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


SOHR = "المرصد السوري لحقوق الإنسان"

passage("i01", "2016-02-04", "Al-Hayat", "a siege broken by a link-up, and a UN displacement figure",
        "كسرت القوات النظامية والمسلحون الموالون لها أمس الأربعاء طوقاً دام أكثر من ثلاث سنوات حول نبل "
        "والزهراء، البلدتين الواقعتين شمالي حلب، بعد تقدم سريع تحت غطاء كثيف من الطيران الروسي قطع طريق "
        "الإمداد الرئيسي لفصائل المعارضة نحو تركيا. وقالت الأمم المتحدة إن نحو 20 ألف شخص نزحوا من قرى ريف "
        "حلب الشمالي خلال الأيام الثلاثة الأخيرة باتجاه معبر باب السلامة.",
        [E("territory_change", None, PL("نبل", "Nubl", "Aleppo"), "2016-02-03", None, GOV,
           note="a siege broken by a link-up: the government regains ground; two towns, one act (a group scored at "
                "the first); Russian air cover is part of it; the cut road a consequence; Turkey a destination; "
                "the outlet's own report"),
         E("other", Q("نحو 20 ألف", 20000, approx=True), PL("ريف حلب الشمالي", "Northern Aleppo countryside",
                                                           "Aleppo"),
           None, "الأمم المتحدة", None, kind="aggregate",
           note="displacement over three days (an aggregate: undated, period); «قرى المنطقة» is the northern "
                "countryside; the crossing is the destination")])

passage("i02", "2016-07-19", "SOHR", "a coalition raid on a village during the Manbij battle",
        "المرصد السوري لحقوق الإنسان: ارتفع إلى 56 بينهم 11 طفلاً عدد المدنيين الذين قتلوا في ضربات نفذتها طائرات "
        "التحالف الدولي فجر اليوم على قرية الطوخار شمال مدينة منبج، حيث كان السكان يحاولون الفرار من المعارك "
        "الدائرة بين قوات سوريا الديمقراطية وتنظيم «الدولة الإسلامية». وقالت القيادة الأمريكية لاحقاً إنها ستفتح "
        "تحقيقاً في التقارير عن سقوط ضحايا مدنيين.",
        [E("airstrike", Q("56", 56), PL("الطوخار", "Al-Tukhar", "Aleppo"), "2016-07-19", SOHR, COAL,
           note="a toll update; the children a breakdown; Manbij a bearing; the SDF-IS battle is its setting (a "
                "state); the inquiry is a future")])

passage("i03", "2019-11-20", "Baladi News", "a prisoner exchange at a crossing under Turkish-Russian sponsorship",
        "جرت اليوم الأربعاء عند معبر أبو الزندين قرب مدينة الباب عملية تبادل للأسرى والمحتجزين بين فصائل الجيش "
        "الوطني السوري وقوات النظام، برعاية تركية روسية، أفرج بموجبها الطرفان عن 36 شخصاً، وفق ما أكده مصدر في "
        "«الجيش الوطني» لبلدي نيوز. وأوضح المصدر أن الدفعة ضمت 18 من كل طرف، بينهم سيدتان، وأن دفعات أخرى ستتم "
        "خلال الأشهر المقبلة.",
        [E("other", Q("36", 36), PL("معبر أبو الزندين", "Abu al-Zindin crossing", "Aleppo"), "2019-11-20",
           "مصدر في «الجيش الوطني»", None,
           note="a prisoner exchange (other); two parties and sponsors, no actor1; al-Bab a bearing; the 18 a side "
                "is a breakdown; further batches are a future")])

passage("i04", "2017-09-05", "SANA", "SANA: the siege of a city broken at a brigade's base",
        "دير الزور-سانا\nوصلت وحدات من الجيش العربي السوري والقوات الرديفة اليوم إلى مقر اللواء 137 على "
        "الأطراف الغربية لمدينة دير الزور، لتكسر بذلك الحصار الذي فرضه إرهابيو «داعش» على المدينة منذ نحو "
        "ثلاث سنوات. وأفاد مراسل سانا بأن الأهالي خرجوا إلى الشوارع احتفالاً، فيما شن الطيران الحربي الروسي "
        "غارات مكثفة على تجمعات الإرهابيين في محيط مطار دير الزور العسكري.",
        [E("territory_change", None, PL("اللواء 137", "137th Brigade base", "Deir ez-Zor"), "2017-09-05",
           "مراسل سانا", GOV,
           note="a siege broken at a base named with a number (137 is not a quantity); the city is the bearing; "
                "the celebration is not an event"),
         E("airstrike", None, PL("مطار دير الزور العسكري", "Deir ez-Zor military airport", "Deir ez-Zor"),
           "2017-09-05", "مراسل سانا", RUS,
           note="Russian raids around an airport (its surroundings: the airport as the most specific place); "
                "'intense raids', no numeral")])

passage("i05", "2018-02-20", "Anadolu", "pro-government militias head for Afrin, Turkish warning fire",
        "أنقرة/ الأناضول - قالت مصادر عسكرية تركية إن المدفعية التركية أطلقت اليوم الثلاثاء قذائف تحذيرية على رتل "
        "لمجموعات موالية للنظام السوري حاول دخول منطقة عفرين عبر بلدة نبل، ما أجبره على التراجع مسافة 10 كيلومترات. "
        "وكانت وسائل إعلام النظام قد أعلنت أن «قوات شعبية» ستتوجه إلى عفرين لمساندة «ي ب ك» في صد عملية غصن "
        "الزيتون.",
        [E("shelling", None, PL("نبل", "Nubl", "Aleppo"), "2018-02-20", "مصادر عسكرية تركية", TUR,
           note="warning shells on a convoy entering via Nubl; Afrin is the convoy's destination; the distance is a "
                "measure, not a figure; Ankara the dateline"),
         E("reinforcement", None, PL("عفرين", "Afrin", "Aleppo"), "2018-02-20", "مصادر عسكرية تركية", MILITIA,
           note="the convoy's attempt to reach Afrin (it turned back: judgement, an attempted reinforcement); the "
                "regime media's announcement is its frame; the YPG is the side it would support")])

passage("i06", "2018-03-01", "SNHR", "SNHR's monthly toll with a breakdown by perpetrator",
        "في تقرير أصدرته اليوم، أحصت الشبكة السورية لحقوق الإنسان 1617 قتيلاً مدنياً في سوريا خلال "
        "شباط/فبراير الفائت، من بينهم 412 طفلاً و267 سيدة. ونسب التقرير مقتل 1093 منهم إلى قوات النظام، سقط "
        "معظمهم في الغوطة الشرقية، و346 إلى القوات الروسية، والباقون على أيدي أطراف أخرى.",
        [E("casualties", Q("1617", 1617), PL("سوريا", "Syria"), "2018-02", "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate",
           note="a month's civilian toll (dated by the month); the children, women and the perpetrators' shares are "
                "a breakdown, not events; several perpetrators: no actor1")])

passage("i07", "2019-03-23", "Reuters", "the SDF announces the end of IS's last pocket",
        "الباغوز (سوريا) (رويترز) - أعلنت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة اليوم السبت القضاء "
        "على آخر جيب لتنظيم الدولة الإسلامية في بلدة الباغوز قرب الحدود العراقية، ورفعت رايتها فوق المخيم الذي تحصن "
        "فيه مقاتلو التنظيم أسابيع. وقال المتحدث باسم القوات إن أكثر من ثلاثة آلاف مقاتل استسلموا منذ مطلع آذار.",
        [E("territory_change", None, PL("الباغوز", "Al-Baghuz", "Deir ez-Zor", nth=1), "2019-03-23",
           "قوات سوريا الديمقراطية", SDF,
           note="the last pocket taken; the United States is the backer, Iraq a border named; the camp is in the "
                "town; the place in the dateline is the town itself"),
         E("other", Q("أكثر من ثلاثة آلاف", 3000, None, True), PL("الباغوز", "Al-Baghuz", "Deir ez-Zor", nth=1), None,
           "المتحدث باسم القوات", None, kind="aggregate",
           note="surrenders since early March: a running total (other, like a prisoner count); the place by "
                "context (judgement: no place is defensible)")])

passage("i08", "2019-10-13", "Hawar", "a Turkish strike on a civilian convoy at a town's entrance (Kurdish name)",
        "قامشلو/ هاوار – استهدف طيران الاحتلال التركي، عصر اليوم الأحد، قافلة مدنية كانت تتجه إلى مدينة سري كانيه "
        "للتضامن مع أهلها، ما أدى إلى استشهاد 11 مدنياً بينهم صحفيان، وإصابة العشرات، بحسب ما أعلنته هيئة الصحة في "
        "إقليم الجزيرة. وأفاد مراسلنا بأن الغارة وقعت عند المدخل الشرقي للمدينة، بعد ساعات من معارك عنيفة في "
        "أحيائها الغربية.",
        [E("airstrike", Q("11", 11), PL("سري كانيه", "Ras al-Ain (Serêkaniyê)", "Al-Hasakah"), "2019-10-13",
           "هيئة الصحة في إقليم الجزيرة", TUR,
           note="the town by its Kurdish name: the convoy's destination is also where it was hit (its entrance); "
                "the journalists (dual) a breakdown; the fighting in the western districts is a second, unfigured "
                "clash left uncoded (judgement)")])

passage("i09", "2020-06-17", "Al Arabiya", "US sanctions under the Caesar Act",
        "فرضت واشنطن اليوم الأربعاء حزمة أولى من العقوبات بموجب «قانون قيصر» طالت 39 فرداً وكياناً على صلة "
        "بحكومة دمشق، من بينهم أسماء الأسد، بحسب بيان لوزارة الخارجية الأمريكية. وتعهد الوزير في البيان "
        "بمواصلة الضغط عبر عقوبات إضافية خلال الصيف على كل من يموّل آلة الحرب، داعياً دمشق إلى القبول بحل "
        "سياسي.",
        [E("sanction", Q("39", 39), None, "2020-06-17", "وزارة الخارجية الأمريكية", US,
           note="the people and entities sanctioned are the count; no place in Syria; the new sanctions are a "
                "future; the law's entry into force is the frame")])

passage("i10", "2020-09-15", "Syria TV", "HTS's security service arrests activists in a town",
        "داهمت عناصر من «جهاز الأمن العام» في هيئة تحرير الشام، مساء الاثنين، منازل ثلاثة ناشطين إعلاميين في "
        "سرمدا قرب الحدود التركية واقتادتهم إلى جهة مجهولة بعد مصادرة هواتفهم، وفق ما أفادت مصادر محلية لموقع "
        "تلفزيون سوريا. ولم توضح الهيئة أسباب الاعتقال، في حين طالب ناشطون بالإفراج عنهم ونظموا وقفة احتجاجية "
        "أمام مخفر المدينة صباح اليوم.",
        [E("arrest", Q("ثلاثة", 3), PL("سرمدا", "Sarmada", "Idlib"), "2020-09-14", "مصادر محلية", HTS,
           note="'Monday evening' before a Tuesday; the seizure of phones is part of the raid"),
         E("protest", None, PL("سرمدا", "Sarmada", "Idlib"), "2020-09-15", None, PROT,
           note="a stand in front of the police post (in the town); no figure; the demand is its aim; no source "
                "of its own: the outlet (judgement: the local sources may be carried)")])

passage("i11", "2021-06-10", "Enab Baladi", "laser-guided shells on a village, the civil defence",
        "قال الدفاع المدني السوري إن خمسة مدنيين، بينهم ثلاثة أطفال، قُتلوا صباح اليوم الخميس بقصف مدفعي "
        "لقوات النظام بقذائف «كراسنوبول» الموجهة ليزرياً على إبلين، إحدى قرى جبل الزاوية جنوبي إدلب. وأوضح أن "
        "متطوعيه أخرجوا الجثامين من بين ركام منزل، وأن القذائف سقطت أيضاً على قريتي بليون وكنصفرة دون تسجيل "
        "إصابات.",
        [E("shelling", Q("خمسة", 5), PL("إبلين", "Iblin", "Idlib"), "2021-06-10", "الدفاع المدني السوري", GOV,
           note="guided artillery shells; the children a breakdown; Jabal al-Zawiya the region"),
         E("shelling", None, PL("بليون", "Balyun", "Idlib"), "2021-06-10", "الدفاع المدني السوري", GOV,
           note="the same shelling on two more villages with no casualties: one act over a list (a group) or part "
                "of the first (judgement); gold a separate unfigured group at the first")])

passage("i12", "2021-09-08", "Horan Free League", "a Russian-sponsored deal in Daraa al-Balad and settlements",
        "أفاد «تجمع أحرار حوران» بأن اللجنة المركزية في درعا توصلت مساء الثلاثاء إلى اتفاق مع اللجنة الأمنية "
        "التابعة للنظام، برعاية روسية، يقضي بوقف إطلاق النار في درعا البلد وتسوية أوضاع المطلوبين ونشر نقاط عسكرية "
        "في الأحياء. وأضاف أن مركز التسوية في المدينة استقبل اليوم نحو 300 شخص سلّم بعضهم أسلحتهم الفردية.",
        [E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-07", "تجمع أحرار حوران", None,
           note="two parties and a sponsor, no actor1; the checkpoints are its terms (futures)"),
         E("other", Q("نحو 300", 300, approx=True), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-08",
           "تجمع أحرار حوران", None,
           note="status settlements at the centre (other, as set 1's p43); «في المدينة» the same place "
                "(judgement: Daraa city is defensible)")])

passage("i13", "2022-06-21", "Step", "infighting between two SNA factions in a city",
        "اندلعت اشتباكات عنيفة، مساء أمس الاثنين، بين «فرقة الحمزة» و«الجبهة الشامية» التابعتين للجيش الوطني "
        "في حي السنتر وسط مدينة الباب، على خلفية خلاف على إدارة حاجز، ما أسفر عن مقتل ثلاثة عناصر ومدني، بحسب "
        "مراسل وكالة ستيب الإخبارية. وأضاف المراسل أن الشرطة العسكرية انتشرت في الحي لفض الاشتباك.",
        [E("armed_clash", Q("ثلاثة", 3), PL("السنتر", "Al-Centre district (al-Bab)", "Aleppo"), "2022-06-20",
           "مراسل وكالة ستيب الإخبارية", SNA,
           note="infighting: both sides are the SNA (actor1 the SNA); the civilian is also dead (the figure stays "
                "the three as the text counts them; four is defensible); a district of al-Bab; the police "
                "deployment is not coded")])

passage("i14", "2022-01-02", "Halab Today", "a Russian strike on a water station near a city",
        "شنّت طائرات حربية روسية صباح اليوم الأحد غارات عدة على محطة العرشاني لضخ المياه غربي مدينة إدلب، ما أدى "
        "إلى خروجها عن الخدمة وانقطاع المياه عن نحو 300 ألف نسمة، وفق ما أفاد مراسل حلب اليوم. وأشار الدفاع المدني "
        "إلى أن الغارات لم تُسفر عن إصابات، وأنها الثانية التي تطال المحطة خلال أسبوع.",
        [E("airstrike", None, PL("محطة العرشاني", "Arshani water station", "Idlib"), "2022-01-02",
           "مراسل حلب اليوم", RUS,
           note="a facility as the most specific place; Idlib city a bearing; the people cut off are not the "
                "event's figure; 'the second in a week' recalls an undated strike (not coded); no casualties")])

passage("i15", "2023-10-05", "Al-Watan", "a drone attack on a graduation ceremony, and shelling in reply",
        "ارتفعت إلى 89، بينهم 31 امرأة وخمسة أطفال، حصيلة ضحايا الهجوم بطائرات مسيّرة محملة بالمتفجرات على "
        "حفل تخرج دفعة من ضباط الكلية الحربية بحمص اليوم، وفق ما أعلنه وزير الصحة، فيما تجاوز عدد المصابين "
        "270. وتوعدت القيادة العامة للجيش بالرد، وسرعان ما قصفت المدفعية مواقع في ريف إدلب الجنوبي، فقُتل ستة "
        "أشخاص بحسب ناشطين.",
        [E("airstrike", Q("89", 89), PL("الكلية الحربية", "Homs Military Academy", "Homs"), "2023-10-05",
           "وزير الصحة", None,
           note="a drone attack on a facility in Homs; the attacker is not named: no agent; women and children a "
                "breakdown; the injured are not the figure"),
         E("shelling", Q("ستة", 6), PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"), "2023-10-05",
           "ناشطين", GOV,
           note="the reply the same day; the threat is a future, the shelling told as done; a region as the place")])

passage("i16", "2023-12-19", "Suwayda 24", "air raids probably Jordanian on a village, drug smugglers",
        "قالت شبكة «السويداء 24» إن غارتين جويتين يُرجح أنهما أردنيتان استهدفتا فجر اليوم منزلاً في قرية أم "
        "الرمان جنوبي السويداء، ما أدى إلى مقتل أربعة أشخاص من عائلة واحدة، بينهم امرأة وطفلان. وأوضحت الشبكة "
        "أن صاحب المنزل متهم بتهريب المخدرات ولم يكن فيه لحظة القصف. وكان الجيش الأردني قد أعلن أمس مقتل خمسة "
        "مهربين في اشتباك مع حرس الحدود.",
        [E("airstrike", Q("أربعة", 4), PL("أم الرمان", "Umm al-Rumman", "As-Suwayda"), "2023-12-19",
           "شبكة «السويداء 24»", JOR,
           note="hedged perpetrator («يُرجح أنهما أردنيتان») carries the agent (as f27); the raids (dual) are not "
                "the figure"),
         E("armed_clash", Q("خمسة", 5), None, "2023-12-18", "الجيش الأردني", JOR,
           note="a recalled border clash with its own day ('yesterday'); no place named but 'the border' "
                "(judgement); the smugglers are the dead")])

passage("i17", "2024-01-20", "Asharq Al-Awsat", "an Israeli missile strike on a building in a Damascus district",
        "قُتل خمسة مستشارين في الحرس الثوري الإيراني، بينهم مسؤول الاستخبارات في «فيلق القدس» بسوريا، في ضربة "
        "صاروخية إسرائيلية دمرت مبنى من أربعة طوابق في حي المزة بدمشق اليوم السبت، وفق ما أعلنه الحرس الثوري "
        "في بيان. وأكد مصدر أمني سوري أن المضادات الأرضية اعترضت بعض الصواريخ فوق ريف دمشق الغربي.",
        [E("airstrike", Q("خمسة", 5), PL("المزة", "Mezzeh", "Damascus"), "2024-01-20", "الحرس الثوري", ISR,
           note="a missile strike (airstrike, as b17); the floors are not a count; Iran's forces are the target; "
                "the interception is part of the act; the IRGC names its own dead")])

passage("i18", "2024-12-08", "Syria TV", "a prison opened and detainees freed on the day of the fall",
        "أعلنت «إدارة العمليات العسكرية» صباح اليوم الأحد تحرير آلاف المعتقلين من سجن صيدنايا العسكري شمال دمشق، بعد "
        "ساعات من دخول مقاتليها العاصمة وفرار رأس النظام بشار الأسد. وقال الدفاع المدني السوري إن فرقه تبحث عن "
        "زنازين سرية تحت الأرض، في وقت تجمّع فيه مئات الأهالي أمام بوابات السجن بحثاً عن أبنائهم.",
        [E("other", Q("آلاف", 2000, 9000, True), PL("سجن صيدنايا العسكري", "Saydnaya military prison",
                                                    "Rif Dimashq"),
           "2024-12-08", "إدارة العمليات العسكرية", FSA,
           note="a release of detainees (other); a prison as the most specific place; Damascus a bearing; the "
                "entry into the capital and the flight are background; the families' gathering is not a protest "
                "(not coded); the operations room on the day of the fall coded as the factions (as b20)")])

passage("i19", "2024-12-10", "SOHR", "Israeli strikes on a naval port, and a running total since the fall",
        "المرصد السوري لحقوق الإنسان: استهدفت طائرات إسرائيلية الليلة الماضية مرفأ اللاذقية، ودمرت قطعاً بحرية "
        "تابعة للبحرية السورية كانت راسية فيه. وبذلك يرتفع إلى أكثر من 350 عدد الغارات التي نفذتها إسرائيل على "
        "الأراضي السورية منذ سقوط النظام فجر الأحد، وطالت مستودعات ومطارات ومراكز أبحاث في عدة محافظات.",
        [E("airstrike", None, PL("مرفأ اللاذقية", "Latakia port", "Latakia"), "2024-12-09", SOHR, ISR,
           note="'last night' before the 10th; a port as the most specific place; the vessels are not counted"),
         E("airstrike", Q("أكثر من 350", 350, None, True), PL("الأراضي السورية", "Syria"), None, SOHR, ISR,
           kind="aggregate",
           note="a running total of raids since Sunday 8 December (period); «الأراضي السورية» names the country; "
                "the targets are a breakdown")])

passage("i20", "2025-01-14", "SANA", "the interior ministry arrests a former officer accused of a massacre",
        "حماة-سانا\nألقت إدارة الأمن العام في محافظة حماة القبض على العميد السابق (ع.ح) في قرية عين الكروم بريف "
        "حماة الغربي، وهو متهم بالمشاركة في ارتكاب مجازر بحق المدنيين خلال سنوات الثورة، وفق ما صرّح به مصدر في "
        "وزارة الداخلية. وأضاف المصدر أنه أحيل إلى القضاء المختص، وأن الحملة مستمرة لملاحقة المتورطين.",
        [E("arrest", None, PL("عين الكروم", "Ain al-Kurum", "Hama"), "2025-01-14", "مصدر في وزارة الداخلية",
           NEWGOV,
           note="one officer, no numeral; the massacres are charges, not events; the referral and the campaign "
                "are futures/states; Hama the dateline")])

passage("i21", "2025-03-07", "Al Jazeera", "remnants' attacks on security posts in a coastal city, a curfew",
        "قال مصدر في وزارة الداخلية السورية للجزيرة إن مجموعات من فلول النظام البائد شنت مساء أمس الخميس هجمات "
        "منسقة على حواجز ودوريات الأمن العام في مدينة جبلة وريفها، ما أسفر عن مقتل 16 عنصراً وأسر آخرين. وأعلنت "
        "السلطات حظر تجول في جبلة واللاذقية، ودفعت بتعزيزات كبيرة نحو الساحل.",
        [E("armed_clash", Q("16", 16), PL("جبلة", "Jableh", "Latakia"), "2025-03-06",
           "مصدر في وزارة الداخلية السورية", LOYAL,
           note="coordinated attacks: one act (a group scored at the city); the captives are part of it"),
         E("reinforcement", None, PL("الساحل", "The coast", None), "2025-03-07", None, NEWGOV,
           note="reinforcements sent toward the coast (a multi-governorate region as the destination and place: "
                "judgement); the curfew is a measure, not coded; the authorities' own act: no source but the "
                "outlet")])

passage("i22", "2025-04-30", "Suwayda 24", "clashes in a Damascus suburb between security forces and Druze gunmen",
        "أفادت شبكة «السويداء 24» بأن اشتباكات اندلعت فجر اليوم الأربعاء في بلدة أشرفية صحنايا جنوب غرب دمشق بين "
        "مسلحين دروز من أبناء البلدة وقوات الأمن العام ومجموعات مسلحة رديفة، قُتل فيها ما لا يقل عن 11 شخصاً. وجاء "
        "ذلك بعد يوم من مواجهات مماثلة في جرمانا على خلفية تسجيل صوتي مسيء نُسب إلى أحد أبناء الطائفة.",
        [E("armed_clash", Q("ما لا يقل عن 11", 11, None, True), PL("أشرفية صحنايا", "Ashrafiyat Sahnaya",
                                                                 "Rif Dimashq"),
           "2025-04-30", "شبكة «السويداء 24»", None,
           note="two sides, no actor1; Damascus a bearing"),
         E("armed_clash", None, PL("جرمانا", "Jaramana", "Rif Dimashq"), "2025-04-29", "شبكة «السويداء 24»", None,
           note="a recalled clash 'a day before', dated; no figure; the recording is its cause")])

passage("i23", "2014-12-16", "Zaman al-Wasl", "conscripts deserting their units and going home to Sweida",
        "فرّ خلال الأسبوع الماضي 17 مجنداً ينحدرون من السويداء من ثكناتهم في ريف دمشق وعادوا إلى قراهم، "
        "رافضين القتال خارج محافظتهم، بحسب ما كشفه مصدر محلي لـ«زمان الوصل». وأضاف أن مشايخ محليين أعلنوا "
        "حماية الفارين، وأن الأمن العسكري اكتفى بنصب حواجز على طريق دمشق - السويداء دون أن يعتقل أحداً منهم.",
        [E("desertion", Q("17", 17), PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2014-W50",
           "مصدر محلي", GOV,
           note="deserters leaving their units (the force left: the army); Sweida is where they went home to, "
                "last week (ISO week); the sheikhs' protection is a statement of intent (not coded); the "
                "checkpoints are a state; 'arrested none' is negated")])

passage("i24", "2011-11-12", "Al Jazeera", "the Arab League suspends Syria, in Cairo",
        "قرر مجلس جامعة الدول العربية في اجتماع طارئ عقده اليوم السبت بمقره في القاهرة تعليق عضوية سوريا في "
        "الجامعة ابتداءً من الأربعاء المقبل، ودعا الجيش السوري إلى عدم التورط في أعمال العنف ضد المدنيين. "
        "وصوّتت 18 دولة لصالح القرار. وفي دمشق، خرج آلاف من مؤيدي النظام مساء اليوم في ساحة الأمويين احتجاجاً "
        "على القرار.",
        [E("sanction", None, None, "2011-11-12", "مجلس جامعة الدول العربية", None,
           note="a suspension is a sanction decided today (its effect next Wednesday is a future); Cairo is the "
                "seat, not the place; the states voting are not the figure; the appeal to the army is a call; "
                "the League is no actor on the list"),
         E("protest", Q("آلاف", 2000, 9000, True), PL("ساحة الأمويين", "Umayyad Square", "Damascus"),
           "2011-11-12", None, PROT,
           note="supporters of the government protesting the decision: a protest all the same; a square as the "
                "most specific place; the outlet's own report")])

passage("i25", "2014-05-07", "Al Jazeera", "fighters leave a besieged old city under a deal",
        "بدأ مئات المقاتلين المعارضين اليوم الأربعاء الخروج من أحياء حمص القديمة المحاصرة منذ نحو عامين، في حافلات "
        "أقلتهم برفقة الأمم المتحدة نحو بلدة الدار الكبيرة في ريف حمص الشمالي، تنفيذاً لاتفاق مع القوات النظامية. "
        "وقال ناشطون إن أول دفعة ضمت نحو 250 مقاتلاً وجريحاً، وإن العملية ستستمر يومين.",
        [E("other", Q("نحو 250", 250, approx=True), PL("حمص القديمة", "Old Homs", "Homs"), "2014-05-07", "ناشطون",
           None,
           note="an evacuation; al-Dar al-Kabira is the destination; the hundreds are the whole, the first batch "
                "is the figure given (judgement: «مئات» is defensible); the deal is its frame; two days a future")])

passage("i26", "2015-11-03", "SANA", "SANA: mortar shells on Damascus districts by 'terrorist organisations'",
        "دمشق-سانا\nاستشهد ثلاثة مواطنين وأصيب 14 آخرون اليوم بقذائف هاون أطلقتها التنظيمات الإرهابية المتحصنة "
        "في الغوطة الشرقية على حيي باب توما والقصاع، بحسب مصدر في قيادة شرطة دمشق. ولفت المصدر إلى أن إحدى "
        "القذائف سقطت قرب مدرسة ابتدائية. وردّت وحدات من الجيش باستهداف أوكار الإرهابيين في مدينة دوما.",
        [E("shelling", Q("ثلاثة", 3), PL("باب توما", "Bab Touma", "Damascus"), "2015-11-03",
           "مصدر في قيادة شرطة دمشق", None,
           note="two districts, one act: a group scored at the first; the Ghouta is where the fire came from; "
                "'terrorists' names no force (no agent); the injured are not the figure; the school a detail"),
         E("shelling", None, PL("دوما", "Douma", "Rif Dimashq"), "2015-11-03", None, GOV,
           note="the army's reply on 'the terrorists' dens' in Douma: an act told as done, no figure; no source "
                "of its own: the outlet")])

passage("i27", "2019-05-28", "Deir ez-Zor 24", "the Asayish detain young men for conscription at checkpoints",
        "اعتقلت دوريات تابعة للأسايش، أمس الاثنين، 23 شاباً في مدينة القامشلي وعلى حواجز محيطة بها، بهدف سوقهم إلى "
        "«واجب الدفاع الذاتي» الذي تفرضه الإدارة الذاتية، بحسب ما رصدته شبكة «دير الزور 24». وأشارت الشبكة إلى أن "
        "المعتقلين نقلوا إلى معسكر تدريب في الحسكة، وأن حملات مماثلة تتكرر كل بضعة أسابيع.",
        [E("arrest", Q("23", 23), PL("القامشلي", "Qamishli", "Al-Hasakah"), "2019-05-27", "شبكة «دير الزور 24»",
           SDF,
           note="arrests for conscription; Hasakah is where they were taken; the repeated campaigns a habit; "
                "conscription an aim")])

passage("i28", "2022-10-25", "Deir ez-Zor 24", "IS cells attack an SDF checkpoint, a claim",
        "هاجم مسلحون من خلايا تنظيم «داعش» ليل الاثنين حاجزاً لقوات سوريا الديمقراطية عند مدخل بلدة الكسرة في "
        "ريف دير الزور الغربي، ما أدى إلى مقتل أربعة من عناصره، قبل أن يلوذ المهاجمون بالفرار. وتبنى التنظيم "
        "الهجوم عبر وكالة «أعماق». وفجر اليوم، نفذت «قسد» بمساندة التحالف الدولي إنزالاً في بلدة الصبحة "
        "واعتقلت ثلاثة مشتبهين.",
        [E("armed_clash", Q("أربعة", 4), PL("الكسرة", "Al-Kasrah", "Deir ez-Zor"), "2022-10-24", None, IS,
           note="'Monday night' before a Tuesday; the claim through Amaq is the same act; no source but the outlet "
                "for the attack (judgement: Amaq for the claim)"),
         E("arrest", Q("ثلاثة", 3), PL("الصبحة", "Al-Subha", "Deir ez-Zor"), "2022-10-25", None, SDF,
           note="an airborne raid with arrests; the coalition's support is part of it (actor1 the SDF, named "
                "first); the outlet's own report")])

passage("i29", "2025-03-10", "Independent Arabia", "an agreement signed in Damascus between the presidency and the SDF",
        "في خطوة وصفت بالتاريخية، أعلنت الرئاسة السورية مساء اليوم الاثنين أن الرئيس أحمد الشرع ومظلوم عبدي، "
        "قائد «قسد»، وقّعا في قصر الشعب بدمشق اتفاقاً ينص على إلحاق المؤسسات المدنية والعسكرية في الشمال "
        "الشرقي بالدولة، ووقف القتال في كل الأراضي السورية. ومن المقرر أن تنهي لجان مشتركة تطبيق بنوده قبل "
        "انقضاء العام.",
        [E("agreement", None, PL("قصر الشعب", "People's Palace (Damascus)", "Damascus"), "2025-03-10",
           "الرئاسة السورية", None,
           note="signed at the People's Palace in Damascus (a facility as the most specific place of the act; the "
                "city is defensible); two parties, no actor1; the integration and the "
                "committees are futures; the ceasefire is a term")])

passage("i30", "2013-06-08", "SOHR", "Hezbollah fighters arrive in a countryside, an expected offensive",
        "قال المرصد السوري لحقوق الإنسان إن مئات من مقاتلي حزب الله اللبناني وصلوا خلال الساعات الماضية إلى بلدتي "
        "نبل والزهراء شمالي حلب، تمهيداً لهجوم متوقع على مناطق تسيطر عليها الكتائب المقاتلة. ويأتي ذلك "
        "بعد أيام من سيطرة القوات النظامية ومقاتلي الحزب على مدينة القصير في ريف حمص.",
        [E("reinforcement", Q("مئات", 200, 900, True), PL("نبل", "Nubl", "Aleppo"), "2013-06-08", SOHR, HEZ,
           note="two towns, one arrival: a group scored at the first; Lebanon is the force's name; the offensive "
                "is a future; Qusayr's taking 'days before' is undated background (not coded)")])


def main() -> None:
    write("gold25.jsonl", P25)


if __name__ == "__main__":
    main()
