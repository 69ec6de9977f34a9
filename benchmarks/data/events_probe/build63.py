"""Build gold63.jsonl: HELD-OUT set 63 (ids ib01…), written in stop 32 by writer w63 BEFORE any run on it.

WHOLE ARTICLES PARAPHRASED FROM REAL PAGES: each passage is the paraphrase of the body of one real Arabic news page
about Syria found in the search tool's `pages` corpus (queries in Arabic), 2011-2025, many kinds of outlet: headline,
lead, details, sources, background, the other side's telling, recalls, and a glued list of related headlines or an
«اقرأ أيضاً» line where the page had one. Incidents, their order, places, figures, dates, who acted and who says so
were kept; every sentence was rewritten (no run of 5 words shared with the page except names, checked by script
against the page text, which was kept only in /tmp); people's personal names were changed. Each passage's note
holds the page's address. Gold was written before any run of marsad on these passages.

    python benchmarks/data/events_probe/build63.py      # rewrites gold63.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P63: list[dict] = []


def passage(pid, published, outlet, style, text, events, note=None):
    """`note` holds the real page's address; it is kept in `style` so that gold63.jsonl records it."""
    if note:
        style = f"{style} | {note}"
    P63.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("ib01", "2013-06-15", "Al Jazeera", "defection headline + US stance + two recalls",
        "71 ضابطاً سورياً يلجؤون إلى تركيا في أوسع انشقاق منذ أشهر\n"
        "أعلن مسؤول تركي اليوم السبت أن 71 ضابطاً من الجيش السوري، من بينهم ستة من القادة الكبار، لجؤوا إلى تركيا، في"
        " ما يُعدّ أوسع خروج جماعي لضباط رفيعين من صفوف القوات الأمنية السورية منذ أشهر. وكانت الولايات المتحدة قد "
        "أعلنت عزمها تسليح مقاتلي المعارضة، بعدما قالت إنها حصلت على ما يثبت لجوء قوات الأسد إلى السلاح الكيمياوي ضد "
        "معارضين يقاتلون لإسقاط حكمه. ولم تتوقف الانشقاقات في الجيش والأمن، ومن مختلف الرتب، منذ انطلاق الثورة على "
        "نظام الأسد قبل ما يزيد على عامين. وقبل شهر ظهر مائتا جندي في تسجيل مصور نشرته مواقع الثورة، وأعلنوا فيه "
        "تركهم الجيش النظامي في المنطقة الشرقية والتحاقهم بصفوف الجيش السوري الحر. وقبل ذلك بشهرين، كشف اللواء سامر "
        "نديم الحسيني، الذي كان يرأس هيئة الإمداد والتموين ويُحسب من الشخصيات البارزة في المؤسسة العسكرية، عن انشقاقه"
        " عن النظام. وقالت كتائب درعا يومها إنها رتبت خروج اللواء من مقره في دمشق وأمّنت طريقه حتى بلوغه الأردن.",
        [E("defection", Q("71", 71), PL("تركيا", "Turkey", None, "Turkey", nth=1), None, "مسؤول تركي", GOV,
           note="arrival abroad told as the defection: the arrival place; the six commanders are a breakdown; the "
                "official speaks today but the text gives no day of the flight (date null; a second coder may take "
                "the report's day)"),
         E("statement", None, None, None, "الولايات المتحدة",
           note="a named state's decision (arming the opposition), told as a recall with no day"),
         E("defection", Q("مائتا", 200), PL("المنطقة الشرقية", "Eastern region", None), None, None, GOV,
           note="recall «قبل شهر»: its own incident with figure and place; date left null (a month before, no day); "
                "a second coder may drop it as a recall with no day"),
         E("defection", None, PL("دمشق", "Damascus", "Damascus"), None, "كتائب درعا", GOV,
           note="recall of one general's defection two months before; the next sentence (Daraa brigades) returns "
                "to it, so its source carries back; place where he served (Damascus), not the arrival (Jordan)")],
        note="page: http://www.aljazeera.net/news/arabic/2013/6/15/انشقاق-71-ضابطا-سورياً-لجؤوا-لتركيا")

passage("ib02", "2016-08-27", "AFP (swissinfo)", "double barrel strike + recall of Thursday's strike + other toll",
        "مقتل 15 شخصاً على الأقل ببرميلين متفجرين على حلب\n"
        "لقي ما لا يقل عن 15 شخصاً حتفهم وجُرح آخرون اليوم السبت، حين سقط برميلان متفجران تفصل بينهما دقائق على حي "
        "خاضع للفصائل المقاتلة في مدينة حلب، بحسب المرصد السوري لحقوق الإنسان. وشرح مدير المرصد، وليد السمان، لوكالة "
        "فرانس برس أن قوات النظام ضربت حي المعادي ببرميل هوى قرب خيمة عزاء عند أطراف حي النيرب، ثم سقط برميل آخر بعد "
        "أن احتشد السكان والمسعفون في المكان، فقُتل 15 مدنياً على الأقل وأصيب كثيرون. ولفت السمان إلى أن العزاء كان "
        "مقاماً على أرواح خمسة عشر مدنياً، منهم 11 طفلاً، قضوا الخميس في قصف بالبراميل نفذته قوات النظام على حي باب "
        "النيرب القريب. ونقل مراسل لفرانس برس في الأحياء الشرقية للمدينة أن سيارات الإسعاف كانت قد هرعت إلى موقع "
        "البرميل الأول حين هبط الثاني، فارتفع عدد القتلى ودُمّرت سيارة إسعاف كلياً وجُرح مسعفان اثنان في الأقل. أما "
        "وكالة شهبا برس المحلية فتحدثت عن 23 قتيلاً مدنياً على الأقل بفعل البرميلين، ونشرت صوراً للموقع الذي استُهدف.",
        [E("airstrike", Q("15", 15, None, approx=True, nth=1), PL("المعادي", "Al-Maadi", "Aleppo"), "2016-08-27",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="two barrels minutes apart, one act; headline, lead, director's quote and reporter tell it again; "
                "Shahba Press's 23 is another source's toll of the same act (no second event); figure is the "
                "lead's (a second coder may take 23 or the quote's 15)"),
         E("airstrike", Q("خمسة عشر", 15), PL("باب النيرب", "Bab al-Nayrab", "Aleppo"), "2016-08-25",
           "وليد السمان", GOV, note="recall with its own day (Thursday before Saturday 27): an event; 11 "
                                      "children are a breakdown")],
        note="page: https://www.swissinfo.ch/ara/afp/مقتل-15-شخصا-على-الاقل-جراء-برميلين-متفجرين-على-مدينة-حلب-السورية-/42402906")

