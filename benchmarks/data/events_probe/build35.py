"""Build gold35.jsonl: probe set 35 (ids ud01…), written in stop 28 by helper probe33 BEFORE any run on it.

A late set, mostly 2012-2016: Homs and its local truces, Aleppo's battles and barrels, the Ghouta and Darayya,
Deir ez-Zor under siege, the rise of IS (Menagh, Tabqa, Mayadin, Kobani), the coalition's and Russia's entries,
chemical attacks, evacuations and deals, the Euphrates Shield and Manbij. Every passage was written anew, modelled on
the phrasing of Arabic reporting (pages of the search tool's `pages` corpus read for phrasing, never copied); people,
villages, figures and dates are invented or varied. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build35.py      # rewrites gold35.jsonl
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

P35: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P35.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("ud01", "2012-02-22", "Al Jazeera", "activists: a besieged district shelled for the nineteenth day",
        "قال ناشطون من الهيئة العامة للثورة السورية إن القوات النظامية واصلت لليوم التاسع عشر على التوالي دكّ حي "
        "بابا عمرو في حمص براجمات الصواريخ وقذائف الهاون، ما أدى اليوم الأربعاء إلى سقوط 31 قتيلاً، بينهم صحفيان "
        "أجنبيان كانا داخل مركز إعلامي ميداني. وتحدث الناشطون عن نقص حاد في الأدوية وانقطاع تام للاتصالات عن الحي.",
        [E("shelling", Q("31", 31), PL("بابا عمرو", "Baba Amr", "Homs"), "2012-02-22",
           "ناشطون من الهيئة العامة للثورة السورية", GOV,
           note="the day ordinal is not a count; the journalists are a breakdown; the shortages are a state")])

passage("ud02", "2012-07-19", "Reuters", "two border crossings taken, told by officials of two neighbours",
        "ذكر مسؤولون في أنقرة ومقاتلون معارضون أن الجيش السوري الحر سيطر يوم الخميس على منفذ باب الهوى المقابل "
        "لولاية هاتاي التركية بعد انسحاب موظفي الجمارك وعناصر الأمن منه، فيما أكد مسؤول عراقي أن مقاتلي المعارضة باتوا يسيطرون على الجانب "
        "السوري من معبر البوكمال إثر اشتباكات قتل فيها 21 جندياً سورياً. ولم يتسن التحقق من الروايتين بشكل مستقل.",
        [E("territory_change", None, PL("باب الهوى", "Bab al-Hawa", "Idlib"), "2012-07-19",
           "مسؤولون في أنقرة ومقاتلون معارضون", FSA,
           note="a crossing as the place; Hatay is named as the border's other side"),
         E("territory_change", Q("21", 21), PL("البوكمال", "Albu Kamal", "Deir ez-Zor"), "2012-07-19", "مسؤول عراقي", FSA,
           note="the clashes' dead on the taking; 'now hold' is told in the present: the published day; Iraq is the "
                "source's country")])

passage("ud03", "2012-06-21", "Al Arabiya", "a pilot flies his jet to Jordan; where he took off from",
        "أعلنت الحكومة الأردنية اليوم الخميس أن طياراً سورياً برتبة عقيد هبط بطائرته الحربية من طراز «ميغ 21» في "
        "قاعدة الملك حسين الجوية بمدينة المفرق، وطلب اللجوء السياسي. وقالت مصادر في المعارضة إن الطيار أقلع صباحاً من "
        "مطار الضمير العسكري شمال شرقي دمشق في طلعة تدريبية، قبل أن يغيّر مساره فجأة نحو الجنوب.",
        [E("defection", None, PL("مطار الضمير العسكري", "Dumayr Military Airbase", "Rif Dimashq"), "2012-06-21",
           "الحكومة الأردنية", GOV,
           note="one pilot, no numeral; the jet's model number is not a count; Mafraq's base is the destination, the "
                "airbase he left is where he defected (judgement: a second coder might place it at Mafraq)")])

passage("ud04", "2012-08-04", "Local Coordination Committees", "LCC: raids and arrests in a district, an evening protest nearby",
        "لجان التنسيق المحلية: شنت قوات الأمن والشبيحة صباح اليوم السبت حملة دهم واعتقالات واسعة في حي نهر عيشة جنوب "
        "دمشق، طالت أكثر من 70 شاباً، بعد تطويق الحي بالمدرعات وقطع التيار الكهربائي عنه. وفي المساء خرجت مظاهرة في "
        "حي القدم المجاور نادت بفك الحصار عن نهر عيشة، وفرقتها عناصر الأمن بإطلاق الرصاص في الهواء.",
        [E("arrest", Q("أكثر من 70", 70, None, True), PL("نهر عيشة", "Nahr Aisha", "Damascus"), "2012-08-04",
           "لجان التنسيق المحلية", GOV, note="the ring of armour is the raid's setting"),
         E("protest", None, PL("القدم", "Al-Qadam", "Damascus"), "2012-08-04", "لجان التنسيق المحلية", PROT,
           note="«وفي المساء» keeps the day and the committees' colon opener; shots in the air, no casualties")])

passage("ud05", "2013-03-19", "SANA", "old SANA: a rocket with chemicals on a town; the opposition's counter-charge",
        "حلب-سانا: أطلق إرهابيون صباح اليوم صاروخاً يحمل مواد كيماوية على بلدة خان العسل بريف حلب، ما أدى إلى "
        "استشهاد 25 مواطناً وإصابة العشرات بحالات اختناق، كما ذكر مراسل سانا في حلب. في المقابل، حمّل الائتلاف الوطني "
        "السوري قوات النظام مسؤولية إطلاق الصاروخ من مواقعها في أكاديمية الأسد العسكرية، وطالب بفتح تحقيق دولي.",
        [E("shelling", Q("25", 25), PL("خان العسل", "Khan al-Asal", "Aleppo"), "2013-03-19", "مراسل سانا", None,
           note="a ground-launched rocket: shelling (ACLED's missile attack); each side blames the other: no actor1 "
                "(judgement); the academy is where the coalition says it was fired from; the injured are not the "
                "figure")])

passage("ud06", "2013-08-06", "AFP", "the observatory: a besieged airbase stormed by mixed rebel battalions",
        "قال المرصد السوري لحقوق الإنسان إن مقاتلين من كتائب معارضة، بينهم عناصر من «الدولة الإسلامية في العراق "
        "والشام»، سيطروا بشكل شبه كامل على مطار منغ العسكري في ريف حلب الشمالي فجر اليوم الثلاثاء، بعد حصار استمر "
        "عشرة أشهر. وأشار المرصد إلى مقتل 28 من مقاتلي المعارضة وعدد غير معروف من الجنود في المعارك الأخيرة.",
        [E("territory_change", Q("28", 28), PL("مطار منغ العسكري", "Menagh Military Airbase", "Aleppo"), "2013-08-06",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="an airbase as the most specific place; mixed battalions with ISIS among them: the opposition named "
                "first (judgement); the battle's dead on the taking; the months are a duration")])

passage("ud07", "2014-02-07", "Al-Hayat", "civilians leave Old Homs under a three-day truce announced yesterday",
        "خرج اليوم الجمعة 83 مدنياً، معظمهم من النساء والأطفال والمسنين، من الأحياء المحاصرة في حمص القديمة بإشراف "
        "الأمم المتحدة والهلال الأحمر العربي السوري، تنفيذاً لهدنة إنسانية مدتها ثلاثة أيام أُعلن عنها أمس الخميس بعد "
        "مفاوضات بين محافظ حمص وممثلين عن المسلحين المحاصرين. ونُقل الخارجون إلى مراكز إيواء في حي الوعر.",
        [E("other", Q("83", 83), PL("حمص القديمة", "Old City of Homs", "Homs"), "2014-02-07", None, None,
           note="an evacuation of civilians; al-Waer is the destination; the women and children are a breakdown"),
         E("agreement", None, PL("حمص القديمة", "Old City of Homs", "Homs"), "2014-02-06", None, None,
           note="a truce announced yesterday (dated): its own incident (as set 18's b11), at the besieged area; two "
                "parties, no actor1; the three days are its term")])

passage("ud08", "2014-03-16", "SANA", "old SANA: 'security and stability restored' to a Qalamoun town",
        "دمشق-سانا: أعادت وحدات من جيشنا الباسل الأمن والأمان إلى مدينة يبرود، أكبر معاقل الإرهابيين في القلمون، "
        "بمؤازرة من مجموعات الدفاع الوطني، إثر عمليات مركزة أوقعت أعداداً كبيرة منهم قتلى ودمرت ما لديهم من عتاد، "
        "بحسب مصدر عسكري. وأوضح المصدر أن فرق الهندسة باشرت إزالة الألغام والمفخخات التي خلّفها الإرهابيون في الطرقات "
        "والأبنية.",
        [E("territory_change", None, PL("يبرود", "Yabroud", "Rif Dimashq"), "2014-03-16", "مصدر عسكري", GOV,
           note="'security restored' is the state agency's phrase for a taking; no date word: published; the "
                "demining is ongoing work, no event")])

passage("ud09", "2014-05-03", "Orient News", "barrels on two Aleppo districts, the toll by a media centre",
        "استشهد 23 مدنياً بينهم سبعة أطفال، اليوم السبت، جراء إلقاء الطيران المروحي التابع لقوات الأسد 14 برميلاً "
        "متفجراً على حيي الشعار والصالحين في مدينة حلب، بحسب ما وثقه مركز حلب الإعلامي. وأشار المركز إلى أن فرق الدفاع "
        "المدني ما تزال تبحث عن ناجين تحت أنقاض عدة مبانٍ انهارت فوق ساكنيها.",
        [E("airstrike", Q("23", 23), PL("الشعار", "Al-Shaar", "Aleppo"), "2014-05-03", "مركز حلب الإعلامي", GOV,
           note="two districts, one act: a group scored at the first; the dead are the figure (the barrels would be "
                "where no one died, as set 18's b12); the children are a breakdown")])

passage("ud10", "2014-08-24", "Al Arabiya", "IS takes an airbase after six days; the state agency's telling",
        "سيطر تنظيم «الدولة الإسلامية» اليوم الأحد على مطار الطبقة العسكري، آخر معاقل قوات النظام في محافظة الرقة، "
        "بعد معارك استمرت ستة أيام قُتل فيها أكثر من 500 شخص من الطرفين، بحسب المرصد السوري لحقوق الإنسان. في "
        "المقابل، قالت وكالة سانا إن وحدات الجيش «أعادت تجميع صفوفها» بعد عملية إخلاء ناجحة للمطار، وإنها تواصل "
        "استهداف تجمعات الإرهابيين في محيطه.",
        [E("territory_change", Q("أكثر من 500", 500, None, True), PL("مطار الطبقة العسكري", "Tabqa Military Airbase", "Raqqa"),
           "2014-08-24", "المرصد السوري لحقوق الإنسان", IS,
           note="the battle's dead on the taking (as set 18's b06); the state agency's 'regrouping' is the other "
                "side's telling of the same loss; the ongoing targeting is a habit, no event")])

passage("ud11", "2014-09-23", "AFP", "the coalition's first raids on Raqqa; American raids on a Nusra town",
        "بدأت الولايات المتحدة وحلفاء عرب فجر اليوم الثلاثاء قصف معاقل تنظيم «الدولة الإسلامية» داخل الأراضي السورية "
        "للمرة الأولى، مستهدفة الرقة ومحيطها، وأحصى المرصد السوري لحقوق الإنسان مقتل 20 مسلحاً على الأقل من التنظيم. "
        "كما طالت غارات أمريكية مقرات لجبهة النصرة في بلدة كفردريان بريف إدلب الشمالي، وقتل فيها سبعة مدنيين بينهم "
        "ثلاثة أطفال، وفقاً لناشطين.",
        [E("airstrike", Q("20", 20, None, True), PL("الرقة", "Raqqa", "Raqqa"), "2014-09-23",
           "المرصد السوري لحقوق الإنسان", COAL, note="'the US and Arab allies': the coalition; the first time is an ordinal, no count"),
         E("airstrike", Q("سبعة", 7), PL("كفردريان", "Kafr Daryan", "Idlib"), "2014-09-23", "ناشطين", USF,
           note="American raids alone: US forces; the Nusra bases are the target; the children a breakdown")])

passage("ud12", "2014-10-20", "Anadolu Agency", "a truck bomb in Kobani seen from the border; coalition raids counted",
        "فجّر تنظيم «داعش» صباح اليوم الاثنين شاحنة مفخخة قرب المعبر الحدودي في مدينة عين العرب (كوباني) شمالي سوريا، "
        "ما أسفر عن مقتل أربعة من مقاتلي وحدات حماية الشعب الكردية، وفق ما أفاد مراسل الأناضول على الجانب التركي من "
        "الحدود. وقال المرصد السوري إن مقاتلات التحالف الدولي نفذت خلال النهار ست غارات على مواقع التنظيم في الأحياء "
        "الشرقية من المدينة.",
        [E("explosion", Q("أربعة", 4), PL("عين العرب", "Kobani", "Aleppo"), "2014-10-20", "مراسل الأناضول", IS,
           note="the correspondent's side of the border is where he stands, not the place"),
         E("airstrike", Q("ست", 6), PL("عين العرب", "Kobani", "Aleppo"), "2014-10-20", "المرصد السوري", COAL,
           note="the raids are the count; the eastern districts are in the city")])

passage("ud13", "2015-03-17", "SMART News", "a chlorine barrel on a house; the civil defence's count",
        "قال الدفاع المدني في إدلب إن ستة أشخاص من عائلة واحدة، بينهم ثلاثة أطفال، قضوا اختناقاً ليل أمس الاثنين بعد "
        "أن ألقت مروحية تابعة للنظام برميلاً يحتوي على غاز الكلور على منزلهم في بلدة قميناس جنوب شرق إدلب، فيما أصيب "
        "أكثر من 70 آخرين بحالات اختناق نقلوا على إثرها إلى مشافٍ ميدانية في المنطقة.",
        [E("airstrike", Q("ستة", 6), PL("قميناس", "Qmenas", "Idlib"), "2015-03-16", "الدفاع المدني في إدلب", GOV,
           note="a chlorine barrel from a helicopter; the 70 are injured, not the figure; the field hospitals are "
                "where they were taken")])

passage("ud14", "2015-04-25", "Al Jazeera", "an operations room takes a city; soldiers besieged in its hospital",
        "أعلنت غرفة عمليات «جيش الفتح»، التي تضم جبهة النصرة وحركة أحرار الشام وفصائل أخرى، سيطرتها اليوم السبت على "
        "مدينة جسر الشغور غربي إدلب، بعد معارك استمرت ثلاثة أيام مع قوات النظام. وقال ناشطون إن عشرات الجنود انسحبوا "
        "إلى المشفى الوطني في الأطراف الجنوبية للمدينة حيث تحاصرهم الفصائل.",
        [E("territory_change", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2015-04-25",
           "غرفة عمليات «جيش الفتح»", HTS,
           note="the Army of Conquest coded by its first-named member, al-Nusra (judgement: a second coder might say "
                "the opposition); the soldiers besieged in the hospital are a state")])

passage("ud15", "2015-10-07", "RT Arabic", "Russia's defence minister: cruise missiles from the Caspian; a ground push in Hama",
        "أعلن وزير الدفاع الروسي سيرغي شويغو اليوم الأربعاء أن أربع قطع بحرية راسية في بحر قزوين أطلقت 26 صاروخاً "
        "من نوع «كاليبر» باتجاه 11 هدفاً لتنظيم «داعش» في سوريا، وعبرت الصواريخ مسافة تقارب 1500 كيلومتر. بالتزامن، قال المرصد "
        "السوري إن قوات النظام بدأت بغطاء جوي روسي هجوماً برياً على بلدتي كفرنبودة ولطمين في ريف حماة الشمالي، وسط "
        "اشتباكات عنيفة قتل فيها 17 جندياً.",
        [E("shelling", Q("26", 26), None, "2015-10-07", "وزير الدفاع الروسي سيرغي شويغو", RUS,
           note="ship-launched cruise missiles: a missile attack (shelling; a second coder might say airstrike); the "
                "missiles are the count, the targets not; the Caspian is where they came from; no place in Syria "
                "named; the distance is a measure"),
         E("armed_clash", Q("17", 17), PL("كفرنبودة", "Kafr Nabuda", "Hama"), "2015-10-07", "المرصد السوري", GOV,
           note="an offensive on two towns: a group scored at the first; the attacker is actor1")])

passage("ud16", "2015-11-10", "Al-Watan", "state TV: a siege on an airbase broken",
        "أعلن التلفزيون السوري أن الجيش العربي السوري، بمؤازرة القوى الرديفة وبإسناد من الطيران الروسي، "
        "فك اليوم الثلاثاء الحصار عن مطار كويرس العسكري في ريف حلب الشرقي، الذي يطوقه تنظيم «داعش» منذ أكثر من عامين. "
        "وأظهرت لقطات بثها التلفزيون لقاء الجنود القادمين بعناصر حامية المطار وسط إطلاق نار احتفالي.",
        [E("territory_change", None, PL("مطار كويرس العسكري", "Kuweires Military Airbase", "Aleppo"), "2015-11-10",
           "التلفزيون السوري", GOV,
           note="a siege broken: territory regained; the siege's years are a duration; celebratory fire is no event")])

passage("ud17", "2015-12-09", "Orient News", "the first batch leaves a besieged Homs district under a UN-sponsored deal",
        "بدأت اليوم الأربعاء عملية إخراج الدفعة الأولى من حي الوعر المحاصر في حمص بموجب الاتفاق المبرم مع النظام برعاية "
        "أممية، إذ غادرت 16 حافلة تقل قرابة 650 شخصاً، بينهم 270 مقاتلاً بسلاحهم الفردي، باتجاه ريف إدلب مروراً بمدينة "
        "حماة، بحسب ما أكده محافظ حمص طلال البرازي. وينص الاتفاق على مراحل لاحقة تشمل الإفراج عن معتقلين.",
        [E("other", Q("قرابة 650", 650, approx=True), PL("الوعر", "Al-Waer", "Homs"), "2015-12-09",
           "محافظ حمص طلال البرازي", None,
           note="an evacuation; the buses are not the figure, the fighters a breakdown; Idlib's countryside is the "
                "destination, Hama the route; the later phases are a future; the deal is the frame")])

passage("ud18", "2016-02-23", "AFP", "Washington and Moscow announce a cessation of hostilities; Russian raids go on",
        "أعلنت الولايات المتحدة وروسيا في بيان مشترك مساء أمس الاثنين التوصل إلى اتفاق لوقف الأعمال القتالية في سوريا "
        "يبدأ سريانه منتصف ليل الجمعة-السبت، ولا يشمل تنظيم «الدولة الإسلامية» وجبهة النصرة. وميدانياً، قال المرصد "
        "السوري لحقوق الإنسان إن الطائرات الروسية شنت اليوم أكثر من 30 غارة على بلدة كنسبا وتلال جبل الأكراد في ريف "
        "اللاذقية الشمالي.",
        [E("agreement", None, None, "2016-02-22", None, None,
           note="a deal announced yesterday (dated); no place named for it; two parties, no actor1; its start is a "
                "future"),
         E("airstrike", Q("أكثر من 30", 30, None, True), PL("كنسبا", "Kinsabba", "Latakia"), "2016-02-23",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="the raids are the count; the town and the hills: the town first named")])

passage("ud19", "2016-03-27", "Al-Hayat", "Palmyra retaken with Russian air support; the observatory's count",
        "استعادت القوات النظامية السورية اليوم الأحد السيطرة الكاملة على مدينة تدمر الأثرية، بدعم جوي روسي كثيف "
        "ومشاركة مسلحين موالين لها، وفق «المرصد السوري» الذي أحصى مقتل 400 على الأقل من عناصر «داعش» في المعارك التي "
        "استمرت ثلاثة أسابيع، فيما انسحب الباقون شرقاً نحو السخنة ودير الزور. وكان التنظيم قد سيطر على المدينة في أيار "
        "الماضي.",
        [E("territory_change", Q("400", 400, None, True), PL("تدمر", "Palmyra", "Homs"), "2016-03-27", "المرصد السوري",
           GOV, note="the battle's dead on the taking (the hedge follows the numeral's noun: low 400); Sukhnah and "
                     "Deir ez-Zor are where IS went; IS's own taking last May is a recalled background with a month "
                     "(not coded: told as history, «وكان … قد»)")])

passage("ud20", "2016-08-06", "Baladi News", "the siege of east Aleppo broken at Ramouseh; raids on a southern town",
        "أعلنت فصائل «جيش الفتح» وغرفة عمليات «فتح حلب» مساء اليوم السبت كسر الحصار عن الأحياء الشرقية لمدينة حلب، بعد "
        "سيطرتها على حي الراموسة ومجمع الكليات العسكرية جنوب غربي المدينة، إثر معارك استمرت ستة أيام. في المقابل، "
        "شنت الطائرات الروسية وطائرات النظام عشرات الغارات على ريف حلب الجنوبي، قتل فيها تسعة مدنيين في بلدة خان طومان.",
        [E("territory_change", None, PL("الراموسة", "Ramouseh", "Aleppo"), "2016-08-06",
           "فصائل «جيش الفتح» وغرفة عمليات «فتح حلب»", FSA,
           note="a district and a military complex: the district first named; two operations rooms, coded the "
                "opposition (judgement: the Army of Conquest held JFS)"),
         E("airstrike", Q("تسعة", 9), PL("خان طومان", "Khan Tuman", "Aleppo"), "2016-08-06", None, RUS,
           note="Russian and regime jets: the first named; the dozens of raids span the countryside, the dead are "
                "the town's (the figure); the outlet")])

passage("ud21", "2016-08-24", "Anadolu Agency", "Turkey's prime minister: a border town taken by the FSA; artillery before it",
        "أعلن رئيس الوزراء التركي بن علي يلدريم أن فصائل من الجيش السوري الحر، مدعومة بالدبابات والمقاتلات التركية، "
        "سيطرت اليوم الأربعاء على مدينة جرابلس الحدودية بعد طرد عناصر «داعش» منها، ضمن عملية «درع الفرات» التي انطلقت "
        "فجراً. وأوضح أن المدفعية التركية قصفت 63 هدفاً للتنظيم في محيط جرابلس قبيل بدء التوغل البري.",
        [E("territory_change", None, PL("جرابلس", "Jarabulus", "Aleppo"), "2016-08-24", "رئيس الوزراء التركي بن علي يلدريم",
           FSA, note="Turkish-backed FSA before the end of 2017: still the opposition factions (actors.json's "
                     "backed_renames)"),
         E("shelling", None, PL("جرابلس", "Jarabulus", "Aleppo", nth=1), "2016-08-24", "رئيس الوزراء التركي بن علي يلدريم", TUR,
           note="the targets are a count of the wrong thing; the artillery before the incursion is its own act")])

passage("ud22", "2016-08-12", "Hawar News Agency", "a military council frees Manbij; civilians taken as shields",
        "أعلن مجلس منبج العسكري اليوم الجمعة تحرير مدينة منبج بالكامل من مرتزقة داعش، بعد 73 يوماً من انطلاق حملة "
        "الشهيد القائد فيصل أبو ليلى، بمساندة طيران التحالف الدولي. وأفاد المجلس بأن المرتزقة اتخذوا نحو 2000 مدني "
        "دروعاً بشرية خلال انسحابهم من المدينة في قافلة سيارات باتجاه جرابلس.",
        [E("territory_change", None, PL("منبج", "Manbij", "Aleppo", nth=1), "2016-08-12", "مجلس منبج العسكري", SDF,
           note="the Manbij Military Council is part of the SDF; the days are a duration; the campaign is named for "
                "a person"),
         E("other", Q("نحو 2000", 2000, approx=True), PL("منبج", "Manbij", "Aleppo", nth=1), "2016-08-12", "مجلس منبج العسكري",
           IS, note="civilians taken as human shields on the way out (other: an abduction; judgement); Jarabulus is "
                    "the destination")])

passage("ud23", "2016-09-17", "RT Arabic", "the army command: coalition raids on a hill, then IS takes it",
        "قالت القيادة العامة للجيش السوري إن طائرات التحالف الدولي استهدفت مساء اليوم السبت مواقع للجيش في جبل الثردة "
        "المطل على مطار دير الزور العسكري، ما مهّد لهجوم شنه تنظيم «داعش» وسيطر خلاله على الجبل. ونقلت وكالة إنترفاكس "
        "عن وزارة الدفاع الروسية أن الغارات أسفرت عن مقتل 62 عسكرياً سورياً، فيما قالت واشنطن إن الضربة «كانت خطأ "
        "غير مقصود».",
        [E("airstrike", Q("62", 62), PL("جبل الثردة", "Jabal al-Tharda", "Deir ez-Zor"), "2016-09-17",
           "القيادة العامة للجيش السوري", COAL,
           note="the airbase is what the hill overlooks; the toll is relayed from Moscow (a second source of the same "
                "act; gold keeps the army command, who tells the act); Washington's 'mistake' is its telling"),
         E("territory_change", None, PL("جبل الثردة", "Jabal al-Tharda", "Deir ez-Zor"), "2016-09-17",
           "القيادة العامة للجيش السوري", IS)])

passage("ud24", "2015-01-14", "Deir ez-Zor 24", "IS mortars on a besieged district of Deir ez-Zor city",
        "قتل سبعة مدنيين، بينهم امرأتان، وجرح آخرون بقذائف هاون أطلقها عناصر تنظيم الدولة على حي القصور الخاضع لسيطرة "
        "قوات النظام في مدينة دير الزور ظهر اليوم الأربعاء، بحسب ما أفاد به ناشطو شبكة «دير الزور 24». ويفرض التنظيم "
        "حصاراً خانقاً على حيي القصور والجورة منذ مطلع العام، وسط شح في المواد الغذائية والطبية.",
        [E("shelling", Q("سبعة", 7), PL("القصور", "Al-Qusour", "Deir ez-Zor"), "2015-01-14",
           "ناشطو شبكة «دير الزور 24»", IS,
           note="the district held by the regime is the target, named for who holds it; the siege is a state")])

passage("ud25", "2013-09-05", "Reuters", "activists: a Christian town stormed after a car bomb; a nun on the phone",
        "قال نشطاء إن مقاتلين من جبهة النصرة وكتائب أخرى في المعارضة اقتحموا بلدة معلولا المسيحية الواقعة شمال شرقي "
        "دمشق يوم الأربعاء، بعد أن فجّر انتحاري سيارة ملغومة عند حاجز للجيش على مدخلها. وقالت راهبة في دير مار تقلا "
        "لرويترز عبر الهاتف إن المقاتلين دخلوا وسط البلدة لكنهم لم يقتربوا من الدير حتى الآن.",
        [E("territory_change", None, PL("معلولا", "Maaloula", "Rif Dimashq"), "2013-09-04", "نشطاء", HTS,
           note="«يوم الأربعاء» before a Thursday: the day before; the car bomb opened the assault, coded as part of it "
                "(judgement: a second coder might add an explosion); the convent's nun speaks of the same entry; "
                "Damascus is a bearing")])

passage("ud26", "2012-11-13", "AFP", "jets on a border town taken last week; shrapnel and refugees across the border",
        "قال ناشطون إن طائرات حربية سورية قصفت اليوم الثلاثاء مدينة رأس العين الحدودية في محافظة الحسكة، التي "
        "انتزعها مقاتلون معارضون من القوات النظامية الأسبوع الماضي، فقتلت 12 شخصاً على الأقل. وذكر مسؤول تركي أن شظايا "
        "أصابت منازل في جيلان بينار على الجانب التركي، وأن أكثر من ثمانية آلاف من سكان المدينة عبروا الحدود خلال يومين.",
        [E("airstrike", Q("12", 12, None, True), PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), "2012-11-13", "ناشطون", GOV,
           note="the shrapnel in the Turkish town is the same act"),
         E("territory_change", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), "2012-W45", "ناشطون", FSA,
           note="recalled with its own week (as set 18's b16): the rebels' taking last week"),
         E("other", Q("أكثر من ثمانية آلاف", 8000, None, True), PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), None,
           "مسؤول تركي", None,
           note="refugees crossing over two days: displacement from the town (its origin); Turkey is where they "
                "went; no single day")])

passage("ud27", "2013-01-15", "Al Jazeera", "twin blasts at a university on exam day; two tellings of the cause",
        "قُتل 82 شخصاً على الأقل معظمهم من الطلاب، وأصيب العشرات، في انفجارين هزّا جامعة حلب اليوم الثلاثاء في أول أيام "
        "الامتحانات. وقال التلفزيون الرسمي إن «إرهابيين» أطلقوا صاروخين على الحرم الجامعي، فيما قال ناشطون معارضون إن "
        "طائرة حربية أطلقت الصاروخين خلال غارة على المنطقة. وأعلنت إدارة الجامعة تعليق الامتحانات حتى إشعار آخر.",
        [E("explosion", Q("82", 82, None, True), PL("حلب", "Aleppo", "Aleppo"), "2013-01-15", None, None,
           note="the cause is contested (rockets by 'terrorists' or a jet): explosion, no actor1 (judgement); a "
                "university named after its city: the city; the first sentence is the outlet's; the students are "
                "a breakdown; the exam day ordinal is no count")])

passage("ud28", "2014-04-29", "Sky News Arabia", "twin car bombs on a Homs street named for a number",
        "قتل 36 شخصاً وأصيب أكثر من 80 آخرين في انفجار سيارتين مفخختين بفارق دقائق في شارع الستين بحي العباسية وسط "
        "مدينة حمص اليوم الثلاثاء، حسبما أفاد التلفزيون الرسمي، الذي اتهم «مجموعات إرهابية» بتنفيذ التفجيرين. ولم تعلن "
        "أي جهة مسؤوليتها حتى الآن. وتعرض الحي ذو الغالبية العلوية لعدة تفجيرات مماثلة خلال الأشهر الماضية.",
        [E("explosion", Q("36", 36), PL("العباسية", "Al-Abbasiyah", "Homs"), "2014-04-29", "التلفزيون الرسمي", UNK,
           note="two cars minutes apart: one incident; the street's number is a name; the injured are not the figure; "
                "unclaimed: unidentified, whoever state TV blamed; earlier blasts are a habit")])

passage("ud29", "2014-07-03", "Orient News", "IS takes a Euphrates town without a fight",
        "بسط تنظيم «الدولة الإسلامية» سيطرته على مدينة الميادين في ريف دير الزور الشرقي اليوم الخميس، بعد انسحاب "
        "مقاتلي جبهة النصرة وكتائب محلية منها دون قتال، ورفع عناصره رايات التنظيم فوق مبنى البلدية. وقال ناشطون إن "
        "التنظيم طالب الأهالي بتسليم ما بحوزتهم من أسلحة خلال ثلاثة أيام تحت طائلة المحاسبة.",
        [E("territory_change", None, PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2014-07-03", None, IS,
           note="the outlet tells the taking; the activists tell a demand (a call with a deadline, no event)")])

passage("ud30", "2015-05-12", "Enab Baladi", "a local council counts barrels on a besieged town",
        "ألقت مروحيات النظام اليوم الثلاثاء 34 برميلاً متفجراً على أحياء داريا المحاصرة غربي العاصمة، بحسب ما وثقه المجلس "
        "المحلي للمدينة، في واحد من أعنف أيام القصف منذ مطلع العام، دون أن تسجل إصابات بشرية بسبب لجوء الأهالي إلى "
        "الأقبية. وتحاصر قوات النظام المدينة منذ تشرين الثاني 2012.",
        [E("airstrike", Q("34", 34), PL("داريا", "Darayya", "Rif Dimashq"), "2015-05-12", "المجلس المحلي للمدينة", GOV,
           note="barrels are the count where no one died (as set 18's b12); «واحد من أعنف» is an idiom; the siege "
                "is a state")])

passage("ud31", "2015-09-21", "Al-Modon", "a truce for Zabadani and two besieged towns, negotiated in Istanbul",
        "توصلت حركة أحرار الشام ووفد إيراني، أمس الأحد، خلال مفاوضات جرت في مدينة إسطنبول التركية، إلى اتفاق يقضي بوقف "
        "إطلاق النار لمدة ستة أشهر في الزبداني وبلدتي الفوعة وكفريا، وخروج المقاتلين من الزبداني مع عائلاتهم مقابل "
        "إجلاء عشرة آلاف من سكان البلدتين المحاصرتين في ريف إدلب، على أن تبدأ المرحلة الأولى خلال أيام.",
        [E("agreement", None, PL("إسطنبول", "Istanbul", None, "Turkey"), "2015-09-20", None, None,
           note="a deal reached yesterday abroad: at the place it was made (as uc10's Moscow); two parties, no "
                "actor1; the towns are its terms; the ten thousand and the departures are futures")])

passage("ud32", "2013-06-02", "Al-Hayat", "a documentation centre's month: deaths and arrests in May",
        "وثق مركز توثيق الانتهاكات في سوريا مقتل 4 آلاف و618 شخصاً خلال شهر أيار/مايو الماضي، بينهم 2,904 مدنيين، في "
        "حصيلة تعد من الأعلى منذ بدء الاحتجاجات، وكانت محافظة حمص الأكثر دموية بـ1,037 قتيلاً. كما سجل المركز اعتقال ما "
        "يزيد على 1,200 شخص خلال الشهر ذاته في مختلف المحافظات.",
        [E("casualties", Q("4 آلاف و618", 4618), None, "2013-05", "مركز توثيق الانتهاكات في سوريا", None, kind="aggregate",
           note="a month's national toll; the civilians and Homs's share are a breakdown"),
         E("arrest", Q("ما يزيد على 1,200", 1200, None, True), None, "2013-05", "مركز توثيق الانتهاكات في سوريا", None,
           kind="aggregate", note="the same month's arrests; «كما سجل المركز» carries the source")])

passage("ud33", "2016-02-15", "Anadolu Agency", "Turkish artillery near two places north of Aleppo; a town taken the night before",
        "قصفت المدفعية التركية لليوم الثالث على التوالي مواقع لتنظيم «ب ي د/ بي كا كا» في محيط بلدتي عين دقنة ومنغ "
        "شمالي حلب، رداً على استهدافه مخافر حدودية. في حين أكدت مصادر محلية أن مسلحي التنظيم سيطروا مساء أمس الأحد على "
        "مدينة تل رفعت بعد اشتباكات مع فصائل المعارضة، وبغطاء جوي روسي.",
        [E("shelling", None, PL("عين دقنة", "Ayn Daqna", "Aleppo"), "2016-02-15", None, TUR,
           note="two places, one act: a group scored at the first; the day ordinal is no count; no date word beyond "
                "'the third day': published; the border posts are the reason"),
         E("territory_change", None, PL("تل رفعت", "Tell Rifaat", "Aleppo"), "2016-02-14", "مصادر محلية", SDF,
           note="Anadolu's «ب ي د/ بي كا كا» is the YPG/SDF (judgement: the text's label also names the PKK); the "
                "Russian air cover is part of the taking")])

passage("ud34", "2012-10-09", "Al Arabiya", "a general's video defection and a running count of officers in Jordan",
        "أعلن العميد الركن فايز الحمدان انشقاقه عن جيش النظام في شريط مصور بثته قناة العربية اليوم الثلاثاء، وقال إنه "
        "غادر مقر قيادة اللواء الذي كان يخدم فيه قرب مدينة إزرع بريف درعا، ووصل إلى الأراضي الأردنية مع عائلته. وبحسب "
        "مصادر في الجيش الحر، يرتفع بذلك عدد الضباط المنشقين الواصلين إلى الأردن منذ مطلع العام إلى 41 ضابطاً، بينهم "
        "سبعة برتبة عميد.",
        [E("defection", None, PL("إزرع", "Izraa", "Daraa"), "2012-10-09", "العميد الركن فايز الحمدان", GOV,
           note="one officer, no numeral; he announced it himself (the channel only aired it); Jordan is where he "
                "went; the day the video aired (the defection's own day is not given)"),
         E("defection", Q("41", 41), None, None, "مصادر في الجيش الحر", GOV, kind="aggregate",
           note="a running total since the start of the year; Jordan is the destination, not the place; the "
                "brigadiers are a breakdown")])

passage("ud35", "2016-04-28", "Al Jazeera", "MSF: a raid destroys a hospital in an Aleppo district; the state agency on shells",
        "قالت منظمة أطباء بلا حدود إن 14 شخصاً على الأقل، بينهم آخر طبيب أطفال في المنطقة، قتلوا ليل أمس الأربعاء في "
        "غارة جوية دمرت مستشفى القدس الذي تدعمه المنظمة في حي السكري بمدينة حلب، واتهم ناشطون طائرات النظام بتنفيذها. "
        "في المقابل، قالت وكالة سانا إن قذائف أطلقها «إرهابيون» على حي الموكامبو أدت إلى مقتل ثلاثة مدنيين.",
        [E("airstrike", Q("14", 14, None, True), PL("السكري", "Al-Sukkari", "Aleppo"), "2016-04-27",
           "منظمة أطباء بلا حدود", GOV,
           note="a hospital not named after a place: its district as the place (judgement: a second coder might give "
                "the hospital); the perpetrator is the activists' charge (coded as accused, as earlier sets' hedged "
                "perpetrators); the doctor is a breakdown"),
         E("shelling", Q("ثلاثة", 3), PL("الموكامبو", "Al-Mokambo", "Aleppo"), "2016-04-28", "وكالة سانا", None,
           note="'terrorists' names no force; no date word: published (a second coder could carry last night)")])


if __name__ == "__main__":
    write("gold35.jsonl", P35)
