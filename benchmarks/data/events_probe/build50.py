"""Build gold50.jsonl: held-out set 50 (ids ha01…), written by helper writer50 in stop 30.

Every passage was written anew for marsad, modelled on the phrasing of Arabic reporting on Syria
2011-2017 read in the search tool's `pages` corpus (never copied); people, villages, figures and
dates are invented or varied. The gold was written with the passages, BEFORE marsad was run on
them; the writer read no events code. Format and helpers: build.py.

    python benchmarks/data/events_probe/build50.py      # rewrites gold50.jsonl
"""
from __future__ import annotations

from build import COAL, FSA, GOV, IS, PROT, RUS, SDF, UNID, E, PL, Q, write

P50 = []


def passage50(pid, published, outlet, style, text, events):
    P50.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage50("ha01", "2011-04-22", "Al Jazeera", "a Friday protest fired on, the committees as source; a list of towns",
          "ذكرت لجان التنسيق المحلية أن 19 متظاهراً على الأقل قُتلوا اليوم الجمعة برصاص قوات الأمن في "
          "بلدة إزرع بمحافظة درعا، حين أطلقت الرصاص الحي على آلاف من المحتجين تدفقوا من الجامع الكبير بعد الصلاة. "
          "وأضافت اللجان أن مظاهرات أخرى انطلقت في المعضمية وداريا بريف دمشق، وتفرقت بعد إطلاق الغاز المسيل "
          "للدموع. ولم تتمكن الجزيرة من التحقق من هذه الحصيلة عبر مصدر مستقل.",
          [E("protest", Q("آلاف", 2000, 9000, True), PL("إزرع", "Izraa", "Daraa"), "2011-04-22",
             "لجان التنسيق المحلية", PROT,
             note="fire on a protest: the 19 dead are the protest's fatalities, not a second event; the mosque is a "
                  "landmark (the town)"),
           E("protest", None, PL("المعضمية", "Al-Muadamiyah", "Rif Dimashq"), "2011-04-22", "لجان التنسيق المحلية",
             PROT, note="one act told for two towns (a group with Daraya, scored at the first); the tear gas is part "
                        "of it; «اللجان» carries the source")])

passage50("ha02", "2011-10-03", "SANA", "old SANA: 'armed terrorist group' fires on law-enforcement forces",
          "حمص-سانا\n"
          "استشهد أربعة من عناصر قوات حفظ النظام وأصيب تسعة آخرون اليوم برصاص مجموعة إرهابية مسلحة استهدفت "
          "دوريتهم من أسطح الأبنية في حي باب السباع بمدينة حمص. وذكر مصدر مسؤول في المحافظة لمراسل سانا أن "
          "الجهات المختصة تلاحق أفراد المجموعة الذين روّعوا الأهالي وقطعوا الطرقات خلال الأيام الماضية.",
          [E("armed_clash", Q("أربعة", 4), PL("باب السباع", "Bab al-Sibaa", "Homs"), "2011-10-03",
             "مصدر مسؤول في المحافظة", UNID,
             note="an attack on a patrol by an unnamed group (ACLED: armed clash/attack); the nine injured are "
                  "injuries, not the figure; the pursuit is ongoing and the days of road-cutting a vague habit: no "
                  "events; a second coder could leave reported_by to the outlet (the first sentence is SANA's voice)")])

passage50("ha03", "2012-07-24", "Reuters", "defection across the Jordanian border, Amman dateline, ranks",
          "عمان (رويترز) - ذكر مسؤول أمني أردني يوم الثلاثاء أن 23 عسكرياً سورياً، بينهم عميد ومقدمان، انشقوا عن "
          "الجيش ولجأوا إلى المملكة الليلة الماضية بعد أن عبروا الساتر الترابي قرب بلدة تل شهاب في محافظة درعا. "
          "وأوضح المسؤول، الذي طلب عدم نشر اسمه، أن المنشقين نُقلوا مع عائلاتهم إلى منشأة مخصصة للعسكريين قرب "
          "المفرق. ولم يتسن لرويترز التحقق من ذلك بصورة مستقلة.",
          [E("defection", Q("23", 23), PL("تل شهاب", "Tell Shihab", "Daraa"), "2012-07-23", "مسؤول أمني أردني", GOV,
             note="the crossing place at home is given, so it is the place (stop-29 convention); Amman is the "
                  "dateline, Mafraq the destination; the ranks are a breakdown; «الليلة الماضية» = the night before "
                  "publication (a second coder could date it the 24th)")])

passage50("ha04", "2012-08-30", "SOHR", "SOHR daily national toll with categories; an incident inside it; dead defectors",
          "المرصد السوري لحقوق الإنسان: بلغ 162 عدد الشهداء الذين سقطوا في سوريا أمس الأربعاء، هم 109 "
          "مدنيين و31 مقاتلاً من الكتائب الثائرة و22 جندياً منشقاً قضوا في اشتباكات متفرقة. ومن بين المدنيين 18 "
          "مواطناً بينهم ستة أطفال استشهدوا إثر سقوط قذائف أطلقتها القوات النظامية على مدينة كفرنبل في ريف إدلب، "
          "بحسب ما أفاد نشطاء من المدينة للمرصد.",
          [E("casualties", Q("162", 162), None, "2012-08-29", "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
             note="a daily national toll; the three categories are a breakdown; the 22 dead defectors are not a "
                  "defection (they are dead, not defecting)"),
           E("shelling", Q("18", 18), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2012-08-29", "نشطاء من المدينة", GOV,
             note="an incident told inside the toll (the contract keeps both); the six children are a breakdown; "
                  "a second coder could give reported_by to SOHR, which relays the activists")])

