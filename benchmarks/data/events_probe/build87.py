"""Build gold87.jsonl: development set 87 (ids km01…), written in stop 35 by writer w87 BEFORE any run on it.

Whole articles (a page's article as far as the search tool's `pages` corpus shows it: headline line, lead, details,
background, sources, and what the page had glued to it: a photo caption, hashtags, a tweet), each the paraphrase of
ONE real page found in that corpus (queried in Arabic), years 2011-2025, many outlets (regional papers, agency relays,
local Syrian sites, Kurdish and official media, rights groups' reports). Subjects: a defection announced on camera,
air bases stormed, Russian, Israeli, Turkish and coalition strikes, an evacuation under a deal and a prisoner swap,
SDF arrests of IS cells, a Turkish-backed offensive, kidnappings for ransom, protests against HTS, the 2024 offensive,
ambushes on the new security forces, a monthly tally, an amnesty decree, the 2022 Hasakah prison attack, the 2021
siege of Daraa al-Balad. Every sentence was rewritten (no run of five words, names aside, is shared with its page:
checked by script against the page text, which was kept outside the repository); the incidents, their order, places,
figures, dates, sources and hedges are the page's; private people's names are invented. Each passage's `style` ends
with the page's address; where the page gave no date the published date was inferred from the events (said so in
the style).
Gold follows news_dev's README and the events_probe README's stop 28, 30, 32 and 34 conventions; each event's note
says the calls made. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build87.py      # rewrites gold87.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P87: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P87.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("km01", "2012-01-10", "Har2i forum (relaying Reuters)",
        "a colonel's defection shown on Al Jazeera's footage, relayed by Reuters; his call to the Arab League observers "
        "(published date inferred: the observers' mission of Dec 2011-Jan 2012) "
        "| page: https://www.har2i.com/vb/showthread.php?t=21091&s=f940c9013e05cf4c4350f90d57695923",
        "حماة: عقيد رفيع يعلن تركه الجيش ومعه عدد من جنوده\n"
        "دبي - رويترز:\n"
        "بثّ موقع قناة الجزيرة الناطق بالإنجليزية اليوم شريطاً مصوراً يظهر فيه ضابط رفيع الرتبة في القوات المسلحة "
        "السورية وهو يعلن خروجه منها، رفضاً لحملة القمع التي تشنها السلطات منذ شهور على المحتجين المطالبين برحيل "
        "الرئيس بشار الأسد.\n"
        "وبدا في الشريط رجل عرّفته الجزيرة بأنه العقيد عفيف محمود سليمان، يحيط به عسكريون مسلحون، وهو يقرأ بياناً "
        "يقول إنهم تخلّوا عن صفوف الجيش حين شاهدوه يمارس العنف بحق المتظاهرين.\n"
        "وبحسب القناة، ينتمي سليمان إلى فرقة الإمداد والتموين في سلاح الجو بمدينة حماة، وقد أكد أنه ورفاقه غادروا "
        "المؤسسة العسكرية بعدما رأوا عناصرها وعناصر الأمن يقتلون المدنيين المحتجين مستخدمين شتى صنوف السلاح.\n"
        "وذكرت الجزيرة أن عدد من انشقوا معه يصل إلى 50 جندياً، فيما ظهر في التسجيل 13 رجلاً بالزي العسكري المرقّط "
        "واقفين وراءه.\n"
        "وأوردت القناة على موقعها أن المنشقين عزموا على حماية المتظاهرين في المدينة، كما نسبت إلى سليمان دعوته بعثة "
        "المراقبين التابعة للجامعة العربية إلى تفقد المناطق التي طالتها الغارات الجوية والهجمات، وإلى الكشف عن ثلاث "
        "مقابر في المدينة قال إنها تحوي ما يزيد على 460 جثة. ولم يصدر أي تأكيد رسمي لانشقاق هؤلاء الجنود، إذ تمنع "
        "السلطات السورية معظم الصحفيين من دخول البلاد.",
        [E("defection", Q("50", None, 50, True), PL("حماة", "Hama", "Hama", nth=1), "2012-01-10", "الجزيرة",
           GOV, note="one defection told in the headline, the footage and the figure sentence; «ما يصل إلى 50» is an "
                     "upper bound (the verb «يصل إلى» bounds it, outside the span: low open, high 50); the 13 men seen behind him are part of the same group, "
                     "not a second figure. Source: Al Jazeera, whose footage Reuters relays (stop 34: the relayed "
                     "source). Place: his unit's city (the headline's «حماة» is nth=0; the body's is used); dated by "
                     "the publication day («اليوم»)"),
         E("statement", None, PL("حماة", "Hama", "Hama", nth=1), "2012-01-10", "سليمان", None,
           note="the colonel's call on the Arab League observers to visit the struck areas and uncover three graves: a "
                "named person's call told as its own matter (stop 32); the 460 bodies are his claim, no event. The "
                "resolve to protect protesters is an aim")])

passage("km02", "2013-04-28", "Al-Sharq (Qatar, via Sauress)",
        "a round-up: an air base taken in Idlib, a second one stormed near Aleppo with a toll, a gas attack told by "
        "activists, clashes in the Ghouta (published date inferred from the Kuweires fighting of late April 2013) "
        "| page: https://sauress.com/alsharq/818973",
        "الجيش الحر يحكم قبضته على مطار أبو الضهور ويواصل معركة كويرس\n"
        "أحكم مقاتلو الجيش الحر أمس سيطرتهم الكاملة على مطار أبو الضهور العسكري بريف إدلب، إثر قتال ضارٍ خاضوه "
        "طوال أيام ضد قوات الأسد المتحصنة داخله. وأفاد المكتب الإعلامي الموحد للجيش الحر بأن عناصره يجوبون أرجاء "
        "المطار لتعقّب من تبقى من جنود النظام، مؤكداً أن قائده العميد أحمد عيسى لقي حتفه، وأن كميات ضخمة من السلاح "
        "والعتاد صارت غنيمة للمقاتلين، في حين بثّت لجان التنسيق المحلية تسجيلاً مصوراً يُظهر مبنى القيادة مدمّراً. "
        "وعلى جبهة حلب، قالت مصادر في الجيش الحر إن معركة انتزاع مطار كويرس العسكري، التي انطلقت قبل يومين، ما "
        "زالت متواصلة بعدما سقطت سرية الدفاع الجوي فيه بيد المقاتلين، الذين أردوا أكثر من 80 من جنود الأسد وجرحوا "
        "العشرات بينما لاذ كثيرون بالفرار، واستولوا على مدافع من عيار 23 وضربوا غرفة العمليات داخله. وأوردت لجان "
        "التنسيق أن طيران الأسد ألقى أمس على محيط المطار قنابل محمّلة بغازات سامة، فتوقف تقدم الثوار وسقط عدد منهم "
        "قتلى، وعانى كثيرون آخرون من حالات اختناق. أما في ريف دمشق، فقد أفاد المكتب الإعلامي الموحد في الغوطة "
        "الشرقية بوقوع مواجهات عنيفة أمس بين قوات النظام ومقاتلي الجيش الحر عند جبهة العبادة الشرقية قرب طريق ضمير "
        "العسكري، دمّر خلالها المقاتلون دبابة لقوات الأسد.",
        [E("territory_change", None, PL("مطار أبو الضهور العسكري", "Abu al-Duhur military airport", "Idlib"),
           "2013-04-27", "المكتب الإعلامي الموحد للجيش الحر", FSA,
           note="headline and lead tell one taking; the lead names no source and the next sentence (combing the base, "
                "the commander dead, booty) comes back to it, so the FSA media office carries back (stop 30). The "
                "commander's death is a singular: no figure; the activists' video is another telling"),
         E("armed_clash", Q("أكثر من 80", 80, None, True), PL("مطار كويرس العسكري", "Kuweires military airport",
                                                              "Aleppo"),
           None, "مصادر في الجيش الحر", FSA,
           note="the ongoing battle for the base, the air-defence company taken, more than 80 soldiers killed: one "
                "event; a coder could code the company's fall as a territory_change instead (judgement). Undated: the "
                "battle began two days before and goes on"),
         E("airstrike", None, PL("مطار كويرس العسكري", "Kuweires military airport", "Aleppo"), "2013-04-27",
           "لجان التنسيق", GOV,
           note="bombs with toxic gas dropped on the base's surroundings (placed at the base, the text's own place); "
                "«عدد منهم» and «كثيرون» give no figure"),
         E("armed_clash", None, PL("العبادة", "Al-Abadah", "Rif Dimashq"), "2013-04-27",
           "المكتب الإعلامي الموحد في الغوطة الشرقية", None,
           note="clashes on the Abadah front; two sides, no actor1; the tank destroyed is part of the clash")])

passage("km03", "2015-10-02", "Al-Wasat (Bahrain), relaying AFP/SOHR",
        "the first Russian strikes on Idlib: a total equal to two listed strikes; the first day's toll and the "
        "opposition's other figure; the war's running toll "
        "| page: http://alwasatnews.com/news/1031157.html",
        "«المرصد»: سبعة مدنيين قتلى بغارات روسية على إدلب\n"
        "أورد المرصد السوري لحقوق الإنسان، في بيان أصدره اليوم الجمعة (2 تشرين الأول/أكتوبر 2015)، بأن غارات نفذتها طائرات روسية "
        "يوم الخميس على محافظة إدلب في الشمال الغربي أودت بحياة سبعة مدنيين على الأقل، بينهم طفلان.\n"
        "وبيّن المرصد أن ضربات المقاتلات الروسية على جبل الزاوية، الذي تسيطر عليه جبهة النصرة، ذراع القاعدة في "
        "سوريا، إلى جانب فصائل إسلامية مسلحة، قتلت أربعة مدنيين أحدهم طفل وبينهم امرأة. وأضاف أن غارات أخرى للطائرات "
        "ذاتها على بلدة الهبيط في المحافظة عينها قتلت ثلاثة مدنيين، منهم فتاة وامرأة.\n"
        "وذكّر المرصد، الذي يحصي ضحايا الحرب السورية منذ اندلاعها في آذار/مارس 2011، بأن الضربات الروسية الأولى يوم "
        "الأربعاء خلّفت 28 قتيلاً، في حين حمّلت المعارضة السورية موسكو مسؤولية قتل 36 شخصاً خلال اليوم ذاته، فأجاب "
        "الرئيس الروسي فلاديمير بوتين بأنه ينتظر «حرباً إعلامية».\n"
        "وتقول موسكو إن ضرباتها موجهة إلى تنظيم «داعش»، غير أن واشنطن وحلفاءها يشتبهون في أن غايتها الوحيدة إسناد "
        "نظام الأسد بذريعة مكافحة «الإرهاب»، علماً أن التنظيم يكاد لا يملك وجوداً في إدلب التي قُصفت الخميس.\n"
        "ودخلت الحرب، التي أودت بحياة قرابة 250 ألف إنسان داخل البلاد حتى الآن، طوراً جديداً مع انطلاق الغارات الروسية "
        "الأربعاء.",
        [E("airstrike", Q("أربعة", 4), PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), "2015-10-01",
           "المرصد السوري لحقوق الإنسان", RUS, note="a woman and a child are a breakdown"),
         E("airstrike", Q("ثلاثة", 3), PL("الهبيط", "Al-Habit", "Idlib"), "2015-10-01", "المرصد السوري لحقوق الإنسان",
           RUS, note="«وأضاف» carries the monitor. The headline's and lead's seven are the sum of these two strikes: "
                     "no event of their own (stop 34)"),
         E("airstrike", Q("28", 28), None, "2015-09-30", "المرصد السوري لحقوق الإنسان", RUS,
           note="the first day's Russian strikes recalled with their toll; no place given; the opposition's 36 for "
                "the same day is another telling, no event; Putin's answer reacts to it (no statement). A coder could "
                "call this day's toll an aggregate"),
         E("casualties", Q("قرابة 250 ألف", 250000, approx=True), None, None, None, kind="aggregate",
           note="the war's running toll since 2011 (the outlet's background), no act named")])

passage("km04", "2017-08-03", "Enab Baladi",
        "fighters and refugees bussed from Arsal under a Hezbollah-HTS deal: figures by camp, a convoy total expected, "
        "a prisoner swap the day before, a recalled taking; a photo caption glued "
        "| page: https://enabbaladi.net/165025/حافلات-مقاتلي-تحرير-الشام-ولاجئي-عرسا",
        "قافلة تقل مقاتلين من «تحرير الشام» ولاجئين من عرسال تبلغ حمص\n"
        "عنصر من «حزب الله» اللبناني يقف قرب الحافلات التي أجلت المسلحين من منطقة جرود عرسال، بتاريخ 2 آب/أغسطس 2017 (رويترز)\n"
        "بلغت الحافلات التي تنقل مقاتلين من القلمون الغربي ولاجئين سوريين من عرسال محافظة حمص، بعد انطلاقها تنفيذاً "
        "لاتفاق أُبرم بين «هيئة تحرير الشام» و«حزب الله» اللبناني.\n"
        "وأفادت وكالة «إباء»، المتحدثة باسم الهيئة، بأن القافلة التي تحمل المقاتلين واللاجئين دخلت اليوم الخميس 3 "
        "آب منطقة دير بعلبة في حمص.\n"
        "وبحسب أرقام النظام السوري، غادر مخيمات عرسال 116 مقاتلاً و6101 لاجئ، بينما خرج من وادي حميد والملاهي ألف "
        "مقاتل و560 لاجئاً.\n"
        "ويُنتظر أن تبلغ الحافلات الشمال السوري في وقت لاحق اليوم، سالكة طريقاً يمر بوادي حميد في لبنان ثم فليطة في "
        "سوريا، ومنها إلى حمص فحماة وصولاً إلى مناطق سيطرة المعارضة في إدلب.\n"
        "وتوقعت «تحرير الشام» أن تصل إلى الشمال بعد الظهر 117 حافلة على متنها ما يزيد على خمسة آلاف مهجّر.\n"
        "وكان يوم أمس قد شهد عملية مبادلة أفرجت بموجبها الهيئة عن ثلاثة أسرى من الحزب كانت قد أسرتهم الخميس الماضي، "
        "في مقابل إطلاق ثلاثة من عناصرها كانوا موقوفين في سجن رومية.\n"
        "وجاء ذلك بعدما أمسك «حزب الله» بالجرود الحدودية بين البلدين إثر معارك في المنطقة.",
        [E("other", Q("ما يزيد على خمسة آلاف", 5000, None, True), PL("عرسال", "Arsal", None, "Lebanon"), "2017-08-03",
           "وكالة «إباء»", HTS,
           note="an evacuation under a deal (other): the convoy's arrival in Homs and its departure from the Arsal "
                "camps and Wadi Hmeid are one movement. FIGURE CALL: the text gives no total of those who left (116 "
                "and 6101, a thousand and 560 are a breakdown by camp), so the convoy's expected «more than five "
                "thousand» is the figure. PLACE CALL: the origin, as set 1's p12 (the destination is not the place); "
                "Deir Baalbah, where it arrived, is the other choice. Source: the HTS agency that tells the arrival; "
                "the photo caption is the same movement"),
         E("other", Q("ثلاثة", 3), None, "2017-08-02", None, None,
           note="a prisoner exchange (other): three Hezbollah captives for three HTS men; the figure is the first "
                "side numbered (stop 30). Roumieh prison is where the detainees were held, not where the swap took "
                "place: no place. The outlet tells it"),
         E("territory_change", None, None, None, None, None,
           note="Hezbollah's taking of the border barrens, recalled, undated; no named place (the caption's Arsal "
                "barrens are not named in this sentence); Hezbollah has no canonical actor here")])

passage("km05", "2024-03-31", "Radio Alkul",
        "an Israeli strike near Damascus told by SANA (two injured) and by a local site (six missiles on Jamraya); two "
        "earlier strikes recalled; two glued headline lines "
        "| page: https://radioalkul.com/p472796",
        "«سانا»: إصابة مدنيَّين وأضرار مادية في قصف إسرائيلي طال نقاطاً حول دمشق\n"
        "«صوت العاصمة»: ستة صواريخ إسرائيلية ضربت مركز البحوث العلمية في جمرايا بريف دمشق\n"
        "نفّذت مقاتلات إسرائيلية مساء الأحد ضربات جوية على مواقع في ريف دمشق، هي الثالثة من نوعها في غضون 3 أيام.\n"
        "وذكرت «سانا»، وكالة الأنباء الناطقة باسم النظام، أن «العدو الإسرائيلي» شنّ هجوماً جوياً انطلاقاً من الجولان "
        "المحتل على عدد من النقاط المحيطة بالعاصمة، ما أسفر عن جرح مدنيَّين اثنين وإلحاق أضرار مادية، من غير أن "
        "توضح ماهية المواقع التي ضُربت.\n"
        "في المقابل، أفاد موقع «صوت العاصمة» المحلي بأن المقاتلات الإسرائيلية أطلقت ستة صواريخ على مركز البحوث "
        "العلمية الكائن في جمرايا، وأن سيارات إسعاف وإطفاء هرعت إلى المكان بعد الضربة، في ظل غياب أي معلومات عن حجم "
        "الخسائر في الأرواح والممتلكات.\n"
        "وكعادتها، لم تصدر إسرائيل أي تعليق على الضربة حتى إعداد هذا الخبر، مكتفية بتكرار أنها لن تسمح لإيران "
        "بالتمدد نحو حدودها عبر سوريا.\n"
        "وجاءت الضربات بعد هجومين إسرائيليين سابقين، طال أولهما مساء الخميس مبنى في ريف دمشق، والثاني فجر الجمعة مواقع "
        "عدة في ريف حلب.",
        [E("airstrike", Q("ستة", 6), PL("جمرايا", "Jamraya", "Rif Dimashq"), "2024-03-31", "سانا", ISR,
           note="one strike told four times (two headline lines, the lead, two sources); FIGURE: the six missiles, the "
                "strike's own count (the two injured are never the figure). Source: the lead names none and SANA's "
                "next sentence comes back to it (stop 30); the six missiles are the local site's. Place: Jamraya, "
                "where the research centre is (a coder could place it at the centre itself); 'the third in 3 days' is "
                "an ordinal, not an aggregate; Israel's silence is a habit"),
         E("airstrike", None, PL("ريف دمشق", "Damascus countryside", "Rif Dimashq", nth=2), "2024-03-28", None, ISR,
           note="recalled strike on a building, Thursday evening; the writer's recall: the outlet"),
         E("airstrike", None, PL("ريف حلب", "Aleppo countryside", "Aleppo"), "2024-03-29", None, ISR,
           note="recalled strikes on several sites, Friday dawn")])

passage("km06", "2020-11-03", "Al-Hal Net",
        "an SDF raid with coalition air cover: a cell of 18 and its leader; two earlier raids recalled; the page's "
        "hashtags kept "
        "| page: https://7al.net/2020/11/03/عمليّة-أمنيّة-لقسد-والتحالف-تفضي-لاعت/ali-h/news/local-news/",
        "قسد تعتقل خلية لـ«داعش» في الصبحة بدعم من التحالف\n"
        "ألقت «قوات سوريا الديمقراطية» (#قسد) القبض، في وقت متأخر من ليل الثلاثاء، على خلية تتبع لتنظيم #داعش في "
        "الريف الشمالي الشرقي لـ#دير_الزور، بينها قيادي معروف، خلال عملية جرت بإسناد من #التحالف_الدولي.\n"
        "وأوضح مراسل «الحل نت» أن عناصر الوحدات الخاصة في «قسد» نفذوا، تحت غطاء جوي من التحالف، عملية جديدة في ريف دير "
        "الزور الشمالي انتهت بالقبض على 18 عضواً في الخلية، أحدهم يُعرف بـ«أبو جهاد الأنصاري»، وذلك داخل مخبأ سري "
        "أسفل سكة القطار في الأطراف الشمالية لبلدة #الصبحة.\n"
        "والأنصاري سوري يتحدر من بلدة #البوليل في ريف دير الزور الشرقي، وتولى مواقع عدة في «داعش» حين كان التنظيم "
        "يسيطر على المنطقة، منها إمارة العلاقات العامة في الميادين، ثم مسؤولية الأوقاف في المدينة نفسها.\n"
        "وليست هذه أولى حملات الاعتقال في ريف دير الزور، فقد توالت في الفترة الأخيرة عمليات الإنزال الجوي التي ينفذها "
        "التحالف في مناطق شرق الفرات، وشملت الاعتقالات مطلوبين لقواته بتهم متنوعة يتصدرها الانتماء إلى التنظيم.\n"
        "وفي 26 تشرين الأول/أكتوبر الماضي، كانت «قسد» قد قبضت بالتعاون مع التحالف على خلية أخرى للتنظيم في بلدة "
        "#الشحيل، وقبل ذلك بأيام معدودة نُفّذ إنزال جوي آخر في قرية #المجيد التابعة لناحية #الصور.",
        [E("arrest", Q("18", 18), PL("الصبحة", "Al-Sabha", "Deir ez-Zor"), "2020-11-03", "مراسل «الحل نت»", SDF,
           note="headline, lead and the reporter's sentence tell one raid; the hideout at the town's northern edge "
                "places it at the town; the leader is one of the 18; the coalition gave air cover (SDF acted). Date: "
                "late Tuesday night, the publication day"),
         E("arrest", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2020-10-26", None, SDF,
           note="a recalled raid with its date; no figure (a cell); the writer's recall: the outlet"),
         E("arrest", None, PL("المجيد", "Al-Majid", "Deir ez-Zor"), None, None, COAL,
           note="a recalled coalition airdrop raid, 'days before' the 26th: undated; typed arrest as the airdrops the "
                "item describes are arrest raids (judgement). The recurring airdrops are a habit, no event")])

passage("km07", "2019-10-10", "Halab Today",
        "the second day of Peace Spring: a day's total equal to the villages listed in three strings; weapons seized; "
        "the launch recalled; a photo caption glued "
        "| page: https://halabtodaytv.net/archives/106236",
        "مقاتلون من الجيش الوطني في إحدى القرى التي انتزعوها قرب تل أبيض\n"
        "سيطر الجيش التركي والجيش الوطني السوري، اليوم الخميس، على 15 موقعاً حول تل أبيض ورأس العين في شمال "
        "شرقي سوريا، بعد مواجهات خاضاها ضد «وحدات حماية الشعب» (YPG) المنضوية في «قسد»، ضمن «نبع السلام».\n"
        "وقال الجيش الوطني إنه بسط سيطرته على كل من بيرعاشق وحميدة واليابسة وتل فندر والمشيرفة والدادات، إضافة إلى "
        "مزرعة المسيحي، وجميعها إلى الغرب من تل أبيض التابعة للرقة، لافتاً إلى أنه أعطب رشاشاً من عيار 23 مم في "
        "اليابسة.\n"
        "وانتزع كذلك كلاً من أقصاص ومشرفة الشيخ ومشرفة الحاوي وبرزان، إلى جانب مزرعتي حاج علي وبني مشهور، الواقعة شرقي تل أبيض.\n"
        "وإلى الغرب من رأس العين بريف الحسكة، دخل الجيش الوطني قريتي كشتو وكشتو تحتاني، وقطع طريق الدرباسية - رأس "
        "العين الحيوي.\n"
        "وقال الجيش إنه غنم صاروخ «كونكورس» مع منصته في المزارع الواقعة شرقي رأس العين، ونشر عبر معرّفاته الرسمية "
        "صوراً لأسلحة وذخائر أخرى ذكر أنه أخذها من عناصر YPG في المنطقة ذاتها.\n"
        "وكان الرئيس التركي رجب طيب أردوغان قد أعلن يوم الأربعاء الماضي بدء عملية «نبع السلام» التي يخوضها جيش بلاده "
        "في منطقة «شرق الفرات» بشمال شرقي سوريا.",
        [E("territory_change", None, PL("بيرعاشق", "Bir Ashiq", "Raqqa"), "2019-10-10", "الجيش الوطني", SNA,
           note="a string of villages west of Tal Abyad taken: one act over a list (group), placed at the first. The "
                "lead's 15 sites are the sum of the three strings that follow (7+6+2): no event of their own (stop "
                "34). Source: the SNA's announcement (the lead names none, the next sentence comes back to it)"),
         E("territory_change", None, PL("أقصاص", "Aqsas", "Raqqa"), "2019-10-10", "الجيش الوطني", SNA,
           note="a second string, east of Tal Abyad (another axis): its own group; «كذلك» carries the SNA's telling"),
         E("territory_change", None, PL("كشتو", "Kishto", "Al-Hasakah"), "2019-10-10", "الجيش الوطني", SNA,
           note="two villages west of Ras al-Ain and the road cut: a third act on the other front; same kind of act, "
                "the SNA's telling carries (stop 30). The weapons seized are not events"),
         E("statement", None, None, "2019-10-09", "الرئيس التركي رجب طيب أردوغان", TUR,
           note="the launch of the operation announced by Erdogan, recalled: a named official's announcement (stop "
                "32); «الأربعاء الماضي» is the day before (the page is of Thursday 10 October). 'East of the "
                "Euphrates' is a region named for the operation, no place. A coder could leave a recalled launch "
                "out")])


passage("km08", "2025-03-04", "Tesaa World (relaying SANA)",
        "an ambush on defence-ministry men in Latakia and the forces massed after it; an earlier attack and an abduction "
        "recalled; a security source's quote "
        "| page: https://www.tesaaworld.com/ar/news/security-campaign-in-latakia-following-the-killing-of-two-security-personnel-in-an-armed-ambush",
        "قوى الأمن تطلق حملة في اللاذقية إثر مقتل عنصرين بكمين\n"
        "شرعت قوات الأمن السورية في حملة أمنية كبيرة داخل مدينة اللاذقية، بعدما قُتل اثنان من منتسبي وزارة الدفاع في "
        "كمين نصبه مسلحون وصفتهم الوكالة العربية السورية للأنباء (سانا) بـ«فلول ميليشيات الأسد»، بحسب ما أوردته "
        "الوكالة في ساعة مبكرة من يوم الثلاثاء 4 آذار/مارس 2025.\n"
        "وأضافت «سانا» أن الوزارة دفعت بحشود عسكرية إلى محيط حي الدعتور، شملت ناقلات جنود وعربات دفع رباعي تحمل "
        "رشاشات، ضمن عملية تفتيش مكثفة تلاحق المسلحين الذين استهدفوا دورية تابعة للأمن الداخلي في المدينة.\n"
        "وكان عناصر من الأمن الداخلي قد تعرضوا لهجوم شنه مجهولون مسلحون بالقرب من دوار الأزهري في اللاذقية، "
        "وتبادلوا معهم إطلاق نار كثيفاً. وأتى ذلك الهجوم بعدما خطفت المجموعة المسلحة ذاتها عنصرين من الأمن الداخلي، "
        "وُجدا لاحقاً جثتين بعد أن جرت تصفيتهما.\n"
        "ونسبت «سانا» إلى مصدر أمني قوله إن «فلولاً من ميليشيات الأسد قتلت في كمين مسلح اثنين من منتسبي "
        "الوزارة داخل حي الدعتور في اللاذقية».\n"
        "وتابع المصدر قائلاً إن إدارة الأمن الداخلي تنفذ في هذه الأثناء حملة موسعة تشمل الدعتور وأحياء مجاورة عدة، سعياً "
        "إلى القبض على الفلول.",
        [E("armed_clash", Q("اثنان", 2), PL("الدعتور", "Al-Daatour", "Latakia", nth=1), "2025-03-04",
           "الوكالة العربية السورية للأنباء (سانا)", LOYAL,
           note="the ambush told in the headline, the lead and the security source's quote: one event; the figure is "
                "the numeral «اثنان» (a numeral, not a dual noun); Daatour, the quarter the quote names. Source: SANA, "
                "the lead's (the quote relays a security source for the same act; a coder could name it). Dated by "
                "the publication day: the item's news, no day given"),
         E("reinforcement", None, PL("الدعتور", "Al-Daatour", "Latakia"), "2025-03-04", "سانا", NEWGOV,
           note="the ministry's forces massed around Daatour for the search (the campaign): a deployment; the arrests "
                "are its aim, none reported"),
         E("armed_clash", None, PL("اللاذقية", "Latakia", "Latakia", nth=2), None, None, UNK,
           note="the earlier attack near the Azhari roundabout (a landmark: placed at its city), an exchange of fire, "
                "no toll; the writer's recall («وكان ... قد»): the outlet; undated. Told apart from the Daatour ambush "
                "(another quarter, another force)"),
         E("arrest", None, None, None, None, UNK,
           note="the same group's abduction of two internal-security men, later found executed: an abduction is "
                "coded arrest (as sets 73 and 78), its dead a dual (no figure); no place named for it; undated recall")])

passage("km09", "2020-10-01", "Suwayda 24",
        "kidnappings for ransom between Daraa and Sweida: two incidents told by a relative's source and a reporter, a "
        "lead total equal to them, two missing men hedged "
        "| page: https://suwayda24.com/?p=15016",
        "عصابات من درعا تخطف مدنيين من السويداء مجدداً\n"
        "أقدمت عصابات مسلحة قادمة من محافظة درعا، خلال الأيام القليلة الماضية، على خطف مدنيين من أبناء السويداء "
        "بغرض الحصول على فدية، وذلك في حادثتين لا صلة بينهما، في حين تحدثت وسائل إعلام محلية في درعا عن فقدان أثر "
        "شخصين من أهالي درعا داخل السويداء أول أمس، ورجّحت أنهما خُطفا.\n"
        "ونقلت «السويداء 24» عن مصدر قريب من الشاب سامر وائل أبو فخر أن مسلحين ينتمون إلى عصابة اختطفوه يوم السبت "
        "الموافق 26/9/2020 بينما كان يعبر طريق المزرعة – الدور في الريف الغربي للسويداء، في ظروف لم تتضح.\n"
        "وأوضح المصدر أن سامر، البالغ 16 عاماً والمتحدر من قرية لبين في الشمال الغربي للمحافظة، تلقى ذووه اتصالاً من "
        "الخاطفين يطالبون فيه بمبلغ كبير لقاء إطلاقه، فيما أخبرت الأجهزة الأمنية العائلة بأنه محتجز في ريف درعا "
        "الشرقي، بعدما حددت المكان الذي صدر منه الاتصال.\n"
        "وفي حادثة ثانية، أفاد مراسل «السويداء 24» بالريف الغربي بأن المواطن رامي سليم عزام خُطف صباح أمس الأربعاء "
        "قرب قرية الدارة الواقعة بين محافظتي درعا والسويداء، حين كان متوجهاً إليها بسيارة الأجرة التي يملكها لإيصال "
        "أحد سكانها إلى المشفى الوطني.\n"
        "وبيّن المراسل أن أفراد عصابة مسلحة اقتادوه من داخل منزل المواطن محمود العلي واستولوا على سيارته، بينما اتهمت "
        "عائلته عصابات تنشط في الريف الشرقي لدرعا بالوقوف وراء الحادثة.",
        [E("arrest", None, PL("المزرعة", "Al-Mazraa", "As-Suwayda"), "2020-09-26", "مصدر قريب من الشاب", UNK,
           note="a kidnapping for ransom (arrest, as sets 73 and 78); a road between two places is placed at the first; "
                "eastern Daraa, where he is held, and Lubbayn, his home, are not the place; the age is no figure. "
                "Source: the relative's source the outlet relays (stop 34)"),
         E("arrest", None, PL("الدارة", "Al-Dara", "Daraa"), "2020-09-30",
           "مراسل «السويداء 24» بالريف الغربي", UNK,
           note="the second kidnapping, with the car taken: one incident; the house he was taken from is the act's "
                "setting. The lead's 'two incidents' are these two: no event of their own (stop 34). Governorate of "
                "al-Dara uncertain (the text puts it between the two governorates)"),
         E("arrest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2020-09-29",
           "وسائل إعلام محلية في درعا", UNK,
           note="two men of Daraa missing in Sweida 'the day before yesterday', likely kidnapped: coded as a (hedged) "
                "abduction; the dual gives no figure. A coder could leave a disappearance out")])

passage("km10", "2024-04-19", "Syria Steps (SST, relaying Al-Araby Al-Jadeed)",
        "protests against HTS's leader: a count of protests, one protest the security failed to disperse, assaults "
        "on activists, a raid-and-arrest campaign over a list of towns the day before "
        "| page: https://sst-news.com/395497",
        "إدلب: عشرات الاحتجاجات تطالب بإزاحة الجولاني وأمن «الهيئة» يعجز عن فضّها\n"
        "أفاد مراسلنا في حلب بأن ما يزيد على 25 تظاهرة انطلقت في مدن محافظة إدلب وبلداتها شمالي سورية، مطالبة بإزاحة "
        "أبي محمد الجولاني، قائد «هيئة تحرير الشام». وأضاف أن جهاز الأمن التابع للهيئة أخفق في فض التظاهرة التي "
        "خرجت في بلدة أورم الجوز جنوب إدلب، فيما تحدثت مصادر في إدلب عن اعتداءات عدة نفذها أمنيّو الجولاني بحق "
        "ناشطين يتولون تنظيم الاحتجاجات في أماكن متفرقة.\n"
        "وكان جهاز الأمن العام في «هيئة تحرير الشام» قد نفذ في 18 نيسان/أبريل الحالي حملة دهم واعتقال واسعة طالت "
        "مناطق شهدت احتجاجات ضد الجولاني في أرياف إدلب وحلب. وبحسب مصادر محلية، فإن أرتالاً تابعة للهيئة داهمت بنش "
        "والدانا وجبل الزاوية وترمانين ودير حسان بريف إدلب، ومدينة دارة عزة غربي حلب، واعتقلت عدداً من "
        "المحتجين، أبرزهم الناشط سامي الخطيب الذي تصدّر تظاهرات عدة ضد الجولاني في مناطق مختلفة خلال الأسابيع "
        "الماضية. ولفتت المصادر إلى أن عناصر الأمن انهالوا على المتظاهرين بالضرب وجرّوهم إلى السيارات، ثم نقلوهم إلى "
        "مواقع متفرقة بين بنش والدانا حيث زُجّوا في السجون.",
        [E("protest", Q("ما يزيد على 25", 25, None, True), PL("إدلب", "Idlib", "Idlib", nth=1), "2024-04-19",
           "مراسلنا", PROT, kind="aggregate",
           note="more than 25 protests across the province told as one (the headline's «عشرات» is the same count): an "
                "aggregate whose figure is the number of protests (no crowd numbered); place: the province (the "
                "headline's «إدلب» is nth=0). The assaults on organisers 'in scattered places' have no place or day: "
                "not coded (judgement)"),
         E("protest", None, PL("أورم الجوز", "Urum al-Jawz", "Idlib"), "2024-04-19", "مراسلنا", PROT,
           note="one of the protests, told with its own act (the HTS security failed to disperse it): its own event; "
                "«وأضاف» carries the reporter"),
         E("arrest", None, PL("بنش", "Binnish", "Idlib"), "2024-04-18", "مصادر محلية", HTS,
           note="one raid-and-arrest campaign told over a list of towns (group, placed at the first); «عدداً من» gives "
                "no figure; the beatings are part of it. Source: the local sources' next sentence comes back to the "
                "campaign's own sentence (stop 30)")])

passage("km11", "2024-11-30", "Zagros News (Arabic)",
        "the army's withdrawal from Aleppo in its own statement; clashes in Idlib; the opposition's and HTS's takings "
        "of a city, an air base and a town "
        "| page: https://zagrosnews.net/ar/news/60391",
        "زاكروس عربية - أربيل\n"
        "أقرّ الجيش السوري، اليوم السبت الموافق 30/11/2024، بانسحابه من حلب، كبرى المدن السورية بعد العاصمة، إثر "
        "التصعيد المباغت الذي اندلع الأسبوع الماضي بينه وبين الفصائل المسلحة، مؤكداً أنه يعدّ لهجوم معاكس.\n"
        "وجاء في بيان للجيش أن «كثرة أعداد الإرهابيين وتعدد الجبهات التي يشتبكون عليها» دفعا قواته إلى «إعادة "
        "التموضع» بهدف تحصين خطوط الدفاع واستيعاب الهجوم وحماية أرواح المدنيين والعسكريين، تمهيداً لهجوم مضاد.\n"
        "وأوضح البيان أن الانسحاب من حلب «مؤقت»، وأن القوات خاضت مواجهات ضارية مع الفصائل على جبهات عدة في إدلب، "
        "زاعماً أن المسلحين «يتدفقون بأعداد كبيرة عبر الحدود الشمالية» وأنهم عجزوا عن تثبيت مواقع لهم داخل حلب بسبب "
        "الغارات الجوية.\n"
        "في المقابل، قالت مصادر في المعارضة السورية إن فصائلها أعلنت أنها باتت تسيطر على معرة النعمان في جنوب "
        "إدلب، ما يعني خروج كامل محافظة إدلب عن سلطة دمشق.\n"
        "وفي اليوم ذاته، انتزعت فصائل تحت قيادة هيئة تحرير الشام، التي كانت تُعرف بـ«جبهة النصرة»، مطار أبو الضهور "
        "العسكري الواقع شرقي إدلب، وبسطت يدها أيضاً على بلدة معصران في شرق المحافظة، ودخلت كذلك القاعدة الروسية.",
        [E("territory_change", None, PL("حلب", "Aleppo", "Aleppo"), "2024-11-30", "الجيش السوري", None,
           note="the army's withdrawal from the city: a territory change told by the side that lost it; who entered "
                "is not named in this item (no agent); the statement's 'temporary' and the counter-attack are "
                "coded in the statement below"),
         E("statement", None, PL("حلب", "Aleppo", "Aleppo"), "2024-11-30", "الجيش السوري", GOV,
           note="the army's statement (a 'redeployment', a counter-attack prepared, fighters 'flooding' over the "
                "northern border): a named body's announcement and stance, the item's news (stop 32). A coder could "
                "keep it as the withdrawal's telling only"),
         E("armed_clash", None, PL("إدلب", "Idlib", "Idlib"), "2024-11-30", "البيان", None,
           note="fierce clashes on several Idlib fronts, told in the army's statement; two sides, no actor1; dated by "
                "the publication day"),
         E("territory_change", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2024-11-30",
           "مصادر في المعارضة السورية", FSA,
           note="the opposition's announced taking; 'all of Idlib' is a state, no event"),
         E("territory_change", None, PL("مطار أبو الضهور العسكري", "Abu al-Duhur military airport", "Idlib"),
           "2024-11-30", None, HTS, note="the outlet's own telling (no source named)"),
         E("territory_change", None, PL("معصران", "Maasran", "Idlib"), "2024-11-30", None, HTS,
           note="a second taking («كما سيطرت»), the Russian base entered with it")])

passage("km12", "2014-06-02", "Arabi21 (relaying Anadolu)",
        "barrel bombs on Aleppo: a raised toll for a list of quarters, the day before's barrels with their own toll "
        "(published date inferred: mid-2014 by the outlet's story number; the page names weekdays only) "
        "| page: https://arabi21.co.uk/storyamp/768517/25-قتيلا-في-هجمات-بالقنابل-البرميلية-على-حلب",
        "25 قتيلاً ببراميل متفجرة على أحياء حلب\n"
        "بلغت حصيلة ضحايا البراميل المتفجرة التي رمتها مروحيات النظام السوري على أحياء خاضعة للمعارضة في حلب "
        "اليوم الاثنين 25 قتيلاً.\n"
        "وقال عمار الحسن، المسؤول الإعلامي في لجان التنسيق المحلية بحلب، لوكالة الأناضول إن البراميل سقطت على "
        "المعادي وقاضي عسكر ومساكن هنانو وبستان القصر وحلب القديمة، مشيراً إلى أن بين القتلى أطفالاً ونساء، وإلى أن "
        "عشرات آخرين أصيبوا بجروح.\n"
        "وبيّن الحسن أن فرق الدفاع المدني تحاول بما تملكه من وسائل شحيحة إخراج جثث الضحايا من تحت ركام الأبنية "
        "المهدمة، لافتاً إلى دمار مسجد واشتعال النار في أحد المنازل، كما انقطع التيار الكهربائي والمياه عن الأحياء "
        "الواقعة تحت سيطرة المعارضة بسبب القصف.\n"
        "وكانت طائرات النظام قد استهدفت أمس الأحد، بالبراميل أيضاً، مناطق المعارضة في محافظة حلب شمالي البلاد، إذ "
        "أبلغ الناشط المحلي خالد عثمان الأناضولَ بأن المروحيات ألقتها على أحياء بياضا ومساكن هنانو وقاضي عسكر، ما "
        "أوقع 15 قتيلاً على الأقل، إلى جانب عشرات الجرحى.",
        [E("airstrike", Q("25", 25, nth=1), PL("المعادي", "Al-Maadi", "Aleppo"), "2014-06-02",
           "المسؤول الإعلامي في لجان التنسيق المحلية بحلب", GOV,
           note="barrels on five quarters: one act over a list (group, placed at the first); the toll reached 25 "
                "(headline and lead); the wounded and the women and children are not the figure. Source: the LCC "
                "official's next sentence comes back to the act (stop 30)"),
         E("airstrike", Q("15", 15, None), PL("بياضا", "Al-Bayada", "Aleppo"), "2014-06-01", "الناشط المحلي خالد عثمان",
           GOV, note="the day before's barrels on three quarters (group, placed at the first), at least 15 dead "
                     "(open bound, not approx, as the contract says for «ما لا يقل عن»)")])

passage("km13", "2023-10-01", "Al-Tareek (relaying SNHR)",
        "SNHR's September 2023 civilian toll: a monthly total broken down by perpetrator, torture and a massacre "
        "| page: https://altareek-media.com/ar/post/17565/الشبكة-السورية-توثق-مقتل-55-مدنيا-ثلثهم-في-ديرالزور-خلال-أيلول-الفائت",
        "الطريق\n"
        "وثّقت الشبكة السورية لحقوق الإنسان، ضمن تقرير جديد، مقتل 55 مدنياً في سوريا على امتداد أيلول الماضي، من بينهم 12 "
        "طفلاً و10 نساء، إضافة إلى شخصين فارقا الحياة تحت التعذيب.\n"
        "ونبّهت الشبكة إلى أن عمليات القتل في البلاد لم تتوقف، وأنها تُعدّ من بين الأسوأ على مستوى العالم.\n"
        "واستعرض التقرير أعداد الضحايا خلال الشهر، مركّزاً على من قضوا تحت التعذيب وعلى المجازر التي وثقتها الشبكة "
        "بحق أطراف النزاع والقوى المسيطرة، كما عرض أبرز الحوادث، وتناول العمل الذي تقوم به الشبكة في ملف القتل خارج "
        "إطار القانون.\n"
        "وبحسب الأرقام، قتلت أطراف النزاع والقوى المسيطرة 55 مدنياً خلال أيلول، منهم 12 طفلاً و10 سيدات، كان نصيب "
        "قوات نظام الأسد منهم 14 قتيلاً بينهم 9 أطفال وسيدتان، في حين سقط 11 مدنياً، منهم طفلان و6 نساء، على يد "
        "«قسد»، وتسببت فصائل المعارضة والجيش الوطني مجتمعة بمقتل مدني واحد.\n"
        "وأشار التقرير إلى أن جهات أخرى قتلت 29 مدنياً بينهم طفل وسيدتان، وإلى أن قوات النظام ارتكبت خلال أيلول مجزرة "
        "واحدة ذهب ضحيتها خمسة أطفال.\n"
        "وأظهر تحليل البيانات، وفق الشبكة، أن محافظة دير الزور جاءت في الصدارة.",
        [E("casualties", Q("55", 55), None, "2023-09", "الشبكة السورية لحقوق الإنسان", kind="aggregate",
           note="the month's civilian toll (told twice); children, women, torture deaths and the perpetrators' shares "
                "(14, 11, one, 29) are its breakdown, no events of their own (a coder could keep per-perpetrator "
                "aggregates); Deir ez-Zor's lead is a breakdown too"),
         E("casualties", Q("خمسة", 5), None, "2023-09", "الشبكة السورية لحقوق الإنسان", GOV,
           note="one massacre by regime forces in September, 5 children killed: an incident told without place or "
                "act, so casualties; month grain")])

passage("km14", "2018-05-13", "Al-Mutawassit (via Libya Akhbar), relaying SANA and Al-Alam",
        "the fifth convoy out of northern Homs under a deal: buses and fighters today, the earlier batches' total "
        "| page: https://www.libyaakhbar.com/news/654470.html",
        "المتوسط:\n"
        "غادرت عشرات الحافلات المحمّلة بالمسلحين وذويهم ريف حمص عبر معبر جسر الرستن متجهة نحو ريف إدلب، في إطار "
        "الاتفاق الذي ينص على إخلاء الريف الشمالي لحمص والجنوبي لحماة من المسلحين.\n"
        "وذكرت «سانا» أن 30 حافلة أُعدّت اليوم الأحد لنقل قرابة 1500 مسلح ممن رفضوا التسوية، برفقة عائلاتهم، انطلاقاً "
        "من جسر الرستن نحو إدلب، مضيفة أن العمل متواصل لتجهيز حافلات إضافية في الحولة وتلبيسة لتعبر بدورها من ممر "
        "الرستن.\n"
        "وتشكل هذه المجموعات جزءاً من الدفعة الخامسة التي يُفترض أن تخرج اليوم من ريف حمص الشمالي وريف حماة الجنوبي، "
        "وقد تحركت القافلة دفعة واحدة بإشراف من الهلال الأحمر العربي السوري، بينما ستنطلق بقية الحافلات مساء اليوم.\n"
        "ونقلت قناة «العالم» الإيرانية أن عدد من غادروا ريفي حمص وحماة ضمن الدفعات الأربع السابقة تجاوز 13700 شخص "
        "حتى نهاية يوم أمس.",
        [E("other", Q("قرابة 1500", 1500, approx=True), PL("الرستن", "Al-Rastan", "Homs"), "2018-05-13",
           "سانا", None,
           note="an evacuation under a deal (other): the lead's buses and SANA's 30 buses with about 1500 fighters "
                "and families are one convoy; the figure is the people, not the buses; placed at the Rastan bridge "
                "crossing's town (origin; Idlib is the destination). The buses still being readied in Houla and "
                "Talbiseh are future"),
         E("other", Q("13700", 13700, None, True), None, None, "قناة «العالم» الإيرانية", kind="aggregate",
           note="the four earlier batches' total, up to the day before: an aggregate (the verb «تجاوز» bounds it); "
                "two regions, no place")])


passage("km15", "2011-04-11", "Al-Ekhbariya (via Yemeress), relaying AFP and Reuters",
        "Banias, April 2011: a funeral, fire on a quarter told by witnesses to AFP, an earlier shooting at mosque "
        "guards, tanks deployed, state TV's count of soldiers killed under a subheading "
        "| page: https://www.yemeress.com/ekhbariyah/8152",
        "بانياس تودّع قتلاها والدبابات تنتشر في شوارعها\n"
        "ودّع أهالي مدينة بانياس الساحلية صباح اليوم الاثنين أربعة من أبنائها سقطوا أمس برصاص عناصر الأمن، بينما "
        "انتشرت دبابات عدة داخل المدينة، ودانت عشر منظمات سورية لحقوق الإنسان ما شهدته من عنف.\n"
        "وروى شهود عيان لوكالة الصحافة الفرنسية أن إطلاق النار أوقع أربعة قتلى وعشرات الجرحى في بانياس، وقال أحد "
        "سكانها للوكالة إن قوات الأمن ظلت ساعات تطلق الرصاص دون تمييز على الحي السكني المعروف برأس النبع، حيث مسجد الرحمن، "
        "مركز الاحتجاجات المناهضة للنظام، فسقط أربعة قتلى و17 جريحاً.\n"
        "وقبل ذلك، تحدث شاهدان من بانياس عن مسلحين في سيارات فتحوا النار على رجال مزودين بالعصي كانوا يتولون حراسة "
        "جامع أبو بكر الصديق خلال صلاة الفجر، متهمين «رجال النظام» بتنفيذ الهجوم.\n"
        "وأفاد شهود لوكالات الأنباء بأن جنوداً على متن دبابات وآليات جيب عسكرية دخلوا المدينة وانتشروا قرب مبانيها "
        "الحيوية، وأن المدارس والمتاجر ظلت مقفلة لأن السكان يخشون استمرار الاضطرابات. كما قال ناشطون لرويترز إن "
        "دبابات لقوات الأمن تمركزت خلال الليل بالقرب من مصفاة بانياس للنفط وحيث يوجد المستشفى الرئيسي.\n"
        "مقتل عسكريين\n"
        "من جهته، أعلن التلفزيون السوري مقتل تسعة عسكريين بينهم ضابطان.",
        [E("casualties", Q("أربعة", 4), PL("رأس النبع", "Ras al-Nabaa", "Tartus"), "2011-04-10", "شهود عيان", GOV,
           note="the security forces' fire on a residential quarter (the mosque there is the protests' hub): told in "
                "the lead (the funeral of its dead), by AFP's witnesses and by a resident — one event, four dead "
                "(the wounded, dozens or 17, are not the figure). TYPE CALL: a known force firing on civilians with no "
                "protest told at that moment → casualties (stop 30, ACLED); a coder reading it as fire on a protest "
                "would code protest. Source: the witnesses AFP relays (stop 34). The ten rights groups' condemnation "
                "names no body: not coded"),
         E("armed_clash", None, PL("بانياس", "Banias", "Tartus", nth=3), None, "شاهدان", UNK,
           note="gunmen in cars firing on the mosque's guards at dawn, blamed on 'regime men' (an accusation, so "
                "unidentified gunmen); the mosque is placed at its town; 'earlier': undated; no casualties told"),
         E("reinforcement", None, PL("بانياس", "Banias", "Tartus", nth=1), "2011-04-11", "شهود", GOV,
           note="tanks and soldiers deployed in the city (lead, witnesses, activists to Reuters): one deployment; the "
                "refinery and the hospital are where they stood, the city is the place; closed schools are a state"),
         E("casualties", Q("تسعة", 9), None, "2011-04-11", "التلفزيون السوري", None,
           note="state TV's nine soldiers killed, under the subheading, with no act or place in the text as the page "
                "shows it (cut off): casualties; dated by the publication day")])

passage("km16", "2014-08-25", "Nawaret",
        "IS takes the Tabqa air base: the taking, the battle's toll with its parts, a ministerial meeting in Jeddah "
        "| page: https://nawaret.com/أخبار-سياسية/العالم-العربي/تنظيم-الدولة-الإسلامية-يسيطر-على-أخر",
        "«الدولة الإسلامية» تستولي على مطار الطبقة وتطبق على محافظة الرقة\n"
        "بات تنظيم «الدولة الإسلامية»، المعروف بـ«داعش»، يسيطر منذ أمس الأحد على مطار الطبقة العسكري شمال شرقي "
        "سوريا، آخر معاقل النظام في محافظة الرقة، فأصبحت المحافظة كلها في قبضته، بعدما امتد نفوذه على رقعة واسعة متصلة بين العراق وسوريا. وفي ظل تنامي "
        "قوة التنظيم المتشدد، احتضنت مدينة جدة اجتماعاً على المستوى الوزاري ضم السعودية والإمارات وقطر ومصر والأردن، "
        "وبحث الأوضاع في سوريا.\n"
        "وذكر «المرصد السوري لحقوق الإنسان»، ومقره لندن، إلى جانب وسائل الإعلام الرسمية السورية وناشطين على شبكات "
        "التواصل، أن مقاتلي التنظيم نجحوا صباحاً في اقتحام المطار في اليوم السادس من قتال شرس وهجمات متلاحقة، ثم "
        "أحكموا قبضتهم على معظم أرجائه.\n"
        "وبحسب المرصد، فإن المعارك التي دامت خمسة أيام حول المطار أودت بحياة 541 شخصاً من الجيش النظامي ومسلحي "
        "التنظيم، منهم 170 جندياً قُتلوا يوم الأحد. وأوضح المرصد أن 346 مسلحاً على الأقل من «الدولة الإسلامية» قضوا، "
        "وجُرح مئات غيرهم، جراء غارات الطائرات الحربية والبراميل التي ألقتها المروحيات والقصف المدفعي والصاروخي الذي "
        "استهدف أرتال التنظيم ونقاط تمركزه ومقراته في محيط مطار الطبقة.",
        [E("territory_change", None, PL("مطار الطبقة العسكري", "Tabqa military airport", "Raqqa"), "2014-08-24",
           "المرصد السوري لحقوق الإنسان", IS,
           note="headline and lead tell the taking (yesterday = Sunday); the lead names no source and the monitor's "
                "next sentence (with state media and activists) comes back to it (stop 30). The province 'in its grip' "
                "is a state; London is the monitor's seat; the Jeddah meeting tells no stance: not coded"),
         E("armed_clash", Q("541", 541), PL("مطار الطبقة العسكري", "Tabqa military airport", "Raqqa"), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="the five-day battle's toll of both sides: an aggregate over the battle (the taking is coded apart); "
                "170 soldiers on Sunday and at least 346 IS fighters (killed by air strikes, barrels and shelling) "
                "are its breakdown. FIGURE CALL: a coder could give the taking Sunday's 170; gold keeps it in the "
                "breakdown, as it sits inside the 541")])

passage("km17", "2025-08-27", "Shaam News Network",
        "a day of Israeli action in the south-west: a drone strike on soldiers, a drone strike on a house, an "
        "incursion with an arrest, a hill held and left "
        "| page: https://shaam.org/news/syria-news/تصعيد-إسرائيلي-جديد-مقتل-6-عسكريين-سوريين-واستشهاد-مدني-في-القنيطرة",
        "إسرائيل تصعّد مجدداً: ستة عسكريين سوريين قتلى ومدني يُقتل في القنيطرة\n"
        "لقي ستة من عناصر وزارة الدفاع السورية حتفهم أمس الثلاثاء، إثر ضربات نفذتها مسيّرات لجيش الاحتلال الإسرائيلي "
        "قرب مدينة الكسوة في ريف دمشق، وفق ما نقلته قناة «الإخبارية السورية».\n"
        "وفي محافظة القنيطرة، قُتل الشاب مازن خالد حمدان فجر الثلاثاء حين استهدفت مسيّرة إسرائيلية منزله في بلدة "
        "طرنجة، فأردته على الفور وشوّهت جثته بالكامل. وذكر مراسل تلفزيون سوريا أن المعلومات الأولى أشارت إلى عملية "
        "قنص، ثم اتضح أن مسيّرة هي من نفذت الضربة.\n"
        "وتزامناً مع ذلك، اقتحمت قوات الاحتلال بعد منتصف الليل بلدة سويسة في ريف القنيطرة الجنوبي، وأطلقت الرصاص "
        "عشوائياً لبث الذعر في صفوف السكان ودفعهم إلى ملازمة بيوتهم، واعتقلت شاباً اسمه وليد الحمد قبل أن تنقله إلى "
        "نقطة عسكرية في تل الأحمر.\n"
        "وفي صباح الثلاثاء، أخلت قوات الاحتلال تل باط الوردة، في أقصى جنوب ريف دمشق الغربي، بعدما كانت قد استولت عليه "
        "يوم الاثنين الماضي في عملية شارك فيها أكثر من 60 جندياً على متن 11 عربة. وأكدت مصادر محلية أن الإسرائيليين "
        "طلبوا من الأهالي إيفاد ممثلين عنهم للتفاوض، ثم ما لبثوا أن فتحوا النار عليهم وأرغموهم على التراجع.",
        [E("airstrike", Q("ستة", 6, nth=1), PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2025-08-26",
           "قناة «الإخبارية السورية»", ISR,
           note="drone strikes near al-Kiswah, six soldiers killed (headline and lead: one event); the town the text "
                "names is the place"),
         E("airstrike", None, PL("طرنجة", "Tranja", "Quneitra"), "2025-08-26", "مراسل تلفزيون سوريا", ISR,
           note="a drone strike on a house, one man killed (a singular: no figure); the reporter's next sentence "
                "comes back to it (stop 30); first thought a sniper's shot"),
         E("arrest", None, PL("سويسة", "Suwaysah", "Quneitra"), "2025-08-26", None, ISR,
           note="the incursion, the shooting to scare residents and the arrest are one incident (the arrest is its "
                "event); Tal al-Ahmar is where he was taken, not the place"),
         E("territory_change", None, PL("تل باط الوردة", "Tal Bat al-Warda", "Rif Dimashq"), "2025-08-26", None, ISR,
           note="the withdrawal from the hill on Tuesday morning: a territory change (a force leaving ground it "
                "held); the outlet's telling (the local sources' next sentence tells the occupation's shooting at "
                "residents' envoys, not the withdrawal)"),
         E("territory_change", None, PL("تل باط الوردة", "Tal Bat al-Warda", "Rif Dimashq"), "2025-08-25", None, ISR,
           note="the taking of the hill 'last Monday' with 11 vehicles and over 60 soldiers (not a figure the contract "
                "counts): a second change of hands at the same place; the shooting at the envoys is part of the "
                "occupation, no casualties told")])

passage("km18", "2022-01-21", "Al-Araby Al-Jadeed (via Aajsa)",
        "the IS attack on Ghwayran prison: the SDF's statement with its arrests, a pro-SDF site's count of escapees, "
        "the paper's reporter with each side's dead "
        "| page: https://aajsa.com/politics/\"قسد\"-تواصل-ملاحقة-عناصر-\"داعش\"-وتعلن-السيطرة-على-استعصاء-سجن-غويران",
        "«قسد» تعلن ضبط الوضع في سجن غويران وتلاحق عناصر «داعش»\n"
        "قالت «قوات سورية الديمقراطية» (قسد) إنها استعادت اليوم الجمعة زمام الأمور في سجن غويران (سجن الصناعة) بمدينة "
        "الحسكة شمال شرقي سورية، عقب هجوم شنه تنظيم «داعش» واشتباكات مع عناصره، في حين تحدثت أنباء عن نجاح عدد من "
        "السجناء في الإفلات.\n"
        "وذكر بيان صادر عن المركز الإعلامي لـ«قسد» أن مقاتليها أحبطوا مسعى هروب جماعي دبّرها عناصر التنظيم داخل السجن، "
        "وألقت القبض على 89 منهم في محيطه، مشيراً إلى أن المواجهات لم تتوقف بعد حول السجن.\n"
        "ووفقاً لموقع «نورث برس» القريب من «قسد»، فقد بلغ عدد مسلحي التنظيم الفارين من السجن 20 سجيناً، بعدما استولى "
        "عناصر «داعش» داخله على أسلحة عدد من الحراس وهربوا بها. وانتشرت تسجيلات مصورة تُظهر عناصر من التنظيم يطبقون "
        "على رجل يُرجَّح أنه من حراس السجن، من غير أن يتسنى التثبت من صحتها.\n"
        "أما مراسل «العربي الجديد» فأفاد بأن 12 مسلحاً من «داعش»، أحدهم فتى، لقوا حتفهم في المواجهات مع «قسد»، وأن 8 "
        "آخرين هربوا من السجن قبل أن يُعاد اعتقال اثنين منهم، مضيفاً أن عنصرين من «قسد» قُتلا و15 آخرين جُرحوا، فضلاً "
        "عن مقتل خمسة مدنيين.\n"
        "وتابع المراسل أن الصورة حول السجن لا تزال ضبابية، فـ«قسد» لم تُحكم على ما يبدو سيطرتها على محيطه حتى الآن، وقد "
        "طوّقت المنطقة أمنياً.",
        [E("armed_clash", Q("12", 12), PL("سجن غويران", "Ghwayran prison", "Al-Hasakah"), "2022-01-21",
           "قوات سورية الديمقراطية", IS,
           note="the attack on the prison and the clashes around it: one event (headline, lead, the statement's "
                "'clashes go on', the reporter's toll). FIGURE CALL: no total of both sides (12 IS, two SDF - a dual, "
                "five civilians): the first side numbered (stop 30); the 15 wounded are never the figure. A named "
                "prison is a place of its own. Source: the SDF's announcement in the lead (the toll is the paper's "
                "reporter's); dated by the publication day (the attack's night is not given)"),
         E("arrest", Q("89", 89), PL("سجن غويران", "Ghwayran prison", "Al-Hasakah"), "2022-01-21",
           "المركز الإعلامي لـ«قسد»", SDF,
           note="89 caught around the prison (its surroundings: placed at the prison)"),
         E("other", Q("20", 20), PL("سجن غويران", "Ghwayran prison", "Al-Hasakah"), "2022-01-21", "موقع «نورث برس»", IS,
           note="the escape (other): 20 fled by the pro-SDF site's count; the reporter's 8, two of them recaptured, is "
                "another telling of the same escape (stop 34: the first figure). The 'foiled mass escape' of the SDF's "
                "statement is the attempt this escape was part of")])

passage("km19", "2021-07-28", "Syrian Embassy news site (relaying Al-Araby Al-Jadeed)",
        "the siege of Daraa al-Balad: mortar fire, an attack on an army truck, hundreds of families displaced, the "
        "last two roads closed by the security committee, and a coalition airdrop in Deir ez-Zor "
        "| page: https://syrembassy.com/2021/07/النظام-السوري-يقطع-آخر-الطرق-عن-أحياء-د/",
        "قوات النظام تغلق آخر منفذين إلى درعا البلد\n"
        "تصاعدت المواجهات العسكرية مساء الأربعاء في مدينة درعا جنوبي سورية، إذ عاودت قوات النظام قصف أحياء درعا البلد "
        "المحاصرة فيما تتواصل موجة النزوح، بينما أعلن التحالف الدولي لمحاربة «داعش» أنه نفّذ إنزالاً جوياً في دير "
        "الزور أسفر عن اعتقال أربعة من عناصر التنظيم.\n"
        "وقال الناشط الإعلامي في درعا، باسل الحوراني، لـ«العربي الجديد» إن «الفرقة الرابعة» التي يتزعمها ماهر الأسد، "
        "شقيق رأس النظام، أمطرت بقذائف الهاون حيَّ الكرك داخل درعا البلد، وأطلقت نيران رشاشاتها بلا تمييز على الأحياء "
        "المطوّقة.\n"
        "وتابع الحوراني بأن جنديين نظاميين لقيا مصرعهما وأصيب ثلاثة غيرهما حين استُهدفت شاحنة عسكرية من نوع «زيل» "
        "بجوار مبنى البريد بحي درعا المحطة.\n"
        "وبحسب الناشط، غادرت مئات العائلات أحياء درعا البلد الأربعاء مشياً نحو أحياء المحطة، سالكة طريق حاجز السرايا، "
        "الممر الآمن الوحيد المتبقي، لافتاً إلى أن المدينة لم تشهد موجة نزوح بهذا الحجم منذ استعادة النظام وحلفائه "
        "السيطرة على المحافظة بموجب تسوية تموز 2018.\n"
        "ومن جهة أخرى، أورد «تجمع أحرار حوران» نقلاً عن مصدر على اطلاع أن لجنة النظام الأمنية أخطرت سكان درعا البلد "
        "بقرارها إقفال طريقي السرايا وحي سجنة ابتداءً من السادسة مساء الأربعاء 28 تموز.",
        [E("shelling", None, PL("الكرك", "Al-Karak", "Daraa"), "2021-07-28", "الناشط الإعلامي في درعا", GOV,
           note="the lead's renewed shelling of Daraa al-Balad and the activist's mortars on al-Karak with machine-gun "
                "fire: one event at the quarter named; no casualties told"),
         E("armed_clash", None, PL("درعا المحطة", "Daraa al-Mahatta", "Daraa"), "2021-07-28", "الناشط الإعلامي في درعا",
           None, note="an army truck hit near the post office (a landmark: placed at its quarter); two soldiers dead "
                      "(a dual: no figure), three wounded; the attackers are not named (a passive)"),
         E("other", Q("مئات", 200, 900, True), PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=2), "2021-07-28",
           "الناشط", None,
           note="displacement (other): hundreds of families on foot from the besieged quarters (origin is the place; "
                "the Mahatta quarters the destination); the 2018 takeover is the anchor of a comparison, not coded"),
         E("statement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=3), "2021-07-28", "مصدر على اطلاع", GOV,
           note="the regime's security committee's decision to close the last two roads from 6 pm: a named body's "
                "decision (stop 32); source: the informed source the Horan group relays (stop 34). A coder could "
                "type the closing of a siege's last exits 'other'"),
         E("arrest", Q("أربعة", 4), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2021-07-28", "التحالف الدولي", COAL,
           note="a coalition airdrop raid arresting four IS members, announced by the coalition; no finer place; "
                "dated by the publication day")])

passage("km20", "2018-10-10", "Asia Times (Arabic)",
        "an amnesty decree for draft evaders and deserters, a monitor's estimate of evaders since 2011, the "
        "president's stance on Idlib; a photo caption and the byline glued "
        "| page: https://asiatimes.com/2018/10/arb-syria-pardon-military-service/",
        "صورة للرئيس السوري بشار الأسد - المصدر: سانا / أ ف ب\n"
        "الأسد يعفو عن المتهربين من الخدمة العسكرية\n"
        "منح الرئيس السوري بشار الأسد، بمرسوم تشريعي، عفواً عاماً يشمل كل من تخلّف عن أداء الخدمة العسكرية، سواء كان "
        "داخل سوريا أو خارجها، وفق ما أوردته وكالة الأنباء السورية «سانا».\n"
        "وبيّن نص المرسوم، الذي صدر الثلاثاء، أن العفو لا يطال المتخفّين والهاربين من القضاء ما لم "
        "يبادروا إلى تسليم أنفسهم خلال أربعة أشهر إن كانوا في الداخل، وستة أشهر إن كانوا في الخارج.\n"
        "ويقدّر المرصد السوري لحقوق الإنسان أن عشرات الآلاف من السوريين تهربوا من التجنيد منذ أن اندلع النزاع المسلح "
        "في البلاد عام 2011. ويُلزم القانون السوري الشبان بالخدمة عند بلوغهم 18 عاماً، وقد تمتد مدتها إلى عامين، فيما "
        "يلجأ الجيش منذ بداية الحرب إلى استدعاء الاحتياط ممن أتموا خدمتهم الإلزامية، فضلاً عن تمديد الخدمة دون سقف "
        "زمني.\n"
        "وكان الأسد قد قال خلال اجتماع عقده الاثنين إن التفاهم الروسي-التركي حول التهدئة في إدلب مؤقت، مشدداً على "
        "موقف حكومته القائل بوجوب عودة المحافظة إلى سلطة الدولة.\n"
        "Alison Tahmizian Meuse, who edits the Middle East desk of Asia Times and reports for it",
        [E("desertion", None, None, "2018-10-09", "وكالة الأنباء السورية «سانا»", GOV,
           note="an amnesty decree for evaders and deserters (desertion, as news_dev); issued on Tuesday (the page is "
                "of the 10th); the four and six months are terms, not counts; no place"),
         E("desertion", Q("عشرات الآلاف", 20000, 90000, True), None, None, "المرصد السوري لحقوق الإنسان",
           kind="aggregate",
           note="the monitor's estimate of draft evaders since 2011: a desertion aggregate (period 2011-03 on); the "
                "law's age and term and the call-ups of reservists are states and habits"),
         E("statement", None, PL("إدلب", "Idlib", "Idlib"), "2018-10-08", "الأسد", GOV,
           note="the president's stance on the Russian-Turkish Idlib deal, told as its own matter (stop 32); Monday "
                "before the page's Wednesday")])

passage("km21", "2016-08-18", "Smart News Agency",
        "Hasakah, August 2016: a raised toll of clashes and shelling with its parts, mortar fire on two quarters, "
        "the regime's first air strikes recalled; the page's byline and timestamps glued "
        "| page: https://smartnews-agency.com/ar/wires/193342/ارتفاع-حصيلة-القتلى-والجرحى-نتيجة-الاشتباكات-بين-قوات",
        "حصيلة المواجهات في الحسكة بين «الأسايش» والقوات الحكومية ترتفع\n"
        "إعداد: ليلى حداد، سامر يوسف | تحرير: نادر عيسى | تصنيف: أخبار عسكرية | وسوم: وحدات حماية الشعب الكردية\n"
        "نُشر الخبر يوم 18 آب/أغسطس 2016 ظهراً، وجرى تحديثه مساء اليوم نفسه بتوقيت دمشق\n"
        "ذكر مراسل «سمارت» في الحسكة الخميس أن عدد القتلى الذين سقطوا في المدينة جراء المواجهات والقصف على "
        "الأحياء السكنية ارتفع إلى 15، إلى جانب 21 جريحاً.\n"
        "وأوضح المراسل أن بين القتلى امرأة مدنية، و12 عنصراً من قوات النظام، واثنين من «الأسايش»، الجهاز الأمني "
        "لـ«الإدارة الذاتية» الكردية.\n"
        "وبيّن أن المرأة لقيت حتفها وأن 21 مدنياً أصيبوا جراء قصف نفذته ميليشيا «الدفاع الوطني» الموالية للنظام على أحياء "
        "سكنية تسيطر عليها «الأسايش»، وذلك بعد اشتباكات نشبت بين الجانبين فجر اليوم، في وقت تُبذل فيه جهود للتوصل إلى "
        "«تهدئة».\n"
        "وطالت قذائف الهاون، التي أُطلقت من مواقع النظام داخل المدينة، حيي المفتي والصالحية، ونُقل المصابون إلى "
        "المستشفى الوطني الكائن في العزيزية، بينما أُسعف آخرون إلى مستشفيات أخرى.\n"
        "ويأتي ذلك في ظل احتدام المعارك بين الطرفين، بعدما لجأ النظام إلى طائراته الحربية لقصف أحياء سكنية ومقرات "
        "لـ«الأسايش».",
        [E("armed_clash", Q("12", 12), PL("الحسكة", "Al-Hasakah", "Al-Hasakah"), "2016-08-18",
           "مراسل «سمارت» في الحسكة", None,
           note="the dawn clashes between the NDF/regime forces and the Asayish; FIGURE CALL: the raised 15 is the "
                "toll of the clashes and the shelling together (the woman was killed by the shelling), so it is no "
                "event of its own (stop 34); the clash has no total of both sides: the first side numbered, 12 (the "
                "Asayish's two are its breakdown). Two sides, no actor1"),
         E("shelling", None, PL("المفتي", "Al-Mufti", "Al-Hasakah"), "2016-08-18", "مراسل «سمارت» في الحسكة", GOV,
           note="mortars on two quarters (group, placed at the first): the woman's death (a singular: no figure) and "
                "21 wounded are this shelling's; the hospital is where the wounded went. The outlet's own reporter "
                "files the whole story (stop 30)"),
         E("airstrike", None, PL("الحسكة", "Al-Hasakah", "Al-Hasakah"), None, None, GOV,
           note="the regime's warplanes on residential quarters and Asayish posts, told as the writer's recall («ويأتي "
                "ذلك ... بعدما»): the outlet, undated")])


if __name__ == "__main__":
    write("gold87.jsonl", P87)
