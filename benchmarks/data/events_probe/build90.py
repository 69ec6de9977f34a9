"""Build gold90.jsonl: development set 90 (ids kq01…), written in stop 36 by writer w90 BEFORE any run on it.

Short excerpts (a headline line and one to three paragraphs, 40-130 words), each the paraphrase of ONE real page
found in the search tool's `pages` corpus (queried in Arabic), years 2011-2025, many outlets and subjects: shelling
and drone strikes with a recalled day, assassinations and their monthly tallies, rights groups' monthly reports,
protests fired on and national Friday tolls, takings of garrisons and checkpoints, captures, executions, evacuation
convoys, and more. Every sentence was rewritten (no run of five words, names aside, is shared with its page: checked
by script against the page text, which was kept outside the repository); the incidents, their order, places,
figures, dates, sources and hedges are the page's; private people's names are invented. Each passage's `style` ends
with the page's address; where the page shows no date, the publication date was inferred from its events (said in
the style). Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32 and 34), and
was written before marsad was run on any passage. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build90.py      # rewrites gold90.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P90: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P90.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("kq01", "2019-11-02", "Baladi News", "shelling of two towns, a list shelled without losses, a recalled day's toll "
        "(date inferred: a Saturday between the fall of Khan Shaykhun and of Kafranbel) "
        "| page: https://baladi-news.com/ar/articles/50453/استشهاد-طفل-بقصف-النظام-جنوبي-إدلب",
        "مقتل طفل بقصف للنظام على ريف إدلب الجنوبي\n"
        "بلدي نيوز – إدلب\n"
        "لقي طفل حتفه وجُرح عدد من المدنيين بإصابات متفاوتة صباح اليوم السبت، بفعل قصف كثيف بالمدفعية والصواريخ نفذته "
        "قوات النظام على مدن وقرى في الريف الجنوبي لإدلب. وأفاد مراسل بلدي نيوز في المنطقة بأن قذائف ثقيلة أطلقتها "
        "القوات المنتشرة في معسكر تل النمر بجوار خان شيخون سقطت على بلدة حاس فقتلت الطفل وجرحت آخرين، وبأن قصفاً "
        "مشابهاً طال كفروما وأوقع جريحة أسعفها الدفاع المدني. ولم تسفر القذائف التي سقطت على كفرنبل وكرسعة وترملا "
        "ومعرة حرمة عن إصابات. وكانت ستة أرواح بينها أطفال ونساء قد أُزهقت مساء أمس الجمعة في قصف جوي وبري روسي وسوري "
        "شمل ما يزيد على 17 بلدة وقرية بـ11 غارة و214 قذيفة.",
        [E("shelling", None, PL("حاس", "Has", "Idlib"), "2019-11-02", "مراسل بلدي نيوز", GOV,
           note="the child's death is this shelling's (a singular: no figure); fire came from the Tell Nimr camp, "
                "which is not the place"),
         E("shelling", None, PL("كفروما", "Kafruma", "Idlib"), "2019-11-02", "مراسل بلدي نيوز", GOV,
           note="a second shelling at its own town (one woman wounded: no figure); «وبأن» goes on with the reporter"),
         E("shelling", None, PL("كفرنبل", "Kafranbel", "Idlib"), "2019-11-02", "مراسل بلدي نيوز", GOV,
           note="one act told over a list of towns with no losses: a group, placed at the first; the reporter's item "
                "carries (the page has «وأشار مراسلنا»)"),
         E("casualties", Q("ستة", 6), None, "2019-11-01", None, GOV, kind="aggregate",
           note="a recalled day's toll over 17 towns by air strikes and shelling (several kinds of act: casualties, "
                "stop 32); the 11 raids and 214 shells are its parts; «وكانت» recall: the outlet")])

passage("kq02", "2023-10-22", "North Press", "shelling of IDP tents and a town, a guided missile on a tank, two sources "
        "(date inferred) | page: https://npasyria.com/167911/",
        "مدنيان قتيلان وثلاثة جرحى في قصف للقوات الحكومية بريف إدلب\n"
        "إدلب – نورث برس\n"
        "لقي مدنيان حتفهما وجُرح آخرون مساء السبت، حين قصفت قوات حكومة دمشق بالمدفعية والصواريخ مدناً وبلدات في ريف "
        "إدلب، بينما أصابت «هيئة تحرير الشام» دبابة للقوات الحكومية في جنوب المحافظة. وذكرت مصادر من فرق الإسعاف في "
        "إدلب لنورث برس أن القذائف سقطت على خيام نازحين بمنطقة الإسكان القريبة من سرمين وعلى بلدة آفس المجاورة، فقتلت "
        "مدنيين اثنين وجرحت اثنين في سرمين وثالثاً في آفس. وبحسب مصادر عسكرية تحدثت للوكالة، دمّر صاروخ موجّه أطلقته "
        "«تحرير الشام» الدبابة على جبهة حزارين جنوبي إدلب وقتل أربعة عناصر كانوا بداخلها.",
        [E("shelling", Q("اثنين", 2), PL("سرمين", "Sarmin", "Idlib"), "2023-10-21", "مصادر من فرق الإسعاف في إدلب", GOV,
           note="the lead's «مدنيان» (a dual) and the body's «مدنيين اثنين» are one toll; the shells on the camp near "
                "Sarmin and on Afes are one act told for two places (placed at the first, where both dead fell); the "
                "ambulance crews' next sentence comes back to it; the three wounded are injured, not the figure"),
         E("shelling", Q("أربعة", 4), PL("حزارين", "Hazarin", "Idlib"), "2023-10-21", "مصادر عسكرية", HTS,
           note="a guided missile on a tank is remote fire (shelling/missile); its dead are the four crewmen")])

passage("kq03", "2023-10-02", "Baladi News", "an assassination with a local network as source, then the network's monthly "
        "tally with a breakdown | page: https://baladi-news.com/ar/articles/97688/اغتيال-قيادي-سابق-في-فصائل-المعارضة-بدرعا",
        "بلدي نيوز\n"
        "قُتل قيادي سابق في فصائل المعارضة بدرعا، جنوبي سوريا، مساء اليوم الاثنين 2 تشرين الأول/أكتوبر، على يد مسلحين "
        "مجهولين. ونقل موقع «درعا 24» أن المستهدف، ويدعى هاني سعيد المحاميد، من أبناء بلدة معربة في الريف الشرقي، أصيب "
        "برصاص مباشر فارق على إثره الحياة في الحال، مشيراً إلى أنه قاتل في صفوف المعارضة إلى أن دخل في تسوية سنة 2018. "
        "وفي إحصاء سابق لشبكة «درعا 24»، سُجّل خلال أيلول/سبتمبر سقوط 36 قتيلاً في المحافظة، منهم 23 مدنياً، و28 جريحاً على "
        "الأقل، ووثّقت الشبكة اغتيال 13 من عناصر النظام وأجهزته والمسلحين المحليين السابقين، سبعة منهم في الريف الغربي، فضلاً "
        "عن تسع محاولات اغتيال.",
        [E("armed_clash", None, PL("معربة", "Maarba", "Daraa"), "2023-10-02", "موقع «درعا 24»", UNK,
           note="a killing by gunmen is an armed clash (stop 30); one man: no figure; the site's next sentence comes "
                "back to the killing"),
         E("casualties", Q("36", 36), PL("درعا", "Daraa", "Daraa"), "2023-09", "شبكة «درعا 24»", kind="aggregate",
           note="a month's toll for the governorate («بدرعا» in the lead is the first «درعا»); the 23 civilians, the 13 "
                "assassinated and the seven in the west are its breakdown, not events; the 28 wounded are injured"),
         E("armed_clash", Q("تسع", 9), PL("درعا", "Daraa", "Daraa"), "2023-09", "شبكة «درعا 24»", UNK, kind="aggregate",
           note="nine attempted assassinations over the month: an aggregate of their own (not inside the 36 dead); a "
                "second coder could leave them out as attempts")])

passage("kq04", "2019-07-11", "Halab Today", "two killings in one city told by the channel's reporter, a running toll "
        "of recent days (date inferred: about a year after the 2018 settlement) | page: https://halabtodaytv.net/archives/96055",
        "ذكر مراسل «حلب اليوم» أن مسلحين لم تُعرف هويتهم قتلوا أمس الأربعاء عنصرين سابقين في المعارضة بحي طريق السد "
        "في مدينة درعا، إذ فارقا الحياة بعد إسعافهما إلى المستشفى الوطني. وبيّن المراسل أن الرجلين ابتعدا عن أي نشاط "
        "عسكري منذ بسط النظام سيطرته على المحافظة قبل عام تقريباً، ولم يلتحقا بأي تشكيل موالٍ له. وفي حادثة ثانية، لقي "
        "القيادي السابق بـ«جيش المعتز بالله» خالد الشحادات مصرعه حين أُطلق عليه الرصاص وهو يقود سيارته على الطريق بين "
        "العجمي وتل شهاب في ريف درعا الغربي. وبذلك يبلغ عدد من قضوا في اغتيالات درعا خلال الأيام الأخيرة 6 أشخاص، معظمهم "
        "معارضون سابقون، وفق المراسل.",
        [E("armed_clash", None, PL("طريق السد", "Tariq al-Sad", "Daraa"), "2019-07-10", "مراسل «حلب اليوم»", UNK,
           note="a killing by gunmen; two men (a dual): no figure; the quarter is the most specific place; the "
                "hospital is where they died, not the place"),
         E("armed_clash", None, PL("العجمي", "Al-Ajami", "Daraa"), "2019-07-11", "مراسل «حلب اليوم»", UNK,
           note="a road between two villages: the first; the channel's own reporter files the whole item; undated "
                "item news: the publication day"),
         E("armed_clash", Q("6", 6), PL("درعا", "Daraa", "Daraa", nth=2), None, "المراسل", UNK, kind="aggregate",
           note="a running toll of recent days over more than the two incidents told: an aggregate of one cause "
                "(assassinations → armed clash, stop 32); «وفق المراسل» names the reporter again")])

passage("kq05", "2022-07-27", "Baladi News", "a drone strike with concordant sources, a recalled strike a week earlier "
        "with its own source | page: https://video.baladi-news.com/ar/articles/95678/خسائر-بصفوف-قسد-بقصف-جوي-تركي-بريف-القامشلي-شمالي-الحسكة",
        "بلدي نيوز\n"
        "قضى ثلاثة من عناصر «قوات سوريا الديمقراطية» (قسد) مساء اليوم 27 تموز/يوليو، حين قصفت طائرة تركية مسيّرة سيارة "
        "«بيك آب» تقلهم على الطريق الذي يصل خزنة بتل معروف جنوب شرقي القامشلي في ريف الحسكة، بحسب مصادر متطابقة. وكانت "
        "مسيّرة تركية أخرى قد ضربت يوم 20 تموز سيارة لمسؤولين في «الإدارة الذاتية» قرب قرية تل شعير التابعة للقحطانية، "
        "فأودت بحياة الرئيسة المشتركة لمقاطعة القامشلي، يسرى درويش، وسائقها، وجرحت الرئيس المشترك كابي شمعون، على ما "
        "ذكره اتحاد شباب الحسكة حينها. وتعدّ أنقرة «الوحدات الكردية» ذراعاً لحزب العمال الكردستاني وتلاحق قادتها بالمسيّرات.",
        [E("airstrike", Q("ثلاثة", 3), PL("خزنة", "Khazna", "Al-Hasakah"), "2022-07-27", "مصادر متطابقة", TUR,
           note="a drone strike on a road between two villages: the first"),
         E("airstrike", None, PL("تل شعير", "Tal Shair", "Al-Hasakah"), "2022-07-20", "اتحاد شباب الحسكة", TUR,
           note="a recalled strike with its own day and source (background); two named dead, no number: no figure; "
                "Ankara's stance is background, not a statement")])

passage("kq06", "2022-06-11", "Al-Araby Al-Jadeed (relayed by Arabians Forum)", "a drone strike told by a villager, a "
        "second strike without losses, the observatory's running tally (date inferred) "
        "| page: https://arabiansforum.net/archives/35196",
        "لقي ثلاثة أشخاص حتفهم وجُرح رابع مساء الجمعة، عندما أغارت طائرة مسيّرة تركية على سيارة في قرية تقع شرق "
        "القامشلي بريف الحسكة، في أقصى الشمال الشرقي لسورية. ونقل «العربي الجديد» عن مصدر من قرية شورك، حيث وقع "
        "الاستهداف، أن السيارة من طراز «جيب» وأن القتلى هم سائقها وامرأتان معه، أما الجريح فمدني صادف وجوده قرب المكان، "
        "ولم تُعرف هوية الركاب ولا إن كانوا عسكريين. وقبل ذلك بساعات، أطلقت مسيّرة تركية صاروخين قرب نقطة لقوات النظام "
        "في قرية زور مغار غربي عين العرب (كوباني) من دون خسائر. وذكر المرصد السوري أن هذه الضربات بلغت منذ مطلع العام "
        "38 ضربة، قتلت 24 عسكرياً إلى جانب طفلين وست نساء، وأكثر من 74 جريحاً.",
        [E("airstrike", Q("ثلاثة", 3), PL("شورك", "Shurk", "Al-Hasakah"), "2022-06-10", "مصدر من قرية شورك", TUR,
           note="the village source's next sentence comes back to the strike and names the village"),
         E("airstrike", None, PL("زور مغار", "Zor Maghar", "Aleppo"), "2022-06-10", None, TUR,
           note="another strike at another place: the villager's source does not carry (outlet); no losses"),
         E("airstrike", Q("38", 38), None, None, "المرصد السوري", TUR, kind="aggregate",
           note="a running tally since the start of the year (period 2022-01..2022-06-10); FIGURE CALL: the dead are "
                "told only in parts (24 soldiers, two children, six women) with no total, so the strikes' own count "
                "is the figure; the parts are its breakdown")])

passage("kq07", "2016-09-01", "Twasul (Anadolu relay)", "a rights group's monthly report, broken down by perpetrator "
        "| page: https://sauress.com/twasul/526045",
        "أحصت الشبكة السورية لحقوق الإنسان، في تقرير شهري أصدرته اليوم الخميس، مقتل 1521 مدنياً في عموم سوريا خلال "
        "آب/أغسطس الفائت. وأوضحت أن قوات النظام وروسيا مسؤولتان معاً عن 1082 منهم؛ إذ قتلت الأولى 898 "
        "مدنياً، منهم 247 طفلاً و193 امرأة، والثانية 184 بينهم 49 طفلاً. ونسب التقرير إلى قوات الإدارة الذاتية قتل 30 "
        "مدنياً، وإلى التحالف الدولي قتل 7، فيما قضى 74 آخرون غرقاً أو في تفجيرات مجهولة المنفذ أو على يد مسلحين لم "
        "تُعرف هويتهم. ونبهت الشبكة إلى أن الأعداد الحقيقية تفوق ما استطاعت توثيقه بكثير.",
        [E("casualties", Q("1521", 1521), PL("سوريا", "Syria"), "2016-08", "الشبكة السورية لحقوق الإنسان", kind="aggregate",
           note="a month's national toll; every per-party figure (1082, 898, 184, 30, 7, 74) is its breakdown, not an "
                "event; the country is the place, as p24 codes it")])

passage("kq08", "2011-09-17", "Al-Fagr (via Masress)", "a Friday's national toll of protesters shot, by governorate "
        "(date inferred: a Saturday of autumn 2011) | page: https://www.masress.com/elfagr/176424",
        "ذكرت الشبكة السورية لحقوق الإنسان أن 16 شخصاً سقطوا برصاص قوات الأمن السورية أمس الجمعة، التي سماها الناشطون "
        "«نصر من الله وفتح قريب»، منهم ثلاثة في محافظة حماة ومثلهم في إدلب، واثنان في الحسكة، وقتيل في حمص وآخر في "
        "القنيطرة وثالث في حلب. وكانت حشود كبيرة قد تظاهرت في مدن سورية وبلداتها هاتفةً ضد الأسد وحكمه، متحدية "
        "الانتشار الأمني الواسع، فتصدت لها قوات الأمن بالنار.",
        [E("protest", Q("16", 16), None, "2011-09-16", "الشبكة السورية لحقوق الإنسان", PROT, kind="aggregate",
           note="a national day of protests fired on, told as one toll: a protest aggregate with the dead as its figure "
                "(no crowd numbered); the governorate figures are a bare list with no act of their own: breakdown "
                "(stop 34)")])

passage("kq09", "2011-05-20", "Al-Wasat (Reuters)", "a Friday of protests in five towns: live fire, tear gas, a crowd "
        "figure, past arrests | page: http://alwasatnews.com/news/561973.html",
        "أفاد ناشط حقوقي في حمص بأن قوات الأمن فتحت الذخيرة الحية على جموع احتشدت لتسيير تظاهرتين في الأقل بالمدينة، في "
        "حين شهدت مناطق أخرى من البلاد اليوم الجمعة احتجاجات تطالب بالديمقراطية. وبحسب شهود وناشطين، تظاهر الآلاف في "
        "بانياس والقامشلي ودمشق رغم الطوق الأمني، ووصف المرصد السوري لحقوق الإنسان تظاهرة بانياس، التي دخلها الجيش هذا "
        "الشهر، بأنها الأكبر منذ انطلاق الانتفاضة قبل تسعة أسابيع، مع أن نحو ألف من سكانها ومحيطها أوقفوا في الأسابيع "
        "الأخيرة. وفي حماة رمت قوات الأمن قنابل الغاز على حوالي 20 ألف محتج تجمعوا في منطقتين، كما فرّقت بالغاز المسيل "
        "للدموع زهاء ألف متظاهر في التل شمال دمشق، بحسب شهود.",
        [E("protest", None, PL("حمص", "Homs", "Homs"), "2011-05-20", "ناشط حقوقي في حمص", PROT,
           note="live fire on a protest: one protest event; no crowd or dead numbered"),
         E("protest", Q("الآلاف", 2000, 9000, True), PL("بانياس", "Baniyas", "Tartus"), "2011-05-20", "شهود وناشطين", PROT,
           note="one telling over three towns (a group, placed at the first); the observatory's remark on Banias is "
                "another telling of the same protest"),
         E("arrest", Q("نحو ألف", 1000, approx=True), PL("بانياس", "Baniyas", "Tartus"), None, "المرصد السوري لحقوق الإنسان",
           GOV, kind="aggregate",
           note="arrests summed over recent weeks (no period given): an aggregate; the observatory's sentence"),
         E("protest", Q("حوالي 20 ألف", 20000, approx=True), PL("حماة", "Hama", "Hama"), "2011-05-20", "شهود", PROT,
           note="tear gas on a protest: the crowd is the figure; the closing «بحسب شهود» covers the sentence"),
         E("protest", Q("زهاء ألف", 1000, approx=True), PL("التل", "Al-Tall", "Rif Dimashq"), "2011-05-20", "شهود", PROT,
           note="dispersed with tear gas; Damascus is the bearing, not the place")])

passage("kq10", "2013-04-05", "Masress (Reuters relay)", "a garrison taken after a siege and a night's fighting, the "
        "fighters as source (date inferred) | page: https://www.masress.com/ana/112419",
        "أعلن مقاتلون من المعارضة السورية اليوم الجمعة أنهم استولوا على حامية عسكرية تحمي المنفذ الحدودي الأهم مع الأردن، "
        "إثر حصار دام ما يزيد على أسبوع، في خطوة تقرّبهم من انتزاع تلك النقطة الحدودية البالغة الأهمية. وانتزع عناصر من "
        "الجيش السوري الحر حامية أم المياذن المحصنة بشدة، الواقعة على الطريق الدولي الرابط بين العاصمة والأردن وعلى "
        "مسافة كيلومترات قليلة من معبر نصيب، بعد معارك عنيفة خاضوها ليلاً مع الجيش وأسفرت عن عشرات القتلى.",
        [E("territory_change", Q("عشرات", 20, 90, True), PL("أم المياذن", "Umm al-Mayadhin", "Daraa"), "2013-04-05",
           "مقاتلون من المعارضة السورية", FSA,
           note="a taking after fighting at the same site is one event with the fighting's dead (dd19); the garrison "
                "is the place; the Nasib crossing is a bearing and an aim, not the place; the siege is background")])

passage("kq11", "2012-06-09", "Al-Sharq (AFP relay, via Sauress)", "soldiers captured after a 12-hour fight, the "
        "observatory's director, a video (date inferred) | page: https://sauress.com/alsharq/415023",
        "أسرت فصائل مقاتلة معارضة يوم الجمعة خمسين من عناصر القوات النظامية، بينهم 14 ضابطاً، في مدينة معرة النعمان "
        "بمحافظة إدلب في الشمال الغربي، على ما ذكره المرصد السوري لحقوق الإنسان. وشرح رامي عبد الرحمن، الذي يدير المرصد، أن الأسر "
        "جاء في أعقاب مواجهات امتدت نحو 12 ساعة، انتهت بتدمير موقع عسكري أمني في المدينة ووقوعه في أيدي المقاتلين، الذين "
        "غنموا منه كميات كبيرة من السلاح والذخيرة، ويضم الموقع حاجزاً قبالة مبنى البلدية ومقراً للقوات. وأظهر تسجيل بثه "
        "ناشطون على «يوتيوب» مسلحين بثياب مدنية في باحة مبنى أثري مدمّر، وقال صوت فيه إن كتائب تابعة للجيش الحر من معرة "
        "النعمان وجبل الزاوية هي من نفذ العملية.",
        [E("armed_clash", Q("خمسين", 50), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2012-06-08",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="FIGURE CALL: one incident (a 12-hour fight, the post destroyed and seized, 50 captured); no dead are "
                "numbered, so the captured are its count; the 14 officers are a breakdown; a second coder could type it "
                "arrest (capture) or territory_change (the post); the video is another telling")])

passage("kq12", "2014-01-20", "Zaman al-Wasl", "two checkpoints taken, a third shelled, rockets on a company's post, a "
        "Lebanese army checkpoint firing, the outlet's envoy (date inferred) | page: https://www.zamanalwsl.net/news/article/45914",
        "نقل موفد «زمان الوصل» إلى الحدود السورية اللبنانية أن مقاتلي الجيش الحر انتزعوا حاجزي «البركة» و«أبو براهيم» "
        "بجوار جوسية، في أعقاب معارك مهّدوا لها بقذائف هاون من عيار 120 ومدفع 82. وتحدث الموفد عن مقتل زهاء 15 جندياً من "
        "قوات الأسد ومقاتلي حزب الله، وفرار آخرين تركوا وراءهم أسلحة خفيفة غنمها الثوار. وأضاف أن الهاون دمّر أيضاً "
        "حاجز «رجم العفريت» في محيط البلدة ذاتها وأوقع إصابات، وأن صواريخ «غراد» أُطلقت على سرية الإدارة التي تحيط بها "
        "سبعة حواجز. ولفت إلى أن حاجزاً للجيش اللبناني أطلق النار على عناصر الحر من دون أن يصيب أحداً، وأن الثوار "
        "امتنعوا عن الرد خشية على النازحين في عرسال.",
        [E("territory_change", Q("زهاء 15", 15, approx=True), PL("جوسية", "Jusiyah", "Homs"), "2014-01-20",
           "موفد «زمان الوصل»", FSA,
           note="two checkpoints (landmarks) taken near one town: one event at the town, with the fighting's dead; "
                "the calibres are not figures; undated item news: the (inferred) publication day"),
         E("shelling", None, PL("جوسية", "Jusiyah", "Homs"), "2014-01-20", "موفد «زمان الوصل»", FSA,
           note="mortars destroy a third checkpoint «in the same town's surroundings» (the anaphor is Jusiyah); the "
                "outlet's envoy files the whole item"),
         E("shelling", None, PL("سرية الإدارة", "Administration Company post", "Homs"), "2014-01-20", "موفد «زمان الوصل»", FSA,
           note="Grad rockets on a named military post (a facility, as a named base); the seven checkpoints are a "
                "description"),
         E("armed_clash", None, None, "2014-01-20", "موفد «زمان الوصل»", None,
           note="a Lebanese army checkpoint fires on FSA fighters, no losses; no place given (Arsal is where the "
                "displaced live, not the place); the Lebanese army has no canonical actor")])

passage("kq13", "2014-08-08", "Al-Hayat (via Sauress)", "a mass execution told by the observatory with local sources "
        "disputing the charge, a recalled taking, a bridge closed, two beheadings three days earlier "
        "| page: https://sauress.com/alhayat/4025755",
        "قال «المرصد السوري لحقوق الإنسان» إن تنظيم «الدولة الإسلامية» (داعش) قتل رمياً بالرصاص 19 رجلاً وشاباً على "
        "الأقل، ذُبح أحدهم وقُطع رأسه، في البادية القريبة من حقل العمر النفطي بدير الزور. وأوضح أن التنظيم اتهمهم "
        "بـ«الإفساد في الأرض»، لكن مصادر في الريف الشرقي أبلغت ناشطيه أنهم حراس وعمال في آبار نفط بادية الشعيطات، اعتقلهم "
        "التنظيم حين انتزع الآبار في 3 تموز/يوليو من الهيئة الشرعية التي تضم «جبهة النصرة» و«الجبهة الإسلامية» وكتائب "
        "أخرى. وأشار المرصد إلى أن التنظيم أقفل جسر العشارة الواصل بين العشارة ودرنج، وكان قد علّق عليه قبل ثلاثة أيام "
        "رأسي رجلين مجهولَي الهوية.",
        [E("casualties", Q("19", 19, None), PL("حقل العمر النفطي", "Al-Omar oil field", "Deir ez-Zor"), "2014-08-08",
           "المرصد السوري لحقوق الإنسان", IS,
           note="an execution is casualties (stop 30); «على الأقل» after the noun: low 19, open high; the field is "
                "the named facility nearest the act; undated item news: the publication day"),
         E("territory_change", None, PL("بادية الشعيطات", "Shaitat desert", "Deir ez-Zor"), "2014-07-03",
           "مصادر في الريف الشرقي", IS,
           note="a recalled taking of the wells with its day (background); the local sources tell it; a second coder "
                "could leave it as background of the execution"),
         E("statement", None, PL("العشارة", "Al-Asharah", "Deir ez-Zor"), "2014-08-08", "المرصد السوري لحقوق الإنسان", IS,
           note="UNSURE: a bare decision (a bridge closed) by a named body coded as a statement, as sets 86-87's "
                "writers did; the bridge is placed at its town, the first named"),
         E("casualties", None, PL("العشارة", "Al-Asharah", "Deir ez-Zor"), "2014-08-05", "المرصد السوري لحقوق الإنسان", IS,
           note="two men beheaded three days before (a dual: no figure), heads hung on the bridge: placed at the "
                "bridge's town")])

passage("kq14", "2015-01-20", "Al-Hayat (via Sauress)", "a total of executions equal to the two listed, a relayed "
        "source, a sniper's kill apart (date inferred) | page: https://sauress.com/alhayat/5462545",
        "ذكر «المرصد السوري لحقوق الإنسان» أن تنظيم «الدولة الإسلامية» (داعش) نفّذ أمس حكم الإعدام بـ11 شخصاً في دير "
        "الزور وريفها. وبيّن أن عناصر التنظيم قطعوا رؤوس ثلاثة رجال داخل المدينة ثم صلبوهم على سور الحديقة العامة التي "
        "تفصل حي الجبيلة عن الحميدية، بعدما اتهموا اثنين منهم بموالاة النظام والثالث بالانتساب إلى «الصحوات». ونقل "
        "المرصد عن «مصادر موثوقة» أن التنظيم أعدم كذلك ثمانية رجال في البوكمال، في الريف الشرقي، وصلبهم عند دوار "
        "الطيارة بتهمة قتاله، إذ كانوا في صفوف كتائب مقاتلة. وفي حادثة منفصلة، لقي أمير عسكري في التنظيم حتفه برصاص "
        "قناص في الجبيلة، وجُرح عنصر آخر إصابة بالغة، وفق المرصد.",
        [E("casualties", Q("ثلاثة", 3), PL("الجبيلة", "Al-Jubaila", "Deir ez-Zor"), "2015-01-19",
           "المرصد السوري لحقوق الإنسان", IS,
           note="the 11 equal the three and the eight listed: no event of their own (stop 34); the park between two "
                "quarters is a landmark, placed at the first quarter named (a second coder could take the city)"),
         E("casualties", Q("ثمانية", 8), PL("البوكمال", "Al-Bukamal", "Deir ez-Zor"), "2015-01-19", "مصادر موثوقة", IS,
           note="a relayed report: the source relayed (stop 34); the roundabout is placed at its town"),
         E("armed_clash", None, PL("الجبيلة", "Al-Jubaila", "Deir ez-Zor"), "2015-01-19", "المرصد", None,
           note="a sniper kills an IS commander (shooter not named): an armed clash; a singular, no figure; «أمس» "
                "of the item")])

passage("kq15", "2015-08-23", "Al-Arab (Qatar)", "an execution toll relayed from a named site, the victims' earlier "
        "detention as background | page: https://alarab.qa/article/23/08/2015/635475-تنظيم-الدولة-يعدم-43-شخصا-من-منتمي-المعارضة-السورية",
        "قتل تنظيم الدولة إعداماً عشرات من أبناء ريف دير الزور الغربي، متهماً إياهم بالانتساب إلى فصائل تعارض النظام "
        "السوري. ونقلاً عن موقع «درر شامية»، بلغ عدد من أعدمهم التنظيم 43 شخصاً اتهمهم بالانضمام إلى جبهة النصرة والجيش "
        "السوري الحر، بينما لا يزال مصير عشرات غيرهم مجهولاً لأنهم قيد الاستجواب. وأضاف الموقع أن التنظيم ظل يطمئن عائلات "
        "المحتجزين، الذين اقتادهم قبل مدة تتراوح بين أربعة وثمانية أشهر، إلى أنهم أحياء، ثم نشر قائمة بأسماء من قتلهم "
        "من غير أن يبلغ ذويهم.",
        [E("casualties", Q("43", 43), PL("ريف دير الزور الغربي", "Western Deir ez-Zor countryside", "Deir ez-Zor"),
           "2015-08-23", "موقع «درر شامية»", IS,
           note="an execution (casualties); the lead's «عشرات» and the site's 43 are one telling, the figure the "
                "precise one the site gives (the lead has no source of its own; the site's sentence comes back to "
                "it); the detentions months before are background with no figure; undated: the publication day")])

passage("kq16", "2018-05-16", "Fresh Syria", "an evacuation convoy arriving in three batches, no total "
        "(date inferred: the May 2018 north Homs evacuation) | page: https://freshsyria.net/?p=17196",
        "بلغت قافلة المهجّرين السابعة القادمة من ريف حمص الشمالي الشمالَ السوري، بعد أن عبرت معبر قلعة المضيق في ريف "
        "حماة الغربي على ثلاث دفعات امتد وصولها يومين. وكان في الدفعة الأولى 2850 شخصاً نقلتهم 55 حافلة إلى جانب 38 سيارة خاصة، "
        "ترافقها سيارة إسعاف وأربع حافلات فارغة تحسباً للطوارئ، وفي الثانية 1900 شخص على متن قرابة 56 حافلة و18 سيارة "
        "خاصة، أما الثالثة فضمّت 2050 شخصاً في 53 حافلة و48 سيارة خاصة.",
        [E("other", Q("2850", 2850), PL("ريف حمص الشمالي", "Northern Homs countryside", "Homs"), "2018-05-16", None, GOV,
           note="FIGURE CALL: one convoy (an evacuation, placed at its origin; the crossing is its route) told in three "
                "batches with no total: the first number the text gives, as a swap with no total; the other batches "
                "are its breakdown; a second coder could code three arrivals")])

passage("kq17", "2018-08-04", "Qasioun News", "the last evacuation convoy announced for the day, a recalled total "
        "of the southern evacuations with its period (date inferred) "
        "| page: https://qasioun-news.com/ar/articles/48322/القافلة-الأخيرة-لمهجري-درعا-تنطلق-نحو-الشمال-2",
        "قاسيون – درعا\n"
        "تغادر صباح اليوم السبت آخر قافلة تقل مهجّرين من محافظة درعا قاصدةً إدلب في الشمال، التي تسيطر عليها "
        "المعارضة. وحددت منظمات محلية الثامنة صباحاً موعداً لتحرك الحافلات من شارع المشفى الوطني في مدينة جاسم بريف "
        "درعا، على أن يحمل كل مغادر أغراضه وسلاحه الفردي مع ثلاثة مخازن لا أكثر. وكانت عمليات التهجير من الجنوب نحو إدلب "
        "قد انطلقت في 15 تموز/يوليو 2018، بعد شهر من بدء حملة النظام، وانتهت في 31 منه، وشملت 10064 مقاتلاً ومدنياً من "
        "درعا والقنيطرة، بينهم 2385 امرأة و3240 طفلاً.",
        [E("other", None, PL("جاسم", "Jasim", "Daraa"), "2018-08-04", None, GOV,
           note="an evacuation leaving this morning (told in the present as the item's news), placed at its origin, "
                "the named town; Idlib is the destination; no figure"),
         E("other", Q("10064", 10064), None, None, None, GOV, kind="aggregate",
           note="a total of the evacuations over a period (2018-07-15..2018-07-31) from two governorates: no place; "
                "women and children are its breakdown; a recall, the outlet")])

passage("kq18", "2018-05-10", "SMART (via Micro Syria)", "the last evacuation batch split between two destinations, a "
        "local source, the regime media's plan | page: https://microsyria.com/2018/05/10/خروج-الدفعة-الأخيرة-من-مهجري-جنوب-دمشق",
        "سمارت – ريف دمشق\n"
        "غادرت يوم الخميس الدفعة السابعة، وهي الأخيرة، من مهجّري ببيلا ويلدا وبيت سحم جنوبي دمشق نحو الشمال السوري. "
        "وأفاد مصدر محلي من البلدات بأن القافلة انشطرت قسمين: واحد مضى إلى محافظة إدلب، وآخر تجمّع على طريق المطار بانتظار "
        "التوجه إلى جرابلس في ريف حلب الشمالي الشرقي. وقال المصدر إن 130 شخصاً من هذه الدفعة قصدوا إدلب، ولم يُعرف بعد "
        "عدد المتجهين إلى جرابلس. من جهتها، أوردت وسائل الإعلام الرسمية أن «قوى الأمن الداخلي» تتهيأ لدخول البلدات الثلاث "
        "بعد رحيل آخر المهجّرين.",
        [E("other", Q("130", 130), PL("ببيلا", "Babbila", "Rif Dimashq"), "2018-05-10", "مصدر محلي من البلدات", GOV,
           note="one evacuation from three towns (a group, placed at the first; origin, not destination); FIGURE "
                "CALL: the only number is the part bound for Idlib; the source's next sentences come back to it; "
                "the security forces' planned entry is future: not coded")])

passage("kq19", "2021-02-15", "Baz News", "Israeli strikes told by the state agency's military source and by a local site with "
        "the sites hit (date inferred) | page: https://baznews.net/متابعات-غارات-إسرائيلية-على-العاصمة-ا/",
        "غارات إسرائيلية بعد منتصف الليل على محيط دمشق\n"
        "قصفت مقاتلات إسرائيلية بعد منتصف ليل اليوم مواقع يتمركز فيها جيش النظام في دمشق ومحيطها. ونسبت وكالة «سانا» "
        "إلى مصدر عسكري أن الطائرات المغيرة جاءت من جهة الجنوب الشرقي لبيروت وضربت نقاطاً حول دمشق، وأن الدفاعات الجوية "
        "اعترضت معظم الصواريخ، ولم تقع سوى أضرار مادية. أما موقع «صوت العاصمة» فأفاد بأن مركز البحوث العلمية في جمرايا "
        "بريف دمشق تلقى ثلاث غارات متلاحقة أعقبتها انفجارات قوية، وأن الضربات أصابت كذلك موقعاً تتجمع فيه ميليشيات "
        "إيرانية قرب الدريج، فيما سقط صاروخ اعترضته الدفاعات بين صحنايا والكسوة.",
        [E("airstrike", Q("ثلاث", 3), PL("جمرايا", "Jamraya", "Rif Dimashq"), "2021-02-15", "موقع «صوت العاصمة»", ISR,
           note="the outlet's lead, the military source's «points around Damascus» and the site's detail are tellings "
                "of the raids; the site names where they fell: Jamraya (three raids, the count; no dead) and al-Dreij; "
                "Beirut is where the planes came from, not the place"),
         E("airstrike", None, PL("الدريج", "Al-Dreij", "Rif Dimashq"), "2021-02-15", "موقع «صوت العاصمة»", ISR,
           note="a second site of the same night, with its own place; «وأن» goes on with the site's report; the "
                "intercepted missile that fell between Sahnaya and Kiswah is no strike of its own")])

passage("kq20", "2025-07-16", "Elbalad", "Israeli raids on Damascus and its countryside, the toll from the Health "
        "Ministry relayed by the state agency | page: https://www.elbalad.news/6636556",
        "أغار الطيران الإسرائيلي اليوم على مواقع عدة في دمشق وريفها بسلسلة ضربات، أوقعت عشرات المدنيين بين قتيل وجريح "
        "وألحقت أضراراً بممتلكات عامة وخاصة، على ما أوردته الوكالة العربية السورية للأنباء «سانا». وطالت الضربات أيضاً "
        "أطراف مدينة قطنا في ريف دمشق. ونقلت «سانا» عن المكتب الإعلامي لوزارة الصحة أن ثلاثة أشخاص قضوا في الغارات على "
        "العاصمة وأصيب 34 آخرون. ووصفت الوكالة هذه الضربات بأنها جزء من نهج إسرائيلي منظم لإذكاء التوتر ونشر الفوضى في "
        "البلاد.",
        [E("airstrike", Q("ثلاثة", 3), PL("دمشق", "Damascus", "Damascus"), "2025-07-16", "المكتب الإعلامي لوزارة الصحة",
           ISR,
           note="the raids on the capital with their dead (a relayed report: the ministry's office, stop 34); the "
                "lead's «عشرات … بين قتيل وجريح» is the same toll told loosely; the 34 wounded are injured"),
         E("airstrike", None, PL("قطنا", "Qatana", "Rif Dimashq"), "2025-07-16",
           "الوكالة العربية السورية للأنباء «سانا»", ISR,
           note="a strike at another town of the same series; the agency's report goes on; no toll of its own. "
                "SANA's closing characterisation is the reporting agency's own comment: no statement")])

passage("kq21", "2025-10-23", "Shorouk News", "an arrest of a cell announced by a provincial security commander via "
        "the state agency, accusations | page: https://www.shorouknews.com/news/view.aspx?cdate=23102025&id=ea97ba2d-8fbd-4782-9100-fe4eb85c1189",
        "قالت قوات الأمن السورية يوم الخميس إنها أوقفت «خلية إرهابية» كانت تعدّ لعمليات اغتيال في محافظة اللاذقية "
        "الساحلية، وفق ما نقلته وكالة «سانا» عن عبد العزيز الأحمد، قائد الأمن الداخلي بالمحافظة. وأوضح الأحمد أن "
        "وحداته نفذت، بالاشتراك مع فرع مكافحة الإرهاب، عملية أعقبت مراقبة دقيقة وانتهت بالقبض على أفراد الخلية، الذين لم "
        "يذكر عددهم، مضيفاً أنهم كانوا يستهدفون ناشطين إعلاميين وشخصيات معروفة. وأشار إلى أن التحقيقات الأولى كشفت أن "
        "رامي مخلوف، قريب الأسد المخلوع من جهة أمه، موّل الخلية ودعمها مع جهات خارجية لم يسمّها، وأن الموقوفين "
        "سيحالون إلى إدارة مكافحة الإرهاب.",
        [E("arrest", None, PL("اللاذقية", "Latakia", "Latakia"), "2025-10-23", "عبد العزيز الأحمد، قائد الأمن الداخلي بالمحافظة", NEWGOV,
           note="a relayed announcement: the commander relayed by SANA is the source (stop 34); no number of people; "
                "the planned assassinations are aims, and the accusation against Makhlouf is the same item's telling "
                "(no statement of its own)")])

passage("kq22", "2023-09-07", "Al-Riyadh (via Sauress)", "a running toll of tribal fighting with its breakdown, a "
        "town's toll with an advance, a recalled detention (date inferred: the week after the fighting began on a "
        "Sunday) | page: https://sauress.com/alriyadh/2031238",
        "ارتفع إلى 84 على الأقل عدد القتلى منذ اندلاع المواجهات بين مقاتلين من العشائر العربية و«قوات سوريا الديمقراطية» "
        "(قسد) المدعومة أمريكياً في شرق سوريا، إلى جانب 104 جرحى. وفصّل بيان صحفي الحصيلة: 51 مسلحاً محلياً و24 من "
        "عناصر «قسد» وتسعة مدنيين قتلى، و58 مسلحاً و33 عنصراً و13 مدنياً جرحى. وذكر البيان أن تسعة من المسلحين المحليين "
        "قضوا في بلدة ذيبان شرقي دير الزور، حيث توغلت «قسد» في البلدة وباتت تسيطر على ما يزيد على نصفها، بينما لا يُعرف "
        "مصير الشيخ إبراهيم الهفل، قائد مقاتلي العشائر فيها، ويتفاوض نحو 70 منهم على الاستسلام. وكان القتال قد بدأ "
        "يوم الأحد قبل الماضي، غداة احتجاز «قسد» قائدَ المجلس العسكري لدير الزور وعدداً من عناصره.",
        [E("armed_clash", Q("84", 84, None), None, None, "بيان صحفي", SDF, kind="aggregate",
           note="a running toll of the fighting since it began (period 2023-08-27..2023-09-07), one cause: armed "
                "clash (stop 32); the first sentence has no source, the statement's next sentence breaks it down; "
                "«شرق سوريا» is too vague for a place; the sides' figures are its breakdown"),
         E("armed_clash", Q("تسعة", 9, nth=1), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-09-07", "البيان", SDF,
           note="the fighting in Dhiban with its nine dead and the SDF's advance into half the town: one incident "
                "(a second coder could add a partial territory_change); «تسعة» is the second in the text (the first "
                "is the nine civilians of the breakdown)"),
         E("arrest", None, None, "2023-08-26", None, SDF,
           note="the recalled detention of the military council's commander (background; «وكان» recall: the "
                "outlet); no place given")])

passage("kq23", "2023-10-12", "Syria News", "renewed tribal attacks over several sites, an ambush with a toll, the "
        "other side's rockets, a sheikh's threat | page: https://syria.news/amp/b3d65c6c-12102312.html",
        "قتال متجدد بين العشائر و«قسد» شرقي دير الزور\n"
        "عادت المواجهات مساء أمس الأربعاء بين «قوات سوريا الديمقراطية» ومسلحي العشائر العربية في مواقع عدة من ريف دير "
        "الزور، إثر أيام من الهدوء النسبي. ونقلت مصادر إعلامية محلية أن مسلحي العشائر شنوا هجوماً على مقر لـ«قسد» قرب مفرق "
        "الرغيب بين الحوايج وذيبان في الريف الشرقي، ثم مقرات لها في الشحيل، بينها نقطتا الجريسية والموح ومحطة المياه. "
        "وصباح اليوم الخميس، كمن مقاتلو العشائر لقوة من «قسد» كانت تبدّل نقاطها في أبو حمام، وفجّروا عبوة ناسفة بسيارة "
        "عسكرية، فقُتل أكثر من 7 عناصر. وردّت «قسد» على البلدة بقذائف صاروخية قتلت طفلاً وجرحت والده وامرأة وأطفالها، "
        "بحسب المصادر نفسها. وكان إبراهيم الهفل، شيخ العكيدات، قد أعلن أمس إخفاق التفاوض مع «قسد» متوعداً بمعارك "
        "واسعة.",
        [E("armed_clash", None, PL("الحوايج", "Al-Hawaij", "Deir ez-Zor"), "2023-10-11", "مصادر إعلامية محلية", TRIBES,
           note="an attack on a post at a junction between two towns: the first named"),
         E("armed_clash", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2023-10-11", "مصادر إعلامية محلية", TRIBES,
           note="attacks on several posts of one town: one event at the town; the same report goes on"),
         E("armed_clash", Q("أكثر من 7", 7, None, True), PL("أبو حمام", "Abu Hamam", "Deir ez-Zor"), "2023-10-12",
           "مصادر إعلامية محلية", TRIBES,
           note="an ambush with a roadside bomb: one incident; typed armed_clash as an ambush (a second coder could "
                "type it explosion); an act of the kind the report told, so the local media carry"),
         E("shelling", None, PL("أبو حمام", "Abu Hamam", "Deir ez-Zor"), "2023-10-12", "المصادر نفسها", SDF,
           note="the other side's rockets on the town («البلدة» = Abu Hamam); one child killed: no figure"),
         E("statement", None, None, "2023-10-11", "إبراهيم الهفل", TRIBES,
           note="a named sheikh announces failed talks and threatens battles: a statement (stop 32)")])

passage("kq24", "2012-02-01", "Al-Gomaa (via Masress)", "a defection in a town and another at a checkpoint, defectors "
        "executed, the FSA covering them (date inferred) | page: https://www.masress.com/elgomaa/44851",
        "أفادت أنباء واردة من سوريا بأن 30 عسكرياً، منهم ضباط من اللواءين 38 و40 في الفرقة الرابعة ومن مرآب إدارة "
        "المركبات، انشقوا عن الجيش في مدينة معضمية الشام، وبأن انشقاقاً آخر وقع في الوقت نفسه على حاجز بالأوتوستراد الذي "
        "يفصل المعضمية عن جديدة عرطوز. وبحسب هذه الأنباء، أعدمت قوات الأمن عشرة من المنشقين ميدانياً، في حين أمّن الجيش "
        "الحر خروج بقية الجنود والضباط وكبّد الأمن والشبيحة خسائر كبيرة. وهذا ثاني انشقاق تشهده الفرقة الرابعة في غضون "
        "أسبوع.",
        [E("defection", Q("30", 30), PL("معضمية الشام", "Muadamiyat al-Sham", "Rif Dimashq"), "2012-02-01", None, GOV,
           note="«أنباء واردة» names no source: the outlet; the brigade numbers are names, not figures; the officers "
                "are a breakdown; undated item news: the (inferred) publication day"),
         E("defection", None, PL("المعضمية", "Muadamiyat al-Sham", "Rif Dimashq"), "2012-02-01", None, GOV,
           note="a second defection at a checkpoint on the road between two towns: the first named; no figure"),
         E("casualties", Q("عشرة", 10), PL("معضمية الشام", "Muadamiyat al-Sham", "Rif Dimashq"), "2012-02-01", None, GOV,
           note="a field execution of defectors: casualties (stop 30)"),
         E("armed_clash", None, PL("معضمية الشام", "Muadamiyat al-Sham", "Rif Dimashq"), "2012-02-01", None, FSA,
           note="the FSA covers the defectors' exit and inflicts losses (no figure); a second coder could fold it "
                "into the defection; the earlier defection of the week is a recall with no place")])

passage("kq25", "2020-01-13", "Arab Turkey", "a group defection relayed from a named site's private source, shelling "
        "after it (date inferred: a Monday before the winter 2020 offensive) "
        "| page: https://arab-turkey.net/إنشقاق-مجموعة-من-عناصر-جيش-النظام-السو",
        "ذكرت وسائل إعلام سورية أن عناصر من «قوات الأسد» يقودهم ضابط انشقوا مساء اليوم الإثنين ولجؤوا إلى مناطق الفصائل "
        "في ريف حلب الجنوبي. وبحسب مصدر خاص تحدث إلى موقع «الدرر الشامية»، فرّ ثمانية جنود يتقدمهم ضابط صوب مواقع يرابط فيها "
        "الثوار وسط الحقول الممتدة بين جزرايا وزمار، حيث تسلّمهم «فيلق الشام» وأمّنهم، مضيفاً أن قصفاً مدفعياً عنيفاً "
        "طال المنطقة إثر ذلك. ويتزامن الانشقاق مع تحضير النظام لهجوم على المناطق الخارجة عن سيطرته في الشمال السوري.",
        [E("defection", Q("ثمانية", 8), PL("جزرايا", "Jizraya", "Aleppo"), "2020-01-13", "مصدر خاص", GOV,
           note="a relayed report: the private source; «ثمانية جنود يتقدمهم ضابط» gives eight (a singular officer beside "
                "them adds no figure); between two villages: the first"),
         E("shelling", None, PL("جزرايا", "Jizraya", "Aleppo"), "2020-01-13", "مصدر خاص", GOV,
           note="«مضيفاً» carries the source; the shellers are not named (regime fire inferred from context); the "
                "planned offensive is an aim, not an event")])

passage("kq26", "2013-03-17", "Libya TV (Reuters relay)", "a general's video defection and a group's flight told by the "
        "observatory, in one lead | page: https://ltv.ly/article_details.php?article_id=1204",
        "أفاد ناشطون سوريون بأن لواءً في الجيش السوري ونحو 20 جندياً انشقوا يوم السبت في حادثتين منفصلتين، في مؤشر جديد "
        "على تآكل القوات الموالية للرئيس بشار الأسد. وبدا اللواء محمد خلوف ببزته العسكرية في تسجيل مصور يعلن فيه أنه "
        "كان يعد منذ مدة للالتحاق بالمعارضة، قائلاً إن أحداً لا يتقبل أفكار النظام ما لم يكن منتفعاً منه. أما المرصد "
        "السوري لحقوق الإنسان فذكر أن قرابة 20 جندياً تركوا مواقعهم ولجؤوا إلى مزارع قريبة من مدينة تدمر الأثرية وسط "
        "البلاد، حيث تسيطر المعارضة على مناطق محاصرة تعرضت ليومين لقصف مدفعي ومعارك.",
        [E("defection", None, None, "2013-03-16", "ناشطون سوريون", GOV,
           note="the general's defection (a singular: no figure); the lead's activists tell it, his video is another "
                "telling; no place given"),
         E("defection", Q("نحو 20", 20, approx=True), PL("تدمر", "Palmyra", "Homs"), "2013-03-16",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the lead's «نحو 20» and the observatory's «قرابة 20» are one group; the observatory's sentence gives "
                "the place, so it is the source"),
         E("armed_clash", None, PL("تدمر", "Palmyra", "Homs"), None, "المرصد السوري لحقوق الإنسان", GOV,
           note="two days of shelling and fighting around the besieged areas, told as background of the flight; "
                "no day fixed (a coder could leave it out)")])

passage("kq27", "2012-01-10", "Al-Mashhad (via Masress)", "a mass defection announced to the outlet by an opposition "
        "figure in a camp abroad, a seat trap (date inferred) | page: https://www.masress.com/almashhad/102036",
        "أعلن نحو 70 من عسكريي الجيش النظامي السوري اليوم تخليهم عن جيش الأسد والتحاقهم بالجيش السوري الحر الذي يتخذ من "
        "تركيا مقراً. وقال المعارض السوري ماهر العبيد، المقيم في مخيم للجيش الحر على الأراضي التركية، في حديث خص به "
        "«المشهد»، إن المنشقين، وبينهم قادة في الجيش النظامي، وصلوا بكامل عتادهم من مدرعات وناقلات جند ورشاشات، ولقوا "
        "استقبالاً حاراً من رفاقهم، متوقعاً أن تميل الكفة لمصلحة الثورة في الأيام المقبلة.",
        [E("defection", Q("نحو 70", 70, approx=True), None, "2012-01-10", "المعارض السوري ماهر العبيد", GOV,
           note="the FSA's seat in Turkey and the speaker's camp are not where the defection happened: no place; the "
                "speaker's next sentence comes back to it; the forecast is not an event")])

passage("kq28", "2016-10-15", "Sada al-Sham (via Micro Syria)", "a day's total equal to three strikes' tolls, a "
        "factory burnt, two reporters | page: https://microsyria.com/2016/10/16/القصف-الروسي-يقتل-21-مدنياً-بحلب-وإدلب-و",
        "طائرات روسية تقتل 21 مدنياً في حلب وإدلب وتحرق مستودعين للأدوية\n"
        "أودت الغارات الروسية اليوم السبت بحياة واحد وعشرين مدنياً وأصابت العشرات في حلب وإدلب، وأتت النيران "
        "على مستودعين للأدوية. وأوضح مراسل «صدى الشام» في حلب أن مقاتلة روسية ضربت حي الميسر المحاصر في شرق المدينة مرات "
        "عدة، فقتلت ستة مدنيين وجرحت ما يزيد على عشرين، وأن غارات مماثلة على جزاريا في الريف الجنوبي قتلت أربعة وجرحت "
        "سبعة، فيما احترق معمل «آراك» للأدوية في المنصورة غربي حلب كلياً بصواريخ فراغية. وفي ترمانين شمالي إدلب، قُتل "
        "أحد عشر مدنياً وجُرح قرابة عشرين بقصف روسي طال أيضاً مستودعاً للأدوية، بحسب مراسل الموقع هناك.",
        [E("airstrike", Q("ستة", 6), PL("الميسر", "Al-Maysar", "Aleppo"), "2016-10-15", "مراسل «صدى الشام» في حلب", RUS,
           note="the headline's and the lead's 21 equal the three tolls listed (6 + 4 + 11): no event of their own "
                "(stop 34)"),
         E("airstrike", Q("أربعة", 4), PL("جزاريا", "Jizraya", "Aleppo"), "2016-10-15", "مراسل «صدى الشام» في حلب", RUS,
           note="«وأن» goes on with the reporter"),
         E("airstrike", None, PL("المنصورة", "Al-Mansoura", "Aleppo"), "2016-10-15", "مراسل «صدى الشام» في حلب", RUS,
           note="a factory burnt by vacuum missiles, no casualties; placed at its town"),
         E("airstrike", Q("أحد عشر", 11), PL("ترمانين", "Tirmanin", "Idlib"), "2016-10-15", "مراسل الموقع هناك", RUS,
           note="the Idlib reporter closes the sentence; the warehouse is part of the same strike")])

passage("kq29", "2016-02-15", "Zaiton Magazine", "Russian strikes on a town's hospitals, a recalled strike of the night "
        "before, the observatory's monthly tally | page: https://zaitonmag.com/?p=4768",
        "أسفرت غارات نفذتها مقاتلات روسية على منطقة فيها مستشفيات بمدينة أعزاز، في ريف حلب الشمالي، عن سقوط عشرات الجرحى "
        "ومقتل شخصين في الأقل. واشتعلت الحرائق في مشفى الأطفال والمشفى الوطني، كما في شاحنات محمّلة بالأغذية عند أطراف المدينة، "
        "وقد تزيد الحصيلة لوجود مفقودين وجرحى في حال حرجة. وكانت مقاتلات روسية قد قصفت ليل أمس مواقع في بشنطرة، "
        "القرية الواقعة غربي حلب، فقتلت امرأة وأطفالها الثلاثة وجرحت 8. وخلال الشهر الماضي وحده، سجّل المرصد السوري لحقوق الإنسان "
        "مقتل 485 مدنياً بالغارات الروسية، منهم 117 طفلاً و74 امرأة.",
        [E("airstrike", None, PL("أعزاز", "Azaz", "Aleppo"), "2016-02-15", None, RUS,
           note="«شخصين» is a dual (no figure); the hospitals are placed at their town; date inferred from the known "
                "strike on Azaz's hospitals"),
         E("airstrike", None, PL("بشنطرة", "Bshantara", "Aleppo"), "2016-02-14", None, RUS,
           note="«امرأة وأطفالها الثلاثة»: a singular joined to a number gives no figure (stop 34); the 8 wounded are "
                "injured; «وكانت» recall: the outlet"),
         E("airstrike", Q("485", 485), None, "2016-01", "المرصد السوري لحقوق الإنسان", RUS, kind="aggregate",
           note="a month's toll of one cause (Russian strikes): airstrike aggregate (stop 32); children and women are "
                "its breakdown")])

passage("kq30", "2016-02-05", "Watan FM", "a day of Russian and regime strikes over many quarters told by activists "
        "and the station's reporter, an IS mortar (date inferred: a Friday) | page: https://watan.fm/news/maidani/27691",
        "سقط اليوم الجمعة قتلى وجرحى من المدنيين، بينهم أطفال، بغارات شنتها طائرات روسية وأخرى تابعة لقوات الأسد على حلب "
        "وريفها. ونقل ناشطون أن مقاتلة روسية قصفت بالصواريخ بلدة حيان في الريف الشمالي، فقتلت 11 مدنياً منهم سبعة أطفال، "
        "وأن براميل ألقتها مروحيات النظام على جسر الحج بالمدينة قتلت مدنيَّين وجرحت ستة. وبحسب الناشطين أنفسهم، قضى مدني "
        "بغارة روسية على جب القبة، وقُتل اثنان وجُرح عشرة بغارات روسية مماثلة على الصالحين والفردوس. وأفاد مراسل «وطن "
        "إف إم» بأن غارات روسية أخرى طالت الصاخور وعندان وقرية سيالة من دون إصابات. وفي مارع، جُرحت طفلة بقذيفتي هاون "
        "أطلقهما تنظيم «الدولة الإسلامية».",
        [E("airstrike", Q("11", 11), PL("حيان", "Hayyan", "Aleppo"), "2016-02-05", "ناشطون", RUS,
           note="seven children are a breakdown; the lead's unnumbered dead are these strikes'"),
         E("airstrike", None, PL("جسر الحج", "Jisr al-Haj", "Aleppo"), "2016-02-05", "ناشطون", GOV,
           note="barrel bombs from helicopters; two dead is a dual: no figure"),
         E("airstrike", None, PL("جب القبة", "Jub al-Qubba", "Aleppo"), "2016-02-05", "الناشطين أنفسهم", RUS,
           note="one civilian: no figure"),
         E("airstrike", Q("اثنان", 2), PL("الصالحين", "Al-Salihin", "Aleppo"), "2016-02-05", "الناشطين أنفسهم", RUS,
           note="one act over two quarters (a group, placed at the first)"),
         E("airstrike", None, PL("الصاخور", "Al-Sakhour", "Aleppo"), "2016-02-05", "مراسل «وطن إف إم»", RUS,
           note="strikes without losses over a list across city and countryside: a group at the first"),
         E("shelling", None, PL("مارع", "Marea", "Aleppo"), "2016-02-05", "مراسل «وطن إف إم»", IS,
           note="two mortars, one girl wounded: no figure (the two shells are a dual); the station's reporter carries "
                "over the item's later sentences")])

passage("kq31", "2023-08-26", "Baladi News", "protesters declare the ruling party's offices closed, a seventh day of "
        "protests in a city and a town | page: https://baladi-news.com/public/index.php/ar/articles/96573/المتظاهرون-يعلنون-إغلاق-مقرات-حزب-البعث-في-السويداء",
        "بلدي نيوز\n"
        "أعلن المحتجون في محافظة السويداء، جنوبي سوريا، اليوم السبت 26 آب/أغسطس، أن مقرات «حزب البعث» في كامل "
        "المحافظة باتت مغلقة. ونقلت شبكة «السويداء 24» عن المتظاهرين أن الإغلاق نهائي ويشمل أرجاء المحافظة. ويواصل الأهالي لليوم "
        "السابع تظاهراتهم ووقفاتهم المطالبة برحيل النظام وإطلاق المعتقلين؛ إذ احتشد العشرات صباح اليوم في ساحة السير "
        "(الكرامة) وسط مدينة السويداء مرددين هتافات ضد النظام، وتوافد إليها محتجون من القرى المجاورة رافعين لافتات تدعو "
        "إلى التغيير السياسي. كما خرج العشرات في صلخد بريف المحافظة، مؤكدين مواصلة إضرابهم.",
        [E("protest", Q("العشرات", 20, 90, True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2023-08-26", None, PROT,
           note="the rally at the square is placed at its city (stop 29); the protesters' declaration closing the "
                "party's offices is their protest's act, not a named body's statement (a second coder could code "
                "it apart); the sentence has no source of its own: the outlet"),
         E("protest", Q("العشرات", 20, 90, True, nth=1), PL("صلخد", "Salkhad", "As-Suwayda"), "2023-08-26", None, PROT,
           note="a second town's protest with its own crowd")])

passage("kq32", "2023-08-29", "North Pulse", "a town's rally today, the storming of a party branch yesterday, closures "
        "in other villages | page: https://www.north-pulse.net/?p=69313",
        "احتجاجات السويداء تتسع إلى صلخد وغيرها\n"
        "نورث بالس\n"
        "خرجت حشود غفيرة اليوم الثلاثاء في صلخد، المدينة الواقعة جنوب السويداء، تهتف للحرية والعدالة الاجتماعية وتطالب بتحويل "
        "النظام السياسي إلى نظام ديمقراطي. وذكرت مصادر إعلامية محلية أن وفوداً قدمت من أنحاء المحافظة لتشارك في التظاهرة "
        "بالساحة العامة للمدينة. وكان متظاهرون قد دخلوا أمس مقر الشعبة الحزبية للبعث هناك، فنزعوا رموز الحكومة عن جدرانها "
        "ولحموا بابها الحديدي، وفق تسجيلات نشرها ناشطون. وفي الأيام الأخيرة، دخل محتجون المقرات الحزبية في الغارية "
        "وامتان وأم الرمان وأغلقوها.",
        [E("protest", None, PL("صلخد", "Salkhad", "As-Suwayda"), "2023-08-29", "مصادر إعلامية محلية", PROT,
           note="no crowd numbered; the local media's next sentence comes back to the rally"),
         E("protest", None, PL("صلخد", "Salkhad", "As-Suwayda"), "2023-08-28", "ناشطون", PROT,
           note="protesters storm and weld shut the party branch the day before: a protest act of its own day; the "
                "activists' videos are its source"),
         E("protest", None, PL("الغارية", "Al-Ghariya", "As-Suwayda"), None, None, PROT,
           note="offices entered and closed in three villages over recent days: one telling over a list (a group at "
                "the first); no day")])

passage("kq33", "2024-03-09", "Ugarit Post", "arrests of protest activists in three places, two sources, protests "
        "despite checkpoints (date inferred: a Saturday of the spring 2024 protests) "
        "| page: https://ugaritpost.com/الهيئة-تعتقل-مواطنين-وناشطين-بشكل-تع",
        "أوغاريت بوست – إدلب\n"
        "أوقف عناصر «جهاز الأمن العام»، الذراع الأمنية لـ«هيئة تحرير الشام»، يوم الجمعة ناشطاً في مدينة إدلب، واعتقلوا كذلك ناشطاً "
        "آخر يعمل فناناً تشكيلياً في المدينة بسبب مشاركته في التظاهرات التي تنادي بإسقاط «الجولاني». ونقل المرصد السوري "
        "لحقوق الإنسان أن أمنيي الهيئة اقتادوا إلى جهة مجهولة رجلاً من الفوعة يتهمونه بالتحريض على التظاهر، وآخر من بنش "
        "يقولون إنه من منظمي الاحتجاجات. وخرجت الجمعة تظاهرات في مدن وبلدات عديدة تسيطر عليها الهيئة، تطالب برحيل "
        "الجولاني وتندد بجهازه الأمني، رغم الحواجز التي نُصبت منذ الصباح لمنعها.",
        [E("arrest", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2024-03-08", None, HTS,
           note="two activists arrested in the city: one event (no number written); the dateline's «إدلب» is the "
                "first occurrence, the city of the act the second"),
         E("arrest", None, PL("الفوعة", "Al-Fuah", "Idlib"), "2024-03-08", "المرصد السوري لحقوق الإنسان", HTS,
           note="one man taken in his town"),
         E("arrest", None, PL("بنش", "Binnish", "Idlib"), "2024-03-08", "المرصد السوري لحقوق الإنسان", HTS,
           note="another man in another town, in the observatory's same sentence"),
         E("protest", None, None, "2024-03-08", None, PROT, kind="aggregate",
           note="protests in many unnamed towns on the day: no place; the outlet")])

passage("kq34", "2024-05-18", "Afrin Post", "a Friday of protests over a list of towns after an arrest campaign "
        "(date inferred) | page: https://afrinpost.net/ar/archives/35721",
        "عفرين بوست\n"
        "خرجت في محافظة إدلب، أمس الجمعة، تظاهرات شعبية ضد «هيئة تحرير الشام»، رغم أن جهازها للأمن العام نشر عناصره "
        "بكثافة لمنع الأهالي من الانضمام إليها. وكان الجهاز قد شنّ قبل التظاهرات حملة توقيف واسعة استهدفت أبرز منظمي "
        "الاحتجاجات، بينهم طبيب وعدد من الناشطين، فأثار غضباً عارماً ودعوات إلى العصيان المدني. وتحدى المحتجون القبضة "
        "الأمنية في سرمدا وباسقبا والرامي وكفرتخاريم وقورقانيا وجسر الشغور، وفي دارة عزة غربي حلب، وطالبوا "
        "أبا محمد الجولاني بالتنحي وبإطلاق المعتقلين فوراً.",
        [E("protest", None, PL("سرمدا", "Sarmada", "Idlib"), "2024-05-17", None, PROT,
           note="the lead and the list are one day's protests told over a list of towns: a group at the first; no "
                "crowd numbered"),
         E("arrest", None, PL("إدلب", "Idlib", "Idlib"), None, None, HTS,
           note="a recalled arrest campaign before the protests, no day, over the governorate; the detainees are "
                "named by kind only (no figure)")])

passage("kq35", "2024-03-15", "SOHR", "protests over a list of places, a week's tally of arrests "
        "(date inferred) | page: https://www.syriahr.com/تطالب-بالإفراج-عن-المعتقلين-مظاهرات-ض/715372/",
        "مظاهرات ضد «الجولاني» في إدلب وأريافها تطالب بإطلاق المعتقلين\n"
        "تظاهر معارضون لـ«الجولاني» في مدينة إدلب وفي أرمناز وجسر الشغور وكفرتخاريم ومخيمات أطمة الغربية، مطالبين بإسقاطه "
        "وبالإفراج عن المعتقلين. ومع اشتداد الاحتجاجات ضد قائد «هيئة تحرير الشام» في مناطق سيطرتها، ارتفعت على نحو لافت "
        "أعداد المدنيين والناشطين الموقوفين بسبب مشاركتهم فيها. ويطالب المحتجون بإصلاحات جدية وبحل جهاز الأمن العام في "
        "صيغته الحالية واستئناف القتال على الجبهات ضد النظام. وخلال أيام لم تبلغ الأسبوع، أحصى المرصد السوري 11 حالة اعتقال، بينهم 7 ناشطين، "
        "نفذها عناصر جهاز الأمن العام.",
        [E("protest", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2024-03-15", None, PROT,
           note="one telling over a list of places: a group at the first, the city (the headline's «إدلب» is the "
                "first occurrence); the demands are the protest's, not statements"),
         E("arrest", Q("11", 11), None, None, "المرصد السوري", HTS, kind="aggregate",
           note="a tally over less than a week: an aggregate; the 7 activists are its breakdown")])


def main() -> None:
    write("gold90.jsonl", P90)


if __name__ == "__main__":
    main()
