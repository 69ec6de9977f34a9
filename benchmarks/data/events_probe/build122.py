"""Build gold122.jsonl: HELD-OUT set 122 (ids lw01…), written in stop 43 by writer w122 BEFORE any run on it.

35 short passages (40-130 words), each the paraphrase of the news part of ONE real page found in the search
tool's `pages` corpus (queried in Arabic), years 2011-2025, 34 outlets (SOHR twice): rights groups' and monitors'
bulletins (SOHR, SNHR relayed), official and pro-government media (Al-Watan Syria, Damapost), local Syrian sites
(Fresh Syria, Al-Souria, Watan FM, Syria 24, Halab Today, Al-Mohrar, Baladi News, Zaman al-Masdar, Syrian Memory,
7al, Syrian Press Center, Alyaum TV, Al-Khabour), regional and foreign Arabic papers (Al-Ittihad, Al-Hayat,
Al-Madina, Al-Sharq, Al-Anba, Raya, Elnashra, Erem News, Middle East Online, Arab-Turkey) and others. Every
sentence was rewritten (no run of five words, names aside, is shared with its page: checked by script against the
page text, which was kept outside the repository); the incidents, their order, places, figures, dates, sources,
hedges, recalls and the other side's telling are the page's; private people's names are invented. Each passage's
`style` ends with the page's address. Where the page gave no date the publication day is inferred from its
context (said in the style). Gold follows news_dev's README and the events_probe README's stop 28, 30, 32, 34
and 41 conventions, and was written before anything ran on the passages. Offsets are computed by build.build and
checked.

    python benchmarks/data/events_probe/build122.py      # rewrites gold122.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P122: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P122.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("lw01", "2011-05-20", "Syrian Memory (syrianmemory.org)", "a Friday of protests in many quarters fired on, "
        "the protests spreading to other towns, the regime media's counter-telling "
        "| page: https://syrianmemory.org/daily-events/event/5eb544db0e607900012d650b",
        "«جمعة آزادي» في حمص: 11 قتيلاً معظمهم في باب السباع\n"
        "احتشد آلاف المحتجين يوم الجمعة 20 أيار/مايو 2011 في أحياء كثيرة من مدينة حمص، كباب السباع وباب الدريب "
        "والخالدية والقصور والوعر، وتقدّم عبد الباسط الساروت تظاهرة الخالدية. وتصدّت عناصر الأمن للحشود وأطلق قناصة "
        "الرصاص عليها، وشاركت دبابات في تفريقها، فقُتل 11 متظاهراً على الأقل منهم ثلاثة أطفال، سقط أكثرهم حين هاجم "
        "الأمن والشبيحة حي باب السباع. وامتدت الاحتجاجات إلى الرستن وتلبيسة والقصير وسهل الحولة. أما إعلام النظام "
        "فزعم أن الشرطة والأمن تقيّدوا بأوامر تمنع إطلاق النار، ونسب القتل إلى «مجموعات مسلحة» قال إنها استهدفت "
        "أيضاً سيارة للشرطة فأصابت ستة ضباط وعناصر.",
        [E("protest", Q("آلاف", 2000, 9000, True), PL("حمص", "Homs", "Homs", nth=1), "2011-05-20", None, PROT,
           note="one Friday protest over a list of Homs quarters, fired on: one protest event placed at the city (the "
                "quarters are the group); the crowd («آلاف») is the figure, the 11 dead are its fatalities, three "
                "children a breakdown. nth=1: the first «حمص» is in the headline"),
         E("protest", None, PL("الرستن", "Al-Rastan", "Homs"), "2011-05-20", None, PROT,
           note="the protests spreading to other towns: a second protest event over a list, placed at the first town; "
                "no figure. Not coded: the regime media's claim that «armed groups» shot a police car (the other "
                "side's counter-telling of the day, no place of its own) — a second coder could code it")])

passage("lw02", "2017-03-22", "Microsyria (Al-Masdar)", "an ambush on a car that entered a town taken the day "
        "before; a string of villages taken the same afternoon "
        "| page: https://microsyria.com/2017/03/22/خطأٌ-فادحٌ-يودي-بحياة-عقيدٍ-ومجموعته-ش",
        "خطأ قاتل يودي بعقيد من قوات النظام وعناصره شمالي حماة\n"
        "لقي ضابط برتبة عقيد في قوات النظام ومجموعة من عناصره حتفهم، عصر اليوم الأربعاء، في كمين لفصائل المعارضة "
        "بعدما دخلت سيارتهم خطأً إلى مدينة صوران، التي انتزعها المقاتلون أمس. وبحسب ناشطين، فإن سيارة «بيك آب» رباعية "
        "الدفع من طراز «تويوتا» وصلت إلى المدينة فأمطرها المقاتلون بالرصاص، فلم ينجُ أحد من ركابها، وبينهم العقيد "
        "الذي لم تُعرف هويته بعد، ونشروا صورة تظهر جثتين بلباس عسكري قرب السيارة. وتزامن ذلك مع إعلان الفصائل، عصر "
        "اليوم أيضاً، دخول معرزاف وكفر عميم والمجدل والشير وتلة الشيحة في الريف الشمالي الغربي لحماة للمرة الأولى، "
        "فصارت على مسافة نحو أربعة كيلومترات من مدينة حماة وأقل من خمسة من مطارها العسكري.",
        [E("armed_clash", None, PL("صوران", "Suran", "Hama"), "2017-03-22", "ناشطين", FSA,
           note="the ambush: no figure (a colonel and «a group», none numbered; the two bodies in a photo are not "
                "the toll); the activists of the next sentence tell the same act, so they are its source"),
         E("territory_change", None, PL("صوران", "Suran", "Hama"), "2017-03-21", None, FSA,
           note="the town taken «yesterday», told in a relative clause: a recalled act with its own place and day "
                "(stop 41), outlet"),
         E("territory_change", None, PL("معرزاف", "Maarzaf", "Hama"), "2017-03-22", "الفصائل", FSA,
           note="five villages taken, one act over a list: one event at the first; the factions announced it; the "
                "kilometres to Hama are measures, not figures")])

passage("lw03", "2022-09-14", "SOHR", "two assassinations (gunmen, a roadside bomb) and the year's running tally "
        "with its breakdown by category (published day inferred: the page gives none) "
        "| page: https://www.syriahr.com/بحادثتين-منفصلتين-اغتيال-تاجر-مخدرات/492829/",
        "حادثتا اغتيال في درعا: تاجر مخدرات وعنصر من قوات النظام\n"
        "رصد المرصد السوري لحقوق الإنسان عبر نشطائه في محافظة درعا عمليتي اغتيال أخريين؛ ففي الأولى أردى مسلحون لم "
        "تُعرف هويتهم شاباً يتاجر بالمخدرات ويروّجها في منطقة العالية غربي مدينة جاسم، وفي الثانية قُتل عنصر في "
        "قوات النظام يتحدر من الركابية، إحدى قرى الغوطة الشرقية، بعبوة ناسفة زرعها مجهولون قرب تل السمن العسكري في ريف "
        "درعا الغربي. وبحسب إحصاءات المرصد، وصل عدد الاستهدافات في المحافظة منذ بداية كانون الثاني/يناير إلى 292 "
        "عملية نُفذت بوسائل شتى، أودت بحياة 250 شخصاً: 124 مدنياً منهم سيدتان وخمسة أطفال، و103 عسكريين من قوات "
        "النظام والمتعاونين مع أجهزته الأمنية وعناصر «التسويات»، و12 مقاتلاً سابقاً أجروا تسويات دون أن ينضموا "
        "لأي جهة، إضافة إلى عنصر سابق في تنظيم «الدولة الإسلامية» وسبعة مجهولي الهوية وثلاثة من الفيلق الخامس.",
        [E("armed_clash", None, PL("العالية", "Al-Aliyah", "Daraa"), "2022-09-14", "المرصد السوري لحقوق الإنسان", UNK,
           note="a killing by unidentified gunmen is an armed_clash (stop 30); one dead, no figure; undated item news: "
                "the publication day"),
         E("explosion", None, PL("تل السمن", "Tal al-Saman", "Daraa"), "2022-09-14", "المرصد السوري لحقوق الإنسان", UNK,
           note="a bomb planted by unknown men near a military hill: explosion; the soldier's home village (الركابية) "
                "is a residence, not the place"),
         E("casualties", Q("250", 250), PL("محافظة درعا", "Daraa Governorate", "Daraa"), None,
           "المرصد السوري لحقوق الإنسان", kind="aggregate",
           note="FIGURE CALL: the year's running tally of attacks «by various means» (several kinds of act, so "
                "casualties, stop 32) since January: the dead (250) are the figure, the 292 attacks its count; the "
                "categories are a breakdown; period January to the publication day; the place is the governorate "
                "the first sentence names («في المحافظة» points back to it)")])

passage("lw04", "2024-02-07", "SOHR", "an IS attack in the desert with a hedged toll and spoils, the monitor's "
        "report of the day before recalled (an attack on a guard post, reinforcements) (published day inferred) "
        "| page: https://www.syriahr.com/بهجوم-مباغت-لخلايا-التنظيم-مقتل-9-عناص/697276/",
        "هجوم مفاجئ لخلايا «التنظيم» يوقع 9 قتلى من جنود النظام ومسلحي «الدفاع الوطني» شرقي سوريا\n"
        "محافظة دير الزور: انطلقت خلايا تابعة لتنظيم «الدولة الإسلامية» من عمق البادية وهاجموا على حين غرّة "
        "مواقع قوات النظام وتجمعات «الدفاع الوطني» في بادية التبني، فقُتل نحو 9 من عناصر الطرفين وجُرح ما يزيد على "
        "20. ودامت المواجهات من مساء أمس إلى فجر اليوم، ثم انسحب مقاتلو التنظيم من النقاط "
        "التي استولوا عليها في بادية التبني ومعدان، بعد أن غنموا سيارة «كيا» عليها مدفع عيار 57 مم مع ذخيرته "
        "ودمّروا ثلاث سيارات «بيك آب» عسكرية. وكان المرصد السوري قد ذكر أمس أن الخلايا هاجمت موقعاً للنظام في منطقة "
        "الشيحا بالبادية ذاتها، فاندلعت اشتباكات قُتل فيها حارس لقوافل النفط من ميليشيا «القاطرجي» وجُرح ثلاثة وخُطف آخر، فيما تحدثت معلومات عن تعزيزات للنظام بلغت جبهات القتال.",
        [E("armed_clash", Q("نحو 9", 9, approx=True), PL("بادية التبني", "Al-Tabni desert", "Deir ez-Zor"),
           "2024-02-07", None, IS,
           note="SOHR's own bulletin (dateline opener): the outlet tells it, no reported_by; the fighting ran from "
                "yesterday evening to dawn, dated by the day it ended; the wounded and the spoils are not the figure; "
                "the calibre is not a quantity"),
         E("armed_clash", None, PL("الشيحا", "Al-Shiha", "Deir ez-Zor"), "2024-02-06", "المرصد السوري", IS,
           note="the monitor's report of the day before: another attack at another place, a guard killed (singular, "
                "no figure) and one abducted (part of the same attack)"),
         E("reinforcement", None, PL("الشيحا", "Al-Shiha", "Deir ez-Zor"), "2024-02-06", "المرصد السوري", GOV,
           note="reinforcements sent to the fronts of that clash: placed where they are sent (stop 41), the fronts "
                "of the Shiha clash; «وسط معلومات» hedged, coded")])

passage("lw05", "2020-01-26", "Fresh Syria (freshsyria.net)", "shelling of a town with one dead, a night shelling "
        "recalled, rocket fire on a list of villages, the campaign's background (published day inferred from the "
        "campaign's dates) | page: https://freshsyria.net/archives/45057",
        "مدني قتيل وجرحى بقصف مدفعي وصاروخي على ريف حلب الغربي\n"
        "قضى مدني وجُرح عدد من المدنيين، اليوم الأحد، جرّاء قصف بالمدفعية والصواريخ شنته قوات النظام على الريف "
        "الغربي لحلب. وبحسب ناشطين، ضربت القوات المتمركزة في «الفوج 46» الأحياء السكنية في مدينة دارة عزة، فمات "
        "مدني وأصيب ثلاثة، نقلتهم فرق الدفاع المدني إلى نقطة طبية. وكان مدني قد جُرح ليل السبت بقذائف للنظام "
        "غربي مدينة حلب. وقالت مراصد عسكرية إن قوات «الفوج 46» رمت قرية الأبزمو بقذائف المدفعية، وضربت مدينة "
        "الأتارب وبلدة كفرنوران براجمات الصواريخ. ويندرج ذلك في تصعيد روسي ولقوات النظام على ريفي حلب الجنوبي "
        "والغربي بدأ يوم الجمعة 17 كانون الثاني 2020، أعقبه بعد أسبوع هجوم بري هدفه السيطرة على طريق حلب-دمشق "
        "الدولي.",
        [E("shelling", None, PL("دارة عزة", "Darat Izza", "Aleppo"), "2020-01-26", "ناشطين", GOV,
           note="the headline's shelling told with its place in the next sentence: one event; one dead (singular) and "
                "three wounded give no figure; the base it was fired from («الفوج 46») is not the place"),
         E("shelling", None, PL("حلب", "Aleppo", "Aleppo", nth=2), "2020-01-25", None, GOV,
           note="a recalled night shelling west of the city («وكان … قد»): outlet; one wounded, no figure; the night "
                "of Saturday to Sunday dated Saturday"),
         E("shelling", None, PL("الأبزمو", "Abzimo", "Aleppo"), "2020-01-26", "مراصد عسكرية", GOV,
           note="artillery on one village"),
         E("shelling", None, PL("الأتارب", "Al-Atarib", "Aleppo"), "2020-01-26", "مراصد عسكرية", GOV,
           note="rocket launchers on a town and a village: a second act of the same sentence (another weapon), one "
                "event at the first place. Not coded: the campaign since 17 January and the ground offensive a week "
                "later (background with no place or figure of its own)")])

passage("lw06", "2021-11-24", "Al-Souria (alsouria.net)", "a day's shell count on one village, three recalled "
        "incidents of the month with their own days | page: https://alsouria.net/?p=75993",
        "أكثر من 40 قذيفة خلال يوم واحد على قرية غربي حلب\n"
        "صعّدت مدفعية قوات النظام، اليوم الأربعاء، قصفها لريف حلب الغربي، في ظل تزايد الهجمات على شمال غرب سوريا "
        "عموماً. وذكر الدفاع المدني السوري (الخوذ البيضاء) أن المدفعية أطلقت ظهر اليوم ما يزيد على 40 قذيفة على قرية "
        "كفرتعال، أصابت إحداها مدرسة فألحقت بها دماراً جزئياً، ولم يُصب أي مدني. وكانت قذائف النظام قد أودت في 15 "
        "تشرين الثاني/نوفمبر الحالي بامرأة وطفل وجرحت اثنين في بلدة كفرنوران، فيما قتلت غارة روسية شخصين قرب "
        "كفرتخاريم في 22 من الشهر، وقتلت أخرى في الحادي عشر منه خمسة أفراد من عائلة واحدة في مدجنة "
        "بمحيط مدينة إدلب.",
        [E("shelling", Q("ما يزيد على 40", 40, None, True), PL("كفرتعال", "Kafr Taal", "Aleppo"), "2021-11-24",
           "الدفاع المدني السوري (الخوذ البيضاء)", GOV,
           note="no dead: the shells are the figure (an open bound); the school hit is damage"),
         E("shelling", None, PL("كفرنوران", "Kafr Nouran", "Aleppo"), "2021-11-15", None, GOV,
           note="recalled with its own day (stop 41): a woman and a child killed, no figure"),
         E("airstrike", None, PL("كفرتخاريم", "Kafr Takharim", "Idlib"), "2021-11-22", None, RUS,
           note="recalled Russian strike; «شخصين» is a dual, no figure"),
         E("airstrike", Q("خمسة", 5), PL("إدلب", "Idlib", "Idlib"), "2021-11-11", None, RUS,
           note="recalled Russian strike on a poultry farm on the edge of Idlib city: five dead; the farm is placed at "
                "its city")])

passage("lw07", "2019-10-19", "Watan FM", "a reporter's round-up: a shelling with two dead, shelling of other "
        "towns, a Russian raid, an infiltration repelled | page: https://watan.fm/news/syria-news/132675",
        "قضى مدنيان وجُرح ثالث بقذائف مدفعية أطلقتها قوات الأسد على تجمع سكني بجوار بلدة أورم الكبرى في ريف حلب "
        "الغربي، وفق ما نقله مراسل وطن إف إم. وذكر المراسل أن القذائف أصابت يوم السبت 19 تشرين الأول جمعية أبو عمشة السكنية عند أطراف البلدة. وطالت قذائف مماثلة بلدة حيان شمالي حلب دون أنباء عن ضحايا، كما "
        "امتد القصف إلى مواقع بريف إدلب الجنوبي منها كفرنبل، بينما أغارت طائرات روسية على قرية حزارين، بالتزامن مع "
        "اشتباكات متفرقة على عدة جبهات. وأضاف المراسل أن الفصائل أحبطت محاولة تسلل لقوات الأسد والميليشيات على جبهة الركايا جنوب إدلب.",
        [E("shelling", None, PL("أورم الكبرى", "Orum al-Kubra", "Aleppo"), "2019-10-19", "مراسل وطن إف إم", GOV,
           note="two civilians killed (a dual, no figure); the housing compound is placed at its town"),
         E("shelling", None, PL("حيان", "Hayyan", "Aleppo"), "2019-10-19", "مراسل وطن إف إم", GOV,
           note="the outlet's reporter files the whole round-up: his report carries over"),
         E("shelling", None, PL("كفرنبل", "Kafr Nabl", "Idlib"), "2019-10-19", "مراسل وطن إف إم", GOV,
           note="shelling of «areas» of the southern countryside, Kafr Nabl named among them: placed at it"),
         E("airstrike", None, PL("حزارين", "Hazarin", "Idlib"), "2019-10-19", "مراسل وطن إف إم", RUS),
         E("armed_clash", None, PL("الركايا", "Al-Rakaya", "Idlib"), "2019-10-19", "مراسل وطن إف إم", GOV,
           note="an infiltration attempt repelled: the fight happened (coded as a clash; agent the side that attacked). "
                "Not coded: «sporadic clashes on several fronts» (no place)")])

passage("lw08", "2021-03-04", "Bissan FM", "IS claims a week-old ambush with a named commander among the dead; "
        "local media had told the reinforcements the same day (published day inferred: a Thursday) "
        "| page: https://bissanfm.com/?p=51262",
        "«داعش» يعلن مسؤوليته عن كمين قتل 8 من «الدفاع الوطني» في دير الزور\n"
        "أعلن تنظيم «داعش»، أمس الأربعاء، أنه قتل ثمانية عناصر من ميليشيا الدفاع الوطني الموالية للنظام، في الريف الغربي لدير الزور. وقال التنظيم عبر حساباته على وسائل التواصل إن مقاتليه كمنوا السبت الماضي لدورية من "
        "تلك الميليشيا وأردوا ثمانية من أفرادها، منهم قائد «تجمع أسود الشرقية» عبد الستار الشعيطي، وعدّ ذلك ثأراً "
        "من مشاركة التجمع في قتاله. وكانت وسائل إعلام محلية قد ذكرت يوم السبت أن قوات النظام دفعت بتعزيزات كبيرة "
        "لتمشيط المنطقة بعد انسحاب المهاجمين نحو عمق البادية، وأن مدينة دير الزور شهدت استنفاراً وإطلاق رصاص لحظة "
        "وصول الجثث.",
        [E("armed_clash", Q("ثمانية", 8), PL("الريف الغربي لدير الزور", "Western Deir ez-Zor countryside", "Deir ez-Zor"),
           "2021-02-27", "تنظيم «داعش»", IS,
           note="the claim tells the ambush (its source, no statement); dated by «السبت الماضي» before a Thursday "
                "publication; the commander is one of the eight"),
         E("reinforcement", None, PL("الريف الغربي لدير الزور", "Western Deir ez-Zor countryside", "Deir ez-Zor"),
           "2021-02-27", "وسائل إعلام محلية", GOV,
           note="reinforcements sent to comb «the area» of the ambush: placed there; the shooting in the city as the "
                "bodies arrived is not coded")])

passage("lw09", "2023-08-05", "Damapost", "pro-government site: Turkish drones hit one car and then a second that "
        "came to the scene | page: https://damapost.com/05/08/2023/قتلى-وجرحى-لـ-قسد-بعد-استهداف-مُسيرات/4295/",
        "قتلى وجرحى من ميليشيا «قسد» المرتبطة بالاحتلال الأميركي إثر ضربات مسيّرات تركية على عربات لها قرب عامودا في "
        "شمال شرق سورية. وذكرت وسائل إعلام محلية أن مسيّرة تركية أصابت بصاروخين سيارة «جيب» عند مفرق قرية «علي فرو» "
        "غرب القامشلي، فقُتل 3 عناصر وقيادي من «قسد». وتابعت أن المسيّرات لاحقت سيارة «جيب» أخرى كانت تحاول بلوغ مكان "
        "الضربة الأولى، فجُرح عنصر فيها. وأوضحت المصادر نفسها أن السيارتين استُهدفتا بثلاثة صواريخ، واحترقت الأولى "
        "كلياً بعد انفجار ذخيرة كانت تحملها.",
        [E("airstrike", None, PL("علي فرو", "Ali Faru", "Al-Hasakah"), "2023-08-05", "وسائل إعلام محلية", TUR,
           note="FIGURE CALL: «قيادي … و3 عناصر» is a singular joined to a number, no total written (stop 34): no "
                "figure; the second car hit at the same spot minutes later is the same strike event (same place, day "
                "and actor, as ACLED codes); the lead sentence's عامودا is the area, the junction the finer place")])

passage("lw10", "2023-06-28", "Al-Khabour", "a Russian strike with an early toll, raids over a list of places, "
        "regime shelling with two deaths on two days (published day inferred: a Wednesday) "
        "| page: https://alkhabour.com/en/news/single/3373/قتلى_وجرحى_مدنيون_بقصف_جوي_روسي_على_إدلب",
        "قتلى وجرحى مدنيون بغارات روسية على إدلب\n"
        "سقط قتلى وجرحى مدنيون، اليوم الأربعاء، بغارات روسية استهدفت محافظة إدلب، ضمن تصعيد لم تشهده المنطقة منذ مدة، "
        "مستمر منذ ثلاثة أيام. وقال الدفاع المدني السوري في حصيلة أولية إن الطائرات الروسية ضربت منشرة للأخشاب في "
        "أطراف مدينة إدلب، فقُتل مدنيان وجُرح 21، ولا يزال عالقون تحت الركام، مرجحاً ارتفاع الحصيلة لأن أغلب الجرحى "
        "في حال حرجة. وبحسب مراصد عسكرية، شاركت ثلاث طائرات روسية في الإغارة على أطراف إدلب الجنوبية والغربية، ومحيط معرة "
        "مصرين قرب مخيم للنازحين، وأطراف مرتين وفيلون ونحليا ومعترم في الريف الجنوبي. وبالتوازي قصفت قوات النظام "
        "بالمدفعية والصواريخ بلدات في شمال غرب سوريا، فلقيت طفلة حتفها في ريف إدلب الجنوبي صباح اليوم، فيما قُتل شاب في الأتارب غرب حلب مساء أمس الثلاثاء.",
        [E("airstrike", None, PL("إدلب", "Idlib", "Idlib", nth=2), "2023-06-28", "الدفاع المدني السوري", RUS,
           note="the sawmill on the edge of Idlib city: two dead (a dual, no figure), 21 wounded (never the figure); "
                "nth=2: the third «إدلب» is the city's"),
         E("airstrike", None, PL("معرة مصرين", "Maarat Misrin", "Idlib"), "2023-06-28", "مراصد عسكرية", RUS,
           note="FIGURE CALL: three planes over a list of places: one event; the city's own edge is already the "
                "sawmill strike's place, so it is placed at the next place named; «ثلاث طائرات» counts planes, "
                "not strikes: no figure"),
         E("shelling", None, PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"), "2023-06-28", None,
           GOV, note="a girl killed (singular): no figure"),
         E("shelling", None, PL("الأتارب", "Al-Atarib", "Aleppo"), "2023-06-27", None, GOV,
           note="a young man killed the evening before in another town: its own event")])

passage("lw11", "2025-01-21", "Erem News", "a security campaign launched after an attack, a similar campaign a "
        "week before recalled (published day inferred: a Tuesday) | page: https://eremnews.com/news/arab-world/zc3ugvd",
        "أطلقت إدارة العمليات العسكرية، اليوم الثلاثاء، حملة تلاحق فيها فلول النظام المخلوع في ريف اللاذقية، "
        "بعد أسبوع على حملة شبيهة في المنطقة انتهت باعتقالات عدة، بحسب ما أوردته وسائل إعلام سورية. ونقلت هذه الوسائل "
        "عن مصدر في «العمليات العسكرية» قوله إن الحملة هي الأوسع حتى الآن في ريف اللاذقية لملاحقة الفلول، وأنها "
        "جاءت رداً على هجوم شنّه عناصر من النظام السابق على مقاتلي الإدارة في قرية عين الشرقية. وكانت القوات الأمنية "
        "التابعة للإدارة قد نفذت قبل أسبوع حملة دهم واعتقال واسعة طالت مناطق مختلفة من ريف اللاذقية، وشملت عناصر سابقين "
        "متهمين بجرائم، رفضوا تسوية أوضاعهم ويحملون السلاح دون ترخيص.",
        [E("arrest", None, PL("ريف اللاذقية", "Latakia countryside", "Latakia"), "2025-01-21", "وسائل إعلام سورية", NEWGOV,
           note="a security campaign to arrest remnants: arrest, no figure"),
         E("armed_clash", None, PL("عين الشرقية", "Ain al-Sharqiya", "Latakia"), None, "مصدر في «العمليات العسكرية»",
           LOYAL, note="the attack that set off the campaign: a recalled act with its own place, no day"),
         E("arrest", None, PL("ريف اللاذقية", "Latakia countryside", "Latakia", nth=2), "2025-01-14", None, NEWGOV,
           note="the campaign a week before («وكانت … قد»): outlet; told in the lead too («بعد أسبوع على حملة "
                "شبيهة … انتهت باعتقالات»), one event; no figure («اعتقالات عدة»)")])

passage("lw12", "2021-03-02", "Syrian Press Center (syrianpc.com)", "a day of assassinations told by two local "
        "networks, a headline total equal to the incidents listed (published day inferred: a Tuesday) "
        "| page: https://syrianpc.com/ستة-قتلى-في-درعا-جراء-عمليات-اغتيال-واش",
        "ستة قتلى في درعا باغتيالات واشتباكات\n"
        "لقي عدد من الأشخاص حتفهم في محافظة درعا في عمليات اغتيال نفذها مجهولون بالرصاص المباشر "
        "والعبوات الناسفة. فبحسب تجمع أحرار حوران، قُتل عنصران من قوات النظام اليوم الثلاثاء بعدما أطلق مجهولون النار "
        "عليهما بين بلدتي صيدا وكحيل في ريف درعا الشرقي. وذكرت شبكة درعا 24 أن الشاب «ماهر يوسف الحريري»، من بلدة "
        "الطيبة والعامل في الأمن العسكري منذ أن أجرى تسوية، توفي متأثراً بجراحه إثر انفجار عبوة ناسفة في سيارته بأحد "
        "أحياء مدينة درعا. واستهدف مسلحون مجهولون اليوم سيارة «مصطفى المسالمة»، القيادي في مجموعة محلية تتبع الأمن العسكري، فقُتل أحد مرافقيه، بينما قُتل «سامر عدنان العلي» من سكان المسيفرة مساء أمس برصاص مباشر قرب "
        "مدينة جاسم. وفي بلدة نصيب، قُتل طفل وجُرح رجل في اشتباكات تجددت بالرشاشات وقذائف «آر بي جي»، بحسب درعا 24.",
        [E("armed_clash", None, PL("صيدا", "Saida", "Daraa"), "2021-03-02", "تجمع أحرار حوران", UNK,
           note="two soldiers shot (a dual, no figure); a road between two places is placed at the first"),
         E("explosion", None, PL("مدينة درعا", "Daraa", "Daraa"), "2021-03-02", "شبكة درعا 24", UNK,
           note="a car bomb; the man died of his wounds today, the blast undated: the publication day"),
         E("armed_clash", None, None, "2021-03-02", "شبكة درعا 24", UNK,
           note="a commander's car targeted, a bodyguard killed: no place given beyond the governorate; the sentence "
                "has no source and goes on with the same kind of act, so Daraa 24 carries"),
         E("armed_clash", None, PL("جاسم", "Jasim", "Daraa"), "2021-03-01", "شبكة درعا 24", UNK,
           note="shot dead «near Jasim» the evening before; his home town (المسيفرة) is a residence"),
         E("armed_clash", None, PL("نصيب", "Nasib", "Daraa"), "2021-03-02", "درعا 24", None,
           note="renewed clashes, a child killed: no figure; the source closes the sentence. The headline's «ستة» equals "
                "the incidents listed (2+1+1+1+1): no event of its own (stop 34)")])

passage("lw13", "2022-05-10", "Alyaum TV (alyaumtv.net)", "an assassination of a man and his son, blame on a "
        "security branch, background since 2018 (published day inferred: the page gives none) "
        "| page: https://alyaumtv.net/مجهولون-يغتالون-عنصراً-من-التسويات-ب/",
        "اغتال مسلحون مجهولون عنصراً سابقاً في الفصائل المسلحة كان قد أجرى ما يُعرف بالتسوية مع القوات الحكومية، في ريف درعا جنوب البلاد. وأفادت مصادر محلية بأن المسلحين فتحوا النار عليه حين كان برفقة ابنه في أم ولد، البلدة الواقعة شرقي درعا، فقُتلا في الحال. ولفتت المصادر إلى استياء شعبي يعمّ المنطقة وسط أصابع اتهام توجَّه إلى فرع الأمن العسكري الحكومي بالوقوف وراء الاغتيال. ويعيش الجنوب السوري حالة فوضى واغتيالات متكررة منذ أن استعادت "
        "القوات الحكومية السيطرة عليه في منتصف عام 2018.",
        [E("armed_clash", None, PL("أم ولد", "Um Walad", "Daraa"), "2022-05-10", "مصادر محلية", UNK,
           note="a killing by unidentified gunmen (stop 30); father and son (a dual verb), no figure; the blame on "
                "the security branch is an accusation, the agent stays unidentified. Not coded: the government's "
                "retaking of the south in 2018 (a background state «منذ», a campaign over a region)")])

passage("lw14", "2022-11-14", "Raya (raya.ps)", "a daytime Israeli strike told by the official agency's military "
        "source and by the monitor (a finer place), a strike three days before recalled (published day inferred: a "
        "Monday) | page: https://raya.ps/news/1140128.html",
        "جرح عسكري بغارات إسرائيلية نهارية على محيط دمشق\n"
        "شنّت إسرائيل، اليوم الاثنين، هجوماً في وضح النهار على مواقع في العاصمة دمشق وريفها، وفق ما أوردته وسائل "
        "إعلام سورية. وقالت وكالة «سانا» إن دوي انفجارات سُمع في أجواء محيط دمشق، ونقلت عن مصدر عسكري أن إسرائيل "
        "أطلقت قرابة الثانية ظهراً رشقات صاروخية انطلاقاً من شمالي فلسطين المحتلة على نقاط حول المدينة، وأن "
        "الدفاعات الجوية اعترضت عدداً منها، فيما أسفر الهجوم عن جرح عسكري وأضرار مادية. وذكر المرصد السوري لحقوق "
        "الإنسان أن الضربات طالت مواقع لقوات النظام وميليشيات إيرانية في الديماس وما حولها غرب دمشق. وكانت "
        "الدفاعات السورية قد تصدت مساء الجمعة الماضي لهجوم صاروخي إسرائيلي في سماء دمشق والجنوب، قال المرصد إنه "
        "أصاب معدات عسكرية لوجستية تُستخدم في تجميع طائرات مسيرة.",
        [E("airstrike", None, PL("الديماس", "Al-Dimas", "Rif Dimashq"), "2022-11-14", "مصدر عسكري", ISR,
           note="one strike told twice: the military source (relayed by SANA: the relayed source, stop 34) tells it "
                "first, around Damascus; the monitor names the finer place, which is the event's place; one wounded "
                "soldier, no figure"),
         E("airstrike", None, PL("دمشق", "Damascus", "Damascus", nth=4), "2022-11-11", None, ISR,
           note="PLACE CALL: the strike recalled from the Friday before («وكانت … قد»): outlet; its place is only «the "
                "sky of Damascus and the south», taken as Damascus (nth=4, that sentence's); the monitor's later "
                "word on its target adds no place")])

passage("lw15", "2020-02-06", "Al-Tajadud (altajadud.com)", "an Israeli night raid on a list of places told by the "
        "official agency, other targets told by unnamed platforms | page: https://altajadud.com/عدوان-اسرائيلي-فوق-سماء-دمشق-والدفاع/",
        "التجدد\n"
        "تصدت الدفاعات الجوية السورية ليل الأربعاء - الخميس لصواريخ قالت وكالة الأنباء السورية «سانا» إنها انطلقت "
        "من جهة الأراضي المحتلة نحو سماء دمشق الغربية، وإنها أسقطت أغلبها قبل بلوغ أهدافها، في حين تحدث شهود عن "
        "انفجارات متلاحقة. وأوضحت الوكالة في بيان فجر الخميس أن الهجوم طال الكسوة ومرج السلطان وجسر بغداد في محيط "
        "دمشق، وجنوبي إزرع بريف درعا، ولم ترد معلومات فورية عن أضرار أو ضحايا. وقالت منصات إعلامية أخرى إن حرائق "
        "اندلعت في مواقع لميليشيات إيرانية في جمرايا غرب دمشق، وإن القصف أصاب كذلك اللواء 75 غربي مطار المزة "
        "العسكري واللواء 91 قرب الكسوة.",
        [E("airstrike", None, PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2020-02-06", "وكالة الأنباء السورية «سانا»", ISR,
           note="PLACE CALL: one raid told over a list of places (the agency's, then the platforms' further targets: "
                "Jamraya, the 75th and 91st brigades): one act, one event at the first place named; a coder who codes "
                "by location would add Jamraya and the brigades' bases as group members; the brigade numbers are "
                "names, not figures")])

passage("lw16", "2018-10-09", "Middle East Online", "an amnesty decree for deserters with its deadlines; the "
        "page's background figures of draft evaders and defectors since 2011 "
        "| page: https://middle-east-online.com/الأسد-يعفو-عن-الفارين-من-الخدمة-العسكرية",
        "مرسوم من الأسد بالعفو عن الفارّين من الجيش\n"
        "دمشق - أصدرت الحكومة السورية يوم الثلاثاء عفواً يشمل العسكريين الفارين ومن تهرّبوا من التجنيد، وأمهلتهم أشهراً "
        "ليسلّموا أنفسهم وإلا عوقبوا. ونقلت عن الرئيس بشار الأسد إصداره مرسوماً تشريعياً يعفو عن كامل العقوبة في جرائم "
        "الفرار الداخلي والخارجي الواردة في قانون العقوبات العسكرية، على ألا يستفيد منه المتوارون والفارون من العدالة "
        "ما لم يسلّموا أنفسهم في غضون أربعة أشهر للفرار الداخلي وستة أشهر للخارجي، كما يعفو المرسوم عن العقوبات كاملة "
        "في جرائم قانون خدمة العلم رقم 30 لعام 2007. ومنذ آذار/مارس 2011 غادر البلاد مئات آلاف الشبان ممن هم في سن "
        "الخدمة الإلزامية (بين 18 و42 عاماً)، وانشق عشرات الآلاف عن الجيش والتحقوا بفصائل المعارضة.",
        [E("desertion", None, None, "2018-10-09", "الحكومة السورية", GOV,
           note="an amnesty decree for desertion: desertion; the deadlines (four and six months) and the law number "
                "are not figures"),
         E("desertion", Q("مئات آلاف", 200000, 900000, True), None, None, None, GOV, kind="aggregate",
           note="FIGURE CALL: draft-age men who left since March 2011 (draft evasion abroad): a desertion aggregate, "
                "period 2011-03 to the publication day, no place (the country); «مئات آلاف» valued as «مئات» × 1000; "
                "background of the page; the age range is not a figure"),
         E("defection", Q("عشرات الآلاف", 20000, 90000, True), None, None, None, GOV, kind="aggregate",
           note="defectors who joined the opposition since March 2011: a defection aggregate, no place")])

passage("lw17", "2017-03-27", "Elnashra", "an evacuation convoy's arrival told by a channel, the deal behind it, "
        "the first convoy recalled, future convoys (published day inferred from the convoys' dates) "
        "| page: https://elnashra.com/news/show/1089710/وصول-393-عائلة-مهجري-الوعر-إلى-مناطق-سيطرة-الجيش-ا",
        "قالت قناة «الجزيرة» إن 393 عائلة هُجّرت من حي الوعر بحمص بلغت مناطق تسيطر عليها فصائل «الجيش الحر» شرقي حلب. ويندرج ذلك ضمن اتفاق أبرمته لجنة من أهالي الحي مع النظام السوري وروسيا، يقضي بإخراج مسلحي "
        "المعارضة ومن يرفض التسوية من السكان من آخر معاقل المعارضة في المدينة نحو إدلب وحلب. وقد غادرت أولى الدفعات في 18 آذار الجاري وبلغت بعد يومين مخيماً أُعدّ لها بجوار جرابلس. وقُسّمت عملية الخروج إلى ما يزيد على "
        "15 دفعة تتوزع بين إدلب وجرابلس وريف حمص الشمالي، ويُتوقع أن يبلغ عدد الراغبين في المغادرة عشرين ألفاً، بواقع "
        "1500 إلى ألفي شخص في كل دفعة.",
        [E("other", Q("393", 393), PL("الوعر", "Al-Waer", "Homs"), "2017-03-27", "قناة «الجزيرة»",
           note="an evacuation convoy: other; the families are the figure; placed where it left from (the destination "
                "is not the place); undated arrival, the publication day"),
         E("agreement", None, PL("الوعر", "Al-Waer", "Homs"), None, None, GOV,
           note="the deal between the quarter's committee and the regime and Russia, recalled as the frame: one act "
                "with a place, no day; a second coder could leave it as background"),
         E("other", None, PL("الوعر", "Al-Waer", "Homs"), "2017-03-18", None,
           note="the first convoy recalled with its day; no figure. Not coded: the planned 15 convoys and the "
                "expected 20 thousand (future)")])

passage("lw18", "2025-10-26", "Al-Anba (Kuwait)", "a batch of families leaving al-Hol camp under an agreement, "
        "told by a departing resident relayed by a TV site, the first batch recalled "
        "| page: https://www.alanba.com.kw/1329762",
        "توافقت الحكومة السورية مع «الإدارة الذاتية»، التي تقودها «قسد» في شمال شرق البلاد ومع منظمات دولية، على إجلاء دفعة أخرى من الأسر المقيمة في مخيم الهول بريف الحسكة، بينهم مرضى بأمراض مزمنة. ونقل موقع تلفزيون «سوريا» "
        "عن أحد المغادرين أن الدفعة تضم 15 عائلة يبلغ عدد أفرادها 55 شخصاً، أكثرهم نساء وأطفال، يتحدرون من دمشق وحلب "
        "وإدلب ومحافظات أخرى. وتُعد هذه الرحلة الثالثة منذ بداية العام بتنسيق بين الطرفين، وبدعم من مفوضية اللاجئين "
        "و«يونيسيف» ومنظمات تمولها الخارجية الأميركية. وأفادت مصادر خاصة بأن الحكومة ستبعث حافلات لنقل العائلات تواكبها طواقم طبية وعربات إسعاف تابعة لمديرية صحة حلب. وكانت الدفعة الأولى قد خرجت من المخيم في حزيران/يونيو "
        "الماضي.",
        [E("other", Q("55", 55), PL("مخيم الهول", "Al-Hol camp", "Al-Hasakah"), "2025-10-26", "أحد المغادرين",
           note="FIGURE CALL: a batch leaving the camp (a return/evacuation: other); the people (55) rather than the "
                "families (15) are the figure, as news_dev's evacuations count people; the relayed source is the "
                "departing resident (stop 34); the home governorates are not the place"),
         E("agreement", None, PL("مخيم الهول", "Al-Hol camp", "Al-Hasakah"), "2025-10-26", None, NEWGOV,
           note="the government, the SDF-led administration and international bodies agreed on the batch: an "
                "agreement, the outlet's telling"),
         E("other", None, PL("مخيم الهول", "Al-Hol camp", "Al-Hasakah"), "2025-06", None,
           note="the first batch recalled with its month; no figure. «الرحلة الثالثة» is an ordinal")])

passage("lw19", "2018-07-05", "Arab-Turkey (arab-turkey.net)", "a rights group's half-year tally of arrests, broken "
        "down by party and by month | page: https://arab-turkey.net/?p=60355",
        "أحصت الشبكة السورية لحقوق الإنسان اعتقال ما لا يقل عن 4082 شخصاً تعسفياً في البلاد طوال الأشهر الستة الأولى من 2018. وقالت في تقرير نشرته اليوم الخميس 5 تموز إن النظام السوري يتحمل 79% منها، إذ اعتقل 3237 شخصاً منهم 205 "
        "أطفال و383 امرأة، بينما اعتقلت التنظيمات الإسلامية المتشددة 404 أشخاص، وقوات الإدارة الذاتية 290، وفصائل "
        "المعارضة المسلحة 151. وسجّل شهر آذار أعلى حصيلة بـ1096 حالة تلاه نيسان بـ687، فيما شهد حزيران 667 حالة "
        "أغلبها من قبل النظام، تركزت في الحسكة ودير الزور ودمشق وريفها. ورصد التقرير في حزيران 194 موقعاً على الأقل للمداهمة والتفتيش أفضت إلى احتجاز أشخاص.",
        [E("arrest", Q("ما لا يقل عن 4082", 4082, None, False), None, None, "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate",
           note="FIGURE CALL: the half-year tally (period 2018-01 to 2018-06), no place (the country); the parties' "
                "figures and the months (March, April, June) are its breakdown, not aggregates of their own; the 194 "
                "raid points of June are a count of places, left uncoded; a second coder could code June's 667 as a "
                "monthly aggregate")])

passage("lw20", "2016-03-28", "KSA Players (AFP relay)", "a suicide tanker bomb at a faction's security zone, a raised "
        "toll broken down by the monitor's director (published day inferred: a Monday) "
        "| page: https://ksaplayers.com/Ksahome/NewsDetial/?nid=3064090",
        "أسفر تفجير انتحاري، اليوم الاثنين، عن مقتل 23 شخصاً على الأقل عند مدخل منطقة خاضعة لأقوى الفصائل في مدينة حلب "
        "شمالي سوريا، بحسب حصيلة محدّثة أعلنها المرصد السوري لحقوق الإنسان. وأوضح مدير المرصد رامي عبد الرحمن أن القتلى 19 من عناصر حركة أحرار الشام الإسلامية وأربعة مدنيين، بعدما اقتحم انتحاري بصهريج وقود مفخخ مدخل ما يُعرف "
        "بـ«المربع الأمني» التابع للحركة بحي السكري ثم فجّره.",
        [E("explosion", Q("23", 23, None, False), PL("السكري", "Al-Sukkari", "Aleppo"), "2016-03-28",
           "المرصد السوري لحقوق الإنسان", UNK,
           note="a suicide tanker bomb: explosion; 23 at least (low 23); the 19 fighters and four civilians are the "
                "breakdown; the bomber is unnamed; the quarter named in the next sentence is the place")])

passage("lw21", "2016-08-28", "Maghress (Ahdath Press, AFP relay)", "a double barrel-bomb strike on a mourning tent, "
        "the mourned strike two days before recalled with its own toll "
        "| page: https://maghress.com/ahdathpress/412032",
        "أظهرت صور وزعتها وكالة «رويترز» أطفالاً سوريين في حلب بعد قصف بالبراميل المتفجرة، في مشهد يعيد إلى الأذهان "
        "الطفل عمران الذي أُخرج من تحت الركام في المدينة. فقد قُتل أمس السبت 15 شخصاً على الأقل وجُرح آخرون حين سقط "
        "برميلان متفجران، تفصل بينهما دقائق، على حي تسيطر عليه الفصائل في المدينة. وأوضح رامي عبد الرحمن، الذي يدير المرصد السوري لحقوق الإنسان، أن الجيش ألقى برميلاً على حي المعادي قرب خيمة عزاء في طرف باب النيرب، ثم سقط برميل "
        "ثانٍ بعد أن تجمّع الناس والمسعفون. وأضاف أن العزاء كان لـ15 مدنياً منهم 11 طفلاً قُتلوا الخميس بقصف بالبراميل "
        "على حي باب النيرب. وأدى البرميل الثاني إلى رفع الحصيلة وتدمير سيارة إسعاف كلياً وجرح مسعفَين على الأقل.",
        [E("airstrike", Q("15", 15, None, False), PL("المعادي", "Al-Maadi", "Aleppo"), "2016-08-27",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="two barrels minutes apart on one quarter: one event; the lead names no source, the director's next "
                "sentence tells the same act (stop 30 carry-back); the tent is placed at its quarter; the photos of "
                "children and the boy Omran are background, not an event"),
         E("airstrike", Q("15", 15, nth=1), PL("باب النيرب", "Bab al-Nayrab", "Aleppo", nth=1), "2016-08-25",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the barrel strike mourned, two days before (Thursday), recalled with its own toll (stop 41); «وأضاف» "
                "carries the director; 11 children a breakdown")])

passage("lw22", "2018-12-11", "Syria 24 (syria-24.com)", "HTS raids on two villages to arrest its own men, a "
        "firefight killing a civilian (published day inferred: a Tuesday) "
        "| page: https://syria-24.com/amp/36/125840-قتيل-وجريح-مدنيان-برصاص-تحرير-الشام-في-جنوب-إدلب",
        "قتل عناصر «هيئة تحرير الشام»، الثلاثاء، مدنياً وجرحوا والده خلال حملات دهم نفذوها في قريتين جنوب مدينة إدلب "
        "بهدف القبض على عناصر يتبعون لها. وذكر ناشطون محليون أن الهيئة دهمت معرشمارين، على بعد 36 كم جنوبي إدلب، بحثاً "
        "عن مطلوبين من صفوفها بتهم سرقة وخطف، فتبادل الطرفان إطلاق النار، ما أودى بالمدني وأصاب أباه، واعتُقل خمسة "
        "مطلوبين. وأضافوا أن الهيئة دخلت أيضاً تلمنس، الواقعة على 34 كم جنوبي إدلب، بما يزيد على عشر سيارات، وقبضت على ثلاثة من أفرادها بالتهمة ذاتها، مشيرين إلى أنهم كانوا في «حركة أحرار الشام الإسلامية» قبل أن ينضموا إلى الهيئة.",
        [E("arrest", Q("خمسة", 5), PL("معرشمارين", "Maarshamarin", "Idlib"), "2018-12-11", "ناشطون محليون", HTS,
           note="FIGURE CALL: a raid to arrest, with a firefight that killed a civilian (singular): one arrest event "
                "whose figure is the people arrested; a second coder could code the firefight as an armed_clash; the "
                "distances are measures"),
         E("arrest", Q("ثلاثة", 3), PL("تلمنس", "Talmenes", "Idlib"), "2018-12-11", "ناشطون محليون", HTS,
           note="«وأضافوا» carries the activists; «عشر سيارات» counts vehicles, not the figure")])

passage("lw23", "2018-08-15", "Vedeng (vedeng.co)", "HTS arrests in two places with per-place figures, part of a "
        "wider campaign (published day inferred: a Wednesday) "
        "| page: http://www.vedeng.co/هيئة-تحرير-الشام-تقوم-بحملة-اعتقالات/",
        "«هيئة تحرير الشام» تشن مداهمات واعتقالات في ريف إدلب الجنوبي\n"
        "اعتقلت «هيئة تحرير الشام» عدداً من الأشخاص في ريف إدلب الجنوبي، متهمةً إياهم بالتعامل مع الجيش السوري والدعوة "
        "إلى المصالحات. وقالت مصادر محلية إن الهيئة بدأت صباح اليوم الأربعاء حملة دهم في بلدة معرة حرمة ومنطقة "
        "النقير، واعتقلت تسعة أشخاص في الأولى وأربعة في الثانية. ووصفت قيادات في الهيئة المعتقلين بأنهم «زعماء "
        "الخيانة والمصالحة». وتستكمل هذه الحملة حملة أوسع أطلقتها «الجبهة الوطنية للتحرير» و«تحرير الشام» في إدلب "
        "وأرياف حماة وحلب، بعد أيام من دعوات على مواقع التواصل لقتل «عرّابي المصالحات» مع تزايد الحديث عن هجوم وشيك "
        "للقوات الحكومية على إدلب.",
        [E("arrest", Q("تسعة", 9), PL("معرة حرمة", "Maarat Hurma", "Idlib"), "2018-08-15", "مصادر محلية", HTS,
           note="the headline and lead tell the same arrests; per-place figures make two events"),
         E("arrest", Q("أربعة", 4), PL("النقير", "Al-Naqir", "Idlib"), "2018-08-15", "مصادر محلية", HTS,
           note="Not coded: the wider campaign (no figure, no place of its own), the online calls to kill (no named "
                "body) and the expected offensive (future)")])

passage("lw24", "2020-08-26", "Al-Watan (Syria)", "official daily: an army post attacked after it turned back a US "
        "patrol, told by a military source via SANA; Turkish shelling of villages (published day inferred: a "
        "Wednesday) | page: https://alwatan.sy/archives/294666",
        "أجبر الجيش العربي السوري دورية لقوات الاحتلال الأميركي على العودة بعدما منعها من العبور بين نقاطه في ريف الحسكة، "
        "فهاجم مسلحون من ميليشيات «قسد» الموقع، ما أسفر عن استشهاد عسكريين اثنين أحدهما ضابط، وردّ الجيش على مصادر "
        "النار وأصاب عدداً منهم. ونقلت «سانا» عن مصدر عسكري أن الدورية الأميركية، ترافقها مجموعة من «قسد»، حاولت ظهر أمس الثلاثاء، نحو الساعة الثانية، دخول نقاط الجيش في قرية غوزلية في ريف تل تمر. وفي المنطقة ذاتها، قصف الاحتلال "
        "التركي بالمدفعية الثقيلة أربع قرى حول بلدة تل تمر، فنزح مدنيون منها.",
        [E("armed_clash", Q("اثنين", 2), PL("غوزلية", "Ghuzaliya", "Al-Hasakah"), "2020-08-25", "مصدر عسكري", SDF,
           note="the SDF attack on the post: two soldiers killed («عسكريين اثنين»: a numeral, the figure); the "
                "military source's next sentence gives the village and the day, so it is the source (stop 30); the "
                "turned-back US patrol is the lead-in, not coded"),
         E("shelling", None, PL("تل تمر", "Tal Tamr", "Al-Hasakah", nth=1), "2020-08-26", None, TUR,
           note="another act after the sourced report: outlet; «أربع قرى» counts villages, not shells: no figure; "
                "undated, the publication day; the displacement is its consequence, not coded")])

passage("lw25", "2019-11-15", "7al (7al.net)", "a second week of fighting, shelling on army posts told by a Kurdish "
        "Red Crescent official, attacks over a list of villages, the monitor's stance recalled "
        "| page: https://7al.net/2019/11/15/المواجهات-العنيفة-في-القرى-المحيطة-ب/",
        "دخلت المعارك «العنيفة» حول قرى تل تمر أسبوعها الثاني بين فصائل «الجيش الوطني» الموالية لتركيا من جهة، و«قسد» "
        "والمجلس العسكري السرياني من جهة أخرى، في وقت انسحب فيه الجيش السوري من قرى عدة. وقال شيار حسن من الهلال "
        "الأحمر الكردي إن جندياً في الجيش السوري قُتل وأصيب اثنان آخران نُقلا إلى مشفى ليكرين في تل تمر، بعدما قصفت "
        "فصائل «الجيش الوطني» المدعومة من تركيا مواقعهم في ريف تل تمر بالأسلحة الثقيلة. وأوضح أن الهجمات اشتدت اليوم على المناخ والقاسمية في ريف تل تمر وعلى قرية الداودية قرب أبو رأسين. أما المرصد السوري لحقوق الإنسان فكان قد قال إن الفصائل تسعى لتطويق تل تمر من جهات ثلاث بينما تحاول «قسد» إبعادها عنها.",
        [E("shelling", None, PL("ريف تل تمر", "Tal Tamr countryside", "Al-Hasakah", nth=1), "2019-11-15",
           "شيار حسن من الهلال الأحمر الكردي", SNA,
           note="heavy weapons on army posts: one soldier killed (singular), two wounded (never the figure); the "
                "hospital they reached is not the place; nth=1, that sentence's «ريف تل تمر»; the day is the "
                "publication day"),
         E("armed_clash", None, PL("المناخ", "Al-Manakh", "Al-Hasakah"), "2019-11-15", "شيار حسن من الهلال الأحمر الكردي",
           SNA, note="attacks today over a list of villages: one event at the first; «وأوضح» carries the same source. "
                     "Not coded: the fighting «in its second week» (a state), the army's withdrawals (no place), and "
                     "the monitor's recalled assessment of the factions' aim (an aim, no act)")])

passage("lw26", "2023-11-19", "Al-Nashra Al-Dawlia (relaying AWP)", "the monitor's day: a strike on a faction "
        "gathering, clashes on two fronts, a killed-and-wounded running toll; then the defence ministry's drones and a "
        "foiled attack (published day inferred: a Sunday) | page: https://alnashraaldawlia.com/?p=128817",
        "ذكر «المرصد السوري لحقوق الإنسان» يوم الأحد أن 3 عسكريين من قوات النظام بينهم ضابط، و11 مقاتلاً من الفصائل المسلحة، قُتلوا في مواجهات بمحافظة الحسكة، بحسب ما نقلته «وكالة أنباء العالم العربي». وأوضح «المرصد» أن قيادياً و7 عناصر من «الجيش الوطني» المدعوم تركياً لقوا حتفهم بقصف صاروخي موجّه واشتباكات مع مجلس تل تمر العسكري، طالت تجمعاً للفصائل في عريشة، إحدى قرى ريف تل تمر، في حين تتواصل المعارك على محوري المبروكة والعريشة بالأسلحة الثقيلة "
        "والراجمات. وبهذا ترتفع حصيلة القتلى والجرحى على جبهات تل تمر وقراها إلى 23، منهم 11 قتيلاً من «الجيش الوطني» ومن بينهم قياديان، وضابط وعنصران من قوات النظام، و9 جرحى من الفصائل. من جهة أخرى، قالت وزارة الدفاع السورية إنها أسقطت اليوم مسيّرتين لتنظيمات مسلحة في ريف إدلب، وأحبطت هجوماً في ريف حلب الغربي.",
        [E("armed_clash", None, PL("عريشة", "Arisha", "Al-Hasakah"), "2023-11-19", "المرصد السوري لحقوق الإنسان", SDF,
           note="FIGURE CALL: a guided missile and clashes on a faction gathering: «قيادياً … و7 عناصر» is a "
                "singular joined to a number, no total written (stop 34): no figure; the relay (AWP) names the "
                "monitor, which is the source"),
         E("armed_clash", None, PL("المبروكة", "Al-Mabrouka", "Al-Hasakah"), "2023-11-19", "المرصد السوري لحقوق الإنسان",
           SDF, note="ongoing clashes on two fronts: one event at the first (Arisha's front is the event above)"),
         E("armed_clash", Q("23", 23), PL("تل تمر", "Tal Tamr", "Al-Hasakah", nth=2), None, "المرصد السوري لحقوق الإنسان",
           SNA, kind="aggregate",
           note="FIGURE CALL: a running toll of killed and wounded on the Tal Tamr fronts (one cause, clashes: the "
                "cause's type, stop 32); the combined figure is the one the text totals (set 78's kc21 convention); "
                "its parts, and the lead's 3 and 11 dead, are the breakdown; period not given"),
         E("airstrike", None, PL("ريف إدلب", "Idlib countryside", "Idlib"), "2023-11-19", "وزارة الدفاع السورية", None,
           note="two drones of armed groups shot down: coded as the drones' strike, attempted (a coder could leave it "
                "out); a dual, no figure"),
         E("armed_clash", None, PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"), "2023-11-19",
           "وزارة الدفاع السورية", GOV, note="an attack foiled: the fight happened; the ministry's «وأضافت» carries")])

passage("lw27", "2019-06-20", "Halab Today TV", "two kidnapped men released, a child missing, the reporter's "
        "tally of kidnappings since January (published day inferred: a Thursday) "
        "| page: https://halabtodaytv.net/archives/112728",
        "أُطلق سراح الشاب «رامي عادل» من قرية مفعلة بريف السويداء مساء أمس الأربعاء، بعد أيام من اختطافه في سياق عمليات "
        "الخطف المتبادل بين المحافظتين درعا والسويداء. وقال مراسل «حلب اليوم» نقلاً عن مصادر محلية إن الإفراج تم بمساعٍ من وجهاء في "
        "المحافظتين، في مقدمتهم آل «الرفاعي» من أم ولد في ريف درعا الشرقي. وأفاد المراسل أيضاً بأن خاطفي الشاب «فادي "
        "الحلبي» من بلدة عرى في ريف السويداء الجنوبي أطلقوه مساء أمس بعد قرابة شهر على خطفه، وسط اتهامات لمجموعة "
        "محلية جنوبي السويداء بالمسؤولية. وفقد ذوو الطفل «جاد سليم» من حي المسلخ في المدينة الاتصال به منذ أمس حين "
        "خرج لشراء دواء، وفق مصادر متطابقة. ووثّق المراسل ما يزيد على 130 عملية خطف شهدتها السويداء منذ بداية العام، جرى "
        "أغلبها نهاراً بهدف طلب الفدية.",
        [E("other", None, PL("مفعلة", "Mafalah", "As-Suwayda"), "2019-06-19", "مصادر محلية", None,
           note="a kidnapped man released through mediation: other (as a prisoner release); the mediators' town is "
                "not the place; the abduction days before has no day or place of its own: not coded"),
         E("other", None, PL("عرى", "Ara", "As-Suwayda"), "2019-06-19", "مراسل «حلب اليوم»", None,
           note="a second release, the reporter's own telling; the abduction a month before is not coded"),
         E("arrest", Q("ما يزيد على 130", 130, None, True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=4), None,
           "مراسل «حلب اليوم»", None, kind="aggregate",
           note="kidnappings since January (abductions are arrest, as sets 73 and 79): an aggregate, period 2019-01 "
                "to the publication day. Not coded: a child missing (contact lost, no act told)")])

passage("lw28", "2012-03-23", "Al-Ittihad (UAE, AFP)", "defectors announce a military council and call on soldiers "
        "to defect | page: http://alittihad.ae/details.php?id=29376&y=2012",
        "منشقون يؤسسون «مجلساً عسكرياً» لدمشق وريفها\n"
        "بيروت (أ ف ب) - كشف عسكريون سوريون منشقون، أمس، عن إنشاء مجلس عسكري لدمشق وريفها ينظّم عمل "
        "المنشقين عن القوات النظامية هناك. وفي تسجيل نُشر على الإنترنت، قرأ العقيد المنشق خالد محمد الحمود نص بيان قال فيه إن المجلس سيتولى رعاية شؤون كتائب الجيش السوري الحر وعملياتها في المنطقة، وحثّ «الشرفاء» من الضباط "
        "وصف الضباط والأفراد الباقين في جيش الرئيس بشار الأسد على الانضمام إلى الجيش الحر. وأوضح أحمد الخطيب، الناطق باسم مجلس قيادة الثورة في ريف دمشق، لفرانس برس أن المجلس سيشكّل المجموعات العسكرية وينظم المقاتلين مستفيداً "
        "من خبرة الضباط المنشقين.",
        [E("statement", None, PL("دمشق", "Damascus", "Damascus", nth=1), "2012-03-22", "العقيد المنشق خالد محمد الحمود",
           FSA,
           note="the council's founding and the call to defect, read in one statement: one statement (the call is a "
                "call, no defection); placed at the area it concerns; the spokesman's explanation is its gloss")])

passage("lw29", "2019-09-15", "Baladi News", "an IS attack in the desert told by a local network, the SDF's "
        "earlier announcement as background (published day inferred: a Sunday) "
        "| page: https://baladi-news.com/public/ar/articles/45639/قتلى-من-النظام-بهجوم-لـداعش-في-ديرالزور",
        "لقي عناصر من قوات النظام حتفهم وأصيب غيرهم، أمس السبت، في هجوم يُرجّح أن خلايا تنظيم «داعش» نفذته على مواقع لها في بادية الميادين، شرقي دير الزور. وبحسب شبكة «فرات بوست» المحلية، قُتل خمسة من عناصر النظام أحدهم "
        "ملازم، وأصيب آخرون في الهجوم الذي استهدف مواقعهم في منطقة الفيضة ضمن بادية الميادين. ورغم إعلان «قوات سوريا "
        "الديمقراطية» قبل أشهر انتهاء سيطرة التنظيم الجغرافية في شرق سوريا، ما زالت خلاياه تنشط بقوة وتشن هجمات "
        "منظمة يومياً على مواقع وحواجز «قسد» وقوات النظام والميليشيات الحليفة له.",
        [E("armed_clash", Q("خمسة", 5), PL("الفيضة", "Al-Fayda", "Deir ez-Zor"), "2019-09-14", "شبكة «فرات بوست»", IS,
           note="the attack «likely» by IS cells (hedged agent); the network's sentence gives the dead and the finer "
                "place; the lieutenant is one of the five. Not coded: the SDF's announcement months before and the "
                "cells' daily attacks (background, a habit)")])

passage("lw30", "2019-10-24", "Al-Mohrar Media", "an opposition army announces a road and farms taken; the Russian "
        "entry and a reported SDF-Russia deal (published day inferred) | page: https://almohrarmedia.net/?p=26053",
        "يواصل الجيش الوطني السوري تقدمه بإسناد من المدفعية التركية في منطقة تل تمر شمالي الحسكة، معلناً سيطرته على "
        "طريق حيوي فيها، بُعيد إعلان الاحتلال الروسي بساعات أن قواته دخلت البلدة. وذكر الجيش الوطني عبر حساباته الرسمية "
        "على وسائل التواصل أنه انتزع طريق تل تمر - الحسكة إثر معارك ضارية مع ميليشيا «قسد»، وكان قد أعلن قبل ذلك "
        "تحرير مزارع عدة حول تل تمر بعد اشتباكات مع «قسد» وقوات الأسد. ويأتي ذلك بعد ساعات من نشر وكالة «باسنيوز» "
        "الكردية نبأ اتفاق بين «قسد» والروس على تسليم تل تمر للأخيرين والانسحاب جنوب الطريق الدولي «M4».",
        [E("territory_change", None, PL("تل تمر", "Tal Tamr", "Al-Hasakah", nth=1), "2019-10-24", "الجيش الوطني", SNA,
           note="the road Tal Tamr - Hasakah taken: a road between two places is placed at the first (nth=1, the "
                "road's); the army's own accounts are the source"),
         E("territory_change", None, PL("تل تمر", "Tal Tamr", "Al-Hasakah", nth=2), None, "الجيش الوطني", SNA,
           note="farms around Tal Tamr taken earlier, announced by the same army: its own act, no day"),
         E("reinforcement", None, PL("تل تمر", "Tal Tamr", "Al-Hasakah"), "2019-10-24", None, RUS,
           note="Russian forces entering the town (their own announcement, told by the outlet): a deployment"),
         E("agreement", None, PL("تل تمر", "Tal Tamr", "Al-Hasakah", nth=3), None, "وكالة «باسنيوز» الكردية", SDF,
           note="a reported SDF-Russia handover deal; «M4» is a road name")])

passage("lw31", "2011-10-03", "Mohammed Farag (print page, agency relay)", "activists tell new defections, one "
        "hedged; the local committees' tally of a town's siege; the taking of the town and the tanks sent recalled "
        "| page: http://mohammedfarag.com/print.php?action=savehtml&&id=9530",
        "ناشطون: موجة انشقاقات جديدة عن الجيش السوري بريف دمشق\n"
        "قال ناشطون سوريون إن الجيش شهد، الاثنين، مزيداً من الانشقاقات في ريف دمشق، بعد أن أخمد انشقاقاً في مدينة "
        "الرستن قرب حمص وأحكم قبضته عليها إثر عملية استمرت أياماً. وتحدث الناشطون عبر «فيسبوك» عن «انشقاق حاجز كامل» "
        "في دوما، عند نزلة الزفت المجاورة لجامع إبراهيم الخليل، ورجّحوا وقوع انشقاق في معضمية الشام بعد سماع تبادل كثيف "
        "لإطلاق النار بالرشاشات في مطار المزة الذي تتخذه المخابرات الجوية مقراً. وفي حمص، أفادت لجان التنسيق المحلية بتوقف "
        "العمليات العسكرية بعد سقوط عشرات القتلى واحتجاز ما يزيد على ثلاثة آلاف شخص في معمل الإسمنت والمدارس، قضى "
        "بعضهم تحت التعذيب. وكان الجيش قد سيطر الأحد على الرستن، بعدما دفع إليها يوم الجمعة بـ250 دبابة.",
        [E("defection", None, PL("دوما", "Douma", "Rif Dimashq"), "2011-10-03", "ناشطون سوريون", GOV,
           note="a whole checkpoint defected: no figure; the mosque is a landmark, placed at its town"),
         E("defection", None, PL("مطار المزة", "Mezzeh military airport", "Damascus"), "2011-10-03", "ناشطون سوريون",
           GOV, note="PLACE CALL: a hedged defection («رجّحوا») inferred from heavy fire inside the airport: coded with "
                     "the airport (a listed site) as the place; a coder could place it at معضمية الشام or leave a "
                     "hedged report out"),
         E("arrest", Q("ما يزيد على ثلاثة آلاف", 3000, None, True), PL("حمص", "Homs", "Homs", nth=1), None,
           "لجان التنسيق المحلية", GOV, kind="aggregate",
           note="FIGURE CALL: the detainees of the operation that just ended (held in a cement plant and schools): an "
                "arrest aggregate over the operation's days, placed at «حمص» as the text says (nth=1); the «dozens "
                "dead» of the same operation are left as its companion figure, not a second aggregate"),
         E("territory_change", None, PL("الرستن", "Al-Rastan", "Homs", nth=1), "2011-10-02", None, GOV,
           note="the town taken on Sunday, told in the lead too («أخمد انشقاقاً … وأحكم قبضته عليها»): one event"),
         E("reinforcement", Q("250", 250), PL("الرستن", "Al-Rastan", "Homs", nth=1), "2011-09-30", None, GOV,
           note="250 tanks sent on Friday: a reinforcement whose count is the tanks, placed where they were sent")])

passage("lw32", "2013-08-06", "Al-Sharq (Qatar), via Sauress", "an airbase taken told by the monitor with a toll, "
        "the official agency's denial, an advance elsewhere | page: https://sauress.com/alsharq/912946",
        "أفادت مجموعة رقابية مقرّبة من المعارضة السورية بأن مقاتلي المعارضة، تتقدمهم جماعة مرتبطة بتنظيم القاعدة، "
        "بسطوا اليوم الثلاثاء سيطرتهم الكاملة على مطار منغ العسكري في محافظة حلب. ويُعد المطار قاعدة استراتيجية للجيش "
        "ينطلق منها لقصف مناطق المعارضة في المحافظة. وقال المرصد السوري لحقوق الإنسان، ومقره لندن، إن «الدولة "
        "الإسلامية في العراق والشام» وكتائب أخرى استولت على المطار القريب من الحدود التركية، مشيراً إلى مقتل 10 "
        "مقاتلين معارضين على الأقل وعدد غير معروف من جنود النظام في نحو 24 ساعة. غير أن وكالة «سانا» نفت ذلك، مؤكدة أن "
        "القوات الحكومية ما زالت تسيطر على المطار وأن «الإرهابيين» يتكبدون خسائر فادحة داخله وفي محيطه. وفي ريف "
        "اللاذقية، تقدّم المقاتلون نحو معاقل العلويين، ما دفع كثيراً من السكان إلى الفرار.",
        [E("territory_change", Q("10", 10, None, False), PL("مطار منغ العسكري", "Menagh military airbase", "Aleppo"),
           "2013-08-06", "المرصد السوري لحقوق الإنسان", IS,
           note="the monitor is the «monitoring group» of the lead, named in the third sentence: one source; the "
                "fighting's rebel dead (10 at least) are the act's figure; the official denial inside the telling "
                "adds nothing (stop 32); London is the monitor's seat; agent the ISIS-led rebels (a coder could name "
                "the opposition factions)"),
         E("territory_change", None, PL("ريف اللاذقية", "Latakia countryside", "Latakia"), "2013-08-06", None, FSA,
           note="an advance in another region: outlet; the flight of residents is its consequence, not coded")])

passage("lw33", "2014-07-26", "Al-Madina (Saudi), via Sauress", "a base taken after a two-day battle, withdrawing "
        "soldiers captured and killed, the jihadists' own higher figure | page: https://sauress.com/almadina/547171",
        "قتل مسلحو «الدولة الإسلامية»، أمس الجمعة، ما يزيد على 50 عسكرياً نظامياً، ذبح كثيراً منهم، في "
        "معركة دامية انتهت بانسحاب القوات النظامية من مقر عسكري كبير في شمال البلاد. وكانت المواجهات قد اندلعت يوم الخميس في محيط مقر الفرقة 17 الواقع شمالي الرقة، وهي أكبر مواجهة بين الطرفين منذ بداية النزاع. ومساءً، أعلن المرصد السوري لحقوق الإنسان أن قوات النظام انسحبت من مقر الفرقة بالكامل، وكان قد ذكر قبل ذلك مقتل 50 عنصراً في محيطها. "
        "وقال مدير المرصد رامي عبد الرحمن إن مئات الجنود كانوا ينسحبون من المقر حين أسر التنظيم عدداً منهم قرب قرية أبو شارب. وتداولت حسابات مؤيدة للتنظيم على «تويتر» أنه «اصطاد» 75 من الفارّين إلى شمال الفرقة في أبو شارب وقطع "
        "رؤوسهم.",
        [E("territory_change", None, PL("الفرقة 17", "17th Division base", "Raqqa"), "2014-07-25",
           "المرصد السوري لحقوق الإنسان", IS,
           note="the two-day battle for the base (Thursday-Friday) ending in the army's withdrawal: one event, the "
                "taking; the base named by its unit is the place (stop 28), 17 is a name"),
         E("casualties", Q("ما يزيد على 50", 50, None, True), PL("أبو شارب", "Abu Sharib", "Raqqa"), "2014-07-25",
           "المرصد السوري لحقوق الإنسان", IS,
           note="FIGURE CALL: the withdrawing soldiers captured and killed, most beheaded (killings of captives: "
                "casualties, as executions); the first figure written (over 50) is the figure, the monitor's 50 and "
                "the jihadist accounts' 75 are other tellings; a coder could keep the 50 on the battle instead")])

passage("lw34", "2016-01-02", "Zaman al-Masdar", "siege deaths from hunger and cold, an ambush on civilians leaving "
        "the town, the besiegers' telling of it, aid that did not come (published day inferred) "
        "| page: https://zamanmasdar.com/archives/2334",
        "ضحايا الجوع والبرد والحصار في مضايا\n"
        "قضى خمسة مدنيين في مضايا، البلدة الخاضعة للمعارضة التي تحاصرها قوات النظام بريف دمشق الغربي. إذ توفي رجل "
        "مسن جراء سوء التغذية وشحّ الطعام، وماتت امرأة من البرد والمرض وندرة الدواء، بينما قُتل ثلاثة آخرون، منهم امرأة "
        "حامل، وجُرح غيرهم في كمين لعناصر «حزب الله» اللبناني الذي يشارك في الحصار، حين حاولوا مغادرة البلدة وجلب "
        "الطعام إليها. في المقابل، نقلت وسائل إعلام موالية عن مصدر عسكري أن وحدات من الجيش و«حزب الله» قتلت أربعة "
        "مسلحين وأسرت خامساً حين حاولوا التسلل نحو نقاط للجيش في الريف الغربي لدمشق. وكانت الأمم المتحدة ستُدخل مساعدات إلى "
        "مضايا قبل أيام بعد تنفيذ بند نقل جرحى الزبداني إلى إدلب وجرحى كفريا والفوعة إلى جنوب دمشق، غير أن ذلك لم يحصل.",
        [E("casualties", Q("ثلاثة", 3), PL("مضايا", "Madaya", "Rif Dimashq", nth=1), "2016-01-02", None, None,
           note="FIGURE CALL: a known force (Hezbollah, no actor constant) firing on civilians leaving a besieged town, "
                "outside a protest: casualties (stop 30, ACLED); the pro-government source's «four gunmen killed "
                "infiltrating» is taken as the other side's telling of the same clash, no second event (a coder could "
                "code it as an armed_clash of its own); undated, the publication day"),
         E("casualties", None, PL("مضايا", "Madaya", "Rif Dimashq", nth=1), "2016-01-02", None, None,
           note="two deaths of hunger and cold under siege (two singulars, no figure; no act): casualties. The "
                "headline's five equals the deaths listed (1+1+3): no event of its own (stop 34)"),
         E("other", None, PL("الزبداني", "Al-Zabadani", "Rif Dimashq"), None, None, None,
           note="the recalled evacuation of the wounded (Zabadani to Idlib, Kefraya and Foua to the south of "
                "Damascus), placed at the first place; no day. The aid that did not enter is negated: not coded")])

passage("lw35", "2014-10-25", "Al-Hayat, via Sauress", "an IS execution and crucifixion told by the monitor, rebels "
        "executing two IS captives elsewhere (published day inferred: a Saturday) "
        "| page: https://sauress.com/alhayat/5143220",
        "نفّذ تنظيم «الدولة الإسلامية» (داعش) حكم الإعدام رمياً بالرصاص بحق شاب في مدينة الباب بريف حلب شمال سورية بعدما اتهمه بتصوير "
        "مقراته، ثم صلبه ثلاثة أيام، بحسب «المرصد السوري لحقوق الإنسان». وفي موقع آخر من المحافظة، أعدم مقاتلون ينتمون إلى فصيل معارض شابين من مقاتلي التنظيم بعد أسرهما خلال معركة إلى الغرب من مدينة عين العرب (كوباني)، التي تدور فيها معارك "
        "عنيفة منذ ما يزيد على شهر. وأوضح «المرصد» أن الشاب الذي كان معلقاً على عارضة حديدية أمس الجمعة ملتحٍ ووجهه مدمى، "
        "وإلى جانبه لافتة كُتب فيها أن ذنبه تصوير مقرات «الدولة» لقاء 500 ليرة تركية عن كل شريط، وأن الحكم «الردة، القتل "
        "والصلب ثلاثة أيام». وبيّن أن الحكم نُفذ يوم الخميس في دوار المنشية بالباب.",
        [E("casualties", None, PL("الباب", "Al-Bab", "Aleppo"), "2014-10-23", "المرصد السوري لحقوق الإنسان", IS,
           note="an execution: casualties; one man, no figure; dated by the last sentence (Thursday); the roundabout "
                "is placed at its town; the price per video is money, not a figure"),
         E("casualties", None, PL("عين العرب", "Ayn al-Arab (Kobani)", "Aleppo"), "2014-10-25",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="two IS captives executed by rebels west of the town (a dual, no figure): the next execution told in "
                "the monitor's report, the same kind of act, so the source carries; undated, the publication day; "
                "the month of fighting in the town is background")])


def main() -> None:
    write("gold122.jsonl", P122)


if __name__ == "__main__":
    main()
