"""Build gold129.jsonl: fresh set 129 (ids md01…), written in stop 45 by writer w129 BEFORE any run on it.

21 WHOLE-ARTICLE passages (a page's headline line where it had one, lead and details; 130-230 words each), each
the paraphrase of ONE real page found in the search tool's `pages` corpus (queried in Arabic), years 2011-2025
(every year from 2011 to 2025: 2011 twice, 2012, 2013 twice, 2014 twice, 2015, 2016 twice, 2017, 2018, 2019, 2020,
2021, 2022, 2023 twice, 2024, 2025 twice), 21 outlets (Misr El Gedida and Al-Wasat relaying AFP and Reuters, a
forum repost of Reuters, Saraya News, Elaph, Al-Arab, SNHR, Al-Watan (Bahrain), Swissinfo relaying AFP, Al-Araby
Al-Jadeed, Al-Hayat, Micro Syria relaying SMART, Syria TV, Al-Weeam, Asharq Al-Awsat, Baladi News, i24news, Al-Nour
(Lebanon), Shashe, Al-Shorouk, Qasioun). Kinds: protests fired on, a day's protest toll, defections (one abroad),
takings of an airbase, a city and villages, a suicide tank bomb, barrel bombs, Russian, coalition and Israeli strikes,
shelling of a Turkish post and the reply, a siege assault with a committee's mobilisation, assassinations with a
month's toll, tribal clashes with an arrest and a week's toll, evacuation convoys, displacement, curfews and
arrest campaigns of the new authorities; a monthly SNHR toll; recalled takings and protests.
Every sentence was rewritten (no run of five words is shared with its page: checked by script, after folding
hamza forms, ta marbuta, alif maqsura, diacritics and punctuation, against the page text, which was kept outside the
repository); the incidents, their order, places, figures, dates, sources, hedges and recalls are the page's; private
people's names (defectors, victims, an activist, the arrested) are invented, public figures kept. A page's text
that was cut off is paraphrased up to the cut. Each passage's `style` ends with the page's address, and says where
`published` is inferred.
The set is CLOSED until the next stop (fresh set: no helper reads it before its first run).
Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32, 34 and 41), and was
written before anything ran on the passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build129.py      # rewrites gold129.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P129: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P129.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("md01", "2011-04-23", "Misr El Gedida (relaying AFP)",
        "whole article: mourners fired on in Homs, the Friday protests' national toll, the recalled Friday dead in "
        "Homs, a protest fired on in Saqba; published inferred from the events (the Saturday after «جمعة الحرية», "
        "22 April 2011) | page: https://www.masress.com/misrelgdida/60799",
        "لقي خمسة أشخاص في الأقل حتفهم وأصيب عشرات آخرون في حمص بوسط سوريا، حين فتح عناصر الأمن نيرانهم اليوم السبت على "
        "موكب تشييع، في وقت أعلنت فيه منظمة حقوقية أن عدد ضحايا احتجاجات «جمعة الحرية» بلغ 44 قتيلاً سقطوا بنيران قوات "
        "الأمن في تظاهرات عمّت أمس الجمعة مدناً سورية كثيرة.\n"
        "وقال ناشط طلب إخفاء هويته، في حديث إلى وكالة فرانس برس، إن عناصر الأمن أمطروا اليوم بالرصاص جمعاً من "
        "المشيّعين في حمص، فقتلوا خمسة منهم في الأقل وأصابوا العشرات. وبيّن الناشط أن إطلاق النار بدأ لحظة مغادرة "
        "المشيعين المقبرة، بعدما واروا الثرى 13 شخصاً سقطوا أمس خلال احتجاجات في حمص. وتابع أن موكب الجنازة، الذي "
        "ضمّ آلاف المشاركين، انطلق من الجامع الكبير في حمص متجهاً إلى مقبرة تل النصر، وأن الرصاص انهمر عليهم عند "
        "خروجهم منها.\n"
        "وفي سياق آخر، أبلغ ناشط حقوقي ثانٍ رفض ذكر اسمه وكالة فرانس برس هاتفياً أن قوات الأمن أطلقت النار على محتجين "
        "في سقبا بريف دمشق فجرحت عدداً منهم، من غير أن يستطيع تحديد عددهم. وأشار إلى أن عناصر أمن دخلوا المدينة، التي "
        "كانت تعيش إضراباً عاماً، وهم يهتفون تأييداً للرئيس بشار الأسد، فردّ عليهم المتظاهرون بهتافات ضده.",
        [E("protest", Q("آلاف", 2000, 9000, True), PL("حمص", "Homs", "Homs"), "2011-04-23",
           "ناشط طلب إخفاء هويته", PROT,
           note="security forces fire on a funeral procession of the Friday's protest dead (thousands of mourners): "
                "coded as a protest fired on (stop 30, ACLED's practice for 2011 funerals), its crowd «آلاف» the "
                "figure (stop 41), the five dead (at least) its fatalities; CALL: a coder could read the mourners as "
                "civilians outside a protest (casualties, figure خمسة); the cemetery and mosque are landmarks placed "
                "at the city; the activist's sentence comes back to the lead's act (stop 30)"),
         E("casualties", Q("44", 44), None, "2011-04-22", "منظمة حقوقية", GOV, kind="aggregate",
           note="the Friday protests' toll across many cities: a day's national toll beside a protest is a casualties "
                "aggregate (stop 30); no place"),
         E("protest", Q("13", 13), PL("حمص", "Homs", "Homs", nth=2), "2011-04-22", "الناشط", PROT,
           note="the recalled Friday protests in Homs whose 13 dead were being buried: a place's own toll tied to "
                "protests there is its own event (stop 34); no crowd numbered, the dead are the figure"),
         E("protest", None, PL("سقبا", "Saqba", "Rif Dimashq"), "2011-04-23", "ناشط حقوقي ثانٍ", PROT,
           note="protesters fired on in Saqba, some wounded (no figure: the injured are never the figure); the general "
                "strike and the chanting are the same protest; undated, the item's news: publication day")])

passage("md02", "2011-05-20", "Al-Wasat (Bahrain, relaying Reuters)",
        "whole article: live fire on protests in Homs, protests in several cities, SOHR on Banias (the largest "
        "protest, a recalled storming, a thousand arrested), tear gas in Hama and al-Tall; published inferred from "
        "the events (a Friday nine weeks into the uprising, after the army's storming of Banias) | page: "
        "http://alwasatnews.com/news/561973.html",
        "أفاد ناشط حقوقي في مدينة حمص بأن عناصر الأمن فتحوا الرصاص الحي على جموع احتشدت لإقامة تظاهرتين في الأقل داخل "
        "المدينة، بينما خرجت اليوم الجمعة احتجاجات تنادي بالديمقراطية في مناطق أخرى من سوريا.\n"
        "وبحسب شهود عيان وناشطين، نزل الآلاف إلى الشوارع في بانياس والقامشلي وحمص وفي دمشق نفسها، غير آبهين بالانتشار "
        "الأمني الكثيف الرامي إلى إخماد الحراك الشعبي على حكم الرئيس بشار الأسد الفردي. وبحسب المرصد السوري لحقوق "
        "الإنسان، عرفت بانياس، المدينة الساحلية التي دخلها الجيش عنوة في وقت سابق من هذا الشهر، أكبر تظاهرة منذ أن "
        "انطلقت الانتفاضة من الجنوب السوري قبل تسعة أسابيع.\n"
        "وأضاف ناطق باسم المرصد أن أصوات الرصاص تتردد في هذه اللحظات في بانياس، وأن تظاهرة انطلقت فيها على الرغم من "
        "توقيف قرابة ألف شخص من أهلها ومحيطها خلال الأسابيع الأخيرة. وروى شاهد أن رجال الأمن رموا قنابل الغاز على "
        "آلاف المحتجين في حماة، الواقعة شمال حمص، حيث تجمّع زهاء 20 ألف شخص في موقعين متباعدين.\n"
        "كما أفاد شاهد ثانٍ بأن قوات الأمن استعملت بدورها الغاز المسيل للدموع لتفريق قرابة ألف محتج في بلدة التل "
        "شمالي العاصمة.",
        [E("protest", None, PL("حمص", "Homs", "Homs"), "2011-05-20", "ناشط حقوقي", PROT,
           note="live fire on crowds gathering for at least two protests in Homs: one protest event (stop 30); no crowd "
                "or dead numbered; Homs in the next sentence's list is the same protest"),
         E("protest", Q("الآلاف", 2000, 9000, True), PL("بانياس", "Baniyas", "Tartus"), "2011-05-20",
           "شهود عيان وناشطين", PROT,
           note="thousands protest in Banias, Qamishli, Homs and Damascus: one act told over a list, placed at the "
                "first place (Qamishli and Damascus its siblings; Homs is coded above); SOHR's largest protest in "
                "Banias with gunfire heard is the same protest told again"),
         E("arrest", Q("قرابة ألف", 1000, approx=True), PL("بانياس", "Baniyas", "Tartus", nth=2), None,
           "ناطق باسم المرصد", GOV, kind="aggregate",
           note="about a thousand detained from Banias and around it over the past weeks: an aggregate of arrests, no "
                "day; the detainers are not named but are the security forces of the item"),
         E("reinforcement", None, PL("بانياس", "Baniyas", "Tartus", nth=1), "2011-05", "المرصد السوري لحقوق الإنسان",
           GOV, note="the recalled storming of Banias by the army earlier this month (background with a place, stop "
                     "41; month grain): coded as a deployment into the town as set 125 lz01 codes tanks around towns; "
                     "CALL: no fight is told, a coder could leave it uncoded"),
         E("protest", Q("زهاء 20 ألف", 20000, approx=True), PL("حماة", "Hama", "Hama"), "2011-05-20", "شاهد", PROT,
           note="tear gas on the Hama protesters, about 20 thousand in two places: the crowd is the figure"),
         E("protest", Q("قرابة ألف", 1000, approx=True, nth=1), PL("التل", "Al-Tall", "Rif Dimashq"), "2011-05-20",
           "شاهد ثانٍ", PROT, note="tear gas to disperse about a thousand protesters in al-Tall")])

passage("md03", "2012-08-01", "Reuters (forum repost)",
        "whole article: a colonel's video defection with its motive, unverified, rank context, hometown, a recalled "
        "brief opposition taking of Rastan and the army's retaking; published inferred (a repost of the same story "
        "is dated 3 August 2012; the Wednesday after «يوم الثلاثاء» is assumed) | page: "
        "https://staracademy9.123.st/t3531-topic",
        "بيروت (رويترز) - أعلن ضابط رفيع في الجيش السوري، في شريط مصوّر نُشر على يوتيوب يوم الثلاثاء، تخلّيه عن الجيش "
        "والتحاقه بصفوف المعارضة، رفضاً لقصف مسقط رأسه ضمن الحملة التي تُشن لإخماد الانتفاضة على حكم الرئيس بشار "
        "الأسد.\n"
        "وأوضح العقيد الركن مازن عبد الكريم الحسين في التسجيل أن ما دفعه إلى الانشقاق هو القصف المدفعي العنيف على "
        "المناطق الخاضعة للمعارضة، معتبراً أن ذلك «لا يمتّ إلى أخلاق جيشنا بصلة».\n"
        "ولم يكن بالإمكان التثبت من صحة الشريط من مصدر مستقل.\n"
        "وفي حال ثبت انشقاقه، يكون الحسين ثاني ضابط يحمل رتبة عقيد ركن يترك الجيش السوري، وهي الرتبة الخامسة في سلّم "
        "الرتب العسكرية من الأعلى.\n"
        "وذكر الضابط أنه ينحدر من الرستن، المعقل المحاصر للمعارضة في محافظة حمص، حيث تُقمع بعنف الانتفاضة على حكم آل "
        "الأسد المستمر منذ 40 عاماً.\n"
        "وظهر الحسين، الذي بدا في منتصف الخمسينات من عمره واضعاً نظارة طبية، وهو يقول: «أنا العقيد الركن مازن عبد "
        "الكريم الحسين، من ملاك قيادة المنطقة الوسطى، ومن أبناء الرستن... أعلن انشقاقي عن الجيش والتحاقي بالجيش "
        "السوري الحر».\n"
        "وأبرز الضابط بطاقة عسكرية لم يظهر عليها ما يدل على رتبته. وكانت الرستن من أولى البلدات التي بسطت المعارضة "
        "سيطرتها عليها لمدة وجيزة، قبل أن يعود الجيش ويستعيدها.",
        [E("defection", None, None, "2012-07-31", "العقيد الركن مازن عبد الكريم الحسين", GOV,
           note="one officer (a singular: no figure) announces his own defection in a video: he is the source (as "
                "p13); his hometown Rastan is no place of the act and «قيادة المنطقة الوسطى» is a command, not a "
                "place, so no place; the unverified video is still the item's asserted news; the shelling of his "
                "town is his motive, a campaign with no act of its own"),
         E("territory_change", None, PL("الرستن", "Al-Rastan", "Homs", nth=2), None, None, FSA,
           note="recalled: the opposition held Rastan briefly (background with a place, stop 41; undated); the "
                "outlet's own recall"),
         E("territory_change", None, PL("الرستن", "Al-Rastan", "Homs", nth=2), None, None, GOV,
           note="recalled: the army retook Rastan (a second act of the same recall sentence); CALL: a coder could "
                "code only one of the two recalled takings")])

passage("md04", "2013-08-06", "Saraya News",
        "whole article: the FSA's announced taking of Menagh airbase after a ten-month siege, a suicide tank bomb on "
        "its command building (told twice), Al-Arabiya's sources, background on the base | page: "
        "https://sarayanews.com/article/209285/بالفيديو-إنتحاري-الـالحر-و6-أطنان-متفجرات-يضربان",
        "سرايا - قال الجيش السوري الحر إنه بسط سيطرته على مطار منغ العسكري بريف حلب الشمالي، إثر حصار استمر 10 أشهر، وسط "
        "أنباء عن هروب عدد من الضباط من داخله. وكان الجيش الحر قد ضرب مبنى القيادة في المطار الواقع بمحافظة حلب، "
        "مؤكداً أن انتحارياً نفّذ الهجوم بدبابة شُحنت بنحو ستة أطنان من المواد المتفجرة.\n"
        "ونقلت قناة «العربية» عن مصادر أن الجيش الحر صار يسيطر على معظم أرجاء المطار، الذي بات قاب قوسين من السقوط.\n"
        "وبحسب مقاتلي المعارضة، يبدو أن ثمانية أشهر من القتال على مطار منغ تقترب من خاتمتها، إذ أعلن الجيش الحر، الذي "
        "يتولى المعارك هناك، أنه أصاب مركز إدارة العمليات داخل المبنى الرئيسي.\n"
        "وتولّى لواء المهاجرين والأنصار تنفيذ الهجوم الانتحاري، بأن دفع نحو المبنى دبابة تحمل ستة أطنان من "
        "المتفجرات.\n"
        "ويحاصر الجيش الحر منذ أشهر هذا المطار، الذي تنطلق منه طائرات النظام لضرب بلدات ريف حلب الشمالي، من غير أن "
        "يتمكن قبل ذلك من اقتحامه.\n"
        "ويُعدّ المطار، وفق ناشطين، واحداً من أضخم قواعد المروحيات في البلاد، وتربض فيه ما يزيد على خمس وثلاثين مروحية "
        "جاهزة على الدوام.\n"
        "ومن شأن سقوطه بيد الجيش الحر أن يحرم النظام من أحد أبرز حصونه شمالي حلب، وأن يفتح أمام الثوار طريق "
        "الوصول إلى مدينة حلب.",
        [E("territory_change", None, PL("مطار منغ العسكري", "Menagh Military Airport", "Aleppo"), "2013-08-06",
           "الجيش السوري الحر", FSA,
           note="the FSA announces it took the airbase (a listed facility, the place itself); Al-Arabiya's «most of "
                "the airport» is the same taking told by others; the officers' flight belongs to it; undated, the "
                "item's news: publication day; the ten-month siege is a state"),
         E("explosion", None, PL("مطار منغ العسكري", "Menagh Military Airport", "Aleppo"), None,
           "الجيش الحر", FSA,
           note="the suicide tank bomb on the command building, told in the lead's recall («وكان … قد») and again in "
                "the body (the operations HQ, the brigade that sent the tank): one explosion, no figure (tons are no "
                "count); undated; the FSA's claim is its source; the brigade is an opposition faction"),
         ])

passage("md05", "2013-02-15", "Elaph",
        "whole article: seven defected officers reach a camp in Hatay (ranks, families), a trend, the recalled founding "
        "of the FSA and of the Supreme Military Command; published inferred (the page's address gives February 2013, "
        "no day: the 15th is assumed) | page: https://elaph.com/Web/news/2013/2/796071.html",
        "أنقرة: وصل إلى الأراضي التركية 7 ضباط من الجيش السوري انشقوا عنه، أعلاهم رتبةً عقيد، ومعه ثلاثة مقدمين "
        "واثنان برتبة ملازم أول، فضلاً عن ملازم واحد. وبلغ عددهم مع أفراد أسرهم 12 شخصاً، جرى نقلهم وسط إجراءات أمنية مشددة إلى "
        "مخيم «آبايدن» المخصص لإيواء اللاجئين السوريين بولاية هاطاي جنوبي تركيا.\n"
        "وتزايدت في الفترة الأخيرة حالات الانشقاق في صفوف قوات النظام السوري، بالتوازي مع تصعيد عملياته العسكرية "
        "التي يستخدم فيها السلاح الثقيل، ثم الصواريخ البالستية، ضد معارضيه والأحياء المأهولة.\n"
        "ويُذكر أن عسكريين منشقين عن الجيش النظامي أعلنوا في 29 تموز/يوليو 2011، أي بعد ما يزيد على 4 أشهر من بدء "
        "الاحتجاجات في سوريا، قيام «الجيش السوري الحر»، ثم أُسس لاحقاً مجلس عسكري غايته توحيد صفوف المنشقين المسلحين. "
        "وبعد فترة، وتحديداً في كانون الأول/ديسمبر 2012، أعلن العميد سليم إدريس إنشاء القيادة العسكرية المشتركة العليا، واختير "
        "رئيساً لهيئة أركان القوى العسكرية والثورية، سعياً إلى «إسقاط النظام السوري».",
        [E("defection", Q("7", 7), PL("آبايدن", "Apaydin camp", None, "Turkey"), "2013-02-15", None, GOV,
           note="seven officers who defected arrive in Turkey and are moved to a camp in Hatay: an arrival abroad told "
                "as the defection keeps the arrival place, the camp it arrived at being the most specific (README "
                "stop 29, set 6 v28); ranks are a breakdown, the 12 with families no figure of defectors; undated, "
                "the item's news: publication day; the outlet tells it"),
         E("statement", None, None, "2011-07-29", "عسكريين منشقين عن الجيش النظامي", FSA,
           note="recalled: defectors announce the founding of the FSA on a given day: a body's decision (stop 32), "
                "background; CALL: a coder could leave foundings uncoded; the later military council has no day, "
                "no place and no announcer: not coded"),
         E("statement", None, None, "2012-12", "العميد سليم إدريس", FSA,
           note="recalled: Salim Idris announces the Supreme Military Command in December 2012 (a named official's "
                "decision, background, month grain); his election as chief of staff is the same announcement")])

passage("md06", "2014-02-04", "Al-Arab",
        "whole article: a fourteenth day of barrel bombs on Aleppo with a rising day's toll, a barrel incident in "
        "al-Sakhour, clashes and cluster shelling in Karm al-Tarrab, activists' denial of a commander's death | page: "
        "https://alarab.co.uk/البراميل-المتفجرة-تتهاطل-على-حلب",
        "البراميل المتفجرة تنهمر على حلب\n"
        "أنقرة - لليوم الرابع عشر على التوالي، مضى الطيران الحربي السوري في إلقاء البراميل المتفجرة بكثافة على أحياء "
        "حلب في شمال البلاد، فسقط عشرات الضحايا، منهم 18 طفلاً، وانهارت أبنية سكنية، بينما كذّب ناشطون في المدينة نبأ "
        "مقتل قائد لواء التوحيد في تفجير قيل إن تنظيم «الدولة الإسلامية» دبّره لاستهدافه.\n"
        "وذكر ناشطون في حلب أن قرابة عشرة أشخاص، من بينهم ثلاثة أطفال، تمزقت أجسادهم، وأصيب العشرات، إثر سقوط براميل "
        "متفجرة على شارع المكاتب في حي الصاخور.\n"
        "وشمل قصف المروحيات بالبراميل أحياء الصاخور والشعار والمواصلات، فيما احتدمت المعارك بين مقاتلي المعارضة "
        "والقوات النظامية داخل حي كرم الطراب، الذي كانت القوات النظامية تقصفه في الوقت ذاته بالقنابل العنقودية، وفق الناشطين.\n"
        "وأكد الناشطون أن عدد القتلى تخطى 40، نحو 20 منهم أطفال، وأنه مرشح للزيادة نظراً إلى خطورة إصابات كثير من "
        "الجرحى، موضحين أن الحصيلة النهائية لم تتضح بعد لكثرة الأماكن التي طالتها البراميل، ولتوزّع الضحايا على "
        "مستشفيات ميدانية عدة في حلب.",
        [E("airstrike", Q("40", 40, None, True), PL("حلب", "Aleppo", "Aleppo", nth=1), "2014-02-04", "الناشطون", GOV,
           kind="aggregate",
           note="the day's barrel bombing of Aleppo's quarters (the lead's «tens of victims, 18 children», the "
                "activists' toll «more than 40, about 20 children»): one cause over the city, a day's toll beyond "
                "the one incident told apart, so an airstrike aggregate (stops 32, 34); «تخطى» is a verb bound "
                "(low 40, open high); the fourteen days are its context"),
         E("airstrike", Q("قرابة عشرة", 10, approx=True), PL("الصاخور", "Al-Sakhour", "Aleppo"), "2014-02-04",
           "ناشطون في حلب", GOV,
           note="barrels on a street of al-Sakhour, about ten killed (three children a breakdown): the quarter is the "
                "place (the street a landmark); the later list of quarters hit (al-Sakhour, al-Shaar, al-Mowasalat) "
                "is the day's barrel bombing coded as the aggregate"),
         E("armed_clash", None, PL("كرم الطراب", "Karm al-Tarrab", "Aleppo"), "2014-02-04", "الناشطين", FSA,
           note="clashes between rebels and regime forces in Karm al-Tarrab; «وفق الناشطين» closes the sentence"),
         E("shelling", None, PL("كرم الطراب", "Karm al-Tarrab", "Aleppo"), "2014-02-04", "الناشطين", GOV,
           note="the regime forces shell the same quarter with cluster munitions at the time of the clashes: an act "
                "of another kind at the place; CALL: a coder could fold it into the clash; the activists' denial "
                "of the commander's death is no named body's statement and the bombing denied is not asserted")])

passage("md07", "2014-10-01", "SNHR",
        "whole article: SNHR's monthly toll for September 2014 with its breakdown by perpetrator and category | page: "
        "https://media.snhr.org/blog/2014/10/01/3437/",
        "بحسب حصيلة أعلنتها الشبكة السورية لحقوق الإنسان، قُتل 2375 شخصاً في عموم المناطق السورية خلال أيلول/سبتمبر "
        "الماضي.\n"
        "وبيّنت الشبكة، في تقرير نشرته ظهر اليوم، أن الأطفال والنساء شكّلوا 27% من مجمل الضحايا، ورأت في هذه النسبة "
        "«دليلاً فاضحاً على أن قوات النظام تتعمد إصابة المدنيين».\n"
        "وبحسب التقرير، قتلت قوات النظام قرابة 1707 مدنيين، من بينهم 294 طفلاً و137 امرأة.\n"
        "وأوضحت الشبكة أن القصف والمعارك التي خاضتها القوات الحكومية أوقعت 417 قتيلاً من «مقاتلي المعارضة»، في حين "
        "بلغ عدد من فارقوا الحياة تحت التعذيب في معتقلات النظام 118 شخصاً على الأقل.\n"
        "وأشار التقرير إلى أن تنظيم «داعش» أودى بحياة 28 مدنياً، منهم 3 أطفال وامرأتان، وقتل كذلك 41 «مقاتلاً» في "
        "مواجهات أو عمليات إعدام ميداني، بينما قضى 20 مدنياً بأيدي قوات التحالف الدولي الذي يحارب التنظيم.\n"
        "ولفتت الشبكة إلى أنها رصدت ما يزيد على 100 حادثة قتل عجزت عن معرفة الجهة التي تقف وراءها.",
        [E("casualties", Q("2375", 2375), None, "2014-09", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the month's national toll: one aggregate; the tolls by perpetrator (the regime's civilians and "
                "fighters, deaths under torture, ISIS's civilians and fighters, the coalition's civilians, the "
                "unattributed killings) and the share of women and children are its breakdown by category, never "
                "events (contract: breakdown); CALL: a coder listing estimates side by side could split the "
                "perpetrators' tolls into aggregates of their own")])

passage("md08", "2015-12-21", "Al-Watan (Bahrain)",
        "whole article: Russian raids on Idlib city with two tolls (aid workers via Reuters, Syria Mubasher), the "
        "sites hit, raids on Jisr al-Shughur and northern Hama; published inferred from the events (the day after "
        "the Sunday of the Idlib city strikes, 20 December 2015) | page: https://alwatannews.net/ampArticle/108946",
        "ذكرت تقارير إعلامية وشهود عيان أن عشرات القتلى سقطوا في مدينة إدلب، الخاضعة لسيطرة فصائل معارضة، يوم الأحد، "
        "جراء قصف نفذته طائرات حربية يُرجّح أنها روسية. وقال عاملون في الإغاثة وسكان محليون وموقع إخباري تابع للمعارضة إن مقاتلات روسية "
        "شنّت ما لا يقل عن 6 غارات، طالت قلب مدينة إدلب وعدداً من المباني الحكومية والأحياء السكنية في المدينة الواقعة "
        "شمال غربي سوريا. وأكد عمال الإغاثة، بحسب وكالة رويترز، التثبت من 43 حالة وفاة، فضلاً عن 30 جثة أخرى في الأقل "
        "انتُشلت ولم تُعرف هوية أصحابها حتى الآن.\n"
        "من جهتها، قالت شبكة سوريا مباشر إن الطائرات الروسية ضربت وسط إدلب فقتلت 40 شخصاً على الأقل، ونقلت عن ناشطين "
        "أن الغارات أصابت مركز الإسعاف ومقر الدفاع المدني ومبنى المحكمة في وسط المدينة، إلى جانب بيوت المدنيين في "
        "شارع الجلاء وقرب مدرسة العروبة. وتحدثت الشبكة عن جرحى سقطوا في الغارات على أحياء المدينة، مضيفة نقلاً عن ناشطين أن "
        "القصف الجوي على المدينة لا يزال متواصلاً.\n"
        "وفي مناطق أخرى من سوريا، استهدفت الطائرات الروسية بغاراتها جسر الشغور بريف إدلب، وقرى معركبة ولحايا والصياد "
        "ومدينتي مورك واللطامنة في ريف حماة الشمالي.",
        [E("airstrike", Q("43", 43), PL("إدلب", "Idlib", "Idlib"), "2015-12-20", "عاملون في الإغاثة", RUS,
           note="at least six Russian raids on Idlib city: one incident told with the lead's «tens of dead», the aid "
                "workers' 43 (relayed by Reuters: the relayed source, stop 34) and Syria Mubasher's 40: the first "
                "number the text writes is the figure (stop 34); the 30 unidentified bodies and the wounded are no "
                "figure; the sites hit (ambulance centre, civil defence, court, a street, a school) are in the city"),
         E("airstrike", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2015-12-20", None, RUS,
           note="Russian raids on Jisr al-Shughur and on Latamneh, Morek and three villages of northern Hama: one act "
                "told over a list, placed at the first place (a coder could group the Hama places); an act in other "
                "places after the sourced report: the outlet's (stop 30)")])

passage("md09", "2016-08-27", "Swissinfo (relaying AFP)",
        "whole article: a double barrel strike near a mourning tent in Aleppo (SOHR, an AFP reporter, Shahba Press's "
        "higher toll), the recalled Thursday barrels on Bab al-Nayrab | page: "
        "https://www.swissinfo.ch/ara/afp/مقتل-15-شخصا-على-الاقل-جراء-برميلين-متفجرين-على-مدينة-حلب-السورية-/42402906",
        "لقي 15 شخصاً في الأقل مصرعهم اليوم السبت وأصيب غيرهم حين سقط برميلان متفجران، تفصل بينهما دقائق، على حي خاضع "
        "للفصائل المعارضة في مدينة حلب السورية، حسبما ذكر المرصد السوري لحقوق الإنسان.\n"
        "وأوضح رامي عبد الرحمن، مدير المرصد، لوكالة فرانس برس أن قوات النظام ضربت حي المعادي ببرميل متفجر هوى بجوار "
        "خيمة عزاء عند طرف حي النيرب، ثم ألقت برميلاً ثانياً بعد أن احتشد الأهالي والمسعفون، فقُتل 15 مدنياً في الأقل "
        "وجُرح كثيرون.\n"
        "وأضاف عبد الرحمن أن العزاء كان منصوباً في المكان لـ15 مدنياً، منهم 11 طفلاً، قضوا يوم الخميس بقصف بالبراميل "
        "المتفجرة نفذته قوات النظام واستهدف حي باب النيرب القريب.\n"
        "وبحسب مراسل لفرانس برس في الأحياء الشرقية لحلب، سقط البرميل الثاني بعد أن هبّت سيارات الإسعاف نحو "
        "موقع البرميل الأول، ما رفع عدد القتلى، ودمّر سيارة إسعاف تدميراً كاملاً، وأوقع جريحين في الأقل بين المسعفين.\n"
        "أما وكالة شهبا برس المحلية، فتحدثت عن «23 مدنياً على الأقل» قضوا بالبرميلين، ونشرت صوراً للمكان المستهدف.",
        [E("airstrike", Q("15", 15, None, True), PL("المعادي", "Al-Maadi", "Aleppo"), "2016-08-27",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="two barrels minutes apart on al-Maadi near a mourning tent: one strike, at least 15 dead (open high, "
                "stop 34); the quarter is the place (the tent on the edge of al-Nayrab a landmark); the AFP "
                "reporter's and Shahba Press's tellings (23) are the same incident, the first figure stands"),
         E("airstrike", Q("15", 15, nth=2), PL("باب النيرب", "Bab al-Nayrab", "Aleppo"), "2016-08-25",
           "عبد الرحمن", GOV,
           note="recalled: Thursday's regime barrels on Bab al-Nayrab killed 15 civilians (11 children a breakdown): "
                "one act with a place and a figure (stop 41); «يوم الخميس» before a Saturday page is the 25th")])

passage("md10", "2016-12-16", "Al-Araby Al-Jadeed",
        "whole article: the third and fourth evacuation convoys from besieged eastern Aleppo reach the western "
        "countryside (an activist's figures, buses, crowds waiting), the first two convoys the day before, Russian "
        "supervision | page: https://aajsa.com/الدفعة-الثالثة-من-مهجّري-حلب-تصل-الريف-الغربي-0",
        "القافلة الثالثة من مهجّري حلب تبلغ الريف الغربي\n"
        "وصلت القافلتان الثالثة والرابعة من المهجّرين من أحياء حلب الشرقية الواقعة تحت الحصار إلى الريف الغربي فجر اليوم "
        "الجمعة، فارتفع عدد الواصلين إلى قرابة أربعة آلاف مدني، بعدما كانت القافلتان الأولى والثانية قد وصلتا ظهر أمس "
        "الخميس.\n"
        "وأوضح الناشط سامر الحلبي، الباقي حتى الساعة داخل الشطر المحاصر من المدينة، في حديث إلى «العربي الجديد»، أن "
        "قافلتي اليوم أقلّتا ما يزيد على ألفي شخص، ليتخطى إجمالي من غادروا حلب حتى الآن أربعة آلاف، كلهم مدنيون.\n"
        "وأضاف الحلبي، الذي كان يتهيأ للمغادرة برفقة أسرته، أن أربعين حافلة نقلت المهجّرين في هاتين القافلتين، وأن "
        "المدنيين الراغبين في المغادرة يتزاحمون بشدة، إذ يقدّر عددهم بقرابة خمسين ألف شخص يحتشدون في إحدى ساحات حي "
        "السكري بانتظار الحافلات في العراء وتحت البرد القارس.\n"
        "وأشار إلى أن أسماء المغادرين لا تُسجّل، وأن الصعود إلى الحافلة يكفي لمن يريد الخروج.\n"
        "وكانت مصادر قد أفادت بأن ضباطاً روساً يشرفون على العملية ويصعدون إلى الحافلات من غير تفتيش، مكتفين بعدّ "
        "الركاب في كل حافلة، بحضور ممثل عن منظمة الهلال الأحمر.",
        [E("other", Q("ما يزيد على ألفي", 2000, None, True), PL("أحياء حلب الشرقية", "Eastern Aleppo", "Aleppo"),
           "2016-12-16", "الناشط سامر الحلبي", None,
           note="the third and fourth convoys evacuate more than two thousand from besieged eastern Aleppo (the place "
                "left, not the western countryside they reach, as p12); the activist's sentence comes back to the "
                "lead's arrival with its figure (stop 30); the running total of about four thousand equals the "
                "convoys told (stop 34: no event of its own); the fifty thousand waiting are a state; forty buses "
                "no figure of people"),
         E("other", None, PL("أحياء حلب الشرقية", "Eastern Aleppo", "Aleppo"), "2016-12-15", None, None,
           note="the first and second convoys arrived the day before (Thursday): an evacuation of its own with no "
                "number written (four thousand less the two thousand is the reader's sum, never a figure)")])

passage("md11", "2017-09-02", "Al-Hayat",
        "whole article: the SDF take al-Thakanah quarter of Raqqa under coalition raids (SOHR), the quarter's people "
        "flee, share of the city held, tens of thousands fled since June, trapped civilians (UN against SOHR); "
        "published inferred from the events (SOHR's seventy percent of Raqqa, early September 2017) | page: "
        "https://sauress.com/alhayat/24053253",
        "أحرزت «قوات سورية الديموقراطية» تقدماً جديداً في مواجهة «داعش» داخل مدينة الرقة شمال سورية، وصارت "
        "تسيطر على ثلثي مساحتها. وقال «المرصد السوري لحقوق الإنسان» إن هذه القوات، التي تضم فصائل كردية وعربية "
        "مدعومة أميركياً، انتزعت حي الثكنة في وسط المدينة إثر قتال عنيف مع التنظيم وضربات جوية كثيفة نفذها التحالف "
        "الدولي الذي تقوده واشنطن. وأشار المرصد إلى أن المعارك أجبرت سكان حي الثكنة على النزوح إلى حي البدو المحاذي "
        "وإلى مناطق يسيطر عليها التنظيم في شمال المدينة.\n"
        "وبهذا التقدم، باتت «قسد»، وفق المرصد، تبسط سيطرتها على 70 في المئة من مساحة الرقة، التي شكّلت معقل «داعش» "
        "الأبرز في البلاد. وتقاتل هذه القوات داخل الرقة منذ حزيران (يونيو) لطرد مسلحي التنظيم منها، بإسناد من "
        "التحالف. وأدى القتال إلى فرار عشرات آلاف المدنيين من المدينة، فيما تقدّر الأمم المتحدة أن نحو 25 ألفاً لا "
        "يزالون عالقين في الأحياء التي يسيطر عليها التنظيم، غير أن المرصد يرى أن عددهم بات دون عشرة آلاف بعد أن فرّ "
        "كثيرون مع تقدم القتال. وقال المرصد إن معركة الرقة دخلت مراحلها النهائية.",
        [E("territory_change", None, PL("الثكنة", "Al-Thakanah", "Raqqa"), "2017-09-02",
           "المرصد السوري لحقوق الإنسان", SDF,
           note="the SDF take al-Thakanah quarter after heavy fighting: the lead's advance and SOHR's telling are one "
                "taking; the shares of the city held (two thirds, 70 percent) are a state, no figure; the fighting is "
                "the taking's; undated, the item's news: publication day"),
         E("airstrike", None, PL("الثكنة", "Al-Thakanah", "Raqqa"), "2017-09-02", "المرصد السوري لحقوق الإنسان",
           COAL, note="the coalition's heavy raids that came with the taking: an act of another kind at the quarter, "
                      "told in SOHR's same sentence"),
         E("other", None, PL("الثكنة", "Al-Thakanah", "Raqqa", nth=1), "2017-09-02", "المرصد", None,
           note="the quarter's people displaced to al-Badu and to IS-held areas: displacement from the place left "
                "(not the destination); no figure"),
         E("other", Q("عشرات آلاف", 20000, 90000, True), PL("الرقة", "Raqqa", "Raqqa", nth=2), None, None, None,
           kind="aggregate",
           note="tens of thousands of civilians fled Raqqa since the battle began in June: a displacement aggregate "
                "with a period, the outlet's own line; the UN's 25 thousand and SOHR's under ten thousand still "
                "trapped are a state, no event; the battle since June is a state too")])

passage("md12", "2018-02-06", "Micro Syria (relaying SMART)",
        "whole article: the civil defence's toll of regime air and artillery fire on Douma (names list), a council "
        "suspending its work, each Ghouta town's own toll, Jobar | page: "
        "https://microsyria.com/2018/02/06/توثيق-25-قتيلا-في-مدينة-دوما-وحصيلة-جديد/",
        "الدفاع المدني يوثّق 25 قتيلاً في دوما وحصيلة محدّثة لضحايا عربين وكفربطنا وزملكا\n"
        "سمارت - ريف دمشق\n"
        "أحصى الدفاع المدني بريف دمشق، اليوم الثلاثاء، 25 قتيلاً من المدنيين، معظمهم نساء وأطفال، سقطوا بقصف جوي "
        "ومدفعي شنته قوات النظام على مدينة دوما شرقي دمشق.\n"
        "ونشر الدفاع المدني على صفحته في «فيسبوك» أسماء القتلى الذين سقطوا بقصف الأحياء السكنية في دوما، ومنهم ستة "
        "أطفال وتسع نساء، وقتيل لم تُعرف هويته.\n"
        "وأعلن المجلس المحلي لمدينة دوما وقف عمله «إلى أجل غير معلوم»، بعدما طال قصف النظام مقره.\n"
        "وذكر الدفاع المدني أن عدد القتلى المدنيين جراء قصف مدينة عربين ارتفع إلى 13، إلى جانب عشرات الجرحى، بينما "
        "قُتل سبعة مدنيين في كفربطنا وستة في زملكا.\n"
        "وقُتل أيضاً خمسة مدنيين في مسرابا وأربعة في حمورية، وثلاثة في كل من سقبا ومديرا وحزة، في حين أفاد ناشطون "
        "بسقوط قتلى مدنيين جراء قصف للنظام على حي جوبر في شرق العاصمة.\n"
        "وبيّنت إحصائية الدفاع المدني أن بين القتلى والجرحى أطفالاً ونساء، وأن ممرضة قُتلت وأُصيب عناصر من الدفاع "
        "المدني، إضافة إلى عشرات الجرحى المدنيين في بلدات عدة من الغوطة الشرقية، منهم 80 في كفربطنا.",
        [E("airstrike", Q("25", 25, nth=1), PL("دوما", "Douma", "Rif Dimashq", nth=1), "2018-02-06",
           "الدفاع المدني بريف دمشق", GOV,
           note="regime air and artillery fire on Douma, 25 civilians killed (headline and lead: one incident; the "
                "list of names is its telling, six children and nine women a breakdown): coded as the air strike "
                "(air named first; CALL: a coder could add a shelling event); the headline's 25 and the lead's are "
                "one figure, the lead's taken"),
         E("statement", None, PL("دوما", "Douma", "Rif Dimashq", nth=3), "2018-02-06", "المجلس المحلي لمدينة دوما",
           None, note="the local council's decision to suspend its work after its office was hit: a named body's "
                      "decision (stop 32); the hit on its office is the Douma bombardment"),
         E("shelling", Q("13", 13), PL("عربين", "Arbin", "Rif Dimashq", nth=1), "2018-02-06", "الدفاع المدني",
           GOV, note="the toll of the bombardment of Arbin raised to 13 (latest toll); «قصف» unspecified: shelling; "
                     "the wounded are no figure"),
         E("shelling", Q("سبعة", 7), PL("كفربطنا", "Kafr Batna", "Rif Dimashq", nth=1), "2018-02-06",
           "الدفاع المدني", GOV,
           note="each Ghouta town's own toll of the day's regime bombardment (the headline names it a toll of the "
                "towns' victims): one event per town as ACLED codes by location; the civil defence's sentence goes "
                "on; CALL: a coder could read the list as a breakdown with no act of its own (stop 34)"),
         E("shelling", Q("ستة", 6, nth=1), PL("زملكا", "Zamalka", "Rif Dimashq", nth=1), "2018-02-06",
           "الدفاع المدني", GOV, note="Zamalka's own toll, as Kafr Batna"),
         E("shelling", Q("خمسة", 5), PL("مسرابا", "Misraba", "Rif Dimashq"), "2018-02-06", "الدفاع المدني", GOV,
           note="Misraba's own toll (the sentence goes on with the civil defence's report)"),
         E("shelling", Q("أربعة", 4), PL("حمورية", "Hammouriyeh", "Rif Dimashq"), "2018-02-06", "الدفاع المدني",
           GOV, note="Hammouriyeh's own toll"),
         E("shelling", Q("ثلاثة", 3), PL("سقبا", "Saqba", "Rif Dimashq"), "2018-02-06", "الدفاع المدني", GOV,
           note="three killed in each of Saqba, Madira and Hazza: one figure told over three towns, placed at the "
                "first (a group; CALL: three events of three each)"),
         E("shelling", None, PL("جوبر", "Jobar", "Damascus"), "2018-02-06", "ناشطون", GOV,
           note="activists document civilians killed by regime shelling on Jobar; «مدنيين» without a numeral (plural "
                "or dual): no figure")])

passage("md13", "2019-10-12", "Syria TV",
        "whole article: the Turkish ministry's announced taking of Ras al-Ain, the SNA's earlier storming, a captured "
        "Humvee, two villages east of Tal Abyad taken | page: "
        "https://www.syria.tv/مقاتلو-نبع-السلام-يسيطرون-على-كامل-مدينة-رأس-العين",
        "مقاتلو «نبع السلام» يبسطون سيطرتهم على مدينة رأس العين بالكامل\n"
        "قالت وزارة الدفاع التركية في بيان صدر اليوم السبت إن قوات الجيش الوطني السوري والجيش التركي أحكمت سيطرتها على مدينة "
        "رأس العين كاملة، شمال غربي الحسكة، ضمن عملية «نبع السلام» الجارية شرقي الفرات.\n"
        "وجاء في البيان الموجز، الذي نقلته وكالة «الأناضول» التركية، أن العمليات الناجحة المتواصلة في إطار «نبع السلام» "
        "أفضت إلى بسط القبضة على رأس العين.\n"
        "وسبق ذلك إعلان من قيادة الجيش الوطني السوري أفاد بأن قواتها اقتحمت رأس العين من محاور عدة، وانتزعت المنطقة "
        "الصناعية في شرقها والمعبر الحدودي مع تركيا، بعد اشتباكات ضد «قوات سوريا الديمقراطية» (قسد).\n"
        "وتناقل ناشطون على وسائل التواصل الاجتماعي تسجيلاً مصوراً يُظهر استيلاء مقاتلين من «فرقة السلطان مراد»، "
        "المنضوية في الجيش الوطني، على أول عربة عسكرية أميركية الصنع من نوع «همر»، في أثناء المعارك مع «قسد» داخل "
        "رأس العين.\n"
        "وأفادت الحسابات الرسمية لعملية «نبع السلام» بأن الجيش الوطني انتزع أيضاً قريتي الضبعة والدادات الواقعتين إلى "
        "الشرق من تل أبيض بريف الرقة الشمالي، إثر مواجهات مع «قسد».",
        [E("territory_change", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah", nth=1), "2019-10-12",
           "وزارة الدفاع التركية", SNA,
           note="the SNA with the Turkish army take all of Ras al-Ain (headline, lead, the ministry's statement: one "
                "taking); the SNA command's earlier storming of the industrial zone and the border crossing, and the "
                "clashes and the captured Humvee, are the same taking's steps and fighting, no events of their own; "
                "CALL: a coder could code the crossing taken apart"),
         E("territory_change", None, PL("الضبعة", "Al-Dab'a", "Raqqa"), "2019-10-12",
           "الحسابات الرسمية لعملية «نبع السلام»", SNA,
           note="two villages east of Tal Abyad taken after clashes: one act over two villages, placed at the first "
                "(al-Dadat its sibling); undated, the item's news")])

passage("md14", "2020-02-10", "Al-Weeam",
        "whole article: Syrian government shelling kills Turkish soldiers at a post (the Turkish ministry, SOHR "
        "placing it at Taftanaz airbase), Turkey's reply told by the presidency's communications head | page: "
        "https://sauress.com/alweeam/643342",
        "لقي خمسة جنود أتراك حتفهم وأصيب خمسة آخرون بقصف مدفعي كثيف شنّته قوات الحكومة السورية بمحافظة إدلب، فما كان من "
        "تركيا إلا أن ردّت على الهجوم، ما زاد المخاوف من أن يفضي التصعيد إلى مزيد من التدهور في الوضع المتوتر أصلاً في إدلب.\n"
        "وأفادت وزارة الدفاع التركية في بيان اليوم الاثنين (10 شباط/فبراير 2020) بأن خمسة من جنودها قُتلوا جراء قصف "
        "مدفعي استهدف به جيش النظام نقطة مراقبة تركية في محافظة إدلب، شمال غربي سوريا، مضيفة أن القصف أدى كذلك إلى جرح "
        "خمسة جنود غيرهم.\n"
        "وبحسب المرصد السوري لحقوق الإنسان، فقد استهدفت القوات الحكومية الجنود الأتراك المتمركزين في مطار تفتناز "
        "العسكري بريف إدلب الشرقي.\n"
        "أما فخر الدين ألطون، رئيس دائرة الاتصال بالرئاسة التركية، فكتب في تغريدة على تويتر أن القوات التركية «ردّت "
        "فوراً على الاعتداء الذي طال جنودنا في إدلب، فدمّرت مواقع العدو وثأرت لشهدائنا».",
        [E("shelling", Q("خمسة", 5), PL("مطار تفتناز العسكري", "Taftanaz Military Airport", "Idlib"), "2020-02-10",
           "وزارة الدفاع التركية", GOV,
           note="government artillery on a Turkish post: five soldiers killed (the first «خمسة»; the five wounded "
                "are injured); SOHR's telling gives the most specific place, the listed airbase; the ministry's "
                "statement is the incident's telling, no statement of its own"),
         E("shelling", None, PL("إدلب", "Idlib", "Idlib", nth=4), "2020-02-10", "فخر الدين ألطون", TUR,
           note="Turkey's reply that destroyed the enemy's positions (the lead's «ردّت» and Altun's tweet): "
                "an act of its own, weapon unnamed (coded shelling, as the reply to shelling; CALL: a coder could "
                "pick another type); placed at the province the tweet names")])

passage("md15", "2021-08-30", "Asharq Al-Awsat",
        "whole article: the Fourth Division's assault on besieged Daraa al-Balad from three axes with preparatory "
        "shelling and clashes, residents' toll via Reuters, the Central Committee's general mobilisation and threat "
        "| page: https://aawsat.com/home/article/3159981/قوات-النظام-تحاول-اقتحام-درعا-البلد-من-3-محاور",
        "قوات النظام تحاول دخول درعا البلد عبر 3 محاور\n"
        "إعلان «النفير العام» في حوران\n"
        "سعت قوات الفرقة الرابعة التي تطوّق درعا البلد، جنوبي سوريا، أمس الأحد، إلى دخول المدينة عبر 3 محاور، وسبقت "
        "ذلك بقصف تمهيدي كثيف على الأحياء المحاصرة، ودارت اشتباكات مع شبان المدينة الذين يسعون إلى صدّ الفرقة عن "
        "أحيائهم، وذلك إثر رفض مطلب تقدمت به اللجنة الأمنية التابعة للنظام والطرف الروسي بترحيل 50 شخصاً من أهالي "
        "المدينة.\n"
        "وأبلغ سكان وكالة «رويترز» بأن قوات النظام قصفت أمس الجيب الأخير لمقاتلي المعارضة في مدينة درعا، فقتل ما لا يقل عن "
        "6 أشخاص، في هجوم يُعدّ من الأكثر دموية منذ فرض الحصار على مهد الانتفاضة.\n"
        "وعلى وقع ذلك، أصدرت اللجنة المركزية بريف درعا الغربي بياناً دعت فيه أهالي حوران إلى «النفير العام» "
        "تلبيةً لاستغاثة درعا البلد، وتوعّدت فيه النظام بالحرب في أنحاء المحافظة كافة إن لم تكفّ ميليشيات الفرقة "
        "الرابعة وإيران عن عملياتها العسكرية ضد الأحياء المحاصرة وترفع الحصار عنها.",
        [E("armed_clash", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=1), "2021-08-29", None, GOV,
           note="the Fourth Division's attempt to storm Daraa al-Balad from three axes and the clashes with the town's "
                "young men: the storming failed (no taking), the clashes happened: one armed clash; the outlet's "
                "lead; «أمس الأحد» on a Monday page is the 29th; the rejected demand to expel 50 people is its cause, "
                "no event (CALL: a coder could code the security committee's demand as a statement)"),
         E("shelling", Q("ما لا يقل عن 6", 6, None, True), PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=1), "2021-08-29",
           "سكان", GOV,
           note="the preparatory shelling of the besieged quarters and the residents' telling to Reuters of the "
                "shelling of the last opposition pocket that killed at least 6: one shelling the same day (the "
                "relayed source, stop 34)"),
         E("statement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=2), "2021-08-29",
           "اللجنة المركزية بريف درعا الغربي", FSA,
           note="the Central Committee's statement declaring general mobilisation in Hawran and threatening war "
                "across the province: a named body's call and threat (stop 32), placed at what it concerns (the "
                "besieged Daraa al-Balad); dated with the day's events")])

passage("md16", "2022-03-28", "Baladi News",
        "whole article: unknown gunmen kill a young civilian and wound his friend near Tasil, two killed in "
        "al-Sanamayn, one wounded in Nawa, February's assassinations toll | page: "
        "https://baladi-news.com/ar/articles/82600/اغتيال-شاب-ونجاة-آخر-في-درعا",
        "بلدي نيوز\n"
        "أردى مسلحون مجهولون شاباً مدنياً قتيلاً، فيما نجا آخر، في تسيل، إحدى بلدات الريف الغربي لدرعا جنوبي البلاد، ليل أمس الأحد "
        "(27 آذار/مارس).\n"
        "وذكرت مصادر إعلامية أن المسلحين صوّبوا نيرانهم مباشرة نحو شابين مدنيين قرب بلدة تسيل غرب درعا، فقُتل الشاب "
        "خالد الزعبي وجُرح رفيقه عمر المقداد.\n"
        "ووفق ما حصل عليه «تجمع أحرار حوران» من معلومات، يتحدر الشابان من مدينة طفس في الريف الغربي لدرعا، ولا ينتميان "
        "إلى أي جهة عسكرية، إذ يتاجر أحدهما بالدراجات النارية ويوزّع الآخر أسطوانات الغاز على المنازل.\n"
        "وفي يوم الأحد نفسه، أطلق مجهولون النار مباشرة على الشابين سليم الحريري ومهند البردان في مدينة الصنمين بريف "
        "درعا الشمالي، فأردوهما قتيلين في الحال.\n"
        "كما أصيب الشاب ياسر القداح فجر الأحد بجروح، إثر إطلاق مجهولين النار عليه في نوى، المدينة الواقعة في الريف الغربي لدرعا، ونُقل "
        "إلى المستشفى لتلقي العلاج.\n"
        "ولم تتوقف الاغتيالات في درعا منذ أن بسطت قوات الأسد وميليشيات إيرانية سيطرتها على المحافظة كاملة عام 2018، "
        "وقد خلّفت عمليات الاغتيال ومحاولاتها خلال شباط/فبراير الماضي 26 قتيلاً و10 جرحى، فيما نجا 8 أشخاص من محاولات "
        "استهدافهم.",
        [E("armed_clash", None, PL("تسيل", "Tasil", "Daraa"), "2022-03-27", "مصادر إعلامية", UNK,
           note="unknown gunmen shoot two young civilians near Tasil, one killed (a singular: no figure), one wounded: "
                "a killing by gunmen is an armed clash (stop 30); the media sources' sentence comes back to the "
                "lead's act; the Horan Free League's details of the victims add nothing"),
         E("armed_clash", None, PL("الصنمين", "Al-Sanamayn", "Daraa"), "2022-03-27", None, UNK,
           note="two young men shot dead by unknown gunmen in al-Sanamayn the same Sunday: a dual with names, no "
                "figure; a new incident in another place with no source: the outlet"),
         E("armed_clash", None, PL("نوى", "Nawa", "Daraa"), "2022-03-27", None, UNK,
           note="a young man wounded by unknown gunmen's fire in Nawa at dawn on Sunday: no figure (the injured are "
                "never the figure)"),
         E("armed_clash", Q("26", 26), PL("درعا", "Daraa", "Daraa", nth=5), "2022-02", None, UNK, kind="aggregate",
           note="February's toll of assassinations and attempts in Daraa (26 killed; the 10 wounded and 8 who "
                "survived no figure): a running toll naming one cause takes its type (stop 32), killings by unknown "
                "gunmen being armed clashes; the outlet's line; the province is the place")])

passage("md17", "2023-08-30", "i24news",
        "whole article: tribal fighters clash with the SDF in eastern Deir ez-Zor (SOHR's toll, an earlier lower "
        "toll), the SDF's arrest of the Deir ez-Zor Military Council's commander in Hasakah, the SDF's security "
        "operation | page: https://www.i24news.tv/ar/أخبار/middle-east/1693385656-سوري-مقتل-العشرات-خلال-اشتباكات-بين-قسد-ومسل-حين",
        "أوقعت مواجهات بين مقاتلين عشائريين عرب و«قوات سورية الديمقراطية» (قسد)، يوم أمس الثلاثاء، 22 قتيلاً بينهم "
        "ثلاثة مدنيين، فضلاً عن عشرات الجرحى، بريف دير الزور في شرق سورية، بينما أعلنت «قسد» مواصلة حملة أمنية بدأتها "
        "يوم الأحد، من غير أن تعلّق على ما جرى مؤخراً في دير الزور بعد توقيفها قادة من أبناء العشائر.\n"
        "وبحسب المرصد السوري لحقوق الإنسان، احتجزت «قسد»، التي يتزعمها مقاتلون أكراد، رئيس المجلس العسكري لدير الزور "
        "أحمد الخبيل، المعروف بأبي خولة، داخل مدينة الحسكة ليلة الأحد، فتصاعد التوتر حتى تحوّل إلى اشتباكات بين القوات ومسلحين "
        "من عشائر عربية محلية.\n"
        "وأوضح المرصد أن الاشتباكات دارت بين الطرفين في عدد من قرى ريف دير الزور الشرقي، فقُتل فيها ثلاثة مدنيين و16 "
        "من مسلحي العشائر وثلاثة من عناصر «قسد».\n"
        "وبيّن المرصد أن الضحايا المدنيين طفلتان وامرأة، علماً أن حصيلة أولى نشرها كانت قد تحدثت عن 13 قتيلاً من "
        "المقاتلين. ونقل عن مديره رامي عبد الرحمن أن المواجهات اندلعت بعدما هاجم المسلحون مواقع تابعة لـ«قسد».",
        [E("armed_clash", Q("22", 22), PL("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"),
           "2023-08-29", "المرصد السوري لحقوق الإنسان", TRIBES,
           note="the tribal fighters' clashes with the SDF: the lead's total of 22 dead of all sides (civilians, "
                "tribesmen and SDF its breakdown) is the figure (stop 30); SOHR's sentences come back to the lead's "
                "act and give the finer region; the earlier toll of 13 is superseded; the tribesmen attacked first "
                "(the director's telling), so they are the agent"),
         E("arrest", None, PL("الحسكة", "Al-Hasakah", "Al-Hasakah"), "2023-08-27", "المرصد السوري لحقوق الإنسان", SDF,
           note="the SDF detain the Deir ez-Zor Military Council's commander in Hasakah city on Sunday night (the "
                "lead's «توقيفها قادة» is the same arrest told vaguely): one arrest, a singular, no figure"),
         E("statement", None, None, "2023-08-29", "«قسد»", SDF,
           note="the SDF announce they go on with a security operation begun on Sunday: a named body's announcement "
                "(stop 32), no place named for it; CALL: a coder could read it as no event")])

passage("md18", "2023-09-02", "Al-Nour (Lebanon)",
        "whole article: intermittent clashes between tribal fighters and the SDF with an SDF curfew, the week's toll, "
        "background, the Akeidat sheikh's recalled call to arms; published inferred from the events (the Saturday a "
        "week into the clashes that began on 27 August 2023) | page: "
        "https://www-staging.alnour.com.lb/news/security/595430/اشتباكات-متقطعة-في-ريف-دير-الزور-بين-قسد-والعشائر",
        "شهدت مناطق في شرق سوريا، اليوم السبت، مواجهات بين مقاتلي العشائر و«قسد»، تزامناً مع إعلان الأخيرة حظراً للتجول "
        "في المنطقة.\n"
        "وكانت الاشتباكات قد اندلعت مطلع الأسبوع في بلدات بريف دير الزور الشرقي، إثر إقالة «قسد»، التي تدعمها "
        "واشنطن، رئيس المجلس العسكري لدير الزور.\n"
        "ويخيّم الهدوء على معظم المنطقة مع انحسار حدة القتال اليوم السبت، بينما تدور اشتباكات متقطعة في 3 قرى، وفق ما "
        "ذكرته مصادر محلية.\n"
        "وخلّفت المواجهات المستمرة منذ قرابة أسبوع 48 قتيلاً من مقاتلي الطرفين و6 قتلى من المدنيين.\n"
        "ويشكّل العرب الغالبية الساحقة من سكان محافظة دير الزور، التي تنتشر فيها عشرات العشائر العربية، فيما تسيطر "
        "«قسد» على الضفة الشرقية من نهر الفرات الذي يشطر المحافظة.\n"
        "وكانت العشائر السورية قد أعلنت النفير العام في القتال ضد «قسد» بدير الزور، حيث دعا إبراهيم عبود جدعان الهفل، "
        "كبير مشايخ العكيدات، «القبائل والعشائر كافة في ريف دير الزور» إلى رصّ الصفوف وتوحيد الموقف في وجه ما "
        "وصفه بالسياسات الممنهجة التي تستهدف أبناء العشائر «أسراً وقتلاً للأطفال والنساء»، قاصداً بذلك الحملة التي "
        "تشنها «قسد» هناك.",
        [E("armed_clash", None, PL("شرق سوريا", "Eastern Syria"), "2023-09-02", "مصادر محلية", TRIBES,
           note="the day's intermittent clashes in three unnamed villages: the lead's region is the only place "
                "given for them (the eastern Deir ez-Zor countryside is named for the week's start); the local "
                "sources' sentence comes back to the lead's clashes; three villages are no figure"),
         E("statement", None, PL("شرق سوريا", "Eastern Syria"), "2023-09-02", "«قسد»", SDF,
           note="the SDF declare a curfew in the area: a named body's decision (stop 32), placed at the lead's "
                "region"),
         E("armed_clash", Q("48", 48), PL("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"),
           None, None, TRIBES, kind="aggregate",
           note="the week's toll of the clashes: 48 fighters of both sides and 6 civilians, no total written: the "
                "first number is the figure; one cause, so the clash's type (stop 32); placed where the clashes "
                "broke out; the outlet's line; the recalled outbreak after the commander's dismissal is this "
                "week-long fighting (the dismissal no event)"),
         E("statement", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=3), None,
           "إبراهيم عبود جدعان الهفل", TRIBES,
           note="recalled: the tribes' general mobilisation, the Akeidat sheikh's call to unite against the SDF: a "
                "named person's call (stop 32), background, undated; placed at what it concerns")])

passage("md19", "2024-05-03", "Shashe",
        "whole article: an Israeli strike near Damascus wounds eight soldiers (SANA's military source), Suwayda 24 on "
        "the site hit, SOHR placing it at an intelligence training centre near Najha, drones and further blasts | "
        "page: http://www2.shashe.net/news/97420/18/?title=إصابة_8_جنود_سوريين_في_غارة_إسرائيلية_على_مشارف_دمشق",
        "جُرح ثمانية جنود سوريين في غارة نفّذها سلاح الجو الإسرائيلي على مواقع في محيط العاصمة دمشق، وألحق الهجوم "
        "أيضاً أضراراً مادية، وفق ما ذكره مصدر عسكري سوري.\n"
        "ونقلت الوكالة السورية الرسمية للأنباء عن المصدر قوله إن «العدو الإسرائيلي» شنّ عند نحو الساعة 22:05 من مساء "
        "الثاني من أيار/مايو 2024 هجوماً جوياً انطلاقاً من الجولان السوري المحتل، استهدف موقعاً في محيط دمشق، ما أسفر "
        "عن جرح ثمانية عسكريين وخسائر مادية.\n"
        "وأفادت شبكة «السويداء 24» بأن سيارات إسعاف كثيرة هُرعت نحو الموقع المستهدف إلى الشرق من طريق دمشق–السويداء، "
        "وهو مبنى مدرسة أمن الدولة، مشيرة إلى معلومات عن إصابته بثلاثة صواريخ إسرائيلية.\n"
        "في المقابل، تحدث المرصد السوري لحقوق الإنسان عن دويّ انفجارات في الريفين الجنوبي والجنوبي الغربي لدمشق، سببه "
        "قصف إسرائيلي طال مركز تدريب تابعاً للمخابرات العامة، وضع حزب الله اللبناني يده عليه عام 2014 وجعله "
        "مقراً ومعتقلاً، بالقرب من بلدة نجها في ريف دمشق.\n"
        "وتابع المرصد أن مسيّرات إسرائيلية حلّقت في أجواء المنطقة بالتزامن مع الانفجارات، فيما دوّت انفجارات أخرى في "
        "الجنوب الغربي من ريف دمشق، قرب الحدود الإدارية لمحافظة القنيطرة.",
        [E("airstrike", None, PL("نجها", "Najha", "Rif Dimashq"), "2024-05-02", "مصدر عسكري سوري", ISR,
           note="one Israeli strike near Damascus on the evening of 2 May: eight soldiers wounded (injured, never the "
                "figure; three missiles in Suwayda 24's telling are no count the text gives for the act as such); "
                "the most specific place is SOHR's «near the town of Najha» (the State Security school and the "
                "training centre are the same site, unlisted); SANA's and the networks' tellings are the same "
                "strike; the other blasts near Quneitra's line are heard, no act told: not coded"),
         ])

passage("md20", "2025-11-27", "Al-Shorouk",
        "whole article: a curfew in al-Sheikh Maskin after a shooting inside a shop (state TV relaying the internal "
        "security directorate), its hours and aim, the governorate's appeal, context; published is the page's date line "
        "(27 November 2025, the Thursday; its address carries the 26th) | page: "
        "https://www.shorouknews.com/news/view.aspx?cdate=26112025&id=23cbde69-d3ae-4e19-9ba5-23c802842734",
        "فرضت السلطات السورية حظراً للتجوال في مدينة الشيخ مسكين بمحافظة درعا، جنوب غربي البلاد، امتد من مساء الأربعاء "
        "حتى صباح الخميس، إثر إطلاق نار وقع داخل متجر، وفق وسائل إعلام رسمية.\n"
        "وقالت قناة «الإخبارية السورية» الحكومية إن مديرية الأمن الداخلي بمنطقة إزرع التابعة لمحافظة درعا أعلنت حظر التجوال "
        "في الشيخ مسكين بعد إطلاق نار جرى داخل محل تجاري في المدينة.\n"
        "وبيّنت القناة أن الحظر يسري من الساعة السابعة مساءً إلى السابعة صباحاً، صوناً للأمن والنظام العام.\n"
        "ونقلت عن الجهة ذاتها أن قرار الحظر تدبير احترازي مؤقت، الغاية منه تفادي أي توتر قد يمسّ أمن الأهالي، ويتزامن مع "
        "ملاحقة مطلق النار، تمهيداً لاعتقاله وإحالته إلى القضاء.\n"
        "ودعت محافظة درعا، بحسب القناة، السكان إلى التقيد الكامل بالحظر والتعاون مع عناصر الأمن الداخلي، صوناً "
        "لاستقرار المدينة وحمايةً لأهلها إلى حين انتهاء الإجراءات الأمنية.\n"
        "وتعمل الإدارة السورية الجديدة على ضبط الأمن في أنحاء البلاد، منذ أن أُطيح بنظام بشار الأسد في 8 كانون "
        "الأول/ديسمبر 2024، بعد أن حكم 24 عاماً.",
        [E("statement", None, PL("الشيخ مسكين", "Al-Sheikh Maskin", "Daraa"), "2025-11-26",
           "مديرية الأمن الداخلي بمنطقة إزرع", NEWGOV,
           note="the internal security directorate's curfew on the town: a named body's decision (stop 32); the "
                "state channel relays it (the relayed body is the source, stop 34); its hours and aim and the "
                "pursuit of the gunman are its telling; the fall of Assad is context, not coded (as lz20)"),
         E("armed_clash", None, PL("الشيخ مسكين", "Al-Sheikh Maskin", "Daraa"), "2025-11-26",
           "قناة «الإخبارية السورية»", UNK,
           note="a shooting inside a shop in the town by a gunman the security forces pursue: a shooting by an "
                "unknown armed person is an armed clash (stop 30), no dead or wounded told; CALL: with no victim "
                "told a coder could leave it uncoded; the state channel's sentence tells it"),
         E("statement", None, PL("الشيخ مسكين", "Al-Sheikh Maskin", "Daraa"), "2025-11-26", "محافظة درعا", NEWGOV,
           note="the governorate's appeal to the residents to keep the curfew: a named body's call (stop 32), "
                "wherever the item tells it; CALL: a coder could fold it into the curfew")])

passage("md21", "2025-04-09", "Qasioun",
        "whole article: an internal security raid campaign in a Homs quarter with arrests, context, a recalled arrest "
        "of a former political security member, an earlier arrest operation in al-Houla | page: "
        "https://mail.qasioun-news.com/ar/articles/82875/حملة-أمنية-في-حمص-تطارد-فلول-النظام-المخلوع",
        "حملة أمنية تلاحق فلول النظام المخلوع في حمص\n"
        "شنّت قوى الأمن الداخلي، المرتبطة بوزارة الداخلية السورية، في صباح يوم الأربعاء 9 نيسان/أبريل 2025، حملة أمنية واسعة في "
        "حي المهاجرين داخل مدينة حمص، طاولت فلول النظام المخلوع. وذكرت مصادر محلية أن الحملة انتهت باعتقال عدد من الأشخاص "
        "يُشتبه في ارتباطهم بأجهزة النظام البائد، لإحالتهم إلى التحقيق في اتهامات بأعمال تخريب وانتهاكات ماضية. "
        "وداهمت القوات خلال العملية بيوت المشتبه بهم، ثم انسحبت بعد أن أنجزت مهمتها.\n"
        "وتندرج هذه الحملة في إطار عمليات أمنية متلاحقة تنفذها السلطات السورية الجديدة في مدينة حمص وريفها بحثاً عن بقايا "
        "النظام الذي انهار في كانون الأول/ديسمبر 2024. وفي السياق، كانت إدارة الأمن العام بمحافظة حمص قد قبضت مؤخراً "
        "على وائل الشيخ، الذي عمل سابقاً في فرع الأمن السياسي، متهمةً إياه بارتكاب انتهاكات ضد المدنيين. ووفق مصدر خاص تحدث "
        "إلى تلفزيون سوريا، فإن الشيخ، الذي خدم في محافظات عدة منها حمص ودرعا وحلب، شارك في تنفيذ إعدامات ميدانية في أثناء سنوات "
        "الثورة، استناداً إلى شهادات السكان.\n"
        "وفي عملية ثانية نُفذت في 6 نيسان الجاري، ألقى جهاز الأمن الداخلي القبض على عدد من المتعاونين مع النظام "
        "السابق بمنطقة الحولة في ريف حمص، بينهم رامي العلي ونادر العلي وفادي الخطيب الملقب بأبو الورد.",
        [E("arrest", None, PL("المهاجرين", "Al-Muhajirin", "Homs"), "2025-04-09", "مصادر محلية", NEWGOV,
           note="the raid campaign in al-Muhajirin quarter of Homs ends with several arrests («عدد من»: no figure); the "
                "local sources' sentence comes back to the lead's campaign (stop 30); the house raids are the same "
                "act; the string of campaigns in Homs and its countryside is a habit, no event"),
         E("arrest", None, PL("حمص", "Homs", "Homs", nth=3), None, None, NEWGOV,
           note="recalled: the general security's arrest of a former political security member in Homs province "
                "(«مؤخراً», no day; one man, no figure): the outlet's recall («كانت … قد», stop 30), the private "
                "source's next sentence tells his past, not the arrest; his past field executions are a habit over "
                "years with no place of their own: not coded"),
         E("arrest", None, PL("الحولة", "Al-Houla", "Homs"), "2025-04-06", None, NEWGOV,
           note="another operation on 6 April: collaborators of the old regime arrested in al-Houla; a list of "
                "names gives no figure; the outlet's line")])


def main() -> None:
    write("gold129.jsonl", P129)


if __name__ == "__main__":
    main()
