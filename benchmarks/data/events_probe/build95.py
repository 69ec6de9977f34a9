"""Build gold95.jsonl: held-out set 95 (ids kv01…), written in stop 37 by writer w95 BEFORE any run on it.

WHOLE ARTICLES, paraphrased from real pages: each passage is the paraphrase of one real news page found in the
search tool's `pages` corpus (queried in Arabic): the page's headline and body, with the glued extras it had
(a summary list, a closing recall), 2017-2025 mostly (the Idlib and Aleppo fronts, the SDF and ISIS, Turkish
operations and drones, Daraa after the settlements, Israeli strikes and incursions, HTS, the 2024 offensive and
the security campaigns after it), many outlets. The page's incidents, their order, places, figures, dates,
sources and their attribution, hedges, recalls and background are kept; every sentence was rewritten (no run of
five words, names aside, is shared with the page: checked by script against the page text, which was kept
outside the repository); private people's names were changed. The page's address is in each passage's `style`.
Where the page shows no date, the publication date was inferred from the events it reports (said in `style`).
Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32 and 34) and was
written before anything ran on the passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build95.py      # rewrites gold95.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P95: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P95.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("kv01", "2019-10-12", "Rawabet Center (relaying Al Jazeera)",
        "Ras al-Ain taken, the operation's toll and the other side's, two axes with village counts "
        "| page: http://rawabetcenter.com/archives/97467",
        "أنقرة تعلن دخول «رأس العين» السورية وتتحدث عن مئات القتلى خلال «نبع السلام»\n"
        "قالت وزارة الدفاع التركية إن قواتها باتت تمسك بمدينة «رأس العين» في سوريا، وإن عدد من قُتلوا من مقاتلي "
        "الوحدات الكردية منذ انطلاق عملية «نبع السلام» بلغ حتى الآن 415، في حين لا تقرّ الوحدات سوى بسقوط ثلاثين "
        "من مقاتليها.\n"
        "وفي بيان نشرته الوزارة ظهر السبت، ذكرت أن المدينة الواقعة شرقي الفرات صارت في قبضة قواتها «بفضل العمليات "
        "الموفقة المتواصلة ضمن نبع السلام». من جهته، أكد مراسل الجزيرة أن الجنود الأتراك ومقاتلي الجيش الوطني السوري "
        "المعارض دخلوا المدينة من جهتها الشرقية.\n"
        "وكانت الوزارة قد قالت صباحاً، في بيان سابق، إن مواقع تتبع «قوات سوريا الديمقراطية»، وهي قوات تقودها وحدات "
        "حماية الشعب الكردية وتمسك بزمامها، تعرضت لضربات فعالة من البر والجو.\n"
        "وبحسب مراسل الجزيرة عمرو حلبي، فإن مقاتلي الجيش الوطني السوري تقدموا بإسناد تركي على جبهة «تل أبيض»، "
        "وانتزعوا 13 قرية إلى جانب معسكرات ومواقع ذات أهمية، حتى صاروا على مقربة من المدينة. وأضاف أن جبهة «رأس "
        "العين» هي المحور الثاني، وفيه بسطت القوات سيطرتها على 18 قرية علاوة على مواقع ودشم للوحدات الكردية.",
        [E("territory_change", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), "2019-10-12", "وزارة الدفاع التركية",
           TUR, note="the city taken (headline, lead, the noon statement and the reporter's entry are one act); Turkish "
                     "troops and the SNA entered together, agent the Turkish forces as the ministry tells it; no figure"),
         E("casualties", Q("415", 415), None, None, "وزارة الدفاع التركية", TUR, kind="aggregate",
           note="the operation's running toll of Kurdish fighters since its launch (period 2019-10-09..2019-10-12), "
                "air and ground acts together: casualties; the YPG's thirty is the other side's telling, no event"),
         E("airstrike", None, None, "2019-10-12", "الوزارة", TUR,
           note="the morning statement: SDF positions hit by land and air (one act, no place named); a second "
                "coder could type it shelling; dated the same morning"),
         E("territory_change", Q("13", 13), PL("تل أبيض", "Tell Abyad", "Raqqa"), "2019-10-12",
           "مراسل الجزيرة عمرو حلبي", SNA,
           note="13 villages on the Tell Abyad axis, placed at the axis town; the camps and sites are part of it; "
                "undated, the item's news: publication day"),
         E("territory_change", Q("18", 18), PL("رأس العين", "Ras al-Ain", "Al-Hasakah", nth=2), "2019-10-12",
           "مراسل الجزيرة عمرو حلبي", SNA,
           note="«وأضاف» carries the reporter; 18 villages on the Ras al-Ain axis, apart from the city itself")])

passage("kv02", "2018-01-06", "Micro Syria (relaying SMART)",
        "a rocket strike with its dead, an air strike wounding a woman, villages taken today and the day before, the "
        "campaign's tallies | page: https://microsyria.com/2018/01/06/ضحايا-مدنيون-بقصف-جوي-وصاروخي-لقوات-لن",
        "قتلى مدنيون في قصف بالطيران والصواريخ نفذته قوات النظام على قرى بريف إدلب\n"
        "سمارت - إدلب\n"
        "لقي ثلاثة مدنيين حتفهم وجُرحت امرأة يوم السبت، جراء غارات وضربات صاروخية شنتها قوات النظام السوري بالتعاون مع "
        "الطيران الحربي مستهدفة قرى في جنوب محافظة إدلب وشرقها، في وقت واصلت فيه تلك القوات التوغل نحو قرى أخرى.\n"
        "ونقلت «سمارت» عن ناشطين من المنطقة أن صواريخ أطلقتها قوات النظام من مواقعها في بلدة الخوين المجاورة أودت "
        "اليوم بحياة المدنيين الثلاثة في كفريا، إحدى قرى ناحية سنجار التابعة لمعرة النعمان إلى الشرق من إدلب.\n"
        "وفي قرية شعرة العجايز شرقي المحافظة، أصيبت امرأة بغارة لطائرات حربية يُعتقد أنها تابعة للنظام، بينما تعرض "
        "الريف الشرقي لإدلب لقصف كثيف بالطائرات والمدافع والصواريخ.\n"
        "وفي اليوم نفسه، بسطت قوات النظام يدها على سرجة، وهي قرية تجاور سنجار، بعدما دخلت في وقت أبكر خمس قرى "
        "جنوب شرقي مدينة إدلب إثر خروج مقاتلي «هيئة تحرير الشام» منها. وكانت قد استولت يوم الجمعة على قريتين في "
        "المنطقة ذاتها بعد انسحاب فصائل من الجيش السوري الحر وكتائب إسلامية.\n"
        "وبإسناد من الطيران الروسي، سيطرت قوات النظام والميليشيات الرديفة على عشرات القرى، وخلّفت الحملة عشرات "
        "الضحايا المدنيين بين قتيل وجريح، ودمرت منشآت خدمية، ودفعت ما يزيد على 80 ألف مدني إلى النزوح.",
        [E("shelling", Q("الثلاثة", 3), PL("كفريا", "Kafriya (Sinjar)", "Idlib"), "2018-01-06", "ناشطين من المنطقة", GOV,
           note="rockets fired from al-Khuwayn (where fire came from, not the place); the lead's «ثلاثة مدنيين» is the "
                "same toll, the figure taken where the act is told; the relay names the activists"),
         E("airstrike", None, PL("شعرة العجايز", "Sha'rat al-Ajayiz", "Idlib"), "2018-01-06", None, GOV,
           note="an air strike that only wounds: no figure; another kind of act after the activists' rocket report, so "
                "the outlet; the jets are only believed to be the regime's"),
         E("shelling", None, PL("الريف الشرقي لإدلب", "Eastern Idlib countryside", "Idlib"), "2018-01-06", None, GOV,
           note="heavy air, artillery and rocket bombardment of the eastern countryside told as its own clause; a "
                "coder could leave it as the frame of the strike"),
         E("territory_change", None, PL("سرجة", "Sarja (Sinjar)", "Idlib"), "2018-01-06", None, GOV),
         E("territory_change", Q("خمس", 5), PL("إدلب", "Idlib", "Idlib", nth=5), "2018-01-06", None, GOV,
           note="five unnamed villages south-east of Idlib city, earlier the same day, after HTS withdrew: placed at "
                "the city they are told by; the villages are the count"),
         E("territory_change", None, PL("إدلب", "Idlib", "Idlib", nth=5), "2018-01-05", None, GOV,
           note="two villages (a dual, no figure) on Friday in the same area, after FSA and Islamist factions left"),
         E("territory_change", Q("عشرات", 20, 90, True), None, None, None, GOV, kind="aggregate",
           note="the campaign's villages taken with Russian air support: an aggregate over the campaign (start not given)"),
         E("casualties", Q("عشرات", 20, 90, True, nth=1), None, None, None, GOV, kind="aggregate",
           note="the campaign's civilian dead and wounded together (no dead apart, so the combined figure); several kinds "
                "of act: casualties"),
         E("other", Q("ما يزيد على 80 ألف", 80000, None, True), None, None, None, None, kind="aggregate",
           note="displacement over the campaign")])

passage("kv03", "2021-04-16", "SY24",
        "two shootings on one day, a recalled abduction and killing, the assassinations' running toll "
        "| page: https://sy-24.com/?p=67293",
        "لقي ثلاثة أشخاص مصرعهم بنيران مسلحين لم تُعرف هويتهم في محافظة درعا جنوبي سوريا، يوم أمس الخميس، الخامس "
        "عشر من نيسان/أبريل الحالي.\n"
        "وذكر مراسلنا أن مجهولين فتحوا النار على سيارة كان فيها عدد من عناصر فرع الأمن العسكري، أحد أجهزة "
        "النظام، في الجهة الشرقية من مدينة نوى بريف درعا الغربي.\n"
        "وبيّن المراسل أن الهجوم أودى بحياة العنصرين رامي خضور، المتحدر من ريف مصياف، وجابر يونس، ابن ريف جبلة، كما "
        "جُرح عناصر آخرون.\n"
        "وفي حادثة ثانية، قضى مقاتل في الفرقة الرابعة يُدعى خالد الحمدان بعدما أُطلق عليه الرصاص على الطريق الذي يربط "
        "بلدة أم المياذن بالنعيمة شرق درعا. وقالت مصادر محلية إن الحمدان كان في صفوف فصائل المعارضة قبل أن يلتحق "
        "بالفرقة الرابعة إثر توقيعه على اتفاق التسوية في المحافظة عام 2018.\n"
        "وكان مجهولون قد خطفوا يوم الثلاثاء الفائت المدعو ماهر العلي من مخيم درعا، ليُعثر على جثته بعد ساعة وقد "
        "اخترقتها عدة رصاصات، وبحسب مراسلنا فإن العلي قاتل سابقاً مع المعارضة ثم انتقل إلى الفرقة الرابعة بعد التسوية.\n"
        "وتتصدر الاغتيالات المشهد اليومي في درعا منذ أن بسط النظام وروسيا سيطرتهما عليها في منتصف 2018، وقد حصدت "
        "مئات من مقاتلي الفصائل السابقين وجنود النظام، إلى جانب عشرات المدنيين.",
        [E("armed_clash", None, PL("نوى", "Nawa", "Daraa"), "2021-04-15", "مراسلنا", UNK,
           note="gunmen fire on a Military Security car: two named dead (a dual with names, no figure); the lead's "
                "three is the sum of the two shootings, no event of its own (stop 34)"),
         E("armed_clash", None, PL("أم المياذن", "Umm al-Mayadhin", "Daraa"), "2021-04-15", "مراسلنا", UNK,
           note="a Fourth Division fighter shot on the road, placed at the road's first town; the outlet's reporter "
                "files the item, so he carries; the local sources give the man's past, not the act"),
         E("armed_clash", None, PL("مخيم درعا", "Daraa camp", "Daraa"), "2021-04-13", "مراسلنا", UNK,
           note="a recalled abduction on Tuesday and the man found shot an hour later: one incident, a killing by "
                "unknown gunmen (armed_clash; a coder could code the abduction as arrest); background recall"),
         E("armed_clash", Q("مئات", 200, 900, True), PL("درعا", "Daraa", "Daraa", nth=4), None, None, UNK,
           kind="aggregate",
           note="the assassinations' toll since mid-2018 (period start 2018, mid): one cause, so its type (stop 32); "
                "the figure is the first group numbered, the fighters and soldiers; civilians are a part")])

passage("kv04", "2024-11-30", "Khaleej Nas",
        "the factions' statements: a curfew, sites in central Aleppo, the western countryside, Saraqib, a count of "
        "villages | page: https://khaleejnas.com/news/حققت-تقدماً-كبيراً-المعارضة-السورية-ت",
        "بعد تقدم واسع.. فصائل المعارضة السورية تبسط سيطرتها على حلب\n"
        "أعلنت الفصائل حظراً للتجول في مدينة حلب يمتد حتى صباح اليوم السبت، قائلة إنه يهدف إلى «حماية أرواح المدنيين».\n"
        "وقالت الفصائل إن المدينة «ستُؤمَّن عسكرياً وأمنياً في غضون ساعات، ثم يُعلن تحريرها بالكامل».\n"
        "وذكرت فصائل المعارضة السورية المسلحة أن مقاتليها انتزعوا السيطرة على أجزاء من وسط حلب ومناطق أخرى في ريف "
        "إدلب بشمال غرب البلاد، مشيرة إلى أن تأمين المدينة كلها سيُعلن بعد ساعات.\n"
        "وفي بيان أصدرته مساء الجمعة، قالت الفصائل إن عناصرها باتوا يسيطرون على قلعة حلب والجامع الأموي، وذلك بعدما "
        "أعلنت اقتحام الكلية العسكرية وكلية المدفعية في حي الزهراء بالمدينة.\n"
        "وتابعت أن ريف حلب الغربي صار كله في قبضتها، وكذلك مدينة سراقب ذات الموقع الاستراتيجي في محافظة إدلب، عقب "
        "معارك عنيفة خاضتها ضد قوات النظام السوري والقوات الحليفة له.\n"
        "كما أكدت أنها أمسكت بمبنى قيادة الشرطة في حلب وبمقر المحافظة والقصر البلدي والساحة الكبرى في قلب المدينة، "
        "إضافة إلى 14 حياً سكنياً في غرب المدينة وجنوبها ووسطها.\n"
        "وأوضحت أن حصيلة ما انتزعته في الريفين الغربي والجنوبي لحلب وصلت إلى 70 بين بلدة وقرية وموقع عسكري.",
        [E("statement", None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2024-11-30", "الفصائل", FSA,
           note="a curfew decreed by the factions (a decision: statement, stop 32), placed at the city it concerns; "
                "their forecast that the city will be secured within hours is part of the same announcing, not coded "
                "apart (future)"),
         E("territory_change", Q("14", 14), PL("حلب", "Aleppo", "Aleppo", nth=1), "2024-11-29",
           "فصائل المعارضة السورية المسلحة", FSA,
           note="central Aleppo: the mosque, the citadel, the police command, the governorate, the municipal palace and "
                "14 neighbourhoods (landmarks at their town): one act told over the Friday statement and its sequel; "
                "the figure the neighbourhoods; source the factions"),
         E("territory_change", None, PL("الكلية العسكرية", "Military College (Aleppo)", "Aleppo"), "2024-11-29", "الفصائل",
           FSA, note="the storming of the Military and Artillery colleges in al-Zahraa announced before the statement: "
                     "a military site is its own place; a coder could fold it into the city's taking"),
         E("territory_change", None, PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"), "2024-11-29", "الفصائل",
           FSA, note="the whole western countryside, «وتابعت» carries the factions"),
         E("territory_change", None, PL("سراقب", "Saraqib", "Idlib"), "2024-11-29", "الفصائل", FSA,
           note="after fierce battles with the regime and its allies; the lead's «areas of the Idlib countryside» is "
                "this telling"),
         E("territory_change", Q("70", 70), PL("الريفين الغربي والجنوبي لحلب", "Western and southern Aleppo countryside",
                                               "Aleppo"), None, "الفصائل", FSA, kind="aggregate",
           note="the running count of towns, villages and military sites taken since the offensive began (period "
                "2024-11-27..2024-11-29)")])

passage("kv05", "2025-04-09", "Qasioun News",
        "a raid campaign in a Homs quarter; a recalled arrest with a source's telling; a second operation three days "
        "before | page: https://mail.qasioun-news.com/ar/articles/82875/حملة-أمنية-في-حمص-تطارد-فلول-النظام-المخلوع",
        "قوى الأمن تلاحق بقايا النظام المخلوع في حمص\n"
        "شنت قوى الأمن الداخلي، وهي ذراع لوزارة الداخلية السورية، في صباح الأربعاء التاسع من نيسان/أبريل 2025، "
        "حملة دهم واسعة في حي المهاجرين داخل مدينة حمص طالت فلول النظام البائد. وقالت مصادر من المنطقة إن القوى "
        "الأمنية أوقفت عدداً من الأشخاص المشتبه بارتباطهم بالأجهزة الأمنية السابقة، تمهيداً لاستجوابهم في اتهامات "
        "تخص أعمال تخريب وتجاوزات ارتُكبت في الماضي. ودهمت الدوريات بيوت المطلوبين، ثم غادرت الحي بعد أن أنجزت "
        "مهمتها.\n"
        "وتندرج الحملة في سياق عمليات أمنية متلاحقة تنفذها الحكومة السورية الجديدة في المدينة وريفها لتعقب من تبقى "
        "من أتباع النظام الذي انهار في كانون الأول/ديسمبر 2024. وفي إطار متصل، أوقفت إدارة الأمن العام في حمص "
        "قبل أيام عنصراً سابقاً في فرع الأمن السياسي اسمه عادل قرقور، متهماً بارتكاب تجاوزات بحق السكان. ونقل تلفزيون "
        "سوريا عن مصدر خاص أن قرقور، الذي تنقّل في خدمته بين حمص ودرعا وحلب، شارك في عمليات إعدام ميداني إبان سنوات "
        "الثورة، استناداً إلى إفادات من الأهالي.\n"
        "وفي عملية منفصلة جرت في السادس من الشهر الحالي، ألقى جهاز الأمن الداخلي القبض على عدد ممن تعاملوا مع النظام "
        "السابق في الحولة، المنطقة الواقعة بريف حمص، بينهم حسن عبد الرزاق الشيخ وفراس عبد الرزاق الشيخ ومازن نعيم المعروف "
        "بلقب «مازن الطويل».",
        [E("arrest", None, PL("المهاجرين", "Al-Muhajirin (Homs)", "Homs"), "2025-04-09", "مصادر من المنطقة", NEWGOV,
           note="the raid and its arrests are one act; «عدداً من» is no figure; the local sources tell the arrests"),
         E("arrest", None, None, None, None, NEWGOV,
           note="a recalled arrest «قبل أيام» (no day: undated); by the governorate's directorate, no place of arrest "
                "named (a coder could place it at Homs); the private source tells the man's past, not the arrest, so "
                "the outlet"),
         E("arrest", None, PL("الحولة", "Al-Houla", "Homs"), "2025-04-06", None, NEWGOV,
           note="a list of three names, no figure; the page's next sentence (the office's statement) is cut off")])

passage("kv06", "2024-12-27", "Syria TV",
        "a raid campaign in Hama told by the ministry's photos; a summary list with ambushes in Homs countryside and "
        "Tartus | page: https://syria.tv/الأمن-العام-يدهم-أوكار-فلول-نظام-الأسد-في-حماة-صور",
        "صور | الأمن العام يداهم مخابئ لفلول نظام الأسد في حماة\n"
        "تلفزيون سوريا ـ إسطنبول\n"
        "الملخص:\n"
        "- نفذت وزارة الداخلية السورية مداهمات موسعة في محافظة حماة وفي مدن أخرى بحثاً عن فلول نظام الأسد، وأوقفت "
        "أعداداً كبيرة من العناصر والقادة المتهمين بجرائم بحق السوريين على مدى السنوات الماضية.\n"
        "- وقعت قوات الأمن في كمائن نصبها فلول النظام المخلوع، فسقط من عناصرها قتلى وجرحى، ولا سيما في ريف حمص وفي "
        "طرطوس، حيث كانت الحملة تلاحق زعماء عصابات خطرة.\n"
        "- تمضي الوزارة في مساعيها لحصر السلاح وبسط الأمن في المناطق المضطربة، وتركز على توقيف المطلوبين وتطبيق "
        "القانون.\n"
        "نفذت قوات إدارة الأمن العام التابعة لوزارة الداخلية، مساء أمس الخميس، عمليات دهم طالت مخابئ ومعاقل يتحصن فيها "
        "عناصر من بقايا نظام الأسد في أنحاء المحافظة نفسها.\n"
        "وعرضت الوزارة على صفحتها في فيس بوك صوراً للمداهمات التي شنتها على مواقع فلول النظام البائد في أرجاء متفرقة "
        "من حماة، قالت إنها انتهت بتوقيف أعداد كبيرة منهم.\n"
        "ومنذ يومين، تخوض وزارة الداخلية حملة تمشيط موسعة تتعقب فيها أتباع النظام السابق في مدن سورية عدة.",
        [E("arrest", None, PL("محافظة حماة", "Hama governorate", "Hama"), "2024-12-26", "الوزارة", NEWGOV,
           note="the summary's first line and the body tell one act (Thursday evening raids with many arrests, no "
                "figure); the next sentence (the ministry's photos of the arrests) comes back to it, so its source; the "
                "two-day combing in several cities is the frame, not coded"),
         E("armed_clash", None, PL("ريف حمص", "Homs countryside", "Homs"), "2024-12-27", None, LOYAL,
           note="ambushes on the security forces with dead and wounded (no number), told for Homs countryside and "
                "Tartus: one act over two places, gold at the first; undated, the item's news: publication day")])

passage("kv07", "2025-08-27", "Al Jazeera",
        "a second strike in a day on the same area; the first day's drone strike with its toll relayed from the state "
        "channel, its place from the reporter, a strike on the rescuers; a recalled strike on a house in Quneitra "
        "| page: https://www.aljazeera.net/news/2025/8/27/طائرات-إسرائيلية-تقصف-جنوبي-دمشق",
        "غارات إسرائيلية على جنوب دمشق للمرة الثانية خلال يوم\n"
        "قصفت الطائرات الإسرائيلية مجدداً ثكنات عسكرية في منطقة الكسوة إلى الجنوب من دمشق، في ثاني هجوم جوي يطال "
        "المنطقة خلال أقل من يوم، وفق مصادر تحدثت للجزيرة.\n"
        "وأوضحت المصادر أن الضربة الجديدة وقعت بعدما نجح الجيش السوري في انتشال جثث جنوده الذين سقطوا أمس بغارة على "
        "الموقع ذاته، مضيفة أن المقاتلات الإسرائيلية ظلت تحوم بعض الوقت فوق المكان بعد القصف.\n"
        "وكانت قناة الإخبارية السورية الرسمية قد أعلنت أن 6 جنود لقوا حتفهم أمس الثلاثاء، حين ضربت مسيّرات إسرائيلية "
        "مواقع للجيش في مدينة الكسوة.\n"
        "وبحسب مراسل الجزيرة، طالت غارة الأمس عسكريين داخل كتيبة للجيش في منطقة الحرجلة المجاورة للكسوة، ثم عادت "
        "المسيّرات فضربت فريقاً من الدفاع المدني هرع لإنقاذ الجرحى، فأصيب عدد آخر.\n"
        "ونقلت مصادر محلية أن الطائرات أغارت بينما كان الجنود يتدربون على قيادة الدبابات في أحد المواقع العسكرية، وأن "
        "أصوات انفجارات دوّت في الوقت نفسه في المطلة وتل المانع القريبتين بسبب انفجار ذخائر من مخلفات الحرب.\n"
        "ويأتي هذا التصعيد غداة مقتل شخص أمس الثلاثاء بقصف إسرائيلي أصاب منزلاً في طرنجة، القرية الواقعة في ريف القنيطرة الشمالي.",
        [E("airstrike", None, PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2025-08-27", "مصادر تحدثت للجزيرة", ISR,
           note="today's strike on barracks, no toll; «وأوضحت المصادر» tells when it came, the same act"),
         E("airstrike", Q("6", 6), PL("الحرجلة", "Al-Harjalah", "Rif Dimashq"), "2025-08-26",
           "قناة الإخبارية السورية الرسمية", ISR,
           note="yesterday's drone strike: the toll from the state channel (the first telling), the most specific place "
                "from the reporter (a battalion in al-Harjalah, beside Kiswah); the tank training is its circumstance; "
                "the war-remnant blasts at al-Mutilla and Tal al-Mani hurt nobody and were no attack: not coded"),
         E("airstrike", None, PL("الحرجلة", "Al-Harjalah", "Rif Dimashq"), "2025-08-26", "مراسل الجزيرة", ISR,
           note="the drones came back and hit a civil defence team rescuing the wounded: another target (civilians), "
                "coded apart; only wounded, no figure; a coder could fold it into the strike before"),
         E("shelling", None, PL("طرنجة", "Turanjah", "Quneitra"), "2025-08-26", None, ISR,
           note="the writer's recall («ويأتي هذا التصعيد غداة»): the outlet; «قصف» on a house with one dead (a singular, "
                "no figure); a coder could type it airstrike")])

passage("kv08", "2025-12-16", "Al-Araby Al-Jadeed",
        "a summary list glued above the body (a clash, an accusation and its denial, raids with arrests); the body: "
        "local sources' clash and the SDF's telling of shelling on three places "
        "| page: https://www.alaraby.co.uk/politics/سورية-اشتباكات-بين-الجيش-وقسد-في-محيط-سد-تشرين",
        "- دارت مواجهات بين «قوات سوريا الديمقراطية» (قسد) والجيش السوري حول تلة سيرياتيل المجاورة لسد تشرين، وقصفت "
        "مدفعية الجيش مواقع لـ«قسد»، في تصعيد ينذر بزعزعة أمن المنطقة.\n"
        "- تحمّل وزارة الدفاع السورية «قسد» مسؤولية مقتل جنديين في هجوم سابق، وتنفي «قسد» أي علاقة لها بذلك، فيما يبقى "
        "السد بؤرة احتكاك دائمة بين الجانبين لقيمته الاستراتيجية والاقتصادية.\n"
        "- شنت «قسد» مداهمات في قرية موزان بريف دير الزور، واحتجزت 10 أشخاص إثر إغلاق مدرسة على خلفية نزاع محلي.\n"
        "أفادت «العربي الجديد» نقلاً عن مصادر محلية بأن قتالاً نشب بين قوات الجيش السوري ومسلحي «قسد» خلال ليل الاثنين-الثلاثاء "
        "حول تلة سيرياتيل القريبة من سد تشرين، في ريف حلب الشرقي شمالي البلاد، وتواصل حتى فجر اليوم الثلاثاء، مشيرة "
        "إلى أنه لم يدم طويلاً ثم توقف.\n"
        "في المقابل، أصدر المكتب الإعلامي لـ«قسد» بياناً في الليلة ذاتها اتهم فيه الجيش السوري بقصف نقاط في محيط السد "
        "بالمدفعية والسلاح الثقيل، وذكر أن القصف طال قريتي حج حسين وشيخ محشي فضلاً عن تلة سيرياتيل.",
        [E("armed_clash", None, PL("تلة سيرياتيل", "Syriatel hill (Tishreen Dam)", "Aleppo"), "2025-12-15", "مصادر محلية",
           NEWGOV, note="the summary's first line and the body's clash are one incident; the night of Monday to Tuesday, "
                        "dated Monday; the hill by the dam is the most specific place; the army against the SDF"),
         E("shelling", None, PL("حج حسين", "Hajj Hussein", "Aleppo"), "2025-12-15", "المكتب الإعلامي لـ«قسد»", NEWGOV,
           note="the SDF's telling: artillery and heavy weapons on two villages and the hill, one act over a list "
                "(gold at the first place); the summary's «قصفت مدفعية الجيش» is this act; a coder could fold it into "
                "the clash"),
         E("armed_clash", None, None, None, "وزارة الدفاع السورية", SDF,
           note="two soldiers killed in an earlier attack (a dual: no figure), undated and unplaced; the ministry blames "
                "the SDF, the SDF's denial adds no event; the accusation is this incident's telling, no statement"),
         E("arrest", Q("10", 10), PL("موزان", "Muzan", "Deir ez-Zor"), "2025-12-16", None, SDF,
           note="raids and 10 detained after a school was closed; told only in the summary: the outlet; undated, the "
                "item's news: publication day")])

passage("kv09", "2024-03-08", "Al Mayadeen",
        "Friday protests against HTS's leader in many towns; the reporter's list; a glued tweet; fire on protesters "
        "with no place | page: https://almayadeen.net/news/politics/-إسقاط-الجولاني----التظاهرات-ضد--تحرير-الشام--تتصاعد-شمالي-س",
        "«ليسقط الجولاني».. احتجاجات متصاعدة على «تحرير الشام» في الشمال السوري والرصاص يواجهها\n"
        "عادت الاحتجاجات على أبو محمد الجولاني، قائد هيئة تحرير الشام، إلى مدينة إدلب وريف حلب، حيث يطالب المحتجون "
        "بإنهاء قبضة الهيئة على شؤون الحياة في شمال غرب سوريا.\n"
        "وخرج المحتجون من جديد في قلب مدينة إدلب وفي أرياف حلب، رافعين لافتات تدعو إلى إسقاط الجولاني وتفكيك جهاز "
        "«الأمن العام» الذي تديره الهيئة وإطلاق سراح المعتقلين.\n"
        "ونقل مراسل الميادين أن حشوداً كبيرة تظاهرت في الأتارب ودارة عزة، البلدتين الواقعتين غرب حلب، اليوم الجمعة، "
        "مرددة المطالب ذاتها بإسقاط الجولاني وتفكيك أجهزته الأمنية.\n"
        "وعقب صلاة الجمعة، انطلقت مسيرات كبيرة في أنحاء واسعة من قرى إدلب وبلداتها، تنادي بخلع الجولاني ومحاكمته وإلغاء "
        "جهازه الأمني.\n"
        "وأضاف المراسل أن رقعة الاحتجاج على حكم الجولاني تتسع ويشتد زخمها، إذ امتدت إلى جسر الشغور وأريحا، وهما من "
        "أكبر مدن محافظة إدلب، وإلى معرة مصرين وحزانو اللتين تشهدان أول تظاهرات من نوعها ضد زعيم الهيئة.\n"
        "«احتجاجات شعبية واسعة تعم أغلب أنحاء إدلب رفضاً لسياسات الهيئة والجولاني» (تغريدة للناشط سامر العمر، 8 آذار/مارس "
        "2024)\n"
        "وأشار المراسل كذلك إلى أن الرصاص أُطلق نحو المتظاهرين.",
        [E("protest", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2024-03-08", None, PROT,
           note="the protest in Idlib city (headline, lead and the body's «قلب مدينة إدلب» one telling); the marches "
                "across Idlib's villages after prayer and the glued tweet retell the day, no event apart; the shots "
                "fired at protesters (no place, no toll) are not placed: noted here, not coded apart"),
         E("protest", None, PL("الأتارب", "Al-Atarib", "Aleppo"), "2024-03-08", "مراسل الميادين", PROT,
           note="two towns in one sentence (Atarib, Darat Izza): one act over a list, gold at the first"),
         E("protest", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2024-03-08", "المراسل", PROT,
           note="«وأضاف المراسل»: the protests spreading to four towns (Jisr al-Shughur, Ariha, Maarrat Misrin, "
                "Hazano): one act over a list, gold at the first")])

passage("kv10", "2017-09-15", "Al-Hayat (via Sauress)",
        "SOHR: a quarter taken with coalition strikes, displacement, the share of the city, trapped civilians by two "
        "sources; published the day after SOHR's report (inferred) | page: https://sauress.com/alhayat/24053253",
        "أحرزت «قوات سورية الديموقراطية» تقدماً جديداً في مواجهة تنظيم «داعش» داخل الرقة شمالي البلاد، وصار ثلثا "
        "المدينة في قبضتها. وقال «المرصد السوري لحقوق الإنسان» إن هذه القوات، التي تجمع فصائل كردية وعربية مدعومة "
        "أميركياً، «انتزعت حي الثكنة في قلب المدينة إثر قتال ضارٍ مع التنظيم وضربات جوية كثيفة شنها التحالف الدولي» "
        "الذي تقوده الولايات المتحدة. وأضاف المرصد أن القتال «أجبر السكان على الهرب من الثكنة نحو حي البدو المتاخم "
        "ونحو الأحياء التي لا يزال داعش يمسك بها في شمال المدينة». وبهذا التقدم، تبسط القوات، وفق المرصد، سيطرتها على ما نسبته "
        "«سبعين في المئة من الرقة» التي شكلت عاصمة التنظيم في سورية.\n"
        "ومنذ حزيران (يونيو)، تقاتل هذه القوات بإسناد من التحالف داخل المدينة لإخراج مسلحي التنظيم منها، وقد تسببت "
        "المواجهات في فرار عشرات آلاف المدنيين. وتقدّر الأمم المتحدة أن نحو 25 ألفاً لا يزالون عالقين في الأحياء "
        "الخاضعة لـ«داعش»، غير أن «المرصد» يرى أن عددهم بات دون عشرة آلاف مدني بعدما فرّ كثيرون مع اشتداد المعارك. "
        "وقال المرصد إن «معركة الرقة بلغت أطوارها الأخيرة».",
        [E("territory_change", None, PL("حي الثكنة", "Al-Thakanah (Raqqa)", "Raqqa"), "2017-09-15",
           "المرصد السوري لحقوق الإنسان", SDF,
           note="the quarter taken after fighting; undated, the item's news: publication day (inferred from the page's "
                "sister reports of the 14th)"),
         E("airstrike", None, PL("حي الثكنة", "Al-Thakanah (Raqqa)", "Raqqa"), "2017-09-15",
           "المرصد السوري لحقوق الإنسان", COAL,
           note="the coalition's intense strikes that went with the taking, coded apart as ACLED codes air strikes; a "
                "coder could fold them into the taking"),
         E("other", None, PL("الثكنة", "Al-Thakanah (Raqqa)", "Raqqa", nth=1), "2017-09-15", "المرصد", None,
           note="displacement from the quarter to al-Badu and the ISIS-held north; «وأضاف المرصد» carries"),
         E("territory_change", Q("سبعين في المئة", 70, kind="percent"), PL("الرقة", "Raqqa", "Raqqa"), None, "المرصد",
           SDF, kind="aggregate",
           note="the share of the city held since the battle began in June (period 2017-06..2017-09-15); the lead's "
                "«ثلثا» is the same tally rounded"),
         E("other", Q("عشرات آلاف", 20000, 90000, True), PL("الرقة", "Raqqa", "Raqqa", nth=2), None, None, None,
           kind="aggregate",
           note="civilians fled since June: a displacement aggregate, the outlet's background; the UN's 25 thousand "
                "and SOHR's under ten thousand still trapped are a state, no event")])

passage("kv11", "2017-07-18", "Al-Jazirah (Saudi, via Sauress), AFP copy",
        "Raqqa: a quarter announced taken, coalition strikes with civilian dead, the regime's villages and oil fields "
        "by state media and SOHR; published the day after (inferred from «أمس» and Monday) "
        "| page: https://sauress.com/aljazirah/1707183222",
        "دارت يوم الاثنين معارك ضارية في مدينة الرقة السورية، بالتزامن مع ما أعلنته قوات سوريا الديموقراطية المدعومة أميركياً "
        "من انتزاع حي آخر من يد داعش، بينما استعادت قوات النظام قرى وآبار نفط في المنطقة. وكانت أصوات القصف المدفعي وغارات "
        "التحالف الدولي بقيادة واشنطن تُسمع بوضوح في الأحياء الغربية من الرقة، المعقل الأبرز للتنظيم في سوريا، وقد "
        "أوقعت غارات التحالف عشرة قتلى من المدنيين، وفق المرصد السوري لحقوق الإنسان.\n"
        "وقد كان المقاتلون العرب والأكراد المنضوون في صفوف قوات سوريا الديموقراطية قد شنوا هجومهم تحت مظلة جوية من "
        "التحالف وبدعم من بطاريات مدفعية قدمتها مشاة البحرية الأميركية (المارينز)، وقد أعلنت هذه القوات أمس بسط "
        "سيطرتها على اليرموك، الحي الواسع في جنوب غرب المدينة.\n"
        "من جهته، أعلن الإعلام الرسمي السوري الاثنين أن الجيش استعاد عدداً من القرى وحقول النفط في ريف الرقة وريف "
        "دير الزور، ودمّر «عشرات» العربات العائدة للتنظيم. وشدد المرصد السوري لحقوق الإنسان بدوره، في اليوم نفسه، على أن القوات "
        "الحكومية تقدمت تحت غطاء جوي كثيف من طيرانها وطيران حليفتها روسيا.",
        [E("territory_change", None, PL("اليرموك", "Al-Yarmouk (Raqqa)", "Raqqa"), "2017-07-17",
           "قوات سوريا الديموقراطية", SDF,
           note="the lead's «حي آخر» and the later «اليرموك» are one act; the SDF announced it «أمس» = Monday; the "
                "fierce battles of the day are its frame"),
         E("airstrike", Q("عشرة", 10), PL("الرقة", "Raqqa", "Raqqa", nth=1), "2017-07-17", "المرصد السوري لحقوق الإنسان",
           COAL, note="coalition strikes on the western quarters with ten civilians dead; the artillery heard with them "
                      "is not coded apart"),
         E("territory_change", None, PL("ريف الرقة", "Raqqa countryside", "Raqqa"), "2017-07-17",
           "الإعلام الرسمي السوري", GOV,
           note="villages and oil fields in two countrysides: one act over a list, gold at the first; the dozens of "
                "vehicles destroyed are part of it (not people, no figure); SOHR's confirmation is another telling"),
         E("airstrike", None, PL("ريف الرقة", "Raqqa countryside", "Raqqa"), "2017-07-17", "المرصد السوري لحقوق الإنسان",
           GOV, note="the heavy regime and Russian air cover of the advance, told by SOHR as its own clause; a coder could "
                     "leave it as the frame of the taking")])

passage("kv12", "2025-01-09", "Asia News (Lebanon)",
        "a byline piece: the fighting at Tishreen Dam, a dated strike on a civilian convoy, the SNA's statement, the "
        "SDF's accusation | page: https://www.asianewslb.com/?id=177147&page=article",
        "دم منبج.. مجزرة حول سد تشرين\n"
        "بقلم: نادر الحسين\n"
        "تتسارع وتيرة التصعيد العسكري حول سد تشرين شرق مدينة منبج، حيث يخوض الجيش الوطني السوري معارك شرسة ضد قوات سوريا "
        "الديمقراطية (قسد)، أوقعت أعداداً كبيرة من الضحايا بين المدنيين والمقاتلين.\n"
        "ويوم الأربعاء، الثامن من كانون الثاني 2025، قُتل 6 مدنيين وجُرح آخرون حين استُهدفوا قرب السد بعدما اقتربوا من "
        "خطوط القتال. وذكرت تقارير أن قافلة من المدنيين يرافقها مسعفون وصحفيون اتجهت نحو المنطقة، إلا أن الطواقم "
        "الطبية كانت تفتقر إلى التجهيزات اللازمة لإسعاف الجرحى كما ينبغي.\n"
        "في المقابل، دعت «القوة المشتركة» المنضوية في الجيش الوطني السوري، في بيان، المدنيين إلى الابتعاد عن منطقة "
        "السد، ووصفتها بأنها ساحة عمليات عسكرية تشهد قتالاً شرساً، واتهمت «قسد» بالزج بالمدنيين في الصفوف الأمامية "
        "ليكونوا دروعاً بشرية، وبمحاولة توظيفهم لتهديد أمن سوريا وخدمة حزب العمال الكردستاني (PKK) ومشروعه.\n"
        "أما «قسد» فاتهمت تركيا بأن مسيّراتها قصفت القافلة المدنية التي كانت في طريقها إلى السد للاحتجاج على الضربات "
        "التركية.",
        [E("armed_clash", None, PL("سد تشرين", "Tishreen Dam", "Aleppo"), "2025-01-09", None, None,
           note="the ongoing battle between the SDF and the SNA with many (unnumbered) victims; two sides, no actor1; "
                "undated, the item's news: publication day"),
         E("airstrike", Q("6", 6), PL("سد تشرين", "Tishreen Dam", "Aleppo", nth=1), "2025-01-08", None, TUR,
           note="the six civilians killed near the dam and the SDF's telling of a Turkish drone hitting the convoy are "
                "one incident: the outlet tells the toll first; the SDF gives the actor and the kind (a drone). The "
                "convoy went to protest: a coder could code a protest with six dead"),
         E("statement", None, PL("سد تشرين", "Tishreen Dam", "Aleppo", nth=1), "2025-01-09", "«القوة المشتركة»", SNA,
           note="the Joint Force's call on civilians to stay away and its accusations: a named body's call (stop 32); "
                "undated, publication day")])

passage("kv13", "2020-02-03", "Fresh Syria",
        "Turkish soldiers killed at an observation post, the ministry's statement and retaliation, the campaign's "
        "tallies | page: https://freshsyria.net/?p=44044",
        "مقتل جنود أتراك بقذائف لقوات الأسد استهدفت نقطة مراقبة تركية بإدلب\n"
        "لقي أربعة عسكريين أتراك حتفهم وجُرح تسعة غيرهم، حين قصفت مدفعية قوات نظام الأسد نقطة المراقبة التي يتمركز فيها "
        "الجيش التركي في قرية الترنبة، إلى الغرب من مدينة سراقب في ريف إدلب.\n"
        "وقالت وزارة الدفاع التركية اليوم الاثنين، ضمن بيان أصدرته، إن جنودها ردّوا فوراً على مصادر القصف.\n"
        "وأضافت الوزارة أن قوات النظام صوّبت نيرانها مباشرة على الجنود الأتراك الذين أُرسلوا إلى المنطقة للحيلولة دون "
        "اندلاع مواجهات في إدلب، مع أن مواقعهم كانت قد أُبلغت مسبقاً.\n"
        "ولفت البيان إلى أن أحد الجرحى في وضع صحي خطير، وأكدت الوزارة أنها تراقب تطورات الموقف من كثب، وقد اتخذت ما "
        "يلزم من إجراءات، ونعت الجنود القتلى معزية أسرهم والشعب التركي والقوات المسلحة، ومتمنية الشفاء السريع "
        "للمصابين.\n"
        "ويُقتل الجنود الأتراك في خضم حملة عسكرية يشنها النظام والميليشيات الرديفة بغطاء جوي روسي على ريفي إدلب الشرقي "
        "وحلب الجنوبي والغربي، ترافقت مع غارات كثيفة وقصف بالمدفعية والصواريخ، وأدت إلى مقتل ما يزيد على 1500 مدني "
        "وتشريد أكثر من مليوني شخص نحو الحدود التركية.",
        [E("shelling", Q("أربعة", 4), PL("الترنبة", "Tronbeh", "Idlib"), "2020-02-03", "وزارة الدفاع التركية", GOV,
           note="the headline and lead are the ministry's incident: its next sentences come back to it (fire aimed "
                "straight at the troops), so its source; the nine wounded are not the figure; Saraqib is a bearing; "
                "undated in the text, the item's news: the statement's day"),
         E("shelling", None, None, "2020-02-03", "وزارة الدفاع التركية", TUR,
           note="the immediate return fire on the sources of the shelling, no place named; a coder could type it "
                "armed_clash"),
         E("casualties", Q("ما يزيد على 1500", 1500, None, True), None, None, None, GOV, kind="aggregate",
           note="the campaign's civilian dead (air strikes, artillery and rockets: several kinds, so casualties); "
                "start of the campaign not given"),
         E("other", Q("أكثر من مليوني", 2000000, None, True), None, None, None, None, kind="aggregate",
           note="the campaign's displaced; the Turkish border is where they went, no place")])

passage("kv14", "2020-03-03", "Arta FM",
        "a Turkish soldier killed at Taftanaz airport (SOHR), a Syrian jet downed (both sides' telling), a count of "
        "jets, drone strikes, a recalled strike of 27 February | page: http://artafm.com/news/20157",
        "جندي تركي قتيل وجرحى بقذائف سورية على مطار تفتناز\n"
        "قضى جندي تركي وجُرح ثلاثة من رفاقه بعدما قصفت مدفعية القوات الحكومية السورية نقطة مراقبة للجيش التركي في ريف "
        "إدلب.\n"
        "وبحسب المرصد السوري لحقوق الإنسان، فإن القذائف سقطت على الموقع العسكري التركي داخل مطار تفتناز العسكري في "
        "الريف الإدلبي.\n"
        "وفي تطور آخر، قالت وزارة الدفاع التركية إن قواتها أسقطت مقاتلة حربية سورية فوق إدلب، موضحة أنها من طراز «إل-39».\n"
        "من جهتها، أكدت الوكالة العربية السورية للأنباء (سانا) أن القوات التركية أصابت طائرة حربية سورية في سماء إدلب، "
        "ونقلت عن مصدر عسكري أن صاروخاً أطلقه الطيران التركي أسقط المقاتلة إلى الشمال الغربي من معرة النعمان، من دون أن "
        "تذكر ما حلّ بطاقمها.\n"
        "وبذلك يكون الجيش التركي قد أسقط ثلاث طائرات فوق إدلب في غضون ثلاثة أيام.\n"
        "ويفيد المرصد بأن المسيّرات التركية تواصل ضرب مواقع القوات الحكومية حول سراقب وفي ريف إدلب الشرقي.\n"
        "ويُذكر أن 33 عسكرياً تركياً كانوا قد لقوا حتفهم في 27 شباط/فبراير الماضي، بغارة جوية سورية على منطقة إدلب.",
        [E("shelling", None, PL("مطار تفتناز العسكري", "Taftanaz military airport", "Idlib"), "2020-03-03",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="one soldier dead (a singular: no figure); the next sentence (SOHR) comes back with the place, so its "
                "source; a listed airport is its own place"),
         E("armed_clash", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2020-03-03", "وزارة الدفاع التركية", TUR,
           note="a Syrian L-39 downed by a Turkish missile: the ministry's and SANA's tellings are one incident; placed "
                "where SANA says it fell; TYPE CALL: an air-to-air downing is no strike on the ground, coded as an "
                "engagement of two forces (a coder could code airstrike or other)"),
         E("armed_clash", Q("ثلاث", 3, nth=1), PL("إدلب", "Idlib", "Idlib", nth=4), None, None, TUR, kind="aggregate",
           note="three jets downed over Idlib in three days (period 2020-03-01..2020-03-03), today's included: a "
                "running count, the outlet's"),
         E("airstrike", None, PL("سراقب", "Saraqib", "Idlib"), "2020-03-03", "المرصد", TUR,
           note="Turkish drones keep hitting government positions around Saraqib and in the eastern countryside: one "
                "act over two places, gold at the first"),
         E("airstrike", Q("33", 33), PL("إدلب", "Idlib", "Idlib", nth=6), "2020-02-27", None, GOV,
           note="a recall with its own day (background): the outlet; «منطقة إدلب» a region")])

passage("kv15", "2023-08-11", "Addiyar",
        "an ISIS ambush on a bus with its toll; recalls of the month: bombings, the leader's death and Turkey's claim, "
        "a security source's kill; published date inferred (a week after ISIS named its leader's death) "
        "| page: https://addiyar.com/article/2112279-استشهاد-20-عسكريا-سوريا-في-كمين-لداعش-شرق-دير-الزور",
        "استشهاد 20 عسكرياً سورياً بكمين لـ«داعش» في بادية دير الزور\n"
        "قضى 20 عسكرياً ينتمون إلى الفرقة 17 بالجيش السوري وأصيب 10 آخرون، حين وقعت الحافلة التي كانت تقلّهم في كمين بريف دير "
        "الزور الشرقي. وتفيد المعلومات بأن «عناصر من تنظيم داعش كمنوا لحافلة تنقل العسكريين إلى مواقعهم في بادية الميادين، "
        "على الطريق المؤدي إلى المحطة الثانية (تي 2)».\n"
        "وكان «داعش» قد تبنى في الشهر الفائت التفجيرين اللذين وقعا في منطقة السيدة زينب جنوب دمشق، وأوقعا شهداء وعشرات "
        "الجرحى.\n"
        "وقبل أسبوع تقريباً، أقر التنظيم بمقتل زعيمه «أبي الحسين القرشي» خلال مواجهات في إدلب بشمال غرب البلاد، بحسب "
        "تسجيل صوتي وزعته وكالة «فرانس برس». وجاء في التسجيل أن زعيمه الرابع، أبا الحسين الحسيني القرشي، قُتل وهو "
        "يقاتل «هيئة تحرير الشام»، التي عُرفت سابقاً باسم «جبهة النصرة»، في الشمال الغربي، وأن أبا حفص الهاشمي القرشي بات خليفته على "
        "رأس التنظيم.\n"
        "وكانت تركيا قد أعلنت في أيار أنها قتلت القرشي في عملية داخل سوريا، ولم يصدر عن «داعش» حينها أي تعليق.\n"
        "وفي الشهر ذاته، قال مصدر أمني سوري إن قواته قضت على اثنين من أبرز قادة «داعش»، كانا مسؤولين عن اغتيالات "
        "وتفخيخ عبوات وهجمات متكررة طالت مدنيين وعسكريين في مدينة درعا.",
        [E("armed_clash", Q("20", 20, nth=1), PL("بادية الميادين", "Al-Mayadin desert", "Deir ez-Zor"), "2023-08-11", None,
           IS, note="the ambush on the bus: headline and lead one incident (the figure where the act is told; the "
                    "headline's 20 is the same); «تفيد المعلومات» names nobody: the outlet; undated, the item's news"),
         E("explosion", None, PL("السيدة زينب", "Sayyida Zaynab", "Rif Dimashq"), "2023-07", None, IS,
           note="a recall (background, month grain): two bombings claimed by ISIS, one act; dead unnumbered, the "
                "injured never the figure"),
         E("armed_clash", None, PL("إدلب", "Idlib", "Idlib"), None, "التنظيم", HTS,
           note="the leader killed fighting HTS, by ISIS's audio relayed by AFP (the source is the one relayed); a recall "
                "with no day; agent HTS as ISIS tells it; the successor's naming is not an event"),
         E("armed_clash", None, None, "2023-05", "تركيا", TUR,
           note="Turkey's claim to have killed the same man in an operation inside Syria (May): another telling of his "
                "death that disagrees; coded as Turkey's own operation, no place but the country; a coder could code a "
                "statement"),
         E("armed_clash", Q("اثنين", 2), PL("درعا", "Daraa", "Daraa"), "2023-05", "مصدر أمني سوري", GOV,
           note="two ISIS leaders killed by Syrian forces the same month; Daraa city is where they operated and the only "
                "place given; a coder could leave the place empty")])

passage("kv16", "2025-07-18", "Elmanshar",
        "an item in headed sections: a ministry's denial, the clashes' background and a monitor's raised toll, Israeli "
        "strikes, a ceasefire's terms, analysts | page: https://elmanshar.com/?p=142588",
        "الداخلية السورية تنفي دخول قواتها إلى السويداء.. وحصيلة القتلى ترتفع مع استمرار القتال\n"
        "السويداء – 18 تموز/يوليو 2025\n"
        "نفي رسمي\n"
        "قال نور الدين البابا، الناطق باسم وزارة الداخلية السورية، إن الوزارة «تنفي نفياً قاطعاً» أن يكون أي من "
        "عناصرها قد دخل محافظة السويداء، مؤكداً أن قواتها «في وضع الجاهزية المعتاد» ولم تتحرك.\n"
        "خلفية المواجهات\n"
        "في 13 تموز/يوليو اشتعل القتال بين مقاتلي عشائر بدوية وفصائل درزية في ريف السويداء، ثم امتد إلى داخل المدينة، وخلّف "
        "مئات القتلى بحسب المرصد السوري لحقوق الإنسان.\n"
        "الحصيلة\n"
        "وأفاد المرصد بأن عدد القتلى تخطى 350، من بينهم مدنيون وأفراد من وزارتي الدفاع والداخلية ومقاتلون من أبناء "
        "العشائر.\n"
        "الضربات الإسرائيلية\n"
        "شنت إسرائيل غارات على مواقع للحكومة في دمشق والسويداء، قائلة إنها تحمي الأقلية الدرزية، وأوقعت الضربات ضحايا "
        "بين جنود الجيش السوري.\n"
        "بنود وقف إطلاق النار\n"
        "- إيقاف القتال فوراً وعلى كل الجبهات.\n"
        "- عودة القوات الحكومية إلى ثكناتها.\n"
        "- إقامة حواجز أمنية يتولاها أبناء السويداء.\n"
        "- تشكيل لجنة مشتركة تحقق في الأحداث وتعوض المتضررين.\n"
        "إلى أين تمضي حرب السويداء؟\n"
        "يعتقد محللون أن صمود الاتفاق رهن بسرعة تطبيق بنوده، ولا سيما حماية المدنيين من البدو من أي انتقام.",
        [E("statement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2025-07-18", "نور الدين البابا", NEWGOV,
           note="a ministry's denial that is the item's news (stop 32): a statement of the body that denies, placed at "
                "the governorate it concerns; the entry denied is no event"),
         E("armed_clash", Q("350", 350, None, True), PL("ريف السويداء", "As-Suwayda countryside", "As-Suwayda"), None,
           "المرصد السوري لحقوق الإنسان", TRIBES, kind="aggregate",
           note="the clashes' running toll since 13 July (period 2025-07-13..2025-07-18): one cause, its type; SOHR "
                "raises its own «مئات» to over 350, the latest is the figure; the parts are a breakdown; the outbreak is "
                "this aggregate's start, not coded apart; placed where it began (a coder could take the governorate)"),
         E("airstrike", None, PL("دمشق", "Damascus", "Damascus"), None, None, ISR,
           note="strikes on government sites in Damascus and Suwayda: one act over two places, gold at the first; "
                "victims unnumbered; no day given (a section recalling the week): undated"),
         E("agreement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=5), None, None, None,
           note="the ceasefire and its four terms (a list of clauses, not events); no day and no parties named in the "
                "passage")])

passage("kv17", "2019-08-22", "Al-Madina (Saudi), AFP copy",
        "SOHR: a town taken a day after the factions withdrew, the director's telling, the day's dead of both sides "
        "| page: https://www.al-madina.com/article/646427/دولية/سوريا-قوات-النظام-تسيطر-على-خان-شيخون",
        "بسطت قوات النظام السوري، يوم أمس الأربعاء، سيطرتها على خان شيخون، المدينة ذات الأهمية الاستراتيجية في الشمال "
        "الغربي من البلاد، واستعادت مواقع محيطة بها، فقطعت كل الطرق المؤدية إلى نقطة مراقبة تابعة للجيش التركي، وفق ما "
        "ذكره المرصد السوري لحقوق الإنسان. ونقلت وكالة فرانس برس عن رامي عبد الرحمن، الذي يدير المرصد، قوله إن «القوات "
        "النظامية منشغلة الآن بتفكيك الألغام» داخل المدينة الواقعة جنوب محافظة إدلب. وبحسب المرصد، كانت فصائل "
        "المعارضة قد خرجت من خان شيخون يوم الثلاثاء، بينما كانت قوات النظام تتوغل فيها تحت غطاء من الغارات الجوية "
        "العنيفة.\n"
        "وأشار عبد الرحمن إلى أن «القوات الحكومية لم تدخل المدينة إلا بعد أن أطبقت على محيطها، كي تأمن أي هجوم معاكس» "
        "تشنه الفصائل. وتهيمن هيئة تحرير الشام، المعروفة سابقاً بجبهة النصرة، على معظم محافظة إدلب وعلى أجزاء من المحافظات "
        "المجاورة، وتوجد فيها كذلك فصائل معارضة أضعف شأناً. وأحصى المرصد مقتل 21 مقاتلاً من الفصائل، منهم 18 من "
        "المعارضة، إلى جانب عشرة من عناصر النظام والمسلحين الموالين له، في معارك الأربعاء.",
        [E("territory_change", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-08-21",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the taking, the demining and the factions' withdrawal on Tuesday are one act in its steps (ACLED "
                "codes the regaining once); the air strikes are its frame; HTS's hold on Idlib is a state"),
         E("armed_clash", Q("21", 21), PL("خان شيخون", "Khan Shaykhun", "Idlib", nth=1), "2019-08-21", "المرصد", None,
           note="Wednesday's battles: no total of both sides, so the first side numbered (21 faction fighters, 18 of "
                "them opposition: a breakdown); the ten regime dead are the other side, no second event; placed at "
                "the front the item is about")])

passage("kv18", "2017-02-23", "Arabic Post (relaying AFP and Anadolu)",
        "a city taken after a night attack, opposition sources, two commanders' quotes (the enemy's dead, families "
        "evacuated) | page: https://arabicpost.net/archive/2017/02/23/طردوا-داعش-المعارضة-السورية-المدعومة",
        "طرد «داعش» من الباب: المعارضة السورية المدعومة تركياً تعلن السيطرة على المدينة\n"
        "أحكمت فصائل الجيش السوري الحر، ومعها القوات التركية، قبضتها يوم الخميس 23 شباط/فبراير 2017 على مدينة الباب "
        "الواقعة شرق حلب في شمال سوريا، إثر أسابيع من القتال الضاري ضد تنظيم «داعش».\n"
        "ونقلت مصادر معارضة أن الفصائل المنضوية في عملية «درع الفرات»، التي تساندها القوات المسلحة التركية، هاجمت ليل "
        "الأربعاء مواقع التنظيم في الباب بهدف إتمام السيطرة عليها، فانتزعت المربع الأمني ومواقع أخرى في قلب المدينة.\n"
        "وأوضحت المصادر أن المقاتلين يعملون الآن على إزالة الألغام التي زرعها التنظيم بأعداد هائلة في أنحاء المدينة.\n"
        "وقال سيف أبو بكر، قائد «فرقة الحمزة»: «دخلنا مساء الأربعاء مركز المدينة، أي مربعهم الأمني، فانهاروا تماماً، "
        "وأنهينا العملية في السادسة صباحاً (04:00 بتوقيت غرينتش) وباتت المدينة كلها بأيدينا».\n"
        "أما أبو جعفر، وهو قائد عسكري في «لواء المعتصم»، فقال: «قتلنا عشرات من مسلحي التنظيم وأجلينا قرابة 50 عائلة من "
        "الباب»، مضيفاً أن قواته «ستفرغ من تمشيط ما تبقى من المدينة وستحصّن خطوطها الدفاعية».\n"
        "ومنذ قرابة شهرين، تمثل الباب، آخر معاقل الجهاديين البارزة في محافظة حلب، الهدف الأبرز لعملية «درع الفرات».",
        [E("territory_change", Q("عشرات", 20, 90, True), PL("الباب", "Al-Bab", "Aleppo"), "2017-02-23", "مصادر معارضة",
           FSA, note="the night attack, the security square and the full taking at six in the morning are one act; the "
                     "next sentence (opposition sources) comes back to it, so its source; the dozens of ISIS dead a "
                     "commander gives are its figure; the demining is part of it; Turkish forces took part (agent the "
                     "FSA as the text leads)"),
         E("other", Q("قرابة 50", 50, approx=True), PL("الباب", "Al-Bab", "Aleppo", nth=3), "2017-02-23", "أبو جعفر", FSA,
           note="families evacuated from the city (an evacuation: other); the figure counts families")])

passage("kv19", "2022-07-02", "Damascus Voice",
        "SNHR's half-year report: the total with its parts by perpetrator and cause (some figures written in words) "
        "| page: https://damascusv.com/archives/44968",
        "أصدرت الشبكة السورية لحقوق الإنسان يوم السبت الثاني من تموز تقريراً أحصت فيه 568 مدنياً قُتلوا في سوريا في "
        "الشهور الستة الأولى من 2022، بينهم مئة وخمسة عشر طفلاً وثلاث وخمسون امرأة، علاوة على 101 ماتوا بفعل التعذيب.\n"
        "ووفق التقرير، تتحمل قوات النظام السوري ومعها الميليشيات الإيرانية مسؤولية قتل 124 مدنياً، منهم اثنا عشر طفلاً "
        "وأربع نساء، أما القوات الروسية فقتلت ثلاثة، هم طفلان وامرأة.\n"
        "ونسب التقرير إلى قوات سوريا الديمقراطية قتل 39 مدنياً، أربعة منهم أطفال واثنتان نساء، وإلى تنظيم داعش قتل "
        "ثمانية.\n"
        "وقُتل من قبل هيئة تحرير الشام تسعة مدنيين، منهم طفلان وامرأة، وعلى يد فصائل المعارضة اثنا عشر، منهم طفلان "
        "وامرأتان.\n"
        "وسجّلت الشبكة 373 قتيلاً مدنياً على أيدي جهات أخرى، من بينهم ثلاثة وتسعون طفلاً وثلاث وأربعون امرأة؛ ومن هؤلاء "
        "183 أصابهم رصاص لم تستطع الشبكة تحديد مصدره، بينهم عشرة أطفال وخمس عشرة امرأة.\n"
        "وبيّن التقرير أن ألغاماً لم يُعرف من زرعها قتلت 76 مدنياً، تسعة وثلاثون منهم أطفال وتسع نساء، وأن تفجيرات "
        "مجهولة المنفذين أودت بحياة 26، منهم ستة أطفال وامرأة.\n"
        "وأضاف أن 61 مدنياً، بينهم ثلاثون طفلاً وسبع عشرة امرأة، قتلوا على أيدي مجهولين، وأن مدنياً قُتل برصاص حرس "
        "الحدود التركي وآخر برصاص حرس الحدود الأردني.",
        [E("casualties", Q("568", 568), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the half-year civilian toll (period 2022-01..2022-06); the torture victims, the children and women, the "
                "parts by perpetrator (regime 124, Russia three, SDF 39, ISIS eight, HTS nine, factions twelve, others "
                "373) and by cause (bullets 183, mines 76, bombings 26, unknown 61, the two border guards) are its "
                "breakdown, with no act of their own (stop 34); a coder could code per-perpetrator aggregates")])

passage("kv20", "2025-03-13", "Qasioun News (relaying SANA)",
        "a foiled attack on a barracks with arrests, told by a ministry source; the coast's days of attacks; a recalled "
        "announcement | page: https://qasioun-news.com/ar/articles/82669/الجيش-السوري-يحبط-هجوما-لفلول-النظام-المخلوع-على-ثكنة-في-ريف-اللاذقية",
        "الجيش يصد هجوماً لبقايا النظام البائد على ثكنة بريف اللاذقية\n"
        "أفاد مصدر عسكري من وزارة الدفاع السورية بأن قوات الجيش الجديد أفشلت، مساء الأربعاء 12 آذار/مارس 2025، محاولة مجموعة "
        "مسلحة من فلول النظام المخلوع مهاجمة ثكنة عسكرية في ريف اللاذقية. وأوضح المصدر، في حديث إلى وكالة «سانا» "
        "الرسمية، أن المسلحين سعوا إلى التسلل نحو مدخل الثكنة، غير أن الحرس انتبهوا لتحركهم وواجهوهم، فدارت اشتباكات "
        "قصيرة انتهت بإحباط الهجوم وإلقاء القبض على 4 من المهاجمين.\n"
        "وتابع المصدر أن وحدات الجيش تمشط المناطق المجاورة لتبديد أي خطر قد يظهر، وأن الموقوفين يُستجوبون لمعرفة "
        "ملابسات الهجوم ومن يقف خلفه. وتأتي الحادثة وسط توتر أمني متصاعد يعيشه الساحل السوري منذ أيام، شنت فيه فلول "
        "النظام السابق على قوات الأمن هجمات متفرقة، قُتل فيها عشرات العسكريين والمدنيين.\n"
        "وفي يوم الاثنين 10 آذار/مارس، أعلنت وزارة الدفاع أن العملية العسكرية الواسعة في الساحل السوري انتهت، بعدما "
        "دفعت بتعزيزات لتعقب المجموعات المسلحة، وقالت إنها بلغت أهدافها وقضت على عدد من عناصر تلك المجموعات.",
        [E("armed_clash", None, PL("ريف اللاذقية", "Latakia countryside", "Latakia"), "2025-03-12",
           "مصدر عسكري من وزارة الدفاع السورية", LOYAL,
           note="an attack that failed but a short clash was fought: one armed_clash (the attack's aim failed, the fight "
                "happened); the four attackers seized are part of it, no arrest event (as set 73's je05); the combing "
                "after it carries the same source; no dead, no figure"),
         E("armed_clash", Q("عشرات", 20, 90, True), PL("الساحل السوري", "Syrian coast", None), None, None, LOYAL,
           kind="aggregate",
           note="the days of remnants' attacks on the security forces with dozens of soldiers and civilians dead (period "
                "2025-03-06..2025-03-12, the coast's week): one cause, its type; the writer's frame («وتأتي الحادثة»), "
                "so the outlet; the coast spans governorates"),
         E("statement", None, PL("الساحل السوري", "Syrian coast", None, nth=1), "2025-03-10", "وزارة الدفاع", NEWGOV,
           note="the ministry's announcement that the operation ended (a recall with its own day): a named body's "
                "announcement (stop 32); the operation's kills are unnumbered and not coded apart")])

passage("kv21", "2019-01-05", "Syria TV",
        "one faction takes another's towns over six days: a recalled first taking and a base, a day's list of towns, "
        "the last stronghold left by a local source, fire on the withdrawing column "
        "| page: https://www.syria.tv/الزنكي-ينسحب-من-كامل-مناطق-سيطرته-غرب-حلب-لصالح-تحرير-الشام",
        "«الزنكي» يخلي كل مواقعه غرب حلب وتبسط «تحرير الشام» سيطرتها عليها\n"
        "تلفزيون سوريا - خاص\n"
        "(صورة: مقاتلون من الجيش السوري الحر بريف حلب الشمالي - الأناضول)\n"
        "باتت هيئة تحرير الشام تمسك بجميع البلدات التي كانت بيد حركة نور الدين الزنكي، المنضوية في الجبهة الوطنية "
        "للتحرير، إثر خروج الحركة من آخر معاقلها في الشمال الغربي من حلب نحو منطقة عفرين القريبة.\n"
        "وجاء ذلك بعد 6 أيام من القتال في ريف حلب الغربي بين الفصيلين، افتتحته الهيئة بانتزاع دارة عزة، ومعها جبل الشيخ "
        "بركات ذو الموقع الاستراتيجي، ثم واصلت تقدمها فدخلت الفوج 111 الواقع في الشيخ سليمان، قبل أن تستولي بعد ظهر أمس الجمعة "
        "على عنجارة والهوتة، وعلى عويجل وعرب فطوم، وعلى بابيص ومعارة الأرتيق.\n"
        "ونقل موقع تلفزيون سوريا عن مصدر محلي أن مقاتلي الحركة، بعدما طوّقتهم الهيئة في قبتان الجبل، آخر ما تبقى لهم "
        "من معاقل، اختاروا الانسحاب نحو عفرين المجاورة.\n"
        "وأضاف المصدر أن مئات من المنسحبين، مقاتلين ومعهم أسرهم من النساء والأطفال، تعرضوا حين ابتعدوا 3 كيلومترات عن "
        "قبتان لنيران أُطلقت عليهم من الفوج 111 الخاضع للهيئة، فاضطروا إلى ترك سياراتهم ومتابعة الطريق سيراً على "
        "الأقدام طوال 6 ساعات.",
        [E("armed_clash", None, PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"), None, None, HTS,
           note="six days of fighting between HTS and the Zenki movement, told as one span with no figure and no day; "
                "a coder could leave it as the frame of the takings"),
         E("territory_change", None, PL("دارة عزة", "Darat Izza", "Aleppo"), None, None, HTS,
           note="the first taking of the six days (the town and the Sheikh Barakat mountain: one act over two places, "
                "gold at the first); no day: undated"),
         E("territory_change", None, PL("الفوج 111", "Regiment 111 (Sheikh Suleiman)", "Aleppo"), None, None, HTS,
           note="a named base: the unit with its number is the place (stop 28), Sheikh Suleiman its enclosure; undated"),
         E("territory_change", None, PL("عنجارة", "Anjara", "Aleppo"), "2019-01-04", None, HTS,
           note="six towns taken on Friday afternoon: one act over a list, gold at the first"),
         E("territory_change", None, PL("قبتان الجبل", "Qabtan al-Jabal", "Aleppo"), "2019-01-05", "مصدر محلي", HTS,
           note="the encircled last stronghold left for Afrin (Afrin is the destination); the headline and the lead's "
                "«all the towns» sum up the takings, no event of their own; undated, the item's news: publication day"),
         E("armed_clash", None, PL("قبتان", "Qabtan al-Jabal", "Aleppo", nth=1), "2019-01-05", "المصدر", HTS,
           note="fire from the HTS-held Regiment 111 on the withdrawing column of fighters and families, three km from "
                "Qabtan (placed at it); no casualties told, «مئات» is the column, not a figure; «وأضاف المصدر» carries")])


if __name__ == "__main__":
    write("gold95.jsonl", P95)
