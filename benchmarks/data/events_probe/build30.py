"""Build gold30.jsonl: coverage set 30 (ids cp01…), written in stop 28 by helper `people` BEFORE any run on it.

A coverage set, not a held-out one: it samples how real Arabic reporting words the people-side kinds (arrests and
abductions, defections told by arrival or joining, desertion, protests, sit-ins and strikes, and `other`:
displacement, returns, evacuation convoys, bodies and mass graves found, releases, prisoner exchanges, siege deaths,
kidnappings for ransom), each positive passage carrying one common wording in a varied inflection and house style,
and ~15 passages where the words appear but no such event happened (a call, a threat, a ban, a sentence, a prisoner
count, a welcome, a funeral, a warning, a denial, history). The wordings were read in the search tool's `pages`
corpus (never copied); people, villages, figures and dates are invented or varied.

    python benchmarks/data/events_probe/build30.py      # rewrites gold30.jsonl

Gold changed once after the first run (commit after e76f778): cp29, cp31, cp32 and cp51 had a square, a roundabout
and a park as the place; the project's convention (cues.json `landmarks`, as ACLED codes locations and the earlier
sets' gold does) places an act at a town's landmark in the town named with it, so their places are now the town.
The first run's figures on both versions are in /work/notes/people.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P30: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P30.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


# ---------------------------------------------------------------- arrests and abductions
passage("cp01", "2019-03-12", "SOHR", "SOHR: a raid on a town and the men taken from it («داهمت … واعتقلت منها»)",
        "المرصد السوري لحقوق الإنسان: داهمت دوريات تابعة لفرع الأمن العسكري بلدة كفربطنا في الغوطة الشرقية صباح "
        "اليوم، واعتقلت منها 17 شاباً من المطلوبين للخدمة الاحتياطية، واقتادتهم إلى مقر الفرع في العاصمة دمشق.",
        [E("arrest", Q("17", 17), PL("كفربطنا", "Kafr Batna", "Rif Dimashq"), "2019-03-12",
           "المرصد السوري لحقوق الإنسان", GOV, note="raid and arrest one event; Damascus is where they were taken")])

passage("cp02", "2018-05-20", "Halab Today", "a raid campaign with a passive arrest («اعتُقل خلالها»)",
        "قال ناشطون محليون إن قوات النظام شنت حملة مداهمات واسعة في حي الحجر الأسود جنوبي دمشق، اعتُقل خلالها نحو "
        "40 شخصاً بينهم أربع نساء، واقتيدوا إلى جهة مجهولة.",
        [E("arrest", Q("نحو 40", 40, approx=True), PL("الحجر الأسود", "al-Hajar al-Aswad", "Damascus"), None,
           "ناشطون محليون", GOV, note="the women are a breakdown; no day given")])

passage("cp03", "2022-06-14", "Daraa 24", "an abduction by unknown gunmen («أقدم مسلحون مجهولون على خطف»)",
        "أقدم مسلحون مجهولون مساء أمس على خطف شاب من أمام منزله في بلدة المزيريب بريف درعا الغربي، واقتادوه إلى "
        "جهة مجهولة، بحسب ما أفاد به مراسل درعا 24، ولم تتبنَّ أي جهة العملية حتى الآن.",
        [E("arrest", None, PL("المزيريب", "al-Muzayrib", "Daraa"), "2022-06-13", "مراسل درعا 24", UNK,
           note="an abduction (the arrest type carries abductions); one man, no figure")])

passage("cp04", "2023-02-08", "Enab Baladi", "a raid campaign that «طالت» N young men",
        "شنت قوات سوريا الديمقراطية (قسد) حملة دهم في مدينة الطبقة غربي الرقة، طالت 23 شاباً بتهمة التواصل مع "
        "فصائل المعارضة، وفق ما نقله مراسل عنب بلدي في المنطقة.",
        [E("arrest", Q("23", 23), PL("الطبقة", "Tabqa", "Raqqa"), None, "مراسل عنب بلدي", SDF)])

passage("cp05", "2020-09-19", "Syria TV", "a defector arrested at a checkpoint («تعرض للاعتقال»)",
        "تعرض صف ضابط منشق عن قوات النظام للاعتقال على حاجز للمخابرات الجوية قرب بلدة خربة غزالة شرقي درعا، "
        "رغم حصوله على بطاقة تسوية قبل عامين، بحسب ما قاله مصدر محلي لموقع تلفزيون سوريا.",
        [E("arrest", None, PL("خربة غزالة", "Khirbet Ghazaleh", "Daraa"), None, "مصدر محلي", GOV,
           note="the defection is years old background, not an event; the settlement card is background")])

passage("cp06", "2025-03-04", "SANA", "SANA (new authorities): «ألقت … القبض على»",
        "حمص-سانا\n"
        "ألقت وحدات من الأمن الداخلي القبض على خمسة أشخاص من فلول النظام البائد في حي عكرمة بمدينة حمص، وضبطت "
        "بحوزتهم أسلحة وذخائر، وفق ما ذكرته قيادة الأمن الداخلي في المحافظة.",
        [E("arrest", Q("خمسة", 5), PL("عكرمة", "Akrama", "Homs"), None, "قيادة الأمن الداخلي في المحافظة",
           NEWGOV)])

passage("cp07", "2021-10-06", "Sawt al-Asima", "«اقتادت خلالها N شاباً» for conscription",
        "أطلقت دوريات من الشرطة العسكرية حملة دهم في مدينة دوما، اقتادت خلالها 12 شاباً لسوقهم إلى الخدمة "
        "الإلزامية، ونقلتهم لاحقاً إلى أحد المراكز في حي القابون، بحسب شبكة صوت العاصمة.",
        [E("arrest", Q("12", 12), PL("دوما", "Douma", "Rif Dimashq"), None, "شبكة صوت العاصمة", GOV,
           note="al-Qaboun is where they were taken")])

passage("cp08", "2014-02-11", "Orient", "«دهمت … واحتجزت»",
        "دهمت عناصر من الأمن السياسي منازل عدة في حي الوعر بمدينة حمص فجر اليوم، واحتجزت ثلاثة طلاب جامعيين قبل "
        "أن تنسحب من الحي، وفقاً لناشطين في المدينة.",
        [E("arrest", Q("ثلاثة", 3), PL("الوعر", "al-Waer", "Homs"), "2014-02-11", "ناشطين في المدينة", GOV)])

passage("cp09", "2022-11-23", "North Press", "a present-tense headline and its body: one event",
        "«الأسايش» تعتقل سبعة شبان في القامشلي\n"
        "القامشلي – نورث برس\n"
        "اعتقلت قوات الأمن الداخلي (الأسايش) سبعة شبان من حي الهلالية في مدينة القامشلي، بعد رفضهم الالتحاق بما "
        "يعرف بواجب الدفاع الذاتي، بحسب ما أفاد به مصدر محلي.",
        [E("arrest", Q("سبعة", 7, nth=1), PL("الهلالية", "al-Hilaliya", "Hasakah"), None, "مصدر محلي", SDF,
           note="headline restated in the body; refusing the self-defence duty is their reason, not a desertion")])

passage("cp10", "2021-07-08", "Halab Today", "«تم اعتقال» with the charge of draft evasion",
        "أفاد مراسل حلب اليوم بأنه تم اعتقال أكثر من عشرة شبان في مدينة التل بريف دمشق أمس، بتهمة التخلف عن "
        "الخدمة العسكرية، ونُقلوا إلى سجن الشرطة العسكرية.",
        [E("arrest", Q("أكثر من عشرة", 10, None, approx=True), PL("التل", "al-Tall", "Rif Dimashq"), "2021-07-07",
           "مراسل حلب اليوم", GOV, note="the charge is not a desertion event")])

passage("cp11", "2025-05-17", "Syria TV", "a security operation «أسفرت عن … إلقاء القبض على»",
        "أعلنت وزارة الداخلية أن عملية أمنية نفذتها في قرية الدالية بريف جبلة أسفرت عن إلقاء القبض على ثمانية "
        "مطلوبين متورطين في الهجمات على الحواجز، ومصادرة أسلحة متوسطة.",
        [E("arrest", Q("ثمانية", 8), PL("الدالية", "al-Daliya", "Latakia"), None, "وزارة الداخلية", NEWGOV)])

passage("cp12", "2012-06-27", "Al Jazeera", "women detained at a checkpoint («احتجز عناصر حاجز»), a feminine plural",
        "أفاد ناشطون للجزيرة نت بأن عناصر حاجز للجيش عند مدخل مدينة تلبيسة احتجزوا ست طالبات كنّ عائدات من "
        "جامعة حمص، ولا يزال مصيرهن مجهولاً.",
        [E("arrest", Q("ست", 6), PL("تلبيسة", "Talbiseh", "Homs"), None, "ناشطون", GOV)])

passage("cp13", "2024-12-10", "Anadolu", "an Israeli incursion with arrests («توغلت … واعتقلت»)",
        "قال مراسل الأناضول إن قوة إسرائيلية توغلت في قرية الحميدية بريف القنيطرة، واعتقلت أربعة رعاة أغنام قبل أن "
        "تنسحب إلى خط وقف إطلاق النار.",
        [E("arrest", Q("أربعة", 4), PL("الحميدية", "al-Hamidiya", "Quneitra"), None, "مراسل الأناضول", ISR,
           note="the incursion is the arrest's setting")])

passage("cp14", "2023-08-27", "Suwayda 24", "a kidnapping for ransom",
        "خطفت عصابة مسلحة تاجر مواشٍ من بلدة القريا جنوبي السويداء، وطالبت ذويه بفدية قدرها 30 ألف دولار مقابل "
        "الإفراج عنه، بحسب ما نشرته شبكة السويداء 24.",
        [E("arrest", None, PL("القريا", "al-Qrayya", "Sweida"), None, "شبكة السويداء 24", UNK,
           note="a kidnapping for ransom is an `arrest` (types.json's arrest type holds abductions, as the earlier "
                "sets code them; the lead's call in stop 28, written first as `other`); the release is only "
                "demanded; the ransom sum is not a count")])

# ---------------------------------------------------------------- defection (told implicitly)
passage("cp15", "2012-12-08", "Anadolu", "defectors told by arrival in Turkey («وصل N منشقاً»)",
        "ذكرت وكالة الأناضول أن 13 عسكرياً منشقاً عن الجيش السوري، بينهم أربعة برتبة عقيد، وصلوا مع عائلاتهم إلى "
        "ولاية هاتاي بعد أن عبروا الحدود من قرية خربة الجوز بريف إدلب.",
        [E("defection", Q("13", 13), PL("خربة الجوز", "Khirbet al-Joz", "Idlib"), None, "وكالة الأناضول", GOV,
           note="the crossing point is the Syrian place; Hatay the destination; the colonels a breakdown")])

passage("cp16", "2013-01-12", "AFP", "«لجأ N … بعد انشقاقهم»",
        "قال دبلوماسي تركي لوكالة فرانس برس إن ضابطاً برتبة لواء وستة ضباط آخرين لجؤوا إلى تركيا الليلة الماضية "
        "بعد انشقاقهم عن الجيش السوري، وعبروا الحدود قرب بلدة أطمة.",
        [E("defection", None, PL("أطمة", "Atmeh", "Idlib"), None, "دبلوماسي تركي", GOV,
           note="a general and six officers: no single figure (1 + 6), gold none; the crossing is the place")])

passage("cp17", "2012-06-27", "Orient", "an officer's announcement on video («أعلن … انشقاقه وانضمامه»)",
        "ظهر النقيب وليد الحمصي في تسجيل مصور بثه ناشطون، معلناً انشقاقه عن الفرقة الحادية عشرة وانضمامه إلى "
        "الجيش السوري الحر في مدينة الرستن، احتجاجاً على قصف الأحياء السكنية.",
        [E("defection", None, PL("الرستن", "al-Rastan", "Homs"), None, "ناشطون", GOV,
           note="«احتجاجاً» is his reason, not a protest")])

passage("cp18", "2017-07-29", "SMART", "fighters joining the other side («انضم N عنصراً إلى»)",
        "أكد قيادي في فصيل «جيش مغاوير الثورة» أن 35 عنصراً من الفصيل انضموا إلى قوات النظام بعد فرارهم من مخيم "
        "الركبان بأسلحتهم ليل أمس، متجهين إلى منطقة العليانية في البادية.",
        [E("defection", Q("35", 35), PL("مخيم الركبان", "Rukban camp", "Homs"), "2017-07-28",
           "قيادي في فصيل «جيش مغاوير الثورة»", FSA,
           note="a defection from a rebel faction to the regime; the force left is the agent; Aliyaniya the "
                "destination")])

passage("cp19", "2016-04-14", "Baladi News", "a commander fleeing with his men to the enemy («تمكن من الفرار برفقة»)",
        "تمكن قيادي في أحد ألوية الجيش الحر من الفرار برفقة ستة من عناصره إلى مناطق سيطرة تنظيم الدولة في حوض "
        "اليرموك غربي درعا، حاملين أسلحتهم الخفيفة والمتوسطة، بحسب ما أفادت مصادر محلية لبلدي نيوز.",
        [E("defection", None, PL("حوض اليرموك", "Yarmouk Basin", "Daraa"), None, "مصادر محلية", FSA,
           note="a commander and six men (1 + 6): no single figure; the basin is where they went (the only place)")])

passage("cp20", "2012-03-02", "Al Arabiya", "«انشقاق» as a noun with its arrival",
        "أكدت لجان التنسيق المحلية انشقاق 22 جندياً عن كتيبة الدفاع الجوي في محيط مدينة إنخل، ووصولهم إلى "
        "مزارع البلدة حيث استقبلهم مقاتلو الجيش الحر.",
        [E("defection", Q("22", 22), PL("إنخل", "Inkhil", "Daraa"), None, "لجان التنسيق المحلية", GOV)])

# ---------------------------------------------------------------- desertion and amnesty
passage("cp21", "2019-02-03", "Horan Free League", "conscripts failing to return («تخلّف N عن الالتحاق بقطعهم»)",
        "وثق تجمع أحرار حوران تخلّف أكثر من 60 عنصراً من أبناء بلدة الحراك عن الالتحاق بقطعهم العسكرية بعد انتهاء "
        "إجازاتهم، رفضاً لزجهم في معارك ريف حماة.",
        [E("desertion", Q("أكثر من 60", 60, None, approx=True), PL("الحراك", "al-Harak", "Daraa"), None,
           "تجمع أحرار حوران", GOV, note="the Hama front is the reason, not a place of the event")])

passage("cp22", "2024-12-10", "Syria TV", "soldiers leaving their posts («ترك … مواقعهم»)",
        "قال مصدر محلي لموقع تلفزيون سوريا إن عشرات المجندين في مطار التيفور العسكري تركوا مواقعهم وخلعوا بزاتهم "
        "العسكرية، وتوجهوا سيراً على الأقدام نحو قراهم في ريف حمص.",
        [E("desertion", Q("عشرات", 20, 90, True), PL("مطار التيفور العسكري", "Tiyas airbase", "Homs"), None,
           "مصدر محلي", GOV, note="one desertion, told by two verbs; their villages are the destination")])

passage("cp23", "2015-12-15", "SANA", "an amnesty decree for deserters",
        "دمشق-سانا\n"
        "أصدر الرئيس بشار الأسد مرسوماً تشريعياً يقضي بمنح عفو عام عن جرائم الفرار الداخلي والخارجي المرتكبة قبل "
        "تاريخ صدوره، على أن يسلم الفارون أنفسهم خلال شهرين.",
        [E("desertion", None, None, "2015-12-15", None, GOV,
           note="the decree is the event (an amnesty); the surrender within two months is its condition")])

passage("cp24", "2014-08-22", "Zaman al-Wasl", "conscripts deserting from a barracks («فرّ N مجندين من ثكنتهم»)",
        "نقل موقع زمان الوصل عن مصادر خاصة أن تسعة مجندين فرّوا من ثكنتهم في معسكر الطلائع قرب مدينة مسكنة، "
        "ولجؤوا إلى قرية مجاورة قبل أن ينقلهم مقاتلون من المعارضة إلى مكان آمن.",
        [E("desertion", Q("تسعة", 9), PL("معسكر الطلائع", "Tala'i camp", "Aleppo"), None, "مصادر خاصة", GOV,
           note="MENDED stop 29 (places): a named base is a facility, the most specific place (README convention b; was: "
                "Maskanah, the town it is near); deserters (fled their barracks), not defectors announcing")])

# ---------------------------------------------------------------- protests
passage("cp25", "2017-09-15", "Sada al-Sham", "«تظاهر مدنيون في بلدة»",
        "تظاهر مئات المدنيين في بلدة حاس بريف إدلب الجنوبي عقب صلاة الجمعة، مطالبين برحيل الأسد وإخراج «هيئة "
        "تحرير الشام» من المنطقة، وفق مصادر محلية.",
        [E("protest", Q("مئات", 200, 900, True), PL("حاس", "Has", "Idlib"), "2017-09-15", "مصادر محلية", PROT)])

passage("cp26", "2022-01-20", "Al-Mohrar", "«خرج العشرات من أهالي … بمظاهرة مسائية»",
        "خرج العشرات من أهالي مدينة طفس بريف درعا الغربي مساء أمس بمظاهرة مسائية جابت الشارع الرئيسي، طالبوا "
        "فيها بالإفراج عن المعتقلين في سجون النظام وطرد الميليشيات الإيرانية.",
        [E("protest", Q("العشرات", 20, 90, True), PL("طفس", "Tafas", "Daraa"), "2022-01-19", None, PROT,
           note="the detainees are the demand, not an arrest event")])

passage("cp27", "2020-09-03", "Baladi News", "a sit-in organised by families («نظم أهالي … وقفة احتجاجية»)",
        "نظم أهالي مدينة درعا البلد وقفة احتجاجية في ساحة الجامع العمري، للمطالبة بالكشف عن مصير أبنائهم "
        "المعتقلين والمختطفين، ورفعوا لافتات تتهم الأجهزة الأمنية بالوقوف وراء عمليات الخطف.",
        [E("protest", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), None, None, PROT,
           note="the abductions named are the grievance, not events")])

passage("cp28", "2020-06-08", "Step News", "«تجمع N أمام مبنى المحافظة مرددين هتافات»",
        "تجمع نحو 200 شخص أمام مبنى محافظة السويداء لليوم الثاني على التوالي، مرددين هتافات تطالب برحيل رأس النظام "
        "وتندد بتدهور الأوضاع المعيشية، بحسب مصادر محلية لوكالة ستيب الإخبارية.",
        [E("protest", Q("نحو 200", 200, approx=True), PL("السويداء", "Sweida", "Sweida"), None, "مصادر محلية",
           PROT, note="the governorate building in the city: gold the city")])

passage("cp29", "2024-01-20", "Syria News", "«احتشد متظاهرون في ساحة»",
        "احتشد متظاهرون في ساحة الكرامة وسط مدينة السويداء ظهر اليوم، في إطار الحراك الشعبي المستمر منذ خمسة أشهر "
        "للمطالبة بالتغيير السياسي، بحسب شبكة السويداء 24.",
        [E("protest", None, PL("السويداء", "Sweida", "Sweida"), "2024-01-20", "شبكة السويداء 24", PROT,
           note="the five months are a duration, not an aggregate event")])

passage("cp30", "2012-06-12", "Al-Hayat", "a general strike: shops closed («أغلق التجار محالهم»)",
        "أغلق التجار محالهم في أسواق مدينة دوما صباح اليوم، استجابة للإضراب العام الذي دعت إليه التنسيقيات احتجاجاً "
        "على المجازر، فيما حاولت عناصر الأمن فتح بعض المتاجر بالقوة.",
        [E("protest", None, PL("دوما", "Douma", "Rif Dimashq"), "2012-06-12", None, PROT,
           note="the strike observed is the event; the call that preceded it is not a second one")])

passage("cp31", "2022-12-21", "Rebaz News", "«قطع محتجون الطريق بالإطارات المشتعلة»",
        "قطع محتجون غاضبون الطريق الرئيسي قرب دوار المشنقة في مدينة السويداء بالإطارات المشتعلة لنحو ساعة، مطالبين "
        "بمحاسبة الفاسدين والإفراج عن المعتقلين، وفق مصادر محلية.",
        [E("protest", None, PL("السويداء", "Sweida", "Sweida"), None, "مصادر محلية", PROT)])

passage("cp32", "2016-10-06", "SMART", "«نظم ناشطون اعتصاماً»",
        "نظم ناشطون اعتصاماً في ساحة الفخار وسط مدينة السويداء، نددوا فيه بالتدخل الروسي في البلاد، وشارك فيه "
        "العشرات من أبناء المحافظة، حسب ما أفاد مراسل سمارت.",
        [E("protest", Q("العشرات", 20, 90, True), PL("السويداء", "Sweida", "Sweida"), None,
           "مراسل سمارت", PROT)])

passage("cp33", "2011-07-22", "LCC", "a Friday protest fired on («أطلقت … النار لتفريق»)",
        "خرجت مظاهرة حاشدة في حي الخالدية بمدينة حمص بعد صلاة الجمعة، وأطلقت قوات الأمن النار لتفريق المتظاهرين، ما "
        "أدى إلى مقتل ثلاثة منهم، بحسب لجان التنسيق المحلية.",
        [E("protest", Q("ثلاثة", 3), PL("الخالدية", "al-Khalidiya", "Homs"), "2011-07-22", "لجان التنسيق المحلية",
           PROT, note="fire on a protest: its dead are the protest's fatalities, one event")])

passage("cp34", "2025-02-02", "Hawar", "students' march («خرج طلاب … في مسيرة احتجاجية»)",
        "خرج المئات من طلاب جامعة الفرات في مدينة الحسكة اليوم في مسيرة احتجاجية، رفضاً لقرار نقل الامتحانات إلى "
        "دير الزور، ورفعوا لافتات تطالب بضمان مستقبلهم الدراسي.",
        [E("protest", Q("المئات", 200, 900, True), PL("الحسكة", "Hasakah", "Hasakah"), "2025-02-02", None, PROT,
           note="Deir ez-Zor is named for the decision")])

passage("cp35", "2013-03-15", "Shaam News", "demonstrations in several towns (one act, a group of places)",
        "شهدت بلدات كفرنبل وسراقب وبنش في ريف إدلب خروج مظاهرات في الذكرى الثانية لانطلاق الثورة، ردد فيها "
        "المتظاهرون هتافات تطالب بإسقاط النظام.",
        [E("protest", None, PL("كفرنبل", "Kafranbel", "Idlib"), "2013-03-15", None, PROT,
           note="a group of three towns, scored as one")])

passage("cp36", "2023-09-10", "Enab Baladi", "a strike by workers («أضرب عمال … عن العمل»)",
        "أضرب عشرات العمال في معمل الإسمنت بمدينة عدرا الصناعية عن العمل منذ صباح اليوم، احتجاجاً على تأخر صرف "
        "رواتبهم لثلاثة أشهر، بحسب ما قاله أحد العمال لعنب بلدي.",
        [E("protest", Q("عشرات", 20, 90, True), PL("عدرا", "Adra", "Rif Dimashq"), "2023-09-10", "أحد العمال",
           PROT)])

# ---------------------------------------------------------------- other: displacement
passage("cp37", "2019-05-12", "Syrian Press Center", "«نزحت N عائلة من … باتجاه»",
        "نزحت أكثر من 300 عائلة من قرى جبل شحشبو في ريف حماة الشمالي الغربي خلال الساعات الماضية باتجاه مخيمات "
        "الحدود التركية، هرباً من القصف الجوي المتواصل، بحسب منسقي الاستجابة.",
        [E("other", Q("أكثر من 300", 300, None, approx=True), PL("جبل شحشبو", "Jabal Shahshabu", "Hama"), None,
           "منسقي الاستجابة", None, note="displacement; the border camps are the destination")])

passage("cp38", "2020-02-01", "Al Jazeera", "«فرّ N ألف مدني من … إلى»",
        "قالت الأمم المتحدة إن نحو 38 ألف مدني فرّوا من مدينة سراقب ومحيطها خلال الأيام الأربعة الماضية، متجهين "
        "نحو المناطق القريبة من الحدود مع تركيا.",
        [E("other", Q("نحو 38 ألف", 38000, approx=True), PL("سراقب", "Saraqib", "Idlib"), None, "الأمم المتحدة",
           None, note="displacement over four days: one wave from one place")])

passage("cp39", "2018-02-25", "SY24", "families forced to leave their homes («اضطرت … إلى ترك منازلها»)",
        "اضطرت عشرات العائلات في بلدة حمورية إلى ترك منازلها واللجوء إلى الأقبية في البلدات المجاورة، بعد اشتداد "
        "الغارات على الغوطة الشرقية، بحسب ما أفاد به مراسل الموقع.",
        [E("other", Q("عشرات", 20, 90, True), PL("حمورية", "Hammouriyeh", "Rif Dimashq"), None, "مراسل الموقع", None,
           note="displacement; the raids are their cause, told without a place or day of their own")])

passage("cp40", "2025-07-19", "North Press", "«موجة نزوح» from a town",
        "شهدت مدينة شهبا شمالي السويداء موجة نزوح واسعة، إذ غادرها آلاف السكان نحو القرى الغربية خوفاً من تجدد "
        "المواجهات، بحسب ما قاله ناشطون لنورث برس.",
        [E("other", Q("آلاف", 2000, 9000, True), PL("شهبا", "Shahba", "Sweida"), None, "ناشطون", None,
           note="one displacement told twice (wave, leaving)")])

# ---------------------------------------------------------------- other: returns
passage("cp41", "2018-04-02", "Syria Observer", "«عادت N عائلة إلى منازلها» (feminine pronoun)",
        "عادت أكثر من 500 عائلة إلى منازلها في قرى ريف منبج الغربي، بعد أشهر من تهجيرها بسبب المعارك، وسط "
        "نقص حاد في الخدمات الأساسية.",
        [E("other", Q("أكثر من 500", 500, None, approx=True), PL("ريف منبج الغربي", "Western Manbij countryside",
           "Aleppo"), None, None, None, note="returns")])

passage("cp42", "2019-07-07", "Al-Baath", "returns in a first batch («ضمت الدفعة الأولى N عائلة»)",
        "بدأت عودة العائلات المهجرة إلى مدينة القصير بريف حمص الغربي، حيث ضمت الدفعة الأولى 425 عائلة، بعد "
        "غياب استمر سبع سنوات.",
        [E("other", Q("425", 425), PL("القصير", "al-Qusayr", "Homs"), None, None, None,
           note="returns; seven years is a duration")])

passage("cp43", "2025-01-14", "Enab Baladi", "refugees crossing back («عاد N لاجئ عبر معبر»)",
        "عاد نحو 1500 لاجئ سوري من لبنان عبر معبر جديدة يابوس الحدودي خلال يوم أمس، بحسب ما أعلنته الهيئة العامة "
        "للمنافذ البرية والبحرية.",
        [E("other", Q("نحو 1500", 1500, approx=True), PL("جديدة يابوس", "Jdeidet Yabous", "Rif Dimashq"),
           "2025-01-13", "الهيئة العامة للمنافذ البرية والبحرية", None, note="returns through a crossing")])

passage("cp44", "2024-12-14", "ARK News", "«بدأت العائلات بالعودة إلى قراها» (feminine pronoun)",
        "بدأت مئات العائلات النازحة في ناحية شيه بعفرين بالعودة إلى قراها في ريف إدلب الجنوبي، بعد أيام من سقوط "
        "النظام، وفق مصادر محلية.",
        [E("other", Q("مئات", 200, 900, True), PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"), None,
           "مصادر محلية", None, note="returns: the villages they return to are the place; Afrin is where they were")])

# ---------------------------------------------------------------- other: evacuations and convoys
passage("cp45", "2018-07-15", "Anadolu", "a convoy of buses leaving under a deal («انطلقت قافلة من N حافلة»)",
        "قال مراسل الأناضول إن قافلة من 15 حافلة انطلقت ظهر اليوم من مدينة درعا تقل نحو 700 شخص، بينهم مقاتلون "
        "معارضون وعائلاتهم، متجهة نحو محافظة إدلب.",
        [E("other", Q("نحو 700", 700, approx=True), PL("درعا", "Daraa", "Daraa"), "2018-07-15", "مراسل الأناضول",
           None, note="an evacuation: where it left; Idlib the destination; the buses are not the count")])

passage("cp46", "2017-05-07", "SY24", "the first convoy of the displaced entering («دخلت القافلة الأولى من مهجري»)",
        "دخلت القافلة الأولى من مهجري مدينة الرستن إلى ريف حلب الشمالي عبر معبر أبو الزندين، وتضم نحو 3400 شخص "
        "بين مدنيين ومقاتلين.",
        [E("other", Q("نحو 3400", 3400, approx=True), PL("الرستن", "al-Rastan", "Homs"), None, None, None,
           note="an evacuation told by arrival: the place is where it left")])

passage("cp47", "2016-12-20", "SARC", "a medical evacuation («أجلت فرق الهلال الأحمر N جريحاً»)",
        "أجلت فرق الهلال الأحمر العربي السوري 46 جريحاً ومريضاً من بلدتي كفريا والفوعة المحاصرتين، ونقلتهم إلى "
        "مشافي مدينة حلب.",
        [E("other", Q("46", 46), PL("كفريا", "Kafriya", "Idlib"), None, "الهلال الأحمر العربي السوري", None,
           note="an evacuation from two towns (group); Aleppo the destination")])

# ---------------------------------------------------------------- other: bodies and mass graves
passage("cp48", "2020-10-12", "Jisr", "a mass grave found by residents («عثر أهالي … على مقبرة جماعية»)",
        "عثر أهالي بلدة الشعيطات شرقي دير الزور على مقبرة جماعية تضم رفات 26 شخصاً، يرجح أنهم قتلوا على يد تنظيم "
        "الدولة قبل سنوات، بحسب صحيفة جسر المحلية.",
        [E("other", Q("26", 26), PL("الشعيطات", "al-Shaitat", "Deir ez-Zor"), None, "صحيفة جسر المحلية", None,
           note="bodies found; the killing years before is background")])

passage("cp49", "2025-02-18", "SANA", "a grave discovered by workers («اكتشاف مقبرة جماعية»)",
        "دير الزور-سانا\n"
        "أعلن الدفاع المدني السوري اكتشاف مقبرة جماعية في منطقة الرواد بريف دير الزور الغربي، خلال أعمال حفر "
        "لإصلاح خط كهرباء، وبدأت فرقه انتشال الرفات.",
        [E("other", None, PL("الرواد", "al-Ruwad", "Deir ez-Zor"), None, "الدفاع المدني السوري", None)])

passage("cp50", "2021-03-28", "Daraa 24", "a body found on a road («عُثر على جثة … مقتولاً»)",
        "عُثر صباح اليوم على جثة شاب مقتولاً بطلقات نارية في الرأس على الطريق الواصل بين بلدتي داعل وأبطع، "
        "وتبين أنه من أبناء بلدة الشيخ مسكين، بحسب مراسل درعا 24.",
        [E("other", None, PL("داعل", "Dael", "Daraa"), "2021-03-28", "مراسل درعا 24", None,
           note="a body found on the road between two towns (gold the first); Sheikh Miskin is his origin")])

passage("cp51", "2019-08-03", "SOHR", "bodies found by a team, the plural «جثث»",
        "المرصد السوري لحقوق الإنسان: انتشل فريق الاستجابة الأولية جثث 14 شخصاً من مقبرة في حديقة الرشيد بمدينة "
        "الرقة، ليرتفع عدد الجثث المنتشلة من المدينة منذ مطلع العام إلى أكثر من 3000.",
        [E("other", Q("14", 14), PL("الرقة", "Raqqa", "Raqqa"), None,
           "المرصد السوري لحقوق الإنسان", None),
         E("other", Q("أكثر من 3000", 3000, None, approx=True), PL("الرقة", "Raqqa", "Raqqa"), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate", note="the running total since January")])

# ---------------------------------------------------------------- other: releases, exchanges, siege deaths
passage("cp52", "2022-05-05", "Baladi News", "a release of detainees («أفرجت … عن N معتقلاً»)",
        "أفرجت قوات النظام عن 23 معتقلاً من سجن صيدنايا العسكري، غالبيتهم من أبناء ريف إدلب، بعد أكثر من عشر "
        "سنوات على اعتقالهم، بحسب اللجنة السورية للمعتقلين.",
        [E("other", Q("23", 23), PL("صيدنايا", "Saydnaya", "Rif Dimashq"), None, "اللجنة السورية للمعتقلين", GOV,
           note="a release is `other`, not an arrest; their arrest years before is background")])

passage("cp53", "2020-05-16", "Enab Baladi", "a prisoner exchange («أجرت … عملية تبادل أسرى»)",
        "أجرت «هيئة تحرير الشام» عملية تبادل أسرى مع قوات النظام في منطقة دارة عزة بريف حلب الغربي، خرج بموجبها "
        "أربعة مقاتلين من سجون النظام مقابل ضابط وعسكري، بحسب مراسل عنب بلدي.",
        [E("other", Q("أربعة", 4), PL("دارة عزة", "Darat Izza", "Aleppo"), None, "مراسل عنب بلدي", HTS,
           note="one exchange; the figure is the fighters freed (judgement)")])

passage("cp54", "2016-01-09", "Al Jazeera", "deaths from hunger under siege («توفي N جوعاً»)",
        "قال ناشطون إن سبعة أشخاص بينهم ثلاثة أطفال توفوا جوعاً خلال الأسبوع الماضي في بلدة مضايا المحاصرة من قبل "
        "قوات النظام وحزب الله، بسبب نفاد الغذاء والدواء.",
        [E("other", Q("سبعة", 7), PL("مضايا", "Madaya", "Rif Dimashq"), None, "ناشطون", GOV,
           note="siege deaths (starvation) are `other`; the besieger is the agent; the children a breakdown")])

# ---------------------------------------------------------------- negatives: the words without the event
passage("cp55", "2021-04-30", "Syria TV", "a call to protest (future)",
        "دعا ناشطون في مدينة جاسم إلى الخروج في مظاهرات حاشدة يوم الجمعة المقبل، للمطالبة بالإفراج عن المعتقلين "
        "ورفض الانتخابات الرئاسية.",
        [])

passage("cp56", "2018-11-20", "SNHR", "a prisoner count (a stock, no act)",
        "قالت الشبكة السورية لحقوق الإنسان إن ما لا يقل عن 127 ألف شخص لا يزالون معتقلين أو مختفين قسرياً في سجون "
        "النظام منذ عام 2011، داعية إلى الكشف عن مصيرهم.",
        [])

passage("cp57", "2022-03-09", "Enab Baladi", "a court sentence (not an arrest)",
        "أصدرت محكمة الجنايات في دمشق حكماً بالسجن سبع سنوات بحق الشاب عمار الكردي، بتهمة النيل من هيبة الدولة، "
        "بعد أن كان موقوفاً منذ عامين.",
        [])

passage("cp58", "2023-06-02", "SY24", "a threat of raids (future)",
        "هددت الأجهزة الأمنية وجهاء بلدة الجيزة بشن حملة اعتقالات واسعة في حال لم يسلم المطلوبون أنفسهم خلال "
        "أسبوع، بحسب مصادر محلية.",
        [E("statement", None, PL("الجيزة", "al-Jiza", "Daraa"), '2021-03-10', 'الأجهزة الأمنية', GOV, note="MENDED stop 32 (conventions): the security services' threat is a statement (stop 32), at the town it concerns")])

passage("cp59", "2025-01-25", "Hawar", "a welcome crowd (not a protest)",
        "احتشد المئات من أهالي مدينة عامودا لاستقبال العائدين من مخيمات النزوح، ورفعوا الأعلام وعقدوا حلقات الدبكة "
        "في الساحة العامة احتفاء بوصولهم.",
        [])

passage("cp60", "2013-11-02", "Shaam News", "a funeral (not a protest)",
        "شيّع الآلاف من أهالي مدينة بنش جثمان القائد الميداني أبو عمر الإدلبي إلى مثواه الأخير في مقبرة المدينة، "
        "وسط هتافات تمجد الشهداء.",
        [])

passage("cp61", "2024-07-10", "UN News", "a warning of displacement (future)",
        "حذرت الأمم المتحدة من موجة نزوح جديدة في شمال غرب سوريا إذا استمر التصعيد العسكري، مشيرة إلى أن المخيمات "
        "لم تعد تتسع لمزيد من العائلات.",
        [E("statement", None, None, None, 'الأمم المتحدة', None, note="MENDED stop 32 (conventions): the UN's warning is a statement (stop 32); the north-west is a multi-governorate region: no place")])

passage("cp62", "2023-11-15", "Al-Modon", "a call not to force returns (a demand)",
        "طالبت منظمات حقوقية الحكومة اللبنانية بوقف ترحيل اللاجئين السوريين قسراً، مؤكدة أن ظروف العودة الآمنة إلى "
        "سوريا غير متوفرة حتى الآن.",
        [])

passage("cp63", "2025-03-20", "SANA", "a denial of a mass grave",
        "نفت محافظة حماة صحة ما تداولته صفحات على مواقع التواصل عن العثور على مقبرة جماعية في حي مشاع الأربعين، "
        "مؤكدة أن الصور تعود لأعمال حفر لشبكة الصرف الصحي.",
        [E("statement", None, PL("مشاع الأربعين", "Masha al-Arbaeen", "Hama"), None, 'محافظة حماة', GOV, note="MENDED stop 32 (conventions): a denial that is the item's news is a statement (stop 32), at the place it concerns")])

passage("cp64", "2019-10-01", "Al-Souria Net", "history (the first protest, years ago)",
        "تعد مدينة درعا مهد الحراك الشعبي، إذ خرجت منها أولى المظاهرات في آذار 2011 بعد اعتقال أطفال كتبوا "
        "عبارات مناهضة للنظام على جدران مدرستهم.",
        [])

passage("cp65", "2024-05-14", "Enab Baladi", "a law on detention (not an act)",
        "ناقش مجلس الشعب مشروع قانون يحظر توقيف أي شخص لأكثر من 48 ساعة دون إحالته إلى القضاء، ويعاقب على "
        "الاعتقال التعسفي بالسجن.",
        [])

passage("cp66", "2016-09-05", "Zaman al-Wasl", "a ban on protests announced (no protest held)",
        "أعلنت قيادة الشرطة في مدينة اللاذقية منع أي تجمع أو تظاهر في الساحات العامة دون ترخيص مسبق، متوعدة "
        "المخالفين بالملاحقة القانونية.",
        [E("statement", None, PL("اللاذقية", "Latakia", "Latakia"), None, 'قيادة الشرطة في مدينة اللاذقية', GOV, note='MENDED stop 32 (conventions): a ban decided and announced is a statement (stop 32), at the city it concerns')])

passage("cp67", "2021-08-16", "Syria TV", "an amnesty promised, not issued (a hope)",
        "يتداول موالون للنظام أنباء عن قرب صدور مرسوم عفو عام يشمل الفارين من الخدمة العسكرية، دون أي تأكيد رسمي "
        "حتى الآن.",
        [])


def main() -> None:
    write("gold30.jsonl", P30)


if __name__ == "__main__":
    main()
