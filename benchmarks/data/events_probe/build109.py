"""Build gold109.jsonl: development set 109 (ids lj01…), written in stop 39 by writer w109 BEFORE any run on it.

WHOLE ARTICLES paraphrased from real pages: 21 passages (headline, lead, body details, the page's background and
glued extras), each the paraphrase of ONE real Arabic news page about Syria found in the search tool's `pages`
corpus (queried in Arabic), years 2011-2025, 19 outlets: Friday protests fired on with town tolls, a front's
checkpoints overrun, a monitor's running toll with its breakdown, barrel bombs over a city's quarters, a monthly
tally, evacuation convoys, an ISIS ambush and ISIS raids in the Badia, arrests and raids, kidnappings, settlements,
Turkish drone strikes, a Turkish ministry's claims with the Russian answer, the 2024 offensive west of Aleppo.
The page's incidents, their order, places, figures (digits or words as the page writes them), dates, sources and
their attribution, hedges, background and glued extras are kept; every sentence was rewritten (no run of five
words, names aside, is shared with the page: checked by script against the page text, kept outside the
repository); private people's names are invented. The page's address is in each passage's `style`. Where the page
shows no date, the publication date was inferred from the events it reports (said in `style`).
Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32 and 34). Offsets are
computed by build.build and checked.

    python benchmarks/data/events_probe/build109.py      # rewrites gold109.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P109: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P109.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


SOHR = "المرصد السوري لحقوق الإنسان"


passage("lj01", "2011-09-09", "Al-Morakeb (via masress)", "a Friday's protests with town tolls, the official denial, a mosque "
        "besieged and arrests; date inferred from the Friday the page reports | page: https://www.masress.com/almorakeb/22987",
        "المرصد: 17 قتيلاً برصاص الأمن في احتجاجات الجمعة والإعلام الرسمي ينفي سقوط ضحايا\n"
        "أحصى المرصد السوري لحقوق الإنسان سقوط 17 قتيلاً خلال تظاهرات خرجت الجمعة في أنحاء متفرقة من البلاد، بينما أوردت "
        "وكالة سانا على لسان مصدر إعلامي رسمي أن أحداً لم يُقتل في احتجاجات هذا اليوم، مضيفةً أن أربعة من رجال الأمن جُرحوا. "
        "وبحسب تفصيل المرصد، لقي ستة مدنيين حتفهم في حمص، كما قضى أربعة في حماة بنيران الأمن والقناصة، أما في محافظة درعا فقد "
        "سقط أربعة محتجين في كناكر ومحتج خامس في الحمورية. وأشار المرصد كذلك إلى مصرع مدني وعسكري منشق قرب تل شهاب "
        "المحاذية للأردن أثناء محاولتهما الفرار خارج سوريا. وفي بانياس على الساحل، حاصرت القوات مسجد أبي بكر الصديق "
        "وانهالت بالضرب على المصلين عند خروجهم، وفق المرصد، واعتقلت عشرات من سكان المدينة، من بينهم أربعة صغار من أقارب "
        "مدير المرصد رامي عبد الرحمن. وكان المعارضون قد دعوا إلى النزول إلى الشوارع في هذه الجمعة تحت عنوان «الله أكبر، ضد "
        "الطغاة». وتناقلت مقاطع على يوتيوب تجمعات في حي الميدان بقلب دمشق وفي حرستا بريفها رفع المشاركون فيها مطلب "
        "الحماية الدولية، وظهر في أحدها عشرات المحتجين صباحاً في الحي الدمشقي العريق.",
        [E("protest", Q("ستة", 6), PL("حمص", "Homs", "Homs"), "2011-09-09", SOHR, GOV,
           note="the 17 equals the tolls listed beside it (6+4+4+1+2): no event of its own (stop 34); each town's toll "
                "of fire on the Friday protests is a protest event whose figure is its dead; SANA's denial inside the "
                "telling adds nothing"),
         E("protest", Q("أربعة", 4, nth=1), PL("حماة", "Hama", "Hama"), "2011-09-09", SOHR, GOV,
           note="the four dead in Hama"),
         E("protest", Q("أربعة", 4, nth=2), PL("كناكر", "Kanaker", "Rif Dimashq"), "2011-09-09", SOHR, GOV,
           note="the page puts Kanaker in Daraa governorate; the town is in Rif Dimashq (gold gives the real one)"),
         E("protest", None, PL("الحمورية", "Hamouria", "Rif Dimashq"), "2011-09-09", SOHR, GOV,
           note="one protester («ومحتج خامس»): no figure"),
         E("casualties", None, PL("تل شهاب", "Tell Shihab", "Daraa"), "2011-09-09", SOHR, None,
           note="a civilian and a defector killed trying to flee to Jordan, no act or actor named: casualties, no figure"),
         E("arrest", Q("عشرات", 20, 90, True), PL("بانياس", "Baniyas", "Tartus"), "2011-09-09", SOHR, GOV,
           note="the mosque besieged, worshippers beaten and dozens arrested in the town: one security operation, coded "
                "as the arrests (the mosque is placed at its town); the four children are a breakdown"),
         E("protest", Q("عشرات", 20, 90, True, nth=1), PL("الميدان", "Al-Midan", "Damascus"), "2011-09-09", None, PROT,
           note="videos of the Midan rally (dozens in the morning): protest with the crowd as figure; outlet"),
         E("protest", None, PL("حرستا", "Harasta", "Rif Dimashq"), "2011-09-09", None, PROT,
           note="a second rally told in the same clause; its own place")])

passage("lj02", "2011-09-16", "Al-Azd (via sauress)", "«Friday of the opposition's unity»: Homs town tolls, a death of "
        "wounds, a crowd in Deir ez-Zor, a list of protest places | page: https://sauress.com/alazd/13179",
        "تسعة قتلى في حمص برصاص الأمن خلال «جمعة وحدة المعارضة»\n"
        "أفاد ناشطون معارضون، في ما تناقلته وكالات الأنباء، بأن قوات الأمن السورية قتلت تسعة أشخاص في أقل تقدير الجمعة وهي "
        "تتصدى لاحتجاجات تطالب برحيل الرئيس بشار الأسد. وأوضح المرصد السوري لحقوق الإنسان، وهو منظمة تعمل من لندن، أن "
        "القتلى التسعة مدنيون سقطوا جميعاً في محافظة حمص: ستة في الخالدية والبياضة وباب الدريب، وطفلة في القصير، "
        "وشاب في تلبيسة، وآخر قُتل عند الظهر في الزعفرانية. وكانت عناصر الأمن قد فتحت الرصاص الحي على حشود لبّت بعد صلاة "
        "الجمعة نداء المعارضين الذين سمّوا هذا الأسبوع باسم «جمعة وحدة المعارضة». وفي الزبداني بريف دمشق، فارقت امرأة "
        "الحياة الجمعة متأثرة بإصابة لحقتها مساء الخميس حين أطلق الأمن النار وهو يلاحق ناشطين. أما في دير الزور شرقاً، "
        "فقد خرج نحو ألفي متظاهر يهتفون بإسقاط النظام، وسعت قوات الأمن إلى تشتيتهم، وفق المرصد ذاته. وامتدت الاحتجاجات "
        "إلى مدن عدة، منها أحياء دمشقية كالحجر الأسود وداريا، فضلاً عن محافظات إدلب وحماة ودرعا والحسكة وحمص.",
        [E("protest", Q("ستة", 6), PL("الخالدية", "Al-Khalidiyah", "Homs"), "2011-09-16", SOHR, GOV,
           note="the nine are the sum of the Homs tolls listed (6+1+1+1): no event of their own (stop 34); six dead in "
                "three quarters of Homs: one act over a list of quarters (a group), placed at the first"),
         E("protest", None, PL("القصير", "Al-Qusayr", "Homs"), "2011-09-16", SOHR, GOV, note="a girl killed: no figure"),
         E("protest", None, PL("تلبيسة", "Talbiseh", "Homs"), "2011-09-16", SOHR, GOV, note="one young man: no figure"),
         E("protest", None, PL("الزعفرانية", "Al-Zaafaraniyah", "Homs"), "2011-09-16", SOHR, GOV,
           note="one killed at noon: no figure"),
         E("casualties", None, PL("الزبداني", "Al-Zabadani", "Rif Dimashq"), "2011-09-15", SOHR, GOV,
           note="security forces shooting while chasing activists, not at a protest: a known force firing on civilians "
                "(ACLED, stop 30); dated by the shooting on Thursday (she died of wounds on Friday); «وفق المرصد ذاته» "
                "in the next sentence and the paragraph's source carry"),
         E("protest", Q("نحو ألفي", 2000, approx=True), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2011-09-16",
           SOHR, PROT, note="a crowd of about two thousand, the security forces tried to disperse it: the crowd is the figure"),
         E("protest", None, PL("الحجر الأسود", "Al-Hajar al-Aswad", "Damascus"), "2011-09-16", SOHR, PROT,
           note="protests spread to a list of quarters and governorates: one act over a list (a group), placed at the "
                "first; the source carries as the report goes on")])

passage("lj03", "2012-12-17", "Ennahar (via djazairess)", "an offensive on a front's checkpoints told by SOHR statements "
        "and its director; date inferred from the events | page: https://djazairess.com/ennahar/140140",
        "هجوم واسع للمعارضة على حواجز الجيش في ريف حماة\n"
        "ذكر المرصد السوري لحقوق الإنسان أن مجموعات معارضة مسلحة تشن هجمات تطال أغلب نقاط التفتيش العسكرية في "
        "ريف محافظة حماة بوسط البلاد، لافتاً إلى مواجهات لم تشهد المنطقة أعنف منها منذ شهور طويلة بين المقاتلين والقوات الحكومية. "
        "وأكد المرصد، في سلسلة بيانات أصدرها تباعاً، أن الجنود أخلوا حاجز الشيخ حديد بعدما استُهدف بقذائف هاون وأخرى "
        "مضادة للدروع أطلقها مسلحون ينتمون إلى كتائب عدة، وأنهم انسحبوا أيضاً من نقطتي حصرايا وباب الطاقة "
        "القريبتين. وتحدث المرصد عن معارك وتطويق لحواجز في حلفايا وكرناز وطيبة الإمام والحماميات وكفرزيتا، وعند حاجز على "
        "مدخل محردة، وفي قرى أخرى بسهل الغاب، واصفاً العملية بأنها الأكبر في المحافظة منذ شهور. وقال رامي عبد الرحمن، "
        "مدير المرصد، إن مقاتلي فصائل متعددة يخوضون هجوماً شاملاً على غالبية الحواجز في الريف الحموي، تتخلله اشتباكات "
        "ضارية في حلفايا وكفرنبودة وكرناز وكفرزيتا، وتمتد حتى محردة غرب حماة وخان شيخون جنوب إدلب المتاخمة لشمال المحافظة.",
        [E("territory_change", None, PL("الشيخ حديد", "Al-Sheikh Hadid", "Hama"), "2012-12-17", SOHR, FSA,
           note="the army withdrew from three checkpoints after shelling by the rebels: one taking over a list (a group: "
                "Sheikh Hadid, Bab al-Taqa, Hasraya), placed at the first; the mortar fire is part of it; no figure; "
                "undated page, dated by the (inferred) publication day"),
         E("armed_clash", None, PL("حلفايا", "Halfaya", "Hama"), "2012-12-17", SOHR, FSA,
           note="the offensive on most checkpoints of rural Hama, with clashes and sieges over a list of towns (Halfaya "
                "... Mhardeh, the Ghab, Khan Shaykhun): one act over a list (a group), placed at the first town named; "
                "the lead's «attacks on most checkpoints» and the director's words are tellings of it")])

passage("lj04", "2013-02-24", "Dorar al-Iraq forum (AFP relay)", "a monitor's running toll with its breakdown, what it "
        "leaves out, refugees and displaced, and the day's air raids; date inferred from «أمس السبت» and the toll | page: "
        "https://dorar-aliraq.net/threads/143634-سوريا-عدد-قتلى-الصراع-بلغ-أكثر-من-80-ألفا",
        "المرصد السوري: أكثر من 70 ألف قتيل منذ اندلاع الثورة\n"
        "أعلن المرصد السوري لحقوق الإنسان أنه أحصى 70257 قتيلاً منذ أن بدأت الثورة منتصف آذار/مارس 2011 إلى أمس السبت، لا "
        "يدخل ضمنهم ما يزيد على 12 ألفاً من المخبرين والشبيحة الموالين للسلطة. وأفاد المرصد، ومقره بريطانيا، وهو يستقي "
        "معلوماته من ناشطين ومصادر طبية منتشرة في المحافظات، بأن الضحايا المدنيين بلغوا 34 ألفاً و473، منهم 4788 قاصراً "
        "و3048 امرأة، يليهم 16687 من مقاتلي المعارضة و16729 من عناصر القوات النظامية، إلى جانب 2368 قتيلاً لم تُعرف "
        "هوياتهم وإن وثّقت صور ومقاطع مصورة مصرعهم. ولا تصدر دمشق أي أرقام رسمية عن ضحايا النزاع. ونبّه المرصد إلى أن "
        "الحصيلة تستثني ما يزيد على 10 آلاف محتجز مجهولي المصير في المعتقلات الحكومية، وقرابة 2500 جندي أسير بيد المعارضين. "
        "وكانت الاحتجاجات على حكم الأسد قد انطلقت في آذار/مارس 2011 قبل أن تتحول إلى صراع دموي بفعل القمع. وقد دفع النزاع "
        "قرابة 1.4 مليون شخص إلى اللجوء لدول الجوار، فيما نزح 4.25 مليون آخرون داخل البلاد. وعلى الأرض اليوم، استمر "
        "العنف، إذ أغار الطيران الحربي على مواقع عدة أبرزها تخوم حي جوبر شرقي دمشق.",
        [E("casualties", Q("70257", 70257), None, None, SOHR, None, kind="aggregate",
           note="running toll 2011-03 .. 2013-02-23; civilians, rebels, soldiers and the unidentified are its breakdown; "
                "the headline's «أكثر من 70 ألف» is the same toll told round"),
         E("casualties", Q("ما يزيد على 12 ألفاً", 12000, None, True), None, None, SOHR, GOV, kind="aggregate",
           note="pro-government militiamen and informers killed, outside the 70257: a second aggregate of the same "
                "report (a second coder could leave it as a remark on the toll)"),
         E("arrest", Q("ما يزيد على 10 آلاف", 10000, None, True), None, None, SOHR, GOV, kind="aggregate",
           note="detainees of unknown fate in government prisons: a running total of people held"),
         E("arrest", Q("قرابة 2500", 2500, approx=True), None, None, SOHR, FSA, kind="aggregate",
           note="soldiers held captive by the rebels: a running total of people held"),
         E("other", Q("قرابة 1.4 مليون", 1400000, approx=True), None, None, None, None, kind="aggregate",
           note="refugees in neighbouring countries (the outlet's background, no source): displacement aggregate, no "
                "place (a residence abroad)"),
         E("other", Q("4.25 مليون", 4250000), None, None, None, None, kind="aggregate",
           note="internally displaced: displacement aggregate"),
         E("airstrike", None, PL("جوبر", "Jobar", "Damascus"), "2013-02-24", None, GOV,
           note="the day's air raids on several places, the outskirts of Jobar named: placed at Jobar; outlet (the "
                "page cuts off before the toll)")])

passage("lj05", "2014-02-02", "Erem News", "barrel bombs on a city's quarters: a day's toll, a quarter's toll from a media "
        "centre, lists of quarters; date inferred | page: https://www.eremnews.com/news/arab-world/211682",
        "أكثر من 115 قتيلاً بالبراميل المتفجرة في أحياء حلب\n"
        "أفاد ناشطون في حلب بأن حصيلة ضحايا البراميل المتفجرة التي رمتها طائرات النظام يوم السبت فوق أحياء عدة من المدينة "
        "تخطّت 115 قتيلاً، بينهم نساء وأطفال. وأوضح الناشطون أن البراميل انصبّت خصوصاً على مناطق سكنية مكتظة بقاطنيها. ونال "
        "حي طريق الباب القسط الأكبر من قصف وصفوه بأنه لم يسبق له مثيل، فقُتل فيه 15 شخصاً وجُرح العشرات، وتهدمت مبانٍ "
        "كثيرة واشتعلت سيارات عدة، إحداها صهريج محروقات أودى احتراقه بثلاثة أطفال، وفق مركز حلب الإعلامي. وذكر المركز أيضاً "
        "أن أسرة بأكملها قوامها ثمانية أفراد قضت حرقاً داخل سيارتها، وأن ثلاثة مبانٍ سكنية أصيبت وشبّت النار في محال "
        "تجارية عدة. كذلك طالت البراميل أحياء الميسر وباب النصر والصالحين وقاضي عسكر وكرم الطراب والجزماتي وباب الحديد، "
        "مخلفة خسائر فادحة بالأرواح وبالممتلكات العامة والخاصة. وأسقطت الحوامات التابعة للنظام براميل أخرى على حي المشهد، "
        "فسقط مدنيون بين قتيل وجريح، وانهارت أبنية سكنية واحترقت سيارات. ويشكو سكان الأحياء الشرقية من أن القصف لا يميز "
        "بين بيت ومتجر.",
        [E("airstrike", Q("أكثر من 115", 115, None, True), PL("حلب", "Aleppo", "Aleppo", nth=1), "2014-02-01", "ناشطون", GOV,
           kind="aggregate",
           note="the day's toll of barrel bombs over the city, more than the quarters' tolls listed: an aggregate of "
                "one cause (airstrike, stop 32); the headline's «أكثر من 115», the body's «تخطّت 115»: low 115"),
         E("airstrike", Q("15", 15, nth=2), PL("طريق الباب", "Tariq al-Bab", "Aleppo"), "2014-02-01", "مركز حلب الإعلامي", GOV,
           note="the quarter's own toll tied to the barrels there; the three children and the family of eight are "
                "parts of its telling (breakdown); the media centre closes the sentence"),
         E("airstrike", None, PL("الميسر", "Al-Maysar", "Aleppo"), "2014-02-01", "مركز حلب الإعلامي", GOV,
           note="barrels on a list of seven quarters: one act over a list (a group), placed at the first; an act of "
                "the kind the centre's report told: its source carries"),
         E("airstrike", None, PL("المشهد", "Al-Mashhad", "Aleppo"), "2014-02-01", "مركز حلب الإعلامي", GOV,
           note="helicopters' barrels on al-Mashhad, dead and wounded not numbered; same kind, the source carries")])

passage("lj06", "2015-12-01", "Syrian Press Center (Anadolu relay)", "a rights group's monthly tally by perpetrator "
        "| page: https://syrianpc.com/الشبكة-السورية-لحقوق-الإنسان-توثق-مقت-6",
        "الشبكة السورية: 1481 قتيلاً في تشرين الثاني.. والنظام مسؤول عن 963 منهم\n"
        "أحصت الشبكة السورية لحقوق الإنسان 1481 قتيلاً سقطوا في سوريا طوال شهر تشرين الثاني/نوفمبر المنصرم بأيدي القوى "
        "الرئيسية المتحاربة، مؤكدة أن تسعة أعشار من قضوا بنيران النظام، أي 90%، مدنيون. وجاء ذلك في تقريرها الدوري عن "
        "الضحايا الذي نشرته المنظمة الحقوقية اليوم الثلاثاء وتسلمت وكالة الأناضول نسخة عنه، وقد نبّهت فيه إلى أن أرقامها "
        "تستثني قتلى قوات النظام وتنظيم داعش، إذ لا سبيل إلى معايير توثيق موثوقة بينما يحظر الطرفان عمل فريقها الميداني "
        "ويلاحقانه. وبيّن التقرير أن قوات النظام والمسلحين الموالين لها أزهقوا أرواح 963 شخصاً، منهم 676 مدنياً بينهم 207 "
        "أطفال، أي 7 أطفال في اليوم، و155 سيدة، علاوة على 62 ماتوا تحت التعذيب و287 من حملة السلاح. وأضاف أن الغارات التي "
        "نفذها الطيران الروسي حصدت 266 شخصاً، منهم 22 طفلاً و14 امرأة و7 مسلحين. ولفتت الشبكة إلى أن الأطفال والنساء "
        "شكلوا 54% من مجموع المدنيين القتلى، معتبرة ذلك دليلاً على أن النظام يتقصد إصابة المدنيين، بحسب تعبيرها.",
        [E("casualties", Q("1481", 1481), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the month's national tally (2015-11), by several acts: casualties"),
         E("casualties", Q("963", 963), None, None, "الشبكة السورية لحقوق الإنسان", GOV, kind="aggregate",
           note="killed by the regime and its militias in the month, by several kinds of act: casualties aggregate; "
                "civilians, children, women, torture and fighters are its breakdown"),
         E("airstrike", Q("266", 266), None, None, "الشبكة السورية لحقوق الإنسان", RUS, kind="aggregate",
           note="killed by Russian air raids in the month: a running toll of one cause takes its type (stop 32)")])

passage("lj07", "2018-05-12", "Al-Bawaba News", "an evacuation convoy told by a security source, the next convoys, the "
        "first convoys recalled | page: https://albawabhnews.com/3098028",
        "ثالث قوافل المقاتلين الخارجين من ريف حمص الشمالي تتجه إلى إدلب\n"
        "انطلقت مساء أمس الجمعة القافلة الثالثة التي تقل مقاتلين من ريف حمص الشمالي وريف حماة الجنوبي مع ذويهم، متوجهة "
        "إلى محافظة إدلب في الشمال. وأوضح مصدر أمني سوري أن 3387 شخصاً، منهم 584 مسلحاً، خرجوا من جسر الرستن الواقع شمال "
        "حمص صوب مورك بريف حماة، على أن يعبروا لاحقاً إلى أراضي إدلب من خلال معبر قلعة المضيق. وتابع المصدر أن قافلتين "
        "إضافيتين يُنتظر أن تخرجا اليوم السبت، إحداهما من الرستن والأخرى من تقسيس في الريف الشمالي الشرقي لحماة. وكانت "
        "عمليات الإخراج قد بدأت يومي الإثنين والثلاثاء الفائتين، حين نقلت 120 حافلة المغادرين نحو الباب الواقعة في الريف "
        "الشرقي لحلب. وضمت تلك الرحلة الأولى زهاء 6 آلاف شخص معظمهم من النساء والأطفال، غير أن المجلس المحلي في الباب رفض "
        "استقبال الدفعة الأولى من المهجّرين، فاضطروا إلى تغيير وجهتهم والتوجه نحو إدلب بدلاً منها.",
        [E("other", Q("3387", 3387), PL("الرستن", "Al-Rastan", "Homs"), "2018-05-11", "مصدر أمني سوري", GOV,
           note="an evacuation convoy (3387 people, 584 fighters a breakdown) leaving from the Rastan bridge: the "
                "bridge is placed at its town; the next two convoys are future, not coded"),
         E("other", Q("زهاء 6 آلاف", 6000, approx=True), PL("ريف حمص الشمالي", "Northern Homs countryside", "Homs"),
           None, None, GOV,
           note="the first convoys recalled («وكانت … قد»): the outlet's recall, no day fixed (Monday and Tuesday); "
                "placed at the region they left; the 120 buses are a count of vehicles, the people are the figure; "
                "al-Bab's refusal is part of it")])

passage("lj08", "2018-03-25", "Sputnik Arabic", "an evacuation convoy from a besieged town told from state TV, the day's "
        "expected buses, civilians leaving by another corridor | page: "
        "https://sarabic.ae/amp/20180325/حافلة-خروج-مسلحين-عربين-الغوطة-سوريا-1031046097.html",
        "50 حافلة تنقل مسلحي الغوطة وعائلاتهم من عربين إلى إدلب اليوم\n"
        "أظهر بث مباشر على محطات سورية رسمية 15 حافلة تتهيأ لنقل 898 شخصاً من المسلحين وذويهم عبر ممر عربين بالغوطة "
        "الشرقية، على أن تتجه بهم بعد ذلك نحو محافظة إدلب. وهذه ثاني قافلة تغادر في يومين متتاليين، ويُرتقب أن تحتشد 25 حافلة "
        "ريثما تكتمل بقية الحافلات، لتسير جميعها في رتل واحد إلى محطتها النهائية في الشمال. ويُتوقع أن يصل عدد الحافلات "
        "المنطلقة معاً نحو إدلب قبل انقضاء يوم الأحد إلى 50 حافلة، تقل مقاتلين رفضوا إجراء تسوية مع الحكومة السورية، ومعهم "
        "أسرهم، ممن فضّلوا الانتقال إلى تلك المحافظة التي باتت المقصد الأول لمعظم من خرجوا من ساحات المواجهة مع الجيش في "
        "مختلف أنحاء البلاد. وبالتزامن مع ترحيل المسلحين وعائلاتهم، تتواصل موجات خروج المدنيين الذين كانت «التنظيمات "
        "الإرهابية» تحتجزهم في الغوطة الشرقية، وذلك عبر معبر مخيم الوافدين.",
        [E("other", Q("898", 898), PL("عربين", "Arbin", "Rif Dimashq"), "2018-03-25", "محطات سورية رسمية", GOV,
           note="an evacuation convoy (fighters and families) through the Arbin corridor: other; the buses are "
                "vehicles, the people the figure; the 50 buses expected before the day ends are future, not coded"),
         E("other", None, PL("مخيم الوافدين", "Al-Wafidin camp", "Rif Dimashq"), "2018-03-25", None, GOV,
           note="civilians leaving Eastern Ghouta by the Wafidin crossing, no number: other (the camp is a place of "
                "its own); outlet")])

passage("lj09", "2021-02-05", "Radio Al-Kul", "an ISIS claim through its agency with a killed-and-wounded figure and the "
        "dead apart, a recalled ambush; date inferred | page: https://radioalkul.com/p314747",
        "«داعش» يتبنى كميناً أوقع أكثر من 25 قتيلاً وجريحاً من قوات النظام في بادية حمص\n"
        "أعلن تنظيم «داعش»، اليوم الجمعة، أنه نصب كميناً لقوات النظام في بادية حمص خلّف ما يزيد على 25 عنصراً بين قتيل وجريح، "
        "بينما تتحدث وسائل الإعلام الموالية عن عودة نشاط التنظيم في الصحراء السورية. ونقلت وكالة «أعماق» الناطقة باسم "
        "التنظيم أن 25 من جنود النظام، منهم 6 ضباط، سقطوا قتلى وجرحى أمس الخميس في الكمين. وفصّلت الوكالة أن المهاجمين "
        "استهدفوا حافلة عسكرية تقل جنوداً وهي تسلك طريق حميمة الصحراوي بعبوة ناسفة ثم بالرصاص، فقُتل 10 جنود وأصيب 15. ويأتي "
        "إعلان التنظيم في وقت تروّج فيه دمشق لمعارك تخوضها ضده هناك. وتشن خلايا التنظيم غارات خاطفة وتنصب الكمائن لقوات "
        "النظام والميليشيات الإيرانية الرديفة، ومن ذلك مقتل وأسر 13 مقاتلاً من «فاطميون»، الميليشيا المرتبطة بالحرس الثوري "
        "الإيراني، في بادية تدمر خلال كانون الأول الفائت، وفق شبكة تدمر الإخبارية. وينتشر مقاتلو التنظيم في صحراء تمتد بين "
        "حمص ودير الزور والسويداء، من تخوم السخنة إلى مشارف البوكمال والميادين.",
        [E("armed_clash", Q("10", 10), PL("حميمة", "Humaymah", "Homs"), "2021-02-04", "وكالة «أعماق»", IS,
           note="an ambush on a bus with a roadside bomb then gunfire: armed_clash (a second coder could code "
                "explosion); FIGURE CALL: the dead (10) given apart from the «25 killed and wounded»; the road is "
                "placed at the place it names; the claim is the ambush's telling, not a statement of its own"),
         E("armed_clash", Q("13", 13), PL("بادية تدمر", "Palmyra desert", "Homs"), "2020-12", "شبكة تدمر الإخبارية", IS,
           note="a recalled ambush (background): 13 Fatemiyoun killed and captured together, the only figure; its "
                "source closes the sentence")])

passage("lj10", "2022-03-12", "Halab Today", "a reporter's item on a raid and arrests, a relative's denial, a settlement "
        "centre to open; date inferred from the weekdays | page: https://halabtodaytv.net/archives/234153",
        "دورية لأمن الدولة تعتقل سبعة من عائلة واحدة في حي القصور بحمص\n"
        "أفاد مراسل حلب اليوم بمدينة حمص بأن دورية تتبع فرع أمن الدولة دهمت، مساء أمس الجمعة، شققاً عدة في حي القصور، واقتادت "
        "سبعة أفراد من أسرة واحدة إلى مبنى الفرع القائم في الطرف الشمالي من الحي. ونقل المراسل عن شخص قريب من الموقوفين أن "
        "قائد الدورية اتهم أفراد الأسرة بتأسيس صفحة مزيفة على فيسبوك وإدارتها، تشوّه حقيقة الخدمات في أحياء الخالدية والقصور "
        "والقرابيص، وبإمداد وسائل إعلام معارضة في الشمال بصور ومقاطع تسيء، بحسب تعبيره، إلى «هيبة المؤسسات الحكومية». وشدد "
        "المصدر، الذي آثر إخفاء اسمه لدواعٍ أمنية، على أن التهم ملفقة بالكامل، موضحاً أن أربعة من الموقوفين عمال بناء، في حين "
        "يعمل الآخرون في المدينة الصناعية بحسياء. وجاءت حملة الدهم عشية افتتاح مركز للتسوية أُعلن عنه في الصالة الرياضية "
        "بحي الوعر، ويُفترض أن يبدأ أعماله غداً الأحد بمشاركة مندوبين عن أجهزة المخابرات الأربعة (الجوية والعسكرية "
        "والسياسية وأمن الدولة)، ورئيس اللجنة الأمنية، وممثلين عن اللواء حسام لوقا.",
        [E("arrest", Q("سبعة", 7), PL("القصور", "Al-Qusour", "Homs"), "2022-03-11", "مراسل حلب اليوم", GOV,
           note="seven of one family arrested in a raid; the quarter is the place; the relative's denial of the charges "
                "is part of the telling; the settlement centre opening tomorrow is future, not coded")])

passage("lj11", "2021-09-13", "UNews", "a settlement in force in one town, a new settlement agreed in another, returns "
        "recalled | page: https://www.unews.com.lb/ar/archives/13/09/2021/2884/",
        "هدوء في درعا البلد بعد التسوية.. واتفاق مماثل في اليادودة\n"
        "تجولت عدسة يونيوز في أحياء درعا البلد عقب إنفاذ اتفاق التسوية، وسجّلت عودة السكينة إليها بعدما ثبّت الجيش السوري "
        "نقاطه فيها ورُفع العلم الرسمي في ساحتها الكبرى. ودخلت الوكالة كذلك مركز التسوية حيث تتواصل معاملات عدد من الأهالي، "
        "في إطار الاتفاق الذي بدأ سريانه الإثنين الفائت، وقضى بترحيل المقاتلين الذين رفضوا القبول به نحو إدلب، وانتشار الجيش "
        "في الحي، وتسوية وضع من يشاء من المسلحين. وفي الريف الغربي، قالت مصادر قريبة من مسلحي اليادودة إن وجهاء البلدة "
        "اتفقوا مع الجيش على أن تبدأ منذ صباح اليوم تسوية أوضاع عشرات الشبان من المطلوبين والمنشقين، بالتزامن مع دخول قوة "
        "من الجيش لتفتيش بعض البيوت برفقة الشرطة الروسية. وكان آلاف من سكان درعا البلد قد شرعوا في العودة إلى بيوتهم قبل "
        "أيام، إثر نشر نقاط الجيش واستمرار فرق الهندسة في تمشيط بقية أرجاء الحي ورفع السواتر الترابية وفتح الشوارع، تطبيقاً "
        "للاتفاق الذي عرضته الحكومة لتثبيت الأمن في المنطقة.",
        [E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-13", None, GOV,
           note="the settlement deal in force (evacuation of those who refuse, the army's deployment, settlements at "
                "the centre): one agreement event; the outlet's own camera tells it; dated by the publication day "
                "(the settlements going on), the deal itself started on Monday 2021-09-06"),
         E("agreement", Q("عشرات", 20, 90, True), PL("اليادودة", "Al-Yadudah", "Daraa"), "2021-09-13",
           "مصادر قريبة من مسلحي اليادودة", GOV,
           note="a settlement agreed for dozens of wanted men and defectors, the army entering to search houses: one "
                "agreement whose figure is the dozens to be settled"),
         E("other", Q("آلاف", 2000, 9000, True), PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=2), None, None, None,
           note="returns of thousands recalled («وكان … قد»): other (returns), no day fixed, outlet")])

passage("lj12", "2023-03-20", "Nedaa Post", "graffiti against the ruler, checkpoints and a raid campaign with arrests, a "
        "2018 recall; date inferred | page: "
        "https://nedaa-post.com/حراك-مناهض-للنظام-السوري-في-حمص-والأفرع-الأمنية-تطلق-حملة-مداهمة-واعتقالات/",
        "حملة دهم واعتقال في ريف حمص الشمالي إثر كتابات مناهضة للأسد\n"
        "شنّت أجهزة المخابرات التابعة للنظام السوري حملة واسعة من المداهمات والاعتقالات في الريف الشمالي لحمص، في أعقاب "
        "نشاط شعبي معارض لبشار الأسد. وقال مصدر خاص لموقع «نداء بوست» إن أشخاصاً لم تُعرف هوياتهم كتبوا على جدران مدرسة "
        "في منطقة الحولة، الواقعة في الجهة الشمالية الغربية من الريف، شعارات تدعو إلى إسقاط النظام وتنحي الأسد. وتابع "
        "المصدر أن قوات النظام رفعت جاهزيتها إثر ذلك، فأقامت حواجز طيارة على الطرق الرئيسية وعند مداخل المدن ومخارجها، "
        "وأخضعت المارة لتفتيش دقيق وللتحقق من أسمائهم أمنياً. وترافق ذلك مع دوريات لشعبة المخابرات العسكرية جابت المنطقة "
        "ودهمت عدداً من البيوت، واعتقلت 10 أشخاص بذريعة تخلفهم عن الخدمة الإلزامية والاحتياطية. يُشار إلى أن قوات النظام "
        "استعادت في أيار/مايو 2018 السيطرة على ريف حمص الشمالي، إثر هجوم عسكري روسي أفضى إلى اتفاق «مصالحة» قضى بترحيل الرافضين له "
        "إلى إدلب.",
        [E("arrest", Q("10", 10), PL("الحولة", "Al-Houla", "Homs"), "2023-03-20", "مصدر خاص", GOV,
           note="the raid campaign and its ten arrests (for military service) in the area: one arrest event, placed at "
                "al-Houla (the area the source's sentences are about); the headline and lead tell it; no day in the "
                "text: the publication day"),
         E("protest", None, PL("الحولة", "Al-Houla", "Homs"), "2023-03-20", "مصدر خاص", PROT,
           note="anti-regime slogans written on a school's walls: a (borderline) protest act; a second coder could "
                "leave it as the arrests' cause; the school is placed at its area"),
         E("territory_change", None, PL("ريف حمص الشمالي", "Northern Homs countryside", "Homs", nth=1), "2018-05", None, GOV,
           note="the 2018 recapture recalled (background), with the reconciliation deal and evacuation as its terms")])

passage("lj13", "2022-07-23", "Syrian Press Center", "an abduction by a security-branch militia told by a local network, "
        "roads blocked in protest | page: https://syrianpc.com/موجة-غضب-إثر-اختطاف-مدنيين-جنوب-سوريا",
        "غضب في السويداء بعد خطف مدنيين بأيدي مجموعة الفلحوط\n"
        "نقلت شبكة السويداء 24 في تقرير لها اليوم السبت أن راجي فلحوط، قائد مجموعة مسلحة مرتبطة بشعبة المخابرات العسكرية في "
        "السويداء، بثّ صوراً لمدنيين يطوقهم عناصر من مجموعته، بعد أن اختطفوهم سعياً لاستعادة سيارة سُرقت من المحافظة "
        "وبيعت في درعا. وشددت الشبكة على أن المخطوفين لا صلة لهم بسرقة السيارة، وأنهم مدنيون أُخذوا على الهوية وهم في "
        "طريقهم إلى أعمالهم، ثم انتشر على مواقع التواصل مقطع لمالك السيارة بلباسه الديني التقليدي المعروف في المحافظة، "
        "والمسلحون من حوله يطلقون الرصاص في الهواء قرب المحتجزين. وفي تطور متصل، ذكرت السويداء 24 مساء اليوم أن مجموعات "
        "أهلية أغلقت بالإطارات المشتعلة الطريق من مدينة السويداء نحو ظهر الجبل شرقاً، اعتراضاً على خطف المدنيين، بينما "
        "تسود المدينة ومنصات التواصل نقمة عارمة عقب نشر صور ومقاطع للمحتجزين رأى فيها كثيرون إذلالاً لهم.\n"
        "المركز الصحفي السوري",
        [E("arrest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2022-07-23", "شبكة السويداء 24", GOV,
           note="an abduction of civilians (abductions are arrests, as sets 73 and 78) by a militia tied to Military "
                "Intelligence: agent the government side; no number; placed at the governorate named for the group "
                "(no place of the abduction given); dated by the publication day"),
         E("protest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=4), "2022-07-23", "السويداء 24", PROT,
           note="local groups block the road with burning tyres against the abductions: a protest; a road between two "
                "places is placed at the first")])

passage("lj14", "2022-12-04", "Baladi News", "an ISIS raid told by a local network, Russian raids and reinforcements "
        "after it, a recalled ISIS announcement | page: "
        "https://baladi-news.com/public/ar/articles/89088/خسائر-للنظام-في-منطقة-السخنة-بريف-حمص",
        "قتلى وجرحى لقوات النظام بهجوم لداعش قرب السخنة\n"
        "لقي ضابط في قوات النظام حتفه وأصيب عدد من العناصر، أمس السبت 3 كانون الأول/ديسمبر، في هجوم نفذه مقاتلو تنظيم "
        "«داعش» في البادية. ونقلت شبكة «البادية-24» عن مصادرها أن عناصر التنظيم هاجموا مواقع النظام في منطقة «الكوم» قرب "
        "السخنة شرقي حمص، وسيطروا على نقطتي حراسة متقدمتين. وبحسب المصادر، قُتل في الهجوم الضابط «سامر عدنان الخطيب»، وجُرح "
        "عنصران نُقلا إلى مستشفى تدمر لإسعافهما. وأضافت أن الطائرات الحربية الروسية ردّت بما يزيد على 30 غارة استهدفت مواقع "
        "للتنظيم في البادية، بالتوازي مع وصول تعزيزات كبيرة لقوات النظام، الأمر الذي أجبر التنظيم على الانسحاب وأعاد عناصر "
        "النظام إلى مواقعهم. وكان «داعش» قد نشر يوم الجمعة 2 كانون الأول/ديسمبر، عبر حساباته الرسمية على «تلغرام»، صوراً "
        "لحشود من مقاتليه يرفعون راياته إلى جانب عربات عسكرية ومصفحة، قال إنها توثق بيعتهم لزعيمه الجديد «أبو الحسن "
        "الحسين القرشي» إثر مقتل سلفه.",
        [E("armed_clash", None, PL("الكوم", "Al-Kawm", "Homs"), "2022-12-03", "شبكة «البادية-24»", IS,
           note="the raid on regime posts with two posts seized: one armed_clash (the seizure is part of it, retaken "
                "the same day); one officer killed: no figure"),
         E("airstrike", Q("ما يزيد على 30", 30, None, True), PL("البادية", "Syrian Badia", None, nth=2), "2022-12-03",
           "شبكة «البادية-24»", RUS,
           note="«وأضافت»: the network's report goes on; more than 30 Russian raids on ISIS positions in the desert "
                "(a region, no governorate); the figure is the raids"),
         E("reinforcement", None, PL("البادية", "Syrian Badia", None, nth=2), "2022-12-03", "شبكة «البادية-24»", GOV,
           note="large regime reinforcements arriving, told in the same sentence; ISIS withdrew and the regime "
                "returned (part of the clash's outcome)"),
         E("statement", None, None, "2022-12-02", None, IS,
           note="ISIS's published photos of its men pledging allegiance to its new leader: the group's announcement, "
                "recalled by the outlet («وكان … قد»)")])

passage("lj15", "2023-09-17", "Baladi News", "a Turkish drone strike told by another site and witnesses, two earlier "
        "strikes and a Turkish ministry's claim recalled | page: "
        "https://baladi-news.com/ar/articles/97228/مسيرة-تركية-تستهدف-سيارة-لقوات-قسد-بريف-القامشلي",
        "مسيّرة تركية تضرب سيارة غربي القامشلي\n"
        "ضربت طائرة تركية مسيّرة، اليوم الأحد 17 أيلول/سبتمبر، سيارةً كانت تسير على طريق علي فرو إلى الغرب من مدينة القامشلي، وسط "
        "معلومات عن سقوط قتلى وجرحى. وذكر موقع «نورث برس» أن المسيّرة أصابت سيارة على الطريق الرابط بين القامشلي وعامودا، "
        "فيما أفاد شهود بأن سيارات إسعاف وإطفاء هرعت إلى المكان، ونقلت المصادر أن الضربة طالت سيارة قيادي في «قسد». وقبل ذلك "
        "بيومين، الجمعة 15 أيلول، قُتلت 3 من مقاتلات «وحدات حماية المرأة» بضربة مسيّرة تركية على سيارتهن في منبج شرقي حلب، إذ "
        "أعلن «مجلس منبج العسكري» المنضوي في «قسد» أن المسيّرة أصابت سيارة على طريق الحطابات جنوبي المدينة وقتلت ثلاث "
        "مقاتلات. وفي 12 أيلول، قالت وزارة الدفاع التركية إنها «حيّدت» 4 من عناصر «قسد» في شمال سوريا، موضحة في بيان أن "
        "هؤلاء أطلقوا النار على منطقة «درع الفرات» شمالي حلب. وتصنّف أنقرة «الوحدات» الكردية، التي تتزعم «قسد» وتمثل الجناح "
        "العسكري لحزب «ب ي د»، تنظيماً إرهابياً وامتداداً لـ«بي كي كي»، وتلاحق مسيّراتها قادة «قسد» منذ سنوات.",
        [E("airstrike", None, PL("القامشلي", "Qamishli", "Al-Hasakah", nth=1), "2023-09-17", "موقع «نورث برس»", TUR,
           note="the drone strike west of Qamishli on the Qamishli-Amuda road (first place); dead and wounded not "
                "numbered: no figure; the lead (outlet) and North Press tell it"),
         E("airstrike", Q("3", 3), PL("منبج", "Manbij", "Aleppo"), "2023-09-15", "«مجلس منبج العسكري»", TUR,
           note="recalled strike two days earlier with its own day: three YPJ fighters killed (the «ثلاث» of the council's "
                "telling is the same figure)"),
         E("armed_clash", Q("4", 4), PL("شمال سوريا", "Northern Syria", None), "2023-09-12", "وزارة الدفاع التركية", TUR,
           note="the ministry's «neutralised» four SDF fighters who had fired on the Euphrates Shield area: killings in "
                "combat by Turkish forces, act not named: armed_clash (a second coder could code casualties); only a "
                "region given; the firing on the Euphrates Shield area is the clash's cause, not coded apart")])

passage("lj16", "2023-11-08", "Pro-Justice (Ma'a al-Adala)", "simultaneous ISIS attacks with a toll and its breakdown "
        "from local sources, the AFP background | page: https://pro-justice.org/ar/justice/هجمات-دموية-لـداعش-في-البادية-السوري.html",
        "داعش يقتل 30 من قوات الأسد في هجمات متزامنة بالبادية\n"
        "*مع العدالة – متابعات\n"
        "أفادت مصادر محلية، الأربعاء، بأن تنظيم الدولة الإسلامية (داعش) قتل 30 عنصراً على الأقل من قوات نظام الأسد في "
        "البادية السورية، في هجمات تُعد من الأعنف منذ مطلع العام. وقالت المصادر إن القتلى الثلاثين، وهم أربعة جنود و26 من "
        "عناصر «الدفاع الوطني»، سقطوا صباح الأربعاء حين انقض التنظيم في وقت واحد على حواجز ومواقع عسكرية، موضحة أن الهجمات "
        "طالت مواقع متفرقة تمتد من الرقة إلى حمص ودير الزور. ورجّحت المصادر ارتفاع الحصيلة، متحدثة عن جرحى لم يُحدد عددهم، بعضهم "
        "إصاباته بالغة. وكان التنظيم قد أعلن «خلافته» في حزيران/يونيو 2014 على رقعة واسعة من الأراضي السورية والعراقية، "
        "ودشّن حقبة من الإرهاب، قبل أن يُهزم ميدانياً في سوريا عام 2019، غير أن فلوله ما زالت تنشط. وتعود جذور الحرب "
        "السورية إلى عام 2011، حين قمعت قوات بشار الأسد بعنف احتجاجات سلمية تطالب بالديمقراطية، لتجتذب بعدها قوى خارجية "
        "وجهاديين من أنحاء العالم.",
        [E("armed_clash", Q("30", 30, None), PL("البادية السورية", "Syrian Badia", None), "2023-11-08",
           "مصادر محلية", IS,
           note="simultaneous attacks on checkpoints and posts told as one with one toll: one event (a group over the "
                "stretch between Raqqa, Homs and Deir ez-Zor), placed at the desert region the text names; four "
                "soldiers and 26 NDF are the breakdown; the caliphate of 2014, its defeat in 2019 and the 2011 "
                "crackdown are the outlet's general background, not coded")])

passage("lj17", "2021-03-05", "Suwayda 24", "two abductions on one day (a total that is their sum), a release, a "
        "year's tally recalled; date inferred from the weekdays | page: https://suwayda24.com/?p=18391",
        "خطف ثلاثة مدنيين بواقعتين منفصلتين في السويداء\n"
        "على الرغم من التدابير الأمنية المستحدثة في محافظة السويداء، اختطفت عصابات مسلحة يوم الخميس ثلاثة مدنيين في واقعتين "
        "لا رابط بينهما. ففي مساء الخميس، اعترض مسلحون مجهولون على طريق دمشق–السويداء شابين من عائلة واحدة هما فادي وكنان "
        "العلي، بعد أن أوقعوا بهما عبر إعلان مزيف على فيسبوك يعرض سيارة بثمن بخس، فقدما من حلب إلى السويداء. وكان يصحب "
        "الشابين رجل طاعن في السن من معارفهما، تخلّى عنه الخاطفون على جانب الطريق بالقرب من قرية أم الزيتون بعد أن أخذوا "
        "الشابين، وقد أُبلغت الأجهزة الأمنية في المحافظة بما جرى. وفي الشمال الشرقي من المحافظة، خطف مسلحون مجهولون صباح "
        "الخميس أيضاً المواطن سليمان حمد، من سكان قرية القصر، على الطريق بين القصر وشقا بينما كان عائداً إلى قريته على "
        "دراجته النارية، ثم أخلوا سبيله اليوم الجمعة شرق قرية الحقف بعدما سلبوه الدراجة ومالاً كان يحمله. وتزعم الأجهزة "
        "الأمنية أنها اتخذت مؤخراً تدابير لضبط الانفلات، لكن حوادث الخطف طلباً للفدية ما زالت تتكرر على يد عصابات منظمة، "
        "فيما يطالب الأهالي بإجراءات أشد. وكانت السويداء 24 قد وثّقت خلال العام الماضي 140 انتهاكاً بحق المدنيين، منها 65 "
        "عملية خطف نفذتها عصابات بغرض الفدية.",
        [E("arrest", None, PL("أم الزيتون", "Umm al-Zaytoun", "As-Suwayda"), "2021-03-04", None, UNK,
           note="the three are the sum of the two abductions told (2 + 1): no event of their own (stop 34); two young "
                "men abducted on the Damascus-Suwayda road near Umm al-Zaytoun (the most specific place): a dual, no "
                "figure; abductions are arrests (sets 73, 78); the outlet tells it"),
         E("arrest", None, PL("القصر", "Al-Qasr", "As-Suwayda"), "2021-03-04", None, UNK,
           note="one man abducted on the al-Qasr-Shaqqa road (first place), released on Friday east of al-Hiqf (part "
                "of the same incident)"),
         E("other", Q("140", 140), None, None, "السويداء 24", None, kind="aggregate",
           note="UNSURE: last year's (2020) tally of violations against civilians, the 65 kidnappings for ransom its "
                "breakdown (breakdowns are never events); a second coder could code the 65 as an arrest aggregate")])

passage("lj18", "2025-01-04", "Hashd Net", "a security campaign's running arrest total, a cache seized, a named arrest, "
        "the campaign's frame | page: https://hshd-ye.net/news9527.html",
        "حملة تمشيط في حمص تنتهي باعتقال قادة أمنيين سابقين\n"
        "حشد نت – متابعات\n"
        "تمضي السلطات السورية في حملتها الأمنية بمدينة حمص وأريافها، وقد اعتقلت حتى الآن قرابة 150 شخصاً، منهم قادة في "
        "الأجهزة الأمنية ومسؤولون عملوا في النظام البائد. وتندرج الحملة في إطار مساعٍ حثيثة لتعقب مرتكبي جرائم الحرب "
        "وتنظيف المنطقة من بقايا النظام السابق ومن عناصر تابعين لحزب الله اللبناني. ونقلت مصادر محلية أن القوات عثرت على "
        "مستودع ضخم للذخائر في حي الزهراء عند أطراف المدينة، وأوقفت عدداً من الوجوه المعروفة، بينهم وسيم خالد الحسن، الذي "
        "كان مكلفاً بكاميرات المراقبة في سجن صيدنايا وأسهم في إيقافها عن العمل قبل أن تبسط فصائل المعارضة سيطرتها على "
        "المنطقة. وتتواصل الحملة ضمن خطة واسعة تقضي بمراجعة مراكز التسوية، إذ تُلاحق القوات كل من امتنع عن تسليم سلاحه أو "
        "تجاهل الإجراءات الأمنية التي أقرتها السلطات الجديدة. وتباينت المواقف من الحملة داخل سوريا؛ فبينما يعدّها فريق خطوة "
        "ضرورية لتخليص البلاد من أتباع النظام السابق، يخشى فريق آخر أن تجرّ البلاد إلى مزيد من التصعيد.",
        [E("arrest", Q("قرابة 150", 150, approx=True), PL("حمص", "Homs", "Homs", nth=1), None, None, NEWGOV,
           kind="aggregate",
           note="the campaign's running total of arrests in Homs and its countryside (a period from its start, early "
                "January 2025): arrest aggregate; the named arrests are inside it; the outlet tells it"),
         E("other", None, PL("الزهراء", "Al-Zahraa", "Homs"), "2025-01-04", "مصادر محلية", NEWGOV,
           note="a large ammunition depot found and seized in al-Zahraa: other (a seizure); undated, the publication "
                "day")])

passage("lj19", "2016-10-19", "Zaiton Magazine", "a checkpoint taken with its losses told by activists, a guided-missile "
        "hit and a clash with its dead on two other fronts; date inferred | page: https://zaitonmag.com/?p=6213",
        "فصائل الثوار تنتزع حاجز المداجن في الريف الشمالي لحماة\n"
        "بسطت فصائل الثوار العاملة في ريف حماة، أمس الثلاثاء، سيطرتها على حاجز المداجن المجاور لبلدة الفرديس في الريف "
        "الشمالي للمحافظة، وذلك إثر مواجهات ضارية خاضتها مع قوات النظام والمليشيات التي تقاتل في صفوفها. وذكر ناشطون أن "
        "المقاتلين ألحقوا بالمليشيات الموالية خسائر فادحة في الأرواح خلال هذه المعركة، ودمروا دبابة لقي جميع أفراد طاقمها "
        "حتفهم. وفي الأثناء، أصاب الجيش الحر بصاروخ موجه مدرعة تابعة لقوات النظام داخل معسكر «بريديج» في ريف حماة الغربي، "
        "فدمّرها تماماً وأوقع قتلى في صفوف العناصر الذين كانوا على متنها. وتواصلت أشد المعارك على محاور بلدة «حربنفسه» قرب حاجز "
        "المحطة، حيث تبادل الثوار وقوات النظام إطلاق النار على مدى ساعات طويلة، قبل أن تضطر القوات الحكومية في نهاية المطاف إلى التقهقر إثر مقتل "
        "أربعة من جنودها ووقوع آخرين في الأسر بيد المقاتلين.",
        [E("territory_change", None, PL("الفرديس", "Al-Fardous", "Hama"), "2016-10-18", "ناشطون", FSA,
           note="the checkpoint near al-Fardous taken after clashes (the checkpoint is placed at the village it "
                "adjoins); the next sentence's activists tell its losses: their source carries back (stop 30); heavy "
                "losses and a tank crew: no figure"),
         E("shelling", None, PL("بريديج", "Breidij", "Hama"), "2016-10-18", None, FSA,
           note="a guided missile on an armoured vehicle in the Breidij camp: a missile strike (shelling); the camp is "
                "a place of its own; «وفي الأثناء» another kind of act after the activists' report: outlet; dead not "
                "numbered"),
         E("armed_clash", Q("أربعة", 4), PL("حربنفسه", "Harbnafseh", "Hama"), "2016-10-18", None, FSA,
           note="hours of clashes on the Harbnafseh fronts, the regime's four dead (others captured): the figure is the "
                "dead; outlet")])

passage("lj20", "2024-11-29", "Akhbar al-Balad", "an offensive's takings with a spokesman's statement, the other side's "
        "stance, the operation's frame | page: https://albaladnews.net/article/412963",
        "المعارضة تعلن بسط سيطرتها على كامل ريف حلب الغربي\n"
        "أعلنت فصائل المعارضة السورية المسلحة أنها «حررت» الريف الغربي لمحافظة حلب بأكمله، بعد مواجهات عنيفة مع جيش النظام "
        "خلّفت عشرات القتلى في صفوف الجانبين، وقطعت الطريق الدولي المتجه إلى دمشق. وكانت الفصائل قد بدأت فجر الأربعاء هجوماً "
        "واسعاً أطلقت عليه اسم «ردع العدوان»، قائلة إنه ضربة استباقية لهجوم كانت قوات النظام وحلفاؤها تعدّ له ضد مناطقها في "
        "ريفي حلب وإدلب بالشمال الغربي. وتخوض المعركة فصائل متعددة، في مقدمتها هيئة تحرير الشام، إلى جانب تشكيلات من الجيش "
        "الوطني السوري المعارض. في المقابل، أكدت وزارة الدفاع السورية أن قواتها تعمل بالتنسيق مع روسيا ومع «قوات صديقة» لاسترجاع ما "
        "خسرته من أرض وإرجاع الأوضاع إلى سابق عهدها. وقال المقدم حسن عبد الغني، الناطق باسم إدارة العمليات العسكرية التابعة "
        "للمعارضة، في بيان نشره عبر «إكس» في الساعات الأولى من اليوم الجمعة، إن مقاتليهم أحكموا قبضتهم على ريف حلب الغربي كاملاً بعد 36 "
        "ساعة من القتال الضاري. وأضاف أن الفصائل انتزعت بلدة كفر حلب ذات الأهمية الاستراتيجية غربي مدينة حلب، فيما أكدت "
        "إدارة العمليات العسكرية كذلك سيطرتها على مواقع حيوية في الريف الجنوبي الشرقي لإدلب.",
        [E("territory_change", Q("عشرات", 20, 90, True), PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"),
           "2024-11-29", "المقدم حسن عبد الغني", HTS,
           note="the whole western countryside taken after 36 hours of fighting: one taking at the region (the text "
                "names no finer place for it); its dead (dozens on both sides) are the figure; the opposition's "
                "announcement in the lead and the spokesman's statement are tellings of it; the road cut is part "
                "of it"),
         E("territory_change", None, PL("كفر حلب", "Kafr Halab", "Aleppo"), "2024-11-29", "المقدم حسن عبد الغني", HTS,
           note="«وأضاف»: a town taken, told on its own: its own event"),
         E("territory_change", None, PL("الريف الجنوبي الشرقي لإدلب", "South-eastern Idlib countryside", "Idlib"),
           "2024-11-29", "إدارة العمليات العسكرية", HTS,
           note="sites in south-eastern rural Idlib taken, announced by the operations room"),
         E("statement", None, None, "2024-11-29", "وزارة الدفاع السورية", GOV,
           note="the ministry's stance (working with Russia and «friendly forces» to win the ground back): a named "
                "body's stance told as its own matter (stop 32); undated, the publication day; the launch of the "
                "operation on Wednesday is the fighting's start, not coded apart")])

passage("lj21", "2020-02-20", "Ramallah News", "a Turkish ministry's claims with agency tweets glued in, the Russian "
        "ministry's call and counter-claim, a minister's and a president's words | page: "
        "https://ramallah.news/post/149201/الجيش-التركي-يعلن-مقتل-50-جنديا-وتدمير-دبابات-وناقلات-جند-للنظام-في-ادلب",
        "أنقرة: «تحييد» ما يزيد على 50 جندياً للنظام في إدلب ومقتل جنديين تركيين\n"
        "قالت وزارة الدفاع التركية إن قواتها حيّدت ما يزيد على 50 من عناصر الجيش السوري التابع للنظام داخل محافظة إدلب، وأفادت في "
        "بيانها بأن جنديين تركيين لقيا مصرعهما وجُرح 5 آخرون بضربة جوية في إدلب.\n"
        "(عاجل – الأناضول: الوزارة تعلن القضاء على ما يزيد على 50 من قوات النظام وتدمير 5 دبابات وناقلتي جند وسيارة بيك آب "
        "تحمل رشاشاً، وتعلن مقتل جنديين وجرح 5 بغارة على قواتها في إدلب – 20 شباط/فبراير 2020)\n"
        "وأشار البيان أيضاً إلى تدمير مركبتين عسكريتين ومدفع للنظام. في المقابل، طالبت وزارة الدفاع الروسية أنقرة بالكف عن "
        "مساندة من تسميهم «الإرهابيين» في سوريا وعن إمدادهم بالسلاح، وقالت إن فصائل إدلب تمكنت من اختراق خطوط قوات الأسد في "
        "محيط النيرب بإسناد من المدفعية التركية. من جانبه، أكد مولود جاويش أوغلو، وزير خارجية تركيا، أن قنوات الاتصال مع "
        "موسكو ما زالت مفتوحة رغم إخفاق جولات التفاوض بين البلدين، وبعد يوم من تلويح الرئيس التركي ببدء عمل عسكري ضد النظام. "
        "وأضاف جاويش أوغلو، في تصريح صحفي اليوم الخميس، أن ثمة تقارباً نسبياً مع روسيا في المباحثات الخاصة بإدلب.",
        [E("armed_clash", Q("ما يزيد على 50", 50, None, True), PL("إدلب", "Idlib", "Idlib", nth=1), "2020-02-20",
           "وزارة الدفاع التركية", TUR,
           note="Turkish forces «neutralised» more than 50 regime soldiers and destroyed tanks and vehicles, the act "
                "not named: armed_clash; the glued agency tweets retell it (one event); the province is the place"),
         E("airstrike", None, PL("إدلب", "Idlib", "Idlib", nth=2), "2020-02-20", "وزارة الدفاع التركية", None,
           note="an air strike on Turkish troops: two killed (a dual: no figure), five wounded; attacker not named"),
         E("statement", None, None, "2020-02-20", "وزارة الدفاع الروسية", RUS,
           note="the Russian ministry's call on Ankara to stop arming «terrorists»: a named body's call (stop 32)"),
         E("armed_clash", None, PL("النيرب", "Al-Nayrab", "Idlib"), "2020-02-20", "وزارة الدفاع الروسية", FSA,
           note="the Russian ministry's claim that Idlib factions broke through regime lines at al-Nayrab with Turkish "
                "artillery: the other side's telling of the day's fighting, coded at the place it names"),
         E("statement", None, None, "2020-02-20", "مولود جاويش أوغلو", TUR,
           note="the foreign minister's stance on contacts with Moscow: a named official's statement"),
         E("statement", None, None, "2020-02-19", None, TUR,
           note="the Turkish president's threat of a military operation the day before, recalled in the minister's "
                "sentence: a named official's threat (stop 32), told by the outlet")])


def main() -> None:
    write("gold109.jsonl", P109)


if __name__ == "__main__":
    main()
