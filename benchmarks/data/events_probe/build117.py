"""Build gold117.jsonl: development set 117 (ids lr01…), written in stop 41 by writer w117 BEFORE any run on it.

A FRESH DEVELOPMENT SET OF WHOLE ARTICLES (118-191 words each), paraphrased from real pages: each passage is
the paraphrase of one real Arabic news page about Syria found in the search tool's `pages` corpus, 2012-2025, from
many outlets (Enab Baladi, Syria TV, SOHR, SNHR relayed by Al-Souria Net, Al-Araby al-Jadeed, Okaz, Youm7, Elaph,
Al-Shorouk, Djazairess, Damapost, Jesr, Smart via Micro Syria, Fresh Syria, Moheet relaying Anadolu, Yalla Syria,
Al-Yaum TV, Al-Sharq News). The subjects vary: clashes and takings, an offensive with its toll, suicide and IED
bombings, barrel bombs, Russian, coalition and regime strikes, shelling, arrest campaigns, evacuations, a defection,
monthly and running tolls, statements. The page's incidents, their order, places, figures, dates, sources and their
attribution, hedges, recalls and glued extras are kept; every sentence was rewritten (no run of five words is
shared with the page, names aside, checked by script against the page text kept outside the repository); private
people were renamed. The page's address is in each passage's `style`. Where the page shows no date, the
publication date was inferred from the events it reports (said in `style`). Gold was written before anything ran
on these passages; nobody ran marsad on them. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build117.py      # rewrites gold117.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P117: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P117.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("lr01", "2014-12-05", "Al-Shorouk (via Masress), relaying SOHR through Al Arabiya",
        "a two-day battle with both sides' dead, a suicide car bomb and a checkpoint taken; date inferred from the "
        "events (the IS assault on Deir ez-Zor airport, December 2014) | page: https://www.masress.com/shorouk/897228",
        "المرصد: 34 قتيلاً من قوات النظام و«داعش» في معارك دير الزور\n"
        "ذكر المرصد السوري لحقوق الإنسان، يوم الجمعة، أن 34 مقاتلاً على الأقل من الجيش النظامي وتنظيم «داعش» لقوا "
        "حتفهم في المواجهات الضارية التي تشهدها مدينة دير الزور منذ يومين. ونقلت قناة العربية عن رامي عبد الرحمن، مدير "
        "المرصد، قوله إن القتال الذي دار بين القوات الحكومية ومسلحين يساندونها من جهة، ومقاتلي التنظيم من جهة أخرى، في "
        "المنطقة الواقعة جنوب شرقي مطار دير الزور العسكري وحول حاجز جميان على تخوم حي الصناعة، أوقع 19 قتيلاً على الأقل "
        "في صفوف النظام ومن يواليه، و15 من عناصر «داعش» بينهم اثنان من قادته. وذكر عبد الرحمن أن بين قتلى القوات "
        "النظامية لواءً ركناً يقود لواء الدفاع الجوي في المطار، إلى جانب أربعة جنود قطع مسلحو التنظيم رؤوسهم. ولفت إلى "
        "أن أحد القتلى انتحاري من «داعش» فجّر عربة ملغّمة عند حاجز جميان الذي كانت تسيطر عليه القوات الحكومية، وأن "
        "التنظيم استولى على الحاجز إثر التفجير.",
        [E("armed_clash", Q("34", 34, None, nth=1), PL("مطار دير الزور العسكري", "Deir ez-Zor military airport",
                                                          "Deir ez-Zor"), "2014-12-05",
           "المرصد السوري لحقوق الإنسان", IS,
           note="two days of fighting, one event: the figure is both sides' total (19 regime and 15 IS are its "
                "breakdown); told at the airport's south-east and around the Jamyan checkpoint (one act over two "
                "places, group), coded at the airport (a facility). The four beheaded soldiers and the general are "
                "among the regime's dead (breakdown). Agent IS: the attacker of the page's telling; a second coder "
                "may leave no agent. Dated by the report's Friday (clashes ongoing)"),
         E("explosion", None, PL("الصناعة", "Al-Sinaa", "Deir ez-Zor"), "2014-12-05", "رامي عبد الرحمن", IS,
           note="the suicide car bomb at the Jamyan checkpoint (a checkpoint is no listed facility: placed at the "
                "quarter the text gives). The bomber is counted among the clash's dead: no figure of its own. The "
                "director's telling as Al Arabiya relays him"),
         E("territory_change", None, PL("الصناعة", "Al-Sinaa", "Deir ez-Zor"), "2014-12-05", "رامي عبد الرحمن", IS,
           note="IS took the checkpoint after the blast («وأن» carries the director); same place as the bombing")])

passage("lr02", "2020-05-19", "Enab Baladi",
        "an IED on an SDF car, an arrest campaign and a weapons search, a security source's figure | page: "
        "https://enabbaladi.net/385894/قسد-تشن-حملة-اعتقالات-موسعة-في-الرقة",
        "«قسد» تنفّذ حملة دهم واسعة في الرقة إثر مقتل اثنين من عناصرها\n"
        "أطلقت «قوات سوريا الديمقراطية» (قسد) في مدينة الرقة حملة اعتقالات كبيرة، عقب مقتل عنصرين منها بعبوة ناسفة.\n"
        "وأوضح مراسل عنب بلدي بالمدينة، في تقرير اليوم، الثلاثاء 19 أيار/مايو، أن العبوة انفجرت ليلاً بسيارة كانت تقل العنصرين قرب "
        "مسجد «الأنصار» في حي التوسعية شمال المدينة، فقُتلا، دون أن تعلن أي جهة مسؤوليتها عن الانفجار.\n"
        "وإثر ذلك شرعت وحدات «مكافحة الإرهاب» في «قسد» في مداهمة أحياء متفرقة من المدينة، وكان شارع القوتلي "
        "أكثرها تعرضاً للحملة التي انتهت باحتجاز عدد من الشبان، أغلبهم من منطقة «الحديقة البيضا».\n"
        "وفي موازاة ذلك، طوّقت «قسد» الحي الشمالي في بلدة المنصورة غرب الرقة وفتّشت منازله بحثاً عن سلاح، بينما كانت "
        "طائرات للتحالف الدولي تحلّق فوق الرقة والطبقة وريفهما خلال الحملتين، وفق المراسل.\n"
        "ولم يصدر عن «قسد» أي تعليق رسمي حتى نشر الخبر، غير أن مصدراً في «الأمن الداخلي» بالرقة، طلب عدم كشف اسمه، "
        "أبلغ عنب بلدي أن قرابة 17 شخصاً احتُجزوا في الحملة الموجهة ضد خلايا تنظيم الدولة النائمة.",
        [E("explosion", None, PL("التوسعية", "Al-Tawasiya", "Raqqa"), "2020-05-19", "مراسل عنب بلدي", None,
           note="two SDF members killed by an IED: a dual noun, no figure; the mosque is a landmark, placed at its "
                "quarter; unclaimed (no agent). «ليلاً» before a Tuesday report: dated by the report's day (a "
                "second coder may take the 18th)"),
         E("arrest", Q("قرابة 17", 17, approx=True), PL("الرقة", "Raqqa", "Raqqa", nth=1), "2020-05-19",
           "مراسل عنب بلدي", SDF,
           note="the campaign in the city's quarters (street and area are landmarks: the city); the figure comes from "
                "the internal-security source later in the item (the same campaign); source the reporter, who files "
                "the story (a second coder may name «مصدراً في «الأمن الداخلي»»). The weapons search in Mansoura "
                "with no arrest and the coalition overflights are not coded")])

passage("lr03", "2025-09-30", "Damapost (relaying Al-Araby al-Jadeed and the Raqqa Is Being Slaughtered Silently campaign)",
        "an SDF arrest campaign with a running figure, a city's share, a second town's checkpoints and arrests | "
        "page: https://damapost.com/30/09/2025/وسط-استياء-شعبي-حملة-اعتقالات-واسعة-لق/96263",
        "«قسد» تشن حملة اعتقالات كبيرة في الرقة وسط غضب الأهالي\n"
        "شنّت قوات سوريا الديمقراطية (قسد)، أمس الاثنين، حملة اعتقالات مكثفة في مدينة الرقة وضواحيها طالت حتى الآن ما "
        "يزيد على 500 شاب، ضمن ما سمّته «حملة أمنية لحفظ الاستقرار»، في ظل خشية من سوقهم إلى التجنيد الإجباري وتنامي "
        "الاحتقان في المدينة.\n"
        "وقال الإعلامي ماهر العبد لـ«العربي الجديد» إن الحملة تندرج في إطار الاستعداد لمواجهات عسكرية قد تندلع، "
        "ولاستباق أي تحرك ضد «قسد»، التي عمدت إلى إبعاد الشبان عن الساحة كي لا ينخرطوا في نشاط معادٍ لها.\n"
        "طلاب وقاصرون بين المعتقلين\n"
        "وأكد الإعلامي سليمان الحمد أن الحملة استهدفت الذكور بين 15 و40 عاماً، ولم يسلم منها طلاب المدارس والمعاهد، "
        "موضحاً أن المعتقلين داخل مدينة الرقة وحدها تخطى عددهم 250 شاباً، مع انتشار أمني كثيف واعتقالات عشوائية في "
        "المنطقة الصناعية وشارع الوادي ودوار النعيم.\n"
        "أما في مدينة الطبقة، فقد أقامت «قسد» حواجز أمنية عند نقاط رئيسية، منها دوار العلم ودوار الشرطة العسكرية ودوار "
        "جامع الفرقان ودوار الكنيسة، واعتقلت طلاباً من داخل المعاهد، الأمر الذي أغضب السكان، بحسب حملة «الرقة تذبح "
        "بصمت».",
        [E("arrest", Q("ما يزيد على 500", 500, None, True), PL("الرقة", "Raqqa", "Raqqa", nth=1), "2025-09-29", None, SDF,
           note="the lead's running figure (a bound: low 500); the 250 in the city alone is a part of it (breakdown), "
                "told by another journalist; the lead names no source (the outlet). Ages are not figures"),
         E("arrest", None, PL("الطبقة", "Al-Tabqa", "Raqqa"), "2025-09-29", "حملة «الرقة تذبح بصمت»", SDF,
           note="arrests inside Tabqa's institutes: another town, its own event (ACLED codes by location), no figure; "
                "the roundabouts are landmarks; dated with the campaign (judgement)")])

passage("lr04", "2018-04-14", "Okaz", "an evacuation convoy told by SOHR's director (date inferred from «اليوم (السبت)» and the inspectors' arrival, April 2018); convoys waiting; a recalled "
        "chemical attack; a handover and patrols | page: https://okaz.com.sa/politics/na/1632388",
        "دفعة جديدة من مقاتلي «جيش الإسلام» تغادر دوما.. والإجلاء مستمر\n"
        "غادرت مدينة دوما، في الساعات الأولى من يوم الجمعة بعد انتصاف الليل، قافلة جديدة تقل آلافاً من مقاتلي «جيش "
        "الإسلام»، الفصيل المعارض، ومدنيين، فيما تتواصل عملية الإجلاء التي تمهّد لبسط النظام السوري سيطرته على الغوطة الشرقية، وفق المرصد السوري "
        "لحقوق الإنسان.\n"
        "وبيّن رامي عبدالرحمن، مدير المرصد، أن نحو أربعة آلاف شخص بين مقاتل ومدني استقلوا 85 حافلة انطلقت من الغوطة بعد "
        "منتصف الليل، وهي الآن في طريقها نحو منطقة الباب شمالي سورية، مضيفاً أن معظم مقاتلي الفصيل غادروا دوما على 4 "
        "دفعات خلال الأيام الماضية.\n"
        "ومنذ صباح أمس (الجمعة)، تحتشد حافلات أخرى تقل مقاتلين ومدنيين على أطراف الغوطة، في انتظار أن تكتمل قافلة "
        "إضافية تتجه بدورها إلى مناطق تسيطر عليها فصائل سورية مقرّبة من أنقرة شمالي البلاد.\n"
        "ويُرجّح أن تُختتم عملية الإجلاء قبل أن يصل إلى المدينة مفتشو منظمة حظر الأسلحة الكيميائية، وقد أوفدتهم "
        "المنظمة ليحققوا في هجوم بالسلاح الكيميائي شنّه النظام السوري على دوما، ويُنتظر أن يبدؤوا عملهم اليوم (السبت).\n"
        "وسبق لـ«جيش الإسلام» أن سلّم أسلحته الثقيلة كلها للقوات الروسية، فيما غادر قائده عصام بويضاني دوما يوم "
        "الأربعاء. وبموجب اتفاق الإجلاء، بدأت دوريات للشرطة العسكرية الروسية قبل يومين تجوب دوما.",
        [E("other", Q("نحو أربعة آلاف", 4000, approx=True), PL("دوما", "Douma", "Rif Dimashq"), "2018-04-13",
           "المرصد السوري لحقوق الإنسان", None,
           note="an evacuation convoy (other); the figure is the people, not the 85 buses; al-Bab is the destination; "
                "after midnight Thursday-Friday → the 13th. The earlier four batches (a recap with no people "
                "counted) and the convoy still gathering (not yet left) are not coded"),
         E("explosion", None, PL("دوما", "Douma", "Rif Dimashq", nth=3), None, None, GOV,
           note="the recalled chemical attack on Douma (stop 41: one act with a place), background, no day given; "
                "typed explosion (ACLED: remote violence, chemical weapon) as the text names no delivery; a second "
                "coder may type it airstrike. The inspectors' start is future; the heavy-weapons handover, the "
                "commander's departure and the Russian patrols are the deal's execution, not coded")])

passage("lr05", "2017-04-22", "Smart (via Micro Syria)", "an HTS commander's telling: an ambush with a figure, a "
        "repelled advance with hardware destroyed, militia clashes; then air raids | page: "
        "https://microsyria.com/2017/04/22/تحرير-الشام-مقتل-وجرح-العشرات-من-عناصر/",
        "«تحرير الشام» تعلن قتل وجرح العشرات من قوات النظام في كمين غربي حلب\n"
        "أفاد اليوم السبت قيادي عسكري في «هيئة تحرير الشام» بأن عشرات العناصر من قوات النظام والميليشيات الرديفة سقطوا بين "
        "قتيل وجريح حين حاولوا دون جدوى التقدم نحو قرى وبلدات إلى الشمال من مدينة حلب.\n"
        "وقال القائد العسكري في الهيئة، المعروف بـ«أبو دياب معارة»، لوكالة «سمارت»، إن مقاتليه أوقعوا 18 عنصراً من "
        "النظام والميليشيات المساندة له قتلى في كمين نُصب لهم بقرية الطامورة التابعة لناحية حريتان (على بعد 10 كم إلى "
        "الشمال الغربي من حلب)، بينما كانوا يحاولون اقتحام الريف الغربي تحت غطاء من القصف المدفعي والصاروخي.\n"
        "وتابع معارة أن عناصر الهيئة صدّوا محاولة أخرى لقوات النظام للتقدم نحو الريف الغربي انطلاقاً من حي جمعية "
        "الزهراء وجبل شويحنة وحي الراشدين، ودمّروا لها دبابة من طراز «T72» ومدفعاً رشاشاً «عيار 57» بصاروخين مضادين "
        "للدروع في جمعية الزهراء.\n"
        "وأشار إلى مواجهات جرت بين ميليشيا «لواء القدس» الموالية للنظام وعناصر الهيئة قرب مبنى فرع المخابرات الجوية "
        "ومسجد الرسول الأعظم في جمعية الزهراء، خلّفت عدداً من القتلى والجرحى في صفوف الميليشيا لم يُعرف عددهم بالضبط.\n"
        "في غضون ذلك، شنّت مقاتلات تابعة للنظام وروسيا ما يزيد على 40 غارة.",
        [E("armed_clash", Q("18", 18), PL("الطامورة", "Al-Tamura", "Aleppo"), "2017-04-22",
           "قيادي عسكري في «هيئة تحرير الشام»", HTS,
           note="the ambush (the lead's «عشرات … بين قتيل وجريح» is its first telling; the body numbers 18 dead, the "
                "figure); Hraytan is the sub-district, Aleppo a bearing, 10 km a measure; agent HTS, who laid the "
                "ambush; a second coder may give the body's «القائد العسكري في الهيئة» as the source"),
         E("armed_clash", None, PL("جمعية الزهراء", "Jamiyat al-Zahraa", "Aleppo"), "2017-04-22", "معارة", GOV,
           note="the repelled advance from Zahraa (with Shuwayhna and Rashidin) and the Liwa al-Quds clashes at the Air "
                "Intelligence branch inside Zahraa: same quarter, day and sides, one event (judgement; a second coder "
                "may split them). The tank and the gun are hardware, «عيار 57» a calibre: no figure"),
         E("airstrike", Q("ما يزيد على 40", 40, None, True), None, "2017-04-22", None, GOV,
           note="the outlet's addition («في غضون ذلك»), another kind of act: source the outlet; regime and Russian "
                "jets, regime named first; the page is cut before the targets: no place")])

passage("lr06", "2018-03-27", "Youm7 (AFP copy)", "an evacuation from southern Ghouta with SANA's figures; a threat "
        "to Douma | page: https://m2.youm7.com/story/2018/3/27/إجلاء-مستمر-من-الغوطة-الشرقية-وتهديدات-بهجوم-على-دوما/3716277",
        "عمليات الإجلاء من الغوطة تتواصل.. ودوما تحت التهديد\n"
        "تتكرر منذ أيام صور الإجلاء نفسها في الغوطة الشرقية، إذ يتهيأ مقاتلون ومدنيون اليوم الثلاثاء لمغادرتها نحو شمال "
        "البلاد، في حين يظل مستقبل مدينة دوما غامضاً بعدما لوّحت قوات النظام بمهاجمتها إن لم يُبرم اتفاق بشأنها.\n"
        "وتنذر عمليات الإخراج المتواصلة من الغوطة، التي ظلت سنوات طويلة الحصن الأبرز للفصائل المعارضة على تخوم دمشق، "
        "بطيّ صفحة دامية قاسية في منطقة عانت القصف والحصار أكثر من خمسة أعوام.\n"
        "وعلى غرار الآلاف الذين غادروا قبلهم ومن ينتظرون دورهم، بدأ مقاتلون من المعارضة ومدنيون منذ ظهر الثلاثاء "
        "بالصعود إلى حافلات تنقلهم من مدينة عربين جنوبي الغوطة إلى نقطة تجمّع مجاورة.\n"
        "وحتى مساء اليوم، كانت 65 حافلة تحمل «ما يزيد على 4183 شخصاً، منهم 1001 مسلح» من زملكا وعربين وعين ترما وحي "
        "جوبر الدمشقي الملاصق لها، على أهبة الانطلاق، بحسب ما أوردته «سانا»، الوكالة الرسمية للأنباء.\n"
        "وكما جرى في الأيام الفائتة، تنتظر الحافلات ساعات طويلة ريثما تكتمل القافلة ويؤذن لها بالتحرك نحو محافظة إدلب "
        "في الشمال الغربي.",
        [E("other", Q("ما يزيد على 4183", 4183, None, True), PL("عربين", "Arbin", "Rif Dimashq"), "2018-03-27",
           "«سانا»", None,
           note="the evacuation (other): people boarding in Arbin, SANA's figure (1001 gunmen a breakdown, 65 buses "
                "not the figure); the towns they come from are one act's list (group), coded at Arbin where the "
                "boarding is told; Idlib is the destination. The thousands who left before: a vague recap, not coded"),
         E("statement", None, PL("دوما", "Douma", "Rif Dimashq"), "2018-03-27", None, GOV,
           note="the regime forces' threat to attack Douma absent a deal (stop 32: a named body's threat is a "
                "statement), in the lead; undated: the publication day; the outlet tells it")])

passage("lr07", "2019-10-17", "Enab Baladi", "SNA takings on the Ras al-Ain front (a list of villages, a vehicle "
        "seized); the Kurdish agency's telling of Turkish fire | page: https://enabbaladi.net/archives/335671",
        "تقدّم جديد لـ«الجيش الوطني» على جبهة رأس العين\n"
        "انتزعت فصائل «الجيش الوطني» السوري من «قوات سوريا الديمقراطية» (قسد) مواقع على جبهة مدينة رأس العين، في إطار "
        "عملية «نبع السلام» التي أطلقها الجيش التركي شمال شرقي سوريا في التاسع من تشرين الأول الجاري.\n"
        "وأعلن «الجيش الوطني» في منشور على قناته في «تلغرام» يوم الخميس (17 تشرين الأول) أن مقاتليه صاروا يسيطرون على "
        "شلاح والعصفورية والبرقع وتل جمه وكاجو شرقي وتل عطاش والمناجير، وهي قرى على هذا المحور، وأنهم استولوا كذلك على "
        "مدرعة أمريكية الصنع من طراز «همر».\n"
        "في المقابل، أفادت وكالة «ANHA» المقربة من «الإدارة الذاتية» في شمال شرقي سوريا بأن الجيش التركي يشن في هذه "
        "الأثناء هجوماً على مستشفى رأس العين، مضيفة في منشور على «فيس بوك» أن القوات التركية «تواصل بكثافة دكّ سريه "
        "كانيه (رأس العين) بالمدفعية والطائرات الحربية».\n"
        "وتُعد رأس العين ثاني المحاور التي انطلقت منها «نبع السلام»، إلى جانب مدينة تل أبيض.",
        [E("territory_change", None, PL("شلاح", "Shalah", "Al-Hasakah"), "2019-10-17", "«الجيش الوطني»", SNA,
           note="seven villages taken in one act (group), coded at the first; the Humvee is part of it; the lead's "
                "advance is the same act (source: the SNA's Telegram statement). The operation's launch on the 9th "
                "is the frame, not coded"),
         E("shelling", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah", nth=2), "2019-10-17", "وكالة «ANHA»", TUR,
           note="the attack on the hospital and the heavy artillery and air bombardment of the town, one telling (a "
                "second coder may add an airstrike event); the hospital is a landmark without a name: the town")])

passage("lr08", "2012-02-06", "Djazair News (via Djazairess), relaying the General Commission and Reuters",
        "Homs under its heaviest shelling (date inferred: eleven months into the uprising, the Baba Amr bombardment of 6 February 2012), two sources' tolls, Zabadani encircled and shelled, deaths in Aleppo, the "
        "campaign's earlier toll | page: https://djazairess.com/djazairnews/34622",
        "ذكرت الهيئة العامة للثورة السورية أن قصف الجيش السوري لحي بابا عمرو في حمص، وهو الأشد منذ انطلاق الثورة قبل أحد "
        "عشر شهراً، أوقع عشرات القتلى والجرحى، وامتد ليطال أحياء المدينة كافة. ونسبت وكالة رويترز إلى المعارضة السورية "
        "قولها إن ما لا يقل عن خمسين شخصاً قتلوا جراء القصف الذي تعرضت له حمص. وسقط كذلك عشرات القتلى وجرحى آخرون بنيران "
        "الجيش في مناطق سورية أخرى.\n"
        "ونشر ناشطون على الشبكة مشاهد مروّعة لضحايا القصف المتواصل على بابا عمرو منذ الساعات الأولى من الفجر. وأضافت "
        "الهيئة أن القذائف أصابت مشفى ميدانياً في الحي، وأن القوات تستخدم الدبابات والمدفعية وقذائف الهاون، ما تسبب "
        "بانهيار عدد من المباني.\n"
        "وفي ريف دمشق، أفادت الهيئة بأن 300 دبابة أحاطت بمدينة الزبداني، التي تتعرض منذ الصباح لقصف عنيف أصاب قرابة 17 "
        "شخصاً وألحق أضراراً بنحو 30 منزلاً، بينما قُتل ثلاثة أشخاص في حلب برصاص الجيش.\n"
        "ويأتي قصف اليوم امتداداً لحملة بدأتها هذه القوات قبل يومين، وطالت أحياء أخرى بينها كرم الشامي وباب الدريب وباب "
        "السباع والرفاعي وكرم الزيتون، وأودت بحياة أكثر من 20 شخصاً، منهم نساء وأطفال.",
        [E("shelling", Q("ما لا يقل عن خمسين", 50, None), PL("بابا عمرو", "Baba Amr", "Homs"), "2012-02-06",
           "الهيئة العامة للثورة السورية", GOV,
           note="the day's shelling of Baba Amr and the city: one event; the figure is the dead (Reuters relaying the "
                "opposition), not the Commission's «عشرات القتلى والجرحى» (killed and wounded together); source the "
                "Commission, who tells the act first (a second coder may give «المعارضة السورية»). The field "
                "hospital hit and the collapsed buildings are part of it"),
         E("casualties", Q("عشرات", 20, 90, True, nth=1), None, "2012-02-06", None, GOV, kind="aggregate",
           note="«عشرات القتلى» by army fire elsewhere in Syria that day: a toll over an area with no place "
                "(aggregate; gunfire by a known force outside a protest is casualties); a sentence of another kind "
                "after Reuters' report: the outlet. Aleppo's three are inside it and coded apart (a place's own act)"),
         E("reinforcement", Q("300", 300), PL("الزبداني", "Zabadani", "Rif Dimashq"), "2012-02-06",
           "الهيئة العامة للثورة السورية", GOV,
           note="300 tanks ringing the town: a deployment with its own count (judgement: a second coder may leave it "
                "out as the siege's state)"),
         E("shelling", None, PL("الزبداني", "Zabadani", "Rif Dimashq"), "2012-02-06", "الهيئة العامة للثورة السورية",
           GOV, note="about 17 wounded (the injured are never the figure) and about 30 houses damaged"),
         E("casualties", Q("ثلاثة", 3), PL("حلب", "Aleppo", "Aleppo"), "2012-02-06", "الهيئة العامة للثورة السورية",
           GOV, note="three killed by army bullets in Aleppo: a known force firing outside a protest (casualties, "
                     "stop 30 c); the Commission's sentence"),
         E("shelling", Q("أكثر من 20", 20, None, True), PL("حمص", "Homs", "Homs", nth=1), None, None, GOV,
           kind="aggregate",
           note="the campaign's toll since two days before (period 2012-02-04..06) over five other quarters of Homs: a "
                "running toll naming one cause (stop 32: the cause's type, aggregate); the writer's recall («ويأتي»): "
                "the outlet; placed at the city as it spans several quarters")])

passage("lr09", "2022-10-29", "Al-Araby al-Jadeed", "an IS suicide bombing at a former FSA commander's house (date inferred: the day after «مساء الجمعة», October 2022), an "
        "activist's telling, an earlier IED at the same house, local media's accusation | page: "
        "https://alaraby.co.uk/politics/أربعة-قتلى-بتفجير-انتحاري-في-درعا-جنوبي-سورية",
        "تفجير انتحاري يقتل أربعة في درعا البلد.. و«داعش» يتبنى\n"
        "لقي أربعة أشخاص حتفهم وأصيب آخرون، مساء الجمعة، حين فجّر عنصر من خلايا تنظيم «داعش» نفسه في قلب مدينة درعا بالجنوب "
        "السوري، خلال اجتماع في منزل قيادي سابق في «الجيش السوري الحر».\n"
        "وأوضح الناشط الإعلامي أبو سليم الحوراني لـ«العربي الجديد» أن الانتحاري كان يرتدي حزاماً ناسفاً فجّره أثناء "
        "الاجتماع المنعقد في بيت القيادي السابق وائل كمال المسالمة بحي درعا البلد، فقتل أربعة هم خالد سمير المحاميد "
        "وعمار رياض الزعبي وياسر فاروق وبلال نادر المسالمة، وجرح صاحب المنزل وآخرين بإصابات متفاوتة.\n"
        "وأشار الحوراني إلى أن كيفية وصول الانتحاري إلى المنزل ما زالت غامضة، في حين سارع التنظيم إلى إعلان مسؤوليته "
        "عن الهجوم.\n"
        "وكانت مواقع إعلامية محلية قد ذكرت أن عبوة ناسفة انفجرت قرب المنزل نفسه في درعا البلد يوم 12 تشرين الأول/أكتوبر "
        "الجاري، من غير أن توقع إصابات.\n"
        "وتوجّه المواقع الإعلامية في درعا اتهامات إلى فرع «الأمن العسكري» في قوات النظام ورئيسه لؤي العلي بتسهيل "
        "عودة «داعش» إلى المحافظة وتأمين تنقّل عناصره وإقامتهم، على غرار ما جرى في مدينة جاسم هذا الشهر.",
        [E("explosion", Q("أربعة", 4), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2022-10-28",
           "الناشط الإعلامي أبو سليم الحوراني", IS,
           note="the suicide bombing; the lead's figure, the body's list of four names; the house is placed at its "
                "quarter; the lead names no source, the next sentence's activist tells the same act (carried back); "
                "IS claimed it (agent). «مساء الجمعة» → the 28th"),
         E("explosion", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=2), "2022-10-12", "مواقع إعلامية محلية",
           None, note="the recalled IED near the same house on 12 October (background), no casualties, no agent named. "
                      "The accusation against Military Security is local media's (no named body): no statement; "
                      "Jasim is a comparison")])

passage("lr10", "2015-09-01", "Al-Souria Net (SNHR's monthly report)", "a monthly toll by party, category and "
        "governorate | page: https://media.snhr.org/blog/2015/09/01/58051/",
        "الشبكة السورية: 2040 قتيلاً في آب.. و40% من ضحايا النظام نساء وأطفال\n"
        "أفاد تقرير أصدرته الشبكة السورية لحقوق الإنسان اليوم، واطّلع عليه موقع «السورية نت»، بأن نسبة النساء والأطفال "
        "بين المدنيين الذين قتلتهم قوات النظام في آب/أغسطس الماضي ارتفعت لتبلغ 40 بالمئة من إجمالي من قضوا في سورية "
        "خلال الشهر، معتبراً ذلك «دليلاً جلياً على أن القصف عشوائي وأن الأحياء السكنية تُستهدف عمداً».\n"
        "وأحصى التقرير 2040 قتيلاً في البلاد خلال آب/أغسطس، بينهم 1213 مدنياً و410 من مقاتلي فصائل المعارضة قتلتهم قوات "
        "النظام. ومن بين المدنيين الـ1213، 302 طفل، أي عشرة أطفال يومياً في المتوسط، و289 امرأة، في حين قضى 77 شخصاً "
        "تحت التعذيب في معتقلات النظام، بمعدل ثلاثة أشخاص كل يوم.\n"
        "وبحسب التقرير، سجّلت دمشق وريفها العدد الأكبر من الضحايا في الشهر الماضي بـ737 قتيلاً، تلتها إدلب بـ324، فدرعا "
        "بـ154، ثم حلب بـ127، وحماة بـ123، وحمص بـ98، ودير الزور بـ48، والقنيطرة بـ6، والرقة بـ4، وأخيراً اللاذقية "
        "بقتيلين.\n"
        "وأورد التقرير كذلك مقتل 14 مدنياً بأيدي قوات الإدارة الذاتية الكردية.",
        [E("casualties", Q("2040", 2040, nth=1), None, None, "الشبكة السورية لحقوق الإنسان", kind="aggregate",
           note="August 2015's national toll (period 2015-08); the headline and body tell it. The regime's 1213 "
                "civilians and 410 fighters, the children, women, torture deaths, the governorates and the Kurdish "
                "forces' 14 are its breakdown (no act of their own), not events; 40% a share. A second coder may "
                "code the torture deaths (77) or a party's share as an aggregate of its own")])

passage("lr11", "2025-03-09", "Al-Sharq News", "a dated account of the coast's coordinated attacks, an official's "
        "description, two commanders' announcements | page: https://alsharqnews.net/10386",
        "الأحد 9 آذار 2025\n"
        "ما الذي جرى في الساحل السوري؟\n"
        "في منعطف خطير يكشف مدى تشابك الوضع في سوريا، تعرّضت مناطق الساحل مطلع آذار/مارس 2025 لموجة هجمات متزامنة شنّتها "
        "فلول النظام البائد، وطالت عناصر الأمن والمدنيين معاً، وأثارت بجرأتها ودقة الإعداد لها أسئلة عن استقرار المنطقة "
        "وما ينتظرها.\n"
        "ففي السادس من آذار/مارس 2025، هاجمت مجموعات مسلحة من بقايا النظام المخلوع في وقت واحد حواجز أمنية في جبلة "
        "واللاذقية وطرطوس، فسقط من عناصر جهاز الأمن العام أكثر من 140 بين قتيل وجريح حتى الآن.\n"
        "وقال مدير الأمن العام في اللاذقية، المقدم مصطفى كنيفاتي، إن الهجمات «منسّقة ومخطط لها سلفاً بعناية»، لافتاً إلى أن المهاجمين قصدوا المباني الحكومية والأملاك العامة والخاصة، ما ألحق دماراً كبيراً بالبنى "
        "التحتية.\n"
        "قادة الفلول\n"
        "ومن أبرز الأسماء التي ظهرت خلال تلك الأحداث العميد غياث دلة، وقد أعلن تأسيس «مجلس عسكري لتحرير سوريا»، ومقداد "
        "لؤي فتيحة، وقد أعلن هو الآخر تشكيل «لواء درع الساحل» لمقارعة الحكومة القائمة.",
        [E("armed_clash", Q("أكثر من 140", 140, None, True), PL("جبلة", "Jableh", "Latakia"), "2025-03-06",
           "المقدم مصطفى كنيفاتي", LOYAL,
           note="simultaneous attacks on checkpoints in three cities: one act over a list (group), coded at the first; "
                "the figure is killed and wounded together (no dead apart, as set 39 and kc21 code it); the lead's "
                "wave is the same act; the official's next sentence describes the same attacks (carried back; a "
                "second coder may leave the outlet). The damage is part of it"),
         E("statement", None, None, None, "العميد غياث دلة", LOYAL,
           note="an announced formation (a named man's announcement, told as its own matter); no day: null"),
         E("statement", None, None, None, "مقداد لؤي فتيحة", LOYAL,
           note="a second announced formation, another man: its own statement; confronting the government is an aim")])

passage("lr12", "2024-11-27", "Al-Yaum TV (relaying SOHR)", "the first day of the northern offensive (date inferred: the offensive's first day, late November 2024): a total of "
        "both sides' dead, a base and a list of villages taken, prisoners and spoils | page: "
        "https://alyaumtv.net/مقتل-العشرات-من-النصرة-وقوات-الحكومة/",
        "نحو 100 قتيل من «النصرة» والقوات الحكومية في معارك بشمال سوريا\n"
        "في تحوّل بارز يعيد رسم خرائط النفوذ شمال غربي سوريا، لقي تسعة وثمانون مقاتلاً حتفهم من القوات الحكومية ومن «هيئة "
        "تحرير الشام» الإرهابية، التي كانت تُعرف بـ«جبهة النصرة»، والفصائل الإرهابية الموالية للاحتلال التركي، خلال هجوم شنّته "
        "«النصرة» والفصائل على مناطق تسيطر عليها قوات الحكومة في ريف حلب الغربي.\n"
        "وأفاد المرصد السوري لحقوق الإنسان بأن الهيئة والفصائل المرتبطة بأنقرة نفّذت هجوماً برياً على مواقع للقوات "
        "الحكومية شمال غرب البلاد، انتزعت خلاله الفوج ستة وأربعين.\n"
        "وبسطت الهيئة كذلك سيطرتها على إحدى وعشرين قرية وبلدة، من بينها أورم الصغرى والشيخ عقيل وعنجارة والقاسمية "
        "وكفربسين وحور وعاجل والهوتة، الواقعة جميعها في الريف الغربي لحلب.\n"
        "ووفق المرصد، قُتل في الهجوم اثنان وخمسون عنصراً من الهيئة والفصائل، وسبعة وثلاثون من القوات الحكومية، كما أسرت "
        "الفصائل خمسة جنود حكوميين واستولت على مستودعات وأسلحة ومدرعات وآليات وعتاد ثقيل.\n"
        "وتمضي الهيئة والفصائل في التقدم بريف حلب الغربي، حتى باتت مجموعاتها على مسافة تقل عن عشرة كيلومترات من مدينة حلب.",
        [E("armed_clash", Q("تسعة وثمانون", 89), PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"),
           "2024-11-27", "المرصد السوري لحقوق الإنسان", HTS,
           note="the offensive's fighting: the figure is both sides' total (52 and 37 its breakdown), told in the lead "
                "and by SOHR (its source, as the observatory tells the same attack in the next sentence); the region "
                "is the only place given for the fighting as a whole; the five captured and the spoils are part of "
                "it. Undated: the publication day (the offensive's first day)"),
         E("territory_change", None, PL("الفوج ستة وأربعين", "46th Regiment base", "Aleppo"), "2024-11-27",
           "المرصد السوري لحقوق الإنسان", HTS, note="a named base is a facility (stop 28); the number is a name"),
         E("territory_change", Q("إحدى وعشرين", 21), PL("أورم الصغرى", "Urum al-Sughra", "Aleppo"), "2024-11-27",
           "المرصد السوري لحقوق الإنسان", HTS,
           note="21 villages and towns taken, eight named: one act over a list (group), coded at the first named; the "
                "figure is the villages (a second coder may give none); «وبسطت» goes on with SOHR's report. The "
                "closing advance toward Aleppo (under ten km, a measure) is the same offensive, not coded")])

passage("lr13", "2021-10-20", "SOHR", "an IED on a local commander's car, two killings in other towns, a running toll "
        "since the latest deal; date inferred (weeks after the September 2021 Daraa deal) | page: "
        "https://www.syriahr.com/مجهولون-يستهدفون-سيارة-قيادي-في-فصيل-م/455781/",
        "مجهولون يفجّرون عبوة بسيارة قيادي محلي في ريف درعا.. ومقتل شخصين في حادثتين منفصلتين\n"
        "محافظة درعا: فجّر مجهولون عبوة ناسفة بسيارة كانت تقل قيادياً محلياً يعمل مع «الأمن العسكري» على الطريق بين "
        "بلدتي المسيفرة وأم ولد في ريف درعا، إذ انفجرت بعد عبور السيارة التي كان فيها مع مرافقين له، ولم ترد أنباء عن "
        "إصابات.\n"
        "وبحسب المصادر، كان القيادي يتزعم فصيل «جيش اليرموك» المحلي المعارض، ثم توجّه إلى الشمال السوري لدى تنفيذ اتفاق "
        "التسوية والمصالحة عام 2018، قبل أن يعود متسللاً عبر طرق التهريب إلى درعا وينضم إلى مجموعة تعمل لحساب الأمن العسكري.\n"
        "وفي سياق متصل، فارق شاب مدني من أهالي نوى، غرب المحافظة، الحياة متأثراً بإصابته بطلقات نارية أطلقها "
        "عليه مسلحون مجهولون أمام بيته اليوم. كما لقي رجل متعاون مع الأمن العسكري مصرعه في مدينة الصنمين الواقعة في ريف درعا.\n"
        "وبهذا يصل عدد من فقدوا حياتهم بطرق مختلفة في محافظة درعا منذ دخول الاتفاق الأخير حيز التنفيذ إلى 42، هم 21 "
        "مدنياً بينهم طفل، وبعضهم مقاتلون سابقون في الفصائل تحولوا إلى مدنيين إثر «تسويات» سابقة، و20 من مقاتلي «الفيلق "
        "الخامس» وعناصر قوات النظام.",
        [E("explosion", None, PL("المسيفرة", "Al-Musayfirah", "Daraa"), "2021-10-20", None, UNK,
           note="an IED on a road between two towns: the first named (stop 30); no casualties; the commander's "
                "background («وبحسب المصادر») is about the target, not the act: the outlet (SOHR itself). Undated: "
                "the publication day"),
         E("armed_clash", None, PL("نوى", "Nawa", "Daraa"), "2021-10-20", None, UNK,
           note="a civilian shot by unidentified gunmen, died of wounds: a killing by gunmen is armed_clash (stop "
                "30); singular: no figure"),
         E("casualties", None, PL("الصنمين", "Al-Sanamayn", "Daraa"), "2021-10-20", None, None,
           note="a man killed with no act told: casualties; singular, no figure"),
         E("casualties", Q("42", 42), PL("درعا", "Daraa", "Daraa", nth=5), None, None, None, kind="aggregate",
           note="the running toll since the latest deal took effect (period 2021-09..2021-10-20), several ways of "
                "dying: casualties aggregate; 21 and 20 are its breakdown; placed at the governorate the text names")])

passage("lr14", "2021-01-31", "Jesr Press (relaying Ain al-Furat and the Syrian Centre for Safety and Defection)",
        "a group defection announced by a centre through a local network; a trend | page: "
        "https://jesrpress.com/وصلوا-إلى-الشمال-السوري-انشقاق-40-عنصرا",
        "وصلوا إلى الشمال السوري.. انشقاق 40 عنصراً عن قوات الأسد\n"
        "جسر – متابعات\n"
        "وصلت دفعة من العسكريين الذين انشقوا عن «قوات نظام الأسد»، في 30 كانون الثاني/يناير، يوم السبت، إلى المناطق الخاضعة "
        "لـ«فصائل المعارضة» في الشمال السوري.\n"
        "ونقلت شبكة «عين الفرات» الإخبارية المحلية عن «المركز السوري للسلامة والانشقاق» إعلانه وصول مجموعة جديدة من "
        "المنشقين عن جيش النظام، يبلغ عدد أفرادها 40 جندياً.\n"
        "وقال المركز إن الجنود المنشقين بلغوا بأمان مناطق نفوذ فصائل المعارضة السورية شمالي البلاد، من "
        "دون أن يحدد المكان الذي انطلقوا منه أو الوجهة التي انتهوا إليها.\n"
        "ولا تُعد هذه أول عملية انشقاق من نوعها، إذ تصاعدت في الآونة الأخيرة حالات الانشقاق عن قوات النظام والميليشيات "
        "التي تسانده، ولا سيما بين العناصر المنحدرين من أبناء المنطقة.",
        [E("defection", Q("40", 40, nth=1), PL("الشمال السوري", "Northern Syria", None, nth=1), "2021-01-30",
           "«المركز السوري للسلامة والانشقاق»", GOV,
           note="arrival told as the defection: the arrival region is the place as the text names no other (stop 28); "
                "the headline, lead and body tell one act; relayed by a local network: the relayed centre is the "
                "source (stop 34). The rising trend is a state, not coded")])

passage("lr15", "2015-06-06", "Moheet (via Masress), relaying a local media centre and Anadolu",
        "barrel bombs on two towns with separate tolls, IS rockets the night before, an IS offensive's taking; date "
        "inferred (a Saturday a week into the IS push on northern Aleppo, June 2015) | page: "
        "https://www.masress.com/moheet/2274052",
        "قُتل ما لا يقل عن 4 مدنيين وجُرح العشرات، حين أسقطت مروحيات النظام السوري على تل رفعت ومارع، المدينتين "
        "الواقعتين في محافظة حلب شمالي البلاد، 4 «براميل متفجرة»، بالتزامن مع معارك ضارية يخوضها مقاتلو المعارضة هناك ضد تنظيم «داعش» منذ قرابة "
        "أسبوع.\n"
        "وجاء في بيان لـ«المركز الإعلامي لتل رفعت» المعارض، أوردته وكالة «الأناضول»، أن مروحية للنظام استهدفت تل رفعت، "
        "الواقعة إلى الشمال من حلب، بـ«برميلين متفجرين» صباح اليوم السبت، فقتل انفجارهما 4 مدنيين وأصاب ما يزيد على 10 "
        "آخرين. ورجّح البيان أن ترتفع حصيلة القتلى «لأن أشخاصاً ما زالوا عالقين تحت ركام الأبنية المنهارة حتى الساعة "
        "8.10 بتوقيت غرينتش».\n"
        "ولفت المركز إلى أن تل رفعت استُهدفت في ساعة متأخرة من مساء أمس الجمعة بصواريخ «غراد» أطلقها تنظيم «داعش»، الذي "
        "يسعى مسلحوه إلى التوغل نحو المدينة الخاضعة لفصائل معارضة.\n"
        "وفي سياق متصل، قالت وكالة الأناضول إن مارع، في الريف الشمالي لحلب، نالت بدورها صباح اليوم «برميلين متفجرين» "
        "ألقتهما مروحيات النظام، ما أوقع عشرات الجرحى من دون أنباء عن قتلى.\n"
        "ومنذ قرابة أسبوع يهاجم «داعش» بلدات الريف الشمالي لحلب وقراه، وقد انتزع خلال ذلك ناحية صوران.",
        [E("airstrike", Q("4", 4, nth=2), PL("تل رفعت", "Tal Rifaat", "Aleppo", nth=2), "2015-06-06",
           "«المركز الإعلامي لتل رفعت»", GOV,
           note="two barrels on Tal Rifaat, four dead (the lead's four dead over two towns equal this one act: no event "
                "of their own, stop 34); the injured are not the figure; relayed by Anadolu: the centre is the source"),
         E("shelling", None, PL("تل رفعت", "Tal Rifaat", "Aleppo", nth=3), "2015-06-05", "المركز", IS,
           note="Grad rockets late on Friday evening (the day before), no casualties told; «ولفت المركز» is the "
                "centre's telling"),
         E("airstrike", None, PL("مارع", "Marea", "Aleppo", nth=1), "2015-06-06", "وكالة الأناضول", GOV,
           note="two barrels (a dual noun: no figure), dozens wounded (the injured are not the figure), no dead"),
         E("territory_change", None, PL("صوران", "Souran", "Aleppo"), None, None, IS,
           note="IS took the Souran sub-district during its week-long push (no day given: null); the outlet's closing "
                "background. The opposition's week of fighting with IS «هناك» is a running state with no place of "
                "its own: not coded")])

passage("lr16", "2014-02-20", "Moheet (via Masress), relaying the Syrian Human Rights Organisation and a local network",
        "barrel bombs on a district and two villages with a toll, wounded and damage, a network director's telling, "
        "barrels around the central prison; date inferred (the barrel campaign on Aleppo, early 2014) | page: "
        "https://www.masress.com/moheet/2015284",
        "قضى 15 شخصاً في قصف بالبراميل المتفجرة نفّذته مروحيات النظام السوري على مناطق تسيطر عليها المعارضة في مدينة "
        "حلب شمالي سوريا.\n"
        "وأفادت المنظمة السورية لحقوق الإنسان، استناداً إلى بيان أصدرته، بأن مروحيات الجيش النظامي ألقت براميل متفجرة على «مساكن هنانو» و«الشيخ "
        "عيسى» و«فافين»، فقتلت 15 شخصاً. كما أسفر قصف قريتي الشيخ عيسى وفافين بالبراميل عن جرح 28 شخصاً آخرين، وعن دمار "
        "وأضرار لحقت بكثير من البيوت.\n"
        "من جهته، قال سامر أبو خالد، مدير شبكة «شهبا برس» الإخبارية المحلية، إن السكان استعانوا بآلات الحفر لانتشال "
        "القتلى والمصابين من بين ركام المنازل التي سوّاها القصف بالأرض، موضحاً أن مئات الأسر كانت قد لجأت إلى الشيخ عيسى "
        "وفافين فراراً من قصف النظام لأحياء المعارضة في حلب.\n"
        "وأضاف أبو خالد أن مروحيات الجيش النظامي واصلت منذ الصباح إلقاء البراميل المتفجرة على محيط سجن حلب المركزي.",
        [E("airstrike", Q("15", 15, nth=1), PL("مساكن هنانو", "Masakin Hanano", "Aleppo"), "2014-02-20",
           "المنظمة السورية لحقوق الإنسان", GOV,
           note="barrels on one district and two villages, one toll: one act over a list (group), coded at the first; "
                "the lead's «في مدينة حلب» is the same act; the 28 wounded (in the villages) and the damage are part "
                "of it. Undated: the publication day. The families who had fled there are a state, not coded"),
         E("airstrike", None, PL("سجن حلب المركزي", "Aleppo Central Prison", "Aleppo"), "2014-02-20", "أبو خالد", GOV,
           note="barrels around the central prison since the morning (a listed facility as place); no figure")])

passage("lr17", "2024-09-22", "Yalla Syria", "an IS attack on a checkpoint near Palmyra (date inferred: the day after the dated attack; killed and wounded "
        "together), a weekly claim tally from al-Naba | page: "
        "https://www.yallasyrianews.com/article/خسائر-كبيرة-لقوات-النظام-السوري-جراء-هجمات-تنظيم-داعش-في-البادية",
        "خسائر فادحة في صفوف قوات النظام بهجمات لـ«داعش» في البادية\n"
        "ذكرت تقارير إعلامية أن عدداً من عناصر قوات النظام والميليشيات الإيرانية، ومن بينهم ضباط، سقطوا بين قتيل وجريح في "
        "هجمات شنّها «داعش» في بادية سوريا يوم السبت 21 أيلول، حين هاجم التنظيم حاجزاً قرب مدينة تدمر بالريف الشرقي "
        "لحمص، ما أوقع أكثر من 15 قتيلاً وجريحاً، وسط أنباء عن أسر عدد من الجنود.\n"
        "وبحسب المصادر، استخدم مسلحو التنظيم في هجومهم قذائف صاروخية ورشاشات ضد الحاجز الذي تتقاسمه قوات النظام "
        "والميليشيات الإيرانية. وتحولت البادية، لا سيما محيط تدمر والسخنة، في الأشهر الماضية إلى مسرح متكرر لهجمات "
        "مماثلة، غير أن التنظيم لم يُصدر حتى الآن أي بيان رسمي يتبنى فيه هذه العمليات.\n"
        "من جهة أخرى، نشرت «النبأ»، الصحيفة الناطقة باسم التنظيم، يوم الجمعة 20 أيلول الحصيلة الأسبوعية لهجماته، وتبنى "
        "فيها ثماني عمليات قال إنها أدت إلى قتل وجرح ستة عناصر من ميليشيات «قسد» و«القاطرجي». وأشار التقرير إلى هجمات على "
        "آليات وحواجز لـ«قسد» في مناطق منها أبو خشب وذيبان بريف دير الزور، إلى جانب استهداف صهاريج نفط لميليشيات القاطرجي "
        "في مواقع عدة.",
        [E("armed_clash", Q("أكثر من 15", 15, None, True), PL("تدمر", "Palmyra", "Homs"), "2024-09-21",
           "تقارير إعلامية", IS,
           note="the attack on the checkpoint near Palmyra; «قتيلاً وجريحاً» together is the act's figure as no dead "
                "are given apart (set 39, kc21); the captured soldiers are part of it; unclaimed but the text names "
                "IS as the attacker. The repeated attacks in the Badia are a habit"),
         E("casualties", Q("ستة", 6), None, None, "«النبأ»", IS, kind="aggregate",
           note="IS's weekly claim (period the week to 2024-09-20): eight operations of several kinds, six killed and "
                "wounded; casualties aggregate (several kinds of act); Abu Khashab and Dhiban are examples inside it "
                "(breakdown), no place for the tally. A second coder may take the eight operations as the figure")])

passage("lr18", "2024-06-15", "SOHR", "an HTS infiltration with each side's dead, shelling both ways, a running toll "
        "for the de-escalation zone since January; date inferred (mid-2024, 149 dead since the year began) | page: "
        "https://www.syriahr.com/مقتل-6-من-هيئة-تحرير-الشام-وضابط-من-قوات/708402/",
        "6 قتلى من «تحرير الشام» ونقيب من قوات النظام في مواجهات على محور أورم الصغرى غربي حلب\n"
        "لقي 6 من مقاتلي هيئة تحرير الشام حتفهم خلال محاولة تسلل نفذوها نحو مواقع القوات النظامية على جبهة أورم الصغرى في "
        "ريف حلب الغربي، اندلعت على إثرها اشتباكات عنيفة بين الطرفين، شاركت فيها ميليشيا «حزب الله» اللبناني إلى جانب "
        "القوات النظامية في صد الهجوم، وفق ما رصده نشطاء المرصد السوري. وقُتل في المواجهات على المحور نفسه ضابط برتبة "
        "نقيب من قوات النظام.\n"
        "وترافق القتال مع قصف نفذته «الهيئة» بالمدفعية الثقيلة وصواريخ «الكاتيوشا» على مواقع النظام في المحور، وسط أنباء "
        "عن سقوط قتلى وجرحى، بينما ردّت قوات النظام بقصف مدفعي وصاروخي طال محيط قريتي كفرعمة وكفرتعال في الريف ذاته.\n"
        "وبذلك، يبلغ 149 عدد من قُتلوا من عسكريين ومدنيين في هجمات برية داخل منطقة «بوتين – أردوغان» منذ بداية عام 2024، "
        "في 128 عملية توزعت بين هجمات وقنص واشتباكات واستهدافات ومسيّرات انتحارية، فيما أصيب خلالها ما يزيد على 56 "
        "عسكرياً و54 مدنياً، بينهم 6 أطفال. والقتلى هم: 15 مدنياً بينهم 5 أطفال وامرأة، و91 من قوات النظام.",
        [E("armed_clash", Q("6", 6, nth=1), PL("أورم الصغرى", "Urum al-Sughra", "Aleppo", nth=1), "2024-06-15",
           "نشطاء المرصد السوري", HTS,
           note="the infiltration and the clashes it set off: one event; no total of both sides written (six plus a "
                "captain): the first side numbered is the figure; Hezbollah joined the defence. HTS's own shelling of "
                "the same positions goes with the fight (same place and sides). Undated: the publication day"),
         E("shelling", None, PL("كفرعمة", "Kafr Amma", "Aleppo"), "2024-06-15", None, GOV,
           note="the regime's return fire on two villages: one act over a list (group), coded at the first; another "
                "kind of act after the activists' report: the outlet (SOHR)"),
         E("casualties", Q("149", 149), None, None, None, None, kind="aggregate",
           note="the running toll in the Putin-Erdogan zone since January 2024 (period 2024-01..2024-06-15), several "
                "kinds of act: casualties aggregate; the 128 operations, the wounded and the 15 civilians and 91 "
                "soldiers are its breakdown; the zone is no gazetteer place")])

passage("lr19", "2021-11-11", "Fresh Syria (Fresh Online)", "a reporter's item: a double raid near Idlib with "
        "wounded, a strike the evening before with a woman killed, raids on two villages; date inferred (the page "
        "shows none; a school day of the 2021 escalation) | page: https://freshsyria.net/archives/122370",
        "جرحى مدنيون بغارات روسية على مدينة إدلب\n"
        "كثّفت المقاتلات الروسية ظهر اليوم غاراتها على مناطق عدة من إدلب في الشمال الغربي لسوريا، موقعة إصابات بين "
        "المدنيين، فيما كانت طائرات الاستطلاع تحوم في الأجواء.\n"
        "وأفاد مراسل «فرش أونلاين» بأن طائرة حربية روسية نفذت غارة مزدوجة على الأطراف الشرقية لمدينة إدلب قرب معمل الغزل، "
        "ما أدى إلى إصابة مدنيين، وأثار ذعراً بين الأهالي والتلاميذ الذين كانوا يغادرون مدارسهم في تلك اللحظة.\n"
        "وأضاف المراسل أن غارة مشابهة ضربت مساء أمس بيوتاً لمدنيين في بزة، في جبل الأربعين جنوبي إدلب، فقتلت امرأة "
        "وجرحت آخرين. وطالت الغارات الروسية كذلك أطراف قريتي احسم في جبل الزاوية ومشون جنوب إدلب، من دون ورود أنباء عن "
        "ضحايا.\n"
        "ويأتي هذا التصعيد غداة حملة عنيفة نفذها نظام الأسد والقوات الروسية على مدن وبلدات في ريفي إدلب وحلب، أسفرت عن سقوط "
        "عدد من الضحايا المدنيين وعشرات الجرحى.",
        [E("airstrike", None, PL("إدلب", "Idlib", "Idlib", nth=2), "2021-11-11", "مراسل «فرش أونلاين»", RUS,
           note="the double raid on the city's eastern edge (the mill is a landmark: the city); wounded only, no "
                "figure; the lead's stepped-up raids are its first telling"),
         E("airstrike", None, PL("بزة", "Bazzeh", "Idlib"), "2021-11-10", "المراسل", RUS,
           note="the evening before; a woman killed (singular: no figure); Jabal al-Arbaeen is its enclosure"),
         E("airstrike", None, PL("احسم", "Ehsem", "Idlib"), "2021-11-11", "مراسل «فرش أونلاين»", RUS,
           note="raids on two villages, no casualties: one act over a list (group), coded at the first; the reporter "
                "files the whole item (his report carries); dated with the day's raids (a second coder may take the "
                "evening before). The previous day's campaign over two countrysides is a recap with no place or "
                "figure of its own: not coded")])

passage("lr20", "2021-03-10", "Syria TV", "an SDF dawn raid with arrests by a source, a recalled arrest at a "
        "village the month before; date inferred (the page shows none) | page: "
        "https://syria.tv/قسد-تشن-حملة-اعتقالات-في-الرقة-بتهمة-التخابر-مع-جهات-أجنبية",
        "«قسد» تشن حملة اعتقالات في الرقة بتهمة التخابر مع جهات أجنبية\n"
        "نفذت «قسد» فجر اليوم حملة مداهمات واعتقالات في مدينة الرقة، طالت أشخاصاً جاؤوا من تركيا لزيارة المدينة، بذريعة "
        "التواصل مع جهات أجنبية، وتزامنت الحملة مع قطع خدمتي الاتصالات والإنترنت في أرجاء المدينة.\n"
        "وأوضح مصدر مطلع، في حديث لموقع تلفزيون سوريا، أن الوحدات باشرت عند الثانية فجراً عملية أمنية في 4 أحياء من الرقة، احتجزت "
        "خلالها 28 شاباً و3 نساء بتهم التخابر مع أطراف خارجية (الجيش الوطني السوري والاستخبارات التركية)، منهم 16 شخصاً "
        "وصلوا إلى الرقة من تركيا في زيارة.\n"
        "وبيّن المصدر أن المداهمات شملت بيوتاً في أحياء الدرعية والمشلب والحرامية والبدو، وأن المعتقلين اقتيدوا إلى سجن "
        "«الأحداث سابقاً» للتحقيق معهم، لافتاً إلى أن الاتصالات والإنترنت عادت إلى المنازل فور انتهاء الحملة عند الرابعة "
        "فجراً.\n"
        "وكانت «قوات سوريا الديمقراطية» (قسد) قد اعتقلت في منتصف الشهر الماضي 8 شبان قرب «التروازية» على الطريق "
        "الدولي الواصل بين حلب والحسكة، إلى الشمال الشرقي من الرقة، بينما كانوا يحاولون العبور إلى مناطق سيطرة الجيش الوطني، وصادرت خلال "
        "تفتيشهم بطاقات «الكمليك» (وثيقة حماية مؤقتة تصدرها أنقرة للاجئين السوريين في أراضيها) وأتلفت "
        "أوراق إجازاتهم، ثم أودعتهم سجن «الأمن العام» في مدينة عين عيسى شمال الرقة.",
        [E("arrest", Q("28", 28), PL("الدرعية", "Al-Daraiya", "Raqqa"), "2021-03-10", "مصدر مطلع", SDF,
           note="one raid over four quarters (group), coded at the first named quarter (a second coder may place it at "
                "the city); 28 men and 3 women with no total written: the first number is the figure, the 16 "
                "visitors from Turkey a breakdown; Turkey is where they came from; the prison is where they were "
                "taken; the communications cut is not coded"),
         E("arrest", Q("8", 8, nth=1), PL("التروازية", "Al-Tarwaziya", "Raqqa"), "2021-02", None, SDF,
           note="a recalled arrest (background, «وكانت … قد», the outlet), mid last month (month grain); the highway "
                "and Ain Issa's prison are not its place; seized papers are part of it")])

passage("lr21", "2017-08-21", "Elaph (BBC-style copy)", "coalition strikes on Raqqa with SOHR's breakdown, then "
        "background: IS's capture of the city, the SDF offensive, Mosul; date inferred (the August 2017 Raqqa battle) | "
        "page: https://elaph.com/Web/News/2017/8/1161892.html",
        "غارات التحالف تقتل 29 مدنياً في الرقة\n"
        "ذكرت أنباء واردة من سوريا أن غارات جوية للتحالف بقيادة الولايات المتحدة في حربه على تنظيم الدولة الإسلامية "
        "أودت بحياة 29 مدنياً في مدينة الرقة.\n"
        "وأوضح «المرصد السوري لحقوق الإنسان»، وهو جهة معارضة تتابع تطورات النزاع في سوريا، أن بين الضحايا 14 طفلاً وتسع "
        "نساء، مضيفاً أن 14 من القتلى ينتمون إلى عائلة واحدة. ونبّه المرصد، ومقره بريطانيا، إلى أن عدد القتلى قد يرتفع لأن "
        "بعض الجرحى في وضع حرج.\n"
        "وكان التنظيم قد استولى على الرقة عام 2014، وجعل منها منذ ذلك الوقت عاصمة لما يطلق عليه «دولة الخلافة». وفي غضون "
        "عام ونصف تقريباً، خسر التنظيم مساحات واسعة كانت في قبضته داخل سوريا أمام هجمات شنّها الجيش السوري و«قوات سوريا "
        "الديمقراطية» ومقاتلون تدعمهم تركيا.\n"
        "وتتقدم «قوات سوريا الديمقراطية» ببطء باتجاه الرقة منذ تشرين الثاني/نوفمبر، وبدأت في اليوم السادس من حزيران/يونيو "
        "الماضي هجوماً للسيطرة على المدينة. ومن شأن انتزاع الرقة أن يشكّل ضربة موجعة للتنظيم، بعد طرد مسلحيه من الموصل، "
        "معقله الأبرز في العراق، في تموز/يوليو.\n"
        "ولا يُعرف عدد المدنيين الباقين في المدينة.",
        [E("airstrike", Q("29", 29, nth=1), PL("الرقة", "Raqqa", "Raqqa", nth=1), "2017-08-21",
           "«المرصد السوري لحقوق الإنسان»", COAL,
           note="the coalition strikes; headline and lead tell it («أنباء» is no named source), the observatory's next "
                "sentence gives its breakdown (carried back, stop 30); children, women and one family are a "
                "breakdown; Britain is the observatory's seat. Undated: the publication day"),
         E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa", nth=2), "2014", None, IS,
           note="the recalled capture of Raqqa in 2014 (background, year grain; stop 41: one act with a place)"),
         E("armed_clash", None, PL("الرقة", "Raqqa", "Raqqa", nth=3), "2017-06-06", None, SDF,
           note="the recalled start of the SDF offensive on the city on 6 June (background, its own day); the slow "
                "advance since November is a state; IS's losses over a year and a half name no place; Mosul's fall "
                "is in Iraq, not coded")])


def main() -> None:
    write("gold117.jsonl", P117)


if __name__ == "__main__":
    main()
