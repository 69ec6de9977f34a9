"""Build gold106.jsonl: development set 106 (ids lg01…), written in stop 39 by writer w106 BEFORE any run on it.

35 short excerpts (a headline line, a lead and a few details), each the paraphrase of ONE real Arabic news page
about Syria found in the search tool's `pages` corpus (queried in Arabic), years 2011-2025 (most in 2011-2015 and
2019-2025), 33 outlets: Egyptian, Algerian, Yemeni and Saudi papers read through aggregators
(Moheet, Al-Watan, Ennahar, Al-Khabar, Al-Masaa, Al-Mesryoon, Okaz), Iranian and Turkish Arabic services
(Pars Today, Dogru Haber), Gulf and pan-Arab sites (Al-Watan Bahrain, Jfra News, Arabic Post, Arabi21, Al Jazeera),
opposition and local Syrian sites (Enab Baladi, Zaman al-Wasl, Smart, Halab Today, Al-Tareek, Baladi News, Syrian
Press Center, Watan FM, SY24, Step, Jesr Press, Shaam, Syrian News Agency, Qasioun, Syria TV, Zaman Masdar,
Hashtag Syria), the Etilaf and a pro-Axis site (ISW News). Subjects: fire on protesters, defections, battles in
cities, takings of checkpoints, missile, barrel-bomb and Scud strikes, car and truck bombs, shelling of the Hama
countryside, arrests and abductions, a settlement, displacement tallies, Israeli and Turkish strikes, tribal
fighting in Deir ez-Zor, rights groups' monthly and yearly tallies, and the new authorities' arrests of the old
regime's men. Every sentence was rewritten (no run of five words, names aside, is shared with its page: checked by
script against the page text, which was kept outside the repository); the incidents, their order, places,
figures, dates, sources and hedges are the page's; private people's names are invented. Each passage's `style`
ends with the page's address. Where the page showed no date, `published` was inferred from its events (said in
`style`). Gold follows news_dev's README, the contract's Events section and the events_probe README's conventions
(stops 28, 30, 32 and 34). Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build106.py      # rewrites gold106.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P106: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P106.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


def N(text: str, ctx: str, surface: str) -> int:
    """The occurrence number of `surface` that sits inside the first `ctx` of `text` (for PL/Q's nth)."""
    text = text.strip()
    at = text.index(ctx) + ctx.index(surface)
    return text[:at].count(surface)


T = ("قتلى برصاص الأمن في حماة وحمص وسراقب\n"
     "ذكر ناشطون سوريون أن 11 شخصاً لقوا حتفهم اليوم الجمعة بنيران قوات الأمن، أربعة منهم سقطوا بحي القصور "
     "في مدينة حماة وسط سوريا، واثنان في حمص وسراقب التابعة لمحافظة إدلب. ونقلت قناة الجزيرة أن طائرات حربية "
     "تجوب في هذه الأثناء سماء حوران وأجزاء من محافظة حمص، بينما عمدت السلطات إلى قطع خطوط الهاتف وشبكة "
     "الإنترنت عن درعا وحمص والريف الإدلبي. ومنذ أواسط آذار الماضي تتواصل في البلاد احتجاجات تنادي برحيل نظام بشار "
     "الأسد، خلّفت آلاف القتلى والجرحى من المدنيين وعناصر الأمن، فيما تحمّل دمشق المسؤولية لما تسميه مجموعات "
     "مسلحة تتلقى دعماً خارجياً.")
passage("lg01", "2011-07-01", "Moheet (via Masress)", "a Friday's toll of security fire split by town; planes over "
        "Hauran, communications cut; background of the uprising (page undated: published inferred, a Friday of 2011) "
        "| page: https://www.masress.com/moheet/222070", T,
        [E("casualties", Q("11", 11), None, "2011-07-01", "ناشطون سوريون", GOV, kind="aggregate",
           note="a day's toll of security fire over several towns: a casualties aggregate (the text names no protest, "
                "so no protest event); four in al-Qusour and two in Homs and Saraqib are its breakdown by place (no "
                "act of their own beyond the same shooting). Not coded: planes flying over Hauran (no act), the cut "
                "of telephone and internet (a second coder could code `other`), the uprising's «thousands of dead and "
                "wounded» since March (background, dead and wounded together, vague), the authorities' habitual "
                "blame of armed groups (a habitual stance)")])

T = ("أنقرة: ضابط سوري رفيع ينشق ويلجأ إلى تركيا\n"
     "قالت وكالة الأناضول يوم السبت إن ضابطاً من كبار ضباط الجيش السوري أعلن انشقاقه وعبر إلى تركيا، فبلغ عدد "
     "المنشقين من الضباط الكبار الموجودين على الأراضي التركية عشرة. وتكتمت الوكالة على اسم الضابط وموقعه لدواعٍ "
     "أمنية، موضحة أنه دخل برفقة أسرته وأقام في مخيم أبايدين بولاية هاتاي، في قسم مخصص للمنشقين على بعد أربعة "
     "كيلومترات من الحدود. وتستضيف مخيمات هاتاي وغازي عنتاب وشانلي أورفا وكيليس في الوقت الراهن زهاء 31 ألف لاجئ "
     "سوري. وبحسب منظمات حقوقية، أودت أعمال العنف والقمع والمعارك في سوريا بحياة نحو 14500 شخص.")
passage("lg02", "2012-06-16", "Al-Watan (Egypt, via Masress), relaying Anadolu", "one senior officer's defection and "
        "arrival in a Hatay camp; a running total of senior defectors in Turkey; refugees; a national toll (page "
        "undated: published inferred from the 14,500 toll, a Saturday of June 2012) "
        "| page: https://www.masress.com/elwatan/16699", T,
        [E("defection", None, PL("مخيم أبايدين", "Apaydin camp", None, "Turkey"), "2012-06-16", "وكالة الأناضول", GOV,
           note="one officer (singular, no figure); no place at home is named, so the arrival camp is the place "
                "(stop 28 convention); undated beyond the report's Saturday"),
         E("defection", Q("عشرة", 10), None, None, "وكالة الأناضول", GOV, kind="aggregate",
           note="a running total of senior defectors living in Turkey: an aggregate with no place (residence abroad)"),
         E("casualties", Q("نحو 14500", 14500, approx=True), None, None, "منظمات حقوقية", None, kind="aggregate",
           note="the conflict's toll since 2011-03 by rights groups; several kinds of act, so casualties. Not coded: "
                "31 thousand refugees hosted in camps (a state, «تستضيف … في الوقت الراهن»)")])

T = ("معارك في حلب تدفع مئات العائلات إلى النزوح\n"
     "أفاد ناشطون معارضون بأن مقاتلي الجيش السوري الحر اشتبكوا اليوم السبت مع وحدات من الجيش النظامي في مدينة "
     "حلب شمالي البلاد، ما اضطر مئات الأسر إلى ترك بيوتها. وذكر الناشطون أن الجيش يزج بجنود وعربات مدرعة في حي "
     "صلاح الدين، الحي الواسع الذي يقطنه عرب وأكراد في شرق المدينة ويمسك به المعارضون منذ يومين. كما تحدثوا عن "
     "معارك اندلعت في الصاخور، المنطقة الفقيرة الواقعة على تخوم المدينة. وكان 15 مقاتلاً معارضاً على الأقل، "
     "بينهم القائد سامر العتيبي، قد سقطوا أمس الجمعة خلال هجوم أخفق في انتزاع أكاديمية الشرطة ببلدة أورم الصغرى، "
     "على مسافة 35 كيلومتراً جنوب غرب حلب.")
passage("lg03", "2012-07-21", "Ennahar (Algeria, via Djazairess), relaying Reuters", "street fighting in a city told "
        "by quarter, displacement, a failed attack the day before with its dead (page undated: published inferred, "
        "the Saturday after rebels entered Salah al-Din) | page: https://djazairess.com/ennahar/120507", T,
        [E("armed_clash", None, PL("صلاح الدين", "Salah al-Din", "Aleppo"), "2012-07-21", "ناشطون معارضون", FSA,
           note="the lead's clash in Aleppo is the fight for Salah al-Din that the next sentence details (the army "
                "pushing troops and armour into the rebel-held quarter): one event at the quarter; a second coder "
                "could place it at the city or add a reinforcement"),
         E("other", Q("مئات", 200, 900, approx=True), PL("حلب", "Aleppo", "Aleppo", nth=N(T, "مدينة حلب", "حلب")),
           "2012-07-21", "ناشطون معارضون", None,
           note="displacement of hundreds of families (families are the counted unit)"),
         E("armed_clash", None, PL("الصاخور", "Al-Sakhour", "Aleppo"), "2012-07-21", "ناشطون معارضون", FSA,
           note="fighting reported in another quarter: its own event; «تحدثوا» carries the activists"),
         E("armed_clash", Q("15", 15), PL("أورم الصغرى", "Orum al-Sughra", "Aleppo"), "2012-07-20", None, FSA,
           note="a failed attack on the police academy is still a clash (the fight happened; the taking failed); "
                "the academy is placed at its town (not a listed site); the 15 rebels are its dead; no source named "
                "(a recall «وكان … قد»)")])

T = ("المعارضة تعلن انطلاق معركة «تحرير حلب»\n"
     "أعلن الجيش السوري الحر انطلاق معركة «تحرير حلب» شمالي سوريا، في وقت تتواصل لليوم الثالث مواجهات عنيفة "
     "بين قواته والقوات النظامية في مدينة حلب. وفي بيان مصوّر بُثّ على الإنترنت اليوم الأحد، قال قائد المجلس "
     "العسكري للجيش الحر في محافظة حلب، العقيد عبد الجبار العكيدي، إن المجلس يطلق عملية «حلب الشهباء» لانتزاع "
     "المدينة من قبضة النظام، مؤكداً أن مقاتليه باتوا يسيطرون على أغلب مواقع الريف الحلبي. وأعلن العكيدي النفير "
     "العام في أنحاء المحافظة، داعياً جميع الكتائب إلى التوجه فوراً نحو المدينة بعتادها، ومتعهداً بصون أرواح "
     "المدنيين وممتلكاتهم.")
passage("lg04", "2012-07-22", "Al-Khabar (Yemen, via Yemeress)", "a rebel commander's announcement of a battle and a "
        "general mobilisation, beside the third day of fighting (page undated: published inferred, Sunday 22 July "
        "2012) | page: https://www.yemeress.com/alkhabar/3868", T,
        [E("statement", None, PL("حلب", "Aleppo", "Aleppo", nth=N(T, "مدينة حلب", "حلب")), "2012-07-22",
           "العقيد عبد الجبار العكيدي", FSA,
           note="the announcement of the battle, the general mobilisation and the call on all brigades are one "
                "statement (stop 32: a named body's announcement and call that is the item's news); placed at the "
                "city it concerns. The claim to hold most of the countryside is a stance inside it, not a taking"),
         E("armed_clash", None, PL("حلب", "Aleppo", "Aleppo", nth=N(T, "مدينة حلب", "حلب")), "2012-07-22", None, FSA,
           note="the third day of fighting in the city, told by the outlet")])

T = ("31 قتيلاً في قصف صاروخي على حي شعبي بحلب\n"
     "ارتفعت إلى 31 حصيلة القتلى، بينهم عشرة أطفال، في قصف طال حياً في مدينة حلب شمالي سوريا، وفق ما أعلنه "
     "اليوم الثلاثاء المرصد السوري لحقوق الإنسان، في حصيلة ما زالت أولية. وقال المرصد في بيان إن القصف أصاب حي "
     "جبل بدرو على الطرف الشرقي للمدينة قرب طريق الباب في وقت متأخر من ليل أمس الاثنين، مرجحاً أن يكون مصدره "
     "صاروخ أرض-أرض. وأوضح أن بين الضحايا 14 طفلاً تقل أعمارهم عن 16 عاماً وخمس نساء و12 رجلاً، متوقعاً تزايد "
     "العدد لوجود مصابين بحال خطرة وأشخاص عالقين تحت الركام. وكانت حصيلتا المرصد السابقتان ثمانية قتلى ثم 19.")
passage("lg05", "2013-02-19", "Al-Watan (Bahrain), relaying AFP", "a missile on a poor quarter, a toll raised twice, "
        "a breakdown that disagrees with the lead | page: https://alwatannews.net/ampArticle/40790", T,
        [E("shelling", Q("31", 31), PL("جبل بدرو", "Jabal Badro", "Aleppo"), "2013-02-18",
           "المرصد السوري لحقوق الإنسان", None,
           note="a surface-to-surface missile is shelling; the latest toll (31) is the figure, the earlier 8 and 19 "
                "are older tellings; ten children (lead) and 14 children (breakdown) are the page's own disagreement; "
                "no actor: the text does not say who fired. Dated by «ليل أمس الاثنين»")])

T = ("صواريخ «سكود» تضرب أحياء حلب\n"
     "أطلقت قوات الأسد في 22 شباط، يوم الجمعة، ثلاثة صواريخ من نوع سكود على أرض الحمراء، وهي منطقة تتبع حي طريق الباب شرق "
     "حلب، فقُتل 29 شخصاً على الأقل، بينهم عائلة من عشرة أفراد طمرها ركام بيتها، وجُرح 150 آخرون، ولا يزال العشرات "
     "عالقين تحت الأنقاض. ونقل ناشط من سكان الحي أن صاروخاً واحداً سوّى 30 منزلاً بالأرض، فيما رأى خبراء أن "
     "الصواريخ انطلقت من قاعدة للجيش قرب القطيفة في ريف دمشق. وكان وزير الإعلام عمران الزعبي قد أنكر، في حديث إلى "
     "سكاي نيوز عربية، لجوء الجيش إلى هذه الصواريخ. وفي اليوم ذاته، قصفت طائرات النظام مستشفى عمر بن عبد العزيز "
     "الواقع بحي المعادي، ما أودى بحياة قرابة عشرين شخصاً، بحسب مركز حلب الإعلامي.")
passage("lg06", "2013-02-24", "Enab Baladi (weekly paper, issue 53)", "Scud strike with a toll, a family and houses; "
        "the minister's earlier denial; an air strike on a hospital the same day "
        "| page: https://enabbaladi.net/6760/النظام-يستهدف-الشمال-السوريبصواريخ", T,
        [E("shelling", Q("29", 29), PL("أرض الحمراء", "Ard al-Hamra", "Aleppo"), "2013-02-22", None, GOV,
           note="three Scuds on one area are one act (ballistic missiles → shelling); the family of ten and the 30 "
                "houses are details; the launch site al-Qutayfah is not the place. The minister's earlier denial of "
                "using Scuds is the other side's telling inside the item: no event (stop 32)"),
         E("airstrike", Q("قرابة عشرين", 20, approx=True),
           PL("مستشفى عمر بن عبد العزيز", "Omar bin Abdulaziz Hospital", "Aleppo"), "2013-02-22",
           "مركز حلب الإعلامي", GOV, note="a named hospital is the place itself (stop 29)")])

T = ("براميل متفجرة على داريا المحاصرة\n"
     "ألقت طائرات النظام السوري اليوم 8 براميل متفجرة على مدينة داريا في ريف دمشق، فأصيب 8 أشخاص ولحق دمار واسع "
     "بمنازل المدينة. وقال الناطق باسم المكتب الإعلامي في داريا، فادي النجار، لمراسل الأناضول إن نصف البراميل هوى في "
     "وسط المدينة والنصف الآخر في قسمها الشرقي، موضحاً أن القصف أعقب قيام مقاتلي المعارضة بقنص عنصرين من قوات "
     "النظام عند أطراف داريا. ولفت إلى أن ما يزيد على 90% من الأهالي نزحوا عنها في العامين الأخيرين، فلم يتبقَّ من "
     "سكانها إلا 10 آلاف من أصل 300 ألف. ويطوّق النظام المدينة منذ قرابة عامين دون أن ينجح في اقتحامها، وكانت قواته قد "
     "دخلتها صيف 2012 وقتلت عشرات المدنيين في مجزرة.")
passage("lg07", "2014-11-15", "Al-Mesryoon (Egypt, via Masress), relaying Anadolu", "barrel bombs that only wound "
        "(the barrels are the figure), the sniping said to have caused them, a besieged town's figures, a recalled "
        "massacre (page undated: published inferred from «besieged for nearly two years», late 2014) "
        "| page: https://www.masress.com/almesryoon/795093", T,
        [E("airstrike", Q("8", 8), PL("داريا", "Darayya", "Rif Dimashq", nth=N(T, "مدينة داريا", "داريا")),
           "2014-11-15", "الناطق باسم المكتب الإعلامي في داريا", GOV,
           note="only wounded: the figure is the act's own count, the 8 barrels (the injured are never the figure); "
                "the spokesman's next sentence comes back to the same strike, so he is its source"),
         E("armed_clash", None, PL("داريا", "Darayya", "Rif Dimashq", nth=N(T, "أطراف داريا", "داريا")), None,
           "الناطق باسم المكتب الإعلامي في داريا", FSA,
           note="rebels sniping two soldiers (a dual: no figure) is a killing by gunmen, an armed clash; told as the "
                "strike's cause, undated (before today)"),
         E("casualties", Q("عشرات", 20, 90, approx=True), PL("داريا", "Darayya", "Rif Dimashq"),
           "2012", None, GOV,
           note="the recalled massacre of summer 2012 (background; a massacre with no fight told is casualties). "
                "PLACE: the sentence says «دخلتها» (the town, named first in the text). Not coded: 90% of the people "
                "gone and 10 thousand left (figures of a state), the siege (a state)")])

T = ("النصرة وفصائل تنتزع 17 حاجزاً حول إدلب\n"
     "انتزعت جبهة النصرة وفصائل إسلامية حليفة 17 حاجزاً لقوات النظام في الشمال الغربي من سوريا، بينما بلغت "
     "حصيلة المعارك الدائرة لليوم الثالث أمس 68 قتيلاً من الجانبين. وأوضح المرصد السوري لحقوق الإنسان أن عدد "
     "الحواجز ومواقع التمركز التي استولت عليها حركة أحرار الشام وجبهة النصرة وجند الأقصى حول مدينة إدلب "
     "وعلى أطرافها صعد إلى 17 منذ اندلاع القتال يوم الثلاثاء. وقال مدير المرصد رامي عبد الرحمن إن القوات النظامية "
     "ومعها عناصر الدفاع المدني تسعى إلى استرداد المبادرة رغم ضراوة المواجهات، مشيراً إلى أنها أقامت حواجز ومتاريس "
     "جديدة داخل المدينة بعد أن انسحبت من مواقع أخرى تحت وطأة القصف.")
passage("lg08", "2015-03-27", "Okaz (Saudi Arabia, via Sauress)", "a running count of checkpoints taken over three "
        "days and a running toll of the fighting, SOHR's telling | page: https://sauress.com/okaz/761440", T,
        [E("territory_change", Q("17", 17), PL("إدلب", "Idlib", "Idlib", nth=N(T, "مدينة إدلب", "إدلب")), "2015-03-26",
           "المرصد السوري لحقوق الإنسان", HTS, kind="aggregate",
           note="«ارتفع إلى 17 … منذ بدء الاشتباكات الثلاثاء»: a running count over 24-26 March 2015, an aggregate "
                "placed at the city it rings; the observatory's next sentence comes back to the lead's taking"),
         E("armed_clash", Q("68", 68), PL("إدلب", "Idlib", "Idlib", nth=N(T, "مدينة إدلب", "إدلب")), "2015-03-26",
           "المرصد السوري لحقوق الإنسان", HTS, kind="aggregate",
           note="a three-day running toll of one cause (the fighting): armed_clash aggregate (stop 32); both sides' "
                "dead. Not coded: the army's new checkpoints and its withdrawal from other points (a second coder "
                "could code a territory change)")])

T = ("جيش الفتح يتقدم في إدلب\n"
     "أفادت الأنباء بأن مقاتلي جيش الفتح المعارض استولوا على حاجزي سادكوب والشيب العائدين لقوات النظام شرقي مدينة "
     "إدلب، بعد تفجير سيارتين مفخختين عند الحاجزين أوقع عشرات القتلى في صفوف القوات النظامية. وأشار المراسل إلى "
     "هجوم متزامن يشنه المعارضون على مواقع النظام داخل المدينة، مبيناً أنهم باتوا يمسكون بـ60% من خطوطه الدفاعية "
     "فيها. وقال ناشطون إن الكتائب بسطت سيطرتها الكاملة على الحاجزين المعروفين بالرام والسكن الشبابي، في حين ذكرت شبكة مسار برس "
     "أنها أحكمت قبضتها على شارع الثلاثين. وتحدث ناشطون عن برميل متفجر محمّل بغاز الكلور ألقته مروحية على بنش "
     "في ريف إدلب. ويأتي ذلك غداة سقوط مروحية للنظام فوق إدلب وأسر طاقمها المكون من طيارَين وخمسة عسكريين. وفي "
     "دير الزور، قُتل سبعة بغارات جوية للنظام على حي الحميدية.")
passage("lg09", "2015-03-23", "Al-Masaa (Egypt, via Masress)", "a round-up: checkpoints taken after car bombs, an "
        "assault inside the city, more takings by other sources, a chlorine barrel, a downed helicopter, a strike "
        "elsewhere (page undated: published inferred, the day after the helicopter fell near Idlib in March 2015) "
        "| page: https://www.masress.com/almessa/284632", T,
        [E("territory_change", Q("عشرات", 20, 90, approx=True), PL("إدلب", "Idlib", "Idlib",
                                                                  nth=N(T, "مدينة إدلب", "إدلب")), "2015-03-23", None, FSA,
           note="two checkpoints east of the city taken after two car bombs: one act (the bombs are how it was "
                "taken), placed at the city; its dead are the regime's «tens». «أفادت الأنباء» names nobody"),
         E("armed_clash", None, PL("إدلب", "Idlib", "Idlib", nth=N(T, "مدينة إدلب", "إدلب")), "2015-03-23", "المراسل",
           FSA, note="the simultaneous assault inside the city; 60% of the defence lines is a state"),
         E("territory_change", None, PL("إدلب", "Idlib", "Idlib", nth=N(T, "مدينة إدلب", "إدلب")), "2015-03-23",
           "ناشطون", FSA, note="two more checkpoints by the activists' telling: another taking, same city"),
         E("territory_change", None, PL("إدلب", "Idlib", "Idlib", nth=N(T, "مدينة إدلب", "إدلب")), "2015-03-23",
           "شبكة مسار برس", FSA, note="a street taken: placed at its town (stop 29)"),
         E("airstrike", None, PL("بنش", "Binnish", "Idlib"), "2015-03-23", "ناشطون", GOV,
           note="a helicopter's chlorine barrel: an air strike"),
         E("other", None, PL("إدلب", "Idlib", "Idlib", nth=N(T, "فوق إدلب", "إدلب")), "2015-03-22", None, FSA,
           note="a regime helicopter fell and its crew was captured: coded other (the text does not say it was shot "
                "down); «طيارَين وخمسة» gives no written total, so no figure"),
         E("airstrike", Q("سبعة", 7), PL("الحميدية", "Al-Hamidiyah", "Deir ez-Zor"), "2015-03-23", None, GOV)])

T = ("انتحاري يفجر سيارة عند نادٍ للشرطة في دمشق\n"
     "قُتل ثمانية أشخاص وجُرح عشرون على الأقل اليوم الثلاثاء حين انفجرت سيارة مفخخة يقودها انتحاري حاول اقتحام "
     "نادٍ لضباط الشرطة في حي مساكن برزة شمال شرقي دمشق. ونقل رامي عبد الرحمن، الذي يدير ما يُدعى «المرصد السوري "
     "لحقوق الإنسان»، أن معظم الضحايا من عناصر الشرطة، وأن السيارة انفجرت داخل مرآب النادي. وتتعرض العاصمة بين فترة "
     "وأخرى لتفجيرات من هذا النوع، كان أحدثها يوم 31 كانون الثاني/يناير، عندما قضى 70 شخصاً على الأقل بتفجيرات "
     "متزامنة ضربت منطقة السيدة زينب جنوبي دمشق، نفّذ انتحاريان اثنان منها، وتبنّاها تنظيم «داعش».")
passage("lg10", "2016-02-09", "Pars Today (Iran, Arabic service)", "a suicide car bomb with the observatory's telling "
        "(the outlet's «so-called»), a recalled bombing claimed by IS "
        "| page: https://parstoday.ir/ar/news/islamic_world-i130311-ثمانية_ضحايا_و20_جريحا_في_تفجير_سيارة_مفخخة_في_دمشق", T,
        [E("explosion", Q("ثمانية", 8), PL("مساكن برزة", "Masaken Barzeh", "Damascus"), "2016-02-09",
           "رامي عبد الرحمن", None,
           note="the club is placed at its quarter; the observatory's director comes back to the same bombing in "
                "the next sentence (his span: «مدير ما يسمى «المرصد…»، رامي عبد الرحمن»); no actor named"),
         E("explosion", Q("70", 70, None, approx=True), PL("السيدة زينب", "Sayyidah Zaynab", "Rif Dimashq"),
           "2016-01-31", None, IS,
           note="the recalled simultaneous bombings with their own day (background); IS claimed them; at least 70")])

T = ("غارات جوية تقتل مدنيين بريف حماة الشمالي\n"
     "سقط 14 مدنياً بين قتيل وجريح اليوم الجمعة في قصف جوي استهدف قريتين من قرى الريف الشمالي لحماة، بحسب الدفاع المدني، "
     "بينما رجّح ناشطون أن تكون الطائرات تابعة للنظام. ويتزامن القصف مع جولة محادثات «جنيف4»، رغم الهدنة السارية "
     "ومطالبة موسكو حكومة النظام رسمياً بالكف عن القصف أثناء المؤتمر. وأوضح مدير المركز «106» للدفاع المدني في "
     "حماة، محمود العلي، لـ«سمارت» أن الغارات على قرية الحميرات خلّفت ثمانية قتلى مدنيين، وأن غارات أخرى على قرية "
     "المستريحة قتلت مدنيين اثنين وأصابت أربعة نُقلوا إلى مستشفيات المنطقة. وقبل يومين، تعرضت قرية الجابرية "
     "القريبة من السقيلبية لقصف جوي أصاب عدداً من الإعلاميين، منهم مراسل لـ«سمارت».")
passage("lg11", "2017-02-24", "Smart News (via Microsyria)", "a killed-and-wounded total over two villages, then each "
        "village's strike with a civil defence chief's toll; a strike two days before "
        "| page: https://microsyria.com/2017/02/24/ضحايا-بقصف-جوي-على-ريف-حماة-الشمالي/", T,
        [E("airstrike", Q("ثمانية", 8), PL("الحميرات", "Al-Humeirat", "Hama"), "2017-02-24", "محمود العلي", GOV,
           note="the 14 killed-and-wounded of the lead is exactly the two villages' 8+2 dead and 4 wounded: no event "
                "of its own (stop 34); agent hedged by activists («رجّح»)"),
         E("airstrike", Q("اثنين", 2), PL("المستريحة", "Al-Mustariha", "Hama"), "2017-02-24", "محمود العلي", GOV,
           note="«مدنيين اثنين»: the numeral word is written, so 2 is the figure"),
         E("airstrike", None, PL("الجابرية", "Al-Jabriya", "Hama"), "2017-02-22", None, None,
           note="a strike two days before that wounded journalists (no figure); no actor named")])

T = ("انفجار عنيف يضرب مدينة الباب\n"
     "دوّى انفجار ضخم في مدينة الباب بريف حلب شمالي سوريا، مخلّفاً نحو 17 قتيلاً وما يزيد على 50 جريحاً. وذكرت "
     "مصادر محلية أن شاحنة مفخخة انفجرت عند الثانية من بعد ظهر الثلاثاء 6 تشرين الثاني قرب مسجد عثمان في قلب "
     "المدينة، وسط منطقة مكتظة بالسكان، فاهتزت له المدينة والقرى المحيطة بها، ووصفته بأنه الأشد منذ أشهر. "
     "وبحسب المصادر، قضى 8 مدنيين على الفور، ثم صعدت الحصيلة تدريجياً إلى 17 مع وفاة مصابين، وسط ترجيح بارتفاعها "
     "لوجود حالات حرجة في مشافي المدينة. ويأتي التفجير بعد أقل من ثلاثة أيام على انفجار سيارة مفخخة أخرى في الباب.")
passage("lg12", "2018-11-06", "Jfra News (Jordan)", "a truck bomb whose toll rose from 8 to 17, a recalled car bomb "
        "| page: https://jfranews.com.jo/amp/article/284841", T,
        [E("explosion", Q("نحو 17", 17, approx=True), PL("الباب", "Al-Bab", "Aleppo", nth=N(T, "مدينة الباب بريف", "الباب")),
           "2018-11-06", "مصادر محلية", None,
           note="the toll rose from 8 to 17 (the latest, as the lead gives it); the mosque is placed at its town; "
                "the next sentence's local sources come back to the blast"),
         E("explosion", None, PL("الباب", "Al-Bab", "Aleppo", nth=N(T, "أخرى في الباب", "الباب")), None, None, None,
           note="the car bomb less than three days before (a recall, no figure, no day)")])

T = ("حملة اعتقالات في ريف درعا الغربي\n"
     "شنّت قوات النظام حملة اعتقال جديدة مساء أمس الاثنين استهدفت شبان ريف درعا الغربي، واحتجزت في الوقت ذاته "
     "قيادياً في فصائل المصالحة بمحافظة القنيطرة. وأفاد مراسل «حلب اليوم» بدرعا بأن القوات حاصرت أحياء عدة من "
     "بلدة عتمان واقتادت نحو 20 شاباً من مختلف الأعمار إلى مراكز التجنيد، تمهيداً لإلحاقهم بدورات قصيرة لا تزيد "
     "على شهر قبل الزج بهم في جبهات ريف السويداء ضد تنظيم الدولة. وأضاف أن عناصر من الاستخبارات اقتادوا «أبو "
     "خالد الحمد»، قائد إحدى مجموعات الجيش الحر، في منطقة بيت جن بريف القنيطرة إلى جهة مجهولة. وكانت قوات النظام "
     "قد أوقفت قبل أيام في الحارة، إحدى مدن ريف درعا، قائد لواء أنصار الحق، سليم الفارس، إثر «دعوى شخصية» رفعت ضده.")
passage("lg13", "2018-08-14", "Halab Today", "a conscription round-up with a hedged figure, a commander taken, a "
        "recalled arrest (page undated: published inferred, summer 2018 when the army fought IS in the Suwayda "
        "countryside) | page: https://halabtodaytv.net/archives/68693", T,
        [E("arrest", Q("نحو 20", 20, approx=True), PL("عتمان", "Atman", "Daraa"), "2018-08-13",
           "مراسل «حلب اليوم» بدرعا", GOV,
           note="the lead's campaign in the western countryside is the Atman round-up the reporter details"),
         E("arrest", None, PL("بيت جن", "Beit Jinn", "Rif Dimashq"), "2018-08-13", "مراسل «حلب اليوم» بدرعا", GOV,
           note="one commander taken by intelligence (no figure); «وأضاف» carries the reporter. The text puts Beit "
                "Jinn in the Quneitra countryside; the gazetteer's governorate may differ"),
         E("arrest", None, PL("الحارة", "Al-Harra", "Daraa"), None, None, GOV,
           note="a recall «وكانت … قد» days before: the outlet (stop 30); undated")])

T = ("النظام يعتقل أبناء درعا في حلب\n"
     "ذكرت مصادر محلية أن القوات النظامية اعتقلت في اليومين الأخيرين العشرات من أبناء محافظة درعا الذين يقيمون في مدينة "
     "حلب، في حملات عشوائية. وربطت المصادر الحملة بالهزائم التي تتلقاها قوات النظام في درعا وبصور أعداد كبيرة من "
     "قتلاها وأسراها هناك. وبحسب ما نشره موقع «أورينت» نقلاً عن مصادر خاصة، فإن الاعتقال شمل كل من قيده مسجل في درعا أو يحمل بطاقة "
     "شخصية صادرة عنها، من نازحين وطلاب جامعيين ومدنيين. وبحسب المصادر، بلغ عدد الموقوفين قرابة 36 شخصاً أغلبهم "
     "من طلاب الجامعات.")
passage("lg14", "2015-06-27", "Al-Tareek", "a two-day arrest campaign against people of one governorate living in "
        "another city; vague then hedged figure (page undated: published inferred, the southern offensive of June "
        "2015) | page: https://altareek-media.com/public/ar/post/846/النظام-ينتقم-من-أبناء-درعا-ويعتقلهم-في-حلب", T,
        [E("arrest", Q("قرابة 36", 36, approx=True), PL("حلب", "Aleppo", "Aleppo", nth=N(T, "مدينة حلب", "حلب")),
           "2015-06-27", "مصادر محلية", GOV,
           note="one campaign over two days: the figure is the hedged 36 (the «tens» of the lead is the same "
                "figure told vaguely); Daraa is where they come from, not the place; the defeats in Daraa are its "
                "cause, not coded")])

T = ("اعتقالات جديدة في ريف درعا\n"
     "شنّت قوات النظام حملة مداهمات طالت عدداً من البيوت في ريف درعا، سعياً لاعتقال الشبان واقتيادهم إلى الخدمة "
     "الإلزامية. وأفاد نشطاء من مدينة جاسم في الريف الشمالي بأن عناصر الأمن العسكري داهموا منزلي شابين واعتقلوهما "
     "دون أن تُعرف الأسباب. وتجري هذه الاعتقالات رغم ما أصدره النظام من قرارات عفو شملت كافة شبان الجنوب السوري "
     "المنضوين في اتفاق التسوية، وعددهم قرابة ١١٠ آلاف، إذ لم تنقطع منذ ذلك الحين الاعتقالات التي طالت العشرات. "
     "وشهد الجنوب في الشهرين الأخيرين تصاعداً في الهجمات على مواقع النظام، دون أن تُعرف الجهة المسؤولة عنها.")
passage("lg15", "2019-07-10", "Baladi News", "a raid with two arrested (a dual), arrests of «tens» since an amnesty, "
        "rising attacks (page undated: published inferred, 2019) "
        "| page: https://baladi-news.com/public/ar/articles/40649/قوات-النظام-تنفذ-حملة-اعتقالات-جديدة-في-ريف-درعا", T,
        [E("arrest", None, PL("جاسم", "Jasim", "Daraa"), "2019-07-10", "نشطاء من مدينة جاسم", GOV,
           note="the lead's raids in the Daraa countryside are the Jasim arrests the activists detail; «شابين» is "
                "a dual: no figure"),
         E("arrest", Q("العشرات", 20, 90, approx=True), None, None, None, GOV, kind="aggregate",
           note="arrests of «tens» since the amnesty decisions: an aggregate over that period. Not coded: the "
                "amnesty itself (a recalled decision; a second coder could code a statement) and its 110 thousand "
                "(its scope), the rise of attacks over two months (a trend with no figure)")])

T = ("النظام يعتقل ثلاثة شبان في علما\n"
     "داهمت قوات النظام مساء أمس منازل في بلدة علما بريف درعا الشرقي ضمن حملة اعتقالات. وذكر «تجمع أحرار حوران» "
     "أن عناصر المخابرات اعتقلوا خلال المداهمات ثلاثة شبان من أهالي البلدة، هم سامي الحوراني وشقيقه ماهر وعمار "
     "الخطيب، لإلحاقهم بالخدمة العسكرية. وسبق ذلك يوم السبت الماضي توقيف قيادي سابق في «فرقة الحق» إحدى فصائل الجيش "
     "الحر، يحمل بطاقة تسوية وينحدر من بلدة تسيل، عند حاجز للنظام بينما كان متوجهاً إلى فرع المخابرات الجوية في "
     "درعا ليتوسط لقريب له معتقل. كما فرّ العشرات من شبان مدينة نوى في الريف الغربي إلى القرى المجاورة، بعدما "
     "هدد النظام يوم الاثنين من مآذن المساجد بمكبرات الصوت بدهم البيوت وسجن المتخلفين عن الخدمة فور انقضاء المهلة.")
passage("lg16", "2019-03-05", "Syrian Press Center (Al-Markaz al-Suhufi al-Suri)", "a named arrest of three, a "
        "recalled checkpoint arrest, flight after a threat broadcast from mosques (page undated: published inferred, "
        "2019) | page: https://syrianpc.com/حملة-اعتقال-تطال-عدد-من-الشبان-في-ريف-در", T,
        [E("arrest", Q("ثلاثة", 3), PL("علما", "Alma", "Daraa"), "2019-03-04", "تجمع أحرار حوران", GOV,
           note="the raid and the three arrested are one act; the names are a list inside the figure"),
         E("arrest", None, None, "2019-03-02", None, GOV,
           note="a former commander held at a checkpoint last Saturday: no place for the act (Tasil is his town, "
                "Daraa the branch he was heading to); a second coder could place it at Daraa. A recall: the outlet"),
         E("other", Q("العشرات", 20, 90, approx=True), PL("نوى", "Nawa", "Daraa"), "2019-03-04", None, None,
           note="young men fleeing their town: displacement, coded other"),
         E("statement", None, PL("نوى", "Nawa", "Daraa"), "2019-03-04", "النظام", GOV,
           note="the threat broadcast from the mosques to raid homes and jail draft-dodgers: a threat by a named "
                "body, a statement (stop 32), placed at the town it concerns")])

T = ("اعتقالات في داعل شمال درعا\n"
     "اعتقلت عناصر من فرع «الأمن الجنائي» التابع للنظام عدداً من الشبان في داعل، المدينة الواقعة في ريف درعا الشمالي، في ظل توتر يتصاعد "
     "في المحافظة. وبحسب «تجمع أحرار حوران»، دهمت دورية للفرع يوم الاثنين الماضي، 9 أيلول، بيوت مدنيين في المدينة، "
     "واقتادت عدة شبان، عُرف منهم خالد أبو زيد وقريبه وليد. ويلجأ النظام، متجاوزاً «اتفاق المصالحة»، إلى "
     "الاعتقالات في المناطق التي يحكم قبضته الأمنية عليها، بينما يتحايل بوسائل أخرى في مناطق يتهيب اقتحامها "
     "كدرعا البلد. وتتعرض قوات النظام وشخصيات محسوبة عليه في المحافظة لهجمات واغتيالات متكررة.")
passage("lg17", "2019-09-12", "Watan FM", "a raid with «several» arrested, two named; habits of the security branches "
        "| page: https://watan.fm/news/syria-news/130494", T,
        [E("arrest", None, PL("داعل", "Dael", "Daraa"), "2019-09-09", "تجمع أحرار حوران", GOV,
           note="«عدة شبان» gives no figure; the lead and the Tajammu's telling are one raid (the source in the next "
                "sentence comes back to it); the regime's ways around the reconciliation deal and the repeated "
                "attacks are habits, not events")])

T = ("موجة خطف جديدة تطال أبناء السويداء\n"
     "سجّلت محافظة السويداء حالات خطف جديدة في اليومين الأخيرين، وباتت هذه الظاهرة مصدر الخوف الأول لدى المدنيين. "
     "وبحسب صفحة «السويداء 24»، خطف مسلحون مجهولون 3 من أبناء المحافظة، واختفى رابع في ظروف مبهمة، بينما احتُجز 3 "
     "آخرون في ريف دمشق، وذلك في غضون 48 ساعة. وأوضحت الصفحة أن المسلحين، وكانوا في سيارتين، قطعوا الطريق على أسرة "
     "متجهة لزيارة ابنها المجند في منطقة «العين» جنوبي السويداء، فاقتادوا ثلاثة رجال منها تحت تهديد السلاح وتركوا "
     "مسنّاً والنساء. وأضافت أن الاتصال انقطع مساء أمس السبت ببائع متجول من بلدة تل منين كان يقود سيارته على طريق "
     "السويداء – عتيل، مشيرة إلى أن شباناً احتجزوا 3 من أبناء السويداء في الضمير بريف دمشق.")
passage("lg18", "2019-11-03", "Zaman al-Wasl, relaying Suwayda 24", "48 hours of abductions summed, then each told: "
        "a family stopped, a vendor missing, a tit-for-tat detention in another governorate (page undated: published "
        "inferred, a Sunday of 2019) | page: https://www.zamanalwsl.net/news/article/104014", T,
        [E("arrest", Q("3", 3), PL("العين", "Al-Ain", "As-Suwayda"), "2019-11-03", "صفحة «السويداء 24»", UNK,
           note="an abduction is coded arrest (sets 73, 78); placed at al-Ain, the area the family was heading to in "
                "the south of the governorate (the text gives no closer place; a second coder could place it at "
                "Suwayda). The 3+1+3 of the summary are the incidents told after it: no total event"),
         E("other", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=N(T, "طريق السويداء", "السويداء")),
           "2019-11-02", "صفحة «السويداء 24»", None,
           note="a vendor gone missing on the Suwayda-Atil road: a disappearance, not told as an abduction (other); "
                "a road between two places is placed at the first"),
         E("arrest", Q("3", 3, nth=1), PL("الضمير", "Al-Dumayr", "Rif Dimashq"), None, "صفحة «السويداء 24»", UNK,
           note="three Suwayda men held by young men in al-Dumayr; figure from its first telling in the summary")])