passage("ib03", "2023-09-02", "Syria TV", "drone strike on a car + an earlier blast told two ways",
        "قتيل وجريحان من «قسد» بضربة مسيّرة تركية على سيارتهم في ريف القامشلي\n"
        "الحسكة – خاص\n"
        "لقي عنصر من «قسد» مصرعه وجُرح اثنان آخران، اليوم السبت، حين ضربت طائرة مسيّرة تركية سيارة كانوا على متنها في"
        " ريف القامشلي. ونقل موقع تلفزيون سوريا عن مصدر مطلع أن الضربة قتلت قيادياً في «قسد» وأوقعت جريحين إصابتهما "
        "بالغة، قرب مفرق قرية دوكركا، الواقعة على الطريق الذي يربط القامشلي بالمالكية. وروى شهود أن صاروخاً أصاب "
        "السيارة فانحرفت عن الطريق العام واشتعلت فيها النار حتى احترقت بالكامل. وتابع المصدر أن سيارات إسعاف أقلّت "
        "القتيل والجريحين إلى مستشفى عسكري في المالكية. وتناقل ناشطون صوراً ومقاطع مصورة لسيارة «جيب» بيضاء مقلوبة "
        "على جانب الطريق والنار تلتهمها. وقبل الضربة ببضع دقائق، دوّى انفجار بالقرب من تل العيد، القرية الواقعة إلى "
        "الجنوب الشرقي من القامشلي، وارتفعت من مكانه سحب الدخان، ونسبت وسائل إعلام قريبة من النظام السوري الانفجار "
        "إلى طائرة تركية مسيّرة قالت إنها قصفت نقطة عسكرية تتبع «قسد» قرب القرية.",
        [E("airstrike", None, PL("دوكركا", "Dukirka", "Al-Hasakah"), "2023-09-02", "مصدر مطلع", TUR,
           note="one killed (no numeral: no figure), two injured; the lead names no source and the next sentence's "
                "source returns to the strike; place: the village junction on the road (most specific)"),
         E("airstrike", None, PL("تل العيد", "Tal al-Eid", "Al-Hasakah"), "2023-09-02",
           "وسائل إعلام قريبة من النظام السوري", TUR,
           note="the outlet tells a blast, pro-government media assert a Turkish drone strike: coded from the side "
                "that asserts the act (a second coder may code an explosion with no source)")],
        note="page: https://www.syria.tv/قتلى-وجرحى-من-قسد-إثر-استهداف-مسيرة-تركية-لسيارتهم-بريف-القامشلي")

passage("ib04", "2025-03-07", "INN Lebanon", "glued list of related headlines + clash with breakdown",
        "جامع القرطاوية في طرابلس.. أروع ما أنتجه فن البناء المملوكي في الشام | مدفع رمضان.. الطلقة التي ينتظرها "
        "الصائمون بفرح | كان انقلاباً وأُحبط.. سوريا أمام أحقاد الداخل وحسابات الخارج | سامي الحوراني لـ«المدن»: "
        "إيران تقف خلف تمرد الساحل | تعليق جديد لعادل الخطيب على ما يجري في سوريا\n"
        "حظر تجول ومعارك.. تصعيد أمني لم تعرفه المنطقة من قبل في الساحل السوري\n"
        "دارت أمس الخميس مواجهات عنيفة في محافظة اللاذقية بين قوات الحكومة ومجموعات مسلحة تدين بالولاء لبشار الأسد، "
        "الرئيس المخلوع، في تصعيد أمني لم تعرفه المنطقة من قبل. وذكر المرصد السوري لحقوق الإنسان أن المعارك خلّفت 48 "
        "قتيلاً، منهم عناصر في الأمن السوري ومسلحون من أنصار الأسد، إلى جانب ضحايا مدنيين. وفصّل المرصد الحصيلة، "
        "فأوضح أن 28 مقاتلاً من الموالين للأسد قُتلوا، وأن أربعة مدنيين سقطوا برصاص قوات الأمن، بينما سقط من قوات "
        "الأمن 16 عنصراً على أيدي المسلحين الموالين للنظام السابق.",
        [E("armed_clash", Q("48", 48), PL("اللاذقية", "Latakia", "Latakia", nth=0), "2025-03-06",
           "المرصد السوري لحقوق الإنسان", NEWGOV,
           note="the related headlines glued above the item are not coded; 28 loyalists, 4 civilians and 16 "
                "security men are the clash's breakdown (a second coder may code the 4 civilians shot by the "
                "security forces as a casualties event of their own); place: the governorate, the text names no "
                "finer place; agent: both sides named, the government side first")],
        note="page: https://innlb.com/news/article/1127906 (the excerpt read ends after the breakdown)")

passage("ib05", "2025-12-24", "Al-Shorouk (Anadolu)", "clash + second source + March recall + 2024 recall",
        "مواجهات بين قوى الأمن وفلول النظام المخلوع في ريف جبلة\n"
        "دارت اشتباكات في محافظة اللاذقية، في الشمال الغربي من سوريا، بين قوات الأمن وعناصر من بقايا النظام السابق. "
        "وأفادت قناة «الإخبارية السورية» يوم الأربعاء بأن المواجهة جمعت قوى الأمن الداخلي ومسلحين من بقايا النظام "
        "البائد في بعبدة، القرية التي تتبع ريف جبلة، ولم تزد على ذلك تفاصيل. وفي السياق ذاته، نسبت وكالة «سانا» إلى "
        "مصدر أمني مجهول الاسم أن عناصر من الأمن الداخلي تبادلوا إطلاق النار مع مطلوبين خارجين على القانون حول مدينة "
        "جبلة. وكانت مناطق الساحل قد عاشت في آذار الماضي أياماً دامية، هاجم خلالها مسلحون موالون للنظام السابق قوات "
        "الأمن. ثم عادت القوات الحكومية فأحكمت سيطرتها على المنطقة في عملية واسعة رافقتها، بحسب السلطات، انتهاكات "
        "وقتل لمدنيين ونهب وإحراق لممتلكات على أيدي مسلحين «لا يتبعون للحكومة». وتعمل السلطات السورية الجديدة على "
        "إعادة الاستقرار الأمني إلى البلاد وعلى تعقب أنصار الأسد، الذي حكم بين عامي 2000 و2024، ممن يثيرون القلاقل. "
        "وفي الثامن من كانون الأول 2024، دخل الثوار السوريون العاصمة دمشق وأعلنوا إسقاط حكم بشار الأسد.",
        [E("armed_clash", None, PL("بعبدة", "Baabda", "Latakia"), "2025-12-24", "الإخبارية السورية", NEWGOV,
           note="the lead names no source; the next sentence (Al-Ikhbariya, Wednesday) returns to the clash; SANA's "
                "security source tells the same clash around Jableh (one event, a second coder may code two); "
                "agent: the security forces, named first"),
         E("territory_change", None, PL("دمشق", "Damascus", "Damascus"), "2024-12-08", None, FSA,
           note="background recall with its own day (8 December 2024): coded as the sets code a dated recall; a "
                "second coder may leave it out as background. The March events are a recall with no day: "
                "no event")],
        note="page: https://www.shorouknews.com/news/view.aspx?cdate=24122025&id=6f1569fa-1278-4377-8882-740f4be9809f")