passage50("ha05", "2013-01-12", "Al-Hayat", "an airbase taken by a mixed rebel coalition; withdrawal destination",
          "بيروت - «الحياة» - سيطر مقاتلون معارضون، بينهم عناصر من «جبهة النصرة» و«حركة أحرار الشام»، أمس الجمعة "
          "على مطار تفتناز العسكري في ريف إدلب بعد هجوم استمر ثلاثة أيام، وفق ما أعلن «المرصد السوري لحقوق "
          "الإنسان». وأفاد المرصد بأن المعارك أسفرت عن مقتل 21 عنصراً من القوات النظامية على الأقل، فيما انسحب "
          "الباقون نحو معسكر المسطومة. ويُعدّ المطار من أكبر قواعد المروحيات التي كانت القوات النظامية تستخدمها "
          "لقصف بلدات المحافظة.",
          [E("territory_change", Q("21", 21, None, True), PL("مطار تفتناز العسكري", "Taftanaz military airbase", "Idlib"),
             "2013-01-11", "المرصد السوري لحقوق الإنسان", FSA,
             note="the battle's dead on the taking; an airbase as the most specific place; Mastumah is where the "
                  "garrison withdrew, Beirut the dateline; the helicopter raids are a habit; the coalition includes "
                  "Nusra: a second coder could give the agent as HTS/Nusra")])

passage50("ha06", "2013-03-05", "Zaman al-Wasl", "mostly negative: a pilot's video defection a week before, and his call",
          "أعلن المقدم الطيار يوسف الحمدان انشقاقه عن جيش الأسد في تسجيل مصوّر وصلت نسخة منه إلى «زمان الوصل»، "
          "قال فيه إنه غادر مطار الشعيرات العسكري شرقي حمص قبل أسبوع ووصل إلى مناطق الثوار في ريف حماة. "
          "ودعا الحمدان زملاءه الطيارين إلى الانشقاق والكف عن قصف المدن والبلدات بالبراميل.",
          [E("defection", None, PL("مطار الشعيرات العسكري", "Shayrat airbase", "Homs"), None, "يوسف الحمدان", GOV,
             note="one officer, no numeral; the base he left is the place (rural Hama is where he arrived); «قبل "
                  "أسبوع» fixes no day (a second coder could give the week 2013-W09); the appeal to fellow pilots is "
                  "a call, not a defection; the barrel raids are a habit")])

passage50("ha07", "2013-06-10", "Al Arabiya", "rocket fire; where it came from; the source in the next sentence",
          "قُتل سبعة أشخاص بينهم ثلاثة أطفال، أمس الأحد، بقذائف صاروخية سقطت على بلدة حيان في ريف حلب الشمالي، "
          "مصدرها مواقع القوات النظامية في بلدة نبل المجاورة. وأفاد بذلك المكتب الإعلامي في حيان لقناة العربية، "
          "مشيراً إلى أن القذائف دمرت منزلين بالكامل وألحقت أضراراً بمسجد البلدة.",
          [E("shelling", Q("سبعة", 7), PL("حيان", "Hayan", "Aleppo"), "2013-06-09", "المكتب الإعلامي في حيان", GOV,
             note="Nubl is where the fire came from, not the place; the children are a breakdown; the source is "
                  "in the next sentence; the damage is part of the act")])

passage50("ha08", "2013-09-19", "Shaam News Network", "barrel bombs without casualties and a clash on the same town's front",
          "شبكة شام - ريف دمشق: ألقى الطيران المروحي التابع لقوات الأسد صباح اليوم الخميس ستة براميل متفجرة استهدفت "
          "منازل المدنيين في مدينة داريا المحاصرة، ما أسفر عن دمار واسع دون ورود أنباء عن إصابات. وتزامن ذلك مع "
          "اشتباكات عنيفة بين الجيش الحر وعناصر الفرقة الرابعة على الجبهة الغربية للمدينة، تمكن خلالها الثوار من "
          "تدمير دبابة، بحسب ناشطين. يُذكر أن داريا تتعرض لحصار خانق منذ قرابة عام.",
          [E("airstrike", Q("ستة", 6), PL("داريا", "Darayya", "Rif Dimashq"), "2013-09-19", None, GOV,
             note="barrels are the count; no casualties; the outlet's own report (a second coder could carry "
                  "«بحسب ناشطين» back to it)"),
           E("armed_clash", None, PL("داريا", "Darayya", "Rif Dimashq"), "2013-09-19", "ناشطين", FSA,
             note="«المدينة» is Daraya; two sides, the FSA named first; the tank destroyed is part of the clash; "
                  "the siege is a state, the Fourth Division a unit name")])

passage50("ha09", "2013-12-16", "AFP", "barrel bombs on three districts; a toll update (the earlier figure)",
          "بيروت (أ ف ب) - قتل 38 شخصاً على الأقل، بينهم 11 طفلاً، أمس الأحد في غارات بالبراميل المتفجرة نفذها "
          "الطيران المروحي التابع للنظام على أحياء الشعار والمرجة وطريق الباب في شرق مدينة حلب، بحسب حصيلة جديدة "
          "أوردها المرصد السوري لحقوق الإنسان. وكان المرصد أفاد في وقت سابق بمقتل 24 شخصاً. وقال مدير المرصد رامي عبد "
          "الرحمن لفرانس برس إن الحصيلة قد ترتفع لأن بين الجرحى حالات حرجة.",
          [E("airstrike", Q("38", 38, None, True), PL("الشعار", "Al-Shaar", "Aleppo"), "2013-12-15",
             "المرصد السوري لحقوق الإنسان", GOV,
             note="one act over three districts (a group, scored at the first); 24 is the earlier figure of the same "
                  "toll, not a second event; the children are a breakdown; Beirut is the dateline")])

