"""Build gold111.jsonl: HELD-OUT set 111 (ids ll01…), written in stop 40 by writer w111 BEFORE any run on it.

A held-out paraphrase set of WHOLE ARTICLES of real pages: each passage is the paraphrase of one real news page
found in the search tool's `pages` corpus, taken whole (headline line, lead, body with its several incidents,
sources, tolls, background and the glued extras the page had), 2011-2025, many outlets. The page's incidents,
their order, places, figures, dates, sources and their attribution, hedges and background are kept; every
sentence was rewritten (no run of five words is shared with the page, names aside, checked by script against the
page text kept outside the repository); personal names of private people were changed. The page's address is in
each passage's `style`. Where the page shows no date, the publication date was inferred from the events it
reports (said in `style`). The gold was written before any run of marsad on these passages (none was made by the
writer). Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build111.py      # rewrites gold111.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P111: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P111.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("ll01", "2012-12-28", "Sabq", "a Turkish diplomat on two generals' defection, a monitor on Menagh, recalls and "
        "refugee figures; published date inferred from the events (al-Shallal's defection two days before, page shows "
        "no date); page: https://sauress.com/sabq/126570",
        "لواءان طياران يتركان الجيش السوري ويعبران إلى تركيا\n"
        "أعلن ضابطان من سلاح الجو السوري خروجهما على الجيش النظامي إثر وصولهما إلى الأراضي التركية، ليلحقا بمئات "
        "من العسكريين الذين سبقوهما إلى الانشقاق عن النظام. وأوضح دبلوماسي فضّل إخفاء اسمه أن القادمَين «لواءان "
        "طياران». وقد عبر المنشقان خط الحدود بصحبة عشرات الجنود السوريين وأسرهم قرب قرية ريحانلي المحاذية لسوريا في "
        "محافظة هاتاي. ويُقدَّر من لجأ إلى تركيا من كبار الضباط حتى اليوم بالعشرات، بينهم قرابة 40 يحملون رتبة لواء. "
        "وتتزامن موجة الانشقاقات هذه مع اقتحام الثوار مطار منغ العسكري القريب من حلب في الشمال، حيث يخوضون مواجهات "
        "مع الجيش، وفق ما أورده ناشطون و«المرصد السوري لحقوق الإنسان». وستتولى السلطات التركية نقل المنشقين الجدد "
        "إلى معسكر أبايدين في هاتاي، المخصص لإيواء كل الجنود الذين فروا من صفوف الجيش النظامي. وكان عبد العزيز "
        "جاسم الشلال، اللواء الذي يقود الشرطة العسكرية في سوريا، قد أعلن انشقاقه يوم الأربعاء الماضي، وغادر مع عائلته نحو "
        "تركيا. وتمتنع أنقرة عن كشف أعداد دقيقة أو أسماء العسكريين السوريين اللاجئين لديها، ممن يحاربون القوات "
        "النظامية في صفوف «الجيش السوري الحر». وتؤوي تركيا زهاء 148 ألف لاجئ سوري يتوزعون على مخيمات عدة في "
        "جنوب شرق الأناضول المحاذي لسوريا.",
        [E("defection", None, PL("ريحانلي", "Reyhanli", None, "Turkey"), "2012-12-28", "دبلوماسي", GOV,
           note="two air force generals crossed with dozens of soldiers: an arrival abroad told as the defection, the "
                "crossing village the place (no place at home); «لواءان» is a dual and «عشرات الجنود» crossed with "
                "them (a second coder may take «عشرات» as the figure): no figure; dated by publication (the item's news)"),
         E("defection", Q("مئات", 200, 900, True), None, None, None, GOV, kind="aggregate",
           note="running total of soldiers who defected before them (outlet's own clause); residence abroad: no place"),
         E("defection", Q("العشرات", 20, 90, True), None, None, None, GOV, kind="aggregate",
           note="senior officers who took refuge in Turkey so far: running total abroad, no place; the ~40 generals "
                "are its breakdown"),
         E("armed_clash", None, PL("مطار منغ العسكري", "Menagh military airbase", "Aleppo"), "2012-12-28",
           "«المرصد السوري لحقوق الإنسان»", FSA,
           note="rebels stormed the airbase and fight the army there; the base is a facility (most specific place)"),
         E("defection", None, PL("تركيا", "Turkey", None, "Turkey", nth=2), "2012-12-26", None, GOV,
           note="recall with its own day («الأربعاء الماضي» before Friday 28th): the military police chief defected "
                "and left for Turkey (arrival abroad, no home place); singular person: no figure"),
         E("other", Q("زهاء 148 ألف", 148000, approx=True), None, None, None, None, kind="aggregate",
           note="refugees hosted in Turkey: residence abroad, no place")])

passage("ll02", "2012-03-02", "Al Bawaba", "Anadolu and the opposition on ten officers, an opposition official to AFP on "
        "four more and the 48-hour list; published date inferred from the events (a Friday before the army's Idlib "
        "attack, page shows no date); page: https://www.albawaba.com/ar/أخبار/وصول-ضباط-بينهم-عمداء-انشقوا-عن-الجيش-السوري-لتركيا-416208",
        "عشرة ضباط كبار بينهم عمداء يتركون الجيش السوري ويلجؤون إلى تركيا\n"
        "قالت المعارضة السورية ووكالة الأناضول التركية الرسمية يوم الجمعة إن عشرة من الضباط الكبار في الجيش السوري، "
        "من بينهم عمداء وعقداء، خرجوا على الجيش النظامي وعبروا إلى تركيا. ونسبت الوكالة إلى مصادر محلية تركية أن "
        "بينهم تحديداً أربعة عمداء وعقيدين، كانوا يخدمون في دمشق وحمص في الوسط واللاذقية في الشمال الغربي. وفي "
        "حديث لوكالة فرانس برس، ذكر فهد المصري، المسؤول المعارض المقيم في باريس، أن أربعة ضباط كبار غيرهم تركوا "
        "الجيش بدورهم ووصلوا إلى الأراضي التركية. وأوضح المصري، الذي يعمل مستشاراً لدى «المجلس العسكري الثوري "
        "الأعلى»، بأن من انشقوا خلال الساعات الـ48 الأخيرة هم «ستة عمداء وأربعة عقداء وملازم أول وقومندان وملازمة "
        "أولى»، وقد نُقلوا جميعاً إلى معسكر للضباط المنشقين داخل تركيا. وأشار إلى أن بعضهم من أبناء محافظة إدلب "
        "المحاذية للحدود التركية. وكانت القوات النظامية قد دفعت بتعزيزات إلى تلك المحافظة استعداداً لهجوم مرتقب على "
        "المسلحين. وأكد المصري أن الضباط سينضمون إلى الجيش السوري الحر بقيادة العقيد رياض الأسعد، وإلى المجلس "
        "الذي أنشأه مصطفى الشيخ، العميد الركن المنشق. وتُعد الملازمة الأولى أول امرأة تترك الجيش النظامي. في المقابل، "
        "رأى ناشطون أن الانشقاقات يجب أن تتسع عدداً وترتفع رتباً لتزعزع جيشاً لا يزال على ولائه لنظام بشار الأسد.",
        [E("defection", Q("عشرة", 10), PL("دمشق", "Damascus", "Damascus"), "2012-03-02",
           "وكالة الأناضول التركية الرسمية", GOV,
           note="the places they served (Damascus, Homs, Latakia) are the place, not Turkey where they arrived (stop 28: "
                "a place where the defector served stays the place); one act over three cities (group), coded at the "
                "first; four brigadiers and two colonels are a breakdown; a second coder may give «المعارضة السورية» too"),
         E("defection", Q("أربعة", 4, nth=1), PL("الأراضي التركية", "Turkey", None, "Turkey"), "2012-03-02",
           "فهد المصري", GOV,
           note="four more senior officers per the opposition official: an arrival abroad with no home place; the "
                "48-hour rank list is his telling of all of them (a breakdown with no total), no event"),
         E("reinforcement", None, PL("محافظة إدلب", "Idlib governorate", "Idlib"), None, None, GOV,
           note="the outlet's recall («وكانت … قد»): reinforcements sent to «تلك المحافظة», i.e. Idlib governorate named "
                "in the sentence before; no day")])

passage("ll03", "2014-12-14", "Al-Ummah News", "SOHR on two Kurdish attacks near Ras al-Ain, Kobani clashes, background on the "
        "siege of Kobani; published date inferred from the events («about three months» after 16 September 2014, page "
        "shows no date); page: https://alummahnews.com/?p=459100",
        "«تنظيم الدولة» يخسر مسلحين في ريف الحسكة\n"
        "سقط ما لا يقل عن 16 مسلحاً من عناصر «تنظيم الدولة» قتلى في هجومين شنّهما مقاتلو وحدات حماية الشعب الكردية في "
        "ريف رأس العين بمحافظة الحسكة، وفق ما ذكره المرصد السوري لحقوق الإنسان. وطال التفجيران موقعين بارزين "
        "للتنظيم، من غير أن ترد أنباء عن قتلى أو جرحى بين المقاتلين الأكراد. وتقع الحسكة في الشمال الشرقي من البلاد "
        "على مقربة من الحدود التركية، وقد اضطرت أعداد كبيرة من أهلها إلى النزوح جراء الحرب الدائرة منذ ما يزيد على "
        "ثلاثة أعوام ونصف. أما في كوباني المجاورة، فقد اندلعت مواجهات جديدة بحسب المرصد بين المقاتلين الأكراد المدافعين "
        "عنها ومسلحي التنظيم الذين يحاولون انتزاعها منذ قرابة ثلاثة أشهر. وكان التنظيم قد بدأ هجومه على كوباني في 16 "
        "أيلول/سبتمبر بغية الاستيلاء عليها، غير أن ضربات طيران التحالف الدولي الذي تقوده الولايات المتحدة، إلى جانب "
        "صمود المقاتلين الأكراد ومقاتلين من الجيش الحر، أوقفت زحف التنظيم المتشدد. ويبسط «تنظيم الدولة» سيطرته على "
        "رقعة واسعة من سوريا والعراق، فيما يعمل التحالف الدولي على اجتثاثه بضربات جوية تطال مناطق نفوذه وانتشاره في "
        "البلدين.",
        [E("explosion", Q("ما لا يقل عن 16", 16, None), PL("ريف رأس العين", "Ras al-Ain countryside", "Al-Hasakah"),
           "2014-12-14", "المرصد السوري لحقوق الإنسان", SDF,
           note="two YPG attacks told together with one toll and the next sentence's two blasts at unnamed sites: one "
                "event (a second coder may code two with no figure each); agent YPG (SDF canonical); undated: the "
                "publication day"),
         E("armed_clash", None, PL("كوباني", "Kobani", "Aleppo"), "2014-12-14", "المرصد", SDF,
           note="new clashes in Kobani; source «بحسب المرصد» inside the sentence"),
         E("armed_clash", None, PL("كوباني", "Kobani", "Aleppo", nth=1), "2014-09-16", None, IS,
           note="recall with its own day: IS began its assault on Kobani on 16 September (outlet's recall); the "
                "coalition's strikes that halted it are a summary with no day or place of their own: not coded")])

passage("ll04", "2016-08-21", "Xinhua Arabic", "SANA relays a Red Crescent source on six sick evacuated from Kafraya/Fuaa "
        "and Madaya; recalls of Friday's and the 14th's evacuations; page: http://arabic.news.cn/2016-08/22/c_135622191.htm",
        "نقل ست حالات مرضية من كفريا والفوعة ومضايا\n"
        "دمشق 21 آب/أغسطس 2016 (شينخوا) أُخرج اليوم الأحد ستة أشخاص من كفريا والفوعة، البلدتين المحاصرتين بريف إدلب "
        "الشمالي، ومن بلدة مضايا بريف دمشق التي تنتشر فيها مجموعات مسلحة، تحت إشراف الهلال الأحمر العربي السوري، وفق "
        "ما أوردته وسائل الإعلام الرسمية السورية. ونسبت الوكالة العربية السورية للأنباء (سانا) إلى مصدر في الهلال "
        "الأحمر أن ثلاثة مرضى في وضع صحي متردٍّ غادروا كفريا والفوعة المطوَّقتين من الجماعات المسلحة، وبالتوازي "
        "غادرت ثلاث حالات مماثلة بلدة مضايا. ولم تورد الوكالة أي تفاصيل إضافية. وكانت يوم الجمعة الفائت قد شهدت نقل "
        "17 شخصاً، معظمهم مرضى في حال سيئة، من كفريا والفوعة، مقابل 18 حالة من مضايا في ريف دمشق. وفي الرابع عشر من "
        "الشهر الحالي، نجح الهلال الأحمر العربي السوري، بعد مساعٍ امتدت يومين، في نقل طفلة اسمها ريم حداد أصابتها "
        "رصاصة إلى دمشق لتتلقى العلاج، إثر خلافات بين الجماعات المسلحة داخل مضايا التي كانت تحول دون خروجها. وتعاني "
        "كفريا والفوعة حصاراً خانقاً تطبقه عليهما منذ ما يزيد على عامين الجماعات المسلحة المنتشرة بريف إدلب "
        "الشمالي، بينما يطوق الجيش السوري بلدة مضايا التي تنتشر فيها تلك الجماعات.",
        [E("other", Q("ستة", 6), PL("كفريا", "Kafraya", "Idlib", nth=1), "2016-08-21", "مصدر في الهلال الأحمر", None,
           note="evacuation of six sick people from the two besieged areas in parallel: one act, one figure over a list "
                "of places (group), coded at the first; three and three are the breakdown; SANA relays the Red Crescent "
                "source (the relayed source), the lead's «وسائل الإعلام الرسمية السورية» is another telling"),
         E("other", Q("17", 17), PL("كفريا", "Kafraya", "Idlib", nth=3), "2016-08-19", None, None,
           note="recall with its day (Friday before Sunday 21st): 17 evacuated from Kafraya and Fuaa; outlet's recall"),
         E("other", Q("18", 18), PL("مضايا", "Madaya", "Rif Dimashq", nth=3), "2016-08-19", None, None,
           note="the same day's 18 from Madaya: its own figure and place, a second event (not one figure over a list)"),
         E("other", None, PL("مضايا", "Madaya", "Rif Dimashq", nth=4), "2016-08-14", None, None,
           note="a wounded girl evacuated on the 14th; singular: no figure; placed where she was taken from")])

passage("ll05", "2016-08-26", "Al Arabiya", "Daraya's first evacuation: outlet, an AFP reporter, regime sources, the UN, "
        "the local council's photos; page: https://www.alarabiya.net/arab-and-world/syria/2016/08/26/سوريا-بدء-خروج-المقاتلين-وعائلاتهم-من-داريا-المحاصرة-",
        "بالصور.. الدفعة الأولى من المدنيين تغادر داريا المحاصرة\n"
        "بعد أربعة أعوام من حصار مطبق تخللته غارات وقصف ومآسٍ، غادرت أولى دفعات المدنيين والمقاتلين المحاصرين مدينة "
        "داريا في ريف دمشق، على متن ست حافلات وتحت إشراف الهلال الأحمر السوري. ويجري الخروج تطبيقاً لاتفاق عُقد بين "
        "النظام وفصائل المعارضة، ينص على مغادرة المقاتلين والمدنيين مقابل دخول قوات النظام إلى المدينة التي يطوقها "
        "منذ 2012. وأفادت مراسلة وكالة فرانس برس بأن أغلب ركاب الحافلة الأولى كانوا نساء وأطفالاً ومسنين، وقد "
        "رافقتها سيارة للأمن وأخرى للهلال الأحمر السوري. وقالت مصادر تابعة للنظام إن الحافلات التي خرجت من داريا "
        "بلغت كلها مركز إيواء في الحرجلة، الضاحية الواقعة هي الأخرى غرب دمشق، موضحة أن 300 عائلة من عائلات المقاتلين "
        "ستترك البلدة، وأن مجموع من سيُجلون يقارب 4 آلاف مدني و700 مقاتل. ووفقاً للأمم المتحدة، لم تصل إلى المنطقة "
        "سوى قافلة مساعدات يتيمة منذ أن ضرب النظام طوقه حول البلدة في 2012. وبيّنت صور نشرها المجلس المحلي للمدينة "
        "عبر صفحته على فيسبوك نساءً وأطفالاً يحملون أمتعتهم ويودعون باكين أحياءهم المهدمة، كما كشفت اللقطات فداحة "
        "الخراب الذي سوّى شوارع كثيرة بالأرض بعد ما يزيد على أربعة أعوام من القصف.",
        [E("other", None, PL("داريا", "Daraya", "Rif Dimashq", nth=1), "2016-08-26", None, None,
           note="evacuation of the first batch (six buses: the buses are not the people, no figure); the AFP reporter's "
                "and regime sources' details are the same convoy; the 300 families and 700 fighters and 4 thousand "
                "civilians are planned (future), not figures of this act; dated by publication (the item's news)"),
         E("agreement", None, PL("داريا", "Daraya", "Rif Dimashq", nth=1), None, None, GOV,
           note="the deal between the regime and the factions the evacuation carries out; no day; a second coder may "
                "leave it as the evacuation's background")])

passage("ll06", "2017-09-22", "Micro Syria", "a Russian escalation day in southern Idlib: the Idlib Media Center and local "
        "sources to Sada al-Sham; page: https://microsyria.com/2017/09/22/تصعيد-عسكري-روسي-في-إدلب-يودي-بحياة-مدن/",
        "قتلى مدنيون في تصعيد روسي على ريف إدلب\n"
        "كثّفت القوات الروسية منذ صباح اليوم الجمعة ضرباتها الجوية والصاروخية على ريف إدلب الجنوبي، فسقط قتلى "
        "وجرحى من المدنيين. وذكر «مركز إدلب الإعلامي» أن غارات جوية طالت اليوم بلدة سرجة بجبل الزاوية، في الريف "
        "الجنوبي الغربي للمحافظة، وأودت بحياة ثلاثة مدنيين. وأضاف المركز أن سفناً حربية روسية ترسو قبالة الساحل السوري "
        "أطلقت صواريخ بالستية على بلدات حاس وسجنة والدير الشرقي وقرى محيطة بها في الريف الجنوبي الشرقي، بينما أغارت "
        "الطائرات الروسية على ضواحي مدينة سراقب وبلدة كنصفرة. وأشار المركز إلى أن طفلاً لقي حتفه بغارة روسية استهدفت "
        "أطراف بلدة كفرسجنة. من جانبها، أبلغت مصادر محلية «صدى الشام» بأن امرأة وطفلة قضتا بقصف جوي روسي ضرب الأحياء "
        "السكنية لبلدة التمانعة الواقعة في ريف إدلب الجنوبي. ويتواصل هذا القصف لليوم الرابع دون انقطاع على قرى "
        "ريف إدلب وبلداته، مخلّفاً أضراراً إضافية في الممتلكات والمنازل.",
        [E("airstrike", Q("ثلاثة", 3), PL("سرجة", "Serjeh", "Idlib"), "2017-09-22", "«مركز إدلب الإعلامي»", RUS,
           note="the lead's escalation is the summary of the strikes that follow, no event of its own"),
         E("shelling", None, PL("حاس", "Has", "Idlib"), "2017-09-22", "المركز", RUS,
           note="ballistic missiles from warships on a list of towns (one act, group), coded at the first; ACLED's "
                "shelling/artillery/missile attack; source carried over «وأضاف المركز»"),
         E("airstrike", None, PL("سراقب", "Saraqib", "Idlib"), "2017-09-22", "المركز", RUS,
           note="raids on the outskirts of Saraqib and Kafr Nasrah: one act over two places (group), at the first"),
         E("airstrike", None, PL("كفرسجنة", "Kafr Sajna", "Idlib"), "2017-09-22", "المركز", RUS,
           note="a child killed: singular, no figure"),
         E("airstrike", None, PL("التمانعة", "Al-Tamanah", "Idlib"), "2017-09-22", "مصادر محلية", RUS,
           note="a woman and a girl killed: no number written, no figure")])

passage("ll07", "2017-10-11", "ANF Arabic", "SOHR on suspected Russian strikes and clashes in NE Hama, a toll from private "
        "sources, last night's battle; published date inferred from the events (a Wednesday of the Abu Dali battles, "
        "October 2017; page shows no date); page: https://anfarabic.com/akhr-l-khbr/اشتداد-المعارك-والقصف-في-ريف-حماه-39043",
        "احتدام القتال والقصف في ريف حماة\n"
        "تتواصل المواجهات الضارية بين قوات النظام السوري ومسلحين يوالونها من طرف، والفصائل المقاتلة وهيئة تحرير الشام "
        "من طرف آخر. وبحسب المرصد السوري لحقوق الإنسان، أغارت طائرات حربية يرجَّح أنها روسية على أنحاء من الريف "
        "الشمالي الشرقي لحماة، وضربت في وقت واحد قرية أبو دالي وما حولها إضافة إلى المشيرفة وتل خزيم وتلة السيرياتيل "
        "ومواقع أخرى ضمن ناحية الحمرا، من دون أنباء عن إصابات. وأضاف المرصد أن القتال ما زال محتدماً بين الجانبين على "
        "محاور عدة حول تل خزيم وإلى الجنوب من أبو دالي، وعلى محوري أبو لفة وسرحا في ريف حماة. ونقل المرصد عن مصادر خاصة أن ما "
        "يزيد على 15 مقاتلاً من الفصائل وتحرير الشام لقوا حتفهم في معارك اليوم الأربعاء العنيفة. على صعيد متصل، لفت "
        "المرصد إلى أنه سجّل خلال ساعات الليلة الفائتة هدوءاً نسبياً في الريف نفسه، أعقب معارك شرسة بين "
        "قوات النظام ومسلحيه وعناصر هيئة تحرير الشام، دارت بشكل رئيسي في قرية مريجب الجملان، إذ شنت الفصائل والهيئة "
        "هجوماً عليها سعياً لاسترجاعها.",
        [E("airstrike", None, PL("أبو دالي", "Abu Dali", "Hama"), "2017-10-11", "المرصد السوري لحقوق الإنسان", RUS,
           note="strikes on a list of places at once (one act, group), coded at the first village; no casualties"),
         E("armed_clash", Q("ما يزيد على 15", 15, None, True), PL("تل خزيم", "Tell Khuzeim", "Hama", nth=1),
           "2017-10-11", "المرصد", GOV,
           note="the clashes on several axes (a list: group, coded at the first); the toll relayed from private "
                "sources comes back to today's battles (its figure); the lead's «تتواصل المواجهات» is the same "
                "fighting; the act's own sentence names the observatory"),
         E("armed_clash", None, PL("مريجب الجملان", "Mreijib al-Jamlan", "Hama"), "2017-10-10", "المرصد", HTS,
           note="last night's battle as HTS and the factions attacked to retake the village; «الليلة الفائتة» before "
                "Wednesday 11th")])

passage("ll08", "2018-03-29", "SANA", "SANA's envoy on civilians leaving Douma through al-Wafideen, a running total of exits; "
        "published date inferred from the events (the corridor opened «the 27th of last month», February 2018; the "
        "page shows no date); page: https://sanasyria.org/?p=731414",
        "ريف دمشق-سانا\n"
        "غادر اليوم مئات المدنيين الذين تحتجزهم التنظيمات الإرهابية في دوما بالغوطة الشرقية، سالكين الممر الإنساني "
        "الذي يفضي إلى مخيم الوافدين في ريف دمشق. وأوضح موفد سانا إلى المخيم أن ما يزيد على 500 مدني عبروا من الغوطة "
        "الشرقية من خلال ممر الوافدين، الذي فتحه الجيش العربي السوري في السابع والعشرين من الشهر الفائت، لافتاً إلى "
        "أن معظم الخارجين أطفال ونساء ومسنون. وكان في استقبالهم الهلال الأحمر وعناصر من الجيش وموظفون من محافظة ريف دمشق، ثم نُقلوا "
        "بالحافلات إلى مراكز إقامة مؤقتة جُهّزت سلفاً بما يلزم من مأوى وطعام ومركز صحي وسواها. وأشار الموفد إلى أن 8 "
        "حالات إنسانية بين الخارجين نُقلت بسيارات الإسعاف إلى مستشفيات العاصمة لمتابعة أوضاعها الصحية. وما زالت "
        "التنظيمات الإرهابية تحتجز داخل مدينة دوما مئات الأسر وتستخدمها دروعاً بشرية، كما تحتفظ في أوكارها بأعداد "
        "كبيرة من المخطوفين لتساوم عليهم. وكانت وحدات الجيش قد أمّنت في الفترة الماضية خروج زهاء 110 آلاف من "
        "المحتجزين من خلال الممرات الآمنة، بينما يواصل الإرهابيون تطويق مئات من العائلات في الغوطة الشرقية ويطلقون النار "
        "من رشاشاتهم على الممرات لبث الرعب بين المدنيين.",
        [E("other", Q("ما يزيد على 500", 500, None), PL("دوما", "Douma", "Rif Dimashq"), "2018-03-29", "موفد سانا", None,
           note="civilians leaving Douma through the corridor: the lead's «مئات» and the envoy's «ما يزيد على 500» are one "
                "act; the figure is the envoy's (the precise telling; a second coder may take «مئات», the first "
                "written); the envoy's sentence comes back to the same exit, so he is the source; the 8 cases taken to "
                "hospital are part of it; the corridor's opening on the 27th of last month is a recall not coded"),
         E("other", Q("زهاء 110 آلاف", 110000, approx=True), None, None, None, GOV, kind="aggregate",
           note="running total of people brought out through the corridors over the past period (outlet's recall); "
                "no place in its sentence; the hostages held and the fire on the corridors are states and habits")])

passage("ll09", "2019-03-14", "Al Youm TV", "SOHR on an HTS faction's attack on a checkpoint, the regime's shelling, Russian "
        "raids, a week's toll in the demilitarised zone; published date inferred from the events (the 2019 escalation in "
        "the demilitarised zone; page shows no date); page: https://alyaumtv.net/قتلى-وجرحى-باشتباكات-بين-النظام-وهيئة/",
        "قتلى وجرحى في مواجهات بين قوات النظام و«تحرير الشام» شمال حماة\n"
        "لقي ثمانية من عناصر قوات النظام السوري وثلاثة من مقاتلي هيئة تحرير الشام مصرعهم، فيما أصيب آخرون بجراح، في "
        "معارك دارت بين الجانبين في الريف الشمالي الغربي لمحافظة حماة. وبحسب ما أوضحه المرصد السوري لحقوق الإنسان، فإن القتال "
        "اندلع إثر هجوم شنّه فصيل يُعرف باسم «جيش أبو بكر الصديق»، وهو من تشكيلات الهيئة، على حاجز الآثار الذي "
        "تتمركز فيه قوات النظام، والواقع إلى الشرق من بلدة قلعة المضيق. وتابع المرصد أن قوات النظام ردّت على الهجوم "
        "بقصف عنيف ومركّز طال المنطقة ومواقع أخرى في جبل شحشبو، تزامناً مع غارات نفذتها طائرات حربية روسية على قرية "
        "قورة الواقعة في المنطقة نفسها. وبذلك صعدت حصيلة الضحايا الذين سقطوا جراء التصعيد المستمر داخل المنطقة المنزوعة "
        "السلاح خلال الأيام السبعة الأخيرة إلى ما يربو على 160 شخصاً، من بينهم اثنا عشر طفلاً.",
        [E("armed_clash", Q("ثمانية", 8), PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"), "2019-03-14",
           "المرصد السوري لحقوق الإنسان", HTS,
           note="the HTS faction's attack on the checkpoint east of the town (a checkpoint: placed at the town the text "
                "gives); no total written: the first side numbered (eight) is the figure, the three of HTS its other "
                "side; the observatory's next sentence comes back to the same fight; undated: the publication day"),
         E("shelling", None, PL("جبل شحشبو", "Jabal Shahshabo", "Hama"), "2019-03-14", "المرصد", GOV,
           note="the regime's shelling of the area and Jabal Shahshabo, the most specific place named"),
         E("airstrike", None, PL("قورة", "Qurah", "Hama"), "2019-03-14", "المرصد", RUS,
           note="Russian raids told in the observatory's same sentence («وتابع المرصد»)"),
         E("casualties", Q("ما يربو على 160", 160, None, True), None, None, "المرصد", None, kind="aggregate",
           note="the week's toll of the escalation in the demilitarised zone (several kinds of act: casualties); "
                "«وبذلك» goes on with the observatory's report; the twelve children are its breakdown; the zone is no "
                "gazetteer place")])

passage("ll10", "2021-04-18", "Baladi News", "sources of a local site on two SDF arrest raids in Deir ez-Zor, the SDF's "
        "stance and activists' answer; published date inferred (a Sunday; the page shows no date or year: the year is a "
        "guess); page: https://baladi-news.com/ar/articles/70164/لأسباب-مجهولة-قسد-تعتقل-شخصاً-في-ديرالزور",
        "بلا أسباب معلنة.. «قسد» تشن اعتقالات في ريف دير الزور\n"
        "بلدي نيوز\n"
        "أوقفت قوات سوريا الديمقراطية (قسد) عشرات الشبان في ريف دير الزور مساء أمس السبت، إثر حملة دهم شملت الريفين "
        "الشرقي والشمالي للمحافظة. وبحسب مصادر نقل عنها موقع «عين الفرات»، عمدت «قسد» قبيل العاشرة من مساء السبت إلى "
        "قطع الإنترنت عن مدينة الشحيل في الريف الشرقي، ثم نفذت حملة دهم تركزت قرب «معبر المدينة»، وانتهت باعتقال ما "
        "يزيد على 40 شخصاً من عشيرة «الخبابصة»، أطلقت سراح عدد كبير منهم بعد وقت قصير. وفي سياق متصل، أفادت المصادر "
        "ذاتها بأن «قسد» نفذت صباح اليوم الأحد حملة مماثلة في قريتي «السفافنة» و«العرقوب» في الريف الشرقي للمحافظة، "
        "احتجزت خلالها قرابة 10 أشخاص لدوافع لم تتضح. وتؤكد «قسد» باستمرار أن حملاتها تلاحق خلايا لتنظيم «داعش» "
        "تنشط في المنطقة، بينما يرى ناشطون من أبناء المحافظة أن الاعتقالات تطال ناشطين مدنيين بقصد إسكات الأصوات "
        "المعارضة لسياسات «قسد» في دير الزور.",
        [E("arrest", Q("ما يزيد على 40", 40, None), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2021-04-17", "مصادر",
           SDF, note="the lead's «عشرات الشبان» on Saturday evening and the Shuhayl raid that evening are one act told "
                     "twice; the figure is the fuller telling's; «عين الفرات» relays the sources (the relayed source); "
                     "the lead's east and north countryside is a summary, no second event (unsure: a second coder may "
                     "code the lead apart at the countryside)"),
         E("arrest", Q("قرابة 10", 10, approx=True), PL("السفافنة", "Al-Safafinah", "Deir ez-Zor"), "2021-04-18",
           "المصادر", SDF, note="one raid over two villages (group), coded at the first"),
         ])

passage("ll11", "2020-02-24", "Al-Moharrer Media", "the network's reporter on Russian strikes on Jabal al-Zawiya towns and a civil "
        "defence centre, ground attacks; published date inferred from the events (a Monday of the February 2020 offensive "
        "on southern Idlib; page shows no date); page: https://almohrarmedia.net/شهداء-وجرحى-مدنيون-بغارات-جوية-مكثفة-ع",
        "قتلى وجرحى مدنيون في غارات جوية كثيفة على جنوب إدلب\n"
        "سقط قتلى وجرحى من المدنيين اليوم الاثنين جراء غارات للطيران الحربي الروسي على مناطق بريف إدلب الجنوبي، "
        "تزامنت مع هجمات برية تشنها قوات الأسد والميليشيات الروسية والإيرانية على محاور عدة في المنطقة. وأفاد مراسل "
        "شبكة المحرَّر في محافظة إدلب بأن الضحايا قضوا بصواريخ فراغية ألقتها المقاتلات الروسية على «كوكبة» و«الفطيرة»، البلدتين الواقعتين "
        "ضمن منطقة جبل الزاوية جنوبي إدلب، مضيفاً أن عدداً من الضحايا ما زالوا تحت الركام. وأوضح المراسل أن ثلاثة "
        "مدنيين قُتلوا وأصيب غيرهم بجراح بالغة إثر غارات متتالية للطائرات الروسية على بلدة «كوكبة». كما لقي مدنيان "
        "حتفهما، في حصيلة غير نهائية، بقصف جوي روسي على أحياء سكنية في بلدة «الفطيرة»، بحسب المراسل الذي تحدث عن "
        "أشخاص لا يزالون عالقين تحت الأنقاض حتى اللحظة. وذكر المراسل كذلك أن الطيران الروسي استهدف "
        "بصواريخ فراغية مركزاً تابعاً لـ«الخوذ البيضاء»، أي الدفاع المدني السوري، في بلدة بليون جنوبي إدلب، ما أخرجه عن العمل. وأكد أن طائرات "
        "النظام والطائرات الروسية تتناوب على قصف المنطقة منذ ساعات.",
        [E("armed_clash", None, PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"), "2020-02-24", None, GOV,
           note="ground attacks by Assad's forces and allied militias on several axes (the other side unnamed); the "
                "outlet's lead, before the reporter is named"),
         E("airstrike", Q("ثلاثة", 3), PL("كوكبة", "Kawkaba", "Idlib", nth=1), "2020-02-24", "مراسل شبكة المحرَّر", RUS,
           note="the reporter's first sentence tells Kawkaba and al-Fatira together; each town's strike has its own "
                "toll in the next sentences, so two events; the lead's «قتلى وجرحى» is their summary"),
         E("airstrike", None, PL("الفطيرة", "Al-Fatira", "Idlib", nth=1), "2020-02-24", "المراسل", RUS,
           note="«مدنيان» is a dual: no figure"),
         E("airstrike", None, PL("بليون", "Bliyun", "Idlib"), "2020-02-24", "المراسل", RUS,
           note="strike on a civil defence centre (not a named hospital or listed site: placed at the town)")])

passage("ll12", "2020-05-10", "Step News Agency", "the agency's reporter on a potato-sack bomb in al-Bab's market, a recall "
        "of the Afrin truck bomb; page: https://stepagency-sy.net/2020/05/10/شوال-بطاطا-مفخخ-يوقع-قتلى-وجرحى-بـ-مدي",
        "«شوال بطاطا» مفخخ يقتل ويجرح مدنيين في مدينة الباب\n"
        "هزّ انفجار مدينة الباب اليوم الأحد، وهي المدينة الخاضعة لفصائل معارضة تدعمها تركيا شمالي حلب، فأوقع ضحايا من "
        "المدنيين. وروى ماهر الحسن، مراسل وكالة «ستيب الإخبارية» هناك، أن رجلاً ترك قبيل أذان المغرب وموعد "
        "الإفطار بدقائق كيساً من البطاطا لدى بائع في سوق الخضار الشعبي المطل على طريق الراعي وسط الباب، طالباً منه "
        "أن يحفظه «أمانة» ريثما ينهي جولته في السوق. وبيّن المراسل أن الكيس، أو «الشوال» كما يسميه أهل المنطقة، كان "
        "مفخخاً بعبوة ناسفة فجّرها صاحبها عن بعد، فانفجرت معها دراجات نارية، وهو ما أربك الروايات في اللحظات الأولى "
        "التي أعقبت الانفجار. وأشار إلى أن التفجير أودى بحياة مدني وأصاب عشرة آخرين بجروح مختلفة، من بينهم طفلة في "
        "وضع حرج نُقلت إلى الأراضي التركية، بينما أُسعف الباقون إلى مستشفى الباب الكبير. ويأتي هذا التفجير بعد عشرة "
        "أيام من انفجار شاحنة مفخخة محمّلة بالمحروقات في مدينة عفرين الخاضعة بدورها لفصائل المعارضة.",
        [E("explosion", None, PL("الباب", "Al-Bab", "Aleppo"), "2020-05-10", "مراسل وكالة «ستيب الإخبارية»", UNK,
           note="a remote-detonated IED in the market (a landmark: placed at the town); one civilian killed (singular: "
                "no figure) and ten wounded (the injured are never the figure); the reporter's account comes back to "
                "the lead's blast, so he is its source"),
         E("explosion", None, PL("عفرين", "Afrin", "Aleppo"), None, None, UNK,
           note="recall: a truck bomb in Afrin about ten days before (outlet's «ويأتي … بعد»); no day written, so no "
                "date (a second coder may count back to 2020-04-30)")])

passage("ll13", "2020-11-24", "Syria Monitor", "a blast at the Bza'a subdistrict centre in al-Bab, two tellings of its cause, "
        "a first toll and medical sources on the wounded, a recall of a Russian strike; page: "
        "https://symonitor.com/انفجار-عنيف-يهز-الباب-في-ريف-حلب-ووقوع-ض",
        "انفجار عنيف يضرب الباب بريف حلب ويوقع قتلى وجرحى\n"
        "ضرب انفجار شديد مدينة الباب بريف حلب شمالي البلاد صباح اليوم الثلاثاء، الرابع والعشرين من تشرين الثاني/نوفمبر، وهي مدينة "
        "تسيطر عليها فصائل الجيش الوطني المدعوم من تركيا. وتباينت الروايات الأولى عن مصدر الانفجار؛ فبعض المصادر "
        "تحدث عن غارة لطائرة مجهولة الهوية، فيما جزمت مصادر أخرى بأنه سيارة مفخخة. ويستند أصحاب رواية القصف الجوي "
        "إلى أن طائرة غير معروفة كانت تحلق في أجواء المنطقة لحظة الانفجار. وقد وقع الانفجار عند مركز ناحية بزاعة قرب "
        "مفرق بلدة قباسين في منطقة الباب، وأدى وفق حصيلة أولى إلى مقتل الملازم أول جمال عيسى، رئيس مخفر ناحية بزاعة "
        "التابع لشرطة الباب، والشرطي أنس بكور، إضافة إلى ثلاثة مدنيين. أما المصابون فزاد عددهم على 22، أغلبهم في "
        "حالة خطرة، بحسب أرقام أولية نقلتها مصادر طبية محلية. يُذكر أن الباب تشهد من حين لآخر تفجيرات كبيرة بسيارات "
        "أو دراجات نارية مفخخة أو بعبوات ناسفة، كما طالها في وقت سابق قصف جوي روسي خلّف فيها مجزرة مروعة ذهب ضحيتها "
        "العشرات.",
        [E("explosion", None, PL("بزاعة", "Bza'a", "Aleppo"), "2020-11-24", None, UNK,
           note="one blast (car bomb or an unknown aircraft's strike, two tellings: coded as the explosion most sources "
                "give); the subdistrict centre in Bza'a is the most specific place named; the dead are an officer, a "
                "policeman and three civilians: no total written (a singular joined to a number gives no figure); the "
                "22 wounded are not the figure"),
         E("airstrike", Q("العشرات", 20, 90, True), PL("الباب", "Al-Bab", "Aleppo", nth=4), None, None, RUS,
           note="recall with no day: a Russian strike on al-Bab that killed dozens; the recurring bombings are a habit, "
                "not coded (a second coder may leave the recall out)")])

passage("ll14", "2022-09-08", "Al Jazeera Mubasher", "Russian strikes on western Idlib: outlet's toll, the White Helmets' "
        "strike count and tweet, recalls of a July strike and the 2017 de-escalation deal; page: "
        "https://www.aljazeeramubasher.net/news/politics/2022/9/8/مقتل-5-أشخاص-بينهم-طفل-ووالده-في-قصف",
        "طفل وأبوه بين الضحايا.. 7 قتلى مدنيين بغارات روسية على ريف إدلب (فيديو)\n"
        "لقي 7 مدنيين حتفهم، من بينهم طفل وأبوه، وجُرح 13 آخرون اليوم الخميس في قصف جوي روسي طال محيط بلدتي حفسرجة "
        "والغفر وأراضي زراعية مكشوفة في غرب إدلب شمالي سوريا. وأغارت المقاتلات الروسية على بلدات وقرى في ريف إدلب "
        "الغربي، فسقط قتلى وجرحى من المدنيين. وبحسب ما أوضحته الخوذ البيضاء (الدفاع المدني السوري)، فإن الطيران الحربي الروسي شن "
        "اليوم الخميس ما يزيد على 8 غارات على ريف إدلب، منها قرابة 3 غارات أصابت منزلاً لمدنيين ومنشرة قريبة منه. "
        "وأرفق الدفاع المدني تغريدة على حسابه مؤرخة في 8 أيلول/سبتمبر 2022 تحدث فيها عن قتلى وجرحى بغارات روسية على "
        "ريف إدلب. وأضاف أن المقاتلات الروسية لا تزال تجوب الأجواء برفقة طائرات استطلاع، وأن فرقه تعمل على انتشال "
        "ضحايا من بين الركام. ومن وقت لآخر يخرق الطيران الروسي في إدلب اتفاق وقف التصعيد، وقد سبق أن نفّذ أواخر "
        "تموز/يوليو الماضي غارة أودت بحياة عدد من المدنيين، أغلبهم أطفال، في الجديدة، إحدى بلدات الريف الغربي لإدلب. وكانت "
        "تركيا وروسيا وإيران قد اتفقت في أيار/مايو 2017 على أن تكون إدلب «منطقة خفض تصعيد».",
        [E("airstrike", Q("7", 7, nth=1), PL("حفسرجة", "Hafsarjah", "Idlib"), "2022-09-08", None, RUS,
           note="one day's strikes over two towns and farmland (group), coded at the first; the Civil Defence's count "
                "of more than 8 raids and its tweet are other tellings of the same strikes, two sentences later (the "
                "outlet tells the toll: a second coder may give the Civil Defence as the source); the 13 wounded are "
                "not the figure"),
         E("airstrike", None, PL("الجديدة", "Al-Jadida", "Idlib"), "2022-07", None, RUS,
           note="recall with its month («أواخر تموز/يوليو الماضي»): a strike that killed civilians, unnumbered"),
         E("agreement", None, PL("إدلب", "Idlib", "Idlib", nth=7), "2017-05", None, None,
           note="recall: the Astana de-escalation deal of May 2017 (Turkey, Russia, Iran); a second coder may leave it "
                "as background")])

passage("ll15", "2024-03-19", "Kalam", "Israeli strikes near Yabroud: SOHR, regime media, SANA relaying a military source; "
        "page: https://kalam.co.il/2024/03/19/سورية-غارات-إسرائيليّة-تستهدف-مواقع",
        "سوريا: ضربات جوية إسرائيلية على مواقع للجيش في ريف دمشق\n"
        "ذكر المرصد السوري لحقوق الإنسان أن المضادات الأرضية للنظام السوري سعت إلى اعتراض أهداف في أجواء دمشق والمناطق "
        "المحيطة بها. وبحسب ما أكدته وسائل إعلام موالية للنظام، نفذ جيش إسرائيل في ليلة الاثنين على الثلاثاء هجوماً "
        "طال مواقع عسكرية حول العاصمة السورية. وأوضحت تلك الوسائل أن الغارات أصابت مواقع عسكرية عدة في جبال القلمون "
        "على مقربة من مدينة يبرود في ريف دمشق. من جهتها، أوردت الوكالة السورية للأنباء «سانا» أن هجوماً جوياً "
        "إسرائيلياً ضرب نقاطاً للجيش في ريف دمشق، وأن عدداً من الصواريخ أُسقط. ونسبت الوكالة إلى مصدر عسكري أن "
        "إسرائيل نفذت ضرباتها انطلاقاً من جهة الجولان السوري المحتل عند الثانية وعشر دقائق من فجر الثلاثاء، "
        "مستهدفة بعض المواقع العسكرية في ريف العاصمة. وأضاف المصدر أن الدفاعات الجوية تصدت لصواريخ الهجوم وأسقطت "
        "قسماً منها، وأن الأضرار كانت مادية فحسب. وكان المرصد قد أكد في وقت سابق، عبر منصة «إكس»، سماع دويّ انفجارات "
        "حول العاصمة، في حين حاولت مضادات النظام الأرضية التصدي للهجوم.",
        [E("airstrike", None, PL("يبرود", "Yabroud", "Rif Dimashq"), "2024-03-19", "وسائل إعلام موالية للنظام", ISR,
           note="one night's strikes told by SOHR, regime media, SANA and its military source: one event; placed at "
                "the town the strikes were near (the Qalamoun mountains are the wider area); the interceptions are part "
                "of it; material damage only: no figure; «الثانية وعشر دقائق» is a time, not a figure")])

passage("ll16", "2024-10-15", "SOHR", "the monitor's own item: an IS cell's attack on an Asayish car near al-Shaddadi, the rise "
        "of IS attacks, its tally since January; published date inferred (2024 from the tally; the day is a guess, the "
        "page shows no date); page: https://www.syriahr.com/خلايا-التنظيم-تهاجم-سيارة-عسكرية-وتق/730065/",
        "خلايا «التنظيم» تقتل 3 من «الأسايش» بهجوم على سيارة عسكرية بينهم قيادي بريف الحسكة\n"
        "محافظة الحسكة: شنّ مسلحان ينتميان إلى خلايا تنظيم «الدولة الإسلامية» على متن دراجة نارية هجوماً مفاجئاً على سيارة "
        "عسكرية لقوى الأمن الداخلي «الأسايش» كانت تسير على الطريق المؤدي إلى الشدادي في ريف الحسكة الجنوبي. وأعقب الهجوم تبادل "
        "عنيف لإطلاق النار بين الجانبين، انتهى بمقتل 3 من عناصر «الأسايش»، من بينهم قيادي، إذ اشتعلت السيارة بعدما "
        "أصابت رصاصة قنبلة يدوية كانت في داخلها فانفجرت. وتعرف مناطق الإدارة الذاتية ارتفاعاً لافتاً في عدد الهجمات "
        "التي تنفذها خلايا التنظيم، مستهدفة مواقع قوات سوريا الديمقراطية ونقاط انتشارها وتشكيلات عسكرية أخرى، فضلاً "
        "عن موظفين لدى «الإدارة الذاتية». وخلّفت هذه الهجمات قتلى وجرحى في صفوف القوات، وطالت المدنيين أحياناً. ووثّق "
        "المرصد السوري منذ بداية العام 2024 تنفيذ خلايا التنظيم 203 عمليات في المناطق الخاضعة لـ«الإدارة الذاتية»، ما "
        "بين هجمات بالسلاح واستهدافات وتفجيرات، وبحسب توثيقاته، بلغ عدد القتلى الذين سقطوا في هذه العمليات 95 قتيلاً.",
        [E("armed_clash", Q("3", 3, nth=1), PL("الشدادي", "Al-Shaddadi", "Al-Hasakah"), "2024-10-15", None, IS,
           note="the attack and the exchange of fire that followed are one incident; the headline's 3 and the body's 3 "
                "are one toll; on the road to al-Shaddadi: placed at the place named; the monitor is the outlet (no "
                "source in the text); undated: the publication day"),
         E("casualties", Q("95", 95), None, None, "المرصد السوري", IS, kind="aggregate",
           note="the monitor's tally since January 2024 in the Autonomous Administration's areas: 203 operations of "
                "several kinds (armed attacks, targetings, bombings), 95 dead: one aggregate, its figure the dead "
                "(unsure: a second coder may code the 203 operations as an aggregate apart); no gazetteer place")])

passage("ll17", "2024-12-28", "Syrian Today", "a day of attacks on the new security forces in Homs and Tartus, a recall of "
        "Jableh, the launch of a campaign, with the page's sub-headings; page: "
        "https://syrian-today.net/ar/article/9014/تصعيد-أمني-في-حمص-وطرطوس-قتلى-واشتباكات-مع-فلول-النظام-المخلوع",
        "تصعيد أمني في حمص وطرطوس.. قتلى في مواجهات مع فلول النظام المخلوع\n"
        "دارت السبت في مناطق سورية عدة مواجهات مسلحة بين القوى الأمنية وبقايا النظام المخلوع، قُتل فيها ثلاثة من رجال "
        "الأمن، أحدهم من قياديي إدارة العمليات العسكرية.\n"
        "ما جرى في حمص\n"
        "ببلدة تلكلخ الواقعة في الريف الغربي لحمص، لقي قيادي عسكري من إدارة العمليات العسكرية مصرعه مع عنصر آخر "
        "خلال حملة دهم نفذتها القوى الأمنية بحثاً عن فلول النظام المخلوع. وترمي الحملة إلى جمع السلاح واعتقال "
        "المطلوبين في هذه المنطقة التي تصاعد فيها نشاط المسلحين من بقايا النظام السابق.\n"
        "دورية بانياس\n"
        "وفي واقعة أخرى، ذكرت مصادر محلية أن أتباعاً مسلحين من أنصار النظام البائد هاجموا دورية للأمن العام داخل مدينة بانياس "
        "في محافظة طرطوس، فقتلوا أحد عناصرها ثم فرّوا.\n"
        "تصعيد سبق في اللاذقية\n"
        "وتأتي هذه الحوادث بعد أيام من هجوم شنته مجموعة مسلحة على حاجز الصناعة، وهو نقطة لإدارة العمليات العسكرية في "
        "جبلة الواقعة في ريف اللاذقية، قُتل فيه عنصران وجُرح آخرون.\n"
        "حملة أمنية موسعة\n"
        "وفي رد على هذا التصعيد، بدأت القوى الأمنية عملية عسكرية واسعة في ريف حمص الغربي تلاحق فلول النظام المخلوع، "
        "ضمن مساعٍ حكومية لإعادة ضبط الأمن.",
        [E("armed_clash", None, PL("تلكلخ", "Tall Kalakh", "Homs"), "2024-12-28", None, NEWGOV,
           note="a commander and a fighter killed during the security forces' raid (singulars: no figure); the lead's "
                "three dead are the sum of Tall Kalakh and Banias, no event of its own; the campaign's aims are not acts"),
         E("armed_clash", None, PL("بانياس", "Baniyas", "Tartus"), "2024-12-28", "مصادر محلية", LOYAL,
           note="loyalists' attack on a General Security patrol, one killed (singular); dated by the lead's Saturday"),
         E("armed_clash", None, PL("جبلة", "Jableh", "Latakia"), None, None, UNK,
           note="recall «بعد أيام»: an armed group's attack on a checkpoint (placed at the town); «عنصران» is a dual: no "
                "figure; no day"),
         E("other", None, PL("ريف حمص الغربي", "Western Homs countryside", "Homs", nth=0), "2024-12-28", None, NEWGOV,
           note="the launch of a wide security operation against the loyalists (unsure: the Tall Kalakh raid may be "
                "part of it, and a second coder may leave a launch uncoded)")])

passage("ll18", "2022-03-19", "Shaam Network", "an attack on an Asayish checkpoint (a local site), an IS claim relayed by "
        "Amaq, IS tallies; published date inferred (a Saturday; the page shows no date: the year is a guess); page: "
        "https://shaam.org/news/syria-news/hjwm-mslh-ytal-hajzaan-l-qsd-waalyh-askryh-bryf-alhskh",
        "هجوم مسلح على حاجز لـ«قسد» واستهداف آلية عسكرية لها في ريف الحسكة\n"
        "استهدف مسلحون مجهولون أمس الجمعة حاجزاً عسكرياً يتبع «قوى الأمن الداخلي» (الآسايش)، الجهاز الأمني لقوات "
        "«قسد»، في ريف محافظة الحسكة، بينما أعلن تنظيم «داعش» مسؤوليته عن ضرب آلية عسكرية لـ«قسد» في ريف المحافظة "
        "الواقعة شمال شرقي سوريا. وتفصيلاً، لقي عنصر حتفه وأصيب آخرون حين هاجم مسلحون مجهولون كانوا على متن دراجة "
        "نارية حاجزاً لـ«الآسايش» يقع على طريق M4 الدولي بين «جل آغا» و«تل كوجر»، وهما ناحيتان في ريف القامشلي "
        "على مقربة من محافظة الحسكة، بحسب موقع «باسنيوز» المحلي. من جهته، أعلن «داعش» أمس الجمعة، عبر حسابات قريبة منه، تبنيه ضرب آلية "
        "تابعة لقوات سوريا الديمقراطية (قسد) في الريف الشرقي للحسكة شمالي سوريا. كما بثت وكالة «أعماق» الناطقة باسم "
        "التنظيم بياناً ذكرت فيه أن عناصره فجّروا عبوة ناسفة بآلية رباعية الدفع لـ«قسد» في قرية «رد شقرا» شرقي الحسكة. "
        "وأضافت الوكالة أن الانفجار ألحق أضراراً بالآلية وأوقع إصابات بين أربعة عناصر كانوا على متنها. وكان التنظيم قد "
        "أعلن تنفيذ عمليات عدة استهدفت «قسد»، و7 عمليات أخرى طالت مواقع عسكرية لميليشيات الأسد موزعة على "
        "أنحاء من الحسكة والرقة ودير الزور. كما نشرت مجلة «النبأ»، لسان حال «داعش»، حصيلة لهجمات التنظيم "
        "وعملياته.",
        [E("armed_clash", None, PL("جل آغا", "Jal Agha", "Al-Hasakah"), "2022-03-18", "موقع «باسنيوز» المحلي", UNK,
           note="gunmen on a motorbike attacked the checkpoint, one killed (singular: no figure); on the M4 between two "
                "subdistricts: placed at the first named; the lead's checkpoint attack is the same incident, the "
                "detail sentence's source carries back"),
         E("explosion", None, PL("رد شقرا", "Rad Shaqra", "Al-Hasakah"), "2022-03-18", "وكالة «أعماق»", IS,
           note="the IS-claimed IED on a vehicle: the lead's and the claim's «ضرب آلية» and Amaq's detail are one act; "
                "four wounded (not the figure); dated by the claim's Friday (the act's own day is not given)"),
         E("armed_clash", Q("7", 7), None, None, "التنظيم", IS, kind="aggregate",
           note="IS's claimed tally of 7 operations on Assad's forces in three governorates (period not given: the "
                "week before); unsure: a second coder may leave a group's claimed tally uncoded; «عمليات عدة» gives no "
                "figure")])

passage("ll19", "2025-03-07", "Zagros News", "the coast, March 2025: the security authorities' combing operations, the night's "
        "clashes after an ambush on an army convoy, convoys sent to the coast, a field commander's statement; page: "
        "https://zagrosnews.net/ar/news/65375",
        "زاكروس عربية - أربيل\n"
        "قالت السلطات الأمنية في سوريا إنها شرعت اليوم الجمعة، السابع من آذار 2025، في حملات تمشيط موسعة بمحافظتي "
        "اللاذقية وطرطوس بحثاً عن فلول النظام السابق. وكانت الفترة الممتدة من ليل أمس الخميس حتى فجر اليوم قد شهدت "
        "مواجهات ضارية بين قوات الجيش السوري ومسلحين من بقايا النظام البائد، اندلعت إثر كمين نصبه أنصار الأسد لرتل "
        "عسكري للجيش على الطريق الواصل بين حلب واللاذقية. وفي هذا السياق، انطلقت من مخيمات أطمة في ريف إدلب قوة عسكرية "
        "كبيرة لمؤازرة القوات الحكومية على الساحل، كما تحرك رتل آخر للجيش من مدينة الباب في الريف الشرقي لحلب قاصداً "
        "المنطقة الساحلية، دعماً لجهود الأمن العام ووزارة الدفاع في صد هجمات فلول الأسد. وشدد محمد حسين، وهو قائد "
        "ميداني في الجيش السوري، في تصريحات لوسائل الإعلام، على أن ما تقوم به الحكومة ووزارة الدفاع لا يستهدف طائفة "
        "بعينها، وإنما يرمي إلى بسط الأمن في كل الأراضي السورية والحيلولة دون تقسيمها. وأضاف أن قوات الجيش في أنحاء "
        "البلاد استجابت لنداء قوات وزارة الداخلية بعدما تعرضت لاعتداء غادر من فلول النظام، مكرراً أن الحكومة تتحرك "
        "لفرض الأمن على امتداد التراب السوري ورفض التقسيم، لا لمعاداة طائفة أو لشق البلاد.",
        [E("statement", None, PL("اللاذقية", "Latakia", "Latakia"), "2025-03-07", "السلطات الأمنية في سوريا", NEWGOV,
           note="the security authorities' announcement that combing operations began in Latakia and Tartus: a named "
                "body's announcement that is the item's news (stop 32; unsure: a second coder may code the operations "
                "themselves as an act); placed at the first place it concerns"),
         E("armed_clash", None, PL("حلب", "Aleppo", "Aleppo"), "2025-03-06", None, LOYAL,
           note="the night's clashes after the loyalists' ambush on an army convoy on the Aleppo–Latakia road: one "
                "incident; a road between two places is placed at the first named (stop 30), even when the act was "
                "near the second; dated Thursday (the night of 6-7 March)"),
         E("reinforcement", None, PL("الساحل", "Syrian coast", None), "2025-03-07", None, NEWGOV,
           note="a large force from the Atmeh camps sent to the coast; placed at its destination (a region); its own "
                "convoy, so apart from the al-Bab convoy"),
         E("reinforcement", None, PL("المنطقة الساحلية", "Syrian coast", None), "2025-03-07", None, NEWGOV,
           note="a second army convoy from al-Bab to the coast; placed at its destination"),
         E("statement", None, None, "2025-03-07", "محمد حسين", NEWGOV,
           note="the field commander's stance (not against a sect, to impose security and prevent partition), told as "
                "its own matter: a statement (stop 32)")])

passage("ll20", "2025-03-10", "Arab Khabar", "the Defence Ministry ends the coastal operation, a loyalist attack in Mezzeh, "
        "arrests in Deir ez-Zor with the security director's word, a glued TV programme's comments; page: "
        "https://www.arabkhabar.com/a/4316857",
        "أعلنت وزارة الدفاع في سوريا اليوم الاثنين أن عمليتها العسكرية في مناطق الساحل انتهت، وأنها وضعت خططاً جديدة "
        "لمواصلة ملاحقة فلول النظام السابق وإزالة أي خطر قد يظهر مستقبلاً. وبموجب ذلك، ستغادر وحدات الجيش مدن الساحل عائدة إلى "
        "ثكناتها، على أن يتولى جهاز الأمن العام ووزارة الداخلية حفظ الأمن وحماية المدنيين. غير أن الفلول لم يقصروا "
        "نشاطهم على الساحل، بل حملوه إلى دمشق، إذ شن مسلحون منهم هجوماً على حاجز أمني قريب من مبنى فرع الأمن السياسي بحي "
        "المزة، ثم اشتبكوا مع عناصر الأمن العام، فأصيب أحد العناصر بجروح واعتُقل اثنان من المهاجمين. وفي شرق البلاد، "
        "قبضت إدارة الأمن العام على 4 من قياديي الفلول في دير الزور كانوا يعدّون لأعمال تخريبية في المحافظة. وأوضح "
        "ضياء العمر، الذي يدير إدارة الأمن في المحافظة، أن العملية نُفذت بعد التثبت من ضلوعهم في الإعداد لضرب مقرات أمنية "
        "وحكومية بالتنسيق مع قياديين من الفلول على الساحل.\n"
        "«مؤلم لكنه منتظر»\n"
        "وتوقف برنامج «شبكات»، في حلقته المؤرخة في 10 آذار/مارس 2025، عند جانب من تعليقات السوريين على ما جرى "
        "ميدانياً، من الساحل إلى أحداث حي المزة. ورأى سامر في تغريدة له أن سحب الجيش من الساحل «أكبر خطأ».",
        [E("statement", None, PL("الساحل", "Syrian coast", None), "2025-03-10", "وزارة الدفاع في سوريا", NEWGOV,
           note="the ministry's announcement that the coastal operation ended and troops go back to barracks: a named "
                "body's announcement, the item's news (the withdrawal is future, part of it)"),
         E("armed_clash", None, PL("المزة", "Mezzeh", "Damascus"), "2025-03-10", None, LOYAL,
           note="loyalists' attack on a checkpoint near the Political Security building, clashes, one wounded (not a "
                "figure), two attackers arrested in the same incident (no second event); placed at the quarter; "
                "undated, the item's news: the publication day"),
         E("arrest", Q("4", 4), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2025-03-10", "ضياء العمر", NEWGOV,
           note="four loyalist leaders arrested; the security director's next sentence comes back to the same operation "
                "(his source); the programme's comments and the tweet are no events")])

passage("ll21", "2011-07-30", "Al-Mesryoon", "a rights group's statement to Reuters on the Friday's dead, witnesses on fighting "
        "in Deir ez-Zor; published date inferred from the events (the Friday «صمتكم يقتلنا» of 29 July 2011; page shows no "
        "date); page: https://www.masress.com/almesryoon/71572",
        "«سواسية»: أكثر من 20 قتيلاً برصاص الأمن في جمعة «صمتكم يقتلنا»\n"
        "قالت «سواسية»، وهي منظمة سورية تعنى بحقوق الإنسان، إن قوات الأمن السورية أردت بالرصاص ما يزيد على 20 مدنياً خلال "
        "تظاهرات يوم الجمعة التي عمّت المحافظات السورية. وأوضحت المنظمة المستقلة، في بيان بعثت به إلى رويترز، أن أجهزة "
        "الأمن ماضية في قمعها العنيف للاحتجاجات السلمية التي تنادي بالحرية وبإسقاط النظام، وأنها أطلقت الرصاص الحي على "
        "أغلب التظاهرات في أرجاء البلاد خلال الجمعة التي سماها المحتجون «صمتكم يقتلنا». وأضافت «سواسية» أنها وثقت أسماء "
        "20 قتيلاً سقطوا في مدينة اللاذقية على الساحل، وفي حمص وحماة وسط البلاد، ودرعا في الجنوب، والعاصمة دمشق وريفها، "
        "ومنها دوما وضاحية ثانية والكسوة جنوباً، إضافة إلى مدينة دير الزور في الشرق. وكان شهود قد ذكروا في "
        "وقت سابق أن معارك نشبت يوم الجمعة بين عناصر من القوات السورية وأهالي مدينة دير الزور شرقي البلاد، بعد مقتل "
        "خمسة محتجين، بينما خرج آلاف السوريين إلى الشوارع في مدن عدة يطالبون برحيل الرئيس بشار الأسد ونظامه، وشهدت مدن "
        "منها إطلاق نار وسقوط قتلى بين المتظاهرين. ونقلت رويترز عن أحد الشهود أن المعارك في دير الزور بدأت مع فجر الجمعة، "
        "وأن الدبابات توغلت في المدينة ليلاً، مضيفاً أن أحاديث تدور عن وحدات عسكرية بأكملها تنشق، وأن الكهرباء "
        "والاتصالات قُطعت.",
        [E("protest", Q("ما يزيد على 20", 20, None), PL("اللاذقية", "Latakia", "Latakia"), "2011-07-29",
           "«سواسية»", PROT,
           note="fire on the Friday protests across the country: one protest event, the dead its fatalities (the crowd "
                "is not numbered), told over a list of cities (group) coded at the first; the named 20 are the same "
                "dead; the witnesses' thousands protesting and the shooting in some cities are the same day's protests; "
                "Deir ez-Zor's five dead protesters are a member of this list (unsure: a second coder may code them as "
                "Deir ez-Zor's own protest event)"),
         E("armed_clash", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=1), "2011-07-29", "شهود", GOV,
           note="fighting between troops and residents in Deir ez-Zor (witnesses; the Reuters witness's dawn start and "
                "tanks entering are the same incident); the talk of whole units defecting is a rumour, not asserted: no "
                "defection event")])

passage("ll22", "2023-10-19", "Halab Today", "the Civil Defence and the channel's reporter on regime shelling of Idlib city, "
        "rockets on Sarmin, Russian raids, a recall of Tuesday's strike on a camp, the Civil Defence's tallies; published "
        "date inferred from the events (a Thursday after 15 October 2023; page shows no date); page: "
        "https://halabtodaytv.net/archives/261026",
        "سقط قتلى وجرحى مدنيون اليوم الخميس بقذائف مدفعية أطلقتها قوات الأسد على أحياء سكنية في مدينة إدلب بالشمال "
        "الغربي السوري. وبحسب ما نشره «الدفاع المدني السوري» على قناته في «تلغرام»، فإن القصف المدفعي الذي طال أحياء "
        "المدينة أودى بحياة ثلاثة مدنيين، هم طفل ورجلان، وأصاب مدنياً رابعاً. وأشار مراسل «حلب اليوم» إلى أن الذعر عمّ "
        "الأهالي بعد القصف، فاحتمى أغلبهم في أقبية البيوت. وأضاف المراسل أن قوات الأسد أمطرت محيط مدينة سرمين شرق إدلب "
        "بالصواريخ، بينما نفذ الطيران الحربي الروسي غارات إلى الجنوب من قرية دير سنبل، في منطقة الزاوية بالريف الجنوبي "
        "للمحافظة. ويوم الثلاثاء الماضي، لقي خمسة مدنيين من أسرة واحدة حتفهم وجُرح خمسة آخرون، منهم رضيع وطفلان، في غارة "
        "روسية على مخيم «أهل سراقب» للمهجرين عند أطراف قرية الحمامة في ريف إدلب الغربي، بحسب «الدفاع المدني». وأحصى "
        "«الدفاع المدني» في النصف الأول من تشرين الأول الجاري 49 قتيلاً مدنياً سقطوا بالقذائف والصواريخ التي أطلقتها "
        "قوات الأسد وروسيا على مواقع مختلفة في شمال غرب سوريا. ومنذ مطلع العام الجاري 2023 وحتى الخامس عشر من تشرين "
        "الأول، تعاملت فرق «الدفاع المدني» مع 951 هجوماً على المنطقة.",
        [E("shelling", Q("ثلاثة", 3), PL("إدلب", "Idlib", "Idlib"), "2023-10-19", "«الدفاع المدني السوري»", GOV,
           note="the lead's shelling and the Civil Defence's telling are one act; a child and two men are the breakdown; "
                "one wounded is not the figure"),
         E("shelling", None, PL("سرمين", "Sarmin", "Idlib"), "2023-10-19", "المراسل", GOV,
           note="rockets on Sarmin's surroundings; the channel's own reporter carries over the later sentences"),
         E("airstrike", None, PL("دير سنبل", "Deir Sunbul", "Idlib"), "2023-10-19", "المراسل", RUS,
           note="Russian raids south of the village: placed at the village named"),
         E("airstrike", Q("خمسة", 5), PL("مخيم «أهل سراقب»", "Ahl Saraqib camp", "Idlib"), "2023-10-17", "«الدفاع المدني»",
           RUS, note="recall with its day (Tuesday before Thursday 19th); a camp is a place of its own; five wounded "
                     "are not the figure"),
         E("shelling", Q("49", 49), PL("شمال غرب سوريا", "Northwest Syria", None), None, "«الدفاع المدني»", None,
           kind="aggregate", note="the dead of the regime's and Russia's artillery and rocket fire over the first half "
                                  "of October: a running toll naming one cause (shelling, stop 32)"),
         E("other", Q("951", 951), None, None, "فرق «الدفاع المدني»", None, kind="aggregate",
           note="attacks the Civil Defence responded to since January 2023 (to 15 October): a count of attacks of "
                "several kinds, no toll (unsure of the type: `other` as the closest)")])


def main() -> None:
    write("gold111.jsonl", P111)


if __name__ == "__main__":
    main()
