"""Build gold47.jsonl: coverage set 47 (ids dc01…), written in stop 30 by helper layer BEFORE any run on it.

A coverage set of PLACES THE GAZETTEER LACKS: the act happens at a village, farm, hill, valley, front, quarter or
site that no list marsad ships holds, named with its noun («قرية/بلدة/مزرعة/تلة/وادي/محور/جبهة/حي/كتيبة/محطة …»),
often beside a town the gazetteer knows (a bearing, «المجاورة لمدينة Y», «في طرفها الشرقي», «بريف Y», the road
«بين قرية X ومدينة Y», a quoted name «قرية "X"», a name glued to «ب/و/ل»). The villages, quarters and sites at the
heart of each passage are INVENTED and were checked absent from the gazetteer; the towns around them are real.
Traps: the noun naming an organisation («الجبهة الوطنية للتحرير»), a description («حياً سكنياً», «قاعدة عسكرية»), a
village named only as the victims' origin or a destination, a named checkpoint of a city (the city, convention of
set 40), history and plans. About 40 real sentences were read in the `pages` corpus first (villages near towns in
Idlib, Daraa and Aleppo, fronts «محور/جبهة X» in the Latakia mountains, IS attacks in the desert, roads between a
village and a town, quarters struck in Idlib and Homs, stations and dams); every sentence was then written anew.

Gold follows the events_probe README's conventions (a road between two places is scored at its first end; a named
base or military site is a facility; a landmark or a named checkpoint inside a city is at the city; the desert of
a town is the town; a front named by its village is the village; injured-only figures and duals without a numeral
are no figure).

    python benchmarks/data/events_probe/build47.py      # rewrites gold47.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P47: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P47.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


# ---- villages tied to a known town ------------------------------------------------------------------------------
passage("dc01", "2019-06-11", "SOHR", "a quoted village «قرية \"X\" القريبة من مدينة Y»",
        "المرصد السوري لحقوق الإنسان: قُتل أربعة مدنيين، بينهم طفلان، جراء قصف صاروخي نفذته قوات النظام صباح اليوم "
        "على قرية \"المقيبلة\" القريبة من مدينة معرة النعمان بريف إدلب الجنوبي. وأشار المرصد إلى أن القصف طال منازل "
        "المدنيين وسط القرية، وسط تحليق مكثف لطائرات الاستطلاع في أجواء المنطقة.",
        [E("shelling", Q("أربعة", 4), PL("المقيبلة", "al-Muqaybila", "Idlib"), "2019-06-11",
           "المرصد السوري لحقوق الإنسان", GOV, note="an unlisted village near a listed town: the village")])

passage("dc02", "2020-08-19", "Hawar", "a dual of villages with a bearing from a nahiya; injured only",
        "قامشلو/هاوار – قصف جيش الاحتلال التركي ومرتزقته، مساء اليوم، قريتي أم الجرن والدويرات شرق ناحية الدرباسية "
        "بقذائف المدفعية الثقيلة، ما أدى إلى إصابة ثلاثة مدنيين بجروح. وأشار مراسلنا إلى أن القصف ألحق أضراراً كبيرة "
        "بمنازل الأهالي وممتلكاتهم.",
        [E("shelling", None, PL("أم الجرن", "Um al-Jurn", "Al-Hasakah"), "2020-08-19", "مراسلنا", TUR,
           note="one shelling over two villages: the first; the injured are no figure")])

passage("dc03", "2019-05-24", "Syria TV", "«على أطراف قرية X المجاورة لمدينة Y»",
        "اندلعت اشتباكات عنيفة، فجر اليوم الجمعة، بين فصائل المعارضة وقوات النظام على أطراف قرية الطويحينة المجاورة "
        "لمدينة كفرنبودة شمال غربي حماة، أسفرت عن مقتل سبعة عناصر من قوات النظام، بحسب ما أفاد مراسل تلفزيون سوريا. "
        "وأضاف المراسل أن الفصائل دمرت عربة عسكرية خلال المواجهات.",
        [E("armed_clash", Q("سبعة", 7), PL("الطويحينة", "al-Tuwayhina", "Hama"), "2019-05-24",
           "مراسل تلفزيون سوريا", FSA, note="the village, not the town it neighbours")])

passage("dc04", "2021-10-03", "Enab Baladi", "a road «بين قرية X ومدينة Y»",
        "قُتل ثلاثة عناصر من الجيش الوطني السوري، مساء أمس السبت، بانفجار عبوة ناسفة استهدفت سيارتهم على الطريق "
        "الواصل بين قرية كفر دويل ومدينة الباب شرقي حلب. ولم تتبنَّ أي جهة التفجير حتى لحظة إعداد الخبر، بحسب ما "
        "رصدته عنب بلدي.",
        [E("explosion", Q("ثلاثة", 3), PL("كفر دويل", "Kafr Duwayl", "Aleppo"), "2021-10-02", None, UNK,
           note="a road between a village and a town: its first end")])

passage("dc05", "2022-02-15", "Step", "a farm south of a town «مزرعة X جنوب مدينة Y»",
        "داهمت دورية تابعة للأمن العسكري، صباح اليوم الثلاثاء، مزرعة أبو الكروم جنوب مدينة جاسم في ريف درعا الشمالي، "
        "واعتقلت ستة أشخاص بتهمة حيازة السلاح، وفق ما أفاد مراسل وكالة ستيب الإخبارية. وأضاف المراسل أن الدورية "
        "اقتادت المعتقلين إلى مقر الفرع في مدينة الصنمين.",
        [E("arrest", Q("ستة", 6), PL("أبو الكروم", "Abu al-Kurum", "Daraa"), "2022-02-15",
           "مراسل وكالة ستيب الإخبارية", GOV, note="the farm; where the men were taken is not the place")])

passage("dc06", "2020-03-02", "North Press", "a village named by its noun glued to «ب», then «في ريف X»",
        "قامشلي – نورث برس: قُتل شخصان وأصيب ثالث، الاثنين، جراء استهداف طائرة مسيرة تركية دراجة نارية بقرية "
        "المقيبلة الغربية في ريف القحطانية شرقي القامشلي. وقالت مصادر محلية إن المستهدفين من سكان القرية.",
        [E("airstrike", None, PL("المقيبلة الغربية", "al-Muqaybila al-Gharbiya", "Al-Hasakah"), "2020-03-02",
           "مصادر محلية", TUR, note="a dual is no figure; «الغربية» is part of the village's name")])

passage("dc07", "2018-09-08", "Anadolu", "a hill «تلة X» south of a town",
        "سيطرت فصائل الجيش السوري الحر، اليوم السبت، على تلة السيرياتل الاستراتيجية جنوب مدينة مارع بريف حلب "
        "الشمالي، عقب اشتباكات مع عناصر تنظيم «واي بي جي/بي كي كي» الإرهابي أسفرت عن مقتل 9 منهم، وفق ما أفاد "
        "مراسل الأناضول.",
        [E("territory_change", Q("9", 9), PL("تلة السيرياتل", "Syriatel hill", "Aleppo"), "2018-09-08",
           "مراسل الأناضول", FSA, note="a named hill: the most specific place")])

passage("dc08", "2021-07-17", "Hawar", "a valley «وادي X قرب ناحية Y»; a dual",
        "استهدف جيش الاحتلال التركي بطائرة مسيرة، ظهر اليوم السبت، رعاة أغنام في وادي العرعر قرب ناحية عين عيسى، "
        "ما أدى إلى استشهاد راعيين وإصابة ثالث بجروح خطيرة، بحسب ما أفاد به مراسل وكالتنا. وأضاف أن المصابين نقلوا "
        "إلى مشفى مدينة الرقة.",
        [E("airstrike", None, PL("وادي العرعر", "Wadi al-Arar", "Ar-Raqqa"), "2021-07-17", "مراسل وكالتنا", TUR,
           note="a dual is no figure; the hospital's town is not the place")])

passage("dc09", "2019-07-02", "Enab Baladi", "a front «محور X في جبل Y»; «الجبهة الوطنية للتحرير» is a body",
        "قُتل خمسة من عناصر قوات النظام، أمس الاثنين، خلال محاولتهم التقدم على محور رجم الزيتون في جبل الزاوية بريف "
        "إدلب الجنوبي، بحسب ما أعلنته «الجبهة الوطنية للتحرير». وأكدت الجبهة أن مقاتليها أفشلوا المحاولة ودمروا "
        "رشاشاً ثقيلاً.",
        [E("armed_clash", Q("خمسة", 5), PL("رجم الزيتون", "Rujm al-Zaytun", "Idlib"), "2019-07-01",
           "«الجبهة الوطنية للتحرير»", FSA, note="a front named by its village: the village")])

passage("dc10", "2019-10-29", "SOHR", "«على جبهة X في ريف Y» with a guided missile",
        "المرصد السوري لحقوق الإنسان: استهدفت الفصائل بصاروخ موجه، اليوم الثلاثاء، عربة عسكرية لقوات النظام على "
        "جبهة تل الصنوبر في ريف حماة الشمالي الغربي، ما أدى إلى مقتل ثلاثة من طاقمها. وردت قوات النظام بقصف مدفعي "
        "على مناطق متفرقة من ريف حماة الشمالي الغربي.",
        [E("shelling", Q("ثلاثة", 3), PL("تل الصنوبر", "Tal al-Sanawbar", "Hama"), "2019-10-29",
           "المرصد السوري لحقوق الإنسان", FSA, note="a guided missile on a front named by its village"),
         E("shelling", None, PL("ريف حماة الشمالي الغربي", "Northwestern Hama countryside", "Hama", nth=1),
           "2019-10-29", "المرصد السوري لحقوق الإنسان", GOV, note="the reply over scattered places: the countryside")])

passage("dc11", "2018-02-21", "Syria TV", "a village told alone, closing its clause, in a second sentence",
        "قصفت قوات النظام بالمدفعية الثقيلة، اليوم الأربعاء، مدينة اللطامنة بريف حماة الشمالي، دون ورود أنباء عن "
        "إصابات. وفي وقت لاحق، قُتل ثلاثة مدنيين بغارة جوية روسية على بلدة عين الصفا. وقال مراسل تلفزيون سوريا إن "
        "فرق الدفاع المدني انتشلت الضحايا من تحت أنقاض منزلهم.",
        [E("shelling", None, PL("اللطامنة", "al-Latamina", "Hama"), "2018-02-21", None, GOV),
         E("airstrike", Q("ثلاثة", 3), PL("عين الصفا", "Ayn al-Safa", "Hama"), "2018-02-21", "مراسل تلفزيون سوريا",
           RUS, note="an unlisted town with no tie to another place: the town all the same")])

passage("dc12", "2023-04-09", "Deir ez-Zor 24", "a village «التابعة لناحية Y» in the desert of the east",
        "هاجمت خلايا تابعة لتنظيم «داعش»، ليل أمس السبت، نقطة عسكرية لقوات سوريا الديمقراطية في قرية أبو حجر التابعة "
        "لناحية البصيرة بريف دير الزور الشرقي، ما أدى إلى مقتل أربعة عناصر من «قسد»، وفق ما أفادت شبكة دير الزور 24. "
        "وشنت «قسد» عقب الهجوم حملة تمشيط في محيط القرية.",
        [E("armed_clash", Q("أربعة", 4), PL("أبو حجر", "Abu Hajar", "Deir ez-Zor"), "2023-04-08",
           "شبكة دير الزور 24", IS, note="the sweep after the attack is no event of its own (no figure, no act)")])

passage("dc13", "2017-04-12", "AFP", "a list of villages «قرى X وY وZ في ريف W» taken",
        "سيطرت قوات سوريا الديمقراطية، اليوم الأربعاء، على قرى المروج والعليق والدحلة في ريف الطبقة الشرقي بعد معارك "
        "مع تنظيم الدولة الإسلامية، وفق ما ذكره المرصد السوري لحقوق الإنسان لوكالة فرانس برس.",
        [E("territory_change", None, PL("المروج", "al-Muruj", "Ar-Raqqa"), "2017-04-12",
           "المرصد السوري لحقوق الإنسان", SDF, note="one taking over a list of villages: the first")])

# ---- quarters -----------------------------------------------------------------------------------------------------
passage("dc14", "2017-09-25", "SANA", "a quarter «في طرفها الشرقي»; a common word as its name",
        "دير الزور-سانا\n"
        "واصلت وحدات من الجيش العربي السوري عملياتها داخل مدينة دير الزور، وأحكمت سيطرتها اليوم على حي العمال في "
        "طرفها الشرقي بعد القضاء على 14 إرهابياً من تنظيم داعش. وذكر مصدر عسكري أن وحدات الهندسة تعمل على تفكيك "
        "الألغام التي زرعها الإرهابيون في الحي.",
        [E("territory_change", Q("14", 14), PL("العمال", "al-Ummal", "Deir ez-Zor"), "2017-09-25", "مصدر عسكري",
           GOV, note="the quarter named «workers»: a quarter all the same")])

passage("dc15", "2021-11-30", "North Press", "«بحي X في مدينة Y»; injured only",
        "قامشلي – نورث برس: أصيب طفلان بجروح، الثلاثاء، إثر سقوط قذيفة هاون مجهولة المصدر على منزل بحي المشاريع في "
        "مدينة الحسكة. وقال مصدر في قوى الأمن الداخلي (الأسايش) إن القذيفة أطلقت من جهة الريف الجنوبي للمدينة.",
        [E("shelling", None, PL("المشاريع", "al-Mashari", "Al-Hasakah"), "2021-11-30", None, UNK,
           note="injured only: no figure; where the shell came from is not the place")])

passage("dc16", "2016-12-04", "Al Jazeera", "a quarter «حي X بمدينة Y» with a common-word name",
        "قُتل تسعة مدنيين وأصيب العشرات، اليوم الأحد، بغارات جوية روسية استهدفت حي الزراعة بمدينة إدلب، بحسب ما أفاد "
        "به الدفاع المدني السوري. وأشار مراسل الجزيرة إلى أن الغارات دمرت مبنيين سكنيين بالكامل.",
        [E("airstrike", Q("تسعة", 9), PL("الزراعة", "al-Zira'a", "Idlib"), "2016-12-04", "الدفاع المدني السوري",
           RUS)])

passage("dc17", "2025-03-12", "Syria TV", "a quarter named with no town; the town in the sentence before",
        "شهدت مدينة جبلة في ريف اللاذقية توتراً أمنياً، أمس الثلاثاء، عقب هجوم لمسلحين على دورية للأمن العام. وداهمت "
        "قوات الأمن العام، فجر اليوم الأربعاء، حي المروج واعتقلت 11 شخصاً يشتبه بمشاركتهم في الهجوم، بحسب مصدر أمني.",
        [E("armed_clash", None, PL("جبلة", "Jableh", "Lattakia"), "2025-03-11", None, LOYAL,
           note="the attack on the patrol, no figure"),
         E("arrest", Q("11", 11), PL("المروج", "al-Muruj", "Lattakia"), "2025-03-12", "مصدر أمني", NEWGOV,
           note="the quarter of the town named before")])

passage("dc18", "2012-07-19", "Zaman al-Wasl", "a quarter and its town glued «وحي X»; protests",
        "خرجت مظاهرات حاشدة بعد صلاة الجمعة في مدينة حماة، وفي حي الطواحين الشمالي اقتحمت قوات الأمن المسجد الكبير "
        "واعتقلت 30 شاباً، بحسب ما أفاد ناشطون لـ«زمان الوصل».",
        [E("protest", None, PL("حماة", "Hama", "Hama"), "2012-07-19", None, PROT),
         E("arrest", Q("30", 30), PL("الطواحين الشمالي", "al-Tawahin", "Hama"), "2012-07-19", "ناشطون", GOV,
           note="the mosque is a landmark of the quarter: the quarter")])

# ---- sites ---------------------------------------------------------------------------------------------------------
passage("dc19", "2016-05-06", "Orient", "a named military site «كتيبة X قرب بلدة Y»",
        "سيطرت فصائل «جيش الفتح»، اليوم الجمعة، على كتيبة الرادار قرب بلدة خان طومان جنوب حلب بعد معارك مع قوات النظام "
        "والميليشيات الإيرانية قتل فيها 18 عنصراً من الأخيرة، بحسب ما أفاد مراسل أورينت.",
        [E("territory_change", Q("18", 18), PL("كتيبة الرادار", "Radar battalion", "Aleppo"), "2016-05-06",
           "مراسل أورينت", FSA, note="a named base: the most specific place")])

passage("dc20", "2022-11-23", "North Press", "a station named by its village «محطة X للنفط في ريف Y»",
        "استهدفت طائرة مسيرة تركية، فجر اليوم الأربعاء، محطة عين الجوزة للنفط في ريف القحطانية، ما أدى إلى مقتل حارسين "
        "واندلاع حريق في خزانات المحطة، بحسب ما أفادت به الإدارة الذاتية. ويأتي ذلك ضمن حملة قصف تركية على منشآت "
        "الطاقة في شمال شرق سوريا.",
        [E("airstrike", None, PL("عين الجوزة", "Ayn al-Jawza", "Al-Hasakah"), "2022-11-23", "الإدارة الذاتية",
           TUR, note="the station is named by its village: the village; a dual is no figure")])

passage("dc21", "2024-01-14", "Syria TV", "an ambush «على طريق X» named by a village",
        "قُتل ستة عناصر من قوات النظام، مساء أمس السبت، بكمين نصبه مسلحون مجهولون على طريق الدويرات في بادية حمص "
        "الشرقية، بحسب ما أفاد مصدر محلي لموقع تلفزيون سوريا. ورجح المصدر أن يكون الكمين من تنفيذ خلايا تنظيم «داعش».",
        [E("armed_clash", Q("ستة", 6), PL("الدويرات", "al-Duwayrat", "Homs"), "2024-01-13", "مصدر محلي", UNK,
           note="a road named by one village: the village")])

# ---- traps and negatives -------------------------------------------------------------------------------------------
passage("dc22", "2023-06-06", "Daraa 24", "trap: the victim's village of origin; the act in a town",
        "قُتل شاب من أبناء قرية المقيبلة، مساء اليوم الثلاثاء، برصاص مسلحين مجهولين في مدينة نوى بريف درعا الغربي، "
        "بحسب موقع درعا 24. وأضاف الموقع أن الشاب كان يعمل في محل لبيع الخضار وسط المدينة.",
        [E("armed_clash", None, PL("نوى", "Nawa", "Daraa"), "2023-06-06", "موقع درعا 24", UNK,
           note="one dead: no figure; the village is his origin")])

passage("dc23", "2020-01-21", "Baladi News", "trap: a description «حياً سكنياً في مدينة Y»",
        "قُتل خمسة مدنيين، اليوم الثلاثاء، بغارة جوية لطائرات النظام استهدفت حياً سكنياً في مدينة أريحا جنوب إدلب، وفق "
        "ما أفاد به الدفاع المدني. وأشار الدفاع المدني إلى أن فرقه ما زالت تبحث عن مفقودين تحت الأنقاض.",
        [E("airstrike", Q("خمسة", 5), PL("أريحا", "Ariha", "Idlib"), "2020-01-21", "الدفاع المدني", GOV,
           note="a residential quarter is a description: the town")])

passage("dc24", "2025-02-18", "SANA", "trap: a named checkpoint of a city (the city)",
        "درعا-سانا\n"
        "هاجم مسلحون مجهولون، فجر اليوم الثلاثاء، حاجز القوس عند المدخل الشمالي لمدينة الصنمين، ما أدى إلى استشهاد "
        "ثلاثة من عناصر الأمن العام. وأفاد مصدر أمني بأن قوات الأمن تلاحق المهاجمين.",
        [E("armed_clash", Q("ثلاثة", 3), PL("الصنمين", "Al-Sanamayn", "Daraa"), "2025-02-18", "مصدر أمني", UNK,
           note="a named checkpoint at a city's entrance: the city (set 40's cg19/cg20)")])

passage("dc25", "2019-08-15", "Syria TV", "trap: displacement to villages; the shelling elsewhere",
        "نزحت عشرات العائلات من مدينة خان شيخون نحو قرى أم الجرن وعين الصفا الحدودية، عقب قصف مدفعي عنيف لقوات "
        "النظام على المدينة، اليوم الخميس، أدى إلى مقتل امرأة وطفلها.",
        [E("shelling", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-08-15", None, GOV,
           note="the villages are where the families went; a woman and her child: no figure")])

passage("dc26", "2022-05-10", "Enab Baladi", "negative: a description of a village and its history",
        "تقع قرية الطويحينة على بعد خمسة كيلومترات غرب مدينة كفرنبودة، ويعمل معظم سكانها في زراعة القمح. وكانت القرية "
        "قد شهدت معارك متكررة بين عامي 2015 و2019، قبل أن يعود إليها بعض أهلها خلال العام الماضي.",
        [])

passage("dc27", "2021-03-28", "Asharq Al-Awsat", "negative: a Russian base as a description, a plan",
        "تعتزم روسيا توسيع قاعدة عسكرية روسية قرب مدينة القامشلي، وفق ما نقلته صحيفة «الشرق الأوسط» عن مصادر مطلعة. "
        "وأضافت المصادر أن التوسيع يشمل إنشاء مهبط جديد للمروحيات في المنطقة.",
        [])

passage("dc28", "2018-04-30", "Hawar", "a village with a bearing, a second act at a quarter",
        "استشهد مدنيان، اليوم الاثنين، جراء قصف مدفعي لجيش الاحتلال التركي على قرية الكسارة شمال ناحية تل تمر. وفي "
        "سياق متصل، اعتقل مرتزقة الاحتلال التركي سبعة مدنيين في حي المحمودية بمدينة عفرين، بحسب مراسل وكالتنا.",
        [E("shelling", None, PL("الكسارة", "al-Kassara", "Al-Hasakah"), "2018-04-30", None, TUR,
           note="a dual: no figure"),
         E("arrest", Q("سبعة", 7), PL("المحمودية", "al-Mahmudiya", "Aleppo"), "2018-04-30", "مراسل وكالتنا", SNA)])

passage("dc29", "2024-09-03", "Enab Baladi", "a village «لقرية X» after «التابعة»; the name glued to «ل»",
        "شنت قوات «الفرقة الرابعة» حملة دهم في مزارع تابعة لقرية عين الصفا في ريف درعا الغربي، صباح اليوم الثلاثاء، "
        "واعتقلت خمسة شبان، وفق ما رصدته عنب بلدي من مصادر محلية.",
        [E("arrest", Q("خمسة", 5), PL("عين الصفا", "Ayn al-Safa", "Daraa"), "2024-09-03", "مصادر محلية", GOV,
           note="the farms of a village: the village")])

passage("dc30", "2020-10-20", "SOHR", "«في محيط بلدة X» with a bearing from an unlisted village",
        "المرصد السوري: دارت اشتباكات بين قوات النظام وفصائل المعارضة، اليوم الثلاثاء، في محيط بلدة الدويرات غربي "
        "قرية المقيبلة، أسفرت عن مقتل ستة عناصر من الطرفين.",
        [E("armed_clash", Q("ستة", 6), PL("الدويرات", "al-Duwayrat", None), "2020-10-20", "المرصد السوري", None,
           note="a town placed by a bearing from an unlisted village")])


def main() -> None:
    write("gold47.jsonl", P47)


if __name__ == "__main__":
    main()