T = ("ضحايا بقصف النظام على ريف حماة\n"
     "سقط قتلى وجرحى مدنيون اليوم السبت إثر استئناف قصف المدفعية والصواريخ على بلدات في الريف الشمالي الغربي لحماة، "
     "في انتهاك جديد لاتفاق «خفض التصعيد». وأفاد مراسل «SY24» بمقتل 3 مدنيين، من بينهم امرأة، وإصابة آخرين بينهم "
     "أطفال، بقذائف ضربت بلدة الشريعة في سهل الغاب، أطلقتها قوات النظام من معسكر جورين وبلدة الكريم. وتابع أن "
     "قلعة المضيق والحويز والحماسة وباب الطاقة والحواش وبيت الراس نالها قصف مماثل أوقع جرحى مدنيين، فيما اقتصرت "
     "خسائر كفرنبودة والزكاة والصخر واللطامنة وكفرزيتا في الريف الشمالي على الماديات. وكانت الأمم المتحدة قد ذكرت "
     "مساء الجمعة أن قصف النظام على مناطق خفض التصعيد أودى بـ19 مدنياً في الأيام الأخيرة وشرّد 90 ألفاً في "
     "شهرين. وقبل يومين، قُتل 12 مدنياً في قصف طال سوقاً شعبية وسط كفرنبل بريف إدلب.")
