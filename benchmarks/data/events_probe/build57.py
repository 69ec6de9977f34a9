"""Build gold57.jsonl: development set 57 (ids ed01…), written in stop 31 by helper w57 BEFORE any run on it.

marsad's core subjects first: defections (soldiers, police, officers, SDF fighters, the 2024 offensive), desertion
and draft evasion, arrests and detentions (security branches, HTS, ISIS, the SDF's conscription, the SNA in Afrin,
the 2025 General Security), amnesty decrees and status settlements, releases, protests (2011 Fridays, Maarat
al-Numan 2016, Idlib 2019 and 2024, Sweida 2020 and 2023), with the usual clashes, killings, strikes, a prisoner
exchange, a sanction and a taking around them; years 2011-2025. Four passages carry no event (a denial, an
anniversary, a habit, an aim). The wording was read in real Arabic reporting (the search tool's `pages` corpus:
Reuters, Al Jazeera, Syria TV, Enab Baladi, Halab Today, Horan Free League, Suwayda 24, Deir ez-Zor 24, SOHR, SNHR,
Baladi News, North Press, SANA and others), never copied; people, villages, figures and dates are invented or
varied, the towns are real. Gold follows the events_probe README's conventions (stops 28-30). Offsets are computed
by build.build and checked.

    python benchmarks/data/events_probe/build57.py      # rewrites gold57.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P57: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P57.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("ed01", "2011-04-22", "Al Jazeera", "a Friday protest fired on; a second protest in the same report",
        "قال ناشطون حقوقيون سوريون للجزيرة إن قوات الأمن أطلقت الرصاص الحي على آلاف المحتجين الذين خرجوا اليوم "
        "بعد صلاة الجمعة في بلدة إزرع بريف درعا، ما أسفر عن سقوط 15 قتيلاً على الأقل وعشرات الجرحى. وفي ريف "
        "دمشق، خرجت مظاهرة حاشدة في مدينة دوما ردد فيها المشاركون هتافات تطالب بالحرية وإلغاء قانون الطوارئ.",
        [E("protest", Q("آلاف", 2000, 9000, True), PL("إزرع", "Izraa", "Daraa"), "2011-04-22", "ناشطون حقوقيون سوريون",
           PROT, note="fire on a protest: one protest event; the crowd is numbered (vague), so it is the figure and the "
                      "15 dead are its fatalities, not a second event"),
         E("protest", None, PL("دوما", "Douma", "Rif Dimashq"), "2011-04-22", "ناشطون حقوقيون سوريون", PROT,
           note="an act of the kind the report told, in another town: the activists' report carries on (a second "
                "coder could give the outlet); no number for the crowd")])

passage("ed02", "2011-06-12", "Reuters", "Amman dateline; defection told by residents who fled to Turkey",
        "عمان (رويترز) - قال سكان فروا من محافظة إدلب إلى الأراضي التركية يوم الأحد إن نحو 40 جندياً انشقوا عن "
        "وحداتهم قرب بلدة جسر الشغور يوم السبت، وإن اشتباكات دارت بينهم وبين قوات موالية للرئيس بشار الأسد حاولت "
        "اعتراضهم. ولم يتسن لرويترز التحقق من هذه الروايات لأن السلطات تمنع دخول الصحفيين.",
        [E("defection", Q("نحو 40", 40, approx=True), PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2011-06-11",
           "سكان فروا من محافظة إدلب", GOV,
           note="Amman is the dateline and Turkey where the witnesses went: neither is a place of the act"),
         E("armed_clash", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2011-06-11", "سكان فروا من محافظة إدلب",
           GOV, note="loyal forces tried to stop the defectors: the clash is an act of its own; no figure")])

passage("ed03", "2012-01-24", "SOHR", "SOHR colon opener; a clash set off by a defection at a checkpoint",
        "المرصد السوري لحقوق الإنسان: دارت اشتباكات عنيفة فجر اليوم الثلاثاء بين القوات النظامية وعسكريين منشقين "
        "في بلدة سرمين بريف إدلب، إثر انشقاق 11 عنصراً عن حاجز عسكري عند المدخل الشرقي للبلدة. وأسفرت الاشتباكات "
        "عن مقتل أربعة من عناصر القوات النظامية وإصابة آخرين، فيما تمكن المنشقون من الانسحاب إلى بساتين مجاورة.",
        [E("defection", Q("11", 11), PL("سرمين", "Sarmin", "Idlib"), "2012-01-24", "المرصد السوري لحقوق الإنسان", GOV,
           note="the checkpoint at the town's entrance is placed at the town"),
         E("armed_clash", Q("أربعة", 4), PL("سرمين", "Sarmin", "Idlib"), "2012-01-24", "المرصد السوري لحقوق الإنسان",
           GOV, note="the dead told in the next sentence are the clash's; agent: the first side named (a second "
                     "coder could name the defectors)")])

passage("ed04", "2012-07-25", "Al Arabiya", "an officer's arrival in Hatay; a running total in a camp abroad",
        "أعلن العميد الركن سليم الحمدان، من مرتبات إدارة الشؤون الفنية، انشقاقه عن الجيش السوري ووصوله مع عائلته "
        "إلى إقليم هاتاي جنوبي تركيا أمس الثلاثاء، بحسب ما أكده مسؤول تركي لقناة العربية. وأوضح المسؤول أن انشقاق "
        "الحمدان يرفع عدد الضباط برتبة عميد الموجودين في مخيم الضباط بتركيا إلى 27 عميداً.",
        [E("defection", None, PL("هاتاي", "Hatay", None, "Turkey"), "2012-07-24", "مسؤول تركي", GOV,
           note="one named officer: no figure; an arrival abroad told as the defection keeps the arrival place (no "
                "place at home given)"),
         E("defection", Q("27", 27), None, None, "مسؤول تركي", GOV, kind="aggregate",
           note="a running total of generals residing in a camp in Turkey: no place (convention a)")])

passage("ed05", "2012-11-08", "Zaman al-Wasl", "police defection; a recall «وكانت … قد» with its own day",
        "أعلن تسعة من عناصر الشرطة في مخفر بلدة الحراك بريف درعا الشرقي انشقاقهم اليوم الخميس، وانسحبوا بأسلحتهم "
        "الفردية إلى أحد مقرات الجيش الحر في البلدة، وفق ما أكده ناشط من الحراك لـ«زمان الوصل». وكانت قوات الأمن قد "
        "شنت أمس حملة دهم في البلدة ذاتها اعتقلت خلالها 20 شاباً بتهمة التظاهر.",
        [E("defection", Q("تسعة", 9), PL("الحراك", "Al-Hirak", "Daraa"), "2012-11-08", "ناشط من الحراك", GOV,
           note="a police station is no listed military site: placed at the town"),
         E("arrest", Q("20", 20), PL("الحراك", "Al-Hirak", "Daraa"), "2012-11-07", None, GOV,
           note="a recall with its own day is an event; «وكانت … قد» is the writer's recall: the outlet; the place "
                "is «البلدة ذاتها» (al-Hirak)")])

passage("ed06", "2013-05-14", "SANA", "no event: a denied defection and a state",
        "دمشق-سانا\n"
        "نفى مصدر عسكري مسؤول اليوم ما تناقلته بعض القنوات الفضائية المغرضة عن انشقاق ضباط وعناصر من اللواء 105 في "
        "الحرس الجمهوري، مؤكداً أن هذه الأنباء «عارية عن الصحة» وتأتي في إطار الحملة الإعلامية التي تستهدف معنويات "
        "جيشنا الباسل. وأكد المصدر أن وحدات الحرس الجمهوري تواصل أداء مهامها بشكل طبيعي.",
        [E("statement", None, None, None, 'مصدر عسكري مسؤول', GOV, note="MENDED stop 32 (conventions): a denial that is the item's news is a statement (stop 32); a unit, no place")])

passage("ed07", "2014-02-03", "Orient News", "desertion from a named base; relayed source; a negated arrest",
        "فرّ 17 مجنداً من أبناء محافظة السويداء من مقر اللواء 52 في ريف درعا الشرقي، وعادوا إلى قراهم رافضين "
        "المشاركة في المعارك، بحسب ما نقلته شبكة «السويداء 24» عن مصادر من عائلاتهم. وأضافت الشبكة أن الشرطة "
        "العسكرية عممت أسماء الفارين على الحواجز، ولم تُسجل أي حالة اعتقال بحقهم حتى الآن.",
        [E("desertion", Q("17", 17), PL("اللواء 52", "52nd Brigade", "Daraa"), None, "مصادر من عائلاتهم", GOV,
           note="the base headed by «مقر» is the place (its number is a name, not a figure); Sweida is where they "
                "come from and went back to; relayed source: the families (as set 1 p43); undated; the arrest is "
                "negated")])

passage("ed08", "2014-06-02", "Enab Baladi", "SNHR monthly report: arrests aggregate with breakdowns",
        "وثقت الشبكة السورية لحقوق الإنسان ضمن تقريرها الشهري الصادر اليوم الاثنين ما لا يقل عن 873 حالة اعتقال "
        "تعسفي في سوريا خلال شهر أيار الماضي، بينهم 41 طفلاً و36 سيدة. وحمّل التقرير القوات الحكومية المسؤولية عن 790 "
        "حالة منها، فيما توزعت البقية على تنظيم الدولة وفصائل المعارضة ووحدات الحماية الكردية، وتصدرت محافظة ريف "
        "دمشق القائمة.",
        [E("arrest", Q("ما لا يقل عن 873", 873, None, True), PL("سوريا", "Syria"), "2014-05",
           "الشبكة السورية لحقوق الإنسان", GOV, kind="aggregate",
           note="children, women and the government's 790 are breakdowns; most by the government (agent, as set 1 "
                "p24); the month is the date, Syria the place (as set 1 p24); Rif Dimashq tops a list, no place")])

passage("ed09", "2015-07-26", "Enab Baladi", "amnesty decree for deserters; background loss of towns",
        "أصدر رئيس النظام السوري بشار الأسد، أمس السبت، مرسوماً تشريعياً يمنح عفواً عاماً عن جرائم الفرار الداخلي "
        "والخارجي المرتكبة قبل صدوره، على أن يسلّم المتوارون أنفسهم خلال شهر للفرار الداخلي وشهرين للفرار الخارجي، "
        "وفق ما نشرته الوكالة الرسمية (سانا). ويأتي المرسوم في وقت تعاني فيه قوات النظام نقصاً حاداً في العنصر "
        "البشري بعد خسارتها مدينتي إدلب وجسر الشغور.",
        [E("desertion", None, None, "2015-07-25", "الوكالة الرسمية (سانا)", GOV,
           note="an amnesty decree for desertion is `desertion` (news_dev); the months are terms; the lost cities are "
                "undated background, no event")])

passage("ed10", "2016-03-13", "Al-Hayat", "protest against Nusra; Nusra arrests protesters; an undated attack",
        "خرج مئات المحتجين في مدينة معرة النعمان بريف إدلب الجنوبي، اليوم الأحد، للمطالبة بخروج «جبهة النصرة» من "
        "المدينة بعد هجومها على مقرات «الفرقة 13» التابعة للجيش الحر، وفق ما أفاد به المرصد السوري لحقوق الإنسان. "
        "وأضاف المرصد أن عناصر من الجبهة اعتقلوا سبعة من المشاركين في الاحتجاج، بينهم إعلامي، واقتادوهم إلى جهة "
        "مجهولة.",
        [E("protest", Q("مئات", 200, 900, True), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2016-03-13",
           "المرصد السوري لحقوق الإنسان", PROT),
         E("arrest", Q("سبعة", 7), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2016-03-13",
           "المرصد السوري لحقوق الإنسان", HTS,
           note="«وأضاف المرصد» carries the source; the attack on Division 13's posts is undated background (no "
                "event); «الفرقة 13» is a name")])

passage("ed11", "2016-10-18", "Step News Agency", "deserters hiding in a city; some of them arrested today",
        "ذكرت مصادر خاصة لوكالة «ستيب» الإخبارية أن 23 عنصراً من قوات النظام فرّوا من مواقعهم على جبهة الراموسة "
        "جنوبي حلب خلال الأيام الثلاثة الماضية، وتواروا في أحياء المدينة الغربية رافضين العودة إلى القتال. وأضافت "
        "المصادر أن الشرطة العسكرية اعتقلت ستة منهم صباح اليوم في حي الحمدانية.",
        [E("desertion", Q("23", 23), PL("الراموسة", "Al-Ramouseh", "Aleppo"), None, "مصادر خاصة", GOV,
           note="over three days: undated; the front they left is the place, the western quarters where they hid "
                "are not"),
         E("arrest", Q("ستة", 6), PL("الحمدانية", "Al-Hamdaniyah", "Aleppo"), "2016-10-18", "مصادر خاصة", GOV,
           note="six of the 23: a count of its own for the arrest")])

passage("ed12", "2017-04-11", "Deir ez-Zor 24", "ISIS arrests for the 'general mobilisation'; a recalled execution",
        "شنّ عناصر «الحسبة» وجهاز الأمن التابعان لتنظيم «داعش» حملة دهم في مدينة الميادين بريف دير الزور الشرقي، أمس "
        "الاثنين، اعتقلوا خلالها نحو 30 شاباً بتهمة التخلف عن «النفير العام»، بحسب ما رصدته شبكة «دير الزور 24». "
        "وكان التنظيم قد أعدم أول من أمس ثلاثة رجال في ساحة عامة بمدينة البوكمال بتهمة «التعامل مع التحالف».",
        [E("arrest", Q("نحو 30", 30, approx=True), PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2017-04-10",
           "شبكة «دير الزور 24»", IS),
         E("casualties", Q("ثلاثة", 3), PL("البوكمال", "Al-Bukamal", "Deir ez-Zor"), "2017-04-09", None, IS,
           note="an execution is `casualties`; a recall with its own day (the day before yesterday) is an event, "
                "the writer's recall: the outlet; the square is placed at the town")])

passage("ed13", "2018-04-19", "Enab Baladi", "status settlement with deserters inside; a scheduled departure",
        "أجرى نحو 1200 شخص من أبناء مدينة الضمير في القلمون الشرقي تسوية لأوضاعهم الأمنية خلال اليومين الماضيين، بينهم "
        "قرابة 400 من المنشقين والمتخلفين عن الخدمة الإلزامية، بحسب ما قاله عضو في لجنة المصالحة بالمدينة لعنب بلدي. "
        "ومن المقرر أن تخرج الدفعة الأولى من مقاتلي «جيش الإسلام» الرافضين للاتفاق نحو مدينة جرابلس مساء الخميس.",
        [E("other", Q("نحو 1200", 1200, approx=True), PL("الضمير", "Al-Dumayr", "Rif Dimashq"), None,
           "عضو في لجنة المصالحة بالمدينة", note="a status settlement is `other` (set 1 p43); the 400 defectors and "
                                                    "evaders are a breakdown; over two days: undated; the "
                                                    "departure to Jarabulus is scheduled (future): no event")])

passage("ed14", "2018-10-30", "Horan Free League", "settled ex-defectors arrested at a checkpoint away from home",
        "اعتقلت دورية تابعة لفرع المخابرات الجوية، أمس الاثنين، ثلاثة شبان من بلدة الغارية الغربية في ريف درعا الشرقي "
        "على حاجز قرب مدينة إزرع، رغم حملهم بطاقات التسوية، وفق ما أفاد به «تجمع أحرار حوران». وأوضح التجمع أن الشبان "
        "منشقون سابقون عن جيش النظام، وكانوا قد أجروا التسوية في آب الماضي. وفي سياق متصل، اعتقل حاجز للأمن العسكري "
        "عند مدخل مدينة جاسم شاباً من أبنائها في اليوم ذاته.",
        [E("arrest", Q("ثلاثة", 3), PL("إزرع", "Izraa", "Daraa"), "2018-10-29", "تجمع أحرار حوران", GOV,
           note="al-Ghariya is where they come from; the checkpoint near Izraa is where they were taken; their "
                "August settlement is recalled with no day: no event"),
         E("arrest", None, PL("جاسم", "Jasim", "Daraa"), "2018-10-29", "تجمع أحرار حوران", GOV,
           note="one man: no figure; the checkpoint at the town's entrance is placed at the town; same kind in the "
                "same report: the source carries on")])

passage("ed15", "2019-02-15", "Syria TV", "a sit-in against HTS detentions; non-intervention",
        "تظاهر العشرات من أهالي مدينة أريحا جنوبي إدلب، اليوم الجمعة، أمام مقر «حكومة الإنقاذ» للمطالبة بالإفراج عن "
        "أبنائهم المعتقلين في سجون «هيئة تحرير الشام»، بحسب ما نقله مراسل تلفزيون سوريا. ورفع المحتجون لافتات "
        "تندد بالاعتقالات التعسفية، فيما انتشر عناصر من الهيئة في محيط المكان دون أن يتدخلوا لتفريق التجمع.",
        [E("protest", Q("العشرات", 20, 90, True), PL("أريحا", "Ariha", "Idlib"), "2019-02-15", "مراسل تلفزيون سوريا",
           PROT, note="a building in the city: placed at the city; the detentions are a state; HTS did not intervene")])

passage("ed16", "2019-06-05", "SOHR", "defectors arriving in SDF areas from a front they served on",
        "رصد المرصد السوري لحقوق الإنسان وصول ثمانية عناصر منشقين عن قوات النظام إلى مدينة الطبقة الخاضعة لسيطرة «قسد» "
        "غربي الرقة، بعد فرارهم من مواقعهم على محور كفرنبودة في ريف حماة الشمالي الغربي خلال الأيام القليلة الماضية. "
        "وأشار المرصد إلى أن «قسد» تحتجز المنشقين لأيام في مدينة المنصورة قبل الإفراج عنهم.",
        [E("defection", Q("ثمانية", 8), PL("كفرنبودة", "Kafr Nabudah", "Hama"), None, "المرصد السوري لحقوق الإنسان",
           GOV, note="the front they left is the place (where they served); Tabqa is the arrival (a second coder "
                     "could take it); the SDF's holding of defectors is a habit, no event")])

passage("ed17", "2020-03-17", "Daraa 24", "assassination of a settled ex-fighter; running toll since January",
        "اغتال مسلحون مجهولون، مساء أمس الاثنين، شاباً من عناصر الفصائل السابقة ممن أجروا التسوية، بإطلاق النار عليه "
        "أمام منزله في بلدة اليادودة بريف درعا الغربي، بحسب مراسل «درعا 24». وبذلك يرتفع عدد من قُتلوا في عمليات "
        "اغتيال بمحافظة درعا منذ مطلع العام الجاري إلى 52 شخصاً، وفق إحصاء الشبكة.",
        [E("armed_clash", None, PL("اليادودة", "Al-Yadudah", "Daraa"), "2020-03-16", "مراسل «درعا 24»", UNK,
           note="a killing by unidentified gunmen is an armed_clash; one man: no figure"),
         E("armed_clash", Q("52", 52), PL("درعا", "Daraa", "Daraa", nth=2), None, None, None, kind="aggregate",
           note="MENDED stop 32 (conventions): a running toll naming one cause takes the cause's type, an aggregate (was casualties): the assassinations' toll (as set 64 ic31); a running toll since January over the governorate; «إحصاء الشبكة» is the outlet's own count (the "
                "outlet); type casualties (no single act; a second coder could say armed_clash)")])

passage("ed18", "2020-05-26", "Syria TV", "SDF conscription arrests in two places",
        "اعتقلت الشرطة العسكرية التابعة لـ«قوات سوريا الديمقراطية» (قسد)، أمس الاثنين، 35 شاباً في مدينة الطبقة "
        "وريفها بهدف سوقهم إلى «واجب الدفاع الذاتي»، وفق ما قالته مصادر محلية لموقع تلفزيون سوريا. وأضافت المصادر أن "
        "دورية للأسايش اعتقلت في اليوم ذاته 11 شاباً آخرين في بلدة الشحيل بريف دير الزور الشرقي، ونُقل الجميع إلى "
        "معسكر تدريب قرب مدينة الرقة.",
        [E("arrest", Q("35", 35), PL("الطبقة", "Al-Tabqah", "Raqqa"), "2020-05-25", "مصادر محلية", SDF),
         E("arrest", Q("11", 11), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2020-05-25", "مصادر محلية", SDF,
           note="a second arrest in another governorate the same day; the camp near Raqqa is the destination")])

passage("ed19", "2020-08-09", "Suwayda 24", "a sit-in; a call to a future protest",
        "نظم نحو 200 شخص وقفة احتجاجية أمام مبنى المحافظة في مدينة السويداء، اليوم الأحد، احتجاجاً على تردي الأوضاع "
        "المعيشية وانتشار عصابات الخطف، ورددوا هتافات مناهضة للحكومة. ودعا منظمو الوقفة إلى تظاهرة أوسع يوم الجمعة "
        "المقبل في ساحة السير وسط المدينة، بحسب ما نقلته «السويداء 24» عن أحدهم.",
        [E("protest", Q("نحو 200", 200, approx=True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2020-08-09", None,
           PROT, note="the next sentence's source tells a future call, not this sit-in: the outlet; the call is no "
                      "event")])

passage("ed20", "2021-06-09", "Zaman al-Wasl", "no event: an anniversary",
        "تمر اليوم الذكرى العاشرة لإعلان أول ضابط سوري انشقاقه عن جيش النظام عبر تسجيل مصور، في حزيران 2011، "
        "احتجاجاً على قتل المتظاهرين في جسر الشغور. ويستعيد ناشطون في هذه المناسبة صور الضابط الذي اعتُقل لاحقاً "
        "ولا يزال مصيره مجهولاً حتى اليوم، مطالبين بالكشف عن مصير آلاف المعتقلين.",
        [])

passage("ed21", "2021-11-23", "SANA", "SANA dateline, 'terrorists'; a habit; artillery in the same report",
        "إدلب-سانا\n"
        "تصدت وحدات من الجيش العربي السوري العاملة في ريف إدلب الجنوبي اليوم لهجوم شنته مجموعات إرهابية على نقاطها "
        "العسكرية في محيط بلدة كنصفرة، وأوقعت 9 قتلى في صفوف الإرهابيين ودمرت أسلحتهم. كما استهدفت وحدات المدفعية "
        "تحصينات الإرهابيين في محيط قرية البارة. وذكر مراسل سانا أن المجموعات الإرهابية المنتشرة في جبل الزاوية تواصل "
        "خرق اتفاق خفض التصعيد.",
        [E("armed_clash", Q("9", 9), PL("كنصفرة", "Kansafra", "Idlib"), "2021-11-23", None, None,
           note="the attackers are unnamed 'terrorists' (no actor); the reporter's sentence tells a habit, not this "
                "clash: the outlet"),
         E("shelling", None, PL("البارة", "Al-Bara", "Idlib"), "2021-11-23", None, GOV,
           note="«كما» goes on with today's report: dated today (a second coder could leave it undated)")])

passage("ed22", "2022-05-12", "Syria TV", "releases under an amnesty counted by an association named after the prison",
        "قالت «رابطة معتقلي ومفقودي سجن صيدنايا» إنها وثقت الإفراج عن 95 معتقلاً من سجن صيدنايا العسكري منذ صدور "
        "مرسوم العفو الأخير عن «الجرائم الإرهابية»، مرجحةً أن يرتفع العدد خلال الأيام المقبلة. وأوضحت الرابطة في بيان "
        "أمس الأربعاء أن معظم المفرج عنهم ينحدرون من ريف دمشق ودرعا وحمص.",
        [E("other", Q("95", 95), PL("سجن صيدنايا", "Sednaya Prison", "Rif Dimashq", nth=1), None,
           "رابطة معتقلي ومفقودي سجن صيدنايا", GOV, kind="aggregate",
           note="releases summed since the decree (a total, undated); the prison named inside the association's "
                "name is no place, the second mention is; the decree is undated background; the home governorates "
                "are origins")])

passage("ed23", "2022-06-21", "Hawar (ANHA)", "Hawar's vocabulary: 'mercenaries' abduct civilians in Afrin",
        "اختطف مسلحو ما يسمى «الشرطة العسكرية» التابعة لمرتزقة الاحتلال التركي، أمس الاثنين، 12 مدنياً من أهالي ناحية "
        "جنديرس في مقاطعة عفرين المحتلة، واقتادوهم إلى جهة مجهولة بحجة التعامل مع الإدارة الذاتية السابقة، بحسب ما "
        "أفادت به منظمة حقوق الإنسان في عفرين. ولم تُعرف مصائر المختطفين حتى لحظة إعداد الخبر.",
        [E("arrest", Q("12", 12), PL("جنديرس", "Jindires", "Aleppo"), "2022-06-20", "منظمة حقوق الإنسان في عفرين", SNA,
           note="a detention by a force's police, called abduction by the outlet: `arrest` (a second coder could "
                "say other/abduction); the 'Turkish occupation' is the backer, not the agent")])

passage("ed24", "2023-08-25", "Suwayda 24", "the Sweida uprising's Friday; a second town in the reporter's story",
        "احتشد الآلاف في ساحة السير وسط مدينة السويداء، اليوم الجمعة، في أكبر تظاهرة تشهدها المحافظة منذ انطلاق "
        "الاحتجاجات قبل ثمانية أيام، مطالبين برحيل النظام وتطبيق القرار 2254، بحسب مراسل «السويداء 24». كما خرجت "
        "مظاهرة في مدينة شهبا شمالي المحافظة، رفع المشاركون فيها علم الطائفة ولافتات تطالب بالإفراج عن المعتقلين.",
        [E("protest", Q("الآلاف", 2000, 9000, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-08-25",
           "مراسل «السويداء 24»", PROT, note="the square is placed at the city; the days since the start are background"),
         E("protest", None, PL("شهبا", "Shahba", "As-Suwayda"), "2023-08-25", "مراسل «السويداء 24»", PROT,
           note="the outlet's reporter files the whole story")])

passage("ed25", "2024-03-01", "Syria TV", "anti-Jolani protest; last night's arrests told as a sourced recall",
        "خرج الآلاف في مظاهرة مركزية بمدينة إدلب، اليوم الجمعة، طالبوا فيها بإسقاط قائد «هيئة تحرير الشام» أبو محمد "
        "الجولاني والإفراج عن المعتقلين، وذلك رغم انتشار حواجز «جهاز الأمن العام» عند مداخل المدينة منذ الصباح. وكان "
        "الجهاز قد اعتقل ليل أمس الخميس أربعة ناشطين من منظمي الاحتجاجات في بلدة بنش، وفق ما قالته مصادر محلية لموقع "
        "تلفزيون سوريا.",
        [E("protest", Q("الآلاف", 2000, 9000, True), PL("إدلب", "Idlib", "Idlib"), "2024-03-01", None, PROT,
           note="the next sentence's source tells another incident (the arrests): the outlet"),
         E("arrest", Q("أربعة", 4), PL("بنش", "Binnish", "Idlib"), "2024-02-29", "مصادر محلية", HTS,
           note="a recall with its own day and its own source; the General Security Service is HTS's")])

passage("ed26", "2024-12-22", "Enab Baladi", "settlement of the fallen regime's soldiers; centres to come",
        "استقبل مركز التسوية الذي افتتحته «إدارة العمليات العسكرية» في مدينة اللاذقية أكثر من 3500 عنصر من قوات النظام "
        "المخلوع خلال يومين، سلّم كثير منهم أسلحتهم الفردية وحصلوا على بطاقات مؤقتة، وفق ما قاله مسؤول في المركز لعنب "
        "بلدي. ومن المقرر أن تفتتح الإدارة مركزين جديدين في مدينتي جبلة وبانياس خلال الأيام المقبلة.",
        [E("other", Q("أكثر من 3500", 3500, None, True), PL("اللاذقية", "Latakia", "Latakia"), None, "مسؤول في المركز",
           note="a status settlement is `other` (set 1 p43); over two days: undated; the new centres are future: no "
                "event")])

passage("ed27", "2025-01-14", "SANA", "new SANA: General Security arrests 'remnants'; next-sentence source",
        "حمص-سانا\n"
        "ألقت إدارة الأمن العام في محافظة حمص القبض على 9 من فلول النظام البائد في حي وادي الذهب بمدينة حمص، خلال "
        "حملة تمشيط نفذتها اليوم بحثاً عن المطلوبين ومخلفات الأسلحة. وأفاد مصدر أمني لمراسل سانا بأن من بين الموقوفين "
        "متورطين في «جرائم حرب» بحق المدنيين. كما أوقفت دورية أخرى 4 مطلوبين في حي باب السباع.",
        [E("arrest", Q("9", 9), PL("وادي الذهب", "Wadi al-Dhahab", "Homs"), "2025-01-14", "مصدر أمني", NEWGOV,
           note="the next sentence comes back to the same arrests: its source carries back"),
         E("arrest", Q("4", 4), PL("باب السباع", "Bab al-Sibaa", "Homs"), "2025-01-14", "مصدر أمني", NEWGOV,
           note="same kind in the same report: the source carries on; dated with the sweep")])

passage("ed28", "2025-03-08", "Asharq Al-Awsat", "ministry announces today an attack of last night",
        "أعلنت وزارة الداخلية السورية، اليوم السبت، مقتل 13 من عناصر الأمن العام في هجوم نفذه مسلحون من فلول النظام "
        "السابق على دورية قرب قرية الدالية بريف جبلة. وقال مصدر في الوزارة لـ«الشرق الأوسط» إن الهجوم وقع مساء أمس "
        "الجمعة، وإن القتلى سقطوا بنيران قناصة تمركزوا في الأحراج المحيطة بالقرية.",
        [E("armed_clash", Q("13", 13), PL("الدالية", "Al-Daliyah", "Latakia"), "2025-03-07", "وزارة الداخلية السورية",
           LOYAL, note="announced today, happened yesterday (the source's next sentence dates it)")])

passage("ed29", "2025-05-20", "Enab Baladi", "SDF fighters defect across the Euphrates; a clash added by the outlet",
        "انشق 25 عنصراً من «قوات سوريا الديمقراطية» (قسد)، أمس الاثنين، عن نقاطهم في بلدة ذيبان بريف دير الزور الشرقي، "
        "وعبروا نهر الفرات بأسلحتهم الفردية إلى مناطق سيطرة الحكومة السورية في مدينة الميادين، بحسب ما قالته مصادر "
        "محلية لعنب بلدي. وتزامن ذلك مع اشتباكات بين «قسد» ومسلحين من العشائر في بلدة البصيرة أسفرت عن مقتل ثلاثة.",
        [E("defection", Q("25", 25), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2025-05-19", "مصادر محلية", SDF,
           note="Mayadin is the destination; the force left is the SDF"),
         E("armed_clash", Q("ثلاثة", 3), PL("البصيرة", "Al-Busayrah", "Deir ez-Zor"), "2025-05-19", None, SDF,
           note="an act of another kind added after a sourced report: the outlet; «تزامن ذلك» dates it with the "
                "defection; agent: the first side named")])

passage("ed30", "2025-07-02", "Al Arabiya", "no event: an aim, a future opening and a call",
        "تعتزم وزارة الدفاع السورية فتح باب الانتساب إلى الجيش الجديد أمام المنشقين عن جيش النظام السابق خلال الأسابيع "
        "المقبلة، بهدف الاستفادة من خبراتهم العسكرية، بحسب ما قاله مصدر في الوزارة لقناة العربية. وأوضح المصدر أن "
        "المنشقين الذين رفضوا القتال إلى جانب الأسد سيُمنحون أولوية في القبول، داعياً إياهم إلى تجهيز وثائقهم.",
        [])

passage("ed31", "2012-03-06", "Al Jazeera", "conscripts executed while trying to defect",
        "قالت الهيئة العامة للثورة السورية إن عناصر من الأمن العسكري أعدموا ستة مجندين ميدانياً في بلدة كفرنبل بريف "
        "إدلب، اليوم الثلاثاء، بعد أن حاولوا الانشقاق عن حاجز يتمركزون عليه في محيط البلدة. وأضافت الهيئة أن جثث "
        "المجندين نُقلت إلى المستشفى العسكري في إدلب، وأن قوات الأمن طوقت البلدة من جهاتها الأربع.",
        [E("casualties", Q("ستة", 6), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2012-03-06",
           "الهيئة العامة للثورة السورية", GOV,
           note="an execution is `casualties`; the defection was attempted: no defection event; the hospital in "
                "Idlib is where the bodies went")])

passage("ed32", "2013-10-15", "Orient News", "mortar shelling with toll; a clash alongside",
        "قُتل ثلاثة مدنيين وأصيب آخرون، اليوم الثلاثاء، جراء قصف قوات النظام بقذائف الهاون حي جوبر الدمشقي، بحسب ما "
        "أفاد به ناشطون لـ«أورينت نت». وتزامن القصف مع اشتباكات متقطعة بين الجيش الحر وقوات النظام على أطراف الحي من "
        "جهة ساحة العباسيين، دون ورود معلومات عن خسائر.",
        [E("shelling", Q("ثلاثة", 3), PL("جوبر", "Jobar", "Damascus"), "2013-10-15", "ناشطون", GOV),
         E("armed_clash", None, PL("جوبر", "Jobar", "Damascus"), "2013-10-15", "ناشطون", FSA,
           note="«وتزامن القصف» goes on with the activists' report; the square is a bearing; agent: the first side "
                "named")])

passage("ed33", "2014-09-10", "Al-Hayat", "no event: draft evasion as a state and a habit",
        "يتوارى كثير من الشبان في مدن الساحل السوري عن الأنظار منذ أشهر هرباً من دعوات الاحتياط، فيما تنشر الشرطة "
        "العسكرية حواجز متنقلة بشكل شبه يومي في أحياء اللاذقية وطرطوس للتدقيق في دفاتر الخدمة. ويقول سكان إن عائلات "
        "كثيرة باتت ترسل أبناءها إلى لبنان لتجنيبهم السوق إلى جبهات القتال.",
        [])

passage("ed34", "2015-10-05", "Reuters", "strikes with a hedged perpetrator; the other side's claim",
        "بيروت (رويترز) - قال المرصد السوري لحقوق الإنسان إن 17 شخصاً على الأقل قُتلوا يوم الاثنين في ضربات جوية "
        "استهدفت مدينة تلبيسة بريف حمص الشمالي، ورجح أن تكون طائرات روسية نفذتها. وقالت وزارة الدفاع الروسية في بيان إن "
        "طائراتها دمرت مستودعات ذخيرة لتنظيم الدولة الإسلامية في محافظة حمص على مدى اليوم المنصرم.",
        [E("airstrike", Q("17", 17, None, True), PL("تلبيسة", "Talbiseh", "Homs"), "2015-10-05",
           "المرصد السوري لحقوق الإنسان", None,
           note="Beirut is the dateline; a hedged perpetrator (no agent, as set 1 p07); the Russian claim over the province in the last day "
                "is the other side's telling, no second event (a second coder could code a Russian strike in Homs)")])

passage("ed35", "2016-08-17", "Halab Today", "a prisoner exchange; an undated capture",
        "أفرجت فصائل المعارضة، اليوم الأربعاء، عن ستة عناصر من قوات النظام كانت قد أسرتهم خلال معارك ريف حماة، مقابل "
        "إطلاق سراح 14 معتقلة من سجون النظام، في عملية تبادل جرت في منطقة قلعة المضيق بريف حماة الغربي، بحسب ما نقله "
        "مراسل حلب اليوم. وأشرف على العملية وسطاء محليون من المنطقة.",
        [E("other", Q("ستة", 6), PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"), "2016-08-17", "مراسل حلب اليوم",
           note="a prisoner exchange: the first side numbered (six); the capture is undated background")])

passage("ed36", "2017-02-21", "Zaman al-Wasl", "an officer's arrival in Jordan; the base he served at",
        "وصل ضابط برتبة رائد منشق عن قوات النظام إلى الأراضي الأردنية، أمس الاثنين، بعد رحلة استمرت أسبوعاً عبر "
        "البادية السورية، وفق ما أكده قريب له لـ«زمان الوصل». وأوضح المصدر أن الضابط كان يخدم في مطار خلخلة العسكري "
        "بريف السويداء، وأنه سلّم نفسه لحرس الحدود الأردني فور وصوله.",
        [E("defection", None, PL("مطار خلخلة", "Khalkhalah Airbase", "As-Suwayda"), "2017-02-20", "قريب له", GOV,
           note="one officer: no figure; the base where he served is the place (convention: a place where he served "
                "stays the place), Jordan the arrival (a second coder could take Jordan); dated by the arrival")])

passage("ed37", "2019-11-12", "Enab Baladi", "EU sanctions on businessmen",
        "أضاف الاتحاد الأوروبي ثمانية رجال أعمال وكيانين إلى قائمة العقوبات الأوروبية المفروضة على النظام السوري، أمس الاثنين، "
        "بسبب استفادتهم من مشاريع عقارية مقامة على أراضي المهجرين، وفق بيان نشره مجلس الاتحاد. وتشمل العقوبات تجميد "
        "الأصول وحظر السفر إلى دول الاتحاد. وقالت متحدثة باسم المجلس إن القائمة باتت تضم 277 شخصاً و71 كياناً منذ "
        "بدء فرض العقوبات عام 2011.",
        [E("sanction", Q("ثمانية", 8), None, "2019-11-11", "مجلس الاتحاد",
           note="the figure is the first number of targets (two entities beside); no place"),
         E("sanction", Q("277", 277), None, None, "متحدثة باسم المجلس", kind="aggregate",
           note="the list's running total since 2011: an aggregate; the entities are beside the persons")])

passage("ed38", "2020-01-29", "Al Mayadeen", "a taking told by the reporter; a total of villages since the month began",
        "أفاد مراسل الميادين بأن وحدات الجيش السوري دخلت مدينة معرة النعمان في ريف إدلب الجنوبي، اليوم الأربعاء، بعد "
        "معارك عنيفة مع مسلحي «جبهة النصرة» والفصائل المتحالفة معها، وبدأت وحدات الهندسة بتفكيك العبوات الناسفة في شوارع "
        "المدينة. وأشار المراسل إلى أن الجيش سيطر منذ مطلع الشهر الجاري على أكثر من 20 بلدة وقرية في ريف إدلب الجنوبي.",
        [E("territory_change", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2020-01-29", "مراسل الميادين",
           GOV, note="the battles are part of the taking, no second event"),
         E("territory_change", Q("أكثر من 20", 20, None, True),
           PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib", nth=1), None,
           "مراسل الميادين", GOV, kind="aggregate",
           note="villages taken since the month began: an aggregate over the region the text names (its second "
                "mention); undated (a period)")])

passage("ed39", "2023-10-11", "Hawar (ANHA)", "Asayish arrest an ISIS cell in a Hasakah quarter",
        "ألقت قوى الأمن الداخلي لإقليم شمال وشرق سوريا، بمساندة من قوات سوريا الديمقراطية، القبض على خمسة من أعضاء خلية "
        "تابعة لمرتزقة داعش في حي غويران بمدينة الحسكة، خلال عملية أمنية نفذتها فجر اليوم، بحسب ما أعلنه المركز "
        "الإعلامي لقوى الأمن الداخلي. وأوضح المركز أن الخلية متورطة في استهداف نقاط عسكرية في المنطقة.",
        [E("arrest", Q("خمسة", 5), PL("غويران", "Ghuwayran", "Al-Hasakah"), "2023-10-11",
           "المركز الإعلامي لقوى الأمن الداخلي", SDF,
           note="the Asayish with the SDF: SDF; the cell's past attacks are undated background")])

passage("ed40", "2024-12-01", "Syria TV", "the 2024 offensive: soldiers defect and the town is taken",
        "أعلنت «إدارة العمليات العسكرية» أن 35 عنصراً من قوات النظام انشقوا عن مواقعهم في مدينة مورك بريف حماة الشمالي، "
        "اليوم الأحد، وسلّموا أنفسهم مع أسلحتهم لفصائل «ردع العدوان». وأضافت الإدارة في بيان أن الفصائل سيطرت على "
        "المدينة بعد ساعات من انسحاب ما تبقى من قوات النظام منها.",
        [E("defection", Q("35", 35), PL("مورك", "Morek", "Hama"), "2024-12-01", "إدارة العمليات العسكرية", GOV,
           note="surrendering to the other side with their weapons, told as defection"),
         E("territory_change", None, PL("مورك", "Morek", "Hama"), "2024-12-01", "إدارة العمليات العسكرية", FSA,
           note="«وأضافت الإدارة» carries the source; before 8 December 2024 the operations command is the "
                "opposition (set 1 p40); the withdrawal is part of the taking")])


def main() -> None:
    write("gold57.jsonl", P57)


if __name__ == "__main__":
    main()
