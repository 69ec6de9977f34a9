"""Build gold26.jsonl: probe set 26 (ids l01…), written by helper probe23 in stop 27 (its second late set).

Every passage was written anew for marsad, modelled on the phrasing of Arabic reporting on Syria
2011-2025 read in the search tool's `pages` corpus (never copied); people, villages, figures and
dates are invented or varied. Unlike set 23 (mostly 2016-2020) it leans on 2011-2015 and 2021-2025
and on the rarer kinds (reinforcements, sanctions, agreements, a prisoner exchange, deserters, deaths
without an act). The gold was written with the passages and committed BEFORE marsad was run on them.

    python benchmarks/data/events_probe/build26.py      # rewrites gold26.jsonl
"""
from __future__ import annotations

from build import (FSA, GOV, HTS, IS, ISR, NEWGOV, PROT, SDF, SNA, TUR, UNID, E, PL, Q, write)

JOR = "Jordanian forces"
USF = "US forces"
PROIRAN = "Pro-Iran militias"
EU = "European Union"

P26 = []


def passage(pid, published, outlet, style, text, events):
    P26.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("l01", "2011-04-22", "Reuters", "Reuters, Beirut dateline: a Friday protest fired on; protests elsewhere",
        "بيروت (رويترز) - قال شهود عيان إن قوات الأمن السورية أطلقت النار على آلاف المحتجين في بلدة إزرع بمحافظة "
        "درعا اليوم الجمعة، فقتلت 19 شخصاً على الأقل، في حين خرجت احتجاجات مماثلة في حمص وحماة واللاذقية وضواحي "
        "دمشق، في ما وصفه ناشطون بأوسع موجة احتجاج منذ اندلاع الانتفاضة قبل خمسة أسابيع.",
        [E("protest", Q("آلاف", 2000, 9000, True), PL("إزرع", "Izra", "Daraa"), "2011-04-22", "شهود عيان", PROT,
           note="fire on a protest: the 19 dead are the protest's fatalities (as earlier sets); Beirut is the "
                "dateline"),
         E("protest", None, PL("حمص", "Homs", "Homs"), "2011-04-22", None, PROT,
           note="protests in a list of cities (one group, first place); the activists characterise the wave, "
                "the outlet tells the protests (a second coder might name the activists)")])

passage("l02", "2012-05-27", "Al Jazeera", "Al Jazeera: the UN monitors' head counts bodies; the government denies",
        "قال رئيس بعثة المراقبين الدوليين في سوريا إن فريقه أحصى 96 جثة، بينها 34 لأطفال دون العاشرة، في بلدة تلدو "
        "بمنطقة الحولة في ريف حمص، بعد قصف مدفعي وإطلاق نار استمر ليلة الجمعة. في المقابل، نفت الحكومة السورية أي "
        "مسؤولية لقواتها عما جرى، وحمّلت «مجموعات إرهابية مسلحة» المسؤولية.",
        [E("shelling", Q("96", 96), PL("تلدو", "Taldou", "Homs"), "2012-05-25", "رئيس بعثة المراقبين الدوليين", None,
           note="a massacre by shelling and gunfire, its dead counted by the monitors (a second coder might type "
                "it 'other', bodies counted); the children a breakdown; the monitors name no perpetrator and "
                "each side blames the other: no actor1; the denial is not an event")])

passage("l03", "2012-09-04", "Al Arabiya", "Al Arabiya relaying Anadolu: officers cross into Hatay; generals' "
                                           "running total",
        "ذكرت وكالة الأناضول التركية أن 14 ضابطاً من الجيش السوري، بينهم لواء وعقيدان، انشقوا ودخلوا الأراضي "
        "التركية الليلة الماضية عبر ولاية هاتاي مع عائلاتهم، ليرتفع إلى 27 عدد الضباط برتبة لواء الذين لجأوا إلى "
        "تركيا منذ بدء الأزمة. ونُقل المنشقون إلى مخيم أبايدين المخصص للعسكريين المنشقين.",
        [E("defection", Q("14", 14), PL("هاتاي", "Hatay", None, "Turkey"), "2012-09-03", "وكالة الأناضول التركية",
           GOV, note="placed where they arrived, as news_dev does; the ranks are a breakdown; 'last night'; the "
                     "camp is where they were taken"),
         E("defection", Q("27", 27), PL("تركيا", "Turkey", None, "Turkey"), "2012-09-04", "وكالة الأناضول التركية",
           GOV, kind="aggregate", note="running total of generals in Turkey since the start")])

