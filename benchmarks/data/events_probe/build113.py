"""Build gold113.jsonl: development set 113 (ids ln01…), written in stop 40 by writer w113 BEFORE any run on it.

A FRESH development set for stop 41 (closed in bench_events.HELD_OUT until then; first run at stop 41's start, on its
start code): 21 WHOLE articles, each the paraphrase of ONE real news page found in the search tool's `pages` corpus
(queried in Arabic), whole as the corpus stores it: headline line, lead, body with its several incidents, sources, tolls,
breakdowns, background and the glued extras the page had (a tweet, a related headline, a «read also» link). Years
2011-2025; outlets: Al-Fajr and Ikhwan Online via Egyptian sites, Al Jazeera, Akhbar Al Aan, Al-Wasat (Bahrain),
Echorouk, Enab Baladi, Al-Masdar, Al-Hal, SMART, Syria TV, Bawaba Syria, Rozana, Radio Al-Kul, urkishnews, Gulf365,
Al-Manshar. Every sentence was rewritten (no run of five words, names aside, is shared with its page: checked by script
against the page text, which was kept outside the repository); the incidents, their order, places, figures, dates,
sources and hedges are the page's; private people's names are invented. Each passage's `style` ends with the page's
address. Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32 and 34) and was
written before anything ran on the passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build113.py      # rewrites gold113.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P113: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P113.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("ln01", "2011-08-26", "Al-Fajr (Egypt) via Masress, relaying Reuters", "a Friday of protests: fire on night marches in two cities, the day's toll, a UN call, rallies town by town | page: https://www.masress.com/elfagr/45393",
        "مقتل محتجَّين على الأقل في القصير واللاذقية و11 قتيلاً في «جمعة الصبر والثبات»\n"
        "فتحت القوات السورية نيران الرصاص الحي على مسيرات حاشدة ضمّت عشرات الآلاف، خرجت من الجوامع بعد إحياء "
        "ليلة السابع والعشرين من رمضان التي يُرجَّح أنها ليلة القدر، في مدينتي القصير واللاذقية، مطالبةً "
        "بتنحي الرئيس بشار الأسد، فقتلت محتجَّين اثنين في أقل تقدير، وفق ما أوردته وكالة «رويترز» على لسان "
        "ناشطين وأهالٍ من المنطقة. وبلغ مجموع من سقطوا يوم الجمعة في عموم سوريا 11 قتيلاً، خلال احتجاجات شارك "
        "فيها عشرات الآلاف استجابةً لنداء صفحة «الثورة السورية» على «فيسبوك»، التي أطلقت على اليوم اسم «جمعة "
        "الصبر والثبات»، في حين حثّت الأمم المتحدة السلطات في دمشق على صون أرواح المدنيين. وفي حمص، المدينة "
        "التي تغلي أمنياً وعسكرياً منذ أيام، تظاهر قرابة 15 ألف شخص في حي الخالدية، إلى جانب آلاف آخرين في "
        "بابا عمرو وباب السباع والقصور، كما احتشد عشرات الآلاف في تدمر والرستن وتلبيسة والقصير بريف المحافظة. "
        "وإلى الشرق، عمد رجال الأمن إلى تفريق تظاهرة من آلاف الأشخاص بالقوة في الجبيلة بدير الزور، وخرجت "
        "تظاهرة أخرى في البوكمال، بينما هتف زهاء خمسة آلاف متظاهر في القامشلي شمال شرقي البلاد مطالبين الرئيس "
        "وحزبه بالرحيل، بحسب تسجيل مصوَّر.",
        [E("protest", Q("عشرات الآلاف", 20000, 90000, approx=True), PL("القصير", "Al-Qusayr", "Homs", nth=1), "2011-08-26", "ناشطين", PROT, note="live fire on night marches in two cities: one act told for a list (a group; Qusayr first, Latakia second); fire on a protest is the protest (stop 30): the crowd is the figure (tens of thousands), the two dead its fatalities; source: the activists and residents Reuters relays (stop 34)"),
         E("casualties", Q("11", 11, nth=1), None, "2011-08-26", None, GOV, kind="aggregate", note="the day's toll for all Syria beside the incidents: an aggregate of its own (stop 30); it holds the two dead of Qusayr and Latakia"),
         E("statement", None, None, "2011-08-26", "الأمم المتحدة", None, note="the UN urging Damascus to protect civilians: a named body's call (stop 32)"),
         E("protest", Q("قرابة 15 ألف", 15000, approx=True), PL("الخالدية", "Al-Khalidiya", "Homs"), "2011-08-26", None, PROT),
         E("protest", Q("آلاف", 2000, 9000, approx=True, nth=2), PL("بابا عمرو", "Baba Amr", "Homs"), "2011-08-26", None, PROT, note="thousands in three Homs quarters (a group, the first quarter)"),
         E("protest", Q("عشرات الآلاف", 20000, 90000, approx=True, nth=2), PL("تدمر", "Palmyra", "Homs"), "2011-08-26", None, PROT, note="four towns of Homs countryside in one telling (a group, Tadmur first); Qusayr's day rally here is another telling of the town, left inside the group"),
         E("protest", Q("آلاف", 2000, 9000, approx=True, nth=4), PL("الجبيلة", "Al-Jubaila", "Deir ez-Zor"), "2011-08-26", None, PROT, note="dispersed by force, no casualties stated"),
         E("protest", None, PL("البوكمال", "Al-Bukamal", "Deir ez-Zor"), "2011-08-26", None, PROT),
         E("protest", Q("زهاء خمسة آلاف", 5000, approx=True), PL("القامشلي", "Qamishli", "Al-Hasakah"), "2011-08-26", None, PROT, note="«بحسب تسجيل مصوَّر»: a video, no body named, so no source")])


passage("ln02", "2011-09-09", "Ikhwan Online", "«International Protection» Friday: a day's toll, rallies in many towns, a quarter fired on, a recalled toll of an operation two days before | page: https://www.ikhwanonline.co/article/90882",
        "سقط ثلاثة عشر قتيلاً برصاص قوات الأمن السورية أثناء تفريقها تظاهرات تطالب برحيل الرئيس بشار الأسد في "
        "حمص ودمشق وإدلب ومدن أخرى، فيما نزل عشرات الآلاف إلى الشوارع اليوم في كثير من المدن والبلدات ضمن ما "
        "أطلق عليه المحتجون «جمعة الحماية الدولية»، مطالبين بإرسال مراقبين دوليين. وشهدت مناطق ما زالت تتعرض "
        "لحملات عسكرية وأمنية، كحمص وحماة في الوسط وإدلب في الشمال، تظاهرات ضخمة تنادي بإسقاط النظام وتوفير "
        "الحماية للمدنيين. ونشر ناشطون مقاطع مصورة لحشود كبيرة في درعا وريف دمشق وحمص، وأفاد علي حسن، الناطق "
        "الإعلامي لشبكة «شام» الإخبارية داخل البلاد، بأن رقعة الاحتجاج اتسعت هذه الجمعة لتشمل أحياء عديدة في "
        "العاصمة، كالقدم والميدان والحجر الأسود، إضافة إلى محافظة السويداء في الجنوب. أما في حمص، التي قُتل "
        "فيها عشرون شخصاً على الأقل أول أمس خلال عملية عسكرية واسعة، فقد شملت المظاهرات أحياءً كبابا عمرو "
        "والخالدية، وذكر ناشطون أن عناصر الأمن أطلقوا النار لتفريق المحتجين في الخالدية، فقتلوا ثلاثة وأصابوا "
        "العشرات. وفي المحافظة ذاتها، تجمّع في الرستن وتلبيسة والقصير آلاف من المحتجين وهتفوا ضد النظام، "
        "بينما حلّقت طائرات حربية في سماء الحولة. كما شهدت مناطق في حماة تظاهرات مماثلة.",
        [E("casualties", Q("ثلاثة عشر", 13), None, "2011-09-09", None, GOV, kind="aggregate", note="thirteen killed while protests in several cities were dispersed: the day's toll as a casualties aggregate (as set 73's je03); a second coder could make it the nationwide protest's fatalities"),
         E("protest", Q("عشرات الآلاف", 20000, 90000, approx=True), None, "2011-09-09", None, PROT, kind="aggregate", note="the nationwide Friday told as one, no place (as set 73's je02); the towns below are its own incidents"),
         E("protest", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2011-09-09", None, PROT, note="big rallies in Homs, Hama and Idlib: Homs and Hama have their own events below; Idlib coded from this list"),
         E("protest", None, PL("درعا", "Daraa", "Daraa"), "2011-09-09", "ناشطون", PROT, note="videos of big crowds in Daraa, Rif Dimashq and Homs: a group placed at Daraa (Homs has its own events)"),
         E("protest", None, PL("القدم", "Al-Qadam", "Damascus"), "2011-09-09", "علي حسن", PROT, note="several Damascus quarters (a group, the first named)"),
         E("protest", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2011-09-09", "علي حسن", PROT, note="the province named, its seat as place"),
         E("casualties", Q("عشرون", 20, None), PL("حمص", "Homs", "Homs", nth=3), "2011-09-07", None, GOV, note="recall with its own day (the day before yesterday): at least twenty killed during a military operation; no fight or weapon told, so casualties (a coder could code shelling); background"),
         E("protest", None, PL("بابا عمرو", "Baba Amr", "Homs"), "2011-09-09", None, PROT),
         E("protest", Q("ثلاثة", 3, nth=1), PL("الخالدية", "Al-Khalidiya", "Homs"), "2011-09-09", "ناشطون", PROT, note="security fire to disperse: the protest with its dead; no crowd numbered, so the dead are the figure; the wounded are dozens"),
         E("protest", Q("آلاف", 2000, 9000, approx=True, nth=1), PL("الرستن", "Al-Rastan", "Homs"), "2011-09-09", None, PROT, note="three towns in one telling (a group, the first); the jets over Houla are no event"),
         E("protest", None, PL("حماة", "Hama", "Hama", nth=1), "2011-09-09", None, PROT)])


passage("ln03", "2011-12-11", "mohammedfarag.com (Egyptian site relaying an agency item)", "first day of the Dignity Strike: the LCC's toll, the strike by governorate, defectors' clashes and shelling, tanks burned, an assassination told by SANA's source | page: https://mohammedfarag.com/print.php?action=savehtml&&id=12214",
        "لجان التنسيق: 26 قتيلاً اليوم بينهم امرأة وأربعة أطفال\n"
        "أفادت لجان التنسيق المحلية بأن 26 شخصاً لقوا حتفهم اليوم برصاص قوات الأمن، في اليوم الأول من «إضراب "
        "الكرامة». وبحسب ما ذكرته الهيئة العامة للثورة السورية في ساعة متأخرة من الليل، فإن بين القتلى امرأة "
        "وأربعة أطفال، أصغرهم يبلغ عاماً ونصف العام. ونشر ناشطون على الإنترنت تسجيلات تظهر التزاماً لافتاً "
        "بالإضراب في محافظات درعا وحمص وحماة وإدلب والحسكة ودير الزور وريف دمشق، وفي أحياء القابون وبرزة "
        "والميدان داخل العاصمة، علماً أن الدعوة إلى الإضراب صدرت عن ناشطي الثورة المناهضة لحكم بشار الأسد. "
        "وفي الزبداني ومضايا بريف دمشق، تحدث ناشطون عن مواجهات بين عسكريين منشقين وقوات الأمن، وعن قصف "
        "بالمدفعية الثقيلة طال مسجد البراق وعدداً من البيوت. وتحدث المرصد السوري لحقوق الإنسان بدوره عن "
        "احتراق ثلاث دبابات تابعة للجيش في اشتباكات شهدها جنوب البلاد. وفي حادثة منفصلة، اغتال مسلحون مساء "
        "اليوم المهندس وائل دبّاغ، مدير محطة أبو رباح للغاز في حمص، بينما كان في طريقه إليها على طريق حمص – "
        "الفرقلس، إذ نقلت وكالة الأنباء الرسمية عن مصدر مسؤول في الشركة السورية للغاز أن المسلحين أمطروا "
        "سيارته بالرصاص.",
        [E("casualties", Q("26", 26, nth=1), None, "2011-12-11", "لجان التنسيق المحلية", GOV, kind="aggregate", note="the day's national toll; the woman and four children are a breakdown told by another body"),
         E("protest", None, PL("درعا", "Daraa", "Daraa"), "2011-12-11", "ناشطون", PROT, note="the general strike (ACLED: a protest) told for seven governorates and three Damascus quarters: a group placed at the first named"),
         E("armed_clash", None, PL("الزبداني", "Az-Zabadani", "Rif Dimashq"), "2011-12-11", "ناشطون", FSA, note="defectors against security forces in two towns (a group, the first)"),
         E("shelling", None, PL("الزبداني", "Az-Zabadani", "Rif Dimashq"), "2011-12-11", "ناشطون", GOV, note="heavy artillery on a mosque and houses: the mosque is placed at its town (the pair's first); the shelling side is the one the defectors fight"),
         E("armed_clash", None, None, "2011-12-11", "المرصد السوري لحقوق الإنسان", None, note="three tanks burned in clashes 'in the south': no place finer than a bearing of the country; tanks are not the figure"),
         E("armed_clash", None, PL("حمص", "Homs", "Homs", nth=2), "2011-12-11", "مصدر مسؤول في الشركة السورية للغاز", UNK, note="assassination by gunmen (stop 30: armed_clash); a road between two places takes the first; the victim is a private person (renamed); source: the official SANA relays")])


passage("ln04", "2012-06-25", "Al Jazeera", "a group defection to Turkey told by activists and Turkish TV, a running total since March 2011, a defected brigadier's words | page: https://www.aljazeera.net/news/arabic/2012/6/25/موجة-انشقاقات-جديدة-بالجيش-السوري",
        "انشقاقات جديدة تضرب الجيش السوري\n"
        "لا تتوقف الانشقاقات داخل الجيش السوري، بل تتسع يوماً بعد يوم؛ ففي أحدثها أفاد ناشطون سوريون بأن ستة "
        "ضباط و33 جندياً تركوا صفوف الجيش النظامي وعبروا إلى تركيا. وذكر التلفزيون التركي أن الواصلين إلى "
        "أراضيه بعد انشقاقهم هم لواء سوري وعقيدان ورائدان وملازم، يرافقهم 33 جندياً، في حين قالت قناة «سي أن "
        "أن ترك» الخاصة إن المنشقين جاؤوا ومعهم ذووهم، ليبلغ عدد المجموعة كلها 224 فرداً. وقال مراسل الجزيرة "
        "عند الحدود بين البلدين إن مئات الضباط انشقوا وانتقلوا إلى الأراضي التركية منذ انطلاق الثورة في "
        "آذار/مارس من العام الفائت، ونقل عن ضباط منشقين أن أكثر من ينشقون يفضّلون البقاء داخل سوريا والقتال "
        "إلى جانب الجيش السوري الحر. ورأى العميد أركان حرب فؤاد العلي، الذي انشق هو الآخر عن الجيش النظامي، "
        "أن هذا الجيش أُنهك طوال عام وأربعة أشهر.",
        [E("defection", Q("ستة", 6), PL("تركيا", "Turkey", None, "Turkey"), "2012-06-25", "ناشطون سوريون", GOV, note="six officers and 33 soldiers, no total written: FIGURE CALL, the first number the text writes (a second coder could take 33 or want 39); the Turkish TV's ranks are a breakdown of the same group; the 224 with families are not defectors; arrival abroad told as the defection keeps the arrival place; undated news → the publication day"),
         E("defection", Q("مئات", 200, 900, approx=True), None, None, "مراسل الجزيرة", GOV, kind="aggregate", note="hundreds of officers since March 2011 who reached Turkey: a running total abroad, no place (stop 28); the majority staying inside to fight is a habit, no event; the brigadier's words are a stance, no event")])


passage("ln05", "2013-10-25", "Akhbar Al Aan", "Damascus round-up: an attack on a base, reinforcements, dawn clashes, shelling, a three-day toll, a car bomb the day before, a claimed attack near the airport | page: https://akhbaralaan.net/news/arab-world/2013/10/25/syria-dead-attack-headquarters-asaad-regime-forces-damascus",
        "دمشق – أخبار الآن، 25 تشرين الأول/أكتوبر 2013\n"
        "لقي خمسة عشر عنصراً من الشبيحة على الأقل مصرعهم في هجوم استهدف مقراً للقوات النظامية في الشرقوتلي "
        "بريف دمشق، بحسب شبكة شام الإخبارية. ويتزامن ذلك مع دفع قوات النظام بتعزيزات كبيرة إلى حاجز البلدية "
        "عند حي القابون الدمشقي، تمهيداً لمحاولة اقتحام الحي. وتحدث ناشطون ميدانيون عن اشتباكات ضارية اندلعت "
        "فجر اليوم بين مقاتلي الجيش الحر والقوات النظامية عند الجبهة الجنوبية للقابون، ترافقت مع قصف عنيف على "
        "زملكا وحزة وعين ترما في ريف العاصمة. أما المرصد السوري لحقوق الإنسان فأشار إلى مقتل ما لا يقل عن 25 "
        "من عناصر النظام في مواجهات شهدتها المنطقة على مدى الأيام الثلاثة الأخيرة. وتسعى القوات النظامية منذ "
        "أشهر إلى انتزاع معاقل الجيش الحر المحيطة بدمشق كي تحول دون زحفه نحو العاصمة. وفي وقت سابق، أعلن "
        "المجلس العسكري لدمشق وريفها أن مقاتلي الجيش الحر استهدفوا مساء أمس بسيارة مفخخة حاجزاً تابعاً لقوات "
        "الأسد في دمر القريبة من العاصمة، ما أوقع قتلى في صفوف النظام. وفي سياق متصل، أعلنت كتائب «أسود الله» "
        "و«السيف الأموي» التابعة للجيش الحر مسؤوليتهما عن هجوم طال مساء الأربعاء محيط مطار دمشق، وتسبب "
        "بانفجارات وحرائق كبيرة.",
        [E("armed_clash", Q("خمسة عشر", 15, None), PL("الشرقوتلي", "Al-Sharqotli", "Rif Dimashq"), "2013-10-25", "شبكة شام الإخبارية", None, note="an attack on a base killing at least fifteen shabiha; the attackers are not named; undated news → the publication day"),
         E("reinforcement", None, PL("القابون", "Qaboun", "Damascus"), "2013-10-25", None, GOV, note="reinforcements massed at a checkpoint of the quarter; the planned storming is an aim, no event"),
         E("armed_clash", None, PL("القابون", "Qaboun", "Damascus"), "2013-10-25", "ناشطون ميدانيون", FSA),
         E("shelling", None, PL("زملكا", "Zamalka", "Rif Dimashq"), "2013-10-25", "ناشطون ميدانيون", None, note="three towns in one telling (a group, the first); who shelled is not said"),
         E("armed_clash", Q("ما لا يقل عن 25", 25, None), None, None, "المرصد السوري لحقوق الإنسان", None, kind="aggregate", note="regime dead over the last three days 'in the area': an aggregate over a period; the area is not named more finely"),
         E("explosion", None, PL("دمر", "Dummar", "Damascus"), "2013-10-24", "المجلس العسكري لدمشق وريفها", FSA, note="a car bomb on a checkpoint the evening before; dead unnumbered"),
         E("armed_clash", None, PL("مطار دمشق", "Damascus International Airport", "Rif Dimashq"), "2013-10-23", "كتائب «أسود الله» و«السيف الأموي»", FSA, note="a claimed attack on the airport's surroundings on Wednesday evening with blasts and fires; the weapon is not said, so armed_clash (a coder could code shelling); the claimants are the source")])


passage("ln06", "2014-10-06", "Al-Wasat (Bahrain), AFP", "Kobani: a night attack repelled with both sides' dead, a suicide attack the day before, shells in the morning | page: http://alwasatnews.com/news/926354.html",
        "أعلن المرصد السوري لحقوق الانسان يوم الاثنين، 6 تشرين الأول/أكتوبر 2014، أن المقاتلين الأكراد تمكنوا "
        "من دحر هجوم شنه تنظيم «داعش» ليلاً على مدينة عين العرب (كوباني) الحدودية، بعد قتال ضارٍ قُتل فيه 19 "
        "مقاتلاً كردياً و27 من عناصر التنظيم. ووصف المرصد ما جرى ليل أمس بأنه أشرس المعارك داخل عين العرب منذ "
        "أن بدأ التنظيم هجومه عليها في 16 أيلول/سبتمبر، موضحاً أن القتلى هم 19 على الأقل من مقاتلي وحدات "
        "حماية الشعب الكردية ومن الكتائب المساندة لها، وما يزيد على 27 من مسلحي «داعش». وكان التنظيم قد هاجم "
        "ليل الأحد – الاثنين الطرفين الشرقي والغربي للمدينة المحاذية لتركيا، إثر هجوم انتحاري نفذته مقاتلة "
        "كردية ضد مواقعه يوم الأحد، ولم يُعرف بعد عدد ضحايا ذلك التفجير. وقال رامي عبد الرحمن، مدير المرصد، "
        "إن مسلحي التنظيم سعوا إلى اقتحام البلدة من جهتيها الشرقية والغربية غير أن المقاتلين الأكراد صدوهم، "
        "لافتاً إلى أن حدة القتال خفّت صباح الاثنين، وإن ظلت القذائف تتساقط على المدينة بين حين وآخر. ويسعى "
        "«داعش» منذ قرابة ثلاثة أسابيع إلى اقتحام عين العرب، وهو ما سيمنحه السيطرة على شريط طويل على امتداد "
        "الحدود بين سوريا وتركيا، فيما تسهم غارات التحالف الدولي الذي تقوده واشنطن في استهداف مواقع التنظيم.",
        [E("armed_clash", Q("19", 19), PL("عين العرب", "Ayn al-Arab (Kobani)", "Aleppo"), "2014-10-05", "المرصد السوري لحقوق الانسان", IS, note="the night attack repelled: both sides' dead with no total written, so the first side numbered (19); the 27 are the other side; «ليل أمس» on a Monday → Sunday night"),
         E("explosion", None, PL("عين العرب", "Ayn al-Arab (Kobani)", "Aleppo"), "2014-10-05", None, None, note="a Kurdish fighter's suicide attack on IS on Sunday, toll unknown; told in the outlet's recall («وكان … قد»), so no source; the town is the place (the sentence calls it the city on the border)"),
         E("shelling", None, PL("عين العرب", "Ayn al-Arab (Kobani)", "Aleppo"), "2014-10-06", "رامي عبد الرحمن", IS, note="intermittent shells on the town on Monday morning; the coalition's help is a habit, no event")])


passage("ln07", "2015-05-25", "Echorouk (Algeria) via Djazairess", "Palmyra after its fall: government raids, an executions tally, bodies in the streets, the battle's toll and captives | page: https://djazairess.com/echorouk/243871",
        "ذكر المرصد السوري لحقوق الإنسان، ومركزه في بريطانيا، أن سلاح الجو السوري شن يوم الاثنين نحو 15 غارة "
        "على تدمر ومحيطها، استهدفت مبانيَ وضع تنظيم الدولة الإسلامية «داعش» يده عليها. وأضاف أن عدد من أعدمهم "
        "التنظيم منذ 16 أيار/مايو الحالي ارتفع إلى 217 شخصاً في أقل تقدير، بينهم أطفال. وكان التنظيم قد سيطر "
        "الأسبوع الماضي على المدينة الأثرية التي تحتضن أطلالاً رومانية ما زالت محفوظة بشكل لافت. وتحدث ناشطون "
        "معارضون عبر مواقع التواصل عن مئات الجثث الملقاة في شوارع تدمر منذ دخول التنظيم إليها، مرجحين أن تعود "
        "لموالين للحكومة. وبحسب المرصد، قتل «داعش» ما لا يقل عن 300 جندي سوري في المعارك التي سبقت سقوط "
        "المدينة، ولا يزال يحتجز داخلها وفي محيطها ما يزيد على 600 أسير من القوات النظامية والمسلحين الموالين "
        "لها. ويُعد سقوط تدمر مكسباً عسكرياً مهماً للتنظيم، لأنها تقع عند تقاطع طرق يقود إلى دمشق وحمص. وأوضح "
        "مدير المرصد رامي عبد الرحمن أن الطائرات الحكومية قصفت أهدافاً منها مستشفى المدينة ومقر المخابرات "
        "العسكرية، في حين نشر مؤيدو «داعش» على الإنترنت مقاطع قالوا إنها تُظهر مسلحيه وهم يجوبون غرف المؤسسات "
        "الحكومية واحدة تلو الأخرى.",
        [E("airstrike", Q("نحو 15", 15, approx=True), PL("تدمر", "Palmyra", "Homs"), "2015-05-25", "المرصد السوري لحقوق الإنسان", GOV, note="about fifteen raids, no dead given: the raids are the figure; the targets named later (hospital, intelligence base) are the same raids"),
         E("casualties", Q("217", 217, None), None, None, "المرصد السوري لحقوق الإنسان", IS, kind="aggregate", note="executions since 16 May: a running toll (executions are casualties, stop 30); the text names no place for them"),
         E("territory_change", None, PL("تدمر", "Palmyra", "Homs"), "2015-W21", None, IS, note="the capture last week, told as the outlet's recall («وكان … قد»); week grain"),
         E("other", Q("مئات", 200, 900, approx=True), PL("تدمر", "Palmyra", "Homs", nth=1), None, "ناشطون معارضون", None, note="bodies lying in the streets (bodies found); undated"),
         E("armed_clash", Q("ما لا يقل عن 300", 300, None), PL("تدمر", "Palmyra", "Homs"), None, "المرصد", IS, kind="aggregate", note="soldiers killed in the days of fighting before the fall: a battle's toll over a period; the 600 captives are part of it, no event of their own")])


passage("ln08", "2015-09-30", "Enab Baladi", "first Russian raids: Talbiseh told by a local league, shells after the raids, a faction's bases and Latamneh hit | page: https://www.enabbaladi.net/47082/قصفٌ-غير-مسبوق-ومن-ارتفاعات-شاهقة-هل-ب/?amp=1",
        "قصفت طائرات حربية يُرجح أنها روسية تلبيسة، المدينة الواقعة في ريف حمص الشمالي، بصواريخ فراغية، يوم "
        "الأربعاء 30 أيلول، موقعةً قتلى وجرحى. وقالت «رابطة أحرار تلبيسة» على صفحتها في فيسبوك إن نحو 20 "
        "شخصاً، بينهم نساء وأطفال، قضوا في غارتين شنهما الطيران الروسي اليوم بثمانية صواريخ فراغية على أحياء "
        "من المدينة تقع بعيداً عن خطوط الجبهة. وأشارت الرابطة إلى أن كثيراً من الجرحى المدنيين ما زالوا "
        "عالقين تحت ركام بيوتهم حتى ساعة كتابة التقرير، وإلى أن قذائف مدفعية سقطت على مواقع الغارات وعلى "
        "أنحاء أخرى من تلبيسة. ونقل ناشطون من المدينة أن الغارات خلّفت دماراً لم تعهده المباني السكنية من "
        "قبل، إذ سُوّيت البيوت المستهدفة بالأرض، مضيفين أن المراصد الجوية في المنطقة التقطت إقلاع طائرات "
        "روسية من مطار اللاذقية. من جهته، أعلن «تجمع العزة»، الذي ينشط في ريف حماة، على صفحته الرسمية أن "
        "سرباً روسياً قصف مقراته هناك، وأمطر مدينة اللطامنة بما يزيد على 20 صاروخاً شديد الانفجار. وروى حسان "
        "الدرويش، المسؤول الإعلامي في التجمع، لعنب بلدي أن السرب الذي أغار على المقر تألف من 4 طائرات، قائلاً "
        "إنها «بدت من طراز حديث، وقصفت من علوّ شاهق جداً».",
        [E("airstrike", Q("نحو 20", 20, approx=True), PL("تلبيسة", "Talbiseh", "Homs"), "2015-09-30", "رابطة أحرار تلبيسة", RUS, note="two raids, eight vacuum missiles; the dead are the figure; the lead names no source and the league's next sentence tells the same raids (stop 30 carry-back)"),
         E("shelling", None, PL("تلبيسة", "Talbiseh", "Homs", nth=2), "2015-09-30", "الرابطة", None, note="artillery shells on the raid sites afterwards: another act; who fired is not said"),
         E("airstrike", None, PL("ريف حماة", "Hama countryside", "Hama"), "2015-09-30", "تجمع العزة", RUS, note="a Russian squadron (four planes, per the group's media officer) on the faction's bases; only the region is given"),
         E("airstrike", Q("ما يزيد على 20", 20, None), PL("اللطامنة", "Al-Lataminah", "Hama"), "2015-09-30", "تجمع العزة", RUS, note="more than 20 missiles: the missiles are the figure (no dead told)")])


passage("ln09", "2016-09-26", "Al-Masdar (via microsyria)", "aid convoys into besieged towns under the Fuaa-Zabadani deal, trucks and contents counted | page: https://microsyria.com/2016/09/27/قوافل-المساعدات-تصل-إلى-مضايا-والزبدا",
        "المساعدات تبلغ مضايا والزبداني\n"
        "سلمى يوسف – المصدر\n"
        "دخلت يوم الأحد 25 أيلول/سبتمبر، أي أمس، شاحنات تحمل مواد غذائية وطبية إلى مضايا وبقين، وإلى مدينة "
        "الزبداني، في الريف الغربي لدمشق، التي يطوقها «حزب الله» وقوات النظام، وفي الوقت ذاته وصلت مساعدات "
        "إلى كفريا والفوعة بريف إدلب، اللتين يحاصرهما «جيش الفتح»، تطبيقاً لاتفاق «الفوعة – الزبداني». وتألفت "
        "القافلة المتجهة إلى مضايا وبقين من 48 شاحنة حمل بعضها بقوليات وسكراً، وبعضها الآخر طحيناً (800 كيس، "
        "زنة كل منها 15 كيلوغراماً)، في حين خلت السلال من الملح ومعلبات التونة. وضمت الحمولة كذلك، بحسب "
        "ناشطين من مضايا، مواد طبية وإسعافية وحاضنتين للأطفال، بينما نقلت شاحنات أخرى قرطاسية وحقائب مدرسية "
        "وثياباً شتوية للصغار، وكمية محدودة من حليب الرضع لا تسد الحاجة سوى أيام معدودة. أما الزبداني فدخلتها "
        "4 شاحنات محملة بـ200 سلة غذائية. واحتوت السلة الواحدة على 5 كيلوغرامات من السكر ومثلها من الحمص، و8 "
        "من العدس و3 من الفاصولياء و9 من البرغل و10 من الأرز، إضافة إلى 6 ليترات من الزيت. وفي المقابل، "
        "أُدخلت الكمية ذاتها من الغذاء إلى كفريا والفوعة المحاصرتين من «جيش الفتح»، وتواترت أنباء عن وصولها "
        "إلى البلدتين. ويُشار إلى أن المساعدات لم تصل إلى هذه المناطق منذ أربعة أشهر.",
        [E("other", Q("48", 48), PL("مضايا", "Madaya", "Rif Dimashq", nth=1), "2016-09-25", None, None, note="an aid convoy into a besieged town (other); 48 trucks to Madaya and Baqin (a group, the first); sacks and baskets are contents, not figures"),
         E("other", Q("4", 4, nth=1), PL("الزبداني", "Az-Zabadani", "Rif Dimashq", nth=3), "2016-09-25", None, None, note="four trucks with 200 baskets; the place is the town named in the sentence"),
         E("other", None, PL("كفريا", "Kafriya", "Idlib"), "2016-09-25", None, None, note="the same quantity into the two towns besieged by Jaish al-Fatah (a group, the first); the last aid four months before is background")])


passage("ln10", "2016-10-09", "Al-Hal (7al.net)", "north-east Hama: clashes with both sides' dead told by an activist, a hundred raids, shelling from a base, villages taken earlier | page: https://7al.net/2016/10/09/حماة-مقتل-30-عنصراً-للنظام-خلال-المعارك/",
        "حماة – الحل\n"
        "اندلعت مساء أمس مواجهات عنيفة على محاور عدة في ريف حماة الشمالي الشرقي بين قوات النظام وفصائل "
        "المعارضة، إثر محاولة القوات الحكومية انتزاع مزيد من القرى، وخلّفت عشرات القتلى والجرحى في صفوف "
        "الجانبين. وذكر الناشط الإعلامي ماهر العبدالله لموقع «الحل» أن القوات الحكومية تسعى إلى التقدم على "
        "جبهات الكبارية ومعان وأم حارتين وقبيبات أبو الهدى، فتصدّت لها فصائل المعارضة، مضيفاً أن الاشتباكات "
        "انتهت بمقتل 30 عنصراً من القوات النظامية وإصابة آخرين، ومقتل سبعة من مقاتلي المعارضة وجرح غيرهم، من "
        "دون أن يحرز المهاجمون أي تقدم على تلك الجبهات. وأوضح الناشط أن المعارك ترافقت مع أكثر من مئة غارة "
        "نفذها الطيران الحربي الروسي والسوري على مناطق المعارضة في ريف حماة عموماً، ولا سيما ريفها الشمالي "
        "الشرقي، علاوة على مئات القذائف المدفعية والصاروخية التي أطلقتها قوات النظام من مواقعها في مطار حماة "
        "العسكري وجبل زين العابدين، ما ألحق دماراً كبيراً بالممتلكات. وكانت القوات الحكومية قد بسطت سيطرتها "
        "في وقت سابق من يوم أمس على قرى الشعثة والقاهرة وكراح وخفسين والطليسية والجنينة، وعلى حواجز عدة "
        "حولها، عقب معارك مع الفصائل.",
        [E("armed_clash", Q("30", 30), PL("الكبارية", "Al-Kabariyah", "Hama"), "2016-10-08", "الناشط الإعلامي ماهر العبدالله", GOV, note="a failed advance on four fronts (a group, the first village); both sides' dead with no total, so the first side numbered (30), the seven opposition dead are the other side; the activist is a private person (renamed)"),
         E("airstrike", Q("أكثر من مئة", 100, None), PL("ريف حماة", "Hama countryside", "Hama", nth=1), "2016-10-08", "الناشط الإعلامي ماهر العبدالله", RUS, note="over a hundred Russian and Syrian raids on the countryside; only the region; the source carries over «وأوضح الناشط»"),
         E("shelling", Q("مئات", 200, 900, approx=True), PL("ريف حماة", "Hama countryside", "Hama", nth=1), "2016-10-08", "الناشط الإعلامي ماهر العبدالله", GOV, note="hundreds of shells fired from the airport and Zain al-Abidin hill: the firing positions are not the place; the targets are the same countryside"),
         E("territory_change", None, PL("الشعثة", "Al-Shaatha", "Hama"), "2016-10-08", None, GOV, note="six villages and checkpoints taken earlier the same day (a group, the first); the outlet's recall («وكانت … قد»), no source")])


passage("ln11", "2017-12-06", "SMART (via microsyria)", "north-east Hama: three failed advances on three days told by an operations room's commander and the agency | page: https://microsyria.com/2017/12/06/عشرون-قتيلا-لقوات-النظام-باشتباكات-مع/",
        "مقتل عشرين عنصراً من قوات النظام بمعارك مع «الحر» وكتائب إسلامية شمالي حماة\n"
        "سمارت – حماة\n"
        "لقي عشرون عنصراً من قوات النظام السوري، بينهم ضابط، مصرعهم حين تصدّت كتائب إسلامية والجيش السوري "
        "الحر لمحاولتها الفاشلة للتقدم نحو قريتي بليل وربدة، على بعد 49 كيلومتراً شمال شرقي حماة. ونقلت وسائل "
        "إعلام تابعة لـ«هيئة تحرير الشام»، ليل الثلاثاء – الأربعاء، عن قائد عسكري في «غرفة عمليات ريف حماة "
        "الشمالي» يُكنّى «أبو عمر الحموي» أن المعارك مع قوات النظام امتدت أكثر من خمس ساعات مساء أمس، وانتهت "
        "بمقتل عشرين من عناصرها وإعطاب رشاش من عيار 23 ملم. وأضاف القائد أن قوات النظام مهّدت لهجومها بقصف "
        "بالأسلحة الثقيلة، ترافق مع غارات نفذتها طائرات حربية «مجهولة الهوية» على المنطقة، ولم يذكر شيئاً عن "
        "خسائر مقاتلي غرفة العمليات، التي تجمع كتائب إسلامية وفصائل من الجيش الحر. ويوم الثلاثاء، لقي أربعة "
        "عناصر من قوات النظام حتفهم وجُرح آخرون في مواجهات مع «تحرير الشام»، حين تصدت الأخيرة لمحاولة تقدمهم "
        "نحو قريتي الشاكوسية والرهجان، على بعد 70 كيلومتراً شمال شرقي حماة. وقبل يومين، كان أكثر من 15 عنصراً "
        "من قوات النظام قد قُتلوا في محاولة تقدم فاشلة أخرى على أطراف بليل صدّتها «تحرير الشام»، وسط غارات "
        "جوية وقصف مدفعي على قرى وبلدات شرقي حماة.",
        [E("armed_clash", Q("عشرون", 20), PL("بليل", "Balil", "Hama"), "2017-12-05", "قائد عسكري في «غرفة عمليات ريف حماة الشمالي»", GOV, note="a failed advance on two villages (a group, the first); the twenty dead are the figure; «مساء أمس» told on Tuesday–Wednesday night → Tuesday; source: the commander HTS media relays (stop 34)"),
         E("shelling", None, PL("بليل", "Balil", "Hama"), "2017-12-05", "القائد", GOV, note="heavy weapons before the assault: an act of its own the commander adds"),
         E("airstrike", None, PL("بليل", "Balil", "Hama"), "2017-12-05", "القائد", None, note="raids by 'unknown' jets on the area: no actor"),
         E("armed_clash", Q("أربعة", 4), PL("الشاكوسية", "Al-Shakusiyah", "Hama"), "2017-12-05", None, GOV, note="another failed advance on Tuesday against HTS (a group of two villages, the first)"),
         E("armed_clash", Q("أكثر من 15", 15, None), PL("بليل", "Balil", "Hama", nth=1), "2017-12-04", None, GOV, note="two days before: a third failed advance; the air and artillery shelling on villages east of Hama told with it is not coded apart (only a region, told as its setting)")])


passage("ln12", "2018-04-13", "Syria TV", "Douma evacuees arriving north: today's and yesterday's convoys, a running total, the deal recalled | page: https://www.syria.tv/وصول-17-حافلة-من-مهجري-مدينة-دوما-إلى-ريف-حلب-الشمالي",
        "17 حافلة تقل مهجّرين من دوما تصل إلى ريف حلب الشمالي\n"
        "تلفزيون سوريا – خاص، 13 نيسان 2018\n"
        "وصلت مساء اليوم سابع دفعة من المهجّرين من دوما إلى أطراف مدينة الباب في ريف حلب الشرقي. وأفاد مراسل "
        "تلفزيون سوريا بأن مخيم شبيران القريب من قباسين في ريف الباب استقبل 17 حافلة، على أن يُوزَّع ركابها "
        "على مساجد عمر بن عبد العزيز والهادي وفاطمة الزهراء، وعلى مدرسة عبد الإله في مدينة الباب. وكانت دفعة "
        "مؤلفة من 38 حافلة قد وصلت أمس، وعلى متنها 1477 شخصاً منهم 583 طفلاً و353 امرأة، ووُزّع هؤلاء على "
        "مراكز إيواء مؤقتة في مدينتي اعزاز والباب. وتخطى عدد من هُجّروا من ريف دمشق 63 ألف شخص، قدموا من "
        "القدم، الحي الدمشقي، ومن حرستا وبلدة عربين في القطاع الأوسط من الغوطة الشرقية، ومن دوما أيضاً. ولا "
        "تزال قوافل المهجّرين من دوما تتوالى، إذ يُنتظر أن تبلغ مدينة الباب دفعة جديدة تضم نحو 100 حافلة، "
        "بحسب مراسلنا. وكان «جيش الإسلام» والجانب الروسي قد أبرما، الأحد الماضي، اتفاقاً نهائياً ينص على خروج "
        "مقاتلي «الجيش» مع أسرهم ومن يرغب من المدنيين نحو الشمال السوري، وعلى دخول الشرطة العسكرية الروسية "
        "بصفة «ضامن» يحول دون دخول القوات النظامية وأجهزة الأمن، فضلاً عن تسوية أوضاع من يختارون البقاء في "
        "دوما.",
        [E("other", Q("17", 17, nth=1), PL("دوما", "Douma", "Rif Dimashq", nth=1), "2018-04-13", "مراسل تلفزيون سوريا", None, note="the seventh evacuation convoy from Douma: the town left is the place, the camp reached is not (set 1's p12); 17 buses, no people counted"),
         E("other", Q("1477", 1477), PL("دوما", "Douma", "Rif Dimashq", nth=1), "2018-04-12", "مراسل تلفزيون سوريا", None, note="yesterday's convoy of 38 buses: the people are the figure; children and women a breakdown; the reporter files the whole item"),
         E("other", Q("63 ألف", 63000, None), PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), None, "مراسل تلفزيون سوريا", None, kind="aggregate", note="a running total of people displaced from the province (bound by a verb: low 63000, open); the towns are a breakdown; the 100 buses expected are future, no event"),
         E("agreement", None, PL("دوما", "Douma", "Rif Dimashq", nth=4), "2018-04-08", None, FSA, note="Jaish al-Islam's deal with Russia last Sunday: the outlet's recall («وكان … قد»), no source; placed at Douma, the town it concerns")])


passage("ln13", "2019-10-28", "Bawaba Syria", "Daraa: an abduction for ransom, a failed one, a tally since June with its military part | page: https://bawaba-sy.com/2019/10/28/ارتفاع-عمليات-الخطف-في-درعا-بغرض-الحصو/",
        "يتصاعد في محافظة درعا خطف الأشخاص طلباً للفدية، في ظل انفلات أمني يضرب مناطق عدة منها منذ أن استعادت "
        "قوات الأسد السيطرة عليها قبل ما يزيد على عام. ونقل المرصد السوري لحقوق الإنسان عن مصادر أن جهة "
        "مجهولة خطفت شاباً من بلدة ناحتة في ريف درعا، ثم طالبت عائلته بمبلغ مالي لقاء إطلاقه. وأضاف أن "
        "مجهولين حاولوا خطف شابين من بلدة الكرك الشرقي أثناء عودتهما من مدينة السويداء عبر الطرق الزراعية، "
        "لكنهما نجحا في الفرار، وأصيب أحدهما برضوض وجروح بعدما قفز من سيارة الخاطفين. ولفت المرصد إلى أن "
        "الهجمات وعمليات الخطف ومحاولات الاغتيال، التي تنوعت بين زرع العبوات والألغام وتفخيخ الآليات وإطلاق "
        "الرصاص، تجاوزت 148 محاولة منذ حزيران الفائت، وأودت بحياة 102 شخص منهم 11 مدنياً. وتتعرض حواجز قوات "
        "الأسد ومقارها في بلدات المحافظة ومدنها مؤخراً لهجمات طالت أيضاً القوات الروسية وأوقعت في صفوفها قتلى "
        "وجرحى، وبلغت حصيلة القتلى وفقاً للمرصد نحو 91 من عناصر النظام والمسلحين الموالين له، ومن مقاتلي "
        "الفصائل الذين أبرموا «تسويات ومصالحات»، ومن عناصر الفيلق الخامس الذي شكّلته روسيا. يُذكر أن قوات "
        "الأسد أحكمت قبضتها على المحافظة بأكملها في تموز 2018.",
        [E("arrest", None, PL("ناحتة", "Nahtah", "Daraa"), "2019-10-28", "المرصد السوري لحقوق الإنسان", UNK, note="an abduction for ransom is an arrest (as set 73); undated news → the publication day; the failed abduction at Karak al-Sharqi is attempted, no event"),
         E("casualties", Q("102", 102), PL("درعا", "Daraa", "Daraa"), None, "المرصد", None, kind="aggregate", note="a tally since June of attacks and attempts of several kinds (148 attempts): casualties aggregate, the dead as its figure; the ~91 military dead told after are inside the 102 (11 civilians + 91): a breakdown, no event")])


passage("ln14", "2020-01-29", "Rozana", "Maarat al-Numan taken, villages around it taken in two days, displacement told by a response team, a glued link | page: https://www.rozana.fm/ar/news/2020/01/29/بعد-تصعيد-عسكري-قوات-النظام-تسيطر-على-معرة-النعمان-جنوبي-إدلب",
        "أحكمت قوات النظام السوري، مدعومةً من روسيا، سيطرتها على مدينة معرة النعمان بالكامل في ريف إدلب "
        "الجنوبي ليلة الثلاثاء – الأربعاء، إثر معارك عنيفة خاضتها مع فصائل المعارضة، بحسب ما أفاد به مراسل "
        "«روزنة». وبيّن المراسل أن هذه القوات اقتحمت المدينة مساء أمس الثلاثاء بعدما استولت على محيطها، "
        "فاندلعت اشتباكات مع الفصائل تحت غطاء من القصف الجوي، انتهت بسيطرتها على المدينة كلها. وخلال اليومين "
        "الأخيرين، استولت قوات النظام على قرية بابيلا شمال معرة النعمان، وعلى معرشمشة ومعرشورين شرقها، وعلى "
        "كفروما غربها، ما مهّد لها الطريق لدخول المدينة بعد أن طوّقتها من ثلاث جهات. وذكر فريق «منسقو استجابة "
        "سوريا»، يوم الثلاثاء، أن آلافاً من سكان مدن ريف إدلب وقراه هجروا بيوتهم متجهين نحو الحدود مع تركيا "
        "في الساعات الماضية، بينما كانت قوات النظام تقترب من إحكام قبضتها على المدينة. ونبّه الفريق إلى قسوة "
        "الأوضاع التي يعانيها المدنيون في ظل تدني درجات الحرارة، وتعذر إيجاد مسكن أو خيمة بسبب موجات النزوح "
        "الواسعة التي تدفقت على المنطقة خلال الشهرين الأخيرين، واكتظاظ الشريط الحدودي بالنازحين.\n"
        "اقرأ أيضاً: واشنطن تطالب النظام وحلفاءه بوقف العمليات العسكرية في الشمال السوري",
        [E("territory_change", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2020-01-28", "مراسل «روزنة»", GOV, note="the city taken on Tuesday–Wednesday night after clashes under air cover: the clashes and raids are the taking's own telling; Russia backs it"),
         E("territory_change", None, PL("بابيلا", "Babila", "Idlib"), None, "مراسل «روزنة»", GOV, note="four villages around the city over the last two days (a group, the first); the outlet's reporter files the whole item; no single day"),
         E("other", Q("آلافاً", 2000, 9000, approx=True), PL("ريف إدلب", "Idlib countryside", "Idlib", nth=1), "2020-01-28", "فريق «منسقو استجابة سوريا»", None, note="thousands displaced toward the border (other); the glued «اقرأ أيضاً» headline is not coded")])


passage("ln15", "2021-08-06", "Radio Al-Kul", "Daraa al-Balad siege: shelling of two places, a road closed, the UN's displacement figure and call | page: https://radioalkul.com/p403303",
        "قصف متواصل على درعا البلد و18 ألف نازح في قرابة عشرة أيام\n"
        "النظام يحكم الطوق على المدنيين ويغلق بالسواتر الترابية طريق «حاجز السرايا»\n"
        "أصيب مدنيون بجروح في أحياء درعا البلد المحاصرة جراء مواصلة قوات النظام قصف المناطق السكنية، في وقت "
        "أحصت فيه الأمم المتحدة نزوح ما يزيد على 18 ألف مدني هرباً من القصف والحصار. وأفاد «تجمع أحرار حوران» "
        "عبر منصاته الرسمية بأن ميليشيات الفرقة الرابعة قصفت أمس الخميس، 5 آب، الأحياء المأهولة في درعا "
        "البلد، موقعةً إصابات بين المدنيين، كما طال قصف مماثل بلدة ناحتة في ريف المحافظة الشرقي وأصاب شاباً "
        "بجروح. وعلاوة على ذلك، أقفلت قوات النظام بالتراب عصر أمس طريق «حاجز السرايا»، لتمنع النازحين من "
        "مغادرة الأحياء المحاصرة بسياراتهم. ووفقاً لإحصاءات الأمم المتحدة، تخطى عدد من غادروا منذ 28 تموز "
        "المنصرم أحياء درعا البلد 18 ألف مدني، توجهوا إلى درعا المحطة والمناطق القريبة منها، وأقام المئات "
        "منهم في المدارس. ووصفت المنظمة الدولية ما تشهده درعا حالياً بأنه «أخطر مواجهة منذ عام 2018»، أي منذ "
        "استعاد النظام السيطرة على المحافظة باتفاق تسوية برعاية روسية، وطالبت بالسماح بإيصال المساعدات "
        "الإنسانية وتيسير وصولها سريعاً ومن دون عراقيل.",
        [E("shelling", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=2), "2021-08-05", "تجمع أحرار حوران", GOV, note="the Fourth Division's shelling of the quarters on Thursday; wounded, no figure; the lead's wounded are the same shelling"),
         E("shelling", None, PL("ناحتة", "Nahtah", "Daraa"), "2021-08-05", "تجمع أحرار حوران", GOV, note="a like shelling of another town in the same report; one young man wounded"),
         E("other", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=2), "2021-08-05", None, GOV, note="a siege road closed with earth mounds; a coder who codes only violence would leave it out"),
         E("other", Q("ما يزيد على 18 ألف", 18000, None), PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=1), None, "الأمم المتحدة", None, kind="aggregate", note="displaced since 28 July (headline, lead and body tell it): an aggregate over a period"),
         E("statement", None, PL("درعا", "Daraa", "Daraa", nth=5), "2021-08-06", "المنظمة الدولية", None, note="the UN's call for humanitarian access (stop 32); the 2018 settlement is background")])


passage("ln16", "2022-11-22", "Syria TV", "rockets on Azaz told by three tellings with two tolls, shells on a Turkish border village, Turkish strikes on Kobani, a drone strike, a glued tweet | page: https://syria.tv/قتلى-بقصف-لقسد-على-اعزاز-رداً-على-غارات-تركية-على-عين-العرب",
        "أودى قصف صاروخي انطلق من مناطق خاضعة لقوات النظام السوري و«قوات سوريا الديمقراطية» (قسد) بحياة خمسة "
        "أشخاص، بينهم طفل، في مدينة اعزاز شمالي حلب. وأوضح مراسل تلفزيون سوريا أن صواريخ أُطلقت من مناطق "
        "«قسد» سقطت على اعزاز اليوم الثلاثاء، فقتلت ثلاثة مدنيين من مهجّري مدينة سراقب في ريف إدلب، أحدهم "
        "طفل، وجرحت خمسة آخرين. أما الدفاع المدني السوري فذكر أن الصواريخ أصابت سوقاً شعبية وأحياء سكنية في "
        "المدينة، مخلّفةً خمسة قتلى مدنيين، منهم طفل واثنان لم تُعرف هويتهما، وخمسة جرحى. وفي عنتاب، قال "
        "مراسل تلفزيون سوريا إن قذائف أُطلقت من الأراضي السورية سقطت على قرقميش، القرية الحدودية في الولاية، "
        "وأسفرت عن جرحى من المدنيين. وتزامن ذلك مع ثلاث ضربات جوية نفذها الطيران التركي على محيط عين العرب "
        "(كوباني) الخاضعة لـ«قسد» في ريف حلب الشرقي.\n"
        "تلفزيون سوريا على تويتر، 22 تشرين الثاني/نوفمبر 2022: قتلى وجرحى في اعزاز بريف حلب جراء قصف مصدره "
        "«قسد».\n"
        "غارات تركية\n"
        "وأفاد مصدر محلي، اليوم الثلاثاء، موقع تلفزيون سوريا بأن طائرة مسيّرة تركية ضربت مقراً يتبع «القوات "
        "الخاصة بمكافحة الإرهاب» قرب استراحة الوزير.",
        [E("shelling", Q("خمسة", 5), PL("اعزاز", "Azaz", "Aleppo"), "2022-11-22", "مراسل تلفزيون سوريا", SDF, note="rockets on a market and houses: the lead's five is the first toll written; the reporter's three and the civil defence's five are other tellings, and so is the glued tweet; the lead names no source, the reporter's next sentence does"),
         E("shelling", None, PL("قرقميش", "Karkamis", None, "Turkey"), "2022-11-22", "مراسل تلفزيون سوريا", None, note="shells from Syria on a Turkish border village: the place abroad is where they fell; wounded, no figure; the shooter is not named"),
         E("airstrike", Q("ثلاث", 3, nth=2), PL("عين العرب", "Ayn al-Arab (Kobani)", "Aleppo"), "2022-11-22", "مراسل تلفزيون سوريا", TUR, note="three Turkish strikes; the outlet's reporter files the item"),
         E("airstrike", None, PL("استراحة الوزير", "Istirahat al-Wazir", "Al-Hasakah"), "2022-11-22", "مصدر محلي", TUR, note="a drone strike on a counter-terrorism forces' base")])


passage("ln17", "2023-07-28", "Syria TV", "a Turkish drone strike on an SDF camp (combined killed-and-wounded headline), a second strike the day before | page: https://www.syria.tv/معسكرات-قسد-تحت-نيران-المسيرات-التركية-مقتل-وجرح-10-عناصر-شمالي-الحسكة?amp",
        "مسيّرات تركية تضرب معسكرات «قسد».. عشرة قتلى وجرحى شمالي الحسكة\n"
        "تلفزيون سوريا – الحسكة، 28 تموز 2023\n"
        "قصفت طائرة مسيّرة تركية، مساء يوم الجمعة، معسكراً في ريف الحسكة الشمالي يتبع «قوات سوريا "
        "الديمقراطية» (قسد)، فقتلت وجرحت ما يزيد على 10 عناصر. وأوضح مصدر مطلع، في حديث لموقع «تلفزيون "
        "سوريا»، أن المسيّرة أطلقت أربعة صواريخ على أكاديمية عسكرية تتبع «قسد» بقرية «خربة خوي» المجاورة "
        "لعامودا بريف الحسكة، فقُتل أربعة عناصر في الحال وأصيب أكثر من ستة. ونقلت سيارات الإسعاف القتلى "
        "والجرحى إلى مستشفى عامودا، بينما أخلت «قسد» المعسكر كلياً، على ما أفاد المصدر نفسه، الذي أوضح أن "
        "«قسد» قلّصت أعداد عناصرها في المعسكر على مدى الشهرين الأخيرين تحسباً لاستهدافه، وأنه كان يضم نحو ٢٠٠ "
        "مقاتل يتلقون تدريبات عسكرية متنوعة قبل إخلائه جزئياً.\n"
        "ثاني ضربة في يوم واحد\n"
        "وتُعد هذه الضربة الثانية من نوعها في محافظة الحسكة خلال ٢٤ ساعة، ففي يوم أمس الخميس لقي 3 من عناصر "
        "«قسد» حتفهم، بينهم قيادي، وأصيب 4 آخرون، منهم امرأتان، حين استهدفت مسيّرة تركية سيارتين عسكريتين في "
        "المحافظة.",
        [E("airstrike", Q("أربعة", 4, nth=1), PL("خربة خوي", "Khirbet Khwei", "Al-Hasakah"), "2023-07-28", "مصدر مطلع", TUR, note="the headline's 'more than 10 killed and wounded' is combined; the dead are four; six wounded; the camp's size and its evacuation are no events"),
         E("airstrike", Q("3", 3, nth=1), PL("الحسكة", "Al-Hasakah", "Al-Hasakah", nth=4), "2023-07-27", None, TUR, note="the strike the day before on two vehicles: only the province is given")])


passage("ln18", "2025-07-14", "urkishnews.com", "Suwayda: a ministry's toll of clashes in a quarter, its announcement, a governor's and a religious body's statements, a glued tweet | page: https://urkishnews.com/?p=20694",
        "السويداء – أعلنت وزارة الداخلية السورية يوم الاثنين، في حصيلة غير نهائية، أن ما يزيد على 30 شخصاً "
        "قُتلوا ونحو 100 أصيبوا في مواجهات مسلحة بين مجموعات محلية وأخرى عشائرية في المقوّس، أحد أحياء مدينة "
        "السويداء. وقالت الوزارة، في بيان بثته على منصة «إكس»، إن هذا التصعيد الخطير نتج عن غياب مؤسسات "
        "الدولة، ما فاقم الفوضى وأفلت زمام الوضع الأمني، مبينةً أن وحدات من قوى الأمن ستتدخل تدخلاً مباشراً، "
        "بالتنسيق مع وزارة الدفاع، لإنهاء الاقتتال وبسط الاستقرار وتعقّب المتسببين بالأحداث.\n"
        "(تغريدة لوزارة الداخلية السورية، 14 تموز 2025: بيان حول ما شهدته السويداء من أحداث مؤسفة)\n"
        "وحثّت الوزارة الأطراف المحلية كافة على التعاون مع عناصر الأمن الداخلي، والتحلي بضبط النفس واللجوء "
        "إلى الحوار، مؤكدة أن إطالة النزاع لا تخدم سوى الفوضى وتضاعف معاناة المدنيين. بدوره، دعا محافظ "
        "السويداء مصطفى البكور إلى «ضبط النفس وتحكيم العقل»، مشدداً على أن الدولة لن تتساهل في حماية "
        "مواطنيها، في حين استنكرت الرئاسة الروحية للمسلمين الموحدين الدروز، في بيان، الاشتباكات، ونبّهت إلى "
        "«فتنة خفية»، ودعت إلى صون الدماء وإعادة الأمن.",
        [E("armed_clash", Q("ما يزيد على 30", 30, None), PL("المقوّس", "Al-Maqwas", "As-Suwayda"), "2025-07-14", "وزارة الداخلية السورية", None, note="local and tribal groups fighting in a quarter; about 100 wounded; the day of the fighting is not told, so the day of the ministry's toll"),
         E("statement", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-14", "وزارة الداخلية السورية", NEWGOV, note="the ministry's statement announcing a direct intervention (future) and calling for restraint: one statement; the glued tweet is its own telling"),
         E("statement", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-14", "محافظ السويداء مصطفى البكور", NEWGOV, note="the governor's call (stop 32)"),
         E("statement", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-14", "الرئاسة الروحية للمسلمين الموحدين الدروز", None, note="the Druze spiritual leadership's statement condemning the clashes")])


passage("ln19", "2025-08-03", "Gulf365, relaying AFP and SOHR", "Suwayda: renewed clashes with a raised toll, the July week's toll recalled, a glued related headline | page: https://news.gulf365.net/gulf/13149035/ارتفاع-عدد-القتلى-إلى-4-من-المستفيد-من-تجدد-القتال-في-السويداء؟.html",
        "أخبار ذات صلة: سوريا.. قوات الأمن تعيد بسط سيطرتها على مناطق عدة في ريف السويداء\n"
        "3 قتلى من عناصر الأمن.. وخرق لوقف إطلاق النار\n"
        "الدمام، الأحد 3 آب/أغسطس 2025 – كتب سامح عادل: بلغت حصيلة القتلى 4 أشخاص على الأقل يوم الأحد، مع "
        "عودة العنف إلى محافظة السويداء ذات الأكثرية الدرزية في جنوب سوريا، على الرغم من وقف إطلاق النار الذي "
        "أُعلن أواخر تموز/يوليو الماضي إثر أعمال عنف ذات طابع طائفي، بحسب المرصد السوري لحقوق الإنسان. وقبل "
        "الهدنة، دارت في السويداء مواجهات بين عشائر بدوية سنية ومسلحين من الدروز، اتسع نطاقها بعد تدخل القوات "
        "الحكومية وتوافد مقاتلين من العشائر من مختلف المحافظات السورية لمؤازرة البدو. وقد وضع وقف النار، الذي "
        "سرى مفعوله في 20 تموز/يوليو، حداً لأسبوع من القتال أسفر عن مقتل ما يزيد على 1400 شخص، غالبيتهم من "
        "الدروز، وفق المرصد، غير أن التوتر لا يزال مخيماً والوصول إلى المحافظة عسيراً. وفي أول عودة للعنف "
        "الدموي منذ سريان الهدنة، قُتل 3 من أفراد قوات الأمن السورية في مواجهات مع فصائل درزية مسلحة عند محور "
        "تل حديد بالريف الغربي للمحافظة، كما أفاد المرصد السوري، الذي كان قد أعلن في وقت سابق مقتل أحد عناصر "
        "تلك الفصائل.",
        [E("armed_clash", Q("4", 4, None), PL("تل حديد", "Tal Hadid", "As-Suwayda"), "2025-08-03", "المرصد السوري لحقوق الإنسان", NEWGOV, note="the first renewed clash: three security men and, told earlier by the monitor, one faction member; the raised toll (at least 4) is the clash's total"),
         E("casualties", Q("ما يزيد على 1400", 1400, None), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), None, "المرصد", None, kind="aggregate", note="the July week of fighting (13-20 July) recalled with its toll: several kinds of act, so casualties; the ceasefire of 20 July is background; the glued related headline is not coded")])


passage("ln20", "2025-11-14", "Al-Manshar", "Tartus: a ministry announces a cell's arrest, its spokesman's details, alleged past killings | page: https://elmanshar.com/2025/11/14/الأمن-السوري-يوقف-خلية-إرهابية-مرتبطة",
        "الأمن السوري يفكك خلية مرتبطة بالحرس الثوري الإيراني وبقايا النظام السابق ويضبط أسلحة كثيرة\n"
        "أعلنت وزارة الداخلية السورية، الخميس 14 تشرين الثاني/نوفمبر 2025، إلقاء القبض على ما وصفتها بـ«خلية "
        "إرهابية خطيرة» تنشط في محافظة طرطوس، في عملية نفذها جهاز الأمن الداخلي بالاشتراك مع مديرية مكافحة "
        "الإرهاب، وقالت إن عناصر الخلية يرتبطون بالحرس الثوري الإيراني وبفلول النظام السابق، ولهم ارتباطات "
        "خارجية عديدة. وأوضح نور الدين البابا، الناطق باسم الوزارة، أن رأس الخلية، ويدعى عبد الرحيم نصّار، "
        "يُعد من أبرز أذرع الحرس الثوري في سوريا، وقد اعتُقل برفقة عدد من أبنائه وأتباعه. وبيّن البابا أن "
        "التحقيقات أظهرت أن نصّار أدار في حي الأعظمية مركزاً لنشر الفكر المتطرف واستمالة الشبان وطلاب "
        "الجامعات والمدارس الثانوية، وسخّره لأنشطة أمنية تخدم إيران والنظام البائد على حساب السوريين. وتابع "
        "المتحدث أن العملية انتهت بمصادرة كميات ضخمة من الأسلحة والذخائر والمواد المتفجرة، إلى جانب وثائق "
        "وملفات رقمية تكشف تفاصيل عمل الخلية. وأظهرت التحقيقات الأولية، بحسب الوزارة، أن أفراد المجموعة "
        "ضالعون في أعمال عدائية وعمليات اغتيال طالت أكثر من عشرين مدنياً، وأنهم قاتلوا في صفوف ميليشيات "
        "طائفية مدعومة من الخارج.",
        [E("arrest", None, PL("طرطوس", "Tartus", "Tartus"), "2025-11-14", "وزارة الداخلية السورية", NEWGOV, note="a cell's leader with followers and sons, unnumbered; the Azamiya centre is where he worked, not the arrest place; the killings of more than twenty civilians are undated allegations, no event; the leader is renamed")])


passage("ln21", "2025-11-25", "Al Jazeera Net, relaying SANA", "Suwayda: a checkpoint attacked, hostages freed last Saturday, an inquiry commission's findings, background of July | page: https://www.aljazeera.net/news/2025/11/25/عاجل-سانا-عن-مصدر-أمني-مقتل-رجل-أمن?traffic_source=rss",
        "أفاد اليوم الثلاثاء مصدر أمني سوري بأن عنصراً من قوى الأمن الداخلي قُتل وأصيب اثنان آخران في الريف "
        "الغربي لمحافظة السويداء جنوب سوريا. وأوضح المصدر للوكالة العربية السورية للأنباء (سانا) أن حاجزاً "
        "أمنياً في ريف المحافظة الغربي تعرّض لهجوم شنته «مجموعات خارجة عن القانون»، ما أسفر عن سقوط قتيل "
        "وجريحين. وكانت قوى الأمن الداخلي في السويداء قد أعلنت السبت الماضي أنها حررت مواطنَين اثنين خُطفا "
        "قبل قرابة شهر ونصف، وأن ذلك تم إثر عملية رصد ومتابعة محكمة. وتعيش محافظة السويداء منذ 19 تموز/يوليو "
        "الماضي في ظل وقف لإطلاق النار، جاء بعد أسبوع من الاشتباكات المسلحة بين عشائر بدوية ومجموعات درزية، "
        "خلّف مئات القتلى والجرحى. وفي 17 تشرين الثاني/نوفمبر الحالي، كشفت اللجنة الوطنية السورية للتحقيق في "
        "أحداث السويداء عن أحدث ما خلصت إليه تحقيقاتها، وتعهدت بمساءلة جميع المتورطين في الانتهاكات التي "
        "عرفتها المحافظة في تموز/يوليو. وأكد القاضي حاتم النعسان، الذي يرأس اللجنة، في مؤتمر صحفي عقده بمقر "
        "وزارة الإعلام في دمشق، أن المؤتمر يجسّد تمسك اللجنة بواجبها القانوني في إظهار الحقيقة وتحديد "
        "المسؤوليات وإنصاف الضحايا والمتضررين. وكانت شرارة الاضطرابات في المحافظة مواجهات انخرطت فيها عشائر "
        "بدوية.",
        [E("armed_clash", None, PL("الريف الغربي لمحافظة السويداء", "Western As-Suwayda countryside", "As-Suwayda"), "2025-11-25", "مصدر أمني سوري", None, note="a checkpoint attacked by unnamed groups: one dead (singular, no figure) and two wounded"),
         E("other", Q("اثنين", 2), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2025-11-22", "قوى الأمن الداخلي في السويداء", NEWGOV, note="two hostages freed last Saturday (a release, other); the abduction six weeks earlier has no day: not coded"),
         E("statement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=3), "2025-11-17", "اللجنة الوطنية السورية للتحقيق في أحداث السويداء", NEWGOV, note="the inquiry commission's findings and pledge (its head's words are the same statement); the July fighting's dead-and-wounded is background, not coded")])


def main() -> None:
    write("gold113.jsonl", P113)


if __name__ == "__main__":
    main()
