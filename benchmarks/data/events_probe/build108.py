"""Build gold108.jsonl: development set 108 (ids li01…), written in stop 39 by writer w108 BEFORE any run on it.

35 short excerpts (a headline line or dateline where the page had one, a lead and a few details; 40-130 words), each
the paraphrase of ONE real page found in the search tool's `pages` corpus (queried in Arabic), every year 2011-2025,
30 outlets: Friday protests fired on, clashes with defectors, cumulative and daily tolls with breakdowns, IS and
opposition takings, barrel bombs, air strikes with per-town tolls, a chemical attack, Turkish, Israeli and Russian
strikes, arrests and abductions, desertions after settlements, a settlement, tribal attacks, the 2024 offensive and
the 2025 coast. Every sentence was rewritten (no run of five words, names aside, is shared with its page: checked by
script against the page text, which was kept outside the repository); the incidents, their order, places, figures,
dates, sources and hedges are the page's; private people's names are invented. Where the page showed no date, the
publication date was inferred from the events it tells (said in `style`). Each passage's `style` ends with the
page's address. Gold follows news_dev's README and the events_probe README's stop 28, 30, 32 and 34 conventions and
was written before anything ran on the passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build108.py      # rewrites gold108.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P108: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P108.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


SOHR = "المرصد السوري لحقوق الإنسان"

passage("li01", "2011-10-14", "Masrawy", "a Friday of protests fired on; a Kurdish march; a recalled killing "
        "| page: https://amay1.sarmady.net/news/details/117923",
        "ناشطون: ستة قتلى على الأقل برصاص القوات السورية في «جمعة أحرار الجيش»\n"
        "أفاد ناشطون بأن القوات السورية أردت بالرصاص ما لا يقل عن 6 محتجين اليوم الجمعة، خلال تظاهرات متفرقة "
        "خرجت ضد الرئيس بشار الأسد تحت اسم «جمعة أحرار الجيش». وبحسب الناشطين، وقع إطلاق النار في محيط حلب وفي "
        "ضواحٍ لدمشق، فيما احتشد ما لا يقل عن 20 ألف كردي في مسيرة بمدينة القامشلي المحاذية للحدود مع تركيا، وفاءً "
        "للمعارض مشعل تمو الذي قُتل قبل أسبوع. وكان ناشطون قد دعوا إلى التظاهر في هذه الجمعة، فانطلقت المسيرات "
        "من مدن عدة وتصدت لها قوات الأمن والجيش ومجموعات من الشبيحة.",
        [E("protest", Q("ما لا يقل عن 6", 6, None), PL("حلب", "Aleppo", "Aleppo"), "2011-10-14", "ناشطون", PROT,
           note="fire on the day's protests: one protest event whose figure is the dead (no crowd numbered for "
                "them); told for two places (around Aleppo, Damascus suburbs), placed at the first; the headline "
                "is the same telling"),
         E("protest", Q("ما لا يقل عن 20 ألف", 20000, None), PL("القامشلي", "Qamishli", "Al-Hasakah"), "2011-10-14", "الناشطين",
           PROT, note="the Kurdish march: its own place and crowd (low 20000, open); "
                      "«وبحسب الناشطين» is its source; Turkey is a bearing"),
         E("casualties", None, None, "2011-W40", None, None,
           note="a recall: Mashaal Tammo 'killed a week ago' (no act told, no place, no figure; background); the "
                "outlet's own clause. A coder who skips recalls would leave it out")])

passage("li02", "2012-06-10", "Al-Yaum (relaying AFP)", "cumulative toll with a breakdown; a toll since the ceasefire "
        "and the day's toll | page: https://sauress.com/alyaum/51854",
        "أعلن المرصد السوري لحقوق الإنسان، في بيان اليوم الأحد، أن حصيلة القتلى في سوريا تخطت 14100 منذ أن اندلعت "
        "في آذار/مارس من العام الماضي الاحتجاجات على حكم الرئيس بشار الأسد. وبحسب رامي عبد الرحمن، مدير المرصد، فإن "
        "14115 شخصاً لقوا حتفهم في أرجاء البلاد منذ 15 من آذار 2011، منهم 9862 مدنياً و783 منشقاً و3470 من عناصر الجيش النظامي "
        "والأجهزة الأمنية، ولا يدخل في هذا الرقم قتلى الشبيحة الذين يُقدَّرون بالآلاف. وأشار إلى سقوط ثلاثة آلاف قتيل "
        "منذ سريان وقف إطلاق النار الذي نصّت عليه خطة المبعوث الدولي كوفي أنان ذات النقاط الست في 12 نيسان/أبريل، إذ "
        "قُتل اليوم 12 شخصاً لتبلغ حصيلة ما بعد الهدنة 2995 قتيلاً.",
        [E("casualties", Q("14115", 14115), None, None, SOHR, GOV, kind="aggregate",
           note="FIGURE CALL: one toll told rounded («تخطت 14100») then exact; the exact one is the figure (a coder "
                "taking the first written gets 14100); period 2011-03-15 to the day before; civilians, defectors and "
                "soldiers are a breakdown; the shabiha are outside it"),
         E("casualties", Q("2995", 2995), None, None, "رامي عبد الرحمن، مدير المرصد", None, kind="aggregate",
           note="the toll since the 12 April ceasefire, told rounded (three thousand) then raised with the day's "
                "dead to 2995: the latest; «وأشار» carries the director"),
         E("casualties", Q("12", 12, nth=1), None, "2012-06-10", "رامي عبد الرحمن، مدير المرصد", None,
           kind="aggregate", note="the day's national toll, no act named; the 12 of «12 نيسان» is a date")])

passage("li03", "2011-12-15", "Almoslim.net", "soldiers killed by defectors in Daraa; an FSA claim of two attacks in "
        "Albukamal | page: https://almoslim.net/node/157364",
        "أورد المرصد السوري لحقوق الإنسان ضمن بيان له أن 27 على الأقل من عناصر الجيش والأمن لقوا مصرعهم فجر اليوم الخميس في "
        "مواجهات بمحافظة درعا مع مجموعات منشقة التحقت بالجيش السوري الحر، واصفاً المحافظة الجنوبية بأنها مهد الحراك "
        "المطالب برحيل الرئيس بشار الأسد. في الأثناء، أعلن الجيش الحر عبر صفحته على فيسبوك أن مقاتليه أصابوا صباح "
        "اليوم مدرعة للقوات الحكومية أمام مخفر البوكمال، فقتلوا وجرحوا من كانوا فيها، وأن عناصر من سرية شهداء البوكمال "
        "اشتبكوا أمس مع رجال الأمن والشبيحة وسط المدينة بقذائف آر بي جي وأسلحة خفيفة ومتوسطة.",
        [E("armed_clash", Q("27", 27, None), PL("درعا", "Daraa", "Daraa"), "2011-12-15", SOHR, FSA,
           note="defectors fighting army and security: the dead are the soldiers (the only figure); the governorate "
                "is the only place; the defections themselves are not told as news (state)"),
         E("armed_clash", None, PL("البوكمال", "Albukamal", "Deir ez-Zor"), "2011-12-15", "الجيش الحر", FSA,
           note="an attack on an armoured vehicle, claimed by its agent (the FSA's page is the source); killed and "
                "wounded without a numeral; the police post is a landmark: the town"),
         E("armed_clash", None, PL("البوكمال", "Albukamal", "Deir ez-Zor"), "2011-12-14", "الجيش الحر", FSA,
           note="a second incident: yesterday's clash in the town centre («أمس»), same claim carries (same kind)")])

passage("li04", "2012-10-24", "MTV Lebanon (relaying AFP)", "cumulative toll after 19 months with a breakdown; what it "
        "leaves out; publication date inferred from the 19 months | page: https://www.mtv.com.lb/en/News/Articles/"
        "132846/المرصد-السوري-اكثر-من-36-الف-قتيل-في-النزاع-السوري?quality=80&width=768",
        "المرصد: أكثر من 36 ألف قتيل في النزاع السوري\n"
        "أحصى المرصد السوري لحقوق الإنسان سقوط أكثر من 36 ألف قتيل في النزاع الدائر في سوريا منذ ما يزيد على 19 "
        "شهراً. وفصّل رامي عبد الرحمن، الذي يدير المرصد، الحصيلة المسجلة منذ انطلاق الاحتجاجات في منتصف آذار 2011، "
        "فهي تضم 1296 منشقاً، و9 آلاف و44 من جنود القوات النظامية، و25 ألفاً و667 مدنياً، علماً أن المرصد يعدّ حاملي السلاح "
        "من غير العسكريين في خانة المدنيين. ولا تتضمن الأرقام، وفق عبد الرحمن، آلاف المفقودين ومن لم تُوثَّق أسماؤهم "
        "ولا كثيراً من عناصر ميليشيا «الشبيحة». ويستقي المرصد، ومقرّه في بريطانيا، معلوماته من ناشطين ومصادر طبية "
        "في عموم البلاد.",
        [E("casualties", Q("أكثر من 36 ألف", 36000, None), None, None, SOHR, None, kind="aggregate",
           note="the war's toll since mid-March 2011; civilians, soldiers and defectors are its breakdown; Britain is "
                "the monitor's seat; the 19 months are a duration")])

passage("li05", "2013-03-04", "Jan25 (via Masress)", "cumulative toll at two years with a breakdown; publication date "
        "inferred (a Monday near the second anniversary) | page: https://www.masress.com/jan25/104224",
        "أعلن المرصد السوري لحقوق الإنسان، في تقرير اليوم الاثنين، أنه سجّل منذ سقوط الضحية الأولى للثورة السورية قبل "
        "سنتين ما يزيد على 59 ألفاً و500 قتيل، مرجّحاً أن تكون الحصيلة الفعلية أعلى بكثير. وبيّن أن ما وثّقه منذ نزول أبناء درعا "
        "وبانياس إلى الشارع يوم الجمعة 18 آذار 2011 وحتى أمس بلغ 59584 قتيلاً، منهم 40390 مدنياً بينهم 4264 طفلاً "
        "و2579 امرأة و10623 مدنياً حملوا السلاح، إلى جانب 14752 من قوات النظام و1783 منشقاً. ورأى المرصد أن قتلى "
        "المقاتلين المعارضين والجنود النظاميين قد يبلغون ضعف ما أحصاه، لأن الطرفين يتكتمان على خسائرهما في المعارك.",
        [E("casualties", Q("59584", 59584), None, None, SOHR, None, kind="aggregate",
           note="FIGURE CALL: one toll told rounded («ما يزيد على 59 ألفاً و500») then exact: the exact one; period "
                "2011-03-18 to the day before; the categories are a breakdown; Daraa and Baniyas are where the first "
                "protests were (no place for the toll)")])

passage("li06", "2014-08-14", "Al-Jazirah (Saudi)", "IS takes a string of villages; why one matters; a recalled "
        "withdrawal | page: https://al-jazirah.com/2014/20140814/du5.htm",
        "قال المرصد السوري لحقوق الإنسان إن مسلحي تنظيم «داعش» بسطوا سيطرتهم على عدة قرى في ريف حلب الشمالي "
        "الشرقي قرب الحدود التركية، هي المسعودية والعزيزية ودويبق والغوز، إضافة إلى بلدتي تركمان بارح وأخترين. وقال "
        "المرصد إن التقدم جاء إثر معارك ضارية مع ما تبقى من الكتائب المقاتلة في المنطقة، التي غادرتها جبهة النصرة "
        "وفصائل أخرى أواخر تموز/يوليو. ولفت إلى أن أخترين موقع استراتيجي للتنظيم لأنها تمهد له الطريق إلى مارع، أبرز "
        "معاقل الجبهة الإسلامية، وإلى أعزاز، ورجّح أن تكون البلدتان وجهته التالية.",
        [E("territory_change", None, PL("المسعودية", "Al-Masudiyah", "Aleppo"), "2014-08-14", SOHR, IS,
           note="one taking told over six villages: placed at the first; the fighting before it is the same "
                "incident; undated news: the publication day. Not coded: Nusra's withdrawal in late July (a recall "
                "with no place of its own) and Marea/Azaz as the next targets (hypothetical)")])

passage("li07", "2015-11-16", "Watan FM (relaying agencies)", "barrel bombs with napalm, missiles, a storming "
        "repelled, shelling on farms; publication date inferred | page: https://watan.fm/news/maidani/27772",
        "مقتل مدنيَّين بالبراميل المتفجرة على داريا\n"
        "قُتل مدنيان وجُرح 10 آخرون أمس الأحد جرّاء قصف عنيف بالبراميل المتفجرة استهدف مدينة داريا في الغوطة الغربية "
        "بريف دمشق. وذكر ناشطون أن مروحيات النظام رمت على أحياء المدينة 28 برميلاً، ثمانية منها محشوة بالنابالم الحارق "
        "المحظور دولياً، فاشتعلت النيران في مبانٍ سكنية ونُقل الجرحى إلى المستشفى الميداني. كما استهدفت قوات النظام "
        "داريا بثمانية صواريخ أرض-أرض خلّفت دماراً كبيراً، في حين صدّ مقاتلو الجيش الحر محاولة جديدة لاقتحامها قُتل "
        "خلالها أحدهم. وطالت نيران المدفعية الثقيلة ورشاشات الشيلكا مزارع خان الشيح دون أن تُسجَّل إصابات بين المدنيين.",
        [E("airstrike", Q("28", 28), PL("داريا", "Darayya", "Rif Dimashq"), "2015-11-15", "ناشطون", GOV,
           note="FIGURE CALL: the dead are a dual (no figure), so the barrels are the figure; the injured are not; "
                "the activists' next sentence comes back to the same barrels (source carried back)"),
         E("shelling", Q("ثمانية", 8, nth=1), PL("داريا", "Darayya", "Rif Dimashq"), "2015-11-15", None, GOV,
           note="surface-to-surface missiles: shelling, the missiles are the figure («بثمانية»); another kind of act "
                "after the activists' report: the outlet"),
         E("armed_clash", None, PL("داريا", "Darayya", "Rif Dimashq"), "2015-11-15", None, GOV,
           note="a storming attempt repelled; one fighter killed (singular: no figure); the regime attacked"),
         E("shelling", None, PL("خان الشيح", "Khan al-Shih", "Rif Dimashq"), "2015-11-15", None, GOV,
           note="artillery and Shilka fire on farms; no casualties")])

passage("li08", "2015-06-01", "El Fagr (via Masress)", "a counter-offensive announced with an operations room's "
        "accusation; IS's takings recalled; shelling in Aleppo; a Kurdish taking | page: "
        "https://www.masress.com/elfagr/2760992",
        "أطلقت فصائل المعارضة السورية هجوماً مضاداً لاسترداد بلدات انتزعها تنظيم «داعش» منها في ريف حلب الشمالي، في "
        "حين قالت فصائل كردية إنها سيطرت على قرية في محافظة الرقة بعد معارك مع التنظيم. ونقلت وكالة الصحافة الفلسطينية "
        "عن بيان أصدرته غرفة عمليات تحرير حلب أمس الأحد أن التنظيم «شريك للنظام» يطعن المقاتلين في ظهورهم، وأن المعركة "
        "التي بدأت لصدّه لن تصرفها عن السعي لفتح مدينة حلب. وكان «داعش» قد أعلن في اليوم ذاته استيلاءه على الحصية "
        "والبل وغرناطة وصوران، وهي بلدات تحيط بمارع، ونشر فيها حواجز تفتيش. وفي الأثناء تابعت قوات النظام قصف أحياء "
        "النيرب والأعظمية والسكري داخل مدينة حلب.",
        [E("armed_clash", None, PL("ريف حلب الشمالي", "Northern Aleppo countryside", "Aleppo"), "2015-05-31",
           "غرفة عمليات تحرير حلب", FSA,
           note="the counter-offensive launched; the next sentence's statement comes back to it (source carried "
                "back); dated by the statement's day"),
         E("statement", None, None, "2015-05-31", "غرفة عمليات تحرير حلب", FSA,
           note="a named body's accusation and stance (stop 32); the Palestinian agency relays it"),
         E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa"), "2015-06-01", "فصائل كردية", SDF,
           note="Kurdish factions (YPG, before the SDF existed: the SDF actor) take an unnamed village: the "
                "governorate; undated news: the publication day"),
         E("territory_change", None, PL("الحصية", "Al-Hasiyah", "Aleppo"), "2015-05-31", "«داعش»", IS,
           note="IS's claim of four towns: one act, placed at the first; «في اليوم ذاته» is Sunday"),
         E("shelling", None, PL("النيرب", "Al-Nayrab", "Aleppo"), "2015-05-31", None, GOV,
           note="shelling of three Aleppo quarters: placed at the first; «في الأثناء» ties it to the day; outlet")])

passage("li09", "2015-12-13", "Syrian Press Center", "IS takes two villages with Russian and Syrian planes overhead; "
        "fighting goes on; Russian raids; publication date inferred | page: https://syrianpc.com/"
        "تنظيم-الدولة-يسيطر-على-قريتين-بريف-حلب",
        "تنظيم الدولة يستولي على كفرة وجازر شمالي حلب\n"
        "بسط تنظيم الدولة الإسلامية نفوذه على كفرة وجازر، القريتين الواقعتين في ريف حلب الشمالي، بعد مواجهات ضارية مع الثوار "
        "متواصلة منذ أمس على أكثر من محور، بحسب ناشطين. وقال الناشطون إن المعارك تحتدم حالياً في صندف وجبرين وعند "
        "صوامع حبوب صوران، وسط تحليق كثيف لطائرات روسية وسورية سهّل تقدم التنظيم، مضيفين أن المقاتلات الروسية تركّز "
        "غاراتها على جبرين، القرية الخاضعة للثوار والواقعة على خط التماس الأول مع التنظيم. ويقاتل الثوار في هذا الريف "
        "على ثلاث جبهات: القوات الكردية أمامهم، والنظام وحلفاؤه شمالاً، والتنظيم من خلفهم.",
        [E("territory_change", None, PL("كفرة", "Kafra", "Aleppo"), "2015-12-13", "ناشطين", IS,
           note="two villages, one act: placed at the first (the headline is the same telling); undated: the "
                "publication day"),
         E("armed_clash", None, PL("صندف", "Sandaf", "Aleppo"), "2015-12-13", "الناشطون", IS,
           note="the fighting going on at three places: placed at the first; IS attacks"),
         E("airstrike", None, PL("جبرين", "Jibrin", "Aleppo"), "2015-12-13", "الناشطون", RUS,
           note="Russian raids on Jibrin, told by the same activists («مضيفين»); the three fronts are a state")])

passage("li10", "2016-04-10", "Twasul", "the opposition takes two towns from IS and rings a third; the day before's "
        "attack; publication date inferred (a Sunday) | page: https://sauress.com/twasul/564730",
        "طردت فصائل المعارضة تنظيم «داعش» اليوم الأحد من بلدتين بالريف الشمالي الشرقي لحلب وبسطت سيطرتها "
        "عليهما، بعدما طوّقت مقاتليه وقطعت عنهم خطوط الإمداد. وبحسب المرصد السوري لحقوق الإنسان، فإن البلدتين "
        "هما صوران واحتيملات، وقد أحكمت الفصائل الطوق أيضاً حول بلدة دابق تمهيداً لطرد التنظيم منها. وأوضح المرصد أن "
        "ذلك جاء عقب هجوم واسع شنّته المعارضة فجر أمس انتزعت خلاله قرى كان التنظيم يسيطر عليها بين أخترين ومارع، "
        "فعزلت بذلك دابق عن صوران.",
        [E("territory_change", None, PL("صوران", "Soran", "Aleppo"), "2016-04-10", SOHR, FSA,
           note="two towns taken: placed at the first named; the observatory's next sentence names them (source "
                "carried back). Not coded: the ring round Dabiq (no taking; an aim)"),
         E("territory_change", None, PL("أخترين", "Akhtarin", "Aleppo"), "2016-04-09", SOHR, FSA,
           note="yesterday's attack took villages 'between Akhtarin and Marea': placed at the first place named")])

passage("li11", "2014-11-23", "Yekiti Media (relaying Anadolu)", "six barrels with injured; a spokesman's figures for "
        "the town; houses blown up three days earlier; publication date inferred (a Sunday) | page: "
        "https://ara.yekiti-media.org/مروحيات-النظام-السوري-تلقي-6-براميل-مت",
        "ستة براميل متفجرة على داريا\n"
        "ألقى الطيران المروحي التابع للنظام 6 براميل متفجرة اليوم الأحد فوق داريا، المدينة الواقعة في الغوطة الغربية "
        "لدمشق. وقال حسام "
        "الأحمد، مدير المكتب الإعلامي المعارض في داريا، إن البراميل سقطت تباعاً على الجزء الشرقي من المدينة التي "
        "يسيطر عليها مقاتلو المعارضة، فأصيب 4 مدنيين بجروح خفيفة وتهدمت منازل كثيرة. وأضاف أن القصف المستمر دفع معظم "
        "الأهالي إلى الرحيل، فلم يبقَ من سكانها البالغين 300 ألف إلا قرابة 10 آلاف. وكانت القوات الحكومية، التي تطوّق "
        "داريا منذ ما يقارب عامين، قد نسفت قبل ثلاثة أيام نحو 500 منزل ملاصق لمطار المزة العسكري شمال شرقي المدينة، "
        "بذريعة حماية العاصمة من هجوم محتمل.",
        [E("airstrike", Q("6", 6), PL("داريا", "Darayya", "Rif Dimashq", nth=1), "2014-11-23",
           "حسام الأحمد، مدير المكتب الإعلامي المعارض في داريا", GOV,
           note="the barrels are the figure (only injured); the spokesman's sentence comes back to them; the "
                "headline is the same telling; the population figures are a state"),
         E("other", Q("نحو 500", 500, approx=True), PL("مطار المزة العسكري", "Mezzeh military airport", "Damascus"),
           "2014-11-20", None, GOV,
           note="demolition of some 500 houses (damage: other), 'three days before'; PLACE CALL: the houses lie "
                "against the airport north-east of Darayya (a coder could place it at Darayya); a recall «وكانت»: "
                "the outlet; protecting the capital is an aim; the siege is a state")])

passage("li12", "2017-09-02", "Al-Weeam (relaying Reuters)", "the SDF take Raqqa's old city and its great mosque; a "
        "coalition spokesman; the share held | page: https://sauress.com/alweeam/482228",
        "انتزعت فصائل سورية تدعمها الولايات المتحدة المدينة القديمة في الرقة وجامعها التاريخي من تنظيم «داعش»، في "
        "إطار هجومها على معقله. وكانت قوات سوريا الديمقراطية، التحالف الذي يجمع فصائل كردية وعربية، قد أعلنت الأسبوع "
        "الماضي أنها أخرجت مقاتلي التنظيم من الأحياء الأخيرة التي بقيت لهم في المدينة القديمة. ودخلت هذه القوات الرقة في حزيران/يونيو بعد شهور من القتال "
        "لتطويقها، وتقول إن 65 في المئة من مساحتها صار بيدها، بينما لا يزال التنظيم يحتفظ بأحياء في غربها. وقال "
        "المتحدث باسم التحالف الدولي الكولونيل الأمريكي ريان ديلون في بيان إن القوات «طهّرت» الجامع الكبير، أقدم "
        "مساجد الرقة، واصفاً ذلك بأنه «علامة فارقة» في المعركة.",
        [E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa"), "2017-09-02",
           "المتحدث باسم التحالف الدولي الكولونيل الأمريكي ريان ديلون", SDF,
           note="the old city and its mosque taken (a landmark: the city); the spokesman's sentence comes back to "
                "the mosque (source carried back); undated: the publication day. JUDGEMENT: last week's "
                "announcement on the old city's last districts is the same taking told earlier, not a second event; "
                "the 65 percent is a state, the June entry a recall; the US is the backer")])

passage("li13", "2016-11-20", "Shaam News Network", "raids on Douma with a first toll; shelling beside them; raids two "
        "days before; publication date inferred | page: https://shaam.org/shaam-videos/special-shaam-videos/"
        "شهداء-وجرحى-بينهم-أطفال-جراء-غارات-جوية-على-مدينة-دوما",
        "قتلى وجرحى بينهم أطفال بغارات على دوما\n"
        "شنّت أكثر من ثلاث طائرات حربية روسية وتابعة للأسد ما يزيد على 15 غارة بصواريخ شديدة التدمير على مدينة دوما "
        "في الغوطة الشرقية، فسقط قتلى وجرحى جلّهم من النساء والأطفال. وأفاد الدفاع المدني بأن الحصيلة الأولية بلغت 5 "
        "قتلى بينهم رضيع عمره ستة أشهر، إلى جانب عدد كبير من الجرحى المدنيين، في وقت تعرضت فيه أحياء المدينة لقصف "
        "مدفعي كثيف. وكانت دوما قد شهدت قبل يومين غارات مركّزة أودت بحياة 7 أشخاص وملأت مستشفياتها الميدانية بالجرحى، "
        "ما دفع هذه المستشفيات إلى مناشدة الأهالي التبرع بالدم.",
        [E("airstrike", Q("5", 5), PL("دوما", "Douma", "Rif Dimashq", nth=1), "2016-11-20", "الدفاع المدني", RUS,
           note="the first toll is the figure (the 15 raids are the count otherwise); Russian and regime planes: the "
                "first named; the civil defence's sentence comes back to the raids; undated: the publication day"),
         E("shelling", None, PL("دوما", "Douma", "Rif Dimashq", nth=1), "2016-11-20", "الدفاع المدني", GOV,
           note="artillery on the town at the same time, told in the civil defence's sentence"),
         E("airstrike", Q("7", 7), PL("دوما", "Douma", "Rif Dimashq", nth=2), "2016-11-18", None, None,
           note="raids two days before, recalled with their dead («وكانت»: the outlet); no air force named")])

passage("li14", "2018-02-19", "Al-Mesryoon (relaying Anadolu)", "a day's toll on Eastern Ghouta equal to the sum of "
        "per-town tolls told by the civil defence | page: https://www.masress.com/almesryoon/1261209",
        "ارتفع عدد القتلى جراء هجمات النظام السوري على الغوطة الشرقية المحاصرة قرب دمشق إلى 58 مدنياً، في عدادهم "
        "نساء وأطفال، فيما أصيب 45 آخرون. وأفاد مراسل الأناضول بأن قوات النظام والميليشيات المساندة لها شنّت اليوم الاثنين "
        "ضربات جوية وبرية على أحياء سكنية في مدن دوما وحرستا وسقبا، وفي حمورية ومسرابا والمرج، كما طالت جسرين وعين "
        "ترما وكفر بطنا والشيفونية، إضافة إلى زملكا وبيت سوى. ونقل عن مصادر في الدفاع المدني أن غارات حمورية قتلت 20 مدنياً، وأن 14 قضوا بقصف "
        "جوي ومدفعي على سقبا، و4 بغارات على جسرين، واثنين في كفر بطنا، وقتيلاً في زملكا، بينما أوقع القصف المدفعي "
        "والبراميل على بيت سوى 17 قتيلاً و45 جريحاً.",
        [E("airstrike", Q("20", 20), PL("حمورية", "Hammouriyeh", "Rif Dimashq"), "2018-02-19",
           "مصادر في الدفاع المدني", GOV,
           note="the 58 equals the sum of the per-town tolls (20+14+4+2+1+17): no event of its own (stop 34); each "
                "town's toll is its strike's; relayed by Anadolu's reporter: the civil defence sources"),
         E("airstrike", Q("14", 14), PL("سقبا", "Saqba", "Rif Dimashq"), "2018-02-19", "مصادر في الدفاع المدني", GOV,
           note="air and ground fire: typed by the air raids"),
         E("airstrike", Q("4", 4, nth=2), PL("جسرين", "Jisrin", "Rif Dimashq"), "2018-02-19", "مصادر في الدفاع المدني", GOV),
         E("airstrike", Q("اثنين", 2), PL("كفر بطنا", "Kafr Batna", "Rif Dimashq"), "2018-02-19",
           "مصادر في الدفاع المدني", GOV, note="«واثنين»: the numeral two, a figure (not a dual noun)"),
         E("airstrike", None, PL("زملكا", "Zamalka", "Rif Dimashq"), "2018-02-19", "مصادر في الدفاع المدني", GOV,
           note="one killed (a singular: no figure)"),
         E("shelling", Q("17", 17), PL("بيت سوى", "Beit Sawa", "Rif Dimashq"), "2018-02-19",
           "مصادر في الدفاع المدني", GOV,
           note="artillery and barrels: typed by the first named; the 45 injured are not the figure. Not coded "
                "apart: the towns of the attack list with no toll of their own (Douma, Harasta, Misraba, Marj, Ein "
                "Tarma, Shifuniyah); a coder could code one more event over them")])

passage("li15", "2018-04-07", "Al-Rasheed (relaying Reuters)", "a day's raids on Douma with its toll; rebel shells on "
        "Damascus | page: https://www.alrasheedmedia.com/2018/04/07/107094/",
        "بحسب المرصد السوري لحقوق الإنسان، صعّدت القوات الحكومية السورية أمس الجمعة هجماتها الجوية والبرية على "
        "دوما، آخر مدينة بيد المعارضة في الغوطة الشرقية، فقتلت اثنين وثلاثين شخصاً، في مسعى لإتمام أكبر انتصار عسكري "
        "يحققه الرئيس بشار الأسد منذ 2016. وأكد المرصد أن بين القتلى خمسة أطفال، مرجّحاً أن تكون طائرات روسية نفّذت "
        "الغارات، وأشار إلى أن قذائف أطلقتها المعارضة على دمشق أودت بأربعة أشخاص. وبثّ التلفزيون الرسمي مشاهد لدخان "
        "أسود يتصاعد فوق دوما التي يتحصن فيها «جيش الإسلام»، في حين وافق مقاتلون معارضون في مناطق أخرى من الغوطة على "
        "الخروج الآمن.",
        [E("airstrike", Q("اثنين وثلاثين", 32), PL("دوما", "Douma", "Rif Dimashq"), "2018-04-06", SOHR, GOV,
           note="air and ground attacks, typed by the air; the government is named (Russian planes only 'likely'); "
                "the five children are a breakdown; the victory is an aim"),
         E("shelling", Q("أربعة", 4), PL("دمشق", "Damascus", "Damascus"), "2018-04-06", SOHR, FSA,
           note="rebel shells on the capital, «وأشار» carries the observatory; the figure is «أربعة» (after its "
                "preposition). Not coded: the other fighters' acceptance of a safe exit (undated, a recall)")])

passage("li16", "2018-04-08", "Alyaoum24 (Morocco)", "the Douma chemical attack told by the civil defence; the "
        "offensive resumed two days before | page: https://maghress.com/alyaoum24/1063730",
        "لقي ما لا يقل عن 40 مدنياً حتفهم خلال الساعات الأخيرة بهجوم كيماوي شنّه النظام السوري على دوما، المدينة "
        "الخاضعة للمعارضة في الغوطة الشرقية. وأفاد الدفاع المدني عبر حساباته على مواقع التواصل بأن قوات النظام وحلفاءه "
        "استهدفوا المدينة بأسلحة كيماوية، ما خلّف 40 قتيلاً على الأقل ومئات المصابين الذين يُعالَجون في المكان، وسط "
        "خشية من تزايد الحصيلة. وكانت قوات النظام قد استأنفت يوم الجمعة قصفها الجوي والبري العنيف على دوما، آخر "
        "معاقل المعارضة في الغوطة، وعزت مصادر محلية ذلك إلى إخفاق روسيا وفصيل «جيش الإسلام» في التوصل إلى اتفاق هدنة "
        "وإجلاء مماثل لما جرى في بقية الغوطة.",
        [E("explosion", Q("ما لا يقل عن 40", 40, None), PL("دوما", "Douma", "Rif Dimashq"), "2018-04-08",
           "الدفاع المدني", GOV,
           note="TYPE CALL: a chemical attack (ACLED Explosions/Remote violence: chemical weapon) coded explosion; a "
                "coder could code airstrike (the text names no aircraft); the civil defence's sentence comes back to "
                "it; 'in the last hours': the publication day; the injured (hundreds) are not the figure"),
         E("airstrike", None, PL("دوما", "Douma", "Rif Dimashq", nth=1), "2018-04-06", None, GOV,
           note="the air and ground offensive resumed on Friday (a recall «وكانت»: the outlet; the local sources "
                "give its cause, not the act); the failed truce talks are no event")])

passage("li17", "2019-06-05", "Tajamu Ahrar Horan", "defections and draft evasion among settled Daraa men after their "
        "dead in the north; a young man's telling; publication date inferred (a month into the 2019 Hama battles) "
        "| page: https://horanfree.com/archives/3855",
        "منشقون من أبناء درعا يرفضون القتال في الشمال\n"
        "تتوالى حالات الانشقاق الفردي لأبناء محافظة درعا عن جيش الأسد، على نحو يذكّر بالسنوات الأولى للثورة، بعدما "
        "سيق المئات منهم إلى جبهات الشمال وقُتل عدد منهم في المعارك المستعرة هناك منذ نحو شهر. وأحصى تجمع أحرار حوران "
        "13 قتيلاً من أبناء القنيطرة وما يزيد على 20 من أبناء درعا ممن انضموا إلى قوات الأسد إثر التسوية ودُفع بهم إلى معارك "
        "ريفي حماة واللاذقية، ما حمل كثيرين من مجري التسوية في درعا على التخلف عن الالتحاق. وتُعد بصرى الشام، بلدة "
        "أحمد العودة، القيادي في الفيلق الخامس، من أكثر المناطق إيواءً للمنشقين، إلى جانب درعا البلد وطفس. ويقول شاب "
        "من ريف درعا، سمّاه التجمع خالد الحريري، إن زجّ مقاتلين سابقين في الجيش الحر بالجبهات دفعه وعشرات من أقرانه "
        "إلى الانشقاق وملازمة بيوتهم.",
        [E("defection", Q("عشرات", 20, 90, True), None, None, None, GOV, kind="aggregate",
           note="FIGURE CALL: a run of individual defections over about a month; the only number for them is the "
                "young man's 'dozens' with him; the hundreds are those sent north (not defectors); no place: Daraa "
                "is where they come from, Busra al-Sham etc. where they shelter (a state); the outlet tells it"),
         E("armed_clash", Q("13", 13), PL("حماة", "Hama", "Hama"), None, "تجمع أحرار حوران", GOV, kind="aggregate",
           note="a running toll of settled men killed in the north's battles (one cause: clashes); no total: the "
                "first number (13 from Quneitra; «ما يزيد على 20» from Daraa is the rest); two countrysides: the first; "
                "their origins are not places"),
         E("desertion", None, None, None, "تجمع أحرار حوران", GOV, kind="aggregate",
           note="many settled men stay away from service (draft evasion/desertion), no figure")])

passage("li18", "2023-08-30", "Jisr", "a Turkish drone strike in Qamishli told by SDF and PKK media; a similar strike "
        "days before; publication date inferred | page: https://jesrpress.com/"
        "طائرة-مسيرة-تركية-تستهدف-سيارة-في-مدين",
        "جسر – الحسكة\n"
        "ذكرت وسائل إعلام موالية لقوات سوريا الديمقراطية أن مسيّرة تركية قصفت سيارة في الجهة الشرقية من القامشلي، "
        "فقُتل شخص كان فيها. وحددت وكالة «هاوار» القريبة من حزب العمال الكردستاني موقع الضربة بمحاذاة مركز البريد في "
        "المدينة، في حين لم تُصدر «قسد» ولا جهازها الأمني «الأسايش» أي توضيح. وقبل أيام، نفّذت أنقرة ضربة مشابهة "
        "استهدفت سيارة عسكرية تابعة لقسد قرب القامشلي، وأعلنت وسائل إعلام مقربة من العمال الكردستاني أنها قتلت أحد "
        "قادته. وتعوّل تركيا بصورة متزايدة على المسيّرات لملاحقة قادة قسد والحزب، وقد وصفت «الإدارة الذاتية» "
        "الضربات الأخيرة بأنها تصعيد خطير.",
        [E("airstrike", None, PL("القامشلي", "Qamishli", "Al-Hasakah"), "2023-08-30",
           "وسائل إعلام موالية لقوات سوريا الديمقراطية", TUR,
           note="one killed (singular: no figure); the post office is a landmark: the town; undated: the "
                "publication day; Al-Hasakah in the dateline is the bureau"),
         E("airstrike", None, PL("القامشلي", "Qamishli", "Al-Hasakah", nth=1), None,
           "وسائل إعلام مقربة من العمال الكردستاني", TUR,
           note="a similar strike 'days before' near Qamishli, a commander killed (no figure); no day: undated. "
                "Not coded: the Autonomous Administration's description of the strikes (a past stance), Turkey's "
                "reliance on drones (a habit)")])

passage("li19", "2019-03-10", "Jisr (via Access No)", "a campaign of arrests with schoolboys among those held; the "
        "official story against local sources; publication date inferred | page: https://accessno.net/"
        "اعتقال-طلاب-ثانوية-بمدينة-الرستن/4398",
        "نقل مراسل «جسر» في مدينة حمص عن مصادر محلية أن دورية من فرع المخابرات التابع للنظام نفّذت حملة "
        "اعتقالات موسعة في مدينة الرستن شمالي حمص، أسفرت عن توقيف ما يزيد على 10 أشخاص بينهم طلاب في المرحلة الثانوية. "
        "وتزعم وسائل الإعلام الموالية أن بعض الموقوفين احتُجزوا لمحاولتهم تهريب قطع أثرية، غير أن مصادر مطّلعة أكدت أن "
        "التهمة الحقيقية هي خط شعارات مناهضة للنظام على جدران المدينة. وتشهد بلدات ريف حمص الشمالي توتراً أمنياً "
        "متصاعداً منذ الإعلان عن «المقاومة الشعبية» التي ظهرت في درعا.",
        [E("arrest", Q("ما يزيد على 10", 10, None), PL("الرستن", "Al-Rastan", "Homs"), "2019-03-10", "مصادر محلية",
           GOV, note="relayed by Jisr's reporter: the local sources; undated: the publication day; schoolboys a "
                     "breakdown; the charges (both tellings) are no events; the 'popular resistance' is background")])

passage("li20", "2020-02-28", "Al-Shareet", "Syrian soldiers killed by Turkish shelling the day after 34 Turks; "
        "fighting at Saraqib with a total and its breakdown; Russian raids | page: "
        "https://alshareet.net/amp/article/15898",
        "غداة مقتل الجنود الأتراك.. قتلى من الجيش السوري بنيران تركية في إدلب\n"
        "قال المرصد السوري لحقوق الإنسان اليوم الجمعة إن 16 جندياً سورياً قُتلوا في قصف تركي على ريف إدلب، وذلك غداة "
        "مقتل 34 عسكرياً تركياً في قصف حمّلت أنقرة مسؤوليته لقوات النظام. وأضاف المرصد أن المدفعية التركية ما زالت تدك "
        "مواقع النظام حول معرة النعمان وريف سراقب من دون ورود حصيلة جديدة. وترافق ذلك مع معارك برية وجوية ضارية على "
        "محور سراقب بين النظام والفصائل المدعومة من تركيا أسفرت عن 107 قتلى، منهم 43 من قوات النظام ومسلحيها و64 من "
        "الفصائل بينهم 40 جهادياً، وفق المرصد. وتغير طائرات روسية في الوقت نفسه على سراقب وقميناس والنيرب وسرمين.",
        [E("shelling", Q("16", 16), PL("ريف إدلب", "Idlib countryside", "Idlib"), "2020-02-28", SOHR, TUR,
           note="the 16 soldiers; dated by the report's day (the text gives no other)"),
         E("shelling", Q("34", 34), None, "2020-02-27", SOHR, GOV,
           note="the day before: 34 Turkish soldiers killed in shelling Ankara blamed on the regime (agent as the "
                "text gives it); TYPE CALL: «قصف» with no aircraft named (a coder who knows the event codes an "
                "airstrike); no place of its own (the headline's Idlib is the Syrian dead's)"),
         E("shelling", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2020-02-28", SOHR, TUR,
           note="JUDGEMENT: the Turkish shelling going on around Maarat al-Numan and Saraqib with no new toll, coded "
                "apart from the 16 (placed at the first place); a coder could fold it into the first event"),
         E("armed_clash", Q("107", 107), PL("سراقب", "Saraqib", "Idlib", nth=1), "2020-02-28", SOHR, None,
           note="the total of both sides is the figure, 43 and 64 (40 jihadists) its breakdown; two sides: no "
                "actor1; Turkey is the backer"),
         E("airstrike", None, PL("سراقب", "Saraqib", "Idlib", nth=2), "2020-02-28", None, RUS,
           note="Russian raids on four towns: placed at the first; another kind of act after the observatory's "
                "report: the outlet")])

passage("li21", "2020-07-18", "Syria TV", "abductions by unknown gunmen in Suwayda told by Suwayda 24, with a "
        "director abducted earlier; publication date inferred (a Saturday) | page: https://syria.tv/"
        "مجهولون-يختطفون-مدنيين-في-السويداء",
        "اختُطف ثلاثة مدنيين، بينهم طفل، في حادثتين منفصلتين نفذهما مجهولون في محافظة السويداء، وسط فلتان أمني "
        "متواصل وتفشٍّ لعمليات الخطف لا يقابله النظام بأي إجراء رادع. وأورد موقع «السويداء 24» أمس الجمعة أن عصابة "
        "مسلحة خطفت رجلاً يدعى سليم العواد وطفلاً من أقاربه قرب محطة وقود على طريق دمشق-السويداء بمحاذاة بلدة شهبا، "
        "فجر الخميس الماضي، حين كانا متجهين إلى ريف دمشق بشاحنة تحمل نحو 70 رأساً من الماشية استولى عليها الخاطفون "
        "أيضاً. وفي حادثة ثانية، خُطف شاب يدعى فراس الحمدان قرب معامل الثعلة غرب السويداء وهو عائد من ريف درعا الشرقي. "
        "كما خُطف الأربعاء الماضي مدير السياحة في السويداء يعرب العربيد أمام مديريته، ثم رُمي قرب حرش الكفر بعد سلب "
        "سيارته وهاتفه وماله.",
        [E("arrest", None, PL("شهبا", "Shahba", "As-Suwayda"), "2020-07-16", "موقع «السويداء 24»", UNK,
           note="abductions are arrest (as sets 73, 78); a man and a child: no numeral, no figure (the three is the "
                "two incidents' sum: no event); the town the road passes is the most specific place; the 70 head "
                "of livestock are no figure of the act"),
         E("arrest", None, PL("الثعلة", "Al-Thaala", "As-Suwayda"), "2020-07-18", "موقع «السويداء 24»", UNK,
           note="the second abduction, same report (same kind: carried); no day: the publication day"),
         E("arrest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=4), "2020-07-15", "موقع «السويداء 24»",
           UNK, note="the tourism director abducted on Wednesday in front of his directorate (a landmark: the city); "
                     "«كما» carries the site; Harsh al-Kafr is where he was dumped")])

passage("li22", "2021-10-03", "Al-Alam", "settlements of gunmen, wanted men and deserters completed in one town and "
        "begun in another; the weeks' run; publication date inferred | page: https://alalam.ir/news/5847423/"
        "سوريا--بدء-تمشيط-بلدة-صيدا-ومحيطها-بريف-درعا-الشرقي",
        "العالم – سوريا\n"
        "استُكملت أمس في بلدة صيدا وما حولها تسوية أوضاع آخر من بقي من حملة السلاح والمطلوبين، وفق شروط التسوية التي عرضتها "
        "الدولة السورية تمهيداً لإعادة الاستقرار الكامل إلى المحافظة. وفي الجيزة، القرية الواقعة في الريف الشرقي "
        "لدرعا، انطلقت اليوم عملية مماثلة لتسوية أوضاع المسلحين والمطلوبين واستلام سلاحهم من قبل الجيش السوري. وكانت محافظة درعا قد شهدت "
        "في الأسابيع الأخيرة تسويات للمسلحين والمطلوبين والفارين من الخدمة في عدد من المدن والبلدات، آخرها ما أنجزته "
        "الجهات المعنية أمس في صيدا وقريتي النعيمة وكحيل.",
        [E("other", None, PL("صيدا", "Saida", "Daraa"), "2021-10-02", None, GOV,
           note="a settlement completed (settlements as other, set 57); the recap sentence's Naima and Kahil are the "
                "same day's completion: one act over three places, placed at the first"),
         E("other", None, PL("الجيزة", "Al-Jiza", "Daraa"), "2021-10-03", None, GOV,
           note="a settlement and handover of arms begun today"),
         E("other", None, PL("درعا", "Daraa", "Daraa", nth=1), None, None, GOV, kind="aggregate",
           note="the weeks' run of settlements across the governorate (deserters among them), no figure; the "
                "stability is an aim")])

passage("li23", "2021-02-12", "Syria1 agency", "a security branch's arrests of young herders; the reporter and a "
        "source; publication date inferred (a Friday) | page: https://syriaone.online/archives/3280",
        "اعتقال 20 شاباً من السخنة شرقي حمص في حملة أمنية\n"
        "نفذت مفرزة تابعة لفرع أمن الدولة أمس الخميس حملة دهم واعتقال تعسفي استهدفت شباناً من بلدة السخنة في بادية "
        "حمص الشرقية، بذريعة تشكيلهم خلايا تعمل لصالح تنظيم «داعش». وأوضح مراسل وكالة «سوريا1» أن العناصر دهموا منازل "
        "واعتقلوا 20 شاباً كانوا قد رجعوا حديثاً من أنحاء مختلفة في البادية حيث عملوا في رعي المواشي. وقال مصدر خاص "
        "للوكالة إن المعتقلين مزارعون ومربو ماشية لا ينتمون إلى أي فصيل، وإنهم نُقلوا من السخنة إلى مفرزة الفرع في مدينة "
        "تدمر، مشيراً إلى أن الحملة، وهي الأولى من نوعها هناك، تستهدف من تتراوح أعمارهم بين 17 و32 عاماً.",
        [E("arrest", Q("20", 20, nth=1), PL("السخنة", "Al-Sukhnah", "Homs"), "2021-02-11", "مراسل وكالة «سوريا1»",
           GOV, note="the reporter's sentence gives the figure and comes back to the raid; the headline is the same "
                     "telling; Palmyra is where they were taken; the ages are durations")])

passage("li24", "2022-11-24", "Baladi News", "a Turkish drone strike on an SDF car in Qamishli; shelling the day "
        "before; the air operation's background | page: https://video.baladi-news.com/ar/articles/88819/"
        "إصابة-قيادي-في-قسد-بقصف-مسيرة-تركية-في-القامشلي-صور",
        "بلدي نيوز\n"
        "استهدفت طائرة مسيّرة تركية بُعيد منتصف الليل الفاصل بين الأربعاء والخميس، 24 تشرين الثاني، سيارة تقل عناصر "
        "من «قسد» عند دوار القرموطي بالقسم الغربي من مدينة القامشلي، ما أوقع قتلى وجرحى، وفق مصادر محلية. وأوضحت المصادر أن المستشار "
        "المكلف بالشؤون المدنية لدى «قسد» كان في السيارة وأصيب بجروح خطيرة. ويضم محيط الموقع المستهدف مقرات عدة لقسد ولـ«الإدارة "
        "الذاتية»، وكانت مناطق سيطرتها قد تعرضت أمس لقصف تركي عنيف طال حقول نفط وغاز لأول مرة. وبدأت أنقرة حملتها "
        "الجوية في الليلة الفاصلة بين السبت والأحد الماضيين، وذلك بعد أسبوع من اتهامها حزب العمال الكردستاني و«قسد» بالمسؤولية عن تفجير إسطنبول "
        "الذي خلّف ستة قتلى و81 جريحاً.",
        [E("airstrike", None, PL("القامشلي", "Qamishli", "Al-Hasakah"), "2022-11-24", "مصادر محلية", TUR,
           note="dead and wounded without numerals: no figure; the roundabout is a landmark: the town"),
         E("shelling", None, None, "2022-11-23", None, TUR,
           note="yesterday's heavy Turkish fire on SDF areas, oil and gas fields among the targets; no place named; "
                "a recall «وكانت»: the outlet; TYPE CALL: «قصف» with no aircraft named. Not coded: the air "
                "operation's start (no place) and the Istanbul bombing (abroad, background)")])

passage("li25", "2022-05-19", "Al-Ayam 24 (relaying BBC Arabic)", "an Israeli strike told by SANA's military source "
        "and by the observatory; an earlier strike on Aleppo; publication date inferred (a Thursday) | page: "
        "https://maghress.com/alayam24/333767",
        "ذكرت وسائل الإعلام الرسمية السورية أن إسرائيل استهدفت بهجوم صاروخي فجر اليوم الخميس منطقة القصير التابعة لمحافظة "
        "حمص قرب الحدود مع لبنان. ونقلت وكالة «سانا» عن مسؤول عسكري أن «العدو الإسرائيلي» أطلق صواريخه عند الساعة "
        "الواحدة و13 دقيقة فجراً من أجواء شمال شرق بيروت على نقاط في منطقة القصير، وأن الدفاعات الجوية أسقطت أغلبها "
        "واقتصرت الخسائر على الماديات. في المقابل، أكد المرصد السوري لحقوق الإنسان أن الضربة أصابت مواقع لحزب الله اللبناني "
        "ودمرت مخازن أسلحة. وهذا ثاني هجوم إسرائيلي خلال أسبوع، بعد هجوم يوم الاثنين على حلب قتل فيه خمسة مقاتلين "
        "موالين لإيران ودُمّرت قاعدة ومستودع أسلحة، وفق المرصد. ولم يعلّق الجيش الإسرائيلي.",
        [E("airstrike", None, PL("القصير", "Al-Qusayr", "Homs"), "2022-05-19", "مسؤول عسكري", ISR,
           note="relayed by SANA: the official; the observatory's telling (Hezbollah depots) is the same strike; "
                "north-east Beirut is where the missiles came from, Lebanon a bearing"),
         E("airstrike", Q("خمسة", 5), PL("حلب", "Aleppo", "Aleppo"), "2022-05-16", SOHR, ISR,
           note="Monday's strike on Aleppo, with its dead, «وفق المرصد»")])

passage("li26", "2023-11-12", "Jisr", "tribal attacks on SDF posts; SDF raids; a coalition patrol; a sheikh's call to "
        "arms recalled; publication date inferred | page: https://jesrpress.com/"
        "قوات-العشائر-تواصل-شن-هجماتها-على-قسد",
        "جسر – دير الزور\n"
        "نفّذ مقاتلو العشائر هجمات متعددة بالرشاشات والقذائف الصاروخية على نقاط وحواجز تتبع «قوات سوريا الديمقراطية» في "
        "ريف دير الزور، وسط توتر يتصاعد في المنطقة، بحسب شبكات إخبارية محلية. وطالت الهجمات مواقع في بلدتي غرانيج "
        "والشحيل، فيما داهمت «قسد» بلدتي الحوايج وأبو حمام شرقي دير الزور ونفذت فيهما اعتقالات. وجالت دورية للتحالف "
        "الدولي من 4 مدرعات في بلدات عدة بالريف الشرقي، وحلّقت طائراته في أجواء المنطقة. وكان إبراهيم الهفل، شيخ قبيلة "
        "العكيدات، قد أعلن قبل أيام بدء جولة قتال جديدة ضد «قسد» في دير الزور، ودعا إلى النفير العام.",
        [E("armed_clash", None, PL("غرانيج", "Gharanij", "Deir ez-Zor"), "2023-11-12", "شبكات إخبارية محلية", TRIBES,
           note="attacks on several posts: the next sentence names the towns (placed at the first); undated: the "
                "publication day"),
         E("arrest", None, PL("الحوايج", "Al-Hawayij", "Deir ez-Zor"), "2023-11-12", None, SDF,
           note="raids and arrests, no figure; another kind of act after the networks' report: the outlet. Not "
                "coded: the coalition's patrol of 4 vehicles and its flights (no incident)"),
         E("statement", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=3), None,
           "إبراهيم الهفل، شيخ قبيلة العكيدات", TRIBES,
           note="a named sheikh's announcement and call to arms (stop 32), 'days before': undated; its place is the "
                "place it concerns")])

passage("li27", "2024-03-20", "VDC-NSY", "HTS's security arrests two critics; the reason; background of protests; "
        "publication date inferred (the 2024 protests) | page: https://vdc-nsy.com/archives/62686",
        "اعتقل الجهاز الأمني التابع لهيئة تحرير الشام شابين هما مازن العلي وحسان قدور على طريق الجانودية قرب جسر "
        "الشغور بريف إدلب. ويعود توقيفهما إلى انتقادات وجّهاها للهيئة بسبب تفشي الفساد والتعديات على الأهالي وغياب "
        "الحريات في مناطق نفوذها. وتعاني إدلب، الخاضعة للهيئة المدعومة من تركيا، انتهاكات كثيرة بحق المدنيين، وتأتي "
        "الحادثة مع تنامي الاحتجاجات والانتقادات الموجهة إلى الهيئة، المتهمة بجرائم حرب وبانتهاك حقوق الإنسان والحريات "
        "العامة.",
        [E("arrest", None, PL("الجانودية", "Al-Janudiyah", "Idlib"), "2024-03-20", None, HTS,
           note="two young men (a dual: no figure); a road: the first place named; undated: the publication day; "
                "the protests are background")])

passage("li28", "2018-10-10", "Sham Times (relaying RT)", "a protest after a Turkish drone strike killed three; the "
        "Kurdish administration's account and call; year inferred from the weekday the page gives | page: "
        "https://shaamtimes.net/362176/مظاهرة-شعبية-في-مدينة-القامشلي-بسوريا",
        "خرجت في مدينة القامشلي اليوم الأربعاء تظاهرة شعبية ضد تركيا، غضباً لمقتل ثلاثة مدنيين أمس الثلاثاء "
        "بضربة من طائرة مسيّرة تركية. وكانت القوات الكردية قد اتهمت أنقرة في وقت سابق اليوم بقتل المدنيين الثلاثة في "
        "هجوم بمسيّرة على سيارة في المدينة الخاضعة لها شمال شرقي سوريا. وأوضحت الإدارة الكردية في شمال سوريا وشرقها أن "
        "المسيّرة التركية استهدفت عصر التاسع من تشرين الأول/أكتوبر حيّ الهلالية المدني في القامشلي، فقتلت 3 مدنيين من "
        "عائلة واحدة بينهم جدّ في الثانية والثمانين، واعتبرت الهجوم محاولة متكررة لضرب الاستقرار، ودعت إلى مسيرة تندد "
        "بأنقرة بالتزامن مع جنازات القتلى. المصدر: RT",
        [E("airstrike", Q("ثلاثة", 3), PL("الهلالية", "Al-Hilaliyah", "Al-Hasakah"), "2018-10-09",
           "الإدارة الكردية في شمال سوريا وشرقها", TUR,
           note="the strike, told three times (protest's cause, the Kurdish forces' accusation, the administration's "
                "account); the quarter is the most specific place; the figure as first written (3 again later); the "
                "grandfather's age is a duration"),
         E("protest", None, PL("القامشلي", "Qamishli", "Al-Hasakah"), "2018-10-10", None, PROT,
           note="today's protest; no crowd figure"),
         E("statement", None, None, "2018-10-10", "الإدارة الكردية في شمال سوريا وشرقها", SDF,
           note="the administration's call for a march (stop 32: a named body's call); its condemnation is its "
                "reaction to the strike. A coder could fold the call into the protest")])

passage("li29", "2024-11-27", "Baz News", "the first day of 'Deterring Aggression': a base and 21 villages; "
        "government reinforcements; Russian raids | page: https://baznews.net/"
        "هيئة-تحرير-الشام-والفصائل-المعارضة-ال",
        "الفصائل تسيطر على الفوج 46 وأكثر من 21 بلدة في ريف حلب الغربي\n"
        "شهد ريف حلب الغربي اليوم الأربعاء تصعيداً عسكرياً كبيراً، إذ انتزعت «هيئة تحرير الشام» وفصائل المعارضة المنضوية "
        "في عملية «ردع العدوان» «الفوج 46» وما يزيد على 21 بلدة وقرية في غضون ساعات من انطلاق العملية. وأفادت «إدارة "
        "العمليات العسكرية» بأن المقاتلين سيطروا على مواقع حيوية منها عنجارة والهوتة وأورم الكبرى وتل الضبعة "
        "وأورم الصغرى، عقب مواجهات عنيفة مع القوات الحكومية، وباتوا على مسافة تقل عن 10 كيلومترات من حلب. بالمقابل، تحدثت "
        "مصادر محلية قريبة من دمشق عن وصول تعزيزات كبيرة للقوات الحكومية إلى جبهات الريف الغربي، فيما كثّف الطيران "
        "الحربي الروسي غاراته على مواقع في المنطقة دعماً لها.",
        [E("territory_change", Q("ما يزيد على 21", 21, None), PL("الفوج 46", "46th Regiment base", "Aleppo"),
           "2024-11-27", "«إدارة العمليات العسكرية»", HTS,
           note="one day's taking over a base and 21+ villages: placed at the base (named by its unit: a facility); "
                "the villages' count as the figure; the operations room's sentence comes back with the names "
                "(source carried back); the clashes are the same incident; the headline is the same telling"),
         E("reinforcement", None, PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"), "2024-11-27",
           "مصادر محلية قريبة من دمشق", GOV, note="reinforcements to the western countryside's fronts"),
         E("airstrike", None, PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"), "2024-11-27", None, RUS,
           note="Russian raids 'in the area': the western countryside; another kind of act beside the sources' "
                "report: the outlet")])

passage("li30", "2024-06-15", "Roz Press (relaying SOHR)", "HTS abducts two activists in two towns; months of protests "
        "against it; publication date inferred (the 2024 protests) | page: https://rozpress.net/"
        "هيـ-ـئة-تـ-ـحرير-الشـ-ـام-تخـ-ـتطف-ناشـ",
        "خطفت هيئة تحرير الشام ناشطَين في ريف إدلب شمال غربي سوريا. وبحسب المرصد السوري لحقوق الإنسان، فقد خطف عناصر من "
        "الهيئة ناشطاً مسنّاً من منزله في مدينة سلقين، وفي الوقت ذاته خطفوا ناشطاً آخر في بلدة الفوعة، وهو من منظمي "
        "التظاهرات في إدلب وريفها، بتهمة حضّ السكان على الاحتجاج. وتخرج في مدينة إدلب وفي بلدات ومدن بريفي إدلب وحلب "
        "منذ أشهر تظاهرات واسعة ضد الهيئة، تطالب بإسقاطها وإسقاط زعيمها أبو محمد الجولاني وبإطلاق المعتقلين وتحسين "
        "المعيشة.",
        [E("arrest", None, PL("سلقين", "Salqin", "Idlib"), "2024-06-15", SOHR, HTS,
           note="two activists abducted at two places at once: two acts (one each, no figure); undated: the "
                "publication day"),
         E("arrest", None, PL("الفوعة", "Al-Fu'ah", "Idlib"), "2024-06-15", SOHR, HTS),
         E("protest", None, PL("إدلب", "Idlib", "Idlib", nth=2), None, None, PROT, kind="aggregate",
           note="JUDGEMENT: months of protests against HTS, told as a run (an aggregate, placed at the city named "
                "first for them, no figure); a coder could leave it as background")])

passage("li31", "2025-12-21", "Al-Araby Al-Jadeed", "the interior ministry arrests an IS cell; a commander's account; a "
        "separate arrest of kidnappers | page: https://www.alaraby.co.uk/politics/"
        "الداخلية-السورية-تعلن-القبض-على-خلية-لـداعش-في-ريف-دمشق",
        "ذكرت وزارة الداخلية في سوريا اليوم الأحد أنها أوقفت سبعة أشخاص في داريا بريف دمشق يشكّلون بحسبها خلية "
        "لتنظيم «داعش»، وصادرت ما بحوزتهم من أسلحة وذخائر. وأوضح العميد أحمد الدالاتي، قائد الأمن الداخلي بريف "
        "دمشق، أن وحدات الأمن الداخلي نفذت مع جهاز الاستخبارات العامة عملية محكمة على وكر للتنظيم في المنطقة، بعد "
        "تحريات ومراقبة لتحركات أفراده امتدت أسابيع. وفي عملية منفصلة، قبضت السلطات على شخصين متهمين بخطف مواطنين "
        "واستعادت قسماً من الفدية التي دُفعت لهم.",
        [E("arrest", Q("سبعة", 7), PL("داريا", "Darayya", "Rif Dimashq"), "2025-12-21", "وزارة الداخلية في سوريا",
           NEWGOV, note="the cell's seven; the commander's account is the same operation; weeks of watching are "
                        "its background"),
         E("arrest", None, None, "2025-12-21", "وزارة الداخلية في سوريا", NEWGOV,
           note="a separate arrest of two kidnappers (a dual: no figure), no place; same kind of act: the ministry's "
                "report carries; undated: the publication day")])

passage("li32", "2025-03-07", "Arab Khabar (relaying Al Arabiya)", "the coast in March 2025: control claimed in "
        "Jableh, a denial, attacks, rallies, convoys, an arrest and the observatory's toll | page: "
        "https://arabkhabar.com/a/4299285",
        "أكدت وزارة الإعلام السورية لقناة «العربية» أن قوات الأمن بسطت سيطرتها على مناطق المواجهات في جبلة، في حين نفت "
        "مصادر في وزارة الدفاع للقناة نفسها قصف أحياء سكنية هناك بالمروحيات. وبحسب الوزارة، هاجم فلول النظام السابق "
        "مواقع عدة في الساحل. وفي إدلب ودرعا وحمص خرج سوريون في تظاهرات تأييداً للأمن العام ولوزارة "
        "الدفاع، فيما أظهرت صور حصلت عليها «العربية» أرتالاً عسكرية متجهة إلى الساحل. وأعلن الأمن العام اعتقال اللواء "
        "إبراهيم حويجة، الرئيس الأسبق للمخابرات العامة، في جبلة، متهماً إياه بالضلوع في مئات عمليات الاغتيال أيام حكم حافظ الأسد. "
        "وبحسب المرصد السوري لحقوق الإنسان، قُتل 28 مسلحاً موالياً للرئيس المخلوع بشار الأسد في اشتباكات مع قوات الأمن "
        "بمحافظة اللاذقية، بينما فرضت السلطات حظر التجول.",
        [E("territory_change", None, PL("جبلة", "Jableh", "Latakia"), "2025-03-07", "وزارة الإعلام السورية", NEWGOV,
           note="control imposed over the clash areas (a retaking); undated: the publication day. The defence "
                "ministry's denial of helicopter fire is inside the telling (no event)"),
         E("armed_clash", None, PL("الساحل", "Syrian coast", None), "2025-03-07", "الوزارة", LOYAL,
           note="the remnants' attacks on many sites; «وقالت الوزارة» is the information ministry; the coast is a "
                "multi-governorate region"),
         E("protest", None, PL("إدلب", "Idlib", "Idlib"), "2025-03-07", None, PROT,
           note="rallies in three cities for the security forces: one act, placed at the first"),
         E("reinforcement", None, PL("الساحل", "Syrian coast", None, nth=1), "2025-03-07", "«العربية»", NEWGOV,
           note="convoys heading to the coast, shown in the channel's pictures (the channel is the source)"),
         E("arrest", None, PL("جبلة", "Jableh", "Latakia", nth=1), "2025-03-07", "الأمن العام", NEWGOV,
           note="Ibrahim Huweija arrested; the killings he is accused of are no events"),
         E("armed_clash", Q("28", 28), PL("اللاذقية", "Latakia", "Latakia"), "2025-03-07", SOHR, None,
           note="the gunmen's dead in clashes in the governorate; two sides: no actor1; the curfew is no event")])

passage("li33", "2025-12-29", "Al-Jarida (Kuwait)", "the coast in December 2025: protests at a cleric's call, gunfire "
        "on the security men guarding them, two rival rallies, the army deployed | page: "
        "https://www.aljarida.com/article/118802",
        "فلول الأسد يستغلون احتجاجات الساحل.. والجيش ينتشر في اللاذقية وطرطوس\n"
        "شهد الساحل السوري توتراً أمنياً رافق احتجاجات خرجت في كل من اللاذقية وطرطوس وجبلة، لبّى أصحابها نداء الشيخ غزال "
        "غزال، رئيس المجلس العلوي الأعلى، إلى الاعتصام تحت عنوان «تقرير المصير» والمطالبة بإطلاق الموقوفين، واستغلتها بقايا نظام "
        "بشار الأسد المخلوع سعياً إلى ضرب الاستقرار. وأفاد مصدر في وزارة الداخلية بأن عناصر مسلحة من هذه الفلول أطلقوا الرصاص "
        "الحي على عناصر من الأمن الداخلي كانوا يؤمّنون الوقفات، فقُتل بعضهم وأصيب آخرون. ورفع المحتجون في اللاذقية "
        "وطرطوس شعارات تنادي بالفدرالية والإفراج عن الموقوفين، وهتف بعضهم لغزال، بينما وقع احتكاك في اللاذقية بين "
        "تظاهرة مؤيدة له وأخرى مساندة للحكومة.",
        [E("reinforcement", None, PL("اللاذقية", "Latakia", "Latakia"), "2025-12-29", None, NEWGOV,
           note="the headline's army deployment in Latakia and Tartus (placed at the first); told only there"),
         E("protest", None, PL("اللاذقية", "Latakia", "Latakia", nth=1), "2025-12-29", None, PROT,
           note="sit-ins in three coastal cities at one call: one act, placed at the first; the page gives no day "
                "(the publication day); the rival rally and the scuffle in Latakia are part of it (judgement)"),
         E("statement", None, None, None, "الشيخ غزال غزال، رئيس المجلس العلوي الأعلى", None,
           note="a named cleric's call to sit in (stop 32), told as the protests' cause; no day"),
         E("armed_clash", None, PL("الساحل السوري", "Syrian coast", None), "2025-12-29", "مصدر في وزارة الداخلية",
           LOYAL, note="gunmen fire on the security men guarding the vigils; 'some killed': no figure; the vigils' "
                       "places are not tied to the shooting: the coast")])

passage("li34", "2022-08-14", "Damas Post", "a conscription round-up in Homs: checkpoints, patrols, 15 held and "
        "where they were sent; publication date inferred | page: https://damaspost2.com/"
        "حملة-دهم-واعتقالات-لقوات-النظام-في-مدي",
        "حملة دهم واعتقالات تطال شبان حمص.. من المستهدف؟\n"
        "شنّت الأجهزة الأمنية التابعة للنظام حملة اعتقالات موسعة في مدينة حمص طالت شباناً كثيرين، لسوقهم قسراً إلى "
        "التجنيد في صفوف قواته. وأقام فرع الأمن العسكري حواجز عند مداخل المدينة وأخضع الداخلين والخارجين لتدقيق أمني "
        "شمل بخاصة من هم في سن الخدمة الإلزامية والاحتياطية. وتركّزت جولات الدوريات في حي القصور وفي سوق الهول "
        "الملاصق له، حيث اعتُقل 15 شاباً نُقلوا إلى مركز «البالونة» تمهيداً لترحيلهم إلى شعبة التجنيد المركزية بمدينة النبك "
        "بريف دمشق. وقيّدت الحملة تنقّل السكان، فلزم كثيرون بيوتهم وتغيبوا عن أعمالهم وجامعاتهم.",
        [E("arrest", Q("15", 15), PL("القصور", "Al-Qusur", "Homs"), "2022-08-14", None, GOV,
           note="the campaign in Homs and its 15 held in al-Qusur: one act, the quarter the most specific place; "
                "the checkpoints are the same campaign; al-Balouna and al-Nabk are where they were sent; undated: "
                "the publication day")])

passage("li35", "2025-03-07", "Al-Mayadeen (via Daily8)", "the coast in March 2025: the observatory's toll, "
        "reinforcements, curfews, and the clash that began it with helicopter fire | page: "
        "https://www.daily8.com/hashtag/سهيلالحسن،",
        "الميادين\n"
        "الساحل السوري يشهد تصعيداً خطيراً.. مقتل ما يزيد على 70 في مواجهات بين مسلحين وقوات الأمن\n"
        "أورد المرصد السوري لحقوق الإنسان على منصة «إكس» أن ما يزيد على 70 شخصاً قضوا ليل أمس الخميس في اللاذقية غربي "
        "سوريا، خلال مواجهات وكمائن دامية خاضها عسكريون من وزارة الدفاع وعناصر من الداخلية ضد مسلحين ينتمون إلى جيش "
        "النظام البائد، وأن عشرات آخرين جُرحوا أو أُسروا. وكانت مصادر محلية قد أبلغت الميادين مساء الخميس بإرسال "
        "تعزيزات عسكرية إلى جبلة وريفها لمساندة الأمن العام، فيما فرضت إدارتا الأمن العام في حمص وطرطوس حظر تجول "
        "شاملاً من العاشرة ليلاً حتى العاشرة صباح اليوم الجمعة. وسبق ذلك سقوط ما يزيد على 10 قتلى من عناصر الأمن العام "
        "في اشتباكات قرب جبلة، لجأت خلالها القوات إلى المروحيات لضرب مسلحين قالت إنهم من أنصار الأسد.",
        [E("armed_clash", Q("ما يزيد على 70", 70, None), PL("اللاذقية", "Latakia", "Latakia"), "2025-03-06", SOHR,
           None, note="the night's clashes and ambushes with their toll (the headline's figure is the same telling, "
                      "the first written); two sides: no actor1; the wounded and captured are not the figure"),
         E("reinforcement", None, PL("جبلة", "Jableh", "Latakia"), "2025-03-06", "مصادر محلية", NEWGOV,
           note="reinforcements to Jableh and its countryside, told on Thursday evening; the curfews are no event"),
         E("armed_clash", Q("ما يزيد على 10", 10, None), PL("جبلة", "Jableh", "Latakia", nth=1), None, None, LOYAL,
           note="JUDGEMENT: the earlier clash near Jableh with more than 10 security men killed, coded apart (a "
                "recall «وسبق ذلك»: the outlet; no day); a coder could count it inside the 70"),
         E("airstrike", None, PL("جبلة", "Jableh", "Latakia", nth=1), None, None, NEWGOV,
           note="helicopter fire on the gunmen during that clash (ACLED would code the air strike apart); undated")])


def main() -> None:
    write("gold108.jsonl", P108)


if __name__ == "__main__":
    main()