passage("l04", "2013-06-05", "Al-Hayat", "Al-Hayat: Qusayr taken with Hezbollah; SOHR's toll since 19 May",
        "سيطرت القوات النظامية السورية، مدعومة بمقاتلين من «حزب الله» اللبناني، فجر اليوم الأربعاء على مدينة القصير "
        "في ريف حمص بعد معارك استمرت أكثر من أسبوعين، فيما انسحب مقاتلو المعارضة نحو بلدة الضبعة شمالاً. وأحصى "
        "المرصد السوري لحقوق الإنسان منذ 19 أيار مقتل 94 عنصراً على الأقل من القوات النظامية ومقاتلي الحزب في معارك "
        "المدينة.",
        [E("territory_change", None, PL("القصير", "Al-Qusayr", "Homs"), "2013-06-05", None, GOV,
           note="Hezbollah backs the army (actor1 the army); al-Dabaa is where the opposition withdrew"),
         E("casualties", Q("94", 94, None, True), PL("القصير", "Al-Qusayr", "Homs"), "2013-06-05",
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="one side's dead over the battle since 19 May (an aggregate, as set 18's b20)")])

passage("l05", "2013-08-21", "Sky News Arabia", "Sky News Arabia: the chemical rocket attack on the Ghouta; denial",
        "قالت الهيئة العامة للثورة السورية إن أكثر من 1300 شخص قُتلوا فجر اليوم في هجوم بصواريخ محملة بغازات سامة "
        "أطلقتها قوات النظام على بلدات زملكا وعين ترما وكفربطنا في الغوطة الشرقية، وعلى معضمية الشام في الغوطة "
        "الغربية. ونفى التلفزيون الرسمي السوري هذه التقارير، ووصفها بأنها «عارية تماماً عن الصحة».",
        [E("shelling", Q("أكثر من 1300", 1300, None, True), PL("زملكا", "Zamalka", "Rif Dimashq"), "2013-08-21",
           "الهيئة العامة للثورة السورية", GOV,
           note="chemical rockets are surface fire (shelling); one act over a list of towns in two areas (one "
                "group, first place); state TV's denial is not an event")])

passage("l06", "2014-01-15", "Zaman al-Wasl", "Zaman al-Wasl: hunger deaths in a besieged camp, with a running total",
        "أعلنت «الهيئة الأهلية» في مخيم اليرموك جنوب دمشق وفاة ثلاثة لاجئين فلسطينيين، بينهم طفل، بسبب الجوع ونقص "
        "الدواء أمس الثلاثاء، ليرتفع إلى 46 عدد من قضوا جوعاً داخل المخيم منذ أن أحكمت قوات النظام والفصائل "
        "الفلسطينية الموالية لها الحصار عليه في تموز الماضي. وأكدت الهيئة أن آلاف العائلات لا تزال عالقة في الداخل "
        "وسط انعدام شبه تام للمواد الغذائية.",
        [E("casualties", Q("ثلاثة", 3), PL("اليرموك", "Yarmouk camp", "Damascus"), "2014-01-14", "الهيئة الأهلية",
           None, note="deaths with no act (hunger under siege): casualties; the siege's forces are the cause, not "
                      "an actor of this event (a second coder might name them)"),
         E("casualties", Q("46", 46), PL("اليرموك", "Yarmouk camp", "Damascus"), "2014-01-14", "الهيئة الأهلية", None,
           kind="aggregate", note="running total of hunger deaths since July 2013; the families trapped are a state")])

passage("l07", "2014-09-20", "AFP", "AFP: IS takes villages around Kobani; refugees cross into Turkey",
        "قال المرصد السوري لحقوق الإنسان إن تنظيم «الدولة الإسلامية» سيطر خلال 24 ساعة على 16 قرية في محيط مدينة عين "
        "العرب (كوباني) ذات الغالبية الكردية في ريف حلب الشمالي الشرقي، ما دفع آلاف السكان إلى الفرار نحو الحدود. "
        "وأعلنت السلطات التركية أنها فتحت معبرين أمام نحو 38 ألف لاجئ كردي عبروا خلال يومين.",
        [E("territory_change", None, PL("عين العرب", "Ayn al-Arab (Kobani)", "Aleppo"), "2014-09-20",
           "المرصد السوري لحقوق الإنسان", IS,
           note="unnamed villages around the city (the enclosing place); 16 is a count of villages, not the "
                "event's figure"),
         E("other", Q("نحو 38 ألف", 38000, approx=True), PL("عين العرب", "Ayn al-Arab (Kobani)", "Aleppo"),
           "2014-09-20", "السلطات التركية", None,
           note="one flight told twice (thousands fleeing, then the 38 thousand who crossed): displacement placed "
                "at its origin; Turkey is the destination")])

