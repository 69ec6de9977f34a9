"""Build gold46.jsonl: coverage set 46 (ids db01…), written in stop 30 by helper sibling BEFORE any run on it.

A coverage set of the CHOICE AMONG PLACES OF ONE CLAUSE: where several places of the same level stand in the
trigger's sentence (or in the sentence before it) and only one is where the act happened: the place fire came
from against the place it fell on («المتمركزة في … قصفت …», «مصدره …», «انطلاقاً من …»), a movement's origin,
route and end (reinforcements, convoys, returnees, an infiltration, a withdrawal), a road between two towns, a
checkpoint at a town's entrance, a list of villages (the first) against a list of governorates (none), a second
act of the same sentence at another place («فيما …», «وفي سياق متصل …»), the place an agreement was signed against
the places its terms name, a threat's target, a body's seat, an anaphor («البلدة», «المدينة», «المنطقة») against a
finer place of the trigger's sentence, a landmark in its town, and aggregates over a period in a region (no place).
About 30 real sentences were read in the search tool's `pages` corpus first (North Press, Halab Today, SOHR,
Enab Baladi, Syria TV, SANA, Zaman al-Wasl, Qasioun, al-Muharrir, Damas Post), never copied; people, figures and
dates are invented or varied, the towns are real. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build46.py      # rewrites gold46.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P46: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P46.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("db01", "2021-03-17", "SOHR", "fire from a camp where the force is posted onto a list of villages",
        "المرصد السوري: قصفت قوات النظام المتمركزة في معسكر جورين بالمدفعية الثقيلة، صباح اليوم الأربعاء، قريتي "
        "العنكاوي والمشيك في سهل الغاب بريف حماة الغربي، ما أدى إلى مقتل امرأة وإصابة أربعة مدنيين بجروح متفاوتة.",
        [E("shelling", None, PL("العنكاوي", "al-Ankawi", "Hama"), "2021-03-17", "المرصد السوري", GOV,
           note="the camp is where the fire came from; the villages struck, the first of the list; one woman killed "
                "(a singular is no figure), the injured never the figure")])

passage("db02", "2022-08-24", "Deir Ezzor 24", "«انطلاقاً من» the launch town, the base struck",
        "أطلقت ميليشيات موالية لإيران، انطلاقاً من مواقعها في مدينة الميادين، عدة صواريخ على قاعدة التحالف الدولي "
        "في حقل العمر النفطي شرقي دير الزور، مساء أمس الثلاثاء، دون ورود أنباء عن إصابات، بحسب ما أفادت شبكة "
        "«دير الزور 24».",
        [E("shelling", None, PL("حقل العمر", "al-Omar oil field", "Deir ez-Zor"), "2022-08-23",
           "شبكة «دير الزور 24»", None, note="the launch point is not where the rockets fell: the base at the oil field")])

passage("db03", "2020-11-09", "Enab Baladi", "«مصدره» the source of fire, then the other side's fire on that village",
        "أصيب خمسة مدنيين بينهم طفلان، مساء أمس الأحد، بقصف مدفعي مصدره مواقع «قسد» في قرية الغندورة، طال أحياء "
        "سكنية في مدينة جرابلس شمال شرقي حلب، بحسب ما أفاد به مراسل عنب بلدي. وفي سياق متصل، استهدفت فصائل "
        "«الجيش الوطني» بقذائف الهاون مواقع «قسد» في قرية الغندورة، دون معلومات عن خسائر.",
        [E("shelling", None, PL("جرابلس", "Jarabulus", "Aleppo"), "2020-11-08", "مراسل عنب بلدي", SDF,
           note="the fire's source (the village) is not where it fell; injured only: no figure"),
         E("shelling", None, PL("الغندورة", "al-Ghandura", "Aleppo", nth=1), "2020-11-09", None, SNA,
           note="the answer falls on the village the first fire came from")])

passage("db04", "2019-07-05", "North Press", "reinforcements from an airbase to a town; the opposition's shelling",
        "دفعت القوات الحكومية، اليوم الجمعة، بتعزيزات عسكرية جديدة قادمة من مطار حماة العسكري إلى بلدة مورك بريف "
        "حماة الشمالي، تضم دبابات وراجمات صواريخ، بحسب ما أفاد به مراسل نورث برس. وتزامن ذلك مع قصف مدفعي لفصائل "
        "المعارضة على مواقع القوات الحكومية في بلدة كرناز.",
        [E("reinforcement", None, PL("مورك", "Murak", "Hama"), "2019-07-05", "مراسل نورث برس", GOV,
           note="the destination of the reinforcements; the airbase is where they came from"),
         E("shelling", None, PL("كرناز", "Karnaz", "Hama"), "2019-07-05", None, FSA,
           note="another act at another town")])

passage("db05", "2023-02-14", "Hawar", "a car heading from one town to another struck near a village",
        "قُتل أربعة عناصر من قوات سوريا الديمقراطية وأصيب اثنان، ظهر اليوم الثلاثاء، إثر استهداف طائرة مسيّرة "
        "تركية سيارة عسكرية كانت متجهة من بلدة عين عيسى نحو مدينة الرقة، قرب قرية الهيشة، بحسب ما أفادت وكالة "
        "هاوار.",
        [E("airstrike", Q("أربعة", 4), PL("الهيشة", "al-Hisha", "Raqqa"), "2023-02-14", "وكالة هاوار", TUR,
           note="where the car was struck (near the village), not where it came from or went")])

passage("db06", "2024-04-02", "North Press", "returnees leave a camp for their town",
        "غادرت، اليوم الثلاثاء، دفعة جديدة تضم 63 عائلة من قاطني مخيم الهول شرقي الحسكة، متوجهة إلى مناطقها في "
        "بلدة هجين بريف دير الزور الشرقي، ضمن برنامج العودة الذي تشرف عليه الإدارة الذاتية بالتنسيق مع وجهاء "
        "العشائر.",
        [E("other", Q("63", 63), PL("هجين", "Hajin", "Deir ez-Zor"), "2024-04-02", None, None,
           note="a return is placed where the families returned (set 42 co05's call)")])

passage("db07", "2018-05-21", "SANA", "an infiltration from one town towards another; a second unit at a third place",
        "حماة-سانا: أحبطت وحدات من الجيش العربي السوري محاولة تسلل لمجموعات إرهابية من اتجاه بلدة اللطامنة نحو "
        "نقاط عسكرية في محيط مدينة محردة بريف حماة الشمالي، وأوقعت بين أفرادها 7 قتلى، فيما دمرت وحدة أخرى آلية "
        "مزودة برشاش ثقيل على محور قرية الحماميات.",
        [E("armed_clash", Q("7", 7), PL("محردة", "Mhardeh", "Hama"), "2018-05-21", "سانا", GOV,
           note="the infiltration's target, where it was fought off; the town it came from is its origin"),
         E("armed_clash", None, PL("الحماميات", "al-Hamamiyat", "Hama"), "2018-05-21", "سانا", GOV,
           note="a second unit's act at another place («فيما …»)")])

passage("db08", "2021-09-28", "Syrian Civil Defence", "a road between two towns",
        "قُتل مدنيان وأصيب ثالث، صباح اليوم الثلاثاء، بانفجار عبوة ناسفة استهدفت سيارتهم على الطريق الواصل بين "
        "مدينة الباب وبلدة قباسين شرقي حلب، بحسب ما أفاد الدفاع المدني السوري.",
        [E("explosion", None, PL("الباب", "al-Bab", "Aleppo"), "2021-09-28", "الدفاع المدني السوري", UNK,
           note="a road between two towns: the first end; a dual is no figure")])

passage("db09", "2017-10-03", "SOHR", "a road named by two cities near a village; an arrest in a quarter",
        "هاجم مسلحون مجهولون، ليل أمس، حافلة تقل عسكريين على طريق دير الزور – الميادين قرب بلدة الشميطية، ما "
        "أسفر عن مقتل 6 عناصر من قوات النظام وإصابة 9 آخرين، وفق المرصد السوري لحقوق الإنسان. وفي سياق آخر، "
        "داهمت دوريات للأمن العسكري منازل في حي الجورة بمدينة دير الزور واعتقلت 11 شاباً.",
        [E("armed_clash", Q("6", 6), PL("الشميطية", "al-Shumaytiyah", "Deir ez-Zor"), "2017-10-02",
           "المرصد السوري لحقوق الإنسان", UNK, note="the village the road passes near is the finest place; the "
                                                     "cities name the road"),
         E("arrest", Q("11", 11), PL("الجورة", "al-Jorah", "Deir ez-Zor"), "2017-10-03", None, GOV,
           note="a quarter in a city: the quarter; another act at another place")])

passage("db10", "2025-01-19", "Syria TV", "a checkpoint at a town's entrance; attackers caught in another town",
        "هاجم عناصر من خلايا تنظيم «داعش» حاجزاً لقوات الأمن العام عند المدخل الشرقي لمدينة الصنمين شمالي درعا، "
        "فجر اليوم الأحد، ما أدى إلى مقتل ثلاثة عناصر، بحسب مراسل تلفزيون سوريا. وأضاف المراسل أن قوى الأمن "
        "ألقت القبض لاحقاً على اثنين من المهاجمين في بلدة إنخل.",
        [E("armed_clash", Q("ثلاثة", 3), PL("الصنمين", "al-Sanamayn", "Daraa"), "2025-01-19", "مراسل تلفزيون سوريا",
           IS, note="the checkpoint at the town's entrance: the town"),
         E("arrest", None, PL("إنخل", "Inkhil", "Daraa"), "2025-01-19", "المراسل", NEWGOV,
           note="the arrest's own place; «اثنين» is a dual: no figure")])

passage("db11", "2020-01-08", "Zaman al-Wasl", "a reply on a force's base; the fire it answered recalled with its day",
        "استهدفت فصائل المعارضة بصواريخ غراد مواقع لقوات النظام في بلدة جورين بريف حماة الغربي، اليوم الأربعاء، "
        "رداً على قصف مدفعي شنته القوات المتمركزة هناك على مدينة كفرنبل أمس، بحسب ما أعلنته «الجبهة الوطنية "
        "للتحرير».",
        [E("shelling", None, PL("جورين", "Jurin", "Hama"), "2020-01-08", "«الجبهة الوطنية للتحرير»", FSA,
           note="the reply falls on the force's base"),
         E("shelling", None, PL("كفرنبل", "Kafr Nabl", "Idlib"), "2020-01-07", "«الجبهة الوطنية للتحرير»", GOV,
           note="the fire it answered, recalled with its own day (yesterday): an event at the town it fell on")])

passage("db12", "2019-06-11", "SOHR", "a force posted in one town attacks towards a village",
        "حاولت قوات النظام المتمركزة في بلدة كفرنبودة التقدم نحو قرية الهبيط بريف إدلب الجنوبي، فجر اليوم "
        "الثلاثاء، واندلعت اشتباكات عنيفة مع فصائل المعارضة قُتل فيها 11 عنصراً من القوات المهاجمة، بحسب المرصد "
        "السوري لحقوق الإنسان.",
        [E("armed_clash", Q("11", 11), PL("الهبيط", "al-Habit", "Idlib"), "2019-06-11", "المرصد السوري لحقوق الإنسان",
           GOV, note="the village attacked, where the fighting was; the town is where the force is posted")])

passage("db13", "2019-12-03", "Syrian Civil Defence", "a list of villages; another strike at a town",
        "شنت طائرات حربية روسية، مساء أمس، أكثر من 20 غارة على قرى كنصفرة والبارة وبليون في جبل الزاوية جنوبي "
        "إدلب، ما أدى إلى مقتل 5 مدنيين بينهم طفل، بحسب الدفاع المدني السوري. كما استهدفت غارة أخرى محيط مدينة "
        "معرة النعمان دون أنباء عن إصابات.",
        [E("airstrike", Q("5", 5), PL("كنصفرة", "Kansafra", "Idlib"), "2019-12-02", "الدفاع المدني السوري", RUS,
           note="one act over a list of villages: the first"),
         E("airstrike", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2019-12-02", None, RUS,
           note="another strike at another town")])

passage("db14", "2020-09-01", "SNHR", "a monthly toll, most of it in two governorates",
        "وثّقت الشبكة السورية لحقوق الإنسان في تقريرها الشهري مقتل 142 مدنياً في سوريا خلال شهر آب الماضي، قضى "
        "معظمهم في محافظتي إدلب وحلب، بينهم 37 طفلاً و11 سيدة.",
        [E("casualties", Q("142", 142), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a sum over a month: no place (the governorates hold only most of it)")])

passage("db15", "2018-02-27", "SOHR", "one act over two governorates' countrysides",
        "قُتل سبعة عناصر من قوات النظام، أمس الاثنين، في هجمات متفرقة نفذتها فصائل معارضة على جبهات ريفي "
        "اللاذقية الشمالي وحماة الغربي، بحسب المرصد السوري لحقوق الإنسان.",
        [E("armed_clash", Q("سبعة", 7), None, "2018-02-26", "المرصد السوري لحقوق الإنسان", FSA,
           note="attacks spread over two governorates: no one place (set 41 n024's call)")])

passage("db16", "2022-03-09", "Ahrar Horan", "an arrest in one town; «فيما» a killing in the next",
        "اعتقلت دورية تابعة لفرع الأمن العسكري 12 شاباً خلال مداهمات في بلدة الكرك الشرقي بريف درعا الشرقي، "
        "اليوم الأربعاء، فيما قُتل عنصر من الفرع برصاص مجهولين في بلدة المسيفرة المجاورة، بحسب تجمع أحرار حوران.",
        [E("arrest", Q("12", 12), PL("الكرك الشرقي", "al-Karak al-Sharqi", "Daraa"), "2022-03-09",
           "تجمع أحرار حوران", GOV, note="the raids' town"),
         E("armed_clash", None, PL("المسيفرة", "al-Musayfirah", "Daraa"), "2022-03-09", "تجمع أحرار حوران", UNK,
           note="the second act of the sentence at its own town; a singular is no figure")])

passage("db17", "2025-05-11", "SANA", "an agreement signed in the capital about a town",
        "وقّع ممثلون عن الحكومة السورية ووجهاء من محافظة السويداء، اليوم الأحد في دمشق، اتفاقاً ينص على انتشار "
        "قوى الأمن الداخلي في مدينة شهبا ومحيطها وتسليم السلاح الثقيل، بحسب ما أعلنت وزارة الداخلية.",
        [E("agreement", None, PL("دمشق", "Damascus", "Damascus"), "2025-05-11", "وزارة الداخلية", NEWGOV,
           note="where it was signed; the town its terms name is no place of the signing")])

passage("db18", "2022-06-01", "Anadolu", "a threat against two towns",
        "هددت وزارة الدفاع التركية، اليوم الأربعاء، بشن عملية عسكرية جديدة ضد «وحدات حماية الشعب» في منطقتي منبج "
        "وتل رفعت، إذا لم تنسحب منهما خلال المهلة التي حددتها أنقرة.",
        [E("statement", None, None, "2022-06-01", "وزارة الدفاع التركية", TUR,
           note="the towns are the threatened operation's, not where the threat was made (set 31 cr57's call)")])

passage("db19", "2019-01-02", "Halab Today", "clashes in a town that spread to the next: one incident",
        "اندلعت اشتباكات عنيفة، مساء أمس، بين «هيئة تحرير الشام» و«الجبهة الوطنية للتحرير» في بلدة دارة عزة "
        "غربي حلب. وقال ناشطون إن الاشتباكات امتدت إلى أطراف بلدة قبتان الجبل المجاورة، وأسفرت عن مقتل 9 "
        "مقاتلين من الطرفين.",
        [E("armed_clash", Q("9", 9), PL("دارة عزة", "Darat Izza", "Aleppo"), "2019-01-01", "ناشطون", HTS,
           note="one fight told twice; where it broke out")])

passage("db20", "2023-06-20", "Ain al-Furat", "a raid's town in the lead, «أبناء البلدة» and a prison elsewhere",
        "شنت «قوات سوريا الديمقراطية» حملة دهم في بلدة الشحيل بريف دير الزور الشرقي، فجر اليوم الثلاثاء، بحثاً عن "
        "خلايا لتنظيم «داعش». وأضافت الشبكة أن القوات اعتقلت 14 شاباً من أبناء البلدة واقتادتهم إلى سجن في مدينة "
        "الحسكة، بحسب شبكة «عين الفرات».",
        [E("arrest", Q("14", 14), PL("الشحيل", "al-Shuhayl", "Deir ez-Zor"), "2023-06-20", "شبكة «عين الفرات»", SDF,
           note="the raid's town (the sentence before); where the detainees were taken is not the place")])

passage("db21", "2019-05-29", "Syrian Civil Defence", "a city in the lead, «أحياء المدينة» in the toll, a village too",
        "تعرضت مدينة أريحا جنوبي إدلب، ظهر اليوم الأربعاء، لقصف صاروخي من قوات النظام. وقال الدفاع المدني إن "
        "الصواريخ سقطت في أحياء المدينة، ما أدى إلى مقتل 4 مدنيين بينهم امرأة، فيما طال القصف أيضاً محيط قرية "
        "أورم الجوز.",
        [E("shelling", Q("4", 4), PL("أريحا", "Ariha", "Idlib"), "2019-05-29", "الدفاع المدني", GOV,
           note="the city of the lead, named again by «المدينة»"),
         E("shelling", None, PL("أورم الجوز", "Urum al-Jawz", "Idlib"), "2019-05-29", "الدفاع المدني", GOV,
           note="the same fire on another place")])

passage("db22", "2022-12-08", "Enab Baladi", "displacement from «المنطقة», a region named the sentence before",
        "تشهد منطقة سهل الغاب بريف حماة الغربي تصعيداً عسكرياً متواصلاً منذ أسبوع. وأعلن فريق «منسقو استجابة "
        "سوريا» أن عدد النازحين من المنطقة تجاوز 12 ألف شخص، توجه معظمهم إلى مخيمات قرب بلدة أطمة الحدودية.",
        [E("other", Q("12 ألف", 12000, None, approx=True), PL("سهل الغاب", "al-Ghab plain", "Hama"), None,
           "فريق «منسقو استجابة سوريا»", None, kind="aggregate",
           note="displaced FROM the region «المنطقة» names; where most of them went is no place of it")])

passage("db23", "2024-02-16", "Salamiyah Today", "protest in front of a building; the town named as the protesters'",
        "نظم العشرات من أهالي مدينة سلمية شرقي حماة، اليوم الجمعة، وقفة احتجاجية أمام مبنى المركز الثقافي، "
        "مطالبين بالإفراج عن المعتقلين في سجون النظام، بحسب شبكة «سلمية اليوم».",
        [E("protest", Q("العشرات", 20, 90, approx=True), PL("سلمية", "Salamiyah", "Hama"), "2024-02-16",
           "شبكة «سلمية اليوم»", PROT, note="a building of the town: the town (landmark convention)")])

passage("db24", "2021-06-14", "Syrian Civil Defence", "a car bomb at a roundabout; another recalled in another town",
        "انفجرت سيارة مفخخة، مساء اليوم الاثنين، عند دوار الكرة وسط مدينة عفرين شمال غربي حلب، ما أدى إلى مقتل 8 "
        "مدنيين وإصابة 20 آخرين، بحسب الدفاع المدني. وكانت دراجة نارية مفخخة قد انفجرت يوم الخميس الماضي في بلدة "
        "راجو، ما أسفر عن إصابة ثلاثة مدنيين.",
        [E("explosion", Q("8", 8), PL("عفرين", "Afrin", "Aleppo"), "2021-06-14", "الدفاع المدني", UNK,
           note="a roundabout in a city: the city"),
         E("explosion", None, PL("راجو", "Rajo", "Aleppo"), "2021-06-10", None, UNK,
           note="recalled with its own day at its own town; injured only: no figure")])

passage("db25", "2024-08-30", "Hawar", "a force named with its city; the quarter attacked",
        "صدّت قوات الأمن الداخلي (الأسايش) في مدينة القامشلي، فجر اليوم الجمعة، هجوماً شنه مسلحون مجهولون على "
        "حاجز لها في حي الهلالية، وقُتل أحد المهاجمين، بحسب بيان للأسايش.",
        [E("armed_clash", None, PL("الهلالية", "al-Hilaliyah", "Al-Hasakah"), "2024-08-30", "بيان للأسايش", UNK,
           note="the quarter the checkpoint is in; the city qualifies the force")])

passage("db26", "2019-10-16", "Hawar", "a council's statement from its seat; a village attacked",
        "أعلن المجلس العسكري لمدينة منبج، في بيان من مقره في المدينة، مقتل 3 من مقاتليه بهجوم شنته فصائل "
        "«الجيش الوطني» على قرية عون الدادات شمال منبج، مساء أمس.",
        [E("armed_clash", Q("3", 3), PL("عون الدادات", "Awn al-Dadat", "Aleppo"), "2019-10-15",
           "المجلس العسكري لمدينة منبج", SNA, note="the village attacked; the council's seat is no place of it")])

passage("db27", "2023-03-02", "SOHR", "a toll over a month in a multi-governorate region",
        "أحصى المرصد السوري لحقوق الإنسان مقتل 46 شخصاً في شمال غربي سوريا منذ مطلع شباط الماضي، جراء القصف "
        "والاشتباكات والعبوات الناسفة، بينهم 19 مدنياً.",
        [E("casualties", Q("46", 46), None, None, "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="a sum over a period in a region of several governorates: no place (set 41 cn50's call)")])

passage("db28", "2020-06-17", "Reuters", "sanctions announced in a foreign capital",
        "أعلنت وزارة الخزانة الأمريكية، في بيان صدر في واشنطن اليوم الأربعاء، فرض عقوبات على 39 شخصية وكياناً "
        "مرتبطين بالحكومة السورية، بينهم أسماء الأسد، بموجب «قانون قيصر».",
        [E("sanction", Q("39", 39), None, "2020-06-17", "وزارة الخزانة الأمريكية", None,
           note="where the statement was issued is not a place of the act (set 31 cs56's call)")])

passage("db29", "2022-10-05", "Enab Baladi", "negative: a town's position and its history",
        "تقع بلدة تل تمر على الطريق الواصل بين مدينتي الحسكة ورأس العين، وكانت قد شهدت معارك عنيفة عام 2019 بين "
        "«قسد» وفصائل «الجيش الوطني»، ويقطنها خليط من العرب والأكراد والسريان.",
        [])

passage("db30", "2021-04-22", "Syria TV", "negative: a warning of an attack from a town",
        "حذر ناشطون من هجوم محتمل لقوات النظام على بلدات جبل الزاوية انطلاقاً من مواقعها في مدينة معرة النعمان، "
        "داعين الأهالي إلى الابتعاد عن خطوط التماس وعدم التجمع في الأسواق.",
        [])

passage("db31", "2020-02-11", "SOHR", "warplanes from a base strike a town; shelling on a village elsewhere",
        "قال المرصد السوري لحقوق الإنسان إن طائرات حربية روسية أقلعت من قاعدة حميميم نفذت، صباح اليوم الثلاثاء، "
        "ست غارات على أطراف مدينة جسر الشغور غربي إدلب، ما أسفر عن مقتل 3 مدنيين، فيما قصفت قوات النظام "
        "بالمدفعية قرية الكبينة في جبل الأكراد بريف اللاذقية.",
        [E("airstrike", Q("3", 3), PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2020-02-11",
           "المرصد السوري لحقوق الإنسان", RUS, note="the base is where the planes took off"),
         E("shelling", None, PL("الكبينة", "Kabani", "Latakia"), "2020-02-11", "المرصد السوري لحقوق الإنسان", GOV,
           note="the second act of the sentence at its own village")])

passage("db32", "2019-08-20", "Enab Baladi", "a withdrawal from a town towards a city",
        "انسحبت قوات النظام من بلدة التمانعة باتجاه مدينة خان شيخون، اليوم الثلاثاء، بعد سيطرة فصائل المعارضة على "
        "البلدة إثر معارك استمرت ساعات، بحسب مراسل عنب بلدي في ريف إدلب.",
        [E("territory_change", None, PL("التمانعة", "al-Tamanah", "Idlib"), "2019-08-20", "مراسل عنب بلدي", FSA,
           note="the town taken; where the withdrawing force went is not the place")])

passage("db33", "2024-11-27", "Syrian Civil Defence", "a mine in a village; the wounded taken to a town's hospital",
        "قُتل 3 أطفال وأصيبت والدتهم بجروح، اليوم الأربعاء، بانفجار لغم أرضي من مخلفات الحرب في قرية تل عرن جنوب "
        "شرقي حلب. ونُقلت الأم إلى مشفى في مدينة السفيرة لتلقي العلاج، بحسب الدفاع المدني السوري.",
        [E("explosion", Q("3", 3), PL("تل عرن", "Tal Aran", "Aleppo"), "2024-11-27", "الدفاع المدني السوري", None,
           note="where the wounded were taken is not the place")])

passage("db34", "2018-09-04", "SOHR", "the desert south of a town; an attack on a car in another town",
        "قُتل 5 عناصر من قوات النظام، مساء أمس، في هجوم لخلايا تنظيم «داعش» على نقطة عسكرية في البادية جنوب مدينة "
        "السخنة شرقي حمص، بحسب المرصد السوري لحقوق الإنسان. وفي ريف دير الزور الشرقي، استهدف مسلحون مجهولون "
        "سيارة لـ«قسد» في بلدة ذيبان، ما أدى لمقتل عنصرين.",
        [E("armed_clash", Q("5", 5), PL("السخنة", "al-Sukhnah", "Homs"), "2018-09-03", "المرصد السوري لحقوق الإنسان",
           IS, note="the desert south of the town: the town (set 36 ca12's call)"),
         E("armed_clash", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2018-09-04", None, UNK,
           note="another act at another town; a dual is no figure")])

passage("db35", "2019-11-25", "North Press", "a headline's town, the body's village on its front",
        "اشتباكات بين «قسد» و«الجيش الوطني» في ريف تل تمر\n"
        "قُتل أربعة عناصر من فصائل «الجيش الوطني» السوري الموالي لتركيا، اليوم الاثنين، في اشتباكات مع «قوات سوريا "
        "الديمقراطية» على محور قرية أم الكيف شمال بلدة تل تمر، بحسب ما أفاد مراسل نورث برس.",
        [E("armed_clash", Q("أربعة", 4), PL("أم الكيف", "Um al-Kayf", "Al-Hasakah"), "2019-11-25", "مراسل نورث برس",
           SDF, note="the headline's countryside and the body's village: the village, the finest place")])


def main() -> None:
    write("gold46.jsonl", P46)


if __name__ == "__main__":
    main()
