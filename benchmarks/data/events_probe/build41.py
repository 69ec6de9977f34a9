"""Build gold41.jsonl: coverage set 41 (ids cn01…), written in stop 29 by helper `precision` BEFORE any run on it.

A coverage set for PRECISION: passages where the words of killing, clashes and attacks appear but no new incident
is told, or where one incident is told with its dead described again. Patterns read in real Arabic reporting
(the search tool's `pages` corpus, ~60 items, never copied): the dead described again («القتيل هو…»,
«ينحدر من…», «وكان يعمل…»), names of victims published, funerals and mourning («شيّع», «نعت»), condolences,
sentences and trials for a past killing, investigations («تشكيل لجنة للتحقيق في ملابسات مقتل…»), anniversaries,
tolls over a period («منذ بداية العام», «خلال الشهر الماضي»: aggregates), the act's toll told in the next
sentence or after «ما أدى إلى/ما أسفر عن», a wounded man dying later, clashes as a state («تشهد المنطقة
اشتباكات متقطعة», lines of contact), threats, warnings, aims, denials and rumours, «اشتباك/معركة» in the
political sense, the other side's telling of the same clash, and a force or group firing on unarmed people.
About half the passages are negative or mixed. People, villages, figures and dates are invented or varied.
Offsets are computed by build.build (the n-th occurrence) and checked.

    python benchmarks/data/events_probe/build41.py      # rewrites gold41.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   UNID, write)

P41: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P41.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


# ---------------------------------------------------------------- the dead described again

passage("cn01", "2021-03-16", "Daraa 24", "a killing, then «القتيل هو…» and «ينحدر من» in the next sentence",
        "قُتل شاب برصاص مسلحين مجهولين، مساء أمس الاثنين، قرب دوار البريد في مدينة نوى بريف درعا الغربي. وأوضح "
        "مراسل درعا 24 أن القتيل هو مازن عبد الكريم الحمد، ويبلغ من العمر 27 عاماً، وينحدر من بلدة الشيخ سعد "
        "المجاورة، وكان يعمل في محل لبيع قطع السيارات. ولم تتبنَّ أي جهة العملية حتى ساعة إعداد الخبر.",
        [E("armed_clash", None, PL("نوى", "Nawa", "Daraa"), "2021-03-15", "مراسل درعا 24", UNID,
           note="one killing by unknown gunmen; who he was, his age and his home town tell no event")])

passage("cn02", "2023-09-05", "Syria TV", "a funeral of fighters killed years ago (negative)",
        "شيّع المئات من أهالي مدينة الصنمين شمالي درعا، اليوم الثلاثاء، جثامين أربعة مقاتلين سابقين في الجيش الحر "
        "قُتلوا عام 2013 خلال معارك مع قوات النظام، بعد تسلّم رفاتهم من دائرة الطب الشرعي في دمشق. وردد المشيعون "
        "هتافات تستذكر بدايات الثورة، فيما نشرت صفحات محلية صوراً من موكب التشييع.",
        [])

passage("cn03", "2022-05-10", "Enab Baladi", "a death sentence for a killing last year (negative)",
        "أصدرت محكمة الجنايات في حمص حكماً بالإعدام على ثلاثة متهمين بقتل سائق سيارة أجرة في حي الوعر مطلع العام "
        "الماضي، بحسب ما نقلته صحيفة «الوطن» المقربة من النظام. وقالت الصحيفة إن المتهمين اعترفوا خلال التحقيق "
        "بإطلاق النار على الضحية بقصد سرقة سيارته، قبل أن يُلقى القبض عليهم بعد أسابيع من الجريمة.",
        [])

passage("cn04", "2025-02-18", "SANA", "an inquiry into a killing told before (negative)",
        "أعلنت وزارة الداخلية السورية، اليوم الثلاثاء، تشكيل لجنة للتحقيق في ملابسات مقتل الشاب فراس الخطيب الذي "
        "عُثر عليه مقتولاً في ريف حماة الشرقي الأسبوع الماضي. وقال المتحدث باسم الوزارة إن اللجنة ستحيل نتائج "
        "التحقيق إلى القضاء خلال عشرة أيام، متعهداً بمحاسبة كل من يثبت تورطه في الجريمة.",
        [])

passage("cn05", "2019-05-25", "Zaman al-Wasl", "an anniversary of a massacre; the vigil is the news",
        "نظّم ناشطون وقفة احتجاجية في مدينة إدلب، أمس الجمعة، في الذكرى السابعة لمجزرة قرية الشومرية بريف حمص، "
        "التي قُتل فيها 86 مدنياً بينهم نساء وأطفال على يد قوات النظام والشبيحة عام 2012. ورفع المشاركون صور "
        "الضحايا ولافتات تطالب بمحاسبة المسؤولين عن المجزرة وإحالتهم إلى المحاكم الدولية.",
        [E("protest", None, PL("إدلب", "Idlib", "Idlib"), "2019-05-24", None, PROT,
           note="the vigil is today's event; the massacre of 2012 is remembered, no event")])

passage("cn06", "2019-05-09", "Orient", "a strike's toll, then the victims' names (one event)",
        "قُتل سبعة أشخاص من عائلة واحدة، فجر اليوم الخميس، جراء غارة جوية استهدفت منزلهم في بلدة كفرنبودة بريف "
        "حماة الشمالي. ونشر ناشطون أسماء الضحايا، وهم الأب والأم وخمسة من أطفالهما، أصغرهم رضيع لم يتجاوز عمره "
        "ستة أشهر، مؤكدين أن المنزل دُمّر بالكامل.",
        [E("airstrike", Q("سبعة", 7), PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2019-05-09", None, None,
           note="the names and the breakdown are the same dead; the baby's age is no figure")])

passage("cn07", "2024-02-05", "SOHR", "a landmine; the dead man's origin and his old wounds",
        "لقي عنصر في الفرقة الرابعة مصرعه وأصيب آخر، اليوم الاثنين، بانفجار لغم أرضي بسيارتهما العسكرية في بادية "
        "تدمر شرقي حمص. وأشار المرصد السوري لحقوق الإنسان إلى أن القتيل ينحدر من مدينة جبلة في ريف اللاذقية، وكان "
        "قد أصيب مرتين في معارك ريف حماة عام 2019.",
        [E("explosion", None, PL("بادية تدمر", "Palmyra desert", "Homs"), "2024-02-05",
           "المرصد السوري لحقوق الإنسان", None,
           note="his home town is no place of the act; his wounds of 2019 are his biography")])

passage("cn08", "2020-10-12", "Enab Baladi", "a body found, then who it was (one event)",
        "عثر أهالي قرية الكتيبة في ريف درعا الشرقي، صباح اليوم الاثنين، على جثة شاب مقتول بعدة طلقات نارية في أرض "
        "زراعية على أطراف القرية. وتبين أن الجثة تعود للشاب أحمد الرفاعي، المفقود منذ ثلاثة أيام، وهو من أبناء "
        "بلدة الغارية الغربية، بحسب ما قاله مصدر محلي لعنب بلدي.",
        [E("other", None, PL("الكتيبة", "Al-Kutaybah", "Daraa"), "2020-10-12", "مصدر محلي", None,
           note="a body found is `other`; missing for three days is no arrest; his home town no place")])

passage("cn09", "2014-02-20", "Al Jazeera", "mourning «نعت» of a commander killed yesterday in a strike",
        "نعت «جبهة النصرة» في بيان نشرته على حساباتها قائدها العسكري في المنطقة الشرقية أبو عمر الشحيلي، الذي قُتل "
        "مساء أمس بغارة جوية استهدفت سيارته قرب مدينة الميادين بريف دير الزور. ولم تحدد الجبهة الجهة التي نفذت "
        "الغارة، فيما رجّح ناشطون أن تكون طائرة حربية تابعة للنظام.",
        [E("airstrike", None, PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2014-02-19", "«جبهة النصرة»", None,
           note="the strike of yesterday is told first here (news); the mourning is no second death")])

passage("cn10", "2025-06-11", "SANA", "condolences for men killed in an ambush last week (negative)",
        "قدّم محافظ اللاذقية التعازي لذوي عناصر الأمن العام الثلاثة الذين استشهدوا في الكمين الذي تعرضت له دوريتهم "
        "على طريق جبلة الأسبوع الماضي، وذلك خلال زيارته منازلهم في قرية بسنادا. وأكد المحافظ أن الجهات المختصة "
        "تواصل ملاحقة المتورطين في الهجوم لتقديمهم إلى القضاء.",
        [])

# ---------------------------------------------------------------- tolls over a period (aggregates)

passage("cn11", "2024-04-06", "Horan Free League", "a month's toll with its breakdown",
        "سجّل مكتب توثيق الانتهاكات في تجمع أحرار حوران مقتل 41 شخصاً في محافظة درعا خلال شهر آذار الماضي، بينهم 23 "
        "قُتلوا في عمليات اغتيال بالرصاص المباشر أو بالعبوات الناسفة. وأشار المكتب إلى أن الحصيلة تشمل ستة معتقلين "
        "قضوا تحت التعذيب في سجون النظام، فيما أصيب 17 آخرون بجروح متفاوتة.",
        [E("casualties", Q("41", 41), PL("درعا", "Daraa", "Daraa"), "2024-03",
           "مكتب توثيق الانتهاكات في تجمع أحرار حوران", None, kind="aggregate",
           note="a month's toll; the assassinations and torture deaths are its breakdown")])

passage("cn12", "2023-01-03", "SOHR", "a year's national toll",
        "المرصد السوري لحقوق الإنسان: وثّق المرصد منذ مطلع العام الفائت وحتى نهايته مقتل 3825 شخصاً على امتداد "
        "الأراضي السورية، بينهم 1627 مدنياً. وأوضح المرصد أن من بين القتلى المدنيين 341 طفلاً، قضى عدد كبير منهم "
        "بانفجار مخلفات الحرب والألغام.",
        [E("casualties", Q("3825", 3825), None, "2022", "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="one aggregate; civilians and children are its breakdown; the remnants are how, not an incident")])

passage("cn13", "2019-12-03", "Syria TV", "an incident, then a campaign's running toll",
        "قُتل طفلان وأصيبت والدتهما بجروح، اليوم الثلاثاء، جراء قصف مدفعي لقوات النظام على قرية معرشورين شرقي "
        "معرة النعمان. وبحسب فريق «منسقو استجابة سوريا» فإن عدد الضحايا المدنيين منذ بداية الحملة العسكرية على "
        "ريف إدلب الجنوبي في نيسان الماضي ارتفع إلى 1454 مدنياً.",
        [E("shelling", None, PL("معرشورين", "Maarshurin", "Idlib"), "2019-12-03", None, GOV,
           note="«قُتل طفلان»: a dual with no numeral is no figure (the sets' convention; mended after the first run)"),
         E("casualties", Q("1454", 1454), PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"), None,
           "فريق «منسقو استجابة سوريا»", None, kind="aggregate",
           note="a campaign's running total: an aggregate, not the day's shelling")])

passage("cn14", "2014-07-15", "Al-Quds al-Arabi", "a warning of massacres, with a period's toll",
        "حذّرت منظمة «هيومن رايتس ووتش» من أن المدنيين في الأحياء الشرقية من مدينة حلب يواجهون خطر «مجازر جديدة» "
        "إذا استمر إلقاء البراميل المتفجرة عليها، داعية مجلس الأمن إلى التحرك العاجل. وقالت المنظمة إنها وثقت مقتل "
        "مئات المدنيين في المدينة منذ مطلع العام الجاري.",
        [E("casualties", Q("مئات", 200, 900, True), PL("حلب", "Aleppo", "Aleppo"), None, "هيومن رايتس ووتش", None,
           kind="aggregate", note="the massacres are feared (future/conditional); the year's toll is an aggregate"),
         E("statement", None, PL("حلب", "Aleppo", "Aleppo"), None, 'منظمة «هيومن رايتس ووتش»', None, note='MENDED stop 32 (conventions): the warning and the call of a named body: one statement (stop 32), at the city it concerns')])

# ---------------------------------------------------------------- the act's own toll told after it

passage("cn15", "2020-07-14", "North Press", "a blast, its toll in the next sentence",
        "انفجرت عبوة ناسفة مزروعة على جانب الطريق، صباح اليوم الثلاثاء، لدى مرور سيارة تقل عمالاً في قرية الكسرة بريف "
        "دير الزور الغربي. وأسفر الانفجار عن مقتل ثلاثة من العمال وإصابة اثنين آخرين بجروح، نُقلوا إلى مشفى في "
        "مدينة الرقة، بحسب ما أفاد به مصدر طبي لنورث برس.",
        [E("explosion", Q("ثلاثة", 3), PL("الكسرة", "Al-Kasrah", "Deir ez-Zor"), "2020-07-14", "مصدر طبي", UNID,
           note="the deaths of the next sentence are the blast's; the hospital's city is no place")])

passage("cn16", "2018-11-20", "Step News", "shelling «ما أسفر عن», a wounded man dies the next day",
        "قصفت قوات النظام بقذائف المدفعية الثقيلة أطراف بلدة التمانعة في ريف إدلب الجنوبي، ظهر أمس الاثنين، ما أسفر "
        "عن مقتل مدنيين اثنين وإصابة خمسة آخرين. وقال مراسل وكالة ستيب إن عدد القتلى ارتفع إلى ثلاثة بعد وفاة أحد "
        "المصابين صباح اليوم في مشفى معرة النعمان متأثراً بجراحه البليغة.",
        [E("shelling", Q("ثلاثة", 3), PL("التمانعة", "Al-Tamanah", "Idlib"), "2018-11-19", "مراسل وكالة ستيب", GOV,
           note="the toll updated by a death of wounds: the shelling's figure is three; no second death")])

passage("cn17", "2017-02-14", "SOHR", "strikes, then a fourth dead of wounds «ليرتفع»",
        "قُتل ثلاثة مدنيين، أمس الاثنين، جراء غارات جوية روسية على مدينة دارة عزة في ريف حلب الغربي. وأفاد المرصد "
        "السوري لحقوق الإنسان اليوم بأن مدنياً رابعاً فارق الحياة متأثراً بجراح أصيب بها في الغارات ذاتها، ليرتفع "
        "عدد ضحاياها إلى أربعة.",
        [E("airstrike", Q("أربعة", 4), PL("دارة عزة", "Darat Izza", "Aleppo"), "2017-02-13",
           "المرصد السوري لحقوق الإنسان", RUS, note="the later death raises the strike's toll")])

passage("cn18", "2021-08-23", "Syria TV", "a death of wounds from shelling a month ago, told alone",
        "توفي الشاب خالد العبيد، اليوم الاثنين، في أحد مشافي مدينة إدلب، متأثراً بجراح أصيب بها قبل نحو شهر جراء "
        "قصف صاروخي لقوات النظام على بلدة البارة في جبل الزاوية. وكان العبيد يعمل متطوعاً في الدفاع المدني، وقد "
        "خضع لعدة عمليات جراحية منذ إصابته.",
        [E("shelling", None, PL("البارة", "Al-Bara", "Idlib"), None, None, GOV,
           note="the death belongs to the shelling that caused it (as cj08), dated about a month ago (no day); the "
                "hospital's city is no place; one death, no numeral")])

passage("cn19", "2017-03-19", "SANA", "a mortar shell; the dead in the source's sentence after",
        "سقطت قذيفة هاون على سوق شعبي في حي الميدان بدمشق، ظهر اليوم الأحد. وقال مصدر في قيادة الشرطة لمراسل سانا إن "
        "القذيفة أطلقها إرهابيون من مواقعهم في الغوطة الشرقية، وإن ثلاثة مواطنين استشهدوا وأصيب تسعة آخرون جراء "
        "سقوطها.",
        [E("shelling", Q("ثلاثة", 3), PL("الميدان", "Al-Midan", "Damascus"), "2017-03-19",
           "مصدر في قيادة الشرطة", None,
           note="the Ghouta is where the shell came from; the dead are the shell's")])

passage("cn20", "2022-09-07", "Baladi News", "«ما أدى إلى مقتله», then a separate incident",
        "أطلق مسلحون مجهولون النار على مختار بلدة المليحة الشرقية في ريف درعا الشرقي، مساء أمس الثلاثاء، ما أدى إلى "
        "مقتله على الفور. وفي حادثة منفصلة، أصيب عنصر من الأمن العسكري بجروح خطيرة إثر استهدافه بالرصاص في مدينة "
        "إنخل، بحسب ما أفاد به تجمع أحرار حوران.",
        [E("armed_clash", None, PL("المليحة الشرقية", "Al-Mulayhah al-Sharqiyah", "Daraa"), "2022-09-06", None, UNID,
           note="the death is the fire's; «ما أدى إلى مقتله» no second event"),
         E("armed_clash", None, PL("إنخل", "Inkhil", "Daraa"), None, "تجمع أحرار حوران", UNID,
           note="«في حادثة منفصلة»: another incident")])

passage("cn21", "2012-12-10", "AFP", "bodies brought to a hospital a day after clashes",
        "قال ناشطون إن جثث 12 شخصاً نُقلت إلى مستشفى ميداني في بلدة عقرب بريف حماة، بعد يوم من اشتباكات عنيفة "
        "شهدتها البلدة بين مقاتلين معارضين ومسلحين موالين للنظام. وأضاف الناشطون أن القتلى هم من سكان البلدة، وأن "
        "التعرف على بعضهم لا يزال متعذراً.",
        [E("armed_clash", Q("12", 12), PL("عقرب", "Aqrab", "Hama"), "2012-12-09", "ناشطون", None,
           note="the bodies are the clash's dead: one clash with its toll, no `other` for bodies brought in")])

passage("cn22", "2023-05-08", "Daraa 24", "two killings in two villages, then who they were",
        "قُتل شاب برصاص مجهولين في بلدة الجيزة شرقي درعا، مساء أمس الأحد، وقُتل آخر بالطريقة ذاتها في بلدة صيدا "
        "المجاورة بعد ساعات. وقالت مصادر محلية إن القتيل الأول يعمل في صفوف اللواء الثامن، فيما كان الثاني مطلوباً "
        "للأجهزة الأمنية.",
        [E("armed_clash", None, PL("الجيزة", "Al-Jizah", "Daraa"), "2023-05-07", "مصادر محلية", UNID),
         E("armed_clash", None, PL("صيدا", "Saida", "Daraa"), "2023-05-07", "مصادر محلية", UNID,
           note="two incidents (two villages, hours apart); the sentence after describes both dead")])

# ---------------------------------------------------------------- clashes as a state, lines of contact

passage("cn23", "2016-03-02", "SOHR", "clashes as a state and positions held (negative)",
        "تشهد محاور ريف حلب الجنوبي اشتباكات متقطعة بين قوات النظام والفصائل منذ أسابيع، وسط هدوء حذر يسود معظم "
        "الجبهات منذ بدء سريان الهدنة. وأفاد المرصد السوري لحقوق الإنسان بأن قوات النظام تتمركز على خطوط التماس في "
        "محيط بلدة العيس منذ سيطرتها عليها مطلع الشهر الماضي.",
        [])

passage("cn24", "2020-01-15", "North Press", "lines of contact, then one clash",
        "تتقاسم قوات سوريا الديمقراطية والفصائل المدعومة من تركيا خطوط تماس تمتد لأكثر من 30 كيلومتراً في ريف تل "
        "تمر، وتشهد تلك الخطوط اشتباكات بين الحين والآخر. وقال مصدر عسكري في مجلس تل تمر العسكري إن مقاتلي المجلس "
        "اشتبكوا، فجر اليوم الأربعاء، مع مجموعة حاولت التسلل إلى قرية أم الكيف، ما أدى إلى مقتل اثنين من المهاجمين.",
        [E("armed_clash", Q("اثنين", 2), PL("أم الكيف", "Umm al-Kayf", "Al-Hasakah"), "2020-01-15",
           "مصدر عسكري في مجلس تل تمر العسكري", SDF,
           note="the lines of contact and their habit are no event; the length is no figure")])

passage("cn25", "2025-07-20", "Suwayda 24", "a calm after a truce, fear of renewed fighting (negative)",
        "يسود هدوء حذر مدينة السويداء منذ سريان اتفاق وقف إطلاق النار مساء الجمعة، بعد أسبوع من المعارك بين مسلحين "
        "من أبناء المحافظة ومقاتلين من العشائر. ويخشى الأهالي تجدد الاشتباكات في أي لحظة، في ظل استمرار انقطاع "
        "الكهرباء والمياه عن معظم أحياء المدينة، بحسب شبكة السويداء 24.",
        [])

passage("cn26", "2016-10-20", "Al Jazeera", "accusations of breaking a truce, no clash (negative)",
        "تبادلت قوات النظام والمعارضة الاتهامات بخرق الهدنة الإنسانية التي أعلنتها روسيا في مدينة حلب، دون أن تُسجل "
        "اشتباكات تذكر على خطوط التماس حتى مساء اليوم الخميس. وقال مراسل الجزيرة إن المعابر التي حددتها موسكو لخروج "
        "المدنيين والمسلحين من الأحياء الشرقية بقيت خالية.",
        [])

passage("cn27", "2018-09-01", "Enab Baladi", "a battle expected, readiness raised (negative)",
        "تتجه الأنظار إلى ريف إدلب الجنوبي مع تواتر الحديث عن معركة مرتقبة تحضّر لها قوات النظام بدعم روسي. وقال "
        "قيادي في «الجبهة الوطنية للتحرير» لعنب بلدي إن الفصائل رفعت جاهزيتها ونشرت تحصينات جديدة على خطوط التماس، "
        "مؤكداً أن أي هجوم على المنطقة سيواجه بمقاومة شرسة.",
        [])

passage("cn28", "2013-08-22", "Al Arabiya", "an offensive prepared and its aim (negative)",
        "قالت مصادر في المعارضة السورية إن كتائب الجيش الحر تستعد لشن هجوم واسع على مواقع قوات النظام في "
        "الأكاديمية العسكرية قرب مدينة خان العسل خلال الأيام المقبلة. وأضافت المصادر أن الهجوم يهدف إلى قطع طريق "
        "الإمداد الواصل إلى مدينة حلب من جهة الغرب.",
        [])

# ---------------------------------------------------------------- threats, warnings, denials, rumours

passage("cn29", "2024-11-10", "Enab Baladi", "a threat to storm a town (negative)",
        "هدد قائد مجموعة محلية في مدينة جاسم باقتحام البلدة المجاورة ما لم يُسلّم المتهمون بقتل أحد عناصره، بحسب "
        "تسجيل صوتي تداولته صفحات محلية. وقالت مصادر أهلية لعنب بلدي إن وجهاء المنطقة يعقدون اجتماعات متواصلة "
        "لاحتواء التوتر ومنع انزلاق الطرفين إلى اشتباكات مسلحة.",
        [E("statement", None, None, None, 'قائد مجموعة محلية في مدينة جاسم', None, note="MENDED stop 32 (conventions): a group leader's threat is a statement (stop 32); the town threatened is unnamed (Jasim is his group's)")])

passage("cn30", "2023-06-01", "Asharq Al-Awsat", "a warning of escalation (negative)",
        "حذّر ناشطون في ريف السويداء الغربي من تصعيد عسكري وشيك، بعد أنباء عن استقدام تعزيزات إلى محيط بلدة "
        "المزرعة، مؤكدين أن أي هجوم على القرى سيقابل بالرد. وقال أحد وجهاء البلدة لـ«الشرق الأوسط» إن الأهالي "
        "يخشون تكرار المعارك التي شهدتها المنطقة قبل سنوات.",
        [])

passage("cn31", "2015-01-25", "SANA", "a threat of response, and today's strikes",
        "أكد مصدر عسكري أن أي محاولة من تنظيم «داعش» للتقدم باتجاه مطار دير الزور العسكري ستواجه برد حاسم، مشيراً "
        "إلى أن سلاح الجو نفذ اليوم الأحد غارات مكثفة على تجمعات التنظيم في حي الحويقة، أسفرت عن تدمير آليات "
        "ومقتل عدد من الإرهابيين.",
        [E("airstrike", None, PL("الحويقة", "Al-Huwayqa", "Deir ez-Zor"), "2015-01-25", "مصدر عسكري", GOV,
           note="the threat is future; «عدد من» is no figure")])

passage("cn32", "2019-08-12", "Orient", "a death denied; the strike itself happened",
        "نفى «فيلق الشام» صحة الأنباء التي تداولتها صفحات موالية عن مقتل القيادي في صفوفه أبو حمزة الشامي بغارة "
        "روسية على ريف إدلب. وقال المتحدث باسم الفيلق لأورينت نت إن القيادي بخير ويمارس مهامه بشكل طبيعي، وإن "
        "الغارة التي استهدفت أطراف بلدة كفرنبل أمس لم توقع أي إصابات.",
        [E("airstrike", None, PL("كفرنبل", "Kafr Nabl", "Idlib"), "2019-08-11", "المتحدث باسم الفيلق", RUS,
           note="the death is denied (no casualties); the strike near Kafr Nabl took place, without harm"),
         E("statement", None, PL("ريف إدلب", "Idlib countryside", "Idlib"), None, '«فيلق الشام»', FSA, note="MENDED stop 32 (conventions): a denial that is the item's news is a statement (stop 32), at the place it concerns")])

passage("cn33", "2025-03-20", "SANA", "rumoured clashes denied (negative)",
        "نفت وزارة الدفاع السورية ما تداولته حسابات على مواقع التواصل الاجتماعي عن اندلاع اشتباكات بين وحدات من "
        "الجيش ومجموعات عشائرية في ريف دير الزور الشرقي، مؤكدة أن الأوضاع في المنطقة مستقرة. ودعت الوزارة المواطنين "
        "إلى استقاء الأخبار من المصادر الرسمية وعدم الانجرار وراء الشائعات.",
        [E("statement", None, PL("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"), None, 'وزارة الدفاع السورية', GOV, note="MENDED stop 32 (conventions): a denial that is the item's news, and the ministry's call: one statement (stop 32), at the place the denied act was said to be")])

passage("cn34", "2024-08-18", "SOHR", "a rumour corrected: celebratory fire (negative)",
        "تداولت صفحات محلية أنباء عن اشتباكات بين فصيلين من «الجيش الوطني» في مدينة جنديرس، إلا أن مصادر المرصد "
        "السوري لحقوق الإنسان أكدت أن ما جرى إطلاق نار في الهواء خلال حفل زفاف دون وقوع إصابات. وتشهد مناطق ريف حلب "
        "الشمالي توتراً متكرراً بين الفصائل على خلفية تقاسم عائدات المعابر.",
        [])

passage("cn35", "2020-11-30", "SY24", "a rumoured death; the fire confirmed",
        "تداولت صفحات موالية أنباء عن مقتل ضابط برتبة عقيد في هجوم على حاجز قرب بلدة معدان بريف الرقة الشرقي، فيما "
        "لم يصدر أي تأكيد رسمي حتى الآن. وقال مصدر محلي لموقع SY24 إن الحاجز تعرض فعلاً لإطلاق نار من مسلحين مجهولين "
        "مساء أمس، لكنه لم يتمكن من التحقق من وقوع قتلى.",
        [E("armed_clash", None, PL("معدان", "Maadan", "Raqqa"), "2020-11-29", "مصدر محلي", UNID,
           note="one attack on the checkpoint, told as a rumour and then confirmed; the death is unconfirmed")])

# ---------------------------------------------------------------- «اشتباك / معركة» in the political sense

passage("cn36", "2022-02-10", "Al-Modon", "«اشتباك كلامي» in a council session (negative)",
        "تحولت جلسة مجلس محافظة حلب، أمس الأربعاء، إلى اشتباك كلامي بين عضوين على خلفية توزيع مخصصات المحروقات على "
        "الأحياء، قبل أن يتدخل رئيس المجلس ويرفع الجلسة. ونقلت صحيفة محلية عن أحد الحاضرين أن المشادة كادت تتطور "
        "إلى عراك بالأيدي لولا تدخل الموظفين.",
        [])

passage("cn37", "2024-07-10", "Sawt al-Asima", "«معركة انتخابية», «حرب تصريحات» (negative)",
        "تخوض قوائم حزب البعث معركة انتخابية شبه محسومة في دوائر محافظة حماة، وسط عزوف واسع من الأهالي عن المشاركة، "
        "بحسب ما نقل موقع «صوت العاصمة» عن مصادر محلية. وقالت المصادر إن المرشحين المستقلين يشتكون من «حرب "
        "تصريحات» تشنها صفحات موالية ضدهم منذ أسابيع.",
        [])

# ---------------------------------------------------------------- the other side's telling of the same clash

passage("cn38", "2017-06-05", "Anadolu", "a clash, then «من جهتها» the other side's statement",
        "اندلعت اشتباكات عنيفة، مساء أمس، بين فصائل الجيش السوري الحر ومقاتلي «ي ب ك» على محور قرية مرعناز جنوبي "
        "مدينة أعزاز، قُتل خلالها أربعة من عناصر الجيش الحر، بحسب مراسل الأناضول. من جهتها، قالت وحدات حماية الشعب "
        "في بيان إن مقاتليها صدّوا هجوماً على مواقعهم في مرعناز وكبّدوا المهاجمين خسائر فادحة.",
        [E("armed_clash", Q("أربعة", 4), PL("مرعناز", "Maranaz", "Aleppo"), "2017-06-04", "مراسل الأناضول", None,
           note="the YPG statement tells the same clash")])

passage("cn39", "2016-08-01", "Al Jazeera", "«في حين ذكرت سانا…» the same battle from the other side",
        "قالت فصائل المعارضة السورية إنها قتلت أكثر من 30 عنصراً من قوات النظام والميليشيات الموالية لها في معارك على "
        "محور الراموسة جنوبي حلب، في حين ذكرت وكالة الأنباء الرسمية «سانا» أن الجيش أحبط هجوماً للإرهابيين على "
        "المنطقة وقتل العشرات منهم.",
        [E("armed_clash", Q("أكثر من 30", 30, None, True), PL("الراموسة", "Ramouseh", "Aleppo"), None,
           "فصائل المعارضة السورية", None, note="one battle told by both sides; SANA's foiled attack is the same")])

passage("cn40", "2025-01-29", "Enab Baladi", "an attack on a checkpoint, then the ministry's statement",
        "هاجم مسلحون يُعتقد أنهم من فلول النظام السابق حاجزاً لإدارة الأمن العام على مدخل بلدة عين الشرقية بريف "
        "جبلة، ليل أمس، واشتبكوا مع عناصره لنحو ساعة. وقالت وزارة الداخلية في بيان اليوم إن عناصر الحاجز تصدّوا "
        "للهجوم وقتلوا اثنين من المهاجمين، فيما أصيب ثلاثة عناصر بجروح.",
        [E("armed_clash", Q("اثنين", 2), PL("عين الشرقية", "Ain al-Sharqiya", "Latakia"), "2025-01-28",
           "وزارة الداخلية", LOYAL, note="the ministry's repelled attack is the same clash with its toll")])

passage("cn41", "2021-06-29", "Hawar", "an attack on a post; the statement and the dead man's origin",
        "استُشهد مقاتل من قوات سوريا الديمقراطية وأصيب اثنان آخران، صباح اليوم، إثر هجوم شنّه مسلحون من خلايا داعش "
        "على نقطة عسكرية في بلدة ذيبان بريف دير الزور الشرقي. وقال المركز الإعلامي لقسد في بيان إن قواته ردّت على "
        "مصادر النيران وأجبرت المهاجمين على الفرار، مشيراً إلى أن المقاتل الشهيد ينحدر من مدينة الحسكة.",
        [E("armed_clash", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2021-06-29", "المركز الإعلامي لقسد", IS,
           note="the return of fire is the same clash; Hasakah is where the dead man came from")])

# ---------------------------------------------------------------- fire on unarmed people (not a clash)

passage("cn42", "2021-10-03", "SOHR", "a checkpoint fires on a civilian car",
        "استهدف عناصر حاجز تابع لقوات النظام بالرصاص الحي سيارة مدنية على مدخل بلدة المزيريب في ريف درعا الغربي، ما "
        "أدى إلى مقتل سائقها وإصابة امرأة كانت برفقته، وفق ما أفاد به المرصد السوري لحقوق الإنسان. ولم يُعرف سبب "
        "إطلاق النار على السيارة حتى الآن.",
        [E("casualties", None, PL("المزيريب", "Al-Muzayrib", "Daraa"), None, "المرصد السوري لحقوق الإنسان", GOV,
           note="a force firing on civilians: a death (casualties), not a clash")])

passage("cn43", "2015-09-14", "SOHR", "IS gunmen kill shepherds; a clash after it",
        "أطلق مسلحون من تنظيم «الدولة الإسلامية» النار على رعاة أغنام قرب قرية رسم الحمام في ريف حماة الشرقي، ما أدى "
        "إلى مقتل ثلاثة منهم، بحسب المرصد السوري لحقوق الإنسان. وأضاف المرصد أن اشتباكات اندلعت بعد ساعات بين عناصر "
        "التنظيم وقوات الدفاع الوطني في محيط القرية ذاتها دون ورود أنباء عن خسائر.",
        [E("casualties", Q("ثلاثة", 3), PL("رسم الحمام", "Rasm al-Hamam", "Hama"), None,
           "المرصد السوري لحقوق الإنسان", IS, note="a named group firing on unarmed shepherds: violence against civilians"),
         E("armed_clash", None, PL("رسم الحمام", "Rasm al-Hamam", "Hama"), None, "المرصد السوري لحقوق الإنسان", IS,
           note="the clash hours later is a second incident at the same village")])

passage("cn44", "2021-01-12", "North Press", "faction members beat farmers",
        "اعتدى عناصر من فصيل «الحمزات» بالضرب على ثلاثة مزارعين في قرية كفرصفرة بناحية جنديرس، بعد رفضهم دفع إتاوة "
        "على محصول الزيتون، بحسب ما قالته منظمة حقوقية كردية. وأضافت المنظمة أن أحد المزارعين نُقل إلى المشفى بحالة "
        "حرجة.",
        [E("casualties", Q("ثلاثة", 3), PL("كفرصفرة", "Kafr Safra", "Aleppo"), None, "منظمة حقوقية كردية", SNA,
           note="an assault on unarmed farmers: violence against civilians with three hurt")])

# ---------------------------------------------------------------- protests and updates around a killing

passage("cn45", "2012-05-28", "LCC", "a funeral turned protest, fired on",
        "خرج الآلاف في تشييع شهداء مدينة الرستن الذين سقطوا أمس، وتحول التشييع إلى مظاهرة حاشدة طالبت بإسقاط النظام، "
        "فأطلقت قوات الأمن النار على المشيعين ما أدى إلى مقتل شابين وإصابة آخرين، بحسب لجان التنسيق المحلية.",
        [E("protest", None, PL("الرستن", "Rastan", "Homs"), "2012-05-28", "لجان التنسيق المحلية", PROT,
           note="fire on a protest: a protest with its dead (p26); yesterday's dead recalled by the funeral are no event; "
                "«مقتل شابين»: a dual with no numeral is no figure (the sets' convention; mended after the first run)")])

passage("cn46", "2020-05-18", "Syria TV", "a tribe blocks a road over a killing two weeks ago",
        "قطع أبناء عشيرة البوسرايا الطريق العام في بلدة الكسرة غربي دير الزور، اليوم الاثنين، احتجاجاً على مقتل أحد "
        "أبنائها برصاص دورية لقسد قبل أسبوعين، مطالبين بتسليم مطلق النار إلى القضاء. وقال ناشطون إن وجهاء من العشيرة "
        "يفاوضون قيادة المجلس العسكري لتسليم العنصر المتهم.",
        [E("protest", None, PL("الكسرة", "Al-Kasrah", "Deir ez-Zor"), "2020-05-18", None, PROT,
           note="the protest is the news; the killing two weeks ago is its cause, told before")])

passage("cn47", "2018-04-02", "SANA", "a toll raised, the first toll recalled «وكان…»",
        "ارتفع إلى سبعة عدد الشهداء جراء سقوط قذائف صاروخية أطلقتها المجموعات الإرهابية أمس على حي الدويلعة في دمشق، "
        "بعد وفاة اثنين من الجرحى متأثرين بإصابتهما. وكان مصدر في قيادة شرطة دمشق أفاد بارتقاء خمسة مدنيين وإصابة 20 "
        "آخرين بجروح جراء القذائف.",
        [E("shelling", Q("سبعة", 7), PL("الدويلعة", "Al-Duwayla'a", "Damascus"), "2018-04-01", None, None,
           note="one shelling: the recap names its first toll (five), superseded by seven")])


# ---------------------------------------------------------------- added at 02:33 UTC after the first run (set 41 was
# ---------------------------------------------------------------- under the 45 events tests/test_probe_set.py asks);
# ---------------------------------------------------------------- written, like the rest, before any run on them

passage("cn48", "2022-11-08", "SOHR", "a drone strike; the dead man's origin and an earlier attempt on him",
        "استهدفت طائرة مسيّرة تركية سيارة على الطريق الواصل بين عامودا والقامشلي ظهر اليوم الثلاثاء، ما أدى إلى مقتل "
        "قيادي في قوات سوريا الديمقراطية ومرافقه. وأوضح المرصد السوري لحقوق الإنسان أن القيادي ينحدر من مدينة عين "
        "العرب، وكان قد نجا من محاولة اغتيال مماثلة العام الماضي.",
        [E("airstrike", None, PL("عامودا", "Amuda", "Al-Hasakah"), "2022-11-08", "المرصد السوري لحقوق الإنسان", TUR,
           note="two dead with no numeral; his home town and last year's attempt tell no event")])

passage("cn49", "2019-03-26", "Enab Baladi", "a blast, then a funeral of a man killed last night",
        "قُتل ثلاثة عناصر من قوات النظام وأصيب آخرون، أمس الاثنين، بانفجار عبوة ناسفة استهدفت حافلة عسكرية على أطراف "
        "مدينة الصنمين شمالي درعا. وشيّع أهالي بلدة جاسم المجاورة، اليوم، شاباً قُتل برصاص مجهولين مساء أمس أمام "
        "منزله، بحسب مراسل عنب بلدي.",
        [E("explosion", Q("ثلاثة", 3), PL("الصنمين", "Al-Sanamayn", "Daraa"), "2019-03-25", None, UNID),
         E("armed_clash", None, PL("جاسم", "Jasim", "Daraa"), "2019-03-25", "مراسل عنب بلدي", UNID,
           note="the killing of last night is told here first (the funeral is today): an event, dated by the killing")])

passage("cn50", "2024-09-15", "Syria TV", "a toll raised by deaths of wounds, then a month's sum",
        "ارتفع إلى 11 عدد القتلى المدنيين جراء القصف الصاروخي الذي شنته قوات النظام أمس السبت على سوق بلدة سرمين شرقي "
        "إدلب، بعد وفاة ثلاثة جرحى متأثرين بإصاباتهم. وأحصى فريق «منسقو استجابة سوريا» مقتل 64 مدنياً في شمال غربي "
        "سوريا منذ مطلع الشهر الجاري.",
        [E("shelling", Q("11", 11), PL("سرمين", "Sarmin", "Idlib"), "2024-09-14", None, GOV,
           note="the three who died of wounds are inside the eleven"),
         E("casualties", Q("64", 64), None, "2024-09", "فريق «منسقو استجابة سوريا»", None, kind="aggregate",
           note="a month's sum over a region")])

passage("cn51", "2013-06-11", "LCC", "a clash with its dead, then a sniper's victim nearby",
        "دارت اشتباكات عنيفة بين الجيش الحر وقوات النظام في حي الخالدية بمدينة حمص منذ ساعات الصباح الأولى، قُتل "
        "خلالها خمسة مقاتلين معارضين، بحسب لجان التنسيق المحلية. كما قُتل طفل برصاص قناص في حي القصور المجاور.",
        [E("armed_clash", Q("خمسة", 5), PL("الخالدية", "Al-Khalidiyah", "Homs"), "2013-06-11",
           "لجان التنسيق المحلية", None),
         E("casualties", None, PL("القصور", "Al-Qusour", "Homs"), None, "لجان التنسيق المحلية", None,
           note="«كما قُتل» in another quarter: a second incident")])

passage("cn52", "2021-05-04", "North Press", "an attack on a patrol, then arrests for it",
        "هاجم مسلحون مجهولون دورية لقوى الأمن الداخلي (الأسايش) في بلدة الشحيل بريف دير الزور الشرقي، فجر اليوم "
        "الثلاثاء، واشتبكوا معها، ما أدى إلى مقتل عنصرين. وقال مصدر أمني لنورث برس إن قوات سوريا الديمقراطية اعتقلت "
        "لاحقاً أربعة أشخاص يشتبه بتورطهم في الهجوم.",
        [E("armed_clash", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2021-05-04", None, UNID,
           note="two dead told by a dual: no figure"),
         E("arrest", Q("أربعة", 4), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), None, "مصدر أمني", SDF,
           note="«في الهجوم» is the attack told before, not a second one")])

passage("cn53", "2016-02-09", "Al Jazeera", "strikes on a town, denied by the other side",
        "قُتل 14 مدنياً وأصيب العشرات جراء غارات جوية استهدفت مستشفى ميدانياً وسوقاً في مدينة معرة النعمان، بحسب "
        "ناشطين. ونفت وزارة الدفاع الروسية أن تكون طائراتها قد شنت أي غارات على المدينة، متهمة جهات غربية بنشر "
        "«أكاذيب».",
        [E("airstrike", Q("14", 14), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), None, "ناشطين", None,
           note="the denial is about the same strikes")])

passage("cn54", "2025-04-14", "SANA", "an attack on a checkpoint, then an inquiry and who the dead were",
        "استشهد عنصران من الأمن العام وأصيب ثالث، مساء أمس، إثر هجوم شنه مسلحون من فلول النظام البائد على حاجز في قرية "
        "الدالية بريف جبلة. وأعلنت وزارة الداخلية في بيان اليوم فتح تحقيق في ملابسات الهجوم وملاحقة المتورطين، مشيرة "
        "إلى أن العنصرين الشهيدين من أبناء محافظة إدلب.",
        [E("armed_clash", None, PL("الدالية", "Al-Daliyah", "Latakia"), "2025-04-13", "وزارة الداخلية", LOYAL,
           note="the inquiry and the dead men's origin tell no event")])

passage("cn55", "2018-07-03", "Daraa 24", "shelling today; a death of wounds from a strike days before",
        "قصفت قوات النظام بلدة طفس بعشرات القذائف الصاروخية صباح اليوم الثلاثاء، ما أدى إلى مقتل امرأتين وطفل. وفي "
        "سياق متصل، توفي شاب من مدينة نوى متأثراً بجراح أصيب بها قبل خمسة أيام في غارة جوية على المدينة.",
        [E("shelling", None, PL("طفس", "Tafas", "Daraa"), "2018-07-03", None, GOV,
           note="two women and a child: no numeral"),
         E("airstrike", None, PL("نوى", "Nawa", "Daraa"), "2018-06-28", None, None,
           note="the death belongs to the strike five days before (as cj08)")])


def main() -> None:
    write("gold41.jsonl", P41)


if __name__ == "__main__":
    main()