passage("l08", "2015-03-28", "Asharq Al-Awsat", "Asharq Al-Awsat: the Army of Conquest takes Idlib city",
        "أعلن «جيش الفتح»، الذي يضم «جبهة النصرة» و«حركة أحرار الشام» وفصائل أخرى، اليوم السبت سيطرته الكاملة على "
        "مدينة إدلب بعد أربعة أيام من المعارك، لتصبح ثاني مركز محافظة يخرج عن سيطرة النظام بعد الرقة. وقال المرصد "
        "السوري إن المعارك أوقعت ما لا يقل عن 130 قتيلاً من الطرفين.",
        [E("territory_change", Q("ما لا يقل عن 130", 130, None, True), PL("إدلب", "Idlib", "Idlib"), "2015-03-28",
           "جيش الفتح", HTS,
           note="the battle's dead are the taking's; the coalition is led by Nusra (HTS's canonical; a second "
                "coder might say the opposition factions); the claimant is the source (SOHR gives the toll); "
                "Raqqa is named for a comparison; «ثاني» an ordinal")])

passage("l09", "2015-05-21", "Enab Baladi", "Enab Baladi: Amaq's pictures from Palmyra prison; regime raids",
        "بثّت وكالة «أعماق» المقربة من تنظيم «الدولة الإسلامية» صوراً قالت إنها من داخل سجن تدمر العسكري، بعد سيطرة "
        "التنظيم على مدينة تدمر الأثرية أمس الأربعاء إثر انسحاب قوات النظام منها. وقال المرصد السوري إن الطيران "
        "الحربي التابع للنظام ردّ بشنّ 15 غارة على أحياء المدينة اليوم الخميس، ما أدى إلى مقتل ثمانية مدنيين.",
        [E("territory_change", None, PL("تدمر", "Palmyra", "Homs", nth=1), "2015-05-20", None, IS,
           note="the prison is where the pictures were taken (its name holds the city's); the taking is told by "
                "the outlet (Amaq only published pictures)"),
         E("airstrike", Q("ثمانية", 8), PL("تدمر", "Palmyra", "Homs", nth=1), "2015-05-21", "المرصد السوري", GOV,
           note="the 15 raids are the count, the eight dead the fatalities (either is the event's figure)")])

passage("l10", "2012-08-16", "Sky News Arabia", "activists on a raid on a bakery queue in Aleppo",
        "قُتل ما لا يقل عن 23 مدنياً كانوا ينتظرون دورهم أمام فرن في حي قاضي عسكر بمدينة حلب، عندما أغارت طائرة حربية "
        "على المنطقة عصر اليوم الخميس، بحسب ناشطين في لجان التنسيق المحلية. وبثّ الناشطون مقطعاً مصوراً يظهر جثثاً "
        "متناثرة في الشارع قرب الفرن، وسيارات تنقل الجرحى إلى مستشفى دار الشفاء.",
        [E("airstrike", Q("ما لا يقل عن 23", 23, None, True), PL("قاضي عسكر", "Qadi Askar", "Aleppo"), "2012-08-16",
           "ناشطين في لجان التنسيق المحلية", GOV,
           note="a warplane in 2012 Aleppo is the regime's; the hospital is where the wounded went")])

passage("l11", "2014-03-23", "Al Jazeera", "Al Jazeera: the opposition takes Kessab's crossing; Turkey downs a jet",
        "سيطر مقاتلو المعارضة السورية اليوم الأحد على معبر كسب الحدودي مع تركيا وعلى أجزاء من بلدة كسب ذات الغالبية "
        "الأرمنية في ريف اللاذقية الشمالي، ضمن معركة أطلقوا عليها اسم «الأنفال». وقالت وسائل إعلام رسمية إن مقاتلة "
        "تركية أسقطت طائرة حربية سورية كانت تقصف مواقع المسلحين في محيط كسب، في حين أكدت أنقرة أن الطائرة انتهكت "
        "مجالها الجوي.",
        [E("territory_change", None, PL("كسب", "Kessab", "Latakia"), "2014-03-23", None, FSA,
           note="the crossing and parts of the town (one group); Turkey is the border's other side"),
         E("armed_clash", None, PL("كسب", "Kessab", "Latakia", nth=2), "2014-03-23", "وسائل إعلام رسمية", TUR,
           note="a Turkish fighter downing a Syrian jet: two states' forces in combat (armed_clash, a second "
                "coder's call); Ankara's telling of the same act is not a second event; the jet's own raid is "
                "not coded apart")])

