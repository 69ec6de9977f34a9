"""Build gold68.jsonl: development set 68 (ids ig01…), written in stop 32 by writer w68 BEFORE any run on it.

Short excerpts PARAPHRASED FROM REAL PAGES (the search tool's `pages` corpus, queried in Arabic), years 2011-2025,
marsad's core subjects first: defections and desertions (arrivals in Turkey and Jordan, batches reaching the
opposition's areas), amnesty decrees and releases, arrests and detention campaigns (the Assad government, HTS, the
SDF, the 2025 public security administration, SNHR monthly tallies), sieges and evacuations (Homs 2014, Yarmouk,
Aleppo 2016, Eastern Ghouta 2018, Daraa al-Balad 2021), with the strikes and clashes around them. Each passage
keeps its page's incidents, order, places, figures, dates and sources; every sentence was rewritten, no run of five
words is shared with the page (names aside), people's personal names are invented. The page's address is in each
passage's `style`. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build68.py      # rewrites gold68.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402,F401

P68: list[dict] = []


def passage(pid, published, outlet, style, text, events, page=None):
    P68.append({"id": pid, "published": published, "outlet": outlet,
                "style": f"{style} | page: {page}" if page else style, "text": text.strip(), "events": events})


passage("ig01", "2012-06-27", "Al-Masry Al-Youm (AFP)", "arrival in Turkey told by a diplomat; families in the group's figure",
        "أفاد دبلوماسي تركي طلب إبقاء هويته طي الكتمان، في حديث لوكالة الأنباء الفرنسية، بأن ضابطاً رفيع الرتبة في "
        "الجيش السوري عبر إلى تركيا بعد ظهر اليوم الأربعاء ومعه ضابطان أقل رتبة وعدد من الجنود، ضمن مجموعة "
        "من 66 شخصاً ضمت عائلات العسكريين. ويحمل هذا الضابط الرقم 15 بين كبار الضباط الذين أعلنوا تخليهم عن الجيش، "
        "وقد سبقه طيار حلّق بمقاتلته «ميغ 21» إلى الأردن بدل أن يغير على درعا، وطلب اللجوء هناك.",
        [E("defection", None, PL("تركيا", "Turkey", None, "Turkey"), "2012-06-27", "دبلوماسي تركي", GOV,
           note="the 66 are a group with families, not the defectors: no figure; the 15th officer is an ordinal, not "
                "an aggregate; the pilot is recalled with no day (no event)")],
        page="https://amay1.sarmady.net/news/details/193578")

passage("ig02", "2012-06-25", "Al-Masdar (Sky News Arabia)", "relayed source; ranks from a second agency; running total abroad",
        "لجأ 98 عسكرياً سورياً منشقاً، بينهم ضابط رفيع، إلى تركيا اليوم الاثنين، وفق ما نقله مراسل «سكاي نيوز عربية» "
        "في إسطنبول عن مصادر في وزارة الخارجية التركية. وكانت وكالة الأناضول قد أوردت، استناداً إلى السلطات المحلية، "
        "أن بين المنشقين ثلاثة ضباط من الرتب العليا و18 ضابطاً آخرين، ليصل عدد كبار الضباط الفارين إلى الأراضي "
        "التركية إلى 14. وعبر العسكريون مع ذويهم من منطقة ريحانلي جنوباً، في مجموعة قوامها 293 شخصاً من ضمنهم أطفال ونساء.",
        [E("defection", Q("98", 98), PL("ريحانلي", "Reyhanli", None, "Turkey"), "2012-06-25",
           "مصادر في وزارة الخارجية التركية", GOV,
           note="relayed by the correspondent: the ministry sources are the source; the crossing point is the most "
                "specific place given; ranks are a breakdown; 293 includes families"),
         E("defection", Q("14", 14), None, None, "وكالة الأناضول", GOV, kind="aggregate",
           note="running total of senior officers in Turkey: no place (convention a)")],
        page="https://www.yemeress.com/almasdar/33741")

passage("ig03", "2013-01-12", "Emarat Al Youm (Anadolu)", "arrival in Hatay with a ranks breakdown; agency said it yesterday",
        "أعلنت وكالة «الأناضول» التركية أمس أن 17 عسكرياً انشقوا عن الجيش السوري النظامي وعبروا مع ذويهم إلى ولاية "
        "هاتاي في جنوب تركيا، ضمن مجموعة من 55 شخصاً اجتازت الحدود. وأوضحت الوكالة أن بين الواصلين خمسة عقداء "
        "وثلاثة مقدّمين وأربعة رواد وثلاثة ملازمين ونقيبين، وقد أُسكن الجميع في مخيم أبايدين المخصص للاجئين العسكريين.",
        [E("defection", Q("17", 17), PL("هاتاي", "Hatay", None, "Turkey"), "2013-01-11", "وكالة «الأناضول» التركية", GOV,
           note="the crossing is dated by the agency's report (yesterday); a second coder may leave it null; the camp "
                "is where they were housed, not the place; ranks are a breakdown")],
        page="https://emaratalyoum.com/politics/news/2013-01-12-1.540453")

passage("ig04", "2012-07-23", "Al-Resalah (agencies)", "two arrivals in Jordan on one day: a named colonel and unnumbered soldiers",
        "أكد مصدر أمني أردني أن رامز عودة، وهو عقيد في قوات الحرس الجمهوري السورية، فرّ من الجيش وبلغ الأردن "
        "أمس الأحد، بحسب ما نقلته عنه شبكة «سكاي نيوز عربية». ويأتي انشقاقه بعد أيام من مقتل ضباط كبار من "
        "المقربين من رأس النظام، وهو ثاني انشقاق يطال الحرس الجمهوري. وأفادت الشبكة كذلك بأن جنوداً آخرين منشقين "
        "بلغوا الأردن في اليوم ذاته، ونقلت عن المصدر الأمني أنهم أُرسلوا إلى معسكر خاص في بلدة المفرق الحدودية.",
        [E("defection", None, PL("الأردن", "Jordan", None, "Jordan"), "2012-07-22", "مصدر أمني أردني", GOV,
           note="one colonel, no numeral: no figure; arrival abroad told as the defection keeps the arrival place"),
         E("defection", None, PL("الأردن", "Jordan", None, "Jordan", nth=1), "2012-07-22", "الشبكة", GOV,
           note="another group the same day, unnumbered; Mafraq is where they were sent (residence), not the place; "
                "a second coder may merge it with the colonel or give the Jordanian source")],
        page="https://alresalah.ps/post/56096")

passage("ig05", "2012-09-02", "IkhwanOnline (Al-Ghad)", "a three-day batch into Jordan with ranks; a camp's running total",
        "نقلت صحيفة «الغد» الأردنية في عددها الصادر اليوم عن مصادر عسكرية على الحدود أن 200 عسكري فروا من جيش النظام "
        "السوري ودخلوا الأردن عبر الشريط الحدودي على مدى الأيام الثلاثة الأخيرة، منهم 39 ضابطاً من رتب عميد وعقيد "
        "ومقدم وملازم و161 صف ضابط. وبحسب المصادر، خضع الواصلون للتحقيق وسلّموا أسلحتهم، ثم نُقلوا إلى مخيم الراجحي "
        "في محافظة المفرق، الذي بات يؤوي نحو 1800 منشق من مختلف الرتب.",
        [E("defection", Q("200", 200), PL("الأردن", "Jordan", None, "Jordan", nth=1), None, "مصادر عسكرية على الحدود", GOV,
           note="over three days: no single day; officers and NCOs are a breakdown; published date inferred (the page "
                "gives a Sunday, no year)"),
         E("defection", Q("نحو 1800", 1800, approx=True), None, None, "المصادر", GOV, kind="aggregate",
           note="the camp's running total abroad: no place (convention a)")],
        page="https://www.ikhwanonline.co/article/134186")

passage("ig06", "2012-08-19", "Ennahar (Al-Ghad)", "a denial as the news; a brigadier not denied; border clash told by the same source",
        "نفى مصدر أمني أردني، في تصريح نشرته صحيفة «الغد» اليوم الأحد، أن يكون نائب الرئيس السوري قد دخل الأردن فجر "
        "أمس السبت منشقاً برفقة 13 لواء و37 عميداً. غير أن المصدر لم ينكر بلوغ العميد السوري كمال الزعبي حدود "
        "الأردن بعد تخليه عن النظام. وأوضح أن المواجهات التي دارت أمس جرت داخل الأراضي السورية بين الجيش النظامي "
        "والجيش الحر، إثر إطلاق القوات النظامية النار على لاجئين حاولوا العبور نحو الأردن.",
        [E("statement", None, PL("الأردن", "Jordan", None, "Jordan"), "2012-08-19", "مصدر أمني أردني",
           note="the denial is the item's news (stop 32): the denied defection of the vice-president and 50 officers is "
                "no event; place = the country the denial concerns (a second coder may leave it null)"),
         E("defection", None, PL("الأردن", "Jordan", None, "Jordan", nth=1), None, "مصدر أمني أردني", GOV,
           note="'did not deny' the brigadier's arrival: coded as asserted, hedged; a second coder may skip it"),
         E("armed_clash", None, None, "2012-08-18", "مصدر أمني أردني", GOV,
           note="inside Syria at the border, no place named; the firing on refugees is part of it")],
        page="https://djazairess.com/ennahar/122961")

passage("ig07", "2023-06-14", "Al-Baath (SANA)", "a day's status settlements at a centre; a running total from private sources",
        "درعا – سانا: التحق اليوم مئات من أبناء محافظة درعا بالتسوية الشاملة التي بدأتها السلطات المعنية يوم 3 من "
        "هذا الشهر. وأوضح مصدر أمني يعمل في مركز التسوية، الكائن في قصر الحوريات بوسط مدينة درعا، أن المركز تسلّم اليوم ملفات مئات "
        "ممن فاتهم إجراء التسوية في الأيام السابقة وفق جدول المناطق، وإنه باشر كذلك النظر في طلبات المقيمين خارج البلاد "
        "من المطلوبين أمنياً والمتخلفين عن الخدمة والفارين، التي يقدمها ذووهم في الداخل. وتُعد هذه التسوية الأوسع منذ "
        "خمس سنوات، إذ تجاوز عدد المستفيدين منها حتى الآن 15 ألف شخص بحسب تقديرات مصادر خاصة.",
        [E("other", Q("مئات", 200, 900, True), PL("درعا", "Daraa", "Daraa", nth=2), "2023-06-14",
           "مصدر أمني يعمل في مركز التسوية",
           note="a day's settlements (status settlement: other); the lead's and the source's «مئات» are one act; the "
                "centre's building is placed at its city; requests from abroad are pending: no event"),
         E("other", Q("15 ألف", 15000, None, True), PL("درعا", "Daraa", "Daraa", nth=1), None, "مصادر خاصة",
           kind="aggregate", note="the settlement's running total since the 3rd over the governorate (a second "
                                  "coder may leave it unplaced)")],
        page="https://newspaper.albaathmedia.sy/2023/06/14/ (انضمام مئات المطلوبين اليوم للتسوية الشاملة في درعا)")

passage("ig08", "2015-07-25", "Rozana", "amnesty decree (desertion) + background of defections with no figure",
        "منح رئيس النظام السوري اليوم السبت، بمرسوم تشريعي، عفواً عاماً يطال من ارتكبوا جرم الفرار داخل البلاد أو "
        "خارجها ومخالفات قانون خدمة العلم السابقة لتاريخ 25 تموز 2015. ويستثني المرسوم المتوارين والهاربين من القضاء "
        "ما لم يراجعوا السلطات في غضون 30 يوماً إن كان فرارهم داخلياً و60 يوماً إن كان خارجياً. وكانت أعداد كبيرة من "
        "الضباط والمجندين قد أعلنت انشقاقها منذ آذار 2011 وأسست الجيش السوري الحر، بينما غادر شبان كثر البلاد أو "
        "تحايلوا للإفلات من التجنيد.",
        [E("desertion", None, None, "2015-07-25", None, GOV,
           note="the decree; the defections since 2011 are background with no figure: no event")],
        page="https://www.rozana.fm/ar/news/2015/07/25/")

passage("ig09", "2018-10-09", "People's Daily Arabic (SANA)", "amnesty decree no. 18 (a law number is no figure)",
        "وفق ما أوردته وكالة «سانا»، وقّع الرئيس السوري اليوم الثلاثاء المرسوم التشريعي رقم 18 الذي يرفع العقوبة "
        "بالكامل عمّن فرّوا من الخدمة في الجيش عن أفعال سبقت هذا التاريخ، ويمهلهم أربعة أشهر إن كانوا داخل البلاد وستة "
        "إن كانوا خارجها كي يسلّموا أنفسهم. وليس هذا العفو الأول من نوعه منذ 2011، ويصدر بعد أن استرجع الجيش مساحات "
        "واسعة ظلت خارج سلطته سنوات.",
        [E("desertion", None, None, "2018-10-09", "وكالة «سانا»", GOV,
           note="«رقم 18» is a decree number, not a quantity")],
        page="http://arabic.peopledaily.com.cn/n3/2018/1010/c31662-9507079.html")

passage("ig10", "2022-05-03", "Asharq Al-Awsat (via LRN)", "releases under a terrorism amnesty; a future estimate",
        "أعلن المرصد السوري لحقوق الإنسان اليوم أن السلطات السورية أطلقت منذ يوم الأحد ما يزيد على 60 سجيناً ينحدرون "
        "من مناطق متفرقة، تطبيقاً لعفو رئاسي جديد يراه حقوقيون أوسع عفو عن تهم الإرهاب منذ اندلاع النزاع. ويشمل المرسوم، الصادر "
        "يوم السبت قبل عيد الفطر بيومين، الجرائم الإرهابية التي ارتكبها سوريون قبل 30 نيسان 2022 باستثناء ما أدى منها "
        "إلى وفاة. ويتوقع المرصد أن يستفيد منه عشرات آلاف المعتقلين إذا طُبّق بالكامل.",
        [E("other", Q("ما يزيد على 60", 60, None, True), None, None, "المرصد السوري لحقوق الإنسان", GOV,
           note="releases since Sunday (a span of days, no single date); the tens of thousands are a future estimate"),
         E("statement", None, None, "2022-04-30", None, GOV,
           note="a presidential amnesty for terrorism charges is a decision (stop 32), not desertion; a second coder "
                "may code it other or leave it out")],
        page="https://lrnnews.com/?p=12501")

passage("ig11", "2018-03-27", "Youm7 (AFP)", "Ghouta evacuation from a list of towns (SANA's figure); a threat on Douma",
        "تكرر اليوم الثلاثاء مشهد الإجلاء في الغوطة الشرقية، إذ احتشد منذ الظهر مقاتلون من المعارضة ومدنيون في حافلات "
        "ستنقلهم من عربين، جنوبي الغوطة، إلى مكان تجمّع مجاور. وبحسب وكالة الأنباء الرسمية «سانا»، اصطفت مساءً 65 حافلة "
        "تحمل أكثر من 4183 شخصاً، منهم 1001 مسلح، قادمين من زملكا وعربين وعين ترما وحي جوبر الدمشقي، بانتظار الإذن "
        "بالتوجه إلى محافظة إدلب. ولا يزال مصير دوما غامضاً في ظل تلويح قوات النظام بمهاجمتها إن لم يُبرم اتفاق.",
        [E("other", Q("أكثر من 4183", 4183, None, True), PL("عربين", "Arbin", "Rif Dimashq"), "2018-03-27",
           "وكالة الأنباء الرسمية «سانا»",
           note="one evacuation told twice (Arbin, then the list of four places): one event at the first place named; "
                "65 buses are vehicles; 1001 fighters a breakdown; Idlib is the destination"),
         E("statement", None, PL("دوما", "Douma", "Rif Dimashq"), None, None, GOV,
           note="the forces' threat to attack Douma (stop 32: a threat is a statement); a second coder may leave it "
                "out as the outlet's framing")],
        page="https://m2.youm7.com/story/2018/3/27/3716277")

passage("ig12", "2018-03-15", "Al-Ain (Reuters)", "mass displacement from a town taken the same day",
        "أكد المرصد السوري لحقوق الإنسان بأن ما يزيد على 12 ألف شخص خرجوا اليوم الخميس من جيب المعارضة في الغوطة "
        "الشرقية نحو مناطق سيطرة النظام. وذكر مدير المرصد أن هؤلاء نزحوا من مدينة حمورية، التي دخلتها القوات الحكومية "
        "اليوم، ومن بلدات مجاورة، واصفاً ما جرى بأكبر موجة نزوح منذ انطلاق الهجوم على الغوطة. وسار أغلب الخارجين، "
        "ومعظمهم نساء وأطفال، على أقدامهم حاملين حقائبهم باتجاه عدرا.",
        [E("other", Q("ما يزيد على 12 ألف", 12000, None, True), PL("حمورية", "Hamouriyeh", "Rif Dimashq"),
           "2018-03-15", "المرصد السوري لحقوق الإنسان",
           note="displacement placed at the town left (the next sentence names it); Adra is the destination"),
         E("territory_change", None, PL("حمورية", "Hamouriyeh", "Rif Dimashq"), "2018-03-15", "مدير المرصد", GOV)],
        page="https://al-ain.com/article/syria-ghouta-departure-syrian-observatory")

passage("ig13", "2014-02-07", "KSA2day (AFP)", "first evacuation from besieged Old Homs under a truce",
        "أعلنت الأمم المتحدة أن 83 مدنياً أُخرجوا اليوم الجمعة من حمص القديمة وسط البلاد، في ظل هدنة إنسانية لثلاثة "
        "أيام اتفق عليها طرفا النزاع. وأوضح مساعد المتحدث باسم المنظمة الدولية أن من غادروا نساء وأطفال وكبار في السن، "
        "نُقلوا برفقة موظفي الأمم المتحدة والهلال الأحمر السوري إلى حيث شاؤوا، وأن العملية متواصلة. ويعيش في هذه "
        "الأحياء، التي تحاصرها القوات الحكومية منذ حزيران 2012، قرابة ثلاثة آلاف شخص.",
        [E("other", Q("83", 83), PL("حمص القديمة", "Old Homs", "Homs"), "2014-02-07", "الأمم المتحدة",
           note="the truce is the frame, agreed earlier with no day here: no event; the siege and the 3000 still inside "
                "are a state, not an event")],
        page="https://ksa.ksa2day.com/Home/NewsDetails?NewsID=374619")

passage("ig14", "2014-02-12", "Al-Shorouk (AFP)", "SARC ready to resume; the week's evacuation total; the deal recalled with its day",
        "أبدت منظمة الهلال الأحمر السوري اليوم الأربعاء استعدادها لمعاودة إخراج المدنيين من أحياء حمص القديمة "
        "المحاصرة، بعدما توقفت العملية يوماً واحداً لأسباب لوجستية. وقال مدير العمليات فيها، وائل السمان، إن فرق "
        "المنظمة تترقب نتائج الاجتماع اليومي بين الأمم المتحدة ومحافظ حمص. وكانت المنظمة وفريق أممي قد أخرجوا منذ يوم "
        "الجمعة مئات المدنيين وأدخلوا مواد غذائية بموجب اتفاق أُبرم يوم الخميس بين الحكومة والمقاتلين برعاية أممية، إذ "
        "غادر أكثر من 1150 مدنياً بين الجمعة والاثنين.",
        [E("statement", None, PL("حمص القديمة", "Old Homs", "Homs"), "2014-02-12", "منظمة الهلال الأحمر السوري",
           note="a body's stated readiness (stop 32 statement); a second coder may leave it out"),
         E("other", Q("أكثر من 1150", 1150, None, True), PL("حمص القديمة", "Old Homs", "Homs"), None, None,
           kind="aggregate", note="four days' evacuations summed; the writer's recall «وكانت … قد»: the outlet"),
         E("agreement", None, PL("حمص القديمة", "Old Homs", "Homs"), "2014-02-06", None,
           note="recalled with its own day (last Thursday): an event; placed at what it concerns")],
        page="https://www.masress.com/shorouk/789881")

passage("ig15", "2016-12-15", "Xinhua Arabic", "east Aleppo evacuation counted in vehicles; Kafraya/Foua deal",
        "ذكر التلفزيون الرسمي السوري أن حافلات بدأت اليوم الخميس بإخراج مسلحين وجرحى من الأحياء الشرقية لمدينة حلب، "
        "موضحاً أن 17 حافلة كبيرة تنقل مسلحين وعائلاتهم انطلقت مع 7 سيارات إسعاف على متنها مصابون، وجهتها بلدة خان "
        "طومان في ريف حلب الجنوبي الغربي. وكانت الحافلات الخضراء قد انتظرت منذ الصباح عند معبر الراموسة قبل أن تدخل "
        "حي العامرية وتباشر نقل المقاتلين وذويهم. وفي موازاة ذلك، جرى التوافق على إخراج أهالٍ من كفريا والفوعة على دفعات.",
        [E("other", None, PL("حلب", "Aleppo", "Aleppo"), "2016-12-15", "التلفزيون الرسمي السوري",
           note="buses and ambulances are vehicles, not evacuees: no figure (a second coder may take 17); placed at the "
                "city left (a second coder may take Al-Amiriyah, where the buses loaded); Khan Tuman is the destination"),
         E("agreement", None, PL("كفريا", "Kafraya", "Idlib"), None, None,
           note="a deal over two besieged towns: one event at the first place; no source: the outlet")],
        page="http://arabic.news.cn/2016-12/15/c_135908749.htm")

passage("ig16", "2016-12-19", "Azd (Sky News Arabia, SOHR)", "first batch reaches the western countryside; Saturday's deal; SOHR tells the convoy's exit",
        "بلغت خمس حافلات وسيارتا إسعاف اليوم الاثنين ريف حلب الغربي الواقع تحت سيطرة المعارضة، وعلى متنها نحو 450 "
        "مدنياً بينهم مصابون، لتكون أولى دفعات قافلة تضم ما يزيد على 70 حافلة تنقل قرابة 5 آلاف محاصر وتنتظر قرب "
        "الراموسة. وكانت الأطراف المتفاوضة قد اتفقت يوم السبت على معاودة إخلاء الأحياء المحاصرة في حلب لقاء إخراج "
        "مدنيين وجرحى من الفوعة وكفريا ومن مضايا والزبداني. وبحسب المرصد السوري لحقوق الإنسان، أذن الجيش وحلفاؤه مساء "
        "الأحد لقافلة من خمس حافلات وسيارتي إسعاف بالخروج من شرق حلب نحو منطقة الراشدين.",
        [E("other", Q("نحو 450", 450, approx=True), PL("حلب", "Aleppo", "Aleppo", nth=2), "2016-12-19",
           "المرصد السوري لحقوق الإنسان",
           note="left east Aleppo Sunday evening, reached the western countryside Monday: one evacuation dated by the "
                "lead (a second coder may date the exit, 12-18); SOHR tells the same convoy later: its source; the 5000 "
                "waiting are not yet evacuated"),
         E("agreement", None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2016-12-17", None,
           note="recalled with its own day; the exchange towns are the deal's other side")],
        page="https://sauress.com/alazd/180684")

passage("ig17", "2014-01-11", "Twasul (Action Group)", "deaths from hunger under siege (a dual: no figure); a habit of firing on aid trucks",
        "أعلنت مجموعة العمل من أجل فلسطينيي سوريا ضمن بيان أصدرته اليوم السبت وفاة لاجئين فلسطينيين من الجوع داخل مخيم "
        "اليرموك في دمشق، في اليوم الـ181 من الحصار المتواصل عليه، هما طفلة قضت بالجفاف ومسنّ في الثامنة والستين. من "
        "جهته، وصف المتحدث باسم وكالة الأونروا في الشرق الأوسط حال ما يربو على 20 ألف شخص عالقين في المخيم بالمأساة التي "
        "صنعها البشر، مبيناً أن شاحنات الوكالة تتعرض للرصاص كلما بلغت الحاجز الثالث، فتفشل كل محاولات إيصال الغذاء.",
        [E("casualties", None, PL("مخيم اليرموك", "Yarmouk Camp", "Damascus"), "2014-01-11",
           "مجموعة العمل من أجل فلسطينيي سوريا",
           note="deaths by starvation, no act: casualties; two told as a dual and two persons: no figure; dated by the "
                "statement; firing on trucks «كلما» is a habit: no event; published date inferred from the 181st day")],
        page="https://sauress.com/twasul/40373")

passage("ig18", "2018-09-02", "Damascus Voice (SNHR)", "monthly arrests tally with perpetrators; releases",
        "رصدت الشبكة السورية لحقوق الإنسان، بتقرير أصدرته اليوم الأحد 2 أيلول، ما لا يقل عن 214 معتقلاً "
        "احتُجزوا تعسفياً خلال آب الماضي، بينها 13 طفلاً و7 نساء، وقد غدت 173 منها حالات اختفاء قسري. ويتحمل النظام السوري وفق "
        "التقرير المسؤولية عن 113 حالة، تليه فصائل المعارضة بـ46 ثم «قسد» بـ37 فهيئة تحرير الشام بـ18. واحتلت حلب "
        "المرتبة الأولى بين المحافظات تلتها ريف دمشق ودير الزور. كما أحصى التقرير إطلاق النظام سراح 19 شخصاً.",
        [E("arrest", Q("ما لا يقل عن 214", 214, None, False), None, None, "الشبكة السورية لحقوق الإنسان",
           kind="aggregate", note="perpetrators, children, women and governorates are breakdowns; several agents: none"),
         E("other", Q("19", 19), None, None, "الشبكة السورية لحقوق الإنسان", GOV, kind="aggregate",
           note="the month's releases, same report («كما»)")],
        page="https://damascusv.com/archives/62871")

passage("ig19", "2016-10-05", "Baladi News (SNHR)", "monthly tally, cumulative since 2011, and last month's recalled",
        "أحصت الشبكة السورية لحقوق الإنسان نحو 557 حالة اعتقال تعسفي خلال أيلول المنصرم، وفق تقرير نشرته اليوم "
        "الأربعاء، مؤكدة أن أياً من المعتقلين لم يُوقف بمذكرة قضائية وأن ملفهم لم يشهد أي تقدم رغم النص عليه في اتفاق "
        "وقف الأعمال العدائية. وتملك الشبكة قوائم بنحو 117 ألف معتقل منذ انطلاق الثورة عام 2011، تنسب 99 بالمئة منها إلى "
        "قوات النظام. وكانت حصيلة شهر آب، بحسب الشبكة، 549 معتقلاً، منهم 412 اعتقلتهم قوات النظام.",
        [E("arrest", Q("نحو 557", 557, approx=True), None, None, "الشبكة السورية لحقوق الإنسان", kind="aggregate"),
         E("arrest", Q("نحو 117 ألف", 117000, approx=True), None, None, "الشبكة السورية لحقوق الإنسان",
           kind="aggregate", note="since 2011; 99 percent is a share, not an event"),
         E("arrest", Q("549", 549), None, None, "الشبكة السورية لحقوق الإنسان", kind="aggregate",
           note="last month's tally recalled with its own period: an aggregate of its own; 412 a breakdown; published "
                "date inferred (a Wednesday early in October 2016)")],
        page="https://baladi-news.com/public/index.php/ar/articles/23443")

passage("ig20", "2025-01-14", "North Press (SANA)", "2025 public security sweep over four towns; one named arrest",
        "بدأت إدارة الأمن العام السوري اليوم الثلاثاء حملة في عدد من بلدات ريف حماة الشمالي لتعقب فلول النظام السابق، "
        "على غرار حملات أطلقتها إدارة العمليات العسكرية في مناطق عدة منذ سقوط حكم الأسد. وأوضحت وكالة سانا أن الحملة، "
        "المستمرة حتى الآن، طالت صوران وطيبة الإمام ومعردس ومورك، وأن عناصر الأمن العام قبضوا خلال التمشيط في معردس "
        "على حسان جابر الخليل، قائد مجموعة «الطراميح»، المتهم بارتكاب جرائم بحق السوريين.",
        [E("arrest", None, PL("معردس", "Maardes", "Hama", nth=1), "2025-01-14", "وكالة سانا", NEWGOV,
           note="the only arrest told; placed where it happened (a second coder may code the sweep as a group over "
                "the four towns at Souran); earlier campaigns recalled with no day: no event; published date "
                "inferred (a Tuesday in January 2025)")],
        page="https://npasyria.com/?p=205079")

passage("ig21", "2025-01-13", "Syria Monitor (Sawt al-Asima)", "arrest of former soldiers; an arms seizure at the Lebanese border",
        "أفادت إدارة الأمن العام بأنها اعتقلت 30 من الضباط والعناصر السابقين في جيش النظام المخلوع، في عملية أمنية "
        "واسعة شنتها صباح اليوم بمشاركة إدارة العمليات العسكرية على منطقة مساكن قطنا جنوب غربي دمشق، بحسب شبكة «صوت "
        "العاصمة». وشهدت المنطقة انتشاراً كثيفاً للأرتال العسكرية. من جهة أخرى، قالت وزارة الداخلية إن عناصر "
        "الإدارة العامة لأمن الحدود أحبطوا يوم الأحد تهريب شحنة سلاح كانت متجهة إلى حزب الله اللبناني عبر مدينة سرغايا بريف دمشق، وهي الثانية "
        "خلال أيام.",
        [E("arrest", Q("30", 30), PL("مساكن قطنا", "Masaken Qatana", "Rif Dimashq"), "2025-01-13", "إدارة الأمن العام",
           NEWGOV, note="the body announced it, the network relayed it: the body is the source; published date inferred"),
         E("other", None, PL("سرغايا", "Sarghaya", "Rif Dimashq"), "2025-01-12", "وزارة الداخلية", NEWGOV,
           note="a seizure of smuggled arms: other; Lebanon is the destination")],
        page="https://symonitor.com/ (حملة أمنية واسعة في ريف دمشق)")

passage("ig22", "2017-07-09", "Al-Jarida (AFP)", "HTS arrests IS members; the wire's correspondent; a similar raid elsewhere",
        "أوقفت «هيئة تحرير الشام»، التحالف الإسلامي الذي تتصدره «فتح الشام» (النصرة سابقاً)، اليوم الأحد نحو مئة من "
        "عناصر تنظيم «داعش» في حملة دهم بمحافظة إدلب. وبحسب مراسل «فرانس برس» الموجود في إدلب، فإن مسلحين ملثمين من "
        "الهيئة انتشروا بكثافة وأقاموا حواجز في الشوارع والساحات، حيث فتشوا السيارات ودققوا في بطاقات المارة. وترافق "
        "ذلك مع حملة شبيهة في بلدة سرمين بريف إدلب الشرقي، أسفرت عن الاستيلاء على مقار للمقاتلين وضبط أموال وعشرات "
        "العبوات والأحزمة الناسفة.",
        [E("arrest", Q("نحو مئة", 100, approx=True), PL("إدلب", "Idlib", "Idlib"), "2017-07-09", "مراسل «فرانس برس»",
           HTS, note="the governorate is its seat city; the correspondent's next sentence returns to the same campaign"),
         E("arrest", None, PL("سرمين", "Sarmin", "Idlib"), "2017-07-09", None, HTS,
           note="another place, no source of its own: the outlet (a second coder may carry the AFP correspondent); "
                "the seized explosives are details")],
        page="https://aljarida.com/articles/1499620687108662300")

passage("ig23", "2022-03-12", "North Press", "HTS detains two commanders of a rival faction at a checkpoint",
        "ألقى الجهاز الأمني في هيئة تحرير الشام أمس الجمعة القبض على اثنين من قادة «لواء هنانو» المنضوي في «فيلق "
        "الشام» المدعوم من أنقرة، هما وليد قطان وأنس حمدو من أهالي كفرتخاريم، وفق ما قالته لنورث برس مصادر "
        "في فصائل المعارضة. وأضافت المصادر أن العملية نُفذت قرب بلدة دركوش المحاذية لتركيا غربي إدلب، بعدما نصبت الهيئة فيها "
        "أكثر من خمسة حواجز مؤقتة، ثم اقتادت الموقوفين إلى سجن الزنبقي القريب، ما دفع الطرفين إلى إعلان الاستنفار.",
        [E("arrest", Q("اثنين", 2), PL("دركوش", "Darkush", "Idlib"), "2022-03-11", "مصادر في فصائل المعارضة", HTS,
           note="a written numeral («اثنين»), not a dual; hometown, backer, prison (destination) and the border are "
                "not the place; published date inferred")],
        page="https://npasyria.com/77763")

passage("ig24", "2024-06-24", "Qasioun", "HTS campaign against its critics: two arrests in two towns",
        "تابعت القوى الأمنية في هيئة تحرير الشام اليوم الاثنين حملة الاعتقالات التي انطلقت أمس الأحد في مناطق عدة من "
        "ريف إدلب، وتستهدف معارضي الهيئة ومنسقي الحراك الشعبي، وبينهم من سبق توقيفه والإفراج عنه. وبحسب مصادر محلية، "
        "اعتُقل المدرّس نادر حلاق أمام منزله في بلدة إسقاط القريبة من سلقين، كما أوقفت عناصر الهيئة سامر الحموي داخل "
        "متجره في معرة مصرين، وهو من أوائل ناشطي الزبداني الذين هُجّروا منها.",
        [E("arrest", None, PL("إسقاط", "Isqat", "Idlib"), "2024-06-24", "مصادر محلية", HTS,
           note="one person each, no figure; dated by the report (the campaign runs since Sunday)"),
         E("arrest", None, PL("معرة مصرين", "Maarrat Misrin", "Idlib"), "2024-06-24", "مصادر محلية", HTS,
           note="Zabadani is the man's origin, not the place")],
        page="https://qasioun-news.com/ar/articles/78359")

passage("ig25", "2021-01-23", "Baladi News (Nahr Media)", "SDF raid with a figure; Wednesday's campaign over a list of villages",
        "اعتقلت «قسد» أمس الجمعة 20 شاباً خلال حملة دهم في قرية روشيد بريف دير الزور الشرقي، بحسب ما نشره موقع «نهر "
        "ميديا» على فيسبوك، من دون أن يذكر دوافع الاعتقال. ويأتي ذلك في إطار تصعيد «قوات سوريا الديمقراطية» حملاتها "
        "بحق سكان مناطقها في المحافظة، إذ نفذت يوم الأربعاء الماضي، وفق الموقع ذاته، حملة موسعة طالت الشحيل والبصيرة "
        "والدحلة وجديد عكيدات والباغوز وبلدات أخرى، قالت إنها تستهدف خلايا «داعش»، بينما أكدت مصادر إعلامية أنها "
        "استُغلت لسوق الشبان إلى التجنيد.",
        [E("arrest", Q("20", 20), PL("روشيد", "Rushayd", "Deir ez-Zor"), "2021-01-22", "موقع «نهر ميديا»", SDF),
         E("arrest", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2021-01-20", "الموقع ذاته", SDF,
           note="recalled with its own day: an event; one act over a list of villages, scored at the first")],
        page="https://baladi-news.com/public/ar/articles/70130")

passage("ig26", "2021-01-04", "Euphrates Post", "SDF fires on a protest against conscription (wounded only); checkpoint arrests",
        "تعرض مدنيون خرجوا في مظاهرة ضد تجنيد أبناء المنطقة لإطلاق رصاص في قرية زغير جزيرة على يد عناصر «قسد» غربي دير "
        "الزور، يوم الأحد 3 كانون الثاني، ما أوقع جرحى بينهم. وذكر مراسل فرات بوست أن الاحتجاج اندلع بعدما أوقف حاجز "
        "تابع لـ«قسد» عدداً من المدنيين قرب منطقة المعامل في القرية. وفي السياق ذاته، اعتقلت قوة من «قسد» نحو 40 شاباً "
        "عند حواجزها في مناطق المطاحن ودوار المدينة الصناعية والماكف ببلدة العزبة شمالي دير الزور، بحسب المراسل، وقد "
        "تمكن بعضهم من الفرار قبل نقلهم إلى معسكرات التجنيد.",
        [E("protest", None, PL("زغير جزيرة", "Zghayr Jazira", "Deir ez-Zor"), "2021-01-03", "مراسل فرات بوست", PROT,
           note="fire on a protest is the protest (excessive force); only wounded, no crowd figure: no figure; the "
                "reporter's next sentence returns to it"),
         E("arrest", None, PL("زغير جزيرة", "Zghayr Jazira", "Deir ez-Zor"), None, "مراسل فرات بوست", SDF,
           note="the checkpoint detentions that set off the protest; no day of their own (a second coder may date "
                "them 01-03)"),
         E("arrest", Q("نحو 40", 40, approx=True), PL("العزبة", "Al-Izba", "Deir ez-Zor"), None, "مراسل فرات بوست", SDF,
           note="several spots inside one town: the town; no day given; published date inferred (the day after)")],
        page="https://euphratespost.net/ (بسبب التجنيد الإجباري توتر في دير الزور)")

passage("ig27", "2019-01-20", "Halab Today (Euphrates Post)", "regime conscription raids in three Deir ez-Zor towns",
        "نفذت قوات النظام أمس حملة اعتقالات في ريف دير الزور الخاضع لها لسوق الشبان إلى التجنيد الإجباري، وصفتها شبكة "
        "«فرات بوست» بأنها الأوسع منذ انتزاع النظام معظم المحافظة من تنظيم الدولة قبل أكثر من عام. وبحسب الشبكة، دهمت "
        "القوات مدينة العشارة شرقي دير الزور واعتقلت مدنيين عدة، في حين هرب آخرون عبر الفرات إلى مناطق «قسد»، وطالت "
        "الحملة كذلك شباناً في بلدة صبيخان، فيما اقتيد ما يزيد على 20 شاباً من مدينة القورية.",
        [E("arrest", None, PL("العشارة", "Al-Asharah", "Deir ez-Zor"), "2019-01-19", "شبكة «فرات بوست»", GOV),
         E("arrest", None, PL("صبيخان", "Subaykhan", "Deir ez-Zor"), "2019-01-19", "شبكة «فرات بوست»", GOV),
         E("arrest", Q("ما يزيد على 20", 20, None, True), PL("القورية", "Al-Quriyah", "Deir ez-Zor"), "2019-01-19",
           "شبكة «فرات بوست»".replace("بوست", "بوست"), GOV,
           note="one campaign, three towns each with its own telling: three events (a second coder may group them); "
                "the 'yesterday' carries to the campaign's towns; published date inferred (early 2019)")],
        page="https://halabtodaytv.net/archives/43209")

passage("ig28", "2019-06-10", "Halab Today", "desertion of soldiers from one area; their comrades' deaths on the northern fronts",
        "نقل سليم الدقاق، مراسل «حلب اليوم» في دمشق، أن عشرات العسكريين في قوات النظام فرّوا من صفوفها خشية إرسالهم إلى "
        "جبهات الشمال المشتعلة منذ أسابيع. وقال المراسل إن ما يزيد على 40 منهم، ينحدرون من الغوطة الغربية، تركوا الخدمة "
        "إثر مقتل رفاقهم في المعارك مع فصائل الثوار، فتوجه قسم منهم إلى مناطق «قسد» ولا يُعرف مكان الباقين، بينما سعى "
        "آخرون لشراء إجازات طويلة. وأودت المعارك بحياة ما يزيد على 30 عنصراً من أبناء الغوطة الغربية في صفوف النظام، "
        "لم تُسلَّم جثث أغلبهم لعائلاتهم.",
        [E("desertion", Q("ما يزيد على 40", 40, None, True), None, None, "مراسل «حلب اليوم» في دمشق", GOV,
           note="the «عشرات» of the lead are the same deserters; the Western Ghouta is their origin, not where they "
                "left: no place; weeks: no day"),
         E("armed_clash", Q("ما يزيد على 30", 30, None, True), None, None, "مراسل «حلب اليوم» في دمشق", GOV,
           kind="aggregate", note="a toll over weeks of one cause (the battles in the north): the cause's type, "
                                  "aggregate; the reporter's story carries; published date inferred (mid 2019)")],
        page="https://halabtodaytv.net/archives/86557")

passage("ig29", "2023-01-29", "Radio Alkul (Anadolu)", "a batch of defectors reaching Idlib told by two sources; an earlier batch with its day",
        "نقلت وكالة الأناضول اليوم الأحد عن مصادر وصفتها بالموثوقة أن 40 عسكرياً من قوات النظام أعلنوا انشقاقهم ووصلوا "
        "إلى محافظة إدلب، قادمين من مناطق متفرقة من البلاد، وسلموا أسلحتهم طوعاً لفصائل المعارضة هناك، وهي ثاني عملية من "
        "هذا النوع خلال أسبوعين. ولم تُكشف رتب المنشقين ولا هوياتهم حرصاً على سلامة ذويهم. وكان المركز السوري للسلامة "
        "والانشقاق قد أعلن أمس السبت وصول دفعة من 40 منشقاً إلى المناطق المحررة، كما أعلن في 19 كانون الثاني الجاري "
        "تأمين خروج عشرة منشقين معاً من جبهة في الشمال.",
        [E("defection", Q("40", 40), PL("إدلب", "Idlib", "Idlib"), "2023-01-28", "مصادر وصفتها بالموثوقة", GOV,
           note="the centre's 40 announced yesterday are the same batch: one event, dated by the earlier telling (a "
                "second coder may date it 01-29); arrival in Idlib is the only place"),
         E("defection", Q("عشرة", 10), None, "2023-01-19", "المركز السوري للسلامة والانشقاق", GOV,
           note="an earlier batch with its own day; 'a northern front' names no place; published date inferred")],
        page="https://radioalkul.com/?p=368548")

passage("ig30", "2020-03-05", "Qasioun (Jurf News, Al-Dorar)", "three flee to the SNA's areas; a recalled defection with its date",
        "فرّ ثلاثة مقاتلين من ميليشيات الأسد من نقاط انتشارهم قرب بلدة عين عيسى في ريف الرقة نحو مناطق يسيطر عليها الجيش "
        "الوطني، وفق ما نقله موقع «جرف نيوز» عن مصادر محلية، موضحة أنهم استغلوا نوبة الحراسة ليلاً بالتنسيق مع الأهالي، "
        "وأن القوات بحثت عنهم بعد فرارهم. وفي العاشر من شباط الماضي، تمكنت فصائل الثوار في ريف حلب الغربي من تأمين "
        "انشقاق ثلاثة عناصر عن قوات الأسد في أثناء القتال، حسبما أفاد مصدر عسكري «شبكة الدرر الشامية»، مشيراً إلى أنهم "
        "من مقاتلي التسويات في درعا الذين سيقوا قسراً إلى الخدمة.",
        [E("defection", Q("ثلاثة", 3), PL("عين عيسى", "Ain Issa", "Raqqa"), None, "مصادر محلية", GOV,
           note="'at night' with no day: no date; the SNA's areas are the destination"),
         E("defection", Q("ثلاثة", 3, nth=1), PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"), "2020-02-10",
           "مصدر عسكري", GOV, note="recalled with its own date: an event; Daraa is their origin; published date inferred")],
        page="https://qasioun-news.com/ar/articles/55565")

passage("ig31", "2019-06-12", "Qasioun (Ahrar Horan)", "a governorate's tally of soldiers not returning, with a town breakdown",
        "عادت ظاهرة الانشقاق الفردي عن قوات النظام إلى الظهور بين أبناء محافظة درعا، كما في السنوات الأولى للثورة، بعدما "
        "زُجّ بالمئات منهم في جبهات الشمال وقُتل كثيرون في المعارك المستعرة هناك منذ قرابة شهر. وأحصى «تجمع أحرار حوران» "
        "انشقاق ما يزيد على 15 عنصراً من النعيمة و20 من الكرك الشرقي ونحو 14 في نوى و5 من خربة غزالة، إضافة إلى أكثر من "
        "25 في نصيب رفضوا تسليم أنفسهم وعشرات من قرى حوض اليرموك. وبحسب التجمع، تخطى مجموع المنشقين في المحافظة 100 عنصر "
        "امتنعوا عن العودة إلى وحداتهم بعد زيارتهم بيوتهم.",
        [E("desertion", Q("100", 100, None, True), PL("درعا", "Daraa", "Daraa"), None, "«تجمع أحرار حوران»", GOV,
           kind="aggregate",
           note="soldiers who went home on leave and did not rejoin: desertion, though the text says «انشقاق» (a second "
                "coder may code defection); the towns' counts are a breakdown of places (contract), not events; the "
                "dead in the north are background with no figure; published date inferred (June 2019)")],
        page="https://www.qasioun-news.com/ar/news/show/185324")

passage("ig32", "2014-05-20", "Etilaf (SMART)", "pro-government militiamen defect; an FSA attack on a security vehicle",
        "انشق زهاء 30 عنصراً في «جيش الدفاع الوطني» الموالي للنظام في السويداء، في ظل مواجهات بين سكان المدينة وقوات "
        "الأسد. وفي قرية وقم، هاجم «لواء مغاوير السويداء»، أحد تشكيلات الجيش السوري الحر، عربة لفرع الأمن العسكري، "
        "فقُتل عنصر من قوات النظام وأصيب آخرون. وتعود جذور التوتر إلى خلاف نشب قبل أيام بين مشايخ من المنطقة وقوات النظام "
        "خلال احتفالات أقامتها الأخيرة لدعم ترشح الأسد لولاية جديدة، أُرغمت خلالها امرأة على رفع صورته.",
        [E("defection", Q("زهاء 30", 30, approx=True), PL("السويداء", "As-Suwayda", "As-Suwayda"), None, None, GOV,
           note="the National Defence militia is pro-government: the force left; no day given"),
         E("armed_clash", None, PL("وقم", "Waqm", "As-Suwayda"), None, None, FSA,
           note="an attack on a vehicle; one killed without a numeral: no figure; the ongoing clashes and the quarrel "
                "days before are context: no event; published date inferred (the 2014 election campaign)")],
        page="https://www.etilaf.org/?p=2710")

passage("ig33", "2020-08-08", "Halab Today", "a defector arrested at a flying checkpoint despite his settlement card",
        "أفاد مراسل «حلب اليوم» بدرعا بأن قوات النظام اعتقلت أمس الجمعة مساعداً أول منشقاً عنها، عند حاجز مؤقت على "
        "الطريق السريع بين دمشق ودرعا. وأوضح المراسل أن عناصر من المخابرات الجوية أوقفوا المساعد أول فراس الحمد، ابن "
        "بلدة غصم في ريف درعا الشرقي، قرب منطقة منكت الحطب وهو عائد من العاصمة، وكان قد ترك جيش النظام مطلع 2012 والتحق "
        "بفصائل المعارضة. ويقول المراسل إن كثيراً من المنشقين في درعا اعتُقلوا رغم بطاقات التسوية التي مُنحت لهم إثر "
        "استعادة النظام الجنوب قبل عامين.",
        [E("arrest", None, PL("منكت الحطب", "Mankat al-Hatab", "Rif Dimashq"), "2020-08-07", "مراسل «حلب اليوم» بدرعا",
           GOV, note="the spot named on the highway is the place; his 2012 defection is his background (year only): no "
                     "event; the many arrests despite settlement are a pattern; published date inferred")],
        page="https://halabtodaytv.net/archives/160686")

passage("ig34", "2019-06-15", "Mada Post", "residents capture soldiers in reply to an arrest last month; a siege recalled",
        "أسر سكان الصنمين، المدينة الواقعة شمالي ريف درعا، ثلاثة عناصر من قوات النظام على الطريق الدولي دمشق – درعا، بحسب ما "
        "أوردته مصادر محلية اليوم السبت 15 حزيران 2019. وقالت المصادر إن الخطوة جاءت رداً على امتناع النظام عن إطلاق "
        "ثلاثة شبان اعتقلهم من المدينة الشهر الماضي. وكان النظام قد أطبق حصاراً على الصنمين فمنع إدخال الغذاء والخضار "
        "وخروج السكان، عقب اشتباكات بين الأهالي وفرع الأمن الجنائي فيها أسفرت عن مقتل ضابط وعنصر وإصابة آخرين.",
        [E("arrest", Q("ثلاثة", 3), PL("الصنمين", "Al-Sanamayn", "Daraa"), "2019-06-15", "مصادر محلية",
           note="a capture by residents (no actor constant); coded as an arrest/abduction, dated by the report; the "
                "highway is placed at the town the text ties it to"),
         E("arrest", Q("ثلاثة", 3, nth=1), PL("الصنمين", "Al-Sanamayn", "Daraa"), "2019-05", "مصادر محلية", GOV,
           note="last month's arrest, recalled with its month: an event; the siege and the clash are recalled with no "
                "day: no event (a second coder may code them)")],
        page="https://madapost.net/2019/06/15/")

passage("ig35", "2021-09-01", "Al-Arab", "Daraa al-Balad truce takes effect after a missile barrage",
        "بدأ صباح اليوم الأربعاء تطبيق اتفاق وقف إطلاق النار وتسليم السلاح في درعا البلد جنوبي سوريا، عقب تصعيد عنيف "
        "شنّته قوات النظام على الجيب، قصفت خلاله أحياءه بما يزيد على 50 صاروخاً أرض - أرض. وكانت الأطراف الفاعلة في "
        "المحافظة قد توصلت مساء أمس الثلاثاء إلى هذا الاتفاق إثر اجتماعات متعددة ومفاوضات دامت قرابة خمس ساعات. وأكد "
        "مصدر في لجان التفاوض، تحدث إلى «تجمع أحرار حوران»، أن الهدنة تمتد ثلاثة أيام، وأن الشرطة العسكرية الروسية ستدخل درعا "
        "البلد اليوم برفقة «اللواء الثامن» لإقامة نقطة مؤقتة في جنوبها.",
        [E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-08-31", "مصدر في لجان التفاوض",
           note="reached yesterday evening, in force today: one agreement dated when reached; the source's sentence "
                "returns to it; the Russian entry is future: no event"),
         E("shelling", Q("ما يزيد على 50", 50, None, True), PL("درعا البلد", "Daraa al-Balad", "Daraa"), None, None, GOV,
           note="missiles without dead: their count is the figure; the escalation has no day")],
        page="https://backup.alarab.co.uk/ (عشائر درعا والنظام السوري يتوصلان إلى اتفاق هدنة)")

passage("ig36", "2021-08-24", "Shaam Network", "deployment and tank reinforcements; a displacement deal; shelling with one dead",
        "انتشرت عناصر الفرقة الرابعة وقوى الأمن وفروع المخابرات على نطاق واسع في درعا المحطة، في حين لم تصل سوى حافلتين "
        "لنقل عدد محدود من المطلوبين إلى الشمال. وأفاد ناشطون لشبكة شام بأن اللجنة المركزية في درعا توصلت مع روسيا والنظام "
        "والفرقة الرابعة إلى اتفاق يقضي بتهجير عدد معين من الأشخاص شريطة عودة جيش النظام إلى ثكناته. وتبدو الفرقة الرابعة "
        "والميليشيات المدعومة من طهران رافضة له، إذ وصلت إلى درعا المحطة صباح اليوم تعزيزات قوامها 6 دبابات وآليات أخرى، "
        "بينما تعرضت درعا البلد لقصف عنيف بالمدفعية والصواريخ قُتل فيه مدني وجُرح آخرون.",
        [E("reinforcement", Q("6", 6), PL("درعا المحطة", "Daraa al-Mahatta", "Daraa"), "2021-08-24", None, GOV,
           note="the deployment and the tanks' arrival at one place: one reinforcement (a second coder may split "
                "them); the two buses have not yet moved anyone: no evacuation"),
         E("agreement", None, PL("درعا", "Daraa", "Daraa", nth=1), None, "ناشطون",
           note="placed at the city the committee speaks for (a second coder may leave it null)"),
         E("shelling", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-08-24", None, GOV,
           note="one civilian killed without a numeral: no figure; the shelling's author is implied, not named")],
        page="http://shaam.org/news/syria-news/ (اتفاق ضبابي في درعا البلد)")


def main() -> None:
    write("gold68.jsonl", P68)


if __name__ == "__main__":
    main()
