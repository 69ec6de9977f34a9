"""Build gold99.jsonl: development set 99 (ids kz01…), written in stop 37 by writer w99 BEFORE any run on it.

Whole articles (a page's headline and body, glued extras kept where the page had them), each the paraphrase of
ONE real page found in the search tool's `pages` corpus (queried in Arabic), leaning towards 2018-2025: Afrin
and the Turkish-backed factions, the Idlib de-escalation zone and Russian strikes, Daraa's settlements and
assassinations, Sweida, the 2025 coast and Sweida events, the new government's security campaigns and Israeli
incursions in the south, with other subjects and years beside them. Every sentence was rewritten (no run of five
words, names aside, is shared with its page: checked by script against the page text, which was kept outside the
repository); the incidents, their order, places, figures, dates, sources and hedges are the page's; private
people's names are invented. Each passage's `style` ends with the page's address. Gold follows news_dev's README
and the events_probe README's stop 28, 30, 32 and 34 conventions, and was written before anything ran on the
passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build99.py      # rewrites gold99.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P99: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P99.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("kz01", "2019-06-26", "Bazen Mitan", "a monthly arrest tally in Afrin by a monitoring centre, its latest "
        "arrest, habits, and a toll since 2018 | page: https://bazenmitan.org/الجيش-الوطني-يعتقل-نحو-60-شخصاً-في-عفرين",
        "نحو 60 معتقلاً في عفرين لدى فصائل \"الجيش الوطني\" خلال حزيران\n"
        "أقدمت فصائل \"الجيش الوطني\"، التابعة للحكومة المؤقتة العاملة تحت مظلة الائتلاف السوري المعارض، على اعتقال "
        "56 شخصاً في منطقة عفرين منذ بداية الشهر الحالي. وأغلب هؤلاء المعتقلين رجال وشبان، بحسب ما "
        "أحصاه مركز توثيق الانتهاكات في شمال سوريا. وكانت أحدث الحالات يوم 24 حزيران، إذ ألقت الشرطة العسكرية القبض على 5 "
        "مدنيين في ريف عفرين، هم أحمد خليل سيدو (32 عاماً) ورشيد كمال عثمان (26 عاماً) وجوان حسين بكر (24 عاماً) "
        "وعدنان صالح مراد (32 عاماً) وشيار رمضان علي (28 عاماً). وجرى معظم هذه الاعتقالات خلال مداهمات تطال البيوت "
        "كل يوم في نواحي جنديرس وراجو وماباتا وبلبل، ثم يُساق المعتقلون إلى جهة لا يُعرف مكانها، وفق المركز، الذي "
        "قال إن بعض عناصر الفصائل يخطفون أشخاصاً طلباً للفدية. وأشار المركز كذلك إلى سلب منظم يتكرر يومياً، "
        "والاستيلاء على بيوت الأهالي وأملاكهم ومحاصيل الزيتون، وقطع الأشجار، إلى جانب التضييق على السكان. وأحصى "
        "المركز منذ انطلاق الهجوم التركي في 2018 سقوط 8805 أشخاص بين قتيل وجريح في المنطقة، منهم 2650 قتيلاً.",
        [E("arrest", Q("56", 56), PL("عفرين", "Afrin", "Aleppo"), "2019-06", "مركز توثيق الانتهاكات في شمال سوريا",
           SNA, kind="aggregate",
           note="FIGURE CALL: the month's arrests (June 1 to the page's day) as an aggregate; the body's 56, not the "
                "headline's rounded «نحو 60» (the same tally told twice); the centre's count, named in the next "
                "sentence that comes back to the same tally, carries back"),
         E("arrest", Q("5", 5, nth=1), PL("ريف عفرين", "Afrin countryside", "Aleppo"), "2019-06-24",
           "مركز توثيق الانتهاكات في شمال سوريا", SNA,
           note="the latest arrest, told inside the centre's report (it goes on with it); the Military Police is an "
                "SNA body; the named five are its figure (the text writes 5); ages are not figures"),
         E("casualties", Q("2650", 2650), PL("عفرين", "Afrin", "Aleppo"), "2019-06",
           "المركز", None, kind="aggregate",
           note="a toll since the Turkish offensive of 2018 (period 2018-01..2019-06): 8805 killed and wounded with "
                "the dead given apart, so the dead are the figure; it names no single act (the offensive starts the "
                "period), so casualties. Raids, kidnapping for ransom and looting are habits: not coded")])

passage("kz02", "2019-12-24", "Anadolu Agency", "Russian night raids over a list of places, per-place tolls from the "
        "civil defence, a taking of villages over days, background on the Astana and Sochi deals "
        "| page: https://aa.com.tr/ar/الدول-العربية/مقتل-9-مدنيين-في-غارات-روسية-على-ريف-إدلب/1681355",
        "غارات روسية تودي بحياة 9 مدنيين في ريف إدلب\n"
        "نقلاً عن مصادر الدفاع المدني\n"
        "إدلب/ الأناضول\n"
        "لقي 9 مدنيين حتفهم جراء ضربات جوية نفذتها طائرات روسية واستهدفت منطقة \"خفض التصعيد\" في محافظة إدلب السورية. "
        "وذكر مرصد الطيران المعارض أن الطائرات الحربية الروسية قصفت ليلاً كلاً من معرة النعمان وجرجناز، إضافة "
        "إلى قرى بابيلا وتلمنس والغدفة والدير الغربي وخان السبل. وأوضحت مصادر في الدفاع المدني (الخوذ البيضاء) "
        "بإدلب للأناضول أن حصيلة الضربات بلغت 4 مدنيين قتلى في معرة النعمان، وخمسة في قرية معصران. ولا تكفّ روسيا عن "
        "ضرب الطرق التي يعبرها النازحون الهاربون من القصف باتجاه المناطق المحاذية للحدود التركية، بينما تتابع قوات "
        "النظام قصفها الجوي لمناطق كثيرة في المحافظة. وفي الأيام القليلة الماضية، انتزعت قوات النظام، مدعومة بروسيا "
        "وبمجموعات إرهابية تدعمها إيران، السيطرة على 15 قرية ضمن منطقة \"خفض التصعيد\" في إدلب، في ريفي معرة النعمان "
        "وسراقب تحديداً. وكانت تركيا وروسيا وإيران قد أعلنت في أيار/ مايو 2017 التوصل إلى اتفاق إنشاء منطقة \"خفض "
        "التصعيد\" بإدلب، ضمن مسار أستانة الخاص بسوريا. غير أن النظام وحلفاءه يواصلون هجماتهم على المنطقة، على الرغم "
        "من التفاهم الذي وقعته أنقرة وموسكو في سوتشي الروسية يوم 17 أيلول/ سبتمبر 2018 لتثبيت \"خفض التصعيد\".",
        [E("airstrike", Q("4", 4), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2019-12-24",
           "مصادر في الدفاع المدني (الخوذ البيضاء)", RUS,
           note="the night raids over a list of places (group; the first, Maarat al-Numan, also has 4 dead); the "
                "total 9 equals the two places' tolls (4 + 5), so it is no event of its own (stop 34); the civil "
                "defence gives the dead, the flight monitor the list; a coder could give the flight monitor"),
         E("airstrike", Q("خمسة", 5), PL("معصران", "Maasran", "Idlib"), "2019-12-24",
           "مصادر في الدفاع المدني (الخوذ البيضاء)", RUS,
           note="5 dead in Maasran, a village not in the monitor's list: its own strike"),
         E("territory_change", Q("15", 15), PL("معرة النعمان", "Maarat al-Numan", "Idlib", nth=2), None, None, GOV,
           kind="aggregate",
           note="15 villages taken over the last days in two areas: a sum over days, coded as an aggregate placed at "
                "the first area named (a coder could code one incident); Russia's strikes on the roads and the "
                "regime's continuing raids are habits; the 2017 and 2018 deals are background: not coded")])

passage("kz03", "2025-07-18", "Enab Baladi", "a reporter's item: security columns head south, the tribes take two villages, a "
        "local network's telling of where the columns stopped | page: https://www.enabbaladi.net/764971/الأمن-السوري-يتجه-إلى-الجنوب-إثر-تعبئة/?noamp=mobile",
        "قوات الأمن السوري تتحرك جنوباً بعد \"استنفار العشائر\"\n"
        "صورة نشرتها وزارة الداخلية السورية لعناصر من الأمن الداخلي في محافظة السويداء يوم 15 تموز 2025\n"
        "تتحرك قوافل عسكرية تابعة للأمن العام السوري نحو جنوب البلاد، في محاولة أخرى للفصل بين مقاتلي العشائر "
        "والفصائل المحلية في السويداء، إثر جولة جديدة من الاعتداءات المتبادلة بين الطرفين. وأفاد مراسل عنب بلدي في "
        "درعا، في يوم الجمعة 18 تموز، بأن قافلة تضم عناصر من الأمن العام باتت في جنوب سوريا، من غير أن تتوفر معلومات "
        "عن دخولها محافظة السويداء. وبيّن المراسل أن الوجهة التي يقصدها الرتل لم تتأكد حتى الآن، ولا يُعرف إن كان "
        "سيدخل المدينة أو سيقف فاصلاً بين الطرفين عند أطرافها. وذكر المراسل أن مقاتلي العشائر بسطوا سيطرتهم مساء "
        "أمس على قريتي المزرعة وتعارة غربي مدينة السويداء، وباتوا عند مشارفها من غير أن يدخلوها. من جهتها، قالت "
        "شبكة \"الراصد\" المحلية اليوم إن عدداً من الأرتال بلغ الريف الشمالي للمحافظة، لكنه توقف عند قرى منطقة "
        "اللوا، نافيةً صحة كل ما تردد عن دخولها مدينة السويداء. وأتت سيطرة العشائر على قرى الريف الغربي عقب حملات "
        "حشد وتعبئة على شبكات التواصل الاجتماعي دعت مقاتلي العشائر في معظم المحافظات إلى النفير.",
        [E("reinforcement", None, PL("اللوا", "Al-Lajat (al-Lwa)", "As-Suwayda"), "2025-07-18",
           "مراسل عنب بلدي في درعا", NEWGOV,
           note="PLACE CALL: the security columns' move south told by the reporter (\"in southern Syria\") and by "
                "al-Rased (reached the northern countryside, stopped at the al-Lwa villages): one deployment, placed "
                "at the most specific place given; the source is the first telling's; a coder could code two "
                "(the reporter's at southern Syria, al-Rased's at al-Lwa)"),
         E("territory_change", None, PL("المزرعة", "Al-Mazraa", "As-Suwayda"), "2025-07-17", "المراسل", TRIBES,
           note="the tribes take two villages (group: المزرعة, تعارة) on the evening before; the reporter's own "
                "item carries; no figure. The mobilisation online names no body: not coded")])

passage("kz04", "2025-03-06", "Al-Araby Al-Jadeed", "headline, a glued summary (rallies, helicopters and reinforcements), "
        "a local source's four attacks with their dead | page: https://www.alaraby.co.uk/politics/"
        "قتلى-من-الأمن-العام-في-ريف-اللاذقية-وتظاهرات-دعماً-للإدارة-الجديدة",
        "مقتل عناصر من الأمن العام بريف اللاذقية وتظاهرات مؤيدة للإدارة الجديدة\n"
        "الملخص:\n"
        "- جاءت الهجمات بالتزامن مع تظاهرات خرجت في مدن منها إدلب وحمص تأييداً للدولة السورية، استنكر المشاركون فيها "
        "هجمات فلول نظام الأسد وطالبوا بأن تبسط الدولة سلطتها.\n"
        "- قالت مصادر أمنية إن مروحيات استُخدمت في تمشيط ريف اللاذقية، ووصلت تعزيزات عسكرية كبيرة لضبط الأمن، وسط "
        "تحذيرات من مساعٍ لضرب السلم الأهلي.\n"
        "قُتل عدد من عناصر الأمن العام، وهو جهاز يتبع وزارة الدفاع السورية، إلى جانب عشرات المسلحين من فلول النظام السابق، في "
        "مدينة جبلة جنوب اللاذقية، حيث نفذ هؤلاء المسلحون سلسلة من الهجمات، في حين خرجت مساءً تظاهرات في مدن سورية "
        "عدة تساند الدولة وتدين ما قامت به الفلول. وأفاد مصدر محلي \"العربي الجديد\" بمقتل ستة عناصر من الأمن "
        "الداخلي إثر هجوم مسلح على كورنيش جبلة البحري، ومقتل أربعة غيرهم بهجوم على المدخل الشمالي للمدينة، إضافة إلى "
        "عنصر آخر قضى بهجوم على الطريق بين اللاذقية وجبلة. وقبل هذه الهجمات، كان أربعة عناصر قد قُتلوا في ريف جبلة "
        "أثناء حملة أمنية. ونقلت وكالة \"سانا\" الرسمية عن المقدم مصطفى كنيفاتي، مدير أمن اللاذقية، قوله إن فلول "
        "ميليشيات الأسد شنّت هجوماً خُطط له وأُعدّ سلفاً على نقاط الأمن.",
        [E("armed_clash", Q("ستة", 6), PL("جبلة", "Jableh", "Latakia", nth=1), "2025-03-06", "مصدر محلي", LOYAL,
           note="the corniche is a landmark: placed at its town; the overview sentence before it (an unnumbered "
                "number of security dead and tens of gunmen) is the same string of attacks told whole, no event of "
                "its own; Kneifati's quote tells the attacks (their source's words, no statement)"),
         E("armed_clash", Q("أربعة", 4), PL("جبلة", "Jableh", "Latakia", nth=1), "2025-03-06", "مصدر محلي", LOYAL,
           note="the attack at the city's northern entrance: placed at the town"),
         E("armed_clash", None, PL("اللاذقية", "Latakia", "Latakia", nth=3), "2025-03-06", "مصدر محلي", LOYAL,
           note="one member killed on the Latakia-Jableh road: a road is placed at the first place named; no figure"),
         E("armed_clash", Q("أربعة", 4, nth=1), PL("ريف جبلة", "Jableh countryside", "Latakia"), "2025-03-06",
           "مصدر محلي", LOYAL,
           note="four killed during a security campaign before the attacks: the same source goes on; no day "
                "apart from the item's"),
         E("protest", None, PL("إدلب", "Idlib", "Idlib"), "2025-03-06", None, PROT,
           note="rallies in several cities backing the state (group: إدلب, حمص), told in the summary and the body; "
                "no crowd or toll figure"),
         E("reinforcement", None, PL("ريف اللاذقية", "Latakia countryside", "Latakia", nth=1), "2025-03-06",
           "مصادر أمنية", NEWGOV,
           note="large reinforcements and helicopters combing the countryside; a coder could also code the "
                "helicopters as an air strike (the page says combing, not strikes)")])

passage("kz05", "2024-12-26", "Deyar al-Nagab", "an ambush on a security patrol told by the interior minister and by "
        "SOHR | page: https://deyaralnagab.net/main.php?content=27&id=5892",
        "مقتل 14 من الأمن العام السوري بمواجهات مع ضابط سابق في جيش الأسد بريف طرطوس\n"
        "26.12.2024\n"
        "لقي 14 عنصراً من جهاز الأمن العام السوري حتفهم وجُرح عشرة غيرهم، مساء أمس الأربعاء، في اشتباكات مع ضابط من "
        "ضباط النظام المخلوع في ريف محافظة طرطوس، وفق ما أعلنه وزير الداخلية. وكتب الوزير محمد عبد الرحمن على "
        "حسابه في فيسبوك مساء الأربعاء أن 14 من عناصر الوزارة قضوا وأُصيب عشرة آخرون بعدما وقعوا في \"كمين غادر\" "
        "نصبه لهم \"فلول النظام المجرم\" في ريف طرطوس بينما كانوا يؤدون مهامهم في حماية الأمن والأهالي. وذكر تقرير "
        "للمرصد السوري لحقوق الإنسان، صدر مساء اليوم ذاته، أن العناصر سقطوا خلال مواجهة مع مجموعة مسلحة "
        "يتزعمها ضابط سابق تولى إدارة القضاء العسكري ورئاسة المحكمة الميدانية، ويُعدّ من المسؤولين عن الجرائم "
        "المرتكبة في سجن صيدنايا، وذلك عند محاولة توقيفه في مكان سكنه ببلدة خربة المعزة. وبحسب تقرير المرصد، فإن "
        "شقيق الرجل المطلوب تصدّى مع مسلحين لعناصر الأمن العام الذين كانوا يطاردونه، فطردوا الدورية من البلدة وأطلقوا "
        "النار على إحدى سياراتها، ما خلّف قتلى وجرحى بين ركابها.",
        [E("armed_clash", Q("14", 14), PL("خربة المعزة", "Khirbat al-Maaza", "Tartus"), "2024-12-25",
           "وزير الداخلية", LOYAL,
           note="one ambush told by the minister and by SOHR (one event); PLACE CALL: the village comes from SOHR's "
                "telling, the most specific place; the first figure and source are the minister's; the wounded "
                "(ten) are not the figure")])

passage("kz06", "2019-11-17", "An-Nahar (AFP)", "a Russian strike with its toll (SOHR), background on Idlib, the summer offensive's "
        "toll and displacement, strikes earlier in the week | page: https://annahar.com/arabic/article/1065768-"
        "سوريا-طائرات-روسية-قصفت-كفرومة-في-إدلب-مقتل-7-مدنيين",
        "غارات روسية تقتل سبعة مدنيين في كفرومة جنوب إدلب\n"
        "لقي سبعة مدنيين، من بينهم أطفال، مصرعهم اليوم الأحد جراء ضربات جوية روسية طالت بلدة في محافظة إدلب شمال "
        "غربي سوريا، بحسب المرصد السوري لحقوق الإنسان. وبيّن المرصد أن ثلاثة أطفال بين الضحايا، وأنهم قضوا كلهم في "
        "غارات نفذتها مقاتلات روسية على بلدة كفرومة بريف إدلب الجنوبي. كما جُرح ثمانية أشخاص آخرون جراء القصف، "
        "وحالة عدد منهم حرجة. ويقطن محافظة إدلب قرابة ثلاثة ملايين إنسان، نصفهم لاجئون، وتبسط هيئة تحرير الشام، "
        "التي كانت تُعرف بجبهة النصرة، سيطرتها على معظمها، إلى جانب فصائل إسلامية ومعارضة أضعف نفوذاً. ويسود المحافظة هدوء "
        "نسبي منذ أواخر آب، بعد وقف لإطلاق النار أعلنته موسكو إثر قرابة أربعة أشهر من هجوم واسع شنته قوات النظام "
        "وروسيا، وأودى بحياة قرابة ألف مدني، بحسب إحصاء المرصد. وبحسب الأمم المتحدة، أجبر ذلك التصعيد ما يزيد على "
        "400 ألف شخص على الفرار إلى أماكن أكثر أمناً. ولم يمنع الهدوء وقوع مواجهات متفرقة وغارات سورية وروسية قضى "
        "فيها عشرات المدنيين، مع أن هدفها الرئيسي مواقع الفصائل الجهادية. وكثّفت المقاتلات الروسية غاراتها مطلع "
        "تشرين الثاني، بحسب المرصد، إذ قُتل ثمانية مدنيين يوم الأربعاء الماضي بغارات، وكان ستة غيرهم قد "
        "قُتلوا قبل ذلك بخمسة أيام.",
        [E("airstrike", Q("سبعة", 7), PL("كفرومة", "Kafrouma", "Idlib"), "2019-11-17",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="headline, lead and SOHR's detail are one strike; three children are a breakdown; eight wounded are "
                "not the figure. The page's date is inferred from its recalls (a Sunday in November 2019)"),
         E("casualties", Q("قرابة ألف", 1000, approx=True), None, "2019-08", "المرصد", None, kind="aggregate",
           note="the toll of the four-month offensive of the regime and Russia (period about 2019-04..2019-08), a "
                "recall; strikes and ground fighting, so casualties; «إحصاء المرصد» is SOHR"),
         E("other", Q("ما يزيد على 400 ألف", 400000, None, True), None, "2019-08", "الأمم المتحدة", None,
           kind="aggregate", note="displacement by the same offensive, by the UN's count: an aggregate"),
         E("airstrike", Q("عشرات", 20, 90, True), PL("إدلب", "Idlib", "Idlib", nth=1), "2019-11", None, None,
           kind="aggregate",
           note="the truce's raids (Syrian and Russian) since late August killed tens of civilians: a running toll "
                "naming one cause (raids; the scattered clashes are not tied to the dead), so airstrike aggregate; "
                "period 2019-08..2019-11; a coder could leave it as background"),
         E("airstrike", Q("ثمانية", 8, nth=1), PL("إدلب", "Idlib", "Idlib", nth=1), "2019-11-13", "المرصد", RUS,
           note="last Wednesday's raids (the 13th), SOHR's telling goes on; no place but the province"),
         E("airstrike", Q("ستة", 6), PL("إدلب", "Idlib", "Idlib", nth=1), "2019-11-08", "المرصد", RUS,
           note="six killed five days before the Wednesday (the 8th); the same kind of act in SOHR's sentence")])

passage("kz07", "2025-12-16", "Al Jazeera", "the interior ministry's two operations against an IS cell in Idlib, told "
        "via SANA, the minister's meeting after the Palmyra attack | page: https://www.aljazeera.net/news/2025/12/16/"
        "وزير-الداخلية-السوري-يبحث-التدابير",
        "الداخلية السورية تعلن تفكيك خلية لتنظيم الدولة في إدلب\n"
        "ذكرت وزارة الداخلية السورية في إعلان صدر اليوم الثلاثاء أن قواتها اعتقلت أفراد خلية تتبع تنظيم الدولة في محافظة إدلب، في "
        "حين اجتمع الوزير أنس خطاب بقادة الأمن في البادية للوقوف على الوضع الأمني بعد الهجوم الذي طال مؤخراً "
        "عسكريين أميركيين في تدمر بوسط البلاد. ووفق ما أوردته وكالة الأنباء السورية (سانا)، فإن قيادة الأمن "
        "الداخلي في إدلب نجحت، بالتنسيق مع إدارة مكافحة الإرهاب في جهاز الاستخبارات العامة، في توقيف خلية للتنظيم "
        "تقف وراء عدد من الهجمات التي سمّتها \"إرهابية\" وطالت دوريات للأمن والجيش في محافظتي إدلب وحلب. وأوردت "
        "سانا نقلاً عن بيان للوزارة أن وحداتها الأمنية قبضت على 3 من أفراد الخلية وحيّدت رابعاً، وأن من أوقفوا أقرّوا في "
        "التحقيق بمشاركة أربعة آخرين في تلك العمليات، وذلك إثر هجوم تعرضت له دورية أمنية في معرة النعمان بريف إدلب. "
        "وأضافت الوزارة أن وحداتها شنّت، بناءً على ما توفر من معلومات، عملية ثانية انتهت باعتقال من تبقى من أعضاء "
        "الخلية، فبلغ مجموع الموقوفين 8 أشخاص.",
        [E("arrest", Q("3", 3), PL("إدلب", "Idlib", "Idlib"), "2025-12-16", "وزارة الداخلية السورية", NEWGOV,
           note="FIGURE CALL: the first operation (3 arrested, a fourth «neutralised»: a singular, no figure); the "
                "headline's and lead's cell arrest is the two operations told whole; the ministry relayed by SANA is "
                "the source; dated by the day of the announcement"),
         E("arrest", None, PL("إدلب", "Idlib", "Idlib"), "2025-12-16", "وزارة الداخلية السورية", NEWGOV,
           note="the second operation arrests the rest; «8» is the total of both operations (stop 34: a total "
                "equal to the incidents beside it is no event, and not this one's figure); a coder could code one "
                "arrest event with 8"),
         E("armed_clash", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), None, "وزارة الداخلية السورية", IS,
           note="the cell's attack on a security patrol, recalled without a day; the patrol attacks in Idlib and "
                "Aleppo are a habit (not coded)"),
         E("armed_clash", None, PL("تدمر", "Palmyra", "Homs"), None, None, None,
           note="the recent attack on US soldiers in Palmyra, recalled (no attacker named, no day); the minister's "
                "meeting is no event")])

passage("kz08", "2025-11-18", "TRT Arabi", "Israeli shelling and incursions in Quneitra and Daraa told from SANA, the "
        "day before's three incursions | page: https://www.trtarabi.com/article/42ec2c28f68b/amp",
        "سوريا.. جيش الاحتلال يتوغل في ريف درعا ويقصف ريف القنيطرة\n"
        "تابع الجيش الإسرائيلي انتهاكاته جنوب سوريا، فاستهدف ريف محافظة القنيطرة بأربع قذائف مدفعية، إثر توغل نفذه "
        "في ريف محافظة درعا.\n"
        "(من الأرشيف: مدرعات إسرائيلية تقطع طريقاً نحو مدينة القنيطرة)\n"
        "ونقلت الوكالة العربية السورية للأنباء \"سانا\" أن مدفعية الاحتلال قصفت حرش تل أحمر الشرقي في ريف القنيطرة "
        "الجنوبي، حيث سُجّل سقوط أربع قذائف، ولم تذكر وقوع ضحايا أو أضرار. وجاء القصف بعد ساعات من دخول القوات "
        "الإسرائيلية صباح الثلاثاء إلى ريفي القنيطرة ودرعا، وذلك في اليوم التالي لتوغلات ثلاثة نفذتها يوم الاثنين "
        "في ريف القنيطرة. وذكرت \"سانا\" أن ثلاث سيارات تقل قوة إسرائيلية دخلت بلدة رويحينة في ريف القنيطرة الأوسط، "
        "وفتش أفرادها منزلاً هناك. وأضافت أن قوة ثانية من ثلاث سيارات عسكرية تقدمت مسافة قصيرة داخل حوض اليرموك "
        "في الريف الغربي لدرعا، ثم عادت أدراجها. وكان الجيش الإسرائيلي قد توغل الاثنين ثلاث مرات في ريف القنيطرة، طالت "
        "بلدات منها أم عظام والصمدانية الغربية والصمدانية الشرقية، بحسب \"سانا\".",
        [E("shelling", Q("أربع", 4), PL("تل أحمر الشرقي", "Tal Ahmar al-Sharqi", "Quneitra"), "2025-11-18",
           "الوكالة العربية السورية للأنباء \"سانا\"", ISR,
           note="the lead's four shells and SANA's detail are one shelling; the grove is placed at the hill it "
                "is named for (the most specific place); no dead, so the shells are the figure"),
         E("other", None, PL("رويحينة", "Ruwayhinah", "Quneitra"), "2025-11-18", "سانا", ISR,
           note="TYPE CALL: an incursion with a house searched and no arrest or fight: `other` (ACLED's strategic "
                "development); the lead's «incursions in Quneitra and Daraa» are this and the next told together"),
         E("other", None, PL("حوض اليرموك", "Yarmouk Basin", "Daraa"), "2025-11-18", "سانا", ISR,
           note="the second force's brief incursion (headline's «توغل في ريف درعا»); «وأضافت» carries SANA"),
         E("other", Q("ثلاث", 3, nth=4), PL("أم عظام", "Umm Izam", "Quneitra"),
           "2025-11-17", "سانا", ISR,
           note="Monday's three incursions, told twice (the recall and the last sentence): one event over a list of "
                "towns (group), the count of incursions is its figure; a coder could code three")])

passage("kz09", "2024-08-13", "963+", "an arrest campaign in Afrin by the Military Police told by a local source, with "
        "two recalls (a tanker bomb in Azaz, the July protests) | page: https://963media.com/21570",
        "حلب\n"
        "ألقى فصيل منضوٍ في \"الجيش الوطني\" الذي تدعمه تركيا القبض على ما يزيد على 20 من أهالي عفرين في ريف حلب "
        "الشمالي خلال اليومين الأخيرين، بحسب ما نقلته مصادر محلية لموقع \"963+\". وأوضح مصدر محلي أن \"الشرطة "
        "العسكرية\" في الجيش الوطني احتجزت 21 شخصاً من عفرين، بينهم نساء وطفلة، من دون توجيه تهم معروفة إليهم، "
        "وقد حصل الموقع على أسماء 14 منهم. وتابع المصدر أن المحتجزين تعرضوا للضرب ولأشكال مختلفة من التعذيب داخل "
        "سجون \"الشرطة العسكرية\"، التي أطلقت سراح بعضهم بإلقائهم في الطرقات، بينما بقي آخرون رهن الاحتجاز. وذكر "
        "المصدر أن المعتقلين هُددوا بالقتل إن تكلموا أو تقدموا بشكاوى، وأن أحدهم أُرغم على تسليم نفسه بعد تعذيب "
        "زوجته وأولاده. وسمّى المصدر عنصرين في \"الشرطة العسكرية\"، هما سامر حج يوسف و\"أبو خالد الديري\"، قال إنهما "
        "أشرفا على حملة الاعتقال. وفي السابع من آب/أغسطس الحالي، سقط نحو 15 شخصاً بين قتيل وجريح جراء انفجار عبوة "
        "ناسفة زُرعت في صهريج قرب حاجز الشط في إعزاز بريف حلب. وتشهد مدينة عفرين توتراً متصاعداً منذ الاحتجاجات التي "
        "خرجت في الأول من تموز/يوليو الماضي تضامناً مع السوريين اللاجئين الذين تعرضوا لاعتداءات في ولاية قيصري "
        "التركية، وقُتل خلالها 6 أشخاص وجُرح 45 بإطلاق الرصاص.",
        [E("arrest", Q("ما يزيد على 20", 20, None, True), PL("عفرين", "Afrin", "Aleppo"), "2024-08-13", "مصادر محلية",
           SNA,
           note="FIGURE CALL: the lead's «more than 20» and the source's 21 are one campaign; the first figure the "
                "text writes (stop 34); a coder could take 21; over the last two days, dated by the page (inferred "
                "from «7 آب الحالي», August 2024); 14 names are no figure"),
         E("explosion", Q("نحو 15", 15, approx=True), PL("إعزاز", "Azaz", "Aleppo"), "2024-08-07", None, None,
           note="a recall with its own day: a combined killed-and-wounded figure with no dead apart is the act's "
                "figure; the checkpoint is placed at its town"),
         E("protest", Q("6", 6, nth=1), PL("عفرين", "Afrin", "Aleppo", nth=2), "2024-07-01", None, PROT,
           note="the July 1 protests fired on (the shooter is cut off in the page): a protest event whose dead are "
                "its figure; Kayseri is the cause's place, not the event's")])

passage("kz10", "2018-03-08", "NSO", "a district centre taken in Operation Olive Branch with the YPG's dead, Turkish shelling "
        "told by activists, more villages taken | page: https://www.nso-sy.com/Details/990/جنديرس-في-قبضة-مقاتلي-\"غصن-"
        "الزيتون\"-وقتلى-مدنيون-نتيجة-قصف-مدفعي-تركي-بريف-عفرين/ar",
        "مقاتلو \"غصن الزيتون\" يسيطرون على جنديرس، ومدنيون قتلى بقذائف المدفعية التركية في ريف عفرين\n"
        "(صورة: ناحية جنديرس جنوب غربي عفرين، وقد دخلها مقاتلو العملية بعد معارك مع وحدات حماية الشعب YPG)\n"
        "قالت اليوم فصائل \"الجيش الحر\" المنخرطة في عملية \"غصن الزيتون\" إنها انتزعت مركز ناحية جنديرس الواقع جنوب "
        "غربي مدينة عفرين، إثر معارك خاضتها ضد PYD، أي حزب الاتحاد الديموقراطي، وأعلنت كذلك أنها استولت على "
        "عدد من القرى في طريق زحفها نحو عفرين. وخلّفت المعارك حول جنديرس عشرة قتلى في صفوف \"وحدات حماية الشعب - "
        "YPG\"، في حين ذكر ناشطون أن سيدتين جُرحتا أمس في بلدة جنديرس بقذائف أطلقتها المدفعية التركية، وأن أربعة "
        "مدنيين من أسرة واحدة، منهم طفل، لقوا حتفهم بقصف مشابه طال حي ترندة بعفرين. وفي الوقت ذاته، واصلت "
        "فصائل العملية تقدمها اليوم صوب عفرين، فسيطرت على معسكر زغور وقريتي مزرعة القاضي ومعرسته في محيط شران، "
        "إضافة إلى شوارغة الجور، القرية التي تتبع مدينة عفرين ولا تبعد عنها أكثر من 10 كم تقريباً. وبذلك تكون "
        "جنديرس خامس مركز ناحية يقع في يد فصائل \"الحر\" منذ أن بدأت \"غصن الزيتون\" في العشرين من كانون الثاني الماضي، ولم "
        "يبقَ أمامها لاستكمال السيطرة على المراكز الكبرى في المنطقة سوى عفرين المدينة ومركز ناحية معبطلي.",
        [E("territory_change", Q("عشرة", 10), PL("جنديرس", "Jindires", "Aleppo", nth=2), "2018-03-08",
           "فصائل \"الجيش الحر\"", FSA,
           note="the district centre taken (headline, caption, lead); the fighting around it killed ten YPG: the "
                "taking's deaths, one event; the factions announce it (source)"),
         E("territory_change", None, PL("معرسته", "Maarasta", "Aleppo"), "2018-03-08", "فصائل \"الجيش الحر\"", FSA,
           note="the lead's «several villages» told in detail later (group: معسكر زغور, مزرعة القاضي, معرسته, شوارغة "
                "الجور): one act over a list; 10 km is a measure, no figure; a coder could give the outlet as "
                "source for the detailed sentence"),
         E("shelling", None, PL("جنديرس", "Jindires", "Aleppo", nth=4), "2018-03-07", "ناشطون", TUR,
           note="two women wounded (a dual; the wounded are never the figure)"),
         E("shelling", Q("أربعة", 4), PL("ترندة", "Tirinde", "Aleppo"), "2018-03-07", "ناشطون", TUR,
           note="four of one family killed by «similar shelling» on a quarter of Afrin; DATE CALL: told in the same "
                "sentence as yesterday's shelling, so yesterday; a coder could date it by the page. Jindires as the "
                "fifth centre since 20 January is background (an ordinal, no figure)")])

passage("kz11", "2018-07-25", "DW Arabic", "IS's attack on Sweida: a toll raised through the day (SOHR), suicide "
        "bombings, villages taken and retaken, the attackers' dead | page: https://wufengqin.com/dw/ar/هجمات-داعش-"
        "الحصيلة-الدموية-الأكبر-في-محافظة-السويداء/a-44827094",
        "حصيلة هجمات \"داعش\" في السويداء.. الأكثر دموية في تاريخ المحافظة\n"
        "25 تموز/يوليو 2018\n"
        "قال المرصد السوري لحقوق الإنسان، القريب من المعارضة، في تغريدة على تويتر إن عدد الذين سقطوا اليوم الأربعاء "
        "(25 تموز/يوليو 2018) في المواجهات والتفجيرات التي نفذها تنظيم \"الدولة الإسلامية\" (داعش) في محافظة السويداء "
        "جنوبي سوريا تجاوز 220 قتيلاً. وتصاعدت الحصيلة على مراحل، فقد أحصى المرصد في الصباح 32 قتيلاً، ثم بلغت 183، "
        "وبعدها 221 في وقت لاحق، مع العثور على مزيد من الجثث في القرى التي هوجمت في الريف الشمالي للمحافظة. واستهل "
        "التنظيم هجومه صباح الأربعاء بأربعة انتحاريين فجّروا أحزمتهم الناسفة داخل مدينة السويداء، بالتزامن مع "
        "تفجيرات من النوع نفسه في قرى بريف السويداء الشرقي والشمالي الشرقي، أعقبها هجوم على تلك القرى أتاح له "
        "السيطرة على ثلاث منها من أصل سبع. وردّت قوات النظام بهجوم معاكس استعادت فيه القرى كلها، وأرغمت عناصر "
        "التنظيم على الانكفاء نحو البادية في الشمال الشرقي للمحافظة، بحسب المرصد. وقُتل في القصف والمعارك 38 مسلحاً "
        "من التنظيم، منهم سبعة انتحاريين. ورجّح المرصد ارتفاع الأعداد بسبب وجود جرحى في حالة حرجة ومفقودين "
        "لم يُعرف مصيرهم.",
        [E("casualties", Q("221", 221), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2018-07-25",
           "المرصد السوري لحقوق الإنسان", IS, kind="aggregate",
           note="FIGURE CALL: the day's toll of the whole attack (bombings and fighting, several kinds of act), raised "
                "by SOHR through the day: the latest, 221 («تجاوز 220», 32 and 183 are earlier tellings); coded as "
                "an aggregate of the day beside the acts; a coder could tie it to the attack as one event"),
         E("explosion", Q("أربعة", 4), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2018-07-25",
           "المرصد السوري لحقوق الإنسان", IS,
           note="four suicide bombers in the city: no dead of its own apart from the day's toll, so the bombers "
                "are its count; SOHR's telling goes on"),
         E("territory_change", Q("ثلاث", 3), PL("ريف السويداء الشرقي", "Eastern Suwayda countryside", "As-Suwayda"),
           "2018-07-25", "المرصد السوري لحقوق الإنسان", IS,
           note="IS takes three of the seven villages it attacked (the village bombings before the assault are "
                "folded into it; a coder could code them as an explosion)"),
         E("territory_change", Q("38", 38), PL("ريف السويداء الشرقي", "Eastern Suwayda countryside", "As-Suwayda"),
           "2018-07-25", "المرصد", GOV,
           note="the regime's counter-attack retakes all the villages; the 38 IS dead «in the shelling and the "
                "fighting» are its deaths (seven bombers a breakdown); the desert is where IS withdrew, not the place")])

passage("kz12", "2011-10-29", "Al-Masryoon", "clashes with defectors in Homs told by activists and SOHR, a dawn "
        "battle, arrests in Deir ez-Zor, a spokesman's figure of defectors | page: https://www.masress.com/almesryoon/84458",
        "قال ناشطون إن 17 جندياً سورياً لقوا حتفهم مساء أمس الجمعة في مواجهات اندلعت مع عسكريين منشقين في مدينة حمص "
        "وسط البلاد. وأوضح المرصد السوري لحقوق الإنسان (ومقره لندن) أن مسلحين يُرجَّح أنهم منشقون "
        "استهدفوا أمس حاجزين للجيش في حمص، وأن مواجهات دارت ليلاً في حي باب السباع أسفرت عن تدمير عربتين عسكريتين "
        "وجرح عشرات الجنود. وتحدث سكان في حمص عن معارك ضارية شهدتها المدينة فجر اليوم، بينما أكد شهود آخرون أن "
        "الجيش وقوات الأمن نفذوا حملات دهم واعتقال في دير الزور. ورصد المرصد تنامي حالات التمرد في صفوف الجيش "
        "خلال الأيام القليلة الماضية، وتكرر المواجهات بين المتمردين والقوات النظامية. وذكر ناشطون في حمص أيضاً أن "
        "عدداً ممن يُعرفون بالشبيحة سقطوا قتلى في اشتباكات شرسة مع عناصر منشقة في حيي البياضة والملعب. وقال عمر "
        "إدلبي، المتحدث باسم لجان التنسيق المحلية، إن خمسين جندياً سورياً وضابطاً يحمل رتبة عميد انشقوا في حمص "
        "بسبب تصاعد العنف.",
        [E("armed_clash", Q("17", 17), PL("باب السباع", "Bab al-Sebaa", "Homs"), "2011-10-28", "ناشطون", FSA,
           note="the activists' 17 dead and SOHR's attack on two checkpoints with the night clashes in Bab al-Sebaa "
                "are one incident: the quarter is the most specific place, the first telling's source; the wounded "
                "and the two vehicles are not figures"),
         E("armed_clash", None, PL("حمص", "Homs", "Homs", nth=2), "2011-10-29", "سكان في حمص", None,
           note="fierce fighting in the city at dawn today, by residents"),
         E("arrest", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2011-10-29", "شهود آخرون", GOV,
           note="raids and arrests in Deir ez-Zor, undated: dated by the page"),
         E("armed_clash", None, PL("البياضة", "Al-Bayada", "Homs"), "2011-10-29", "ناشطون في حمص", FSA,
           note="shabiha killed in clashes with defectors in two quarters (group: البياضة, الملعب); «عدد» is no "
                "figure; SOHR's growing mutiny is a trend, not an event"),
         E("defection", None, PL("حمص", "Homs", "Homs", nth=4), None, "عمر إدلبي", GOV,
           note="FIGURE CALL: «fifty soldiers and a brigadier»: a number joined by «و» to a singular gives no figure "
                "(stop 34: the text writes no total); a coder could take 50; no day")])

passage("kz13", "2018-07-12", "Al-Araby Al-Jadeed", "Russian police and regime forces enter Daraa al-Balad after the "
        "handover of heavy arms, told by the outlet, Sputnik's military source and Hezbollah's media "
        "| page: https://www.aajsa.com/الشرطة-الروسية-تدخل-درعا-البلد-وسط-انتشار-لقوات-النظام",
        "قوات النظام تنتشر في درعا البلد بعد دخول الشرطة الروسية\n"
        "12 تموز 2018\n"
        "(تسلّم الشرطة الروسية للسلاح الثقيل من المعارضة سبق دخولها - يوسف ثروشان/AFP)\n"
        "مساء الخميس، وصلت الشرطة العسكرية الروسية إلى أحياء درعا البلد جنوبي البلاد، بعد أن أنهت فصائل \"الجيش "
        "السوري الحر\" تسليم سلاحها الثقيل، تطبيقاً لاتفاق جرى التوصل إليه سابقاً. وبحسب ما نقلته وكالة \"سبوتنيك\" "
        "الروسية عن مصدر عسكري في جيش النظام، فقد انتشرت قوات الأخير في أحياء درعا البلد كلها. أما وحدة الإعلام "
        "الحربي المركزي التابعة لحزب الله اللبناني، فقالت إن جنود النظام رفعوا علمهم في الساحة العامة بدرعا، قبالة "
        "مبنى البريد. وتمّ الدخول بعدما سلّمت فصائل المعارضة الموجودة في الحي أسلحتها الثقيلة إلى الشرطة الروسية، وفق "
        "اتفاق يقضي بأن تتسلم قوات النظام المخافر على الحدود الأردنية، وأن تنسحب بالمقابل من الأحياء التي تقدمت إليها "
        "مؤخراً ومن قرى بريف المحافظة الشرقي. وكان \"الجيش الحر\" قد طالب روسيا قبل يومين بسحب قوات النظام من حي "
        "سجنة في مدينة درعا كي يتمكن المدنيون من العودة إليه. وبهذا تغدو مدينة درعا بكاملها في قبضة قوات النظام "
        "والشرطة الروسية، على أن يُرحَّل في المرحلة المقبلة كل من يرفض التسوية والمصالحة إلى الشمال السوري.",
        [E("territory_change", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2018-07-12", None, GOV,
           note="SOURCE CALL: the Russian police's entry (outlet, headline and lead) and the regime's deployment in "
                "all its quarters (Sputnik's military source) and flag raising (Hezbollah's media) are one takeover "
                "of Daraa al-Balad under a deal; the lead tells it first, without source; a coder could name the "
                "military source. The flag in the square is placed with it. Russia's police ride along (a second "
                "agent)"),
         E("other", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2018-07-12", None, FSA,
           note="the factions hand over heavy arms to the Russian police, told twice: `other` (a handover under a "
                "deal); a coder could fold it into the takeover. The earlier deal is background (no day)"),
         E("statement", None, PL("سجنة", "Sijneh", "Daraa"), "2018-07-10", "\"الجيش الحر\"", FSA,
           note="the FSA's demand two days before that the regime leave Sijneh: a named body's call (stop 32); the "
                "coming expulsion of those who refuse the deal is future: not coded")])

passage("kz14", "2022-10-18", "SY24", "local groups against an IS cell in Jasim: a leader's death announced, a day of "
        "fighting with a house blown up, regime shelling, the regime's claim | page: https://sy-24.com/96355",
        "قالت المجموعات المحلية في مدينة جاسم، شمال غربي درعا، في بيان انتشر على شبكات التواصل، إن قيادياً بارزاً في "
        "داعش يُعرف بلقب \"أبو عبد الرحمن العراقي\" قد قُتل. وبحسب ما نقله مراسلنا، فإن المعارك بالأسلحة "
        "الثقيلة تجددت أمس الاثنين بين مجموعات من أهالي جاسم وريف درعا وخلية تتبع التنظيم، وانتهت بحصار عناصر الخلية "
        "داخل البيوت التي احتموا بها. واشتدت حدة المواجهات داخل المدينة، في وقت قصفت فيه مدفعية قوات النظام أطرافها، "
        "وحوصرت خليتان للتنظيم، فيهما أمراء وقادة، في بيوت قريبة من مبنى البريد. وعلى إثر ذلك، نسفت المجموعات "
        "المهاجمة بيتاً كان عناصر داعش يتحصنون فيه، فقُتل ثلاثة أشخاص وُجدت جثثهم في داخله، وقال قائد محلي ينحدر من "
        "جاسم إنهم ينتمون إلى التنظيم، بينما بقي حظر التجول مفروضاً على المدينة لليوم الخامس تباعاً. وأضاف مراسلنا أن "
        "العملية أدارها مقاتلون محليون يسمّون أنفسهم \"ثوار المنطقة\"، وأن قوات النظام خرجت كلياً من المنطقة خلال "
        "العملية، لكنها ادعت عبر إعلامها الرسمي أنها أسهمت في قتل عناصر من التنظيم.",
        [E("armed_clash", Q("ثلاثة", 3), PL("جاسم", "Jasim", "Daraa"), "2022-10-17", "مراسلنا", None,
           note="FIGURE CALL: Monday's fighting between local groups and the IS cell, ending with a house blown up "
                "and three IS members found dead: one clash, its dead the figure; the leader's death announced by "
                "the local groups (no day) is told as its outcome (a coder could code it apart, with the groups as "
                "source); local ex-opposition groups have no canonical actor; the regime's claim is no event"),
         E("shelling", None, PL("جاسم", "Jasim", "Daraa", nth=1), "2022-10-17", "مراسلنا", GOV,
           note="regime artillery on the town's outskirts during the fighting: another kind of act, the outlet's "
                "own reporter carries; the curfew is no event")])

passage("kz15", "2024-02-29", "Ultra Sawt", "fire on a protest at a settlement centre in Sweida, a second protest "
        "after it, Sheikh al-Hijri's call, background of the call to protest | page: https://usawtiq.com/الأول-منذ-بداية-"
        "الاحتجاجات-مقتل-متظاهر-برصاص-النظام-السوري-في-السويداء/الترا-صوت/سياق-متصل/سياسة",
        "(الترا صوت) - احتجاجات السويداء، 29 شباط 2024\n"
        "تقول مصادر محلية إن المتظاهر فراس العنداري قضى برصاص عناصر أمن النظام، وإن عماد الشعراني جُرح، "
        "قرب صالة السابع من نيسان، وقد صارت مقراً للتسويات الأمنية.\n"
        "لقي متظاهر حتفه وجُرح آخر في السويداء، حين فتحت قوات أمن النظام السوري النار عشوائياً على محتجين تجمعوا قبالة "
        "مركز للتسويات الأمنية في وسط المدينة. ووفق مصادر محلية، فإن فراس العنداري قُتل برصاص الأمن، بينما أصيب عماد "
        "الشعراني، عند صالة السابع من نيسان، المقر الذي خُصص للتسويات. وعقب إطلاق النار، مزّق محتجون صور رئيس "
        "النظام في ساحة المستشفى الوطني بالسويداء، وسط موجة احتجاج واسعة. ودعا الشيخ حكمت الهجري، الزعيم الروحي "
        "للموحدين الدروز، إلى تشييع القتيل بوصفه \"شهيداً للواجب\"، واصفاً من قتلوه بـ\"أيادي الغدر\"، ومشدداً "
        "على وجوب التمسك بسلمية الحراك. وكانت دعوات محلية قد حثّت على التظاهر بشكل سلمي أمس، اعتراضاً على معاودة "
        "فتح مركز التسويات الأمنية بالمحافظة بعد أشهر من توقفه بفعل الحراك الشعبي المستمر في السويداء، وسط أحاديث "
        "عن أن الغاية من فتحه تسجيل أسماء المشاركين في الحراك.",
        [E("protest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2024-02-28", "مصادر محلية", PROT,
           note="DATE CALL: fire on a protest is one protest event with its dead (one, no figure; the wounded never "
                "are); the protest was called for «أمس», so the 28th; the hall is placed at its city; the glued "
                "summary line and the body tell it twice"),
         E("protest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2024-02-28", None, PROT,
           note="the wider protest after the shooting (pictures torn in the hospital square): a second protest at "
                "the same city, placed at the city"),
         E("statement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2024-02-29", "الشيخ حكمت الهجري",
           None,
           note="al-Hijri's call to bury the dead as a martyr and keep the movement peaceful: a named figure's call "
                "(stop 32); undated, dated by the page")])

passage("kz16", "2025-03-07", "Al-Saymar (AFP, Reuters)", "the coast on 7 March 2025: SOHR's executions with a running "
        "toll and its breakdown, a killing of twenty men verified by Reuters | page: https://saymar.org/2025/03/183469.html",
        "فيينا / الجمعة 7 آذار 2025 - وكالة السيمر الإخبارية\n"
        "ذكر المرصد السوري لحقوق الإنسان أن قوات الأمن السورية \"أعدمت\" اليوم الجمعة 90 مدنياً من الطائفة العلوية، التي "
        "ينتمي إليها بشار الأسد، الرئيس المخلوع، في معقلها غربي البلاد، أثناء حملة تمشيط واسعة. وصرّح رامي عبد الرحمن، "
        "مدير المرصد، لفرانس برس بأن بين من أعدمتهم قوات الأمن ست نساء، وإن الإعدامات جرت في بانياس "
        "واللاذقية وجبلة ومناطقها. ولفت كذلك إلى سقوط 45 مقاتلاً من أنصار الأسد و50 عنصراً من قوات الأمن، لتبلغ حصيلة القتلى "
        "منذ بدء العنف يوم الخميس 185. من جهة أخرى، نقل ناشطان علويان والمرصد، استناداً إلى مصادر وإلى تسجيل مصور، أن "
        "مسلحين قتلوا ما لا يقل عن 20 رجلاً من أهالي بلدة علوية في ريف الساحل اليوم الجمعة. وتحققت رويترز من مكان "
        "تصوير المقطع في المختارية القريبة من طريق سريع، بمطابقة الطريق والمباني والأشجار والمنشآت الظاهرة فيه مع "
        "صور الأقمار الصناعية للبلدة. ويُظهر التسجيل جثث 20 رجلاً في الأقل ممددة جنباً إلى جنب وسط البلدة قرب الطريق، "
        "وقد تلطخ بعضها بالدماء. ولم يتسنَّ التأكد بعد من يوم التصوير أو ممن صوّره، إلا أن اتجاه الظلال يدل على أنه "
        "صُوّر صباحاً في غضون الشهرين الأخيرين.",
        [E("casualties", Q("90", 90), PL("بانياس", "Baniyas", "Tartus"), "2025-03-07",
           "المرصد السوري لحقوق الإنسان", NEWGOV,
           note="executions are casualties (no fight); one act told over three areas (group: بانياس, اللاذقية, "
                "جبلة); six women a breakdown"),
         E("casualties", Q("185", 185), None, "2025-03-07", "رامي عبد الرحمن", None, kind="aggregate",
           note="the running toll since Thursday (period 2025-03-06..07): 90 executed, 45 Assad loyalists and 50 "
                "security men are its breakdown (the fighters' deaths have no act or place of their own)"),
         E("casualties", Q("ما لا يقل عن 20", 20, None, True), PL("المختارية", "Al-Mukhtariyah", "Latakia"),
           "2025-03-07", "ناشطان علويان", UNK,
           note="gunmen kill twenty men of an Alawite town: a killing told with no fight (a massacre), so "
                "casualties (a second coder could code armed_clash, the gunmen being unnamed); the town's name "
                "comes from Reuters' verification, the same incident; the video's «20 in the least» is a second "
                "telling")])

passage("kz17", "2025-03-08", "Al-Alam", "SOHR's tolls of the coast (civilians, the total and its breakdown), a glued "
        "«read also» headline, accounts on social media | page: https://www.alalam.ir/news/7202648",
        "العالم - سوريا\n"
        "وأحصى المرصد 532 قتيلاً من المدنيين العلويين في الساحل وفي جبال اللاذقية برصاص قوات الأمن ومجموعات تساندها "
        "منذ يوم الخميس الماضي، متحدثاً عن تصفيات على خلفية طائفية ومناطقية وإعدامات ميدانية رافقتها أعمال "
        "نهب للبيوت والممتلكات. وبلغ إجمالي القتلى منذ اندلاع المواجهات 745، منهم 213 مسلحاً من الطرفين، بحسب المرصد "
        "الذي عدّ 93 قتيلاً من مقاتلي الإدارة العسكرية و120 من المسلحين المعارضين للسلطة الجديدة.\n"
        "اقرأ أيضاً: سوريا.. جماعات مسلحة تقتل 162 مدنياً غربي البلاد في مجازر (فيديو)\n"
        "وتداول مستخدمون وناشطون على وسائل التواصل، ولا سيما فيسبوك، منشورات عن مقتل مدنيين من عائلاتهم وأصدقائهم من "
        "أبناء الطائفة العلوية في المنطقة، وكتبت إحدى الناشطات أن أمها وإخوتها \"ذُبحوا كلهم داخل بيتهم\". وناشد سكان "
        "في مدينة بانياس، عبر منشورات على فيسبوك، التدخل لحمايتهم. كما نشر ناشطون والمرصد السوري يوم الجمعة تسجيلات "
        "مصورة تظهر عشرات الجثث بثياب مدنية مكوّمة إلى جانب بعضها في باحة منزل، تحيط ببعضها بقع دماء، فيما كانت نساء "
        "ينتحبن في المكان.",
        [E("casualties", Q("532", 532), PL("الساحل", "Syrian coast"), "2025-03-08", "المرصد", NEWGOV,
           kind="aggregate",
           note="civilians killed since Thursday (period 2025-03-06..08) by the security forces and allied groups: "
                "killings with no fight, casualties; the coast is a multi-governorate region (no governorate)"),
         E("casualties", Q("745", 745), PL("الساحل", "Syrian coast"), "2025-03-08", "المرصد", None,
           kind="aggregate",
           note="the total since the clashes began; 213 fighters (93 + 120) are its breakdown. NOT CODED: the glued "
                "«اقرأ أيضاً» headline (162 civilians: another article, stop 32), the accounts on social media (no "
                "place or day), the appeal from Baniyas and the videos (tellings of the same killings)")])

passage("kz18", "2017-06-09", "Kurdistan24", "the SDF take three Raqqa quarters, the sugar factory and the 17th Division base, "
        "told by the outlet's reporter and a commander to Sputnik; the «great battle» announced earlier "
        "| page: https://www.kurdistan24.net/ar/story/7521-\"غضب-الفرات\"-تحرر-عدة-احياء-وتواصل-تقدمها-بالرقة",
        "\"غضب الفرات\" تنتزع أحياء جديدة وتواصل زحفها داخل الرقة\n"
        "انتزعت قوات سوريا الديمقراطية عدداً من الأحياء ومنطقة عسكرية، إلى جانب معمل السكر، في إطار حملة \"غضب "
        "الفرات\" التي تسعى إلى إخراج تنظيم داعش من مدينة الرقة، وهي تتابع تقدمها وسط قتال عنيف.\n"
        "أربيل (كوردستان24) - أفاد آزاد حسن، مراسل كوردستان24، اليوم الجمعة، بأن قوات سوريا الديمقراطية طردت التنظيم "
        "من أحياء السباهية والجزرة والمشلب، واستولت أيضاً على معمل السكر وعلى مقر الفرقة 17 في الجهة الشمالية من "
        "الرقة. ونقلت وكالة \"سبوتنيك\" الروسية عن أيمن الغانم، قائد لواء \"صقور الرقة\"، قوله إن مقاتلي قسد أحكموا "
        "قبضتهم بالكامل على مقر الفرقة 17 وعلى المعمل. وكانت حملة \"غضب الفرات\"، التي تتبع قوات سوريا الديمقراطية، "
        "قد أعلنت في الأسبوع الماضي انطلاق \"المعركة الكبرى\" لاستعادة الرقة من التنظيم. ويُذكر أن داعش استولى على "
        "المدينة عام 2014 إثر معارك ضارية مع فصائل معارضة مسلحة، ومنذئذ جعل منها قاعدة لعملياته وحروبه.",
        [E("territory_change", None, PL("السباهية", "Al-Sabahiyah", "Raqqa"), "2017-06-09", "مراسل كوردستان24", SDF,
           note="three quarters taken (group: السباهية, الجزرة, المشلب); the headline and lead tell them whole"),
         E("territory_change", None, PL("الفرقة 17", "17th Division base", "Raqqa"), "2017-06-09",
           "مراسل كوردستان24", SDF,
           note="the 17th Division base (a named base is the place, stop 28; the unit number is a name) with the "
                "sugar factory, told by the reporter and again by the commander: one taking; a coder could fold it "
                "into the quarters' group (one sentence lists them all)"),
         E("statement", None, PL("الرقة", "Raqqa", "Raqqa", nth=4), None, "حملة \"غضب الفرات\"", SDF,
           note="the campaign's announcement of the «great battle» last week: a named body's announcement (stop "
                "32), no day. IS's taking of the city in 2014 is background history: not coded")])

passage("kz19", "2015-02-06", "AFP via Riyadh Post", "regime raids on Douma with an AFP photographer's scene, the day "
        "before's rockets on Damascus and raids on Ghouta with their tolls, the war's toll | page: https://riyadhpost.live/126",
        "لقي 15 شخصاً على الأقل مصرعهم في ضربات جوية نفذها الطيران الحربي السوري على مدينة دوما القريبة من دمشق، وفق "
        "المرصد السوري لحقوق الإنسان. وأشار المرصد إلى أن غارات النظام خلّفت أيضاً عشرات الجرحى. وفي مستشفى ميداني بدوما، "
        "رأى مصور لوكالة فرانس برس طفلة وطفلاً يبكيان، بينما كان المسعفون يعالجون مصابين منهم فتى غطت الدماء وجهه. وفي "
        "الخارج، كان الأهالي ينبشون الركام ويحملون الجرحى إلى المستشفى، في حين حاول أحد عناصر الدفاع المدني إطفاء نار "
        "أشعلتها الغارات بخرطوم ماء. وكانت قوات النظام قد شنت الخميس غارات مكثفة على دوما، معقل المعارضة شرقي "
        "العاصمة، رداً على إطلاق \"جيش الإسلام\" ما يزيد على 120 قذيفة وصاروخاً على دمشق. وأودى القصف على العاصمة بحياة "
        "عشرة أشخاص، منهم طفل، في حين قُتل 82 شخصاً على الأقل، منهم 18 طفلاً، جراء الغارات وصواريخ أرض-أرض التي "
        "استهدفت الغوطة الشرقية. وتخضع الغوطة الشرقية، أهم معاقل المسلحين في محافظة دمشق، لحصار يفرضه الجيش السوري "
        "منذ ما يزيد على سنة، ويعاني عشرات الآلاف من سكانها نقصاً في الغذاء والدواء. وتخطت حصيلة قتلى الحرب في سوريا، "
        "منذ أن بدأ النزاع في آذار 2011، الـ210 آلاف شخص.",
        [E("airstrike", Q("15", 15, None, True), PL("دوما", "Douma", "Rif Dimashq"), "2015-02-06", "المرصد السوري لحقوق الإنسان",
           GOV,
           note="DATE CALL: the raids with 15 dead are undated; the page (AFP, February 2015) tells Thursday's raids "
                "as the day before, so the lead is dated by the page (inferred as the Friday); a coder could read "
                "the 15 as part of Thursday's raids on Douma; tens wounded are not the figure"),
         E("shelling", Q("عشرة", 10), PL("دمشق", "Damascus", "Damascus", nth=1), "2015-02-05", None, FSA,
           note="Jaysh al-Islam's more than 120 shells and rockets on the capital killed ten: the dead are the "
                "figure; Jaysh al-Islam is an opposition faction"),
         E("airstrike", Q("82", 82, None, True), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), "2015-02-05",
           None, GOV,
           note="Thursday's raids and surface-to-surface missiles on Eastern Ghouta, Douma's raids among them: one "
                "day's act over the region with its dead (airstrike, the first act named; a coder could code "
                "shelling for the missiles); 18 children a breakdown. The siege is a state: not coded"),
         E("casualties", Q("الـ210 آلاف", 210000, None, True), None, "2015-02", None, None, kind="aggregate",
           note="the war's toll since March 2011 (a bound by a verb: low 210000, open)")])

passage("kz20", "2015-05-27", "Al Jazeera (mirror)", "IS executions in Palmyra told by the channel's reporter and by "
        "SOHR, the YPG's taking of a town, an IS attack near T4, the fall of Palmyra recalled "
        "| page: http://arab.tingroom.com/wap/index.php?itemid=14771&moduleid=34",
        "تنظيم الدولة يعدم مقاتلين في تدمر، والوحدات الكردية تتقدم في الحسكة\n"
        "أقدم تنظيم الدولة الإسلامية على إعدام 15 مقاتلاً على الأقل بإطلاق النار عليهم في تدمر بوسط سوريا. في غضون "
        "ذلك، أعلنت وحدات حماية الشعب الكردية أن عناصرها سيطروا بالكامل على المبروكة، وهي بلدة بالريف الغربي للحسكة، "
        "إثر مواجهات مع التنظيم. وذكرت مصادر محلية في تدمر، المدينة التي تتبع ريف حمص الشرقي، لمراسل الجزيرة أن بين من "
        "أُعدموا مقاتلين إيرانيين وأفغاناً وقعوا في الأسر خلال القتال الذي انتهى بسقوط المدينة بيد التنظيم. وفي سياق "
        "آخر، نقل المراسل عن مصادر في التنظيم أن مسلحيه هاجموا مواقع لقوات النظام حول مطار التيفور العسكري وحقلي "
        "شاعر وجحار شرقي حمص، سعياً للاستيلاء على موارد الغاز والنفط التي تُعد الأضخم في البلاد. أما رامي عبد "
        "الرحمن، الذي يدير المرصد السوري لحقوق الإنسان، فقال إن التنظيم قتل عشرين رجلاً بالرصاص داخل المسرح الروماني "
        "في تدمر، أمام عدد من السكان، متهماً إياهم بأنهم \"شيعة ونصيريون\" قاتلوا في صفوف النظام. وكان التنظيم قد "
        "انتزع تدمر الأثرية يوم 21 أيار الحالي، بعد أن انسحبت منها قوات النظام إثر معارك دامت تسعة أيام.",
        [E("casualties", Q("15", 15, None, True), PL("تدمر", "Palmyra", "Homs"), "2015-05-27",
           "مصادر محلية", IS,
           note="FIGURE CALL: executions are casualties; the channel's 15 (local sources) and SOHR's twenty in the "
                "Roman theatre are taken as one execution told by two sources (stop 34: the first figure); a coder "
                "could code two (the page does not say they are one); undated, the page's day"),
         E("territory_change", None, PL("المبروكة", "Al-Mabrouka", "Al-Hasakah"), "2015-05-27",
           "وحدات حماية الشعب الكردية", SDF,
           note="the YPG (canonical SDF) take the whole town; the YPG announce it"),
         E("armed_clash", None, PL("مطار التيفور العسكري", "T4 (Tiyas) airbase", "Homs"), "2015-05-27",
           "مصادر في التنظيم", IS,
           note="an IS attack on regime positions around the airbase and two gas fields (group: مطار التيفور "
                "العسكري, شاعر, جحار); the airbase is a listed military site; the aim is no event"),
         E("territory_change", None, PL("تدمر", "Palmyra", "Homs", nth=4), "2015-05-21", None, IS,
           note="the fall of Palmyra on 21 May, recalled with its own day; the nine days of fighting are part of it")])

passage("kz21", "2024-06-26", "Arab Khabar", "protests against HTS's leader in Idlib with two glued posts from X, "
        "arrests by HTS's General Security and a tally of the last days | page: https://arabkhabar.com/a/2801311",
        "تجددت التظاهرات الحاشدة في أكثر من موقع بمدينة إدلب وريفها شمال غربي سوريا، مطالبةً بإسقاط أبو محمد الجولاني، "
        "زعيم هيئة تحرير الشام، وبإطلاق من اعتُقلوا أثناء الحراك الشعبي المستمر في وجه القبضة الأمنية للهيئة. "
        "وأظهرت تسجيلات مصورة تناقلتها منصات التواصل مساء الثلاثاء مئات المحتجين في مخيمات أطمة وأرمناز وجبل الزاوية "
        "وبنش، وهم يرددون هتافات ضد هيئة تحرير الشام وضد التضييق الأمني والقمع الذي يلاحق المتظاهرين.\n"
        "(منشور على إكس: \"كيف يشعر أمنيّو الجولاني حين يسمعون أهالي إدلب ينعتونه بعدو الله؟\" - ابن قاسيون، 25 "
        "حزيران 2024)\n"
        "(منشور على إكس: تظاهرة كبيرة في بنش بريف إدلب ضد هيئة تحرير الشام - زمان الوصل، 25 حزيران 2024)\n"
        "ونقلت مصادر محلية أن عناصر من جهاز الأمن العام، الذراع الأمنية للهيئة، أوقفوا مساء الثلاثاء ثلاثة أشخاص دون مسوّغ في أماكن متفرقة "
        "من إدلب وريفها، لأسباب بقيت مجهولة. وبحسب مواقع محلية، طالت حملة اعتقالات مباغتة خلال الأيام القليلة "
        "الماضية ما يزيد على 13 شخصاً في المحافظة، على الرغم من خفوت الحراك المعارض للهيئة.",
        [E("protest", Q("مئات", 200, 900, True), PL("أطمة", "Atmeh", "Idlib"), "2024-06-25", None, PROT,
           note="Tuesday evening's protests told over a list of places (group: أطمة, أرمناز, جبل الزاوية, بنش), the "
                "crowd the figure; the lead and Zaman al-Wasl's glued post (Binnish) are tellings of it; videos "
                "are no source body"),
         E("arrest", Q("ثلاثة", 3), PL("إدلب", "Idlib", "Idlib", nth=3), "2024-06-25", "مصادر محلية", HTS,
           note="three arrested on Tuesday evening across Idlib and its countryside"),
         E("arrest", Q("ما يزيد على 13", 13, None, True), PL("إدلب", "Idlib", "Idlib", nth=3), "2024-06", "مواقع محلية",
           HTS, kind="aggregate",
           note="a campaign's arrests over the last few days (period about 2024-06-20..25): an aggregate; a coder "
                "could leave the Tuesday three inside it")])


def main() -> None:
    write("gold99.jsonl", P99)


if __name__ == "__main__":
    main()