passage("l12", "2015-08-16", "Orient News", "Orient: raids on a Douma market; opposition rockets on Damascus",
        "قُتل 82 شخصاً على الأقل وأصيب نحو 250 آخرين، اليوم الأحد، في غارات شنّها الطيران الحربي التابع للنظام على "
        "سوق شعبي وسط مدينة دوما في الغوطة الشرقية، في واحدة من أكثر الهجمات دموية منذ بدء الحرب، وفق ما أفاد به "
        "الدفاع المدني. وأطلقت فصائل المعارضة بعد ساعات قذائف صاروخية على أحياء في دمشق، ولم يُعرف حجم الخسائر.",
        [E("airstrike", Q("82", 82, None, True), PL("دوما", "Douma", "Rif Dimashq"), "2015-08-16", "الدفاع المدني", GOV,
           note="the market is in the city; «واحدة من أكثر» is an idiom; the 250 injured"),
         E("shelling", None, PL("دمشق", "Damascus", "Damascus"), "2015-08-16", None, FSA,
           note="rockets hours later: its own act; unnamed districts of the city; no source of its own (the "
                "outlet; carrying the civil defence is defensible)")])

passage("l13", "2017-12-28", "Nedaa Syria", "Nedaa Syria: a prisoner exchange between HTS and the regime",
        "جرت بعد ظهر اليوم الخميس عملية تبادل أسرى بين «هيئة تحرير الشام» وقوات النظام في منطقة قلعة المضيق بريف "
        "حماة الغربي، أفرجت بموجبها الهيئة عن خمسة من عناصر قوات النظام مقابل إطلاق سراح 23 معتقلة من سجون النظام، "
        "بحسب ما أفاد به مراسل «نداء سوريا». وأوضح المراسل أن الصفقة تمت بوساطة من وجهاء محليين.",
        [E("other", Q("23", 23), PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"), "2017-12-28", "مراسل «نداء سوريا»",
           None, note="one exchange (other); the figure is the larger side of the swap (the five soldiers the "
                      "other side, a second coder's choice); no actor1 for a swap")])

passage("l14", "2020-02-28", "Anadolu", "Anadolu: Turkish soldiers killed by a regime raid; the Turkish reply",
        "أعلن والي هاتاي رحمي دوغان أن 34 جندياً تركياً قُتلوا وأصيب آخرون بجروح في هجوم جوي شنّته قوات النظام السوري "
        "على مواقعهم في محيط بليون بجبل الزاوية مساء أمس الخميس. وقال مراسل الأناضول إن الجيش التركي ردّ فجر اليوم "
        "الجمعة بقصف مدفعي وصاروخي على مواقع للنظام قرب سراقب وكفرنبل، أسفر عن تحييد 309 من عناصره.",
        [E("airstrike", Q("34", 34), PL("بليون", "Balyun", "Idlib"), "2020-02-27", "والي هاتاي", GOV,
           note="Hatay is the governor's title, not a place of the event; Jabal al-Zawiya is the area"),
         E("shelling", Q("309", 309), PL("سراقب", "Saraqib", "Idlib"), "2020-02-28",
           "مراسل الأناضول", TUR, note="the reply at dawn: its own act, near two towns (group, first); the "
                                     "'neutralised' are its figure")])

passage("l15", "2016-09-10", "Reuters", "Reuters: a US-Russian ceasefire deal announced in Geneva",
        "أعلن وزير الخارجية الأمريكي جون كيري ونظيره الروسي سيرغي لافروف في جنيف ليل الجمعة التوصل إلى اتفاق لوقف "
        "إطلاق النار في سوريا يبدأ سريانه مع حلول عيد الأضحى يوم الاثنين، ويمهد لتنسيق عسكري بين البلدين ضد «جبهة فتح "
        "الشام» وتنظيم «الدولة الإسلامية». ورحبت الحكومة السورية بالاتفاق، في حين قالت فصائل معارضة إنها تدرس بنوده.",
        [E("agreement", None, PL("جنيف", "Geneva", None, "Switzerland"), "2016-09-09", None, None,
           note="an agreement reached abroad: placed where it was announced (Syria is its subject, not its "
                "place); the ministers are its parties, not its source; the truce's start is a future; the "
                "welcome and the study of its terms are not events")])

