"""Build gold38.jsonl: coverage set 38 (ids cq01…), written in stop 28 by helper `sources` BEFORE any run on it.

A coverage set for ATTRIBUTION (who says so) and the agent: every passage carries one common wording of a
source seen in real Arabic reporting (pages read for phrasing in the search tool's `pages` corpus, never
copied): an opening reporting verb and its subject («أفادت مراسلة…», «ذكرت مصادر محلية»), a recipient after
it («قال ناشطون لموقع…», «مصدر عسكري لمراسل سانا»), a closing source («بحسب ما وثّقه المرصد», «وفق ما
رصدته شبكة…», «حسبما أفاد مراسل…»), a relay («نقلت وكالة… عن مصدر…», «نقل المرصد عن مصادره»), a lead told
first and its source in the next sentence, «وأضاف/وأشار» carrying the source on, the other side's telling
(a denial, «في المقابل»), an accuser, witnesses, a ministry that acts and announces, a source named in the
headline only, the outlet's own lead followed by a source with news of its own. People, villages, figures
and dates are invented or varied. Offsets are computed by build.build (the n-th occurrence) and checked.

    python benchmarks/data/events_probe/build38.py      # rewrites gold38.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   UNID, write)

P38: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P38.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("cq01", "2019-05-14", "Syria TV", "closing «بحسب ما وثّقه المرصد» after the whole act",
        "قُتل خمسة مدنيين بينهم طفلان وأصيب آخرون بجروح، اليوم الثلاثاء، جراء غارات نفذتها طائرات حربية روسية "
        "على بلدة كفرعويد في جبل الزاوية بريف إدلب الجنوبي، بحسب ما وثّقه المرصد السوري لحقوق الإنسان.",
        [E("airstrike", Q("خمسة", 5), PL("كفرعويد", "Kafr Uwayd", "Idlib"), "2019-05-14",
           "المرصد السوري لحقوق الإنسان", RUS, note="a closing source reports its whole sentence")])

passage("cq02", "2021-03-22", "Enab Baladi", "opening «أفادت مراسلة عنب بلدي في درعا بأن» (feminine reporter)",
        "أفادت مراسلة عنب بلدي في درعا بأن دورية تابعة لفرع الأمن العسكري اعتقلت، مساء أمس الأحد، ثلاثة شبان من "
        "أبناء بلدة المسيفرة على حاجز مؤقت عند مدخل البلدة، واقتادتهم إلى جهة مجهولة.",
        [E("arrest", Q("ثلاثة", 3), PL("المسيفرة", "al-Musayfirah", "Daraa"), "2021-03-21",
           "مراسلة عنب بلدي", GOV, note="the outlet's own reporter is the source (named, not the fallback)")])

passage("cq03", "2020-08-17", "Halab Today", "«قال ناشطون محليون لموقع «…» إن»: the recipient is no source",
        "قال ناشطون محليون لموقع «حلب اليوم» إن المدفعية التركية قصفت صباح اليوم قرية مرعناز شمالي حلب بأكثر من "
        "عشرين قذيفة، ما أدى إلى مقتل ثلاثة مدنيين وإصابة آخرين من سكان القرية.",
        [E("shelling", Q("ثلاثة", 3), PL("مرعناز", "Maranaz", "Aleppo"), "2020-08-17", "ناشطون محليون", TUR,
           note="the website told is the recipient; the shells are how it was done, the dead the figure")])

passage("cq04", "2019-06-06", "Asharq Al-Awsat", "relay «نقلت وكالة… عن مصدر عسكري أن»",
        "نقلت وكالة الأنباء السورية «سانا» عن مصدر عسكري أن وحدات الجيش تصدت فجر اليوم لهجوم شنته مجموعات "
        "مسلحة على نقاط عسكرية في محيط بلدة كرناز بريف حماة الشمالي، وقتلت 17 من عناصرها.",
        [E("armed_clash", Q("17", 17), PL("كرناز", "Kirnaz", "Hama"), "2019-06-06", "مصدر عسكري", None,
           note="a repelled attack; the attackers are unnamed armed groups: no actor1; the agency relays the "
                "military source (gold the source quoted)")])

passage("cq05", "2021-06-10", "North Press", "lead without a source, its source in the next sentence coming back to it",
        "انفجرت دراجة نارية مفخخة، ظهر اليوم الخميس، قرب دوار السنتر في مدينة الباب شرقي حلب، ما أسفر عن مقتل "
        "أربعة مدنيين وإصابة 11 آخرين. وأوضح الدفاع المدني السوري أن فرقه نقلت المصابين إلى مشفى المدينة "
        "وأن بين القتلى طفلاً.",
        [E("explosion", Q("أربعة", 4), PL("الباب", "al-Bab", "Aleppo"), "2021-06-10", "الدفاع المدني السوري", UNID,
           note="the next sentence opens with a reporting verb and comes back to the lead (المصابين, القتلى) with "
                "no news of its own: it attributes the lead; a roundabout is no gazetteer place")])

passage("cq06", "2020-02-03", "SOHR", "opening «أفاد المرصد… بأن», then «وأضاف المرصد أن» with a second act",
        "أفاد المرصد السوري لحقوق الإنسان بأن قوات النظام قصفت بعشرات القذائف المدفعية بلدة قسطون في سهل الغاب "
        "بريف حماة الشمالي الغربي. وأضاف المرصد أن الطائرات الحربية الروسية شنت غارات على أطراف بلدة البارة "
        "في جبل الزاوية، دون ورود معلومات عن خسائر بشرية.",
        [E("shelling", None, PL("قسطون", "Qastun", "Hama"), None, "المرصد السوري لحقوق الإنسان", GOV),
         E("airstrike", None, PL("البارة", "al-Bara", "Idlib"), None, "المرصد السوري لحقوق الإنسان", RUS,
           note="«وأضاف المرصد» names the same source again")])

passage("cq07", "2021-11-08", "Anadolu", "a claim, then «في المقابل، نفى…» the other side, with its own telling",
        "قالت وزارة الدفاع التركية إن قواتها حيّدت 12 مسلحاً من تنظيم «بي كي كي/ي ب ك» حاولوا التسلل إلى منطقة "
        "«نبع السلام» قرب تل أبيض. في المقابل، نفى المركز الإعلامي لقوات سوريا الديمقراطية وقوع أي تسلل، وقال "
        "إن المدفعية التركية قصفت قرية الدبس شرقي عين عيسى.",
        [E("armed_clash", Q("12", 12), PL("تل أبيض", "Tell Abyad", "Raqqa"), None, "وزارة الدفاع التركية",
           TUR, note="a repelled infiltration as the ministry tells it; its figure; the denial is the other side's "
                     "telling, not a second event"),
         E("shelling", None, PL("الدبس", "al-Dibs", "Raqqa"), None,
           "المركز الإعلامي لقوات سوريا الديمقراطية", TUR,
           note="the SDF's own telling: it is the source of this act, never of the ministry's")])

passage("cq08", "2022-09-19", "Orient", "source named in the headline only («المرصد السوري: …»), body restates",
        "المرصد السوري: مقتل ثلاثة عناصر من قوات النظام بانفجار لغم في بادية السخنة\n"
        "انفجر لغم أرضي من مخلفات تنظيم «الدولة الإسلامية» بسيارة عسكرية تقل عناصر من قوات النظام على طريق "
        "السخنة – تدمر شرقي حمص، ما أدى إلى مقتل ثلاثة منهم وإصابة اثنين آخرين.",
        [E("explosion", Q("ثلاثة", 3, nth=1), PL("السخنة", "al-Sukhnah", "Homs", nth=1), None, "المرصد السوري", IS,
           note="the headline's source covers the body that restates it; a war remnant of IS: IS as actor1 (as "
                "earlier sets)")])

passage("cq09", "2022-04-11", "Horan Free League", "«أكد شهود عيان … لـ«…» أن»: witnesses, with a recipient",
        "أكد شهود عيان من مدينة جاسم لـ«تجمع أحرار حوران» أن مسلحين مجهولين يستقلون دراجة نارية أطلقوا النار على "
        "عضو سابق في لجنة المصالحة أمام منزله في الحي الشمالي من المدينة، ما أدى إلى مقتله على الفور.",
        [E("armed_clash", None, PL("جاسم", "Jasim", "Daraa"), None, "شهود عيان", UNID,
           note="an assassination by gunfire; one victim, no numeral; the league is the recipient")])

passage("cq10", "2025-05-18", "SANA", "a ministry that acts and announces: «أعلنت وزارة الداخلية … القبض على»",
        "أعلنت وزارة الداخلية السورية، اليوم الأحد، القبض على خلية من سبعة أشخاص تتبع لفلول النظام البائد في "
        "قرية بيت ياشوط بريف جبلة، قالت إنها متورطة في استهداف حواجز الأمن العام. وأوضحت الوزارة في بيان على "
        "معرفاتها الرسمية أن العملية نفذتها وحدات الأمن الداخلي بالتعاون مع جهاز الاستخبارات العامة.",
        [E("arrest", Q("سبعة", 7), PL("بيت ياشوط", "Beit Yashout", "Latakia"), "2025-05-18",
           "وزارة الداخلية السورية", NEWGOV, note="the ministry is both agent and source")])

passage("cq11", "2023-10-09", "Step", "«نقل المرصد عن مصادره»: the relaying body's own sources",
        "نقل «المرصد السوري» عن مصادره أن طائرة مسيرة تابعة لقوات النظام استهدفت سيارة مدنية قرب بلدة آفس "
        "شرقي إدلب، ما أدى إلى مقتل ثلاثة أشخاص كانوا بداخلها.",
        [E("airstrike", Q("ثلاثة", 3), PL("آفس", "Afis", "Idlib"), None, "المرصد السوري", GOV,
           note="its own sources: the relaying observatory is the source")])

passage("cq12", "2019-12-02", "Zaman al-Wasl", "«علمت «…» من مصادر محلية أن»: the outlet learned it",
        "علمت «زمان الوصل» من مصادر محلية في ريف دير الزور الشرقي أن قوات سوريا الديمقراطية داهمت فجر اليوم "
        "بلدة الشحيل واعتقلت 14 شاباً بتهمة الانتماء لخلايا تنظيم «الدولة».",
        [E("arrest", Q("14", 14), PL("الشحيل", "al-Shuhayl", "Deir ez-Zor"), "2019-12-02", "مصادر محلية", SDF)])

passage("cq13", "2023-07-15", "Baladi News", "closing «وفق ما رصدته شبكة «…» المحلية»",
        "قُتل ثلاثة مدنيين جراء انفجار عبوة ناسفة زُرعت قرب بلدة المزيريب غربي درعا، صباح اليوم السبت، وفق ما "
        "رصدته شبكة «درعا 24» المحلية.",
        [E("explosion", Q("ثلاثة", 3), PL("المزيريب", "al-Muzayrib", "Daraa"), "2023-07-15", "درعا 24", UNID)])

passage("cq14", "2016-03-02", "Orient", "«اتهم ناشطون قوات النظام بقصف…»: the accuser is the source",
        "اتهم ناشطون من مدينة دوما قوات النظام بقصف أحياء المدينة بصواريخ أرض-أرض ظهر اليوم، ما أدى إلى مقتل "
        "سبعة مدنيين بينهم امرأتان، فيما لم تعلق وسائل إعلام النظام على القصف.",
        [E("shelling", Q("سبعة", 7), PL("دوما", "Douma", "Rif Dimashq"), "2016-03-02", "ناشطون", GOV,
           note="the accused is the agent, never the source")])

passage("cq15", "2022-08-20", "North Press", "a claim and the other side's denial in the next sentence",
        "قالت قوات سوريا الديمقراطية إن طائرة مسيرة تركية استهدفت سيارة تقل مقاتلين من «مجلس تل تمر العسكري» قرب "
        "قرية أم الكيف، ما أدى إلى مقتل أربعة منهم. ونفت وزارة الدفاع التركية في بيان أن تكون قواتها نفذت أي "
        "ضربة في المنطقة.",
        [E("airstrike", Q("أربعة", 4), PL("أم الكيف", "Umm al-Kayf", "Hasakah"), None, "قوات سوريا الديمقراطية",
           TUR, note="the denier is no source of the act")])

passage("cq16", "2019-07-21", "SANA", "SANA: dateline, unsourced lead, «وذكر مصدر عسكري لمراسل سانا أن»",
        "حماة-سانا\nتصدت وحدات من جيشنا الباسل لمحاولة تسلل مجموعات إرهابية من «جبهة النصرة» باتجاه نقاط عسكرية "
        "قرب بلدة جورين في ريف حماة الغربي. وذكر مصدر عسكري لمراسل سانا أن الوحدات قضت على 9 إرهابيين "
        "ودمرت آليتهم.",
        [E("armed_clash", Q("9", 9), PL("جورين", "Jurin", "Hama"), None, "مصدر عسكري", HTS,
           note="a repelled infiltration: the attacker named is actor1; the next sentence's source gives its toll "
                "(the same act): it is the source; the reporter is the recipient")])

passage("cq17", "2020-01-12", "SMART", "the outlet's own lead, then «وفي سياق منفصل، قال المرصد» with news of its own",
        "شنت فصائل «الجيش الوطني» هجوماً على مواقع قوات سوريا الديمقراطية على محور قرية الصيادة غربي منبج فجر "
        "اليوم، واندلعت اشتباكات عنيفة بين الطرفين. وفي سياق منفصل، قال المرصد السوري لحقوق الإنسان إن مسيرة "
        "تركية استهدفت سيارة قرب بلدة عامودا، ما أدى إلى مقتل ثلاثة أشخاص.",
        [E("armed_clash", None, PL("الصيادة", "al-Sayada", "Aleppo"), "2020-01-12", None, SNA,
           note="the outlet's own lead: the later source has news of its own and never reports it"),
         E("airstrike", Q("ثلاثة", 3), PL("عامودا", "Amuda", "Hasakah"), None, "المرصد السوري لحقوق الإنسان", TUR)])

passage("cq18", "2019-05-09", "SOHR via agencies", "one long sentence, two acts, «حسب المرصد السوري» at its end",
        "قصفت قوات النظام بالمدفعية الثقيلة أطراف مدينة اللطامنة، في حين ألقت مروحياتها براميل متفجرة على بلدة "
        "كفرزيتا في ريف حماة الشمالي، ما أدى إلى مقتل خمسة مدنيين في البلدة، حسب المرصد السوري.",
        [E("shelling", None, PL("اللطامنة", "al-Lataminah", "Hama"), None, "المرصد السوري", GOV),
         E("airstrike", Q("خمسة", 5), PL("كفرزيتا", "Kafr Zita", "Hama"), None, "المرصد السوري", GOV,
           note="the closing source reports both clauses of its sentence")])

passage("cq19", "2019-11-30", "Halab Today", "«قال مراسل «…» في إدلب، إن», then «وأفاد مراسلنا بأن»",
        "قال مراسل «حلب اليوم» في إدلب، إن الطيران الحربي الروسي شن ثلاث غارات على محيط مدينة جسر الشغور، ما أدى "
        "إلى مقتل أربعة مدنيين. وأفاد مراسلنا بأن قوات النظام قصفت بالصواريخ قرية الزيارة في سهل الغاب، دون وقوع "
        "إصابات.",
        [E("airstrike", Q("أربعة", 4), PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), None, "مراسل «حلب اليوم»", RUS),
         E("shelling", None, PL("الزيارة", "al-Ziyara", "Hama"), None, "مراسل «حلب اليوم»", GOV,
           note="«مراسلنا» is the same reporter named before (gold the named reporter)")])

passage("cq20", "2011-04-29", "Reuters", "agency dateline, «قال سكان وناشطون إن»",
        "عمان (رويترز) - قال سكان وناشطون إن قوات الأمن السورية أطلقت النار على مئات المحتجين الذين خرجوا بعد صلاة "
        "الجمعة في مدينة نوى بمحافظة درعا، ما أدى إلى إصابة تسعة أشخاص على الأقل. ولم يتسن لرويترز التحقق من "
        "الروايات بشكل مستقل.",
        [E("protest", Q("مئات", 200, 900, True), PL("نوى", "Nawa", "Daraa"), "2011-04-29", "سكان وناشطون", PROT,
           note="fire on a protest: one protest event (as earlier sets); Amman is the dateline")])

passage("cq21", "2012-06-10", "Al Arabiya", "«ذكرت مصادر محلية … أن», then «وأشارت المصادر إلى أن» (breakdown)",
        "ذكرت مصادر محلية في ريف حمص الشمالي أن 23 عنصراً من قوات النظام انشقوا، ليل السبت، عن حاجز عسكري قرب "
        "مدينة الرستن، وانضموا إلى كتائب الجيش الحر في المنطقة. وأشارت المصادر إلى أن بين المنشقين ضابطين.",
        [E("defection", Q("23", 23), PL("الرستن", "al-Rastan", "Homs"), "2012-06-09", "مصادر محلية", GOV,
           note="the officers are a breakdown")])

passage("cq22", "2023-09-08", "Suwayda 24", "closing «بحسب ما أفاد به ناشطون من المدينة لشبكة «…»»",
        "خرج المئات في مظاهرة وسط مدينة السويداء، اليوم الجمعة، رفعوا خلالها لافتات تطالب بالإفراج عن المعتقلين "
        "ورحيل النظام، بحسب ما أفاد به ناشطون من المدينة لشبكة «السويداء 24».",
        [E("protest", Q("المئات", 200, 900, True), PL("السويداء", "Suwayda", "Suwayda", nth=0), "2023-09-08",
           "ناشطون من المدينة", PROT, note="the network is the recipient")])

passage("cq23", "2021-09-14", "Al Jazeera", "«أعلنت وزارة الدفاع الروسية أن …، مؤكدة …», then «في المقابل، قالت مصادر…»",
        "أعلنت وزارة الدفاع الروسية أن طائراتها دمرت مستودعاً للذخيرة ومقراً لـ«هيئة تحرير الشام» في محيط بلدة "
        "كنصفرة بجبل الزاوية، مؤكدة مقتل أكثر من 30 مسلحاً. في المقابل، قالت مصادر في الهيئة لوكالة «إباء» إن "
        "الغارات أصابت منازل مدنيين ولم تسفر عن خسائر في صفوف مقاتليها.",
        [E("airstrike", Q("أكثر من 30", 30, None, True), PL("كنصفرة", "Kansafra", "Idlib"), None,
           "وزارة الدفاع الروسية", RUS,
           note="the other side's telling of the same strikes is no second event and no source of the figure")])

passage("cq24", "2025-02-12", "Syria TV", "the outlet's own lead; «وقالت مصادر أهلية لموقع…» adds an act elsewhere",
        "اعتقلت دورية تابعة للأمن العام ثلاثة أشخاص من مدينة الصنمين في ريف درعا الشمالي، صباح اليوم، بتهمة "
        "الانتماء لخلية تتبع لفلول النظام. وقالت مصادر أهلية لموقع «تلفزيون سوريا» إن عناصر الأمن العام اعتقلوا "
        "أيضاً خمسة أشخاص آخرين في مدينة نوى.",
        [E("arrest", Q("ثلاثة", 3), PL("الصنمين", "al-Sanamayn", "Daraa"), "2025-02-12", None, NEWGOV,
           note="the outlet's own lead: the next sentence's source tells another arrest"),
         E("arrest", Q("خمسة", 5), PL("نوى", "Nawa", "Daraa"), None, "مصادر أهلية", NEWGOV)])

passage("cq25", "2024-11-29", "Enab Baladi", "the source at the end of a long sentence: «وفق ما أعلنته إدارة العمليات…»",
        "تمكنت فصائل غرفة عمليات «ردع العدوان» من السيطرة على بلدة خان العسل غربي حلب بعد معارك مع قوات النظام، "
        "لتقترب بذلك من الأطراف الغربية للمدينة، وفق ما أعلنته إدارة العمليات العسكرية في بيان عبر قناتها على "
        "«تلغرام».",
        [E("territory_change", None, PL("خان العسل", "Khan al-Asal", "Aleppo"), None, "إدارة العمليات العسكرية", FSA,
           note="the 2024 operations room coded as the opposition factions (as sets 4-6)")])

passage("cq26", "2020-02-18", "Enab Baladi", "a commander named with his role, «في تصريح لعنب بلدي، إن»",
        "قال القيادي في «الجبهة الوطنية للتحرير» أبو خالد الحموي، في تصريح لعنب بلدي، إن مقاتلي الجبهة استهدفوا "
        "بقذائف الهاون تجمعاً لقوات النظام في قرية الحويز بسهل الغاب، وقتلوا خمسة من عناصرها.",
        [E("shelling", Q("خمسة", 5), PL("الحويز", "al-Huwayz", "Hama"), None,
           "القيادي في «الجبهة الوطنية للتحرير» أبو خالد الحموي", FSA)])

passage("cq27", "2019-07-22", "AFP", "two sources in one sentence, «بينما ذكرت…» the other side's telling",
        "قال الدفاع المدني إن غارة جوية روسية استهدفت سوقاً شعبية في مدينة أريحا وقتلت 11 مدنياً، بينما ذكرت "
        "وسائل إعلام النظام أن الطيران السوري استهدف «مقرات للإرهابيين» في محيط المدينة.",
        [E("airstrike", Q("11", 11), PL("أريحا", "Ariha", "Idlib"), None, "الدفاع المدني", RUS,
           note="the regime media's telling is the other side's: no second event")])

passage("cq28", "2021-10-02", "SNHR", "«وثّقت الشبكة … في تقريرها الشهري», a monthly aggregate with a breakdown",
        "وثّقت الشبكة السورية لحقوق الإنسان في تقريرها الشهري مقتل 87 مدنياً في سوريا خلال شهر أيلول الماضي، "
        "بينهم 19 طفلاً، مشيرة إلى أن قوات النظام قتلت 31 منهم.",
        [E("casualties", Q("87", 87), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="children and the regime's share are breakdowns")])

passage("cq29", "2020-09-25", "Furat Post", "«أفادت شبكة «…» المحلية بأن»: a convoy arriving",
        "أفادت شبكة «فرات بوست» المحلية بأن رتلاً لقوات «التحالف الدولي» مؤلفاً من 25 شاحنة وصل مساء أمس إلى قاعدة "
        "حقل العمر النفطي شرقي دير الزور، قادماً من إقليم كردستان العراق.",
        [E("reinforcement", Q("25", 25), PL("حقل العمر", "al-Omar oil field", "Deir ez-Zor"), "2020-09-24",
           "فرات بوست", COAL, note="Kurdistan is where it came from")])

passage("cq30", "2019-04-10", "Syria TV", "negative: a call to protest",
        "دعا «المجلس الإسلامي السوري» في بيان، اليوم، إلى الخروج في مظاهرات حاشدة يوم الجمعة المقبل في كل المدن "
        "والبلدات المحررة نصرةً للمعتقلين في سجون النظام.",
        [E("statement", None, None, None, '«المجلس الإسلامي السوري»', None, note="MENDED stop 32 (conventions): a named body's call to protest is a statement (stop 32); all liberated towns: no place")])

passage("cq31", "2022-12-15", "Asharq Al-Awsat", "negative: history recalled with a pluperfect source",
        "عادت الحياة تدريجياً إلى أسواق الأحياء الشرقية من مدينة حلب. وكان المرصد السوري قد وثّق في كانون الأول "
        "2016 مقتل أكثر من 400 مدني في الغارات على تلك الأحياء خلال شهر واحد.",
        [])

passage("cq32", "2020-01-20", "RT Arabic", "negative: a denial with no act told",
        "نفت وزارة الدفاع الروسية أن تكون طائراتها قد شنت أي غارة على مدينة معرة النعمان خلال الأسبوع الماضي، "
        "واصفة التقارير عن سقوط ضحايا مدنيين بأنها «مفبركة».",
        [E("statement", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), None, 'وزارة الدفاع الروسية', RUS, note="MENDED stop 32 (conventions): a denial that is the item's news is a statement (stop 32), at the place it concerns")])

passage("cq33", "2020-06-03", "Hawar", "«أفاد ناشطون بأن», then «يذكر أن» background",
        "أفاد ناشطون بأن عناصر من «الجيش الوطني» اعتقلوا ستة مدنيين من قرية ميدانكي في ريف عفرين بتهمة التواصل "
        "مع «الإدارة الذاتية». يذكر أن فصائل الجيش الوطني تسيطر على منطقة عفرين منذ آذار 2018.",
        [E("arrest", Q("ستة", 6), PL("ميدانكي", "Maydanki", "Aleppo"), None, "ناشطون", SNA,
           note="the control since 2018 is background")])

passage("cq34", "2025-03-11", "Al Arabiya", "«أعلن الجيش الإسرائيلي أن طائراته…», the other side silent",
        "أعلن الجيش الإسرائيلي أن طائراته قصفت مواقع عسكرية في منطقة الكسوة جنوب دمشق، قال إنها تضم أسلحة تعود "
        "للنظام السابق. ولم تعلق وزارة الدفاع السورية على الغارات حتى ساعة إعداد هذا الخبر.",
        [E("airstrike", None, PL("الكسوة", "al-Kiswah", "Rif Dimashq"), None, "الجيش الإسرائيلي", ISR)])

passage("cq35", "2019-03-25", "Hawar", "unsourced lead, then «وتبنى التنظيم» (a claim, not a source)",
        "انفجرت سيارة مفخخة قرب مقر لقوات سوريا الديمقراطية في بلدة الشدادي جنوبي الحسكة، ما أسفر عن مقتل خمسة "
        "عناصر. وتبنى تنظيم «الدولة الإسلامية» التفجير عبر وكالة «أعماق» التابعة له.",
        [E("explosion", Q("خمسة", 5), PL("الشدادي", "al-Shaddadi", "Hasakah"), None, None, IS,
           note="the claimant is the agent; the outlet tells the blast (no source named for it)")])

passage("cq36", "2011-12-24", "Al Jazeera", "«أعلنت لجان التنسيق المحلية في بيان أن»: a day's toll",
        "أعلنت لجان التنسيق المحلية في بيان أن 56 شخصاً قتلوا برصاص قوات الأمن في مدن سورية عدة أمس الجمعة، "
        "معظمهم في حمص وإدلب.",
        [E("casualties", Q("56", 56), None, "2011-12-23", "لجان التنسيق المحلية", GOV, kind="aggregate",
           note="a toll over many towns: no place")])

passage("cq37", "2017-08-14", "AFP", "«قال مدير المرصد … لوكالة فرانس برس إن»: a person with a role, the agency told",
        "قال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن لوكالة فرانس برس إن ستة عناصر من قوات النظام قتلوا "
        "في هجوم شنه مقاتلون من تنظيم الدولة الإسلامية على نقطة عسكرية في بادية الميادين.",
        [E("armed_clash", Q("ستة", 6), PL("الميادين", "al-Mayadin", "Deir ez-Zor"), None, "رامي عبد الرحمن", IS,
           note="the attacker is actor1")])

passage("cq38", "2024-01-07", "Al Mayadeen relayed", "passive opener «وردت أنباء», closing relay «وفق ما نقلته قناة … عن مصادر»",
        "وردت أنباء عن مقتل قيادي في «حزب الله» اللبناني بغارة إسرائيلية استهدفت سيارته قرب بلدة السيدة زينب جنوب "
        "دمشق، وفق ما نقلته قناة «الميادين» عن مصادر ميدانية.",
        [E("airstrike", None, PL("السيدة زينب", "Sayyidah Zaynab", "Rif Dimashq"), None, "مصادر ميدانية", ISR,
           note="a relay: the sources quoted are the source; one leader, no numeral")])

passage("cq39", "2025-04-02", "Shaam", "a spokesman named with his body, «قال المتحدث باسم … إن»",
        "قال المتحدث باسم وزارة الداخلية عبد الكريم الساعدي إن قوى الأمن الداخلي ألقت القبض على 12 شخصاً متورطين "
        "في عمليات خطف وسلب، خلال حملة أمنية في قرية الفرقلس شرقي حمص.",
        [E("arrest", Q("12", 12), PL("الفرقلس", "al-Furqlus", "Homs"), None, "المتحدث باسم وزارة الداخلية", NEWGOV)])

passage("cq40", "2015-10-20", "SMART", "a toll update with «حسبما أفاد مراسل «…» في المنطقة، مشيراً»",
        "ارتفع عدد ضحايا القصف المدفعي على مدينة معرة النعمان إلى 14 قتيلاً، حسبما أفاد مراسل «سمارت» في المنطقة، "
        "مشيراً إلى أن القصف مصدره قوات النظام المتمركزة في معسكر وادي الضيف.",
        [E("shelling", Q("14", 14), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), None, "مراسل «سمارت»", GOV,
           note="a toll update; the camp is where fire came from")])

passage("cq41", "2018-02-06", "Deir ez-Zor 24", "«قالت شبكة «…» في منشور على صفحتها إن»",
        "قالت شبكة «الخابور» المحلية في منشور على صفحتها في «فيسبوك» إن مسلحين مجهولين اغتالوا مختار قرية الجرذي "
        "الشرقي بريف دير الزور الشرقي بإطلاق النار عليه أمام منزله.",
        [E("armed_clash", None, PL("الجرذي الشرقي", "al-Jurdhi al-Sharqi", "Deir ez-Zor"), None, "شبكة «الخابور»",
           UNID, note="an assassination by gunfire; one victim")])

passage("cq42", "2025-04-21", "Daraa 24", "two sources in one sentence, each its own act: «…، فيما قال ناشطون إن…»",
        "قال مصدر طبي لموقع «درعا 24» إن شاباً قُتل برصاص مسلحين مجهولين في مدينة طفس، فيما قال ناشطون إن عبوة "
        "ناسفة انفجرت بسيارة عسكرية قرب بلدة نمر، ما أدى إلى مقتل ثلاثة عناصر من الأمن العام.",
        [E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), None, "مصدر طبي", UNID, note="one victim, no numeral"),
         E("explosion", Q("ثلاثة", 3), PL("نمر", "Nimr", "Daraa"), None, "ناشطون", UNID)])


def main() -> None:
    write("gold38.jsonl", P38)


if __name__ == "__main__":
    main()
