"""Build gold32.jsonl: unseen probe set 32 (stop 28, helper probe32; ids ua01…), mostly 2011-2016.

Written by helper probe32 before marsad was run on it: the phrasing of real Arabic reporting was read in
the search tool's `pages` corpus, then every sentence was written anew; people, villages, figures and dates
are invented or varied. Offsets are computed by build.py's helpers and checked.

    python benchmarks/data/events_probe/build32.py      # rewrites gold32.jsonl
"""
from __future__ import annotations

from build import COAL, FSA, GOV, HTS, IS, PROT, RUS, TUR, UNID, E, PL, Q, write  # noqa: F401

MIL = "Pro-government militias (Syria)"
HEZ = "Hezbollah"

P32: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P32.append({"id": pid, "published": published, "outlet": outlet, "style": style,
                "text": " ".join(text.split()), "events": events})


passage("ua01", "2011-04-22", "Al Jazeera", "a Friday protest fired on; other towns in a list",
        "أطلقت قوات الأمن السورية الرصاص الحي اليوم الجمعة على آلاف المصلين الذين تظاهروا لدى خروجهم من "
        "الجامع العمري في إزرع، بريف درعا، فقتلت ما لا يقل عن 19 منهم، بحسب ما أبلغ ناشطون سوريون الجزيرة. "
        "وامتدت المظاهرات في الجمعة التي أطلق عليها المحتجون اسم «الجمعة العظيمة» إلى حمص وحرستا ودوما، "
        "حيث ردد المتظاهرون هتافات تطالب بإسقاط النظام.",
        [E("protest", Q("آلاف", 2000, 9000, approx=True), PL("إزرع", "Izraa", "Daraa"), "2011-04-22",
           "ناشطون سوريون", PROT,
           note="fire on a protest: the 19 dead are the protest's fatalities (one event, as b01); count = "
                "the protesters; the mosque is where they set out, the town is the place"),
         E("protest", None, PL("حمص", "Homs", "Homs"), "2011-04-22", "ناشطون سوريون", PROT,
           note="one act told for a list of towns (Homs, Harasta, Douma): one group, scored as one")])

passage("ua02", "2011-07-31", "Reuters", "Reuters Beirut dateline; SOHR head; tanks storm a city",
        "بيروت (رويترز) - قال رامي عبد الرحمن رئيس المرصد السوري لحقوق الإنسان إن دبابات الجيش اقتحمت "
        "مدينة حماة فجر اليوم الأحد من أربعة محاور وقصفت أحياءها الشرقية بالرشاشات الثقيلة، ما أسفر عن مقتل "
        "45 مدنياً على الأقل. وأضاف أن خمسة أشخاص آخرين قتلوا برصاص قوات الأمن خلال مداهمات في مدينة "
        "البوكمال بمحافظة دير الزور. ولم يتسن لرويترز التحقق من الروايتين بشكل مستقل.",
        [E("shelling", Q("45", 45, None, approx=True), PL("حماة", "Hama", "Hama"), "2011-07-31",
           "رامي عبد الرحمن رئيس المرصد السوري لحقوق الإنسان", GOV,
           note="tanks storming a city and firing on its districts: shelling with the 45 dead (a second "
                "coder might say armed_clash); «على الأقل» after the noun sets the lower bound"),
         E("armed_clash", Q("خمسة", 5), PL("البوكمال", "Albu Kamal", "Deir ez-Zor"), "2011-07-31",
           "رامي عبد الرحمن رئيس المرصد السوري لحقوق الإنسان", GOV,
           note="security forces shooting during raids: one-sided violence, coded armed_clash (the contract "
                "has no attack type); the source carries over from the first sentence («وأضاف»)")])

passage("ua03", "2011-08-20", "SANA", "old SANA: 'armed terrorist groups', martyrs of the security forces",
        "حمص-سانا: استشهد عنصران من قوات حفظ النظام وأصيب أربعة آخرون بجروح مساء أمس الجمعة برصاص مجموعة "
        "إرهابية مسلحة أطلقت النار عليهم من أسطح الأبنية في حي باب السباع. وأوضح مصدر مسؤول في المحافظة أن "
        "الجهات المختصة تمكنت اليوم من إلقاء القبض على 11 من أفراد المجموعة وضبطت بحوزتهم أسلحة رشاشة "
        "وقنابل يدوية.",
        [E("armed_clash", None, PL("باب السباع", "Bab al-Sibaa", "Homs"), "2011-08-19", None, None,
           note="the dual «عنصران» has no numeral (no figure, as the earlier sets); the injured four are not "
                "the scored figure; the 'terrorist group' blamed by state media is left without an agent; "
                "the first sentence names no source: the outlet"),
         E("arrest", Q("11", 11), PL("باب السباع", "Bab al-Sibaa", "Homs"), "2011-08-20", "مصدر مسؤول في المحافظة",
           GOV, note="the arrests of the same group, today; the place carries over from the first sentence")])