passage("l16", "2021-06-13", "Syria TV", "Syria TV: rockets on a hospital in Afrin; blame and counter-blame",
        "قُتل 13 شخصاً، بينهم ثلاثة من الكادر الطبي، وأصيب أكثر من 25 آخرين، جراء قصف صاروخي استهدف مساء أمس السبت "
        "مستشفى الشفاء في مدينة عفرين شمالي حلب، وفق ما أعلنه الدفاع المدني السوري. واتهمت الحكومة السورية المؤقتة "
        "«قسد» بالوقوف خلف القصف، بينما نفت الأخيرة أي علاقة لها بالهجوم، متهمة قوات النظام.",
        [E("shelling", Q("13", 13), PL("مستشفى الشفاء", "Al-Shifa hospital (Afrin)", "Aleppo"), "2021-06-12",
           "الدفاع المدني السوري", UNID,
           note="the hospital is the most specific place (Afrin a second coder's choice); each side blames the "
                "other: unidentified, as ACLED codes a contested perpetrator; the accusations are not events")])

passage("l17", "2022-09-10", "Hawar", "Hawar: the Asayish's al-Hol operation ends its first phase with a total",
        "أعلنت قوى الأمن الداخلي في شمال وشرق سوريا، اليوم السبت، انتهاء المرحلة الأولى من العملية الأمنية في مخيم "
        "الهول شرقي الحسكة، والتي أسفرت خلال 18 يوماً عن اعتقال 226 شخصاً، بينهم 36 امرأة، يُشتبه بانتمائهم إلى خلايا "
        "تنظيم «داعش». وأضافت أن العملية شهدت أيضاً تحرير أربع نساء إيزيديات كنّ محتجزات داخل المخيم.",
        [E("arrest", Q("226", 226), PL("الهول", "Al-Hol camp", "Al-Hasakah"), "2022-09-10", "قوى الأمن الداخلي", SDF,
           note="one security operation over 18 days with its arrests (an incident; a second coder might call it "
                "an aggregate or date it by its start); the women a breakdown; the freed Yazidi women are part "
                "of it; «قوى الأمن الداخلي» with the region is the Asayish (the SDF's)")])

passage("l18", "2023-10-06", "Reuters", "Reuters: drones on the Homs military academy; regime shelling in reply",
        "قالت وزارة الدفاع السورية إن طائرات مسيّرة محملة بالمتفجرات استهدفت حفل تخريج طلاب ضباط في الكلية الحربية "
        "بمدينة حمص أمس الخميس، ما أسفر عن مقتل 87 شخصاً بينهم 29 امرأة وستة أطفال، واتهمت «تنظيمات إرهابية مسلحة» "
        "بتنفيذ الهجوم. وقال المرصد السوري إن قوات النظام ردّت بقصف مكثف على مدن وبلدات في ريف إدلب، قتل فيه 11 "
        "مدنياً اليوم الجمعة.",
        [E("airstrike", Q("87", 87), PL("الكلية الحربية", "Homs Military Academy", "Homs"), "2023-10-05",
           "وزارة الدفاع السورية", UNID,
           note="a drone strike (airstrike); nobody claimed it, the ministry blames 'terrorists': unidentified; "
                "the academy is the most specific place; women and children a breakdown"),
         E("shelling", Q("11", 11), PL("ريف إدلب", "Idlib countryside", "Idlib"), "2023-10-06", "المرصد السوري", GOV,
           note="the reply on unnamed towns: the region")])

passage("l19", "2024-01-18", "Suwayda 24", "Suwayda 24: raids ascribed to Jordan on a town; Amman's aim",
        "أسفرت غارات جوية نُسبت إلى الطيران الأردني، فجر اليوم الخميس، عن مقتل عشرة مدنيين بينهم أربعة أطفال، بعدما استهدفت "
        "منزلين في بلدة ملح جنوب شرقي السويداء، وفق ما نقله مراسل السويداء 24 عن الأهالي. ولم يصدر تعليق رسمي من عمّان حتى "
        "الآن، فيما تقول السلطات الأردنية إنها تلاحق شبكات تهريب المخدرات عبر الحدود.",
        [E("airstrike", Q("عشرة", 10), PL("ملح", "Malah", "As-Suwayda"), "2024-01-18", "مراسل السويداء 24", JOR,
           note="raids ascribed to the Jordanian air force: the perpetrator named (as earlier sets); the children a breakdown; relayed residents: the "
                "correspondent the text names; Amman is the "
                "state, not a place; the pursuit of smugglers is a habit and an aim")])

