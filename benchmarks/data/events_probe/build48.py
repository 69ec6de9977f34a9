"""Build gold48.jsonl: coverage set 48 (ids dd01…), written in stop 30 by helper figures BEFORE any run on it.

A coverage set of WHOSE FIGURE a figure is: acts found with the right type whose figure goes wrong. Two acts in
one sentence and the deaths of one of them (the main act against an act in a time or cause adjunct «بعد ساعات
من …», «بالتزامن مع …», «إثر …»; a relative clause that names its own act's dead «بعد اشتباكات … أوقعت …»); an
act told with no losses («دون ورود أنباء عن خسائر») beside the dead of another act; the people of a convoy told in
the next sentence or a later clause («وضمت الدفعة …», «حافلة تقل …», «وبلغ عدد من خرجوا …»); bodies recovered from
the ruins of a strike («انتشلت … جثث سبعة»); a toll raised in the same sentence («قبل أن ترتفع الحصيلة إلى …»,
«بعدما كانت حصيلة سابقة …») or the next; a whole told first and its strikes with their own dead after; killed and
injured told apart («ارتقى ثلاثة … وأصيب تسعة آخرون»); counts of other things (houses, raids, prices); traps (the
injured alone, a dual, a sum with a singular «ضابط وأربعة عناصر», a denial, a forecast). The wording patterns were
read in real Arabic reporting (the search tool's `pages` corpus: SOHR, SANA, Baladi News, Enab Baladi, Naharnet,
Asharq Al-Awsat and others), never copied; people, figures and dates are invented, the towns are real.
Conventions: news_dev's and the events_probe README's (the figure is a quantity the text gives; the injured are
never the figure; raids or shells only when no dead are told; a raised toll replaces the first; a whole whose
strikes are told each with its own dead is not an event of its own). Offsets are computed by build.build.

    python benchmarks/data/events_probe/build48.py      # rewrites gold48.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (FSA, GOV, HTS, ISR, PL, PROT, Q, RUS, SDF, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P48: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P48.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("dd01", "2020-02-03", "Syria TV", "the main act's dead after an adjunct naming another act «بعد ساعات من»",
        "أفاد الدفاع المدني السوري بأن قوات النظام قصفت بالمدفعية الثقيلة بلدة كنصفرة في جبل الزاوية، اليوم الاثنين، "
        "بعد ساعات من اشتباكات على محور الفطيرة المجاور، ما أدى إلى مقتل ثلاثة مدنيين بينهم طفلة. وكانت الاشتباكات "
        "قد اندلعت فجراً إثر محاولة تسلل لقوات النظام.",
        [E("shelling", Q("ثلاثة", 3), PL("كنصفرة", "Kansafrah", "Idlib"), "2020-02-03", "الدفاع المدني السوري", GOV,
           note="«ما أدى إلى» follows the main verb's act, not the clash named in the time adjunct"),
         E("armed_clash", None, PL("الفطيرة", "al-Fatirah", "Idlib"), "2020-02-03", "الدفاع المدني السوري", GOV,
           note="no dead of its own")])

passage("dd02", "2019-06-09", "SOHR", "two acts joined by «بالتزامن مع», the dead placed at the first act's town",
        "شنت طائرات حربية روسية غارات على قرية البارة في ريف إدلب الجنوبي، اليوم الأحد، بالتزامن مع قصف مدفعي لقوات "
        "النظام على بلدة كفرعويد، ما أسفر عن مقتل خمسة مدنيين في البارة، وفق ما وثقه المرصد السوري لحقوق الإنسان.",
        [E("airstrike", Q("خمسة", 5), PL("البارة", "al-Barah", "Idlib"), "2019-06-09", "المرصد السوري لحقوق الإنسان",
           RUS, note="the dead are told at al-Bara"),
         E("shelling", None, PL("كفرعويد", "Kafr Uwayd", "Idlib"), "2019-06-09", "المرصد السوري لحقوق الإنسان", GOV)])

passage("dd03", "2021-11-16", "Enab Baladi", "an act told with no losses beside the dead of another act",
        "قُتل أربعة عناصر من قوات النظام بانفجار لغم أرضي بسيارتهم قرب قرية أم باطنة في ريف القنيطرة، يوم الثلاثاء. "
        "وفي ريف درعا الغربي، اندلعت اشتباكات بين مسلحين محليين ودورية للأمن العسكري في محيط بلدة المزيريب، دون ورود "
        "أنباء عن خسائر بشرية.",
        [E("explosion", Q("أربعة", 4), PL("أم باطنة", "Umm Batinah", "Quneitra"), "2021-11-16", None, UNK),
         E("armed_clash", None, PL("المزيريب", "al-Muzayrib", "Daraa"), "2021-11-16", None, UNK,
           note="«دون ورود أنباء عن خسائر»: no figure")])

passage("dd04", "2020-08-27", "Hawar", "shells counted when no dead are told; a recalled strike with a dual",
        "استهدفت مدفعية جيش الاحتلال التركي بعشرات القذائف قرية الدردارة في ريف ناحية تل تمر، صباح اليوم، دون تسجيل "
        "إصابات بين المدنيين. وكانت طائرة مسيرة تركية قد استهدفت أمس سيارة قرب قرية أم الكيف، ما أدى إلى مقتل شخصين.",
        [E("shelling", Q("عشرات", 20, 90, True), PL("الدردارة", "al-Dardarah", "Al-Hasakah"), "2020-08-27", None, TUR,
           note="no dead: the shells are the count"),
         E("airstrike", None, PL("أم الكيف", "Umm al-Kayf", "Al-Hasakah"), "2020-08-26", None, TUR,
           note="a recall with its own day and place; «شخصين» is a dual, no numeral")])

passage("dd05", "2018-05-12", "Enab Baladi", "a convoy's people in the next sentence «الدفعة ضمت … تقل قرابة»",
        "خرجت صباح اليوم الدفعة الثانية من مهجري مدينة التل في ريف دمشق باتجاه الشمال السوري، بموجب اتفاق التسوية "
        "الذي رعته روسيا. وقال مراسل عنب بلدي إن الدفعة ضمت 38 حافلة تقل قرابة 1900 شخص، بينهم 450 مقاتلاً رافضاً "
        "للتسوية.",
        [E("other", Q("قرابة 1900", 1900, 1900, True), PL("التل", "al-Tall", "Rif Dimashq"), "2018-05-12",
           "مراسل عنب بلدي", GOV, note="the people, not the buses nor the fighters (a part)")])

passage("dd06", "2018-04-20", "Baladi News", "a convoy's people in the next sentence «وتضم القافلة … على متنها»",
        "خرجت من حي القدم جنوبي دمشق، مساء الجمعة، قافلة جديدة من المهجرين باتجاه ريف حلب الشمالي. وتضم القافلة 21 "
        "حافلة على متنها 1120 شخصاً، بحسب ما أفاد به مراسل بلدي نيوز.",
        [E("other", Q("1120", 1120), PL("القدم", "al-Qadam", "Damascus"), "2018-04-20", "مراسل بلدي نيوز", GOV)])

passage("dd07", "2018-05-07", "SANA", "a convoy: a vague crowd first, the count of those who left in a later clause",
        "غادر مئات المسلحين وعائلاتهم مدينة الرستن في ريف حمص الشمالي، اليوم الاثنين، على متن حافلات باتجاه إدلب، "
        "وبلغ عدد من خرجوا في هذه الدفعة 2640 شخصاً، وفق مصدر في الهلال الأحمر.",
        [E("other", Q("2640", 2640), PL("الرستن", "al-Rastan", "Homs"), "2018-05-07", "مصدر في الهلال الأحمر", GOV,
           note="the count of those who left, not «مئات»")])

passage("dd08", "2019-08-14", "Syria TV", "bodies recovered from the ruins of a strike",
        "انتشلت فرق الدفاع المدني، صباح اليوم، جثث سبعة مدنيين بينهم ثلاثة أطفال من تحت أنقاض منزل في بلدة معرة حرمة "
        "بريف إدلب الجنوبي، كانت غارة جوية روسية قد دمرته ليلة أمس.",
        [E("airstrike", Q("سبعة", 7), PL("معرة حرمة", "Maarat Hurmah", "Idlib"), "2019-08-13", None, RUS,
           note="the bodies are the strike's dead; the recovery is no event of its own")])

passage("dd09", "2016-11-24", "Halab Today", "the act first, the bodies pulled out in the next sentence",
        "قصفت طائرات حربية تابعة للنظام بلدة حيان في ريف حلب الشمالي بعدة صواريخ، مساء الخميس. وقال ناشطون إن فرق "
        "الإنقاذ أخرجت جثامين تسعة أشخاص من بين الركام، فيما لا يزال البحث جارياً عن مفقودين.",
        [E("airstrike", Q("تسعة", 9), PL("حيان", "Hayyan", "Aleppo"), "2016-11-24", "ناشطون", GOV)])

passage("dd10", "2020-01-15", "Response Coordinators", "a toll raised in the same sentence «قبل أن ترتفع الحصيلة إلى»",
        "قُتل ستة مدنيين في حصيلة أولية جراء قصف صاروخي على مدينة أريحا جنوبي إدلب، قبل أن ترتفع الحصيلة ظهراً إلى 11 "
        "قتيلاً بوفاة جرحى متأثرين بإصاباتهم، بحسب فريق منسقو استجابة سوريا.",
        [E("shelling", Q("11", 11), PL("أريحا", "Ariha", "Idlib"), "2020-01-15", "فريق منسقو استجابة سوريا", GOV,
           note="the raised toll replaces the first")])

passage("dd11", "2024-02-21", "SANA", "a raised toll with the earlier one after it «بعدما كانت حصيلة سابقة»",
        "ارتفع عدد ضحايا العدوان الإسرائيلي على مبنى سكني في حي المزة بدمشق إلى ثمانية شهداء، بعدما كانت حصيلة سابقة "
        "قد أشارت إلى ثلاثة، وفق ما نقلت وكالة سانا عن مصدر طبي.",
        [E("airstrike", Q("ثمانية", 8), PL("المزة", "al-Mazzeh", "Damascus"), "2024-02-21", "مصدر طبي", ISR)])

passage("dd12", "2022-07-19", "North Press", "a toll raised in the next sentence «أعلنت … ارتفاع عدد القتلى إلى»",
        "استهدفت طائرة مسيرة تركية سيارة مدنية قرب قرية خربة عمو شرقي القامشلي، ظهر اليوم، ما أدى إلى مقتل شخصين "
        "وإصابة ثلاثة. وفي وقت لاحق، أعلنت هيئة الصحة في الإدارة الذاتية ارتفاع عدد القتلى إلى أربعة بعد وفاة جريحين "
        "في المشفى.",
        [E("airstrike", Q("أربعة", 4), PL("خربة عمو", "Khirbat Ammu", "Al-Hasakah"), "2022-07-19",
           "هيئة الصحة في الإدارة الذاتية", TUR,
           note="the update replaces the first toll (a dual); the next sentence's source comes back to the strike")])

passage("dd13", "2019-12-23", "Al-Hurra", "a whole told first, each strike with its own dead after",
        "قُتل ثمانية مدنيين، اليوم الاثنين، في غارات جوية روسية على ريف إدلب الجنوبي، بحسب الدفاع المدني السوري. "
        "وأوضح الدفاع المدني أن غارة استهدفت منزلاً في بلدة كفرسجنة وقتلت خمسة من أفراد عائلة واحدة، فيما قتلت غارة "
        "ثانية ثلاثة مدنيين في قرية الشيخ مصطفى.",
        [E("airstrike", Q("خمسة", 5), PL("كفرسجنة", "Kafr Sijnah", "Idlib"), "2019-12-23", "الدفاع المدني السوري", RUS,
           note="the whole (8) is the sum of the two strikes told after"),
         E("airstrike", Q("ثلاثة", 3, nth=0), PL("الشيخ مصطفى", "al-Shaykh Mustafa", "Idlib"), "2019-12-23",
           "الدفاع المدني السوري", RUS)])

passage("dd14", "2017-03-02", "SANA", "killed and injured told apart «ارتقى ثلاثة … وأصيب تسعة آخرون»",
        "حمص-سانا: ارتقى ثلاثة مواطنين وأصيب تسعة آخرون جراء سقوط قذائف صاروخية أطلقها إرهابيون على حي الزهراء في "
        "مدينة حمص، وفق ما أفاد مصدر في قيادة الشرطة.",
        [E("shelling", Q("ثلاثة", 3), PL("الزهراء", "al-Zahraa", "Homs"), "2017-03-02", "مصدر في قيادة الشرطة", FSA,
           note="the killed are the figure; the injured never")])

passage("dd15", "2021-04-08", "Step", "trap: the injured alone (no figure)",
        "أصيب خمسة مدنيين بجروح، اليوم الخميس، جراء قصف مدفعي لقوات النظام على بلدة سرمين شرقي إدلب، بحسب الدفاع "
        "المدني السوري.",
        [E("shelling", None, PL("سرمين", "Sarmin", "Idlib"), "2021-04-08", "الدفاع المدني السوري", GOV,
           note="the injured are never the figure (the seen sets' majority)")])

passage("dd16", "2022-03-13", "Horan Free League", "trap: a sum with a singular «ضابط وأربعة عناصر» (no figure)",
        "قُتل ضابط وأربعة عناصر من الجيش السوري بهجوم شنه مسلحون مجهولون على حاجز عسكري قرب مدينة الصنمين شمالي درعا، "
        "مساء الأحد، بحسب تجمع أحرار حوران.",
        [E("armed_clash", None, PL("الصنمين", "al-Sanamayn", "Daraa"), "2022-03-13", "تجمع أحرار حوران", UNK,
           note="«أربعة» is a part of a sum the text does not give: no figure (set 28 cv41)")])

passage("dd17", "2019-05-30", "Step", "trap: houses counted, the dead with no numeral",
        "دمرت غارات روسية 14 منزلاً في قرية الحواش بسهل الغاب، وأدت إلى مقتل امرأة وطفليها، بحسب ناشطين.",
        [E("airstrike", None, PL("الحواش", "al-Hawash", "Hama"), "2019-05-30", "ناشطين", RUS,
           note="houses are no figure of a strike; the dead carry no numeral")])

passage("dd18", "2019-05-04", "SOHR", "raids counted when no dead are told",
        "نفذ الطيران الحربي الروسي 16 غارة على محيط بلدة اللطامنة في ريف حماة الشمالي منذ صباح اليوم، دون ورود "
        "معلومات عن ضحايا، بحسب المرصد السوري لحقوق الإنسان.",
        [E("airstrike", Q("16", 16), PL("اللطامنة", "al-Lataminah", "Hama"), "2019-05-04",
           "المرصد السوري لحقوق الإنسان", RUS)])

passage("dd19", "2019-07-11", "SOHR", "a taking after fighting at the same village: one event with the fighting's dead",
        "سيطرت فصائل المعارضة على قرية تل ملح في ريف حماة الشمالي، اليوم الخميس، بعد اشتباكات مع قوات النظام أوقعت 11 "
        "قتيلاً من الطرفين، وفق المرصد السوري.",
        [E("territory_change", Q("11", 11), PL("تل ملح", "Tall Milh", "Hama"), "2019-07-11", "المرصد السوري", FSA,
           note="MENDED stop 30 (figures): the taking and the fighting at the same village are one event with the "
                "fighting's dead, as sets 8 x06 and 9 y09 code «سيطرت … بعد معارك … قتل فيها 11» (was: a taking "
                "with no figure and a clash with 11; a clash at a place of its own stays an event, set 18 b36)")])

passage("dd20", "2023-10-18", "Syria TV", "the dead of a drone strike, a clash nearby with none",
        "أفاد مراسل تلفزيون سوريا بأن ثلاثة عناصر من هيئة تحرير الشام قُتلوا إثر استهداف مسيرة انتحارية لنقطة عسكرية "
        "قرب قرية الكبينة في ريف اللاذقية، فيما دارت اشتباكات متقطعة على محور التفاحية المجاور.",
        [E("airstrike", Q("ثلاثة", 3), PL("الكبينة", "Kabbani", "Latakia"), "2023-10-18", "مراسل تلفزيون سوريا", GOV),
         E("armed_clash", None, PL("التفاحية", "al-Tuffahiyah", "Latakia"), "2023-10-18", "مراسل تلفزيون سوريا", GOV)])

passage("dd21", "2017-04-19", "Asharq Al-Awsat", "the buses carry the people «أقلّت 40 حافلة نحو 2100 شخص»",
        "أقلّت 40 حافلة نحو 2100 شخص من مقاتلي المعارضة وعائلاتهم من بلدة مضايا في ريف دمشق، ليل الأربعاء، باتجاه "
        "محافظة إدلب، في إطار اتفاق المدن الأربع.",
        [E("other", Q("نحو 2100", 2100, 2100, True), PL("مضايا", "Madaya", "Rif Dimashq"), "2017-04-19", None, GOV,
           note="the people, not the buses")])

passage("dd22", "2017-02-16", "Horan Free League", "the act first, its toll in the next sentence «وأسفر القصف عن»",
        "تعرضت أحياء درعا البلد لقصف مكثف بصواريخ أرض-أرض من قبل قوات النظام، فجر اليوم الخميس. وأسفر القصف عن مقتل "
        "ستة مدنيين، بينهم امرأتان، وإصابة أكثر من 15 آخرين، بحسب تجمع أحرار حوران.",
        [E("shelling", Q("ستة", 6), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2017-02-16", "تجمع أحرار حوران",
           GOV)])

passage("dd23", "2022-05-11", "North Press", "a dual (no figure) and a recalled blast with its own toll",
        "قُتل طفلان بانفجار لغم من مخلفات الحرب في بلدة تل عرن جنوب شرقي حلب، اليوم الأربعاء. وكان انفجار مماثل قد "
        "أودى في نيسان الماضي بحياة خمسة عمال في أرض زراعية قرب بلدة دير حافر.",
        [E("explosion", None, PL("تل عرن", "Tell Aran", "Aleppo"), "2022-05-11", None, None,
           note="«طفلان» is a dual, no numeral"),
         E("explosion", Q("خمسة", 5), PL("دير حافر", "Dayr Hafir", "Aleppo"), None, None, None,
           note="a recall with its own month and place: an event of its own")])

passage("dd24", "2022-09-05", "Response Coordinators", "a month's sum, then the latest attack with one injured",
        "قال فريق منسقو استجابة سوريا إن 43 مدنياً قتلوا منذ مطلع الشهر الماضي في هجمات قوات النظام على شمال غربي "
        "سوريا. وفي أحدث هذه الهجمات، قصفت قوات النظام مدينة الأتارب غربي حلب صباح اليوم، ما أدى إلى إصابة امرأة.",
        [E("casualties", Q("43", 43), None, None, "فريق منسقو استجابة سوريا", GOV, kind="aggregate",
           note="a sum over a period and a region"),
         E("shelling", None, PL("الأتارب", "al-Atarib", "Aleppo"), "2022-09-05", None, GOV,
           note="the month's dead are not this attack's; the injured woman is no figure")])

passage("dd25", "2019-05-20", "Response Coordinators", "negative: a forecast",
        "حذر فريق منسقو استجابة سوريا من أن استمرار التصعيد العسكري قد يدفع أكثر من 200 ألف مدني إلى النزوح من ريف "
        "إدلب الجنوبي خلال الأسابيع المقبلة، داعياً المنظمات الإنسانية إلى الاستعداد.",
        [E("statement", None, PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"), None, 'فريق منسقو استجابة سوريا', None, note="MENDED stop 32 (conventions): a monitor's warning is a statement (stop 32), at the area it concerns")])

passage("dd26", "2023-01-09", "North Press", "negative: prices",
        "ارتفع سعر ربطة الخبز في مدينة الحسكة إلى 1500 ليرة سورية، بعد أن رفعت الإدارة الذاتية سعر الطحين المدعوم "
        "بنسبة 30 بالمئة، وسط استياء بين السكان.",
        [])

passage("dd27", "2011-05-06", "Al Jazeera", "a crowd shot at: the killed are the figure of the protest",
        "أطلقت عناصر الأمن النار على مئات المتظاهرين الذين خرجوا في مدينة جاسم بريف درعا بعد صلاة الجمعة، فقُتل أربعة "
        "منهم وجُرح آخرون، بحسب ناشطين.",
        [E("protest", Q("أربعة", 4), PL("جاسم", "Jasim", "Daraa"), "2011-05-06", "ناشطين", PROT,
           note="a protest with fatalities (the killed are its figure)")])

passage("dd28", "2020-10-13", "Horan Free League", "an arrest campaign's figure after «طالت», a part after «بينهم»",
        "داهمت دوريات من الأمن العسكري منازل في بلدة الكرك الشرقي بريف درعا، فجر الثلاثاء، في حملة اعتقالات طالت 13 "
        "شاباً، بينهم ثلاثة من المنشقين السابقين.",
        [E("arrest", Q("13", 13), PL("الكرك الشرقي", "al-Karak al-Sharqi", "Daraa"), "2020-10-13", None, GOV)])

passage("dd29", "2012-09-03", "Zaman al-Wasl", "a defection: the figure, its rank part, and a unit by ordinal",
        "انشق 9 عناصر من الفرقة الرابعة، بينهم ملازم أول، عن قوات النظام في بلدة كناكر بريف دمشق الغربي، بحسب تجمع "
        "ناشطي المنطقة.",
        [E("defection", Q("9", 9), PL("كناكر", "Kanakir", "Rif Dimashq"), "2012-09-03", "تجمع ناشطي المنطقة", GOV)])

passage("dd30", "2021-06-22", "Nabaa", "shooting at a car, then a clash «دون ورود أنباء عن خسائر» at the same town",
        "أطلق مسلحون مجهولون النار على سيارة تقل مدنيين قرب بلدة المسيفرة في ريف درعا الشرقي، ما أدى إلى مقتل ثلاثة "
        "منهم. وبعد ساعات، اندلعت اشتباكات بين مجموعة محلية وعناصر من الأمن العسكري في محيط البلدة ذاتها، دون ورود "
        "أنباء عن خسائر.",
        [E("armed_clash", Q("ثلاثة", 3), PL("المسيفرة", "al-Musayfirah", "Daraa"), "2021-06-22", None, UNK,
           note="a killing by gunmen is an armed_clash (README, stop 30)"),
         E("armed_clash", None, PL("المسيفرة", "al-Musayfirah", "Daraa", nth=0), "2021-06-22", None, UNK,
           note="told with no losses: not the shooting's dead")])

passage("dd31", "2019-07-24", "RT Arabic", "negative: a denial naming a reported toll",
        "نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت سوقاً شعبياً في مدينة معرة النعمان، ووصفت التقارير عن مقتل "
        "20 مدنياً في الغارة بأنها «مفبركة».",
        [E("statement", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), None, 'وزارة الدفاع الروسية', RUS, note="MENDED stop 32 (conventions): a denial that is the item's news is a statement (stop 32), at the place it concerns")])

passage("dd32", "2022-01-13", "DW Arabic", "negative: a trial abroad with a count of victims",
        "أصدرت محكمة ألمانية حكماً بالسجن تسع سنوات على عنصر سابق في المخابرات السورية، بعد إدانته بالمشاركة في تعذيب "
        "30 معتقلاً على الأقل في أحد فروع الأمن بدمشق.",
        [])


def main() -> None:
    write("gold48.jsonl", P48)


if __name__ == "__main__":
    main()