passage("ua04", "2011-11-16", "AFP", "AFP: defectors attack an intelligence base; defections elsewhere",
        "أعلن الجيش السوري الحر أن عناصر منشقين هاجموا فجر اليوم الأربعاء بالأسلحة الرشاشة والقذائف الصاروخية "
        "مقر المخابرات الجوية في حرستا قرب دمشق، في أول عملية من نوعها قرب العاصمة. وقال المرصد السوري لحقوق "
        "الإنسان لوكالة فرانس برس إن 20 جندياً انشقوا في اليوم ذاته عن كتيبتهم المتمركزة قرب كفرنبل، "
        "وتبادلوا إطلاق النار لساعات مع دورية لاحقتهم.",
        [E("armed_clash", None, PL("حرستا", "Harasta", "Rif Dimashq"), "2011-11-16", "الجيش السوري الحر", FSA,
           note="the attacker's own claim; the intelligence base is in Harasta, the town named; «قرب دمشق» "
                "is a bearing, not the place"),
         E("defection", Q("20", 20), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2011-11-16",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the clash that followed is with the pursuers and has no figure of its own: folded into the "
                "defection (a second coder might add an armed_clash at Kafr Nabl)")])

passage("ua05", "2011-12-27", "Al-Hayat", "observers arrive; a protest of tens of thousands fired on",
        "تظاهر عشرات الآلاف اليوم الثلاثاء في حي الخالدية بحمص تزامناً مع وصول طلائع بعثة المراقبين العرب "
        "إلى المدينة، وقالت لجان التنسيق المحلية إن قوات الأمن أطلقت قنابل الغاز والرصاص الحي لتفريق "
        "المعتصمين قرب دوار الساعة، ما أدى إلى سقوط ستة قتلى. ولم يعلّق رئيس البعثة الفريق محمد الدابي "
        "على ما جرى، واكتفى بالقول إن الوضع «مطمئن».",
        [E("protest", Q("عشرات الآلاف", 20000, 90000, approx=True), PL("الخالدية", "Khalidiya", "Homs"),
           "2011-12-27", "لجان التنسيق المحلية", PROT,
           note="the first sentence has no source, the dispersal is the LCC's: gold gives the LCC; the six "
                "dead are the protest's fatalities; the roundabout is a spot near the sit-in, the district "
                "is the place (a second coder might take دوار الساعة); the observers' arrival is not an event")])

passage("ua06", "2012-01-20", "Zaman al-Wasl", "Zaman al-Wasl: an officer defects with his men; a destination",
        "خاص - زمان الوصل: انشق نحو 30 عسكرياً بينهم المقدم عبد الكريم الحسن عن اللواء المرابط في محيط "
        "مدينة الزبداني فجر الخميس، وانسحبوا بأسلحتهم الخفيفة إلى بساتين مضايا حيث انضموا إلى كتيبة "
        "تابعة للجيش الحر. وأكد ناشط من المنطقة لـ«زمان الوصل» أن المنشقين أعلنوا انشقاقهم في تسجيل مصور "
        "بثّ مساء اليوم نفسه.",
        [E("defection", Q("نحو 30", 30, approx=True), PL("الزبداني", "Zabadani", "Rif Dimashq"), "2012-01-19",
           "ناشط من المنطقة", GOV,
           note="Madaya's orchards are where they went, not the place; the brigade has no number here; "
                "source: the activist who confirmed it (a second coder might give the outlet's colon opener)")])

passage("ua07", "2012-02-09", "SOHR", "SOHR bulletin: a district shelled for the sixth day; a clash",
        "المرصد السوري لحقوق الإنسان: قتل 47 مواطناً بينهم تسعة أطفال جراء قذائف الهاون والصواريخ التي تنهال "
        "لليوم السادس على التوالي على حيي بابا عمرو والإنشاءات من مواقع القوات النظامية. وفي ريف إدلب استشهد ثلاثة "
        "من الجنود المنشقين خلال اشتباكات مع القوات النظامية عند مدخل مدينة سراقب الشرقي، بحسب المرصد.",
        [E("shelling", Q("47", 47), PL("بابا عمرو", "Baba Amr", "Homs"), "2012-02-09",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="one act on two districts: one group, at the first; the nine children are a breakdown; "
                "«لليوم السادس» is an ordinal"),
         E("armed_clash", Q("ثلاثة", 3), PL("سراقب", "Saraqib", "Idlib"), "2012-02-09", "المرصد", None,
           note="a two-sided clash: no agent; the three are the defectors killed")])

passage("ua08", "2012-03-02", "SANA", "old SANA: the army 'restores security' to a district",
        "حمص-سانا: أعادت وحدات من قواتنا المسلحة الباسلة الأمن والاستقرار إلى حي بابا عمرو يوم أمس بعد "
        "تطهيره من فلول المجموعات الإرهابية المسلحة التي روعت أهله لأشهر. وقال مصدر عسكري إن الوحدات "
        "المتقدمة فككت عشرات العبوات الناسفة المزروعة في الشوارع وضبطت مستودعاً للأسلحة في أحد الأقبية.",
        [E("territory_change", None, PL("بابا عمرو", "Baba Amr", "Homs"), "2012-03-01", "مصدر عسكري", GOV,
           note="SANA's «أعادت الأمن والاستقرار» is a taking; the defused charges are a count of the wrong "
                "thing; source: the military source of the next sentence (the outlet would be defensible)")])

