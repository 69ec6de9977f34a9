"""Build gold92.jsonl: development set 92 (ids ks01…), written in stop 36 by writer w92 BEFORE any run on it.

Short excerpts (a headline line and one to three paragraphs, 40-130 words), each the paraphrase of ONE real page
found in the search tool's `pages` corpus (queried in Arabic), years 2011-2025, many outlets and subjects: shelling
and air strikes with several incidents, executions, defections told by several sources, rights groups' tallies
with their breakdowns, takings, arrests, abductions, protests, settlements, statements. Every sentence was
rewritten (no run of five words, names aside, is shared with its page: checked by script against the page text,
which was kept outside the repository); the incidents, their order, places, figures (as the page writes them),
dates, sources and hedges are the page's; private people's names are invented or left out. Each passage's
`style` ends with the page's address. Where the page shows no date, the publication date was inferred from its
events (said so in `style`). Gold follows news_dev's README and the events_probe README's stop 28, 30, 32 and 34
conventions; it was written before marsad ran on any of these passages. Offsets are computed by build.build and
checked.

    python benchmarks/data/events_probe/build92.py      # rewrites gold92.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P92: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P92.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("ks01", "2012-04-25", "Al-Sharq (Qatar), relaying Reuters", "rockets on a Hama district during the truce; two "
        "sources' tolls; UN monitors as background | page: https://www.sauress.com/alsharq/242899",
        "ناشطون: صواريخ القوات الحكومية تقتل 12 على الأقل في حماة رغم الهدنة\n"
        "بيروت (رويترز) - ذكر ناشطون أن صواريخ أطلقتها قوات الأمن السورية اليوم الأربعاء سقطت على مبنى في مدينة "
        "حماة وسط سوريا، فقتلت ما لا يقل عن 12 شخصاً وجرحت عشرات آخرين، في خرق دامٍ للهدنة. وأوضح المرصد السوري "
        "لحقوق الإنسان، وإدارته في بريطانيا، أن نيراناً كثيفة طالت حي مشاع الطيران بالمدينة، بينما رفعت "
        "لجان التنسيق المحلية عدد القتلى إلى 15 والجرحى إلى 30. وتستضيف حماة، أحد معاقل الانتفاضة المندلعة منذ "
        "عام على حكم بشار الأسد، فريقاً صغيراً من المراقبين الدوليين يمهد لوصول بعثة أوسع تتابع الهدنة.",
        [E("shelling", Q("ما لا يقل عن 12", 12, None), PL("مشاع الطيران", "Mashaa al-Tayyar", "Hama"), "2012-04-25",
           "ناشطون", GOV,
           note="ground-launched rockets: shelling; one incident told by three sources: the first figure the text writes "
                "(activists' 12, stop 34), the LCC's 15 is another telling; the district the observatory names is the "
                "most specific place; Britain is the observatory's seat; the monitors are background")])

passage("ks02", "2012-04-07", "Elbalad (Egypt), relaying Reuters", "an execution of farming families in a Hama village; "
        "a video; the day before's killings (published date inferred from the page's events) "
        "| page: https://www.masress.com/elbalad/89015",
        "ناشطون: إعدام 18 قروياً بينهم أطفال في حلفايا بريف حماة\n"
        "أفاد ناشطون بأن قوات الأمن السورية أطلقت النار يوم الجمعة على 18 شخصاً على الأقل في بلدة زراعية وسط البلاد "
        "فأردتهم، ومنهم خمسة أطفال في أقل تقدير. وأظهر تسجيل نشره الناشطون على الشبكة جثثاً دامية لصغار ولأربعة "
        "كبار أو أكثر تُلفّ بالأغطية، وقالوا إن سبعة من الضحايا والدان وأبناؤهما الخمسة، وأصغرهم رضيع في شهره "
        "العاشر. وبحسب روايتهم، فإن القتلى من أسر مزارعين في حلفايا بمحافظة حماة، صفّهم العناصر ثم أعدموهم، ولم "
        "يُعرف سبب ذلك. وتشهد حماة وأريافها قصفاً عنيفاً متقطعاً وانقطاعاً كاملاً للاتصالات منذ ثلاثة أسابيع، وكان "
        "ناشطون قد تحدثوا الخميس عن 13 آخرين لقوا حتفهم برصاص في الرأس على طريقة الإعدام.",
        [E("casualties", Q("18", 18, None), PL("حلفايا", "Halfaya", "Hama"), "2012-04-06", "ناشطون", GOV,
           note="an execution by a known force: casualties (stop 30); «على الأقل» after the noun: low 18, open high; "
                "the children and the family are a breakdown"),
         E("casualties", Q("13", 13), PL("حماة", "Hama", "Hama"), "2012-04-05", "ناشطون", None,
           note="executions told the day before: another incident; place is the Hama area the sentence is about "
                "(judgement: a coder may leave it unplaced); the three weeks of shelling are a state, not coded")])

passage("ks03", "2019-07-15", "Syrian News Agency (opposition)", "artillery on al-Ghab from a regime camp; a family "
        "killed; napalm on an Idlib village; Turkish return fire; a state of campaign (published date inferred) "
        "| page: https://syrianewsagency.net/?p=4209",
        "قتلى مدنيون من أسرة واحدة بقصف لقوات الأسد على سهل الغاب\n"
        "سقط قتلى مدنيون، بينهم أطفال، وجرحى آخرون إثر قذائف مدفعية وصاروخية أطلقتها قوات الأسد على بلدات وقرى في "
        "سهل الغاب غربي حماة. وبحسب مراسل الوكالة السورية للأنباء «سنا»، انطلقت القذائف من معسكر جورين التابع "
        "للنظام وطالت قسطون والدقمام، وقضى 6 مدنيين من أسرة واحدة، بينهم الأب، في قسطون. وفي الزيادية "
        "بريف إدلب جُرح مدنيان بقذائف نابالم حارقة، وطالت القذائف محيط النقطتين التركيتين في البلدتين. وقصفت مدفعية "
        "الجيش التركي الثقيلة مواقع النظام داخل معسكر جورين. كذلك تتعرض أطراف مدينة إدلب الغربية لقصف مماثل "
        "من قوات النظام المتمركزة قرب سراقب، ضمن حملة برية وجوية يشنها النظام وروسيا منذ مطلع حزيران الماضي.",
        [E("shelling", Q("6", 6), PL("قسطون", "Qastun", "Hama"), "2019-07-15", "مراسل الوكالة السورية للأنباء «سنا»",
           GOV, note="the headline's and lead's shelling of al-Ghab is this act; placed at the town with the dead "
                     "(al-Dqamm is the same act); the camp is where fire came from; dated by publication"),
         E("shelling", None, PL("الزيادية", "Al-Ziyadiyah", "Idlib"), "2019-07-15",
           "مراسل الوكالة السورية للأنباء «سنا»", GOV,
           note="incendiary shells on another village: its own incident; a dual injured, no figure; the agency's "
                "reporter files the whole item, so he carries"),
         E("shelling", None, PL("معسكر جورين", "Jurin camp", "Hama"), "2019-07-15",
           "مراسل الوكالة السورية للأنباء «سنا»", TUR, note="a military camp is its own place"),
         E("shelling", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2019-07-15", "مراسل الوكالة السورية للأنباء «سنا»",
           GOV, note="shelling told in the present on the city's western edge (judgement: news, not a habit); "
                     "Saraqeb is where fire came from; the campaign since June is a state, not coded")])

passage("ks04", "2018-06-10", "Syria TV", "artillery on farmland during a harvest; a strike two days before; a recalled "
        "evacuation (published date inferred) | page: https://www.syria.tv/ضحايا-بينهم-أطفال-في-قصف-لقوات-النظام-على-ريف-حماة",
        "قتلى وجرحى بينهم أطفال بقذائف النظام على ريف حماة\n"
        "لقي مدنيون حتفهم وجُرح آخرون بقصف مدفعي شنته قوات النظام على لحايا في ريف حماة الشمالي. وأفاد مراسل "
        "تلفزيون سوريا بأن 5 مدنيين قُتلوا وأصيب غيرهم، بينهم أطفال، حين قصفت قوات النظام من «حاجز المداجن» القريب "
        "من طيبة الإمام حقولاً حول القرية، وأن القذائف سقطت والأهالي يجنون نبتة «الشفلح» البرية التي تدخل في صناعة "
        "الأدوية. ويتكرر القصف على المنطقة منذ أقام الجيش التركي نقاط مراقبة فيها، إذ أمطرت القوات المتمركزة في "
        "حلفايا وصوران مدينة اللطامنة قبل يومين بأكثر من 50 قذيفة دبابات ومدفعية ثقيلة. وكان ريف حمص الشمالي "
        "وريف حماة الجنوبي قد شهدا تهجير مقاتلي الفصائل وعائلاتهم ورافضي «التسوية» إلى الشمال، بموجب اتفاق أبرمته "
        "«هيئة التفاوض» مع وفد روسي إثر حملة عسكرية عنيفة.",
        [E("shelling", Q("5", 5), PL("لحايا", "Lahaya", "Hama"), "2018-06-10", "مراسل تلفزيون سوريا", GOV,
           note="the checkpoint and Tayyibat al-Imam are where fire came from; dated by publication"),
         E("shelling", Q("أكثر من 50", 50, None), PL("اللطامنة", "Al-Lataminah", "Hama"), "2018-06-08", None, GOV,
           note="the shells are the figure (no dead); Halfaya and Souran are where fire came from. SOURCE CALL: the "
                "writer's own background («ويتكرر… إذ»), so the outlet, though the reporter's exception could carry"),
         E("other", None, PL("ريف حمص الشمالي", "Northern Homs countryside", "Homs"), None, None, GOV,
           note="a recalled evacuation of fighters and families (background, no day): placed at the first region "
                "named (origin); the deal that ordered it is its frame, not a second event (judgement)")])

passage("ks05", "2019-03-14", "Al-Fallujah TV", "a civil defence count of artillery attacks over a list of places; a "
        "deadly shelling hours before (published date inferred) "
        "| page: http://www.alfallujah.tv/news/قصف-مدفعي-عنيف-شنته-قوات-النظام-السوري-على-قرى-في-إدلب",
        "قصف مدفعي عنيف للنظام على قرى ريف حماة\n"
        "سقط قتلى وجرحى من المدنيين جراء قصف مدفعي كثيف نفذته قوات النظام السوري والميليشيات الرديفة على مناطق "
        "سكنية في ريف حماة، الداخلة في منطقة خفض التصعيد بإدلب وما حولها. وأفادت مديرية الدفاع المدني في إدلب ضمن "
        "بيان لها إن القوات الحكومية نفذت ما يزيد على 100 هجوم بالمدافع والصواريخ على قرى سهل الغاب غربي حماة وعلى "
        "اللطامنة وكفرزيتا في ريفها الشمالي. وجاء ذلك بعد ساعات من قذائف عنيفة أطلقها النظام على مدينة خان "
        "شيخون جنوب إدلب وأودت بحياة 8 مدنيين.",
        [E("shelling", Q("ما يزيد على 100", 100, None), PL("سهل الغاب", "Al-Ghab plain", "Hama"), "2019-03-14",
           "مديرية الدفاع المدني في إدلب", GOV,
           note="one act told over a list of places (al-Ghab's villages, Lataminah, Kafr Zita): placed at the first; "
                "the dead are not numbered, so the attacks are the figure; the lead's unsourced sentence and the "
                "statement's count are one telling; the de-escalation zone is a frame; dated by publication"),
         E("shelling", Q("8", 8), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-03-14", None, GOV,
           note="the writer's recall «ويأتي… بعد ساعات»: the outlet; hours before: the same day")])

passage("ks06", "2017-04-09", "Syrian Press Center", "air raids killing children in an IS-held district; shelling with "
        "flight; a repelled advance (published date inferred) | page: https://syrianpc.com/5-شهداء-وعدد-من-الجرحى-جراء-القصف-الجوي-4",
        "مجزرة بغارات النظام على عقيربات وقصف يهجّر أهالي قرى الغاب\n"
        "قضى 5 مدنيين وجُرح آخرون في مجزرة نفذها طيران النظام الحربي بناحية عقيربات في ريف حماة الشمالي، تزامناً مع "
        "قصف بالمدافع على قرى الريف الغربي. وقال ناشطون إن المقاتلات أغارت اليوم الأحد مرات عدة على منازل السكان "
        "في الناحية، فقتلت 5 مدنيين هم «4 أطفال وشاب»، وألحقت أضراراً بالممتلكات. وفي الريف الغربي، أطلقت قوات "
        "الأسد من حواجزها في بريديج والمهد قذائف مدفعية وصاروخية كثيرة على قلعة المضيق وقرية التوبة، فنزح "
        "أهلهما بشكل شبه كامل. وعلى جبهة أخرى، صدّ الثوار اليوم هجوماً لقوات الأسد على قرية معركبة، وقتلوا عدداً "
        "من المهاجمين ودمروا رشاشاً.",
        [E("airstrike", Q("5", 5, nth=1), PL("عقيربات", "Uqayribat", "Hama"), "2017-04-09", "ناشطون", GOV,
           note="the headline, lead and body tell one raid; the activists' telling has the figure (both are 5); "
                "the children and the young man are a breakdown"),
         E("shelling", None, PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"), "2017-04-09", None, GOV,
           note="one act over two villages, placed at the first; the checkpoints are where fire came from; "
                "«وفي الريف الغربي» is another kind of act after the activists' raid: the outlet (stop 30)"),
         E("other", None, PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"), "2017-04-09", None, None,
           note="near-total flight of the two villages' people: displacement (other), placed at the origin; a coder "
                "who codes only violence would leave it in the shelling (judgement)"),
         E("armed_clash", None, PL("معركبة", "Maarkaba", "Hama"), "2017-04-09", None, GOV,
           note="a repelled attack: a clash; the attackers' dead are not numbered")])

passage("ks07", "2011-12-14", "Al-Mashhad (Egypt)", "dozens of soldiers defect in Saraqeb, told by activists and a video "
        "aired by Al Jazeera; a recalled announcement by the FSA's deputy commander (published date inferred) "
        "| page: https://www.masress.com/almashhad/57523",
        "عشرات الجنود ينشقون في سراقب وينضمون إلى الجيش الحر\n"
        "قال ناشطون حقوقيون سوريون إن عشرات من عناصر الجيش النظامي في مدينة سراقب بمحافظة إدلب تركوا صفوفه والتحقوا "
        "بالجيش السوري الحر. وعرضت قناة «الجزيرة» مساء اليوم الأربعاء شريطاً بثه الناشطون يظهر الجنود وهم يؤدون "
        "يمين الولاء للجيش الحر، متعهدين بحماية الثورة والمتظاهرين، وبصون سيادة البلاد واستقلالها، وببذل أرواحهم "
        "إلى أن يسقط نظام الرئيس بشار الأسد. وكان نائب قائد الحر العقيد مالك الكردي قد صرّح بأن "
        "عمليات الجيش الحر ستكون من الآن هجومية، موضحاً أنهم يخوضون حرب عصابات تبقى فيها كل الاحتمالات قائمة، "
        "وأنهم وإن افتقروا إلى سلاح يعادل سلاح الجيش فإنهم يملكون المناورة والصبر.",
        [E("defection", Q("عشرات", 20, 90, True), PL("سراقب", "Saraqib", "Idlib"), "2011-12-14", "ناشطون حقوقيون سوريون",
           GOV, note="the video and the oath are the same defection; dated by publication (the video aired today)"),
         E("statement", None, None, None, "العقيد مالك الكردي", FSA,
           note="a named commander's announced shift to offensive operations: a statement (stop 32), recalled with "
                "«وكان… قد» and no day")])

passage("ks08", "2012-06-27", "Egypt Window", "senior officers defect: a total over days, two announced on video, a "
        "general who fled to Turkey, a running total there (published date inferred) "
        "| page: https://egyptwindow.net/article/420814/ضباط-كبار-ينشقون-عن-الجيش-السوري-وينضمون-للحر",
        "ضباط كبار يتركون الجيش السوري ويلتحقون بالحر\n"
        "تتسع الانشقاقات بين كبار ضباط الجيش النظامي، إذ يقول الجيش الحر إن من أعلنوا انشقاقهم من الضباط في "
        "الأيام الأخيرة بلغوا ثلاثين، منهم عميد وعقيد. وفي بنش بريف إدلب، أعلن الرائد سامر عبود تركه جيش النظام والتحاقه بالجيش الحر، "
        "احتجاجاً على الحملة العسكرية ضد المدنيين. وأعلن كذلك العميد الركن وليد حسون، من إدارة المركبات، انشقاقه "
        "وانضمامه إلى الحر بسبب قتل الجيش أبناء شعبه، ودعا ضباط الجيش النظامي إلى أن يحذوا حذوه. وفي الإطار ذاته، "
        "أفاد مسؤولون في الجيش الحر بأن ضابطاً برتبة لواء من سلاح الهندسة انشق اليوم الأربعاء ولجأ إلى تركيا، ليبلغ عدد "
        "كبار الضباط المنشقين الواصلين إلى تركيا 16 ضابطاً.",
        [E("defection", Q("ثلاثين", 30), None, None, "الجيش الحر", GOV, kind="aggregate",
           note="a total over 'recent days', larger than the incidents listed: an aggregate beside them; no place"),
         E("defection", None, PL("بنش", "Binnish", "Idlib"), "2012-06-27", "الرائد سامر عبود", GOV,
           note="one officer, no figure; his own announcement is the source; dated by publication"),
         E("defection", None, PL("إدارة المركبات", "Vehicles Administration", "Rif Dimashq"), "2012-06-27",
           "العميد الركن وليد حسون", GOV,
           note="the base he served in is the place (stop 28/30 convention b, as set 20 e06)"),
         E("statement", None, None, "2012-06-27", "العميد الركن وليد حسون", FSA,
           note="UNSURE: his call on officers to defect coded as a statement (stop 32: a named person's call); a "
                "coder could keep it inside his defection's telling"),
         E("defection", None, PL("تركيا", "Turkey", None, "Turkey"), "2012-06-27", "مسؤولون في الجيش الحر", GOV,
           note="a major general (rank «لواء», no figure) who defected and fled: the arrival abroad is the place when "
                "no place at home is named"),
         E("defection", Q("16", 16), None, None, "مسؤولون في الجيش الحر", GOV, kind="aggregate",
           note="a running total of senior officers in Turkey: an aggregate with no place (convention a)")])

passage("ks09", "2012-04-03", "Almoslim.net", "a rights network's named list: a rounded and an exact total since March "
        "2011, categories and governorates (published date inferred) | page: https://almoslim.net/node/162209",
        "الشبكة السورية: قائمة بأسماء أكثر من 10 آلاف قتيل منذ بدء الاحتجاجات\n"
        "أحصت الشبكة السورية لحقوق الإنسان عبر تقرير جديد ما يفوق 10 آلاف شخص لقوا حتفهم في سوريا منذ انطلاق "
        "الاحتجاجات على حكم الرئيس بشار الأسد منتصف آذار/مارس 2011، ونشرت لائحة بأسمائهم وبتاريخ مقتل كل منهم "
        "ومكانه. وحددت الشبكة الرقم بدقة بـ10130 قتيلاً، منهم 676 من الأطفال و520 من النساء و753 من العسكريين ورجال "
        "الأمن، موالين كانوا أو منشقين أو ممن رفضوا إطلاق النار، مضيفة أن 368 قضوا تحت التعذيب. وتتصدر حمص "
        "المحافظات الأربع عشرة بـ3767 قتيلاً تليها إدلب بـ1495. وأوضحت الشبكة أن حصيلتها ثمرة جهد ما يزيد على 2000 "
        "ناشط ميداني في حقوق الإنسان وما يزيد على 100 من الكيانات الثورية والتنسيقية.",
        [E("casualties", Q("10130", 10130), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="FIGURE CALL: the same source rounds first («ما يفوق 10 آلاف») then gives the exact count: one "
                "aggregate, the exact (latest) figure; period from mid-March 2011; children, women, soldiers, the "
                "tortured and the governorates are a breakdown; the activists and bodies are the network's means")])

passage("ks10", "2015-12-28", "Zaman Masdar", "a rights network's yearly toll with a month to date and per-party "
        "figures | page: https://zamanmasdar.com/archives/1542?share=telegram",
        "الشبكة السورية: نحو 21 ألف قتيل في سوريا خلال 2015 ثلاثة أرباعهم بيد النظام\n"
        "أصدرت الشبكة السورية لحقوق الإنسان تقريراً اليوم الاثنين، قالت فيه إن حصيلة ضحايا عام 2015 في سوريا بلغت نحو 21179 شخصاً، "
        "يتحمل النظام وحده المسؤولية عن 75% منهم. وأورد التقرير، الذي يغطي المدة من أول العام إلى صباح "
        "اليوم، أن قوات الحكومة قتلت 15748 شخصاً، بينهم 3704 من المسلحين و12044 من المدنيين، ومن هؤلاء 2592 "
        "طفلاً و1957 سيدة، إضافة إلى ما لا يقل عن 1546 قضوا تحت التعذيب. وقدّر التقرير عدد القتلى منذ مطلع كانون "
        "الأول بنحو 1793. ونسب إلى القوات الروسية قتل 849 مدنياً، وإلى قوات الإدارة الذاتية الكردية قتل 132 "
        "مدنياً، وإلى التنظيمات المتشددة قتل 2265 شخصاً.",
        [E("casualties", Q("نحو 21179", 21179, approx=True), None, None, "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate",
           note="the year's toll (period 2015-01-01 to the 28th); the per-party figures (government, Russian, Kurdish, "
                "extremists) and their categories are its breakdown, not events"),
         E("casualties", Q("نحو 1793", 1793, approx=True), None, None, "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate",
           note="the month to date (December 1-28): an aggregate of its own period; «ب» kept in the span as written "
                "(the preposition «ب» left out of the span)")])

passage("ks11", "2022-05-28", "ABNA (Ahl al-Bayt News Agency), relaying RT", "a car hit east of Qamishli with three "
        "sources' tolls; a second drone strike; Erdogan's planned operation and Damascus's answer (published date "
        "inferred) | page: https://ar.abna24.com/story/1262411",
        "مقتل مدنيين اثنين باستهداف سيارة قرب القامشلي\n"
        "نقلت وكالة «أبنا» عن موقع «روسيا اليوم» أن مدنيين اثنين قُتلا وجُرح ثلاثة على الأقل حين استُهدفت سيارة في "
        "ريف القامشلي شمال شرقي سوريا. وتباينت الحصيلة محلياً: فوكالة هاوار تحدثت عن جريح واحد في أقل تقدير، في حين "
        "أحصت قناة «روناهي» قتيلين وثلاثة جرحى. وأوضحت هاوار أن السيارة أصيبت على طريق قرية سيكركا شرقي المدينة "
        "فاشتعلت، دون أن تذكر من المستهدف أو كيف وقع الانفجار، بينما نسبته صفحات إخبارية محلية إلى مسيّرة تركية. "
        "وفي سياق قريب، أفادت وسائل إعلام بأن مسيّرة تركية ضربت سيارة عسكرية لـ«قسد» قرب الحدود في ريف القامشلي. "
        "ويجري ذلك مع تصعيد تركي يسبق عملية عسكرية قال الرئيس رجب طيب أردوغان إن غايتها «توسيع المنطقة الآمنة»، "
        "ورأت فيها الخارجية السورية «عدواناً مشيناً» وتطهيراً عرقياً يرقى إلى جرائم الحرب.",
        [E("airstrike", Q("اثنين", 2), PL("سيكركا", "Sikarka", "Al-Hasakah"), "2022-05-28", "موقع «روسيا اليوم»", TUR,
           note="one incident told by four sources: the first figure the text writes (RT's two, relayed: RT is the "
                "source); Hawar's village is the most specific place; a drone per local pages (agent judgement: the "
                "text names no other); dated by publication"),
         E("airstrike", None, PL("ريف القامشلي", "Qamishli countryside", "Al-Hasakah", nth=1), "2022-05-28",
           "وسائل إعلام", TUR, note="another strike on an SDF vehicle; no figure"),
         E("statement", None, None, None, "الرئيس رجب طيب أردوغان", TUR,
           note="a planned operation announced with its aim: a statement (future); undated"),
         E("statement", None, None, None, "الخارجية السورية", GOV,
           note="the ministry's condemnation: a statement of its own; undated")])

passage("ks12", "2021-11-10", "Syriac Press", "a drone kills a family in a Qamishli district; a recalled week of strikes "
        "in Kobani | page: https://syriacpress.com/ar/2021/11/10/مجدداً،-المسيّرات-التركية-تستهدف-سيا",
        "مسيّرة تركية تقتل ثلاثة مدنيين من أسرة واحدة في القامشلي\n"
        "أغارت طائرة تركية مسيّرة أمس على سيارة لمدنيين في الهلالية، أحد أحياء القامشلي، فقضى ثلاثة أفراد من أسرة "
        "واحدة، في خرق جديد لتفاهمات خفض التصعيد التي توصلت إليها أنقرة مع موسكو وواشنطن في تشرين الأول 2019. وليست "
        "هذه أول ضربة تشنها المسيّرات التركية على سيارات المدنيين في شمال شرقي البلاد، ففي أسبوع واحد من تشرين "
        "الأول المنصرم قصفت مسيّرات تركية سيارتين مدنيتين في كوباني، ما أودى بحياة مدنيَّين اثنين وثلاثة من عناصر "
        "قوات سوريا الديمقراطية، وجرح آخرين.",
        [E("airstrike", Q("ثلاثة", 3), PL("الهلالية", "Al-Hilaliyah", "Al-Hasakah"), "2021-11-09", None, TUR,
           note="the headline and body tell one strike; the district is the most specific place"),
         E("airstrike", Q("اثنين", 2), PL("كوباني", "Kobani", "Aleppo"), "2021-10", None, TUR, kind="aggregate",
           note="UNSURE: two strikes in one October week told together with one toll: coded as one aggregate at the "
                "town (a coder could code two incidents with no figure each); no total written, so the first side "
                "numbered (the two civilians) is the figure; the 2019 understandings are background")])

passage("ks13", "2024-10-01", "North Press Agency", "a medical student abducted near his town; threats before; "
        "clashes in another town the week before (published date inferred) | page: https://npasyria.com/197912/",
        "مسلحون مجهولون يخطفون طالباً جامعياً شمالي درعا\n"
        "درعا – نورث برس\n"
        "يوم أمس الاثنين، خطف مسلحون طالباً في الجامعة واقتادوه إلى مكان مجهول، بينما كان في طريق عودته من دمشق إلى بلدته "
        "إبطع في ريف درعا الشمالي. وأفاد مصدر محلي نورث برس بأن المخطوف، أنس خالد العبيد، يدرس الطب البشري في "
        "دمشق، وأنه تلقى في الآونة الأخيرة رسائل من رقم غير معروف عبر «واتس آب» تهدده بالخطف طلباً للفدية. ويسود "
        "التوتر بلدته منذ الصباح، إذ استنفر مسلحون من أهلها بحثاً عنه وعن خاطفيه. وتتزايد حوادث الخطف بقصد الفدية "
        "في درعا وسط فلتان أمني مستمر منذ استعادت القوات الحكومية السيطرة عليها عام 2018، وكانت بلدة الكرك في الريف "
        "الشرقي قد شهدت الأسبوع الماضي اشتباكات بين القوات الحكومية ومقاتلين من فصائل محلية على خلفية اعتقال.",
        [E("arrest", None, PL("إبطع", "Ibta", "Daraa"), "2024-09-30", "مصدر محلي", UNK,
           note="an abduction is coded arrest (as sets 73-91); one person, no figure; the local source's next sentence "
                "comes back to the same abduction, so it carries back; the threats and the townsmen's search are not "
                "events; the rise in kidnappings is a state"),
         E("armed_clash", None, PL("الكرك", "Al-Karak", "Daraa"), "2024-W39", None, None,
           note="clashes «الأسبوع الماضي» (ISO week before publication); two sides, no actor1; the arrest behind "
                "them is untold (no place or day of its own), not coded")])

passage("ks14", "2024-03-27", "963+", "two abductions for ransom in Daraa's countryside; a Russia-backed brigade detains "
        "and frees suspects (published date inferred) | page: https://963media.com/?p=6694",
        "خاطفو شاب في ريف درعا الغربي يطلبون سبعة آلاف دينار أردني\n"
        "يطالب الذين خطفوا الشاب حسان محمود الزعبي قبل أكثر من أسبوع بسبعة آلاف دينار أردني، أي زهاء «9900» دولار، "
        "لقاء إطلاقه، وكان قد اختُطف قرب حاجز للقوات الحكومية عند مبنى الري على طريق اليادودة - المزيريب غربي درعا. "
        "وقال مراسل «963+» إن الشاب المدني المتحدر من عتمان نُسب خطفه في البداية إلى اللجان المركزية "
        "وقيل إنها سلّمته للأمن العسكري، قبل أن يتصل الخاطفون بأهله اليوم طالبين المال. وأضاف المراسل أن مجهولين "
        "خطفوا يوم 19 من آذار الجاري الشاب فراس عادل النابلسي (20 عاماً) من مزرعة دواجن يعمل فيها على طريق نامر - "
        "الحراك شرقي درعا، وأن مجموعات من اللواء الثامن المدعوم روسياً انتشرت على طرق نامر واحتجزت أشخاصاً من "
        "اللجاة ثم أطلقتهم، وآخرهم ثمانية أُفرج عنهم أمس.",
        [E("arrest", None, PL("اليادودة", "Al-Yadudah", "Daraa"), None, "مراسل «963+»", UNK,
           note="an abduction (arrest); «قبل أكثر من أسبوع» fixes no day: no date; the ransom call today is part of "
                "it; the road's first place; the reporter's next sentence comes back to it, so he carries back; the "
                "rumour about the Central Committees is not asserted; the money is no figure"),
         E("arrest", None, PL("نامر", "Namer", "Daraa"), "2024-03-19", "مراسل «963+»", UNK,
           note="a second abduction, on the Namer-Hirak road (first place); the age is no figure"),
         E("arrest", None, PL("نامر", "Namer", "Daraa", nth=1), None, "مراسل «963+»", None,
           note="FIGURE CALL: the 8th Brigade's detentions have no total written; the eight freed yesterday are the "
                "last release, not the detained count; placed on the roads to Namer; the brigade has no canonical "
                "actor; undated (the detentions' days are not given)")])

passage("ks15", "2023-09-23", "Syria TV", "a Saturday protest in Sweida's square; banners; the larger Friday protest "
        "recalled | page: https://www.syria.tv/متظاهرو-السويداء-يجددون-مطالبهم-بإسقاط-النظام-في-اليوم-الـ-35-من-الانتفاضة?amp",
        "في يومها الخامس والثلاثين.. احتجاجات السويداء تطالب مجدداً برحيل النظام\n"
        "تجمّع عشرات من أبناء السويداء، اليوم السبت، في ساحة الكرامة، مطالبين من جديد برحيل بشار الأسد وإسقاط "
        "نظامه. وحمل المحتجون في اليوم الخامس والثلاثين من حراكهم لافتات بمطالبهم، منها: «نريد تنفيذ القرار "
        "2254 لا الميكروفونات»، و«لا تحلم بحياة كريمة يا أخي المواطن في ظل نظام كهذا». وكانت ساحة الكرامة قد "
        "احتضنت أمس الجمعة آلاف المتظاهرين، في واحد من أضخم التجمعات منذ انطلاق الحراك، نادوا فيه بإسقاط الأسد "
        "وبتغيير سياسي.",
        [E("protest", Q("عشرات", 20, 90, True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2023-09-23", None,
           PROT, note="the square is placed at its city (stop 28); the day ordinal and the resolution number are not "
                      "figures"),
         E("protest", Q("آلاف", 2000, 9000, True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2023-09-22",
           None, PROT, note="the Friday protest recalled with its day: an event of its own; the same square")])

passage("ks16", "2020-06-08", "Step News", "a second day of protest before Sweida's governorate building; the first the "
        "day before; troops deployed | page: https://stepsport.net/ar/2020/06/08/مظاهرات-في-السويداء-تطالب-برحيل-الأسد",
        "لليوم الثاني.. محتجو السويداء يهتفون برحيل الأسد\n"
        "تظاهر أهالٍ من السويداء في جنوب البلاد لليوم الثاني تباعاً أمام مبنى المحافظة وسط المدينة، مطالبين برحيل "
        "رئيس النظام بشار الأسد. ووفق مصادر محلية، احتشد المحتجون بشكل سلمي على بعد عشرات الأمتار فقط من "
        "العناصر المنتشرين حول المبنى منذ أمس، وهتفوا تضامناً مع درعا وإدلب وسائر المحافظات ولوحدة السوريين، ثم "
        "ساروا إلى سوق المدينة ليكملوا تظاهرتهم. وكانت السويداء قد شهدت أمس أول مظاهرة يرفع فيها أهلها سقف المطالب "
        "إلى رحيل الأسد، محمّلين إياه مسؤولية الانهيار الاقتصادي، فيما دفعت قوات النظام أمس الأحد بتعزيزات إلى "
        "السويداء.",
        [E("protest", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2020-06-08", "مصادر محلية", PROT,
           note="the governorate building and the market are placed at the city; no crowd numbered (the metres are "
                "no figure); the local sources' sentence comes back to today's protest, so it carries back"),
         E("protest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2020-06-07", None, PROT,
           note="the first protest, recalled with its day: the outlet"),
         E("reinforcement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2020-06-07", None, GOV,
           note="the page's last sentence is cut after «أمس الأحد», what was reinforced is from its earlier sentence "
                "(troops deployed around the building since yesterday)")])

passage("ks17", "2025-10-21", "Shaam Network", "a gang with a former-regime member caught in an ambush as it tried to "
        "kidnap a jeweller; the command's vow | page: https://shaam.org/news/syria-news/القبض-على-عصابة-وإحباط-محاولة-اختطاف-في-مدينة-اللاذقية",
        "الداخلية تحبط خطف صائغ في اللاذقية وتوقف العصابة\n"
        "قالت وزارة الداخلية السورية في بيان الثلاثاء، 21 تشرين الأول 2025، إنها أوقفت عصابة ينتمي أحد أفرادها إلى "
        "فلول النظام البائد، وأفشلت محاولتها خطف رجل في مدينة اللاذقية. ووفق التفاصيل، يتزعم العصابة ماهر سليمان "
        "من قرية القطيلبية في ريف المحافظة، وكانت تستهدف الصائغ إلياس حداد، غير أن قيادة الأمن الداخلي في اللاذقية "
        "أعدّت لأفرادها كميناً أوقعهم جميعاً في قبضتها، فيما يستمر التحقيق في دوافع الجريمة والجهات التي تقف "
        "خلفها. وتعهدت القيادة بالمضي في ملاحقة كل من يرتكب الخطف أو ينخرط في الجريمة المنظمة، وبإنزال أشد العقوبات "
        "القانونية بهم.",
        [E("arrest", None, PL("اللاذقية", "Latakia", "Latakia"), "2025-10-21", "وزارة الداخلية السورية", NEWGOV,
           note="the whole gang, no figure; the foiled kidnapping is the arrest's setting (attempted, not its own "
                "event); the leader's village is his origin; dated by the announcement"),
         E("statement", None, None, "2025-10-21", "قيادة الأمن الداخلي في اللاذقية", NEWGOV,
           note="the command's vow to pursue kidnappers: a named body's stance told as its own sentence (stop 32's "
                "rule, which stop 34 kept for closing calls)")])

passage("ks18", "2025-03-05", "Entrevue Arabia", "arrests after an ambush that killed two soldiers in a Latakia district; "
        "grenades and return fire; the command's call | page: https://entrevuearabia.com/سوريا-حملة-أمنية-توقف-متورطين-بهجوم-عل",
        "الداخلية: توقيف متورطين في كمين قتل عنصرين بحي الدعتور\n"
        "كشفت وزارة الداخلية السورية اليوم مستجدات الحملة التي تشنها في ريف اللاذقية إثر هجمات طالت قوات الأمن العام، "
        "فقالت إن أجهزتها اعتقلت عدداً من المشاركين في كمين مسلح نُصب يوم الثلاثاء لعنصرين تابعين لوزارة الدفاع في "
        "حي الدعتور من أحياء اللاذقية، وحيّدت آخرين. وبيّن مدير الأمن العام في المحافظة، المقدم مصطفى كنيفاتي، أن "
        "المهاجمين مجموعة من فلول النظام السابق قتلت العنصرين في الحال، وأن قوة خاصة دهمت مخبأ أحد أفراد الخلية، "
        "فألقى المسلحون قنابل على الدوريات وجرحوا عدداً من العناصر، وردّت القوة بالنار. وتوعدت إدارة الأمن العام "
        "بالتصدي لكل ما يهدد أمن البلاد، وحثّت المواطنين على الإبلاغ عن أي نشاط مريب.",
        [E("armed_clash", None, PL("الدعتور", "Al-Daatour", "Latakia"), "2025-03-04", "وزارة الداخلية السورية", LOYAL,
           note="the ambush that killed two (a dual: no figure); the ministry tells it first, the director names the "
                "attackers"),
         E("arrest", None, PL("ريف اللاذقية", "Latakia countryside", "Latakia"), "2025-03-05",
           "وزارة الداخلية السورية", NEWGOV,
           note="UNSURE: the raid with its grenades, return fire, arrests and 'neutralised' men is one incident, coded "
                "as the arrest the item leads with (a coder could code it armed_clash); no figure («عدداً»); the "
                "campaign's region, since the raid's own place is not given; dated by publication"),
         E("statement", None, None, "2025-03-05", "إدارة الأمن العام", NEWGOV,
           note="a closing vow and call to the public by a named body (stop 32's rule)")])

passage("ks19", "2022-03-10", "Bissan FM", "IS claims a second attack in two days on one checkpoint and two more attacks on "
        "the Tuesday; tolls per attack (published date inferred) | page: https://bissanfm.com/news/63890",
        "داعش يعلن مسؤوليته عن هجوم على حاجز لـ«قسد» في البصيرة\n"
        "أعلن تنظيم داعش أنه هاجم أمس الأربعاء حاجزاً تابعاً لقوات سوريا الديمقراطية «قسد» عند جسر البصيرة شرقي "
        "دير الزور. وفي بيان نشرته وكالة أعماق الناطقة باسمه، قال التنظيم إن عناصره أطلقوا على الحاجز نيران "
        "الرشاشات وقذيفة «آر بي جي»، فجُرح عدد من العناصر ولحقت به أضرار. وهذه ثاني مرة يُستهدف فيها الحاجز نفسه "
        "خلال يومين، إذ قُتل عنصران من «قسد» وجُرح ثالث في الهجوم الأول. وكان التنظيم قد تبنى يوم الثلاثاء الماضي "
        "هجومين آخرين في الريف الشرقي: على حاجز العتال عند مدخل الشحيل، وقد قُتل فيه عنصر وجُرح آخر، وعلى حاجز "
        "في الصبحة قُتل فيه عنصر وأصيب اثنان، وفق رواية التنظيم.",
        [E("armed_clash", None, PL("البصيرة", "Al-Busayrah", "Deir ez-Zor"), "2022-03-09", "وكالة أعماق", IS,
           note="an IS claim told through its agency; the bridge checkpoint is placed at its town; injured only, "
                "no figure"),
         E("armed_clash", None, PL("البصيرة", "Al-Busayrah", "Deir ez-Zor"), None, None, IS,
           note="the first attack on the same checkpoint 'within two days' (no day fixed); two killed is a dual: no "
                "figure; the writer's recall: the outlet"),
         E("armed_clash", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2022-03-08", "رواية التنظيم", IS,
           note="«الثلاثاء الماضي» on a Thursday page; the checkpoint at the town's entrance is placed at the town; one "
                "dead, no figure; the closing «وفق رواية التنظيم» covers both Tuesday attacks"),
         E("armed_clash", None, PL("الصبحة", "Al-Subhah", "Deir ez-Zor"), "2022-03-08", "رواية التنظيم", IS,
           note="the second Tuesday attack, its own place; one dead and two hurt: no figure")])

passage("ks20", "2021-06-16", "North Press Agency", "an IS claim of a killing at a checkpoint, denied by an SDF source who "
        "tells a short clash; another claimed attack on the Sunday (published date inferred) "
        "| page: https://npasyria.com/?p=122144",
        "التنظيم يتبنى هجوماً على حاجز لـ«قسد» في إبريهة و«قسد» تنفي سقوط قتيل\n"
        "دير الزور – نورث برس\n"
        "أعلن تنظيم «داعش» أمس الثلاثاء مسؤوليته عن هجوم على حاجز لـ«قسد» في بلدة إبريهة، في الريف "
        "الشرقي لدير الزور. وزعمت «وكالة أعماق» القريبة منه أن مسلحيه أمطروا الحاجز القائم على الطريق العام بالرصاص "
        "وقتلوا عنصراً. غير أن مصدراً عسكرياً في «قسد» نفى لنورث برس مقتل أي عنصر، موضحاً أن رشقات رصاص استهدفت "
        "الحاجز وأعقبتها اشتباكات «محدودة» فرّ بعدها المهاجمون. وتتصاعد في المنطقة منذ مدة عمليات اغتيال تطال "
        "عناصر «قسد» وموظفي الإدارة الذاتية ووجهاء العشائر والأهالي. وكانت حسابات مقربة من التنظيم قد نشرت الأحد "
        "الماضي ما وصفته بعملية «ثأر» ضد «قسد» في ريف دير الزور.",
        [E("armed_clash", None, PL("إبريهة", "Ibriha", "Deir ez-Zor"), "2021-06-15", "«وكالة أعماق»", IS,
           note="one attack told by the claimant and by the SDF: the attack and a short clash are asserted by both, "
                "the death is denied (so no figure anyway: a singular); the claim's telling comes first"),
         E("armed_clash", None, PL("ريف دير الزور", "Deir ez-Zor countryside", "Deir ez-Zor"), "2021-06-13",
           "حسابات مقربة من التنظيم", IS,
           note="UNSURE: an operation claimed with no kind told (the page is cut); coded as an attack (armed_clash) "
                "at the region named; the rising assassinations are a state, not coded")])

passage("ks21", "2016-12-13", "Al-Watan (Egypt), relaying AFP", "unidentified aircraft kill civilians in Raqqa; a toll "
        "that may rise; the SDF's announced second phase (published date inferred) "
        "| page: https://www.masress.com/elwatan/1676763",
        "غارات مجهولة تقتل 21 مدنياً على الأقل في الرقة\n"
        "أفادت وكالة الصحافة الفرنسية، نقلاً عن ناشطين، بأن غارات جوية على مدينة الرقة، المعقل الأبرز لتنظيم «داعش» "
        "في سوريا، أودت أمس بحياة 21 مدنياً على الأقل، منهم 5 أطفال. ورجّح الناشطون أن ترتفع الحصيلة لأن بين "
        "الجرحى إصابات بالغة ولأن المفقودين يزدادون، فيما لم يُعرف لمن تعود الطائرات المغيرة، علماً أن معظم "
        "الغارات على الرقة يشنها التحالف الدولي. وكان المجلس العسكري لقوات سوريا الديمقراطية قد أعلن في مطلع هذا "
        "الأسبوع إطلاق المرحلة الثانية من حملة «غضب الفرات» لانتزاع ريف الرقة الغربي بكامله من التنظيم. وتقصف "
        "الولايات المتحدة مواقع «داعش» في الرقة منذ 2014 من دون إذن دمشق.",
        [E("airstrike", Q("21", 21, None, nth=1), PL("الرقة", "Raqqa", "Raqqa", nth=1), "2016-12-12", "ناشطين",
           None, note="relayed: the activists are the source; the aircraft are unidentified (no agent; the "
                      "coalition's habit is background); the children are a breakdown; «على الأقل» after the noun: open high"),
         E("statement", None, PL("ريف الرقة الغربي", "Western Raqqa countryside", "Raqqa"), None,
           "المجلس العسكري لقوات سوريا الديمقراطية", SDF,
           note="an offensive's phase announced: a statement placed at the area it concerns; «مطلع هذا الأسبوع» "
                "gives no day: undated; US strikes since 2014 are a habit")])

passage("ks22", "2022-03-02", "North Press Agency", "a settlement opened to Daraa's people abroad; the council's terms; "
        "running and daily tallies from an official and state media (published date inferred) "
        "| page: https://npasyria.com/?p=154908",
        "درعا – نورث برس\n"
        "شرعت الحكومة السورية اليوم الأربعاء في تسوية أوضاع أبناء محافظة درعا المقيمين في الخارج. ووصف مجلس "
        "المحافظة الخطوة بأنها «مكرمة» قدّمها بشار الأسد لأهالي المحافظة، موضحاً أنها مفتوحة لمن تخلف عن الخدمتين "
        "الإلزامية والاحتياطية، ولمن فرّ من الجيش أو الشرطة، ولكل صاحب مشكلة أمنية أو عسكرية، على أن يتقدم أحد "
        "ذويهم بالطلب في المركز المخصص لذلك في مدينة درعا مرفقاً بالصور والوثائق. وصرّح عبد العزيز الجهماني، الذي ينوب عن رئيس "
        "المكتب التنفيذي في المحافظة، لوكالة «سانا» بأن التسوية شملت منذ السبت الماضي حتى مساء أمس الثلاثاء "
        "3,548 من المدنيين و260 من العسكريين و4 من رجال الشرطة. وأوردت وسائل إعلام حكومية أن 1.946 شخصاً بين مدني وعسكري سوّوا "
        "أوضاعهم يوم الثلاثاء وحده.",
        [E("other", None, PL("درعا", "Daraa", "Daraa", nth=2), "2022-03-02", "مجلس المحافظة", GOV,
           note="a settlement opened to expatriates (settlements are `other`, as sets 57 and 1); the centre in Daraa "
                "city is its place; the council's next sentence comes back to it"),
         E("other", Q("3,548", 3548), None, None, "عبد العزيز الجهماني", GOV, kind="aggregate",
           note="FIGURE CALL: the running tally since Saturday has no total written: the first part numbered (the "
                "civilians), the soldiers and police are the rest of its breakdown; period Saturday to Tuesday"),
         E("other", Q("1.946", 1946), PL("درعا", "Daraa", "Daraa", nth=2), "2022-03-01", "وسائل إعلام حكومية", GOV,
           note="the Tuesday's own figure, coded beside the running tally (as set 71 codes a day's figure beside a "
                "running total); «1.946» uses the dot as a thousands separator: 1946")])

passage("ks23", "2022-02-27", "Sham FM", "a day's settlements in Daraa city and the running total, told by the station's "
        "reporter; an official's gloss (published date inferred) | page: https://sham.fm/article/تسوية_أوضاع_1400_شخص_في_درعا_",
        "قرابة 1400 يسوّون أوضاعهم في مدينة درعا\n"
        "بحسب مراسل «شام إف إم» لدى المنطقة الجنوبية، سوّى 1400 شخص تقريباً أوضاعهم خلال ثاني أيام التسوية "
        "الشاملة في مدينة درعا، من المطلوبين وحملة السلاح ومن تخلفوا عن الخدمة العسكرية أو فرّوا منها. وبيّن المراسل أن "
        "المجموع بلغ نحو 2000، وأن باب التسوية يبقى مفتوحاً حتى الخميس المقبل. وكان مسؤول لم يُسمَّ في اللجنة الأمنية "
        "العسكرية بدرعا قد أكد أن الحواجز تلقت تعليمات بتيسير مرور الشبان القاصدين مركز التسوية، وأن اسم "
        "المتخلف عن الخدمة يُحذف من قوائم المطلوبين بعد تسوية وضعه، مرجحاً تمديد العملية بضعة أيام ونقل المركز إلى "
        "مكان أرحب بسبب الزحام.",
        [E("other", Q("1400", 1400, approx=True, nth=1), PL("درعا", "Daraa", "Daraa", nth=1), "2022-02-27",
           "مراسل «شام إف إم»", GOV,
           note="the day's settlements (other); «تقريباً» after the noun makes it approximate; the categories are a "
                "breakdown; the day ordinal is no figure; dated by publication (day two, told as today's news)"),
         E("other", Q("نحو 2000", 2000, approx=True), PL("درعا", "Daraa", "Daraa", nth=1), None, "المراسل", GOV,
           kind="aggregate",
           note="the running total since the settlement began («وبيّن المراسل»); the unnamed official's gloss is "
                "background of the process, not a named body's statement (judgement)")])

passage("ks24", "2014-06-15", "Radio Alkul", "a barrel bomb on an Aleppo quarter with a rising toll; a morning barrel on a "
        "village; gun and missile raids on a list of places; a repelled attack (published date inferred) "
        "| page: https://www.radioalkul.com/براميل-النظام-المتفجرة-ترتكب-مجزرة-في/",
        "مجزرة ببرميل متفجر في كرم البيك بحلب تودي بـ15 مدنياً\n"
        "لقي 15 مدنياً حتفهم، بينهم نساء وأطفال، وجُرح ما يزيد على 20 حين ألقت مروحية للنظام مساء أمس حاوية متفجرة "
        "على منطقة كرم البيك التابعة لحي طريق الباب في القسم الشرقي من حلب. ورجّح مراسل راديو الكل بحلب ارتفاع العدد "
        "لخطورة بعض الإصابات، مشيراً إلى أن الدفاع المدني ظل حتى فجر اليوم ينتشل أسرتين من تحت ركام مبنى انهار "
        "كلياً، فيما تضررت 6 مبانٍ أخرى تقريباً. وأضاف أن مدنياً قضى صباح اليوم ببرميل مماثل على قرية بردة جنوبي "
        "حلب، وأن الطيران الحربي أطلق نيران رشاشاته الثقيلة على سيف الدولة والمشهد وبلدة خان العسل، وقصف بالصواريخ "
        "الفراغية حريتان وكفر حمرة من غير إصابات. وقرب معامل الدفاع، صدّ الثوار للمرة الخامسة هجوماً لقوات النظام، "
        "وقتلوا عدداً من عناصرها ودمروا مدفعاً.",
        [E("airstrike", Q("15", 15, nth=1), PL("كرم البيك", "Karm al-Beik", "Aleppo", nth=1), "2014-06-14",
           "مراسل راديو الكل بحلب", GOV,
           note="a barrel bomb (airstrike); the reporter's next sentence comes back to it (the toll may rise), so he "
                "carries back; the area is the place; the damaged buildings are no figure"),
         E("airstrike", None, PL("بردة", "Bardah", "Aleppo"), "2014-06-15", "مراسل راديو الكل بحلب", GOV,
           note="«وأضاف»: the reporter; one dead, no figure"),
         E("airstrike", None, PL("سيف الدولة", "Saif al-Dawla", "Aleppo"), "2014-06-15", "مراسل راديو الكل بحلب", GOV,
           note="machine-gun raids told over a list of places: placed at the first; undated in the text: publication"),
         E("airstrike", None, PL("حريتان", "Hreitan", "Aleppo"), "2014-06-15", "مراسل راديو الكل بحلب", GOV,
           note="missile raids over two towns, placed at the first; no casualties"),
         E("armed_clash", None, PL("معامل الدفاع", "Defence factories", "Aleppo"), "2014-06-15",
           "مراسل راديو الكل بحلب", GOV,
           note="a repelled attack; the reporter files the whole item, so he carries (stop 30 exception); the dead are "
                "not numbered; the fifth attempt is an ordinal")])

passage("ks25", "2014-02-08", "Veto Gate (Egypt)", "barrels on Aleppo quarters with one toll; clashes in the old city; a "
        "running count of barrels on Daraa (published date inferred) | page: https://vetogate.com/1704733",
        "11 قتيلاً ببراميل الطيران السوري على حي في حلب\n"
        "لقي 11 سورياً حتفهم وجُرح عشرات آخرون، وفق ما وثّقه المرصد السوري لحقوق الإنسان، حين أسقطت طائرات سورية على حي "
        "الصالحين في حلب «براميل متفجرة». وأشار المرصد إلى أن براميل أخرى سقطت على حي مساكن هنانو فأشعلت "
        "النار في محطة الكهرباء هناك وعطّلتها، كما استهدفت البراميل حيي «الزهراء والصاخور» الخاضعين للمعارضة "
        "المسلحة. وفي حلب القديمة، دارت اشتباكات بين الجيش والمعارضة في أحياء «السبع بحرات وبني زيد والخالدية». "
        "وبحسب المرصد، بلغ عدد البراميل التي ألقتها المروحيات على درعا عشرين، سقطت على بصر الحرير وعلى الطريق "
        "بين المليحة الشرقية وصما، مخلّفة أضراراً مادية.",
        [E("airstrike", Q("11", 11, nth=1), PL("الصالحين", "Al-Salihin", "Aleppo"), None, "المرصد السوري لحقوق الإنسان",
           GOV, note="the page fixes no day (no day word): undated; the injured are no figure"),
         E("airstrike", None, PL("مساكن هنانو", "Masakin Hanano", "Aleppo"), None, "المرصد", GOV,
           note="another barrel strike with damage (the power station is the quarter's facility)"),
         E("airstrike", None, PL("الزهراء", "Al-Zahraa", "Aleppo"), None, "المرصد", GOV,
           note="«كما»: the same kind of act, the observatory carries; two quarters, placed at the first"),
         E("armed_clash", None, PL("السبع بحرات", "Al-Sabaa Bahrat", "Aleppo"), None, None, None,
           note="another kind of act after the observatory's report: the outlet; two sides, no actor1; quarters "
                "listed, placed at the first"),
         E("airstrike", Q("عشرين", 20), PL("درعا", "Daraa", "Daraa"), None, "المرصد", GOV, kind="aggregate",
           note="a running count of barrels (one cause: airstrike aggregate, stop 32); the places after it are its "
                "breakdown")])

passage("ks26", "2013-12-29", "NSR313", "barrels on two rebel-held quarters of north Aleppo, activists and the "
        "observatory; the campaign and the weapon as background (published date inferred) "
        "| page: https://nsr313.com/home/archives/69878",
        "براميل الطيران الحكومي تقتل 11 في شمال حلب\n"
        "أفاد ناشطون سوريون بأن طائرة عسكرية تابعة للحكومة رمت براميل متفجرة على الجزء الشمالي من مدينة حلب، فقتلت "
        "أحد عشر شخصاً. وبحسب المرصد السوري لحقوق الإنسان، سقطت البراميل بعد ظهر اليوم الأحد على حيين تحت سيطرة "
        "الثوار، وبين القتلى نساء وأطفال. وتندرج الغارة ضمن حملة تخوضها قوات الأسد منذ أسابيع لاستعادة "
        "المدينة، التي انتزع الثوار أحياء منها في منتصف العام الماضي. والبرميل المتفجر سلاح بدائي فتاك، "
        "يُحشى بمئات الكيلوغرامات من المتفجرات وتلقيه المروحيات دون تصويب على أحياء آهلة في الغالب.",
        [E("airstrike", Q("أحد عشر", 11), PL("حلب", "Aleppo", "Aleppo", nth=1), "2013-12-29", "ناشطون سوريون", GOV,
           note="the two quarters are unnamed: the city (north of it) is the place; the observatory tells the same "
                "strike; the campaign is a state; the weapon's description is no event")])

passage("ks27", "2022-06-10", "Al-Youm TV", "an Israeli raid on an air-defence base and other sites near Damascus; the "
        "observatory's wounded and count of the year's attacks; the ministry's acknowledgement (published date "
        "inferred) | page: https://alyaumtv.net/هجوم-جوي-إسرائيلي-يستهدف-ريف-دمشق-والم/",
        "غارات إسرائيلية على ريف دمشق والمرصد: 5 جرحى\n"
        "هزت انفجارات عنيفة محيط دمشق، وسرعان ما أعلن الإعلام الرسمي أن الدفاعات الجوية تعترض صواريخ إسرائيلية، في "
        "مشهد بات مألوفاً للسوريين، فيما تكرر دمشق عبارتها المعهودة عن «الاحتفاظ بحق الرد». وبحسب المرصد السوري "
        "لحقوق الإنسان، أصابت الغارات الجديدة قاعدة دفاع جوي للقوات الحكومية يوجد فيها مقاتلون من «حزب الله» في "
        "حفير الفوقا بريف دمشق، فجُرح خمسة عناصر لم تُعرف جنسياتهم. وطالت الصواريخ أيضاً الهامة ومطار دمشق الدولي، "
        "وسقط صاروخ دفاع جوي قرب كراج مساكن رأس النبع. وعدّ المرصد هذا الهجوم السابع عشر داخل سوريا منذ "
        "مطلع السنة. وأقرت وزارة الدفاع السورية بالهجوم، قائلة إنه جاء من جهة الجولان.",
        [E("airstrike", None, PL("حفير الفوقا", "Hafir al-Fawqa", "Rif Dimashq"), "2022-06-10",
           "المرصد السوري لحقوق الإنسان", ISR,
           note="the base with its five wounded (injured are never the figure); the headline's five is the same; dated "
                "by publication; the ministry's acknowledgement is another telling"),
         E("airstrike", None, PL("الهامة", "Al-Hamah", "Rif Dimashq"), "2022-06-10", "المرصد السوري لحقوق الإنسان", ISR,
           note="the same raid's other targets (al-Hamah and the airport): one group placed at the first (a coder may "
                "keep the raid as one event); the fallen air-defence missile is no act of its own"),
         E("airstrike", Q("السابع عشر", 17, kind="ordinal"), None, None, "المرصد", ISR, kind="aggregate",
           note="UNSURE: an ordinal that states a running count of Israeli attacks since January (17); coded as an "
                "aggregate with no place; the 'routine' and the slogan are habits")])

passage("ks28", "2023-11-17", "Al Mayadeen", "an Israeli raid near Damascus told by a reporter and a military source; "
        "recalled Israeli shelling and a strike of the same month | page: https://almayadeen.net/amp/news/1778585/"
        "سوريا--دفاعاتنا-الجوية-تصدت-لصواريخ-إسرائيلية-في-ريف-دمشق",
        "الدفاع الجوي السوري يعترض صواريخ إسرائيلية جنوبي دمشق\n"
        "ذكر مراسل الميادين بسوريا أن الدفاعات الجوية اعترضت فجر اليوم الجمعة أهدافاً معادية في سماء ريف دمشق "
        "الجنوبي. وقال مصدر عسكري سوري إن إسرائيل شنت قرابة الساعة 2:25 فجراً هجوماً جوياً انطلق من الجولان المحتل "
        "على نقاط عدة حول العاصمة، وإن الدفاعات أسقطت أغلب الصواريخ، واقتصرت الخسائر على الماديات. وكانت المدفعية "
        "الإسرائيلية قد أطلقت مساء الثلاثاء الماضي 3 قذائف على ريف درعا الغربي دون إصابات، ثم قصفت السبت الماضي "
        "وادي اليرموك في الريف نفسه بنحو 7 قذائف، مبرراً ذلك بالرد على مسيّرة أصابت إيلات يوم 9 من تشرين "
        "الثاني/نوفمبر، وكان يوم خميس. وفي 8 من الشهر ذاته، أعلن مصدر عسكري سوري أن غارة إسرائيلية استهدفت مواقع للجيش في "
        "المنطقة الجنوبية.",
        [E("airstrike", None, PL("ريف دمشق الجنوبي", "Southern Damascus countryside", "Rif Dimashq"), "2023-11-17",
           "مصدر عسكري سوري", ISR,
           note="the reporter's interception and the source's raid are one incident; the source tells the act (a coder "
                "could name the reporter, who tells it first); the Golan is where it came from"),
         E("shelling", Q("3", 3), PL("ريف درعا الغربي", "Western Daraa countryside", "Daraa"), "2023-11-14", None, ISR,
           note="«الثلاثاء الماضي» on a Friday page; the shells are the figure (no casualties)"),
         E("shelling", Q("نحو 7", 7, approx=True), PL("وادي اليرموك", "Yarmouk valley", "Daraa"), "2023-11-11", None, ISR,
           note="the Israeli army's stated reason is part of its telling; the drone on Eilat is outside Syria, not coded"),
         E("airstrike", None, PL("المنطقة الجنوبية", "Southern Syria", None), "2023-11-08", "مصدر عسكري سوري", ISR,
           note="a recalled strike with its date; a multi-governorate region")])

passage("ks29", "2024-03-20", "Ugarit Post", "a border village's protest against HTS's leader; stones at security cars; "
        "arrests (published date inferred) | page: https://ugaritpost.com/?p=131310",
        "أوغاريت بوست (إدلب) – أوقفت أجهزة أمن «هيئة تحرير الشام/جبهة النصرة» عدداً من المحتجين الذين نزلوا إلى الشارع "
        "في ريف إدلب مطالبين بإسقاط «الهيئة» وزعيمها «أبو محمد الجولاني». ففي خربة الجوز، القرية المحاذية للواء "
        "إسكندرون شمال غربي البلاد، تظاهر العشرات من الأهالي هاتفين ضد الهيئة والجولاني، ورشقوا سيارات الأمن "
        "بالحجارة سعياً إلى إطلاق من اقتيدوا إلى المراكز الأمنية. واعتقل عناصر الهيئة بدورهم عدداً من المتظاهرين "
        "ونقلوهم إلى مقارهم، فيما بقيت القرية متوترة.",
        [E("protest", Q("العشرات", 20, 90, True), PL("خربة الجوز", "Khirbet al-Joz", "Idlib"), "2024-03-20", None, PROT,
           note="the stone-throwing is part of the protest; the Iskenderun district is a bearing; dated by publication"),
         E("arrest", None, PL("خربة الجوز", "Khirbet al-Joz", "Idlib"), "2024-03-20", None, HTS,
           note="the lead's arrests and the last sentence's are one act (no figure: «عدداً»); the lead's region is the "
                "village the next sentence names")])

passage("ks30", "2018-11-19", "Okaz, relaying AFP", "infighting among Turkey-backed factions in Afrin with a raised toll; the "
        "spring offensive and flight recalled | page: https://sauress.com/okaz/1686815",
        "اقتتال لم تشهد عفرين مثله بين فصائل تدعمها أنقرة\n"
        "أوقع اقتتال داخلي لم تعرف مدينة عفرين شمالي سوريا مثله بين فصائل تواليها أنقرة ما لا يقل عن 25 قتيلاً من "
        "المقاتلين أمس الأحد، وبث الرعب بين الأهالي، بحسب حصيلة محدثة أعلنها المرصد السوري لحقوق الإنسان. وقال رامي عبد الرحمن، "
        "الذي يدير المرصد، إن معارك ضارية تتواصل في عدد من أحياء المدينة بين معظم الفصائل، مدعومة من تركيا، وبين «تجمع "
        "شهداء الشرقية»، وأن قتلى الطرفين بلغوا 25، بعدما كانت الحصيلة الأولى 11. وتخضع منطقة عفرين، ذات الأغلبية "
        "الكردية في محافظة حلب، منذ آذار لسيطرة القوات التركية وفصائل سورية حليفة لها، إثر هجوم كبير على المقاتلين "
        "الأكراد أدى إلى نزوح عشرات الآلاف.",
        [E("armed_clash", Q("ما لا يقل عن 25", 25, None), PL("عفرين", "Afrin", "Aleppo", nth=1), "2018-11-18",
           "المرصد السوري لحقوق الإنسان", SNA,
           note="factions against one faction, all of the Turkey-backed army (agent SNA); the raised toll (25 from 11) "
                "is the figure, both sides' dead; Turkey is a backer, not a place"),
         E("other", Q("عشرات الآلاف", 20000, 90000, True), PL("منطقة عفرين", "Afrin", "Aleppo"), None, None, None,
           note="UNSURE: the recalled flight caused by the spring offensive (displacement, background, no day); the "
                "control since March is a state; the offensive itself is told only as the cause, not coded")])

passage("ks31", "2021-08-22", "Syria Post News", "a night clash between two National Army factions at a checkpoint; a "
        "killing over a tribal dispute elsewhere (published date inferred) "
        "| page: https://syriapostnews.net/اقتتال-ميليشيات-عفرين",
        "اقتتال جديد بين فصائل «الجيش الوطني» في ريف عفرين\n"
        "اشتبك ليل أمس السبت مسلحو «جيش النخبة» مع مسلحي «صقور الشمال»، وكلاهما من تشكيلات ما يعرف بالجيش الوطني "
        "السوري التابع لتركيا. وذكر المرصد السوري لحقوق الانسان أن «جيش النخبة» أطلق نيران رشاشاته الثقيلة على حاجز "
        "لـ«صقور الشمال» عند قرية عمر سمو التابعة لناحية شران بريف عفرين، شمال غربي حلب، وأن ثلاثة من عناصر الفريقين "
        "أصيبوا، ولم يُعرف سبب الخلاف. وفي حادثة أخرى، لقي عنصر من فصيل «السلطان مراد» حتفه برصاص مسلحين في بلدة "
        "طيشان بريف جرابلس شرقي حلب، والدافع بحسب مصادر نزاع عشائري.",
        [E("armed_clash", None, PL("عمر سمو", "Omar Simo", "Aleppo"), "2021-08-21", "المرصد السوري لحقوق الانسان", SNA,
           note="the headline's and lead's clash is the observatory's attack on the checkpoint: one incident; three "
                "wounded are no figure; the first sentence names no source, the next comes back to it"),
         E("armed_clash", None, PL("طيشان", "Tishan", "Aleppo"), "2021-08-22", "مصادر", UNK,
           note="a killing by gunmen (stop 30: armed_clash); one dead, no figure; the motive's sources in the same "
                "sentence; undated in the text: publication")])

passage("ks32", "2020-10-03", "Al-Dorar al-Shamiya", "street fighting between two factions in Afrin; flight and closed "
        "shops; both sides bring reinforcements (published date inferred) | page: https://eldorar.com/node/160487",
        "«الشامية» و«جيش الإسلام» يقتتلان وسط عفرين\n"
        "اندلع اليوم السبت اقتتال في مدينة عفرين شمالي حلب بين «الجبهة الشامية» و«جيش الإسلام»، وكلا الفصيلين تدعمه "
        "تركيا، واستُخدمت في المعارك الدائرة وسط أحياء المدينة رشاشات خفيفة ومتوسطة وقذائف «RPG». وقُتل عنصران من "
        "«جيش الإسلام» وأصيب عدد من المدنيين، ولا يزال القتال مستمراً. ودفعت حرب الشوارع هذه كثيراً من السكان إلى "
        "مغادرة بيوتهم، وأغلق معظم التجار متاجرهم. وأرسل «جيش الإسلام» رتلاً إلى محيط سوق الهال في المدينة لمساندة "
        "مقاتليه، وجلبت «الجبهة الشامية» بدورها تعزيزات. وتعاني مناطق «الجيش الوطني» من فوضى أمنية تتكرر فيها "
        "التفجيرات وعمليات الخطف والقتل والسرقة.",
        [E("armed_clash", None, PL("عفرين", "Afrin", "Aleppo", nth=1), "2020-10-03", None, SNA,
           note="two factions of the Turkey-backed army; two dead is a dual: no figure"),
         E("other", None, PL("عفرين", "Afrin", "Aleppo", nth=1), "2020-10-03", None, None,
           note="residents flee the street fighting: displacement (other)"),
         E("reinforcement", None, PL("عفرين", "Afrin", "Aleppo", nth=1), "2020-10-03", None, SNA,
           note="both factions bring reinforcements (one event; a coder could code one per side); the market is placed "
                "at its town; the insecurity is a state")])

passage("ks33", "2023-12-07", "Mesr24", "an Israeli raid near Damascus told by the ministry, AFP and the observatory; two "
        "earlier raids of the week (published date inferred) | page: https://mesr24.com/18652",
        "صواريخ إسرائيلية تستهدف محيط دمشق للمرة الثالثة منذ الجمعة\n"
        "أعلنت وزارة الدفاع السورية أن غارات إسرائيلية ضربت اليوم الخميس مواقع حول دمشق، وهو ثالث هجوم من نوعه منذ "
        "الجمعة. وسمع مراسل لوكالة الصحافة الفرنسية دوي انفجارات في العاصمة، بينما تحدث الإعلام الرسمي عن اعتراض "
        "صواريخ «معادية». ونقل بيان الوزارة عن مصدر عسكري أن الهجوم نُفذ قرابة 00:30 فجراً من جهة الأراضي "
        "الفلسطينية المحتلة، وأن الدفاعات أسقطت بعض الصواريخ ولم تقع إلا أضرار مادية، دون تحديد المواقع. أما "
        "المرصد السوري لحقوق الإنسان فقال إن الضربات أصابت نقاطاً قريبة من مطار دمشق الدولي، من غير أن يتضح إن "
        "كانت للجيش أو لمقاتلين موالين لإيران أو لـ«حزب الله». وكانت غارات إسرائيلية قد طالت محيط دمشق يوم الجمعة، "
        "ثم عادت نهار الاثنين فجرحت عسكرياً.",
        [E("airstrike", None, PL("مطار دمشق الدولي", "Damascus International Airport", "Rif Dimashq"), "2023-12-07",
           "وزارة الدفاع السورية", ISR,
           note="one raid told by three sources; the observatory's airport is the most specific place; the first "
                "telling's source is the ministry; «ثالث» is an ordinal; no casualties"),
         E("airstrike", None, PL("دمشق", "Damascus", "Damascus", nth=3), "2023-12-01", None, ISR,
           note="the Friday raid recalled: the outlet; around the capital"),
         E("airstrike", None, PL("دمشق", "Damascus", "Damascus", nth=3), "2023-12-04", None, ISR,
           note="the Monday raid, one soldier wounded (no figure); the same area")])

passage("ks34", "2020-11-22", "Al-Watan (Syria)", "a pro-government paper on infighting between two Turkey-backed factions "
        "in Afrin; the two Friday incidents behind it (published date inferred) | page: https://alwatan.sy/archives/184410",
        "اقتتال بين «أحرار الشرقية» و«جيش الإسلام» في عفرين\n"
        "اندلع قتال في منطقة عفرين شمال غربي حلب بين «أحرار الشرقية» و«جيش الإسلام»، وهما ميليشيتان تدينان بالولاء "
        "للنظام التركي. ونقلت الصحيفة عن مصادر إعلامية معارضة أن مسلحي «أحرار الشرقية» يتبادلون النار "
        "بالأسلحة الخفيفة والمتوسطة داخل المدينة مع مسلحي «جيش الإسلام» ومجموعات أخرى، وأن المعارك تتركز قرب دوار "
        "نيروز وفي حي المحمودية، موقعة خسائر بشرية مؤكدة في الجانبين، وأنها اندلعت إثر حادثتين وقعتا يوم الجمعة. "
        "ففي شارع «الفيلات» بعفرين دارت يومها ولساعات اشتباكات دامية بين «أحرار الشرقية» وأسرة تاجر سلاح، سقط فيها "
        "قتلى وجرحى من الطرفين. وفي الوقت ذاته، هاجم مسلحون من «أحرار الشرقية» مكتبة وسط المدينة بالسكاكين والرصاص، "
        "فجرحوا ثلاثة مدنيين يملكونها.",
        [E("armed_clash", None, PL("المحمودية", "Al-Mahmudiyah", "Aleppo"), "2020-11-22", "مصادر إعلامية معارضة", SNA,
           note="the roundabout is a landmark, the quarter is the place; losses not numbered; ongoing, told in the "
                "present: publication"),
         E("armed_clash", None, PL("عفرين", "Afrin", "Aleppo", nth=2), "2020-11-20", "مصادر إعلامية معارضة", SNA,
           note="one of the two Friday incidents the sources give as the cause (so they carry to it); the street is "
                "placed at its town; the dead are not numbered"),
         E("casualties", None, PL("عفرين", "Afrin", "Aleppo", nth=2), "2020-11-20", "مصادر إعلامية معارضة", SNA,
           note="a known armed group attacking civilians in their shop (stabbing and shooting): casualties (stop 30, "
                "ACLED); three wounded are no figure")])


def main() -> None:
    write("gold92.jsonl", P92)


if __name__ == "__main__":
    main()