passage("lg19", "2019-03-16", "SY24", "shelling of one town with a toll, then two lists of towns, a UN toll and a "
        "displacement figure, a recalled market massacre (page undated: published inferred, a Saturday of early 2019) "
        "| page: https://www.sy-24.com/33206/news/قتلى-وجرحى-بقصف-للنظام-على-ريف-حماة/", T,
        [E("shelling", Q("3", 3), PL("الشريعة", "Al-Shariaa", "Hama"), "2019-03-16", "مراسل «SY24»", GOV,
           note="the firing camps (Jurin, al-Kareem) are where the shells came from, not the place"),
         E("shelling", None, PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"), "2019-03-16", "مراسل «SY24»", GOV,
           note="one act told for six towns (a group), placed at the first; wounded only, no figure"),
         E("shelling", None, PL("كفرنبودة", "Kafr Nabuda", "Hama"), "2019-03-16", "مراسل «SY24»", GOV,
           note="another list, the northern countryside (a group), at the first; damage only"),
         E("shelling", Q("19", 19), None, None, "الأمم المتحدة", GOV, kind="aggregate",
           note="a UN toll of the last days naming one cause (the regime's shelling): shelling aggregate (stop 32)"),
         E("other", Q("90 ألفاً", 90000), None, None, "الأمم المتحدة", None, kind="aggregate",
           note="displacement over two months: an aggregate"),
         E("shelling", Q("12", 12), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2019-03-14", None, None,
           note="the market strike two days before (a recall, the outlet); the page does not say air or ground in "
                "its kept part («قصف»): shelling; the market is placed at its town")])