passage("ua09", "2012-04-14", "Enab Baladi", "Enab Baladi: arrests at a checkpoint despite the truce",
        "عنب بلدي - داريا: اعتقلت عناصر من المخابرات الجوية صباح اليوم السبت 14 شاباً على الحاجز المقام عند "
        "مدخل داريا الشمالي أثناء توجههم إلى أعمالهم في دمشق، واقتادتهم إلى جهة مجهولة، رغم سريان وقف "
        "إطلاق النار الذي دخل حيز التنفيذ صباح الخميس الماضي. وقال أحد الأهالي إن الحاجز بات يدقق في "
        "هويات المارة ويعتقل كل من يرد اسمه في قوائم المطلوبين.",
        [E("arrest", Q("14", 14), PL("داريا", "Darayya", "Rif Dimashq", nth=1), "2012-04-14", None, GOV,
           note="Damascus is where they were going; the ceasefire is background with its own day (not an "
                "event of this report); the checkpoint's habit is not an event; source: the outlet")])

passage("ua10", "2012-05-26", "Al Arabiya", "a village shelled, then a massacre by militiamen",
        "قالت الهيئة العامة للثورة السورية إن 62 شخصاً بينهم 23 طفلاً قتلوا ليل الجمعة في قرية القبيبات "
        "بريف حماة الغربي، حين اقتحمها مسلحون من الشبيحة قدموا من القرى الموالية المجاورة، بعد ساعات من "
        "قصف مدفعي استهدف القرية من حاجز الكتيبة القريب وأوقع أربعة جرحى. وحمّل التلفزيون الرسمي "
        "«مجموعات إرهابية» مسؤولية المجزرة.",
        [E("armed_clash", Q("62", 62), PL("القبيبات", "al-Qubaybat", "Hama"), "2012-05-25",
           "الهيئة العامة للثورة السورية", MIL,
           note="a massacre by militiamen: one-sided violence coded armed_clash; the 23 children are a "
                "breakdown; state TV's blame is the other side's telling (same act, not a second event); "
                "the villages they came from are not the place"),
         E("shelling", None, PL("القبيبات", "al-Qubaybat", "Hama"), "2012-05-25", "الهيئة العامة للثورة السورية",
           GOV, note="the earlier shelling from the checkpoint (where fire came from, not the place); injured "
                     "only, so no scored figure")])

passage("ua11", "2012-06-19", "Reuters", "officers cross into Hatay; origin named",
        "أنطاكيا (تركيا) (رويترز) - قال مسؤول تركي إن عميداً وعقيدين و33 جندياً من الجيش السوري عبروا الحدود "
        "ليل الاثنين إلى ولاية هاتاي، بعد أن تركوا مواقعهم في جبل الأكراد بريف اللاذقية الشمالي. وبذلك يرتفع "
        "إلى 13 عدد الضباط من رتبة عميد الذين لجؤوا إلى تركيا منذ بدء الانتفاضة.",
        [E("defection", Q("33", 33), PL("جبل الأكراد", "Jabal al-Akrad", "Latakia"), "2012-06-18", "مسؤول تركي",
           GOV, note="the general and two colonels are beside the 33 (gold keeps the soldiers' figure; 36 in "
                     "all is defensible); Hatay is where they went, the mountain where they left from; "
                     "Antakya is the dateline"),
         E("defection", Q("13", 13), PL("تركيا", "Turkey", None, "Turkey", nth=1), None, "مسؤول تركي", GOV,
           kind="aggregate", note="a running total of generals who reached Turkey since 2011; gold places "
                                  "it at Turkey, where the text counts them")])

passage("ua12", "2012-07-24", "Al-Hayat", "the battle of Aleppo: a district taken, helicopters fire",
        "أكد قائد ميداني في «لواء التوحيد» لـ«الحياة» أن مقاتلي المعارضة باتوا يسيطرون على معظم حي صلاح "
        "الدين في جنوب غربي حلب بعد معارك استمرت ثلاثة أيام. وأفاد سكان بأن مروحيتين حكوميتين أطلقتا النار "
        "من رشاشاتهما الثقيلة على حي الشعار صباح اليوم الثلاثاء، فقتلتا سبعة مدنيين، من بينهم امرأتان.",
        [E("territory_change", None, PL("صلاح الدين", "Salaheddine", "Aleppo"), "2012-07-24",
           "قائد ميداني في «لواء التوحيد»", FSA,
           note="«باتوا يسيطرون» reports a taking after three days of battle; dated by the report"),
         E("airstrike", Q("سبعة", 7), PL("الشعار", "al-Shaar", "Aleppo"), "2012-07-24", "سكان", GOV,
           note="helicopter gunfire is an air strike; the dual «مروحيتين» has no numeral")])

