r"""Build gold132.jsonl: fresh set 132 (ids mg01…), written in stop 47 by writer w132 BEFORE any run on it.

35 short passages (62-123 words), each the paraphrase of ONE real page found in the search tool's `pages` corpus
(queried in Arabic), years 2011-2025 (every year), 33 outlets: Arab papers and sites relaying agencies (Al-Riyadh, Sabq and
Al-Nadwa via Sauress, Sada El Balad, Al-Gareda via Masress, El Khabar via Djazairess, Al-Wasat, Aden al-Ghad via Yemeress,
Afrigate News, Touwensa, IMLebanon, Erem News, Buratha News, Al-Shorouk, Youm7, Elaph, Garaa News), Al Jazeera, Al-Araby
Al-Jadeed, Syrian opposition and local sites (Qasioun, Micro Syria/Sada al-Sham, Thiqa, Syria Press, Enab Baladi,
Al-Moharrar, Baladi News, Orient News, Eye of Euphrates, Watan FM, Radio Alkul, Mena Monitor), SOHR and Hawar News. Kinds:
protests fired on (town tolls beside a national toll), defections (groups to Turkey, running totals abroad, recalls),
Israeli strikes near Damascus with recalled strikes and counts, Russian and regime strikes on Idlib, barrel bombs, car
bombs in Azaz with several tolls, evacuations under deals (Darayya, Qudsaya, Daraa 2018), conscription arrests,
assassinations in Daraa with monthly tallies, tribes and the SNA against the SDF around Manbij, IS attacks in Deir
ez-Zor, curfews as decisions (2020, 2024, 2025), SOHR running tolls (11 aggregates in all).
Every sentence was rewritten (no run of five words, names of bodies, people and places aside, is shared with its page:
checked by script on `re.findall(r'\w+')` tokens without diacritics against the page text, which was kept outside the
repository); the incidents, their order, places, figures, dates, sources, hedges and recalls are the page's; private
people's names are left out or invented. Where the page shows no date, `published` was inferred from the events told
(the style says so). Each passage's `style` ends with the page's address. The set is CLOSED (fresh) until the next stop.
Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32, 34 and 41), and was
written before anything ran on the passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build132.py      # rewrites gold132.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROGOV, PROT, Q, RUS, SDF, SNA, TRIBES,  # noqa: E402,F401
                   TUR, UNID, E, write)

P132: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P132.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("mg01", "2011-10-15", "Al-Riyadh (Sauress)", "a Friday's national protest toll equal to the towns listed in "
        "the monitor's quote, a UN running toll, wounded in a town, a big protest, gunfire told by the LCC, a numbered "
        "crowd (published the day after the Friday) | page: https://sauress.com/alriyadh/675748",
        "لقي 12 شخصاً حتفهم، منهم سيدة وفتى، وأصيب غيرهم يوم الجمعة حين فتح عناصر الأمن نيرانهم على محتجين خرجوا "
        "في مدن سورية كثيرة ضمن «جمعة أحرار الجيش»، بينما قالت الأمم المتحدة إن قتلى الاحتجاجات منذ انطلاقها أواسط "
        "آذار الفائت بلغوا ثلاثة آلاف. وفصّل رامي عبد الرحمن، الذي يدير المرصد السوري لحقوق الإنسان، أن من بين القتلى سبعة "
        "سقطوا في داعل بريف درعا، والسيدة والفتى في انخل، ومحتجاً في سقبا، وآخر في حي القدم الدمشقي، وثالثاً في "
        "عندان بريف حلب. وذكر أيضاً أن رصاص الأمن جرح ثلاثة محتجين في الكسوة بريف دمشق. أما لجان التنسيق المحلية "
        "فتحدثت عن نيران كثيفة في حي القصور بحماة، وعن ما يزيد على أربعة آلاف محتج هتفوا للجنود المنشقين في معرة حرمة "
        "بريف إدلب.",
        [E("protest", Q("سبعة", 7), PL("داعل", "Da'el", "Daraa"), "2011-10-14", "رامي عبد الرحمن", PROT,
           note="protests fired on: each town with its own dead is its own protest event (stop 34: the national 12 "
                "equals the listed 7+2+1+1+1, no event of its own); the director's sentence gives the breakdown"),
         E("protest", None, PL("انخل", "Inkhil", "Daraa"), "2011-10-14", "رامي عبد الرحمن", PROT,
           note="a woman and a boy killed: singulars, no figure"),
         E("protest", None, PL("سقبا", "Saqba", "Rif Dimashq"), "2011-10-14", "رامي عبد الرحمن", PROT,
           note="one protester killed: no figure"),
         E("protest", None, PL("القدم", "Al-Qadam", "Damascus"), "2011-10-14", "رامي عبد الرحمن", PROT,
           note="one protester killed in the quarter: no figure"),
         E("protest", None, PL("عندان", "Anadan", "Aleppo"), "2011-10-14", "رامي عبد الرحمن", PROT,
           note="one killed: no figure"),
         E("casualties", Q("ثلاثة آلاف", 3000), None, None, "الأمم المتحدة", None, kind="aggregate",
           note="the UN's running toll since March: an aggregate naming no single act (several kinds of repression)"),
         E("protest", None, PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2011-10-14", "رامي عبد الرحمن", PROT,
           note="three protesters wounded: the injured are never the figure"),
         E("protest", None, PL("القصور", "Al-Qusour", "Hama"), "2011-10-14", "لجان التنسيق المحلية", PROT,
           note="heavy gunfire in a Hama quarter on a protest day (the LCC; the page's protest context); no figure"),
         E("protest", Q("ما يزيد على أربعة آلاف", 4000, None, True), PL("معرة حرمة", "Maarat Hurma", "Idlib"),
           "2011-10-14", "لجان التنسيق المحلية", PROT, note="a numbered crowd: the crowd is the figure")])

passage("mg02", "2012-03-02", "Sada El Balad", "headline; four generals' defection told by two opposition groups and "
        "an FSA spokesman to Reuters, a running total of brigadiers in Turkey, a recalled first brigadier (published "
        "inferred: about a year into the uprising, the day after a Thursday) | page: https://www.elbalad.news/102517",
        "معارضون: أربعة ضباط كبار جدد يتركون الجيش السوري\n"
        "أعلنت جماعتان من المعارضة يوم الخميس أن أربعة من كبار الضباط تخلّوا عن القوات المسلحة السورية والتحقوا "
        "بالانتفاضة التي توشك أن تتم عامها الأول على حكم الأسد. وأوضح الملازم خالد الحمود، الناطق باسم الجيش السوري "
        "الحر، بأن هؤلاء فرّوا في غضون الأيام الثلاثة الأخيرة إلى مخيم يؤوي العسكريين المنشقين جنوبي تركيا، مبيناً "
        "لرويترز في اتصال هاتفي أن عدد المنشقين من رتبة عميد صار بهم سبعة. وكان مصطفى الشيخ أول عميد يعلن خروجه على "
        "النظام. وأشار الحمود إلى أن العمداء السبعة يقيمون اليوم في تركيا.",
        [E("defection", Q("أربعة", 4), PL("تركيا", "Turkey", None, "Turkey"), "2012-03-01", "جماعتان من المعارضة",
           GOV, note="four officers defected and fled to a camp in southern Turkey: the arrival abroad told as the act "
                     "is the only place (stop 28/29); told Thursday, the flight over the last three days (date the "
                     "telling day); the spokesman's next sentence comes back to it, the lead's own source kept"),
         E("defection", Q("سبعة", 7), None, None, "الملازم خالد الحمود", GOV, kind="aggregate",
           note="the running total of brigadiers who defected, now in Turkey: a residence abroad, no place "
                "(convention a); the first brigadier's defection is part of it (no day, no place: not coded apart)")])

passage("mg03", "2012-06-20", "Al-Gareda (Masress)", "a senior officer's group defection to Turkey told by an anonymous "
        "Turkish diplomat to AFP, a number of people crossing that includes families (published inferred: a Wednesday "
        "of mid-2012, the page gives no date) | page: https://www.masress.com/algareda/109988",
        "في حلقة جديدة من تخلّي ضباط القوات السورية عن الرئيس بشار الأسد، ترك ضابط رفيع الرتبة الجيش اليوم برفقة "
        "ضباط آخرين وعدد من الجنود، ولجؤوا جميعاً إلى الأراضي التركية، على ما أبلغ به دبلوماسي تركي وكالة فرانس برس. "
        "وبيّن الدبلوماسي، الذي طلب ألا يُذكر اسمه، أن من بين 66 شخصاً عبروا إلى تركيا عصر الأربعاء ضابطاً كبيراً "
        "وضابطين أقل منه رتبة، إلى جانب جنود وأفراد من أسرهم.",
        [E("defection", None, PL("تركيا", "Turkey", None, "Turkey"), "2012-06-20", "دبلوماسي تركي", GOV,
           note="one group defection, the arrival in Turkey the only place; the 66 who crossed include families, so "
                "they are not the defectors' count (no figure; a second coder could take 66); the officers are a "
                "singular and a dual")])

passage("mg04", "2013-06-15", "Al Jazeera", "a Turkish official's mass defection of officers to Turkey, a US stance "
        "recalled, recalled defections (two hundred soldiers a month before, a general two months before) | page: "
        "http://www.aljazeera.net/news/arabic/2013/6/15/انشقاق-71-ضابطا-سوريا-لجؤوا-لتركيا",
        "أعلن مسؤول تركي يوم السبت أن 71 ضابطاً من الجيش السوري، ستة منهم من القادة الكبار، هربوا إلى تركيا، في أوسع انشقاق "
        "جماعي لكبار الضباط عن أجهزة الأمن السورية منذ أشهر. وتتوالى الانشقاقات في الجيش والأمن منذ أكثر من عامين، "
        "وآخرها قبل شهر حين ظهر مائتا جندي في تسجيل مصور يعلنون تركهم الجيش النظامي في المنطقة الشرقية ولحاقهم بالجيش "
        "الحر. وقبلها بشهرين خرج على النظام رئيس هيئة الإمداد والتموين، اللواء محمد نور عز الدين خلوف، وقالت "
        "كتائب درعا إنها رتّبت انشقاقه ونقلته من مقره في دمشق إلى أن بلغ الأراضي الأردنية.",
        [E("defection", Q("71", 71), PL("تركيا", "Turkey", None, "Turkey", nth=0), "2013-06-15", "مسؤول تركي", GOV,
           note="officers fled to Turkey: the arrival abroad is the place; the six senior commanders a breakdown"),
         E("defection", Q("مائتا", 200), None, None, None, GOV,
           note="a recalled group defection (background, a month before, no day): one act with its own figure; «the "
                "eastern region» is no named place; the outlet's own recall"),
         E("defection", None, PL("دمشق", "Damascus", "Damascus"), None, "كتائب درعا", GOV,
           note="the general's defection recalled (two months before, no day); the place he served and left from is "
                "given (a place where the defector served stays the place), Jordan the arrival")])

passage("mg05", "2014-12-07", "El Khabar (Djazairess)", "SANA's Israeli strikes on two sites near Damascus, recalled "
        "Israeli strikes in Quneitra (dated) and on Jamraya (a month only) | page: https://djazairess.com/elkhabar/437728",
        "ذكرت وكالة «سانا» يوم الأحد السابع من كانون الأول أن طائرات إسرائيلية ضربت مواقع في الديماس وفي مطار دمشق "
        "الدولي، موضحة أن الضربات لم توقع ضحايا. وتقع الديماس إلى الشمال الغربي من العاصمة والمطار إلى جنوبها الشرقي، "
        "وامتنعت إسرائيل عن أي تعليق. وكانت غارة إسرائيلية في الخامس عشر من تموز الفائت على مواقع عسكرية وإدارية في "
        "الجولان قد أودت بعدد من الأشخاص، إذ طالت مدينة البعث ومقر اللواء 90 في القنيطرة، وربطتها إسرائيل بانفجار جرح "
        "4 من جنودها. وفي أيار من العام السابق ضرب الطيران الإسرائيلي جمرايا في ريف دمشق، قائلاً إنه استهدف صواريخ "
        "إيرانية متجهة إلى حزب الله.",
        [E("airstrike", None, PL("الديماس", "Al-Dimas", "Rif Dimashq"), "2014-12-07", "سانا", ISR,
           note="strikes on two sites told as one act over a list (a group), placed at the first; no victims"),
         E("airstrike", None, PL("اللواء 90", "Brigade 90", "Quneitra"), "2014-07-15", None, ISR,
           note="recalled strike with its own day (stop 41: background); the brigade's headquarters is a named base, "
                "the most specific place (stop 28); «عدد من» no figure; the 4 soldiers wounded in the blast are "
                "another act abroad, no figure (injured)"),
         E("airstrike", None, PL("جمرايا", "Jamraya", "Rif Dimashq"), None, None, ISR,
           note="recalled strike of May the year before: one act with its own place (stop 41), no day: date null")])

passage("mg06", "2015-11-19", "Qasioun News", "headline; Russian night strikes on a village with local sources, strikes "
        "on towns over a list, strikes on front-line villages in another province, a recalled deadly strike (published "
        "inferred: a Thursday of late 2015, the Army of Conquest still fighting in al-Ghab) | page: "
        "https://mail.qasioun-news.com/ar/articles/2770/الطائرات-الروسية-تقتل-الأطفال-والنساء-في-ريف-إدلب",
        "غارات روسية تحصد نساء وأطفالاً بريف إدلب\n"
        "إدلب (قاسيون) - أودت المقاتلات الروسية الداعمة للنظام مساء الخميس بحياة امرأة وطفل، وجرحت عشرات المدنيين، "
        "حين ضربت بليون، القرية الواقعة في جبل الزاوية. وبحسب مصادر محلية، فإن الطائرات أغارت مرتين ليلاً على محيط مشفى "
        "للأطفال في البلدة وجرحت ثمانية آخرين. كذلك ضربت الطائرات الروسية خان شيخون وما حولها موقعة جرحى، وأطراف "
        "أريحا وقرى الهبيط وركايا سجنة ومدايا وكنصفرة، فضلاً عن مواقع في خربة الناقوس والقرقور بسهل الغاب حيث تتقابل "
        "قوات النظام و«جيش الفتح». وسبق أن قتلت الغارات الروسية أربعة مدنيين حين أصابت مسجداً يحمل اسم عمر بن الخطاب "
        "بجسر الشغور.",
        [E("airstrike", None, PL("بليون", "Bilyun", "Idlib"), "2015-11-19", "مصادر محلية", RUS,
           note="a woman and a child killed (singulars), the wounded are no figure; «أغارت مرتين» is two strikes in "
                "words, a second coder could take 2 (stop 41) but «مرتين» is a dual, no numeral; the local sources' "
                "next sentence comes back to the same strike (stop 30 carry-back); the hospital is a landmark"),
         E("airstrike", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2015-11-19", None, RUS,
           note="another strike, wounded only; the outlet's own («كذلك» after the sourced telling: another place)"),
         E("airstrike", None, PL("أريحا", "Ariha", "Idlib"), "2015-11-19", None, RUS,
           note="the outskirts of Ariha and four villages: one act over a list, placed at the first"),
         E("airstrike", None, PL("خربة الناقوس", "Khirbet al-Naqous", "Hama"), "2015-11-19", None, RUS,
           note="front-line positions in al-Ghab over two villages: a group placed at the first"),
         E("airstrike", Q("أربعة", 4), PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), None, None, RUS,
           note="recalled strike on a mosque with its own dead (stop 41), no day; the mosque is a landmark placed at "
                "the town")])

passage("mg07", "2016-08-26", "Al-Wasat", "an AFP reporter's evacuation of a besieged town under a deal, a military "
        "source's figure of the first batch | page: http://alwasatnews.com/5102/news/read/1153029/1.html",
        "شرع المسلحون وأسرهم في مغادرة داريا، البلدة المطوقة منذ 2012 قرب العاصمة، تنفيذاً لتفاهم مع الحكومة "
        "السورية على إفراغها، بحسب مراسلة لوكالة فرانس برس كانت عند مدخلها الشمالي. وأوضحت المراسلة أن أكثر من صعدوا "
        "إلى الحافلة الأولى نساء وأطفال وكبار في السن، وقد رافقتها سيارة للأمن وأخرى للهلال الأحمر. وقال مصدر عسكري "
        "سوري حاضر هناك إن أول دفعة تخرج اليوم الجمعة ستضم 300 مسلح مع أسرهم.",
        [E("other", Q("300", 300), PL("داريا", "Darayya", "Rif Dimashq"), "2016-08-26", "مراسلة لوكالة فرانس برس",
           None, note="an evacuation (type other); its figure is the fighters the batch holds, the only number (a "
                      "second coder could leave it null: «with their families» makes the people more); the reporter "
                      "files the whole story (stop 30), the military source gives the figure of the same act; the "
                      "deal itself is told as the frame, not coded apart")])

passage("mg08", "2016-10-13", "Micro Syria", "headline; an evacuation of two towns under a reconciliation deal, its "
        "buses and people, heavy weapons handed over, a recalled evacuation | page: https://microsyria.com/2016/10/14/"
        "خروج-مقاتلي-قدسيا-والهامة-من-بلدتيهما",
        "مقاتلو قدسيا والهامة يغادرون مع أسرهم نحو إدلب\n"
        "غادرت مساء الخميس قافلة من أهالي قدسيا والهامة في ريف دمشق ومقاتليهما صوب مدينة إدلب، بموجب اتفاق أبرمته "
        "لجان المصالحة مع النظام. وذكرت مصادر إعلامية محلية أن 30 حافلة أقلّت 1400 شخص من الرجال والنساء والأطفال "
        "انطلقت عند السادسة مساءً يواكبها الهلال الأحمر، بعدما سلّم مقاتلو البلدتين سلاحهم الثقيل والمتوسط للنظام. "
        "وكان أهالي داريا ومقاتلوها قد أُخرجوا قبل أشهر مع عائلاتهم وأسلحتهم الخفيفة نحو إدلب.",
        [E("other", Q("1400", 1400), PL("قدسيا", "Qudsaya", "Rif Dimashq"), "2016-10-13", "مصادر إعلامية محلية",
           None, note="an evacuation of two towns: one act over a list, placed at the first (the place left; Idlib "
                      "the destination); the figure is the people, not the buses; the local sources' next sentence "
                      "comes back to it"),
         E("other", None, PL("داريا", "Darayya", "Rif Dimashq"), None, None, None,
           note="the recalled evacuation of Darayya (months before, no day): one act with its own place (stop 41)")])

passage("mg09", "2017-01-09", "Micro Syria (Sada al-Sham)", "headline (the page's date 9 January, the blast on the Saturday before); a suicide car bomb in a town centre told by the "
        "outlet's reporter with its toll, damage, a recalled series of bombings | page: "
        "https://microsyria.com/2017/01/09/عشرات-القتلى-والجرحى-بانفجار-مفخخة-في",
        "سيارة ملغومة توقع عشرات الضحايا وسط أعزاز\n"
        "سقط عشرات المدنيين بين قتيل وجريح يوم السبت إثر انفجار سيارة ملغومة في قلب أعزاز، المدينة التي تديرها "
        "المعارضة شمالي حلب. وروى مراسل «صدى الشام» في حلب أن انتحارياً فجّر السيارة التي كان يقودها قبالة مقر المحكمة "
        "الشرعية للفصائل، في الشارع التجاري المزدحم، فقتل قرابة 60 مدنياً وجرح العشرات، لافتاً إلى أن قرابة عشرين جثة "
        "احترقت كلياً وأن فرق الإنقاذ ما زالت تجمع الأشلاء. وبيّن أن المحكمة ومباني عديدة حولها باتت خارج الخدمة. ويعد "
        "هذا الهجوم حلقة في سلسلة تفجيرات ضربت المدينة في غضون عشرة أيام.",
        [E("explosion", Q("قرابة 60", 60, approx=True), PL("أعزاز", "Azaz", "Aleppo", nth=0), "2017-01-07",
           "مراسل «صدى الشام» في حلب", UNID,
           note="a suicide car bomb: an explosion; the reporter's toll of the same blast is its figure (the lead's "
                "«عشرات» the vaguer first telling); the burnt bodies are a breakdown; the court is a landmark placed "
                "at the town; the perpetrator is unnamed; the series over ten days is no act of its own (no count)")])

passage("mg10", "2018-01-09", "Aden al-Ghad (Yemeress)", "the Syrian army command's statement on Israeli strikes in three "
        "waves on one night, Israel's silence, a recalled count of strikes by the Israeli air force chief, Israel's "
        "standing pledge, the command's warning (published inferred from the events: the Qutayfa strikes) | page: "
        "https://www.yemeress.com/adenalghad/297068",
        "ضربت إسرائيل مواقع في سوريا ليل الإثنين على الثلاثاء بصواريخ أطلقتها طائرات وأخرى من الأرض، فألحقت أضراراً "
        "مادية بمحيط موقع عسكري قرب دمشق، بحسب بيان القيادة العامة للجيش السوري. وقال البيان إن طائرات إسرائيلية أطلقت "
        "فجراً صواريخ من الأجواء اللبنانية نحو منطقة القطيفة في ريف دمشق، فتصدّت لها الدفاعات الجوية وأصابت إحدى "
        "الطائرات، ثم أُطلق صاروخان من الجولان فأسقطا، ثم 4 صواريخ من جهة طبريا دُمّر أحدها وهوى البقية جوار الموقع "
        "العسكري. ولم تعلّق متحدثة عسكرية إسرائيلية، علماً أن طائرات إسرائيل، بحسب ما كشفه قائد سلاح الجو الإسرائيلي "
        "في آب، ضربت في سوريا قرابة 100 مرة. وحذّرت القيادة العامة في بيانها مجدداً من عواقب هذه الاعتداءات.",
        [E("airstrike", None, PL("القطيفة", "Al-Qutayfah", "Rif Dimashq"), "2018-01-09",
           "القيادة العامة للجيش السوري", ISR,
           note="one night's attack told in three waves by the same statement: one incident (a second coder could "
                "code the later waves apart or take the «4» missiles as the figure); placed at the named target; "
                "Lebanon, the Golan and Tiberias are where fire came from"),
         E("airstrike", Q("قرابة 100", 100, approx=True), None, None, "قائد سلاح الجو الإسرائيلي", ISR,
           kind="aggregate", note="«N مرة» is the count of strikes (stop 41); a recalled running total over years, "
                                  "no place, no day"),
         E("statement", None, None, "2018-01-09", "القيادة العامة", GOV,
           note="the command's renewed warning (stop 32: a named body's warning is a statement); «القيادة العامة» "
                "is its surface in that sentence")])

passage("mg11", "2018-02-04", "Garaa News", "headline; a Russian retaliatory strike with its toll told by a TV "
        "reporter, a regime barrel strike on a family, the downing of a Russian jet (published inferred: the day "
        "after the Su-25 was downed over Idlib) | page: https://garaanews.com/amp/article/236766",
        "عشرة مدنيين قتلى في قصف روسي ثأراً لطائرة أُسقطت في إدلب\n"
        "صبّت القوات الروسية وقوات النظام نيراناً كثيفة على محافظة إدلب فأوقعت ضحايا بين المدنيين، عقب إسقاط "
        "فصائل المعارضة طائرة حربية روسية فوق المحافظة ومقتل قائدها. وأفاد مراسل لإحدى القنوات العربية بأن عشرة "
        "مدنيين قضوا بقصف على بلدة خان السبل جنوبي إدلب، قالت الفصائل إنه تم بصواريخ بالستية أطلقتها سفن حربية "
        "روسية. وأضاف المراسل أن أسرة بكاملها، أباً وأماً وخمسة أطفال، قُتلت ببراميل متفجرة ألقتها مروحيات النظام على "
        "معصران، البلدة التي هوت فيها الطائرة الروسية.",
        [E("shelling", Q("عشرة", 10, nth=1), PL("خان السبل", "Khan al-Sabil", "Idlib"), "2018-02-04",
           "مراسل لإحدى القنوات العربية", RUS,
           note="ballistic missiles from warships: launched fire, coded shelling (a second coder could take airstrike, "
                "the headline says «قصف روسي»); headline and body one incident; the figure the body's «عشرة» (the "
                "headline's the same)"),
         E("airstrike", None, PL("معصران", "Maarshoreen", "Idlib"), "2018-02-04", "مراسل لإحدى القنوات العربية",
           GOV, note="barrel bombs on a family: a father, a mother and five children, no total written (stop 34: a "
                     "singular joined to a number gives no figure); the reporter's «وأضاف» carries"),
         E("armed_clash", None, PL("معصران", "Maarshoreen", "Idlib"), "2018-02-03", None, FSA,
           note="the opposition downed a Russian jet and its pilot died: the rebels' attack on a Russian aircraft, "
                "placed where it fell (the last sentence names it); the day before the strikes (a second coder could "
                "leave it out as the strikes' cause)")])

passage("mg12", "2018-07-15", "Thiqa Agency", "headline; the first convoy of displaced fighters and families from "
        "Daraa, its buses and people told by activists, arms handed over, a besieged pocket | page: "
        "https://thiqa-agency.com/وصول-أولى-قافلة-المهجرين-من-الجنوب-الس",
        "أول قافلة مهجّرين من الجنوب تبلغ الشمال السوري\n"
        "بلغت مساء الأحد قلعة المضيق في ريف حماة أول قافلة تهجير تنطلق من محافظة درعا. وبحسب ناشطين من المدينة، فإن "
        "الدفعة تحركت صباحاً من مبنى الجمارك القديمة في درعا نحو إدلب، وتتألف من 15 حافلة تقلّ 900 شخص أغلبهم مسلحون "
        "مع أسرهم، وقد اقتصر الخروج على أهالي درعا البلد وسُمح لهم بأخذ أغراضهم كلها. وجاء ذلك بعدما بدأت الفصائل في "
        "المدينة تسليم أسلحتها الثقيلة والمتوسطة للنظام وروسيا، في حين بقي آلاف المدنيين والمسلحين محاصرين في رقعة "
        "ضيقة من ريف القنيطرة.",
        [E("other", Q("900", 900), PL("درعا", "Daraa", "Daraa", nth=1), "2018-07-15", "ناشطين", None,
           note="a forced evacuation (type other); the figure is the people, not the buses; placed at the place left: "
                "the old customs building is a landmark placed at its city (Daraa al-Balad is where the evacuees "
                "come from; a second coder could take that quarter); Qalaat al-Madiq and Idlib the destination; the "
                "activists' sentence tells the same convoy")])
P132[-1]["events"][0]["note"] += ("; the handing over of weapons is the deal's step (no figure, not coded); the besieged "
                                  "pocket in Quneitra is a state, no act")

passage("mg13", "2019-06-02", "Afrigate News", "a monitor's day toll equal to the strikes listed after it: Russian "
        "strikes on two villages, regime barrels, a child in an unnamed village (published inferred: a Saturday of "
        "the 2019 Idlib campaign, the page tells «أمس السبت») | page: "
        "https://afrigatenews.net/article/قصف-روسي-ـ-سوري-يقتل-19-مدنياً-في-إدلب",
        "لقي 19 مدنياً، منهم ثمانية أطفال، مصرعهم السبت جراء غارات لطائرات روسية وسورية على محافظة إدلب شمال غربي "
        "البلاد، بحسب المرصد السوري لحقوق الإنسان. وأوضح المرصد أن الضربات الروسية قتلت تسعة مدنيين، ثلاثة "
        "منهم أطفال، في بليون، وأربعة بينهم طفل في البارة، وكلتاهما في ريف إدلب الجنوبي. وألقت قوات النظام براميل متفجرة على "
        "إبديتا جنوبي المحافظة فقتلت خمسة مدنيين بينهم ثلاثة أطفال، فيما قضى طفل بغارة للنظام على قرية في شرقها. "
        "وجُرح قرابة 40 شخصاً في القصف المتواصل.",
        [E("airstrike", Q("تسعة", 9), PL("بليون", "Bilyun", "Idlib"), "2019-06-01", "المرصد السوري لحقوق الإنسان",
           RUS, note="the day's 19 = 9 + 4 + 5 + 1, the strikes listed: no event of its own (stop 34); children a "
                     "breakdown"),
         E("airstrike", Q("أربعة", 4), PL("البارة", "Al-Bara", "Idlib"), "2019-06-01", "المرصد السوري لحقوق الإنسان",
           RUS, note="the same Russian strikes' second village with its own dead: its own event"),
         E("airstrike", Q("خمسة", 5), PL("إبديتا", "Ibdita", "Idlib"), "2019-06-01", "المرصد السوري لحقوق الإنسان",
           GOV, note="barrel bombs dropped by the regime: an airstrike; the monitor's report goes on («وألقت» of the "
                     "kind the report told)"),
         E("airstrike", None, None, "2019-06-01", "المرصد السوري لحقوق الإنسان", GOV,
           note="a child killed in a regime strike on an unnamed village in the east of the province: singular, no "
                "figure, no named place (a second coder could leave it out)")])

passage("mg14", "2019-06-02", "Syria Press", "a car bomb at night in Ramadan with tolls from three sources, an earlier "
        "toll recalled, a coroner's account (published inferred: the Azaz market bombing of June 2019) | page: "
        "https://syria-press.com/18-شهيداً-من-المدنيين-بإنفجار-سيارة-مفخخ",
        "قضى 18 مدنياً يوم الأحد في هجوم إرهابي ضرب أعزاز بريف حلب الشمالي، إذ قالت مصادر محلية إن سيارة ملغومة "
        "انفجرت في قلب المدينة وقتلت في الحصيلة الأولى 14 شخصاً، وإن عناصر الأمن طوّقوا المكان ونقلوا الجرحى، وأُرسلت "
        "حالات حرجة إلى تركيا. ونقلت مصادر طبية أن 17 قُتلوا و21 جرحوا في أقل تقدير حين انفجرت السيارة في سوق الحدادين "
        "قرب جامع الميتم، بينما كان المصلون يغادرون بعد التراويح، ومن القتلى أربعة أطفال، وكانت أول حصيلة تتحدث عن "
        "سبعة. وقال الطبيب الشرعي جهاد برو إن التفجير وقع بعد الإفطار بنحو ساعتين وسط سوق يعج بمن يتسوقون للعيد.",
        [E("explosion", Q("18", 18), PL("أعزاز", "Azaz", "Aleppo"), "2019-06-02", None, UNID,
           note="one car bomb told with several tolls (18 by the outlet, 14 by local sources, 17 by medical sources, a "
                "first toll of 7): one event, its figure the first the text writes (stop 34); the lead names no "
                "source (outlet); the market and the mosque are landmarks placed at the town; the transfer of the "
                "wounded to Turkey is no act of its own")])

passage("mg15", "2020-04-02", "Enab Baladi", "the interior ministry's weekly curfew decree against the pandemic, how it is "
        "enforced, two earlier curfew decisions recalled with their days | page: https://enabbaladi.net/374541/%D8%A5%D9%84%D9%89-%D8%AC%D8%A7%D9%86%D8%A8-%D8%A7%D9%84%D8%AD%D8%B8%D8%B1-"
        "%D8%A7%D9%84%D8%AC%D8%B2%D8%A6%D9%8A-%D9%85%D9%86%D8%B9-%D8%A7%D9%84%D8%AA%D8%AC%D9%88%D9%84-%D9%81%D9%8A-%D8%B3%D9%88/?amp=1",
        "قررت وزارة داخلية النظام منع التجول في المحافظات كافة ليومين من كل أسبوع، في إطار تدابيرها لكبح "
        "تفشي فيروس «كورونا». وبحسب تعميم صدر اليوم، الخميس 2 نيسان، يسري المنع كل جمعة وسبت من الظهيرة حتى السادسة "
        "صباح اليوم الذي يليه، على أن يتولى عناصر الأمن الداخلي تطبيقه بمؤازرة الشرطة العسكرية والأجهزة الأمنية والحواجز، "
        "وأن تُضاعف الدوريات لتوقيف من يخالفه وإحالته إلى القضاء. وسبق للحكومة أن منعت التنقل بين المحافظات في 29 آذار، "
        "وفرضت حظراً ليلياً جزئياً في مناطقها في 25 من الشهر نفسه.",
        [E("statement", None, None, "2020-04-02", "وزارة داخلية النظام", GOV,
           note="a curfew decision of a named body (stop 32: a decision is a statement); it concerns every province, "
                "no place; the arrests it threatens are a future act, not coded; the two earlier curfew decisions are "
                "recalled decisions with no place or figure (stop 41 codes a recall only with a place or figure: not "
                "coded; a second coder could code them as statements)")])

passage("mg16", "2021-09-21", "Al-Moharrar Media", "headline; a military police conscription raid over a list of towns, "
        "a local network's figure, where the detainees were taken | page: https://almohrarmedia.net/?p=70801",
        "الشرطة العسكرية للنظام تسوق عشرات الشبان إلى التجنيد في ريف الرقة\n"
        "قالت مصادر إعلامية محلية إن دوريات الشرطة العسكرية للنظام بدأت صباح الثلاثاء 21 أيلول حملة دهم واسعة في "
        "بلدات ريف الرقة الشرقي بحثاً عن الشبان المتخلفين عن الخدمة الإلزامية. ووفق شبكة «عين الفرات» المحلية، أقامت "
        "الدوريات حواجز متنقلة داخل البلدات وحولها، وألقت القبض على قرابة 120 شاباً واقتادتهم إلى مقرها في معدان عتيق، "
        "بعدما دهمت المتاجر والمراعي دون أي تبليغ مسبق. وشملت الحملة في آن واحد مدينة معدان والسبخة والخميسية وزور "
        "شمر وغانم العلي في الريف الشرقي، ودبسي عفنان في الريف الغربي.",
        [E("arrest", Q("قرابة 120", 120, approx=True), PL("معدان", "Maadan", "Raqqa", nth=1), "2021-09-21",
           "شبكة «عين الفرات» المحلية", GOV,
           note="one conscription campaign over a list of towns: a group placed at the first town of the list "
                "(«معدان عتيق» before it is where the detainees were taken, not the place); the network's sentence "
                "gives the figure and the act (the lead's «مصادر إعلامية محلية» the first telling; a second coder "
                "could keep the lead's source)")])

passage("mg17", "2022-03-28", "Baladi News", "an assassination with a wounded companion told by media sources and a "
        "local group's background, two more killings and a wounding told by the outlet, a monthly assassination "
        "toll | page: https://baladi-news.com/ar/articles/82600/اغتيال-شاب-ونجاة-آخر-في-درعا",
        "قتل مسلحون لم تُعرف هويتهم شاباً مدنياً وجرحوا صديقه مساء الأحد 27 آذار قرب بلدة تسيل في ريف درعا الغربي. "
        "وقالت مصادر إعلامية إن المسلحين صوّبوا نيرانهم على الشابين مباشرة فقضى أحدهما، ويدعى سامر الحلبوني، وأصيب "
        "رفيقه. وأوضح «تجمع أحرار حوران» أن الاثنين مدنيان من طفس. وفي اليوم ذاته، أردى مسلحون مجهولون شابين آخرين "
        "في الحال داخل مدينة الصنمين شمالي المحافظة، وفجر الأحد جُرح شاب بطلقات مجهولين في نوى. ومنذ أن بسط النظام "
        "والميليشيات الإيرانية سيطرتهم على درعا عام 2018 لم تتوقف الاغتيالات، وقد حصدت في شباط الماضي 26 قتيلاً و10 "
        "جرحى، فيما نجا 8 من محاولات لاغتيالهم.",
        [E("armed_clash", None, PL("تسيل", "Tasil", "Daraa"), "2022-03-27", "مصادر إعلامية", UNID,
           note="a killing by unknown gunmen is an armed_clash (stop 30); one dead (named, singular), the wounded no "
                "figure; the lead names no source, the next sentence comes back to it with media sources"),
         E("armed_clash", None, PL("الصنمين", "As-Sanamayn", "Daraa"), "2022-03-27", None, UNID,
           note="two young men killed: a dual noun, no figure; a new incident told by the outlet (no source of its "
                "own; a second coder could carry the local group)"),
         E("armed_clash", None, PL("نوى", "Nawa", "Daraa"), "2022-03-27", None, UNID,
           note="a wounding by gunmen: no figure"),
         E("armed_clash", Q("26", 26), PL("درعا", "Daraa", "Daraa", nth=1), None, None, UNID, kind="aggregate",
           note="February's assassinations with their dead: an aggregate of killings by gunmen over a month in the "
                "province (the 10 wounded and 8 survivors a breakdown); no source named")])

passage("mg18", "2022-07-22", "Touwensa", "state media's Israeli missile attack with dead soldiers, a monitor's count of "
        "attacks this year, Israel's no-comment, SANA's military source, the monitor's named target | page: "
        "http://touwensa.com/index.php/arab-affairs/25042-2022-07-22-09-18-31.html",
        "قالت وسائل إعلام رسمية سورية إن صواريخ إسرائيلية ضربت محيط دمشق يوم الجمعة 22 تموز 2022 فقتلت ثلاثة جنود "
        "وجرحت سبعة، بينما أحصى المرصد السوري لحقوق الإنسان بهذا الهجوم 18 اعتداءً إسرائيلياً على سوريا منذ مطلع "
        "العام. واكتفى الجيش الإسرائيلي بالقول إنه لا يعقّب على ما تنشره وسائل الإعلام الأجنبية. ونقلت «سانا» عن مصدر "
        "عسكري أن الصواريخ أُطلقت من الجولان بعد منتصف الليل بقليل نحو نقاط حول العاصمة، وأن الدفاعات الجوية أسقطت "
        "بعضها. وبحسب المرصد، أصابت الضربات مكاتب للمخابرات الجوية في محيط مطار المزة العسكري غربي دمشق.",
        [E("airstrike", Q("ثلاثة", 3), PL("مطار المزة العسكري", "Mezzeh Military Airport", "Damascus"), "2022-07-22",
           "وسائل إعلام رسمية سورية", ISR,
           note="missiles from the Golan on the capital's outskirts (coded airstrike as the seen sets code Israeli "
                "missile attacks; a second coder could take shelling); the monitor's last sentence names the target, "
                "a listed military site: the most specific place; the toll's source is the lead's"),
         E("airstrike", Q("18", 18), None, None, "المرصد السوري لحقوق الإنسان", ISR, kind="aggregate",
           note="the monitor's count of Israeli attacks on Syria since January: an aggregate with the act's count, "
                "no place")])

passage("mg19", "2023-09-05", "Orient News", "tribal fighters against the SDF over several fronts told by the outlet's "
        "reporter: a night's clash with its toll, SDF shelling on civilians, rocket strikes on two sites, fighters "
        "captured, a recalled clash with its dead (published inferred: the tribal fighting of September 2023) | page: "
        "https://orient-news.net/ar/news_show/205455",
        "سقط عشرات القتلى والجرحى في مواجهات ضارية بين مسلحي العشائر العربية و«قسد» في ريفي منبج وجرابلس، فيما قضى "
        "مدنيون بقذائف مدفعية أطلقتها «قسد» على ريف جرابلس. وذكر مراسل أورينت في ريف حلب أن القتال دار منذ مساء أمس "
        "وحتى الصباح على محاور المحسنلي والحلونجي وعون الدادات، إثر محاولة تسلل لـ«قسد» على المحسنلي، وقُتل فيه مقاتل "
        "من العشائر، بينما بلغ عدد قتلى «قسد» في ليلة المعارك 11 وجرحاها 15. وقتلت صواريخ العشائر عنصرين من «قسد» في "
        "العريمة وعنصراً على حاجز أم جلود غربي منبج. وأسر مقاتلو العشائر 4 عناصر على محور عرب حسن. وكان 12 من مقاتلي "
        "العشائر قد قُتلوا قبل يومين على محور البوغاز.",
        [E("armed_clash", Q("11", 11), PL("المحسنلي", "Al-Muhsinli", "Aleppo"), "2023-09-04", "مراسل أورينت", SDF,
           note="the night's fighting on three fronts after an SDF infiltration (agent: the side that moved; a second "
                "coder could take the tribes): one act over a list, placed at the first; the SDF's dead are "
                "the first side numbered (the tribal one is a singular; stop 30: with no total, the first side "
                "numbered); the outlet's reporter files the whole story (stop 30 carry)"),
         E("shelling", None, PL("جرابلس", "Jarabulus", "Aleppo", nth=1), "2023-09-05", "مراسل أورينت", SDF,
           note="SDF artillery on the Jarablus countryside killing civilians, unnumbered; told in the lead only, the "
                "reporter's story carries"),
         E("shelling", None, PL("العريمة", "Al-Arima", "Aleppo"), "2023-09-05", "مراسل أورينت", TRIBES,
           note="rockets killing two (a dual, no figure); the checkpoint of Umm Jalud is a second rocket strike told "
                "in the same sentence with its own place"),
         E("shelling", None, PL("أم جلود", "Umm Jalud", "Aleppo"), "2023-09-05", "مراسل أورينت", TRIBES,
           note="a similar rocket strike on a checkpoint, one killed: no figure"),
         E("arrest", Q("4", 4), PL("عرب حسن", "Arab Hassan", "Aleppo"), "2023-09-05", "مراسل أورينت", TRIBES,
           note="four fighters captured on another front: coded as a capture (arrest) of its own; a second coder "
                "could fold it into the clash"),
         E("armed_clash", Q("12", 12), PL("البوغاز", "Al-Bughaz", "Aleppo"), "2023-09-03", "مراسل أورينت", SDF,
           note="a recalled clash two days before with its own dead (stop 41)")])

passage("mg20", "2023-06-07", "Eye of Euphrates", "headline; an assassination in a city told by a local group, a "
        "wounding the day before, a recalled killing of two brothers, a monthly tally of assassinations | page: "
        "https://eyeofeuphrates.com/ar/news/2023/06/07/8763",
        "مجهولون يقتلون شاباً في مدينة درعا\n"
        "أطلق مسلحون مجهولون النار اليوم الأربعاء على الشاب وسيم الحريري في طريق السرايا بمدينة درعا فأردوه، بحسب "
        "«تجمع أحرار حوران». وكان شاب آخر قد جُرح أمس الثلاثاء في بلدة نصيب برصاص مجهولين، وهو أخ لشابين قُتلا في 22 أيار الماضي "
        "برصاص مسلحين مجهولين، والثلاثة مدنيون لا ينتمون لأي فصيل. وأحصى مكتب توثيق الانتهاكات في التجمع 33 عملية "
        "اغتيال ومحاولة خلال أيار في درعا، قُتل فيها 18 شخصاً وجُرح 13 ونجا 3. وتصاعدت حوادث الخطف والقتل في المحافظة "
        "منذ مطلع 2023 وسط فلتان أمني يتفاقم منذ استعادة النظام لها صيف 2018.",
        [E("armed_clash", None, PL("درعا", "Daraa", "Daraa", nth=1), "2023-06-07", "«تجمع أحرار حوران»", UNID,
           note="a killing by gunmen (stop 30); one dead, no figure; the road is a landmark placed at the city"),
         E("armed_clash", None, PL("نصيب", "Nasib", "Daraa"), "2023-06-06", None, UNID,
           note="a wounding the day before, no figure; «وكان» recall of the outlet (stop 30: outlet); the brothers' "
                "killing in May is recalled with a dual and no place of its own: not coded (stop 41)"),
         E("armed_clash", Q("18", 18), PL("درعا", "Daraa", "Daraa", nth=2), None, "مكتب توثيق الانتهاكات في التجمع",
           UNID, kind="aggregate",
           note="May's assassinations: the dead are the figure (33 operations the act's count; dead win), wounded and "
                "survivors a breakdown")])


passage("mg21", "2023-11-10", "Al-Araby Al-Jadeed", "SANA's military source on an Israeli missile attack around the "
        "capital, the outlet's recalls: strikes that closed two airports last month, a dated strike with dead (published "
        "inferred: a Friday of November 2023, a month into the Gaza war) | page: "
        "https://alaraby.com/news/استهدف-عددًا-من-النقاط-قصف-إسرائيلي-ليلًا-على-محيط-دمشق",
        "طالت ضربات إسرائيلية بعيد منتصف ليل الخميس على الجمعة مواقع عدة حول دمشق، مخلّفة أضراراً مادية، في هجوم "
        "جديد من سلسلة لا تنقطع. ونقلت «سانا» عن مصدر عسكري أن الدفاعات الجوية واجهت الصواريخ التي انطلقت نحو الثانية "
        "والنصف فجراً من جهة الجولان المحتل وأسقطت أغلبها، ولم تذكر الوكالة سقوط ضحايا. وتكررت الضربات الإسرائيلية "
        "على سوريا في الأسابيع الأخيرة مع اشتعال الحرب على غزة، وقد عطّلت غارات الشهر الماضي مطاري دمشق وحلب أكثر من "
        "مرة. وفي الثامن من تشرين الثاني قُتل ثلاثة مسلحين موالين لطهران بضربات إسرائيلية على مواقع لهم.",
        [E("airstrike", None, PL("دمشق", "Damascus", "Damascus"), "2023-11-10", "مصدر عسكري", ISR,
           note="missiles fired from the Golan at points around the capital: coded airstrike as the seen sets code "
                "these (a second coder could take shelling); the lead names no source, the next sentence comes back "
                "to the same attack with SANA's military source (relayed: the one relayed, stop 34); no victims"),
         E("airstrike", None, PL("دمشق", "Damascus", "Damascus", nth=1), None, None, ISR, kind="aggregate",
           note="strikes that put the two airports out of service several times last month: a recall over a period, "
                "no number, no day; placed at the first airport's city (a second coder could leave it out)"),
         E("airstrike", Q("ثلاثة", 3), None, "2023-11-08", None, ISR,
           note="a dated recalled strike with its own dead (stop 41); the page names no place")])

passage("mg22", "2024-05-12", "Watan FM", "an IED on an armoured car on a road between two towns told by a local "
        "group, no claim, a recalled state of unrest | page: https://watan.fm/news/188795",
        "لقي عنصر من قوات النظام مصرعه في عملية اغتيال غربي درعا يوم السبت 11 أيار. وبحسب «تجمع أحرار حوران»، "
        "انفجرت عبوة ناسفة بسيارة مدرّعة تقل عناصر من فرع الأمن العسكري على الطريق الذي يصل سحم الجولان بالشجرة، "
        "فقتل أحدهم وجُرح اثنان. ولم يتبنَّ أحد الهجوم، شأنه شأن معظم الاغتيالات التي تشهدها المحافظة، المضطربة منذ "
        "عادت إليها قوات النظام باتفاق التسوية عام 2018.",
        [E("explosion", None, PL("سحم الجولان", "Saham al-Jawlan", "Daraa"), "2024-05-11", "«تجمع أحرار حوران»",
           UNID, note="an IED on an armoured car: an explosion; one killed (singular), two wounded (injured): no "
                      "figure; a road between two towns is placed at the first (stop 30); the lead names no source, "
                      "the next sentence tells the same act with the local group")])

passage("mg23", "2024-12-02", "IMLebanon", "joint Russian and Syrian strikes on a city and a camp with a monitor's "
        "toll, a day after Moscow's announcement | page: https://imlebanon.org/2024/12/02/syria554322/amp",
        "لقي 11 مدنياً في الأقل، منهم خمسة أطفال، حتفهم يوم الإثنين بغارات شنتها طائرات روسية وسورية على محافظة إدلب "
        "شمال غربي البلاد، بحسب إحصاء المرصد السوري لحقوق الإنسان، وذلك بعد يوم من قول موسكو إن قواتها تعاون الجيش "
        "السوري على «صد» هجوم للفصائل المعارضة. وأوضح المرصد أن الطائرات الروسية والسورية أغارت معاً على مواقع "
        "متفرقة، منها مدينة إدلب ومخيم للنازحين إلى الشمال منها، فقتلت الأحد عشر، ومنهم امرأتان، وجرحت العشرات.",
        [E("airstrike", Q("11", 11, None, True), PL("إدلب", "Idlib", "Idlib", nth=1), "2024-12-02",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="joint strikes on the city and a camp north of it: one act over a list, placed at the first (the city, "
                "whose name in the monitor's sentence is the second «إدلب»); «في الأقل» low bound (stop 34); "
                "children and women a breakdown"),
         E("statement", None, None, "2024-12-01", "موسكو", RUS,
           note="Moscow's announcement that its forces help the army repel the offensive: a named body's stance "
                "(stop 32), the day before")])

passage("mg24", "2024-12-13", "Radio Alkul", "headline; a clash at a bridge told by the channel's reporter, "
        "reinforcements, displacement, shelling over a list, Turkish drone strikes over a list, a group defection told "
        "by a local site, a recalled tunnel blast (published inferred: the Tishreen dam front of mid-December 2024) | "
        "page: https://radioalkul.com/p482025",
        "ستة قتلى من «قسد» في معارك مع فصائل الجيش الوطني قرب منبج\n"
        "أفاد مراسل قناة الكل بأن 6 مقاتلين من «قسد» قُتلوا في مواجهات حامية مع الجيش الوطني بدأت ليلاً عند جسر "
        "قره قوزاق بريف منبج ولم تهدأ حتى التاسعة صباحاً. وبيّن المراسل أن الجيش الوطني صعّد هجماته فيما وصلت "
        "تعزيزات للطرفين إلى محيط سد تشرين، وأن القتال هناك دفع أهالي قرى عدة إلى النزوح بعيداً عن الجبهة. وأشار إلى "
        "قصف «قسد» المدفعي والصاروخي على أبو فلفل والبوبنا، وإلى ضربات مسيّرات تركية على مواقعها بريف عين العرب، في "
        "مشتنور وزور مغار وجرن أسود. وذكر موقع الخابور المحلي أن 60 عنصراً من «قسد» انشقوا عنها في دير حافر. "
        "وكان انفجار نفق ملغوم حفرته «قسد» قد جرح ستة من الجيش الوطني في منبج الخميس الماضي.",
        [E("armed_clash", Q("6", 6), PL("جسر قره قوزاق", "Qara Qozak Bridge", "Aleppo"), "2024-12-13",
           "مراسل قناة الكل", SNA,
           note="the headline's «ستة» and the body's «6» are one clash; the bridge is a named site (most specific)"),
         E("reinforcement", None, PL("سد تشرين", "Tishreen Dam", "Aleppo"), "2024-12-13", "مراسل قناة الكل", None,
           note="reinforcements of both sides to the dam's vicinity: placed where they are sent (stop 41); the "
                "reporter carries"),
         E("other", None, PL("سد تشرين", "Tishreen Dam", "Aleppo"), "2024-12-13", "مراسل قناة الكل", None,
           note="villagers displaced by the fighting there: displacement (other), no figure, placed at the front "
                "named (the villages are unnamed)"),
         E("shelling", None, PL("أبو فلفل", "Abu Falfal", "Aleppo"), "2024-12-13", "مراسل قناة الكل", SDF,
           note="artillery and rockets on two villages: a group placed at the first"),
         E("airstrike", None, PL("مشتنور", "Mishtenour", "Aleppo"), "2024-12-13", "مراسل قناة الكل", TUR,
           note="Turkish drone strikes on three sites: a group placed at the first; the reporter files the whole "
                "story (stop 30: his report carries over other kinds)"),
         E("defection", Q("60", 60), PL("دير حافر", "Deir Hafer", "Aleppo"), "2024-12-13", "موقع الخابور المحلي",
           SDF, note="a group left the SDF: a defection from the force left; its own source"),
         E("explosion", None, PL("منبج", "Manbij", "Aleppo", nth=2), None, None, SDF,
           note="a recalled tunnel blast with six wounded (injured: no figure); «وكان» recall: the outlet; «last "
                "Thursday» without the page's date: no day fixed")])

passage("mg25", "2024-12-12", "Hawar News", "headline; the internal security forces' decision changing the curfew "
        "hours over the region, an earlier curfew decision recalled | page: https://hawarnews.com/ar/"
        "قوى-الأمن-الداخلي-تعدّل-ساعات-حظر-التجول-في-إقليم-شمال-وشرق-سوريا",
        "الأسايش تغيّر مواعيد منع التجول في شمال وشرق سوريا\n"
        "أعلنت القيادة العامة لقوى الأمن الداخلي (الأسايش) في مناطق الإدارة الذاتية، الخميس 12/12/2024، أن منع "
        "التجول في المقاطعات كلها سيسري بدءاً من 13 كانون الأول بين الخامسة مساءً والثامنة صباحاً إلى أجل غير مسمى، "
        "وعزت قرارها إلى الظرف الأمني الاستثنائي الذي تمر به البلاد وإلى الحرص على سلامة السكان. وكانت القيادة ذاتها "
        "قد فرضت عقب سقوط حكم البعث في 8 كانون الأول حظراً في الإقليم من الثامنة مساءً إلى الثامنة صباحاً.",
        [E("statement", None, None, "2024-12-12", "القيادة العامة لقوى الأمن الداخلي", SDF,
           note="a curfew decision (stop 32: a named body's decision is a statement) over all the region's cantons: "
                "no single place; the earlier curfew is a recalled decision with no place or figure (not coded; a "
                "second coder could code it)")])

passage("mg26", "2025-01-10", "Erem News", "SNA fighters killed in a clash told by SDF accounts and the monitor with both "
        "sides' dead, a village taken (published inferred: the Tishreen dam battles of January 2025, a Friday) | page: "
        "https://eremnews-fe-app-production.azurewebsites.net/news/arab-world/7gpejpc",
        "لقي 22 مقاتلاً من الفصائل المدعومة تركياً مصرعهم في معارك مع «قسد» بريف منبج. وقالت حسابات محسوبة على "
        "«قسد» إن القتلى سقطوا وجُرح عشرات غيرهم حين صدّت قواتها هجمات للفصائل على ريف منبج الجنوبي الشرقي، من فجر "
        "الخميس حتى يوم الجمعة. وثبّت المرصد السوري لحقوق الإنسان الرقم ذاته لقتلى «الجيش الوطني»، وأحصى قتيلين وثلاثة "
        "جرحى من «قسد»، مبيناً أن الفصائل هاجمت محور سد تشرين مستخدمة الأسلحة الثقيلة، ثم شنّت «قسد» هجوماً معاكساً "
        "انتزعت فيه كيارية، القرية الواقعة على محور الخفسة.",
        [E("armed_clash", Q("22", 22), PL("سد تشرين", "Tishreen Dam", "Aleppo"), "2025-01-09",
           "حسابات محسوبة على «قسد»", SNA,
           note="no total of both sides is written (22 and two): the figure is the first side numbered (stop 30); "
                "the monitor's sentence names the front, the most specific place; the lead's telling names no "
                "source, the SDF accounts' sentence comes back to it"),
         E("territory_change", None, PL("كيارية", "Kiyariya", "Aleppo"), "2025-01-10", "المرصد السوري لحقوق الإنسان",
           SDF, note="the SDF took a village after repelling the attack; al-Khafsa is the axis (a bearing)")])

passage("mg27", "2025-09-25", "Buratha News", "an IS attack on an SDF post with its dead told by the SDF's statement, "
        "background on IS and the monitor's trend, combing that goes on | page: "
        "http://burathanews.com/arabic/levant/465656",
        "قُتل 5 من عناصر قوات سوريا الديمقراطية «قسد» بهجوم شنّه تنظيم داعش في محافظة دير الزور. ويحتفظ التنظيم، "
        "الذي طُرد من العراق عام 2017 ومن سوريا عام 2019، بخلايا في البوادي النائية، وقد زادت هجماته في مناطق الأكراد "
        "بعد سقوط الأسد مقابل تراجعها في مناطق الحكومة الجديدة، على ما يرصده المرصد السوري لحقوق الإنسان. وقالت «قسد» في "
        "بيان يوم الخميس إن مسلحي التنظيم هاجموا صباحاً موقعاً لها في بلدة البحرة الوسطى بريف دير الزور الشرقي، فقُتل خمسة من "
        "مقاتليها وجُرح آخر خلال صد الهجوم، مضيفة أن عمليات التمشيط وتعقب المهاجمين متواصلة في المنطقة.",
        [E("armed_clash", Q("5", 5), PL("البحرة الوسطى", "Al-Bahra al-Wusta", "Deir ez-Zor"), "2025-09-25",
           "«قسد»", IS,
           note="IS attack on an SDF post: an armed clash; the lead's «5» and the statement's «خمسة» one toll; the "
                "statement names the village (most specific); the monitor's trend is background, no act; the combing "
                "that goes on is no act with a figure (not coded)")])

passage("mg28", "2025-11-26", "Al-Shorouk", "state media's curfew on a town after a shooting in a shop, the security "
        "directorate's reasons and pursuit, the governorate's call | page: "
        "https://www.shorouknews.com/news/view.aspx?cdate=26112025&id=23cbde69-d3ae-4e19-9ba5-23c802842734",
        "أعلنت السلطات السورية منع التجول في مدينة الشيخ مسكين بمحافظة درعا من مساء الأربعاء حتى صباح الخميس، إثر "
        "إطلاق نار وقع داخل أحد المتاجر، وفق الإعلام الرسمي. ونقلت قناة «الإخبارية السورية» عن مديرية الأمن الداخلي "
        "بمنطقة إزرع أن الحظر يمتد من السابعة مساءً إلى السابعة صباحاً، وأنه تدبير مؤقت لمنع أي توتر يهدد الأهالي، "
        "بينما تلاحق عناصرها مطلق النار لتوقيفه وإحالته إلى القضاء. ودعت محافظة درعا السكان إلى التقيد بالحظر ومؤازرة "
        "قوى الأمن حتى تنتهي الإجراءات.",
        [E("statement", None, PL("الشيخ مسكين", "Al-Shaykh Maskin", "Daraa"), "2025-11-26",
           "مديرية الأمن الداخلي بمنطقة إزرع", NEWGOV,
           note="a curfew decision (stop 32) concerning the town; the lead's «الإعلام الرسمي» is the first telling, "
                "the directorate the body that decided (a second coder could take the TV channel as the source)"),
         E("armed_clash", None, PL("الشيخ مسكين", "Al-Shaykh Maskin", "Daraa"), "2025-11-26", None, UNID,
           note="a shooting inside a shop by an unnamed gunman (stop 30: shooting by armed men), no casualties told; "
                "the shop a landmark placed at the town; the pursuit is an act under way with no result (no arrest "
                "told)"),
         E("statement", None, PL("الشيخ مسكين", "Al-Shaykh Maskin", "Daraa"), "2025-11-26", "محافظة درعا", NEWGOV,
           note="the governorate's call on residents (stop 32: a call is a statement; a second coder could fold it "
                "into the curfew)")])

passage("mg29", "2012-10-24", "Sabq (Sauress)", "a monitor's running national toll with its categories told to AFP, "
        "the deadliest month and day, a daily average (published inferred: a Wednesday of October 2012, 19 months in) | "
        "page: https://sauress.com/sabq/113384",
        "أبلغ المرصد السوري لحقوق الإنسان وكالة فرانس برس يوم الأربعاء أن النزاع في سوريا حصد منذ اندلاعه قبل أكثر من "
        "19 شهراً ما يزيد على 36 ألف قتيل. وفصّل رامي عبد الرحمن هاتفياً أن بينهم 25667 مدنياً و9044 جندياً و1296 "
        "منشقاً، قضوا منذ انطلاق الاحتجاجات أواسط آذار 2011، مع أن الحصيلة لا تحسب آلاف المفقودين وقتلى «الشبيحة». "
        "وكان شهر آب الأشد دموية بسقوط 5440 قتيلاً فيه، فيما شهد يوم 26 أيلول أعلى حصيلة يومية بلغت 305 قتلى، وبلغ "
        "متوسط القتلى اليومي منذ مطلع آب 165.",
        [E("casualties", Q("ما يزيد على 36 ألف", 36000, None, True), None, None, "المرصد السوري لحقوق الإنسان",
           None, kind="aggregate",
           note="the running national toll since March 2011: an aggregate naming no act; the categories a breakdown"),
         E("casualties", Q("5440", 5440), None, None, "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="August's toll, the deadliest month: an aggregate over a month (date null: a month, no day)"),
         E("casualties", Q("305", 305), None, "2012-09-26", "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="the deadliest day's national toll, dated; the daily average 165 is a rate, no event")])

passage("mg30", "2012-05-11", "Youm7", "protests fired on in the capital told by activists and a monitor, a town's "
        "protesters wounded told by a media office spokeswoman, protests in Kurdish towns, security deployments to "
        "prevent protests | page: https://www.youm7.com/story/2012/5/11/قوات-الأسد-تطلق-النار-عشوائياً-على-التظاهرات-وتسقط-عدداً-من/675512",
        "قوات الأسد تطلق النار بلا تمييز على المحتجين وتوقع جرحى\n"
        "فتحت قوات الأمن نيرانها عشوائياً على مظاهرات انطلقت في دمشق اليوم الجمعة وجرحت عدداً من المشاركين فيها، "
        "بحسب ناشطين والمرصد السوري لحقوق الإنسان. وخرج المحتجون في مناطق كثيرة مطالبين برحيل الأسد رغم الحشود "
        "الأمنية، ففي مدينة حلفايا بحماة جُرح عشرون شخصاً حين أطلق الأمن الرصاص لتفريقهم، وفق الناطقة باسم المكتب "
        "الإعلامي للثورة في حماة. ورفع متظاهرون في القامشلي وعين العرب أعلاماً كردية وعلم الاستقلال، بحسب المرصد. "
        "وذكرت لجان التنسيق المحلية أن الأمن والشبيحة انتشروا بكثافة في اللاذقية وجبلة وبانياس وفي كناكر والمعضمية "
        "لمنع المظاهرات.",
        [E("protest", None, PL("دمشق", "Damascus", "Damascus"), "2012-05-11", "ناشطين", PROT,
           note="protests fired on, wounded unnumbered: no figure; the source is the activists and the monitor "
                "(the first surface named)"),
         E("protest", None, PL("حلفايا", "Halfaya", "Hama"), "2012-05-11", "الناطقة باسم المكتب الإعلامي للثورة في حماة",
           PROT, note="a protest dispersed by fire: twenty wounded are never the figure (stop 30)"),
         E("protest", None, PL("القامشلي", "Qamishli", "Al-Hasakah"), "2012-05-11", "المرصد", PROT,
           note="protests in two Kurdish towns: a group placed at the first"),
         ])
P132[-1]["events"][-1]["note"] += ("; the security deployments to prevent protests are no act with a place of its own "
                                   "apart from a list of towns and no figure (not coded; a second coder could code a "
                                   "reinforcement)")

passage("mg31", "2020-11-17", "Mena Monitor", "a conscription arrest campaign at the capital's checkpoints, informed "
        "sources on lists and ages, a recalled refugee conference, earlier campaigns as habit (published inferred: "
        "days after the Damascus refugee conference of November 2020) | page: https://mena-monitor.org/"
        "على-الحواجز-النظام-السوري-يعتقل-20-شابا/amp",
        "مرصد مينا – سوريا\n"
        "ألقت قوات النظام القبض على 20 شاباً عند حواجزها في دمشق، ضمن حملة أمنية ترمي إلى سوقهم إلى التجنيد "
        "الإجباري. وقالت مصادر مطلعة إن النظام أعدّ قوائم بأسماء المطلوبين للخدمة الإلزامية وأخرى للاحتياط، وإن أجهزته "
        "أكثرت من الحواجز المؤقتة في أحياء العاصمة، موضحة أن الحملة تطال من هم بين 25 و35 عاماً وتشمل تفتيشاً دقيقاً "
        "للسيارات في الكراجات والساحات ومواقف الحافلات. وتأتي الاعتقالات بعد أيام من مؤتمر للاجئين عُقد في دمشق "
        "برعاية روسية دعا فيه النظام اللاجئين إلى العودة، وقد اعتاد النظام شن حملات مماثلة في المناطق التي استعادها "
        "بالمصالحات، كالغوطة الشرقية ودرعا.",
        [E("arrest", Q("20", 20), PL("دمشق", "Damascus", "Damascus"), "2020-11-17", "مصادر مطلعة", GOV,
           note="the lead names no source, the informed sources' next sentence comes back to the same campaign "
                "(stop 30 carry-back; a second coder could leave the outlet); undated, the item's news: publication "
                "day; the ages are no figure; the conference and its call are background (a second coder could "
                "code the call as a statement); earlier campaigns are a habit, not coded")])

passage("mg32", "2022-01-07", "SOHR", "headline; a night's clash over two villages with a rocket exchange, Turkish "
        "artillery from a base the evening before, a recalled infiltration foiled with one dead (published inferred: "
        "a Friday, the page shows no date; year and day approximate) | page: https://www.syriahr.com/"
        "اشتباكات-وقصف-متبادل-بين-قوات-مجلس-من/487394/",
        "معارك وتبادل قصف بين «مجلس منبج العسكري» و«الجيش الوطني» غربي منبج\n"
        "نقل المرصد السوري لحقوق الإنسان عن مصادره أن فصائل «الجيش الوطني» وقوات «مجلس منبج العسكري» المنضوية في "
        "«قسد» خاضت بعد منتصف ليل الخميس معارك عنيفة دامت ساعات على محوري البوغاز والكاوكلي، رافقها تراشق بالصواريخ، "
        "ولم ترد أنباء عن ضحايا. وكان المرصد قد أفاد مساء أمس بأن المدفعية التركية في قاعدة الشويحة دكّت القريتين "
        "ذاتيهما، بينما أُطلقت قنابل إنارة فوق خطوط التماس قرب الباب ومنبج. وسبق ذلك أن وثّق المرصد أمس مقتل مقاتل من "
        "المجلس خلال صد تسلل لعناصر من «الجيش الوطني» نحو المحسنلي وجندل شمالي منبج، وسط أنباء عن قتلى بين المتسللين.",
        [E("armed_clash", None, PL("البوغاز", "Al-Bughaz", "Aleppo"), "2022-01-07",
           "المرصد السوري لحقوق الإنسان", SNA,
           note="a night's fighting over two villages: a group placed at the first; the rocket exchange is the same "
                "battle (not coded apart; a second coder could code a shelling); no casualties"),
         E("shelling", None, PL("البوغاز", "Al-Bughaz", "Aleppo"), "2022-01-06", "المرصد", TUR,
           note="Turkish artillery on «the same two villages» (placed at the first named in the passage; the base is "
                "where fire came from); «وكان … قد» is a recall but the monitor names itself: its own source"),
         E("armed_clash", None, PL("المحسنلي", "Al-Muhsinli", "Aleppo"), "2022-01-06", "المرصد", SNA,
           note="an infiltration repelled with one dead (singular, no figure) and unnumbered attackers' dead; over "
                "two villages, placed at the first")])

passage("mg33", "2012-02-25", "Al-Nadwa (Sauress)", "a Friday of protests under a slogan, a clash told by activists, "
        "protesters killed over two places, towns stormed, protests dispersed, mosques shut, a protester killed, raids "
        "and arrests (published the day after the Friday) | page: https://sauress.com/alnadwah/128109",
        "تظاهر أمس سوريون كثر معارضون للأسد في «جمعة التدخل العسكري الفوري»، بينما قال ناشطون إن وحدات من الجيش "
        "النظامي خاضت اشتباكات مع عناصر الجيش الحر في ريف دمشق. وبحسب الناشطين، قتل رصاص الأمن ستة أشخاص في الأقل في "
        "حماة وفي الطيبة بدرعا، فيما دهمت القوات حرستا وكناكر بريف دمشق. وفرّقت قوات الأمن بالرصاص المحتجين في حيي "
        "العسالي ونهر عيشة بدمشق وفي سحم الجولان، وأقفلت المساجد في كفرنبل ومنعت صلاة الجمعة ونشرت قناصة على "
        "السطوح. وفي حي المفتي بالحسكة قُتل محتج وجُرح آخرون بنيران الأمن، كما دهمت القوات جاسم في درعا واعتقلت عشوائياً "
        "من فيها وطوّقت مساجدها.",
        [E("armed_clash", None, PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2012-02-24", "ناشطون", FSA,
           note="army units against the FSA: the region is the only place"),
         E("protest", Q("ستة", 6, None, True), PL("حماة", "Hama", "Hama"), "2012-02-24", "الناشطين", PROT,
           note="protesters killed by fire in two places with one figure: a group placed at the first (the Friday's "
                "protests, the dead their fatalities)"),
         E("other", None, PL("حرستا", "Harasta", "Rif Dimashq"), "2012-02-24", "الناشطين", GOV,
           note="security forces stormed two towns, no arrests or fight told: a raid (other); a group placed at the "
                "first (a second coder could code an arrest or leave it out)"),
         E("protest", None, PL("العسالي", "Al-Assali", "Damascus"), "2012-02-24", "الناشطين", PROT,
           note="protests dispersed by fire in two quarters: a group placed at the first"),
         E("protest", None, PL("سحم الجولان", "Saham al-Jawlan", "Daraa"), "2012-02-24", "الناشطين", PROT,
           note="another town's protest dispersed by fire, no figure; the mosques shut in Kafranbel are a measure "
                "with no figure (not coded)"),
         E("protest", None, PL("المفتي", "Al-Mufti", "Al-Hasakah"), "2012-02-24", "الناشطين", PROT,
           note="one protester killed: no figure; the quarter is the place"),
         E("arrest", None, PL("جاسم", "Jasim", "Daraa"), "2012-02-24", "الناشطين", GOV,
           note="raids and random arrests, no figure")])
P132[-1]["events"][0]["note"] += ("; the sources after the first are the activists of the second sentence carried over "
                                  "acts of the kind their report told (surface «الناشطين»)")

passage("mg34", "2016-12-01", "Elaph", "a monitor's strike toll on a village with a hedged Russian author, Russia's "
        "recalled announcement of an operation, Russia's standing denial (published inferred: December 2016, the day "
        "not shown) | page: https://elaph.com/Web/News/2016/12/1122670.html",
        "لقي ما لا يقل عن 14 مدنياً حتفهم بضربات جوية استهدفت قرية في إدلب، بحسب إحصاء المرصد السوري لحقوق الإنسان، وهو "
        "جهة معارضة ذكرت أن بين القتلى طفلاً وأن الهجوم قد يكون من تنفيذ طائرة روسية. وكانت الغارات قد أصابت كفرنبل. وأعلنت "
        "روسيا في الشهر الفائت إطلاق عملية كبيرة في إدلب على من تسميهم «إرهابيين»، وهي تتدخل عسكرياً في سوريا منذ "
        "أيلول 2015 لمساندة الأسد، وتنكر أن تكون ضرباتها تقتل مدنيين.",
        [E("airstrike", Q("ما لا يقل عن 14", 14, None), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2016-12-01",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="the village named in the next sentence is the strike's place; the author is hedged («قد يكون»; a "
                "second coder could leave the agent null); «ما لا يقل عن» low bound (stop 34); undated, the item's "
                "news: publication day"),
         E("statement", None, PL("إدلب", "Idlib", "Idlib", nth=1), None, "روسيا", RUS,
           note="Russia's announcement last month of a wide operation in Idlib: a named body's decision (stop 32), "
                "no day; the denial is a standing stance (not coded)")])

passage("mg35", "2023-06-27", "Eye of Euphrates", "headline; an IS attack on a checkpoint with its claim, a grenade on "
        "a local official's house, a recalled IS video, IS's weekly claim over several provinces | page: "
        "https://eyeofeuphrates.com/ar/news/2023/06/27/8965",
        "«داعش» يقتل عنصراً من «قسد» بريف دير الزور\n"
        "لقي عنصر في قوات سوريا الديمقراطية «قسد» مصرعه أمس الإثنين بهجوم شنّته خلايا «داعش» شرقي دير الزور. وأعلن "
        "التنظيم على منصاته مسؤوليته عن قتل العنصر، وهو شاب من الصور يدعى خالد العبيد، بعدما هاجمه مسلحوه عند حاجز "
        "البلدية في بريهة شرقي المحافظة. وفي حادثة أخرى، ألقى مجهولان يستقلان دراجة نارية رمانة يدوية على بيت مسؤول "
        "الكومين في المجلس المحلي بذيبان، ولم يصب أحد. وكان «داعش» قد بث الأحد تسجيلاً لعمليات خلاياه ضد «قسد»، وتبنى "
        "الجمعة سبع هجمات خلال أسبوع قال إنها أوقعت 19 بين قتيل وجريح من عناصر النظام و«قسد» في محافظات الرقة ودير "
        "الزور والحسكة وفي ريف حماة.",
        [E("armed_clash", None, PL("بريهة", "Buraiha", "Deir ez-Zor"), "2023-06-26", "التنظيم", IS,
           note="an IS attack on a checkpoint killing one (singular, no figure); the claim's sentence comes back to "
                "it and names the town; the checkpoint is a landmark placed at the town"),
         E("explosion", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-06-26", None, UNID,
           note="a grenade thrown at a house: an explosion with no casualties; another incident told by the outlet"),
         E("armed_clash", Q("سبع", 7), PL("الرقة", "Raqqa", "Raqqa"), None, "«داعش»", IS,
           kind="aggregate",
           note="IS's weekly claim of seven attacks over four provinces: an aggregate; its figure the attacks' count "
                "(the 19 killed and wounded together are no dead-only figure); placed at the first province (a second "
                "coder could leave the place null); the video is no act")])


def main() -> None:
    write("gold132.jsonl", P132)


if __name__ == "__main__":
    main()
