"""Build gold75.jsonl: HELD-OUT set 75 (ids jg01…), written in stop 33 by writer w75 BEFORE any run on it.

Twenty WHOLE ARTICLES, each a paraphrase of one real news page found in the search tool's `pages` corpus (2011-2025,
many outlets): headline, lead, details, sources, background and the glued extras the page had. The facts of each
page are kept (incidents, their order, places, figures, dates, who acted, who says so, hedges, recalls); every
sentence is rewritten, and no run of five words (names aside) is shared with its page (checked by script against
the page text, which was kept outside the repository). People's personal names are invented. Each passage's
`style` gives the page's address. Gold was written before marsad was run on the passages.

    python benchmarks/data/events_probe/build75.py      # rewrites gold75.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402,F401

P75: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P75.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("jg01", "2011-07-31", "DW Arabic", "storming of Hama, three tolls from four sources; page: "
        "https://tiue.org/dw/ar/عشرات-القتلى-مع-بداية-اقتحام-الجيش-السوري-مدينة-حماة/a-15279677",
        "حماة: عشرات القتلى في اليوم الأول لاجتياح الجيش المدينة\n"
        "اجتاحت وحدات من الجيش ترافقها قوى الأمن مدينة حماة وسط البلاد مع ساعات الفجر الأولى اليوم الأحد، وقُتل في "
        "العملية 45 شخصاً وأصيب العشرات، كثيرون منهم في حال حرجة، وفق ما قاله رئيس المرصد السوري "
        "لحقوق الإنسان سامر عبد الكريم لوكالة فرانس برس. وأوضح عبد الكريم، مستنداً إلى مصادر طبية داخل المدينة، أن رجال الأمن فتحوا "
        "النار على سكان تجمعوا قرب المتاريس التي نصبها الأهالي في الشوارع. وأضاف أن ستة أشخاص لقوا حتفهم وجُرح 50 "
        "آخرون برصاص قوى الأمن في دير الزور، المدينة الواقعة شرقاً التي دخلها الجيش أمس السبت، بينما قُتل ثلاثة "
        "وأصيب العشرات في بلدة الحراك بريف درعا جنوباً. أما وكالة الأنباء الألمانية فنقلت عن ناشطين على مواقع "
        "التواصل أن 30 قتيلاً على الأقل سقطوا حين اقتحمت قوات الجيش والأمن فجراً حماة ودير الزور ودرعا. وتتباين "
        "الحصيلة بين مصدر وآخر، إذ أوردت رويترز عن سكان في حماة أن 24 شخصاً قُتلوا أثناء دخول الدبابات إلى المدينة.",
        [E("casualties", Q("45", 45), PL("حماة", "Hama", "Hama"), "2011-07-31", "رئيس المرصد السوري لحقوق الإنسان",
           GOV, note="security forces firing on residents at the barricades during the army's storming: a known force "
                     "firing on civilians outside a protest (casualties, stop 30 ACLED call); a second coder may call "
                     "the storming itself an armed_clash or territory_change. dpa's 30 (three cities) and Reuters' 24 "
                     "(Hama) are other tolls of the same acts, no new events"),
         E("casualties", Q("ستة", 6), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2011-07-31",
           "رئيس المرصد السوري لحقوق الإنسان", GOV,
           note="«وأضاف»: the director's report carries; the deaths are told today (the army entered yesterday); "
                "the 50 wounded are not the figure"),
         E("casualties", Q("ثلاثة", 3), PL("الحراك", "Al-Hirak", "Daraa"), "2011-07-31",
           "رئيس المرصد السوري لحقوق الإنسان", GOV, note="same report; place the town, not the Daraa countryside")])

passage("jg02", "2011-07-05", "MBC", "Hama toll, a storming with tanks, an arrests tally; page: "
        "http://www.mbc.net/ar/programs/mbc-news/middle-east/articles/مقتل-11-مدنيا-برصاص-القوات-السورية-في-مدينة-حماة.html",
        "مقتل 11 مدنياً بنيران القوات السورية في حماة\n"
        "لقي 11 مدنياً على الأقل حتفهم في مدينة حماة يوم الثلاثاء برصاص القوات السورية ومسلحين مؤيدين للرئيس "
        "السوري، في ثاني أيام الحملة التي يخوضها الجيش على أحياء رئيسية من المدينة بهدف إخماد الاحتجاجات المناهضة "
        "للنظام. وذكر تقرير النشرة المسائية ليوم الثلاثاء 5 تموز/يوليو، استناداً إلى شهود عيان، أن السكان سدّوا "
        "الطرقات بالسواتر الترابية وأكوام الإطارات، وأن بعضهم بات ليلته في الشوارع. وفي ريف إدلب، الذي تشهد مناطقه "
        "عمليات للجيش منذ أواسط حزيران/يونيو، دخلت القوات السورية بلدة كفرنبل ونشرت دباباتها عند تقاطعات الطرق. "
        "وفي السياق، تحدث المرصد السوري لحقوق الإنسان عن اعتقال أجهزة الأمن ما يزيد على 500 من الناشطين والمتظاهرين "
        "في الأيام الأخيرة، مع أن حالة الطوارئ كانت قد رُفعت.",
        [E("casualties", Q("11", 11, None, True, nth=1), PL("حماة", "Hama", "Hama"), "2011-07-05", None, GOV,
           note="a known force and loyalist gunmen shooting civilians during a campaign (casualties, ACLED call); the "
                "witnesses of the next sentence tell the barricades, not the killing: outlet"),
         E("arrest", Q("ما يزيد على 500", 500, None, True), None, None, "المرصد السوري لحقوق الإنسان", GOV,
           kind="aggregate", note="a tally over «الأيام الأخيرة», no place. Not coded: the army entering Kafr Nabl and "
                                  "deploying tanks at crossroads (no fight, arrest or strike told); a second coder may "
                                  "code it as reinforcement")])

passage("jg03", "2012-03-10", "Al-Nadwa (via sauress)", "Friday round-up, several places, activists; published "
        "inferred (the Friday «التدخل العسكري الفوري», 9 March 2012; the page says «أمس»); page: "
        "https://sauress.com/alnadwah/128109",
        "تظاهر معارضون للرئيس السوري في مدن عدة أمس الجمعة فيما سُمّي «جمعة التدخل العسكري الفوري»، في حين أفاد "
        "ناشطون باشتباك في ريف دمشق بين وحدات من الجيش النظامي ومقاتلي الجيش السوري الحر. وقال ناشطون إن ستة "
        "أشخاص على الأقل سقطوا برصاص قوات الأمن في حماة وفي بلدة الطيبة بدرعا، كما دهمت هذه القوات مدينة حرستا "
        "وبلدة كناكر بريف دمشق. وكانت صفحة معارضة معروفة على فيسبوك قد دعت إلى تظاهرات هذا الأسبوع، مطالبةً بتدخل "
        "عسكري عاجل يبدأ بالعرب والمسلمين، وبحظر جوي ومنطقة عازلة. وهتف المحتجون مطالبين بتزويد الجيش الحر بالسلاح "
        "ليحميهم من بطش القوات النظامية، وبرحيل النظام. وفي العاصمة، أطلقت قوات الأمن الرصاص لتفريق المحتجين في "
        "حيي العسالي ونهر عيشة بدمشق وفي سحم الجولان بريف درعا. أما في كفرنبل بإدلب فأغلقت قوات الأمن مساجد المدينة "
        "كلها، فلم تُقَم فيها صلاة الجمعة، ونشرت قناصة فوق أسطح المباني. وفي حي المفتي بمدينة الحسكة، قُتل شخص "
        "وجُرح آخرون حين فتحت قوات الأمن النار على متظاهرين. كما شنّت القوات الأمنية مداهمات واعتقالات عشوائية في "
        "مدينة جاسم بدرعا وطوّقت مساجدها.",
        [E("armed_clash", None, PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2012-03-09", "ناشطون", GOV,
           note="no finer place than the countryside"),
         E("casualties", Q("ستة", 6, None, True), PL("حماة", "Hama", "Hama"), "2012-03-09", "ناشطون", GOV,
           note="«على الأقل» after the noun; one act told for two places (Hama, Taybeh): first place; the text does "
                "not say they were shot at protests, so casualties (a protest-day killing a second coder may code as "
                "protest)"),
         E("protest", None, PL("العسالي", "Al-Asali", "Damascus"), "2012-03-09", None, PROT,
           note="fire to disperse protests in a list of places (Asali, Nahr Aisha, Sahm al-Jawlan): one group, first "
                "place; no crowd or dead numbered"),
         E("protest", None, PL("حي المفتي", "Al-Mufti quarter (Hasakah)", "Al-Hasakah"), "2012-03-09", None, PROT,
           note="fire on a protest; one dead (a singular: no figure)"),
         E("arrest", None, PL("جاسم", "Jasim", "Daraa"), "2012-03-09", None, GOV,
           note="Not coded: the nationwide Friday protests with no place (their placed instances are coded), the "
                "raid on Harasta and Kanaker (no act told), the mosques shut and snipers in Kafr Nabl, the page's "
                "call")])

passage("jg04", "2012-07-31", "Sky News Arabia", "defection of two captains announced on video, family background; "
        "published inferred (July 2012); page: https://www.skynewsarabia.com/amp/middle-east/36722-تسارع-وتيرة-"
        "الانشقاقات-بالجيش-السوري",
        "انشقاقات متلاحقة في الجيش السوري\n"
        "كلما اشتد العنف واتسعت رقعته في أنحاء سوريا، تسارعت وتيرة الانشقاق عن القوات النظامية، فضلاً عن الانشقاقات "
        "في السلك الدبلوماسي. وآخر ما سُجّل منها في الجيش انشقاق ضابطين من آل الصالح برتبة نقيب: سامر الصالح الذي "
        "ترك اللواء 51 دبابات التابع للفرقة العاشرة، وماهر الصالح الذي ترك الفوج 122 مدفعية في الفرقة ذاتها. وأعلن "
        "النقيبان تأسيس كتيبة «حرملة بن الوليد» التي تنضوي في اتحاد كتائب الغوطة الشرقية بريف دمشق. ونشر ناشطون على "
        "يوتيوب مقطعاً مصوراً يُظهر الضابطين معلنَين انشقاقهما وولادة الكتيبة الجديدة. ويُعدّ العميد نزار الصالح أبرز "
        "من انشقّ من هذه العائلة، وهو قائد اللواء 105 في الحرس الجمهوري ونجل وزير دفاع أسبق، وقد سافر إلى باريس ثم "
        "أعلن انشقاقه لاحقاً في تسجيل مصور. وسبقه الملازم عبد الحكيم الصالح الذي كان من أوائل المنشقين مع بداية "
        "الأزمة، وأسس مع رفاق له كتيبة الفاروق، ثم قاد الجيش الحر في حمص، وحاربت كتيبته جيش "
        "النظام داخل حي بابا عمرو.",
        [E("defection", None, PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), None, "ناشطون", GOV,
           note="two captains from two units shown in one video: one event; a dual, no figure; unit numbers are names. "
                "The text gives no place of the defection: Eastern Ghouta is where they formed their battalion "
                "(a second coder may leave the place null). The activists' video (next sentence) is the source. "
                "Not coded: the brigadier's and the lieutenant's earlier defections (recalls with no day) and the "
                "Baba Amr fighting (background)")])

passage("jg05", "2012-07-04", "Al-Azd (via sauress)", "sixteen officers in 24 hours, three brigadiers named; "
        "published inferred (a Wednesday of summer 2012); page: https://sauress.com/alazd/18224",
        "شهد اليوم الأربعاء موجة جديدة من الانشقاقات في جيش النظام السوري، إذ أعلن ضباط بينهم أصحاب رتب رفيعة "
        "التحاقهم بالجيش السوري الحر المعارض. وخلال أقل من 24 ساعة، ترك 16 ضابطاً صفوف الجيش النظامي، بينهم ثلاثة "
        "برتبة عميد: العميد الركن وائل حسن العلي رئيس فرع الاستطلاع في المنطقة الشمالية، وفراس نادر برتبة عميد ركن من "
        "قيادة الأركان العليا، وسليم أحمد درويش العميد المظلي العامل في قيادة المنطقة الشمالية. وبُثت على الإنترنت صور "
        "تُظهر العميد العلي معلناً تركه الجيش النظامي والتحاقه بالجيش الحر. وقال العلي في بيان انشقاقه إن خطوته "
        "جاءت احتجاجاً على المجازر الجماعية والقتل المنظم، وعلى إقحام الجيش في غير مهمته الأصلية، أي حماية الوطن، "
        "حتى صار قوة احتلال تنتهك الحرمات. كذلك ظهر العميد نادر، وهو مدرّس في كلية الحرب العليا، في شريط مصور يعلن "
        "فيه انشقاقه، معللاً قراره بأن الجيش حاد عن طريقه وبات يدافع عن النظام. وفي مقطع آخر، تحدث ناشطون عن "
        "إجراءات عقابية اتخذها النظام بحق عائلة العميد نادر.",
        [E("defection", Q("16", 16), None, "2012-07-04", None, GOV,
           note="the three brigadiers and their videos are a breakdown of the 16, not events; «خلال أقل من 24 ساعة» "
                "ends today; no place (units, not places). Not coded: the punishment of a family (no act told)")])

passage("jg06", "2013-02-13", "Al-Watan (Saudi, via sauress)", "an airbase taken, an attack on two airports, a recall "
        "with its day; page: https://sauress.com/alwatan/133089",
        "سقط مطار الجراح العسكري في محافظة حلب شمالي البلاد أمس بأيدي مقاتلي المعارضة، الذين هاجموا بقوة في الوقت "
        "نفسه مطار النيرب العسكري ومطار حلب المدني، بينما يطوّقون مدينة دير الزور استعداداً للسيطرة على "
        "المحافظة كلها. وبحسب المرصد السوري لحقوق الإنسان، بسط المقاتلون سيطرتهم على قاعدة الجراح وغنموا طائرات "
        "حربية وذخائر. وتُعدّ هذه أول مرة تقع فيها مقاتلات من طراز «ميغ» بيد المعارضة منذ اندلاع النزاع منتصف "
        "آذار/مارس 2011. وسبق للمعارضين أن سيطروا على مرج السلطان، وهو مطار عسكري صغير في ريف دمشق، ولم يكن فيه سوى "
        "طائرتين أو ثلاث معطلة، ثم على مطار تفتناز العسكري في محافظة إدلب في 11 كانون الثاني/يناير الماضي، وكانت فيه "
        "مروحيات دُمّر أغلبها أو تعطل جراء القتال. وأفاد المرصد بأن المعارك داخل مطار الجراح أودت بحياة خمسة من "
        "المقاتلين وأوقعت جرحى بينهم، في حين قُتل أو جُرح أو أُسر قرابة 40 عنصراً من القوات النظامية. وذكر مدير "
        "المرصد، سامر عبد الكريم، أن القوات النظامية انسحبت من المطار مخلّفة طائرات عدة وذخيرة وفيرة. "
        "وبيّن تسجيل مصور مقاتلات رابضة في المطار بجوار مدرجه.",
        [E("territory_change", Q("خمسة", 5), PL("مطار الجراح العسكري", "Jarrah military airport", "Aleppo"),
           "2013-02-12", "المرصد السوري لحقوق الإنسان", FSA,
           note="the dead numbered are the five opposition fighters; «قرابة 40» mixes killed, wounded and captured "
                "(not a toll of dead); a second coder may give no figure"),
         E("armed_clash", None, PL("مطار النيرب العسكري", "Nayrab military airport", "Aleppo"), "2013-02-12", None, FSA,
           note="one attack on two airports (Nayrab, Aleppo): first place; the Observatory's sentence is about "
                "Jarrah only, so the outlet. The encirclement of Deir ez-Zor is a state, not coded"),
         E("territory_change", None, PL("مطار تفتناز العسكري", "Taftanaz military airport", "Idlib"), "2013-01-11",
           None, FSA, note="a recall with its own day: an event (background); Marj al-Sultan, recalled with no day, "
                           "is not coded")])

passage("jg07", "2014-05-23", "Rozana", "opposition shelling on an election tent; short page (~85 words); page: "
        "https://www.rozana.fm/ar/news/2014/05/23/قتلى-في-هجوم-على-خيمة-للحملة-الانتخابية-في-درعا",
        "روزنة – درعا\n"
        "لقي أكثر من عشرين شخصاً مصرعهم بقصف نفذته قوات المعارضة السورية على خيمة مخصصة للحملة الانتخابية للرئيس "
        "السوري في محافظة درعا. وأفاد المرصد السوري لحقوق الإنسان بأن بين القتلى 11 مدنياً على الأقل، منهم طفل، "
        "موضحاً أن الهجوم استهدف حي المطار في مدينة درعا ليل أمس الخميس. ونشر ناشطون معارضون للنظام صوراً على "
        "الإنترنت تُظهر نيراناً مشتعلة في أحد شوارع المدينة ليلاً فيما يفرّ الناس راكضين. وتوقع المرصد أن تزداد "
        "حصيلة الضحايا، إذ أصيب 30 شخصاً بجروح خطيرة جراء الهجوم.",
        [E("shelling", Q("أكثر من عشرين", 20, None, True), PL("حي المطار", "Al-Matar quarter (Daraa)", "Daraa"),
           "2014-05-22", "المرصد السوري لحقوق الإنسان", FSA,
           note="the lead's total is the figure; the Observatory's 11 civilians are part of it (breakdown) and its "
                "sentence, which places and dates the attack, is the source; the 30 wounded are not the figure")])

passage("jg08", "2015-12-04", "Jisr TV", "a front round-up of eight acts in one governorate; page: "
        "http://www.jisrtv.com/أخبار-الجسر/سوري/ريف-حمص-11-شهيدا-في-مدينة-تلبيسة-بمجزرة-للطيران-الروسي.html",
        "الجمعة 4 كانون الأول/ديسمبر 2015\n"
        "ريف حمص: مجزرة روسية تودي بـ11 مدنياً في تلبيسة\n"
        "قضى 11 مدنياً، معظمهم من الأطفال والنساء، في مجزرة جديدة نفذتها الطائرات الروسية على مدينة تلبيسة في ريف "
        "حمص الشمالي. وفي الوقت نفسه، ألقت مروحيات تابعة للنظام براميلها المتفجرة فوق حوش حجو، بينما طال قصف مدفعي من "
        "قوات النظام الحولة وتير معلة. في المقابل، دكّ الثوار بالمدفعية الثقيلة مواقع قوات النظام داخل "
        "الفرقة السادسة والعشرين وأصابوها إصابات مباشرة، واندلعت مواجهات عنيفة بين الطرفين على جبهة الكم. وردّ "
        "الثوار على مجزرة تلبيسة بإطلاق صواريخ غراد على مواقع للنظام في حي المهاجرين وسواه من أحياء مدينة حمص. وفي "
        "ريف حمص الشرقي، سقط ستة مدنيين وجُرح غيرهم في مجزرة ثانية ارتكبتها الطائرات الروسية وطائرات النظام قرب مدينة "
        "القريتين، التي استهدفتها أكثر من أربعين غارة. وعلى صعيد آخر، أتلف تنظيم الدولة عربات تابعة للنظام خلال قتال في حقول شاعر "
        "وفي الدوة وعلى أطراف القريتين، في معارك ضارية خلّفت قتلى في صفوف الجانبين.",
        [E("airstrike", Q("11", 11, nth=1), PL("تلبيسة", "Talbiseh", "Homs"), "2015-12-04", None, RUS,
           note="headline and lead tell one strike; every act is dated by the bulletin's dateline (no day word)"),
         E("airstrike", None, PL("حوش حجو", "Hosh Hajju", "Homs"), "2015-12-04", None, GOV, note="barrel bombs"),
         E("shelling", None, PL("الحولة", "Al-Houla", "Homs"), "2015-12-04", None, GOV,
           note="one shelling of two places (Houla, Tir Maalla): first place"),
         E("shelling", None, PL("الفرقة السادسة والعشرين", "26th Division base", "Homs"), "2015-12-04", None, FSA,
           note="a named base (unit and number) is the place; the number is a name"),
         E("armed_clash", None, PL("الكم", "Al-Kamm", "Homs"), "2015-12-04", None, FSA),
         E("shelling", None, PL("حي المهاجرين", "Al-Muhajirin quarter (Homs)", "Homs"), "2015-12-04", None, FSA,
           note="Grad rockets on a quarter of Homs city"),
         E("airstrike", Q("ستة", 6), PL("القريتين", "Al-Qaryatayn", "Homs"), "2015-12-04", None, RUS,
           note="Russian and regime aircraft together: agent the first named; the 40 raids are the act's own count, "
                "the dead are the figure"),
         E("armed_clash", None, PL("حقول شاعر", "Shaer gas fields", "Homs"), "2015-12-04", None, IS,
           note="one fight over a list of places (Shaer, Dawa, Qaryatayn's edges): first place; dead on both sides "
                "not numbered")])

passage("jg09", "2016-07-27", "News Today (Egypt)", "double bombing, reporter, claim, a recall with no day; page: "
        "https://newstodayeg.com/show788",
        "قُتل ما لا يقل عن 50 شخصاً وأصيب 143 آخرون بجروح، الأربعاء 27 تموز/يوليو، في هجوم بتفجيرين ضرب مدينة "
        "القامشلي في شمال سوريا. وأوضح المراسل أن شاحنة محمّلة بالمتفجرات انفجرت أمام مقر قوات الأمن الكردية (الأسايش) الواقع "
        "في شارع منير حبيب ضمن الحي الغربي من المدينة. وتابع أن انتحارياً ثانياً فجّر نفسه بعد أن احتشد الأهالي في المكان، وذلك "
        "في الشارع الفاصل بين مقر الأسايش ومبنى هيئة الدفاع في الإدارة الذاتية الكردية. وتشير مصادر من داخل المدينة "
        "إلى أن الحصيلة مرشحة للارتفاع لأن جروح عدد من المصابين خطيرة، وتتحدث عن أبنية متضررة وسيارات مركونة قرب "
        "الموقع التهمتها النيران. ولم يتأخر تنظيم «داعش» في إعلان مسؤوليته عن العملية. ورأى المراسل أن التفجير هو "
        "الأشد دموية في القامشلي منذ عامين، مع أن المدينة عرفت في الأشهر الأخيرة سلسلة تفجيرات، أحدثها هجوم انتحاري بحزام "
        "ناسف استهدف حي الوسطاني قتل ثلاثة أشخاص وأصاب خمسة.",
        [E("explosion", Q("ما لا يقل عن 50", 50, None, True), PL("الحي الغربي", "Western quarter (Qamishli)",
                                                               "Al-Hasakah"), "2016-07-27", "المراسل", IS,
           note="a truck bomb and a suicide bomber minutes apart at one spot: one attack («تفجير مزدوج»), a second "
                "coder may code two; the street is a landmark, so the quarter; the reporter's next sentence is the "
                "source; IS claimed it. Not coded: the recalled belt bombing in al-Wusta (no day)")])

passage("jg10", "2017-09-19", "Al-Araby Al-Jadeed", "coalition strike, a monitoring campaign, a 24-hour tally; "
        "published inferred (a Tuesday of the last weeks of the Raqqa battle, 2017); page: "
        "https://alaraby.co.uk/مقتل-17-مدنياً-بقصف-للتحالف-الدولي-في-الرقة",
        "قضى سبعة عشر مدنياً وجُرح آخرون مساء الإثنين جراء ضربة جوية شنتها طائرة للتحالف الدولي ضد تنظيم «داعش» على "
        "منطقة سكنية في مدينة الرقة بشمال شرق سورية. وبحسب حملة «الرقة تذبح بصمت»، استهدفت طائرة تابعة للتحالف بناءً "
        "سكنياً قريباً من الحديقة البيضاء، فقتلت سبعة عشر مدنياً وأصابت غيرهم. وأشارت الحملة، التي تُعنى برصد "
        "الانتهاكات في المحافظة، عبر حساباتها على شبكات التواصل، إلى أن جثث الضحايا لا تزال تحت الركام. وكانت مصادر "
        "محلية قد ذكرت أن غارات التحالف على الرقة في اليوم الأخير تجاوزت المئة، مخلّفةً خراباً واسعاً في أحيائها. "
        "وتخوض «قوات سورية الديموقراطية» (قسد)، بإسناد من طيران التحالف، معارك ضد التنظيم في المدينة التي تُعد أبرز "
        "معاقله في سورية، وقد صار معظم أحيائها في يد «قسد»، فيما انحصر التنظيم في جيب ضيق.",
        [E("airstrike", Q("سبعة عشر", 17), PL("الرقة", "Raqqa", "Raqqa"), "2017-09-18", "حملة «الرقة تذبح بصمت»", COAL,
           note="the garden is a landmark: the city; the campaign (next sentence, same strike) is the source"),
         E("airstrike", Q("المئة", 100, None, True), PL("الرقة", "Raqqa", "Raqqa", nth=2), None, "مصادر محلية", COAL,
           kind="aggregate", note="a 24-hour tally of raids on the city («تجاوزت» a bound by verb); the ongoing "
                                  "battle with the SDF is a state, not coded")])

passage("jg11", "2018-03-12", "Micro Syria", "Olive Branch advance: a day's tally of points listed by village, a "
        "second list entered, an earlier list; page: https://microsyria.com/2018/03/12/قوات-غصن-الزيتون-تواصل-"
        "تقدمها-في-عفرين",
        "يمضي الجيش التركي والجيش السوري الحر في تقدمهما داخل منطقة عفرين في إطار عملية «غصن الزيتون»، في ظل تداعٍ تشهده "
        "صفوف الميليشيات الكردية. ووفقاً لوكالة الأناضول، انتزع الجيشان أمس الأحد السيطرة على 18 نقطة ما بين قرى "
        "ومواقع استراتيجية، منها الفوج 135 قوات خاصة الذي يُعد من أكبر مقار «وحدات حماية الشعب» الكردية، وهي جماعة "
        "تصنفها أنقرة منظمة إرهابية. وعدّدت الوكالة من هذه النقاط حجمانلي وصوان كبير وجنجنلي في ناحية راجو، وتلف "
        "وقوجه مان في ناحية جنديرس، وصولاقلي وعلي بيك في ناحية بلبل، إضافة إلى كوكبة التابعة لمركز عفرين. ودخلت "
        "القوتان كذلك قرى جقمق صغير وعلمدار وكفر بطنا، ومطار بابليت ذا الموقع الاستراتيجي على طريق جنديرس – عفرين، "
        "وجبل بوجيتا الاستراتيجي القريب من مدينة عفرين. وقبل ذلك كانت قوات العملية قد استولت على قره تبه وقسطل كجك "
        "قرب شران شمال شرقي عفرين، وعلى خالدية وجبول في مركز عفرين، وكانة كاور قرب جنديرس.",
        [E("territory_change", Q("18", 18), PL("الفوج 135", "135th Regiment base (Afrin)", "Aleppo"), "2018-03-11",
           "وكالة الأناضول", TUR,
           note="one advance told for a list of points: one group, the first place named (a base: the unit with its "
                "number); the Turkish army with the FSA (agent the first named)"),
         E("territory_change", None, PL("جقمق صغير", "Jaqmaq Saghir", "Aleppo"), "2018-03-11", "وكالة الأناضول", TUR,
           note="«ودخلت … كذلك»: a second list, entered the same day, told after the agency's 18 (a second coder may "
                "fold it into the first group); the agency's report carries over an act of the same kind. Not "
                "coded: the villages taken «قبل ذلك» (a recall with no day)")])

passage("jg12", "2019-11-11", "El Watan News (Egypt)", "car bomb, Asayish toll, an accusation, video; page: "
        "https://elwatannews.com/news/details/4374669",
        "ثلاثة قتلى بانفجار سيارة مفخخة في القامشلي\n"
        "قُتل ثلاثة مدنيين اليوم في انفجار سيارة ملغومة وسط شارع يعج بالمارة في مدينة القامشلي، ذات الأكثرية "
        "الكردية، شمال شرقي سوريا. وذكرت «الأسايش»، وهي قوى الأمن الداخلي الكردية، أن السيارة انفجرت قرب مطعم الأومري "
        "بينما كان فيه مدنيون وصحفيون، فقُتل ثلاثة مدنيين وأصيب تسعة بجروح مختلفة، مضيفة أن فرق الإنقاذ ما زالت تبحث "
        "عن ضحايا آخرين. واتهم الناطق باسم الأسايش، كاوا محمود، في حديث لوكالة فرانس برس، تنظيم «داعش» بتدبير "
        "التفجير. وبيّن مقطع مصور بثته «قوات سوريا الديمقراطية» (قسد) رجال إطفاء يكافحون النيران، وظهرت في المكان "
        "خمس سيارات محترقة على الأقل، في حين نقل التلفزيون الرسمي السوري على الهواء صور اللهب والدخان الأسود المتصاعد "
        "من مركبة تحترق في منتصف الشارع. وعرفت المدينة خلال سنوات الحرب هجمات دامية عدة.",
        [E("explosion", Q("ثلاثة", 3, nth=1), PL("القامشلي", "Qamishli", "Al-Hasakah"), "2019-11-11",
           "قوى الأمن الداخلي الكردية", None,
           note="headline, lead and the Asayish's telling are one bombing; the restaurant is a landmark: the city; "
                "IS is only accused by the Asayish spokesman, so no agent (a second coder may put IS); the nine "
                "wounded are not the figure")])

passage("jg13", "2020-01-07", "Arabi21", "displacement figures from three sources, a glued «اقرأ أيضاً» line and two "
        "related headlines; published inferred (a Tuesday in early January 2020: the glued line recalls last year's "
        "toll); page: https://arabi21.co.uk/storyamp/1235513/نزوح-31-ألف-سوري-من-إدلب-باتجاه-الحدود-التركية",
        "أعلنت مصادر تركية، الثلاثاء، أن ما يزيد على 31 ألفاً من أهالي محافظة إدلب أُجبروا على مغادرة منازلهم نحو "
        "الحدود التركية، هرباً من قصف النظام السوري والميليشيات الإيرانية المساندة له. وبحسب مراسل وكالة "
        "الأناضول، فإن كثيراً من الفارين ينحدرون من مدينة معرة النعمان والقرى المجاورة لها. وقال ياسر الدباغ، مدير "
        "«منسقو الاستجابة المدنية في الشمال السوري»، إن الأيام الأربعة الأخيرة شهدت نزوح ما يزيد على 31 ألف مدني، "
        "وأبدى خشيته من أن يضطر 250 ألفاً آخرون إلى الفرار من جبل الزاوية جنوبي إدلب إذا تجددت الهجمات.\n"
        "اقرأ أيضاً: منظمة حقوقية توثق سقوط 3522 قتيلاً سورياً في العام الفائت\n"
        "وأشار الدباغ إلى أن عدد من نزحوا عن إدلب منذ شهر تشرين الثاني/نوفمبر بلغ 359 ألفاً و418 شخصاً، مشدداً "
        "على أن آلافاً منهم يحتاجون إلى مأوى ومعونات. وفي السياق ذاته، أفاد وزير الداخلية التركي بأن ما يربو على 300 "
        "ألف شخص في إدلب نزحوا خلال شهر واحد إلى مناطق أكثر أماناً بسبب القصف. وأكد الوزير، خلال فعالية في أنقرة، أن "
        "بلاده لم تتخلَّ عن السوريين ووفرت لهم حاجاتهم وآوتهم على أرضها.\n"
        "تسعة مدنيين يُقتلون بغارات للنظام على ريف إدلب\n"
        "البرد القارس يضاعف محنة مئات آلاف النازحين في الشمال السوري",
        [E("other", Q("ما يزيد على 31 ألفاً", 31000, None, True), PL("إدلب", "Idlib", "Idlib"), None, "مصادر تركية",
           None, kind="aggregate",
           note="displacement over four days (the coordinators' director gives the same 31,000): one tally; placed at "
                "the governorate they fled (Maarat al-Numan is where many came from, not all); the lead's source"),
         E("other", Q("359 ألفاً و418", 359418), PL("إدلب", "Idlib", "Idlib", nth=2), None, "ياسر الدباغ", None,
           kind="aggregate", note="running total since November"),
         E("other", Q("ما يربو على 300 ألف", 300000, None, True), PL("إدلب", "Idlib", "Idlib", nth=3), None,
           "وزير الداخلية التركي", None, kind="aggregate",
           note="the minister's own month tally, another source's figure beside the coordinators' (aggregates are "
                "listed side by side). Not coded: the feared 250,000 (future), the glued «اقرأ أيضاً» line and the "
                "two related headlines at the end (stop 32)")])

passage("jg14", "2020-05-16", "Enab Baladi", "prisoner exchange, the outlet's reporter, two recalled exchanges; page: "
        "https://enabbaladi.net/384945/عقيد-وعسكري-مقابل-أربعة-مقاتلين-عملية/?amp=1",
        "عقيد وعسكري مقابل أربعة مقاتلين.. صفقة تبادل بين «تحرير الشام» والنظام\n"
        "نفذت «هيئة تحرير الشام»، التي تنتشر في محافظة إدلب، صفقة لتبادل الأسرى مع النظام خرج بموجبها أربعة "
        "مقاتلين من الفصائل، في مقابل إطلاق عقيد وعسكري من قوات النظام. وبحسب ما نقله اليوم السبت، 16 أيار، "
        "مراسل عنب بلدي في محافظة إدلب، فإن ثلاثة من عناصر «الهيئة» وعنصراً من «حركة أحرار الشام» غادروا سجون النظام إثر التبادل الذي تم في "
        "دارة عزة، في الريف الشمالي الغربي لحلب. وفي المقابل، أُفرج عن العقيد في قوات النظام نضال يوسف، الذي وقع في "
        "الأسر في معارك بلدة كفرنبودة شمالي حماة سنة 2019، وعن عسكري آخر وقع أسيراً سنة 2014 على الطريق المؤدي إلى "
        "السلمية في ريف حماة. وسبق أن أجرت «تحرير الشام» وفصائل المعارضة صفقات مماثلة مع قوات النظام والميليشيات المساندة لها. ففي "
        "17 من آذار الماضي، جرى تبادل عبر معبر «أبو الزندين» شرقي حلب خرج فيه شاب من معتقلات النظام "
        "مقابل ضابط في جيش النظام. أما «الجبهة الوطنية للتحرير» فبادلت رفات عنصر في ميليشيا إيرانية بمقاتلَين من عناصرها "
        "كانت قوات النظام والميليشيات الرديفة قد أسرتهما في معارك الريف الجنوبي لحلب خلال شباط "
        "الماضي.",
        [E("other", Q("أربعة", 4, nth=1), PL("دارة عزة", "Darat Izza", "Aleppo"), "2020-05-16", "مراسل عنب بلدي", HTS,
           note="prisoner exchange: the figure is the first side numbered (four fighters); headline and lead tell it "
                "once; the captures of 2019 and 2014 are background"),
         E("other", None, PL("أبو الزندين", "Abu al-Zandin crossing", "Aleppo"), "2020-03-17", None, None,
           note="a recalled exchange with its own day (background event); singulars: no figure; who ran it is not "
                "said"),
         E("other", None, PL("الريف الجنوبي لحلب", "Southern Aleppo countryside", "Aleppo"), "2020-02", None, FSA,
           note="a recalled exchange (a body for two fighters, a dual: no figure); «في شباط الماضي» may date the "
                "battles rather than the exchange (a second coder may leave the date null)")])

passage("jg15", "2021-09-01", "Al-Arab (London)", "Daraa al-Balad truce: agreement, missile barrage before it, "
        "meetings, a relayed source; published inferred (the Wednesday the truce began, 1 September 2021); page: "
        "https://backup.alarab.co.uk/عشائر-درعا-والنظام-السوري-يتوصلان-إلى-اتفاق-هدنة-بشأن-الأحياء-المحاصرة",
        "هدنة في أحياء درعا البلد المحاصرة بعد اتفاق بين وجهاء درعا والنظام\n"
        "بدأ صباح الأربعاء تطبيق اتفاق «درعا البلد» في جنوب سوريا، القاضي بوقف إطلاق النار وتسليم السلاح، وذلك عقب "
        "تصعيد عنيف من جانب قوات النظام ضد الجيب الواقع في الجنوب الغربي من البلاد، قصفت خلاله أحياءه بما يزيد على 50 "
        "صاروخاً من طراز أرض – أرض. وكانت الأطراف المؤثرة في المحافظة قد خلصت مساء الثلاثاء إلى الاتفاق الجديد، بعد "
        "لقاءات متعددة وجولة تفاوض دامت قرابة خمس ساعات. واجتمعت في شرق درعا لجنة التفاوض عن درعا البلد مع اللجنة "
        "المركزية و«اللواء الثامن» الذي يتزعمه القيادي المعارض السابق خالد العمر، فيما التقى قادة «اللواء الثامن» في "
        "لقاء منفصل قائد القوات الروسية العاملة في سوريا، إلى جانب وزير الدفاع السوري، في ملعب درعا البلدي بحي درعا المحطة. وبحسب "
        "ما أورده «تجمع أحرار حوران» نقلاً عن مصدر من لجان التفاوض، اتفق الطرفان على هدنة في درعا البلد تستمر ثلاثة أيام، على أن يدخل عناصر من "
        "الشرطة العسكرية الروسية الحي الأربعاء برفقة «اللواء الثامن» المنضوي في الفيلق الخامس المدعوم "
        "روسياً، لتثبيت وقف النار عبر نقطة عسكرية مؤقتة تُقام إلى الجنوب من درعا البلد. ويُذكر أن درعا البلد كانت مهد "
        "الاحتجاجات السلمية ضد النظام.",
        [E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-08-31", "مصدر من لجان التفاوض", None,
           note="reached on Tuesday evening, in force on Wednesday morning: one agreement, dated by its reaching (a "
                "second coder may date it 1 September); the meetings are its making, not events; the source's "
                "sentence (same agreement) is the source; the Russian police's entry is future"),
         E("shelling", Q("ما يزيد على 50", 50, None, True), PL("درعا البلد", "Daraa al-Balad", "Daraa"), None, None,
           GOV, note="surface-to-surface missiles over the days before the truce: no day given; the missiles are the "
                     "figure (no dead told)")])

passage("jg16", "2022-12-04", "Al-Araby Al-Jadeed (via aajae)", "protest fired on, raised toll, reinforcements, the "
        "ministry's threat; page: https://aajae.co/politics/قتلى-وجرحى-في-احتجاجات-السويداء-السورية-والنظام-يتوعّد-"
        "المتظاهرين",
        "قتيلان وجرحى في احتجاجات السويداء.. والنظام يتوعد «الخارجين عن القانون»\n"
        "سقط متظاهران قتيلين وأصيب آخرون اليوم الأحد في مدينة السويداء بجنوب سورية، بعدما أطلقت الأجهزة الأمنية "
        "التابعة للنظام النار على محتجين تجمعوا أمام مبنى المحافظة اعتراضاً على تدهور المعيشة وتردي الخدمات. ودفعت "
        "قوات النظام بتعزيزات إلى المحافظة إثر التظاهرة التي أُحرقت فيها صور رئيس النظام. وأفادت مصادر طبية في "
        "السويداء «العربي الجديد» بأن عدد القتلى بنيران عناصر النظام ارتفع إلى اثنين، وبأن ستة آخرين أصيبوا. وبدأ "
        "إطلاق النار بعدما اقتحم عشرات المتظاهرين مقر المحافظة (السرايا الحكومي) وأشعلوا النار في أقسام منه، احتجاجاً "
        "على سوء الأحوال المعيشية. وقذف المحتجون المبنى بالحجارة، ومزقوا صورة رئيس النظام المعلقة على واجهته، وهتفوا "
        "مطالبين برحيله. وأورد موقع «تجمع أحرار حوران»، نقلاً عن مصادره، أن قافلة عسكرية تابعة للنظام غادرت مقر اللواء 12 "
        "بإزرع متجهةً إلى السويداء. في المقابل، أصدرت وزارة الداخلية في حكومة النظام بياناً ادّعت فيه أن شرطياً قُتل "
        "برصاص قناصة أثناء الاحتجاجات، وتوعدت بملاحقة من سمّتهم «الخارجين عن القانون».",
        [E("protest", Q("عشرات", 20, 90, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2022-12-04",
           "مصادر طبية في السويداء", PROT,
           note="fire on a protest: one protest event, the two dead its fatalities; the crowd is numbered («عشرات "
                "المتظاهرين» who stormed the building), so it is the figure; the medical sources give the raised toll "
                "(same incident); the building is a landmark: the city"),
         E("reinforcement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=3), "2022-12-04",
           "موقع «تجمع أحرار حوران»", GOV,
           note="the lead's reinforcements and the convoy from Izra are one act; placed at its destination (a second "
                "coder may place it at Izra, where it left)"),
         E("statement", None, None, "2022-12-04", "وزارة الداخلية", GOV,
           note="the ministry's threat to pursue «outlaws» (stop 32: a named body's threat is a statement); its claim "
                "of a policeman killed belongs to the protest's telling, no event")])

passage("jg17", "2023-01-02", "Sawt al-Haq", "Israeli strike on an airport, a year tally from a newspaper, a recalled "
        "strike with its month; page: https://sawtalhaq.com/article/79669",
        "مطار دمشق يتوقف عن العمل إثر غارات إسرائيلية\n"
        "نقلت وكالة الأنباء السورية (سانا) عن مصدر عسكري، يوم الاثنين، أن مطار دمشق الدولي توقف عن العمل جراء غارة "
        "إسرائيلية قتلت عسكريَّين اثنين وأصابت آخرين. وبحسب المصدر، فإن الصواريخ الإسرائيلية التي أُطلقت على دفعات "
        "ضربت المطار والمنطقة المحيطة به، موقعةً أضراراً مادية وخسائر في الأرواح. وهذه أول ضربة إسرائيلية على الأراضي "
        "السورية خلال عام 2023، والأولى منذ تسلّم الحكومة الإسرائيلية الجديدة مهامها، وهي حكومة توصف بأنها الأشد "
        "يمينية في تاريخ إسرائيل. ولفتت «يديعوت أحرونوت»، الصحيفة الإسرائيلية، إلى تنفيذ إسرائيل 32 هجوماً على أهداف "
        "داخل سوريا في عام 2022. وكانت السلطات السورية قد أوقفت الرحلات من مطار دمشق الدولي وإليه لأيام في "
        "حزيران/يونيو الماضي، بعد أن عطّلت غارات إسرائيلية مدارجه وأصابت إحدى صالات المسافرين. وعلى إثر الهجوم حينها، "
        "نقلت شركات الطيران السورية جانباً من رحلاتها نحو مطار حلب الدولي، وأمّنت انتقال المسافرين مجاناً بين "
        "المدينتين، فيما أُلغيت رحلات أخرى. وقالت وسائل إعلام إسرائيلية وقتها إن تلك الضربات أحبطت تهريب أسلحة من "
        "إيران إلى سوريا.",
        [E("airstrike", Q("اثنين", 2), PL("مطار دمشق الدولي", "Damascus International Airport", "Rif Dimashq"),
           "2023-01-02", "مصدر عسكري", ISR,
           note="«عسكريَّين اثنين»: the numeral word is written, so it is the figure (a second coder may read a dual "
                "and give none); SANA relays the military source"),
         E("airstrike", Q("32", 32), None, "2022", "يديعوت أحرونوت", ISR, kind="aggregate",
           note="a year's tally of Israeli attacks on Syria (one cause: coded as airstrike, the type of the item); "
                "no place"),
         E("airstrike", None, PL("مطار دمشق الدولي", "Damascus International Airport", "Rif Dimashq", nth=1), "2022-06",
           None, ISR, note="a recalled strike with its month: an event (background); the flights moved to Aleppo "
                           "are its consequence, not an event")])

passage("jg18", "2023-09-15", "Dogru Haber (İLKHA)", "the largest Sweida protest, an earlier shooting with its day, an "
        "embassy's concern; published inferred (the Friday two days after the Baath-branch shooting of 13 September "
        "2023); page: https://dogruhaber.com.tr/amp/haber/963937-سوريا..-الآلاف-يحتشدون-بساحة-الكرامة-في-أكبر-"
        "مظاهرة-منذ-بدء-الاحتجاجات-في-السويداء",
        "خرج الآلاف اليوم الجمعة في مدينة السويداء جنوبي سورية في أضخم تظاهرة تشهدها المدينة ضد النظام، بعد يومين على "
        "إطلاق النار باتجاه محتجين. ورفع المتظاهرون هتافات تطالب بإسقاط النظام ورأسه، منها هتاف يقول إن سوريا لأهلها "
        "لا لعائلة حاكمة. وعرفت تظاهرة اليوم حضوراً لافتاً لسكان قرى الريف وبلداته، وبثت شبكة «السويداء 24» الإخبارية "
        "تسجيلاً يُظهر وفوداً من عرمان وصلخد والمقرن القبلي وملح تعبر حاجزاً لقوات النظام في طريقها إلى ساحة الكرامة. "
        "وكان ثلاثة متظاهرين قد أصيبوا يوم الأربعاء حين أطلق مسلحون الرصاص عليهم خلال سعيهم إلى إغلاق مقر فرع حزب "
        "البعث الحاكم. وشكّل ذلك أول إطلاق للنار على المحتجين منذ انطلاق موجة التظاهرات الحالية. وأبدت السفارة "
        "الأميركية لدى سورية أمس الخميس قلقها من لجوء النظام إلى القوة في السويداء، رغم أنها لا توفر خدمات "
        "قنصلية. ومنذ سنوات تعرف محافظة السويداء احتجاجات متفرقة على تردي الظروف المعيشية، فيما يقتصر حضور الحكومة "
        "فيها على المؤسسات الرسمية، وينتشر الجيش على حواجز حول المحافظة.",
        [E("protest", Q("الآلاف", 2000, 9000, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-09-15", None,
           PROT, note="the square is a landmark: the city; the villages' delegations are part of this protest; "
                      "«السويداء 24» comes two sentences later with a detail, so the outlet (a second coder may name "
                      "the network)"),
         E("protest", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-09-13", None, PROT,
           note="gunmen firing on protesters closing the Baath branch (Wednesday, two days before): fire on a "
                "protest is a protest event; the three wounded are never the figure; the branch is in the city"),
         E("statement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2023-09-14", "السفارة الأميركية",
           None, note="a named body's stance on the use of force: a statement, placed where it concerns. The years "
                      "of protest and the checkpoints are background/state")])

passage("jg19", "2024-10-24", "Zagros News", "Israeli strikes on Damascus and the Homs countryside, three Syrian "
        "sources, glued Lebanon news; page: https://zagrosnews.net/ar/news/59200",
        "قالت وسائل إعلام سورية رسمية إن غارات جوية إسرائيلية استهدفت العاصمة دمشق وموقعاً في ريف حمص فجر يوم "
        "الخميس الموافق 24 تشرين الأول 2024، فقُتل جندي وأصيب سبعة. وبحسب التلفزيون السوري، فإن الانفجارات التي دوّت في "
        "دمشق قبل قليل ناجمة عن هجوم إسرائيلي طال بناءً سكنياً في حي كفرسوسة. ونقلت وكالة «سانا» عن مصدر عسكري أن الطيران "
        "الإسرائيلي نفّذ نحو الساعة 03:40 فجراً ضربات انطلقت من جهة الجولان ومن جهة شمال لبنان، وأصابت نقطتين في "
        "كفرسوسة بدمشق ونقطة عسكرية في ريف حمص، فقُتل عسكري وجُرح سبعة وحصلت أضرار مادية. أما المرصد السوري لحقوق "
        "الإنسان فقال إن الضربات الإسرائيلية أوقعت خسائر بشرية، من غير أن يحدد عددها. وتأتي الغارات بعدما أعلن رئيس "
        "الوزراء الإسرائيلي أن «حزب الله» كان يعدّ خطة لاجتياح إسرائيل عبر أنفاق. وفي الأثناء، شنت إسرائيل 17 غارة على "
        "الضاحية الجنوبية لبيروت، بينما أبدى وزير الدفاع الأميركي قلقاً بالغاً من مقتل ثلاثة عسكريين لبنانيين بنيران "
        "إسرائيلية في جنوب لبنان.",
        [E("airstrike", None, PL("كفرسوسة", "Kafr Sousa", "Damascus"), "2024-10-24", "وسائل إعلام سورية رسمية", ISR,
           note="one wave of strikes on two places (Kafr Sousa in Damascus, a point in the Homs countryside): one "
                "group, the most specific place first named; one soldier killed (a singular: no figure), the seven "
                "wounded never the figure; the lead's source (SANA's military source and the Observatory tell the "
                "same). Not coded: Israel's 17 strikes on Beirut and the Lebanese soldiers (outside Syria), the "
                "Israeli prime minister's claim")])

passage("jg20", "2025-10-23", "Al-Araby Al-Jadeed", "interior ministry: a cell arrested, a commander's statement, an "
        "arrest in Damascus from the page's summary; page: https://www.alaraby.co.uk/politics/الأمن-السوري-يعلن-"
        "تفكيك-خلية-باللاذقية-تخطط-لاغتيال-إعلاميين-ونشطاء",
        "اليوم الخميس، أعلنت وزارة الداخلية السورية أن وحدات الأمن الداخلي العاملة في اللاذقية، شمال غرب سوريا، قبضت على "
        "خلية وصفتها بالإرهابية، كانت تُعدّ لاغتيال ناشطين إعلاميين وشخصيات معروفة، بتمويل ودعم من رجل الأعمال سليم "
        "حداد. وفي بيان نشرته الوزارة، قال قائد الأمن الداخلي في اللاذقية العميد منذر الخطيب إن وحداته نفذت، بالتنسيق "
        "مع فرع مكافحة الإرهاب، عملية محكمة أعقبت مراقبة ورصداً دقيقين، وانتهت بتوقيف أفراد الخلية الذين سعوا إلى ضرب "
        "الأمن والاستقرار في المحافظة. وأوضح الخطيب أن التحقيقات الأولى كشفت ضلوع حداد، مع "
        "أطراف في الخارج، في تمويل الخلية ودعمها، مشيراً إلى أن التحقيق متواصل قبل تحويل المقبوض عليهم إلى إدارة مكافحة الإرهاب. وتأتي "
        "العملية في ظل تصاعد محاولات التخريب المدعومة من الخارج، إذ سجلت اللاذقية في الفترة الأخيرة ازدياداً في حوادث "
        "الخطف والقتل. وفي دمشق، نفذت وزارة الداخلية عملية أفضت إلى اعتقال اللواء عادل سليمان الحمد، المتهم بارتكاب "
        "انتهاكات جسيمة.",
        [E("arrest", None, PL("اللاذقية", "Latakia", "Latakia"), "2025-10-23", "وزارة الداخلية السورية", NEWGOV,
           note="the cell is not numbered; the commander's statement tells the same arrest; the planned "
                "assassinations are an aim, not events; the rise in kidnappings is a trend, not coded"),
         E("arrest", None, PL("دمشق", "Damascus", "Damascus"), None, None, NEWGOV,
           note="an arrest in Damascus with no day (the page's summary line); the ministry is the actor, the outlet "
                "the source")])


def main() -> None:
    write("gold75.jsonl", P75)


if __name__ == "__main__":
    main()