passage("ua13", "2012-08-25", "AFP", "bodies found after a storming; the day's national toll",
        "أعلنت لجان التنسيق المحلية أن ناشطين عثروا على 87 جثة في أقبية ومنازل ببلدة جديدة الفضل في ريف "
        "دمشق، بعد يومين من اقتحام القوات النظامية لها، متهمة إياها بتنفيذ إعدامات ميدانية. وأحصت الهيئة "
        "العامة للثورة السورية مقتل 190 شخصاً اليوم السبت في أنحاء البلاد، غالبيتهم في ريفي دمشق ودرعا.",
        [E("other", Q("87", 87), PL("جديدة الفضل", "Jdeidet al-Fadl", "Rif Dimashq"), "2012-08-25",
           "لجان التنسيق المحلية", GOV,
           note="bodies found (the executions are an accusation without their own day): other; a second "
                "coder might code the storming as an armed_clash two days before"),
         E("casualties", Q("190", 190), None, "2012-08-25", "الهيئة العامة للثورة السورية", None, kind="aggregate",
           note="a day's national toll: no place («في أنحاء البلاد»); the two governorates are a breakdown")])

passage("ua14", "2012-09-11", "Shaam News Network", "a jet strikes a bakery queue",
        "شبكة شام: قضى 23 مدنياً وجرح العشرات، معظمهم نساء وأطفال، حين ألقت طائرة حربية لقوات الأسد صاروخين "
        "على عشرات الأهالي المصطفّين للحصول على ربطات الخبز قرب الفرن الآلي في الباب شمال شرق حلب ظهر اليوم، وفق ناشطين "
        "محليين. ويشهد البلد غارات شبه يومية منذ أسابيع، في حين تحاول فرق الإسعاف إخلاء الجرحى إلى تركيا.",
        [E("airstrike", Q("23", 23), PL("الباب", "al-Bab", "Aleppo"), "2012-09-11", "ناشطين محليين", GOV,
           note="the bakery is in al-Bab, the town named; «بصاروخين» is a dual without numeral; the "
                "near-daily raids are a habit, not an event")])

passage("ua15", "2012-10-09", "Reuters", "a town taken on the highway; shelling from a base",
        "قال مقاتلون من المعارضة السورية لرويترز إنهم سيطروا اليوم الثلاثاء على مدينة معرة النعمان الواقعة "
        "على الطريق السريع بين دمشق وحلب بعد معارك عنيفة مع الجيش. وأضافوا أن القوات الحكومية ردت بقصف "
        "المدينة بالمدفعية من معسكر وادي الضيف شرقيها، ما أدى إلى مقتل 11 شخصاً بينهم ستة من المقاتلين.",
        [E("territory_change", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2012-10-09",
           "مقاتلون من المعارضة السورية", FSA,
           note="Damascus and Aleppo name the highway's ends, not the place"),
         E("shelling", Q("11", 11), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2012-10-09",
           "مقاتلون من المعارضة السورية", GOV,
           note="the camp is where fire came from; the town («المدينة») is the place; six fighters are a "
                "breakdown")])

passage("ua16", "2012-10-23", "SANA", "old SANA: an amnesty decree covering desertion",
        "دمشق-سانا: بموجب مرسوم تشريعي وقّعه الرئيس بشار الأسد اليوم ويحمل الرقم 71، يُعفى العسكريون الفارّون "
        "من كامل العقوبة إذا كان فرارهم داخلياً، ومن العقوبة كذلك إذا فرّوا إلى خارج البلاد، على أن يراجعوا "
        "وحداتهم أو أقرب شعبة تجنيد في مهلة أقصاها شهران لمن هم داخل القطر وثلاثة أشهر لمن هم خارجه.",
        [E("desertion", None, PL("دمشق", "Damascus", "Damascus"), "2012-10-23", None, GOV,
           note="an amnesty decree for deserters is a desertion-type incident; the place is the dateline "
                "(the capital, as ACLED places national decisions; null is defensible); 71 is a decree "
                "number and the two and three months are durations: no figure; the president issues it, the outlet "
                "reports it")])

passage("ua17", "2012-12-23", "SNHR", "SNHR: a bakery struck; the governorate's month toll",
        "الشبكة السورية لحقوق الإنسان: قصفت طائرة حربية تابعة لقوات النظام تجمعاً للأهالي أمام مخبز بلدة "
        "اللطامنة في ريف حماة الشمالي عصر اليوم الأحد، ما أدى إلى مقتل 42 مدنياً بينهم 11 طفلاً. وبذلك يرتفع "
        "عدد الضحايا الذين وثقت الشبكة مقتلهم في محافظة حماة منذ مطلع الشهر الجاري إلى 311 شخصاً.",
        [E("airstrike", Q("42", 42), PL("اللطامنة", "al-Lataminah", "Hama"), "2012-12-23", None, GOV,
           note="SNHR is the outlet and the colon opener: gold null (the outlet); 11 children are a breakdown"),
         E("casualties", Q("311", 311), PL("حماة", "Hama", "Hama", nth=1), None, None, None, kind="aggregate",
           note="a running monthly total for the governorate; period December 2012; source the outlet")])

passage("ua18", "2013-01-15", "SANA", "old SANA: a car bomb in a town; 'terrorists'",
        "حماة-سانا: استشهد 12 مواطناً وأصيب 30 آخرون بجروح جراء تفجير إرهابي بسيارة مفخخة ركنها إرهابيون "
        "قرب دوار الحمام في مدينة السلمية صباح اليوم الثلاثاء. وذكر مصدر في قيادة شرطة المحافظة أن الانفجار "
        "أحدث حفرة كبيرة وألحق أضراراً مادية بعشرات المحال والسيارات المتوقفة في المكان.",
        [E("explosion", Q("12", 12), PL("السلمية", "Salamiyah", "Hama"), "2013-01-15", "مصدر في قيادة شرطة المحافظة",
           None, note="the roundabout is a spot in the town; the 30 injured are not the scored figure; "
                      "'terrorists' named by state media: no agent; source: the police source (the first "
                      "sentence has none of its own; the outlet is defensible)")])

