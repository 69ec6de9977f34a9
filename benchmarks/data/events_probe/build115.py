"""Build gold115.jsonl: held-out set 115 (ids lp01…), written in stop 41 by writer w115 BEFORE any run on it.

21 whole articles (headline where the page had one, lead, body with several incidents, sources, tolls, background
and glued extras), each the paraphrase of ONE real page found in the search tool's `pages` corpus (queried in
Arabic), years 2011-2025, 20 outlets: Egyptian, Emirati, Algerian, Palestinian, Saudi and Gulf papers (Al-Masry
Al-Youm, Al-Ittihad, Al Bayan, Al-Ahrar, Al-Riyadh, Raya, The New Khalij, Al-Bawaba), international services
(Deutsche Welle Arabic, Al Jazeera Net), the monitor itself (SOHR), Syrian official and local media (Tishreen,
Syria Press, Athr Press, Hibr Press, Radio Alkul), Al-Mashhad, Al-Hekmah and an Iranian-run agency (ABNA).
Subjects: stormings with raids and arrests, protests fired on with town tolls, shelling of a quarter with rising
tolls, a car bomb and a rocket, a town taken and a recalled taking, a suicide bombing with a front's round-up, a
coalition strike, a medical evacuation with a release, villages taken with running tolls and refugee figures,
raids over lists of towns, settlements, an Israeli raid, an arrest campaign after tribal clashes, IS attacks, the
2024 offensive, attacks on the new authorities' checkpoints and the 2025 Suwayda fighting.
Every sentence was rewritten (no run of five words, names aside, is shared with its page: checked by script
against the page text, which was kept outside the repository); the incidents, their order, places, figures,
dates, sources and hedges are the page's; private people's names are invented. Each passage's `style` ends with
the page's address (URL-decoded where it was encoded). Where the page text gave no day, the `published` day is
estimated from its content and the style says so.
Gold follows news_dev's README and the events_probe README's stop 28, 30, 32, 34 and 41 conventions. Offsets are
computed by build.build and checked.

    python benchmarks/data/events_probe/build115.py      # rewrites gold115.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P115: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P115.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("lp01", "2011-05-09", "Al-Masry Al-Youm", "tanks into a southern town with house raids, a recalled Friday rally there; troops "
        "into protest quarters of Homs; Banias cut off | page: https://today.almasryalyoum.com/news/details/1825045",
        "دبابات الجيش السوري تتوغل في طفس جنوباً وتقتحم أحياء محتجة في حمص\n"
        "توغلت أمس قطعات من الجيش السوري تساندها المدرعات في طفس، البلدة القريبة من درعا في سهل حوران جنوبي البلاد، "
        "فيما اقتحم الجيش عند فجر اليوم ذاته أحياء محتجة في المدينة الصناعية بحمص، وسط سوريا، ومضى في عملياته "
        "ببانياس المطلة على البحر المتوسط، بحسب ما أورده ناشطون حقوقيون.\n"
        "ودخلت طفس ثماني دبابات على أقل تقدير، وروى سكان من البلدة أنهم سمعوا إطلاق رصاص، وأن جنوداً وعناصر من "
        "الأجهزة الأمنية يدهمون البيوت بحثاً عن الشبان لاعتقالهم، وذلك عقب تجمّع آلاف من أبناء قرى حوران في البلدة "
        "يوم الجمعة الفائت هاتفين بإسقاط الرئيس بشار الأسد.\n"
        "وفي حمص، تقدّم الجنود المتمركزون بدباباتهم في قلب المدينة منذ الجمعة الماضية، فجر أمس، نحو أحياء تشهد "
        "تظاهرات، منها باب السباع وباب عمرو، بعدما قُطع التيار الكهربائي وخطوط الهاتف، وذكر ناشط أن أصوات الرشاشات "
        "الثقيلة دوّت في الحيين.\n"
        "أما في بانياس الساحلية، فذكر رامي عبد الرحمن، الذي يدير المرصد السوري لحقوق الإنسان، بأن بانياس باتت مقطوعة "
        "تماماً عن العالم.",
        [E("arrest", None, PL("طفس", "Tafas", "Daraa", nth=1), "2011-05-08", "سكان من البلدة", GOV,
           note="TYPE CALL: the storming of the town is coded by its concrete act, house raids to arrest young men "
                "(no number); the eight tanks are the incursion's strength, not a figure of the raids (a second coder "
                "could add a reinforcement with 8). Source: the residents of the act's own sentence"),
         E("protest", Q("آلاف", 1000, 9000, True), PL("طفس", "Tafas", "Daraa", nth=2), "2011-05-06", None, PROT,
           note="a recalled rally with its place and crowd (stop 41: coded, background); «يوم الجمعة الفائت» before "
                "Monday's page → 6 May; the outlet's own recall"),
         E("reinforcement", None, PL("باب السباع", "Bab al-Sebaa", "Homs"), "2011-05-08", "ناشط", GOV,
           note="troops with tanks moved into protest quarters: a deployment, placed at the first quarter of the list; "
                "no clash and no casualties told. Source: the activist of the paragraph (the lead's rights activists "
                "tell it too); Banias' «continued operations» and its isolation are a state, not coded")])

passage("lp02", "2011-08-25", "Deutsche Welle Arabic", "raids and arrests, a woman killed in a village under tank fire, "
        "burned houses, two dead the day before, the authorities' toll of soldiers "
        "| page: http://www.dw-world.de/ar/سوريا-حملات-اعتقال-ومداهمات-وسقوط-قتلى-من-المدنيين-والعسكريين/a-15343230",
        "سوريا: دهم واعتقالات في مدن عدة وقتلى بين المدنيين والجنود\n"
        "قال ناشطون وحقوقيون سوريون إن أجهزة الأمن شنت حملات دهم واعتقال طالت عدداً من المدن، وإن دبابات فتحت "
        "نيرانها بلا تمييز في دير الزور فقتلت امرأة، فيما تحمّل السلطات «جماعات إرهابية» مسؤولية مقتل ثمانية من "
        "العسكريين.\n"
        "وأوضح المرصد السوري لحقوق الإنسان، في بيان أصدره الخميس الموافق 25 من آب/أغسطس، أن امرأة لقيت حتفها بعدما أصابتها رصاصة في "
        "الشحيل، القرية الواقعة بريف دير الزور شرقي البلاد، أثناء العمليات العسكرية والأمنية الجارية هناك. وتابع "
        "المرصد أن النار أُضرمت في منازل بالشحيل والبصيرة، وهما بلدتان تنتشر فيهما أعداد كبيرة من الجنود وعناصر "
        "الأمن، شأنهما شأن قرى أخرى محاذية لمدينة الميادين. وذكر أن عناصر أمنية دهمت صباح اليوم عدداً كبيراً من "
        "البيوت داخل الميادين، لافتاً إلى أن اثنين من المواطنين قُتلا في المدينة نفسها أمس الأربعاء.\n"
        "ونقلت رويترز عن ناشط حقوقي من المنطقة أن أولى الروايات الواردة من الأهالي تشير إلى عشرات الدبابات التي أخذت "
        "تطلق النار عشوائياً حين اقتحمت البلدة مع بزوغ الفجر، مضيفاً أن الشحيل كانت ناشطة جداً في الاحتجاجات.",
        [E("casualties", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2011-08-25", "المرصد السوري لحقوق الإنسان", GOV,
           note="a known force firing on a civilian outside a protest (stop 30, ACLED): casualties; singular, no figure. "
                "The lead's tank fire in Deir ez-Zor and the activist's tanks storming the village at dawn are tellings "
                "of the same assault; the village is the most specific place; dated by the page (reported as today)"),
         E("armed_clash", Q("ثمانية", 8), None, "2011-08-25", "السلطات", UNK,
           note="the authorities blame «terrorist groups» for eight soldiers' deaths: a killing by armed men "
                "(stop 30), no place given; the authorities are the source"),
         E("other", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor", nth=1), "2011-08-25", "المرصد السوري لحقوق الإنسان", GOV,
           note="houses burned in two towns: property destruction coded as other, placed at the first town; a coder "
                "who folds it into the assault would leave it out"),
         E("arrest", None, PL("الميادين", "Al-Mayadin", "Deir ez-Zor", nth=1), "2011-08-25", "المرصد السوري لحقوق الإنسان",
           GOV, note="house raids this morning, no number; «ذكر» goes on with the monitor's report"),
         E("casualties", Q("اثنين", 2), PL("الميادين", "Al-Mayadin", "Deir ez-Zor", nth=1), "2011-08-24",
           "المرصد السوري لحقوق الإنسان", None,
           note="two killed the day before with no act told: casualties; «أمس الأربعاء» → the 24th")])

passage("lp03", "2011-08-31", "Al-Ittihad (UAE)", "fire on Eid prayers' protests with town tolls, a 24-hour national toll, a "
        "siege with raids, an assassination, more rallies "
        "| page: https://www.aletihad.ae/article/80659/2011/7-قتلى-بينهم-طفل-«عيدية»-قوات-الأمن-للمحتجين-في-سوريا",
        "سبعة قتلى بينهم طفل برصاص الأمن السوري في أول أيام العيد\n"
        "قُتل سبعة أشخاص، من بينهم طفل، أمس حين أطلقت قوات الأمن السورية الرصاص لتفريق احتجاجات مناهضة للنظام انطلقت "
        "عقب صلاة عيد الفطر في مدن كثيرة، لتبلغ حصيلة القتلى 24 في غضون يوم واحد. وتواصل في الأثناء الطوق العسكري "
        "المفروض على الرستن قرب حمص، حيث فُتّشت البيوت بيتاً بيتاً، في ظل التباس بشأن ما ستجرّه انشقاقات الجنود في "
        "المنطقة، فيما أفاد ناشطون باغتيال ضابط متقاعد في ريف إدلب كان له دور محوري في ترتيب فرار العسكريين من الجيش.\n"
        "وجاء في بيان لاتحاد تنسيقيات الثورة السورية أن أربعة من السبعة الذين سقطوا في اليوم الأول من العيد، ومنهم "
        "فتى عمره ثلاثة عشر عاماً، قُتلوا في بلدة الحارة، واثنين في إنخل، وكلتاهما في ريف درعا، عندما أطلقت القوات "
        "النار على المحتجين لدى خروجهم من الجوامع، أما السابع فقُتل في حمص. وأضاف البيان أن مظاهرات كثيرة انطلقت بعد "
        "الصلاة، فقد احتشد جمع كبير في درعا، وخرج صغار داعل في ريف درعا مرتدين الأكفان بدلاً من ثياب العيد.",
        [E("protest", Q("أربعة", 4), PL("الحارة", "Al-Harah", "Daraa"), "2011-08-30", "اتحاد تنسيقيات الثورة السورية", PROT,
           note="fire on protesters leaving mosques: one protest event per town with its dead (stop 30/34); the lead's "
                "seven is the sum of the three towns' tolls (4+2+1), so no event of its own. Page of the 31st (stamped "
                "30 Aug 23:55 for the next day's paper): «أمس» = the first day of Eid, 30 August. Not coded: the "
                "siege of Rastan with house searches (a state; no arrest told)"),
         E("protest", Q("اثنين", 2), PL("إنخل", "Inkhil", "Daraa"), "2011-08-30", "اتحاد تنسيقيات الثورة السورية", PROT,
           note="the second town of the statement's breakdown"),
         E("protest", None, PL("حمص", "Homs", "Homs", nth=1), "2011-08-30", "اتحاد تنسيقيات الثورة السورية", PROT,
           note="the seventh dead in Homs: a protest fired on, singular, no figure"),
         E("casualties", Q("24", 24), None, "2011-08-30", None, GOV, kind="aggregate",
           note="a 24-hour national toll beside the protests: an aggregate (stop 30); no source named → outlet"),
         E("armed_clash", None, PL("ريف إدلب", "Idlib countryside", "Idlib"), "2011-08-31", "ناشطون", UNK,
           note="an assassination of a retired officer: a killing by armed men (stop 30); undated, the item's news → "
                "the page's day"),
         E("protest", None, PL("درعا", "Daraa", "Daraa", nth=1), "2011-08-30", "اتحاد تنسيقيات الثورة السورية", PROT,
           note="a large rally in Daraa, no crowd numbered, no fire told; «وأضاف البيان» carries the Union"),
         E("protest", None, PL("داعل", "Dael", "Daraa"), "2011-08-30", "اتحاد تنسيقيات الثورة السورية", PROT,
           note="children marching in shrouds: a protest of its own place")])

passage("lp04", "2011-09-11", "Al-Ahrar (Algeria, via Djazairess)", "a city's day toll with a shelling inside it, a Friday toll, "
        "the Arab League chief's message, a checkpoint's shooting, a village raid with arrests, a woman shot, troops massing "
        "| page: https://djazairess.com/alahrar/24840",
        "لقي 14 شخصاً حتفهم أمس في مدينة حمص السورية، سقط 12 منهم بقصف طال المدينة، في حين تواصلت حملات الدهم "
        "والاعتقال، وذلك غداة مقتل ما لا يقل عن 13 شخصاً، بينهم طفل وفتى قاصر، خلال «جمعة الحماية الدولية»، ومضيّ المتظاهرين في "
        "المطالبة بتنحي الرئيس بشار الأسد. وفي الأثناء حطّ الأمين العام لجامعة الدول العربية نبيل العربي في دمشق "
        "للتباحث مع الأسد، حاملاً إلى النظام رسالة صريحة بشأن موقف الجامعة مما يجري، تشدد على وجوب وقف العنف والمضي "
        "في إصلاحات عاجلة. وبحسب «الهيئة العامة للثورة السورية»، سقط 13 قتيلاً في أنحاء سوريا، اثنا عشر منهم "
        "بقصف نفذه الجيش على حي بابا عمرو بحمص. من جهته، تحدث المرصد السوري لحقوق الإنسان عن مقتل شاب في قرية خان السبل أمس "
        "برصاص أطلقه عناصر حاجز أمني جنوبي مدينة سراقب في ريف إدلب، وأضاف أن قوات من الأمن والجيش دهمت صباح "
        "السبت قرية هيت المحاذية للحدود مع لبنان، فحطمت أثاث عدد من البيوت واعتقلت تسعة أشخاص. أما لجان التنسيق "
        "المحلية فتحدثت عن امرأة قُتلت فجر الجمعة بإطلاق نار جنوبي سراقب، وعن حشود عسكرية تتجمع على أطراف المدينة.",
        [E("shelling", Q("12", 12), PL("بابا عمرو", "Baba Amr", "Homs"), "2011-09-10", "الهيئة العامة للثورة السورية", GOV,
           note="the shelling told twice (the lead's 12 in Homs, the Commission's twelve in Baba Amr): one event at the "
                "quarter, figure the first written; the Commission's sentence tells it most fully, so it is the source"),
         E("casualties", Q("14", 14), PL("حمص", "Homs", "Homs"), "2011-09-10", None, None, kind="aggregate",
           note="the city's day toll (14) is more than the shelling's 12: an aggregate beside it (stop 34); the lead "
                "names no source → outlet. The lead's ongoing raids and arrests in Homs are not an incident"),
         E("protest", Q("13", 13), None, "2011-09-09", None, PROT, kind="aggregate",
           note="Friday «of international protection»: a national protest day told by its dead (no crowd numbered), no "
                "place; low 13, open high («على الأقل»)"),
         E("casualties", Q("13", 13, nth=1), None, "2011-09-10", "الهيئة العامة للثورة السورية", None, kind="aggregate",
           note="the Commission's national toll for Saturday (13) holds the shelling's twelve and one more: an aggregate "
                "beside the incident (stop 34). A second coder could read it as the Homs toll told again"),
         E("statement", None, None, "2011-09-10", None, None,
           note="the Arab League secretary-general brings the League's call to stop the violence and reform: a named "
                "body's call (stop 32); no place it concerns beyond the country (Damascus is where he lands)"),
         E("casualties", None, PL("خان السبل", "Khan al-Subul", "Idlib"), "2011-09-10", "المرصد السوري لحقوق الإنسان", GOV,
           note="a checkpoint's fire on a young man: a known force firing on a civilian outside a protest → "
                "casualties (stop 30, ACLED); singular, no figure"),
         E("arrest", Q("تسعة", 9), PL("هيت", "Hit", "Homs"), "2011-09-10", "المرصد السوري لحقوق الإنسان", GOV,
           note="a raid with nine arrests; «وأضاف» carries the monitor"),
         E("armed_clash", None, PL("سراقب", "Saraqib", "Idlib", nth=1), "2011-09-09", "لجان التنسيق المحلية", UNK,
           note="a woman killed by gunfire, shooter not named: armed_clash (stop 30); «فجر الجمعة» → the 9th"),
         E("reinforcement", None, PL("سراقب", "Saraqib", "Idlib", nth=1), "2011-09-10", "لجان التنسيق المحلية", GOV,
           note="troops massing at the town's edges: a reinforcement placed where the force gathers")])

passage("lp05", "2011-10-18", "Al-Masry Al-Youm (relaying AFP)", "raids across cities, armoured fire on a town, the day "
        "before's clash with defectors, a besieged village, a list of suburbs with arrests "
        "| page: https://lens.almasryalyoum.com/news/details/119043",
        "سوريا: الأمن يعتقل العشرات والمدرعات تطوّق القرى\n"
        "قال ناشطون في مجال حقوق الإنسان إن خمسة أشخاص أصيبوا أثناء حملات أمنية بريف حمص في وسط سوريا، فيما دهمت "
        "الأجهزة الأمنية السورية صباح الثلاثاء مدناً عدة واعتقلت العشرات، ومنهم ناشطون.\n"
        "وأفاد المرصد السوري لحقوق الإنسان بأن مدرعات نقل الجند تطوف في شوارع القصير بريف حمص وتطلق النار على كل ما "
        "يتحرك، ولا سيما راكبو الدراجات النارية، فأصيب خمسة أشخاص. ولفت المرصد إلى انقطاع الكهرباء والخطوط الأرضية "
        "والخلوية عن القصير منذ ظهر الثلاثاء.\n"
        "وكانت المدينة قد عاشت يوم الإثنين، وحتى وقت متأخر من الليل، مواجهات ضارية بين الجيش وقوى الأمن من جهة "
        "ومسلحين يُرجَّح أنهم عسكريون منشقون من جهة أخرى، قُتل فيها ما لا يقل عن سبعة جنود نظاميين وجُرح العشرات، "
        "وفق المرصد.\n"
        "وبحسب لجان التنسيق المحلية، فإن أبل، القرية الواقعة بريف حمص، مطوّقة من كل الجهات، ويُسمع فيها إطلاق نار كثيف "
        "بالتزامن مع دهم البيوت واعتقالات بلا تمييز.\n"
        "أما في ريف دمشق فقد تحدثت لجان التنسيق المحلية، ومعها المرصد، عن حملة اعتقال واسعة شملت سقبا وحمورية وكفربطنا وجسرين ومديرة "
        "ومسرابا، وفي الأجزاء الشرقية من حرستا ودوما وعربين.",
        [E("casualties", None, PL("القصير", "Al-Qusayr", "Homs"), "2011-10-18", "المرصد السوري لحقوق الإنسان", GOV,
           note="armoured carriers firing on anything that moves, five wounded: a known force firing on civilians → "
                "casualties; the injured are never the figure (stop 30). The lead's five wounded in the Homs "
                "countryside is the same incident; the cut of power and phones is a state, not coded"),
         E("armed_clash", Q("سبعة", 7, None), PL("القصير", "Al-Qusayr", "Homs", nth=1), "2011-10-17",
           "المرصد السوري لحقوق الإنسان", None,
           note="Monday's clash with suspected defectors: figure the seven soldiers («ما لا يقل عن»: low 7, open); a "
                "recall in «وكانت … قد» but the monitor is named in its own sentence"),
         E("arrest", None, PL("أبل", "Abil", "Homs"), "2011-10-18", "لجان التنسيق المحلية", GOV,
           note="a village encircled, heavy fire, raids and random arrests: coded by the arrests (no number)"),
         E("arrest", None, PL("سقبا", "Saqba", "Rif Dimashq"), "2011-10-18", "لجان التنسيق المحلية", GOV,
           note="one campaign told for a list of suburbs: placed at the first. FIGURE CALL: the lead's «العشرات» "
                "arrested in «several cities» is the summary of the raids told below, not an event of its own; a "
                "second coder could code it as an arrest aggregate (dozens) with the rights activists as source")])

passage("lp06", "2012-02-08", "Al-Riyadh (via Sauress), relaying AFP", "a quarter shelled all morning, the monitor's toll "
        "raised, a field doctor's wounded, an activist's telling (page undated; February 2012 by its content, the day "
        "estimated) | page: https://sauress.com/alriyadh/708565",
        "ذكر المرصد السوري لحقوق الإنسان أن 24 شخصاً في الأقل لقوا حتفهم صباح أمس جراء قصف شنه الجيش السوري على "
        "حمص، المدينة التي يلقبها المحتجون بـ«عاصمة الثورة». وقال المرصد في بيان إن حصيلة من قضوا في القصف المتواصل "
        "على حي بابا عمرو منذ ساعات الصباح بلغت 23، مشيراً إلى أن بعض الجثث احترقت كلياً. وكان رامي عبد الرحمن، مدير "
        "المرصد، قد تحدث في اتصال سابق أمس عن 12 قتيلاً في بابا عمرو وقتيل في الخالدية، منبهاً إلى أن العدد قد يزداد "
        "لأن عائلتين في الحي ما زالتا تحت الركام. وأوضح طبيب ميداني في بابا عمرو يدعى سامر الحمصي أن «عدد المصابين "
        "لدينا وصل إلى 54، وثمة آخرون تحت الأنقاض»، مضيفاً أن القصف خفّ نسبياً خلال الليل، ثم عاد مركّزاً على الحي منذ "
        "الساعة الخامسة فجراً، مستخدماً صواريخ قادرة على اختراق أكثر من جدار. وقال ناشط يدعى وسيم العمر، في اتصال عبر سكايب "
        "أجراه صباح أمس من داخل الحي، إن الصواريخ «تنهال على الحي بلا انقطاع»، وإنه لا يسمع تبادلاً لإطلاق الرصاص، أي أن القوات "
        "لم تحاول حتى الآن اقتحامه. وأضاف أن السكان يلوذون بالطوابق السفلية لغياب الملاجئ، وأن بيوتاً أصابها القصف "
        "امتلأت بجثث محترقة وأشلاء، واصفاً شوارع الحي صباح أمس بأنها خالية وقد عمّها الخراب.",
        [E("shelling", Q("24", 24), PL("بابا عمرو", "Baba Amr", "Homs"), "2012-02-07", "المرصد السوري لحقوق الإنسان", GOV,
           note="one shelling of the city told with the monitor's tolls (an earlier 12+1, then 23 in Baba Amr, 24 in "
                "Homs): one event, the figure the first and highest written (24, «في الأقل»: low 24); placed at the "
                "quarter the text names for it (the one death in Khalidiya is part of it); the 54 wounded are not the "
                "figure. Date: «صباح أمس» before the estimated page day")])

passage("lp07", "2014-04-29", "Al-Riyadh (via Sauress), relaying AFP", "a car bomb and a rocket half an hour later at the same "
        "roundabout, the governor's breakdown, the monitor's telling with its own toll, background "
        "| page: https://sauress.com/alriyadh/931575",
        "لقي 45 شخصاً مصرعهم وأصيب 85 آخرون بانفجار سيارة ملغومة أعقبه سقوط صاروخ محلي الصنع على حي في حمص تسيطر "
        "عليه القوات الحكومية، وفق ما صرّح به المحافظ طلال البرازي لوكالة فرانس برس. وأوضح البرازي أن السيارة كانت "
        "متوقفة في منطقة العباسية بحي الزهراء، وأن انفجارها أودى بحياة 36 شخصاً وجرح 75، ثم هوى صاروخ محلي الصنع على "
        "الموقع ذاته فقتل تسعة وجرح عشرة، متوقعاً أن ترتفع الحصيلة لأن بعض الجرحى في حال حرجة. وبيّن أن الصاروخ ارتطم بالأرض "
        "عقب نصف ساعة من التفجير الأول في بقعة كانت تغص بالناس، لافتاً إلى أن دوار العباسية يعجّ عادة بالمارة. في المقابل، "
        "تحدث المرصد السوري لحقوق الإنسان عبر البريد الإلكتروني عن انفجار سيارتين مفخختين في هذا الحي ذي الغالبية "
        "العلوية، وعن دويّ انفجار ثالث لم يُحسم إن كان سببه سيارة ثالثة أم قذيفة صاروخية، وأحصى 37 قتيلاً، منهم أطفال "
        "ونساء، وقرابة 80 جريحاً. يُذكر أن حمص، ثالثة كبريات المدن السورية، كانت من أبرز معاقل الاحتجاج على النظام منذ "
        "منتصف آذار 2011، قبل أن يستعيد النظام معظم أحيائها في حملات عنيفة سقط فيها المئات، فيما لا يزال المقاتلون "
        "يتحصنون في أحياء محاصرة منذ قرابة عامين.",
        [E("explosion", Q("36", 36), PL("العباسية", "Al-Abbasiya", "Homs"), "2014-04-29", "المحافظ طلال البرازي", None,
           note="the car bomb, with the governor's breakdown (36 of the 45); the area inside al-Zahra is the most "
                "specific place. The lead's 45 is the sum of the two acts listed (36+9), no event of its own (stop 34). "
                "The monitor's two car bombs and 37 dead are its telling of the same blasts; unclaimed, no actor; "
                "dated by the page (told as today's news)"),
         E("shelling", Q("تسعة", 9), PL("العباسية", "Al-Abbasiya", "Homs"), "2014-04-29", "المحافظ طلال البرازي", None,
           note="the home-made rocket that hit the same spot half an hour later: a second act with its own dead; no "
                "firer named. The closing background (years of campaigns, besieged quarters) is not coded: no one act")])

passage("lp08", "2015-04-25", "The New Khalij, relaying Anadolu and Al-Araby Al-Jadeed", "a town taken by a coalition, the "
        "regime's state agency denying it, a local activist's telling, a recalled taking of the provincial capital "
        "| page: https://thenewkhalij.news/article/13329/المعارضة-السورية-تسيطر-على-مدينة-جسر-الشغور-بعد-معارك-عنيفة",
        "المعارضة السورية تنتزع جسر الشغور بعد قتال ضارٍ\n"
        "أفاد ناشطون سوريون اليوم السبت بأن فصائل المعارضة أحكمت قبضتها كلياً على مدينة جسر الشغور في محافظة إدلب، "
        "شمال غرب البلاد، بعد أقل من شهر من سيطرتها على إدلب، عاصمة المحافظة.\n"
        "وبحسب ما صرح به الناشطون للأناضول، فإن فصائل يغلب عليها الطابع الإسلامي، في مقدمتها جبهة النصرة، ومعها حركة أحرار "
        "الشام، وتنضوي في غرفة عمليات مشتركة تحمل اسم «جيش الفتح»، بسطت سيطرتها على المدينة صباح السبت إثر معارك شرسة "
        "خاضتها أياماً مع قوات النظام.\n"
        "في المقابل، لم يقرّ النظام بخسارة المدينة حتى الساعة 8:15 بتوقيت غرينتش، إذ نقلت وكالة «سانا» الرسمية عن مصدر "
        "عسكري لم تسمّه ولم تذكر صفته أن وحدات الجيش تخوض قتالاً شديداً ضد «التنظيمات الإرهابية» داخل جسر الشغور وما "
        "حولها بريف إدلب.\n"
        "وقال الناشط الإعلامي الإدلبي بلال العمر للعربي الجديد إن عناصر جيش الفتح أتموا قبل قليل السيطرة على المدينة، "
        "في معارك انتهت بسقوط كثير من عناصر النظام قتلى وبانسحاب آخرين نحو بلدة جورين بريف حماة.",
        [E("territory_change", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2015-04-25", "ناشطون سوريون", HTS,
           note="the taking told three times (activists, Anadolu's relay, a local activist): one event; the agent is "
                "the Jaysh al-Fath room led by Jabhat al-Nusra (a second coder could name the opposition factions); "
                "the regime's many dead are unnumbered (no figure). The state agency's «fierce fighting» is the "
                "other side's telling of the same battle, no event"),
         E("territory_change", None, PL("إدلب", "Idlib", "Idlib", nth=1), None, "ناشطون سوريون", HTS,
           note="recalled taking of the provincial capital less than a month before: one act with its place (stop 41), "
                "background, no day given → no date")])

passage("lp09", "2016-09-04", "Syrian Observatory for Human Rights", "a suicide motorbike at a checkpoint with a raised toll "
        "and breakdown, a front's clashes, barrels, mortars, a count of air raids over a list of towns, shelling (page "
        "undated in the excerpt; late summer 2016 by its content, the day estimated) "
        "| page: https://www.syriahr.com/14-على-الأقل-قتلهم-عنصر-من-تنظيم-الدولة-ا/182859/",
        "حصيلة تفجير انتحاري بريف حلب الشمالي ترتفع إلى 14 في الأقل، ومعارك ضارية عند الكليات العسكرية\n"
        "أعلن المرصد السوري لحقوق الإنسان أن عدد من قضوا بلغ 14 بعدما فجّر أحد عناصر تنظيم «الدولة الإسلامية» "
        "نفسه بدراجة نارية عند حاجز للفصائل المقاتلة في الخلفتلي، القرية الواقعة شمالي حلب، وهم 11 مقاتلاً من الفصائل "
        "وثلاثة مدنيين. وفي جنوب حلب، تتواصل المعارك العنيفة على جبهة الكليات العسكرية قرب الراموسة، بين قوات النظام "
        "ومقاتلي حزب الله اللبناني ومسلحين موالين يحملون جنسيات سورية وعربية وآسيوية في طرف، وفي الطرف المقابل جبهة "
        "فتح الشام، ومعها الحزب الإسلامي التركستاني، إلى جانب فصائل مقاتلة وإسلامية ومقاتلين من الأوزبك. وفي المدينة، رمت مروحيات النظام براميل "
        "متفجرة عدة على حي المشهد فأصيب عدد من الأشخاص، بينما أطلق التنظيم قذائف هاون على أنحاء من مدينة مارع الخاضعة "
        "للفصائل في الريف الشمالي، موقعاً جرحى. كذلك شنت مقاتلات حربية أربع غارات في الأقل على بلدة المنصورة في الريف "
        "الغربي، وعلى بلدتي بيانون وحيان في الريف الشمالي، وتزامن ذلك مع قصف قوات النظام لأطراف من بيانون.",
        [E("explosion", Q("14", 14, nth=1), PL("الخلفتلي", "Al-Khalfatli", "Aleppo"), "2016-09-04",
           "المرصد السوري لحقوق الإنسان", IS,
           note="a suicide bomber on a motorbike at a faction checkpoint: explosion, the raised toll 14 (11 fighters and "
                "3 civilians a breakdown); the headline's 14 is the same figure"),
         E("armed_clash", None, PL("الكليات العسكرية", "Military Colleges (Aleppo)", "Aleppo", nth=1), "2016-09-04",
           "المرصد السوري لحقوق الإنسان", None,
           note="the front at the military colleges near Ramouseh: the named site is the place (a second coder could "
                "take الراموسة); no losses numbered; two coalitions, no agent"),
         E("airstrike", None, PL("المشهد", "Al-Mashhad", "Aleppo"), "2016-09-04", "المرصد السوري لحقوق الإنسان", GOV,
           note="helicopter barrels on a quarter, wounded only: no figure («عدة» is no number)"),
         E("shelling", None, PL("مارع", "Mare'", "Aleppo"), "2016-09-04", "المرصد السوري لحقوق الإنسان", IS,
           note="mortars on a town, wounded only: no figure"),
         E("airstrike", Q("أربع", 4, None), PL("المنصورة", "Al-Mansoura", "Aleppo"), "2016-09-04",
           "المرصد السوري لحقوق الإنسان", None,
           note="at least four raids told for a list of towns: one act placed at the first town; «في الأقل»: low 4, "
                "open; warplanes not attributed (no actor)"),
         E("shelling", None, PL("بيانون", "Bayanoun", "Aleppo", nth=1), "2016-09-04", "المرصد السوري لحقوق الإنسان", GOV,
           note="the regime's shelling of the town alongside the raids: another act and actor")])

passage("lp10", "2017-08-21", "Athr Press", "a coalition strike on a quarter with a large toll, a local page's count of shells, "
        "the monitor's raids and front lines, a British monitor's background (page undated in the excerpt; August 2017 "
        "by its content, the day estimated) | page: https://athrpress.com/التحالف-الأمريكي-يبيد-مدنيي-الرقة/أثر-اليوم",
        "ما يزيد على ثلاثة وأربعين مدنياً، من بينهم نساء وأطفال، قضوا في غارة لطائرات التحالف الدولي استهدفت حارة الجميلي "
        "بمدينة الرقة في شمال سوريا.\n"
        "وفي السياق ذاته، نشرت «الرقة تذبح بصمت» عبر صفحتها في فيسبوك أن ما يزيد على 90 قذيفة انهالت على الرقة منذ "
        "مساء يوم السبت.\n"
        "من جانبه، ذكر المرصد السوري المعارض أن طائرات حربية شنت ضربات على أنحاء من مدينة الرقة، تزامنت مع ضربات "
        "أخرى على مناطق تقع إلى الشمال منها، في وقت تدور فيه مواجهات بين «قوات سوريا الديمقراطية» مدعومة بقوات التحالف "
        "الدولي من جهة، وتنظيم «داعش» من جهة ثانية، على جبهات حول الفرقة 17 ومزرعة حطين، بينما تسعى قوات «غضب الفرات» "
        "إلى إحراز تقدم هناك.\n"
        "ويُشار إلى أن منظمة «أيروورز» البريطانية ترى أن أعداد المدنيين الذين قتلتهم ضربات التحالف في العراق "
        "وسوريا تفوق بأضعاف الأرقام التي يعلنها الجيش الأمريكي في بياناته.",
        [E("airstrike", Q("ثلاثة وأربعين", 43, None), PL("حارة الجميلي", "Harat al-Jumaili", "Raqqa"), "2017-08-21",
           None, COAL,
           note="one coalition strike on a quarter: the dead are the figure (a bound by «أكثر من»: low 43, open); no "
                "source named → outlet; undated, the item's news → the (estimated) page day"),
         E("shelling", Q("90", 90, None), PL("الرقة", "Raqqa", "Raqqa", nth=2), "2017-08-19", "«الرقة تذبح بصمت»", None,
           note="more than 90 shells on the city since Saturday evening: shells are the act's own count; the firer is "
                "not named; dated by «مساء يوم السبت» (a second coder could use the page day)"),
         E("airstrike", None, PL("الرقة", "Raqqa", "Raqqa", nth=3), "2017-08-21", "المرصد السوري المعارض", None,
           note="the monitor's warplane raids on parts of the city and north of it: no dead, no count, no air force named; "
                "a second coder could fold it into the coalition strike above"),
         E("armed_clash", None, PL("الفرقة 17", "Division 17 base", "Raqqa"), "2017-08-21", "المرصد السوري المعارض", SDF,
           note="SDF with coalition support against IS on fronts around the named base (stop 28: the base is the place; "
                "17 is a name, never a figure). The Airwars comparison is the outlet's background, not a statement")])

passage("lp11", "2017-12-30", "Al-Bawaba News", "the last batch of a medical evacuation from a besieged enclave, an earlier "
        "batch recalled, detainees freed in exchange | page: https://albawabhnews.com/2872877",
        "أتمّت اللجنة الدولية للصليب الأحمر ومنظمة الهلال الأحمر العربي السوري نقل الدفعة الثالثة، وهي الأخيرة، من "
        "المرضى الذين كانوا عالقين في الغوطة الشرقية، التي تعد أوسع منطقة محاصرة في سوريا، والقريبة من العاصمة دمشق، "
        "وذلك تنفيذاً لاتفاق أُبرم مع الحكومة السورية في هذا الشأن.\n"
        "وأوضح رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان، يوم أمس الجمعة، أن الدفعة الأخيرة ضمّت 12 مريضاً "
        "أُخرجوا من الغوطة الشرقية بُعيد منتصف الليل بوقت قصير.\n"
        "وتابع أن هؤلاء المرضى الاثني عشر نُقلوا إلى مستشفيات العاصمة لتلقي العلاج، وأن 17 غيرهم كانوا قد أُجلوا من "
        "المنطقة ذاتها يوم الأربعاء الفائت.\n"
        "وفي المقابل، وعملاً بالاتفاق المعقود مع دمشق، أفرج مسلحو «جيش الإسلام»، الفصيل الذي يبسط سيطرته على المنطقة، "
        "عن 26 شخصاً كانوا محتجزين لديهم، وسلّموهم إلى السلطات السورية، لقاء إخراج أصحاب الحالات الحرجة والأمراض "
        "الخطيرة من الغوطة.",
        [E("other", Q("12", 12), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), "2017-12-29", "رامي عبد الرحمن", None,
           note="a medical evacuation (other, as earlier sets): the last batch of 12; the lead's completion is the same "
                "act; the next sentence's monitor head comes back to it (stop 30). After midnight, told on Friday → "
                "the 29th"),
         E("other", Q("17", 17), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq", nth=1), "2017-12-27", "رامي عبد الرحمن",
           None, note="an earlier batch recalled with its day and figure (stop 41: coded, background); «وتابع» carries "
                     "the source. The first batch is only implied («the third»), not coded"),
         E("other", Q("26", 26), PL("الغوطة", "Eastern Ghouta", "Rif Dimashq", nth=2), None, None, FSA,
           note="FIGURE/TYPE CALL: Jaysh al-Islam's release of 26 detainees in exchange for the evacuations: a prisoner "
                "release coded as other with the freed as figure (stop 30's exchange rule); undated; no source named "
                "in its sentence → outlet. A second coder could fold the whole deal into one exchange event")])

passage("lp12", "2018-02-25", "Al-Hekmah (relaying Al Jazeera)", "villages taken by two tellings (a correspondent, the "
        "Turkish staff), a running enemy toll, refugees hosted and returns, a prime minister's pledge "
        "| page: https://al-hekmah.net/news8491.html",
        "سيطرت اليوم الأحد فصائل الجيش السوري الحر على عدد من القرى المحيطة بعفرين ضمن عملية «غصن الزيتون» المدعومة من "
        "تركيا، التي قالت إنها قتلت ما يزيد على ألفي مقاتل في وحدات حماية الشعب الكردية، وذلك منذ انطلاق العملية، وإنها تؤوي "
        "زهاء 350 ألف لاجئ من أبناء عفرين.\n"
        "وأفاد مراسل الجزيرة بأن الجيش الحر انتزع ميدان أكبس وبندرليك وعمرانلي، وهي قرى تقع شمال غربي عفرين، واستولى "
        "أيضاً على معسكر تدريب تابع لحزبي الاتحاد الديمقراطي والعمال الكردستاني على مقربة من الحدود مع تركيا.\n"
        "في غضون ذلك، أعلنت هيئة الأركان التركية أنها بسطت سيطرتها على خمس قرى أخرى، هي المحمودلي وسمالك وضوضو "
        "وكاونده وليكلي، مضيفة في بيان أن عدد عناصر الوحدات الكردية الذين «حُيّدوا» منذ بدء العملية بلغ 2018.\n"
        "وصرح بن علي يلدرم، رئيس وزراء تركيا، بأن بلاده تستضيف حالياً قرابة 350 ألف لاجئ من سكان عفرين، مؤكداً أنهم "
        "سيرجعون إلى بيوتهم حين تُطهَّر المنطقة كلياً من الوحدات الكردية ومن تنظيم الدولة الإسلامية.\n"
        "وأضاف، في كلمة خلال حفل إطلاق تصنيع غواصة في ولاية قوجه إيلي شمال غربي تركيا، أن عشرات الآلاف من اللاجئين "
        "السوريين رجعوا فعلاً إلى مناطقهم بعدما حررتها عملية «درع الفرات» التي خاضتها القوات التركية جنباً إلى جنب مع "
        "الجيش السوري الحر.",
        [E("territory_change", None, PL("ميدان أكبس", "Meydan Ekbis", "Aleppo"), "2018-02-25", "مراسل الجزيرة", SNA,
           note="three villages and a training camp near the border taken by the Turkish-backed FSA (the SNA): one act "
                "over a list, placed at the first village; the lead's «several villages» is its summary; the camp has "
                "no place of its own and is part of it"),
         E("territory_change", Q("خمس", 5), PL("المحمودلي", "Al-Mahmudiyah", "Aleppo"), "2018-02-25", "هيئة الأركان التركية",
           TUR, note="five other villages announced by the Turkish staff: another act, the villages' number as its count "
                     "(as set 73's checkpoints), placed at the first"),
         E("casualties", Q("ألفي", 2000, None), PL("عفرين", "Afrin", "Aleppo"), None, "تركيا", TUR, kind="aggregate",
           note="Turkey's running count of YPG fighters killed since the operation began (20 January): an aggregate "
                "naming no single kind of act; figure the first written («ما يزيد على ألفي»: low 2000, open); the "
                "staff's 2018 is the same count told precisely (a second coder could take 2018)"),
         E("other", Q("350 ألف", 350000, approx=True), None, None, "تركيا", None, kind="aggregate",
           note="refugees from Afrin hosted in Turkey: a running total abroad has no place (stop 28); the prime "
                "minister repeats the figure"),
         E("statement", None, PL("عفرين", "Afrin", "Aleppo", nth=3), "2018-02-25", "بن علي يلدرم", TUR,
           note="the prime minister's pledge that Afrin's refugees will go home once the area is «cleansed»: an "
                "official's stance told as its own matter (stop 32); placed where it concerns"),
         E("other", Q("عشرات الآلاف", 20000, 90000, True), None, None, "بن علي يلدرم", None, kind="aggregate",
           note="returns after Euphrates Shield: a recalled aggregate of returns (other), no place named, no period day")])

passage("lp13", "2019-08-26", "Syria Press", "air raids over a list of towns with two towns' tolls, displacement, the UN's "
        "campaign tallies, a regime officer on a recent taking, a recalled 2017 massacre | page: https://syria-press.com/?p=8375",
        "قُتل تسعة مدنيين على الأقل وجُرح عشرون، بينهم أطفال، في هجمات شنتها روسيا وقوات نظام الأسد على منطقة «خفض "
        "التصعيد» في إدلب شمال غربي سوريا. وحسب بيانات مرصد تتبّع الطيران التابع للمعارضة، فقد شن النظام وروسيا غارات جوية "
        "كثيفة طالت معرة النعمان وتل منيس والتمانعة والفاقي والهلوبة والتح ومعرشمارين، فيما أفادت مصادر من الدفاع المدني "
        "(الخوذ البيضاء) بأن ستة مدنيين، منهم ثلاثة أطفال، قتلوا بقصف استهدف تل منيس مساء الأحد، وثلاثة آخرين في الهلوبة "
        "ومعرشورين والفاقي. ونزح كثير من المدنيين جراء الحملة الأخيرة لقوات الأسد وروسيا الرامية للسيطرة على المنطقة، "
        "والتي شهدت الأسبوع الفائت ضربات عنيفة وتقدماً برياً في جنوب إدلب وفي ريف حماة المجاور.\n"
        "وتقول الأمم المتحدة إن مئات الأشخاص قضوا خلال هذه الحملة منذ أواخر نيسان/أبريل، وإن ما يزيد على 500 ألف هُجّروا من "
        "منازلهم. ونُقل عن مسؤول عسكري في قوات الأسد قوله إن استرجاع خان شيخون «لم يكن سهلاً، فقد صمد المسلحون شهراً "
        "كاملاً تحت قصف شديد لا يتوقف، حتى اضطروا إلى الانسحاب شمالاً». وقد أصابت المدينة، كبرى مدن جنوب إدلب، أضرار "
        "فادحة بفعل الغارات المتكررة لطائرات النظام وحليفه الروسي، علماً أنها تصدّرت الأخبار عالمياً عام 2017 حين قُتل "
        "نحو 100 مدني، أغلبهم أطفال.",
        [E("airstrike", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2019-08-25", "مرصد تتبّع الطيران", GOV,
           note="the flight monitor's raids over a list of towns: one act placed at the first; regime and Russia "
                "together (agent: the regime, named first; a second coder could name Russia). The lead's nine dead "
                "are the sum of the two tolls below, no event of their own"),
         E("airstrike", Q("ستة", 6), PL("تل منيس", "Tal Mannas", "Idlib", nth=1), "2019-08-25", "مصادر من الدفاع المدني", GOV,
           note="a town's own toll tied to the raid on it (stop 34): its own event; children a breakdown; «مساء الأحد» → "
                "the 25th"),
         E("airstrike", Q("ثلاثة", 3, nth=1), PL("الهلوبة", "Al-Hlubah", "Idlib", nth=1), "2019-08-25",
           "مصادر من الدفاع المدني", GOV,
           note="three more dead over three villages: one figure over a list, placed at the first"),
         E("casualties", Q("مئات", 200, 900, True), None, None, "الأمم المتحدة", None, kind="aggregate",
           note="the UN's toll of the campaign since late April: an aggregate with no single act; no place beyond the "
                "region"),
         E("other", Q("500 ألف", 500000, None), None, None, "الأمم المتحدة", None, kind="aggregate",
           note="displaced since late April («ما يزيد على»: low, open): an aggregate of displacement (other); the "
                "unnumbered flight in the same paragraph is part of it"),
         E("territory_change", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), None, "مسؤول عسكري في قوات الأسد", GOV,
           note="the regime's retaking of the town, recalled by an officer: one act with a place (stop 41); no day in "
                "the text"),
         E("casualties", Q("100", 100, approx=True), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2017", None, None,
           note="a recalled killing of about 100 civilians in 2017 with no act named: casualties, background, year "
                "grain; the outlet's own recall")])

passage("lp14", "2019-08-27", "Al Jazeera Net", "Russian and regime raids with a town toll, a correspondent's report, the "
        "first rebel rockets on a newly taken town, a flight monitor's list "
        "| page: https://www.aljazeera.net/news/politics/2019/8/27/سوريا-قتلى-مدنيون-غارات-روسية-إدلب-قوات-المعارضة-خان-شيخون-النظام-السوري",
        "غارات روسية تقتل مدنيين في إدلب، والمعارضة تستهدف خان شيخون للمرة الأولى\n"
        "لقي مدنيون، بينهم أطفال، حتفهم وأصيب آخرون بغارات شنتها طائرات روسية وأخرى تابعة للنظام السوري على عدد من البلدات "
        "بريف إدلب شمال غربي البلاد، وخلّفت خراباً واسعاً في المباني والممتلكات. وبحسب مراسل الجزيرة، فإن فصائل المعارضة "
        "استهدفت بالصواريخ مدينة خان شيخون، في سابقة منذ أن بسط النظام سيطرته عليها يوم الأربعاء الماضي.\n"
        "وذكر المراسل أن أربعة مدنيين، منهم طفلان، قضوا وأصيب آخرون في ضربات روسية طالت الأحياء السكنية ببلدتي بسقلا "
        "ومعرة حرمة في ريف إدلب الجنوبي، مبيناً أن طائرات النظام قصفت بدورها بلدات عديدة في ريف إدلب الشرقي مخلفة دماراً "
        "كبيراً.\n"
        "ووفق ما نشره مرصد رصد حركة الطيران التابع للمعارضة عبر حساباته على مواقع التواصل، فإن الطيران الروسي أغار على "
        "قرى بسقلا ومعرة حرمة وحيش وكفرسجنة وإحسم وكفرعويد والتح وسفوهن في ريف إدلب، إضافة إلى قرية الكبينة في ريف "
        "اللاذقية.",
        [E("airstrike", Q("أربعة", 4), PL("بسقلا", "Basqala", "Idlib"), "2019-08-27", "مراسل الجزيرة", RUS,
           note="Russian raids on two towns with one toll: placed at the first; the flight monitor's list of villages "
                "(Basqala first) is the same raids told again, not another event; undated, the item's news → the page day"),
         E("airstrike", None, PL("ريف إدلب الشرقي", "Eastern Idlib countryside", "Idlib"), "2019-08-27", "مراسل الجزيرة", GOV,
           note="the regime's raids on towns of the eastern countryside: another air force, no dead numbered; the "
                "correspondent carries"),
         E("shelling", None, PL("خان شيخون", "Khan Shaykhun", "Idlib", nth=1), "2019-08-27", "مراسل الجزيرة", FSA,
           note="rebel rockets on the town, no casualties told; the headline is the same act"),
         E("territory_change", None, PL("خان شيخون", "Khan Shaykhun", "Idlib", nth=1), "2019-08-21", "مراسل الجزيرة", GOV,
           note="the regime's taking of the town recalled with its day («الأربعاء الماضي» before a Tuesday page → the "
                "21st): coded (stop 41), background")])

passage("lp15", "2021-09-07", "Tishreen (relaying SANA)", "a settlement centre's day with weapons handed in, its resumption "
        "the day before, the deal's obstruction | page: http://tishreen.news.sy/?p=717118",
        "مسلحو درعا البلد يواصلون تسليم سلاحهم وتسوية أوضاعهم\n"
        "سُوّيت اليوم أوضاع عشرات المسلحين في درعا البلد، وسلّم بعضهم ما لديه من سلاح، تطبيقاً لاتفاق التسوية الذي عرضته "
        "الدولة والقاضي بإخراج «الإرهابيين» من الحي وتسوية أوضاع المسلحين وتسليم أسلحتهم للجيش العربي السوري.\n"
        "وذكرت مراسلة «سانا» في درعا أن أعداداً من المسلحين توافدوا منذ ساعات الصباح على مركز التسوية القائم في حي "
        "الأربعين بدرعا البلد، لإجراء التسوية وتسليم ما يحوزه بعضهم من سلاح للجيش، وذلك في سياق الحل السلمي الذي يهدف، "
        "بحسب الاتفاق، إلى إنهاء سيطرة «الإرهابيين» وإرساء الأمن في أنحاء المحافظة كافة.\n"
        "وبيّنت المراسلة أن ما سُلّم اليوم تضمن كميات كبيرة من الذخيرة، منها قذائف «آر بي جي» إلى جانب آلاف الطلقات لبنادق "
        "«كلاشينكوف»، ورشاشات من نوعي «بي كي سي» و«دوشكا»، إلى جانب بنادق آلية من أنواع مختلفة.\n"
        "وكانت عمليات تسليم السلاح والتسوية قد استؤنفت يوم أمس لعشرات من مسلحي درعا البلد، بعدما عرقلت المجموعات "
        "المسلحة في الحي هذا الاتفاق مرات عدة، وهو اتفاق ينص على إخراجها من الحي، وتسوية وضع المسلحين والمطلوبين، وتسليم "
        "السلاح.",
        [E("other", Q("عشرات", 20, 90, True), PL("الأربعين", "Al-Arbaeen (Daraa al-Balad)", "Daraa"), "2021-09-07",
           "مراسلة «سانا»", GOV,
           note="TYPE CALL: status settlements with weapons handed in are coded other (as sets 57 and later); figure the "
                "dozens who settled; the settlement centre is a landmark placed at its quarter (stop 29); the lead names "
                "no source and the agency's correspondent comes back to the same act (stop 30)"),
         E("other", Q("عشرات", 20, 90, True, nth=1), PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=3), "2021-09-06", None, GOV,
           note="the resumption the day before, with its own day and figure: a recalled act of the same kind (stop 41), "
                "the outlet's «وكانت … قد» (stop 30: outlet). The groups' repeated obstruction of the deal has no one act")])

passage("lp16", "2021-09-03", "Raya (Palestine)", "Israeli raids near the capital, the state agency's air defence, the monitor's "
        "targets, an Israeli account of a Syrian missile, a recalled missile two weeks before (page undated in the "
        "excerpt; dated by the Syrian missile over Tel Aviv reported on Friday 3 September 2021) | page: https://raya.ps/news/1114779.html",
        "غارات إسرائيلية على محيط دمشق والدفاعات الجوية تتصدى\n"
        "أعلنت الوكالة العربية السورية للأنباء (سانا)، في ليلة الخميس على الجمعة، بأن وسائط الدفاع الجوي السوري تعترض صواريخ "
        "معادية في أجواء دمشق.\n"
        "وأوردت الوكالة الرسمية، نحو الواحدة والنصف بعد منتصف الليل، عن مراسلها أن انفجارات دوّت في سماء دمشق، من دون أن "
        "تضيف تفاصيل أخرى حتى إعداد هذا النبأ.\n"
        "من جهته، ذكر المرصد السوري لحقوق الإنسان بدوره أن الضربات الإسرائيلية طالت مواقع عسكرية تابعة لقوات النظام، تستعملها "
        "ميليشيات إيرانية في تطوير الأسلحة، وهي مركز البحوث العلمية في برزة وموقع جمرايا بريف دمشق، ولم ترد أنباء عن "
        "ضحايا، بينما هرعت سيارات الإسعاف إلى المكان وضُرب طوق أمني حوله.\n"
        "وعقب الغارة، قال سكان في تل أبيب ومحيطها إنهم سمعوا دوي انفجارات، ونقلت وسائل إعلام إسرائيلية عن تقديرات للجيش "
        "أن صاروخاً سورياً اخترق أجواء إسرائيل. وذكرت صحيفة «معاريف» اليوم أن الانفجارات مصدرها صاروخ أرض-جو انطلق من "
        "سوريا نحو إسرائيل وانفجر فوق البحر، ولم تُطلق صفارات الإنذار لأنه لم يكن ثمة خطر من سقوطه في منطقة مأهولة.\n"
        "وكان صاروخ سوري مضاد للطائرات قد انفجر قبل أسبوعين في أجواء البحر الميت، عقب غارة إسرائيلية.",
        [E("airstrike", None, PL("برزة", "Barzeh", "Damascus"), "2021-09-03", "المرصد السوري لحقوق الإنسان", ISR,
           note="one Israeli raid told by the state agency (air defence, blasts over Damascus) and by the monitor "
                "(targets): one event, placed at the first target the monitor names (the research centre in Barzeh; "
                "Jamraya is a second target of the same raid); no casualties. Not coded: the Syrian surface-to-air "
                "missile that burst over the sea (air defence fire, Israeli media's telling) and the one recalled over "
                "the Dead Sea (no place in Syria, no act of its own beyond the defence)")])

passage("lp17", "2023-09-09", "Radio Alkul", "an arrest campaign after clashes with a reporter's figure, the end of operations "
        "announced, a handover deal, a 13-day toll, a statement blaming Damascus, the previous day's raids "
        "| page: https://radioalkul.com/p468013",
        "دير الزور: «قسد» تعتقل العشرات في الطيانة والبصيرة والبحرة\n"
        "أكثر من 115 معتقلاً في حملة لـ«قسد» بريف دير الزور\n"
        "أطلقت «قسد» (قوات سوريا الديمقراطية) حملة اعتقال في القرى والبلدات التي استعادتها مؤخراً إثر مواجهات مع مقاتلي "
        "العشائر في ريف دير الزور.\n"
        "وأفاد مراسلنا بأن حصيلة المعتقلين في الحملة بلغت 115 معتقلاً، كلهم من أبناء العشائر، في الطيانة والبصيرة والبحرة.\n"
        "وتأتي الحملة غداة إعلان «قسد» أمس انتهاء عملياتها العسكرية الرئيسية، بعدما سلّم مقاتلو العشائر كميات من السلاح "
        "وعدداً من العربات، إثر تفاهم بين وجهاء المنطقة و«قسد» على جملة من البنود، منها إعادة السلاح الذي استولوا عليه.\n"
        "وأعلنت «قسد» كذلك أن 25 من مقاتليها ونحو 29 من مقاتلي العشائر العربية قُتلوا خلال 13 يوماً من المواجهات بين "
        "الجانبين.\n"
        "وقالت في بيان إن العملية وُجّهت أساساً ضد خلايا «داعش»، متهمة الأجهزة الأمنية لنظام الأسد بمحاولة حرف مسار "
        "الأحداث، من خلال إدخال مسلحين إلى قرى دير الزور عبر الضفة الغربية للفرات وضمهم إلى خلايا تتبع له تحت اسم «جيش "
        "العشائر».\n"
        "وكانت «قسد» قد شنت أمس حملة اعتقالات واسعة طالت أشخاصاً في محيط محطة القطار في الجهة الغربية من دير الزور، ودهمت تجمعات "
        "للنازحين هناك.",
        [E("arrest", Q("115", 115, nth=1), PL("الطيانة", "Al-Tayyana", "Deir ez-Zor", nth=1), "2023-09-09", "مراسلنا", SDF,
           note="one campaign over three towns: placed at the first; figure the reporter's 115 (the headline's «أكثر من "
                "115» is the same count); undated, the item's news → the page day"),
         E("statement", None, None, "2023-09-08", "«قسد»", SDF,
           note="the SDF announcement that its main operations are over: a named body's announcement (stop 32); "
                "«أمس» → the 8th"),
         E("agreement", None, None, "2023-09-08", None, TRIBES,
           note="the tribes' handover of weapons and vehicles under an understanding between notables and the SDF: an "
                "agreement, no place beyond the region; told by the outlet"),
         E("armed_clash", Q("25", 25), PL("ريف دير الزور", "Deir ez-Zor countryside", "Deir ez-Zor", nth=1), None, "«قسد»",
           SDF, kind="aggregate",
           note="a 13-day toll of the fighting: no total of both sides, so the first side numbered (25; the tribes' "
                "«نحو 29» is the other side's dead, no event). The SDF is the source"),
         E("statement", None, None, "2023-09-08", "«قسد»", SDF,
           note="the SDF statement blaming the regime's security services: a stance told as its own matter (stop 32); a "
                "second coder could treat it as part of the announcement"),
         E("arrest", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=4), "2023-09-08", None, SDF,
           note="the previous day's raids near the railway station west of the city: a landmark placed at its town; "
                "the outlet's «وكانت … قد» (stop 30: outlet)")])

passage("lp18", "2023-11-09", "Al Bayan (UAE), relaying SOHR", "simultaneous IS attacks with a toll and its breakdown, the "
        "region's background, a recalled bus attack with its day | page: https://albayan.ae/amp/world/arab/2023-11-09-1.4760524",
        "قُتل 30 من عناصر الجيش السوري والمسلحين الموالين للحكومة أمس في البادية السورية، في هجمات متزامنة نفذها "
        "«داعش» الإرهابي، وفق إحصاء المرصد السوري لحقوق الإنسان.\n"
        "وذكر المرصد أن القتلى هم «أربعة عسكريين و26 من عناصر الدفاع الوطني»، سقطوا حين هاجم التنظيم عند الفجر حواجز "
        "ومواقع عسكرية في منطقة الرصافة بالبادية. واعتبر المرصد أن حصيلة هجمات أمس من بين الأكبر منذ بداية العام، "
        "مرجحاً أن يرتفع عدد القتلى نظراً إلى وجود مصابين حالة بعضهم خطرة.\n"
        "وتقع منطقة الرصافة، التي استهدفها «داعش»، في البادية السورية بين محافظات دير الزور شرقاً والرقة شمالاً وحمص في "
        "الوسط. وكان التنظيم قد تلقى هزائم متلاحقة في سوريا انتهت بخسارته كل مناطق سيطرته في 2019.\n"
        "غير أن عناصره الفارين إلى البادية الشاسعة ما زالوا يشنون هجمات متفرقة على العسكريين والمدنيين. وفي العاشر من "
        "آب/أغسطس الماضي، استهدف التنظيم حافلة للجيش في بادية الميادين بريف دير الزور الشرقي، في هجوم عدّه المرصد يومها "
        "الأعنف منذ أول العام.",
        [E("armed_clash", Q("30", 30), PL("الرصافة", "Al-Rusafa", "Raqqa"), "2023-11-08", "المرصد السوري لحقوق الإنسان", IS,
           note="simultaneous dawn attacks on checkpoints and posts of one area, told as one: the attacks on forces are "
                "armed_clash; 4 soldiers and 26 NDF a breakdown; «أمس» → the 8th"),
         E("armed_clash", None, PL("بادية الميادين", "Al-Mayadin desert", "Deir ez-Zor"), "2023-08-10", None, IS,
           note="the recalled attack on a military bus with its day (stop 41: coded, background); no dead numbered in "
                "this text; the outlet tells it (the monitor only rates it). IS's 2019 losses are a process, not coded")])

passage("lp19", "2024-11-28", "Al-Mashhad, relaying AFP", "an offensive's toll from the monitor, the ministry's telling, a "
        "highway junction taken, Russian strikes with a toll, raids on a town "
        "| page: https://almashhad.com/article/773112298002792-News/760915610265580-سوريا-ارتفاع-عدد-قتلى-المعارك-في-ريفي-إدلب-وحلب-إلى-200/",
        "ارتفعت حصيلة قتلى المواجهات الضارية في شمال غرب سوريا إلى 200، وفق أرقام جديدة أعلنها المرصد السوري لحقوق "
        "الإنسان، في حين قالت وزارة الدفاع السورية إنها تصدت لـ«هجوم واسع» شنته الفصائل على جبهات ريفي حلب وإدلب. وقد اشتعلت المعارك "
        "إثر بدء «هيئة تحرير الشام» وفصائل حليفة لها يوم الأربعاء عملية عسكرية على المناطق الخاضعة للنظام في حلب.\n"
        "ويصف المرصد هذه المعارك، الدائرة في ريفي إدلب وحلب على مسافة نحو 10 كيلومترات من تخوم مدينة حلب، بأنها الأشد في "
        "المنطقة منذ سنوات. وأوضح المرصد أن الهيئة والفصائل الداعمة لها «قطعت الطريق الدولي دمشق–حلب (إم 5)، وسيطرت على "
        "نقطة التقاء الطريقين (إم 5) و(إم 4)»، فتوقفت الحركة على الطريق الدولي الذي لم يُفتح مجدداً إلا قبل سنوات.\n"
        "وبيّن أن القتال أوقع 182 قتيلاً من المسلحين و61 من الجيش، كما قضى 19 مدنياً في الأقل جراء «قصف روسي» على قرى في "
        "ريف حلب شمالاً وريف إدلب في الشمال الغربي، بحسب المرصد نفسه. وتحدث المرصد أيضاً عن قصف عنيف بالمدفعية والصواريخ، "
        "وعن غارات للطيران الحربي الروسي تركزت على محيط سرمين بمحافظة إدلب. (أ ف ب)",
        [E("armed_clash", Q("200", 200), PL("ريفي حلب وإدلب", "Aleppo and Idlib countryside", "Aleppo"), "2024-11-27",
           "المرصد السوري لحقوق الإنسان", HTS,
           note="the HTS-led offensive since Wednesday told as one battle: its toll 200 (the first written; 182 fighters "
                "and 61 soldiers are the monitor's breakdown, larger than its total as the page has it); placed at the "
                "countryside the text names (a second coder could take حلب); the ministry's «repelled a large attack» "
                "is the other side's telling, no statement"),
         E("territory_change", None, None, "2024-11-27", "المرصد السوري لحقوق الإنسان", HTS,
           note="the M5 cut and the M4/M5 junction seized: a taking with no named place (a road is no place)"),
         E("airstrike", Q("19", 19, None), PL("ريف حلب", "Aleppo countryside", "Aleppo"), "2024-11-27",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="Russian bombardment of villages with at least 19 civilians dead (low 19, open): placed at the first "
                "region named; «قصف روسي» coded as air strikes (Russia's part is its air force)"),
         E("airstrike", None, PL("سرمين", "Sarmin", "Idlib"), "2024-11-27", "المرصد السوري لحقوق الإنسان", RUS,
           note="Russian warplane raids around the town: no dead told for them; the artillery and rocket fire of the same "
                "sentence has no place or actor, not coded")])

passage("lp20", "2024-12-27", "Hibr Press", "a security campaign after attacks on checkpoints and patrols, two members killed in "
        "two places, a wanted militia figure «neutralised», a glued link "
        "| page: https://hibrpress.com/v2/حملة-أمنية-واسعة-لملاحقة-فلول-النظام-ا",
        "أطلقت «إدارة العمليات العسكرية» حملة أمنية واسعة، بالتنسيق مع «إدارة الأمن العام»، في ريفي اللاذقية وحمص لتعقّب "
        "فلول النظام المخلوع، إثر هجمات متتالية على حواجز ودوريات أمنية أوقعت قتلى وعدداً من المصابين.\n"
        "تفاصيل الهجمات\n"
        "في وقت متأخر من الليل، هاجمت فلول النظام البائد حاجز المزيرعة في ريف اللاذقية، وحاجز «الكلية الحربية» "
        "بجبلة، سعياً إلى ضرب الاستقرار. وقالت مصادر أمنية إن الهجومين صُدّا وإن عدداً من المهاجمين «حُيّدوا»، مؤكدة أن "
        "ملاحقة المتورطين مستمرة.\n"
        "وفي بانياس، أُطلق الرصاص على دورية أمنية في حي القصور، فقُتل عنصر يدعى «خالد حسن عمر» ويُلقّب «أبو عمر الحمصي»، "
        "وأصيب آخرون بجروح متفاوتة الخطورة. ولقي عنصر آخر يدعى «ياسر الحلبي»، ويُعرف بـ«أبو جود»، حتفه خلال مواجهة مع فلول "
        "النظام في أثناء عملية أمنية بريف تلكلخ إلى الغرب من حمص.\n"
        "اقرأ أيضاً: اتهامات لـ«قسد» بجرائم حرب في حلب\n"
        "وفي حادثة منفصلة، نجحت قوات «إدارة العمليات العسكرية»، في مساء يوم الخميس الموافق 26 من كانون الأول/ديسمبر، في «تحييد» المدعو «شجاع "
        "العلي»، الذي يوصف بأنه من أبرز مجرمي ميليشيات الأسد، إثر مواجهات ضارية بريف حمص الغربي، وقد كان ضالعاً في "
        "هجمات عدة على الأهالي وقوى الأمن.",
        [E("armed_clash", None, PL("المزيرعة", "Al-Mzeira'a", "Latakia"), "2024-12-27", "مصادر أمنية", LOYAL,
           note="an attack on a checkpoint: armed_clash (stop 30); the checkpoint is placed at the village it is named "
                "for; the next sentence's security sources come back to it (stop 30); «late at night» before the page: "
                "dated by the page. The campaign itself (the lead) is the frame of the acts below, not coded apart"),
         E("armed_clash", None, PL("جبلة", "Jableh", "Latakia"), "2024-12-27", "مصادر أمنية", LOYAL,
           note="the second checkpoint, in another town: its own event (the «military college» checkpoint is placed at "
                "its town)"),
         E("armed_clash", None, PL("القصور", "Al-Qusour (Baniyas)", "Tartus"), "2024-12-27", None, LOYAL,
           note="a patrol shot at in a quarter, one member killed (singular, no figure); the shooters are the remnants "
                "the lead blames (a second coder could code an unidentified group); told by the outlet"),
         E("armed_clash", None, PL("ريف تلكلخ", "Tal Kalakh countryside", "Homs"), "2024-12-27", None, NEWGOV,
           note="a member killed in a clash during a security operation; no figure"),
         E("armed_clash", None, PL("ريف حمص الغربي", "Western Homs countryside", "Homs"), "2024-12-26", None, NEWGOV,
           note="the «neutralising» of a wanted militia figure after fierce clashes, Thursday the 26th; the glued "
                "«اقرأ أيضاً» link is not coded (stop 32)")])

passage("lp21", "2025-07-15", "ABNA (Ahl al-Bayt News Agency)", "a second day of clashes with a two-sided toll, Israeli "
        "strikes on advancing government forces, the recalled start of the attack with its day, reinforcements "
        "| page: https://ar.abna24.com/news/1707987/مقتل-وجرح-289-شخصا-في-الاشتباكات-المتواصلة-لليوم-الثاني-في-السويداء",
        "ذكرت وكالة «أبنا» (أنباء أهل البيت الدولية) أن حصيلة ضحايا يوم أمس ارتفعت بفعل المواجهات التي تدخّل فيها جيش "
        "الاحتلال الصهيوني بضرب القوات التابعة للنظام السوري أثناء تقدمها في السويداء.\n"
        "وتستمر لليوم الثاني تباعاً المعارك الضارية في الريف الغربي لمحافظة السويداء جنوبي سورية، بين الجماعات الدرزية من "
        "جهة، والقوات المهاجمة المؤلفة من عشائر البدو ووحدات من وزارتي الدفاع والداخلية التابعتين للنظام السوري من جهة "
        "أخرى، وقد بلغت حصيلة المواجهات نحو 89 قتيلاً ونحو 200 جريح من الطرفين، تزامناً مع غارات لجيش الاحتلال الصهيوني على "
        "القوات الحكومية المتقدمة نحو السويداء.\n"
        "وكانت أعنف المواجهات قد اندلعت صباح يوم الاثنين الواقع في 14 تموز/يوليو 2025، حين شنت مجموعات من عشائر البدو، ومعها منتسبون إلى "
        "وزارتي الدفاع والداخلية، هجوماً مسلحاً انطلق من ريف درعا الشرقي على عدد من قرى الريف الغربي للسويداء، فيما تبدي "
        "المجموعات الدرزية مقاومة، وتشتد المعارك عند محور كناكر، وفي الثعلة والمزرعة.\n"
        "وخلال الساعات القليلة الماضية، أرسلت وزارة الدفاع في النظام تعزيزات عسكرية إضافية.",
        [E("armed_clash", Q("نحو 89", 89, approx=True), PL("كناكر", "Kanaker", "As-Suwayda"), "2025-07-14",
           "وكالة «أبنا»", NEWGOV,
           note="two days of fighting told as one battle (the attack of Monday the 14th and its continuation): one event, "
                "figure the two-sided dead («نحو 89», approx); placed at the first front named (Kanaker; a second coder "
                "could take the western countryside); the attackers are tribes with the ministries' units (agent the "
                "government; a second coder could name the tribes). The outlet names itself as the source (stop 32)"),
         E("airstrike", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-14", "وكالة «أبنا»",
           ISR, note="Israeli strikes on government forces advancing on the city: no toll of their own"),
         E("reinforcement", None, None, "2025-07-15", None, NEWGOV,
           note="the ministry sends further reinforcements; the text names no destination (the page is cut there), so "
                "no place (stop 41); told by the outlet")])


def main() -> None:
    write("gold115.jsonl", P115)


if __name__ == "__main__":
    main()