T = ("قتلى وجرحى بقصف للنظام على ريف حماة\n"
     "كثّفت قوات النظام اليوم السبت قصفها بالمدفعية والصواريخ على مدن الريفين الشمالي والغربي لحماة وقراهما، فأوقعت قتلى "
     "وجرحى بين المدنيين، فيما ردّت فصائل المعارضة بضرب مواقع للنظام في ريف حماة. وقال مراسل وكالة «ستيب "
     "الإخبارية» إن قذائف المدفعية الثقيلة والهاون التي سقطت على قرية التوينة في الريف الغربي قتلت امرأة وابنتها "
     "وجرحت مدنيين آخرين، وإن القصف أصاب طفلاً في قلعة المضيق وعدداً من الأهالي في قريتي المهاجرين وكورة. وأوضح أن "
     "الدبابات وراجمات الصواريخ استهدفت كذلك الشريعة والحويز والكركات مخلفة أضراراً في المنازل والبنية التحتية، "
     "بينما أطلقت القوات الروسية انطلاقاً من معسكرها في قبيبات أبو الهدى أكثر من عشرة صواريخ على مدينة كفرزيتا وقرية "
     "الجابرية دون إصابات.")
passage("lg20", "2021-04-03", "Step News Agency", "a day's shelling told village by village, Russian rockets, the "
        "opposition's reply | page: https://stepagency-sy.net/2021/04/03/بيان-للجيش-الأردني-حول-عملية-الاعتقال/?random-post=1",
        T,
        [E("shelling", None, PL("التوينة", "Al-Tuwayna", "Hama"), "2021-04-03", "مراسل وكالة «ستيب الإخبارية»", GOV,
           note="a woman and her daughter killed: no written figure"),
         E("shelling", None, PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"), "2021-04-03",
           "مراسل وكالة «ستيب الإخبارية»", GOV,
           note="one clause for a town and two villages (a group), at the first; wounded only"),
         E("shelling", None, PL("الشريعة", "Al-Shariaa", "Hama"), "2021-04-03", "مراسل وكالة «ستيب الإخبارية»", GOV,
           note="tanks and rocket launchers on three villages (a group), at the first; damage only"),
         E("shelling", Q("أكثر من عشرة", 10, None, approx=True), PL("كفرزيتا", "Kafr Zita", "Hama"), "2021-04-03",
           "مراسل وكالة «ستيب الإخبارية»", RUS,
           note="Russian rockets on a town and a village (a group), at the first; the rockets are the figure (no "
                "casualties); the camp they came from is not the place"),
         E("shelling", None, PL("ريف حماة", "Hama countryside", "Hama", nth=N(T, "للنظام في ريف حماة", "ريف حماة")), "2021-04-03", None, FSA,
           note="the opposition's reply on regime positions, told only in the lead (the outlet); a region")])

