"""Build gold107.jsonl: held-out set 107 (ids lh01…), written in stop 39 by writer w107 BEFORE any run on it.

21 whole articles (headline, lead, body details, the page's background and its glued extras), each the paraphrase
of ONE real Arabic news page about Syria found in the search tool's `pages` corpus (queried in Arabic), years
2014-2025, 21 outlets: regional and pan-Arab sites (Arabi21, DW Arabic, Elaph, Al-Ain, Al-Resalah, Assahifa,
Innfrad), Syrian opposition and local sites (Smart via Micro Syria, Horrya Press, Al-Hal Net, SY24, Enab Baladi,
Halab Today, Baladi News, Syria Press, Radio Al-Kul, Hibr Press, Sharq Akhbar), Kurdish-leaning sites (Sawt
al-Hayat, Fox Press) and Levant24. Subjects: ISIS attacks on an airbase, takings of villages, a monthly tally,
air strikes with tolls, evacuation convoys, car bombs and roadside bombs, abductions for ransom, settlements,
Israeli and Turkish strikes, tribal clashes, a front's breakdown of the dead, arrests of the old regime's men.
Every sentence was rewritten (no run of five words, names aside, is shared with its page: checked by script
against the page text, which was kept outside the repository); the incidents, their order, places, figures,
dates, sources and hedges are the page's; private people's names are invented. Each passage's `style` ends with
the page's address; `published` is the page's date where it gives one, else inferred from its events (said so in
the style). Gold follows news_dev's README and the events_probe README's stop 28, 30, 32 and 34 conventions, and
was written before anything ran on the passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build107.py      # rewrites gold107.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P107: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P107.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("lh01", "2014-12-07", "Arabi21", "an ISIS attack on an airbase told by an opposition body, the beheading of a "
        "captured officer claimed by ISIS accounts, the army's telling | page: https://arabi21.org/story/793940/"
        "مقتل-11-جنديا-نظاميا-بدير-الزور-وتواصل-معركة-المطار",
        "مقتل 11 جندياً نظامياً في دير الزور ومعركة المطار مستمرة\n"
        "سقط 11 عسكرياً من جيش النظام السوري قتلى يوم السبت، في أثناء هجوم نفّذه تنظيم الدولة الإسلامية مستهدفاً مطار "
        "دير الزور العسكري ومنطقة المقابر في المحافظة المحاذية للعراق شرقي سوريا، وفق ما أوردته تنسيقية معارضة. "
        "وأوضحت الهيئة العامة للثورة السورية، التي تُعدّ من كبرى الشبكات الإعلامية المعارضة، في بيان أصدرته، أن "
        "عناصر التنظيم استعملوا الأسلحة الثقيلة في ضرب الموقعين، ثم دارت مواجهات ضارية مع القوات الحكومية قُتل "
        "فيها الجنود الأحد عشر، عند آخر معقل يحتفظ به النظام في دير الزور. ونشرت حسابات موالية للتنظيم صورة قالت "
        "إنها لضابط في قوات النظام يُدعى رامي عادل سليمان وقع في أسر مقاتليها خلال المعركة، ومعها صورة لبطاقته "
        "العسكرية، وزعمت أن عناصرها فصلوا رأسه عن جسده. في المقابل، أكد مصدر عسكري سوري يوم السبت أن الجيش أحبط "
        "محاولة مسلحي التنظيم اقتحام المطار، الذي يبقى من آخر ما تملكه الحكومة من مواقع في الشرق، قائلاً إن "
        "«الإرهابيين عجزوا عن انتزاع المطار». وتحدث المرصد السوري لحقوق الإنسان بدوره عن اقتحام مقاتلي التنظيم "
        "مواقع في المنطقة.",
        [E("armed_clash", Q("11", 11), PL("مطار دير الزور العسكري", "Deir ez-Zor military airport", "Deir ez-Zor"),
           "2014-12-06", "الهيئة العامة للثورة السورية", IS,
           note="one attack on the airbase and the cemeteries area (placed at the base, named first); the 11 soldiers "
                "are its dead (headline, lead and the body's «الأحد عشر» are one toll). Source: the lead names only "
                "«تنسيقية معارضة», the next sentence names the body, which a second coder could keep as the lead's "
                "vaguer span. The army's telling (attack repelled) and the monitor's line are the same fight"),
         E("casualties", None, PL("مطار دير الزور العسكري", "Deir ez-Zor military airport", "Deir ez-Zor"), None,
           "حسابات موالية للتنظيم", IS,
           note="the beheading of a captured officer, claimed by ISIS accounts: an execution (casualties), no figure "
                "(one man); no day of its own, placed at the battle's site. A second coder could fold it into the "
                "clash")])

passage("lh02", "2015-09-10", "DW Arabic", "two setbacks in a day: an airbase taken in Idlib with a toll, an ISIS "
        "assault on the Deir ez-Zor airbase with both sides' dead | page: https://amp.dw.com/ar/داعش-يتقدم-باتجاه-"
        "قاعدة-عسكرية-في-دير-الزور/a-18706319",
        "تنظيم «الدولة الإسلامية» يتقدم نحو مطار دير الزور العسكري\n"
        "مُنيت القوات الحكومية السورية في غضون يوم واحد بانتكاستين: تقدّم تنظيم «الدولة الإسلامية» حول مطار دير "
        "الزور العسكري، واستيلاء جبهة النصرة ومعها فصائل إسلامية على مطار أبو الظهور في محافظة إدلب، حيث لقي ما لا يقل "
        "عن 56 جندياً حتفهم. وفي تقرير نشره اليوم الخميس (10 أيلول/سبتمبر 2015)، أكد المرصد السوري لحقوق الإنسان أن "
        "العشرات من الجنود ومسلحي التنظيم سقطوا في القتال الدائر حول القاعدة الجوية الحكومية شرقي البلاد. وبيّن "
        "المرصد أن التنظيم فجّر سيارتين مفخختين على الأقل خلال هجومه على القاعدة القريبة من مدينة دير الزور، حيث "
        "يحاصَر الجيش، وأن 18 جندياً على الأقل و23 من مسلحي التنظيم لقوا مصرعهم. وأضاف المرصد، ومقره لندن، أن "
        "مقاتلي التنظيم باتوا يسيطرون على المبنى الذي تشغله كتيبة الصواريخ داخل القاعدة. ويُعد هذا المطار من آخر "
        "البقاع التي ما زالت في يد قوات الرئيس بشار الأسد في الشرق السوري، في حين التزمت وسائل الإعلام الرسمية "
        "الصمت حيال الهجوم.",
        [E("territory_change", Q("ما لا يقل عن 56", 56, None), PL("مطار أبو الظهور", "Abu al-Duhur military airport", "Idlib"),
           "2015-09-09", None, HTS,
           note="the airbase taken by Nusra and Islamist factions within the last day, with at least 56 soldiers dead "
                "(its figure); told by the outlet (the monitor's next sentence is about the other base)"),
         E("armed_clash", Q("العشرات", 20, 90, True), PL("مطار دير الزور العسكري", "Deir ez-Zor military airport",
           "Deir ez-Zor"), "2015-09-10", "المرصد السوري لحقوق الإنسان", IS,
           note="FIGURE CALL: the monitor first gives a vague total of both sides («العشرات من الجنود ومسلحي التنظيم»), "
                "so the figure is that total (stop 30: a clash's figure is both sides' total when the text gives one); "
                "18 soldiers and 23 ISIS men are its breakdown (written with no sum). The two car bombs and the taking "
                "of the missile battalion's building are parts of the same assault; the day: the item's news, dated "
                "by the publication day")])

passage("lh03", "2017-03-22", "Smart News Agency (via Micro Syria)", "factions' claims of villages taken on Telegram, a "
        "town taken the day before with a unit killed, a supply route cut | page: https://microsyria.com/2017/03/22/"
        "فصائل-تسيطر-على-قرى-جديدة-للنظام-في-ريف",
        "فصائل معارضة تنتزع قرى إضافية من قوات النظام شمالي حماة\n"
        "سمارت - حماة\n"
        "قالت فصائل عسكرية معارضة مساء اليوم الأربعاء إنها انتزعت من قوات النظام قرى جديدة في ريف حماة الشمالي "
        "بوسط البلاد، وذلك في إطار معركتين بدأتهما مساء أمس الثلاثاء وتمكنت فيهما من الاستيلاء على مواقع عدة "
        "للنظام، فيما لا تزال المعارك دائرة. وأفادت «هيئة تحرير الشام» وفصيل «جيش النصر»، أحد فصائل الجيش السوري الحر، "
        "عبر قناتهما على «تيلغرام»، بأنهما بسطتا سيطرتهما على قريتي بلحسين وأرزة وعلى تلة الشيحة إثر مواجهات مع "
        "القوات الحكومية. وزادت «الهيئة» أن مقاتليها قضوا على مجموعة كاملة من عناصر النظام، من بينهم ضابط برتبة "
        "عقيد، حين دخلوا مدينة صوران التي صارت بيد الفصائل مساء الثلاثاء، دون أن توضح كيف قُتلوا ولا كم عددهم. "
        "أما «جيش العزة»، المنضوي أيضاً في الجيش الحر، فأعلن على «تيلغرام» أنه استولى على قريتي معزراف وكفرعميم، "
        "ولم يذكر تفاصيل أخرى. وكان الفصيل ذاته قد أكد في وقت سابق من اليوم أنه قطع خط الإمداد الذي يصل مدينة "
        "حماة بسهل الغاب في الريف الشمالي، بعد أن سيطر على نقاط مهمة في محيطه، متحدثاً عن «انهيارات» واسعة في "
        "صفوف قوات النظام وخطوطها الدفاعية.",
        [E("territory_change", None, PL("بلحسين", "Balhasin", "Hama"), "2017-03-22", "«هيئة تحرير الشام» وفصيل «جيش النصر»",
           HTS, note="one claim over two villages and a hill (one group, placed at the first); HTS with an FSA "
                     "faction; the headline and lead tell the same day's takings"),
         E("territory_change", None, PL("صوران", "Suran", "Hama"), "2017-03-21", "«الهيئة»", HTS,
           note="the town taken on Tuesday evening; the unit killed on entering it has no number (no figure), part "
                "of the taking"),
         E("territory_change", None, PL("معزراف", "Maazraf", "Hama"), "2017-03-22", "«جيش العزة»", FSA,
           note="a second claim over two villages by another faction (its own group, placed at the first). Not "
                "coded: the cut supply route (no place of its own; a second coder could code a territory_change)")])

passage("lh04", "2017-10-10", "Horrya Press", "HTS retakes villages from ISIS, a car bomb on an ISIS gathering, "
        "regime barrels wound civilians; published date inferred from the events (October 2017) | page: "
        "https://horrya.net/archives/35117",
        "«تحرير الشام» تستعيد قرى شرقي حماة من «داعش»\n"
        "حرية برس - خاص\n"
        "استعادت «هيئة تحرير الشام» خلال نهار اليوم، الثلاثاء، عدداً من القرى في ريف حماة الشرقي كانت قد فقدتها في مواجهاتها "
        "مع تنظيم «داعش». وشملت السيطرة قرى سرحا الشمالية وسرحا الجنوبية والجرداوي، إلى جانب مزارع الحموي، وأبو "
        "العز مع تلتها، وتلال رسم التينة، وجاء ذلك بعد اشتباكات خاضتها الهيئة مع مسلحي التنظيم. وسبق أن نشرت وكالة "
        "«إباء»، الذراع الإعلامية للهيئة، أن عناصرها استعادوا سرحا الشمالية مع تلتها، ومزارع الحموي، وأبو الغر مع تلتها، "
        "والجرداوي في أعقاب القتال. وبيّنت الهيئة أن دخولها سرحا الجنوبية تم بعد أن فجّرت عربة مفخخة وسط تجمّع "
        "لعناصر التنظيم في القرية. بالتزامن، قصفت طائرات النظام بالصواريخ والبراميل المتفجرة كلاً من قصر علي وعرفة "
        "والحزم، فأُصيب عدد من المدنيين، من بينهم أطفال. ويشار إلى أن «داعش» كان قد انتزع مناطق كثيرة في هجوم "
        "مفاجئ على الهيئة، التي عادت واستعادت أغلبها بعد معارك بين الجانبين.",
        [E("territory_change", None, PL("سرحا الشمالية", "Sarha al-Shamaliya", "Hama"), "2017-10-10", None, HTS,
           note="one retaking told for a list of villages and farms (one group, placed at the first); Ibaa's earlier "
                "telling is the same taking; the car bomb that opened Sarha al-Janubiya is part of it (a second coder "
                "could code an explosion there); told by the outlet"),
         E("airstrike", None, PL("قصر علي", "Qasr Ali", "Hama"), "2017-10-10", None, GOV,
           note="rockets and barrels on three villages (one group); only wounded: no figure. Not coded: ISIS's "
                "earlier surprise attack (a recall with no day or place)")])

passage("lh05", "2017-10-12", "Elaph", "HTS's agency relays a commander on four villages retaken; Russian raids on an HQ "
        "and on launch points, nine dead from corroborating sources; published date inferred (October 2017) | page: "
        "http://elaph.com/Web/News/2017/10/1173263.html",
        "«تحرير الشام» تعلن طرد «داعش» من أربع قرى شرقي حماة\n"
        "قالت هيئة تحرير الشام اليوم إنها استرجعت أربع قرى بريف حماة الشرقي إثر قتال مع تنظيم داعش.\n"
        "إيلاف: نسبت وكالة «إباء»، القريبة من الهيئة، إلى مصدر عسكري فيها أن مقاتليها أعادوا السيطرة على الشحاطية "
        "وجب أبيض، إضافة إلى الطرفاي والخفية بعدما أخرجوا التنظيم منها. وكانت مقاتلات روسية قد أغارت مساء أمس على مقر "
        "للهيئة قرب بلدة الرهجان، التي انتزعتها الهيئة هي الأخرى من «داعش» قبل فترة قصيرة، فأوقعت في صفوفها قتلى "
        "وجرحى. وبحسب «إباء»، فإن الطيران الروسي، الذي وصفته بالمحتل، قصف بكثافة مواقع كان مقاتلوها ينطلقون منها "
        "لمواجهة التنظيم في ثروث وأم ميال وسرحا، وهي قرى بشرق حماة، دون أن تفصّل الوكالة خسائر الهيئة.\n"
        "خسائر الهيئة\n"
        "وأكدت مصادر متقاطعة على مواقع التواصل أن الغارات أودت بتسعة من عناصر الهيئة وأصابت آخرين، في حين لم تكشف "
        "الهيئة، المعروفة سابقاً بجبهة النصرة، عن أعداد قتلاها في المنطقة، سواء في قتالها مع التنظيم أو بفعل "
        "القصف الروسي. وكان قائد الهيئة أبو محمد الجولاني قد ظهر في المنطقة نفسها في تسجيل مصور بثته الذراع "
        "الإعلامية للهيئة خلال معارك بلدة أبو دالي مع قوات النظام.",
        [E("territory_change", None, PL("الشحاطية", "Al-Shahatiya", "Hama"), "2017-10-12", "مصدر عسكري فيها", HTS,
           note="four villages retaken (one group, placed at the first); the headline and lead are the same act; a "
                "relayed source: the commander Ibaa quotes (stop 34)"),
         E("airstrike", None, PL("الرهجان", "Al-Rahjan", "Hama"), "2017-10-11", None, RUS,
           note="a Russian strike on an HQ near the town last evening, «قتلى وجرحى» with no number; told by the outlet"),
         E("airstrike", Q("تسعة", 9), PL("ثروث", "Tharwat", "Hama"), None, "وكالة «إباء»", RUS,
           note="PLACE/FIGURE CALL: Ibaa's raids on launch points in three villages (one group, placed at the first) "
                "are coded apart from the HQ strike (other places); the nine dead that corroborating sources give for "
                "«الغارات» are put on this event, and a second coder could give them to the Rahjan strike or to both "
                "as one. Jolani's appearance is a recall, not an event")])

passage("lh06", "2017-11-01", "Al-Hal Net", "a rights network's monthly tally with a breakdown by party and a running "
        "total since January | page: https://7al.net/2017/11/01/شبكة-حقوقية-أكثر-من-9-آلاف-قتيل-مدني-في-س/charles/news/",
        "الشبكة السورية: أكثر من تسعة آلاف مدني قُتلوا في سوريا منذ بداية العام\n"
        "ذكرت الشبكة السورية لحقوق الإنسان أن 923 مدنياً لقوا حتفهم في عموم سوريا خلال الشهر المنصرم، وبذلك تجاوزت "
        "حصيلة الضحايا المدنيين منذ بداية العام 9 آلاف شخص. وبحسب الشبكة، تصدّر النظام قائمة الأطراف القاتلة "
        "للمدنيين في الشهر الفائت بـ398 ضحية، وجاءت روسيا بعده بـ221، ثم تنظيم داعش وهيئة تحرير الشام معاً بـ163، "
        "فالتحالف الدولي بـ71، وفصائل المعارضة بـ16، وقوات سوريا الديمقراطية بـ15، بينما نُسب مقتل 39 إلى جهات "
        "أخرى. وأوضح تقرير الشبكة الحقوقية، الذي صدر اليوم، أن محافظة دير الزور سجلت العدد الأعلى من القتلى، "
        "تلتها دمشق وريفها، ثم الرقة فإدلب فحلب. ووفق الأرقام التي تضمنها التقرير، كان شهر تشرين الأول الأكثر "
        "دموية بالنسبة إلى المدنيين منذ أيار الماضي، وهو الشهر الذي أعلنت فيه روسيا وإيران وتركيا إقامة ما سُمّي "
        "«مناطق خفض التصعيد».",
        [E("casualties", Q("923", 923), PL("سوريا", "Syria", nth=1), "2017-10", "الشبكة السورية لحقوق الإنسان",
           kind="aggregate",
           note="the month's civilian toll (period 2017-10-01..2017-10-31); the parties' figures (398, 221, 163, 71, "
                "16, 15, 39) and the governorates' ranking are its breakdown, no events"),
         E("casualties", Q("9 آلاف", 9000, None, True), None, None, "الشبكة السورية لحقوق الإنسان", kind="aggregate",
           note="the running total since January, «تجاوزت … 9 آلاف» (a bound by a verb: low 9000, open; period "
                "2017-01..2017-10). Not coded: the May de-escalation announcement (a recall of the month's name)")])

passage("lh07", "2018-02-05", "Innfrad (Egypt)", "a monitor and relief workers on air strikes over two days, most "
        "deaths in one town; state media's telling of ground won; a habitual denial | page: https://innfrad.com/News/24/"
        "983101/المرصد-السورى-وعمال-إغاثة-مقتل-أكثر-من-30-شخصا-فى",
        "المرصد ومسعفون: غارات على إدلب تقتل 33 شخصاً على الأقل منذ الأحد\n"
        "بحسب المرصد السوري لحقوق الإنسان وعاملين في الإغاثة بمحافظة إدلب، يوم الاثنين، فإن الغارات الجوية التي "
        "تتعرض لها المحافظة الواقعة تحت سيطرة المعارضة أوقعت منذ الأحد 33 قتيلاً على الأقل. وكانت سراقب صاحبة "
        "النصيب الأكبر من الضحايا، وهي مدينة تقع على الطريق السريع الرئيسي المؤدي إلى حلب الخاضعة للحكومة، وتبعد "
        "نحو 20 كيلومتراً شمال غربي قاعدة أبو الظهور الجوية، وهي قاعدة استعادتها القوات الحكومية وحلفاؤها من "
        "أيدي المعارضة. ولم يورد الإعلام الرسمي أي خبر عن غارات على إدلب يوم الاثنين، غير أنه أشار إلى أن الجيش "
        "وحلفاءه وسّعوا رقعة سيطرتهم في محيط القاعدة الجوية، محور الهجوم الحكومي الأخير. من جهتهم، قال "
        "متطوعو الدفاع المدني في إدلب، المعروفون بالخوذ البيضاء، وهم فرق إنقاذ تعمل في مناطق المعارضة، إن الضربات "
        "طالت خلال اليوم الأخير قرى عدة في المحافظة الواقعة شمال غربي سوريا. وتؤكد الحكومة السورية أن ضرباتها "
        "تقتصر على المسلحين، وقد نفت أكثر من مرة استهداف مرافق مدنية كالمستشفيات.",
        [E("airstrike", Q("33", 33, None), PL("إدلب", "Idlib", "Idlib", nth=1), None, "المرصد السوري لحقوق الإنسان",
           GOV, kind="aggregate",
           note="a two-day toll of strikes over the province (period 2018-02-04..2018-02-05), one cause: an airstrike "
                "aggregate (stop 32); «33 قتيلاً على الأقل» low 33 open; the civil defence's telling is the same "
                "strikes; actor as the page implies (government side, not named)"),
         E("airstrike", None, PL("سراقب", "Saraqib", "Idlib"), "2018-02-05", "المرصد السوري لحقوق الإنسان", GOV,
           note="the town where most died: an incident beside the aggregate, with no figure of its own"),
         E("territory_change", None, PL("قاعدة أبو الظهور الجوية", "Abu al-Duhur military airport", "Idlib"),
           "2018-02-05", "الإعلام الرسمي", GOV,
           note="state media: the army widened its control around the airbase (the base's earlier capture is a "
                "recall, not coded). The government's denials are a habit («أكثر من مرة»), no statement")])

passage("lh08", "2018-05-08", "SY24", "evacuation convoys of a deal: the fifth and sixth batches, the fourth recalled, "
        "with breakdowns | page: https://sy-24.com/12941",
        "قافلة مهجّري جنوب دمشق تبلغ محيط الباب\n"
        "وصلت صباح الثلاثاء 8 أيار/مايو قافلة تقل مهجّرين من بلدات يلدا وبيت سحم وببيلا جنوبي دمشق إلى المناطق "
        "الخاضعة لقوات النظام قرب الباب، المدينة الواقعة في ريف حلب الشرقي. وأوضح مراسلنا أن الدفعة الخامسة، المؤلفة من 48 "
        "قافلة وتضم 1111 شخصاً، لم تكن قد عبرت بعد إلى ريف حلب الشمالي لحظة كتابة الخبر، وما زالت ضمن مناطق "
        "النظام. وفي الأثناء، انطلقت نحو الشمال الدفعة السادسة، وهي من مهجّري جنوب دمشق أيضاً، وتتألف من 44 قافلة تنقل "
        "قرابة 655 شخصاً، منهم 161 امرأة و248 طفلاً. وكانت الدفعة الرابعة، التي تكونت من 61 حافلة وحملت نحو 1757 "
        "شخصاً من أهالي بلدات جنوب العاصمة وقراها، قد بلغت في وقت سابق قلعة المضيق في ريف حماة الغربي الواقع تحت "
        "سيطرة المعارضة. وتجري عمليات الإخلاء هذه تطبيقاً لاتفاق أبرمه وجهاء البلدات الثلاث مع الجانب الروسي "
        "والنظام، ينص على ترحيل من يرغب نحو الشمال السوري، على أن يسوّي الباقون أوضاعهم.",
        [E("other", Q("1111", 1111), PL("يلدا", "Yalda", "Rif Dimashq"), "2018-05-08", "مراسلنا", None,
           note="the convoy that reached the Bab area is the fifth batch (one evacuation); placed at the towns it left "
                "(three towns, one group, at the first), the destination is not the place; source: the outlet's "
                "reporter, whose report carries over the item"),
         E("other", Q("قرابة 655", 655, approx=True), PL("جنوب دمشق", "Southern Damascus", "Damascus", nth=1),
           "2018-05-08", "مراسلنا", None,
           note="the sixth batch set off the same day; women and children are its breakdown; 44 convoys is not the "
                "figure (people evacuated are)"),
         E("other", Q("نحو 1757", 1757, approx=True), None, None, "مراسلنا", None,
           note="the fourth batch, recalled with no day; the place it reached (Qalaat al-Madiq) is its destination, "
                "not its place, and the text names its origin only as the capital's southern towns: no place. Not "
                "coded: the deal itself (a recall, no day)")])

passage("lh09", "2019-11-16", "Enab Baladi", "a car bomb's toll by the reporter and the civil defence; the area's "
        "clashes and past bombings as background; a spokesman's earlier words | page: https://enabbaladi.net/342694/"
        "مقتل-15-مدنيًا-بتفجير-سيارة-مفخخة-في-الب/?amp=1",
        "سيارة مفخخة تقتل 15 شخصاً في مدينة الباب\n"
        "لقي 15 شخصاً حتفهم وجُرح 30 آخرون إثر تفجير سيارة مفخخة وسط مدينة الباب الواقعة شرقي حلب. ونقل مراسل "
        "عنب بلدي العامل في ريف حلب أن التفجير وقع اليوم السبت، 16 تشرين الثاني، قرب مدخل الكراج في المدينة، وأدى "
        "إلى دمار مبنى قسم الحجز ومقر الشرطة، واحتراق ثلاث سيارات بالكامل. ووصف المراسل الانفجار بأنه «ضخم»، "
        "مرجحاً أن يرتفع عدد الضحايا. وأعلنت فرق الدفاع المدني العاملة بريف حلب، في منشور على صفحتها في «فيس بوك»، أن حصيلة "
        "التفجير حتى ساعة كتابة التقرير بلغت 15 قتيلاً و30 مصاباً. وتشهد المنطقة بين حين وآخر اشتباكات يخوضها "
        "«الجيش الوطني» ضد «وحدات حماية الشعب» الكردية، كان آخرها قبل أيام على محور دير مشمش قرب مدينة "
        "عفرين. وقد تكررت في الأشهر الأخيرة تفجيرات بسيارات ودراجات نارية مفخخة داخل مدن الريف الشمالي لحلب، مستهدفة "
        "أسواقاً شعبية، كما اغتيل قادة عسكريون في المنطقة. وكان يوسف حمود، المتحدث الرسمي لـ«الجيش الوطني»، قد أوضح "
        "في حديث سابق أن معظم هذه التفجيرات تتم بعبوات ناسفة يُعدّها محلياً «عملاء» يتبعون للنظام أو لخلايا "
        "داعش وحزب العمال الكردستاني.",
        [E("explosion", Q("15", 15), PL("الباب", "Al-Bab", "Aleppo"), "2019-11-16", "مراسل عنب بلدي", None,
           note="headline, lead, the reporter's telling and the civil defence's toll are one blast; 15 dead (the 30 "
                "wounded are not the figure); the lead has no source and the next sentence comes back to the blast "
                "with the outlet's reporter (stop 30). Not coded: the clash «قبل أيام» near Afrin (a recall with no "
                "day), the repeated bombings (a habit) and the spokesman's earlier words (background)")])

passage("lh10", "2018-09-05", "Halab Today", "abductions for ransom: a gang's demand in dirhams, a reporter's other "
        "cases; published date inferred from the events (the ransom's exchange rate and the recalled July violence) | "
        "page: https://halabtodaytv.net/archives/67273",
        "عصابة في السويداء تطلب فدية بمليارات الليرات للإفراج عن مخطوفَين\n"
        "طلبت عصابة خطف تنشط في محافظة السويداء من أسرتي رجلين تحتجزهما مبلغاً طائلاً ثمناً لإطلاقهما، بعد أيام "
        "من اختفائهما داخل المحافظة في ظروف لم تتضح. ونقلت مصادر محلية أن الجهة الخاطفة لسامر نبيل حداد، ابن مدينة "
        "الزبداني في ريف دمشق، ولوسيم قطيش، وهو مساعد أول في جيش النظام من أهالي جرمانا، اشترطت دفع 75 مليون درهم "
        "إماراتي تعادل قيمتها 9 مليارات ليرة سورية، لتحريرهما. وأضافت المصادر أن الخاطفين بعثوا بتسجيل مصوّر يُظهر "
        "الرجلين تحت التعذيب لإرغام ذويهما على الدفع، لافتةً إلى أن خطفهما جرى الأسبوع الماضي. وفي السياق، أفاد "
        "مراسل حلب اليوم بأن عمليات الخطف تصاعدت مؤخراً في السويداء وريفها، ومنها خطف شابين من حملة الجنسية "
        "اللبنانية أُطلق سراحهما بعد أيام دون أن تُعرف تفاصيل الإفراج. ولفت المراسل إلى أن الخاطفين صاروا يطلبون "
        "من الأسر مبالغ تفوق الخيال، إذ طالبت العصابة التي تحتجز نادر فهد القاضي، من أبناء قرية مردك، بـ280 مليون "
        "ليرة سورية. ويسجّل ناشطون في السويداء حوادث عنف بشكل يكاد يكون يومياً منذ منتصف تموز الماضي.",
        [E("arrest", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2018-W35", "مصادر محلية", UNK,
           note="TYPE CALL: an abduction coded as arrest (as sets 73 and 79); two men seized inside the province last "
                "week (ISO week before the publication's); «رجلين» is a dual: no figure; the ransom is money, not a "
                "figure"),
         E("arrest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), None, "مراسل حلب اليوم", UNK,
           note="the abduction of two Lebanese young men, released days later (one event with its release); no day; "
                "dual: no figure"),
         E("arrest", None, None, None, "المراسل", UNK,
           note="a third abduction, of a man from Mardak (his village is where he comes from, not where he was "
                "seized: no place); no day. The daily violence since mid-July is a habit, no event")])

passage("lh11", "2020-02-04", "Sawt al-Hayat FM", "a monitor's toll of regime strikes on three places, a count of raids, "
        "Turkish rocket fire with its own dead; the outlet's loaded framing; published date inferred (the February 2020 "
        "escalation) | page: https://sawtalhayat.fm/?p=11706",
        "طائرات النظام تقتل 19 مدنياً بينهم أطفال في إدلب وريفها\n"
        "في خضم التصعيد المتواصل واشتداد القتال في الشمال الغربي السوري، حيث تقف روسيا والنظام في جبهة، والاحتلال "
        "التركي والفصائل التابعة له وهيئة تحرير الشام في الجبهة المقابلة، يظل المدنيون هم الطرف الوحيد الذي يتحمل كلفة "
        "هذه المعارك الطاحنة. فقد ذكر المرصد السوري لحقوق الإنسان أن 19 مدنياً، من بينهم 7 أطفال، قضوا جراء غارات شنتها "
        "المقاتلات الحربية التابعة للنظام واستهدفت مدينة إدلب ومعها معرة مصرين وبنش في ريفها، متوقعاً أن ترتفع الحصيلة "
        "بسبب وجود مصابين في حالة حرجة. وبحسب المرصد، فإن طيران النظام نفّذ ما يزيد على 180 غارة طالت سرمين "
        "والنيرب وقميناس والمسطومة وقرى جبل الزاوية، إلى جانب مدينة إدلب نفسها. وفي الوقت نفسه، استهدف الجيش التركي بعشرات "
        "القذائف الصاروخية مواقع تجمّع قوات النظام حول سراقب وداديخ وآفس والترنبة، فقُتل تسعة من عناصرها.",
        [E("airstrike", Q("19", 19), PL("إدلب", "Idlib", "Idlib", nth=1), "2020-02-04", "المرصد السوري لحقوق الإنسان",
           GOV,
           note="strikes on the city and two towns told with one toll (one group, placed at the city); 7 children are "
                "a breakdown; the item's news, dated by the publication day"),
         E("airstrike", Q("ما يزيد على 180", 180, None, True), PL("سرمين", "Sarmin", "Idlib"), "2020-02-04",
           "المرصد", GOV,
           note="GROUP CALL: the day's 180-plus raids over a list of places that repeats the city: coded as one more "
                "group, placed at the first place not already coded above (Sarmin), figure the raids (no dead tied "
                "to them); a second coder could fold them into the first event"),
         E("shelling", Q("تسعة", 9), PL("سراقب", "Saraqib", "Idlib"), "2020-02-04", None, TUR,
           note="Turkish rocket fire on positions around four places (one group, placed at the first), nine dead; an "
                "act of another kind after the monitor's report: the outlet (stop 30)")])

passage("lh12", "2020-02-10", "Baladi News", "two abductions in two places told by a local site; a settlement of "
        "accused kidnappers last Thursday and earlier ones recalled; published date inferred | page: "
        "https://video.baladi-news.com/ar/articles/62612/عصابة-تخطف-شابين-في-السويداء-وتطالب-بفدية",
        "عصابة خطف تختطف شابين غربي السويداء وتطلب فدية\n"
        "بلدي نيوز - خاص\n"
        "خطفت عصابة شابين في الريف الغربي لمحافظة السويداء، وطلبت من أسرتيهما مالاً لقاء تحريرهما. وذكر موقع "
        "«السويداء 24» المحلي أن أشخاصاً مجهولين اقتادوا الشاب رامي سليم عزام من قرية المجدل الواقعة غرب السويداء، والشاب فراس "
        "الحلبي من جوار حاجز تابع لقوات النظام داخل بلدة الدور. وبحسب الموقع، فإن أسرة الحلبي تلقت اتصالاً يشترط عليها "
        "دفع 18 مليون ليرة سورية لإطلاقه. وكانت استخبارات النظام قد أجرت يوم الخميس الماضي «تسوية أمنية» لمجموعة "
        "من 22 شخصاً متهمين بالخطف والسلب في بلدة عريقة شمالي السويداء. وسبق لـ«السويداء 24» أن كشف، في وقت سابق "
        "من هذا العام، أن قوات النظام سوّت الوضع الأمني لعشرات من زعماء عصابات الخطف وأفرادها الناشطة في درعا "
        "والسويداء، وأن التسويات شملت عصابات بلدة ناحتة والقرى المجاورة لها في ريف درعا الشرقي، وبلدتي عريقة "
        "ومجادل غربي السويداء. ويُذكر أن النظام أهمل عمداً محافظة السويداء على صعيد الخدمات وضبط الأمن، لأن آلاف "
        "الشبان فيها رفضوا الالتحاق بقواته واحتموا بالفصائل المحلية.",
        [E("arrest", None, PL("المجدل", "Al-Majdal", "As-Suwayda"), None, "موقع «السويداء 24»", UNK,
           note="TYPE CALL: abduction coded as arrest; two young men seized in two places: one event per place (two "
                "separate seizures); singular: no figure; no day given (a second coder could date it by the "
                "publication day)"),
         E("arrest", None, PL("الدور", "Al-Dour", "As-Suwayda"), None, "موقع «السويداء 24»", UNK,
           note="the second seizure, near a regime checkpoint; the ransom demand is money, no figure"),
         E("other", Q("22", 22), PL("عريقة", "Ariqa", "As-Suwayda"), "2020-02-06", None, GOV,
           note="a security settlement of 22 accused men by regime intelligence last Thursday: `other` (as set 1's "
                "p43); the writer's recall («وكانت … قد»): the outlet"),
         E("other", Q("عشرات", 20, 90, True), PL("ناحتة", "Nahta", "Daraa"), None, "«السويداء 24»", GOV,
           note="earlier settlements of dozens of gang members this year, recalled with no day, over a list of "
                "towns (one group, placed at the first); a second coder could leave a dateless recall out. The "
                "regime's neglect of the province is background, no event")])

passage("lh13", "2021-07-22", "Al-Resalah (Gaza)", "an Israeli strike told by SANA's military source with one soldier "
        "dead, local media's place; a newspaper's report of an earlier strike; published date inferred (a Thursday in "
        "July 2021) | page: https://alresalah.ps/post/252106/هجوم-إسرائيلي-جنوب-سوريا-والنظام-يعلن-مقتل-أحد-عناصره/amp",
        "هجوم إسرائيلي على جنوب سوريا والنظام يقرّ بمقتل أحد جنوده\n"
        "الرسالة نت - وكالات\n"
        "هاجم الجيش الإسرائيلي فجر اليوم الخميس مواقع في جنوب سوريا، وفق ما نشرته الوكالة العربية السورية للأنباء "
        "(سانا) التابعة للنظام. ونسبت «سانا» إلى مصدر عسكري قوله إن إسرائيل أطلقت عند 00:50 فجر الخميس "
        "دفعات من الصواريخ من جهة الجولان المحتل، استهدفت «عدداً من النقاط في المنطقة الجنوبية»، مضيفاً أن "
        "الدفاعات الجوية اعترضت أغلب الصواريخ. وأقرّ المصدر بمقتل عنصر من جيش النظام وبحدوث أضرار مادية. وتحدثت "
        "مصادر إعلامية سورية محلية عن استهداف موقع ملاصق لمطار دمشق الدولي، وعن انفجارات سُمع دويها في سماء "
        "العاصمة. ومنذ سنوات تتعرض الأراضي السورية لضربات إسرائيلية متقطعة تطال مواقع لقوات النظام وقواعد لإيران "
        "والميليشيات التابعة لها. وكانت صحيفة «واشنطن بوست» الأميركية قد ذكرت يوم الاثنين الماضي، استناداً إلى مصادر "
        "مطلعة في الاستخبارات والأمن، أن إسرائيل ضربت في 8 حزيران/يونيو الماضي مواقع يطوّر فيها النظام أسلحة "
        "كيماوية، وأن تلك الضربات جاءت ضمن مساعٍ لوقف محاولة النظام في هذا الملف.",
        [E("airstrike", None, PL("مطار دمشق الدولي", "Damascus International Airport", "Rif Dimashq"), "2021-07-22",
           "مصدر عسكري", ISR,
           note="PLACE CALL: SANA's source gives only «the southern region»; local media name a site next to the "
                "airport, the most specific place of the same strike; one soldier killed (singular: no figure); "
                "source: the first telling's"),
         E("airstrike", None, None, "2021-06-08", "مصادر مطلعة في الاستخبارات والأمن", ISR,
           note="a recalled strike with its own day on chemical-weapons sites (no place named); relayed by the "
                "newspaper from its sources (stop 34: the relayed source). The strikes «منذ سنوات» are a habit")])

passage("lh14", "2022-04-10", "Assahifa (Morocco)", "an Israeli strike told by SANA's source, placed by the monitor; the "
        "monitor's running count of the year's strikes and their dead; published date inferred (a Saturday strike on "
        "Masyaf, the year's eighth) | page: https://assahifa.com/?p=93320",
        "ضربات إسرائيلية على مواقع في وسط سوريا\n"
        "شنّ الجيش الإسرائيلي يوم السبت ضربات على عدة مواقع في المنطقة الوسطى من سوريا، وفق إعلان وكالة "
        "الأنباء الرسمية «سانا». وأورد المصدر العسكري الذي نقلت عنه الوكالة أن إسرائيل نفذت مساء ذلك اليوم «عدواناً جوياً» "
        "انطلاقاً من أجواء شمال لبنان استهدف نقاطاً في المنطقة الوسطى، وأن الدفاعات الجوية اعترضت صواريخه وأسقطت "
        "عدداً منها. من ناحيته، ذكر المرصد السوري لحقوق الإنسان أن دوي انفجارات سُمع في مصياف، المدينة الواقعة في ريف حماة "
        "الغربي، جراء صواريخ إسرائيلية أصابت نقاطاً عدة حول المدينة وموقعاً في السويدي، إضافة إلى معامل الدفاع "
        "بمنطقة الزاوي. وأوضح المرصد أن ميليشيات موالية للحرس الثوري الإيراني وعناصر من «حزب الله» اللبناني ينتشرون في "
        "المنطقة التي طالها القصف، وأن فيها مستودعات ومراكز أبحاث لتطوير الصواريخ والطائرات المسيّرة، مشيراً إلى "
        "أنه لم تصل حتى الآن أنباء عن خسائر في الأرواح. وبحسب المرصد، فإن هذا الاستهداف الإسرائيلي للأراضي السورية "
        "هو الثامن منذ بداية العام الجاري، سواء بالصواريخ أو بالغارات الجوية، وقد حصدت تلك الضربات أرواح 12 "
        "عسكرياً ينتمون إلى قوات النظام وإلى الميليشيات الموالية لإيران، وأصابت أو دمّرت قرابة 13 هدفاً بين مبانٍ ومستودعات "
        "أسلحة وذخائر ومقرات ومراكز وآليات.",
        [E("airstrike", None, PL("مصياف", "Masyaf", "Hama"), "2022-04-09", "المصدر العسكري", ISR,
           note="one strike: SANA's source tells it first (the source), the monitor places it (Masyaf, a village and a "
                "defence plant: one group, placed at the city); no casualties"),
         E("airstrike", Q("12", 12), None, None, "المرصد", ISR, kind="aggregate",
           note="the year's eight Israeli strikes and their 12 military dead (period 2022-01-01..2022-04-09): one "
                "cause, so an airstrike aggregate (stop 32), figure the dead; «قرابة 13 هدفاً» is damage, not the "
                "figure; «الثامن» is an ordinal")])

passage("lh15", "2023-08-30", "Hibr Press", "tribal fighters against the SDF on a third day: one town's fight, a list "
        "of towns, shelling with civilian dead; a glued subscription line; published date inferred (late August 2023) | "
        "page: https://hibrpress.com/v2/amp/تصاعد-الاشتباكات-بين-العشائر-وقسد-في-د",
        "اشتباكات العشائر و«قسد» تتصاعد في دير الزور\n"
        "تتواصل لليوم الثالث على التوالي المواجهات المتصاعدة في محافظة دير الزور بين مقاتلين من العشائر المحلية "
        "و«قوات سوريا الديمقراطية» (قسد)، وسط تهديدات وهجمات متبادلة بين الجانبين. ونقلاً عن مصادر محلية، هاجم "
        "عناصر من مجلس دير الزور العسكري مع مقاتلي العشائر مواقع عدة لـ«قسد» في المنطقة وكبّدوها خسائر واضحة. "
        "وتنتشر المعارك في أرجاء المناطق التي تسيطر عليها «قسد» من دير الزور، واستُخدمت فيها أسلحة ثقيلة ومتوسطة.\n"
        "مواجهات حادة مع تزايد التوتر\n"
        "في بلدة العزبة، شمالي دير الزور، دارت مواجهات حادة بين مقاتلي العشائر ومسلحي المجلس العسكري إثر محاولة "
        "«قسد» دخول البلدة، التي تُعد خط الدفاع الأول عن القرى والبلدات الشمالية.\n"
        "للاطلاع على الجديد اشتركوا في قناة «حبر» عبر واتساب\n"
        "كما اندلع القتال في بلدات أخرى بينها جديد بكارة وذيبان والحريجة، وكذلك البصيرة والشحيل والطيانة، إلى جانب أبو حمام "
        "والجرذي، قبل أن يمتد إلى الربيضة والبحرة وغرانيج ومحيميدة.\n"
        "قصف «قسد» يوقع ضحايا\n"
        "وفي البصيرة، أطلقت «قسد» قذائف صاروخية على البلدة، ما أدى إلى مقتل ثلاثة مدنيين.",
        [E("armed_clash", None, PL("العزبة", "Al-Azbah", "Deir ez-Zor"), "2023-08-30", None, TRIBES,
           note="the town's own fight (its own event); the lead's attacks «مواقع عدة» with «مصادر محلية» name no "
                "place and are the same fighting (the source is the lead's, but the Azbah sentence is the outlet's)"),
         E("armed_clash", None, PL("جديد بكارة", "Jadid Bakara", "Deir ez-Zor"), "2023-08-30", None, TRIBES,
           note="fighting told for a list of towns that «spread» to four more: one group, placed at the first (as set "
                "73's shelling that extended); no figure"),
         E("shelling", Q("ثلاثة", 3), PL("البصيرة", "Al-Busayrah", "Deir ez-Zor", nth=1), "2023-08-30", None, SDF,
           note="SDF rockets on the town, three civilians dead. The glued WhatsApp line is not coded")])

passage("lh16", "2018-03-19", "Syria Press", "a car bomb that wounded four; four roadside bombs on patrols in another "
        "town with six dead, told by local pages; published date inferred (a Monday) | page: https://syria-press.com/"
        "إصابة-مدنيين-بجروح-في-انفجار-سيارة-مفخ",
        "سيارة مفخخة تجرح أربعة مدنيين في الباب، وعبوات تقتل ستة من «الوحدات» في الطبقة\n"
        "أُصيب 4 مدنيين بجروح جراء سيارة مفخخة انفجرت في الباب، المدينة التابعة لمحافظة حلب في شمال سوريا. وقال "
        "ناشطون من المدينة إن الانفجار وقع اليوم وخلّف، إلى جانب الجرحى الأربعة، أضراراً في الممتلكات، وهرعت فرق "
        "«الخوذ البيضاء» التابعة للدفاع المدني إلى إخماد النيران التي اشتعلت في المكان، بينما تتابع الأجهزة الأمنية "
        "المحلية التحقيق في ملابسات التفجير. وفي سياق سلسلة التفجيرات التي تشهدها البلاد، قالت صفحات محلية إن "
        "ستة من عناصر «وحدات حماية الشعب» الكردية قُتلوا في الطبقة، المدينة الواقعة في ريف الرقة الغربي. وبحسب ما نشرته صفحة «أخبار "
        "شرق الفرات» أمس الأحد، فإن أربع عبوات ناسفة انفجرت بدوريات لـ«الوحدات» في أحياء متفرقة من الطبقة بعد "
        "منتصف ليل السبت. وبحسب ناشطين محليين، ضرب الانفجار الأول مقر «الدفاع الذاتي» بالقرب من مسبح الأندلس، "
        "وطال الثاني دورية عسكرية قريبة منه، واستهدف الثالث آلية عسكرية عند دوار ميسلون، ثم انفجرت العبوة الرابعة "
        "بدورية كانت تحاول إسعاف المصابين في موقع الانفجار الثالث. وأفادت صفحة «شبكة الخابور» بأن القتلى ستة "
        "عناصر، وأن دوريات «الوحدات» أغلقت كل الطرق المؤدية إلى أحياء المدينة وخارجها.",
        [E("explosion", None, PL("الباب", "Al-Bab", "Aleppo"), "2018-03-19", "ناشطون من المدينة", None,
           note="only wounded (4): no figure (stop 30); the headline's and lead's telling has no source and the next "
                "sentence comes back to the blast with the activists"),
         E("explosion", Q("ستة", 6), PL("الطبقة", "Al-Tabqah", "Raqqa"), "2018-03-18", "صفحات محلية", None,
           note="EVENT CALL: four bombs in one town in one night, told as one series with one toll: one event (ACLED: "
                "one location and day), figure the six dead (the four bombs are its count, not the figure); the "
                "night after Saturday's midnight is Sunday; a second coder could code four")])

passage("lh17", "2021-08-20", "Radio Al-Kul", "a Turkish drone strike on a car with one dead and one hurt told by "
        "local networks; a leader's death rumoured; Turkey's campaign and stance as background; published date inferred "
        "(a Friday) | page: https://radioalkul.com/?p=464515",
        "قتيل وجريح بضربة مسيّرة تركية تستهدف سيارة داخل القامشلي\n"
        "ترجيحات بمقتل قيادي في «قسد»\n"
        "قُتل شخص وجُرح ثانٍ ليل أمس الخميس، بضربة نفذتها طائرة مسيّرة تركية في ريف الحسكة الشمالي. وأوضحت شبكات "
        "إخبارية محلية، منها «فرات بوست»، أن المسيّرة أصابت سيارة رباعية الدفع من طراز «كيا» داخل مدينة القامشلي، "
        "فسقط قتيل وجريح. وتداولت صفحات على مواقع التواصل صوراً للسيارة المستهدفة، متحدثة عن مقتل أحد قياديي «قوات "
        "سوريا الديمقراطية»، في حين لم تتأكد حتى اللحظة هوية الرجلين اللذين كانا على متنها. وخلال الأشهر الماضية، "
        "قتلت القوات والاستخبارات التركية عشرات من عناصر الوحدات الكردية وقادتها في سلسلة عمليات خاصة شمالي سوريا. "
        "وتَعُدّ أنقرة «وحدات حماية الشعب»، ذراع «حزب الاتحاد الديمقراطي» والقوة التي تقود «قسد»، فرعاً سورياً "
        "لـ«حزب العمال الكردستاني» المدرج على قوائم الإرهاب في تركيا وأوروبا والولايات المتحدة، فيما تتهم "
        "تركيا و«الجيش الوطني» «قسد» باتخاذ منبج وتل رفعت منطلقاً لهجماتها.",
        [E("airstrike", None, PL("القامشلي", "Qamishli", "Al-Hasakah", nth=1), "2021-08-19", "شبكات إخبارية محلية", TUR,
           note="one dead, one hurt (singulars: no figure); the lead names the northern countryside, the next "
                "sentence the city (most specific) and the local networks as source (it comes back to the strike)"),
         E("casualties", Q("عشرات", 20, 90, True), None, None, None, TUR, kind="aggregate",
           note="Turkish forces' and intelligence's kills over past months in «special operations» (no one kind of "
                "act named): a casualties aggregate with no period bounds; a second coder could leave this background "
                "out. Ankara's view and the accusation about Manbij and Tal Rifaat are stances told as background, "
                "not statements")])

passage("lh18", "2024-03-17", "Al-Ain News", "an Israeli strike on Damascus told by SANA's military source, Israeli "
        "broadcast and the monitor; an earlier strike recalled | page: https://al-ain.com/article/1710627333",
        "إسرائيل تقصف أهدافاً في دمشق\n"
        "شنّ سلاح الجو الإسرائيلي هجوماً جديداً استهدف مواقع داخل دمشق، عاصمة سوريا، أُصيب فيه عسكري ووقعت خسائر "
        "مادية. ونقلت الوكالة العربية السورية للأنباء عن مصدر عسكري أن الطائرات الإسرائيلية أغارت قرابة الساعة "
        "12:42 بعد منتصف الليل، انطلاقاً من جهة الجولان السوري، على عدة نقاط في المنطقة الجنوبية. وأكد المصدر أن "
        "الدفاعات الجوية اعترضت الصواريخ وأسقطت قسماً منها، وأن الهجوم خلّف جريحاً من العسكريين وأضراراً في "
        "الممتلكات. وكانت هيئة البث الإسرائيلية قد تحدثت عن معلومات تفيد بشن غارات على أهداف في دمشق. أما المرصد "
        "السوري لحقوق الإنسان فأشار في بيان موجز إلى انفجارات هزّت ريف دمشق بفعل القصف الإسرائيلي، تزامنت مع إطلاق "
        "المضادات الأرضية نيرانها نحو أهداف في سماء المنطقة. وفي أواخر الشهر الماضي، استهدفت غارات إسرائيلية محيط "
        "العاصمة، وقالت «سانا» حينها إن الدفاعات الجوية تصدت لها وأسقطت معظم الصواريخ، وإن الأضرار اقتصرت على "
        "الماديات. ومع أن إسرائيل صعّدت ضرباتها على أهداف في سوريا...",
        [E("airstrike", None, PL("دمشق", "Damascus", "Damascus", nth=1), "2024-03-17", "مصدر عسكري", ISR,
           note="one strike told by SANA's source, the Israeli broadcaster and the monitor; only one soldier hurt: no "
                "figure; the lead gives no source and the next sentence comes back with SANA's source"),
         E("airstrike", None, PL("دمشق", "Damascus", "Damascus", nth=1), "2024-02", "«سانا»", ISR,
           note="a recalled strike on the capital's surroundings late last month (month grain), told by SANA then; "
                "no casualties; placed at the capital (the text says «محيط العاصمة»)")])

passage("lh19", "2024-12-04", "Fox Press", "HTS's advance on a front: villages and roads taken, a mountain shelled, a "
        "village fought over, a monitor's toll since last evening broken down by side, more sites taken; published "
        "date inferred (the Hama offensive, early December 2024) | page: https://fox-press.org/?p=20699",
        "«تحرير الشام» تتقدم شرقي حماة و99 قتيلاً منذ مساء أمس\n"
        "أحرزت هيئة تحرير الشام تقدماً على الأرض في ريف حماة الشرقي، فبسطت سيطرتها على الطريقين الواصلين بين حماة وكل من الرقة وحلب "
        "وعلى قرى الشيخ هلال والسعن وسروج، إثر معارك ضارية مع القوات الحكومية السورية، التي ردّت بهجوم معاكس أبعد "
        "المهاجمين عن المدينة. وأمطرت الهيئة جبل زين العابدين المجاور لحماة بالقذائف والصواريخ تمهيداً لاقتحام هذا "
        "الموقع الاستراتيجي. وامتد القتال إلى قرية الكريم، بوابة قرى يسكنها علويون في غالبيتها قرب جورين، حيث أكبر "
        "معسكرات القوات الحكومية في المنطقة، وهناك صدّت القوات الحكومية، بمساندة ضباط روس وإيرانيين، هجوم الهيئة.\n"
        "الحصيلة منذ مساء أمس\n"
        "وبحسب المرصد السوري لحقوق الإنسان، قُتل 99 شخصاً في المواجهات المستمرة منذ مساء أمس حتى اليوم، وهم: 3 "
        "مدنيين، أحدهم صحفي، سقطوا بغارات جوية، وآخر بقذيفة أطلقتها الهيئة على مدينة حماة؛ و48 مقاتلاً من هيئة "
        "تحرير الشام؛ و5 من فصائل الجيش الوطني المدعومة من تركيا؛ و43 عنصراً من القوات الحكومية، بينهم 5 ضباط من "
        "رتب متفاوتة.\n"
        "مواقع تتبدل\n"
        "ومع أن الهيئة استولت على مواقع مهمة منها السماقيات وكفرراع ومعرشحور، فإن القوات الحكومية شنت هجوماً "
        "مضاداً مدعوماً...",
        [E("territory_change", None, PL("الشيخ هلال", "Al-Sheikh Hilal", "Hama"), "2024-12-04", None, HTS,
           note="villages and two roads taken (one group, placed at the first village); the army's counter-attack that "
                "pushed them from the city is the same fighting"),
         E("shelling", None, PL("جبل زين العابدين", "Jabal Zain al-Abidin", "Hama"), "2024-12-04", None, HTS,
           note="HTS's barrage on the mountain before an assault; no figure"),
         E("armed_clash", None, PL("الكريم", "Al-Karim", "Hama"), "2024-12-04", None, HTS,
           note="an HTS attack repelled at the village (Jourin is where the camp is, not the place)"),
         E("casualties", Q("99", 99), None, None, "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="the front's toll since last evening over several kinds of act (period 2024-12-03..2024-12-04): a "
                "casualties aggregate; 3 civilians, 48 HTS, 5 SNA and 43 government men (5 officers) are its "
                "breakdown"),
         E("shelling", None, PL("حماة", "Hama", "Hama", nth=4), "2024-12-04", "المرصد السوري لحقوق الإنسان", HTS,
           note="a breakdown line that ties one death to an act at a place (HTS shell on the city): its own event with "
                "no figure (stop 34); the civilians killed by air strikes have no place: not coded apart"),
         E("territory_change", None, PL("السماقيات", "Al-Sammaqiyat", "Hama"), "2024-12-04", None, HTS,
           note="sites taken (one group, placed at the first); the truncated counter-attack names no place")])

passage("lh20", "2025-02-03", "Sharq Akhbar", "a security campaign in a city: a reporter's security source numbers the "
        "arrests, SANA relays the director; the body's stance that operations go on; a curfew announced | page: "
        "https://sharqakhbar.com/news/الأمن-العام-ينفذ-حملة-أمنية-في-دير-الزو",
        "حملة يشنها الأمن العام بمدينة دير الزور تنتهي باعتقالات\n"
        "انتهت ظهر اليوم حملة للأمن العام شملت مدينة دير الزور في الشرق السوري، وأسفرت عن اعتقال أشخاص وصفتهم "
        "السلطات بـ«فلول» النظام البائد، إضافة إلى تجار مخدرات و«خارجين عن القانون». ونقل مراسل في المدينة عن مصدر "
        "أمني قوله إن عناصر الأمن العام التابع لحكومة دمشق المؤقتة احتجزوا 35 شخصاً ممن خدموا في النظام السابق أو في الميليشيات الرديفة "
        "له، ممن رفضوا إجراء تسوية لأوضاعهم. وأوضح المراسل أن الحملة طالت حيي الجورة وطب الجورة المتلاصقين في "
        "المدينة. من جانبها، نسبت الوكالة العربية السورية للأنباء (سانا) إلى مدير إدارة الأمن العام بمحافظة دير "
        "الزور قوله اليوم، الاثنين 3 شباط، إن وحداته شنت حملة في المدينة استهدفت بقايا النظام السابق ومهربي مخدرات "
        "وأشخاصاً «خارجين عن القانون». وأضافت «سانا» أن الحملة انتهت بتوقيف عدد من المطلوبين ومصادرة ما بحوزتهم من أسلحة "
        "حربية، على أن يُحالوا إلى قسم التحقيق ثم إلى القضاء المختص. وشددت إدارة الأمن العام على أن "
        "عملياتها ستتواصل لملاحقة «الفلول» و«المجرمين» الضالعين في تعذيب المدنيين. وكانت محافظة دير الزور قد أعلنت "
        "حظراً للتجول اليوم بدءاً من الساعة السابعة...",
        [E("arrest", Q("35", 35), PL("الجورة", "Al-Joura", "Deir ez-Zor"), "2025-02-03", "مصدر أمني", NEWGOV,
           note="one campaign told by the reporter's security source and by SANA's relay of the director; figure the "
                "35 the first telling numbers; two adjoining quarters (one group, placed at the first)"),
         E("statement", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=1), "2025-02-03", "إدارة الأمن العام",
           NEWGOV,
           note="STATEMENT CALL: the body's declared stance that its operations will go on (stop 32); a second coder "
                "could read it as the report's closing line"),
         E("statement", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=3), "2025-02-03", "محافظة دير الزور",
           NEWGOV,
           note="the governorate's announced curfew for the day: a named body's decision (stop 32); a second coder "
                "could code `other`")])

passage("lh21", "2025-01-20", "Levant24", "a round-up of arrests of the old regime's security men in four governorates, "
        "each with its own source; published date inferred (January 2025) | page: https://ar.levant24.com/news/6922",
        "الأمن العام يلاحق ضباط أجهزة الأسد في عدة محافظات\n"
        "كثّفت قوات الأمن السورية حملتها على بقايا النظام المخلوع، فلاحقت ضباط استخبارات سابقين ومن تعاون معهم، عبر "
        "سلسلة من الاعتقالات والمداهمات والاشتباكات في محافظات عدة.\n"
        "اعتقالات ومداهمات تكشف حجم الملاحقة\n"
        "في درعا، قبضت قوى الأمن العام على خالد سعيد الحمدان بينما كان يحاول مغادرة البلاد، وفق ما ذكره «تجمع أحرار "
        "حوران». والحمدان قاد سابقاً مجموعة في «اللجان الشعبية» التي قاتلت إلى جانب النظام، وتُنسب إليه تهمة نقل جثث معتقلين ماتوا "
        "تحت التعذيب ودفنها لطمس الأدلة. وانصبّ جهد السلطات على تفكيك الشبكات المرتبطة بالمنظومة الأمنية لنظام "
        "الأسد؛ ففي حمص أوقفت إدارة الأمن العام مازن عيسى، الضابط السابق في فرع الأمن السياسي، المتهم بالضلوع في "
        "إعدامات ميدانية. وفي الوقت نفسه، اعتُقل في منطقة الحولة أشخاص عدة، منهم عمر الحسين ونزار إبراهيم، بتهمة "
        "الوقوف وراء اعتقال مدنيين بعد التسويات فارقوا الحياة لاحقاً داخل سجن صيدنايا، وفق مكتب الحولة الإعلامي. أما في دير "
        "الزور، فاعتُقل وائل فاضل الأحمد، الذي شغل منصب نائب رئيس فرع المعلومات التابع لأمن الدولة، ويواجه تهماً مشابهة تتصل "
        "بالتعذيب والإخفاء القسري.\n"
        "اغتيالات ومداهمات في محافظات الساحل",
        [E("arrest", None, PL("درعا", "Daraa", "Daraa"), "2025-01-20", "«تجمع أحرار حوران»", NEWGOV,
           note="one man arrested while trying to leave (no figure); the lead's campaign is the sum of the arrests "
                "below, no event of its own; undated arrests of the item's news take the publication day"),
         E("arrest", None, PL("حمص", "Homs", "Homs"), "2025-01-20", None, NEWGOV,
           note="a former political-security officer; told by the outlet"),
         E("arrest", None, PL("الحولة", "Al-Houla", "Homs"), "2025-01-20", "مكتب الحولة الإعلامي", NEWGOV,
           note="several men (no number: no figure); Saydnaya is where the detainees died long before, not the place"),
         E("arrest", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2025-01-20", None, NEWGOV,
           note="a former deputy head of state security's branch; told by the outlet. The glued subheading about "
                "the coast is not coded")])


def main() -> None:
    write("gold107.jsonl", P107)


if __name__ == "__main__":
    main()