passage("ib06", "2011-04-23", "Masress (Misr al-Gedida, AFP)", "fire on a funeral + national toll + other town",
        "قتلى برصاص الأمن في تشييع بحمص، وحصيلة «جمعة الحرية» ترتفع إلى 44\n"
        "سقط خمسة قتلى على الأقل وعشرات الجرحى يوم السبت في مدينة حمص وسط البلاد، حين فتح عناصر الأمن نيرانهم على "
        "موكب تشييع، في وقت أفادت منظمة حقوقية بأن عدد من قضوا برصاص قوات الأمن في الاحتجاجات التي عمّت مدناً سورية "
        "عدة يوم الجمعة، المسماة «جمعة الحرية»، بلغ 44 قتيلاً. وروى ناشط طلب ألا يُكشف اسمه، في اتصال بوكالة فرانس "
        "برس، أن عناصر الأمن صوّبوا رصاصهم السبت نحو جمع من المشيعين في حمص فقتلوا خمسة منهم في الأقل وأصابوا "
        "العشرات. وأوضح أن الرصاص انهمر لحظة مغادرة المشيعين المقبرة، بعد مشاركتهم في دفن 13 شخصاً سقطوا يوم الجمعة "
        "خلال تظاهرات شهدتها المدينة. وبحسب الناشط، انطلقت الجنازة التي ضمت آلاف المشاركين من المسجد الكبير في حمص "
        "باتجاه مقبرة تل النصر. وفي سياق آخر، ذكر ناشط حقوقي آخر رفض كشف هويته لفرانس برس أن عناصر أمن فتحوا الرصاص "
        "على محتجين في سقبا بريف دمشق فجرحت عدداً منهم لم يستطع تحديده. وأشار إلى أن عناصر الأمن دخلوا البلدة، التي "
        "التزمت إضراباً عاماً، وهم يهتفون بحياة الرئيس بشار الأسد، فرد عليهم المتظاهرون بشعارات معادية له.",
        [E("protest", Q("آلاف", 2000, 9000, True), PL("حمص", "Homs", "Homs", nth=1), "2011-04-23", "ناشط", PROT,
           note="fire on a funeral procession: one protest event; the crowd is numbered («آلاف»), so it is the "
                "figure and the five dead are its fatalities (a second coder may give the dead as the figure); "
                "the lead names no source, the activist's sentence returns to it"),
         E("casualties", Q("44", 44), None, "2011-04-22", "منظمة حقوقية", kind="aggregate",
           note="a day's national toll of the Friday protests told beside the funeral: casualties aggregate"),
         E("protest", Q("13", 13), PL("حمص", "Homs", "Homs", nth=3), "2011-04-22", "ناشط", PROT,
           note="recall with its own day (Friday's protests in Homs, 13 dead): an event; it lies inside the 44 "
                "aggregate (a second coder may leave it out)"),
         E("protest", None, PL("سقبا", "Saqba", "Rif Dimashq"), "2011-04-23", "ناشط حقوقي", PROT,
           note="fire on protesters with injured only: no figure; date: the item's Saturday (a second coder may "
                "leave the date null)")],
        note="page: https://www.masress.com/misrelgdida/60799")

passage("ib07", "2021-01-31", "Qasioun", "car bomb with reporter + recall of yesterday's car bomb",
        "بالفيديو: ستة قتلى وما يزيد على 29 مصاباً في تفجير مفخخة وسط إعزاز\n"
        "قاسيون – خاص\n"
        "لقي ستة مدنيين حتفهم وجُرح ما يزيد على 29 شخصاً، اليوم الأحد، إثر تفجير سيارة مفخخة في قلب مدينة إعزاز شمالي"
        " حلب. وأفاد مراسل وكالة قاسيون في المدينة بأن المفخخة انفجرت وسط سوق شعبي في شارع المركز الثقافي، قرب مقر "
        "الحكومة السورية المؤقتة داخل إعزاز. وبيّن المراسل أن الحصيلة الأولية بلغت ستة قتلى مدنيين، منهم امرأة وطفلة،"
        " وأكثر من 25 مصاباً تتفاوت جراحهم وبعضها بالغ الخطورة. وتولت فرق الدفاع المدني نقل المصابين إلى مستشفى إعزاز"
        " الوطني، كما انتشلت جثث الضحايا من مكان الانفجار. وفي اليوم السابق، السبت، قُتل ثمانية مدنيين وجُرح آخرون "
        "حين انفجرت مفخخة في المنطقة الصناعية من مدينة عفرين شمال حلب. وتتعرض مدن ريفي حلب الشمالي والشرقي وبلداتهما "
        "مراراً لتفجيرات تُنفذ بسيارات ودراجات نارية ملغمة وبعبوات ناسفة.\n"
        "(متداول)",
        [E("explosion", Q("ستة", 6), PL("إعزاز", "Azaz", "Aleppo"), "2021-01-31", "مراسل وكالة قاسيون", None,
           note="headline, lead and the reporter's toll tell one blast; a market street: placed at the town; the "
                "lead names no source, the reporter's sentence returns to it"),
         E("explosion", Q("ثمانية", 8), PL("عفرين", "Afrin", "Aleppo"), "2021-01-30", "مراسل وكالة قاسيون", None,
           note="recall with its own day (Saturday): an event; source: the outlet's own reporter files the item, "
                "so his report carries (a second coder may give the outlet, as for a writer's recall); the "
                "industrial zone is placed at the town")],
        note="page: https://qasioun-news.com/ar/articles/59456/بالفيديو-انفجار-مفخخة-في-مدينة-عزاز-يخلف-6-قتلى-وأكثر-من-29-مصاباً")

passage("ib08", "2015-05-21", "Echorouk (via djazairess)", "IS takes a city: own statement + SOHR + toll of fighting",
        "«داعش» يبسط سيطرته الكاملة على تدمر ويقترب من نصف مساحة سوريا\n"
        "أحكم تنظيم الدولة الإسلامية «داعش» قبضته على مدينة تدمر الأثرية كلها يوم الخميس، ما يمهد له الطريق نحو "
        "البادية السورية ويضع نصف الرقعة الجغرافية لسوريا تحت يده. وأعلن التنظيم، في بيان نشره على تويتر اليوم "
        "الخميس، أنه بات يسيطر على المدينة بأكملها، ومنها المطار العسكري والسجن، بعد أن انهارت القوات الموالية للنظام"
        " فيها. وجاء في البيان أن قوات «النظام النصيري» انهارت وفرّ عناصرها تاركين في ساحة القتال أعداداً كبيرة من "
        "القتلى. من جهتهم، ذكر ناشطون والمرصد السوري لحقوق الإنسان أن جيش النظام أخلى كل مواقعها ومقراتها في المدينة،"
        " ومنها سجن تدمر والمطار العسكري في الشرق وفرع البادية للمخابرات العسكرية في الغرب، وقد دخلها مقاتلو التنظيم "
        "ليلاً. وأوضح مدير المرصد، كريم الشامي، أن المعارك المستمرة منذ الأربعاء أوقعت ما لا يقل عن مئة قتيل في صفوف "
        "المقاتلين الموالين للنظام. وأضاف أن أي أنباء عن تخريب آثار تدمر لم ترد حتى الساعة.",
        [E("territory_change", Q("مئة", 100, None, approx=True), PL("تدمر", "Palmyra", "Homs"), "2015-05-21", "التنظيم", IS,
           note="one taking told by IS's statement (the lead names no source; the statement returns to it) and by "
                "SOHR; the airport, prison and intelligence branch are parts of the town taken; the dead of the "
                "fighting since Wednesday are the taking's (a second coder may code an armed_clash with 100 from "
                "SOHR's director)")],
        note="page: https://djazairess.com/echorouk/243503")