passage50("ha10", "2014-02-03", "Enab Baladi", "an evacuation from a besieged camp; starvation deaths since the siege began",
          "خرجت أمس الأحد دفعة جديدة من سكان مخيم اليرموك جنوب دمشق تضم نحو 430 شخصاً، معظمهم من كبار السن "
          "والنساء والمرضى، بإشراف وكالة الأونروا والهلال الأحمر، بحسب ما أفاد به ناشطون من المخيم لعنب بلدي. "
          "ويعيش المخيم تحت حصار تفرضه قوات الأسد والفصائل الفلسطينية الموالية لها منذ تموز 2013، ووثّق "
          "الناشطون وفاة 68 شخصاً بسبب الجوع ونقص الدواء منذ بدء الحصار.",
          [E("other", Q("نحو 430", 430, approx=True), PL("مخيم اليرموك", "Yarmouk camp", "Damascus"), "2014-02-02",
             "ناشطون من المخيم", None, note="an evacuation; a camp as the place; «جنوب دمشق» is a bearing"),
           E("casualties", Q("68", 68), PL("مخيم اليرموك", "Yarmouk camp", "Damascus"), None, "ناشطون من المخيم", None,
             kind="aggregate",
             note="deaths from hunger since July 2013 (period 2013-07..2014-02-03); no act but the siege, which is a "
                  "state; a second coder could name the besiegers (GOV) as the agent")])

passage50("ha11", "2014-05-28", "Anadolu Agency", "a protest against the election; a future vote and a call",
          "تظاهر مئات السوريين، اليوم الأربعاء، في مدينة سراقب بريف إدلب رفضاً للانتخابات الرئاسية التي يعتزم "
          "النظام إجراؤها في الثالث من حزيران المقبل، بحسب مراسل الأناضول. ورفع المتظاهرون لافتات تصف الانتخابات "
          "بـ«المهزلة»، ودعوا السوريين المقيمين في المناطق الخاضعة لسيطرة النظام إلى مقاطعتها وعدم المشاركة فيها، وسط هتافات تطالب برحيل الأسد.",
          [E("protest", Q("مئات", 200, 900, True), PL("سراقب", "Saraqib", "Idlib"), "2014-05-28", "مراسل الأناضول",
             PROT, note="the election is a future act, the boycott appeal a call: no events")])

passage50("ha12", "2014-08-14", "Al-Quds Al-Arabi", "IS takes a town and two villages; the battle's dead; a car bomb inside the attack",
          "بسط تنظيم «الدولة الإسلامية» فجر اليوم سيطرته على بلدة احتيملات وقريتي تل مالد وكفر كلبين في ريف حلب "
          "الشمالي، بعد اشتباكات عنيفة مع الكتائب المقاتلة والإسلامية استمرت منذ مساء أمس، أسفرت عن مقتل 26 "
          "مقاتلاً من الجانبين، وفق المرصد السوري لحقوق الإنسان. وفجّر التنظيم خلال الهجوم عربة مفخخة عند "
          "مدخل احتيملات، وفق المصدر نفسه.",
          [E("territory_change", Q("26", 26), PL("احتيملات", "Ihtaimlat", "Aleppo"), "2014-08-14",
             "المرصد السوري لحقوق الإنسان", IS,
             note="a list of places taken in one act (a group, scored at the first); the battle's dead on the "
                  "taking; the car bomb is part of the assault (a second coder could code a separate explosion "
                  "event, as ACLED sometimes codes suicide VBIEDs)")])

passage50("ha13", "2014-11-06", "Asharq Al-Awsat", "negative: a siege's state, shares of control, near-daily raids (habit), a counterfactual",
          "تدخل المواجهات في مدينة عين العرب (كوباني) على الحدود التركية أسبوعها السابع، من دون أن يتمكن أي من "
          "الطرفين من حسم المعركة. ويسيطر تنظيم «داعش» على قرابة 40 في المائة من المدينة، بينما تتحصن وحدات "
          "حماية الشعب الكردية في أحيائها الشمالية المحاذية لمعبر مرشد بينار، وتواصل طائرات التحالف الدولي شنّ "
          "غارات شبه يومية على مواقع التنظيم في محيطها. ويرى محللون أن سقوط المدينة كان سيفتح للتنظيم شريطاً "
          "حدودياً طويلاً.",
          [])

passage50("ha14", "2015-01-20", "SANA", "SANA 'restores security' to two places; the dead and the IEDs (wrong figure)",
          "ريف دمشق-سانا\n"
          "أعادت وحدات من جيشنا الباسل اليوم الأمن والاستقرار إلى منطقة البلالية ومزارع الحمورية في الغوطة "
          "الشرقية، بعد أن قضت على العشرات من إرهابيي ما يسمى «جيش الإسلام». وأفاد مصدر عسكري بأن الوحدات فككت "
          "عشرات العبوات الناسفة التي زرعها الإرهابيون على الطرقات، واستولت على مستودع للذخيرة في المنطقة.",
          [E("territory_change", Q("العشرات", 20, 90, True), PL("البلالية", "Al-Balaliya", "Rif Dimashq"),
             "2015-01-20", "مصدر عسكري", GOV,
             note="two places in one act (a group, scored at the first); the dead are the act's; the IEDs defused "
                  "and the depot seized are not the figure and no events; the first sentence is SANA's own voice: a "
                  "second coder could leave reported_by to the outlet")])

passage50("ha15", "2015-04-01", "Al Jazeera", "air raids on a city just taken, barrels on a nearby town, the taking recalled",
          "قُتل تسعة مدنيين وأصيب العشرات، اليوم الأربعاء، جراء غارات نفذتها مقاتلات النظام السوري على أحياء وسط مدينة "
          "إدلب، التي انتزعها «جيش الفتح» قبل أيام، حسب ما أفاد مراسل الجزيرة. وأوضح المراسل أن إحدى الغارات "
          "استهدفت محيط دوار المحراب، بينما ألقت مروحيات براميل متفجرة على بلدة بنش المجاورة. وكانت فصائل «جيش "
          "الفتح» قد أعلنت السبت الماضي السيطرة الكاملة على المدينة بعد معارك استمرت خمسة أيام.",
          [E("airstrike", Q("تسعة", 9), PL("إدلب", "Idlib", "Idlib"), "2015-04-01", "مراسل الجزيرة", GOV,
             note="the roundabout is a landmark (the city); the injured «العشرات» are not the figure"),
           E("airstrike", None, PL("بنش", "Binnish", "Idlib"), "2015-04-01", "مراسل الجزيرة", GOV,
             note="barrels from helicopters on another town: an act of its own (a second coder could fold it into "
                  "the day's raids); no figure"),
           E("territory_change", None, PL("إدلب", "Idlib", "Idlib"), "2015-03-28", None, FSA,
             note="recalled, dated «السبت الماضي»; «المدينة» is Idlib; the five days of battle are the taking's; "
                  "Jaish al-Fatah includes Nusra: a second coder could give HTS/Nusra")])

