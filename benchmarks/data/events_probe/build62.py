"""Build gold62.jsonl: HELD-OUT set 62 (ids ia01…), written in stop 32 by writer w62 BEFORE any run on it.

Each passage is a paraphrase of the news part of ONE real Arabic page about Syria (2011-2018) found in the
search tool's `pages` corpus: the lead and the details of its first incident or two, with the page's facts kept
(incidents and their order, places, figures, dates, who acted, who says so, hedges, recalls). Every sentence was
rewritten (no run of five words shared with the page, names aside, checked by script against the page text kept
outside the repository); people's personal names were changed, heads of state kept. The page's address is in
each passage's `style` ("page: …"). Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build62.py      # rewrites gold62.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402,F401

P62: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P62.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("ia01", "2011-03-19", "Okaz", "Daraa's first Friday, fire on protesters, the official version beside it | "
        "page: https://sauress.com/okaz/406811 (published inferred: the day after Friday 18 March 2011)",
        "سقط أربعة قتلى وعشرات الجرحى برصاص قوات الأمن السورية خلال احتجاجات شهدتها مدينة درعا جنوبي دمشق أمس "
        "الجمعة، بحسب مصادر حقوقية. وقال مصدر حقوقي إن عناصر الأمن فتحوا النار الحية على الحشود، مشيراً إلى أن "
        "الأجهزة الأمنية سحبت عدداً من المصابين من المستشفى الوطني ونقلتهم بالمروحيات إلى مكان مجهول. في المقابل، "
        "زعم مصدر رسمي أن رجال الأمن تدخلوا بعدما خرّب «مندسون» ممتلكات عامة وخاصة.",
        [E("protest", Q("أربعة", 4), PL("درعا", "Daraa", "Daraa"), "2011-03-18", "مصادر حقوقية", PROT,
           note="fire on a protest: one protest event, the four dead its fatalities (crowd not numbered); the "
                "wounded taken from the hospital are part of it; the official version is the other side's telling, "
                "no event")])

passage("ia02", "2011-04-25", "Al Riyadh", "security storm a city at dawn, firing on protesters; a national running toll | "
        "page: https://sauress.com/alriyadh/626913 (published inferred: the army's entry into Daraa, 25 April 2011)",
        "دخلت قوات الأمن السورية بعربات مدرعة مدينة درعا في أقصى الجنوب عند فجر اليوم الاثنين، فدهمت البيوت "
        "وراحت تطلق الرصاص بلا تمييز على المحتجين، ما أوقع خمسة قتلى على الأقل، وفق شهود عيان نقلت عنهم تقارير "
        "إخبارية. وأضاف الشهود أن الكهرباء والاتصالات قُطعت عن المدينة. وكانت شرارة الحراك الشعبي قد انطلقت من "
        "درعا الشهر الماضي، وتجاوزت حصيلة قتلى الاحتجاجات السورية منذ بدايتها 352 قتيلاً.",
        [E("protest", Q("خمسة", 5, None, True), PL("درعا", "Daraa", "Daraa"), "2011-04-25", "شهود عيان", PROT,
           note="JUDGEMENT: the storming of the city with fire on protesters coded as a protest with fatalities "
                "(fire on a protest); a second coder could code the raid as armed_clash or casualties (known force "
                "firing on civilians); the raids on homes are part of the same act"),
         E("casualties", Q("352", 352, None, True), None, None, None, None, kind="aggregate",
           note="the running national toll of the protests since March: no place, the outlet")])

passage("ia03", "2011-07-09", "Al Yaum", "'No to dialogue' Friday: fire on protests in two places, a night protest the day before | "
        "page: https://sauress.com/alyaum/18093 (published inferred: Friday 8 July 2011 was 'No to dialogue' Friday)",
        "وسّع السوريون احتجاجاتهم يوم الجمعة التي سمّوها «لا للحوار»، وواجهت قوات الأمن مئات المحتجين بالرصاص "
        "في عدة مدن. وأفاد سامر الحلبي، الذي يرأس الرابطة السورية لحقوق الإنسان، بأن متظاهرَين قُتلا في حي الميدان "
        "بقلب دمشق، وبأن شخصاً لقي حتفه وجُرح خمسة في مدينة الضمير بريف دمشق حين فرّق الأمن تجمعاً هناك. كما "
        "ذكر المرصد السوري لحقوق الإنسان أن الأمن أطلق النار مساء الخميس على مظاهرة ليلية في حرستا فأصاب عدداً "
        "من الناس.",
        [E("protest", None, PL("الميدان", "Al-Midan", "Damascus"), "2011-07-08",
           "سامر الحلبي", PROT,
           note="fire on a protest; the two dead are told by a dual noun: no figure. JUDGEMENT: the lead's "
                "'hundreds in several cities' is not coded as a protest of its own (the sourced protests tell it)"),
         E("protest", None, PL("الضمير", "Al-Dumayr", "Rif Dimashq"), "2011-07-08",
           "سامر الحلبي", PROT, note="one dead (singular) and five wounded: no figure"),
         E("protest", None, PL("حرستا", "Harasta", "Rif Dimashq"), "2011-07-07", "المرصد السوري لحقوق الإنسان",
           PROT, note="Thursday evening's night protest fired on, wounded only: no figure")])

passage("ia04", "2011-10-22", "Al-Hayat", "a Friday's protests; Homs toll with its breakdown; a national toll | "
        "page: https://sauress.com/alhayat/321307 (published inferred: the Friday after Gaddafi's death, 21 October 2011)",
        "خرج السوريون أمس بأعداد كبيرة في مدن عدة ضمن ما سمّوه «جمعة شهداء المهلة العربية»، وقد شجّعهم مقتل "
        "العقيد الليبي معمر القذافي وانهيار حكمه، فيما واجهتهم قوى أمنية أكثر عدداً مما ألفوه في الأسابيع السابقة. "
        "وتخطى عدد القتلى 28، سقط أكثرهم في حمص التي أحصى فيها المرصد السوري لحقوق الإنسان 15 قتيلاً، بينهم "
        "سبعة أصابهم رصاص انطلق من نقطة تفتيش أمنية بحي باب السباع، واثنان آخران سقطا برصاص قناصة متمركزين في القلعة.",
        [E("protest", Q("15", 15), PL("حمص", "Homs", "Homs"), "2011-10-21", "المرصد السوري لحقوق الإنسان", PROT,
           note="the Homs protests fired on: one protest event, the 15 dead its fatalities; the seven at the "
                "checkpoint and two by snipers are its breakdown. JUDGEMENT: a second coder could code the "
                "checkpoint shooting apart (casualties, a known force firing on civilians)"),
         E("casualties", Q("28", 28, None, True), None, "2011-10-21", None, None, kind="aggregate",
           note="the day's national toll beside the protest ('exceeded 28'), told by the outlet")])

passage("ia05", "2012-05-05", "Al-Sharq", "LCC daily toll, a Friday's protests, mortar shelling of two quarters and a town | "
        "page: https://sauress.com/alsharq/294006 (published inferred: 'Heroes of Aleppo University' Friday, 4 May 2012)",
        "قالت لجان التنسيق المحلية إن 21 شخصاً قُتلوا في سوريا أمس الجمعة حتى ساعات المساء، أغلبهم في مدينة حمص، "
        "التي خرجت معظم أحيائها وريفها في تظاهرات كبيرة فيما سمّاه الناشطون «جمعة أبطال جامعة حلب». وبحسب "
        "اللجان، انهالت قذائف الهاون بكثافة على حيّي السلطانية وجوبر حتى تردد دويها في أرجاء المدينة. وبعد الظهر، "
        "تعرضت بلدة قلعة الحصن لقصف لم تعرف مثله من قبل، تركّز في داخلها وأصاب عشرات المنازل.",
        [E("casualties", Q("21", 21), None, "2012-05-04", "لجان التنسيق المحلية", None, kind="aggregate",
           note="the day's national toll (most in Homs): no place"),
         E("protest", None, PL("حمص", "Homs", "Homs"), "2012-05-04", "لجان التنسيق المحلية", PROT,
           note="protests in most of the city's quarters and its countryside: one event at the city"),
         E("shelling", None, PL("السلطانية", "Al-Sultaniyah", "Homs"), "2012-05-04", "لجان التنسيق المحلية", None,
           note="one act on two quarters (a group: Jobar); no force named; 'اللجان' refers to the LCC named before"),
         E("shelling", None, PL("قلعة الحصن", "Qalaat al-Hosn", "Homs"), "2012-05-04", "لجان التنسيق المحلية", None,
           note="an act of the same kind going on with the LCC's report: the source carries; no force named")])

passage("ia06", "2012-09-23", "Al Wasat", "SOHR daily toll relayed by dpa, with breakdowns by governorate | "
        "page: http://alwasatnews.com/news/703747.html",
        "قال المرصد السوري لحقوق الإنسان إن قرابة 210 أشخاص قضوا أمس السبت جراء العنف الدائر في مناطق مختلفة من "
        "سوريا. وبيّن المرصد، في بيان تلقته وكالة الأنباء الألمانية اليوم الأحد، أن المدنيين منهم بلغوا 145، سقط 44 "
        "منهم في محافظة حلب و31 في ريف دمشق و28 في العاصمة. ولفت إلى مقتل ستة جنود منشقين، قضى أحدهم تحت "
        "التعذيب بعد أن اعتقلته القوات النظامية في ريف درعا.",
        [E("casualties", Q("قرابة 210", 210, approx=True), None, "2012-09-22", "المرصد السوري لحقوق الإنسان", None,
           kind="aggregate",
           note="the day's national toll; civilians, governorates and defectors (one under torture) are its "
                "breakdown. JUDGEMENT: a second coder could code the governorates' tolls as aggregates of their own")])

passage("ia07", "2012-12-31", "Ammannet (AFP)", "SOHR year toll and the toll since the start, with categories | "
        "page: https://ammannet.net/عربي-دولي/سوريا-40-ألف-قتيل-خلال-عام-2012",
        "أحصى المرصد السوري لحقوق الإنسان نحو أربعين ألف قتيل في سوريا خلال عام 2012، معظمهم مدنيون، أي قرابة "
        "تسعة أعشار ضحايا النزاع الذي دخل شهره الحادي والعشرين. وأوضح مدير المرصد، وسيم الخطيب، أن قتلى العام "
        "بلغوا 39 ألفاً و362 شخصاً، في حين تخطى مجموع من سقطوا منذ اندلاع النزاع منتصف آذار 2011 عتبة 45 ألفاً. "
        "ومن بين قتلى السنة 28 ألفاً و113 مدنياً، إلى جانب 9482 من جنود النظام و1040 منشقاً عن الجيش.",
        [E("casualties", Q("39 ألفاً و362", 39362), None, None, "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="the year's toll told twice (about forty thousand, then exact): one aggregate, the exact figure; "
                "the categories are its breakdown"),
         E("casualties", Q("45 ألفاً", 45000, None, True), None, None, "المرصد السوري لحقوق الإنسان", None,
           kind="aggregate", note="the toll since March 2011 ('exceeded')")])

passage("ia08", "2013-02-14", "Elaph", "officers arrive in Turkey (implicit defection), ranks breakdown, moved to a camp | "
        "page: https://elaph.com/Web/news/2013/2/796071.html (the URL gives February 2013; the day is set, the text has none)",
        "أنقرة: وصل سبعة ضباط سوريين منشقين إلى الأراضي التركية، هم عقيد وثلاثة برتبة مقدم واثنان برتبة ملازم "
        "أول وملازم. ونُقل الضباط مع ذويهم، وعددهم الإجمالي 12 شخصاً، وسط حراسة أمنية مشددة إلى مخيم «آبايدن» "
        "الذي يؤوي لاجئين سوريين بولاية هاطاي جنوبي تركيا. وتزايدت الانشقاقات في صفوف قوات النظام في الفترة "
        "الأخيرة مع توسع عملياته العسكرية بالسلاح الثقيل ثم بالصواريخ البالستية.",
        [E("defection", Q("سبعة", 7), PL("آبايدن", "Apaydin camp", None, "Turkey"), None, None, GOV,
           note="an arrival abroad told as the defection, no place at home: the camp it arrived at (set 6 v28's "
                "practice); JUDGEMENT: a second coder could place it at Hatay. Ranks are a breakdown; the 12 with "
                "families are not defectors; the rising rate of defections is background")])

passage("ia09", "2013-08-06", "Al-Mowaten", "car bomb in a Damascus suburb, told by state TV | "
        "page: http://www.almowaten.net/2013/08/66-قتيلاً-وجريحاً-في-انفجار-سيارة-مفخخة/",
        "انفجرت سيارة مفخخة مساء اليوم الثلاثاء في ساحة السيوف بمدينة جرمانا، الواقعة في ضواحي دمشق ويقطنها "
        "مسيحيون ودروز، فأودت بحياة عشرة أشخاص بينهم أطفال وجرحت 56 آخرين، وفق ما بثه التلفزيون السوري الرسمي. "
        "ووصف التلفزيون ما جرى بأنه «تفجير إرهابي». وحدث الانفجار قبيل أذان المغرب بدقائق، في ساعة تزدحم فيها "
        "الحركة.",
        [E("explosion", Q("عشرة", 10), PL("جرمانا", "Jaramana", "Rif Dimashq"), "2013-08-06",
           "التلفزيون السوري الرسمي", None,
           note="a square inside a town: placed at the town; the 56 wounded are not the figure")])

passage("ia10", "2013-09-05", "Al-Hayat (AFP)", "Nusra takes a checkpoint after a suicide blast; regime raids on it after | "
        "page: https://sauress.com/alhayat/548503 (published inferred: the attack on Maaloula's checkpoint, 4 September 2013)",
        "انتزع مسلحون من «جبهة النصرة» وفصيل إسلامي آخر أمس الأربعاء حاجزاً لقوات النظام يقع على مدخل بلدة "
        "معلولا ذات الغالبية المسيحية شمالي دمشق، في هجوم قُتل فيه ثمانية جنود نظاميين، بحسب المرصد السوري لحقوق "
        "الإنسان. وبيّن المرصد أن العملية افتُتحت بعنصر من النصرة فجّر نفسه بعربة صغيرة كان يقودها عند "
        "الحاجز، ثم دارت مواجهات مع الجنود. ولفت إلى أن المقاتلات الحربية نفذت بعد ذلك ثلاث غارات على الأقل "
        "استهدفت الحاجز.",
        [E("territory_change", Q("ثمانية", 8), PL("معلولا", "Maaloula", "Rif Dimashq"), "2013-09-04",
           "المرصد السوري لحقوق الإنسان", HTS,
           note="the taking of the checkpoint, the suicide blast that opened it and the clashes are one act, the "
                "eight dead its own. JUDGEMENT: a second coder could code armed_clash, or the blast apart"),
         E("airstrike", Q("ثلاث", 3, None, True), PL("معلولا", "Maaloula", "Rif Dimashq"), "2013-09-04",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="'ولفت' goes on with SOHR's telling; the raids came after the taking, same day assumed; the "
                "warplanes are the regime's by context (the page names no force)")])

passage("ia11", "2013-10-29", "Ahram Gate (AFP)", "amnesty decree for draft evaders and deserters | "
        "page: https://www.masress.com/ahramgate/411772",
        "منح بشار الأسد، رئيس سوريا، اليوم الثلاثاء، بمرسوم «عفو عام» المتخلفين عن أداء خدمة العلم والجنود "
        "الهاربين منها، على أن يسلّموا أنفسهم ضمن مهل محددة، وفق ما نقلته الوكالة الرسمية «سانا». ويشمل العفو "
        "الفارين داخلياً وخارجياً شرط أن يسلموا أنفسهم في غضون ثلاثين يوماً للفرار الداخلي وتسعين يوماً للخارجي. "
        "ولم يبيّن نص المرسوم إن كان العفو يسري على من رفعوا السلاح في وجه الجيش.",
        [E("desertion", None, None, "2013-10-29", "سانا", GOV,
           note="an amnesty decree for deserters and draft evaders; the deadlines are not figures")])

passage("ia12", "2014-08-14", "Al-Hayat", "IS takes a list of villages; SOHR's assessment; clashes going on elsewhere | "
        "page: https://sauress.com/alhayat/4107602 (published inferred: IS took Akhtarin in mid-August 2014; no day in the text)",
        "بسط تنظيم «الدولة الإسلامية» (داعش)، بحسب ما أكده المرصد السوري لحقوق الإنسان، سيطرته على قرى الغوز "
        "ودويبق والعزيزية والمسعودية وعلى بلدتي أخترين وتركمان بارح في ريف حلب الشمالي الشرقي، إثر معارك ضارية مع ما "
        "تبقى من الكتائب المقاتلة والإسلامية في المنطقة عقب انسحاب جبهة النصرة أواخر تموز. ورأى المرصد أن أخترين "
        "موقع استراتيجي للتنظيم لأنها تفتح أمامه الطريق إلى مارع، أبرز معاقل الجبهة الإسلامية، ومنها إلى إعزاز. "
        "وذكر أن القتال لا يزال دائراً على أطراف قرية أرشاف.",
        [E("territory_change", None, PL("الغوز", "Al-Ghouz", "Aleppo"), None, "المرصد السوري لحقوق الإنسان",
           IS, note="one act over a list of villages and two towns: one event at the first place; undated in the text"),
         E("armed_clash", None, PL("أرشاف", "Arshaf", "Aleppo"), None, "المرصد السوري لحقوق الإنسان", IS,
           note="fighting still going on at another village (IS against the factions); no day given. Nusra's "
                "withdrawal in late July is background")])

passage("ia13", "2015-03-05", "Zaman (AP)", "barrel bombs on an Aleppo quarter, two tolls from two sources; a recalled attack the day before | "
        "page: https://www.zamanarabic.com/2015/03/05/مقتل-10-أشخاص-في-قصف-بالبراميل-المتفجرة",
        "بيروت (أ ب) - أفاد ناشطون سوريون بأن مروحيات عسكرية حكومية ألقت اليوم الخميس براميل متفجرة على حي "
        "قاضي عسكر في مدينة حلب، فقتلت عشرة أشخاص على الأقل وجرحت عدداً كبيراً. وروى ناشط من المدينة يُعرّف نفسه "
        "باسم أبو يامن أن أحد البراميل أصاب محلاً لبيع الوقود فاشتعلت النيران وتعرض مارة كثيرون لحروق، بينما رفع "
        "المرصد السوري لحقوق الإنسان الحصيلة إلى 18 قتيلاً. وجاءت الغارة غداة هجوم شنته جبهة النصرة وفصائل "
        "متشددة على مبنى المخابرات في حلب.",
        [E("airstrike", Q("عشرة", 10, None, True), PL("قاضي عسكر", "Qadi Askar", "Aleppo"), "2015-03-05",
           "ناشطون سوريون", GOV,
           note="JUDGEMENT: two sources disagree (activists 10, SOHR 18); gold keeps the first toll and its "
                "source; a second coder could take SOHR's 18 as the later figure"),
         E("armed_clash", None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2015-03-04", None, HTS,
           note="a recalled attack with its own day ('the day before'): an event; the building inside the city is "
                "placed at the city; the outlet")])

passage("ia14", "2015-03-20", "Echorouk", "IS suicide blast on a Nowruz gathering; IS attacks on checkpoints in another province | "
        "page: https://djazairess.com/echorouk/237248 (published inferred: the eve of Nowruz, Friday 20 March 2015)",
        "قال المرصد السوري لحقوق الإنسان إن 33 شخصاً، من بينهم ما لا يقل عن خمسة أطفال ونساء عدة، لقوا حتفهم "
        "الجمعة حين فجّر عنصر من تنظيم داعش نفسه وسط تجمع لمواطنين أكراد في حي المفتي بمدينة الحسكة ليلة عيد "
        "النوروز. ورجّح المرصد أن ترتفع الحصيلة لوجود عشرات المصابين بحال خطرة، ولم يعلن التنظيم مسؤوليته على "
        "الفور. وفي ريف حمص الشرقي، سقط ما لا يقل عن 70 من جنود النظام ومسلحين يوالونه في هجمات يشنها "
        "التنظيم منذ ليل الأربعاء على حواجز ومواقع في منطقة السخنة، بحسب المرصد.",
        [E("explosion", Q("33", 33), PL("المفتي", "Al-Mufti", "Al-Hasakah"), "2015-03-20",
           "المرصد السوري لحقوق الإنسان", IS,
           note="the quarter (حي المفتي) is the place; the bomber is IS's by the text though IS did not claim it"),
         E("armed_clash", Q("ما لا يقل عن 70", 70, None, True), PL("السخنة", "Al-Sukhnah", "Homs"), None, "المرصد", IS,
           note="attacks on checkpoints since Wednesday night (several days): undated; IS's attacks kill 70 regime "
                "fighters; the source closes the sentence")])

passage("ia15", "2015-04-17", "Al Jazeera", "TV report: barrel bombs on three Aleppo quarters; raids on an Idlib town | "
        "page: http://www.aljazeera.net/programs/newsreports/2015/4/17/براميل-متفجرة-تقتل-العشرات-في-حلب",
        "أوقعت براميل متفجرة ألقاها طيران النظام السوري على بستان القصر والكلاسة وباب الحديد، وهي أحياء في مدينة حلب، "
        "عشرات الضحايا بين قتيل وجريح، وخلّفت خراباً واسعاً وحرائق سعت فرق الدفاع المدني إلى إطفائها وهي تفتش عن "
        "ناجين تحت الركام. ويدخل قصف حلب بالبراميل والمدفعية يومه السادس دون انقطاع. وفي ريف إدلب، لقي ثلاثة عشر "
        "شخصاً مصرعهم وجُرح آخرون بغارات لطيران النظام على بلدة معرة مصرين.",
        [E("airstrike", None, PL("بستان القصر", "Bustan al-Qasr", "Aleppo"), None, None, GOV,
           note="one act over three quarters (a group); 'dozens killed and wounded' mixes the injured: no figure; "
                "the sixth day of shelling is a campaign, no event; the report's day is not in the text"),
         E("airstrike", Q("ثلاثة عشر", 13), PL("معرة مصرين", "Maarrat Misrin", "Idlib"), None, None, GOV)])

passage("ia16", "2015-05-31", "Al Jazeera", "TV report: IS claims towns north of Aleppo, one after a car bomb | "
        "page: https://www.aljazeera.net/programs/newsreports/2015/5/31/تنظيم-الدولة-يعلن-سيطرته-على-ريف-حلب-الشمالي",
        "انتقل القتال بين تنظيم الدولة الإسلامية وفصائل المعارضة السورية المسلحة إلى محيط مدينة مارع في ريف حلب "
        "الشمالي، أحد أبرز معاقل المعارضة هناك. وقال التنظيم إنه استولى على بلدة صوران إثر هجوم افتتحه أحد "
        "عناصره بتفجير سيارة مفخخة، ثم على قرية البول القريبة الواقعة على طريق إعزاز. وجنوبي مارع، على جبهة تل "
        "مالد، أعلن التنظيم أنه انتزع قريتي الحصية وغرناطة من المعارضة، التي كانت قد أعلنت طرده منهما قبل أيام فقط.",
        [E("territory_change", None, PL("صوران", "Suran", "Aleppo"), None, "التنظيم", IS,
           note="the car bomb opened the attack: part of the taking. JUDGEMENT: the fighting 'moved to Marea' is "
                "the frame of the takings, not coded apart"),
         E("territory_change", None, PL("البول", "Al-Bul", "Aleppo"), None, "التنظيم", IS,
           note="a second taking at another village, told by the same claim"),
         E("territory_change", None, PL("الحصية", "Al-Hasiyah", "Aleppo"), None, "التنظيم", IS,
           note="two villages in one claim (a group); the opposition's earlier taking has no day: no event")])

passage("ia17", "2015-05-30", "Al-Hayat", "a total over two places, then each place's toll (barrels on a market and a quarter) | "
        "page: https://sauress.com/alhayat/9358799 (published inferred: the al-Bab market barrels, Saturday 30 May 2015)",
        "أودت براميل متفجرة ألقتها طائرات النظام اليوم السبت بحياة 45 مدنياً في مدينة حلب وريفها، وفق المرصد "
        "السوري لحقوق الإنسان. وأوضح مدير المرصد، أيمن السعدي، أن 33 رجلاً قُتلوا في مدينة الباب الخاضعة لتنظيم "
        "الدولة الإسلامية حين أصابت البراميل سوق الهال الشعبي وقت ازدحامه، ولا يزال 19 شخصاً مفقودين تحت "
        "الأنقاض. أما في حي الشعار شرقي حلب، الخاضع لفصائل المعارضة، فسقط 12 قتيلاً، من بينهم أربع نساء "
        "وثلاثة أطفال.",
        [E("airstrike", Q("33", 33), PL("الباب", "Al-Bab", "Aleppo"), "2015-05-30", "مدير المرصد", GOV,
           note="JUDGEMENT: the total (45) is told first, then two places with their tolls: two events, one per "
                "place; a second coder could code one event of 45 at Aleppo. The market is placed at its town"),
         E("airstrike", Q("12", 12), PL("الشعار", "Al-Shaar", "Aleppo"), "2015-05-30", "مدير المرصد", GOV,
           note="the director's telling goes on ('أما'); children and women are a breakdown")])

passage("ia18", "2015-10-02", "Al Wasat", "the first Russian raids on Idlib: a total, then the toll in each town | "
        "page: http://alwasatnews.com/news/1031186.html (published inferred: two days after Wednesday 30 September 2015)",
        "قُتل ثمانية أشخاص على الأقل في غارات نفذتها مقاتلات روسية على محافظة إدلب في شمال سوريا. وبحسب المرصد "
        "السوري لحقوق الإنسان، ومقره بريطانيا، فإن أربعة من القتلى، هم رجل وسيدتان وطفل، سقطوا في "
        "بلدة بليون في جبل الزاوية، وثلاثة بينهم طفلة في بلدة الهبيط جنوبي إدلب، فيما قضى رجل متأثراً بإصابته في "
        "ضربات روسية على مدينة جسر الشغور. وكان الطيران الروسي قد بدأ طلعاته في سوريا يوم الأربعاء.",
        [E("airstrike", Q("أربعة", 4), PL("بليون", "Balyun", "Idlib"), None, "المرصد السوري لحقوق الإنسان", RUS,
           note="JUDGEMENT: the total (8) is split by SOHR into three towns: one event per town; a second coder "
                "could code one event of 8 at Idlib; the raids' day is not in the text"),
         E("airstrike", Q("ثلاثة", 3), PL("الهبيط", "Al-Habit", "Idlib"), None, "المرصد السوري لحقوق الإنسان", RUS),
         E("airstrike", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), None, "المرصد السوري لحقوق الإنسان", RUS,
           note="one man died of his wounds: no figure. The start of Russia's sorties is background, no event")])

passage("ia19", "2015-10-09", "Baladi News", "IS takes a military school and villages; an ambush in one of them | "
        "page: https://baladi-news.com/ar/articles/1145/تحت-جناح-بوتين-البغدادي-يتمدد-بريف-حلب",
        "بسط تنظيم «الدولة» اليوم الجمعة، في ساعات الصباح، سيطرته على مدرسة المشاة وعلى قرى كفرقارص ومعراتة "
        "وتل سوسين وفافين وتل قراح، إضافة إلى المنطقة الحرة وسجن الأحداث في ريف حلب. وأوضح مراسل بلدي نيوز في مدينة حلب أن التنظيم "
        "هاجم مواقع الثوار في المدرسة والقرى المجاورة لها عبر ثلاثة محاور، فاضطر الثوار إلى الانسحاب من أربع "
        "نقاط. وأضاف المراسل أن عدداً من مقاتلي المعارضة قُتلوا حين وقعوا في كمين نصبه التنظيم في قرية تل سوسين.",
        [E("territory_change", None, PL("كفرقارص", "Kafr Qaris", "Aleppo"), "2015-10-09",
           "مراسل بلدي نيوز", IS,
           note="one act over a military school and villages (a group). JUDGEMENT: the Infantry School is a "
                "military site, but the test's landmark rule reads 'مدرسة' as a school, so the group is placed at "
                "its first village; a second coder could place it at the school. The reporter's next sentence "
                "comes back to the taking"),
         E("armed_clash", None, PL("تل سوسين", "Tal Sousin", "Aleppo", nth=1), "2015-10-09", "مراسل بلدي نيوز", IS,
           note="an ambush with dead ('a number of'): no figure; same day assumed")])

passage("ia20", "2016-05-02", "Enab Baladi", "IS claims three villages by a statement; Turkish shelling mentioned; no denial | "
        "page: http://www.enabbaladi.net/archives/77299",
        "قال تنظيم «الدولة الإسلامية» إنه انتزع، اليوم الاثنين 2 أيار، ثلاث قرى بالريف الشمالي لحلب من فصائل "
        "المعارضة. وذكر المكتب الإعلامي لما يسميه التنظيم «ولاية حلب» في بيان أن عناصره دخلوا صباحاً دوديان "
        "وتل شعير وإيكدة عقب مواجهات قال إنها «خفيفة»، على الرغم من استمرار المدفعية التركية في قصف المنطقة، "
        "واستولوا على آليات وأسلحة وذخائر. في المقابل، لم تؤكد فصائل الجيش الحر حتى الآن أنها تراجعت عن تلك القرى.",
        [E("territory_change", Q("ثلاث", 3), PL("دوديان", "Dudyan", "Aleppo"), "2016-05-02", "المكتب الإعلامي", IS,
           note="three villages in one claim (a group); the figure counts villages. JUDGEMENT: the ongoing Turkish "
                "shelling is told as a circumstance, not coded; the factions' silence is no denial event")])

passage("ia21", "2016-06-27", "Syrian Mirror", "IS retakes seven villages by Amaq; the opposition mourns a commander | "
        "page: https://syrian-mirror.net/?p=12044",
        "تقدم تنظيم الدولة في ريف حلب الشمالي واستعاد سبع قرى قريبة من الشريط الحدودي مع تركيا إثر معارك مع "
        "فصائل المعارضة. فقد أعلنت وكالة أعماق، الذراع الإعلامية للتنظيم، بعد ظهر اليوم الاثنين 27 حزيران 2016، أن "
        "مقاتليه عادوا إلى قرى تل أحمر والراغبية والشعبانية ومزارع شاهين وتل بطال وقصاجك والعزاتية. ولم تنكر "
        "المعارضة انسحابها، لكنها نعت مازن العبود، الذي كان يقود «لواء الشمال» التابع لـ«فيلق الشام»، وقالت إنه قُتل في المواجهات.",
        [E("territory_change", Q("سبع", 7), PL("تل أحمر", "Tal Ahmar", "Aleppo"), "2016-06-27", "وكالة أعماق", IS,
           note="seven villages in one claim (a group at the first); the lead's sentence and Amaq's are one act; "
                "the commander died in the same fighting (a singular: no figure, no second event)")])

passage("ia22", "2016-08-27", "Swissinfo (AFP)", "a double barrel strike on a mourning tent; the recalled strike that killed the mourned | "
        "page: https://www.swissinfo.ch/ara/afp/مقتل-15-شخصا-على-الاقل-جراء-برميلين-متفجرين-على-مدينة-حلب-السورية-/42402906",
        "لقي 15 شخصاً على الأقل حتفهم اليوم السبت وأصيب آخرون حين سقط برميلان متفجران، يفصل بينهما دقائق، على حي "
        "تسيطر عليه الفصائل في مدينة حلب، بحسب المرصد السوري لحقوق الإنسان. وشرح مدير المرصد، خالد النعيمي، "
        "لوكالة فرانس برس أن قوات النظام ضربت حي المعادي ببرميل وقع بجوار خيمة عزاء عند أطراف حي النيرب، ثم أُلقي "
        "البرميل الثاني بعد أن تجمّع الأهالي والمسعفون. وبحسب مدير المرصد، كانت الخيمة قد نُصبت لتأبين 15 مدنياً، "
        "بينهم 11 طفلاً، قضوا يوم الخميس بقصف مماثل بالبراميل على حي باب النيرب القريب.",
        [E("airstrike", Q("15", 15, None, True), PL("المعادي", "Al-Maadi", "Aleppo"), "2016-08-27",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="two barrels minutes apart: one act; the director's telling comes back to it"),
         E("airstrike", Q("15", 15, nth=1), PL("باب النيرب", "Bab al-Nairab", "Aleppo"), "2016-08-25", "مدير المرصد", GOV,
           note="a recalled strike with its own day (Thursday): an event of its own; eleven children a breakdown")])

passage("ia23", "2016-12-07", "Al-Quds", "a hedged Israeli strike on a military airport; raids on Hezbollah the night before | "
        "page: http://www.alquds.com/lang/ar/articles/1481103045672375200/",
        "أفادت تقارير من دمشق اليوم الأربعاء بأن طائرة لم تُعرف هويتها، ويُرجَّح أنها إسرائيلية، استهدفت مطار المزة "
        "العسكري في العاصمة السورية. وتحدثت التقارير عن دوي انفجارات قوية داخل المطار وفي محيطه وعن حرائق شبّت "
        "فيه، من دون أن تتضح حصيلة الخسائر البشرية أو المادية. وفي سياق متصل، استهدفت طائرات يُعتقد أيضاً أنها "
        "إسرائيلية مواقع تابعة لحزب الله اللبناني بمنطقة الزبداني ليل أمس، ولم تتوفر تفاصيل إضافية.",
        [E("airstrike", None, PL("مطار المزة العسكري", "Mezzeh Military Airport", "Damascus"), "2016-12-07", "تقارير",
           ISR, note="the attacker is hedged ('believed Israeli'); the airport is a listed military site"),
         E("airstrike", None, PL("الزبداني", "Al-Zabadani", "Rif Dimashq"), "2016-12-06", None, ISR,
           note="another place, another night: the outlet; hedged attacker")])

passage("ia24", "2016-12-15", "Shula News (AFP)", "the first evacuation convoy from east Aleppo, the ICRC's figures | "
        "page: https://shula.news/انطلاق-الدفعة-الأولى-من-عملية-الإجلاء (published inferred: the first east-Aleppo convoy, 15 December 2016)",
        "انطلقت أولى سيارات الإسعاف والحافلات الخضراء حاملة مصابين ومدنيين من الجيب الأخير الذي تسيطر عليه المعارضة في شرق "
        "حلب، في خطوة تمهد لاستعادة قوات النظام المدينة كلها بعد ما يزيد على أربع سنوات من القتال. وتحركت القافلة، "
        "تتقدمها سيارات الهلال الأحمر السوري واللجنة الدولية للصليب الأحمر، من حي العامرية عبر الراموسة نحو الريف "
        "الغربي الخاضع للفصائل. وقالت ريم سلوم، المتحدثة الإعلامية للجنة الدولية للصليب الأحمر في سوريا، إن 20 حافلة و13 "
        "سيارة إسعاف قطعت خطوط الاشتباك، متوقعةً أن يُجلى اليوم على مراحل زهاء 200 مصاب من المدنيين.",
        [E("other", None, PL("العامرية", "Al-Amiriyah", "Aleppo"), "2016-12-15",
           "المتحدثة الإعلامية للجنة الدولية للصليب الأحمر في سوريا", None,
           note="an evacuation: the place it left from; the vehicles are not the people evacuated and the 200 are "
                "expected, so no figure (JUDGEMENT: a second coder could take 'زهاء 200'); the spokeswoman's "
                "sentence comes back to the convoy")])

passage("ia25", "2017-01-13", "Felesteen News", "Israeli missiles on a military airport, SANA's military source, the army's warning | "
        "page: https://felesteen.news/post/3093/الاحتلال-يقصف-مطار-المزة-العسكري-في-دمشق",
        "اتهم جيش النظام السوري، يوم الجمعة 13-1-2017، جيش الاحتلال الإسرائيلي بإطلاق صواريخ استهدفت مطار المزة "
        "العسكري الواقع غرب دمشق. ونسبت وكالة «سانا» إلى مصدر عسكري أن الطيران الإسرائيلي أطلق في تمام الساعة 00.25 "
        "فجراً عدداً من الصواريخ من منطقة تقع شمال بحيرة طبريا، فسقطت حول المطار وأشعلت حريقاً فيه. وحذّرت القيادة "
        "العامة للجيش، بحسب المصدر نفسه، إسرائيل من عواقب ما وصفته بالاعتداء، فيما امتنع الجيش الإسرائيلي عن "
        "التعليق.",
        [E("airstrike", None, PL("مطار المزة العسكري", "Mezzeh Military Airport", "Damascus"), "2017-01-13",
           "مصدر عسكري", ISR,
           note="where the missiles were fired from (Lake Tiberias) is not the place. JUDGEMENT: the army "
                "command's warning reacts to the strike (stop 32: a reaction is the incident's source), not coded "
                "as a statement; a second coder could code it")])

passage("ia26", "2017-02-24", "Al-Hal (7al.net)", "raids on two villages, the toll split by an activist; opposition rockets in reply | "
        "page: https://7al.net/2017/02/24/ستة-أطفال-ووالديهم-ضحايا-بقصف-للنظام-ع/",
        "لقي عشرة مدنيين حتفهم وجُرح أربعة اليوم الجمعة بغارات شنتها طائرات النظام الحربية بصواريخ فراغية على "
        "قريتي الحميرات والمستريحة في الريف الشمالي الغربي لحماة، وهما تحت سيطرة المعارضة. وأوضح الناشط الإعلامي "
        "مهند الراشد لموقع الحل أن إحدى الغارات أصابت بيتاً في الحميرات فقتلت ستة أطفال مع أبويهم، بينما أصابت "
        "أخرى منزلاً في المستريحة وأودت بشخصين. ورداً على ذلك، قصفت فصائل المعارضة بصواريخ «غراد» تجمعات لقوات "
        "النظام في قرية الربيعة غربي مطار حماة العسكري.",
        [E("airstrike", Q("عشرة", 10), PL("الحميرات", "Al-Humayrat", "Hama"), "2017-02-24", "الناشط الإعلامي", GOV,
           note="JUDGEMENT: the lead ties the raids to two villages: one event (a group at the first) with the "
                "total; a second coder could code two events (Humayrat 'six children and their parents', no "
                "single numeral; Mustariha a dual)"),
         E("shelling", None, PL("الربيعة", "Al-Rabiah", "Hama"), "2017-02-24", None, FSA,
           note="rockets in reply: another kind of act, the outlet; the airport is a bearing; same day assumed")])

passage("ia27", "2017-03-12", "Micro Syria (SMART)", "SDF takes a village by statement; an IS car bomb elsewhere, dead counted at a hospital | "
        "page: https://microsyria.com/2017/03/12/قسد-تسيطر-على-قرية-في-الرقة-وتخسر-عناص/",
        "قالت «قوات سوريا الديمقراطية» (قسد)، عبر بيان نشرته على «فيسبوك» اليوم الأحد إنها انتزعت قرية كأس الجبل، "
        "على بعد 48 كم جنوب شرقي مدينة الرقة، من تنظيم «الدولة الإسلامية»، بينما سقط عدد من عناصرها بين قتيل "
        "وجريح بعربة مفخخة فجّرها التنظيم. وأفاد مصدر عسكري في قسد، طلب عدم ذكر اسمه، لوكالة «سمارت» بأن مشفى رأس "
        "العين استقبل جثث أربعة من عناصرها وستة مصابين سقطوا بانفجار سيارة مفخخة للتنظيم في مزرعة حمادي الواقعة "
        "شمال شرقي الرقة.",
        [E("territory_change", None, PL("كأس الجبل", "Kas al-Jabal", "Ar-Raqqa"), "2017-03-12",
           "قوات سوريا الديمقراطية", SDF, note="the city is a bearing; the distance is a measure"),
         E("explosion", Q("أربعة", 4), PL("مزرعة حمادي", "Mazraat Hamadi", "Ar-Raqqa"), "2017-03-12",
           "مصدر عسكري في قسد", IS,
           note="the car bomb of the lead and of the source's sentence is one act; the hospital where the dead "
                "arrived (Ras al-Ain) is not the place; same day assumed")])

passage("ia28", "2017-04-14", "Youm7", "the four-towns evacuation: two convoys, local sources relayed by Sky News | "
        "page: https://youm7.com/story/2017/4/14/بالصور-خروج-5-آلاف-شخص-كدفعة-أولى-من-بلدتى-الفوعة/3189807",
        "ذكرت اليوم الجمعة مصادر محلية سورية أن نحو 5 آلاف شخص غادروا الفوعة وكفريا، البلدتين الواقعتين في ريف "
        "إدلب، ضمن الدفعة الأولى، متجهين إلى منطقة القصير عبر الراشدين في حلب. وأضافت المصادر، وفق ما نقلته قناة «سكاي نيوز»، أن ما "
        "يزيد على ألف شخص خرجوا في المقابل من مضايا والزبداني نحو مدينة إدلب، في إطار اتفاق أبرمته الحكومة السورية "
        "مع فصائل معارضة لإجلاء المدنيين والمقاتلين من أربع بلدات محاصرة. واستقبلت الراشدين، الخاضعة للمعارضة غرب "
        "حلب، 80 حافلة قادمة من البلدتين.",
        [E("other", Q("نحو 5 آلاف", 5000, approx=True), PL("الفوعة", "Al-Fuah", "Idlib"), "2017-04-14",
           "مصادر محلية سورية", None,
           note="an evacuation from two towns (a group); the destination and the transit are not the place; the "
                "80 buses arriving are the same convoy"),
         E("other", Q("ما يزيد على ألف", 1000, None, True), PL("مضايا", "Madaya", "Rif Dimashq"), "2017-04-14",
           "مصادر محلية سورية", None,
           note="the other side's evacuation (two towns, a group); 'وأضافت' carries the source. The agreement is "
                "background, no event")])

passage("ia29", "2017-05-22", "Akhbar Al Aan (SMART)", "SDF takes a village; activists count IS dead; partial advance in a town | "
        "page: https://akhbaralaan.net/news/arab-world/2017/05/22/سوريا-الديمقراطية-تسيطر-على-قرية-شمال-الرقة-وتقترب-من-سد-البعث",
        "انتزعت قوات سوريا الديمقراطية من تنظيم داعش قرية السلحبية الغربية شمال غربي مدينة الرقة، في إطار رابع "
        "مراحل معركة «غضب الفرات»، وقالت عبر حسابها في فيسبوك إنها وجدت أثناء تمشيط القرية مدافع هاون وطائرة "
        "استطلاع وأسلحة أخرى. وبحسب ناشطين على مواقع التواصل، قُتل 31 عنصراً من التنظيم في يومين من المعارك على "
        "القرية، وبقيت جثث 11 منهم بيد القوات. كما تدور مواجهات في بلدة حمرة الناصر شرقي الرقة، حيث تقدمت القوات "
        "مساء أمس في أجزاء منها، وفق الناشطين.",
        [E("territory_change", Q("31", 31), PL("السلحبية الغربية", "Al-Salhabiyah al-Gharbiyah", "Ar-Raqqa"), None,
           "قوات سوريا الديمقراطية", SDF,
           note="the two days of fighting for the village end in its taking: the 31 IS dead are the act's (the "
                "activists' figure, 11 bodies a breakdown); no day in the text. JUDGEMENT: a second coder could "
                "code the two days' fighting as an armed_clash with the 31 and the taking without a figure"),
         E("armed_clash", None, PL("حمرة الناصر", "Hamrat al-Nasser", "Ar-Raqqa"), "2017-05-21", "الناشطين", SDF,
           note="a partial advance into a town with clashes going on: armed_clash, not a taking")])

passage("ia30", "2017-09-20", "Micro Syria (SMART)", "raids on three places told by two sources; a hedged Russian raid | "
        "page: https://microsyria.com/2017/09/20/11-قتيلا-وجريحا-بقصف-جوي-على-شمال-حماة/",
        "أسفر قصف جوي استهدف يوم الأربعاء قريتين وبلدة في شمال حماة عن مقتل ثلاثة مدنيين وإصابة ثمانية. وقال "
        "نزار الحمود، مسؤول الإغاثة في مجلس جبل شحشبو المحلي، لوكالة «سمارت» إن طائرة حربية يُعتقد أنها "
        "تابعة للنظام ضربت قرية الصهرية فقتلت امرأة وابنتها وجرحت اثنين، وإن قرية تل هواش تعرضت لضربة مشابهة "
        "أصابت ثلاثة مدنيين. وأفاد ناشطون بأن مقاتلات يُرجّح أنها روسية شنت على بلدة كفرنبودة أربع غارات أودت "
        "بمدني وجرحت ثلاثة.",
        [E("airstrike", None, PL("الصهرية", "Al-Sahriyah", "Hama"), "2017-09-20",
           "مسؤول الإغاثة في مجلس جبل شحشبو المحلي", GOV,
           note="the lead's total (three dead) covers three places by two attackers: one event per place; a woman "
                "and her daughter: no numeral, no figure; the attacker hedged"),
         E("airstrike", None, PL("تل هواش", "Tal Hawash", "Hama"), "2017-09-20",
           "مسؤول الإغاثة في مجلس جبل شحشبو المحلي", GOV, note="wounded only: no figure"),
         E("airstrike", Q("أربع", 4, nth=1), PL("كفرنبودة", "Kafr Nabudah", "Hama"), "2017-09-20", "ناشطون", RUS,
           note="one dead (singular): the figure is the raids' own count; the attacker hedged")])

passage("ia31", "2018-03-11", "Asha News", "a head of state's claims and threat during an operation; a running area total | "
        "page: https://ashanews.net/2018/03/11/أردوغان-جنودنا-شارفوا-على-دخول-مدينة-ع/amp",
        "ديار بكر - آشا نيوز: أكد رجب طيب أردوغان، رئيس تركيا، يوم السبت أن جنود بلاده يواصلون الزحف نحو مدينة "
        "عفرين وباتوا على وشك دخولها. وأضاف، خلال زيارته ولاية أنطاليا جنوبي تركيا، أن الهدف ليس الاستيلاء على "
        "أراضٍ بل ملاحقة «الإرهابيين» الذين يهددون بلاده «حتى النهاية». وكان أردوغان قد قال في وقت سابق من اليوم "
        "نفسه إن القوات المشاركة في «غصن الزيتون» بسطت سيطرتها على قرابة 850 كيلومتراً مربعاً من منطقة عفرين منذ بدء "
        "العملية في 20 كانون الثاني.",
        [E("statement", None, PL("عفرين", "Afrin", "Aleppo"), "2018-03-10", "رجب طيب أردوغان", TUR,
           note="a head of state's threat and stance about Afrin (stop 32: a statement); the approach to the city "
                "is no taking"),
         E("territory_change", None, PL("عفرين", "Afrin", "Aleppo", nth=1), None, "أردوغان", TUR, kind="aggregate",
           note="the area taken since 20 January: a running total; the area (a measure) is not the figure. "
                "JUDGEMENT: a second coder could give 850 km² as its figure")])

passage("ia32", "2018-03-25", "IMLebanon (AFP)", "the first Ghouta evacuation convoy, SANA's figures through a crossing | "
        "page: https://imlebanon.org/2018/03/25/ghouta-fighters-transportation",
        "انطلقت ليل السبت الدفعة الأولى من مقاتلين ومدنيين أُخرجوا من المناطق التي يسيطر عليها فيلق الرحمن جنوبي "
        "الغوطة الشرقية، متوجهة إلى محافظة إدلب، بحسب الإعلام الرسمي. وذكرت وكالة «سانا» أن 17 حافلة تقل 981 "
        "شخصاً من المسلحين وذويهم عبرت معبر عربين، وهي الأولى من بين نحو سبعة آلاف شخص يُنتظر أن يغادروا زملكا "
        "وعين ترما وعربين وحي جوبر في دمشق.",
        [E("other", Q("981", 981), PL("معبر عربين", "Arbin crossing", "Rif Dimashq"), "2018-03-24", "سانا", None,
           note="an evacuation: SANA's sentence comes back to the convoy (a crossing is a place of its own); the "
                "seven thousand expected are future, no event; the destination is not the place")])

passage("ia33", "2018-05-04", "Zaman al-Wasl", "buses enter for a second batch; the first batch arrives, counted by activists | "
        "page: https://www.zamanalwsl.net/news/article/86880",
        "وصلت حافلات صباح اليوم الجمعة إلى بلدات يلدا وببيلا وبيت سحم جنوب دمشق لتقل الدفعة الثانية من مقاتلي "
        "المعارضة وعائلاتهم الذين رفضوا «التسوية» مع النظام، وذلك غداة انتشار الشرطة العسكرية الروسية في البلدات "
        "الثلاث للإشراف على الإجلاء. ويُتوقع أن يغادر المنطقة قرابة 17 ألف مقاتل ومدني. أما الدفعة الأولى، التي "
        "خرجت أمس في 31 حافلة وتضم نحو 1643 شخصاً بحسب ناشطين، فقد بلغت اليوم ريف حلب الشمالي، على أن يُنقل "
        "ركابها لإيوائهم في مخيمات مؤقتة بمنطقة عفرين.",
        [E("other", Q("نحو 1643", 1643, approx=True), PL("يلدا", "Yalda", "Rif Dimashq"), "2018-05-03", "ناشطين", None,
           note="the first batch's evacuation (yesterday) from the three towns (a group at the first): the arrival "
                "and the camps are not the place. JUDGEMENT: the buses entering for the second batch (not yet left) "
                "and the Russian police's deployment are not coded; the 17 thousand are expected")])

passage("ia34", "2018-07-15", "People's Daily (Xinhua)", "Daraa al-Balad evacuation: the state agency's and SOHR's counts disagree | "
        "page: http://arabic.peopledaily.com.cn/n3/2018/0716/c31662-9481206.html",
        "دمشق 15 يوليو 2018 - خرج مئات من مقاتلي الفصائل المسلحة مع عائلاتهم اليوم الأحد من مدينة درعا جنوبي سوريا "
        "نحو الشمال، في أول دفعة من نوعها. ونقلت وكالة «سانا» أن عشر حافلات يرافقها الهلال الأحمر العربي السوري "
        "انطلقت اليوم تقل 407 من «الإرهابيين» وذويهم، تنفيذاً لاتفاق يقضي بإخلاء درعا البلد من السلاح. أما "
        "المرصد السوري لحقوق الإنسان فقال إن القافلة ضمت تسع حافلات وسيارتي إسعاف تنقل ما لا يقل "
        "عن 430 بين مدني ومقاتل.",
        [E("other", Q("407", 407), PL("درعا", "Daraa", "Daraa"), "2018-07-15", "سانا", None,
           note="JUDGEMENT: 'hundreds' (vague), then SANA's 407 and SOHR's 430+: gold takes the first number "
                "written and its source; a second coder could take 430 or place it at Daraa al-Balad")])

passage("ia35", "2018-10-09", "People's Daily (Xinhua)", "amnesty decree No. 18 for deserters, with deadlines | "
        "page: http://arabic.peopledaily.com.cn/n3/2018/1010/c31662-9507079.html",
        "دمشق 9 أكتوبر 2018 - منح بشار الأسد، رئيس النظام السوري، اليوم الثلاثاء، بمرسوم تشريعي يحمل الرقم 18، عفواً عاماً "
        "عن العسكريين «الفارين» من الخدمة، بحسب ما أعلنته وسائل الإعلام الرسمية. وأوضحت وكالة «سانا» أن المتوارين "
        "عن الأنظار والهاربين من وجه العدالة لا يستفيدون من المرسوم ما لم يسلموا أنفسهم في غضون أربعة أشهر إن كان "
        "فرارهم داخلياً، وستة أشهر إن كان خارجياً. ويتزامن المرسوم مع استعادة الجيش مساحات واسعة ظلت خارج "
        "قبضته سنوات.",
        [E("desertion", None, None, "2018-10-09", "وسائل الإعلام الرسمية", GOV,
           note="an amnesty decree; the decree's number and the deadlines are not figures; the army's regained "
                "ground is background")])

passage("ia36", "2018-04-08", "Micro Syria (SMART)", "shelling of two villages from a named town; counter-shelling | "
        "page: https://microsyria.com/2018/04/08/ضحايا-بقصف-مدفعي-وصاروخي-لقوات-النظام/",
        "أسفر قصف بالمدفعية والصواريخ نفذته قوات النظام يوم الأحد على العمقية وقسطون، القريتين الواقعتين شمال غربي مدينة حماة، عن "
        "مقتل طفل وإصابة ثلاثة مدنيين. وأفاد ناشطون محليون لوكالة «سمارت» بأن القذائف انطلقت من مواقع القوات في "
        "بلدة شطحة وسقطت على العمقية، فقتلت الطفل وجرحت سيدتين، في حين أصيب مدني في قسطون بقصف مشابه. وفي المقابل، "
        "استهدفت الكتائب الإسلامية وفصائل الجيش السوري الحر بالمدفعية وقذائف الهاون مواقع النظام في قرية جورين.",
        [E("shelling", None, PL("العمقية", "Al-Amqiyah", "Hama"), "2018-04-08", "ناشطون محليون", GOV,
           note="the lead ties one act to two villages (a group at the first); one child (singular): no figure; "
                "Shatha, where the fire came from, is not the place. JUDGEMENT: a second coder could code Qastoun "
                "apart"),
         E("shelling", None, PL("جورين", "Jurin", "Hama"), "2018-04-08", None, FSA,
           note="counter-shelling: another act, the outlet; same day assumed")])


# Dropped by the lead before the set's one run: the passage's page is one that news_dev paraphrases too (its
# `source_url`), so it is no unseen text. Kept here, out of the gold, so the drop is visible.
DROPPED = {"ia11": "news_dev's own source page"}
P62[:] = [p for p in P62 if p["id"] not in DROPPED]


def main() -> None:
    write("gold62.jsonl", P62)


if __name__ == "__main__":
    main()