passage("ib09", "2021-08-02", "Syrian Press Center (syrianpc)", "SNHR monthly toll + two local networks' tolls",
        "الشبكة السورية: 129 قتيلاً مدنياً في تموز\n"
        "أعلنت أمس الأحد، الأول من آب/أغسطس، الشبكة السورية لحقوق الإنسان أنها وثقت خلال تموز/يوليو المنصرم مقتل 129 "
        "مدنياً في أنحاء البلاد، منهم 44 طفلاً و17 سيدة، إلى جانب عشرة أشخاص فارقوا الحياة تحت التعذيب. وبحسب "
        "التقرير، قتلت قوات النظام 46 مدنياً، منهم 20 طفلاً و6 سيدات، وقتلت القوات الروسية 21 مدنياً، منهم 12 طفلاً "
        "و3 سيدات، بينما قضى 11 مدنياً منهم طفلان بنيران قوات سوريا الديمقراطية، ومدني واحد بأيدي عناصر هيئة تحرير الشام. "
        "وبيّن التقرير كذلك أن عشرة أشخاص ماتوا تحت التعذيب في الشهر نفسه، ثمانية منهم لدى قوات النظام واثنان لدى "
        "«قسد»، في حين تتحمل جهات أخرى المسؤولية عن مقتل 50 مدنياً، بينهم 10 أطفال و8 سيدات. وبموازاة ذلك، نشرت شبكات"
        " محلية إحصاءاتها: فقد سجلت شبكة «درعا 24» مقتل 72 مدنياً في محافظة درعا، قضى 26 منهم في الأيام القليلة "
        "الأخيرة بقصف النظام والاشتباكات الدائرة هناك، وبين القتلى عناصر من قوات النظام وآخرون سقطوا في عمليات "
        "اغتيال. أما شبكة «دير الزور 24» فأحصت مقتل 19 مدنياً في محافظة دير الزور خلال تموز، خمسة منهم بيد قوات "
        "النظام واثنان بيد «قسد» وثمانية بيد تنظيم الدولة وأربعة بيد مجهولين.\n"
        "المركز الصحفي السوري – عين على الواقع",
        [E("casualties", Q("129", 129, nth=1), None, None, "الشبكة السورية لحقوق الإنسان", kind="aggregate",
           note="a month's national toll naming several perpetrators: casualties aggregate; perpetrators, children, "
                "women and torture are its breakdown (a second coder may code per-perpetrator aggregates)"),
         E("casualties", Q("72", 72), PL("درعا", "Daraa", "Daraa", nth=1), None, "درعا 24", kind="aggregate",
           note="a month's toll in a governorate, several causes (shelling, clashes, assassinations); the 26 of "
                "the last days are its breakdown"),
         E("casualties", Q("19", 19), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=1), None, "دير الزور 24",
           kind="aggregate", note="a month's toll in a governorate by four perpetrators (breakdown)")],
        note="page: https://syrianpc.com/مقتل-129-مدنياً-في-سوريا-خلال-شهر-تموز")

passage("ib10", "2024-02-10", "Akhbar al-Aan", "Israeli strike told by SOHR and SANA + glued headline + Friday recall",
        "غارات إسرائيلية تضرب مواقع في غرب دمشق\n"
        "قال المرصد السوري لحقوق الإنسان إن انفجارات قوية سُمعت جراء غارات إسرائيلية على منطقتي الديماس ومشروع دمر، "
        "أصابت إحداها بناءً سكنياً في غرب العاصمة السورية دمشق، وسط أنباء عن اغتيال أشخاص يحملون جنسيات أجنبية. وقالت"
        " وكالة الأنباء الرسمية «سانا» فجر اليوم السبت أن الدفاعات الجوية تصدت لهجوم جوي إسرائيلي طال مواقع في ريف "
        "دمشق. ونسبت الوكالة إلى مصدر عسكري قوله إن إسرائيل شنت نحو الساعة 1:05 فجراً ضربات جوية من جهة الجولان "
        "السوري مستهدفة مواقع عدة في ريف دمشق. وتابع المصدر أن وسائط الدفاع الجوي اعترضت الصواريخ الإسرائيلية وأسقطت "
        "قسماً منها، مختتماً بأن الهجوم خلّف بعض الخسائر المادية.\n"
        "اقرأ أيضاً: ريف دمشق تحت هجوم جوي إسرائيلي.. ودمشق تعلن اعتراضه\n"
        "وتداول مستخدمون على مواقع التواصل مقاطع وصوراً قالوا إنها للهجوم الذي وقع فجر اليوم. وكانت وسائل إعلام رسمية"
        " سورية قد أعلنت يوم الجمعة أن الدفاعات الجوية تصدت لـ«أهداف معادية» حول دمشق، وهو ما أكده المرصد السوري "
        "متحدثاً عن دوي انفجارات في العاصمة وما حولها. ونفذت إسرائيل على مدى السنوات الماضية مئات الضربات الجوية على "
        "الأراضي السورية.",
        [E("airstrike", None, PL("الديماس", "Al-Dimas", "Rif Dimashq"), "2024-02-10", "المرصد السوري لحقوق الإنسان",
           ISR, note="SOHR's and SANA's tellings are one strike at dawn (group of two places: the first); the "
                     "reported assassinations give no figure; the glued «اقرأ أيضاً» line is not coded"),
         E("airstrike", None, PL("دمشق", "Damascus", "Damascus", nth=6), "2024-02-09", "وسائل إعلام رسمية سورية", None,
           note="Friday's recall: air defences met «hostile targets» around Damascus, an attack with its own day; "
                "the attacker is not named for it (agent null); a second coder may code no event. The hundreds of "
                "strikes over years are background, no event")],
        note="page: https://www.akhbaralaan.net/news/arab-world/2024/02/10/هجوم-جوي-إسرائيلي-على-ريف-دمشق-وسوريا-تُعلن-التصدي")