passage50("ha16", "2015-06-25", "Orient News", "an offensive launched with an aim; clashes at a quarter; retaliatory barrels on a list",
          "أعلنت فصائل «الجبهة الجنوبية» التابعة للجيش الحر فجر اليوم بدء معركة «عاصفة الجنوب» بهدف السيطرة على "
          "الأحياء الخاضعة للنظام في مدينة درعا، وقال مراسل أورينت إن اشتباكات عنيفة تدور على أطراف حي المنشية "
          "ومحيط فرع الأمن العسكري، وسط قصف متبادل. وأضاف المراسل أن قوات النظام ردّت بإلقاء أكثر من 20 برميلاً "
          "متفجراً على درعا البلد وبلدتي اليادودة والنعيمة.",
          [E("armed_clash", None, PL("المنشية", "Al-Manshiya", "Daraa"), "2015-06-25", "مراسل أورينت", FSA,
             note="the aim of taking the districts is not an event; the launch announcement is the clash's opening "
                  "(a second coder could add a statement); a second coder could place it at the security branch "
                  "(a facility) instead of the quarter"),
           E("airstrike", Q("أكثر من 20", 20, None, True), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2015-06-25",
             "مراسل أورينت", GOV,
             note="barrels (count) over three places: a group, scored at the first; «المراسل» carries the source")])

passage50("ha17", "2015-10-08", "Asharq Al-Awsat", "Russian MoD sortie total vs activists on one town's dead",
          "قالت وزارة الدفاع الروسية، أمس، إن مقاتلاتها نفذت خلال 24 ساعة 22 طلعة استهدفت 27 موقعاً لتنظيم «داعش» "
          "في سوريا، غير أن ناشطين أكدوا أن الغارات التي طالت بلدة اللطامنة بريف حماة الشمالي لم تصب إلا مقرات "
          "فصائل معارضة ومنازل مدنيين، وأسفرت عن مقتل خمسة أشخاص بينهم طفلان. وتسيطر على البلدة فصائل من الجيش "
          "الحر منذ عام 2012، ولا وجود للتنظيم فيها وفق الناشطين.",
          [E("airstrike", Q("خمسة", 5), PL("اللطامنة", "Al-Latamneh", "Hama"), "2015-10-07", "ناشطين", RUS,
             note="the strikes fall in the 24 hours before the statement (dated the day before publication; a second "
                  "coder could leave the date null); the state of control is no event"),
           E("airstrike", Q("22", 22), None, "2015-10-07", "وزارة الدفاع الروسية", RUS, kind="aggregate",
             note="a sortie total over a day for all Syria; the 27 sites are targets, not the count; a second coder "
                  "could drop it (no place) or count the sites")])

passage50("ha18", "2015-12-22", "Reuters", "mostly negative: a deal's next phase in the future; the deal recalled",
          "بيروت (رويترز) - قال مصدر مطلع على المفاوضات يوم الثلاثاء إن الأمم المتحدة تستعد لتنفيذ المرحلة الثانية "
          "من اتفاق الزبداني والفوعة وكفريا خلال الأيام المقبلة، على أن يُنقل بموجبها نحو 120 مقاتلاً وجريحاً من "
          "الزبداني إلى إدلب مقابل إجلاء نحو 300 من البلدتين. وكان الطرفان قد توصلا إلى الاتفاق في أيلول الماضي "
          "برعاية تركية إيرانية، وتضمن وقفاً لإطلاق النار لم يصمد طويلاً.",
          [E("agreement", None, PL("الزبداني", "Az-Zabadani", "Rif Dimashq"), "2015-09", None, None,
             note="recalled (background), month grain; the transfers are future (no event, their figures no "
                  "count); the Turkish and Iranian sponsorship names no place; the ceasefire is part of the deal; a "
                  "second coder could give the deal no place")])

passage50("ha19", "2016-01-14", "Al Jazeera", "mostly negative: an aid convoy (not coded); hunger deaths since a month; patients needing evacuation",
          "دخلت قافلة ثانية من المساعدات الإنسانية، اليوم الخميس، إلى بلدة مضايا المحاصرة في ريف دمشق تضم 44 "
          "شاحنة محملة بالغذاء والدواء، بالتزامن مع دخول قافلة مماثلة إلى بلدتي الفوعة وكفريا في ريف إدلب. وقال "
          "مسؤول في الهيئة الطبية بالبلدة لمراسل الجزيرة إن 28 شخصاً توفوا جوعاً منذ مطلع كانون الأول الماضي، وإن "
          "نحو 400 مريض بحاجة إلى إجلاء فوري لتلقي العلاج.",
          [E("casualties", Q("28", 28), PL("مضايا", "Madaya", "Rif Dimashq"), None, "مسؤول في الهيئة الطبية بالبلدة",
             None, kind="aggregate",
             note="hunger deaths since early December 2015 (period 2015-12..2016-01-14); the aid convoys are not "
                  "coded (ACLED codes no aid deliveries; a second coder could code them as other); the 400 patients "
                  "are a need, not an evacuation; the trucks are not a figure of any event")])