passage("l20", "2024-04-02", "Al Arabiya", "Al Arabiya: an Israeli strike on Iran's consulate in Damascus",
        "دمّرت غارة إسرائيلية مبنى القنصلية الإيرانية الملاصق لمقر السفارة في حي المزة بدمشق بعد ظهر أمس الاثنين، "
        "وأودت بحياة ثمانية أفراد من «الحرس الثوري» الإيراني، بينهم قائدان كبيران، بحسب ما أعلنه الحرس في بيان رسمي. وتوعّد "
        "المرشد الإيراني علي خامنئي بأن إسرائيل «ستُعاقب» على الهجوم.",
        [E("airstrike", Q("ثمانية", 8), PL("المزة", "Mazzeh", "Damascus"), "2024-04-01", "الحرس الثوري", ISR,
           note="the consulate is a building in the district (no place name of its own); the two commanders a "
                "breakdown (dual); the threat is a future")])

passage("l21", "2024-02-03", "AFP", "AFP: US strikes in retaliation; a recalled drone attack in Jordan",
        "قالت القيادة المركزية الأمريكية إن قاذفات أمريكية ضربت ليل الجمعة أكثر من 85 هدفاً تابعاً لـ«فيلق القدس» "
        "والفصائل الموالية لإيران في سوريا والعراق، رداً على هجوم بطائرة مسيّرة قتل ثلاثة جنود أمريكيين في الأردن الأحد "
        "الماضي. وأفاد المرصد السوري بمقتل 23 مسلحاً موالياً لإيران في الضربات التي طالت مواقع في الميادين والبوكمال "
        "بريف دير الزور.",
        [E("airstrike", Q("23", 23), PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2024-02-02", "المرصد السوري", USF,
           note="the Syrian part of strikes on two countries: SOHR gives its places (group, first) and dead "
                "(CENTCOM, the claimant, is defensible as source, as set 20's e32 chose); the 85 targets span "
                "Syria and Iraq"),
         E("airstrike", Q("ثلاثة", 3), PL("الأردن", "Jordan", None, "Jordan"), "2024-01-28",
           "القيادة المركزية الأمريكية", PROIRAN,
           note="a recalled drone attack with its own day (last Sunday), in Jordan; the pro-Iran factions are "
                "the ones the text blames")])

passage("l22", "2024-12-09", "Asharq Al-Awsat", "Asharq Al-Awsat: Israel takes Mount Hermon's Syrian side; a raid "
                                                "total",
        "أعلن الجيش الإسرائيلي أن قواته سيطرت على الجانب السوري من قمة جبل الشيخ أمس الأحد، وانتشرت في المنطقة العازلة "
        "في الجولان، في أول انتشار من نوعه منذ اتفاق فض الاشتباك عام 1974، مؤكداً أن الخطوة «مؤقتة ودفاعية». وقال "
        "مسؤول إسرائيلي إن سلاح الجو شنّ منذ سقوط الأسد أكثر من 250 غارة على مواقع عسكرية في أنحاء سوريا.",
        [E("territory_change", None, PL("جبل الشيخ", "Mount Hermon", "Rif Dimashq"), "2024-12-08", "الجيش الإسرائيلي",
           ISR, note="the summit and the buffer zone, one move; the 1974 agreement is history (a year), not coded; "
                     "«أول» an ordinal"),
         E("airstrike", Q("أكثر من 250", 250, None, True), None, "2024-12-09", "مسؤول إسرائيلي", ISR,
           kind="aggregate", note="raids since the fall on 8 December across Syria: no place")])

passage("l23", "2025-01-20", "North Press", "North Press: the SDF repel an SNA attack at Tishreen Dam; a drone on "
                                            "a convoy",
        "قالت قوات سوريا الديمقراطية إن مقاتليها صدّوا هجوماً واسعاً شنّته فصائل «الجيش الوطني» المدعومة من تركيا على "
        "محيط سد تشرين جنوب شرقي منبج فجر اليوم الاثنين، وقتلوا 22 من المهاجمين. وأضافت أن مسيّرة تركية قصفت في الأثناء "
        "قافلة مدنيين قرب قرية أبو قلقل وهي في طريقها إلى السد للاحتجاج، ما أدى إلى مقتل ثلاثة مدنيين.",
        [E("armed_clash", Q("22", 22), PL("سد تشرين", "Tishreen Dam", "Aleppo"), "2025-01-20", "قوات سوريا الديمقراطية",
           SNA, note="the SNA attacked (actor1); Turkey a backer; Manbij a bearing"),
         E("airstrike", Q("ثلاثة", 3), PL("أبو قلقل", "Abu Qalqal", "Aleppo"), "2025-01-20", "قوات سوريا الديمقراطية",
           TUR, note="where the convoy was hit; the dam is its destination; the protest it was going to is an aim")])

