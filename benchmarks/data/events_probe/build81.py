"""Build gold81.jsonl: held-out set 81 (ids kf01…), written in stop 35 by writer w81 BEFORE any run on it.

WHOLE ARTICLES, paraphrased from real pages: each passage is the paraphrase of one real news page found in the
search tool's `pages` corpus (the page as the corpus stores it: headline line, lead, details, background, sources,
and the extras the page had glued to it: «اقرأ أيضاً» headlines, a summary's bullets, a tag line, subheadings),
2011-2025, 21 outlets. The page's incidents, their order, places, figures, dates, sources and their attribution,
hedges, recalls and background are kept; every sentence was rewritten (no run of five words is shared with the page,
names aside, checked by script against the page text kept outside the repository); personal names of private
people were changed. Where the stored page breaks off mid-sentence, the passage ends at the last whole fact. The
page's address is in each passage's `style`. Where the page shows no date, the publication date was inferred from
the events it reports (said in `style`). The gold was written with the passages, before marsad was run on them
(nobody but the lead runs it). Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build81.py      # rewrites gold81.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, UNID, E,  # noqa: E402,F401
                   write)

P81: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P81.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})

passage("kf01", "2011-07-29", "Euronews Arabic", "a Friday of protests over several cities: a rights activist, rights sources, the SOHR director; page: http://arabic.euronews.com/2011/07/29/more-deaths-in-syria-uprising-say-activists",
        (
        'عاجل: قتلى وجرحى برصاص الأمن في «جمعة صمتكم يقتلنا»\n'
        'أطلق السوريون على تظاهرات يومهم هذا اسم «صمتكم يقتلنا»، وقد خرجت موجة جديدة من الاحتجاجات في مدن سورية عديدة اليوم الجمعة، فيما أودى رصاص عناصر الأمن بحياة أربعة أشخاص في الأقل، وخلّف عشرات المصابين في صفوفهم.\n'
        'في ريف العاصمة، أفاد ناشط في مجال حقوق الإنسان بأن قرابة خمسة آلاف محتج نزلوا إلى شوارع عربين وكناكر، بينما تجمّع المئات في مدينة الزبداني، وردّدوا هناك هتافات تمجّد الضحايا وتنادي بإسقاط حكم الأسد.\n'
        'وفي مدينة حرستا، التابعة هي الأخرى لريف دمشق، فتح عناصر الأمن نيراناً غزيرة على تظاهرة ضمّت الآلاف، فأصيب ما يزيد على خمسة عشر متظاهراً بجروح جراء ذلك.\n'
        'أما في مدينة بانياس الساحلية الواقعة غرب البلاد، فقالت مصادر معنية بحقوق الإنسان إن قوات أمنية فاق عددها عدد المحتجين فضّت تجمعهم بالقوة، ثم طاردت المشاركين في الحارات والأزقة الضيقة ودهمت بيوتهم واحداً تلو الآخر.\n'
        'وفي مدينة حماة بوسط البلاد، احتشد في ساحة العاصي ما يتجاوز نصف مليون شخص، وطالب الشيخ الذي أمّ المصلين هناك في خطبته برحيل النظام الحاكم للبلاد منذ واحد وأربعين عاماً.\n'
        'من جهته، ذكر رامي عبد الرحمن، الذي يدير المرصد السوري لحقوق الإنسان، أن شاباً لقي حتفه في دير الزور بنيران عناصر الأمن العسكري، وأن شاباً ثانياً قُتل في مدينة القصير التابعة لريف حمص. وأضاف أن شاباً ثالثاً سقط في اللاذقية حين أمطرت قوات الأمن بالرصاص مئات المحتجين المحتشدين في ساحة قنينص لتشتيتهم.'),
        [E("casualties", Q("أربعة", 4, None), None, "2011-07-29", None, GOV, kind="aggregate",
           note="the day's national toll of the Friday (at least four) told by the outlet; three of its dead are told below as "
                "incidents of their own (Deir ez-Zor, Qusayr, Latakia), the total covers more than them: an aggregate beside them"),
         E("protest", Q("قرابة خمسة آلاف", 5000, approx=True), PL("عربين", "Arbin", "Rif Dimashq"), "2011-07-29",
           "ناشط في مجال حقوق الإنسان", PROT,
           note="one crowd figure told for Arbin and Kanaker: one act over two towns (group), coded at the first"),
         E("protest", Q("المئات", 200, 900, True), PL("الزبداني", "Al-Zabadani", "Rif Dimashq"), "2011-07-29",
           "ناشط في مجال حقوق الإنسان", PROT, note="a crowd figure of its own: its own event; same activist"),
         E("protest", Q("الآلاف", 2000, 9000, True), PL("حرستا", "Harasta", "Rif Dimashq"), "2011-07-29", None, PROT,
           note="heavy fire on a protest of thousands (excessive force: one protest event); the wounded are never the "
                "figure, the crowd is; the sentence names no source (new paragraph after the activist's): the outlet"),
         E("protest", None, PL("بانياس", "Baniyas", "Tartus"), "2011-07-29", "مصادر معنية بحقوق الإنسان", PROT,
           note="protest dispersed by force, marchers chased and homes raided: one event; no arrests numbered"),
         E("protest", Q("ما يتجاوز نصف مليون", 500000, None, True), PL("حماة", "Hama", "Hama"), "2011-07-29", None, PROT,
           note="the square is a landmark: placed at the city; the preacher's call is part of the protest, not a named body's statement"),
         E("casualties", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2011-07-29", "رامي عبد الرحمن", GOV,
           note="a young man shot by military security, no protest told for him: a known force firing on a civilian is "
                "casualties (stop 30, decided by ACLED); a singular gives no figure"),
         E("casualties", None, PL("القصير", "Al-Qusayr", "Homs"), "2011-07-29", "رامي عبد الرحمن", GOV,
           note="as above; source carried inside the director's sentence"),
         E("protest", Q("مئات", 200, 900, True, nth=1), PL("اللاذقية", "Latakia", "Latakia"), "2011-07-29", "رامي عبد الرحمن", PROT,
           note="fire to disperse hundreds in a square (landmark → the city) killing a young man: a protest with fatalities "
                "(singular, no figure: the crowd is the figure); source carried by «وأضاف»")])

passage("kf02", "2012-06-21", "Echorouk (Algeria)", "a defected colonel tells a paper of a brigadier's defection; the officer's own denial of joining the FSA; "
        "published date inferred from «أمس الأربعاء» (page shows none); page: https://djazairess.com/echorouk/122444",
        (
        'عميد ركن من حمص يترك جيش النظام ويعبر إلى تركيا\n'
        'قال العقيد المنشق عارف حمود، وهو من المنشقين عن الجيش السوري النظامي وينتمي اليوم إلى صفوف الجيش الحر، في حديث إلى «الشروق» إن فايز قدور عمرو، وهو ضابط برتبة عميد ركن، ترك بالفعل الجيش النظامي وأعلن خروجه منه، موضحاً أن الضابط لم يكشف حتى الآن عن التحاقه بالجيش الحر.\n'
        'وبيّن حمود أن العميد عمرو، الذي انفصل عن القوات النظامية أمس الأربعاء، بلغ الأراضي التركية ويقيم حالياً مع سائر الضباط والجنود المنشقين هناك، مضيفاً أن دافعه إلى هذه الخطوة كان ما شهده من انتهاكات ترتكبها القوات بحق المدنيين السوريين، وبالأخص في مدينة حمص.\n'
        'وأشار العقيد إلى أن الضابط المنشق من أبناء حمص، وأنه عجز عن احتمال ما عاينه في مدينته المنكوبة التي يقصفها الجيش بلا توقف. ولفت إلى أن العميد كان يدير المدرسة الفنية الجوية في حلب، وأنه غادر عبر منطقة جبل الزاوية، وأنه سيعلن موقفه علناً في وقت لاحق.\n'
        'وكانت مواقع على الإنترنت وصفحات على شبكات التواصل الاجتماعي قد تداولت أمس نبأً مفاده أن فايز قدور عمر، العميد الركن، أعلن خروجه من صفوف الجيش النظامي والتحاقه بـ«الجيش السوري الحر» المعارض، مستندة، على حد قولها، إلى تسجيل مصور بُث على «يوتيوب»، إلا أن الضابط نفسه نفى هذه الرواية. وأوردت وسائل إعلام أخرى أن خطوة العميد جاءت إثر نداء وجّهه علماء الدين في سوريا إلى قادة جيش نظام الأسد يطالبونهم فيه بالامتناع عن إطلاق الرصاص على المدنيين وعن قصف الأحياء المأهولة.'),
        [E("defection", None, PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), "2012-06-20", "العقيد المنشق عارف حمود", GOV,
           note="a single brigadier (no figure); he left through Jabal al-Zawiya and reached Turkey: the place he crossed "
                "is the place (stop 28: a place where the defector served or crossed stays the place); a second coder "
                "may take the Aleppo school he ran or Turkey; the websites' report and his denial of joining the FSA are "
                "other tellings of the same defection, no event"),
         E("statement", None, None, None, "وسائل إعلام أخرى", None,
           note="the clerics' call on army commanders not to fire on civilians, told as the cause (a named body's call: "
                "stop 32's rule); no day given; source the other media that report it (a second coder may leave it out "
                "as background)")])

passage("kf03", "2012-10-06", "Akhbaar24 (Sky News Arabia)", "a female colonel's defection video; an FSA confirmation of Alawite officers gone to Jordan; recalls "
        "from Qardaha; published date inferred from the events (the page shows none); page: https://akhbaar24.com/ampArticle/113743/archive",
        (
        'أول ضابطة تنشق عن جيش الأسد منذ اندلاع الاحتجاجات\n'
        'أعلنت ضابطة في الجيش السوري تخليها عن النظام الذي يرأسه بشار الأسد، لتكون بذلك أول امرأة من العسكريين تقدم على هذه الخطوة منذ أن بدأت موجة الانشقاقات التي تلت اندلاع الاحتجاجات في البلاد في أواسط آذار/مارس 2011.\n'
        'وظهرت في تسجيل مصور نشره ناشطون على موقع «يوتيوب» سيدة بالزي العسكري قدمت نفسها على أنها العقيد زبيدة الميقي، من ملاك مديرية التجنيد في المنطقة الجنوبية.\n'
        'وأكدت الميقي في التسجيل أنها انفصلت عما سمّتها «كتائب الأسد الخائنة»، في حين لم تتمكن «سكاي نيوز عربية» من التثبت من صحة المقطع بشكل مستقل.\n'
        'وتحدثت العقيد عن الجولان، المنطقة التي تتحدر منها، واصفة إياه بـ«المباع»، في تلميح إلى الاحتلال الإسرائيلي للهضبة المستمر منذ أربعة عقود.\n'
        'وبحسب الناشطين الذين تولوا نشر التسجيل، فإن الضابطة من أبناء الطائفة العلوية، ما يجعلها أول عسكرية علوية تترك صفوف النظام السوري.\n'
        'ويأتي إعلان الميقي في أعقاب تأكيد تلقته «سكاي نيوز عربية» من الجيش السوري الحر بأن عدداً من الضباط العلويين انشقوا وعبروا إلى الأردن، وهو أول انشقاق جماعي لعسكريين ينتمون إلى طائفة الرئيس بشار الأسد منذ انطلاق الحراك الشعبي في آذار/مارس 2011.\n'
        'وكانت مدينة القرداحة، التي ولد فيها الأسد، قد عرفت تظاهرات معارضة للنظام، أقدم الشبيحة في أعقابها على خطف فتيات ينتمين إلى العائلات التي شارك أبناؤها في الاحتجاج.\n'
        'كذلك وُزّعت منشورات مناهضة للسلطة في قرى عديدة من الساحل السوري، وصدر كذلك بيان عن مجموعة من الناشطين العلويين.'),
        [E("defection", None, None, "2012-10-06", "ناشطون", GOV,
           note="one colonel by video: no figure; no place of the act (the Golan is her birthplace, the southern "
                "conscription directorate her unit): null; source the activists who posted the video; dated by "
                "publication (the item's news, no day)"),
         E("defection", None, PL("الأردن", "Jordan", None, "JOR"), None, "الجيش السوري الحر", GOV,
           note="several Alawite officers defected and crossed to Jordan: an arrival abroad told as the defection keeps "
                "the arrival place (stop 28); «عدد من» gives no figure; no day"),
         E("protest", None, PL("القرداحة", "Al-Qardahah", "Latakia"), None, None, PROT, note="recalled protests in Qardaha (the outlet's recall «وكانت … قد»), undated"),
         E("arrest", None, PL("القرداحة", "Al-Qardahah", "Latakia"), None, None, GOV,
           note="abduction of girls by shabiha (abductions are arrests, as sets 73 and 79); pro-regime militia → the "
                "regime's side; no figure; the leaflets and the activists' statement are not coded (no named body)")])

passage("kf04", "2014-02-13", "Radio Sawa", "a day's air raids over Aleppo's countryside told by SOHR town by town, beside fighting with ISIS; "
        "published date inferred from the events (Thursday; the Azaz-area fighting of early 2014; the page shows none); page: http://www.radiosawa.com/a/syria-airstrikes-aleppo/272462.html",
        (
        'براميل الطيران النظامي تقتل 18 في ريف حلب\n'
        'صورة من الأرشيف تُظهر لحظة سقوط برميل متفجر على حي من أحياء مدينة حلب\n'
        'قضى ما لا يقل عن 18 شخصاً، من بينهم نساء وأطفال، يوم الخميس جراء غارات شنتها طائرات القوات النظامية السورية على بلدات ومناطق في الريفين الغربي والشمالي لمحافظة حلب.\n'
        'وأفاد المرصد السوري لحقوق الإنسان بأن غارات جوية طالت مقرين تابعين لفصائل إسلامية، إضافة إلى الحي الذي يضم المستوصف في بلدة الأتارب غربي حلب، فقتلت ثلاثة مقاتلين في الأقل، فيما أصيب عدد آخر من الأشخاص بجروح.\n'
        'وتابع المرصد أن مروحيات القوات النظامية أسقطت براميل محشوة بالمتفجرات على أنحاء من بلدة دير جمال في الريف الشمالي، ما أدى إلى مقتل ستة مدنيين، من بينهم امرأة وطفلان.\n'
        'ونبّه المرصد إلى أن حصيلة الضحايا في البلدة مرشحة لأن تزداد، إذ إن بعض المصابين في حال حرجة، كما أن هناك أشخاصاً لا يزالون في عداد المفقودين تحت الركام.\n'
        'وفي الريف الشمالي أيضاً، تسببت البراميل التي ألقيت على بلدة حيان بمصرع ثمانية أشخاص، من بينهم رجل طاعن في السن مع زوجته، وخمسة أطفال ينتمون إلى أسرة واحدة، وفق ما أورده المرصد.\n'
        'وتتزامن هذه الضربات الجوية مع معارك مستمرة في محيط بلدة صوران اعزاز، يخوضها مقاتلو الكتائب المعارضة والكتائب الإسلامية وجبهة النصرة في محاربة تنظيم «الدولة الإسلامية» المعروف باسم «داعش».\n'
        'وذكرت معلومات حصل عليها المرصد من مصادره أن أحد قادة التنظيم، وهو بحريني الجنسية، لقي حتفه.'),
        [E("airstrike", Q("ما لا يقل عن 18", 18, None), None, "2014-02-13", None, GOV, kind="aggregate",
           note="the day's toll of the regime's raids over two regions of Aleppo's countryside (outlet's lead); its towns "
                "below sum to 17, so it covers more than them: an aggregate beside them, typed by its one cause "
                "(stop 32); two regions: no single place"),
         E("airstrike", Q("ثلاثة", 3, None), PL("الأتارب", "Al-Atarib", "Aleppo"), "2014-02-13",
           "المرصد السوري لحقوق الإنسان", GOV, note="raids on two faction HQs and the dispensary quarter: one act; the dead fighters are its figure"),
         E("airstrike", Q("ستة", 6), PL("دير جمال", "Deir Jamal", "Aleppo"), "2014-02-13", "المرصد", GOV,
           note="helicopter barrels; source carried by «وتابع المرصد»; the woman and two children are a breakdown"),
         E("airstrike", Q("ثمانية", 8), PL("حيان", "Hayyan", "Aleppo"), "2014-02-13", "المرصد", GOV,
           note="barrels on Hayyan; the source closes the sentence («وفق ما أورده المرصد»)"),
         E("armed_clash", None, PL("صوران اعزاز", "Suran (Azaz)", "Aleppo"), "2014-02-13", "المرصد", None,
           note="ongoing fighting of rebel, Islamist brigades and Nusra against ISIS; the next sentence's SOHR information "
                "(an ISIS commander killed, singular: no figure) comes back to it, so SOHR is its source; two sides, no actor1")])

passage("kf05", "2015-04-25", "Al-Modon", "Jaish al-Fatah storms Jisr al-Shughur: checkpoints named, a Nusra claim of booty, the regime's flight, "
        "air raids; page: https://almodon.com/arabworld/2015/4/25/جيش-الفتح-يدخل-جسر-الشغور",
        (
        '«جيش الفتح» يقتحم جسر الشغور\n'
        'بيروت، 25 نيسان/أبريل 2015\n'
        'المعارضة المسلحة ماضية في إنهاء الوجود العسكري للنظام في محافظة إدلب\n'
        'دخلت فصائل «جيش الفتح»، يوم السبت، إلى مدينة جسر الشغور الواقعة في الريف الغربي لإدلب، وهي المدينة التي تُعدّ خط الدفاع الأبرز عن مناطق نفوذ النظام ومعاقله على الساحل السوري. وبلغ مقاتلو «جيش الفتح» وسط المدينة ضمن ما سموها «معركة النصر» التي أطلقوها قبل أيام قليلة، وكانوا قد انتزعوا من قوات النظام، وهم في طريقهم إليها، 18 حاجزاً وموقعاً عسكرياً.\n'
        'ويُذكر أن النظام جعل من جسر الشغور مقراً لمحافظة إدلب بعدما خسر مدينة إدلب نفسها، التي سيطر عليها «جيش الفتح» في الثامن والعشرين من آذار/مارس. وأبرز مكونات هذا التشكيل ثلاثة فصائل، هي «جبهة النصرة» ثم «حركة أحرار الشام الإسلامية» ثم «جند الأقصى».\n'
        'وبسط مقاتلو «جيش الفتح» سيطرتهم على حواجز عدة، هي حاجز الأمن السياسي وحاجز النمر وحاجز المدرسة وحاجز البرج وحاجز بشلامون وحاجز الأفندي، كما سيطروا على ما يُعرف بـ«المثلث الأمني» الذي يشمل مبنى شعبة حزب البعث ومبنيي البريد والسرايا. وأعلنت «جبهة النصرة» من جهتها أن «جيش الفتح» غنم ثلاث دبابات وعربتين من طراز «BMP» كانت بحوزة قوات النظام.\n'
        'أما عناصر النظام فقد فروا باتجاه بلدة جورين الواقعة في منطقة سهل الغاب، شمال غربي ريف حماة. ولا تزال المواجهات مستمرة في عدد من أحياء جسر الشغور، في حين نفذت الطائرات الحربية يوم السبت 10 غارات على أطراف المدينة.'),
        [E("territory_change", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2015-04-25", None, FSA,
           note="the storming of the city (lead) and the named checkpoints and «security triangle» taken inside it are one "
                "taking; the regime's flight to Jurin is its other side (Jurin is a destination); the ongoing fighting in "
                "some quarters is the same battle; Jaish al-Fatah coded as opposition factions (Nusra was one of its three: a "
                "second coder may give HTS)"),
         E("territory_change", Q("18", 18), PL("جسر الشغور", "Jisr al-Shughur", "Idlib", nth=1), None, None, FSA, kind="aggregate",
           note="18 checkpoints and positions taken on the way to the city since the battle began: a running total "
                "(as set 1 p08's points), placed at the city it led to; no day"),
         E("territory_change", None, PL("إدلب", "Idlib", "Idlib", nth=3), "2015-03-28", None, FSA,
           note="recall with its own day: Jaish al-Fatah took Idlib city on 28 March (background, the outlet's «ويُذكر أن»); "
                "nth: the city «مدينة إدلب نفسها», not the governorate mentions"),
         E("airstrike", Q("10", 10), PL("جسر الشغور", "Jisr al-Shughur", "Idlib", nth=3), "2015-04-25", None, GOV,
           note="ten raids by warplanes on the city's outskirts on Saturday; no dead: the raids are the figure; regime "
                "air force implied (a second coder may leave the agent empty)")])

passage("kf06", "2016-01-09", "Al-Araby Al-Jadeed", "deaths of hunger under the Madaya siege: a media activist, activists, an MSF statement with a breakdown; "
        "published date inferred (MSF's Friday statement of 8 January 2016; the page shows none); page: https://aajsy.com/وفاة-ثلاثة-مدنيين-جدد-جوعاً-في-مضايا-السورية",
        (
        'الجوع يحصد ثلاثة مدنيين آخرين في مضايا المحاصرة\n'
        'توفي ثلاثة مدنيين آخرين، أحدهم طفل، بسبب الجوع والبرد في بلدة مضايا الواقعة إلى الشمال الغربي من العاصمة السورية دمشق، بينما يستقبل المستشفى الميداني في البلدة تباعاً حالات إغماء سببها المجاعة التي يعانيها ما يزيد على 40 ألف مدني تفرض عليهم قوات النظام ومقاتلون من «حزب الله» اللبناني حصاراً منذ سبعة أشهر.\n'
        'وقال الناشط الإعلامي سامر الجبلي، المقيم داخل البلدة المحاصرة، إن الرجل خالد يونس فارق الحياة جوعاً مساء أمس هو وابنه ذو الأعوام التسعة، وأوضح لـ«العربي الجديد» أن زوجة الراحل وابنته ترقدان في المستشفى الميداني في حالة احتضار. وبحسب ناشطين، توفي أمس أيضاً بسبب الجوع الرجل حسان عبد الكريم، وهو واحد من أبناء مدينة الزبداني الذين أُرغموا على النزوح إلى مضايا.\n'
        'وفي بيان أصدرته يوم الجمعة، ذكرت منظمة «أطباء بلا حدود» الدولية أن الحصار المفروض على مضايا تسبب في موت 23 شخصاً من الجوع داخل المركز الصحي الذي تدعمه في البلدة، وذلك منذ مطلع كانون الأول/ديسمبر 2015. وفصّلت المنظمة أن ستة من هؤلاء لم يبلغوا عامهم الأول، وأن خمسة تجاوزوا الستين، في حين تتراوح أعمار الاثني عشر الآخرين بين خمس سنوات وستين سنة، وأن المتوفين 18 من الذكور و5 من الإناث.\n'
        'وعلى الصعيد الدولي، يُنتظر أن يعقد مجلس الأمن يوم الإثنين جلسة مشاورات مغلقة يناقش فيها الأوضاع في مضايا وفي بلدتي كفريا والفوعة الواقعتين في شمال سوريا والمواليتين للنظام.'),
        [E("casualties", Q("ثلاثة", 3), PL("مضايا", "Madaya", "Rif Dimashq"), "2016-01-08", "الناشط الإعلامي سامر الجبلي", GOV,
           note="deaths of hunger and cold under the siege: no act told, so casualties; the lead's three are the man and his "
                "son and the displaced man told next (one event); the activist's sentence comes back to them, so his is "
                "the source; agent the besiegers (regime and Hezbollah) as the text blames them; the siege itself is a state"),
         E("casualties", Q("23", 23), PL("مضايا", "Madaya", "Rif Dimashq", nth=2), None, "منظمة «أطباء بلا حدود»", None, kind="aggregate",
           note="MSF's running toll of hunger deaths since 1 December 2015 (period 2015-12..2016-01); the age and sex figures "
                "are its breakdown; the Security Council session is future, not coded")])

passage("kf07", "2016-08-27", "Lebanon Debate", "the evacuation of Daraya after a four-year siege: the first batch reaches Idlib, the planned totals, "
        "the deal; published date inferred (the first batch reached Idlib on Saturday 27 August 2016); page: https://www.lebanondebate.com/article/275080-article",
        (
        'أول قافلة من مهجّري داريا تبلغ إدلب\n'
        'بلغت الدفعة الأولى من المدنيين ومقاتلي المعارضة السورية الذين أُخرجوا من بلدة داريا بريف العاصمة دمشق مدينةَ إدلب، في حين يُرتقب أن تغادر داريا قافلة جديدة أخرى في غضون الساعات القليلة المقبلة.\n'
        'وكانت عملية إخراج من بقوا من أهالي داريا قد انطلقت يوم الجمعة، تنفيذاً لاتفاق أُبرم بين القوات الحكومية وفصائل المعارضة، ويرقى في حقيقته إلى تسليم البلدة للحكومة بعد حصار امتد أربع سنوات.\n'
        'ويقضي الاتفاق بنقل قرابة 5 آلاف مدني ونحو 700 مقاتل على مراحل متتالية، وقد وصلت أولى هذه المراحل يوم السبت إلى إدلب، التي تُعد المعقل الرئيسي لفصائل المعارضة في الشمال الغربي من البلاد.\n'
        'وبحسب المعلومات المتوافرة، فإن ست حافلات كانت أولى ما خرج من المدينة أمس، وعلى متنها مجموعة من المقاتلين المعارضين وأسرهم، وقد اتجهت نحو الشريط الحدودي بين سوريا وتركيا، حيث أُعدّ موقع لإيواء الأهالي الذين يبلغ عددهم 285 شخصاً، وفيهم عدد من النساء والأطفال.\n'
        'وفي وقت سابق من ذلك، عادت قوافل تابعة للهلال الأحمر العربي السوري لتدخل داريا من جديد بهدف نقل ما تبقى فيها من المقاتلين المعارضين وذويهم نحو مدينة إدلب، وفق الاتفاق المبرم بين الطرفين.\n'
        'وكان الطرفان قد اتفقا قبل أيام على إخلاء داريا، التي تطوقها قوات النظام منذ ما يقارب أربعة أعوام، من سكانها المدنيين ومسلحيها، وبموجب هذا الاتفاق انطلقت صباح الجمعة على متن حافلات الهلال الأحمر أول مجموعة من المدنيين نحو مناطق تخضع لسيطرة المعارضة.'),
        [E("other", Q("285", 285), PL("داريا", "Darayya", "Rif Dimashq"), "2016-08-26", None, None,
           note="the evacuation of civilians and fighters from Daraya (the lead's first batch, the six buses, the Red "
                "Crescent convoys and Friday's first group are one evacuation told several times); the 285 residents "
                "are the only number the text gives for those who left (a second coder may leave the figure out); Idlib "
                "and the border are destinations, not the place; dated by the departure on Friday"),
         E("agreement", None, PL("داريا", "Darayya", "Rif Dimashq", nth=5), None, None, GOV,
           note="the deal between government forces and the opposition, reached days before (no day); the 5,000 and 700 "
                "to be evacuated are planned (future), not coded; the four-year siege is a state")])

passage("kf08", "2016-10-04", "Al-Ain News", "a day of Russian raids over Idlib relayed from a local site: three massacres, evening raids over a list "
        "of towns, a morning toll in the south; published date inferred (a Tuesday after the Daraya evacuation of August 2016; the page shows none); page: https://al-ain.com/article/idlib-syrian-deposited-bloody-day",
        (
        'يوم دامٍ في إدلب: الغارات الروسية تقتل 22 مدنياً\n'
        'طائرات روسية تعود إلى قصف ريف إدلب وتخلّف ثلاث مجازر متفرقة يوم الثلاثاء.\n'
        'عاشت مدينة إدلب السورية وريفها يوم الثلاثاء يوماً مثقلاً بالدماء، إذ عاودت المقاتلات الروسية شن غاراتها على ريف المحافظة، وارتكبت ثلاث مجازر في مواقع متباعدة، قضى فيها ما يزيد على 22 مدنياً.\n'
        'وفي التفاصيل، ونقلاً عن ما أورده موقع «كلنا شركاء» الإخباري، فإن الطائرات الحربية الروسية قصفت أماكن يقطنها مدنيون في مدينة سرمين الواقعة شرقي إدلب، فقتلت ثمانية منهم، وهي حصيلة أولية قابلة للزيادة لأنها لم تكتمل بعد. وأوقعت الغارات كذلك ما يتجاوز 20 مصاباً، نُقلوا لتلقي العلاج في المشافي الميدانية، ومن بين الضحايا عائلات نازحة كانت قد قدمت من داريا بريف العاصمة.\n'
        'وفي مدينة معرة مصرين، وهي المدينة المجاورة الواقعة إلى الشمال من إدلب، لقي تسعة مدنيين حتفهم وجُرح عشرات آخرون من سكانها بفعل غارة جوية روسية مشابهة للأولى.\n'
        'أما غارات ساعات المساء فقد طالت مدينة إدلب نفسها، حيث قُتل مدنيان، إضافة إلى مدينة بنش الواقعة شمال شرقي إدلب، ومدينة معرة النعمان في الريف الجنوبي التي سقط فيها قتيل مدني واحد، وكذلك بلدة تفتناز القريبة منها، بينما أصيب عدد من المدنيين بجروح متفاوتة في مدينة خان شيخون الواقعة في أقصى جنوب المحافظة.\n'
        'وفي الريف الجنوبي للمحافظة، قضى صباح اليوم الثلاثاء ثمانية مدنيين آخرين، من بينهم نساء وأطفال، وفق حصيلة غير نهائية، فيما أصيب عشرات غيرهم بجروح.'),
        [E("airstrike", Q("ما يزيد على 22", 22, None, True), None, "2016-10-04", None, RUS, kind="aggregate",
           note="the day's toll of the Russian raids («three massacres») over the province; the towns below are its "
                "incidents and sum past it (an initial total): coded as an aggregate beside them, typed by its one cause"),
         E("airstrike", Q("ثمانية", 8), PL("سرمين", "Sarmin", "Idlib"), "2016-10-04", "موقع «كلنا شركاء»", RUS,
           note="initial toll; the 20 wounded are not the figure; displaced people from Daraya among the victims (Daraya is origin)"),
         E("airstrike", Q("تسعة", 9), PL("معرة مصرين", "Maarrat Misrin", "Idlib"), "2016-10-04", "موقع «كلنا شركاء»", RUS,
           note="a similar raid; the site's report continues with an act of the same kind: source carried"),
         E("airstrike", None, PL("إدلب", "Idlib", "Idlib", nth=5), "2016-10-04", "موقع «كلنا شركاء»", RUS,
           note="the evening raids over a list of towns (Idlib city, Binnish, Taftanaz, Khan Shaykhun): one act, group, "
                "coded at the first; Idlib's dead are a dual (no figure); Maarat al-Numan has its own toll: its own event"),
         E("airstrike", Q("واحد", 1), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2016-10-04", "موقع «كلنا شركاء»", RUS,
           note="«قتيل مدني واحد» is a numeral: its figure 1 (a second coder may read it as a singular and give no figure)"),
         E("airstrike", Q("ثمانية", 8, nth=1), PL("الريف الجنوبي للمحافظة", "Southern Idlib countryside", "Idlib"), "2016-10-04",
           "موقع «كلنا شركاء»", RUS,
           note="this morning's eight dead in the southern countryside, one of the three massacres of the lead: the act is "
                "the Russian raids of the item; no finer place")])

passage("kf09", "2023-08-02", "Al-Moharrar Media", "SNHR's monthly arrest report: the month's total by governorate and the year's running total; "
        "published date inferred (early August 2023, the report on July; the page shows none); page: https://almohrarmedia.net/?p=68503",
        (
        'سوريا: 1144 معتقلاً بشكل تعسفي منذ مطلع العام\n'
        'رصدت «الشبكة السورية لحقوق الإنسان»، في تقرير أصدرته حديثاً، اعتقال 172 شخصاً بصورة تعسفية في عموم سوريا على امتداد شهر تموز المنصرم.\n'
        'وبيّنت الشبكة في تقريرها أن أغلب عمليات الاعتقال في البلاد تجري بلا أي أمر صادر عن القضاء، إذ يُوقَف الضحايا عند عبورهم الحواجز الأمنية أو خلال حملات الدهم التي تنفذها الأجهزة.\n'
        'وأضافت أن المعتقل يخضع للتعذيب منذ الساعات الأولى لتوقيفه، ويُمنع من الاتصال بأسرته أو بمحامٍ يتولى الدفاع عنه.\n'
        'وجاءت محافظة درعا في المرتبة الأولى من حيث أعداد من زُجّ بهم في معتقلات نظام الأسد خلال شهر يوليو، بواقع 74 معتقلاً، ثم محافظة ريف دمشق بـ17 معتقلاً.\n'
        'أما البقية، وعددهم 26 معتقلاً، فقد توزعوا على ست محافظات أخرى هي حمص وحماة ودمشق وحلب ودير الزور والسويداء، وذلك وفق التوزيع الجغرافي الذي أورده التقرير لحالات الاعتقال.\n'
        'وتشير المعطيات التي جمعتها «الشبكة السورية لحقوق الإنسان» إلى أن حصيلة المعتقلين تعسفياً منذ أول العام الجاري حتى بداية شهر آب الحالي بلغت 1144 حالة في الأقل، من بينها 45 طفلاً و43 امرأة، وقد انتهى الأمر بـ856 منهم إلى الاختفاء القسري، فلم يُعرف مكانهم ولا مصيرهم.'),
        [E("arrest", Q("172", 172), None, "2023-07", "«الشبكة السورية لحقوق الإنسان»", None, kind="aggregate",
           note="July's arbitrary arrests over the country (period 2023-07); the governorate figures (74, 17, 26) are its "
                "breakdown, no acts of their own; no agent for the total (the governorate figures are in the regime's prisons)"),
         E("arrest", Q("1144", 1144, None, nth=1), None, None, "«الشبكة السورية لحقوق الإنسان»", None, kind="aggregate",
           note="running total since the start of the year to early August (period 2023-01..2023-08), at least; children, "
                "women and the 856 disappeared are its breakdown; the headline's 1144 is the same figure")])

passage("kf10", "2018-05-01", "AMC (amc-sy.net)", "coalition raids on ISIS in the Deir ez-Zor desert told by local media sources; the day before's count "
        "by activists; published date inferred (a Tuesday of spring 2018, before the Hajin pocket's fall; the page shows none); page: https://amc-sy.net/بينهم-المسؤول-الأمني-التحالف-الدو/",
        (
        'سوريا\n'
        'غارات لـ«التحالف» على «داعش» في بادية دير الزور تقتل تسعة بينهم «المسؤول الأمني»\n'
        'ذكرت مصادر إعلامية محلية أن عدداً من مسلحي تنظيم «داعش»، من بينهم قيادي بارز، لقوا مصرعهم اليوم الثلاثاء في ضربات جوية نفذتها طائرات التحالف الدولي على تجمع للتنظيم في ريف مدينة دير الزور بشرق سوريا.\n'
        'ووفق هذه المصادر، فإن مقاتلات التحالف قصفت اليوم الثلاثاء تجمعاً لعناصر «داعش» في بادية «الصور» الواقعة في الريف الشمالي لدير الزور، فقتلت تسعة من عناصر التنظيم، أحدهم المسؤول عن الملف الأمني في القطاع الشمالي من المحافظة، ويُعرف باسم «محمد الموسى» ولقبه «أبو ريتاج»، كما قُتل في الغارات مدني يعمل راعياً للأغنام صادف وجوده على مقربة منهم.\n'
        'ولفتت المصادر ذاتها إلى أن طائرات التحالف شنت غارة أخرى من النوع نفسه على سيارة تقل مسلحين من التنظيم قرب منطقة «سوح الجزر» في البادية الشمالية لدير الزور، فقُتل عنصران منهم ودُمّرت سيارتهم، وذلك في اليوم ذاته.\n'
        'وكان ناشطون إعلاميون من أبناء مدينة دير الزور قد أحصوا أمس الإثنين 16 ضربة جوية شنتها طائرات التحالف الدولي والطائرات العراقية على هجين والسوسة والشعفة والبوخاطر والباغوز في الريف الشرقي للمحافظة، وقالوا إنها أودت بحياة ما يقارب 50 مسلحاً من التنظيم، من بينهم 14 من قادته.\n'
        'يُذكر أن تنظيم «داعش» فقد السيطرة على القسم الأكبر من المناطق التي كانت خاضعة له في سوريا خلال الفترة الماضية.'),
        [E("airstrike", Q("تسعة", 9, nth=1), PL("بادية «الصور»", "Al-Sur desert", "Deir ez-Zor"), "2018-05-01", "مصادر إعلامية محلية", COAL,
           note="raid on an ISIS gathering: nine ISIS dead (the headline's «تسعة» is the same; the body's is coded), the "
                "shepherd killed with them is singular; the lead and the next sentence are one raid; the named official is a breakdown"),
         E("airstrike", None, PL("سوح الجزر", "Sawh al-Jazr", "Deir ez-Zor"), "2018-05-01", "المصادر ذاتها", COAL,
           note="a second raid on a car: two killed (a dual, no figure); source carried by «ولفتت المصادر ذاتها»"),
         E("airstrike", Q("ما يقارب 50", 50, approx=True), PL("هجين", "Hajin", "Deir ez-Zor"), "2018-04-30", "ناشطون إعلاميون", COAL,
           note="yesterday's 16 raids by coalition and Iraqi aircraft over a list of towns with one toll: one act, group, "
                "coded at the first (Hajin); the dead are the figure (16 raids the count); 14 commanders a breakdown; the "
                "writer's recall «وكان … قد» names its own source")])

passage("kf11", "2019-10-13", "Fresh Syria (Fresh Online)", "Peace Spring's fifth day: a reporter's account of Tal Abyad taken, a town and villages on the Ras al-Ain "
        "front, the day before's recall; page: https://freshsyria.net/archives/39103",
        (
        '«نبع السلام»: الجيش الوطني يتقدم ويبسط سيطرته على تل أبيض\n'
        'أحكم الجيش الوطني السوري قبضته اليوم الأحد على مدينة تل أبيض ذات الأهمية الاستراتيجية في ريف الرقة الشمالي، في إطار العملية العسكرية التي أطلقتها تركيا قبل أيام تحت اسم «نبع السلام».\n'
        'وبحسب ما نقله مراسل فرش أون لاين، فإن مقاتلي الجيش الوطني ووحدات من الجيش التركي دخلوا المدينة وسيطروا عليها إثر مواجهات ضارية مع عناصر «قوات سوريا الديمقراطية» (قسد)، ولم يمض على سيطرتهم على مدينة رأس العين، ذات الموقع الاستراتيجي في ريف الحسكة، سوى أقل من 24 ساعة.\n'
        'وتابع المراسل أن القوات التركية وفصائل الجيش الوطني استولت في ساعات الصباح على بلدة سلوك القريبة من تل أبيض، ثم شرعت بعدها في اقتحام المدينة.\n'
        'ووفق ناشطين، فإن مقاتلي «نبع السلام» طوّقوا تل أبيض، غير أنهم تمهلوا قبل الدخول إليها ريثما ينتهون من نزع الألغام ويقطعون كل الطرق التي توصل إليها.\n'
        'وعلى محور مدينة رأس العين، الواقعة شمال غربي الحسكة، استطاع مقاتلو الجيش الوطني انتزاع قريتي حروبي ورجعان، ثم بدؤوا هجوماً لاقتحام بلدة المبروكة المجاورة.\n'
        'وكان الجيش الوطني السوري والقوات التركية قد بسطا أمس السبت سيطرتهما على مدينة رأس العين بأكملها، ووصلا كذلك إلى الطريق المحاذي للحدود الذي يصل بين رأس العين وتل أبيض، وذلك بعد أن سيطرا على 18 قرية.'),
        [E("territory_change", None, PL("تل أبيض", "Tal Abyad", "Raqqa", nth=1), "2019-10-13", "مراسل فرش أون لاين", SNA,
           note="the lead and the reporter's sentence are one taking (the source carries back); SNA first named, with the "
                "Turkish army; the encirclement told by activists is part of it"),
         E("territory_change", None, PL("سلوك", "Suluk", "Raqqa"), "2019-10-13", "المراسل", TUR,
           note="Saluk taken this morning before the storming of the city; Turkish forces named first in this sentence"),
         E("territory_change", None, PL("حروبي", "Harubi", "Al-Hasakah"), "2019-10-13", "مراسل فرش أون لاين", SNA,
           note="two villages on the Ras al-Ain front: one act, group, at the first; the reporter's report carries over the "
                "later sentences (the outlet's own reporter, stop 30)"),
         E("armed_clash", None, PL("المبروكة", "Al-Mabrouka", "Al-Hasakah"), "2019-10-13", "مراسل فرش أون لاين", SNA,
           note="an assault begun on the town, not yet a taking: a clash (a second coder may fold it into the villages' taking)"),
         E("territory_change", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah", nth=2), "2019-10-12", None, SNA,
           note="recall with its own day (yesterday Saturday): the whole city taken; the writer's «وكان … قد» recall: the outlet"),
         E("territory_change", Q("18", 18), None, None, None, SNA, kind="aggregate",
           note="18 villages taken before Ras al-Ain fell (the page breaks off where it names them): a count of takings "
                "over the operation, no place given")])

passage("kf12", "2020-12-29", "Syria TV", "an SDF raid with arrests and a curfew told by a local source; tribal elders' warning; two glued «اقرأ أيضاً» "
        "headlines; a recalled ISIS bombing; page: https://www.syria.tv/قسد-تعتقل-شباناً-وتفرض-حظر-تجوال-في-بلدة-الشحيل-شرقي-دير-الزور",
        (
        '«قسد» تعتقل 14 شاباً وتفرض حظر التجوال على الشحيل بريف دير الزور الشرقي\n'
        'دمشق، 29 كانون الأول/ديسمبر 2020 – دير الزور، خاص\n'
        'نفّذت «قوات سوريا الديمقراطية» (قسد) اليوم الثلاثاء عمليات مداهمة في بلدة الشحيل بريف دير الزور الشرقي، أوقفت خلالها مجموعة من شبان البلدة، وفرضت بالتزامن معها منعاً للتجوال.\n'
        'وأوضح مصدر من أبناء المنطقة لـ«تلفزيون سوريا» أن عناصر «قسد» اقتادوا 14 شاباً، اثنان منهم لم يتجاوزا السادسة عشرة من العمر، واتهموهم بالانتساب إلى «خلايا إرهابية» تنشط في المنطقة.\n'
        'اقرأ أيضاً: حملة اعتقالات جديدة تطلقها «قسد» في الريف الشرقي لدير الزور\n'
        'وبيّن المصدر أن منع التجول الذي رافق الاعتقالات كان «شاملاً» لكل أنحاء البلدة، في حين كانت طائرات التحالف الدولي تحلّق في أجواء المنطقة في الوقت ذاته.\n'
        'ونبّه وجهاء العشائر في المنطقة إلى العواقب التي قد تترتب على الحملة، التي دخلت يومها السادس دون انقطاع، والتي تطال بحسبهم مدنيين لا صلة لهم بأي نشاط مسلح، وفق ما أفاد به المصدر نفسه.\n'
        'اقرأ أيضاً: تنظيم «الدولة» يعلن مسؤوليته عن هجوم خلّف قتلى وجرحى من عناصر «قسد»\n'
        'وكان تنظيم «الدولة» قد أعلن يوم السبت الماضي مسؤوليته عن تفجير عبوة ناسفة استهدفت عربة عسكرية تقل عناصر من «قسد» على الطريق المؤدي إلى بلدة الشحيل، وأسفر التفجير عن مقتل 4 من هؤلاء العناصر وجرح 5 آخرين.'),
        [E("arrest", Q("14", 14, nth=1), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor", nth=1), "2020-12-29", "مصدر من أبناء المنطقة", SDF,
           note="the raid with its arrests and curfew (headline, lead, the source's detail) is one event; the local source "
                "comes back to the lead's raid, so he is its source; the two 16-year-olds are a breakdown; the campaign "
                "in its sixth day is the same operation; the elders' warning is no named body's (not coded); the glued "
                "«اقرأ أيضاً» headlines are not coded (stop 32)"),
         E("explosion", Q("4", 4, nth=2), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor", nth=2), "2020-12-26", None, IS,
           note="recalled IED on an SDF vehicle on the road to Shuhayl, claimed by ISIS, last Saturday: a road is placed at "
                "the place named; the wounded are not the figure; the outlet's recall (ISIS claims the act, the outlet tells the toll)")])

passage("kf13", "2021-09-07", "Al-Alam (Iran)", "settlements in Daraa al-Balad relayed from SANA, and a correspondent's running count; published date inferred "
        "(the second day of settlements at the Mahatta police station, September 2021; the page shows none); page: https://alalam.ir/news/5779678/morocco",
        (
        'العالم – سوريا\n'
        'تسويات درعا البلد تتواصل لليوم الثاني وتسليم السلاح الفردي للجيش\n'
        'أفادت وكالة سانا بأن عمليات تسوية أوضاع المسلحين وتسلّم أسلحتهم استمرت لليوم الثاني على التوالي في مبنى قسم شرطة المحطة السرايا في مدينة درعا، وذلك تطبيقاً لاتفاق التسوية الذي عرضته الدولة ضمن مساعيها إلى حل سلمي، والذي ينص على وضع حد لما تسميه الوكالة الوضع الشاذ في المدينة، وعلى إخراج من تصفهم بالإرهابيين منها، وإرجاع الأمن والاستقرار إلى مختلف أنحاء المحافظة.\n'
        'ولفتت الوكالة إلى أن مراكز أخرى للتسوية ستُفتتح في مناطق متعددة، بغرض إنجاز ما تبقى من تسوية الأوضاع وتسليم السلاح إلى الجيش العربي السوري، وذلك تمهيداً لدخول وحدات عسكرية وانتشارها وعودة الدوائر الحكومية إلى جميع أحياء مدينة درعا.\n'
        'وكان مركز التسوية المقام في حي الأربعين بدرعا البلد قد سوّى يوم أمس أوضاع 209 أشخاص، سلّم بعضهم ما كان في حوزتهم من أسلحة فردية.\n'
        'وتسعى الحكومة السورية منذ أسابيع عدة، وبمختلف السبل، إلى تثبيت الاستقرار والأمن في المحافظة وترجيح المعالجات السلمية، حرصاً على أرواح المدنيين وعلى المرافق والبنى التحتية، وتجنباً لتعريض حياة السكان للخطر، على حد تعبيرها.\n'
        'من جهتها، قالت مراسلة قناة العالم في محافظة درعا إن أوضاع 311 من المطلوبين والمسلحين المنحدرين من درعا البلد، في جنوب سوريا، سُوّيت منذ يوم أمس حتى الساعة، وإنهم سلموا عشرات من الأسلحة الفردية، وذلك في سياق تطبيق بنود الاتفاق السلمي الخاص بملف درعا البلد.'),
        [E("other", None, PL("درعا", "Daraa", "Daraa", nth=1), "2021-09-07", "وكالة سانا", GOV,
           note="settlements of gunmen's status and weapons handed over, second day, at the police station in Daraa city "
                "(settlements are `other`, as sets 57 and 68; the station is a landmark: placed at the city); no figure today; "
                "the centres to be opened are future"),
         E("other", Q("209", 209), PL("الأربعين", "Al-Arbaeen", "Daraa"), "2021-09-06", "الوكالة", GOV,
           note="yesterday's settlements at the al-Arbaeen quarter centre of Daraa al-Balad (the writer goes on with SANA's "
                "report: source carried)"),
         E("other", Q("311", 311), PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=2), None, "مراسلة قناة العالم", GOV, kind="aggregate",
           note="the correspondent's count since yesterday, covering both days' settlements (a running total over the "
                "period, beside them)")])

passage("kf14", "2018-02-28", "Orient News", "ISIS claims a car bomb on an HTS base in Idlib; local sources' toll; a video; HTS's earlier raid on an ISIS "
        "camp recalled with its security official's words; published date inferred (the page shows none; Orient's item of early 2018); page: https://www.orient-news.net/ar/news_show/150042/0/داعش-يتبنى-تفجير-سيارة-مفخخة-في-مدينة-إدلب",
        (
        '«داعش» يعلن مسؤوليته عن سيارة مفخخة انفجرت في مدينة إدلب\n'
        'تبنّى تنظيم «داعش» التفجير الذي ضرب يوم الأربعاء مدينة إدلب، قائلاً إنه وجّه عربة محمّلة بالمتفجرات نحو مقر يشغله عناصر من «هيئة تحرير الشام» في الجهة الغربية من المدينة.\n'
        'وبحسب مصادر محلية، أودى الانفجار بحياة 6 من عناصر الهيئة، وأوقع ما يزيد على 8 جرحى في صفوفهم.\n'
        'وفي الأثناء، نشرت صفحات محسوبة على «داعش» في مواقع التواصل الاجتماعي تسجيلاً مصوراً يظهر فيه شعار التنظيم، ويوثّق اللحظة التي انقضت فيها العربة المفخخة على واحد من مقرات «هيئة تحرير الشام» غربي إدلب.\n'
        'وجاء في تبنّي التنظيم أن العملية نُفذت انتقاماً لما وصفهم بـ«إخواننا في كفرهند بمدينة سلقين»، وأنها جزء من حملة أطلق عليها اسم «جزاء وفاقا».\n'
        'وفي الأسبوع الفائت، أعلنت «هيئة تحرير الشام» أنها أوقعت قتلى وجرحى في صفوف «خلية» تتبع تنظيم «داعش» كانت تتخذ من معسكر قريب من مدينة سلقين، في ريف إدلب الغربي، مقراً لها.\n'
        'وقالت الهيئة في حينه إنها عثرت على هذا المعسكر، الواقع في الشريط الحدودي في محيط سلقين، بعدما تعقبت آثار خلايا تابعة لمن تسميهم «خوارج جماعة داعش»، وتتهمهم بالوقوف وراء عمليات اغتيال وتفجير.\n'
        'كما صرّح أسامة الشامي، وهو المسؤول عن الملف الأمني لدى الهيئة، بأن عناصر الهيئة حددوا، بعد مراقبة ومتابعة، موقع المعسكر الذي كان يجتمع فيه أفراد ممن وصفهم بـ«خوارج جماعة الدولة» قرب سلقين غربي إدلب.'),
        [E("explosion", Q("6", 6), PL("إدلب", "Idlib", "Idlib", nth=1), "2018-02-28", "مصادر محلية", IS,
           note="a VBIED on an HTS base west of the city, claimed by ISIS; the local sources' toll (the wounded are not the "
                "figure); the video and the claim are tellings of the same act; «Kafr Hind» is the motive, not an event"),
         E("armed_clash", None, PL("سلقين", "Salqin", "Idlib", nth=1), None, "«هيئة تحرير الشام»", HTS,
           note="HTS's raid last week on an ISIS cell's camp near Salqin, killing and wounding some (no figure); the security "
                "official's words tell the same raid; «the week before» fixes no day")])

passage("kf15", "2019-05-12", "Suwayda 24", "two kidnappings for ransom in a week told by an informed and a local source; published date inferred (the "
        "week after 6-7 May 2019; the page shows none); page: https://suwayda24.com/?p=9748",
        (
        'السويداء: خطف أربعة أشخاص بينهم طفلان في حادثتين خلال أسبوع\n'
        'شهدت محافظة السويداء خلال الأسبوع الماضي اختفاء 4 مواطنين، من بينهم طفلان، في واقعتين لا صلة بينهما، ثم اتضح أنهم وقعوا ضحية عمليات خطف، وفق ما يرويه ذووهم.\n'
        'وأوضح مصدر على اطلاع بالتفاصيل لموقع «السويداء 24» أن الواقعة الأولى جرت في السادس من أيار/مايو 2019، وكان يوم اثنين، حين قطع مسلحون لم تُعرف هويتهم الطريق على شاحنة يقودها المواطن «سليم الحوراني» ويعمل عليها لكسب رزقه، وكان برفقته الطفل «ماهر الخطيب»، وكلاهما من أهالي بلدة الكسوة التابعة لريف دمشق.\n'
        'وأضاف المصدر أن المسلحين أوقفوا الشاحنة على الطريق الواقع بين قريتي لاهثة والمتونة في الجزء الشمالي من المحافظة، واقتادوا السائق والطفل المرافق له، وتركوا الشاحنة مهجورة على جانب الطريق، ثم اتصلوا بعائلتيهما وطالبوا بمبلغ مالي فدية لإطلاقهما، ولا تزال المساومات قائمة بين الخاطفين وذوي المخطوفين لخفض قيمة المبلغ.\n'
        'وفي اليوم التالي، الثلاثاء السابع من الشهر ذاته، انقطعت أخبار المواطن «عادل النجار»، وهو رجل في العقد الخامس من العمر يعمل في تجارة الجملة وتوزيعها، أثناء عودته من مدينة السويداء باتجاه دمشق، وكان يرافقه فتى لم يبلغ الثامنة عشرة يدعى «رامي سلوم».\n'
        'وقال مصدر محلي لـ«السويداء 24» إن الاثنين كانا على متن سيارة من نوع «هيونداي H100» تحمل لوحة تسجيل حماة، وإنه تبيّن لاحقاً أنهما خُطفا على الأوتوستراد الذي يربط دمشق بالسويداء، وقد طلب الخاطفون من أسرتيهما فدية مالية في مقابل الإفراج عنهما.\n'
        'ويُشار إلى أن ظاهرة الخطف وحجز الأشخاص طلباً للفدية غريبة عن مجتمع محافظة السويداء.'),
        [E("arrest", None, PL("لاهثة", "Lahitha", "As-Suwayda"), "2019-05-06", "مصدر على اطلاع بالتفاصيل", UNID,
           note="abduction (arrest, as sets 73 and 79) of a driver and a child by unknown gunmen; the road between two "
                "villages is placed at the first named; two people and no numeral: no figure; Kiswah is where they came from"),
         E("arrest", None, PL("دمشق", "Damascus", "Damascus", nth=2), "2019-05-07", "مصدر محلي", UNID,
           note="a man and a boy abducted on the Damascus-Suwayda highway: a road between two places is placed at the first "
                "named (stop 30), here Damascus (a second coder may place it in Suwayda); the lead's four in two incidents "
                "is the sum of these two: no event of its own (stop 34)")])

passage("kf16", "2023-10-14", "Nedaa Post", "Russian night raids on southern Idlib told by the Civil Defence, and the campaign's running toll since 5 "
        "October; published date inferred (the Saturday after «أمس الجمعة» in October 2023; the page shows none); page: https://nedaa-post.com/غارات-روسية-على-إدلب-تخلف-ضحايا-مدنيين",
        (
        'ضحايا مدنيون في غارات روسية على ريف إدلب\n'
        'لقيت امرأة حتفها وجُرح مدنيان آخران بإصابات مختلفة في غارات شنتها الطائرات الروسية خلال الليلة الماضية على قرى وبلدات في الريف الجنوبي لإدلب، في ظل عودة التصعيد إلى منطقة الشمال الغربي من سوريا.\n'
        'وأعلنت منظمة الدفاع المدني السوري أن سيدة قُتلت وأصيب زوجها بجروح حين استهدفت المقاتلات الروسية منزلهما بغارتين في منطقة جبل الأربعين المحاذية لمدينة أريحا جنوبي إدلب، وذلك في ساعة متأخرة من مساء أمس الجمعة.\n'
        'وبعد جهد مضنٍ، نجحت فرق المنظمة في إخراج جثمان المرأة وإنقاذ زوجها من بين ركام المنزل، كما تمكنت من إطفاء النيران التي شبت فيه جراء الغارة التي سوّت البناء بالأرض.\n'
        'وفي الريف الجنوبي ذاته، جُرح مدني إثر غارة نفذتها طائرة روسية على المنازل السكنية في قرية بلشون.\n'
        'كذلك طالت الغارات الروسية أطراف قرى أحسم وجوزف والجهة الجنوبية من بليون في المنطقة نفسها، من دون أن تخلّف إصابات في صفوف السكان، واقتصرت خسائرها على الأضرار المادية.\n'
        'وتتعرض محافظة إدلب والريف الغربي لمحافظة حلب، منذ الخامس من تشرين الأول/أكتوبر الحالي، لقصف بالمدفعية والصواريخ ولغارات روسية، خلّفت عشرات القتلى من المدنيين ودفعت عشرات الآلاف إلى النزوح من بيوتهم.\n'
        'وبحسب منظمة الدفاع المدني، فقد حصدت حملة التصعيد هذه حتى يوم الثلاثاء الماضي أرواح 46 مدنياً، منهم 13 طفلاً و9 نساء، فيما أصيب 213 شخصاً آخرون بجروح.'),
        [E("airstrike", None, PL("جبل الأربعين", "Jabal al-Arbaeen", "Idlib"), "2023-10-13", "منظمة الدفاع المدني السوري", RUS,
           note="two raids on a house near Ariha killing a woman (singular: no figure), her husband wounded; the lead's "
                "woman is this raid; late Friday evening"),
         E("airstrike", None, PL("بلشون", "Balshon", "Idlib"), "2023-10-13", "منظمة الدفاع المدني السوري", RUS,
           note="a raid wounding a civilian (the injured are never the figure); the Civil Defence's report goes on with an "
                "act of the same kind: source carried; «الليلة الماضية» of the lead"),
         E("airstrike", None, PL("أحسم", "Ihsim", "Idlib"), "2023-10-13", "منظمة الدفاع المدني السوري", RUS,
           note="raids on the edges of three villages, no casualties: one act over a list of places (group), at the first"),
         E("casualties", Q("46", 46), None, None, "منظمة الدفاع المدني", None, kind="aggregate",
           note="the campaign's toll since 5 October until last Tuesday (period 2023-10-05..2023-10-10); shelling and raids "
                "(several kinds of act): casualties; women and children a breakdown; the outlet's «عشرات القتلى» the sentence "
                "before is the same toll; agent the Russian raids and the regime's shelling (a second coder may give none)")])

passage("kf17", "2024-08-28", "Syria TV", "a Turkish drone strike in Qamishli (summary bullets, local sources, SDF media, a local network) and the SDF's "
        "arrest of people who filmed it; published date inferred (a Wednesday of late August, after the 22nd the page recalls; the page shows none); page: https://syria.tv/مقتل-قيادي-لـpkk-وعنصرين-لـقسد-بغارة-تركية-في-القامشلي",
        (
        'مقتل قيادي في «العمال الكردستاني» وعنصرين من «قسد» بغارة مسيّرة تركية في القامشلي\n'
        'أبرز ما في الخبر:\n'
        '- طائرة تركية مسيّرة تضرب سيارة لـ«قسد» داخل مدينة القامشلي في شمال محافظة الحسكة.\n'
        '- مصادر من المنطقة تؤكد أن قيادياً في «حزب العمال الكردستاني» وعنصرين من «قسد» قُتلوا.\n'
        '- «قسد» تعتقل ثلاثة مدنيين، من بينهم امرأة، وتستولي على هواتفهم بعد اتهامهم بتصوير ما جرى.\n'
        'قالت مصادر محلية لموقع تلفزيون سوريا اليوم الأربعاء إن مسيّرة تابعة للجيش التركي شنت غارة على سيارة تابعة لـ«قسد» (قوات سوريا الديمقراطية) داخل مدينة القامشلي في ريف الحسكة، فقتلت قيادياً من كوادر «حزب العمال الكردستاني» (PKK) واثنين من عناصر «قسد»، أحدهما امرأة.\n'
        'وأضافت المصادر أن الضربة التي نفذتها الطائرة التركية على سيارة «قسد» في القامشلي أودت بحياة القيادي في «PKK» وعنصرين من «قسد»، هما شاب ووالدته.\n'
        'من جهتها، أوردت وسائل إعلام مقربة من «قسد» أن السيارة المستهدفة كانت قرب مبنى البريد والاتصالات ومرآب الحافلات، في القسم الشرقي من المدينة.\n'
        'وعرضت شبكة «مراسل الشرقية» المحلية، على صفحتها في موقع «فيس بوك»، صوراً يظهر فيها الدخان وهو يتصاعد من سيارة التهمتها النيران بعد أن أصابتها الغارة التركية في القامشلي.\n'
        'ونقلت الشبكة ذاتها أن «قسد» أوقفت ثلاثة مدنيين، من بينهم امرأة، وانتزعت منهم هواتفهم المحمولة، متهمة إياهم بتصوير اللحظة التي استهدفت فيها المسيّرة التركية القيادي.\n'
        'تركيا تمضي في حملتها على «قسد»'),
        [E("airstrike", None, PL("القامشلي", "Qamishli", "Al-Hasakah", nth=2), "2024-08-28", "مصادر محلية", TUR,
           note="drone strike on an SDF car; a PKK commander and two SDF members (a singular and a dual: no written total, "
                "no figure, stop 34); the bullets, the body and the SDF media's place detail are one strike; the post office "
                "is a landmark: placed at the city"),
         E("arrest", Q("ثلاثة", 3, nth=1), PL("القامشلي", "Qamishli", "Al-Hasakah", nth=4), "2024-08-28", "الشبكة ذاتها", SDF,
           note="three civilians arrested and phones seized for filming the strike, told by the local network «Mirasil "
                "al-Sharqiya»; the bullet is the same arrest; the subheading at the end is the page's, not coded")])

passage("kf18", "2023-04-13", "Ashams", "Israeli raids near Damascus told by the regime's defence ministry and SOHR; a soldier's death in the week's "
        "strikes on Daraa; SOHR's tally since January; a recall; published date inferred (a Thursday of April 2023, after the "
        "rockets fired at the Golan; the page shows none); page: https://ashams.com/article/370608-غارات-إسرائيلية-على-ريف-دمشق",
        (
        'غارات إسرائيلية على ريف دمشق\n'
        'طالت غارات جوية إسرائيلية ريف العاصمة السورية دمشق مع ساعات فجر اليوم الخميس، فيما أعلن النظام السوري في الصباح أن دفاعاته أسقطت صواريخ إسرائيلية انطلقت من الجولان باتجاه ريف دمشق.\n'
        'وقالت وزارة الدفاع التابعة للنظام في بيانها إن وسائط الدفاع الجوي تصدت فجراً لقصف صاروخي إسرائيلي استهدف مبنى في ريف دمشق، وتمكنت من إسقاط عدد من الصواريخ.\n'
        'في المقابل، ذكر المرصد السوري لحقوق الإنسان من جهته أن المقاتلات الإسرائيلية ضربت مقراً تابعاً لـ«حركة النجباء» القادمة من العراق، في السيدة زينب جنوبي العاصمة.\n'
        'ولفت المرصد إلى أن جندياً من قوات النظام لقي حتفه خلال هذا الأسبوع متأثراً بجراح أصيب بها في قصف إسرائيلي طال مواقع في ريف درعا الغربي، قرب تلال الجابية والجموع وعشترا، وجاء القصف رداً على قذائف أطلقتها من الأراضي السورية نحو الجولان مجموعات تتبع «حزب الله» اللبناني.\n'
        'وبحسب إحصاء المرصد، فقد استهدفت إسرائيل الأراضي السورية 37 مرة منذ بداية العام الجاري، بينها 25 ضربة جوية و12 ضربة برية، وأصابت أو دمّرت هذه الضربات قرابة 74 هدفاً تتنوع بين مستودعات للسلاح والذخيرة ومقرات ومراكز وآليات.\n'
        'وأسفرت تلك الهجمات عن سقوط 130 قتيلاً من العسكريين، إلى جانب 53 جريحاً منهم أصيبوا بجروح مختلفة.\n'
        'وكانت انفجارات قد دوّت في أرجاء دمشق مساء الخميس الماضي، على إثر غارات شنتها إسرائيل على مواقع في القنيطرة.'),
        [E("airstrike", None, PL("السيدة زينب", "Al-Sayyida Zaynab", "Rif Dimashq"), "2023-04-13", "وزارة الدفاع التابعة للنظام", ISR,
           note="one dawn strike told three ways (the outlet's lead, the ministry's «a building in Rif Dimashq», SOHR's Nujaba "
                "HQ in Sayyida Zaynab): most specific place SOHR's; the ministry's statement comes back to the lead's act, so "
                "it is the first named source (a second coder may give SOHR)"),
         E("shelling", None, PL("الجابية", "Tal al-Jabiya", "Daraa"), None, "المرصد", ISR,
           note="Israeli fire on positions by three hills this week, a soldier died of wounds (singular: no figure): one act "
                "over a list (group) at the first; «قصف» with no aircraft named: shelling (a second coder may type airstrike); "
                "«this week» fixes no day"),
         E("shelling", None, None, None, "المرصد", None,
           note="rounds fired from Syrian territory at the Golan by Hezbollah-linked groups, told as the cause: an act of its "
                "own with no place in Syria named; no canonical actor for them"),
         E("casualties", Q("130", 130), None, None, "المرصد", ISR, kind="aggregate",
           note="SOHR's tally since January: 37 Israeli strikes (25 air, 12 ground) killing 130 soldiers; air and ground, two "
                "kinds: casualties (stop 32); the dead are the figure, the 37 strikes and 74 targets its other numbers; period "
                "2023-01..2023-04"),
         E("airstrike", None, PL("القنيطرة", "Quneitra", "Quneitra"), "2023-04-06", None, ISR,
           note="recalled raids on Quneitra last Thursday evening (the outlet's «وكانت … قد»); the blasts heard in Damascus are its effect")])

passage("kf19", "2019-01-05", "Sputnik Arabic", "HTS ousts the Zinki movement from western Aleppo (relaying Al-Mayadeen), Russian raids after it (a local site), "
        "reinforcements (activists), SANA's earlier toll; page: https://sarabic.ae/amp/20190105/النصرة-تقصي-الزنكي-وتستعد-لمواجهة-الجيش-1038019649.html",
        (
        '«النصرة» تقصي «الزنكي» من ريف حلب الغربي\n'
        'نقلت قناة «الميادين» أن «جبهة النصرة»، التي تحمل حالياً اسم «هيئة تحرير الشام»، بسطت سيطرتها الكاملة على الريف الغربي لحلب، عقب خروج مقاتلي «الزنكي» منه باتجاه عفرين.\n'
        'وبحسب القناة، استولت «النصرة» على جميع القرى التي كانت في قبضة «الزنكي» غربي حلب، بعدما دخلت أهم معاقل الحركة في بلدة عنجارة وفي معسكر الشيخ سليمان، ووضعت يدها على كميات كبيرة من الأسلحة والمعدات الثقيلة.\n'
        'من جانبه، ذكر موقع «مراسلون» السوري أن مقاتلات روسية نفذت مساء أمس الجمعة غارات على نقاط في الريف الغربي لحلب، بعد ساعات قليلة من دخول «جبهة النصرة» إلى المنطقة.\n'
        'ونقل الموقع عن مصادر أن الطيران الروسي ضرب مستودعات للسلاح كانت عائدة لمقاتلي «الزنكي» داخل البلدات التي انسحبوا منها اليوم ودخلتها «النصرة» في ريف حلب.\n'
        'وقال ناشطون إن ما بقي لـ«الزنكي» غربي حلب لا يتعدى جيوباً صغيرة تجري بشأنها مفاوضات مع «النصرة» لتأمين طريق يسمح لمقاتليها بالتوجه إلى مدينة عفرين في شمال حلب. وفي غضون ذلك، شرعت الهيئة في فتح الطرق ورفع الحواجز الترابية التي تفصل بين المناطق التي سيطرت عليها، وجلبت تعزيزات كبيرة لتثبيت نقاطها وفتح المقرات والمخازن التي كانت تتبع «الزنكي».\n'
        'وكانت وكالة «سانا» قد ذكرت قبل يومين أن المعارك بين الطرفين أوقعت في غضون 24 ساعة فحسب سقوط عشرات الضحايا من المدنيين بين قتيل ومصاب، معظمهم أطفال ونساء، فضلاً عن خسائر مادية كبيرة.'),
        [E("territory_change", None, PL("عنجارة", "Anjara", "Aleppo"), "2019-01-04", "قناة «الميادين»", HTS,
           note="HTS took the whole western countryside after Zinki withdrew to Afrin; its main strongholds Anjara and the "
                "Sheikh Suleiman camp are the most specific places (group), coded at Anjara; the weapons seized are part of "
                "the taking; dated by the Friday the raids followed «hours after» (a second coder may leave the day out)"),
         E("airstrike", None, PL("الريف الغربي لحلب", "Western Aleppo countryside", "Aleppo", nth=1), "2019-01-04", "موقع «مراسلون» السوري", RUS,
           note="Russian raids on Friday evening on Zinki's arms depots in the villages HTS entered; the site's sources tell "
                "the same raids"),
         E("reinforcement", None, PL("غربي حلب", "West of Aleppo", "Aleppo", nth=1), "2019-01-05", "ناشطون", HTS,
           note="HTS brought large reinforcements to hold the positions (the activists' report goes on, «وفي غضون ذلك»); "
                "negotiations over Zinki's pockets are no event"),
         E("armed_clash", Q("عشرات", 20, 90, True), None, None, "وكالة «سانا»", None,
           note="the fighting between HTS and Zinki over 24 hours, told by SANA two days before: dozens of civilians killed "
                "and wounded, a combined figure that is the act's when no dead are given apart (kc21, set 39); no place "
                "given for it; two sides, no actor1")])

passage("kf20", "2025-02-01", "Syrian Today", "an ambush on a General Security patrol on the M4 told via a Syria TV reporter; two recalled attacks by "
        "regime remnants; a tag line and the page's subheadings; page: https://syrian-today.net/ar/article/9059/كمين-يستهدف-دورية-للأمن-العام-في-ريف-اللاذقية-تتسبب-بمقتل-وإصابة-ثلاثة-عناصر",
        (
        'كمين لفلول النظام يوقع ثلاثة قتلى وجرحى من الأمن العام بريف اللاذقية\n'
        'السوري اليوم – السبت 1 شباط/فبراير 2025\n'
        'وسوم: الأمن العام السوري\n'
        'وقعت دورية تتبع لجهاز الأمن العام في كمين صباح اليوم السبت، نصبه مسلحون من فلول النظام البائد في الريف الشرقي لمحافظة اللاذقية، ما أدى إلى سقوط ثلاثة من أفراد الدورية بين قتيل وجريح.\n'
        'ما جرى في الهجوم\n'
        'وأفاد مراسل موقع تلفزيون سوريا بأن الكمين نُصب على الطريق الدولي M4 الذي يصل حلب باللاذقية، بالقرب من بلدة المختارية، موضحاً أن إدارة الأمن العام لم تتعرض لأي هجوم في هذه النقطة قبل اليوم.\n'
        'وفي سياق متصل، تشهد المنطقة منذ أشهر تزايداً في الاعتداءات التي تنفذها فلول النظام المخلوع، ومنها الهجوم الذي شنته مجموعات مسلحة في الثاني والعشرين من كانون الأول الماضي على حاجز الصناعة الذي تديره إدارة العمليات العسكرية، في جبلة الواقعة ضمن ريف المحافظة، وقد قُتل فيه عنصران وجُرح ثلاثة آخرون.\n'
        'وقبل ذلك ببضعة أيام، استُهدف عناصر من إدارة العمليات بكمين مشابه في ريف اللاذقية نفذته فلول النظام، فقُتل عنصران وأصيب آخرون، كما خُطف سبعة من العناصر.\n'
        'الرد الأمني واستعادة العناصر المخطوفين\n'
        'وفي معرض تعليقه الرسمي على هذه الاعتداءات، أدلى المقدم مصطفى كنيفاتي، الذي يدير جهاز الأمن العام في محافظة اللاذقية، بتصريح تناول فيه المجموعات المسلحة التي تقف وراءها.'),
        [E("armed_clash", Q("ثلاثة", 3, nth=1), PL("المختارية", "Al-Mukhtariyah", "Latakia"), "2025-02-01", "مراسل موقع تلفزيون سوريا",
           LOYAL, note="ambush by regime remnants; «ثلاثة … بين قتيل وجريح» with no dead apart: the combined figure is the act's "
                       "(kc21, set 39); on the M4 near a named town: the town is the most specific place; the reporter's "
                       "sentence comes back to the lead's ambush, so he is its source"),
         E("armed_clash", None, PL("جبلة", "Jableh", "Latakia"), "2024-12-22", None, LOYAL,
           note="recalled attack on a checkpoint in Jableh on 22 December: two killed (a dual: no figure), three wounded "
                "(never the figure); the checkpoint is placed at its town; the outlet's recall"),
         E("armed_clash", None, PL("ريف اللاذقية", "Latakia countryside", "Latakia", nth=1), None, None, LOYAL,
           note="a recalled ambush days before that: two killed (dual), others wounded and seven members abducted: one "
                "incident (the abduction part of the attack; a second coder may add an abduction with the seven); no day; "
                "the official's comment names no act: no statement")])

passage("kf21", "2025-08-22", "Al Bayan", "Israeli incursions in Quneitra and Daraa relayed from SANA: arrests in one village, searches in another; "
        "background of the Sweida clashes and the buffer zone; page: https://www.albayan.ae/news/middle-east/syria/388716",
        (
        'توغل إسرائيلي جديد في القنيطرة ودرعا واعتقال شبان\n'
        'دخلت قوات تابعة للجيش الإسرائيلي اليوم الجمعة إلى قرى وبلدات في محافظتي القنيطرة ودرعا جنوبي سوريا، حيث أقامت حواجز وفتّشت المدنيين واعتقلت عدداً منهم. وليست هذه الخطوة الأولى من نوعها، غير أنها تأتي في وقت تتردد فيه معلومات مسرّبة عن سعي إسرائيل إلى فتح ممر يربط الجولان بالسويداء، بعد اشتباكات دامية شهدتها الأخيرة قبل أسابيع وخلّفت ما يزيد على ألف قتيل أكثرهم من المدنيين.\n'
        'وذكرت وكالة الأنباء السورية «سانا» أن دورية للجيش الإسرائيلي تضم 6 مركبات عبرت فجر اليوم الجمعة من ناحية الجولان المحتل نحو بلدة عابدين الواقعة في منطقة حوض اليرموك غرب درعا، فاعتقلت 3 شبان، ثم انسحبت من المنطقة، ولم تلبث أن أفرجت عن الثلاثة لاحقاً.\n'
        'وأضافت الوكالة أن 4 آليات إسرائيلية دخلت قرية العجرف في محافظة القنيطرة، وأجرى الجنود عمليات تفتيش لعدد من البيوت في القرية، وأقاموا حاجزاً عسكرياً عند مدخلها.\n'
        'وتنفذ إسرائيل، منذ أن سقط نظام بشار الأسد، عمليات توغل برية في ريف القنيطرة وريف درعا وريف دمشق.\n'
        'وكانت قد بسطت سيطرتها على المنطقة العازلة، قبل أن تنتقل إلى شن مداهمات في القرى والبلدات الحدودية، في خرق لاتفاق فض الاشتباك الموقع عام 1974، ولمبادئ القانون الدولي ولقرارات الأمم المتحدة الخاصة بسيادة الدول.'),
        [E("arrest", Q("3", 3), PL("عابدين", "Abidin", "Daraa"), "2025-08-22", "وكالة الأنباء السورية «سانا»", ISR,
           note="an Israeli patrol's incursion and the arrest of three young men, freed later: one incident; the vehicles "
                "are not the figure; the lead's arrests in villages of two provinces are this one told in summary; the Golan "
                "is where the patrol came from"),
         E("other", None, PL("العجرف", "Al-Ajraf", "Quneitra"), "2025-08-22", "الوكالة", ISR,
           note="an incursion with house searches and a checkpoint, no arrest or fire: `other` (a second coder may leave it "
                "out or type it another way); source carried by «وأضافت الوكالة»"),
         E("armed_clash", Q("ما يزيد على ألف", 1000, None, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), None, None, None, kind="aggregate",
           note="the toll of the bloody Sweida clashes weeks before, recalled as background (one cause: clashes); no day"),
         E("territory_change", None, None, None, None, ISR,
           note="Israel's taking of the buffer zone after the fall of Assad, recalled (background, no day); the buffer zone "
                "is no gazetteer place; the habitual incursions since then are a habit, not coded")])


def main() -> None:
    write("gold81.jsonl", P81)


if __name__ == "__main__":
    main()