passage50("ha20", "2016-03-02", "SOHR", "a truce violation (shells counted) and a toll since the truce began",
          "المرصد السوري لحقوق الإنسان: رصد المرصد سقوط 14 قذيفة صاروخية أطلقتها قوات النظام صباح اليوم على بلدة "
          "كفرزيتا بريف حماة الشمالي، ما أدى لإصابة أربعة مواطنين، في خرق جديد لاتفاق وقف الأعمال العدائية. ووثّق "
          "المرصد منذ بدء سريان الاتفاق منتصف ليل الجمعة – السبت مقتل 89 شخصاً في مناطق الهدنة، بينهم 24 مدنياً.",
          [E("shelling", Q("14", 14), PL("كفرزيتا", "Kafr Zita", "Hama"), "2016-03-02", "المرصد السوري لحقوق الإنسان",
             GOV, note="the shells are the count; four injured"),
           E("casualties", Q("89", 89), None, None, "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
             note="a toll since the truce began (period 2016-02-27..2016-03-02); civilians a breakdown; «مناطق "
                  "الهدنة» is no place; the truce's start is a reference, not reported as news (no agreement event)")])

passage50("ha21", "2016-04-29", "AFP", "a strike on a named field hospital, toll raised; accuser, denial; a city toll since a date",
          "حلب (سوريا) (أ ف ب) - ارتفعت إلى 31 قتيلاً، بينهم ثلاثة أطباء، حصيلة الغارة الجوية التي استهدفت ليل "
          "الأربعاء الخميس مستشفى الشفاء الميداني في حي المشهد الخاضع لسيطرة الفصائل المعارضة في مدينة حلب، وفق ما "
          "أعلن الدفاع المدني اليوم الجمعة. واتهمت منظمة أطباء بلا حدود التي تدعم المستشفى قوات النظام بتنفيذ "
          "الغارة، فيما نفى الجيش السوري أن تكون طائراته قد حلقت فوق المنطقة. وقتل منذ 22 نيسان/أبريل أكثر من "
          "200 مدني في المدينة.",
          [E("airstrike", Q("31", 31), PL("مستشفى الشفاء الميداني", "Al-Shifa field hospital", "Aleppo"), "2016-04-27",
             "الدفاع المدني", GOV,
             note="a named hospital stays the most specific place (quarter Al-Mashhad); the night of Wednesday to "
                  "Thursday (a second coder could date the 28th); the agent is the accuser's (MSF), the army's denial "
                  "is of the same strike: no event; the doctors are a breakdown"),
           E("casualties", Q("أكثر من 200", 200, None, True), PL("حلب", "Aleppo", "Aleppo", nth=1), None, None, None,
             kind="aggregate",
             note="civilians killed in the city since 22 April (period 2016-04-22..2016-04-29); AFP's own figure "
                  "(outlet); the dateline Aleppo is not the mention used")])

passage50("ha22", "2016-07-19", "SMART", "a hedged coalition strike on a village; clashes inside a city (bearing vs place)",
          "قال ناشطون لـ«سمارت» إن 17 مدنياً، بينهم سبعة أطفال، قتلوا فجر اليوم بغارات لطائرات يُعتقد أنها تابعة "
          "للتحالف الدولي على قرية الحية شمال مدينة منبج بريف حلب الشرقي. وتزامنت الغارات مع اشتباكات بين «قوات "
          "سوريا الديمقراطية» وتنظيم «الدولة الإسلامية» داخل أحياء منبج الغربية، حيث تحاول القوات التقدم نحو مركز "
          "المدينة منذ أسابيع.",
          [E("airstrike", Q("17", 17), PL("الحية", "Al-Hayya", "Aleppo"), "2016-07-19", "ناشطون", COAL,
             note="a hedged perpetrator (the coalition); Manbij is a bearing for the village"),
           E("armed_clash", None, PL("منبج", "Manbij", "Aleppo", nth=1), "2016-07-19", "ناشطون", SDF,
             note="inside Manbij's western districts, the same morning; the advance 'for weeks' is an aim/ongoing; "
                  "the activists' source carried over (a second coder could leave it to the outlet)")])

passage50("ha23", "2016-09-21", "Anadolu Agency", "Euphrates Shield: two villages taken (backer trap), a running total of villages",
          "سيطر الجيش السوري الحر، المدعوم من القوات المسلحة التركية، اليوم الأربعاء، على قريتي تل حجر وأرشاف شرق "
          "بلدة الراعي بريف حلب الشمالي، ضمن عملية «درع الفرات»، بحسب مراسل الأناضول. وأضاف المراسل أن الجيش الحر "
          "بات يسيطر منذ انطلاق العملية في 24 آب/أغسطس الماضي على مساحة تقارب 900 كيلومتر مربع، بعد طرد تنظيم "
          "«داعش» من 74 قرية.",
          [E("territory_change", None, PL("تل حجر", "Tal Hajar", "Aleppo"), "2016-09-21", "مراسل الأناضول", FSA,
             note="two villages in one act (a group, scored at the first); Turkey is the backer, al-Rai a bearing"),
           E("territory_change", Q("74", 74), None, None, "مراسل الأناضول", FSA, kind="aggregate",
             note="villages taken since 24 August (period 2016-08-24..2016-09-21); the 900 km² is a measure, not the "
                  "count; no place named for the total")])

passage50("ha24", "2016-12-15", "SANA", "an evacuation convoy from east Aleppo; crossing, destination, vehicles, wounded",
          "حلب-سانا\n"
          "غادرت صباح اليوم أولى قوافل المسلحين وأسرهم الأحياء الشرقية لمدينة حلب عبر معبر الراموسة، "
          "وتضم 951 شخصاً بينهم 108 جرحى، نقلتهم 13 حافلة و20 سيارة إسعاف باتجاه ريف حلب الغربي، تنفيذاً للاتفاق "
          "الذي يقضي بإخراج جميع الإرهابيين من المدينة. وذكر مراسل سانا أن وحدات الهندسة بدأت تمشيط الأحياء التي "
          "خرجوا منها.",
          [E("other", Q("951", 951), PL("الأحياء الشرقية لمدينة حلب", "Eastern Aleppo", "Aleppo"), "2016-12-15",
             None, None,
             note="an evacuation; the crossing is the route and the western countryside the destination; the "
                  "wounded are a breakdown, buses and ambulances not the figure; the agreement is referred to, not "
                  "reported (no event); the sweep is no event; SANA's own voice (outlet)")])

