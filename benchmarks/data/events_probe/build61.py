"""Build gold61.jsonl: HELD-OUT set 61 (ids he01…), written in stop 31 by helper w61 BEFORE any run on it.

LONGER page-shaped reports: 30 passages of 4-7 sentences (80-150 words), years 2011-2025: a headline line or a
dateline, a lead, details, a source's telling, sometimes the other side's telling, a toll raised later, anaphors
(«الغارة», «الهجوم», «العملية», «الدورية») carrying the place or the figure, background and recalls, and glued
«اقرأ أيضاً» headlines of other articles at the end. The wording was read in real Arabic reporting (the search
tool's `pages` corpus: SOHR via AFP, SANA old and new, Anadolu, Enab Baladi, Syria TV, Step, North Press, Hawar,
Halab Today, Daraa 24, Suwayda 24, SNHR, Zaman al-Wasl, Al Jazeera, Al Arabiya, Asharq Al-Awsat, Al-Hayat, Reuters,
RT and others), never copied; people, figures and dates are invented or varied, the towns are real (one village,
he21's, is invented). Gold follows the events_probe README's conventions (stops 28 and 30). Held out: read by
nobody but its writer and the lead. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build61.py      # rewrites gold61.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P61: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P61.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


GLUED = "the glued «اقرأ أيضاً» headline is another article's: no event"

passage("he01", "2012-07-19", "Al Arabiya", "headline with a different figure, spokesman next sentence, running total, glued headline",
        "انشقاق عميد ركن و12 عسكرياً عن جيش النظام في ريف حمص\n"
        "أعلن 13 عسكرياً، بينهم العميد الركن سليمان الخطيب، انشقاقهم عن القوات النظامية أمس الأربعاء في منطقة الحولة "
        "التابعة لريف حمص الشمالي، وانضمامهم إلى كتائب الجيش الحر العاملة في المنطقة. وقال النقيب أيمن العبدالله، المتحدث "
        "باسم المجلس العسكري في حمص، لـ«العربية.نت» إن المنشقين خرجوا من مواقعهم قرب بلدة تلدو ومعهم أسلحتهم الفردية "
        "وعربة مدرعة. ولم يصدر أي تعليق من الجانب الرسمي السوري على الخبر. وبانشقاق الخطيب يرتفع إلى 34 عدد الضباط "
        "برتبة عميد الذين أعلنوا انشقاقهم منذ بدء الاحتجاجات في آذار 2011، بحسب إحصاء المجلس.\n"
        "اقرأ أيضاً: ناشطون: قصف عنيف يطال أحياء حمص القديمة",
        [E("defection", Q("13", 13), PL("تلدو", "Taldou", "Homs"), "2012-07-18",
           "المتحدث باسم المجلس العسكري في حمص", GOV,
           note="the headline's «عميد ركن و12» and the body's 13 are one act; figure 13 (the body's total). Place: "
                "they left positions near Taldou, finer than the Houla region (a coder could keep «الحولة»). The "
                "spokesman's next sentence comes back to the same defection, so it is the source. " + GLUED),
         E("defection", Q("34", 34), None, None, "المجلس العسكري في حمص", GOV, kind="aggregate",
           note="running total of defected brigadiers since March 2011: an aggregate with no place")])

passage("he02", "2013-04-14", "Al Jazeera", "barrels, first toll and raised toll, reporter carries over, second incident, glued headline",
        "براميل متفجرة على حي الشيخ مقصود بحلب وارتفاع عدد القتلى إلى 21\n"
        "ألقت مروحيات النظام السوري صباح اليوم الأحد أربعة براميل متفجرة على حي الشيخ مقصود في مدينة حلب، ما أدى إلى "
        "مقتل تسعة أشخاص في حصيلة أولية وانهيار مبنى سكني من طوابق عدة. وقال مراسل الجزيرة في حلب إن فرق الإنقاذ "
        "واصلت رفع الأنقاض حتى ساعات المساء، وإن عدد قتلى القصف ارتفع إلى 21 بينهم ستة أطفال، فيما نُقل عشرات الجرحى "
        "إلى مشاف ميدانية في الأحياء المجاورة. وفي ريف إدلب، تجددت الاشتباكات بين كتائب المعارضة وقوات النظام في محيط "
        "معسكر وادي الضيف قرب معرة النعمان، وسط قصف مدفعي متبادل.\n"
        "اقرأ أيضاً: الائتلاف الوطني يدعو إلى تسليح الجيش الحر",
        [E("airstrike", Q("21", 21, nth=1), PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo", nth=1), "2013-04-14",
           "مراسل الجزيرة", GOV,
           note="first toll nine, raised to 21 a sentence later: one event, the latest toll; the reporter's next "
                "sentence comes back to the same strike. The barrels (four) are not the figure: the dead are. " + GLUED),
         E("armed_clash", None, PL("معسكر وادي الضيف", "Wadi al-Deif camp", "Idlib"), "2014-04-14"[:0] + "2013-04-14",
           "مراسل الجزيرة", FSA,
           note="the camp is a named military site, the place (Maarat al-Numan is its bearing); the exchanged "
                "shelling is part of the clash. Source: the outlet's reporter files the whole story (README), so "
                "his report carries over; a coder could leave it to the outlet")])

passage("he03", "2014-04-02", "SANA", "SANA dateline, taking told by a military source next sentence, second act elsewhere",
        "وحدات من الجيش تعيد الأمن والاستقرار إلى بلدة فليطة في القلمون\n"
        "ريف دمشق-سانا\n"
        "أعادت وحدات من جيشنا الباسل اليوم الأمن والاستقرار إلى بلدة فليطة في منطقة القلمون بريف دمشق بعد أن قضت على "
        "آخر تجمعات الإرهابيين فيها. وأفاد مصدر عسكري بأن العملية أسفرت عن مقتل وإصابة أعداد كبيرة من الإرهابيين، "
        "بينهم متزعمون مما يسمى «جبهة النصرة»، وتدمير أسلحتهم وذخيرتهم، مشيراً إلى أن وحدات الهندسة باشرت تفكيك "
        "العبوات الناسفة التي زرعها الإرهابيون في شوارع البلدة. وفي جرود رنكوس، استهدفت وحدة من الجيش بالمدفعية "
        "أوكاراً للإرهابيين وأوقعت 14 قتيلاً في صفوفهم، بينهم عدد من جنسيات غير سورية. وتعد البلدة من آخر "
        "معاقل المجموعات الإرهابية في القلمون الغربي.",
        [E("territory_change", None, PL("فليطة", "Flitah", "Rif Dimashq", nth=1), "2014-04-02", "مصدر عسكري", GOV,
           note="headline and lead are one taking; «العملية» in the next sentence carries it back to the military "
                "source; «أعداد كبيرة» is no figure"),
         E("shelling", Q("14", 14), PL("جرود رنكوس", "Rankous barrens", "Rif Dimashq"), "2014-04-02", None, GOV,
           note="another place and another kind of act after the sourced report: the outlet is the source")])

passage("he04", "2015-06-28", "AFP", "wire dateline, execution, SOHR and its director, strikes counted, background state",
        "«داعش» يعدم 14 شخصاً في تدمر بتهمة التعامل مع النظام\n"
        "بيروت (أ ف ب) - أعدم تنظيم الدولة الإسلامية 14 رجلاً أمس السبت في ساحة عامة وسط مدينة تدمر الأثرية في ريف حمص "
        "الشرقي، بتهمة «التخابر مع النظام النصيري»، وفق ما أورده المرصد السوري لحقوق الإنسان. وقال مدير المرصد رامي "
        "عبد الرحمن لوكالة فرانس برس إن عناصر التنظيم جمعوا السكان لمشاهدة عملية الإعدام، وإن بين القتلى ثلاثة فتيان. "
        "وأضاف المرصد أن الطيران الحربي السوري شن في اليوم نفسه ست غارات على أطراف المدينة دون ورود معلومات عن ضحايا. "
        "ويسيطر التنظيم على تدمر منذ أيار الماضي، حين انسحبت منها قوات النظام بعد معارك دامت تسعة أيام.",
        [E("casualties", Q("14", 14, nth=1), PL("تدمر", "Palmyra", "Homs", nth=1), "2015-06-27",
           "المرصد السوري لحقوق الإنسان", IS,
           note="an execution is casualties (README); the square is placed at its town; the boys are a breakdown"),
         E("airstrike", Q("ست", 6), PL("تدمر", "Palmyra", "Homs", nth=1), "2015-06-27",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="no dead, so the strikes are the figure; «في اليوم نفسه» dates it to the execution's day. The "
                "control since May is a state and the withdrawal a recap with no day: no event")])

passage("he05", "2016-02-16", "Enab Baladi", "raised toll in the lead, first toll recalled, denial, aggregate, glued headline",
        "ارتفاع حصيلة قتلى القصف على مشفى معرة النعمان إلى 25\n"
        "ارتفع عدد ضحايا الغارات التي استهدفت مشفى ميدانياً تدعمه منظمة «أطباء بلا حدود» في مدينة معرة النعمان بريف "
        "إدلب الجنوبي، أمس الاثنين، إلى 25 قتيلاً بينهم ثمانية من الكادر الطبي، بعد انتشال جثث من تحت الأنقاض صباح "
        "اليوم. وقال مراسل عنب بلدي في إدلب إن طائرات حربية يُرجح أنها روسية نفذت أربع غارات متتالية على المبنى ودمرته "
        "بشكل شبه كامل، وكانت الحصيلة الأولى قد بلغت 11 قتيلاً. في المقابل، نفت وزارة الدفاع الروسية أن تكون طائراتها "
        "قد حلقت فوق المنطقة، واتهمت «التحالف الدولي» بالمسؤولية عن الغارات. وتعرضت سبعة مشاف في ريفي إدلب وحلب "
        "لقصف جوي منذ مطلع الشهر الجاري، بحسب مديرية صحة إدلب الحرة.\n"
        "اقرأ أيضاً: «أطباء بلا حدود» تعلّق عملها في ريف إدلب الجنوبي",
        [E("airstrike", Q("25", 25, nth=1), PL("معرة النعمان", "Maarat al-Numan", "Idlib", nth=1), "2016-02-15",
           "مراسل عنب بلدي", None,
           note="one strike told three times (headline, raised toll, first toll 11): figure the latest toll; an "
                "unnamed hospital is placed at its town; «يُرجح أنها روسية» is hedged, so no agent (as set 1 p07); "
                "the Russian denial is about the same strike, no event. " + GLUED),
         E("airstrike", Q("سبعة", 7), None, "2016-02", "مديرية صحة إدلب الحرة", None, kind="aggregate",
           note="hospitals struck since the start of the month over two governorates: an aggregate with no single "
                "place (it includes the strike above); a coder could leave it out")])

passage("he06", "2017-04-19", "Reuters", "wire dateline, evacuation, destination trap, recalled deal with its own day, future",
        "حمص (رويترز) - غادرت الدفعة الخامسة من مقاتلي المعارضة وعائلاتهم حي الوعر، آخر معاقل المعارضة في مدينة حمص، "
        "اليوم الأربعاء متجهة إلى منطقة جرابلس قرب الحدود التركية، بموجب اتفاق إجلاء رعته روسيا. وقال محافظ حمص "
        "للصحفيين إن نحو 1900 شخص بينهم 400 مسلح استقلوا 45 حافلة، مضيفاً أن الدفعة الأخيرة ستغادر خلال أيام ليعود "
        "الحي بعدها إلى «سيطرة الدولة». وكان الاتفاق قد أُبرم في 13 آذار الماضي بين ممثلين عن الحي والحكومة السورية "
        "بحضور ضباط روس. ويقول معارضون إن هذه الاتفاقات ترقى إلى تهجير قسري لسكان المناطق المحاصرة.",
        [E("other", Q("نحو 1900", 1900, approx=True), PL("الوعر", "Al-Waer", "Homs"), "2017-04-19", "محافظ حمص", None,
           note="an evacuation is `other`; the place is the quarter left, never the destination Jarabulus; the "
                "fighters (400) are a breakdown and the buses are not the figure; the last batch is a future"),
         E("agreement", None, PL("الوعر", "Al-Waer", "Homs"), "2017-03-13", None, GOV,
           note="the deal recalled with its own day («وكان … قد»): an event of its own, the outlet as source; a "
                "coder could treat it as background")])

passage("he07", "2018-02-22", "Syria TV", "strike with toll, civil defence next sentence, shelling with origin of fire, UN displacement figure",
        "الغوطة الشرقية: 18 قتيلاً بغارات على دوما ونزوح الآلاف نحو الملاجئ\n"
        "قُتل 18 مدنياً، بينهم سبعة أطفال، وجُرح أكثر من 60 آخرين، اليوم الخميس، جراء غارات جوية شنتها طائرات حربية "
        "روسية وأخرى تابعة لنظام الأسد على الأحياء السكنية في مدينة دوما بالغوطة الشرقية. وذكر الدفاع المدني في ريف "
        "دمشق أن الغارات تركزت على محيط السوق الرئيسي، وأن فرقه لم تتمكن من الوصول إلى بعض المواقع بسبب استمرار "
        "التحليق. وفي بلدة حمورية، قُتل أربعة أشخاص بقذائف صاروخية أطلقتها قوات النظام من مواقعها في إدارة المركبات "
        "بحرستا. وبحسب مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة، فإن ما لا يقل عن 20 ألف شخص نزحوا داخل الغوطة "
        "خلال الأيام الخمسة الماضية.",
        [E("airstrike", Q("18", 18, nth=1), PL("دوما", "Douma", "Rif Dimashq", nth=1), "2018-02-22",
           "الدفاع المدني في ريف دمشق", RUS,
           note="joint Russian and regime raids: one event, agent the first named (a coder could name the regime); "
                "the wounded are not the figure; the civil defence's next sentence comes back to the same raids"),
         E("shelling", Q("أربعة", 4), PL("حمورية", "Hamouriyah", "Rif Dimashq"), "2018-02-22", None, GOV,
           note="the place is where the shells fell, never where they were fired from (the vehicles base in "
                "Harasta); another place after the sourced report: the outlet"),
         E("other", Q("ما لا يقل عن 20 ألف", 20000, None, approx=True), PL("الغوطة", "Eastern Ghouta", "Rif Dimashq", nth=2),
           None, "مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة", None, kind="aggregate",
           note="displacement over five days inside the Ghouta: an aggregate")])

passage("he08", "2019-05-13", "Daraa 24", "local outlet headline, arrest with settlement holders, reporter, separate killing, habit",
        "درعا 24: اعتقال سبعة شبان في الحراك واغتيال عنصر سابق في الفصائل بطفس\n"
        "اعتقلت دورية تابعة لفرع المخابرات الجوية، مساء أمس الأحد، سبعة شبان من أبناء مدينة الحراك في ريف درعا الشرقي، "
        "بينهم اثنان يحملان بطاقات تسوية، واقتادتهم إلى جهة مجهولة. وقال مراسل درعا 24 إن الدورية داهمت عدة منازل في "
        "الحي الشمالي للمدينة قبل أن تنسحب باتجاه حاجز على أطرافها. وفي سياق منفصل، قُتل الشاب أحمد الزامل، وهو مقاتل "
        "سابق في فصائل المعارضة، برصاص مسلحين مجهولين يستقلون دراجة نارية على الطريق بين طفس والمزيريب، اليوم الاثنين. "
        "وتشهد المحافظة عمليات اغتيال شبه يومية منذ سيطرة النظام عليها في صيف 2018.",
        [E("arrest", Q("سبعة", 7, nth=1), PL("الحراك", "Al-Harak", "Daraa", nth=1), "2019-05-12", "مراسل درعا 24", GOV,
           note="«الدورية» in the reporter's sentence carries the arrest back to him; the two settlement holders are "
                "a breakdown"),
         E("armed_clash", None, PL("طفس", "Tafas", "Daraa", nth=1), "2019-05-13", "مراسل درعا 24", UNK,
           note="a killing by unidentified gunmen is an armed clash (README); a road between two places takes the "
                "first; singular victim, no figure; the reporter carries over. The daily assassinations are a habit")])

passage("he09", "2019-11-25", "North Press", "dateline, list of villages shelled, origin of fire, drone strike, state",
        "تل تمر – نورث برس\n"
        "قصفت القوات التركية وفصائل المعارضة الموالية لها، اليوم الاثنين، قرى أم الكيف والدردارة وتل شنان في ريف بلدة "
        "تل تمر شمال الحسكة، بنحو 40 قذيفة مدفعية وهاون. وقال مصدر في مجلس تل تمر العسكري لنورث برس إن القذائف أُطلقت "
        "من قاعدة تركية في قرية الداوودية بريف رأس العين، وألحقت أضراراً بمنازل السكان ومحطة الكهرباء. وفي وقت لاحق، "
        "قُتل عنصران من قوات سوريا الديمقراطية وأصيب ثالث بضربة مسيّرة تركية استهدفت سيارتهم قرب قرية تل حرمل، بحسب "
        "مصادر محلية. ومنذ سيطرة تركيا على رأس العين الشهر الماضي تتعرض قرى المنطقة لقصف شبه يومي.",
        [E("shelling", Q("نحو 40", 40, approx=True), PL("أم الكيف", "Umm al-Kayf", "Al-Hasakah"), "2019-11-25",
           "مصدر في مجلس تل تمر العسكري", TUR,
           note="one act on a list of three villages (a group, first place); no dead, so the shells are the figure; "
                "the Turkish base at al-Dawudiyah is where fire came from, not the place"),
         E("airstrike", None, PL("تل حرمل", "Tall Harmal", "Al-Hasakah"), "2019-11-25", "مصادر محلية", TUR,
           note="a dual («عنصران») is no figure; the taking of Ras al-Ain last month is a recap with no day and the "
                "near-daily shelling a habit: no events")])

passage("he10", "2019-09-02", "Halab Today", "SNHR monthly report, breakdowns, second aggregate, call, glued headline",
        "الشبكة السورية: 223 مدنياً قتلوا في سوريا خلال آب\n"
        "وثقت الشبكة السورية لحقوق الإنسان مقتل 223 مدنياً في سوريا خلال شهر آب الماضي، بينهم 57 طفلاً و31 سيدة، مشيرة "
        "إلى أن قوات النظام والقوات الروسية تتحملان المسؤولية عن مقتل 162 منهم. وقالت الشبكة في تقريرها الشهري الصادر "
        "اليوم الاثنين إن محافظة إدلب تصدرت بقية المحافظات بنحو 60% من الضحايا، تلتها حماة ثم حلب. ووثق التقرير كذلك "
        "ما لا يقل عن 174 حالة اعتقال تعسفي خلال الشهر ذاته، معظمها على يد الأجهزة الأمنية التابعة للنظام في محافظتي "
        "درعا وريف دمشق. ودعت الشبكة مجلس الأمن إلى التحرك لحماية المدنيين في شمال غرب سوريا.\n"
        "اقرأ أيضاً: مقتل ثلاثة مدنيين بقصف مدفعي على ريف إدلب الجنوبي",
        [E("casualties", Q("223", 223, nth=1), None, "2019-08", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a monthly national toll; children, women, perpetrators and the 60% are breakdowns, not events. "
                + GLUED + " (it has no day)"),
         E("arrest", Q("ما لا يقل عن 174", 174, None, approx=True), None, "2019-08", "الشبكة السورية لحقوق الإنسان",
           None, kind="aggregate",
           note="arrests of the month over two governorates: no single place; «معظمها» the regime's, so no agent; "
                "the call on the Security Council is no event")])

passage("he11", "2020-02-11", "Anadolu Agency", "ministry statement, retaliation with a claimed toll, reinforcements, recap without a day",
        "أنقرة/ الأناضول\n"
        "أعلنت وزارة الدفاع التركية مقتل خمسة من جنودها وإصابة خمسة آخرين، أمس الاثنين، جراء قصف مدفعي لقوات النظام "
        "السوري استهدف نقطة تمركز تركية في بلدة تفتناز بريف إدلب الشرقي. وأضافت الوزارة في بيان أن الوحدات التركية ردت "
        "فوراً على مصادر النيران، واستهدفت 115 هدفاً للنظام، ما أسفر عن تحييد 101 عنصر وتدمير ثلاث دبابات. وأفاد مراسل "
        "الأناضول بأن تعزيزات عسكرية تركية جديدة دخلت اليوم من معبر كفرلوسين باتجاه نقاط المراقبة في إدلب، تضم نحو 150 "
        "آلية. ويأتي الهجوم بعد مقتل ثمانية عسكريين أتراك بقصف مماثل في محيط سراقب مطلع الشهر الجاري.",
        [E("shelling", Q("خمسة", 5), PL("تفتناز", "Taftanaz", "Idlib"), "2020-02-10", "وزارة الدفاع التركية", GOV,
           note="the dead are the figure (the first «خمسة»), never the wounded"),
         E("shelling", Q("101", 101), None, "2020-02-10", "وزارة الدفاع التركية", TUR,
           note="the retaliation is a second act by another side; «تحييد» read as the claimed toll (a coder could "
                "take the 115 targets or no figure); the text gives no place for it"),
         E("reinforcement", Q("نحو 150", 150, approx=True), PL("معبر كفرلوسين", "Kafr Lusin crossing", "Idlib"),
           "2020-02-11", "مراسل الأناضول", TUR,
           note="vehicles are the reinforcement's own count; placed at the crossing where the column was seen "
                "entering (a coder could take Idlib, its destination). The Saraqib deaths are a recap with no day "
                "(«مطلع الشهر»): no event")])

passage("he12", "2021-07-28", "Asharq Al-Awsat", "NEGATIVE: a siege as a state, demands, a threat, a call, an estimate of residents",
        "درعا البلد: تعثر المفاوضات واستمرار الحصار لليوم الخامس والثلاثين\n"
        "لا تزال قوات النظام تفرض حصاراً على أحياء درعا البلد لليوم الخامس والثلاثين على التوالي، وسط نقص حاد في "
        "الطحين والأدوية، بحسب ما قاله عضو في اللجنة المركزية للتفاوض لـ«الشرق الأوسط». وأوضح أن الجانب الروسي طالب "
        "خلال جولة التفاوض الأخيرة بتسليم السلاح الخفيف وإقامة نقاط عسكرية داخل الأحياء، وهو ما رفضه الأهالي «جملة "
        "وتفصيلاً». وتهدد الفرقة الرابعة باقتحام المنطقة إذا لم تُنفذ المطالب خلال أيام، فيما دعا وجهاء حوران إلى تحييد "
        "المدنيين وفتح ممر إنساني. ويقطن في درعا البلد نحو 11 ألف عائلة، وفق تقديرات محلية.",
        [])

passage("he13", "2022-08-17", "Step News", "dateline, IED under a commander's car, hedged accusation, separate shooting in a quarter",
        "الباب – ستيب\n"
        "قُتل قيادي في فصيل «فرقة الحمزة» التابع للجيش الوطني السوري وأصيب مرافقه، صباح اليوم الأربعاء، إثر انفجار عبوة "
        "ناسفة زُرعت في سيارته قرب دوار السنتر في مدينة الباب شرقي حلب. وأفاد مراسل وكالة ستيب الإخبارية بأن الانفجار "
        "وقع أثناء توجه القيادي إلى مقر الفصيل، وأن فرق الدفاع المدني أخمدت حريقاً اندلع في المكان. ولم تتبنَّ أي جهة "
        "العملية حتى ساعة إعداد الخبر، فيما اتهمت الشرطة العسكرية خلايا تابعة لـ«قسد» بالوقوف خلفها. وفي مدينة عفرين، "
        "أطلق مسلحون مجهولون النار على شاب من أهالي المدينة أثناء عودته إلى منزله في حي الأشرفية، ما أدى إلى مقتله على "
        "الفور.",
        [E("explosion", None, PL("الباب", "Al-Bab", "Aleppo", nth=1), "2022-08-17", "مراسل وكالة ستيب الإخبارية", UNK,
           note="a roundabout is placed at its town; one dead (singular), no figure; unclaimed, the SDF only accused "
                "by the military police: unidentified perpetrator (a coder could name the SDF or none)"),
         E("armed_clash", None, PL("الأشرفية", "Al-Ashrafiyah (Afrin)", "Aleppo"), "2022-08-17",
           "مراسل وكالة ستيب الإخبارية", UNK,
           note="a killing by unidentified gunmen is an armed clash; the quarter is finer than Afrin; the outlet's "
                "reporter carries over (a coder could leave it to the outlet)")])

passage("he14", "2023-09-08", "Syria TV", "Friday protest at a square, local network as source, two more protests elsewhere, no-day background",
        "آلاف المحتجين في ساحة الكرامة بالسويداء في جمعة جديدة من الحراك\n"
        "احتشد آلاف المحتجين في ساحة الكرامة وسط مدينة السويداء، اليوم الجمعة، في مظاهرة مركزية شاركت فيها وفود من قرى "
        "المحافظة وبلداتها، وطالبوا برحيل رأس النظام وتطبيق القرار الأممي 2254. وقالت شبكة «السويداء 24» إن أعداد "
        "المشاركين فاقت أعداد الجمعة الماضية، مشيرة إلى أن المحتجين رفعوا الرايات الخمسية ولافتات تطالب بالإفراج عن "
        "المعتقلين. وفي مدينة شهبا، أغلق محتجون مقر حزب البعث بالجنازير، كما نظم العشرات وقفة احتجاجية في بلدة القريا. "
        "ويدخل الحراك الشعبي في المحافظة أسبوعه الرابع، بعد أن اندلع احتجاجاً على رفع أسعار المحروقات.",
        [E("protest", Q("آلاف", 2000, 9000, approx=True, nth=1), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1),
           "2023-09-08", "السويداء 24", PROT,
           note="the square is placed at its city; the network's next sentence comes back to the same crowd"),
         E("protest", None, PL("شهبا", "Shahba", "As-Suwayda"), "2023-09-08", "السويداء 24", PROT,
           note="a protest of the kind the report told, in another town: the network's report carries on (a coder "
                "could leave it to the outlet)"),
         E("protest", Q("العشرات", 20, 90, approx=True), PL("القريا", "Al-Qurayya", "As-Suwayda"), "2023-09-08",
           "السويداء 24", PROT,
           note="a second act in a third town (a vigil, not the Shahba closure): its own event; the movement's "
                "fourth week is background with no day")])

passage("he15", "2024-11-28", "Asharq Al-Awsat", "2024 offensive: list of villages taken, SOHR toll with both sides, strikes elsewhere, aim, glued headline",
        "«ردع العدوان»: فصائل المعارضة تسيطر على قرى في ريف حلب الغربي\n"
        "سيطرت فصائل مسلحة تقودها «هيئة تحرير الشام»، أمس الأربعاء، على بلدات وقرى عدة في ريف حلب الغربي، أبرزها قبتان "
        "الجبل والشيخ عقيل وعنجارة، في هجوم مفاجئ هو الأوسع منذ أعوام على مواقع القوات الحكومية. وقال المرصد السوري "
        "لحقوق الإنسان إن المعارك أسفرت عن مقتل 37 مقاتلاً من الطرفين، هم 21 من قوات النظام و16 من الفصائل المهاجمة. "
        "وشنّ الطيران الحربي الروسي والسوري غارات على مدينة الأتارب وبلدة دارة عزة، قُتل فيها أربعة مدنيين بحسب الدفاع "
        "المدني السوري. وأعلنت «إدارة العمليات العسكرية» أن هدف العملية «إبعاد مصادر النيران عن المناطق المحررة».\n"
        "اقرأ أيضاً: تركيا تدعو إلى وقف التصعيد في شمال غربي سوريا",
        [E("territory_change", Q("37", 37), PL("قبتان الجبل", "Qabtan al-Jabal", "Aleppo"), "2024-11-27",
           "المرصد السوري لحقوق الإنسان", HTS,
           note="one act over a list of villages (a group, first place); the battle's dead of both sides (37 = 21 + "
                "16) are the act's; SOHR's next sentence comes back to the same fighting"),
         E("airstrike", Q("أربعة", 4), PL("الأتارب", "Al-Atarib", "Aleppo"), "2024-11-27", "الدفاع المدني السوري", RUS,
           note="a list of two towns (a group, first place); agent the first named; dated by the report's context "
                "(yesterday), a coder could date it to publication. The operation's aim is no event. " + GLUED)])

passage("he16", "2025-01-05", "SANA", "new SANA: security campaign, arrests in a quarter, recalled attack with its own day, future",
        "حمص-سانا\n"
        "ألقت إدارة الأمن العام القبض على 32 شخصاً من فلول النظام البائد خلال حملة تمشيط في حي وادي الذهب بمدينة حمص، "
        "اليوم الأحد، وصادرت كميات من الأسلحة والذخائر كانت مخبأة في منازل ومستودعات. وقال مدير أمن حمص لـ سانا إن بين "
        "الموقوفين متورطين في جرائم بحق المدنيين خلال السنوات الماضية، وإنهم أحيلوا إلى القضاء المختص. وكانت مجموعة من "
        "الفلول قد هاجمت أمس السبت حاجزاً للأمن العام عند مدخل الحي، ما أدى إلى استشهاد عنصرين وإصابة ثلاثة آخرين. "
        "وأكد المصدر أن الحملة مستمرة حتى «إعادة الأمن والاستقرار» إلى المنطقة كاملة.",
        [E("arrest", Q("32", 32), PL("وادي الذهب", "Wadi al-Dhahab", "Homs"), "2025-01-05", "مدير أمن حمص", NEWGOV,
           note="the director's next sentence comes back to the same arrests"),
         E("armed_clash", None, PL("وادي الذهب", "Wadi al-Dhahab", "Homs"), "2025-01-04", None, LOYAL,
           note="an attack on a checkpoint is an armed clash; recalled with its own day («وكانت … قد … أمس السبت»): "
                "its own event, the outlet as source; a dual is no figure. The campaign going on is a future")])

passage("he17", "2025-03-07", "Al Arabiya", "coastal attacks: reinforcement headline, ministry source, SOHR raises the toll, clashes spread, curfew",
        "تعزيزات عسكرية إلى الساحل السوري بعد هجمات على حواجز الأمن العام في جبلة\n"
        "وصلت تعزيزات عسكرية كبيرة من وزارة الدفاع السورية، اليوم الجمعة، إلى مدينة جبلة وريفها، بعد هجمات منسقة شنها "
        "مسلحون من فلول النظام السابق مساء أمس الخميس على حواجز ودوريات للأمن العام في المنطقة. وقال مصدر في وزارة "
        "الداخلية لـ«العربية» إن الهجمات أسفرت عن مقتل 16 عنصراً من الأمن العام وإصابة آخرين، وإن المهاجمين تحصنوا في "
        "قرية بيت عانا والأحراج المحيطة بها. وأفاد المرصد السوري لحقوق الإنسان بأن عدد قتلى عناصر الأمن ارتفع إلى 28، "
        "مشيراً إلى أن اشتباكات اندلعت صباح اليوم في محيط مدينة القرداحة. وفرضت السلطات حظر تجول في مدينتي اللاذقية "
        "وطرطوس حتى إشعار آخر.",
        [E("reinforcement", None, PL("جبلة", "Jableh", "Latakia", nth=1), "2025-03-07", None, NEWGOV,
           note="the lead names no source and the ministry source's sentence tells the attacks, not the "
                "reinforcement: the outlet"),
         E("armed_clash", Q("28", 28), PL("جبلة", "Jableh", "Latakia", nth=1), "2025-03-06", "مصدر في وزارة الداخلية",
           LOYAL,
           note="the attacks on checkpoints and patrols are one act in the Jableh area; toll 16 raised to 28 by SOHR: "
                "one event, the latest toll; source the first telling (a coder could name SOHR). Bayt Ana is where "
                "the attackers holed up, not the place"),
         E("armed_clash", None, PL("القرداحة", "Qardaha", "Latakia"), "2025-03-07", "المرصد السوري لحقوق الإنسان", None,
           note="clashes this morning in another town: their own event, sides not named. The curfew is no event")])

passage("he18", "2025-04-03", "Enab Baladi", "Israeli strikes relayed from SANA, finer place next sentence, incursion with arrests, habit",
        "غارات إسرائيلية على محيط الكسوة وتوغل في ريف القنيطرة\n"
        "شنّ الطيران الإسرائيلي، ليل أمس الأربعاء، سلسلة غارات على مواقع عسكرية في محيط مدينة الكسوة بريف دمشق الجنوبي، "
        "ما أسفر عن مقتل ستة عناصر من الجيش السوري وإصابة آخرين، وفق ما نقلته وكالة الأنباء السورية (سانا) عن مصدر في "
        "وزارة الدفاع. وأضاف المصدر أن الغارات استهدفت مستودعات ذخيرة وراداراً في تل المانع جنوبي المدينة. وفي ريف "
        "القنيطرة، توغلت قوة إسرائيلية مؤلفة من دبابات وآليات في قرية عين زيوان اليوم الخميس، واعتقلت ثلاثة شبان من "
        "أهالي القرية قبل أن تنسحب، بحسب مراسل عنب بلدي في المحافظة. وتشن إسرائيل منذ سقوط النظام في كانون الأول الماضي "
        "غارات متكررة على مواقع عسكرية في مختلف أنحاء سوريا.",
        [E("airstrike", Q("ستة", 6), PL("تل المانع", "Tal al-Mane", "Rif Dimashq"), "2025-04-02", "مصدر في وزارة الدفاع",
           ISR,
           note="the next sentence («الغارات») gives a finer place for the same strikes: the hill south of al-Kiswah; "
                "relayed through SANA, the source is the ministry source"),
         E("arrest", Q("ثلاثة", 3), PL("عين زيوان", "Ein Ziwan", "Quneitra"), "2025-04-03", "مراسل عنب بلدي", ISR,
           note="the incursion and the arrests are one act; the repeated raids since December are a habit")])

passage("he19", "2011-05-24", "Al-Hayat", "sanctions told from Brussels, diplomat next sentence, reply, threat, arrests in Daraa",
        "بروكسل - «الحياة»\n"
        "قرر وزراء خارجية الاتحاد الأوروبي، خلال اجتماعهم في بروكسل أمس الاثنين، فرض عقوبات على الرئيس السوري بشار "
        "الأسد وتسعة من كبار المسؤولين في نظامه، تشمل تجميد أصولهم في دول الاتحاد ومنعهم من دخول أراضيها. وقال دبلوماسي "
        "أوروبي لـ«الحياة» إن القرار جاء «رداً على القمع العنيف للمتظاهرين»، وإن الاتحاد قد يوسع القائمة إذا استمر "
        "العنف. في المقابل، وصفت وزارة الخارجية السورية القرار بأنه «تدخل سافر في الشؤون الداخلية». وفي درعا، أفاد "
        "ناشطون بأن قوات الأمن اعتقلت أكثر من 40 شخصاً أمس في حملة دهم طالت حي طريق السد.",
        [E("sanction", None, None, "2011-05-23", "دبلوماسي أوروبي", None,
           note="the meeting's city is a venue, not a place of the conflict (a coder could place it at Brussels); the "
                "nine officials plus the president are the targets, not a count the contract names; the diplomat's "
                "sentence comes back to the decision; the widening is a future, the Syrian reply no event"),
         E("arrest", Q("أكثر من 40", 40, None, approx=True), PL("طريق السد", "Tariq al-Sad", "Daraa"), "2011-05-23",
           "ناشطون", GOV, note="the quarter of Daraa city is the place")])

passage("he20", "2011-07-15", "Al Arabiya", "named Friday, a crowd at a square, fire on a second protest, the state agency's telling",
        "عشرات الآلاف في «جمعة أسرى الحرية» وقتلى برصاص الأمن في دمشق\n"
        "خرج عشرات الآلاف من المتظاهرين اليوم الجمعة في ساحة العاصي وسط مدينة حماة، في ما سماه الناشطون «جمعة أسرى "
        "الحرية»، مطالبين بإطلاق سراح المعتقلين وإسقاط النظام. وفي حي القدم بدمشق، قالت لجان التنسيق المحلية إن قوات "
        "الأمن أطلقت الرصاص الحي على المتظاهرين لدى خروجهم من أحد المساجد، ما أدى إلى مقتل أربعة منهم وإصابة العشرات. "
        "في المقابل، نقلت وكالة الأنباء الرسمية (سانا) عن مصدر مسؤول أن «مسلحين» أطلقوا النار على قوات حفظ النظام "
        "والمواطنين في الحي، ما أدى إلى استشهاد عنصر. ولم يتسنّ التحقق من الروايتين من مصدر مستقل.",
        [E("protest", Q("عشرات الآلاف", 20000, 90000, approx=True, nth=1), PL("حماة", "Hama", "Hama"), "2011-07-15",
           None, PROT,
           note="the square is placed at its city; the next sentence tells another incident, so the outlet is the "
                "source"),
         E("protest", Q("أربعة", 4), PL("القدم", "Al-Qadam", "Damascus"), "2011-07-15", "لجان التنسيق المحلية", PROT,
           note="fire on a protest is one protest event whose dead are its fatalities; the crowd is not numbered, so "
                "the dead are the figure; SANA's telling is the other side's account of the same incident, no event")])

passage("he21", "2012-05-30", "Al Jazeera", "massacre after shelling, identified bodies, state TV denial, call, future visit",
        "ناشطون: مجزرة في قرية تل الجرن بريف حماة\n"
        "قالت الهيئة العامة للثورة السورية إن ميليشيات موالية للنظام اقتحمت قرية تل الجرن في ريف حماة الغربي فجر أمس "
        "الثلاثاء بعد ساعات من قصفها بالمدفعية، وأعدمت 31 شخصاً ميدانياً بينهم تسع نساء وأحد عشر طفلاً، قبل أن تحرق "
        "عدداً من المنازل. وأوضحت الهيئة أن الأهالي تمكنوا من التعرف على 24 جثة فقط بسبب تفحم الباقي. ونفى التلفزيون "
        "الرسمي أي علاقة للجيش بما جرى، وقال إن «مجموعات إرهابية مسلحة» ارتكبت المجزرة لاستجلاب التدخل الخارجي. وطالب "
        "المجلس الوطني السوري مجلس الأمن بعقد جلسة طارئة، فيما أعلن المراقبون الدوليون أنهم سيتوجهون إلى القرية اليوم.",
        [E("casualties", Q("31", 31), PL("تل الجرن", "Tall al-Jurn (invented village)", "Hama", nth=1), "2012-05-29",
           "الهيئة العامة للثورة السورية", GOV,
           note="a massacre by executions is casualties; the shelling before the raid is part of the same assault "
                "and has no dead of its own (a coder could add a shelling event); pro-government militia coded as "
                "the government side; the 24 identified bodies count the wrong thing; the denial, the call and the "
                "observers' visit are no events")])

passage("he22", "2013-01-10", "Zaman al-Wasl", "arrival in Jordan told as the defection, served near a town, fire while crossing, running total abroad",
        "زمان الوصل - خاص\n"
        "وصل 43 عسكرياً منشقاً عن جيش النظام، بينهم ضابطان برتبة رائد، إلى منطقة الرمثا الأردنية فجر أمس الأربعاء، بعد "
        "أن عبروا الحدود من ريف درعا الشرقي بمساعدة عناصر من الجيش الحر. وقال مصدر في قيادة المجلس العسكري بدرعا "
        "لـ«زمان الوصل» إن المنشقين ينتمون إلى اللواء 52 المتمركز قرب الحراك، وإن قوات النظام فتحت النار عليهم أثناء "
        "عبورهم دون وقوع إصابات. وأضاف المصدر أن عدد العسكريين المنشقين الذين دخلوا الأردن منذ مطلع كانون الأول الماضي "
        "تجاوز 900. وتستقبل السلطات الأردنية المنشقين في مخيم خاص بهم بعيداً عن مخيم الزعتري.",
        [E("defection", Q("43", 43), PL("ريف درعا الشرقي", "Eastern Daraa countryside", "Daraa"), "2013-01-09",
           "مصدر في قيادة المجلس العسكري بدرعا", GOV,
           note="an arrival abroad told as the defection keeps a place at home when the text gives one: they crossed "
                "from the eastern Daraa countryside (a coder could take al-Harak, where their brigade is stationed, "
                "or Ramtha); «اللواء 52» is a name, never a figure; the fire while crossing hurt nobody and is part "
                "of the defection"),
         E("defection", Q("900", 900, None, approx=True), None, None, "مصدر في قيادة المجلس العسكري بدرعا", GOV,
           kind="aggregate",
           note="a running total of defectors who entered Jordan: a total abroad has no place (convention a); the "
                "camp is a state")])

passage("he23", "2014-07-03", "SOHR", "both sides' dead with breakdown, taking after midnight, recall of another taking with its own day, aim",
        "المرصد السوري: 17 قتيلاً في اشتباكات بين «الدولة الإسلامية» والفصائل بريف دير الزور\n"
        "قُتل 17 مقاتلاً من الطرفين، هم تسعة من تنظيم «الدولة الإسلامية» وثمانية من جبهة النصرة والكتائب الإسلامية، في "
        "اشتباكات عنيفة دارت أمس الأربعاء في محيط بلدة الشحيل بريف دير الزور الشرقي، على ما ذكر المرصد السوري لحقوق "
        "الإنسان. وأضاف المرصد أن التنظيم تمكن بعد منتصف الليل من السيطرة على البلدة، إثر انسحاب مقاتلي النصرة منها "
        "باتجاه بلدة البصيرة. وكان التنظيم قد سيطر في 29 حزيران الماضي على مدينة البوكمال الحدودية مع العراق، بعد "
        "مبايعة فصائل فيها له. ويسعى التنظيم إلى بسط سيطرته على كامل الريف الشرقي للمحافظة.",
        [E("armed_clash", Q("17", 17, nth=1), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2014-07-02",
           "المرصد السوري لحقوق الإنسان", IS,
           note="the total of both sides is the figure, the nine and eight its breakdown"),
         E("territory_change", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2014-07-03",
           "المرصد السوري لحقوق الإنسان", IS,
           note="the taking is a second act («البلدة» carries the place); after midnight of Wednesday is Thursday "
                "(a coder could date it the 2nd or merge it with the clash); al-Busayrah is where the losers went"),
         E("territory_change", None, PL("البوكمال", "Al-Bukamal", "Deir ez-Zor"), "2014-06-29", None, IS,
           note="recalled with its own day («وكان … قد … في 29 حزيران»): its own event, the outlet as source; Iraq "
                "is a bearing. The aim is no event")])

passage("he24", "2016-12-16", "AFP", "ICRC figure since yesterday, breakdown, convoy fired on at a crossing, accusations from both sides",
        "حلب (أ ف ب) - أعلنت اللجنة الدولية للصليب الأحمر أن نحو 8500 شخص، بينهم ثلاثة آلاف مقاتل، غادروا الأحياء "
        "الشرقية المحاصرة في مدينة حلب منذ بدء عمليات الإجلاء صباح أمس الخميس، على متن حافلات وسيارات إسعاف توجهت إلى "
        "ريف حلب الغربي. وقالت متحدثة باسم اللجنة إن العملية توقفت صباح اليوم الجمعة بعد تعرض إحدى القوافل لإطلاق نار "
        "عند معبر الراموسة، من دون أن تحدد الجهة المسؤولة. واتهم ناشطون معارضون ميليشيات موالية لإيران بإيقاف القافلة "
        "وإعادتها إلى الأحياء الشرقية. في المقابل، قال التلفزيون الرسمي إن «المسلحين» خرقوا الاتفاق بمحاولتهم إخراج "
        "أسرى ومعتقلين.",
        [E("other", Q("نحو 8500", 8500, approx=True), PL("حلب", "Aleppo", "Aleppo", nth=1), "2016-12-15",
           "اللجنة الدولية للصليب الأحمر", None,
           note="an evacuation over two days told as one figure: one `other` event dated to its start; placed at the "
                "city whose eastern quarters were left (the western countryside is the destination); the fighters "
                "are a breakdown"),
         E("armed_clash", None, PL("معبر الراموسة", "Ramouseh crossing", "Aleppo"), "2016-12-16", "متحدثة باسم اللجنة",
           UNK,
           note="a convoy fired on by unnamed gunmen, no casualties given: an armed clash at the crossing (a coder "
                "could leave it out); the activists' accusation and state TV's telling are tellings of the same "
                "halt, no events")])

passage("he25", "2017-07-06", "Asharq Al-Awsat", "backer trap, a quarter taken told by a campaign statement, coalition strike in another quarter, habit, estimate",
        "«قسد» تتقدم في المدينة القديمة بالرقة وغارات للتحالف توقع ضحايا مدنيين\n"
        "سيطرت «قوات سوريا الديمقراطية» المدعومة من واشنطن، أمس الأربعاء، على حي هشام بن عبد الملك جنوب المدينة القديمة "
        "في الرقة، بعد معارك مع تنظيم «داعش» استمرت ثلاثة أيام، وفق ما أعلنه المتحدث باسم حملة «غضب الفرات» في بيان. "
        "وقال المرصد السوري لحقوق الإنسان إن غارات لطائرات التحالف الدولي استهدفت اليوم حي الدرعية غرب المدينة، ما أدى "
        "إلى مقتل 12 مدنياً بينهم أربعة أطفال. ولم يعلق التحالف على الغارات، لكنه يقول عادة إنه يتخذ كل الاحتياطات "
        "لتجنب إيقاع ضحايا مدنيين. ويقدّر المرصد أن أكثر من 300 مدني قتلوا في المدينة منذ بدء الهجوم عليها مطلع حزيران.",
        [E("territory_change", None, PL("هشام بن عبد الملك", "Hisham bin Abd al-Malik quarter", "Raqqa"), "2017-07-05",
           "المتحدث باسم حملة «غضب الفرات»", SDF,
           note="the quarter is the place; Washington is a backer, never the place"),
         E("airstrike", Q("12", 12), PL("الدرعية", "Al-Dir'iyah (Raqqa)", "Raqqa"), "2017-07-06",
           "المرصد السوري لحقوق الإنسان", COAL, note="the children are a breakdown; the coalition's usual line is a habit"),
         E("casualties", Q("أكثر من 300", 300, None, approx=True), PL("الرقة", "Raqqa", "Raqqa", nth=1), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="an estimate over a period since early June: an aggregate")])

passage("he26", "2020-10-11", "RT Arabic", "NEGATIVE: a threat, a denial, states, a recap with no day",
        "أردوغان يلوّح بعملية جديدة شمال سوريا و«قسد» تنفي حشد قواتها\n"
        "قال الرئيس التركي رجب طيب أردوغان، في كلمة أمام أنصار حزبه اليوم الأحد، إن بلاده «قد تدخل فجأة ذات ليلة» إلى "
        "مناطق في شمال سوريا إذا لم يتم إبعاد «الإرهابيين» عن حدودها. ونفى المتحدث باسم «قوات سوريا الديمقراطية» ما "
        "تداولته وسائل إعلام تركية عن حشود عسكرية للقوات على أطراف منبج، مؤكداً أن الوضع على خطوط التماس «هادئ ومستقر». "
        "وتسيطر «قسد» على معظم مناطق شرق الفرات منذ طرد تنظيم «داعش» منها، فيما تنتشر نقاط للجيش الروسي على طول الطريق "
        "الدولي «إم 4». ويعيد التهديد التركي إلى الأذهان عملية «نبع السلام» التي أطلقتها أنقرة قبل عام.",
        [])

passage("he27", "2021-03-18", "Enab Baladi", "NEGATIVE: an anniversary recalled with a month only, states and habits",
        "عشر سنوات على أولى مظاهرات درعا.. المدينة بين التسوية والاغتيالات\n"
        "تحل هذه الأيام الذكرى العاشرة لخروج أولى المظاهرات في مدينة درعا، حين تجمع مئات من أهالي المدينة في آذار 2011 "
        "أمام الجامع العمري مطالبين بالإفراج عن أطفال اعتقلتهم الأجهزة الأمنية بسبب عبارات كتبوها على جدران مدرستهم. "
        "وتعيش المحافظة اليوم تحت سيطرة النظام بموجب اتفاق «التسوية» الموقع برعاية روسية صيف 2018، لكنها تشهد بشكل شبه "
        "يومي عمليات اغتيال تطال عناصر سابقين في الفصائل وموظفين حكوميين. ويقول ناشطون إن الأجهزة الأمنية تواصل ملاحقة "
        "المطلوبين للخدمة الإلزامية والاحتياطية، وتنفذ حملات دهم متكررة في ريف المحافظة. ويرى أبناء المدينة أن مطالبهم "
        "الأولى لم يتحقق منها شيء.",
        [])

passage("he28", "2022-06-30", "Halab Today", "shelling with origin of fire, reporter carries over, strikes with no dead, running toll of a team",
        "حلب اليوم – إدلب\n"
        "قُتل ثلاثة مدنيين، بينهم طفلان، وأصيب خمسة آخرون، اليوم الخميس، بقصف مدفعي لقوات النظام استهدف بلدة كنصفرة في "
        "جبل الزاوية جنوبي إدلب. وقال مراسل حلب اليوم إن القصف مصدره مواقع النظام في معسكر جورين بسهل الغاب، وإنه طال "
        "منازل سكنية في البلدة ومحيط مدرستها. وفي وقت سابق من اليوم، شنت طائرات حربية روسية أربع غارات على أطراف قرية "
        "الشيخ يوسف غرب مدينة إدلب، دون ورود أنباء عن إصابات. ويرتفع بذلك عدد المدنيين الذين قتلوا بقصف النظام وروسيا "
        "في شمال غرب سوريا منذ مطلع العام الجاري إلى 74، وفق إحصائية لفريق «منسقو استجابة سوريا».",
        [E("shelling", Q("ثلاثة", 3), PL("كنصفرة", "Kansafra", "Idlib"), "2022-06-30", "مراسل حلب اليوم", GOV,
           note="the Jurin camp is where fire came from, not the place; the reporter's next sentence («القصف») "
                "comes back to it"),
         E("airstrike", Q("أربع", 4), PL("الشيخ يوسف", "Al-Sheikh Yusuf", "Idlib"), "2022-06-30", "مراسل حلب اليوم", RUS,
           note="no dead, so the strikes are the figure; the outlet's reporter carries over"),
         E("casualties", Q("74", 74), PL("شمال غرب سوريا", "Northwest Syria"), None, "منسقو استجابة سوريا", None,
           kind="aggregate", note="a toll since the start of the year over the region: an aggregate")])

passage("he29", "2023-06-21", "Hawar", "SDF media centre statement, arrests with coalition, recalled attack with its own weekday",
        "دير الزور - هاوار\n"
        "أعلن المركز الإعلامي لقوات سوريا الديمقراطية، اليوم الأربعاء، القبض على خمسة عناصر من خلايا مرتزقة داعش خلال "
        "عملية أمنية نفذتها وحدات مكافحة الإرهاب بمشاركة قوات التحالف الدولي في بلدة ذيبان بريف دير الزور الشرقي. "
        "وأوضح المركز في بيان أن بين الموقوفين مسؤولاً عن تمويل الخلايا وجمع «الزكاة» من الأهالي بالتهديد، وأن القوات "
        "صادرت أسلحة وأجهزة اتصال. وكان ثلاثة من مقاتلي مجلس دير الزور العسكري قد استشهدوا مساء الأحد الماضي في هجوم شنه "
        "مسلحو داعش على نقطة لهم قرب بلدة الشحيل. وتواصل قوات سوريا الديمقراطية حملاتها لملاحقة خلايا التنظيم في "
        "المنطقة.",
        [E("arrest", Q("خمسة", 5), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-06-21",
           "المركز الإعلامي لقوات سوريا الديمقراطية", SDF,
           note="a joint raid with the coalition: agent the SDF, who announced and led it"),
         E("armed_clash", Q("ثلاثة", 3), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2023-06-18", None, IS,
           note="recalled with its own day («وكان … قد … مساء الأحد الماضي» = 18 June): its own event, the outlet "
                "as source; the campaigns going on are a habit")])

passage("he30", "2024-09-23", "Enab Baladi", "amnesty decree for desertion, conditions, recap of an earlier decree with a month, rights workers' view",
        "عنب بلدي – متابعة\n"
        "أصدر رئيس النظام السوري، بشار الأسد، أمس الأحد، مرسوماً تشريعياً يتضمن عفواً عاماً عن الجرائم المرتكبة قبل "
        "تاريخه، ويُسقط كامل العقوبة المقررة لجرائم الفرار بنوعيه الداخلي والخارجي، وفق ما نشرته «رئاسة الجمهورية» عبر "
        "قناتها في «تلغرام». ويُشترط لاستفادة المتوارين عن الأنظار والفارين إلى الخارج أن يسلموا أنفسهم خلال ثلاثة أشهر "
        "للفرار الداخلي وأربعة أشهر للفرار الخارجي. ويعد المرسوم الرابع من نوعه منذ مطلع 2022، وسبقه عفو مماثل في "
        "تشرين الثاني 2023. ويقول حقوقيون إن مراسيم العفو السابقة لم تؤدِّ إلى الإفراج إلا عن أعداد محدودة من المعتقلين "
        "السياسيين.",
        [E("desertion", None, None, "2024-09-22", "رئاسة الجمهورية", GOV,
           note="an amnesty decree for desertion is a `desertion` event with no figure and no place; the deadlines "
                "are conditions; the November 2023 decree is a recap with a month only, no event")])


def main() -> None:
    write("gold61.jsonl", P61)


if __name__ == "__main__":
    main()