passage("ua19", "2013-03-04", "Asharq Al-Awsat", "a provincial capital falls; officials captured",
        "أعلن ناشطون أن مقاتلي المعارضة أحكموا سيطرتهم اليوم الاثنين على مدينة الرقة، لتغدو أول عاصمة "
        "محافظة تفقدها دمشق، بعد معارك حول مبنى الأمن العسكري. وأظهر تسجيل مصور محافظ الرقة ومسؤولاً "
        "حزبياً بارزاً أسيرين لدى المقاتلين. وأفاد ناشطون بأن الطيران الحربي شن بعد الظهر ثلاث غارات على "
        "دوار النعيم في قلب المدينة.",
        [E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa"), "2013-03-04", "ناشطون", FSA,
           note="the security building is where the fighting was, the city is taken; the captured governor "
                "and the party official are part of the taking (a second coder might add an arrest)"),
         E("airstrike", Q("ثلاث", 3), PL("دوار النعيم", "al-Naim roundabout", "Raqqa"), "2013-03-04", "ناشطون", GOV,
           note="the roundabout is the most specific place (the city is defensible); count: three raids")])

passage("ua20", "2013-04-21", "SOHR", "villages near Qusayr taken with Hezbollah; deaths folded",
        "بسطت القوات النظامية، ومعها عناصر من «حزب الله»، سيطرتها أمس السبت على قريتي الرضوانية وأبو حوري "
        "غرب القصير، إثر معارك قُتل فيها تسعة من مقاتلي الكتائب، بحسب المرصد السوري لحقوق الإنسان. وأشار "
        "المرصد إلى أن الطائرات الحربية قصفت خلال المعارك أطراف بلدة جوسية المحاذية للحدود مع لبنان، دون "
        "أن ترد أنباء عن إصابات.",
        [E("territory_change", Q("تسعة", 9), PL("الرضوانية", "al-Radwaniyah", "Homs"), "2013-04-20",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="two villages in a list: one group, at the first; the battle's dead folded into the taking "
                "(a second coder might keep an armed_clash for them)"),
         E("airstrike", None, PL("جوسية", "Jusiyah", "Homs"), "2013-04-20", "المرصد السوري لحقوق الإنسان", GOV,
           note="«خلال المعارك»: the same day; «محيط بلدة جوسية»: the town is the place; the Lebanese "
                "border is a bearing")])

passage("ua21", "2013-05-02", "SOHR", "a massacre on the coast by militiamen; a running toll",
        "وثق المرصد السوري لحقوق الإنسان مقتل ما لا يقل عن 50 شخصاً، بينهم نساء وأطفال، على يد عناصر من "
        "قوات الدفاع الوطني والشبيحة الذين اقتحموا اليوم الخميس قرية البيضا جنوب مدينة بانياس، وأحرقوا عدداً "
        "من المنازل. وقال المرصد إن الحصيلة مرشحة للارتفاع لوجود عشرات المفقودين.",
        [E("armed_clash", Q("ما لا يقل عن 50", 50, None, approx=True), PL("البيضا", "al-Bayda", "Tartus"),
           "2013-05-02", "المرصد السوري لحقوق الإنسان", MIL,
           note="one-sided killing coded armed_clash; «جنوب مدينة بانياس» is a bearing; the missing are not "
                "a figure of deaths")])

passage("ua22", "2013-06-16", "SANA", "old SANA: a town restored; gunmen settle their status",
        "حمص-سانا: بسطت وحدات من جيشنا الباسل سيطرتها الكاملة اليوم على مدينة تلكلخ والقرى المحيطة بها قرب "
        "الحدود مع لبنان، بعد أن "
        "سلم 39 مسلحاً أنفسهم وأسلحتهم إلى الجهات المختصة لتسوية أوضاعهم بموجب مبادرة أهلية. وقال محافظ "
        "حمص إن ورشات الخدمات بدأت إصلاح شبكتي المياه والكهرباء تمهيداً لعودة الأهالي.",
        [E("territory_change", None, PL("تلكلخ", "Tell Kalakh", "Homs"), "2013-06-16", None, GOV,
           note="the taking told by SANA with no source of its own: the outlet"),
         E("other", Q("39", 39), PL("تلكلخ", "Tell Kalakh", "Homs"), "2013-06-16", None, None,
           note="status settlement of gunmen under a local initiative: other (a second coder might fold it "
                "into the taking or call it an agreement); the governor's repairs and the return are aims")])

