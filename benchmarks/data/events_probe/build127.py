"""Build gold127.jsonl: fresh whole-article set 127 (ids mb01…), written in stop 44 by writer w127 BEFORE any run on it.

21 whole excerpts (130-230 words: a page's body with its headline where the page had one, its side remarks, recalled
incidents and tallies), each the paraphrase of ONE real page found in the search tool's `pages` corpus (queried in
Arabic), years 2011-2025, many outlets and house styles: agency copy relayed by regional papers (Okaz, Al-Hayat,
Al-Watan of Bahrain and of Saudi Arabia, Al-Ahram Gate, Ahdath Press, Al-Binaa, Al-Mithaq, Al-Ayyam), Syrian
opposition and local sites (SOHR, Step, Radio Al-Kul, Kham News), pan-Arab sites (Sky News Arabia, Arabi21, Al-Araby
Al-Jadeed, Erem News, Khaleeji 247, Future TV) and the Kurdish ANF relaying Hawar. Every sentence was rewritten (no run
of five words, names aside, is shared with its page: checked by script against the page text, which was kept outside
the repository); the incidents, their order, places, figures, dates, sources and hedges are the page's; private
people's names are invented. Each passage's `style` ends with the page's address. Where the page showed no date, the
publication date is inferred from the events (said in the style); where a page was cut off mid-sentence, the cut
sentence is left out or ended at what the page says.
Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32, 34 and 41). Offsets are
computed by build.build and checked. Nobody ran marsad on these passages before the gold was committed.

    python benchmarks/data/events_probe/build127.py      # rewrites gold127.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P127: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P127.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("mb01", "2011-03-19", "Okaz (via Sauress, relaying agencies)",
        "a Friday protest fired on with its dead named, wounded taken from a hospital, the official agency's counter-"
        "account | page: https://sauress.com/okaz/406811",
        "سقط أربعة قتلى وعشرات الجرحى أمس في مدينة درعا الواقعة جنوب دمشق، حين تصدت قوات الأمن السورية لمظاهرات خرجت "
        "فيها، بحسب ما أفادت مصادر حقوقية، بينما قال مصدر رسمي إن رجال الأمن لم يتدخلوا إلا بعدما عاث «مندسون» "
        "تخريباً في أملاك عامة وخاصة. وصرّح ناشط حقوقي للصحافة بأن العناصر «فتحوا النار بالذخيرة الحية على "
        "المحتجين»، موضحاً أن «ما ثبت لدينا حتى هذه الساعة مقتل أربعة»، وسمّى منهم سامر الحوراني وعلاء النعسان وبلال "
        "العودات، إلى جانب شاب من آل أبو حمدان. وأشار إلى أن «أعداد المصابين بالمئات»، وإلى أن أجهزة الأمن أخذت "
        "بعضهم عنوة من مستشفى درعا الوطني، ثم نُقلوا بالمروحيات إلى مكان لا يُعرف. وكانت السلطات قد تحدثت في وقت "
        "أسبق عن «فوضى وشغب» في المحافظة، التي تبعد 100 كلم جنوب العاصمة، خلال تظاهرة عمدت قوات الأمن إلى تفريقها. "
        "ونقلت وكالة الأنباء الرسمية (سانا) أن جمعاً من الأهالي احتشد قرب الجامع العمري عقب صلاة الجمعة، فانتهز "
        "«مندسون» الموقف لإثارة الشغب، فحطموا سيارات ومتاجر وأضرموا النار في بعضها، فاضطر عناصر حفظ النظام إلى "
        "التدخل صوناً لسلامة الناس وممتلكاتهم.",
        [E("protest", Q("أربعة", 4), PL("درعا", "Daraa", "Daraa"), "2011-03-18", "مصادر حقوقية", PROT,
           note="fire on a protest: one protest event whose figure is its dead (the crowd is not numbered; «عشرات "
                "الجرحى» are injured, never the figure); the activist's quote and SANA's counter-account (rioters, "
                "security intervened) are other tellings of the same incident, no statement of their own (stop 32: "
                "a denial inside an incident's telling adds nothing)"),
         E("arrest", None, PL("مستشفى درعا الوطني", "Daraa National Hospital", "Daraa"), "2011-03-18",
           "ناشط حقوقي", GOV,
           note="wounded protesters taken by force from the hospital and flown away: an arrest with no figure (a "
                "plain «بعضهم»); a named hospital is its own place; the activist is the source (the quote goes on "
                "with his report). A second coder could leave it out as part of the protest's telling")])

passage("mb02", "2012-08-14", "Sky News Arabia",
        "two captains' defection with a video and a new battalion; two recalled defections of the same family; a recalled "
        "fight (date inferred from the page's id and Manaf Tlass's July 2012 defection; the page's last, cut-off sentence "
        "on a police officer in Turkey is left out) | page: https://www.skynewsarabia.com/amp/middle-east/36722",
        "كلما اشتد العنف في سوريا واتسعت رقعته على أراضيها، كبرت معه موجة الانشقاقات عن القوات الحكومية، فضلاً عن "
        "تلك التي يشهدها السلك الدبلوماسي. وآخر ما سُجّل في صفوف الجيش خروج ضابطين من آل طلاس عليه: النقيب سهير "
        "طلاس، الذي ترك اللواء 51 دبابات التابع للفرقة العاشرة، والنقيب رامي طلاس، الذي غادر الفوج 122 مدفعية "
        "المنضوي في الفرقة ذاتها. وأعلن الاثنان تأسيس كتيبة باسم «حرملة بن الوليد» تنضوي في اتحاد كتائب الغوطة "
        "الشرقية بريف دمشق، وذلك في شريط رفعه ناشطون على يوتيوب يُظهر لحظة انشقاقهما وإعلان الكتيبة. ومن أبرز من "
        "سبقهما من العائلة العميد مناف طلاس، الذي كان يقود اللواء 105 في الحرس الجمهوري، وهو نجل العماد مصطفى طلاس "
        "وزير الدفاع الأسبق، وقد توجّه إلى باريس ثم أذاع انشقاقه لاحقاً في تسجيل مصور. وقبلهم جميعاً كان الملازم عبد "
        "الرزاق طلاس في طليعة من تركوا الجيش مع اندلاع الأزمة، فأسس مع رفاق له كتيبة الفاروق، وهو اليوم على رأس "
        "الجيش الحر في حمص، وقد خاضت كتيبته مواجهات مع قوات النظام في حي بابا عمرو بالمدينة.",
        [E("defection", None, None, "2012-08-14", None, GOV,
           note="the two captains' defection, told in one video: one event; «ضابطين» is a dual, no figure; no place "
                "is given for the defection itself (the Ghouta is where their new battalion belongs, not where they "
                "left their units; a coder could place it at «الغوطة الشرقية»); undated news: the publication day "
                "(stop 34). The unit numbers (اللواء 51, الفوج 122, اللواء 105) are names"),
         E("defection", None, PL("باريس", "Paris", None, "France"), None, None, GOV,
           note="RECALL: Manaf Tlass went to Paris and announced his defection there (background, no day): an "
                "arrival abroad told as the defection keeps the arrival place (stop 28). Not coded: Abdul Razzaq "
                "Tlass's early defection (no place, no figure: stop 41) and his battalion's fights in Baba Amr "
                "(a run of fights, not one act; a second coder could code a recalled armed_clash at بابا عمرو)")])

passage("mb03", "2012-08-01", "Al-Azd (via Sauress)",
        "a day's defections of officers summed, three brigadiers named, two told with their videos and letters; "
        "reprisal on a family (date inferred: the summer 2012 wave; the page is cut in its last sentence) "
        "| page: https://sauress.com/alazd/18224",
        "شهد جيش بشار الأسد اليوم الأربعاء موجة جديدة من الانشقاقات، إذ أعلن عدد من ضباطه، وبينهم أصحاب رتب رفيعة، "
        "التحاقهم بصفوف «الجيش السوري الحر» المعارض. وفي غضون أقل من 24 ساعة ترك 16 ضابطاً الجيش النظامي، بينهم "
        "ثلاثة برتبة عميد: العميد الركن عدنان محمد الأحمد، الذي كان يرأس فرع الاستطلاع في المنطقة الشمالية، والعميد "
        "المظلي حسين محمد كلية من قيادة المنطقة نفسها، والعميد الركن زياد فهد من قيادة الأركان العليا. وبيّنت صور "
        "نُشرت على الشبكة العميد الأحمد وهو يعلن خروجه وانضمامه إلى الجيش الحر، وقال في رسالة بثها إنه اتخذ قراره "
        "احتجاجاً على المجازر الجماعية وسياسة القتل المنظم، وعلى إقصاء الجيش عن مهمته في الدفاع عن الوطن حتى غدا قوة "
        "احتلال تنتهك الحرمات. وفي شريط مصور آخر، أعلن العميد فهد، العضو في الهيئة التدريسية بكلية الحرب العليا، "
        "انفصاله عن الجيش، معللاً ذلك بأن المؤسسة العسكرية حادت عن طريقها وصارت أداة لحماية النظام. وكشف ناشطون في "
        "تسجيل لاحق أن السلطات أنزلت عقاباً بعائلة العميد فهد بعد انشقاقه.",
        [E("defection", Q("16", 16), None, "2012-08-01", None, GOV, kind="aggregate",
           note="AGGREGATE CALL: sixteen officers over the last 24 hours (period 2012-07-31..2012-08-01), more than "
                "the two defections the page tells one by one, so an aggregate beside them (stop 34); «ثلاثة» "
                "brigadiers are its breakdown. No place (ranks and commands are posts, not places)"),
         E("defection", None, None, "2012-08-01", None, GOV,
           note="Brig. Adnan al-Ahmad's defection, told with pictures and his letter: an incident with no figure and "
                "no place (the northern region's reconnaissance branch is his post)"),
         E("defection", None, None, "2012-08-01", None, GOV,
           note="Brig. Zyad Fahd's defection, told with his own video. Not coded: Hussein Kulliyeh (named only in the "
                "list: the aggregate's breakdown; a second coder could code him too) and the reprisal on Fahd's "
                "family (no act told beyond «أنزلت عقاباً», no place)")])

passage("mb04", "2013-09-04", "Al-Binaa (Tunisia, via Turess)",
        "a rebel command's weekly count of defections, batches, sites listed, a forecast, the outlet's context "
        "(date inferred from «يوم أمس الثلاثاء» and the talk of a Western strike: early September 2013) "
        "| page: https://www.turess.com/binaa/24619",
        "قال المكتب الإعلامي لهيئة الأركان العامة للجيش السوري الحر إنه وثّق 400 حالة انشقاق لعسكريين عن القوات "
        "النظامية على امتداد الأسبوع الماضي، جاء أغلبها جماعياً، وإن الجيش الحر أمّن خروج المنشقين ومعهم سلاحهم. "
        "ونشر المكتب ذلك في بيان على صفحته الرسمية في «فيسبوك» أمس الثلاثاء، جاء فيه أن كتائب الجيش الحر سجّلت في "
        "الأيام السبعة الأخيرة ما يزيد على 400 حالة في مختلف المحافظات، معظمها على شكل دفعات يراوح عدد أفرادها بين "
        "20 و60 عسكرياً، وأنها تولّت حمايتهم مع ما حملوه من عتاد وذخيرة. وعدّد البيان أبرز المواقع التي شهدت "
        "انشقاقات، مرتبة: الفرقة 17 في الرقة، ثم مطار دير الزور العسكري، فمعسكر الطلائع في دير الزور، فمطار خلخلة "
        "العسكري في السويداء، وأخيراً اللواء 104 من الحرس الجمهوري بريف دمشق، متوقعاً أن تتسارع الانشقاقات في الأيام "
        "المقبلة. ويُلاحظ أن وتيرة ترك الجنود والضباط لمواقعهم ارتفعت بوضوح خلال الأسبوع المنصرم، بالتزامن مع إعلان "
        "دول غربية، في مقدمتها الولايات المتحدة وفرنسا، ومعها تركيا، عزمها توجيه ضربة عسكرية إلى النظام.",
        [E("defection", Q("400", 400), None, "2013-09-03",
           "المكتب الإعلامي لهيئة الأركان العامة للجيش السوري الحر", GOV, kind="aggregate",
           note="the week's count (period 2013-W35, the week before the Tuesday statement), told twice (400, then "
                "«ما يزيد على 400» in the quote): one aggregate, the first figure; the batches of 20-60 and the five "
                "sites are its breakdown (a bare list with no act or figure of its own, stop 34); no place (all the "
                "governorates). Not coded: the forecast (future), the Western states' intent to strike (the outlet's "
                "context, a background stance; a coder following stop 32 to the letter could code a statement)")])

passage("mb05", "2013-10-29", "Al-Ahram Gate (via Masress, relaying AFP)",
        "an amnesty decree for draft evaders and deserters with its deadlines; what it leaves unsaid; earlier decrees "
        "recalled | page: https://www.masress.com/ahramgate/411772",
        "أصدر الأسد اليوم الثلاثاء مرسوماً يمنح «عفواً عاماً» للمتخلفين عن أداء خدمة العلم وللعسكريين الفارين من "
        "وحداتهم، على أن يسلّموا أنفسهم ضمن مهل محددة، وفق ما أوردته وكالة الأنباء الرسمية «سانا». ولم يبيّن المرسوم "
        "إن كان العفو يطال من رفعوا السلاح في وجه الجيش. وبحسب نصه، فإن رئيس الجمهورية، استناداً إلى الدستور، يعفو "
        "عفواً عاماً عن الجرائم الواقعة قبل 29 تشرين الأول/أكتوبر، أي يوم صدوره، فيُسقط العقوبة كاملة عن جرم التخلف "
        "عن الخدمة الإلزامية أو الفرار منها، شريطة أن يسوّي المعنيون أوضاعهم في شعب التجنيد خلال ثلاثين يوماً أو أن "
        "يعودوا إلى قطعاتهم ضمن المدة ذاتها. ويمتد العفو الكامل إلى من ارتكبوا الفرار الداخلي أو الخارجي، وهم الجنود "
        "الذين هجروا قطعاتهم ولم يرجعوا إليها، سواء بقوا في البلاد أو خرجوا منها، بشرط أن يسلّموا أنفسهم في غضون "
        "ثلاثين يوماً لمن فرّ داخلياً، وتسعين يوماً لمن فرّ إلى الخارج. ولم يكن هذا أول مرسوم من نوعه، فقد أصدر "
        "الأسد مراسيم عفو كثيرة منذ أن اندلع النزاع أواسط آذار/مارس 2011، وكان أحدها، في نيسان/أبريل، قد شمل جرائم "
        "«الإرهاب» و«التآمر» إلى جانب حيازة الأسلحة وتهريبها.",
        [E("desertion", None, None, "2013-10-29", "وكالة الأنباء الرسمية «سانا»", GOV,
           note="an amnesty decree for draft evasion and desertion: one desertion event (the type covers amnesty "
                "decrees), source the state agency the text names; no figure (thirty and ninety days are durations); "
                "no place (the country). Not coded: the many earlier decrees (no one act) and April's decree (a "
                "recalled act with neither place nor figure, and not about desertion: stop 41)")])

passage("mb06", "2014-05-12", "Al-Hayat (via Sauress, relaying agencies)",
        "barrel bombs on two Aleppo quarters with a double strike; an earlier barrel strike on a housing area; a "
        "five-month toll of the air campaign (date inferred: a Monday five months after mid-December 2013) "
        "| page: https://sauress.com/alhayat/3011882",
        "ذكر المرصد السوري لحقوق الإنسان أن 31 شخصاً، بينهم أطفال، لقوا حتفهم اليوم (الاثنين) حين ألقت مروحيات تابعة "
        "للنظام براميل متفجرة على حيين في مدينة حلب. وشرح رامي عبد الرحمن، مدير المرصد، في حديث عبر الهاتف أن "
        "«مروحية أسقطت برميلاً على الحي فقتلت وجرحت عدداً من سكانه، وحين تجمّع الأهالي ألقت برميلاً ثانياً، فعمّ "
        "الهلع وفرّ الناس، وزادت أعداد الضحايا». وفي وقت أبكر، كانت مروحيات قد رمت براميل على حي الأشرفية شمالي "
        "المدينة، وتحديداً منطقة السكن الشبابي، موقعة ستة قتلى. ومنذ منتصف كانون الأول/ديسمبر يشن سلاح الجو السوري "
        "غارات مكثفة على الأحياء والبلدات الخارجة عن سيطرة الحكومة في حلب وريفها، وقد أحصى المرصد سقوط 1963 قتيلاً، "
        "منهم 567 طفلاً، جراء هذا القصف الجوي خلال خمسة أشهر. والبرميل المتفجر خزان صغير أو أسطوانة غاز فارغة تُحشى "
        "بالمواد الناسفة وبقطع من الحديد، ثم تُرمى من المروحيات، ولذلك لا يحمل أي جهاز توجيه يسمح بإصابة هدف بعينه "
        "على نحو دقيق.",
        [E("airstrike", Q("31", 31), PL("حلب", "Aleppo", "Aleppo"), "2014-05-12", "المرصد السوري لحقوق الإنسان", GOV,
           note="barrels on two unnamed quarters of the city, the second barrel dropped on the gathering: one act "
                "(the director's quote tells it again), placed at the city"),
         E("airstrike", Q("ستة", 6), PL("الأشرفية", "Ashrafiyeh", "Aleppo"), "2014-05-12", None, GOV,
           note="RECALL «كانت … قد»: the earlier barrels on the youth housing area: the writer's recall, so the "
                "outlet (stop 30); placed at the quarter that holds the housing area (a coder could take «السكن "
                "الشبابي»); dated by the day («في وقت أبكر»), a coder could leave the date null"),
         E("airstrike", Q("1963", 1963), PL("حلب", "Aleppo", "Aleppo", nth=1), None, "المرصد", GOV, kind="aggregate",
           note="a running toll of one cause, the air campaign on Aleppo and its countryside since mid-December "
                "(period 2013-12..2014-05): airstrike aggregate (stop 32); «567» children its breakdown")])

passage("mb07", "2015-05-31", "Arabi21",
        "IS takes a town and two villages after two days of fighting with a toll of both sides; a car bomb; a village "
        "taken two days before and a town shelled the day before; regime artillery on the same town (the page is cut "
        "in its last sentence) | page: https://arabi21.co.uk/storyamp/834794",
        "انتزع تنظيم الدولة يوم الأحد عدداً من القرى في ريف حلب الشمالي من أيدي فصائل المعارضة السورية، بعد قتال "
        "ضارٍ معها امتد أكثر من يومين. وأوضح المرصد السوري لحقوق الإنسان أن التنظيم بسط سيطرته على بلدة صوران إعزاز، "
        "ثم على البل المجاورة لها وقرية الحصية في منطقة سد الشهباء، إثر مواجهات عنيفة مع الكتائب المقاتلة والإسلامية "
        "لم تهدأ حتى فجر الأحد، وفجّر خلالها سيارة مفخخة. وأضاف المرصد أن صوران إعزاز، التي تفصلها عشرة كيلومترات "
        "تقريباً عن مدينة إعزاز وعن معبر باب السلامة على الحدود التركية، تفتح أمام التنظيم الطريق نحو المعبر "
        "والمدينة. وحصدت التفجيرات والقصف والمعارك الدائرة منذ السبت أرواح 31 مقاتلاً على الأقل من الفصائل، كما قُتل "
        "ما يزيد على 22 من عناصر التنظيم، وأصيب العشرات من الجانبين، وسط أنباء عن خسائر إضافية لدى الطرفين. وكان "
        "التنظيم قد استولى يوم الجمعة على قرية الطوقلي، ثم قصف يوم السبت أحياء في مدينة مارع فقتل مدنيين اثنين. وذكر "
        "الناشط الإعلامي وائل الحلبي أن هجوم التنظيم ترافق مع قصف مدفعي عنيف شنته قوات النظام على مارع والقرى "
        "المحيطة بها.",
        [E("territory_change", Q("31", 31, None), PL("صوران إعزاز", "Souran Azaz", "Aleppo"),
           "2015-05-31", "المرصد السوري لحقوق الإنسان", IS,
           note="one offensive taking a town and two villages (one act over a list: one event at the first place); "
                "its toll since Saturday is the fighting's, so it rides on the taking: no total of both sides, so the "
                "first side numbered, the factions' 31 (stop 30); IS's «22» is the other side, no second event. The "
                "car bomb during the fighting is part of the assault (a coder could code an explosion)."),
         E("territory_change", None, PL("الطوقلي", "Al-Tawqli", "Aleppo"), "2015-05-29", None, IS,
           note="RECALL «وكان التنظيم قد»: the village taken on Friday, background; the writer's recall: outlet"),
         E("shelling", Q("اثنين", 2), PL("مارع", "Marea", "Aleppo"), "2015-05-30", None, IS,
           note="IS shelling of Marea on Saturday, two civilians killed (the numeral «اثنين» is written, so a figure); "
                "same recall sentence: outlet"),
         E("shelling", None, PL("مارع", "Marea", "Aleppo", nth=1), "2015-05-31", "الناشط الإعلامي", GOV,
           note="regime artillery on Marea and nearby villages at the time of the attack, told by a local activist "
                "(name invented): an act of another side, its own event; no toll")])

passage("mb08", "2015-12-21", "Al-Watan (Bahrain, relaying Reuters)",
        "Russian raids on a city centre with three tolls from three sources, the targets listed; raids on a string of "
        "towns in two governorates (the page is cut in its last sentence) | page: https://alwatannews.net/ampArticle/108946",
        "ذكرت تقارير إعلامية وشهود عيان أن العشرات لقوا حتفهم يوم الأحد في مدينة إدلب، الخاضعة لفصائل المعارضة، جراء "
        "غارات نفذتها طائرات حربية يُرجّح أنها روسية. وروى عاملون في الإغاثة وسكان وموقع إخباري معارض أن مقاتلات "
        "روسية أغارت ست مرات على الأقل على قلب المدينة الواقعة شمال غربي سوريا، فأصابت عدداً من الدوائر الحكومية "
        "والأحياء المأهولة. ونقلت وكالة رويترز عن عمال الإغاثة أن حصيلة الوفيات المؤكدة بلغت 43، إلى جانب 30 جثة على "
        "الأقل انتُشلت ولم تُعرف هويات أصحابها حتى الآن. أما شبكة سوريا مباشر فقالت إن الغارات الروسية على وسط إدلب "
        "أودت بحياة 40 شخصاً على الأقل، ونقلت عن ناشطين أن الطائرات أصابت مركزي الإسعاف والدفاع المدني ومبنى "
        "المحكمة، فضلاً عن بيوت المدنيين في شارع الجلاء وحول مدرسة العروبة. وتحدثت الشبكة عن جرحى سقطوا في أحياء "
        "المدينة، مؤكدة أن الطيران لم يكفّ عن التحليق والقصف. وطالت الغارات الروسية في اليوم ذاته مدناً وبلدات أخرى، "
        "بينها جسر الشغور بريف إدلب، واللطامنة ومورك وقرى الصياد ولحايا ومعركبة، وكلها في ريف حماة الشمالي.",
        [E("airstrike", Q("العشرات", 20, 90, approx=True), PL("إدلب", "Idlib", "Idlib"), "2015-12-20", "تقارير إعلامية",
           RUS,
           note="FIGURE CALL: one incident told with three sources' tolls (the lead's «العشرات», the aid workers' 43 "
                "via Reuters, Syria Mubasher's 40): the figure is the first the text writes (stop 34), here a vague "
                "number noun; a coder could prefer 43, the first numeral. «ست مرات على الأقل» is the raids' own count, "
                "beaten by the numbered dead. The 30 unidentified bodies are more of the same dead, no event"),
         E("airstrike", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2015-12-20", "شبكة سوريا مباشر", RUS,
           note="raids on a list of towns in two governorates: one event at the first place (group); an act of the "
                "same kind after Syria Mubasher's telling, so its source carries (stop 30; a coder could give the "
                "outlet, since the sentence names none)")])

passage("mb09", "2016-08-28", "Ahdath Press (via Maghress, relaying AFP and Reuters)",
        "a double barrel strike on a mourning tent with a toll; the strike two days before that the mourners were "
        "grieving, with its toll and children | page: https://maghress.com/ahdathpress/412032",
        "أظهرت صور وزعتها وكالة «رويترز» أطفالاً سوريين في حلب خرجوا من تحت الركام بعد قصف بالبراميل المتفجرة، في "
        "مشهد يعيد إلى الأذهان صورة الطفل عمران الذي انتُشل من بين الأنقاض في المدينة نفسها. ولم تكد تلك الصورة التي "
        "شغلت العالم تغيب عن الأذهان حتى عاد النظام السوري ليضرب باب النيرب ببرميلين، في مدينة باتت أحياؤها في "
        "معظمها بيد المعارضة. فقد قُتل 15 شخصاً على الأقل وجُرح آخرون أمس السبت حين سقط البرميلان، وبينهما دقائق، "
        "على حي تسيطر عليه الفصائل. وشرح رامي عبد الرحمن، الذي يدير المرصد السوري لحقوق الإنسان، أن «الجيش رمى "
        "برميلاً على حي المعادي فسقط بجوار خيمة عزاء عند طرف باب النيرب، ولما احتشد الناس والمسعفون نزل برميل ثانٍ، "
        "فقُتل 15 مدنياً على الأقل وأصيب كثيرون». وأضاف أن الخيمة كانت قد نُصبت للعزاء بـ15 مدنياً، منهم 11 طفلاً، "
        "قضوا يوم الخميس حين قصفت قوات النظام حي باب النيرب بالبراميل. ووقع البرميل الثاني بعد أن سارعت سيارات "
        "الإسعاف إلى موضع الأول، فارتفع عدد القتلى ودُمّرت سيارة إسعاف بالكامل وجُرح مسعفان اثنان على الأقل.",
        [E("airstrike", Q("15", 15), PL("المعادي", "Al-Maadi", "Aleppo"), "2016-08-27", "رامي عبد الرحمن",
           GOV,
           note="the double barrel strike on the mourning tent: one act told three times (lead, toll, the director's "
                "quote, the ambulance); the quote places it in al-Maadi at the edge of Bab al-Nayrab, the most "
                "specific quarter (a coder could take باب النيرب, the headline place). Source: the SOHR director, "
                "the sentence after the toll coming back to it (stop 30)"),
         E("airstrike", Q("15", 15, nth=2), PL("باب النيرب", "Bab al-Nayrab", "Aleppo", nth=2), "2016-08-25",
           "رامي عبد الرحمن", GOV,
           note="RECALL inside the director's report («وأضاف»): Thursday's barrels on Bab al-Nayrab killing 15 "
                "civilians, «11» children its breakdown; background, dated by its weekday")])

passage("mb10", "2017-04-14", "Al-Mithaq (Tunisia)",
        "the four towns' evacuation: two convoys with their buses and people, one retold by a local source and a "
        "resident | page: https://mithaq.info/inter/item/6925-2017-04-14-12-04-18.html",
        "انطلقت صباح اليوم الجمعة 14 نيسان/أبريل 2017 عملية إخراج المدنيين والمسلحين من البلدات الأربع: الزبداني "
        "ومضايا والفوعة وكفريا، تطبيقاً لاتفاق توصلت إليه الحكومة مع فصائل من المعارضة. وذكرت مواقع إخبارية أن 60 "
        "حافلة تحركت من مضايا وعلى متنها نحو 2350 شخصاً، في حين خرجت في الاتجاه المقابل 75 حافلة ومعها 20 سيارة "
        "إسعاف، تحمل قرابة 5000 من سكان الفوعة وكفريا، البلدتين المحاصرتين بريف إدلب الشمالي، متجهة إلى منطقة "
        "الراشدين غربي حلب، على أن يُستكمل نقل من تبقى في البلدات الثلاث خلال ساعات. ونقلت وكالة الصحافة الفرنسية عن "
        "مصدر محلي في الراشدين، وهي منطقة تسيطر عليها الفصائل غرب حلب، أن 80 حافلة على الأقل بلغتها قادمة من "
        "البلدتين اللتين تطوقهما الفصائل في إدلب. وفي المقابل، قال أحد سكان مضايا من داخل حافلة تغادر البلدة: "
        "«تحركنا للتو، ونحن 2200 شخص تقلنا 65 حافلة».",
        [E("other", Q("نحو 2350", 2350, approx=True), PL("مضايا", "Madaya", "Rif Dimashq", nth=1), "2017-04-14",
           "مواقع إخبارية", GOV,
           note="EVENT CALL: the evacuation of Madaya's convoy (the resident's «2200 … 65 حافلة» is another telling of "
                "it): an `other` event (evacuations); two convoys leaving two besieged areas for two sides are coded "
                "as two events, by location as ACLED does; a coder following the prisoner-exchange rule (stop 30) "
                "could code one swap with the first figure. Agent: left to the government side as party to the deal"),
         E("other", Q("قرابة 5000", 5000, approx=True), PL("الفوعة", "Al-Fu'ah", "Idlib", nth=1), "2017-04-14",
           "مواقع إخبارية", HTS,
           note="the Foua and Kefraya convoy (75 buses, 20 ambulances), retold by AFP's local source at Rashidin "
                "(«80 حافلة» arriving): one event at the first town; the deal itself is the frame, not coded. "
                "AGENT CALL: the besieging factions (HTS-led) as the side letting the convoy go; a coder could leave "
                "it null. The passage's last sentence is the writer's own close (no page text behind it beyond the "
                "siege the page names)")])

passage("mb11", "2018-05-07", "Al-Araby Al-Jadeed",
        "a fifth convoy of the displaced with buses and people, a fourth convoy's arrival, a last one expected, an "
        "estimate, the deal recalled with its terms | page: https://aajsa.com/الدفعة-الخامسة-من-مهجري-جنوب-دمشق",
        "خرجت مساء اليوم الاثنين القافلة الخامسة من المهجّرين من بلدات ببيلا ويلدا وبيت سحم، جنوبي دمشق، قاصدة مدينة "
        "جرابلس في ريف حلب الشمالي الشرقي. وأفاد مصدر في فريق منسقي الاستجابة في الشمال السوري «العربي الجديد» بأن "
        "القافلة تألفت من 46 حافلة حملت 1111 شخصاً بين مدني وعسكري. وبيّن المصدر أن دفعة أخرى، يُرجّح أن تكون "
        "الأخيرة، تستعد لمغادرة البلدات غداً الثلاثاء، وستنقل من بقي فيها من المدنيين والمقاتلين نحو الشمال. وكانت "
        "القافلة الرابعة قد بلغت في وقت سابق من اليوم بلدة قلعة المضيق الواقعة شمال غربي مدينة حماة. وتذهب التقديرات "
        "إلى أن عدد من قد يغادرون تلك البلدات بموجب الاتفاق قد يصل إلى 17 ألف شخص، وهو اتفاق عقده ممثلو المنطقة مع "
        "موفدين عن النظام وعن روسيا. وكان الوفد المفاوض باسم جنوب دمشق قد اتفق، قبل نحو عشرة أيام، مع الجانبين "
        "الروسي والحكومي على أن يتوجه المقاتلون إلى شمال البلاد حاملين أسلحتهم الفردية بضمانة روسية، وأن يسوّي "
        "الراغبون في البقاء أوضاعهم لدى السلطات، على أن ينضم المتخلفون عن الخدمة الإلزامية والاحتياطية إلى صفوف قوات "
        "النظام في غضون ستة أشهر.",
        [E("other", Q("1111", 1111), PL("ببيلا", "Babbila", "Rif Dimashq"), "2018-05-07",
           "مصدر في فريق منسقي الاستجابة في الشمال السوري", None,
           note="the fifth convoy of the displaced (an `other` event: evacuation), people its figure (46 buses are "
                "vehicles); one act over three towns: the first named; the source of the next sentence, coming back "
                "to the same convoy, carries back (stop 30). Not coded: the next convoy (future) and the 17 thousand "
                "(an estimate of who may leave, hypothetical)"),
         E("other", None, PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"), "2018-05-07", None, None,
           note="RECALL «وكانت … قد»: the fourth convoy's arrival earlier today: the writer's recall, the outlet "
                "(stop 30); no departure place is repeated, so the arrival town; no figure"),
         E("agreement", None, PL("جنوب دمشق", "South Damascus", "Damascus"), None, "الوفد المفاوض", None,
           note="RECALL: the deal struck about ten days before (no day: date null, background) between the area's "
                "negotiators, Russia and the government: an agreement event at the region it concerns; its terms "
                "(fighters north with light arms, settlements, six months for draft evaders) are its content. "
                "SOURCE CALL: the negotiating delegation as the party that made it; a coder could give the outlet")])

passage("mb12", "2018-09-22", "Step News Agency",
        "a night clash across a river bridge; a cordon and raids after two bodies found; raids after an oil well blown "
        "up; protests put down the day before; coalition raids in an offensive (date: the page's «اليوم السبت»; its "
        "address carries 25 September; the page is cut in its last sentence) | page: https://stepagency-sy.net/2018/09/25/"
        "قسد-تشتبك-مع-النظام-في-ديرالزور",
        "تبادلت قوات النظام المتمركزة في جهة مدينة الميادين وقوات سوريا الديمقراطية المنتشرة في جهة بلدة ذيبان إطلاق "
        "النار من أسلحة خفيفة حول جسر الميادين في ريف دير الزور الشرقي، في اشتباك تجاوز الساعتين قبيل فجر اليوم "
        "السبت، ولم يُعرف بعد سببه ولا ما خلّفه من خسائر، وفق ما نقله مراسل «ستيب الإخبارية» المقيم بدير الزور. وعلى "
        "صعيد آخر، أفاد مراسل ثانٍ للوكالة في المحافظة بأن «قسد» أطبقت اليوم على قرية أبو النيتل شمالي دير الزور "
        "وداهمت بيوتها واعتقلت عدداً من أبنائها، بينما كان رصاص كثيف ينطلق من ناحية البادية، وذلك بعدما عُثر على "
        "جثتين لعنصرين من صفوفها قرب مصفاة نفط بدائية، فيما يخيم التوتر على القرية. كما نفذت «قسد» حملة اعتقالات "
        "مماثلة في قرية طيب الفال شمالي دير الزور، إثر قيام مجهولين بتفجير بئر نفط على مقربة منها. وتأتي هذه الحملات "
        "غداة قمع «قسد» احتجاجات عمّت بلدة سويدان جزيرة شرقي دير الزور رفضاً لممارساتها. وفي ما يخص معركة «دحر "
        "الإرهاب»، التي بدأتها «قسد» شرقي دير الزور في 11 من أيلول الحالي، ذكر المراسل أن طيران التحالف الدولي شن "
        "اليوم غارات عدة على مواقع يسيطر عليها تنظيم الدولة هناك.",
        [E("armed_clash", None, PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2018-09-22",
           "مراسل «ستيب الإخبارية»", GOV,
           note="the two-hour exchange of fire across the bridge: one clash, no toll; the bridge (a landmark) is "
                "placed at its town, the first named (a coder could take ذيبان, the other bank)"),
         E("arrest", None, PL("أبو النيتل", "Abu al-Nitel", "Deir ez-Zor"), "2018-09-22", "مراسل ثانٍ للوكالة", SDF,
           note="the cordon and raids with arrests («عدداً من» is no figure); the outlet's own reporter"),
         E("other", None, PL("أبو النيتل", "Abu al-Nitel", "Deir ez-Zor"), None, "مراسل ثانٍ للوكالة", None,
           note="RECALL as the raid's cause: two SDF members' bodies found near a primitive refinery (bodies found "
                "are `other`; «جثتين» a dual, no figure); placed at the village the refinery is near; background, no "
                "day. A coder could leave a cause clause uncoded"),
         E("arrest", None, PL("طيب الفال", "Tayyeb al-Fal", "Deir ez-Zor"), "2018-09-22", "مراسل ثانٍ للوكالة", SDF,
           note="a second raid campaign, same reporter's report («كما»: an act of the same kind)"),
         E("explosion", None, PL("طيب الفال", "Tayyeb al-Fal", "Deir ez-Zor"), None, "مراسل ثانٍ للوكالة", UNK,
           note="RECALL as cause: unknown men blew up an oil well near the village: an explosion, no casualties; no "
                "day"),
         E("protest", None, PL("سويدان جزيرة", "Swaidan Jazira", "Deir ez-Zor"), "2018-09-21", "مراسل ثانٍ للوكالة", PROT,
           note="RECALL «تأتي … غداة»: protests put down by the SDF the day before: a protest event (dispersal is part "
                "of it); a recall would be the outlet's, but the outlet's own reporter files the story and his report "
                "carries over the item, recalls included (stop 30's exception); a coder could give the outlet"),
         E("airstrike", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=5), "2018-09-22", "المراسل", COAL,
           note="coalition raids today on IS-held positions in the offensive's area «شرقي دير الزور»: «غارات عدة» is "
                "no figure; the page cuts before naming the target area, so the region the offensive is in (the "
                "governorate name as the nearest surface: a coder could leave the place null). The offensive's "
                "launch on 11 September is a campaign, not coded")])

passage("mb13", "2019-05-30", "Kham News (relaying AFP)",
        "a day's toll of regime air raids with one village's share; Russian raids concentrated on a town; a toll since "
        "Sunday; who holds what; the day before's toll (date inferred: late May 2019, a month into the spring "
        "offensive, and the Wednesday of the lead) | page: https://khamnews.com/story/22193",
        "لقي 10 مدنيين على الأقل حتفهم يوم الأربعاء جراء غارات شنتها طائرات النظام السوري على مناطق تسيطر عليها "
        "الفصائل المسلحة في محافظة إدلب بشمال غرب البلاد، التي يتواصل قصفها منذ شهر، حسبما أفاد المرصد السوري لحقوق "
        "الإنسان. وأوضح المرصد أن سبعة من القتلى العشرة سقطوا في «غارات للطيران الحربي التابع للنظام على قرية سرجة "
        "في ريف إدلب»، وهي قرية تقع على خط التماس بين مناطق هيئة تحرير الشام ومناطق القوات الحكومية. وقال رامي عبد "
        "الرحمن، مدير المرصد، إن «طائرات النظام والطائرات الروسية لا تزال تقصف مناطق عدة بكثافة، والغارات الروسية "
        "تنصبّ على مدينة خان شيخون ومحيطها». وبحسب المرصد، قتل القصف الجوي والمدفعي الذي تتعرض له إدلب وجوارها منذ "
        "الأحد أكثر من 50 مدنياً، كثير منهم أطفال. وتخضع معظم محافظة إدلب، ومعها أجزاء من محافظات حلب وحماة "
        "واللاذقية، لسيطرة هيئة تحرير الشام، بينما تمسك القوات الموالية للحكومة بجزء من جنوب شرقي إدلب وشرقها، ومعظم "
        "أراضي المحافظات الثلاث الباقية. ويوم الثلاثاء قُتل ما لا يقل عن 27 مدنياً، منهم 11 طفلاً، جراء قصف قوات "
        "النظام لمناطق المعارضة بمحافظتي إدلب وحلب، وهو قصف لم يكد يتوقف منذ قرابة شهر.",
        [E("airstrike", Q("سبعة", 7), PL("سرجة", "Sarja", "Idlib"), "2019-05-29",
           "المرصد", GOV,
           note="the raids on Sarja, seven of the day's ten: an incident of its own (the village is the act's place)"),
         E("airstrike", Q("10", 10), PL("إدلب", "Idlib", "Idlib"), "2019-05-29", "المرصد السوري لحقوق الإنسان", GOV,
           kind="aggregate",
           note="AGGREGATE CALL: the day's toll of regime raids over the province, more than the one incident listed "
                "(Sarja's seven), so an aggregate beside it (stop 34), one cause: airstrike"),
         E("airstrike", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-05-29", "مدير المرصد", RUS,
           note="STATE OR EVENT CALL: the director says the Russian raids are concentrating on Khan Shaykhun and its "
                "surroundings: read as the day's raids there (an event), not a habit; a coder could leave it out as "
                "an ongoing state"),
         E("casualties", Q("أكثر من 50", 50, None), PL("إدلب", "Idlib", "Idlib", nth=2),
           None, "المرصد", GOV, kind="aggregate",
           note="the toll since Sunday (period 2019-05-26..2019-05-29) of air and artillery fire: two kinds of act, so "
                "casualties (stop 32)"),
         E("casualties", Q("ما لا يقل عن 27", 27, None), PL("إدلب", "Idlib", "Idlib", nth=5), "2019-05-28", None, GOV,
           kind="aggregate",
           note="Tuesday's toll over two provinces («قصف» with no kind named: casualties; a coder could read "
                "airstrike); placed at the first province named; the sentence comes after the outlet's own "
                "paragraph on who holds what, so the source chain is broken: the outlet (stop 30)")])

passage("mb14", "2020-04-29", "Al-Watan (Saudi Arabia, via Sauress, relaying agencies)",
        "a fuel tanker bomb told with two tolls (a ministry abroad first, the observatory second), the dead's "
        "breakdown, an IED the same morning, the 2018 taking recalled | page: https://sauress.com/alwatan/1044551",
        "أعلنت وزارة الدفاع التركية أن 40 مدنياً على الأقل، بينهم 11 طفلاً، قضوا أمس حين فُجّرت قنبلة مزروعة في "
        "شاحنة محروقات ببلدة عفرين شمالي سورية، وحمّلت وحدات حماية الشعب الكردية مسؤولية الهجوم. وكان انفجار قد هزّ "
        "أمس المدينة الواقعة في الريف الشمالي الغربي لحلب والخاضعة للقوات التركية، مخلّفاً قتلى، في حين أحصى المرصد "
        "السوري لحقوق الإنسان 22 قتيلاً و27 جريحاً في التفجير الذي طال صهريجاً مليئاً بالوقود على طريق راجو داخل "
        "المدينة. وبيّن المرصد أن إصابات الجرحى متفاوتة الخطورة، وأن عدد الضحايا قد يرتفع لأن بعض المصابين في حال "
        "حرجة، مشيراً إلى أن بين القتلى ستة مقاتلين من الفصائل في الأقل، وأن معظم من ماتوا قضوا حرقاً بالنيران التي "
        "شبّت بعد انفجار الصهريج المفخخ، حتى إن أغلب الجثث تفحّمت. وكان المرصد قد أكد في صباح اليوم ذاته انفجار عبوة "
        "ناسفة على طريق ترندة في عفرين شمال غربي حلب، اقتصرت أضرارها على الماديات. وتسيطر تركيا وفصائل سورية حليفة "
        "لها على عفرين منذ 2018، إثر عملية عسكرية أخرجت منها المقاتلين الأكراد المحليين وهجّرت آلافاً من سكانها "
        "الأكراد.",
        [E("explosion", Q("40", 40, None), PL("عفرين", "Afrin", "Aleppo"), "2020-04-28",
           "وزارة الدفاع التركية", UNK,
           note="one tanker bomb told with two tolls: the figure is the first the text writes, the Turkish ministry's "
                "(stop 34); SOHR's 22 dead (six fighters among them) is another telling. Agent: unclaimed (Ankara "
                "blames the YPG, which the page does not have answer): unidentified. The road inside the town: the "
                "town"),
         E("explosion", None, PL("عفرين", "Afrin", "Aleppo", nth=1), "2020-04-28", "المرصد", UNK,
           note="the IED on the Tranda road the same morning, damage only: its own event; SOHR named in the sentence "
                "(«وكان المرصد قد أكد»), so SOHR and not the outlet"),
         E("territory_change", None, PL("عفرين", "Afrin", "Aleppo", nth=2), "2018", None, TUR,
           note="RECALL: Turkey and allied factions took Afrin in 2018 in a military operation: one act with a place "
                "(stop 41), background, year grain; the displacement of thousands is part of it (a coder could add "
                "an `other` event)")])

passage("mb15", "2021-12-09", "SOHR",
        "a patrol kills a smuggler at a river crossing; two separate IS attacks the evening before with their tolls and "
        "their sum (date inferred: a Thursday in the winter of 2021, from the page's number; the page is cut in its "
        "last sentence) | page: https://www.syriahr.com/قسد-تداهم-معبرًا-للتهريب/471777/",
        "«قسد» تقتحم معبراً نهرياً للتهريب غربي دير الزور وتقتل أحد العاملين فيه وتستولي على شحنة وقود\nمحافظة دير "
        "الزور: لقي شاب يعمل في نقل المحروقات المهربة مصرعه برصاص عناصر دورية لـ«قسد» عند معبر على النهر في زغير "
        "جزيرة بريف دير الزور الغربي، إذ اقتحمت الدورية المعبر وضبطت براميل من المازوت كانت مجهزة لتُنقل خلسة إلى "
        "مناطق النظام على الضفة المقابلة من الفرات. وجاءت الحادثة بعد ساعات على سقوط 9 قتلى من عناصر مجلس دير الزور "
        "العسكري وقوات الدفاع الذاتي على يد خلايا لتنظيم «الدولة الإسلامية»، في هجومين منفصلين بريف المحافظة. وذكر "
        "ناشطو المرصد السوري لحقوق الإنسان اليوم أن خلايا التنظيم شنت مساء أمس الأربعاء هجومين متشابهين في أسلوبهما، "
        "استهدف كل منهما نقطة عسكرية، أحدهما في الريف الشرقي والآخر في الغربي. فقد وقع الأول في بادية الشحيل بالريف "
        "الشرقي، حيث هاجم عناصر التنظيم نقطة لمجلس دير الزور العسكري وقتلوا 5 من مقاتليه. أما الثاني ففي بلدة جزرة "
        "البوشمس بالريف الغربي، حيث أغار عناصر التنظيم على نقطة لقوات الدفاع الذاتي وقتلوا 4 من أفرادها، كما قُتل "
        "انتحاري من التنظيم فجّر نفسه بعد أن أصابته رصاصة.",
        [E("casualties", None, PL("زغير جزيرة", "Zghir Jazira", "Deir ez-Zor"), "2021-12-09", None, SDF,
           note="a known force's patrol shooting a fuel smuggler at a crossing, no fight told: casualties (ACLED "
                "violence against civilians, stop 30); singular, no figure; headline and body one telling; SOHR's own "
                "page: the outlet"),
         E("armed_clash", Q("5", 5), PL("بادية الشحيل", "Al-Shuhayl desert", "Deir ez-Zor"), "2021-12-08",
           "ناشطو المرصد السوري لحقوق الإنسان", IS,
           note="IS attack on a Military Council post: five dead; the desert of a town is the most specific place"),
         E("armed_clash", Q("4", 4), PL("جزرة البوشمس", "Jazrat al-Bushams", "Deir ez-Zor"), "2021-12-08",
           "ناشطو المرصد السوري لحقوق الإنسان", IS,
           note="the second attack: four Self-Defence dead (the suicide bomber is one more, singular, of the other "
                "side). The «9» of the sentence before is the sum of the two attacks listed: no event of its own "
                "(stop 34)")])

passage("mb16", "2022-08-13", "ANF Arabic (relaying Hawar)",
        "a drone strike behind a hospital with wounded feared; a strike on a house that morning; a recalled strike "
        "with four dead; escalation after two summits (date inferred: mid-August 2022, after the 5 August summit) "
        "| page: https://anfarabic.com/الشرق-الأوسط/rw-81761",
        "طائرة مسيّرة تركية تضرب قامشلو ومعلومات عن جرحى\nاستهدفت طائرة مسيّرة لجيش الاحتلال التركي بقعة خلف مشفى "
        "جيان المخصص لمرضى كوفيد 19 في الطرف الشمالي من مدينة قامشلو، قرب الحزام الشمالي للمدينة، وسط معلومات عن "
        "سقوط جرحى بين الأهالي بحسب ما تفيد المعطيات الأولى. وقالت مراسلة وكالة هاوار من مكان الضربة إن القصف، الذي "
        "حدث قبل ربع ساعة تقريباً، أوقع على الأرجح إصابات بين السكان. ولم يصدر عن قوى الأمن الداخلي في شمال وشرق "
        "سوريا أي بيان بشأن ما جرى حتى الآن. وفي صباح اليوم نفسه، ضربت مسيّرة تركية بيتاً في قرية خرزة بناحية عامودا "
        "التابعة لمقاطعة قامشلو، ولم يُصب أحد بأذى. وفي السادس من آب، أصابت مسيّرة تركية سيارة في منطقة الصناعة، "
        "فقُتل 4 أشخاص هم 3 مدنيين وعضو في الانضباط العسكري التابع لقوات سوريا الديمقراطية. وقد ازدادت هجمات "
        "المسيّرات التركية عقب قمة طهران في 19 تموز، التي ضمت الرئيس الروسي فلاديمير بوتين ونظيره الإيراني إبراهيم "
        "رئيسي والرئيس التركي رجب طيب أردوغان، ثم تسارعت وتيرتها بعد لقاء بوتين وأردوغان في سوتشي يوم 5 آب.",
        [E("airstrike", None, PL("قامشلو", "Qamishli", "Al-Hasakah"), "2022-08-13", "مراسلة وكالة هاوار", TUR,
           note="the drone strike behind the hospital (headline and body one telling): wounded feared, no figure; the "
                "hospital is a landmark near which it fell, not the target, so the city (a coder could take «مشفى "
                "جيان»)"),
         E("airstrike", None, PL("خرزة", "Kherza", "Al-Hasakah"), "2022-08-13", "مراسلة وكالة هاوار", TUR,
           note="the morning strike on a house, no one hurt: its own event; the Hawar reporter's report carries over "
                "the item (stop 30's exception: ANF relays its sister agency; a coder could give the outlet)"),
         E("airstrike", Q("4", 4), PL("الصناعة", "Al-Sinaa (Qamishli)", "Al-Hasakah"), "2022-08-06", None, TUR,
           note="RECALL: the 6 August strike on a car in the industrial quarter, four dead («3» civilians and one SDF "
                "member its breakdown); background; the outlet's own recall. Not coded: the rise in strikes after "
                "the Tehran and Sochi meetings (a trend; the meetings are no conflict events)")])

passage("mb17", "2023-05-01", "Al-Ayyam (raya.ps, relaying SANA and SOHR)",
        "a daytime missile strike on a capital's outskirts told by a military source with one soldier hurt, placed "
        "finer by the observatory; a strike three days before, explained by the observatory the day before (date "
        "inferred: a Monday, year from the page's number; the page is cut in its last sentence) "
        "| page: https://raya.ps/news/1140128.html",
        "جريح عسكري في غارات إسرائيلية على دمشق والدفاعات السورية تعترض\nشنّت إسرائيل هجوماً في وضح النهار على "
        "الأراضي السورية، طال العاصمة دمشق وريفها، وفق ما تداولته وسائل إعلام سورية اليوم الاثنين. وقالت وكالة "
        "الأنباء السورية «سانا» إن انفجارات دوّت في سماء محيط العاصمة، ونقلت عن مصدر عسكري أن «العدو الإسرائيلي شن "
        "قرابة الساعة الثانية من بعد ظهر اليوم عدواناً جوياً بدفعات من الصواريخ انطلقت من شمال فلسطين المحتلة، "
        "واستهدف نقاطاً حول مدينة دمشق». وتابع المصدر أن الدفاعات الجوية اعترضت صواريخ الهجوم وأسقطت بعضها، وأن "
        "الهجوم تسبب بجرح عسكري وبأضرار مادية. من جهته، قال المرصد السوري لحقوق الإنسان، المعتمد على شبكة واسعة من "
        "الناشطين الميدانيين، إن ضربات اليوم طالت «مواقع للميليشيات الإيرانية ولقوات النظام في منطقة الديماس وجوارها "
        "بريف دمشق الغربي»، دون أن تُعرف طبيعة تلك المواقع. ومساء الجمعة الماضي، اعترضت الدفاعات الجوية السورية "
        "صواريخ إسرائيلية في سماء دمشق والمنطقة الجنوبية. وذكر المرصد أمس الأحد أن الضربة الإسرائيلية التي طالت "
        "مواقع داخل سوريا أصابت «معدات عسكرية لوجستية يجري استخدامها في تجميع طائرات مسيّرة».",
        [E("airstrike", None, PL("الديماس", "Al-Dimas", "Rif Dimashq"), "2023-05-01", "مصدر عسكري", ISR,
           note="one missile strike told by SANA's military source (the relayed source, stop 34) and by SOHR, who "
                "places it finer, in al-Dimas: the most specific place wins; one soldier wounded, no figure"),
         E("airstrike", None, PL("دمشق", "Damascus", "Damascus", nth=4), "2023-04-28", "المرصد", ISR,
           note="RECALL: Friday evening's strike on Damascus and the south, background; SOURCE CALL: the next "
                "sentence (SOHR, Sunday) comes back to that attack with its target, so SOHR carries back (stop 30); "
                "a coder could give the outlet and read SOHR's sentence as another attack. «الجمعة الماضي» resolved "
                "against the Monday")])

passage("mb18", "2024-01-11", "Radio and TV Al-Kul",
        "three attacks in a day with their dead and wounded; a dawn raid campaign with arrests; a months-old arrest and "
        "the fighting it set off recalled (date inferred: a Thursday «more than four months» after late August 2023; the "
        "page is cut in its last sentence) | page: https://radioalkul.com/p471502",
        "ثلاث هجمات على «قسد» بريف دير الزور في يوم واحد\nلقي مسؤول في «قسد» وعدد من عناصرها حتفهم، وجُرح آخرون، في "
        "ثلاث هجمات مسلحة استهدفت نقاطاً متفرقة من ريف دير الزور اليوم الخميس. وأفاد مراسل راديو وتلفزيون الكل في "
        "شرق سوريا بأن مسلحين لم تُعرف هوياتهم أطلقوا النار على مسؤول قسم الأمن الداخلي لدى «قسد» في بلدة غرانيج "
        "شرقي دير الزور، فأردوه قتيلاً وجرحوا عدداً من مرافقيه. وفي الهجوم الثاني، هاجم «مقاتلو العشائر» مقراً "
        "عسكرياً على الطريق بين بلدتي الشحيل والبصيرة شرقي دير الزور، فقُتل عنصران من «قسد» وجُرح 6. أما الهجوم "
        "الثالث فاستهدف فيه مقاتلو العشائر آليات عسكرية لـ«قسد» على الطريق الممتد من جزرة البوحميد نحو جزرة ميلاج "
        "غربي دير الزور، ما أسفر عن قتيل و4 جرحى. وأشار المراسل إلى أن هجمات العشائر تزامنت مع حملة دهم شنتها «قسد» "
        "منذ فجر اليوم على بلدة الكسرة شمالي دير الزور وفي بلدة هجين شرقها، اعتقلت خلالها أكثر من 35 شخصاً، متهمةً "
        "إياهم بالتواصل مع «جهات إرهابية». وقبل ما يزيد على أربعة أشهر، اندلعت معارك واسعة على الضفة الشرقية لنهر "
        "الفرات الخاضعة لـ«قسد»، إثر اعتقالها أحمد الخبيل، الذي كان يقود مجلس دير الزور العسكري، ومعه عدد من قادة "
        "المجلس في كمين مباغت.",
        [E("armed_clash", None, PL("غرانيج", "Gharanij", "Deir ez-Zor"), "2024-01-11", "مراسل راديو وتلفزيون الكل",
           UNK,
           note="unknown gunmen kill the SDF's internal security head: armed_clash (stop 30), singular, no figure"),
         E("armed_clash", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor", nth=0), "2024-01-11", "المراسل", TRIBES,
           note="tribal fighters' attack on a base on the road between two towns: the first named (stop 30); "
                "«عنصران» is a dual, «6» are wounded: no figure; the outlet's reporter carries over the item"),
         E("armed_clash", None, PL("جزرة البوحميد", "Jazrat al-Buhmeid", "Deir ez-Zor"), "2024-01-11", "المراسل",
           TRIBES,
           note="the third attack on vehicles on the road from one village toward another: the first; «قتيل» "
                "singular, «4» wounded: no figure. The headline's «ثلاث هجمات» sums the three told: no event"),
         E("arrest", Q("أكثر من 35", 35, None), PL("الكسرة", "Al-Kasra", "Deir ez-Zor"), "2024-01-11", "المراسل", SDF,
           note="one dawn campaign over two towns, one figure: one event at the first town. Not coded: the recalled "
                "arrest of the Military Council's head months before (no place, no figure: stop 41; a second coder "
                "could code it) and the wide fighting it set off (a run of battles)")])

passage("mb19", "2024-11-02", "Khaleeji 247",
        "a rights group's monthly count of arbitrary arrests with its breakdown by party, returnees from a "
        "neighbouring country among them, what the count leaves out (date inferred: the group's report on October, "
        "published at the start of November) | page: https://khaleeji247.com/politics/بينهم-فارون-من-لبنان-شبكة-حقوقية-213-حالة",
        "وثّقت الشبكة السورية لحقوق الإنسان، في تقريرها الخاص بشهر تشرين الأول/أكتوبر، 213 حالة احتجاز تعسفي، من "
        "بينها 8 أطفال وامرأة، إضافة إلى 17 شخصاً كانوا قد رجعوا من لبنان. وبيّنت الشبكة أن هذه الحصيلة لا تدخل فيها "
        "حالات الخطف التي لم تُعرف الجهة المسؤولة عنها، ولا من احتُجزوا بتهم جنائية، لأن التقرير يُعنى بالاحتجاز ذي "
        "الخلفية السياسية أو المتصل بالنزاع المسلح. ووفقاً للتقرير، نفّذت قوات النظام السوري 131 حالة اعتقال من "
        "المجموع، بينهم 3 أطفال وامرأة، واعتقلت فصائل المعارضة المسلحة 18 شخصاً، في حين سُجلت 43 حالة نفذتها قوات "
        "سوريا الديمقراطية، بينهم 4 أطفال، و21 حالة نفذتها هيئة تحرير الشام، بينهم طفل. ولفت التقرير إلى أن تواصل "
        "الاعتقال التعسفي رفع أعداد المختفين قسراً رفعاً كبيراً، حتى باتت سوريا في عداد أسوأ بلدان العالم في إخفاء "
        "مواطنيها. وتنذر هذه الأرقام بخطورة الحال الحقوقية في البلاد، إذ تتكرر الانتهاكات يوماً بعد يوم دون أن "
        "يردعها أحد من المسؤولين. ورصد التقرير كذلك اعتقالات طالت لاجئين عادوا من لبنان إثر اشتداد الغارات "
        "الإسرائيلية على ذلك البلد.",
        [E("arrest", Q("213", 213), None, "2024-10", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the month's count (period 2024-10-01..2024-10-31): one arrest aggregate, no place (the country); "
                "the parties' shares (131, 18, 43, 21) and the returnees from Lebanon («17») are its breakdown, not "
                "events (stop 34); agent null (several parties). Lebanon is where the returnees came from, never a "
                "place. The Israeli raids on Lebanon are context, not a Syrian event")])

passage("mb20", "2025-07-15", "Future TV Network",
        "a curfew after deadly clashes with their toll, the security chief's appeal, the defence ministry's pursuit, "
        "an Israeli strike on tanks (the page is cut in its last sentence) | page: https://futuretvnetwork.com/arab-w-alam/106748",
        "حظر تجوّل في السويداء بعد اشتباكات دامية\nأعلنت قيادة الأمن الداخلي بمحافظة السويداء، جنوبي سوريا، حظراً "
        "كاملاً للتجول في مدينة السويداء يسري من صباح اليوم الثلاثاء إلى أجل غير مسمى، وذلك بعد مواجهات دامية عرفتها "
        "المنطقة في الأيام القليلة الماضية، وأوقعت نحو 100 قتيل، وفق مصادر محلية وحقوقية. وطالب قائد الأمن الداخلي "
        "بالمحافظة السكان بملازمة بيوتهم، مشدداً على وجوب «ألا تتحصن العصابات الخارجة على القانون في الأبنية السكنية "
        "لقتال قوات الدولة». ودعا كذلك قادة الفصائل المسلحة والمرجعيات الدينية إلى «النهوض بمسؤولياتهم الوطنية "
        "والإنسانية والتعاون التام مع الأمن لتأمين وسط المدينة وتثبيت الاستقرار في المحافظة كلها». وفي الإطار نفسه، "
        "قالت وزارة الدفاع السورية إن قطعات من الجيش تلاحق مجموعات مسلحة نعتتها بـ«الخارجة عن القانون»، موضحة أن تلك "
        "المجموعات تسعى إلى الإفلات من المعارك والتسرب إلى قلب المدينة. وترافق التصعيد مع دخول إسرائيل على الخط "
        "مباشرة، فقد قالت مصادر عسكرية إسرائيلية في تل أبيب إن الجيش الإسرائيلي قصف دبابات سورية كانت تتقدم باتجاه "
        "أطراف السويداء، محذراً من «المساس بالدروز».",
        [E("statement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2025-07-15",
           "قيادة الأمن الداخلي بمحافظة السويداء", NEWGOV,
           note="the curfew on the city and the security chief's appeal in the same announcement: one statement (a "
                "named body's decision, stop 32), placed at the city it concerns"),
         E("armed_clash", Q("نحو 100", 100, approx=True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), None,
           "مصادر محلية وحقوقية", None, kind="aggregate",
           note="the past days' clashes and their toll (period about 2025-07-13..2025-07-15): a running toll of one "
                "cause, so armed_clash aggregate (stop 32); placed at the province («محافظة السويداء» holds «المنطقة»); "
                "agent null (the page names no sides)"),
         E("armed_clash", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2025-07-15",
           "وزارة الدفاع السورية", NEWGOV,
           note="EVENT CALL: army units pursuing armed groups trying to slip into the city, told by the ministry: an "
                "ongoing operation read as a clash (a coder could read a statement); placed at the city"),
         E("airstrike", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=3), "2025-07-15",
           "مصادر عسكرية إسرائيلية في تل أبيب", ISR,
           note="TYPE CALL: Israel «قصف» tanks advancing on the city's edge: the page does not say by air or by "
                "artillery; airstrike taken (the strikes of that day were from the air; a coder could read shelling). "
                "The warning about the Druze is part of the same telling")])

passage("mb21", "2025-09-05", "Erem News",
        "IS gunmen on a motorbike shoot at an SDF car, a clash follows, one killed; the observatory's count of IS "
        "operations since January and their dead by category | page: https://www.eremnews.com/news/arab-world/7qxozip",
        "لقي أحد عناصر قوات سوريا الديمقراطية مصرعه في دير الزور اليوم الجمعة، إثر فتح مسلحَين ينتميان إلى خلايا "
        "«داعش» نيران أسلحتهما على عربته العسكرية، وفق ما أورده المرصد السوري لحقوق الإنسان. وجاء في بيان للمرصد أن "
        "المسلحَين كانا على متن دراجة نارية حين أمطرا بالرصاص سيارة عسكرية لـ«قسد» قرب كوع سليمان المخلف داخل "
        "الشحيل، المدينة الواقعة في ريف دير الزور الشرقي. وبحسب ما توافر من معلومات، تلت الاستهدافَ اشتباكات بين "
        "الجانبين انتهت بمقتل العنصر، فيما استنفرت «قسد» قواتها وانتشرت بكثافة بحثاً عن المهاجمَين. وسجّل المرصد منذ "
        "مطلع عام 2025 ما مجموعه 170 عملية نفذتها خلايا التنظيم في المناطق الخاضعة لـ«الإدارة الذاتية»، توزعت بين "
        "هجمات بالسلاح واستهدافات وتفجيرات. وأوقعت هذه العمليات، بحسب توثيق المرصد، 77 قتيلاً: 52 من «قسد» والقوى "
        "العسكرية المتحالفة معها، و11 من عناصر «داعش»، و13 مدنياً، إلى جانب شخص كان يتعاون مع «قسد».",
        [E("armed_clash", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2025-09-05", "المرصد السوري لحقوق الإنسان",
           IS,
           note="the motorbike gunmen's shooting and the clash that followed: one event; one dead, singular, no figure; "
                "a road bend («كوع») is a landmark, placed at the town"),
         E("casualties", Q("77", 77), None, None, "المرصد", IS, kind="aggregate",
           note="AGGREGATE CALL: IS operations since January 2025 (period 2025-01-01..2025-09-05) of several kinds "
                "(attacks, targetings, bombings), so casualties (stop 32); the figure is the dead, not the «170» "
                "operations (an act's dead win); 52/11/13 and one collaborator its breakdown; the Autonomous "
                "Administration's areas are no one place: null")])


def main() -> None:
    write("gold127.jsonl", P127)


if __name__ == "__main__":
    main()
