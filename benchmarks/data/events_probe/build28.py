"""Build gold28.jsonl: coverage set 28 (ids cv01…), written in stop 28 by helper violence BEFORE any run on it.

A coverage set, not a held-out set: its passages carry the COMMON wordings of killings and fighting that real
Arabic reporting on Syria 2011-2025 uses (read in the search tool's `pages` corpus: SOHR, Enab Baladi, Syria TV,
SANA old and new, Step, Daraa 24, Suwayda 24, Deir ez-Zor 24, North Press, Hawar, the Horan Free League, Baladi
News, Halab Today …), one pattern per passage in a varied inflection, and the non-events that share their words
(a battle only expected, a threat to kill, a killing recalled from years ago, a whole war's toll, who the dead
were, «قتال» as an aim, habits). Every sentence was written anew; people, figures and dates are invented; places
are real. Gold as an ACLED coder would code it, in the conventions of news_dev's README and the events_probe
README: a killing by unknown gunmen is an assassination (armed_clash, its dead the figure); a death by a force's
fire, an execution, a death under torture are casualties; bodies found are `other`; an attack on a checkpoint and
a repelled attack or infiltration are armed clashes.

    python benchmarks/data/events_probe/build28.py      # rewrites gold28.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, Q, RUS, SDF, SNA, TRIBES, TUR, UNID, E,  # noqa: E402,F401
                   write)

P28: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P28.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


# ---------------------------------------------------------------- killings by gunmen (assassinations)

passage("cv01", "2021-02-23", "Daraa 24", "passive «قُتل» + «برصاص مسلحين مجهولين»",
        "قُتل شاب من أبناء بلدة المسيفرة، مساء أمس الاثنين، برصاص مسلحين مجهولين أطلقوا النار عليه أثناء "
        "عودته إلى منزله في البلدة بريف درعا الشرقي، بحسب ما أفاد به مراسل درعا 24.",
        [E("armed_clash", None, PL("المسيفرة", "Al-Musayfirah", "Daraa"), "2021-02-22", "مراسل درعا 24", UNID,
           note="an assassination by unknown gunmen: an armed clash (convention of sets 4, 6, 7); one man, no numeral")])

passage("cv02", "2022-04-11", "SOHR", "number word subject + verbal noun «استهدافهم بإطلاق نار»",
        "المرصد السوري لحقوق الإنسان: قُتل ثلاثة عناصر من قوات النظام، اليوم الاثنين، إثر استهدافهم بإطلاق نار "
        "مباشر من قبل مجهولين على الطريق الواصل بين بلدتي اليادودة والمزيريب في ريف درعا الغربي.",
        [E("armed_clash", Q("ثلاثة", 3), PL("اليادودة", "Al-Yadudah", "Daraa"), "2022-04-11",
           "المرصد السوري لحقوق الإنسان", UNID,
           note="verbal noun «استهدافهم بإطلاق نار» by unknown men; a road between two villages: the first")])

passage("cv03", "2023-06-20", "Deir ez-Zor 24", "«أقدم مجهولون على إطلاق النار … ما أدى إلى مقتله»",
        "أقدم مسلحون مجهولون يستقلون دراجة نارية على إطلاق النار على عنصر من قوات سوريا الديمقراطية في بلدة "
        "الشحيل بريف دير الزور الشرقي، فجر اليوم الثلاثاء، ما أدى إلى مقتله على الفور، وفق ما أفادت به شبكة دير الزور 24.",
        [E("armed_clash", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2023-06-20", "شبكة دير الزور 24", UNID,
           note="«أقدموا على إطلاق النار»: the fire is the act; the death is its")])

passage("cv04", "2020-08-17", "Horan Free League", "feminine subject «اغتالت مجموعة مسلحة»",
        "اغتالت مجموعة مسلحة مجهولة، صباح اليوم الاثنين، قيادياً سابقاً في فصائل المعارضة كان قد أجرى تسوية مع "
        "النظام، وذلك أمام منزله في مدينة طفس غربي درعا، بحسب تجمع أحرار حوران.",
        [E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), "2020-08-17", "تجمع أحرار حوران", UNID,
           note="an assassination with no weapon told: an armed clash; the settlement is who he was")])

passage("cv05", "2025-05-21", "Syria TV", "«لقي مصرعه» + «بطلق ناري» + dative source",
        "لقي مختار قرية الصورة الكبيرة مصرعه، ليل أمس الثلاثاء، بطلق ناري أطلقه مجهولون من سيارة مسرعة في ريف "
        "السويداء الشمالي، وقال مصدر محلي لموقع تلفزيون سوريا إن الجناة لاذوا بالفرار.",
        [E("armed_clash", None, PL("الصورة الكبيرة", "As-Sawra al-Kabira", "As-Suwayda"), "2025-05-20", "مصدر محلي",
           UNID, note="a killing by unknown men's shot: an assassination")])

passage("cv06", "2019-05-06", "Enab Baladi", "«تعرض لإطلاق نار» + «أدى لمقتله» + name apposition",
        "تعرض رئيس المجلس البلدي في بلدة صيدا، فراس الحمدان، لإطلاق نار من قبل مجهولين وسط البلدة، أمس الأحد، "
        "أدى لمقتله متأثراً بجراحه بعد نقله إلى مستشفى درعا الوطني، بحسب ما قاله مصدر طبي لعنب بلدي.",
        [E("armed_clash", None, PL("صيدا", "Saida", "Daraa"), "2019-05-05", "مصدر طبي", UNID,
           note="«تعرض لإطلاق نار»: the passive of an attack; the hospital is where he died, not the place")])

passage("cv07", "2024-03-27", "SOHR", "«استُهدف بالرصاص» passive dual, one killed one wounded",
        "محافظة درعا: استُهدف شابان بالرصاص المباشر من قبل مسلحين مجهولين في بلدة الغارية الغربية بريف درعا "
        "الشرقي، اليوم الأربعاء، ما أسفر عن مقتل أحدهما وإصابة الآخر بجروح خطيرة، وفقاً لنشطاء المرصد السوري.",
        [E("armed_clash", None, PL("الغارية الغربية", "Al-Ghariyah al-Gharbiyah", "Daraa"), "2024-03-27",
           "نشطاء المرصد السوري", UNID, note="passive «استُهدف … بالرصاص» by unknown men: one act")])

passage("cv08", "2018-10-25", "North Press", "«فقد حياته» + «برصاص» + Kurdish-area outlet",
        "الحسكة – نورث برس\nفقد عنصر في قوى الأمن الداخلي (الأسايش) حياته، اليوم الخميس، برصاص مسلحين ملثمين "
        "هاجموا نقطة تفتيش عند مدخل بلدة تل حميس جنوب شرقي القامشلي، فيما أصيب عنصر آخر.",
        [E("armed_clash", None, PL("تل حميس", "Tal Hamis", "Al-Hasakah"), "2018-10-25", None, UNID,
           note="an attack on a checkpoint by masked gunmen; dateline Hasakah is the outlet's")])

passage("cv09", "2025-08-29", "Suwayda 24", "«عُثر على جثة … مقتولاً» + kidnap the day before",
        "عُثر صباح اليوم الجمعة على جثة شاب من أهالي بلدة عريقة مقتولاً بعدة طلقات نارية على طريق ترابي غربي "
        "البلدة، بعد يوم من اختطافه على يد مجموعة مسلحة، بحسب ما أفادت به شبكة السويداء 24.",
        [E("other", None, PL("عريقة", "Ariqa", "As-Suwayda"), "2025-08-29", "شبكة السويداء 24", None,
           note="a body found (as p11, s46, w37): other; the kidnapping the day before is part of the story, "
                "no event of its own for this coder (judgement)")])

passage("cv10", "2016-07-19", "Halab Today", "«عثر أهالي على جثث» plural + bound hands",
        "عثر أهالي قرية تل رفعت في ريف حلب الشمالي، أمس الاثنين، على جثث أربعة رجال مكبلي الأيدي ومقتولين "
        "بالرصاص في أرض زراعية على أطراف القرية، وقال مراسل حلب اليوم إن هوياتهم ما زالت مجهولة.",
        [E("other", Q("أربعة", 4), PL("تل رفعت", "Tell Rifaat", "Aleppo"), "2016-07-18", "مراسل حلب اليوم", None,
           note="bodies found: other")])

passage("cv11", "2023-10-09", "Baladi News", "«أقدموا على اغتيال» + verbal noun",
        "أفادت مصادر محلية بأن مجهولين أقدموا على اغتيال عنصرين سابقين في الفيلق الخامس، أمس الأحد، بإطلاق "
        "الرصاص عليهما قرب دوار البلدة في مدينة بصرى الشام بريف درعا الشرقي.",
        [E("armed_clash", None, PL("بصرى الشام", "Bosra", "Daraa"), "2023-10-08", "مصادر محلية", UNID,
           note="two men in the dual with no numeral: no figure (news_dev README)")])

passage("cv12", "2021-09-30", "Step", "«بطلقات نارية» + «فارق الحياة»",
        "فارق شاب في العشرينات من عمره الحياة بعد إصابته بطلقات نارية أطلقها عليه مسلحون مجهولون في مدينة "
        "الباب شرقي حلب مساء أمس الأربعاء، بحسب ما قاله مراسل وكالة ستيب الإخبارية.",
        [E("armed_clash", None, PL("الباب", "Al-Bab", "Aleppo"), "2021-09-29", "مراسل وكالة ستيب الإخبارية", UNID,
           note="«فارق الحياة» a death; gunfire by unknown men: an assassination")])

passage("cv13", "2022-12-02", "Enab Baladi", "object pronoun «قتلوه» after kidnapping",
        "قال أحد أقارب الطبيب سامر العودة لعنب بلدي إن مسلحين خطفوه من عيادته في مدينة جاسم شمالي درعا، أمس الخميس، ثم "
        "قتلوه ورموا جثته قرب مفرق البلدة.",
        [E("armed_clash", None, PL("جاسم", "Jasim", "Daraa"), "2022-12-01", "أحد أقارب الطبيب سامر العودة", UNID,
           note="a kidnapping-and-killing by gunmen: one act (an assassination)")])

passage("cv14", "2025-03-08", "SANA (new)", "«ارتقى شهيداً» + «إثر هجوم» on a post by loyalists",
        "اللاذقية-سانا\nارتقى عنصران من الأمن العام شهيدين وأصيب ثلاثة آخرون إثر هجوم شنته مجموعات من فلول "
        "النظام البائد على نقطة أمنية في بلدة القرداحة بريف اللاذقية فجر اليوم.",
        [E("armed_clash", None, PL("القرداحة", "Qardaha", "Latakia"), "2025-03-08", None, LOYAL,
           note="an attack on a post: an armed clash; the two dead are dual with a dual adjective (no numeral); "
                "«ارتقى شهيداً» is the new authorities' word for their dead")])

# ---------------------------------------------------------------- deaths by a force's fire, executions, torture

passage("cv15", "2012-06-14", "Al Jazeera", "sniper: «برصاص قناص» of regime forces",
        "قال ناشطون سوريون للجزيرة إن طفلاً في العاشرة من عمره قُتل برصاص قناص تابع لقوات النظام في حي "
        "الخالدية بمدينة حمص اليوم الخميس، فيما أصيب خمسة مدنيين برصاص عناصر حاجز في حي البياضة المجاور.",
        [E("casualties", None, PL("الخالدية", "Al-Khalidiyah", "Homs"), "2012-06-14", "ناشطون سوريون", GOV,
           note="a death by a force's sniper: casualties (by_gunmen: a force's fire stays a death)"),
         E("casualties", None, PL("البياضة", "Al-Bayyadah", "Homs"), "2012-06-14", "ناشطون سوريون", GOV,
           note="MENDED stop 30 (conventions): the injured are never the figure (README stop 30: the contract's count holds no wounded, injuries have their own field; sets 1-21 give no figure 9 times against 1; was: the wounded as the figure); injured by a checkpoint's fire in another district: a second incident")])

passage("cv16", "2015-11-08", "SNHR", "torture: «قضى تحت التعذيب» + running total",
        "قالت الشبكة السورية لحقوق الإنسان إن معتقلاً من أبناء مدينة داريا قضى تحت التعذيب في أحد الأفرع الأمنية "
        "بدمشق، بعد نحو ثلاث سنوات من اعتقاله على حاجز في المدينة، وأُبلغت عائلته بوفاته أمس السبت.",
        [E("casualties", None, PL("دمشق", "Damascus", "Damascus"), None, "الشبكة السورية لحقوق الإنسان", GOV,
           note="a death under torture: casualties at the branch's city (Daraya is where he was from and where "
                "he was arrested years ago); the family's notice is not the day of the death")])

passage("cv17", "2024-07-04", "SOHR", "torture: plural «استشهد … تحت وطأة التعذيب»",
        "المرصد السوري لحقوق الإنسان: استشهد ثلاثة معتقلين من أبناء ريف حمص الشمالي تحت وطأة التعذيب في سجن "
        "صيدنايا العسكري، وسلمت الأجهزة الأمنية ذويهم بطاقاتهم الشخصية اليوم الخميس.",
        [E("casualties", Q("ثلاثة", 3), PL("صيدنايا", "Saydnaya", "Rif Dimashq"), None,
           "المرصد السوري لحقوق الإنسان", GOV,
           note="torture deaths in the prison (place: Saydnaya); the day of the handover is not the death's")])

passage("cv18", "2014-09-10", "Raqqa Is Being Slaughtered Silently", "execution «أعدم التنظيم» + verbal noun",
        "أعدم تنظيم «الدولة الإسلامية»، صباح اليوم الأربعاء، خمسة شبان رمياً بالرصاص في ساحة الساعة وسط مدينة "
        "الرقة بتهمة «الردة»، وأجبر عناصره المارة على مشاهدة الإعدام، وفق حملة «الرقة تذبح بصمت».",
        [E("casualties", Q("خمسة", 5), PL("الرقة", "Raqqa", "Raqqa"), "2014-09-10", "حملة «الرقة تذبح بصمت»", IS,
           note="an execution: casualties (as sets 1, 5, 9); the square is a facility: gold the city")])

passage("cv19", "2025-01-14", "Syria TV", "execution of prisoners «تصفية» / «أعدموا ميدانياً»",
        "وثقت مصادر حقوقية تصفية سبعة أسرى ميدانياً على يد عناصر من فصيل مسلح في قرية الجعفرية بريف حمص الغربي، "
        "أمس الاثنين، بعد أسرهم خلال مداهمة للقرية، بحسب ما قاله ناشط لموقع تلفزيون سوريا.",
        [E("casualties", Q("سبعة", 7), PL("الجعفرية", "Al-Jaafariyah", "Homs"), "2025-01-13", "ناشط", UNID,
           note="«تصفية» of captives: an execution (casualties); the raid that took them is the same incident "
                "(judgement)")])

passage("cv20", "2013-09-03", "LCC", "force fire on a village: «قتلوا برصاص قوات الأمن»",
        "قالت لجان التنسيق المحلية إن أربعة مدنيين قُتلوا برصاص قوات الأمن والشبيحة خلال حملة دهم في بلدة "
        "الحراك بريف درعا، اليوم الثلاثاء، بينهم امرأة، فيما اعتُقل عشرات الشبان.",
        [E("casualties", Q("أربعة", 4), PL("الحراك", "Al-Harak", "Daraa"), "2013-09-03", "لجان التنسيق المحلية", GOV,
           note="deaths by a force's fire during a raid: casualties; the arrests are a second act"),
         E("arrest", Q("عشرات", 20, 90, True), PL("الحراك", "Al-Harak", "Daraa"), "2013-09-03",
           "لجان التنسيق المحلية", GOV)])

# ---------------------------------------------------------------- clashes

passage("cv21", "2019-12-01", "SOHR", "«اندلعت اشتباكات عنيفة بين … على محور»",
        "رصد المرصد السوري لحقوق الإنسان، فجر اليوم الأحد، اندلاع اشتباكات عنيفة بين الفصائل وهيئة تحرير الشام "
        "من جهة، وقوات النظام من جهة أخرى، على محور بلدة كفرنبودة في ريف حماة الشمالي الغربي، ما أدى إلى مقتل "
        "ستة عناصر من قوات النظام.",
        [E("armed_clash", Q("ستة", 6), PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2019-12-01",
           "المرصد السوري لحقوق الإنسان", None, note="two sides, no actor1")])

passage("cv22", "2020-03-15", "Step", "«دارت مواجهات» + «أسفرت عن» feminine",
        "دارت مواجهات بالأسلحة الخفيفة والمتوسطة بين فصيلين من الجيش الوطني السوري في مدينة عفرين ليل أمس "
        "السبت، على خلفية خلاف على مقر، وأسفرت عن مقتل عنصرين وإصابة خمسة آخرين، بحسب مراسل وكالة ستيب.",
        [E("armed_clash", None, PL("عفرين", "Afrin", "Aleppo"), "2020-03-14", "مراسل وكالة ستيب", SNA,
           note="infighting; two dead in the dual (no numeral)")])

passage("cv23", "2025-07-16", "Suwayda 24", "«تجددت الاشتباكات» + list of villages",
        "تجددت الاشتباكات، صباح اليوم الأربعاء، بين مسلحين من أبناء العشائر ومجموعات محلية درزية في قريتي "
        "الدويرة والطيرة بريف السويداء الغربي، وسط حالة نزوح للأهالي، وفق ما نقلته شبكة السويداء 24.",
        [E("armed_clash", None, PL("الدويرة", "Ad-Duwayrah", "As-Suwayda"), "2025-07-16", "شبكة السويداء 24", None,
           note="one clash told over two villages: a group scored at the first")])

passage("cv24", "2017-03-12", "Al-Watan", "pro-government «خاضت وحدات الجيش معارك»",
        "خاضت وحدات من الجيش العربي السوري معارك ضارية ضد إرهابيي «جبهة النصرة» في حي جوبر شرقي دمشق أمس، "
        "وأوقعت في صفوفهم أكثر من 30 قتيلاً، وفق ما ذكره مصدر ميداني لـ«الوطن».",
        [E("armed_clash", Q("أكثر من 30", 30, None, True), PL("جوبر", "Jobar", "Damascus"), "2017-03-11",
           "مصدر ميداني", GOV, note="«خاض معارك»; the dead are the clash's")])

passage("cv25", "2024-11-30", "Al Jazeera", "verbal noun «المعارك الدائرة» + toll",
        "ارتفعت حصيلة قتلى المعارك الدائرة بين فصائل المعارضة وقوات النظام في ريف حلب الغربي منذ صباح الأربعاء "
        "إلى 277 قتيلاً من الطرفين، بحسب المرصد السوري لحقوق الإنسان.",
        [E("armed_clash", Q("277", 277), PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="a battle's toll since Wednesday: an aggregate of the clash (as probe sets code battle tolls)")])

passage("cv26", "2023-02-16", "Hawar", "«اشتبكت قوات» feminine verb + «مرتزقة»",
        "اشتبكت قوات مجلس منبج العسكري، مساء أمس الأربعاء، مع مرتزقة الاحتلال التركي الذين حاولوا التسلل إلى "
        "قرية عون الدادات شمال منبج، وأجبرتهم على التراجع، بحسب ما أفاد به مراسل وكالة هاوار.",
        [E("armed_clash", None, PL("عون الدادات", "Aoun al-Dadat", "Aleppo"), "2023-02-15",
           "مراسل وكالة هاوار", SNA, note="an infiltration repelled; the infiltrator is actor1 (as b19, e18)")])

passage("cv27", "2016-12-22", "AFP", "«معارك عنيفة» in AFP telling",
        "قال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن لوكالة فرانس برس إن معارك عنيفة تدور منذ فجر الخميس "
        "بين تنظيم الدولة الإسلامية وقوات النظام في محيط مطار التيفور العسكري شرق حمص، قتل فيها 19 عنصراً من "
        "الطرفين.",
        [E("armed_clash", Q("19", 19), PL("مطار التيفور", "T4 airbase", "Homs"), "2016-12-22", "رامي عبد الرحمن",
           None, note="«محيط مطار التيفور»: the base is the place; the director speaks")])

passage("cv28", "2018-01-29", "Orient", "«هجوم معاكس» verbal noun",
        "شنت فصائل المعارضة، اليوم الاثنين، هجوماً معاكساً على مواقع ميليشيات النظام في بلدة أبو الظهور بريف "
        "إدلب الجنوبي الشرقي، وتمكنت من قتل 11 عنصراً وأسر اثنين، بحسب ما أفاد مراسل أورينت نت.",
        [E("armed_clash", Q("11", 11), PL("أبو الظهور", "Abu al-Duhur", "Idlib"), "2018-01-29", "مراسل أورينت نت", FSA,
           note="a counter-attack: an armed clash; the captives are dual (no figure)")])

passage("cv29", "2021-09-30", "Enab Baladi", "clash between the army and locals «مواجهات مسلحة»",
        "اندلعت مواجهات مسلحة بين مجموعات محلية وقوات الفرقة الرابعة في حي درعا البلد، صباح الخميس، بعد محاولة "
        "الأخيرة اقتحام الحي، وقُتل خلالها أربعة عناصر من الفرقة، بحسب مراسل عنب بلدي في درعا.",
        [E("armed_clash", Q("أربعة", 4), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-30",
           "مراسل عنب بلدي", None, note="the deaths in the next clause are the clash's («خلالها»)")])

# ---------------------------------------------------------------- attacks on checkpoints and posts

passage("cv30", "2022-04-11", "SOHR", "«هاجم مسلحون حاجزاً» + «ما أسفر عن»",
        "هاجم مسلحون مجهولون، بعد منتصف ليل الأحد – الاثنين، حاجزاً لفرع الأمن العسكري عند مدخل بلدة الصنمين "
        "شمالي درعا، ما أسفر عن مقتل ثلاثة من عناصر الحاجز وإصابة اثنين، بحسب المرصد السوري لحقوق الإنسان.",
        [E("armed_clash", Q("ثلاثة", 3), PL("الصنمين", "As-Sanamayn", "Daraa"), "2022-04-11",
           "المرصد السوري لحقوق الإنسان", UNID, note="an attack on a checkpoint: an armed clash")])

passage("cv31", "2023-06-20", "Halab Today", "passive «تعرض حاجز لهجوم مسلح»",
        "تعرض حاجز لهيئة تحرير الشام قرب بلدة سرمدا شمالي إدلب لهجوم مسلح ليل أمس الاثنين، قُتل فيه عنصر من "
        "الهيئة وأصيب آخران، ولاذ المهاجمون بالفرار، بحسب مراسل حلب اليوم.",
        [E("armed_clash", None, PL("سرمدا", "Sarmada", "Idlib"), "2023-06-19", "مراسل حلب اليوم", UNID,
           note="the checkpoint attacked (passive construction): the attackers are unknown")])

passage("cv32", "2025-10-04", "SANA (new)", "«هجوم إرهابي» on a patrol, «استشهد» plural",
        "دير الزور-سانا\nاستشهد أربعة من عناصر وزارة الدفاع وأصيب اثنان بهجوم إرهابي نفذته خلية تابعة لتنظيم داعش "
        "على دورية عسكرية قرب مدينة الميادين بريف دير الزور الشرقي مساء أمس.",
        [E("armed_clash", Q("أربعة", 4), PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2025-10-03", None, IS,
           note="an attack on a patrol by an IS cell (gunfire implied): an armed clash, its dead the figure")])

passage("cv33", "2020-08-17", "Deir ez-Zor 24", "«هجوم لخلايا التنظيم على نقطة» verbal noun with lām",
        "قُتل خمسة جنود من قوات النظام والميليشيات الإيرانية، اليوم الاثنين، بهجوم لخلايا تنظيم داعش على نقطة "
        "عسكرية في بادية الشولا جنوب غرب دير الزور، بحسب شبكة دير الزور 24.",
        [E("armed_clash", Q("خمسة", 5), PL("الشولا", "Al-Shola", "Deir ez-Zor"), "2020-08-17", "شبكة دير الزور 24", IS,
           note="an attack on a post")])

passage("cv34", "2024-03-27", "North Press", "«استهدف مسلحو التنظيم بالأسلحة الرشاشة» + IS claim",
        "تبنى تنظيم «داعش» عبر معرفاته، اليوم الأربعاء، هجوماً استهدف فيه مسلحوه بالأسلحة الرشاشة سيارة لقوات "
        "سوريا الديمقراطية في بلدة ذيبان شرقي دير الزور، ما أسفر عن مقتل عنصرين، وقالت مصادر محلية لنورث برس "
        "إن الهجوم وقع مساء أمس.",
        [E("armed_clash", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2024-03-26", "مصادر محلية", IS,
           note="gunfire on a vehicle: a ground attack; the claim and the local telling are one act; the local "
                "sources date it")])

passage("cv35", "2025-05-21", "Enab Baladi", "«أطلق مسلحون النار على سيارة» → killed driver",
        "أطلق مسلحون ملثمون النار على سيارة مدنية على طريق حمص – مصياف قرب قرية بعرين، ظهر أمس الثلاثاء، ما "
        "أسفر عن مقتل سائقها وامرأة كانت برفقته، بحسب ما قالته مصادر محلية لعنب بلدي.",
        [E("armed_clash", None, PL("بعرين", "Baarin", "Hama"), "2025-05-20", "مصادر محلية", UNID,
           note="gunmen firing on a car: an attack; no numeral for the dead")])

# ---------------------------------------------------------------- repelled attacks, infiltrations, ambushes

passage("cv36", "2017-03-12", "SANA", "«تصدت وحدات من الجيش لهجوم»",
        "حماة-سانا\nتصدت وحدات من الجيش العربي السوري اليوم لهجوم شنته مجموعات إرهابية على نقاط عسكرية في محيط "
        "بلدة صوران بريف حماة الشمالي، وقضت على 17 إرهابياً ودمرت ثلاث آليات لهم.",
        [E("armed_clash", Q("17", 17), PL("صوران", "Souran", "Hama"), "2017-03-12", None, FSA,
           note="a repelled attack: the attacker is actor1 («مجموعات إرهابية» = the opposition in 2017, SANA); "
                "the vehicles are not the figure")])

passage("cv37", "2019-05-06", "Al-Watan", "«أحبطت وحدات الجيش محاولة تسلل» + «أوقعت»",
        "أحبطت وحدات الجيش محاولة تسلل لمسلحي «حراس الدين» باتجاه نقاطها في محيط قرية الحويز بسهل الغاب، فجر "
        "أمس، وأوقعت عدداً منهم بين قتيل وجريح، بحسب مصدر عسكري تحدث لـ«الوطن».",
        [E("armed_clash", None, PL("الحويز", "Al-Huwayz", "Hama"), "2019-05-05", "مصدر عسكري", None,
           note="an infiltration foiled; no figure («عدداً»); agent left open")])

passage("cv38", "2025-01-14", "Hawar", "«صدّت قوى الأمن الداخلي هجوماً» Asayish vs IS cell",
        "صدّت قوى الأمن الداخلي في إقليم شمال وشرق سوريا، فجر اليوم، هجوماً لخلية من مرتزقة داعش على حاجز لها "
        "على طريق الحسكة – الشدادي، وقُتل أحد المهاجمين وأُلقي القبض على آخر، بحسب بيان لقوى الأمن الداخلي.",
        [E("armed_clash", None, PL("الحسكة", "Al-Hasakah", "Al-Hasakah"), "2025-01-14", "بيان لقوى الأمن الداخلي",
           IS, note="a repelled attack on a checkpoint on a road: a road between two towns: the first "
                    "(as cv02); the capture is "
                    "part of the repelling"),
         ])

passage("cv39", "2018-10-25", "Anadolu", "«أفشل الجيش الوطني محاولة تقدم»",
        "أفشل الجيش الوطني السوري، اليوم الخميس، محاولة تقدم لعناصر «بي كي كي/ ي ب ك» على محور قرية مريمين في "
        "ريف حلب الشمالي، وحيّد 6 منهم، وفق ما أفاد مراسل الأناضول.",
        [E("armed_clash", Q("6", 6), PL("مريمين", "Maryamin", "Aleppo"), "2018-10-25", "مراسل الأناضول", SDF,
           note="an advance foiled; Anadolu's «تحييد» counts the dead; the attacker is actor1")])

passage("cv40", "2014-04-22", "Syria Mubasher", "ambush «وقعت في كمين»",
        "قال ناشطون إن مجموعة من قوات النظام وقعت في كمين نصبه مقاتلو الجيش الحر على طريق السلمية – خناصر قرب "
        "قرية أثريا، أمس الاثنين، ما أدى إلى مقتل تسعة عناصر وتدمير عربة مدرعة.",
        [E("armed_clash", Q("تسعة", 9), PL("أثريا", "Athriya", "Hama"), "2014-04-21", "ناشطون", FSA,
           note="an ambush (passive telling «وقعت في كمين»)")])

passage("cv41", "2021-02-23", "SANA", "«كمين غادر» + «استشهد» in SANA",
        "استشهد ضابط وثلاثة عناصر من قوى الأمن الداخلي في كمين غادر نصبته مجموعة إرهابية لدورية على طريق "
        "درعا – غرز صباح اليوم، وفق ما ذكرته وزارة الداخلية.",
        [E("armed_clash", None, PL("درعا", "Daraa", "Daraa"), "2021-02-23", "وزارة الداخلية", UNID,
           note="an ambush; the dead are a singular officer and 'three men' (the sum, four, is not a surface: "
                "no figure, judgement)")])

passage("cv42", "2024-11-30", "Syria TV", "«تمكنت من صد» + attempted storming «محاولة اقتحام»",
        "تمكنت فصائل «ردع العدوان» من صد محاولة اقتحام شنتها قوات النظام على بلدة خان العسل غربي حلب، مساء "
        "الجمعة، وقتلت 14 عنصراً من المهاجمين، وفق ما نقله مراسل تلفزيون سوريا عن مصدر عسكري في غرفة العمليات.",
        [E("armed_clash", Q("14", 14), PL("خان العسل", "Khan al-Asal", "Aleppo"), "2024-11-29", "مصدر عسكري في غرفة العمليات",
           GOV, note="a storming repelled: the attacker (the regime) is actor1")])

# ---------------------------------------------------------------- killings with other clitics and forms

passage("cv43", "2023-02-16", "SOHR", "«فقُتل» with fa- clitic after fire on a car",
        "أطلق عناصر حاجز تابع للفرقة الرابعة النار على سيارة لم تتوقف عند الحاجز قرب بلدة الصبورة غربي دمشق، "
        "فقُتل سائقها وأصيب راكبان، وفق ما رصده المرصد السوري لحقوق الإنسان اليوم الخميس.",
        [E("casualties", None, PL("الصبورة", "As-Sabboura", "Rif Dimashq"), "2023-02-16",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="fire by a force's checkpoint on a car: a death by a force's fire (casualties)")])

passage("cv44", "2015-11-08", "Zaman al-Wasl", "«وقُتل» with wa- clitic + execution in a prison",
        "أعدمت جبهة النصرة أمس السبت ثلاثة من عناصر «الفرقة 30» أسرتهم في ريف حلب الشمالي، وقُتل قبلهم قائد "
        "المجموعة تحت التعذيب في سجن للجبهة في بلدة حارم، بحسب مصدر مطلع تحدث لـ«زمان الوصل».",
        [E("casualties", Q("ثلاثة", 3), PL("ريف حلب الشمالي", "Northern Aleppo countryside", "Aleppo"), "2015-11-07",
           "مصدر مطلع", HTS, note="an execution; «الفرقة 30» is a unit number, not a figure"),
         E("casualties", None, PL("حارم", "Harim", "Idlib"), None, "مصدر مطلع", HTS,
           note="a torture death in a prison: its own incident, undated («قبلهم»)")])

passage("cv45", "2022-12-02", "Suwayda 24", "«مقتل» verbal noun headline-style + stabbing",
        "مقتل شاب طعناً بالسكاكين على يد مجهولين في حي المقوس بمدينة السويداء\nالسويداء 24: قُتل شاب في "
        "الثلاثينات من عمره ليل أمس الخميس، إثر تعرضه للطعن بالسكاكين على يد مجهولين قرب منزله في حي المقوس.",
        [E("armed_clash", None, PL("المقوس", "Al-Maqwas", "As-Suwayda"), "2022-12-01", "السويداء 24", UNID,
           note="headline and body are one killing by unknown men (by their hand: an assassination); a district")])

passage("cv46", "2020-03-15", "Daraa 24", "«قضى» + «برصاص» + apposition between",
        "قضى الشاب محمد سعيد الزعبي، وهو من أبناء بلدة المليحة الغربية، مساء أمس، برصاص مجهولين في البلدة، "
        "بحسب ما أفاد به موقع درعا 24.",
        [E("armed_clash", None, PL("المليحة الغربية", "Al-Mulayhah al-Gharbiyah", "Daraa"), "2020-03-14",
           "موقع درعا 24", UNID, note="the apposition «وهو من أبناء» stands between the death and its cause")])

passage("cv47", "2025-10-04", "Enab Baladi", "«قتلت قوات الأمن» + «فيما» second clash",
        "قالت وزارة الداخلية إن قواتها قتلت اثنين من المطلوبين خلال اشتباك معهم أثناء مداهمة مزرعة قرب بلدة "
        "الكسوة اليوم السبت، فيما أصيب عنصر من الأمن العام.",
        [E("armed_clash", Q("اثنين", 2), PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2025-10-04", "وزارة الداخلية",
           NEWGOV, note="a clash during a raid; the two wanted men are its dead")])

passage("cv48", "2013-09-03", "Shaam News Network", "massacre «ارتكبت الشبيحة مجزرة» with knives",
        "ارتكبت ميليشيات الشبيحة مجزرة في قرية البيضا بريف بانياس راح ضحيتها 43 مدنياً بينهم نساء وأطفال، "
        "قُتل معظمهم ذبحاً بالسكاكين، بحسب ناشطين من المنطقة.",
        [E("casualties", Q("43", 43), PL("البيضا", "Al-Bayda", "Tartus"), None, "ناشطين من المنطقة", GOV,
           note="a massacre by militias with knives: casualties (violence against civilians); undated")])

passage("cv49", "2019-12-01", "SNHR", "monthly toll aggregate «وثقت مقتل»",
        "وثقت الشبكة السورية لحقوق الإنسان في تقريرها الشهري مقتل 254 مدنياً في سوريا خلال تشرين الثاني 2019، "
        "بينهم 69 طفلاً، قتلت قوات النظام وحليفها الروسي 171 منهم.",
        [E("casualties", Q("254", 254), None, "2019-11", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a month's national toll; the children and the perpetrator's share are a breakdown")])

passage("cv50", "2016-07-19", "Reuters", "«أودى بحياة» + attack noun",
        "قال مسؤول محلي لرويترز إن هجوماً شنه مقاتلو وحدات حماية الشعب الكردية على مواقع لتنظيم الدولة "
        "الإسلامية قرب بلدة الهول أودى بحياة 12 مقاتلاً من التنظيم يوم الاثنين.",
        [E("armed_clash", Q("12", 12), PL("الهول", "Al-Hol", "Al-Hasakah"), "2016-07-18", "مسؤول محلي", SDF,
           note="a ground attack (YPG, coded SDF) on positions; its dead the figure")])

# ---------------------------------------------------------------- negatives (no event)

passage("cv51", "2018-10-25", "Orient", "an expected battle, forces massing",
        "تحشد قوات النظام والميليشيات الإيرانية مئات العناصر على تخوم ريف إدلب الجنوبي استعداداً لمعركة مرتقبة، "
        "فيما تقول فصائل المعارضة إنها رفعت جاهزيتها تحسباً لأي هجوم محتمل على المنطقة.",
        [])

passage("cv52", "2025-07-16", "Syria TV", "a threat to kill",
        "تلقت عائلات في بلدة القصير رسائل هاتفية تهددها بالقتل إن لم تغادر منازلها، وقال أحد الأهالي إن "
        "مجهولين توعدوا بتصفية كل من يبقى في الحي، مطالباً الجهات المعنية بالتدخل.",
        [])

passage("cv53", "2024-03-27", "Enab Baladi", "a killing recalled from years ago, with a commemoration",
        "أحيا أهالي مدينة داريا الذكرى الحادية عشرة للمجزرة التي ارتكبتها قوات النظام في المدينة عام 2012 وراح "
        "ضحيتها مئات المدنيين، ونظموا وقفة في الساحة الرئيسية رفعوا خلالها صور الضحايا.",
        [E("protest", None, PL("داريا", "Darayya", "Rif Dimashq"), None, None, None,
           note="the commemoration stand is the only act of the day (protest, ACLED peaceful protest; no day "
                "told); the 2012 massacre is recalled history, no event")])

passage("cv54", "2025-03-08", "SOHR", "a whole war's toll (an aggregate by the conventions)",
        "يقدر المرصد السوري لحقوق الإنسان أن أكثر من 600 ألف شخص قتلوا في سوريا منذ انطلاق الثورة في آذار 2011، "
        "بينهم عشرات الآلاف ممن قضوا تحت التعذيب في المعتقلات.",
        [E("casualties", Q("أكثر من 600 ألف", 600000, None, True), PL("سوريا", "Syria", None), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="a whole war's toll is an aggregate in the seen sets' gold (p09's «منذ انطلاق الثورة», news_dev "
                "n078): CORRECTED after the first run, which was scored with no event here (my negative "
                "contradicted the conventions); the tortured are a breakdown")])

passage("cv55", "2021-02-23", "Daraa 24", "who the dead was: description only, the death told before",
        "وكان الشاب المغدور، الذي قُتل الأسبوع الماضي، مدنياً لا ينتمي لأي جهة عسكرية، ويعمل في ورشة لتصليح "
        "السيارات في مدينة نوى، وهو أب لثلاثة أطفال، بحسب ما قاله أحد أقاربه.",
        [])

passage("cv56", "2013-09-03", "Al Jazeera", "«قتال» as an aim, a call to fight",
        "دعا قائد لواء التوحيد في كلمة مصورة الشبان في ريف حلب إلى الانضمام للكتائب من أجل قتال قوات النظام، "
        "مؤكداً أن المعركة لتحرير المدينة ستستمر حتى إسقاط الأسد.",
        [E("statement", None, PL("ريف حلب", "Aleppo countryside", "Aleppo"), None, 'قائد لواء التوحيد', FSA, note="MENDED stop 32 (conventions): a brigade commander's call is a statement (stop 32), at the area whose youths it calls")])

passage("cv57", "2022-04-11", "Halab Today", "a habit: a checkpoint attacked repeatedly",
        "ويتعرض حاجز الأمن العسكري عند مدخل مدينة الصنمين بشكل متكرر لهجمات يشنها مجهولون، كما تشهد المنطقة "
        "عمليات اغتيال متواصلة منذ توقيع اتفاق التسوية عام 2018.",
        [])

passage("cv58", "2019-05-06", "Asharq Al-Awsat", "a clash denied / only feared",
        "نفى مصدر في قوات سوريا الديمقراطية وقوع أي اشتباكات مع قوات النظام في محيط مدينة القامشلي، مؤكداً أن "
        "الأنباء المتداولة عن مواجهات بين الطرفين عارية عن الصحة.",
        [E("statement", None, PL("القامشلي", "Qamishli", "Al-Hasakah"), None, 'مصدر في قوات سوريا الديمقراطية', SDF, note="MENDED stop 32 (conventions): a denial that is the item's news is a statement (stop 32), at the place it concerns")])

passage("cv59", "2025-08-29", "SANA (new)", "a trial for killings (a law / court)",
        "بدأت محكمة الجنايات في دمشق محاكمة خمسة متهمين بجرائم قتل وتعذيب ارتكبوها بحق معتقلين خلال عملهم في "
        "أحد الأفرع الأمنية للنظام البائد، بحسب ما أعلنته وزارة العدل.",
        [])

passage("cv60", "2016-12-22", "Al-Hayat", "an aim: «بهدف قتال» + training",
        "أنهت دفعة جديدة من مقاتلي «لواء القدس» دورة تدريبية في معسكر قرب حلب بهدف الزج بهم في القتال على جبهات "
        "الريف الجنوبي، وفق ما أعلنه اللواء في بيان.",
        [])

passage("cv61", "2023-10-09", "North Press", "a threat of an offensive, a statement",
        "هدد مسؤول تركي بشن عملية عسكرية جديدة ضد قوات سوريا الديمقراطية في شمال سوريا، وقال إن بلاده «لن تتردد "
        "في قتال الإرهابيين» إذا استمرت الهجمات على حدودها.",
        [E("statement", None, None, None, 'مسؤول تركي', TUR, note="MENDED stop 32 (conventions): an official's threat is a statement (stop 32); northern Syria is no one place")])

passage("cv62", "2020-08-17", "SOHR", "a running total of assassinations only (aggregate) vs none",
        "وبذلك يرتفع إلى 412 عدد الهجمات ومحاولات الاغتيال في درعا منذ حزيران 2019، وفقاً لتوثيقات المرصد "
        "السوري لحقوق الإنسان.",
        [E("armed_clash", Q("412", 412), PL("درعا", "Daraa", "Daraa"), None, "المرصد السوري لحقوق الإنسان", UNID,
           kind="aggregate",
           note="a running total of attacks and assassination attempts since June 2019 (counts the acts: an "
                "aggregate of the clash type, types.json assassination.acts_counted)")])

passage("cv63", "2014-04-22", "Al Jazeera", "a commander's biography, a past battle named",
        "ويُعد القيادي الراحل من أبرز قادة الكتائب التي قاتلت في معركة القصير عام 2013، وكان قد أصيب في "
        "معارك حمص القديمة قبل أن ينتقل إلى القلمون.",
        [])

passage("cv64", "2025-05-21", "Enab Baladi", "the dead described, figures of a past year",
        "وتضم قائمة الضحايا الذين قُتلوا في الساحل خلال آذار الماضي أطباء ومعلمين وموظفين، بحسب اللجنة الوطنية "
        "للتحقيق، التي قالت إنها ستنشر نتائج عملها خلال أسابيع.",
        [])

passage("cv65", "2017-03-12", "Reuters", "clashes expected to resume, a warning",
        "حذر دبلوماسيون غربيون من أن المعارك قد تتجدد في وادي بردى إذا انهار اتفاق الهدنة، فيما قال مسؤول في "
        "الأمم المتحدة لرويترز إن المنظمة تخشى موجة نزوح جديدة.",
        [])


def main() -> None:
    write("gold28.jsonl", P28)


if __name__ == "__main__":
    main()
