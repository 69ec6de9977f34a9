"""Build gold114.jsonl: held-out set 114 (ids lo01…), written in stop 41 by writer w114 BEFORE any run on it.

35 short passages (40-130 words: a headline line, a lead and a few details), each the paraphrase of ONE real
Arabic page about Syria found with the search tool's `pages` corpus (queried in Arabic), years 2011-2025, many
outlets (regional papers and agencies, opposition and pro-government sites, Kurdish sites, rights groups'
reports relayed by local media) and many subjects: mass arrests, Friday protests, a column destroyed,
Russian, coalition and Turkish drone strikes, barrel bombs, a base taken, evacuations under the
four-towns deal, settlements, defections of a whole Nusra group and of conscripts, monthly tallies, kidnappings,
clashes between the Syrian National Army and the SDF, IS attacks on the new security forces. Every sentence was
rewritten (no run of five words, names aside, is shared with its page: checked by script against the page
text, which was kept outside the repository, in /tmp/w114/pages/); the incidents, their order, places,
figures, dates, sources and hedges are the page's; private people's names are invented. Each passage's `style`
ends with the page's address. Gold follows news_dev's README, the contract's Events section and the
events_probe README's conventions (stops 28, 30, 32, 34 and 41); it was written before anything ran on these
passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build114.py      # rewrites gold114.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P114: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P114.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("lo01", "2011-05-05", "Kurdonline (relaying AFP)", "a mass arrest campaign told by one activist; a running "
        "local toll | page: https://a.kurdonline.info/news_detail.php?id=7558",
        "حملة دهم في سقبا بريف دمشق: الأمن يحتجز المئات بمؤازرة الجيش\n"
        "ذكر ناشط حقوقي سوري لوكالة فرانس برس، طالباً إخفاء اسمه، أن الأجهزة الأمنية مدعومة بوحدات عسكرية "
        "احتجزت صباح اليوم الخميس ما يزيد على 300 من أهالي بلدة سقبا المجاورة لدمشق، من بينهم عدد من رجال الدين. "
        "وأوضح أن أحد الموقوفين أصيب برصاص العناصر قبل سوقه إلى السجن، وأن ما يفوق ألفي عنصر جيء بهم في حافلات "
        "لتنفيذ المداهمات، كما نزعوا لافتة «ساحة الشهداء» عن الساحة الرئيسية ومزقوا صور القتلى. وبحسب الناشط، "
        "فقدت البلدة سبعة من أبنائها منذ انطلاق الاحتجاجات في منتصف آذار.",
        [E("arrest", Q("ما يزيد على 300", 300, None, True), PL("سقبا", "Saqba", "Rif Dimashq"), "2011-05-05",
           "ناشط حقوقي سوري", GOV,
           note="the arrest campaign: the figure is the people held (an open bound); the detainee shot before "
                "being taken away is part of it (injured only); the two thousand men are the force, not a figure "
                "of the event; the torn banner is no event"),
         E("casualties", Q("سبعة", 7), PL("سقبا", "Saqba", "Rif Dimashq"), None, "ناشط حقوقي سوري", None,
           kind="aggregate",
           note="a running local toll since mid-March 2011 (period 2011-03..2011-05-05) naming no act: a casualties "
                "aggregate; «وبحسب الناشط» is the same activist")])

passage("lo02", "2012-05-26", "Al-Sharq (Qatar, via Sauress)", "a Friday in Homs: a day toll, shelling of a "
        "quarter, protests in many quarters, a raid with arrests | page: https://sauress.com/alsharq/306971",
        "ثلاثة قتلى في حمص وريفها في جمعة «دمشق.. موعدنا قريب»\n"
        "أعلنت لجان التنسيق المحلية سقوط ثلاثة قتلى أمس في مدينة حمص وأريافها، خلال الجمعة التي سمّاها الناشطون "
        "«دمشق.. موعدنا قريب». وتعرّض جوبر، الحي المتاخم لبابا عمرو، لقصف كثيف لليوم الثامن تباعاً بدءاً من الخامسة "
        "فجراً، مصدره مدافع منصوبة في الكلية الحربية بالوعر وراجمات في قرية عيصون، وأصابت القذائف مقبرة الحي. "
        "وبعد الصلاة هتف المتظاهرون لإسقاط النظام في أحياء عدة، بينها الخالدية والشماس الذي عرف مجزرة قبل أسبوع، "
        "وباب الدريب والحميدية وبني السباعي في المدينة القديمة. وفي حي الوعر، قال ناشطون إن قوات النظام دهمت "
        "بيوت ناشطين واعتقلت بعضهم وصادرت مكبرات الصوت واللافتات، فخرجت بعدها مظاهرات حاشدة.",
        [E("casualties", Q("ثلاثة", 3), PL("حمص", "Homs", "Homs"), "2012-05-25", "لجان التنسيق المحلية", None,
           kind="aggregate",
           note="a day's toll for the city and its countryside naming no act: a casualties aggregate (a coder could "
                "take it as one incident). Day: «أمس» on a Saturday page, the Friday"),
         E("shelling", None, PL("جوبر", "Jobar (Homs)", "Homs"), "2012-05-25", None, GOV,
           note="the eighth day of shelling of the quarter, told for the Friday; the academy and Issoun are where "
                "the guns are, not the place. SOURCE CALL: another kind of act after the LCC's toll, so the outlet"),
         E("protest", None, PL("الخالدية", "Khalidiya", "Homs"), "2012-05-25", None, PROT,
           note="one Friday protest told for a list of quarters, placed at the first; no crowd and no dead "
                "numbered, so no figure"),
         E("casualties", None, PL("الشماس", "Al-Shammas", "Homs"), None, None, None,
           note="a recalled massacre with a place of its own (stop 41: coded, background); «قبل أسبوع» gives no "
                "day, so null; no figure"),
         E("arrest", None, PL("الوعر", "Al-Waer", "Homs", nth=1), "2012-05-25", "ناشطون", GOV,
           note="the raid on activists' homes with arrests, no number; the quarter named at «وفي حي الوعر» (the "
                "first «الوعر» is where the guns sit)"),
         E("protest", None, PL("الوعر", "Al-Waer", "Homs", nth=1), "2012-05-25", "ناشطون", PROT,
           note="the protests that followed the raid: another act at the same quarter, same activists")])

passage("lo03", "2012-08-14", "Moheet (via Masress), relaying BBC Arabic and SOHR", "a column destroyed, the "
        "rebels' spokesman's tolls for both sides, jets on two villages, fighting in Aleppo "
        "| page: https://www.masress.com/moheet/415155",
        "الجيش الحر يعلن تدمير رتل للقوات النظامية على طريق باب الهوى\n"
        "قال الجيش السوري الحر إنه أباد يوم 13 آب/أغسطس رتلاً من الدبابات وناقلات الجند تابعاً للقوات النظامية "
        "في ريف إدلب الملاصق للحدود التركية. ونقلت بي بي سي عن المتحدث باسمه، العقيد مصطفى عبد الكريم، أن لواء "
        "درع الثورة اعترض الرتل المكوّن من عشر دبابات وعشرين ناقلة جند وخمس عربات وآليات خفيفة على طريق باب "
        "الهوى، وأن المواجهة امتدت من الثامنة صباحاً حتى الثامنة مساءً وانتهت بتدميره كلياً. وأضاف أن اللواء فقد "
        "20 مقاتلاً وجُرح 17 من عناصره، مقابل 40 قتيلاً بين الجنود ومن سمّاهم الشبيحة، وأن طائرات «ميغ 23» "
        "قصفت بلدة كلّة وقرية حزانو. وفي حلب، ذكر المرصد السوري لحقوق الإنسان بأن المعارك تواصلت في اليوم ذاته "
        "بحيي سيف الدولة وصلاح الدين.",
        [E("armed_clash", Q("20", 20), PL("باب الهوى", "Bab al-Hawa", "Idlib", nth=1), "2012-08-13",
           "العقيد مصطفى عبد الكريم", FSA,
           note="the ambush and the day-long battle are one clash. FIGURE CALL: no total of both sides' dead, so "
                "the first side numbered (20 rebels; the 40 soldiers and militiamen are the other side's, no second "
                "event; the 17 wounded go to injured). Place: the road named for Bab al-Hawa (the headline's "
                "mention comes first; the body's is nth=1). Source: BBC relays the spokesman, so the spokesman"),
         E("airstrike", None, PL("كلّة", "Killi", "Idlib"), "2012-08-13", "العقيد مصطفى عبد الكريم", GOV,
           note="MiG raids on two villages, one act placed at the first; «وأضاف» keeps the spokesman; dated by the "
                "battle's day (the text ties it to the same telling)"),
         E("armed_clash", None, PL("سيف الدولة", "Saif al-Dawla", "Aleppo"), "2012-08-13",
           "المرصد السوري لحقوق الإنسان", None,
           note="fighting in two Aleppo quarters, placed at the first; «في اليوم ذاته» = 13 August")])

passage("lo04", "2015-10-02", "Al Jazeera Net", "a ministry's strike count over three provinces; the monitor's toll of "
        "the first raid on Raqqa; night raids on a town "
        "| page: http://www.aljazeera.net/news/arabic/2015/10/2/روسيا-تستهدف-الرقة-وتعلن-سقوط-قتلى-بتنظيم-الدولة",
        "موسكو تعلن 18 غارة جديدة والمرصد يتحدث عن قتلى للتنظيم في الرقة\n"
        "في بيان صدر اليوم الجمعة، قالت وزارة الدفاع الروسية إن مقاتلات «سوخوي» من ثلاثة طرازات (34 و24 أم "
        "و25) شنّت 18 غارة على أهداف في سوريا تنسبها إلى تنظيم الدولة الإسلامية، شملت مقر قيادة ومركزاً "
        "للاتصالات في مدينة حلب ومعسكر تدريب في إدلب، فضلاً عن مقر قيادة قالت إنها دمّرته في حماة، مع أن أغلب المسلحين "
        "في إدلب وحماة من فصائل المعارضة لا من التنظيم. وأفاد المرصد السوري لحقوق الإنسان بأن أول غارة روسية على "
        "الرقة، مساء أمس الخميس، أودت بما لا يقل عن 12 عنصراً من التنظيم، وأصابت الأطراف الغربية للمدينة ومحيط "
        "مطار الطبقة. كما طالت غارات ليلية بلدة القريتين في ريف حمص، وفق مراسل الجزيرة.",
        [E("airstrike", Q("18", 18, nth=1), PL("حلب", "Aleppo", "Aleppo"), "2015-10-02", "وزارة الدفاع الروسية", RUS,
           note="the ministry's 18 strikes told for three provinces: one act with one figure over a list of "
                "places, placed at the first (a coder could code a group of three, or an aggregate over the "
                "ministry's day). The headline's «18» is the same telling (nth=1 is the body's). Undated strikes of "
                "the item's news: the publication day"),
         E("airstrike", Q("ما لا يقل عن 12", 12, None, True), PL("الرقة", "Raqqa", "Ar-Raqqa", nth=1), "2015-10-01",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="the first Russian raid on Raqqa: the dead are the figure; the city's western edge and the Tabqa "
                "airport area are one act, placed at the city (body mention)"),
         E("airstrike", None, PL("القريتين", "Al-Qaryatayn", "Homs"), "2015-10-01", "مراسل الجزيرة", RUS,
           note="night raids on the town (the previous night); the text puts them with the Russian raids")])

passage("lo05", "2015-12-27", "Elaph", "a whole group of Nusra fighters crossing to the government side, told by "
        "pro-government media and by opposition activists | page: https://elaph.com/Web/News/2015/12/1060650.html",
        "180 مقاتلاً من «النصرة» يسلّمون أنفسهم للنظام في إزرع\n"
        "ذكرت وسائل إعلام موالية للنظام السوري أن مئة وثمانين عنصراً انشقوا عن جبهة النصرة وسلّموا أنفسهم "
        "للسلطات في مدينة إزرع بريف درعا، حاملين سلاحهم ومعهم 22 سيارة، فيما وصلت ثماني سيارات أخرى عبر بلدة "
        "مليحة العطش وغيرها عبر الحراك في الريف الشرقي. أما ناشطون معارضون فرووا أن قرابة 180 عنصراً مع عائلاتهم "
        "اجتازوا حواجز الفصائل دون أن يعترضهم أحد بعدما ادّعوا الانتماء إلى «جند الملاحم»، وأن أكثرهم كانوا قد "
        "جاؤوا من دير الزور إثر طرد «داعش» لهم. ولم تصدر النصرة بياناً يثبت الخبر أو ينفيه.",
        [E("defection", Q("مئة وثمانين", 180), PL("إزرع", "Izra", "Daraa", nth=1), "2015-12-27",
           "وسائل إعلام موالية للنظام السوري", HTS,
           note="fighters leaving Nusra and surrendering to the government: a defection whose agent is who left "
                "(Nusra). The activists' «قرابة 180» is another telling of the same act, no second event; the "
                "cars are no figure. Undated item news: the publication day (page of late December 2015, day "
                "INFERRED). Not coded: their earlier expulsion from Deir ez-Zor by IS (a vague recall, no day; "
                "a second coder could code a background territory change)")])

passage("lo06", "2016-10-12", "Syrian Mirror (Mir'at Suriya)", "barrel bombs on a quarter, a toll from field clinics "
        "| page: https://syrian-mirror.net/2016/10/12/الأسد-يرتكب-مجزرة-بالبراميل-المتفجرة",
        "براميل النظام تقتل 15 مدنياً في طريق الباب بمدينة حلب\n"
        "قُتل 15 مدنياً مساء اليوم الأربعاء، بُعيد المغرب، حين ألقت مروحيات النظام براميل متفجرة على بيوت السكان في "
        "كرم البيك، إحدى مناطق حي طريق الباب، بحسب مراسل «مرآة سوريا» في المدينة. وتسببت البراميل بانهيار بناء "
        "مسكون من ثلاث طبقات وبخراب واسع حوله، فيما سارع المسعفون والأهالي إلى إخراج القتلى والجرحى من تحت "
        "الركام. وأعلنت النقاط الطبية التي استقبلتهم حصيلة أولية بلغت 15 قتيلاً وقرابة 20 مصاباً، ولا يزال البحث "
        "جارياً عن عائلتين لم يُعثر عليهما.",
        [E("airstrike", Q("15", 15), PL("كرم البيك", "Karm al-Bek", "Aleppo"), "2016-10-12", "مراسل «مرآة سوريا»",
           GOV,
           note="helicopter barrel bombs (ACLED air strike); the field clinics' «15» later is the same toll; about "
                "20 wounded are injured. Place: the named area inside the quarter (a coder could take طريق الباب). "
                "Source: the outlet's own reporter")])

passage("lo07", "2016-09-13", "Arabi21", "a base taken with tanks and prisoners; the battle's aims recalled "
        "| page: https://arabi21.co.uk/storyamp/862011/الجيش-الحر-يتقدم-على-مشارف-غوطة-دمشق-الغربية",
        "فصائل الجيش الحر تنتزع «السرية الرابعة» شمالي القنيطرة\n"
        "انتزعت فصائل من الجيش السوري الحر السرية الرابعة، إحدى نقاط اللواء 90 في جيش النظام، عند أطراف بلدة طرنجة "
        "في ريف القنيطرة الشمالي، إثر مواجهات ضارية مع القوات النظامية التي تساندها ميليشيا «الدفاع الوطني» وحزب "
        "الله. وأوضحت مصادر محلية أن المهاجمين أعطبوا دبابتين واستولوا على ثالثة، وأسروا ثمانية جنود من بينهم "
        "مقدم. وكانت الفصائل قد أطلقت منذ ثلاثة أيام معركتها المسماة «وبشر الصابرين» ساعيةً إلى انتزاع تل أحمر الشمالي "
        "و«تل UN» والسريتين الرابعة والخامسة قرب خان أرنبة، لكسر الطوق المفروض منذ ما يزيد على ثلاث سنوات على "
        "غوطة دمشق الغربية.",
        [E("territory_change", None, PL("السرية الرابعة", "4th Company base (Brigade 90), Tarnja", "Quneitra", nth=1),
           "2016-09-13", "مصادر محلية", FSA,
           note="a base named by its unit is the place (stop 28), Tarnja its enclosure; no dead numbered, the eight "
                "captured are no arrest event and the tanks no figure. Source carried back from the next "
                "sentence (same incident). Undated item news: publication day (INFERRED: the page gives no date; "
                "Sept 2016 from the battle's name). Not coded: the launch of the battle three days before (the "
                "frame of the same fighting; a second coder could code a background clash) and the siege (a state)")])

passage("lo08", "2017-02-17", "Syrian Mirror (Mir'at Suriya)", "a ministry's strategic-bomber raid; activists' toll "
        "of a coalition strike the same day | page: https://syrian-mirror.net/2017/02/17/قاذفات-روسية-بعيدة-المدى-تشنّ-غارات-جو",
        "قاذفات روسية بعيدة المدى تضرب ريف الرقة، وطيران التحالف يوقع 15 قتيلاً\n"
        "أفادت وزارة الدفاع الروسية، في بيان صدر يوم الجمعة (17 شباط 2017)، بأن قاذفات «توبوليف-95 إم إس» البعيدة "
        "المدى أطلقت صواريخ مجنحة من طراز «خ-101» على قواعد ومعسكرات تدريب ومقر قيادة لتنظيم الدولة في ريف الرقة، "
        "بعدما أقلعت من الأراضي الروسية وعبرت أجواء إيران والعراق. وفي اليوم نفسه، وثّق ناشطون ميدانيون مقتل 15 "
        "مدنياً وجرح 14 في قصف جوي نفذته طائرات التحالف الدولي على كبيش الشرقي ومزرعة تشرين بالريف الشمالي للرقة.",
        [E("airstrike", None, PL("ريف الرقة", "Raqqa countryside", "Ar-Raqqa", nth=1), "2017-02-17",
           "وزارة الدفاع الروسية", RUS,
           note="the bombers' missile strike: no finer place than the countryside (body mention); the bases and camps "
                "are targets, not figures; Iran and Iraq are the flight path, never the place. DATE CALL: the "
                "statement's day"),
         E("airstrike", Q("15", 15, nth=1), PL("كبيش الشرقي", "Kubaysh Sharqi", "Ar-Raqqa"), "2017-02-17",
           "ناشطون ميدانيون", COAL,
           note="one coalition strike told for two places, placed at the first; the dead are the figure (the "
                "headline's 15 is the same telling); 14 wounded are injured")])

passage("lo09", "2017-04-14", "Shia Waves (Arabic)", "two evacuations under the four-towns deal, buses counted, two "
        "wounded by shelling | page: https://shiawaves.com/arabic/news/islam/7872-بدء-خروج-أهالي-الفوعة-وكفريا-الشيعيتي",
        "خروج أولى قوافل أهالي الفوعة وكفريا بالتوازي مع إخلاء مسلحي الزبداني\n"
        "انطلقت الجمعة 75 حافلة ترافقها 20 سيارة إسعاف من بلدتي الفوعة وكفريا المحاصرتين في ريف إدلب الشمالي، تقل قرابة "
        "5000 من سكانهما، عبر معبر الصواغية - تفتناز قاصدةً حي الراشدين غربي حلب، على أن تلحق بها بقية الحافلات "
        "من البلدتين ومن الزبداني في الساعات التالية. وذكر مصدر صحفي أن 39 حافلة بلغت الراشدين، وأن امرأتين "
        "أصيبتا بالقصف في الفوعة نُقلتا إلى مستشفى حلب. وفي الجهة المقابلة، شرعت 60 حافلة بنقل نحو 2350 مسلحاً "
        "مع عائلاتهم من الزبداني ومضايا بريف دمشق نحو إدلب.",
        [E("other", Q("قرابة 5000", 5000, approx=True), PL("الفوعة", "Al-Fu'ah", "Idlib", nth=1), "2017-04-14", None,
           None,
           note="an evacuation (contract: other): the figure is the people moved, not the buses; two towns, placed "
                "at the first (body mention); the 39 buses' arrival is the same act"),
         E("shelling", None, PL("الفوعة", "Al-Fu'ah", "Idlib", nth=2), None, "مصدر صحفي", None,
           note="two women wounded by shelling in the town: injured only, no figure, no actor, no day given "
                "(a coder could leave it out as a detail of the evacuation)"),
         E("other", Q("نحو 2350", 2350, approx=True), PL("الزبداني", "Az-Zabadani", "Rif Dimashq", nth=2),
           "2017-04-14", None, FSA,
           note="the opposite evacuation of fighters and families, placed at the first town (body mention); "
                "outlet-told (another act after the source's sentence)")])

passage("lo10", "2018-05-10", "Al-Araby Al-Jadeed (via aajae.co)", "HTS holding four activists displaced from Madaya; "
        "three arrests on different days | page: https://aajae.co/\"هيئة-تحرير-الشام\"-تستهدف-ناشطي-مضايا-لليوم-الـ25",
        "«تحرير الشام» تُبقي أربعة ناشطين من مضايا في سجونها لليوم الخامس والعشرين\n"
        "أفاد مصدر تحدث إلى «العربي الجديد» مشترطاً عدم نشر اسمه بأن هيئة تحرير الشام ما زالت تحتجز أربعة ناشطين "
        "في أحد سجونها بمدينة إدلب، من غير أن توجّه إليهم تهمة محددة، وأن مصيرهم لا يزال غامضاً. وبحسب مصادر "
        "أخرى، أوقفت الهيئة أولاً الناشطَين رامي العبد (31 عاماً) ووسيم خليل (28 عاماً) في حي القصور بالمدينة "
        "بحجة تصوير مواقع لها، ثم اعتقلت بعد يومين وسام خليل (23 عاماً)، شقيق وسيم، ولحقه في اليوم التالي أيمن "
        "الدباغ (29 عاماً)، وكلاهما أُخذ من أمام مسكنه، بتهمة «النشاط الإعلامي المعادي». وكان الأربعة قد هُجّروا من "
        "مضايا بريف دمشق العام الماضي، واشتهروا بفضح ممارسات القوات الحكومية وحزب الله خلال حصار البلدة، وقد "
        "نددت منظمات مدنية باعتقالهم.",
        [E("arrest", None, PL("حي القصور", "Al-Qusour (Idlib)", "Idlib"), None, "مصادر أخرى", HTS,
           note="the first arrest: two activists (a dual and two names: no figure) in a quarter of the city; no day "
                "given. The continued detention of four is a state, not a new act; the ages are durations"),
         E("arrest", None, PL("إدلب", "Idlib", "Idlib"), None, "مصادر أخرى", HTS,
           note="the second arrest two days later (one man): no figure; placed at the city (the sentence's «المدينة»"
                " refers to Idlib, the only «إدلب» of the text)"),
         E("arrest", None, PL("إدلب", "Idlib", "Idlib"), None, "مصادر أخرى", HTS,
           note="the third arrest a day after the second: a separate act on another day (a coder could merge the two "
                "later arrests). Not coded: the displacement from Madaya last year (a recall with no day, part of a "
                "deal), the siege, and the unnamed organisations' condemnation (no named body). Published date "
                "INFERRED (2018, a year after the Madaya evacuation)")])

passage("lo11", "2017-11-15", "People's Daily Online (Arabic)", "strategic bombers on a town, told by the ministry; "
        "the ministry's accusation of the day before and the coalition's denial "
        "| page: http://arabic.peopledaily.com.cn/n3/2017/1116/c31662-9293474.html",
        "قاذفات «تو-22» روسية تضرب مواقع التنظيم في البوكمال\n"
        "قالت وزارة الدفاع الروسية في بيان اليوم الأربعاء إن ستاً من قاذفاتها الاستراتيجية البعيدة المدى («توبوليف 22 أم 3») "
        "انطلقت من روسيا وضربت أهدافاً لتنظيم الدولة الإسلامية في مدينة البوكمال بمحافظة دير الزور. وبيّنت الوزارة "
        "أن الطائرات عبرت أجواء إيران والعراق، ودمّرت تحصينات وتجمعات لمقاتلي التنظيم وعربات مصفحة، قبل أن ترجع "
        "كلها إلى قواعدها. وكانت الوزارة قد اتهمت أمس الثلاثاء التحالف بقيادة واشنطن بعرقلة عمليات سلاحها الجوي "
        "حول البوكمال، آخر معاقل التنظيم الكبرى في البلاد، وهو اتهام نفاه التحالف.",
        [E("airstrike", None, PL("البوكمال", "Al-Bukamal", "Deir ez-Zor", nth=1), "2017-11-15", "وزارة الدفاع الروسية",
           RUS,
           note="FIGURE CALL: six bombers («ستاً من قاذفاتها») are aircraft, not strikes and not dead, so no figure (a coder could take "
                "6 as the count of sorties). Russia is where they took off and Iran/Iraq the route, never the place"),
         E("statement", None, PL("البوكمال", "Al-Bukamal", "Deir ez-Zor", nth=2), "2017-11-14", "وزارة الدفاع الروسية",
           RUS,
           note="the ministry's accusation of the coalition the day before, told as its own matter (stop 32); its "
                "place is the town it concerns. The coalition's denial is the other side's answer to it, not "
                "coded apart")])

passage("lo12", "2017-12-17", "Syrian Human Rights Committee (SHRC)", "a conscription round-up in a city, by quarter "
        "| page: https://www.shrc.org/?p=31075",
        "النظام يعتقل أكثر من 200 شاب في دير الزور لسوقهم إلى التجنيد\n"
        "في السادس عشر من كانون الأول 2017، نفّذت قوات النظام السوري مع ميليشيا «الدفاع الوطني» المساندة لها حملة "
        "دهم وتوقيف واسعة في مدينة دير الزور، استهدفت عشرات الشبان والرجال. وتقول المصادر إن عدد المعتقلين تجاوز "
        "200 مدني ممن تتراوح أعمارهم بين 18 و40 عاماً، إذ نُصبت حواجز في أحياء عدة كالقصور والجورة وغازي عياش "
        "والموظفين، أوقفت العابرين تمهيداً لإلحاقهم بالخدمة الإلزامية أو الاحتياطية.",
        [E("arrest", Q("أكثر من 200", 200, None, True), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=1),
           "2017-12-16", "المصادر", GOV,
           note="one round-up in the city (the quarters are where the checkpoints stood: one act, placed at the "
                "city, not a group). FIGURE: the headline's «أكثر من 200» and the body's «تجاوز 200» are one figure; "
                "ages are durations. Source: the next sentence's unnamed sources come back to the same round-up "
                "(stop 30); a coder could leave the outlet")])

passage("lo13", "2019-04-05", "Al-Jazirah (Saudi, via Sauress), relaying SOHR", "a 24-hour shelling toll with two "
        "towns' tolls inside it; the day before's toll; a government accusation "
        "| page: https://sauress.com/aljazirah/1904053220",
        "المرصد: 22 قتيلاً مدنياً بقذائف النظام على إدلب ومحيطها في يوم واحد\n"
        "بحسب إحصاء نشره المرصد السوري لحقوق الإنسان يوم الخميس، قُتل ما لا يقل عن 22 مدنياً، من بينهم ثمانية أطفال، بقذائف مدفعية "
        "أطلقتها قوات النظام في غضون يوم واحد على محافظة إدلب والمناطق المتاخمة لها. وأوضح رامي عبد الرحمن، الذي "
        "يدير المرصد، أن 12 مدنياً، بينهم ثلاثة أطفال، قضوا الخميس بقصف مدفعي أصاب مدينة كفرنبل، وأن طفلاً آخر قُتل "
        "بقذيفة صاروخية في معرة النعمان. وتأتي هذه الحصيلة بعد يوم من مقتل تسعة مدنيين، منهم أربعة أطفال، في قصف "
        "للنظام على بلدات في ريف حماة الشمالي وريف حلب الغربي. ويشهد ريف إدلب تصعيداً مدفعياً وجوياً منذ أسابيع "
        "رغم الاتفاق الروسي التركي الساري منذ أيلول، الذي اتهمت دمشق الخميس أنقرة بالمماطلة في تطبيقه.",
        [E("shelling", Q("ما لا يقل عن 22", 22, None, True), PL("إدلب", "Idlib", "Idlib", nth=1), "2019-04-04",
           "المرصد السوري لحقوق الإنسان", GOV, kind="aggregate",
           note="a one-day toll over the province and its surroundings, larger than the incidents listed (12 + a "
                "child): an aggregate beside them (stop 34), naming one cause (artillery), so shelling (stop 32); "
                "the children are a breakdown; the headline's 22 is the same telling"),
         E("shelling", Q("12", 12), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2019-04-04", "رامي عبد الرحمن",
           GOV, note="the town's own toll tied to shelling there: its own event"),
         E("shelling", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2019-04-04",
           "رامي عبد الرحمن", GOV,
           note="a rocket shell kills one child: a singular, no figure; the same telling goes on"),
         E("shelling", Q("تسعة", 9), PL("ريف حماة الشمالي", "Northern Hama countryside", "Hama"), "2019-04-03", None,
           GOV,
           note="the day before's shelling of towns in two regions, one act placed at the first; the outlet's recall "
                "(«وتأتي هذه الحصيلة بعد»): outlet source (stop 30)"),
         E("statement", None, None, "2019-04-04", "دمشق", GOV,
           note="Damascus accuses Ankara of stalling on the deal: a named government's stance told as its own "
                "matter (stop 32); the weeks of escalation are a state, not coded")])

passage("lo14", "2019-06-10", "Eldorar Alshamia", "settlement fighters defecting and refusing orders, running counts "
        "| page: https://eldorar.com/node/137797",
        "تزايد الانشقاقات في صفوف مقاتلي «المصالحات» بدرعا فراراً من جبهات حماة\n"
        "ارتفع عدد المنشقين من عناصر التسويات في محافظة درعا بشكل لافت، مع استمرار معارك ريف حماة التي أنزلت بقوات "
        "النظام والروس خسائر كبيرة. ونقل الموقع عن مصادر محلية أن ما يفوق 40 عنصراً من أبناء مدينة الصنمين بريف درعا "
        "تركوا صفوف قوات النظام بعدما قُتل كثيرون منهم في حماة، فيما بلغ عدد مماثل منهم خلال الأيام الأخيرة مناطق "
        "لا يسيطر عليها النظام في درعا. ولم تقتصر الظاهرة على الجيش، بل امتدت إلى الفيلق الخامس الذي شكّلته روسيا، "
        "بعدما رفض معظم المقاتلين أوامر قادتهم بالتوجه إلى جبهات الشمال ولزموا بيوتهم.",
        [E("defection", Q("ما يفوق 40", 40, None, True), PL("الصنمين", "As-Sanamayn", "Daraa"), None, "مصادر محلية",
           GOV, kind="aggregate",
           note="a running count of one town's defectors over the weeks of the Hama battles: an aggregate (period "
                "about May-June 2019); the place is the defectors' town, as the text gives no other"),
         E("defection", None, PL("درعا", "Daraa", "Daraa", nth=3), None, "مصادر محلية", GOV, kind="aggregate",
           note="a «similar number» reached areas outside government control in Daraa in recent days: a second "
                "group, no figure (a word, not a number)"),
         E("desertion", None, PL("درعا", "Daraa", "Daraa", nth=3), None, None, GOV, kind="aggregate",
           note="fighters (Fifth Corps included) refusing orders to go north and staying home: desertion, no figure "
                "(«معظم»); placed at the province the item is about. Published date INFERRED (the page shows none; "
                "the Hama battles of May-June 2019)")])

passage("lo15", "2019-08-27", "Assahifa (Morocco, via Maghress), relaying SOHR", "a day's toll equal to two incidents "
        "listed; a four-month toll and a UN displacement figure | page: https://maghress.com/assahifa/25749",
        "14 قتيلاً مدنياً بغارات النظام وقذائفه على إدلب\n"
        "لقي 14 مدنياً حتفهم اليوم الثلاثاء جراء غارات وقذائف لقوات النظام على محافظة إدلب في الشمال الغربي لسوريا، "
        "وفق المرصد السوري لحقوق الإنسان. ونقلت وسائل إعلام دولية عن المرصد، الذي يتخذ من لندن مقراً، أن ستة من "
        "القتلى ينتمون إلى أسرة واحدة، من ضمنهم والدة وثلاثة من صغارها، سقطوا بقصف مدفعي على قرية بداما قرب جسر "
        "الشغور، بينما قضى ثمانية آخرون وأصيب 18 إصابات بالغة في غارات وقصف متفرق طال مواقع عدة في جنوب إدلب. "
        "وبحسب المرصد، حصد الهجوم منذ أربعة أشهر أرواح نحو ألف مدني، فيما نزح ما يزيد على 400 ألف شخص نحو مناطق "
        "أكثر أماناً، بحسب أرقام الأمم المتحدة.",
        [E("shelling", Q("ستة", 6), PL("بداما", "Badama", "Idlib"), "2019-08-27", "المرصد", GOV,
           note="the day's 14 equals the two incidents listed (6 + 8): no event of its own (stop 34). Badama's "
                "artillery toll: the dead are the figure; the family members are a breakdown. Source: the "
                "international media relay the monitor, so the monitor (stop 34); London is its seat, never a place"),
         E("airstrike", Q("ثمانية", 8), PL("جنوب إدلب", "Southern Idlib countryside", "Idlib"), "2019-08-27", "المرصد",
           GOV,
           note="raids and shelling on several spots in the south: one telling with one figure; TYPE CALL: air "
                "strikes named first (a coder could code shelling); the 18 badly wounded go to injured"),
         E("casualties", Q("نحو ألف", 1000, approx=True), PL("إدلب", "Idlib", "Idlib", nth=1), None, "المرصد", GOV,
           kind="aggregate",
           note="the offensive's four-month civilian toll (period about 2019-04-30..2019-08-27), naming air and ground "
                "attacks: casualties. Place: the offensive on the province (a coder could leave it null)"),
         E("other", Q("ما يزيد على 400 ألف", 400000, None, True), None, None, "الأمم المتحدة", None, kind="aggregate",
           note="displacement over the same four months, by UN figures: an `other` aggregate; the destination "
                "(«safer areas») is no place. Published date INFERRED (a Tuesday four months into the offensive)")])

passage("lo16", "2020-02-03", "Arabi21, relaying Eldorar Alshamia", "three conscripts from Daraa's settlements "
        "defecting on a front line | page: https://arabi21.com/storyamp/1244032/انشقاق-عناصر-من-قوات-الأسد-خلال-معارك-بريف-حلب-الغربي",
        "انشقاق ثلاثة عناصر من قوات النظام على جبهة غربي حلب\n"
        "قالت مصادر عسكرية معارضة يوم الاثنين إن عناصر من قوات النظام أعلنوا انشقاقهم أثناء المواجهات المستمرة مع "
        "الفصائل في ريف حلب الغربي. ونقل موقع «الدرر الشامية» المعارض عن مصدر عسكري أن الفصائل أمّنت انشقاق 3 "
        "عناصر على محور الصحفيين غربي المدينة، مبيناً أنهم من مقاتلي التسويات في درعا الذين سيقوا قسراً إلى الخدمة، "
        "وأنهم زوّدوا الفصائل بمعلومات ذات قيمة.",
        [E("defection", Q("3", 3), PL("الصحفيين", "Al-Sahafiyeen (Aleppo)", "Aleppo"), "2020-02-03", "مصدر عسكري",
           GOV,
           note="the headline's «ثلاثة» and the body's «3» are one act; the lead's unnumbered «عناصر» too. Place: the "
                "front line named for the quarter; Daraa is where they came from, not the place. Source: Eldorar "
                "relays a military source, so the source (stop 34). Date: «يوم الاثنين» = publication day "
                "(INFERRED: early February 2020, after Maarat al-Numan fell)")])

passage("lo17", "2021-07-12", "Al-Madina (Saudi, via Sauress), relaying SOHR", "a town's toll with a breakdown; "
        "habitual shelling and a truce | page: https://www.sauress.com/almadina/1741304",
        "سبعة قتلى مدنيين بقصف للنظام على إحسم جنوبي إدلب\n"
        "أودى قصف نفذته قوات النظام واستهدف بلدة في الشمال الغربي لسوريا بحياة سبعة مدنيين على الأقل، منهم ثلاثة أطفال، وفق "
        "ما أعلنه أمس المرصد السوري لحقوق الإنسان. وأوضح المرصد أن القتلى أربع نساء وثلاثة أطفال، سقطوا مساء "
        "السبت في إحسم بريف إدلب الجنوبي. وتتعرض مناطق في إدلب لقذائف النظام بصورة متكررة منذ حزيران، وترد "
        "الفصائل بضرب مواقع القوات الحكومية القريبة، على الرغم من هدنة سارية في المنطقة منذ ما يزيد على عام.",
        [E("shelling", Q("سبعة", 7, None, True, nth=1), PL("إحسم", "Ihsim", "Idlib", nth=1), "2021-07-10",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the figure is the dead, «على الأقل» after the noun (low 7, open); women and children are a "
                "breakdown; the headline's «سبعة» is the same telling (nth=1 is the body's). The repeated shelling "
                "since June and the factions' replies are habits, not events. Published date INFERRED (July 2021)")])

passage("lo18", "2022-03-03", "Syriac Press", "a rights network's monthly civilian toll with a torture breakdown "
        "| page: https://syriacpress.com/ar/2022/03/03/الشبكة-السورية-لحقوق-الإنسان-توثق-مق/",
        "شباط: الشبكة السورية تحصي مئة وواحداً وستين قتيلاً مدنياً أغلبهم بيد النظام\n"
        "سجّلت الشبكة السورية لحقوق الإنسان، في تقرير أصدرته، أن مئة وواحداً وستين مدنياً قُتلوا في البلاد خلال شباط "
        "الفائت، وقضى معظمهم بيد النظام السوري. ومن بين الضحايا أربعة وثلاثون طفلاً وامرأة، إضافة إلى ستة وستين "
        "شخصاً ماتوا تعذيباً في معتقلات النظام وفروعه الأمنية، تبيّن من قيود الشبكة أنهم اعتُقلوا عام 2018 وقضوا "
        "في سجن صيدنايا العسكري. وجاءت محافظة ريف دمشق أولاً في عدد الضحايا تلتها إدلب. ويُعزى ارتفاع الحصيلة إلى "
        "إبلاغ قوات النظام قرابة ست وخمسين أسرة من بلدة دير العصافير في ريف دمشق بوفاة أبنائها المعتقلين.",
        [E("casualties", Q("مئة وواحداً وستين", 161), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a monthly civilian toll (period 2022-02); the children and women, the torture deaths, the "
                "governorates and the Deir al-Asafir families are its breakdown, never events (a coder could code "
                "the 66 torture deaths as an aggregate of their own, placed at Saydnaya). No agent: «معظمهم» "
                "leaves others")])

passage("lo19", "2022-11-14", "Zaman al-Wasl", "a settlement opened in a quarter, told by pro-government media; the "
        "governor's call | page: https://zamanalwsl.net/news/article/150042/like",
        "النظام يفتتح «تسوية» جديدة لمن بقي من سكان حي الوعر بحمص\n"
        "أطلق نظام الأسد «تسوية» جديدة للأهالي الذين ما زالوا يقيمون في الوعر، الحي الحمصي الذي هُجّر معظم سكانه قبل "
        "سنوات بمساندة روسيا والميليشيات الإيرانية. وقالت وسائل إعلام موالية إن العملية انطلقت أمس الأحد، وزعمت "
        "أنها مخصصة لتسوية أوضاع المطلوبين من مدنيين وعسكريين، من غير أن تكشف شروطها. ونقلت عن نمير حبيب مخلوف، "
        "محافظ حمص، دعوته المطلوبين إلى اغتنام الفرصة وتسوية أوضاعهم ليرجعوا إلى حياتهم وأعمالهم، مؤكداً أن "
        "الجهات المعنية كلها مكلفة بتسهيل الإجراءات.",
        [E("agreement", None, PL("الوعر", "Al-Waer", "Homs", nth=1), "2022-11-13", "وسائل إعلام موالية", GOV,
           note="TYPE CALL: a settlement of wanted people's status opened in the quarter, coded agreement (a coder "
                "could code other); no figure; the source's next sentence dates it («أمس الأحد»). The displacement "
                "years before is a vague recall, not coded"),
         E("statement", None, PL("الوعر", "Al-Waer", "Homs", nth=1), "2022-11-14", "نمير حبيب مخلوف", GOV,
           note="the governor's call on the wanted to settle: a named official's call (stop 32), placed at the "
                "quarter it concerns; undated in the text, so the publication day")])

passage("lo20", "2013-05-19", "Elaph, relaying AFP and SOHR", "a pro-Hezbollah source's toll of the night before an "
        "offensive; the army's entry with the day's toll; a recalled admission "
        "| page: https://elaph.com/Web/news/2013/5/813020.html",
        "مصدر مقرب من حزب الله: أربعة من مقاتليه قُتلوا في القصير\n"
        "قال مصدر قريب من حزب الله يوم الأحد لوكالة فرانس برس إن أربعة على الأقل من مقاتلي الحزب لقوا حتفهم في القصير، "
        "المدينة السورية التي دارت فيها الأحد معارك ضارية إثر هجوم شنه الجيش السوري. وأوضح المصدر "
        "أن القتلى الأربعة من البقاع، وأنهم سقطوا على الأرجح ليل السبت - الأحد، أي قبل ساعات من انطلاق "
        "الهجوم الذي يشارك فيه مقاتلو الحزب على هذا المعقل المعارض. وكان مصدر عسكري سوري قد أعلن أن الجيش دخل "
        "القصير وبسط سيطرته على ساحتها الرئيسية الأحد، فيما أحصى المرصد السوري لحقوق الإنسان سقوط 52 قتيلاً على "
        "الأقل في المدينة خلال اليوم نفسه. وكان حسن نصر الله، زعيم الحزب، قد أقرّ أواخر نيسان بمشاركة "
        "مقاتلين من الحزب إلى جانب القوات النظامية، لا سيما في القصير.",
        [E("armed_clash", Q("أربعة", 4, None, True, nth=1), PL("القصير", "Al-Qusayr", "Homs", nth=1), "2013-05-18",
           "مصدر قريب من حزب الله", GOV,
           note="Hezbollah's four dead the night before the offensive: fighting deaths with no act told but the "
                "battle for the town, coded as a clash of their own (the text sets them before the attack; a coder "
                "could fold them into the Sunday battle). «على الأقل» after the noun: low 4, open. DATE CALL: the "
                "night of Saturday-Sunday, the Saturday. Agent: the government side (Hezbollah has no canonical "
                "name); the Bekaa is their home, never the place"),
         E("territory_change", Q("52", 52, None, True), PL("القصير", "Al-Qusayr", "Homs", nth=2), "2013-05-19",
           "مصدر عسكري سوري", GOV,
           note="the army's entry and taking of the main square with the day's toll in the town (the monitor's 52, "
                "tied to the battle there): one event whose figure is the dead; the square is a landmark, placed at "
                "the town. Source: the military source tells the act; the monitor's toll is part of the telling"),
         E("statement", None, PL("القصير", "Al-Qusayr", "Homs", nth=3), "2013-04", "حسن نصر الله", None,
           note="Nasrallah's admission at the end of April that Hezbollah fights beside the army: a named leader's "
                "stance recalled (stop 32/41), placed at the town it names; month grain")])

passage("lo21", "2022-12-04", "Eye of Euphrates (Ayn al-Furat)", "a protest storming a government building, fire on "
        "it, a dead protester and a dead policeman; tyres on a road "
        "| page: https://eyeofeuphrates.com/index.php/ar/news/2022/12/04/7030",
        "محتجو السويداء يمزقون صور الأسد والأمن يرد بالذخيرة الحية\n"
        "سقط قتلى وجرحى بعدما أُطلقت النار على متظاهرين قرب مبنى السرايا الحكومي، مقر المحافظة، في مدينة السويداء "
        "جنوبي سوريا. وبحسب وسائل إعلام محلية، انطلقت المظاهرة ظهر اليوم الأحد بمشاركة مئات من أهالي المحافظة "
        "احتجاجاً على الغلاء وسوء المعيشة، ثم اقتحم المحتجون السرايا ومزقوا صور رأس النظام وأحرقوا مدرعة لقواته في "
        "محيطه. وأكد مصدر طبي في المستشفى الحكومي بالمدينة، بحسب شبكة «السويداء 24»، أن الشاب سامر نصر فارق الحياة "
        "متأثراً بإصابته، وأن أربعة آخرين جُرحوا، كما قُتل عنصر من أمن النظام. وفي الأثناء أضرم محتجون النار في "
        "إطارات على طريق دمشق - السويداء قرب قرية حزم.",
        [E("protest", Q("مئات", 200, 900, True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2022-12-04",
           "وسائل إعلام محلية", PROT,
           note="one protest with its storming, the burnt vehicle and the fire on it (stop 30/41: the crowd is the "
                "figure; the dead protester and the dead policeman are its fatalities, no second event; 4 wounded "
                "injured). The building is a landmark: placed at the city. Source: the local media sentence tells "
                "the protest itself (a coder could take «السويداء 24» from the toll's sentence)"),
         E("protest", None, PL("حزم", "Hazm", "As-Suwayda"), "2022-12-04", None, PROT,
           note="protesters burning tyres on the Damascus-Suwayda road near the village: another place, its own "
                "protest event; outlet-told")])

passage("lo22", "2023-09-13", "Enab Baladi", "guards of a party building firing on protesters trying to close it; "
        "wounded; the ongoing sit-in | page: https://enabbaladi.net/659389/قوات-النظام-تطلق-الرصاص-على-محتجين-وسط/?amp=1",
        "حرس فرع «البعث» في السويداء يطلقون الرصاص على محتجين\n"
        "فتحت قوات النظام السوري المتحصنة داخل مقر قيادة فرع «البعث» في السويداء النار على محتجين، إثر "
        "محاولتهم إغلاق المبنى مجدداً. ونشرت «شبكة السويداء 24» اليوم الأربعاء، 13 أيلول، مقطعاً مصوراً يُظهر "
        "اللحظات الأولى لتفريقهم بالذخيرة الحية. وقالت صفحة «الراصد» المحلية إن الشاب جاد عز الدين نُقل إلى مستشفى "
        "شهبا العام مصاباً أسفل كتفه اليمنى، وإن شخصاً آخر جُرح أيضاً، مضيفة أن متظاهرين يتقدمهم رجال دين قصدوا "
        "مبنى الحزب بعدما بلغهم خبر إطلاق الحرس النار. ويأتي ذلك فيما تتواصل المظاهرات في ساحة الكرامة وسط "
        "المدينة للمطالبة بإسقاط النظام وتطبيق القرار 2254.",
        [E("protest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2023-09-13", "شبكة السويداء 24", PROT,
           note="fire on a protest is the protest (stop 30): no crowd and no dead numbered, so no figure (two "
                "wounded go to injured). Source: the next sentence's network comes back to the same shooting. The "
                "clerics' march to the building is part of it. Not coded: the ongoing sit-in at the square (told "
                "as a continuing state; a coder could code the day's protest), 2254 is a name")])

passage("lo23", "2023-10-02", "Nedaa Post, relaying SNHR and a Daraa documentation office", "a monthly toll and "
        "arrest count with breakdowns by party and governorate; a province's own monthly toll "
        "| page: https://nedaa-post.com/شبكة-حقوقية-توثق-مقتل-واعتقال-عشرات-المدنيين-خلال-الشهر-الماضي-في-سورية",
        "حصيلة حقوقية: 55 قتيلاً مدنياً و204 معتقلين في سوريا خلال الشهر الماضي\n"
        "وثّقت الشبكة السورية لحقوق الإنسان، في تقريرها عن الشهر المنصرم، مقتل 55 مدنياً بينهم 12 طفلاً و10 نساء، "
        "واعتقال 204 آخرين، معظمهم بأيدي قوات النظام و«قسد». وبحسب الشبكة، قتلت قوات النظام 14 مدنياً و«قسد» 11، "
        "في حين قُتل 29 بأيدي جهات أخرى، وتصدرت دير الزور المحافظات بنحو 33% من الضحايا تلتها درعا ثم حلب. وأضاف "
        "التقرير أن ما يزيد على نصف المعتقلين محتجزون لدى النظام و«قسد» بسبب الاحتجاجات الأخيرة في مناطقهما. وفي "
        "درعا، أعلن مكتب «توثيق الشهداء» مقتل 27 شخصاً في أيلول، من بينهم 17 مدنياً.",
        [E("casualties", Q("55", 55, nth=1), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the monthly civilian toll (period 2023-09); the parties' 14/11/29 and the governorates' shares are "
                "its breakdown, never events; the headline's 55 is the same telling (nth=1 is the body's)"),
         E("arrest", Q("204", 204, nth=1), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the month's arbitrary arrests (period 2023-09); two parties named, so no single agent"),
         E("casualties", Q("27", 27), PL("درعا", "Daraa", "Daraa", nth=1), None, "مكتب «توثيق الشهداء»", None,
           kind="aggregate",
           note="a province's own monthly toll by another body (period 2023-09): an aggregate of its own (not part "
                "of the network's figure as told); the 17 civilians are its breakdown. Published date INFERRED "
                "(early October 2023)")])

passage("lo24", "2024-03-27", "Ronahi TV", "a protest against a settlement centre fired on; a seven-month movement "
        "| page: https://ronahi.tv/ar/احتجاجات-السويداء-تتواصل-للشهر-الساب/",
        "في الشهر السابع لحراك السويداء.. الأمن يطلق النار على رافضي «التسوية»\n"
        "يمضي الحراك السلمي في السويداء في شهره السابع، وقد ندد المحتجون بما يُعرف بالتسويات التي شرعت فيها "
        "الأجهزة الأمنية التابعة لحكومة دمشق. فقد احتشد عشرات من أهالي المدينة قرب صالة السابع من نيسان في وسطها، "
        "حيث افتُتح مركز التسوية، وهتفوا ضدها مطالبين بالحرية. فردّ عناصر أمنيون بإطلاق الرصاص عشوائياً في الهواء "
        "ونحو متظاهرين حاولوا دخول المركز، فأصيب اثنان منهم. ولا تزال ساحة الكرامة رمزاً لحراك يطالب بالحرية "
        "والانتقال السياسي وكشف مصير المغيبين.",
        [E("protest", Q("عشرات", 20, 90, True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2024-03-27", None,
           PROT,
           note="a protest fired on (stop 30): the crowd is the figure; two wounded go to injured (no figure). The "
                "hall is a landmark, placed at the city (body mention). Undated item news: the publication day "
                "(INFERRED: late March 2024, the seventh month of the movement). Not coded: the seven-month "
                "movement (a state) and the opening of the settlement centre (no day; a coder could code it)")])

passage("lo25", "2024-05-01", "Roj Press, relaying SNHR", "a monthly civilian toll and arrest count, numbers in words "
        "| page: https://rozpress.net/?p=26285",
        "الشبكة السورية تحصي ضحايا نيسان ومعتقليه\n"
        "أظهر تقرير شهري أصدرته الشبكة السورية لحقوق الإنسان أن ثمانية وستين مدنياً لقوا حتفهم بأيدي أطراف النزاع "
        "في سوريا خلال نيسان الماضي، منهم ثلاث نساء وثلاثة عشر طفلاً، وأن بعضهم قضى تعذيباً في معتقلات حكومة دمشق. "
        "وأحصت الشبكة كذلك احتجاز مئتين واثني عشر شخصاً على الأقل تعسفياً في الشهر ذاته، من بينهم سبع نساء "
        "واثنا عشر طفلاً، مشيرة إلى أن حكومة دمشق تلاحق بالاعتقال لاجئين أُرغموا على العودة من لبنان.",
        [E("casualties", Q("ثمانية وستين", 68), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the month's civilian toll (period 2024-04), no single agent; children, women and torture deaths "
                "are its breakdown"),
         E("arrest", Q("مئتين واثني عشر", 212, None, True), None, None, "الشبكة السورية لحقوق الإنسان",
           None, kind="aggregate",
           note="the month's arbitrary detentions (period 2024-04), an open bound («على الأقل» after the noun); the targeting of returnees from "
                "Lebanon is a habit, not an event (Lebanon is never the place). Published date INFERRED (early May "
                "2024)")])

passage("lo26", "2024-01-14", "Global Justice Syria News, relaying Hawar (ANHA)", "a Turkish drone strike on a "
        "government post with a toll, more strikes on SDF sites, the campaign's trigger abroad "
        "| page: https://globaljusticesyrianews.com/الحسكة-غارة-تركية-تخلف-5-قتلى-من-قوات-ال",
        "مسيّرة تركية تقتل 5 عناصر من قوات النظام بريف القامشلي\n"
        "قصفت طائرة مسيّرة تركية مساء اليوم الأحد موقعاً لقوات النظام في ريف الحسكة، ما أسفر عن مقتل 5 من عناصره. "
        "وقالت وكالة هاوار إن المسيّرة ضربت نقطة أمنية للنظام في ريف القامشلي، فيما حددت مصادر محلية الموقع في "
        "بلدة ذبانة أقصى الشمال الشرقي للبلاد. وشنّت الطائرات التركية أيضاً غارات على محطة السويدية للغاز في ريف "
        "المالكية، التي تتخذها «قسد» مقراً، وعلى مواقع للأخيرة في عامودا والقامشلي والقحطانية وفي عين العرب شرقي "
        "حلب. وتأتي الضربات ضمن حملة جوية تركية تستهدف حزب العمال الكردستاني في العراق وسوريا، انتقاماً لـ9 "
        "جنود أتراك قُتلوا بهجوم على قاعدة في شمال العراق.",
        [E("airstrike", Q("5", 5, nth=1), PL("ذبانة", "Dhubanah", "Al-Hasakah"), "2024-01-14", "وكالة هاوار", TUR,
           note="the drone strike on the government post: the dead are the figure (headline's 5 the same telling); "
                "the place comes from the local sources' sentence (the most specific); SOURCE CALL: Hawar's "
                "sentence comes back to the strike first, so Hawar (a coder could name the local sources)"),
         E("airstrike", None, PL("السويدية", "As-Suwaydiyah", "Al-Hasakah"), "2024-01-14", None, TUR,
           note="strikes on the gas station the SDF uses as a base: placed at the station's name; outlet-told"),
         E("airstrike", None, PL("عامودا", "Amuda", "Al-Hasakah"), "2024-01-14", None, TUR,
           note="strikes on SDF sites told for a list of towns (one act, placed at the first; a coder could code a "
                "group of four, Ain al-Arab in Aleppo). Not coded: the attack killing 9 Turkish soldiers in Iraq "
                "(abroad, the campaign's trigger)")])

passage("lo27", "2024-07-20", "Al-Araby Al-Jadeed", "a night clash with a post taken, each side's dead told by one "
        "side; an arrest raid elsewhere | page: https://alaraby.co.uk/politics/قتلى-في-اشتباكات-عنيفة-بين-الجيش-الوطني-وقسد-شمالي-سورية",
        "مواجهات دامية شمالي حلب بين «قسد» و«الجيش الوطني»\n"
        "خلّفت مواجهات عنيفة اندلعت ليل الجمعة - السبت بين قوات سوريا الديمقراطية (قسد) وفصائل "
        "الجيش الوطني السوري المعارض قتلى وجرحى من الجانبين عند أطراف منطقة درع الفرات في ريف حلب الشمالي. وقالت مصادر عسكرية في الجيش "
        "الوطني، المتحالف مع أنقرة، لـ«العربي الجديد» إن أحد مقاتلي فصيل تابع للجيش قُتل حين تسللت ثلاث مجموعات من "
        "«قسد» وسيطرت على نقطة عسكرية على جبهة حربل قرب مارع، مؤكدة مقتل ثلاثة على الأقل من عناصر «قسد» وجرح "
        "آخرين. وفي دير الزور، أسفرت مداهمة مشتركة لـ«قسد» والتحالف الدولي عن توقيف شخصين يُتهمان بالانتماء إلى "
        "«داعش».",
        [E("armed_clash", Q("ثلاثة", 3, None, True), PL("حربل", "Herbel", "Aleppo"), "2024-07-19",
           "مصادر عسكرية في الجيش الوطني", SDF,
           note="one night clash with the SDF infiltration and the post taken (the post is small: no territory "
                "change apart; a coder could add one). FIGURE CALL: no total; «أحد مقاتلي» is no number, so the "
                "first side numbered is the SDF's «ثلاثة على الأقل». Place: the front named for Herbel, near Marea "
                "(the Euphrates Shield area is a region). Date: the night of Friday-Saturday, the Friday"),
         E("arrest", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2024-07-20", None, SDF,
           note="a joint SDF-coalition raid arresting two (a dual: no figure); another place and kind, outlet-told; "
                "undated item news: publication day; the province is the only place given")])

passage("lo28", "2014-06-08", "Al-Araby Al-Jadeed (via aajeg.com)", "IS completes a region's taking with a town named; "
        "air raids elsewhere; a clash with a gas pipe blast; the day before's battle with each side's losses "
        "| page: https://aajeg.com/\"داعش\"-يسيطر-على-الريف-الشمالي-لدير-الزور",
        "«داعش» يبسط سيطرته على كامل الريف الشمالي لدير الزور\n"
        "أحكم «داعش» قبضته اليوم الأحد على الريف الشمالي لمحافظة دير "
        "الزور بأكمله، إثر مواجهات مع «مجلس شورى المجاهدين» أوقعت قتلى وجرحى، في حين قُتل عشرة مدنيين وأصيب "
        "العشرات بغارات للطيران السوري على مناطق في حلب وإدلب. وذكرت مصادر ميدانية في شرق البلاد أن التنظيم انتزع "
        "بلدة الحريجي بعد اشتباكات سقط فيها قتلى وجرحى من الجانبين، ثم أتمّ سيطرته على الريف الشمالي. من جهتها، "
        "أفادت وكالة «سمارت» المعارضة بانفجار خط الغاز في منشأة «كونيكو» أثناء اشتباكات بين التنظيم ومسلحين من "
        "أهالي قرية خشام في الريف الغربي. وكان التنظيم قد خسر عشرات من عناصره أمس في معارك دامية مع المجلس، الذي "
        "فقد ستة من مقاتليه، قرب منجم الملح غربي المحافظة.",
        [E("territory_change", None, PL("الحريجي", "Al-Huraiji", "Deir ez-Zor"), "2014-06-08", "مصادر ميدانية", IS,
           note="the taking of the northern countryside told first for the region, then by field sources for the "
                "town taken on the way: one act, placed at the most specific place (a coder could add the region as "
                "a second taking); source carried back from the next sentence (same act); no dead numbered"),
         E("airstrike", Q("عشرة", 10), PL("حلب", "Aleppo", "Aleppo"), "2014-06-08", None, GOV,
           note="government air raids on two provinces with one toll: one act placed at the first; the wounded "
                "«العشرات» go to injured"),
         E("armed_clash", None, PL("خشام", "Khasham", "Deir ez-Zor"), "2014-06-08", "وكالة «سمارت»", IS,
           note="IS against armed villagers; the gas line blast at the Conoco plant happened during it (damage, no "
                "event of its own; a coder could code an explosion)"),
         E("armed_clash", Q("عشرات", 20, 90, True, nth=1), PL("منجم الملح", "Salt mine (western Deir ez-Zor)",
           "Deir ez-Zor"), "2014-06-07", None, IS,
           note="the day before's battle: no total, so the first side numbered (IS's «عشرات», a vague number "
                "noun); the council's six are the other side's. Outlet's recall («وكان ... قد»). Place: the mine "
                "named as a site")])

passage("lo29", "2022-11-24", "Arab Journal (arab-j.net)", "Turkish drone strikes on SDF sites, a drone shot down from "
        "a coalition base, a strike two days before told by another outlet | page: https://arab-j.net/17722",
        "مسيّرات تركية تضرب مواقع لـ«قسد» في ريف الحسكة\n"
        "ذكرت وسائل إعلام سورية اليوم الخميس أن ضحايا سقطوا حين ضربت مسيّرة تركية نقطة تابعة لـ«قسد» بقرية مشيرفة "
        "الحمة الواقعة على الطريق بين الحسكة وتل تمر. وأوضحت مصادر محلية أن المسيّرة ضربت الموقع، وهو من أبرز منشآت «قسد» "
        "العسكرية هناك، للمرة الثانية ملحقة به أضراراً جسيمة، وأن مسيّرتين أخريين قصفتا موقعين لها في تل حبش وعند سد "
        "الجوادية. وأضافت المصادر أن «قسد» أخلت مقرات لها في حقل العمر النفطي بريف دير الزور، وأن صاروخاً أُطلق من "
        "قاعدة التحالف في تل بيدر أسقط مسيّرة تركية من طراز «بيرقدار» حلّقت فوق القاعدة. وقبل يومين، هزّ انفجاران "
        "حي غويران في مدينة الحسكة، قال موقع «الميادين نت» إن مصدرهما استهداف مسيّرة تركية عربةً عسكرية لـ«قسد» "
        "عند جسر البيروتي.",
        [E("airstrike", None, PL("مشيرفة الحمة", "Mushayrifat al-Hamma", "Al-Hasakah"), "2022-11-24",
           "وسائل إعلام سورية", TUR,
           note="«ضحايا» is no figure; the local sources' «للمرة الثانية» is the same strike retold (no second event)"),
         E("airstrike", None, PL("تل حبش", "Tal Habash", "Al-Hasakah"), "2022-11-24", "مصادر محلية", TUR,
           note="two drones on two sites: one telling over two places, placed at the first"),
         E("other", None, PL("تل بيدر", "Tal Baydar", "Al-Hasakah"), "2022-11-24", "مصادر محلية", COAL,
           note="a Turkish drone shot down by a missile from the coalition base: coded other (a coder could code "
                "an armed clash or leave it out). Not coded: the SDF's evacuation of its offices in the Omar field "
                "(a precaution, no act of violence; a coder could code other)"),
         E("airstrike", None, PL("غويران", "Ghuwayran", "Al-Hasakah"), "2022-11-22", "موقع «الميادين نت»", TUR,
           note="the strike on an SDF car two days before, told by another outlet: placed at the quarter (the bridge "
                "is a landmark); two blasts, one strike. Published date INFERRED (a Thursday of the November 2022 "
                "Turkish air campaign)")])

passage("lo30", "2025-01-03", "Arab Khabar, relaying SOHR/AFP", "a clash toll with its breakdown by side, Turkish "
        "support fire, the SDF's own telling | page: https://arabkhabar.com/a/3925425",
        "24 قتيلاً في معارك «قسد» والفصائل الموالية لأنقرة قرب منبج\n"
        "لقي 24 مقاتلاً على الأقل حتفهم، أغلبهم من فصائل مسلحة تدعمها تركيا، في مواجهات مع قوات سوريا الديموقراطية "
        "في منطقة منبج شمالي سوريا، بحسب ما أعلنه يوم الخميس المرصد السوري لحقوق الإنسان. وفصّل المرصد أن القتلى 23 "
        "عنصراً من الفصائل وعنصر واحد من «مجلس منبج العسكري» التابع لـ«قسد»، في حصيلة أولية للهجوم الذي شنّته "
        "الفصائل على محور قريتي العطشانة والمسطاحة جنوبي المدينة. وأشار إلى استمرار القتال جنوبي منبج وشرقها وسط "
        "قصف تركي بالمسيّرات والمدفعية الثقيلة، فيما قالت «قسد» في بيان إنها صدّت الهجمات، التي ساندتها صباح "
        "الأربعاء، بحسب البيان، خمس مسيّرات تركية ودبابات ومدرعات حديثة.",
        [E("armed_clash", Q("24", 24, None, True, nth=1), PL("العطشانة", "Al-Atshana", "Aleppo"), "2025-01-01",
           "المرصد السوري لحقوق الإنسان", SNA,
           note="the factions' attack and the clashes: the total of both sides is the figure (23 + 1 its breakdown; "
                "headline's 24 the same). Place: the axis named for two villages, placed at the first. DATE CALL: "
                "the attack on Wednesday (the SDF statement), the toll announced Thursday. The SDF's statement is "
                "the other side's telling of the same fight, not a statement event"),
         E("airstrike", None, PL("منبج", "Manbij", "Aleppo", nth=3), "2025-01-02", "المرصد", TUR,
           note="Turkish drone and artillery fire on the area south and east of Manbij as fighting goes on: one "
                "support-fire event; TYPE CALL: drones named first (a coder could code shelling); no figure (the "
                "five drones in the SDF statement are its telling of the Wednesday attack)")])

passage("lo31", "2021-01-31", "Al-Arab Al-Yawm (alarbelyoum.com), relaying SOHR", "a car bomb with an initial toll "
        "| page: https://alarbelyoum.com/?p=55256",
        "قتيلان و22 جريحاً بتفجير سيارة في أعزاز\n"
        "قُتل شخصان وجُرح 22 على الأقل يوم الأحد بانفجار ضرب مدينة أعزاز الخاضعة لفصائل المعارضة الموالية لأنقرة "
        "في شمال سوريا. وقال المرصد السوري لحقوق الإنسان إن سيارة مفخخة انفجرت بالقرب من المركز الثقافي في المدينة، "
        "موضحاً أن القتيلين رجل وامرأة، وأن عدد الجرحى بلغ 22 حتى تلك اللحظة.",
        [E("explosion", None, PL("أعزاز", "Azaz", "Aleppo", nth=1), "2021-01-31", "المرصد السوري لحقوق الإنسان", None,
           note="a car bomb: the dead are a dual («قتيلان», «شخصان»: no figure) and the wounded are never the figure, "
                "so no figure (22 injured). Source: the monitor's next sentence comes back to the blast (stop 30). "
                "The cultural centre is a landmark: placed at the town. No perpetrator named. Published date "
                "INFERRED from the event (a Sunday blast near the cultural centre, late January 2021)")])

passage("lo32", "2025-08-22", "Al Jazeera Mubasher, relaying SANA and the Interior Ministry", "an IS double attack on a "
        "checkpoint told two ways; a patrol shot at days before "
        "| page: https://www.aljazeeramubasher.net/news/politics/2025/8/22/هجوم-لتنظيم-الدولة-في-دير-الزور",
        "هجوم مزدوج لتنظيم الدولة على حاجز أمني في الميادين\n"
        "تعرّض حاجز «السياسية» في مدينة الميادين بمحافظة دير الزور، اليوم الجمعة، لهجوم مزدوج شنّه تنظيم الدولة، "
        "قُتل فيه عنصر من الأمن الداخلي وأصيب آخر قبل أن تُحبط القوات الهجوم، بحسب وكالة "
        "«سانا» الرسمية. وأوضحت الوكالة أن أحد المهاجمين فجّر نفسه عند الحاجز، في حين قتل عناصر الأمن مرافقه. أما بيان "
        "وزارة الداخلية فقال إن الانتحاري «حُيّد» قبل أن يفجّر حزامه الناسف، وإن الثاني اشتبك مع العناصر بسلاح فردي "
        "فقُتل هو الآخر. وكان عنصران من الأمن قد قُتلا الاثنين الماضي برصاص أُطلق من سيارة على دورية للشرطة في "
        "طرطوس.",
        [E("explosion", None, PL("الميادين", "Al-Mayadin", "Deir ez-Zor", nth=1), "2025-08-22",
           "سانا", IS,
           note="TYPE CALL: one double attack told two ways; SANA (first telling) has the bomber blowing himself up, "
                "so explosion (suicide bomb); the ministry's telling (bomber neutralised, a gunfight) would make it "
                "an armed clash: one event either way. No figure: one member killed (singular), the two attackers' "
                "deaths are not numbered. The checkpoint is a landmark: placed at the town"),
         E("armed_clash", None, PL("طرطوس", "Tartus", "Tartus"), "2025-08-18", None, UNK,
           note="a recalled attack with a place and a day (stop 41): gunmen in a car firing on a police patrol, two "
                "killed (a dual: no figure); «الاثنين الماضي» before Friday 22 August = the 18th; outlet's recall")])

passage("lo33", "2025-10-05", "Al-Bousallah (albousallah.com)", "a checkpoint attacked with no casualties; a recalled "
        "patrol attack with a death of wounds | page: https://albousallah.com/هجوم-مسلّح-على-حاجز-في-ضواحي-طرطوس",
        "هجوم مسلح على حاجز قرب شاليهات طرطوس\n"
        "هاجم مسلحون مجهولون الحاجز المقام عند شاليهات الرمال الذهبية بمحيط مدينة طرطوس، فأطلقوا عليه الرصاص وألقوا قنبلة، "
        "ولم تتوفر حتى الآن معلومات عن إصابات. واستنفرت قوى الأمن الداخلي إثر ذلك لتعقّب المنفذين. ويأتي الهجوم "
        "ضمن سلسلة اعتداءات تطال الحواجز الأمنية في مناطق عدة. وكان عنصر من الأمن الداخلي قد فارق الحياة في 20 "
        "أيلول الماضي متأثراً بإصابته في هجوم مسلح على دورية قرب حاجز تل الشور في ريف حمص، جُرح فيه عنصران آخران، "
        "وهو من أبناء بلدة إسقاط في ريف إدلب.",
        [E("armed_clash", None, PL("طرطوس", "Tartus", "Tartus", nth=1), "2025-10-05", None, UNK,
           note="unidentified gunmen fire on a checkpoint and throw a grenade (stop 30: armed_clash); no casualties; "
                "the chalets' checkpoint is placed at the town. Undated item news: publication day (INFERRED: early "
                "October 2025, after the 20 September it recalls). The security alert is no event"),
         E("armed_clash", None, PL("تل الشور", "Tall al-Shour", "Homs"), "2025-09-20", None, UNK,
           note="a recalled attack on a patrol (stop 41): one killed (singular, no figure), two wounded. DATE CALL: "
                "the day he died of wounds; the attack may be earlier. Isqat is his home town, not the place")])

passage("lo34", "2025-12-23", "Yalla Syria News, relaying Al-Ikhbariya", "two security men killed by mortar and drone "
        "fire, an advance attempt, a recalled drone attack | page: https://yallasyrianews.com/a/80438",
        "مقتل عنصرين من الأمن الداخلي بقصف على ريف السويداء الغربي\n"
        "لقي اثنان من عناصر الأمن الداخلي حتفهما جنوبي سوريا في اعتداء نسبته السلطات إلى ما تسميها «العصابات "
        "المتمردة» في السويداء. وأوضح مصدر أمني لقناة «الإخبارية»، الثلاثاء 23 كانون الأول، أنهما قُتلا في ريمة "
        "حازم، القرية الواقعة في الريف الغربي للمحافظة، جراء قصف بقذائف الهاون ومسيّرة محمّلة بالذخيرة، وإن المهاجمين حاولوا "
        "التقدم نحو نقاط الأمن، في خرق جديد لوقف إطلاق النار. وكانت هذه المجموعات قد استهدفت السبت 13 كانون الأول "
        "مواقع أمنية بريف المحافظة بمسيّرات انتحارية، بحسب مصدر أمني تحدث حينها للقناة.",
        [E("shelling", None, PL("ريمة حازم", "Rimat Hazim", "As-Suwayda"), "2025-12-23", "مصدر أمني", None,
           note="mortar and a loitering drone killing two (a dual: no figure); the advance attempt is part of the "
                "same attack. TYPE CALL: the mortars named first (a coder could code an armed clash for the attack). "
                "No canonical actor for the Suwayda groups («العصابات المتمردة»). DATE CALL: the source's day"),
         E("airstrike", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2025-12-13", "مصدر أمني", None,
           note="the recalled suicide-drone attack of Saturday 13 December on posts in the countryside (stop 41: "
                "one act with a day); only the province is named (ريف المحافظة), so the province mention; "
                "ACLED codes drone strikes as air/drone strikes")])

passage("lo35", "2019-06-05", "Halab Today TV", "three kidnappings in a day in one province, ransoms, a reporter's "
        "telling | page: https://halabtodaytv.net/archives/61288",
        "عودة الخطف إلى السويداء: ثلاثة مدنيين مخطوفين في يوم واحد\n"
        "خطف مجهولون أمس الثلاثاء ثلاثة مدنيين في مواقع مختلفة من مدينة السويداء وريفها، لتعود عصابات الخطف إلى "
        "نشاطها بعد نحو شهر من الهدوء النسبي. وبحسب مراسلة «حلب اليوم»، اختُطف المواطن وائل سلوم على الطريق الواصل "
        "بين عريقة ونجران في الريف الغربي، وطلب خاطفوه مليون ليرة سورية لإطلاقه. وأضافت أن تاجر أدوات "
        "كهربائية من دمشق استُدرج وخُطف عند قصر السنديان الواقع على طريق قنوات بأيدي مسلحين في سيارة «بيك أب» بيضاء، وأن "
        "تاجر أقمشة وجلود حلبياً مقيماً في السويداء منذ سنوات خُطف للمرة الثانية، وطُلبت فدية قدرها 150 مليون ليرة، "
        "بعدما دفع 5 ملايين في المرة الأولى.",
        [E("arrest", None, PL("عريقة", "Ariqa", "As-Suwayda"), "2019-06-04", "مراسلة «حلب اليوم»", UNK,
           note="abductions are arrests (as sets 73, 78, 79). The lead's «ثلاثة» equals the three abductions listed: "
                "no event of its own (stop 34). A road between two places: the first (Ariqa); the ransom is money, "
                "no figure. Published date INFERRED (the page shows none)"),
         E("arrest", None, PL("قنوات", "Qanawat", "As-Suwayda"), "2019-06-04", "مراسلة «حلب اليوم»", UNK,
           note="the Damascene trader lured and taken by the palace on the Qanawat road: placed at Qanawat (the "
                "palace is a landmark); «وأضافت» keeps the reporter; day from the lead («أمس الثلاثاء»)"),
         E("arrest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2019-06-04", "مراسلة «حلب اليوم»", UNK,
           note="the Aleppine trader's second abduction: no place given for it, so the lead's «مدينة السويداء» (a "
                "coder could leave it null; his residence is not the place); the first abduction is a recall with "
                "no day or place, not coded; the ransoms are money")])


def main() -> None:
    write("gold114.jsonl", P114)


if __name__ == "__main__":
    main()
