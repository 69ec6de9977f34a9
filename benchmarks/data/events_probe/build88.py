"""Build gold88.jsonl: development set 88 (ids kn01…), written in stop 36 by writer w88 BEFORE any run on it.

35 short excerpts (a headline line and one to three paragraphs), each the paraphrase of ONE real Arabic news page
found in the search tool's `pages` corpus (queried in Arabic), years 2011-2025 and many outlets: regional papers
(Sada El Balad, Emarat Al Youm, Al Riyadh, Youm7, Echorouk, Asharq Al-Awsat, Al-Binaa, Al-Tayyar relaying Al-Liwaa),
Syrian opposition and local sites (SMART via Micro Syria, Shaam Network, Baladi News, Enab Baladi, Orient News,
Rozana, Shahba Press, Syria News, Syrian Today, Akhbar Al Aan), official or pro-government media (Al-Baath relaying
SANA, Tasnim Arabic) and others (Al-Araby Al-Jadeed, Marib Press, Raya, Newsroom). Subjects: defections (single
generals, an intelligence compound, weekly and running totals), an amnesty, settlements, protests fired on, barrel
bombs and a monthly barrel tally, Russian, Syrian, coalition, Israeli and Turkish strikes, mortar fire on Damascus,
takings of ground (2015, 2016, 2019), kidnappings and a ransom release, a prisoner swap, evacuations and returns,
IS executions and a suicide attack, 2025 fighting in Aleppo and Suwayda, tolls and tallies, statements.
Every sentence was rewritten (no run of five words, names aside, is shared with its page: checked by script against
the page text, which was kept outside the repository); the incidents, their order, places, figures, dates, sources and
hedges are the page's; private people's names are invented or left out. Each passage's `style` ends with the page's
address. Where the page shows no date, `published` was inferred from the events (said so in `style`).
Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32 and 34); the calls made
are in each event's note. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build88.py      # rewrites gold88.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P88: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P88.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("kn01", "2012-03-09", "Sada El Balad (relaying Reuters)", "four senior officers defect to a camp in Turkey; the "
        "running total of brigadiers (published inferred: «أمس الخميس» and «منذ نحو عام» fit 8 March 2012) "
        "| page: https://www.elbalad.news/102517",
        "معارضون: أربعة من كبار الضباط يتركون الجيش السوري\n"
        "أفادت مجموعتان من المعارضة السورية أمس الخميس بأن أربعة آخرين من كبار الضباط تخلّوا عن القوات المسلحة والتحقوا "
        "بالانتفاضة القائمة منذ قرابة عام على حكم الرئيس بشار الأسد. وأوضح الملازم خالد الحمود، المتحدث باسم «الجيش "
        "الحر»، أن الأربعة فرّوا خلال الأيام الثلاثة الأخيرة إلى مخيم يؤوي المنشقين في جنوب تركيا، مضيفاً في "
        "اتصال هاتفي مع رويترز أن عدد من تركوا الجيش برتبة عميد صار بذلك سبعة، هم الأعلى رتبة بين المنشقين حتى الآن. "
        "وكان مصطفى الشيخ أول عميد يعلن انشقاقه.",
        [E("defection", Q("أربعة", 4, nth=1), PL("تركيا", "Turkey", None, "Turkey"), None,
           "مجموعتان من المعارضة السورية", GOV,
           note="the four (the headline's «أربعة» is the same figure; nth=1 is the lead's). PLACE CALL: an arrival "
                "abroad told as the defection, no place at home → the camp in southern Turkey. Undated: «خلال الأيام "
                "الثلاثة الأخيرة» is a span, «أمس الخميس» dates the report. Source: the two groups of the lead; a "
                "second coder could name the FSA spokesman who gives the details"),
         E("defection", Q("سبعة", 7), None, None, "الملازم خالد الحمود", GOV, kind="aggregate",
           note="the running total of brigadiers who defected (since 2011): an aggregate, no place. The recall of "
                "Mustafa al-Sheikh's defection (first brigadier, no day) is history, not coded")])

passage("kn02", "2013-03-17", "Orouba News (relaying AFP and Al Arabiya)", "a logistics chief's defection revealed by "
        "videos, his son with him, arrival in Jordan | page: https://orobanews.com/?p=238",
        "عروبة الإخباري – أُعلن أمس السبت انشقاق اللواء محمد خلوف، الذي يرأس هيئة الإمداد والتموين بالجيش، بحسب "
        "ناشطين بثّوا على «يوتيوب» تسجيلات مصورة عن العملية. ويبدو في أحدها رجل أشيب بثياب مدنية يصعد إلى سيارة يحيط "
        "بها شبان أُخفيت وجوههم، بينما يقول المصوّر إنه اللواء المنشق وإن العمل جارٍ على إخراجه مع أسرته من البلاد، "
        "موضحاً أن التصوير تم في 15 آذار/مارس. وذكرت قناة «العربية» أن ابنه، وهو النقيب عز الدين الذي يقود سرية "
        "الاستطلاع التابعة للواء 91، انشق معه. ونقلت وكالة فرانس برس عن ناشطين أن خبر الانشقاق لم يُكشف إلا بعد يومين على حدوثه، حين "
        "تأكد وصول الضابط وعائلته إلى الأردن.",
        [E("defection", None, PL("الأردن", "Jordan", None, "Jordan"), None, "ناشطين", GOV,
           note="one defection (the general and his son, a singular joined to a singular: no figure). PLACE CALL: the "
                "text names no place at home; the arrival abroad is the place (stop 28). DATE CALL: «أمس السبت» dates "
                "the disclosure, the act came two days earlier and the video is dated the 15th: left undated. The son's "
                "defection, told by Al Arabiya, is the same act; «اللواء 91» is a unit name")])

passage("kn03", "2017-09-25", "SMART (via Micro Syria)", "raids on several Idlib places, each with its toll and "
        "source; a lead total equal to the listed tolls; a recalled night of raids "
        "| page: https://microsyria.com/2017/09/25/ضحايا-بينهم-أطفال-بقصف-جوي-على-إدلب/",
        "قتلى وجرحى بينهم أطفال في غارات على إدلب\n"
        "لقي خمسة مدنيين حتفهم وأصيب 14 آخرون، بينهم أطفال، اليوم الاثنين بغارات جوية على مدينة وبلدة تقعان غرب "
        "إدلب وقرية إلى الشرق منها. وقال ناشطون لوكالة «سمارت» إن مقاتلات يُرجَّح أنها تابعة للنظام استهدفت جسر "
        "الشغور، المدينة الواقعة على بعد 30 كم غرب إدلب، فقتلت امرأة وطفلين وجرحت عشرة أشخاص. وأودت غارة مماثلة على بلدة بداما التابعة "
        "لجسر الشغور بحياة مدني وأصابت أربعة، وفق الدفاع المدني في المدينة. وفي شرق المحافظة، قُتل مدني بقصف يُعتقد "
        "أنه روسي على قرية تل حلاوة قرب أبو الظهور، بالتزامن مع غارات مماثلة على محيط فركيا وكفريدين والعالية وسرجة، "
        "بحسب ناشطين والدفاع المدني. وكانت غارات يُرجَّح أنها روسية قد قتلت عشرة مدنيين وجرحت ثلاثين ليل الأحد في مدن "
        "وبلدات من محافظة إدلب.",
        [E("airstrike", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2017-09-25", "ناشطون", GOV,
           note="a woman and two children killed: no number written (a dual), no figure; the ten wounded are not the "
                "figure. FIGURE CALL on the lead: five dead = 3 + 1 + 1 of the incidents below, so no event of its own "
                "(stop 34)"),
         E("airstrike", None, PL("بداما", "Badama", "Idlib"), "2017-09-25", "الدفاع المدني", GOV,
           note="«غارة مماثلة»: another raid by the same (regime) jets; one civilian killed, no figure"),
         E("airstrike", None, PL("تل حلاوة", "Tal Halawa", "Idlib"), "2017-09-25", "ناشطين والدفاع المدني", RUS,
           note="one civilian killed; source: the sentence's closing «بحسب ناشطين والدفاع المدني»"),
         E("airstrike", None, PL("فركيا", "Farkiya", "Idlib"), "2017-09-25", "ناشطين والدفاع المدني", RUS,
           note="one act over four places (a group), placed at the first; no casualties told"),
         E("airstrike", Q("عشرة", 10, nth=1), PL("محافظة إدلب", "Idlib Governorate", "Idlib"), "2017-09-24", None, RUS,
           note="the recalled night of raids («وكانت … قد قتلت», the outlet's own recall: no source); «ليل الأحد» → "
                "the 24th; towns unnamed, so the governorate is the place. nth=1: the first «عشرة» is the ten wounded "
                "at Jisr al-Shughur")])

passage("kn04", "2019-12-08", "Emarat Al Youm (relaying AFP)", "a day's raids over four places with one toll; an "
        "exchange of fire on two fronts | page: https://emaratalyoum.com/politics/news/2019-12-08-1.1281882?ot=ot.AMPPageLayout",
        "19 قتيلاً مدنياً في قصف على إدلب\n"
        "لقي 19 مدنياً، من بينهم ثمانية أطفال، حتفهم أمس بغارات نفذتها طائرات حربية روسية وسورية على محافظة إدلب في "
        "شمال غرب سورية، على ما ذكر المرصد السوري لحقوق الإنسان. وبيّن المرصد أن الضربات أصابت قريتي بليون والبارة "
        "في الريف الجنوبي، وقرية إبديتا جنوبي إدلب، وموقعاً آخر في شرق المحافظة. وفي البارة، رأى مصور لفرانس برس "
        "متطوعين من «الخوذ البيضاء» يُخرجون الضحايا من تحت ركام مبنى تهدّم كلياً. وتبادل الجيش والفصائل "
        "المسلحة القصف بالقذائف والرشاشات الثقيلة على جبهات الريف الجنوبي الشرقي لإدلب وعلى محور كبانة في جبل الأكراد.",
        [E("airstrike", Q("19", 19, nth=1), PL("بليون", "Balyun", "Idlib"), "2019-12-07", "المرصد السوري لحقوق الإنسان",
           RUS,
           note="one day's raids told with one toll over a list of places: a group placed at the first village; the "
                "eight children are a breakdown; Russian and Syrian jets (Russian named first). nth=1: the lead's 19 "
                "(the headline's is the same figure)"),
         E("armed_clash", None, PL("الريف الجنوبي الشرقي لإدلب", "Southeastern Idlib countryside", "Idlib"), None, None, GOV,
           note="an exchange of fire between the army and the factions on two fronts (a group; the second is Kabana "
                "in Jabal al-Akrad, Latakia); no toll; the outlet tells it; undated")])

passage("kn05", "2012-10-25", "Al Riyadh (via Sauress, relaying AFP)", "a monitor's running toll with its breakdown, an "
        "uncounted figure, the deadliest month and day (published inferred: the monitor spoke to AFP on Wednesday 24 "
        "October 2012) | page: https://sauress.com/alriyadh/780859",
        "قال أمس المرصد السوري لحقوق الإنسان إنه أحصى ما يزيد على 36 ألف قتيل في النزاع الدائر في سورية منذ 19 شهراً ونيّف. "
        "وفصّل مديره رامي عبد الرحمن هاتفياً أن بين القتلى «25 ألفاً و667 مدنياً، و9044 جندياً نظامياً، "
        "و1296 منشقاً» سقطوا منذ اندلاع الاحتجاجات المطالبة برحيل الأسد منتصف آذار 2011، علماً أن المرصد يعدّ حمَلة "
        "السلاح من غير العسكريين في خانة المدنيين. وأضاف أن المرصد وثّق من أيار إلى تشرين الأول 439 قتيلاً لم تدخل "
        "أسماؤهم الحصيلة لتعذّر معرفة هوياتهم. ويبقى آب الشهر الأشد دموية بخمسة آلاف و440 قتيلاً، فيما كان 26 أيلول "
        "اليوم الأعنف بـ305 قتلى، وبلغ متوسط القتلى اليومي منذ مطلع آب 165.",
        [E("casualties", Q("ما يزيد على 36 ألف", 36000, None, True), None, None, "المرصد السوري لحقوق الإنسان",
           kind="aggregate",
           note="the running toll since March 2011 (period 2011-03 → the report); civilians, soldiers and defectors "
                "are its breakdown, not events"),
         E("casualties", Q("439", 439), None, None, "رامي عبد الرحمن", kind="aggregate",
           note="the dead documented May-October and left out of the total: a figure of its own over a period "
                "(2012-05 → 2012-10); «وأضاف» carries the director. A second coder could leave it as a note"),
         E("casualties", Q("خمسة آلاف و440", 5440), None, "2012-08", "رامي عبد الرحمن", kind="aggregate",
           note="the deadliest month's national toll (period 2012-08); the sentence goes on with the director's "
                "report, so his source carries"),
         E("casualties", Q("305", 305), None, "2012-09-26", "رامي عبد الرحمن", kind="aggregate",
           note="the deadliest day's national toll. Not coded: the daily average 165 (a rate, not a count of dead "
                "in an event)")])

passage("kn06", "2015-10-29", "Watan (watanserb)", "a video of two barrels, then the day's barrel count with two dead "
        "| page: https://www.watanserb.com/2015/10/29/فيديو-برميلان-متفجران-على-داريا-بريف-د/",
        "برميلان متفجران يسقطان قرب مصوّر في داريا\n"
        "وطن – خاص\n"
        "نشر المركز الإعلامي لمدينة داريا مقطعاً يوثّق لحظة إلقاء مروحية للنظام برميلين متفجرين على أحياء سكنية في "
        "المدينة، على مسافة أمتار من الشرفة التي كان الناشط يصوّر منها، قبل أن تتطاير الشظايا نحوه. ويُظهر المقطع "
        "المروحية وهي تحوم على علو منخفض ثم تُسقط البرميل الأول فيتصاعد الدخان، ثم يهتز المكان حين يسقط الثاني. "
        "وبحسب ناشطين، ألقت المروحيات على داريا يوم الثلاثاء 12 برميلاً، قُتلت جراءها سيدة وطفلها الوحيد. ويعاني "
        "المدنيون في المدينة من حصار تضربه حولها قوات النظام منذ ما يزيد على عامين ونصف، ومن دمار أصاب شبكات المياه "
        "والكهرباء والاتصالات.",
        [E("airstrike", Q("12", 12), PL("داريا", "Darayya", "Rif Dimashq"), "2015-10-27", "ناشطين", GOV,
           note="the day's barrels: the dead are a woman and her child (no number written), so the figure is the "
                "act's own count, 12 barrels. FIGURE/INCIDENT CALL: the filmed pair of barrels is taken as part of "
                "that day's bombing (the video is undated); a second coder could code it apart. «يوم الثلاثاء» on a "
                "Thursday page → the 27th. The siege is a state, not an event")])

passage("kn07", "2018-05-08", "Shaam Network (relaying SNHR)", "a monthly barrel tally with a breakdown by month and "
        "governorate; a chemical attack recalled with its toll "
        "| page: http://www.shaam.org/news/syria-news/الشبكة-السورية-761-برميلاً-متفجراً-ألقاها-طيران-الأسد-المروحي-خلال-شهر-نيسان-2018.html",
        "الشبكة السورية: مروحيات الأسد ألقت 761 برميلاً في نيسان 2018\n"
        "رصدت الشبكة السورية لحقوق الإنسان بتقرير صدر اليوم إلقاء مروحيات نظام الأسد ما يقارب 761 برميلاً "
        "خلال نيسان 2018، وقالت إن النظام ما زال يلجأ إلى هذا السلاح لإرغام الأهالي على هجر بلداتهم، وآخر "
        "الأمثلة الغوطة الشرقية وأحياء جنوب دمشق. ووثّق التقرير هجوماً ببراميل تحمل مادة كيماوية على دوما يوم السابع من "
        "الشهر المنصرم، قُتل فيه نحو 41 مدنياً، بينهم 12 طفلاً و15 امرأة. وبحسب الشبكة، تخطى عدد البراميل منذ مطلع "
        "العام 2388 برميلاً، منها 427 في كانون الثاني و407 في شباط و793 في آذار، وتوزعت براميل نيسان على محافظات بينها "
        "ريف دمشق (387، أغلبها في الغوطة) وبلدات جنوب دمشق (315) وريف حمص (41).",
        [E("airstrike", Q("ما يقارب 761", 761, approx=True), None, "2018-04", "الشبكة السورية لحقوق الإنسان", GOV,
           kind="aggregate",
           note="the month's barrel tally (period 2018-04); the governorates are its breakdown; no place (several "
                "governorates)"),
         E("airstrike", Q("نحو 41", 41, approx=True), PL("دوما", "Douma", "Rif Dimashq"), "2018-04-07",
           "الشبكة السورية لحقوق الإنسان", GOV,
           note="the chemical barrel attack on Douma: an air-dropped attack whose dead are its figure; children and "
                "women are a breakdown; «السابع من الشهر المنصرم» → 7 April"),
         E("airstrike", Q("2388", 2388, None, True), None, "2018", "الشبكة السورية لحقوق الإنسان", GOV,
           kind="aggregate",
           note="the running barrel total since the start of 2018 (period 2018-01 → 2018-04), a bound by verb "
                "(«تخطى»); the monthly figures are its breakdown. Coded beside the month's tally as sets code a "
                "running total beside a day's figure")])

passage("kn08", "2016-06-04", "Al-Araby Al-Jadeed", "villages taken near Manbij today and yesterday, clashes, a guided "
        "missile on the attackers, coalition raids with a toll "
        "| page: https://aajsy.com/politics/2016/6/4/إصابة-جندي-أميركي-وتقدم-قوات-سورية-قرب-منبج",
        "انتزعت «قوات سورية الديمقراطية»، بإسناد من طائرات التحالف الدولي بقيادة واشنطن، اليوم السبت ثلاث قرى إلى "
        "الشرق من مدينة منبج من تنظيم «الدولة الإسلامية» (داعش)، إثر معارك وُصفت بالضارية. وأوضح كنان الفراتي، المسؤول "
        "الإعلامي لـ«لواء تحرير الرقة»، لـ«العربي الجديد» أن مقاتلي مجلس منبج العسكري المنضوي في القوات دخلوا "
        "دوشان وكابر صغير وكابر كبير، وأن المواجهات متواصلة في ناحية الحية، على بعد نحو 13 كيلومتراً من المدينة. "
        "وتحدث كذلك عن جرح جندي أميركي يقاتل معهم وقياديَّين أحدهما إصابته بليغة، بصاروخ موجّه أطلقه التنظيم جنوب شرقي "
        "منبج. وكانت القوات قد استولت أمس الجمعة على أم عظام وجب حسن آغا وحسن آغا صغير وتلة أم السرج والهوشرية "
        "وقراطة. وفي غضون ذلك، قُتل عشرة مدنيين أمس بغارات للتحالف على قرية أوجفتاه.",
        [E("territory_change", Q("ثلاث", 3), PL("دوشان", "Dushan", "Aleppo"), "2016-06-04", "كنان الفراتي", SDF,
           note="three villages told by number, then named: one act over a list (a group at the first village); "
                "FIGURE CALL: the number of villages as the count (as sets 72-73 code a number of checkpoints or "
                "towns). The lead names no source; the next sentence comes back to the same taking"),
         E("armed_clash", None, PL("الحية", "Al-Hayya", "Aleppo"), "2016-06-04", "كنان الفراتي", SDF,
           note="the fighting still going on, no toll; 13 km is a distance"),
         E("shelling", None, PL("منبج", "Manbij", "Aleppo", nth=2), "2016-06-04", "كنان الفراتي", IS,
           note="an IS guided missile wounded an American soldier and two commanders: a missile attack (ACLED "
                "shelling/missile), wounded only, no figure; placed at Manbij (south-east of the city). nth=2: the "
                "third «منبج» is this sentence's"),
         E("territory_change", None, PL("أم عظام", "Um Adham", "Aleppo"), "2016-06-03", None, SDF,
           note="Friday's takings, a list of villages (a group at the first); the outlet's recall «وكانت … قد», so "
                "no source"),
         E("airstrike", Q("عشرة", 10), PL("أوجفتاه", "Ojftah", "Aleppo"), "2016-06-03", None, COAL,
           note="coalition raids with ten civilians dead; told by the outlet")])

passage("kn09", "2019-10-14", "Baladi News", "villages taken west of Manbij on the first evening, Turkish air and "
        "artillery fire before it, fighters massed, a deal announced | page: "
        "https://baladi-news.com/ar/articles/51763/الجيش-الوطني-يوسع-سيطرته-ويغتنم-دبابة-في-منبج",
        "بلدي نيوز\n"
        "بسطت فصائل «الجيش الوطني» سيطرتها مساء اليوم الاثنين على قرى عدة في الريف الغربي لمدينة منبج، بعدما "
        "امتدت عملية «نبع السلام» إلى غرب الفرات. وقال مراسل بلدي نيوز إن المقاتلين دخلوا الأزوري وأم عدسة والياشلي "
        "والدندنية في الساعات الأولى للهجوم إثر مواجهات مع «قوات سوريا الديمقراطية»، واستولوا على دبابة لقوات النظام "
        "كانت هناك. وأضاف أن الطيران التركي شنّ غارات على المنطقة وأن المدفعية قصفتها قبل الزحف البري. في الأثناء، "
        "غادرت القوات الأميركية قاعدتها قبالة قرية عون الدادات شمال منبج نحو قاعدة السعيدية غربها. وكان ما يزيد على 4000 "
        "من مقاتلي الجيش الوطني وألف عنصر من القوات الخاصة التركية النخبوية قد بلغوا جبهات منبج صباحاً، بعد ساعات من إعلان "
        "«قسد» والنظام اتفاقاً على تسليم المدينة للأخير.",
        [E("territory_change", None, PL("الأزوري", "Al-Azwari", "Aleppo"), "2019-10-14", "مراسل بلدي نيوز", SNA,
           note="four villages named, no number: a group at the first; the clashes with the SDF and the seized tank "
                "are the same taking; «عدة» is no figure"),
         E("airstrike", None, PL("الريف الغربي لمدينة منبج", "Western Manbij countryside", "Aleppo"), "2019-10-14",
           "مراسل بلدي نيوز", TUR,
           note="Turkish raids before the advance; «وأضاف» carries the reporter; undated within the day (the "
                "publication day)"),
         E("shelling", None, PL("الريف الغربي لمدينة منبج", "Western Manbij countryside", "Aleppo"), "2019-10-14",
           "مراسل بلدي نيوز", TUR,
           note="the artillery fire told beside the raids: another kind of act, coded apart (a second coder could "
                "fold both into one)"),
         E("reinforcement", Q("ما يزيد على 4000", 4000, None, True), PL("منبج", "Manbij", "Aleppo", nth=2), "2019-10-14",
           None, SNA,
           note="fighters (and a thousand Turkish special forces) massed on the Manbij fronts in the morning; the "
                "outlet's recall, no source. nth=2: the fronts' «منبج». Not coded: the US withdrawal from its base "
                "(a movement, no event of the list)"),
         E("agreement", None, PL("منبج", "Manbij", "Aleppo", nth=2), None, None, SDF,
           note="the SDF-regime deal to hand the city over, told as background «بعد ساعات من إعلان»: undated (the "
                "evening before, by the text's hours)")])

passage("kn10", "2018-05-15", "SMART (via Micro Syria)", "two hostages freed for a ransom; their abduction weeks "
        "before | page: https://microsyria.com/2018/05/15/عصابة-في-السويداء-تطلق-سراح-مختطفَين-م/",
        "عصابة في السويداء تُفرج عن مخطوفَين لقاء 19 مليون ليرة\n"
        "سمارت – السويداء\n"
        "أخلت عصابة تنشط في محافظة السويداء بجنوب سوريا سبيل مخطوفَين مدنيين احتجزتهما، بعدما دفعت عائلتاهما فدية قدرها 19 "
        "مليون ليرة سورية. وأوضح ناشطون أن الرجلين، وهما من المسيفرة، البلدة الواقعة في ريف درعا، أُطلقا أمس الاثنين، عقب تهديدات "
        "بتصفيتهما ومقاطع مصورة أُرسلت إلى ذويهما تُظهر تعذيبهما. وبحسب الناشطين، تعمل العصابة بالتنسيق مع عصابة أخرى "
        "تنشط في الكرك والمسيفرة، وقد استدرجت الرجلين قبل أسابيع بعدما سرقت سيارتهما ودعتهما إلى الحضور لاستعادتها. "
        "وتتكرر حوادث الخطف المتبادل بين السويداء ودرعا بصورة شبه يومية، وكثيراً ما تنتهي بصفقات تبادل بوساطة.",
        [E("other", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2018-05-14", "ناشطون", UNK,
           note="the release of two hostages for a ransom (the item's news): `other`, like an exchange; a dual, "
                "no figure; the ransom is money, not a count. Place: the province where the gang held them (nth=2: "
                "the lead's «محافظة السويداء»)"),
         E("arrest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), None, "ناشطين", UNK,
           note="ABDUCTION CALL: the kidnapping itself, lured weeks before (abductions are `arrest`, as sets 73 and "
                "79): undated, placed where the page says they were held. A coder who codes only the release would "
                "leave it out. The tit-for-tat kidnappings are a habit, not an event")])

passage("kn11", "2016-02-09", "Shaam Network", "helicopter barrels back over Eastern Ghouta after two years; jet raids "
        "on the same area | page: http://www.shaam.org/news/syria-news/براميل-الموت-تعود-إلى-الغوطة-بعد-غياب-عامين-فما-الذي-استجد؟.html",
        "البراميل تعود إلى سماء الغوطة بعد عامين\n"
        "شبكة شام – فريق التحرير\n"
        "رجعت مروحيات النظام اليوم إلى رمي البراميل المتفجرة فوق الغوطة الشرقية، بعد عامين اكتفت خلالهما الطائرات الحربية "
        "بصواريخها المتنوعة، الفراغية منها والعنقودية والموجّهة، فعاد الخوف إلى قلوب الأطفال. وكانت منطقة المرج هدف "
        "غارات البراميل اليوم، إذ أسقط الطيران المروحي عدة براميل على بلدتي حوش الصالحية والنشابية، فجُرح خمسة أشخاص "
        "بعضهم في حال حرجة. كما نفذت الطائرات الحربية غارات كثيرة بالصواريخ على المنطقة ذاتها، ألحقت دماراً واسعاً "
        "بالأبنية السكنية وأوقعت جرحى كثيرين.",
        [E("airstrike", None, PL("حوش الصالحية", "Hosh al-Salihiyah", "Rif Dimashq"), "2016-02-09", None, GOV,
           note="helicopter barrels on two towns (a group at the first); five wounded are never the figure and «عدة» "
                "is no number: no figure; the outlet tells it"),
         E("airstrike", None, PL("المرج", "Al-Marj", "Rif Dimashq"), "2016-02-09", None, GOV,
           note="INCIDENT CALL: the jets' rocket raids on the same area, another aircraft and weapon: coded apart "
                "(a second coder could fold them into one day's air raids on al-Marj)")])

passage("kn12", "2012-05-11", "Youm7", "Friday protests fired on in Damascus and Halfaya, Kurdish rallies, security and "
        "militia deployed | page: https://www.youm7.com/story/2012/5/11/قوات-الأسد-تطلق-النار-عشوائياً-على-التظاهرات-وتسقط-عدداً-من/675512",
        "قوات الأسد تطلق النار على مظاهرات الجمعة وتوقع جرحى\n"
        "فتحت قوى الأمن السورية نيرانها عشوائياً اليوم الجمعة على تظاهرات في دمشق، ما خلّف عدداً من الجرحى، وفق "
        "ناشطين والمرصد السوري لحقوق الإنسان. وتظاهر سوريون في مناطق كثيرة مطالبين بسقوط الرئيس بشار الأسد، غير آبهين "
        "بالانتشار الأمني الكثيف. وفي محافظة حماة، أصيب عشرون شخصاً حين أطلق الأمن الرصاص لتفريق محتجين في مدينة "
        "حلفايا، بحسب الناطقة باسم مكتب الثورة الإعلامي في حماة، التي أشارت أيضاً إلى دويّ رصاص في مدينة الحارة "
        "بدرعا. وبحسب المرصد، رفع متظاهرون في القامشلي وعين العرب (كوباني) الأعلام الكردية وعلم الاستقلال. ونشر "
        "الأمن عناصره وعناصر «الشبيحة» في بلدتي كناكر والمعضمية من ريف دمشق كي لا تخرج تظاهرات، وفق لجان التنسيق المحلية.",
        [E("protest", None, PL("دمشق", "Damascus", "Damascus"), "2012-05-11", "ناشطين", PROT,
           note="fire on protests in the capital: one protest event; no crowd numbered and the wounded are no "
                "figure. Source: the first of «ناشطين والمرصد»"),
         E("protest", None, PL("حلفايا", "Halfaya", "Hama"), "2012-05-11",
           "الناطقة باسم مكتب الثورة الإعلامي في حماة", PROT,
           note="protesters dispersed by fire, twenty wounded (never the figure). Not coded: the gunfire heard in "
                "al-Hara (no act told)"),
         E("protest", None, PL("القامشلي", "Qamishli", "Al-Hasakah"), "2012-05-11", "المرصد", PROT,
           note="rallies in two Kurdish towns (a group at the first); «المرصد» is the span the sentence writes. The "
                "«many areas» of the second sentence are the day's protests told in general: not coded apart"),
         E("reinforcement", None, PL("كناكر", "Kanaker", "Rif Dimashq"), "2012-05-11", "لجان التنسيق المحلية", GOV,
           note="security and militia deployed in two towns to stop protests (a group), as set 73's je01 codes a "
                "deployment; a coder who codes only violence would leave it out")])

passage("kn13", "2015-07-25", "Rozana", "an amnesty decree for deserters with its deadlines; the defections since 2011 as "
        "background | page: https://www.rozana.fm/ar/news/2015/07/25/الأسد-يصدر-عفواً-عاماً-عن-الفارين-من-الجيش",
        "أصدر بشار الأسد، رئيس النظام السوري، مرسوماً تشريعياً اليوم السبت يقضي بالعفو العام عن جرائم فرار داخلي "
        "وخارجي وعن الجرائم الواردة في قانون خدمة العلم، متى ارتُكبت قبل 25 تموز 2015. ولا يستفيد من العفو، وفق نص "
        "المرسوم، المتوارون عن الأنظار والفارّون من وجه العدالة ما لم يسلّموا أنفسهم في غضون 30 يوماً إن كان فرارهم "
        "داخلياً و60 يوماً إن كان خارجياً. ومنذ آذار 2011، أعلن كثير من ضباط جيش النظام ومجنّديه انشقاقهم وأسسوا "
        "الجيش السوري الحر، فيما تكبّد الجيش خسائر فادحة في معاركه مع المعارضة والكتائب الإسلامية، وهرب شبان كثيرون "
        "من البلاد أو تحايلوا على التجنيد الإجباري.",
        [E("desertion", None, None, "2015-07-25", None, GOV,
           note="the amnesty decree for deserters and draft evaders (amnesties are `desertion`); the outlet tells it "
                "(«وفق نص المرسوم» is the document, not a reporter); the deadlines are durations. Not coded: the "
                "defections, losses and flight since 2011 (background with no figure)")])

passage("kn14", "2023-06-14", "Al-Baath (relaying SANA)", "hundreds join a settlement today; the running total by private "
        "sources | page: https://newspaper.albaathmedia.sy/2023/06/14/انضمام-مئات-المطلوبين-اليوم-للتسوية-ا",
        "مئات المطلوبين يسوّون أوضاعهم اليوم في درعا\n"
        "درعا – سانا\n"
        "التحق اليوم مئات المطلوبين من أرجاء محافظة درعا بالتسوية الشاملة التي بدأت بها الجهات المختصة في الثالث من "
        "هذا الشهر. وأفاد مصدر أمني في المركز المخصص للتسوية في قصر الحوريات وسط مدينة درعا بأن المركز استقبل اليوم المئات ممن لم "
        "يُنجزوا تسوياتهم في الأيام الماضية بحسب الجدول المعدّ للمناطق، وأنه شرع أيضاً في النظر في طلبات أبناء المحافظة "
        "المقيمين خارج البلاد من المطلوبين أمنياً والمتخلفين عن الخدمة والفارّين، يقدّمها عنهم أقاربهم داخل سورية. "
        "وتُعدّ هذه التسوية الأوسع منذ خمس سنوات، وتقدّر مصادر خاصة أن أعداد المستفيدين منها إلى اليوم تجاوزت 15 ألف شخص.",
        [E("other", Q("مئات", 200, 900, True, nth=1), PL("درعا", "Daraa", "Daraa", nth=3), "2023-06-14", "مصدر أمني",
           GOV,
           note="today's settlements (a settlement is `other`, as p43): the hundreds who joined; nth=1: the lead's "
                "«مئات» (the headline's is the same). PLACE CALL: the centre is a building in the city (a landmark: "
                "the town, nth=3: «وسط مدينة درعا»). Source: the lead has none, the next sentence's security "
                "source comes back to the same day"),
         E("other", Q("15 ألف", 15000, None, True), PL("محافظة درعا", "Daraa Governorate", "Daraa"), None,
           "مصادر خاصة", GOV, kind="aggregate",
           note="the running total of settlements since 3 June (a bound by verb «تجاوزت»): an aggregate over the "
                "province; the launch on the 3rd is its start, not an event apart")])

passage("kn15", "2012-05-04", "Youm7 (via Masress)", "a Friday's protests dispersed by fire in several places, each with "
        "its source; raids after one | page: https://www.masress.com/youm7/669760",
        "فرّقت قوى الأمن السورية بالرصاص اليوم الجمعة مظاهرات معارضة للنظام خرجت في مناطق عدة تحت شعار «إخلاصنا "
        "خلاصنا»، وفق المرصد السوري لحقوق الإنسان وناشطين. وروى ناشط من دمشق عرّف نفسه باسم أبي ماجد، متحدثاً عبر "
        "سكايب، أن الأمن أطلق النار على مظاهرة خرجت بعد الصلاة من المسجد الكبير في حي جوبر. وأفادت لجان التنسيق المحلية "
        "بإطلاق نار كثيف في حي العسالي أعقبته مداهمات واعتقالات عشوائية إثر خروج مظاهرة فيه، وبإطلاق القوات النظامية "
        "النار على متظاهرين في المليحة بريف دمشق وفي إنخل بدرعا. وقال المرصد إن الرصاص فرّق مظاهرات في حيي الفردوس "
        "والأندلس بمدينة حماة وفي قلعة المضيق بريفها، وإن مظاهرات خرجت كذلك في حلب وريفها وفي جبل الزاوية.",
        [E("protest", None, PL("جوبر", "Jobar", "Damascus"), "2012-05-04", "ناشط من دمشق", PROT,
           note="fire on a protest leaving the mosque: placed at the quarter; no figure. The lead's general telling "
                "is the day's protests, coded place by place below"),
         E("protest", None, PL("العسالي", "Al-Asali", "Damascus"), "2012-05-04", "لجان التنسيق المحلية", PROT,
           note="heavy fire after a protest in the quarter"),
         E("arrest", None, PL("العسالي", "Al-Asali", "Damascus"), "2012-05-04", "لجان التنسيق المحلية", GOV,
           note="the raids and random arrests that followed: another kind of act at the same place, no figure"),
         E("protest", None, PL("المليحة", "Al-Mliha", "Rif Dimashq"), "2012-05-04", "لجان التنسيق المحلية", PROT,
           note="fire on protesters told for two places in one clause (a group at the first; the other is Inkhil, "
                "Daraa)"),
         E("protest", None, PL("الفردوس", "Al-Firdous", "Hama"), "2012-05-04", "المرصد", PROT,
           note="protests dispersed by fire in two Hama quarters and Qalaat al-Madiq (a group at the first)"),
         E("protest", None, PL("حلب", "Aleppo", "Aleppo"), "2012-05-04", "المرصد", PROT,
           note="protests with no fire told, in Aleppo, its countryside and Jabal al-Zawiya (a group at the first); "
                "«وإن» goes on with the monitor")])

passage("kn16", "2020-07-21", "Raya (Palestine)", "an Israeli missile strike south of Damascus: the official agency, a "
        "military source, the monitor's count of missiles | page: https://raya.ps/news/1091138.html",
        "غارات إسرائيلية جديدة على محيط دمشق\n"
        "ضربت إسرائيل مساء الاثنين مواقع في سورية، في أول هجوم لها منذ قرابة شهر، على ما أعلنته الوكالة السورية الرسمية "
        "(سانا)، بينما ذكر المرصد السوري لحقوق الإنسان بأن القصف طال مواقع تابعة للنظام وأخرى لقوات تواليها إيران جنوب دمشق. "
        "ونقلت وسائل إعلام قريبة من النظام عن مصدر عسكري أن سبعة جنود على الأقل أصيبوا في الهجوم. وقالت سانا إن "
        "الدفاعات الجوية تصدّت لصواريخ أُطلقت من فوق مجدل شمس في الجولان المحتل وأسقطت عدداً منها، ونقلت عن مصدر في "
        "الجيش أن الأضرار اقتصرت على الماديات. وأوضح رامي عبد الرحمن، مدير المرصد، أن ستة صواريخ على الأقل أصابت مواقع "
        "للنظام ولميليشيات موالية لإيران.",
        [E("airstrike", Q("ستة", 6, None, True), PL("جنوب دمشق", "South of Damascus", "Damascus"), "2020-07-20",
           "الوكالة السورية الرسمية", ISR,
           note="one strike told by three sources. FIGURE CALL: the seven wounded soldiers are never the figure, so "
                "the act's own count is the figure: at least six missiles (the monitor's). Source: the first the "
                "text names (SANA); Majdal Shams, where the missiles came from, is not the place")])

passage("kn17", "2025-08-23", "Marib Press (relaying SANA)", "a suicide attack on a checkpoint in Mayadin; a recalled "
        "US raid in Idlib | page: https://marebpress.net/news_details.php?lang=arabic&sid=213161",
        "مأرب برس – وكالات\n"
        "أعلنت الوكالة العربية السورية للأنباء (سانا) أن تنظيم «داعش» شنّ هجوماً انتحارياً على حاجز أمني في "
        "الميادين، المدينة الواقعة في محافظة دير الزور، قُتل فيه أحد أفراد الأمن الداخلي. وأوضحت الوكالة أن عناصر الحاجز تصدّوا "
        "للمهاجمَين فقتلوا أحدهما، في حين فجّر الآخر نفسه، من غير أن تُكشف تفاصيل أخرى عن الخسائر. وجاء ذلك بعد أيام "
        "قليلة على عملية أميركية في ريف إدلب قُتل فيها قيادي كبير في التنظيم رُشّح لقيادة فرعه السوري، ومعه أحد مسؤوليه "
        "الماليين، ووصفتها واشنطن بالناجحة، قائلةً إنها أفشلت مخططاً ضد القوات الأميركية والتحالف والحكومة السورية "
        "الجديدة.",
        [E("explosion", None, PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2025-08-23",
           "الوكالة العربية السورية للأنباء (سانا)", IS,
           note="a suicide attack on a checkpoint (ACLED: suicide bomb); one member killed, one attacker shot and one "
                "blown up: no figure. DATE CALL: the text gives no day; the item's news → the publication day (the "
                "page's agencies date it the day before)"),
         E("armed_clash", None, PL("ريف إدلب", "Idlib countryside", "Idlib"), None, None, COAL,
           note="TYPE CALL: the recalled US operation that killed an IS leader and a finance official (the text does "
                "not say raid or strike; coded as a clash, a second coder could code an airstrike); «بعد أيام»: "
                "undated; the outlet's recall, no source; the plan it foiled is an aim")])

passage("kn18", "2017-04-09", "SMART (via Micro Syria)", "an evacuation batch arrives at a camp, the batch before it "
        "recalled; a deal as frame | page: https://microsyria.com/2017/04/09/وصول-الدفعة-الرابعة-من-مهجري-حي-الوعر-ب",
        "رابع دفعات مهجّري الوعر تصل إلى مخيم شرقي حلب\n"
        "سمارت\n"
        "بلغ المهجّرون من حي الوعر بحمص، ضمن دفعتهم الرابعة، صباح اليوم الأحد مخيماً أُعدّ لهم غرب مدينة جرابلس، على بعد 125 "
        "كم شمال شرقي حلب، بحسب مراسل «سمارت» هناك. ويجري التهجير بموجب اتفاق عقده ممثلو "
        "الحي من عسكريين ومدنيين مع النظام تحت رعاية روسية، إثر حملة عسكرية على الحي قُتل فيها العشرات. وذكر المراسل أن 1424 مدنياً "
        "ومقاتلاً وصلوا إلى مدينة الباب ترافقهم طواقم إسعاف و«الهلال الأحمر السوري»، ثم تولى «الهلال الأحمر التركي» "
        "نقلهم إلى مخيم زوغرة. وكان يُفترض أن يغادر الحي أكثر من 2500 شخص، غير أن نقص الحافلات حال دون ذلك. أما "
        "الدفعة الثالثة، وعدد أفرادها 1850، فقد وصلت إلى مخيمات في الريف الشمالي لإدلب مساء الثاني من الشهر الجاري.",
        [E("other", Q("1424", 1424), PL("الوعر", "Al-Waer", "Homs", nth=1), "2017-04-09", "مراسل «سمارت»", None,
           note="the fourth evacuation batch (evacuations are `other`, placed at their origin: the quarter, nth=1 "
                "the lead's); dated by its arrival today; 2500 expected is a plan, not the figure. The deal is its "
                "frame; the earlier campaign's dead (عشرات, no day) are background, not coded"),
         E("other", Q("1850", 1850), PL("الوعر", "Al-Waer", "Homs", nth=1), "2017-04-02", "مراسل «سمارت»", None,
           note="the third batch, recalled with its day («الثاني من الشهر الجاري», its arrival); the outlet's own "
                "reporter files the whole item, so his report carries")])

passage("kn19", "2019-05-22", "Akhbar Al Aan", "HTS arrests a media activist over a post; background bombardment "
        "| page: https://akhbaralaan.net/news/arab-world/2019/05/22/اعتقال-ناشط-في-إدلب-بسبب-منشور-على-فيسبوك",
        "أخبار الآن | إدلب\n"
        "ألقت «هيئة تحرير الشام» القبض على ناشط إعلامي في إدلب على خلفية منشور كتبه على صفحته في «فيسبوك»، بعدما تعقّبت "
        "حسابه وراقبته. ونفّذ عناصر الهيئة الاعتقال في بنش، إحدى مدن ريف إدلب، بحجة أن الناشط، المعروف بلقب «أبو يحيى»، "
        "هاجم قائدها أبا محمد الجولاني على مواقع التواصل. والناشط من أقدم الإعلاميين في المحافظة، وقد صوّر المعارك "
        "بكاميرته وساعد بجهده الشخصي النازحين والمهجّرين في الشمال. وتنشغل الهيئة بملاحقة حسابات المدنيين والناشطين "
        "واعتقال منتقديها، في وقت يتعرض فيه ريفا إدلب الجنوبي وحماة الشمالي لقصف روسي عنيف ومحاولات متواصلة لقضم "
        "المناطق.",
        [E("arrest", None, PL("بنش", "Binnish", "Idlib"), "2019-05-22", None, HTS,
           note="one activist arrested (no figure); the outlet tells it. DATE CALL: the text gives no day; the "
                "item's news → the publication day. The tracking of accounts and the Russian bombardment are "
                "habits or states («تنشغل», «يتعرض»), not events")])

passage("kn20", "2011-12-04", "Anaween (via Sauress, relaying Reuters)", "an intelligence compound's men defect, a night "
        "fight, armour called in | page: https://sauress.com/anaween/34807",
        "أفاد ناشطون يوم الأحد 4 كانون الأول 2011 بأن 12 عنصراً على الأقل من المخابرات السورية انشقوا عن مجمّع أمني في "
        "محافظة مضطربة محاذية لتركيا، في أول انشقاق واسع يُروى عن الجهاز الذي يتولى قمع المحتجين. وأضافوا أن "
        "المنشقين فرّوا ليل السبت من مقر المخابرات الجوية في مدينة إدلب، التي تبعد 280 كيلومتراً إلى الشمال الشرقي من دمشق، فدار "
        "قتال أوقع عشرة قتلى وجرحى من الجانبين. وروى ناشط في المدينة قال إن اسمه سامر أن منشقين عن الجيش يتحصنون في "
        "جبل الزاوية المجاور ظهروا قرب المجمّع وأعانوا رفاقهم على الفرار، وأن الجيش استقدم مدرعات من ثكناته خارج إدلب "
        "لحماية المجمّع، فيما لم يتوقف إطلاق الرصاص حتى الفجر.",
        [E("defection", Q("12", 12, None, True), PL("إدلب", "Idlib", "Idlib"), "2011-12-03", "ناشطون", GOV,
           note="at least 12 intelligence men defected from the Air Force Intelligence compound in Idlib (placed at "
                "the city; the province «محاذية لتركيا» is unnamed in the lead); «ليل السبت» → the 3rd"),
         E("armed_clash", Q("عشرة", 10), PL("إدلب", "Idlib", "Idlib"), "2011-12-03", "ناشطون", FSA,
           note="FIGURE CALL: ten «قتلى وجرحى» with no dead apart: the combined figure is the act's (as sets 39, 78 "
                "and 86 code it); «وأضافوا» carries the activists"),
         E("reinforcement", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2011-12-03", "ناشط في المدينة", GOV,
           note="armour brought from barracks outside Idlib to guard the compound (nth=1: that sentence's Idlib)")])

passage("kn21", "2012-12-25", "Akhbar Al Aan", "the military police chief announces his defection; a chemical attack "
        "recalled | page: https://www.akhbaralaan.net/news/arab-world/2012/12/25/dissent-syria-military-police-commander-joining-revolt-against-bashar-al-assad",
        "أعلن اللواء عبد العزيز جاسم الشلال، قائد الشرطة العسكرية في سوريا، تخلّيه عن الجيش وانحيازه إلى الثورة على "
        "الرئيس بشار الأسد، في أهم انشقاق لمسؤول أمني منذ اندلاع الانتفاضة قبل واحد وعشرين شهراً. وقال الشلال إن "
        "الجيش حاد عن واجبه الأول في الدفاع عن البلاد وصار عصابات للقتل والتخريب، متهماً إياه بهدم المدن والقرى وارتكاب "
        "المجازر بحق سوريين خرجوا يطالبون بالحرية. ويُعد الشلال من أرفع القادة رتبة ممن انشقوا وهم في مواقعهم، ويأتي "
        "انشقاقه بعد أيام من لجوء قوات النظام إلى أسلحة كيماوية وغازات سامة ضد السكان في حمص.",
        [E("defection", None, None, "2012-12-25", "اللواء عبد العزيز جاسم الشلال", GOV,
           note="one general's announced defection: no figure, no place in the text (where he went is not told); "
                "the defector announces it (as p13); undated → the publication day. His charges against the army "
                "are his reasons, not a statement apart. Not coded: the chemical attack in Homs recalled «بعد أيام» "
                "(no day; a second coder could code it)")])

passage("kn22", "2012-07-26", "Asharq Al-Awsat", "a commander's count of recent defections, two brigadiers into Turkey "
        "and the running total there, two brigadiers captured in Damascus (published inferred: issue 12294, a week "
        "after the 18 July bombing) | page: http://archive.aawsat.com/details.asp?section=4&issueno=12294&article=688095&feature=",
        "الجيش الحر يعلن أسر ضابطين والانشقاقات تشمل وحدات بأكملها\n"
        "لم تتباطأ موجة الانشقاقات داخل جيش النظام منذ التفجير الذي ضرب مبنى الأمن القومي في دمشق الأسبوع الماضي، "
        "كما يقول لـ«الشرق الأوسط» قيادي في الجيش الحر، موضحاً أن حصر المنشقين صار صعباً بعدما بلغ عددهم في الآونة "
        "الأخيرة 1000 عنصر وضابط من مناطق شتى، وأن الانشقاقات باتت تطال قطاعات ووحدات بكاملها، أكثرها في حلب، ومنها "
        "ضباط في الشرطة. وأفاد دبلوماسي في الخارجية التركية بأن عميدين سوريين عبرا الحدود أمس ولجآ إلى تركيا، ليبلغ "
        "عدد الضباط المنشقين الواصلين إلى الأراضي التركية 27. في المقابل، أعلن الجيش الحر في بيان أنه أسر اليوم عميدين "
        "في الجيش النظامي داخل دمشق، ونسبت «الأناضول» إلى لواء الحبيب محمد المصطفى قوله إن كتيبة هارون الرشيد هي من نفّذ "
        "العملية.",
        [E("defection", Q("1000", 1000), None, None, "قيادي في الجيش الحر", GOV, kind="aggregate",
           note="the defectors «in recent times» since the bombing a week before: an aggregate (period from "
                "2012-07-18); Aleppo is where most were, a breakdown, not its place"),
         E("defection", None, PL("تركيا", "Turkey", None, "Turkey"), "2012-07-25", "دبلوماسي في الخارجية التركية", GOV,
           note="two brigadiers crossed into Turkey yesterday (a dual: no figure); an arrival abroad told as the "
                "defection, no place at home"),
         E("defection", Q("27", 27), None, None, "دبلوماسي في الخارجية التركية", GOV, kind="aggregate",
           note="the running total of defected officers who reached Turkey: no place (a residence abroad, stop 28)"),
         E("arrest", None, PL("دمشق", "Damascus", "Damascus", nth=1), "2012-07-26", "الجيش الحر", FSA,
           note="two brigadiers captured in the capital (a capture coded `arrest`, as abductions; a dual, no "
                "figure); the FSA statement is its source, Anadolu's relay names the battalion. nth=1: the "
                "capture's «دمشق» (the first is the bombing's)")])

passage("kn23", "2013-09-04", "Al-Binaa (Tunisia, via Turess)", "a week's defection tally by the FSA staff, with the "
        "units listed (published inferred: «أمس الثلاثاء» while Western states weighed a strike, 3 September 2013) "
        "| page: https://www.turess.com/binaa/24619",
        "قال المكتب الإعلامي التابع لهيئة الأركان العامة في الجيش السوري الحر إنه وثّق 400 حالة انشقاق عن القوات النظامية "
        "في الأسبوع المنصرم، أغلبها انشقاقات جماعية، وأن المقاتلين أمّنوا المنشقين مع سلاحهم. وجاء في بيان وضعه المكتب "
        "على «فيسبوك» أمس الثلاثاء أن أكثر من 400 عسكري انشقوا في أنحاء سورية على دفعات ضمّت كل منها بين 20 "
        "و60، وأن أبرز الانشقاقات سُجّلت تباعاً في الفرقة 17 بالرقة ومطار دير الزور العسكري ومعسكر الطلائع في دير "
        "الزور ومطار خلخلة في السويداء واللواء 104 (حرس جمهوري) بريف دمشق. وتوقّع المكتب تزايد الانشقاقات في الأيام "
        "القريبة، مع إعلان دول غربية تتقدمها الولايات المتحدة وفرنسا، ومعها تركيا، نيتها ضرب النظام عسكرياً.",
        [E("defection", Q("400", 400), None, None, "المكتب الإعلامي التابع لهيئة الأركان العامة في الجيش السوري الحر", GOV,
           kind="aggregate",
           note="the week's tally (period the week before 3 September); the later «أكثر من 400» is the same "
                "figure; the batches of 20-60 and the units are its breakdown, not events or places. Not coded: the "
                "office's forecast and the Western threats (context; a second coder could code a statement)")])

passage("kn24", "2017-11-08", "SMART (via Micro Syria)", "defected policemen announce a body in Daraa, its size "
        "| page: https://microsyria.com/2017/11/08/منشقون-يشكلون-تجمع-الشرطة-الأحرار-جن/",
        "منشقون يؤسسون «تجمع الشرطة الأحرار» في الجنوب السوري\n"
        "سمارت – درعا\n"
        "أعلن ضباط وأفراد شرطة انشقوا عن قوات النظام السوري، يوم الأربعاء، تأسيس «تجمع الشرطة الأحرار» في جنوب "
        "البلاد، في اجتماع عقدوه بمدينة نوى التي تبعد 40 كم إلى الجنوب الغربي من درعا. وقال المتحدث باسم التجمع نسيم الحوراني "
        "في حديث لـ«سمارت» إن الغاية العمل مع هيئات الداخل على ضبط الأمن في الجنوب، مؤكداً أن التجمع مستقل عن كل الجهات "
        "السياسية والعسكرية ولا يتلقى أي دعم خارجي، وأن أعضاءه من الضباط وصف الضباط والعناصر المنشقين يزيدون على 300. "
        "وأوضح الشرطي المنشق خالد المصري أنهم يسعون إلى إنشاء جهاز للأمن الداخلي، بعدما ناشدوا الحكومة المؤقتة ومجلس "
        "المحافظة ووزارة العدل النهوض بعمل الشرطة.",
        [E("statement", None, PL("نوى", "Nawa", "Daraa"), "2017-11-08", "نسيم الحوراني", None,
           note="STATEMENT CALL: the founding of a body announced at a meeting in Nawa (a named body's announcement "
                "that is the item's news, stop 32); its spokesman is the source. FIGURE CALL: the 300+ defected "
                "members are the body's size (a state), not coded as a defection tally; a second coder could code "
                "a defection aggregate")])

passage("kn25", "2015-06-24", "Shahba Press", "a swap of detained women for fighters' bodies; the women's arrest recalled "
        "(published inferred: a Wednesday some weeks after Brigade 52 was taken in June 2015) "
        "| page: https://shahbapress.net/?p=5149",
        "أتمّ مقاتلو المعارضة اليوم الأربعاء صفقة تبادل مع النظام خرجت بموجبها معتقلات من سجونه، مقابل تسليم جثث "
        "مقاتلين أفغان وإيرانيين ولبنانيين قُتلوا وهم يقاتلون في صفوف قوات الأسد خلال معارك درعا الأخيرة. وقالت حركة "
        "أحرار الشام إن الصفقة أخرجت 42 معتقلة بعد مفاوضات دامت أياماً، وأنها سلّمت قوات الأسد 11 جثة في منطقة اللجاة، "
        "لقتلى سقطوا في الأسابيع الماضية في بصر الحرير واللواء 52 الذي انتزعه الثوار مؤخراً. وكانت قوات الأسد قد اعتقلت "
        "النساء الـ42 في مدينة إزرع، التي نزح إليها كثيرون من قرى اللجاة هرباً من المعارك والقصف الجوي اليومي.",
        [E("other", Q("42", 42), PL("اللجاة", "Al-Lajat", "Daraa"), "2015-06-24", "حركة أحرار الشام", FSA,
           note="a prisoner exchange: one `other` event whose figure is the people it freed as first numbered (42; "
                "the 11 bodies are the other side); placed where the handover took place. The lead names no "
                "source; the next sentence comes back to the same swap"),
         E("arrest", Q("الـ42", 42), PL("إزرع", "Izraa", "Daraa"), None, None, GOV,
           note="the women's arrest, recalled with no day («وكانت … قد»): the outlet's recall, no source. Brigade 52 "
                "and the fighting at Busr al-Harir are background of the swap, not coded")])

passage("kn26", "2017-11-17", "Syria News", "shells on four places of Damascus and its countryside, each with its "
        "telling; the day before's toll | page: https://syria.news/9c21ff52-17111712_m.html",
        "سقط قتلى وجرحى يوم الجمعة بقذائف صاروخية أصابت في دمشق سوق الهال والدويلعة وعش الورور، وفي ريفها "
        "مدينة جرمانا. ونقلت وكالة «سانا» عن مصدر بقيادة الشرطة أن 3 أشخاص قُتلوا وأصيب 7 بجروح من جراء القذائف التي "
        "سقطت على سوق الهال. وأفادت مصادر متطابقة على مواقع التواصل بمقتل طفل وجرح 4 أشخاص بقذائف على الدويلعة، "
        "وبسقوط قذيفتين على عش الورور لم توقعا إصابات، وبسقوط قذائف هاون في "
        "جرمانا على أحياء الجناين ودف الصخر وكرم حديد من دون خسائر معروفة. وكان 6 أشخاص قد قُتلوا وجُرح 45 آخرون يوم الخميس بقذائف صاروخية وهاون سقطت على "
        "أحياء سكنية في دمشق.",
        [E("shelling", Q("3", 3), PL("دمشق", "Damascus", "Damascus"), "2017-11-17", "مصدر بقيادة الشرطة", None,
           note="shells on the market (a landmark: placed at the city); the lead is the day told in general, the "
                "same incidents. No actor: the text names no one"),
         E("shelling", None, PL("الدويلعة", "Al-Duwaila", "Damascus", nth=1), "2017-11-17", "مصادر متطابقة", None,
           note="a child killed, four wounded: no figure (nth=1: the sentence's own mention)"),
         E("shelling", None, PL("عش الورور", "Ish al-Warwar", "Damascus", nth=1), "2017-11-17", "مصادر متطابقة", None,
           note="two shells (a dual: no figure), no casualties; the same sources go on («وبسقوط»)"),
         E("shelling", None, PL("الجناين", "Al-Janayen", "Rif Dimashq"), "2017-11-17", "مصادر متطابقة", None,
           note="mortars on three Jaramana quarters (a group at the first), no losses known"),
         E("shelling", Q("6", 6), PL("دمشق", "Damascus", "Damascus", nth=1), "2017-11-16", None, None,
           note="Thursday's shelling of the city's quarters with six dead: the outlet's recall «وكان … قد», no "
                "source; one act over unnamed quarters, placed at the city (nth=1)")])

passage("kn27", "2013-11-24", "Enab Baladi", "a day of mortar fire on Damascus: the shell count, wounded by quarter, the "
        "accusations | page: https://enabbaladi.net/54363/أحياء-دمشق-تستقبل-دفعة-جديدة-من-قذائف-ا/?amp=1",
        "جُرح ما لا يقل عن 9 مدنيين منذ صباح اليوم الأحد، الرابع والعشرين من تشرين الثاني، بقذائف هاون تساقطت على أحياء متفرقة من "
        "دمشق. وذكرت صفحة «يوميات قذيفة هاون»، المتخصصة في رصد القذائف التي تطال العاصمة، أن أحياء المدينة تلقّت "
        "10 قذائف صاروخية، إحداها في شارع الملك فيصل حيث جُرح 4 أشخاص وتضررت سيارتان. وأصيبت امرأة ورجل بجروح بالغة "
        "بقذيفة في العدوي، وجُرح شخص في باب توما، فيما أصيبت طالبتان بقذيفة على مبنى كلية العمارة في "
        "البرامكة، بحسب الصفحة. ويتهم النظام فصائل المعارضة في جوبر والغوطة الشرقية بقصف الأحياء، بينما تنفي الفصائل "
        "ذلك وتتهم قوات الأسد بالوقوف وراءه.",
        [E("shelling", Q("10", 10), PL("دمشق", "Damascus", "Damascus"), "2013-11-24", "صفحة «يوميات قذيفة هاون»", None,
           kind="aggregate",
           note="FIGURE/INCIDENT CALL: the day's ten shells over the city, more than the hits listed: the day's "
                "total as an aggregate beside the hits (stop 34); the nine wounded are never a figure"),
         E("shelling", None, PL("دمشق", "Damascus", "Damascus"), "2013-11-24", "صفحة «يوميات قذيفة هاون»", None,
           note="the shell on King Faisal street (a street: placed at the city), four wounded: no figure"),
         E("shelling", None, PL("العدوي", "Al-Adawi", "Damascus"), "2013-11-24", "صفحة «يوميات قذيفة هاون»", None,
           note="a shell with two badly wounded"),
         E("shelling", None, PL("باب توما", "Bab Touma", "Damascus"), "2013-11-24", "صفحة «يوميات قذيفة هاون»", None,
           note="one wounded"),
         E("shelling", None, PL("البرامكة", "Al-Baramkeh", "Damascus"), "2013-11-24", "صفحة «يوميات قذيفة هاون»", None,
           note="a shell on the faculty building (placed at the quarter), two students wounded; the closing «بحسب "
                "الصفحة» covers the sentence. The mutual accusations are a habit: no actor, no event")])

passage("kn28", "2015-04-25", "Echorouk (via Djazairess)", "a town taken by Jaysh al-Fath, the monitor's and activists' "
        "tellings; the provincial capital's fall recalled | page: https://djazairess.com/echorouk/240886",
        "بسطت فصائل المعارضة السورية السبت سيطرتها التامة على جسر الشغور، المدينة التابعة لمحافظة إدلب في شمال غرب "
        "البلاد، ولم يكن قد مضى شهر على انتزاعها مدينة إدلب نفسها، مركز المحافظة. وبحسب المرصد السوري لحقوق الإنسان، "
        "توغل المقاتلون في المدينة الواقعة على الطريق الرابط بين اللاذقية الساحلية وحلب، كبرى مدن الشمال، إثر أيام من "
        "القتال الشرس. وأبلغ ناشطون وكالة الأناضول أن فصائل أغلبها إسلامية، من بينها جبهة النصرة و«أحرار الشام»، "
        "تنضوي في غرفة عمليات «جيش الفتح»، أحكمت قبضتها على المدينة صباح اليوم بعد مواجهات عنيفة مع قوات النظام فيها. "
        "وكان «جيش الفتح» قد أعلن أواخر آذار الماضي سيطرته الكاملة على مدينة إدلب بعد خمسة أيام من المعارك، لتغدو ثاني "
        "مركز محافظة يفلت من قبضة النظام بعد الرقة.",
        [E("territory_change", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2015-04-25",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="one taking told three times; the lead names no source, the monitor's next sentence comes back to "
                "it. ACTOR CALL: Jaysh al-Fath (Nusra, Ahrar al-Sham) coded as the opposition factions; a second "
                "coder could name HTS's forerunner. The days of fighting are the same act"),
         E("territory_change", None, PL("إدلب", "Idlib", "Idlib", nth=2), "2015-03", None, FSA,
           note="the recalled fall of Idlib city «أواخر آذار الماضي» (month grain, mod late): the outlet's recall, no "
                "source; nth=2 is the recall's own mention")])

passage("kn29", "2025-10-06", "Al-Araby Al-Jadeed", "a checkpoint attack in Aleppo by the Asayish, reinforcements, "
        "clashes and shells around two quarters | page: https://www.alaraby.co.uk/politics/مقتل-عنصر-أمن-وإصابة-ثلاثة-باشتباكات-مع-قسد-في-حلب",
        "لقي أحد أفراد الأمن الداخلي السوري، التابع لوزارة الداخلية، حتفه وأصيب ثلاثة من رفاقه مساء اليوم الاثنين، بنيران "
        "«الأسايش»، الجهاز الأمني في «قوات سوريا الديمقراطية» (قسد)، قرب تخوم حيي الشيخ مقصود والأشرفية ذوي الغالبية "
        "الكردية في حلب. وأوضحت مصادر مطلعة في حديثها إلى «العربي الجديد» أن النيران استهدفت عناصر الأمن عند حاجز العوارض، وأن "
        "الاشتباكات مستمرة هناك، تزامناً مع وصول تعزيزات للأمن السوري إلى محيط الحيين، واشتباكات متقطعة بين «قسد» "
        "والجيش قرب دوار الشيحان، وسقوط قذائف أطلقتها «قسد» حول الحيين. ودعت مساجد الحيين عبر مكبرات الصوت السكان إلى "
        "البقاء في منازلهم، فيما علقت عشرات العائلات في محيطهما بعد إغلاق معظم الطرق.",
        [E("armed_clash", None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), "2025-10-06", "مصادر مطلعة", SDF,
           note="the Asayish's fire on a checkpoint and the clashes there: one killed, three wounded, no figure; "
                "placed at the quarter whose edge the checkpoint stands on (the checkpoint is no listed site). The "
                "lead names no source; the sources' sentence comes back to it"),
         E("reinforcement", None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), "2025-10-06", "مصادر مطلعة", NEWGOV,
           note="security reinforcements reaching the quarters' edge"),
         E("armed_clash", None, PL("حلب", "Aleppo", "Aleppo"), "2025-10-06", "مصادر مطلعة", SDF,
           note="INCIDENT CALL: intermittent SDF-army clashes near the Shihan roundabout (a landmark: the city), "
                "another place and other forces than the checkpoint; a second coder could fold them into one"),
         E("shelling", None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), "2025-10-06", "مصادر مطلعة", SDF,
           note="shells fired by the SDF around the two quarters, no casualties told. The families stranded and "
                "the mosques' calls are no events")])

passage("kn30", "2015-10-16", "Orient News", "Russian raids on north Homs: today's toll, the day before's, a lead total "
        "equal to both; two rebel actions | page: https://www.orient-news.net/ar/news_show/91797/ريف-حمص-80-شهيد-حصيلة-العدوان-الروسي-في-أقل-من-24-ساعة-",
        "ريف حمص: 80 قتيلاً بالغارات الروسية في أقل من يوم\n"
        "قُتل 15 مدنياً في مجزرة جديدة ارتكبها الطيران الروسي في ريف حمص الشمالي، لترتفع إلى 80 حصيلة من قضوا بالقصف "
        "الروسي في غضون أقل من يوم واحد. وقال أسامة أبو زيد، الذي يدير مركز حمص الإعلامي، في حديث إلى «أورينت نت» إن الطائرات الروسية "
        "ضربت بصواريخ فراغية أبنية سكنية في قرية تير معلة فقتلت 15 مدنياً وجرحت آخرين، وطالت غاراتها أيضاً تلبيسة "
        "والغنطو وعزالدين والتلول الحمر والقنيطرات، وذلك غداة مقتل 65 شخصاً بغارات روسية أصابت ملجأً وفرناً آلياً في "
        "الريف ذاته. وأكد أبو زيد أن ما يزيد على 20 عنصراً من قوات الأسد والميليشيات قُتلوا حين صدّ الثوار تقدّمهم إلى "
        "الجنوب الغربي من قرية الدار الكبيرة، وأن الثوار دمّروا رتلاً للنظام على طريق حمص – السلمية وقتلوا نحو 14 عنصراً.",
        [E("airstrike", Q("15", 15, nth=1), PL("تير معلة", "Tir Maalla", "Homs"), "2015-10-16", "أسامة أبو زيد", RUS,
           note="today's raid on Tir Maalla; the lead's 15 and the director's are one figure (nth=1: his). The lead "
                "names no source; his sentence comes back to it. FIGURE CALL: the lead's 80 = 15 + 65, the two "
                "raids the text tells: no event of its own (stop 34)"),
         E("airstrike", None, PL("تلبيسة", "Talbiseh", "Homs"), "2015-10-16", "أسامة أبو زيد", RUS,
           note="raids on five more towns, no toll (a group at the first)"),
         E("airstrike", Q("65", 65), PL("ريف حمص الشمالي", "Northern Homs countryside", "Homs"), "2015-10-15",
           "أسامة أبو زيد", RUS,
           note="the day before's raids on a shelter and a bakery («غداة»): within the director's report; places "
                "unnamed, so the region"),
         E("armed_clash", Q("ما يزيد على 20", 20, None, True), PL("الدار الكبيرة", "Al-Dar al-Kabira", "Homs"),
           "2015-10-16", "أبو زيد", GOV,
           note="a regime advance repelled, its dead the figure; the attacker is the agent; undated → the "
                "publication day"),
         E("armed_clash", Q("نحو 14", 14, approx=True), PL("حمص", "Homs", "Homs", nth=3), "2015-10-16", "أبو زيد", FSA,
           note="a convoy destroyed on the Homs-Salamiyah road (placed at the first place named, nth=3 the road's "
                "«حمص»); «وأن» goes on with the director")])

passage("kn31", "2014-05-04", "Tasnim Arabic (relaying Al-Quds Al-Arabi)", "IS executions in three towns the same day, "
        "one activist's telling | page: https://www.tasnimnews.com/ar/news/2014/05/04/358384/داعش-تواصل-حفلات-الإعدام-الجماعی-فی-الرقة",
        "«داعش» يمضي في الإعدامات الجماعية بالرقة\n"
        "نفّذ عناصر «الدولة الإسلامية في العراق والشام» (داعش) أحكام إعدام في ساحات عامة بمدينة الرقة، كان أغلب ضحاياها "
        "مقاتلين من فصائل أخرى، في ظل الاقتتال القائم بين الجماعات المتشددة هناك. ونقلت «القدس العربي» عن الناشط ماهر "
        "الحسن أن التنظيم أعدم 7 أشخاص وسط المدينة في ساحة النعيم، وعلّق على صدر أحدهم ورقة تتهمه بمحاربة المسلمين "
        "وزرع عبوة في المكان، وأن بين القتلى فتى في الخامسة عشرة وعنصراً سابقاً في الجيش الحر. وفي اليوم ذاته، أعدم "
        "التنظيم رمياً بالرصاص 3 شبان عند دوار الحرية في تل أبيض، وشابين في سلوك بعد تلاوة بيان يصفهما بـ«الصحوات».",
        [E("casualties", Q("7", 7), PL("الرقة", "Raqqa", "Raqqa"), "2014-05-04", "الناشط ماهر الحسن", IS,
           note="executions stay `casualties`; the square is placed at the city. Source: the activist the paper is "
                "relayed from (stop 34: a relayed report's source is the one relayed). DATE CALL: no day in the "
                "text: the item's news → the publication day. The age is a duration"),
         E("casualties", Q("3", 3), PL("تل أبيض", "Tal Abyad", "Raqqa"), "2014-05-04", "الناشط ماهر الحسن", IS,
           note="the same day, the same activist's telling goes on; the roundabout is placed at the town"),
         E("casualties", None, PL("سلوك", "Suluk", "Raqqa"), "2014-05-04", "الناشط ماهر الحسن", IS,
           note="two young men (a dual: no figure)")])

passage("kn32", "2025-09-18", "Al-Tayyar (relaying Al-Liwaa)", "a return of refugee families from Arsal; the government's "
        "return plan recalled | page: https://www.tayyar.org/News/Lebanon/684907/اللواء--عودة-النازحين",
        "اللواء: عودة النازحين\n"
        "في ملف عودة النازحين السوريين، أشرفت المديرية العامة للأمن العام مع مخابرات الجيش اللبناني على عودة طوعية لنازحين من "
        "بلدة عرسال في شرق لبنان إلى بلادهم عبر معبر الزمراني. ومنذ ساعات الصباح الأولى، أنجز ضباط الجهازين وعناصرهما "
        "الإجراءات القانونية اللازمة لعودة نحو 130 عائلة تتجه إلى القلمون، بمواكبة من مفوضية الأمم المتحدة السامية "
        "لشؤون اللاجئين. وكانت الحكومة اللبنانية قد كشفت في تموز الماضي عن خطة متعددة المراحل لإعادة النازحين، تنقسم "
        "فيها العودة إلى منظمة، تُسجَّل فيها الأسماء وتؤمَّن حافلات تقلّ العائدين إلى الداخل السوري، وأخرى غير منظمة "
        "يتدبر فيها النازح موعد رحيله ووسيلة نقله، وينال كل عائد في الحالتين 100 دولار.",
        [E("other", Q("نحو 130", 130, approx=True), PL("عرسال", "Arsal", None, "Lebanon"), "2025-09-18", "اللواء", None,
           note="a return of refugees (`other`): the figure is families; PLACE CALL: placed at the origin, as "
                "evacuations are (the crossing and the Qalamoun destination are the way and the end). Undated → "
                "the publication day. SOURCE CALL: the item opens «اللواء:», a paper named as the source (stop 32)"),
         E("statement", None, None, "2025-07", "الحكومة اللبنانية", None,
           note="the Lebanese government's return plan, announced in July: a named body's decision told as its own "
                "matter (stop 32), recalled with its month; the 100 dollars is money")])

passage("kn33", "2014-01-24", "Algeria Today (relaying Al-Araby Al-Jadeed)", "a public execution by sword in Raqqa; the "
        "takeover ten days before | page: https://algeriatoday.com/amp/36/2014-01-24-15-41-50",
        "أقدم تنظيم «الدولة الإسلامية في العراق والشام» يوم الجمعة على قطع رأسي شابين بالسيف في دوار النعيم في قلب "
        "مدينة الرقة، وذكر ناشطون أن أحد المنفذين قرأ بياناً يتهمهما بسبّ النبي. وهي المرة الأولى التي تُنفذ فيها عقوبة "
        "الإعدام بالسيف علناً في الرقة، بعد إعدامات ميدانية سابقة جرت كلها بالرصاص. ويأتي ذلك بعد عشرة أيام من إحكام "
        "التنظيم سيطرته الكاملة على المدينة، إثر اقتتال مع «أحرار الشام» و«جبهة النصرة» انتهى بانسحابهما منها، وقد "
        "شهد الدوار نفسه إعداماً سابقاً، فيما نُفذت الإعدامات العلنية الأخرى في دوار الساعة.",
        [E("casualties", None, PL("الرقة", "Raqqa", "Raqqa"), "2014-01-24", "ناشطون", IS,
           note="an execution (`casualties`); two young men (a dual: no figure); the roundabout is placed at the "
                "city; the activists of the same sentence tell its detail"),
         E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa"), "2014-01-14", None, IS,
           note="the takeover ten days before (a relative date → the 14th), its fight with Ahrar al-Sham and Nusra "
                "folded into it (the losers withdrew); the outlet's recall. Not coded: the earlier executions (no "
                "day, no figure)")])

passage("kn34", "2023-05-24", "Syrian Today", "a Turkish minister's figures: a new operation, the month's total, the "
        "total since 2015; his stance | page: https://syrian-today.net/ar/article/5477/وزير-الدفاع-التركي-تحييد-126-إرهابيا-في-سوريا-منذ-بداية-مايو",
        "أكار: 126 «إرهابياً» حُيّدوا في سوريا منذ أول أيار\n"
        "السوري اليوم\n"
        "قال خلوصي أكار، وزير الدفاع التركي، يوم الثلاثاء إن قوات بلاده نفّذت عملية جديدة في الشمال السوري «حيّدت» فيها "
        "19 «إرهابياً»، ليصل عدد من جرى تحييدهم منذ بداية الشهر إلى 126. وشدد أكار على أن أنقرة ماضية في قتال «الإرهابيين» "
        "لحماية مواطنيها، لافتاً إلى أن الجيش التركي حيّد منذ عام 2015 ما مجموعه 37 ألفاً و886. وأكد أن بلاده تحترم "
        "سيادة سوريا والعراق ووحدة أراضيهما، وأن عملياتها هناك تتفق مع القانون الدولي ولا تطال سوى التنظيمات "
        "الإرهابية. وتنفذ القوات والاستخبارات التركية منذ سنوات عمليات كثيرة في شمال البلاد، تستهدف في معظمها الوحدات "
        "الكردية، عماد «قسد».",
        [E("armed_clash", Q("19", 19), PL("الشمال السوري", "Northern Syria", None), "2023-05-23",
           "خلوصي أكار", TUR,
           note="TYPE CALL: a Turkish operation that «neutralised» 19 (killed or captured; the method is not told): "
                "coded a clash with the 19 as its figure; dated by the minister's Tuesday (the operation's own day "
                "is not given); the region is the place"),
         E("armed_clash", Q("126", 126), None, "2023-05", "خلوصي أكار", TUR, kind="aggregate",
           note="the month's running total in Syria (period 2023-05-01 → the 23rd)"),
         E("armed_clash", Q("37 ألفاً و886", 37886), None, None, "أكار", TUR, kind="aggregate",
           note="the total since 2015 (period 2015 →), not said to be Syria only: no place"),
         E("statement", None, None, "2023-05-23", "أكار", TUR,
           note="the minister's stance (going on with the fight; respect for Syria's and Iraq's sovereignty): "
                "a named official's stance told as its own matter (stop 32). The last sentence is background")])

passage("kn35", "2025-07-18", "Newsroom", "security forces ready to enter Suwayda, tribal fighters massed, a call to "
        "arms, fighting overnight, the monitor's toll | page: https://newsroom.info/110547",
        "الأمن السوري يتهيأ لدخول السويداء «لفض الاشتباك» وسط حشود العشائر\n"
        "أفادت وسائل إعلام محلية سورية اليوم الجمعة بأن عناصر الأمن الداخلي المنتشرين عند حدود محافظة السويداء يتهيؤون لدخول المدينة "
        "من أجل وقف المعارك العنيفة الدائرة بين الفصائل الدرزية ومقاتلي العشائر. وتحتشد أعداد كبيرة من مقاتلي العشائر "
        "والقبائل حول المدينة، وفق مصادر إعلامية محلية. وكانت العشائر البدوية قد دعت إلى النفير العام في مناطق عدة، "
        "مع اشتعال القتال بين مسلحيها والفصائل الدرزية في محيط المدينة ليل الخميس – الجمعة. وأعلن المرصد السوري لحقوق "
        "الإنسان أن حصيلة القتلى في محافظة السويداء ارتفعت إلى 597 منذ أيام، جراء الاشتباكات وأعمال العنف التي تلت خروج القوات "
        "الحكومية من المدينة.",
        [E("reinforcement", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-18",
           "مصادر إعلامية محلية", TRIBES,
           note="tribal fighters massing around the city (placed at the city, the headline's «دخول السويداء»). The security forces' entry is future "
                "(«يتهيؤون»): no event"),
         E("statement", None, None, None, None, TRIBES,
           note="the Bedouin tribes' call to general mobilisation (a call: `statement`, stop 32); no source but "
                "the outlet; undated («وكانت … قد»)"),
         E("armed_clash", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-17", None, TRIBES,
           note="the night's fighting between tribal gunmen and Druze factions around the city; «ليل الخميس – "
                "الجمعة» → the Thursday (as set 73's je06); no toll of its own"),
         E("casualties", Q("597", 597), PL("محافظة السويداء", "As-Suwayda Governorate", "As-Suwayda", nth=1), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="the province's running toll over days of clashes and other violence (several kinds of act: "
                "`casualties`, stop 32); period from the start of the fighting (not dated in the text)")])


def main() -> None:
    write("gold88.jsonl", P88)


if __name__ == "__main__":
    main()