passage50("ha25", "2017-02-24", "Reuters", "a suicide car bomb near a town taken the day before; claim by IS",
          "بيروت/أنقرة (رويترز) - أفاد مسؤولون أتراك وقادة في فصائل المعارضة بأن انتحارياً فجّر سيارة ملغومة يوم الجمعة عند "
          "مقر لفصيل معارض في قرية سوسيان شمال غربي مدينة الباب، ما أسفر عن مقتل 42 شخصاً معظمهم من المدنيين، بعد "
          "يوم من إعلان تركيا سيطرة قوات «درع الفرات» على المدينة بالكامل. وأعلن تنظيم «داعش» مسؤوليته عن التفجير "
          "في بيان نشرته وكالة أعماق.",
          [E("explosion", Q("42", 42), PL("سوسيان", "Susyan", "Aleppo"), "2017-02-24", "مسؤولون أتراك", IS,
             note="al-Bab is a bearing, Beirut/Ankara the dateline; the claim names the agent (no event of its own)"),
           E("territory_change", None, PL("الباب", "Al-Bab", "Aleppo"), "2017-02-23", "تركيا", FSA,
             note="dated by «بعد يوم من»; announced by Turkey; Euphrates Shield forces are Turkish-backed factions "
                  "with Turkish troops: a second coder could give Turkey's forces as the agent")])

passage50("ha26", "2017-04-05", "Enab Baladi", "a chemical strike's toll raised; accused jet; the army's denial",
          "ارتفعت حصيلة ضحايا الهجوم بغاز يُرجح أنه السارين، الذي ضرب خان شيخون جنوبي محافظة إدلب صباح أمس "
          "الثلاثاء، إلى 74 شخصاً بينهم 23 طفلاً، فيما تجاوز عدد المصابين 500، بحسب مديرية صحة إدلب الحرة. واتهم "
          "ناشطون طائرة حربية من طراز «سوخوي 22» تابعة للنظام بتنفيذ الضربة، بينما نفت القيادة العامة للجيش "
          "استخدام أي أسلحة كيماوية «في الماضي أو الحاضر أو المستقبل».",
          [E("airstrike", Q("74", 74), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2017-04-04",
             "مديرية صحة إدلب الحرة", GOV,
             note="a toll update of one strike; the injured (over 500) are injuries, not the count; the agent is the "
                  "accusers'; the denial is no event; «سوخوي 22» is a model name")])

passage50("ha27", "2017-03-15", "Zaman al-Wasl", "negative: an anniversary, planned protests, a hope",
          "تحلّ اليوم الذكرى السادسة لانطلاق الثورة السورية، التي بدأت بمظاهرات سلمية في درعا ودمشق في آذار 2011 "
          "قبل أن تتحول إلى نزاع مسلح متعدد الأطراف. ويعتزم ناشطون في إدلب وريف حلب الخروج بمظاهرات مركزية يوم "
          "الجمعة المقبل تحت شعار «مستمرة»، بينما يؤكد كثير من المهجّرين أن العودة إلى مدنهم ما زالت حلماً بعيد "
          "المنال.",
          [])

passage50("ha28", "2017-07-26", "Hawar (ANHA)", "SDF take a Raqqa quarter; 'mercenaries' killed; car bombs destroyed before reaching (attempted)",
          "أعلنت قوات سوريا الديمقراطية، اليوم، تحرير حي نزلة شحادة جنوب مدينة الرقة بالكامل بعد اشتباكات عنيفة "
          "مع مرتزقة داعش استمرت أربعة أيام، قُتل خلالها 37 مرتزقاً، بحسب ما أفاد مراسل وكالة أنباء هاوار. وأشار "
          "المراسل إلى أن المرتزقة حاولوا صد تقدم القوات بثلاث عربات مفخخة، دمرها المقاتلون قبل وصولها إلى خطوطهم.",
          [E("territory_change", Q("37", 37), PL("نزلة شحادة", "Nazlat Shehadeh", "Raqqa"), "2017-07-26",
             "مراسل وكالة أنباء هاوار", SDF,
             note="the four days of clashes are the taking's battle; the car bombs were destroyed before reaching "
                  "(attempted: no explosion event); a second coder could give the SDF, who announced it, as source")])

passage50("ha29", "2017-10-17", "Al Arabiya", "hedged Russian strikes on boats at a river town; a city taken 'days before' (background)",
          "قُتل 14 شخصاً على الأقل، معظمهم نازحون، في غارات يُرجح أنها روسية استهدفت قوارب كانت تعبر نهر الفرات قرب "
          "بلدة العشارة في ريف دير الزور الشرقي، أمس الاثنين، وفق المرصد السوري لحقوق الإنسان. ويأتي ذلك بعد أيام "
          "من سيطرة قوات النظام والمسلحين الموالين لها على مدينة الميادين، التي كانت تُعد أحد أبرز معاقل تنظيم "
          "«داعش» في المحافظة.",
          [E("airstrike", Q("14", 14, None, True), PL("العشارة", "Al-Asharah", "Deir ez-Zor"), "2017-10-16",
             "المرصد السوري لحقوق الإنسان", RUS, note="a hedged perpetrator; the river is no place of its own"),
           E("territory_change", None, PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), None, None, GOV,
             note="recalled 'days before': undated; the writer's background (outlet); its status as a stronghold "
                  "is a state")])

