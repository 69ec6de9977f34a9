"""Build gold102.jsonl: HELD-OUT set 102 (ids lc01…), written in stop 38 by writer w102 BEFORE any run on it.

35 short excerpts (a headline line, the lead and a detail or two), each the paraphrase of ONE real page found in the
search tool's `pages` corpus (queried in Arabic), years 2011-2025 with most pages from 2012-2016 and 2023-2025, 35
outlets (Arab papers relayed by masress/sauress/djazairess, Asharq Al-Awsat, Al-Ittihad, Al-Hayat, Enab Baladi, Al
Arabiya, Rudaw, North Press, Baladi News, Al-Thawra, Annahar, Ultra Sawt, Irfaa Sawtak, Mehr, Arabic Post and small
sites): the Daraa storming of 2011, Baba Amr and Aleppo 2012, defections and amnesties, the Observatory's and SNHR's
yearly, half-yearly and monthly tolls, the Shaitat killings, Jisr al-Shughour, Daraya's barrels, Russian, coalition,
Turkish and Israeli strikes, the Aleppo and Ghouta evacuations, Jasim 2022, the Daraa settlement of 2023, Sweida 2023
and 2025, the Homs campaign and Jaramana 2025. Every sentence was rewritten (no run of five words, names aside, is
shared with its page: checked by script against the page text, which was kept outside the repository); the
incidents, their order, places, figures, dates, sources and hedges are the page's; no private person is named.
Each passage's `style` ends with the page's address. Gold follows news_dev's README and the events_probe README's
stop 28, 30, 32 and 34 conventions, and was written before marsad was run on any passage. Offsets are computed by
build.build and checked.

    python benchmarks/data/events_probe/build102.py      # rewrites gold102.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402,F401

P102: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P102.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("lc01", "2011-04-25", "El Akhir Saa (Djazairess, relaying AFP and Al Jazeera)",
        "the storming of Daraa: a toll, arrests, shelling and snipers | page: https://djazairess.com/akhersaa/43251",
        "اقتحام درعا بالدبابات: 25 قتيلاً على الأقل وعشرات المعتقلين\n"
        "أحصت وكالة الصحافة الفرنسية ما لا يقل عن 25 قتيلاً في الحملة العسكرية التي بدأها الجيش والأمن "
        "السوريان فجر اليوم الاثنين على مدينة درعا جنوبي البلاد، فيما روى شهود أن جثثاً بقيت مرمية في الطرقات وأن "
        "العشرات اقتيدوا إلى الاعتقال. وبحسب الأنباء الواردة من المدينة، دخلها آلاف العناصر تساندهم دبابات ومدرعات، "
        "وراحوا يقصفون أحياءها ويدهمون البيوت بعد قطع الهاتف والكهرباء. وتحدث ناشطون عن قناصة يعتلون أسطح المباني "
        "ويطلقون النار على كل من يتحرك، ما يحول دون انتشال الجثث.",
        [E("shelling", Q("ما لا يقل عن 25", 25, None), PL("درعا", "Daraa", "Daraa"), "2011-04-25", "وكالة الصحافة الفرنسية", GOV,
           note="the storming of the city (tanks shelling homes, snipers) is one act whose dead are the 25 (at least: "
                "low 25, open); a second coder could type it casualties (a force firing on civilians) or armed_clash"),
         E("arrest", Q("العشرات", 20, 90, True), PL("درعا", "Daraa", "Daraa"), "2011-04-25", "شهود", GOV,
           note="«العشرات اقتيدوا إلى الاعتقال» told by witnesses: an arrest event of its own beside the storming")])

passage("lc02", "2012-02-21", "Sheikh Mohammed Farag's site (relaying Al Arabiya and Al Jazeera)",
        "Baba Amr shelled on the 18th day, reinforcements, a night protest fired on in Damascus "
        "| page: http://mohammedfarag.com/print.php?action=printf&&id=14877",
        "بابا عمرو: 12 قتيلاً في أشد قصف منذ 18 يوماً\n"
        "ذكرت قناة العربية أن 12 شخصاً قُتلوا صباح اليوم الثلاثاء بعدما أمطرت قوات النظام حي بابا عمرو في مدينة حمص "
        "بما يزيد على 200 قذيفة. وقال ناشطون إن القصف المدفعي الذي انطلق مع الفجر، وقد بلغت الحملة على المدينة يومها "
        "الثامن عشر، هو الأعنف منذ بدايتها وخلّف عشرات الجرحى، وسط ترقب لاقتحام دامٍ للحي بعد وصول تعزيزات حكومية ضخمة. "
        "وسبق ذلك ليلاً جرح أربعة أشخاص حين أطلق عناصر الأمن الرصاص الحي على مظاهرة مسائية مناهضة للنظام في دمشق.",
        [E("shelling", Q("12", 12), PL("بابا عمرو", "Baba Amr", "Homs"), "2012-02-21", "قناة العربية", GOV,
           note="the 12 dead are the figure (the 200 shells its own count); the activists' telling is the same shelling"),
         E("reinforcement", None, PL("حمص", "Homs", "Homs"), "2012-02-21", "ناشطون", GOV,
           note="huge government reinforcements arrived before an expected storming; told by the activists; placed at "
                "the city the campaign targets"),
         E("protest", None, PL("دمشق", "Damascus", "Damascus"), "2012-02-20", None, PROT,
           note="a night protest fired on the night before: the protest with four wounded (the injured are never the "
                "figure); a new act after the sourced report: the outlet")])

passage("lc03", "2012-07-29", "Al-Yaum (Sauress)",
        "the army's counter-offensive on Aleppo: a national day toll and the Observatory director's telling of the "
        "fronts, the FSA commander's answer | page: https://sauress.com/alyaum/55347",
        "المرصد: 63 قتيلاً في يوم بدء هجوم الجيش على حلب\n"
        "أحصى المرصد السوري لحقوق الإنسان 63 قتيلاً في أنحاء سوريا يوم السبت، الذي أطلق فيه الجيش هجوماً "
        "معاكساً لاستعادة أحياء حلب الواقعة في يد المعارضة. ووصف رامي عبد الرحمن، مدير المرصد، القتال في عدد من أحياء "
        "المدينة بأنه الأشد منذ اندلاع الثورة، مشيراً إلى أن الجيش دفع بتعزيزات نحو حي صلاح الدين، وأن مروحيات تشارك "
        "في المعارك عند مداخله، فيما احتدمت الاشتباكات على أطراف الصاخور وسقطت قذائف على حي السكري الذي ينزح أهله. "
        "في المقابل، أكد العقيد عبد الجبار العكيدي، قائد المجلس العسكري للجيش الحر في حلب، لفرانس برس أن مقاتليه "
        "ردوا الهجوم على صلاح الدين وأعطبوا ثماني آليات.",
        [E("casualties", Q("63", 63), None, "2012-07-28", "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="a national day toll with no act of its own: a casualties aggregate"),
         E("armed_clash", None, PL("صلاح الدين", "Salah al-Din", "Aleppo"), "2012-07-28",
           "رامي عبد الرحمن", GOV,
           note="the assault on Salah al-Din; the FSA commander's telling (eight vehicles disabled) is the same clash"),
         E("reinforcement", None, PL("صلاح الدين", "Salah al-Din", "Aleppo"), "2012-07-28",
           "رامي عبد الرحمن", GOV, note="reinforcements pushed towards the quarter"),
         E("airstrike", None, PL("صلاح الدين", "Salah al-Din", "Aleppo"), "2012-07-28",
           "رامي عبد الرحمن", GOV,
           note="helicopters taking part in the fighting at its entrances; a second coder could fold it into the clash"),
         E("armed_clash", None, PL("الصاخور", "Al-Sakhour", "Aleppo"), "2012-07-28", "رامي عبد الرحمن",
           GOV),
         E("shelling", None, PL("السكري", "Al-Sukkari", "Aleppo"), "2012-07-28", "رامي عبد الرحمن", None,
           note="shells on Sukkari, whose people flee; who fired is not said")])

passage("lc04", "2012-10-12", "Asharq Al-Awsat",
        "an Alawite woman colonel's video defection, seven officers to Jordan recalled "
        "| page: http://archive.aawsat.com/details.asp?section=4&issueno=12371&article=699273&feature=",
        "أول ضابطة علوية تعلن انشقاقها عن النظام\n"
        "ظهرت أمس في تسجيل مصور بثه ناشطون على يوتيوب، وبثّته أيضاً «سكاي نيوز عربية»، امرأة بزي عسكري قدّمت "
        "نفسها بأنها العقيد زبيدة الميقي من ملاك مديرية تجنيد المنطقة الجنوبية، معلنة تخليها عما سمّته «كتائب الأسد "
        "الخائنة». وبحسب الناشطين فإن الميقي علوية، ما يجعلها أول ضابطة من الطائفة تترك صفوف النظام. ويأتي ذلك بعد "
        "معلومات أوردتها «الشرق الأوسط» قبل يومين عن انشقاق سبعة من كبار الضباط المنتمين إلى الطائفة ذاتها ولجوئهم مع "
        "عائلاتهم إلى الأردن، وهو ما أكده خالد بكار، الذي ينسق عمل المجلس العسكري في حمص وريفها.",
        [E("defection", None, None, "2012-10-11", "العقيد زبيدة الميقي", GOV,
           note="she announced it herself in the video (as p13); a singular, no figure; the recruitment directorate "
                "names no place"),
         E("defection", Q("سبعة", 7), PL("الأردن", "Jordan", None, "Jordan"), None, "الشرق الأوسط", GOV,
           note="an arrival abroad told as the defection keeps the arrival place; the paper reported it two days "
                "before and names itself as the source; the day of the defection is not given")])

passage("lc05", "2013-03-26", "Akhbar Al Aan",
        "two mass defections told by the coordination committees' union "
        "| page: https://www.akhbaralaan.net/news/arab-world/2013/03/26/syria-free-army-regions-revolutionary-union-militarily",
        "اتحاد التنسيقيات: انشقاقات بالمئات في القنيطرة وريف دمشق\n"
        "أعلن اتحاد تنسيقيات الثورة السورية أن الثوار أمّنوا خروج مئة وسبعين عسكرياً تركوا قوات الأسد في ريف القنيطرة "
        "الغربي. وفي ريف دمشق، انشق قرابة مئتي عسكري آخرين عن قوات النظام والتحقوا بصفوف الجيش الحر.",
        [E("defection", Q("مئة وسبعين", 170), PL("ريف القنيطرة الغربي", "Western Quneitra countryside",
                                                 "Quneitra"), "2013-03-26", "اتحاد تنسيقيات الثورة السورية", GOV,
           note="undated item news: the publication day"),
         E("defection", Q("قرابة مئتي", 200, approx=True), PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2013-03-26",
           "اتحاد تنسيقيات الثورة السورية", GOV,
           note="an act of the same kind told on after the union's report: its source carries")])

passage("lc06", "2013-04-16", "Al-Shorouk (Masress)",
        "an amnesty decree with desertion clauses, relayed from SANA | page: https://www.masress.com/shorouk/693530",
        "الأسد يصدر عفواً عاماً عشية عيد الجلاء\n"
        "منح الرئيس السوري بشار الأسد، بالمرسوم التشريعي رقم 23 الصادر اليوم الثلاثاء، عفواً عاماً عن الجرائم "
        "المرتكبة قبل 16 نيسان/أبريل 2013، بحسب ما أوردته وكالة «سانا». ويُعفى بموجبه مرتكبو الفرار الداخلي من كامل "
        "العقوبة، شرط أن يسلّم المتوارون أنفسهم في غضون ثلاثين يوماً، وتمتد المهلة إلى 90 يوماً لمن فرّ إلى الخارج. "
        "ويخفف المرسوم الإعدام إلى الأشغال الشاقة المؤبدة، ويعفي من ربع العقوبة من انضم إلى «منظمة إرهابية»، ولا يشمل "
        "تهريب السلاح والمخدرات. وكان آخر عفو سبقه قد صدر في تشرين الأول/أكتوبر 2012.",
        [E("desertion", None, None, "2013-04-16", "سانا", GOV,
           note="an amnesty decree covering desertion is a desertion event; the 30 and 90 days are terms, not figures; "
                "the October 2012 amnesty is recalled without a day and not said to cover desertion: not coded")])

passage("lc07", "2014-01-01", "Al-Ittihad (UAE)",
        "the Observatory's running total since 2011 with its breakdown, a shell on a bus, a 17-day air campaign toll "
        "| page: https://www.aletihad.ae/articleamp/285/2014/130-ألف-قتيل..حصيلة-جديدة-للحرب-في-سوريا",
        "130 ألف قتيل حصيلة جديدة للحرب في سوريا\n"
        "أحصى المرصد السوري لحقوق الإنسان، ومقره بريطانيا، في آخر أيام عام 2013 مقتل 130433 شخصاً منذ اندلاع الثورة "
        "منتصف آذار/مارس 2011، أغلبهم مقاتلون من الطرفين. ويتوزع هؤلاء بين 46266 مدنياً، منهم ما يفوق سبعة آلاف "
        "طفل، و52290 عنصراً من القوات النظامية ومسلحيها الرديفين، و29083 من مقاتلي المعارضة بمن فيهم الجهاديون، إلى جانب "
        "2794 لم تُعرف هوياتهم. وفي الميدان، ذكر المرصد أن قذيفة أصابت يوم الثلاثاء حافلة ركاب بحي طريق الباب في شرق "
        "حلب فقتلت 15 شخصاً، منهم طفلان، وذلك في اليوم السابع عشر من حملة جوية على المدينة وريفها حصدت حتى الآن أكثر من 500 "
        "قتيل.",
        [E("casualties", Q("130433", 130433), None, "2013-12", "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="running total since March 2011; the categories are its breakdown; «ومقره بريطانيا» is no place"),
         E("shelling", Q("15", 15), PL("طريق الباب", "Tariq al-Bab", "Aleppo"), "2013-12-31", "المرصد", None,
           note="a shell on a bus; who fired is not said; two children are a breakdown"),
         E("airstrike", Q("أكثر من 500", 500, None, True), PL("حلب", "Aleppo", "Aleppo"), None, "المرصد", None,
           kind="aggregate",
           note="a running toll of a 17-day air campaign on the city and its countryside: an airstrike aggregate "
                "(stop 32); the bus shell is not inside it (another weapon)")])

passage("lc08", "2014-01-01", "Al-Messa (Masress)",
        "the Observatory's yearly toll for 2013, yesterday's running total recalled, a stance, a strike on Sukkari "
        "| page: https://www.masress.com/almessa/221744",
        "المرصد: 2013 العام الأكثر دموية بأكثر من 73 ألف قتيل\n"
        "أحصى المرصد السوري لحقوق الإنسان 73455 قتيلاً في سوريا على مدى عام 2013، بينهم 22436 مدنياً، ليكون أكثر "
        "أعوام الثورة دموية. وكان المرصد قد قدّر أمس مجموع القتلى منذ آذار/مارس 2011 بما يتجاوز 130 ألفاً، وحمّل "
        "المجتمع الدولي شراكة في سفك الدم السوري لتقاعسه عن وقف المجازر. ومع مطلع العام الجديد دخل القصف الجوي على حلب "
        "وريفها يومه الثامن عشر، إذ قُتل خمسة أشخاص في غارة للطيران الحربي على حي السكري، بحسب المرصد.",
        [E("casualties", Q("73455", 73455), None, "2013", "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="the year's toll; the civilians are its breakdown"),
         E("casualties", Q("بما يتجاوز 130 ألفاً", 130000, None, True), None, "2013-12-31", "المرصد", None,
           kind="aggregate",
           note="the running total since March 2011 given the day before: an aggregate of its own (another period); "
                "a bound by a verb: low 130000, open"),
         E("statement", None, None, "2013-12-31", "المرصد", None,
           note="the Observatory holds the international community complicit: a named body's stance told as its own "
                "matter (stop 32's rule); a second coder could leave it out"),
         E("airstrike", Q("خمسة", 5), PL("السكري", "Al-Sukkari", "Aleppo"), "2014-01-01", "المرصد", GOV,
           note="warplanes on Aleppo in 2014: the regime's air force; dated by «مطلع العام الجديد»")])

passage("lc09", "2014-02-09", "Al-Madina (Sauress, relaying AFP)",
        "the Old Homs evacuation under a UN deal, the governor and the Observatory, aid delayed by an attack "
        "| page: https://sauress.com/almadina/510549",
        "إجلاء 420 مدنياً على الأقل من أحياء حمص المحاصرة\n"
        "خرج اليوم الأحد ما لا يقل عن 420 مدنياً من الأحياء المحاصرة في حمص القديمة، تنفيذاً لاتفاق جرى برعاية الأمم "
        "المتحدة، وفق ما أكده محافظ حمص طلال البرازي، الذي قال إن العملية لم تنته بعد. وأيّد المرصد السوري لحقوق "
        "الإنسان ذلك متحدثاً عن خروج المئات من قرابة عشرة أحياء يطوقها النظام منذ ما يزيد على 600 يوم. وأفاد مراسل وكالة سانا "
        "بأن المساعدات دخلت المدينة القديمة اليوم، بعدما تعطل إدخالها أمس إثر اعتداء «المجموعات المسلحة» على سيارات "
        "القافلة.",
        [E("other", Q("ما لا يقل عن 420", 420, None), PL("حمص القديمة", "Old Homs", "Homs"), "2014-02-09",
           "محافظ حمص طلال البرازي", None,
           note="an evacuation; the Observatory's «المئات» is another telling of it; the siege is a state, no event"),
         E("armed_clash", None, PL("حمص القديمة", "Old Homs", "Homs"), "2014-02-08", "مراسل وكالة سانا", FSA,
           note="the attack on the aid convoy the day before, in SANA's words; no dead: no figure; a second coder "
                "could code it other or leave it out")])

passage("lc10", "2014-08-17", "Mehr News Agency (Arabic)",
        "IS killings of the Shaitat over two weeks, towns taken, the abduction that started it "
        "| page: https://ar.mehrnews.com/amp/1839470",
        "المرصد: داعش قتل أكثر من 700 من أبناء الشعيطات في أسبوعين\n"
        "بحسب المرصد السوري لحقوق الإنسان، قتل تنظيم «داعش» في الأسبوعين الأخيرين ما يزيد على 700 من أبناء عشيرة "
        "الشعيطات في ريف دير الزور الشرقي بعد أن تمردت عليه، معظمهم مدنيون سقطوا في بادية الشعيطات وبلدات غرانيج "
        "وأبو حمام والكشكية، وهي بلدات أحكم التنظيم قبضته عليها بالكامل قبل أيام. وأوضح المرصد أن نحو مئة فقط من القتلى "
        "مسلحون من العشيرة، وأن أكثرهم قضوا في الهجوم الثاني للتنظيم، فيما لا يزال مصير قرابة 1800 من أبنائها "
        "مجهولاً. وتعود المواجهات بين الطرفين إلى 31 تموز/يوليو، حين خطف التنظيم ثلاثة من أبناء العشيرة.",
        [E("casualties", Q("ما يزيد على 700", 700, None, True),
           PL("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"), "2014-08", "المرصد السوري لحقوق الإنسان", IS,
           kind="aggregate",
           note="killings of a tribe over two weeks, mostly civilians: a casualties aggregate (massacres, no fight told "
                "as such) at the region the text gives; the hundred armed men are a breakdown; the missing are no event"),
         E("territory_change", None, PL("غرانيج", "Gharanij", "Deir ez-Zor"), None, "المرصد", IS,
           note="one act told over three towns (a group): gold gives the first; «قبل أيام» fixes no day"),
         E("arrest", Q("ثلاثة", 3), None, "2014-07-31", None, IS,
           note="the abduction of three on 31 July, recalled by the writer (outlet) with its own day; abductions are "
                "arrest (sets 73, 79); no place given")])

passage("lc11", "2015-02-18", "Sout El Omma (Masress, relaying dpa)",
        "the Observatory's tolls of a government offensive on Aleppo: both sides, a night clash, reinforcements "
        "| page: https://www.masress.com/soutelomma/151486",
        "المرصد: 70 قتيلاً على الأقل من القوات النظامية في هجمات حلب\n"
        "جاء في بيان أصدره المرصد السوري لحقوق الإنسان، وتلقت وكالة الأنباء الألمانية نسخة عنه اليوم الأربعاء، أن "
        "القوات النظامية ومسلحيها خسروا 70 عنصراً على الأقل في الهجمات التي شنوها على مواقع عدة في ريف حلب الشمالي "
        "وضاحية الراشدين وجمعية الزهراء. ورجّح المرصد ارتفاع الحصيلة، إذ تفيد معلومات بمقتل 25 آخرين على الأقل في "
        "اشتباكات ليل أمس الثلاثاء حول حي العامرية. وفي صفوف المعارضة، قُتل 66 مقاتلاً سورياً على الأقل، منهم 46 في "
        "الريف الشمالي و20 على جبهات المدينة، إلى جانب 20 على الأقل من مقاتلي «جيش المهاجرين والأنصار» و«جبهة النصرة» "
        "الأجانب. كما وصل إلى بلدة الزهراء ما لا يقل عن 61 من عناصر القوات النظامية والدفاع الوطني.",
        [E("armed_clash", Q("70", 70, None), PL("ريف حلب الشمالي", "Northern Aleppo countryside", "Aleppo"),
           "2015-02-18", "المرصد السوري لحقوق الإنسان", GOV,
           note="the offensive told over three places (a group, the first given); the figure is the first side the "
                "text numbers (70 at least); the opposition's 66 and the foreigners' 20 are the other side, no second "
                "event; undated: the publication day"),
         E("armed_clash", Q("25", 25, None), PL("العامرية", "Al-Amiriya", "Aleppo"), "2015-02-17", "المرصد", GOV,
           note="a night clash at another place with its own day and toll (25 more at least); a second coder could "
                "read it as a part of the offensive's toll"),
         E("reinforcement", Q("ما لا يقل عن 61", 61, None), PL("الزهراء", "Al-Zahraa", "Aleppo", nth=1), "2015-02-18", "المرصد", GOV,
           note="«كما وصل» goes on with the Observatory's report; the town, not the Aleppo quarter «جمعية الزهراء»")])

passage("lc12", "2015-04-25", "Al-Azd (Sauress)",
        "Jisr al-Shughour taken by the factions and Nusra, bodies counted, the activists' higher toll "
        "| page: https://sauress.com/alazd/139012",
        "الفصائل تسيطر على جسر الشغور بالكامل والمرصد يحصي 60 جثة لجنود النظام\n"
        "سيطرت فصائل المعارضة المسلحة، بمساندة جبهة النصرة، على مدينة جسر الشغور وكل الحواجز المحيطة بها، وهي المرة "
        "الأولى منذ أربع سنوات التي تخرج فيها المدينة عن يد النظام، بحسب ناشطين معارضين والمرصد السوري لحقوق الإنسان. "
        "وذكر المرصد في رسالة عبر البريد الإلكتروني أن مصادر موثوقة لديه رأت ستين جثة على الأقل لجنود من قوات النظام "
        "ومسلحين يقاتلون معها، منهم ضباط، سقطوا أثناء الاستيلاء على المدينة اليوم. ويقدّر ناشطون أن قتلى النظام في "
        "المعركة التي دامت ثلاثة أيام تجاوزوا مئتين وخمسين. وبحسب لجان التنسيق، استولى المعارضون على المربع الأمني "
        "بعد مواجهات اندلعت الخميس الماضي وفرّ على إثرها عناصر النظام.",
        [E("territory_change", Q("ستين", 60, None), PL("جسر الشغور", "Jisr al-Shughur", "Idlib"),
           "2015-04-25", "المرصد السوري لحقوق الإنسان", FSA,
           note="the taking with its dead (60 at least, the first figure written); the activists' 250 over three days "
                "and the committees' telling (the security square) are other tellings of the same battle (stop 34); "
                "two sources open the item, the Observatory gives the figure")])

passage("lc13", "2015-11-01", "Enab Baladi",
        "a week of barrels on Daraya with its toll, day by day, a barrel on Moadamiyeh, a sniping "
        "| page: https://enabbaladi.net/50830/150-برميلًا-استهدفت-داريا-خلال-أسبوع-وأسفرت-عن-6-شهداء/?amp=1",
        "151 برميلاً على داريا في أسبوع قتلت ستة مدنيين\n"
        "لم تتوقف البراميل المتفجرة والقذائف عن السقوط على أحياء داريا السكنية طوال الأسبوع الماضي، إذ ألقى الطيران "
        "المروحي والحربي على المدينة 151 برميلاً قُتل جراءها ستة مدنيين، منهم أمّ وطفلها الوحيد يوم الأربعاء 28 تشرين "
        "الأول، وأصيب آخرون بعضهم بجروح بالغة، وفق مراسل عنب بلدي. ويوم الخميس سقط 22 برميلاً خلف مقام السيدة سكينة، "
        "فيما تجاوز عددها يوم الجمعة 45 برميلاً، وأصاب أحدها جنوب معضمية الشام المجاورة فقتل شخصاً. وفي المقابل، قنص "
        "مقاتلو لواء شهداء الإسلام جنديين للنظام على الجبهة الشمالية للمدينة.",
        [E("airstrike", Q("ستة", 6), PL("داريا", "Daraya", "Rif Dimashq"), "2015-10", "مراسل عنب بلدي", GOV,
           kind="aggregate",
           note="a week's toll of one cause at one town: an airstrike aggregate whose figure is the dead (the 151 "
                "barrels its own count); it is more than the days told below, so it stands beside them"),
         E("airstrike", None, PL("داريا", "Daraya", "Rif Dimashq"), "2015-10-28", "مراسل عنب بلدي", GOV,
           note="Wednesday's barrels killed a mother and her child: no figure written for that day"),
         E("airstrike", Q("22", 22), PL("داريا", "Daraya", "Rif Dimashq"), "2015-10-29", "مراسل عنب بلدي", GOV,
           note="the shrine is a landmark: placed at its town; the barrels are the figure (no dead)"),
         E("airstrike", Q("45", 45, None, True), PL("داريا", "Daraya", "Rif Dimashq"), "2015-10-30", "مراسل عنب بلدي",
           GOV, note="«تجاوز … 45»: low 45, open"),
         E("airstrike", None, PL("معضمية الشام", "Moadamiyat al-Sham", "Rif Dimashq"), "2015-10-30",
           "مراسل عنب بلدي", GOV, note="one of Friday's barrels killed one person in the next town: no figure"),
         E("armed_clash", None, PL("داريا", "Daraya", "Rif Dimashq"), "2015-11-01", "مراسل عنب بلدي", FSA,
           note="two soldiers sniped (a dual, no figure); the outlet's own reporter carries over the item; undated: "
                "the publication day")])

passage("lc14", "2016-08-02", "Libya's Channel",
        "Russian strikes on Abu al-Duhur after a helicopter was downed, the factions' shelling of Aleppo, Kerry's call "
        "| page: https://libyaschannel.com/2016/08/02/غارات-روسية-تخلف-عددا-من-القتلى-والجرح",
        "غارات روسية على ريف إدلب بعد إسقاط مروحية\n"
        "في أعقاب إسقاط مروحية روسية ومقتل أفراد طاقمها الخمسة، كثّف الطيران الروسي غاراته على مناطق تسيطر عليها "
        "المعارضة في ريف إدلب، موقعاً قتلى وجرحى. وذكرت المعارضة أن أكثر من ثلاثين غارة استهدفت قرى في منطقة أبو "
        "الضهور، فقتلت اثني عشر شخصاً وجرحت نحو عشرين بينهم نساء وأطفال. وفي سياق متصل، أورد المرصد السوري مساء أمس "
        "حصيلة بلغت ما لا يقل عن ثمانية وعشرين قتيلاً مدنياً خلال يوم وليلة جراء قصف الفصائل المعارضة للأحياء "
        "الجنوبية الغربية من مدينة حلب. ودعا جون كيري، وزير الخارجية الأمريكي، روسيا أمس إلى الامتناع عن العمليات "
        "الهجومية في سوريا.",
        [E("airstrike", Q("اثني عشر", 12), PL("أبو الضهور", "Abu al-Duhur", "Idlib"), "2016-08-02", "المعارضة", RUS,
           note="the raids' dead are the figure (the 30 raids their count); undated: the publication day; the "
                "downing of the helicopter is recalled with no day or place: not coded"),
         E("shelling", Q("ما لا يقل عن ثمانية وعشرين", 28, None), PL("حلب", "Aleppo", "Aleppo"), "2016-08-01",
           "المرصد السوري", FSA,
           note="a day and a night of the factions' shelling on the city's south-west quarters, told as one act; a "
                "second coder could code it a day aggregate"),
         E("statement", None, None, "2016-08-01", "جون كيري", None,
           note="a named official's call to Russia: a statement (stop 32)")])

passage("lc15", "2016-12-20", "Arabic Post",
        "the ICRC's running total of the east Aleppo evacuation and one day's figure "
        "| page: https://arabicpost.net/archive/2016/12/20/إجلاء-25-ألفاً-من-المحاصرين-في-حلب-منذ-بد",
        "الصليب الأحمر: 25 ألفاً خرجوا من شرق حلب منذ الخميس\n"
        "قالت اللجنة الدولية للصليب الأحمر اليوم الثلاثاء 20 كانون الأول/ديسمبر إن من أُجلوا من مدينة حلب المحاصرة "
        "بلغوا 25 ألف شخص منذ انطلاق إخراج المدنيين والمقاتلين يوم الخميس 15 من الشهر. وأوضحت المتحدثة باسم اللجنة "
        "إنجي صدقي أن 15 ألفاً غادروا الأحياء الشرقية أمس الاثنين وحده، وأن 14 جريحاً في حالة حرجة نُقلوا خلال الليل، "
        "بينما استقل جرحى آخرون الحافلات صباحاً. ولا يزال آلاف ينتظرون دورهم، ضمن اتفاق رعته روسيا وتركيا وإيران بعد "
        "أن استعادت قوات النظام معظم تلك الأحياء.",
        [E("other", Q("25 ألف", 25000), PL("حلب", "Aleppo", "Aleppo"), "2016-12", "اللجنة الدولية للصليب الأحمر", None,
           kind="aggregate",
           note="the running total of an evacuation since Thursday: an aggregate beside Monday's figure (it covers "
                "more than the day told)"),
         E("other", Q("15 ألفاً", 15000), PL("حلب", "Aleppo", "Aleppo"), "2016-12-19",
           "المتحدثة باسم اللجنة إنجي صدقي", None,
           note="Monday's evacuation from the eastern quarters, placed at the city (its origin); the 14 wounded are "
                "part of it; the sponsors are not places; the regime's retaking is recalled without a day")])

passage("lc16", "2017-01-06", "Al-Hayat (Sauress)",
        "a coalition strike on a Raqqa village, the battles there, the Observatory's running total of coalition "
        "victims | page: https://sauress.com/alhayat/13305249",
        "المرصد: 11 مدنياً قتلى غارات للتحالف على قرية في ريف الرقة الشمالي\n"
        "أعلن المرصد السوري لحقوق الإنسان يوم الجمعة مقتل 11 مدنياً، منهم ثمانية أطفال وثلاث نساء، جراء قصف "
        "نفذته طائرات التحالف الذي تقوده واشنطن على قرية خزيمة شمالي مدينة الرقة. وتشهد تلك المنطقة منذ الثلاثين "
        "من كانون الأول/ديسمبر معارك بين «قوات سورية الديموقراطية» وعناصر «داعش». وكان المرصد قد وثّق، في حصيلة "
        "نشرها يوم 23 من الشهر الفائت، مقتل 299 مدنياً بغارات التحالف في سورية منذ صيف 2014، من بينهم 81 طفلاً، "
        "علاوة على 3712 من مقاتلي التنظيم.",
        [E("airstrike", Q("11", 11), PL("خزيمة", "Khuzayma", "Raqqa"), "2017-01-06", "المرصد السوري لحقوق الإنسان",
           COAL, note="undated strike told as the item's news: the publication day"),
         E("armed_clash", None, PL("ريف الرقة الشمالي", "Northern Raqqa countryside", "Raqqa"),
           "2016-12-30", None, SDF,
           note="battles going on since 30 December, told by the writer (outlet); dated by their start; a second "
                "coder could call it background"),
         E("airstrike", Q("299", 299), None, "2016-12-23", "المرصد", COAL, kind="aggregate",
           note="the coalition's running total since summer 2014: an airstrike aggregate (one cause); the 3712 IS "
                "members are another category beside the first figure written")])

passage("lc17", "2018-03-28", "Al-Seyassi (Djazairess)",
        "the third Faylaq al-Rahman convoy from east Ghouta, a running total, hostages freed, Douma shelled and "
        "fought over | page: https://djazairess.com/alseyassi/94867",
        "نحو مئة حافلة تنقل سبعة آلاف من الغوطة إلى إدلب\n"
        "غادرت قرابة مئة حافلة معبر عربين في الغوطة الشرقية فجر أمس متجهة إلى إدلب، بموجب اتفاق أبرمته روسيا لتسليم "
        "البلدات إلى الحكومة، وعلى متنها نحو سبعة آلاف شخص منهم 1670 مسلحاً من «فيلق الرحمن». وهذه ثالث دفعة من مسلحي "
        "الفيلق تخرج من عربين وعين ترما وزملكا وجوبر، ليبلغ مجموع المغادرين 13 ألفاً بين مسلحين ومدنيين. وقالت مصادر "
        "حكومية إن الفيلق أفرج عن 28 مخطوفاً كانوا لديه، وكانت حركة أحرار الشام قد أطلقت قبل خروجها من حرستا 13 "
        "عسكرياً ومدنياً. وأفادت مصادر معارضة بأن قصفاً حكومياً على دوما يوم الاثنين جرح تسعة أشخاص، بينما اندلعت "
        "مواجهات بين القوات الحكومية و«جيش الإسلام» عند أطراف دوما وفي بلدة الريحان، بحسب ما أعلنه الأخير.",
        [E("other", Q("نحو سبعة آلاف", 7000, approx=True), PL("معبر عربين", "Arbin crossing", "Rif Dimashq"),
           "2018-03-27", None, None,
           note="an evacuation convoy placed at its origin (a crossing is a place of its own); the 1670 gunmen are a "
                "breakdown; the destination Idlib is no place"),
         E("other", Q("13 ألفاً", 13000), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), "2018-03", None, None,
           kind="aggregate",
           note="the running total of the three convoys: an aggregate beside the third (it is more than it)"),
         E("other", Q("28", 28), None, "2018-03-27", "مصادر حكومية", FSA,
           note="abductees freed by the Faylaq: a release (other), no place given; Ahrar al-Sham's release of 13 in "
                "Harasta is recalled with no day: not coded"),
         E("shelling", None, PL("دوما", "Douma", "Rif Dimashq"), "2018-03-26", "مصادر معارضة", GOV,
           note="nine wounded: the injured are never the figure"),
         E("armed_clash", None, PL("دوما", "Douma", "Rif Dimashq"), "2018-03-27", "جيش الإسلام", GOV,
           note="clashes on Douma's edges and in al-Rayhan (a group, the first given); told by Jaysh al-Islam; undated "
                "in the sentence: the day of the convoy")])

passage("lc18", "2019-05-16", "Al-Souria Net",
        "families evacuated from Khan Shaykhun under air attack, the Observatory's count of barrels over three "
        "provinces | page: https://www.alsouria.net/content/هجرة-إلى-مكان-مجهول-إخلاء-عشرات-العوائل-بخان-شيخون-جراء-هجمات-قوات-الأسد",
        "نزوح عشرات العائلات من خان شيخون تحت القصف\n"
        "أفاد الدفاع المدني السوري عبر حسابه في تويتر بأن عشرات العائلات أُخرجت أمس من خان شيخون في ريف إدلب الجنوبي "
        "نحو مناطق أقل خطراً، بسبب الهجمات العنيفة بصواريخ الطيران الحربي والبراميل المتفجرة، مضيفاً أن «لا شيء حياً "
        "بقي في المدينة». ولا تختلف حال بقية مناطق «خفض التصعيد»، إذ أحصى المرصد السوري لحقوق الإنسان 47 برميلاً "
        "متفجراً ألقتها المروحيات على مواقع في محافظات إدلب وحماة واللاذقية منذ انتصاف ليل الأربعاء على الخميس. وتدفع الحملة التي تشنها "
        "قوات الأسد وروسيا على المنطقة معظم العائلات إلى ترك بيوتها.",
        [E("other", Q("عشرات", 20, 90, True), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-05-15",
           "الدفاع المدني السوري", None,
           note="families evacuated (displacement: other); «عشرات» counts families"),
         E("airstrike", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-05-15", "الدفاع المدني السوري", GOV,
           note="the warplanes' missiles and barrels that drove them out; a second coder could read the attacks as "
                "ongoing background"),
         E("airstrike", Q("47", 47), PL("إدلب", "Idlib", "Idlib", nth=1), "2019-05-16", "المرصد السوري لحقوق الإنسان",
           GOV, note="47 barrels since midnight over three provinces (a group, the first given); the barrels are the "
                     "figure (no dead)")])

passage("lc19", "2020-06-02", "Baladi News",
        "a local monitor's monthly report for Daraa: civilian toll, government forces killed, assassinations "
        "| page: https://baladi-news.com/public/ar/articles/61246/تجمع-أحرار-حوران-يوثق-عدد-الشهداء-في-درعا-خلال-أيار",
        "تجمع أحرار حوران: 20 قتيلاً في درعا خلال أيار\n"
        "نشر «تجمع أحرار حوران» أمس الاثنين تقريراً وثّق فيه مقتل 20 شخصاً، بينهم خمسة أطفال وامرأة، سقطوا في محافظة "
        "درعا طوال أيار/مايو 2020. ومن هؤلاء 12، بينهم طفلان، قتلهم مجهولون بالرصاص المباشر، ومزارعان قضيا برصاص قوات "
        "النظام، وشابة وطفلة أصابهما طلق ناري أثناء العبث بسلاح فردي. كما أحصى التجمع مقتل 21 من قوات النظام، منهم "
        "خمسة ضباط و13 عنصراً، وتسعة منهم من شرطة ناحية المزيريب. ورصد التقرير في المحافظة 34 عملية اغتيال ناجحة "
        "وفاشلة خلّفت 32 قتيلاً و15 جريحاً.",
        [E("casualties", Q("20", 20), PL("درعا", "Daraa", "Daraa"), "2020-05", "تجمع أحرار حوران", None, kind="aggregate",
           note="the month's toll of people; the causes (gunmen, regime fire, accidents) are its breakdown"),
         E("casualties", Q("21", 21), None, "2020-05", "التجمع", GOV, kind="aggregate",
           note="government forces killed in the month: another category, an aggregate of its own; no act named; "
                "the Muzayrib police are a breakdown"),
         E("armed_clash", Q("32", 32), PL("درعا", "Daraa", "Daraa"), "2020-05", "التقرير", UNK, kind="aggregate",
           note="assassinations are killings by gunmen (armed_clash, stop 30); the month's toll of one cause; the dead "
                "are the figure (the 34 operations its count); it overlaps the tolls above")])

passage("lc20", "2021-08-23", "Al Arabiya",
        "a truck bomb in Azaz with wounded, a car bomb four days before recalled "
        "| page: https://www.alarabiya.net/arab-and-world/syria/2021/08/23/7-جرحى-بانفجار-سيارة-ملغمة-في-مدينة-اعزاز-بريف-حلب",
        "سبعة جرحى بانفجار شاحنة مفخخة في إعزاز\n"
        "دوّى انفجار قوي وسط إعزاز، المدينة الواقعة في ريف حلب الشمالي والتي تسيطر عليها فصائل «الجيش الوطني» المدعومة من أنقرة، "
        "ظهر اليوم الاثنين. وأدى انفجار شاحنة محملة بالمتفجرات بالقرب من دوار الجمال، على مدخل مرآب الشحن في غرب "
        "المدينة، إلى إصابة سبعة أشخاص وإلحاق أضرار جسيمة بالشاحنات المتوقفة هناك. وتواصل فرق الدفاع المدني إخماد "
        "النيران ونقل المصابين، ولم تعلن أي جهة مسؤوليتها. وفي 19 آب، سجّل المرصد السوري انفجار عبوة ناسفة زرعت في "
        "سيارة من طراز «سنتافيه» قرب مقبرة الشيخ سعد في المدينة، أصيب فيه رجل وامرأة.",
        [E("explosion", None, PL("إعزاز", "Azaz", "Aleppo"), "2021-08-23", None, None,
           note="seven wounded: the injured are never the figure; the roundabout is placed at its town; Turkey is "
                "named as a backer, no place"),
         E("explosion", None, PL("إعزاز", "Azaz", "Aleppo"), "2021-08-19", "المرصد السوري", None,
           note="a recall with its own day; the cemetery is placed at its town")])

passage("lc21", "2021-12-22", "Al-Jamal (Syria)",
        "Turkish shelling of a town and four villages with a civilian toll "
        "| page: https://aljaml.com/index.php/taxonomy/term/259?page=6",
        "قتلى مدنيون بقصف مدفعي تركي على ريف الحسكة\n"
        "قُتل ثلاثة مدنيين وجُرح سبعة آخرون، بينهم أطفال، مساء أمس الثلاثاء، الموافق للحادي والعشرين من كانون "
        "الأول/ديسمبر، حين قصفت المدفعية التركية والفصائل «التركمانية» التابعة لها بعنف بلدة أبو راسين، إضافة إلى قرى "
        "الدردارة والأسدية وتل الورد والربيعات في ريف الحسكة الشمالي الغربي، بحسب مصادر محلية. وطال القصف، وهو الأول من نوعه، مواقع «قسد» ومنازل مدنيين على "
        "خطوط التماس مع الجيش السوري ومسلحي «قسد»، وبين القتلى امرأتان.",
        [E("shelling", Q("ثلاثة", 3), PL("أبو راسين", "Abu Rasin", "Al-Hasakah"), "2021-12-21", "مصادر محلية", TUR,
           note="one act told over a town and four villages (a group, the first given); the two women are a "
                "breakdown")])

passage("lc22", "2022-10-15", "North Press Agency",
        "the second day of fighting between local gunmen and IS cells in Jasim "
        "| page: https://npasyria.com/125989/",
        "مقتل اثنين بينهم قيادي في داعش مع تواصل المعارك في جاسم\n"
        "سقط قتيل اليوم السبت وأقدم قيادي في «داعش» على تفجير نفسه، مع استمرار المواجهات في جاسم، المدينة الواقعة في "
        "ريف درعا الشمالي. وأوضح مصدر محلي تحدث إلى نورث برس أن القتيل قضى في القتال الذي اندلع صباح الجمعة بين مقاتلين "
        "من أبناء المنطقة وعناصر للتنظيم متحصنين في بيوت عدة، وكان أمس قد شهد مقتل خمسة، هم اثنان من «داعش» وثلاثة "
        "من المقاتلين المحليين. وبحسب المصدر ذاته، فجّر عناصر من التنظيم أنفسهم في بيت بالحي الشمالي، وكان بينهم "
        "القيادي أبو حمزة الشامي، في حين مدّد المقاتلون المحليون منع التجول في المدينة إلى أجل غير مسمى.",
        [E("armed_clash", None, PL("جاسم", "Jasim", "Daraa"), "2022-10-15", "مصدر محلي", None,
           note="Saturday's fighting: one dead and a leader who blew himself up (the headline's «اثنين» is a dual: no "
                "figure); the self-detonations in the house are part of it; the curfew is no named body's statement"),
         E("armed_clash", Q("خمسة", 5), PL("جاسم", "Jasim", "Daraa"), "2022-10-14", "مصدر محلي", None,
           note="Friday's fighting with its own toll of both sides (2 IS, 3 local: a breakdown); coded per day, as "
                "ACLED codes a battle over two days; a second coder could code one event")])

passage("lc23", "2023-02-01", "Ultra Sawt",
        "SNHR's monthly toll for January 2023 with perpetrators and provinces "
        "| page: https://www.ultrasawt.com/تقرير-بداية-دموية-65-مدنيًا-قتل-في-سوريا-خلال-الشهر-الأول-من-عام-2023/الترا-صوت/سياق-متصل/سياسة",
        "الشبكة السورية: 65 مدنياً قتلوا في كانون الثاني 2023\n"
        "أحصت الشبكة السورية لحقوق الإنسان، عبر تقرير نشرته اليوم الأربعاء، 65 قتيلاً مدنياً في سوريا خلال "
        "كانون الثاني/يناير 2023، بينهم 16 طفلاً وأربع سيدات، إضافة إلى أربعة ضحايا قضوا تحت التعذيب. وبحسب التقرير، "
        "قتل النظام السوري سبعة مدنيين بينهم سيدة، وقتلت «قوات سوريا الديمقراطية» خمسة بينهم سيدة، وقُتل مدني واحد "
        "بأيدي فصائل المعارضة المسلحة، فيما قُتل 52 بينهم 16 طفلاً وامرأتان بأيدي جهات أخرى كالألغام والرصاص المجهول "
        "المصدر. وتصدرت دير الزور المحافظات بقرابة 32% من الضحايا، تلتها الحسكة بنحو 21%.",
        [E("casualties", Q("65", 65), None, "2023-01", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a monthly toll; perpetrators, categories and provinces are its breakdown, never events")])

passage("lc24", "2023-06-15", "Al-Thawra (Syria)",
        "the running total of a Daraa settlement centre, a security source's words, plans "
        "| page: https://thawra.sy/?p=473032",
        "23 ألف مطلوب سوّوا أوضاعهم في درعا منذ 3 حزيران\n"
        "بلغ عدد المطلوبين الذين سوّوا أوضاعهم ضمن التسوية الشاملة لمحافظة درعا نحو 23000 شخص، حتى انقضاء اليوم "
        "الثاني عشر على عمل المركز المقام في قصر الحوريات بمدينة درعا، والذي فتح أبوابه يوم 3 من هذا الشهر. ونقلت "
        "الصحيفة عن مصدر أمني أن اللجنة ما زالت تستقبل كل راغب، وأن إقبال 23 ألفاً دليل على رغبة حقيقية في طي صفحة "
        "الفوضى، مضيفاً أن توزيع المناطق على أيام محددة خفف الازدحام. وأشار المصدر إلى تخصيص الغد، الجمعة، لحالات "
        "بعينها، على أن يُفتتح السبت مركز لأهالي الصنمين داخل مدينتهم.",
        [E("other", Q("نحو 23000", 23000, approx=True), PL("درعا", "Daraa", "Daraa"), "2023-06",
           "مصدر أمني", GOV, kind="aggregate",
           note="status settlements are other (set 1 p43); a running total since the 3rd: an aggregate; the building "
                "is placed at its city; the security source's next sentence comes back to it; the Sanamayn centre "
                "is future: no event")])

passage("lc25", "2023-07-03", "Irfaa Sawtak",
        "SNHR's half-year toll with perpetrators, provinces and June's own figure "
        "| page: https://www.irfaasawtak.com/syria/2023/07/03/خارج-القانون-مقتل-أكثر-500-مدني-سوري-في-ستة-أشهر",
        "الشبكة السورية: القتل خارج القانون حصد 501 مدني في النصف الأول من 2023\n"
        "أفاد تقرير نشرته الشبكة السورية لحقوق الإنسان أمس الأحد بأن 501 مدني قُتلوا خارج نطاق القانون في سوريا في "
        "الأشهر الستة الأولى من 2023، بينهم 71 طفلاً و42 سيدة و20 قضوا تحت التعذيب. ونسب التقرير إلى النظام السوري مقتل 62 "
        "مدنياً، وإلى القوات الروسية خمسة، وإلى «هيئة تحرير الشام» سبعة، وإلى فصائل «الجيش الوطني» تسعة، وإلى «قوات "
        "سوريا الديمقراطية» 20، فيما قُتل 394 بأيدي «جهات أخرى» ومدني واحد بيد «داعش». وجاءت درعا أولاً بربع الضحايا، "
        "تلتها دير الزور. وسجل التقرير في حزيران وحده 118 قتيلاً مدنياً، من بينهم 19 سيدة و15 طفلاً.",
        [E("casualties", Q("501", 501), None, "2023", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a half-year toll (January-June 2023); perpetrators and provinces are its breakdown"),
         E("casualties", Q("118", 118), None, "2023-06", "التقرير", None, kind="aggregate",
           note="June's own toll: another period, an aggregate beside the half-year's (as SNHR's monthly reports); "
                "a second coder could read it as a breakdown")])

passage("lc26", "2023-09-15", "Arab Khabar (relaying Al Jazeera and AFP)",
        "the largest Sweida protest with a crowd range, a statement read, protesters shot two days before "
        "| page: https://www.arabkhabar.com/a/639347",
        "أكبر مظاهرة في السويداء منذ شهر تطالب برحيل الأسد\n"
        "احتشد آلاف المحتجين اليوم الجمعة في ساحة الكرامة بمدينة السويداء، في أكبر مظاهرة ضد النظام منذ انطلاق "
        "الاحتجاجات قبل قرابة شهر، مع أن مسلحين أطلقوا النار على محتجين قبل يومين. وقدّر مشاركون تحدثوا لوكالة الصحافة "
        "الفرنسية عدد المتظاهرين بما بين 3500 و4 آلاف، وقالوا إن الحشد فاق المرات السابقة. وقرأ أحد المحتجين بياناً "
        "منسقاً مع أحد شيوخ الطائفة الدرزية يدعو إلى دولة وطنية ديمقراطية ويرفض فرض حزب البعث سياساته. وكان ثلاثة "
        "متظاهرين قد أصيبوا الأربعاء الماضي برصاص مسلحين أطلقوا النار عليهم وهم يحاولون إغلاق فرع حزب البعث، في أول "
        "إطلاق نار على المحتجين منذ بدء التظاهرات.",
        [E("protest", Q("ما بين 3500 و4 آلاف", 3500, 4000), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-09-15",
           "مشاركون", PROT,
           note="the crowd range is the figure (the participants' estimate, relayed by AFP); the square is placed at "
                "the city; the statement read names no body: not coded"),
         E("protest", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-09-13", None, PROT,
           note="Wednesday's protest fired on at the Baath branch (three wounded, no figure), recalled with its day; "
                "placed at the city")])

passage("lc27", "2024-01-01", "Fresh Syria",
        "SNHR's yearly toll for 2023 with December's figure, perpetrators, provinces and mines "
        "| page: https://freshsyria.net/archives/126065",
        "الشبكة السورية توثق مقتل 1032 مدنياً في 2023\n"
        "نشرت الشبكة السورية لحقوق الإنسان اليوم الاثنين تقريرها السنوي، وأحصت فيه 1032 قتيلاً مدنياً في سوريا على "
        "امتداد عام 2023، منهم 181 طفلاً و150 سيدة، إلى جانب 57 قضوا بسبب التعذيب. وسجّل التقرير في كانون الأول وحده "
        "91 قتيلاً مدنياً، منهم 13 سيدة و14 طفلاً، و11 قضوا تعذيباً. ووزّع التقرير المسؤولية على نظام الأسد (225 "
        "قتيلاً) والقوات الروسية (20) و«قوات سوريا الديمقراطية» (74) والتحالف الدولي (5) و«جهات أخرى» (674)، مع مدني "
        "واحد قتله تنظيم الدولة. وحلّت درعا أولى المحافظات بنحو 22% من الضحايا، ثم دير الزور بنحو 20%. كما قُتل منذ "
        "مطلع العام 114 مدنياً بالألغام، بينهم 26 طفلاً.",
        [E("casualties", Q("1032", 1032), None, "2023", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the year's toll; perpetrators, provinces and the mines' 114 are its breakdown (the mines a part by "
                "cause; a second coder could code an explosion aggregate)"),
         E("casualties", Q("91", 91), None, "2023-12", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="December's own toll: another period, an aggregate beside the year's")])

passage("lc28", "2024-09-22", "Dglah",
        "an amnesty decree for desertion and misdemeanours, SNHR's total of the detained "
        "| page: https://dglah.net/الأسد-يصدر-عفوا-عاما-وسط-تقارير-عن-آلاف/",
        "الأسد يصدر عفواً عن جرائم الفرار والجنح\n"
        "أصدر بشار الأسد يوم الأحد مرسوماً تشريعياً يعفو عفواً عاماً عما ارتُكب قبل 22 أيلول/سبتمبر 2024 من جرائم "
        "الفرار والجنح والمخالفات. ويسري العفو على الفرار الداخلي والخارجي المنصوص عليه في قانون العقوبات العسكري، بشرط أن "
        "يسلّم الفارّ نفسه خلال ثلاثة أشهر إن كان فراره داخلياً وأربعة أشهر إن كان خارجياً. ويستثني المرسوم جرائم "
        "كالرشوة والتزوير وجنحاً تتعلق بالقوانين الاقتصادية ومخالفات البناء وسرقة الكهرباء. وتقول الشبكة السورية لحقوق "
        "الإنسان إن النظام يحتجز أو أخفى قسراً 136 ألفاً و614 شخصاً، منهم ثمانية آلاف و500 امرأة ونحو 3700 طفل.",
        [E("desertion", None, None, "2024-09-22", None, GOV,
           note="an amnesty decree covering desertion; the three and four months are terms"),
         E("arrest", Q("136 ألفاً و614", 136614), None, None, "الشبكة السورية لحقوق الإنسان", GOV, kind="aggregate",
           note="a running total of the detained and disappeared (no period given; since 2011 implied); children "
                "and women are its breakdown")])

passage("lc29", "2024-10-04", "Rudaw Arabic",
        "the Asayish's statement on a Turkish drone strike on a car, an earlier strike recalled "
        "| page: https://rudaw.net/arabic/kurdistan/041020241",
        "الأسايش: مسيرة تركية تقتل رجلاً وامرأة بين القامشلي وعامودا\n"
        "قالت الأسايش (قوى الأمن الداخلي في شمال وشرق سوريا)، في بيان صدر اليوم الجمعة، إن مسيرة تركية قتلت شخصين "
        "كانا في سيارة على الطريق بين القامشلي وعامودا. وبحسب البيان، أطلقت الطائرة عند السادسة من مساء الخميس 3 "
        "تشرين الأول صاروخاً موجهاً أصاب السيارة المدنية، وهي من نوع «فان»، إصابة غير مباشرة فانحرفت وتوقفت، ثم عادت "
        "فضربتها بصاروخ ثانٍ فقُتل رجل وامرأة كانا بداخلها. واعتبرت الأسايش الاستهداف المتكرر دليلاً على «سياسة "
        "وحشية» تنتهك المواثيق الدولية. وكانت الأسايش قد أعلنت مطلع أيلول الماضي مقتل عضو إداري بضربة مسيرة حمّلت "
        "تركيا مسؤوليتها، أصابت سيارة لقواتها في حي أم الفرس.",
        [E("airstrike", None, PL("القامشلي", "Qamishli", "Al-Hasakah"), "2024-10-03",
           "الأسايش", TUR,
           note="a drone strike with two dead written as a dual and «رجل وامرأة»: no figure; a road between two towns "
                "is placed at the first; the condemnation reacts to the strike: no statement"),
         E("airstrike", None, PL("أم الفرس", "Umm al-Faras", "Al-Hasakah"), "2024-09", "الأسايش", TUR,
           note="a recall with its own time (early September); one dead, no figure; the quarter is the place")])

passage("lc30", "2024-12-02", "Wazcam (relaying AFP)",
        "Aleppo out of the regime's hands: the Observatory's offensive toll and telling, Assad's stance "
        "| page: https://wazcam.net/article/674d5da602dc0181d00f3c74/حلب-خارج-سيطرة-النظام-السوري-ومعارك-خلفت-مئات-القتلى",
        "حلب تخرج من قبضة النظام بعد معارك قُتل فيها المئات\n"
        "خسرت قوات النظام السوري السيطرة على مدينة حلب إثر هجوم شنته فصائل معارضة وأسفر عن أكثر من 410 قتلى، بحسب "
        "المرصد السوري لحقوق الإنسان، فيما سعى بشار الأسد إلى حشد دعم حلفائه. وباتت ثانية كبرى المدن السورية، للمرة "
        "الأولى منذ بداية النزاع، خارج سيطرة النظام، بعدما بسطت هيئة تحرير الشام وفصائل متحالفة معها سيطرتها على جميع "
        "الأحياء التي كانت تنتشر فيها قواته، وفق المرصد. وأكد رامي عبد الرحمن، الذي يدير المرصد، في حديث إلى فرانس "
        "برس أن المدينة كلها في يد الهيئة والفصائل عدا الأحياء التي تسيطر عليها القوات الكردية في شمالها. وبحسب "
        "الرئاسة السورية، شدد الأسد حين استقبل في دمشق عباس عراقجي، وزير خارجية إيران، على أهمية دعم الحلفاء في "
        "مواجهة «الهجمات الإرهابية المدعومة من الخارج».",
        [E("territory_change", None, PL("حلب", "Aleppo", "Aleppo"), "2024-12-02", "المرصد السوري لحقوق الإنسان", HTS,
           note="the whole city taken (the Kurdish-held north aside); the director's words are the same telling; "
                "undated: the publication day"),
         E("armed_clash", Q("أكثر من 410", 410, None, True), None, None, "المرصد السوري لحقوق الإنسان", HTS,
           kind="aggregate",
           note="the offensive's running toll (days of fighting, one cause): an armed_clash aggregate (stop 32); its "
                "start is not given"),
         E("statement", None, None, "2024-12-02", "الرئاسة السورية", GOV,
           note="Assad's stance on allies' support, relayed by the presidency: a named body's stance told as its own "
                "matter; Damascus is where he spoke, not what it concerns")])

passage("lc31", "2024-12-08", "Zaman Masdar",
        "Israeli raids on former regime sites after the fall (date inferred from the events: the page shows none), "
        "the Observatory's 2024 tally of Israeli strikes | page: https://zamanmasdar.com/archives/67037",
        "إسرائيل تقصف مواقع للنظام السابق للمرة الثالثة في ساعات\n"
        "نفذت مقاتلات إسرائيلية سلسلة غارات على مواقع عسكرية قرب دمشق، منها مستودعات للفرقة الرابعة بجوار مركز البحوث "
        "العلمية، ومواقع أخرى في السلسلة الشرقية من جبال لبنان داخل الأراضي السورية. كما طالت الغارات محيط مطار المزة "
        "العسكري وقرية بيتيما في جبل الشيخ بريف دمشق الغربي، وأعقبتها انفجارات قوية وأعمدة دخان كثيفة، من دون معلومات "
        "مؤكدة عن ضحايا. ويحصي المرصد السوري لحقوق الإنسان 164 استهدافاً إسرائيلياً للأراضي السورية منذ بداية 2024، "
        "دمرت 302 هدف وقتلت 416 عسكرياً، منهم 25 عنصراً من «الحرس الثوري» الإيراني و59 من حزب الله و64 من قوات النظام، إضافة "
        "إلى 66 مدنياً. وتركزت الضربات في دمشق وريفها (59) وحمص (57).",
        [E("airstrike", None, PL("دمشق", "Damascus", "Damascus"), "2024-12-08", None, ISR,
           note="one series of raids told over several sites (a group): gold gives the first place named; no toll; "
                "undated: the (inferred) publication day"),
         E("airstrike", Q("416", 416), None, "2024", "المرصد السوري لحقوق الإنسان", ISR, kind="aggregate",
           note="the year's tally of one cause: an airstrike aggregate whose figure is the first dead written (the 164 "
                "strikes its count, the 66 civilians another category); units and provinces are breakdowns")])

passage("lc32", "2025-01-02", "NTLB (relaying the Observatory)",
        "arrests in two Alawite quarters of Homs in a new-government campaign, complaints of looting "
        "| page: https://ntlb.tv/?p=1070",
        "حملة أمنية بحمص: نحو 25 معتقلاً من عكرمة ووادي الذهب\n"
        "وفق المرصد السوري لحقوق الإنسان، جرى اليوم الخميس اعتقال نحو 25 شخصاً خلال الحملة التي أطلقتها صباحاً إدارة "
        "العمليات العسكرية ووزارة الداخلية معاً في حيّين من حمص هما عكرمة ووادي الذهب، وأغلب سكانهما علويون. ومن "
        "المعتقلين عسكريون سابقون تخلفوا عن مراجعة مراكز التسوية رغم ورود أسمائهم، ومتهمون بجرائم بينها المشاركة في "
        "مجزرة كرم الزيتون في آذار/مارس 2012، وعميد متقاعد من دير الزور يسكن حمص. واشتكى أهالٍ من عناصر استولوا على "
        "حلي ذهبية وأموال خلال المداهمات، فتدخلت الإدارة السياسية في حمص وتعهدت بإعادتها، فيما طُلب من السكان ملازمة "
        "منازلهم حتى انتهاء التمشيط.",
        [E("arrest", Q("نحو 25", 25, approx=True), PL("عكرمة", "Akrama", "Homs"), "2025-01-02",
           "المرصد السوري لحقوق الإنسان", NEWGOV,
           note="one campaign over two quarters (a group, the first given); the 2012 massacre is the charge against "
                "some detainees, no event; the looting complaint is not coded (a second coder could code other)")])

passage("lc33", "2025-04-30", "Syrian Today",
        "a Jaramana funeral for the dead of recent clashes, renewed fighting in Ashrafiyat Sahnaya, the information "
        "ministry's telling | page: https://syrian-today.net/ar/article/9836/تشييع-جماعي-في-جرمانا-وسط-تصاعد-التوترات-بريف-دمشق",
        "جرمانا تشيّع تسعة من قتلاها وتجدد الاشتباكات في أشرفية صحنايا\n"
        "ودّعت جرمانا، المدينة الواقعة بريف دمشق، اليوم الأربعاء في جنازة جماعية تسعة من أبنائها قُتلوا في المواجهات "
        "الأخيرة، مع تصاعد التوتر بين الأجهزة الأمنية وجماعات مسلحة، وسار المئات في التشييع حاملين رايات الموحدين "
        "الدروز. وفي الأثناء تجدد القتال العنيف صباح اليوم في أشرفية صحنايا جنوب العاصمة موقعاً قتلى وجرحى. وذكر علي "
        "الرفاعي، المسؤول عن العلاقات العامة بوزارة الإعلام، في بيان أن «مجموعات خارجة عن القانون» هاجمت ليل الثلاثاء "
        "عدة حواجز للأمن العام برشاشات وقذائف «آر بي جي» وأصابت عدداً من العناصر. وأوضح أن التوتر بدأ حين حاول رتل "
        "مسلح قادم من أشرفية صحنايا، معه سيارة عليها رشاش ثقيل، دخول جرمانا فمنعه حاجزها.",
        [E("armed_clash", Q("تسعة", 9), PL("جرمانا", "Jaramana", "Rif Dimashq"), None, None, None,
           note="the recent clashes whose nine dead were buried: the deaths belong to the clash (no day given); the "
                "funeral is no event; the convoy stopped at Jaramana's checkpoint is how these clashes began"),
         E("armed_clash", None, PL("أشرفية صحنايا", "Ashrafiyat Sahnaya", "Rif Dimashq"), "2025-04-30", None, None,
           note="this morning's renewed fighting, dead and wounded unnumbered"),
         E("armed_clash", None, None, "2025-04-29", "علي الرفاعي", None,
           note="Tuesday evening's attack on General Security checkpoints (wounded only); the sentence names no "
                "place for it (a coder reading the context could place it at Ashrafiyat Sahnaya)")])

passage("lc34", "2025-07-14", "Annahar",
        "the Observatory's running toll of the Sweida fighting by side, a drone downed, shells from a Bedouin-held "
        "town, an army convoy | page: https://www.annahar.com/arab-world/arabian-levant/231071/وسط-دعوات-للنفير-العام-هدو-حذر-يخيم-على-محافظة-السويدا",
        "هدوء حذر في السويداء ودعوات إلى النفير العام\n"
        "أحصى المرصد السوري لحقوق الإنسان 99 قتيلاً سقطوا منذ صباح يوم الأحد، 13 تموز/يوليو، في محافظة السويداء جراء "
        "المعارك وتبادل القصف، منهم 60 من أهل المحافظة بينهم سيدتان وطفلان، و18 من البدو المقيمين فيها، و14 عنصراً من "
        "وزارة الدفاع، وسبعة لم تُعرف هوياتهم كانوا يرتدون بزات عسكرية، إضافة إلى عشرات الجرحى. وذكر المرصد أن مسلحين "
        "دروزاً أسقطوا مسيّرة «شاهين» دون أن يتضح إن كانت هناك خسائر، وأن قذائف مدفعية انطلقت من المليحة الشرقية، التي "
        "تتمركز فيها قوات وزارة الدفاع ومقاتلو عشائر البدو، وسقطت على مدينة السويداء. ونشر المرصد صوراً لرتل من الجيش "
        "السوري يتجه نحو السويداء، فيما لا تزال شخصيات مؤثرة في المحافظة ترفض تسليم المدينة بالقوة وسط دعوات إلى "
        "النفير العام.",
        [E("casualties", Q("99", 99), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07", "المرصد السوري لحقوق الإنسان",
           None, kind="aggregate",
           note="a running toll since Sunday naming clashes and shelling (two kinds): casualties (stop 32); the sides "
                "are its breakdown; placed at the governorate the text gives"),
         E("armed_clash", None, None, "2025-07-14", "المرصد", None,
           note="Druze fighters downed a drone: an attack on an aircraft, no place beyond the province, no loss; a "
                "second coder could code other or leave it out"),
         E("shelling", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2025-07-14", "المرصد", TRIBES,
           note="shells on the city fired from al-Mleiha al-Sharqiya (where fire came from is not the place); the "
                "Bedouin tribes and Defence Ministry forces are there: agent a call"),
         E("reinforcement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=3), "2025-07-14", "المرصد", NEWGOV,
           note="an army convoy heading to Sweida, shown by the Observatory; the refusal and calls to mobilise name "
                "no body: not coded")])

passage("lc35", "2025-09-25", "Buratha News (relaying AFP)",
        "an IS attack on an SDF post with the SDF's statement, the Observatory's trend "
        "| page: http://burathanews.com/arabic/levant/465656",
        "خمسة قتلى من «قسد» في هجوم لداعش بدير الزور\n"
        "قُتل خمسة من عناصر قوات سوريا الديمقراطية (قسد) في هجوم شنه تنظيم داعش على محافظة دير الزور في شمال شرقي "
        "سوريا. وقالت «قسد» في بيان أصدرته الخميس إن مقاتليها تصدّوا صباحاً لهجوم على نقطة تمركز لها في البحرة "
        "الوسطى، البلدة الواقعة شرق دير الزور، فقُتل خمسة منهم وجُرح سادس في مواجهات عنيفة انتهت بإحباط الهجوم «وفرض السيطرة "
        "الميدانية». وأضافت أن عمليات التمشيط وملاحقة المهاجمين مستمرة في المنطقة. ويشير المرصد السوري لحقوق الإنسان "
        "إلى أن هجمات التنظيم تراجعت في مناطق الحكومة الجديدة منذ سقوط الأسد في 8 كانون الأول/ديسمبر 2024، لكنها "
        "ازدادت في مناطق سيطرة الأكراد.",
        [E("armed_clash", Q("خمسة", 5), PL("البحرة الوسطى", "Al-Bahra al-Wusta", "Deir ez-Zor"), "2025-09-25", "قسد",
           IS,
           note="the attack on the post; the statement's next sentence comes back to it, so its source carries back; "
                "the combing goes on (no event); the Observatory's trend has no figure")])


def main() -> None:
    write("gold102.jsonl", P102)


if __name__ == "__main__":
    main()