T = ("أكثر من 300 ألف نازح من إدلب في شهرين\n"
     "أدت الحملة التي تشنها قوات الأسد وروسيا على مدن محافظة إدلب وبلداتها إلى فرار ما يزيد على 300 ألف شخص في "
     "الشهرين الماضيين، بحسب تقارير ميدانية. وبحسب بيان لفريق «منسقو استجابة سورية» على معرفاته، فإن ما يفوق 55.664 "
     "عائلة، تضم 328.418 شخصاً، فرّت من مناطق جنوب إدلب وشرقها بين 1 تشرين الثاني و3 كانون "
     "الثاني 2020 (أمس الجمعة)، وتوزعت على ما يزيد على 34 مدينة وبلدة وقرية شمالي مدينتي إدلب وحلب. وطالب الفريق الأمم المتحدة "
     "ومجلس الأمن والمنظمات المحلية والدولية بخطوات عملية لحماية المدنيين ووقف الهجمات. وكان الفريق قد أحصى "
     "قبل أسبوع نزوح أكثر من مليون شخص من إدلب خلال عام 2019 جراء القصف.")
passage("lg21", "2020-01-04", "Etilaf (Syrian National Coalition site)", "a two-month displacement tally in families "
        "and persons, the team's appeal, a yearly tally recalled "
        "| page: https://www.etilaf.org/all-news/local-news/تقرير-ميداني-نزوح-ما-يزيد-عن-328-ألف-نسمة-ن", T,
        [E("other", Q("328.418", 328418), PL("إدلب", "Idlib", "Idlib", nth=N(T, "جنوب إدلب", "إدلب")), "2020-01-03",
           "فريق «منسقو استجابة سورية»", None, kind="aggregate",
           note="displacement 1 Nov 2019 - 3 Jan 2020: the lead's «more than 300 thousand» (field reports) is the "
                "same aggregate told round; FIGURE CALL: the team's exact persons (the families are another unit; "
                "a coder taking the first figure would take 300 thousand). The 34 towns they went to are not the "
                "place; the place is the governorate they fled"),
         E("statement", None, None, "2020-01-03", "فريق «منسقو استجابة سورية»", None,
           note="the team's call on the UN and the Security Council: a statement (stop 32)"),
         E("other", Q("أكثر من مليون", 1000000, None, approx=True), PL("إدلب", "Idlib", "Idlib",
                                                                       nth=N(T, "من إدلب خلال", "إدلب")), None,
           "الفريق", None, kind="aggregate", note="the 2019 yearly tally recalled («وكان الفريق قد»); period 2019")])

