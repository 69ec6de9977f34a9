"""Build gold31.jsonl: coverage set 31 (ids cs01…), written in stop 28 by helper strategic BEFORE any run on it.

A coverage set, not a held-out set: it samples how real Arabic reporting words the strategic event types
(territory changing hands, deployments and new posts, deals and truces, statements, sanctions) and the
non-events that use their words (a state of control, an aim, a boast or threat, a map, a penal code, a denial,
a proposal, history). The wording patterns were read in the search tool's `pages` corpus (queries such as
«سيطرت الفصائل على قرية», «استعادت السيطرة على», «فك الطوق», «أحكم قبضته», «استولى مقاتلو المعارضة على
قاعدة», «دخل الجيش البلدة بعد انسحاب», «استقدمت تعزيزات», «رتل عسكري تركي نقطة المراقبة», «أنشأت نقطة
عسكرية», «التوصل إلى اتفاق يقضي», «صفقة تبادل أسرى», «فرضت وزارة الخزانة عقوبات», «أدرج الاتحاد الأوروبي
على قائمة العقوبات», «قانون العقوبات», «خريطة السيطرة», «توعد باقتحام», «تستعد لشن هجوم للسيطرة»); every
sentence was then written anew: people, villages, figures and dates are invented or varied, no page text is
copied. Each positive passage carries one common pattern in a varied inflection (feminine or plural subject,
passive, verbal noun, «و/ف» clitic, object pronoun) in many house styles. Offsets are computed by build.build
(the n-th occurrence of each surface) and checked.

    python benchmarks/data/events_probe/build31.py      # rewrites gold31.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402,F401

P31: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P31.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


TC, RF, AG, ST, SN = "territory_change", "reinforcement", "agreement", "statement", "sanction"

# ---------------------------------------------------------------------------------------------- territory_change
passage("cs01", "2015-05-20", "SOHR", "SOHR bulletin; «استولى» (the agencies' verb for a base taken)",
        "المرصد السوري لحقوق الإنسان: استولى مقاتلو جبهة النصرة وفصائل إسلامية اليوم الأربعاء على معسكر "
        "المسطومة في ريف إدلب الجنوبي، بعد اشتباكات عنيفة مع قوات النظام التي انسحب عناصرها باتجاه مدينة أريحا.",
        [E(TC, None, PL("المسطومة", "Al-Mastumah", "Idlib"), "2015-05-20", "المرصد السوري لحقوق الإنسان", HTS,
           note="a camp named after its village: the village; the regime's withdrawal towards Ariha is the same "
                "taking (Ariha a destination); no figure")])

passage("cs02", "2012-11-18", "Reuters", "Reuters dateline; «إنهم استولوا» inside the claim",
        "بيروت (رويترز) - قال معارضون سوريون يوم الأحد إنهم استولوا على قاعدة عسكرية قرب بلدة الأتارب غربي "
        "حلب بعد حصار دام أسابيع، وإنهم أسروا عدداً من الجنود وغنموا ذخائر ومدافع.",
        [E(TC, None, PL("الأتارب", "Al-Atarib", "Aleppo"), "2012-11-18", "معارضون سوريون", FSA,
           note="Beirut is the dateline; the base is placed by the town; the weeks of siege are a state; the "
                "captured soldiers are part of the taking (no figure)")])

passage("cs03", "2016-12-22", "SANA", "SANA: «إعادة الأمن والأمان» (the formula's variant) by the general command",
        "حلب-سانا\nأعلنت القيادة العامة للجيش والقوات المسلحة مساء اليوم إعادة الأمن والأمان إلى مدينة حلب "
        "بعد تطهيرها من الإرهاب والإرهابيين، مؤكدة أن هذا الإنجاز يشكل تحولاً استراتيجياً في الحرب على "
        "الإرهاب.",
        [E(TC, None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2016-12-22",
           "القيادة العامة للجيش والقوات المسلحة", GOV,
           note="«حلب-سانا» is the dateline (nth=1 is the city in the sentence); the 'strategic turn' is a "
                "claim")])

passage("cs04", "2019-08-21", "Enab Baladi", "plain «سيطرت» after a withdrawal; a besieged post as a state",
        "سيطرت قوات النظام السوري على مدينة خان شيخون في ريف إدلب الجنوبي، اليوم الأربعاء، بعد انسحاب "
        "فصائل المعارضة منها، وباتت نقطة المراقبة التركية في مورك محاصرة بشكل كامل، بحسب ما رصدت عنب بلدي.",
        [E(TC, None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-08-21", None, GOV,
           note="the factions' withdrawal is the same taking; the Turkish post's encirclement is a state")])

passage("cs05", "2019-10-14", "North Press", "a handover: withdrawal, then the army enters under an understanding",
        "انسحبت قوات سوريا الديمقراطية من بلدة عين عيسى بريف الرقة الشمالي، ودخلتها وحدات من الجيش السوري "
        "مساء اليوم الاثنين بموجب تفاهم برعاية روسية، وفق ما أفاد مراسل نورث برس.",
        [E(TC, None, PL("عين عيسى", "Ain Issa", "Raqqa"), "2019-10-14", "مراسل نورث برس", GOV,
           note="a withdrawal that hands ground over: one transfer (the entry with the object pronoun "
                "«دخلتها»); the understanding is undated background, not an event of its own")])

passage("cs06", "2016-06-08", "Hawar (ANHA)", "«تحرير N قرية» announced, with a pronoun object «منها»",
        "أعلنت قوات سوريا الديمقراطية اليوم الأربعاء تحرير 11 قرية جنوب مدينة منبج بعد طرد مرتزقة داعش منها، "
        "وذلك في إطار المرحلة الثانية من حملة تحرير منبج وريفها، وفق ما أفادت وكالة هاوار.",
        [E(TC, Q("11", 11), PL("منبج", "Manbij", "Aleppo"), "2016-06-08", "قوات سوريا الديمقراطية", SDF,
           note="the villages are the figure (locality); the campaign's name holds the city; the announcer "
                "is the source, the agency relays it")])

passage("cs07", "2017-06-10", "SMART", "«تمكن من فرض سيطرته على» two villages (one act)",
        "تمكن الجيش السوري الحر من فرض سيطرته على قريتي كبانة والحدادة في ريف اللاذقية الشمالي، عقب معارك "
        "مع قوات النظام استمرت حتى فجر اليوم السبت، بحسب ما قاله قيادي ميداني لسمارت.",
        [E(TC, None, PL("كبانة", "Kabani", "Latakia"), "2017-06-10", "قيادي ميداني", FSA,
           note="two villages, one act (a group, gold the first); the battle before it is the taking's fighting")])

passage("cs08", "2014-02-12", "Shaam News Network", "«أحكم قبضته على»: plural subject «الثوار»",
        "أحكم الثوار قبضتهم على بلدة مورك بريف حماة الشمالي مساء أمس الثلاثاء، بعد أن تمكنوا من طرد قوات "
        "الأسد من آخر حواجزها داخل البلدة، بحسب ما أفاد به ناشطون لشبكة شام الإخبارية.",
        [E(TC, None, PL("مورك", "Morek", "Hama"), "2014-02-11", "ناشطون", FSA,
           note="the expulsion from the last checkpoints is the same taking")])

passage("cs09", "2018-03-18", "Al-Watan", "pro-government daily: «أحكمت سيطرتها» and «وسعت نطاق سيطرتها»",
        "وسّعت وحدات الجيش العربي السوري نطاق سيطرتها في الغوطة الشرقية أمس السبت، وأحكمت سيطرتها على بلدتي "
        "كفربطنا وسقبا بعد انهيار دفاعات المسلحين فيهما، بحسب مصدر ميداني تحدث للوطن.",
        [E(TC, None, PL("كفربطنا", "Kafr Batna", "Rif Dimashq"), "2018-03-17", "مصدر ميداني", GOV,
           note="the widening is the summary of the same taking; two towns, one act (gold the first)")])

passage("cs10", "2024-12-05", "Al Jazeera", "«دخلت فصائل المعارضة مدينة» (no article on the subject), 2024",
        "دخلت فصائل المعارضة السورية مدينة حماة وسط البلاد اليوم الخميس، بعد أن أعلنت القيادة العامة للجيش "
        "إعادة انتشار وحداتها خارج المدينة، في أكبر مكسب تحققه الفصائل منذ سيطرتها على حلب قبل أيام.",
        [E(TC, None, PL("حماة", "Hama", "Hama"), "2024-12-05", None, FSA,
           note="the army's redeployment outside the city is the same transfer; Aleppo days before is "
                "background without a day")])

passage("cs11", "2018-03-18", "Anadolu Agency", "«السيطرة الكاملة على» (an adjective inside the phrase), a dual flag",
        "أعلن الجيش التركي، اليوم الأحد، السيطرة الكاملة على مركز مدينة عفرين بالتعاون مع الجيش السوري الحر، "
        "في إطار عملية غصن الزيتون، ورفع المقاتلون العلمين التركي والسوري الحر فوق مبنى المجلس المحلي.",
        [E(TC, None, PL("عفرين", "Afrin", "Aleppo"), "2018-03-18", "الجيش التركي", TUR,
           note="the flags raised are part of the taking; two forces, the announcer's army as agent")])

passage("cs12", "2019-05-09", "Step News Agency", "«استعادت» with the town as direct object, a feminine subject",
        "استعادت قوات الأسد والميليشيات المساندة لها اليوم الخميس بلدة قلعة المضيق في ريف حماة الغربي، إثر "
        "انسحاب الفصائل منها، بحسب ما أفاد مراسل وكالة ستيب الإخبارية.",
        [E(TC, None, PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"), "2019-05-09", "مراسل وكالة ستيب الإخبارية",
           GOV, note="the withdrawal is the same transfer")])

passage("cs13", "2015-05-20", "Al-Hayat", "«سقطت المدينة بيد» (a fall told by the place as subject)",
        "سقطت مدينة تدمر الأثرية في ريف حمص الشرقي بيد تنظيم الدولة الإسلامية مساء اليوم الأربعاء، بعد "
        "انهيار خطوط قوات النظام على أطرافها الشمالية، وفق ما أكد ناشطون من المدينة.",
        [E(TC, None, PL("تدمر", "Palmyra", "Homs"), "2015-05-20", "ناشطون", IS,
           note="the collapse of the lines is the same taking")])

passage("cs14", "2014-08-24", "AFP", "«وقع في أيدي» (a base falls into the hands of), AFP style",
        "وقع مطار الطبقة العسكري في محافظة الرقة بشكل كامل في أيدي مقاتلي تنظيم الدولة الإسلامية اليوم الأحد، "
        "بعد معارك استمرت أياماً، وفق ما قاله المرصد السوري لحقوق الإنسان لوكالة فرانس برس.",
        [E(TC, None, PL("مطار الطبقة العسكري", "Tabqa airbase", "Raqqa"), "2014-08-24",
           "المرصد السوري لحقوق الإنسان", IS,
           note="an airbase as the place (a facility with its own name); the days of fighting are the taking's")])

passage("cs15", "2018-07-19", "Baladi News", "«باتت تحت سيطرة» (became under the control of)",
        "باتت بلدة نوى، كبرى مدن ريف درعا الغربي، تحت سيطرة قوات النظام منذ صباح اليوم الخميس، بعد خروج "
        "مقاتلي الفصائل منها وانتشار عناصر النظام في شوارعها، بحسب مراسل بلدي نيوز.",
        [E(TC, None, PL("نوى", "Nawa", "Daraa"), "2018-07-19", "مراسل بلدي نيوز", GOV,
           note="'became under control since this morning' is a change, not a state; the exit and the "
                "spreading out are the same transfer")])

passage("cs16", "2016-02-03", "Al-Alam", "«كسر الحصار» / «فك الطوق» about two towns",
        "تمكن الجيش السوري وحلفاؤه مساء اليوم الأربعاء من كسر الحصار عن بلدتي نبل والزهراء في ريف حلب "
        "الشمالي، بعد أن فكت وحداته الطوق المفروض عليهما منذ أكثر من ثلاث سنوات.",
        [E(TC, None, PL("نبل", "Nubl", "Aleppo"), "2016-02-03", None, GOV,
           note="a siege broken: one act told twice (two towns, gold the first); the years of siege are a "
                "duration")])

passage("cs17", "2016-08-06", "Syria TV", "«فك الحصار عن» as a verbal noun announced, 2016",
        "أعلن جيش الفتح، مساء اليوم السبت، فك الحصار عن الأحياء الشرقية لمدينة حلب، بعد سيطرة مقاتليه على "
        "كلية المدفعية في حي الراموسة جنوب المدينة.",
        [E(TC, None, PL("الراموسة", "Al-Ramousa", "Aleppo"), "2016-08-06", "جيش الفتح", FSA,
           note="the siege broken and the college taken are one operation: gold one event at the district where "
                "ground changed hands")])

passage("cs18", "2018-05-14", "SANA", "SANA: «حررت وحدات من الجيش» + «أعادت الأمن والاستقرار»",
        "حمص-سانا\nحررت وحدات من الجيش العربي السوري اليوم بلدة الحولة في ريف حمص الشمالي، وأعادت إليها "
        "الأمن والاستقرار بعد القضاء على آخر تجمعات الإرهابيين فيها، وفق ما ذكره مراسل سانا.",
        [E(TC, None, PL("الحولة", "Al-Houla", "Homs"), "2018-05-14", "مراسل سانا", GOV,
           note="two formulas for one act; the dateline is Homs")])

passage("cs19", "2017-10-17", "Deir ez-Zor 24", "passive «تمت السيطرة على» (no named subject in the clause)",
        "قال مصدر في مجلس دير الزور العسكري لدير الزور 24 إنه تمت السيطرة على حقل العمر النفطي شرقي بلدة "
        "البصيرة اليوم الثلاثاء، بعد انسحاب عناصر تنظيم الدولة منه دون مقاومة تذكر.",
        [E(TC, None, PL("حقل العمر", "Al-Omar oil field", "Deir ez-Zor"), "2017-10-17",
           "مصدر في مجلس دير الزور العسكري", SDF,
           note="a field is the most specific place; the council is part of the SDF")])

passage("cs20", "2026-01-10", "Al Jazeera", "«بسطت سيطرتها الكاملة على» (adjective after the noun), 2026",
        "بسطت قوات الحكومة السورية سيطرتها الكاملة على حي الشيخ مقصود في مدينة حلب اليوم السبت، بعد خروج "
        "آخر مقاتلي قوات سوريا الديمقراطية منه، وبدأت فرق الهندسة تمشيط شوارعه.",
        [E(TC, None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), "2026-01-10", None, NEWGOV,
           note="the last fighters leaving is the same transfer; the sweep is an ongoing part")])

passage("cs21", "2015-03-28", "Orient", "«أعلنت استعادة» (verbal noun object of «أعلنت»), feminine subject",
        "أعلنت غرفة عمليات جيش الفتح ظهر اليوم السبت استعادة السيطرة على مدينة إدلب بالكامل، بعد أيام من "
        "المعارك مع قوات الأسد التي انسحبت باتجاه معسكر المسطومة جنوب المدينة.",
        [E(TC, None, PL("إدلب", "Idlib", "Idlib"), "2015-03-28", "غرفة عمليات جيش الفتح", FSA,
           note="the days of fighting are the taking's; Mastumah is where the army went")])

passage("cs22", "2017-03-02", "SMART", "a handover: «سلّم … قرى» to another force",
        "قال المكتب الإعلامي لمجلس منبج العسكري إن المجلس سلّم خمس قرى غرب مدينة منبج إلى قوات حرس الحدود "
        "التابعة للنظام اليوم الخميس، تنفيذاً لاتفاق مع الجانب الروسي.",
        [E(TC, Q("خمس", 5), PL("منبج", "Manbij", "Aleppo"), "2017-03-02", "المكتب الإعلامي لمجلس منبج العسكري", GOV,
           note="a non-violent transfer: the receiving force is the agent (ACLED codes the side that gains); the "
                "deal with Russia is the reason, undated (no event of its own)")])

passage("cs23", "2021-09-08", "Al Mayadeen", "«دخلت وحدات … ورفعت العلم» (entry under a settlement), 2021",
        "دخلت وحدات من الجيش السوري اليوم الأربعاء إلى منطقة درعا البلد ورفعت العلم الوطني فوق مبانيها، "
        "وبدأت بتثبيت نقاط عسكرية فيها، تنفيذاً لاتفاق التسوية الذي طرحته اللجنة الأمنية على وجهاء المنطقة.",
        [E(TC, None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-08", None, GOV,
           note="entering a district handed over and raising the flag: a transfer; the posts are part of it; the "
                "deal is its undated background")])

passage("cs24", "2016-06-08", "Baladi News", "a withdrawal that hands villages to another side: «لتدخلها»",
        "انسحب تنظيم الدولة اليوم الأربعاء من قرى الخرفان والكرسان والحية على أطراف مدينة منبج، لتدخلها قوات "
        "سوريا الديمقراطية وتسيطر عليها دون معارك، وفق مصادر محلية لبلدي نيوز.",
        [E(TC, None, PL("الخرفان", "Al-Kharfan", "Aleppo"), "2016-06-08", "مصادر محلية", SDF,
           note="withdrawal and entry are one transfer; a list of villages, one act (gold the first); the SDF gain "
                "it, the object pronoun «عليها»")])

passage("cs25", "2023-09-03", "Deir ez-Zor 24", "«استردّت» (a synonym of استعادت), tribes against the SDF, 2023",
        "استردّت قوات سوريا الديمقراطية بلدة ذيبان في ريف دير الزور الشرقي صباح اليوم الأحد، بعد أيام من "
        "سيطرة مقاتلي العشائر عليها، بحسب ما أفاد به مراسل دير الزور 24.",
        [E(TC, None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-09-03", "مراسل دير الزور 24", SDF,
           note="the tribes' earlier taking is background (no day)")])

passage("cs26", "2024-12-07", "Syria TV", "«تمكنوا من دخول» (verbal noun after a preposition), feminine/plural",
        "قال مراسل تلفزيون سوريا إن مقاتلي الفصائل تمكنوا من دخول مدينة حمص فجر اليوم السبت من محورها "
        "الشمالي، بعد انسحاب قوات النظام من الكلية الحربية ومن حي الوعر.",
        [E(TC, None, PL("حمص", "Homs", "Homs"), "2024-12-07", "مراسل تلفزيون سوريا", FSA,
           note="the withdrawal from the academy and the district is the same transfer")])

passage("cs27", "2024-12-07", "Sky News Arabia", "Israel takes a summit: «سيطر … على قمة», «وتمركز»",
        "سيطر الجيش الإسرائيلي مساء اليوم السبت على قمة جبل الشيخ في الجانب السوري، بعد انسحاب عناصر الجيش "
        "السوري من مواقعهم هناك، وتمركزت قواته في المرصد المطل على سهل البقاع.",
        [E(TC, None, PL("جبل الشيخ", "Mount Hermon", "Rif Dimashq"), "2024-12-07", None, ISR,
           note="the posting at the observatory is part of the taking")])

passage("cs28", "2015-10-09", "Akhbar Al-Aan", "object pronoun: «هاجم … وسيطر عليها», «قبل أن تستعيدها»",
        "شن تنظيم داعش فجر اليوم الجمعة هجوماً على قرية براغيدة شمال مدينة إعزاز وسيطر عليها، قبل أن تستعيدها "
        "فصائل الجيش الحر مساءً بعد اشتباكات عنيفة، وفق ما أفاد قيادي في لواء السلطان مراد.",
        [E(TC, None, PL("براغيدة", "Baraghida", "Aleppo"), "2015-10-09", "قيادي في لواء السلطان مراد", IS,
           note="taken at dawn …"),
         E(TC, None, PL("براغيدة", "Baraghida", "Aleppo"), "2015-10-09", "قيادي في لواء السلطان مراد", FSA,
           note="… and retaken in the evening: two transfers the same day (the place repeats)")])

passage("cs29", "2013-06-05", "Al Arabiya", "a fall told as a noun in the main clause: «سقوط … في يد», Hezbollah era",
        "أكدت مصادر في المعارضة السورية سقوط مدينة القصير في يد قوات النظام ومقاتلي حزب الله اللبناني فجر "
        "اليوم الأربعاء، بعد انسحاب مقاتلي الجيش الحر منها باتجاه بلدات ريف حمص الشمالي.",
        [E(TC, None, PL("القصير", "Al-Qusayr", "Homs"), "2013-06-05", "مصادر في المعارضة السورية", GOV,
           note="the northern countryside is where the fighters went")])

passage("cs30", "2025-01-12", "Anadolu Agency", "SNA gains east of Aleppo, «انتزع … من قبضة» and a figure of villages",
        "انتزع الجيش الوطني السوري اليوم الأحد ثلاث قرى جنوب شرقي مدينة منبج من قبضة تنظيم «بي كي كي/ واي بي "
        "جي» الإرهابي، بحسب مراسل الأناضول.",
        [E(TC, Q("ثلاث", 3), PL("منبج", "Manbij", "Aleppo"), "2025-01-12", "مراسل الأناضول", SNA,
           note="the villages are the figure; the group named by Anadolu's formula is the SDF")])

# ---------------------------------------------------------------------------------------------- reinforcement
passage("cs31", "2018-05-14", "SY24", "a Turkish column sets up an observation post: «أقامت … نقطة مراقبة»",
        "دخل رتل عسكري تركي إلى الأراضي السورية صباح اليوم الاثنين، وأقامت القوات التركية نقطة مراقبة جديدة "
        "في منطقة شير مغار بريف حماة الشمالي الغربي، في إطار اتفاق خفض التصعيد.",
        [E(RF, None, PL("شير مغار", "Shir Mughar", "Hama"), "2018-05-14", None, TUR,
           note="the column and the post are one deployment; the de-escalation deal is a frame, not an event")])

passage("cs32", "2020-02-10", "Halab Today", "«أنشأت … نقطة عسكرية» with «الجيش التركي»",
        "أنشأ الجيش التركي نقطة عسكرية جديدة في بلدة النيرب شرقي إدلب، أمس الأحد، ونشر فيها دبابات ومدافع "
        "ثقيلة، بحسب ما أفاد مراسل حلب اليوم.",
        [E(RF, None, PL("النيرب", "Al-Nayrab", "Idlib"), "2020-02-09", "مراسل حلب اليوم", TUR,
           note="a post set up and armed: one event")])

passage("cs33", "2025-05-02", "Baladi News", "Israel: «نصبت قوة … حاجزاً» at a village entrance, 2025",
        "نصبت قوة من الجيش الإسرائيلي حاجزاً عسكرياً عند مدخل قرية الحميدية في ريف القنيطرة الأوسط صباح اليوم "
        "الجمعة، وفتشت المارة قبل أن تنسحب بعد ساعات، بحسب مصادر محلية.",
        [E(RF, None, PL("الحميدية", "Al-Hamidiyah", "Quneitra"), "2025-05-02", "مصادر محلية", ISR,
           note="a checkpoint set up (a post established); the searches of passers-by are no arrest; leaving "
                "after it is no event")])

passage("cs34", "2015-10-09", "Zaman al-Wasl", "«استقدمت … مؤازرات» (the opposition's word for reinforcements)",
        "استقدمت فصائل المعارضة مؤازرات عسكرية إلى جبهة تل الضمان في ريف حلب الجنوبي مساء اليوم الجمعة، "
        "تحسباً لهجوم تحضّر له قوات النظام والميليشيات الإيرانية في المنطقة.",
        [E(RF, None, PL("تل الضمان", "Tell al-Daman", "Aleppo"), "2015-10-09", None, FSA,
           note="the attack being prepared is an expectation, not an event")])

passage("cs35", "2019-12-01", "SOHR", "«حشدت قوات النظام» (the verb, not the noun)",
        "رصد المرصد السوري لحقوق الإنسان اليوم الأحد حشد قوات النظام مئات العناصر على محاور ريف "
        "معرة النعمان الشرقي، قادمة من ريف حماة، في ظل تصعيد القصف على المنطقة.",
        [E(RF, Q("مئات", 200, 900, True), PL("ريف معرة النعمان الشرقي", "Eastern Maarat al-Numan countryside",
                                              "Idlib"), "2019-12-01", "المرصد السوري لحقوق الإنسان", GOV,
           note="the men massed are the figure (vague: hundreds); Hama is the origin; the shelling is a state, "
                "untold")])

passage("cs36", "2019-12-01", "Al-Modon", "«عززت … مواقعها» with a list of what arrived",
        "عززت القوات الروسية مواقعها في مطار القامشلي اليوم الأحد، بعد وصول طائرتين مروحيتين وعناصر "
        "من الشرطة العسكرية، بحسب مصادر محلية تحدثت للمدن.",
        [E(RF, None, PL("مطار القامشلي", "Qamishli airport", "Al-Hasakah"), "2019-12-01", "مصادر محلية", RUS,
           note="an airport as the place; helicopters and soldiers are what arrived (no single figure)")])

passage("cs37", "2018-07-19", "Suwayda 24", "«وصلت تعزيزات … إلى», a dateline-free local outlet",
        "وصلت تعزيزات عسكرية جديدة للجيش السوري إلى ريف السويداء الشرقي ظهر اليوم الخميس، ضمت نحو 40 آلية "
        "بينها دبابات وراجمات صواريخ، وانتشرت على الطريق الواصل إلى بادية الصفا.",
        [E(RF, Q("نحو 40", 40, 40, True), PL("ريف السويداء الشرقي", "Eastern Sweida countryside", "As-Suwayda"),
           "2018-07-19", None, GOV,
           note="the vehicles are the figure (vehicle class); the tanks are a breakdown; the road to the Safa "
                "desert is where they spread")])

passage("cs38", "2021-11-02", "Enab Baladi", "«ثبّت الجيش نقاطاً عسكرية» (posts fixed after a deal)",
        "ثبّت الجيش السوري نقاطاً عسكرية جديدة في محيط مدينة طفس بريف درعا الغربي أمس الاثنين، عقب "
        "انتهاء عمليات التسوية فيها، بحسب ما أفاد به مراسل عنب بلدي.",
        [E(RF, None, PL("طفس", "Tafas", "Daraa"), "2021-11-01", "مراسل عنب بلدي", GOV,
           note="posts fixed (no figure); the settlements are background")])

passage("cs39", "2025-07-17", "SANA (new)", "«دفعت … بأرتال» (a column as the object of «دفع ب»), 2025",
        "دفعت وزارة الدفاع السورية بأرتال عسكرية إلى محيط مدينة السويداء اليوم الخميس، بهدف فض الاشتباكات "
        "وتأمين الطرق الرئيسية، وفق ما ذكرت إدارة الإعلام والاتصال في الوزارة.",
        [E(RF, None, PL("السويداء", "Sweida", "As-Suwayda"), "2025-07-17", "إدارة الإعلام والاتصال", NEWGOV,
           note="ending the clashes and securing roads are aims")])

passage("cs40", "2019-10-14", "RT Arabic", "«نشرت … قواتها» along a line, the Russian MoD",
        "أعلنت وزارة الدفاع الروسية اليوم الاثنين أن الشرطة العسكرية الروسية نشرت دورياتها على طول خط التماس "
        "شمال غرب مدينة منبج، لمنع أي احتكاك بين الجيش السوري والقوات التركية.",
        [E(RF, None, PL("منبج", "Manbij", "Aleppo"), "2019-10-14", "وزارة الدفاع الروسية", RUS,
           note="preventing friction is an aim")])

passage("cs41", "2017-06-10", "Jisr TV", "«تمركزت وحدات من …» (posted) in a town",
        "تمركزت وحدات من قوات النخبة التابعة للحرس الجمهوري في بلدة السقيلبية بريف حماة الغربي اليوم السبت، "
        "قادمة من العاصمة دمشق، بحسب ما نقل موقع جسر عن مصادر أهلية.",
        [E(RF, None, PL("السقيلبية", "Al-Suqaylabiyah", "Hama"), "2017-06-10", "مصادر أهلية", GOV,
           note="Damascus is the origin")])

# ---------------------------------------------------------------------------------------------- agreement
passage("cs42", "2018-08-16", "Al-Souria Net", "«اتفق الطرفان على» (the verb of agreeing), a local truce",
        "اتفق فصيلا جيش الإسلام وفيلق الرحمن اليوم الخميس على وقف الاقتتال بينهما في بلدة عين ترما، بعد "
        "وساطة قادها وجهاء من المنطقة، وفق ما أعلن الطرفان في بيانين منفصلين.",
        [E(AG, None, PL("عين ترما", "Ein Tarma", "Rif Dimashq"), "2018-08-16", None, None,
           note="two parties, no single actor1; the two statements announce the deal itself (not statement "
                "events); the mediation is how it came")])

passage("cs43", "2017-03-02", "Asharq Al-Awsat", "«توصلت … إلى تفاهم يقضي» (an understanding)",
        "توصلت الفصائل المحاصرة في حي الوعر بحمص إلى تفاهم مع الجانب الروسي أمس الأربعاء، يقضي بوقف القصف "
        "وخروج دفعة من المقاتلين وعائلاتهم إلى ريف حلب الشمالي خلال أيام.",
        [E(AG, None, PL("الوعر", "Al-Waer", "Homs"), "2017-03-01", None, None,
           note="the departures to come are terms (futures); the northern Aleppo countryside a destination")])

passage("cs44", "2020-03-06", "Reuters", "«بدأ سريان وقف إطلاق النار» (taking effect), Moscow deal",
        "موسكو (رويترز) - بدأ سريان وقف إطلاق النار في محافظة إدلب منتصف ليل الخميس-الجمعة، بموجب الاتفاق الذي "
        "توصل إليه الرئيسان الروسي والتركي في موسكو، وقال سكان إن الهدوء ساد خطوط الجبهة صباح اليوم الجمعة.",
        [E(AG, None, PL("إدلب", "Idlib", "Idlib"), None, None, None,
           note="the truce taking effect and the deal reached are one agreement (Moscow is the dateline and the "
                "seat of talks); the night spans two days: gold leaves the date open; calm is a state")])

passage("cs45", "2025-03-10", "SANA (new)", "«وقّع … اتفاقاً يقضي» at the presidency, 2025",
        "وقّع الرئيس أحمد الشرع وقائد قوات سوريا الديمقراطية مظلوم عبدي اليوم الاثنين في دمشق اتفاقاً يقضي "
        "بدمج المؤسسات المدنية والعسكرية في شمال شرقي سوريا ضمن إدارة الدولة، بحسب ما أعلنت الرئاسة السورية.",
        [E(AG, None, PL("دمشق", "Damascus", "Damascus"), "2025-03-10", "الرئاسة السورية", None,
           note="signed in Damascus; the north-east is the deal's scope; the merger is a term, a future")])

passage("cs46", "2016-12-22", "Al-Akhbar", "passive «تم الاتفاق على» with no subject",
        "قال مصدر مطلع على المفاوضات إنه تم الاتفاق أمس الأربعاء على هدنة مدتها 48 ساعة في بلدتي الزبداني "
        "ومضايا، تتيح إدخال المساعدات وإجلاء الجرحى.",
        [E(AG, None, PL("الزبداني", "Al-Zabadani", "Rif Dimashq"), "2016-12-21", "مصدر مطلع على المفاوضات", None,
           note="48 hours is a duration; two towns, one truce (gold the first); aid and evacuation are terms")])

passage("cs47", "2018-08-16", "Enab Baladi", "«أبرمت … تسوية» (a settlement concluded in a town)",
        "أبرمت لجنة المصالحة في ريف دمشق تسوية مع وجهاء بلدة كناكر اليوم الخميس، تقضي بتسليم السلاح الخفيف "
        "وتسوية أوضاع المطلوبين، بحسب ما نقلت عنب بلدي عن عضو في اللجنة.",
        [E(AG, None, PL("كناكر", "Kanaker", "Rif Dimashq"), "2018-08-16", "عضو في اللجنة", None,
           note="the handing of arms and the settling of status are terms, not events yet")])

passage("cs48", "2022-06-20", "North Press", "a calm agreed: «التوصل إلى تهدئة» after fighting between factions",
        "أعلن وجهاء عشائريون في مدينة الباب مساء اليوم الاثنين التوصل إلى تهدئة بين فصيلي الحمزات والجبهة "
        "الشامية، عقب اشتباكات أوقعت قتيلاً في صفوف المدنيين صباحاً.",
        [E(AG, None, PL("الباب", "Al-Bab", "Aleppo"), "2022-06-20", "وجهاء عشائريون", None,
           note="the calm agreed …"),
         E("armed_clash", None, PL("الباب", "Al-Bab", "Aleppo"), "2022-06-20", "وجهاء عشائريون", SNA,
           note="… and the morning's clash between two SNA factions (one civilian killed, a singular: no "
                "figure); told in the same sentence by the same notables")])

passage("cs49", "2023-04-11", "Syria TV", "a prisoner exchange carried out (type other, as the README codes it)",
        "جرت اليوم الثلاثاء عملية تبادل أسرى بين هيئة تحرير الشام وقوات النظام عند معبر الترنبة قرب سراقب، "
        "أفرجت بموجبها الهيئة عن أربعة عناصر مقابل إطلاق سراح ستة من مقاتليها.",
        [E("other", Q("أربعة", 4), PL("الترنبة", "Al-Tarnaba", "Idlib"), "2023-04-11", None, None,
           note="MENDED stop 30 (conventions): an exchange's figure is the number it freed as the text first numbers them (README stop 30; news_dev n069, sets 5 u02 and 21 f35 give a figure, none leaves it out; was: no figure); an exchange carried out is `other` (news_dev README); the four freed first are its figure")])

# ---------------------------------------------------------------------------------------------- statement
passage("cs50", "2019-08-21", "Jisr TV", "a body holds another responsible: «حمّلت … المسؤولية» in a statement",
        "حمّلت الحكومة السورية المؤقتة في بيان اليوم الأربعاء روسيا المسؤولية الكاملة عن التصعيد في ريف إدلب "
        "الجنوبي، وطالبت مجلس الأمن بعقد جلسة طارئة لحماية المدنيين.",
        [E(ST, None, None, "2019-08-21", "الحكومة السورية المؤقتة", None,
           note="a stance and a demand in one statement; the escalation is a state, not an incident")])

passage("cs51", "2025-03-10", "Enab Baladi", "«رحّبت … بـ» (a welcome), an office and a deal",
        "رحّبت وزارة الخارجية الأردنية اليوم الاثنين بالاتفاق الموقع بين الحكومة السورية وقوات سوريا "
        "الديمقراطية، ووصفته بأنه خطوة مهمة نحو وحدة سوريا واستقرارها.",
        [E(ST, None, None, "2025-03-10", "وزارة الخارجية الأردنية", None,
           note="a welcome is a stance (statement); the deal itself is told elsewhere (here undated reference)")])

passage("cs52", "2014-08-24", "Al-Quds Al-Arabi", "«ناشد … في نداء» (an appeal by a council)",
        "ناشد المجلس المحلي لمدينة دير الزور في نداء وجهه اليوم الأحد المنظمات الدولية التدخل لإيصال "
        "المساعدات الغذائية إلى الأحياء المحاصرة، محذراً من كارثة إنسانية وشيكة.",
        [E(ST, None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2014-08-24", "المجلس المحلي لمدينة دير الزور",
           None,
           note="an appeal is a statement; the siege is a state; the catastrophe a warning of a future")])

passage("cs53", "2012-11-18", "Al Jazeera", "a refusal announced: «أعلنت … رفضها» by armed groups",
        "أعلنت 13 كتيبة مقاتلة في مدينة حلب اليوم الأحد رفضها الائتلاف الوطني المعارض الذي تشكل في الدوحة، "
        "ودعت في شريط مصور إلى إقامة دولة إسلامية.",
        [E(ST, None, PL("حلب", "Aleppo", "Aleppo"), "2012-11-18", None, None,
           note="13 is the number of groups, not the statement's figure (gold: no figure); Doha is where the "
                "coalition formed")])

passage("cs54", "2024-12-01", "Syria TV", "«أعلن … النفير العام» by a council",
        "أعلن المجلس العسكري في مدينة السويداء اليوم الأحد النفير العام في صفوف الفصائل المحلية، ودعا "
        "الشبان إلى الالتحاق بنقاط التجمع في مدينة شهبا.",
        [E(ST, None, PL("السويداء", "Sweida", "As-Suwayda"), "2024-12-01", "المجلس العسكري", None,
           note="a mobilisation declared (a statement); Shahba is where they are called to gather (a future)")])

# ---------------------------------------------------------------------------------------------- sanction
passage("cs55", "2020-06-17", "Al-Hurra", "«أدرجت … على لائحة العقوبات» (the list named «لائحة»)",
        "أدرجت وزارة الخزانة الأميركية اليوم الأربعاء 39 شخصاً وكياناً على لائحة العقوبات بموجب قانون قيصر، "
        "بينهم أسماء الأسد وعدد من قادة الفرقة الرابعة.",
        [E(SN, Q("39", 39), None, "2020-06-17", "وزارة الخزانة الأميركية", None,
           note="the Fourth Division is a unit; those listed are the figure")])

passage("cs56", "2016-11-14", "Sky News Arabia", "«جمّد الاتحاد الأوروبي أصول» (an asset freeze) with «وسّع عقوباته»",
        "وسّع الاتحاد الأوروبي عقوباته على سوريا اليوم الاثنين، فجمّد أصول 17 وزيراً في الحكومة السورية "
        "ومنعهم من السفر إلى دوله، بحسب بيان صادر عن مجلس الاتحاد في بروكسل.",
        [E(SN, Q("17", 17), None, "2016-11-14", "مجلس الاتحاد", None,
           note="one decision told twice (widened, frozen); Brussels is where the statement came from")])

passage("cs57", "2025-05-02", "Al-Araby Al-Jadeed", "a lifting: «رفع … العقوبات» (a sanction decision, e35)",
        "قرر الاتحاد الأوروبي اليوم الجمعة رفع العقوبات الاقتصادية المفروضة على المصرف التجاري السوري وعدد من "
        "شركات الطيران، في خطوة قال إنها تهدف إلى دعم التعافي الاقتصادي في البلاد.",
        [E(SN, None, None, "2025-05-02", "الاتحاد الأوروبي", None,
           note="a lifting is a sanction decision (set 20's e35); 'a number of companies' is no figure; the aim "
                "is a claim")])

passage("cs58", "2023-04-11", "Enab Baladi", "«طالت العقوبات» with a figure, UK and US together",
        "طالت العقوبات البريطانية والأمريكية الجديدة، التي أعلنت أمس الاثنين، 11 شخصاً بينهم أقارب لرئيس "
        "النظام، بتهمة التورط في تصنيع حبوب الكبتاغون وتهريبها.",
        [E(SN, Q("11", 11), None, "2023-04-10", None, None,
           note="relatives are a breakdown; the charge is the reason")])

# ---------------------------------------------------------------------------------------------- negatives
passage("cs59", "2018-03-18", "Al Jazeera", "NEG: a map of control (states, percentages, 'areas under')",
        "تظهر خريطة السيطرة الحالية أن قوات النظام تسيطر على نحو 60 في المئة من مساحة سوريا، بينما تسيطر "
        "الوحدات الكردية على نحو ربع البلاد، وتتوزع المناطق الخاضعة لسيطرة الفصائل بين إدلب وريف حلب الشمالي ودرعا.",
        [])

passage("cs60", "2019-05-09", "Asharq Al-Awsat", "NEG: an aim to take a town and preparations told as a plan",
        "تسعى قوات النظام إلى السيطرة على بلدة كفرنبودة في ريف حماة الشمالي، وتقول مصادر عسكرية إنها تستعد "
        "لشن هجوم واسع خلال الأيام المقبلة بهدف الوصول إلى طريق حلب-اللاذقية الدولي.",
        [])

passage("cs61", "2016-12-22", "Enab Baladi", "NEG: a commander's boast and threat (futures, not events)",
        "توعد قائد غرفة العمليات في تسجيل صوتي بتحرير الأحياء الشرقية كاملة خلال أيام، مؤكداً أن مقاتليه "
        "سيدخلون مواقع النظام في حي الحمدانية قريباً، وأن المعركة لن تتوقف حتى طرد الميليشيات من المدينة.",
        [E("statement", None, PL("الحمدانية", "al-Hamdaniyah", "Aleppo"), None, 'قائد غرفة العمليات', None, note="MENDED stop 32 (conventions): a commander's threat is a statement (stop 32), at the one place it names")])

passage("cs62", "2022-06-20", "Syria TV", "NEG: a penal code amended (the law, not a sanction)",
        "أصدر رئيس النظام قانوناً يعدّل عدداً من مواد قانون العقوبات العام، ويقضي بمعاقبة كل من ينشر أخباراً "
        "تنال من هيبة الدولة بالسجن ستة أشهر وبغرامة مالية.",
        [])

passage("cs63", "2015-10-09", "Tasnim", "NEG: a denial of a taking (the place is still held)",
        "نفى مصدر عسكري ما تناقلته صفحات المعارضة عن سيطرة المسلحين على قرية الصواغية قرب الفوعة، مؤكداً أن "
        "القرية لا تزال تحت سيطرة اللجان الشعبية وأن الأنباء المتداولة عارية عن الصحة.",
        [E("statement", None, PL("الصواغية", "al-Sawaghiyah", "Idlib"), None, 'مصدر عسكري', GOV, note="MENDED stop 32 (conventions): a denial that is the item's news is a statement (stop 32), at the place it concerns")])

passage("cs64", "2025-10-07", "Al-Modon", "NEG: history recalled in a profile (no current event, no day)",
        "تعد مدينة الرستن من أولى المدن التي خرجت عن سيطرة النظام عام 2012، وبقيت في يد الفصائل حتى دخلها "
        "الجيش بموجب اتفاق التسوية عام 2018، وما زالت أحياؤها الشرقية تعاني من دمار واسع.",
        [])

passage("cs65", "2021-09-08", "Al-Souria Net", "NEG: a proposed deal under negotiation (terms, futures)",
        "تتواصل المفاوضات بين اللجنة المركزية وضباط روس للتوصل إلى اتفاق جديد في درعا البلد، وينص المقترح "
        "الروسي على دخول الشرطة العسكرية وتسليم السلاح الخفيف مقابل فك الحصار عن الحي.",
        [])

passage("cs66", "2019-12-01", "Enab Baladi", "NEG: sanctions as a state and a call by economists",
        "يرى اقتصاديون أن العقوبات المفروضة على سوريا منذ عام 2011 فاقمت أزمة المحروقات، ويطالبون بتخفيفها "
        "عن القطاعات الخدمية كي لا يدفع المدنيون ثمنها.",
        [])

passage("cs67", "2020-02-10", "Halab Today", "NEG: the de-escalation zone named, a population state",
        "يعيش في منطقة خفض التصعيد شمال غربي سوريا أكثر من أربعة ملايين شخص، نصفهم من النازحين، وفق تقديرات "
        "الأمم المتحدة، في ظل انتشار نقاط المراقبة التركية على أطراف المنطقة منذ عام 2018.",
        [])

passage("cs68", "2024-11-29", "Asharq Al-Awsat", "NEG: expected reinforcements (a future) and an analyst's comparison",
        "من المتوقع أن تصل تعزيزات من الفرقة الخامسة والعشرين إلى ريف حلب الغربي خلال الساعات المقبلة، فيما "
        "رأى محللون أن الهجوم الحالي يذكر بسيطرة الفصائل على مدينة إدلب عام 2015.",
        [])

passage("cs69", "2017-10-17", "Orient", "NEG: a patrol that entered, searched and left (a raid without arrests)",
        "دخلت دورية تابعة للأمن العسكري حي الوعر في حمص صباح اليوم الثلاثاء، وفتشت عدداً من المنازل ثم انسحبت "
        "دون أن تعتقل أحداً، بحسب ناشطين من الحي.",
        [])

passage("cs70", "2025-07-17", "Suwayda 24", "NEG: a threat by a force (told as such) and a warning",
        "هدد قيادي في فصيل محلي باقتحام مواقع العشائر في ريف السويداء الغربي إذا لم يتم الإفراج عن المخطوفين "
        "خلال يومين، فيما حذر ناشطون من انزلاق المنطقة إلى مواجهة مفتوحة.",
        [E("statement", None, PL("ريف السويداء الغربي", "Western Suwayda countryside", "As-Suwayda"), None, 'قيادي في فصيل محلي', None, note="MENDED stop 32 (conventions): a faction leader's threat is a statement (stop 32), at the area it concerns; the activists' warning is no body's")])

passage("cs71", "2013-03-04", "Al-Hayat", "NEG: a town described as 'under the control of' (a state) in a displacement story",
        "يعاني آلاف السكان في مدينة الرقة التي باتت خاضعة لسيطرة كتائب المعارضة منذ أسابيع من نقص الخبز "
        "والوقود، بينما تنتظر عشرات العائلات على الحدود التركية السماح لها بالعبور.",
        [])

passage("cs72", "2020-03-06", "Zaman al-Wasl", "NEG: a field commander's boast of holding ground (a state)",
        "قال قائد ميداني في الفصائل إن مقاتليه يسيطرون على كامل الخطوط الأمامية في جبل الأكراد، وإن قوات "
        "النظام عاجزة عن التقدم متراً واحداً منذ أشهر رغم القصف المتواصل.",
        [])

passage("cs73", "2019-08-21", "Al-Araby Al-Jadeed", "NEG: an old agreement recalled with its year (terms never applied)",
        "وكان اتفاق سوتشي الموقع بين روسيا وتركيا عام 2018 قد نص على إقامة منطقة منزوعة السلاح بعمق يتراوح بين "
        "15 و20 كيلومتراً حول إدلب، وهو ما لم يطبق على الأرض حتى اليوم.",
        [])


def main() -> None:
    write("gold31.jsonl", P31)


if __name__ == "__main__":
    main()
