"""Build gold54.jsonl: HELD-OUT set 54 (ids hc01…), written in stop 31 by helper w54 BEFORE any run on it.

Forty short reports (2-5 sentences, 45-80 words) of the years 2011-2018, shaped like the daily reading of an
analyst: protests fired on, shelling, barrel bombs and air raids, clashes, assassinations, a market bombing, an
execution, defections (one an arrival abroad), an amnesty decree, arrests, takings of towns, bases and crossings, an
evacuation deal, displacement, sanctions, statements, and tolls summed over a day, a month or a campaign. Four
passages tell no event at all (a state and habits, a call and a denial, an anniversary, a warning of what may come),
and one mostly-negative bulletin keeps a single act (hc39). The wording was read in real Arabic reporting (the search tool's
`pages` corpus: SOHR, SANA, Al Jazeera, Al Arabiya, Al-Hayat, Asharq Al-Awsat, Reuters and AFP relays, Anadolu,
Enab Baladi, Zaman al-Wasl, Orient, Hawar, Daraa 24, Deir ez-Zor 24, Step, Syria TV, SNHR reports and others), never
copied; people, villages, figures and dates are invented or varied, the towns are real. Gold follows the
events_probe README's conventions (stops 28-30). Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build54.py      # rewrites gold54.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P54: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P54.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


# ---------------------------------------------------------------- 2011
passage("hc01", "2011-04-22", "Al Jazeera", "a Friday protest fired on; the state TV's other telling",
        "قال ناشطون حقوقيون للجزيرة نت إن قوات الأمن السورية فتحت النار اليوم الجمعة على آلاف المحتجين الذين خرجوا "
        "من المساجد عقب الصلاة في مدينة إزرع بريف درعا، ما أدى إلى مقتل تسعة منهم على الأقل. وأضاف الناشطون أن "
        "عناصر بلباس مدني اعتلوا أسطح المباني الحكومية وأطلقوا الرصاص الحي على الحشود، في حين تحدث التلفزيون الرسمي "
        "عن «مندسين» أطلقوا النار على المواطنين ورجال الأمن.",
        [E("protest", Q("آلاف", 2000, 9000, True), PL("إزرع", "Izra", "Daraa"), "2011-04-22", "ناشطون حقوقيون", PROT,
           note="fire on a protest: one protest event, the crowd is the figure and the nine dead its fatalities; "
                "state TV's 'infiltrators' telling is the same incident, no second event")])

passage("hc02", "2011-08-14", "Reuters", "Beirut dateline; gunboats shell a quarter",
        "بيروت (رويترز) - قال سكان إن زوارق حربية سورية قصفت اليوم الأحد حي الرمل الجنوبي في مدينة اللاذقية الساحلية، "
        "بينما سُمع دوي انفجارات في أنحاء متفرقة من المدينة. وأضاف السكان أن ستة أشخاص على الأقل قُتلوا في القصف "
        "الذي استهدف الحي الذي يشهد احتجاجات منذ أشهر ضد حكم الرئيس بشار الأسد. ولم يتسن التحقق من هذه الروايات "
        "بشكل مستقل بسبب القيود المفروضة على وسائل الإعلام.",
        [E("shelling", Q("ستة", 6, None, True), PL("الرمل الجنوبي", "Al-Raml al-Janoubi", "Latakia"), "2011-08-14",
           "سكان", GOV,
           note="Beirut is the dateline, not the place; the quarter is more specific than Latakia; the dead of the "
                "next sentence are the shelling's; naval fire coded shelling (no air)")])

# ---------------------------------------------------------------- 2012
passage("hc03", "2012-02-06", "Zaman al-Wasl", "defection, then a clash with the pursuers",
        "أعلن 18 عسكرياً بينهم ملازم أول انشقاقهم عن كتيبة للجيش النظامي متمركزة على أطراف بلدة كفرنبل في ريف إدلب "
        "الجنوبي، أمس الأحد، وانضمامهم إلى الجيش السوري الحر، بحسب ما أفاد ناشطون لـ«زمان الوصل». وأوضح الناشطون أن "
        "قوات الأمن طاردت المنشقين في البساتين المحيطة بالبلدة، واندلعت اشتباكات قُتل فيها ثلاثة من عناصر الأمن "
        "وأحد المنشقين.",
        [E("defection", Q("18", 18), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2012-02-05", "ناشطون", GOV,
           note="the lieutenant is a breakdown of the 18"),
         E("armed_clash", Q("ثلاثة", 3), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2012-02-05", "ناشطون", GOV,
           note="no total of both sides: the first side numbered (three) is the figure, the defector killed is no "
                "second event; the orchards 'around the town' place it at Kafr Nabl; dated by the defection's day "
                "(the pursuit followed it) - a second coder might leave the date null")])

passage("hc04", "2012-10-17", "AFP", "Amman dateline; a pilot lands abroad; a running total abroad",
        "عمان (أ ف ب) - هبط طيار سوري برتبة مقدم بطائرته الحربية من طراز ميغ 23 في قاعدة جوية قرب مدينة المفرق شمال "
        "الأردن صباح اليوم الأربعاء وطلب اللجوء السياسي، حسبما أعلن مصدر حكومي أردني. وبذلك يرتفع إلى خمسة عدد "
        "الطيارين السوريين الذين انشقوا ولجؤوا إلى المملكة منذ حزيران/يونيو الماضي. وكان التلفزيون السوري قد أعلن "
        "فقدان الاتصال بطائرة حربية خلال طلعة تدريبية.",
        [E("defection", None, PL("المفرق", "Mafraq", None, "Jordan"), "2012-10-17", "مصدر حكومي أردني", GOV,
           note="an arrival abroad told as the defection keeps the arrival place (no place at home given); Amman is "
                "the dateline; one pilot, no numeral; 'ميغ 23' is a name; Syrian TV's 'lost contact' is the same "
                "incident"),
         E("defection", Q("خمسة", 5), None, None, "مصدر حكومي أردني", GOV, kind="aggregate",
           note="a running total of defectors residing abroad has no place (stop-28 convention a); «وبذلك يرتفع» "
                "goes on with the Jordanian source's report")])

passage("hc05", "2012-08-11", "Al-Hayat", "SOHR daily national toll with categories; a cumulative toll",
        "ذكر المرصد السوري لحقوق الإنسان أن 143 شخصاً قُتلوا أمس الجمعة في أنحاء سوريا، بينهم 97 مدنياً و31 جندياً "
        "نظامياً و15 مقاتلاً معارضاً، سقط معظمهم في حلب وريف دمشق. وقال مدير المرصد رامي عبد الرحمن إن حصيلة القتلى "
        "منذ اندلاع الاحتجاجات في آذار 2011 تجاوزت 21 ألف شخص، غالبيتهم من المدنيين.",
        [E("casualties", Q("143", 143), None, "2012-08-10", "المرصد السوري لحقوق الإنسان", kind="aggregate",
           note="a national daily toll: no place (Aleppo and Rif Dimashq are where most fell, a breakdown); the "
                "categories are its breakdown"),
         E("casualties", Q("21 ألف", 21000, None, True), None, None, "رامي عبد الرحمن", kind="aggregate",
           note="cumulative toll since March 2011 (period start 2011-03); the bound is the verb «تجاوزت»")])

passage("hc06", "2012-12-03", "Al-Hayat", "air raid on a bakery; the toll raised in the next sentence",
        "قُتل 12 شخصاً، بينهم خمسة أطفال، عندما أغارت طائرة حربية على مخبز في بلدة السفيرة بريف حلب الشرقي صباح اليوم، "
        "بحسب ما أفادت لجان التنسيق المحلية. وقال ناشطون في البلدة في وقت لاحق إن عدد القتلى ارتفع إلى 19 بعد انتشال "
        "جثث من تحت الأنقاض ووفاة جرحى متأثرين بإصاباتهم.",
        [E("airstrike", Q("19", 19), PL("السفيرة", "Al-Safira", "Aleppo"), "2012-12-03", "لجان التنسيق المحلية",
           None,
           note="the raised toll is the figure (one event); the bakery is placed at the town; the warplane is not "
                "named (implicitly the regime's in 2012: a second coder may set GOV); the act's own sentence names "
                "the LCC, the activists only raise the toll")])

# ---------------------------------------------------------------- 2013
passage("hc07", "2013-04-16", "SANA", "old SANA: dateline, 'our valiant forces', a second place and incident",
        "ريف دمشق-سانا\n"
        "واصلت وحدات من قواتنا المسلحة الباسلة ملاحقة فلول المجموعات الإرهابية المسلحة في مدينة داريا وأوقعت أعداداً "
        "منهم قتلى ومصابين ودمرت أوكاراً لهم بما فيها من أسلحة وذخيرة. وذكر مصدر عسكري لمراسل سانا أن من بين القتلى "
        "الإرهابي أبو خالد الحوراني متزعم ما يسمى «كتيبة شهداء الحق». وفي ريف حمص، أحبطت وحدة من الجيش محاولة تسلل "
        "مجموعة إرهابية من الأراضي اللبنانية إلى منطقة تلكلخ وقضت على 7 من أفرادها.",
        [E("armed_clash", None, PL("داريا", "Darayya", "Rif Dimashq"), None, "مصدر عسكري", GOV,
           note="'numbers of them' gives no figure; the next sentence returns to the same incident (its dead), so "
                "its military source carries back; undated (no day in the text, the outlet's present)"),
         E("armed_clash", Q("7", 7), PL("تلكلخ", "Tal Kalakh", "Homs"), None, None, GOV,
           note="another place and incident: the military source does not carry to it (outlet); Lebanon is where "
                "the group came from, not the place; the clash is where the infiltration was foiled")])

passage("hc08", "2013-07-09", "Asharq Al-Awsat", "EU sanctions, a running total, Damascus's statement",
        "أقر وزراء خارجية الاتحاد الأوروبي، أمس، تجميد أصول 12 شخصية سورية وثلاث شركات وحظر سفرهم إلى دول الاتحاد، "
        "بسبب «مشاركتهم في القمع العنيف ضد المدنيين». وبهذا القرار يرتفع عدد الأشخاص المشمولين بالعقوبات الأوروبية إلى "
        "179 شخصاً و54 كياناً. في المقابل، وصفت وزارة الخارجية السورية في بيان العقوبات بأنها «عدوان اقتصادي» يستهدف "
        "لقمة عيش المواطن.",
        [E("sanction", Q("12", 12), None, "2013-07-08", None, None,
           note="the figure is the persons listed (the act's own count; a second coder might leave it null); the "
                "three companies are a breakdown; no place (the decision's seat is not named)"),
         E("sanction", Q("179", 179), None, None, None, None, kind="aggregate",
           note="running total of persons sanctioned; a second coder might not record it"),
         E("statement", None, None, None, "وزارة الخارجية السورية", GOV,
           note="Damascus's statement on the sanctions; undated in the text")])

passage("hc09", "2013-09-12", "Al Arabiya", "a named base taken; the toll from the spokesman",
        "سيطر مقاتلو الجيش السوري الحر، فجر اليوم الخميس، على مقر اللواء 38 دفاع جوي قرب بلدة صيدا في ريف درعا "
        "الشرقي، بعد اشتباكات استمرت ثلاثة أيام مع قوات النظام، وفق ما أفاد به المتحدث باسم المجلس العسكري في درعا "
        "للعربية. وأضاف المتحدث أن المقاتلين قتلوا 14 عنصراً من حامية اللواء وأسروا آخرين، واستولوا على كميات من "
        "الذخائر وصواريخ مضادة للطائرات.",
        [E("territory_change", Q("14", 14), PL("اللواء 38", "Brigade 38 base", "Daraa"), "2013-09-12",
           "المتحدث باسم المجلس العسكري في درعا", FSA,
           note="a named base is the place (the unit's number is a name); the garrison's dead belong to the taking; "
                "the three days of clashes that led to it are not a second event (a second coder might code them)")])

passage("hc10", "2013-11-26", "Enab Baladi", "checkpoint arrests; a bus's origin; a habit",
        "اعتقلت عناصر حاجز تابع لفرع المخابرات الجوية عند مدخل حي برزة الدمشقي 23 شاباً، أمس الاثنين، واقتادتهم إلى "
        "جهة مجهولة، وفق ما نقله مراسل عنب بلدي عن أهالي الحي. وأوضح المراسل أن الحاجز أوقف حافلة قادمة من القابون "
        "وأنزل جميع الشبان منها بعد التدقيق في بطاقاتهم الشخصية. وتشهد أحياء دمشق الشمالية حملات اعتقال شبه يومية منذ "
        "مطلع الصيف.",
        [E("arrest", Q("23", 23), PL("برزة", "Barzeh", "Damascus"), "2013-11-25", "مراسل عنب بلدي", GOV,
           note="Qaboun is where the bus came from; the near-daily campaigns are a habit, no event")])

passage("hc39", "2013-07-08", "SOHR", "colon opener; mostly negative bulletin keeping one act",
        "المرصد السوري: ساد هدوء حذر معظم أحياء مدينة حمص المحاصرة منذ منتصف ليل أمس، ولم يوثق المرصد سقوط أي قتلى أو "
        "جرحى فيها، كما لم تسجل أي غارات للطيران الحربي على ريف المدينة. غير أن القوات النظامية قصفت بقذائف الهاون "
        "أطراف حي الخالدية بعد ظهر اليوم، دون ورود أنباء عن إصابات.",
        [E("shelling", None, PL("الخالدية", "Al-Khalidiya", "Homs"), "2013-07-08", "المرصد السوري", GOV,
           note="the calm, the absent dead and the absent raids are negated, no events; the shelling goes on with "
                "the bulletin's source")])

# ---------------------------------------------------------------- 2014
passage("hc11", "2014-02-19", "Al-Hayat", "NO EVENT: a state of control, a habit, an aim",
        "تسيطر فصائل المعارضة المسلحة منذ صيف 2012 على معظم الأحياء الشرقية لمدينة حلب، في حين تحتفظ القوات "
        "النظامية بالأحياء الغربية ومطار حلب الدولي. ويقول سكان إن الطيران المروحي يلقي البراميل المتفجرة على الأحياء "
        "الشرقية بشكل شبه يومي، وإن كثيراً من العائلات باتت تقيم في الأقبية خوفاً من القصف. وتسعى القوات النظامية إلى "
        "استكمال تطويق المدينة من جهة الشمال.",
        [])

passage("hc12", "2014-05-30", "SOHR", "SOHR bulletin: a toll raised for barrels; a second barrel drop",
        "المرصد السوري لحقوق الإنسان: ارتفع إلى 11 بينهم ثلاثة أطفال عدد الشهداء الذين قضوا جراء إلقاء الطيران "
        "المروحي التابع للنظام أربعة براميل متفجرة على مناطق في حي الشعار بمدينة حلب صباح اليوم الجمعة، ولا يزال عدد "
        "الشهداء مرشحاً للارتفاع لوجود جرحى بحالات خطرة. كما ألقى الطيران المروحي برميلين على مناطق في بلدة حريتان "
        "بريف حلب الشمالي، دون معلومات عن خسائر بشرية.",
        [E("airstrike", Q("11", 11), PL("الشعار", "Al-Sha'ar", "Aleppo"), "2014-05-30",
           "المرصد السوري لحقوق الإنسان", GOV, note="the dead are the figure, not the four barrels"),
         E("airstrike", None, PL("حريتان", "Hraytan", "Aleppo"), "2014-05-30", "المرصد السوري لحقوق الإنسان", GOV,
           note="«كما ألقى» goes on with the bulletin (same kind of act): source carried, dated with the "
                "bulletin's day (a second coder may leave it null); the dual «برميلين» is no figure")])

passage("hc13", "2014-08-14", "AFP", "IS takes a list of villages after clashes",
        "سيطر تنظيم «الدولة الإسلامية» اليوم الخميس على قرى أرشاف ودابق واحتيملات في ريف حلب الشمالي، بعد معارك "
        "عنيفة خاضها ضد مقاتلي الكتائب الإسلامية والمقاتلة، بحسب المرصد السوري لحقوق الإنسان. وأشار المرصد إلى أن المعارك "
        "التي اندلعت منذ مساء الأربعاء أوقعت ما لا يقل عن 19 قتيلاً في صفوف الكتائب. وباتت بلدة مارع، أبرز معاقل "
        "المعارضة في الريف الشمالي، على بعد كيلومترات قليلة من مواقع التنظيم.",
        [E("territory_change", Q("ما لا يقل عن 19", 19, None, True), PL("أرشاف", "Arshaf", "Aleppo"), "2014-08-14",
           "المرصد السوري لحقوق الإنسان", IS,
           note="one act over three villages (a group; the first place); the battles' dead belong to the taking "
                "(a second coder might code the clash apart); Mare' is a state, not an event")])

passage("hc14", "2014-09-01", "Anadolu Agency", "SNHR monthly report with breakdowns",
        "وثقت الشبكة السورية لحقوق الإنسان مقتل 2,412 شخصاً في سوريا خلال شهر آب/أغسطس الماضي، بينهم 1,786 مدنياً، "
        "وفق تقريرها الشهري الصادر اليوم الاثنين، والذي وصلت نسخة منه إلى الأناضول. وأوضح التقرير أن قوات النظام "
        "مسؤولة عن مقتل 1,530 من المدنيين، بينهم 312 طفلاً، في حين قضى 104 أشخاص تحت التعذيب في مراكز الاحتجاز.",
        [E("casualties", Q("2,412", 2412), None, "2014-08", "الشبكة السورية لحقوق الإنسان", kind="aggregate",
           note="monthly national toll; civilians, the regime's share, children and the deaths under torture are "
                "its breakdown (a second coder might list the torture deaths as an aggregate of their own)")])

passage("hc15", "2014-10-07", "Hawar", "Kobani: an attack repelled; coalition raids told by the same source",
        "أفاد المركز الإعلامي لوحدات حماية الشعب أن مقاتلي الوحدات تصدوا لهجوم شنه مرتزقة داعش على حي مقتلة في الجهة "
        "الشرقية لمدينة كوباني ليل أمس، وقتلوا 14 منهم. وأضاف المركز أن طائرات التحالف الدولي شنت بالتزامن خمس غارات "
        "على تجمعات المرتزقة جنوب المدينة، ودمرت دبابة وعربتين.",
        [E("armed_clash", Q("14", 14), PL("مقتلة", "Maqtala", "Aleppo"), "2014-10-06",
           "المركز الإعلامي لوحدات حماية الشعب", IS,
           note="agent is the attacker (IS); YPG coded under the SDF constant where it appears"),
         E("airstrike", Q("خمس", 5), PL("كوباني", "Kobani", "Aleppo"), "2014-10-06",
           "المركز الإعلامي لوحدات حماية الشعب", COAL,
           note="no dead numbered: the strikes are the figure; 'south of the city' is placed at Kobani; «وأضاف» "
                "carries the source; «بالتزامن» dates it with the attack")])

# ---------------------------------------------------------------- 2015
passage("hc16", "2015-10-02", "Orient News", "Russian raids; the Russian ministry's own sortie count",
        "استشهد 17 مدنياً بينهم ستة أطفال، أمس الخميس، جراء غارات شنتها طائرات حربية روسية على مدينة تلبيسة وقرية "
        "الزعفرانة في ريف حمص الشمالي، بحسب ما أفاد مراسل أورينت نت. في المقابل، قالت وزارة الدفاع الروسية إن "
        "مقاتلاتها نفذت 18 طلعة جوية على مدى اليوم المنصرم استهدفت «مواقع لتنظيم داعش» في محافظتي حمص "
        "وحماة.",
        [E("airstrike", Q("17", 17), PL("تلبيسة", "Talbiseh", "Homs"), "2015-10-01", "مراسل أورينت نت", RUS,
           note="one act over a town and a village (a group; the first place)"),
         E("airstrike", Q("18", 18), None, None, "وزارة الدفاع الروسية", RUS, kind="aggregate",
           note="the ministry's count of sorties over 24 hours in two governorates: an aggregate with no place; "
                "a second coder might read it as the other side's telling of the raids above and record nothing")])

passage("hc17", "2015-03-28", "Al Jazeera", "a provincial capital taken; raids after it told by the reporter",
        "أعلنت فصائل «جيش الفتح» اليوم السبت سيطرتها الكاملة على مدينة إدلب شمالي سوريا، بعد معارك استمرت أربعة أيام "
        "مع قوات النظام والمليشيات الموالية لها، لتصبح ثاني مركز محافظة يخرج عن سيطرة النظام بعد الرقة. وأفاد مراسل "
        "الجزيرة بأن الطيران الحربي شن عقب ذلك أكثر من عشر غارات على أحياء المدينة، في حين انسحبت القوات النظامية نحو "
        "معسكر المسطومة جنوباً.",
        [E("territory_change", None, PL("إدلب", "Idlib", "Idlib"), "2015-03-28", "جيش الفتح", FSA,
           note="the factions announce it themselves (source = the announcer); Jaysh al-Fatah coded under the "
                "opposition constant though Nusra was in it (a second coder may choose HTS); Raqqa is a comparison "
                "and al-Mastouma the withdrawal's destination"),
         E("airstrike", Q("أكثر من عشر", 10, None, True), PL("إدلب", "Idlib", "Idlib"), "2015-03-28", "مراسل الجزيرة",
           None, note="no dead: the raids are the figure; the warplanes are not named (implicitly the regime's)")])

passage("hc18", "2015-08-16", "Al Arabiya", "market massacre; a second strike on the rescuers is the same act",
        "قُتل ما لا يقل عن 82 شخصاً وأصيب أكثر من 200 آخرين، اليوم الأحد، في غارات شنها الطيران الحربي التابع للنظام "
        "السوري على سوق شعبي وسط مدينة دوما في الغوطة الشرقية، بحسب الدفاع المدني في ريف دمشق. وقال ناشطون إن الطائرات "
        "عاودت قصف المكان بعد تجمع المسعفين، ما رفع عدد الضحايا. وتعد هذه المجزرة من الأكثر دموية في الغوطة منذ مطلع "
        "العام.",
        [E("airstrike", Q("ما لا يقل عن 82", 82, None, True), PL("دوما", "Douma", "Rif Dimashq"), "2015-08-16",
           "الدفاع المدني في ريف دمشق", GOV,
           note="the market is placed at its town; the injured are never the figure; the return strike on the same "
                "place is the same incident")])

passage("hc19", "2015-11-18", "Zaman al-Wasl", "NO EVENT: a call to defect, a denial, a future vow",
        "دعا «المجلس العسكري» في مدينة الرستن عناصر الجيش والأمن المتحدرين من ريف حمص الشمالي إلى الانشقاق والالتحاق "
        "بصفوف الثوار «قبل فوات الأوان»، متعهداً بتأمين وصولهم مع عائلاتهم إلى مناطق آمنة. من جهته، نفى مصدر عسكري في "
        "حمص لصحيفة «الوطن» الموالية وجود أي حالات انشقاق في المنطقة خلال الأشهر الأخيرة، مؤكداً أن الجيش سيواصل "
        "عملياته حتى «تطهير» الريف الشمالي بالكامل.",
        [])

# ---------------------------------------------------------------- 2016
passage("hc25", "2016-02-16", "SANA", "SANA: town restored; next-sentence military source on demining",
        "اللاذقية-سانا\n"
        "أعادت وحدات الجيش العربي السوري، مدعومة بعناصر الدفاع الشعبي، اليوم الأمن والاستقرار إلى بلدة كنسبا "
        "وقريتي شلف والمريج في ريف اللاذقية الشمالي الشرقي، بعد القضاء على آخر تجمعات إرهابيي «جبهة النصرة» فيها. "
        "وذكر مصدر عسكري لسانا أن وحدات الهندسة تعمل على تفكيك العبوات الناسفة التي زرعها الإرهابيون في شوارع البلدة، "
        "وأن الوحدات ضبطت مستودعاً للأسلحة والذخيرة.",
        [E("territory_change", None, PL("كنسبا", "Kinsabba", "Latakia"), "2016-02-16", "مصدر عسكري", GOV,
           note="one act over a town and two villages (a group; the first place); the next sentence's military "
                "source returns to the same taking (demining), so it carries back")])

passage("hc26", "2016-06-09", "Daraa 24", "assassination by gunmen on a motorbike; a habit",
        "اغتال مسلحون مجهولون يستقلون دراجة نارية، مساء أمس الأربعاء، القيادي في أحد فصائل الجيش الحر «أبو عمر "
        "الزعبي» وأحد مرافقيه، بإطلاق النار عليهما قرب دوار البلدية في مدينة طفس بريف درعا الغربي، ما أدى إلى مقتلهما "
        "على الفور. وتشهد مناطق سيطرة المعارضة في الريف الغربي عمليات اغتيال متكررة تطال قادة وعناصر من الفصائل، دون "
        "أن تتبنى أي جهة معظمها.",
        [E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), "2016-06-08", None, UNK,
           note="a killing by gunmen is an armed_clash; two dead with no numeral, no figure; the roundabout is "
                "placed at the town; the recurring assassinations are a habit")])

passage("hc24", "2016-08-21", "Enab Baladi", "NO EVENT: an anniversary and a call",
        "تحل اليوم الأحد الذكرى الثالثة لهجوم الغوطة الكيماوي، الذي راح ضحيته المئات من سكان الغوطتين الشرقية والغربية "
        "وهم نيام، من دون أن يحاسب أحد من المسؤولين عنه. ودعت منظمات حقوقية سورية في بيان مشترك مجلس الأمن الدولي إلى "
        "إحالة الملف إلى المحكمة الجنائية الدولية، معتبرة أن الإفلات من العقاب شجع على تكرار استخدام الغازات السامة في "
        "مناطق أخرى.",
        [])

passage("hc22", "2016-08-13", "Hawar", "a town freed, announced by the council; civilians freed are no figure",
        "أعلن مجلس منبج العسكري، المنضوي في قوات سوريا الديمقراطية، تحرير مدينة منبج بالكامل من مرتزقة داعش، أمس "
        "الجمعة، بعد حملة استمرت أكثر من سبعين يوماً. وقال المتحدث باسم المجلس لوكالة أنباء هاوار إن المقاتلين أنقذوا "
        "نحو ألفي مدني كان المرتزقة يحتجزونهم دروعاً بشرية، وإن عمليات تمشيط الأحياء من الألغام مستمرة.",
        [E("territory_change", None, PL("منبج", "Manbij", "Aleppo", nth=1), "2016-08-12", "مجلس منبج العسكري", SDF,
           note="the two thousand civilians freed are not the act's figure (a count of another thing); the "
                "campaign's seventy days are a duration")])

passage("hc23", "2016-08-24", "Anadolu Agency", "backed-by-Turkey taking; shells fired from across the border",
        "سيطرت فصائل من الجيش السوري الحر، بدعم من القوات المسلحة التركية، اليوم الأربعاء، على مركز مدينة جرابلس بريف "
        "حلب الشمالي الشرقي، بعد ساعات من انطلاق عملية «درع الفرات» ضد تنظيم «داعش»، بحسب مراسل الأناضول. وأوضح "
        "المراسل أن المدفعية التركية المتمركزة في قضاء قرقميش بولاية غازي عنتاب أطلقت منذ فجر اليوم 224 قذيفة على "
        "مواقع التنظيم في محيط المدينة.",
        [E("territory_change", None, PL("جرابلس", "Jarablus", "Aleppo"), "2016-08-24", "مراسل الأناضول", FSA,
           note="Turkey is the backer, not the place"),
         E("shelling", Q("224", 224), PL("جرابلس", "Jarablus", "Aleppo"), "2016-08-24", "مراسل الأناضول", TUR,
           note="Karkamis is where the fire came from; the shells fell around Jarablus; the reporter's report "
                "carries over")])

passage("hc21", "2016-08-26", "Enab Baladi", "an evacuation deal: terms and destinations",
        "توصلت اللجنة المفاوضة عن مدينة داريا في ريف دمشق الغربي إلى اتفاق مع ممثلي النظام، أمس الخميس، يقضي بخروج نحو "
        "700 مقاتل بسلاحهم الفردي إلى محافظة إدلب، ونقل قرابة أربعة آلاف مدني إلى مراكز إيواء في بلدة حرجلة، بحسب ما "
        "قاله عضو في المجلس المحلي لعنب بلدي. ومن المقرر أن تبدأ الحافلات بالدخول إلى المدينة صباح اليوم.",
        [E("agreement", None, PL("داريا", "Darayya", "Rif Dimashq"), "2016-08-25", "عضو في المجلس المحلي", None,
           note="the 700 fighters and 4,000 civilians are the deal's terms (a coming evacuation), not its count (a "
                "second coder might take 700); Idlib and Harjalla are destinations; the buses are a future")])

passage("hc20", "2016-12-16", "AFP", "evacuation convoy: origin, passage, destination",
        "أعلنت اللجنة الدولية للصليب الأحمر أن نحو ثلاثة آلاف مدني، بينهم عشرات الجرحى، خرجوا أمس الخميس على متن "
        "حافلات وسيارات إسعاف من الأحياء الشرقية لمدينة حلب مروراً بحي الراموسة باتجاه ريف حلب الغربي، في أول قافلة "
        "ضمن اتفاق الإجلاء الذي رعته روسيا وتركيا. وقالت اللجنة إن العملية ستستأنف صباح اليوم الجمعة بعد توقفها ليلاً.",
        [E("other", Q("نحو ثلاثة آلاف", 3000, 3000, True), PL("الأحياء الشرقية لمدينة حلب", "Eastern Aleppo", "Aleppo"),
           "2016-12-15", "اللجنة الدولية للصليب الأحمر", None,
           note="an evacuation is placed where the people left (the region of the city; a second coder may say "
                "Aleppo); Ramouseh is the passage and the western countryside the destination; the wounded are a "
                "breakdown; the deal is background and the resumption a future")])

# ---------------------------------------------------------------- 2017
passage("hc31", "2017-02-13", "Deir ez-Zor 24", "an execution in a square",
        "أعدم تنظيم «داعش»، صباح اليوم الاثنين، أربعة شبان رمياً بالرصاص في الساحة العامة بمدينة الميادين في ريف دير "
        "الزور الشرقي، بتهمة «التخابر مع التحالف الصليبي»، بحسب ما أفاد مراسل دير الزور 24. وأضاف المراسل أن عناصر "
        "التنظيم أجبروا الأهالي على حضور الإعدام، وعلّقوا الجثث في الساحة لساعات.",
        [E("casualties", Q("أربعة", 4), PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2017-02-13",
           "مراسل دير الزور 24", IS,
           note="an execution is casualties (a killing told with no fight); the square is placed at the town")])

passage("hc27", "2017-04-05", "Al-Hayat", "toxic-gas raid: a raised toll, the first toll recalled, a denial",
        "ارتفعت إلى 72 بينهم 20 طفلاً حصيلة القتلى الذين سقطوا جراء قصف جوي بمواد يشتبه في أنها سامة استهدف مدينة خان "
        "شيخون في ريف إدلب الجنوبي صباح أمس الثلاثاء، وفق ما أعلنه اليوم المرصد السوري لحقوق الإنسان. وكان المرصد أفاد "
        "أمس بمقتل 58 شخصاً. في المقابل، نفت القيادة العامة للجيش السوري «نفياً قاطعاً» استخدام أي مواد كيماوية.",
        [E("airstrike", Q("72", 72), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2017-04-04",
           "المرصد السوري لحقوق الإنسان", None,
           note="the latest toll is the figure; the first toll (58) is a recap, not a second event; the perpetrator "
                "is hedged and the army denies: no agent; the denial is no event")])

passage("hc29", "2017-07-21", "Enab Baladi", "factional clash, a crossing taken, reinforcements — one reporter",
        "قُتل 15 عنصراً من الطرفين في اشتباكات اندلعت، أمس الخميس، بين «هيئة تحرير الشام» و«حركة أحرار الشام الإسلامية» "
        "في مدينة سراقب بريف إدلب الشرقي، بحسب ما أفاد مراسل عنب بلدي. وأضاف المراسل أن الهيئة سيطرت صباح اليوم على "
        "معبر باب الهوى الحدودي مع تركيا بعد انسحاب مقاتلي الحركة منه، كما استقدمت تعزيزات من ريف حلب الغربي إلى محيط "
        "مدينة إدلب.",
        [E("armed_clash", Q("15", 15), PL("سراقب", "Saraqib", "Idlib"), "2017-07-20", "مراسل عنب بلدي", HTS,
           note="the total of both sides is the figure"),
         E("territory_change", None, PL("معبر باب الهوى", "Bab al-Hawa crossing", "Idlib"), "2017-07-21",
           "مراسل عنب بلدي", HTS, note="a crossing is its own place; Turkey names the border"),
         E("reinforcement", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2017-07-21", "مراسل عنب بلدي", HTS,
           note="placed where the reinforcements went (western Aleppo countryside is their origin); dated with "
                "the sentence's «صباح اليوم» (a second coder may leave it null)")])

passage("hc28", "2017-08-15", "Al-Hayat", "relayed source; coalition raid and the campaign's running toll",
        "قُتل 21 مدنياً، بينهم ستة أطفال، أمس الاثنين، في غارات شنتها طائرات التحالف الدولي بقيادة واشنطن على حي "
        "الرميلة في مدينة الرقة، بحسب ما نقلت وكالة «فرانس برس» عن المرصد السوري لحقوق الإنسان. وبذلك يرتفع إلى 433 عدد "
        "المدنيين الذين قتلوا في غارات التحالف على المدينة منذ بدء هجوم «قوات سورية الديموقراطية» لطرد «داعش» منها يوم "
        "السادس من حزيران (يونيو) الماضي.",
        [E("airstrike", Q("21", 21), PL("الرميلة", "Al-Rumaila", "Raqqa"), "2017-08-14",
           "المرصد السوري لحقوق الإنسان", COAL,
           note="relayed: the source is the observatory, not the agency that relays it; Washington is the leader "
                "named, not a place"),
         E("airstrike", Q("433", 433), PL("الرقة", "Raqqa", "Raqqa"), None, "المرصد السوري لحقوق الإنسان", COAL,
           kind="aggregate",
           note="the campaign's running toll of the coalition's raids (period from 2017-06-06); typed by its act "
                "(a second coder may type it casualties); «وبذلك يرتفع» carries the source")])

passage("hc30", "2017-11-07", "SANA", "mortars on a Damascus quarter: dual dead, injured, shells",
        "دمشق-سانا\n"
        "استشهد مواطنان وأصيب 9 آخرون بجروح جراء اعتداء المجموعات الإرهابية المنتشرة في الغوطة الشرقية بأربع قذائف "
        "هاون على حي باب توما في دمشق القديمة اليوم. وبيّن مصدر في قيادة شرطة دمشق أن إحدى القذائف سقطت قرب مدرسة "
        "للأطفال، ما تسبب أيضاً بأضرار مادية في عدد من السيارات والمحال التجارية.",
        [E("shelling", Q("أربع", 4), PL("باب توما", "Bab Touma", "Damascus"), "2017-11-07",
           "مصدر في قيادة شرطة دمشق", None,
           note="the dead are a dual (no figure) and the injured never the figure, so the shells are; the Ghouta is "
                "where the fire came from; the police source's sentence returns to the same shelling; the "
                "'terrorist groups' are not named")])

# ---------------------------------------------------------------- 2018
passage("hc33", "2018-02-27", "Hawar", "Afrin: a Turkish raid; the Turkish staff's 'neutralised' count",
        "استشهد تسعة مدنيين، بينهم أربعة أطفال، جراء قصف طائرات الاحتلال التركي منزلاً في قرية كفر صفرة التابعة لناحية "
        "جنديرس في مقاطعة عفرين، أمس الاثنين، بحسب ما نقله مراسل وكالة هاوار. في المقابل، أعلنت رئاسة الأركان التركية "
        "في بيان اليوم «تحييد» 2049 إرهابياً منذ انطلاق عملية «غصن الزيتون» في 20 كانون الثاني/يناير الماضي.",
        [E("airstrike", Q("تسعة", 9), PL("كفر صفرة", "Kafr Safra", "Aleppo"), "2018-02-26", "مراسل وكالة هاوار", TUR,
           note="the village inside the subdistrict is the place"),
         E("casualties", Q("2049", 2049), None, None, "رئاسة الأركان التركية", TUR, kind="aggregate",
           note="the campaign's claimed total of fighters 'neutralised' (killed, captured or surrendered: a count "
                "of more than deaths); period from 2018-01-20; a second coder might record no event")])

passage("hc32", "2018-03-16", "Sky News Arabia", "displacement through a corridor; the taking recalled",
        "خرج أكثر من 12 ألف مدني، أمس الخميس، من بلدة حمورية في الغوطة الشرقية عبر ممر فتحته قوات النظام باتجاه مناطق "
        "سيطرتها، في أكبر موجة نزوح منذ بدء الهجوم على المنطقة قبل نحو شهر، وفق المرصد السوري لحقوق الإنسان. وجاء ذلك "
        "بعد ساعات من سيطرة قوات النظام على أجزاء واسعة من البلدة إثر غارات وقصف مكثف.",
        [E("other", Q("أكثر من 12 ألف", 12000, None, True), PL("حمورية", "Hamouriyeh", "Rif Dimashq"), "2018-03-15",
           "المرصد السوري لحقوق الإنسان", None, note="displacement, placed where the people left"),
         E("territory_change", None, PL("حمورية", "Hamouriyeh", "Rif Dimashq"), "2018-03-15", None, GOV,
           note="the writer's recall «وجاء ذلك بعد»: the outlet is the source; most of the town taken 'hours' "
                "before, same day; a second coder might not code a partial taking; the raids and shelling that "
                "preceded it are untold")])

passage("hc35", "2018-05-22", "Enab Baladi", "a car bomb near a roundabout; an unclaimed blast; a local network",
        "قُتل أربعة أشخاص، بينهم عنصر في الدفاع الوطني، وأصيب سبعة آخرون بانفجار عبوة ناسفة مزروعة في سيارة قرب دوار "
        "العنقود في مدينة السويداء، مساء أمس الاثنين، بحسب ما نقلته شبكة «السويداء 24» المحلية. ولم تتبن أي جهة "
        "التفجير حتى ساعة إعداد الخبر، في حين اتهمت صفحات موالية «خلايا إرهابية» قادمة من البادية الشرقية.",
        [E("explosion", Q("أربعة", 4), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2018-05-21",
           "شبكة «السويداء 24»", None,
           note="the roundabout is placed at the city; unclaimed, the accusation is hedged: no agent; the Badia is "
                "an alleged origin")])

passage("hc34", "2018-07-07", "Syria TV", "a border crossing taken; Russian raids added by the outlet",
        "سيطرت قوات النظام والميليشيات المساندة لها، اليوم السبت، على معبر نصيب الحدودي مع الأردن، بعد انسحاب فصائل "
        "المعارضة منه بموجب اتفاق مع الجانب الروسي، بحسب ما أكدته مصادر محلية لموقع تلفزيون سوريا. وشنت الطائرات "
        "الروسية منذ الصباح أكثر من 30 غارة على بلدتي صيدا والطيبة في ريف درعا الشرقي، ما أدى إلى مقتل ثلاثة مدنيين.",
        [E("territory_change", None, PL("معبر نصيب", "Nasib crossing", "Daraa"), "2018-07-07", "مصادر محلية", GOV,
           note="a crossing is its own place, Jordan names the border; the deal is the background of the "
                "withdrawal, no dated event of its own"),
         E("airstrike", Q("ثلاثة", 3), PL("صيدا", "Saida", "Daraa"), "2018-07-07", None, RUS,
           note="the dead are the figure, not the thirty raids; two towns (a group; the first place); another kind "
                "of act added after a sourced report: the outlet is the source")])

passage("hc37", "2018-09-05", "Step News", "HTS arrests; a prison as destination",
        "شنت «هيئة تحرير الشام» حملة دهم في بلدة سرمين بريف إدلب الشرقي، فجر اليوم الأربعاء، اعتقلت خلالها 13 شخصاً "
        "بتهمة الترويج لـ«المصالحات» مع النظام، وفق ما أفادت مصادر محلية لوكالة ستيب الإخبارية. وأضافت المصادر أن من بين "
        "المعتقلين وجهاء من البلدة كانوا قد رفضوا في وقت سابق دخول الهيئة إليها، وأن المعتقلين نُقلوا إلى سجن العقاب في "
        "جبل الزاوية.",
        [E("arrest", Q("13", 13), PL("سرمين", "Sarmin", "Idlib"), "2018-09-05", "مصادر محلية", HTS,
           note="the prison is where the detainees were taken, not where they were arrested")])

passage("hc38", "2018-09-03", "Reuters", "NO EVENT: a warning of what an offensive may bring; a state; an aim",
        "حذرت الأمم المتحدة من أن أي هجوم واسع تشنه القوات الحكومية وحلفاؤها على محافظة إدلب قد يدفع نحو 800 ألف شخص "
        "إلى النزوح، ويتسبب بـ«أسوأ كارثة إنسانية» في القرن الحالي. ويعيش في المحافظة ومحيطها قرابة ثلاثة ملايين نسمة، "
        "نصفهم تقريباً نازحون من مناطق أخرى، فيما تؤكد دمشق عزمها استعادة السيطرة على كامل الأراضي السورية.",
        [])

passage("hc36", "2018-10-09", "SANA", "an amnesty decree for desertion; decree number and deadlines",
        "دمشق-سانا\n"
        "أصدر السيد الرئيس بشار الأسد اليوم المرسوم التشريعي رقم 18 لعام 2018 القاضي بمنح عفو عام عن كامل العقوبة "
        "لمرتكبي جرائم الفرار الداخلي والخارجي المنصوص عليها في قانون العقوبات العسكرية. ولا يشمل المرسوم المتوارين عن "
        "الأنظار والفارين خارج البلاد إلا إذا سلموا أنفسهم خلال أربعة أشهر للفرار الداخلي وستة أشهر للفرار الخارجي.",
        [E("desertion", None, None, "2018-10-09", None, GOV,
           note="an amnesty decree is coded desertion (news_dev convention); «رقم 18» is a decree number and the "
                "months are deadlines, no figure; Damascus is the dateline")])

# ---------------------------------------------------------------- 2012 (Homs)
passage("hc40", "2012-02-15", "Al Arabiya", "siege shelling, arrests and evening protests in one committee report",
        "قالت الهيئة العامة للثورة السورية إن 23 شخصاً على الأقل قتلوا اليوم الأربعاء في قصف بالصواريخ وقذائف الهاون "
        "تشنه القوات النظامية على حي بابا عمرو في مدينة حمص لليوم الثاني عشر على التوالي. وأضافت الهيئة أن قوات الأمن "
        "اعتقلت أكثر من 40 شخصاً خلال مداهمات في مدينة القصير، فيما خرجت مظاهرات مسائية في حيي الخالدية والبياضة "
        "تضامناً مع الحي المحاصر.",
        [E("shelling", Q("23", 23, None, True), PL("بابا عمرو", "Baba Amr", "Homs"), "2012-02-15",
           "الهيئة العامة للثورة السورية", GOV, note="'the twelfth day' is an ordinal, not a figure"),
         E("arrest", Q("أكثر من 40", 40, None, True), PL("القصير", "Al-Qusayr", "Homs"), "2012-02-15",
           "الهيئة العامة للثورة السورية", GOV,
           note="«وأضافت الهيئة» carries the source; dated with the report's day (a second coder may leave it null)"),
         E("protest", None, PL("الخالدية", "Al-Khalidiya", "Homs"), "2012-02-15", "الهيئة العامة للثورة السورية",
           PROT, note="two quarters (a group; the first place); no number of protesters; dated with the report")])


P54.sort(key=lambda p: p["id"])


def main() -> None:
    write("gold54.jsonl", P54)


if __name__ == "__main__":
    main()