T = ("تسوية جديدة ليوم واحد في درعا\n"
     "عمّم محافظ درعا يوم الخميس الماضي على مجالس الوحدات الإدارية قراراً بفتح باب تسوية جديدة في المحافظة، تجري "
     "في 27 كانون الثاني/يناير، وهو يوم خميس. وبحسب التعميم، تستمر التسوية يوماً واحداً لا غير، وتأتي تتمة للتسويات "
     "الأمنية الأخيرة مراعاةً لمن حالت ظروفهم دون إتمامها، على أن يكون مقرها قصر الحوريات جنوبي مديرية صحة درعا. "
     "وأشار موقع «تطورات العالم الإسلامي» إلى أن هذه التسوية قد تُمدد تبعاً للإقبال، المتوقع أن يكون واسعاً في الريفين "
     "الشرقي والغربي حيث سلّم عشرات الشبان أنفسهم وأسلحتهم طوعاً للمفارز الأمنية. وكانت درعا قد أغلقت ملف التسويات "
     "في 6 تشرين الثاني/نوفمبر 2021، بعدما شملت خلال شهرين 14 آلاف شخص، بينهم 4 آلاف عسكري و10 آلاف مدني.")
passage("lg22", "2022-01-26", "ISW News (Arabic)", "a governor's circular opening a one-day settlement; voluntary "
        "surrenders; the last round's total with civilians and soldiers "
        "| page: https://arabic.iswnews.com/12940/تسوية-ليوم-واحد-في-درعا-اعتباراً-من-صبا", T,
        [E("statement", None, PL("درعا", "Daraa", "Daraa", nth=N(T, "محافظ درعا", "درعا")), "2022-01-20",
           "محافظ درعا", GOV,
           note="the governor's decision to open a new settlement day: a statement (a decision by an official, stop "
                "32), dated by «الخميس الماضي»; the settlement day itself (the 27th) is future"),
         E("agreement", Q("14 آلاف", 14000), PL("درعا", "Daraa", "Daraa", nth=N(T, "وكانت درعا", "درعا")), "2021-11-06",
           None, GOV, kind="aggregate",
           note="the last round of settlements (two months to 6 Nov 2021) with its total; 10 thousand civilians and 4 "
                "thousand soldiers are its breakdown. Not coded: «tens» of young men surrendering with their arms "
                "(told as a trend of the countryside, no day)")])

T = ("15 عنصراً ينشقون عن النظام في دير الزور\n"
     "انشق أمس الأربعاء عدد من عناصر قوات النظام في دير الزور. وذكرت شبكة «فرات بوست» المحلية أن 15 عنصراً تركوا "
     "مواقعهم حاملين عتادهم الكامل، وبلغوا مناطق «قوات سوريا الديمقراطية» في ريف دير الزور الغربي. وبيّنت الشبكة "
     "أن المنشقين يتبعون للفرقة 17، وأنهم عبروا نهر الفرات من معبر «الجنينة» وصولاً إلى مناطق «قسد»، معتبرة أن "
     "هذه الحادثة هي الأولى من نوعها منذ أن تقاسم الطرفان السيطرة على المحافظة.")
passage("lg23", "2018-03-08", "Jesr Press, relaying Furat Post", "a group defection with its unit and the crossing "
        "used (page undated: published inferred, early 2018 after the split of Deir ez-Zor) "
        "| page: https://jesrpress.com/انشقاق-15-عنصراً-من-قوات-النظام-بدير-الز", T,
        [E("defection", Q("15", 15), PL("معبر «الجنينة»", "Al-Junaina crossing", "Deir ez-Zor"), "2018-03-07",
           "شبكة «فرات بوست»", GOV,
           note="the crossing they used is the place (stop 28: a place crossed stays the place); the SDF-held "
                "western countryside is the destination; «الفرقة 17» is a unit name, not a figure")])

T = ("مسيّرة تركية تضرب سيارة لـ«قسد» في القامشلي\n"
     "قصفت طائرة مسيّرة تركية اليوم الأحد سيارة لـ«قوات سوريا الديمقراطية» (قسد) كانت تسير في طريق الكورنيش "
     "بمدينة القامشلي، شمال شرقي سوريا. وتناقل ناشطون في المنطقة الشرقية صوراً للحظات التي أعقبت الانفجار، وسط "
     "أنباء عن قتلى وجرحى من عناصر «قسد» بينهم قيادي. وأقرت وكالة «هاوار» المقربة من «الإدارة الذاتية» بانفجار "
     "أصاب سيارة قرب دوار القوتلي، دون أن تفصح عن هوية المستهدف أو سبب الانفجار. وفي مطلع الشهر، استهدفت مسيّرة "
     "تركية مقراً عسكرياً لـ«قسد» في «معمل القرميد» بقرية صفيا، على الطريق بين الحسكة ومفرق حطين، بينما قالت "
     "وكالة الأناضول إن أحد كوادر «قسد» جرى تحييده. وكانت أنقرة قد توعدت بضرب المنشآت الحيوية في مناطق «قسد»، "
     "بعدما قالت إن من نفذوا التفجير الانتحاري على مبنى المديرية العامة للأمن في أنقرة أتوا من هذه المناطق.")
passage("lg24", "2023-10-22", "Shaam News Network", "a drone strike on a car with unnumbered dead, the other side's "
        "agency confirming only a blast, an earlier strike this month, Turkey's threat "
        "| page: https://shaam.org/news/syria-news/msyrh-trkyh-tsthdf-syarh-tabah-l-qsd-bryf-alhskh-2", T,
        [E("airstrike", None, PL("القامشلي", "Qamishli", "Al-Hasakah", nth=N(T, "مدينة القامشلي", "القامشلي")),
           "2023-10-22", None, TUR,
           note="a drone strike on a road in the city (placed at the town); «قتلى وجرحى» gives no figure; Hawar's "
                "confirmation of a blast near the roundabout is another telling of it"),
         E("airstrike", None, PL("صفيا", "Safiya", "Al-Hasakah"), "2023-10", None, TUR,
           note="the strike on the brick factory early in the month (a recall, month grain); Anadolu's «neutralised» "
                "cadre is told beside it (a second coder could make Anadolu its source)"),
         E("statement", None, None, None, "أنقرة", TUR,
           note="Turkey's threat to strike vital facilities in SDF areas: a threat by a named state, a statement "
                "(stop 32), recalled («وكانت … قد»); the Ankara bombing is its cause, abroad, not coded")])

T = ("صواريخ إسرائيلية على محيط دمشق\n"
     "استهدفت إسرائيل فجر الجمعة 17 تشرين الثاني/نوفمبر 2023 بصواريخ أُطلقت من الجولان المحتل مواقع عدة حول "
     "العاصمة دمشق، بحسب وكالة «سانا» التابعة للنظام. وأضافت الوكالة، نقلاً عن مصدر عسكري، أن الهجوم وقع قرابة الثانية "
     "وخمس وعشرين دقيقة فجراً، وأن الدفاعات الجوية اعترضت أغلب الصواريخ، وأن الأضرار اقتصرت على بعض الماديات. ولم "
     "يعلق الجانب الإسرائيلي على الفور، وهو نادراً ما يقر بغاراته في سوريا. وكان الجيش الإسرائيلي قد أعلن يوم "
     "الأحد 12 من الشهر الجاري أنه ضرب أهدافاً في سوريا رداً على نيران أطلقت نحو الجولان، كما قال في الأسبوع "
     "الفائت إنه ضرب «منظمة في سوريا» أرسلت طائرة مسيّرة نحو إيلات.")
passage("lg25", "2023-11-17", "Arabic Post", "an Israeli missile strike told by SANA's military source, Israel's "
        "silence, two recalled strikes Israel announced "
        "| page: https://arabicpost.live/أخبار/middle_east/2023/11/17/الاحتلال-دمشق-صواريخ", T,
        [E("airstrike", None, PL("دمشق", "Damascus", "Damascus"), "2023-11-17", "مصدر عسكري", ISR,
           note="missiles from the Golan on sites around Damascus: one act; the relayed source is the military "
                "source (stop 34); no casualties"),
         E("airstrike", None, None, "2023-11-12", "الجيش الإسرائيلي", ISR,
           note="recalled strike on targets in Syria on the 12th, by the army's own announcement; no place in Syria "
                "given"),
         E("airstrike", None, None, None, "الجيش الإسرائيلي", ISR,
           note="the strike last week on an «organisation in Syria» that sent a drone to Eilat («كما قال» carries "
                "the army); Eilat is the drone's target, not the place; undated")])

T = ("«هآرتس»: 25 هجوماً إسرائيلياً على سوريا منذ بداية 2023\n"
     "أوردت صحيفة «هآرتس» العبرية أن إسرائيل شنت منذ بداية عام 2023 سلسلة هجمات على الأراضي السورية طالت مواقع "
     "لجيش النظام ولجماعات تدعمها إيران. وقالت الصحيفة إن الهجمات، وعددها الإجمالي 25، أصابت 60 هدفاً في أنحاء "
     "البلاد، منها 18 هجوماً جوياً وسبعة نُفذت بصواريخ أرض-أرض، وشملت مستودعات أسلحة وقواعد ومنظومات دفاع جوي "
     "ومطارات، من بينها مطار دمشق الدولي الذي أُغلق مرات عدة. وأحصت الصحيفة 61 قتيلاً، هم 4 مدنيين و24 أجنبياً "
     "يعملون لصالح ميليشيات موالية لطهران و24 جندياً نظامياً و6 من الحرس الثوري الإيراني و3 من حزب الله. وتعرضت "
     "مواقع النظام والجماعات الإيرانية لثلاث ضربات إسرائيلية منذ مطلع آب الحالي.")