passage50("ha30", "2011-07-31", "AFP", "a national toll with its largest part in one stormed city",
          "نيقوسيا (أ ف ب) - قُتل 97 مدنياً على الأقل اليوم الأحد برصاص قوات الأمن والجيش السوري، بينهم 81 في "
          "مدينة حماة التي تعرضت منذ الفجر لقصف بالدبابات والرشاشات الثقيلة من أربعة محاور، حسب ما أفاد رئيس "
          "المرصد السوري لحقوق الإنسان رامي عبد الرحمن. وتوزع باقي القتلى على دير الزور والحراك والبوكمال، فيما "
          "خرجت تظاهرات ليلية في عدة مدن تضامناً مع حماة.",
          [E("casualties", Q("97", 97, None, True), None, "2011-07-31", "المرصد السوري لحقوق الإنسان", GOV,
             kind="aggregate",
             note="a national daily toll; the towns of the remainder are a breakdown, not events (no act told "
                  "there); the night protests, in unnamed cities, are not coded (a second coder could add one)"),
           E("shelling", Q("81", 81), PL("حماة", "Hama", "Hama"), "2011-07-31", "المرصد السوري لحقوق الإنسان", GOV,
             note="tank and heavy-gun fire on the city: the act of the toll's largest part; Nicosia is the "
                  "dateline; a second coder could code the storming as an armed clash")])

passage50("ha31", "2011-12-20", "Al Arabiya", "soldiers killed while trying to defect; others who escaped did defect",
          "قال المرصد السوري لحقوق الإنسان لقناة العربية إن 63 عسكرياً قُتلوا أمس الاثنين أثناء محاولتهم الانشقاق عن "
          "مواقعهم بين قريتي كفر عويد والفطيرة في جبل الزاوية بريف إدلب، بعدما طوّقتهم القوات النظامية وأطلقت عليهم "
          "نيران الرشاشات الثقيلة. وأضاف المرصد أن عدداً آخر من المنشقين تمكنوا من الفرار إلى البساتين المجاورة، فيما "
          "لا يزال مصير العشرات منهم مجهولاً.",
          [E("armed_clash", Q("63", 63), PL("كفر عويد", "Kafr Owayd", "Idlib"), "2011-12-19",
             "المرصد السوري لحقوق الإنسان", GOV,
             note="the failed defectors shot down: the killing is the event (a second coder could code casualties, "
                  "or place it at Jabal al-Zawiya, the region enclosing the two villages); the attempted defection "
                  "is no defection"),
           E("defection", None, PL("كفر عويد", "Kafr Owayd", "Idlib"), "2011-12-19", "المرصد السوري لحقوق الإنسان",
             GOV, note="those who escaped defected (no numeral); the missing «العشرات» are not their figure; a second "
                       "coder could fold them into the same episode")])

passage50("ha32", "2012-02-10", "SANA", "two car bombs at two security sites, one combined toll",
          "حلب-سانا\n"
          "استشهد 25 شخصاً من المدنيين وعناصر حفظ النظام وأصيب 175 آخرون في تفجيرين إرهابيين بسيارتين مفخختين "
          "استهدفا صباح اليوم مقر فرع الأمن العسكري في حي المحافظة ومقر قيادة حفظ النظام في حي الحمدانية بمدينة حلب. "
          "وأفادت وزارة الصحة بأن بين الشهداء أطفالاً كانوا في طريقهم إلى المدرسة، فيما ألحق التفجيران أضراراً كبيرة "
          "بالأبنية السكنية المجاورة.",
          [E("explosion", Q("25", 25), PL("فرع الأمن العسكري", "Military Security branch (Aleppo)", "Aleppo"),
             "2012-02-10", None, UNID,
             note="two bombs at two sites: two events; the toll is combined and sits on the first (a second coder "
                  "could code one grouped event, or place them at the quarters); SANA's own voice (outlet)"),
           E("explosion", None, PL("قيادة حفظ النظام", "Law-enforcement command (Aleppo)", "Aleppo"), "2012-02-10",
             None, UNID, note="the second bomb; its share of the toll is not given")])

passage50("ha33", "2012-11-19", "Shaam News Network", "a regiment's base taken; spoils and captives (wrong figures)",
          "شبكة شام الإخبارية: تمكن الجيش السوري الحر فجر اليوم من تحرير مقر الفوج 46 قرب بلدة الأتارب في ريف حلب "
          "الغربي بعد حصار دام قرابة شهرين، واغتنم الثوار خمس دبابات وكميات كبيرة من الذخيرة، فيما قُتل 12 من "
          "عناصر الجيش الحر خلال الاقتحام. وأفاد ناشط من الأتارب بأن الثوار أسروا أكثر من 40 عنصراً من قوات الأسد "
          "بينهم ضابطان.",
          [E("territory_change", Q("12", 12), PL("الفوج 46", "Regiment 46 base", "Aleppo"), "2012-11-19", None, FSA,
             note="a named base is the place (stop-28 convention), al-Atarib its enclosure; the siege is a state; the "
                  "tanks and the 40 captives are not the figure; the captures are part of the taking (a second coder "
                  "could code an arrest); the outlet's own report")])

passage50("ha34", "2014-03-16", "Al Jazeera", "a town taken with an ally (adjective trap); withdrawal and flight abroad",
          "دخلت القوات النظامية، تساندها عناصر من حزب الله اللبناني، اليوم الأحد مدينة يبرود كبرى بلدات القلمون "
          "في ريف دمشق وبسطت سيطرتها عليها، بعد معارك تواصلت أكثر من شهر، حسبما بثّ التلفزيون الرسمي. وأكد ناشطون للجزيرة أن "
          "مقاتلي المعارضة انسحبوا نحو بلدات فليطة ورأس المعرة، بينما نزحت مئات العائلات من المدينة باتجاه بلدة "
          "عرسال اللبنانية خلال الساعات الماضية.",
          [E("territory_change", None, PL("يبرود", "Yabroud", "Rif Dimashq"), "2014-03-16", "التلفزيون الرسمي", GOV,
             note="«اللبناني» is Hezbollah's adjective, no place; Flita and Ras al-Maarra are where the rebels "
                  "withdrew"),
           E("other", Q("مئات", 200, 900, True), PL("يبرود", "Yabroud", "Rif Dimashq"), "2014-03-16", "ناشطون", None,
             note="displacement of families from Yabroud; Arsal is the destination (a second coder could place it "
                  "at Arsal, as arrivals abroad are placed when the text names no place at home)")])

