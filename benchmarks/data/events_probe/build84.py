"""Build gold84.jsonl: held-out set 84 (ids ki01…), written in stop 35 by writer w84 BEFORE any run on it.

Short excerpts (a page's headline-and-lead or one to three paragraphs of it, 60-170 words), each the paraphrase of
the news part of ONE real page found in the search tool's `pages` corpus (queried in Arabic), years 2011-2025, many
outlets (Maghreb and Gulf papers relaying agencies, Syrian opposition and local sites, official and pro-government
media, pan-Arab papers and channels). Subjects: defections, clashes, ambushes, sieges and their tolls, coalition,
Russian, Israeli and Turkish strikes, takings of ground by every side, arrests, bodies found, settlements, SDF and
ISIS, HTS, 2024-2025 events. Every sentence was rewritten (no run of five words, names aside, is shared with its
page: checked by script against the page text, which was kept outside the repository); the incidents, their order,
places, figures, dates, sources and hedges are the page's; people's personal names are invented. Each passage's
`style` ends with the page's address. Gold follows news_dev's README and the events_probe README's stop 28, 30, 32
and 34 conventions, and was written before anything ran on the passages. Offsets are computed by build.build and
checked.

    python benchmarks/data/events_probe/build84.py      # rewrites gold84.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402,F401

P84: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P84.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("ki01", "2013-01-02", "Telexpresse (Morocco), relaying AFP and Anadolu",
        "a group defection on New Year's Day with ranks; running totals of defectors in Turkey "
        "| page: https://maghress.com/telexpresse/11093",
        "فرّ 20 عسكرياً سورياً، من بينهم ضابط يحمل رتبة عميد، من صفوف الجيش النظامي إلى الأراضي التركية، ليلتحقوا "
        "بمئات الجنود الذين تركوا الجيش منذ اندلاع الاحتجاجات في سوريا قبل قرابة عامين، على ما أوردته وكالة فرانس برس "
        "نقلاً عن دبلوماسي تركي. وأوضح الدبلوماسي للوكالة أن هؤلاء أعلنوا انشقاقهم يوم الثلاثاء، أول أيام العام "
        "الجديد، ثم عبروا إلى تركيا. وبيّن المصدر، الذي فضّل عدم كشف هويته، أن في عداد اللاجئين العسكريين عميداً "
        "وثلاثة عقداء إلى جانب ضباط وضباط صف. واجتاز المنشقون مع عائلاتهم الحدود عند ريحانلي في ولاية هاتاي جنوبي "
        "تركيا. وكانت تركيا قد استقبلت إلى اليوم عشرات الضباط المنشقين، منهم اربعون يحملون رتبة عميد أو لواء أو عماد. "
        "وبحسب وكالة الأناضول، نُقل الوافدون الجدد إلى مخيم أبايدين بولاية هاتاي، وهو المخيم الذي يؤوي العسكريين السوريين المنشقين.",
        [E("defection", Q("20", 20), PL("ريحانلي", "Reyhanli", None, "Turkey"), "2013-01-01", "دبلوماسي تركي", GOV,
           note="an arrival abroad told as the defection: the crossing point Reyhanli is the place (stop 28/29); AFP "
                "relays the diplomat, so the diplomat is the source (stop 34); the brigadier and three colonels are a "
                "breakdown; the camp they were taken to is where they now live, not the place"),
         E("defection", Q("مئات", 200, 900, True), None, None, "دبلوماسي تركي", GOV, kind="aggregate",
           note="running total: hundreds of soldiers who defected since the protests began (period 2011-03 to "
                "2013-01); they live in Turkey, so no place (convention a); the first sentence's source"),
         E("defection", Q("عشرات", 20, 90, True), None, None, None, GOV, kind="aggregate",
           note="a second running total, of officers received by Turkey so far; forty generals are its breakdown; "
                "the writer's own «وكانت … قد» → outlet; no place (residence abroad). A coder could fold it into the "
                "soldiers' total, but it counts officers, another figure")])

passage("ki02", "2012-03-10", "Elaph, relaying SANA and SOHR",
        "an infiltration foiled (SANA), fighting in a shelled city, an ambush on defectors and a defectors' attack on a "
        "convoy (SOHR), a civilian shot | page: https://elaph.com/Web/news/2012/3/721940.html",
        "دمشق: أفشلت السلطات السورية محاولة «مجموعة إرهابية مسلحة» التسلل من تركيا إلى ريف إدلب في الشمال الغربي، "
        "فقتلت عدداً من أفرادها واعتقلت آخرين. ونقلت وكالة سانا الرسمية يوم السبت أن الاشتباك مع "
        "المتسللين انتهى بمقتل عدد منهم والقبض على البقية، وأن الجهات المختصة صادرت ما كان معهم من بنادق روسية "
        "وبنادق صيد ورشاشات وأجهزة اتصال وذخائر وبزات عسكرية وحبوب مخدرة. وفي مدينة إدلب، الواقعة تحت قصف عنيف "
        "تشنه قوات النظام، تتواصل منذ الصباح مواجهات ضارية أوقعت ثلاثة جنود وثلاثة مدنيين قتلى. من جهته، ذكر "
        "المرصد السوري لحقوق الإنسان أن قوات النظام نصبت كميناً في منطقة جسر الشغور لعناصر منشقين كانوا في "
        "طريقهم إلى المدينة لمقاتلتها، فقتلت 16 منهم وأسرت آخرين. كما تحدث المرصد عن هجوم شنه منشقون في مكان مختلف "
        "ضمن منطقة جسر الشغور على رتل للجيش النظامي، قُتل فيه اربعة جنود وأُسر خمسة. وفي بلدة كفرنبل بجبل الزاوية، "
        "لقي مدني حتفه برصاص قوات النظام.",
        [E("armed_clash", None, PL("ريف إدلب", "Idlib countryside", "Idlib"), "2012-03-10",
           "وكالة سانا الرسمية", GOV,
           note="the foiled infiltration: a clash with dead and captives («عدد»: no figure); the agency's sentence "
                "retells the lead; dated by the agency's Saturday (the publication day)"),
         E("armed_clash", Q("ثلاثة", 3), PL("إدلب", "Idlib", "Idlib", nth=1), "2012-03-10", None, GOV,
           note="fighting in the city since morning: no total of the two kinds of dead, so the first numbered "
                "(three soldiers) is the figure; the outlet's own sentence"),
         E("shelling", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2012-03-10", None, GOV,
           note="CALL: the city is under heavy regime shelling as the fighting goes on: a second act of another kind "
                "(ACLED codes shelling apart); the text does not tie the three civilians to it, so no figure. A "
                "second coder could fold it into the clash"),
         E("armed_clash", Q("16", 16), PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2012-03-10",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="an ambush on defectors: 16 killed, captives not counted; undated, the item's news → publication day"),
         E("armed_clash", Q("اربعة", 4), PL("جسر الشغور", "Jisr al-Shughur", "Idlib", nth=1), "2012-03-10", "المرصد",
           FSA, note="the defectors' attack on a convoy elsewhere in the same area: another incident; four killed, "
                     "five captured (not an arrest event)"),
         E("casualties", None, PL("كفرنبل", "Kafr Nabl", "Idlib"), "2012-03-10", None, GOV,
           note="a known force shooting a civilian outside a protest: casualties (stop 30, ACLED); singular, no "
                "figure. SOURCE CALL: a new kind of act after the monitor's report, no source of its own → outlet")])

passage("ki03", "2016-01-05", "Zaiton Magazine (opposition)",
        "a besieged town's medical office: a month's hunger deaths and mine deaths | page: https://zaitonmag.com/?p=5246",
        "قال المكتب الطبي في مضايا، البلدة المحاصرة، في بيان صدر عنه اليوم الثلاثاء، إن الجوع أودى بحياة 23 مدنياً "
        "داخل البلدة طوال كانون الأول/ديسمبر من عام 2015، أغلبهم أطفال ومسنّون، فيما قُتل 8 أشخاص وبُترت أطراف 6 "
        "آخرين بانفجار ألغام زرعتها قوات النظام والميليشيات التابعة لها حول البلدة. وبيّن المكتب أن الرضّع والمسنين "
        "يشكّلون الغالبية بين ضحايا الجوع، وأن شحّ الحليب هو العلة الأولى لوفاة الأطفال الرضّع. وتخضع مضايا، الواقعة "
        "تحت سيطرة الثوار، منذ 7 أشهر لحصار محكم تفرضه قوات النظام ومعها ميليشيا «حزب الله»، اللتان تحولان دون وصول "
        "أي نوع من المعونات الإنسانية إليها.",
        [E("casualties", Q("23", 23), PL("مضايا", "Madaya", "Rif Dimashq"), "2015-12", "المكتب الطبي في مضايا",
           GOV, kind="aggregate",
           note="a month's deaths from hunger under siege (period 2015-12): casualties, no act but the siege; agent "
                "the besieging force"),
         E("explosion", Q("8", 8), PL("مضايا", "Madaya", "Rif Dimashq"), "2015-12", "المكتب الطبي في مضايا",
           GOV, kind="aggregate",
           note="the same month's mine deaths: a toll naming one cause takes its type (stop 32), so explosion "
                "(landmines); the six amputees are injured, not the figure; the siege itself is a state")])

passage("ki04", "2015-02-08", "Echorouk (Algeria)",
        "coalition raids on a city and its countryside with a hospital toll; the monitor's toll of the day before "
        "| page: https://djazairess.com/echorouk/232428",
        "نفّذت مقاتلات التحالف الدولي الذي تتزعمه الولايات المتحدة في مواجهة تنظيم داعش، يوم السبت، 21 ضربة جوية "
        "طالت مواقع متفرقة داخل مدينة الرقة الخاضعة للتنظيم وفي ريفها بشمال شرق سوريا. وأصابت الضربات محيط الفرقة "
        "17 في شمال المدينة ومنطقة الفروسية في غربها، إضافة إلى مواقع للتنظيم في معدان بالريف الشرقي والطبقة بالريف "
        "الغربي، بينما جالت سيارات الإسعاف في شوارع المدينة تنقل قتلى التنظيم. وقال مصدر طبي يعمل في المشفى الوطني، طلب "
        "إخفاء اسمه لدواعٍ أمنية، إن عدد هؤلاء وصل إلى 25 قتيلاً. أما المرصد السوري لحقوق الإنسان فكان قد أعلن أن ضربات "
        "للتحالف حول الرقة يوم الجمعة أسفرت عن مقتل ما لا يقل عن 30 من مقاتلي داعش. وأوضح مديره رامي عبد الرحمن أن "
        "الغارات أصابت مستودعات للآليات العسكرية والدبابات ومعسكرات للتدريب وسجناً يستخدمه التنظيم شرقي الرقة "
        "وغربها، مضيفاً أن «مقتل 30 على الأقل بات مؤكداً، وهي من أعنف الهجمات، وقد أوجعت الجماعة كثيراً».",
        [E("airstrike", Q("25", 25), PL("الرقة", "Raqqa", "Raqqa"), "2015-02-07", "مصدر طبي", COAL,
           note="21 raids on the city and its countryside (Division 17, Furusiya, Maadan, Tabqa): one act told over "
                "a list of places, placed at the city; the dead (25) are the figure, not the raids; the medical "
                "source's sentence comes back to the same raids (stop 30 carry-back)"),
         E("airstrike", Q("ما لا يقل عن 30", 30, None), PL("الرقة", "Raqqa", "Raqqa", nth=1), "2015-02-06",
           "المرصد السوري لحقوق الإنسان", COAL,
           note="Friday's raids around the city: another incident with its own day (a recall «وكان … قد» that "
                "the page tells as news); «على الأقل»: low 30, open high")])

passage("ki05", "2015-10-04", "Rozana FM",
        "Russian raids on three places with activists' toll; the monitor's toll of a strike on a market; a rebel "
        "group's claim | page: https://www.rozana.fm/ar/news/2015/10/04/ضحايا-بغارات-روسية-متجددة-على-ريفي-حمص-وحماة",
        "قتلى وجرحى في غارات روسية على ريفي حمص وحماة\n"
        "سقط مدنيون بين قتيل وجريح، اليوم الأحد، في قصف جديد نفذته المقاتلات الروسية على مناطق عدة تسيطر عليها "
        "المعارضة المسلحة في ريف حمص الشمالي. وذكر ناشطون من المنطقة أن الطائرات الروسية أغارت أكثر من 10 مرات على "
        "تلبيسة، وعلى قريتَي غرناطة وأم شرشوح، فقتلت ثلاثة مدنيين وجرحت آخرين أغلبهم من النساء والأطفال، مؤكدين أن "
        "الأماكن التي قُصفت أحياء سكنية بعيدة عن خطوط المواجهة بين فصائل المعارضة وقوات النظام. في سياق متصل، تحدث "
        "المرصد السوري لحقوق الإنسان عن قصف جوي استهدف سوقاً لبيع الأغنام في ناحية عقيربات، التي يسيطر عليها تنظيم "
        "الدولة الإسلامية شرقي حماة، فأودى بحياة 4 أشخاص وأصاب آخرين. وعلى الصعيد الميداني، أعلن «تجمع صقور الغاب» "
        "المعارض أنه استهدف بناءً يجتمع فيه جنود من جيش النظام وخبراء عسكريون روس وإيرانيون، بالقرب من حاجز "
        "المشاريع بمنطقة سهل الغاب في ريف حماة.",
        [E("airstrike", Q("ثلاثة", 3), PL("تلبيسة", "Talbiseh", "Homs"), "2015-10-04", "ناشطون", RUS,
           note="headline, lead and the activists' sentence are one act told over a town and two villages (placed at "
                "the first); the dead are the figure, not the «more than 10» raids"),
         E("airstrike", Q("4", 4), PL("عقيربات", "Uqayribat", "Hama"), "2015-10-04", "المرصد السوري لحقوق الإنسان",
           None, note="the market is placed at its town; the text does not say whose aircraft (no agent); undated, "
                      "the item's news → publication day"),
         E("armed_clash", None, PL("سهل الغاب", "Al-Ghab Plain", "Hama"), "2015-10-04", "تجمع صقور الغاب", FSA,
           note="TYPE CALL: a rebel group's attack on a building gathering soldiers, weapon unnamed: coded as an "
                "attack (armed_clash); a second coder could code shelling. The checkpoint is a landmark with no town, "
                "so the plain is the place")])

passage("ki06", "2016-08-28", "Enab Baladi",
        "villages taken from the SDF today, others taken from the SDF and IS yesterday, the SDF's telling of a "
        "repelled push | page: https://enabbaladi.net/100162/الجيش-الحر-يتنزع-خمس-قرى-من-سوريا-الدي",
        "«الجيش الحر» ينتزع من «سوريا الديمقراطية» خمس قرى\n"
        "بسطت فصائل «الجيش الحر» المنخرطة في عملية «درع الفرات» سيطرتها على خمس قرى في ريف جرابلس بشمال شرقي حلب، "
        "كانت في يد قوات «سوريا الديمقراطية». وقالت الفصائل المشاركة في العملية، التي تحظى بدعم تركي، إنها انتزعت "
        "في صباح هذا اليوم، الأحد 28 آب، بلدة العمارنة، ومعها قرى دابس وبلابان وعين البيضا وبئر كوسا، الواقعة جنوبي جرابلس "
        "وجنوبها الغربي. وكان «الجيش الحر» قد دخل أمس قرية يوسف بك جنوب غربي جرابلس، وأسر مقاتلَين اثنين من «سوريا "
        "الديمقراطية»، على ما أظهره تسجيل مصور. وإلى الشرق من جرابلس، وسّعت الفصائل عملياتها وطردت تنظيم «الدولة "
        "الإسلامية» أمس من قرى طريخيم وبير الفوقاني وبير التحتاني. في المقابل، قالت قوات «سوريا الديمقراطية»، التي "
        "تشكل وحدات «حماية الشعب» الكردية عمادها إلى جانب فصائل عربية، عبر إعلامها الرسمي إنها صدّت أمس محاولات "
        "تقدم جنوبي جرابلس ودمّرت عربات تركية، في حين أقرّت أنقرة بمقتل جندي تركي في العملية.",
        [E("territory_change", Q("خمس", 5, nth=1), PL("العمارنة", "Al-Amarneh", "Aleppo"), "2016-08-28",
           "الفصائل المشاركة في العملية", FSA,
           note="one act over a town and four villages (placed at the first); the five villages are the count; "
                "Turkey backs the operation: not a place"),
         E("territory_change", None, PL("يوسف بك", "Yusuf Bek", "Aleppo"), "2016-08-27", None, FSA,
           note="yesterday's taking with two fighters captured (a dual; no arrest event); a video is not a named "
                "source → outlet"),
         E("territory_change", None, PL("طريخيم", "Tarikhim", "Aleppo"), "2016-08-27", None, FSA,
           note="three villages taken from IS east of the town yesterday: one act, placed at the first"),
         E("armed_clash", None, PL("جرابلس", "Jarablus", "Aleppo", nth=4), "2016-08-27", "قوات «سوريا الديمقراطية»",
           FSA, note="the SDF's telling of a repelled push south of Jarablus (the other side's incident, not the same "
                     "as the takings); one Turkish soldier killed: singular, no figure")])

passage("ki07", "2024-04-12", "Al-Araby Al-Jadeed",
        "headline, dateline, a three-point summary and the lead: a repelled infiltration, arrests of tribal fighters, "
        "two bodies found | page: https://alaraby.co.uk/politics/5-قتلى-وجرحى-من-قسد-بعملية-تسلل-فاشلة-لمناطق-المعارضة-شمالي-حلب",
        "مقتل وإصابة 5 من «قسد» في محاولة تسلل فاشلة إلى مناطق المعارضة شمال حلب\n"
        "12 نيسان 2024\n"
        "- صدّت فصائل المعارضة المنضوية في الجيش الوطني السوري تقدّم «قوات سوريا الديمقراطية» نحو قرية تل مالد، فقُتل وجُرح "
        "قرابة خمسة من عناصرها، وسط تصعيد متزايد على خطوط التماس بين الجانبين في الشمال السوري.\n"
        "- اعتقل جهاز الأمن العسكري لدى النظام السوري نحو 20 مقاتلاً عشائرياً في الريف الشرقي لدير الزور كانوا يتهيؤون "
        "لمهاجمة «قسد»، في ظل أنباء عن استهداف مدنيين انتقاماً من تلك الهجمات.\n"
        "- عُثر في ريف درعا على جثتين، الأولى لمساعد في جيش النظام والثانية لشاب خُطف في العام الماضي، في مؤشر على "
        "بقاء الفوضى الأمنية في المحافظة.\n"
        "وذكرت فصائل الجيش الوطني أن نحو خمسة من عناصر «قسد» سقطوا بين قتيل وجريح فجر اليوم الجمعة، حين تصدت "
        "لمجموعتين عسكريتين تابعتين لها حاولتا التقدم باتجاه نقاطها في قرية تل مالد، ضمن منطقة «درع الفرات» في ريف "
        "حلب الشمالي، من غير أن تحرزا أي تقدم.",
        [E("armed_clash", Q("نحو خمسة", 5, approx=True), PL("تل مالد", "Tal Malid", "Aleppo"), "2024-04-12",
           "فصائل الجيش الوطني", SDF,
           note="headline, summary and lead tell one repelled advance; a combined killed-and-wounded figure with no "
                "dead apart is the act's figure (as kc21); agent: the SDF groups that attacked"),
         E("arrest", Q("نحو 20", 20, approx=True), PL("الريف الشرقي لدير الزور", "Eastern Deir ez-Zor countryside",
                                                      "Deir ez-Zor"), "2024-04-12", None, GOV,
           note="undated, the item's news → publication day; the reprisals on civilians are vague (no event)"),
         E("other", None, PL("ريف درعا", "Daraa countryside", "Daraa"), "2024-04-12", None, None,
           note="two bodies found (a dual: no figure); the young man's abduction last year is a relative-clause "
                "recall with no day: not coded")])

passage("ki08", "2019-10-14", "Al-Seyassah (Kuwait), agencies relaying SOHR",
        "a city retaken with both sides' dead, fighting at the crossing, a town largely taken by the other side, "
        "running tolls of an offensive | page: https://al-seyassah.com/قسد-تستعيد-السيطرة-على-رأس-العين-وعشا",
        "عواصم – وكالات: تمكنت أمس «قوات سورية الديمقراطية» (قسد) من استعادة مدينة رأس العين في ريف الحسكة بصورة "
        "شبه تامة. وبيّن المرصد السوري لحقوق الإنسان ضمن بيان أصدره أن «قسد» استرجعت المدينة إثر هجوم مضاد لقي فيه 17 "
        "عنصراً من الفصائل الموالية لأنقرة حتفهم، كما قُتل أربعة من مقاتليها، مشيراً إلى أن المعارك بين الطرفين "
        "انتهت بانسحاب الفصائل من المنطقة الصناعية. وتابع المرصد أن القتال يدور الآن بصورة رئيسية قرب معبر رأس "
        "العين وعلى محور تل حلب، في ظل قصف متبادل كثيف وعنيف. ولفت إلى أن الجيش التركي وحلفاءه باتوا يسيطرون على "
        "أجزاء واسعة من بلدة سلوك في شمال البلاد. وأفاد المرصد بأن حصيلة قتلى «قسد» منذ بدء الهجوم التركي، من جراء "
        "الغارات والقصف البري والمعارك، صعدت إلى 104، في حين بلغ عدد القتلى من مقاتلي الفصائل الموالية لتركيا 76، "
        "فضلاً عن ثمانية جنود أتراك لم تعترف أنقرة إلا بخمسة منهم.",
        [E("territory_change", Q("17", 17), PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), "2019-10-13",
           "المرصد السوري لحقوق الإنسان", SDF,
           note="the retaking and its counter-attack are one act; no total of both sides' dead, so the first side "
                "numbered (17) is the figure, the four SDF are no second event; the monitor's sentence comes back "
                "to it (carry-back)"),
         E("armed_clash", None, PL("معبر رأس العين", "Ras al-Ain border crossing", "Al-Hasakah"), "2019-10-14",
           "المرصد", SNA,
           note="fighting going on now at the crossing and on the Tal Halaf axis (the page spells it «تل حلب») with "
                "mutual shelling: a second incident (another place, another day); the crossing is a place of its "
                "own; «وتابع المرصد» carries the monitor"),
         E("territory_change", None, PL("سلوك", "Suluk", "Raqqa"), "2019-10-14", "المرصد", TUR,
           note="large parts of the town held: the taking is the item's news, undated → publication day"),
         E("casualties", Q("104", 104), None, None, "المرصد", None, kind="aggregate",
           note="FIGURE CALL: running tolls since the offensive began (period 2019-10-09 to 2019-10-14) for three "
                "parties with no total: one aggregate whose figure is the first written (104 SDF; 76 and eight are "
                "its breakdown); several kinds of act → casualties. A coder could code three aggregates")])

passage("ki09", "2018-05-25", "Enab Baladi",
        "a first strike said to be Israeli on an air base, the official agency's telling, a militia's confirmation "
        "| page: https://enabbaladi.net/230699/لأول-مرة-قصف-إسرائيلي-على-مواقع-حزب-ال/?amp=1",
        "تعرّض مطار الضبعة العسكري، الواقع غرب حمص، لضربة صاروخية نفذتها طائرات يُقال إنها إسرائيلية، في سابقة هي "
        "الأولى لهذا المطار منذ أن بدأت الهجمات على مواقع إيران والميليشيات التابعة لها في سوريا. وكانت وكالة الأنباء "
        "الرسمية (سانا) قد أوردت أمس الخميس، 24 أيار، أن «عدواناً صاروخياً معادياً» طال مطاراً عسكرياً في "
        "المنطقة الوسطى، وأن الدفاعات الجوية تصدت له وأفشلت أهدافه. وأقرّ «الإعلام الحربي المركزي»، الذراع الإعلامية "
        "لـ«حزب الله»، بأن القصف إسرائيلي، من دون أن يحدد بدقة المواقع التي أصابها. ولم تعتد المؤسسة العسكرية "
        "الإسرائيلية طوال السنوات الماضية على الإعلان عن ضرباتها في سوريا، فيما تكتفي وسائل إعلامها بنقل ما تنشره "
        "الوسائل العربية. ونقل ناشطون من مدينة القصير أن الغارات أصابت مطار الضبعة ومحيطه، وكذلك مركزاً يتجمع فيه "
        "عناصر من «حزب الله» اللبناني عند تل النبي مند (قادش).",
        [E("airstrike", None, PL("مطار الضبعة العسكري", "Al-Dabaa military airport", "Homs"), "2018-05-24",
           "وكالة الأنباء الرسمية (سانا)", ISR,
           note="one strike told four ways (outlet, the agency, the militia's media, activists); the activists add "
                "a Hezbollah post at Tal al-Nabi Mando: the same act over two places (placed at the air base, a "
                "listed site). SOURCE CALL: the agency's sentence comes back to the strike (carry-back); a second "
                "coder could leave the outlet. Israel's habit of silence is a state")])


passage("ki10", "2022-01-22", "AvaToday",
        "an IS video of captured guards; the SDF's storming of a prison with shelling and coalition strikes; the SDF's "
        "toll and a monitor's total | page: https://www.avatoday.net/ar/node/16999",
        "عناصر من حراس سجن غويران أسرى لدى «داعش»\n"
        "بينما تتواصل تبعات الهجوم الذي نفذه «داعش» ضد سجن غويران بمدينة الحسكة، بثّ التنظيم مساء السبت تسجيلاً "
        "مصوراً يُظهر عدداً من حراس السجن أسرى في يده. وكانت مصادر إعلامية قد ذكرت في وقت سابق من اليوم ذاته أن مقاتلي قوات "
        "سوريا الديمقراطية (قسد) شرعوا، بغطاء جوي من التحالف الدولي، في اقتحام السجن، وأن مدفعيتها تقصف بكثافة "
        "الأبنية المحيطة به، فيما أطلقت مقاتلات التحالف عدة صواريخ على محيطه. وأعلنت «قسد» أن 22 من عناصر التنظيم "
        "قُتلوا في مواجهات اليوم السبت، بينما نقلت وكالات أنباء محلية أن 4 من مقاتليها لقوا حتفهم في الاشتباكات "
        "ذاتها، لترتفع حصيلة خسائرها بحسب أرقامها الرسمية إلى 17 قتيلاً و23 جريحاً. أما المرصد السوري لحقوق "
        "الإنسان فقال إن إجمالي القتلى منذ بدء الأحداث صعد إلى 102، منهم 61 من عناصر داعش. ويُحتجز في السجن قرابة "
        "3500 من مقاتلي التنظيم وقادته.",
        [E("arrest", None, PL("سجن غويران", "Ghweiran (al-Sina'a) prison", "Al-Hasakah"), None, None, IS,
           note="CALL: guards held captive by IS, shown in a video on Saturday evening: an abduction (coded arrest, as "
                "sets 73 and 78 code abductions); «عدداً»: no figure; the capture itself is undated (the video's day "
                "is not the act's); the prison is a listed facility"),
         E("armed_clash", Q("22", 22), PL("سجن غويران", "Ghweiran (al-Sina'a) prison", "Al-Hasakah", nth=1),
           "2022-01-22", "مصادر إعلامية", SDF,
           note="the storming and the day's fighting are one incident; its dead: 22 IS (the SDF's figure) and 4 SDF "
                "(local agencies), no total, so the first numbered; source: the sentence that tells the storming"),
         E("shelling", None, PL("سجن غويران", "Ghweiran (al-Sina'a) prison", "Al-Hasakah", nth=1), "2022-01-22",
           "مصادر إعلامية", SDF,
           note="the SDF's artillery on the buildings around the prison: another kind of act in the same telling"),
         E("airstrike", None, PL("سجن غويران", "Ghweiran (al-Sina'a) prison", "Al-Hasakah", nth=1), "2022-01-22",
           "مصادر إعلامية", COAL, note="coalition missiles on the prison's surroundings"),
         E("armed_clash", Q("17", 17), PL("سجن غويران", "Ghweiran (al-Sina'a) prison", "Al-Hasakah", nth=1), None,
           "«قسد»", SDF, kind="aggregate",
           note="the SDF's own running toll since the attack began (17 dead, 23 wounded; period 2022-01-20 to "
                "2022-01-22): a toll naming one cause (the prison fighting) takes its type (stop 32)"),
         E("casualties", Q("102", 102), PL("سجن غويران", "Ghweiran (al-Sina'a) prison", "Al-Hasakah", nth=1), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="the monitor's total of all dead since the events began (car bombs, clashes, strikes: several kinds) "
                "→ casualties; 61 IS are its breakdown; the 3500 inmates are a state")])

passage("ki11", "2018-03-31", "Ramallah News",
        "buses enter four towns for the last evacuees of a region; an official running total; an ultimatum to the last "
        "faction | page: https://ramallah.news/post/102610/المئات-من-المسلحين-يغادرون-جنوب-الغوطة-الشرقية-بدمشق",
        "مئات المسلحين يخرجون من جنوب الغوطة الشرقية لدمشق\n"
        "ذكرت وسائل إعلام موالية للنظام السوري يوم السبت أن المجموعة الأخيرة من مقاتلي المعارضة وعائلاتهم تتهيأ "
        "للخروج من مناطق في القطاع الجنوبي من الغوطة الشرقية لدمشق. وبحسب التلفزيون الحكومي، وصلت 38 حافلة إلى "
        "بلدات زملكا وعربين وعين ترما وجوبر لتقل ما يزيد على 1700 من المعارضين والمدنيين نحو محافظة إدلب في الشمال "
        "الغربي. وأوردت وكالة «سانا» الرسمية أن من اتجهوا إلى إدلب خلال الفترة الأخيرة من مقاتلين ومدنيين بلغوا 38 ألفاً، في عملية نقل "
        "تُعد من أضخم موجات النزوح منذ اندلاع النزاع السوري قبل سبع سنوات. وفي الأثناء، لا تزال المفاوضات جارية مع "
        "فصيل «جيش الإسلام» المعارض لإخراجه من دوما، آخر بلدة تسيطر عليها المعارضة المسلحة في الغوطة الشرقية، وكانت "
        "الحكومة قد منحت الفصيل مهلة تنتهي مساء السبت لمغادرة الغوطة.",
        [E("other", Q("ما يزيد على 1700", 1700, None, True), PL("زملكا", "Zamalka", "Rif Dimashq"), "2018-03-31",
           "التلفزيون الحكومي", FSA,
           note="an evacuation (as sets 18 and 73): buses entered four towns to carry the last group; one act over "
                "four places, placed at the first; Idlib is the destination; the 38 buses are not the figure"),
         E("other", Q("38 ألفاً", 38000), None, None, "سانا", FSA, kind="aggregate",
           note="a running total of those moved to Idlib «recently» (period 2018-03 to 2018-03-31); the text does "
                "not say from where, so no place (Idlib is the destination)"),
         E("statement", None, PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq", nth=2), None, None, GOV,
           note="the government's ultimatum to Jaysh al-Islam: a named body's threat is a statement (stop 32), placed "
                "where it concerns; «وكانت … قد» with no day of its own → undated, outlet; the ongoing talks are a "
                "state")])

passage("ki12", "2025-03-09", "Megaphone",
        "a second phase of an operation announced, clashes and arrests, a monitor's raised total with its breakdown, "
        "the ministry's stance on massacres | page: https://www.megaphone.news/cards/الساحل-السوري-1-018-قتيلاً-من-المدنيّين-والعسكر",
        "1,018 قتيلاً في الساحل السوري من مدنيين وعسكريين\n"
        "وحملة عسكرية جديدة لتعقّب ضباط الأسد\n"
        "الأحد 9 آذار 2025\n"
        "أعلنت اليوم الأحد وزارة الدفاع السورية أنها شرعت في المرحلة الثانية من عمليتها العسكرية في الساحل، الرامية "
        "إلى تعقّب فلول نظام الأسد المخلوع وضباطه في أرياف الساحل وجباله. وعادت المواجهات لتندلع بين مجموعات الفلول "
        "وقوات الأمن العام قرب قرية تعنيتا بريف طرطوس، فيما ألقى الأمن العام القبض على عدد من عناصر الفلول وأجرى "
        "عمليات تمشيط في البلدات التي لجؤوا إليها حول القدموس في ريف طرطوس وفي ريف السلمية.\n"
        "وبحسب المرصد السوري، ارتفع عدد ضحايا الاشتباكات والمجازر إلى ما لا يقل عن 1,018 شخصاً، هم 745 مدنياً و125 "
        "من منتسبي وزارة الدفاع والأمن العام، و148 من مسلحي الفلول والموالين لنظام الأسد.\n"
        "وفي ما يخص المجازر التي طالت مدنيين في الساحل، حمّلت وزارة الدفاع المسؤولية لـ«عناصر غير منضبطة» ولتشكيلات "
        "مسلحة لا تتبع لها، وتعهدت بمحاسبتها وتعقّبها، إذ لم يكتمل دمج الفصائل بعد وما زال في أطواره الأولى.",
        [E("statement", None, PL("الساحل", "Syrian coast", None, nth=1), "2025-03-09", "وزارة الدفاع السورية", NEWGOV,
           note="the ministry's announcement of a new phase is the item's news: a statement placed at the region it "
                "concerns (multi-governorate, no governorate)"),
         E("armed_clash", None, PL("تعنيتا", "Ta'nita", "Tartus"), "2025-03-09", None, None,
           note="renewed clashes between remnants and General Security; undated, the item's news → publication day; "
                "outlet (the ministry's sentence tells another matter)"),
         E("arrest", None, PL("القدموس", "Al-Qadmus", "Tartus"), "2025-03-09", None, NEWGOV,
           note="arrests with combing of the towns around Qadmus and in the Salamiyah countryside: one act over two "
                "areas, placed at the first; «عدد»: no figure"),
         E("casualties", Q("ما لا يقل عن 1,018", 1018, None), None, None, "المرصد السوري", None, kind="aggregate",
           note="the raised total of clashes and massacres since 6 March (period 2025-03-06 to 2025-03-09; several "
                "kinds of act → casualties); 745, 125 and 148 are its breakdown; the headline's 1,018 is the same "
                "figure"),
         E("statement", None, None, "2025-03-09", "وزارة الدفاع", NEWGOV,
           note="the ministry blames undisciplined elements and vows accountability: a stance told as its own matter "
                "(stop 32); undated, the item's news → publication day")])

passage("ki13", "2023-09-25", "Sputnik Arabic",
        "a tribal attack on three posts, a town taken, reinforcements brought before it, a curfew warning, a sheikh's "
        "call | page: https://sarabic.ae/amp/20230925/تجدد-الاشتباكات-بين-أبناء-العشائر-العربية-والمسلحين-الموالين-للجيش-الأمريكي-شرقي-سوريا-1081395238.html",
        "نقل مراسل «سبوتنيك» في شرق سوريا عن مصادر محلية بريف دير الزور أن مقاتلين من العشائر هاجموا اليوم الاثنين، "
        "25 أيلول/سبتمبر، ثلاث نقاط عسكرية لـ«قسد» في آن واحد حول ذيبان والطيانة، البلدتين اللتين تُعدّان معقل العكيدات، "
        "موقعين خسائر في الأرواح والعتاد في صفوف «قسد». وبيّنت المصادر أن العشائر أحكمت قبضتها على الطيانة بالكامل، "
        "في حين انكفأت «قسد» من كل مواقعها في قرية حوايج ذيبان نحو مدرسة القرية بفعل الهجوم المتواصل حتى كتابة "
        "التقرير. ولفتت إلى أن «قسد» كانت قد جلبت قبل الهجوم بساعات تعزيزات جديدة إلى الريف الشرقي لدير الزور، "
        "وحشدت قسماً من عناصرها في جديد عكيدات على الضفة الشرقية للفرات، بينما حلّقت طائرات «التحالف "
        "الأمريكي» على ارتفاع منخفض. وبحسب المصادر، أُذيع من مآذن هذه القرى أن القناصة سيطلقون النار على كل من يخرق "
        "حظر التجوال. وفي تسجيل صوتي جديد بثّه اليوم الاثنين وتناقلته صفحات إخبارية محلية، دعا إبراهيم الهفل، شيخ "
        "مشايخ العكيدات الذي يتوارى عن الأنظار ويتحدث باسم مقاتلي العشائر شرقي دير الزور، إلى النفير العام، معلناً "
        "انطلاق الهجوم على ذيبان لاستعادة الأراضي.",
        [E("armed_clash", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-09-25", "مصادر محلية", TRIBES,
           note="the attack on three posts around two towns, placed at the first; losses with no figure; the "
                "reporter relays local sources, so they are the source (stop 34); the SDF's pull-back in Hawayij "
                "Dhiban is part of the same attack"),
         E("territory_change", None, PL("الطيانة", "Al-Tayyana", "Deir ez-Zor", nth=1), "2023-09-25", "المصادر", TRIBES,
           note="the tribes took the whole town: a taking of its own"),
         E("reinforcement", None, PL("جديد عكيدات", "Jadid Ugaydat", "Deir ez-Zor"), "2023-09-25", "المصادر", SDF,
           note="reinforcements brought hours before the attack and massed in a town (the most specific place); the "
                "coalition's low flights are no event; the loudspeaker curfew warning has no named body (not coded)"),
         E("statement", None, PL("ذيبان", "Dhiban", "Deir ez-Zor", nth=2), "2023-09-25", "إبراهيم الهفل", TRIBES,
           note="the sheikh's call for general mobilisation and announcement of the attack: a statement (stop 32), "
                "placed at the town it concerns")])

passage("ki14", "2014-08-17", "Taybee (relaying Reuters)",
        "a monitor's two-week toll of executions of a tribe, a recalled start of the fighting, a sheikh's appeal "
        "| page: https://www.taybee.net/2014/08/داعش-يعدم-700-شخص-من-عشيرة-سورية",
        "«داعش» يعدم 700 من أبناء عشيرة سورية\n"
        "أعلن أمس السبت المرصد السوري لحقوق الإنسان أن مسلحي تنظيم الدولة الإسلامية «داعش» أعدموا خلال الأسبوعين "
        "الأخيرين 700 من أبناء عشيرة الشعيطات، التي تخوض قتالاً ضد التنظيم في شرق سوريا، وأن غالبيتهم من المدنيين. "
        "ونقل المرصد، الذي يتابع مجريات النزاع السوري المستمر منذ أكثر من ثلاث سنوات، عن مصادر وصفها بالموثوقة أن "
        "كثيرين من أفراد العشيرة، التي يتركز أبناؤها في محافظة دير الزور، قُتلوا بقطع رؤوسهم. وكانت المعارك بين "
        "التنظيم والعشيرة، البالغ تعدادها قرابة 70 ألفاً، قد اشتعلت إثر استيلاء التنظيم على حقلين للنفط في تموز/يوليو. "
        "وقال رامي عبد الرحمن، مدير المرصد، في اتصال هاتفي أجراه من بريطانيا، إن جميع من أُعدموا ينتمون إلى "
        "الشعيطات، وإن بعضهم اعتُقل وخضع لمحاكمة قبل قتله. وكان شيخ العشيرة، رافع عكلة الرجو، قد ناشد العشائر الأخرى "
        "في تسجيل مصور نُشر الأحد الماضي أن تنضم إلى القتال ضد الدولة الإسلامية.",
        [E("casualties", Q("700", 700, nth=1), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), None,
           "المرصد السوري لحقوق الإنسان", IS, kind="aggregate",
           note="executions over two weeks (period 2014-08-03 to 2014-08-16): casualties (executions stay casualties); "
                "PLACE CALL: the text places the tribe in the governorate, not the killings; a second coder could "
                "leave no place or «شرق سوريا»; Britain is where the director called from"),
         E("armed_clash", None, None, "2014-07", None, IS,
           note="a recall with its own month: the fighting between IS and the tribe broke out after IS seized two oil "
                "fields; «وكانت … قد» → outlet; no place given; a coder could code the seizure (territory_change) "
                "instead, or drop a recall"),
         E("statement", None, None, "2014-08-10", "رافع عكلة الرجو", TRIBES,
           note="the sheikh's appeal to other tribes to join the fight (a call: statement, stop 32); «الأحد الماضي» "
                "before a Sunday publication → 10 August")])

passage("ki15", "2011-05-22", "Al-Gareda (Egypt, via Masress), relaying Reuters and AFP",
        "a funeral fired on, a protest fired on, a Friday toll with other figures, gunfire with wounded, a convoy "
        "heading for a town | page: https://www.masress.com/algareda/13132",
        "أفادت وكالة «رويترز» بأن متظاهرَين قُتلا أمس السبت حين فُتحت النار على جنازة في مدينة حمص، فيما قالت الوكالة "
        "الفرنسية إن قوات الأمن السورية أطلقت الرصاص على تظاهرة في «سقبا» القريبة من دمشق فقتلت أحد المحتجين. وأكد "
        "ناشطون أن حصيلة قتلى احتجاجات يوم الجمعة صعدت إلى 58. وتحدث ناشطون كذلك عن سماعهم رشقات كثيفة من الرصاص في "
        "«القابون» قرب العاصمة، مشيرين إلى سقوط عدد من الجرحى. وقالوا أيضاً إنهم رأوا بعد عصر أمس على الطريق المؤدي إلى الزبداني "
        "ما يزيد على 25 ناقلة جند من طراز «بي إم بي» وقرابة 25 دبابة و10 حافلات تقل عناصر أمن، متجهة نحو الجبل الغربي "
        "في الزبداني، ورجّحوا أن تقتحم المدينة. ويبدو أن المشهد ذاته يتكرر منذ قرابة 10 أسابيع: احتجاجات يوم الجمعة "
        "في أنحاء سوريا، ثم جنازات القتلى يوم السبت، والفارق هو أعداد الضحايا؛ إذ تحدثت منظمات حقوقية عن 44 قتيلاً "
        "هذا الأسبوع. غير أن أرقام وكالة الأنباء السورية (سانا) جاءت مختلفة، فقد ذكرت أن 17 شخصاً قُتلوا بينهم عدد "
        "من الجنود، واتهمت مسلحين أو «جماعات إرهابية» باستهداف المدنيين.",
        [E("protest", None, PL("حمص", "Homs", "Homs"), "2011-05-21", "وكالة «رويترز»", PROT,
           note="fire on a funeral procession: a protest with its dead (stop 30); a dual, no figure"),
         E("protest", None, PL("سقبا", "Saqba", "Rif Dimashq"), "2011-05-21", "الوكالة الفرنسية", PROT,
           note="security fire on a protest, one dead (singular: no figure); Damascus is a bearing"),
         E("protest", Q("58", 58), None, "2011-05-20", "ناشطون", PROT, kind="aggregate",
           note="the Friday protests' national toll (no crowd numbered, so the dead); FIGURE CALL: the rights groups' "
                "44 «this week» and the official agency's 17 are other tellings of the same toll (stop 34: one event, "
                "the first figure written)"),
         E("armed_clash", None, PL("القابون", "Al-Qaboun", "Damascus"), "2011-05-21", "ناشطون", None,
           note="CALL: heavy gunfire with wounded, shooter unnamed: coded as an armed_clash (gunfire by unidentified "
                "men); a second coder could code casualties or leave it; dated by the item's «yesterday»"),
         E("reinforcement", None, PL("الزبداني", "Al-Zabadani", "Rif Dimashq"), "2011-05-21", "ناشطون", GOV,
           note="a convoy of armoured carriers, tanks and buses heading for the town (the storming is only expected); "
                "the vehicles are its breakdown, no figure")])


passage("ki16", "2024-11-30", "Lebanon Debate, relaying Al Arabiya",
        "factions enter a city after the army's withdrawal (a monitor's telling with the offensive's dead), the "
        "government closes the airport | page: https://www.lebanondebate.com/news/675494",
        "إثر الهجوم المباغت... الجيش السوري ينسحب بالكامل من حلب\n"
        "30 تشرين الثاني/نوفمبر 2024، يوم السبت – عن قناة العربية\n"
        "شهدت سوريا يوم السبت تطوراً مفاجئاً، إذ دخلت فصائل مسلحة مدينة حلب، ثانية كبرى مدن البلاد، لأول مرة منذ أن "
        "بسط الجيش السوري سيطرته الكاملة عليها عام 2016. وذكر المرصد السوري لحقوق الإنسان أن الفصائل باتت تسيطر على "
        "أحياء كبيرة من المدينة عقب انسحاب القوات السورية منها بالكامل، حتى إن القوات الحكومية غابت تماماً عن أحياء "
        "كثيرة، مضيفاً أن المعارك أوقعت 155 قتيلاً من مقاتلي هيئة تحرير الشام، في مقابل 79 من جنود الجيش السوري. ثم أكد المرصد لاحقاً أن "
        "الفصائل أصبحت تسيطر على نصف المدينة، بينما أعلنت الحكومة السورية إغلاق مطار حلب الدولي وتعليق كل الرحلات "
        "إلى أجل غير مسمى، كما قُطعت كل الطرق المؤدية إلى المدينة بحسب مصادر عسكرية.",
        [E("territory_change", None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2024-11-30",
           "المرصد السوري لحقوق الإنسان", HTS,
           note="headline, lead and the monitor's two sentences tell one taking (half the city later is its update); "
                "the monitor's sentence comes back to the entry (carry-back); the 2016 retaking is a recall with a "
                "year only, told as a comparison: not coded"),
         E("armed_clash", Q("155", 155), None, None, "المرصد", HTS, kind="aggregate",
           note="FIGURE CALL: the fighting's dead since the offensive began (period 2024-11-27 to 2024-11-30), no total "
                "of the two sides: the first numbered (155 HTS; 79 soldiers are its breakdown). A coder could make it "
                "the taking's figure"),
         E("statement", None, PL("مطار حلب الدولي", "Aleppo International Airport", "Aleppo"), "2024-11-30",
           "الحكومة السورية", GOV,
           note="the government's decision to close the airport and suspend flights: a named body's decision is a "
                "statement (stop 32); the closed roads (military sources) are part of the same matter")])

passage("ki17", "2020-09-30", "Radio Alkul",
        "an assassination told by a local network, two recalled assassinations with their days "
        "| page: https://radioalkul.com/p343735",
        "ثالث اغتيال في نحو أسبوع.. مقتل مقاتل سابق في المعارضة غرب درعا\n"
        "قتل مسلحون مجهولون مقاتلاً سابقاً في صفوف فصائل المعارضة في الريف الغربي لدرعا، لتكون هذه ثالث عملية اغتيال "
        "تستهدف مقاتلين سابقين في المعارضة في غضون أسبوع تقريباً. وذكر «تجمع أحرار حوران» في منشور على فيسبوك صباح اليوم "
        "الأربعاء، 30 أيلول، أن مجهولين مسلحين أطلقوا الرصاص على الشاب يامن الكيلاني، وهو من أبناء طفس، فأردوه قتيلاً "
        "في الحال، موضحاً أن الاستهداف حصل بينما كان على طريق اليادودة غرب درعا. ولم تتبنَّ أي جهة اغتياله حتى وقت "
        "كتابة التقرير. وتشهد المحافظة في الأيام الأخيرة اغتيالات شبه يومية تستهدف مدنيين وضباطاً وعناصر في قوات "
        "النظام، وقادة سابقين في المعارضة، ومنتسبين إلى الفيلق الثامن الذي تدعمه روسيا. وكان مسلحون مجهولون قد "
        "اغتالوا في 27 أيلول المقاتل السابق في المعارضة خالد المحمد في حي الشياح بدرعا البلد، فيما قُتل الشاب سامر "
        "العيسى برصاص مجهولين في 22 أيلول في طفس، وهو كذلك مقاتل سابق في المعارضة قبل أن يستعيد نظام الأسد السيطرة "
        "على درعا.",
        [E("armed_clash", None, PL("اليادودة", "Al-Yadudah", "Daraa"), "2020-09-30", "تجمع أحرار حوران", UNK,
           note="an assassination by unidentified gunmen is an armed_clash (stop 30); one man, no figure; a road named "
                "for a place is placed there; dated by the network's «today»"),
         E("armed_clash", None, PL("الشياح", "Al-Shayyah (Daraa al-Balad)", "Daraa"), "2020-09-27", None, UNK,
           note="a recall with its own day: an event; «وكان … قد» → outlet; the quarter is the place"),
         E("armed_clash", None, PL("طفس", "Tafas", "Daraa", nth=1), "2020-09-22", None, UNK,
           note="the second recall with its own day, in Tafas; the near-daily killings are a habit (no event)")])

passage("ki18", "2022-08-07", "Al-Araby Al-Jadeed",
        "a Turkish drone strike in a city quarter, told by the SDF's media centre, a Kurdish site and local sources "
        "| page: https://www.alaraby.co.uk/node/5073171",
        "مسيّرة تركية تقتل قيادياً في «قسد» بمدينة القامشلي\n"
        "07 آب 2022\n"
        "لقي أحد قياديي «قوات سورية الديمقراطية» (قسد) حتفه بضربة من طائرة مسيّرة تركية استهدفته في مدينة القامشلي، أقصى "
        "شمال شرقي سورية، ضمن ما يوصف بـ«حرب المسيّرات» التي تخوضها أنقرة ضد كوادر هذه القوات، إذ ترى فيها فرعاً سورياً "
        "لحزب العمال الكردستاني. وأقرّ المركز الإعلامي لـ«قسد» بمقتل عضو في «مؤسسة الانضباط العسكري» التابعة لها مساء السبت، "
        "حين استهدفت مسيّرة سيارة في حي الصناعة بالقامشلي، لافتاً إلى أن الضربة قتلت 3 أشخاص، منهم طفلان، وألحقت "
        "أضراراً بالمحال والسيارات القريبة. في المقابل، أفاد موقع «باسنيوز» بأن القتيل يُعرف باسم آزاد، وهو كادر قيادي في صفوف "
        "حزب العمال الكردستاني يحمل الجنسية التركية ويتولى مسؤولية حفر الخنادق. وبيّنت مصادر محلية في حديث إلى «العربي الجديد» "
        "أن الضربة التي وقعت مساء السبت هي الأولى من نوعها داخل منطقة مأهولة بالمدنيين، إذ يضم حي الصناعة محال وورشاً "
        "لإصلاح السيارات وصيانتها.",
        [E("airstrike", Q("3", 3), PL("الصناعة", "Al-Sina'a quarter (Qamishli)", "Al-Hasakah"), "2022-08-06",
           "المركز الإعلامي لـ«قسد»", TUR,
           note="one drone strike told three ways; the quarter is the most specific place; the three dead are the "
                "figure (two children a breakdown); «Saturday evening» before a Sunday page → the 6th; the drone war "
                "is a habit")])

passage("ki19", "2015-07-25", "New Orient News, relaying SANA",
        "an amnesty decree for deserters and draft evaders, with a recalled earlier amnesty "
        "| page: https://neworientnews.com/2015/07/25/13123",
        "شؤون عربية\n"
        "الأسد يعفو عن الفارين من الجيش والمتخلفين عن الخدمة\n"
        "منح الرئيس السوري بشار الأسد يوم السبت عفواً عاماً يشمل كل من انشقوا عن الجيش السوري أو تخلّفوا عن أداء الخدمة "
        "العسكرية، شرط أن يسلّموا أنفسهم خلال مدة محددة، وفق ما أوردته وكالة «سانا» الرسمية. ويُعد هذا "
        "ثاني عفو شامل عن «جرائم الفرار» يصدر في غضون عام واحد، إذ جاء العفو الذي سبقه في حزيران/يونيو 2014 في إطار "
        "مرسوم واسع شمل المعتقلين في السجون السورية.",
        [E("desertion", None, None, "2015-07-25", "وكالة «سانا» الرسمية", GOV,
           note="an amnesty decree for deserters and evaders is a desertion event (news_dev's type list); no place"),
         E("desertion", None, None, "2014-06", None, GOV,
           note="the earlier amnesty, recalled with its month (part of a general decree on detainees): an event; a "
                "coder could drop a recall told as a comparison")])

passage("ki20", "2025-07-13", "Al-Naqabi al-Janubi",
        "clashes in a province with a monitor's first and updated tolls and a local platform's toll, forces sent, a "
        "recall of earlier clashes, a governor's call | page: https://alnqabialjanubi.com/?p=313890",
        "الاقتتال الطائفي يعود إلى سوريا: 20 قتيلاً في مواجهات بين الدروز والعشائر\n"
        "النقابي الجنوبي / خاص\n"
        "أودت اشتباكات اندلعت يوم الأحد، الثالث عشر من تموز/يوليو 2025، بين مسلحين دروز وآخرين من البدو في محافظة السويداء بحياة "
        "20 شخصاً وأوقعت عشرات الجرحى، بحسب المرصد السوري لحقوق الإنسان، بينما أكد مصدر حكومي أن قوات من "
        "وزارة الداخلية تحركت نحو المنطقة لإنهاء القتال. وهذه أولى أعمال العنف في المنطقة منذ المواجهات التي دارت "
        "بين الدروز وقوات الأمن خلال شهري نيسان وأيار وخلّفت عشرات القتلى. وفي حصيلة محدّثة، أحصى المرصد، الذي "
        "يتخذ من لندن مقراً، 18 قتيلاً بينهم طفل، 14 منهم دروز و4 من البدو، سقطوا في الاشتباكات وتبادل القصف في "
        "حي المقوس شرق مدينة السويداء وفي مناطق أخرى من المحافظة. أما منصة «السويداء 24» فتحدثت عن حصيلة «في ارتفاع "
        "مستمر» بلغت 10 ضحايا وما يزيد على 50 مصاباً من جميع الأطراف، وذكرت أن القتال تسبب في إغلاق الطريق الدولي بين دمشق "
        "والسويداء. من جهته، طالب مصطفى البكور، محافظ السويداء، بـ «التحلي بضبط النفس والاحتكام إلى العقل والحوار».",
        [E("armed_clash", Q("18", 18), PL("المقوس", "Al-Maqwas", "As-Suwayda"), "2025-07-13",
           "المرصد السوري لحقوق الإنسان", None,
           note="FIGURE CALL: one incident; the monitor gives 20, then an updated toll of 18 (one source's later toll "
                "is the figure, stop 34, even though lower); the headline's 20 and the platform's 10 are other "
                "tellings. Place: the quarter the update names (the lead names only the province); the cut road is "
                "part of it; no agent (two armed communities)"),
         E("reinforcement", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-13", "مصدر حكومي", NEWGOV,
           note="Interior Ministry forces sent to end the fighting, placed at the province"),
         E("armed_clash", Q("عشرات", 20, 90, True, nth=1), None, None, None, None, kind="aggregate",
           note="a recall with its months: the April-May clashes between Druze and security forces with dozens dead "
                "(period 2025-04 to 2025-05); «المنطقة» is not named, so no place; outlet. A coder could drop a "
                "recall told as comparison"),
         E("statement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=4), "2025-07-13", "مصطفى البكور", NEWGOV,
           note="the governor's call for restraint: a named official's call is a statement (stop 32)")])

passage("ki21", "2019-03-13", "Risalat al-Umma (Morocco), relaying AFP",
        "a mass surrender, a final offensive launched two nights before, renewed shelling and coalition raids "
        "| page: https://maghress.com/rissalatalomma/115852",
        "استسلم أمس الثلاثاء نحو ألفي شخص، أغلبهم من مسلحي تنظيم الدولة الإسلامية، للقوات التي تطوّق بلدة الباغوز "
        "بشرق سوريا، أي «قوات سوريا الديموقراطية»، قبل أن تعاود هذه القوات، مدعومة بالتحالف الدولي، قصف الجيب المحاصر مساءً. وكانت الفصائل "
        "الكردية والعربية قد أطلقت ليل الأحد هجومها النهائي على الرقعة المطوقة داخل الباغوز للإجهاز على ما بقي من مقاتلي "
        "التنظيم. وقال عدنان عفرين، الناطق باسم الحملة التي تخوضها قوات سوريا الديموقراطية بدير الزور، في حديث أدلى به "
        "أمس لفرانس برس من داخل الباغوز، إن «أعداداً كبيرة من المقاتلين مع عائلاتهم استسلموا اليوم، يقارب عددهم ألفين وأغلبهم مقاتلون». "
        "وكتب مصطفى بالي، مدير المركز الإعلامي لقوات سوريا الديموقراطية، على تويتر ليل الثلاثاء أن الجهاديين «يستسلمون "
        "جماعياً» منذ الاثنين، «فيما تمضي قواتنا في هجومها الأخير على ما بقي مما يُسمى الخلافة». وبعد أن شبه توقف القصف "
        "على الجيب منذ الصباح لإتاحة خروج المحاصرين، عادت قوات سوريا الديموقراطية إلى قصفه بالمدفعية بكثافة ابتداءً من "
        "السادسة مساءً بالتوقيت المحلي، بحسب صحافية في فرانس برس، بالتزامن مع غارات جوية شنّها التحالف الدولي.",
        [E("other", Q("نحو ألفي", 2000, approx=True), PL("الباغوز", "Al-Baghuz", "Deir ez-Zor"), "2019-03-12",
           "عدنان عفرين", SDF,
           note="TYPE CALL: a mass surrender to the besieging force, coded `other` (a coder could code arrest: they are "
                "taken into custody); the figure is the surrendered (mostly fighters); the spokesman's quote comes "
                "back to it (carry-back); the media director's «since Monday» is the same surrender"),
         E("armed_clash", None, PL("الباغوز", "Al-Baghuz", "Deir ez-Zor", nth=1), "2019-03-10", None, SDF,
           note="the final offensive launched on Sunday night: a recall with its own day («وكانت … قد» → outlet)"),
         E("shelling", None, PL("الباغوز", "Al-Baghuz", "Deir ez-Zor"), "2019-03-12", "صحافية في فرانس برس",
           SDF, note="the heavy artillery resumed in the evening (the lead's «resumed shelling» is the same act)"),
         E("airstrike", None, PL("الباغوز", "Al-Baghuz", "Deir ez-Zor"), "2019-03-12", "صحافية في فرانس برس",
           COAL, note="the coalition's raids with the shelling: another kind of act, same source sentence")])


passage("ki22", "2021-07-24", "SY24",
        "a month of siege: families displaced, habitual fire on a quarter, a division's reinforcements with their "
        "vehicles | page: https://sy-24.com/72049",
        "اعتداءات متكررة ونزوح جديد.. درعا البلد تُكمل شهراً تحت الحصار\n"
        "خاص – SY24\n"
        "نزحت عشرات العائلات من أحياء درعا البلد المحاصرة نحو الريف الشرقي للمحافظة، حيث يقيم أقاربها في الطيبة وأم "
        "المياذن ونصيب، خشية حملة عسكرية يلوّح النظام السوري بإطلاقها، وهرباً من الرصاص الذي يطال بيوتها مرة بعد أخرى. "
        "وقد أتمّت أحياء درعا البلد شهراً كاملاً تحت حصار تفرضه قوات النظام، ممثلة بالأمن العسكري والفرقة الرابعة "
        "المنتشرة في حيّي المنشية والجمرك القديم، وسط تصاعد المضايقات بحق السكان. وأوضح مراسل SY24 أن القوات "
        "المحاصِرة تطلق من حين لآخر رصاصاً عشوائياً من الرشاشات والمضادات الأرضية، وترمي قنابل «الأنيرجا» بصورة "
        "متكررة، من دون أنباء عن إصابات، الأمر الذي دفع العائلات إلى الرحيل. وأشار إلى أن الفرقة الرابعة دفعت اليوم "
        "السبت بتعزيزات إلى مدينة درعا، ضمّت 20 دبابة ومدرعة و9 شاحنات «زيل» تحمل عشرات العناصر، إلى جانب راجمة "
        "صواريخ من طراز «فيل».",
        [E("other", Q("عشرات", 20, 90, True), PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=1), "2021-07-24",
           "مراسل SY24", None,
           note="displacement of dozens of families from the besieged quarters (the towns they went to are the "
                "destination); undated, the item's news → publication day; the reporter's sentence comes back to "
                "it (carry-back). The siege is a state, the random fire «من حين لآخر» a habit"),
         E("reinforcement", None, PL("درعا", "Daraa", "Daraa", nth=3), "2021-07-24", "مراسل SY24", GOV,
           note="the division's reinforcements to the city today; FIGURE CALL: the 20 tanks and armoured vehicles, 9 "
                "trucks and a launcher are a breakdown of what was sent, no figure for the event")])

passage("ki23", "2018-06-22", "Aksalser, relaying AFP and SOHR",
        "a monitor's three-day displacement figure, a UN office's figure for one town, shelling told by the official "
        "agency | page: https://aksalser.com/news/2018/06/22/درعا-نزوح-الآلاف-من-المدنيين-جراء-قصف",
        "درعا: آلاف المدنيين ينزحون تحت القصف ومخاوف من معركة كبرى قريبة\n"
        "بحسب ما أعلنه المرصد السوري لحقوق الإنسان يوم الخميس، نزح ما يزيد على 12 ألف مدني في غضون الأيام الثلاثة الماضية "
        "ضمن مناطق سيطرة المعارضة بمحافظة درعا جنوبي سوريا، بعدما صعّدت قوات النظام قصفها. "
        "وقال رامي عبد الرحمن، مدير المرصد، لفرانس برس إن موجة النزوح هذه رافقت تكثيف النظام قصفه بالمدفعية والطيران "
        "على الريف الشرقي لدرعا وعلى بلدات في ريفها الشمالي الغربي. من جهته، أحصى «أوتشا»، مكتب الأمم المتحدة المعني "
        "بالعمل الإنساني، نزوح 2500 شخص من بلدة واحدة حتى يوم الأربعاء بسبب القصف. وتبسط الفصائل المعارضة سيطرتها على سبعين "
        "في المئة من محافظتي درعا والقنيطرة المجاورة، بينما تحشد قوات النظام تعزيزات نحو الجنوب منذ عدة أسابيع استعداداً "
        "لهجوم وشيك. وأوردت وكالة الأنباء الرسمية يوم الخميس أن المدفعية تقصف بدقة تجمعات في مدينة الحراك، الواقعة "
        "شمال شرقي مدينة درعا، وفي بلدة بصر الحرير، فتدمّر تحصينات وتقتل عدداً من المسلحين.",
        [E("other", Q("ما يزيد على 12 ألف", 12000, None, True), PL("درعا", "Daraa", "Daraa", nth=1), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="displacement over three days (period 2018-06-19 to 2018-06-21) in the province; the UN office's "
                "2500 from one town is part of it (no event of its own); weeks of reinforcements are a state"),
         E("airstrike", None, PL("الريف الشرقي لدرعا", "Eastern Daraa countryside", "Daraa"), None, "رامي عبد الرحمن",
           GOV, note="CALL: the monitor's director names artillery and air bombardment of the eastern countryside over "
                     "the three days; the air part is coded here (the artillery is the shelling below); undated "
                     "(three days)"),
         E("shelling", None, PL("الحراك", "Al-Hirak", "Daraa"), "2018-06-21", "وكالة الأنباء الرسمية", GOV,
           note="the official agency's telling of artillery on two towns (placed at the first); «a number of gunmen» "
                "killed: no figure")])

passage("ki24", "2025-03-07", "Syrian Today, relaying Reuters",
        "an attack by former-regime loyalists on security forces with a channel's toll and a security chief's telling "
        "| page: https://syrian-today.net/ar/article/9396/عشرات-القتلى-والجرحى-في-مواجهات-مسلحة-بين-قوات-الأمن-وفلول-النظام-في-سوريا",
        "قتلى وجرحى بالعشرات في مواجهات مسلحة بين فلول النظام والأمن السوري\n"
        "الجمعة، 7 آذار/مارس 2025\n"
        "أعلنت السلطات السورية أن مسلحين موالين للرئيس المخلوع بشار الأسد نفّذوا يوم الخميس هجوماً دامياً «مخططاً له» "
        "على القوات الحكومية، في واحدة من أعنف موجات العنف التي تستهدف الحكومة منذ وصول فصائل المعارضة بقيادة إسلاميين "
        "إلى الحكم. وذكر تلفزيون سوريا، المحسوب على الإدارة الجديدة بدمشق، مقتل 13 على الأقل من عناصر الأمن "
        "في الاشتباكات بمنطقة جبلة الساحلية، فيما تحدث مسؤول الأمن في المنطقة عن قتلى وجرحى في صفوف قواته "
        "جراء هجوم محكم التخطيط شنه «فلول ميليشيات الأسد». ويشكل ذلك تصعيداً خطيراً للتوتر في الساحل، معقل العلويين "
        "الذين تنتمي إليهم أسرة الأسد. أما مدير الأمن العام في اللاذقية، المقدم مصطفى كنيفاتي، فقال إن مجموعات عدة "
        "من الفلول هاجمت، في عملية معدّة سلفاً، نقاط قواته وحواجزها واستهدفت دوريات كثيرة في جبلة وريفها، موقعة عدداً "
        "من القتلى والجرحى، مضيفاً في تصريح بثته وزارة الداخلية أن قواته نجحت في احتواء الهجوم في ريف جبلة.",
        [E("armed_clash", Q("13", 13, None), PL("جبلة", "Jableh", "Latakia"), "2025-03-06",
           "تلفزيون سوريا", LOYAL,
           note="one coordinated attack told by the authorities, a channel (the toll) and the security chief; the "
                "channel's sentence gives the place and the figure, so it is the source; Thursday before a Friday "
                "page → the 6th; containment is the same incident")])

passage("ki25", "2014-08-07", "Al-Alam (Iranian Arabic channel), relaying SOHR",
        "an execution of oil-field guards near a field whose seizure is recalled with its day "
        "| page: http://www.alalam.ir/news/1620994",
        "«داعش» ينفذ واحدة من أكبر عمليات الإعدام في دير الزور\n"
        "الخميس 7 آب/أغسطس 2014\n"
        "أورد المرصد السوري لحقوق الإنسان خبر إعدام مسلحي «داعش» رمياً بالرصاص 19 رجلاً وشاباً على الأقل، وقطعهم رأس "
        "أحدهم بأداة حادة، في بادية دير الزور قرب حقل العمر النفطي، الذي انتزعه مسلحو التنظيم في الثالث من تموز/يوليو "
        "الماضي. وأوضح المرصد أن التنظيم اتهم المعدومين بـ«الإفساد في الأرض»، غير أن مصادر في الريف الشرقي لدير الزور "
        "أكدت له أنهم كانوا يعملون حراساً وعمالاً في آبار النفط بمنطقة بادية الشعيطات. ويخوض أبناء عشائر الشعيطات مواجهات عنيفة مع "
        "التنظيم في عدد من قرى الريف الشرقي لدير الزور، ولا سيما حول آبار النفط.",
        [E("casualties", Q("19", 19, None), PL("حقل العمر النفطي", "Al-Omar oil field", "Deir ez-Zor"),
           "2014-08-07", "المرصد السوري لحقوق الإنسان", IS,
           note="an execution stays casualties; placed at the named field (the most specific place; the desert is "
                "its enclosure); undated, the item's news → publication day"),
         E("territory_change", None, PL("حقل العمر النفطي", "Al-Omar oil field", "Deir ez-Zor"), "2014-07-03",
           "المرصد السوري لحقوق الإنسان", IS,
           note="a recall with its own day inside the monitor's sentence: IS seized the field on 3 July; the tribe's "
                "ongoing fighting is a state (no event)")])

passage("ki26", "2020-09-03", "Deyar al-Nagab, relaying AFP",
        "an Israeli missile strike on an air base told by the government, the official agency and the monitor; an "
        "earlier strike in the week with its toll | page: https://deyaralnagab.net/print.php?content=20&id=13206",
        "دمشق: غارة إسرائيلية على قاعدة جوية في محافظة حمص وسط سوريا\n"
        "03.09.2020\n"
        "قالت دمشق إن الطيران الحربي الإسرائيلي أطلق ليل الأربعاء عدة صواريخ على مطار عسكري وسط البلاد، وإن دفاعاتها "
        "الجوية اعترضتها «وأسقطت أغلبها، ولم تتعدَّ الخسائر الأضرار المادية». ونقلت وكالة «سانا» الرسمية عن مصدر عسكري، "
        "لم تذكر اسمه، أن «طائرات العدو الإسرائيلي» أطلقت دفعة من الصواريخ نحو مطار التيفور، وأن الدفاعات الجوية تصدت "
        "لها. أما المرصد السوري لحقوق الإنسان فأكد، من مقره في بريطانيا، أن قاعدة «تي-فور» الجوية بريف "
        "حمص استُهدفت بضربات جوية يغلب الظن أنها إسرائيلية، من غير أن يضيف تفاصيل. وهذه الغارة الإسرائيلية الثانية على سوريا "
        "خلال الأسبوع، بعد ضربات مشابهة شنتها إسرائيل ليل الاثنين على مواقع عسكرية للنظام وللميليشيات الحليفة له، قُتل "
        "فيها 11 شخصاً بحسب المرصد: ثلاثة منهم جنود في قوات النظام، وسبعة مسلحون غير سوريين موالون لإيران، إلى جانب امرأة "
        "مدنية. وبحسب المرصد، أصابت غارات ليلة الاثنين مواقع للنظام العسكرية جنوب غربي دمشق.",
        [E("airstrike", None, PL("مطار التيفور", "Tiyas (T4) air base", "Homs"), "2020-09-02", "مصدر عسكري", ISR,
           note="one strike told three ways; the agency relays a military source (the one relayed is the source, "
                "stop 34); Wednesday night before a Thursday page → the 2nd; no dead"),
         E("airstrike", Q("11", 11), PL("دمشق", "Damascus", "Damascus", nth=2), "2020-08-31", "المرصد", ISR,
           note="Monday night's strikes with 11 dead (three, seven and one are a breakdown); placed at the city the "
                "text takes its bearing from (southwest of Damascus), the last sentence coming back to them")])


passage("ki27", "2012-06-25", "Wikinews (Arabic)",
        "three pilots defect on foot across the border; a recalled defection with a fighter jet three days before "
        "| page: https://ar.m.wikinews.org/wiki/فرار_ثلاثة_طيارين_سوريين_منشقين_إلى_الأردن",
        "ثلاثة طيارين سوريين منشقين يفرّون إلى الأردن\n"
        "الاثنين 25 حزيران/يونيو 2012\n"
        "نقل عدد من الناشطين الأردنيين والسوريين أن ثلاثة طيارين سوريين انشقوا يوم السبت، قبل يومين، ولجؤوا إلى الأردن، معلنين "
        "انضمامهم إلى الانتفاضة الشعبية على نظام بشار الأسد. وقد اجتاز الطيارون الثلاثة مشياً على الأقدام السياج "
        "الفاصل بين البلدين مساء السبت، لا على متن طائراتهم، وهي الطريق التي يسلكها في العادة اللاجئون والعسكريون "
        "المنشقون للخروج من سوريا، فتسلّمهم الأمن الأردني ونقلهم فوراً إلى مسكن مخصص للعسكريين السوريين المنشقين في "
        "مدينة المفرق الحدودية. وفي سياق متصل، بلغت عائلة الطيار سامر الأحمد الأراضي الأردنية مساء الخميس، بعد ساعات "
        "على انشقاقه صباح ذلك اليوم وفراره بمقاتلته من طراز «ميغ 21» وهبوطه في قاعدة الحسين الجوية بالمفرق، حيث منحته "
        "السلطات الأردنية اللجوء السياسي.",
        [E("defection", Q("ثلاثة", 3, nth=1), PL("الأردن", "Jordan", None, "Jordan", nth=1), "2012-06-23",
           "الناشطين الأردنيين والسوريين", GOV,
           note="an arrival abroad told as the defection: Jordan is the place (the fence names no place); Mafraq is "
                "where they were housed (residence), not the place; «السبت، قبل يومين» before a Monday → the 23rd"),
         E("defection", None, PL("قاعدة الحسين الجوية", "King Hussein Air Base (Mafraq)", None, "Jordan"),
           "2012-06-21", None, GOV,
           note="the pilot who flew his jet out on Thursday: a recall with its own day, placed where he landed "
                "(arrival abroad); singular, no figure; his family's arrival is no event")])

passage("ki28", "2017-12-02", "Al-Watan (Bahrain), agencies",
        "an Israeli strike on a site near Damascus with two tellings of the target; a recalled strike a month before "
        "| page: https://alwatannews.net/ampArticle/746935",
        "دمشق – نادر السالم، وكالات\n"
        "قالت مصادر سورية إن طائرات إسرائيلية ضربت هدفاً عسكرياً بريف دمشق، وسط روايات متضاربة عن هويته. فمن جهة، "
        "أكدت مصادر في جيش النظام السوري، وفق ما نقلته وكالة «سانا»، أن الدفاعات الجوية لجيش الأسد تصدت لصواريخ "
        "إسرائيلية كانت متجهة إلى «موقع عسكري» بريف العاصمة ودمّرت اثنين منها، ومن جهة أخرى "
        "قالت مصادر مختلفة إن المكان المستهدف قاعدة يجري تشييدها لمقاتلي «حزب الله» اللبناني المدعومين من قوات "
        "إيرانية، وإن الفوج 137 في المنطقة نفسها تعرض للقصف أيضاً. وأقرّ إعلام النظام بالهجوم، مشيراً إلى التصدي "
        "لصواريخ إسرائيلية من نوع أرض-أرض وإصابة اثنين منها قبل بلوغ أهدافها، ومعترفاً بأن غارات جوية طالت مواقع له وألحقت بها "
        "أضراراً مادية، ولم تعلّق إسرائيل، وبقيت الدفاعات والمقاتلات "
        "الروسية على الحياد كعادتها. وكانت إسرائيل قد قصفت مراراً منذ اندلاع الثورة السورية عام 2011 مواقع "
        "تابعة للجيش السوري أو لحزب الله في سوريا، كان آخرها مطلع تشرين الثاني/نوفمبر حين ضربت طائرات حربية إسرائيلية "
        "مستودعاً للأسلحة في ريف حمص بوسط البلاد.",
        [E("airstrike", None, PL("ريف دمشق", "Damascus countryside", "Rif Dimashq"), "2017-12-02", "مصادر سورية", ISR,
           note="one strike told by the army (via the agency), other sources and regime media; the base under "
                "construction and «الفوج 137» in the same area are one act (a coder could place it at the regiment, "
                "a named base); undated, the item's news → publication day; the ground-to-ground missiles are the same "
                "strike; Israel's silence and Russia's neutrality are states"),
         E("airstrike", None, PL("ريف حمص", "Homs countryside", "Homs"), "2017-11", None, ISR,
           note="the last earlier strike, recalled with its month (early November) on an arms depot: an event "
                "(«وكانت … قد» → outlet); the many strikes since 2011 are a habit")])

passage("ki29", "2025-06-22", "Zagros News (Erbil)",
        "a suicide bombing in a church told by the Interior Ministry, with the Health Ministry's toll "
        "| page: https://zagrosnews.net/ar/news/71102",
        "زاكروس – أربيل\n"
        "فجّر انتحاري نفسه مساء الأحد، الثاني والعشرين من حزيران 2025، داخل كنيسة مار إلياس بحي الدويلعة في العاصمة "
        "دمشق، بعدما أطلق الرصاص على المصلين، فسقط عدد من الضحايا، ونسبت وزارة الداخلية السورية الهجوم إلى تنظيم داعش. "
        "وأوضحت الوزارة في بيانها أن المهاجم، وهو من عناصر التنظيم، اقتحم كنيسة القديس مار إلياس وفتح النار ثم فجّر "
        "سترة ناسفة كان يرتديها، مشيرة إلى أن المعطيات الأولية تفيد بمقتل مدنيين وجرح آخرين، وأن قواتها طوّقت المكان "
        "بالكامل وباشرت جمع الأدلة والتحقيق. وتفقّد أسامة محمد خير عاتكة، قائد الأمن الداخلي في العاصمة، موقع التفجير "
        "للاطلاع على سير التحقيق الأولي. وبحسب ما نقلته وكالة «سانا» عن وزارة الصحة، صعدت حصيلة القتلى إلى 13، إلى "
        "جانب 53 جريحاً.",
        [E("explosion", Q("13", 13), PL("الدويلعة", "Al-Duwaila'a", "Damascus"), "2025-06-22",
           "وزارة الداخلية السورية", IS,
           note="shooting then a suicide vest: one attack (explosion, suicide bomb); the church is placed at its "
                "quarter; the Health Ministry's raised toll (13) is its figure, the 53 wounded are not; the ministry's "
                "accusation tells the act (its source), no statement of its own; the cordon and the commander's visit "
                "are no events")])

passage("ki30", "2023-10-05", "Afaq News (Lebanon)",
        "a drone attack on a military academy's graduation with a monitor's toll, the ministry's telling and threat, "
        "retaliatory shelling | page: http://www.afaknews.com/portal/ar-LB/أخبار-عربية-ودولية/4/c/من-قصف-الكلية-الحربية-بحمص-ولماذا-غادر-وزير-الدفاع-قبل-21-دقيقة-من-القصف/11943",
        "أودى هجوم بطائرة مسيّرة على الكلية الحربية في حمص، وسط البلاد، بحياة ما يزيد على مئة شخص وأوقع أكثر من 125 "
        "جريحاً، بحسب المرصد السوري لحقوق الإنسان. وجرى الهجوم خلال حفل لتخريج دفعة من الضباط، بينما كان الخريجون "
        "يلتقطون الصور التذكارية مع عائلاتهم. وفي بيان نشرته على «فيسبوك»، قالت وزارة الدفاع السورية إن مسيّرات "
        "مزودة بالمتفجرات ضربت حفل التخرج في الكلية الحربية بحمص غربي البلاد، فأوقعت عشرات الضحايا، علماً أن المقاطع "
        "المصوّرة للحادثة لم تُظهر انفجارات بل سُمع فيها صوت رصاص. ونسبت الوزارة الهجوم إلى جماعات وصفتها بالإرهابية "
        "وقالت إن جهات دولية معروفة تقف خلفها، واعتبرته «غير مسبوق»، متوعدة بالرد «بكل قوة وحزم» ومحذّرة من أن من خطّطوا له "
        "ونفذوه «سيدفعون ثمناً باهظاً». ولاحقاً، قصفت مدفعية النظام مواقع لفصائل المعارضة على أطراف إدلب وحماة وحمص. "
        "وتفيد التقارير بأن قادة في الجيش السوري ووزير الدفاع علي عباس حضروا الحفل، غير أن مصدراً سورياً أبلغ موقع "
        "«سبوتنيك» الروسي لاحقاً بأن الوزير كان قد خرج من الكلية قبل 21 دقيقة من الهجوم.",
        [E("airstrike", Q("ما يزيد على مئة", 100, None, True), PL("الكلية الحربية", "Homs Military Academy", "Homs"),
           "2023-10-05", "المرصد السوري لحقوق الإنسان", None,
           note="a drone attack (ACLED air/drone strike) told by the monitor and the ministry; the academy is a listed "
                "military site (as set 6 v13); the monitor's dead are the figure (the ministry's «dozens» another "
                "telling), the 125 wounded are not; no agent (the text names only «terrorist organisations»)"),
         E("statement", None, None, "2023-10-05", "وزارة الدفاع السورية", GOV,
           note="the ministry's vow to respond «with full force» and its warning: a threat told as its own matter "
                "(stop 32)"),
         E("shelling", None, PL("إدلب", "Idlib", "Idlib"), "2023-10-05", None, GOV,
           note="the later artillery on opposition positions on the edges of three provinces: one act, placed at the "
                "first; outlet")])

passage("ki31", "2013-06-06", "El Khabar (Algeria), relaying Reuters",
        "a town's loss admitted by the opposition, both sides' tellings of the mop-up and the withdrawal, a rights "
        "network's toll of the three-week battle | page: https://djazairess.com/elkhabar/339213",
        "أقرّت المعارضة السورية أمس بخسارة مدينة القصير، ذات الموقع الإستراتيجي على الحدود اللبنانية، بعدما استعادتها "
        "قوات الجيش السوري إثر ثلاثة أسابيع من المعارك العنيفة بين الجانبين. وبيّنت مصادر في الجيش السوري الحر أن "
        "مجموعة من مقاتليه ما زالت متحصنة في الحي الشمالي من المدينة، وأن وجودهم هناك أمّن الغطاء لانسحاب سائر "
        "المقاتلين. في المقابل، أبلغ مصدر في الجيش النظامي «رويترز» أن القوات السورية أحكمت سيطرتها على أغلب "
        "أرجاء القصير، وإنها تواصل مداهمة المناطق الشمالية التي تحصّن فيها الثوار في الأيام الأخيرة. أما مصادر «حزب "
        "الله»، الذي يقاتل إلى جانب قوات الأسد، فذكرت لوسائل إعلام أن مقاتلي المعارضة انسحبوا بأسلحتهم نحو قرية الضبعة "
        "المجاورة، التي ما زال الثوار يحتفظون ببعض أحيائها. وفي حصيلة المعركة الممتدة على ثلاثة أسابيع، أحصت الشبكة "
        "السورية لحقوق الإنسان 273 قتيلاً وما يزيد على 2400 مصاب، منهم 1800 مدني بينهم 230 طفلاً و170 امرأة.",
        [E("territory_change", None, PL("القصير", "Al-Qusayr", "Homs"), "2013-06-05", "المعارضة السورية", GOV,
           note="the town retaken, told by the losing side, the army's source and Hezbollah's; the raids in the north "
                "and the withdrawal to al-Dabaa are the same taking; «أمس» before a Thursday → the 5th"),
         E("armed_clash", Q("273", 273), PL("القصير", "Al-Qusayr", "Homs", nth=1), None,
           "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the three-week battle's toll (period 2013-05-15 to 2013-06-05): a toll naming one cause (the battle) "
                "takes its type (stop 32); the 2400 wounded and 1800 civilians (whose telling is ambiguous) are not the "
                "figure")])


passage("ki32", "2021-09-06", "Dar al-Hilal (Egypt), relaying SANA",
        "a settlement of fighters' status resumed at a centre, the deal recalled with its day "
        "| page: https://darelhilal.com/News/933227.aspx",
        "قالت السلطات السورية اليوم الاثنين إن عملية تسليم السلاح وتسوية أوضاع عشرات من مسلحي درعا البلد استؤنفت. "
        "ونقلت وكالة الأنباء السورية (سانا) أن هؤلاء المسلحين شرعوا منذ الصباح في تسوية أوضاعهم وتسليم ما "
        "لديهم من أسلحة إلى الجيش، داخل مركز أُعدّ للتسوية في حي الأربعين، تطبيقاً لاتفاق التسوية الذي "
        "عرضته الدولة ضمن مساعي الحل السلمي، والهادف بحسب الوكالة إلى إنهاء سيطرة «الإرهابيين» واستعادة الأمن "
        "والاستقرار في المحافظة كلها. وكانت القوات الحكومية السورية واللجان المركزية في درعا قد أبرمت يوم الثلاثاء "
        "الماضي، بوساطة روسية، اتفاقاً ينص على أن يسلّم المسلحون في درعا سلاحهم وأن تُقام نقاط للجيش السوري حول أحياء "
        "درعا البلد.",
        [E("other", Q("عشرات", 20, 90, True), PL("الأربعين", "Al-Arba'in quarter (Daraa al-Balad)", "Daraa"),
           "2021-09-06", "وكالة الأنباء السورية (سانا)", None,
           note="a status settlement with weapons handed over is `other` (as set 1 p43); the centre is placed at its "
                "quarter («الأربعين» is a name, not a figure); the lead and the agency's sentence are one telling"),
         E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=1), "2021-08-31", None, GOV,
           note="the deal reached «last Tuesday» under Russian mediation: a recall with its own day → an event; "
                "«وكانت … قد» → outlet; placed at the quarters it concerns; Russia is the mediator, not a place")])

passage("ki33", "2024-12-08", "Arab Khabar, relaying Al-Bawaba News and Reuters",
        "factions announce the taking of a prison and the release of its inmates "
        "| page: https://arabkhabar.com/a/3773610",
        "رويترز: الفصائل المسلحة تعلن انتزاع سجن صيدنايا قرب دمشق\n"
        "تاريخ النشر: 8 كانون الأول/ديسمبر 2024\n"
        "أعلنت فصائل المعارضة السورية المسلحة صباح الأحد أنها سيطرت على سجن صيدنايا الواقع في ريف العاصمة وأخلت سبيل السجناء فيه، "
        "وفق ما نقلته وكالة رويترز. وجاء في بيان للفصائل أنها تزفّ إلى السوريين خبر تحرير «أسرانا» وكسر قيودهم، معلنةً "
        "انتهاء «حقبة الظلم» في هذا السجن. ويُعد صيدنايا سجناً عسكرياً ضخماً في ضواحي العاصمة، احتجزت فيه الحكومة السورية "
        "آلاف الأشخاص، بحسب رويترز، فيما انتشرت على مواقع التواصل مقاطع مصورة توثّق لحظة خروج المعتقلين منه.\n"
        "المصدر: البوابة نيوز",
        [E("territory_change", None, PL("سجن صيدنايا", "Sednaya prison", "Rif Dimashq", nth=1), "2024-12-08",
           "فصائل المعارضة السورية المسلحة", None,
           note="the taking of a listed prison with its inmates freed: one event (a coder could add an `other` for the "
                "release); Reuters relays the factions, so they are the source (stop 34); the thousands held are a "
                "state; no agent (the factions are not named)")])


passage("ki34", "2011-05-12", "Syrian Human Rights Organisation site (relaying SOHR and AFP)",
        "raids with dozens arrested in two villages, the arrest campaign going on in the town "
        "| page: https://syriahro.org/12-5-2011-syrian observatory10.htm",
        "ذكرت منظمة حقوقية أن عناصر الأمن السوري اقتحموا قرى قريبة من بانياس على الساحل واعتقلوا العشرات، بينما مضت في "
        "حملة الاعتقال داخل المدينة ذاتها، مركّزة على المثقفين وأصحاب المناصب الرفيعة. وبحسب المرصد السوري لحقوق الإنسان، "
        "دهمت وحدات من الجيش ومن الأجهزة الأمنية صباح اليوم البيضا والقرير، القريتين المتاخمتين لبانياس، واعتقلوا عشرات من "
        "أهلهما. وأضاف أن الحملة في بانياس تواصلت واستهدفت على وجه الخصوص المثقفين والكوادر العليا، ومن بينهم المحامي "
        "فراس العلي الذي تأكد اعتقاله. وتلاحق الأجهزة الأمنية في المدينة من بقي طليقاً من قادة الاحتجاجات.",
        [E("arrest", Q("عشرات", 20, 90, True, nth=1), PL("البيضا", "Al-Bayda", "Tartus"), "2011-05-12",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="raids on two villages with dozens arrested: one act, placed at the first; the lead's «العشرات» is "
                "the same figure (an unnamed rights group = the monitor)"),
         E("arrest", None, PL("بانياس", "Baniyas", "Tartus", nth=2), "2011-05-12", "المرصد", GOV,
           note="the campaign going on inside the town (a lawyer among those held; no figure); the hunt for protest "
                "leaders still free is an aim, not an event")])


def main() -> None:
    write("gold84.jsonl", P84)


if __name__ == "__main__":
    main()
