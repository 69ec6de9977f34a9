"""Build gold60.jsonl: development set 60 (ids eg01…), written in stop 31 by helper w60 BEFORE any run on it.

OFFICIAL AND PARTISAN VOICES, 2011-2025. On one side SANA (old: «حمص-سانا», «قوات حفظ النظام», «مجموعة إرهابية
مسلحة», «السيد الرئيس»; new, 2025: «فلول النظام البائد», «الأمن العام», «خارجة عن القانون»), Al-Watan, Al Mayadeen,
Al-Manar («مجاهدو المقاومة», «الإعلام الحربي»), RT Arabic, Sputnik (the Russian reconciliation centre at
Hmeimim), Tasnim; on the other the opposition's bodies (the Syrian National Council, the Syrian Coalition, the
local coordination committees, the military councils, SNHR), the Interim Government, HTS's Amjad and the Salvation
Government, the SNA's media, the SDF's media centre via Hawar («الاحتلال التركي ومرتزقته»), Orient («ميليشيات
أسد»), Turkish («تحييد», «بي كي كي/ واي بي جي») and Israeli army statements relayed. Their vocabulary and claims are
kept; the gold codes what happened as an ACLED coder would (unnamed «إرهابيون» get no agent, a pro-government rally
is a protest, «تحييد» is the text's figure, a denial or a call is no event).

The wording patterns were read in real Arabic reporting (the search tool's `pages` corpus), never copied; people,
villages, figures and dates are invented or varied, the towns are real. Offsets are computed by build.build and
checked. Gold was written before marsad was run on any of it.

    python benchmarks/data/events_probe/build60.py      # rewrites gold60.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P60: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P60.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("eg01", "2012-02-14", "SANA", "old SANA dateline, 'armed terrorist group' at a checkpoint, arrests on the spot",
        "حمص-سانا\n"
        "استشهد ثلاثة من عناصر قوات حفظ النظام وأصيب خمسة آخرون أمس الاثنين برصاص مجموعة إرهابية مسلحة هاجمت "
        "حاجزاً أمنياً عند مدخل حي الخالدية في مدينة حمص. وأوضح مصدر مسؤول في المحافظة لمراسل سانا أن عناصر "
        "الحاجز اشتبكوا مع المهاجمين وتمكنوا من إلقاء القبض على أربعة منهم ومصادرة أسلحتهم، فيما فرّ الباقون باتجاه "
        "حي البياضة.",
        [E("armed_clash", Q("ثلاثة", 3), PL("الخالدية", "Al-Khalidiya", "Homs"), "2012-02-13",
           "مصدر مسؤول في المحافظة", UNK,
           note="an attack by gunmen on a checkpoint is an armed clash; SANA's 'armed terrorist group' names no one "
                "(unidentified); the official source of the next sentence comes back to the same attack; the five "
                "wounded are not the figure"),
         E("arrest", Q("أربعة", 4), PL("الخالدية", "Al-Khalidiya", "Homs"), "2012-02-13", "مصدر مسؤول في المحافظة",
           GOV, note="the arrest at the checkpoint during the same attack, a separate act; dated with it; Al-Bayada "
                     "is where the rest fled, not a place of an act")])

passage("eg02", "2013-08-22", "Al Arabiya", "the Coalition's statement condemning a massacre",
        "دان الائتلاف الوطني لقوى الثورة والمعارضة السورية، في بيان أصدره اليوم الخميس، ما وصفه بـ«المجزرة "
        "المروعة» التي ارتكبتها ميليشيات الأسد في قرية عين الكروم بريف حماة الغربي، حيث أعدمت ميدانياً 31 مدنياً "
        "بينهم تسعة أطفال بعد اقتحام القرية فجر أمس الأربعاء. وطالب البيان مجلس الأمن بتحمل مسؤولياته وإحالة ملف "
        "الجرائم إلى المحكمة الجنائية الدولية.",
        [E("casualties", Q("31", 31), PL("عين الكروم", "Ein al-Kurum", "Hama"), "2013-08-21",
           "الائتلاف الوطني لقوى الثورة والمعارضة السورية", GOV,
           note="field executions are casualties (stop-30 conventions); the storming of the village is the same act; "
                "the condemnation and the appeal to the Security Council are no event (a second coder might add a "
                "statement); nine children are a breakdown"),
         E("statement", None, PL("عين الكروم", "Ayn al-Kurum", "Hama"), None, 'الائتلاف الوطني لقوى الثورة والمعارضة السورية', None, note='MENDED stop 32 (conventions): a condemnation and a demand of one body: one statement (stop 32), at the place it concerns')])

passage("eg03", "2015-06-11", "Al-Manar", "Hezbollah's war media, a taking of heights with the toll next sentence",
        "القلمون-المنار\n"
        "سيطر مجاهدو المقاومة الإسلامية بالتعاون مع الجيش العربي السوري صباح اليوم على تلة الحمرا ومرتفعات "
        "الرهوة في جرود فليطة، بعد معارك عنيفة مع مسلحي «جبهة النصرة» و«داعش». وأفاد الإعلام الحربي بأن 14 "
        "مسلحاً قتلوا خلال الهجوم ودُمّرت ثلاث آليات مزودة برشاشات، فيما فرّ الباقون نحو جرود عرسال.",
        [E("territory_change", Q("14", 14), PL("جرود فليطة", "Flitah barrens", "Rif Dimashq"), "2015-06-11",
           "الإعلام الحربي", GOV,
           note="two heights taken in one act: one event at the enclosing barrens (the heights are not gazetteer "
                "places); the war media's next sentence gives the toll of the same attack (carried back); the agent "
                "is Hezbollah with the army (no Hezbollah constant: the army); the Arsal barrens are where the rest "
                "fled (Lebanon), not a place of the act")])

passage("eg04", "2025-02-19", "SANA", "new SANA, 'remnants of the defunct regime' arrested",
        "اللاذقية-سانا\n"
        "ألقت وحدات الأمن العام القبض أمس الثلاثاء على ستة أشخاص من فلول النظام البائد في قرية دوير بعبدة بريف "
        "جبلة، بعد ورود معلومات عن تورطهم في هجمات سابقة على حواجز الأمن الداخلي. وقال مصدر في قيادة الأمن "
        "الداخلي باللاذقية لـ سانا إن المقبوض عليهم أحيلوا إلى القضاء، وإن الوحدات ضبطت بحوزتهم أسلحة وقنابل "
        "يدوية.",
        [E("arrest", Q("ستة", 6), PL("دوير بعبدة", "Duwayr Baabda", "Latakia"), "2025-02-18",
           "مصدر في قيادة الأمن الداخلي باللاذقية", NEWGOV,
           note="the next sentence's source comes back to the same arrest (what was seized); the earlier attacks "
                "are undated and unplaced background, no event")])

passage("eg05", "2022-11-24", "Anadolu Agency", "Turkish MoD 'neutralised' claim relayed by Anadolu",
        "أنقرة/ الأناضول\n"
        "أعلنت وزارة الدفاع التركية، اليوم الخميس، تحييد 11 إرهابياً من تنظيم «بي كي كي/ واي بي جي» حاولوا "
        "التسلل إلى منطقة «نبع السلام» من محيط بلدة عين عيسى شمالي سوريا. وذكرت الوزارة في بيان أن قواتها «لن "
        "تسمح بأي تهديد لحدود البلاد وأمن السكان»، مؤكدة مواصلة مكافحة الإرهاب حتى تحييد آخر إرهابي.",
        [E("armed_clash", Q("11", 11), PL("عين عيسى", "Ain Issa", "Raqqa"), None, "وزارة الدفاع التركية", TUR,
           note="«تحييد» (killed or captured) is the text's figure; the foiled infiltration is fought, so a clash; "
                "the act is undated (announced today: a coder could date it 2022-11-24); Ain Issa is the nearest "
                "named place of the line, the operation zone is no place")])

passage("eg06", "2019-10-16", "Hawar (ANHA)", "SDF media centre statement: 'the Turkish occupation and its mercenaries'",
        "مركز الأخبار\n"
        "قال المركز الإعلامي لقوات سوريا الديمقراطية في بيان اليوم إن جيش الاحتلال التركي ومرتزقته قصفوا "
        "بالمدفعية الثقيلة قرية الأسدية غرب مدينة سري كانيه/ رأس العين مساء أمس، ما أدى إلى استشهاد 4 مدنيين من "
        "عائلة واحدة. وأضاف البيان أن مقاتلي القوات تصدوا لهجوم شنه المرتزقة على محور تل حلف، وقتلوا 9 منهم ودمروا "
        "عربة مدرعة.",
        [E("shelling", Q("4", 4), PL("الأسدية", "Al-Asadiya", "Al-Hasakah"), "2019-10-15",
           "المركز الإعلامي لقوات سوريا الديمقراطية", TUR,
           note="'the Turkish army and its mercenaries': actor1 the Turkish army, the SNA its associate"),
         E("armed_clash", Q("9", 9), PL("تل حلف", "Tell Halaf", "Al-Hasakah"), None,
           "المركز الإعلامي لقوات سوريا الديمقراطية", SNA,
           note="«وأضاف البيان» keeps the statement's source; 'the mercenaries' attacked (SNA as agent); no day of "
                "its own (a coder might date it with the shelling, 2019-10-15)")])

passage("eg07", "2023-06-05", "Al Arabiya", "Israeli army statement and SANA's military source on one strike",
        "قال المتحدث باسم الجيش الإسرائيلي إن طائرات حربية أغارت فجر اليوم الاثنين على مواقع عسكرية للجيش "
        "السوري في جنوب سوريا، رداً على إطلاق قذائف صاروخية من الأراضي السورية باتجاه الجولان. من جهتها، نقلت "
        "وكالة سانا عن مصدر عسكري أن العدوان استهدف نقاطاً في محيط مدينة إزرع بريف درعا، وأسفر عن إصابة جندي "
        "بجروح ووقوع بعض الخسائر المادية.",
        [E("airstrike", None, PL("إزرع", "Izra", "Daraa"), "2023-06-05", "المتحدث باسم الجيش الإسرائيلي", ISR,
           note="one strike told by both sides (SANA's 'aggression'); SANA's source gives the specific place; the "
                "reported_by is the first teller (the military source is the other); one wounded soldier: no "
                "figure; the rockets toward the Golan are the stated motive, undated and unplaced: no event")])

passage("eg08", "2016-07-12", "Sputnik", "Russian reconciliation centre daily bulletin: breaches and truce deals",
        "حميميم — سبوتنيك\n"
        "أعلن مركز التنسيق الروسي للمصالحة في سوريا أنه سجّل 9 خروقات لنظام وقف الأعمال القتالية خلال الساعات "
        "الـ24 الماضية، أبرزها قصف نفذه مسلحو «جبهة النصرة» بمدافع الهاون على بلدة محردة في ريف حماة الشمالي. "
        "وأضاف المركز في بيانه اليومي أن اتفاقات مصالحة وُقّعت مع وجهاء ثلاث بلدات في ريف حمص الشمالي، ليرتفع "
        "عدد البلدات المنضمة إلى الهدنة إلى 203.",
        [E("shelling", None, PL("محردة", "Mhardeh", "Hama"), None, "مركز التنسيق الروسي للمصالحة في سوريا", HTS,
           note="the one named breach; the nine breaches are a mixed summary over 24 hours of which this is a part "
                "(no aggregate coded; a coder could add one); no day fixed"),
         E("agreement", Q("ثلاث", 3), PL("ريف حمص الشمالي", "Northern Homs countryside", "Homs"), None,
           "مركز التنسيق الروسي للمصالحة في سوريا", None,
           note="truce deals with three towns, the towns unnamed: the region; the running total of 203 towns in "
                "the truce is a state, not coded (a coder could code an agreement aggregate)")])

passage("eg09", "2023-03-14", "Enab Baladi", "HTS's Amjad claims a raid; the regime's reply by the outlet",
        "نقلت «مؤسسة أمجاد» الإعلامية التابعة لـ«هيئة تحرير الشام» عن مصدر عسكري في الهيئة أن مقاتليها نفذوا "
        "ليل أمس الاثنين عملية «انغماسية» على نقاط لقوات النظام في محور قرية الملاجة جنوبي إدلب، وقتلوا ثمانية "
        "عناصر بينهم ضابط برتبة ملازم. وردّت قوات النظام صباح اليوم بقصف صاروخي على بلدة البارة في جبل الزاوية، "
        "دون ورود أنباء عن إصابات.",
        [E("armed_clash", Q("ثمانية", 8), PL("الملاجة", "Al-Malaja", "Idlib"), "2023-03-13", "مصدر عسكري في الهيئة",
           HTS, note="relayed source: the military source in HTS told Amjad (a coder might name «مؤسسة أمجاد»)"),
         E("shelling", None, PL("البارة", "Al-Bara", "Idlib"), "2023-03-14", None, GOV,
           note="an act of another kind after a sourced report: the outlet")])

passage("eg10", "2025-05-08", "SANA", "new SANA: an Israeli incursion and arrests in Quneitra",
        "القنيطرة-سانا\n"
        "توغلت قوة تابعة لجيش الاحتلال الإسرائيلي مؤلفة من أربع آليات عسكرية، مساء أمس، في قرية جباتا الخشب "
        "بريف القنيطرة الشمالي، واعتقلت ثلاثة شبان من أهالي القرية بعد مداهمة منازلهم. وأفاد مراسل سانا بأن القوة "
        "انسحبت بعد ساعات باتجاه الشريط المحتل، فيما لا يزال مصير الشبان مجهولاً.",
        [E("arrest", Q("ثلاثة", 3), PL("جباتا الخشب", "Jubata al-Khashab", "Quneitra"), "2025-05-07", "مراسل سانا",
           ISR, note="the incursion and the arrests are one raid (the arrest the act coded; a coder might add the "
                     "incursion); four vehicles are the force, not the figure; the reporter's next sentence comes "
                     "back to the same raid")])

passage("eg11", "2013-03-18", "Zaman al-Wasl", "no event: the Coalition's anniversary call to defect and a future plan",
        "دعا رئيس الائتلاف الوطني السوري، في كلمة بمناسبة الذكرى الثانية لانطلاق الثورة، ضباط وجنود جيش النظام "
        "إلى الانشقاق والانحياز إلى أهلهم، مؤكداً أن «أبواب الجيش الحر مفتوحة لكل من لم تتلطخ يداه بدماء "
        "السوريين». وأشار إلى أن الائتلاف يعمل على تشكيل حكومة مؤقتة تدير المناطق المحررة خلال الأسابيع المقبلة.",
        [E("statement", None, None, None, 'رئيس الائتلاف الوطني السوري', None, note="MENDED stop 32 (conventions): the coalition head's call to defect is a statement (stop 32)")])

passage("eg12", "2018-07-08", "Al-Watan (Syria)", "pro-government daily's field sources: towns taken, settlements",
        "علمت «الوطن» من مصادر ميدانية أن وحدات الجيش العربي السوري بسطت سيطرتها أمس على بلدتي صيدا والنعيمة في "
        "ريف درعا الشرقي، بعد انهيار دفاعات المسلحين وانسحاب من تبقى منهم نحو درعا البلد. وأضافت المصادر أن نحو "
        "650 مسلحاً ومطلوباً سوّوا أوضاعهم في مدينة بصرى الشام خلال اليومين الماضيين، بموجب اتفاق المصالحة الذي "
        "رعاه الجانب الروسي.",
        [E("territory_change", None, PL("صيدا", "Saida", "Daraa"), "2018-07-07", "مصادر ميدانية", GOV,
           note="two towns taken in one act: one event (group) at the first; Saida of Daraa, not Lebanon's; "
                "Daraa al-Balad is where the fighters withdrew to"),
         E("other", Q("نحو 650", 650, approx=True), PL("بصرى الشام", "Bosra al-Sham", "Daraa"), None,
           "مصادر ميدانية", None,
           note="status settlements are 'other' (as set 1 p43); «وأضافت المصادر» keeps the source; over two days: "
                "no single day")])

passage("eg13", "2020-02-20", "Anadolu Agency", "Turkish MoD: its post shelled, its reply 'neutralised' a number",
        "أعلنت وزارة الدفاع التركية، اليوم الخميس، مقتل جنديين تركيين وإصابة خمسة آخرين جراء قصف مدفعي لقوات "
        "النظام السوري استهدف نقطة مراقبة تركية قرب بلدة قميناس جنوب شرقي إدلب. وأضافت الوزارة في بيان أن "
        "القوات التركية ردت على الفور واستهدفت 47 موقعاً لقوات النظام، ما أسفر عن «تحييد» 61 عنصراً وتدمير خمس "
        "دبابات.",
        [E("shelling", None, PL("قميناس", "Qmenas", "Idlib"), None, "وزارة الدفاع التركية", GOV,
           note="two soldiers (a dual) give no figure and the wounded are never the figure; no day of the act"),
         E("shelling", Q("61", 61), None, None, "وزارة الدفاع التركية", TUR,
           note="the reply: its figure is the 'neutralised' (not the 47 positions hit); the positions are not "
                "placed (a coder might place the reply at Qmenas)")])

passage("eg14", "2020-04-09", "Hawar (ANHA)", "Kurdish outlet: abductions by 'the occupation's mercenaries' in Afrin",
        "عفرين – هاوار\n"
        "اختطف مرتزقة ما يسمى «فرقة الحمزة» التابعة للاحتلال التركي، أمس الأربعاء، سبعة مواطنين بينهم امرأتان "
        "من قرية كفر صفرة في ناحية جنديرس بمقاطعة عفرين المحتلة، واقتادوهم إلى جهة مجهولة. وبحسب مصادر من "
        "الناحية، فإن المرتزقة طالبوا ذوي المختطفين بدفع فدية قدرها 1500 دولار عن كل شخص. ويواصل الاحتلال "
        "ومرتزقته منذ آذار 2018 انتهاكاتهم بحق من تبقى من أهالي عفرين.",
        [E("arrest", Q("سبعة", 7), PL("كفر صفرة", "Kafr Safra", "Aleppo"), "2020-04-08", "مصادر من الناحية", SNA,
           note="an abduction by an SNA faction coded as arrest (ACLED: abduction); the ransom sentence comes back "
                "to it (source carried back); the last sentence is a habit, no event; the ransom is money, not the "
                "figure")])

passage("eg15", "2013-11-04", "SANA", "old SANA: mortars fired by 'terrorists' on an old-city quarter",
        "دمشق-سانا\n"
        "استشهد خمسة مواطنين بينهم طفلان وأصيب 19 آخرون بجروح جراء سقوط قذائف هاون أطلقها إرهابيون اليوم على "
        "حي باب توما ومحيط مدرسة الفرنسيسكان في دمشق القديمة. وذكر مصدر في قيادة شرطة دمشق لـ سانا أن القذائف "
        "ألحقت أضراراً مادية بعدد من المنازل والمحال التجارية والسيارات.",
        [E("shelling", Q("خمسة", 5), PL("باب توما", "Bab Touma", "Damascus"), "2013-11-04",
           "مصدر في قيادة شرطة دمشق", None,
           note="'terrorists' names no force: no agent; the school is a landmark, placed at its quarter; the police "
                "source's next sentence (damage) comes back to the same shells; 19 wounded are not the figure")])

passage("eg16", "2017-05-22", "Orient News", "opposition outlet: 'Assad's sectarian militias', barrels and a repelled push",
        "درعا – أورينت نت\n"
        "ألقت مروحيات ميليشيات أسد الطائفية صباح اليوم 12 برميلاً متفجراً على أحياء درعا البلد، ما أدى لاستشهاد "
        "ثلاثة مدنيين بينهم امرأة وإصابة آخرين، بحسب ما أفاد مراسل أورينت. وأضاف المراسل أن الثوار تصدوا لمحاولة "
        "تقدم جديدة للميليشيات على حي المنشية، وقتلوا ستة من عناصرها بينهم ضابط، واغتنموا رشاشاً ثقيلاً.",
        [E("airstrike", Q("ثلاثة", 3), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2017-05-22", "مراسل أورينت", GOV,
           note="barrel bombs from helicopters: the figure is the dead, not the 12 barrels"),
         E("armed_clash", Q("ستة", 6), PL("المنشية", "Al-Manshiya", "Daraa"), None, "مراسل أورينت", GOV,
           note="the militias' push repelled is a clash (the regime the attacker); no day of its own (a coder might "
                "give the publication day); the reporter carries")])

passage("eg17", "2017-04-07", "SANA", "no event: the Foreign Ministry's denial and a state",
        "دمشق-سانا\n"
        "جددت وزارة الخارجية والمغتربين، في رسالتين وجهتهما إلى الأمين العام للأمم المتحدة ورئيس مجلس الأمن، نفي "
        "الجمهورية العربية السورية القاطع استخدام أي مواد كيميائية في خان شيخون أو في أي مكان آخر، مؤكدة أن "
        "الجيش العربي السوري لا يمتلك هذه الأسلحة أصلاً بعد تدمير مخزونها عام 2014. واتهمت الوزارة المجموعات "
        "الإرهابية بفبركة الحادثة لتبرير عدوان خارجي.",
        [])

passage("eg18", "2016-11-28", "Al Mayadeen", "'our correspondent': quarters taken and civilians out through a corridor",
        "أفاد مراسل الميادين في حلب بأن الجيش السوري وحلفاءه سيطروا بشكل كامل على حي مساكن هنانو وأجزاء من حي "
        "جبل بدرو شرق المدينة، بعد معارك عنيفة مع المسلحين استمرت منذ فجر أمس. وأضاف مراسلنا أن أكثر من 1500 "
        "مدني خرجوا من جبل بدرو عبر ممر آمن فتحه الجيش باتجاه حي الشيخ مقصود، حيث استقبلتهم فرق الهلال الأحمر.",
        [E("territory_change", None, PL("مساكن هنانو", "Masakin Hanano", "Aleppo"), None, "مراسل الميادين", GOV,
           note="one act over a quarter and part of another (group, first place); the fighting began yesterday "
                "but the taking has no day (a coder might give the publication day)"),
         E("other", Q("أكثر من 1500", 1500, None, True), PL("جبل بدرو", "Jabal Badro", "Aleppo", nth=1), None,
           "مراسل الميادين", None,
           note="civilians leaving through a corridor (displacement): placed where they left, Sheikh Maqsoud is the "
                "destination; «وأضاف مراسلنا» is the same reporter")])

passage("eg19", "2019-06-02", "SNHR", "opposition rights group's monthly report: two tolls with breakdowns",
        "وثّقت الشبكة السورية لحقوق الإنسان ضمن تقريرها الشهري الصادر اليوم مقتل 241 مدنياً في سوريا خلال أيار "
        "الماضي، بينهم 62 طفلاً و37 سيدة، وقالت إن قوات الحلف السوري الروسي مسؤولة عن مقتل 187 منهم. كما سجّل "
        "التقرير 176 حالة اعتقال تعسفي خلال الشهر ذاته، معظمها على يد قوات النظام في محافظتي ريف دمشق ودرعا.",
        [E("casualties", Q("241", 241), None, "2019-05", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a monthly toll for the country; children, women and the 187 by the Syrian-Russian alliance are "
                "breakdowns (so no single agent)"),
         E("arrest", Q("176", 176), None, "2019-05", "الشبكة السورية لحقوق الإنسان", GOV, kind="aggregate",
           note="«كما سجّل التقرير» keeps the source; two governorates: no place; 'most by the regime' gives the "
                "agent (a coder might leave it null)")])

passage("eg20", "2011-10-19", "SANA", "old SANA: a mass rally in support of the president",
        "حلب-سانا\n"
        "احتشد مئات الآلاف من المواطنين اليوم في ساحة سعد الله الجابري وسط مدينة حلب والشوارع المحيطة بها في "
        "مسيرة حاشدة تعبيراً عن تأييدهم لبرنامج الإصلاح الشامل الذي يقوده السيد الرئيس بشار الأسد ورفضهم للتدخل "
        "الخارجي في الشؤون الداخلية لسورية. ورفع المشاركون الأعلام الوطنية ولافتات تندد بالعقوبات الغربية "
        "وبالحملة الإعلامية المضللة.",
        [E("protest", Q("مئات الآلاف", 200000, 900000, True), PL("حلب", "Aleppo", "Aleppo", nth=1), "2011-10-19", None,
           PROT, note="a rally in support of the government is a (peaceful) protest as ACLED codes it; the square "
                      "is placed at its city; the Western sanctions on the banners are no sanction event")])

passage("eg21", "2021-09-15", "Al-Mohrar Media", "SNA outlet and the Interim Government's MoD: a foiled infiltration, "
        "a recall «وكان … قد» and Turkish fire",
        "أحبط الجيش الوطني السوري فجر اليوم الأربعاء محاولة تسلل لميليشيا «قسد» الإرهابية على محور قرية حربل "
        "جنوب مدينة مارع بريف حلب الشمالي. وقالت وزارة الدفاع في الحكومة السورية المؤقتة إن مقاتلي الفيلق الثالث "
        "قتلوا أربعة من عناصر المجموعة المتسللة. وكان الجيش الوطني قد صدّ محاولة مماثلة على محور كفر خاشر قرب "
        "أعزاز يوم الأحد الماضي. وقصفت المدفعية التركية مواقع الميليشيا في محيط تل رفعت.",
        [E("armed_clash", Q("أربعة", 4), PL("حربل", "Harbal", "Aleppo"), "2021-09-15",
           "وزارة الدفاع في الحكومة السورية المؤقتة", SDF,
           note="a foiled infiltration is fought: a clash, the SDF the attacker; the ministry's next sentence gives "
                "the toll (carried back); Marea is a bearing"),
         E("armed_clash", None, PL("كفر خاشر", "Kafr Khasher", "Aleppo"), "2021-09-12", None, SDF,
           note="a recall with its own day is an event of its own; the writer's recall: the outlet"),
         E("shelling", None, PL("تل رفعت", "Tal Rifaat", "Aleppo"), None, None, TUR,
           note="an act of another kind after the sourced report: the outlet; no day fixed")])

passage("eg22", "2017-09-26", "RT Arabic", "Russian MoD claim, headline restated in the body",
        "الدفاع الروسية: القضاء على أكثر من 80 مسلحاً من «داعش» قرب الميادين\n"
        "أعلنت وزارة الدفاع الروسية أن قاذفات «سو-34» ومقاتلات «سو-35» نفذت أمس الاثنين أربع ضربات مركزة على "
        "تجمعات لتنظيم «داعش» الإرهابي قرب مدينة الميادين في ريف دير الزور، ما أسفر عن القضاء على أكثر من 80 "
        "مسلحاً بينهم قياديان ميدانيان. وأوضح بيان الوزارة أن الضربات دمرت أيضاً ثلاثة مستودعات للذخيرة ومركزاً "
        "للاتصالات.",
        [E("airstrike", Q("أكثر من 80", 80, None, True, nth=1), PL("الميادين", "Al-Mayadin", "Deir ez-Zor", nth=1),
           "2017-09-25", "وزارة الدفاع الروسية", RUS,
           note="headline and body tell one strike; the figure is the dead, not the four strikes; the aircraft "
                "model numbers are not quantities")])

passage("eg23", "2016-02-09", "Tasnim", "Iranian agency mourns an 'adviser' and counts the dead",
        "طهران – تسنيم\n"
        "نعت وكالة «تسنيم» الدولية للأنباء اليوم المستشار العسكري في الحرس الثوري مهدي رضائي، الذي استشهد خلال "
        "مواجهات مع الجماعات التكفيرية في ريف حلب الجنوبي أثناء أداء «مهمته الاستشارية» دفاعاً عن المراقد "
        "المقدسة. وبحسب إحصاء أعدته الوكالة، يرتفع بذلك عدد المستشارين الإيرانيين الذين قتلوا في سوريا منذ تشرين "
        "الأول الماضي إلى 41.",
        [E("armed_clash", None, PL("ريف حلب الجنوبي", "Southern Aleppo countryside", "Aleppo"), None, None, None,
           note="a death in clashes belongs to the clash; one man, no numeral: no figure; the outlet itself tells "
                "it (reported_by null); no day; Tehran is the dateline"),
         E("casualties", Q("41", 41), None, None, None, None, kind="aggregate",
           note="a running toll since October 2015 in Syria: no place; the outlet's own count")])

passage("eg24", "2025-07-14", "SANA", "new SANA: the army enters, 'outlaw groups' attacked its posts",
        "السويداء-سانا\n"
        "أعلنت وزارة الدفاع اليوم الاثنين بدء دخول وحدات من الجيش العربي السوري إلى ريف السويداء الغربي لفض "
        "الاشتباكات الدائرة وحماية الأهالي. وقال مصدر في الوزارة لـ سانا إن 18 عنصراً من الجيش وقوى الأمن الداخلي "
        "استشهدوا أمس الأحد في هجمات شنتها مجموعات خارجة عن القانون على نقاطهم في بلدة المزرعة وقرى مجاورة.",
        [E("reinforcement", None, PL("ريف السويداء الغربي", "Western Sweida countryside", "As-Suwayda"), "2025-07-14",
           "وزارة الدفاع", NEWGOV, note="a deployment into an area is a reinforcement; 'to break up the clashes' "
                                      "is an aim"),
         E("armed_clash", Q("18", 18), PL("المزرعة", "Al-Mazraa", "As-Suwayda"), "2025-07-13", "مصدر في الوزارة",
           UNK, note="'outlaw groups' name no one (unidentified); attacks on posts are clashes; Al-Mazraa first of a "
                     "list")])

passage("eg25", "2012-03-26", "Al Arabiya", "a military council announces a defection from a brigade base",
        "أعلن المجلس العسكري في درعا، في بيان مصور بثه ناشطون اليوم الاثنين، انشقاق 18 عسكرياً بينهم عقيد ومقدمان "
        "عن مقر اللواء 52 قرب بلدة الحراك في ريف درعا الشرقي، وانضمامهم إلى كتائب الجيش السوري الحر في المنطقة. "
        "وأوضح الناطق باسم المجلس أن المنشقين خرجوا بسلاحهم الفردي ليل السبت، وأن اشتباكات اندلعت مع عناصر "
        "الحاجز القريب أثناء خروجهم.",
        [E("defection", Q("18", 18), PL("اللواء 52", "52nd Brigade base", "Daraa"), "2012-03-24",
           "المجلس العسكري في درعا", GOV,
           note="a named base is the place (Al-Hirak its enclosure); the day comes from the spokesman's next "
                "sentence; ranks are a breakdown"),
         E("armed_clash", None, PL("اللواء 52", "52nd Brigade base", "Daraa"), "2012-03-24", "الناطق باسم المجلس",
           None, note="the clash at the nearby checkpoint as they left: an act of its own at the base; sides not "
                      "named as agent (a coder might fold it into the defection)")])

passage("eg26", "2017-07-12", "Hawar (ANHA)", "SDF campaign command: a quarter 'liberated' from 'ISIS mercenaries'",
        "الرقة – هاوار\n"
        "أعلنت القيادة العامة لحملة «غضب الفرات» تحرير حي الرومانية غرب مدينة الرقة بالكامل من مرتزقة داعش، بعد "
        "اشتباكات عنيفة استمرت ثلاثة أيام قتل خلالها 23 مرتزقاً. وشنت طائرات التحالف الدولي غارات مكثفة على "
        "مواقع المرتزقة في حي البدو المجاور، فيما يواصل مقاتلو قوات سوريا الديمقراطية تمشيط الحي المحرر وتفكيك "
        "الألغام.",
        [E("territory_change", Q("23", 23), PL("الرومانية", "Al-Rumaniya", "Raqqa"), None,
           "القيادة العامة لحملة «غضب الفرات»", SDF,
           note="the dead of the three days' fighting belong to the taking; no day given"),
         E("airstrike", None, PL("البدو", "Al-Badu", "Raqqa"), None, None, COAL,
           note="an act of another kind after the command's report: the outlet; the ongoing combing is no event")])

passage("eg27", "2025-03-07", "SANA", "new SANA: an ambush by 'remnants' and reinforcements",
        "اللاذقية-سانا\n"
        "استشهد 13 عنصراً من قوى الأمن العام أمس الخميس في كمين غادر نصبته مجموعات من فلول النظام البائد لدورية "
        "أمنية قرب بلدة بيت عانا بريف جبلة، بحسب ما أفاد مصدر أمني لـ سانا. وأضاف المصدر أن وزارة الدفاع دفعت "
        "بتعزيزات عسكرية كبيرة إلى مدينة جبلة وريفها لملاحقة المهاجمين وإعادة الأمن إلى المنطقة.",
        [E("armed_clash", Q("13", 13), PL("بيت عانا", "Beit Ana", "Latakia"), "2025-03-06", "مصدر أمني", LOYAL,
           note="an ambush on a patrol is a clash; 'remnants of the defunct regime' are former regime loyalists"),
         E("reinforcement", None, PL("جبلة", "Jableh", "Latakia", nth=1), None, "مصدر أمني", NEWGOV,
           note="«وأضاف المصدر» keeps the source; no day of its own (a coder might date it with the ambush)")])

passage("eg28", "2022-09-03", "Syria TV", "HTS's Salvation Government interior ministry: an 'ISIS cell' arrested",
        "قالت وزارة الداخلية في «حكومة الإنقاذ» العاملة في إدلب إن جهاز الأمن العام ألقى القبض أمس الجمعة على "
        "خمسة أشخاص قالت إنهم يشكلون «خلية تابعة لتنظيم داعش» في مدينة سرمدا شمالي إدلب. وزعمت الوزارة أن أفراد "
        "الخلية كانوا يخططون لاستهداف شخصيات عسكرية ومدنية في المنطقة، ونشرت صوراً لأسلحة وعبوات ناسفة قالت إنها "
        "ضبطتها معهم.",
        [E("arrest", Q("خمسة", 5), PL("سرمدا", "Sarmada", "Idlib"), "2022-09-02", "وزارة الداخلية في «حكومة الإنقاذ»",
           HTS, note="the Salvation Government's security service is HTS's; the plot is an aim, no event")])

passage("eg29", "2018-03-23", "Sputnik", "Russian reconciliation centre: an evacuation, a future batch",
        "موسكو — سبوتنيك\n"
        "أعلن مركز المصالحة الروسي في حميميم أن 5400 شخص بينهم 1200 مسلح خرجوا أمس الخميس من بلدة عربين في "
        "الغوطة الشرقية عبر الممر الإنساني، واستقلوا حافلات نقلتهم إلى محافظة إدلب. وأشار المركز إلى أن الشرطة "
        "العسكرية الروسية تشرف على تنفيذ الاتفاق، ومن المنتظر أن تخرج دفعة ثانية يوم غد.",
        [E("other", Q("5400", 5400), PL("عربين", "Arbin", "Rif Dimashq"), "2018-03-22", "مركز المصالحة الروسي في حميميم",
           None, note="an evacuation: placed where it left (Idlib the destination, Hmeimim the centre's seat); the "
                      "1200 fighters are a breakdown; tomorrow's batch is a future, no event")])

passage("eg30", "2024-12-10", "Asharq Al-Awsat", "Israeli army statement: a summit taken and a 48-hour strike count",
        "قال الجيش الإسرائيلي في بيان اليوم الثلاثاء إن قواته سيطرت على قمة جبل الشيخ في الجانب السوري وانتشرت في "
        "المنطقة العازلة على طول خط فض الاشتباك، «لضمان أمن سكان الجولان». وأضاف البيان أن سلاح الجو نفذ أكثر من "
        "350 غارة على أهداف عسكرية في أنحاء سوريا خلال الساعات الـ48 الماضية، طالت مطارات ومستودعات أسلحة وسفناً "
        "حربية.",
        [E("territory_change", None, PL("جبل الشيخ", "Mount Hermon", "Rif Dimashq"), None, "الجيش الإسرائيلي", ISR,
           note="the summit is the place (the buffer zone a region told with it); no day of the taking; the Golan "
                "is named for another reason"),
         E("airstrike", Q("أكثر من 350", 350, None, True), None, None, "الجيش الإسرائيلي", ISR, kind="aggregate",
           note="strikes summed over 48 hours across Syria: an aggregate, no place, no single day")])

passage("eg31", "2012-02-28", "Al Jazeera", "the Syrian National Council welcomes EU sanctions",
        "رحب المجلس الوطني السوري، في بيان اليوم الثلاثاء، بقرار وزراء خارجية الاتحاد الأوروبي في بروكسل أمس فرض "
        "عقوبات جديدة تشمل تجميد أصول ثمانية وزراء في حكومة النظام ومنعهم من السفر، إضافة إلى حظر تجارة الذهب "
        "والمعادن الثمينة مع المصرف المركزي السوري. ودعا المجلس الدول العربية إلى اتخاذ خطوات مماثلة لتجفيف "
        "موارد النظام.",
        [E("sanction", Q("ثمانية", 8), None, "2012-02-27", "المجلس الوطني السوري", None,
           note="the sanction is the event, the welcome its vehicle (a coder might give the outlet as source, as "
                "the council does not report it); Brussels is where the ministers met, not coded as a place; the "
                "call on Arab states is a call"),
         E("statement", None, None, None, 'المجلس الوطني السوري', None, note='MENDED stop 32 (conventions): a welcome and a call of one body: one statement (stop 32); Brussels is where the ministers met')])

passage("eg32", "2019-02-19", "Hawar (ANHA)", "no event: an SDF commander's future announcement and a state",
        "قال القائد العام لقوات سوريا الديمقراطية في مؤتمر صحفي اليوم إن قواته ستعلن خلال أيام القضاء التام على "
        "«داعش» في آخر جيب له قرب بلدة الباغوز، مشيراً إلى أن العمليات متوقفة مؤقتاً لإتاحة خروج المدنيين "
        "المحاصرين. وأضاف أن قسد تسيطر على أكثر من ربع مساحة سوريا، وأنها مستعدة للحوار مع دمشق دون شروط مسبقة.",
        [])

passage("eg33", "2019-01-21", "Al Mayadeen", "SANA's military source relayed: an Israeli strike on the airport",
        "أفادت وكالة سانا نقلاً عن مصدر عسكري بأن الدفاعات الجوية السورية تصدت فجر اليوم الاثنين لعدوان إسرائيلي "
        "بالصواريخ استهدف محيط مطار دمشق الدولي، وأسقطت معظم الصواريخ قبل وصولها إلى أهدافها. وأوضح المصدر أن "
        "العدوان أدى إلى استشهاد أربعة عسكريين وإصابة ستة آخرين بجروح، إضافة إلى أضرار في أحد المستودعات.",
        [E("airstrike", Q("أربعة", 4), PL("مطار دمشق الدولي", "Damascus International Airport", "Rif Dimashq"),
           "2019-01-21", "مصدر عسكري", ISR,
           note="relayed: the military source is the origin (SANA the relay); the interception is part of the "
                "strike, not an event; the toll of the next sentence is the strike's")])

passage("eg34", "2022-06-30", "Anadolu Agency", "a car bomb in a market; the Turkish MoD blames the PKK/YPG",
        "عفرين/ الأناضول\n"
        "قُتل 6 مدنيين بينهم طفلان وأصيب 14 آخرون، اليوم الخميس، في انفجار سيارة مفخخة بسوق شعبي وسط مدينة عفرين "
        "شمالي سوريا. واتهمت وزارة الدفاع التركية، في بيان، تنظيم «بي كي كي/ واي بي جي» الإرهابي بالوقوف وراء "
        "التفجير، مشيرة إلى أن الهجوم يستهدف «زعزعة الاستقرار في المناطق المحررة من الإرهاب».",
        [E("explosion", Q("6", 6), PL("عفرين", "Afrin", "Aleppo", nth=1), "2022-06-30", "وزارة الدفاع التركية", None,
           note="the market is placed at its city; the perpetrator is only accused: no agent; the ministry's next "
                "sentence comes back to the same bombing (carried back; a coder might keep the outlet, as the "
                "ministry tells the blame, not the blast)")])

passage("eg35", "2018-10-09", "SANA", "old SANA: an amnesty decree for desertion",
        "دمشق-سانا\n"
        "أصدر السيد الرئيس بشار الأسد اليوم المرسوم التشريعي رقم 18 لعام 2018 القاضي بمنح عفو عام عن كامل "
        "العقوبة لمرتكبي جرائم الفرار الداخلي والخارجي، على أن يسلّم المتوارون أنفسهم خلال أربعة أشهر للفرار "
        "الداخلي وستة أشهر للفرار الخارجي. ويشمل العفو كذلك المخالفات المنصوص عليها في قانون خدمة العلم، وفق ما "
        "ذكرته رئاسة الجمهورية عبر معرفاتها.",
        [E("desertion", None, None, "2018-10-09", "رئاسة الجمهورية", GOV,
           note="an amnesty decree for desertion is a desertion event (news_dev); the decree number is not a "
                "quantity; the presidency's closing clause comes back to the same decree")])

passage("eg36", "2012-04-13", "Al Jazeera", "LCC Friday count, a protest fired on, the day's toll",
        "قالت لجان التنسيق المحلية إن المتظاهرين خرجوا اليوم الجمعة في 715 نقطة تظاهر في عموم المحافظات السورية، "
        "في جمعة حملت اسم «ثورة لكل السوريين»، رغم سريان وقف إطلاق النار. وأضافت اللجان أن قوات الأمن أطلقت "
        "الرصاص الحي على متظاهرين في حي الخالدية بحمص فقتلت ثلاثة منهم، وأن حصيلة قتلى اليوم في سوريا بلغت 26 "
        "شخصاً.",
        [E("protest", Q("715", 715), None, "2012-04-13", "لجان التنسيق المحلية", PROT, kind="aggregate",
           note="a count of protest points across the country, not of protesters: an aggregate with no place"),
         E("protest", Q("ثلاثة", 3), PL("الخالدية", "Al-Khalidiya", "Homs"), "2012-04-13", "لجان التنسيق المحلية",
           PROT, note="fire on a protest: one protest event, its dead the fatalities and the figure (the crowd is "
                      "not numbered)"),
         E("casualties", Q("26", 26), None, "2012-04-13", "لجان التنسيق المحلية", None, kind="aggregate",
           note="the day's national toll is an aggregate of its own")])

passage("eg37", "2016-08-25", "SANA", "old SANA: rockets on a western quarter, the army hits the origin of fire",
        "حلب-سانا\n"
        "استشهد أربعة مواطنين بينهم طفل وأصيب 11 آخرون جراء اعتداء المجموعات الإرهابية المنتشرة في الأحياء الشرقية "
        "بالقذائف الصاروخية على حي الحمدانية بمدينة حلب مساء أمس. وقال مصدر عسكري لـ سانا إن وحدات من الجيش "
        "استهدفت مصادر إطلاق القذائف في حي الراموسة ودمرت منصتي صواريخ وقضت على عدد من الإرهابيين.",
        [E("shelling", Q("أربعة", 4), PL("الحمدانية", "Al-Hamdaniya", "Aleppo"), "2016-08-24", None, None,
           note="'terrorist groups' unnamed: no agent; the eastern quarters are where fire came from; the military "
                "source tells another act (the army's reply), so it does not carry back: the outlet"),
         E("shelling", None, PL("الراموسة", "Al-Ramousa", "Aleppo"), None, "مصدر عسكري", GOV,
           note="the army's reply at the origin of fire is an act of its own there; 'a number of terrorists': no "
                "figure; no day of its own")])

passage("eg38", "2025-06-21", "SANA", "new SANA: refugees returning through a crossing, with a running total",
        "ريف دمشق-سانا\n"
        "عاد 2300 لاجئ سوري من لبنان إلى أرض الوطن أمس الجمعة عبر معبر جديدة يابوس الحدودي، بحسب ما أفاد مدير "
        "المعبر لمراسلة سانا. وأوضح المدير أن عدد العائدين عبر المعبر منذ التحرير في الثامن من كانون الأول الماضي "
        "تجاوز 185 ألف لاجئ، مشيراً إلى تقديم كل التسهيلات اللازمة لهم.",
        [E("other", Q("2300", 2300), PL("معبر جديدة يابوس", "Jdeidet Yabous crossing", "Rif Dimashq"), "2025-06-20",
           "مدير المعبر", None, note="returns of refugees are 'other'; a crossing is a place of its own; Lebanon is "
                                    "where they came from"),
         E("other", Q("185 ألف", 185000, None, True), PL("معبر جديدة يابوس", "Jdeidet Yabous crossing", "Rif Dimashq"),
           None, "مدير المعبر", None, kind="aggregate",
           note="a running total of returns since 8 December 2024 through the crossing (where they crossed, not a "
                "residence abroad): placed at the crossing; the verb «تجاوز» is a lower bound outside the span")])

passage("eg39", "2024-05-17", "Syria TV", "protest against HTS, dispersal, the Salvation ministry's denial",
        "خرج مئات المتظاهرين اليوم الجمعة في ساحة الساعة وسط مدينة إدلب، مطالبين بإسقاط قائد «هيئة تحرير الشام» "
        "أبو محمد الجولاني والإفراج عن المعتقلين في سجون جهاز الأمن العام. وفرّقت عناصر أمنية تابعة للهيئة "
        "المحتجين بالهراوات وقنابل الغاز، في حين قالت «وزارة الداخلية» في حكومة الإنقاذ إنها «تكفل حق التظاهر "
        "السلمي» ولم تعتقل أحداً.",
        [E("protest", Q("مئات", 200, 900, True), PL("إدلب", "Idlib", "Idlib"), "2024-05-17", None, PROT,
           note="the square is placed at its city; the dispersal is part of the protest; the ministry's denial of "
                "arrests is no arrest event")])

passage("eg40", "2021-03-15", "SANA", "no event: an anniversary interview, aims and standing sanctions",
        "دمشق-سانا\n"
        "أكد وزير الخارجية والمغتربين، في حديث للتلفزيون العربي السوري اليوم مع مرور عشر سنوات على بدء «الحرب "
        "الإرهابية» على سورية، أن الدولة ماضية في تحرير كل شبر من أراضيها من الإرهاب ومن الاحتلالين الأمريكي "
        "والتركي. وأشار إلى أن الإجراءات القسرية أحادية الجانب التي تفرضها واشنطن منذ سنوات تستهدف لقمة عيش "
        "المواطن السوري.",
        [])


def main() -> None:
    write("gold60.jsonl", P60)


if __name__ == "__main__":
    main()
