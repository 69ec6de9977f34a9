"""Build gold82.jsonl: development set 82 (ids kg01…), written in stop 35 by writer w82 BEFORE any run on it.

Short excerpts (60-170 words each: a page's headline and lead, or one to three paragraphs of it), each the paraphrase
of the news part of ONE real page found in the search tool's `pages` corpus (queried in Arabic), years 2011-2025:
Friday protests and their town tolls, defections by arrival in Turkey, takings of border crossings, barrel bombs,
IS executions, Russian, coalition, Israeli and Turkish strikes, evacuations, HTS arrests and the protests against it,
the 2024 offensive, the 2025 clashes south of Damascus, monthly rights tallies, a settlement count. Every sentence was
rewritten (no run of five words, names aside, is shared with its page: checked by script against the page text,
which was kept outside the repository); the incidents, their order, places, figures, dates, sources and hedges are
the page's; private people's names are invented. Each passage's `style` ends with the page's address. Where the
page shows no date, the publication date was inferred from the events it tells (said in `style`).
Gold follows news_dev's README and the events_probe README's stop 28, 30, 32 and 34 conventions; it was written
before anything ran on the passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build82.py      # rewrites gold82.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P82: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P82.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("kg01", "2011-10-29", "Al-Yaum (Saudi), via Sauress", "a day's toll in two cities with its city breakdown; "
        "Friday protests town by town; reported defections amid gunfire (published date inferred: the Friday of "
        "the no-fly-zone demand) | page: https://sauress.com/alyaum/34672",
        "أعلن المرصد السوري لحقوق الإنسان أن عشرين مدنياً سقطوا قتلى يوم الجمعة بنيران قوات الأمن السورية في حمص "
        "وحماة، المدينتين اللتين تُعدّان من أبرز ساحات المواجهة مع حكم الرئيس بشار الأسد. وجاء في بيان للمرصد أن "
        "سبعة مدنيين لقوا حتفهم في أنحاء متفرقة من حماة، ومثلهم في حمص، فيما قضى مدني في القصير التابعة لحمص، وهي "
        "مناطق يشنّ فيها الجيش عمليات منذ أسابيع. وعقب صلاة أمس الجمعة خرج المحتجون في مدن وبلدات سورية كثيرة، "
        "متحدّين انتشاراً أمنياً كثيفاً دفعت به السلطات. ففي حوران هتف المتظاهرون لإسقاط النظام قبل أن تطاردهم "
        "عصابات الشبيحة، بينما شهد ريف دمشق حضوراً أمنياً لافتاً، إذ طوّقت القوات مساجد عدة وقطّعت أوصال المدينة "
        "بالحواجز. وفي تلبيسة بريف حمص نادى المحتجون بسقوط النظام وبحظر جوي يحمي المدنيين، كما نظّم طلبة وشبان في "
        "الرقة تظاهرات طالبت برحيل النظام. وفي الرحيبة بريف دمشق، دوّى رصاص كثيف مصدره اللواء 81 المتمركز قرب "
        "المدينة، وسط أنباء عن انشقاقات في صفوف الجيش.",
        [E("casualties", Q("عشرين", 20), None, "2011-10-28", "المرصد السوري لحقوق الإنسان", GOV, kind="aggregate",
           note="a day's toll over two cities by security forces' fire (a known force firing, told with no protest): "
                "a casualties aggregate. The city figures (seven in Hama, seven in Homs, one in al-Qusayr: 15) are a "
                "bare list of the dead by city with no act of their own, so its breakdown (stop 34); they do not sum "
                "to 20. PLACE CALL: two cities, no place (a coder could give a group Homs/Hama)"),
         E("protest", None, None, "2011-10-28", None, PROT, kind="aggregate",
           note="the nationwide Friday protests told as one, beside the town protests below (a day's total over more "
                "than the towns listed); no crowd and no dead numbered"),
         E("protest", None, PL("حوران", "Hauran", "Daraa"), "2011-10-28", None, PROT,
           note="the shabbiha chasing the protesters is part of the protest; Hauran is a region, the only place given. "
                "Not coded: the security deployment in Rif Dimashq (a coder could code a reinforcement)"),
         E("protest", None, PL("تلبيسة", "Talbiseh", "Homs"), "2011-10-28", None, PROT),
         E("protest", None, PL("الرقة", "Raqqa", "Raqqa"), "2011-10-28", None, PROT),
         E("defection", None, PL("الرحيبة", "Al-Ruhaybah", "Rif Dimashq"), "2011-10-28", None, GOV,
           note="reported defections (a hedge: «وسط أنباء»), no figure; the heavy gunfire from the brigade is told "
                "with them and not coded apart (a coder could code an armed_clash); «اللواء 81» is a name")])

passage("kg02", "2011-08-13", "Arab Tingroom reader (news reprint)", "a Friday's national toll and crowd, town tolls "
        "of fire on protests (duals and singulars: no figures), a recall of tanks in Ramadan (published date from the "
        "named Friday) | page: http://arab.tingroom.com/yuedu/xinwen/1187.html",
        "مقتل عشرين في تظاهرات الجمعة بسوريا\n"
        "سقط ما لا يقل عن عشرين قتيلاً أمس في الاحتجاجات التي عمّت مدناً سورية عديدة، في جمعة أسماها المحتجون «جمعة "
        "لن نركع إلا لله»، وامتدت من حمص وحماة ودوما إلى درعا وسقبا وبنش، فضلاً عن حلب وإدلب ومناطق غيرها. وذكر "
        "ناشطون أن القوات السورية أردت بالرصاص عشرين متظاهراً، بعدما نزل عشرات الآلاف إلى الشوارع يطالبون برحيل نظام "
        "الرئيس بشار الأسد ويرددون الهتاف ذاته. وكانت حمص مسرح أكبر التظاهرات، وقُتل فيها شخصان في الأقل، وسقط مثلهما "
        "في احتجاجات دوما، واثنان غيرهما في تظاهرات حماة، بينما سقط محتج قتيلاً في سقبا من ريف دمشق، ومثله في بنش. "
        "وتحدّت المسيرات القوات السورية في أرجاء البلاد، ومنها حماة ودير الزور اللتان دخلتهما دبابات الجيش خلال "
        "رمضان. وأفاد سكان بأن شخصين لقيا حتفهما كذلك في حماة، بعد أيام قليلة من انتهاء هجوم عسكري دام أسبوعاً على "
        "المدينة التي غدت رمزاً لتحدي حكم الأسد بحشودها الأسبوعية الضخمة المطالبة بتنحيه.",
        [E("protest", Q("عشرات الآلاف", 20000, 90000, True), None, "2011-08-12", "ناشطون", PROT, kind="aggregate",
           note="the national day of protests: the crowd is the figure (stop 30), the twenty dead its fatalities; the "
                "town tolls below (2+2+2+1+1) sum to less than 20, so this is an aggregate beside them (stop 34); the "
                "headline and lead are the same telling; the activists' sentence is its source"),
         E("protest", None, PL("حمص", "Homs", "Homs", nth=1), "2011-08-12", "ناشطون", PROT,
           note="town toll tied to the protest there: its own protest event; «شخصان» is a dual: no figure. SOURCE "
                "CALL: the sentence goes on with the activists' report (same kind): carried"),
         E("protest", None, PL("دوما", "Douma", "Rif Dimashq", nth=1), "2011-08-12", "ناشطون", PROT),
         E("protest", None, PL("حماة", "Hama", "Hama", nth=1), "2011-08-12", "ناشطون", PROT,
           note="the residents' two dead in Hama later are taken as another telling of this toll (a coder could read "
                "«كذلك» as two more); the week-long assault on Hama and the tanks in Ramadan are recalls with no day: "
                "not coded"),
         E("protest", None, PL("سقبا", "Saqba", "Rif Dimashq", nth=1), "2011-08-12", "ناشطون", PROT,
           note="one protester killed: a singular, no figure"),
         E("protest", None, PL("بنش", "Binnish", "Idlib", nth=1), "2011-08-12", "ناشطون", PROT)])

passage("kg03", "2012-06-27", "Al-Gareeda (Egypt), via Masress", "a senior officer's defection by arrival in Turkey; "
        "the group's figure includes families (published date inferred: the fifteenth senior officer, the Wednesday "
        "after the MiG pilot) | page: https://www.masress.com/algareda/109988",
        "في حلقة جديدة من انشقاقات الضباط عن القوات التابعة للرئيس السوري بشار الأسد، أعلن ضابط رفيع اليوم تخلّيه عن "
        "الجيش السوري برفقة ضباط وجنود آخرين، ولجوءهم جميعاً إلى الأراضي التركية، وفق تصريح أدلى به دبلوماسي تركي إلى "
        "وكالة فرانس برس. وأوضح الدبلوماسي، الذي طلب ألا يُذكر اسمه، أن مجموعة من 66 شخصاً عبرت إلى تركيا عصر "
        "الأربعاء، وكان بين أفرادها الضابط الكبير واثنان من الضباط الأدنى رتبة، إلى جانب جنود مع أسرهم.",
        [E("defection", None, PL("تركيا", "Turkey", None, "Turkey"), "2012-06-27", "دبلوماسي تركي", GOV,
           note="FIGURE CALL: the 66 are everyone who crossed, families included; the defectors themselves (a senior "
                "officer, two junior officers, soldiers) are not numbered, so no figure (a coder could take 66). "
                "Place: the arrival abroad told as the defection (stop 28)")])

passage("kg04", "2012-07-19", "Sabq (Saudi), via Sauress", "two border crossings taken the same day, one told by the "
        "observatory, one by Iraqi officials | page: https://sauress.com/sabq/93578",
        "ذكر المرصد السوري لحقوق الإنسان أن مقاتلي الجيش الحر انتزعوا اليوم الخميس السيطرة على أحد المعابر الحدودية "
        "مع تركيا، في سابقة لم تشهدها البلاد منذ انطلاق الاحتجاجات على حكم بشار الأسد. وأوضح رامي عبد الرحمن، مدير "
        "المرصد، أن عناصر من الكتائب المعارضة باتوا يمسكون بمعبر باب الهوى الواقع على الحدود السورية التركية بمحافظة "
        "إدلب، وأنهم مزّقوا صوراً للأسد عقب انسحاب القوات النظامية منه. وفي اليوم نفسه، استولى الجيش الحر على منفذ "
        "البوكمال الحدودي المقابل لمدينة القائم في غرب العراق، على ما أبلغه مسؤولون عراقيون وكالة فرانس برس. وروى "
        "مقدّم في حرس الحدود العراقي أنهم شاهدوا علم الجيش الحر يحلّ محل العلم السوري، ومسلحين بثياب مدنية يتجولون في "
        "المعبر، في حين أكد مصدر أمني على الحدود تلقيهم معلومات بأن المعبر صار في قبضة الجيش الحر.",
        [E("territory_change", None, PL("معبر باب الهوى", "Bab al-Hawa crossing", "Idlib"), "2012-07-19",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="the lead's unnamed crossing and the director's named one are one taking; a crossing is its own place"),
         E("territory_change", None, PL("منفذ البوكمال", "Al-Bukamal border crossing", "Deir ez-Zor"), "2012-07-19",
           "مسؤولون عراقيون", FSA,
           note="al-Qaim in Iraq only locates the crossing; the border guard officer and the security source are "
                "further tellings")])

passage("kg05", "2012-12-27", "Al-Watan (Saudi), via Sauress, relaying AFP", "two generals defect by arrival in Hatay "
        "with soldiers; a running total of senior officers; an airport stormed; a recalled defection two days before "
        "(published date inferred from al-Shallal's defection) | page: https://sauress.com/alwatan/126462",
        "أعلن ضابطان من سلاح الجو السوري انشقاقهما عن الجيش إثر وصولهما إلى تركيا، ليلتحقا بمئات العسكريين الذين "
        "تركوا صفوف النظام، بحسب ما ذكره اليوم دبلوماسي تركي. وأوضح الدبلوماسي لوكالة فرانس برس، مشترطاً إغفال هويته، "
        "أن الواصلَين لواءان طياران. ولجأ إلى تركيا حتى الآن عشرات من كبار ضباط الجيش السوري، بينهم نحو أربعين "
        "لواءً. وعبر المنشقان الحدود عند قرية ريحانلي في ولاية هاتاي، ومعهما عشرات الجنود يُقدَّر عددهم بـ55، إضافة "
        "إلى عائلاتهم. وتتزامن هذه الانشقاقات مع اقتحام مقاتلي المعارضة أمس مطار منغ العسكري الواقع قرب حلب، حيث "
        "يخوضون مواجهات مع الجيش، وفق المرصد السوري لحقوق الإنسان وناشطين. وستنقل أنقرة المنشقين إلى مخيم أبايدين في "
        "هاتاي، وهو مخصص للعسكريين الفارين من الجيش النظامي. وكان اللواء عبد العزيز جاسم الشلال، قائد الشرطة العسكرية "
        "في سوريا، قد انشق أول من أمس ووصل إلى تركيا مع أسرته.",
        [E("defection", None, PL("ريحانلي", "Reyhanli", None, "Turkey"), "2012-12-27", "دبلوماسي تركي", GOV,
           note="FIGURE CALL: two generals (a dual) with about 55 soldiers: the text writes no total, so no figure "
                "(stop 34's «ضابط وأربعة جنود» rule); a coder could take 55. Place: the crossing point abroad, the "
                "arrival told as the defection; the undated arrival is the item's news (published day)"),
         E("defection", Q("عشرات", 20, 90, True), None, None, "دبلوماسي تركي", GOV, kind="aggregate",
           note="a running total of senior officers who fled to Turkey: no place (a residence abroad, stop 28); the "
                "forty generals are its breakdown; the lead's «hundreds of soldiers» is the same kind of total, not "
                "coded twice. SOURCE CALL: the sentence goes on with the diplomat's report"),
         E("armed_clash", None, PL("مطار منغ العسكري", "Menagh military airport", "Aleppo"), "2012-12-26",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="rebels storm the air base and fight the army there: a clash at a listed site"),
         E("defection", None, PL("تركيا", "Turkey", None, "Turkey", nth=2), "2012-12-25", None, GOV,
           note="al-Shallal's defection, a recall («وكان … قد») with its day: the outlet's; arrival abroad is the "
                "place (the text names none at home)")])

passage("kg06", "2013-01-26", "El-Fagr (Egypt), via Masress", "a checkpoint stormed with its garrison described; a "
        "tank seizure the day before (published date inferred: a Saturday of early 2013, «nearly two years» into the "
        "uprising) | page: https://www.masress.com/elfagr/1275885",
        "أفاد الجيش السوري الحر المعارض بأن كتيبة «غرباء حوران» هاجمت حاجز البقعة القائم إلى الشمال الشرقي من مدينة "
        "إزرع، مركز الثقل العسكري لقوات النظام بمحافظة درعا جنوبي دمشق، ودمّرته بالاشتراك مع «جبهة النصرة». ونقلت "
        "قناة «العربية» اليوم السبت أن الحاجز يُحسب بين أشد نقاط النظام تحصيناً، إذ يفصل بين أكبر تجمع لمقاتلي الحر "
        "في درعا وقوات النظام المتمركزة في إزرع. وكانت فيه أربع دبابات معدّلة من طراز «تي 55»، وثماني خيام يشغلها 35 "
        "جندياً من قوات الأسد، بينهم ضابطان أحدهما عقيد والآخر مقدّم. وتأتي العملية غداة ما أعلنه المركز الإعلامي "
        "السوري من أن مقاتلي الحر غنموا ثلاث دبابات من قوات النظام في بصر الحرير، إحدى بلدات محافظة درعا. ويشهد "
        "البلد منذ قرابة عامين احتجاجات شعبية على حكم الأسد، تحولت إلى مواجهات مسلحة وأعمال عنف في معظم أنحائه، "
        "خلّفت آلاف القتلى ومئات الآلاف من النازحين داخل سوريا وخارجها.",
        [E("armed_clash", None, PL("إزرع", "Izra'", "Daraa"), "2013-01-26", "الجيش السوري الحر", FSA,
           note="storming and destroying a checkpoint: a clash (a coder could code a territory_change); the "
                "checkpoint is placed at its town (not a listed site); the 35 soldiers are the garrison, not "
                "casualties; the act is the item's news with no day of its own (published day)"),
         E("armed_clash", None, PL("بصر الحرير", "Busra al-Harir", "Daraa"), None, "المركز الإعلامي السوري", FSA,
           note="three tanks seized from the army: coded a clash (a coder could code other); tanks are no figure; "
                "announced the day before, the act itself undated. The two years of unrest are background")])

passage("kg07", "2014-06-16", "Al-Madina (Saudi), via Sauress, relaying Reuters", "barrel bombs on one quarter, the "
        "monitor first unnamed then named; the war's running toll (published date inferred: a Monday of mid-2014, "
        "«more than 160 thousand») | page: https://sauress.com/almadina/538997",
        "أعلنت هيئة لرصد النزاع أن 25 شخصاً في الأقل لقوا حتفهم اليوم الاثنين جراء براميل متفجرة أُلقيت على مدينة "
        "حلب شمالي سوريا. وتُلقي المروحيات في هذه الغارات عبوات بدائية الصنع لكنها شديدة الفتك، وقد وصفت دول غربية "
        "استخدامها بجريمة حرب، غير أنها ما زالت تتساقط يومياً تقريباً على حلب ومناطق سورية أخرى. وقال المرصد السوري "
        "لحقوق الإنسان، ومقره في بريطانيا، إن البراميل سقطت بعد ظهر اليوم على حي السكري في حلب، كبرى مدن "
        "البلاد المقسومة حالياً بين القوات الحكومية والمعارضة، مضيفاً أن بين الضحايا طفلين وامرأة في الأقل. ويُرجَّح "
        "أن تزداد الحصيلة لأن إصابات عدد من الجرحى بالغة. وقد تجاوز عدد قتلى الحرب السورية 160 ألفاً منذ أن اندلعت "
        "قبل ما يزيد على ثلاث سنوات احتجاجاً سلمياً، ثم تحولت إلى تمرد مسلح إثر قمع حكومي.",
        [E("airstrike", Q("25", 25, None), PL("السكري", "Al-Sukkari", "Aleppo"), "2014-06-16",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="helicopter barrel bombs: an airstrike; the lead's unnamed «monitoring body» is the observatory "
                "named later (the named source given); the quarter is the place; children and a woman are a "
                "breakdown. Agent: helicopters dropping barrels, the government (the text names no force; a coder "
                "could leave it null). The near-daily use is a habit"),
         E("casualties", Q("160 ألفاً", 160000, None, True), None, None, None, None, kind="aggregate",
           note="the war's running toll since 2011 (period 2011-03 to the publication), the outlet's background; "
                "a bound by verb («تجاوز»)")])

passage("kg08", "2015-05-27", "Pars Today (Iranian Arabic service)", "an IS execution in the Roman theatre, told by "
        "the observatory's director; a recalled taking with its day | page: "
        "https://parstoday.ir/ar/news/islamic_world-i120618-داعش_الارهابي_يعدم_20_رجلاً_في_تدمر_بسوريا",
        "«داعش» الإرهابي يُعدم عشرين رجلاً في تدمر السورية\n"
        "أقدم مسلحو تنظيم «داعش» الإرهابي، الأربعاء، على قتل عشرين رجلاً رمياً بالرصاص داخل الموقع الأثري لمدينة "
        "تدمر في وسط سوريا، وفق ما أورده ما يُعرف بـ«المرصد السوري لحقوق الإنسان». وأبلغ رامي عبد الرحمن، مدير "
        "المرصد، وكالة فرانس برس بأن التنظيم نفّذ الإعدام اليوم بالرجال العشرين في المسرح الروماني بالمدينة على مرأى "
        "من عدد من سكانها، متهماً إياهم بالقتال في صفوف الحكومة السورية. ويسعى التنظيم الإرهابي إلى بث الخوف في "
        "المناطق التي ينتشر فيها بسوريا والعراق، عبر القتل العشوائي والبطش وقطع الرؤوس والتمثيل بالضحايا. وكان "
        "«داعش» قد استولى في الحادي والعشرين من أيار/مايو على تدمر، المدينة التاريخية العريقة، بعدما انسحب منها "
        "الجيش السوري إثر معارك استمرت تسعة أيام.",
        [E("casualties", Q("عشرين", 20), PL("تدمر", "Palmyra", "Homs"), "2015-05-27", "المرصد السوري لحقوق الإنسان",
           IS, note="an execution stays casualties (stop 30); the Roman theatre is a landmark placed at its town; "
                    "the headline, the lead and the director's telling are one event"),
         E("territory_change", None, PL("تدمر", "Palmyra", "Homs", nth=2), "2015-05-21", None, IS,
           note="a recall with its day («وكان … قد»): the outlet's; the army's withdrawal after nine days of "
                "fighting is part of the taking. IS's terror methods are a habit")])

passage("kg09", "2015-12-20", "Elaph", "Russian strikes on a market: combined killed-and-wounded figures, then a "
        "doctor's dead and wounded; a preliminary toll | page: https://elaph.com/Web/News/2015/12/1062827.html",
        "شنّت طائرات حربية روسية سلسلة غارات على أحياء سكنية وسوق شعبية في مدينة إدلب السورية، أوقعت مئات القتلى "
        "والجرحى، وذلك بعد توافق أممي على قرار لمجلس الأمن بشأن الحل السياسي في سوريا.\n"
        "وارتكبت المقاتلات الروسية صباح اليوم الأحد مجزرة دامية أودت بعشرات بين قتيل وجريح، باستهدافها أحياء مأهولة "
        "وسوقاً شعبية في إدلب بشمال غرب سوريا. وقال مدير المستشفى الميداني في المدينة، الطبيب سامر العبدو، لـ«إيلاف» "
        "إن نحو 30 مدنياً قُتلوا، بينهم نساء وأطفال، جرى توثيقهم حتى الآن، وإن أكثر من مئة آخرين أصيبوا بجروح في "
        "الغارات التي طالت السوق.\n"
        "حصيلة أولية\n"
        "وبيّن ناشطون من إدلب أن حصيلة القتلى ما زالت أولية، لأن بين الجرحى حالات حرجة نُقلت إلى نقاط طبية داخل "
        "المدينة وإلى مشافٍ ميدانية في المناطق القريبة، بينما تعمل فرق الإنقاذ والدفاع المدني على رفع الركام في موقع "
        "القصف. وتأتي هذه الأحداث بعد أيام من تداول أنباء عن قرار دولي يقضي بوقف النار برعاية دولية، وعن تأليف وفد "
        "يفاوض نظام الأسد.",
        [E("airstrike", Q("نحو 30", 30, approx=True), PL("إدلب", "Idlib", "Idlib"), "2015-12-20",
           "مدير المستشفى الميداني في المدينة", RUS,
           note="FIGURE CALL: «hundreds» and «dozens» killed-and-wounded are combined figures; the doctor gives the "
                "dead apart (about 30), so they are the figure; over a hundred wounded are the injured. The market is "
                "placed at its city; the Security Council resolution and the ceasefire talk are background")])

passage("kg10", "2016-02-17", "Akhbar al-Aan", "coalition raids counted in a day over a list of targets in one city; a "
        "field hospital in a village of its countryside | page: "
        "https://www.akhbaralaan.net/news/arab-world/2016/02/17/syria-albokmal-isis-kill-elements-airstrikes",
        "البوكمال – أخبار الآن\n"
        "لا تتوقف غارات التحالف الدولي على مواقع داعش في سوريا وفي العراق، ومن أبرز ما استهدفته مدينة البوكمال "
        "المحاذية للحدود العراقية والخاضعة لسيطرة التنظيم، إذ قصفت طائرات التحالف مقرات التنظيم فيها بما يزيد على "
        "ثلاثين غارة في يوم واحد، بحسب ناشطين في حملة «صرخة البوكمال» ذكروا أن الضربات أصابت حواجز ومقرات للتنظيم داخل "
        "المدينة. وقال ناشطون من الحملة في حديث إلى أخبار الآن إن الغارات، وعددها فوق الثلاثين، طالت مقرات وحواجز "
        "لداعش قرب ثانوية فايز منصور، ومستودع ذخيرة للتنظيم في حي الجمعيات، ومقراً له في المنطقة الصناعية، إضافة إلى "
        "شعبة الحزب ومبنى الأمن السياسي ومقر الشبيبة، وكلها يتخذها التنظيم مقرات، ومقراً في منطقة الحزام الأخضر. كما "
        "قُصف مستشفى ميداني سري يتبع للتنظيم في السكرية، إحدى بلدات ريف البوكمال. ويعمد التنظيم إلى إغلاق الشوارع "
        "والأحياء التي تستهدفها الغارات، كي لا يطّلع السكان على حجم الخسائر في صفوف عناصره.",
        [E("airstrike", Q("ما يزيد على ثلاثين", 30, None, True), PL("البوكمال", "Al-Bukamal", "Deir ez-Zor", nth=1),
           "2016-02-17", "ناشطين في حملة «صرخة البوكمال»", COAL,
           note="more than thirty raids in one day on targets inside the city: one act at the city (the quarters "
                "and buildings are landmarks of it); no dead numbered, so the raids are the figure; the day is "
                "not given (the item's news: published day); the dateline is not the place mention"),
         E("airstrike", None, PL("السكرية", "Al-Sukkariyah", "Deir ez-Zor"), "2016-02-17", "ناشطون من الحملة", COAL,
           note="the field hospital in a village of the countryside: another place, its own event (a coder could "
                "fold it into the city's raids as one group); the campaign members' account goes on («كما», same "
                "kind). Closing the streets is a habit")])

passage("kg11", "2016-08-26", "Al-Wasat (Bahrain), relaying AFP", "an evacuation under a deal, the reporter's "
        "telling and a military source's figure for the first batch | page: "
        "http://alwasatnews.com/5102/news/read/1153029/1.html",
        "شرع مقاتلو المعارضة وأسرهم في مغادرة داريا، المدينة المحاصرة منذ 2012 على مقربة من دمشق، تنفيذاً لاتفاق "
        "أبرموه مع الحكومة السورية ينص على إخلائها، على ما أفادت به مراسلة لوكالة فرانس برس كانت عند المدخل الشمالي "
        "للمدينة. وذكرت المراسلة أن معظم من استقلوا الحافلة الأولى نساء وأطفال وكبار في السن، وقد رافقتها سيارة للأمن "
        "وأخرى للهلال الأحمر السوري. ونقل مصدر عسكري سوري في الموقع تأكيده أن أول دفعة، اليوم الجمعة 26 آب/أغسطس "
        "2016، ستضم «300 مقاتل مع أسرهم».",
        [E("other", Q("300", 300), PL("داريا", "Darayya", "Rif Dimashq"), "2016-08-26", "مراسلة لوكالة فرانس برس",
           FSA, note="an evacuation (other). FIGURE CALL: the only number is the first batch's 300 fighters (their "
                     "families not numbered); a coder could leave it without a figure. The deal is its frame and the "
                     "siege since 2012 a state: neither coded")])

passage("kg12", "2016-10-02", "Micro Syria", "a lead toll equal to the towns' tolls; shelling on four towns; a protest "
        "the same day | page: https://microsyria.com/2016/10/02/قتلى-وجرحى-بقصفٍ-عنيفٍ-استهدف-الغوطة-ا/",
        "قتلى وجرحى في قصف عنيف على الغوطة الشرقية\n"
        "لقي أربعة مدنيين، منهم طفلان، حتفهم وجُرح آخرون اليوم الأحد الثاني من تشرين الأول/أكتوبر، بقصف صاروخي "
        "ومدفعي كثيف طال مدينتي دوما وحرستا في الغوطة الشرقية لدمشق. وأعلن الدفاع المدني في ريف دمشق، عبر صفحاته "
        "على مواقع التواصل، أن ثلاثة مدنيين، بينهم شقيقان صغيران، قُتلوا بالقصف الذي أصاب بيوت المدنيين في دوما، وهم "
        "وائل عطوان والطفلان عمر وهالة السبّاك. كذلك قضت امرأة وأصيب آخرون بقذائف مدفعية ثقيلة سقطت على أحياء سكنية "
        "في حرستا، وطال القصف ذاته حمورية وسقبا، البلدتين الواقعتين في الغوطة، موقعاً إصابات بين المدنيين. ونشرت "
        "«تنسيقية مدينة دوما» عبر صفحتها في «فيسبوك» أن تظاهرة شعبية انطلقت اليوم في دوما تحت شعار «الغوطة بخطر»، "
        "شارك فيها ناشطون وأعضاء في المجالس المحلية وفعاليات مدنية، أبدوا غضبهم من جمود الجبهات، وطالبوا بغرفة "
        "عمليات موحّدة وبتسليم السلاح للثوار.",
        [E("shelling", Q("ثلاثة", 3), PL("دوما", "Douma", "Rif Dimashq"), "2016-10-02", "الدفاع المدني في ريف دمشق",
           None, note="the lead's four dead are Douma's three and Harasta's woman: no event of their own (stop 34). No "
                      "force is named: no actor"),
         E("shelling", None, PL("حرستا", "Harasta", "Rif Dimashq"), "2016-10-02", "الدفاع المدني في ريف دمشق", None,
           note="one woman killed: a singular, no figure; «كذلك» goes on with the civil defence's report (same kind)"),
         E("shelling", None, PL("حمورية", "Hammouriyeh", "Rif Dimashq"), "2016-10-02", "الدفاع المدني في ريف دمشق",
           None, note="one act over two towns (Hammouriyeh and Saqba): a group, placed at the first; only wounded"),
         E("protest", None, PL("دوما", "Douma", "Rif Dimashq", nth=3), "2016-10-02", "تنسيقية مدينة دوما", PROT,
           note="a protest against the factions' idle fronts; no crowd numbered")])


passage("kg13", "2017-06-21", "Makkah Newspaper", "a US strike on an IS mufti told weeks later (headline place and body "
        "place differ); a drone shot down by the coalition | page: "
        "http://makkahnewspaper.com/article/606164/العالم/مقتل-المفتي-الأكبر-لداعش-بغارة-أمريكية-على-الرقة",
        "مقتل كبير مفتي داعش في غارة أمريكية على الرقة\n"
        "أقرّت وزارة الدفاع الأمريكية (البنتاغون) أمس بأن من لقّب نفسه «المفتي الأكبر» في تنظيم الدولة الإسلامية (داعش) "
        "لقي حتفه بضربة جوية نفذتها الولايات المتحدة في سوريا. وذكرت القيادة المركزية الأمريكية في بيان أن تركي "
        "البنعلي قُتل بغارة جوية استهدفته في مدينة الميادين السورية يوم 31 أيار/مايو الماضي. ووصفت واشنطن دور البنعلي "
        "بأنه «محوري في استقطاب المقاتلين الأجانب والتحريض على تنفيذ هجمات إرهابية حول العالم»، مشيرة إلى أنه تقدّم "
        "على سائر رجال الدين في صفوف التنظيم منذ 2014. وكان داعش قد أقرّ مطلع الشهر الجاري بمقتل البنعلي في غارة للتحالف. من جهة "
        "أخرى، أعلن التحالف الدولي المناهض لداعش أمس أنه أسقط طائرة مسيّرة عسكرية تتبع للحكومة السورية، كانت تتجه "
        "نحو قواته بالقرب من موقع عسكري محاذٍ للحدود العراقية في جنوب شرق سوريا.",
        [E("airstrike", None, PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2017-05-31", "القيادة المركزية الأمريكية",
           COAL, note="PLACE CALL: the headline says Raqqa, the body the town struck (al-Mayadin): the body's specific "
                      "place wins; one man killed, no figure; the Pentagon's word, CENTCOM's statement and IS's "
                      "admission are tellings of one strike; the US praise of his role is no statement"),
         E("airstrike", None, None, "2017-06-20", "التحالف الدولي المناهض لداعش", COAL,
           note="TYPE CALL: the coalition downs a government drone near its base by the Iraqi border (ACLED: "
                "disrupted weapons use, remote violence); coded an airstrike by the coalition, a coder could code "
                "other. No named place (south-east Syria)")])

passage("kg14", "2017-07-13", "Elbalad (Egypt), relaying Radio Sawa", "a coalition total equal to its two "
        "countries' parts, each over a list of towns (published date inferred: days after Mosul's recapture) | page: "
        "https://www.elbalad.news/2868997",
        "التحالف الدولي يشن 23 غارة على داعش في سوريا والعراق\n"
        "قالت قوات التحالف الدولي التي تقودها الولايات المتحدة إنها نفذت 23 ضربة جوية استهدفت مواقع لتنظيم «داعش» في "
        "البلدين. وجاء في بيان للتحالف أورده اليوم راديو «سوا» الأمريكي أن طائراته أغارت في سوريا 12 مرة على أهداف "
        "للتنظيم قرب البوكمال والشدادي، وكذلك دير الزور والرقة، وأنه نفّذ كذلك 11 ضربة في العراق أصابت مواقع لداعش بالقرب "
        "من الحويجة والقائم وكيسك وراوة. ويأتي ذلك بعدما أعلنت القوات العراقية في الآونة الأخيرة استعادة الموصل كلياً "
        "من قبضة التنظيم، في وقت تواصل فيه قوات سوريا الديمقراطية، التي تدعمها واشنطن، تقدمها داخل الرقة، أبرز معاقل "
        "التنظيم في سوريا.",
        [E("airstrike", Q("12", 12), PL("البوكمال", "Al-Bukamal", "Deir ez-Zor"), "2017-07-13",
           "قوات التحالف الدولي", COAL,
           note="the 23 equal the Syrian 12 and the Iraqi 11: no event of their own (stop 34); one act over four "
                "places (a group, at the first); no day given (the item's news: published day). The SDF's advance "
                "in Raqqa is a state; Mosul's recapture a recall"),
         E("airstrike", Q("11", 11), PL("الحويجة", "Hawija", None, "Iraq"), "2017-07-13", "قوات التحالف الدولي", COAL,
           note="the Iraqi part: a place abroad where the act happened (a group of four Iraqi places, at the first)")])

passage("kg15", "2018-02-03", "Garaa News", "a jet downed, then revenge strikes: missiles from warships on one town, "
        "barrels on the town where the jet fell; a family with no total | page: https://garaanews.com/amp/article/236766",
        "عشرة مدنيين سوريين قتلى بقصف روسي ثأراً لإسقاط مقاتلتها في إدلب\n"
        "صبّت القوات الروسية وقوات النظام نيراناً كثيفة على محافظة إدلب في شمال سوريا، موقعين قتلى بين المدنيين، "
        "وذلك إثر إسقاط فصائل المعارضة المسلحة طائرة حربية روسية فوق المحافظة ومقتل قائدها. وأفاد مراسل إحدى القنوات "
        "الفضائية العربية بمقتل عشرة مدنيين في قصف استهدف خان السبل، البلدة الواقعة جنوبي ريف إدلب، قالت المعارضة المسلحة "
        "إنه نُفذ بصواريخ بالستية أطلقتها بوارج روسية. وأضاف المراسل أن أسرة بكاملها، تضم الأب والأم وخمسة أطفال، "
        "قضت بقصف بالبراميل المتفجرة شنّته طائرات النظام على معصران، إحدى بلدات ريف إدلب، حيث هوت الطائرة الروسية.",
        [E("armed_clash", None, PL("معصران", "Maasran", "Idlib"), "2018-02-03", None, FSA,
           note="TYPE CALL: the opposition downs a Russian jet and its pilot dies: coded a clash (a coder could code "
                "other); placed where the text says it fell; told as the cause, undated (published day)"),
         E("shelling", Q("عشرة", 10), PL("خان السبل", "Khan al-Subul", "Idlib"), "2018-02-03",
           "مراسل إحدى القنوات الفضائية العربية", RUS,
           note="ballistic missiles from warships (the opposition's telling): shelling/missile attack; the headline's "
                "ten are these ten"),
         E("airstrike", None, PL("معصران", "Maasran", "Idlib"), "2018-02-03", "مراسل إحدى القنوات الفضائية العربية",
           GOV, note="barrel bombs on the town; a family of two parents and five children: no total written, so no "
                     "figure (five children is a part)")])

passage("kg16", "2018-04-06", "Sharkia Online (opposition site)", "raids on one city with a toll and a raid count; "
        "evacuations halted; a running toll since February | page: https://sharkiaonline.net/news_129315",
        "قضى 25 مدنياً، اليوم الجمعة، في غارات شنّتها على مدينة دوما في الغوطة الشرقية طائرات روسيا وميليشيات "
        "المجرم بشار. وأكد فريق الدفاع المدني («الخوذ البيضاء») توقف عمليات الإجلاء التي كانت تديرها روسيا وميليشيات بشار، "
        "تزامناً مع قصف شديد طال الأحياء السكنية. وذكر نشطاء الثورة السورية أن قرابة 35 غارة جوية ضربت المدينة، فقتلت "
        "25 مدنياً وجرحت العشرات في حصيلة أولية. وترزح مدن الغوطة الشرقية وبلداتها تحت قصف همجي متواصل منذ 19 "
        "شباط/فبراير الماضي، حصد أرواح ما يزيد على 1500 مدني وأصاب قرابة 3000 آخرين.",
        [E("airstrike", Q("25", 25), PL("دوما", "Douma", "Rif Dimashq"), "2018-04-06", "نشطاء الثورة السورية", GOV,
           note="the lead and the activists' sentence are one strike; the dead are the figure, not the 35 raids; "
                "the text blames Russia and the regime together (agent: the government). The halt of the "
                "evacuations is not coded (no act; a coder could code other)"),
         E("casualties", Q("ما يزيد على 1500", 1500, None, True), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq",
           nth=1), None, None, GOV, kind="aggregate",
           note="a running toll since 19 February (period 2018-02-19 to the publication) of «bombardment» (air and "
                "artillery not told apart: casualties); the wounded are no figure; the outlet's own")])

passage("kg17", "2018-07-15", "Thiqa Agency", "the first evacuation convoy from Daraa: buses and people, the "
        "destination named first | page: https://thiqa-agency.com/وصول-أولى-قافلة-المهجرين-من-الجنوب-الس",
        "أولى قوافل المهجّرين من جنوب سوريا تصل إلى الشمال\n"
        "بلغت أولى قوافل التهجير الخارجة من محافظة درعا في جنوب البلاد، مساء اليوم الأحد، قلعة المضيق في ريف حماة. "
        "وقال ناشطون من مدينة درعا إن الدفعة الأولى من المهجّرين تحركت صباح الأحد انطلاقاً من جمارك درعا القديمة داخل المدينة "
        "متجهة إلى محافظة إدلب، وإنها تتألف من 15 حافلة تقلّ 900 شخص أغلبهم مقاتلون مع عائلاتهم. وأشار الناشطون إلى "
        "أن التهجير محصور بأبناء درعا البلد، وأن كل من رغب في المغادرة سُمح له بحمل أمتعته كاملة. وتأتي هذه الخطوة "
        "بعدما شرعت الفصائل المقاتلة في درعا بتسليم أسلحتها الثقيلة والمتوسطة لقوات الأسد وروسيا، بينما لا يزال الحصار "
        "مطبقاً على آلاف من المدنيين والمقاتلين في رقعة ضيقة من ريف القنيطرة عند حدود الجولان.",
        [E("other", Q("900", 900), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2018-07-15", "ناشطون من مدينة درعا",
           FSA, note="an evacuation: the people, not the 15 buses, are the figure. PLACE CALL: the evacuees' quarter "
                     "(Daraa al-Balad; they left from the old customs in the city); Qalaat al-Madiq and Idlib are "
                     "destinations. The heavy-weapons handover is its frame (a coder could code an agreement); the "
                     "besieged in Quneitra are a state")])

passage("kg18", "2019-05-30", "Al-Madina (Saudi), via Sauress, relaying AFP", "a day's toll equal to three villages' "
        "tolls; a month-long campaign as background (published date inferred: a month after the late-April "
        "escalation) | page: https://sauress.com/almadina/1633447",
        "لقي 13 مدنياً على الأقل حتفهم أمس الأربعاء بغارات جوية سورية على محافظة إدلب شمال غربي البلاد، حيث تتعرض "
        "أجزاء منها منذ شهر لتصعيد عسكري حاد من قوات النظام وحليفتها روسيا. فمنذ أواخر نيسان/أبريل، تضرب المقاتلات "
        "الروسية والسورية ريف إدلب الجنوبي وما يجاوره، موقعة قتلى كل يوم تقريباً، ومتسببة في موجة نزوح كبيرة نحو مناطق "
        "أكثر أماناً، على الرغم من مطالبة الأمم المتحدة وواشنطن مراراً بخفض التصعيد. وأورد المرصد السوري لحقوق الإنسان، "
        "في تقرير له أمس، أن قصف قوات النظام أودى الأربعاء بـ13 مدنياً، سبعة منهم في غارات على قرية سرجة بريف إدلب الجنوبي، "
        "وأربعة من أسرة واحدة ببراميل متفجرة ألقيت على بلدة البارة، فيما لقي اثنان آخران حتفهما بقصف استهدف الهبيط، البلدة "
        "التي تحاول قوات النظام التقدم نحوها.",
        [E("airstrike", Q("سبعة", 7), PL("سرجة", "Sarjah", "Idlib"), "2019-05-29", "المرصد السوري لحقوق الإنسان", GOV,
           note="the 13 are 7 + 4 + 2: no event of their own (stop 34). The month-long campaign and the displacement "
                "are background with no figure"),
         E("airstrike", Q("أربعة", 4), PL("البارة", "Al-Bara", "Idlib"), "2019-05-29", "المرصد السوري لحقوق الإنسان",
           GOV, note="barrel bombs; four of one family"),
         E("airstrike", Q("اثنان", 2), PL("الهبيط", "Al-Habit", "Idlib"), "2019-05-29", "المرصد السوري لحقوق الإنسان",
           GOV, note="TYPE CALL: «قصف» with no kind; the lead puts all 13 under air strikes, so airstrike (a coder "
                     "could code shelling); «اثنان» is a numeral, the figure")])

passage("kg19", "2019-07-01", "Sonara", "night missile strikes on ten sites in three areas; an army source blames "
        "Israel, the media give the dead, the observatory the launch | page: "
        "https://sonara.net/news/news/355259/قتلى-بقصف-إسرائيلي-على-سوريا-والدفاعات-الجوية-تتصدى.html",
        "تعرّضت عشرة مواقع في سوريا، قرب دمشق وحمص وعلى مقربة من الحدود التركية، لضربات صاروخية الليلة الماضية. وأعلن "
        "مصدر رسمي في جيش النظام أن الدفاعات الجوية السورية اعترضت عدداً من الصواريخ، محمّلاً إسرائيل مسؤولية "
        "الهجوم. وأفادت وسائل إعلام بأن الضربات أودت بحياة أربعة مدنيين بينهم طفل رضيع، وأصابت 21 شخصاً بجروح، وأنها "
        "طالت مواقع للجيش السوري ومخازن سلاح لحزب الله ولميليشيات إيرانية. وتحدثت روايات عن مقاتلات إسرائيلية نفّذت "
        "الهجوم وهي تحلّق فوق البقاع اللبناني، في حين ذكر المرصد السوري لحقوق الإنسان أن الصواريخ انطلقت من قطع "
        "بحرية حربية إسرائيلية. ولم يصدر أي تأكيد من الجانب الإسرائيلي. وقد صعّدت إسرائيل خلال السنوات الأخيرة "
        "ضرباتها داخل سوريا، مؤكدة عزمها على مواجهة مساعي إيران لتثبيت حضورها العسكري هناك وإيصال أسلحة متقدمة "
        "إلى حزب الله.",
        [E("airstrike", Q("أربعة", 4), PL("دمشق", "Damascus", "Damascus"), "2019-06-30", "مصدر رسمي في جيش النظام",
           ISR, note="one night of strikes on ten sites near Damascus, Homs and the Turkish border: a group, placed at "
                     "the first; the ten sites are no figure, the dead are. SOURCE CALL: the strike's own sentence "
                     "names none; the army source's sentence comes back to it (stop 30); the dead are the media's "
                     "(a coder could name «وسائل إعلام»). The launch from warships is the observatory's telling; the "
                     "Bekaa is where the jets flew, not the place; Israel's escalation over the years is a habit")])

passage("kg20", "2019-09-26", "SY24", "HTS arrests one of its own commanders; its statement answers his video "
        "(published date inferred: a Thursday days after the video of September 2019) | page: https://sy-24.com/39854",
        "اعتقلت «هيئة تحرير الشام»، يوم الخميس، «أبو العبد أشداء»، أحد أبرز قيادييها، إثر محاصرة مقره الرئيسي في "
        "منطقة ريف المهندسين غرب حلب. ونقلت مصادر محلية أن مجموعات من الهيئة طوّقت طوال ساعات المواقع والمقرات "
        "العائدة لأشداء، ثم قبضت عليه من دون أن يقع أي اشتباك بين الجانبين. وذكرت الهيئة في تصريح صحفي أن كلمة أبو "
        "العبد المصوّرة التي نُشرت قبل أيام «حفلت بالكذب والافتراء، وحرّضت على الفتنة وتفريق صف الجماعة»، مضيفة أنه "
        "أُحيل إلى القضاء العسكري لكنه أبى أن يسلّم نفسه. وكان القيادي قد بثّ تسجيلاً مصوراً بعنوان «حتى لا تغرق "
        "السفينة»، كشف فيه كثيراً من الأسرار والتجاوزات في صفوف الهيئة.",
        [E("arrest", None, PL("ريف المهندسين", "Rif al-Muhandisin", "Aleppo"), "2019-09-26", "مصادر محلية", HTS,
           note="one man arrested: no figure. SOURCE CALL: the local sources' sentence comes back to the arrest "
                "(stop 30). HTS's statement justifies the arrest (its telling, not a statement: stop 32); his video "
                "is a recall with no day")])

passage("kg21", "2019-10-15", "Watan FM", "a denial of an enemy taking; villages taken in a list; an operation's "
        "background | page: https://watan.fm/news/syria-news/132486",
        "بسطت فصائل الجيش الوطني السوري سيطرتها على رقعة أوسع من جبهة رأس العين شمالي الحسكة، بعد ما يزيد على "
        "أسبوع من انطلاق عملية «نبع السلام». ونفى مصدر عسكري معارض، في حديث أدلى به اليوم، "
        "الثلاثاء الخامس عشر من تشرين الأول، إلى مراسل وطن اف ام، أن تكون «وحدات الحماية» قد بسطت سيطرتها على تل حلف الواقعة جنوب رأس العين، كما "
        "أُشيع. وشدّد المصدر على أن ريفي رأس العين الجنوبي والغربي ما زالا بالكامل في قبضة الجيش الوطني والقوات "
        "التركية، وأن التقدم متواصل نحو مناطق أخرى. وصباح اليوم، انتزع الجيش الوطني قرية المناجير (30 كم)، وقرى أخرى "
        "هي نقرة والمدان وعدوان، فضلاً عن الجبش الجراجير والمالحة على جبهة رأس العين بريف الحسكة، إثر معارك مع «وحدات "
        "الحماية». وتدور منذ التاسع من الشهر الجاري معارك «نبع السلام» التي تخوضها تركيا إلى جانب الجيش الوطني "
        "السوري، لإقامة «منطقة آمنة» تتيح، بحسب أنقرة، عودة اللاجئين السوريين.",
        [E("statement", None, PL("تل حلف", "Tell Halaf", "Al-Hasakah"), "2019-10-15",
           "مصدر عسكري معارض", SNA,
           note="a denial of a rumoured YPG taking, told as its own matter: a statement (stop 32); the taking denied "
                "is no event. The claim that the countryside stays held is a state"),
         E("territory_change", None, PL("المناجير", "Al-Manajir", "Al-Hasakah"), "2019-10-15", None, SNA,
           note="one act over a list of villages: a group, at the first; the lead's widening of control is the same "
                "taking; «30 كم» is a measure, no figure. SOURCE CALL: its sentence names no source and is another "
                "kind of matter than the source's denial: the outlet (a coder could carry the military source)")])

passage("kg22", "2020-01-03", "Al-Jazirah (Saudi)", "a two-side clash toll; raids and missiles with a civilian toll; "
        "a missile on a school in a named town | page: https://al-jazirah.com./2020/20200103/du3.htm",
        "«الجزيرة» - متابعة:\n"
        "أعلن المرصد السوري لحقوق الإنسان يوم أمس الخميس أن 23 من عناصر القوات الحكومية ومقاتلي الفصائل قُتلوا في "
        "مواجهات على جبهات جنوب شرق إدلب. وذكر المرصد أمس أن محيط مدينة إدلب تعرّض لما يزيد على 22 غارة جوية وهجوماً "
        "صاروخياً، أسفرت عن سقوط تسعة قتلى مدنيين في الأقل، منهم خمسة أطفال. وأوضح أن صواريخ أرض - أرض أصابت سرمين، "
        "البلدة الواقعة شرقي إدلب، وهوت على مدرسة أُعدّت لإيواء الأسر النازحة.",
        [E("armed_clash", Q("23", 23), PL("جنوب شرق إدلب", "South-eastern Idlib countryside", "Idlib"), "2020-01-02",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="both sides' dead in one figure (stop 30); the fronts of a region: the region is the place"),
         E("airstrike", Q("تسعة", 9, None), PL("إدلب", "Idlib", "Idlib", nth=1), "2020-01-02", "المرصد السوري لحقوق الإنسان",
           None, note="over 22 raids and missile attacks around the city, with the civilian dead: the dead are the "
                      "figure; no force named. The undated attacks take the day of the report"),
         E("shelling", None, PL("سرمين", "Sarmin", "Idlib"), "2020-01-02", "المرصد السوري لحقوق الإنسان", None,
           note="surface-to-surface missiles on a school in Sarmin: its own place (a coder could read the nine dead "
                "as Sarmin's, or fold this into the attacks above)")])

passage("kg23", "2020-08-03", "Asharq Al-Awsat", "one Israeli strike told by the army, state media, a military "
        "source and the observatory; a second target added by the observatory's director | page: "
        "https://aawsat.com/home/article/2427856/إسرائيل-توسع-هجماتها-في-سوريا?amp",
        "إسرائيل توسّع ضرباتها في سوريا\n"
        "قالت إسرائيل إنها قصفت مساء اليوم الاثنين مواقع تابعة للجيش السوري بغارات جوية، «رداً على محاولة زرع عبوات "
        "ناسفة أُحبطت» في القسم الجنوبي من هضبة الجولان. وأوضح الجيش الإسرائيلي في بيان أن «مقاتلات ومروحيات حربية "
        "أصابت أهدافاً للجيش السوري في الجنوب السوري»، وأن تلك الأهداف ضمّت «نقاط مراقبة وأدوات لجمع المعلومات ومدافع "
        "مضادة للطائرات». أما وسائل الإعلام الرسمية السورية فأفادت بأن الدفاعات الجوية تصدّت «لأهداف معادية» في "
        "أجواء ريف دمشق الجنوبي الغربي. وأوردت الوكالة السورية نقلاً عن مصدر عسكري أن «حوامات العدو الإسرائيلي أطلقت عند "
        "الساعة العاشرة وأربعين دقيقة من مساء الاثنين رشقات صاروخية على عدد من نقاطنا المتقدمة في اتجاه القنيطرة، ولم "
        "تتجاوز الخسائر الأضرار المادية». أما المرصد السوري لحقوق الإنسان فتحدث عن دويّ انفجارات قوية سببها «قصف "
        "إسرائيلي طال مواقع للجيش في منطقة التل الأحمر» بريف القنيطرة الجنوبي الغربي، دون أن يحدد إن أوقع إصابات بين "
        "الجنود السوريين أو حلفائهم. وأضاف رامي عبد الرحمن، مدير المرصد، في حديث للوكالة الفرنسية أن البوكمال نالت "
        "بدورها صواريخ إسرائيلية.",
        [E("airstrike", None, PL("التل الأحمر", "Tal al-Ahmar", "Quneitra"), "2020-08-03", "إسرائيل", ISR,
           note="one strike told four times (the army, state media, SANA's military source, the observatory): placed "
                "at the most specific site named (a coder could place it at Quneitra); material damage only, no "
                "figure; the source is the first telling. The foiled bomb planting is an attempt: not coded"),
         E("airstrike", None, PL("البوكمال", "Al-Bukamal", "Deir ez-Zor"), "2020-08-03", "رامي عبد الرحمن", ISR,
           note="another target, another place, told by the director; the day is the report's")])

passage("kg24", "2021-09-02", "Halab Today", "a rights group's monthly tally broken down by party (one party "
        "unnamed), with the outlet's reporters on escalation and displacement (Eastern digits; published date: the "
        "Wednesday report of 1 September 2021) | page: https://halabtodaytv.net/archives/198748",
        "وثّقت «الشبكة السورية لحقوق الإنسان» أن عشرات المدنيين قُتلوا في سوريا خلال آب الفائت، وفق تقرير أصدرته أمس "
        "الأربعاء. وأورد التقرير أن ٩٤ مدنياً قُتلوا في آب، منهم ٣٢ طفلاً و١٠ نساء، فيما مات سبعة تحت التعذيب. وبيّن "
        "التقرير أن ٢٥ شخصاً قُتلوا، من بينهم عشرة أطفال وامرأتان، بينما أودت القوات الروسية بحياة تسعة مدنيين، ثمانية "
        "منهم أطفال. وبحسب مراسلي «حلب اليوم»، صعّدت قوات النظام والقوات الروسية عملياتها العسكرية على مناطق خفض "
        "التصعيد خلال الشهر المنصرم، ما خلّف مئات القتلى والجرحى بين المدنيين، ونزوح آلاف في ظروف إنسانية قاسية.",
        [E("casualties", Q("٩٤", 94), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a monthly tally (period 2021-08): «dozens» in the lead is the same figure told vaguely; children, "
                "women, torture and the parties (25 by a party the text leaves unnamed, nine by Russia) are its "
                "breakdown (stop 34)"),
         E("other", Q("آلاف", 2000, 9000, True), None, None, "مراسلي «حلب اليوم»", None, kind="aggregate",
           note="displacement over the month (other). The «hundreds killed and wounded» of the escalation overlap "
                "the rights group's tally and are a combined figure: not coded apart (a coder could code a "
                "casualties aggregate)")])

passage("kg25", "2021-04-29", "North Press Agency", "an IS attack on an SDF base: dead without figures, five "
        "captured, a coalition vehicle hit; a recalled roadside bomb with its day (published date inferred: the "
        "Wednesday after 20 April 2021) | page: https://npasyria.com/65047",
        "قتيل من المهاجمين وأسرى في هجوم داعشي على موقع لقسد شرقي دير الزور\n"
        "نورث برس – دير الزور\n"
        "قُتل أحد عناصر تنظيم «داعش» واعتُقل خمسة غيره، أمس الأربعاء، حين هاجم عناصره موقعاً لقوات سوريا "
        "الديمقراطية بريف دير الزور الشرقي بشرق سوريا. وأوضح مصدر عسكري محلي في حديث إلى نورث برس أن المهاجمين استهدفوا "
        "مقر قيادة لواء البصيرة، على بعد 35 كم شرقي دير الزور، وقتلوا مقاتلين من قوات سوريا الديمقراطية. ودام الاشتباك "
        "قرابة نصف ساعة، وانتهى بسقوط أحد المهاجمين قتيلاً وأسر خمسة من رفاقه. وأضاف المصدر أن قوات التحالف الدولي "
        "أغلقت بعد الاشتباك جميع مداخل البلدة لتعتقل خمسة من مسلحي داعش، وأن الهجوم على نقطة قسد ترافق مع إصابة إحدى "
        "عربات التحالف بقذيفة صاروخية خلال عبورها المنطقة بمرافقة مروحيات. وتتكرر الهجمات في الريف الشرقي لدير الزور "
        "على نقاط قسد وحواجزها وعلى وجهاء وموظفين ومدنيين. وفي العشرين من نيسان/أبريل الجاري، فجّر مجهولون عبوة ناسفة "
        "برتل للتحالف الدولي على الطريق المؤدي إلى حقل العمر النفطي.",
        [E("armed_clash", None, PL("لواء البصيرة", "Al-Basira Brigade headquarters", "Deir ez-Zor"), "2021-04-28",
           "مصدر عسكري محلي", IS,
           note="the attack and half-hour clash at a named headquarters (the place, stop 28; a coder could place it "
                "in the eastern countryside); «مقاتلين» is unvowelled (a plural or a dual) and one attacker died: "
                "no figure; the source's sentence comes back to the lead's attack"),
         E("arrest", Q("خمسة", 5), PL("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"),
           "2021-04-28", "مصدر عسكري محلي", COAL,
           note="FIGURE/ACTOR CALL: the lead's five held, the clash's five caught and the coalition's five arrested "
                "after closing the town are one arrest (a coder could fold it into the clash); the town is unnamed"),
         E("armed_clash", None, PL("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"),
           "2021-04-28", "مصدر عسكري محلي", None,
           note="a coalition vehicle hit by a rocket-propelled grenade at the same time: an attack of its own, no "
                "attacker named; «وأضاف المصدر» carries the source. The frequent attacks are a habit"),
         E("explosion", None, PL("حقل العمر النفطي", "Al-Omar oil field", "Deir ez-Zor"), "2021-04-20", None, UNK,
           note="a recall with its day: a roadside bomb on a coalition convoy; the road to the field is placed at "
                "the field; the outlet's")])


passage("kg26", "2022-07-06", "Al-Alam (Iranian Arabic channel)", "an HTS arrest campaign hours after the arrest of "
        "its own chief judge, told by the observatory relaying local sources | page: "
        "http://www.alalam.ir/news/6256488/هيئة-تحرير-الشام-الارهابية-تشن-حملة-اعتقالات-في-إدلب",
        "حملة توقيفات واسعة لـ«هيئة تحرير الشام» الإرهابية في إدلب\n"
        "الأربعاء ٠٦ تموز/يوليو ٢٠٢٢\n"
        "أطلق الجهاز الأمني التابع لما تُسمى «هيئة تحرير الشام» الإرهابية حملة دهم واعتقال طاولت عناصر وقادة من "
        "التنظيمات الإرهابية المستقلة ومن «الهيئة» نفسها داخل مدينة إدلب، وسط تأهب أمني في المدينة وساحاتها الكبرى، "
        "وذلك بعد ساعات على توقيف القاضي الأول في الهيئة.\n"
        "العالم - سوريا\n"
        "وذكر «المرصد السوري» المعارض، استناداً إلى مصادر محلية، أن «هيئة تحرير الشام»، المعروفة سابقاً بـ«النصرة»، أوقفت قاضيها "
        "الأول المعروف بـ«أبو القاسم الشامي» في مدينة إدلب، وصادرت سلاحه الشخصي وأجهزته الخاصة بعد توقيفه. وبحسب "
        "مصادر محلية، جاء اعتقال الشامي بعد أيام من تقديمه استقالته من موقعه في الهيئة، إذ كان يتولى مناصب كثيرة "
        "ويمسك بملفات أمنية حساسة، منها الإشراف العام على القضاء الداخلي في الهيئة ومسؤولية قضايا المنظمات، فضلاً عن "
        "عضويته في محكمة الجنايات الأمنية والعسكرية بإدلب، وعمله سابقاً قاضياً في محكمة الجنايات المدنية ومسؤولاً في وقت "
        "سابق عن محكمة إدلب العسكرية.",
        [E("arrest", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2022-07-06", None, HTS,
           note="the campaign in the city, no figure; the outlet's own telling (the item's news: published day)"),
         E("arrest", None, PL("إدلب", "Idlib", "Idlib", nth=2), "2022-07-06", "مصادر محلية", HTS,
           note="the chief judge's arrest, hours before the campaign: its own event. SOURCE CALL: the observatory "
                "relays local sources, so the sources relayed (stop 34); a coder could name the observatory. His "
                "posts are background")])

passage("kg27", "2022-11-28", "Baz News (Kurdish site)", "a Turkish drone strike on a car with a dual toll; the Asayish "
        "statement condemning it and calling on the guarantors; the observatory's telling (published date "
        "inferred, approximate: a Monday) | page: https://baznews.net/20379-2/",
        "استهدفت طائرة مسيّرة تركية، عصر اليوم الاثنين، سيارة مدنية قرب قرية سيكركا في ريف القامشلي، فاحترقت السيارة "
        "وقُتل شخصان كانا على متنها وأصيب ثلاثة آخرون، وفق مصادر محلية.\n"
        "وإثر الحادثة، أصدرت قوى الأمن الداخلي في شمال وشرق سوريا بياناً نددت فيه بالاستهداف، وذكرت أن المدني آزاد حسو "
        "فارق الحياة في الحال، وأكدت إصابة ثلاثة مدنيين كانوا في السيارة بينهم امرأة، منهم كاوا شيخو وشيخو أحمد. ودان "
        "البيان العملية لأنها تهدد أمن المنطقة واستقرارها، وطالب الدول الضامنة بتحمّل مسؤولياتها إزاء ما تقوم به "
        "تركيا. ولم يتطرق البيان إلى مقتل شخص ثانٍ أو إصابته، كما تناقلته مواقع التواصل، وكما أورده المرصد السوري لحقوق "
        "الإنسان مؤكداً سقوط قتيلين وثلاثة جرحى بينهم امرأة.",
        [E("airstrike", None, PL("سيكركا", "Sikarka", "Al-Hasakah"), "2022-11-28", "مصادر محلية", TUR,
           note="a drone strike on a civilian car; «شخصان» and «قتيلين» are duals: no figure; the three wounded are "
                "the injured; the statement and the observatory are further tellings"),
         E("statement", None, None, "2022-11-28", "قوى الأمن الداخلي في شمال وشرق سوريا", SDF,
           note="STATEMENT CALL: the Asayish condemn the strike and call on the guarantor states, told over several "
                "sentences: a statement (stop 32's call); a coder could read it only as the strike's telling. Its "
                "place would be the strike's; left null (it names none of its own)")])

passage("kg28", "2023-05-25", "SOHR", "an HTS arrest of an SNA commander; a running tally of a month's arrest "
        "campaign (published date inferred: late May 2023, «since 6 May») | page: "
        "https://www.syriahr.com/الجهاز-الأمـ-ـنـ-ـي-التابع-لـالـ-ـهـ-ـ/608088/",
        "الجهاز الأمني لـ«الهيئة» يعتقل قيادياً في «فرقة الحمزة» الموالية لأنقرة بجبل الزاوية في ريف إدلب\n"
        "محافظة إدلب: ألقى الجهاز الأمني التابع لـ«الهيئة» القبض على قيادي عسكري في «فرقة الحمزة» (الحمزات)، المنضوية "
        "في «الجيش الوطني» المدعوم من تركيا، من غير أن تُعرف دوافع الاعتقال. ويتحدر القيادي من بلدة معرة حرمة، ويقود "
        "مجموعة مسلحة تنشط في جبل الزاوية جنباً إلى جنب مع فصائل «الجيش الوطني» و«هيئة تحرير الشام». ومنذ السادس من "
        "أيار الجاري، تعيش مناطق نفوذ «هيئة تحرير الشام» على وقع حملة دهم واعتقال واسعة أثارت استياء السكان، إذ طالت "
        "مدنيين وناشطين وإمام مسجد وأعضاء في «حزب التحرير» وكل من يعصي أوامر «الجولاني» في مسألة تحريض الثائرين على "
        "النظام واسترداد القرار من القادة والشرعيين، وقد وصل عدد من اعتُقلوا إلى 40، من بينهم إمام مسجد وناشط في الإعلام. وقد "
        "تصاعدت الاعتقالات بالتوازي مع رفض الأهالي التقارب بين النظامين السوري والتركي، بدءاً بملاحقة أعضاء «حزب "
        "التحرير» وانتهاءً بمحاربة الجهاديين في إدلب، وفي مقدمتهم «حراس الدين»، في مسعى واضح من «أبو محمد الجولاني» "
        "لتقديم نفسه بصورة أكثر اعتدالاً وكسب ثقة المجتمع الدولي.",
        [E("arrest", None, PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), "2023-05-25", None, HTS,
           note="one commander arrested, no figure; the headline and the lead are one arrest; his home town is not "
                "the place; the observatory is the outlet (null); undated: published day"),
         E("arrest", Q("40", 40), None, None, None, HTS, kind="aggregate",
           note="the campaign's running tally since 6 May (period 2023-05-06 to the publication) over HTS's areas "
                "(no place); the activist and the imam are its breakdown")])

passage("kg29", "2024-04-26", "SOHR", "a day of protests over a list of towns and camps; a recalled protest with its "
        "day and a crowd | page: https://www.syriahr.com/تحت-شعار-يالله-إرحل-جولاني-مظاهرات-حا/711746/",
        "تحت شعار «يالله إرحل جولاني».. تظاهرات حاشدة في شمال غرب سوريا ضد سياسات «هيئة تحرير الشام» وزعيمها\n"
        "شهدت مدن وبلدات عدة في شمال غرب سوريا اليوم تظاهرات حاشدة احتجاجاً على نهج «هيئة تحرير الشام» وقائدها "
        "«الجولاني»، إذ خرج المحتجون في مدينة إدلب، ومدينة الأتارب غرب حلب، وفي أريحا وكفرتخاريم ومعرة مصرين "
        "وقورقانيا بريف إدلب، إلى جانب مخيمات دير حسان وأطمة، مطالبين برحيل «الجولاني» ومرددين هتافات كثيرة أبرزها "
        "«يالله إرحل جولاني». وفي الرابع والعشرين من نيسان الجاري، تظاهر العشرات من أهالي مدينة إدلب وبلدة الفوعة ضد "
        "الهيئة وزعيمها، مطالبين بإسقاط أبو محمد الجولاني وإطلاق سراح السجناء وتفكيك جهاز الأمن العام. وتتسع رقعة الاحتجاجات "
        "على «الهيئة» وقائدها في مدن الشمال الغربي وقراه وبلداته، رداً على القمع والتسلط والضرائب والانتهاكات التي "
        "يمارسها جهاز الأمن العام، ذراع «الهيئة» الضاربة و«سيفها المسلط».",
        [E("protest", None, PL("إدلب", "Idlib", "Idlib"), "2024-04-26", None, PROT,
           note="one day of protests told over a list of towns and camps: a group, placed at the first; «حاشدة» "
                "is no number; the observatory is the outlet"),
         E("protest", Q("العشرات", 20, 90, True), PL("إدلب", "Idlib", "Idlib", nth=2), "2024-04-24", None, PROT,
           note="a recalled protest with its day, people of Idlib and al-Fu'ah: placed at the city named first; the "
                "growing protests are a trend, not an event")])

passage("kg30", "2024-11-09", "Al-Mawqef al-Arabi", "Israeli strikes on a research complex told by the agency; two "
        "earlier strikes with their days; a running count since 2011 | page: "
        "https://elmawkefalarabi.com/breaking/news-20241109180841",
        "ذكرت وكالة الأنباء السورية أن مقاتلات إسرائيلية أغارت فجر اليوم السبت على مواقع بريفي حلب "
        "وإدلب بشمال غرب سوريا، أسفرت عن جرح عدد من العسكريين وإلحاق خسائر مادية بالمنطقة. وبحسب وسائل إعلام سورية، "
        "استهدف القصف الإسرائيلي في السفيرة بريف حلب مجمّعَ البحوث العلمية ومعاملَ الدفاع، ومواقعَ تعود "
        "لمجموعات مسلحة هناك. وأشارت تقارير إعلامية إلى تحليق كثيف لطائرات مجهولة في أجواء الجنوب السوري قبيل الغارات. "
        "وكان الطيران الحربي الإسرائيلي قد ضرب يوم الثلاثاء الماضي القصير، البلدة الحمصية المحاذية للحدود اللبنانية، "
        "مستهدفاً مخازن أسلحة لحزب الله، وقبل ذلك بيوم قال الجيش الإسرائيلي إنه قصف مقراً لاستخبارات الحزب في سوريا "
        "جنوبي دمشق. وتندرج هذه الضربات ضمن الحرب الدائرة على لبنان، إذ كثّفت إسرائيل غاراتها داخل الأراضي السورية "
        "وعند الحدود اللبنانية لضرب قدرات حزب الله، ولا سيما خطوط نقل السلاح. ومنذ اندلاع الأزمة السورية عام 2011، "
        "شنّت إسرائيل مئات الغارات في سوريا، قائلة إنها تريد منع إيران من توسيع حضورها العسكري هناك.",
        [E("airstrike", None, PL("السفيرة", "Al-Safira", "Aleppo"), "2024-11-09", "وكالة الأنباء السورية", ISR,
           note="strikes on sites in the Aleppo and Idlib countrysides; the research complex at al-Safira is the most "
                "specific place (a coder could code a group with Idlib's countryside); only wounded: no figure"),
         E("airstrike", None, PL("القصير", "Al-Qusayr", "Homs"), "2024-11-05", None, ISR,
           note="a recall with its day («وكان … قد»): the outlet's; the Lebanese border only locates the town"),
         E("airstrike", None, PL("دمشق", "Damascus", "Damascus"), "2024-11-04", "الجيش الإسرائيلي", ISR,
           note="the army's announced strike on Hezbollah's intelligence headquarters south of Damascus, the day "
                "before: placed at the city (a coder could use a region)"),
         E("airstrike", Q("مئات", 200, 900, True), None, None, None, ISR, kind="aggregate",
           note="hundreds of Israeli strikes since 2011 (period 2011 to the publication): the outlet's background; "
                "the aim against Iran is a stance in background, no statement")])

passage("kg31", "2024-11-27", "Mazid News", "the first day of «Deterrence of Aggression»: towns taken in a list, a "
        "spokesman's reasons, the observatory's toll and hills taken | page: "
        "https://mazidnews.com/2024/11/27/استولت-على-بلدات-جديدة-فصائل-المعارضة",
        "بلدات جديدة في قبضتها.. المعارضة السورية تفتتح معركة «ردع العدوان» ضد نظام الأسد\n"
        "بعد أعوام من الهدوء على خطوط التماس، أطلقت فصائل المعارضة في سوريا معركة جديدة على قوات النظام في ريف حلب "
        "الغربي حملت اسم «ردع العدوان». وبعد ساعات من القتال المتواصل، أعلنت الفصائل أنها انتزعت بلدات عدة "
        "غربي حلب، هي: قبتان الجبل، والشيخ عقيل، وبالا، والقاسمية، وحور، وجمعية العمري، والسلوم، وكفربسين، "
        "وحير دركل.\n"
        "دوافع المعركة\n"
        "وقال العقيد مصطفى بكور، المتحدث باسم فصيل «جيش العزة»، في تصريحات أدلى بها، إن «ردع العدوان» أتت رداً على "
        "حشود قوات الأسد وداعميه وتصعيدهم في الأسابيع الأخيرة، وعلى المجازر التي طالت المدنيين في «منطقة خفض التصعيد "
        "الرابعة» (إدلب ومحيطها) وفي المناطق المحررة شمالي سوريا وشمال غربها.\n"
        "خسائر قوات النظام\n"
        "وبحسب المرصد السوري لحقوق الإنسان، قُتل ما لا يقل عن 9 من عناصر قوات النظام اليوم وفق حصيلة أولية للمعركة "
        "التي تتزعمها هيئة تحرير الشام. وتقدّم مقاتلو الهيئة فسيطروا على تلة تعقيل، ثم على تلة الراقب وتل الدبابات قرب "
        "قبتان الجبل، فيما تتواصل الاشتباكات بين الجانبين.",
        [E("territory_change", None, PL("قبتان الجبل", "Qabtan al-Jabal", "Aleppo"), "2024-11-27", "الفصائل", FSA,
           note="one act over a list of nine towns: a group, placed at the first; the headline is the same taking; "
                "the factions announced it"),
         E("statement", None, None, "2024-11-27", "العقيد مصطفى بكور", FSA,
           note="a spokesman's reasons for the offensive, told as their own matter (a section of the item): a "
                "statement (stop 32); the de-escalation zone and the liberated areas are what it speaks of, no place"),
         E("armed_clash", Q("ما لا يقل عن 9", 9, None), PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"),
           "2024-11-27", "المرصد السوري لحقوق الإنسان", HTS,
           note="the offensive's fighting with the observatory's preliminary toll of regime soldiers; the lead's "
                "launch of the battle is this clash; ACTOR CALL: the factions' battle, led by HTS by the "
                "observatory's word"),
         E("territory_change", None, PL("تلة تعقيل", "Tallat Ta'qil", "Aleppo"), "2024-11-27",
           "المرصد السوري لحقوق الإنسان", HTS,
           note="three hills taken near Qabtan al-Jabal: a group, placed at the first; the observatory's report goes "
                "on (same report)")])

passage("kg32", "2025-04-30", "Erem News", "clashes with a two-side toll and one side's own figure; an Israeli strike "
        "and drones told in passing; a curfew and reinforcements in the next town | page: "
        "https://eremnews-fe-app-production.azurewebsites.net/news/arab-world/oeywr43",
        "شهدت أشرفية صحنايا في ريف دمشق مواجهات عنيفة بين مسلحين من الأمن العام السوري وآخرين من الدروز، ما رفع "
        "حصيلة القتلى من الجانبين إلى 22، في ظل تصعيد متسارع استُخدمت فيه طائرات مسيّرة، وتخلله قصف إسرائيلي على "
        "مراكز أمنية. وتأتي هذه التطورات عقب توتر أمني شهدته مدينة جرمانا المجاورة، وسط غليان شعبي أثاره تسجيل صوتي "
        "نُسب إلى شخص من طائفة الموحدين الدروز، ما حمل السلطات على إعلان حظر للتجول والدفع بتعزيزات أمنية لاستعادة "
        "السيطرة. واشتعلت الاشتباكات منذ منتصف الليلة الفاصلة بين الثلاثاء والأربعاء في أشرفية صحنايا جنوب ريف دمشق، "
        "بين مسلحين محليين من الموحدين الدروز وبين مجموعات مسلحة أخرى، إثر ساعات من هدوء حذر عاد إلى جرمانا بعد سلسلة توترات "
        "أمنية بدأت فجر الثلاثاء. وأقرّ الأمن العام السوري بمقتل 16 من عناصره في هجمات عنيفة شنّتها في أشرفية صحنايا "
        "«مجموعات خارجة عن القانون»، فيما أفادت مصادر ميدانية بأن المسلحين وجّهوا طائرات مسيّرة نحو مواقع للأمن "
        "في صحنايا وفي جرمانا.",
        [E("armed_clash", Q("22", 22), PL("أشرفية صحنايا", "Ashrafiyat Sahnaya", "Rif Dimashq"), "2025-04-30", None,
           NEWGOV,
           note="FIGURE CALL: both sides' dead (22) are the figure; the General Security's 16 are one side's, "
                "another telling; the gunmen's drones on security positions are part of the fighting (a coder "
                "could code them apart, at Jaramana too). The lead names no source"),
         E("airstrike", None, PL("أشرفية صحنايا", "Ashrafiyat Sahnaya", "Rif Dimashq"), "2025-04-30", None, ISR,
           note="an Israeli strike on security centres told in passing: placed at the fighting it belongs to (the "
                "text gives no place of its own; a coder could leave it null)"),
         E("reinforcement", None, PL("جرمانا", "Jaramana", "Rif Dimashq"), "2025-04-29", None, NEWGOV,
           note="the curfew and the security reinforcements sent to Jaramana after Tuesday's tension (dated by "
                "«فجر الثلاثاء»); the tension itself is no numbered or named clash: not coded")])

passage("kg33", "2025-05-01", "Arabs Today", "a two-day toll over two towns with a breakdown that falls short of it; a "
        "province's toll with an ambush inside it (published date inferred: the day after the Wednesday) | page: "
        "https://www.arabstoday.net/1152/234909-100-قتيل-حصيلة-اشتباكات-جرمانا-وصحنايا-قرب-العاصمة-السورية-دمشق",
        "دمشق ـ العرب اليوم\n"
        "عاشت منطقتا جرمانا وصحنايا المحاذيتان للعاصمة دمشق يومين داميين من المعارك المسلحة ذات الصبغة "
        "الطائفية، خلّفا أكثر من 100 قتيل معظمهم من المقاتلين الدروز، بحسب وسائل إعلام سورية. وبيّنت هذه الوسائل أن "
        "المعارك التي اندلعت يومي الثلاثاء والأربعاء أودت بحياة 30 في صفوف قوات الأمن ومن المقاتلين التابعين لوزارة "
        "الدفاع السورية، و21 مسلحاً درزياً، علاوة على 10 مدنيين، منهم رئيس بلدية صحنايا السابق ونجله. وبالتزامن، "
        "شهدت محافظة السويداء، التي يقطنها الدروز في غالبيتهم جنوبي البلاد، تصعيداً قُتل خلاله 40 مسلحاً درزياً، 35 "
        "منهم سقطوا الأربعاء في «كمين» استهدفهم على طريق السويداء – دمشق.",
        [E("armed_clash", Q("أكثر من 100", 100, None, True), PL("جرمانا", "Jaramana", "Rif Dimashq"), "2025-04-29",
           "وسائل إعلام سورية", NEWGOV,
           note="FIGURE CALL: the text ties «more than 100» to the two towns; its breakdown (30 + 21 + 10 = 61) falls "
                "short, and 61 + Suwayda's 40 is 101, so a coder could read the 100 as the whole toll; gold names the "
                "figure the text writes for the towns. Two towns over two days: a group, at the first"),
         E("casualties", Q("40", 40), PL("السويداء", "As-Suwayda", "As-Suwayda"), None, "وسائل إعلام سورية", None,
           kind="aggregate",
           note="the province's toll over the same days is more than the ambush inside it (stop 34: an aggregate "
                "beside it); no act named for the other five; the Syrian media's report goes on (same kind)"),
         E("armed_clash", Q("35", 35), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2025-04-30",
           "وسائل إعلام سورية", None,
           note="an ambush on the Suwayda-Damascus road: a road is placed at its first place; no attacker named")])

passage("kg34", "2025-09-01", "Damascus Voice", "a rights group's monthly tally broken down by party, children, "
        "women, torture and governorate shares; a count of attacks on facilities | page: "
        "https://damascusv.com/archives/68627",
        "أحصت الشبكة السورية لحقوق الإنسان مقتل 91 مدنياً خلال آب المنصرم، بينهم 18 طفلاً وخمس سيدات، وأربعة قضوا "
        "تحت التعذيب. وأوضح تقرير للشبكة صدر يوم الإثنين 1 أيلول الجاري أن القوات الحكومية قتلت 3 مدنيين، فيما قتلت قوات "
        "سوريا الديمقراطية «قسد» 6 مدنيين، 4 منهم تحت التعذيب. ونسب التقرير مقتل 82 مدنياً، منهم 18 طفلاً وخمس سيدات، "
        "إلى جهات عجزت الشبكة عن تحديد هويتها. وجاءت محافظة حمص في صدارة الحصيلة بنسبة 29%، وتلتها حماة "
        "بـ21%، ولفت التقرير إلى أن ضحايا المحافظتين جميعهم سقطوا على أيدي جهات لم يُعرف من هي. كما رصدت الشبكة، وفق "
        "التقرير، أربعة اعتداءات في الأقل على منشآت مدنية حيوية ضمن هذه الهجمات، إلى جانب اعتداء على أحد دور العبادة.",
        [E("casualties", Q("91", 91), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a monthly tally (period 2025-08); the parties (3 + 6 + 82), children, women, torture and the "
                "governorate shares are its breakdown (stop 34), never events"),
         E("other", Q("أربعة", 4, None, nth=1), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a monthly count of attacks on vital civilian facilities (a damage count: other); the attack on a "
                "place of worship is apart and has no figure (a coder could leave the count uncoded)")])

passage("kg35", "2025-06-25", "Palestine Today", "an Israeli incursion with seven arrested, told by state media and "
        "a channel's post; a recalled weekend of incursions (published date inferred, approximate: a Wednesday of "
        "2025) | page: https://paltoday.ps/ar/post/528380/إسرائيل-تعتقل-7-سوريين-في-توغل",
        "فلسطين اليوم\n"
        "ألقت قوات إسرائيلية القبض على سبعة سوريين، يوم الأربعاء، خلال توغل في ريف محافظة القنيطرة بجنوب غرب سوريا، حسبما "
        "أورده الإعلام الرسمي السوري. وكتبت قناة «الإخبارية» عبر حسابها على منصة «إكس» المملوكة لشركة أمريكية أن «قوات "
        "الاحتلال الإسرائيلي دخلت ليلاً جباتا الخشب، البلدة الواقعة شمال ريف القنيطرة، واعتقلت 7 شبان من أهلها». ويندرج "
        "التوغل الإسرائيلي في ريف القنيطرة ضمن خروقات تل أبيب المستمرة في سوريا، التي أعلنت سقوط اتفاقية فصل القوات "
        "المبرمة مع دمشق سنة 1974، بالتزامن مع سقوط حكم بشار الأسد في أواخر 2024. وكان جنوب سوريا قد شهد يومي الجمعة "
        "والسبت الماضيين تصعيداً إسرائيلياً جديداً، تمثّل في طلعات مكثفة للطيران الحربي في أجواء محافظتي درعا "
        "والقنيطرة، ترافق مع توغل آليات عسكرية ودهم منازل وتوقيف عدد من السوريين.",
        [E("arrest", Q("سبعة", 7), PL("جباتا الخشب", "Jubata al-Khashab", "Quneitra"), "2025-06-25",
           "الإعلام الرسمي السوري", ISR,
           note="an incursion with seven arrested: the arrest is the act (the incursion its frame); the channel's "
                "post is another telling with the village; the first telling's source is state media"),
         E("arrest", None, PL("جنوب سوريا", "Southern Syria", None), "2025-06-20", None, ISR,
           note="a recalled weekend (Friday and Saturday) of incursions, house raids and arrests of «a number»: one "
                "event, no figure, the region the only place; the flights are not coded. Israel's declared end of the "
                "1974 agreement is background")])

passage("kg36", "2025-08-22", "Eishan", "a suicide attack on a checkpoint told by state media, the agency and its "
        "reporter; the observatory's tally of IS attacks since January with a breakdown | page: "
        "https://eishan.net/?p=38108",
        "أفادت اليوم الجمعة وسائل إعلام سورية بمقتل أحد عناصر الأمن الداخلي في هجوم إرهابي استهدف به تنظيم داعش "
        "حاجزاً أمنياً في جنوب شرق البلاد. وذكرت الوكالة العربية السورية للأنباء (سانا) الرسمية أن انتحارياً فجّر نفسه خلال "
        "هجوم على حاجز للأمن في محافظة دير الزور المحاذية للعراق. وقال مراسل «سانا» إن تنظيم داعش الإرهابي نفّذ الهجوم "
        "الانتحاري على حاجز «السياسية» في مدينة الميادين. وأشارت الوكالة إلى أن عناصر الحاجز قتلوا أحد المهاجمين، "
        "بينما فجّر الآخر نفسه، لافتة إلى أن عنصر أمن واحداً في الأقل لقي حتفه في الهجوم. ومطلع الشهر الجاري، وثّق "
        "«المرصد السوري لحقوق الإنسان» 143 عملية شنّتها خلايا داعش في مناطق سيطرة «الإدارة الذاتية» الكردية منذ مطلع "
        "2025، مبيناً أن وتيرة العمليات تتصاعد في منطقة دير الزور الحدودية مع العراق. ووفق أرقام المرصد، حصدت هذه "
        "الهجمات 60 قتيلاً، منهم 41 من «قوات سوريا الديمقراطية» والتشكيلات المسلحة الرديفة لها، و8 من عناصر داعش، "
        "و10 مدنيين، إضافة إلى متعاون واحد مع «قسد».",
        [E("explosion", None, PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2025-08-22",
           "الوكالة العربية السورية للأنباء (سانا)", IS,
           note="a suicide attack on a checkpoint (one attacker shot, the other blew himself up): explosion (a coder "
                "could code a clash); the checkpoint is placed at its town. FIGURE CALL: «عنصر أمن واحداً» is a "
                "singular with «one»: no figure (a coder could take 1). SOURCE: the agency, first named"),
         E("armed_clash", Q("60", 60), None, None, "المرصد السوري لحقوق الإنسان", IS, kind="aggregate",
           note="IS cells' attacks since January 2025 (period 2025-01 to early August) in the AANES areas: the dead "
                "are the figure, 143 attacks the count; the parties are its breakdown. TYPE CALL: attacks of no "
                "named kind, coded as clashes (a coder could code casualties)")])

passage("kg37", "2025-12-01", "Yalla Syria News, relaying Enab Baladi", "an SDF raid with about twenty arrested, "
        "told by a reporter; names of two of them; damage in the raid | page: "
        "https://yallasyrianews.com/article/حملة-اعتقالات-واسعة-في-دير-الزور-قسد-تعتقل-20-شخص-ا-وتثير-استياء-الأهالي",
        "«قسد» تشنّ حملة اعتقال في ريف دير الزور وتوقف 20 شخصاً.. والأهالي غاضبون\n"
        "داهمت مجموعات تتبع لـ«قوات سوريا الديمقراطية» (قسد) بلدة الحصان في الريف الغربي لدير الزور، صباح اليوم الاثنين، "
        "الأول من كانون الأول، واعتقلت نحو 20 من أبنائها، بحسب مراسل عنب بلدي هناك. وأوضح المراسل أن بين "
        "المعتقلين الحاج خليل الرمضان (أبو ياسر) ونجله عمر، وكلاهما مدني لا ينتمي إلى أي جهة، في حين لم تتكشف بعد "
        "الدوافع المباشرة للحملة، ولم يصدر عن المركز الإعلامي لـ«قسد» ما يوضحها. ونقل المراسل عن مصادر متطابقة في "
        "البلدة أن المعتقلين جميعهم مدنيون، ما عدا واحداً يتاجر بالسلاح، مضيفاً أن العناصر المداهمين حطّموا بعض ممتلكات "
        "الأهالي وسرقوا جانباً من محتوياتها، ومنعوا السكان من الاعتراض أو السؤال عن الجهة التي اقتيد إليها المعتقلون.",
        [E("arrest", Q("نحو 20", 20, approx=True), PL("الحصان", "Al-Husan", "Deir ez-Zor"), "2025-12-01",
           "مراسل عنب بلدي", SDF,
           note="the headline's 20 and the lead's «about 20» are one arrest (the lead's telling is the fullest); the "
                "damage and theft in the raid are part of it")])

passage("kg38", "2023-06-19", "SANA", "a settlement's running count in a province, a security source's telling, an "
        "extension (published date inferred: the day after the sixteenth day from 3 June; the year from the page's "
        "number) | page: https://sanasyria.org/?p=1918183",
        "درعا-سانا\n"
        "بلغ عدد المطلوبين الذين انخرطوا في التسوية الشاملة لمحافظة درعا، منذ أن انطلقت في الثالث من هذا الشهر، "
        "أكثر من 27 ألفاً. وأوضح مصدر أمني لـ«سانا» أن آلاف المطلوبين، من مدنيين وعسكريين وعناصر في الشرطة، فضلاً عن "
        "مطلوبين مقيمين خارج سورية، سوّوا أوضاعهم حتى نهاية اليوم السادس عشر من العملية التي بدأت في الـ3 من حزيران، "
        "معتبراً أن إقبال هذا العدد الكبير على التسوية والرجوع إلى الحياة الطبيعية علامة إيجابية تثبت رغبة الجميع "
        "الصادقة، في أحياء مدينة درعا وفي ريفها، في إعادة الأمن والاستقرار إلى أرجاء المحافظة. يُذكر أن التسوية في مدينة درعا "
        "مُدّدت أمس يومين إضافيين بقرار من الجهات المختصة، لإتاحة الفرصة لمن حالت ظروفهم دون تسوية أوضاعهم. وتُعد "
        "التسوية الجارية الأوسع والأشمل في درعا منذ 2018.",
        [E("other", Q("أكثر من 27 ألفاً", 27000, None, True), PL("درعا", "Daraa", "Daraa", nth=1), None, "مصدر أمني",
           GOV, kind="aggregate",
           note="a settlement's running count (other, as set 57 codes settlements; period 2023-06-03 to the 18th); "
                "SOURCE CALL: the security source's next sentence comes back to the count; civilians, soldiers, "
                "police and those abroad are its breakdown. The two-day extension is an administrative step (a coder "
                "could code a statement of «الجهات المختصة»)")])


def main() -> None:
    write("gold82.jsonl", P82)


if __name__ == "__main__":
    main()
