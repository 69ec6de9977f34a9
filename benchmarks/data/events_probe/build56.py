"""Build gold56.jsonl: development set 56 (ids ec01…), written in stop 31 by helper w56 BEFORE any run on it.

A set of LONGER, page-shaped reports (30 passages of 4-7 sentences, 80-150 words, years 2011-2025): a headline
line, often a dateline, a lead, details, a source's telling, sometimes the other side's telling (a denial, an
official version), a toll raised later, an anaphor («الغارة», «الهجوم», «العملية», «القصف») that carries the place
or the figure, background and recalls, and a glued «اقرأ أيضاً» headline or two at the end. Four passages carry no
event at all (a state and aims, a future operation, a denial, a call to protest). The wording was read in real
Arabic reporting (the search tool's `pages` corpus: SOHR, SANA, Syria TV, Enab Baladi, Halab Today, North Press,
Hawar, Qasioun, Baladi News, Anadolu, AFP and Reuters relays, SNHR reports, Orient, Arabi21 and others), never
copied; people, villages' details, figures and dates are invented or varied, the towns are real. Offsets are
computed by build.build and checked.

Gold conventions: the events_probe README (stop 28, stop 29 and stop 30 conventions) and news_dev's README. A
glued «اقرأ أيضاً» headline is a link to another page, not this report's content: it is never coded (a user who
also reads the linked page would count its event twice).

    python benchmarks/data/events_probe/build56.py      # rewrites gold56.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TUR, UNID, E,  # noqa: E402,F401
                   write)

P56: list[dict] = []

READ_ALSO = "the glued «اقرأ أيضاً» headline is another page's title: not coded"


def passage(pid, published, outlet, style, text, events):
    P56.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("ec01", "2011-04-22", "Al Jazeera", "headline + Friday protest fired on, activist by phone, raised toll, "
        "the official version, glued read-also",
        "قتلى برصاص الأمن في مظاهرة «الجمعة العظيمة» بإزرع\n"
        "خرج آلاف المتظاهرين اليوم الجمعة من مساجد بلدة إزرع في ريف درعا مطالبين بالحرية وإنهاء العمل بقانون "
        "الطوارئ، قبل أن تفتح قوات الأمن النار عليهم قرب مبنى البلدية. وقال ناشط من البلدة للجزيرة عبر الهاتف إن "
        "تسعة متظاهرين سقطوا في الدقائق الأولى، وإن عشرات الجرحى نُقلوا إلى بيوت خاصة خشية اعتقالهم في المستشفيات. "
        "وفي وقت لاحق، قالت لجان التنسيق المحلية إن عدد قتلى المظاهرة ارتفع إلى 17. في المقابل، نقل التلفزيون "
        "الرسمي عن مصدر مسؤول أن «عصابات مسلحة» أطلقت النار على المواطنين وعلى عناصر حفظ النظام. ولم يتسنَّ "
        "للجزيرة التحقق من أي من الروايتين.\n"
        "اقرأ أيضاً: واشنطن تدرس خيارات جديدة للضغط على دمشق",
        [E("protest", Q("آلاف", 2000, 9000, True), PL("إزرع", "Izra", "Daraa"), "2011-04-22", "ناشط من البلدة", PROT,
           note="fire on a protest is one protest event (stop 30): the crowd is the figure, the dead (nine, raised "
                "to 17 by the LCC) its fatalities; the act's own sentence names no source, the activist's next "
                "sentence comes back to it (a second coder may name the LCC, who gave the latest toll); the "
                "official version («عصابات مسلحة») is the other side's telling of the same shooting, no event; "
                + READ_ALSO)])

passage("ec02", "2012-08-02", "Al Arabiya", "headline + defection by arrival abroad, crossing point named, "
        "running total abroad, recall with its own week, glued read-also",
        "انشقاق عميد و23 عسكرياً ولجوؤهم إلى تركيا\n"
        "أعلن مسؤول تركي، اليوم الخميس، أن 24 عسكرياً سورياً بينهم ضابط برتبة عميد عبروا الحدود ليل أمس إلى ولاية "
        "هاتاي بعد إعلان انشقاقهم عن القوات النظامية. وأوضح المسؤول، الذي طلب عدم كشف اسمه، لـ«العربية.نت» أن "
        "المجموعة انطلقت من قرية خربة الجوز في ريف إدلب الغربي برفقة عائلاتها، ونُقلت إلى المخيم المخصص "
        "للعسكريين المنشقين في أبايدين. وبوصول العميد يرتفع إلى 27 عدد الضباط برتبة عميد ولواء الذين لجؤوا إلى "
        "الأراضي التركية منذ بدء الاحتجاجات في آذار من العام الماضي. وكان ضابطان برتبة لواء قد انشقا الأسبوع "
        "الماضي ووصلا إلى تركيا.\n"
        "اقرأ أيضاً: الجيش الحر يعلن بدء «معركة الفرقان» في حلب",
        [E("defection", Q("24", 24), PL("خربة الجوز", "Khirbet al-Jouz", "Idlib"), "2012-08-01", "مسؤول تركي", GOV,
           note="the headline's «عميد و23» is the same 24; the brigadier is a breakdown; the place where they "
                "crossed from is the place (stop 29), Hatay and the Apaydin camp are where they arrived"),
         E("defection", Q("27", 27), None, None, "مسؤول تركي", GOV, kind="aggregate",
           note="a running total of senior officers in Turkey: no place (convention a); «وبوصول العميد يرتفع» goes "
                "on with the official's report; period from 2011-03"),
         E("defection", None, PL("تركيا", "Turkey", None, "Turkey", nth=1), "2012-W30", None, GOV,
           note="a recall («وكان … قد») with its own week: an event of its own, background, the outlet's; the "
                "arrival abroad is the only place given (stop 29); two officers as a dual: no figure")])

passage("ec03", "2013-05-14", "Al-Quds Al-Arabi", "NO EVENT: a siege told as a state, an aim, a population "
        "figure, a denial",
        "القصير.. مدينة محاصرة تنتظر معركة فاصلة\n"
        "تُحكم القوات النظامية السورية منذ أسابيع طوقاً على مدينة القصير في ريف حمص الجنوبي الغربي، بهدف "
        "استعادتها من مقاتلي المعارضة الذين يسيطرون على معظم أحيائها منذ أكثر من عام. ويقطن المدينة، بحسب "
        "ناشطين، نحو 30 ألف مدني يعانون نقصاً حاداً في الأدوية والطحين، في ظل إغلاق الطرق المؤدية إلى الحدود "
        "اللبنانية. ويقول معارضون إن مقاتلين من «حزب الله» يشاركون في الحصار انطلاقاً من قرى يقطنها لبنانيون على "
        "الضفة الغربية لنهر العاصي، وهو ما ينفيه الحزب. وتكتسب القصير أهمية كبيرة للطرفين لوقوعها على الطريق بين "
        "دمشق والساحل، ولقربها من معابر التهريب مع لبنان.",
        [])

passage("ec04", "2014-05-13", "Zaman al-Wasl", "headline + barrel bombs, first toll raised by a second source, "
        "an anaphor «الغارة», a second barrel on another quarter, glued read-also",
        "براميل النظام تقتل 23 مدنياً في حي الشعار بحلب\n"
        "ألقت مروحيات النظام صباح اليوم الثلاثاء أربعة براميل متفجرة على سوق للخضار في حي الشعار شرقي مدينة حلب، "
        "ما أدى إلى مقتل 14 مدنياً في حصيلة أولية، بحسب ما أفاد ناشطون لـ«زمان الوصل». وبعد ساعات، قال مركز حلب "
        "الإعلامي إن عدد ضحايا الغارة ارتفع إلى 23 بينهم ستة أطفال وامرأتان، بعد انتشال جثث من تحت الأنقاض ووفاة "
        "جرحى متأثرين بإصاباتهم. وأوضح المركز أن فرق الدفاع المدني ما زالت تعمل في المكان وسط تحليق متواصل "
        "للطيران المروحي. وفي حي الميسر القريب، سقط برميل خامس على بناء سكني من أربعة طوابق دون أنباء عن إصابات.\n"
        "اقرأ أيضاً: كتائب المعارضة تفجّر نفقاً تحت مبنى المخابرات الجوية في حلب",
        [E("airstrike", Q("23", 23, nth=1), PL("الشعار", "Al-Sha'ar", "Aleppo"), "2014-05-13", "ناشطون", GOV,
           note="first toll 14 raised to 23 by the media centre: one event, the latest toll; the market is placed "
                "at its quarter; rep: the act's own sentence names the activists (a second coder may name «مركز "
                "حلب الإعلامي», who gave the raised toll); children and women are a breakdown"),
         E("airstrike", None, PL("الميسر", "Al-Maysar", "Aleppo"), "2014-05-13", "مركز حلب الإعلامي", GOV,
           note="a barrel on another quarter is an event of its own (ACLED codes by location); an act of the kind "
                "the centre's report told keeps its source (a second coder may give the outlet); «خامس» is an "
                "ordinal and «أربعة طوابق» no figure; " + READ_ALSO)])

passage("ec05", "2016-01-24", "SANA", "SANA headline + dateline + taking, military source with the toll and "
        "demining, background and a border bearing",
        "الجيش يعيد الأمن والاستقرار إلى بلدة ربيعة بريف اللاذقية الشمالي\n"
        "اللاذقية-سانا\n"
        "أعادت وحدات من الجيش العربي السوري بمؤازرة مجموعات الدفاع الشعبية اليوم الأمن والاستقرار إلى بلدة "
        "ربيعة والتلال المحيطة بها في ريف اللاذقية الشمالي، بعد القضاء على آخر تجمعات إرهابيي «جبهة النصرة» "
        "و«الحزب التركستاني» فيها. وأفاد مصدر عسكري في تصريح لـ سانا بأن العملية أسفرت عن مقتل أكثر من 60 "
        "إرهابياً بينهم مرتزقة أجانب، وتدمير 9 آليات بعضها مزود برشاشات ثقيلة. وبيّن المصدر أن وحدات الهندسة تعمل "
        "على تفكيك العبوات الناسفة والألغام التي زرعها الإرهابيون في شوارع البلدة ومنازلها. وتعد ربيعة من أكبر "
        "معاقل التنظيمات الإرهابية في ريف اللاذقية، وتقع على مقربة من الحدود التركية التي تشكل ممراً لتسلل "
        "المرتزقة والسلاح.",
        [E("territory_change", Q("أكثر من 60", 60, None, True), PL("ربيعة", "Rabia", "Latakia"), "2016-01-24",
           "مصدر عسكري", GOV,
           note="«العملية» carries the taking; its dead are the figure; the military source of the next sentence "
                "comes back to the act (stop 30); 9 vehicles no figure; the Turkish border is a bearing")])

passage("ec06", "2016-02-15", "Reuters", "Reuters Beirut: a hospital hit, NGO source, hedged perpetrator and the "
        "Kremlin's denial, a second act in another city, glued read-also",
        "صواريخ تصيب مستشفى في ريف إدلب.. ومنظمة طبية: تسعة قتلى على الأقل\n"
        "بيروت (رويترز) - قالت منظمة أطباء بلا حدود يوم الاثنين إن صواريخ أطلقتها طائرات حربية أصابت مستشفى تدعمه "
        "في بلدة كفرنبل بمحافظة إدلب، ما أسفر عن مقتل تسعة أشخاص على الأقل بينهم ممرضان. وأضافت المنظمة في بيان أن "
        "المستشفى أُصيب أربع مرات خلال دقائق وأن ثمانية من العاملين فيه ما زالوا في عداد المفقودين. وقال المرصد "
        "السوري لحقوق الإنسان إن الطائرات يُرجّح أنها روسية، لكن الكرملين قال إن موسكو «ترفض بشكل قاطع» مثل هذه "
        "الاتهامات. وفي حلب، قال سكان إن قذائف أطلقتها فصائل معارضة سقطت على حي الخالدية الخاضع لسيطرة الحكومة "
        "وأصابت عدداً من المدنيين بجروح.\n"
        "اقرأ أيضاً: تركيا تقصف مواقع وحدات حماية الشعب الكردية قرب أعزاز لليوم الثالث",
        [E("airstrike", Q("تسعة", 9, None, True, nth=1), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2016-02-15",
           "منظمة أطباء بلا حدود", None,
           note="an unnamed hospital is placed at its town; perpetrator only 'likely Russian' (SOHR) and denied by "
                "the Kremlin: agent left open, the denial is no event; «أربع مرات» counts hits, «ثمانية» missing "
                "staff: neither is the figure; Beirut is the dateline"),
         E("shelling", None, PL("الخالدية", "Al-Khalidiyah", "Aleppo"), "2016-02-15", "سكان", FSA,
           note="only wounded, no count of shells: no figure; " + READ_ALSO)])

passage("ec07", "2017-10-12", "Enab Baladi", "headline + arrest by HTS, reporter's telling, a protest against it "
        "the same day, a habit",
        "«تحرير الشام» تعتقل ثلاثة ناشطين إعلاميين في سراقب\n"
        "اعتقلت «هيئة تحرير الشام» ثلاثة ناشطين إعلاميين من أبناء مدينة سراقب في ريف إدلب الشرقي، فجر اليوم "
        "الخميس، بعد مداهمة منازلهم واقتيادهم إلى جهة مجهولة. وقال مراسل عنب بلدي في إدلب إن عناصر الهيئة صادروا "
        "حواسيب الناشطين وهواتفهم دون إبراز أي مذكرة توقيف. وبعد ظهر اليوم، خرج عشرات الأهالي في مظاهرة أمام "
        "المجلس المحلي للمدينة طالبوا فيها بالإفراج عن المعتقلين، ورددوا هتافات مناهضة للهيئة. ولم تعلّق «تحرير "
        "الشام» على الحادثة حتى ساعة إعداد هذا الخبر، في حين تتهمها فعاليات مدنية بملاحقة منتقديها بشكل متكرر منذ "
        "سيطرتها على المنطقة صيف العام الجاري.",
        [E("arrest", Q("ثلاثة", 3, nth=1), PL("سراقب", "Saraqib", "Idlib"), "2017-10-12", "مراسل عنب بلدي", HTS,
           note="the reporter's next sentence comes back to the arrest (the seizure of their devices)"),
         E("protest", Q("عشرات", 20, 90, True), PL("سراقب", "Saraqib", "Idlib"), "2017-10-12", "مراسل عنب بلدي",
           PROT, note="the outlet's reporter carries over the later sentences (stop 30); the council building is "
                      "placed at its town; «بشكل متكرر» is a habit, no event")])

passage("ec08", "2018-03-08", "Anadolu Agency", "Anadolu: a taking told by the reporter, a running count of "
        "district centres, the Turkish staff's 'neutralised' total, a backer, glued read-also",
        "«غصن الزيتون».. السيطرة على مركز ناحية جنديرس جنوب غربي عفرين\n"
        "أفاد مراسل الأناضول بأن الجيش السوري الحر المدعوم من القوات المسلحة التركية سيطر، اليوم الخميس، على مركز "
        "ناحية جنديرس جنوب غربي مدينة عفرين، بعد اشتباكات مع عناصر تنظيم «ب ي د/ بي كا كا» الإرهابي. وأوضح المراسل "
        "أن القوات بدأت عمليات تمشيط في أحياء البلدة لتطهيرها من الألغام والمتفجرات التي خلّفها الإرهابيون قبل "
        "فرارهم. وبذلك يرتفع إلى 6 عدد مراكز النواحي التي جرت السيطرة عليها في منطقة عفرين منذ انطلاق العملية، "
        "إضافة إلى عشرات القرى والتلال الاستراتيجية. من جهتها، أعلنت رئاسة الأركان التركية في بيان «تحييد» 3 آلاف "
        "و347 إرهابياً منذ بدء العملية في 20 يناير/كانون الثاني الماضي.\n"
        "اقرأ أيضاً: أردوغان: منبج هدفنا التالي بعد عفرين",
        [E("territory_change", None, PL("جنديرس", "Jindires", "Aleppo"), "2018-03-08", "مراسل الأناضول", FSA,
           note="the backer («المدعوم من القوات المسلحة التركية») is no place; Afrin is a bearing here"),
         E("territory_change", Q("6", 6), PL("عفرين", "Afrin", "Aleppo", nth=2), None, "مراسل الأناضول", FSA,
           kind="aggregate",
           note="a running count over the Afrin area since 2018-01-20 (an area at home keeps its place); "
                "«وبذلك يرتفع» goes on with the reporter"),
         E("casualties", Q("3 آلاف و347", 3347), None, None, "رئاسة الأركان التركية", TUR, kind="aggregate",
           note="«تحييد» covers killed, captured and surrendered: a second coder may leave it out or keep it as "
                "casualties; period from 2018-01-20; no place in the sentence; " + READ_ALSO)])

passage("ec09", "2019-05-26", "SOHR", "SOHR bulletin: raised toll of one strike, a list of villages hit, the "
        "day's count of strikes, barrels on a region",
        "9 شهداء في غارات روسية على كفرسجنة.. و94 ضربة جوية منذ الصباح\n"
        "محافظة إدلب – المرصد السوري لحقوق الإنسان:: ارتفع إلى 9 بينهم طفلان ومواطنة عدد الشهداء الذين قضوا جراء "
        "غارات نفذتها طائرات حربية روسية على بلدة كفرسجنة في ريف إدلب الجنوبي منذ فجر اليوم، ولا يزال العدد مرشحاً "
        "للارتفاع لوجود جرحى بحالات خطرة. كما استهدفت طائرات النظام الحربية أماكن في مدينة خان شيخون وقريتي "
        "التمانعة والهبيط، دون معلومات عن خسائر بشرية. وبذلك يرتفع إلى 94 عدد الضربات الجوية التي نفذتها الطائرات "
        "الحربية الروسية والتابعة للنظام منذ صباح اليوم على منطقة «خفض التصعيد». في حين ألقى الطيران المروحي 17 "
        "برميلاً متفجراً على قرى وبلدات في ريف حماة الشمالي.",
        [E("airstrike", Q("9", 9), PL("كفرسجنة", "Kafr Sajna", "Idlib"), "2019-05-26", "المرصد السوري لحقوق الإنسان",
           RUS, note="a raised toll told once: the 9 are the strikes' dead; children and a woman are a breakdown"),
         E("airstrike", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-05-26", "المرصد السوري لحقوق الإنسان",
           GOV, note="one act over a town and two villages (a group): the first place; «كما» carries SOHR"),
         E("airstrike", Q("94", 94), None, "2019-05-26", "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="the day's count of strikes by both air forces over the zone: an aggregate; «منطقة خفض التصعيد» "
                "is no gazetteer place"),
         E("airstrike", Q("17", 17), PL("ريف حماة الشمالي", "Northern Hama countryside", "Hama"), "2019-05-26",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="no dead: the barrels are the figure; villages unnamed, so the region is the place")])

passage("ec10", "2020-08-16", "North Press", "North Press dateline: shelling with wounded, a military council "
        "source with the shells, three villages, origin of fire, displacement to a city",
        "قصف تركي على قرى بريف تل تمر يوقع ثلاثة جرحى\n"
        "تل تمر – نورث برس\n"
        "أصيب ثلاثة مدنيين بينهم طفلة، مساء اليوم الأحد، جراء قصف مدفعي للقوات التركية وفصائل المعارضة الموالية لها "
        "على قرية أم الكيف بريف بلدة تل تمر شمالي الحسكة، شمال شرقي سوريا. وقال مصدر في مجلس تل تمر العسكري، "
        "لنورث برس، إن أكثر من 40 قذيفة سقطت على القرية وعلى قريتي الدردارة وتل شنان المجاورتين، مصدرها القواعد "
        "التركية في محيط مدينة رأس العين. وأضاف المصدر أن القصف ألحق أضراراً بمنازل السكان وبخط الكهرباء المغذي "
        "للبلدة. ودفع القصف عشرات العائلات إلى النزوح من القرى المستهدفة نحو مدينة الحسكة، بحسب ما رصده مراسل "
        "نورث برس.",
        [E("shelling", Q("أكثر من 40", 40, None, True), PL("أم الكيف", "Umm al-Kayf", "Al-Hasakah"), "2020-08-16",
           "مصدر في مجلس تل تمر العسكري", TUR,
           note="the wounded are never the figure; the shells are (no dead); three villages, one act: the first; "
                "Ras al-Ain is where the fire came from; the source's next sentence comes back to the act"),
         E("other", Q("عشرات", 20, 90, True), PL("أم الكيف", "Umm al-Kayf", "Al-Hasakah"), "2020-08-16",
           "مراسل نورث برس", None,
           note="displacement from the targeted villages (anaphor → the first village); Hasakah is the destination; "
                "a second coder may place it at Tal Tamr")])

passage("ec11", "2021-06-23", "Daraa 24", "Daraa 24: a killing by gunmen yesterday, the reporter's background, a "
        "separate IED on a road today, a habit",
        "اغتيال قيادي سابق في فصائل المعارضة بريف درعا الغربي\n"
        "أقدم مسلحون مجهولون يستقلون دراجة نارية، مساء أمس الثلاثاء، على إطلاق النار على الشاب وسيم فايز العلي في "
        "بلدة المزيريب بريف درعا الغربي، ما أدى إلى مقتله على الفور. وقال مراسل درعا 24 إن القتيل كان قيادياً سابقاً "
        "في فصائل المعارضة، وأجرى تسوية مع النظام عام 2018 انضم بعدها إلى صفوف اللواء الثامن. وفي حادثة منفصلة، "
        "أصيب عنصران من فرع الأمن العسكري بجروح، صباح اليوم، إثر انفجار عبوة ناسفة بسيارتهما على الطريق الواصل بين "
        "بلدتي اليادودة والمزيريب. ولم تتبنَّ أي جهة الحادثتين حتى الآن. وتشهد المحافظة عمليات اغتيال شبه يومية منذ "
        "توقيع اتفاق التسوية صيف 2018، طالت مقاتلين سابقين في المعارضة وعناصر في قوات النظام على حد سواء.",
        [E("armed_clash", None, PL("المزيريب", "Al-Muzayrib", "Daraa"), "2021-06-22", "مراسل درعا 24", UNID,
           note="a killing by gunmen is an armed_clash (stop 30); one man: no figure; his 2018 settlement is "
                "biography, no event; the reporter's next sentence comes back to the victim"),
         E("explosion", None, PL("اليادودة", "Al-Yadudah", "Daraa"), "2021-06-23", "مراسل درعا 24", None,
           note="a road between two places: the first; only wounded (a dual): no figure; no perpetrator; the "
                "reporter carries over; the near-daily killings are a habit")])

passage("ec12", "2022-06-08", "Anadolu Agency", "NO EVENT: a future operation, an aim, a threat of response, a "
        "population figure",
        "ترقّب في منبج وتل رفعت لعملية تركية محتملة\n"
        "قالت مصادر عسكرية في «الجيش الوطني السوري» لوكالة الأناضول إن الفصائل أنهت استعداداتها للمشاركة في عملية "
        "عسكرية مرتقبة تستهدف مدينتي تل رفعت ومنبج، وإن ساعة الصفر «ستحددها القيادة التركية». وتسعى أنقرة منذ سنوات "
        "إلى إقامة منطقة آمنة بعمق 30 كيلومتراً على طول حدودها الجنوبية، لإبعاد تنظيم «ي ب ك/ بي كا كا» عنها. في "
        "المقابل، قال مسؤول في «قسد» إن قواته سترد على أي هجوم «بكل الوسائل المتاحة»، داعياً واشنطن وموسكو إلى منع "
        "العملية. ويقطن منبج وريفها نحو 400 ألف نسمة، بينهم عشرات آلاف النازحين من مناطق أخرى.",
        [])

passage("ec13", "2023-08-25", "Suwayda 24", "colon-opener headline + a Friday protest in a square, delegations' "
        "towns of origin, a second protest in another town, a state",
        "«السويداء 24»: آلاف المحتجين في ساحة الكرامة في أكبر تجمع منذ بدء الاحتجاجات\n"
        "احتشد آلاف المحتجين اليوم الجمعة في ساحة السير (الكرامة) وسط مدينة السويداء، في أكبر تجمع منذ انطلاق "
        "الاحتجاجات على رفع أسعار المحروقات قبل ثمانية أيام. ورفع المتظاهرون لافتات تطالب بتطبيق القرار الأممي 2254 "
        "والإفراج عن المعتقلين، ورددوا هتافات تطالب برحيل رأس النظام. وقالت شبكة السويداء 24 إن وفوداً من بلدات "
        "القريا وعريقة وملح وصلت إلى الساحة منذ ساعات الصباح للمشاركة في التجمع. وفي مدينة شهبا، نظّم العشرات وقفة "
        "احتجاجية أمام مبنى المنطقة رفعوا خلالها علم الطائفة. ولم تُسجَّل أي مواجهات مع الأجهزة الأمنية التي تلتزم "
        "مقراتها منذ بدء الحراك.",
        [E("protest", Q("آلاف", 2000, 9000, True, nth=1), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1),
           "2023-08-25", "شبكة السويداء 24", PROT,
           note="the square is placed at its city (stop 29); the network's next sentence comes back to the "
                "gathering; Qrayya, Ariqa and Malah are where delegations came from; 2254 is a resolution number"),
         E("protest", Q("العشرات", 20, 90, True), PL("شهبا", "Shahba", "As-Suwayda"), "2023-08-25",
           "شبكة السويداء 24", PROT,
           note="another place: an event of its own; an act of the kind the network's report told keeps its source "
                "(a second coder may give the outlet)")])

passage("ec14", "2024-12-05", "Sky News Arabia", "the 2024 offensive: a city taken (SOHR), the army's "
        "redeployment statement, a clash with both sides' dead on a front over two days, a prison opened, glued "
        "read-also",
        "الفصائل تدخل مدينة حماة.. والجيش السوري يعلن «إعادة التموضع» خارجها\n"
        "دخلت فصائل «إدارة العمليات العسكرية» بقيادة «هيئة تحرير الشام»، اليوم الخميس، مدينة حماة من محوريها "
        "الشمالي والشرقي، بعد معارك استمرت أياماً على أطرافها، بحسب ما ذكره المرصد السوري لحقوق الإنسان. وأعلنت "
        "القيادة العامة للجيش والقوات المسلحة في بيان أن وحداتها «أعادت انتشارها وتموضعها خارج المدينة» حفاظاً على "
        "أرواح المدنيين. وقال المرصد إن المعارك على محور جبل زين العابدين وبلدة قمحانة خلال اليومين الماضيين أسفرت "
        "عن مقتل 38 عنصراً من قوات النظام و21 من مقاتلي الفصائل. وأفاد سكان بأن مقاتلي الفصائل فتحوا أبواب السجن "
        "المركزي في المدينة وأخرجوا مئات المعتقلين.\n"
        "اقرأ أيضاً: نزوح عشرات آلاف المدنيين من ريف حماة الشمالي نحو حمص والساحل",
        [E("territory_change", None, PL("حماة", "Hama", "Hama"), "2024-12-05", "المرصد السوري لحقوق الإنسان", HTS,
           note="the army's redeployment statement is the other side's telling of the same taking, no event"),
         E("armed_clash", Q("38", 38), PL("جبل زين العابدين", "Jabal Zayn al-Abidin", "Hama"), None,
           "المرصد السوري لحقوق الإنسان", HTS,
           note="no total: the first side numbered is the figure, the 21 are the other side (stop 30); a front of "
                "two places: the first; over two days: undated; a second coder may fold these dead into the taking"),
         E("other", Q("مئات", 200, 900, True), PL("السجن المركزي", "Hama Central Prison", "Hama"), "2024-12-05",
           "سكان", HTS,
           note="detainees freed from a prison (a facility, the place itself): other; " + READ_ALSO)])

passage("ec15", "2025-05-18", "SANA", "new SANA: dateline + arrests of a cell, the official's telling, a recall "
        "(«وكان … قد») of last week's attack with its dead, an aim",
        "الأمن العام يلقي القبض على خلية من فلول النظام البائد بريف جبلة\n"
        "اللاذقية-سانا\n"
        "ألقت إدارة الأمن العام في محافظة اللاذقية اليوم الأحد القبض على سبعة أشخاص من فلول النظام البائد، متورطين "
        "في الهجوم على دورية أمنية قرب قرية الدالية بريف جبلة الأسبوع الماضي. وأوضح مدير منطقة جبلة في تصريح لـ "
        "سانا أن القوة الأمنية داهمت مزرعة تتحصن فيها الخلية، وضبطت بحوزة أفرادها أسلحة فردية وقواذف «آر بي جي» "
        "وكمية من الذخائر. وكان الهجوم على الدورية قد أسفر عن استشهاد عنصرين من الأمن العام وإصابة ثالث بجروح. "
        "وأكد مدير المنطقة أن الحملة مستمرة لملاحقة كل من تلطخت يداه بدماء السوريين وتقديمه إلى القضاء.",
        [E("arrest", Q("سبعة", 7), PL("ريف جبلة", "Jableh countryside", "Latakia"), "2025-05-18", "مدير منطقة جبلة",
           NEWGOV, note="the farm is unnamed and al-Dalia is where last week's attack was, not the arrest: the "
                        "region (headline) is the place; a second coder may place it at al-Dalia"),
         E("armed_clash", None, PL("الدالية", "Al-Dalia", "Latakia"), "2025-W19", None, LOYAL,
           note="last week's attack on a patrol, told with its own week: an event of its own, background; two "
                "killed as a dual: no figure; the recall is the outlet's")])

passage("ec16", "2012-02-08", "Al-Hayat", "Al-Hayat: Beirut dateline, yesterday's shelling with medics killed, the "
        "LCC's city and national tolls, SANA's version as a habit",
        "قصف متواصل على بابا عمرو.. و«لجان التنسيق»: 47 قتيلاً في حمص\n"
        "بيروت – «الحياة»\n"
        "واصلت القوات النظامية السورية أمس قصف حي بابا عمرو في مدينة حمص بالمدفعية وراجمات الصواريخ لليوم الخامس "
        "على التوالي، وقال ناشطون إن قذائف سقطت على مستشفى ميداني في الحي وأدت إلى مقتل أربعة من كوادره الطبية. "
        "وأفادت لجان التنسيق المحلية بأن 47 شخصاً قُتلوا أمس في حمص وحدها، معظمهم في بابا عمرو والإنشاءات، من أصل "
        "68 قتيلاً سقطوا في أنحاء البلاد. في المقابل، نقلت وكالة الأنباء الرسمية (سانا) عن مصدر مسؤول أن الجهات "
        "المختصة «تواصل ملاحقة المجموعات الإرهابية المسلحة» في حمص وتعمل على «إعادة الأمن» إلى أحيائها. وتقول دمشق "
        "منذ بدء الاحتجاجات إنها تواجه «عصابات إرهابية» مدعومة من الخارج.",
        [E("shelling", Q("أربعة", 4), PL("بابا عمرو", "Baba Amr", "Homs"), "2012-02-07", "ناشطون", GOV,
           note="the dead the text ties to the shells (the field hospital's medics) are the figure; «لليوم الخامس» "
                "an ordinal; Beirut the dateline"),
         E("casualties", Q("47", 47, nth=1), PL("حمص", "Homs", "Homs"), "2012-02-07", "لجان التنسيق المحلية", None,
           kind="aggregate",
           note="the day's toll for the city, not tied to one act: an aggregate (a second coder may fold it into "
                "the shelling); quarters are a breakdown"),
         E("casualties", Q("68", 68), None, "2012-02-07", "لجان التنسيق المحلية", None, kind="aggregate",
           note="the day's national toll; SANA's pursuit of 'terrorist groups' is a habit, no event")])

passage("ec17", "2013-08-06", "Orient News", "rebels take an airbase: a commander's telling (car bomb, captives, "
        "flight to other towns), then air raids on the base's surroundings",
        "الثوار يسيطرون على مطار منغ العسكري بعد حصار دام أشهراً\n"
        "أعلنت فصائل من الجيش الحر وكتائب إسلامية، فجر اليوم الثلاثاء، سيطرتها الكاملة على مطار منغ العسكري في ريف "
        "حلب الشمالي، بعد معارك عنيفة مع قوات النظام المتحصنة فيه. وقال قائد ميداني في «لواء التوحيد» لأورينت نت "
        "إن الهجوم الأخير بدأ بتفجير عربة مفخخة قرب مبنى القيادة، تلاه اقتحام من ثلاثة محاور. وأضاف القائد أن "
        "المعارك أسفرت عن مقتل 27 عنصراً من قوات النظام وأسر 14 آخرين، بينما فرّ من تبقى منهم باتجاه بلدتي نبل "
        "والزهراء. في المقابل، شنّ الطيران الحربي عصر اليوم أربع غارات على محيط المطار وبلدة منغ، دون ورود أنباء "
        "عن إصابات.",
        [E("territory_change", Q("27", 27), PL("مطار منغ العسكري", "Menagh Military Airbase", "Aleppo"), "2013-08-06",
           "قائد ميداني في «لواء التوحيد»", FSA,
           note="the airbase is the place (a listed military site); the car bomb and the 14 captured belong to the "
                "taking, no events of their own; Nubl and Zahraa are where the garrison fled"),
         E("airstrike", Q("أربع", 4), PL("مطار منغ العسكري", "Menagh Military Airbase", "Aleppo"), "2013-08-06",
           None, GOV,
           note="an act of another kind after the commander's telling: the outlet (stop 30); no dead, the raids "
                "are the figure; the base's surroundings and the town: the first place (a second coder may take "
                "Menagh town)")])

passage("ec18", "2014-07-25", "Arabi21", "IS takes a named base: activists and SOHR's toll, executions, a "
        "destination, a state with another unit's number",
        "تنظيم الدولة يسيطر على مقر الفرقة 17 شمال الرقة\n"
        "سيطر مقاتلو تنظيم الدولة الإسلامية، اليوم الجمعة، على مقر الفرقة 17 التابعة للجيش النظامي شمال مدينة "
        "الرقة، بعد هجوم بدأ ليل أمس بتفجير سيارتين مفخختين عند بوابته الرئيسية، وفق ما أفاد ناشطون لـ«عربي21». "
        "وقال المرصد السوري لحقوق الإنسان إن ما لا يقل عن 85 عنصراً من قوات النظام قُتلوا في الهجوم، أُعدم بعضهم "
        "ميدانياً بعد أسره، فيما انسحب عشرات آخرون نحو مطار الطبقة العسكري. ونشرت حسابات مؤيدة للتنظيم صوراً تظهر "
        "جثث جنود في ساحة النعيم وسط المدينة. وبسقوط الفرقة لم يبقَ للنظام في المحافظة سوى مطار الطبقة ومقر اللواء "
        "93 قرب بلدة عين عيسى.",
        [E("territory_change", Q("ما لا يقل عن 85", 85, None, True), PL("الفرقة 17", "Division 17 base", "Raqqa"),
           "2014-07-25", "ناشطون", IS,
           note="a named base is the place (stop 28), its number a name; «الهجوم» carries the dead to the taking, "
                "the executed among them (no casualties event); rep: the act's own sentence names activists (SOHR "
                "gave the toll); Tabqa airbase is a destination, Brigade 93 a state")])

passage("ec19", "2015-03-29", "Asharq Al-Awsat", "London dateline: yesterday's taking of a city by a coalition, a "
        "faction source, SOHR's toll of both sides since the offensive began, evening raids on the city",
        "«جيش الفتح» يسيطر على مدينة إدلب.. وطيران النظام يرد بالغارات\n"
        "لندن: «الشرق الأوسط»\n"
        "أحكمت فصائل «جيش الفتح»، التي تضم «جبهة النصرة» و«حركة أحرار الشام» وفصائل أخرى، سيطرتها على مدينة إدلب "
        "أمس، لتصبح ثاني مركز محافظة يخرج عن سيطرة النظام بعد الرقة. وقال مصدر في «أحرار الشام» لـ«الشرق الأوسط» "
        "إن المقاتلين دخلوا المدينة من أربعة محاور بعد أربعة أيام من المعارك، وإن قوات النظام انسحبت نحو معسكر "
        "المسطومة ومدينة أريحا. وأفاد المرصد السوري لحقوق الإنسان بأن أكثر من 130 مقاتلاً من الطرفين قُتلوا منذ بدء "
        "الهجوم. ومساء أمس، شنّ الطيران الحربي التابع للنظام أكثر من 20 غارة على أحياء المدينة، ما أدى إلى مقتل "
        "سبعة مدنيين على الأقل، بحسب ناشطين.",
        [E("territory_change", Q("أكثر من 130", 130, None, True), PL("إدلب", "Idlib", "Idlib"), "2015-03-28",
           "مصدر في «أحرار الشام»", None,
           note="a coalition (Nusra, Ahrar and others): no single canonical agent; the offensive's dead of both "
                "sides belong to the taking (a second coder may code an armed_clash for them); Raqqa, al-Mastouma "
                "and Ariha are a comparison and destinations; «ثاني» an ordinal"),
         E("airstrike", Q("سبعة", 7, None, True), PL("إدلب", "Idlib", "Idlib"), "2015-03-28", "ناشطين", GOV,
           note="the dead are the figure, not the 20 raids; «أحياء المدينة» carries the city")])

passage("ec20", "2016-12-15", "Halab Today", "an evacuation convoy: destination, the reporter's numbers, quarter "
        "of departure, a deal as background, a recall of the morning's halt, glued read-also",
        "خروج الدفعة الأولى من المحاصرين في الأحياء الشرقية لحلب\n"
        "وصلت الدفعة الأولى من المدنيين والجرحى المحاصرين في الأحياء الشرقية لمدينة حلب، مساء اليوم الخميس، إلى "
        "منطقة الراشدين غربي المدينة، بموجب الاتفاق الذي رعته تركيا وروسيا. وقال مراسل حلب اليوم إن القافلة ضمت 20 "
        "حافلة و13 سيارة إسعاف تقل نحو ألف شخص بينهم عشرات الجرحى، وانطلقت من حي العامرية عبر معبر الراموسة. "
        "وأضاف المراسل أن الهلال الأحمر العربي السوري واللجنة الدولية للصليب الأحمر أشرفا على العملية، في حين تنتظر "
        "آلاف العائلات دورها في الخروج وسط برد قارس. وكانت قوات النظام قد أوقفت انطلاق القافلة لساعات صباح اليوم "
        "بسبب خلاف على إجلاء جرحى من بلدتي الفوعة وكفريا المحاصرتين.\n"
        "اقرأ أيضاً: الأمم المتحدة: ما يجري في حلب الشرقية «انهيار كامل للإنسانية»",
        [E("other", Q("نحو ألف", 1000, 1000, True), PL("العامرية", "Al-Amiriyah", "Aleppo"), "2016-12-15",
           "مراسل حلب اليوم", None,
           note="an evacuation is placed where people left (the quarter named), al-Rashidin is the destination; "
                "buses and ambulances are no figure; the deal is told as background (undated), no event; the "
                "morning's halt is no event type; the waiting families a state; " + READ_ALSO)])

passage("ec21", "2018-09-04", "RT Arabic", "NO EVENT: a denial of a reported strike, an alleged plot, a recall "
        "without a date, a standing mandate",
        "الدفاع الروسية تنفي قصف سوق في ريف إدلب وتتهم «الخوذ البيضاء» بالتحضير لاستفزاز\n"
        "نفت وزارة الدفاع الروسية، اليوم الثلاثاء، صحة ما تناقلته وسائل إعلام غربية عن قيام طائرات روسية بقصف سوق "
        "شعبية في مدينة جسر الشغور بريف إدلب، مؤكدة أن قواتها الجوية «لم تنفذ أي طلعات في تلك المنطقة» خلال الأيام "
        "الماضية. وقال المتحدث باسم الوزارة إن هذه الأنباء «ملفقة بالكامل»، وإن الصور المتداولة التُقطت في مكان آخر "
        "قبل أشهر. وأضاف أن لدى الوزارة معلومات عن تحضير عناصر «الخوذ البيضاء» لمسرحية باستخدام مواد سامة بهدف "
        "اتهام الحكومة السورية، محذراً من أن موسكو «لن تسمح» بتكرار سيناريو خان شيخون. ويتولى مركز المصالحة الروسي "
        "في قاعدة حميميم مراقبة نظام وقف الأعمال القتالية في منطقة خفض التصعيد.",
        [E("statement", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), None, 'وزارة الدفاع الروسية', RUS, note="MENDED stop 32 (conventions): a denial that is the item's news is a statement (stop 32), at the place it concerns; the plot alleged and the warning are the same statement")])

passage("ec22", "2019-03-11", "Deir ez-Zor 24", "SDF raid with coalition helicopters: arrests, the reporter's "
        "detail, a protest after the raid, an ordinal",
        "حملة دهم لـ«قسد» والتحالف في الشحيل تنتهي باعتقال 9 أشخاص\n"
        "نفذت «قوات سوريا الديمقراطية» بمساندة مروحيات التحالف الدولي، فجر اليوم الاثنين، عملية إنزال وحملة دهم في "
        "بلدة الشحيل بريف دير الزور الشرقي، اعتقلت خلالها تسعة أشخاص بينهم امرأة بتهمة الانتماء إلى خلايا تنظيم "
        "«داعش». وقال مراسل «دير الزور 24» إن القوة داهمت نحو 15 منزلاً وصادرت هواتف وأجهزة حاسوب، دون أن تواجه أي "
        "مقاومة. وعقب انسحاب القوة، خرج عشرات الأهالي في مظاهرة طالبوا فيها بالإفراج عن المعتقلين وبخروج «قسد» من "
        "البلدة، وأحرقوا إطارات على الطريق العام. وتعدّ هذه العملية الثالثة من نوعها في البلدة منذ مطلع العام "
        "الجاري.",
        [E("arrest", Q("تسعة", 9), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2019-03-11", "مراسل «دير الزور 24»",
           SDF, note="the headline's 9 is the same figure; 15 houses are no figure; the reporter's next sentence "
                     "comes back to the raid; the coalition supports"),
         E("protest", Q("عشرات", 20, 90, True), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2019-03-11",
           "مراسل «دير الزور 24»", PROT,
           note="the reporter carries over; «الثالثة من نوعها» is an ordinal, no aggregate")])

passage("ec23", "2020-11-01", "Syria TV", "an SNHR monthly report: the month's civilian toll with breakdowns by "
        "perpetrator and cause, a call",
        "الشبكة السورية: مقتل 143 مدنياً في سوريا خلال تشرين الأول\n"
        "أصدرت الشبكة السورية لحقوق الإنسان، اليوم الأحد، تقريرها الشهري عن حصيلة الضحايا المدنيين، ووثقت فيه مقتل "
        "143 مدنياً، بينهم 31 طفلاً و14 سيدة، على يد أطراف النزاع في سوريا خلال تشرين الأول/أكتوبر المنصرم. وبحسب "
        "التقرير، قتلت قوات النظام 41 مدنياً، فيما قتلت القوات الروسية 9 مدنيين، وقُتل 58 آخرون على يد جهات أخرى، "
        "بينهم ضحايا ألغام وعمليات اغتيال لم تُعرف الجهة المنفذة لها. ومن بين الضحايا 7 أشخاص قضوا بسبب التعذيب في "
        "مراكز الاحتجاز. وطالب التقرير مجلس الأمن بإحالة الملف السوري إلى المحكمة الجنائية الدولية، وبالضغط على "
        "النظام للكشف عن مصير عشرات آلاف المختفين قسرياً.",
        [E("casualties", Q("143", 143, nth=1), None, "2020-10", "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate",
           note="one monthly aggregate; children, women, perpetrators and the tortured are breakdowns, never "
                "events; the call to the Security Council is no event"),
         E("statement", None, None, None, 'التقرير', None, note="MENDED stop 32 (conventions): the network's demand in its report is a statement (stop 32)")])

passage("ec24", "2021-07-28", "Al-Hurra", "sanctions by the US Treasury, the office's statement, a recalled "
        "killing with its year, what the sanctions mean",
        "واشنطن تفرض عقوبات على ستة سجون سورية وفصيل معارض\n"
        "فرضت وزارة الخزانة الأميركية، اليوم الأربعاء، عقوبات على ستة سجون يديرها النظام السوري، إلى جانب فصيل "
        "«أحرار الشرقية» المنضوي في «الجيش الوطني السوري» واثنين من قادته، بسبب «انتهاكات جسيمة لحقوق الإنسان». "
        "وقال مكتب مراقبة الأصول الأجنبية التابع للوزارة في بيان إن المحتجزين في هذه السجون يتعرضون للتعذيب والحرمان "
        "من الرعاية الطبية، وإن كثيرين منهم لقوا حتفهم داخلها. واتهمت الخزانة «أحرار الشرقية» بارتكاب عمليات قتل خارج "
        "نطاق القانون، بينها قتل سياسية كردية على الطريق الدولي جنوب تل أبيض عام 2019. وبموجب العقوبات تُجمَّد أي "
        "أصول للمستهدفين في الولايات المتحدة، ويُحظر على الأميركيين التعامل معهم.",
        [E("sanction", None, None, "2021-07-28", "وزارة الخزانة الأميركية", None,
           note="the prisons, the faction and its leaders are the targets (no figure kept for a sanction); the US "
                "is where assets are frozen, no place"),
         E("casualties", None, PL("تل أبيض", "Tell Abyad", "Raqqa"), "2019", "الخزانة", SNA,
           note="a recalled killing with its own year: an event of its own, background; a named force killing a "
                "civilian outside a protest is casualties (stop 30, ACLED); a second coder may leave it out as "
                "the sanction's reason")])

passage("ec25", "2022-10-15", "Syria TV", "defection from the SDF: arrival in SNA areas, the front they left, a "
        "handover point, origin and conscription as background, a habit",
        "انشقاق 4 عناصر من «قسد» ووصولهم إلى ريف الباب\n"
        "وصل أربعة عناصر منشقين عن «قوات سوريا الديمقراطية» (قسد)، ليل أمس الجمعة، إلى مناطق سيطرة «الجيش الوطني "
        "السوري» في ريف مدينة الباب شرقي حلب، قادمين من مواقعهم على جبهة العريمة غربي منبج. وقال مصدر عسكري في "
        "«الجيش الوطني» لموقع تلفزيون سوريا إن المنشقين سلّموا أنفسهم مع أسلحتهم الفردية عند نقطة قرب قرية الشيخ "
        "ناصر، وإنهم يخضعون حالياً للتحقيق. وأضاف أن أحد المنشقين ينحدر من مدينة دير الزور، وكان قد جُنّد إجبارياً "
        "بموجب قانون «واجب الدفاع الذاتي». ولم تعلّق «قسد» على الحادثة، في حين تتكرر حالات الانشقاق عن صفوفها بين "
        "المجندين العرب منذ أشهر.",
        [E("defection", Q("أربعة", 4), PL("العريمة", "Al-Arimah", "Aleppo"), "2022-10-14",
           "مصدر عسكري في «الجيش الوطني»", SDF,
           note="the front where they served is the place (stop 29); al-Bab's countryside and al-Sheikh Nasser are "
                "where they arrived, Deir ez-Zor an origin; the source's next sentence comes back to the act; the "
                "recurring defections are a habit")])

passage("ec26", "2023-09-03", "AFP", "AFP Beirut: the SDF announces retaking a town, its statement, the tribal "
        "fighters' denial, SOHR's toll since the clashes began, glued read-also",
        "«قسد» تعلن استعادة ذيبان.. والمرصد يحصي 90 قتيلاً منذ بدء المواجهات\n"
        "بيروت (أ ف ب) - أعلنت قوات سوريا الديمقراطية، اليوم الأحد، استعادة السيطرة على بلدة ذيبان في ريف دير الزور "
        "الشرقي، آخر معاقل مقاتلي العشائر العربية، بعد اشتباكات استمرت يومين. وقالت في بيان إن قواتها «طهّرت البلدة "
        "من المسلحين المرتبطين بالنظام السوري»، مشيرة إلى أن عمليات التمشيط مستمرة. في المقابل، نفى مقاتلون من "
        "قبيلة العكيدات انسحابهم بالكامل، مؤكدين أنهم ما زالوا منتشرين على أطراف البلدة. وأحصى المرصد السوري لحقوق "
        "الإنسان مقتل 90 شخصاً، بينهم 25 مدنياً، منذ اندلاع المواجهات في 27 آب/أغسطس.\n"
        "اقرأ أيضاً: شيخ قبيلة العكيدات يدعو أبناء العشائر إلى «النفير العام»",
        [E("territory_change", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-09-03", "قوات سوريا الديمقراطية",
           SDF, note="the SDF announced the taking itself; the tribal fighters' denial is the other side's telling, "
                     "no event; Beirut is the dateline"),
         E("casualties", Q("90", 90, nth=1), None, None, "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="a toll since 2023-08-27 across the confrontations: an aggregate, no place in its sentence; "
                "civilians a breakdown; " + READ_ALSO)])

passage("ec27", "2024-03-08", "Step News", "protests against HTS: a square in the city, the reporter's list of "
        "other towns, a protest dispersed elsewhere, the writer's recall of last month's torture death",
        "مظاهرات في إدلب وريفها تطالب بإسقاط الجولاني\n"
        "تظاهر مئات المدنيين، اليوم الجمعة، في ساحة الساعة وسط مدينة إدلب، مطالبين بإسقاط قائد «هيئة تحرير الشام» "
        "والإفراج عن المعتقلين في سجون جهاز «الأمن العام» التابع لها. وخرجت مظاهرات مماثلة في مدن بنش وجسر الشغور "
        "وسرمدا وأطمة، وفق ما رصده مراسل وكالة ستيب الإخبارية. وفي مدينة الأتارب بريف حلب الغربي، فرّقت عناصر من "
        "الهيئة مظاهرة بإطلاق الرصاص في الهواء، بحسب ناشطين من المدينة. وتأتي الاحتجاجات بعد مقتل شاب تحت التعذيب "
        "في أحد سجون الهيئة الشهر الماضي، عقب أشهر من اعتقاله بتهمة «العمالة».",
        [E("protest", Q("مئات", 200, 900, True), PL("إدلب", "Idlib", "Idlib", nth=1), "2024-03-08", None, PROT,
           note="the square is placed at its city; the reporter's next sentence tells other towns, not this "
                "protest: it does not carry back (a second coder may give the reporter)"),
         E("protest", None, PL("بنش", "Binnish", "Idlib"), "2024-03-08", "مراسل وكالة ستيب الإخبارية", PROT,
           note="one kind of act in a list of towns: a group, the first place"),
         E("protest", None, PL("الأتارب", "Al-Atarib", "Aleppo"), "2024-03-08", "ناشطين من المدينة", PROT,
           note="dispersed with shots in the air, no one hurt: the protest is the event"),
         E("casualties", None, None, "2024-02", None, HTS,
           note="a death under torture recalled with its month («وتأتي … بعد»: the writer's, the outlet): an "
                "event of its own, background; an unnamed prison gives no place; one man, no figure")])

passage("ec28", "2025-03-25", "Al Jazeera", "Israeli fire on a village after locals confronted an incursion: "
        "the reporter, the army's statement, the foreign ministry's condemnation, a toll raised at the end",
        "قتلى بقصف إسرائيلي على قرية كويا غربي درعا بعد تصدي أهاليها لقوة متوغلة\n"
        "قُتل ستة أشخاص وأصيب آخرون، اليوم الثلاثاء، جراء قصف مدفعي وجوي إسرائيلي استهدف قرية كويا في منطقة حوض "
        "اليرموك بريف درعا الغربي، بحسب ما نقله مراسل الجزيرة. وأوضح المراسل أن القصف جاء بعد أن تصدى شبان من "
        "القرية بالأسلحة الخفيفة لقوة إسرائيلية حاولت التوغل في محيطها. وقال الجيش الإسرائيلي في بيان إنه «رد على "
        "مصادر النيران» بعد تعرض قواته لإطلاق نار في جنوب سوريا. وأدانت وزارة الخارجية السورية الهجوم، واعتبرته "
        "«انتهاكاً صارخاً» لسيادة البلاد، داعية المجتمع الدولي إلى التحرك لوقف الاعتداءات. وارتفعت حصيلة القتلى في "
        "وقت لاحق إلى سبعة بعد وفاة أحد الجرحى متأثراً بإصابته.",
        [E("shelling", Q("سبعة", 7), PL("كويا", "Kuwayya", "Daraa"), "2025-03-25", "مراسل الجزيرة", ISR,
           note="artillery and air fire told as one act: shelling (a second coder may say airstrike); six raised "
                "to seven at the end: one event, the latest toll; the army's statement is its telling, no event"),
         E("armed_clash", None, PL("كويا", "Kuwayya", "Daraa"), "2025-03-25", "مراسل الجزيرة", None,
           note="local youths fired on the incursion before the shelling: a clash of its own (a second coder may "
                "fold it into the shelling); no dead of its own"),
         E("statement", None, None, "2025-03-25", "وزارة الخارجية السورية", NEWGOV,
           note="the ministry's condemnation, told as done today; its call is part of it (a second coder may not "
                "code condemnations)")])

passage("ec29", "2011-05-12", "BBC Arabic", "NO EVENT: a call to protest tomorrow, an appeal to soldiers, an "
        "expectation, a habit since March",
        "صفحة «الثورة السورية» تدعو إلى التظاهر غداً في «جمعة الوفاء للشهداء»\n"
        "دعت صفحة «الثورة السورية ضد بشار الأسد» على موقع فيسبوك، اليوم الخميس، السوريين إلى الخروج في مظاهرات "
        "حاشدة بعد صلاة الجمعة غداً في جميع المدن والبلدات، تحت شعار «جمعة الوفاء للشهداء». وتوجهت الصفحة، التي "
        "يتابعها أكثر من 190 ألف مشترك، بنداء إلى عناصر الجيش طالبتهم فيه بعدم إطلاق النار على المتظاهرين "
        "و«الانحياز إلى الشعب». ويتوقع ناشطون أن تنتشر قوات الأمن بكثافة حول المساجد الرئيسية في درعا وحمص وبانياس، "
        "كما جرت العادة في الأسابيع الماضية. وتشهد مدن سورية عدة احتجاجات متواصلة منذ منتصف آذار/مارس الماضي، "
        "تطالب بالحرية وإطلاق سراح المعتقلين.",
        [E("statement", None, None, None, 'صفحة «الثورة السورية ضد بشار الأسد»', None, note="MENDED stop 32 (conventions): a named page's call to protest is a statement (stop 32); all Syria: no place")])

passage("ec30", "2017-08-11", "Hawar", "Hawar dateline: a quarter taken by the SDF, 'our agency's reporter', "
        "coalition raids on another quarter, the share of the city taken since the campaign began",
        "قوات سوريا الديمقراطية تحرر حي نزلة شحادة في الرقة\n"
        "الرقة – هاوار\n"
        "حررت قوات سوريا الديمقراطية، اليوم الجمعة، حي نزلة شحادة جنوبي مدينة الرقة بشكل كامل، بعد اشتباكات عنيفة مع "
        "مرتزقة داعش استمرت أسبوعاً. وأفاد مراسل وكالتنا بأن المقاتلين قتلوا خلال الاشتباكات 19 مرتزقاً واستولوا على "
        "كميات من الأسلحة والذخيرة، فيما فكك مقاتلو الهندسة 12 لغماً زرعها المرتزقة في شوارع الحي. وفي سياق متصل، "
        "استهدف طيران التحالف الدولي بعدة غارات مواقع للمرتزقة في حي الثكنة ومحيط الجامع الكبير في المدينة القديمة. "
        "وبتحرير الحي ترتفع نسبة ما حررته القوات من مساحة المدينة إلى نحو 60 بالمئة منذ انطلاق المرحلة الأخيرة من "
        "حملة «غضب الفرات» في السادس من حزيران.",
        [E("territory_change", Q("19", 19), PL("نزلة شحادة", "Nazlat Shahada", "Raqqa"), "2017-08-11", "مراسل وكالتنا",
           SDF, note="the week's fighting ends in the taking: its dead are the figure; 12 mines no figure"),
         E("airstrike", None, PL("الثكنة", "Al-Thakanah", "Raqqa"), "2017-08-11", "مراسل وكالتنا", COAL,
           note="the outlet's reporter carries over an act of another kind (stop 30); a quarter and the "
                "surroundings of a mosque: the quarter"),
         E("territory_change", Q("نحو 60 بالمئة", 60, approx=True, kind="percent"), PL("الرقة", "Raqqa", "Raqqa"), None,
           "مراسل وكالتنا", SDF, kind="aggregate",
           note="the share of the city taken since 2017-06-06: an aggregate with a percent figure (a second coder "
                "may not code a share of area); the dateline names the same city")])


def main() -> None:
    write("gold56.jsonl", P56)


if __name__ == "__main__":
    main()
