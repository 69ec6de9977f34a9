"""Build gold73.jsonl: development set 73 (ids je01…), written in stop 33 by writer w73 BEFORE any run on it.

36 short excerpts (2-5 sentences), each the paraphrase of the news part of ONE real page found in the search
tool's `pages` corpus (queried in Arabic), years 2011-2025, outlets that earlier sets used little: Kurdish sites
(Welateme), the Baath paper and other official or pro-government media (Al-Baath, Al-Alam, Sham Times relaying
Sputnik), English or foreign outlets' Arabic services (BBC Arabic, Euronews Arabic, Al Jazeera Mubasher),
regional papers (Al-Ittihad, Al-Watan Bahrain, Youm7, Elbalad, Al-Siyasa, Erem News, LANA) and local Syrian sites
(Halab Today, Syria TV, Jisr TV, Baladi News, Al-Tareek relaying Suwayda 24, SNN). Every sentence was rewritten
(no run of five words, names aside, is shared with its page: checked by script against the page text, which was
kept outside the repository); the incidents, their order, places, figures, dates, sources and hedges are the
page's; people's personal names are invented. Each passage's `style` ends with the page's address.
Gold follows news_dev's README and the events_probe README's stop 28, 30 and 32 conventions. Offsets are
computed by build.build and checked.

    python benchmarks/data/events_probe/build73.py      # rewrites gold73.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P73: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P73.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("je01", "2011-03-28", "BBC Arabic", "fire in the air at a protest, no toll; a recalled two-day toll elsewhere "
        "| page: http://www.bbc.com/arabic/multimedia/2011/03/110328_hs_syria_troops_disperse_deraa_rally",
        "أطلق عناصر الأمن السوري الرصاص في الهواء لتشتيت مئات المحتجين الذين احتشدوا في درعا، المدينة الواقعة جنوب البلاد، "
        "اعتراضاً على العمل بقانون الطوارئ منذ قرابة خمسين عاماً. وتفرّق الحشد المتجمع في الساحة الرئيسية لدقائق مع "
        "دويّ الرصاص، ثم عاد يهتف للحرية والكرامة حين توقف، ولم يُعرف إن كان إطلاق النار قد أوقع ضحايا. وفي "
        "اللاذقية، انتشرت وحدات من الجيش بعد يومين من احتجاجات وأعمال عنف أودت بحياة 12 شخصاً على الأقل.",
        [E("protest", Q("مئات", 200, 900, True), PL("درعا", "Daraa", "Daraa"), None, None, PROT,
           note="fire in the air on a protest: one protest event, the crowd is the figure; the page fixes no day "
                "(dated the 28th, it tells the rally without a day word)"),
         E("protest", Q("12", 12, None, True), PL("اللاذقية", "Latakia", "Latakia"), None, None, PROT, kind="aggregate",
           note="two days of protests and violence with 12 dead: a protest aggregate whose figure is the dead (no "
                "crowd numbered); a second coder could code casualties. The army's deployment there is coded "
                "below as a reinforcement"),
         E("reinforcement", None, PL("اللاذقية", "Latakia", "Latakia"), None, None, GOV,
           note="troops deployed in the city; a coder who codes only violence would leave it out")])

passage("je02", "2011-04-23", "Welateme (Kurdish site)", "nationwide Friday protests, a toll range, reforms the day before "
        "| page: http://welateme.net/erebi/modules.php?name=News&file=print&sid=8324",
        "عمّت تظاهرات حاشدة مدناً سورية كثيرة أمس الجمعة، التي أسماها المحتجون «الجمعة العظيمة»، على الرغم من "
        "تطويق الجيش لمدن بينها حمص ودرعا وبانياس والرستن وتلكلخ وإغلاقه مداخل العاصمة دمشق. واختلفت حصيلة "
        "القتلى في الاحتجاجات بين ما يفوق 25 وما يقارب 50 في أرجاء البلاد، إضافة إلى عشرات الجرحى. وخرج المحتجون "
        "غداة صدور مراسيم رفعت حالة الطوارئ وألغت محكمة أمن الدولة، وأقدموا في أكثر من مدينة على تحطيم تماثيل "
        "للرئيس الراحل حافظ الأسد.",
        [E("protest", Q("بين ما يفوق 25 وما يقارب 50", 25, 50, True), None, "2011-04-22", None, PROT, kind="aggregate",
           note="a nationwide day of protests told as one: no place (the cities named are besieged, not the protest "
                "places); no crowd numbered, so the dead are the figure (a range). Not coded: the army's siege of "
                "cities (background of the day) and the reform decrees of the day before (no body named; a second "
                "coder could code a statement)")])

passage("je03", "2011-07-22", "Al-Ittihad (UAE)", "a day's toll beside mass marches; a rights league's telling of two "
        "attacks on protesters | page: http://alittihad.ae/details.php?id=69056&y=2011",
        "سقط 13 محتجاً سورياً قتلى برصاص قوات الأمن في غضون 24 ساعة، بينما خرج اليوم الجمعة زهاء 1,2 مليون متظاهر "
        "في مسيرات ضخمة بمدينتي حماة ودير الزور ضمن «جمعة أحفاد خالد بن الوليد» نصرةً لحمص. وأفاد رئيس الرابطة "
        "السورية لحقوق الإنسان، سامر الحلبي، بأن مسلحين من ميليشيا موالية للنظام اقتحموا مسجد آمنة في حلب وقتلوا "
        "متظاهرَين طعناً، وأن العشرات أصيبوا واعتُقل آخرون. وأضاف أن محتجاً لقي حتفه برصاص الأمن في إعزاز.",
        [E("casualties", Q("13", 13), None, None, None, GOV, kind="aggregate",
           note="a 24-hour national toll told beside the marches: a casualties aggregate of its own (stop 30)"),
         E("protest", Q("زهاء 1,2 مليون", 1200000, approx=True), PL("حماة", "Hama", "Hama"), "2011-07-22", None, PROT,
           note="AFP-style decimal comma: 1.2 million; one act over two cities, placed at the first"),
         E("protest", None, PL("حلب", "Aleppo", "Aleppo"), None, "رئيس الرابطة السورية لحقوق الإنسان", PROT,
           note="militiamen storm a mosque and stab two protesters: an attack on a protest is the protest with its "
                "dead (a dual, no figure); the mosque is placed at its town; the arrests are part of it; undated"),
         E("protest", None, PL("إعزاز", "Azaz", "Aleppo"), None, "رئيس الرابطة السورية لحقوق الإنسان", PROT,
           note="«وأضاف» carries the league's head; one protester shot dead, no figure")])

passage("je04", "2012-06-10", "Ahl al-Quran site (relaying the General Commission of the Syrian Revolution)",
        "a whole battalion defects; a breakdown of who was there and who went where "
        "| page: http://143.198.187.250/arabic/printpage.php?doc_id=24476&doc_type=0",
        "انشقت كتيبة صواريخ بأكملها فجر اليوم الأحد في مدينة الرستن بمحافظة حمص، بعد تنسيق مسبق بين قائدها والمجلس "
        "العسكري للجيش الحر في المحافظة، بحسب ما رواه النقيب مازن للهيئة العامة للثورة السورية. وأوضح الضابط أن "
        "الكتيبة 743 التابعة للواء 72 في الفرقة 26 دفاع جوي تضم 130 عنصراً وعشرة ضباط، كان 35 منهم في مواقعهم "
        "ساعة الانشقاق. وآثر 22 جندياً وثلاثة ضباط الرجوع إلى بيوتهم، فيما انضم ثمانية جنود وضابطان إلى صفوف الجيش الحر.",
        [E("defection", Q("35", 35), PL("الرستن", "Al-Rastan", "Homs"), "2012-06-10", "النقيب مازن",
           GOV, note="FIGURE CALL: the 35 present are those who defected (130 and ten officers are the battalion's "
                     "strength; 22+3 and 8+2 are a breakdown of the 35). Source: the captain, as the Commission relays "
                     "him; a second coder could name the Commission. Unit numbers are names")])

passage("je05", "2012-07-30", "Al-Watan (Bahrain), relaying AFP", "a checkpoint taken, both sides' dead, a commander's "
        "telling | page: https://alwatannews.net/ampArticle/25989",
        "في صباح اليوم الاثنين، انتزع مقاتلو الجيش السوري الحر، إثر معارك دامت عشر ساعات، حاجز عندان القائم على مسافة "
        "خمسة كيلومترات إلى الشمال الغربي من حلب، وهو موقع يفتح أمامهم طريقاً مباشراً نحو الحدود التركية، وفق صحافي "
        "من وكالة فرانس برس كان في المكان. وقال العميد المنشق فواز عبد الرحيم إن ستة جنود نظاميين قُتلوا في "
        "المواجهات وأُسر 25 غيرهم، في حين سقط أربعة من مقاتلي المعارضة، مضيفاً أن عناصره غنموا سبع دبابات ومدرعات.",
        [E("territory_change", Q("ستة", 6), PL("عندان", "Anadan", "Aleppo"), "2012-07-30",
           "صحافي من وكالة فرانس برس", FSA,
           note="no total of both sides' dead: the figure is the first side numbered (six soldiers); the four rebels "
                "are no second event; the 25 captured are not an arrest event. The act's own sentence names AFP's "
                "journalist, so the brigadier's toll does not replace that source")])

passage("je06", "2013-06-03", "Al-Binaa (Tunisia, via Turess), relaying SOHR", "a night missile strike with a "
        "breakdown; a national toll of the day before | page: https://www.turess.com/binaa/18268",
        "أودى صاروخ أرض-أرض سقط قرابة منتصف ليل الأحد-الاثنين على بلدة كفر حمرة الواقعة في ريف حلب بحياة 26 شخصاً، من بينهم "
        "ثمانية قاصرين وست نساء، بحسب ما أعلنه اليوم الاثنين المرصد السوري لحقوق الإنسان. وأوضح مدير المرصد أن "
        "الصاروخ أحدث انفجاراً هائلاً في البلدة المتاخمة للمدخل الشمالي الغربي لحلب، والتي تسعى القوات النظامية إلى "
        "إحكام قبضتها عليها. وبحسب المرصد، حصدت أعمال العنف يوم الأحد أرواح 127 شخصاً في عموم سوريا.",
        [E("shelling", Q("26", 26), PL("كفر حمرة", "Kafr Hamra", "Aleppo"), "2013-06-02",
           "المرصد السوري لحقوق الإنسان", None,
           note="a surface-to-surface missile is coded shelling (ACLED: shelling/artillery/missile attack); children "
                "and women are a breakdown. DATE CALL: «منتصف ليل الأحد-الاثنين» (Sunday night) → the 2nd; the 3rd "
                "is defensible. No actor: the text does not say who fired"),
         E("casualties", Q("127", 127), None, "2013-06-02", "المرصد السوري لحقوق الإنسان", kind="aggregate",
           note="a national day toll naming no act; «يوم الأحد» is the last Sunday before publication")])

passage("je07", "2013-06-14", "Akhbar al-Aan", "checkpoints and villages taken, activists' telling "
        "| page: https://www.akhbaralaan.net/news/arab-world/2013/06/14/army-free-syria-military-attacks-idlib-controls-main-barriers",
        "صعّد مقاتلو الجيش الحر عملياتهم في محافظة إدلب، وانتزعوا ثلاثة حواجز كبرى منتشرة عند مداخل مدينة إدلب. "
        "وذكر ناشطون أن من بينها حاجز الإسكان، الذي يُعدّ من أضخم النقاط العسكرية الملاصقة للمدينة، وتحدثوا كذلك عن "
        "سيطرة المقاتلين على قريتي الفوعة وكفريا اللتين توصفان بمعقلين للشبيحة. ويندرج هذا التقدم في إطار معارك "
        "يخوضها الحر سعياً لبسط نفوذه على المحافظة وعموم الشمال.",
        [E("territory_change", Q("ثلاثة", 3), PL("إدلب", "Idlib", "Idlib", nth=1), None, "ناشطون", FSA,
           note="three checkpoints at the city's entrances: one act placed at the city (the Iskan checkpoint is one "
                "of the three, not a listed site); the next sentence's activists come back to it (stop 30); undated"),
         E("territory_change", None, PL("الفوعة", "Al-Fu'ah", "Idlib"), None, "ناشطون", FSA,
           note="the two villages are another place: a second taking, placed at the first village")])

passage("je08", "2014-05-07", "Al-Souria.net", "an evacuation under a deal, activists' figures "
        "| page: https://www.alsouria.net/archive/content/مقاتلو-المعارضة-يبدأون-بالمغادرة-من-وسط-حمص",
        "شرع مقاتلو المعارضة اليوم الأربعاء في مغادرة وسط مدينة حمص المحاصر، إذ انطلقت حافلتان تقلان أولى دفعاتهم "
        "صوب الريف الشمالي للمحافظة، تنفيذاً لاتفاق مع قوات النظام، على ما أفاد به ناشطون. وقال الناشطون إن الإجلاء "
        "يشمل 1900 شخص غالبيتهم مقاتلون، ويبدأ بستمئة مصاب مع ذويهم من المدنيين، لافتين إلى أن قوات النظام لم "
        "توقف الخارجين لتفتيشهم كما فعلت في شباط الماضي، وتركت لهم أسلحتهم الخفيفة.",
        [E("other", Q("1900", 1900), PL("حمص", "Homs", "Homs"), "2014-05-07", "ناشطون", FSA,
           note="an evacuation (as set 18 b09, b11): the figure is the evacuees; the northern countryside is the "
                "destination; the wounded are a breakdown; the deal is its frame, not dated apart")])

passage("je09", "2014-10-01", "Al-Nahar (Egypt, via Masress), relaying SOHR/Reuters", "beheadings by IS, a breakdown "
        "with no total | page: https://www.masress.com/alnahar/253941",
        "أعلن اليوم الأربعاء المرصد السوري لحقوق الإنسان أن عناصر تنظيم الدولة الإسلامية قطعوا في المنطقة الكردية "
        "شمالي سوريا رؤوس سبعة رجال وثلاث نساء، ضمن مسعى لبث الرعب بين السكان الذين يتصدون لتقدمه. وبيّن المرصد أن "
        "القتلى خمسة مقاتلين أكراد منهم ثلاث مقاتلات، وأربعة مقاتلين عرب معارضين، إلى جانب مدني كردي، وقد أُعدموا "
        "أمس الثلاثاء بعد احتجازهم على بعد 14 كيلومتراً غربي بلدة كوباني المحاصرة قرب الحدود التركية.",
        [E("casualties", Q("سبعة", 7), PL("كوباني", "Kobani (Ayn al-Arab)", "Aleppo"), "2014-09-30",
           "المرصد السوري لحقوق الإنسان", IS,
           note="executions stay casualties. FIGURE CALL: the text writes no total (seven men and three women; "
                "5+4+1); gold names the first number written; a coder summing would give 10. Place: 14 km west of "
                "Kobani, the town named")])

passage("je10", "2015-03-11", "Euronews Arabic", "a village taken in an offensive, dozens dead on both sides, a monitor's "
        "reading | page: https://arabic.euronews.com/2015/03/11/isil-launches-offensive-against-kurdish-forces-in-northeast-syria",
        "تتصدى وحدات حماية الشعب الكردية لهجوم يشنه تنظيم «الدولة الإسلامية» نحو رأس العين، المدينة ذات الأكثرية "
        "الكردية، بعدما استولى مسلحوه على قرية تل خنزير الواقعة إلى الغرب منها. وسقط عشرات القتلى من الجانبين في "
        "المعارك الضارية التي أشعلها التنظيم الليلة الماضية. وبحسب المرصد السوري لحقوق الإنسان، أراد التنظيم "
        "بهجومه استباق عملية كانت القوات الكردية تعدّ لإطلاقها من المدينة نحو تل أبيض في محافظة الرقة.",
        [E("territory_change", Q("عشرات", 20, 90, True), PL("تل خنزير", "Tal Khinzir", "Al-Hasakah"), "2015-03-10",
           "المرصد السوري لحقوق الإنسان", IS,
           note="one battle: the taking and the fight's dead are one event (ACLED: non-state actor overtakes "
                "territory); a second coder could split an armed_clash at Ras al-Ain. Date: «الليلة الماضية». "
                "Source: the monitor's sentence comes back to the same offensive. Tal Abyad is the planned aim")])

passage("je11", "2015-06-25", "Islamist Movements portal, relaying SOHR/AFP", "a mass execution, then a suicide bombing "
        "and clashes in the city | page: https://islamist-movements.com/30092",
        "أقدم تنظيم «داعش» اليوم الخميس على إعدام ما لا يقل عن عشرين كردياً رمياً بالرصاص، بينهم أطفال ونساء ومسنّون، "
        "في بلدة برخ بوطان جنوبي مدينة عين العرب، متذرعاً بأنهم حملوا السلاح في وجهه، وفق المرصد السوري لحقوق "
        "الإنسان. وأضاف المرصد أن مسلحي التنظيم عادوا صباحاً إلى عين العرب (كوباني) بعد تفجير انتحاري قرب المعبر "
        "الحدودي مع تركيا أوقع خمسة قتلى على الأقل، لتندلع إثر ذلك مواجهات عنيفة مع وحدات حماية الشعب وسط المدينة.",
        [E("casualties", Q("ما لا يقل عن عشرين", 20, None, True), PL("برخ بوطان", "Barkh Butan", "Aleppo"),
           "2015-06-25", "المرصد السوري لحقوق الإنسان", IS, note="an execution: casualties"),
         E("explosion", Q("خمسة", 5, None, True), PL("عين العرب", "Kobani (Ayn al-Arab)", "Aleppo", nth=1), "2015-06-25",
           "المرصد السوري لحقوق الإنسان", IS,
           note="the suicide bombing near the border crossing; the crossing is unnamed, so the city is the place"),
         E("armed_clash", None, PL("عين العرب", "Kobani (Ayn al-Arab)", "Aleppo", nth=1), "2015-06-25",
           "المرصد السوري لحقوق الإنسان", IS, note="the clashes after the bombing, no toll")])

passage("je12", "2016-05-21", "Al-Alam (Iranian Arabic channel)", "towns retaken, told by the losing side "
        "| page: http://www.alalam.ir/news/1820246",
        "اعترفت الفصائل المسلحة بخسارتها أمام الجيش السوري وحلفائه ثلاث عشرة بلدة تقع ضمن الغوطة الشرقية في ريف "
        "دمشق، وهي بلدات كانت تمثّل الجبهة الجنوبية للمسلحين في تلك المنطقة. وتمكنت القوات المتقدمة من كشف شبكة أنفاق، "
        "ووضعت يدها على مستندات تخص جبهة النصرة.",
        [E("territory_change", Q("ثلاث عشرة", 13), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), None,
           "الفصائل المسلحة", GOV,
           note="one act over thirteen unnamed towns: the region is the place; the losers' admission is the source; "
                "undated (a state at publication)")])

passage("je13", "2016-08-02", "Al-Haqiqa site", "Russian raids with a toll; a recalled helicopter downing "
        "| page: https://alhakea.com/word/archives/191594",
        "نفذت المقاتلات الروسية مساء أمس الاثنين ما يزيد على 33 غارة استهدفت بلدات وقرى في ريف إدلب الشرقي، وأسفرت "
        "عن سقوط 12 قتيلاً على الأقل. وأوضح المرصد السوري لحقوق الإنسان أن بين القتلى طفلين، وأن الضربات تركزت في "
        "محيط مطار أبو الظهور العسكري. وتأتي هذه الغارات عقب إعلان الجنرال الروسي فاليري كوزنتسوف إسقاط مروحية "
        "من طراز «مي-8» فوق مناطق خاضعة لجبهة «فتح الشام».",
        [E("airstrike", Q("12", 12, None, True), PL("مطار أبو الظهور العسكري", "Abu al-Duhur Military Airport", "Idlib"),
           "2016-08-01", "المرصد السوري لحقوق الإنسان", RUS,
           note="the dead are the figure, not the 33 raids; the monitor's sentence comes back to the raids (source "
                "carried back). PLACE CALL: the raids were around the air base (a listed site); a second coder "
                "could place them at the eastern countryside. The helicopter downing is the writer's recall with no "
                "day («وتأتي»): not coded")])

passage("je14", "2016-11-27", "Al-Araby Al-Jadeed", "a night attack on YPG positions, both sides' losses from one "
        "source | page: https://alaraby.co.uk/قتلى-وجرحى-بهجوم-على-وحدات-الحماية-الكردية-في-الحسكة",
        "قال مصدر محلي مقرّب من «وحدات حماية الشعب» الكردية لـ«العربي الجديد» إن مسلحي تنظيم «داعش» باغتوا ليل "
        "السبت-الأحد مواقع للوحدات بقرية أبو فاس وبمنطقة مكمن قرب بلدة الشدادي جنوبي الحسكة. وأضاف أن القتال "
        "بالأسلحة الثقيلة تواصل حتى فجر اليوم الأحد، وانتهى بمقتل ستة من عناصر الوحدات وجرح العشرات، بينما يُقدَّر "
        "قتلى التنظيم بعشرة على الأقل تمكن من سحب جثثهم.",
        [E("armed_clash", Q("ستة", 6), PL("أبو فاس", "Abu Fas", "Al-Hasakah"), "2016-11-27", "مصدر محلي", IS,
           note="no total of both sides: the first side numbered (six YPG); IS's estimated ten are no second event. "
                "Date: the fight ran from Saturday night to dawn Sunday; the 26th is defensible")])

passage("je15", "2017-06-09", "Syrian Mirror", "a district taken, the other side's claim, a recalled taking the day "
        "before | page: https://syrian-mirror.net/2017/06/09/قسد-تسيطر-على-ثاني-حي-في-مدينة-الرقة",
        "بسطت قوات سوريا الديمقراطية سيطرتها اليوم، الجمعة التاسع من حزيران/يونيو 2017، على حي الصباحية في الطرف الغربي من "
        "مدينة الرقة، ليكون ثاني حي تنتزعه من تنظيم الدولة منذ بدء المرحلة الخامسة من معركة «غضب الفرات»، بحسب "
        "ناشطين ميدانيين. في المقابل، زعمت وكالة أعماق الناطقة باسم التنظيم أن قناصاً من «قسد» وثلاثة عناصر آخرين "
        "قُتلوا في المشلب، الحي الواقع شرق المدينة. وكانت «قسد» قد استولت أمس على المشلب، إضافة إلى مقر الفرقة 17 في الشمال من الرقة.",
        [E("territory_change", None, PL("الصباحية", "Al-Sabahiyah", "Raqqa"), "2017-06-09", "ناشطين ميدانيين", SDF,
           note="the district, inside Raqqa city"),
         E("armed_clash", None, PL("المشلب", "Al-Mashlab", "Raqqa"), None, "وكالة أعماق", IS,
           note="MENDED stop 34 (a singular joined by «و» to a number gives no figure; it was three): IS's claim of "
                "SDF dead: an asserted attack (a claim is still the report); a sniper and three others, no total "
                "written; undated"),
         E("territory_change", None, PL("المشلب", "Al-Mashlab", "Raqqa", nth=1), "2017-06-08", None, SDF,
           note="a recall with its own day («أمس»): an event; one act over a district and a base, placed at the first "
                "named; «وكانت … قد» is the writer's recall, so the outlet is the source; «الفرقة 17» is a name")])

passage("je16", "2017-08-14", "Youm7, relaying MENA and Alhurra", "a share of a city held (a state), an earlier taking "
        "with its toll | page: https://youm7.com/story/2017/8/14/المرصد-السورى-قوات-سوريا-الديمقراطية-تسيطر-على-70-من-مدينة/3367632",
        "ذكر المرصد السوري لحقوق الإنسان أن قوات سوريا الديمقراطية المدعومة أمريكياً باتت تسيطر على 70 بالمئة من "
        "مساحة مدينة الرقة إثر مواجهات مع تنظيم «داعش»، وفق ما نقلته قناة «الحرة» اليوم الاثنين. وكانت هذه القوات "
        "قد انتزعت في وقت سابق حيي المهدي والرافقة في شرق المدينة بعد معارك ضارية، قُتل فيها أربعة من عناصرها "
        "وجُرح سبعة، إلى جانب قتلى وجرحى في صفوف التنظيم.",
        [E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa"), None, "المرصد السوري لحقوق الإنسان", SDF,
           kind="aggregate",
           note="a share held since June: an aggregate with no figure (a percent is not a count); undated state"),
         E("territory_change", Q("أربعة", 4), PL("المهدي", "Al-Mahdi", "Raqqa"), None, None, SDF,
           note="an earlier taking with no day; its dead (four SDF) are its figure, the seven wounded are not; "
                "«وكانت … قد» recall → outlet. A second coder could drop an undated recall")])

passage("je17", "2018-03-04", "Slaati (Saudi site), relaying SOHR", "a share of a region taken; a three-week toll of "
        "bombardment | page: https://www.slaati.com/2018/03/04/p1029239.html",
        "أحكمت قوات النظام قبضتها على ما يتجاوز 25 في المئة من الغوطة الشرقية المحاصرة المتاخمة لدمشق، بحسب ما "
        "أكده اليوم الأحد المرصد السوري لحقوق الإنسان. ومنذ ثلاثة أسابيع، تشهد مناطق الفصائل المعارضة "
        "في الغوطة قصفاً عنيفاً حصد أرواح ما يزيد على 630 مدنياً، بحسب المرصد.",
        [E("territory_change", None, PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), None,
           "المرصد السوري لحقوق الإنسان", GOV, kind="aggregate", note="a share held (percent, no count); undated state"),
         E("shelling", Q("ما يزيد على 630", 630, None, True), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), None,
           "المرصد السوري لحقوق الإنسان", GOV, kind="aggregate",
           note="TYPE CALL: a three-week toll naming one cause, «قصف» (stop 32: the cause's type); «قصف» does not "
                "say air or ground, so a second coder could code casualties or airstrike")])

passage("je18", "2018-03-15", "LANA (Libyan news agency), relaying SOHR/AFP", "displacement with two sources' "
        "figures; the bombardment's day toll | page: https://lananews.com/ar/?p=125028",
        "نزح ما يربو على 30 ألف مدني من عفرين، المدينة التي يشكل الأكراد غالبية سكانها، خلال يوم واحد تحت وطأة القصف التركي "
        "المتواصل عليها منذ الأربعاء، متجهين جنوباً نحو مناطق سيطرة النظام أو إلى بساتين الزيتون المحيطة، حسبما ذكر "
        "اليوم الخميس المرصد السوري لحقوق الإنسان. غير أن وحدات حماية الشعب الكردية قدّرت عدد المهجّرين منذ أمس "
        "بعشرة آلاف. وبحسب المرصد، أسفر القصف ذاته عن مقتل 12 مدنياً وجرح 44 في غضون يوم.",
        [E("other", Q("ما يربو على 30 ألف", 30000, None, True), PL("عفرين", "Afrin", "Aleppo"), "2018-03-15",
           "المرصد السوري لحقوق الإنسان", None,
           note="displacement (other); the first source's figure; the YPG's 10,000 is a disagreeing estimate of the "
                "same flight, no second event; regime areas and olive groves are destinations. Date: the day to "
                "Thursday"),
         E("shelling", Q("12", 12), PL("عفرين", "Afrin", "Aleppo"), "2018-03-15", "المرصد السوري لحقوق الإنسان", TUR,
           note="the Turkish bombardment's dead of the last day; «قصف» with air and artillery in the YPG's words: "
                "coded shelling. DATE CALL: the day to Thursday (bombardment since Wednesday)")])

passage("je19", "2019-03-10", "SADA (relaying Shaam News Network)", "artillery on a town with named dead; the same "
        "shelling on a list of towns | page: https://oldwebsite.sada.pro/Home/DetailQuick_News/1603",
        "لقي ثلاثة مدنيين حتفهم وأصيب آخرون، معظمهم من أسرة واحدة، حين قصفت قوات الأسد بالمدفعية والصواريخ أحياء "
        "سكنية في مدينة خان شيخون جنوبي إدلب. وذكر ناشطون أن بين الضحايا الطفل علي محمود الخطيب الذي جُرح والداه "
        "وإخوته، إضافة إلى امرأة ورجل، وأن القذائف أضرمت النيران في عدد من البيوت. كما طال القصف اليوم جرجناز "
        "وكفرنبل والتح وسراقب وبلدات أخرى، موقعاً عدة إصابات.",
        [E("shelling", Q("ثلاثة", 3), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-03-10", "ناشطون", GOV,
           note="the activists' sentence comes back to the same shelling; DATE CALL: the lead has no day, the item "
                "is dated the 10th and its next act is «اليوم»"),
         E("shelling", None, PL("جرجناز", "Jarjanaz", "Idlib"), "2019-03-10", "ناشطون", GOV,
           note="one act over a list of towns, placed at the first; only wounded: no figure; «كما» goes on with an "
                "act of the same kind, so the activists carry")])

passage("je20", "2019-04-20", "Syria TV", "a rocket salvo that only wounds; anti-tank missiles on trucks "
        "| page: https://www.syria.tv/content/جريحان-بقصفٍ-صاروخي-لـنظام-الأسد-على-خان-شيخون",
        "أصيب مدنيان بجروح مساء أمس الجمعة جراء قصف صاروخي لقوات النظام طال خان شيخون جنوبي محافظة إدلب. "
        "وأفاد مراسل تلفزيون سوريا بأن تلك القوات أطلقت دفعة واحدة ما يفوق 20 صاروخاً على الأحياء السكنية انطلاقاً "
        "من مواقع لها في «المعسكر الروسي» بمحاذاة قرية القبارية شمالي حماة، ملحقة دماراً بالمنازل وبمسجد الرحمن. وفي صباح اليوم، "
        "استهدفت قوات النظام بصواريخ مضادة للدروع شاحنتين لمدنيين في بلدة الصيادي شرقي إدلب، بحسب ناشطين.",
        [E("shelling", Q("ما يفوق 20", 20, None, True), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-04-19",
           "مراسل تلفزيون سوريا", GOV,
           note="an act that only wounds: its own count (the rockets) is the figure, never the two wounded; "
                "Qubariyah is where the fire came from; the reporter's sentence comes back to the same shelling"),
         E("shelling", None, PL("الصيادي", "Al-Sayyadi", "Idlib"), "2019-04-20", "ناشطين", GOV,
           note="anti-tank missiles on two civilian trucks: a missile attack (shelling); a second coder could code "
                "casualties (a known force firing on civilians) although no one is said hurt")])

passage("je21", "2019-11-13", "Halab Today TV", "unknown gunmen kill three at a checkpoint; separate night protests "
        "| page: https://halabtodaytv.net/archives/112573",
        "قُتل ثلاثة من عناصر قوات النظام في هجوم بالأسلحة الخفيفة شنه مجهولون على حاجز عسكري يتبع لفرع الأمن "
        "العسكري على الطريق بين درعا وبلدة أم المياذن إلى الشرق منها، بحسب مراسل «حلب اليوم»، الذي أشار إلى "
        "نقل عدد من الجرحى إلى مشفى درعا الوطني. وفي شأن آخر، أفاد المراسل بأن العشرات تظاهروا ليلاً في طفس والمزيريب "
        "والشجرة واليادودة وتل شهاب بريف درعا الغربي، منددين بالنظام وإيران وحزب الله ومطالبين بالإفراج عن المعتقلين.",
        [E("armed_clash", Q("ثلاثة", 3), PL("درعا", "Daraa", "Daraa"), None, "مراسل «حلب اليوم»", UNK,
           note="an attack by unknown gunmen on a checkpoint: armed_clash (stop 30); a road between two places is "
                "placed at the first; undated in the page (published the 13th per the outlet's post)"),
         E("protest", Q("العشرات", 20, 90, True), PL("طفس", "Tafas", "Daraa"), None, "مراسل «حلب اليوم»", PROT,
           note="simultaneous night protests in a list of towns: one event at the first; the reporter files the "
                "whole item")])

passage("je22", "2020-01-03", "Al-Araby Al-Jadeed (flash news)", "arrests by two forces in one province; a release "
        "from a camp relayed from an agency | page: https://www.aajeg.com/flashnews/2020/1/3/قسد-والنظام-السوري-يواصلان-الاعتقالات-في-دير-الزور",
        "مساء أمس الخميس، داهمت قوات النظام السوري بلدة بقرص الواقعة تحت سيطرتها على الضفة اليسرى للفرات في الريف "
        "الشرقي لدير الزور، واعتقلت عدداً من الشبان واقتادتهم إلى مقارها في البلدة، وفق ما رواه الناشط أبو خالد الفراتي، "
        "الذي رجّح أن الغاية سوقهم إلى التجنيد الإجباري. وفي الأثناء، اعتقلت «قوات سوريا الديمقراطية» شباناً في مخيم "
        "محيميدة للنازحين بتهمة الارتباط بتنظيم «داعش». ونقلت وكالة «سمارت» أن الإدارة الذاتية أطلقت سراح قرابة 300 "
        "من قاطني مخيم الهول بريف الحسكة.",
        [E("arrest", None, PL("بقرص", "Buqrus", "Deir ez-Zor"), "2020-01-02", "الناشط أبو خالد الفراتي", GOV,
           note="a number of young men, no figure; conscription is the aim"),
         E("arrest", None, PL("مخيم محيميدة", "Muhaimida camp", "Deir ez-Zor"), None, None, SDF,
           note="a camp is a place of its own; no source named in the passage (the page's «مصادر» was dropped); "
                "undated («وفي الأثناء» is not a day)"),
         E("other", Q("قرابة 300", 300, approx=True), PL("مخيم الهول", "Al-Hol camp", "Al-Hasakah"), None, "وكالة «سمارت»",
           SDF, note="a release of camp residents (other); the Autonomous Administration is coded as the SDF's side; "
                     "undated")])

passage("je23", "2020-10-27", "Jisr TV, relaying Nahr Media", "a raid with two named detainees; a recalled coalition "
        "airdrop | page: https://jisrtv.com/أخبار-الجسر/الأخبار-السورية/للمرة-الثانية-خلال-أسبوع-قسد-تشن-حملة-اعتقالات-بمدينة-الشحيل-شرق-دير-الزور/",
        "شنت «قوات سوريا الديمقراطية» مساء أمس الاثنين حملة دهم في مدينة الشحيل الواقعة في الريف الشرقي لدير الزور، هي الثانية "
        "منذ مطلع الأسبوع، اعتقلت خلالها شابين هما سليمان الحمد ومروان العيسى دون أن تُعرف التهم الموجهة إليهما، "
        "بحسب موقع «نهر ميديا» المعني بأخبار المنطقة الشرقية. وكان التحالف الدولي قد نفذ بمشاركة «قسد» فجر الأحد "
        "الماضي عملية إنزال جوي استهدفت حي الجتف بالمدينة نفسها، انتهى باعتقال ثلاثة أشخاص.",
        [E("arrest", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2020-10-26", "موقع «نهر ميديا»", SDF,
           note="two named detainees: a dual noun and a list of names give no figure"),
         E("arrest", Q("ثلاثة", 3), PL("الجتف", "Al-Jutf (Al-Shuhayl)", "Deir ez-Zor"), "2020-10-25", None, COAL,
           note="a recall with its own day («فجر الأحد الماضي»): an event; the quarter is the place; «وكان … قد» → "
                "outlet")])

# je24 dropped by the lead before any run: its page is one a held-out set paraphrased too.


passage("je25", "2021-12-21", "Sham Times, relaying Sputnik", "Turkish artillery on a town and a list of villages, "
        "dead and wounded | page: https://shaamtimes.net/371015/استشهاد-عدد-من-المواطنين-بقصف-تركي-في-ريف-الحسكة",
        "أفادت مصادر محلية لوكالة «سبوتنيك» بمقتل ثلاثة مدنيين وجرح سبعة غيرهم مساء الثلاثاء "
        "21 كانون الأول/ديسمبر الجاري، إثر قصف مدفعي عنيف نفذه الجيش التركي والفصائل التركمانية التابعة له على مواقع لـ«قسد» وبيوت "
        "الأهالي في بلدة أبو راسين وعدد من القرى حولها، هي الأسدية والدردارة والربيعات وتل الورد، في الريف الشمالي "
        "الغربي للحسكة. وبيّنت المصادر أن "
        "بين القتلى رجلاً ستينياً من الأسدية، وامرأتين من الربيعات هما أم وابنتها.",
        [E("shelling", Q("ثلاثة", 3), PL("أبو راسين", "Abu Rasin (Zirgan)", "Al-Hasakah"), "2021-12-21", "مصادر محلية",
           TUR, note="one shelling over a town and villages, placed at the first; the seven wounded are not the "
                     "figure; the named dead are a breakdown")])

passage("je26", "2022-02-22", "KKS-SY (opposition site)", "an anniversary item recalling a 2013 massacre with a "
        "rights network's toll | page: https://kks-sy.com/الذكرى-السنوية-التاسعة-لمجزرة-صواريخ",
        "تحلّ اليوم الذكرى التاسعة لمجزرة صواريخ «سكود» التي ضربت حيي أرض الحمرا وطريق الباب بحلب. ففي يوم "
        "الجمعة 22 شباط/فبراير 2013، أطلقت قوات النظام صاروخين من طراز «سكود» على الأقل باتجاه الحيين، مستهدفة "
        "سكانهما المدنيين. ووثّقت الشبكة السورية لحقوق الإنسان سقوط 77 قتيلاً مدنياً، من بينهم 39 طفلاً وسبع نساء "
        "إحداهن حامل، فضلاً عن جرح 200 شخص على الأقل.",
        [E("shelling", Q("77", 77), PL("أرض الحمرا", "Ard al-Hamra", "Aleppo"), "2013-02-22",
           "الشبكة السورية لحقوق الإنسان", GOV,
           note="ballistic missiles are coded shelling (missile attack); the event is dated 2013 by the text, the "
                "page is an anniversary piece of 2022; two quarters, placed at the first; 39 children and seven "
                "women are a breakdown; the 200 wounded are not the figure")])

passage("je27", "2022-05-22", "Al-Baath (official daily)", "Turkish shelling on two villages that spreads to others, "
        "told by local sources | page: http://albaathmedia.sy/2022/05/22/عدوان-تركي-على-قرى-بريف-الحسكة/",
        "استهدف الجيش التركي والفصائل المسلحة المرتبطة به بقذائف المدفعية الثقيلة منازل الأهالي وممتلكاتهم في تل "
        "الورد وخربة الشعير، وهما قريتان تقعان جنوبي ناحية أبو راسين بريف الحسكة الشمالي الغربي، وفق ما ذكرته مصادر أهلية. وأضافت "
        "المصادر أن القصف امتد إلى قرى الدردارة والبنجة والطويلة وأم الكيف في الريف الشمالي لتل تمر، وألحق أضراراً "
        "ببعض خطوط الكهرباء.",
        [E("shelling", None, PL("تل الورد", "Tal al-Ward", "Al-Hasakah"), None, "مصادر أهلية", TUR,
           note="one shelling that «extended» to a second group of villages: one event at the first place; a second "
                "coder could split the Tal Tamr villages into a second event. Undated (published the 22nd); no "
                "casualties")])

passage("je28", "2022-07-03", "Al-Tareek, relaying Suwayda 24", "gunmen storm a checkpoint and take three, one dies; "
        "a motive told | page: https://altareek-media.com/ar/post/7329/مسلحون-مجهولون-يهاجمون-حاجزا-لقوات-النظام-غربي-السويداء",
        "هاجم مسلحون مجهولون أمس حاجز النقل التابع لقوات النظام غرب مدينة السويداء، واختطفوا ثلاثة من عناصره أحدهم "
        "مصاب بطلق ناري أثناء الاقتحام، بحسب شبكة «السويداء 24». وبعد ساعات أطلق الخاطفون سراح اثنين وسلّموهما إلى "
        "فرع الأمن العسكري عبر وسطاء، فيما سُلّمت جثة الثالث الذي فارق الحياة متأثراً بجراحه. ويُعتقد أن الهجوم جاء "
        "رداً على اختفاء طالبة جامعية من أبناء المحافظة عند الحاجز ذاته قبل يومين.",
        [E("armed_clash", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2022-07-02", "شبكة «السويداء 24»", UNK,
           note="an attack by unknown gunmen on a checkpoint, with the abduction of three of its men: one event "
                "(the abduction is part of the attack); the one who died of wounds is its death, no figure "
                "(singular). The student's disappearance is a hedged motive, not coded")])

passage("je29", "2023-10-19", "Baladi News", "a house blown up and two brothers arrested; a recalled two-day campaign "
        "| page: https://baladi-news.com/ar/articles/98170/قسد-تفجر-منزلا-وتعتقل-شقيقين-في-ديرالزور",
        "فجّرت «قوات سوريا الديمقراطية» اليوم الخميس، الموافق للتاسع عشر من تشرين الأول/أكتوبر، منزلاً في بلدة الجرذي شرقي دير الزور يعود "
        "لرجل يدعى «رائد المحمد»، واعتقلت اثنين من إخوته، متهمةً إياه بالوقوف وراء استهداف إحدى سياراتها العسكرية "
        "بعبوة ناسفة، وفق مصادر إعلامية محلية. وكانت «قسد» قد نفذت خلال اليومين الماضيين حملة أمنية موسعة في ريف "
        "المحافظة، اعتقلت فيها أشخاصاً في الزر والشحيل.",
        [E("arrest", Q("اثنين", 2), PL("الجرذي", "Al-Jurdhi", "Deir ez-Zor"), "2023-10-19", "مصادر إعلامية محلية", SDF,
           note="the demolition and the arrests are one raid (a second coder could add an «other» for the house); "
                "«اثنين» is a numeral, not a dual noun; the IED on the SDF car is the accusation, no event"),
         E("arrest", None, PL("الزر", "Al-Zir", "Deir ez-Zor"), None, None, SDF, kind="aggregate",
           note="a two-day campaign in two places: an aggregate at the first place, no figure, no single day; "
                "«وكانت … قد» → outlet")])

passage("je30", "2023-12-02", "Arabic Post", "a strike told by three sources: the force that lost men, the state "
        "agency, the monitor | page: https://arabicpost.net/أخبار/2023/12/02/وصفتهما-بـالمستشارَين-العسكريين-إير",
        "أعلن الحرس الثوري الإيراني اليوم السبت مقتل اثنين من مستشاريه العسكريين في سوريا جراء هجوم إسرائيلي، لتكون "
        "أولى الخسائر البشرية الإيرانية المعلنة منذ اندلاع الحرب على غزة. وكانت وكالة «سانا» قد نقلت عن مصدر عسكري أن "
        "إسرائيل شنت نحو الساعة 01:35 فجراً ضربة جوية من جهة الجولان المحتل على نقاط في محيط دمشق، مؤكداً أن "
        "الدفاعات الجوية اعترضت أغلب الصواريخ وأن الأضرار مادية. أما مدير المرصد السوري لحقوق الإنسان فذكر أن "
        "الطيران الإسرائيلي ضرب «أهدافاً لحزب الله» بحي السيدة زينب الواقع جنوب العاصمة.",
        [E("airstrike", Q("اثنين", 2), PL("السيدة زينب", "Sayyida Zaynab", "Rif Dimashq"), "2023-12-02",
           "الحرس الثوري الإيراني", ISR,
           note="one dawn strike told three ways (SANA's «material damage only» disagrees on the dead): one event; "
                "the most specific place is the monitor's quarter; the source is the first telling (the IRGC); "
                "Gaza is background")])

passage("je31", "2024-01-20", "Akhbar al-Aan, relaying Reuters", "a strike on a building, two sources' tolls "
        "| page: https://www.akhbaralaan.net/news/arab-world/2024/01/20/ماذا-نعرف-عن-الضربة-الإسرائيلية-التي-أوقعت-قتلى-في-صفوف-الحرس-الثوري-الإيراني-بدمشق؟",
        "أبلغ مصدر أمني من التحالف الإقليمي الداعم لدمشق وكالة رويترز بأن ضربة صاروخية إسرائيلية استهدفت العاصمة "
        "السورية اليوم السبت أودت بحياة أربعة من عناصر الحرس الثوري الإيراني، بينهم مسؤول وحدة المعلومات، وأصابت "
        "آخرين. وأوضح المصدر أن المبنى المستهدف، وهو بناء من عدة طوابق كان يشغله مستشارون إيرانيون، سُوّي بالأرض. "
        "في حين اكتفت وسائل الإعلام الرسمية السورية بالإشارة إلى هجوم إسرائيلي محتمل على مبنى في حي المزة، بينما "
        "تحدثت وكالة «مهر» الإيرانية عن سقوط اثنين من المستشارين الكبار.",
        [E("airstrike", Q("أربعة", 4), PL("المزة", "Mezzeh", "Damascus"), "2024-01-20", "مصدر أمني من التحالف الإقليمي",
           ISR, note="one strike; FIGURE CALL: the first source's four, Mehr's two is a disagreeing figure of the same "
                     "strike; the quarter named by state media is the most specific place")])

passage("je32", "2024-12-27", "Al-Siyasa (Kuwait)", "a new authority's campaign, arrests it announces, a loyalist "
        "killed in a clash | page: https://elsiyasa.com/article/365055",
        "أطلقت إدارة العمليات العسكرية، اليوم الجمعة، حملة أمنية موسعة في ريف حماة الغربي قالت إنها تستهدف "
        "ملاحقة «بقايا نظام الأسد» وترمي إلى ترسيخ الأمن والسلم الأهلي. وكانت الإدارة قد كشفت قبل ساعات من ذلك "
        "عن توقيف «شخصيات بارزة من فلول النظام ومثيري الشغب» في طرطوس. وذكرت مصادر أن المدعو مهيب الأسعد، أحد الموالين "
        "للرئيس المخلوع، لقي حتفه ليل الخميس في بلقسة، إحدى قرى ريف حمص، إثر اشتباك مع عناصر الإدارة.",
        [E("reinforcement", None, PL("ريف حماة الغربي", "Western Hama countryside", "Hama"), "2024-12-27",
           "إدارة العمليات العسكرية", NEWGOV,
           note="TYPE CALL: a security campaign launched (a deployment) with no arrest or clash told for Hama; a "
                "second coder could code a statement of the body, or nothing"),
         E("arrest", None, PL("طرطوس", "Tartus", "Tartus"), "2024-12-27", "إدارة العمليات العسكرية", NEWGOV,
           note="announced by the body itself (its «وكانت … قد أعلنت» names it); no figure"),
         E("armed_clash", None, PL("بلقسة", "Balqsa", "Homs"), "2024-12-26", "مصادر", NEWGOV,
           note="a clash in which one loyalist was killed: no figure (singular); «ليل الخميس» → the 26th")])

passage("je33", "2025-09-08", "Erem News, relaying SOHR", "an abduction of four on a road; a recalled abduction with "
        "its date | page: https://www.eremnews.com/news/world/8z5c2kt",
        "ذكر اليوم الاثنين المرصد السوري لحقوق الإنسان أن أربعة أشخاص اختُطفوا على طريق دمشق-السويداء بينما كانوا "
        "متجهين إلى لبنان. وأوضح المرصد أن ثلاثة شبان من قرية صما البردان في ريف السويداء خُطفوا قرب قصر "
        "المؤتمرات بدمشق، ومعهم مالك السيارة التي أقلّتهم، وهو من أبناء القرية ذاتها، مبيّناً أن الجهة الخاطفة "
        "ومصير المخطوفين ما زالا مجهولين. وفي 28 آب/أغسطس الفائت، خطف مسلحون ثلاثة شبان من مدينة صلخد جنوبي "
        "السويداء خلال توجههم إلى دمشق.",
        [E("arrest", Q("أربعة", 4), PL("دمشق", "Damascus", "Damascus", nth=1), None, "المرصد السوري لحقوق الإنسان", UNK,
           note="TYPE CALL: an abduction by an unknown party coded as arrest (detention; ACLED: abduction/forced "
                "disappearance); a second coder could code other. The landmark is placed at its city; the road is "
                "not the place; undated (reported Monday); the three and the driver are a breakdown of the four"),
         E("arrest", Q("ثلاثة", 3, nth=1), None, "2025-08-28", None, UNK,
           note="a recalled abduction with its own date: an event; Salkhad is where they came from and Damascus "
                "their destination, so no place; no source named → outlet")])

passage("je34", "2025-10-27", "WMC Arabic (Tunisia), relaying SANA and SOHR", "a car bomb with no casualties, two "
        "sources on it | page: https://ar.webmanagercenter.com/2025/10/27/410309/عاجل-انفجار-عبوة-ناسفة-بسيارة-تابعة-للشرطة",
        "دوّى انفجار اليوم الاثنين في بانياس، إحدى مدن محافظة طرطوس، ناجم عن عبوة ناسفة أُلصقت بسيارة للشرطة كانت مركونة "
        "قرب أحد المخافر، ولم يسفر عن إصابات، وفق ما نقلته وكالة «سانا» عن مصدر أمني في المحافظة، أكد أن الخسائر "
        "اقتصرت على الماديات. أما المرصد السوري لحقوق الإنسان فذكر أن دوي الانفجار سُمع على الكورنيش الجنوبي بالقرب "
        "من بوابة مستودع بانياس، حيث شوهدت سيارة تشتعل بجوار مركز الشرطة.",
        [E("explosion", None, PL("بانياس", "Baniyas", "Tartus"), "2025-10-27", "مصدر أمني", None,
           note="no casualties, no figure; the monitor's telling is the same blast; unclaimed; source: the security "
                "source that SANA relays (a second coder could name «وكالة «سانا»»)")])

passage("je35", "2025-11-14", "Elbalad (Egypt), relaying SANA and Al-Ikhbariya", "night clashes in a province; shelling "
        "of towns told by a security source; the other side unnamed | page: https://www.elbalad.news/6766226",
        "دارت الليلة الماضية في محافظة السويداء مواجهات بين قوات الأمن السورية وفصائل مسلحة، جُرح خلالها عدد من "
        "عناصر الأمن. ونقلت وكالة «سانا» عن مصدر أمني أن «مجموعات خارجة عن القانون» قصفت بقذائف الهاون والرشاشات "
        "الثقيلة بلدات المزرعة وتل حديد وولغا وتل الأقرع في ريف السويداء. وقالت قيادة الأمن الداخلي بالسويداء، بحسب "
        "قناة «الإخبارية السورية»، إن هذه المجموعات تخرق وقف إطلاق النار لليوم الثالث تباعاً، وإن قواتها صدّت عدة "
        "محاولات للتقدم.",
        [E("armed_clash", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-11-13", None, None,
           note="the clashes (only wounded: no figure); the province is the only place given; «الليلة الماضية» on a "
                "Friday page → the 13th. SOURCE CALL: the next sentence is another kind of act (shelling), so its "
                "source does not carry back; the Internal Security Command's sentence two later comes back to the "
                "fighting, and a second coder could name it"),
         E("shelling", None, PL("المزرعة", "Al-Mazraa", "As-Suwayda"), "2025-11-13", "مصدر أمني", None,
           note="mortars on a list of towns, placed at the first; the attackers are unnamed groups (no actor)")])

passage("je36", "2025-11-21", "Al-Araby Al-Jadeed", "a rescue of five hostages with two arrests, told by the ministry "
        "and a commander | page: https://www.alaraby.co.uk/politics/سورية-تحرير-5-مختطفين-في-السويداء-وهجوم-على-حاجز-عسكري-في-طرطوس",
        "ذكرت وزارة الداخلية السورية عبر بيان أصدرته مساء أمس الخميس أن قواتها حرّرت خمسة مخطوفين من أبناء محافظة السويداء، كانت "
        "«مجموعة خارجة عن القانون» تحتجزهم منذ أربعة أشهر بغرض ابتزاز ذويهم مالياً، واعتقلت اثنين من عناصر "
        "العصابة. وشرح العميد وائل السعدي، قائد الأمن الداخلي بالسويداء، في تسجيل مصور، أن العملية نُفذت في المسيفرة، "
        "البلدة الواقعة في ريف درعا الشرقي، وانتهت بإطلاق ثلاث نساء ورجلين والقبض على زعيم العصابة.",
        [E("arrest", Q("اثنين", 2), PL("المسيفرة", "Al-Musayfirah", "Daraa"), "2025-11-20", "وزارة الداخلية السورية",
           NEWGOV,
           note="FIGURE CALL: an arrest operation whose figure is the people arrested (two; the leader may be one of "
                "them); the five freed are the operation's outcome, not a second event; the place comes from the "
                "commander's next sentence; the four-month-old abduction has no date: not coded")])


def main() -> None:
    write("gold73.jsonl", P73)


if __name__ == "__main__":
    main()