passage("ib11", "2025-07-14", "Megaphone", "tribal-Druze clashes: toll, deployment, cause, stances",
        "37 قتيلاً على الأقل في معارك العشائر والفصائل الدرزية بالسويداء\n"
        "قالت وزارة الداخلية في سوريا، صباح هذا الاثنين، إنها شرعت في التدخل ودفعت بعناصرها إلى مواقع القتال بين "
        "العشائر ومسلحين دروز في السويداء لوقف التصعيد. وقد أودت المواجهات بحياة 37 شخصاً في الأقل، من البدو ومن "
        "المجموعات الدرزية، فيما أوردت «سانا» نبأ مقتل عدد من جنود الجيش السوري خلال انتشارهم في مناطق القتال. وذكر "
        "موقع «السويداء 24» أن الطفلين رامي حداد وليث عطية، وهما من أهالي المدينة، فارقا الحياة بعد أن أصابهما الرصاص"
        " داخل منزليهما. وكان القتال قد اشتعل يوم الأحد، حين انهال أفراد من العشائر ضرباً على شاب من أبناء السويداء "
        "عند حاجز مؤقت أقاموه قرب المسمية، فردّت فصائل درزية باحتجاز أشخاص من العشائر. ثم انتقلت المعارك من حي "
        "المقوس، داخل المدينة، إلى الطيرة، ثم الصورة الكبيرة وسميع والمزرعة ولبين، وحتى حران في الريف. وحمّلت الحكومة"
        " السورية المسؤولية عن التصعيد لما وصفته بـ«عجز المجتمع المحلي» عن لملمة الأزمة، في حين طالبت الرئاسة الروحية"
        " للدروز الحكومةَ بتأمين طريق دمشق – السويداء وطرد العصابات منه.",
        [E("reinforcement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2025-07-14",
           "وزارة الداخلية", NEWGOV,
           note="the ministry's deployment to stop the fighting: a reinforcement (a second coder may code it as "
                "a statement of intent)"),
         E("armed_clash", Q("37", 37, None, approx=True, nth=1), PL("المقوس", "Al-Maqwas", "As-Suwayda"), "2025-07-13",
           None, TRIBES,
           note="one fight spread over a quarter and six towns (a group: the first place named); its toll names "
                "no source; the two children and the soldiers (no number) are inside it; date: the day it "
                "started (Sunday). The beating at the checkpoint and the detentions that sparked it are left "
                "uncoded (a second coder may code them)"),
         E("statement", None, PL("دمشق", "Damascus", "Damascus"), "2025-07-14", "الرئاسة الروحية للدروز",
           note="a named body's call on the government; its place is the road it concerns (first place named; a "
                "second coder may give As-Suwayda or null); the government's reading of the crisis reacts to "
                "the incident: no statement")],
        note="page: https://www.megaphone.news/cards/السويداء-37-قتيلاً-في-الاشتباكات-بين-العشائر-والفصائل-الدرزيّة")

passage("ib12", "2019-05-17", "Jisr TV", "prisoner exchange at a crossing + deal + undated recall",
        "صفقة بين «تحرير الشام» وقوات النظام تُطلق 22 سيدة\n"
        "الجمعة 2019/05/17\n"
        "أُطلق اليوم الجمعة 27 أسيراً، هم 22 سيدة و5 رجال، من سجون النظام، في عملية تبادل جرت عند معبر العيس في ريف "
        "حلب الجنوبي بين «هيئة تحرير الشام» وقوات النظام، وتوسط فيها الهلال الأحمر السوري، وسلّمت الهيئة في المقابل "
        "سبعة أشخاص إلى قوات النظام. ويقول ناشطون إن اتفاقاً أُبرم قبل أيام بين الطرفين يُفرج النظام بموجبه عن 27 "
        "أسيراً يتبعون للهيئة، منهم 22 سيدة، لقاء سبعة أشخاص تسلمهم الهيئة، أغلبهم من أبناء الطائفة العلوية، وقعوا في"
        " الأسر قبل خمس سنوات في أحد الأحياء الشرقية لحلب. وأوضح المصدر أن أكثر المفرج عنهن يتحدرن من حمص وحماة ودير "
        "الزور، وقد أمضين في المعتقل ما يزيد على عامين، وأنهن سيُنقلن إلى «صالة الحمراء» في وسط إدلب، حيث تترقب "
        "عائلاتهن وصولهن. وكانت الهيئة والنظام قد أجريا في أواخر آذار/مارس الماضي صفقة شبيهة، خرج فيها ثلاثة معتقلين،"
        " منهم امرأة، في مقابل إرشاد الهيئة إلى جثث لقتلى من قوات النظام في أبو ظهور بريف إدلب الشرقي.",
        [E("other", Q("27", 27, nth=0), PL("معبر العيس", "Al-Eis crossing", "Aleppo"), "2019-05-17", "ناشطون", None,
           note="prisoner exchange: one `other` event, figure the freed as first numbered (27; women and men are "
                "its breakdown); the crossing is a place of its own; the lead names no source, the activists' "
                "sentence returns to the same exchange (the deal made days before is part of it, no agreement "
                "event); agent null (two sides). The late-March exchange is a recall with no day: no event")],
        note="page: https://jisrtv.com/أخبار-الجسر/الأخبار-السورية/صفقة-تبادل-أسرى-بين-النظام-وتحرير-الشام-تفضي-للإفراج-عن-22-سيدة/")

passage("ib13", "2024-11-30", "Bissan FM", "opposition takes Aleppo + more takings + regime's redeployment",
        "المعارضة تنتزع حلب.. والنظام يتحدث عن انسحاب «مؤقت»\n"
        "بسطت فصائل المعارضة السورية سيطرتها على مدينة حلب مساء أمس الجمعة، وهي كبرى المدن السورية بعد العاصمة ومركز "
        "البلاد الاقتصادي، إثر انسحاب قوات النظام منها، في تحول مفاجئ جاء بعد ثلاثة أيام لا غير من هجوم واسع أطلقته "
        "المعارضة في الشمال الغربي باسم «ردع العدوان». ونشر ناشطون صوراً تُظهر مقاتلي المعارضة في قلعة حلب التاريخية "
        "والجامع الأموي الأثري، وفي ساحة سعد الله الجابري في قلب المدينة. وأعلنت إدارة العمليات العسكرية المعارضة أن "
        "قواتها، بعد دخول حلب، ماضية في تحرير أبرز قرى الريف الشمالي: عندان وكفرحمرة وحريتان وحيان، ضمن التحركات "
        "الجارية في إطار «ردع العدوان». وفي الوقت ذاته تقدمت الفصائل في ريفي إدلب الشرقي والجنوبي، وانتزعت سراقب، "
        "ومعها أبو الضهور ومعرة النعمان وكفرنبل، إضافة إلى عشرات القرى.\n"
        "النظام يعلن الخروج من حلب\n"
        "في المقابل، قال النظام إن «التنظيمات الإرهابية» دخلت أجزاء واسعة من أحياء حلب من غير أن تثبّت فيها نقاط "
        "تمركز، وذكرت وزارة دفاعه أن تعدد الجبهات اضطرها إلى إعادة نشر قواتها.",
        [E("territory_change", None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2024-11-29", "ناشطون", FSA,
           note="the lead names no source; the activists' photos return to the taking; landmarks are inside the "
                "city; the regime's telling and redeployment react to the same taking (no statement); agent as "
                "set 1 p40 codes the 2024 operations room"),
         E("territory_change", None, PL("عندان", "Anadan", "Aleppo"), None, "إدارة العمليات العسكرية", FSA,
           note="four villages being taken (a group: the first); the text gives no day for it (ongoing); a second "
                "coder may treat «ماضية في تحرير» as not yet done and code nothing"),
         E("territory_change", None, PL("سراقب", "Saraqib", "Idlib"), "2024-11-29", "إدارة العمليات العسكرية", FSA,
           note="takings in the Idlib countryside «في الوقت ذاته» (a group: the first place); an act of the same "
                "kind after the command's report, so its source carries (a second coder may give the outlet)")],
        note="page: https://bissanfm.com/news/81459")