passage("lg26", "2023-08-24", "Arabi21, relaying Haaretz", "a year-to-date tally of Israeli attacks with kinds, "
        "targets and a toll broken down by party; strikes this month (page undated beyond «this August»: published "
        "inferred) | page: https://arabi21.co.uk/story/1533452/صحيفة-عبرية-تحصي-عدد-هجمات-الاحتلال-على-سوريا-منذ-مطلع-2023",
        T,
        [E("airstrike", Q("61", 61), None, None, "صحيفة «هآرتس» العبرية", ISR, kind="aggregate",
           note="one tally since 1 Jan 2023: 25 attacks (18 by air, 7 by surface-to-surface missiles) on 60 targets "
                "with 61 dead; FIGURE CALL: the dead (an act's figure is its dead), the 25 attacks its count; the "
                "parties are the breakdown. Typed airstrike (most attacks by air; a second coder could split the "
                "missiles off as shelling)"),
         E("airstrike", Q("ثلاث", 3), None, None, None, ISR, kind="aggregate",
           note="three strikes since the start of August (the outlet's own recall): a sub-period aggregate")])

T = ("هجوم للعشائر على مواقع «قسد» شرق دير الزور\n"
     "شنت مجموعات مسلحة من قوات العشائر منذ ليل أمس الثلاثاء هجوماً على مواقع لـ«قسد» في ريف دير الزور الشرقي، "
     "وفق مصادر محلية. وقالت المصادر إن قرى المنطقة وبلداتها تشهد منذ الحادية عشرة ليلاً مواجهات عنيفة وقصفاً "
     "بقذائف الهاون بين الطرفين، مضيفة أن مقاتلي العشائر استولوا بالكامل على أبو حمام والكشكية "
     "وغرانيج، وهي قرى الشعيطات، وأسروا أعداداً كبيرة من عناصر «قسد». ونقلت قناة «حلب اليوم» عن مراسلها سقوط قتلى وجرحى في صفوف «قسد» "
     "وإحراق عدد من آلياتها وأسر قادة فيها. في المقابل، اتهمت «قسد» النظام بالوقوف وراء الهجوم، بينما تحدثت صفحات "
     "محلية عن مقتل عدد من المدنيين. وأغلقت «قسد» الطرق المؤدية إلى مناطق النظام في الحسكة والقامشلي.")
passage("lg27", "2024-08-07", "Syrian News Agency (opposition site)", "a tribal offensive: clashes and mortars, three "
        "villages taken with prisoners, a relayed reporter, the other side's accusation, civilians killed, roads "
        "closed | page: https://syrianewsagency.net/?p=50202", T,
        [E("armed_clash", None, PL("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"),
           "2024-08-06", "مصادر محلية", TRIBES,
           note="the attack, the clashes and the mortar fire are one fight (dated by «ليل أمس الثلاثاء»); Halab "
                "Today's reporter's dead, burned vehicles and captured leaders and the pages' civilian dead are "
                "more tellings of it (no figures); the SDF's accusation reacts to it (no statement)"),
         E("territory_change", None, PL("أبو حمام", "Abu Hamam", "Deir ez-Zor"), "2024-08-07", "المصادر", TRIBES,
           note="three Shuaitat villages taken in one clause (a group), at the first named village; the prisoners "
                "are part of it. Not coded: the SDF closing roads to government areas (a second coder could code "
                "other)")])

T = ("الشبكة السورية: 57 قتيلاً مدنياً في آب 2024\n"
     "أحصت الشبكة السورية لحقوق الإنسان 57 قتيلاً مدنياً في البلاد خلال شهر آب 2024، منهم 6 نساء و13 طفلاً، "
     "إضافة إلى 6 قضوا تحت التعذيب. وحمّلت الشبكة النظام المسؤولية عن 21 من الضحايا، وميليشيا «قسد» عن 4 آخرين. "
     "وبيّن التقرير أن دير الزور تصدرت المحافظات بنسبة 39% من الضحايا، بينهم 13 قتلتهم قوات الأسد، ثم درعا "
     "(35%) التي قضى فيها 17 مدنياً على يد «جهات أخرى» مجهولة. ورصد التقرير كذلك سبعة اعتداءات استهدفت منشآت حيوية خلال "
     "الشهر، وحثّ مجلس الأمن على اتخاذ تدابير إضافية في أعقاب القرار 2254 وعلى إحالة ملف سوريا إلى المحكمة "
     "الجنائية الدولية.")
passage("lg28", "2024-09-01", "Syrian News Agency (opposition site), relaying SNHR", "a monthly tally with breakdowns "
        "by party and governorate, attacks on facilities, the report's appeal "
        "| page: https://syrianewsagency.net/breaking/51137", T,
        [E("casualties", Q("57", 57), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="August 2024; children, women, torture, parties and governorates are its breakdown"),
         E("other", Q("سبعة", 7), None, None, "التقرير", None, kind="aggregate",
           note="seven attacks on vital facilities in the month: an aggregate of attacks of unnamed kinds (other)"),
         E("statement", None, None, "2024-09-01", "التقرير", None,
           note="the report's call on the Security Council: SNHR's call, a statement (stop 32's rule)")])

T = ("89 قتيلاً مدنياً في سوريا خلال تشرين الأول 2024\n"
     "أفاد تقرير أصدرته اليوم الشبكة السورية لحقوق الإنسان بأن نحو 89 مدنياً لقوا حتفهم في سوريا خلال تشرين "
     "الأول/أكتوبر 2024، منهم 25 طفلاً و12 امرأة، فضلاً عن 4 ماتوا تحت التعذيب بينهم طفل. وتوزعت المسؤولية بين "
     "النظام (12 قتيلاً، منهم 3 أطفال) والقوات الروسية (11، منهم 4 أطفال) والفصائل المسلحة (قتيل واحد) و«قسد» (3) "
     "وهيئة تحرير الشام (امرأة واحدة)، فيما حصدت الغارات الإسرائيلية 12 مدنياً، منهم 6 نساء و4 أطفال. وجاءت درعا "
     "أولاً بنسبة 26% من القتلى تلتها إدلب بنسبة 19%. ووثقت الشبكة 10 اعتداءات على الأقل على منشآت مدنية حيوية، "
     "كما أفادت بأن الضربات الجوية الإسرائيلية على لبنان قتلت 101 لاجئ سوري على الأقل.")
passage("lg29", "2024-11-01", "Qasioun News, relaying SNHR", "a monthly tally broken down by party, attacks on "
        "facilities, and Syrian refugees killed abroad "
        "| page: https://qasioun-news.com/ar/articles/80706/مقتل-89-مدنيا-في-سوريا-خلال-أكتوبر-2024", T,
        [E("casualties", Q("نحو 89", 89, approx=True), None, None, "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate",
           note="October 2024; the parties (the Israeli strikes' 12 among them) and governorates are its breakdown"),
         E("other", Q("10", 10, None, approx=True), None, None, "الشبكة", None, kind="aggregate",
           note="attacks on vital civilian facilities in the month"),
         E("airstrike", Q("101", 101, None, approx=True), PL("لبنان", "Lebanon", None, "Lebanon"), None, "الشبكة", ISR,
           kind="aggregate",
           note="Syrian refugees killed by Israeli air strikes in Lebanon: Syrians abroad in the conflict; one cause, "
                "so airstrike aggregate, placed where the strikes fell; «على الأقل» after the noun")])

T = ("الشبكة السورية توثق 1264 قتيلاً مدنياً في 2024\n"
     "أعلنت الشبكة السورية لحقوق الإنسان، عبر تقرير نشرته اليوم، أنها أحصت 503 قتلى مدنيين في البلاد خلال كانون الأول/"
     "ديسمبر 2024، منهم 49 سيدة و96 طفلاً، إلى جانب 4 ضحايا للتعذيب بينهم طفل وسيدة. وعلى امتداد عام 2024 كله، "
     "بلغت حصيلة القتلى المدنيين التي وثقتها الشبكة 1264، منهم 118 سيدة و242 طفلاً، فيما قضى 86 تحت التعذيب. ونبّهت "
     "الشبكة إلى أن تقريرها يقتصر على من وثّق فريقها مقتلهم في الشهر والعام، وأن بعض هذه الوفيات ربما "
     "وقع قبل أشهر أو سنوات، ولذلك تذكر تاريخ التوثيق إلى جانب التاريخ المقدّر للحادثة، نظراً للتحول الكبير في "
     "السلطة وخرائط السيطرة منذ أن سقط نظام الأسد في 8 كانون الأول.")
passage("lg30", "2025-01-01", "Dogru Haber (Turkey, Arabic)", "a month's and a year's tallies with breakdowns and "
        "the report's caveat on dates "
        "| page: https://dogruhaber.com.tr/haber/1098210-الشبكة-السورية-لحقوق-الإنسان-توثق-مقتل-1264-مدنياً-خلال-2024-منهم-503-في-كانون-الأول",
        T,
        [E("casualties", Q("503", 503), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="December 2024"),
         E("casualties", Q("1264", 1264, nth=1), None, None, "الشبكة", None, kind="aggregate",
           note="the year 2024 (the December figure sits inside it; both are the text's tallies, each over its own "
                "period). Not coded: the fall of the regime on 8 December, a recalled date in the caveat (a second "
                "coder could code a territory change)")])

