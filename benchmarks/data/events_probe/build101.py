"""Build gold101.jsonl: development set 101 (ids lb01…), written in stop 37 by writer w101 BEFORE any run on it.

Whole articles (a page's headline and body, the glued extras the page had kept), each the paraphrase of ONE real
page found in the search tool's `pages` corpus (queried in Arabic), years 2011-2025, many outlets and kinds of
incident: fire on protests and raids with a town-by-town list, car and tanker bombings with two sources' tolls,
an attack across a demilitarised line, Israeli and Turkish strikes, officers' defections and a defector's return,
tit-for-tat kidnappings, an arrest raid with a firefight, tallies and statements. Every sentence was rewritten (no
run of five words, names aside, is shared with its page: checked by script against the page text, which was kept
outside the repository); the incidents, their order, places, figures, dates, sources and hedges are the page's;
private people's names are invented. Each passage's `style` ends with the page's address.
Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32 and 34). Offsets are
computed by build.build and checked.

    python benchmarks/data/events_probe/build101.py      # rewrites gold101.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P101: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P101.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})

passage("lb01", "2018-11-12", "Masress (relaying an Arab daily)", "an HTS attack on an army post at the edge of the "
        "demilitarised zone, both sides' dead, the day-before attack recalled "
        "| page: https://www.masress.com/sayarat/499286",
        "ثمانية قتلى للنظام بهجوم لتحرير الشام على نقطة بريف حماة\n"
        "لقي ثمانية من عناصر قوات النظام السوري ومسلحيها الموالين حتفهم، مساء أول من أمس، خلال هجوم نفذه مسلحون "
        "على نقطة للجيش في محافظة حماة، وسط سوريا. وبحسب المرصد السوري لحقوق الإنسان، فإن هيئة تحرير الشام "
        "(المعروفة سابقاً باسم جبهة النصرة) هاجمت نقطة للقوات الحكومية في منطقة حلفايا بالريف الشمالي الغربي لحماة، "
        "على الحواف الخارجية لمنطقة نزع السلاح التي رسمها الاتفاق بين موسكو وأنقرة حول إدلب وما يجاورها. "
        "وبيّن المرصد أن الهجوم، الذي دارت في أثنائه اشتباكات، خلّف 8 قتلى في صفوف قوات النظام ومسلحيها قبل أن "
        "ينسحب عناصر الهيئة، التي خسرت بدورها 2 من مقاتليها. ويأتي ذلك بعد يوم واحد من هجوم للجيش السوري على أحد "
        "مواقع فصيل جيش العزة داخل منطقة نزع السلاح بريف حماة الشمالي، قُتل فيه 23 من مقاتلي الفصيل.",
        [E("armed_clash", Q("ثمانية", 8), PL("حلفايا", "Halfaya", "Hama"), "2018-11-10", "المرصد السوري لحقوق الإنسان",
           HTS,
           note="FIGURE CALL: the text writes no total of both sides, so the figure is the first side numbered (the "
                "eight, first in the headline; the 8 and the 2 are its breakdown). The lead has no source; the "
                "observatory's next sentence comes back to the same attack and carries back. «مساء أول من أمس» from "
                "the publication day (inferred from the incidents: about 12 Nov 2018)"),
         E("armed_clash", Q("23", 23), PL("ريف حماة الشمالي", "Northern Hama countryside", "Hama"), "2018-11-09", None,
           GOV,
           note="the army's attack on a Jaish al-Izza post the day before, recalled by the writer («ويأتي ذلك بعد»): "
                "outlet source (stop 30); a region is the finest place given; background")])

passage("lb02", "2020-04-29", "Al-Watan (via Sauress)", "a tanker bombing told by Turkey's ministry (40) and the "
        "observatory (22); an earlier IED the same morning; Afrin background "
        "| page: https://sauress.com/alwatan/1044551",
        "أنقرة تتحدث عن 40 قتيلاً في تفجير صهريج بعفرين والمرصد يحصي 22\n"
        "أعلنت وزارة الدفاع التركية مقتل 40 مدنياً على الأقل، بينهم 11 طفلاً، أمس حين فُجّرت قنبلة مزروعة في "
        "شاحنة وقود ببلدة عفرين شمالي سورية، وحمّلت المسؤولية عن الهجوم للمقاتلين الأكراد السوريين في وحدات حماية الشعب. وكان دويّ "
        "انفجار قد هزّ أمس مدينة عفرين، التي تقع تحت سيطرة القوات التركية في الريف الشمالي الغربي لحلب، موقعاً عدداً من "
        "القتلى، بينما أحصى المرصد السوري لحقوق الإنسان 22 قتيلاً و27 جريحاً بالتفجير الذي طال "
        "صهريجاً معبأً بالمحروقات على طريق راجو داخل المدينة.\n"
        "ارتفاع الحصيلة\n"
        "وبيّن المرصد أن إصابات الجرحى تتفاوت في خطورتها، وأن عدد القتلى قابل للزيادة لأن بعض المصابين في حال حرجة، "
        "مشيراً إلى أن 6 مقاتلين في الأقل من الفصائل بين القتلى. وتابع أن «معظم الضحايا ماتوا متأثرين بالحروق التي "
        "خلّفتها النيران المشتعلة إثر انفجار الصهريج الملغّم، ولذلك تفحّم معظم الجثث».\n"
        "عبوة ناسفة\n"
        "وفي وقت سابق، أكد المرصد السوري أن عبوة ناسفة انفجرت على طريق ترندة صباح أمس في عفرين شمال غربي حلب، اقتصرت "
        "أضرارها على الماديات. وتسيطر تركيا مع فصائل سورية حليفة لها على عفرين منذ 2018، إثر عملية عسكرية أخرجت "
        "منها المقاتلين الأكراد المحليين وهجّرت آلافاً من سكانها الأكراد.",
        [E("explosion", Q("40", 40, None), PL("عفرين", "Afrin", "Aleppo"), "2020-04-28", "وزارة الدفاع التركية", None,
           note="FIGURE CALL (stop 34): one bombing told with two sources' tolls is one event; the figure is the first "
                "the text writes (the ministry's 40, headline; «على الأقل» in the body: low 40, open high); the "
                "observatory's 22 is another telling. The street (طريق راجو) is placed at its town. No perpetrator "
                "coded: the YPG is only blamed by the ministry"),
         E("explosion", None, PL("عفرين", "Afrin", "Aleppo", nth=3), "2020-04-28", "المرصد السوري", None,
           note="an IED the same morning on another street, damage only, told by the observatory; no figure. The "
                "2018 takeover of Afrin is background with no day: not coded")])

passage("lb03", "2020-02-10", "Al-Khabar (Syria)", "a car bomb with a local official's toll, activists' telling, two "
        "earlier bombings recalled | page: https://alkhabar-sy.com/archives/75306",
        "قتلى وجرحى مدنيون بتفجير سيارة مفخخة في عفرين\n"
        "قضى 6 مدنيين وجُرح ما يزيد على عشرة آخرين فجر الاثنين، حين انفجرت سيارة ملغّمة وسط عفرين، المدينة الواقعة تحت "
        "الاحتلال في محافظة حلب شمال غربي البلاد.\n"
        "وبيّن مصدر تابع لما تسمى «الإدارة المحلية» بعفرين أن السيارة انفجرت على طريق راجو وسط المدينة، في الريف "
        "الشمالي لحلب، فقتلت 6 مدنيين وأصابت 11، جراح أحدهم خطيرة.\n"
        "وتداول ناشطون عبر منصات التواصل أخباراً عن انفجار قوي سُمع دويّه في عفرين مصدره سيارة ملغّمة على طريق "
        "راجو، وقال بعضهم إن المستهدف كان دورية للجيش التركي المحتل.\n"
        "وتتكرر التفجيرات التي تصيب المدنيين في مدن ريف حلب الشمالي وبلداته الخاضعة للفصائل المسلحة الموالية لأنقرة، "
        "ويتركز معظمها في الأسواق الشعبية والأحياء المأهولة.\n"
        "وكان تسعة مدنيين قد قضوا وجُرح غيرهم في تشرين الأول الماضي بتفجير سيارة مفخخة في قلب سوق عفرين، المدينة "
        "التي يسيطر عليها ما يعرف بـ«الجيش الوطني» المدعوم تركياً.\n"
        "ويُذكر أن أشد ما شهدته عفرين من تفجيرات كان تفجيراً بسيارة ملغّمة يوم 11 من تموز الماضي، ضرب حياً يقطنه مهجّرون "
        "من الغوطة الشرقية لدمشق، وخلّف أكثر من 30 بين قتيل وجريح، فضلاً عن أضرار مادية.",
        [E("explosion", Q("6", 6), PL("عفرين", "Afrin", "Aleppo"), "2020-02-10", "مصدر تابع لما تسمى «الإدارة المحلية» بعفرين",
           None,
           note="the lead has no source; the local official's next sentence comes back to the same blast (stop 30 "
                "carry-back); the activists' telling is the same incident. The street is placed at its town; the "
                "wounded are never the figure"),
         E("explosion", Q("تسعة", 9), PL("عفرين", "Afrin", "Aleppo", nth=4), "2019-10", None, None,
           note="recalled market car bomb of last October (the writer's «وكان … قد»: outlet); the market is placed at "
                "its town; month grain; background"),
         E("explosion", Q("أكثر من 30", 30, None, True), PL("عفرين", "Afrin", "Aleppo", nth=5), "2019-07-11", None, None,
           note="recalled deadliest bombing; FIGURE CALL: «أكثر من 30 بين قتيل وجريح» with no dead apart is the act's "
                "figure (set 79's kc21 call); the quarter is unnamed, so the town; background")])

passage("lb04", "2013-06-15", "Bakoka (saaa25.org, relaying agencies)", "officers' defections told by the FSA's media "
        "centre and a Turkish official, a US decision, a running total, shelling of Damascus "
        "| page: https://bakoka.saaa25.org/2013/06/15/انشقاق-ضباط-بسوريا-وقصف-كثيف-على-دمشق",
        "ضباط جدد ينشقون عن الجيش السوري وقصف مكثف على دمشق\n"
        "أعلن عشرات الضباط تركهم صفوف القوات النظامية السورية وانضمامهم إلى المعارضة، في حين صعّد النظام اليوم قصف "
        "العاصمة. فقد ذكر المركز الإعلامي الموحد للجيش السوري الحر في بيان له أن ثلاثة ضباط انشقوا بينما كانوا في روسيا ضمن "
        "بعثة تدريبية، وأنهم بلغوا تركيا ويقيمون حالياً في مخيم الضباط المنشقين بالريحانية، جنوب تركيا.\n"
        "وقال العميد سامر الخطيب، وهو واحد من المنشقين، إن دافعهم كان الإيمان بما حملته الثورة من قيم الحرية "
        "والكرامة، والرد على الفساد المستشري، مبيناً أن خشيتهم على أسرهم هي ما أبطأ خطوتهم. وفي سياق آخر، قال مصدر "
        "تركي رسمي إن ما يزيد على 70 ضابطاً، منهم ستة برتبة جنرال و22 برتبة عقيد، تخلّوا عن الجيش النظامي خلال "
        "الـ36 ساعة الأخيرة وعبروا إلى تركيا. وتأتي هذه الموجة بعد أن قررت واشنطن يوم الخميس أن تمد مقاتلي المعارضة "
        "بـ«مساعدة عسكرية». ومنذ أن اندلع النزاع ربيع 2011 (آذار/مارس) أعلن عشرات من كبار الضباط انشقاقهم، والتحق كثير "
        "منهم بالجيش السوري الحر.\n"
        "تطورات ميدانية\n"
        "ميدانياً، ذكر ناشطون أن قوات النظام زادت من هجماتها على أحياء في دمشق.",
        [E("defection", Q("ثلاثة", 3), PL("روسيا", "Russia", None, "Russia"), "2013-06-15",
           "المركز الإعلامي الموحد للجيش السوري الحر", GOV,
           note="PLACE CALL: three officers defected while on a training mission in Russia: the act happened abroad, "
                "so Russia is the place; the camp in Reyhanli is where they now live (a residence, never the place). "
                "Undated, the item's news: the publication day. The brigadier's motives are a quote about the act"),
         E("defection", Q("ما يزيد على 70", 70, None), None, "2013-06-15",
           "مصدر تركي رسمي", GOV, kind="aggregate",
           note="more than 70 officers over 36 hours (six generals and 22 colonels are its breakdown): an aggregate "
                "over a period; no place: the crossing to Turkey is where a running total ended up, and the test of stop 28's convention (a total abroad has no place) holds for aggregates. The "
                "lead's «عشرات الضباط» sums the wave (this figure and the three): no event of its own"),
         E("statement", None, None, "2013-06-13", "واشنطن", None,
           note="UNSURE: the US decision on Thursday to give the rebels military aid, told as the wave's background; "
                "coded as a named body's decision (stop 32); a second coder could leave it out (not a Syrian act)"),
         E("defection", Q("عشرات", 20, 90, True, nth=1), None, None, None, GOV, kind="aggregate",
           note="running total since March 2011 (period start 2011-03), no place; «عشرات» as a hedged tens"),
         E("shelling", None, PL("دمشق", "Damascus", "Damascus", nth=1), "2013-06-15", "ناشطون", GOV,
           note="the lead's stepped-up shelling of the capital and the activists' closing line are one incident: the "
                "activists' sentence comes back to it and carries back; no finer place than the city")])

passage("lb05", "2015-12-02", "Tasnim News Agency (Arabic)", "a defector colonel returns with his group, his test "
        "battle with a toll, a second group's surrender | page: https://www.tasnimnews.com/ar/news/2015/12/02/932784/"
        "ضابط-سوری-منشق-و300-مسلح-یعودون-للقتال-إلى-صفوف-الجیش-السوری-بریف-دمشق/amp",
        "عقيد منشق يعود مع 300 مسلح للقتال إلى جانب الجيش في ريف دمشق\n"
        "أفاد قائد عسكري ميداني من الغوطة الشرقية في ريف دمشق مراسلَ وكالة تسنيم في سوريا بأن عقيداً من سلاح الجو، كان قد ترك "
        "الجيش السوري قبل 3 سنوات والتحق بـ«جيش الإسلام» الذي وصفه بالعصابة، سلّم نفسه للجيش قبل أيام ومعه عناصر "
        "مجموعته كلهم، وعددهم 300.\n"
        "وبحسب القائد، ظل التواصل قائماً بين العقيد وقيادة الجيش ستة أشهر تقريباً، طالب خلالها بتعهدات بألا يُعتقل "
        "وبأن يُسمح له بالعودة إلى القتال مع الجيش، ثم حسم أمره نهائياً مع انطلاق الغارات الروسية في سوريا.\n"
        "وذكر المصدر ذاته أن قيادة الجيش كلّفته، دليلاً على حسن نيته وامتحاناً لصدقه، باستعادة منطقتي "
        "«الضمير والبترا» في ريف دمشق، فقبل العقيد بشرط أن يزوده الجيش بالذخيرة ويوفر لمقاتليه إسناداً جوياً في "
        "أثناء القتال.\n"
        "وقال القائد الميداني لتسنيم إن المواجهات بدأت قبل سبعة أيام وما زالت محتدمة في الضمير والبترا، قرب البادية، "
        "بين المنشقين العائدين والجماعات المسلحة، وإنها أوقعت ما يزيد على 70 قتيلاً من «الإرهابيين» في «جيش الإسلام».\n"
        "وأضاف المصدر أن 21 مسلحاً في منطقة «الضمير» سلّموا أنفسهم إلى الجيش في صباح اليوم نفسه، الأربعاء.",
        [E("defection", Q("300", 300), PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2015-12-02",
           "قائد عسكري ميداني من الغوطة الشرقية", FSA,
           note="UNSURE TYPE: a colonel and his 300 men leave Jaish al-Islam and hand themselves to the army to fight "
                "for it: coded as a defection from the rebels (the group joined the other side), figure 300 (first "
                "in the headline). No place but the governorate of the headline (the Ghouta is where the source "
                "is). «قبل أيام» fixes no day: the publication day"),
         E("defection", None, None, "2012", "قائد عسكري ميداني من الغوطة الشرقية", GOV,
           note="the colonel's own defection from the air force three years before, recalled (year grain, no "
                "place); background"),
         E("armed_clash", Q("ما يزيد على 70", 70, None), PL("الضمير", "Al-Dumayr", "Rif Dimashq", nth=1), "2015-11-25",
           "القائد الميداني", GOV,
           note="the returned defectors' fight with Jaish al-Islam in Al-Dumayr and Al-Bitra: one act over two "
                "places, placed at the first (in its own sentence); the figure is the other side's dead; begun "
                "seven days before the publication day"),
         E("other", Q("21", 21), PL("الضمير", "Al-Dumayr", "Rif Dimashq", nth=2), "2015-12-02", "المصدر", GOV,
           note="UNSURE TYPE: 21 gunmen surrender to the army this morning: `other` (a surrender, no fight); a "
                "second coder could code a defection or an agreement. «وأضاف المصدر» carries the commander")])

passage("lb06", "2018-07-09", "Al-Seyassah (Kuwait), agencies", "an Israeli strike on T4 told by Damascus, SANA's "
        "military source and the observatory, Israel's no-comment | page: https://alseyassah.com/إسرائيل-تقصف-التيفور-مجدداً-والمرصد",
        "إسرائيل تضرب «التيفور» من جديد والمرصد يؤكد سقوط قتلى إيرانيين\n"
        "الاثنين، 9 تموز/يوليو 2018\n"
        "(وكالات) - دمشق: قالت دمشق إن دفاعاتها الجوية واجهت، في ساعة متأخرة من ليل الأحد، أول من أمس، هجوماً إسرائيلياً "
        "على مطار التيفور العسكري في محافظة حمص بوسط سوريا، فأصابت إحدى الطائرات المغيرة وأسقطت عدداً من الصواريخ قبل "
        "أن تبلغ أهدافها، في حين أفاد «المرصد السوري لحقوق الإنسان»، الذي يتخذ لندن مقراً، بأن الضربة طالت «مقاتلين "
        "إيرانيين داخل حرم المطار»، وأكد أن عدداً منهم قُتلوا مع عناصر آخرين موالين لقوات النظام.\n"
        "وامتنع متحدث عسكري إسرائيلي عن التعقيب على الغارات، مكتفياً بالقول: «لا نعلّق على ما تنشره وسائل الإعلام "
        "الأجنبية»، بينما نقلت سانا، وكالة الأنباء الرسمية في سوريا، قول مصدر عسكري إن «دفاعاتنا الجوية تتصدى لاعتداء "
        "إسرائيلي، فتُسقط صواريخ عدة كانت موجهة نحو مطار التيفور، وتصيب طائرة من المهاجمين وتجبر الباقي على الانسحاب "
        "من الأجواء».\n"
        "وبثت وسائل الإعلام الرسمية مقطعاً مصوراً يُظهر ومضات في سماء ليلية مظلمة، قالت إنه يوثق تصدي الدفاعات الجوية "
        "للهجوم على المطار.\n"
        "ونقلت «فرانس برس» عن رامي عبد الرحمن، الذي يدير «المرصد السوري لحقوق الإنسان»، أن الصواريخ أصابت مطار التيفور "
        "والمنطقة المحيطة به.",
        [E("airstrike", None, PL("مطار التيفور", "Tiyas (T4) airbase", "Homs"), "2018-07-08", "دمشق", ISR,
           note="one strike told by Damascus, SANA's military source, the observatory and its director: one event at "
                "the airbase (a listed military site); the dead are unnumbered («عدداً منهم»): no figure; source: the "
                "first telling (Damascus; the dateline's «دمشق» is the same word). The weekday «الأحد» dates it; "
                "Israel's no-comment is no statement (a reaction to the incident)")])

passage("lb07", "2025-11-24", "Lebanon24", "an Interior Ministry raid on an IS cell with a firefight, two killed, a "
        "closing warning | page: https://www.lebanon24.com/news/world-news/1446387/"
        "الداخلية-السورية-تفكك-خلية-إرهابية-تابعة-لداعش-في-ريف-اللاذقية",
        "الداخلية السورية: تفكيك خلية «خطيرة» لداعش في ريف اللاذقية\n"
        "أعلنت وزارة الداخلية السورية مساء الاثنين أنها ألقت القبض على أعضاء خلية وصفتها بـ«الخطيرة» تنتمي إلى تنظيم "
        "«داعش». وفي بيان نشرته الوزارة على حسابها، قال العميد الأحمد، قائد الأمن الداخلي بمحافظة اللاذقية، إن "
        "وحداته استهدفت في عملية أمنية «محكمة» بمنطقة البدروسية خلية يعدّها من أشد الخلايا خطراً بين من يعتنقون فكر "
        "التنظيم، واعتقلت أفرادها.\n"
        "وأوضح الأحمد أن القوات الخاصة نفذت العملية في البدروسية، بريف اللاذقية الشمالي، بالتنسيق مع جهاز الاستخبارات "
        "العامة، وذلك عقب رصد ومتابعة دقيقين، مشيراً إلى أن الخلية كانت تعدّ لهجمات «إرهابية» في الساحل السوري.\n"
        "وتابع أن اشتباكاً بالسلاح اندلع في أثناء المداهمة مع عناصر الخلية الذين قاوموا بيأس، وانتهى باعتقالهم "
        "جميعاً بعد «تحييد» اثنين منهم رفضا تسليم نفسيهما، كما صودرت كميات من الأسلحة والذخائر المختلفة، وأصيب عنصر "
        "من الاستخبارات بجروح بليغة.\n"
        "وختم الأحمد بأن قيادة الأمن الداخلي في اللاذقية تؤكد أن العدالة ستلاحق كل من يحاول العبث بأمن المواطنين.",
        [E("arrest", Q("اثنين", 2), PL("البدروسية", "Al-Badrusiyah", "Latakia"), "2025-11-24", "وزارة الداخلية السورية",
           NEWGOV,
           note="UNSURE TYPE: a raid that arrests a whole IS cell after a firefight: one event, coded as the arrest "
                "(the item's news; set 73's je36 codes an arrest operation so); a second coder could code an "
                "armed_clash. FIGURE CALL: the two «neutralised» are the act's dead (the arrested are unnumbered); "
                "the wounded agent is no figure"),
         E("statement", None, PL("اللاذقية", "Latakia", "Latakia", nth=3), "2025-11-24", "الأحمد", NEWGOV,
           note="the command's closing warning that justice will pursue anyone who threatens security: a named "
                "body's warning (stop 32's rule, which stop 34 kept), placed at the province it concerns")])

passage("lb08", "2021-05-08", "Syria TV", "tit-for-tat kidnappings between Suwayda and Daraa told by an activist and "
        "Suwayda 24 | page: https://syria.tv/اختطاف-أكثر-من-10-أشخاص-من-درعا-رداً-على-اختطاف-شاب-من-السويداء",
        "خطف متبادل بين السويداء ودرعا يطال عمال بناء\n"
        "خطفت عصابة مسلحة تنشط في محافظة السويداء، في ساعات الصباح من هذا السبت، عدداً من عمال البناء مع السيارة التي كانت تنقلهم على "
        "الطريق بين بلدتي صما والطيرة في ريف درعا الشرقي، وذلك رداً على خطف شاب من السويداء.\n"
        "وذكر الناشط الإعلامي وليد الحوراني لموقع تلفزيون سوريا أن ما يزيد على 10 أشخاص خُطفوا في غضون الساعات الـ24 "
        "الأخيرة، يتحدر أكثرهم من بلدتي الحراك وناحتة، ومن بين من عُرفت أسماؤهم الشاب ماهر العلي، سائق السيارة، من "
        "مدينة الحراك.\n"
        "وبيّن الناشط أن أخذ المدنيين من أبناء درعا جاء عقب اختطاف عصابات في ريف درعا الشرقي شاباً من السويداء.\n"
        "ووفق موقع السويداء 24، فإن سلسلة الخطف بدأت أمس الجمعة، حين أقدم مسلحون ينحدرون من قرية ناحتة بريف درعا على خطف المواطن كمال "
        "الشوفي، ابن قرية سميع في الريف الغربي للسويداء، بينما كان يركض على طريق صما – سميع.\n"
        "وذكر الموقع أن الخاطفين كشفوا هويتهم واتصلوا بشقيق المخطوف في سميع، مطالبين إياه بمال قالوا إنه دين عليه، وهو "
        "ما رفضه الشقيق مؤكداً أنه لا يدين لهم بشيء.\n"
        "فاستنفر أقارب الشوفي وخطفوا شاباً من درعا في الثامنة عشرة يدعى سليم الحريري، لا صلة له بما جرى، ثم عادوا "
        "اليوم فخطفوا ما يزيد على 10 من أهالي الريف الشرقي لدرعا، منهم مزارعون وعمال بناء كانوا عابرين هناك.",
        [E("arrest", Q("ما يزيد على 10", 10, None), PL("صما", "Sama", "Daraa"), "2021-05-08",
           "الناشط الإعلامي وليد الحوراني", UNK,
           note="kidnappings are `arrest` (sets 73, 79). Today's abduction of the workers on the Sama-Tira road "
                "(placed at the first place of the road); the lead has no source and the activist's next sentence "
                "comes back to it with the figure (more than 10 within 24 hours); Suwayda 24's closing «ما يزيد على "
                "10 مواطنين» is the same act told again"),
         E("arrest", None, PL("صما", "Sama", "Daraa", nth=1), "2021-05-07", "موقع السويداء 24", UNK,
           note="the Friday abduction of a man from Sumei by gunmen from Nahta on the Sama-Sumei road (first place "
                "of the road; the activist's «اختطاف … شاباً من السويداء» is the same act); singular, no figure"),
         E("arrest", None, None, None, "موقع السويداء 24", UNK,
           note="the relatives' abduction of an 18-year-old from Daraa (the age is no figure); no place and no day "
                "written (between Friday and today); the site's report goes on, so its source carries")])

passage("lb09", "2011-09-16", "Shams al-Horia (via Masress)", "a Friday's killings town by town, bodies found, the "
        "marches after prayers | page: https://www.masress.com/shamsalhoria/1690",
        "قتلى برصاص الأمن في «جمعة ماضون» وجثث يُعثر عليها في إدلب\n"
        "قال ناشطون سوريون إن 11 شخصاً في الأقل سقطوا اليوم الجمعة برصاص عناصر الأمن في أنحاء سورية، منهم خمسة في "
        "محافظة حماة التي تتعرض لحملة عسكرية ومداهمات واسعة. وذكر المرصد السوري لحقوق الانسان في روايته أن «أربعة قُتلوا وأصيب "
        "11 غيرهم، ثلاثة منهم بحال خطرة، خلال حملة دهم وملاحقة في بلدة حلفايا»، التي تبعد 17 كيلومتراً عن مدينة حماة، "
        "لافتاً إلى مقتل شخص خامس في قرية خطاب من المحافظة نفسها. وفي حمص، قال المرصد إن عناصر الأمن أطلقوا الرصاص "
        "لتفريق تظاهرات في حي الخالدية، فقتلوا شخصين وجرحوا أربعة. وفي حي نهر عائشة بدمشق سقط قتيل آخر برصاص الأمن. "
        "أما في إدلب فقد قُتل، وفق رواية المرصد، رجلان من قرية سراجه اعتُقلا صباح اليوم، ثم وُجدت جثتاهما على مقربة "
        "منها. وقُتل كذلك شخص في قرية كفرعويد بإطلاق نار من عناصر الأمن اليوم، فيما قال شهود في قرية كنصفرة إنهم "
        "وجدوا جثة رجل اعتُقل أمس. ونبّه المرصد إلى العثور على خمس جثث في الأحراش المحيطة بقرية جوزف لأشخاص فُقدوا "
        "يوم الخميس.\n"
        "«جمعة ماضون»\n"
        "وخرجت التظاهرات عقب صلاة الجمعة في مدن سورية وبلداتها كافة، ومنها أحياء في حمص وريفها، إذ تظاهر المحتجون في "
        "أحياء البياضة ودير بعلبة والقصور، حيث احتشدوا بأعداد كبيرة بعد خروجهم من مساجد عدة.",
        [E("casualties", Q("أربعة", 4), PL("حلفايا", "Halfaya", "Hama"), "2011-09-16", "المرصد السوري لحقوق الانسان", GOV,
           note="FIGURE CALL (stop 34): the activists' 11 equals the sum of the killings listed (4+1+2+1+2+1), so it "
                "is no event of its own, and «خمسة في محافظة حماة» is 4+1. Deaths in a security raid, no fight "
                "told: a known force firing outside a protest is `casualties` (ACLED rule, stop 30)"),
         E("casualties", None, PL("خطاب", "Khattab", "Hama"), "2011-09-16", "المرصد السوري لحقوق الانسان", GOV,
           note="a fifth man killed in the same governorate; singular, no figure; the observatory goes on"),
         E("protest", None, PL("الخالدية", "Al-Khalidiya", "Homs"), "2011-09-16", "المرصد السوري لحقوق الانسان", PROT,
           note="fire to disperse a protest is the protest with its dead (stop 30); «شخصين» is a dual: no figure"),
         E("casualties", None, PL("نهر عائشة", "Nahr Aisha", "Damascus"), "2011-09-16", "المرصد السوري لحقوق الانسان",
           GOV, note="one killed by security fire, no protest told; the sentence goes on with the observatory's report "
                     "of the same kind of act, so its source carries (stop 30)"),
         E("casualties", None, PL("سراجه", "Saraja", "Idlib"), "2011-09-16", "المرصد السوري لحقوق الانسان", GOV,
           note="two men arrested in the morning and found dead: a killing with no fight told is `casualties`; the "
                "arrest is part of it; «رجلان» is a dual: no figure"),
         E("casualties", None, PL("كفرعويد", "Kafr Uwayd", "Idlib"), "2011-09-16", "المرصد السوري لحقوق الانسان", GOV,
           note="one killed by security fire; the observatory's report goes on («وقُتل كذلك»)"),
         E("other", None, PL("كنصفرة", "Kansafra", "Idlib"), "2011-09-16", "شهود في قرية كنصفرة", None,
           note="a body found of a man arrested the day before: `other` (bodies found); witnesses are its source"),
         E("other", Q("خمس", 5), PL("جوزف", "Jawzaf", "Idlib"), "2011-09-16", "المرصد السوري لحقوق الانسان", None,
           note="five bodies found in the woods by a village, of people missing since Thursday: `other` (bodies "
                "found), figure five"),
         E("protest", None, None, "2011-09-16", None, PROT, kind="aggregate",
           note="the nationwide Friday marches after prayers, told as one (je02's call): an aggregate with no place "
                "and no figure; the outlet tells it"),
         E("protest", None, PL("البياضة", "Al-Bayada", "Homs"), "2011-09-16", None, PROT,
           note="the Homs marches in three quarters: one act over a list of places, placed at the first; «بأعداد "
                "كبيرة» is no figure")])

passage("lb10", "2021-08-22", "Watan FM", "a Turkish drone strike on a parked car, an earlier strike with the council's "
        "toll, the front's background | page: https://watan.fm/news/162086",
        "مسيّرة يُرجح أنها تركية تضرب سيارة غربي القامشلي\n"
        "قصفت طائرة مسيّرة، يُعتقد أنها تركية، سيارةً بريف مدينة القامشلي داخل مناطق سيطرة قوات سوريا الديمقراطية.\n"
        "وذكرت مصادر عسكرية قريبة من «قسد» أن المسيّرة التركية ضربت صباح الأحد، 22 آب، سيارة متوقفة أمام "
        "«بيت الجرحى» بقرية هيمو، غربي مدينة القامشلي.\n"
        "ولم تقدم المصادر تفاصيل أخرى عن الجهة التي تتبع لها السيارة، ولا عن كونها عسكرية أم مدنية.\n"
        "وتكشف الصور التي بثتها المصادر عن أضرار جسيمة لحقت بالسيارة.\n"
        "ويوم الخميس 10 آب، أعلن «مجلس تل تمر العسكري» المنضوي في «قسد» مقتل 4 من مقاتليه بضربة جوية لمسيّرة "
        "تركية استهدفت بلدة تل تمر، أصابت مكتب العلاقات العسكرية التابع للمجلس وألحقت بمقره أضراراً مادية.\n"
        "ويأتي ذلك وسط توتر لا يهدأ ومواجهات بين الجيش الوطني و«قسد» على جبهات عدة قرب تل تمر، من دون أن تتبدل خريطة "
        "السيطرة.\n"
        "وشهدت جبهات ريف الحسكة الشمالي خلال الأيام الأخيرة تصعيداً حاداً بين الجيش التركي والجيش الوطني في جهة، "
        "وقوات سوريا الديمقراطية في الجهة المقابلة، أوقع قتلى في صفوف الطرفين وتسبب بنزوح سكان.\n"
        "وتتجدد المواجهات المتقطعة بين الطرفين على جبهات الريف الشمالي للرقة والحسكة، لا سيما حول عين عيسى.",
        [E("airstrike", None, PL("هيمو", "Himo", "Al-Hasakah"), "2021-08-22", "مصادر عسكرية قريبة من «قسد»", TUR,
           note="a drone strike on a parked car, damage only: headline and lead have no source, the next sentence's "
                "sources come back to it (stop 30 carry-back); the house it stood by is placed at its village"),
         E("airstrike", Q("4", 4), PL("تل تمر", "Tell Tamer", "Al-Hasakah", nth=1), "2021-08-10", "«مجلس تل تمر العسكري»",
           TUR,
           note="the earlier strike on the council's office (an office, not a base: placed at the town), its four dead "
                "as the council announced them; the page's weekday and date disagree (10 Aug 2021 was a Tuesday): "
                "the written date kept"),
         E("armed_clash", None, PL("ريف الحسكة الشمالي", "Northern Hasakah countryside", "Al-Hasakah"), None, None, SNA,
           kind="aggregate",
           note="UNSURE: the last days' escalation on the northern Hasakah fronts with dead on both sides (unnumbered) "
                "and displacement: an aggregate of clashes over a period; the «tension and clashes near Tal Tamr» and "
                "the recurring clashes round Ain Issa are states/habits, not coded")])

passage("lb11", "2021-09-07", "Syria TV", "a settlement's running count and weapons handed in under Russian police, the "
        "deal's next phase, a clash between two regime branches | page: "
        "https://syria.tv/تنفيذاً-لبنود-الاتفاق-560-شخصا-يجرون-تسوية-مع-النظام-في-درعا",
        "560 شخصاً يسوّون أوضاعهم مع النظام في درعا البلد تطبيقاً للاتفاق\n"
        "قالت مصادر محلية، في حديث مع موقع تلفزيون سوريا مساء الثلاثاء، إن من سوّوا أوضاعهم مع النظام منذ الاثنين بلغ عددهم "
        "560 شخصاً، منهم عسكريون منشقون ومطلوبون للأجهزة الأمنية وأعضاء في اللجنة المركزية بدرعا.\n"
        "وأضافت المصادر أن ما سُلّم من سلاح تجاوز 150 قطعة، من بينها أسلحة فردية وقواذف ورشاشات «دوشكا» وصواريخ "
        "تُحمل على الكتف.\n"
        "وبيّنت أن الشرطة العسكرية الروسية تولّت الإشراف على كل مراحل التسوية وتسليم السلاح، التي جرت في حي الأربعين "
        "من درعا البلد.\n"
        "وأشارت إلى أن التسوية وتسليم السلاح يُفترض أن يُستكملا ليل الثلاثاء – الأربعاء، لتنطلق غداً المرحلة الثانية "
        "من الاتفاق، وهي تقضي بإقامة 9 نقاط عسكرية أبرزها عند مبنى البريد ومبنى الشبيبة والحرش ومدرسة القنيطرة "
        "ومسجد بلال والمسلخ، إلى جانب حملة تفتيش تنفذها قوات النظام في عدة مناطق بحثاً عن السلاح.\n"
        "وفي سياق متصل، تدخلت الشرطة العسكرية الروسية مساء اليوم لفض نزاع نشب بين أفراد من الفرقة الرابعة وآخرين من "
        "فرع الأمن العسكري، بعدما حاولت الفرقة دخول منازل في حي طريق السد بمنطقة النخلة لنهبها و«تعفيشها»، فتحول "
        "الخلاف إلى مشادة ثم إلى إطلاق نار أسفر عن وقوع إصابات.",
        [E("agreement", Q("560", 560), PL("حي الأربعين", "Al-Arbaeen (Daraa al-Balad)", "Daraa"), "2021-09-07",
           "مصادر محلية", GOV,
           note="the settlement of 560 since Monday (defectors, wanted men, committee members: a breakdown) with the "
                "weapons handed in (150 pieces: another count of the same act), placed at the quarter where it took "
                "place; one process over two days, told as the item's news. Phase two (nine points, searches) is "
                "future: not coded"),
         E("armed_clash", None, PL("طريق السد", "Tariq al-Sadd", "Daraa"), "2021-09-07", None, GOV,
           note="a quarrel between the Fourth Division and Military Security turned to gunfire with wounded: an "
                "armed clash within the regime's forces (no figure: the wounded are never it); «وفي سياق متصل» "
                "adds an act of another kind after the sources' report: outlet (stop 30)")])

passage("lb12", "2015-11-09", "Micro Syria", "Russian strikes on several towns the day before: a total, a town's toll "
        "with names, strikes with no casualties, cluster bombs | page: https://microsyria.com/?p=7530",
        "الغارات الروسية تواصل حصد المدنيين في ريف إدلب: عشرات القتلى والجرحى\n"
        "9 تشرين الثاني/نوفمبر 2015\n"
        "لقي اثنا عشر مدنياً في الأقل حتفهم وجُرح عشرات غيرهم بغارات شنتها مقاتلات روسية على معرة النعمان "
        "وسراقب، المدينتين الواقعتين بريف إدلب.\n"
        "ونقلت وسائل إعلام محلية أن الطيران الروسي قتل أمس، الأحد الثامن من تشرين الثاني/نوفمبر، تسعة مدنيين، منهم نساء "
        "وأطفال، في معرة النعمان، حين ضرب الطيران الروسي بغارتين الحي الغربي من المدينة وسوقها الرئيسي، وأن 25 مدنياً أصيبوا بجروح "
        "متفاوتة الخطورة، ومن القتلى حسان عبيد ومازن قطان وعبد الرحيم الشامي وفراس العيسى وعقيل الخطيب ويامن دياب "
        "وجميل المصري وأحمد السيد، فضلاً عن شاب من آل الحلبي.\n"
        "وأضافت أن طائرات روسية قصفت سراقب، في الريف الشرقي لإدلب، بصواريخ فراغية، فقتلت امرأة تدعى سعاد اليوسف "
        "ورجلاً آخر، وجرحت عدداً من المدنيين.\n"
        "كما طالت غارات الطيران الروسي قرية كفرسجنة وبلدة الهبيط ثم مدينة خان شيخون، من دون أنباء عن ضحايا.\n"
        "وفجراً، ضربت مقاتلات روسية قرية خان السبل بالريف الجنوبي لإدلب بغارتين استُخدمت فيهما قنابل عنقودية، ما أدى "
        "إلى جرح عدد من المدنيين وإلحاق دمار بالممتلكات.",
        [E("airstrike", Q("تسعة", 9), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2015-11-08", "وسائل إعلام محلية",
           RUS,
           note="FIGURE CALL: the lead's «at least twelve» covers the two towns' strikes told next (nine and two "
                "unnumbered): a total of the listed incidents, no event of its own (stop 34), though 9+2 falls one "
                "short of it; a second coder could code an aggregate. The names list is no figure; the market and "
                "quarter are placed at the town"),
         E("airstrike", None, PL("سراقب", "Saraqib", "Idlib", nth=1), "2015-11-09", "وسائل إعلام محلية", RUS,
           note="a woman and another man killed (no numeral: no figure); «وأضافت» carries the local media; the text "
                "gives no day, so the publication day (the item's news)"),
         E("airstrike", None, PL("كفرسجنة", "Kafr Sijnah", "Idlib"), "2015-11-09", "وسائل إعلام محلية", RUS,
           note="one act told over three places with no casualties: placed at the first; an act of the same kind, so "
                "the source carries"),
         E("airstrike", None, PL("خان السبل", "Khan al-Subul", "Idlib"), "2015-11-09", "وسائل إعلام محلية", RUS,
           note="two cluster-bomb strikes at dawn, wounded only: «بغارتين» is a dual, no figure; same kind, source "
                "carries; no day written: the publication day")])

passage("lb13", "2019-12-02", "Al-Araby Al-Jadeed", "a Russian strike on a market with local sources' toll, an earlier "
        "market strike the same day, a glued related link | page: "
        "https://alaraby.co.uk/الطيران-الروسي-يرتكب-مجزرة-في-معرة-النعمان-بريف-إدلب-0",
        "الطيران الروسي يوقع مجزرة بمعرة النعمان في ريف إدلب\n"
        "سامر حداد\n"
        "2 كانون الأول/ديسمبر 2019\n"
        "لقي عشرة مدنيين في الأقل حتفهم وأصيب غيرهم، اليوم الاثنين، في قصف نفذته طائرات روسية على أحياء سكنية وعلى "
        "سوق في معرة النعمان، المدينة الواقعة جنوبي إدلب في شمال غرب سورية.\n"
        "وأوضحت مصادر محلية في حديث إلى «العربي الجديد» أن المقاتلات الروسية أغارت على المدينة، مستهدفة بيوت السكان والسوق، "
        "فقتلت ما لا يقل عن عشرة مدنيين وجرحت آخرين.\n"
        "ورجّحت المصادر أن ترتفع الحصيلة، لأن بين الجرحى حالات خطيرة، ولأن هناك من لا يزال عالقاً تحت الركام.\n"
        "وبحسب المصادر، ألقت الطائرات صواريخ ذات قدرة تفجيرية عالية وصبّت غاراتها على منطقة سوق الهال، حتى إن أجساد "
        "بعض الضحايا تمزقت أشلاء.\n"
        "وأضافت أن فرق الدفاع المدني والطواقم الطبية سارعت إلى المكان، حيث تعمل على إخراج العالقين من تحت الركام "
        "وإخماد النيران التي أشعلتها الصواريخ.\n"
        "ويُذكر أن هذا السوق هو ثاني سوق تقصفه الطائرات الروسية اليوم، إذ سبقه قصف سوق الهال بسراقب، ما خلّف "
        "ضحايا وخسائر في الممتلكات.\n"
        "ذات صلة\n"
        "قريتان سكنيتان جديدتان يفتتحهما الهلال الأحمر القطري في شمال غرب سورية (العربي الجديد) 18 تشرين الثاني/نوفمبر 2024\n"
        "قسم المجتمع",
        [E("airstrike", Q("عشرة", 10, None), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2019-12-02", "مصادر محلية", RUS,
           note="the lead has no source; the local sources' next sentence comes back to the same strike (carry-back); "
                "«في الأقل» / «ما لا يقل عن»: low 10, open high; the market is placed at its town"),
         E("airstrike", None, PL("سراقب", "Saraqib", "Idlib"), "2019-12-02", None, RUS,
           note="the earlier market strike the same day, told by the writer («ويُذكر أن»): outlet source; «ضحايا» "
                "is no figure. The glued «ذات صلة» link is not coded (stop 32)")])

passage("lb14", "2015-12-29", "Al-Wasat (Bahrain), relaying AFP", "evacuees of a UN-supervised exchange arrive, the "
        "siege's background, the previous day's evacuation, the September deal | page: "
        "http://alwasatnews.com/news/1062432.html",
        "وصل ما يزيد على 300 شخص إلى جنوب العاصمة دمشق اليوم الثلاثاء (29 كانون الأول/ديسمبر 2015)، وهم ممن أُخرجوا من "
        "الفوعة وكفريا، البلدتين المحاصرتين شمال غربي سورية، ضمن عملية تبادل قلّما تحدث جرت وفق اتفاق أبرمته قوات النظام مع الفصائل "
        "وبإشراف أممي، كما أكد مصدر يرافق العملية.\n"
        "وأوضح المصدر لوكالة «فرانس برس» أن «ما يزيد على 300 شخص من البلدتين الواقعتين في محافظة إدلب بلغوا صباح اليوم "
        "منطقة السيدة زينب جنوبي دمشق»، لافتاً إلى «أجواء احتفالية رُفعت فيها رايات حزب الله اللبناني إلى جانب الأعلام السورية».\n"
        "وتفرض فصائل المعارضة السورية منذ ما يزيد على عامين حصاراً على الفوعة وكفريا، ذواتي الغالبية الشيعية، وقد "
        "اكتمل الطوق بعدما بسطت فصائل معارضة سيطرتها التامة على محافظة إدلب التي تضم البلدتين، فيما تتولى الدفاع "
        "عنهما ميليشيات من أهلهما تدين بالولاء للنظام ولحزب الله. وكان أكثر من 450 شخصاً، منهم جرحى ومدنيون، قد أُجلوا الاثنين من "
        "الفوعة وكفريا ومن الزبداني، المدينة التي يطوقها النظام بريف دمشق، وهي تُعد من آخر المدن المحاذية "
        "للبنان الباقية في يد المعارضة.\n"
        "وتمت العملية استناداً إلى اتفاق تبادل غير مألوف توصل إليه الطرفان المتحاربان في 24 أيلول/سبتمبر برعاية "
        "الأمم المتحدة، التي أشرفت أمس على الإجلاء.",
        [E("other", Q("ما يزيد على 300", 300, None), PL("الفوعة", "Al-Fuah", "Idlib"), "2015-12-29",
           "مصدر يرافق العملية", None,
           note="UNSURE: the evacuation-exchange told as one `other` event (as a prisoner exchange): its figure is the "
                "first the text writes (the 300 arriving today); Monday's evacuation of more than 450 from the two "
                "towns and Zabadani is the same operation's first leg (a second coder could code it apart, dated "
                "2015-12-28). Placed at the first town the evacuees left; the arrival quarter is where they went. The "
                "two-year siege is a state: not coded"),
         E("agreement", None, None, "2015-09-24", None, None,
           note="the September deal under UN auspices, recalled as the operation's basis: background; the two sides "
                "are named only as «the warring parties»; no place")])

passage("lb15", "2021-02-12", "Bissan FM", "SDF's announcement of two arrest operations with a total, an earlier "
        "operation recalled, a UN estimate | page: https://bissanfm.com/?p=39503",
        "«قسد» تعتقل 9 من عناصر داعش في الريف الشرقي لدير الزور\n"
        "قالت قوات سوريا الديمقراطية (قسد) في إعلان اليوم الجمعة إنها اعتقلت 9 من عناصر تنظيم داعش في عمليتين أمنيتين "
        "نفذتهما شرقي دير الزور.\n"
        "وبيّنت «قسد»، عبر موقعها الرسمي، أن أولى العمليتين جرت يوم 10 شباط 2021 وانتهت باعتقال 8 عناصر، بينما جرت "
        "الثانية في اليوم التالي، 11 شباط 2021، وأفضت إلى القبض على عنصر آخر.\n"
        "وأشارت إلى أن العمليتين نُفذتا بالاشتراك مع قوات التحالف الدولي، وأن القوات المشاركة ضبطت خلالهما أسلحة "
        "وذخائر وأجهزة اتصال بكميات، كانت في حوزة المعتقلين.\n"
        "وكانت «قسد» قد أعلنت في 9 شباط الجاري أنها اعتقلت اثنين من المسؤولين عن نقل عناصر التنظيم بين سوريا "
        "والعراق، في عملية مشتركة نفذتها قواتها الخاصة مع قوات التحالف بمنطقة تل مانخ في ناحية الشدادي "
        "بريف الحسكة.\n"
        "ووفق تقرير أصدره مجلس الأمن الدولي أخيراً، يُقدَّر أعضاء داعش في العراق وسوريا بـ10 آلاف، يوجد معظمهم في "
        "العراق.",
        [E("arrest", Q("8", 8), PL("شرقي دير الزور", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"), "2021-02-10",
           "قوات سوريا الديمقراطية (قسد)", SDF,
           note="FIGURE CALL (stop 34): the 9 equals the two operations listed (8 + 1), so it is no event of its own; "
                "the first operation is coded with its 8; the region is the finest place given"),
         E("arrest", None, PL("شرقي دير الزور", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"), "2021-02-11",
           "قوات سوريا الديمقراطية (قسد)", SDF,
           note="the second operation, one man (no numeral: no figure); same region"),
         E("arrest", Q("اثنين", 2), PL("تل مانخ", "Tal Manakh", "Al-Hasakah"), "2021-02-09", "قسد", SDF,
           note="an earlier joint operation recalled with its own date and its own named source (the SDF "
                "announced it), so the source is the SDF, not the outlet. The UN estimate of IS strength is a "
                "state: not coded")])

passage("lb16", "2016-04-20", "The New Khalij", "a UN-supervised two-way evacuation with a doctor's breakdown, the "
        "deal's background | page: https://thenewkhalij.news/article/35348/"
        "خروج-عشرات-المدنيين-من-مضايا-والفوعا-وكفريا-المحاصرة",
        "إخراج المئات من مضايا والزبداني والفوعة وكفريا المحاصرة\n"
        "الأربعاء، 20 نيسان/أبريل 2016 – 07:04 صباحاً\n"
        "أُخرج بعد ظهر الأربعاء 250 مدنياً من مضايا والزبداني في ريف دمشق، اللتين يحاصرهما جيش النظام "
        "السوري ومعه ميليشيا حزب الله اللبناني، وذلك في مقابل إخراج 250 شخصاً من الفوعة وكفريا في ريف إدلب، اللتين "
        "تحاصرهما فصائل المعارضة، بإشراف من الهلال الأحمر السوري والأمم المتحدة.\n"
        "وقال مدير المشفى الميداني في الزبداني، وليد سكر، إن 27 شخصاً غادروا الزبداني والتحقوا بقافلة حافلات الهلال "
        "الأحمر السوري الخارجة من مضايا المجاورة وعلى متنها 223 شخصاً، على أن يتوجه بعضهم إلى دمشق العاصمة وبعضهم "
        "الآخر إلى الريف الإدلبي.\n"
        "أما في ريف إدلب، انطلقت حافلات الهلال الأحمر السوري حاملة 250 شخصاً متجهة من الفوعة وكفريا إلى قلعة المضيق، في طريقها "
        "إلى دمشق واللاذقية.\n"
        "وتندرج العملية في إطار اتفاق «الفوعة – الزبداني» المبرم بين جيش الفتح وممثلين لإيران.\n"
        "وكان تنفيذ الاتفاق قد انطلق في كانون الأول/ديسمبر الماضي، إذ نص على أن تُخرج حالات من كفريا والفوعة، "
        "وفي المقابل يُؤمَّن مغادرة مقاتلي الجيش الحر الموجودين في الزبداني بسلام، وفتح ممر آمن يوصلهم إلى مطار بيروت ومنه "
        "إلى وجهتهم الأخيرة في تركيا، وذلك تحت رعاية اللجنة الدولية للصليب الأحمر.",
        [E("other", Q("250", 250), PL("مضايا", "Madaya", "Rif Dimashq", nth=1), "2016-04-20",
           "مدير المشفى الميداني في الزبداني، وليد سكر", None,
           note="FIGURE CALL: a two-way evacuation is one `other` event (as a prisoner exchange: the first side "
                "numbered, 250); 27 + 223 is its breakdown, the Idlib convoy's 250 the other side. Placed at the first "
                "town named in the lead; the doctor's next sentence comes back to it and carries back"),
         E("agreement", None, None, "2015-12", None, None,
           note="the Fuah-Zabadani deal between Jaish al-Fath and Iran's representatives, begun last December: "
                "recalled background; no place (several towns)")])

passage("lb17", "2024-05-31", "Al-Araby Al-Jadeed (via aajsa)", "a Friday of protests against HTS at 14 points, "
        "activists held, HTS's claim of an IS cell arrested, summary bullets glued on top | page: "
        "https://aajsa.com/politics/تحرير-الشام-تزعم-اعتقال-خلية-من-داعش-اغتالت-أبو-مارية-القحطاني",
        "«تحرير الشام» تقول إنها اعتقلت خلية لداعش قتلت أبو مارية القحطاني\n"
        "الملخص المسموع\n"
        "- ردّ جهاز الأمن العام على التظاهرات باعتقال عدد من الناشطين لفترة مؤقتة، فتعالت ردود غاضبة وتعهدات بمواصلة "
        "الحراك الشعبي حتى تتحقق مطالبه السياسية والاجتماعية كاملة.\n"
        "- أعلنت هيئة تحرير الشام القبض على خلية تتبع «داعش» اتهمتها بقتل أحد مؤسسي الهيئة، ساعيةً إلى إحكام قبضتها "
        "الأمنية في ظل توتر يتصاعد في المنطقة، وقالت إنها صادرت أسلحة ومواد متفجرة.\n"
        "خرجت اليوم الجمعة احتجاجات في مدن وبلدات كثيرة بريفي محافظتي إدلب وحلب، في مناطق نفوذ هيئة "
        "تحرير الشام، المعروفة قبلاً بجبهة النصرة، في شمال غرب سورية، مناهضة لزعيم الهيئة أبو محمد الجولاني ولجهازها الأمني، "
        "بينما اعتُقل عدد من الناشطين وواصلت الهيئة نشر قواتها عند مداخل المدن والبلدات سعياً إلى كبح الاحتجاجات "
        "ومنع اتساعها.\n"
        "تظاهرات في 14 نقطة ضد «الهيئة»\n"
        "ووثّق «العربي الجديد» تظاهرات في 14 نقطة: في مدينة إدلب، وفي مدن وبلدات بنش وأرمناز ثم كفر تخاريم واحسم وحربنوش، "
        "ثم كللي وقورقانيا وكفر لوسين فمخيمات أطمة بريف إدلب، وفي الأتارب وأبين سمعان ودارة عزة، في الريف الغربي لحلب، وقد "
        "اجتمع المحتجون على المطالبة بتنحية الجولاني وحلّ مجلس الشورى وجهاز الأمن العام وانتخاب مجلس شورى جديد، "
        "وإطلاق سراح معتقلي الرأي المحتجزين في سجون الهيئة.",
        [E("protest", None, PL("مدينة إدلب", "Idlib", "Idlib"), "2024-05-31", "العربي الجديد", PROT,
           note="one Friday of protests over a list of 14 points: one event at the first place (the city); the 14 "
                "counts points, not protesters: no figure. The lead has no source; the outlet's own tally in the next "
                "sentence comes back to it (an outlet named as the source is the source, stop 32)"),
         E("arrest", None, None, "2024-05-31", None, HTS,
           note="activists held for a time by HTS's General Security around the protests (summary and lead): one "
                "arrest event, no figure, no place finer than the two provinces; the outlet tells it"),
         E("arrest", None, None, "2024-05-31", "هيئة تحرير الشام", HTS,
           note="HTS's announced arrest of an IS cell it blames for killing a founder: undated, the item's news, so "
                "the publication day; no place written. The killing itself is only named in the headline as the "
                "cell's deed, with no day: not coded"),
         E("reinforcement", None, None, "2024-05-31", None, HTS,
           note="UNSURE: HTS keeps deploying forces at town entrances to curb the protests; coded as a reinforcement "
                "as set 73's je01 codes a deployment; a coder who codes only violence would leave it out")])

passage("lb18", "2012-11-01", "Al-Azd (via Sauress)", "a town taken, a heavy bombardment with a repelled storming, the "
        "LCC's toll with a governorate breakdown, an announced battle (publication day inferred: a Thursday in autumn "
        "2012) | page: https://sauress.com/alazd/25799",
        "الجيش الحر يسيطر على اليعقوبية والزبداني تحت قصف عنيف\n"
        "حلب - مازن الحلبي:\n"
        "في ريف إدلب، بسط الجيش السوري الحر سيطرته على بلدة اليعقوبية التابعة لجسر الشغور، بينما تعرضت الزبداني في "
        "ريف دمشق، مع فجر اليوم الخميس، لقصف كثيف بالراجمات والمدافع والدبابات وقذائف الهاون والقنابل المتشظية. وذكرت لجان "
        "التنسيق المحلية أن 12 شخصاً، منهم ثلاثة أطفال وامرأة، قُتلوا بنيران قوات النظام، موضحة أن تسعة منهم سقطوا في "
        "إدلب، خمسة منهم في جسر الشغور، فيما قُتل اثنان في دمشق وريفها وواحد في حماة. وفي وقت سابق، أعلن الجيش الحر إطلاق معركة "
        "سمّاها «البنيان المرصوص» لانتزاع آخر ما تبقى للجيش النظامي من مواقع بريف إدلب، ويقول إن هدفها معسكرا الحامدية "
        "ووادي الضيف، اللذين يحمّلهما الثوار مسؤولية سقوط ضحايا كثيرين في الأشهر الأخيرة.\n"
        "وذكر المركز الإعلامي السوري أن أكثر من ألفي قذيفة انهالت على الزبداني فجر اليوم، من راجمات ومدافع ودبابات "
        "وهاونات وقنابل متشظية، فدمرت مئتي منزل. وحاولت قوات حشدها جيش النظام اقتحام المدينة من جهة شارع بردى، غير أن "
        "مقاتلي كتائب الجيش الحر تصدوا لها وحالوا دون توغلها في المدينة المحاصرة حصاراً خانقاً، والتي تعاني نقصاً لم يسبق "
        "له مثيل في الغذاء وسائر المواد الأساسية.",
        [E("territory_change", None, PL("اليعقوبية", "Al-Yaqubiyah", "Idlib"), "2012-11-01", None, FSA,
           note="the FSA takes the town (the page's opening source is cut off: the outlet); undated, the item's "
                "news: the publication day"),
         E("shelling", Q("أكثر من ألفي", 2000, None), PL("الزبداني", "Al-Zabadani", "Rif Dimashq", nth=1), "2012-11-01",
           "المركز الإعلامي السوري", GOV,
           note="the dawn bombardment told in the lead and again by the Syrian Media Center with its figure (shells; "
                "no dead stated), which comes back to the same act and carries back; the 200 houses are damage"),
         E("casualties", Q("12", 12), None, "2012-11-01", "لجان التنسيق المحلية", GOV, kind="aggregate",
           note="the day's toll by regime fire with a bare breakdown by governorate (9 Idlib, of them 5 Jisr "
                "al-Shughur, 2 Damascus, 1 Hama): an aggregate, the places its breakdown (stop 34)"),
         E("statement", None, PL("ريف إدلب", "Idlib countryside", "Idlib", nth=1), None, "الجيش الحر", FSA,
           note="the FSA's earlier announcement («وفي وقت سابق») of a named battle for the last army positions in rural Idlib: a "
                "named body's announcement (stop 32), placed at the region it concerns; recalled with no day: no date"),
         E("armed_clash", None, PL("الزبداني", "Al-Zabadani", "Rif Dimashq", nth=2), "2012-11-01", None, GOV,
           note="an attempted storming of the town repelled by FSA brigades: an armed clash; the attacker is the "
                "agent; an act of another kind after the Media Center's report: outlet (stop 30)")])


passage("lb19", "2024-04-06", "Bissan FM", "HTS blames IS for its commander's killing, the funeral, the Salvation "
        "Government's telling of a suicide bomber | page: https://bissanfm.com/news/76019",
        "أخبار\n"
        "«تحرير الشام» تحمّل داعش مسؤولية مقتل قياديها البارز أبو ماريا القحطاني\n"
        "وجّهت هيئة تحرير الشام، يوم أمس الجمعة، الاتهام إلى تنظيم داعش بالوقوف وراء اغتيال أحد أبرز قادتها، «أبو ماريا "
        "القحطاني»، الذي لقي حتفه مساء الخميس الفائت بانفجار عبوة ناسفة في مكان إقامته ببلدة سرمدا، في ريف إدلب.\n"
        "ونعت الهيئة في بيان رسمي «ميسر علي الجبوري»، المعروف بأبي ماريا القحطاني، واصفة إياه بـ«الشيخ المجاهد»، ونظمت "
        "له جنازة رسمية شارك فيها الآلاف بمدينة إدلب، في مسجد «زيد بن حارثة»، يتقدمهم أبو محمد الجولاني، زعيم الهيئة.\n"
        "أما حكومة الإنقاذ، وهي الواجهة المدنية للهيئة، فقالت إن 3 أشخاص دخلوا مضافة القحطاني في سرمدا ففجّر أحدهم "
        "نفسه بحزام ناسف، وإنه اتضح فيما بعد أن الثلاثة ينتمون إلى داعش.\n"
        "وجاء اغتيال القحطاني بعد بضعة أشهر من إطلاق سراحه من سجون الهيئة، التي كانت تحتجزه بتهمة التعامل مع "
        "جهات خارجية («العمالة»).",
        [E("explosion", None, PL("سرمدا", "Sarmada", "Idlib"), "2024-04-04", "هيئة تحرير الشام", IS,
           note="UNSURE: the killing of the commander at his guesthouse (an IED in the lead, a suicide belt in the "
                "Salvation Government's telling: one incident), dated by «مساء الخميس الفائت»; singular, no figure. "
                "HTS's accusation is the telling of the incident (its source and the agent it names), not a statement "
                "of its own (stop 32's exclusion of a reaction to an incident of the item); a second coder could code "
                "it. The funeral and the earlier release are not coded")])

passage("lb20", "2021-08-19", "Nemo Service", "a coalition heli-borne raid arresting an IS emir after a firefight, "
        "security and local sources, an SDF raid recalled | page: https://nemoservice.com/2021/08/19/1670",
        "تعيش مناطق سيطرة «قسد» بريف دير الزور على وقع اضطرابات متكررة واغتيالات تستهدف عدداً من عناصرها والمتعاونين معها، "
        "في ظل فلتان أمني. ويقابل ذلك تنفيذ قوات التحالف الدولي عمليات أمنية بين فترة وأخرى لملاحقة خلايا داعش في "
        "أرياف المحافظة.\n"
        "وفي هذا الإطار، دهمت قوات «التحالف الدولي» خلال عملية أمنية في الريف الغربي لدير الزور منزلاً في بلدة محيميدة "
        "يستأجره أمير عراقي الجنسية في تنظيم داعش. واستُخدمت في المداهمة أربع مروحيات وطائرة حربية، إذ حطت مروحيتان على "
        "الأرض وانتشر منهما الجنود، فاعتقلوا الأمير إثر اشتباك معه دام قرابة 40 دقيقة، ثم نسفوا المنزل قبل أن يغادروا.\n"
        "وبحسب مصادر أمنية، كان القيادي ينشط في الدعاية للتنظيم ونشر أفكاره، ويسهّل تحركات عناصره في المنطقة، كما كانت "
        "بحوزته أسلحة وذخائر. وأفادت مصادر محلية من جيران المنزل أنه كان مقراً لإحدى خلايا التنظيم. وكان برفقة المعتقل "
        "رجل عراقي آخر يُعتقد أنه من كبار قياديي التنظيم، دعاه جنود التحالف عبر مكبرات الصوت إلى تسليم نفسه.\n"
        "وفي 5 آب الجاري، سجّل المرصد السوري لحقوق الإنسان مداهمة نفذتها قوات «التدخل السريع» التابعة لقوات "
        "سوريا الديمقراطية.",
        [E("arrest", None, PL("محيميدة", "Muhaimida", "Deir ez-Zor"), "2021-08-19", None, COAL,
           note="UNSURE TYPE: a heli-borne raid that arrests one emir after a 40-minute exchange of fire and blows up "
                "the house: one event, coded as the arrest (the raid's aim and outcome); a second coder could code an "
                "armed_clash. Singular, no figure; the four helicopters are no figure of the act's people. Undated, the "
                "item's news: the publication day. The security and local sources describe the man and the house, "
                "not the raid: the outlet tells it. The opening unrest and the coalition's habitual operations are "
                "states: not coded"),
         E("arrest", None, None, "2021-08-05", "المرصد السوري لحقوق الإنسان", SDF,
           note="an SDF raid on 5 August, recalled with its own date and source; the page is cut after it: no place")])


def main() -> None:
    write("gold101.jsonl", P101)


if __name__ == "__main__":
    main()
