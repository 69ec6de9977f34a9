"""Build gold97.jsonl: development set 97 (ids kx01…), written in stop 37 by writer w97 BEFORE any run on it.

WHOLE ARTICLES, paraphrased from real pages: each passage is the paraphrase of one real news page found in the
search tool's `pages` corpus (queried in Arabic): a page's headline and body as far as the corpus shows it, glued
extras kept where the page had them. Years 2011-2025, leaning to Deir ez-Zor, Raqqa, Hasakah, the Homs countryside,
Quneitra and the south, and the coast: clashes, takings of ground, defections, desertions and amnesties, with
shelling, strikes, arrests and conscription raids beside them. The page's incidents, their order, places,
figures, dates, sources and their attribution, hedges, recalls and the other side's telling are kept; every
sentence was rewritten (no run of five words, names aside, is shared with the page: checked by script against
the page text, which was kept outside the repository); personal names of private people were changed. The page's
address is in each passage's `style`. Where the page shows no date, the publication date was inferred from the
events it reports (said in `style`). Gold follows news_dev's README and the events_probe README's conventions
(stops 28, 30, 32 and 34) and was written before anything ran on the passages. Offsets are computed by
build.build and checked.

    python benchmarks/data/events_probe/build97.py      # rewrites gold97.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P97: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P97.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage('kx01', '2011-07-31', 'Al-Madina News (Jordan), relaying Al Jazeera', "a day's toll in a governorate under an offensive, tank shelling of a quarter, tanks moving in, an arrest in Damascus, the FSA's founding video and call | page: https://www.almadenahnews.com/article/97713-مصرع-6-بعملية-عسكرية-بدير-الزور",
        'مقتل ستة في دير الزور مع توسّع الحملة العسكرية\nأفادت مصادر تحدثت إلى الجزيرة بأن ستة أشخاص لقوا '
        'حتفهم أمس السبت في مناطق متفرقة من محافظة دير الزور، الواقعة في الشمال الشرقي من البلاد، والتي '
        'تتعرض لحملة عسكرية واسعة. وبحسب لجان التنسيق المحلية، أطلق الجيش هجوماً جديداً استهدف فيه حي '
        'الجورة، في الجهة الغربية من المدينة، بقذائف الدبابات، فسقط جرحى. ونشر ناشطون على الشبكة لقطات قالوا '
        'إنها تُظهر شاحنات للجيش محمّلة بالدبابات في طريقها نحو دير الزور. وفي العاصمة، أعلن اتحاد تنسيقيات '
        'الثورة السورية أن عناصر الأمن قبضوا في دمشق على الشيخ نواف البشير، أحد وجهاء دير الزور والعضو في '
        'إعلان دمشق. ويتزامن ذلك مع أنباء عن ضباط تركوا الجيش وأعلنوا تأسيس «الجيش السوري الحر»، إذ بثّ '
        'ناشطون تسجيلاً لمجموعة من العسكريين قالوا إنهم منشقون. وصرّح ناطق باسمهم بأن غاية هذا الجيش إسقاط '
        'حكم الرئيس بشار الأسد والدفاع عن الثورة. ووجّه قائد المجموعة، الذي قدّم نفسه على أنه العقيد رياض '
        'موسى الأسعد، نداءً إلى «كل الضباط والجنود الشرفاء» كي يلتحقوا بهم، محذراً من أن عناصر الأمن الذين '
        'يقتلون المدنيين ويطوّقون المدن صاروا أهدافاً مشروعة في كل أنحاء سوريا. ونقلت عنه وكالة الصحافة '
        'الفرنسية أن من معه من المنشقين يُحصَون بالمئات.',
        [E("casualties", Q("ستة", 6), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=1), "2011-07-30", "مصادر تحدثت إلى الجزيرة", GOV, kind="aggregate",
           note="six dead over 'several parts' of the governorate on one day, no act named for them: a casualties aggregate (a day's toll for a governorate); agent the army running the offensive, a reading"),
         E("shelling", None, PL("الجورة", "Al-Joura", "Deir ez-Zor"), "2011-07-31", "لجان التنسيق المحلية", GOV,
           note="tank fire on the quarter, only wounded: no figure; the text gives no day for it (the day of the item)"),
         E("reinforcement", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=2), "2011-07-31", "ناشطون", GOV,
           note="army trucks carrying tanks heading for the city (activists' footage): a reinforcement; a coder who codes only violence would leave it out"),
         E("arrest", None, PL("دمشق", "Damascus", "Damascus"), None, "اتحاد تنسيقيات الثورة السورية", GOV,
           note="one sheikh arrested in the capital (the second «دمشق» is in the name of the Damascus Declaration); no figure, no day"),
         E("defection", Q("المئات", 200, 900, True), None, None, "ناشطون", GOV,
           note="officers announce their defection and found the FSA in a video: one defection event, no place given; FIGURE CALL: the colonel's 'those with me are counted in hundreds' (relayed by AFP) is the only number of defectors; a second coder could leave the figure null or code it as an aggregate"),
         E("statement", None, None, None, "العقيد رياض موسى الأسعد", FSA,
           note="the FSA leader's call on officers and soldiers to join and his threat that security forces are legitimate targets: a named person's call and threat (stop 32), modality call")])


passage('kx02', '2013-03-04', 'Deutsche Welle Arabic (mirror), relaying AFP and SOHR', "a provincial capital nearly taken, SOHR's director on holdouts, captures and a killed officer | page: https://tiue.org/dw/ar/أنباء-عن-سيطرة-المعارضة-السورية-بشكل-شبه-كامل-على-مدينة-الرقة/a-16645405",
        'المعارضة على وشك السيطرة الكاملة على مدينة الرقة\nأحرز مقاتلو المعارضة السورية اليوم الاثنين، الرابع '
        'من آذار 2013، أبرز تقدم لهم على قوات الرئيس بشار الأسد منذ اندلاع النزاع قبل قرابة عامين، إذ باتوا '
        'يسيطرون على مدينة الرقة شمالي البلاد بصورة شبه تامة، لتكون أول عاصمة محافظة توشك أن تفلت من قبضة '
        'النظام. وأوضح رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان، في مكالمة مع وكالة فرانس برس، أن '
        'المدينة صارت كلها تقريباً بيد المقاتلين، ما عدا مواقع لا تزال فيها القوات النظامية، ولا سيما مقرّا '
        'الأمن العسكري وحزب البعث، اللذان تدور حولهما المعارك. وتوقّع عبد الرحمن أن تغدو الرقة، مركز '
        'المحافظة التي تحمل اسمها والتي يسيطر المعارضون على مساحات كبيرة من ريفها، في غضون ساعات أول مركز '
        'محافظة يخرج عن سلطة دمشق. وبيّن المرصد أن المهاجمين ينتمون إلى «جبهة النصرة» المتشددة، التي تدرجها '
        'واشنطن على قائمتها للتنظيمات الإرهابية، وإلى فصائل مقاتلة أخرى، وأشار إلى معلومات عن وقوع ضابط رفيع '
        'في فرع أمن الدولة في الأسر ونقله إلى الأراضي التركية، وأسر ضابط كبير ثانٍ من الأمن السياسي، ومقتل '
        'ضابط بارز في شرطة المحافظة. وبثّ ناشطون مقطعاً مصوراً يظهر فيه حشد من الناس يُسقطون تمثالاً للرئيس '
        'الراحل حافظ الأسد.',
        [E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa"), "2013-03-04", "رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان", HTS,
           note="the near-complete taking of the city (the fighting at the two headquarters is part of it, as are the captured officers and the police officer killed: one battle, ACLED's non-state actor overtakes territory); the lead names no source and the next sentence (SOHR's director) comes back to it; agent: the text names Jabhat al-Nusra first among the attackers, a second coder could take the opposition factions (FSA). The toppled statue is not coded")])


passage('kx03', '2014-03-24', 'Asharq Al-Awsat', "a village, a sea post and a hilltop taken (the day after a border town), the army's denial, tolls elsewhere, shelling in reply | page: http://archive.aawsat.com/details.asp?section=4&article=766138&issueno=12902",
        'مقاتلو المعارضة يستولون على أول منفذ بحري لهم في ريف اللاذقية\nدمشق تنفي وتقصف كسب والسمرا بالراجمات '
        'انتزع مقاتلون معارضون أمس السمرا، القرية الواقعة في محافظة اللاذقية، ومعها معبراً بحرياً يتبع لها '
        'في الشمال الغربي من سوريا، كما استولوا على الموقع المعروف بـ«المرصد 45»، أعلى مرتفع في الريف '
        'الشمالي للمحافظة، بحسب المرصد السوري لحقوق الإنسان. وفي مناطق أخرى، قُتل وجُرح أشخاص جراء قذائف '
        'سقطت على أحياء عدة في دمشق، وبراميل متفجرة أُلقيت على داريا، وسيارة انفجرت في درعا. وبينما شدّد '
        'رامي عبد الرحمن، مدير المرصد، في حديثه إلى فرانس برس على أن الكتائب الإسلامية باتت تسيطر على السمرا '
        'وعلى المخفر البحري، الذي يشكّل أول منفذ للمعارضة إلى المتوسط، وذلك غداة استيلائها على كسب، البلدة '
        'الحدودية مع تركيا، ومعبرها، نقلت الوكالة ذاتها عن مصدر أمني سوري نفيه لذلك. وقال المصدر إن الجيش '
        '«يسدد ضربات قاصمة» للمسلحين، موضحاً أن السمرا ليست سوى وادٍ بين جبلين يشقّه ممر لا مقرات عسكرية '
        'فيه، وأن القوات السورية تتحكم بهذا الممر «مئة في المئة» ولن يتمكن المعارضون من الاستيلاء على '
        'المنطقة. وأوردت «شبكة شام» بدورها أن فصائل المعارضة المسلحة أحكمت قبضتها على المنفذ البحري.',
        [E("shelling", None, PL("كسب", "Kasab", "Latakia"), None, None, GOV,
           note="the subheadline's only act: the army answers with rocket-launcher fire on Kasab and Samra (one act over two places, placed at the first); no day"),
         E("territory_change", None, PL("السمرا", "Al-Samra", "Latakia"), "2014-03-23", "المرصد السوري لحقوق الإنسان", FSA,
           note="the village with its sea crossing and the hill «المرصد 45» in one list: one act, placed at the village; the army's denial inside the telling adds nothing (stop 32)"),
         E("shelling", None, PL("دمشق", "Damascus", "Damascus", nth=1), None, None, None,
           note="shells on several districts of the capital, dead and wounded unnumbered; another kind of act after SOHR's report, so the outlet (stop 30); no day given beyond the item"),
         E("airstrike", None, PL("داريا", "Darayya", "Rif Dimashq"), None, None, GOV,
           note="barrel bombs: an air strike, no figure"),
         E("explosion", None, PL("درعا", "Daraa", "Daraa"), None, None, None,
           note="a car blew up in Daraa: explosion, no figure"),
         E("territory_change", None, PL("كسب", "Kasab", "Latakia"), "2014-03-22", "رامي عبد الرحمن، مدير المرصد", FSA,
           note="recalled with its own day («غداة»: the day before the 23rd): the border town and its crossing taken; told inside the director's statement")])


passage('kx04', '2014-08-27', 'Al-Ummah News, relaying AFP/SOHR and Al Arabiya', "a border crossing taken with both sides' dead, mortar fire into the Golan and Israel's reply, a closed zone | page: https://alummahnews.com/?p=440498",
        'مقاتلو المعارضة ينتزعون معبر القنيطرة في الجولان\nأنزل مقاتلو الجيش الحر اليوم الأربعاء العلم الرسمي '
        'السوري عن معبر القنيطرة المفضي إلى الجولان المحتل، ورفعوا مكانه علم الثورة. وأكد رامي عبد الرحمن، '
        'مدير المرصد السوري لحقوق الإنسان، لوكالة فرانس برس أن عناصر من جبهة النصرة وفصائل إسلامية وأخرى '
        'مقاتلة استولوا على المعبر المؤدي إلى الجولان السوري المحتل، بعد معارك ضارية خاضوها مع القوات '
        'النظامية والمسلحين الذين يساندونها، وأن المواجهات أوقعت 20 قتيلاً من جنود النظام وأربعة من مقاتلي '
        'المعارضة. وفي تطور ذي صلة، أفاد مراسل قناة «العربية» بأن قذيفتي هاون انطلقتا اليوم من الجانب السوري '
        'وسقطتا في شمال الجولان المحتل، فأتلفتا عدداً من السيارات وأصابتا ضابطاً إسرائيلياً. وردّ الجيش '
        'الإسرائيلي باستهداف موقع عسكري تابع للنظام السوري في القنيطرة. وكانت إسرائيل قد أعلنت في وقت سابق '
        'الشريط الحدودي في الهضبة منطقة عسكرية مغلقة، وطلبت من المزارعين والمستوطنين عدم الاقتراب من الحقول '
        'المتاخمة للسياج الأمني، لا سيما في الشمال قرب القنيطرة، بسبب ضراوة القتال الجاري هناك بين قوات '
        'النظام والثوار.',
        [E("territory_change", Q("20", 20), PL("معبر القنيطرة", "Quneitra crossing", "Quneitra"), "2014-08-27", "رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان", FSA,
           note="no total of both sides: the figure is the first side numbered (20 soldiers; four rebels are no second event); the lead has no source and SOHR's director comes back to it in the next sentence; agent: the lead says FSA, SOHR names al-Nusra first (a second coder could take HTS)"),
         E("shelling", None, PL("الجولان المحتل", "Golan Heights (Israeli-occupied)", "Quneitra", nth=1), "2014-08-27", "مراسل قناة «العربية»", None,
           note="two mortar shells (a dual: no figure) from the Syrian side onto the occupied northern Golan, one Israeli officer hurt; who fired is not said"),
         E("shelling", None, PL("القنيطرة", "Quneitra", "Quneitra", nth=2), "2014-08-27", None, ISR,
           note="Israel's reply on a regime military site in Quneitra; the text says 'targeted' without the weapon: coded shelling (cross-border fire), a second coder could code an air strike; another kind of act than the reporter's mortar report, so the outlet (stop 30)"),
         E("statement", None, None, None, None, ISR,
           note="recalled («وكانت ... قد»): Israel declared the border strip a closed military zone and warned farmers: a decision by a named party is a statement (as sets 87/93 code curfews); background, no day")])


passage('kx05', '2014-09-13', 'Al-Madina News (Jordan)', "most of a governorate taken, the coordination committees' figures and holdouts, a recalled crossing, a hostage release | page: https://www.almadenahnews.com/article/320803-المعارضة-السورية-تسيطر-على-غالبية-القنيطرة",
        'المعارضة تبسط سيطرتها على معظم محافظة القنيطرة\nباتت فصائل المعارضة السورية المسلحة تسيطر منذ يوم '
        'السبت على القسم الأكبر من الجانب السوري لهضبة الجولان، التي تحتل إسرائيل جزءاً منها، في محافظة '
        'القنيطرة جنوب البلاد. وذكرت تنسيقيات الثورة السورية أن قوات النظام تتراجع أمام «النصرة» والكتائب '
        'الإسلامية والمقاتلة، وأنها أوشكت أن تخسر ما تبقى لها في «الجولان المحرر»، مضيفة أن النظام فقد بذلك '
        'زهاء 80 بالمئة من قرى ريف القنيطرة وبلداته. وبحسب التنسيقيات، ما زالت القوات الحكومية تحتفظ بمدينتي '
        'خان أرنبة والبعث، وببلدتي الخضر وجبا، فضلاً عن مقر «اللواء 90» المنتشر في المنطقة. ومنذ آب/أغسطس، '
        'راح المقاتلون يستولون على مناطق القنيطرة الواحدة تلو الأخرى، وفي مقدمتها المعبر الحدودي مع الشطر '
        'الذي تحتله إسرائيل منذ 1967، والذي سقط في أيديهم في 27 آب/أغسطس. وكانت «جبهة النصرة» قد أطلقت يوم '
        'الخميس سراح 45 جندياً من فيجي يخدمون في قوة حفظ السلام الأممية، بعدما خطفتهم في اليوم التالي '
        'لاستيلائها على المعبر.',
        [E("territory_change", None, PL("القنيطرة", "Quneitra", "Quneitra", nth=1), "2014-09-13", "تنسيقيات الثورة السورية", FSA,
           note="most of the governorate taken: the governorate is the only place given for the act; the lead has no source and the committees' sentence comes back to it; «زهاء 80 بالمئة» of villages is a share, not a count: no figure"),
         E("territory_change", None, PL("المعبر الحدودي", "Quneitra crossing", "Quneitra"), "2014-08-27", None, FSA,
           note="recall with its own day (27 August): the border crossing taken; the outlet's own recall"),
         E("other", Q("45", 45), None, "2014-09-11", None, HTS,
           note="al-Nusra frees 45 Fijian peacekeepers («يوم الخميس» before the Saturday item: the 11th): a release, 'other'; the text names no place for it"),
         E("arrest", Q("45", 45), None, "2014-08-28", None, HTS,
           note="the abduction of the same 45 the day after the crossing fell (28 August), recalled: abductions are arrest (as sets 73, 79, 87); a second coder could leave the recall out")])


passage('kx06', '2015-05-01', 'Al-Shorouk (Egypt, via Masress), relaying SOHR/AFP', "a night clash with both sides' dead at a summit, the army's aim, a recalled city lost the Saturday before and a recall with no day | page: https://www.masress.com/shorouk/893842",
        'لقي سبعة مقاتلين في الأقل من فصائل المعارضة السورية وعشرة من عناصر النظام ومسلحيه الموالين حتفهم في '
        'مواجهات دارت بين الجانبين في محافظة اللاذقية المطلة على البحر، حيث تسعى القوات الحكومية إلى تدعيم '
        'مواقعها، بحسب المرصد السوري لحقوق الإنسان. وأفاد المرصد يوم الجمعة بأن ما لا يقل عن سبعة من مقاتلي '
        'الفصائل الإسلامية والمقاتلة سقطوا في القتال مع القوات النظامية والمسلحين الموالين في الريف الشمالي '
        'للاذقية، وأن عشرة على الأقل من جنود النظام وأفراد الدفاع الوطني قُتلوا كذلك. وفي حديث إلى فرانس '
        'برس، شرح رامي عبد الرحمن، الذي يدير المرصد، أن المعارك اشتعلت بعد منتصف الليل حول قمة النبي يونس، '
        'أعلى نقطة في اللاذقية، وهي تقع على التخوم الإدارية بين محافظات إدلب في الشمال الغربي وحماة في الوسط '
        'واللاذقية في الغرب. وأضاف أن الجيش يسعى للتقدم حول القمة، الواقعة شمال شرقي اللاذقية، لتأمينها، إذ '
        'يعدّها موقعاً حيوياً للزحف شرقاً نحو سهل الغاب وشمالاً نحو مدينة جسر الشغور.\nوكانت قوات النظام قد '
        'فقدت يوم السبت الماضي مدينة جسر الشغور ذات الموقع الاستراتيجي في محافظة إدلب، ولم يكن قد مضى شهر '
        'على خسارتها مدينة إدلب، مركز المحافظة. ورأى محللون أن سقوط جسر الشغور يشكّل ضربة موجعة للنظام.',
        [E("armed_clash", Q("سبعة", 7, None, True), PL("قمة النبي يونس", "Nabi Younes summit", "Latakia"), "2015-05-01", "المرصد السوري لحقوق الإنسان", GOV,
           note="FIGURE CALL: the text writes no total of both sides in the body (seven rebels «في الأقل» and ten soldiers, each an open bound), so the figure is the first side numbered, seven (stop 30). Place: the summit the director names; date: after midnight before the Friday report"),
         E("territory_change", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib", nth=1), "2015-04-25", None, FSA,
           note="recalled with its day (the Saturday before the Friday item): the regime lost the town; the outlet's recall; the text does not name who took it (the opposition factions)"),
         E("territory_change", None, PL("إدلب", "Idlib", "Idlib", nth=2), None, None, FSA,
           note="recalled with no day («less than a month» before): the loss of Idlib city; no date (stop 34)")])


passage('kx07', '2016-04-10', 'Akhbar al-Aan', "a truce broken in the northern Homs countryside: an activist's telling of shelling and clashes town by town, a glued subheadline | page: https://www.akhbaralaan.net/news/arab-world/2016/04/10/continuous-bombardment-homs-north-rastan-waiting-aid-convoys",
        'ريف حمص الشمالي - أخبار الآن (زياد الخطيب)\nتواصل قوات النظام انتهاك الهدنة في الريف الشمالي لحمص، '
        'إذ قصفت عدداً من البلدات والقرى فيه، وأصابت قذائفها بيوت المدنيين، بالتوازي مع مواجهات عنيفة '
        'افتتحتها هي. ووصف ناشطون ذلك بأنه حالة هستيرية تمر بها القوات الحكومية منذ أن استنزفتها معارك تدمر '
        'والقريتين شرقي المحافظة، واضطرت إلى سحب جنود من أغلب الجبهات لرميهم في تلك المعارك. وقالت الناشطة '
        'ريم العلي، العضو في مركز حمص الإعلامي، إن مدينة تلبيسة استُهدفت بقذائف المدفعية والدبابات، وإن '
        'جبهتها الجنوبية عرفت مواجهات شرسة بين الثوار وجنود النظام، رافقها رشق كثيف من عربات الشيلكا على '
        'بيوت السكان. وأضافت أن قرية الفرحانية نالها قصف مركّز بالمدفعية الثقيلة خلّف دماراً في عدد من '
        'المباني، كما دكّتها الدبابات ومدافع الهاون فيما كان الثوار يشتبكون مع قوات الأسد على جبهتها '
        'الشرقية. وأشارت إلى أن بلدة الغنطو عرفت مناوشات متقطعة بين الثوار والقوات النظامية المتمركزة في '
        'جبورين، على جبهة البلدة من جهة الشمال الغربي، بينما انهالت القذائف بكثافة على بيوت المدنيين في '
        'وسطها من دون أن تُسجَّل إصابات. قصف على تيرمعلة وحي الوعر المحاصر',
        [E("shelling", None, PL("تلبيسة", "Talbiseh", "Homs"), "2016-04-10", "الناشطة ريم العلي، العضو في مركز حمص الإعلامي", GOV,
           note="artillery and tank fire on the town (and Shilka fire on homes): no figure; the lead's 'shelled several towns' is the summary of the places told after, not an event of its own"),
         E("armed_clash", None, PL("تلبيسة", "Talbiseh", "Homs"), "2016-04-10", "الناشطة ريم العلي، العضو في مركز حمص الإعلامي", GOV,
           note="clashes on the town's southern front: a battle apart from the shelling (a coder could fold the two into one)"),
         E("shelling", None, PL("الفرحانية", "Al-Farhaniyah", "Homs"), "2016-04-10", "الناشطة ريم العلي، العضو في مركز حمص الإعلامي", GOV,
           note="heavy artillery, tanks and mortars on the village (told twice: one event)"),
         E("armed_clash", None, PL("الفرحانية", "Al-Farhaniyah", "Homs"), "2016-04-10", "الناشطة ريم العلي، العضو في مركز حمص الإعلامي", GOV,
           note="clashes on the village's eastern front; «وأضافت» carries the activist"),
         E("armed_clash", None, PL("الغنطو", "Al-Ghantu", "Homs"), "2016-04-10", "الناشطة ريم العلي، العضو في مركز حمص الإعلامي", GOV,
           note="intermittent clashes with forces in Jaburin, on the town's front: placed at the town (Jaburin is where the army sits)"),
         E("shelling", None, PL("الغنطو", "Al-Ghantu", "Homs"), "2016-04-10", "الناشطة ريم العلي، العضو في مركز حمص الإعلامي", GOV,
           note="shells on the town centre, no casualties"),
         E("shelling", None, PL("تيرمعلة", "Tir Maalah", "Homs"), "2016-04-10", None, GOV,
           note="the glued subheadline of the page's next section: shelling of Tir Maalah and besieged al-Waer (one act over two places, placed at the first); the section's body is cut off, so no source; a coder could leave a bare subheadline out")])


passage('kx08', '2016-04-21', 'Akhbar al-Aan', "two days of fighting in a city: a clash with both sides' dead, a prison taken with a surrender, mortar and artillery fire with civilian dead | page: https://www.akhbaralaan.net/news/arab-world/2016/04/21/qamishli-battles-movement-exodus-daesh-isis-suicide-bomber",
        'أخبار الآن | الحسكة – سوريا (كاوا حسن)\nدارت يوم أمس في مدينة القامشلي، بمحافظة الحسكة، مواجهات بين '
        'القوات الحكومية ووحدات حماية الشعب أودت بحياة ثلاثة من أفراد «الأسايش» وثمانية من عناصر النظام '
        'والدفاع الوطني. واستولت الأسايش والوحدات خلالها على «المخبز الآلي»، وطوّقت المربع الأمني وسجن '
        'علايا، وهو السجن المركزي للقامشلي، قبل أن يتوقف القتال بعد منتصف الليل ويسود المدينة هدوء لم يدم '
        'طويلاً. فبعد منتصف ليل أمس الأربعاء تجددت الاشتباكات، ثم احتدمت إثر سيطرة «وحدات حماية الشعب» على '
        'السجن المركزي في علايا ظهر اليوم الخميس، وتسليم 45 عنصراً أنفسهم من قوات النظام كانوا يتحصنون فيه، '
        'بينهم ضابط. وعلى الإثر، شرعت القوات الحكومية في رمي قذائف الهاون على حي علايا وما حول السجن، وطال '
        'قصفها أيضاً حي الزيتونية في الشمال الشرقي من المدينة، فيما دكّت مدفعيتها المتمركزة في فوج طرطب، '
        'جنوبي القامشلي، المناطق ذاتها. وخلّف القصف أربعة قتلى من المدنيين، عُرفت منهم حتى الساعة سيدة تدعى '
        'نجاح علي، وإصابة 25 آخرين، بينهم خمسة من أسرة واحدة، ما دفع السكان إلى مغادرة الحي نحو أحياء أكثر '
        'أماناً. ونقلت الأسايش كذلك 18 سجيناً من سجن علايا.',
        [E("armed_clash", Q("ثلاثة", 3), PL("القامشلي", "Qamishli", "Al-Hasakah"), "2016-04-20", None, GOV,
           note="the first day's clash; no total of both sides (three Asayish, eight regime), so the first side numbered; the bakery taken and the siege of the security square and prison are part of this battle, not events of their own; the outlet's reporter files it (byline): outlet"),
         E("territory_change", None, PL("علايا", "Allaya (Qamishli)", "Al-Hasakah", nth=1), "2016-04-21", None, SDF,
           note="the YPG take the central prison in Allaya the next day; 45 regime men surrender: captives, not the figure (as set 73 je05 leaves the captured out); a coder could code the renewed clash after midnight as its own armed_clash — gold folds it into the taking"),
         E("shelling", Q("أربعة", 4), PL("علايا", "Allaya (Qamishli)", "Al-Hasakah", nth=2), "2016-04-21", None, GOV,
           note="mortars on Allaya and around the prison, on al-Zaytouniya and artillery from the Tartab regiment on the same areas: one shelling told over places, placed at the first quarter; four civilians dead (the figure), 25 wounded")])


passage('kx09', '2016-05-25', 'Al Jazeera (via ksa2day), relaying Amaq, SDF, Anadolu', "an IS claim of a total and its two incidents, an IS attack elsewhere, SDF takings, coalition strikes, a spokesman's stance, displacement | page: https://ksa.ksa2day.com/Home/NewsDetails?NewsID=3418412",
        'قال تنظيم الدولة الإسلامية إنه قتل 33 من عناصر «قوات سوريا الديمقراطية» خلال القتال الدائر في '
        'الرقة، فيما أكدت هذه القوات أنها انتزعت اليوم الأربعاء قريتين ومزرعتين في الريف الشمالي للرقة، وسط '
        'موجة نزوح مستمرة لآلاف السكان.\nوأوردت وكالة أعماق، الذراع الإعلامية للتنظيم، أن ما يزيد على 28 من '
        'مقاتلي قوات سوريا الديمقراطية قُتلوا بتفجير شمالي الرقة، وأوضحت مصادر للجزيرة أن التفجير استهدف '
        'قرية الهيشة. وتحدثت الوكالة أيضاً عن مقتل خمسة من أفراد الوحدات الكردية وتدمير آلية لهم حين حاولوا '
        'التوغل جنوب منطقة عين عيسى، وقالت إن مسلحي التنظيم هاجموا مواقع للمقاتلين الأكراد في الشدادي، من '
        'ريف الحسكة. في الجهة المقابلة، أعلنت قوات سوريا الديمقراطية أنها بسطت سيطرتها على قريتي متمسرج '
        'ونمرودية وعلى مزرعتين حول بلدة عين عيسى. وأفادت مصادر للجزيرة بأن مقاتلات التحالف الدولي قصفت مواقع '
        'التنظيم في المنطقة، بينما ذكرت مصادر أخرى أن التنظيم عزّز تحصيناته إثر الهجوم عليه في شمال الرقة. '
        'وفي شأن آخر، أوضح طلال سلو، المتحدث الرسمي لقوات سوريا الديمقراطية، أن الحملة تقتصر في الوقت الراهن '
        'على استعادة شمال الرقة، وأن لا نية الآن للتقدم نحو مدينة الرقة، مركز المحافظة. وبحسب وكالة '
        'الأناضول، فرّ آلاف المدنيين من المنطقة.',
        [E("explosion", Q("ما يزيد على 28", 28, None, True), PL("الهيشة", "Al-Hisha", "Raqqa"), None, "وكالة أعماق", IS,
           note="IS's 33 is the sum of the two incidents it lists (28+ and 5): no event of its own (stop 34); the bombing's village comes from Al Jazeera's sources in the same sentence; no day fixed («today» belongs to the SDF taking)"),
         E("armed_clash", Q("خمسة", 5), PL("عين عيسى", "Ain Issa", "Raqqa"), None, "وكالة أعماق", IS,
           note="Kurdish fighters killed and a vehicle destroyed as they pushed south of Ain Issa: a clash by IS's telling"),
         E("armed_clash", None, PL("الشدادي", "Al-Shaddadi", "Al-Hasakah"), None, "وكالة أعماق", IS,
           note="IS attacked Kurdish positions at al-Shaddadi: Amaq's third item («وقالت»)"),
         E("territory_change", None, PL("متمسرج", "Mitmasraj", "Raqqa"), "2016-05-25", "قوات سوريا الديمقراطية", SDF,
           note="two villages and two farms near Ain Issa (headline, lead and body: one act told three times, over a list of places: placed at the first village; duals give no figure)"),
         E("airstrike", None, PL("عين عيسى", "Ain Issa", "Raqqa", nth=1), "2016-05-25", "مصادر للجزيرة", COAL,
           note="coalition raids on IS positions 'in the area' (the Ain Issa area of the sentence before)"),
         E("statement", None, PL("شمال الرقة", "northern Raqqa countryside", "Raqqa", nth=1), "2016-05-25", "طلال سلو", SDF,
           note="the SDF spokesman's stance that the campaign aims only at the north for now: a named official's stance (stop 32)"),
         E("other", Q("آلاف", 2000, 9000, True), None, "2016-05-25", "وكالة الأناضول", None,
           note="displacement of thousands, told in the lead and again at the end by Anadolu: one event, the named source; no place beyond the area")])


passage('kx10', '2017-04-24', 'SMART (via microsyria)', "two villages retaken with the dead and captured, the other side's telling, a suicide attack with car bombs | page: https://microsyria.com/2017/04/24/داعش-يتقدم-على-حساب-قسد-شمال-الرقة-وقت/",
        '«داعش» يستعيد قريتين من «قسد» شمال الرقة وخسائر للطرفين في مواجهات غربها\nسمارت-ليلى حداد انتزع '
        '«داعش»، أي تنظيم «الدولة الإسلامية»، اليوم الاثنين قريتين في الريف الشمالي لمدينة الرقة، في شمال '
        'شرق سوريا، بينما سقط قتلى وجرحى من عناصره ومن «قوات سوريا الديمقراطية» (قسد) في اشتباكات شهدتها قرى '
        'إلى الغرب منها. وأوضح مصدر محلي أن التنظيم أعاد بسط سيطرته على الرحيات وبئر الجربوع، على بعد 10 كم '
        'شمال الرقة، إثر معارك مع «قسد» قتل فيها ثلاثة من عناصرها وأسر أربعة، في حين قال ناشط قريب من «قسد» '
        'إن عدداً من مقاتليها جُرحوا في القتال ونُقلوا إلى مشفى ميداني أقيم في بئر سعيد، وإن الاتصال انقطع '
        'مع اثنين آخرين منهم. ويعيش ريف الرقة الشمالي معارك سجالاً بين الطرفين، إذ استرد التنظيم مؤخراً إحدى '
        'قراه، بينما ثبّتت «قسد» سيطرتها على قرى أخرى منذ أن بدأت «غضب الفرات» مرحلتها الرابعة. وفي سياق '
        'متصل، هاجم خمسة من «الانغماسيين» التابعين للتنظيم مواقع «قسد» في عايد الكبير، القرية الواقعة جنوبي '
        'الطبقة، على بعد 55 كم غربي الرقة، وفجّروا سيارتين مفخختين داخلها، ما أدى إلى مقتل عشرة من عناصر '
        '«قسد» وجرح ستة، وفق مصدر محلي ثانٍ، بينما ذكر ناشط قريب منها أن جرحاها نُقلوا إلى مشفى ميداني.',
        [E("territory_change", Q("ثلاثة", 3), PL("الرحيات", "Al-Rahiyat", "Raqqa"), "2017-04-24", "مصدر محلي", IS,
           note="two villages retaken (one act over two places, at the first); the figure is the SDF dead (three; four captured are not an event); the pro-SDF activist's wounded are the other side's telling"),
         E("explosion", Q("عشرة", 10), PL("عايد الكبير", "Ayed al-Kabir", "Raqqa"), "2017-04-24", "مصدر محلي ثانٍ", IS,
           note="five IS suicide fighters attack and blow up two car bombs in the village: an explosion (suicide bomb) whose figure is the ten dead; six wounded; the lead's 'clashes in villages to the west' is this incident")])


passage('kx11', '2017-03-15', 'Shahba Press', "a mass defection from a faction with its size, causes and the leader's failed persuasion; the page shows no date: inferred from the events (early 2017, before the Raqqa campaign's last stage) | page: https://shahbapress.net/archives/10699",
        'وكالة شهبا برس:\nترك ما يزيد على 600 مقاتل صفوف «قوات النخبة»، التابعة لأحمد الجربا رئيس تيار الغد '
        'السوري، في الشدادي، من ريف دير الزور، وهي المنطقة التي تنتشر فيها هذه القوات. وذكرت مصادر محلية أن '
        'المنشقين يقودهم ياسر الدحلة، أحد أبرز قادة الجيش السوري الحر، وأن عددهم بلغ 600 وهو مرشح للارتفاع. '
        'وعزا المصدر الانشقاق إلى رفض العناصر الزجّ بهم في جبهات الرقة، في حين يرى قادتهم أن الأولوية للتوجه '
        'إلى دير الزور وتحريرها، إضافة إلى سخطهم على نهج الجربا، الذي نعتوه بالدكتاتور، وعلى الفساد المتفشي '
        'في قواته، وعلى توظيفه تضحيات مقاتليه سياسياً لخدمة مصالحه الشخصية واستخدامها ورقة نفوذ لعقد تسويات '
        'شبيهة بما يسمى «المصالحات الوطنية». وأشارت المصادر إلى أن الجربا حاول مراراً ثنيهم عن قرارهم دون '
        'جدوى، إذ أوفد أحد أبناء عمومته لإقناعهم واحتواء الموقف، غير أن قيادة المجموعة المنشقة رفضت التراجع '
        'رفضاً باتاً، وفضّلت العمل بالتنسيق مع أهالي دير الزور، وشرعت في إعادة تنظيم صفوفها وتجهيز أسلحتها '
        'استعداداً للمشاركة في طرد التنظيم من ريف دير الزور، انطلاقاً من محور الكسرة.',
        [E("defection", Q("ما يزيد على 600", 600, None, True), PL("الشدادي", "Al-Shaddadi", "Al-Hasakah"), "2017-03-15", "مصادر محلية", None,
           note="600+ fighters leave the Elite Forces (Ahmad al-Jarba's): a defection from a faction, the figure the lead's open bound (the sources' '600, may rise' retells it); the lead names no source and the next sentence's local sources come back to it (stop 30). Place: the text says al-Shaddadi 'in the Deir ez-Zor countryside' — the town is in al-Hasakah governorate; the town is the place either way. Agent null: the force left (the Elite Forces) has no canonical name (allied to the SDF and the coalition, not the SDF itself). Date: the page shows none (inferred publication day)")])


passage('kx12', '2017-08-20', 'Akhbar al-Aan (agencies)', "a lead total equal to two towns' shelling, a convoy, the opposition's reply on a city and a quarter's toll from loyalist pages, the regime media's telling of its own shelling and air strikes | page: https://akhbaralaan.net/news/arab-world/2017/08/20/قوات-النظام-تقصف-مدينتي-تلبيسة-والحولة-في-ريف-حمص",
        'حمص - أخبار الآن (وكالات)\nلقي ثلاثة مدنيين مصرعهم وأصيب آخرون بقذائف صاروخية ومدفعية أطلقتها قوات '
        'النظام على مدينتي تلبيسة والحولة في الريف الشمالي لحمص. وأفادت مصادر من الميدان بأن قصف تلبيسة جاء '
        'بُعيد وصول قافلة إغاثة تابعة للأمم المتحدة مؤلفة من ثلاث وثلاثين شاحنة تحمل أغذية وأدوية. في '
        'المقابل، قصفت فصائل المعارضة مواقع لقوات النظام داخل أحياء حمص، رداً على القصف الذي بادرت إليه '
        'القوات المتمركزة على تخوم المنطقة. وبحسب مصادر، فإن القذائف الصاروخية والمدفعية التي رمتها كتيبة '
        'الهندسة المتمركزة في الرستن باتجاه الحولة قتلت مدنيَّين وجرحت 15، في حين قُتل شاب في تلبيسة بصاروخ '
        'انطلق من معسكر ملوك الواقع جنوبها. أما إعلام النظام فقال إن «المجموعات المسلحة» في قرية مريمين '
        'بمنطقة الحولة قُصفت بعدد من القذائف ألحقت بها أضراراً مادية، وإن الطيران الحربي ضرب مواقع ومنصات '
        'إطلاق في كفرلاها وتلدو، من قرى الحولة في ريف حمص الشمالي، وفي قرية عقرب المجاورة لها في ريف حماة '
        'الجنوبي. ونشرت صفحات موالية في حمص أسماء قتيلين، وقالت إن أكثر من خمسة مدنيين جُرحوا بقذائف أصابت '
        'حي الزهراء الموالي، انطلقت من الريف الشمالي.',
        [E("shelling", None, PL("تلبيسة", "Talbiseh", "Homs", nth=1), "2017-08-20", "مصادر من الميدان", GOV,
           note="the lead's three dead are the two of al-Houla and the one of Talbiseh told after: no event of their own (stop 34); Talbiseh's shelling (after the UN convoy of 33 trucks, which is not an event) kills one young man: a singular, no figure; the field sources are the first named for it"),
         E("shelling", None, PL("الحولة", "Al-Houla", "Homs", nth=1), "2017-08-20", "مصادر", GOV,
           note="rockets and artillery from the Engineering battalion at al-Rastan on al-Houla: two civilians dead (a dual: no figure), 15 wounded (not the figure)"),
         E("shelling", None, PL("الزهراء", "Al-Zahraa (Homs)", "Homs"), "2017-08-20", "صفحات موالية في حمص", FSA,
           note="the opposition's reply on regime positions inside Homs's districts and the shells on the loyalist al-Zahraa quarter from the northern countryside, as loyalist pages tell it: one act told twice, placed at the quarter the second telling names; two dead by name (no figure), five+ wounded"),
         E("shelling", None, PL("مريمين", "Maryamin", "Homs"), "2017-08-20", "إعلام النظام", GOV,
           note="the regime media's own telling: shells on 'armed groups' in Maryamin, damage only; another place than the field sources' al-Houla town, so its own event"),
         E("airstrike", None, PL("كفرلاها", "Kafr Laha", "Homs"), "2017-08-20", "إعلام النظام", GOV,
           note="the air force struck sites in Kafr Laha, Teldo and Aqrab (Hama): one act over three places, at the first")])


passage('kx13', '2017-11-20', 'Arabi21', "a group defects from one faction alliance to another, two sources' figures, ten caught on the way, a glued 'read also', the other side's downplaying; the page shows no date: inferred (late 2017, after IS lost the Deir ez-Zor countryside) | page: http://www.arabi21.org/storyamp/1050420/ما-حقيقة-الدور-الأمريكي-بانشقاق-مقاتلين-من-درع-الفرات",
        'أكدت مصادر عسكرية معارضة في ريف حلب الشمالي أن عشرات المقاتلين من فصائل «درع الفرات» انشقوا عنها '
        'وانضموا إلى «قوات سوريا الديمقراطية» (قسد)، موضحة أنهم آثروا العودة إلى بلدتهم الشحيل، في ريف دير '
        'الزور الشرقي، التي تسيطر عليها «قسد» ذات الغالبية الكردية.\nوأفاد أبو عمر، قائد «لواء الخطاب» '
        'المنضوي في تجمع «أحرار الشرقية»، بأن مجموعة تضم قرابة 40 مقاتلاً، يقودها المدعو «أبو خالد الشحيل» '
        'من كتائب «الصفوة»، غادرت منطقة جرابلس متجهة إلى مناطق «قسد». وأضاف في تصريح لـ«عربي21» أن المجموعة '
        'انتقلت إلى «قسد» حاملة أسلحتها وذخيرتها الخفيفة، وأن فصائل المعارضة تمكنت من القبض على 10 منهم قبل '
        'أن يغادروا المنطقة. اقرأ أيضاً: أنقرة تسعى إلى دمج فصائل المعارضة السورية في جسم واحد وبيّن أبو عمر '
        'أن عدداً قليلاً من أبناء دير الزور يفضّلون الرجوع إلى مدنهم وقراهم التي طُرد منها تنظيم الدولة، '
        'مؤكداً أن «نسبتهم ضئيلة». في المقابل، هوّن قيادي عسكري معارض من أثر انشقاق المجموعة، لافتاً إلى أن '
        'أبناء مدينة دير الزور المقاتلين في ريف حلب «يُقدَّر عددهم بنحو خمسة آلاف».',
        [E("defection", Q("عشرات", 20, 90, True), PL("جرابلس", "Jarablus", "Aleppo"), "2017-11-20", "مصادر عسكرية معارضة", SNA,
           note="FIGURE CALL: one defection told by the military sources (dozens) and then by a commander (about 40): the first figure the text writes (stop 34), «عشرات» in the lead; the commander's «قرابة 40» is another telling. Place: where they left from (Jarablus); al-Shuhayl is the destination. The force left: the Euphrates Shield factions (the later SNA)"),
         E("arrest", Q("10", 10), PL("جرابلس", "Jarablus", "Aleppo"), "2017-11-20", "أبو عمر", SNA,
           note="the factions caught ten of the defectors before they left the area (the area is Jarablus's): an arrest; «وأضاف» carries the commander. The 'read also' line is not coded (stop 32); the 5,000 fighters is a state, not an event")])


passage('kx14', '2018-07-12', 'Emarat Al Youm', "a front flares up: Russian and Syrian air strikes, an opposition attack, a suicide attack two days before, a month's running toll from opposition pages | page: https://emaratalyoum.com/politics/issues/syria-latest/2018-07-12-1.1116926?ot=ot.AMPPageLayout",
        'اشتعال جبهة ريف اللاذقية من جديد\nعادت جبهة ريف اللاذقية، في غرب سورية، إلى الاشتعال بعد أشهر هدأت '
        'فيها المواجهات بين فصائل المعارضة والقوات الحكومية، مع دخول الطيران الحربي الروسي على خط المواجهة. '
        'وأفاد مصدر في الفرقة الساحلية، المنضوية في الجيش السوري الحر، بأن مقاتلات روسية نفذت خمس غارات على '
        'محاور بلدة الكبانة، في جبل الأكراد بالريف الشمالي للاذقية، وأن طائرات سورية أغارت بدورها على '
        'المنطقة ذاتها، فيما هاجمت فصائل المعارضة الحواجز المنتشرة حول بلدة نوارة في المنطقة نفسها. وكشف '
        'المصدر أن هجوماً انتحارياً شنّه أول من أمس عناصر من جماعة «أنصار الإسلام» استهدف مواقع القوات '
        'الحكومية على محور بلدة الزيارة، في جبل التركمان بريف اللاذقية الشمالي، ما أوقع قتلى وجرحى في صفوف '
        'عناصر الموقعين، بينهم ضابط إيراني، وانتهى بأسر بعض الجنود. وتداولت صفحات معارضة على مواقع التواصل '
        'أن عشرات من عناصر القوات الحكومية والموالية لها قُتلوا أو جُرحوا منذ بداية الشهر الحالي، وأن معارك '
        'الريف الشمالي هي الأشد منذ ثلاث سنوات.',
        [E("airstrike", Q("خمس", 5), PL("الكبانة", "Kabani", "Latakia"), "2018-07-12", "مصدر في الفرقة الساحلية", RUS,
           note="five Russian raids on the Kabani axes: no dead numbered, so the raids are the figure"),
         E("airstrike", None, PL("الكبانة", "Kabani", "Latakia"), "2018-07-12", "مصدر في الفرقة الساحلية", GOV,
           note="Syrian jets on the same area: another actor, its own event (no figure)"),
         E("armed_clash", None, PL("نوارة", "Nawara", "Latakia"), "2018-07-12", "مصدر في الفرقة الساحلية", FSA,
           note="the factions attack the checkpoints around Nawara: a clash at the town"),
         E("explosion", None, PL("الزيارة", "Al-Ziyara", "Latakia"), "2018-07-10", "مصدر في الفرقة الساحلية", None,
           note="a suicide attack by Ansar al-Islam (no canonical actor) two days before («أول من أمس»): dead and wounded unnumbered, one an Iranian officer; soldiers captured; source: «وكشف المصدر», the same Coastal Division source (the whole span the text first gives it)"),
         E("casualties", Q("عشرات", 20, 90, True), None, None, "صفحات معارضة", GOV, kind="aggregate",
           note="dozens of government and allied forces killed or wounded since the start of the month: a running toll naming no act (casualties aggregate, period 2018-07-01..2018-07-12); a combined killed-and-wounded figure is the figure when no dead are given apart (sets 39/78); no place given (the front is the northern countryside's); agent: the victims are government forces — agent null would also do")])


passage('kx15', '2020-05-04', 'Ramallah News (relaying Arab48 / AFP / SOHR)', "gunmen storm a district office, abduct and shoot nine soldiers; the director's comment; background of the governorate since 2018 | page: https://ramallah.news/post/155088/مقتل-9-جنود-سوريين-بعد-خطفهم-في-درعا",
        'رام الله الإخباري\nذكر المرصد السوري لحقوق الإنسان اليوم الاثنين أن تسعة من عناصر الجيش السوري '
        'قُتلوا إثر هجوم على مديرية حكومية في محافظة درعا، جنوبي البلاد. ونقلت فرانس برس عن رامي عبد الرحمن، '
        'مدير المرصد، أن مسلحين اقتحموا مبنى مديرية ناحية المزيريب في الريف الغربي لدرعا، واقتادوا منه 9 '
        'عناصر من الجيش، ثم أعدموهم بالرصاص وألقوا جثثهم في ساحة بالبلدة. واعتبر عبد الرحمن الهجوم '
        'استثنائياً بعدد ضحاياه ونوع هدفه، لافتاً إلى أن العمليات ضد الجيش تطال عادة الحواجز والدوريات لا '
        'الدوائر الحكومية. ومنذ أن بسطت القوات الحكومية سيطرتها على درعا صيف 2018، تتوالى في المحافظة '
        'التفجيرات وعمليات الاغتيال التي تطال بالدرجة الأولى عناصر النظام والمدنيين المحسوبين عليه '
        'والمعارضين السابقين. وكانت درعا منطلق الاحتجاجات المطالبة بإسقاط النظام عام 2011، التي قوبلت بالقمع '
        'قبل أن تتحول البلاد إلى حرب دامية ما زالت مستمرة، كما أنها المنطقة الوحيدة التي بقي فيها جزء من '
        'مقاتلي المعارضة بعد عودة النظام إليها في شهر تموز من عام 2018. عرب 48',
        [E("armed_clash", Q("تسعة", 9), PL("المزيريب", "Al-Muzayrib", "Daraa"), "2020-05-04", "المرصد السوري لحقوق الإنسان", UNK,
           note="gunmen storm the Muzayrib district office, take nine soldiers and shoot them: an attack by unidentified gunmen is an armed_clash (stop 30); a second coder could code the shooting of captives as casualties (an execution); the same nine are told twice (تسعة, 9). Not coded: the background (bombings and assassinations since 2018, the 2011 protests, the 2018 return: no incident, no day)")])


passage('kx16', '2022-12-21', 'Al-Araby Al-Jadeed (via aajae)', "an amnesty decree for desertion with surrender deadlines, the state agency's telling, a subheadline on exclusions | page: https://aajae.co/politics/النظام-السوري-يصدر-مرسوم-عفو-جديداً-عن-المنشقين-بشرط-تسليم-أنفسهم",
        'اليوم الأربعاء، وقّع رئيس النظام في سوريا، بشار الأسد، مرسوماً يمنح عفواً عاماً عن طائفة من الجرائم '
        'المرتكبة قبل هذا اليوم، ومنها الفرار من صفوف قواته، شريطة أن يسلّم المطلوب نفسه، كما كانت تنص '
        'المراسيم التي سبقته.\nوأوضحت «سانا»، وكالة الأنباء الرسمية، أن المرسوم الذي أصدره الأسد يحمل الرقم '
        '24 لعام 2022، وهو يعفو عن الجرائم المقترفة قبل 21 كانون الأول 2022. ويقضي المرسوم بالعفو عن كامل '
        'العقوبة في جرائم يعاقب عليها قانون العقوبات العسكرية (المرسوم التشريعي 61 لسنة 1950 مع ما طرأ عليه '
        'من تعديلات)، وهي جريمة الفرار الداخلي الواردة في المادة 100، وجريمة الفرار الخارجي الواردة في '
        'المادة 101. ولا يستفيد المتوارون عن الأنظار و«الفارّون من وجه العدالة» من العفو ما لم يسلّموا '
        'أنفسهم خلال ثلاثة أشهر إن كانوا داخل سوريا، وأربعة أشهر إن كانوا خارجها. مستثنون من العفو ويستبعد '
        'المرسوم من أحكامه جرائم سبق أن استثنتها مراسيم سابقة، بينها مواد تعاقب بالحبس المؤبد من يكشف وثائق '
        'أو معلومات ينبغي أن تظل سرية حفاظاً على أمن الدولة.',
        [E("desertion", None, None, "2022-12-21", "سانا", GOV,
           note="an amnesty decree for internal and external desertion is a desertion event (news_dev's README: amnesty decrees); country-wide, no place; the lead names no source and SANA's sentence comes back to the same decree (stop 30); the three and four months are deadlines, not figures; the exclusions are part of the decree")])


passage('kx17', '2023-07-09', 'Syria TV', "a conscription campaign: arrests since Thursday in a city and its countryside, checkpoints, the office's circular the day before, a mother's telling | page: https://www.syria.tv/حملة-تجنيد-واسعة-قسد-تواصل-اعتقال-القاصرين-في-الحسكة",
        '«قسد» تمضي في اعتقال القاصرين ضمن حملة تجنيد واسعة بالحسكة\n2023.07.09 | دمشق 16:51 «قسد» تجنّد '
        'القاصرين (تويتر) الحسكة - خاص تمضي «قوات سوريا الديمقراطية» (قسد) في اعتقال قاصرين في المناطق التي '
        'تسيطر عليها شمال شرقي سوريا، ضمن حملة تجنيد واسعة أطلقتها في محافظة الحسكة يوم الخميس الفائت. '
        'وأفادت مصادر موقعَ تلفزيون سوريا بأن الشرطة العسكرية في «قسد» أقامت عشرات الحواجز الأمنية على الطرق '
        'الرئيسية في مدن المحافظة وبلداتها وقراها. وقد اعتقلت «قسد» منذ الخميس الفائت ما يزيد على 150 شخصاً '
        'في الحسكة، المدينة وريفها، لتجنيدهم قسراً في ما تسميه «واجب الدفاع الذاتي»، وهو خدمة إلزامية في '
        'صفوفها. وكان مكتب «واجب الدفاع الذاتي» التابع لـ«الإدارة الذاتية» قد حدّد في تعميم صدر يوم الأربعاء '
        'الفائت مواليد المطلوبين لأداء الخدمة، وهم من وُلدوا بين عام 1998 و31-07-2005. وروت هدى، وهي من سكان '
        'مدينة الحسكة، لموقع تلفزيون سوريا أن حاجزاً للشرطة العسكرية أوقف ابنها القاصر وساقه إلى التجنيد '
        'القسري، مع أنه مولود عام 2009. وأضافت أنها راجعت «مكتب الدفاع»، فأبلغها أن المعتقلين نُقلوا إلى '
        'معسكرات للتجنيد، وأنه يطالب ذوي القاصرين بتقديم وثائق تثبت أعمارهم، مثل دفتر العائلة.',
        [E("arrest", Q("ما يزيد على 150", 150, None, True), PL("الحسكة", "Al-Hasakah", "Al-Hasakah", nth=3), None, None, SDF, kind="aggregate",
           note="150+ arrested for forced conscription since Thursday (6 July) in the city and its countryside: a running total over a period (2023-07-06..2023-07-09), so an aggregate; the headline and lead ('continues arresting minors') are this campaign; the outlet's own telling (the sources' sentence before is about checkpoints); the son arrested at a checkpoint is one arrest inside it, not coded apart"),
         E("statement", None, None, "2023-07-05", "مكتب «واجب الدفاع الذاتي»", SDF,
           note="the Self-Defence Duty office's circular fixing the birth years called up (Wednesday before the Sunday item): a named body's decision is a statement (stop 32); a second coder could type it desertion (draft)")])


passage('kx18', '2023-09-02', 'Laa Media, relaying SANA', "the sixth day of fighting over a list of towns, tribes expelling a force from three villages, vehicles disabled, an oil well set alight, roads cut, a call to arms; the page shows no date: inferred from 'the sixth day' (the fighting began on 28 August 2023) | page: http://laamedia.com/news.aspx?newsnum=48366",
        'لليوم السادس توالياً، تستمر المواجهات في أنحاء متفرقة من ريف محافظة دير الزور، شرقي سورية، بين '
        'الميليشيا الانفصالية المعروفة باسم «قوات سوريا الديمقراطية» (قسد) ومسلحي ما يطلق عليه مجلس دير '
        'الزور العسكري المنضوي فيها.\nونقلت وكالة الأنباء السورية (سانا) عن مصادر محلية أن القتال العنيف بين '
        'الجانبين لم يتوقف، وأنه خلّف قتلى وجرحى وأسرى من الطرفين في ذيبان والعزبة والبصيرة، وكذلك في '
        'الطيانة وجديد بكارة، بينما نجح أبناء العشائر العربية في إخراج مسلحي «قسد» من مواقعهم في الكشكية '
        'وأبو حمام وغرانيج. وتابعت المصادر أن مقاتلي العشائر أعطبوا عدداً من آليات الميليشيا الانفصالية '
        'العسكرية، وأن بئراً نفطية في منطقة العزبة، في الريف الغربي للمحافظة، استُهدفت فاشتعلت فيها النيران. '
        'وبيّنت المصادر أن السكان أغلقوا الطرق في محيميدة والكسرة وحمار العلي، للحيلولة دون وصول التعزيزات '
        'التي تدفع بها «قسد» من الرقة نحو جبهات القتال في ريفي دير الزور الشمالي والشرقي. ويتزامن ذلك مع '
        'إعلان عدد كبير من شيوخ العشائر العربية ووجهائها النفير العام، ومناشدتهم أبناء عشائرهم مواصلة القتال '
        'ضد «قسد»، المرتبطة بـ«الاحتلال الأمريكي»، حتى طردها من مناطقهم.',
        [E("armed_clash", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-09-02", "مصادر محلية", SDF,
           note="clashes with dead, wounded and captured on both sides over five towns: one act over a list, placed at the first (a group); the lead names no source and SANA's relayed local sources come back to it (a relayed report's source is the one relayed, stop 34); dead unnumbered"),
         E("territory_change", None, PL("الكشكية", "Al-Kishkiyah", "Deir ez-Zor"), "2023-09-02", "مصادر محلية", TRIBES,
           note="tribesmen drive the SDF out of three villages: one act over a list, at the first"),
         E("other", None, PL("العزبة", "Al-Izba", "Deir ez-Zor", nth=1), "2023-09-02", "مصادر محلية", None,
           note="an oil well 'targeted' and set on fire at al-Izba, by whom and with what the text does not say: coded other (damage); a coder could code an explosion; «وتابعت المصادر» carries the local sources; the disabled vehicles are part of the clashes"),
         E("protest", None, PL("محيميدة", "Muhaymida", "Deir ez-Zor"), "2023-09-02", "مصادر محلية", PROT,
           note="residents cut the roads in three villages to stop SDF reinforcements: a road blockade, coded protest as ACLED does (a coder could leave it out); one act over a list, at the first"),
         E("statement", None, None, "2023-09-02", "شيوخ العشائر العربية", TRIBES,
           note="many tribal sheikhs declare a general mobilisation and call on their tribesmen to keep fighting: a call (stop 32), no place beyond their areas")])


passage('kx19', '2024-05-12', 'Syria TV', "arrests for conscription two days after a halt was announced, the statement's terms, a source's figure; a glued caption of another story | page: https://syria.tv/بعد-زعمها-إيقاف-حملات-التجنيد-قسد-تعتقل-عشرات-الشبّان-في-الحسكة",
        'بعد يومين من إعلان وقف التجنيد.. «قسد» تعتقل العشرات من شبان الحسكة\n2024.05.12 | دمشق 13:03 مواجهات '
        'في الكسرة، غرب دير الزور، إثر مقتل مدنيين برصاص «قسد» مقاتلون من «قسد» في الشمال الشرقي السوري '
        'الحسكة - خاص شنّت «قسد»، أي «قوات سوريا الديمقراطية»، حملة طالت عشرات الشبان بالحسكة لسوقهم إلى '
        'الخدمة العسكرية، بعد يومين فقط من إعلانها «وقف حملات سوق المكلفين». وكانت «الإدارة الذاتية»، التي '
        'تدير مناطق سيطرة «قسد»، قد أعلنت في بيان أصدرته يوم الأربعاء الفائت توقف «هيئة الدفاع» عن حملات سوق '
        'المكلفين تلبية لمطالب السكان، وإن على المطلوبين مراجعة مراكز الدفاع الذاتي طوعاً. وأضاف البيان أن '
        'القادمين من خارج الإقليم المقيمين فيه منذ أقل من 3 سنوات، وأبناء عائلات «الشهداء»، يُطلق سراحهم '
        'فوراً إذا سيقوا إلى الخدمة. ونقل موقع تلفزيون سوريا عن مصدر مطلع أن الإعلان شجّع الشبان على الخروج '
        'والتنقل بحرية في المحافظة، فاستغلت «قسد» ذلك ونشرت دورياتها في الشوارع والأسواق واعتقلت عشرات '
        'المطلوبين للخدمة. وأوضح المصدر أن «قسد» اعتقلت خلال الساعات الـ24 الماضية ما يربو على 50 شاباً داخل '
        'مدينة الحسكة، أغلبهم أوقفوا في الشوارع أو في المقاهي والمطاعم.',
        [E("arrest", Q("عشرات", 20, 90, True, nth=1), PL("الحسكة", "Al-Hasakah", "Al-Hasakah", nth=3), "2024-05-12", "مصدر مطلع", SDF,
           note="FIGURE CALL: the lead's «عشرات» (the headline's «العشرات» holds it too) and the source's «ما يربو على 50» in the last 24 hours are one campaign in one city: the first figure the text writes (stop 34), a second coder could take the 50+; the lead names no source and the informed source's sentences come back to it (stop 30). The glued caption about clashes in al-Kasra is another story: not coded (stop 32)"),
         E("statement", None, None, "2024-05-08", "الإدارة الذاتية", SDF,
           note="the Autonomous Administration's statement (Wednesday before the Sunday item) halting the conscription round-ups and freeing some categories: a named body's decision, a statement (recalled with its day)")])


passage('kx20', '2025-03-06', 'Al-Najah News (Palestine)', "loyalist attacks on the coast: a town's clash with its toll, helicopters in action, the ministry's reinforcements, SANA's telling of an ambush and attacks near a village | page: https://nn.najah.edu/news/Arabic/2025/03/06/518902",
        'سوريا - النجاح الإخباري\nاندلعت مواجهات ضارية في جبلة، بريف اللاذقية في الشمال الغربي من سوريا، بين '
        'فلول قوات نظام الأسد وعناصر الأمن العام، استخدم فيها سلاح الجو السوري مروحياته لأول مرة، وقُتل '
        'خلالها 15 عنصراً من قوات الإدارة الجديدة. وأشار «المرصد السوري لحقوق الإنسان» إلى كمائن وهجمات '
        'شنّها مسلحون من أنصار الأسد في جبلة وريفها. وفي ساعة متأخرة من مساء الخميس، أعلنت وزارة الدفاع '
        'إرسال تعزيزات عسكرية كبيرة نحو جبلة وريفها لمساندة الأمن العام وإعادة الهدوء إلى المنطقة، موضحة أن '
        'قواتها «ستكون سنداً للأمن العام الذي يتصدى للهجوم المنسق الذي نفذته فلول الأسد في مناطق عدة». '
        'وأفادت وكالة «سانا» الرسمية في اللاذقية بأن مجموعات من الفلول هاجمت عناصر وآليات تابعة لوزارة '
        'الدفاع على مقربة من بيت عانا، البلدة الواقعة في ريف اللاذقية، فقتلت عنصراً وأصابت آخرين، كما هاجمت '
        'حاجزاً لإدارة الأمن العام قرب جبلة وأطلقت النار على سيارات المدنيين. ونقلت «سانا» عن مصدر أمني أن '
        'الفلول استهدفوا سيارات إسعاف كانت تحاول نقل الجرحى قرب بيت عانا، وأن قوات الأمن استقدمت تعزيزات إلى '
        'المنطقة.',
        [E("armed_clash", Q("15", 15), PL("جبلة", "Jableh", "Latakia"), "2025-03-06", "المرصد السوري لحقوق الإنسان", LOYAL,
           note="the clashes in Jableh with 15 of the new forces killed; the lead names no source and SOHR's sentence on the loyalists' attacks and ambushes in Jableh comes back to it; the attack on a General Security checkpoint near the city and the shooting at civilians' cars (SANA) are part of this fighting at this place"),
         E("airstrike", None, PL("جبلة", "Jableh", "Latakia"), "2025-03-06", None, NEWGOV,
           note="the air force's helicopters took part for the first time: an air strike by the new government's forces on the fighting at Jableh (a coder could fold it into the clash)"),
         E("reinforcement", None, PL("جبلة", "Jableh", "Latakia", nth=2), "2025-03-06", "وزارة الدفاع", NEWGOV,
           note="the Defence Ministry announces large reinforcements to Jableh and its countryside (Thursday evening: the item's day)"),
         E("armed_clash", None, PL("بيت عانا", "Beit Ana", "Latakia"), "2025-03-06", "وكالة «سانا» الرسمية", LOYAL,
           note="loyalists attack ministry personnel and vehicles near Beit Ana, one killed (singular: no figure); the attack on ambulances near Beit Ana (a security source via SANA) is folded in: same place, same day, same attackers")])


passage('kx21', '2014-09-23', 'Homs Media Center (blog)', "barrel bombs and shelling with a massacre toll in a town, a besieged quarter's heaviest shelling in days, the opposition's rocket reply on villages and city quarters, a photo caption; the page's date is the blog post's (September 2014, the post of the 23rd) | page: http://homsmc.blogspot.com/2014/09/blog-post_23.html",
        'تلبيسة في ريف حمص وحي الوعر في المدينة تحت تصعيد عسكري\nعاد ريف حمص الشمالي إلى الاشتعال بعد هدوء '
        'نسبي عرفه سكانه مدة من الزمن، ولا سيما في تلبيسة وما حولها، إذ نفذت مروحيات النظام غارات عدة رمت '
        'فيها براميل متفجرة وصواريخ فراغية، بالتزامن مع قذائف هاون ومدفعية، ما أسفر عن مجزرة ذهب ضحيتها ما '
        'يزيد على 40 شهيداً، مدنيين وعسكريين، منهم الإعلامي الحمصي عمر الحسين والقائد العسكري أبو مازن '
        'الحمصي. ووثّق مركز حمص الإعلامي كذلك مقتل 11 طفلاً بالقصف الجوي والمدفعي الذي طال البلدة. وفي مدينة '
        'حمص، عاش حي الوعر المحاصر أعنف تصعيد يشهده منذ 4 أيام، إذ تواصل القصف بالهاون والمدفعية منذ الفجر، '
        'ومعه رشق المباني بعربات الشيلكا، كما سقطت على الحي 4 صواريخ أرض-أرض بعد العصر وفي المساء، فجُرح '
        'مدنيون كثيرون بينهم نساء وأطفال. دمار خلّفته صواريخ المعارضة في أحياء موالية للنظام ولم يتأخر رد '
        'فصائل المعارضة، التي أطلقت صواريخ غراد على قرى موالية للنظام في ريف حمص الشمالي، هي جبورين '
        'والأشرفية والمخرم، غير أن أشد ضرباتها أصابت الأحياء الموالية داخل مدينة حمص.',
        [E("airstrike", Q("ما يزيد على 40", 40, None, True), PL("تلبيسة", "Talbiseh", "Homs", nth=1), "2014-09-23", "مركز حمص الإعلامي", GOV,
           note="helicopter raids with barrels and vacuum missiles, with mortar and artillery fire, make one massacre of 40+ dead (civilians and fighters): coded as the air strike with the toll (a coder could add a shelling event); the 11 children are part of the toll; the centre (the outlet itself, named) documents it"),
         E("shelling", Q("4", 4, nth=2), PL("الوعر", "Al-Waer", "Homs", nth=1), "2014-09-23", None, GOV,
           note="mortars, artillery, Shilka fire and four surface-to-surface missiles on the besieged quarter, many wounded: no dead, so the count of its own (the four missiles; «منذ 4 أيام» is a duration)"),
         E("shelling", None, PL("جبورين", "Jaburin", "Homs"), "2014-09-23", None, FSA,
           note="the opposition's Grad rockets on three loyalist villages: one act over a list, at the first"),
         E("shelling", None, PL("حمص", "Homs", "Homs", nth=7), "2014-09-23", None, FSA,
           note="the heaviest rockets on loyalist quarters inside Homs city (the photo caption tells the same damage); the page is cut before the toll")])



def main() -> None:
    write("gold97.jsonl", P97)


if __name__ == "__main__":
    main()