passage("l24", "2021-01-13", "SOHR", "SOHR colon bulletin: a toll update on Israeli raids in Deir ez-Zor",
        "المرصد السوري: ارتفع إلى 57 عدد قتلى الغارات الإسرائيلية التي استهدفت فجر اليوم الأربعاء مستودعات أسلحة "
        "ومواقع للميليشيات الموالية لإيران وقوات النظام في منطقة البوكمال وبادية الميادين وأطراف مدينة دير الزور، بينهم "
        "14 من قوات النظام و16 من «الحرس الثوري» والباقون من مقاتلين أجانب. وتُعد هذه الحصيلة الأعلى لضربات إسرائيلية "
        "في سوريا منذ سنوات.",
        [E("airstrike", Q("57", 57), PL("البوكمال", "Albukamal", "Deir ez-Zor"), "2021-01-13", "المرصد السوري", ISR,
           note="a toll update; one wave over a list of places (group, first place); the sides are a breakdown")])

passage("l25", "2025-04-30", "Syria TV", "Syria TV: Druze gunmen and ministry forces clash; an Israeli 'warning' "
                                         "strike",
        "قُتل 11 شخصاً، بينهم عنصران من الأمن العام، في اشتباكات اندلعت فجر اليوم الأربعاء بين مسلحين محليين من أبناء "
        "الطائفة الدرزية وقوات تابعة لوزارة الدفاع في بلدة أشرفية صحنايا بريف دمشق، بحسب مصادر طبية. وأعلن الجيش "
        "الإسرائيلي أنه نفذ ضربة «تحذيرية» على مجموعة مسلحة كانت تهاجم دروزاً في محيط البلدة.",
        [E("armed_clash", Q("11", 11), PL("أشرفية صحنايا", "Ashrafiyat Sahnaya", "Rif Dimashq"), "2025-04-30",
           "مصادر طبية", None, note="two-sided: no actor1; the dual a breakdown"),
         E("airstrike", None, PL("أشرفية صحنايا", "Ashrafiyat Sahnaya", "Rif Dimashq"), "2025-04-30",
           "الجيش الإسرائيلي", ISR, note="around the same town («البلدة»); no day of its own: today")])

passage("l26", "2025-06-23", "SANA", "new SANA: a suicide attack on a Damascus church; the toll; arrests",
        "دمشق-سانا\n"
        "أعلنت وزارة الداخلية ارتفاع حصيلة التفجير الانتحاري الذي ضرب كنيسة مار إلياس شرقي العاصمة مساء أمس "
        "الأحد إلى 25 شهيداً و63 مصاباً، مشيرة إلى أن منفذ الهجوم ينتمي إلى تنظيم «داعش» الإرهابي، وأنه أطلق النار على "
        "المصلين قبل أن يفجر نفسه بحزام ناسف. وأكدت الوزارة القبض على عدد من أفراد الخلية في ريف دمشق.",
        [E("explosion", Q("25", 25), PL("كنيسة مار إلياس", "Mar Elias church", "Damascus"), "2025-06-22",
           "وزارة الداخلية", IS,
           note="a toll update; the shooting before the blast is the same attack; the church is the most "
                "specific place (the city a second coder's choice); IS as the ministry says"),
         E("arrest", None, PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2025-06-23", "وزارة الداخلية", NEWGOV,
           note="arrests of the cell, no figure, no day of their own (the report's)")])

passage("l27", "2025-05-20", "Enab Baladi", "Enab Baladi: the EU lifts economic sanctions; the US lifting recalled",
        "أعلنت مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس، اليوم الثلاثاء، أن وزراء خارجية دول الاتحاد "
        "توافقوا في بروكسل على إنهاء العقوبات الاقتصادية على سوريا، وأبقوا على تلك المتصلة بالأسلحة الكيميائية وعلى "
        "14 فرداً وكياناً من رموز النظام السابق. وكانت واشنطن قد أعلنت الأسبوع الماضي رفع عقوباتها عن "
        "دمشق.",
        [E("sanction", None, PL("بروكسل", "Brussels", None, "Belgium"), "2025-05-20",
           "مسؤولة السياسة الخارجية في الاتحاد الأوروبي", EU,
           note="a lifting of sanctions is a sanctions decision; placed where it was taken; the 14 kept on the "
                "list are not its figure"),
         E("sanction", None, None, "2025-W20", None, None,
           note="the US lifting, recalled with its week; Washington and Damascus stand for the states, no place; "
                "no source of its own (the outlet)")])

