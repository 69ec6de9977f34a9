"""Build gold70.jsonl: HELD-OUT set 70 (ids jb01…), written in stop 33 by writer w70 BEFORE any run on it.

Twenty WHOLE ARTICLES, each a paraphrase of one real news page's whole body as the search tool's `pages` corpus
gives it (headline, lead, details, sources, background, the other side, glued related headlines or a «اقرأ
أيضاً» line where the page had one), 2011-2025, one page per passage, many kinds of outlet. Every sentence was
rewritten (no run of five words shared with its page, names aside, checked by script against the page text kept
outside the repository); incidents, their order, places, figures, dates, sources and hedges are the page's;
people's personal names are invented. Each passage's `style` ends with the page's address. Gold follows the
events_probe README's conventions (stops 28, 30 and 32).

    python benchmarks/data/events_probe/build70.py      # rewrites gold70.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID  # noqa: E402

P70: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P70.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("jb01", "2011-10-21", "Al-Madina (via sauress)", "whole article: Friday protests fired on, national toll, SOHR on a funeral | page: https://sauress.com/almadina/334412",
        "مقتل 22 محتجاً على الأقل خلال «جمعة شهداء المهلة العربية» بسورية\n"
        "سقط 22 متظاهراً على الأقل من المطالبين بالديمقراطية قتلى في أرجاء سورية اليوم الجمعة، بعدما فتحت "
        "القوات الحكومية نيرانها على حشود هتفت بأن يلاقي الرئيس بشار الأسد المصير الذي انتهى إليه معمر القذافي. "
        "وكان الزعيم الليبي السابق قد لقي حتفه أمس الخميس على أيدي مسلحين يتبعون المجلس الوطني الانتقالي الذي "
        "يحكم ليبيا. ورفع محتجون في شوارع حمص لافتة تطمئن السوريين بأن دور بشار آتٍ بعد القذافي، فيما بثت صفحة "
        "الثورة السورية 2011 على فيسبوك صوراً للتظاهرات، وتعهد المشاركون فيها بأن يُحاسَب الأسد ومن معه على "
        "ما ارتكبوه من جرائم. وخرجت المسيرات منذ ساعات الفجر تطالب برحيل الأسد، فتصدت لها القوات الحكومية "
        "بالقوة وفرّقت عدداً منها في حمص، حيث قُتل 16 شخصاً. وفي محافظة درعا جنوباً، ذكر المرصد السوري لحقوق "
        "الإنسان، ومقره لندن، أن قوات الأمن أمطرت موكب تشييع بالرصاص فقتلت ستة أشخاص، من بينهم طفلان. وعمّت "
        "الاحتجاجات الكبيرة مدناً سورية عدة عقب صلاة الجمعة، تلبية لدعوة إلكترونية إلى التظاهر في ما سُمّي «جمعة "
        "شهداء المهلة العربية»، والتسمية تشير إلى مهلة عربية منحت لدمشق.",
        [E("casualties", Q("22", 22, None, True, nth=1), None, "2011-10-21", None, GOV, kind="aggregate",
           note="the day's national toll of protesters shot (22 = Homs 16 + Daraa 6), told beside the protests: a "
                "casualties aggregate of its own (stop 30); no source named in its sentence: the outlet"),
         E("protest", Q("16", 16), PL("حمص", "Homs", "Homs", nth=1), "2011-10-21", None, PROT,
           note="marches dispersed by force in Homs: one protest whose 16 dead are its fatalities; no crowd figure, so "
                "the dead; the banner in Homs's streets is the same protest (place: the second «حمص», the body)"),
         E("protest", Q("ستة", 6), PL("درعا", "Daraa", "Daraa"), "2011-10-21", "المرصد السوري لحقوق الإنسان", PROT,
           note="fire on a funeral procession coded as a protest with fatalities (ACLED codes fired-on funerals as "
                "protests); a second coder could make it casualties (a known force firing on civilians). Place: the "
                "governorate, the only place given. Gaddafi's death in Libya is not a Syrian event; the protests in "
                "'several cities' name no city and are not coded")])

passage("jb02", "2012-08-07", "Emarat Al Youm", "whole article: a general's arrival in Turkey, a running total, a recall | page: https://emaratalyoum.com/politics/news/2012-08-07-1.503483",
        "لواء سوري منشق يعبر إلى الأراضي التركية\n"
        "نقلت أمس وكالة «أنباء الأناضول» أن ضابطاً آخر برتبة لواء في الجيش السوري عبر إلى تركيا ليلتحق "
        "بالمعارضة المسلحة، يرافقه خمسة ضباط كبار وما يزيد على 30 جندياً. وبحسب الوكالة، كان في صحبة "
        "العسكريين ما يفوق 400 مدني من السوريين، أغلبهم من النساء والأطفال. وبهذا الوصول يبلغ عدد الضباط السوريين "
        "الكبار الذين احتموا بتركيا 31 ضابطاً منذ اندلاع الاحتجاجات في آذار من العام الفائت. لكن مسؤولاً "
        "تركياً أوضح لـ«فرانس برس»، من دون أن يفصح عن الرقم الدقيق للضباط المقيمين حالياً على أرض تركيا، أن "
        "قسماً من المنشقين رجعوا إلى سورية ليقاتلوا في صفوف المعارضين. وخلال الشهور الأخيرة كان مئات العسكريين "
        "يجتازون الحدود التركية كل يوم، وغالباً ما يرافقهم ضباط، للالتحاق بالجيش السوري الحر. وتؤوي تركيا في "
        "مخيمات محاذية للحدود 46500 لاجئ هربوا من العنف في سورية، بينما وُضع المنشقون عن الجيش في مخيم مستقل "
        "تحرسه إجراءات أمنية صارمة. وكانت الأناضول قد ذكرت أول من أمس أن اللواء وسيم عادل حداد، رائد الفضاء "
        "السوري، هرب إلى تركيا إثر إعلانه الانشقاق عن نظام بشار الأسد، بعد أن مرّ بمقر قيادة الجيش "
        "السوري الحر في حلب ليعلن تضامنه مع المقاتلين المعارضين.",
        [E("defection", Q("خمسة", 5), PL("تركيا", "Turkey", None, "Turkey"), "2012-08-06", "وكالة «أنباء الأناضول»", GOV,
           note="a general with five senior officers and 30+ soldiers: no total, so the first group the text numbers "
                "(five; a second coder could take «ما يزيد على 30»); arrival abroad told as the defection keeps the "
                "arrival place; date: reported «أمس»"),
         E("defection", Q("31", 31), None, None, "وكالة «أنباء الأناضول»", GOV, kind="aggregate",
           note="running total of senior officers who took refuge in Turkey since March 2011: residence abroad, no "
                "place (stop 28); «وبهذا» goes on with the agency's report, so its source carries"),
         E("other", Q("46500", 46500), None, None, None, None, kind="aggregate",
           note="refugees hosted in camps in Turkey: a displacement total, residence abroad so no place; no source "
                "in its sentence: the outlet. The daily crossings of 'hundreds' are a habit, not coded"),
         E("defection", None, PL("تركيا", "Turkey", None, "Turkey", nth=5), "2012-08-05", "الأناضول", GOV,
           note="recall with its own day («أول من أمس»): one general, no figure; the arrival in Turkey is the place "
                "(the stop at the FSA headquarters in Aleppo is not where he served or crossed)")])

passage("jb03", "2013-02-17", "14 March (citing Asharq Al-Awsat)", "whole article: an FSA ambush on Hezbollah near Qusayr, an FSA official's accusations | page: http://www.14march.org/news-details.php?nid=NDM3ODg2",
        "كمين في القصير يوقع 12 قتيلاً من «حزب الله»\n"
        "أفاد ناشطون سوريون أمس بأن مقاتلي «الجيش الحر» قتلوا 12 عنصراً قالوا إنهم من «حزب الله» بينما كانوا "
        "في محيط منطقة القصير إلى الغرب من حمص، وبأن مواجهات نشبت بين الجانبين حين سعى رفاق القتلى إلى سحب "
        "جثثهم. ولم تُعرف بعد ملابسات ما جرى بدقة، غير أن الناشطين ربطوا العملية بهجوم سابق نفذته مجموعات من "
        "الحزب على منطقة القصير، تصدت له «كتيبة الخضراء» إلى جانب «جبهة النصرة» وعدد من مناصري «كتائب "
        "الفاروق»، فنصبوا كميناً لعناصر الحزب أسفر عن مقتل 12 منهم. وفي حديث لـ«الشرق الأوسط»، قال نادر الحلبي، "
        "مسؤول الإعلام لدى القيادة المشتركة للجيش الحر، إن المواجهات بين مسلحي الحزب ومقاتلي "
        "الجيش الحر تكاد تكون يومية في القرى المحاذية للحدود اللبنانية. واتهم الحلبي الحزب بأنه استولى على 6 "
        "قرى سورية في الشريط الحدودي، وبأنه يعمل وفق خطة عسكرية لاستعادة ريف حمص قبل التقدم نحو المدينة نفسها. "
        "كما حمّله مسؤولية قصف قرى الريف الحمصي الخاضعة للمعارضة انطلاقاً من مرتفعات الهرمل في لبنان. وبحسب "
        "الحلبي، فإن للحزب خطة في ريف حمص، ولا سيما في القصير، غايتها منع سقوط طريقين حيويين يمرّان بدمشق.",
        [E("armed_clash", Q("12", 12, nth=1), PL("القصير", "Al-Qusayr", "Homs", nth=1), "2013-02-16", "ناشطون سوريون", FSA,
           note="the ambush, the fight over the bodies and the Hezbollah attack it answered are one incident (headline, "
                "lead and recap); date: the activists spoke «أمس», the ambush's own day is not given"),
         E("statement", None, PL("ريف حمص", "Homs countryside", "Homs"), None, "نادر الحلبي", FSA,
           note="an FSA official's accusations (villages seized, shelling from Hermel, a plan for rural Homs): one "
                "statement (stop 32: a stance); the near-daily clashes and the shelling are habits, not events. A "
                "second coder could code no statement here")])

passage("jb04", "2014-07-25", "Alnilin (Anadolu report, via sudaress)", "whole article: IS executions in Raqqa after taking Division 17, a recall, a habit | page: https://www.sudaress.com/alnilin/105235",
        "ذكرت اليوم الجمعة تنسيقيات إعلامية معارضة أن عناصر «الدولة الإسلامية» قطعوا بالسكاكين رؤوس عدد من "
        "جنود جيش النظام السوري كانوا قد تخفّوا بثياب مدنية داخل مدينة الرقة، أبرز معاقل التنظيم في البلاد. "
        "وعرضت هذه التنسيقيات، ومنها صفحة «الرقة مباشر» على فيسبوك، صوراً رآها مراسل «الأناضول» تُظهر جثثاً "
        "لعناصر من قوات النظام مرمية على رصيف قرب «دوار النعيم» في المدينة، فيما عُلّقت جثث أخرى على السياج "
        "المعدني للدوار بعد قتلهم وفصل رؤوسهم. وبحسب «الرقة مباشر»، فإن القتلى ارتدوا ملابس مدنية إثر هروبهم "
        "من «الفرقة 17» في ريف المحافظة، وهي القاعدة التي أعلن التنظيم اليوم الجمعة بسط سيطرته عليها. وأضافت "
        "الصفحة أن مقاتلي التنظيم اعتقلوهم ثم أعدموهم بعدما تثبتوا من أنهم جنود فرّوا من الفرقة عقب ما سماه "
        "التنظيم «تحريرها». وكان التنظيم قد نشر مراراً أمس الخميس صوراً لجثث بلا رؤوس، قال إنها لجنود من "
        "جيش النظام ذبحهم مقاتلوه إثر اقتحام الفرقة 17. ودأب مسلحو التنظيم على قطع رؤوس من يقع في قبضتهم من "
        "أسرى القوات الحكومية والميليشيات والفصائل التي تقاتلهم، في سوريا كما في العراق.",
        [E("casualties", None, PL("الرقة", "Ar-Raqqa", "Ar-Raqqa"), "2014-07-25", "تنسيقيات إعلامية معارضة", IS,
           note="executions of captured soldiers: casualties (stop 30); 'a number' gives no figure; the roundabout "
                "where the bodies lay is placed at the city"),
         E("territory_change", None, PL("الفرقة 17", "Division 17 base", "Ar-Raqqa"), "2014-07-25", "«الرقة مباشر»", IS,
           note="a named base is the place (stop 28); dated by the announcement «اليوم الجمعة» (the storming may "
                "be Thursday: a second coder could date it 2014-07-24); source: the page the sentence cites"),
         E("casualties", None, PL("الفرقة 17", "Division 17 base", "Ar-Raqqa", nth=1), "2014-07-24", "التنظيم", IS,
           note="recall with its own day: soldiers beheaded after the storming of the base (IS's own claim), distinct "
                "from the men caught in Raqqa; the closing habit is not an event")])

passage("jb05", "2015-10-16", "Orient News", "whole article: Russian strikes on northern rural Homs, a running toll, rebel clashes | page: https://www.orient-news.net/ar/news_show/91797/",
        "ريف حمص: 80 قتيلاً بالغارات الروسية خلال أقل من يوم\n"
        "قُتل 15 مدنياً في مجزرة جديدة نفذتها الطائرات الروسية في ريف حمص الشمالي، ليصل عدد من قضوا بالقصف "
        "الروسي خلال أقل من 24 ساعة إلى 80 شخصاً. وقال طارق العبدو، الذي يدير مركز حمص الإعلامي، في حديث إلى «أورينت نت» إن "
        "الطيران الروسي شن غارات عدة بصواريخ فراغية على مساكن المدنيين في قرية «تير معلة»، فقتل 15 مدنياً "
        "وأصاب آخرين. وامتد القصف ذاته إلى تلبيسة والقنيطرات والغنطو والتلول الحمر وعزدين. وجاء ذلك غداة مقتل 65 "
        "شخصاً في سلسلة غارات روسية أصابت ملجأً وفرناً آلياً في ريف حمص الشمالي. وفي المقابل، أصابت الطائرات "
        "الروسية خطأً تجمعات للميليشيات الشيعية في معمل الصابون المجاور لتيرمعلة. من جهة أخرى، أكد العبدو أن ما "
        "يزيد على 20 عنصراً من عناصر قوات الأسد ومن الميليشيات الشيعية قتلوا حين صدّت كتائب الثوار محاولتهم التقدم على "
        "محاور جوالك وسنسيل والمحطة جنوب غربي قرية الدار الكبيرة. ودمّرت كتائب الثوار أيضاً رتلاً عسكرياً "
        "لقوات الأسد يضم سيارات وحافلات تنقل عناصره على طريق حمص – السلمية شمالي حمص، فقُتل قرابة أربعة عشر "
        "عنصراً واستولى الثوار على أسلحة وذخائر.",
        [E("airstrike", Q("15", 15), PL("تير معلة", "Tir Maalla", "Homs"), "2015-10-16", "طارق العبدو", RUS,
           note="the lead's massacre and the Tir Maalla raids are one act (15 both times); source from the next "
                "sentence, which returns to it"),
         E("airstrike", Q("80", 80, nth=1), PL("ريف حمص الشمالي", "Northern Homs countryside", "Homs"), "2015-10-16", None, RUS,
           kind="aggregate",
           note="running toll of Russian strikes in under 24 hours (one cause: airstrike aggregate, stop 32); "
                "80 = 15 + 65; no source in its sentence: the outlet"),
         E("airstrike", None, PL("تلبيسة", "Talbiseh", "Homs"), "2015-10-16", "طارق العبدو", RUS,
           note="the same bombardment over a list of five towns: one group, scored at the first place; the source "
                "carries (same report, same kind)"),
         E("airstrike", Q("65", 65), PL("ريف حمص الشمالي", "Northern Homs countryside", "Homs", nth=1), "2015-10-15",
           "طارق العبدو", RUS, note="recall with its own day («غداة»): strikes on a shelter and a bakery"),
         E("airstrike", None, PL("تيرمعلة", "Tir Maalla", "Homs"), "2015-10-16", "طارق العبدو", RUS,
           note="Russian raid that hit allied militias by mistake near the soap factory: placed at the village; "
                "source carried (same report, same kind)"),
         E("armed_clash", Q("ما يزيد على 20", 20, None, True), PL("جوالك", "Jawalek", "Homs"), "2015-10-16", "العبدو", GOV,
           note="regime advance repelled on three axes (a group, first place); only one side's dead numbered; "
                "agent: the side that attacked"),
         E("armed_clash", Q("قرابة أربعة عشر", 14, None, True), PL("حمص", "Homs", "Homs", nth=4), "2015-10-16", "العبدو", FSA,
           note="convoy destroyed on the Homs–Salamiyah road: a road is placed at its first place (Homs); «أيضاً» "
                "goes on with the same man's telling of rebel attacks, so his source carries (a second coder could "
                "give the outlet)")])

passage("jb06", "2016-08-25", "El Mwatin (Anadolu report)", "whole article: barrel bombs on a family in Aleppo, civil-defence official | page: https://elmwatin.com/71293",
        "براميل النظام تقتل 15 فرداً من أسرة واحدة في حلب\n"
        "لقي 15 فرداً من عائلة واحدة حتفهم اليوم الخميس، حين ألقت مروحية لقوات النظام السوري براميلَ "
        "متفجرة فوق أحياء تسيطر عليها المعارضة في محافظة حلب بشمال البلاد، بحسب ما ذكره مسؤول محلي. وأوضح "
        "رامي قصاب، المسؤول في الدفاع المدني بحلب، في تصريح للأناضول، أن مروحيات النظام استهدفت بالبراميل حي "
        "باب النيرب. وبحسب قصاب، قُتل في القصف 15 شخصاً من أسرة واحدة، منهم 9 أطفال، إضافة إلى رضيع لم يكمل عامه "
        "الأول، كما أصيب 18 آخرون بجروح. وأشار المسؤول إلى أن البراميل سوّت بالأرض 4 منازل في الحي. وقال إن "
        "عناصر الدفاع المدني استعانوا بالجرافات والمعدات الثقيلة لإخراج جثث الضحايا من تحت الركام. واستنكر "
        "قصاب ما وصفه بـ«صمت» العالم إزاء آلة الحرب التي يديرها نظام بشار الأسد، والتي تحصد أرواح المدنيين "
        "كل يوم في مناطق شتى من البلاد.",
        [E("airstrike", Q("15", 15), PL("باب النيرب", "Bab al-Nairab", "Aleppo"), "2016-08-25", "مسؤول محلي", GOV,
           note="barrel bombs: airstrike; headline, lead and details are one act; children and the injured are a "
                "breakdown and a field, not the figure; source: the act's own sentence names «مسؤول محلي» (the same "
                "man is named next); the condemnation reacts to the incident, no statement")])

passage("jb07", "2017-04-03", "SNHR (media blog)", "whole article: a monitor's monthly toll with a breakdown by perpetrator | page: https://media.snhr.org/blog/2017/04/03/58109",
        "الشبكة السورية: 1134 قتيلاً مدنياً في آذار\n"
        "نشرت الشبكة السورية لحقوق الإنسان تقريرها الدوري عن ضحايا شهر آذار/ مارس، وأحصت فيه مقتل 1134 مدنياً "
        "بأيدي الأطراف الرئيسية في سوريا، سقط 641 منهم بفعل نظام الأسد وحلفائه الروس والميليشيات الشيعية. "
        "وبحسب التقرير، قتلت قوات النظام 417 مدنياً، منهم 61 طفلاً، أي طفلان في اليوم تقريباً، و46 امرأة "
        "بالغة، إضافة إلى 13 شخصاً ماتوا تحت التعذيب. أما القوات الروسية فتسببت بمقتل 224 مدنياً، من ضمنهم 51 "
        "طفلاً و42 امرأة. وسجّل التقرير كذلك مقتل 11 مدنياً، منهم طفلان و3 نساء، على أيدي قوات الإدارة الذاتية "
        "الكردية، و119 مدنياً، منهم 19 طفلاً و7 نساء، على أيدي تنظيم «الدولة الإسلامية». ونُسب إلى «جبهة فتح "
        "الشام»، أي النصرة سابقاً، قتل 5 مدنيين، وإلى فصائل المعارضة المسلحة قتل 14 مدنياً، منهم 7 أطفال و4 نساء. "
        "وبلغ عدد من قضوا بغارات التحالف الدولي الذي تقوده واشنطن في حربه على «تنظيم الدولة» 260 مدنياً، منهم 70 "
        "طفلاً و34 سيدة. كما وثّق التقرير مقتل 84 مدنياً آخرين، بينهم 6 أطفال و9 نساء، غرقوا في قوارب الهجرة "
        "أو قُتلوا في تفجيرات لم تتمكن الشبكة من معرفة منفذيها.",
        [E("casualties", Q("1134", 1134, nth=1), None, "2017-03", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the month's toll for the country, several kinds of act: casualties aggregate; the figures by "
                "perpetrator (641, 417, 224, 11, 119, 5, 14, 260, 84) are its breakdown, never events; a second "
                "coder could code one aggregate per perpetrator")])

passage("jb08", "2018-10-28", "Halab Today", "whole article: IS counter-attack retakes Hajin from the SDF, a recalled toll, background | page: https://halabtodaytv.net/archives/34646",
        "«تنظيم الدولة» يستعيد كل ما خسره أمام «قسد» في هجين\n"
        "أجبر تنظيم الدولة قوات سوريا الديمقراطية اليوم الأحد على الانسحاب من جميع المناطق التي كانت «قسد» قد "
        "توغلت فيها داخل محافظة دير الزور، بعد معارك استمرت أياماً. ونقلت «فرانس برس» أن التنظيم شن منذ "
        "يوم الجمعة وحتى فجر الأحد هجمات معاكسة واسعة النطاق. وبحسب الوكالة، انتزع التنظيم خلال هذه الهجمات "
        "كامل المناطق التي تقدمت إليها قوات سوريا الديمقراطية في هجين، وذلك بعد مرور سبعة أسابيع على إطلاقها "
        "حملة عسكرية ضده بإسناد أميركي. وكانت هجمات شنها التنظيم في دير الزور عند فجر السبت قد أوقعت 68 قتيلاً في "
        "صفوف قوات سوريا الديمقراطية، من بينهم أحد قادتها، إلى جانب نحو 100 جريح. يذكر أن قوات سوريا "
        "الديمقراطية كانت قد بدأت في 10 أيلول الماضي حملة عسكرية أعلنت أن هدفها القضاء على مسلحي التنظيم في "
        "آخر الجيوب التي يتحصن فيها شرقي نهر الفرات.",
        [E("territory_change", None, PL("هجين", "Hajin", "Deir ez-Zor", nth=1), "2018-10-28", "«فرانس برس»", IS,
           note="headline, lead and AFP's telling are one taking, placed at Hajin (the body's mention); the lead names "
                "no source and AFP's sentences return to it"),
         E("armed_clash", Q("68", 68), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=1), "2018-10-27", None, IS,
           note="recall with its own day (Saturday dawn): the attacks' dead; a writer's recall «وكانت» takes the "
                "outlet; the SDF campaign launched on 10 September is background of an operation, not coded")])

passage("jb09", "2025-03-05", "Syria TV (via klyoum)", "whole article: an ambush on soldiers in Latakia, a raid with arrests, an official's call | page: https://www.klyoum.com/syria-news/ar/31-الأمن-العام-يحيد-ويقبض-على-عدد-من-المتورطين-في-كمين-اللاذقية",
        "الأمن العام في اللاذقية يعتقل ويحيّد متورطين في كمين الدعتور\n"
        "قالت إدارة الأمن العام بمحافظة اللاذقية إنها ألقت القبض على عدد من الضالعين في الكمين الذي نُصب "
        "مساء الإثنين في حي الدعتور، وحيّدت آخرين، بعدما أودى الكمين بحياة اثنين من جنود الجيش السوري. وذكر "
        "المقدم عمار الشيخ، مدير إدارة الأمن العام باللاذقية، أن مجموعة من فلول النظام البائد هاجمت عنصرين يتبعان "
        "وزارة الدفاع السورية بكمين مسلح في حي الدعتور بالمدينة، فقُتلا في الحال. وأضاف الشيخ، بحسب ما أوردته "
        "وزارة الداخلية السورية، أن الإدارة جهّزت فور وصول البلاغ قوة أمنية خاصة، وجمعت المعلومات عن الحادثة "
        "حتى وصلت إلى أحد أفراد الخلية، ثم داهمت مخبأها على الفور. وفي أثناء المداهمة رمى أفراد الخلية قنابل "
        "على الدوريات الأمنية فأصيب عدد من العناصر، فردّت قوات الأمن العام على مصادر النار. وانتهت العملية، "
        "وفق الشيخ، باعتقال عدة أشخاص ضالعين في الهجمات وتحييد عدد آخر منهم. وأكد المسؤول الأمني أن إدارة "
        "الأمن العام ماضية في مواجهة أي خطر يهدد أمن البلاد والمواطنين، ودعا الأهالي إلى التعاون معها والإبلاغ "
        "عن أي تهديد.",
        [E("armed_clash", Q("اثنين", 2), PL("الدعتور", "Al-Daatour", "Latakia", nth=1), "2025-03-03", "عمار الشيخ", LOYAL,
           note="an ambush by regime remnants: armed_clash; «اثنين» is a numeral the text writes (the later "
                "«عنصرين» is a dual); the director's sentence tells it most fully"),
         E("armed_clash", None, PL("اللاذقية", "Latakia", "Latakia"), None, "عمار الشيخ", NEWGOV,
           note="the raid on the cell's hideout: grenades, return fire, some 'neutralised' (no number); its day is not "
                "given (after Monday evening). Place: the city (the hideout is not located)"),
         E("arrest", None, PL("اللاذقية", "Latakia", "Latakia"), None, "عمار الشيخ", NEWGOV,
           note="'several' arrested in the same raid: no figure; a second coder could fold the arrests into the "
                "raid's clash as one event"),
         E("statement", None, None, "2025-03-05", "المسؤول الأمني", NEWGOV,
           note="the official's vow and call on residents to cooperate: a call (stop 32 statement); no place it "
                "concerns beyond the country; a second coder could leave it out as a reaction to the incident")])

passage("jb10", "2019-09-14", "Enab Baladi", "whole article: a reconciliation-committee member shot in Daraa, background of the 2018 settlement | page: https://enabbaladi.net/327612/",
        "درعا.. مقتل عضو في لجنة المصالحة بداعل برصاص مجهولين\n"
        "قُتل سليم فايز العمري، العضو في لجنة المصالحة بمدينة داعل في ريف درعا، أمس الجمعة، 13 أيلول، في عملية "
        "اغتيال نفذها مجهولون. وقال مراسل عنب بلدي في المحافظة إن مسلحين مجهولين أطلقوا الرصاص على العمري فأردوه "
        "قتيلاً، وأصابوا مساعده جهاد العمري. وبيّن المراسل أن القتيل كان من أعضاء لجنة المصالحة التي مهدت لدخول "
        "قوات النظام السوري إلى داعل في العام الماضي، إثر اتفاق عُقد مع فصائل «الجيش الحر» فيها. وشغل العمري "
        "سابقاً إدارة ثانوية داعل، ثم صار عضواً في قيادة شعبة اليرموك التابعة لـ«حزب البعث» الحاكم. ودعت ثانوية "
        "داعل، عبر صفحتها على «فيس بوك»، طلابها كافة إلى حضور مراسم تشييعه بلباسهم المدرسي، ووصفته بأنه كان "
        "سيداً للمعلمين والآباء وخادماً لأهل داعل. وكانت قوات النظام، بدعم من حليفها الروسي، قد بسطت سيطرتها "
        "على درعا والقنيطرة، المحافظتين الجنوبيتين، في تموز من العام الماضي عبر اتفاقيات تسوية، جاءت بعد أيام من القصف والحشود "
        "العسكرية، وبضمانات روسية قُدمت للأهالي والفصائل. وكانت داعل أول منطقة تدخلها قوات النظام بموجب اتفاق "
        "منفرد مع فصائلها. وتتكرر الاغتيالات في أنحاء محافظة درعا، ويستهدف معظمها عناصر وقادة سابقين في "
        "المعارضة التحقوا بعد التسوية بصفوف قوات النظام.",
        [E("armed_clash", None, PL("داعل", "Dael", "Daraa", nth=1), "2019-09-13", "مراسل عنب بلدي", UNID,
           note="an assassination by unknown gunmen: armed_clash (stop 30); one man killed, no figure; the lead names "
                "no source, the reporter's sentence returns to it. The July 2018 settlements are a month-grain "
                "background recall, and the repeated killings a habit: not coded")])

passage("jb11", "2020-02-13", "Elnashra", "whole article: a UN office's displacement figures for the northwest, SOHR's toll of the offensive (published date inferred from the figures' period) | page: https://www.elnashra.com/news/show/1388316/",
        "الأمم المتحدة: أكثر من 800 ألف نازح بشمال غرب سوريا منذ كانون الأول\n"
        "قال مكتب المفوضية السامية لحقوق الإنسان التابع للأمم المتحدة إن ما يزيد على 800 ألف شخص اضطروا إلى "
        "النزوح في شمال غرب سوريا خلال الفترة الممتدة من 1 كانون الأول 2019 إلى 12 شباط 2020، وإن الأطفال "
        "يشكلون قرابة 60 بالمئة منهم. وأشار المكتب في بيانه إلى أن زهاء 82 ألف شخص يبيتون في العراء، ونبّه إلى "
        "أن الحاجة إلى المأوى ملحّة، بينما يتكدس الملايين في رقع ضيقة لم تُهيأ لاستقبال هذه الأعداد الضخمة، ولا "
        "سيما في برد الشتاء. واعتبر أن ما تشهده إدلب يُعد من أشد الأزمات التي عرفتها الحرب منذ اندلاعها قبل تسع "
        "سنوات. وأضاف البيان أن قرابة 142 ألف شخص نزحوا في المدة من 9 إلى 12 شباط الجاري وحدها. وتعود بداية "
        "الهجوم الواسع الذي شنته قوات النظام السوري، بإسناد روسي، على مناطق في إدلب ومحيطها إلى كانون الأول "
        "الماضي، وهي مناطق تخضع لـ«هيئة تحرير الشام»، التي عُرفت سابقاً بالنصرة، ولفصائل معارضة أخرى. وقد أسفر هذا الهجوم "
        "عن مقتل ما يربو على 380 مدنياً، وفق «المرصد السوري لحقوق الإنسان».",
        [E("other", Q("ما يزيد على 800 ألف", 800000, None, True), PL("شمال غرب سوريا", "Northwest Syria", None, nth=1),
           None, "مكتب المفوضية السامية لحقوق الإنسان", None, kind="aggregate",
           note="displacement total 1 Dec 2019 - 12 Feb 2020 (other, aggregate); the children's share is a breakdown; "
                "the 82 thousand sleeping outdoors are a state, not coded"),
         E("other", Q("قرابة 142 ألف", 142000, None, True), None, None, "مكتب المفوضية السامية لحقوق الإنسان", None,
           kind="aggregate",
           note="displacement over 9-12 February, a sub-period the statement gives on its own («وأضاف» carries the "
                "source); its sentence names no place (a second coder could give it the northwest, or fold it into "
                "the 800 thousand)"),
         E("casualties", Q("ما يربو على 380", 380, None, True), PL("إدلب", "Idlib", "Idlib", nth=1), None,
           "«المرصد السوري لحقوق الإنسان»", GOV, kind="aggregate",
           note="civilian toll of the offensive since December (ground and air: several kinds of act, so "
                "casualties); place: Idlib, the area the offensive targeted")])

passage("jb12", "2021-05-12", "Step News Agency", "whole article: a prisoner exchange at the Abu al-Zindeen crossing, a recalled exchange, a glued 'read also' line | page: https://stepagency-sy.net/2021/05/12/عملية-تبادل-للأسرى-بين-المعارضة-والنظ/",
        "تبادل أسرى بين المعارضة والنظام يطلق 9 أشخاص، منهم زوجة قيادي سابق\n"
        "نقلت وكالة ستيب الإخبارية عن مصادر خاصة أن المعارضة السورية المدعومة من تركيا وقوات النظام السوري "
        "أنجزتا، بعد عصر اليوم الأربعاء، عملية لتبادل الأسرى والمعتقلين. وأوضح مراسل الوكالة أن الصفقة شملت "
        "مبادلة أسرى لدى النظام بأسرى لدى «الجيش الوطني»، وجرت عبر معبر أبو الزندين الذي يفصل بين مناطق نفوذ "
        "الجانبين في ريف حلب الشمالي الشرقي. وبحسب المراسل، أفرج مقاتلو المعارضة المدعومة تركياً عن خمسة من "
        "أسرى النظام، وفي المقابل أُطلق سراح أربعة أشخاص، منهم امرأة هي زوجة ضابط منشق عن النظام كان قيادياً في "
        "«الجيش الحر» ويُعرف بلقب أبو حازم، وهو من أهالي حلب. وتعود آخر عملية تبادل مماثلة بين الطرفين إلى "
        "منتصف آذار/ مارس 2020، حين أطلقت المعارضة ضابطاً من قوات النظام كانت تحتجزه منذ 2013. وفي تلك الصفقة "
        "أفرج النظام بالمقابل عن المقاتل في فصيل أحرار الشام، ماهر الخطيب، ابن مدينة سراقب في شرق إدلب، "
        "لقاء ضابط برتبة نقيب من قواته.\n"
        "اقرأ أيضاً: صفقة لتبادل الأسرى مقابل إطلاق شابة إسرائيلية",
        [E("other", Q("9", 9), PL("معبر أبو الزندين", "Abu al-Zindeen crossing", "Aleppo"), "2021-05-12", "مصادر خاصة", SNA,
           note="a prisoner exchange: one other event whose figure is the total freed as the text first numbers it "
                "(the headline's 9 = five plus four); a crossing is the place itself. The March 2020 exchange is a "
                "recall with no day (mid-month), not coded; the glued 'read also' line is another article")])

passage("jb13", "2021-10-20", "Middle East Online", "whole article: a double bombing of a military bus in Damascus, a depot blast in Hama, glued related headlines | page: https://middle-east-online.com/14-قتيلا-في-تفجير-مزدوج-استهدف-حافلة-عسكرية-في-دمشق",
        "تفجير بعبوتين يستهدف حافلة عسكرية في دمشق ويقتل 14\n"
        "الانفجار المزدوج يوقع أعلى حصيلة قتلى في العاصمة منذ سنوات.\n"
        "الفصائل المسلحة ما زالت تملك القدرة على ضرب دمشق\n"
        "ستة قتلى من الدفاع الوطني في انفجار بمستودع للذخيرة وسط البلاد\n"
        "دمشق - أودى انفجار عبوتين ناسفتين بحافلة عسكرية صباح الأربعاء في دمشق بحياة ما لا يقل عن 14 شخصاً، بحسب "
        "الإعلام السوري، في أكبر حصيلة منذ سنوات. ونقلت الوكالة العربية السورية للأنباء (سانا) أن «تفجيراً "
        "إرهابياً» بعبوتين ناسفتين وقع لدى مرور حافلة مبيت من جسر الرئيس بالعاصمة، وأن الحصيلة الأولية "
        "بلغت 14 قتيلاً وثلاثة جرحى. ونشرت سانا صوراً لحافلة محترقة، وقالت إن عناصر الهندسة عطّلوا عبوة ثالثة "
        "زُرعت في موقع الانفجار. وفي الوقت نفسه تقريباً، قُتل ستة من عناصر قوات الدفاع الوطني الموالية للحكومة "
        "جراء انفجار في مستودع للذخيرة بمحافظة حماة وسط البلاد، بحسب المرصد السوري لحقوق الإنسان. وقال المرصد "
        "إن ظروف الانفجار ما زالت غامضة، ولم يتبين إن كان حادثاً عرضياً أم ناجماً عن عبوة ناسفة، مشيراً كذلك إلى "
        "إصابة ما يزيد على سبعة أشخاص.",
        [E("explosion", Q("ما لا يقل عن 14", 14, None, True), PL("دمشق", "Damascus", "Damascus", nth=3), "2021-10-20",
           "الإعلام السوري", None,
           note="the bombing told in the headline, the lead and SANA's telling is one act; the bridge is a landmark, "
                "placed at the city (the lead's «دمشق»); the defused third device is part of it; no perpetrator named"),
         E("explosion", Q("ستة", 6, nth=1), PL("حماة", "Hama", "Hama"), "2021-10-20", "المرصد السوري لحقوق الإنسان", None,
           note="the ammunition-depot blast (cause unknown) told in the body; the glued related headlines above the "
                "lead are not coded (stop 32), though the second tells this same blast")])

passage("jb14", "2022-02-15", "Al-Souria Net", "whole article: a bomb in a military bus at the Customs roundabout, a second bus attacked on the Homs-Mheen road | page: https://alsouria.net/تفجير-يستهدف-حافلة-لقوات-الأسد-بدمشق-و",
        "انفجار في حافلة عسكرية بدمشق.. والنظام يكشف الحصيلة\n"
        "انفجرت عبوة في حافلة مبيت تقل عناصر من قوات الأسد اليوم الثلاثاء قرب دوار الجمارك بدمشق، وهي حادثة "
        "ليست الأولى من نوعها خلال الأشهر الماضية، إذ تكررت بالطريقة نفسها. وأعلنت «سانا»، وكالة أنباء النظام، "
        "أن الانفجار أودى بحياة عنصر وأصاب 11 آخرين. ونقلت الوكالة عن مصدر عسكري أن عبوة ناسفة كانت قد زُرعت "
        "سلفاً داخل الحافلة انفجرت نحو الساعة 7:25 صباحاً على مقربة من الدوار، فقُتل جندي وجُرح 11. ولم "
        "تتبنَّ أي جهة الهجوم على الحافلة حتى وقت كتابة هذا التقرير. وفي الوقت ذاته، تحدثت شبكات موالية عن "
        "هجوم استهدف حافلة مبيت أخرى على طريق حمص - مهين بوسط البلاد، وقالت إنه أوقع قتلى وجرحى بين عناصر "
        "النظام، من بينهم ضابط يحمل رتبة لواء، بينما لم يصدر عن النظام أي إعلان رسمي بشأنه. وتناقلت تلك الشبكات أن "
        "اللواء الركن سعيد حمدان أصيب في هجوم شنه تنظيم «داعش» على الحافلة في طريق «حمص – مهين» بالبادية "
        "السورية.",
        [E("explosion", None, PL("دمشق", "Damascus", "Damascus", nth=1), "2022-02-15", "«سانا»", None,
           note="one soldier killed (singular), the 11 wounded are never the figure: no figure; the roundabout is a "
                "landmark placed at the city; the lead names no source and SANA's sentence returns to it (a second "
                "coder could name the military source of the next sentence)"),
         E("armed_clash", None, PL("حمص", "Homs", "Homs"), "2022-02-15", "شبكات موالية", IS,
           note="an attack on a troop bus on the Homs-Mheen road (a road is placed at its first place); dead and "
                "wounded not numbered; IS named by the same networks in the next sentence")])

passage("jb15", "2023-08-30", "i24NEWS Arabic", "whole article: tribal fighters and the SDF clash after an arrest, SOHR's toll and its earlier toll | page: https://www.i24news.tv/ar/أخبار/middle-east/1693385656-سوري-مقتل-العشرات-خلال-اشتباكات-بين-قسد-ومسل-حين",
        "سوريا: قتلى بالعشرات في مواجهات بين «قسد» ومسلحي العشائر\n"
        "أوقعت مواجهات اندلعت أمس الثلاثاء بين «قوات سورية الديمقراطية» (قسد) ومسلحين ينتمون إلى العشائر العربية 22 "
        "قتيلاً، بينهم ثلاثة مدنيين، إلى جانب عشرات الجرحى في ريف دير الزور بشرق سورية. في الأثناء، قالت «قسد» "
        "إن العملية الأمنية التي بدأتها يوم الأحد الفائت مستمرة، من دون أن تعلّق على ما جرى مؤخراً في دير الزور "
        "بعد توقيفها قياديين من أبناء العشائر. وذكر المرصد السوري لحقوق الإنسان بأن «قسد»، التي يتزعمها مقاتلون "
        "أكراد، احتجزت ليل الأحد في مدينة الحسكة من يقود مجلس دير الزور العسكري، حامد السليمان المعروف بـ«أبو "
        "فراس»، وأن ذلك ولّد توتراً تحوّل لاحقاً إلى قتال بينها وبين مسلحين من عشائر عربية محلية. وأوضح المرصد "
        "أن الاشتباكات دارت في عدد من قرى ريف دير الزور الشرقي، وقُتل فيها ثلاثة مدنيين و16 مسلحاً من العشائر "
        "وثلاثة من عناصر «قسد». والمدنيون الثلاثة، وفق المرصد، طفلتان وامرأة. وكان المرصد قد تحدث في حصيلة "
        "سابقة عن مقتل 13 مقاتلاً، فيما قال مديره، كمال الحسن، إن القتال نشب بعد أن هاجم المسلحون مواقع تابعة "
        "لقوات سوريا الديمقراطية.",
        [E("armed_clash", Q("22", 22), PL("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"),
           "2023-08-29", "المرصد السوري لحقوق الإنسان", TRIBES,
           note="the clash's total dead (3 civilians + 16 tribal fighters + 3 SDF = 22) is the figure, the sides are "
                "its breakdown; the earlier toll of 13 is superseded; several villages unnamed, so the region; "
                "agent: the tribal gunmen who attacked SDF positions (the director); the lead names no source"),
         E("arrest", None, PL("الحسكة", "Al-Hasakah", "Al-Hasakah"), "2023-08-27", "المرصد السوري لحقوق الإنسان", SDF,
           note="the Deir ez-Zor Military Council commander held on Sunday night in Hasakah city; the lead's "
                "«توقيفها قياديين» is the same arrest"),
         E("statement", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=1), "2023-08-29", "«قسد»", SDF,
           note="the SDF's word that its security operation goes on (a stance, stop 32); dated as the lead's telling "
                "(a second coder could leave it uncoded, as the operation itself is no incident)")])

passage("jb16", "2023-06-25", "Eye of Euphrates", "whole article: a Russian strike on a vegetable market in Jisr al-Shughur, toll raised, civil defence | page: https://eyeofeuphrates.com/ar/news/2023/06/25/8951",
        "«مجزرة روسية» في سوق للخضار بريف إدلب توقع عشرات القتلى والجرحى\n"
        "لليوم الثالث توالياً، شنت الطائرات الحربية الروسية غارات على مناطق متفرقة في شمال غرب سوريا، فسقط "
        "العشرات بين قتلى وجرحى. وأفاد الدفاع المدني السوري (الخوذ البيضاء) بأن غارات روسية أصابت صباح اليوم "
        "الأحد سوقاً لبيع الخضار والفواكه في ضواحي جسر الشغور، المدينة الواقعة غرب محافظة إدلب. وكانت الحصيلة الأولية "
        "للهجوم 5 قتلى ونحو عشرين جريحاً، ثم ارتفعت إلى 9 قتلى وما يزيد على ثلاثين جريحاً. وفي منشور على "
        "تويتر، أكد الدفاع المدني أن القتلى التسعة جميعهم مدنيون، وأن بين المصابين الذين تجاوز عددهم 30 حالات "
        "حرجة. ونشر حساب «الدفاع المدني» في «فيسبوك» مقطعاً مصوراً يوثق الدقائق الأولى لتدخل فرقها بعد قصف "
        "السوق بالطائرات. وذكر المنشور أن هذه الأرقام هي ما سُجّل حتى ساعة نشره، يوم الأحد 25 حزيران.",
        [E("airstrike", Q("9", 9), PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2023-06-25", "الدفاع المدني السوري", RUS,
           note="toll raised from 5 to 9: one event, the latest toll; the wounded are a field; the market is a "
                "landmark placed at the town. The lead's three days of raids over the northwest name no place and "
                "give no figure of their own (dead and wounded together): not coded")])

passage("jb17", "2024-12-04", "Al-Manassa", "whole article: the army repels the factions' push on Hama (SOHR director on a TV channel, SANA), Egypt's stance | page: https://almanassa.com/news/20965",
        "قوات الجيش السوري تردّ الفصائل المسلحة عن حماة\n"
        "قال وليد الخطيب، الذي يدير المرصد السوري لحقوق الإنسان، إن الجيش السوري أفلح اليوم في دفع الفصائل "
        "المسلحة بعيداً عن مدينة حماة بعد هجومها عليها، وهي مدينة يرى أنها تحظى بمكانة خاصة في الصراع على "
        "النفوذ داخل سوريا، بينما جددت مصر تأكيد دعمها للدولة السورية ولسيادتها ووحدة أراضيها وسلامتها. وفي "
        "مداخلة على قناة العربية، رأى الخطيب أن «الهيئة (تحرير الشام) مصرّة على إلحاق الهزيمة بالنظام هناك، "
        "لأن هزيمته فيها تعني هزيمته في سوريا كلها». وأضاف، بحسب ما أورده موقع المرصد الرسمي، أن القتال يدور "
        "حالياً حول مقر الفرقة 25 بريف حماة، وأن قوات النظام استطاعت بكثافة نيرانها أن تدفع الهيئة نحو 15 "
        "كيلومتراً بعيداً عن المدينة. وتابع أن هذه القوات أمّنت طريق حماة - محردة الذي كان معرضاً للقطع، "
        "وكذلك طريق ريف حماة الغربي الذي يمثل الخزان البشري لقوات النظام، ولا سيما لقوات العميد ماهر العلي. "
        "وفي وقت سابق من صباح اليوم، أفادت «سانا»، وكالة الأنباء الرسمية، بأن وحدات من الجيش العربي السوري تخوض "
        "مواجهات بكل صنوف السلاح ضد ما سمّته «التنظيمات الإرهابية» عند جبهة جبل زين العابدين الواقع إلى الشمال "
        "الشرقي من حماة، وعلى جبهة الريف الشمالي.",
        [E("armed_clash", None, PL("حماة", "Hama", "Hama", nth=1), "2024-12-04", "وليد الخطيب", HTS,
           note="the factions' attack on Hama city repelled; the 15 km is a distance, not a figure; agent: the side "
                "that attacked (HTS, named next)"),
         E("armed_clash", None, PL("الفرقة 25", "25th Division base", "Hama"), "2024-12-04", "وليد الخطيب", HTS,
           note="fighting around a named base (stop 28: the base is the place); «وأضاف» carries the director"),
         E("armed_clash", None, PL("جبل زين العابدين", "Jabal Zayn al-Abidin", "Hama"), "2024-12-04",
           "«سانا»", GOV,
           note="SANA's clashes on two axes (the mountain and the northern countryside): one group at the first "
                "place; a second coder could merge it with the repelled attack on the city"),
         E("statement", None, None, "2024-12-04", "مصر", None,
           note="Egypt's stated support for the Syrian state: a state's stance (stop 32), no place it concerns "
                "beyond the country")])

passage("jb18", "2025-09-25", "Kurdistan24", "whole article: SDF statement on an IS attack in eastern Deir ez-Zor, IS background, SOHR trend | page: https://www.kurdistan24.net/ar/story/865734/",
        "مقتل خمسة من مقاتلي «قسد» بهجوم نفذه «داعش» شرقي دير الزور\n"
        "أربيل (كوردستان 24) - أعلنت اليوم الخميس قوات سوريا الديمقراطية أن خمسة من عناصرها قُتلوا وهم يتصدون "
        "لهجوم نفذه مسلحو داعش على محافظة دير الزور بشمال شرق سوريا. وكان التنظيم قد فرض سيطرته منذ 2014 على "
        "مساحات شاسعة من سوريا والعراق وأعلن فيها «الخلافة الإسلامية»، إلى أن هُزم في العراق عام 2017 وفي "
        "سوريا عام 2019، إلا أنه ما زال يتحرك في بوادٍ نائية وإن لم يعد يسيطر على أي منطقة. وبحسب المرصد "
        "السوري لحقوق الإنسان، انخفض عدد هجمات التنظيم في المناطق الخاضعة للإدارة الجديدة منذ سقوط حكم بشار "
        "الأسد يوم الثامن من كانون الأول/ديسمبر 2024، بينما ازداد في مناطق سيطرة قسد. وأوضحت قسد في بيان "
        "صدر اليوم الخميس أن مسلحي التنظيم هاجموا صباحاً «نقطة تمركز» لقواتها في بلدة البحرة الوسطى الواقعة في شرق دير "
        "الزور، فقُتل خمسة من مقاتليها وأصيب سادس في اشتباكات عنيفة رافقت صد الهجوم. وأشار البيان إلى أن "
        "المقاتلين أفشلوا الهجوم و«بسطوا السيطرة الميدانية» على الموقع. وأكدت قسد أن وحداتها مستمرة في تمشيط "
        "المنطقة وتعقب المهاجمين بهدف القضاء عليهم وحماية السكان.",
        [E("armed_clash", Q("خمسة", 5), PL("البحرة الوسطى", "Al-Bahra al-Wusta", "Deir ez-Zor"), "2025-09-25",
           "قوات سوريا الديمقراطية", IS,
           note="headline, lead and the statement's details are one attack; the village is the most specific place; "
                "the combing that follows is part of it; SOHR's trend of attacks and the IS history give no event")])

passage("jb19", "2025-12-30", "Sada El Balad", "whole article: 21 'remnants' arrested in Latakia, a recall of the deadly clashes two days before, a night curfew | page: https://www.elbalad.news/6818613",
        "اللاذقية: توقيف 21 من «فلول النظام» وحظر تجول ليلي\n"
        "قالت السلطات السورية في بيان اليوم الثلاثاء، 30 كانون الأول/ديسمبر 2025، إنها اعتقلت 21 شخصاً بمحافظة "
        "اللاذقية قالت إنهم من «فلول النظام البائد»، ووجهت إليهم تهماً بالتحريض الطائفي وبمهاجمة قوات الأمن "
        "الداخلي، إثر توتر أمني عاشته المنطقة الساحلية. وبحسب التلفزيون السوري الرسمي، شنت قيادة الأمن الداخلي "
        "باللاذقية عدة مداهمات انتهت بتوقيف 21 عنصراً لهم صلة بحكم بشار الأسد السابق. وجاء في البيان الرسمي "
        "أن الموقوفين ضالعون في جرائم وفي إذكاء النعرات الطائفية بتوجيه من الخارج، وأن بعضهم أطلق الرصاص الحي "
        "مباشرة على رجال الأمن بينما كانوا يؤمّنون المظاهرات. وتأتي حملة التوقيف بعد يومين على مواجهات دامية "
        "شهدتها مدينة اللاذقية، ولا سيما عند «دوار الأزهري»، وسقط فيها قتلى وجرحى من عناصر الأمن ومن المدنيين، ما "
        "حمل السلطات على تشديد إجراءاتها لتعقب الجماعات المسلحة المتهمة من الحكومة بتقويض الاستقرار. وفي موازاة "
        "الاعتقالات، فرضت وزارة الداخلية السورية حظر تجول ليلياً على مدينة اللاذقية يبدأ في الخامسة من مساء "
        "الثلاثاء ويستمر حتى السادسة من صباح الأربعاء.",
        [E("arrest", Q("21", 21), PL("اللاذقية", "Latakia", "Latakia"), "2025-12-30", "السلطات السورية", NEWGOV,
           note="headline, lead and the state TV's telling are one campaign of raids (21 each time)"),
         E("armed_clash", None, PL("اللاذقية", "Latakia", "Latakia", nth=3), "2025-12-28", None, LOYAL,
           note="recall with its own day («بعد يومين»): gunmen firing on security forces guarding protests; dead and "
                "wounded not numbered; the roundabout is a landmark placed at the city; a writer's recall takes the "
                "outlet; agent per the authorities' account (a second coder could leave it unidentified)"),
         E("statement", None, PL("اللاذقية", "Latakia", "Latakia", nth=4), "2025-12-30", "وزارة الداخلية السورية", NEWGOV,
           note="a ministry's curfew decision (stop 32: a decision is a statement), placed at the city it concerns")])

passage("jb20", "2019-10-13", "Jisr TV", "whole article: a running toll of YPG/PYD shelling on Turkish border towns during Operation Peace Spring, breakdown by town | page: https://jisrtv.com/أخبار-الجسر/الأخبار-الدولية/18-قتيلاً-مدنياً-ضحايا-قصف-ب-ي-د-لمنازل-المدنيين-في-تركيا/",
        "قصف «ب ي د» على بيوت المدنيين في تركيا يحصد 18 قتيلاً\n"
        "ارتفع إلى 18 عدد المدنيين الذين قتلتهم هجمات عناصر «ب ي د» على الأحياء السكنية في الجانب التركي من "
        "الحدود، انطلاقاً من المناطق التي تسيطر عليها في سوريا، ومن بينهم رضيع سوري اسمه يامن حسن، عمره تسعة "
        "أشهر. وتتزامن هذه الهجمات مع «نبع السلام»، العملية التي بدأها الجيش التركي بمشاركة الجيش الوطني السوري، وذلك في "
        "المنطقة الواقعة شرقي نهر الفرات في شمال سوريا. ومع انكفاء المليشيات الكردية أمام تقدم الجيش التركي "
        "والجيش الوطني، يلجأ التنظيم إلى ضرب المدنيين في البلدات الحدودية التركية. وقصف مسلحو «ب ي د» "
        "بالهاون والصواريخ مدينة نصيبين في ولاية ماردين، إلى جانب بيره جيك وسوروج وجيلان بنار وأقجه قلعة، "
        "وكلها في ولاية شانلي أورفا. ومنذ 9 تشرين الأول، يوم بدء عملية «نبع السلام»، حصدت هذه الهجمات أرواح 18 مدنياً، "
        "بينهم أطفال، وأصابت أكثر من 100 آخرين. وتوزع القتلى بين نصيبين (11) وسوروج (3) وأقجه قلعة (2) وجيلان "
        "بنار (2). وإلى جانب الرضيع، قتلت الهجمات في جيلان بنار الطفل أيوب دمير (11 عاماً) بينما كان في طريقه "
        "لشراء الخبز، والطفلة زينب كايا (11 عاماً) التي كانت تلهو في الشارع.",
        [E("shelling", Q("18", 18, nth=1), None, None, None, SDF, kind="aggregate",
           note="running toll since 9 October of mortar and rocket fire on Turkish border towns (one cause: shelling "
                "aggregate, stop 32); the towns and their dead are its breakdown (no place for a toll over five "
                "towns; a second coder could place it at Nusaybin, the most hit); no source named: the outlet; "
                "the launch of Peace Spring is background")])


def main() -> None:
    write("gold70.jsonl", P70)


if __name__ == "__main__":
    main()
