"""Build gold42.jsonl: coverage set 42 (ids co01…), written in stop 29 by helper `other` BEFORE any run on it.

A coverage set for the `other` type and the strategic developments beside it (territory_change, reinforcement,
protest, agreement), in passages shaped like real reports (a lead, a figure or place detail, a source, background).
Wordings read in real Arabic reporting (the search tool's `pages` corpus, never copied): refugees and the displaced
returning through a crossing or by bus with a figure per day, convoys of evacuees told by their arrival, prisoner
and body exchanges, releases, remains and mass graves found by civil-defence teams or workers, bodies found on a
road, houses looted, burnt, demolished or seized, farmland confiscated, a damage survey; takings told as «دخلت»,
«بسطت سيطرتها», «طردت … من», «انسحبت من … لتدخلها», «استعادت», «تقدمت إلى … وسيطرت», «باتت تحت السيطرة»,
«تسلّمت», «وقعت في أيدي»; reinforcements («استقدمت تعزيزات», «دخل رتل», «دفعت بتعزيزات», buses carrying
troops); protests told by their slogans, a «وقفة», a road cut, a strike; a deal reached and a truce in force; a
joining of the other side. About a fifth of the passages are negative or mostly so (plans, calls, maps of control,
the state of a front, expected reinforcements, fears and laws, history with a year, a camp's stock, talks, a
denial). People, villages, figures and dates are invented or varied. Offsets are computed by build.build (the n-th
occurrence) and checked.

    python benchmarks/data/events_probe/build42.py      # rewrites gold42.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   UNID, write)

P42: list[dict] = []
TC = "territory_change"


def passage(pid, published, outlet, style, text, events):
    P42.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


# ------------------------------------------------------------------------------------------------ other: returns
passage("co01", "2018-07-23", "SANA", "SANA dateline; returns through a crossing by bus, the figure in the next sentence",
        "حمص-سانا\n"
        "وصلت ظهر اليوم إلى معبر الدبوسية الحدودي بريف حمص الغربي حافلات تقل دفعة جديدة من المهجرين السوريين "
        "العائدين من الأراضي اللبنانية، في طريقهم إلى قراهم وبلداتهم التي أعاد الجيش إليها الأمن والاستقرار. "
        "وذكر مراسل سانا أن الدفعة ضمت نحو 650 شخصاً بينهم نساء وأطفال، وأن فرقاً طبية قدمت لهم اللقاحات اللازمة.",
        [E("other", Q("نحو 650", 650, approx=True), PL("الدبوسية", "al-Dabousiyah", "Homs"), "2018-07-23",
           "مراسل سانا", None,
           note="a return through a crossing: the crossing is the place; the buses are not the figure; the army's "
                "restoring of security is background with no day (no taking)")])

passage("co02", "2025-02-10", "Enab Baladi", "a crossing's figure per day and its running total",
        "أعلنت إدارة معبر باب الهوى الحدودي عودة 1340 لاجئاً سورياً من تركيا خلال يوم أمس، ليرتفع عدد العائدين عبر "
        "المعبر منذ مطلع الشهر الجاري إلى نحو 11 ألف شخص. وقال مسؤول في المكتب الإعلامي للمعبر لعنب بلدي إن معظم "
        "العائدين من أبناء ريفي إدلب وحماة، وإن الحركة تشهد ازدياداً مع تحسن الأحوال الجوية.",
        [E("other", Q("1340", 1340), PL("باب الهوى", "Bab al-Hawa", "Idlib"), "2025-02-09",
           "إدارة معبر باب الهوى الحدودي", None, note="the day's returns through the crossing"),
         E("other", Q("نحو 11 ألف", 11000, approx=True), PL("باب الهوى", "Bab al-Hawa", "Idlib"), None,
           "إدارة معبر باب الهوى الحدودي", None, kind="aggregate", note="the running total since the month began")])

passage("co03", "2019-10-29", "Syria TV", "«عادت N عائلة إلى بلدة X» (a town named, not «منازلها»)",
        "عادت نحو 120 عائلة نازحة إلى بلدة عين عيسى شمالي الرقة، بعد أسابيع من نزوحها إلى مخيمات ريف الحسكة هرباً "
        "من القصف التركي. وقال أحد العائدين لتلفزيون سوريا إن عدداً من المنازل تعرض لأضرار جسيمة، وإن الأهالي "
        "يعانون من انقطاع المياه والكهرباء منذ عودتهم.",
        [E("other", Q("نحو 120", 120, approx=True), PL("عين عيسى", "Ayn Issa", "Raqqa"), None, "أحد العائدين", None,
           note="returns to a named town; the flight weeks ago and the damage are background; the returnee's "
                "sentence comes back to the lead (its source)")])

passage("co04", "2024-12-21", "Halab Today", "a monitor's daily count of returns from camps, then a call",
        "وثّق فريق «منسقو استجابة سوريا» عودة 3870 نازحاً من مخيمات الشمال السوري إلى قراهم في ريف إدلب الجنوبي "
        "خلال يوم أمس، مشيراً إلى أن معظم العائدين وجدوا منازلهم مدمرة أو منهوبة. ودعا "
        "الفريق المنظمات الإنسانية إلى تأمين وسائل نقل وخيام للراغبين بالعودة.",
        [E("other", Q("3870", 3870), PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"), "2024-12-20",
           "منسقو استجابة سوريا", None,
           note="returns: the villages returned to are the place; the camps are where they were; the call is no event"),
         E("statement", None, None, None, 'الفريق', None, note="MENDED stop 32 (conventions): a named body's call is a statement (stop 32)")])

passage("co05", "2023-05-11", "North Press", "a batch leaving a camp for a home town under a tribal sponsorship",
        "غادرت صباح اليوم دفعة جديدة تضم 47 عائلة سورية مخيم الهول شرقي الحسكة، متجهة إلى بلدة الشحيل بريف دير "
        "الزور الشرقي، بكفالة من وجهاء عشائر المنطقة. وقالت إدارة المخيم لنورث برس إن الدفعة هي الرابعة منذ مطلع "
        "العام، وإن أفرادها نحو 190 شخصاً معظمهم من النساء والأطفال.",
        [E("other", Q("47", 47), PL("الشحيل", "al-Shuhayl", "Deir ez-Zor"), "2023-05-11", "إدارة المخيم", None,
           note="a return home from the camp: the home town is the place; the lead's families are the figure (the "
                "persons restate the same batch)")])

# ------------------------------------------------------------------------------------- other: convoys, evacuations
passage("co06", "2017-03-19", "SY24", "a convoy of evacuees told by its arrival; a deal recalled by its month",
        "وصلت صباح اليوم إلى مدينة جرابلس شرقي حلب القافلة الأولى من مهجري حي الوعر في مدينة حمص، وتضم نحو 1500 "
        "شخص بينهم مقاتلون مع عائلاتهم، بعد رحلة استمرت أكثر من عشرين ساعة. وجاء خروج القافلة تنفيذاً للاتفاق الذي "
        "أبرمته لجنة الحي مع قوات النظام برعاية روسية مطلع الشهر الجاري.",
        [E("other", Q("نحو 1500", 1500, approx=True), PL("الوعر", "al-Waer", "Homs"), "2017-03-19", None, None,
           note="an evacuation told by arrival: the place is where it left; Jarabulus the destination; the deal "
                "earlier this month is recalled without a day (no agreement event)")])

passage("co07", "2021-09-15", "Daraa 24", "buses leaving under a settlement; the deal's terms",
        "خرجت ظهر اليوم من حي درعا البلد حافلتان تقلان 34 شخصاً من الرافضين لاتفاق التسوية مع عائلاتهم، متجهتين إلى "
        "الشمال السوري، بحسب ما أفاد به مراسل درعا 24. ويأتي ذلك ضمن بنود الاتفاق الذي رعته اللجنة الأمنية، والذي "
        "ينص أيضاً على تسليم السلاح الخفيف ونشر نقاط عسكرية في أحياء المدينة.",
        [E("other", Q("34", 34), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-15", "مراسل درعا 24", None,
           note="an evacuation; the deal's terms (handing over arms, posts) are no acts")])

# ------------------------------------------------------------------------------------ other: exchanges, releases
passage("co08", "2021-02-14", "Aksalser", "a prisoner exchange at a crossing, both sides counted",
        "جرت ظهر اليوم عملية تبادل أسرى بين فصائل الجيش الوطني السوري وقوات النظام عند معبر قرب مدينة الباب شرقي "
        "حلب، أفرج بموجبها عن أربعة عناصر من الجيش الوطني مقابل ستة من عناصر النظام. وأشرف الصليب الأحمر الدولي "
        "على العملية بضمانة تركية روسية، بحسب ما ذكرته مصادر محلية.",
        [E("other", Q("أربعة", 4), PL("الباب", "al-Bab", "Aleppo"), "2021-02-14", "مصادر محلية", None,
           note="one exchange; the figure is the first side freed (as set 30's cp53)")])

passage("co09", "2016-05-13", "Syrian Press Center", "bodies handed over «مقابل» detainees freed",
        "سلّمت فصائل المعارضة في ريف درعا الغربي جثتين لعنصرين من قوات النظام قتلا في المعارك الأخيرة، مقابل إفراج "
        "النظام عن ثلاث معتقلات من أبناء المنطقة، وذلك على حاجز قرب بلدة داعل أمس، بحسب ما أفاد ناشطون. وجرت العملية "
        "بوساطة من الهلال الأحمر، وهي الثالثة من نوعها في المنطقة منذ مطلع العام.",
        [E("other", Q("ثلاث", 3), PL("داعل", "Dael", "Daraa"), "2016-05-12", "ناشطون", None,
           note="an exchange of bodies for detainees; the women freed are the figure; the deaths in earlier "
                "battles are recalled without a day")])

passage("co10", "2024-04-02", "Enab Baladi", "a release by a de facto authority; an amnesty named as its reason",
        "أطلقت «هيئة تحرير الشام» سراح 42 موقوفاً من سجونها في مدينة إدلب، بينهم ناشطون اعتقلوا على خلفية المظاهرات "
        "الأخيرة المناهضة لها. وقالت «حكومة الإنقاذ» في بيان إن المفرج عنهم شملهم قرار العفو الصادر مطلع الشهر، وإن "
        "الإفراج عن بقية الموقوفين سيتم تباعاً.",
        [E("other", Q("42", 42), PL("إدلب", "Idlib", "Idlib"), None, "حكومة الإنقاذ", HTS,
           note="a release; the arrests and protests are recalled without a day; the rest freed later is future")])

# ------------------------------------------------------------------------------- other: remains, graves, bodies
passage("co11", "2025-03-04", "SANA", "civil-defence teams answer a report and recover remains",
        "استجابت فرق البحث عن المفقودين في الدفاع المدني السوري لبلاغ من الأهالي بوجود رفات بشرية في قبو مبنى سكني "
        "بمدينة داريا في ريف دمشق، وتمكنت من انتشال رفات تسعة أشخاص بينهم طفلان. ورجّح الأهالي أن الضحايا قتلوا خلال "
        "اقتحام قوات النظام البائد للمدينة صيف عام 2012.",
        [E("other", Q("تسعة", 9), PL("داريا", "Darayya", "Rif Dimashq"), None, None, None,
           note="remains recovered; the killing is recalled with a year only (background)")])

passage("co12", "2024-12-28", "North Press", "workers find remains while digging; a source tells the follow-up",
        "عثر عمال ورشة لصيانة خطوط المياه، أمس، على رفات عظمية تعود لأربعة أشخاص على الأقل في أرض زراعية بأطراف "
        "مدينة الميادين شرقي دير الزور، وأبلغوا فرق الدفاع المدني التي طوقت الموقع. وقال مصدر في الدفاع المدني "
        "لنورث برس إن الرفات نقلت إلى مشفى المدينة تمهيداً للتعرف على أصحابها.",
        [E("other", Q("أربعة", 4, None, approx=True), PL("الميادين", "al-Mayadin", "Deir ez-Zor"), "2024-12-27",
           "مصدر في الدفاع المدني", None, note="remains found; the source's sentence comes back to them")])

passage("co13", "2022-11-07", "Horan Free League", "a body found by a dam, the league's follow-up",
        "عثر مدنيون صباح اليوم على جثة رجل مجهول الهوية ملقاة في حفرة قرب سد بلدة سحم الجولان غربي درعا، وتظهر عليها "
        "آثار تعذيب وطلق ناري في الرأس. وقال «تجمع أحرار حوران» إن الجثة نقلت إلى مشفى طفس الوطني، ولم تتبنّ أي جهة "
        "مسؤولية مقتله.",
        [E("other", None, PL("سحم الجولان", "Saham al-Jawlan", "Daraa"), "2022-11-07", "تجمع أحرار حوران", None,
           note="a body found; the hospital is where it was taken")])

passage("co14", "2025-06-16", "Enab Baladi", "a national commission announces a mass grave; a call to residents",
        "أعلنت الهيئة الوطنية للمفقودين الكشف عن مقبرة جماعية جديدة في منطقة القطيفة بريف دمشق، تضم رفات ما لا يقل "
        "عن 30 شخصاً، يرجّح أنهم معتقلون سابقون قضوا في سجون النظام البائد. وأوضحت الهيئة أن فرقها بدأت توثيق "
        "الموقع بالتنسيق مع الدفاع المدني، داعية الأهالي إلى عدم الاقتراب من المقابر الجماعية أو العبث بها.",
        [E("other", Q("ما لا يقل عن 30", 30, None, approx=True), PL("القطيفة", "al-Qutayfah", "Rif Dimashq"), None,
           "الهيئة الوطنية للمفقودين", None, note="a mass grave found; the deaths in prison are background")])

# ----------------------------------------------------------------------- other: looting, burning, demolition, seizure
passage("co15", "2018-06-06", "Hawar", "houses burnt after looting; a guard post set up on a roof",
        "أقدم مسلحون من فصيل «لواء السلطان مراد» أمس على إحراق أربعة منازل في قرية كفرصفرة بناحية جنديرس في ريف "
        "عفرين، بعد نهب محتوياتها، بحسب ما أفاد مصدر من أهالي القرية. وأشار المصدر إلى أن المسلحين أقاموا نقطة "
        "حراسة فوق سطح أحد المنازل بعد إحراقه.",
        [E("other", Q("أربعة", 4), PL("كفرصفرة", "Kafr Safra", "Aleppo"), "2018-06-05", "مصدر من أهالي القرية", SNA,
           note="property destruction; the guard post is part of the same act, not a deployment")])

passage("co16", "2021-09-09", "Orient", "a looting campaign («حملة تعفيش») as a force leaves",
        "أنهت مجموعات من «الفرقة الرابعة» وجودها في محيط درعا البلد بحملة تعفيش واسعة، سرقت خلالها أثاث المنازل "
        "والأبواب والأدوات الكهربائية في حي الشياح والمزارع المجاورة، وفق ما ذكره «تجمع أحرار حوران» اليوم. وأظهرت "
        "تسجيلات مصورة سيارات عسكرية محملة بالأثاث وهي تغادر المنطقة باتجاه ضاحية درعا.",
        [E("other", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-09", "تجمع أحرار حوران", GOV,
           note="looting; the trucks leaving are the same act")])

passage("co17", "2020-05-11", "Sawt al-Asima", "demolitions over ten days; fears of seizure",
        "هدمت ورشات تابعة لـ«الفرقة الرابعة» أكثر من 50 منزلاً في منطقة غرب الأوتوستراد بمدينة حرستا شرقي دمشق "
        "منذ مطلع الشهر الجاري، وسط مخاوف الأهالي من الاستيلاء على عقاراتهم، بحسب شبكة «صوت العاصمة». وأضافت الشبكة "
        "أن الحواجز المحيطة بالمنطقة تمنع أصحاب المنازل من الدخول إليها حتى بعد تقديم أوراق الملكية.",
        [E("other", Q("أكثر من 50", 50, None, approx=True), PL("حرستا", "Harasta", "Rif Dimashq"), None,
           "شبكة «صوت العاصمة»", GOV, kind="aggregate",
           note="demolitions since the month began; the fears and the checkpoints are states")])

passage("co18", "2019-07-25", "Zaman al-Wasl", "houses seized («استولى … على منازل»), a deadline to leave",
        "استولى عناصر من فرع الأمن العسكري على 12 منزلاً في بلدة يلدا جنوبي دمشق، تعود لعائلات مهجرة إلى الشمال "
        "السوري، وكتبوا على أبوابها عبارة «محجوز لصالح الفرع»، بحسب ما أفادت مصادر محلية لموقع «صوت العاصمة». "
        "وأكدت المصادر أن الفرع أمهل شاغلي المنازل أسبوعاً واحداً لإخلائها.",
        [E("other", Q("12", 12), PL("يلدا", "Yalda", "Rif Dimashq"), None, "مصادر محلية", GOV,
           note="property seized (houses are no territory); the deadline is no evacuation")])

passage("co19", "2019-10-10", "Afrin Post", "farmland confiscated, owners driven off",
        "استولى مسلحو فصيل «الحمزات» على أكثر من 300 هكتار من الأراضي الزراعية المزروعة بأشجار الزيتون في قرية "
        "ميدانكي بريف عفرين، بعد طرد أصحابها ومنعهم من جني المحصول، بحسب منظمة حقوق الإنسان في عفرين. وأضافت "
        "المنظمة أن الفصيل فرض إتاوات على من تبقى من المزارعين في القرية.",
        [E("other", None, PL("ميدانكي", "Maydanki", "Aleppo"), None, "منظمة حقوق الإنسان في عفرين", SNA,
           note="land confiscated; hectares are no count; owners driven off their fields is no territory change")])

passage("co20", "2025-03-08", "SOHR", "houses burnt after theft; families leaving the village",
        "رصد المرصد السوري لحقوق الإنسان إقدام مسلحين على إحراق عدد من المنازل والمحال التجارية في بلدة الدالية "
        "بريف جبلة بعد سرقة محتوياتها، وسط حالة من الذعر دفعت عشرات العائلات إلى مغادرة البلدة نحو الأحراج "
        "المجاورة. ولم تعرف هوية المسلحين حتى الآن، فيما ناشد وجهاء البلدة الجهات المعنية التدخل لوقف الانتهاكات.",
        [E("other", None, PL("الدالية", "al-Daliyah", "Latakia"), None, "المرصد السوري لحقوق الإنسان", UNID,
           note="property destruction"),
         E("other", Q("عشرات", 20, 90, True), PL("الدالية", "al-Daliyah", "Latakia"), None,
           "المرصد السوري لحقوق الإنسان", None, note="the families' flight is a displacement of its own")])

passage("co21", "2018-08-20", "Local council", "a damage survey with figures",
        "أصدر المجلس المحلي لمدينة كفرنبل تقريراً أحصى فيه تضرر 320 منزلاً بشكل كامل أو جزئي جراء القصف الجوي "
        "والمدفعي الذي تعرضت له المدينة خلال الأشهر الماضية، إضافة إلى خروج مدرستين ومستوصف عن الخدمة. وطالب "
        "المجلس المنظمات بدعم مشاريع الترميم قبل حلول فصل الشتاء.",
        [E("other", Q("320", 320), PL("كفرنبل", "Kafr Nabl", "Idlib"), None, "المجلس المحلي لمدينة كفرنبل",
           None, kind="aggregate", note="a damage survey (news_dev: `other`); the months of bombing are its "
                                         "background, no strike of their own"),
         E("statement", None, None, None, 'المجلس', None, note="MENDED stop 32 (conventions): the council's demand is a statement (stop 32)")])

# ---------------------------------------------------------------------------------------------- territory_change
passage("co22", "2019-08-23", "Enab Baladi", "«دخلت … بعد انسحاب الفصائل منها»: one handover",
        "دخلت قوات النظام، صباح اليوم، مدينة اللطامنة في ريف حماة الشمالي بعد انسحاب فصائل المعارضة منها باتجاه "
        "ريف إدلب الجنوبي، وذلك للمرة الأولى منذ أكثر من ست سنوات. وقال مراسل عنب بلدي إن الانسحاب جاء بعد سيطرة "
        "قوات النظام على مدينة خان شيخون وقطع طرق الإمداد عن المنطقة.",
        [E(TC, None, PL("اللطامنة", "al-Lataminah", "Hama"), "2019-08-23", "مراسل عنب بلدي", GOV,
           note="the withdrawal and the entry are one handover; Khan Shaykhun's capture is recalled without a day")])

passage("co23", "2017-10-21", "Al-Araby", "«بسطت سيطرتها الكاملة على قريتي …» after fighting",
        "بسطت «هيئة تحرير الشام» سيطرتها الكاملة على قريتي أبو دالي والمشيرفة في ريف حماة الشمالي الشرقي، مساء "
        "اليوم، بعد اشتباكات مع قوات النظام استمرت يومين، وفق ما أعلنته وكالة «إباء» التابعة للهيئة. وكانت قوات "
        "النظام قد حاولت التقدم نحو القريتين مرات عدة خلال الأسبوع الماضي.",
        [E(TC, None, PL("أبو دالي", "Abu Dali", "Hama"), "2017-10-21", "وكالة «إباء»", HTS,
           note="two villages, one taking (a group); the attempts last week are background")])

passage("co24", "2016-08-30", "SOHR", "«طردت … التنظيم من بلدة …»",
        "تمكنت فصائل «درع الفرات» المدعومة من تركيا من طرد تنظيم «الدولة الإسلامية» من بلدة الراعي الحدودية في "
        "ريف حلب الشمالي، بعد معارك عنيفة استمرت منذ فجر اليوم، بحسب المرصد السوري لحقوق الإنسان. وأضاف المرصد "
        "أن التنظيم انسحب باتجاه قرى جنوب البلدة، وأن الفصائل باتت تسعى للتقدم نحو مدينة الباب.",
        [E(TC, None, PL("الراعي", "al-Rai", "Aleppo"), "2016-08-30", "المرصد السوري لحقوق الإنسان", FSA,
           note="a taking told by the expulsion; IS withdrawing is the same act")])

passage("co25", "2024-12-01", "Anadolu", "«انسحبت … من مدينة … لتدخلها …»",
        "انسحبت قوات سوريا الديمقراطية، فجر اليوم، من مدينة تل رفعت شمالي حلب، لتدخلها فصائل الجيش الوطني السوري "
        "بعد ساعات من إطلاق عملية «فجر الحرية». وقال مراسل الأناضول إن الفصائل رفعت علم الثورة في ساحة المدينة وبدأت "
        "تمشيط أحيائها بحثاً عن ألغام، في حين تحدثت مصادر كردية عن مخاوف من موجة نزوح جديدة من ريف المدينة.",
        [E(TC, None, PL("تل رفعت", "Tell Rifaat", "Aleppo"), "2024-12-01", "مراسل الأناضول", SNA,
           note="a handover: the entering side is the agent; the flag and the sweep are the same taking")])

passage("co26", "2018-12-02", "Sky News Arabia", "taken in the morning, retaken by the other side the same day",
        "تمكنت قوات سوريا الديمقراطية، مساء اليوم، من استعادة السيطرة على قرية الصالحية شرق نهر الفرات بريف دير "
        "الزور، بعد ساعات من دخول قوات النظام إليها وإعلان سيطرتها عليها. وقالت «قسد» في بيان إن قواتها شنت هجوماً "
        "معاكساً وطردت المهاجمين من القرية، متهمة قوات النظام بخرق التفاهمات القائمة في المنطقة.",
        [E(TC, None, PL("الصالحية", "al-Salihiyah", "Deir ez-Zor"), "2018-12-02", "قسد", SDF,
           note="the retaking"),
         E(TC, None, PL("الصالحية", "al-Salihiyah", "Deir ez-Zor"), "2018-12-02", None, GOV,
           note="the regime's entry hours before: a taking of its own by the other side")])

passage("co27", "2019-08-16", "Syria TV", "«تقدمت إلى أطراف … وسيطرت على بلدة …»",
        "تقدمت قوات النظام والميليشيات المساندة لها إلى الأطراف الشمالية لمدينة خان شيخون، وسيطرت على بلدة الهبيط "
        "بعد معارك مع فصائل المعارضة، بحسب ما أفاد مراسل تلفزيون سوريا. وتحاول القوات المتقدمة قطع الطريق الدولي "
        "شمال المدينة وتطويق ريف حماة الشمالي، حيث تنتشر نقطة المراقبة التركية في مورك.",
        [E(TC, None, PL("الهبيط", "al-Habit", "Idlib"), None, "مراسل تلفزيون سوريا", GOV,
           note="reaching the town's outskirts is an advance, not a taking; the aim to cut the road is future")])

passage("co28", "2024-12-01", "Al Jazeera", "«باتت … تحت السيطرة الكاملة ل…»",
        "باتت مدينة سراقب في ريف إدلب الشرقي تحت السيطرة الكاملة لفصائل إدارة العمليات العسكرية، بعد انسحاب قوات "
        "النظام منها ليل أمس، وفق ما أكده قيادي في غرفة العمليات للجزيرة. وتقع المدينة عند تقاطع الطريقين الدوليين "
        "حلب-دمشق وحلب-اللاذقية، وكانت قوات النظام قد سيطرت عليها مطلع عام 2020 بعد معارك طويلة.",
        [E(TC, None, PL("سراقب", "Saraqib", "Idlib"), "2024-11-30", "قيادي في غرفة العمليات", FSA,
           note="a change of hands («باتت … تحت السيطرة»), dated by the withdrawal last night; the roads are "
                "a description")])

passage("co29", "2025-01-30", "North Press", "a handover told with «تسلّمت»",
        "تسلّمت قوات الحكومة السورية إدارة سد تشرين في ريف حلب الشرقي، اليوم، بعد انسحاب مقاتلي قوات سوريا "
        "الديمقراطية منه بموجب تفاهم رعته وساطة أمريكية، بحسب ما أفاد مصدر محلي لنورث برس. وانتشرت عناصر الأمن "
        "العام في محيط السد وفي القرى القريبة منه.",
        [E(TC, None, PL("سد تشرين", "Tishrin Dam", "Aleppo"), "2025-01-30", "مصدر محلي", NEWGOV,
           note="a handover; the deployment around the dam is the takers holding it; the understanding is "
                "the reason (no day of its own)")])

passage("co30", "2015-05-20", "Orient", "«وقعت … في أيدي مقاتلي التنظيم»",
        "وقعت مدينة تدمر الأثرية في أيدي مقاتلي تنظيم «الدولة الإسلامية» مساء اليوم، بعد انهيار دفاعات قوات "
        "النظام عند مدخلها الشمالي، بحسب ناشطين من المدينة. وقال الناشطون إن عناصر التنظيم انتشروا في شوارع المدينة "
        "وسيطروا على مبنى فرع الأمن العسكري والسجن، وسط مخاوف دولية على مصير آثار المدينة.",
        [E(TC, None, PL("تدمر", "Palmyra", "Homs"), "2015-05-20", "ناشطين من المدينة", IS,
           note="a capture; the spread through the streets and the prison taken are the same taking")])

# ---------------------------------------------------------------------------------------------- reinforcement
passage("co31", "2021-06-06", "SOHR", "«استقدمت … تعزيزات عسكرية» with what they held",
        "استقدمت قوات النظام تعزيزات عسكرية جديدة إلى محاور جبل الزاوية في ريف إدلب الجنوبي، ضمت دبابات وراجمات "
        "صواريخ وعشرات العناصر من الفرقة 25، بحسب ما رصده المرصد السوري لحقوق الإنسان. وتأتي التعزيزات وسط تصعيد "
        "في القصف البري على قرى المنطقة خلال الأيام الأخيرة.",
        [E("reinforcement", None, PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), None,
           "المرصد السوري لحقوق الإنسان", GOV, note="the division's number is a name; the escalation is background")])

passage("co32", "2020-02-06", "Halab Today", "a Turkish column entering, counted by its vehicles, stationed near a town",
        "دخل رتل عسكري تركي مؤلف من نحو 35 آلية من معبر كفرلوسين الحدودي شمال إدلب، وتمركز قرب مدينة سراقب شرق "
        "المحافظة، بحسب ما أفاد به مراسل حلب اليوم. وأوضح المراسل أن الرتل ضم دبابات ومدافع ميدانية وآليات تحصين، "
        "وأن الهدف منه إقامة نقطة مراقبة جديدة.",
        [E("reinforcement", Q("نحو 35", 35, approx=True), PL("سراقب", "Saraqib", "Idlib"), None, "مراسل حلب اليوم",
           TUR, note="the crossing is the way in; where it stationed is the place; the new post is an aim")])

passage("co33", "2021-04-18", "North Press", "buses carrying troops arriving at a front («وصلت حافلات تقل جنوداً»)",
        "وصلت حافلات تقل مئات الجنود من قوات النظام إلى جبهات سهل الغاب في ريف حماة الشمالي الغربي، قادمة من "
        "معسكرات في ريف حمص، بحسب ما قاله مصدر عسكري لنورث برس. وأضاف المصدر أن التعزيزات تمركزت في محيط بلدة "
        "جورين وقرى مجاورة، تحسباً لهجوم محتمل للفصائل على المنطقة.",
        [E("reinforcement", Q("مئات", 200, 900, True), PL("جورين", "Jurin", "Hama"), None, "مصدر عسكري", GOV,
           note="buses with soldiers are a reinforcement, not an evacuation; stationed near Jurin")])

passage("co34", "2022-10-13", "Step", "«دفعت … بتعزيزات» to contact lines",
        "دفعت «هيئة تحرير الشام» بتعزيزات عسكرية إلى خطوط التماس مع فصائل «الفيلق الثالث» في محيط مدينة عفرين، "
        "صباح اليوم، تزامناً مع تواصل الاشتباكات بين الطرفين على أطراف قرية كفرجنة. وقالت مصادر محلية لوكالة ستيب إن "
        "التعزيزات ضمت عربات مصفحة ورشاشات ثقيلة وعشرات المقاتلين.",
        [E("reinforcement", None, PL("عفرين", "Afrin", "Aleppo"), "2022-10-13", "مصادر محلية", HTS,
           note="reinforcements to the contact lines around Afrin"),
         E("armed_clash", None, PL("كفرجنة", "Kafr Janna", "Aleppo"), "2022-10-13", "مصادر محلية", HTS,
           note="the ongoing clashes at the village, told as continuing today")])

# ---------------------------------------------------------------------------------------------------- protest
passage("co35", "2023-09-22", "Suwayda 24", "a protest told by its banners and chants",
        "رفع المئات من أبناء محافظة السويداء لافتات كتب عليها «سوريا لنا وما هي لبيت الأسد» في ساحة الكرامة وسط "
        "المدينة، وردّدوا هتافات تطالب بالإفراج عن المعتقلين وتطبيق القرار الدولي 2254، في اليوم الخامس والثلاثين "
        "من الحراك الشعبي، بحسب شبكة «السويداء 24». وشارك في المظاهرة وفود من قرى الريف الشرقي والشمالي للمحافظة.",
        [E("protest", Q("المئات", 200, 900, True), PL("السويداء", "al-Suwayda", "Sweida"), None,
           "شبكة «السويداء 24»", PROT,
           note="a protest told by its slogans (banners, chants); the square is a landmark of the city; the "
                "resolution's number is a name")])

passage("co36", "2022-03-15", "Syria TV", "a «وقفة» for a demand, no protest adjective",
        "شارك العشرات من أهالي مدينة الباب في وقفة وسط المدينة للمطالبة بكشف مصير المختطفين في سجون النظام، في "
        "الذكرى الحادية عشرة لانطلاق الثورة السورية. ورفع المشاركون صور ذويهم المغيبين، بحسب ما أفاد به مراسل "
        "تلفزيون سوريا، وطالبوا المنظمات الدولية بالضغط للإفراج عن المعتقلين.",
        [E("protest", Q("العشرات", 20, 90, True), PL("الباب", "al-Bab", "Aleppo"), None,
           "مراسل تلفزيون سوريا", PROT, note="a vigil with a demand is a protest")])

passage("co37", "2020-06-09", "Step", "a road cut with burning tyres («قطع محتجون الطريق»)",
        "قطع محتجون من أبناء بلدة القريا جنوبي السويداء الطريق الرئيسي بالإطارات المشتعلة، صباح اليوم، احتجاجاً على "
        "تردي الأوضاع المعيشية وانقطاع الكهرباء لساعات طويلة. وقالت مصادر محلية لستيب إن المحتجين رددوا هتافات ضد "
        "الحكومة قبل أن يفتحوا الطريق ظهراً، دون تسجيل أي احتكاك مع قوى الأمن.",
        [E("protest", None, PL("القريا", "al-Qrayya", "Sweida"), "2020-06-09", "مصادر محلية", PROT,
           note="a road cut in protest")])

passage("co38", "2019-12-18", "Idlib activists", "a strike: shops closed «التزاماً بالإضراب»",
        "أغلق أصحاب المحال التجارية في مدينة سرمين أبواب محالهم اليوم، التزاماً بالإضراب العام الذي دعت إليه "
        "فعاليات مدنية احتجاجاً على الحملة العسكرية المتواصلة على ريف إدلب الجنوبي. وقال ناشطون إن الأسواق بدت شبه "
        "خالية طوال النهار، وإن الإضراب شمل المدارس والدوائر الخدمية في المدينة.",
        [E("protest", None, PL("سرمين", "Sarmin", "Idlib"), "2019-12-18", "ناشطون", PROT,
           note="a strike kept is a protest; the campaign named as its cause is background")])

passage("co39", "2024-03-08", "North Press", "demonstrations in a city and a town, chanting against a leader",
        "خرجت مظاهرات بعد صلاة الجمعة في مدينة إدلب وبلدة بنش شرقها، هتف خلالها المتظاهرون برحيل زعيم «هيئة تحرير "
        "الشام» وطالبوا بحل جهاز الأمن العام والإفراج عن المعتقلين في سجونه، بحسب مصادر محلية لنورث برس. وتتواصل "
        "الاحتجاجات في المنطقة للأسبوع الثاني على التوالي رغم حملات الاعتقال.",
        [E("protest", None, PL("إدلب", "Idlib", "Idlib"), "2024-03-08", "مصادر محلية", PROT,
           note="one day's demonstrations in two places (a group); the weeks of protests are a recap")])

# ---------------------------------------------------------------------------------------------------- agreement
passage("co40", "2021-09-06", "Enab Baladi", "«توصلت … إلى اتفاق يقضي ب…»: a deal and its terms",
        "توصلت اللجنة المركزية في درعا البلد واللجنة الأمنية التابعة للنظام، مساء اليوم، إلى اتفاق يقضي بوقف "
        "إطلاق النار وتسليم السلاح الخفيف وتسوية أوضاع المطلوبين، بحسب ما أفاد به عضو في اللجنة المركزية لعنب بلدي. "
        "وأضاف أن تنفيذ البنود سيبدأ صباح الغد بإشراف الشرطة العسكرية الروسية.",
        [E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-06", "عضو في اللجنة المركزية",
           None, note="a deal reached; its terms and tomorrow's start are not acts")])

passage("co41", "2016-02-27", "AFP", "a truce entering into force («دخلت الهدنة حيز التنفيذ»)",
        "دخلت الهدنة بين قوات النظام وفصائل المعارضة في بلدة المعضمية غربي دمشق حيز التنفيذ عند منتصف ليل أمس، وساد "
        "هدوء حذر أرجاء البلدة منذ ساعات الصباح، بحسب ما أفاد ناشطون. وتنص الهدنة على إدخال المساعدات الغذائية "
        "وفتح الطريق أمام الحالات الطبية، على أن تشرف عليها لجنة من وجهاء البلدة.",
        [E("agreement", None, PL("المعضمية", "Muadamiyat al-Sham", "Rif Dimashq"), "2016-02-26", "ناشطون", None,
           note="a truce in force; the calm is a state; the terms are no acts")])

# --------------------------------------------------------------------------------- defection by joining the other side
passage("co42", "2017-04-03", "Manbij media centre", "«انضم N مقاتلاً … إلى صفوف …» without the word defection",
        "انضم 25 مقاتلاً من فصيل «لواء المعتصم» بكامل سلاحهم وعتادهم إلى صفوف مجلس منبج العسكري، بعد وصولهم إلى "
        "نقاط المجلس في قرية العريمة غرب مدينة منبج، بحسب ما أعلنه المركز الإعلامي للمجلس. وأوضح المركز أن المقاتلين "
        "سيخضعون لدورة تدريبية قبل فرزهم إلى الجبهات.",
        [E("defection", Q("25", 25), PL("العريمة", "al-Arimah", "Aleppo"), None, "المركز الإعلامي للمجلس", FSA,
           note="joining the other side with their arms is a defection from the faction they left; the training "
                "is future")])

# ---------------------------------------------------------------------------------------------------- negatives
passage("co43", "2025-06-20", "Asharq Al-Awsat", "a plan to return refugees (no return happened)",
        "أقرّت الحكومة اللبنانية خطة جديدة لإعادة اللاجئين السوريين إلى بلادهم على دفعات، تقضي بتأمين عودة نحو 15 "
        "ألف لاجئ شهرياً بالتنسيق مع دمشق والمفوضية السامية لشؤون اللاجئين. وقال نائب رئيس الحكومة إن المرحلة الأولى "
        "ستبدأ مطلع الشهر المقبل، وإن العودة ستكون طوعية.",
        [])

passage("co44", "2020-03-25", "Jusoor", "a map of control and the state of the front",
        "تسيطر قوات النظام وحلفاؤها على نحو 63 في المئة من مساحة سوريا، فيما تسيطر قوات سوريا الديمقراطية على قرابة "
        "ربع البلاد، وتتوزع فصائل المعارضة على جيب في الشمال الغربي. وتشهد خطوط التماس في ريف إدلب الجنوبي هدوءاً "
        "حذراً منذ بدء سريان وقف إطلاق النار في الخامس من الشهر الجاري.",
        [])

passage("co45", "2022-07-12", "Zaman al-Wasl", "expected reinforcements and an offensive announced as an aim",
        "تحدثت صفحات موالية عن نية قوات النظام شن عملية عسكرية واسعة على مناطق جبل الزاوية خلال الأيام المقبلة، "
        "متوقعة وصول تعزيزات إضافية من الفرقة الرابعة إلى محاور المنطقة. في المقابل، قال قيادي في الفصائل إن "
        "مقاتليه مستعدون لصد أي محاولة تقدم، وإن الفصائل رفعت جاهزيتها على خطوط التماس.",
        [])

passage("co46", "2023-03-02", "Enab Baladi", "a call to a vigil next Friday",
        "دعا ناشطون وذوو معتقلين في ريف درعا الغربي إلى وقفة احتجاجية يوم الجمعة المقبل أمام مبنى المجلس البلدي في "
        "مدينة طفس، للمطالبة بالكشف عن مصير أبنائهم المغيبين في سجون النظام. وقال أحد المنظمين إن الدعوة تشمل أهالي "
        "القرى المجاورة، وإن اللجنة ستسلم مذكرة بمطالبها إلى المحافظ.",
        [])

passage("co47", "2021-04-28", "Syria Report", "a law allowing seizures and families' fears",
        "يتيح القانون رقم 10 الصادر عام 2018 للحكومة إحداث مناطق تنظيمية جديدة ومصادرة العقارات التي لا يثبت "
        "أصحابها ملكيتها خلال مهلة محددة. وتخشى آلاف العائلات المهجرة من حي القابون الدمشقي أن يفضي تطبيق القانون إلى "
        "الاستيلاء على منازلها، في ظل عجزها عن العودة لإثبات حقوقها.",
        [])

passage("co48", "2022-08-14", "Enab Baladi", "history told with years; today's slow return as a state",
        "سيطرت فصائل المعارضة على مدينة الرستن شمالي حمص عام 2012، قبل أن تعود إليها قوات النظام في أيار 2018 "
        "بموجب اتفاق تسوية رعته روسيا، خرج على إثره آلاف المقاتلين والمدنيين إلى الشمال السوري. وتشهد المدينة اليوم "
        "عودة محدودة للسكان في ظل دمار واسع طال أحياءها.",
        [])

passage("co49", "2022-01-10", "Syria TV", "a camp's stock of the displaced under siege",
        "يقيم في مخيم الركبان قرب الحدود السورية الأردنية نحو ثمانية آلاف نازح، يعانون من شح المواد الغذائية "
        "والأدوية منذ أن أغلقت الأردن حدودها. وتمنع قوات النظام وصول قوافل المساعدات إلى المخيم عبر مناطق سيطرتها، "
        "وفق ما تقوله إدارة المخيم، التي تطالب الأمم المتحدة بفتح ممر إنساني دائم.",
        [])

passage("co50", "2018-04-10", "Al-Hayat", "talks to reach a deal («للتوصل إلى اتفاق»), not yet reached",
        "تتواصل المفاوضات بين وجهاء مدينة الضمير في القلمون الشرقي والجانب الروسي للتوصل إلى اتفاق يقضي بخروج "
        "المقاتلين الرافضين للتسوية إلى الشمال السوري، وسط تهديدات بشن عملية عسكرية في حال فشلها. وقال عضو في "
        "لجنة التفاوض إن الجولة المقبلة ستعقد خلال يومين، وإن الخلاف ما زال قائماً حول السلاح الثقيل.",
        [])

passage("co51", "2019-11-05", "Hawar", "a denial of a withdrawal; forces still in place",
        "نفى المركز الإعلامي لقوات سوريا الديمقراطية الأنباء التي تحدثت عن انسحاب مقاتليه من بلدة تل تمر، مؤكداً "
        "أن قواته لا تزال ترابط في مواقعها داخل البلدة وعلى أطرافها. ودعا المركز وسائل الإعلام إلى تحري الدقة "
        "وعدم الانجرار وراء الشائعات التي تبثها حسابات مرتبطة بالفصائل الموالية لتركيا.",
        [E("statement", None, PL("تل تمر", "Tell Tamr", "Al-Hasakah"), None, 'المركز الإعلامي لقوات سوريا الديمقراطية', SDF, note="MENDED stop 32 (conventions): a denial that is the item's news, and its call: one statement (stop 32), at the town it concerns")])

passage("co52", "2024-06-03", "Enab Baladi", "a warning of a wave of displacement and a stock of camps",
        "حذر فريق «منسقو استجابة سوريا» من موجة نزوح جديدة في حال استمرار التصعيد على ريف حلب الغربي، مشيراً إلى أن "
        "أكثر من مليوني نازح يقيمون في المخيمات شمال غربي سوريا. وطالب الفريق الجهات الدولية بزيادة الدعم المقدم "
        "للمخيمات مع اقتراب فصل الصيف.",
        [E("statement", None, PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"), None, 'فريق «منسقو استجابة سوريا»', None, note='MENDED stop 32 (conventions): a warning and a demand of one body: one statement (stop 32), at the area it concerns')])

passage("co53", "2023-02-20", "SANA", "a return of people told as the aim of an effort (no return)",
        "بحث محافظ حمص مع وفد من المفوضية السامية لشؤون اللاجئين سبل تسهيل عودة المهجرين إلى قراهم في ريف القصير، "
        "وإعادة تأهيل البنى التحتية من مدارس ومراكز صحية وشبكات مياه. وأكد المحافظ أن المحافظة ستقدم كل التسهيلات "
        "اللازمة للراغبين بالعودة، بما فيها تأمين حافلات لنقلهم من المعابر الحدودية.",
        [])


def main() -> None:
    write("gold42.jsonl", P42)


if __name__ == "__main__":
    main()