passage("ua23", "2013-08-06", "Al Jazeera", "an air base taken after a long siege",
        "أفاد مراسل الجزيرة بأن مقاتلي المعارضة سيطروا فجر اليوم الثلاثاء على مطار منغ العسكري في ريف حلب "
        "الشمالي، بعد حصار دام نحو عشرة أشهر، إثر تفجير عربة مفخخة عند مبنى القيادة. وقال قائد ميداني إن "
        "المقاتلين قتلوا وأسروا عشرات من عناصر الحامية، فيما انسحب آخرون نحو قرية نبل.",
        [E("territory_change", None, PL("مطار منغ العسكري", "Menagh military airbase", "Aleppo"), "2013-08-06",
           "مراسل الجزيرة", FSA,
           note="a base taken: the facility is the most specific place; the vehicle bomb opens the assault "
                "(folded into the taking, as the earlier sets; a separate explosion is defensible); «عشرات» "
                "mixes killed and captured: no figure; Nubl is where the rest went")])

passage("ua24", "2013-10-12", "Enab Baladi", "deaths of hunger under siege; an evacuation",
        "توفي ستة أشخاص بينهم ثلاثة أطفال خلال الأسبوع الماضي بسبب سوء التغذية في مدينة معضمية الشام "
        "المحاصرة منذ نحو عام، بحسب المكتب الإعلامي في المدينة. وأُجلي أمس الجمعة قرابة 1500 مدني معظمهم "
        "من النساء والأطفال عبر معبر فرعي بإشراف الهلال الأحمر، ونُقلوا إلى مراكز إيواء في قدسيا.",
        [E("casualties", Q("ستة", 6), PL("معضمية الشام", "Moadamiyet al-Sham", "Rif Dimashq"), "2013-W40",
           "المكتب الإعلامي في المدينة", None, kind="aggregate",
           note="deaths of hunger over a week with no act told: a casualties aggregate, dated by the week (ISO week 40 of 2013, "
                "30 Sep - 6 Oct); the siege is a state"),
         E("other", Q("قرابة 1500", 1500, approx=True), PL("معضمية الشام", "Moadamiyet al-Sham", "Rif Dimashq"),
           "2013-10-11", "المكتب الإعلامي في المدينة", None,
           note="an evacuation; Qudsaya is the destination; the Red Crescent supervised it (not the source); "
                "«أُجلي» has no source of its own: the media office carries over (the outlet is defensible)")])

passage("ua25", "2013-12-15", "SOHR", "barrels on Aleppo districts",
        "المرصد السوري لحقوق الإنسان: بلغت حصيلة البراميل المتفجرة التي ألقتها المروحيات اليوم الأحد على "
        "أحياء الحيدرية والصاخور وأرض الحمرا شرقي حلب 76 قتيلاً، بينهم 28 طفلاً، بعد أن كانت 40 قتيلاً "
        "عند الظهر. ويُخشى ارتفاع الحصيلة لوجود جرحى بحالات حرجة وأشخاص ما زالوا تحت الركام.",
        [E("airstrike", Q("76", 76), PL("الحيدرية", "al-Haydariya", "Aleppo"), "2013-12-15", None, GOV,
           note="SOHR's colon opener is the outlet's own bulletin: gold null; three districts: one group at "
                "the first; a toll update («ارتفع إلى») of the same act; helicopters imply the government")])

passage("ua26", "2014-01-29", "Al-Hayat", "IS retakes a town; a car bomb at a faction's checkpoint",
        "استعاد تنظيم «الدولة الإسلامية في العراق والشام» (داعش) أمس الثلاثاء السيطرة على بلدة الراعي "
        "الحدودية مع تركيا، بعد انسحاب مقاتلي «الجبهة الإسلامية» منها، وفق ناشطين. وقتل سبعة مقاتلين في "
        "انفجار سيارة مفخخة عند حاجز لـ«لواء التوحيد» على مدخل بلدة مارع، ولم تتبن أي جهة التفجير.",
        [E("territory_change", None, PL("الراعي", "al-Rai", "Aleppo"), "2014-01-28", "ناشطين", IS,
           note="Turkey is named for the border, not the place"),
         E("explosion", Q("سبعة", 7), PL("مارع", "Marea", "Aleppo"), None, "ناشطين", None,
           note="unclaimed: no agent; the day is not told (null; a coder might carry Tuesday over); source "
                "carries over from the first sentence (the outlet is defensible)")])

passage("ua27", "2014-03-20", "Al-Watan", "pro-government daily: a castle taken; the army's toll of the other side",
        "أحكمت وحدات من الجيش العربي السوري والقوى الرديفة اليوم الخميس سيطرتها على قلعة الحصن في ريف حمص "
        "الغربي، بعد أيام من المعارك في قرية الزارة المجاورة. وقال مصدر ميداني لـ«الوطن» إن الجيش قضى على "
        "أكثر من 40 مسلحاً بينهم قادة في «جند الشام» وفرّ الباقون باتجاه الأراضي اللبنانية.",
        [E("territory_change", Q("أكثر من 40", 40, None, approx=True), PL("قلعة الحصن", "Krak des Chevaliers",
                                                                            "Homs"),
           "2014-03-20", "مصدر ميداني", GOV,
           note="the castle is the place (a landmark and its village); az-Zara's earlier days are background "
                "without a day; the dead gunmen are the taking's fatalities; Lebanon is where the rest fled")])

