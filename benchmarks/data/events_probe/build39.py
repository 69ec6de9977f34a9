"""Build gold39.jsonl: coverage set 39 (ids cf01…), written in stop 29 by helper `figures` BEFORE any run on it.

A coverage set for the EVENT'S OWN FIGURE (its count or its dead): every passage carries one common way real
Arabic reporting tells how many an act touched, read first in the search tool's `pages` corpus (tolls of air
raids and shelling, car bombs and IEDs, clashes, arrests, defections, protests, displacement; never copied):
a bare figure with a hedge after its noun («14 مدنياً على الأقل»), a hedge before («نحو، قرابة، حوالي، أكثر
من، ما لا يقل عن»), vague figures («العشرات، عشرات، المئات، الآلاف»), a whole and its parts («بينهم، من
بينهم، توزعوا بين»), killed and wounded told apart or together («قتيلاً وجريحاً»، «بين قتيل وجريح»), number
words and duals, a toll told in the next sentence, a toll raised («ارتفعت حصيلة … إلى») after a first toll,
figures of the wrong thing beside the dead (houses, cars, raids, shells, vehicles, days, a unit's number,
ages, prices), a figure of an earlier incident in a recap, two tellings with different figures, running
totals, and people named or described with no numeral (a list of names, «امرأة وأحد أطفالها», «شاب
وطفلان»: no figure, as the sets before code singulars and duals). About ten passages hold no event or
nearly none (an accident, a warning, prices, a denial, a training course, a trial, a commemoration).
People, villages, figures and dates are invented or varied. Offsets are computed by build.build (the n-th
occurrence) and checked.

Gold conventions followed (news_dev README, events_probe README and the earlier sets' notes): the figure is
a quantity the text gives (a singular noun, a dual noun and a list of names are none); the dead are the
figure of a deadly act, the injured never are; shells or raids are the count only when no dead are
numbered; a joint killed-and-wounded figure is the act's figure when the text gives no dead of their own,
and the dead inside it when it does; a toll raised replaces the first; of two tellings, the first.

    python benchmarks/data/events_probe/build39.py      # rewrites gold39.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   UNID, write)

SOHR = "المرصد السوري لحقوق الإنسان"
P39: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P39.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


# -- hedges after and before the figure --------------------------------------------------------------
passage("cf01", "2019-05-28", "Syria TV", "a bare figure, «على الأقل» after its noun, a split «بينهم» of two parts",
        "قُتل 14 مدنياً على الأقل، بينهم خمسة أطفال وثلاث نساء، اليوم الثلاثاء، جراء غارات نفذتها طائرات حربية "
        "روسية على مدينة أريحا في ريف إدلب الجنوبي، وفق ما وثقه المرصد السوري لحقوق الإنسان. وأشار المرصد إلى أن "
        "عدد القتلى مرشح للارتفاع بسبب وجود جرحى في حالات خطرة، فيما تواصل فرق الدفاع المدني البحث عن عالقين تحت "
        "أنقاض ثلاثة مبانٍ.",
        [E("airstrike", Q("14", 14, None, True), PL("أريحا", "Ariha", "Idlib"), "2019-05-28", SOHR, RUS,
           note="a hedge after the noun and a breakdown: at least 14; the buildings are no figure")])

passage("cf02", "2020-01-15", "Enab Baladi", "«نحو» before the dead, «أكثر من» before the injured",
        "قُتل نحو 20 مدنياً وأصيب أكثر من 60 آخرين بجروح متفاوتة، صباح اليوم، في قصف صاروخي لقوات النظام استهدف "
        "سوقاً شعبياً وسط مدينة سرمدا شمالي إدلب، بحسب الدفاع المدني السوري. وأوضح الدفاع المدني أن الصواريخ سقطت "
        "في ساعة الذروة، وأن فرقه نقلت المصابين إلى أربعة مشافٍ في المنطقة.",
        [E("shelling", Q("نحو 20", 20, 20, True), PL("سرمدا", "Sarmada", "Idlib"), "2020-01-15",
           "الدفاع المدني السوري", GOV, note="rockets are shelling; a market in the town: the town; the injured and "
                                              "the hospitals are no figure")])

passage("cf03", "2016-04-22", "Al Jazeera", "«قرابة» in words; «العشرات» of the injured; a second strike with no toll",
        "قالت مصادر طبية في حلب إن قرابة ثلاثين شخصاً قتلوا وجرح العشرات، اليوم، في غارات جوية استهدفت حي بستان "
        "القصر الخاضع لسيطرة المعارضة، وإن من بين القتلى سبعة أطفال. في حين تحدث ناشطون عن غارات مماثلة على حي "
        "الكلاسة المجاور لم تسفر عن ضحايا.",
        [E("airstrike", Q("قرابة ثلاثين", 30, 30, True), PL("بستان القصر", "Bustan al-Qasr", "Aleppo"), "2016-04-22",
           "مصادر طبية", None, note="no air force named; the children are a part; the injured are no figure"),
         E("airstrike", None, PL("الكلاسة", "al-Kallaseh", "Aleppo"), None, "ناشطون", None,
           note="a second strike told with no toll: no figure")])

passage("cf04", "2021-09-10", "Syria TV", "«ما لا يقل عن» before an arrest count; participants and vehicles beside it",
        "شنت قوات النظام حملة دهم واعتقالات في مدينة الصنمين بريف درعا الشمالي، فجر اليوم، اعتقلت خلالها ما لا يقل "
        "عن 17 شاباً بينهم طالبان جامعيان، بحسب تجمع أحرار حوران. وأشار التجمع إلى أن الحملة شارك فيها نحو 200 "
        "عنصر من فرع الأمن العسكري تساندهم خمس عربات مصفحة.",
        [E("arrest", Q("ما لا يقل عن 17", 17, None, True), PL("الصنمين", "al-Sanamayn", "Daraa"), "2021-09-10",
           "تجمع أحرار حوران", GOV, note="the raiders (200) and their vehicles are no figure of the arrest")])

passage("cf05", "2019-07-26", "Baladi News", "vague «العشرات» as the arrest count; an ordinal and a year after it",
        "اعتقلت دوريات تابعة للمخابرات الجوية العشرات من أبناء بلدة المسيفرة في ريف درعا الشرقي، أمس الخميس، خلال "
        "مداهمات طالت منازل مطلوبين للخدمة الاحتياطية، وفق ما ذكرته مصادر محلية لبلدي نيوز. وتعد هذه الحملة "
        "الثالثة التي تشهدها البلدة منذ توقيع اتفاق التسوية في تموز 2018.",
        [E("arrest", Q("العشرات", 20, 90, True), PL("المسيفرة", "al-Musayfirah", "Daraa"), "2019-07-25",
           "مصادر محلية", GOV, note="«الثالثة» is an ordinal, 2018 a year")])

# -- killed and wounded together -------------------------------------------------------------------
passage("cf06", "2017-02-24", "Reuters", "a joint «قتيلاً وجريحاً» figure with the dead inside it («بينهم 42 قتيلاً على الأقل»)",
        "أسفر تفجير سيارة مفخخة عند حاجز لفصائل المعارضة قرب قرية سوسيان شمال غربي مدينة الباب عن سقوط 51 قتيلاً "
        "وجريحاً، بينهم 42 قتيلاً على الأقل معظمهم من المدنيين، بحسب المرصد السوري لحقوق الإنسان. وقال المرصد إن "
        "السيارة انفجرت أثناء تجمع أهالٍ كانوا ينتظرون العودة إلى قراهم.",
        [E("explosion", Q("42", 42, None, True), PL("سوسيان", "Susiyan", "Aleppo"), "2017-02-24", SOHR, UNID,
           note="the dead named inside a joint figure are the act's figure (p19, ca38); no one claimed it")])

passage("cf07", "2018-03-05", "Halab Today", "a joint figure alone, «أكثر من 30 شخصاً بين قتيل وجريح»",
        "سقط أكثر من 30 شخصاً بين قتيل وجريح، مساء اليوم، جراء قصف مدفعي لقوات النظام على الأحياء السكنية في بلدة "
        "كفربطنا بالغوطة الشرقية، وفق ما أفاد مراسل حلب اليوم. وأضاف المراسل أن فرق الإسعاف عجزت عن الوصول إلى "
        "بعض المصابين بسبب استمرار القصف على البلدة.",
        [E("shelling", Q("أكثر من 30", 30, None, True), PL("كفربطنا", "Kafr Batna", "Rif Dimashq"), "2018-03-05",
           "مراسل حلب اليوم", GOV, note="a joint figure with no dead of their own: the one figure the text gives "
                                          "of the act (its count)")])

passage("cf08", "2016-06-12", "Shaam", "a joint «قتيلاً وجريحاً» figure alone, after «أوقع»",
        "أوقع انفجار عبوة ناسفة زرعها مجهولون داخل حافلة مبيت عسكرية عند مدخل مدينة جبلة 13 قتيلاً وجريحاً من "
        "عناصر قوات النظام، ظهر اليوم، بحسب ما ذكرته شبكة شام الإخبارية. ولم تتبن أي جهة التفجير حتى ساعة إعداد "
        "هذا الخبر، في حين فرضت الأجهزة الأمنية طوقاً حول المكان.",
        [E("explosion", Q("13", 13), PL("جبلة", "Jableh", "Latakia"), "2016-06-12", "شبكة شام الإخبارية", UNID,
           note="a joint figure alone: the act's count; unclaimed")])

passage("cf09", "2015-10-03", "SANA", "state agency: dead and injured in words, «استشهد … وأصيب … آخرون»",
        "حلب-سانا\n"
        "استشهد سبعة مواطنين وأصيب تسعة آخرون جراء اعتداء المجموعات الإرهابية بالقذائف الصاروخية على بلدة نبل في "
        "ريف حلب الشمالي، وفق ما أفاد مصدر في قيادة الشرطة لمراسل سانا. وبين المصدر أن القذائف أطلقت من محيط بلدة "
        "ماير وألحقت أضراراً بعدد من المنازل والسيارات.",
        [E("shelling", Q("سبعة", 7), PL("نبل", "Nubl", "Aleppo"), "2015-10-03", "مصدر في قيادة الشرطة", FSA,
           note="SANA's «terrorist groups» of 2015: the opposition; Mayer is where fire came from")])

passage("cf10", "2022-04-18", "Daraa 24", "a dual dead and one injured: no figure",
        "قُتل عنصران من فرع الأمن العسكري وأصيب ثالث، مساء أمس، بانفجار عبوة ناسفة استهدفت سيارتهم على الطريق "
        "الواصل بين بلدتي المزيريب واليادودة غربي درعا، بحسب موقع درعا 24. وأوضح الموقع أن المصاب نقل إلى المشفى "
        "الوطني في مدينة درعا لتلقي العلاج.",
        [E("explosion", None, PL("المزيريب", "Muzayrib", "Daraa"), "2022-04-17", "موقع درعا 24", UNID,
           note="two dead told by a dual noun and one injured: no numeral, no figure (sets 21, 28, 29, 37)")])

passage("cf11", "2020-08-20", "SOHR", "a number word of two words («أحد عشر»); the other side's losses unnumbered",
        "وثق المرصد السوري لحقوق الإنسان مقتل أحد عشر عنصراً من قوات النظام والمسلحين الموالين لها، فجر اليوم، في "
        "هجوم شنه مقاتلو تنظيم الدولة الإسلامية على نقاط عسكرية في بادية الشولا جنوب غرب مدينة دير الزور. وأضاف "
        "المرصد أن التنظيم خسر عدداً من عناصره في الهجوم ذاته.",
        [E("armed_clash", Q("أحد عشر", 11), PL("الشولا", "al-Shula", "Deir ez-Zor"), "2020-08-20", SOHR, IS,
           note="«عدداً من» is no quantity")])

# -- the toll in the next sentence ------------------------------------------------------------------
passage("cf12", "2019-11-04", "Enab Baladi", "the act first, its toll in the next sentence («وأسفر القصف عن مقتل ستة»)",
        "قصفت طائرات حربية روسية بلدة كفرنبل في ريف إدلب الجنوبي بعدة غارات، بعد ظهر اليوم، مستهدفة الأحياء "
        "السكنية وسط البلدة. وأسفر القصف عن مقتل ستة مدنيين بينهم امرأتان، وإصابة 15 آخرين، بحسب ما وثقه مراسل عنب "
        "بلدي في المنطقة. وتتعرض البلدة منذ مطلع الشهر لقصف شبه يومي.",
        [E("airstrike", Q("ستة", 6), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2019-11-04", "مراسل عنب بلدي", RUS,
           note="the toll of the next sentence is the strike's; «عدة غارات» is no quantity; the daily shelling a state")])

passage("cf13", "2021-07-07", "North Press", "the toll in the next sentence as «حصيلة … بلغت ثلاثة قتلى»",
        "استهدفت طائرة مسيّرة تركية، مساء اليوم، سيارة مدنية على طريق القامشلي - عامودا في ريف الحسكة الشمالي. وقالت "
        "مصادر طبية في المشفى الوطني إن حصيلة الاستهداف بلغت ثلاثة قتلى، بينهم امرأة، فيما لا تزال حالة مصاب رابع "
        "حرجة. وتشهد المنطقة منذ أشهر هجمات متكررة بالطائرات المسيّرة على سيارات يقول الجيش التركي إنها تقل قياديين في «قسد».",
        [E("airstrike", Q("ثلاثة", 3), PL("القامشلي", "Qamishli", "Al-Hasakah"), "2021-07-07", "مصادر طبية", TUR,
           note="a road between two towns: its first end; the toll of the next sentence is the strike's")])

passage("cf14", "2018-02-21", "AFP", "a toll raised («ارتفعت حصيلة … إلى 37») and the first toll after it",
        "ارتفعت حصيلة القتلى جراء الغارات التي استهدفت مدينة عربين في الغوطة الشرقية إلى 37 مدنياً، بينهم تسعة "
        "أطفال، بعد انتشال جثث جديدة من تحت الأنقاض، بحسب ما وثقه المرصد السوري لحقوق الإنسان. وكانت حصيلة أولية "
        "أشارت إلى مقتل 21 شخصاً.",
        [E("airstrike", Q("37", 37), PL("عربين", "Arbin", "Rif Dimashq"), None, SOHR, None,
           note="the raised toll replaces the first (21: the same deaths); no air force named")])

passage("cf15", "2019-10-14", "Hawar", "a toll raised by one death («ارتفع عدد ضحايا … إلى 11 … بعد وفاة طفل»)",
        "ارتفع عدد ضحايا القصف التركي على بلدة تل تمر إلى 11 مدنياً بعد وفاة طفل متأثراً بجراحه صباح اليوم، بحسب "
        "ما أعلنته هيئة الصحة في الإدارة الذاتية. وكانت قذائف المدفعية التركية قد سقطت مساء أمس على سوق البلدة "
        "المكتظ بالمتسوقين.",
        [E("shelling", Q("11", 11), PL("تل تمر", "Tell Tamr", "Al-Hasakah"), "2019-10-13",
           "هيئة الصحة في الإدارة الذاتية", TUR, note="the raised toll; the child who died is in it; the shelling "
                                                        "was yesterday evening")])

# -- figures of the wrong thing beside the figure ---------------------------------------------------
passage("cf16", "2020-02-11", "Orient", "houses and cars destroyed before the dead; raids counted after",
        "دمرت غارات جوية روسية أربعة منازل وثلاث سيارات في بلدة حاس بجبل الزاوية، ظهر اليوم، ما أدى إلى مقتل خمسة "
        "مدنيين من عائلة واحدة، بحسب ما أفاد به مراسل أورينت نت. وأشار المراسل إلى أن الطائرات نفذت ثماني غارات "
        "متتالية على البلدة خلال أقل من ساعة.",
        [E("airstrike", Q("خمسة", 5), PL("حاس", "Has", "Idlib"), "2020-02-11", "مراسل أورينت نت", RUS,
           note="houses, cars and raids are not the figure when the dead are numbered (ca41)")])

passage("cf17", "2018-11-26", "Anadolu", "shells counted, two injured (a dual with a numeral), a reply",
        "أطلقت وحدات «بي كي كي/ي ب ك» الإرهابية 12 قذيفة صاروخية من مواقعها في تل رفعت على مدينة أعزاز شمالي سوريا، "
        "ما أسفر عن إصابة مدنيين اثنين بجروح، بحسب ما أفاد به مراسل الأناضول. وردت المدفعية التركية على مصادر "
        "النيران في محيط تل رفعت.",
        [E("shelling", Q("12", 12), PL("أعزاز", "Azaz", "Aleppo"), "2018-11-26", "مراسل الأناضول", SDF,
           note="no dead: the shells are the count (sets 10-21, ca15); the injured are never the figure"),
         E("shelling", None, PL("تل رفعت", "Tell Rifaat", "Aleppo", nth=1), "2018-11-26", "مراسل الأناضول", TUR,
           note="the reply at the sources of fire")])

passage("cf18", "2023-09-22", "Suwayda 24", "a protest's «المئات»; a day ordinal and a resolution number",
        "خرج المئات من أهالي محافظة السويداء، اليوم الجمعة، في مظاهرة حاشدة وسط مدينة السويداء، في اليوم الـ35 من "
        "الحراك الشعبي المطالب برحيل النظام وتطبيق القرار 2254، بحسب شبكة السويداء 24. ورفع المتظاهرون لافتات "
        "تطالب بالإفراج عن المعتقلين وكشف مصير المغيبين قسراً.",
        [E("protest", Q("المئات", 200, 900, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-09-22",
           "شبكة السويداء 24", PROT, note="«الـ35» is a day ordinal, 2254 a resolution number, «24» a name")])

passage("cf19", "2012-07-09", "Zaman al-Wasl", "a brigade's number beside a defection count; ranks as parts; a clash after",
        "انشق 23 عسكرياً من عناصر اللواء 52 عن قوات النظام في بلدة الحراك بريف درعا الشرقي، بينهم ملازم أول "
        "ومساعدان، وانضموا إلى كتائب الجيش الحر، بحسب ما أكده ناشطون لزمان الوصل. وقال الناشطون إن اشتباكات "
        "اندلعت عقب الانشقاق بين المنشقين وعناصر حاجز قريب دون ورود أنباء عن إصابات.",
        [E("defection", Q("23", 23), PL("الحراك", "al-Hirak", "Daraa"), None, "ناشطون", GOV,
           note="«اللواء 52» names a unit, never a figure; the ranks are parts"),
         E("armed_clash", None, PL("الحراك", "al-Hirak", "Daraa"), None, "ناشطون", None,
           note="the clash after the defection: no figure, no actor1")])

# -- a figure of an earlier incident ------------------------------------------------------------------
passage("cf20", "2022-03-02", "Daraa 24", "the new attack's toll, then «وكان هجوم مماثل قد أسفر … عن مقتل خمسة»",
        "قُتل ثلاثة عناصر من قوات النظام وأصيب اثنان آخران، فجر اليوم، بهجوم شنه مسلحون مجهولون على حاجز عند مدخل "
        "بلدة طفس، بحسب موقع درعا 24. وكان هجوم مماثل على الحاجز ذاته قد أسفر مطلع الشهر الماضي عن مقتل خمسة "
        "عناصر، في واحدة من أكثر الهجمات دموية في ريف درعا الغربي منذ أشهر.",
        [E("armed_clash", Q("ثلاثة", 3), PL("طفس", "Tafas", "Daraa"), "2022-03-02", "موقع درعا 24", UNID),
         E("armed_clash", Q("خمسة", 5), PL("طفس", "Tafas", "Daraa"), None, "موقع درعا 24", None,
           note="a recalled attack with its own toll: an event of its own, not a figure of the new one")])

passage("cf21", "2019-05-09", "AFP", "«وجاءت هذه الحصيلة غداة مقتل تسعة …»: the day before's toll is another act",
        "قتل 12 مدنياً بينهم ثلاثة أطفال، اليوم الخميس، في قصف مدفعي لقوات النظام على مدينة خان شيخون في ريف إدلب "
        "الجنوبي، وفق ما أحصى المرصد السوري لحقوق الإنسان. وجاءت هذه الحصيلة غداة مقتل تسعة مدنيين في غارات روسية "
        "على قرى عدة في ريف حماة الشمالي.",
        [E("shelling", Q("12", 12), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-05-09", SOHR, GOV),
         E("airstrike", Q("تسعة", 9), PL("ريف حماة الشمالي", "Northern Hama countryside", "Hama"), "2019-05-08", SOHR,
           RUS, note="the day before: a recalled act with its own toll")])

# -- no numeral: names, persons described, «أحد» -------------------------------------------------------
passage("cf22", "2016-03-30", "Syrian Press Center", "«استشهد كل من» with three names: no numeral",
        "استشهد كل من الشاب محمد خالد العمر والطفلة سلمى عبد الله الحسين والسيدة فاطمة الأحمد، صباح اليوم، جراء "
        "قصف مروحي بالبراميل المتفجرة على بلدة اللطامنة في ريف حماة الشمالي، بحسب ما أفاد مراسل المركز الصحفي "
        "السوري. وأشار المراسل إلى أن البراميل ألحقت دماراً واسعاً بمنازل المدنيين.",
        [E("airstrike", None, PL("اللطامنة", "al-Lataminah", "Hama"), "2016-03-30", "مراسل المركز الصحفي السوري", GOV,
           note="a list of names is no quantity the text gives: no figure (a second coder could count three)")])

passage("cf23", "2020-06-15", "Syrian Civil Defence", "«شاب وطفلان» and «والدتهما»: persons with no numeral",
        "قُتل شاب وطفلان من عائلة واحدة وأصيبت والدتهما، ظهر اليوم، بانفجار لغم أرضي من مخلفات الحرب أثناء عملهم في "
        "أرض زراعية قرب قرية معرشورين شرقي معرة النعمان، وفق ما أفاد الدفاع المدني السوري. ودعا الدفاع المدني "
        "الأهالي إلى عدم الاقتراب من الأراضي التي لم تمسح بعد.",
        [E("explosion", None, PL("معرشورين", "Maar Shurin", "Idlib"), "2020-06-15", "الدفاع المدني السوري", None,
           note="a singular and a dual: no figure; a war remnant has no actor; the call is no event"),
         E("statement", None, None, None, 'الدفاع المدني', None, note="MENDED stop 32 (conventions): a named body's call is a statement (stop 32, as set 65 id18)")])

passage("cf24", "2019-12-21", "Halab Today", "a dual «قتيلين» with four injured; where fire came from",
        "أسفر قصف صاروخي مصدره مواقع قوات النظام قرب مدينة سراقب عن سقوط قتيلين وأربعة جرحى في بلدة تفتناز المجاورة، "
        "صباح اليوم، بحسب ما أفاد به مراسل حلب اليوم. وأوضح المراسل أن الصواريخ استهدفت منازل المدنيين على أطراف "
        "البلدة الشرقية. وتعد البلدة من أكثر المناطق تعرضاً للقصف منذ بدء الحملة العسكرية الأخيرة.",
        [E("shelling", None, PL("تفتناز", "Taftanaz", "Idlib"), "2019-12-21", "مراسل حلب اليوم", GOV,
           note="two dead by a dual: no figure; the injured are none; Saraqib is where fire came from")])

passage("cf25", "2018-09-04", "Al-Araby", "«قتلت امرأة وأحد أطفالها»: «أحد» is one of, no figure",
        "قُتلت امرأة وأحد أطفالها وأصيب طفلان آخران، مساء اليوم، بقصف مدفعي لقوات النظام على قرية الهبيط في ريف "
        "إدلب الجنوبي، وفق ما قاله مصدر في الدفاع المدني. وأوضح المصدر أن القذائف استهدفت منازل المدنيين بشكل مباشر "
        "وأن القصف تواصل حتى ساعات الليل.",
        [E("shelling", None, PL("الهبيط", "Hbit", "Idlib"), "2018-09-04", "مصدر في الدفاع المدني", GOV,
           note="a woman and «one of her children»: no numeral of the dead; the dual injured are none")])

passage("cf26", "2025-03-04", "Enab Baladi", "«قتل أحد عناصر» and «اثنان آخران»: one dead, no figure",
        "قُتل أحد عناصر الأمن العام وأصيب اثنان آخران برصاص مسلحين من فلول النظام البائد هاجموا نقطة أمنية في قرية "
        "الدالية بريف جبلة، مساء أمس، وفق ما أعلنته وزارة الداخلية. وقالت الوزارة إن قواتها طوقت المنطقة وبدأت "
        "عمليات تمشيط بحثاً عن المهاجمين.",
        [E("armed_clash", None, PL("الدالية", "al-Dalia", "Latakia"), "2025-03-03", "وزارة الداخلية", LOYAL,
           note="one dead («أحد عناصر»), two injured: no figure")])

# -- wholes, parts and sides -------------------------------------------------------------------------
passage("cf27", "2019-05-21", "AFP", "two sides' dead in one total, then the parts «توزع القتلى بين 31 … و14»",
        "قتل 45 عنصراً على الأقل من قوات النظام والفصائل المقاتلة، اليوم، في اشتباكات عنيفة اندلعت إثر هجوم شنته "
        "هيئة تحرير الشام على مواقع للجيش قرب بلدة كفرنبودة في ريف حماة الشمالي، وفق المرصد السوري. وتوزع القتلى بين "
        "31 من الهيئة والفصائل و14 من قوات النظام.",
        [E("armed_clash", Q("45", 45, None, True), PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2019-05-21",
           "المرصد السوري", HTS, note="the total of both sides; the sides are parts")])

passage("cf28", "2019-07-16", "SOHR", "a whole spread over places («توزعوا بين تسعة في … وأربعة في … وستة في»)",
        "أحصى المرصد السوري لحقوق الإنسان مقتل 19 مدنياً، اليوم، في غارات روسية على ريف إدلب الجنوبي، توزعوا بين "
        "تسعة في قرية بليون وأربعة في قرية البارة وستة في مدينة كفرنبل. وقال مدير المرصد إن الحصيلة مرشحة للارتفاع "
        "بسبب وجود جرحى في حالات حرجة.",
        [E("airstrike", Q("19", 19), PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"), "2019-07-16", SOHR,
           RUS, note="one act over a region whose dead are spread over villages: the parts are a breakdown")])

passage("cf29", "2012-08-14", "Al Arabiya", "a defection count opening its clause, a rank part, people said to wait",
        "أعلن 17 عنصراً من مخفر شرطة بلدة حريتان انشقاقهم عن النظام في تسجيل مصور بثه ناشطون، اليوم، بينهم قائد "
        "المخفر برتبة ملازم أول، وانضمامهم إلى الجيش الحر. وقال أحد المنشقين في التسجيل إن عشرات آخرين من عناصر "
        "الشرطة في ريف حلب ينتظرون فرصة للانشقاق.",
        [E("defection", Q("17", 17), PL("حريتان", "Haritan", "Aleppo"), "2012-08-14", "ناشطون", GOV,
           note="the tens said to wait are no event and no figure")])

passage("cf30", "2019-05-12", "Syria TV", "a displacement count («نحو 300 عائلة») and a running total with «أكثر من»",
        "نزحت نحو 300 عائلة من بلدة كفرنبودة وقرى محيطة بها باتجاه الحدود التركية خلال اليومين الماضيين، هرباً من "
        "القصف الجوي المتواصل، بحسب فريق منسقو استجابة سوريا. وقدر الفريق عدد النازحين من ريف حماة الشمالي منذ "
        "بداية الشهر بأكثر من 120 ألف شخص.",
        [E("other", Q("نحو 300", 300, 300, True), PL("كفرنبودة", "Kafr Nabudah", "Hama"), None,
           "فريق منسقو استجابة سوريا", None, note="displacement over two days; families are its count"),
         E("other", Q("أكثر من 120 ألف", 120000, None, True), PL("ريف حماة الشمالي", "Northern Hama countryside", "Hama"),
           None, "فريق منسقو استجابة سوريا", None, kind="aggregate", note="the displaced since the month began")])

passage("cf31", "2011-07-08", "AFP", "a protest's «الآلاف»; deaths by fire on it; months counted",
        "تظاهر الآلاف في مدينة حماة بعد صلاة الجمعة مطالبين بإسقاط النظام، في واحدة من أكبر التظاهرات منذ بدء "
        "الاحتجاجات قبل أربعة أشهر، بحسب ما أفاد ناشطون. وقال الناشطون إن قوات الأمن أطلقت النار على المحتجين في "
        "أحد أحياء المدينة، ما أدى إلى مقتل ثلاثة منهم.",
        [E("protest", Q("الآلاف", 2000, 9000, True), PL("حماة", "Hama", "Hama"), "2011-07-08", "ناشطون", PROT,
           note="fire on a protest is the protest's (p26): its dead are its fatalities; the months are no figure")])

passage("cf32", "2012-09-17", "Anadolu", "an arrival abroad with its count and a running total abroad",
        "وصل 12 عسكرياً منشقاً عن جيش النظام، بينهم ضابط برتبة عميد، إلى ولاية هاتاي التركية ليل أمس، ليرتفع عدد "
        "العمداء المنشقين الموجودين في تركيا إلى 24 عميداً، بحسب ما قاله مسؤول في مخيم الضباط لوكالة الأناضول. ويقيم معظم "
        "الضباط المنشقين في مخيم خاص بهم تحت حماية الجيش التركي.",
        [E("defection", Q("12", 12), PL("هاتاي", "Hatay", None, "Turkey"), "2012-09-16", "مسؤول في مخيم الضباط", GOV,
           note="the arrival told as the act keeps its place"),
         E("defection", Q("24", 24), None, None, "مسؤول في مخيم الضباط", GOV, kind="aggregate",
           note="a running total abroad: no place")])

passage("cf33", "2021-03-11", "Horan Free League", "a singular victim, then a running total of acts «إلى 46 عملية»",
        "اغتال مسلحون مجهولون، مساء أمس، عنصراً سابقاً في فصائل المعارضة بإطلاق النار عليه قرب منزله في مدينة نوى "
        "غربي درعا، وفق مكتب توثيق الشهداء في درعا. وبذلك يرتفع عدد عمليات الاغتيال التي وثقها المكتب في المحافظة "
        "منذ مطلع العام إلى 46 عملية.",
        [E("armed_clash", None, PL("نوى", "Nawa", "Daraa"), "2021-03-10", "مكتب توثيق الشهداء في درعا", UNID,
           note="one victim, no numeral"),
         E("armed_clash", Q("46", 46), PL("درعا", "Daraa", "Daraa"), None, "مكتب توثيق الشهداء في درعا", None,
           kind="aggregate", note="a running total of assassinations in the province («المحافظة»)")])

passage("cf34", "2019-10-24", "Anadolu", "«تحييد 14 إرهابياً»; vehicles destroyed beside it",
        "أعلنت وزارة الدفاع التركية تحييد 14 إرهابياً من تنظيم «بي كي كي/ي ب ك» حاولوا التسلل إلى منطقة عملية «نبع "
        "السلام» قرب مدينة رأس العين، مساء أمس. وأضافت الوزارة في بيان أن قواتها دمرت ثلاث آليات كانت تقل "
        "المتسللين. وتقول أنقرة إن العملية تهدف إلى إبعاد الوحدات الكردية عن حدودها الجنوبية.",
        [E("armed_clash", Q("14", 14), PL("رأس العين", "Ras al-Ayn", "Al-Hasakah"), "2019-10-23",
           "وزارة الدفاع التركية", TUR, note="a repelled infiltration; the vehicles are no figure")])

passage("cf35", "2017-11-19", "Damascus Media Office", "shells counted with «أكثر من», one dead with no numeral",
        "سقطت أكثر من 25 قذيفة هاون أطلقتها قوات النظام على بلدة عين ترما في الغوطة الشرقية، مساء اليوم، ما أدى إلى "
        "مقتل مدني وإصابة آخرين، بحسب مكتب دمشق الإعلامي. وقال المكتب إن القصف تزامن مع محاولة تقدم لقوات النظام على "
        "أطراف البلدة باءت بالفشل.",
        [E("shelling", Q("أكثر من 25", 25, None, True), PL("عين ترما", "Ein Tarma", "Rif Dimashq"), "2017-11-19",
           "مكتب دمشق الإعلامي", GOV, note="no dead numbered (one, singular): the shells are the count; the failed "
                                             "advance is an attempt, no event")])

passage("cf36", "2016-10-18", "Step", "raids counted before the dead in words; «إحدى الغارات»",
        "شن الطيران الحربي الروسي 16 غارة جوية على مدينة سراقب وأطرافها منذ ساعات الصباح الأولى، ما أسفر عن مقتل "
        "أربعة مدنيين بينهم طفل، وفق ما رصده مراسل وكالة ستيب الإخبارية. وأضاف المراسل أن إحدى الغارات استهدفت "
        "مستوصفاً طبياً وأخرجته عن الخدمة.",
        [E("airstrike", Q("أربعة", 4), PL("سراقب", "Saraqib", "Idlib"), "2016-10-18", "مراسل وكالة ستيب الإخبارية",
           RUS, note="16 raids are not the figure when the dead are numbered")])

passage("cf37", "2020-10-06", "Syrian Civil Defence", "the new bombing's toll, then the deadliest one recalled with its year",
        "قُتل ثمانية أشخاص بينهم ثلاثة أطفال بانفجار سيارة مفخخة في سوق مدينة أعزاز شمالي حلب، اليوم، بحسب الدفاع "
        "المدني السوري. ويعد هذا التفجير الأعنف في المدينة منذ كانون الثاني 2017، حين قتل أكثر من 60 شخصاً بتفجير "
        "صهريج مفخخ قرب مقر محكمة المدينة.",
        [E("explosion", Q("ثمانية", 8), PL("أعزاز", "Azaz", "Aleppo"), "2020-10-06", "الدفاع المدني السوري", UNID),
         E("explosion", Q("أكثر من 60", 60, None, True), PL("أعزاز", "Azaz", "Aleppo"), None, "الدفاع المدني السوري",
           UNID, note="the 2017 bombing recalled with its toll: an event of its own")])

passage("cf38", "2021-12-30", "Asharq Al-Awsat", "two tellings of one attack with different figures",
        "قال المرصد السوري لحقوق الإنسان إن خمسة جنود من قوات النظام قتلوا في هجوم لخلايا تنظيم الدولة على حافلة "
        "عسكرية في بادية السخنة شرقي حمص، اليوم. في المقابل، ذكرت مصادر محلية أن عدد القتلى بلغ تسعة عناصر، إضافة "
        "إلى إصابة سبعة آخرين.",
        [E("armed_clash", Q("خمسة", 5), PL("السخنة", "al-Sukhnah", "Homs"), "2021-12-30", SOHR, IS,
           note="one attack told twice: the first telling (and the lower figure)")])

passage("cf39", "2020-09-01", "SNHR", "a monthly report: «ما لا يقل عن» with parts, and arrests",
        "وثقت الشبكة السورية لحقوق الإنسان في تقريرها الشهري مقتل ما لا يقل عن 148 مدنياً في سوريا خلال شهر آب، "
        "بينهم 31 طفلاً و19 سيدة، إضافة إلى ما لا يقل عن 210 حالات اعتقال تعسفي، معظمها على يد قوات النظام.",
        [E("casualties", Q("ما لا يقل عن 148", 148, None, True), None, None, "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate"),
         E("arrest", Q("ما لا يقل عن 210", 210, None, True), None, None, "الشبكة السورية لحقوق الإنسان", GOV,
           kind="aggregate", note="«معظمها» names the main perpetrator")])

passage("cf40", "2020-12-05", "Hawar", "the attack first, its dead in a sourced sentence after («وقال … إن الهجوم أسفر عن مقتل عشرة»)",
        "هاجم مسلحون من خلايا تنظيم الدولة الإسلامية، ليل أمس، نقطة لقوات سوريا الديمقراطية في بلدة الشحيل بريف دير "
        "الزور الشرقي. وقال المركز الإعلامي لقسد إن الهجوم أسفر عن مقتل عشرة من مقاتليها، وإن قواتها ردت على "
        "المهاجمين وأجبرتهم على الانسحاب. وتنشط خلايا التنظيم في ريف دير الزور الشرقي وتستهدف بشكل متكرر نقاط "
        "قسد ودورياتها.",
        [E("armed_clash", Q("عشرة", 10), PL("الشحيل", "al-Shuhayl", "Deir ez-Zor"), "2020-12-04",
           "المركز الإعلامي لقسد", IS, note="the reply is the same clash")])

passage("cf41", "2025-02-17", "Interior Ministry", "«نحو 40» arrested with a part «بينهم ستة مطلوبين»",
        "ألقت قوى الأمن الداخلي القبض على نحو 40 شخصاً، بينهم ستة مطلوبين بجرائم قتل، خلال حملة أمنية واسعة في مدينة "
        "تلكلخ بريف حمص الغربي، بحسب ما أعلنته وزارة الداخلية السورية. وأضافت الوزارة أن الحملة أسفرت عن ضبط كميات "
        "من الأسلحة والذخائر. وتأتي الحملة ضمن سلسلة حملات تنفذها الوزارة في أرياف حمص لملاحقة المطلوبين.",
        [E("arrest", Q("نحو 40", 40, 40, True), PL("تلكلخ", "Tall Kalakh", "Homs"), None, "وزارة الداخلية السورية",
           NEWGOV)])

passage("cf42", "2013-03-20", "Shaam", "defectors told as «عشرات العناصر» on video",
        "أعلن عشرات العناصر من قوات النظام انشقاقهم في تسجيل مصور نشره ناشطون، اليوم، وقالوا إنهم وصلوا إلى مدينة "
        "الرستن في ريف حمص الشمالي بعد فرارهم من ثكناتهم. ولم يذكر التسجيل أسماء المنشقين أو رتبهم، حفاظاً على سلامة "
        "عائلاتهم. ويقول ناشطون إن حركة الانشقاق تصاعدت في ريف حمص خلال الأسابيع الأخيرة.",
        [E("defection", Q("عشرات", 20, 90, True), PL("الرستن", "al-Rastan", "Homs"), "2013-03-20", "ناشطون", GOV)])

passage("cf43", "2016-09-03", "Nedaa Syria", "«قضى حوالي 15 … وجرح أكثر من 40 آخرين»",
        "قضى حوالي 15 شخصاً وجرح أكثر من 40 آخرين، اليوم، بانفجار سيارة مفخخة قرب دوار مدينة جرابلس شمالي حلب، وفق "
        "ما أفادت به مصادر محلية. وأشارت المصادر إلى أن الانفجار وقع قرب مقر للشرطة العسكرية في ساعة ازدحام، "
        "ولم تتبن أي جهة التفجير حتى الآن.",
        [E("explosion", Q("حوالي 15", 15, 15, True), PL("جرابلس", "Jarabulus", "Aleppo"), "2016-09-03", "مصادر محلية",
           UNID)])

passage("cf44", "2019-02-13", "Furat Post", "«بلغ عدد القتلى المدنيين 22» in the sentence after the strike; houses",
        "استهدفت غارات للتحالف الدولي بلدة هجين في ريف دير الزور الشرقي، الليلة الماضية، آخر معاقل تنظيم الدولة في "
        "المنطقة. وقال ناشطون إن عدد القتلى المدنيين بلغ 22 شخصاً، معظمهم من النساء والأطفال، فيما دمرت الغارات عشرة "
        "منازل.",
        [E("airstrike", Q("22", 22), PL("هجين", "Hajin", "Deir ez-Zor"), "2019-02-12", "ناشطون", COAL,
           note="«معظمهم» is no figure; the houses are not the figure")])

passage("cf45", "2019-10-16", "Kurdistan24", "a verb bound «تجاوز عدد النازحين … 70 ألف»",
        "تجاوز عدد النازحين من مدينة رأس العين وريفها 70 ألف شخص منذ بدء العملية العسكرية التركية قبل أسبوع، بحسب "
        "ما أعلنته الإدارة الذاتية. ويقيم معظم النازحين في مدارس مدينة الحسكة ومخيمات مؤقتة أقيمت على عجل.",
        [E("other", Q("70 ألف", 70000, None, True), PL("رأس العين", "Ras al-Ayn", "Al-Hasakah"), None,
           "الإدارة الذاتية", None, kind="aggregate", note="a bound by a verb: at least 70,000; Hasakah is where "
                                                              "they stay")])

# -- passages with no new event, or nearly none --------------------------------------------------------
passage("cf46", "2022-01-09", "SANA", "a road accident: deaths and injured with no act of war",
        "توفي أربعة أشخاص وأصيب ستة آخرون بحادث سير على الطريق الدولي بين حمص وحماة، صباح اليوم، إثر اصطدام حافلة "
        "ركاب بشاحنة محملة بالحديد، بحسب ما أفاد مصدر في قيادة شرطة حماة. وأوضح المصدر أن المصابين نقلوا إلى مشفى "
        "حماة الوطني.",
        [])

passage("cf47", "2019-12-18", "Enab Baladi", "a warning of displacement to come, a share of capacity",
        "حذر فريق منسقو استجابة سوريا من موجة نزوح جديدة قد تطال أكثر من 200 ألف مدني في ريف إدلب الجنوبي في حال "
        "استمرار التصعيد العسكري، داعياً المنظمات الإنسانية إلى الاستعداد لتأمين مراكز إيواء. وقال الفريق إن "
        "المخيمات الحالية تستوعب بالكاد ثلث العائلات المقيمة فيها.",
        [E("statement", None, PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"), None, 'فريق منسقو استجابة سوريا', None, note="MENDED stop 32 (conventions): a monitor's warning is a statement (stop 32), at the area it concerns")])

passage("cf48", "2021-07-12", "Al-Watan", "prices: a bread price, a percent, a daily quota",
        "ارتفع سعر ربطة الخبز في مناطق سيطرة الحكومة إلى 200 ليرة سورية، بعد قرار وزارة التجارة الداخلية رفع سعر "
        "الطحين بنسبة 40 بالمئة، وفق ما نقلته صحيفة الوطن. وقال أصحاب أفران في دمشق إن الكميات المخصصة لهم تراجعت "
        "إلى نحو 800 كيلوغرام يومياً.",
        [])

passage("cf49", "2019-06-02", "RT Arabic", "a denial that names a reported toll",
        "نفت وزارة الدفاع الروسية في بيان أن تكون طائراتها قد نفذت أي غارات على مدينة أريحا خلال الأيام الثلاثة "
        "الماضية، واصفة التقارير عن مقتل 14 مدنياً في المدينة بأنها «مفبركة». وقال المتحدث باسم الوزارة إن الطيران "
        "الروسي يستهدف فقط مواقع الجماعات الإرهابية.",
        [E("statement", None, PL("أريحا", "Ariha", "Idlib"), None, 'وزارة الدفاع الروسية', RUS, note="MENDED stop 32 (conventions): a denial that is the item's news is a statement (stop 32), at the place it concerns")])

passage("cf50", "2018-05-20", "pro-government pages", "a training course: a division's number, trainees, days",
        "اختتمت الفرقة 25 مهام خاصة دورة تدريبية لـ300 مقاتل من المتطوعين الجدد في معسكر قرب مدينة حماة، استمرت 45 "
        "يوماً، بحسب ما نشرته صفحات موالية. وأشرف على الدورة ضباط روس من قاعدة حميميم، وتضمنت تدريبات على اقتحام "
        "المباني والرماية الليلية.",
        [])

passage("cf51", "2022-01-13", "Deutsche Welle Arabic", "a trial abroad: victims of past torture, witnesses, years",
        "أصدرت محكمة ألمانية حكماً بالسجن المؤبد على ضابط سابق في المخابرات السورية، بعد إدانته بالمشاركة في تعذيب ما "
        "لا يقل عن 4000 معتقل في أحد الفروع الأمنية بدمشق بين عامي 2011 و2012. واستمرت المحاكمة نحو عامين واستمعت "
        "خلالها المحكمة إلى أكثر من 80 شاهداً.",
        [])

passage("cf52", "2023-07-04", "UNHCR", "a forecast of returns and a count of returns since the year began",
        "أعلنت المفوضية السامية لشؤون اللاجئين أنها تتوقع عودة نحو مليون لاجئ سوري إلى بلادهم خلال العام المقبل، "
        "مشيرة إلى أن أكثر من 280 ألفاً عادوا من دول الجوار منذ مطلع العام الجاري. وقالت المفوضية إن كثيراً من "
        "العائدين يواجهون صعوبات في الحصول على السكن والوثائق.",
        [E("other", Q("أكثر من 280 ألفاً", 280000, None, True), None, None, "المفوضية السامية لشؤون اللاجئين", None,
           kind="aggregate", note="returns since January; the million is a forecast")])

passage("cf53", "2022-05-25", "Syria TV", "a commemoration that recalls a massacre with its toll",
        "تمر اليوم الذكرى السنوية العاشرة لمجزرة الحولة التي قتل فيها 108 أشخاص بينهم 49 طفلاً في أيار 2012، ولم "
        "يحاسب أحد من مرتكبيها حتى الآن، بحسب بيان للجنة التحقيق الدولية المستقلة. ودعت اللجنة إلى إحالة الملف إلى "
        "المحكمة الجنائية الدولية.",
        [E("casualties", Q("108", 108), PL("الحولة", "Houla", "Homs"), None, "لجنة التحقيق الدولية المستقلة", None,
           note="the massacre recalled with its toll (news_dev n033 codes the Houla massacre as casualties); the "
                "anniversary and the call are no events"),
         E("statement", None, None, None, 'اللجنة', None, note="MENDED stop 32 (conventions): the commission's call is a statement (stop 32); the anniversary is no event")])

passage("cf54", "2020-03-08", "Enab Baladi", "a ceasefire's terms: kilometres, days, patrols (no event but the deal)",
        "دخل اتفاق وقف إطلاق النار في محافظة إدلب يومه الثالث وسط هدوء حذر، بحسب مراسل عنب بلدي. وينص الاتفاق على "
        "إنشاء ممر آمن بعمق ستة كيلومترات على جانبي الطريق الدولي حلب - اللاذقية، وتسيير دوريات مشتركة بعد 15 يوماً "
        "من توقيعه.",
        [])


def main() -> None:
    write("gold39.jsonl", P39)


if __name__ == "__main__":
    main()
