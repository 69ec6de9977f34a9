"""Build gold103.jsonl: held-out set 103 (ids ld01…), written in stop 38 by writer w103 BEFORE any run on it.

WHOLE ARTICLES, paraphrased from real pages: each passage is the paraphrase of ONE whole real news page found in
the search tool's `pages` corpus (queried in Arabic): its headline line, lead, details, the other side's telling,
background and the glued extras the page had (a repeated headline, «read also» lines, a byline, a dateline).
Years 2011-2025, eleven of the 21 pages from 2017-2022; 20 outlets (Moroccan, Egyptian, Gulf, Palestinian,
Yemeni, Kurdish and Syrian opposition sites, a monitor's own site, an Egyptian agency relay); subjects: a campus
protest and a city sealed off, a day's toll with a regiment shelled and a defection, generals defecting to
Turkey with a running total, checkpoints taken, an evacuation under a deal, barrel bombs on a list of quarters,
kidnappings for ransom and a counter-kidnapping, an advance on Raqqa with a mine, a claim and the other side's
claim, a siege toll since a date, Russian and government strikes over many villages, Islamic State attacks with
recalls, half-year, monthly and since-2011 tallies, a raid campaign with recalled raids, an Israeli strike told
by two sources with the year's count, an attack on the new security forces, a siege with arrests and deaths by
hunger.
The page's incidents, their order, places, figures (digits or words as the page wrote them), dates and day
words, actors, sources and the way it attributes them, hedges, recalls and background are kept; every sentence
was rewritten (no run of five words, names aside, is shared with the page: checked by script against the page
text, kept outside the repository); private people's names were changed. The page's address is in each
passage's `style`; where the page shows no date, the publication date was inferred from the events it reports
(said in `style`). Gold follows news_dev's README and the events_probe README's conventions of stops 28, 30,
32 and 34; a group (one act told over a list of places) is coded as one event at the first place. Offsets are
computed by build.build and checked.

    python benchmarks/data/events_probe/build103.py      # rewrites gold103.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P103: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P103.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("ld01", "2011-04-12", "Al-Alam (Morocco, via Maghress)", "a campus protest told by four agencies' "
        "witnesses, a death claimed and denied, a coastal city sealed off "
        "| page: https://maghress.com/alalam/40244",
        "احتجاج طلابي في حرم جامعة دمشق وطوق أمني حول بانياس\n"
        "تجمّع مئات من طلاب جامعة دمشق، أمس، داخل حرمهم الجامعي معلنين وقوفهم إلى جانب من سقطوا في الاحتجاجات "
        "التي تشهدها درعا، وتحدث ناشطون عن مقتل واحد من المحتجين، وهو ما كذّبته السلطات. وتزامن التجمع مع إطباق "
        "قوات الأمن على بانياس، المدينة الساحلية التي ودّعت عدداً من أبنائها ممن لقوا حتفهم في مواجهات جرت قبل "
        "ذلك.\n"
        "وأوردت رويترز عن ناشط سياسي أن رسائل قصيرة وصلته على جواله تقول إن رجال الأمن أردوا طالباً وطوّقوا "
        "الجامعة، لكن صحيفة محسوبة على الحكومة كتبت على صفحتها في فيسبوك أن الأمن أمسك بزمام ما سمّته "
        "«الانفلات»، مؤكدة أن أحداً لم يُقتل. ونسبت أسوشيتد برس إلى شهود أن عناصر أمنية بثياب مدنية انهالت على "
        "الطلبة ضرباً داخل الحرم واقتادت بعضهم. وقال شهود لفرانس برس إن المحتشدين قبالة كلية العلوم رددوا "
        "هتافات بينها «الشعب السوري واحد»، ومنها أيضاً «الله سوريا حرية وبس»، فيما ردّ عليهم طلبة موالون ينتمون إلى حزب "
        "البعث، المهيمن على الجامعة، بهتافات تصفهم بأنهم أدوات في يد واشنطن.\n"
        "وفي بانياس، روى سكان أن عناصر الأمن شدّدوا قبضتهم على المدينة.",
        [E("protest", Q("مئات", 200, 900, True), PL("دمشق", "Damascus", "Damascus"), "2011-04-11", None, PROT,
           note="the campus is placed at its city (landmark convention); the crowd is the figure. The student "
                "said killed (activists, Reuters' activist) and denied by a pro-government paper gives no number; "
                "the beating and arrests inside the campus are part of the protest (one event). Source: the "
                "outlet tells the lead itself; Reuters, AP and AFP relay other tellings of the same protest"),
         E("reinforcement", None, PL("بانياس", "Baniyas", "Tartus"), "2011-04-11", None, GOV,
           note="CALL: security forces closing in on and sealing the city, told twice (lead and last line): coded "
                "as a deployment (reinforcement, as set 73 je01 codes the army deploying in Latakia); a second "
                "coder could code `other` (a siege) or nothing. The funerals of earlier dead are background")])

passage("ld02", "2012-04-14", "Akhbar El Yom (via Masress), relaying Al Jazeera and SNHR",
        "a day's national toll, then a regiment shelled, a defection, a party's threat, a road taken "
        "| page: https://www.masress.com/akhbarelyomgate/156240",
        "أعلنت الشبكة السورية لحقوق الإنسان أنها أحصت 111 قتيلاً سقطوا في أنحاء سوريا يوم الجمعة 13 نيسان/أبريل، "
        "منهم ثمانية أطفال وثلاث نساء وأربعة فارقوا الحياة تحت التعذيب، فضلاً عن 41 مقاتلاً من الجيش الحر سقط "
        "أغلبهم في دمشق وريفها وفي حلب وحمص.\n"
        "وبحسب ما بثّته قناة الجزيرة يوم السبت نقلاً عن الشبكة، وسّع مقاتلو الجيش السوري الحر نطاق هجماتهم في "
        "مدينة القامشلي التابعة لمحافظة الحسكة في أقصى الشمال الشرقي. وذكرت الشبكة أن المقاتلين صبّوا قذائفهم "
        "على مقر الفوج 154 إلى الجنوب من القامشلي، وضربوا كذلك مطار المدينة، بينما ترك قرابة خمسين جندياً "
        "الفوج معلنين انشقاقهم والتحاقهم بصفوف الحر.\n"
        "في المقابل، أصدر حزب الاتحاد الديمقراطي الكردستاني بياناً رفض فيه أن تطأ عناصر الجيش الحر القامشلي، "
        "متوعداً بالتصدي لهم إن هم اقتحموا المدينة.\n"
        "ويتزامن ذلك مع تجدد المعارك بين فصائل الثوار وجيش النظام في حلب، وتصعيد القوات النظامية قصفها لمناطق "
        "شتى من البلاد. وفي محيط حي الليرمون بحلب، اندلعت مواجهات جديدة بين مقاتلي الكتائب والقوات النظامية، "
        "أدت إلى هروب عشرات الجنود وبسط الجيش الحر سيطرته على الطريق الذي يربط الليرمون بمنطقة الجندول.",
        [E("casualties", Q("111", 111), None, "2012-04-13", "الشبكة السورية لحقوق الإنسان", kind="aggregate",
           note="a national day toll naming no act; children, women, torture deaths and the 41 FSA fighters are "
                "its breakdown (read as inside the 111: «فضلاً عن» could also be read as added, a coder's call); "
                "the cities of the fighters' deaths are a breakdown, not places"),
         E("shelling", None, PL("الفوج 154", "154th Regiment base", "Al-Hasakah"), "2012-04-14", "الشبكة", FSA,
           note="the regiment's base (a named base is the place) and the airport in one sentence: one act over two "
                "targets (group), coded at the first. Relayed by Al Jazeera from the network: the network is the "
                "source. No day: dated by publication (stop 34)"),
         E("defection", Q("قرابة خمسين", 50, approx=True), PL("الفوج 154", "154th Regiment base", "Al-Hasakah"),
           "2012-04-14", "الشبكة", GOV,
           note="the soldiers left the regiment they served in: its base is the place; same sentence, the network"),
         E("statement", None, PL("القامشلي", "Qamishli", "Al-Hasakah"), "2012-04-14",
           "حزب الاتحاد الديمقراطي الكردستاني", None,
           note="a party's refusal and threat to confront the FSA, its own matter: a statement (stop 32); the "
                "place it concerns is the city"),
         E("territory_change", None, PL("الليرمون", "Al-Layramoun", "Aleppo"), "2012-04-14", None, FSA,
           note="clashes, regime troops fleeing and the FSA taking the road to al-Jandoul: one incident, a taking; "
                "«عشرات» who fled are not its figure. The general «renewed fighting in Aleppo» and the regime's "
                "shelling «of various areas» name no incident of their own: not coded")])

passage("ld03", "2012-08-07", "Emarat Al Youm (UAE), relaying Anadolu and AFP",
        "a general and officers reach Turkey; a running total of senior officers; refugees; a recalled defection "
        "| page: https://emaratalyoum.com/politics/news/2012-08-07-1.503483?ot=ot.AMPPageLayout",
        "لواء منشق يعبر إلى تركيا\n"
        "نقلت وكالة الأناضول التركية، أمس، أن ضابطاً سورياً آخر برتبة لواء عبر إلى تركيا كي يلتحق "
        "بصفوف المعارضة المسلحة، يرافقه خمسة ضباط من ذوي الرتب العليا وما يزيد على 30 جندياً. وأشارت الوكالة "
        "إلى أن ما يزيد على 400 من المدنيين السوريين، غالبيتهم نساء وأطفال، كانوا برفقة العسكريين.\n"
        "وبهذا الوصول يبلغ عدد الضباط السوريين من ذوي الرتب الكبيرة ممن احتموا بالأراضي التركية 31 ضابطاً منذ اندلاع "
        "الاحتجاجات في آذار/مارس من العام الفائت.\n"
        "لكن مسؤولاً تركياً أوضح لوكالة فرانس برس، من دون أن يفصح عن العدد الدقيق للضباط المقيمين حالياً في "
        "تركيا، أن قسماً من المنشقين رجعوا إلى سوريا ليقاتلوا مع المعارضة. وخلال الأشهر الماضية دأب مئات "
        "العسكريين على اجتياز الحدود يومياً، وغالباً بصحبة ضباط، للالتحاق بصفوف الجيش الحر. وتؤوي تركيا "
        "في مخيمات على مقربة من حدودها 46500 لاجئ هربوا من العنف في بلادهم، بينما يقيم المنشقون في مخيم مستقل "
        "تحيطه حراسة مشددة.\n"
        "وكانت الأناضول قد ذكرت أول من أمس أن اللواء محمد أحمد فارس، رائد الفضاء السوري، لجأ إلى تركيا إثر "
        "إعلانه الانشقاق عن نظام بشار الأسد، وأنه مرّ قبل عبوره بمقر قيادة الجيش الحر في حلب ليعلن تضامنه مع "
        "المقاتلين هناك.",
        [E("defection", None, PL("تركيا", "Turkey", None, "Turkey", nth=1), "2012-08-06", "وكالة الأناضول التركية",
           GOV,
           note="FIGURE CALL: a general «with five senior officers and more than 30 soldiers»: a singular joined to "
                "numbers gives no total (stop 34), so no figure. An arrival abroad told as the defection keeps the "
                "arrival place (stop 28/29); dated by the report's «أمس» (the arrival has no day of its own); "
                "the 400 civilians with them are not defectors"),
         E("defection", Q("31", 31), None, "2012-08-06", "وكالة الأناضول التركية", GOV, kind="aggregate",
           note="running total of senior officers who sheltered in Turkey since March 2011: residence abroad, no "
                "place (stop 28); «وبهذا الوصول يبلغ» goes on with Anadolu's report"),
         E("other", Q("46500", 46500), None, None, None, kind="aggregate",
           note="refugees hosted in camps in Turkey: a displacement figure (as news_dev codes refugee counts), no "
                "place (residence abroad); the outlet's own background. Not coded: officers returning to fight "
                "and soldiers crossing daily (no incident, a habit)"),
         E("defection", None, PL("تركيا", "Turkey", None, "Turkey", nth=5), "2012-08-05", "الأناضول", GOV,
           note="a recalled defection of a named general two days before; arrival abroad is the place (he passed "
                "through the FSA's Aleppo headquarters on the way, not the defection's place)")])

passage("ld04", "2013-06-15", "Al-Jazirah (Saudi Arabia, via Sauress)",
        "a checkpoint taken after a four-day siege with the other side's toll from a second source, earlier "
        "takings recalled, clashes and shelling in Daraa | published date inferred from the address and events; "
        "page: https://sauress.com/aljazirah/1306153218",
        "قال مصدر عسكري من الجيش السوري الحر إن مقاتليه باتوا يسيطرون على ثلاثة من المداخل الرئيسية لمدينة إدلب "
        "في شمال البلاد. وأوضح المصدر أن الحر استولى على حاجز الإسكان العسكري عقب مواجهات مع القوات النظامية "
        "أوقعت قتلى ومصابين في صفوف الجانبين، ليصبح الحاجز الثالث الذي ينتزعه عند أبواب المدينة، الأمر الذي "
        "يمهّد الطريق لدخول إدلب الخاضعة لسلطة النظام. وأشار إلى أن المقاتلين فرضوا طوقاً على الحاجز طوال ما "
        "يقارب 4 أيام قبل أن يتمكنوا اليوم من اقتحامه. وكان الحر قد انتزع في وقت سابق حاجزين آخرين عند مداخل "
        "المدينة المتاخمة للحدود التركية، والتي يشكل السنّة الغالبية الساحقة من سكانها.\n"
        "أما لجان التنسيق المحلية فتحدثت عن سقوط ما يزيد على 400 قتيل من الشبيحة وعناصر «حزب نصر الله» ومقاتلي "
        "النظام في المعركة التي دارت حول حاجز الإسكان.\n"
        "وفي الجنوب، ذكر المرصد السوري لحقوق الإنسان أن مواجهات اندلعت بين مسلحي الكتائب والقوات النظامية على "
        "الطرف الشرقي من بلدة إنخل في ريف درعا، ترافقت مع قصف القوات النظامية للبلدة. وأضاف المرصد أن القذائف "
        "طالت أيضاً بلدة أم المياذن في الريف ذاته، إلى جانب حيي درعا البلد وطريق السد في مدينة درعا، كما شنّت "
        "طائرة حربية غارة على أحد المباني في المدينة.",
        [E("territory_change", Q("ما يزيد على 400", 400, None, True), PL("إدلب", "Idlib", "Idlib"), "2013-06-15",
           "مصدر عسكري من الجيش السوري الحر", FSA,
           note="FIGURE CALL: the FSA source gives no number for the dead of both sides; the LCC's «more than 400» "
                "is another telling of the same battle, the only figure the text writes (stop 34: one incident "
                "with two sources, the first figure). The checkpoint is not a listed site: placed at the city (as "
                "set 73 je07). The «three entrances» total equals this taking plus the two recalled: no event"),
         E("territory_change", None, PL("إدلب", "Idlib", "Idlib", nth=1), None, "مصدر عسكري من الجيش السوري الحر", FSA,
           note="the two checkpoints taken earlier (a recall with no day: undated); the source's own telling goes "
                "on («وكان الحر قد»: a recall inside his account, a coder could give the outlet)"),
         E("armed_clash", None, PL("إنخل", "Inkhil", "Daraa"), "2013-06-15", "المرصد السوري لحقوق الإنسان", FSA,
           note="clashes with shelling of the same town in the same sentence: one incident (a second coder could "
                "code the shelling apart). No day: dated by publication"),
         E("shelling", None, PL("أم المياذن", "Umm al-Mayadhin", "Daraa"), "2013-06-15", "المرصد", GOV,
           note="shells on a town and two quarters of Daraa city: one act over a list (group), at the first; "
                "«وأضاف المرصد»"),
         E("airstrike", None, PL("درعا", "Daraa", "Daraa", nth=2), "2013-06-15", "المرصد", GOV,
           note="a warplane's raid on a building in the city (Daraa city, just named); same report")])

passage("ld05", "2014-05-08", "Al-Ahram (Egypt, via Masress)",
        "an evacuation under a UN-supervised deal, told by the governor (via SANA), an opposition negotiator and SOHR "
        "| page: https://www.masress.com/ahram/1284854",
        "أكدت مصادر رسمية وأخرى معارضة في سوريا انطلاق أول دفعة من المسلحين المغادرين لأحياء حمص القديمة، التي "
        "يطوقها الجيش منذ ما يزيد على عامين، تنفيذاً لاتفاق أبرمه الجانبان تحت إشراف الأمم المتحدة. ونسبت وكالة "
        "«سانا» الرسمية إلى محافظ حمص طلال البرازي قوله إن مسار التسوية والمصالحة ينطلق بالتوازي مع خروج "
        "المسلحين، بهدف إخلاء حمص من السلاح وحامليه، لافتاً إلى مساعٍ لتوسيع العملية كي تطال أحياء المدينة كافة "
        "لا القديمة وحدها. وأضاف البرازي أن الجيش سيتولى، فور مغادرة المسلحين، تمشيط المنطقة ونزع العبوات "
        "والألغام وإزالة الحواجز الترابية.\n"
        "من جهته، صرّح قيادي معارض ممن شاركوا في المفاوضات بأن ثلاث حافلات غادرت حمص القديمة وعلى متنها 120 "
        "شخصاً، هم مدنيون ومقاتلون بعضهم جرحى. كما ذكر المرصد السوري لحقوق الإنسان أن حافلتين تقلان عناصر من "
        "كتائب إسلامية وأخرى مقاتلة ومن جبهة النصرة بدأتا التحرك نحو بلدة الدار الكبيرة، موضحاً أن وصولهم إليها "
        "سيقابله في الوقت ذاته إطلاق سراح دفعة من المخطوفين والأسرى المحتجزين من أهالي بلدتي نبل والزهراء.",
        [E("other", Q("120", 120), PL("حمص القديمة", "Old Homs", "Homs"), "2014-05-08", "قيادي معارض", FSA,
           note="the evacuation (first batch) told by official and opposition sources, a negotiator and SOHR: one "
                "event; the figure is the first number of evacuees (the negotiator's 120); al-Dar al-Kabira is the "
                "destination. No day word: dated by publication (the exit was the day before in reality)"),
         E("statement", None, PL("حمص", "Homs", "Homs", nth=2), "2014-05-08", "محافظ حمص طلال البرازي", GOV,
           note="the governor's announcement that settlement and reconciliation start with the exit and will widen "
                "to all of Homs: an official's decision (stop 32); relayed by SANA, the governor is the source. "
                "The army's combing after the exit and the release of abductees of Nubl and Zahraa are future: "
                "not coded")])

passage("ld06", "2016-07-21", "Kuluna Shuraka (All4Syria)", "barrel bombs on a list of Aleppo quarters, a day's "
        "total equal to its parts, a local centre's telling, a glued «read also» "
        "| page: https://all4syria.microsyria.com/g3597",
        "براميل المروحيات تحصد 23 مدنياً في أحياء حلب\n"
        "لقي ما لا يقل عن 23 مدنياً حتفهم وجُرح عشرات غيرهم، اليوم الخميس، في 21 تموز/يوليو، حين أسقطت المروحيات "
        "براميل متفجرة على عدد من أحياء حلب.\n"
        "وذكر مركز حلب الإعلامي أن برميلين ألقتهما مروحية على حي الصالحين قتلا 15 مدنياً وأوقعا جرحى، وألحقا "
        "دماراً بمسجد عبد القادر الجيلاني القائم في الحي. وقد أعلنت الإدارة العامة للخدمات وفاة ثلاثة من عامليها في "
        "قصف الصالحين ذاته بينما كانوا يؤدون أعمال صيانة وإصلاح هناك، وهم وليد شيخ عمر ورامي حدّاد ومصطفى قاسم.\n"
        "وفي حي المشهد، أودت البراميل التي رمتها المروحيات بحياة ثمانية مدنيين وخلّفت مصابين بينهم نساء وأطفال.\n"
        "وطال برميلان آخران مبنى الطبابة الشرعية في المدينة فأخرجاه من الخدمة، فيما سقطت براميل أخرى على منطقة "
        "الشيخ نجار في شرق حلب وعلى حي باب النيرب موقعة جرحى وأضراراً في الممتلكات. أما حيّا أرض الحمرا "
        "والكلاسة فاستهدفتهما غارات نفذتها طائرات حربية، وأصيب جراءها عدد من المدنيين.\n"
        "اقرأ أيضاً: عشرات القتلى في صفوف قوات النظام",
        [E("airstrike", Q("15", 15), PL("الصالحين", "Al-Salihin", "Aleppo"), "2016-07-21", "مركز حلب الإعلامي", GOV,
           note="the day's 23 equals Salihin's 15 plus Mashhad's 8: no event of its own (stop 34); the three "
                "workers are told as dead in the same strike (inside the 15 or not, a breakdown either way); the "
                "mosque is damage"),
         E("airstrike", Q("ثمانية", 8), PL("المشهد", "Al-Mashhad", "Aleppo"), "2016-07-21", "مركز حلب الإعلامي", GOV,
           note="a further act of the kind the centre's report told: its source carries (stop 30)"),
         E("airstrike", None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2016-07-21", "مركز حلب الإعلامي", GOV,
           note="two barrels on the forensic medicine building: a building inside the city, placed at the city; "
                "«برميلان» is a dual, no figure"),
         E("airstrike", None, PL("الشيخ نجار", "Sheikh Najjar", "Aleppo"), "2016-07-21", "مركز حلب الإعلامي", GOV,
           note="barrels on Sheikh Najjar and Bab al-Nairab: one act over two places (group), at the first"),
         E("airstrike", None, PL("أرض الحمرا", "Ard al-Hamra", "Aleppo"), "2016-07-21", "مركز حلب الإعلامي", GOV,
           note="warplanes' raids on two quarters (group), at the first; only wounded, no figure. The «read also» "
                "line is another article: not coded")])

passage("ld07", "2017-04-23", "Al-Masdar (via Micro Syria)", "three kidnappings for ransom in 48 hours and a "
        "counter-kidnapping, a local network's telling | page: https://microsyria.com/2017/04/23/بمعدّل-مخطوفٍ-كلّ-يومٍ-أرقامٌ-فلكية/",
        "مخطوف كل يوم في السويداء… وفديات بعشرات الملايين\n"
        "أفاد ناشطون من محافظة السويداء، الخاضعة لسيطرة النظام، بأن خاطفي الشيخ نايف الحمود اشترطوا لإطلاقه فدية "
        "تبلغ 20 مليون ليرة، وذلك بعد أن اختُطف في بلدة الثعلة الواقعة في ريف المحافظة الغربي، في حين طلبت الجهة "
        "التي خطفت الشاب سامر العقباني 40 مليون ليرة سورية ثمناً لحريته.\n"
        "وبحسب ما كشفته شبكة «السويداء 24»، خطف مجهولون الشيخ يوم السبت، وبعد قرابة 24 ساعة من غيابه تلقى ذووه "
        "اتصالاً من طرف لم يعرّف بنفسه أعلن مسؤوليته عن العملية وطلب 20 مليون ليرة، قبل أن يهبط المبلغ إلى 10 "
        "ملايين إثر التفاوض.\n"
        "وتابعت الشبكة أن أهل الشاب، الذي خُطف يوم الجمعة، تلقوا بدورهم اتصالاً من شخص أقرّ بخطفه وطالب بأربعين "
        "مليون ليرة، فردّ أقارب له باختطاف ثلاثة مدنيين من أبناء محافظة درعا، غير أن وجهاء قرية الطيرة، مسقط رأس "
        "الشاب، سارعوا إلى التدخل وأخلوا سبيل الثلاثة لعدم ثبوت هوية الخاطفين حتى الآن.\n"
        "وفي حادثة ثالثة خلال 48 ساعة في المحافظة، أقدم مجهولون صباح اليوم على خطف شخص آخر.",
        [E("arrest", None, PL("الثعلة", "Al-Thaala", "As-Suwayda"), "2017-04-22", "شبكة «السويداء 24»", UNK,
           note="abductions are `arrest` (as sets 73 and 79); the network's sentence tells it most fully (the lead's "
                "activists are another telling); one person, no figure; the ransom is money, not a count"),
         E("arrest", None, PL("السويداء", "As-Suwayda Governorate", "As-Suwayda", nth=1), "2017-04-21", "الشبكة", UNK,
           note="the young man's abduction: the text gives no place but the governorate (his village al-Tira is "
                "his origin, not the place)"),
         E("arrest", Q("ثلاثة", 3), PL("السويداء", "As-Suwayda Governorate", "As-Suwayda", nth=1), "2017-04-23",
           "الشبكة", UNK,
           note="relatives' counter-kidnapping of three Daraa civilians, freed by the notables: one event (the "
                "release is its end); no place but the governorate; undated in the text, dated by publication"),
         E("arrest", None, PL("السويداء", "As-Suwayda Governorate", "As-Suwayda", nth=1), "2017-04-23", None, UNK,
           note="the third abduction this morning: the outlet's own closing line (no source). The headline's «one "
                "kidnapped a day» is a rate, not an event")])

passage("ld08", "2017-05-13", "Al-Watan (Bahrain), relaying Al Jazeera and Al-Arab/Asharq Al-Awsat",
        "an advance on Raqqa, a mine, a claim of coalition strikes by the other side's agency, a claimed clash, an "
        "announcement, glued source and related headline | published date inferred from the events and the glued "
        "headline's date; page: https://alwatannews.net/ampArticle/714517",
        "قالت مصادر، استناداً إلى موقع قناة «الجزيرة» القطرية، إن ما يعرف بقوات «سوريا الديمقراطية»، التي تمثل "
        "وحدات حماية الشعب الكردية عصبها الرئيسي، صارت على مسافة 20 كيلومتراً من مدينة الرقة في شمال سوريا. "
        "وصرّحت رشدة فلات، التي تقود حملة «غضب الفرات» التابعة لهذه القوات، بأن مقاتليها باتوا على وشك إحكام "
        "الطوق حول الرقة من كل الجهات. وبيّنت المصادر أن هذه القوات انتزعت من مسلحي تنظيم «داعش»، بعد مواجهات، "
        "قرية الأنصار، ومعها مركز اتحاد الفلاحين، ثم معمل غزل القطن، إلى جانب قرى ومزارع تقع شمالي المدينة.\n"
        "وفي سياق متصل، أفادت المصادر ذاتها بمقتل 4 أشخاص، منهم طفلان، بانفجار لغم في الريف الشمالي للرقة. "
        "أما وكالة «أعماق» الناطقة باسم التنظيم فزعمت أن 7 أطفال لقوا حتفهم وأصيب ما يزيد على 45 آخرين، أغلبهم "
        "من النساء والأطفال، في قصف أمريكي بالطائرات والمدفعية على قريتي شنينة ومزرعة الرشيد في الريف ذاته. "
        "وكان التنظيم قد أعلن قبل ذلك قتله 3 من عناصر «سوريا الديمقراطية» في مواجهات بريفي الرقة الشمالي "
        "والشرقي. وكانت قوات سوريا الديمقراطية قد أعلنت يوم الجمعة أن عملية استعادة الرقة، كبرى معاقل التنظيم "
        "في البلاد، ستبدأ مع مطلع الصيف القادم.\n"
        "العرب - الشرق الأوسط\n"
        "المقاتلون الأكراد على مشارف الرقة",
        [E("territory_change", None, PL("الأنصار", "Al-Ansar", "Raqqa"), "2017-05-13", "المصادر", SDF,
           note="a village, two sites and farms north of the city taken: one act over a list (group), at the "
                "first; no day: dated by publication. The 20 km distance and the commander's «about to encircle» "
                "are a state and a claim of progress: not coded"),
         E("explosion", Q("4", 4), PL("الريف الشمالي للرقة", "Northern Raqqa countryside", "Raqqa"), "2017-05-13",
           "المصادر ذاتها", None, note="a landmine; the two children are a breakdown"),
         E("airstrike", Q("7", 7), PL("شنينة", "Shanina", "Raqqa"), None, "وكالة «أعماق»", COAL,
           note="the other side's claim (ISIS's agency) of US air and artillery fire on two villages: coded as "
                "asserted by its source, at the first village; the injured are not the figure; undated"),
         E("armed_clash", Q("3", 3), PL("ريفي الرقة الشمالي والشرقي", "Northern and eastern Raqqa countryside",
                                        "Raqqa"), None, "التنظيم", IS,
           note="ISIS's claim of killing three SDF fighters, told as a recall («وكان … قد»): its source is the "
                "group that claims it; undated"),
         E("statement", None, PL("الرقة", "Raqqa", "Raqqa", nth=3), "2017-05-12", "قوات سوريا الديمقراطية", SDF,
           note="the SDF's announcement that the Raqqa offensive starts in early summer: a body's announcement "
                "(stop 32), future content, the place it concerns. The glued source line and the related headline "
                "are not coded")])

passage("ld09", "2018-01-10", "SOHR (its own site)", "a monitor's item: a shelling with its wounded, then a running "
        "toll since a date with a breakdown by cause | published date inferred from the events (page shows none); "
        "page: https://www.syriahr.com/نحو-10-شهداء-وجرحى-في-قصف-صاروخي-لقوات-ال/253932/",
        "قرابة 10 قتلى وجرحى حين قصفت قوات النظام بالصواريخ دوما، أبرز مواقع «جيش الإسلام» بالغوطة\n"
        "المرصد السوري لحقوق الإنسان – ريف دمشق: تعرضت مناطق من مدينة دوما، التي يتخذها جيش الإسلام معقلاً "
        "رئيسياً له في غوطة دمشق الشرقية، لقصف صاروخي نفذته قوات النظام، فقُتل مواطنان وأصيب ما لا يقل عن 7 بجروح تتفاوت "
        "خطورتها، ويُخشى أن يزداد عدد القتلى لأن بين المصابين من حالته حرجة.\n"
        "وبذلك يصل إلى 224 عدد المدنيين الذين قضوا منذ الجمعة الـ29 من كانون الأول/ديسمبر 2017، بينهم 57 طفلاً "
        "و40 امرأة، جراء مئات الغارات والقذائف المدفعية والصاروخية التي انهالت على الغوطة الشرقية. ويتوزع "
        "هؤلاء بين 131 مدنياً، منهم 41 طفلاً و31 امرأة وممرض، قضوا في غارات للطيران الحربي على حرستا، "
        "الخاضعة لحركة أحرار الشام الإسلامية، وعلى مديرا وسقبا وعربين ودوما وحمورية، و93 مدنياً، منهم 16 طفلاً "
        "و9 نساء وممرضان، قضوا بقذائف المدفعية والصواريخ التي سقطت على بيت سوى وحرستا وحمورية ودوما وعربين "
        "وكفربطنا والنشابية وأوتايا ومسرابا.",
        [E("shelling", None, PL("دوما", "Douma", "Rif Dimashq"), "2018-01-10", "المرصد السوري لحقوق الإنسان", GOV,
           note="FIGURE CALL: two dead (a dual: no figure), seven wounded (never the figure) and the headline's «about "
                "10 killed and wounded» (a combined figure, but the dead are given apart): no figure. No day: "
                "dated by publication"),
         E("casualties", Q("224", 224), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), "2017-12-29",
           "المرصد السوري لحقوق الإنسان", GOV, kind="aggregate",
           note="running toll since Friday 29 December 2017 (period start) of air raids AND shelling: two kinds of "
                "act, so `casualties` (stop 32); the 131 of raids and 93 of shelling are its breakdown (stop 34), "
                "as are the children and women")])

passage("ld10", "2019-09-29", "Syria TV", "many villages struck by Russian jets and regime helicopters on one evening, "
        "the civil defence's telling, a deadly strike earlier in the day, the ceasefire recalled "
        "| published date inferred from the events (a Sunday after the end-of-August ceasefire); "
        "page: https://www.syria.tv/جرحى-بقصف-مستمر-لـ-روسيا-والنظام-على-ريف-إدلب",
        "أصيب عدد من المدنيين بجروح، مساء اليوم الأحد، جراء قصف متواصل تشنه موسكو وقوات نظام الأسد على مدن وقرى "
        "في ريف إدلب.\n"
        "وأفاد الدفاع المدني في إدلب، في منشور على فيسبوك، بأن رجلاً وامرأة جُرحا حين استهدفت مقاتلات روسية منازل "
        "مدنيين في بلدة حيش جنوبي إدلب بثلاث غارات صاروخية.\n"
        "وأضاف أن مروحيات النظام أسقطت كذلك براميل متفجرة فوق مدينة كفرنبل وعلى أطراف معرة النعمان، وعلى قرى "
        "إحسم وكنصفرة والبارة، وكذلك كفروما وكفرعويد المجاورة في الريف الجنوبي، دون أن يسفر ذلك عن إصابات، إذ اقتصرت "
        "الخسائر على الممتلكات.\n"
        "وفي السياق ذاته، قصفت طائرات روسية بالصواريخ بلدتي كفرسجنة وكفرعويد بعدد من الغارات، بينما هرعت فرق "
        "الدفاع المدني إلى كل المواقع التي طالها القصف في جنوب إدلب لمعاينتها وتأمينها.\n"
        "وكان ثلاثة مدنيين قد قُتلوا وأصيب خمسة غيرهم في وقت أبكر من اليوم، إثر غارة جوية روسية استهدفت قرية "
        "معارة النعسان، الواقعة في ناحية مدينة تفتناز في شمال شرق إدلب.\n"
        "ويُذكر أن روسيا، على الرغم من إعلانها وقفاً لإطلاق النار والعمليات العسكرية في شمال غرب سوريا أواخر آب "
        "الماضي، تواصل مع قوات النظام التصعيد ضد السكان المدنيين في شمال البلاد، ولا سيما في إدلب، التي شهدت "
        "انتهاكات كثيرة ارتكبها النظام والميليشيات المساندة له.",
        [E("airstrike", Q("ثلاث", 3), PL("حيش", "Heish", "Idlib"), "2019-09-29", "الدفاع المدني في إدلب", RUS,
           note="only wounded (a man and a woman): the act's own count, three raids, is the figure (stop 30)"),
         E("airstrike", None, PL("كفرنبل", "Kafranbel", "Idlib"), "2019-09-29", "الدفاع المدني في إدلب", GOV,
           note="helicopters' barrels on a town, a city's outskirts and five villages: one act over a list (group), "
                "at the first; «وأضاف» carries the civil defence"),
         E("airstrike", None, PL("كفرسجنة", "Kafr Sijnah", "Idlib"), "2019-09-29", "الدفاع المدني في إدلب", RUS,
           note="Russian raids on two towns (group), at the first; an act of the kind the report told: carried"),
         E("airstrike", Q("ثلاثة", 3), PL("معارة النعسان", "Maarat al-Naasan", "Idlib"), "2019-09-29", None, RUS,
           note="the deadly strike earlier in the day, told as the writer's recall («وكان … قد»): the outlet "
                "(stop 30). The lead's «wounded in Idlib countryside» sums the evening's strikes: no event. The "
                "recalled Russian ceasefire announcement is background: not coded")])

passage("ld11", "2019-05-30", "Arabi21", "Russian raids on a town and villages, a monitor's list, the civil "
        "defence's toll by place, activists' telling, three glued related headlines "
        "| published date inferred (a Thursday before Kafranbel fell in 2020); "
        "page: https://arabi21.co/storyamp/1219358/قتلى-وجرحى-مدنيون-بقصف-روسي-متواصل-على-كفرنبل-شاهد",
        "قُتل 5 مدنيين، من بينهم طفلان، في غارات نفذتها طائرات حربية روسية على أحياء سكنية داخل منطقة خفض التصعيد "
        "بإدلب، في الشمال الغربي لسوريا.\n"
        "وشنت روسيا وقوات النظام، يوم الخميس، هجمات من الجو والبر على قرى واقعة في نطاق منطقة خفض التصعيد بإدلب.\n"
        "وأفاد مرصد الطيران التابع للمعارضة بأن مقاتلات روسية استهدفت بلدة كفرنبل وقرى فطيرة ودركوش وحاس في "
        "إدلب، إضافة إلى قرية كبينة في ريف اللاذقية.\n"
        "وقال مدير الدفاع المدني (الخوذ البيضاء) في إدلب، مصطفى حاج يوسف، إن الغارات التي انطلقت صباح الخميس "
        "واشتدت عند الظهيرة أودت بحياة 5 مدنيين. وبيّن أن 3 منهم، بينهم طفلان، قضوا في كفرنبل، فيما قُتل مدنيان "
        "آخران في فطيرة وحاس.\n"
        "من جهتهم، ذكر ناشطون ومسعفون أن مدنيَّين اثنين قُتلا وجُرح العشرات حين قصفت مقاتلات روسية مدينة "
        "كفرنبل، وبثوا مقاطع مصورة لأحياء سكنية تحت القصف، مؤكدين أن الغارات أودت بطفل وأمه وأصابت آخرين، وأن "
        "القصف الروسي على المدينة متواصل منذ يومين.\n"
        "هل ابتعد شبح التصعيد عن إدلب مع تغيّر أولويات موسكو؟\n"
        "ضباط روس يُقتلون بانفجار كبير في ريف حماة\n"
        "القصف الروسي يعود إلى إدلب بعد 22 يوماً",
        [E("airstrike", Q("3", 3), PL("كفرنبل", "Kafranbel", "Idlib", nth=1), "2019-05-30", "مصطفى حاج يوسف", RUS,
           note="the day's 5 equals Kafranbel's 3 plus the two of Fatira and Has: no event of its own (stop 34). "
                "Kafranbel's own toll (the civil defence's, first numbered there); the activists' two dead and "
                "dozens wounded are another telling of the same strikes"),
         E("airstrike", None, PL("فطيرة", "Fatira", "Idlib", nth=1), "2019-05-30", "مصطفى حاج يوسف", RUS,
           note="two civilians (a dual, no figure) in Fatira and Has: one act over two villages (group), at the "
                "first"),
         E("airstrike", None, PL("دركوش", "Darkush", "Idlib"), "2019-05-30", "مرصد الطيران التابع للمعارضة", RUS,
           note="the rest of the flight monitor's list, Darkush and Kabina (Latakia), with no toll: one act over a "
                "list, at the first; a coder could give Kabina its own event (another governorate). The regime's "
                "ground attacks name no place: not coded; the three glued headlines are other articles")])

passage("ld12", "2020-04-08", "Al-Muharrir Media", "an Islamic State attack on a long front line with captives, "
        "local sources, the pandemic context, an Iraqi operation and a commander killed abroad "
        "| published date inferred from the events (spring 2020, «Monday» before publication); "
        "page: https://almohrarmedia.net/قتلى-وجرحى-وأسرى-لقواتِ-الأسدِ-على-يدِ/",
        "داعش يهاجم قوات الأسد في البادية: قتلى وجرحى وأسرى\n"
        "أفادت مصادر محلية بأن ما يزيد على 20 عنصراً من قوات الأسد لقوا حتفهم، وأُسر آخرون، حين هاجم مسلحو تنظيم "
        "داعش، فجر الاثنين الماضي، نقاطاً لتلك القوات تمتد على الخط الإداري الفاصل بين محافظتي حمص ودير الزور.\n"
        "وذكرت المصادر أن المهاجمين استهدفوا مواقع النظام في المنطقة الممتدة بين بلدة السخنة في ريف حمص وبلدة "
        "الشولا في ريف دير الزور، فاندلعت بين الجانبين مواجهات عنيفة.\n"
        "ويُلاحظ أن التنظيم بات يستثمر تفشي فيروس كورونا في سوريا والعراق ليكثف هجماته على قوات النظام وعلى "
        "فصائل الحشد الشعبي في البلدين.\n"
        "وفي المقابل، أطلق العراق رداً على تلك الهجمات عملية عسكرية أسماها «الصحراء السوداء»، ركزت على أوكار "
        "التنظيم في بادية محافظة الأنبار المترامية الأطراف، وتمكنت خلالها القوات الأمنية العراقية من قتل قيادي "
        "بارز في التنظيم يُعرف بـ«أبو قصورة» قرب الحدود السورية، كان يتولى قيادته العسكرية على امتداد الحدود "
        "بين البلدين.",
        [E("armed_clash", Q("ما يزيد على 20", 20, None, True), PL("السخنة", "Al-Sukhnah", "Homs"), "2020-04-06",
           "مصادر محلية", IS,
           note="an attack on positions between two towns: placed at the first named (road/between convention); "
                "the captives are part of it; «الاثنين الماضي» before the inferred publication day"),
         E("armed_clash", None, PL("الأنبار", "Anbar", None, "Iraq"), None, None, None,
           note="CALL: Iraqi forces killing an ISIS commander during an operation in Anbar, Iraq: a place abroad "
                "is the place when the act happened there; told as the writer's background (no day, no source). "
                "A coder keeping to Syria would leave it out")])

passage("ld13", "2020-07-01", "Syrian Press Center (syrianpc)", "a rights network's half-year report: a toll with "
        "categories and a breakdown by party and governorate, and its director's recalled displacement figure "
        "| page: https://syrianpc.com/الشبكة-السورية-لحقوق-الإنسان-أكثر-من-أ",
        "في تقرير أصدرته اليوم الأربعاء، أحصت الشبكة السورية لحقوق الإنسان مقتل 1006 أشخاص خلال الأشهر الستة "
        "الأولى من عام 2020 على أيدي الأطراف المتنازعة في سوريا.\n"
        "وبيّن التقرير الحقوقي أن حصيلة الضحايا في هذه الفترة، البالغة 1006، تضم ثلاثة من العاملين في الإعلام و12 "
        "من العاملين في القطاع الطبي وفي الدفاع المدني، كما سجّل 30 مجزرة ووفاة 71 شخصاً تحت التعذيب.\n"
        "ووفق أرقام التقرير، فإن بين المدنيين الـ1006 الذين قضوا خلال النصف الأول من العام 218 طفلاً و113 امرأة، "
        "ويتحمل النظام وروسيا المسؤولية عن نحو نصف الحصيلة؛ إذ تسببت قوات النظام بمقتل 298 مدنياً منهم 64 طفلاً و24 "
        "امرأة، وقتلت القوات الروسية 205 مدنيين منهم 62 طفلاً و48 امرأة.\n"
        "وعزا التقرير مقتل 7 مدنيين إلى تنظيم الدولة، و17 مدنياً بينهم امرأة إلى هيئة تحرير الشام، ووثّق مقتل 9 "
        "مدنيين بينهم طفلان وامرأة بأيدي فصائل المعارضة المسلحة والجيش الوطني، في حين قتلت قوات سوريا "
        "الديمقراطية 34 مدنياً، من بينهم 8 أطفال.\n"
        "ولفت التقرير إلى أن إدلب سجّلت أعلى حصيلة موثقة للضحايا، تلتها دير الزور ثم حلب.\n"
        "وكان مدير الشبكة قد صرّح لموقع SY24 بأن الجرائم التي ارتكبتها قوات النظام وحلفاؤها أدت إلى تشريد 13 "
        "مليون شخص داخل سوريا وخارجها.\n"
        "المركز الصحفي السوري",
        [E("casualties", Q("1006", 1006), None, "2020", "الشبكة السورية لحقوق الإنسان", kind="aggregate",
           note="half-year toll (period 2020-01..2020-06), no place (the country); media and medical workers, "
                "torture deaths, children, women and the tolls by party (regime, Russia, ISIS, HTS, factions, "
                "SDF) are its breakdown (stop 34), not events; the 30 massacres are a count inside the same "
                "report (a coder could code them as an aggregate); the governorates ranked are no figure"),
         E("other", Q("13 مليون", 13000000), None, None, "مدير الشبكة", GOV, kind="aggregate",
           note="displacement inside and outside Syria attributed to the regime and allies: a displacement "
                "aggregate, no period given, no place; the director's recalled remark to SY24 (the writer's recall, "
                "but the text names its speaker)")])

passage("ld14", "2021-07-01", "Khabar Agency (khabaragency.net)", "a monitor's monthly tally with a breakdown by "
        "side and cause, then its since-2011 total | published date inferred (a Thursday report on June; the "
        "since-2011 total fits 2021); page: https://www.khabaragency.net/news149681.html",
        "المرصد السوري يحصي ضحايا الحرب في حزيران\n"
        "نشر المرصد السوري لحقوق الإنسان، المحسوب على المعارضة، يوم الخميس تقريراً يرصد فيه أعداد من قُتلوا في "
        "سوريا خلال الشهر المنصرم والجهات التي يتبعون لها.\n"
        "وأوضح المرصد في بيانه أن إجمالي القتلى وصل إلى 255، منهم 97 مدنياً بينهم نساء وأطفال، قضوا لأسباب تنوعت "
        "بين قصف تنفذه قوات النظام، وقصف تركي أو روسي، وتفجيرات بالعبوات الناسفة والسيارات المفخخة.\n"
        "وبحسب المرصد، سقط من قوات النظام 48 عنصراً، ومن عناصر «اللجان الشعبية» و«الدفاع الوطني» والمسلحين "
        "السوريين الموالين 20 عنصراً، إضافة إلى «تسعة مقاتلين غير سوريين موالين للنظام وإيران، أغلبهم من "
        "الشيعة»، وعنصر واحد من حزب الله اللبناني.\n"
        "كما قُتل نحو 33 من المقاتلين السوريين المنضوين في فصائل إسلامية وحركات وتنظيمات أخرى، و13 من عناصر "
        "تنظيم داعش. وأشار المرصد إلى أن الشهر ذاته شهد مقتل عسكري تركي وآخر روسي، دون أن يبيّن ظروف مقتلهما.\n"
        "ويقول المرصد إنه وثّق، منذ أن اندلع النزاع، في آذار/مارس من عام 2011، مقتل ما يزيد على 494 ألف شخص، وكانت البداية "
        "احتجاجات سلمية تنادي بالإصلاح وإسقاط النظام، قبل أن تُقابَل بالقمع وتنقلب إلى حرب مسلحة.",
        [E("casualties", Q("255", 255), None, "2021-06", "المرصد السوري لحقوق الإنسان", kind="aggregate",
           note="June's national toll (period the month before publication), several kinds of act: casualties; "
                "civilians, each side's dead and the Turkish and Russian soldiers are its breakdown"),
         E("casualties", Q("ما يزيد على 494 ألف", 494000, None, True), None, None, "المرصد السوري لحقوق الإنسان",
           kind="aggregate", note="since-2011 total, period 2011-03 to publication; the protests of 2011 are "
                                  "background")])

passage("ld15", "2021-09-08", "ADAR Press", "a Russian raid with a killed-and-wounded headline, a monitor's telling, "
        "government rockets on a village and shelling of a mountain area, months of bombing as background "
        "| published date inferred (2021, «more than ten years» of war, three months of escalation); "
        "page: https://adarpress.com/?p=10126",
        "15 مدنياً بين قتيل وجريح بغارات روسية على ريف إدلب\n"
        "من جديد يعلو هدير الطائرات الروسية في سماء إدلب، بشمال غرب سوريا، حاملاً معه ضحايا مدنيين جدداً "
        "يدفعون ثمن حرب تجاوزت عامها العاشر.\n"
        "خمسة عشر مدنياً، بينهم نساء وأطفال، سقطوا بين قتيل وجريح في ضربات جوية روسية جديدة طالت الريف الغربي "
        "لإدلب، لترتفع أعداد الضحايا في الشمال الغربي للبلاد.\n"
        "وبحسب المرصد السوري لحقوق الإنسان، أطلقت المقاتلات الروسية ثلاثة صواريخ فراغية على قرية اليعقوبية في ريف "
        "جسر الشغور غرب إدلب، فقُتل ثلاثة مدنيين وأصيب قرابة اثني عشر غيرهم.\n"
        "وأضاف المرصد أن الغارات الروسية ترافقت مع قصف نفذته القوات الحكومية بعشرات الصواريخ على القاهرة، القرية "
        "الواقعة في سهل الغاب من ريف حماة، وسط أنباء عن وقوع خسائر في الأرواح، فيما طال قصف مماثل مناطق أخرى من جبل الزاوية "
        "جنوبي إدلب، تنتشر فيها قواعد عدة للاحتلال التركي.\n"
        "وتتعرض إدلب منذ ما يزيد على ثلاثة أشهر لقصف عنيف من قبل القوات الحكومية وروسيا، امتد في الآونة الأخيرة "
        "إلى محيط القواعد التركية، وهو ما يقرؤه مراقبون على أنه رسالة روسية.",
        [E("airstrike", Q("ثلاثة", 3, nth=1), PL("اليعقوبية", "Al-Yaqoubiyah", "Idlib"), "2021-09-08",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="the headline's 15 killed-and-wounded (and its repetition) is not the figure: the dead are given "
                "apart (three); the first «ثلاثة» is the missiles. No day: dated by publication"),
         E("shelling", Q("عشرات", 20, 90, True), PL("القاهرة", "Al-Qahira", "Hama"), "2021-09-08", "المرصد", GOV,
           note="government rockets on a village with unnumbered losses: the act's own count (dozens of rockets) "
                "is the figure; «وأضاف المرصد»"),
         E("shelling", None, PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), "2021-09-08", "المرصد", GOV,
           note="«similar shelling» of other areas of the mountain, same sentence; the Turkish bases are not the "
                "place's actor. The three months of bombing are background with no figure: not coded")])

passage("ld16", "2021-01-23", "Jisr Press", "a reporter's item on a raid campaign with two recalled raids, "
        "checkpoints for conscription, the raiding side's stated aim | published date inferred (a Saturday in "
        "January; the page shows no year); page: https://jesrpress.com/بريف-دير-الزور-قسد-تعتقل-أكثر-من-65-شخصا",
        "جسر – دير الزور\n"
        "صباح اليوم السبت، شنّت «قوات سوريا الديمقراطية» حملة دهم في ريف دير الزور الشرقي، اعتقلت خلالها عدداً من "
        "الشبان.\n"
        "وأفاد مراسل صحيفة «جسر» في ريف دير الزور بأن «قسد» داهمت اليوم عدداً من البيوت في قرية «رويشد» بالريف "
        "الشرقي للمحافظة، واحتجزت قرابة 20 شخصاً ونقلتهم إلى مكان غير معروف.\n"
        "وكانت هذه القوات، مدعومة بطيران التحالف الدولي، قد اقتحمت ليل الخميس الماضي بيوتاً في عدد من القرى في "
        "ريفي دير الزور الشمالي والشرقي، فاعتقلت ما يزيد على 25 شخصاً. وفي حملة نفذتها مطلع كانون "
        "الثاني/يناير الحالي، اعتقلت هذه القوات أكثر من 20 آخرين.\n"
        "فضلاً عن ذلك، أقامت «قسد» منذ بداية الشهر حواجز عسكرية في أنحاء متفرقة من ريف دير الزور، غرضها القبض "
        "على الشبان وسوقهم قسراً إلى التجنيد في صفوفها.\n"
        "وتمضي «قسد» في عملياتها الأمنية وحملات الدهم في مدن ريف دير الزور وبلداته، بحثاً عن مطلوبين أو متعاونين "
        "مع «داعش»، وفق ما تقوله وسائل إعلام مقربة منها. وقد صعّدت خلال الشهرين الأخيرين من هذه العمليات، "
        "بالتوازي مع تصاعد هجمات «داعش» من قصف واغتيالات وكمائن.",
        [E("arrest", Q("قرابة 20", 20, approx=True), PL("رويشد", "Ruwaished", "Deir ez-Zor"), "2021-01-23",
           "مراسل صحيفة «جسر»", SDF,
           note="the lead and the reporter's sentence tell one raid: the village is the place, the reporter the "
                "source"),
         E("arrest", Q("ما يزيد على 25", 25, None, True), PL("ريفي دير الزور الشمالي والشرقي",
                                                          "Northern and eastern Deir ez-Zor countryside",
                                                          "Deir ez-Zor"), "2021-01-21", "مراسل صحيفة «جسر»", SDF,
           note="SOURCE CALL: a recalled raid («وكانت … قد») in a reporter's item: the outlet's own reporter files "
                "the whole story (stop 30's exception), so his report is kept; a coder reading the recall rule "
                "first would give the outlet. Coalition air support is not a second actor's event"),
         E("arrest", Q("أكثر من 20", 20, None, True), None, "2021-01", "مراسل صحيفة «جسر»", SDF,
           note="a second recalled campaign early in the month, no place of its own (the item's area is the "
                "countryside of Deir ez-Zor, not said for it); same source call. The conscription checkpoints and "
                "the continuing campaigns are aims and habits: not coded")])

passage("ld17", "2022-09-17", "Raya (Palestine)", "an Israeli strike told by SANA's military source and by "
        "SOHR with other places, the year's count, a recalled strike, a glued subheading "
        "| page: https://raya.ps/news/1137891.html",
        "بصواريخ عدة\n"
        "5 جنود سوريين قتلى في غارة إسرائيلية على مطار دمشق\n"
        "شنّت إسرائيل فجر اليوم السبت قصفاً طال مطار دمشق الدولي ومواقع في ريف العاصمة الجنوبي، ما أسفر عن مقتل "
        "5 عسكريين سوريين و7 آخرين يحملون الجنسيتين الإيرانية واللبنانية، بحسب ما أوردته وكالة «سانا» الرسمية.\n"
        "ونقلت «سانا» عن مصدر عسكري أن إسرائيل شنت نحو الساعة 12:45 بعد منتصف الليل هجوماً جوياً بدفعات من "
        "الصواريخ أُطلقت من ناحية الشمال الشرقي لبحيرة طبريا، مستهدفة المطار وعدداً من النقاط جنوبي دمشق، وأن "
        "الدفاعات الجوية اعترضت الصواريخ وأسقطت أغلبها.\n"
        "وتابع المصدر أن الهجوم أسفر عن سقوط خمسة قتلى من العسكريين وعن أضرار مادية.\n"
        "من جانبه، أشار المرصد السوري لحقوق الإنسان إلى أن القصف طال مواقع تنتشر فيها ميليشيات موالية لإيران في "
        "مزارع الغسولة المجاورة لمطار دمشق الدولي، وفي محيط السيدة زينب والكسوة بريف دمشق، في وقت حاولت فيه "
        "دفاعات النظام الجوية التصدي لأهداف في أجواء المنطقة الجنوبية.\n"
        "وبذلك تكون إسرائيل قد شنت هجومها الـ25 على سوريا منذ مطلع 2022.\n"
        "قصف مطار دمشق مرة ثانية في أقل من شهر\n"
        "وكانت مقاتلات إسرائيلية قد شنّت، مساء 31 آب/أغسطس، غارات جوية على أهداف عدة.",
        [E("airstrike", Q("5", 5), PL("مطار دمشق الدولي", "Damascus International Airport", "Rif Dimashq"),
           "2022-09-17", "وكالة «سانا»", ISR,
           note="FIGURE CALL: five soldiers and seven Iranians and Lebanese, no total written: the figure is the "
                "first side numbered (the headline's 5). One strike told by SANA, its military source and SOHR "
                "over the airport and several sites (Ghasoula, Sayyida Zeinab, Kiswah): one act, placed at the "
                "airport (a listed facility)"),
         E("airstrike", Q("الـ25", 25, kind="ordinal"), None, "2022", None, ISR, kind="aggregate",
           note="the year's running count of Israeli attacks (period 2022-01 to the day): the outlet's own count; "
                "the ordinal is the number of attacks"),
         E("airstrike", None, None, "2022-08-31", None, ISR,
           note="the recalled strike of 31 August (the page breaks off before its targets): no place; the "
                "subheading is the item's own and adds no event")])

passage("ld18", "2023-11-08", "NG Misr (Egypt), relaying SOHR", "simultaneous Islamic State attacks with the toll's "
        "breakdown, a repeated headline, background, a recalled attack "
        "| published date inferred (a Wednesday in 2023, after the 10 August attack); "
        "page: https://www.ngmisr.com/arab-news/هجمات-متزامنة-لتنظيم-داعش-تؤدي-إلى-مقت",
        "30 قتيلاً في هجمات منسقة لداعش بالبادية السورية\n"
        "قال المرصد السوري لحقوق الإنسان بأن مسلحي داعش شنوا يوم الأربعاء هجمات في وقت واحد على مواقع في البادية "
        "السورية، قُتل فيها 30 من عناصر القوات الحكومية والمسلحين الموالين لها.\n"
        "وبيّن المرصد أن القتلى هم 4 جنود و26 من عناصر الدفاع الوطني، سقطوا في منطقة الرصافة بالبادية.\n"
        "30 قتيلاً في هجمات منسقة لداعش بالبادية السورية\n"
        "ويرى المرصد أن هذه الحصيلة من أعلى ما سُجّل هذا العام، مرجحاً ارتفاعها لأن بين المصابين من هم في حالة "
        "حرجة.\n"
        "وتركز الهجوم على منطقة الرصافة التي تتوسط دير الزور من الشرق والرقة من الشمال وحمص من الوسط.\n"
        "وكان التنظيم قد بسط سيطرته عام 2014 على رقعة شاسعة من سوريا والعراق، ثم مُني بهزائم متلاحقة في البلدين "
        "إلى أن خسر عام 2019 آخر ما تبقى بيده من أراضٍ. غير أن عناصره الفارين إلى البادية ما زالوا قادرين على "
        "شن هجمات على القوات الحكومية ومسلحيها، وعلى قوات سوريا الديمقراطية ذات القيادة الكردية في شمال شرق "
        "البلاد.\n"
        "وفي 10 آب/أغسطس، هاجم التنظيم حافلة عسكرية في البادية.",
        [E("armed_clash", Q("30", 30), PL("الرصافة", "Al-Rusafa", "Raqqa"), "2023-11-08",
           "المرصد السوري لحقوق الإنسان", IS,
           note="simultaneous attacks told as one act with one toll, at the area the monitor names (Rusafa lies "
                "where three governorates meet; Raqqa's); 4 soldiers and 26 NDF are its breakdown; the repeated "
                "headline is the same event"),
         E("armed_clash", None, PL("البادية", "Syrian Badia", None, nth=5), "2023-08-10", None, IS,
           note="the recalled attack on a military bus (the page breaks off): the outlet's recall; the Badia is a "
                "multi-governorate region. ISIS's 2014 rise and 2019 defeat are background, not events")])

passage("ld19", "2024-02-14", "Syria TV", "an Islamic State attack with a five-day running toll, the context, "
        "scattered attacks with a combined figure, bodies found, two recalled attacks "
        "| published date inferred (February 2024, after US strikes on Iran-backed militias); "
        "page: https://syria.tv/هجمات-تنظيم-الدولة-لا-تتوقف-مقتل-9-عناصر-من-قوات-النظام-في-البادية-السورية",
        "قُتل تسعة من عناصر قوات النظام السوري بهجوم نفذه «داعش» (تنظيم الدولة) وسط البلاد، في ظل عودة التنظيم "
        "إلى تحريك خلاياه في البادية السورية، ليقترب عدد قتلى النظام في الأيام الخمسة الأخيرة من الـ30.\n"
        "وبحسب صفحات مؤيدة لقوات النظام، هاجم التنظيم تجمعاً عسكرياً للنظام في منطقة دويزين ببادية السلمية "
        "شرقي حماة، فقتل 9 عناصر وجرح ثلاثة.\n"
        "وازداد نشاط خلايا التنظيم إثر المناوشات التي دارت بين القوات الأميركية وميليشيات يدعمها الحرس الثوري "
        "الإيراني بدير الزور، إذ استغل التنظيم انشغال الأميركيين، فصارت هجماته في البادية شبه يومية.\n"
        "وخلال أيام السبت والأحد والاثنين الفائتة، سقط ما يزيد على 15 من عناصر النظام بين قتيل وجريح في هجمات "
        "متفرقة للتنظيم؛ فقد قُتل 3 عناصر وجُرح 6 قرب حقل «آراك» للغاز شمال تدمر، كما عثرت قوات النظام في بادية "
        "حمص الشرقية على عدد من عناصرها قتلى برصاصات في الرأس، بعد أن انقطع الاتصال بهم أياماً.\n"
        "وفي الثاني من شباط الحالي، قُتل ما لا يقل عن خمسة عناصر للنظام في بادية تدمر وسط سوريا.\n"
        "أما في كانون الثاني الفائت، فقد لقي 9 من عناصر النظام حتفهم وأصيب 22 آخرون حين استهدف مجهولون "
        "في بادية تدمر «حافلة مبيت».",
        [E("armed_clash", Q("تسعة", 9), PL("دويزين", "Duwayzin", "Hama"), "2024-02-14",
           "صفحات مؤيدة لقوات النظام", IS,
           note="the lead names no source; the next sentence comes back to the same attack with its place and "
                "source (stop 30). No day: dated by publication"),
         E("armed_clash", Q("الـ30", 30, approx=True), None, "2024-02", None, IS, kind="aggregate",
           note="running toll of regime dead over five days from one cause (ISIS attacks): the cause's type with "
                "kind aggregate (stop 32); «يقترب … من» hedges it"),
         E("armed_clash", Q("3", 3, nth=1), PL("آراك", "Arak gas field", "Homs"), None, None, IS,
           note="part of the «more than 15 killed and wounded» of three days (a combined figure whose listed "
                "parts are coded: no event of its own); dated only by a three-day span: no day; the outlet"),
         E("other", None, PL("بادية حمص الشرقية", "Eastern Homs desert", "Homs"), None, None, None,
           note="bodies of missing soldiers found (shot in the head): `other` (bodies found), unnumbered"),
         E("casualties", Q("ما لا يقل عن خمسة", 5, None, True), PL("بادية تدمر", "Palmyra desert", "Homs"),
           "2024-02-02", None, None,
           note="deaths stated with no act that caused them (the context suggests ISIS; a coder could code a "
                "clash)"),
         E("armed_clash", Q("9", 9, nth=1), PL("بادية تدمر", "Palmyra desert", "Homs", nth=1), "2024-01", None, UNK,
           note="unknown gunmen targeting a bus (an attack: armed_clash, stop 30); recalled month; the 22 wounded "
                "are not the figure")])

passage("ld20", "2025-03-06", "From Yemen (from-yemen.com)", "coordinated attacks on the new security forces with a "
        "killed-and-wounded figure, a monitor, the official agency, security information, a cordon, reinforcements, "
        "a journalist wounded | published date inferred from the events (the first day of the coastal attacks); "
        "page: https://from-yemen.com/208613",
        "16 من عناصر الأمن العام بين قتيل وجريح في هجمات منسقة لفلول الأسد بريف اللاذقية\n"
        "ذكرت مصادر سورية أن 16 فرداً من إدارة الأمن العام قُتلوا أو أصيبوا في ريف اللاذقية بشمال غرب البلاد، إثر "
        "هجمات منسقة نفذتها جماعات مسلحة موالية لنظام بشار الأسد. ووقعت الهجمات قرب بلدة بيت عانا، واستهدفت "
        "أفراداً وآليات تتبع لوزارة الدفاع، ما أوقع ضحايا.\n"
        "وتطرّق المرصد السوري لحقوق الإنسان بدوره إلى الحادثة، في حين لم تعلن وسائل الإعلام الرسمية أي حصيلة "
        "إجمالية، واكتفت وكالة «سانا» بالإشارة إلى أن سيارات إسعاف تعرضت لإطلاق نار خلال محاولتها نقل الجرحى. "
        "وبحسب معلومات أمنية، هاجم المسلحون كذلك حواجز لإدارة الأمن العام في محيط مدينة جبلة، ما رفع منسوب "
        "التوتر في المنطقة.\n"
        "وأوضحت المصادر الأمنية أن القوات الأمنية ضربت طوقاً حول تلك المجموعات في بيت عانا وفي الدالية، ولا "
        "تزال المواجهات جارية، فيما استقدمت السلطات تعزيزات أمنية من محافظات أخرى.\n"
        "وفي غضون ذلك، أصيب المصور في قناة الجزيرة سامر الخليل بجروح طفيفة أثناء تغطيته الأحداث في جبلة.",
        [E("armed_clash", Q("16", 16), PL("بيت عانا", "Beit Ana", "Latakia"), "2025-03-06", "مصادر سورية", LOYAL,
           note="FIGURE CALL: 16 killed or wounded with no dead apart: the combined figure is the act's (as sets 39 "
                "and 78 kc21). The ambulances fired on (SANA's telling) and the cordon with continuing clashes are "
                "the same fighting. No day: dated by publication"),
         E("armed_clash", None, PL("جبلة", "Jableh", "Latakia"), "2025-03-06", "معلومات أمنية", LOYAL,
           note="attacks on checkpoints around the city: another place, another act"),
         E("reinforcement", None, PL("ريف اللاذقية", "Latakia countryside", "Latakia", nth=1), "2025-03-06",
           "المصادر الأمنية", NEWGOV,
           note="reinforcements brought from other governorates; the text gives no destination but the area: the "
                "countryside named in the body"),
         E("casualties", None, PL("جبلة", "Jableh", "Latakia", nth=1), "2025-03-06", None, None,
           note="a cameraman lightly wounded while covering the events, no act named: casualties, no figure (a "
                "coder could leave it inside the Jableh fighting)")])

passage("ld21", "2016-01-28", "Micro Syria (microsyria.com)", "a siege tightened: an advance, earthworks, mines and "
        "wire, an arrest, the humanitarian toll, appeals | page: https://microsyria.com/2016/01/28/قوات-النظام-وحزب-الله-يضيقان-الخناق-عل",
        "النظام وحزب الله يضيّقان الحصار على مضايا والزبداني\n"
        "28 كانون الثاني/يناير 2016\n"
        "رصد ناشطون من الزبداني ومضايا في الأسبوع المنصرم تقدماً جديداً أحرزه حزب الله وقوات النظام نحو بلدة "
        "مضايا، قدّروه بنحو 300 متر في اتجاه قوس مضايا.\n"
        "كما أقيمت سواتر من التراب على الطريق العام جنوب غربي مضايا، تمتد قرابة ثلاثة كيلومترات بين معمل بقين وحاجز "
        "مطعم النهر، وزُرع على الطريق ذاته أربعة آلاف لغم تحسباً لهروب المحاصرين أو لأي هجوم مفاجئ.\n"
        "ونُصب سلك شائك يرتفع ثلاثة أمتار بدءاً من كازية الزبداني نحو طريق درب الشام، لتقييد حركة من بقي في "
        "المدينة وإحكام الحصار عليهم.\n"
        "واعتقلت قوات النظام أمس الأربعاء أربعة شبان أثناء محاولتهم الانتقال من الزبداني إلى مضايا.\n"
        "الحال الإنسانية\n"
        "داخل المنطقة المحاصرة، لم تفلح المساعدات الأممية التي وصلت إلى مضايا إلا في تخفيف جزء من الحصار، ولم "
        "ترقَ إلى ما كان يأمله سكان أنهكهم الجوع والمرض وزاد البرد معاناتهم.\n"
        "وبلغ عدد من فارقوا الحياة بسبب الحصار والجوع 74 شخصاً، توزعت أسباب وفاتهم بين المرض وقلة الغذاء وسوء "
        "امتصاص الطعام.\n"
        "وأطلق ناشطون في مضايا نداءات عاجلة لإخراج المرضى ذوي الحالات الحرجة التي فحصتها ووثقتها الفرق الطبية "
        "التي دخلت البلدة.",
        [E("territory_change", None, PL("مضايا", "Madaya", "Rif Dimashq", nth=2), "2016-W03", "ناشطون", GOV,
           note="an advance of about 300 m towards the town (a measure, not a figure) over the past week; the "
                "activists of the two towns are the source. The earthworks, the four thousand mines and the wire "
                "tighten the siege (no incident with a day): not coded; a coder could code them as `other`"),
         E("arrest", Q("أربعة", 4, nth=1), PL("الزبداني", "Al-Zabadani", "Rif Dimashq", nth=3), "2016-01-27", None, GOV,
           note="four young men caught crossing from Zabadani to Madaya: placed at the first place named; the "
                "outlet tells it"),
         E("casualties", Q("74", 74), PL("مضايا", "Madaya", "Rif Dimashq", nth=6), None, None, GOV, kind="aggregate",
           note="deaths from siege and hunger since the siege began (no start given: period open); no act but the "
                "siege: casualties. The aid that entered and the activists' appeals are not events")])


def main() -> None:
    write("gold103.jsonl", P103)


if __name__ == "__main__":
    main()
