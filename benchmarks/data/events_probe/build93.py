"""Build gold93.jsonl: development set 93 (ids kt01…), written in stop 36 by writer w93 BEFORE any run on it.

WHOLE ARTICLES, paraphrased from real pages: each passage is the paraphrase of the whole of what ONE real news page
shows in the search tool's `pages` corpus (queried in Arabic; about the first 1,500 characters of the page), with its
headline line, lead and details, years 2011-2025, many outlets and subjects (shelling, clashes, defections, stormings,
raids on regime remnants, an amnesty decree, a taking of villages, protests fired on, bombings, abductions, drone
strikes, barrel bombs, monthly and running tallies). The page's incidents, their order, places, figures (digits or
words as the page writes them), dates and day words, sources and the way they are cited, hedges, recalls and
background are kept; every sentence was rewritten (no run of five words, names aside, is shared with the page:
checked by script against the page text, which was kept outside the repository); personal names of private people
were changed. A sentence the page cuts off in the middle is left out when it holds no whole fact. Each passage's
`style` ends with the page's address; where the page shows no date, the publication date was inferred from the
events it reports (said in `style`). Gold follows news_dev's README and the events_probe README's conventions
(stops 28, 30, 32 and 34); it was written with the passages, before marsad was run on them. Offsets are computed by
build.build and checked.

    python benchmarks/data/events_probe/build93.py      # rewrites gold93.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P93: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P93.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("kt01", "2017-07-12", "Micro Syria", "regime shelling of Jabal al-Turkman relayed from Anadolu's local sources; "
        "SOHR's guided missile on a car and a rocket the night before; page: "
        "https://microsyria.com/2017/07/12/تصعيد-جديد-بعد-هدوء-قصير-قصف-النظام-لر/",
        "بعد فترة هدوء وجيزة.. قصف لقوات النظام يخلّف قتلى وجرحى شمالي اللاذقية\n"
        "لقي 10 أشخاص مصرعهم اليوم جراء قصف شنّته قوات نظام الأسد واستهدف منطقة جبل التركمان، الواقعة في ريف "
        "محافظة اللاذقية الشمالي، شمال غرب سوريا.\n"
        "ونقلت وكالة «الأناضول» التركية عن مصادر محلية أن مدفعية النظام دكّت عدداً كبيراً من القرى والنقاط التي "
        "تسيطر عليها فصائل المعارضة. وأوضحت المصادر أن القذائف التي انهالت على الزيتونية وجبل أبو علي "
        "أوقعت 10 قتلى وثلاثة جرحى، نُقل هؤلاء إلى مشافٍ ميدانية، لافتة إلى أن القصف لم يتوقف وإن كان يتواصل "
        "بشكل متقطع.\n"
        "في سياق متصل، وبحسب المرصد السوري لحقوق الإنسان، لقي ثمانية من مقاتلي الفرقة الساحلية الثانية حتفهم "
        "وأصيب غيرهم بجروح، بعيد منتصف الليلة الماضية، حين أصاب صاروخ موجّه أطلقته قوات النظام سيارة كانوا "
        "على متنها بالقرب من قرية اليمضية في ريف اللاذقية الشمالي. وأضاف المرصد أن قوات النظام قصفت بالتزامن "
        "مع الضربة مواقع عدة في المنطقة. كما أشار المرصد إلى سقوط صاروخ في ساعة متأخرة من مساء أمس بمحاذاة "
        "بيت الحايك – البسيط في ريف اللاذقية، اقتصرت أضراره على الماديات ولم يُبلَّغ عن مصابين.\n"
        "يُذكر أن جبهات ريف اللاذقية الشمالي تعيش منذ أسابيع حالة من الهدوء وتراجعاً في حدة المعارك، ما عدا "
        "هجمات محدودة النطاق.",
        [E("shelling", Q("10", 10, nth=1), PL("الزيتونية", "Al-Zaytuniyah", "Latakia"), "2017-07-12", "مصادر محلية", GOV,
           note="one act told twice: the lead's shelling of Jabal al-Turkman and the sources' detail (10 dead, three "
                "wounded) in al-Zaytuniyah and Jabal Abu Ali (one act over two places: group, coded at the first); "
                "figure the dead; the relay «نقلت الأناضول عن مصادر محلية» gives the sources relayed (stop 34)"),
         E("shelling", Q("ثمانية", 8), PL("اليمضية", "Al-Yamadiyah", "Latakia"), "2017-07-12",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="a guided missile fired by regime forces at a car (remote violence: shelling); «بعيد منتصف الليلة "
                "الماضية» is the early hours of the publication day; the regime's shelling of «مواقع عدة في المنطقة» "
                "with it is the same attack's frame, no place of its own: not coded apart (judgement)"),
         E("shelling", None, PL("بيت الحايك", "Bayt al-Hayik", "Latakia"), "2017-07-11", "المرصد", None,
           note="a rocket fell late yesterday, damage only: no figure; nobody named as firing it")])

passage("kt02", "2021-09-10", "Syria TV", "SDF-SNA clash north of Manbij told by a Manbij Military Council source; a "
        "recall of the month's 3rd; published date inferred from the events (page shows none: Thursday of early "
        "September 2021); page: https://www.syria.tv/قتلى-وجرحى-باشتباكات-بين-قسد-والجيش-الوطني-قرب-منبج",
        "قتيل وجرحى من «قسد» في مواجهات مع الجيش الوطني شمالي منبج\n"
        "سقط مقاتل من قوات سوريا الديمقراطية قتيلاً وأصيب آخرون بجروح، مساء أمس الخميس، خلال معارك ضارية مع "
        "مقاتلي الجيش الوطني السوري على الجبهة الشمالية لمدينة منبج، في حين كانت مروحيات روسية تحلّق في أجواء "
        "المنطقة.\n"
        "وأفاد مصدر خاص في مجلس منبج العسكري، في حديث إلى موقع تلفزيون سوريا، بأن المواجهات التي خاضها مقاتلو «قسد» مع الجيش "
        "الوطني على جبهة قريتي توخار كبير وتوخار صغير إلى الشمال من منبج أودت بحياة عنصر وأوقعت 5 جرحى. وبيّن "
        "المصدر أن الطرفين تبادلا النار أكثر من ساعة ونصف الساعة، واستعملا الرشاشات الثقيلة وقذائف المدفعية "
        "والهاون، ما أسفر عن إعطاب عربة عسكرية تابعة لـ«قسد» وتدمير تحصين (دشمة) على جبهة توخار صغير. ولفت "
        "إلى أن «قسد» أجلت مصابيها في سيارات «الهلال الأحمر الكردي» نحو المشفى العسكري في منبج.\n"
        "وحامت المروحيات الروسية على ارتفاع منخفض فوق شمال منبج من غير أن تدنو من خطوط التماس، وقد أقلعت من "
        "قاعدة روسية قريبة من بلدة العريمة الواقعة غرب المدينة.\n"
        "وكانت مواجهات بالأسلحة الخفيفة قد نشبت في الثالث من الشهر الجاري بين «قسد» وفصائل الجيش الوطني في "
        "منطقتي الباب ومنبج بريف حلب الشرقي.\n"
        "وتتوزع السيطرة على المناطق الممتدة غرب مدينة الباب بين قوات النظام و«قسد» وفصائل الجيش الوطني، وكذلك "
        "على مثلث البلدات والقرى القائم بين شرق الباب وجنوب منبج وغربها في ريف حلب.",
        [E("armed_clash", None, PL("توخار كبير", "Tokhar Kabir", "Aleppo"), "2021-09-09", "مصدر خاص في مجلس منبج العسكري",
           None, note="one clash told in the lead and by the council's source (the source carries back); the front of "
                      "two villages is one act (group, coded at the first); one SDF fighter killed, no numeral: no "
                      "figure; the 5 wounded are never the figure; two sides, no actor1; the Russian helicopters only "
                      "flew: no event"),
         E("armed_clash", None, PL("الباب", "Al-Bab", "Aleppo", nth=0), "2021-09-03", None, None,
           note="a recall with its own day (the 3rd of the current month); two areas, one act (group, coded at al-Bab); "
                "the writer's recall: the outlet; the split of control is a state, not an event")])

passage("kt03", "2011-07-05", "Al-Yaum", "a Saudi daily's item: defections and a clash inside Mezzeh airport told by an "
        "activist to Al Arabiya, a recall of the Friday's defections, a Homs raid and the storming of Hama (AFP, the "
        "LCC spokesman); published date inferred from the events (page shows none: the Hama storming of early July "
        "2011); the activist renamed; page: https://sauress.com/alyaum/27472",
        "انشقاقات وإطلاق نار داخل مطار المزة.. واقتحام لحماة وقتيلان في حمص\n"
        "أفاق سكان منطقة المعضمية القريبة من مطار المزة العسكري يوم الاثنين على دويّ رصاص غزير مصدره المطار، "
        "الذي شهد حالات انشقاق في صفوف العسكريين. وقال سامر الشامي، العضو في تجمع أحرار دمشق وريفها، للعربية في "
        "اتصال هاتفي إن مروحيات حلّقت كذلك فوق المنطقة ثم حطّت داخل المطار بهدف وضع حد للمواجهات الدائرة بين "
        "جنود ومنشقين عن الجيش. وأوضح الشامي أن المنطقة تعرف من وقت إلى آخر انشقاقات ومواجهات مماثلة، وأن بعض "
        "المنشقين فرّوا نحو مناطق قريبة، فتلاحقهم القوات العسكرية وتقتلهم ثم تنسب قتلهم إلى «العصابات المسلحة».\n"
        "وكانت صفوف الجيش السوري قد شهدت يوم الجمعة الماضي انشقاقات عدة في دوما وحرستا وكفر بطنا بريف دمشق.\n"
        "ميدانياً، ذكر ناشط حقوقي أن شخصين لقيا حتفهما في حمص أثناء عملية أمنية، في وقت دخلت فيه وحدات من "
        "الجيش وقوى الأمن مدينة حماة وفتحت نيران أسلحتها الثقيلة بغزارة. وأكد عمر إدلبي، المتحدث باسم لجان "
        "التنسيق المحلية، خلال حديث هاتفي لوكالة فرانس برس، أن عناصر الأمن دهموا حي الخالدية بمدينة حمص "
        "في وسط البلاد وأطلقوا الرصاص فقتلوا شخصين. وذكر إدلبي أيضاً أن ما يزيد على 30 آلية عسكرية وأمنية تقتحم "
        "مدينة حماة في هذه اللحظات.",
        [E("defection", None, PL("مطار المزة العسكري", "Mezzeh military airport", "Damascus"), "2011-07-04",
           "سامر الشامي، العضو في تجمع أحرار دمشق وريفها", GOV,
           note="defections inside the airport (a listed military site: the place itself); the activist's next "
                "sentence comes back to it (helicopters ending the clash between soldiers and defectors): his source "
                "carries back; the clash is the defection's own telling, not coded apart (judgement: a second coder "
                "may add an armed_clash); the recurring defections and killings of defectors are a habit; no figure"),
         E("defection", None, PL("دوما", "Douma", "Rif Dimashq"), "2011-07-01", None, GOV,
           note="a recall with its own day (last Friday); one telling over three towns (group, coded at Douma); the "
                "writer's recall: the outlet; «انشقاقات عدة» gives no figure"),
         E("casualties", None, PL("الخالدية", "Al-Khalidiyah", "Homs"), "2011-07-04", "ناشط حقوقي", GOV,
           note="security forces raided the quarter and shot two dead (a known force firing on people outside a "
                "protest: casualties, the stop-30 ACLED call); told by the activist and by the LCC spokesman: one "
                "event, first source; «شخصين» is a dual: no figure"),
         E("armed_clash", None, PL("حماة", "Hama", "Hama", nth=0), "2011-07-04", "ناشط حقوقي", GOV,
           note="army and security forces stormed Hama firing heavy weapons; the LCC spokesman's «more than 30 vehicles» "
                "is the same storming; no opponent is named (judgement call: a storming with heavy fire coded as a "
                "one-sided armed_clash; a second coder may code a reinforcement with the 30 vehicles); the vehicles "
                "are no figure of a clash")])

passage("kt04", "2024-12-27", "Qasioun News", "the Interior Ministry's raids on regime remnants in Hama, informed "
        "sources on the arrests and ambushes, an ambush in the Homs countryside; page: "
        "https://qasioun-news.com/ar/articles/81702/صور-قوات-الأمن-العام-تعزز-السيطرة-اعتقالات-واسعة-في-محافظة-حماة",
        "بالصور.. حملة اعتقالات واسعة للأمن العام في محافظة حماة\n"
        "ضمن مساعيها المستمرة لترسيخ الأمن والاستقرار في البلاد، نفذت مساء أمس الخميس قوات الأمن العام في وزارة "
        "الداخلية السورية سلسلة مداهمات طالت مخابئ ومعاقل يتحصن فيها أفراد من فلول نظام الأسد داخل "
        "محافظة حماة، في خطوة تندرج ضمن خطة أشمل لتعقّب بقايا النظام السابق والتصدي لأي تحرك يهدد الأمن.\n"
        "وبثّت وزارة الداخلية على صفحتها الرسمية في فيس بوك صوراً للمداهمات التي أجرتها فرقها الأمنية، مؤكدة "
        "أنها أسفرت عن توقيف أعداد كبيرة من المتهمين بجرائم ارتُكبت في السابق. وقالت الوزارة إن الحملة أعقبت "
        "بيومين عمليات تمشيط موسعة شملت مدناً سورية عدة، لجمع السلاح وبسط سلطتها في الساحل السوري "
        "والمنطقة الوسطى.\n"
        "وبحسب مصادر مطلعة، أفضت العمليات إلى اعتقال عناصر وقياديين في ميليشيات اقترفت جرائم بحق السكان خلال "
        "السنوات الـ13 الأخيرة، غير أن قوات الأمن وقعت في كمائن محكمة خلال الحملة، وسقط في صفوفها قتلى وجرحى.\n"
        "ففي حادثة أليمة، قضى عنصران من الأمن العام وجُرح عشرة غيرهما إثر كمين نصبه عناصر من فلول النظام "
        "المخلوع عند قرية بلقسة الواقعة في ريف حمص الغربي.",
        [E("arrest", None, PL("حماة", "Hama governorate", "Hama", nth=0), "2024-12-26", "وزارة الداخلية", NEWGOV,
           note="the raids told in the lead, by the ministry (photos, many detained) and by informed sources: one "
                "act; the ministry's next sentence comes back to it (its source carries back: the whole span is "
                "«وزارة الداخلية السورية» in the lead's own words, but the lead cites nobody, so the ministry's "
                "telling is the source); the governorate is the place (no finer place given); no figure; the sweeps "
                "two days before are background with no place"),
         E("armed_clash", None, PL("بلقسة", "Balqasa", "Homs"), "2024-12-27", None, LOYAL,
           note="an ambush by regime remnants: two security men killed (a dual: no figure), ten wounded (never the "
                "figure); a new paragraph with no source of its own: the outlet (judgement: it goes on with the "
                "informed sources' «ambushes», a second coder may carry them); not dated in the text: the "
                "publication day (stop 34)")])

passage("kt05", "2018-10-09", "Al Jazeera", "an amnesty decree for deserters relayed from SANA and the presidency; "
        "background figures on emigrants and defectors since 2011; page: "
        "http://aljazeera.net/news/arabic/2018/10/9/الأسد-يعفو-عن-الفارين-من-قوات-النظام",
        "عفو رئاسي عن «الفارين» من جيش النظام السوري\n"
        "الأسد خلال زيارة لعناصر من قواته على إحدى جبهات القتال (رويترز)\n"
        "منح بشار الأسد، رئيس النظام في سوريا، اليوم الثلاثاء بمرسوم تشريعي عفواً عاماً عن «العسكريين المنشقين "
        "ومن فرّوا من خدمتهم الإلزامية أو الاحتياطية في صفوف الجيش».\n"
        "وبحسب نص المرسوم كما نشرته وكالة أنباء النظام (سانا) وحسابات رئاسة الجمهورية على مواقع التواصل، فإن "
        "العفو يُعفي «من كامل العقوبة» كل من ترك وحدته أو غادر البلاد هارباً من الخدمة قبل اليوم، التاسع من تشرين الأول/"
        "أكتوبر، شريطة أن يسلّم الفارّ نفسه في غضون أربعة أشهر إن كان فراره داخلياً، وستة أشهر إن كان خارجياً.\n"
        "كما يُسقط المرسوم العقوبة عن كل الجرائم التي ينص عليها قانون خدمة العلم الصادر في 2007 وما طرأ عليه من "
        "تعديلات.\n"
        "وطوال سنوات الحرب التي اشتعلت ربيع 2011، غادر سوريا مئات الآلاف من شبابها ممن هم في سن الخدمة "
        "العسكرية الإلزامية، أي بين 18 و42 عاماً، فيما انشق عشرات الآلاف عن جيش النظام، والتحق بعضهم بفصائل "
        "المعارضة بينما خرج آخرون من البلاد.\n"
        "وكانت وزارة الدفاع السورية قد جعلت 42 عاماً الحد الأعلى لسن الاحتياط بالنسبة إلى الأفراد، على أن يبقى "
        "الضباط عرضة للاستدعاء حتى سن 46.",
        [E("desertion", None, None, "2018-10-09", "وكالة أنباء النظام (سانا)", GOV,
           note="an amnesty decree for deserters and draft evaders (desertion, as news_dev); the lead names no source, "
                "the next sentence gives the decree's text as SANA and the presidency published it (carried back); "
                "the months are terms, not figures; no place"),
         E("other", Q("مئات الآلاف", 200000, 900000, True), None, None, None, None, kind="aggregate",
           note="young men of service age who left the country since March 2011 (displacement/emigration running "
                "total, period 2011-03 to publication); «بين 18 و42 عاماً» are ages; the outlet's background"),
         E("defection", Q("عشرات الآلاف", 20000, 90000, True), None, None, None, GOV, kind="aggregate",
           note="tens of thousands defected since 2011 (running total, the same period); the outlet's background; the "
                "reserve ages are no event")])

passage("kt06", "2015-05-31", "Arabi21", "ISIS takes villages north of Aleppo (SOHR), the fighting's toll, recalls of Friday's "
        "and Saturday's acts, the regime's shelling told by a media activist (renamed); page: "
        "https://arabi21.co.uk/storyamp/834794/تنظيم-الدولة-يهاجم-المعارضة-في-حلب-برا-والنظام-يقصفها-جوا",
        "تنظيم الدولة ينتزع قرى من المعارضة شمال حلب والنظام يقصف مارع\n"
        "بسط تنظيم الدولة، يوم الأحد، سيطرته على عدد من القرى في ريف حلب الشمالي الواقع تحت سيطرة المعارضة "
        "السورية، إثر قتال شرس مع الفصائل المسلحة استمر ما يزيد على يومين.\n"
        "وبحسب المرصد السوري لحقوق الإنسان، استولى التنظيم على صوران إعزاز وعلى قرية البل المجاورة لها، "
        "إلى جانب قرية الحصية في منطقة سد الشهباء بالريف الشمالي لحلب، بعد مواجهات ضارية خاضها ضد الكتائب "
        "المقاتلة والإسلامية ولم تهدأ حتى فجر الأحد، وفجّر في أثنائها سيارة مفخخة هناك. ونبّه المرصد إلى أن "
        "صوران إعزاز لا تبعد سوى نحو عشرة كيلومترات عن مدينة إعزاز وعن معبر باب السلامة على الحدود التركية، "
        "وأنها تفتح للتنظيم الطريق نحو المعبر والمدينة.\n"
        "وخلّفت المواجهات والتفجيرات والقصف منذ يوم السبت 31 قتيلاً على الأقل في صفوف الفصائل المقاتلة "
        "والإسلامية، فضلاً عن أكثر من 22 قتيلاً من عناصر التنظيم، وعشرات الجرحى من الجانبين، وسط أنباء عن "
        "خسائر بشرية إضافية لدى الطرفين.\n"
        "وكان تنظيم الدولة قد استولى يوم الجمعة على قرية الطوقلي، ثم قصف يوم السبت أحياء في مدينة مارع، فقُتل "
        "مدنيان اثنان.\n"
        "قصف من النظام\n"
        "وبيّن الناشط الإعلامي أنس الحلبي أن هجوم التنظيم جاء متزامناً مع قصف مدفعي كثيف شنته قوات النظام على "
        "مارع والقرى المحيطة بها.",
        [E("territory_change", Q("31", 31, None, True), PL("صوران إعزاز", "Suran Azaz", "Aleppo"), "2015-05-31",
           "المرصد السوري لحقوق الإنسان", IS,
           note="the lead's taking and SOHR's list (Suran Azaz, al-Bil, al-Hasiya: one act over three places, group, "
                "coded at the first); the fighting's toll since Saturday is the taking's: no total, so the first side "
                "numbered (31, open bound); ISIS's 22 and the wounded are the same fighting; the car bomb is part of "
                "the assault (not coded apart, judgement); the distance is a measure"),
         E("territory_change", None, PL("الطوقلي", "Al-Tuqli", "Aleppo"), "2015-05-29", None, IS,
           note="a recall «وكان … قد» with its own day (Friday): the outlet"),
         E("shelling", Q("اثنان", 2), PL("مارع", "Marea", "Aleppo", nth=1), "2015-05-30", None, IS,
           note="ISIS shelled Marea on Saturday killing two civilians (the numeral «اثنان» is the figure); the same "
                "recall sentence: the outlet"),
         E("shelling", None, PL("مارع", "Marea", "Aleppo", nth=2), "2015-05-31", "الناشط الإعلامي أنس الحلبي", GOV,
           note="regime artillery on Marea and the villages around it at the time of the attack; no figure")])

passage("kt07", "2012-01-27", "ARN (Ajyal Radio Network)", "Friday protests fired on: activists' national toll, SOHR's "
        "town tolls, a funeral fired on, two attacks on security forces; a Reuters sentence the page cuts off is left "
        "out; page: http://www.arn.ps/archives/23214",
        "حلب تدخل المواجهات في الجمعة التي سمّاها الناشطون «حق الدفاع عن النفس»\n"
        "27 كانون الثاني/يناير 2012\n"
        "قال ناشطون سوريون إن 23 مدنياً على الأقل قُتلوا اليوم الجمعة برصاص قوات الأمن، حين عمدت إلى تفريق "
        "تظاهرات مناهضة للنظام خرجت في أنحاء متفرقة من البلاد.\n"
        "وحسب المرصد السوري لحقوق الإنسان، سقط 12 من هؤلاء في مدينة نوى بمحافظة درعا في الجنوب، عندما "
        "فتحت قوات الأمن النار على جموع كانت تشيّع طفلاً قتله عناصر الأمن بالرصاص أمس.\n"
        "كما قُتل خمسة أثناء تفريق تظاهرة في حلب، المدينة التي بقيت زمناً طويلاً بمنأى عن موجة الاحتجاج، وهو "
        "ما عدّه مراقبون تحولاً لافتاً في كبرى مدن الشمال التي لم تعرف من قبل حراكاً احتجاجياً. وأوضح المرصد، "
        "في بيان، أن القتلى الخمسة سقطوا بنيران أطلقتها قوات الأمن بشكل عشوائي في حي المرجة بالمدينة.\n"
        "وتحدث المرصد كذلك عن مقتل 12 من عناصر الأمن في هجومين منفصلين؛ الأول سيارة مفخخة انفجرت بجوار "
        "حاجز أمني على مدخل مدينة إدلب في الشمال الغربي، فقتلت وجرحت عناصر الحاجز البالغ عددهم 6، والثاني "
        "هجوم بالقذائف الصاروخية على حافلتين تقلان عناصر أمن في بلدة المزيريب بمحافظة درعا، أودى بحياة "
        "ستة آخرين.",
        [E("protest", Q("23", 23, None, True), None, "2012-01-27", "ناشطون سوريون", PROT, kind="aggregate",
           note="the day's toll of fire on protests over the country, larger than the town tolls told after it (12 + 5): "
                "an aggregate of its own (stop 34); it names one cause (fire dispersing protests), so it takes the "
                "protest type (stop 32's rule for a toll naming one cause; a second coder may call it casualties as "
                "stop 30's «a day's national toll told beside it»); no place (the whole country)"),
         E("protest", Q("12", 12, nth=0), PL("نوى", "Nawa", "Daraa"), "2012-01-27", "المرصد السوري لحقوق الإنسان", PROT,
           note="a funeral fired on: a protest whose 12 dead are its fatalities"),
         E("casualties", None, PL("نوى", "Nawa", "Daraa"), "2012-01-26", "المرصد السوري لحقوق الإنسان", GOV,
           note="the child shot dead by security forces yesterday (a known force firing outside a protest, the stop-30 "
                "ACLED call); singular: no figure"),
         E("protest", Q("خمسة", 5, nth=0), PL("المرجة", "Al-Marjeh", "Aleppo"), "2012-01-27",
           "المرصد السوري لحقوق الإنسان", PROT,
           note="the Aleppo protest dispersed by fire, told twice (the second names the quarter): one event at the "
                "quarter; the sentence goes on with SOHR's report, and SOHR's statement retells it"),
         E("explosion", Q("6", 6), PL("إدلب", "Idlib", "Idlib", nth=0), "2012-01-27", "المرصد", None,
           note="car bomb at a checkpoint at the city's entrance: killed and wounded its 6 men, no dead apart (a combined "
                "figure is the act's figure, as sets 39 and 78); the 12 security men are the sum of the two attacks "
                "(stop 34: no event of its own); unclaimed"),
         E("armed_clash", Q("ستة", 6), PL("المزيريب", "Al-Muzayrib", "Daraa"), "2012-01-27", "المرصد", None,
           note="rockets fired at two security buses: an attack on security forces by unnamed fighters (armed_clash); "
                "six dead")])

passage("kt08", "2019-03-10", "Al-Hal (7al.net)", "two abductions for ransom in Daraa and Sweida, a habit of kidnappings; "
        "page: https://7al.net/2019/03/10/طلب-فدية-بقيمة-100-مليون-وآخر-بقيمة-25-مليون/",
        "فدية بـ100 مليون ليرة لمختطف من درعا.. و25 مليوناً لآخر في السويداء\n"
        "درعا (الحل) – اشترط مسلحون لم تُعرف هويتهم على أسرة شاب خطفوه، ينتمي إلى عشيرة أبو نبوت في درعا، دفع 100 مليون "
        "ليرة سورية كي يطلقوا سراحه، في سابقة هي الأولى من حيث قيمة الفدية المطلوبة.\n"
        "وكان الخاطفون قد اعترضوا طريق الشاب، وهو في التاسعة والثلاثين من عمره، وهو عائد من السويداء باتجاه "
        "درعا، حيث كان ينوي تحميل شاحنته التي يعمل سائقاً عليها بثمار التفاح المعدّة للتصدير إلى الأردن.\n"
        "ووصل إلى ذوي المخطوف مقطع صوتي أُرسل من هاتفه، تطلب فيه العصابة المبلغ المذكور ثمناً للإفراج عنه، "
        "ويرجو فيه الشاب أهله أن يسعوا إلى تحريره.\n"
        "وفي حادثة مشابهة، طلب مسلحون مجهولون في السويداء 25 مليون ليرة سورية مقابل إخلاء سبيل رجل من أهالي "
        "دمشق خطفوه، وأبلغوا زوجته أن عليها تسليمهم المال إن أرادت أن ينجو زوجها من الأذى. وكان الرجل قد قصد "
        "السويداء ليشتري سيارة عرضها عليه شخص تعرّف إليه عبر «فيس بوك»، ثم اتضح أن البائع المزعوم واحد من أفراد "
        "العصابة التي خططت للخطف.\n"
        "وتعيش السويداء على وقع عمليات خطف وسلب تكاد تكون يومية، بسبب كثرة العصابات المسلحة المنتشرة في أرجائها، "
        "ما بات يثير الرعب في نفوس سكانها وسكان المحافظات المحيطة، حتى إن بعضهم كفّ عن زيارتها وترك أعماله "
        "وتجارته فيها.",
        [E("arrest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=0), "2019-03-10", None, UNK,
           note="an abduction (arrest, as the sets code abductions) on the road from Sweida to Daraa: placed at the first "
                "place named (stop 30 roads); not dated in the text: the publication day; the ransom demand is the same "
                "incident; the age is a duration; the outlet tells it"),
         E("arrest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2019-03-10", None, UNK,
           note="a Damascus man abducted in Sweida for ransom (the money is no figure); Damascus is where he came "
                "from; the near-daily kidnappings are a habit")])

passage("kt09", "2021-08-22", "SOHR", "Turkish drone strikes in SDF areas: today's, yesterday's, a running count and "
        "recalls of the 19th; published date inferred from the events (page shows none: days after 19 August 2021); "
        "page: https://www.syriahr.com/طائرة-مسيرة-تركية-تستهدف-سيارة-قيادي-س/445186/",
        "مسيّرة تركية تضرب سيارة لقيادي سياسي في القامشلي\n"
        "محافظة الحسكة: أصابت طائرة تركية مسيّرة سيارة تعود لـ«الإدارة الذاتية» كانت متوقفة قبالة دار الجرحى "
        "بقرية هيمو التابعة لمدينة القامشلي بريف الحسكة، واقتصرت الأضرار على الماديات، فيما أفادت مصادر المرصد "
        "السوري بأن السيارة يستخدمها أحد القياديين السياسيين الأكراد ضمن «الإدارة الذاتية».\n"
        "ورصد المرصد السوري لحقوق الإنسان يوم أمس صعود عدد الضربات الجوية التركية في مناطق نفوذ «قسد» "
        "إلى 3، إذ أطلقت مسيّرة تركية أمس صاروخاً واحداً في الأقل على سيارة في مزرعة صوفيان إلى الجنوب من "
        "مدينة عين العرب (كوباني) بريف حلب الشرقي، وألحقت بها أضراراً مادية، ولم ترد أنباء عن إصابات بشرية.\n"
        "كما وثّق المرصد أمس وفاة قيادي في الوحدات الكردية من جراء إصابته، هو ومرافقه، في 19 آب الجاري بانفجار "
        "وقع في سيارة عسكرية قرب تقاطع علي فرو، على الطريق الرابط بين القامشلي وعامودا في الريف الغربي "
        "للقامشلي. وعرف المرصد من مصادره أن الانفجار نجم عن ضربة من طائرة تركية مسيّرة، وأن القيادي يحمل "
        "الجنسية الإيرانية.\n"
        "وفي اليوم نفسه، ضربت طائرة تركية مقراً لمكتب العلاقات التابع لمجلس تل تمر العسكري، فقُتل 9 أشخاص، "
        "بينهم قياديون، وجُرح ما يزيد على 10 آخرين.",
        [E("airstrike", None, PL("هيمو", "Himo", "Al-Hasakah"), "2021-08-22", "مصادر المرصد السوري", TUR,
           note="today's drone strike on a car at a village of Qamishli: damage only, no figure; the sentence closes "
                "with SOHR's sources (the source of the act); the wounded's home is a landmark of the village; not "
                "dated in the text: the publication day"),
         E("airstrike", None, PL("مزرعة صوفيان", "Sofyan farm", "Aleppo"), "2021-08-21", "المرصد السوري لحقوق الإنسان",
           TUR, note="yesterday's drone strike on a car at a farm south of Kobani; «صاروخاً واحداً في الأقل» is one "
                     "missile (a singular, no figure); damage only"),
         E("airstrike", Q("3", 3), None, None, "المرصد السوري لحقوق الإنسان", TUR, kind="aggregate",
           note="SOHR's running count of Turkish air strikes in SDF areas, «rose to 3» (period not stated); an "
                "aggregate beside the strikes it counts"),
         E("airstrike", None, PL("علي فرو", "Ali Faro", "Al-Hasakah"), "2021-08-19", "المرصد", TUR,
           note="the blast in a military car on the 19th that SOHR learned was a drone strike; a commander died of his "
                "wounds (singular: no figure); the junction is named for the village Ali Faro; the road is its "
                "setting"),
         E("airstrike", Q("9", 9), PL("تل تمر", "Tal Tamr", "Al-Hasakah"), "2021-08-19", "المرصد", TUR,
           note="the same day's strike on the Tal Tamr Military Council's relations office: 9 dead; the 10 wounded are "
                "not the figure; the sentence goes on with SOHR's report of Turkish strikes (same kind of act)")])

passage("kt10", "2015-09-28", "Rozana FM", "barrel bombs on Daraya told by the local council, its campaign figures "
        "(dead, barrels, rockets), the siege as a state; page: "
        "https://www.rozana.fm/ar/news/2015/09/28/ضحايا-جراء-قصف-بالبراميل-المتفجرة-على-داريا",
        "قتلى وجرحى بالبراميل المتفجرة في داريا\n"
        "28 أيلول/سبتمبر 2015\n"
        "منذ اليوم الثاني من شهر آب الماضي أُمطرت المدينة بـ768 برميلاً متفجراً، إضافة إلى 127 صاروخاً من نوع أرض - أرض، عدا مئات الأسطوانات "
        "المتفجرة وقذائف المدفعية\n"
        "سقط قتلى وجرحى يوم السبت في مدينة داريا بالغوطة الغربية من ريف دمشق، جراء «براميل متفجرة» ألقتها "
        "مروحيات جيش النظام السوري.\n"
        "وذكر «المجلس المحلي لمدينة داريا» على صفحته في فيسبوك أن قوات النظام ضربت الأحياء السكنية في داريا بـ33 "
        "برميلاً متفجراً إلى جانب قذائف المدفعية، فسقط قتلى وجرحى.\n"
        "وبحسب إحصاءات المجلس، قُتل 35 شخصاً في حملة القصف العشوائي التي يشنها جيش النظام على المدينة منذ "
        "مطلع آب الماضي، وأُلقي عليها خلال هذه المدة 768 برميلاً، واستُهدفت بـ127 صاروخاً أرض – أرض من طراز «فيل»، "
        "علاوة على مئات الأسطوانات المتفجرة وقذائف المدفعية.\n"
        "وعن الأوضاع الإنسانية والمعيشية، قال المجلس إن السكان المدنيين في داريا يعانون ظروفاً قاسية بفعل "
        "الحصار المضروب عليهم، وبفعل الخراب الذي لحق بالبنية التحتية، من شبكات المياه والكهرباء إلى "
        "الاتصالات.\n"
        "ويحاصر جيش النظام منذ قرابة عامين ونصف العام مدينة داريا، التي لا تفصلها عن قلب العاصمة دمشق سوى بضعة "
        "كيلومترات.",
        [E("airstrike", Q("33", 33), PL("داريا", "Darayya", "Rif Dimashq", nth=0), "2015-09-26",
           "«المجلس المحلي لمدينة داريا»", GOV,
           note="Saturday's barrels on Daraya (the lead and the council's telling: one act; the council carries back); "
                "the dead are not numbered, so the act's own count (33 barrels); the artillery shells are the same "
                "bombardment; the page's «أمس السبت» under a Monday date written as «يوم السبت» (the day kept)"),
         E("casualties", Q("35", 35), PL("داريا", "Darayya", "Rif Dimashq", nth=0), None, "المجلس", GOV, kind="aggregate",
           note="the campaign's dead since early August (period 2015-08 to publication); the campaign is barrels, "
                "rockets, cylinders and shells, several kinds of act: casualties (stop 32)"),
         E("airstrike", Q("768", 768, nth=1), PL("داريا", "Darayya", "Rif Dimashq", nth=0), None, "المجلس", GOV,
           kind="aggregate", note="barrels dropped since 2 August (running total; the subheadline and the council's "
                                  "figures are one telling: the council's)"),
         E("shelling", Q("127", 127, nth=1), PL("داريا", "Darayya", "Rif Dimashq", nth=0), None, "المجلس", GOV,
           kind="aggregate", note="surface-to-surface rockets fired since 2 August (running total; «مئات الأسطوانات» "
                                  "and the shells are not counted apart); the siege is a state, not an event")])

passage("kt11", "2019-07-22", "Radio Al-Kul", "Russian strikes on Maarat al-Numan's market told by the Civil Defence, its "
        "director and the radio's reporter; the day before's toll and its places; volunteers renamed; page: "
        "https://www.radioalkul.com/p263776/",
        "غارات روسية على سوق معرة النعمان توقع عشرات الضحايا\n"
        "لقي 20 مدنياً حتفهم اليوم الاثنين، بينهم نساء وأطفال وأحد متطوعي الدفاع المدني السوري، جراء ثلاث غارات "
        "شنتها طائرات روسية على سوق شعبي في مدينة معرة النعمان بريف إدلب الجنوبي، وفق ما أعلنه الدفاع المدني، "
        "وذلك غداة مقتل 19 مدنياً بغارات روسية طالت مناطق عدة من المحافظة.\n"
        "وقال مصطفى الحاج يوسف، مدير الدفاع المدني في إدلب، لراديو الكل إن عدد القتلى قد يرتفع لأن بعض "
        "المصابين في حالة حرجة، موضحاً أن فرق الدفاع المدني تبحث عن مفقودين يُعتقد أنهم تحت الركام.\n"
        "وأفاد مراسل راديو الكل، من إدلب، بأن المتطوع في الدفاع المدني سامي العمر بين القتلى. وكان متطوع آخر يعمل "
        "في المجال الإعلامي للدفاع المدني، هو ماهر الخطيب، قد قُتل أمس بغارة لمقاتلات روسية استهدفت مدينة "
        "خان شيخون بالريف الجنوبي لإدلب.\n"
        "وشهد يوم أمس الأحد أيضاً مقتل 12 مدنياً، منهم امرأتان وخمسة أطفال، وإصابة 22 بجروح، في غارات جوية "
        "على بلدة أورم الجوز في جبل الزاوية جنوب إدلب، إلى جانب مقتل خمسة مدنيين، منهم 3 أطفال، بقصف من النوع "
        "نفسه على قرية كفروما في الريف نفسه.\n"
        "ومنذ شباط الماضي، تتعمد قوات النظام وروسيا في حملتها الجوية على إدلب قصف الأحياء المأهولة والأسواق، "
        "فضلاً عن فرق الدفاع المدني ومراكزه.",
        [E("airstrike", Q("20", 20), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2019-07-22", "الدفاع المدني", RUS,
           note="three Russian strikes on one market: one event; the volunteer among the dead is part of the 20"),
         E("airstrike", Q("19", 19), None, "2019-07-21", "الدفاع المدني", RUS, kind="aggregate",
           note="yesterday's toll of Russian strikes over the province, larger than the incidents told for yesterday "
                "(12 + 5 + one): an aggregate beside them (stop 34); one cause named: airstrike"),
         E("airstrike", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-07-21", "مراسل راديو الكل", RUS,
           note="a volunteer killed by a Russian strike yesterday (singular: no figure); the outlet's reporter files "
                "the story, his report carries over (stop 30)"),
         E("airstrike", Q("12", 12), PL("أورم الجوز", "Urum al-Jawz", "Idlib"), "2019-07-21", "مراسل راديو الكل", None,
           note="air strikes whose air force is not named in this sentence; the 22 wounded are not the figure; the "
                "reporter's telling carries (a second coder may give the Civil Defence or the outlet)"),
         E("airstrike", Q("خمسة", 5), PL("كفروما", "Kafruma", "Idlib"), "2019-07-21", "مراسل راديو الكل", None,
           note="«قصف من النوع نفسه» is an air strike like the one before it; a place and a figure of its own, so an "
                "event of its own, not a group; the campaign since February is a habit")])

passage("kt12", "2013-09-12", "Akhbar Al Aan", "a regime air strike on a field hospital in al-Bab (SOHR), clashes and "
        "air strikes in an Aleppo quarter, the FSA's shelling and a column fought; page: "
        "https://www.akhbaralaan.net/news/arab-world/2013/09/12/syria-activists-killed-people-air-raid-hospital-aleppo",
        "أحد عشر قتيلاً في غارة على مستشفى ميداني قرب حلب\n"
        "حلب، سوريا – أخبار الآن، عن وكالات، 12 أيلول/سبتمبر 2013 – بحسب المرصد السوري لحقوق الإنسان، أغارت مقاتلات "
        "تابعة لقوات بشار الأسد على مستشفى ميداني بالقرب من مدينة حلب، فقتلت أحد عشر شخصاً.\n"
        "وأشار المرصد إلى أن عشرات غيرهم جُرحوا بالصواريخ التي سقطت على المستشفى الواقع في بلدة الباب، وأن طبيباً "
        "يمنياً كان من بين من قضوا في الغارة.\n"
        "وفي حي الإذاعة، اندلعت مواجهات متقطعة بين مقاتلي الجيش الحر وقوات النظام، تخللتها غارات نفذها الطيران "
        "الحربي على أرجاء الحي، من دون أن تُسجَّل خسائر في الأرواح وفق المعلومات المتوفرة.\n"
        "ويعوّل نظام الأسد منذ العام الماضي على سلاح الجو لاسترجاع الأراضي التي انتزعها منه الجيش الحر، فيضرب "
        "من الجو مواقع يظن أنها لكتائب المعارضة، ولا سيما في الشمال الذي يبسط فيه الجيش الحر سيطرته على رقعة "
        "واسعة وعلى أحياء من حلب، أكبر مدن البلاد.\n"
        "وداخل مدينة حلب كذلك، أسس الجيش الحر جهاز شرطة يدير شؤون الأحياء الخاضعة له، ونصب حواجز ثابتة وأخرى "
        "متنقلة في مسعى لحفظ الأمن وملاحقة من يعبثون به.\n"
        "وقصف مقاتلو الجيش الحر بالقذائف والصواريخ محلية الصنع تجمعات لقوات النظام في أحياء عدة، فقتلوا ثلاثة من "
        "عناصرها، ودمّروا أربع دبابات ومدفعاً من عيار 23 خلال تصديهم لرتل تابع لها.",
        [E("airstrike", Q("أحد عشر", 11, nth=1), PL("الباب", "Al-Bab", "Aleppo"), "2013-09-12",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the field hospital (unnamed) is placed at its town; the Yemeni doctor is one of the 11; the dozens "
                "wounded are not the figure; not dated in the text: the publication day"),
         E("armed_clash", None, PL("الإذاعة", "Al-Idhaa", "Aleppo"), "2013-09-12", None, None,
           note="intermittent clashes in the quarter, no losses; a new paragraph of another kind of act after SOHR's "
                "report: the outlet; two sides, no actor1"),
         E("airstrike", None, PL("الإذاعة", "Al-Idhaa", "Aleppo"), "2013-09-12", None, GOV,
           note="the air strikes on the quarter during the clashes: an act of its own kind (judgement: a second "
                "coder may fold it into the clash)"),
         E("shelling", Q("ثلاثة", 3), PL("حلب", "Aleppo", "Aleppo", nth=4), "2013-09-12", None, FSA,
           note="the FSA's shells and home-made rockets on regime gatherings in several quarters of Aleppo (the city: "
                "the paragraph before places it «داخل مدينة حلب»); three dead; the police and checkpoints are a "
                "state, the reliance on air power a habit"),
         E("armed_clash", None, PL("حلب", "Aleppo", "Aleppo", nth=4), "2013-09-12", None, FSA,
           note="a regime column confronted, four tanks and a gun destroyed (no dead numbered for it; the calibre "
                "is no figure)")])

passage("kt13", "2016-10-13", "Enab Baladi", "bunker-buster strikes on besieged east Aleppo told by the Civil Defence, a "
        "photo caption of the day before, a 24-hour toll, the siege as a state; page: "
        "https://enabbaladi.net/108799/قنابل-ارتجاجية-روسية-تحدث-مجزرة-جديدة/?amp=1",
        "مجزرة جديدة بقنابل روسية ارتجاجية في أحياء حلب الشرقية\n"
        "13 تشرين الأول 2016\n"
        "الخراب الذي خلّفه قصف حي الفردوس يوم الأربعاء 12 تشرين الأول – تصوير مركز حلب الإعلامي\n"
        "لقي 13 مدنياً على الأقل حتفهم وجُرح العشرات، اليوم الخميس 13 تشرين الأول، في غارات استُخدمت فيها قنابل "
        "ارتجاجية على أحياء عدة في شرق مدينة حلب.\n"
        "وأفاد الدفاع المدني في حلب بأن الغارات التي ضربت فجر اليوم أحياء في مقدمتها بستان القصر والصاخور أودت "
        "بحياة 13 مدنياً وأوقعت ما يزيد على 25 جريحاً. وأضاف، في منشور عبر صفحته على «فيس بوك»، أن فرقه كانت "
        "لا تزال حتى كتابة الخبر تبحث عن مفقودين تحت ركام الأبنية.\n"
        "وطالت الغارات كذلك أحياء الهلك والقاطرجي والميسر والفردوس وبستان الباشا، وكلها ضمن منطقة حلب الشرقية "
        "التي تسيطر عليها فصائل المعارضة.\n"
        "وصعّد الطيران الروسي والسوري غاراته على المدينة في الأيام الأخيرة، ما أوقع قرابة 100 قتيل من المدنيين "
        "خلال أربع وعشرين ساعة، وفق الدفاع المدني.\n"
        "وتطبق قوات الأسد والميليشيات المساندة لها الحصار على حلب الشرقية من كل الجهات، وقد سعت مرات عدة إلى "
        "اقتحامها عبر ثلاثة محاور، أهمها محور حي الشيخ سعيد ومحور بستان الباشا.",
        [E("airstrike", Q("13", 13, None, True, nth=1), PL("بستان القصر", "Bustan al-Qasr", "Aleppo"), "2016-10-13",
           "الدفاع المدني في حلب", RUS,
           note="one wave of bunker-buster strikes told for a list of quarters (group, coded at the first the Civil "
                "Defence names); the headline calls the bombs Russian; 13 dead (open bound in the lead); the wounded "
                "are not the figure"),
         E("airstrike", None, PL("الفردوس", "Al-Firdous", "Aleppo"), "2016-10-12", None, None,
           note="the photo caption tells the bombing of al-Firdous on Wednesday the 12th: an act of its own day "
                "(judgement: a glued caption, a second coder may leave it out); the photo credit is no source; the "
                "kind of bombing is not said (coded airstrike as the item's strikes)"),
         E("airstrike", Q("قرابة 100", 100, approx=True), None, None, "الدفاع المدني", RUS, kind="aggregate",
           note="about 100 civilians killed in 24 hours by the Russian and Syrian air forces (running toll naming one "
                "cause: airstrike; period the last 24 hours); the siege and the storming attempts are a state and a "
                "habit")])

passage("kt14", "2022-12-04", "Anbaa Online", "a Sweida protest that stormed the governorate building and was fired on "
        "(AFP relaying SOHR's director and a Suwayda 24 activist, renamed); page: https://anbaaonline.com/news/184850",
        "السويداء تثور على الأسد ونظامه.. تظاهرات ورصاص\n"
        "4 كانون الأول/ديسمبر 2022\n"
        "سقط محتج قتيلاً يوم الأحد بنيران قوى الأمن السورية أثناء تظاهرة خرجت في مدينة السويداء رفضاً لتردي "
        "الأحوال المعيشية، بحسب المرصد السوري لحقوق الإنسان، ومعه شبكة أخبار محلية.\n"
        "وكان المئات قد نزلوا إلى الشارع الأحد للتنديد بسوء الأوضاع الاقتصادية والمعيشية، ثم اقتحم بعض المحتجين "
        "الغاضبين مبنى المحافظة، فتوتر الوضع وفتح عناصر أمن النظام المكلفون حراسة المبنى النار لتفريق "
        "الحشود.\n"
        "وأبلغ رامي عبد الرحمن، مدير المرصد، وكالة فرانس برس أن متظاهراً واحداً على الأقل قُتل بالرصاص إثر "
        "دخول المحتجين مبنى المحافظة وانتزاعهم صورة ضخمة لرئيس النظام بشار الأسد كانت تغطي واجهته.\n"
        "من جهته، أوضح الناشط مازن حمدان من شبكة «السويداء 24» الإخبارية المحلية للوكالة الفرنسية أن المتظاهر "
        "فارق الحياة متأثراً بجراحه بعدما نُقل مع أربعة جرحى آخرين إلى المستشفى.\n"
        "وبحسب المرصد، انطلقت شرارة التوتر حين بلغ المتظاهرون مقر المحافظة، فرشقوه بالحجارة ودخله عدد منهم، "
        "ما أحدث توتراً أمنياً. أما حمدان فقال إن الأجواء احتقنت بعدما أطلق أحد عناصر أمن النظام الرصاص في "
        "الهواء لإبعاد محتجين تحلّقوا حوله.",
        [E("protest", Q("المئات", 200, 900, True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2022-12-04",
           "المرصد السوري لحقوق الإنسان", PROT,
           note="one protest told by SOHR, its director and the activist: the storming of the governorate building and "
                "the fire on it are the same event (the building is a landmark: the city); figure the crowd (the dead "
                "is one protester, no numeral); the four wounded are not the figure; the lead's two sources: the "
                "first named")])

passage("kt15", "2022-12-31", "24.ae", "a day of ISIS attacks in the Badia: a total equal to its listed attacks, a raised "
        "toll, a landmine the day before, an attack on oil workers (the page's last sentence cut off after «buses»); "
        "page: https://24.ae/article/737807/31/داعش-يقتل-22-شخصاُ-في-البادية-السورية",
        "22 قتيلاً بهجمات لداعش في البادية السورية\n"
        "السبت 31 كانون الأول/ديسمبر 2022\n"
        "صعّدت خلايا تنظيم داعش على مدى اليوم المنصرم هجماتها في مناطق البادية السورية التي تسيطر "
        "عليها القوات الحكومية والميليشيات المساندة لها.\n"
        "فقد شن التنظيم 3 هجمات، طالت إحداها موقعاً عسكرياً للقوات الحكومية في بادية تدمر، وأخرى حقلاً للنفط في "
        "دير الزور، بينما أصابت ألغام زرعها التنظيم أفراداً من الدفاع الوطني ضمن بادية الرصافة إلى الجنوب من "
        "الرقة. وحصدت هذه الهجمات 22 قتيلاً: 12 عاملاً في حقل التيم النفطي، إلى جانب 5 من القوات الحكومية، "
        "ومن الدفاع الوطني 5 آخرون.\n"
        "وبلغ عدد قتلى الهجوم الذي شنته خلايا التنظيم على الموقع العسكري الحكومي في بادية تدمر 6 عناصر، 5 منهم "
        "جنود في الجيش، والسادس من الدفاع الوطني.\n"
        "وكان 4 من عناصر «الدفاع الوطني» الرديف للقوات الحكومية، أحدهم قاصر، قد قُتلوا في 30 كانون الأول/ديسمبر "
        "بانفجار لغم أرضي خلال عمليات تمشيط لملاحقة خلايا داعش ضمن بادية الرصافة في ريف الرقة.\n"
        "أما العمال الـ12 فقُتلوا، وجُرح آخرون بإصابات متفاوتة، في هجوم لخلايا داعش فُجّرت خلاله عبوة ناسفة "
        "وأُطلق الرصاص من أسلحة خفيفة ومتوسطة، وطال الهجوم حافلات.",
        [E("armed_clash", Q("6", 6), PL("بادية تدمر", "Palmyra desert", "Homs", nth=1), "2022-12-31", None, IS,
           note="ISIS's attack on a government post; the toll raised to 6 (the latest); the 22 is the sum of the three "
                "attacks told (breakdown 12 + 5 + 5): no event of its own (stop 34); no source named: the outlet; not "
                "dated beyond «the last 24 hours»: the publication day"),
         E("explosion", Q("4", 4), PL("بادية الرصافة", "Rusafa desert", "Raqqa", nth=1), "2022-12-30", None, IS,
           note="a landmine planted by ISIS killed 4 NDF men during a sweep; the minor is a breakdown"),
         E("casualties", Q("12", 12, nth=1), PL("حقل التيم النفطي", "Al-Taim oil field", "Deir ez-Zor"), "2022-12-31",
           None, IS,
           note="ISIS's attack on oil workers (a known force killing civilians outside a protest: casualties, the "
                "stop-30 ACLED call; a second coder may code an armed_clash or an explosion for the IED); the field "
                "is a site of its own; figure the 12 dead")])

passage("kt16", "2025-03-08", "Yeni Safak Arabic (Anadolu)", "the March 2025 coastal fighting: an Anadolu reporter's "
        "toll from Syrian military sources, a deployment at Jableh, the Thursday reinforcements; page: "
        "http://origin-web.yenisafak.com/ar/world/4087517",
        "اللاذقية.. 50 قتيلاً على الأقل في مواجهات بين قوات الأمن وفلول النظام المخلوع\n"
        "8 آذار/مارس 2025 – الأناضول\n"
        "بحسب ما أبلغت به مصادر عسكرية سورية مراسل الأناضول، بينما لم تعلن السلطات حصيلة رسمية شاملة حتى "
        "الساعة 20:45 بتوقيت غرينتش\n"
        "لقي 50 شخصاً على الأقل مصرعهم في مواجهات ضارية تدور منذ يومين بين قوات الأمن السورية وبقايا النظام "
        "المخلوع في محافظة اللاذقية غرب البلاد، ولم تتوقف حتى الآن.\n"
        "وحصل مراسل الأناضول يوم الجمعة على هذه الحصيلة من مصادر عسكرية سورية امتنعت عن تفصيل عدد القتلى "
        "لدى كل جانب، في حين لم تنشر السلطات أي رقم رسمي إجمالي حتى الساعة 20:45 بتوقيت غرينتش.\n"
        "وأفادت المصادر العسكرية نفسها بأن المعارك مستمرة في اللاذقية، وأن الجيش يدفع بمدافع ودبابات إلى منطقة "
        "جبلة التي تتركز فيها المواجهات.\n"
        "وكان الجيش السوري قد أرسل الخميس، مع احتدام القتال بين فلول نظام الأسد وقوات الأمن، تعزيزات كبيرة نحو "
        "محافظتي اللاذقية وطرطوس، ضمت مئات المركبات، منها دبابات ومدرعات لنقل الجنود وأسلحة ثقيلة كراجمات "
        "الصواريخ، بغية القضاء على ما تبقى من المسلحين.",
        [E("armed_clash", Q("50", 50, None, True, nth=1), PL("جبلة", "Jableh", "Latakia"), "2025-03-07",
           "مصادر عسكرية سورية", None,
           note="two days of fighting told with one toll (both sides, not split); the clashes concentrate at Jableh, "
                "the most specific place the item gives (a second coder may take the governorate); the relay «حصل "
                "مراسل الأناضول … من مصادر عسكرية» gives the sources (stop 34); two sides, no actor1"),
         E("reinforcement", None, PL("جبلة", "Jableh", "Latakia"), "2025-03-07", "المصادر العسكرية", NEWGOV,
           note="artillery and tanks pushed into the Jableh area (the same sources)"),
         E("reinforcement", Q("مئات", 200, 900, True), PL("اللاذقية", "Latakia governorate", "Latakia", nth=3),
           "2025-03-06", "مصادر عسكرية سورية", NEWGOV,
           note="Thursday's reinforcements to two governorates (group, coded at Latakia); hundreds of vehicles its own "
                "count; the recall goes on with the same kind of act the military sources told (carried; a second "
                "coder may give the outlet); wiping out the gunmen is an aim")])

passage("kt17", "2020-06-13", "Radio Al-Kul", "SDF arrests told by the radio's two reporters, a recall of the 'Deterring "
        "Terror' phase and its arrests, a habit, deaths the day before (the page cuts off that sentence after the "
        "dead); page: https://radioalkul.com/p324042",
        "«قوات سوريا الديمقراطية» تعتقل عشرات الشبان في شمال شرق سوريا\n"
        "شنت قوات سوريا الديمقراطية، السبت، حملة اعتقالات طالت العشرات من الشبان في المناطق الخاضعة لها شمال "
        "شرقي سوريا، بعد أيام قليلة على إعلانها ختام المرحلة الأولى لعملية «ردع الإرهاب» في المنطقة.\n"
        "وبحسب مراسلة راديو الكل في دير الزور، فإن هذه القوات، التي تمثل الوحدات الكردية عمادها الأساسي، "
        "دهمت اليوم بلدة جزرة البوحميد الواقعة غرب مدينة دير الزور، واقتادت العشرات من شبانها بعد اتهامهم "
        "بالتعاون مع النظام وتنظيم داعش.\n"
        "أما مراسل راديو الكل في الرقة فأكد أن قوات سوريا الديمقراطية دهمت منازل في بلدتي المنصورة وهنيدة، في "
        "الريف الغربي للمحافظة، واعتقلت نحو 14 شخصاً آخرين بالتهمة نفسها.\n"
        "وكانت «قوات سوريا الديمقراطية» قد أعلنت قبل يومين انتهاء المرحلة الأولى من «ردع الإرهاب»، وهي عملية "
        "بدأتها في 4 حزيران الجاري بالتنسيق مع التحالف الدولي لتعقّب خلايا داعش ضمن محافظتي الحسكة ودير الزور، "
        "وأسفرت عن توقيف 110 أشخاص بتهمة الانتماء إلى التنظيم.\n"
        "وتتكرر في أنحاء متفرقة من الرقة ودير الزور التفجيرات والاغتيالات التي تستهدف مدنيين وعسكريين، ويتبنى داعش "
        "بعضها بينما يُسجَّل بعضها الآخر ضد مجهولين.\n"
        "وكان 3 من عناصر قوات سوريا الديمقراطية قد قُتلوا أمس الجمعة.",
        [E("arrest", Q("العشرات", 20, 90, True, nth=1), PL("جزرة البوحميد", "Jazrat al-Buhamid", "Deir ez-Zor"),
           "2020-06-13", "مراسلة راديو الكل في دير الزور", SDF,
           note="the lead's «العشرات» is the sum of the two raids told after it (no event of its own); dozens held at "
                "Jazrat al-Buhamid (the second «العشرات»)"),
         E("arrest", Q("نحو 14", 14, approx=True), PL("المنصورة", "Al-Mansoura", "Raqqa"), "2020-06-13",
           "مراسل راديو الكل في الرقة", SDF,
           note="one raid told for two towns (group, coded at the first); not dated in its sentence: the day of the "
                "item"),
         E("arrest", Q("110", 110), None, None, "«قوات سوريا الديمقراطية»", SDF, kind="aggregate",
           note="arrests of the operation's first phase (period 2020-06-04 to its end two days before publication) over "
                "two governorates: no place; the announcement itself is background carrying this figure (not coded as "
                "a statement apart, judgement); the bombings and killings are a habit"),
         E("casualties", Q("3", 3), None, "2020-06-12", None, None,
           note="three SDF members killed yesterday; the page cuts the sentence off before the act or the place: "
                "deaths with no act stated, no place")])

passage("kt18", "2014-12-16", "Al-Hayat", "al-Nusra takes Wadi al-Deif and al-Hamidiyah (SOHR and its director to AFP: "
        "a 24-hour toll, a toll since Sunday, prisoners, soldiers fleeing), a regime strike on ISIS leaders in "
        "Mayadin; page: https://sauress.com/alhayat/6297794",
        "«المرصد السوري لحقوق الإنسان» قال اليوم الثلثاء إن قرابة مئتي قتيل من الجنود السوريين والجهاديين سقطوا "
        "في غضون أربع وعشرين ساعة، حين استولت «جبهة النصرة» يوم الاثنين على معسكرين تابعين للجيش النظامي في "
        "شمال غربي البلاد. وأضاف المرصد أن 120 جندياً على الأقل من القوات النظامية أُسروا بأيدي مقاتلي الجبهة.\n"
        "وبهذا الهجوم، تكون «النصرة»، التي ساندتها جماعتان متشددتان، قد سددت ضربة قاسية للنظام، إذ انتزعت في "
        "ساعات قليلة معسكري وادي الضيف والحامدية بريف إدلب، المحافظة الواقعة في شمال غرب سوريا على حدود "
        "تركيا.\n"
        "وقال رامي عبد الرحمن، الذي يدير المرصد، في تصريح لفرانس برس إن الهجوم الذي أطلقته الجبهة يوم الأحد أودى بما "
        "يزيد على 100 جندي نظامي و80 جهادياً، قُتلوا في المعارك وفي القصف وبانفجار ألغام زرعها "
        "المقاتلون في المعسكرين. وتابع أن 120 جندياً وقعوا في الأسر، بينما لاذ نحو مئة جندي بالفرار، بالسيارات "
        "أو سيراً، في اتجاه مورك، البلدة الواقعة في محافظة حماة بوسط البلاد جنوب محافظة إدلب. وبذلك باتت «النصرة» تسيطر "
        "على القسم الأكبر من محافظة إدلب.\n"
        "على صعيد آخر، أفاد المرصد بأن غارة جوية شنها الطيران السوري الثلثاء على مدينة الميادين شرق البلاد "
        "قتلت خمسة من قياديي تنظيم «داعش»، وأوضح عبد الرحمن أن بين القتلى تونسيَّين.",
        [E("territory_change", Q("قرابة مئتي", 200, approx=True), PL("وادي الضيف", "Wadi al-Deif camp", "Idlib"),
           "2014-12-15", "«المرصد السوري لحقوق الإنسان»", HTS,
           note="two camps taken on Monday (one act over two bases: group, coded at the first; a camp is the place "
                "itself); figure the first total of both sides' dead (about two hundred, 24 hours); the director's "
                "«more than 100 soldiers and 80 jihadists» since Sunday is another telling; the 120 prisoners and the "
                "soldiers fleeing to Morek are the same taking (not coded apart, judgement); Nusra holding most of "
                "Idlib is a state"),
         E("airstrike", Q("خمسة", 5), PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2014-12-16", "المرصد", GOV,
           note="a regime air strike killing five ISIS leaders; the two Tunisians are a breakdown")])

passage("kt19", "2023-12-30", "Syria TV", "regime shelling of Idlib's market (the Civil Defence, the channel's reporter), "
        "shelling of al-Atarib earlier the same day, a drone strike the day before, the Civil Defence's 2023 count (the "
        "page cuts it off after the rockets); the wounded child renamed; page: "
        "https://syria.tv/مقتل-مدنيين-بينهم-طفل-بقصف-لقوات-النظام-على-إدلب",
        "قتيلان أحدهما طفل بقصف لقوات النظام على وسط إدلب\n"
        "لقي مدنيان، أحدهما طفل، حتفهما وجُرح آخرون مساء اليوم السبت جراء قصف نفذته قوات النظام على قلب مدينة "
        "إدلب في الشمال السوري.\n"
        "وبيّن الدفاع المدني السوري (الخوذ البيضاء) أن القصف المدفعي الذي شنته قوات النظام على سوق شعبي في وسط "
        "المدينة قتل مدنيين اثنين، طفلاً ورجلاً، وأصاب 15 مدنياً آخرين، بينهم 3 أطفال، جروح بعضهم خطيرة، مشيراً "
        "إلى أن الحصيلة ليست نهائية.\n"
        "وذكر مراسل تلفزيون سوريا أن القذائف سقطت على بقعة تعجّ بالمارة في وسط إدلب.\n"
        "وقبل ذلك بساعات من اليوم نفسه، جُرح الطفل يزن العلي، وهو في التاسعة من عمره، بشظايا قذائف مدفعية أطلقتها "
        "قوات النظام على مدينة الأتارب، كما طال القصف قريتي كفر عمة والقصر في ريف حلب الغربي.\n"
        "وكان شخصان قد قُتلا وجُرح غيرهما صباح أمس الجمعة، حين استهدفتهم قوات النظام السوري بـ«طائرة مسيرة "
        "انتحارية» على جبهة معارة النعسان في ريف إدلب الشمالي الشرقي.\n"
        "عام استثنائي من القصف والمجازر في الشمال السوري\n"
        "وفي تقرير أصدره، قال الدفاع المدني السوري إن فرقه تعاملت خلال 2023 مع 1232 هجوماً شنها النظام السوري "
        "وحليفته روسيا والميليشيات الموالية لهما على شمال غرب سوريا، عدا الانفجارات والعبوات الناسفة والألغام. وأحصى "
        "التقرير 72 غارة جوية نفذتها كلها طائرات روسية، و901 هجوم بقذائف المدفعية، و184 هجوماً صاروخياً، بينها "
        "6 هجمات استُخدمت فيها صواريخ أرض – أرض.",
        [E("shelling", Q("اثنين", 2), PL("إدلب", "Idlib", "Idlib", nth=1), "2023-12-30", "الدفاع المدني السوري (الخوذ البيضاء)",
           GOV, note="the lead and the Civil Defence's telling: one act; the market is a landmark, placed at the city; "
                     "the figure is the numeral «اثنين» (the lead's «مدنيان» is a dual); the 15 wounded are not the "
                     "figure; the reporter's sentence retells it"),
         E("shelling", None, PL("الأتارب", "Al-Atarib", "Aleppo"), "2023-12-30", "مراسل تلفزيون سوريا", GOV,
           note="artillery on al-Atarib and two villages (one act, group, coded at the first); a child wounded: no "
                "figure; the age is a duration; the outlet's reporter carries over the later sentences (stop 30)"),
         E("airstrike", None, PL("معارة النعسان", "Maarrat al-Nasan", "Idlib"), "2023-12-29", "مراسل تلفزيون سوريا", GOV,
           note="a regime suicide drone; «شخصان» is a dual: no figure"),
         E("other", Q("1232", 1232), None, None, "الدفاع المدني السوري", GOV, kind="aggregate",
           note="attacks of several kinds on the north-west in 2023 (period the year): the 72 air strikes, 901 artillery "
                "attacks and 184 rocket attacks are its breakdown, not events; coded `other` as a count of attacks of "
                "several kinds, not a toll (judgement call: a second coder may take shelling, the main part)")])

passage("kt20", "2024-12-05", "Kawalis Serif", "the army general command's statement on pulling out of Hama city in December "
        "2024: days of attacks, the breach, the redeployment, a vow to retake; page: https://kawalisserif.com/?p=200856",
        "الجيش السوري يعلن الخروج من حماة وإعادة التموضع حولها\n"
        "أعلن الجيش السوري أنه انسحب من وسط مدينة حماة وأعاد نشر قواته في محيطها، قائلاً إنه أراد بذلك صون حياة "
        "المدنيين إثر معارك طاحنة مع أعداد كبيرة من المسلحين. وجاء في بيان للقيادة العامة للجيش أن المدينة "
        "تعرضت في الأيام الأخيرة لهجمات متلاحقة وعنيفة شنتها «التنظيمات الإرهابية» بأسلحة ومعدات شتى، تساندها "
        "مجموعات «انغماسية»، فاضطرت القوات المسلحة إلى الدخول في مواجهات شرسة لردها.\n"
        "ولفت البيان إلى أن حدة القتال ارتفعت في الساعات الماضية، وتمكن المسلحون على أثرها من اختراق عدد من "
        "المحاور داخل المدينة على الرغم من الخسائر الكبيرة التي لحقت بهم. ومع اشتداد المعارك وسقوط قتلى من "
        "الجنود، قررت القوات المسلحة أن تعيد انتشارها خارج حماة كي لا يتعرض المدنيون لخطر القتال في الأحياء "
        "السكنية.\n"
        "وشددت القيادة العامة على أنها ماضية في عملياتها العسكرية حتى تستعيد المناطق التي دخلها المسلحون، "
        "وأنها متمسكة بواجبها الوطني في حماية أراضي البلاد. وتحدثت تقارير إعلامية عن أن الهجوم الأخير هو الأشد "
        "منذ اندلاع القتال حول حماة، بما يعكس حجم التصعيد والمخاطر الأمنية التي تواجه المنطقة.\n"
        "5 كانون الأول/ديسمبر 2024",
        [E("territory_change", None, PL("حماة", "Hama", "Hama", nth=0), "2024-12-05", "الجيش السوري", None,
           note="the army's withdrawal and the gunmen's breach of the city: one change of control; the gainers are not "
                "named beyond «التنظيمات الإرهابية» (no actor1 given, judgement); the redeployment outside is the same "
                "act; undated in the text: the page's date"),
         E("armed_clash", None, PL("حماة", "Hama", "Hama", nth=0), None, "بيان للقيادة العامة للجيش", None,
           note="the days of attacks on the city and the army's fight to repel them, before the breach (judgement: a "
                "second coder may fold them into the taking); soldiers killed, no numeral: no figure; no day given"),
         E("statement", None, PL("حماة", "Hama", "Hama", nth=0), "2024-12-05", "القيادة العامة", GOV,
           note="the command's vow to go on fighting to retake the areas entered (stop 32: a named body's stance told as "
                "its own matter); the areas are Hama's; the media reports' «the fiercest» is a comment")])


def main() -> None:
    write("gold93.jsonl", P93)


if __name__ == "__main__":
    main()