T = ("إدلب: توقيف رجل من فلول النظام المخلوع\n"
     "قبضت إدارة الأمن العام في مدينة إدلب على رجل من فلول النظام المخلوع، ضمن حملة بدأتها في المحافظة لملاحقة أشخاص "
     "يُعتقد أنهم لجؤوا إليها. وذكرت وزارة الداخلية أن الإدارة أوقفت المطلوب، واسمه وائل سليم حدّاد، في «عملية "
     "نوعية»، مشيرة إلى أن شهوداً أكدوا تورطه في جرائم عدة إبان حكم النظام السابق. وشملت الحملة لاحقاً مدناً وبلدات من "
     "الريف الغربي لإدلب، حيث اعتُقل كنان عادل مرعي المتهم بارتكاب جرائم حرب بحق السوريين، فيما تعمل الوزارة مع الجيش "
     "على حملات واسعة لتوقيف المتورطين في المجازر استجابة لمطالب شعبية بمحاسبتهم. وكانت الحملة قد انطلقت يوم 29 من "
     "كانون الثاني الماضي.")
passage("lg31", "2025-02-08", "Syria TV", "an arrest told by the interior ministry, a second arrest in the campaign, "
        "the campaign's start recalled "
        "| page: https://www.syria.tv/الأمن-العام-يلقي-القبض-على-أحد-فلول-النظام-المخلوع-في-مدينة-إدلب", T,
        [E("arrest", None, PL("إدلب", "Idlib", "Idlib", nth=N(T, "مدينة إدلب", "إدلب")), "2025-02-08",
           "وزارة الداخلية", NEWGOV,
           note="one man (no figure); the ministry's next sentence comes back to the same arrest"),
         E("arrest", None, PL("الريف الغربي لإدلب", "Western Idlib countryside", "Idlib"), None, None, NEWGOV,
           note="a second man held as the campaign spread west (the outlet; undated). The campaign's launch on 29 "
                "January is its frame, not coded")])

T = ("توقيف مسؤولَين أمنيين سابقَين في دير الزور\n"
     "قالت إدارة الأمن العام بمحافظة دير الزور شرقي سوريا إنها قبضت على مسؤولَين أمنيين من عهد النظام السابق، "
     "في إطار مساعي الدولة لتعقب فلول النظام وترسيخ الاستقرار. وبحسب المصادر، فإن الموقوفَين هما نائب رئيس فرع المعلومات، المنحدر من بلدة "
     "موحسن، ورئيس مفرزة الأمن العسكري، وهو ابن بلدة محكان، وقد جرى توقيفهما وفق الأصول "
     "القانونية. وتأتي العملية فيما تواجه سوريا الجديدة تحديات داخلية كبيرة، إذ لا يزال الفلول يهددون استقرار "
     "البلاد، وفي هذا الإطار دعا العقيد أديب عليوي، المحلل العسكري، إلى دهم مخازن سلاحهم في الساحل وريف حمص الغربي "
     "وفي المخابئ الجبلية، وإلى استخدام المسيّرات في رصدهم.")
passage("lg32", "2025-03-10", "Zaman Masdar", "two former security officials held, an analyst's advice (page undated: "
        "published inferred, early 2025) | page: https://zamanmasdar.com/archives/82847", T,
        [E("arrest", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=N(T, "بمحافظة دير الزور", "دير الزور")),
           "2025-03-10", "إدارة الأمن العام بمحافظة دير الزور", NEWGOV,
           note="two men (a dual: no figure); their home towns are not the place; the governorate is the only place "
                "given. Not coded: the analyst's advice (an analyst is no body or official: no statement)")])

T = ("الأمن العام يعتقل عناصر من النظام المخلوع في القابون\n"
     "أوقفت قوات تابعة لوزارة داخلية الحكومة الانتقالية اليوم الثلاثاء أشخاصاً عدة بمنطقة القابون في دمشق، بعد "
     "اعتداء تعرضت له دورية للأمن العام هناك. وأوضحت الوزارة في بيان على صفحاتها الرسمية أن «الأمن العام» في "
     "العاصمة أوقف المتورطين في الاعتداء بعد تمشيط حي تشرين، مبينة أنهم من فلول النظام المخلوع وأنها "
     "ضبطت بحوزتهم أسلحة وذخائر، وأن الإجراءات القانونية ستُتخذ بحقهم. وكان عبد الرحمن الدباغ، مدير أمن "
     "دمشق، قد أعلن أن مجموعة تتبع للفلول هاجمت بالسلاح دورية في حي تشرين، ما أدى إلى وفاة أحد عناصرها.")
passage("lg33", "2025-04-15", "Hashtag Syria", "arrests after an attack on a patrol, the attack recalled by the city's "
        "security chief | page: https://hashtagsyria.com/الأمن-العام-يعتقل-عددا-من-عناصر-النظام", T,
        [E("arrest", None, PL("حي تشرين", "Tishreen quarter", "Damascus"), "2025-04-15", "الوزارة", NEWGOV,
           note="«عدداً من الأشخاص» gives no figure; the quarter the combing found them in is the most specific "
                "place; the ministry's statement comes back to the arrest"),
         E("armed_clash", None, PL("حي تشرين", "Tishreen quarter", "Damascus", nth=1), None, "عبد الرحمن الدباغ", LOYAL,
           note="the armed attack on the patrol that killed one member (singular: no figure); recalled, undated")])

T = ("دمشق: توقيف مجموعات «تخريبية» بعد اشتباك في القدم\n"
     "قالت «إدارة الأمن العام» بدمشق يوم الجمعة 18 نيسان 2025 إنها اعتقلت مجموعات هاجمت عناصرها وتعدّت على أملاك "
     "السكان في حي القدم. وقال مدير مديرية أمن دمشق، المقدم عبد الرحمن الدباغ، بحسب ما نقلته «سانا»، إن الحملة في "
     "الحي كشفت مجموعات تمارس التخريب، أطلقت النار على عناصر الأمن حين حاولوا توقيفها فأصابت بعضهم. وأضاف أن القوات "
     "طوّقت المجموعات، بمؤازرة تعزيزات، في إحدى حارات الحي، وأوقفت أفرادها كافة إثر اشتباك قصير وصادرت أسلحتهم "
     "وآلياتهم، على أن يحالوا إلى القضاء. وفي 13 نيسان كانت قوات الأمن قد أوقفت مطلوبين بمساكن برزة، "
     "بينما قُتل في 31 آذار عنصران من الفلول في اشتباك بنجها في ريف دمشق إثر هجومهم على دورية.")
passage("lg34", "2025-04-18", "Qasioun News", "a security operation that met fire and ended in arrests, told by the "
        "city's security chief through SANA; two recalled incidents with their days "
        "| page: https://qasioun-news.com/ar/articles/82965/الأمن-العام-يعتقل-مجموعات-تخريبية-في-حي-القدم-بدمشق-بعد-اشتباكات-ومصادرة-أسلحتها",
        T,
        [E("arrest", None, PL("حي القدم", "Al-Qadam", "Damascus"), "2025-04-18", "المقدم عبد الرحمن الدباغ", NEWGOV,
           note="all members of the groups held (no figure); the relayed source is the chief, not SANA (stop 34)"),
         E("armed_clash", None, PL("حي القدم", "Al-Qadam", "Damascus"), "2025-04-18", "المقدم عبد الرحمن الدباغ", UNK,
           note="the groups fired on the security men, wounding some, then a short clash: coded beside the arrest "
                "(a coder who codes one event for the operation would keep the clash)"),
         E("arrest", None, PL("مساكن برزة", "Masaken Barzeh", "Damascus"), "2025-04-13", None, NEWGOV,
           note="a recalled arrest with its own day (the outlet)"),
         E("armed_clash", None, PL("نجها", "Najha", "Rif Dimashq"), "2025-03-31", None, LOYAL,
           note="a recalled clash after an attack on a patrol; «عنصران» is a dual: no figure")])

T = ("السويداء: الأمن يعلن تحرير مخطوفين\n"
     "قالت الأجهزة الأمنية في السويداء، جنوبي سوريا، إنها حررت عدداً من المدنيين المخطوفين وأعادتهم إلى "
     "عائلاتهم. وأوضح قائد الأمن الداخلي في المحافظة، العميد أحمد الدالاتي، في تسجيل مصور عرضته قناة الإخبارية "
     "السورية اليوم السبت، أن الخطف وقع قبل عشرة أيام حين كان الركاب في طريقهم من مدينة صحنايا بريف دمشق إلى "
     "السويداء، دون أن يحدد عدد المحررين. وقال إن بلاغاً ورد عن خطف حافلة، فتابعت الأجهزة القضية بالتنسيق مع "
     "الأمن الداخلي في درعا حتى تبين أن العائلة محتجزة في مناطق البدو، وإن الخاطفين أقدموا على فعلتهم لأن لهم "
     "مخطوفين داخل السويداء. وأضاف أن التواصل مع الخاطفين عبر قنوات معينة أفضى إلى إطلاق المخطوفين سالمين، داعياً "
     "إلى طي هذا الملف سريعاً.")
passage("lg35", "2025-08-23", "Al Jazeera", "a release of abductees told by a security chief, the abduction ten days "
        "before, his appeal | page: https://www.aljazeera.net/news/2025/8/23/الأمن-السوري-يعلن-تحرير-عدد-من?traffic_source=rss",
        T,
        [E("other", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-08-23", "العميد أحمد الدالاتي", NEWGOV,
           note="the release of the abductees through contacts: other (a release); placed at the governorate whose "
                "authorities tell it (the text says where the family was held only as «Bedouin areas»); no figure"),
         E("arrest", None, PL("صحنايا", "Sahnaya", "Rif Dimashq"), "2025-08-13", "العميد أحمد الدالاتي", UNK,
           note="the bus abduction ten days before (abduction → arrest); the road from Sahnaya to Suwayda is placed "
                "at the first place named"),
         E("statement", None, None, "2025-08-23", "العميد أحمد الدالاتي", NEWGOV,
           note="the official's call to close the file quickly: a call, a statement (stop 32's rule)")])


if __name__ == "__main__":
    write("gold106.jsonl", P106)