passage50("ha35", "2014-06-30", "Sky News Arabia", "IS declares a caliphate (statement) with a call; a town taken days before",
          "أعلن تنظيم «الدولة الإسلامية في العراق والشام» (داعش)، أمس، إقامة ما سماه «الخلافة الإسلامية»، ونصّب "
          "زعيمه أبو بكر البغدادي «خليفة للمسلمين»، في تسجيل صوتي بثه المتحدث باسمه، داعياً الفصائل في سوريا "
          "والعراق إلى مبايعته. وجاء الإعلان بعد أيام من سيطرة التنظيم على مدينة البوكمال على الحدود العراقية، إثر "
          "انسحاب مقاتلي «جبهة النصرة» منها.",
          [E("statement", None, None, "2014-06-29", "المتحدث باسمه", IS,
             note="a declaration in a recording: no place (Syria and Iraq are where the call is aimed); the appeal "
                  "to pledge is a call inside the statement"),
           E("territory_change", None, PL("البوكمال", "Albu Kamal", "Deir ez-Zor"), None, None, IS,
             note="'days before': undated; the Iraqi border is a bearing; Nusra withdrew")])

passage50("ha36", "2015-08-16", "Orient News", "jets strike a market: a massacre; missiles vs dead",
          "ارتكب طيران النظام الحربي مجزرة مروعة في دوما، كبرى مدن الغوطة الشرقية، اليوم الأحد، بعد أن استهدف بأربعة "
          "صواريخ فراغية السوق الشعبي وسط المدينة، ما أسفر عن استشهاد 82 مدنياً وإصابة أكثر من 200 آخرين، وفق "
          "حصيلة أولية للدفاع المدني. وأكد الدفاع المدني أن فرقه ما زالت تنتشل الضحايا من تحت الأنقاض، مرجحاً "
          "ارتفاع عدد الشهداء.",
          [E("airstrike", Q("82", 82), PL("دوما", "Douma", "Rif Dimashq"), "2015-08-16", "الدفاع المدني", GOV,
             note="the massacre is the strike; the market is a landmark (the city); four missiles and the injured "
                  "are not the figure (a second coder could take the missiles as the count)")])

passage50("ha37", "2013-08-26", "SANA", "negative: a military source denies a division commander's defection",
          "دمشق-سانا\n"
          "نفى مصدر عسكري مسؤول ما تناقلته بعض القنوات الفضائية المغرضة عن انشقاق قائد الفرقة السابعة وعدد من ضباط "
          "أركانه، مؤكداً أن القائد يمارس مهامه بشكل طبيعي في مقر قيادته. وقال المصدر إن هذه الأكاذيب تأتي في إطار "
          "الحرب الإعلامية التي تشنها تلك القنوات على سورية بعد فشل أدواتها الإرهابية على الأرض.",
          [])

passage50("ha38", "2016-02-27", "Enab Baladi", "negative: habits at checkpoints, a hypothetical flight",
          "يتجنب مئات الشبان في مدينة التل بريف دمشق المرور على حواجز النظام خشية سوقهم إلى الخدمة الاحتياطية، إذ "
          "تعمد الدوريات إلى تدقيق البطاقات الشخصية بشكل يومي عند مداخل المدينة. وأوضح ناشط محلي لعنب بلدي أن "
          "كثيراً من العائلات تفكر في إرسال أبنائها إلى لبنان هرباً من التجنيد، في حال استمرت هذه الممارسات.",
          [])

passage50("ha39", "2017-08-21", "Al-Hayat", "mostly negative: a coming offensive, a neighbour's operation, fighters counted; one shelling",
          "بيروت - «الحياة»: تستعد القوات النظامية و«حزب الله» لإطلاق هجوم واسع على آخر جيوب «داعش» في جرود القلمون "
          "الغربي خلال الأيام المقبلة، بالتزامن مع عملية يعتزم الجيش اللبناني مواصلتها من جهة رأس بعلبك والقاع. "
          "وأفادت وسائل إعلام موالية بأن المدفعية قصفت أمس مواقع التنظيم في جرود قارة، من دون ذكر خسائر. ويقدّر "
          "مسؤولون لبنانيون عدد مقاتلي التنظيم في المنطقة بنحو 600 مسلح.",
          [E("shelling", None, PL("جرود قارة", "Qara barrens", "Rif Dimashq"), "2017-08-20", "وسائل إعلام موالية", GOV,
             note="the shelling is the only act; the offensive and the Lebanese operation are future (Ras Baalbek "
                  "and al-Qaa are no places of an event); the 600 fighters are a state")])

passage50("ha40", "2012-04-18", "Local Coordination Committees", "an LCC bulletin: a raid with arrests, a second raid on a town",
          "لجان التنسيق المحلية: شنت قوات الأمن والشبيحة منذ ساعات الصباح حملة دهم واعتقالات واسعة في حي القدم "
          "بدمشق، طالت أكثر من 60 شاباً اقتيدوا إلى جهة مجهولة، وسط إطلاق نار كثيف لإرهاب الأهالي. كما اقتحمت قوة "
          "أمنية بلدة ببيلا جنوب العاصمة واعتقلت خمسة من الناشطين الإعلاميين بينهم طالب جامعي.",
          [E("arrest", Q("أكثر من 60", 60, None, True), PL("القدم", "Al-Qadam", "Damascus"), "2012-04-18",
             "لجان التنسيق المحلية", GOV, note="the gunfire is part of the raid; reported in the present (published)"),
           E("arrest", Q("خمسة", 5), PL("ببيلا", "Babila", "Rif Dimashq"), "2012-04-18", "لجان التنسيق المحلية", GOV,
             note="a second raid at another town: its own event; «جنوب العاصمة» is a bearing; the student is a "
                  "breakdown")])


if __name__ == "__main__":
    write("gold50.jsonl", P50)
