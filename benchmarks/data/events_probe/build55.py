"""Build gold55.jsonl: HELD-OUT set 55 (ids hd01…), written in stop 31 by helper w55 BEFORE any run on it.

Forty passages shaped like ordinary reports of 2019-2025 (Idlib 2019-2020, Peace Spring, Daraa after the
settlement, the north-east, the 2024 offensive and 2025: the coast, Sweida, Israeli strikes and incursions, the
new interior ministry), in the proportions an analyst's daily reading brings them: strikes, shelling, clashes,
killings, explosions, arrests, protests, takings, deals, displacement, sanctions, decrees, tolls over a period, and
five passages with no event at all (a threat, a denial, a call, an anniversary, a habit). The phrasing was read in
real Arabic reporting (the search tool's `pages` corpus: SOHR, SNHR, Syria TV, North Press, Anadolu, Al Jazeera,
Enab Baladi, Baladi News, Step, Halab Today, Suwayda 24, Daraa 24, Al-Araby Al-Jadeed, SANA and others), never
copied; people, villages, figures and dates are invented or varied, the towns are real. Gold follows the
events_probe README's conventions (stops 28-30). Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build55.py      # rewrites gold55.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P55: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P55.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("hd01", "2019-05-14", "SOHR", "SOHR colon opener; Russian raids, then regime barrels «كما ألقت»",
        "المرصد السوري لحقوق الإنسان: قُتل ستة مدنيين، بينهم طفلان، جراء غارات نفذتها طائرات حربية روسية صباح "
        "اليوم الثلاثاء على بلدة كفرنبودة في ريف حماة الشمالي الغربي، وسط استمرار المعارك في محيطها. كما ألقت "
        "مروحيات النظام ما لا يقل عن 14 برميلاً متفجراً على قلعة المضيق والقرى المحيطة بها، دون ورود معلومات عن "
        "خسائر بشرية حتى اللحظة.",
        [E("airstrike", Q("ستة", 6), PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2019-05-14",
           "المرصد السوري لحقوق الإنسان", RUS, note="the two children are a breakdown"),
         E("airstrike", Q("ما لا يقل عن 14", 14, None, True), PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"),
           "2019-05-14", "المرصد السوري لحقوق الإنسان", GOV,
           note="barrels with no deaths: the figure is the barrels; «كما ألقت» goes on with SOHR's bulletin (source "
                "carried); undated sentence of today's bulletin: published date; 'and the villages around it' adds no "
                "named place")])

passage("hd02", "2019-10-13", "Anadolu Agency", "Anadolu reporter; list of villages; Turkish ministry's running claim",
        "أفاد مراسل الأناضول بأن الجيش الوطني السوري سيطر، اليوم الأحد، على قرى تل حلف وعين الحصان والدهماء غربي "
        "مدينة رأس العين، في إطار عملية «نبع السلام» التي أطلقتها تركيا شرق الفرات. من جهتها، أعلنت وزارة الدفاع "
        "التركية في بيان تحييد 440 إرهابياً من «بي كي كي/ واي بي جي» منذ انطلاق العملية الأربعاء الماضي.",
        [E("territory_change", None, PL("تل حلف", "Tell Halaf", "Al-Hasakah"), "2019-10-13", "مراسل الأناضول", SNA,
           note="one taking of three villages (a group, scored as one; gold at the first); Ras al-Ayn is a bearing"),
         E("casualties", Q("440", 440), None, None, "وزارة الدفاع التركية", TUR, kind="aggregate",
           note="'neutralised' since the start of the operation (period 2019-10-09 to 2019-10-13): a running claim of "
                "enemy losses, an aggregate with no single act; a second coder might leave it out as a party's "
                "claim or type it armed_clash; east of the Euphrates is a region named for the operation, not a place")])

passage("hd03", "2020-02-21", "Al Jazeera", "Turkish ministry's telling; dual dead; retaliation on a region",
        "قالت وزارة الدفاع التركية إن جنديين تركيين قُتلا وأصيب أربعة آخرون أمس الخميس في غارة جوية نفذتها طائرات "
        "النظام السوري على موقع لقواتها في محيط بلدة قميناس بريف إدلب. وأضافت الوزارة أن القوات التركية ردّت فوراً "
        "بقصف 50 هدفاً لقوات النظام في ريف إدلب الجنوبي، ما أدى إلى «تحييد» عدد من عناصره، بحسب البيان.",
        [E("airstrike", None, PL("قميناس", "Qaminas", "Idlib"), "2020-02-20", "وزارة الدفاع التركية", GOV,
           note="two soldiers in a dual noun and the wounded: no figure (deaths 2 in the contract's fatalities)"),
         E("shelling", Q("50", 50), PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"), "2020-02-20",
           "وزارة الدفاع التركية", TUR,
           note="targets hit are the act's own count (no dead numbered); 'at once' dates it with the strike; a "
                "second coder might leave the figure null")])

passage("hd04", "2020-06-17", "Enab Baladi", "first Caesar Act designations; future sanctions",
        "فرضت وزارة الخزانة الأمريكية، اليوم الأربعاء، عقوبات على 37 شخصاً وكياناً مرتبطين بالنظام السوري، بينهم "
        "أسماء الأسد، في أول حزمة تصدر بموجب «قانون قيصر» الذي دخل حيز التنفيذ. وقال وزير الخارجية الأمريكي، مايك "
        "بومبيو، إن بلاده تتوقع «مزيداً من العقوبات» خلال الصيف، ولن تتوقف حتى يقبل النظام بالحل السياسي وفق القرار 2254.",
        [E("sanction", Q("37", 37), None, "2020-06-17", "وزارة الخزانة الأمريكية", None,
           note="the sanctioning body is the source as in news_dev n063; more sanctions 'expected' are future, no "
                "event; 2254 is a resolution number")])

passage("hd05", "2021-04-11", "Daraa 24", "assassination by unknown gunmen; a separate IED on a road",
        "قُتل الشاب محمد خالد الحريري، وهو مقاتل سابق في فصائل المعارضة أجرى تسوية عام 2018، برصاص مسلحين مجهولين "
        "استهدفوه قرب منزله في مدينة طفس بريف درعا الغربي، ليل أمس السبت. وفي حادثة منفصلة، أصيب شابان بجروح "
        "متوسطة إثر انفجار عبوة ناسفة زُرعت على الطريق بين بلدتي المزيريب واليادودة، وفق ما أفاد مراسل درعا 24.",
        [E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), "2021-04-10", None, UNK,
           note="a killing by unknown gunmen is an armed clash; one man, no figure; the reporter is named only in "
                "the next sentence about another incident, so this one keeps the outlet (a second coder might carry "
                "the outlet's reporter back); the 2018 settlement is background, no event"),
         E("explosion", None, PL("المزيريب", "Muzayrib", "Daraa"), "2021-04-11", "مراسل درعا 24", None,
           note="a road between two places is placed at the first; two wounded (a dual, and injured): no figure; "
                "undated: published date")])

passage("hd06", "2021-09-06", "SANA", "SANA dateline; status settlement (taswiya); a quarter called «الأربعين»",
        "درعا-سانا\n"
        "بدأ عشرات المسلحين في منطقة درعا البلد صباح اليوم تسوية أوضاعهم وتسليم أسلحتهم إلى الجهات المختصة في مركز "
        "التسوية المحدث بحي الأربعين، تنفيذاً لاتفاق التسوية الذي طرحته الدولة لإنهاء وجود الإرهابيين في المنطقة. "
        "وذكر مراسل سانا أن وحدات من الجيش العربي السوري ستنتشر خلال الأيام المقبلة في عدد من النقاط داخل الأحياء.",
        [E("other", Q("عشرات", 20, 90, True), PL("حي الأربعين", "Al-Arbaeen quarter (Daraa al-Balad)", "Daraa"),
           "2021-09-06", "مراسل سانا", None,
           note="a status settlement is 'other' as set 1 p43 codes it; «الأربعين» is a quarter's name, not a "
                "number; the quarter is the most specific place (Daraa al-Balad encloses it); the reporter's next "
                "sentence goes on with the same settlement (source carried back); the deployment is future, no "
                "event; the agreement itself is recalled, not reported today")])

passage("hd07", "2022-11-20", "North Press", "dateline Qamishli; SDF media centre; second act in another region",
        "القامشلي – نورث برس\n"
        "قال المركز الإعلامي لقوات سوريا الديمقراطية، اليوم الأحد، إن طائرات حربية تركية استهدفت محطة تحويل "
        "الكهرباء في قرية تقل بقل بريف ديرك، ما أدى إلى مقتل تسعة مدنيين بينهم عامل في المحطة، فيما أصيب آخرون "
        "بجروح. وفي ريف حلب الشمالي، قصفت المدفعية التركية قرى مرعناز والمالكية وشوارغة، دون ورود معلومات عن إصابات.",
        [E("airstrike", Q("تسعة", 9), PL("تقل بقل", "Taql Baql", "Al-Hasakah"), "2022-11-20",
           "المركز الإعلامي لقوات سوريا الديمقراطية", TUR,
           note="Qamishli is the dateline; the power station is inside the village (the village is the place)"),
         E("shelling", None, PL("مرعناز", "Maranaz", "Aleppo"), "2022-11-20", None, TUR,
           note="another act in another region after a sourced report: the outlet; three villages, one group (gold "
                "at the first); undated: published date")])

passage("hd08", "2023-08-25", "Suwayda 24", "Sweida 2023: a square in the city; a second protest in Shahba; habit",
        "خرج مئات المحتجين، اليوم الجمعة، إلى ساحة السير وسط مدينة السويداء، في اليوم التاسع للحراك المطالب برحيل "
        "النظام وتطبيق القرار الأممي 2254، بحسب ما رصدته السويداء 24. كما شهدت مدينة شهبا وقفة مماثلة شارك فيها "
        "العشرات. وتستمر الوقفات الاحتجاجية بشكل يومي منذ منتصف الشهر الجاري، مع إضراب جزئي للمحال التجارية.",
        [E("protest", Q("مئات", 200, 900, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-08-25",
           "السويداء 24", PROT, note="a square is placed at its city; 'the ninth day' is an ordinal"),
         E("protest", Q("العشرات", 20, 90, True), PL("شهبا", "Shahba", "As-Suwayda"), "2023-08-25", "السويداء 24",
           PROT, note="«كما شهدت» goes on with the same monitoring of the same movement (source carried); the daily "
                      "stands since mid-month are a habit, no event")])

passage("hd09", "2023-09-06", "Deir ez-Zor 24", "tribal fighters v. SDF; two sides' dead, no total; curfew places",
        "شنّ مقاتلو العشائر العربية فجر اليوم هجوماً على نقاط قوات سوريا الديمقراطية في بلدة ذيبان بريف دير الزور "
        "الشرقي، وسيطروا على عدد منها بعد اشتباكات عنيفة. وأفاد مراسل دير الزور 24 بمقتل خمسة عناصر من «قسد» "
        "واثنين من مقاتلي العشائر، فيما فرضت «قسد» حظر تجوال في المنطقة الممتدة من الشحيل حتى الباغوز.",
        [E("armed_clash", Q("خمسة", 5), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-09-06", "مراسل دير الزور 24",
           TRIBES,
           note="no total of both sides: the figure is the first side numbered (5; the fighters' two would make 7); "
                "the reporter's next sentence gives this clash's dead (source carried back); points taken are part "
                "of the attack, no territory_change; the curfew is a measure, no event, and Shuhayl and Baghuz only "
                "bound it")])

passage("hd10", "2024-03-15", "Syria TV", "protests against HTS over a list of towns; arrests the evening before",
        "تظاهر مئات الأشخاص بعد صلاة الجمعة اليوم في مدينة إدلب وبلدات بنش وسرمدا وجسر الشغور، مطالبين بإسقاط قائد "
        "«هيئة تحرير الشام» أبو محمد الجولاني والإفراج عن المعتقلين في سجون «جهاز الأمن العام». وقال ناشطون لموقع "
        "تلفزيون سوريا إن عناصر من الجهاز اعتقلوا ثلاثة من منظمي الاحتجاج في بنش مساء الخميس، قبل أن يُفرج عن أحدهم "
        "صباح اليوم.",
        [E("protest", Q("مئات", 200, 900, True), PL("إدلب", "Idlib (city)", "Idlib"), "2024-03-15", None, PROT,
           note="one day's protests over four towns: one group, gold at the first; the activists' next sentence "
                "tells another act (arrests), so the protest keeps the outlet"),
         E("arrest", Q("ثلاثة", 3), PL("بنش", "Binnish", "Idlib", nth=1), "2024-03-14", "ناشطون", HTS,
           note="'Thursday evening' before a Friday publication; the release of one is part of it, no event")])

passage("hd11", "2024-11-29", "Al Jazeera Mubasher", "2024 offensive: quarters of Aleppo entered; Russian raids",
        "دخلت فصائل المعارضة السورية المنضوية في غرفة عمليات «ردع العدوان»، مساء اليوم الجمعة، أحياء حلب الجديدة "
        "والحمدانية في الطرف الغربي لمدينة حلب، بعد انسحاب قوات النظام منها، وفق ما أكده مراسل الجزيرة مباشر. في "
        "الأثناء، شنت طائرات حربية روسية غارات على مدينة سراقب، ما أدى إلى مقتل أربعة مدنيين وإصابة آخرين، بحسب "
        "الدفاع المدني السوري.",
        [E("territory_change", None, PL("حلب الجديدة", "New Aleppo", "Aleppo"), "2024-11-29", "مراسل الجزيرة مباشر",
           FSA, note="two quarters entered: one group, gold at the first quarter; before 8 December 2024 the "
                     "operations room is the opposition (set 1 p40)"),
         E("airstrike", Q("أربعة", 4), PL("سراقب", "Saraqib", "Idlib"), "2024-11-29", "الدفاع المدني السوري", RUS)])

passage("hd12", "2024-12-05", "AFP", "AFP dateline Beirut; Hama taken; SOHR's toll since the start; UN's displaced",
        "بيروت (أ ف ب) - سيطرت الفصائل المسلحة بقيادة هيئة تحرير الشام الخميس على مدينة حماة في وسط سوريا، بعد "
        "انسحاب الجيش منها، وأطلقت سراح مئات المعتقلين من سجنها المركزي. وأقرّت القيادة العامة للجيش بخسارة المدينة، "
        "مؤكدة أن وحداتها «أعادت تموضعها» خارجها. وخلّفت المعارك منذ انطلاق الهجوم في 27 تشرين الثاني/نوفمبر أكثر "
        "من 820 قتيلاً، وفق المرصد السوري لحقوق الإنسان، فيما تقدّر الأمم المتحدة عدد النازحين بنحو 115 ألفاً.",
        [E("territory_change", None, PL("حماة", "Hama", "Hama"), "2024-12-05", "القيادة العامة للجيش", FSA,
           note="Beirut is the dateline; the army command's next sentence acknowledges the same loss (source carried "
                "back; a second coder might keep the outlet); the prisoners freed are part of the taking; factions "
                "led by HTS coded as the opposition of the operations room, as set 1 p40 (a second coder: HTS)"),
         E("casualties", Q("أكثر من 820", 820, None, True), None, None, "المرصد السوري لحقوق الإنسان",
           kind="aggregate", note="period 2024-11-27 to 2024-12-05; 27 is a day of a date"),
         E("other", Q("نحو 115 ألفاً", 115000, approx=True), None, None, "الأمم المتحدة", kind="aggregate",
           note="displacement estimate over the offensive (the span without the clitic «ب»)")])

passage("hd13", "2024-12-06", "Zaman al-Wasl", "defection to the operations room; ranks; origins of the defectors",
        "انشق 43 عسكرياً، بينهم خمسة ضباط برتبة ملازم ونقيب، عن قوات النظام المتمركزة على أطراف مدينة الرستن شمال "
        "حمص، وسلّموا أنفسهم بأسلحتهم الفردية إلى مقاتلي «إدارة العمليات العسكرية» فجر اليوم الجمعة، بحسب مصدر "
        "عسكري في الإدارة تحدث لـ«زمان الوصل». وأوضح المصدر أن المنشقين ينحدرون من محافظات دير الزور ودرعا واللاذقية.",
        [E("defection", Q("43", 43), PL("الرستن", "Al-Rastan", "Homs"), "2024-12-06", "مصدر عسكري في الإدارة", GOV,
           note="the five officers are a breakdown; Homs is a bearing; the governorates are the defectors' origins, "
                "not places of the act")])

passage("hd14", "2021-07-18", "Step News", "Turkish border guards fire on crossers; hospital destination; origins",
        "أفاد مراسل وكالة ستيب الإخبارية بأن ثلاثة شبان من أبناء ريف حماة قُتلوا برصاص عناصر الجندرما التركية أمس "
        "السبت، أثناء محاولتهم عبور الحدود بطريقة غير شرعية قرب قرية خربة الجوز في ريف إدلب الغربي. وأضاف أن "
        "جثامينهم نُقلت إلى مشفى مدينة دركوش، حيث سُلّمت إلى ذويهم.",
        [E("casualties", Q("ثلاثة", 3), PL("خربة الجوز", "Khirbet al-Joz", "Idlib"), "2021-07-17",
           "مراسل وكالة ستيب الإخبارية", TUR,
           note="a known force firing on civilians outside a protest is casualties (README, decided by ACLED); rural "
                "Hama is their origin, Darkush's hospital where the bodies were taken")])

passage("hd15", "2025-01-04", "SANA", "new SANA dateline; General Security sweep in a Homs quarter",
        "حمص-سانا\n"
        "ألقت إدارة الأمن العام القبض على 17 مطلوباً من فلول النظام البائد خلال حملة تمشيط نفذتها اليوم في حي عكرمة "
        "بمدينة حمص، وصادرت كميات من الأسلحة والذخائر. وأوضح مصدر في الإدارة لمراسل سانا أن المقبوض عليهم متورطون "
        "في جرائم قتل بحق المدنيين، وأنه تمت إحالتهم إلى القضاء المختص.",
        [E("arrest", Q("17", 17), PL("عكرمة", "Akrama", "Homs"), "2025-01-04", "مصدر في الإدارة", NEWGOV,
           note="the quarter is the place; the next sentence's source comes back to the same arrests (carried back; "
                "a second coder might name 'مراسل سانا' or the outlet); the loyalists are the target")])

passage("hd16", "2025-01-15", "Hawar (ANHA)", "Hawar register; drone on a civilian convoy near Tishreen Dam",
        "استشهد أربعة مدنيين وأصيب 15 آخرون، اليوم، جراء استهداف طائرة مسيّرة تابعة لجيش الاحتلال التركي قافلة "
        "مدنية لدى وصولها إلى محيط سد تشرين جنوب شرق منبج، حيث يواصل الأهالي اعتصامهم رفضاً للهجمات على السد. "
        "وأفادت إدارة مشفى كوباني، التي استقبلت الضحايا، بأن بين المصابين حالات خطرة نُقل بعضها إلى مشافي الحسكة.",
        [E("airstrike", Q("أربعة", 4), PL("سد تشرين", "Tishreen Dam", "Aleppo"), "2025-01-15",
           "إدارة مشفى كوباني", TUR,
           note="the convoy was struck on arrival, not at the sit-in: an airstrike, not fire on a protest (a second "
                "coder might code a protest with fatalities); the dam is a facility; the hospital's next sentence "
                "gives this strike's wounded (source carried back; a second coder might keep the outlet); Manbij is "
                "a bearing, Kobani the hospital's town, Hasakah where some wounded were sent")])

passage("hd17", "2025-03-07", "Al Arabiya", "coast, March 2025: ambush by loyalists; reinforcements next day",
        "قال مصدر في وزارة الدفاع السورية للعربية إن 13 عنصراً من الأمن العام قُتلوا أمس الخميس في كمين نصبته "
        "مجموعات من فلول النظام السابق لدورية قرب بلدة بيت عانا في ريف جبلة. وأضاف المصدر أن الوزارة دفعت اليوم "
        "بتعزيزات عسكرية كبيرة نحو مدينتي جبلة واللاذقية، وفرضت حظر تجوال في مدن الساحل حتى إشعار آخر.",
        [E("armed_clash", Q("13", 13), PL("بيت عانا", "Beit Ana", "Latakia"), "2025-03-06",
           "مصدر في وزارة الدفاع السورية", LOYAL),
         E("reinforcement", None, PL("جبلة", "Jableh", "Latakia", nth=1), "2025-03-07", "مصدر في وزارة الدفاع السورية",
           NEWGOV, note="«وأضاف» carries the source; two destinations, one group (gold at the first); the curfew is "
                        "a measure, no event")])

passage("hd18", "2025-03-12", "SNHR", "SNHR toll over five days on the coast; a breakdown by side",
        "وثّقت الشبكة السورية لحقوق الإنسان مقتل ما لا يقل عن 779 شخصاً في محافظات اللاذقية وطرطوس وحماة بين 6 و10 "
        "آذار الجاري، في أحداث العنف التي شهدها الساحل السوري. وأوضحت الشبكة في تقرير أصدرته اليوم أن بين الضحايا "
        "172 عنصراً من قوات الأمن والجيش قتلتهم مجموعات مسلحة مرتبطة بالنظام السابق، إلى جانب مدنيين ومسلحين منزوعي "
        "السلاح قُتلوا على يد القوات المشاركة في العمليات.",
        [E("casualties", Q("ما لا يقل عن 779", 779, None, True), PL("الساحل السوري", "Syrian coast"), None,
           "الشبكة السورية لحقوق الإنسان", kind="aggregate",
           note="period 2025-03-06 to 2025-03-10 (6 and 10 are days of dates, not a range of people); the coast is "
                "the region the toll is told for (a second coder might leave the place null over three "
                "governorates); the 172 are a breakdown")])

passage("hd19", "2025-03-10", "Reuters", "Reuters dateline Damascus; the SDF-government agreement; a deadline",
        "دمشق (رويترز) - وقّع الرئيس السوري أحمد الشرع وقائد قوات سوريا الديمقراطية مظلوم عبدي، اليوم الاثنين، "
        "اتفاقاً يقضي بدمج جميع المؤسسات المدنية والعسكرية في شمال شرق البلاد ضمن إدارة الدولة، بما فيها المعابر "
        "الحدودية والمطارات وحقول النفط والغاز، وفق بيان صادر عن الرئاسة السورية. وينص الاتفاق على أن تعمل لجان تنفيذية على "
        "تطبيقه في موعد أقصاه نهاية العام الجاري.",
        [E("agreement", None, None, "2025-03-10", "الرئاسة السورية", NEWGOV,
           note="the text does not say where it was signed: Damascus is the dateline, the north-east what the deal "
                "covers (a second coder might place it at Damascus); the implementation is future, no event")])

passage("hd20", "2025-04-03", "Asharq Al-Awsat", "Israeli raids on a named airbase; ministry's statement and call",
        "شنّت طائرات إسرائيلية مساء أمس الأربعاء سلسلة غارات على مطار حماة العسكري، أسفرت عن تدمير مدرجه وعدد من "
        "الطائرات الرابضة فيه، إضافة إلى إصابة عسكريين ومدنيين، بحسب ما أعلنته وزارة الخارجية السورية في بيان. "
        "ووصفت الوزارة الغارات بأنها «محاولة متعمدة لزعزعة الاستقرار»، داعية المجتمع الدولي إلى الضغط على إسرائيل "
        "لوقف اعتداءاتها.",
        [E("airstrike", None, PL("مطار حماة العسكري", "Hama military airport", "Hama"), "2025-04-02",
           "وزارة الخارجية السورية", ISR,
           note="wounded only, no figure; the ministry's condemnation and call are its telling, no statement event")])

passage("hd21", "2025-04-03", "Al-Araby Al-Jadeed", "Israeli incursion met by local gunmen; origin town; covering fire",
        "قُتل تسعة من أبناء مدينة نوى بريف درعا الغربي، فجر اليوم الخميس، خلال تصديهم لقوة إسرائيلية توغلت في محيط "
        "سد الجبيلية غربي المدينة، بحسب ما أفادت به مصادر محلية لـ«العربي الجديد». وأضافت المصادر أن الطائرات "
        "الإسرائيلية قصفت محيط السد لتأمين انسحاب القوة، فيما أعلنت مديرية الصحة في درعا ارتفاع عدد الجرحى إلى 22.",
        [E("armed_clash", Q("تسعة", 9), PL("سد الجبيلية", "Al-Jabiliyah dam", "Daraa"), "2025-04-03", "مصادر محلية", ISR,
           note="the fight was at the dam (a facility), Nawa is where the dead came from (a second coder might place "
                "it at Nawa); the covering strikes are part of the same incursion, no second event; the raised "
                "count is of the wounded, never the figure")])

passage("hd22", "2025-07-14", "SOHR", "SOHR colon opener; toll raised; displacement towards another governorate",
        "المرصد السوري: ارتفع إلى 37 عدد القتلى في الاشتباكات المتواصلة منذ أمس الأحد بين مسلحين من عشائر البدو "
        "وفصائل محلية درزية في حي المقوس شرقي مدينة السويداء، بينهم طفلان. ودفعت الاشتباكات عشرات العائلات من سكان "
        "الحي إلى النزوح نحو قرى ريف درعا الشرقي، وسط عمليات خطف متبادلة بين الطرفين.",
        [E("armed_clash", Q("37", 37), PL("المقوس", "Al-Maqous", "As-Suwayda"), "2025-07-13", "المرصد السوري",
           TRIBES, note="the raised toll is the clash's figure; dated from its start ('since yesterday Sunday'); "
                        "agent the first side named (Druze factions the other)"),
         E("other", Q("عشرات", 20, 90, True), PL("المقوس", "Al-Maqous", "As-Suwayda"), "2025-07-14", "المرصد السوري",
           None, note="displacement from the quarter; rural eastern Daraa is the destination, not the place; the "
                      "colon-opened bulletin goes on (source carried); undated: published date; the mutual "
                      "kidnappings are vague (no place, no day): no event")])

passage("hd23", "2025-07-16", "RT Arabic", "Israeli strike on the General Staff building; a future threat",
        "استهدفت غارات إسرائيلية، ظهر اليوم الأربعاء، مبنى هيئة الأركان العامة في ساحة الأمويين وسط دمشق، ومحيط "
        "القصر الجمهوري، ما أسفر عن مقتل ثلاثة أشخاص وإصابة 31 آخرين، وفق حصيلة أولية لوزارة الصحة السورية. وقال "
        "وزير الدفاع الإسرائيلي يسرائيل كاتس إن الجيش سيواصل «العمل بقوة» في السويداء حتى انسحاب القوات الحكومية منها.",
        [E("airstrike", Q("ثلاثة", 3), PL("هيئة الأركان العامة", "General Staff building", "Damascus"), "2025-07-16",
           "وزارة الصحة السورية", ISR,
           note="the general staff building is a listed military site (the most specific place, not the square); "
                "the palace's surroundings are a second target of one act (group); Katz's threat is future, no "
                "event; the 31 wounded are never the figure")])

passage("hd24", "2025-12-21", "Al Jazeera", "interior ministry: an IS cell; a separate kidnapping arrest (dual)",
        "أعلنت وزارة الداخلية السورية، اليوم الأحد، القبض على ستة أشخاص قالت إنهم يشكلون خلية تابعة لتنظيم الدولة "
        "الإسلامية في مدينة داريا بريف دمشق، وضبط أحزمة ناسفة وأسلحة بحوزتهم. وفي عملية منفصلة، أوقفت وحدات الأمن "
        "الداخلي في مدينة التل شخصين متورطين بخطف أحد التجار، واستعادت جزءاً من الفدية، وفق بيان الوزارة.",
        [E("arrest", Q("ستة", 6), PL("داريا", "Darayya", "Rif Dimashq"), "2025-12-21", "وزارة الداخلية السورية",
           NEWGOV, note="announced today, not otherwise dated: published date; IS is the target"),
         E("arrest", None, PL("التل", "Al-Tall", "Rif Dimashq"), "2025-12-21", "بيان الوزارة", NEWGOV,
           note="two in a dual noun: no figure; same ministry (a second coder may give its full name)")])

passage("hd25", "2025-09-03", "Enab Baladi", "Israeli incursion and arrests; state TV relayed; a recalled arrest",
        "اعتقلت قوة إسرائيلية توغلت فجر اليوم الأربعاء في بلدة جباتا الخشب بريف القنيطرة الشمالي ستة شبان من أبناء "
        "البلدة، واقتادتهم إلى داخل الجولان المحتل، بحسب ما أفادت به قناة الإخبارية السورية. وكانت القوات "
        "الإسرائيلية قد اعتقلت، الخميس الماضي، ثلاثة شبان من قرية عابدين في منطقة حوض اليرموك بتهمة حيازة السلاح.",
        [E("arrest", Q("ستة", 6), PL("جباتا الخشب", "Jubata al-Khashab", "Quneitra"), "2025-09-03",
           "قناة الإخبارية السورية", ISR, note="the Golan is where they were taken, not the place"),
         E("arrest", Q("ثلاثة", 3), PL("عابدين", "Abidin", "Daraa"), "2025-08-28", None, ISR,
           note="a recall «وكانت … قد» with its own day: an event of its own, the outlet's (background)")])

passage("hd26", "2019-08-20", "North Press", "reporter's item: SDF raid with coalition; an IED elsewhere",
        "دير الزور – نورث برس\n"
        "أفاد مراسل نورث برس بأن قوات سوريا الديمقراطية، بمساندة مروحيات التحالف الدولي، نفذت فجر اليوم الثلاثاء "
        "عملية إنزال ومداهمة في بلدة الشحيل بريف دير الزور الشرقي، اعتقلت خلالها 11 شخصاً يُشتبه بانتمائهم لخلايا "
        "تنظيم «داعش». وفي ريف المحافظة الشمالي، انفجرت عبوة ناسفة بسيارة عسكرية لـ«قسد» قرب بلدة الصور، ما أدى إلى "
        "إصابة عنصرين بجروح.",
        [E("arrest", Q("11", 11), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2019-08-20", "مراسل نورث برس", SDF,
           note="the coalition is a partner (a second coder might add it); Deir ez-Zor in the dateline is not the "
                "place"),
         E("explosion", None, PL("الصور", "Al-Sur", "Deir ez-Zor"), "2019-08-20", "مراسل نورث برس", None,
           note="the outlet's reporter files the whole item, so another act keeps his report (README); two wounded: "
                "no figure; undated: published date; no perpetrator named")])

passage("hd27", "2020-03-05", "Al Mayadeen", "Moscow ceasefire deal; a future corridor and patrols",
        "أعلن الرئيس الروسي فلاديمير بوتين، اليوم الخميس، عقب محادثات مع نظيره التركي رجب طيب أردوغان في موسكو "
        "استمرت ست ساعات، التوصل إلى اتفاق لوقف إطلاق النار في إدلب يبدأ سريانه منتصف الليلة. وأوضح البيان المشترك أن "
        "الاتفاق ينص على إنشاء ممر آمن بعمق ستة كيلومترات على جانبي الطريق M4، وتسيير دوريات روسية تركية مشتركة "
        "عليه اعتباراً من 15 آذار.",
        [E("agreement", None, PL("موسكو", "Moscow", None, "Russia"), "2020-03-05", "الرئيس الروسي فلاديمير بوتين", RUS,
           note="the deal was made in Moscow; Idlib is what it covers (a second coder might place it at Idlib); the "
                "corridor and patrols are future; hours and km are not counts; M4 is a road name")])

passage("hd28", "2021-09-25", "Sky News Arabia", "IS ambush on a troop bus on a road near a named place; a recall",
        "قُتل 13 عنصراً من قوات النظام السوري وأصيب آخرون، مساء أمس الجمعة، في هجوم شنّه مسلحون يُعتقد أنهم من "
        "خلايا تنظيم داعش على حافلة مبيت عسكرية على الطريق الواصل بين دير الزور وتدمر، قرب منطقة الشولا، وفق ما "
        "أفاد به المرصد السوري لحقوق الإنسان. وكان التنظيم قد تبنى الأسبوع الماضي هجوماً مماثلاً قرب السخنة قُتل فيه "
        "أربعة عناصر.",
        [E("armed_clash", Q("13", 13), PL("الشولا", "Al-Shula", "Deir ez-Zor"), "2021-09-24",
           "المرصد السوري لحقوق الإنسان", IS,
           note="the road is told with a nearer place (Shula), the most specific; the perpetrator is hedged "
                "('believed to be') and coded IS (a second coder: unidentified)"),
         E("armed_clash", Q("أربعة", 4), PL("السخنة", "Al-Sukhnah", "Homs"), "2021-W37", None, IS,
           note="a recall «وكان … قد» with its own week: an event, the outlet's; 'last week' is ISO week 37")])

passage("hd29", "2024-01-18", "Halab Today", "strikes 'believed Jordanian'; relayed local site; Amman named",
        "قُتل ثلاثة أشخاص، بينهم امرأة، جراء غارات جوية يُرجّح أنها أردنية استهدفت منزلاً في قرية الشعاب بريف "
        "السويداء الشرقي فجر اليوم الخميس، بحسب موقع السويداء 24. وأشار الموقع إلى أن المنزل يعود لأحد المتهمين "
        "بتهريب المخدرات عبر الحدود، فيما لم يصدر أي تعليق رسمي من عمّان حتى الآن.",
        [E("airstrike", Q("ثلاثة", 3), PL("الشعاب", "Al-Shaab", "As-Suwayda"), "2024-01-18", "السويداء 24", None,
           note="the Jordanian air force is hedged and has no actor constant: agent null; Amman is named for its "
                "silence, not a place")])

passage("hd30", "2019-12-22", "Orient News", "displacement over three days (destination border); shelling",
        "نزح أكثر من 38 ألف مدني من مدينة معرة النعمان وريفها خلال الأيام الثلاثة الماضية باتجاه المخيمات الحدودية "
        "مع تركيا، بحسب إحصائية أصدرها فريق «منسقو استجابة سوريا» اليوم الأحد. وتزامن ذلك مع قصف صاروخي ومدفعي مكثف "
        "لقوات النظام على قرى جرجناز والتح وتلمنس، أسفر عن مقتل ثلاثة مدنيين.",
        [E("other", Q("أكثر من 38 ألف", 38000, None, True), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), None,
           "منسقو استجابة سوريا", None, kind="aggregate",
           note="displacement summed over three days (2019-12-19 to 2019-12-22); placed where they fled from; the "
                "border camps and Turkey are the destination"),
         E("shelling", Q("ثلاثة", 3, nth=1), PL("جرجناز", "Jarjanaz", "Idlib"), None, None, GOV,
           note="another act after a sourced report: the outlet; 'at the same time' as a three-day period gives no "
                "day; three villages, one group (gold at the first)")])

passage("hd31", "2022-10-02", "Enab Baladi", "SNHR monthly report relayed: killings and arrests in September",
        "وثّقت «الشبكة السورية لحقوق الإنسان» مقتل 69 مدنياً في سوريا خلال أيلول الماضي، بينهم 14 طفلاً وست سيدات، "
        "إضافة إلى ثمانية أشخاص قضوا تحت التعذيب. وذكرت الشبكة في تقريرها الشهري، الصادر اليوم الأحد، أنها سجلت ما "
        "لا يقل عن 197 حالة اعتقال تعسفي خلال الشهر ذاته، كانت النسبة الأكبر منها على يد قوات النظام في محافظتي ريف "
        "دمشق ودرعا.",
        [E("casualties", Q("69", 69), None, None, "الشبكة السورية لحقوق الإنسان", kind="aggregate",
           note="period 2022-09; children and women are a breakdown; the eight under torture are told beside it "
                "(no event of their own; a second coder might add a casualties aggregate of 8)"),
         E("arrest", Q("ما لا يقل عن 197", 197, None, True), None, None, "الشبكة السورية لحقوق الإنسان",
           kind="aggregate", note="period 2022-09; two governorates named for the largest share: no place")])

passage("hd32", "2022-06-01", "Anadolu Agency", "NO EVENT: a threat of a coming operation (future)",
        "قال الرئيس التركي رجب طيب أردوغان، اليوم الأربعاء، إن بلاده ستبدأ قريباً المرحلة التالية من إنشاء «المنطقة "
        "الآمنة» بعمق 30 كيلومتراً على حدودها الجنوبية، وستطهّر منطقتي تل رفعت ومنبج من «الإرهابيين». وأضاف "
        "أردوغان، في كلمة أمام الكتلة البرلمانية لحزبه في أنقرة، أن تركيا «لن تطلب الإذن من أحد» لتنفيذ عملياتها.",
        [])

passage("hd33", "2020-05-16", "Hawar (ANHA)", "NO EVENT: the SDF denies a reported defection",
        "نفى المركز الإعلامي لقوات سوريا الديمقراطية، اليوم السبت، صحة ما تداولته صفحات على مواقع التواصل الاجتماعي "
        "عن انشقاق مجموعة من مقاتلي مجلس دير الزور العسكري وانضمامهم إلى قوات الحكومة في بلدة الصالحية بريف دير الزور الشرقي. ووصف المركز "
        "تلك الأنباء بأنها «مفبركة» وتهدف إلى «زعزعة ثقة الأهالي بقواتهم».",
        [])

passage("hd34", "2019-11-14", "Zaman al-Wasl", "NO EVENT: a tribal council's call to defect, a deadline",
        "دعا «المجلس الأعلى للعشائر والقبائل السورية» أبناء العشائر المنتسبين إلى صفوف قوات سوريا الديمقراطية إلى "
        "الانشقاق عنها والانضمام إلى «الجيش الوطني»، متعهداً بتأمين وصولهم وعائلاتهم إلى مناطق ريف حلب الشمالي. وقال "
        "المجلس في بيان، تلقت «زمان الوصل» نسخة منه، إن باب «التسوية» سيبقى مفتوحاً حتى نهاية الشهر الجاري.",
        [])

passage("hd35", "2023-08-21", "Al Jazeera", "NO EVENT: an anniversary, calls for accountability, a state",
        "تحلّ اليوم الذكرى العاشرة لمجزرة الكيميائي في الغوطتين، وسط مطالبات متجددة من ذوي الضحايا بمحاسبة "
        "المسؤولين عنها أمام محاكم دولية. وتقول منظمات حقوقية سورية إن أحداً من المتورطين لم يُحاسب حتى اليوم، وإن "
        "الملف ما زال عالقاً في أروقة مجلس الأمن بسبب الفيتو الروسي المتكرر.",
        [])

passage("hd36", "2022-02-10", "Daraa 24", "NO EVENT: a habit (near-daily killings) and an aim",
        "تشهد مدن وبلدات ريف درعا الغربي منذ توقيع اتفاق التسوية صيف 2018 حالة من الفلتان الأمني، إذ تتكرر عمليات "
        "الاغتيال بشكل شبه يومي، وغالباً ما تُسجّل ضد مجهولين. ويرى ناشطون أن الأجهزة الأمنية تسعى من خلال هذه الفوضى "
        "إلى تبرير حملات عسكرية جديدة بهدف فرض سيطرتها الكاملة على المنطقة.",
        [])

passage("hd37", "2023-10-05", "SANA", "old SANA register; drone attack on the Military Academy; toll next sentence",
        "حمص-سانا\n"
        "ارتقى عدد من الشهداء وأصيب العشرات من المدنيين والعسكريين، بينهم طلاب ضباط وذووهم، إثر استهداف التنظيمات "
        "الإرهابية المسلحة حفل تخريج طلاب الكلية الحربية في حمص اليوم بطائرات مسيرة محملة بذخائر متفجرة. وأعلن وزير "
        "الصحة أن حصيلة العدوان الإرهابي بلغت 84 شهيداً، بينهم 29 امرأة وستة أطفال، إضافة إلى 266 جريحاً.",
        [E("airstrike", Q("84", 84), PL("الكلية الحربية", "Homs Military Academy", "Homs"), "2023-10-05", "وزير الصحة",
           None, note="a drone attack (ACLED air/drone strike; a second coder might type it explosion); the toll in "
                      "the next sentence is this act's figure and the minister its source; the perpetrator is "
                      "unnamed ('terrorist organisations'): agent null; women and children a breakdown, 266 wounded "
                      "never the figure")])

passage("hd38", "2024-09-22", "Syria TV", "amnesty decree for desertion; a recalled earlier decree with a month",
        "أصدر رئيس النظام السوري بشار الأسد، اليوم الأحد، مرسوماً تشريعياً يقضي بمنح عفو عام عن كامل العقوبة في "
        "جرائم الفرار الداخلي، وعن جرائم الفرار الخارجي شرط أن يسلّم الفارون أنفسهم خلال مهلة محددة، بحسب ما نشرته "
        "«رئاسة الجمهورية» عبر قناتها على تلغرام. وكان الأسد قد أصدر مرسوماً مشابهاً في كانون الأول 2023 شمل أيضاً "
        "جرائم تهريب الأسلحة.",
        [E("desertion", None, None, "2024-09-22", "رئاسة الجمهورية", GOV,
           note="an amnesty decree for desertion is the desertion type (news_dev README)"),
         E("desertion", None, None, "2023-12", None, GOV,
           note="a recalled decree with its own month: an event, the outlet's (background)")])

passage("hd39", "2021-05-24", "SANA", "old SANA register; US convoy via a crossing; origin and destination",
        "الحسكة-سانا\n"
        "أدخلت قوات الاحتلال الأمريكي رتلاً مؤلفاً من 45 آلية، بينها شاحنات محملة بمعدات عسكرية ولوجستية، عبر معبر "
        "الوليد غير الشرعي قادماً من الأراضي العراقية، واتجه إلى قواعدها غير الشرعية في ريف الحسكة. وذكرت مصادر أهلية "
        "لمراسل سانا أن الرتل كانت ترافقه مدرعات تابعة لميليشيا «قسد».",
        [E("reinforcement", Q("45", 45), PL("معبر الوليد", "Al-Walid crossing", "Al-Hasakah"), "2021-05-24",
           "مصادر أهلية", COAL,
           note="the crossing is where the act is placed (Iraq is the origin, the bases in rural Hasakah the "
                "destination; a second coder might place it at the Hasakah countryside); vehicles are the count; "
                "the local sources' next sentence is about the same convoy (carried back); undated: published date")])

passage("hd40", "2022-07-22", "Al Arabiya", "Russian strike on a farm at a village; Civil Defence; SOHR comment",
        "قُتل ستة مدنيين، بينهم أربعة أطفال من عائلة واحدة، وأصيب 11 آخرون، صباح اليوم الجمعة، جراء غارة نفذتها "
        "طائرة حربية روسية على مزرعة عند أطراف قرية الجديدة في ريف جسر الشغور غربي إدلب، بحسب ما أفاد الدفاع المدني "
        "السوري. وقال المرصد السوري لحقوق الإنسان إنها الغارة الأكثر دموية في المنطقة منذ مطلع العام الجاري.",
        [E("airstrike", Q("ستة", 6), PL("الجديدة", "Al-Jdeideh (Jisr al-Shughur)", "Idlib"), "2022-07-22",
           "الدفاع المدني السوري", RUS,
           note="a farm at the village: the village is the place; SOHR's comment is about the same strike (no "
                "second event); the four children are a breakdown")])


def main() -> None:
    write("gold55.jsonl", P55)


if __name__ == "__main__":
    main()
