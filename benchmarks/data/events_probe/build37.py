"""Build gold37.jsonl: coverage set 37 (ids cj01…), written in stop 28 by helper joins BEFORE any run on it.

A coverage set of INCIDENT RESOLUTION: one incident told more than once (a lead and its detail, the other side's
telling, a toll updated later, a claim of responsibility, a recap «وكانت … قد», a headline printed again, an act
and its toll in two sentences with different verbs, a death of wounds told later), and passages with two real
incidents that must not be merged (two towns, two days, two doers, «وفي حادثة منفصلة»). The wording patterns were
read in real Arabic reporting (the search tool's `pages` corpus: SOHR, SANA, Enab Baladi, Anadolu, AFP, Reuters,
North Press, Halab Today, Qasioun, Baladi News, Daraa 24 and others), never copied; people, figures and dates are
invented or varied, the towns are real. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build37.py      # rewrites gold37.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P37: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P37.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("cj01", "2019-06-16", "SOHR", "a blast, then its toll in the next sentence with another verb",
        "انفجرت سيارة مفخخة ظهر اليوم الأحد قرب دوار السنتر في مدينة الباب بريف حلب الشرقي، في ساعة ازدحام "
        "المارة أمام المحال. وقال المرصد السوري لحقوق الإنسان إن الانفجار أودى بحياة تسعة أشخاص، بينهم ثلاثة "
        "أطفال، وخلّف أكثر من 30 جريحاً، مرجحاً ارتفاع العدد بسبب وجود إصابات بالغة.",
        [E("explosion", Q("تسعة", 9), PL("الباب", "al-Bab", "Aleppo"), "2019-06-16",
           "المرصد السوري لحقوق الإنسان", None,
           note="the blast («الانفجار» an anaphor) and its dead told in the next sentence: one event; children a breakdown")])

passage("cj02", "2018-01-30", "Anadolu", "a strike's toll updated later in the text by another source",
        "قُتل خمسة مدنيين وأصيب آخرون، اليوم الثلاثاء، جراء غارات جوية روسية استهدفت سوقاً شعبية في مدينة سراقب "
        "بريف إدلب الشرقي، وفق ما أفاد مراسل الأناضول. وفي وقت لاحق، قال الدفاع المدني إن عدد القتلى ارتفع إلى 11 "
        "بعد انتشال جثث من تحت أنقاض مبنى مجاور للسوق، بينهم امرأتان.",
        [E("airstrike", Q("11", 11), PL("سراقب", "Saraqib", "Idlib"), "2018-01-30", "مراسل الأناضول", RUS,
           note="«ارتفع عدد القتلى إلى 11»: the update replaces the first toll (5); one event")])

passage("cj03", "2016-03-17", "SANA", "SANA headline printed again in the body",
        "استشهاد أربعة مواطنين بقذائف صاروخية أطلقها إرهابيون على حي الحمدانية بحلب\n"
        "حلب-سانا\n"
        "استشهد أربعة مواطنين وأصيب 12 آخرون بجروح جراء اعتداء التنظيمات الإرهابية اليوم بعدد من القذائف الصاروخية "
        "على حي الحمدانية في مدينة حلب. وذكر مصدر في قيادة شرطة حلب لمراسل سانا أن القذائف سقطت على منازل "
        "المواطنين وألحقت أضراراً مادية بعدد منها.",
        [E("shelling", Q("أربعة", 4, nth=1), PL("الحمدانية", "al-Hamdaniya", "Aleppo"), "2016-03-17",
           "مصدر في قيادة شرطة حلب", FSA,
           note="headline and body tell one shelling; the body's figure; the police source gives the detail "
                "(judgement: the named source, as earlier sets)")])

passage("cj04", "2019-09-04", "Syria TV", "a car bomb and the IS claim with a figure of its own",
        "قُتل سبعة عناصر من «قوات سوريا الديمقراطية» وجُرح آخرون، مساء الثلاثاء، في هجوم بسيارة مفخخة على حاجز لها "
        "عند المدخل الشمالي لبلدة الشحيل في ريف دير الزور الشرقي، بحسب مصادر محلية. وتبنى تنظيم «داعش» التفجير "
        "عبر وكالة «أعماق» التابعة له، زاعماً أن الهجوم أوقع أكثر من 20 قتيلاً في صفوف «قسد».",
        [E("explosion", Q("سبعة", 7), PL("الشحيل", "al-Shuhayl", "Deir ez-Zor"), "2019-09-03", "مصادر محلية", IS,
           note="the claim of responsibility is the doer's telling of the same blast; its figure (20) is a claim, the "
                "local sources' seven stand")])

passage("cj05", "2012-06-14", "Al Jazeera", "activists' telling and SANA's telling of one shooting at a protest",
        "قال ناشطون إن قوات الأمن أطلقت الرصاص الحي على مظاهرة خرجت بعد صلاة العشاء أمس الأربعاء في حي الخالدية "
        "بمدينة حمص، ما أدى إلى مقتل ثلاثة متظاهرين. في حين ذكرت وكالة الأنباء الرسمية (سانا) أن «مجموعة إرهابية "
        "مسلحة» أطلقت النار على عناصر حفظ النظام في الحي نفسه، وأن عنصرين أصيبا بجروح.",
        [E("protest", Q("ثلاثة", 3), PL("الخالدية", "al-Khalidiya", "Homs"), "2012-06-13", "ناشطون", PROT,
           note="fire on a protest (its dead the figure); SANA's telling of the same night in the same district is "
                "the other side's telling, not a second event")])

passage("cj06", "2021-03-18", "Daraa 24", "two incidents, two towns, «وفي حادثة منفصلة»",
        "قُتل شاب برصاص مسلحين مجهولين استهدفوه قرب منزله في بلدة المزيريب بريف درعا الغربي مساء أمس الأربعاء، "
        "بحسب موقع «درعا 24». وفي حادثة منفصلة، أصيب عنصران من فرع الأمن العسكري بانفجار عبوة ناسفة زُرعت على "
        "الطريق بين مدينة جاسم وبلدة نمر في الريف الشمالي، صباح اليوم الخميس.",
        [E("armed_clash", None, PL("المزيريب", "al-Muzayrib", "Daraa"), "2021-03-17", "درعا 24", UNK,
           note="an assassination by gunfire (as earlier sets); one killed, no numeral"),
         E("explosion", None, PL("جاسم", "Jasim", "Daraa"), "2021-03-18", "درعا 24", None,
           note="another incident (another town, another day, «في حادثة منفصلة»); two hurt (a dual): no figure; the "
                "road between two towns: the first")])

passage("cj07", "2020-02-11", "Enab Baladi", "a toll update first, the earlier toll recalled «وكان … قد»",
        "ارتفع عدد ضحايا القصف المدفعي الذي استهدف مدينة الأتارب بريف حلب الغربي مساء أمس إلى 14 قتيلاً، بينهم ستة "
        "أطفال، وفق ما أفاد به الدفاع المدني السوري اليوم الثلاثاء. وكان الدفاع المدني قد أعلن في حصيلة أولية مقتل "
        "ثمانية مدنيين، متهماً قوات النظام بقصف السوق الرئيسي في المدينة براجمات الصواريخ.",
        [E("shelling", Q("14", 14), PL("الأتارب", "al-Atarib", "Aleppo"), "2020-02-10", "الدفاع المدني السوري", GOV,
           note="the recap «وكان … قد أعلن في حصيلة أولية مقتل ثمانية» is an earlier toll of the same shelling")])

passage("cj08", "2022-01-20", "Halab Today", "a death of wounds told first, its shelling the day before",
        "توفي الطفل عمر الحسين متأثراً بجراح أصيب بها أمس الأربعاء، جراء قصف بقذائف الهاون مصدره مواقع قوات النظام "
        "على أطراف بلدة كنصفرة في جبل الزاوية جنوبي إدلب. وأوضح مراسل «حلب اليوم» أن القصف ذاته أدى إلى إصابة والدته "
        "وشقيقه بجروح، ليرتفع بذلك عدد ضحايا القصف إلى قتيل وثلاثة جرحى.",
        [E("shelling", None, PL("كنصفرة", "Kansafra", "Idlib"), "2022-01-19", "مراسل «حلب اليوم»", GOV,
           note="the child died of the wounds of yesterday's shelling: the shelling's dead, one event dated by the "
                "shelling; one killed (no numeral): no figure; «القصف ذاته» is the same shelling")])

passage("cj09", "2019-12-24", "Step News", "a clash and the doer's statement of it",
        "شنت «هيئة تحرير الشام» فجر اليوم الثلاثاء هجوماً على مواقع لقوات النظام في محيط بلدة تلمنس بريف إدلب "
        "الشرقي، واندلعت اشتباكات استمرت ساعات قتل فيها 11 عنصراً من قوات النظام، حسب شبكة «ستيب». وقالت الهيئة في "
        "بيان على معرفاتها إن مقاتليها اقتحموا نقاط النظام وقتلوا جميع من فيها قبل أن ينسحبوا إلى مواقعهم.",
        [E("armed_clash", Q("11", 11), PL("تلمنس", "Tellmannas", "Idlib"), "2019-12-24", "شبكة «ستيب»", HTS,
           note="the attack and the clashes are one; the statement is the doer's telling (not a statement event)")])

passage("cj10", "2013-04-22", "Zaman al-Wasl", "a vague headline line and the body's figure",
        "مقتل العشرات بقصف جوي على بلدة في ريف دمشق\n"
        "قُتل 27 شخصاً على الأقل، بينهم نساء وأطفال، اليوم الاثنين، في غارات شنها الطيران الحربي التابع للنظام على "
        "بلدة حمورية في الغوطة الشرقية، بحسب ناشطين. وأضاف الناشطون أن الطائرات ألقت قنابل عنقودية على السوق وسط "
        "البلدة، وأن فرق الإسعاف ما زالت تبحث عن مفقودين تحت الأنقاض.",
        [E("airstrike", Q("27", 27, None), PL("حمورية", "Hammouriyeh", "Rif Dimashq"), "2013-04-22", "ناشطين", GOV,
           note="headline («العشرات») and body (27) one strike; the cluster bombs on the market are its detail")])

passage("cj11", "2023-07-05", "AFP", "today's shelling and a strike on the same town recalled with its own day",
        "قُتل مدنيان وأصيب أربعة آخرون، اليوم الأربعاء، في قصف مدفعي لقوات النظام على أطراف مدينة سرمين بريف إدلب "
        "الشرقي، وفق المرصد السوري لحقوق الإنسان. وكانت المدينة ذاتها قد تعرضت السبت الماضي لغارة جوية روسية أسفرت "
        "عن مقتل ستة أشخاص من عائلة واحدة، في أعنف تصعيد تشهده المنطقة منذ أشهر.",
        [E("shelling", None, PL("سرمين", "Sarmin", "Idlib"), "2023-07-05", "المرصد السوري لحقوق الإنسان", GOV,
           note="two dead (a dual): no figure"),
         E("airstrike", Q("ستة", 6), PL("سرمين", "Sarmin", "Idlib"), "2023-07-01", None, RUS,
           note="recalled with its own day (last Saturday) and its own toll: another incident, not the shelling told "
                "again; the writer's background: the outlet")])

passage("cj12", "2015-12-19", "Orient News", "two doers, two towns in one sentence after «فيما»",
        "شن الطيران الروسي اليوم السبت أربع غارات على مدينة كفرنبل في ريف إدلب الجنوبي، ما أدى إلى مقتل ثلاثة مدنيين، "
        "فيما قصفت قوات النظام بالمدفعية الثقيلة بلدة اللطامنة في ريف حماة الشمالي دون ورود أنباء عن إصابات، بحسب ما "
        "أفاد ناشطون لأورينت نت.",
        [E("airstrike", Q("ثلاثة", 3), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2015-12-19", "ناشطون", RUS,
           note="the dead are the figure (the four raids are munitions of one strike)"),
         E("shelling", None, PL("اللطامنة", "al-Lataminah", "Hama"), "2015-12-19", "ناشطون", GOV,
           note="another doer at another town: another incident")])

passage("cj13", "2024-08-22", "North Press", "a drone strike, then its dead with another verb",
        "استهدفت طائرة مسيّرة تركية، مساء أمس الأربعاء، سيارة مدنية على الطريق الواصل بين مدينة القامشلي وبلدة تل "
        "حميس. وقالت مصادر طبية في المدينة لـ«نورث برس» إن ثلاثة من ركاب السيارة فارقوا الحياة على الفور، فيما نُقل "
        "السائق إلى المشفى الوطني بحالة حرجة.",
        [E("airstrike", Q("ثلاثة", 3), PL("القامشلي", "Qamishli", "Al-Hasakah"), "2024-08-21",
           "مصادر طبية في المدينة", TUR,
           note="«فارقوا الحياة» in the next sentence are the strike's dead; the road between two towns: the first")])

passage("cj14", "2017-10-21", "AFP", "a strike and the other side's denial with its own version",
        "قُتل 14 مدنياً على الأقل، بينهم خمسة أطفال، جراء غارات جوية يُرجَّح أنها روسية استهدفت ليل الجمعة قرية "
        "حزارين في ريف إدلب الجنوبي، بحسب المرصد السوري لحقوق الإنسان. ونفت وزارة الدفاع الروسية في بيان "
        "اليوم السبت استهداف مناطق سكنية، مؤكدة أن طائراتها ضربت مستودعات ذخيرة لـ«جبهة النصرة» في المنطقة.",
        [E("airstrike", Q("14", 14, None), PL("حزارين", "Hazarin", "Idlib"), "2017-10-20", "المرصد السوري لحقوق الإنسان",
           RUS, note="the denial and the ministry's own version tell the same strike")])

passage("cj15", "2022-05-29", "Enab Baladi", "a raid told as a lead, then its detail",
        "شنت قوات النظام حملة دهم واعتقال في مدينة الصنمين بريف درعا الشمالي، فجر اليوم الأحد. وقال مراسل عنب بلدي "
        "إن دوريات تابعة للأمن العسكري داهمت منازل في الحي الشرقي واعتقلت تسعة شبان، بينهم اثنان سبق أن أجريا "
        "«تسوية»، واقتادتهم إلى جهة مجهولة.",
        [E("arrest", Q("تسعة", 9), PL("الصنمين", "al-Sanamayn", "Daraa"), "2022-05-29", "مراسل عنب بلدي", GOV,
           note="the campaign (lead) and the nine arrested (detail) are one raid")])

passage("cj16", "2023-02-26", "al-Khabour", "two arrests in two towns, «كما … دورية أخرى»",
        "اعتقلت قوات الأسايش التابعة للإدارة الذاتية، أمس السبت، خمسة أشخاص في حي غويران بمدينة الحسكة بتهمة التعامل "
        "مع خلايا «داعش»، وفق ما نقلت شبكة «الخابور» المحلية. كما داهمت دورية أخرى منزلاً في بلدة الشدادي جنوبي "
        "المحافظة واعتقلت شاباً بتهمة التهرب من «واجب الدفاع الذاتي».",
        [E("arrest", Q("خمسة", 5), PL("غويران", "Ghuwayran", "Al-Hasakah"), "2023-02-25", "شبكة «الخابور»", SDF),
         E("arrest", None, PL("الشدادي", "al-Shaddadi", "Al-Hasakah"), "2023-02-25", "شبكة «الخابور»", SDF,
           note="another patrol, another town: another arrest; one young man: no figure")])

passage("cj17", "2016-11-26", "SANA", "SANA headline and body of one takeover, a military source's detail",
        "الجيش يعيد الأمن والاستقرار إلى حي مساكن هنانو في حلب\n"
        "حلب-سانا\n"
        "أعادت وحدات الجيش العربي السوري بالتعاون مع القوات الرديفة اليوم الأمن والاستقرار إلى حي مساكن هنانو شمال "
        "شرق مدينة حلب بعد القضاء على آخر تجمعات الإرهابيين فيه. وأفاد مصدر عسكري لمراسل سانا بأن وحدات الهندسة تعمل "
        "على تفكيك العبوات الناسفة التي زرعها الإرهابيون في شوارع الحي قبل فرارهم.",
        [E("territory_change", None, PL("مساكن هنانو", "Masakin Hanano", "Aleppo"), "2016-11-26", "مصدر عسكري", GOV,
           note="MENDED stop 30 (conventions): a next sentence that comes back to the same incident names its source (README stop 30; sets 1-21 and news_dev carry it back about 27 times against 4; was: the outlet); headline and body one takeover; the source gives the demining after it")])

passage("cj18", "2023-12-02", "Al-Watan", "a strike told by the victim's ministry, then by the doer",
        "قالت وزارة الدفاع السورية إن الطيران الإسرائيلي شن فجر اليوم السبت عدواناً جوياً من اتجاه الجولان المحتل "
        "استهدف عدداً من النقاط في محيط مدينة دمشق، ما أدى إلى مقتل أربعة عسكريين وإصابة ثلاثة آخرين. وقال الجيش "
        "الإسرائيلي في بيان إنه ضرب بنى تحتية عسكرية تستخدمها جهات موالية لإيران في جنوب سوريا.",
        [E("airstrike", Q("أربعة", 4), PL("دمشق", "Damascus", "Damascus"), "2023-12-02", "وزارة الدفاع السورية", ISR,
           note="the Israeli army's statement is the doer's telling of the same strike")])

passage("cj19", "2014-02-09", "SOHR via AFP", "a toll restated inside the source's quote",
        "ألقى الطيران المروحي التابع للنظام اليوم الأحد براميل متفجرة على حي الصالحين في مدينة حلب، ما أدى إلى مقتل "
        "18 شخصاً. وقال مدير المرصد السوري لحقوق الإنسان في اتصال هاتفي إن «18 مدنياً بينهم سبعة أطفال قضوا "
        "بالبراميل التي ألقيت على الحي صباحاً»، مشيراً إلى أن فرق الإنقاذ تواصل البحث عن ناجين.",
        [E("airstrike", Q("18", 18), PL("الصالحين", "al-Salihin", "Aleppo"), "2014-02-09",
           "مدير المرصد السوري لحقوق الإنسان", GOV,
           note="the quote restates the same dead and the same barrels")])

passage("cj20", "2025-03-09", "SY24", "a verbless lead line, then the detail",
        "هجوم لمسلحين من فلول النظام البائد على حاجز للأمن العام في ريف جبلة. وأفاد مراسل SY24 بأن مجموعة مسلحة "
        "هاجمت مساء أمس السبت حاجزاً لإدارة الأمن العام عند مدخل قرية بيت ياشوط بريف جبلة، واشتبكت مع عناصره نحو "
        "ساعة، ما أسفر عن مقتل أربعة عناصر من الأمن العام وإصابة اثنين.",
        [E("armed_clash", Q("أربعة", 4), PL("بيت ياشوط", "Bayt Yashut", "Latakia"), "2025-03-08", "مراسل SY24", LOYAL,
           note="the lead («هجوم …») and the detail are one attack")])

passage("cj21", "2020-10-25", "SOHR", "two bombs in two towns, «كما … عبوة أخرى»",
        "قُتل عنصر من «الجيش الوطني السوري» وأصيب ثلاثة آخرون، اليوم الأحد، بانفجار عبوة ناسفة استهدفت سيارتهم على "
        "طريق قرية قباسين شرقي حلب، بحسب المرصد السوري لحقوق الإنسان. كما قُتل مدني وأصيب طفلان بانفجار عبوة أخرى "
        "زُرعت قرب دوار نوروز في مدينة عفرين، ولم تتبنَّ أي جهة التفجيرين.",
        [E("explosion", None, PL("قباسين", "Qabasin", "Aleppo"), "2020-10-25", "المرصد السوري لحقوق الإنسان", None,
           note="one killed (no numeral): no figure"),
         E("explosion", None, PL("عفرين", "Afrin", "Aleppo"), "2020-10-25", "المرصد السوري لحقوق الإنسان", None,
           note="«عبوة أخرى» at another town: another blast")])

passage("cj22", "2021-08-07", "SDF media centre via Hawar", "an attack, then its toll told by the target's statement",
        "هاجمت خلية تابعة لتنظيم «داعش» فجر اليوم السبت نقطة عسكرية لـ«قوات سوريا الديمقراطية» في بلدة ذيبان بريف دير "
        "الزور الشرقي، مستخدمة أسلحة رشاشة وقذائف «آر بي جي». وأوضح المركز الإعلامي لـ«قسد» في بيان أن الهجوم أسفر "
        "عن مقتل ثلاثة من مقاتليه وإصابة آخر، وأن قواته ردت على مصادر النيران وطاردت المهاجمين.",
        [E("armed_clash", Q("ثلاثة", 3), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2021-08-07",
           "المركز الإعلامي لـ«قسد»", IS,
           note="the attack, its dead («الهجوم أسفر») and the answer to the fire are one clash")])

passage("cj23", "2025-05-27", "Daraa 24", "a lead by «أفادت مصادر بمقتل», the detail by «الاستهداف»",
        "أفادت مصادر محلية بمقتل ثلاثة أشخاص في غارة نفذتها طائرة مسيّرة إسرائيلية، مساء الاثنين، على أطراف بلدة كويا "
        "في منطقة حوض اليرموك غربي درعا. وأوضحت المصادر أن الاستهداف طال دراجة نارية كانت تقل الثلاثة قرب الطريق "
        "الزراعي، وأن جثثهم نقلت إلى مستشفى مدينة نوى.",
        [E("airstrike", Q("ثلاثة", 3), PL("كويا", "Kuwayya", "Daraa"), "2025-05-26", "مصادر محلية", ISR,
           note="«الاستهداف» is the same strike; Nawa is where the bodies were taken")])

passage("cj24", "2021-11-02", "Asharq Al-Awsat", "a shelling and the other side's telling with a figure of its own",
        "قصفت القوات التركية والفصائل الموالية لها، اليوم الثلاثاء، بالمدفعية الثقيلة قرى في محيط بلدة عين عيسى شمالي "
        "الرقة، ما أدى إلى مقتل ثلاثة مدنيين وإصابة خمسة، بحسب المركز الإعلامي لقوات سوريا الديمقراطية. في المقابل، "
        "قالت وزارة الدفاع التركية إن قواتها «حيّدت» 12 إرهابياً رداً على هجوم استهدف قاعدة لها في المنطقة.",
        [E("shelling", Q("ثلاثة", 3), PL("عين عيسى", "Ain Issa", "Raqqa"), "2021-11-02",
           "المركز الإعلامي لقوات سوريا الديمقراطية", TUR,
           note="the Turkish ministry's telling (its «neutralised» 12) is the other side's telling of the same "
                "shelling; the first telling's dead stand (judgement)")])

passage("cj25", "2024-06-06", "Anadolu", "the update told first, the blast recalled «وكانت … قد انفجرت»",
        "ارتفعت حصيلة ضحايا التفجير الذي ضرب سوق الهال في مدينة رأس العين شمال غربي الحسكة إلى 13 قتيلاً و25 جريحاً، "
        "بحسب ما أعلنه الدفاع المدني السوري اليوم الخميس. وكانت سيارة مفخخة قد انفجرت مساء أمس الأربعاء وسط السوق "
        "المزدحم بالمتسوقين، واتهمت وزارة الدفاع التركية «وحدات حماية الشعب» بالوقوف وراء الهجوم.",
        [E("explosion", Q("13", 13), PL("رأس العين", "Ras al-Ayn", "Al-Hasakah"), "2024-06-05",
           "الدفاع المدني السوري", None,
           note="the recap of the blast is the same incident as the toll; accused, not claimed: no agent")])

passage("cj26", "2024-04-14", "Syria TV", "two protests in two towns, «كما نظّم أهالي …»",
        "خرج مئات المحتجين، يوم الجمعة، في مظاهرة وسط مدينة بنش بريف إدلب الشرقي، مطالبين بإسقاط قائد «هيئة تحرير "
        "الشام» والإفراج عن المعتقلين في سجونها، وفق ما نقل تلفزيون سوريا. كما نظّم العشرات من أهالي مدينة الأتارب غربي "
        "حلب وقفة احتجاجية أمام المسجد الكبير، رفعوا فيها لافتات تندد بالتعذيب في السجون.",
        [E("protest", Q("مئات", 200, 900, True), PL("بنش", "Binnish", "Idlib"), "2024-04-12", "تلفزيون سوريا", PROT),
         E("protest", Q("العشرات", 20, 90, True), PL("الأتارب", "al-Atarib", "Aleppo"), "2024-04-12", "تلفزيون سوريا",
           PROT, note="another town's vigil: another protest")])

passage("cj27", "2012-11-05", "Shaam News", "a defection announced, then told again by the defector",
        "أعلن النقيب المهندس وائل الخطيب انشقاقه عن جيش النظام والتحاقه بالجيش السوري الحر، في شريط مصور بثه ناشطون "
        "اليوم الاثنين. وقال الخطيب في التسجيل إنه غادر مقر كتيبة الدفاع الجوي قرب مدينة الرستن بريف حمص الشمالي، "
        "احتجاجاً على قصف المدنيين، داعياً زملاءه إلى الانشقاق وحماية الأهالي.",
        [E("defection", None, PL("الرستن", "al-Rastan", "Homs"), "2012-11-05", "النقيب المهندس وائل الخطيب", GOV,
           note="the announcement and the defector's own account are one defection (its place from the account); "
                "the appeal to his colleagues is a call")])

passage("cj28", "2025-02-17", "Asharq Al-Awsat", "a headline line and the body of one motorbike bomb",
        "قتلى وجرحى بانفجار دراجة مفخخة في سرمدا شمالي إدلب\n"
        "قُتل ثلاثة أشخاص وأصيب تسعة آخرون، مساء الأحد، بانفجار دراجة نارية مفخخة قرب دوار الساعة في مدينة سرمدا بريف "
        "إدلب الشمالي. وقال الدفاع المدني إن فرقه أسعفت المصابين إلى مستشفيات المنطقة، فيما فتحت وزارة الداخلية تحقيقاً "
        "لمعرفة ملابسات التفجير.",
        [E("explosion", Q("ثلاثة", 3), PL("سرمدا", "Sarmada", "Idlib", nth=1), "2025-02-16", "الدفاع المدني", None,
           note="headline and body one blast («التفجير» at the end the same); the civil defence gives the detail")])

passage("cj29", "2016-07-30", "Al Jazeera", "three strikes at three places in one report",
        "قتل ستة مدنيين بينهم طفلان جراء غارات جوية استهدفت حي الشعار في مدينة حلب صباح اليوم السبت، بحسب مراسل "
        "الجزيرة. وفي ريف المحافظة الغربي، قتلت امرأتان وأصيب سبعة أشخاص بغارات مماثلة على بلدة دارة عزة، بينما ألقت "
        "مروحيات النظام براميل متفجرة على أطراف بلدة كفر حمرة دون أن تسفر عن ضحايا.",
        [E("airstrike", Q("ستة", 6), PL("الشعار", "al-Shaar", "Aleppo"), "2016-07-30", "مراسل الجزيرة", None),
         E("airstrike", None, PL("دارة عزة", "Darat Izza", "Aleppo"), "2016-07-30", "مراسل الجزيرة", None,
           note="«غارات مماثلة» at another town: another strike; two women (a dual): no figure"),
         E("airstrike", None, PL("كفر حمرة", "Kafr Hamra", "Aleppo"), "2016-07-30", "مراسل الجزيرة", GOV,
           note="barrels by another doer at a third place")])

passage("cj30", "2013-09-12", "SANA", "mortars fall, then their dead told by a police source",
        "سقطت قذائف هاون عدة ظهر اليوم الخميس على حي باب توما في دمشق القديمة، أطلقها مسلحون متمركزون في حي جوبر، بحسب "
        "وكالة سانا. وأوضح مصدر في قيادة شرطة دمشق أن القذائف أدت إلى استشهاد ثلاثة مواطنين وإصابة سبعة آخرين بجروح، "
        "وألحقت أضراراً بعدد من السيارات والمحال التجارية.",
        [E("shelling", Q("ثلاثة", 3), PL("باب توما", "Bab Touma", "Damascus"), "2013-09-12", "وكالة سانا", FSA,
           note="«القذائف أدت إلى» are the same mortars; Jobar is where they came from")])

passage("cj31", "2025-07-15", "Suwayda 24", "clashes renewed today, yesterday's clashes recalled with their toll",
        "تجددت صباح اليوم الثلاثاء الاشتباكات بين مسلحين من عشائر البدو ومجموعات محلية مسلحة في بلدة المزرعة غربي "
        "مدينة السويداء، بعد هدوء حذر ساد ليلاً، وفق شبكة «السويداء 24». وكانت اشتباكات مماثلة قد اندلعت في البلدة "
        "ذاتها أمس الاثنين إثر عمليات خطف متبادلة، وأسفرت عن مقتل ستة أشخاص وإصابة العشرات.",
        [E("armed_clash", None, PL("المزرعة", "al-Mazraa", "As-Suwayda"), "2025-07-15", "شبكة «السويداء 24»", TRIBES,
           note="today's renewed clashes"),
         E("armed_clash", Q("ستة", 6), PL("المزرعة", "al-Mazraa", "As-Suwayda"), "2025-07-14", None, TRIBES,
           note="yesterday's clashes with their own day and toll: another incident (one event per day of fighting)")])

passage("cj32", "2024-12-03", "SOHR", "a town taken, then the taker's statement of it",
        "سيطرت فصائل «إدارة العمليات العسكرية» اليوم الثلاثاء على مدينة صوران في ريف حماة الشمالي، بعد معارك مع قوات "
        "النظام استمرت منذ ساعات الفجر، بحسب المرصد السوري لحقوق الإنسان. وقالت إدارة العمليات في بيان إن مقاتليها "
        "حرروا المدينة وتقدموا نحو بلدة معردس المجاورة، مشيرة إلى أسر عدد من عناصر النظام.",
        [E("territory_change", None, PL("صوران", "Suran", "Hama"), "2024-12-03", "المرصد السوري لحقوق الإنسان", FSA,
           note="the battle is the taking's; the statement («حرروا المدينة») is the taker's telling; the advance toward "
                "Maardes is no place taken")])

passage("cj33", "2018-04-03", "Horan Free League", "a shelling, then «وتسبب القصف بمقتل» in the next sentence",
        "استهدفت قوات النظام بقذائف الدبابات والرشاشات الثقيلة أحياء درعا البلد مساء أمس الاثنين، انطلاقاً من مواقعها في "
        "حي المنشية، وفق «تجمع أحرار حوران». وتسبب القصف بمقتل خمسة مدنيين، بينهم سيدة وطفلاها، وإصابة أربعة آخرين "
        "بجروح، إلى جانب دمار في عدد من المنازل.",
        [E("shelling", Q("خمسة", 5), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2018-04-02", "تجمع أحرار حوران", GOV,
           note="«وتسبب القصف» goes on with the shelling; al-Manshiyah is where it came from")])

passage("cj34", "2015-08-03", "Reuters", "a battle's toll by SOHR and the fighters' own rounded count",
        "قال المرصد السوري لحقوق الإنسان يوم الاثنين إن 38 عنصراً على الأقل من قوات النظام ومقاتلي «حزب الله» قُتلوا في "
        "اشتباكات عنيفة مع فصائل المعارضة على أطراف مدينة الزبداني خلال اليومين الماضيين. وقال قائد ميداني في «حركة "
        "أحرار الشام» لرويترز إن مقاتليه قتلوا نحو 40 من المهاجمين وصدّوا محاولة تقدمهم من الجهة الغربية.",
        [E("armed_clash", Q("38", 38, None), PL("الزبداني", "al-Zabadani", "Rif Dimashq"), None,
           "المرصد السوري لحقوق الإنسان", None,
           note="the commander's «نحو 40» are the same dead (the other side's count); the repelled advance is the same "
                "fighting; two days: no single date")])

passage("cj35", "2025-09-30", "Enab Baladi", "a claim told first, the ministry's toll after it",
        "تبنّت جماعة «سرايا الجهاد» في بيان على «تلغرام» تفجير عبوة ناسفة استهدفت، مساء الاثنين، سيارة لإدارة الأمن العام "
        "على طريق مدينة القرداحة في ريف اللاذقية. وقالت وزارة الداخلية السورية في بيان منفصل إن الانفجار أدى إلى مقتل "
        "عنصرين وإصابة ثلاثة، مؤكدة ملاحقة المتورطين.",
        [E("explosion", None, PL("القرداحة", "al-Qardaha", "Latakia"), "2025-09-29", "وزارة الداخلية السورية", None,
           note="the claim and the ministry's account are one blast; two dead (a dual): no figure; a group unknown to "
                "the actor list")])

passage("cj36", "2023-05-11", "Enab Baladi", "an arrest, then its people named again «المعتقلين نُقلوا»",
        "داهمت دورية لـ«هيئة تحرير الشام» منازل في بلدة أرمناز غربي إدلب، فجر اليوم الخميس، واعتقلت أربعة ناشطين "
        "إعلاميين بسبب انتقادهم سياسات الهيئة، بحسب ما أفاد أحد أقاربهم لعنب بلدي. وأضاف المصدر أن المعتقلين نُقلوا "
        "إلى سجن العقاب، وأن ذويهم لم يتمكنوا من معرفة التهم الموجهة إليهم.",
        [E("arrest", Q("أربعة", 4), PL("أرمناز", "Armanaz", "Idlib"), "2023-05-11", "أحد أقاربهم", HTS,
           note="the detainees taken to a prison are the same arrest; the prison is where they were taken")])

passage("cj37", "2018-07-12", "Jaish al-Izza via Enab Baladi", "a repelled advance, then the answer by shelling elsewhere",
        "اندلعت اشتباكات عنيفة، فجر اليوم الخميس، بين فصائل المعارضة وقوات النظام على محور بلدة الزكاة في ريف حماة "
        "الشمالي، عقب محاولة تسلل لعناصر النظام، قتل فيها خمسة من المهاجمين بحسب «جيش العزة». ورداً على ذلك، قصفت قوات "
        "النظام بالمدفعية بلدة اللطامنة ومحيطها، ما أدى إلى إصابة مدنيين اثنين.",
        [E("armed_clash", Q("خمسة", 5), PL("الزكاة", "al-Zakat", "Hama"), "2018-07-12", "جيش العزة", GOV,
           note="the repelled infiltration is a clash"),
         E("shelling", None, PL("اللطامنة", "al-Lataminah", "Hama"), "2018-07-12", None, GOV,
           note="the answer at another town is an act of its own; two hurt (not a figure of dead)")])

passage("cj38", "2014-06-28", "Orient News", "the dead named again with their figure «القتلى السبعة»",
        "قُتل سبعة أشخاص، بينهم ثلاثة أطفال، مساء أمس الجمعة، جراء سقوط صاروخ أرض-أرض على حي سكني في مدينة الباب شرقي "
        "حلب، التي يسيطر عليها تنظيم «الدولة الإسلامية»، بحسب ناشطين. وأضاف الناشطون أن القتلى السبعة من عائلة واحدة، "
        "وأن الصاروخ أُطلق من مواقع قوات النظام في محيط مطار كويرس العسكري.",
        [E("shelling", Q("سبعة", 7), PL("الباب", "al-Bab", "Aleppo"), "2014-06-27", "ناشطين", GOV,
           note="«القتلى السبعة» are the same dead; the airbase is where the missile came from")])

passage("cj39", "2018-11-25", "Furat Post", "coalition raids, then «وقُتل في الغارات» with the toll",
        "شنت طائرات التحالف الدولي بقيادة واشنطن ليل السبت غارات عدة على بلدة هجين في ريف دير الزور الشرقي، آخر معاقل "
        "تنظيم «داعش» في المنطقة. وقُتل في الغارات 17 شخصاً على الأقل، بينهم تسعة من أسرة واحدة، حسبما أفادت شبكة "
        "«فرات بوست» المحلية اليوم الأحد.",
        [E("airstrike", Q("17", 17, None), PL("هجين", "Hajin", "Deir ez-Zor"), "2018-11-24", "شبكة «فرات بوست»", COAL,
           note="«وقُتل في الغارات» are the raids' dead")])


def main() -> None:
    write("gold37.jsonl", P37)


if __name__ == "__main__":
    main()