passage("ua28", "2014-05-07", "AFP", "fighters leave a besieged old city by bus",
        "خرجت اليوم الأربعاء الدفعة الأولى من مقاتلي المعارضة المحاصرين في أحياء حمص القديمة، وعددهم نحو "
        "280 مقاتلاً، على متن حافلات توجهت بهم إلى بلدة الدار الكبيرة في ريف حمص الشمالي، بموجب اتفاق "
        "أبرم برعاية الأمم المتحدة. وقال محافظ حمص طلال البرازي لفرانس برس إن العملية ستستمر يومين أو "
        "ثلاثة.",
        [E("other", Q("نحو 280", 280, approx=True), PL("أحياء حمص القديمة", "Old Homs", "Homs"), "2014-05-07",
           None, None,
           note="an evacuation: the old city is the place, al-Dar al-Kabira the destination; the agreement "
                "is background (concluded before, no day); the governor speaks of the future")])

passage("ua29", "2014-07-03", "Deir ez-Zor 24", "IS takes a city after factions pledge allegiance",
        "دير الزور 24: سيطر تنظيم الدولة الإسلامية صباح اليوم الخميس على مدينة الميادين بعد انسحاب فصائل "
        "«جبهة النصرة» و«أحرار الشام» منها دون قتال، عقب مبايعة عدد من الكتائب المحلية للتنظيم. وأكد "
        "مراسلنا أن عناصر التنظيم نصبوا حواجز على مداخل المدينة واعتقلوا ثمانية شبان بتهمة التعامل مع "
        "الفصائل.",
        [E("territory_change", None, PL("الميادين", "al-Mayadin", "Deir ez-Zor"), "2014-07-03", None, IS,
           note="taken without a fight after a withdrawal; the pledges are background; source: the outlet's "
                "colon opener (null)"),
         E("arrest", Q("ثمانية", 8), PL("الميادين", "al-Mayadin", "Deir ez-Zor"), "2014-07-03", "مراسلنا", IS,
           note="arrests at the new checkpoints; the place carries over («المدينة»)")])

passage("ua30", "2014-08-14", "SOHR", "IS executions of a tribe's men; the running total",
        "أعدم تنظيم «الدولة الإسلامية» أمس الأربعاء 47 رجلاً من عشيرة الشعيطات في بلدة غرانيج بريف دير الزور "
        "الشرقي، بعضهم رمياً بالرصاص وآخرون ذبحاً، بحسب المرصد السوري لحقوق الإنسان. وقدّر المرصد أن عدد "
        "من قتلهم التنظيم من أبناء العشيرة منذ أواخر تموز الماضي بات يتجاوز 600 شخص.",
        [E("armed_clash", Q("47", 47), PL("غرانيج", "Gharanij", "Deir ez-Zor"), "2014-08-13",
           "المرصد السوري لحقوق الإنسان", IS,
           note="executions: one-sided violence coded armed_clash"),
         E("casualties", Q("600", 600, None, approx=True), PL("ريف دير الزور الشرقي",
                                                                      "Eastern Deir ez-Zor countryside",
                                                                      "Deir ez-Zor"),
           None, "المرصد", IS, kind="aggregate",
           note="a running total since late July; its place is the region of the sentence before (null is "
                "defensible)")])

passage("ua31", "2014-10-02", "Anadolu", "Kobani: mortars, coalition raids and refugees",
        "أفاد مراسل الأناضول على الحدود التركية بأن مسلحي تنظيم داعش قصفوا اليوم الخميس وسط مدينة عين العرب "
        "(كوباني) بقذائف الهاون، ما أدى إلى مقتل ثلاثة مدنيين، فيما شنت طائرات التحالف الدولي خمس غارات على "
        "مواقع التنظيم جنوب المدينة. وبلغ عدد اللاجئين الذين عبروا الحدود إلى تركيا منذ بدء الهجوم نحو 160 "
        "ألفاً.",
        [E("shelling", Q("ثلاثة", 3), PL("عين العرب", "Kobani", "Aleppo"), "2014-10-02", "مراسل الأناضول", IS,
           note="the reporter's posting on the border is not the place"),
         E("airstrike", Q("خمس", 5), PL("عين العرب", "Kobani", "Aleppo"), "2014-10-02", "مراسل الأناضول", COAL,
           note="«جنوب المدينة»: a bearing of Kobani; count: five raids"),
         E("other", Q("نحو 160 ألفاً", 160000, approx=True), PL("تركيا", "Turkey", None, "Turkey"), None,
           "مراسل الأناضول", None, kind="aggregate",
           note="refugees crossing since the attack began: an aggregate; gold places it at Turkey, where "
                "they crossed to (Kobani, where they fled from, is defensible)")])

passage("ua32", "2015-01-24", "SANA", "old SANA: mortars on the capital; the army's reply",
        "دمشق-سانا: استشهد خمسة مواطنين وأصيب 19 آخرون صباح اليوم السبت بقذائف هاون أطلقتها المجموعات "
        "الإرهابية المنتشرة في الغوطة الشرقية على حي القصاع ومحيط باب توما. وفي الغوطة، دمرت وحدات من الجيش "
        "تجمعات للإرهابيين وآلياتهم في مزارع دوما وقضت على عدد منهم، بحسب مصدر عسكري تحدث لمراسل سانا.",
        [E("shelling", Q("خمسة", 5), PL("القصاع", "al-Qassaa", "Damascus"), "2015-01-24", None, None,
           note="the Ghouta is where fire came from; the district and Bab Touma's surroundings: one group at the first; 'terrorists': "
                "no agent; the first sentence has no source: the outlet"),
         E("armed_clash", None, PL("مزارع دوما", "Douma farms", "Rif Dimashq"), "2015-01-24", "مصدر عسكري", GOV,
           note="SANA's 'destroyed gatherings': an army attack with unnumbered dead; the date carries over")])

