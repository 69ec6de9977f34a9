"""Build gold29.jsonl: coverage set 29 (ids cr01…), written in stop 28 by helper `remote` BEFORE any run on it.

A coverage set of remote violence (air and drone strikes, shelling, explosions) in the wordings that are common
in real Arabic reporting on Syria 2011-2025: real pages were read in the search tool's `pages` corpus for their
phrasing (drone strikes on cars near Qamishli, Russian raids on Idlib, barrel bombs, Israeli strikes on Damascus,
coalition raids in Deir ez-Zor, regime and Turkish artillery, mortars on Damascus, Daraa IEDs, war remnants, car
and suicide bombs; and drills, anniversaries, threats, weapons shipments, overflights, interceptions), and every
sentence was then written anew; people, villages, figures and dates are invented or varied. Each positive passage
carries one common pattern (the verb that tells a strike without a strike noun, the weapon or platform as the
subject, the target as the object, the toll in the next clause or sentence, the exposure passive, the verbal noun
with its subject in the genitive, the toll told first); about a fifth are passages where the usual words of these
types appear and no such event happened. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build29.py      # rewrites gold29.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, NEWGOV, PL, Q, RUS, SDF, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

US = "US forces"

P29: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P29.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


# ---------------------------------------------------------------- air and drone strikes
passage("cr01", "2022-11-22", "Hawar", "a Turkish drone on a car, the toll in the next clause",
        "قامشلو - هاوار: استهدفت طائرة مسيّرة تابعة لجيش الاحتلال التركي، اليوم الثلاثاء، سيارة مدنية على طريق "
        "قرية خربة عمو شرقي مدينة قامشلو، ما أدى إلى استشهاد ثلاثة مواطنين كانوا على متنها وإصابة رابع بجروح بليغة.",
        [E("airstrike", Q("ثلاثة", 3), PL("خربة عمو", "Khirbat Amo", "Al-Hasakah"), "2022-11-22", None, TUR,
           note="the drone is the subject of «استهدفت», the car its object; Qamishli a bearing")])

passage("cr02", "2023-05-09", "SY24", "an unknown drone «قصفت» a motorbike on a road",
        "قال مراسل SY24 إن طائرة مسيّرة مجهولة الهوية قصفت، ظهر اليوم الثلاثاء، دراجة نارية كان يستقلها شخصان على "
        "الطريق الواصل بين بلدتي سرمدا والدانا شمالي إدلب، ما أدى إلى مقتلهما على الفور، دون معرفة هويتهما حتى الآن.",
        [E("airstrike", None, PL("سرمدا", "Sarmada", "Idlib"), "2023-05-09", "مراسل SY24", None,
           note="a road between two towns: the first town; the two dead have no numeral; the drone's owner unknown")])

passage("cr03", "2019-07-02", "Syria TV", "a Russian jet «ضربت» a market with two missiles",
        "ضربت طائرة حربية روسية، صباح اليوم الثلاثاء، سوق الخضار وسط مدينة معرة النعمان بريف إدلب الجنوبي بصاروخين "
        "شديدي الانفجار، ما أسفر عن مقتل 11 مدنياً بينهم ثلاث نساء، وفق ما أفاد الدفاع المدني السوري.",
        [E("airstrike", Q("11", 11), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2019-07-02",
           "الدفاع المدني السوري", RUS, note="the jet strikes with no strike noun; the women a breakdown")])

passage("cr04", "2018-06-30", "Baladi News", "regime jets «أغارت على» a town, raids counted, no victims",
        "أغارت المقاتلات الحربية التابعة للنظام، فجر اليوم السبت، على بلدة طفس في ريف درعا الغربي بأكثر من عشر "
        "غارات، دون ورود معلومات عن ضحايا، بحسب ما أفاد ناشطون محليون لبلدي نيوز.",
        [E("airstrike", Q("أكثر من عشر", 10, None, True), PL("طفس", "Tafas", "Daraa"), "2018-06-30",
           "ناشطون محليون", GOV, note="the raids are the figure (no casualties)")])

passage("cr05", "2016-02-09", "Enab Baladi", "helicopters drop a counted number of barrels",
        "ألقى الطيران المروحي التابع لقوات الأسد، اليوم الثلاثاء، 14 برميلاً متفجراً على مدينة داريا في الغوطة "
        "الغربية، بحسب ما أفاد مراسل عنب بلدي، مشيراً إلى أن القصف تركز على الأحياء الجنوبية ولم يسفر عن إصابات.",
        [E("airstrike", Q("14", 14), PL("داريا", "Darayya", "Rif Dimashq"), "2016-02-09", "مراسل عنب بلدي", GOV,
           note="barrels are the figure; «القصف» after is the same act")])

passage("cr06", "2014-05-22", "Shaam", "a helicopter drops two barrels; the toll told first",
        "استشهد خمسة مدنيين، بينهم طفلان، وجرح آخرون اليوم الخميس، بعد أن أسقطت مروحية تابعة للنظام برميلين "
        "متفجرين على حي الشعار في مدينة حلب، بحسب ناشطين.",
        [E("airstrike", Q("خمسة", 5), PL("الشعار", "al-Shaar", "Aleppo"), "2014-05-22", "ناشطين", GOV,
           note="«أسقطت … برميلين»: a drop verb with a barrel object; the dead are the figure")])

passage("cr07", "2019-12-21", "AFP", "AFP's toll first, «جراء غارات روسية استهدفت»",
        "قُتل ثمانية مدنيين، بينهم ثلاثة أطفال، اليوم السبت جراء غارات روسية استهدفت بلدة جرجناز بريف إدلب "
        "الجنوبي الشرقي، وفق ما أحصى المرصد السوري لحقوق الإنسان، في حين واصلت قوات النظام قصفها المدفعي لقرى "
        "مجاورة.",
        [E("airstrike", Q("ثمانية", 8), PL("جرجناز", "Jarjanaz", "Idlib"), "2019-12-21",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="the children a breakdown; the regime's shelling of unnamed villages has no place: not coded")])

passage("cr08", "2023-08-29", "Syria TV", "the verbal noun with the drone in the genitive and «لـ» the target",
        "قُتل عنصران من «قسد» وأصيب ثالث، مساء اليوم الثلاثاء، إثر استهداف طائرة مسيّرة تركية لسيارتهم قرب بلدة "
        "تل تمر شمال غربي الحسكة، بحسب ما أفاد مصدر محلي لموقع تلفزيون سوريا.",
        [E("airstrike", None, PL("تل تمر", "Tell Tamer", "Al-Hasakah"), "2023-08-29", "مصدر محلي", TUR,
           note="two dead (dual, no numeral): no figure")])

passage("cr09", "2017-06-08", "Al Jazeera", "coalition aircraft as the subject of a killing verb",
        "قتلت طائرات التحالف الدولي بقيادة الولايات المتحدة، أمس الأربعاء، 12 عنصراً من تنظيم الدولة الإسلامية في "
        "غارة على مقر لهم في بلدة الشعفة بريف دير الزور الشرقي، وفق ما أعلن المرصد السوري لحقوق الإنسان.",
        [E("airstrike", Q("12", 12), PL("الشعفة", "al-Shafa", "Deir ez-Zor"), "2017-06-07",
           "المرصد السوري لحقوق الإنسان", COAL, note="the killing and the raid are one act")])

passage("cr10", "2023-01-17", "Reuters", "Israeli missile strikes near Damascus airport; the interception is the same act",
        "قالت وسائل إعلام رسمية سورية إن إسرائيل شنّت فجر اليوم الثلاثاء ضربات صاروخية على مواقع قرب مطار دمشق "
        "الدولي، ما أسفر عن مقتل جنديين وإصابة ستة آخرين، وإن الدفاعات الجوية اعترضت عدداً من الصواريخ.",
        [E("airstrike", None, PL("مطار دمشق الدولي", "Damascus International Airport", "Rif Dimashq"), "2023-01-17",
           "وسائل إعلام رسمية سورية", ISR,
           note="Israeli missiles coded as an air strike (as ACLED); two dead dual, the injured no figure")])

passage("cr11", "2025-04-08", "Enab Baladi", "Israeli jets «هاجمت» an airbase, raids counted",
        "هاجمت طائرات إسرائيلية، مساء الاثنين، مطار حماة العسكري بأكثر من 12 غارة طالت مدرج المطار وعدداً من "
        "الحظائر، ولم تعلن وزارة الدفاع السورية عن خسائر بشرية.",
        [E("airstrike", Q("أكثر من 12", 12, None, True), PL("مطار حماة العسكري", "Hama military airport", "Hama"),
           "2025-04-07", None, ISR, note="the outlet's own account; Monday evening before the report")])

passage("cr12", "2024-01-05", "Hawar", "Turkish drones «قصفت» a gas station; two workers killed",
        "قصفت طائرات الاحتلال التركي المسيّرة، ليل أمس الخميس، محطة السويدية للغاز في ريف ديرك، ما أدى إلى خروجها "
        "عن الخدمة واستشهاد عاملين اثنين، بحسب ما أفادت به الإدارة العامة للطاقة.",
        [E("airstrike", Q("اثنين", 2), PL("السويدية", "al-Suwaydiyah", "Al-Hasakah"), "2024-01-04",
           "الإدارة العامة للطاقة", TUR,
           note="the station is named for its village (the most specific place; a coder could give Derik's "
                "countryside)")])

passage("cr13", "2015-10-12", "Asharq Al-Awsat", "Russian jets «شنت» counted raids on towns of a region",
        "قال المرصد السوري لحقوق الإنسان إن الطائرات الحربية الروسية شنت، أمس الأحد، 22 غارة على بلدات في ريف "
        "حماة الشمالي، تركزت على كفرنبودة والهبيط، ما أدى إلى مقتل سبعة من مقاتلي الفصائل.",
        [E("airstrike", Q("سبعة", 7), PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2015-10-11",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="one act on a list of towns: one event (the first town; a group); the dead are the figure, the 22 "
                "raids its size")])

passage("cr14", "2020-01-28", "Anadolu", "the exposure passive «تعرضت … لغارات»",
        "تعرضت مدينة أريحا جنوبي إدلب، اليوم الثلاثاء، لغارات جوية مكثفة من الطيران الروسي، أسفرت عن مقتل عشرة "
        "مدنيين وإصابة 23 آخرين، بحسب ما ذكره مراسل الأناضول.",
        [E("airstrike", Q("عشرة", 10), PL("أريحا", "Ariha", "Idlib"), "2020-01-28", "مراسل الأناضول", RUS)])

passage("cr15", "2021-02-15", "Step News", "a helicopter fires rockets; mortars on the same village",
        "أطلقت مروحية روسية، اليوم الاثنين، أربعة صواريخ على محيط قرية الكبانة في جبل الأكراد بريف اللاذقية "
        "الشمالي، في حين استهدفت قوات النظام المنطقة ذاتها بقذائف الهاون، دون تسجيل إصابات، وفق ما أفاد مراسل "
        "وكالة ستيب الإخبارية.",
        [E("airstrike", Q("أربعة", 4), PL("الكبانة", "Kabani", "Latakia"), "2021-02-15",
           "مراسل وكالة ستيب الإخبارية", RUS, note="an aircraft firing rockets strikes from the air"),
         E("shelling", None, PL("الكبانة", "Kabani", "Latakia"), "2021-02-15", "مراسل وكالة ستيب الإخبارية", GOV,
           note="«المنطقة ذاتها» is the same village; another actor, another type")])

passage("cr16", "2024-03-27", "Asharq Al-Awsat", "a US air strike «نفذت … ضربة جوية استهدفت» a depot",
        "نفذت القوات الأميركية، فجر اليوم الأربعاء، ضربة جوية استهدفت مستودعاً للذخيرة تابعاً لفصائل موالية لإيران "
        "في مدينة الميادين شرق دير الزور، ما أدى إلى مقتل أربعة عناصر، بحسب المرصد السوري.",
        [E("airstrike", Q("أربعة", 4), PL("الميادين", "al-Mayadin", "Deir ez-Zor"), "2024-03-27", "المرصد السوري",
           US)])

passage("cr17", "2022-07-19", "North Press", "the passive «استُهدفت سيارتهما بصاروخ أطلقته طائرة مسيّرة»",
        "منبج – نورث برس: قُتل قيادي في مجلس منبج العسكري وسائقه، اليوم الثلاثاء، بعد أن استُهدفت سيارتهما بصاروخ "
        "أطلقته طائرة مسيّرة تركية على الطريق الواصل بين مدينة منبج وقرية عون الدادات.",
        [E("airstrike", None, PL("منبج", "Manbij", "Aleppo"), "2022-07-19", None, TUR,
           note="two dead with no numeral; a road from the city: the city")])

passage("cr18", "2013-02-19", "Zaman al-Wasl", "regime jets «استهدف الطيران الحربي بصاروخين» a bakery",
        "استهدف الطيران الحربي، اليوم الثلاثاء، بصاروخين فراغيين مخبزاً في بلدة كفرحمرة بريف حلب الشمالي، ما أدى "
        "إلى مقتل 17 شخصاً كانوا ينتظرون دورهم أمام المخبز، بحسب لجان التنسيق المحلية.",
        [E("airstrike", Q("17", 17), PL("كفرحمرة", "Kafr Hamra", "Aleppo"), "2013-02-19", "لجان التنسيق المحلية",
           GOV)])

passage("cr19", "2020-08-04", "Halab Today", "two raids (dual) and only damage",
        "شنّ الطيران الحربي الروسي، صباح اليوم الثلاثاء، غارتين جويتين على أطراف قرية البارة في جبل الزاوية جنوبي "
        "إدلب، واقتصرت الأضرار على الماديات، حسبما أفاد مراسل حلب اليوم.",
        [E("airstrike", None, PL("البارة", "al-Bara", "Idlib"), "2020-08-04", "مراسل حلب اليوم", RUS,
           note="dual raids: no figure")])

passage("cr20", "2024-06-18", "SOHR", "a faction's suicide drone «دمرت» a vehicle",
        "دمرت طائرة مسيّرة انتحارية تابعة لـ«هيئة تحرير الشام»، اليوم الثلاثاء، آلية عسكرية لقوات النظام على محور "
        "قرية الملاجة جنوبي إدلب، ما أدى إلى مقتل ثلاثة عناصر كانوا على متنها، وفق المرصد السوري لحقوق الإنسان.",
        [E("airstrike", Q("ثلاثة", 3), PL("الملاجة", "al-Malaja", "Idlib"), "2024-06-18",
           "المرصد السوري لحقوق الإنسان", HTS, note="a drone strike, whoever flies it")])

passage("cr21", "2016-10-18", "Al-Watan", "pro-government paper: «وجّه الطيران الحربي ضربات مركزة»",
        "وجّه الطيران الحربي السوري، أمس الاثنين، ضربات مركزة على تجمعات «جبهة النصرة» في محيط بلدة اللطامنة "
        "بريف حماة الشمالي، أسفرت عن مقتل 30 إرهابياً وتدمير عدد من الآليات، بحسب مصدر ميداني.",
        [E("airstrike", Q("30", 30), PL("اللطامنة", "al-Lataminah", "Hama"), "2016-10-17", "مصدر ميداني", GOV)])

passage("cr22", "2025-02-20", "RT Arabic", "Turkish drones «ضربت» the surroundings of a dam",
        "ضربت مسيّرات تركية، ليل الأربعاء، محيط سد تشرين جنوب شرقي منبج، ما أسفر عن مقتل خمسة مدنيين من المعتصمين "
        "قرب السد، حسبما أعلنت الإدارة الذاتية لشمال وشرق سوريا.",
        [E("airstrike", Q("خمسة", 5), PL("سد تشرين", "Tishreen Dam", "Aleppo"), "2025-02-19", "الإدارة الذاتية",
           TUR, note="Wednesday night before the report; Manbij a bearing")])

passage("cr23", "2025-09-23", "SANA", "new SANA: an Israeli drone «ألقت» a bomb on a herders' tent",
        "القنيطرة-سانا: ألقت طائرة مسيّرة تابعة لجيش الاحتلال الإسرائيلي، اليوم، قنبلة على خيمة لرعاة الأغنام قرب "
        "بلدة كودنة بريف القنيطرة الجنوبي، ما أدى إلى إصابة راعٍ بجروح، بحسب مراسل سانا.",
        [E("airstrike", None, PL("كودنة", "Kudnah", "Quneitra"), "2025-09-23", "مراسل سانا", ISR,
           note="a bomb dropped from a drone is a drone strike; one injured, no figure")])

passage("cr24", "2020-01-28", "Syria Civil Defence via Baladi", "the strike told, its toll in the next sentence",
        "استهدفت غارة جوية يُرجح أنها روسية منزلاً على أطراف بلدة سرمين شرقي إدلب فجر اليوم. وقال الدفاع المدني "
        "إن فرقه انتشلت جثث أربعة أفراد من عائلة واحدة من تحت الأنقاض.",
        [E("airstrike", Q("أربعة", 4), PL("سرمين", "Sarmin", "Idlib"), "2020-01-28", "الدفاع المدني", RUS,
           note="the dead told a sentence later are the strike's; the Russians hedged")])

# ---------------------------------------------------------------- shelling
passage("cr25", "2018-04-24", "Daraa 24", "«قصفت قوات النظام بالمدفعية الثقيلة وراجمات الصواريخ بلدة»",
        "قصفت قوات النظام بالمدفعية الثقيلة وراجمات الصواريخ، اليوم الثلاثاء، بلدة اليادودة غربي درعا، ما أدى إلى "
        "مقتل ثلاثة مدنيين بينهم امرأة، بحسب ما أفاد مراسل درعا 24.",
        [E("shelling", Q("ثلاثة", 3), PL("اليادودة", "al-Yadudah", "Daraa"), "2018-04-24", "مراسل درعا 24", GOV)])

passage("cr26", "2019-05-16", "Fresh Syria", "forces posted at a camp fire shells on a village (the camp is the origin)",
        "استهدفت قوات النظام المتمركزة في معسكر جورين، اليوم الخميس، بأكثر من 40 قذيفة مدفعية قرية الزيارة في سهل "
        "الغاب بريف حماة الغربي، دون ورود أنباء عن إصابات، وفق ما أفاد ناشطون.",
        [E("shelling", Q("أكثر من 40", 40, None, True), PL("الزيارة", "al-Ziyarah", "Hama"), "2019-05-16",
           "ناشطون", GOV, note="Jurin is where the fire came from; the shells are the figure")])

passage("cr27", "2021-06-10", "Hawar", "Turkish artillery as the subject of «دكّت»",
        "دكّت مدفعية جيش الاحتلال التركي، صباح اليوم الخميس، قريتي تل جمعة وأم الكيف في ريف ناحية تل تمر بعشرات "
        "القذائف، ما ألحق أضراراً بمنازل المدنيين وأراضيهم، بحسب مصادر محلية.",
        [E("shelling", Q("عشرات", 20, 90, True), PL("تل جمعة", "Tell Jumaa", "Al-Hasakah"), "2021-06-10",
           "مصادر محلية", TUR, note="two villages, one act (the first; a group); Tell Tamer's countryside a region")])

passage("cr28", "2022-03-03", "North Press", "the exposure passive «تعرضت قرية … لقصف مدفعي»",
        "تعرضت قرية الدردارة شمالي تل تمر، اليوم الخميس، لقصف مدفعي مكثف من القوات التركية والفصائل الموالية لها، "
        "ما أدى إلى إصابة امرأة وطفل بجروح، بحسب ما قال مصدر في مجلس تل تمر العسكري لنورث برس.",
        [E("shelling", None, PL("الدردارة", "al-Dardara", "Al-Hasakah"), "2022-03-03",
           "مصدر في مجلس تل تمر العسكري", TUR, note="injured only: no figure")])

passage("cr29", "2014-11-03", "SANA", "old SANA: mortars «أطلقها إرهابيون» fall on two districts",
        "دمشق-سانا: استشهد ثلاثة مواطنين وأصيب 12 آخرون اليوم الاثنين جراء سقوط قذائف هاون أطلقها إرهابيون على "
        "حي المزة 86 وساحة العباسيين في مدينة دمشق، وفق ما ذكر مصدر في قيادة الشرطة.",
        [E("shelling", Q("ثلاثة", 3), PL("المزة 86", "Mezzeh 86", "Damascus"), "2014-11-03",
           "مصدر في قيادة الشرطة", None,
           note="a number in a district's name; two places for one barrage (the first; a group)")])

passage("cr30", "2016-07-27", "Shaam", "rebels «استهدف الثوار بقذائف الهاون وصواريخ الغراد» regime posts",
        "استهدف الثوار بقذائف الهاون وصواريخ الغراد، اليوم الأربعاء، تجمعات قوات الأسد في معمل القرميد قرب مدينة "
        "سراقب، وحققوا إصابات مباشرة، بحسب ما أعلنت غرفة عمليات جيش الفتح.",
        [E("shelling", None, PL("سراقب", "Saraqib", "Idlib"), "2016-07-27", "غرفة عمليات جيش الفتح", FSA,
           note="the brickworks is a site near the town")])

passage("cr31", "2025-07-01", "Syria TV", "2025: mortars on a security post, injured only",
        "أصيب أربعة عناصر من قوى الأمن الداخلي، اليوم الثلاثاء، جراء استهداف مجموعات خارجة عن القانون بقذائف الهاون "
        "نقطة أمنية على أطراف بلدة ولغا غربي السويداء، بحسب ما أفادت مديرية الأمن في المحافظة.",
        [E("shelling", None, PL("ولغا", "Walgha", "As-Suwayda"), "2025-07-01", "مديرية الأمن في المحافظة", None,
           note="mortars fired at a post: shelling; injured only: no figure")])

passage("cr32", "2012-08-14", "Al Jazeera", "2012: a toll in shelling by artillery and tanks; clashes around",
        "قال ناشطون إن 23 شخصاً قتلوا اليوم الثلاثاء في قصف عنيف بالمدفعية والدبابات شنته القوات النظامية على حي "
        "صلاح الدين في حلب، في حين تواصلت الاشتباكات في محيط الحي.",
        [E("shelling", Q("23", 23), PL("صلاح الدين", "Salah al-Din", "Aleppo"), "2012-08-14", "ناشطون", GOV),
         E("armed_clash", None, PL("صلاح الدين", "Salah al-Din", "Aleppo"), "2012-08-14", "ناشطون", None,
           note="the clashes around the same district")])

passage("cr33", "2020-01-28", "Syria TV", "a surface-to-surface rocket «سقط … على» a town, launched from a region",
        "سقط صاروخ أرض-أرض أطلقته قوات النظام من ريف حلب الجنوبي، مساء الاثنين، على حي سكني في مدينة الأتارب، ما "
        "أدى إلى مقتل ستة مدنيين بينهم أربعة أطفال، وفق ما أفاد الدفاع المدني.",
        [E("shelling", Q("ستة", 6), PL("الأتارب", "al-Atarib", "Aleppo"), "2020-01-27", "الدفاع المدني", GOV,
           note="the southern countryside is where it was fired from; the children a breakdown")])

passage("cr34", "2021-09-12", "Syria Civil Defence via Enab Baladi", "rocket fire «مصدره مناطق قسد» on a market",
        "استهدف قصف صاروخي مصدره مناطق سيطرة «قسد» في ريف حلب الشمالي، اليوم الأحد، السوق الشعبي في مدينة أعزاز، "
        "ما أسفر عن مقتل امرأتين وإصابة تسعة أشخاص، بحسب الدفاع المدني السوري.",
        [E("shelling", None, PL("أعزاز", "Azaz", "Aleppo"), "2021-09-12", "الدفاع المدني السوري", SDF,
           note="the countryside is where it came from; two dead dual: no figure")])

passage("cr35", "2017-03-14", "SOHR", "an anti-tank guided missile «دمرت … بصاروخ موجه»",
        "المرصد السوري لحقوق الإنسان: دمرت فصائل المعارضة، اليوم الثلاثاء، دبابة لقوات النظام بصاروخ موجه على جبهة "
        "كبينة في ريف اللاذقية الشمالي، ما أدى إلى مقتل طاقمها.",
        [E("shelling", None, PL("كبينة", "Kabinah", "Latakia"), "2017-03-14", "المرصد السوري لحقوق الإنسان", FSA,
           note="a guided missile fired from afar: a missile attack")])

passage("cr36", "2017-06-08", "Enab Baladi", "a rocket shell on a school, children killed (dual)",
        "قُتل طفلان وأصيبت معلمة اليوم الخميس، إثر سقوط قذيفة صاروخية مصدرها قوات النظام على مدرسة ابتدائية في "
        "بلدة حيش جنوبي إدلب، بحسب مديرية التربية الحرة.",
        [E("shelling", None, PL("حيش", "Hish", "Idlib"), "2017-06-08", "مديرية التربية الحرة", GOV,
           note="dual dead: no figure")])

passage("cr37", "2018-01-23", "Orient News", "«أمطرت قوات الأسد … بمئات القذائف»",
        "أمطرت قوات الأسد، اليوم الثلاثاء، مدينة حرستا في الغوطة الشرقية بمئات القذائف الصاروخية والمدفعية، ما أدى "
        "إلى مقتل تسعة مدنيين، بحسب مراسل أورينت.",
        [E("shelling", Q("تسعة", 9), PL("حرستا", "Harasta", "Rif Dimashq"), "2018-01-23", "مراسل أورينت", GOV,
           note="the dead are the figure, the hundreds of shells its size")])

passage("cr38", "2023-10-11", "Asharq Al-Awsat", "rockets fired at a base, no casualties",
        "أطلقت فصائل موالية لإيران، فجر اليوم الأربعاء، ثلاثة صواريخ على قاعدة حقل العمر النفطي التي تتمركز فيها قوات "
        "التحالف الدولي شرق دير الزور، دون أن تسفر عن إصابات، بحسب ما أفادت مصادر محلية.",
        [E("shelling", Q("ثلاثة", 3), PL("حقل العمر", "al-Omar oil field", "Deir ez-Zor"), "2023-10-11",
           "مصادر محلية", "Pro-Iran militias", note="rockets fired from the ground at a base: the rockets are the figure")])

passage("cr39", "2021-02-15", "Hawar", "«استهدف جيش الاحتلال التركي ومرتزقته» villages with counted shells",
        "استهدف جيش الاحتلال التركي ومرتزقته، مساء أمس، قرى مرعناز والمالكية وشوارغة في مقاطعة الشهباء بأكثر من 60 "
        "قذيفة مدفعية، ما أدى إلى استشهاد مواطن، بحسب ما أفادت به مصادر عسكرية.",
        [E("shelling", Q("أكثر من 60", 60, None, True), PL("مرعناز", "Maarranaz", "Aleppo"), "2021-02-14",
           "مصادر عسكرية", TUR, note="three villages, one barrage (the first; a group); one dead: the shells the figure")])

# ---------------------------------------------------------------- explosions
passage("cr40", "2022-11-22", "Syria TV", "an IED planted by unknown men goes off under a military car",
        "قُتل أربعة عناصر من قوات النظام، اليوم الثلاثاء، بانفجار عبوة ناسفة زرعها مجهولون على الطريق الواصل بين "
        "بلدتي المزيريب واليادودة غربي درعا، أثناء مرور سيارة عسكرية تقلهم، بحسب ما أفاد تجمع أحرار حوران.",
        [E("explosion", Q("أربعة", 4), PL("المزيريب", "al-Muzayrib", "Daraa"), "2022-11-22", "تجمع أحرار حوران", UNK,
           note="a road between two towns: the first")])

passage("cr41", "2021-06-10", "Sputnik", "«في تفجير إرهابي بعبوة ناسفة استهدف حافلة»",
        "لقي ثلاثة عسكريين مصرعهم وأصيب خمسة آخرون، صباح اليوم، في تفجير إرهابي بعبوة ناسفة استهدف حافلة مبيت "
        "عسكرية على طريق دمشق-السويداء قرب بلدة براق، حسبما أفاد مصدر عسكري لمراسل «سبوتنيك».",
        [E("explosion", Q("ثلاثة", 3), PL("براق", "Buraq", "Rif Dimashq"), "2021-06-10", "مصدر عسكري", None,
           note="a road named by its ends: the village it passes")])

passage("cr42", "2019-07-02", "Enab Baladi", "«استهدف مجهولون بعبوة ناسفة مبنى»",
        "استهدف مجهولون بعبوة ناسفة، ليل أمس، مبنى المجلس المحلي في مدينة الصنمين شمالي درعا، ما أدى إلى أضرار مادية "
        "دون إصابات، بحسب مراسل عنب بلدي في المنطقة.",
        [E("explosion", None, PL("الصنمين", "al-Sanamayn", "Daraa"), "2019-07-01",
           "مراسل عنب بلدي في المنطقة", UNK, note="an attack verb whose instrument is a bomb")])

passage("cr43", "2024-11-30", "Qasioun", "a headline and its body: a sticky bomb as the subject of «استهدفت»",
        "عبوة ناسفة تستهدف سيارة قيادي في «الجيش الوطني» بريف حلب\n"
        "استهدفت عبوة ناسفة لاصقة، صباح اليوم السبت، سيارة القيادي في فرقة السلطان مراد أحمد الحسون وسط مدينة الباب "
        "شرقي حلب، ما أدى إلى إصابته بجروح خطيرة، وفق ما أفادت مصادر محلية لوكالة قاسيون.",
        [E("explosion", None, PL("الباب", "al-Bab", "Aleppo"), "2024-11-30", "مصادر محلية", UNK,
           note="the headline restates the body's act: one event")])

passage("cr44", "2025-05-26", "SOHR", "a landmine from the war under a tractor",
        "المرصد السوري: قُتل مزارع وابنه، اليوم الاثنين، إثر انفجار لغم أرضي من مخلفات الحرب بجرار زراعي كانا "
        "يستقلانه في أرض زراعية قرب قرية معرشورين شرقي معرة النعمان.",
        [E("explosion", None, PL("معرشورين", "Maarshurin", "Idlib"), "2025-05-26", "المرصد السوري", None,
           note="war remnants are coded; no numeral")])

passage("cr45", "2025-08-12", "North Press", "a cluster bomblet from old shelling wounds children",
        "أصيب ثلاثة أطفال بجروح متفاوتة، اليوم الثلاثاء، جراء انفجار قنبلة عنقودية من مخلفات القصف أثناء لعبهم قرب "
        "منزلهم في بلدة كفرزيتا شمالي حماة، بحسب ما قال مصدر طبي لنورث برس.",
        [E("explosion", None, PL("كفرزيتا", "Kafr Zita", "Hama"), "2025-08-12", "مصدر طبي", None,
           note="injured only: no figure; the old shelling is not an event")])

passage("cr46", "2016-07-27", "AFP", "a car bomb by a market; IS claims it",
        "قُتل 18 شخصاً على الأقل، اليوم الأربعاء، في انفجار سيارة مفخخة ركنت قرب سوق للخضار في مدينة القامشلي ذات "
        "الغالبية الكردية في شمال شرق سوريا، وفق ما أفاد به مصدر أمني كردي لوكالة فرانس برس، فيما تبنى تنظيم الدولة "
        "الإسلامية التفجير.",
        [E("explosion", Q("18", 18, None, True), PL("القامشلي", "Qamishli", "Al-Hasakah"), "2016-07-27",
           "مصدر أمني كردي", IS, note="the claim names the same blast")])

passage("cr47", "2015-12-20", "Reuters", "a suicide bomber «فجّر نفسه» in a restaurant",
        "فجّر انتحاري يرتدي حزاماً ناسفاً نفسه، اليوم الأحد، داخل مطعم في حي الميدان بدمشق، ما أدى إلى مقتل 11 "
        "شخصاً، بحسب ما ذكره التلفزيون الرسمي.",
        [E("explosion", Q("11", 11), PL("الميدان", "al-Midan", "Damascus"), "2015-12-20", "التلفزيون الرسمي", None)])

passage("cr48", "2025-10-30", "SANA", "new SANA: a suicide belt in a mosque",
        "حمص-سانا: ارتقى خمسة مدنيين وأصيب 14 آخرون، اليوم الخميس، جراء تفجير إرهابي نفذه انتحاري بحزام ناسف داخل "
        "مسجد الإمام علي في حي وادي الذهب بمدينة حمص، وفق ما أفاد مصدر في قيادة الأمن الداخلي.",
        [E("explosion", Q("خمسة", 5), PL("وادي الذهب", "Wadi al-Dhahab", "Homs"), "2025-10-30",
           "مصدر في قيادة الأمن الداخلي", None)])

passage("cr49", "2018-06-30", "Baladi News", "a motorbike bomb «انفجرت دراجة نارية مفخخة»; a hedged accusation",
        "انفجرت دراجة نارية مفخخة، مساء اليوم السبت، عند دوار الكف في مدينة عفرين، ما أسفر عن مقتل ثلاثة مدنيين "
        "وإصابة آخرين، وسط اتهامات لخلايا تتبع «وحدات حماية الشعب» بالوقوف وراء التفجير.",
        [E("explosion", Q("ثلاثة", 3), PL("عفرين", "Afrin", "Aleppo"), "2018-06-30", None, None,
           note="the roundabout is a spot in the city; the perpetrator only accused")])

passage("cr50", "2023-05-09", "Daraa 24", "a hand grenade «ألقى مجهولون قنبلة يدوية على محل»",
        "ألقى مجهولون قنبلة يدوية على محل لبيع الهواتف في سوق مدينة جاسم بريف درعا الشمالي، مساء أمس، ما أدى إلى "
        "إصابة صاحب المحل وشاب آخر بجروح، بحسب مراسل درعا 24.",
        [E("explosion", None, PL("جاسم", "Jasim", "Daraa"), "2023-05-08", "مراسل درعا 24", UNK,
           note="a grenade is an explosion (ACLED: Grenade); injured only")])

passage("cr51", "2021-09-12", "Furat Post", "«فجّر مجهولون عبوة ناسفة بدورية»",
        "فجّر مجهولون عبوة ناسفة بدورية لـ«قسد» على طريق الخرافي في بلدة ذيبان بريف دير الزور الشرقي، اليوم الأحد، "
        "ما أدى إلى مقتل عنصرين وإصابة ثلاثة آخرين، بحسب شبكة فرات بوست.",
        [E("explosion", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2021-09-12", "شبكة فرات بوست", UNK,
           note="two dead dual: no figure; the injured are not the figure")])

passage("cr52", "2025-01-14", "Syria TV", "a sticky bomb «انفجرت عبوة لاصقة بسيارة» kills an officer",
        "انفجرت عبوة لاصقة بسيارة ضابط في جهاز الأمن العام أمام منزله في حي الزهراء بمدينة حمص، صباح اليوم "
        "الثلاثاء، ما أدى إلى مقتله على الفور، بحسب مصدر أمني تحدث لموقع تلفزيون سوريا.",
        [E("explosion", None, PL("الزهراء", "al-Zahraa", "Homs"), "2025-01-14", "مصدر أمني", UNK)])

passage("cr53", "2015-12-20", "SOHR", "a truck bomb driven by a suicide bomber at a checkpoint",
        "انفجرت شاحنة مفخخة يقودها انتحاري، فجر اليوم الأحد، عند حاجز لوحدات حماية الشعب الكردية على مدخل بلدة تل "
        "تمر، ما أسفر عن مقتل ستة مقاتلين، وفق المرصد السوري.",
        [E("explosion", Q("ستة", 6), PL("تل تمر", "Tell Tamer", "Al-Hasakah"), "2015-12-20", "المرصد السوري", None,
           note="a suicide truck bomb; the checkpoint is its target, not a clash")])

passage("cr54", "2023-01-17", "Syria Civil Defence via Syria TV", "«هزّ انفجار» a town: a tanker bomb",
        "هزّ انفجار ضخم مدينة إعزاز بريف حلب الشمالي ظهر اليوم الثلاثاء، ناجم عن صهريج مفخخ انفجر قرب مبنى المحكمة، "
        "ما أدى إلى مقتل 13 شخصاً، وفق الدفاع المدني السوري.",
        [E("explosion", Q("13", 13), PL("إعزاز", "Azaz", "Aleppo"), "2023-01-17", "الدفاع المدني السوري", None)])

# ---------------------------------------------------------------- the usual words, no such event
passage("cr55", "2012-08-14", "SANA", "a live-fire drill with jets and rocket systems",
        "نفذت تشكيلات من القوى الجوية والدفاع الجوي، اليوم الثلاثاء، بياناً عملياً بالذخيرة الحية في إحدى المناطق "
        "الوسطى، شاركت فيه طائرات حربية وحوامات ومنظومات صاروخية أصابت الأهداف المفترضة بدقة عالية، حسبما ذكر "
        "مصدر عسكري.",
        [])

passage("cr56", "2022-04-07", "Syria TV", "the anniversary of a chemical strike",
        "تمر اليوم الذكرى السنوية الرابعة لقصف قوات النظام مدينة دوما بغاز الكلور، الذي أودى بحياة أكثر من 40 شخصاً "
        "خنقاً، وسط مطالبات حقوقية متجددة بمحاسبة المسؤولين عن الهجوم.",
        [])

passage("cr57", "2022-11-22", "Anadolu", "a threat of an air operation (a statement, not a strike)",
        "هدد وزير الدفاع التركي، اليوم الثلاثاء، بشن عملية جوية واسعة ضد مواقع «قسد» في شمال شرق سوريا إذا لم تنسحب "
        "من الشريط الحدودي خلال أسبوعين، مؤكداً أن طائرات بلاده «جاهزة لضرب أي هدف».",
        [E("statement", None, None, "2022-11-22", "وزير الدفاع التركي", TUR,
           note="a threat is a statement (the project's convention); the strikes are threatened, not done")])

passage("cr58", "2019-05-16", "Halab Today", "reconnaissance aircraft overhead, no raid",
        "حلّقت طائرات الاستطلاع الروسية، طوال ساعات النهار، في أجواء مدينة سراقب وريفها، وسط حالة من الترقب بين "
        "السكان، من دون أن تسجل أي غارات حتى ساعة إعداد هذا الخبر، بحسب مراسل حلب اليوم.",
        [])

passage("cr59", "2018-01-23", "RT Arabic", "a drone shot down before it reached anything (judgement)",
        "أعلنت وزارة الدفاع الروسية أن منظومات الدفاع الجوي أسقطت، ليل أمس، طائرة مسيّرة مجهولة فوق منطقة جبلية في ريف "
        "اللاذقية الشمالي، قبل أن تتمكن من الوصول إلى أي هدف، ولم تقع أي أضرار.",
        [])

passage("cr60", "2023-10-11", "Al Arabiya", "weapons shipments told by a report",
        "كشفت مصادر استخباراتية غربية عن وصول شحنات أسلحة إيرانية، بينها صواريخ متوسطة المدى وطائرات مسيّرة، إلى "
        "مطار دمشق الدولي خلال الأشهر الماضية، عبر رحلات شحن مدنية.",
        [])

passage("cr61", "2017-03-14", "Zaman al-Wasl", "a jet crashes in training (a fault, not a strike)",
        "سقطت طائرة حربية من طراز «ميغ 23» تابعة لقوات النظام، صباح اليوم الثلاثاء، أثناء طلعة تدريبية قرب مطار حماة "
        "العسكري، ولقي قائدها حتفه، وأرجع مصدر عسكري الحادث إلى عطل فني.",
        [])

passage("cr62", "2019-12-21", "Enab Baladi", "a market reopened; the strike that destroyed it years ago",
        "أعاد أهالي بلدة كفرنبل افتتاح سوقها الشعبي بعد ترميمه، اليوم السبت. وكانت غارة روسية عام 2016 قد دمرت "
        "جزءاً كبيراً من السوق وقتلت عشرات المدنيين.",
        [])

passage("cr63", "2024-09-09", "SANA", "a bomb defused before it went off",
        "حماة-سانا: فككت وحدات الهندسة في الجيش، اليوم الاثنين، عبوة ناسفة زنتها 20 كيلوغراماً زرعها مجهولون تحت جسر "
        "على طريق حمص-حماة الدولي، قبل انفجارها، وفق ما أعلنته وزارة الدفاع.",
        [])

passage("cr64", "2015-10-12", "Al-Hayat", "raids announced for the coming days (a future)",
        "قال مصدر عسكري إن الطائرات الروسية تستعد لشن غارات مكثفة على مواقع التنظيم في البادية خلال الأيام المقبلة، "
        "بعد استكمال عمليات الاستطلاع فوق تدمر ومحيطها.",
        [])

passage("cr65", "2021-02-15", "Syria TV", "a state: villages shelled for months",
        "وتتعرض قرى جبل الزاوية منذ أشهر لقصف شبه يومي من قوات النظام والطائرات الروسية، في ظل غياب أي رد دولي على "
        "الخروقات المتكررة لاتفاق وقف إطلاق النار.",
        [])

passage("cr66", "2024-03-27", "Syria TV", "blasts heard: a controlled detonation of old munitions",
        "سُمع دوي انفجارات عنيفة في أرجاء مدينة اللاذقية ليل أمس، تبين لاحقاً أنها ناجمة عن تفجير وحدات الهندسة "
        "ذخائر قديمة في منطقة مخصصة لذلك، بحسب مصدر عسكري.",
        [])

passage("cr67", "2025-04-08", "Enab Baladi", "rocket launchers shown at a parade",
        "استعرضت فصائل الجيش الوطني، اليوم الثلاثاء، راجمات صواريخ ومدافع ثقيلة في عرض عسكري بمدينة أعزاز بمناسبة "
        "تخريج دفعة جديدة من المقاتلين.",
        [])


def main() -> None:
    write("gold29.jsonl", P29)


if __name__ == "__main__":
    main()
