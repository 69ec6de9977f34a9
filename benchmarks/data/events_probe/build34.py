"""Build gold34.jsonl: probe set 34 (ids uc01…), written in stop 28 by helper probe33 BEFORE any run on it.

A late set, mostly 2017-2025: the north-west (Idlib, western Aleppo, the 2024 offensive), the north-east (the SDF,
Turkey's operations and drones, IS cells), Daraa after the 2018 settlement, Sweida, the new government's security
campaigns, Israeli strikes and incursions, returns. Every passage was written anew, modelled on the phrasing of Arabic
reporting (pages of the search tool's `pages` corpus read for phrasing, never copied); people, villages, figures and
dates are invented or varied. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build34.py      # rewrites gold34.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402,F401

USF = "US forces"
DRUZE = "Druze militias (Suwayda)"

P34: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P34.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("uc01", "2017-06-14", "Hawar", "the SDF's media centre: a Raqqa district taken; SOHR on a coalition raid",
        "أعلن المركز الإعلامي لقوات سوريا الديمقراطية اليوم الأربعاء أن مقاتليه حرروا حي الرومانية في القسم الغربي "
        "من مدينة الرقة بالكامل، بعد معارك ضارية مع مرتزقة داعش قُتل فيها 23 منهم. من جهته، قال المرصد السوري لحقوق "
        "الإنسان إن غارات نفذتها طائرات التحالف الدولي ليل أمس على حي النهضة أودت بحياة تسعة مدنيين بينهم أربعة أطفال.",
        [E("territory_change", Q("23", 23), PL("الرومانية", "Al-Rumaniyah", "Raqqa"), "2017-06-14",
           "المركز الإعلامي لقوات سوريا الديمقراطية", SDF,
           note="the battle's dead on the taking (as earlier sets); the city is a bearing for the district"),
         E("airstrike", Q("تسعة", 9), PL("النهضة", "Al-Nahda", "Raqqa"), "2017-06-13", "المرصد السوري لحقوق الإنسان",
           COAL, note="«ليل أمس»: the night before; the children are a breakdown")])

passage("uc02", "2017-10-17", "AFP", "AFP relaying the observatory's head: a suicide car bomb on SDF fighters",
        "بيروت (أ ف ب) - قال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن لفرانس برس إن انتحارياً من تنظيم الدولة "
        "الإسلامية فجّر سيارة مفخخة مساء أمس الاثنين عند نقطة تجمع لمقاتلين من قوات سوريا الديمقراطية قرب بلدة الصور "
        "في ريف دير الزور الشمالي، ما أسفر عن مقتل 14 شخصاً بينهم ثمانية مقاتلين. ولم يصدر أي تعليق من الجهاديين.",
        [E("explosion", Q("14", 14), PL("الصور", "Al-Sur", "Deir ez-Zor"), "2017-10-16",
           "مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن", IS,
           note="the text names the bomber's group; Beirut is the dateline; the fighters are a breakdown")])

passage("uc03", "2018-02-20", "Al-Hayat", "a day's toll over the Ghouta's towns; shells on a Damascus district",
        "ارتفع إلى 127 عدد المدنيين الذين قضوا منذ صباح أمس الاثنين بفعل الغارات والقصف الصاروخي العنيف الذي تشنه قوات "
        "النظام على مدن الغوطة الشرقية وبلداتها، بينهم 39 طفلاً، وسقط 21 منهم في حمورية وحدها، وفق المرصد السوري. في "
        "المقابل، ذكرت وكالة سانا أن «المجموعات الإرهابية» المنتشرة في الغوطة استهدفت بقذائف الهاون منطقة القصاع وسط "
        "العاصمة، وجرح جراء ذلك سبعة مواطنين.",
        [E("casualties", Q("127", 127), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), None,
           "المرصد السوري", GOV, kind="aggregate",
           note="a toll since yesterday morning over a region's towns, raids and rockets together: an aggregate "
                "(a second coder could make it an airstrike event); Hamouriyah's 21 and the children are a breakdown"),
         E("shelling", None, PL("القصاع", "Al-Qassaa", "Damascus"), "2018-02-20", "وكالة سانا", None,
           note="injured only: no figure; «المجموعات الإرهابية» names no force (the Ghouta is where they are); no date word: published (as set 18's "
                "b08)")])

passage("uc04", "2018-03-18", "Anadolu Agency", "Turkey's president: Afrin's centre taken; a running 'neutralised' total",
        "أعلن الرئيس التركي رجب طيب أردوغان، اليوم الأحد، أن وحدات الجيش السوري الحر المدعومة من القوات المسلحة "
        "التركية بسطت سيطرتها الكاملة على مركز مدينة عفرين شمالي سوريا منذ الساعة الثامنة والنصف صباحاً. وأوضح أن "
        "عملية «غصن الزيتون» التي انطلقت في 20 كانون الثاني الماضي أسفرت حتى الآن عن تحييد 3 آلاف و622 إرهابياً.",
        [E("territory_change", None, PL("عفرين", "Afrin", "Aleppo"), "2018-03-18",
           "الرئيس التركي رجب طيب أردوغان", SNA,
           note="Turkish-backed FSA units after the end of 2017 are the SNA; the hour is not a count"),
         E("casualties", Q("3 آلاف و622", 3622), None, None, "الرئيس التركي رجب طيب أردوغان", TUR, kind="aggregate",
           note="a running 'neutralised' total since the operation began (as earlier sets); no place given for it")])

passage("uc05", "2018-07-12", "Enab Baladi", "the flag raised in Daraa al-Balad under a Russian-sponsored deal",
        "رفعت قوات النظام السوري علمها في ساحة المسجد العمري بحي درعا البلد ظهر اليوم الخميس، بحضور ضباط من الشرطة "
        "العسكرية الروسية، وذلك بموجب اتفاق مع فصائل المعارضة يقضي بتسليم السلاح الثقيل وتسوية أوضاع من يرغب بالبقاء، "
        "بحسب ما أفاد مراسل عنب بلدي في درعا. ومن المنتظر أن تغادر الدفعة الأولى من الرافضين للتسوية نحو الشمال "
        "خلال أيام.",
        [E("territory_change", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2018-07-12",
           "مراسل عنب بلدي في درعا", GOV,
           note="the square is in the district (gold the district); the deal is the frame, undated; the departure "
                "is a future")])

passage("uc06", "2019-01-08", "Syria TV", "HTS takes a town from Zenki; a week's toll by SOHR",
        "سيطرت «هيئة تحرير الشام» صباح اليوم الثلاثاء على بلدة دارة عزة الواقعة غرب حلب، عقب انسحاب آخر مقاتلي "
        "«حركة نور الدين الزنكي» منها باتجاه منطقة عفرين. وأحصى المرصد السوري لحقوق الإنسان في وقت سابق أكثر من 130 "
        "قتيلاً من الجانبين، بينهم مدنيون، سقطوا في المعارك التي اندلعت بين الطرفين قبل أسبوع في ريف حلب الغربي.",
        [E("territory_change", None, PL("دارة عزة", "Darat Izza", "Aleppo"), "2019-01-08", None, HTS,
           note="Afrin is where the losers went; the outlet tells the taking"),
         E("casualties", Q("أكثر من 130", 130, None, True), PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"),
           None, "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="a week of fighting between two sides: a battle toll as an aggregate (as set 18's b20)")])

passage("uc07", "2019-05-22", "Al Jazeera", "the civil defence: Russian raids on a town, barrels on a Ghab village",
        "قال الدفاع المدني السوري إن ستة مدنيين بينهم طفلان قتلوا صباح اليوم الأربعاء بغارات متتالية نفذها الطيران "
        "الروسي على بلدة حاس جنوبي إدلب، فيما ألقت مروحيات النظام 18 برميلاً متفجراً على قرية الحويز "
        "في سهل الغاب بريف حماة الغربي دون أن تسجل إصابات. ويأتي التصعيد رغم إعلان موسكو وأنقرة التزامهما باتفاق "
        "سوتشي.",
        [E("airstrike", Q("ستة", 6), PL("حاس", "Has", "Idlib"), "2019-05-22", "الدفاع المدني السوري", RUS),
         E("airstrike", Q("18", 18), PL("الحويز", "Al-Huwayz", "Hama"), "2019-05-22", "الدفاع المدني السوري", GOV,
           note="barrels are the count (as set 18's b12); the civil defence carries over «فيما»; Sochi is an "
                "agreement's name, no event")])

passage("uc08", "2019-10-13", "North Press", "Turkish jets on a civilian convoy at a town's entrance; a taking announced by Ankara",
        "استهدف الطيران الحربي التركي بعد ظهر اليوم الأحد موكباً لسيارات مدنية لدى وصوله إلى أطراف مدينة رأس العين "
        "(سري كانيه)، وكان الموكب قادماً من القامشلي للتضامن مع الأهالي، فقتل 11 مدنياً بينهم صحفيان وجرح العشرات، "
        "بحسب الإدارة الذاتية. وفي الأثناء، ذكرت وزارة الدفاع التركية في تغريدة أن «الجيش الوطني السوري» بات يسيطر "
        "على مركز مدينة تل أبيض.",
        [E("airstrike", Q("11", 11), PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), "2019-10-13", "الإدارة الذاتية", TUR,
           note="struck on reaching the town's edge: the town is the place; Qamishli is where the convoy came from; the "
                "journalists are a breakdown"),
         E("territory_change", None, PL("تل أبيض", "Tell Abyad", "Raqqa"), "2019-10-13", "وزارة الدفاع التركية", SNA,
           note="«وفي الأثناء» keeps the day")])

passage("uc09", "2019-12-26", "Enab Baladi", "a response team's count of the displaced since a day",
        "أحصى فريق «منسقو استجابة سوريا» نزوح أكثر من 216 ألف مدني من مدن وبلدات ريف إدلب الجنوبي منذ 16 من كانون "
        "الأول الحالي، هرباً من الحملة العسكرية التي تشنها قوات النظام وروسيا على المنطقة، متجهين نحو المخيمات "
        "المكتظة قرب الحدود السورية التركية. وحذّر الفريق من كارثة إنسانية مع انخفاض درجات الحرارة.",
        [E("other", Q("أكثر من 216 ألف", 216000, None, True), PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"),
           None, "منسقو استجابة سوريا", None, kind="aggregate",
           note="displacement since 16 December: an aggregate; the camps near the border are the destination; the "
                "offensive is the cause, not an event told here")])

passage("uc10", "2020-03-06", "Asharq Al-Awsat", "the Moscow ceasefire and a breach the next morning",
        "ساد هدوء حذر جبهات إدلب منذ منتصف الليل، مع دخول اتفاق وقف إطلاق النار الذي توصل إليه الرئيسان الروسي "
        "والتركي في موسكو أمس الخميس حيز التنفيذ. غير أن المرصد السوري رصد قصفاً مدفعياً لقوات النظام صباح اليوم على "
        "أطراف قرية الفطيرة في جبل الزاوية، من دون ورود أنباء عن إصابات.",
        [E("agreement", None, PL("موسكو", "Moscow", None, "Russia"), "2020-03-05", None, None,
           note="a deal reached yesterday (dated): an incident of its own, at the place it was made; two parties, no "
                "actor1; the calm is a state"),
         E("shelling", None, PL("الفطيرة", "Al-Fatira", "Idlib"), "2020-03-06", "المرصد السوري", GOV)])

passage("uc11", "2020-08-18", "RT Arabic", "the Russian defence ministry: a general killed by a roadside bomb",
        "أعلنت وزارة الدفاع الروسية، اليوم الثلاثاء، مقتل ضابط برتبة لواء وإصابة عسكريين اثنين، جراء انفجار عبوة "
        "ناسفة لدى مرور عربتهم قرب بلدة التبني في ريف دير الزور، أثناء عودتهم من مهمة لإيصال مساعدات إنسانية. وأشارت "
        "الوزارة إلى أن الجرحى نقلوا إلى المستشفى العسكري في قاعدة حميميم.",
        [E("explosion", None, PL("التبني", "Al-Tabni", "Deir ez-Zor"), "2020-08-18", "وزارة الدفاع الروسية", None,
           note="one killed, no numeral, and «اثنين» injured: no figure; nobody named as the planter; Hmeimim is "
                "where the wounded were taken; the day of the announcement (the blast's own day is not given)")])

passage("uc12", "2021-03-21", "Syria TV", "regime artillery and guided missiles on a hospital; a Russian raid the same morning",
        "قال مراسل تلفزيون سوريا إن قوات النظام استهدفت بقذائف المدفعية الثقيلة وبصواريخ موجهة مشفى الأتارب الجراحي "
        "غربي حلب صباح اليوم الأحد، فقتلت ستة من المرضى والمراجعين، بينهم طفل، وأصابت 17 آخرين بينهم كوادر طبية. "
        "وبالتزامن، استهدفت طائرات حربية روسية محيط منشأة للغاز قرب بلدة سرمدا شمالي إدلب.",
        [E("shelling", Q("ستة", 6), PL("الأتارب", "Al-Atarib", "Aleppo"), "2021-03-21", "مراسل تلفزيون سوريا", GOV,
           note="a hospital named after its town: the town as the place (ACLED's location; a second coder might give "
                "the hospital); the injured are not the figure"),
         E("airstrike", None, PL("سرمدا", "Sarmada", "Idlib"), "2021-03-21", "مراسل تلفزيون سوريا", RUS,
           note="«وبالتزامن» keeps the day and the correspondent")])

passage("uc13", "2021-07-29", "Daraa 24", "mortars on Daraa al-Balad, local fighters storm checkpoints in the west",
        "قصفت الفرقة الرابعة فجر اليوم الخميس أحياء درعا البلد بقذائف الهاون، بعد فشل جولة المفاوضات الأخيرة. وردّ "
        "مقاتلون محليون بالهجوم على حواجز للنظام في بلدة اليادودة بريف درعا الغربي، وسيطروا على حاجزين وأسروا نحو 40 "
        "عنصراً، فيما قُتل ثلاثة من المهاجمين، بحسب ما أفاد به مراسل شبكة درعا 24.",
        [E("shelling", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-07-29", None, GOV,
           note="the Fourth Division is the army's; the talks are background; the correspondent's attribution closes "
                "the second sentence only (the first: the outlet)"),
         E("armed_clash", Q("ثلاثة", 3), PL("اليادودة", "Al-Yadudah", "Daraa"), "2021-07-29", "مراسل شبكة درعا 24", FSA,
           note="the checkpoints taken and the captives are part of the attack; the dead are the attackers'; "
                "'local fighters' in Daraa after the settlement coded the former opposition (judgement)")])

passage("uc14", "2021-09-06", "Horan Free League", "weapons handed over at a settlement centre under the deal",
        "بدأت اللجنة الأمنية التابعة للنظام اليوم الاثنين تطبيق بنود الاتفاق الأخير في درعا البلد، إذ سلّم 34 شخصاً "
        "من أبناء الحي أسلحتهم الخفيفة وأجروا تسوية لأوضاعهم في مركز افتُتح داخل مدرسة، بحسب تجمع أحرار حوران. ومن "
        "المقرر أن تدخل دورية للشرطة العسكرية الروسية غداً لتفقد النقاط التي سيقيمها الأمن العسكري.",
        [E("other", Q("34", 34), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-06", "تجمع أحرار حوران", GOV,
           note="a settlement of status with weapons handed over (as earlier sets' settlements: other); the school is "
                "the centre's building; the patrol is a future")])

passage("uc15", "2022-01-24", "SOHR", "the Ghweiran prison attack: a toll since Thursday and the prison retaken",
        "المرصد السوري لحقوق الإنسان: بلغ عدد القتلى منذ أن هاجم تنظيم «الدولة الإسلامية» سجن غويران جنوبي الحسكة "
        "مساء الخميس 181 قتيلاً، هم 124 من عناصر التنظيم و50 من قسد وحراس السجن و7 مدنيين. وأعلنت "
        "«قسد» اليوم الاثنين استعادة السيطرة الكاملة على مباني السجن بعد استسلام مئات المعتقلين.",
        [E("armed_clash", Q("181", 181), PL("غويران", "Ghweiran", "Al-Hasakah"), "2022-01-20",
           "المرصد السوري لحقوق الإنسان", IS,
           note="one attack on a prison told with its toll to date: an incident dated by its start (a second coder "
                "could keep it an aggregate); the dead of each side are a breakdown; the prison is named after the "
                "district"),
         E("territory_change", None, PL("غويران", "Ghweiran", "Al-Hasakah"), "2022-01-24", "قسد", SDF,
           note="the prison retaken, its own day; the prisoners who gave up are not the figure")])

passage("uc16", "2022-06-10", "SANA", "old SANA: an Israeli missile attack on Damascus airport",
        "دمشق-سانا: نقلت سانا عن مصدر عسكري قوله إنه «نحو الساعة الرابعة من فجر اليوم، نفذ العدو الإسرائيلي عدواناً "
        "جوياً برشقات من الصواريخ من اتجاه شمال شرق بحيرة طبريا، مستهدفاً مطار دمشق الدولي وبعض النقاط في جنوب "
        "دمشق»، ما أدى إلى إصابة مدني بجروح ووقوع أضرار مادية أخرجت المدرج الرئيسي عن الخدمة.",
        [E("airstrike", None, PL("مطار دمشق الدولي", "Damascus International Airport", "Rif Dimashq"), "2022-06-10",
           "مصدر عسكري", ISR,
           note="the airport as the most specific place (as set 18's b17); Tiberias is where the missiles came from; "
                "the hour is not a count; the points south of Damascus are the same act")])

passage("uc17", "2022-11-20", "North Press", "Turkish jets on a gas plant; Ankara's count of targets",
        "قصفت طائرات حربية تركية فجر اليوم الأحد محطة السويدية للغاز في ريف ديريك أقصى شمال شرقي سوريا، ما أسفر عن "
        "مقتل 11 شخصاً، من بينهم عمال في المحطة، وفق ما ذكرت قوات سوريا الديمقراطية. أما وزارة الدفاع التركية فقالت إن "
        "عملية «المخلب-السيف» الجوية دمّرت 89 هدفاً لـ«بي كي كي/ي ب ك» في شمالي سوريا والعراق.",
        [E("airstrike", Q("11", 11), PL("السويدية", "Al-Suwaydiyah", "Al-Hasakah"), "2022-11-20",
           "قوات سوريا الديمقراطية", TUR,
           note="a plant named after its village: the village; the 89 targets are Ankara's telling of the same "
                "campaign (a count of the wrong thing, no second event); Iraq is named for another reason")])

passage("uc18", "2023-03-07", "Enab Baladi", "HTS's security arrests in Dana; a women's protest the same day",
        "اعتقلت الأجهزة الأمنية لـ«هيئة تحرير الشام» ما لا يقل عن 15 شخصاً في مدينة الدانا شمالي إدلب فجر اليوم "
        "الثلاثاء، خلال مداهمات متزامنة لمنازلهم، وسط اتهامات لهم بالارتباط بـ«حزب التحرير»، بحسب مصادر محلية تحدثت "
        "إلى عنب بلدي. وفي المساء، "
        "تجمعت عشرات النساء في بلدة ترمانين المجاورة مطالبات بالإفراج عن أزواجهن وأبنائهن.",
        [E("arrest", Q("ما لا يقل عن 15", 15, None, True), PL("الدانا", "Al-Dana", "Idlib"), "2023-03-07", "مصادر محلية",
           HTS, note="the raids are the arrests' setting; the party is the charge, not an actor"),
         E("protest", Q("عشرات", 20, 90, True), PL("ترمانين", "Tarmanin", "Idlib"), "2023-03-07", None, PROT,
           note="«وفي المساء» keeps the day; a new sentence with no source: the outlet (a second coder could carry the "
                "local sources)")])

passage("uc19", "2023-08-30", "SOHR", "tribal fighters take a town from the SDF; the toll since Monday",
        "سيطر مسلحو العشائر العربية اليوم الأربعاء على بلدة ذيبان بريف دير الزور الشرقي بعد انسحاب قوات سوريا "
        "الديمقراطية منها، وفقاً لنشطاء المرصد السوري لحقوق الإنسان. وبذلك ترتفع حصيلة القتلى منذ اندلاع المواجهات "
        "فجر الاثنين إلى 54، بينهم 29 من «قسد» و18 من المسلحين المحليين وسبعة مدنيين، على امتداد ريف دير الزور الشرقي "
        "والشمالي.",
        [E("territory_change", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-08-30", "نشطاء المرصد السوري لحقوق الإنسان",
           TRIBES),
         E("casualties", Q("54", 54), PL("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside", "Deir ez-Zor", nth=1), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="a battle toll since Monday over two countrysides (gold the first named); both sides, no actor1; the "
                "sides' dead are a breakdown; «وبذلك» is the observatory's running count")])

passage("uc20", "2023-10-05", "Hawar", "Turkish drones on an oil station; Ankara named for another reason",
        "استهدفت طائرات مسيّرة تابعة لجيش الاحتلال التركي ظهر اليوم الخميس محطة عودة النفطية بالقرب من مدينة تربه "
        "سبيه في إقليم الجزيرة، ما أدى إلى استشهاد ثلاثة من عناصر قوى الأمن الداخلي وإلحاق أضرار جسيمة بالمحطة. ويأتي "
        "القصف بعد أيام من تهديدات أطلقها وزير الخارجية التركي عقب تفجير أنقرة، باستهداف البنى التحتية في المنطقة.",
        [E("airstrike", Q("ثلاثة", 3), PL("تربه سبيه", "Al-Qahtaniyah", "Al-Hasakah"), "2023-10-05", None, TUR,
           note="a station near the town: the town; Ankara is where a bombing happened earlier, the threats are "
                "background; «قوى الأمن الداخلي» here are the Asayish (the target)")])

passage("uc21", "2024-02-01", "SNHR", "a monthly report: civilians killed and arrests in January",
        "أصدرت الشبكة السورية لحقوق الإنسان اليوم الخميس حصيلتها لشهر كانون الثاني/يناير 2024، وقالت إنها سجلت مقتل "
        "87 مدنياً في عموم سوريا، بينهم 19 طفلاً وثماني سيدات، 21 منهم على يد قوات النظام. وأحصت الشبكة كذلك 204 حالات "
        "اعتقال تعسفي على الأقل خلال الشهر نفسه، بينها 11 طفلاً، تركز معظمها في ريف دمشق ودرعا.",
        [E("casualties", Q("87", 87), None, "2024-01", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a month's civilian toll for the country (dated by the month); the government's 21 and the children "
                "are a breakdown; several killers, no actor1"),
         E("arrest", Q("204", 204, None, True), None, "2024-01", "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate", note="the same report's month of arrests; the two governorates are a breakdown")])

passage("uc22", "2024-06-18", "Horan Free League", "an IED on a military intelligence car on a road near a town",
        "لقي أربعة عناصر من الأمن العسكري مصرعهم مساء أمس الاثنين، إثر تفجير عبوة ناسفة زُرعت على جانب الطريق بين "
        "مدينة نوى وبلدة الشيخ سعد، لحظة مرور سيارتهم قرب مدخل الشيخ سعد غربي درعا، وفق ما نقله تجمع أحرار حوران عن "
        "مصادر محلية. ولم تعلن أي جهة مسؤوليتها عن العملية.",
        [E("explosion", Q("أربعة", 4), PL("الشيخ سعد", "Al-Shaykh Saad", "Daraa", nth=1), "2024-06-17", "مصادر محلية", UNK,
           note="a road between two places, the spot near the second: that town; relayed: the local sources; "
                "unclaimed (actors.json's 'unclaimed': unidentified)")])

passage("uc23", "2024-11-28", "Syria TV", "the operations room takes villages west of Aleppo; Russian raids on a town",
        "واصلت فصائل المعارضة السورية المنضوية في «إدارة العمليات العسكرية» تقدمها لليوم الثاني ضمن معركة «ردع "
        "العدوان»، وسيطرت اليوم الخميس على 13 قرية وبلدة في ريف حلب الغربي، بينها قبتان الجبل وعنجارة والشيخ عقيل. "
        "في المقابل، قتل ستة مدنيين بغارات للطيران الحربي الروسي على مدينة سرمين شرقي إدلب، وفق الدفاع المدني.",
        [E("territory_change", None, PL("قبتان الجبل", "Qabtan al-Jabal", "Aleppo"), "2024-11-28",
           None, FSA,
           note="a list of villages for one advance: one group scored at the first; the 13 villages are a count of the "
                "wrong thing; the day ordinal is no count; the operations room named as the opposition factions "
                "(as sets 4-6; a second coder might say HTS); the room is the actor, not a source: the outlet"),
         E("airstrike", Q("ستة", 6), PL("سرمين", "Sarmin", "Idlib"), "2024-11-28", "الدفاع المدني", RUS)])

passage("uc24", "2024-12-03", "SANA", "old SANA's last days: an attack repelled north of Hama, joint raids",
        "قالت وزارة الدفاع في بيان إن وحدات من قواتنا المسلحة تصدت لهجوم عنيف شنته التنظيمات الإرهابية على محور بلدة "
        "قمحانة شمال مدينة حماة، وكبدتها خسائر فادحة بالأفراد والعتاد. وأضاف البيان أن الطيران الحربي السوري الروسي "
        "المشترك استهدف تجمعات الإرهابيين وخطوط إمدادهم في ريف حماة الشمالي، موقعاً العشرات منهم بين قتيل وجريح.",
        [E("armed_clash", None, PL("قمحانة", "Qamhana", "Hama"), "2024-12-03", "وزارة الدفاع", FSA,
           note="a repelled attack: the attacker is actor1 (the 2024 offensive's factions, named only as "
                "'terrorist organisations': judgement); no date word: published"),
         E("airstrike", None, PL("ريف حماة الشمالي", "Northern Hama countryside", "Hama"), "2024-12-03", "وزارة الدفاع",
           GOV, note="joint Syrian-Russian raids: the government named first; «العشرات … بين قتيل وجريح» mixes "
                     "killed and wounded: no figure (judgement)")])

passage("uc25", "2024-12-08", "Al Jazeera", "the operations room enters Damascus; Sednaya's prisoners freed",
        "أعلنت إدارة العمليات العسكرية فجر اليوم الأحد دخول قواتها العاصمة دمشق وانتهاء حقبة حكم بشار الأسد الذي "
        "غادر البلاد إلى جهة مجهولة، ودعت المقاتلين إلى الحفاظ على المؤسسات العامة. وفي ريف دمشق، كسرت الفصائل "
        "أبواب سجن صيدنايا وأفرجت عن آلاف المعتقلين، في مشاهد تناقلتها وسائل التواصل الاجتماعي.",
        [E("territory_change", None, PL("دمشق", "Damascus", "Damascus"), "2024-12-08", "إدارة العمليات العسكرية", FSA,
           note="the operations room as the opposition factions (as sets 4-6); the appeal to keep institutions is a "
                "call; Assad's departure is no event of its own here"),
         E("other", Q("آلاف", 2000, 9000, True), PL("صيدنايا", "Sednaya", "Rif Dimashq"), "2024-12-08", None, FSA,
           note="prisoners freed (other, as earlier sets); the prison named after the town: the town; the outlet")])

passage("uc26", "2025-01-16", "Syria TV", "a sweep for 'remnants' west of Homs; an ambush on the sweep",
        "قال مصدر في إدارة الأمن العام لتلفزيون سوريا إن حملة تمشيط انطلقت صباح اليوم الخميس في قرية خربة الحمام "
        "بريف تلكلخ غربي حمص، أسفرت عن اعتقال 23 مطلوباً من فلول النظام البائد ومصادرة أسلحة وذخائر. وأضاف المصدر أن ثلاثة "
        "من عناصر الأمن قتلوا في كمين نصبه مسلحون فارّون قرب قرية الحصرجية المجاورة خلال الحملة.",
        [E("arrest", Q("23", 23), PL("خربة الحمام", "Khirbat al-Hammam", "Homs"), "2025-01-16", "مصدر في إدارة الأمن العام", NEWGOV,
           note="Tal Kalakh's countryside is the bearing; the weapons are not the figure"),
         E("armed_clash", Q("ثلاثة", 3), PL("الحصرجية", "Al-Hasrajiyah", "Homs"), "2025-01-16",
           "مصدر في إدارة الأمن العام", LOYAL,
           note="an ambush on the sweep; 'gunmen on the run' during a sweep for remnants coded former regime "
                "loyalists (judgement: the text only implies it)")])

passage("uc27", "2025-03-07", "SANA", "new SANA: coordinated attacks on Jableh and the city retaken",
        "قال مدير إدارة الأمن العام في محافظة اللاذقية في تصريح لسانا إن قواتنا استعادت السيطرة على مدينة جبلة "
        "ومحيطها صباح اليوم الجمعة، بعد هجمات منسقة شنتها مجموعات من فلول النظام البائد أمس الخميس على حواجز "
        "ونقاط أمنية في المدينة وريفها، وأسفرت عن استشهاد 16 من عناصر الأمن العام والجيش.",
        [E("territory_change", None, PL("جبلة", "Jableh", "Latakia"), "2025-03-07",
           "مدير إدارة الأمن العام في محافظة اللاذقية", NEWGOV),
         E("armed_clash", Q("16", 16), PL("جبلة", "Jableh", "Latakia"), "2025-03-06",
           "مدير إدارة الأمن العام في محافظة اللاذقية", LOYAL,
           note="the attack yesterday with its dead, its own day; «المدينة وريفها»: the city")])

passage("uc28", "2025-04-22", "SANA", "new SANA: an Israeli incursion with shepherds detained",
        "القنيطرة-سانا: اقتحمت قوة من جيش الاحتلال الإسرائيلي، تضم ست آليات عسكرية، صباح اليوم قرية الرفيد جنوبي "
        "محافظة القنيطرة، وفتشت بيوت الأهالي، واقتادت أربعة رعاة من أبناء القرية إلى جهة مجهولة، قبل انسحابها نحو "
        "خط وقف إطلاق النار، حسبما ذكر مراسل سانا. وباتت هذه الاقتحامات شبه يومية في أرياف القنيطرة ودرعا.",
        [E("arrest", Q("أربعة", 4), PL("الرفيد", "Al-Rafid", "Quneitra"), "2025-04-22", "مراسل سانا", ISR,
           note="the incursion is the arrest's setting (as set 18's b24); the vehicles are not the figure; the "
                "ceasefire line is where they withdrew; the near-daily incursions are a habit")])

passage("uc29", "2025-05-30", "UN News", "UNHCR's count of returns since the fall",
        "أفادت مفوضية الأمم المتحدة لشؤون اللاجئين بأن عدد اللاجئين السوريين العائدين من البلدان المجاورة تجاوز 500 "
        "ألف شخص منذ الإطاحة بالنظام السابق في الثامن من كانون الأول/ديسمبر الماضي، في حين عاد قرابة 1.2 مليون نازح "
        "داخلي إلى قراهم وبلداتهم. ورجّحت المفوضية عودة مليون لاجئ آخر حتى نهاية العام في حال توفر التمويل.",
        [E("other", Q("500 ألف", 500000, None, True), None, None, "مفوضية الأمم المتحدة لشؤون اللاجئين", None,
           kind="aggregate", note="returns from abroad since 8 December: an aggregate; the bound is a verb "
                                  "(«تجاوز»), outside the span; the neighbouring countries are where they came from"),
         E("other", Q("قرابة 1.2 مليون", 1200000, approx=True), None, None, "مفوضية الأمم المتحدة لشؤون اللاجئين", None,
           kind="aggregate", note="internal returns over the same period; the million expected is a future")])

passage("uc30", "2025-07-15", "Suwayda 24", "government forces enter Sweida; Israeli raids on tanks; the toll since Sunday",
        "دخلت قوات وزارتي الدفاع والداخلية مدينة السويداء صباح اليوم الثلاثاء بعد اشتباكات مع مسلحين محليين على "
        "مداخلها، في حين استهدفت طائرات إسرائيلية دبابات وآليات للقوات الحكومية قرب قرية ولغا. وقالت شبكة السويداء 24 "
        "إن حصيلة القتلى منذ صباح الأحد بلغت 203 على الأقل في ريف السويداء الغربي والمدينة.",
        [E("territory_change", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-15", None, NEWGOV,
           note="the clashes at the entrances are the taking's battle, not a second event; the outlet's own line"),
         E("airstrike", None, PL("ولغا", "Walgha", "As-Suwayda"), "2025-07-15", None, ISR,
           note="«في حين» keeps the day; tanks struck, no figure"),
         E("casualties", Q("203", 203, None, True), PL("ريف السويداء الغربي", "Western Suwayda countryside", "As-Suwayda"),
           None, "شبكة السويداء 24", None, kind="aggregate",
           note="a toll since Sunday (the hedge follows the noun: low 203); the countryside first named")])

passage("uc31", "2025-08-12", "Al Arabiya", "CENTCOM: a raid with the new government kills an IS official",
        "أعلنت القيادة المركزية الأمريكية (سنتكوم) أن قواتها نفذت بالتنسيق مع الحكومة السورية عملية إنزال جوي فجر "
        "اليوم الثلاثاء في بلدة أطمة بريف إدلب الشمالي، قُتل خلالها ثلاثة من عناصر تنظيم داعش بينهم قيادي بارز. وأضاف "
        "البيان أن العملية تأتي ضمن جهود منع التنظيم من إعادة بناء قدراته.",
        [E("armed_clash", Q("ثلاثة", 3), PL("أطمة", "Atmeh", "Idlib"), "2025-08-12", "القيادة المركزية الأمريكية", USF,
           note="a raid that kills: armed_clash (judgement; ACLED might code an attack); US forces first named, the "
                "government coordinated; the leader is one of the three; the aim is no event")])

passage("uc32", "2025-09-17", "Enab Baladi", "teachers' stand in Idlib city over pay",
        "نظّم مئات المعلمين وقفة احتجاجية أمام مبنى مديرية التربية في مدينة إدلب اليوم الأربعاء، مطالبين بتثبيتهم "
        "على ملاك الوزارة ورفع رواتبهم التي لا تتجاوز 120 دولاراً شهرياً، ورفعوا لافتات كتب عليها «المعلم ليس متطوعاً». "
        "وقال أحد المشاركين لعنب بلدي إن الوقفة ستتكرر كل أسبوع حتى تلبية المطالب.",
        [E("protest", Q("مئات", 200, 900, True), PL("إدلب", "Idlib", "Idlib"), "2025-09-17", None, PROT,
           note="the directorate is in the city: the city; the salary is money, not a count; weekly repetition is a "
                "future/habit")])

passage("uc33", "2025-10-06", "Deir ez-Zor 24", "gunmen believed to be IS on a checkpoint in Mayadin",
        "هاجم مسلحون يُعتقد أنهم من خلايا تنظيم داعش، ليل أمس، حاجزاً لقوى الأمن الداخلي عند المدخل الشمالي لمدينة "
        "الميادين شرقي دير الزور، ما أدى إلى مقتل ثلاثة عناصر وإصابة اثنين آخرين، قبل أن يلوذ المهاجمون بالفرار نحو "
        "البادية، بحسب مصادر محلية لموقع دير الزور 24.",
        [E("armed_clash", Q("ثلاثة", 3), PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2025-10-05", "مصادر محلية", IS,
           note="a hedged perpetrator coded as named (judgement; unidentified is defensible); «قوى الأمن الداخلي» in "
                "Mayadin in 2025 are the interior ministry's; the desert is where they fled")])

passage("uc34", "2025-11-03", "Syrian civil defence", "a mass grave found near a former checkpoint",
        "أعلن الدفاع المدني السوري أن فرقه انتشلت يوم أمس الأحد رفات 31 شخصاً من مقبرة جماعية اكتُشفت بالقرب من "
        "حاجز سابق للفرقة الرابعة على أطراف بلدة الديماس في ريف دمشق، إثر إبلاغ راعٍ عنها. وسُلّمت الرفات إلى الطب "
        "الشرعي في العاصمة كي يجري التعرف على هويات الضحايا.",
        [E("other", Q("31", 31), PL("الديماس", "Al-Dimas", "Rif Dimashq"), "2025-11-02", "الدفاع المدني السوري", None,
           note="bodies found (other, as earlier sets); the Fourth Division names a former checkpoint; the capital is where "
                "the remains went; the deaths themselves are undated")])

passage("uc35", "2019-09-15", "Enab Baladi", "an amnesty decree for deserters and draft evaders",
        "أصدر الرئيس بشار الأسد اليوم الأحد مرسوماً تشريعياً يمنح عفواً عاماً عن جرائم الفرار الداخلي والخارجي التي "
        "ارتكبت قبل صدوره، شرط أن يسلم الفارّون المتوارون أنفسهم خلال مدة أقصاها ثلاثة أشهر إذا كانوا داخل البلاد، "
        "وستة أشهر لمن هم خارجها. ويشمل العفو كذلك عقوبات جنح ومخالفات أخرى، بحسب ما نقلت صحيفة الوطن المحلية عن وزارة العدل.",
        [E("desertion", None, None, "2019-09-15", None, GOV,
           note="an amnesty decree for deserters (desertion, as news_dev); the months are terms; no place; the "
                "ministry relayed by the paper glosses the scope, the decree's issue is the outlet's (as set 18's b27)")])

passage("uc36", "2018-04-12", "SANA", "old SANA: the last buses leave Douma",
        "ريف دمشق-سانا: خرجت مساء أمس الأربعاء 85 حافلة تقل 4 آلاف و200 من الإرهابيين وعائلاتهم من مدينة دوما عبر "
        "ممر مخيم الوافدين باتجاه جرابلس، تمهيداً لإعلان المدينة خالية من الإرهاب، بحسب مراسل سانا. وأشار المراسل "
        "إلى أن وحدات من قوى الأمن الداخلي ستدخل دوما خلال الساعات القادمة.",
        [E("other", Q("4 آلاف و200", 4200), PL("دوما", "Douma", "Rif Dimashq"), "2018-04-11", "مراسل سانا", None,
           note="an evacuation; the buses are not the figure; the camp's corridor is the route, Jarablus the "
                "destination; the police entry is a future")])


if __name__ == "__main__":
    write("gold34.jsonl", P34)