passage("ib14", "2022-03-27", "Baladi News", "assassinations, an attempt, attacks on checkpoints, dated recall",
        "اغتيالات واشتباكات.. مستجدات درعا\n"
        "بلدي نيوز\n"
        "قتل مسلحون مجهولون شابين، وأفلت ثالث من محاولة اغتيال، مساء أمس السبت، 26 آذار/مارس، في ريف درعا جنوبي "
        "سوريا. وتفصيلاً، فتح مجهولون النار مباشرة على الشابين «عمار الخلف» و«ماهر الديري» في مدينة الصنمين بالريف "
        "الشمالي لدرعا، فقُتلا في الحال. وفي الأثناء، جُرح الشاب «فادي المصري» برصاص مجهولين استهدفوه مباشرة في نوى، "
        "المدينة الواقعة في ريف درعا الغربي، ونُقل لتلقي العلاج في مستشفى المدينة. وتقول المصادر إن المصري كان "
        "مقاتلاً في أحد فصائل الجيش الحر قبل استعادة النظام للمحافظة في تموز 2018. كذلك دارت مساء السبت اشتباكات "
        "بالأسلحة الخفيفة داخل أحياء الصنمين، هاجم خلالها مسلحون مجهولون حواجز عسكرية وأمنية لقوات النظام وأجهزته، من"
        " غير أن تُعرف تفاصيل أخرى، بحسب مصادر إعلامية متطابقة. وفي الرابع والعشرين من آذار الجاري، قتل مجهولون برصاص"
        " مباشر المهندس «سليم العتوم»، الذي كان يرأس المجلس البلدي لمدينة الصنمين شمالي درعا. ولم تهدأ الاغتيالات في "
        "درعا منذ أن أحكمت قوات الأسد وميليشيات إيران قبضتها على المحافظة كلها عام 2018.",
        [E("armed_clash", None, PL("الصنمين", "Al-Sanamayn", "Daraa"), "2022-03-26", None, UNK,
           note="killing by unknown gunmen: armed_clash; two named men (dual noun, no numeral): no figure"),
         E("armed_clash", None, PL("نوى", "Nawa", "Daraa"), "2022-03-26", None, UNK,
           note="a shooting that only wounded: no figure; the next sentence's sources speak of the man's past, "
                "not of the shooting, so no source carries back"),
         E("armed_clash", None, PL("الصنمين", "Al-Sanamayn", "Daraa", nth=1), "2022-03-26",
           "مصادر إعلامية متطابقة", UNK, note="attacks on checkpoints inside the town, a separate incident"),
         E("armed_clash", None, PL("الصنمين", "Al-Sanamayn", "Daraa", nth=2), "2022-03-24", None, UNK,
           note="recall with its own day (24 March): the municipal head's killing")],
        note="page: https://video.baladi-news.com/ar/articles/82577/اغتيالات-واشتباكات-آخر-التطورات-في-درعا")

passage("ib15", "2012-02-06", "Emarat Al Youm (AFP)", "shelling of Homs quarters, several tellings",
        "القصف على حمص يوقع 12 قتيلاً وعشرات الجرحى\n"
        "أوقع القصف المتواصل منذ صباح اليوم على أحياء في حمص، وسط سوريا، 12 قتيلاً وعشرات الجرحى، وفق المرصد السوري "
        "لحقوق الإنسان، ومقره لندن. وجاء في بيان للمرصد أن 12 مواطناً على الأقل قضوا وأصيب العشرات بجروح، جراء قصف "
        "يطال منذ الفجر الخالدية وبابا عمرو والإنشاءات وحي باب السباع. وكان ناشطون قد تحدثوا عن قصف بالمدفعية "
        "والصواريخ يستهدف حي بابا عمرو، أحد معاقل الانتفاضة على حكم الرئيس بشار الأسد، أدى إلى تدمير مبانٍ واندلاع "
        "حرائق. وقال الناشط مازن العلي، المقيم في بابا عمرو، لوكالة فرانس برس عبر الهاتف إن الحي يتلقى منذ السادسة "
        "والنصف صباحاً (4:30 بتوقيت غرينتش) قصفاً مدفعياً وصاروخياً عنيفاً أسقط عدداً كبيراً من الشهداء. وأضاف، "
        "وأصوات الانفجارات المتلاحقة تُسمع بوضوح من حوله، أن الحي لم يعرف قصفاً كهذا منذ بدء الانتفاضة، مشيراً إلى "
        "عشرات الجرحى يسعى ناشطون إلى نقلهم نحو المساجد. وفي بيان سابق، قالت لجان التنسيق المحلية المعارضة إن قوات "
        "النظام استهدفت بالصواريخ مشفى ميدانياً في حي بابا عمرو.",
        [E("shelling", Q("12", 12, nth=1), PL("الخالدية", "Al-Khalidiya", "Homs"), "2012-02-06",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="one shelling of four quarters (a group: the first named); headline, lead, SOHR's statement, the "
                "activists and the LCC's field-hospital strike tell the same day's shelling (one event; a second "
                "coder may code the field hospital in Baba Amr apart); agent: the regime is named by the LCC")],
        note="page: https://www.emaratalyoum.com/politics/issues/syria-latest/2012-02-06-1.458758")