passage("l28", "2025-07-15", "Al Jazeera", "Al Jazeera: army reinforcements to Sweida; a toll since Sunday; Israeli "
                                           "strikes on tanks",
        "دفعت وزارة الدفاع السورية اليوم الثلاثاء بتعزيزات عسكرية كبيرة، بينها دبابات وعربات مدرعة، إلى محافظة السويداء "
        "بعد اشتباكات دامية بين مسلحين دروز وعشائر بدوية في حي المقوس، أودت منذ الأحد بحياة 89 شخصاً على الأقل بحسب "
        "المرصد السوري. وقال الجيش الإسرائيلي إنه قصف عدة دبابات على الطريق المؤدية إلى مدينة السويداء، مؤكداً أنه «لن "
        "يسمح بإيذاء الدروز».",
        [E("reinforcement", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-15", None, NEWGOV,
           note="the governorate is the destination and the only place given; tanks and vehicles are not a "
                "figure"),
         E("casualties", Q("89", 89, None, True), PL("المقوس", "Al-Maqwas", "As-Suwayda"), "2025-07-15",
           "المرصد السوري", None, kind="aggregate",
           note="the clashes' dead since Sunday (an aggregate, as set 18's b20); two sides, no actor1"),
         E("airstrike", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2025-07-15", "الجيش الإسرائيلي", ISR,
           note="tanks on the road to the city: the city is the nearest place (a second coder might give none); "
                "the promise is a future")])

passage("l29", "2025-02-09", "Al-Modon", "Al-Modon: the new army takes a border village from Lebanese clansmen",
        "قالت إدارة الإعلام في وزارة الدفاع السورية إن وحدات من الجيش سيطرت اليوم الأحد على قرية حاويك الحدودية في ريف "
        "القصير، بعد اشتباكات مع مسلحين من عشائر لبنانية يتهمهم الجيش بالتبعية لـ«حزب الله» وبتهريب الأسلحة والمخدرات، "
        "قُتل فيها عنصران من الجيش. وردّ المسلحون بقصف صاروخي على مدينة القصير، فيما نشر الجيش اللبناني وحدات على "
        "الجانب الآخر من الحدود.",
        [E("territory_change", None, PL("حاويك", "Hawik", "Homs"), "2025-02-09",
           "إدارة الإعلام في وزارة الدفاع السورية", NEWGOV,
           note="the clashes before the taking are folded into it; two soldiers killed (a dual, no figure)"),
         E("shelling", None, PL("القصير", "Al-Qusayr", "Homs", nth=1), "2025-02-09",
           "إدارة الإعلام في وزارة الدفاع السورية", None,
           note="the clansmen's rockets (Hezbollah is the army's accusation: no canonical agent); the Lebanese "
                "army's deployment is across the border, not coded")])

passage("l30", "2024-12-06", "Syria TV", "Syria TV: hundreds of soldiers desert their barracks after Hama falls",
        "أفاد مراسل تلفزيون سوريا بأن مئات الجنود من قوات النظام فرّوا من ثكناتهم في ريف حماة الجنوبي خلال الليلة "
        "الماضية، تاركين أسلحتهم وبزّاتهم العسكرية على الطرقات، بعد ساعات من دخول فصائل المعارضة مدينة حماة. ونقل "
        "المراسل عن أحد الفارين أن ضباطه غادروا مواقعهم قبل الجنود وأن الأوامر انقطعت منذ يومين.",
        [E("desertion", Q("مئات", 200, 900, True), PL("ريف حماة الجنوبي", "Southern Hama countryside", "Hama"),
           "2024-12-05", "مراسل تلفزيون سوريا", GOV,
           note="soldiers abandoning their barracks: desertion ('last night'); the officers' leaving is part of it"),
         E("territory_change", None, PL("حماة", "Hama", "Hama", nth=1), "2024-12-05", "مراسل تلفزيون سوريا", FSA,
           note="the entry into Hama recalled with its day ('hours before'); the opposition factions (as sets 18 "
                "and 20 code the 2024 offensive); a second coder might leave it as background")])


if __name__ == "__main__":
    write("gold26.jsonl", P26)
