"""Build gold53.jsonl: development set 53 (ids eb01…), written in stop 31 by helper w53 BEFORE any run on it.

Forty report-shaped passages (2-5 sentences, 45-80 words) of the years 2018-2025: the Ghouta and Daraa campaigns of
2018, Idlib 2019-2020, the Turkish operations, Daraa's assassinations, the Caesar sanctions, the Ghuwayran prison
battle, the Deir ez-Zor fighting of 2023, the 2024 offensive and the fall of the regime, and 2025 (the coast,
Suwayda, Israeli incursions and strikes, returns). Ordinary reporting in natural proportion, with the hard cases
real pages have (datelines, origins of fire, destinations, backers and seats, facilities and quarters, lists of
places, a road, toll updates, breakdowns, counts of the wrong thing, hedged perpetrators, relayed sources,
modality) and four passages with no event at all. The phrasing of real Arabic reporting was read in the search
tool's `pages` corpus (SOHR, SANA, Enab Baladi, Syria TV, North Press, Hawar, Daraa 24, Suwayda 24, Baladi News,
Anadolu, Al Jazeera, Reuters, AFP and others), never copied; people, villages, figures and dates are invented or
varied, the towns are real. Gold follows the events_probe README's conventions (stops 28-30). Offsets are
computed by build.build and checked.

    python benchmarks/data/events_probe/build53.py      # rewrites gold53.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (FSA, GOV, IS, ISR, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TUR, E,  # noqa: E402
                   write)
from build import UNID as UNK  # noqa: E402

P53: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P53.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


SOHR = "المرصد السوري لحقوق الإنسان"

passage("eb01", "2018-02-21", "Asharq Al-Awsat", "Ghouta toll, aircraft left unnamed, running toll",
        "قُتل 27 مدنياً، بينهم ستة أطفال، اليوم الأربعاء، في غارات جوية وقصف صاروخي طال مدينتي دوما وحمورية في "
        "الغوطة الشرقية المحاصرة قرب دمشق، بحسب المرصد السوري لحقوق الإنسان، وقد قال إنه لم يتمكن من تحديد ما إذا "
        "كانت الطائرات روسية أم تابعة للنظام. وبذلك ترتفع إلى 241 حصيلة القتلى المدنيين في الغوطة منذ مساء الأحد "
        "الماضي.",
        [E("airstrike", Q("27", 27), PL("دوما", "Douma", "Rif Dimashq"), "2018-02-21", SOHR, None,
           note="strikes and rockets on two towns: one act, one group (the first place); the aircraft's nationality is "
                "left open, so no agent; the six children are a breakdown"),
         E("casualties", Q("241", 241), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), None, SOHR, None,
           kind="aggregate",
           note="a running toll since Sunday evening (2018-02-18) in the Ghouta; «وبذلك ترتفع» goes on with SOHR's "
                "report; today's 27 are inside it")])

passage("eb02", "2018-03-24", "Reuters", "evacuation by bus, dateline Beirut, destination Idlib",
        "بيروت (رويترز) - قال التلفزيون الرسمي السوري إن 19 حافلة تقل نحو 980 شخصاً، بينهم مقاتلون من «فيلق الرحمن» "
        "وعائلاتهم، غادرت اليوم السبت بلدتي عربين وزملكا في الغوطة الشرقية متجهة إلى محافظة إدلب في شمال غرب "
        "البلاد، وذلك بموجب اتفاق أُبرم مع الجانب الروسي. ولم يتسنّ لرويترز التحقق من هذه الأرقام من مصدر مستقل.",
        [E("other", Q("نحو 980", 980, approx=True), PL("عربين", "Arbin", "Rif Dimashq"), "2018-03-24",
           "التلفزيون الرسمي السوري", None,
           note="an evacuation from two towns (one group, the first place); Idlib is the destination and Beirut the "
                "dateline; the 19 buses are not the figure, the fighters a breakdown; the deal is undated and told "
                "as the frame: no event of its own")])

passage("eb03", "2018-07-05", "Al-Hayat (AFP)", "Daraa 2018: a town taken, talks failed, Russian raids on a list",
        "سيطرت قوات النظام السوري، اليوم الخميس، على بلدة صيدا في ريف درعا الشرقي إثر معارك مع الفصائل المعارضة، "
        "غداة تعثر المفاوضات التي رعتها روسيا في مدينة بصرى الشام، وفق ما أفاد به المرصد السوري لحقوق الإنسان. وقال "
        "المرصد إن غارات روسية كثيفة استهدفت منذ الصباح بلدتي طفس واليادودة في الريف الغربي، ما أسفر عن مقتل تسعة "
        "مدنيين بينهم ثلاثة أطفال.",
        [E("territory_change", None, PL("صيدا", "Saida", "Daraa"), "2018-07-05", SOHR, GOV,
           note="Busra al-Sham is where the talks were held; the failed talks are no event; the fighting is the "
                "taking's means"),
         E("airstrike", Q("تسعة", 9), PL("طفس", "Tafas", "Daraa"), "2018-07-05", SOHR, RUS,
           note="two towns, one group (the first place); the children are a breakdown")])

passage("eb04", "2018-10-16", "Enab Baladi", "arrests at a checkpoint after the settlement; reporter's base named",
        "اعتقلت دورية تابعة لفرع المخابرات الجوية، أمس الاثنين، 11 شاباً من أبناء مدينة الحراك في ريف درعا الشرقي "
        "عند حاجز على مدخل المدينة، بينهم اثنان من عناصر فصائل المصالحة، رغم حملهم بطاقات «تسوية الوضع»، بحسب ما "
        "قاله مراسل عنب بلدي في درعا. ولم تُعرف الجهة التي اقتيد إليها المعتقلون حتى ساعة إعداد هذا الخبر.",
        [E("arrest", Q("11", 11), PL("الحراك", "Al-Hirak", "Daraa"), "2018-10-15", "مراسل عنب بلدي", GOV,
           note="the two reconciliation fighters are a breakdown; Daraa is where the reporter is based")])

passage("eb05", "2019-05-09", "Syria TV", "a town taken in Hama, then Russian raids on a town in Idlib",
        "سيطرت قوات النظام والميليشيات المساندة لها، صباح اليوم الخميس، على بلدة كفرنبودة في ريف حماة الشمالي "
        "الغربي، بعد معارك عنيفة مع فصائل المعارضة بدأت مساء أمس، وفق ما أكده مراسل تلفزيون سوريا. وفي ريف إدلب "
        "الجنوبي، قُتل ستة مدنيين بينهم امرأتان جراء غارات شنّها الطيران الحربي الروسي على مدينة خان شيخون، بحسب ما "
        "أفاد به الدفاع المدني السوري.",
        [E("territory_change", None, PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2019-05-09", "مراسل تلفزيون سوريا",
           GOV, note="the night's battle is the taking's means, no clash of its own"),
         E("airstrike", Q("ستة", 6), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-05-09",
           "الدفاع المدني السوري", RUS, note="its own source; the two women are a breakdown")])

passage("eb06", "2019-08-12", "SOHR", "colon opener: a day's toll over two areas, a clash inside it",
        "المرصد السوري لحقوق الإنسان: ارتفع إلى 37 عدد من قُتلوا خلال الساعات الـ24 الماضية في محافظة إدلب وريف "
        "حماة الشمالي، بينهم 14 مدنياً، جراء الغارات والقصف البري والمعارك على خطوط التماس. ومن بين القتلى ثمانية "
        "مقاتلين من «هيئة تحرير الشام» سقطوا خلال اشتباكات مع قوات النظام على محور بلدة الهبيط جنوب إدلب، وسط قصف "
        "مدفعي متبادل بين الطرفين.",
        [E("casualties", Q("37", 37), None, None, SOHR, None, kind="aggregate",
           note="a day's toll over a governorate and another region: no single place; the 14 civilians are a "
                "breakdown"),
         E("armed_clash", Q("ثمانية", 8), PL("الهبيط", "Al-Habit", "Idlib"), None, SOHR, None,
           note="inside the last 24 hours: no day; the eight are part of the 37 but tied to their own clash; the "
                "exchange of shelling is part of the clash; no attacker named")])

passage("eb07", "2019-10-13", "Anadolu Agency", "Peace Spring: a town taken by the Turkish-backed army, a claimed toll",
        "أعلنت وزارة الدفاع التركية، اليوم الأحد، أن الجيش الوطني السوري، المدعوم من أنقرة، سيطر على مركز مدينة تل "
        "أبيض شمالي محافظة الرقة، ضمن عملية «نبع السلام» التي أطلقتها تركيا شرق نهر الفرات قبل أيام. وأفاد مراسل "
        "الأناضول بأن عناصر الجيش الوطني بدؤوا تمشيط أحياء المدينة من الألغام. وأضافت الوزارة أن عدد الإرهابيين "
        "الذين تم تحييدهم منذ بدء العملية بلغ 480.",
        [E("territory_change", None, PL("تل أبيض", "Tell Abyad", "Raqqa"), "2019-10-13", "وزارة الدفاع التركية",
           SNA, note="Ankara is the backer, not the place; the demining goes on with the taking; the operation's "
                     "launch 'days ago' has no day: no event"),
         E("casualties", Q("480", 480), None, None, "وزارة الدفاع التركية", TUR, kind="aggregate",
           note="'neutralised' (killed, wounded or captured) since the operation began: a claimed toll over a period "
                "with no place; a second coder might not code it")])

passage("eb08", "2019-12-03", "Hawar (ANHA)", "dateline district, villages shelled, origin of fire",
        "تل تمر – هاوار\n"
        "قصف جيش الاحتلال التركي ومرتزقته، صباح اليوم الثلاثاء، قرى أم الكيف وتل طويل والدردارة في ريف ناحية تل تمر "
        "بأكثر من 40 قذيفة مدفعية، ما أدى إلى إصابة مدنيين اثنين بجروح وإلحاق أضرار بمنازل الأهالي. وأشار مراسل "
        "وكالتنا إلى أن القذائف أُطلقت من القواعد التركية المتمركزة في محيط مدينة سري كانيه المحتلة.",
        [E("shelling", Q("أكثر من 40", 40, None, True), PL("أم الكيف", "Umm al-Kayf", "Al-Hasakah"), "2019-12-03",
           "مراسل وكالتنا", TUR,
           note="three villages, one group (the first place); no dead, so the shells are the figure, never the two "
                "wounded; Sere Kaniye (Ras al-Ain) is where the fire came from; the reporter's next sentence comes "
                "back to the same shelling (carries)")])

passage("eb09", "2020-01-29", "Al Jazeera", "a city taken, then a displacement aggregate from OCHA",
        "أعلن جيش النظام السوري، مساء أمس الثلاثاء، سيطرته على مدينة معرة النعمان، ثانية كبرى مدن محافظة إدلب، بعد "
        "أسابيع من المعارك مع فصائل المعارضة التي انسحبت باتجاه مدينة سراقب. في الأثناء، قال مكتب تنسيق الشؤون "
        "الإنسانية التابع للأمم المتحدة إن نحو 358 ألف شخص نزحوا من ريف إدلب الجنوبي منذ مطلع كانون الأول الماضي، "
        "وتوجه معظمهم نحو المناطق المحاذية للحدود التركية.",
        [E("territory_change", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2020-01-28",
           "جيش النظام السوري", GOV,
           note="the army announces its own taking; Saraqib is where the factions withdrew to"),
         E("other", Q("نحو 358 ألف", 358000, approx=True), PL("ريف إدلب الجنوبي", "Southern Idlib countryside",
                                                             "Idlib"), None,
           "مكتب تنسيق الشؤون الإنسانية", None, kind="aggregate",
           note="displacement since early December 2019 from the region: an aggregate; the Turkish border is the "
                "destination")])

passage("eb10", "2020-02-17", "Zaman al-Wasl", "defection secured on a front line, origin of the defectors",
        "أمّنت فصائل «الجبهة الوطنية للتحرير» انشقاق سبعة عناصر من قوات النظام، بينهم رقيب أول، على محور بلدة "
        "كفرنوران في ريف حلب الغربي، ليل أمس الأحد، بحسب ما أكده مصدر عسكري في الجبهة لـ«زمان الوصل». وأوضح "
        "المصدر أن المنشقين ينحدرون من ريف درعا، وأن النظام ساقهم إلى الخدمة الإلزامية بعد اتفاق التسوية عام 2018.",
        [E("defection", Q("سبعة", 7), PL("كفرنوران", "Kafr Nuran", "Aleppo"), "2020-02-16",
           "مصدر عسكري في الجبهة", GOV,
           note="the sergeant is a breakdown; rural Daraa is where they come from, not the place; the 2018 "
                "settlement is background")])

passage("eb11", "2020-03-01", "AFP", "Turkish drone strikes; an earlier strike recalled with its day, attributed",
        "قُتل 19 عنصراً من قوات النظام السوري والمجموعات الموالية لها، اليوم الأحد، في ضربات نفذتها طائرات مسيّرة "
        "تركية على مواقعهم في ريف إدلب الجنوبي، وفق ما أحصاه المرصد السوري لحقوق الإنسان. وقال مسؤول تركي إن الضربات "
        "دمّرت أيضاً دبابات ومنصات لإطلاق الصواريخ. ويأتي ذلك بعد ثلاثة أيام من مقتل 34 جندياً تركياً في غارة جوية "
        "نسبتها أنقرة إلى دمشق قرب بلدة بليون.",
        [E("airstrike", Q("19", 19), PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"), "2020-03-01",
           SOHR, TUR, note="drone strikes over the region, no finer place; the tanks destroyed are not the figure"),
         E("airstrike", Q("34", 34), PL("بليون", "Balyun", "Idlib"), "2020-02-27", None, GOV,
           note="recalled with its day (three days before today's strikes): an event of its own; attributed by "
                "Ankara, so the agent is hedged (a second coder might leave it open); the writer's recall «ويأتي "
                "ذلك»: the outlet")])

passage("eb12", "2020-06-18", "Enab Baladi", "Caesar Act sanctions, future packages",
        "أعلنت وزارة الخزانة الأمريكية، أمس الأربعاء، فرض عقوبات على 23 شخصاً وكياناً، بينهم أسماء الأسد، زوجة "
        "رئيس النظام، في أول حزمة تصدر بموجب «قانون قيصر» الذي دخل حيز التنفيذ. وقال وزير الخارجية الأمريكي، مايك "
        "بومبيو، إن بلاده ستفرض حزماً جديدة خلال الأشهر المقبلة، مؤكداً أن العقوبات لا تستهدف المساعدات الإنسانية.",
        [E("sanction", Q("23", 23), None, "2020-06-17", "وزارة الخزانة الأمريكية", None,
           note="named by the body that imposes it (as p30); the future packages are no event; Pompeo's remarks are "
                "comment on the same act, no statement event")])

passage("eb13", "2020-09-22", "Baladi News", "Daraa: a killing by gunmen, a failed assassination by a bomb",
        "قُتل الشاب مهند الحريري، مساء أمس الاثنين، برصاص مسلحين مجهولين يستقلون دراجة نارية في بلدة المزيريب بريف "
        "درعا الغربي، وهو عنصر سابق في فصائل المعارضة التحق بعد التسوية بصفوف «الفرقة الرابعة». وفي مدينة الصنمين "
        "شمالي المحافظة، نجا قيادي في مجموعة محلية من محاولة اغتيال صباح اليوم، إثر انفجار عبوة ناسفة بسيارته، "
        "واقتصرت الأضرار على الماديات، بحسب ما رصدته شبكة درعا 24.",
        [E("armed_clash", None, PL("المزيريب", "Al-Muzayrib", "Daraa"), "2020-09-21", None, UNK,
           note="a killing by gunmen is an armed clash (stop 30); one man: no figure; the next sentence's source "
                "closes another incident in another town: the outlet; the Fourth Division is a unit name"),
         E("explosion", None, PL("الصنمين", "Al-Sanamayn", "Daraa"), "2020-09-22", "شبكة درعا 24", UNK,
           note="the assassination failed but the bomb went off: an explosion with no figure (modality attempted; a "
                "second coder might not code it)")])

passage("eb14", "2021-01-14", "Reuters", "Israeli strikes in the east: seat, backer and border as traps",
        "بيروت (رويترز) - قال المرصد السوري لحقوق الإنسان، ومقره بريطانيا، إن ضربات جوية إسرائيلية استهدفت فجر أمس "
        "الأربعاء مستودعات أسلحة ومواقع لفصائل تدعمها إيران في محيط مدينتي دير الزور والبوكمال قرب الحدود العراقية، "
        "ما أسفر عن مقتل 52 مقاتلاً على الأقل. ولم يعلّق الجيش الإسرائيلي، بينما نقلت وسائل الإعلام الرسمية السورية "
        "عن مصدر عسكري أن «عدواناً إسرائيلياً» طال المنطقة.",
        [E("airstrike", Q("52", 52, None, True), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2021-01-13", SOHR,
           ISR, note="two cities, one group (the first place); Britain is SOHR's seat, Iran the backer, the Iraqi "
                     "border a bearing; the state media's military source retells the same strikes")])

passage("eb15", "2021-06-10", "Halab Today", "rockets from two forces' areas, then the factions' reply",
        "قُتل طفلان وأصيب خمسة مدنيين بجروح، اليوم الخميس، جراء قصف صاروخي طال الأحياء السكنية في مدينة مارع بريف "
        "حلب الشمالي، مصدره مناطق انتشار «قسد» وقوات النظام في محيط تل رفعت، بحسب ما أفاد به مراسل حلب اليوم. "
        "وردّت فصائل الجيش الوطني مساءً بقصف مدفعي استهدف مواقع في قريتي الشيخ عيسى وحربل، دون ورود أنباء عن "
        "خسائر.",
        [E("shelling", None, PL("مارع", "Marea", "Aleppo"), "2021-06-10", "مراسل حلب اليوم", None,
           note="fire from areas held by two forces: the perpetrator is left open; Tal Rifaat is where the fire came "
                "from; two children (a dual) give no figure and the wounded are never the figure"),
         E("shelling", None, PL("الشيخ عيسى", "Sheikh Issa", "Aleppo"), "2021-06-10", "مراسل حلب اليوم", SNA,
           note="two villages, one group (the first place); the outlet's reporter files the whole item, so his "
                "report carries to the reply")])

passage("eb16", "2021-09-07", "Asharq Al-Awsat", "a deal for Daraa al-Balad, its terms from a member next",
        "توصلت اللجنة المركزية في درعا، أمس الاثنين، إلى اتفاق مع اللجنة الأمنية التابعة للنظام برعاية روسية، يقضي "
        "بوقف إطلاق النار في حي درعا البلد وتسليم السلاح الخفيف وتسوية أوضاع المطلوبين، بعد حصار للحي استمر أكثر من "
        "70 يوماً. وقال عضو في اللجنة المركزية لـ«الشرق الأوسط» إن الاتفاق ينص أيضاً على إقامة تسع نقاط أمنية داخل "
        "الحي، على أن تدخلها الشرطة العسكرية الروسية خلال أيام.",
        [E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-06", "عضو في اللجنة المركزية",
           None, note="the member's sentence comes back to the same deal's terms (carries); the 70 days are a "
                      "duration, the nine posts and the Russian entry terms and futures; two parties and a sponsor: "
                      "no agent")])

passage("eb17", "2022-01-23", "Al Arabiya", "the Ghuwayran prison battle on its fourth day, toll with sides",
        "تواصلت لليوم الرابع على التوالي المعارك بين «قوات سوريا الديمقراطية» وعناصر تنظيم «داعش» في محيط سجن "
        "غويران بمدينة الحسكة، بمشاركة مروحيات التحالف الدولي. وأفاد المرصد السوري لحقوق الإنسان بأن حصيلة القتلى "
        "منذ بدء هجوم التنظيم على السجن مساء الخميس ارتفعت إلى 136، هم 84 من عناصر التنظيم و45 من «قسد» والقوى "
        "الأمنية وسبعة مدنيين.",
        [E("armed_clash", Q("136", 136), PL("سجن غويران", "Ghuwayran prison", "Al-Hasakah"), "2022-01-23", SOHR, IS,
           note="one battle told on its fourth day; the toll since Thursday is its figure, the sides a breakdown; "
                "the next sentence's SOHR comes back to it (carries); a second coder might date it 2022-01-20, when "
                "the attack began; the coalition's helicopters are part of the battle; the prison is the place")])

passage("eb18", "2022-04-30", "SANA", "amnesty decree for desertion, dateline only",
        "دمشق-سانا\n"
        "أصدر السيد الرئيس بشار الأسد اليوم المرسوم التشريعي رقم 19 لعام 2022 القاضي بمنح عفو عام عن كامل العقوبة في "
        "جرائم الفرار الداخلي والخارجي المرتكبة قبل تاريخ صدوره. ولا يشمل العفو المتوارين عن الأنظار إلا إذا سلّموا "
        "أنفسهم خلال ثلاثة أشهر بالنسبة إلى الفرار الداخلي وستة أشهر بالنسبة إلى الفرار الخارجي.",
        [E("desertion", None, None, "2022-04-30", None, GOV,
           note="an amnesty decree for desertion (desertion, as news_dev); Damascus is the dateline, not a place; "
                "the months are terms; the decree number is a name")])

passage("eb19", "2022-11-24", "Al Mayadeen", "NO EVENT: a renewed threat and an analysts' forecast",
        "جدّد الرئيس التركي رجب طيب أردوغان، اليوم الخميس، تهديده بشن عملية برية «في أقرب وقت» ضد «وحدات حماية "
        "الشعب» الكردية في شمال سوريا، قائلاً إن بلاده «لن تسمح بإقامة ممر إرهابي» على حدودها الجنوبية. ويرى "
        "محللون أن أي هجوم محتمل قد يستهدف مدن تل رفعت ومنبج وعين العرب، التي تسيطر عليها «قسد» منذ سنوات.",
        [])

passage("eb20", "2022-12-04", "Step News", "protest at the governorate building, fire on it, a policeman killed",
        "تجمّع مئات المحتجين، اليوم الأحد، أمام مبنى المحافظة وسط مدينة السويداء، مطالبين بتحسين الأوضاع المعيشية "
        "ورحيل النظام، قبل أن يقتحم بعضهم المبنى ويضرموا النار في أجزاء منه. وقالت شبكة السويداء 24 إن عناصر الأمن "
        "أطلقوا الرصاص الحي لتفريق المتظاهرين، ما أدى إلى مقتل أحدهم وإصابة آخرين، كما قُتل عنصر من الشرطة خلال "
        "المواجهات.",
        [E("protest", Q("مئات", 200, 900, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2022-12-04",
           "شبكة السويداء 24", PROT,
           note="fire on a protest: one protest event whose dead (the protester and the policeman of the same "
                "clashes) are its fatalities; the crowd is the figure; the governorate building is a landmark of "
                "the city; the network's telling comes back to the dispersal (carries)")])

passage("eb21", "2023-02-02", "Syria TV", "SNHR monthly arrests: governorates ranked, perpetrators split",
        "وثّقت الشبكة السورية لحقوق الإنسان، في تقريرها الشهري الصادر اليوم، ما لا يقل عن 193 حالة اعتقال تعسفي في "
        "سوريا خلال كانون الثاني الماضي، بينها 11 طفلاً وست سيدات، وقالت إن قوات النظام مسؤولة عن 87 حالة منها. "
        "وأشار التقرير إلى أن محافظة حلب سجّلت الحصيلة الأعلى، تلتها محافظتا ريف دمشق ودير الزور.",
        [E("arrest", Q("ما لا يقل عن 193", 193, None, True), None, None, "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate",
           note="a month's arrests for the country (January 2023); the governorates ranked are a breakdown, not "
                "places; several perpetrators (the regime's 87 a breakdown), so no agent")])

passage("eb22", "2023-05-27", "Syria TV", "defection from the SDF, arrival near Ras al-Ain",
        "انشق خمسة عناصر من «قوات سوريا الديمقراطية» (قسد)، بينهم قيادي ميداني، ليل أمس الجمعة، عن نقطة عسكرية في "
        "قرية تل شنان بريف تل تمر شمال غربي الحسكة، ووصلوا بأسلحتهم إلى مناطق سيطرة «الجيش الوطني السوري» قرب "
        "مدينة رأس العين، بحسب ما قاله مصدر عسكري في الجيش الوطني لموقع تلفزيون سوريا. وأضاف المصدر أن المنشقين "
        "سيخضعون لتحقيق أمني قبل تسوية أوضاعهم.",
        [E("defection", Q("خمسة", 5), PL("تل شنان", "Tal Shnan", "Al-Hasakah"), "2023-05-26",
           "مصدر عسكري في الجيش الوطني", SDF,
           note="the force left is the SDF; Ras al-Ain is where they arrived; the commander is a breakdown; the "
                "vetting is a future")])

passage("eb23", "2023-08-28", "Deir ez-Zor 24", "clash after an arrest told as its cause; reinforcements next",
        "قُتل تسعة مقاتلين وأصيب آخرون، أمس الأحد، في اشتباكات بين قوات سوريا الديمقراطية ومسلحين من مجلس دير الزور "
        "العسكري في بلدة الصبحة شرقي دير الزور، اندلعت عقب اعتقال «قسد» قائد المجلس في مدينة الحسكة قبل يومين. "
        "وقالت مصادر محلية لـ«دير الزور 24» إن «قسد» استقدمت اليوم تعزيزات عسكرية من القامشلي إلى ريف دير الزور "
        "الشرقي، وفرضت حظر تجوال في عدد من البلدات.",
        [E("armed_clash", Q("تسعة", 9), PL("الصبحة", "Al-Subha", "Deir ez-Zor"), "2023-08-27", None, None,
           note="the dead of both sides unsplit; two forces of one alliance: no agent; the next sentence's local "
                "sources tell other acts (reinforcements, a curfew): the outlet"),
         E("arrest", None, PL("الحسكة", "Al-Hasakah", "Al-Hasakah"), "2023-08-26", None, SDF,
           note="told as the clash's cause with its day: an incident; «قبل يومين» resolved against publication (a "
                "second coder might anchor it on Sunday); one man: no figure"),
         E("reinforcement", None, PL("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"),
           "2023-08-28", "مصادر محلية", SDF,
           note="Qamishli is where they came from; the curfew is a measure, no event")])

passage("eb24", "2021-11-20", "Orient News", "NO EVENT: a defection report denied, a calm front",
        "نفى مصدر في «الفيلق الثالث» التابع للجيش الوطني السوري صحة الأنباء التي تداولتها صفحات موالية عن انشقاق "
        "قرابة 60 مقاتلاً من صفوفه وانضمامهم إلى قوات النظام في ريف حلب الشمالي، مؤكداً لموقع «أورينت نت» أن الصور "
        "المنشورة تعود إلى دورة تدريبية قديمة. وتشهد خطوط التماس في المنطقة منذ أسابيع هدوءاً حذراً تتخلله خروقات "
        "متفرقة.",
        [E("statement", None, PL("ريف حلب الشمالي", "Northern Aleppo countryside", "Aleppo"), None, 'مصدر في «الفيلق الثالث»', SNA, note="MENDED stop 32 (conventions): a denial that is the item's news is a statement (stop 32), at the place it concerns")])

passage("eb25", "2023-10-06", "Al Arabiya", "drone attack on the military academy, raised toll, an undated reply",
        "ارتفع إلى 86 عدد قتلى الهجوم بطائرات مسيّرة محمّلة بالمتفجرات الذي استهدف حفل تخريج دفعة من الضباط في "
        "الكلية الحربية بمدينة حمص أمس الخميس، بينهم 29 امرأة وستة أطفال، بحسب ما أعلنه وزير الصحة السوري. وحمّلت "
        "وزارة الدفاع «تنظيمات إرهابية مدعومة من أطراف دولية» مسؤولية الهجوم، فيما لم تتبنّه أي جهة. وردّت قوات "
        "النظام بقصف مكثف طال مدناً وبلدات في ريف إدلب.",
        [E("airstrike", Q("86", 86), PL("الكلية الحربية", "Homs Military Academy", "Homs"), "2023-10-05",
           "وزير الصحة السوري", None,
           note="a drone attack (drone strikes are airstrikes in the sets); the raised toll is the figure, women and "
                "children a breakdown; the blame is vague and nobody claimed it: no agent; the academy is a listed "
                "military site, the place"),
         E("shelling", None, PL("ريف إدلب", "Idlib countryside", "Idlib"), None, None, GOV,
           note="the reply has no day; an act of another kind after a sourced report: the outlet; the towns are "
                "unnamed, so the region")])

passage("eb26", "2024-12-19", "Enab Baladi", "bodies found in a mass grave, remains sent to Damascus",
        "انتشلت فرق الدفاع المدني السوري، اليوم الخميس، رفات 17 شخصاً من مقبرة جماعية عُثر عليها في أرض زراعية على "
        "أطراف مدينة إزرع بريف درعا الأوسط، بعد بلاغ من أهالي المنطقة. وقال مسؤول في الدفاع المدني إن الرفات نُقل إلى "
        "الطبابة الشرعية في دمشق لتحديد هويات أصحابه، مرجحاً أنهم معتقلون قضوا في أحد الفروع الأمنية قبل سنوات.",
        [E("other", Q("17", 17), PL("إزرع", "Izra", "Daraa"), "2024-12-19", "مسؤول في الدفاع المدني", None,
           note="bodies found; Damascus is where the remains went; the deaths years ago are undated, no event; the "
                "official's sentence comes back to the same find (carries)")])

passage("eb27", "2024-03-08", "Syria TV", "Friday protests against HTS in four towns, checkpoints",
        "خرج آلاف المتظاهرين، عقب صلاة الجمعة اليوم، في مدينة إدلب وبلدات بنش وسرمدا وأطمة، مطالبين بإسقاط قائد "
        "«هيئة تحرير الشام» أبو محمد الجولاني والإفراج عن المعتقلين في سجونها، وذلك للأسبوع الثاني على التوالي. "
        "وقال ناشطون لموقع تلفزيون سوريا إن عناصر من جهاز الأمن العام نصبوا حواجز على مداخل مدينة إدلب لمنع وصول "
        "المحتجين من القرى، دون تسجيل صدامات.",
        [E("protest", Q("آلاف", 2000, 9000, True), PL("إدلب", "Idlib", "Idlib"), "2024-03-08", "ناشطون", PROT,
           note="four towns, one group (the first place); the activists' telling comes back to the same protests "
                "(carries); the checkpoints are no event; 'the second week' is an ordinal")])

passage("eb28", "2024-06-15", "RT Arabic", "NO EVENT: the exchange rate, traders' explanation",
        "سجّلت الليرة السورية، اليوم السبت، تراجعاً جديداً أمام الدولار الأمريكي في السوق السوداء، إذ بلغ سعر صرف "
        "الدولار الواحد نحو 14850 ليرة في أسواق دمشق وحلب، بينما أبقى مصرف سوريا المركزي سعره الرسمي عند 13400 "
        "ليرة. ويعزو تجار في العاصمة هذا التراجع إلى ارتفاع الطلب على القطع الأجنبي مع اقتراب موسم الاستيراد.",
        [])

passage("eb29", "2024-11-29", "Al Jazeera", "the 2024 offensive: towns taken, raids on a town",
        "واصلت فصائل المعارضة المسلحة، اليوم الجمعة، تقدمها في ريف حلب الغربي ضمن معركة «ردع العدوان»، وسيطرت على "
        "بلدات خان العسل وأورم الكبرى وكفرناها، لتصل إلى أطراف مدينة حلب، بحسب ما أعلنته إدارة العمليات العسكرية. "
        "في المقابل، قال مراسل الجزيرة إن طائرات حربية روسية وسورية شنّت أكثر من 20 غارة على مدينة الأتارب ومحيطها، "
        "ما أدى إلى مقتل أربعة مدنيين.",
        [E("territory_change", None, PL("خان العسل", "Khan al-Asal", "Aleppo"), "2024-11-29",
           "إدارة العمليات العسكرية", FSA,
           note="three towns, one group (the first place); before 8 December 2024 the operations command is the "
                "opposition (as p40); Aleppo's outskirts are reached, not taken"),
         E("airstrike", Q("أربعة", 4), PL("الأتارب", "Al-Atarib", "Aleppo"), "2024-11-29", "مراسل الجزيرة", RUS,
           note="Russian and Syrian jets: the first named (a second coder might name the Syrian army); the dead "
                "are the figure, the 20 raids its count")])

passage("eb30", "2024-12-01", "SANA", "SANA dateline: the army command on clashes, a retaking and joint raids",
        "حماة-سانا\n"
        "أكدت القيادة العامة للجيش والقوات المسلحة أن وحداتها العاملة في ريف حماة الشمالي تخوض اشتباكات عنيفة مع "
        "التنظيمات الإرهابية على محوري معان وصوران، وأنها استعادت السيطرة على بلدة قمحانة بعد تكبيد الإرهابيين خسائر "
        "كبيرة في الأفراد والعتاد. وأضافت القيادة أن الطيران الحربي السوري الروسي المشترك نفذ ضربات مركزة على "
        "تجمعاتهم في محيط مدينة مورك.",
        [E("armed_clash", None, PL("معان", "Maan", "Hama"), "2024-12-01", "القيادة العامة للجيش والقوات المسلحة",
           GOV, note="two fronts, one group (the first place); no day: reporting in the present, the publication "
                     "date; Hama is the dateline"),
         E("territory_change", None, PL("قمحانة", "Qamhana", "Hama"), "2024-12-01",
           "القيادة العامة للجيش والقوات المسلحة", GOV,
           note="a retaking the army claims; the losses are no figure; a place of its own beside the fronts"),
         E("airstrike", None, PL("مورك", "Morek", "Hama"), "2024-12-01", "القيادة العامة للجيش والقوات المسلحة", GOV,
           note="joint Syrian-Russian jets: the first named (a second coder might name Russia); «وأضافت القيادة» "
                "goes on with the command's report")])

passage("eb31", "2024-12-05", "Sky News Arabia", "Hama taken, the army's concession, a prison opened",
        "أعلنت فصائل المعارضة السورية، اليوم الخميس، سيطرتها الكاملة على مدينة حماة، رابع كبرى المدن السورية، فيما "
        "أقرّ جيش النظام في بيان بأن وحداته «أعادت الانتشار والتموضع خارج المدينة» حفاظاً على أرواح المدنيين. وقالت "
        "الفصائل إن مقاتليها دخلوا سجن حماة المركزي وأطلقوا سراح مئات المعتقلين، قبل أن يواصلوا التقدم جنوباً باتجاه "
        "مدينة الرستن.",
        [E("territory_change", None, PL("حماة", "Hama", "Hama"), "2024-12-05", "فصائل المعارضة السورية", FSA,
           note="the army's statement concedes the same taking; the prison opened is part of it (a second coder "
                "might add an 'other' event for the freed detainees); Rastan is where they head, a future")])

passage("eb32", "2024-12-07", "Reuters", "soldiers flee to Iraq: crossing point at home, camp abroad",
        "بغداد (رويترز) - قال مسؤولان أمنيان عراقيان إن نحو 2000 جندي سوري، بينهم ضباط، عبروا الحدود إلى العراق ليل "
        "الجمعة من جهة مدينة البوكمال، وسلّموا أسلحتهم وآلياتهم إلى قوات حرس الحدود العراقية بعد انسحابهم من مواقعهم "
        "في ريف دير الزور. وأضاف أحد المسؤولين أن الجنود نُقلوا إلى معسكر قرب بلدة القائم.",
        [E("desertion", Q("نحو 2000", 2000, approx=True), PL("البوكمال", "Al-Bukamal", "Deir ez-Zor"), "2024-12-06",
           "مسؤولان أمنيان عراقيان", GOV,
           note="soldiers fleeing their army abroad without joining another side: desertion (a second coder might "
                "code defection); they crossed at Al-Bukamal, a place at home, so neither Iraq nor the camp near "
                "Al-Qaim; the officers are a breakdown; Baghdad is the dateline")])

passage("eb33", "2025-01-12", "Enab Baladi", "new authorities: combing two quarters, source relayed by SANA",
        "أطلقت إدارة الأمن العام، اليوم الأحد، حملة تمشيط في حيي عكرمة والنزهة بمدينة حمص بحثاً عن مطلوبين من «فلول "
        "النظام البائد»، أسفرت في يومها الأول عن توقيف 27 شخصاً وضبط كميات من الأسلحة والذخائر، بحسب ما نقلته وكالة "
        "الأنباء السورية (سانا) عن مدير الأمن العام في المحافظة. وقال مراسل عنب بلدي إن الحملة ترافقت مع حظر تجوال "
        "جزئي في الحيين.",
        [E("arrest", Q("27", 27), PL("عكرمة", "Akrama", "Homs"), "2025-01-12", "مدير الأمن العام في المحافظة",
           NEWGOV, note="two quarters, one group (the first place); relayed by SANA: the director is the source; the "
                        "weapons seized are not the figure; the curfew is no event")])

passage("eb34", "2025-02-03", "North Press", "car bomb on a road, medical source next, recap without a day",
        "منبج – نورث برس\n"
        "قُتل 19 شخصاً، بينهم 18 امرأة، وأصيب 15 آخرون، اليوم الاثنين، جراء انفجار سيارة مفخخة بجوار سيارة تقل عمالاً "
        "زراعيين على الطريق الواصل بين مدينة منبج وبلدة الخفسة شرقي حلب. وقال مصدر طبي في مشفى منبج لنورث برس إن "
        "الحصيلة مرشحة للارتفاع بسبب وجود حالات حرجة. ويُعد التفجير الأعنف في المدينة منذ سيطرة فصائل «الجيش الوطني» "
        "عليها في كانون الأول الماضي.",
        [E("explosion", Q("19", 19), PL("منبج", "Manbij", "Aleppo", nth=1), "2025-02-03", "مصدر طبي في مشفى منبج",
           None, note="a road between two places: the first named; the medical source's toll comes back to the same "
                      "blast (carries); the women are a breakdown; nobody named; the December takeover is a recap "
                      "with no day, no event")])

passage("eb35", "2025-03-08", "AFP", "the coast: executions as a running toll, a town retaken",
        "قال المرصد السوري لحقوق الإنسان اليوم السبت إن عدد المدنيين الذين قُتلوا في منطقة الساحل السوري منذ الخميس "
        "ارتفع إلى 738، معظمهم من العلويين، قضوا في «عمليات إعدام ميدانية» نُسبت إلى عناصر من قوات الأمن ومجموعات "
        "رديفة لها. من جهتها، أعلنت وزارة الدفاع استعادة السيطرة على مدينة جبلة ومحيطها بعد اشتباكات مع مسلحين من "
        "«فلول النظام» في ريف اللاذقية.",
        [E("casualties", Q("738", 738), PL("الساحل السوري", "Syrian coast"), None, SOHR, NEWGOV, kind="aggregate",
           note="executions told as a running toll since Thursday (2025-03-06) over a region: a casualties "
                "aggregate; the killers are attributed («نُسبت»), a second coder might leave the agent open"),
         E("territory_change", None, PL("جبلة", "Jableh", "Latakia"), "2025-03-08", "وزارة الدفاع", NEWGOV,
           note="a retaking claimed with no day: the publication date; the clashes with loyalists are its means")])

passage("eb36", "2025-04-08", "Syria TV", "NO EVENT: an anniversary, rubble removal, the displaced waiting",
        "تحلّ اليوم الذكرى السابعة لخروج آخر قوافل المهجّرين من مدينة دوما في الغوطة الشرقية نحو الشمال السوري، وهي "
        "المرة الأولى التي يستعيد فيها الأهالي هذه الذكرى داخل مدينتهم بعد سقوط النظام. وتعمل البلدية منذ أسابيع على "
        "ترحيل الأنقاض من الأحياء الشرقية، بينما ينتظر آلاف المهجّرين في مخيمات إدلب تحسّن الخدمات قبل أن يقرروا "
        "العودة.",
        [])

passage("eb37", "2025-05-14", "SANA", "new SANA: an Israeli incursion with arrests, withdrawal to the Golan",
        "القنيطرة-سانا\n"
        "توغلت قوة تابعة للاحتلال الإسرائيلي مؤلفة من ست آليات عسكرية، فجر اليوم الأربعاء، في قرية صيدا الحانوت بريف "
        "القنيطرة الجنوبي، ونفذت عمليات دهم وتفتيش لعدد من المنازل، واعتقلت ثلاثة شبان من أبناء القرية قبل أن تنسحب "
        "باتجاه الجولان المحتل، بحسب ما ذكره مراسل سانا. وأضاف المراسل أن القوة أفرجت لاحقاً عن أحد الشبان بعد "
        "التحقيق معه.",
        [E("arrest", Q("ثلاثة", 3), PL("صيدا الحانوت", "Saida al-Hanout", "Quneitra"), "2025-05-14", "مراسل سانا",
           ISR, note="the incursion is the arrest's frame; the six vehicles are not the figure; the Golan is where "
                     "the force withdrew; the release is part of the incident; Quneitra is the dateline")])

passage("eb38", "2025-07-16", "Suwayda 24", "the outlet's own opener; Suwayda fighting, Israeli raid on Damascus",
        "السويداء 24: تجددت الاشتباكات صباح اليوم الأربعاء بين مسلحين من الفصائل المحلية وقوات وزارة الدفاع في الأحياء "
        "الغربية من مدينة السويداء، بعد ليلة شهدت عمليات قنص وقصف بقذائف الهاون على عدة أحياء. وفي دمشق، استهدفت غارات "
        "إسرائيلية مبنى هيئة الأركان العامة في ساحة الأمويين ومحيط القصر الجمهوري، ما أدى إلى مقتل ثلاثة أشخاص وإصابة "
        "34 آخرين، وفق وزارة الصحة.",
        [E("armed_clash", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2025-07-16", None, None,
           note="the outlet's own name opens the item: no source; local factions against the ministry's forces, no "
                "attacker named; the night's sniping and mortars are part of the same fighting (a second coder might "
                "code a shelling event on 2025-07-15); the western quarters are unnamed, so the city"),
         E("airstrike", Q("ثلاثة", 3), PL("هيئة الأركان العامة", "General Staff building", "Damascus"), "2025-07-16",
           "وزارة الصحة", ISR,
           note="the general staff building is a listed military site (the place), the square a landmark; the "
                "palace's vicinity is a second target of one raid; the 34 wounded are never the figure")])

passage("eb39", "2025-09-10", "Anadolu Agency", "returns: two aggregates, then a day's crossing",
        "أعلنت المفوضية السامية للأمم المتحدة لشؤون اللاجئين أن أكثر من 870 ألف لاجئ سوري عادوا إلى بلادهم من دول "
        "الجوار منذ الثامن من كانون الأول الماضي، إلى جانب نحو 1.8 مليون نازح داخلي رجعوا إلى مناطقهم الأصلية. وأفادت "
        "مراسلة الأناضول بأن معبر باب الهوى الحدودي شهد اليوم الأربعاء دخول نحو 1200 شخص قادمين من ولاية هاتاي "
        "التركية.",
        [E("other", Q("أكثر من 870 ألف", 870000, None, True), None, None,
           "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", None, kind="aggregate",
           note="refugee returns since 2024-12-08 from several countries: no place"),
         E("other", Q("نحو 1.8 مليون", 1800000, approx=True), None, None,
           "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", None, kind="aggregate",
           note="internal returns, a second population (a second coder might fold it into one aggregate)"),
         E("other", Q("نحو 1200", 1200, approx=True), PL("معبر باب الهوى", "Bab al-Hawa crossing", "Idlib"),
           "2025-09-10", "مراسلة الأناضول", None,
           note="a day's returns at the crossing (the place, a facility); Hatay is where they came from")])

passage("eb40", "2025-11-04", "Halab Today", "clash at a roundabout of a quarter, a brokered ceasefire, blame",
        "اندلعت اشتباكات، مساء أمس الاثنين، بين عناصر من قوى الأمن الداخلي ومقاتلين من «قسد» قرب دوار الشيحان على "
        "أطراف حي الشيخ مقصود في مدينة حلب، ما أدى إلى مقتل عنصر من الأمن وإصابة ثلاثة مدنيين، قبل أن يُعلن عن وقف "
        "لإطلاق النار بوساطة وجهاء من الحي. وقالت وزارة الداخلية في بيان إن «قسد» خرقت الاتفاق الموقّع بين الطرفين في "
        "نيسان الماضي.",
        [E("armed_clash", None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), "2025-11-03", "وزارة الداخلية", None,
           note="the roundabout is a landmark: the quarter; one dead: no figure, the wounded never; the ministry's "
                "statement comes back to the same clash (carries; a second coder might keep the outlet); the "
                "blame is one side's claim, so no agent; the April deal is a recap with no day"),
         E("agreement", None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), "2025-11-03", None, None,
           note="a local ceasefire brokered by notables: an agreement of its own (a second coder might fold it into "
                "the clash); the ministry's sentence is about the breach, not the truce: the outlet")])


def main() -> None:
    write("gold53.jsonl", P53)


if __name__ == "__main__":
    main()