passage("ib16", "2019-10-12", "Mareb Press (agencies)", "Turkish ministry statements: taking, advance, neutralised toll",
        "«نبع السلام» التركية تتسارع.. ورأس العين تسقط\n"
        "أعلنت وزارة الدفاع التركية يوم السبت بأن الجيش الوطني السوري، الذي يقاتل إلى جانبها ضمن «نبع السلام»، بلغ "
        "الطريق الدولي الذي يصل منبج بالقامشلي شرقي سوريا. وأفادت الوزارة في بيان بأن مدينة رأس العين، الواقعة شرق "
        "نهر الفرات، صارت تحت السيطرة ثمرةً للعمليات التي تتواصل بنجاح ضمن «نبع السلام». وخلال تفقده الميدان من مقر "
        "قيادة العمليات عند الحدود السورية، قال وزير الدفاع التركي كمال أرسلان إن بلاده «ستنتصر مرة أخرى من أجل الوطن"
        " والأمة»، مؤكداً أن استهداف القوات الأمريكية وقوات التحالف الدولي في سوريا «ليس مطروحاً أصلاً»، وأن التنسيق "
        "مع الأمريكيين قائم بلا انقطاع. وفي بيان آخر السبت، قالت الوزارة إنها «حيّدت» 415 عنصراً منذ انطلاق العملية "
        "في منطقة شرق الفرات، وإن العمليات مضت بنجاح طوال الليلة الماضية واستهدفت مواقع «قسد» براً وجواً بفاعلية. وفي"
        " السياق نفسه، نقلت وسائل إعلام تركية أن «قسد» عادت إلى القصف بقذائف الهاون.",
        [E("territory_change", None, PL("منبج", "Manbij", "Aleppo"), "2019-10-12", "وزارة الدفاع التركية", SNA,
           note="the SNA reached the Manbij-Qamishli highway: an advance placed on the road's first named place (a "
                "second coder may code no event, the text naming no place taken)"),
         E("territory_change", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), "2019-10-12",
           "وزارة الدفاع التركية", SNA, note="the ministry's statement of the taking; actors of the operation"),
         E("statement", None, None, "2019-10-12", "كمال أرسلان",
           note="the minister's stance (no strike on US or coalition forces)"),
         E("casualties", Q("415", 415), PL("شرق الفرات", "East of the Euphrates", None), None,
           "وزارة الدفاع التركية", TUR, kind="aggregate",
           note="running toll since the operation began, by land and air (several kinds: casualties); the night's "
                "strikes have no place of their own and are inside it. The mortar fire told by Turkish media "
                "names no place or day: left out (a second coder may code a shelling with no place)")],
        note="page: https://video.marebpress.net/news_details.php?sid=156400")

passage("ib17", "2020-11-21", "Watan FM", "SDF raids in three places + a killing + body found (reporter files all)",
        "«قسد» تشن حملات دهم ضد خلايا داعش شمال دير الزور وشرقها\n"
        "نفذت قوات سوريا الديمقراطية أمس الجمعة، الموافق 20 من تشرين الثاني، حملات دهم واعتقال عدة ضد خلايا تنظيم "
        "داعش في مناطق مختلفة شمال دير الزور وشرقها. وأفاد مراسل وطن إف إم بأن «قسد» داهمت، تحت حماية طيران التحالف، "
        "قرية الحريجية في ريف دير الزور الشمالي، واعتقلت ثلاثة أشخاص تتهمهم بالانتماء إلى التنظيم. وفي حملة أخرى على "
        "قريتي العزبة ومعيزيلة شمالي المحافظة، دهمت «قسد» منزل قيادي في «مجلس دير الزور العسكري» يُعرف بـ«أبو حمزة "
        "الرفاعي» واعتقلت اثنين من إخوته. أما في الريف الشرقي، فقد فتشت «قسد» منازل في جديد عكيدات وجديد بكارة "
        "واعتقلت ستة أشخاص بتهمة الانتماء لداعش. من جهة أخرى، قُتل عنصر من «قسد» برصاص مجهولين كانوا على دراجة نارية،"
        " وذلك في الحوايج بريف دير الزور الشرقي، كما عُثر على جثة عنصر آخر قُتل بطلقة نارية ودُفن في بادية قرية "
        "غرانيج، بعد أن انقطع الاتصال به قبل عشرة أيام. وتلاحق «قسد» خلايا التنظيم بحملات اعتقال في ريف دير الزور، "
        "لكنها عجزت عن إيقاف عمليات الاغتيال التي تستهدف عناصرها.",
        [E("arrest", Q("ثلاثة", 3), PL("الحريجية", "Al-Harijiya", "Deir ez-Zor"), "2020-11-20", "مراسل وطن إف إم", SDF),
         E("arrest", Q("اثنين", 2), PL("العزبة", "Al-Azba", "Deir ez-Zor"), "2020-11-20", "مراسل وطن إف إم", SDF,
           note="two villages, one raid (first place); «اثنين» is a written numeral (figure 2)"),
         E("arrest", Q("ستة", 6), PL("جديد عكيدات", "Jdeid Ekeidat", "Deir ez-Zor"), "2020-11-20", "مراسل وطن إف إم",
           SDF, note="two villages, one raid (first place)"),
         E("armed_clash", None, PL("الحوايج", "Al-Hawayij", "Deir ez-Zor"), None, "مراسل وطن إف إم", UNK,
           note="killing by unknown gunmen on a motorbike; the text gives it no day (a second coder may take the "
                "Friday); the outlet's reporter files the item, so his report carries"),
         E("other", None, PL("غرانيج", "Gharanij", "Deir ez-Zor"), None, "مراسل وطن إف إم",
           note="a body found (one, no figure); no day given")],
        note="page: https://watan.fm/news/151431")

passage("ib18", "2021-04-15", "Syria TV", "SDF campaign widens: raids in two villages, coalition background",
        "«قسد» تمدّ حملتها الأمنية إلى قرى أخرى بدير الزور\n"
        "دير الزور – خاص\n"
        "مدّت «قسد» (قوات سوريا الديمقراطية) نطاق حملتها الأمنية، التي بدأتها بدعم من «التحالف الدولي» في أرياف دير "
        "الزور لتعقب بقايا تنظيم «الدولة»، إلى قرى جديدة. وأفاد مصدر محلي موقع تلفزيون سوريا بأن «قسد» دهمت مساء أمس "
        "الأربعاء قرية العزبة شمالي دير الزور، واعتقلت خلالها رجلاً يُدعى «نزار الحمود» بتهمة الانتماء إلى التنظيم. "
        "وأضاف المصدر أن الدهم شمل كذلك منازل في قرية الزر الواقعة شرق دير الزور، وانتهى باعتقال عدد من الأشخاص. "
        "وحلّق طيران التحالف المروحي والمسيّر فوق قرية فليطح بالتزامن مع تمشيط «قسد» للمنطقة، بحسب المصدر الذي قال "
        "إنه لم يتمكن من معرفة تفاصيل أخرى. وتُنفذ الحملة بتوجيه من قيادة التحالف، التي كانت قد أعلنت إطلاق عملية "
        "أمنية لتعقب بقايا التنظيم في دير الزور، بعدما تبين أن الاغتيالات تزداد على نحو شبه يومي من غير أن تحدّ "
        "الحملات السابقة لـ«قسد» من نشاط التنظيم. ويرى أهالي المنطقة الشرقية أن ما تنتهجه «قسد» من اعتقالات وحملات "
        "أمنية ضد التنظيم لم يُضعف حركته.",
        [E("arrest", None, PL("العزبة", "Al-Azba", "Deir ez-Zor"), "2021-04-14", "مصدر محلي", SDF,
           note="one man arrested: no figure"),
         E("arrest", None, PL("الزر", "Al-Zir", "Deir ez-Zor"), "2021-04-14", "مصدر محلي", SDF,
           note="«وأضاف المصدر»: the source carries; «عدد من» gives no figure; day: the same raid evening (a second "
                "coder may leave it null)")],
        note="page: https://www.syria.tv/107527 ; the combing at Fleiteh and the coalition's announced operation "
             "are background (no event)")