passage("ua33", "2015-03-26", "Orient", "a southern town taken by the Southern Front",
        "أورينت نت: أعلنت فصائل الجبهة الجنوبية مساء أمس الأربعاء سيطرتها الكاملة على مدينة بصرى الشام "
        "شرقي درعا، بعد معارك استمرت أربعة أيام مع قوات الأسد والميليشيات الشيعية المساندة لها. وقال "
        "المتحدث باسم الجبهة إن المعارك أسفرت عن مقتل 28 عنصراً من قوات النظام، فيما فرّ الباقون نحو "
        "محافظة السويداء.",
        [E("territory_change", Q("28", 28), PL("بصرى الشام", "Busra al-Sham", "Daraa"), "2015-03-25",
           "فصائل الجبهة الجنوبية", FSA,
           note="the battle's dead folded into the taking; «شرقي درعا» a bearing; Sweida is where they fled; "
                "source: the factions' announcement (their spokesman gives the toll)")])

passage("ua34", "2015-10-07", "RT", "Russian MoD: cruise missiles from the Caspian; a raid on a village",
        "أعلن وزير الدفاع الروسي سيرغي شويغو أن أربع سفن حربية في بحر قزوين أطلقت اليوم 26 صاروخاً مجنحاً "
        "من طراز «كاليبر» على 11 هدفاً للإرهابيين في محافظتي الرقة وحلب. من جهته، قال المرصد السوري لحقوق "
        "الإنسان إن غارات روسية على قرية كفرنبودة بريف حماة الشمالي أدت إلى مقتل تسعة مدنيين.",
        [E("shelling", Q("26", 26), PL("الرقة", "Raqqa", "Raqqa"), "2015-10-07", "وزير الدفاع الروسي سيرغي شويغو", RUS,
           note="ship-launched missiles: shelling/missile attack; the Caspian is the launch site, not the "
                "place; two governorates: one group at the first; 11 targets and four ships are counts of the "
                "wrong thing"),
         E("airstrike", Q("تسعة", 9), PL("كفرنبودة", "Kafr Nabudah", "Hama"), None,
           "المرصد السوري لحقوق الإنسان", RUS,
           note="no day of its own in the sentence (a coder might carry «اليوم»)")])

passage("ua35", "2016-02-03", "SMART", "a siege broken north of Aleppo under Russian cover",
        "قالت مصادر عسكرية معارضة لوكالة سمارت إن قوات النظام والميليشيات الأجنبية سيطرت اليوم على قرية "
        "معرسة الخان ووصلت إلى مشارف بلدتي نبل والزهراء، ما يعني فك الحصار عنهما وقطع طريق الإمداد نحو "
        "مدينة حلب. ونفذت الطائرات الروسية أكثر من 250 غارة على ريف حلب الشمالي خلال اليومين الماضيين.",
        [E("territory_change", None, PL("معرسة الخان", "Maarasat al-Khan", "Aleppo"), "2016-02-03",
           "مصادر عسكرية معارضة", GOV,
           note="the siege of Nubl and Zahraa broken is the result of the same advance (one event); the "
                "supply road toward Aleppo is a route"),
         E("airstrike", Q("أكثر من 250", 250, None, approx=True), PL("ريف حلب الشمالي",
                                                                    "Northern Aleppo countryside", "Aleppo"),
           None, "مصادر عسكرية معارضة", RUS, kind="aggregate",
           note="raids over two days: an aggregate with a period (1-2 Feb 2016 or 2-3 Feb), no single date")])

passage("ua36", "2016-08-06", "Halab Today", "a siege broken at an artillery college",
        "حلب اليوم: أعلن «جيش الفتح» مساء اليوم السبت سيطرته على كلية المدفعية، أكبر المواقع العسكرية في "
        "منطقة الراموسة جنوب غربي حلب، "
        "بعد هجوم بدأ بتفجير ثلاث عربات مفخخة، ما أدى إلى كسر الحصار المفروض على الأحياء الشرقية منذ "
        "نحو شهر. وردت قوات النظام بغارات مكثفة على محيط الكلية، بحسب مراسلنا.",
        [E("territory_change", None, PL("كلية المدفعية", "Artillery College", "Aleppo"), "2016-08-06",
           "«جيش الفتح»", HTS,
           note="a facility taken: the most specific place (the district al-Ramouseh is defensible); the car "
                "bombs open the assault (folded); Jaysh al-Fatah led by Nusra/Fateh al-Sham coded HTS (a "
                "second coder might say the opposition factions); the eastern districts are where the siege "
                "was"),
         E("airstrike", None, PL("كلية المدفعية", "Artillery College", "Aleppo"), "2016-08-06", "مراسلنا", GOV,
           note="the reply on the college's surroundings, same evening")])


if __name__ == "__main__":
    write("gold32.jsonl", P32)