passage("ib19", "2014-02-04", "Al Arab (London)", "barrel bombs day 14: one strike, city toll, clash, cluster shelling",
        "البراميل المتفجرة تنهمر على حلب\n"
        "أنقرة – لليوم الرابع عشر دون انقطاع، مضى سلاح الجو السوري في إلقاء البراميل المتفجرة بكثافة على أحياء حلب في"
        " شمال البلاد، فأوقع عشرات الضحايا، من بينهم 18 طفلاً، وانهارت مبانٍ سكنية، في حين نفى الناشطون في حلب ما "
        "تردد عن مقتل قائد لواء التوحيد في تفجير نُسب إلى تنظيم «الدولة الإسلامية». وبحسب ناشطين في حلب، فإن قرابة "
        "عشرة أشخاص، منهم ثلاثة أطفال، تمزقت أجسادهم أشلاء وجُرح العشرات، حين سقطت براميل متفجرة على شارع المكاتب في "
        "حي الصاخور. وطالت البراميل التي ألقتها المروحيات أحياء الصاخور والشعار والمواصلات، بينما احتدمت المعارك بين "
        "الثوار والقوات النظامية في حي كرم الطراب، الذي كانت القوات النظامية تقصفه بالقنابل العنقودية، وفق النشطاء. "
        "وأكد النشطاء أن عدد القتلى تخطى الـ40، منهم قرابة 20 طفلاً، وأن الحصيلة مرشحة للزيادة لأن حالة كثير من "
        "الجرحى حرجة، مشيرين إلى أن الرقم النهائي لم يُعرف بعد لكثرة المواقع المستهدفة وتوزع الضحايا على مشافٍ "
        "ميدانية عدة في المدينة.",
        [E("airstrike", Q("عشرة", 10, approx=True), PL("الصاخور", "Al-Sakhour", "Aleppo"), None, "ناشطين في حلب", GOV,
           note="barrels on a street of al-Sakhour (placed at the quarter); the text gives no day (the 14th day of "
                "a campaign; a second coder may take the publication day)"),
         E("armed_clash", None, PL("كرم الطراب", "Karm al-Tarrab", "Aleppo"), None, "النشطاء", None,
           note="source at the sentence's end; agent left null (two sides named)"),
         E("shelling", None, PL("كرم الطراب", "Karm al-Tarrab", "Aleppo"), None, "النشطاء", GOV,
           note="cluster bombs on the quarter during the clash: an act of its own (a second coder may fold it in "
                "the clash or code it an airstrike)"),
         E("airstrike", Q("40", 40, approx=True), PL("حلب", "Aleppo", "Aleppo", nth=1), None, "النشطاء", GOV,
           kind="aggregate",
           note="the city's toll of the barrel campaign's day(s), one cause: airstrike aggregate; the headline's "
                "«عشرات الضحايا بينهم 18 طفلاً» gives no figure for the dead. The activists' denial of a "
                "commander's death denies an act: no event")],
        note="page: https://alarab.co.uk/البراميل-المتفجرة-تتهاطل-على-حلب")

passage("ib20", "2023-11-22", "Modon News", "Israeli missiles on Damascus, Sputnik and military source, recalls",
        "صواريخ إسرائيلية تستهدف دمشق والجيش السوري يعترضها\n"
        "اعترضت الدفاعات الجوية السورية صواريخ أطلقتها إسرائيل في محاولة لضرب محيط العاصمة دمشق.\n"
        "دخان في سماء الجنوب\n"
        "ونقلت وكالة سبوتنيك الروسية عن مراسلها أن أعمدة من الدخان شوهدت تتصاعد من الجهة الجنوبية لدمشق، وأن "
        "سيارات الإطفاء وفرق الدفاع المدني توجهت إلى المكان. وأضاف المراسل أن معلومات وصلتهم تفيد بأن طائرات "
        "إسرائيلية أطلقت الصواريخ من فوق الجولان المحتل قاصدة المحيط الجنوبي للعاصمة، وأن الدفاعات الجوية السورية "
        "تصدت لها.\n"
        "صاروخان من جهة الجولان\n"
        "وقال مصدر عسكري إن العدو الإسرائيلي شن نحو الساعة 15:10 من بعد ظهر اليوم هجوماً جوياً بصاروخين انطلقا من "
        "جهة الجولان السوري المحتل، مستهدفاً نقاطاً حول مدينة دمشق، فتصدت لهما الدفاعات الجوية وأسقطت أحدهما، "
        "ولم تتجاوز الخسائر الأضرار المادية.\n"
        "جبهة ثانية؟\n"
        "وفي السابع من تشرين الثاني الجاري، أعلن الجيش السوري أن دفاعاته الجوية اعترضت هجوماً جوياً إسرائيلياً "
        "على ريفي السويداء ودمشق، أوقع بعض الخسائر المادية وأصاب 3 مدنيين. وفي الشهر الذي سبقه، قصف الطيران "
        "الإسرائيلي مطار حلب الدولي 4 مرات، ما أخرجه من الخدمة.",
        [E("airstrike", None, PL("دمشق", "Damascus", "Damascus", nth=0), "2023-11-22", "وكالة سبوتنيك الروسية", ISR,
           note="one attack told by Sputnik and by a military source; two missiles is a dual (no figure); the "
                "lead names no source and Sputnik's sentence returns to it"),
         E("airstrike", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-11-07", "الجيش السوري", ISR,
           note="recall with its own day; two countrysides (a group: the first); 3 injured are never the figure"),
         E("airstrike", Q("4", 4), PL("مطار حلب الدولي", "Aleppo International Airport", "Aleppo"), None, None, ISR,
           kind="aggregate", note="four strikes over the previous month (no day): an aggregate of strikes; the "
                                  "outlet's own recall (source null); a second coder may leave it out")],
        note="page: https://modonnew.com/ar/2023/11/22/الصواريخ-الاسرائيلية-تقصف-دمشق-والجي")


def main() -> None:
    write("gold63.jsonl", P63)


if __name__ == "__main__":
    main()
