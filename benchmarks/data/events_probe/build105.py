"""Build gold105.jsonl: development set 105 (ids lf01…), written in stop 38 by writer w105 BEFORE any run on it.

21 whole articles (headline line, lead, details, the other side's telling, background and the extras the page had
glued to it), each the paraphrase of ONE real page found in the search tool's `pages` corpus (queried in Arabic),
years 2011-2025, leaning on 2011-2016 and 2023-2025: Friday protests fired on with town tolls, a town encircled
after defections, defectors killed in a raid, the army's and SANA's round-ups of several fronts, barrel bombs,
ISIS taking villages north of Aleppo and the opposition's counter-attack, Russian strikes on Idlib, assassinations
in Daraa, abductions for ransom in Suwayda, tribal fighters against the SDF, Israeli strikes with the monitor's
running tally, a rights group's monthly report, the General Security's and the National Guard's arrest campaigns.
Every sentence was rewritten (no run of five words, names aside, is shared with its page: checked by script
against the page text, which was kept outside the repository); the incidents, their order, places, figures, dates,
sources and hedges are the page's; private people's names are invented. Each passage's `style` ends with the
page's address. Where the page showed no date, `published` was inferred from the events it reports (the style
says so). Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32 and 34).
Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build105.py      # rewrites gold105.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P105: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P105.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("lf01", "2011-04-02", "Al-Riyadh (via Sauress)", "a Friday's fire on protests in three towns, unconfirmed "
        "reports elsewhere, a crowd in Banias (published inferred from the events) "
        "| page: https://sauress.com/alriyadh/626094",
        "مقتل خمسة عشر محتجاً على الأقل برصاص الأمن السوري في درعا وريف دمشق\n"
        "لقي ما لا يقل عن خمسة عشر شخصاً مصرعهم وجُرح العشرات يوم أمس، حين أطلق عناصر الأمن السوري الرصاص بغرض "
        "تفريق محتجين في عدد من المدن، بحسب ما نقله ناشطون حقوقيون وشهود عيان. وتوزّع القتلى، وفق هذه المصادر، بين إزرع، "
        "إحدى مدن محافظة درعا، حيث سقط ثمانية، ومدينة الحراك في المحافظة ذاتها حيث قُتل تاسع، فيما لقي ستة حتفهم في "
        "مدينة دوما المتاخمة لدمشق. وتحدثت روايات حقوقية لم يُتحقق من صحتها بعد عن ضحايا آخرين بين قتيل وجريح في حمص "
        "وفي المعضمية وزملكا وحي القابون بدمشق. وروى شهود في دوما أن آلاف الأهالي نزلوا إلى الشوارع عقب صلاة الجمعة "
        "وهتفوا بسقوط النظام، فبادر عناصر الأمن إلى إطلاق الرصاص في الجو، ثم صوّبوه نحو الحشود، فأصيب خمسة على الأقل "
        "أغلبهم في السيقان، وأحدهم بجرح بالغ في الرأس. وفي بانياس على الساحل، قال الشيخ أنس بركات إن قرابة عشرة آلاف "
        "محتج احتشدوا وسط المدينة مطالبين بإطلاق الحريات.",
        [E("protest", Q("ثمانية", 8), PL("إزرع", "Izra", "Daraa"), "2011-04-01", "ناشطون حقوقيون وشهود عيان", PROT,
           note="fire on a protest: one protest event with its dead; no crowd numbered for Izra, so the eight dead are "
                "the figure. «خمسة عشر» is the sum of the three towns' dead (8+1+6): no event of its own (stop 34). "
                "UNSURE: the unconfirmed reports of dead in Homs, Moadamiya, Zamalka and Qaboun are not coded (no "
                "figure, hedged as unverified)"),
         E("protest", None, PL("الحراك", "Al-Harak", "Daraa"), "2011-04-01", "ناشطون حقوقيون وشهود عيان", PROT,
           note="one protester killed («قُتل تاسع»): a singular, no figure"),
         E("protest", Q("آلاف", 2000, 9000, True), PL("دوما", "Douma", "Rif Dimashq"), "2011-04-01",
           "ناشطون حقوقيون وشهود عيان", PROT,
           note="one protest told twice (the six dead in the toll sentence, the witnesses' telling of the crowd and the "
                "fire); the crowd is numbered (vague «آلاف»), so it is the figure (stop 30); the six dead and the five "
                "wounded are its fatalities and injured. Source: the first telling's; a second coder could name "
                "«شهود في دوما»"),
         E("protest", Q("قرابة عشرة آلاف", 10000, approx=True), PL("بانياس", "Baniyas", "Tartus"), "2011-04-01",
           "الشيخ أنس بركات", PROT, note="a peaceful protest with its crowd; the sheikh is the source")])

passage("lf02", "2011-05-21", "Al-Shorouk (Egypt, via Masress), relaying Reuters", "a national Friday toll despite a "
        "pledge, one town's fire on protesters, chants in two cities, a governorate toll listed by town (published "
        "inferred) | page: https://www.masress.com/shorouk/526554",
        "رغم تعهّد الأسد بوقف القمع.. عشرات القتلى في احتجاجات الجمعة السورية\n"
        "سقط عشرات المحتجين قتلى برصاص القوات السورية يوم أمس الجمعة، رغم وعد الرئيس بشار الأسد بإنهاء الحملة الأمنية "
        "على الاحتجاجات، فيما نزل الآلاف إلى الشوارع في مختلف أرجاء البلاد للمطالبة بالحريات السياسية. وأفاد ناشطون "
        "بأن 34 شخصاً على الأقل، من بينهم أربعة أطفال، لقوا حتفهم برصاص قوات الأسد جنوباً في محافظة درعا، مهد "
        "الانتفاضة التي اشتعلت في آذار/مارس الماضي، وفي حمص التي تبعد 165 كيلومتراً إلى الشمال من العاصمة، وفي بعض "
        "أحياء دمشق، وفي تدمر الأثرية وسط البادية. وفي حمص، رفع المتظاهرون أحذيتهم وطالبوا بمحاكمة بشار أمام محكمة "
        "لاهاي، بينما نادى آخرون بالثأر من ماهر، شقيق الرئيس الأسد والقائد العسكري الذي يتهمه سكان ودبلوماسيون بقيادة "
        "الهجمات على المدن وقمع دعاة الديمقراطية. وذكر ناشطون أن قوات الأسد أطلقت النار على محتجين في تدمر فقتلت خمسة "
        "وجرحت 15. وفي إدلب هتف المتظاهرون مطالبين بإعدام الرئيس ورفعوا شارات النصر. وقال الناشط رامي الحوراني إن "
        "حصيلة محافظة درعا وحدها بلغت 18 قتيلاً: ثمانية في غباغب وخمسة في الحراك وأربعة في إنخل وواحد في نوى.",
        [E("protest", Q("34", 34, None), None, "2011-05-20", "ناشطون", PROT, kind="aggregate",
           note="the day's national toll of fire on protests, told over several places: a protest aggregate with the dead "
                "as the figure (no crowd numbered), as set 73's je02; over more than the incidents listed beside it "
                "(Palmyra 5, Daraa 18), so kept beside them. Daraa's 18 by town (8, 5, 4, 1) is a bare list of the dead "
                "with no act of its own: the aggregate's breakdown, no events (stop 34). The president's pledge is a "
                "recall, no statement"),
         E("protest", None, PL("حمص", "Homs", "Homs", nth=1), "2011-05-20", None, PROT,
           note="the Homs protest with its chants (its dead are inside the national toll, unnumbered); outlet-told"),
         E("protest", Q("خمسة", 5), PL("تدمر", "Palmyra", "Homs", nth=1), "2011-05-20", "ناشطون", PROT,
           note="fire on protesters in Palmyra: the protest with its five dead (no crowd numbered); 15 wounded"),
         E("protest", None, PL("إدلب", "Idlib", "Idlib"), "2011-05-20", None, PROT,
           note="a protest in Idlib (the governorate or its city; the text does not say)")])

passage("lf03", "2011-08-29", "Al-Madina (Saudi, via Sauress), relaying Reuters", "a town north of Homs encircled "
        "after dozens defect (named only at the end), Tehran's denial, defections spreading, clashes two days before "
        "(published inferred) | page: https://sauress.com/almadina/324057",
        "مدرعات سورية تطوّق بلدة شمال حمص إثر انشقاقات في صفوف الجيش\n"
        "أفاد سكان وناشطون بأن قوة مدرعة تابعة للجيش السوري أطبقت على بلدة تقع شمالي حمص، بعدما انشق عشرات العسكريين "
        "في المنطقة، في أحدث تحرّك تقوم به السلطات لاحتواء التململ داخل المؤسسة العسكرية، بعد خمسة أشهر على اندلاع "
        "الانتفاضة. في غضون ذلك، نفت طهران أن يكون لها أي دور في سوريا، واستنكرت العقوبات التي أقرّها الاتحاد الأوروبي "
        "بحق فيلق القدس، ذراع العمليات الخارجية في الحرس الثوري، متهماً إياه بمساعدة دمشق على سحق الاحتجاجات. ويتحدث "
        "السكان والناشطون عن تنامي حالات الانشقاق في الجيش منذ انهيار حكم معمر القذافي في ليبيا، ويقولون إنها امتدت إلى "
        "دير الزور في الشرق وإدلب في الشمال الغربي وأرياف حمص وأطراف دمشق، حيث دارت مواجهات بين قوات الأسد ومنشقين "
        "قبل يومين. وروى اثنان من الأهالي أن القوات دفعت عند الخامسة والنصف فجراً بـ40 دبابة خفيفة ومدرعة و20 حافلة "
        "تقلّ جنوداً وعناصر من المخابرات العسكرية إلى مدخل الطريق الرئيسي المؤدي إلى الرستن.",
        [E("defection", Q("عشرات", 20, 90, True), PL("الرستن", "Al-Rastan", "Homs"), "2011-08-29", "سكان وناشطون", GOV,
           note="PLACE CALL: the lead names only «بلدة تقع شمالي حمص»; the last sentence names it (Rastan), the most "
                "specific place the text gives. Undated: the item's news, dated by publication"),
         E("reinforcement", Q("40", 40), PL("الرستن", "Al-Rastan", "Homs"), "2011-08-29", "سكان وناشطون", GOV,
           note="the armoured force encircling the town, told in the lead and detailed at the end (two residents: "
                "40 tanks and armoured vehicles, 20 buses): one deployment; the tanks are its count. The residents' "
                "detail comes back to the same act, the lead's source kept"),
         E("statement", None, None, None, "طهران", None,
           note="Iran denies any role and condemns the EU's sanctions on the Quds Force: a named government's stance told "
                "as its own matter (stop 32)"),
         E("armed_clash", None, PL("أطراف دمشق", "Damascus outskirts", "Rif Dimashq"), "2011-08-27",
           "السكان والناشطون", GOV,
           note="«حيث دارت مواجهات … قبل يومين» ties the clashes to the last place of the list (the Damascus outskirts); "
                "the spread of defections over four regions is a trend with no figure, not coded")])

passage("lf04", "2011-07-22", "Al-Ittihad (UAE, via Maghress)", "defectors killed in a raid, a town toll raised by "
        "deaths of wounds, a national toll of the day before (published inferred) "
        "| page: https://maghress.com/alittihad/134909",
        "مقتل ثلاثة منشقين في جبل الزاوية وارتفاع حصيلة حمص إلى 31\n"
        "قالت منظمة سورية تُعنى بالحريات وحقوق الإنسان إن القوات الحكومية قتلت ثلاثة عسكريين منشقين عن الجيش خلال "
        "عملية دهم نفّذتها صباح الخميس، في وقت يتوقع فيه محللون موجة انشقاقات واسعة داخل الجيش مع استمرار دوامة العنف. "
        "وأوضح المرصد السوري لحقوق الإنسان، ومقره لندن، أن وحدات من الجيش والأمن اقتحمت منطقة جبل الزاوية في محافظة "
        "إدلب وسط إطلاق نار غزير، فأردت الجنود المنشقين الثلاثة واعتقلت اثنين على الأقل. من جهة أخرى، قال ناشط حقوقي إن "
        "حصيلة قتلى منطقة حمص صعدت إلى 31، إثر وفاة ثمانية جرحى فجر الخميس متأثرين بإصابات تعرضوا لها يوم الأربعاء. وكانت "
        "حصيلة ضحايا احتجاجات الأربعاء في عموم سوريا قد تجاوزت 27 قتيلاً، بينهم 20 على الأقل في حمص، التي أفيد "
        "بانتشار دبابات الجيش في شوارعها ودويّ رشقات كثيفة فيها، وهي ترزح تحت حصار محكم تفرضه القوات الموالية للرئيس "
        "بشار الأسد. ويرى محللون أن الجيش قد يشهد انشقاقات أخرى مع تصاعد التوتر والقتل في مناطق عدة، كان آخرها ما "
        "تشهده حمص.",
        [E("armed_clash", Q("ثلاثة", 3), PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), "2011-07-21",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="a raid on armed defectors with heavy fire: coded as a clash (the dead are soldiers, not civilians); "
                "the two arrested are part of the raid. Source: the lead's «منظمة سورية» is named next as the "
                "observatory. TYPE CALL: a second coder could code the killing of defectors as casualties"),
         E("protest", Q("31", 31), PL("حمص", "Homs", "Homs", nth=1), "2011-07-20", "ناشط حقوقي", PROT,
           note="Homs's toll of Wednesday's protests, raised to 31 by eight deaths of wounds (the latest toll, stop 30); "
                "the «20 على الأقل في حمص» of the national toll is an earlier telling of the same. The tanks and the "
                "siege of the city are a state, not coded"),
         E("protest", Q("تجاوزت 27", 27, None, True), None, "2011-07-20", None, PROT, kind="aggregate",
           note="Wednesday's national toll of the protests (a verb bound: low 27, open); Homs's 20 is its breakdown; "
                "«وكانت … قد» is the outlet's recall, no source")])

passage("lf05", "2013-08-19", "Al-Jarida (Kuwait, via Turess), relaying AFP", "the army says it retook the rebels' "
        "gains, state media the day before, the observatory's hedge, a security source's remaining target, the "
        "offensive recalled | page: https://www.turess.com/aljarida/20027",
        "الجيش السوري يعلن استرداد مواقع المعارضة في ريف اللاذقية\n"
        "قال مصدر عسكري سوري يوم الاثنين إن القوات الحكومية استرجعت جميع النقاط التي انتزعها مسلحو المعارضة خلال "
        "الأيام الماضية في ريف اللاذقية. وكانت وسائل الإعلام الرسمية قد أعلنت أمس أن الجيش استعاد مناطق عدة في هذه "
        "المحافظة المطلة على البحر، والتي تُعدّ معقلاً رئيسياً للعلويين، الأقلية التي يتحدّر منها الرئيس بشار الأسد. "
        "وكان معارضون مسلحون قد أطلقوا قبل أسبوعين تقريباً هجوماً أسموه «تحرير الساحل» من مواقع يتحصنون فيها في "
        "مناطق جبلية معزولة بريف اللاذقية، واستولوا خلاله على عدد من القرى. أما المرصد السوري لحقوق الإنسان "
        "فأكد أن القوات النظامية أحرزت تقدماً على حساب المعارضين، لكنه أشار إلى أنه لا يستطيع الجزم بأنها استردت القرى التي "
        "فقدتها. وأبلغ مصدر أمني سوري وكالة فرانس برس أن ما بقي أمام الجيش هو استعادة بلدة سلمى ذات الموقع "
        "الاستراتيجي في ريف اللاذقية على مقربة من الحدود التركية، والتي خرجت عن سيطرته أواخر عام 2012.",
        [E("territory_change", None, PL("ريف اللاذقية", "Latakia countryside", "Latakia"), "2013-08-19",
           "مصدر عسكري سوري", GOV,
           note="the army retaking the rebels' gains: the military source, state media's telling of the day before and "
                "the observatory's hedged advance are tellings of one act (no finer place). Salma's fall in late 2012 "
                "is a background recall, not coded"),
         E("territory_change", None, PL("ريف اللاذقية", "Latakia countryside", "Latakia", nth=2), None, None, FSA,
           note="the rebels' «تحرير الساحل» offensive taking villages about two weeks before: a recall told by the "
                "outlet («وكان … قد»), no day")])

passage("lf06", "2013-12-19", "Syrian embassy in Romania, relaying SANA", "SANA's round-up of several fronts in Rif "
        "Dimashq: the lead sums the places, the body tells each | page: "
        "https://syrianembassy.ro/ar/2013/12/19/استشهاد-3-مواطنين-بنيران-إرهابيين-في-بي",
        "ريف دمشق - سانا\n"
        "نفّذت وحدات من الجيش العربي السوري أمس سلسلة عمليات استهدفت تجمعات للمجموعات الإرهابية المسلحة في كل من معلولا "
        "ودوما وجوبر ومزارع ريما في ريف دمشق، وأبادت عدداً منها بجميع عناصرها. وأفادت مصادر لمندوبة سانا بأن أعداداً من "
        "الإرهابيين قُتلوا داخل مزارع الحجارية وعالية، وبتدمير وكر مع ما يحويه من سلاح وعتاد في مزارع الشيفونية التابعة لمنطقة "
        "دوما. وبحسب المصادر ذاتها، تعقّبت وحدة عسكرية مجموعة إرهابية إلى الشرق من حي جوبر باتجاه طريق المتحلق "
        "الجنوبي وقتلت عدداً من عناصرها، بينما قصفت وحدة أخرى وكراً لجبهة النصرة ضمن مزارع ريما قرب يبرود، فلم "
        "ينجُ أحد ممن كانوا داخله. وفي مدينة النبك، ضبطت وحدة من الجيش أثناء حملات التفتيش المستمرة ذخائر لأسلحة ثقيلة "
        "وصواعق ودارات تفجير وكمية من العبوات الناسفة الصغيرة. وفي معلولا، دارت اشتباكات بين وحدات الجيش ومجموعات مسلحة "
        "قرب فندق السفير والجامع الجديد، أسفرت عن سقوط أعداد كبيرة من المسلحين بين قتيل وجريح.\n"
        "(المصدر: سانا، 19 كانون الأول 2013)",
        [E("armed_clash", None, PL("الحجارية", "Al-Hajjariyah farms", "Rif Dimashq"), "2013-12-18", "مصادر لمندوبة سانا",
           GOV, note="the lead sums the detailed acts (no event of its own); killings in two farms told together: one "
                     "act, placed at the first; «أعداد» gives no figure"),
         E("armed_clash", None, PL("الشيفونية", "Al-Shifuniyah farms", "Rif Dimashq"), "2013-12-18",
           "مصادر لمندوبة سانا", GOV,
           note="a hideout destroyed at another place of the Douma area: its own event (ACLED codes by location); "
                "a second coder could fold it into the farms' event"),
         E("armed_clash", None, PL("جوبر", "Jobar", "Damascus", nth=1), "2013-12-18", "مصادر لمندوبة سانا", GOV,
           note="a unit pursuing a group east of Jobar: a clash; «عدداً» gives no figure"),
         E("shelling", None, PL("مزارع ريما", "Rima farms", "Rif Dimashq", nth=1), "2013-12-18", "مصادر لمندوبة سانا", GOV,
           note="«قصفت وحدة أخرى وكراً»: shelling of a Nusra hideout, all inside killed (no figure); the farms are "
                "placed at themselves (Yabroud is the enclosure)"),
         E("armed_clash", None, PL("معلولا", "Maaloula", "Rif Dimashq", nth=1), "2013-12-18", None, GOV,
           note="the Maaloula clashes by the hotel and the mosque, placed at the town (landmarks); the sentence names "
                "no source and the SANA dateline makes the outlet the teller. UNSURE: the weapons found in Nabk are "
                "not coded (a seizure, no act against anyone)")])

passage("lf07", "2014-05-26", "Al-Riyadh (via Sauress), relaying Reuters", "barrel bombs on one quarter, a monitor "
        "named after a description, background on barrels, a war-long toll (published inferred) "
        "| page: https://sauress.com/alriyadh/538997",
        "براميل متفجرة تقتل 25 شخصاً على الأقل في حي السكري بحلب\n"
        "أعلنت مجموعة ترصد النزاع مقتل ما لا يقل عن 25 شخصاً اليوم الاثنين جراء هجمات بالبراميل المتفجرة "
        "استهدفت مدينة حلب شمالي البلاد. والبراميل عبوات ناسفة بدائية الصنع تلقيها المروحيات، غير أن قدرتها على "
        "التدمير كبيرة، وقد عدّت الحكومات الغربية استعمالها جريمة حرب، لكن الطيران واظب على إلقائها بشكل شبه يومي على "
        "حلب ومناطق سورية أخرى. وذكر المرصد السوري لحقوق الإنسان (ومركزه في بريطانيا) أن الغارات وقعت بعد ظهر "
        "اليوم على حي السكري في حلب، كبرى مدن البلاد التي تتقاسم السيطرة عليها حالياً القوات الحكومية وفصائل المعارضة. "
        "وأضاف المرصد أن بين القتلى طفلين وامرأة في أقل تقدير، مرجحاً أن ترتفع الحصيلة لأن عدداً من الجرحى في حالة "
        "حرجة. وكان الصراع السوري قد بدأ قبل ما يزيد على ثلاث سنوات باحتجاجات سلمية، ثم تحوّل إلى تمرد مسلح إثر حملة "
        "قمع حكومية، وقد حصد حتى الآن أرواح أكثر من 160 ألف إنسان.",
        [E("airstrike", Q("ما لا يقل عن 25", 25, None), PL("السكري", "Al-Sukkari", "Aleppo"), "2014-05-26",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="barrel bombs from helicopters: an airstrike; the lead's «مجموعة ترصد النزاع» is named next as the "
                "observatory, which places the strikes in Sukkari (more specific than the city); the child and woman "
                "dead are a breakdown. The barrels' daily use is a habit, not an event"),
         E("casualties", Q("أكثر من 160 ألف", 160000, None, True), None, None, None, None, kind="aggregate",
           note="the war-long toll since 2011, the outlet's background: a casualties aggregate with no place")])

passage("lf08", "2015-05-10", "Tasnim (Iran, Arabic service)", "a pro-government agency's round-up of the eastern "
        "Ghouta by its reporter: a lead and five places | page: https://www.tasnimnews.com/ar/news/2015/05/10/735466/"
        "الجیش-السوری-یدمّر-نفقاً-فی-جوبر-شرقی-دمشق-ویقضی-على-إرهابیین-من-جنسیات-عربیة",
        "الجيش السوري يهدم نفقاً في جوبر ويقتل مسلحين أجانب في الغوطة\n"
        "أفاد مراسل لوكالة تسنيم الدولية للأنباء يوم السبت أن وحدات الجيش السوري شنّت هجمات مركّزة على مسلحي ما يعرف "
        "بـ«أجناد الشام» و«جيش الإسلام» في بلدات الغوطة الشرقية لدمشق ومزارعها، ما أدى إلى مصرع كثيرين منهم، بينهم "
        "حملة جنسيات أردنية وليبية وكويتية. ففي حرستا، دمّر الجيش ثلاث آليات ونقطة لـ«جيش الإسلام» قبالة جامع صلاح "
        "الدين، ما أسفر عن مقتل مسلحين من الأردن والسودان والكويت وليبيا وفلسطين. وفي قرية مرج السلطان بمنطقة النشابية، "
        "قضت وحدة عسكرية على سبعة من عناصر «أجناد الشام» ودمّرت آلية لهم. وعلى الحافة الشمالية للغوطة، اشتبكت القوات في "
        "مزارع تل كردي مع مجموعات مسلحة إلى الشمال الشرقي من دوما، ما أوقع قتلى كثيرين في صفوف المسلحين، في حين وقع "
        "آخرون بين قتيل ومصاب ودُمّر سلاحهم وعتادهم في المزارع الممتدة بين ميدعا وميدعاني عند الطرف الشرقي الأقصى "
        "للغوطة. كما فجّر الجيش نفقاً إلى الشرق من الصالة الرياضية بجوبر، وقتل 19 مسلحاً على الأقل.",
        [E("armed_clash", None, PL("حرستا", "Harasta", "Rif Dimashq"), "2015-05-09",
           "مراسل لوكالة تسنيم الدولية للأنباء", GOV,
           note="the lead sums the acts below (no event of its own); the agency's own reporter files the whole story, "
                "so he is every event's source (stop 30). Five nationalities listed, no number written: no figure; the "
                "mosque places the act in Harasta"),
         E("armed_clash", Q("سبعة", 7), PL("مرج السلطان", "Marj al-Sultan", "Rif Dimashq"), "2015-05-09",
           "مراسل لوكالة تسنيم الدولية للأنباء", GOV, note="the village, not the Nashabiyah area"),
         E("armed_clash", None, PL("تل كردي", "Tal Kurdi", "Rif Dimashq"), "2015-05-09",
           "مراسل لوكالة تسنيم الدولية للأنباء", GOV, note="the Tal Kurdi farms north-east of Douma"),
         E("armed_clash", None, PL("ميدعا", "Maidaa", "Rif Dimashq"), "2015-05-09",
           "مراسل لوكالة تسنيم الدولية للأنباء", GOV,
           note="dead and wounded in the farms between two places: placed at the first (stop 30's road rule); a second "
                "coder could fold it into the Tal Kurdi clash («في حين»)"),
         E("armed_clash", Q("19", 19, None), PL("جوبر", "Jobar", "Damascus", nth=1), "2015-05-09",
           "مراسل لوكالة تسنيم الدولية للأنباء", GOV,
           note="TYPE CALL: the army blowing up a tunnel and killing at least 19: coded a clash (the type list has no "
                "demolition; explosion would fit an IED), the dead are the figure")])

passage("lf09", "2015-05-18", "Tasnim (Iran, Arabic service)", "three villages taken, a military source's second "
        "telling, a recalled taking of heights on a dated day | page: https://www.tasnimnews.com/ar/news/2015/05/18/"
        "744021/الجیش-السوری-یسیطر-على-ثلاث-قرى-فی-ریف-اللاذقیة-ویقضی-على-عدد-من-الإرهابیین",
        "الجيش السوري يبسط سيطرته على ثلاث قرى بريف اللاذقية الشمالي\n"
        "ذكر مراسل لوكالة تسنيم أن الجيش السوري، مدعوماً باللجان الشعبية، أحكم اليوم الاثنين قبضته كاملة على الريانة "
        "وبيت عيوش والمزرعة، وهي ثلاث قرى في منطقة قسطل معاف شمال غربي البلاد، وعلى التلال المجاورة لها، إثر مواجهات ضارية مع مجموعات "
        "مسلحة تتزعمها «جبهة النصرة»، قُتل فيها عشرات المسلحين وجُرح كثيرون منهم. وصرّح مصدر عسكري بأن القوات الحكومية "
        "ثبّتت سيطرتها على القرى الثلاث وعلى عدد من التلال في الريف الشمالي للمحافظة، بعدما أوقعت بين صفوف المسلحين "
        "عشرات القتلى والمصابين، مؤكداً أن وحدات الجيش وقوات الدفاع الشعبي أنهت وجود آخر مجموعات «النصرة» والفصائل "
        "المنضوية تحت لوائها في القرى المذكورة ومرتفعاتها. ويأتي هذا التقدم في أعقاب عمليات عسكرية عدة خاضها الجيش على "
        "جبهة قمة النبي يونس لتدعيم مواقعه هناك، إذ انتزع في الثامن من الشهر الحالي مرتفعات رويسة جورة الزعيتر ورويسة "
        "الملوحة والزينونة في ريف اللاذقية الشمالي.",
        [E("territory_change", Q("عشرات", 20, 90, True), PL("الريانة", "Al-Rayyana", "Latakia"), "2015-05-18",
           "مراسل لوكالة تسنيم", GOV,
           note="one act told over three villages (a group), placed at the first; the dead («عشرات المسلحين») are the "
                "figure, «ثلاث قرى» counts villages. The military source's telling is the same act"),
         E("territory_change", None, PL("الزينونة", "Al-Zaynuna heights", "Latakia"), "2015-05-08", "مراسل لوكالة تسنيم",
           GOV, note="a recalled taking of three heights on «الثامن من الشهر الحالي»: its own event (a group, placed at "
                     "one member); the reporter's story carries over")])

passage("lf10", "2015-08-27", "Arabi21, relaying Anadolu", "ISIS takes four villages with both sides' dead, the "
        "opposition's counter-attack, a commander's telling, a car bomb that morning (published inferred) "
        "| page: https://arabi21.co/story/854663/44-قتيلا-في-معارك-بين-تنظيم-الدولة-والمعارضة-بريف-حلب",
        "44 قتيلاً في مواجهات بين تنظيم الدولة والمعارضة شمال حلب\n"
        "استولى تنظيم الدولة يوم الخميس على مجموعة من القرى في الريف الشمالي لحلب، إثر معارك ضارية مع فصائل المعارضة "
        "المسلحة قُتل فيها 30 من عناصر التنظيم و14 من مقاتلي المعارضة، وفق مصادر ميدانية. وقالت مصادر عسكرية في "
        "المعارضة لوكالة الأناضول إن التنظيم هاجم من محاور عدة، وتمكّن من دخول قريتي حربل وصندف القريبتين من مارع، "
        "وقريتي حرجلة ودلحة المحاذيتين للحدود التركية. وتابعت المصادر أن الفصائل دفعت بتعزيزات لوقف الهجوم، واستردت "
        "قرية حرجلة وجانباً من صندف، إضافة إلى جميع النقاط التي تقدّم إليها التنظيم حول مارع، فيما لا تزال المعارك "
        "مستمرة في حربل وصندف ودلحة. وقال أبو خالد، أحد قادة الجبهة الشامية على جبهة حرجلة، إن التنظيم حشد أعداداً "
        "ضخمة من المقاتلين، كثير منهم أجانب، وتقدّم نحو الريف الشمالي تحت قصف ناري عنيف مستعيناً بالعربات المفخخة، "
        "مؤكداً أن الفصائل تعمل الآن على استرجاع ما خسرته من مواقع. يُذكر أن التنظيم فجّر في الصباح الباكر من اليوم "
        "سيارة ملغّمة في مدينة مارع، فأصيب عدد كبير من المدنيين، بينهم نساء وأطفال.",
        [E("territory_change", Q("44", 44), PL("حربل", "Harbal", "Aleppo"), "2015-08-27", "مصادر ميدانية", IS,
           note="ISIS's attack and taking of four villages: one act (a group), placed at the first named; the headline's "
                "44 is the total of both sides' dead (30 ISIS + 14 opposition = its breakdown), the figure of the "
                "fight (stop 30). The continuing fighting and the commander's telling are the same act"),
         E("territory_change", None, PL("حرجلة", "Harjala", "Aleppo", nth=1), "2015-08-27", "مصادر عسكرية في المعارضة",
           FSA, note="the factions' counter-attack retaking Harjala and part of Sandaf (the reinforcements are part of it); "
                     "«وتابعت المصادر» carries the opposition sources"),
         E("explosion", None, PL("مارع", "Marea", "Aleppo", nth=2), "2015-08-27", None, IS,
           note="a car bomb with many civilians wounded (no figure); «يُذكر أن» is the outlet's own addition")])

passage("lf11", "2016-02-16", "Vetogate (Egypt), relaying SANA", "villages retaken in two tellings (the outlet's and "
        "a military source's), demining, a recalled taking the day before (published inferred) "
        "| page: https://vetogate.com/2049817",
        "الجيش السوري يستعيد قرى جديدة في ريف اللاذقية الشمالي\n"
        "استعادت قوات الجيش العربي السوري، تساندها مجموعات الدفاع الشعبي، السيطرة على جبل عين الغزال ووادي باصور، "
        "وهما قريتان في الريف الشمالي لمحافظة اللاذقية. وذكر مصدر عسكري، في تصريح نقلته «سانا»، أن "
        "وحدات الجيش ومجموعات الدفاع الشعبي أعادت السيطرة على قريتي بلله وشلف، الواقعتين على بعد نحو 52 كيلومتراً إلى "
        "الشمال الشرقي من مدينة اللاذقية. ولفت المصدر إلى أن الجيش دمّر آخر معاقل الإرهابيين وتحصيناتهم في القريتين "
        "وألحق بهم خسائر بشرية ومادية، ففرّ كثير منهم نحو الحدود مع تركيا، مضيفاً أن فرق الهندسة فكّكت العبوات الناسفة "
        "التي زرعها المسلحون لعرقلة تقدم القوات. وكانت وحدات الجيش ومجموعات الدفاع الشعبي قد أعادت أمس السيطرة على "
        "رويسة الجلطة وظهرة الكروم وأرض القرم والنقطة 665 في ريف اللاذقية الشمالي. وينتشر في هذا الريف بشقيه الشمالي "
        "والشمالي الشرقي عدد من التنظيمات المسلحة، من بينها «لواء السلطان عبد الحميد» إلى جانب «لواء أحرار "
        "الساحل» و«جبهة النصرة».",
        [E("territory_change", None, PL("وادي باصور", "Wadi Basur", "Latakia"), "2016-02-16", None, GOV,
           note="two villages retaken (a group, placed at one member); the next sentence's military source names two "
                "other villages, so it does not carry back (stop 30). UNSURE: the page may tell one operation in two "
                "tellings with different names; coded as two by place"),
         E("territory_change", None, PL("بلله", "Ballah", "Latakia"), "2016-02-16", "مصدر عسكري", GOV,
           note="the source's two villages (a group); the fighters' flight and the demining are part of it; 52 km is "
                "a distance"),
         E("territory_change", None, PL("رويسة الجلطة", "Ruwaysat al-Jalta", "Latakia"), "2016-02-15", None, GOV,
           note="a taking «أمس» of four hills and a post (a group, placed at the first); «وكانت … قد» is the outlet's "
                "recall; «النقطة 665» is a name, not a figure")])

passage("lf12", "2019-11-10", "Fresh Syria (Fresh Online)", "Russian strikes on a village and a town with a summed "
        "toll, the reporter's telling, the civil defence at work, a running toll since a truce (published inferred) "
        "| page: https://freshsyria.net/?p=40661",
        "قتلى وجرحى مدنيون في غارات روسية على الملاجة وسراقب جنوب إدلب\n"
        "قضى تسعة مدنيين في مجزرة ارتكبتها الطائرات الحربية الروسية بقرية الملاجة وبمدينة سراقب، وكلتاهما في الريف الجنوبي "
        "لمحافظة إدلب. وأوضح مراسل «فرش أونلاين» أن الغارات الروسية التي طالت منازل الأهالي في الملاجة ظهر اليوم الأحد "
        "أودت بحياة خمسة مدنيين، أربع منهم نساء، وأدّت كذلك إلى إصابة رجل وامرأة آخرين بجروح. وفي سراقب، لقي أربعة مدنيين "
        "مصرعهم وجُرح سبعة آخرون بغارات روسية مماثلة طالت الأطراف الشمالية للمدينة، وهرعت فرق «الخوذ البيضاء» التابعة "
        "للدفاع المدني إلى المكان فأسعفت المصابين وانتشلت جثث الضحايا وأعادت فتح الطريق أمام المارة. ولا يكاد القصف يتوقف "
        "على محافظة إدلب من جانب قوات نظام الأسد والطيران الروسي، رغم الهدنة التي أعلنتها موسكو في شهر آب الماضي، وقد "
        "خلّف هذا القصف مئات الضحايا من المدنيين بين قتيل وجريح.",
        [E("airstrike", Q("خمسة", 5), PL("الملاجة", "Al-Mallaja", "Idlib", nth=1), "2019-11-10", "مراسل «فرش أونلاين»",
           RUS, note="the lead's nine is the sum of the two places' dead (5+4): no event of its own (stop 34); four women "
                     "are a breakdown, two wounded"),
         E("airstrike", Q("أربعة", 4), PL("سراقب", "Saraqib", "Idlib", nth=1), "2019-11-10", "مراسل «فرش أونلاين»", RUS,
           note="«وفي سراقب» goes on with the reporter's telling of the same kind of act; seven wounded"),
         E("casualties", Q("مئات", 200, 900, True), PL("إدلب", "Idlib", "Idlib", nth=2), None, None, None,
           kind="aggregate",
           note="the shelling and strikes of two actors since Moscow's August truce: a running toll naming several "
                "kinds of act, so casualties (stop 32); a killed-and-wounded figure with no dead apart (kc21). "
                "Outlet's background")])

passage("lf13", "2022-03-09", "Al-Moharrar Media", "three assassinations in one hour with a summed toll, a monitor's "
        "telling of each victim | page: https://almohrarmedia.net/?p=78148",
        "قتيلان وجريحان في ثلاث عمليات اغتيال خلال ساعة واحدة بدرعا\n"
        "لقي شخصان حتفهما وجُرح اثنان آخران بإصابات متفاوتة الخطورة، في ثلاث عمليات اغتيال بالرصاص المباشر نفّذها مجهولون "
        "في غضون ساعة واحدة بمحافظة درعا، يوم أمس الثلاثاء 8 آذار. وذكر «تجمع أحرار حوران» أن الشاب سامر عدنان الخطيب "
        "فارق الحياة متأثراً بإصابته بعدما أطلق عليه مجهولون النار في مدينة جاسم، مبيناً أنه كان معتقلاً سابقاً لدى "
        "النظام أُطلق سراحه بعد قرابة سبعة أشهر من الاحتجاز، ولا يتبع لأي تشكيل عسكري. وفي جاسم أيضاً، تعرّض الشاب وائل "
        "منير العبدالله لإطلاق نار مباشر من مسلحين مجهولين، فأصيب بجروح بالغة نُقل بسببها إلى المستشفى، وبحسب التجمع "
        "فقد كان مقاتلاً في أحد فصائل الجيش الحر، وأبرم تسوية مع النظام في منتصف 2018، ويُتهم بالتعاون مع الأفرع "
        "الأمنية. أما في مدينة داعل، فقد استهدف مسلحون مجهولون قيادياً سابقاً في «قوات شباب السنة»، أحد فصائل الجيش "
        "الحر، يدعى خليل المحمود، وعنصراً سابقاً في فصائل المنطقة يدعى فارس المحمود، فأصيب الأول إصابة خطيرة وقُتل "
        "الثاني في الحال. وقد ازدادت وتيرة الاغتيالات في درعا خلال الأشهر الماضية.",
        [E("armed_clash", None, PL("جاسم", "Jasim", "Daraa"), "2022-03-08", "تجمع أحرار حوران", UNK,
           note="an assassination by unknown gunmen is a clash (stop 30); one dead, no figure. The lead's two dead and "
                "two wounded in three attacks sum the three incidents: no event of its own"),
         E("armed_clash", None, PL("جاسم", "Jasim", "Daraa", nth=1), "2022-03-08", "تجمع أحرار حوران", UNK,
           note="a second attack in the same town, on another man, who was wounded: its own incident"),
         E("armed_clash", None, PL("داعل", "Dael", "Daraa"), "2022-03-08", "تجمع أحرار حوران", UNK,
           note="one attack on two men (one dead, one wounded); the sentence goes on with the monitor's report of the "
                "same kind of act, so its source carries. The rise of assassinations is a trend, not coded")])

passage("lf14", "2023-04-20", "Syria TV, relaying Suwayda 24", "a network's count of abductions for ransom since "
        "January, one told inside it, two new cases by day word | page: https://www.syria.tv/"
        "مجدداً-تصاعد-عمليات-الخطف-للابتزاز-المالي-في-السويداء",
        "من جديد.. عمليات الخطف بهدف الابتزاز المالي تتصاعد في السويداء\n"
        "قالت شبكة «السويداء 24» إن حوادث الخطف في محافظة السويداء عادت إلى الارتفاع بعد بضعة أشهر فقط من الهدوء "
        "النسبي. وأوضحت الشبكة، في تقرير نشرته عبر منصاتها على مواقع التواصل، أنها رصدت منذ بداية العام الجاري وحتى آذار "
        "خمس عمليات خطف داخل المحافظة غايتها تحصيل فدية مالية، من بينها خطف شقيقين قادمين من ريف حمص جرى استدراجهما إلى "
        "السويداء واحتجازهما ما يزيد على أسبوعين، قبل أن يُخلى سبيلهما مقابل فدية تسلّمها وسيط من عائلة الحمدان في قرية "
        "لبين غرب السويداء. وفي يوم السبت الماضي، وقع الشاب سليم ياسر الأحمد، المتحدر من محافظة حلب، في فخ نصبته عصابة "
        "مسلحة بواسطة حساب مزيّف على فيسبوك ادّعى صاحبه أنه فتاة، فخُطف لحظة وصوله إلى مفرق صلاخد، على الطريق "
        "الواصلة بين دمشق والسويداء. وبدأ الخاطفون بعدها بابتزاز عائلته وطلب فدية، وراحوا يعذبونه ويصورون ذلك ويرسلون المقاطع إلى "
        "ذويه، مهددين بقتله إن لم يُدفع المبلغ. ويوم الاثنين الماضي، غاب أثر الشاب نادر سمير الخلف في ظروف لم تتضح بعد.",
        [E("arrest", Q("خمس", 5), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2023-03", "شبكة «السويداء 24»", UNK,
           kind="aggregate",
           note="abductions are coded arrest (sets 73, 79); five abductions January-March 2023 in the governorate: an "
                "aggregate (period 2023-01..2023-03), beside the case it tells"),
         E("arrest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=3), None, "شبكة «السويداء 24»", UNK,
           note="the two brothers lured to Suwayda, held two weeks and freed for ransom: an act of its own inside the "
                "count (stop 34 keeps a listed incident with its own act); the dual «شقيقين» gives no figure; no day; "
                "Labin is where the ransom was handed, not where they were taken"),
         E("arrest", None, PL("صلاخد", "Salakhid", "As-Suwayda"), "2023-04-15", "شبكة «السويداء 24»", UNK,
           note="an abduction by an armed gang at the Salakhid junction on «السبت الماضي» (the Saturday before the "
                "20th); the sentence goes on with the network's report of the same kind of act. UNSURE: the "
                "disappearance on Monday is not coded (the text does not say he was taken)")])

passage("lf15", "2023-10-29", "Syria TV", "a page summary, renewed tribal fighting over four places, two local "
        "networks' tellings (a combined toll, civilians killed by shelling) | page: https://www.syria.tv/"
        "قتلى-وجرحى-في-تجدد-الاشتباكات-بين-العشائر-العربية-وقسد-في-ريف-دير-الزور",
        "قتلى وجرحى في جولة جديدة من المعارك بين العشائر العربية و«قسد» بريف دير الزور\n"
        "باختصار: عاد القتال في ريف دير الزور بين مقاتلي العشائر العربية و«قوات سوريا الديمقراطية»؛ وخلّف قتلى بين "
        "المدنيين وأكثر من 20 قتيلاً وجريحاً في صفوف «قسد»؛ وأسقط مقاتلو العشائر طائرة مسيّرة محمّلة بالقنابل.\n"
        "سقط عدد من القتلى والجرحى صباح اليوم الأحد في معارك عنيفة اندلعت مجدداً في ريف دير الزور بين «قسد» ومقاتلي "
        "العشائر العربية، بعد أيام قليلة من إبرام عدد من أبناء العشائر تسوية مع «قسد». "
        "وتداولت حسابات محلية عبر منصات التواصل تسجيلات مصوّرة للمواجهات في الريف الشرقي لدير الزور، والتي تمركزت في أبو "
        "حردوب والجرذي وذيبان وأبو حمام. وبحسب شبكة «مراسل الشرقية»، فإن المواجهات أوقعت في صفوف «قسد» أكثر من 20 "
        "بين قتيل وجريح، وأن مقاتلي العشائر أسروا عناصر آخرين وأسقطوا طائرة مسيّرة. بينما قالت شبكة «الشرقية بوست» إن "
        "مدنيين قُتلوا جراء قصف «قسد» لمنازل في المنطقة.",
        [E("armed_clash", Q("أكثر من 20", 20, None, True), PL("أبو حردوب", "Abu Hardub", "Deir ez-Zor"), "2023-10-29",
           "شبكة «مراسل الشرقية»", TRIBES,
           note="one renewed fight told over four places (a group, placed at the first named); a killed-and-wounded figure "
                "with no dead apart is the act's figure (kc21); the captives and the downed drone are part of it. The "
                "settlement days before is background, not coded"),
         E("shelling", None, PL("الريف الشرقي لدير الزور", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"),
           "2023-10-29", "شبكة «الشرقية بوست»", SDF,
           note="the SDF shelling homes and killing civilians (a plural, no figure), told by another network: its own "
                "act; no finer place than the fighting's region")])

passage("lf16", "2024-03-24", "Al-Manshar", "Israeli strikes at dawn with their cause, a recalled strike in Lebanon, "
        "the observatory's running tally since the Gaza war | page: "
        "https://elmanshar.com/2024/03/24/غارات-إسرائيلية-على-مواقع-حزب-الله-في-د",
        "غارات إسرائيلية على محيط دمشق فجر الأحد\n"
        "شنّت طائرات حربية تابعة لسلاح الجو الإسرائيلي في الساعات الأولى من فجر اليوم الأحد 24 آذار/مارس 2024 سلسلة من "
        "الغارات الجوية استهدفت أطراف العاصمة السورية دمشق. وجاءت الضربات رداً على قذائف سقطت في الجولان المحتل، بالتزامن مع إطلاق دفعة من الصواريخ "
        "من جنوب لبنان نحو شمال إسرائيل. وسبق ذلك أن قصفت إسرائيل مدينة بعلبك، التي تعد من أبرز معاقل حزب الله، وذلك في ثالث "
        "استهداف إسرائيلي للمدينة منذ الثامن من تشرين الأول/أكتوبر الماضي. وبحسب المرصد السوري لحقوق الإنسان، فقد وصل عدد الضربات "
        "الإسرائيلية على الأراضي السورية منذ اندلاع الحرب على غزة إلى 70 ضربة، 46 منها جوية و24 برية، أصابت أو دمّرت "
        "قرابة 131 هدفاً، من بينها مخازن سلاح وذخيرة ومقار ومراكز وآليات. وأودت هذه الضربات بحياة 123 عسكرياً، وأوقعت "
        "66 جريحاً آخرين بإصابات متفاوتة الخطورة.",
        [E("airstrike", None, PL("أطراف العاصمة السورية دمشق", "Damascus outskirts", "Rif Dimashq"), "2024-03-24", None,
           ISR, note="no toll given; the shells on the Golan and the rockets from Lebanon are the cause, told outside "
                     "Syria, not coded"),
         E("airstrike", None, PL("بعلبك", "Baalbek", None, "LBN"), None, None, ISR,
           note="UNSURE: a recalled Israeli strike in Lebanon (no day); coded as an act the text tells, abroad; a coder "
                "keeping to Syria would leave it out"),
         E("airstrike", Q("123", 123), None, None, "المرصد السوري لحقوق الإنسان", ISR, kind="aggregate",
           note="the observatory's running tally since the Gaza war (period 2023-10-07..2024-03-24): one cause (Israeli "
                "strikes, air and ground), so airstrike (stop 32); the dead are the figure; 70 strikes (46+24), 131 "
                "targets and 66 wounded are its other amounts")])

passage("lf17", "2024-10-02", "Syria News Agency (opposition site), relaying SNHR", "a monthly report: the month's "
        "civilian dead with breakdowns by party, children, women and governorates, refugees killed abroad, torture, "
        "the group's closing call | page: https://syrianewsagency.net/breaking/52590",
        "الشبكة السورية: 50 قتيلاً مدنياً في أيلول و96 لاجئاً سورياً قضوا في لبنان\n"
        "أفادت الشبكة السورية لحقوق الإنسان، عبر تقرير أصدرته أمس الثلاثاء، بأنها وثّقت مقتل 50 مدنياً في سوريا خلال أيلول "
        "2024، من بينهم 13 طفلاً و6 نساء، فضلاً عن 10 أشخاص لقوا حتفهم تحت التعذيب. وبحسب التقرير، قضى 96 لاجئاً سورياً، "
        "منهم 36 طفلاً و19 امرأة، في لبنان جراء الغارات الإسرائيلية بين 23 و30 أيلول. وبيّن التقرير أن قوات الأسد "
        "مسؤولة عن مقتل 18 من مدنيي الشهر، بينهم 3 أطفال و2 من السيدات، وأن ميليشيا «قسد» قتلت مدنياً واحداً، بينما "
        "قُتل 29 مدنياً، منهم 10 أطفال و4 نساء، بأيدي جهات أخرى. ولفت إلى أن إدلب وحلب استأثرتا معاً بـ24% من مجموع "
        "ضحايا الشهر، وهي النسبة الأعلى بين المحافظات، إذ قتلت قوات الأسد فيهما 11 شخصاً. كما سجّل التقرير وفاة 10 "
        "أشخاص تحت التعذيب خلال أيلول، 9 منهم في قبضة قوات الأسد، بينهم طفل، وواحد لدى جهات أخرى. وشدّد التقرير على "
        "وجوب توقّف النظام عن قصفه العشوائي وعن استهداف الأحياء السكنية، ووضع حد للتعذيب الذي أودى بحياة آلاف المعتقلين "
        "في مراكز الاحتجاز، والتقيّد بقرارات مجلس الأمن الدولي.",
        [E("casualties", Q("50", 50), PL("سوريا", "Syria", nth=1), "2024-09", "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate",
           note="the month's civilian toll (period 2024-09), placed at the country as set 1's p24; the parties' shares "
                "(18, 1, 29), the children and women and the Idlib-Aleppo share are its breakdown. UNSURE: the ten "
                "torture deaths («فضلاً عن») are read as a category of the fifty (SNHR counts them inside), no "
                "aggregate of their own"),
         E("airstrike", Q("96", 96), PL("لبنان", "Lebanon", None, "LBN"), "2024-09", "الشبكة السورية لحقوق الإنسان",
           ISR, kind="aggregate",
           note="Syrian refugees killed by Israeli strikes in Lebanon between 23 and 30 September: a toll naming one "
                "cause takes its type (stop 32); the act happened abroad, so Lebanon is its place"),
         E("statement", None, None, "2024-10-01", "الشبكة السورية لحقوق الإنسان", None,
           note="the report's closing call on the regime (stop 32's rule: a named body's call is a statement)")])

passage("lf18", "2024-11-10", "Al-Jeebal (Iraq)", "an Israeli strike in two tellings with different tolls (the "
        "observatory, SANA's military source), a strike of the night before recalled | page: "
        "https://aljeebal.com/posts/1793",
        "أعلن المرصد السوري لحقوق الإنسان يوم الأحد، العاشر من تشرين الثاني/نوفمبر 2024، أن غارة إسرائيلية على مبنى بمنطقة "
        "السيدة زينب جنوبي دمشق أودت بحياة 7 أشخاص على الأقل، موضحاً أن المبنى يقطنه أفراد من «حزب الله» اللبناني. وجاء في "
        "بيان للمرصد اطّلعت عليه «الجبال» أن حصيلة القتلى صعدت إلى 7، وأن 14 شخصاً في أقل تقدير، بينهم نساء وأطفال، "
        "أصيبوا بجروح متفاوتة وبعضهم في حال حرجة، وفق حصيلة أولية للضربة التي طالت شقة في بناء بالسيدة زينب في ريف "
        "دمشق. وأشار المرصد إلى أن المستهدفين «شخصيات» كانت في شقة ضمن مبنى تسكنه أسر لبنانية وعناصر من الحزب. من جهتها، "
        "نقلت الوكالة العربية السورية للأنباء عن مصدر عسكري قوله إن الطائرات الإسرائيلية أغارت من جهة الجولان المحتل على "
        "بناء سكني في السيدة زينب بريف دمشق، ما تسبب بمقتل 7 مدنيين بينهم نساء وأطفال وجرح عشرين آخرين وإلحاق "
        "أضرار مادية بأملاك خاصة. وتأتي هذه الغارة بعد مقتل 5 أشخاص، بينهم 4 من «السوريين الموالين لإيران»، في غارات "
        "إسرائيلية على شمال سوريا وشمالها الغربي في الساعات التي تلت منتصف ليل الجمعة-السبت، بحسب المرصد.",
        [E("airstrike", Q("7", 7, None), PL("السيدة زينب", "Sayyida Zaynab", "Rif Dimashq"), "2024-11-10",
           "المرصد السوري لحقوق الإنسان", ISR,
           note="one strike told by the observatory and by SANA's military source (both 7 dead; 14 or 20 wounded): one "
                "event, the first telling's source and figure (stop 34)"),
         E("airstrike", Q("5", 5), PL("شمال سوريا", "Northern Syria"), "2024-11-09", "المرصد", ISR,
           note="strikes of the night before («بعد منتصف ليلة الجمعة-السبت» → Saturday the 9th), placed at the region "
                "the text gives; the four pro-Iran Syrians are a breakdown; the source closes the sentence")])

passage("lf19", "2025-03-24", "Al-Araby Al-Jadeed", "a page summary and a lead on the General Security's campaign "
        "against the old regime's remnants: the day's arrests, a town's campaign, two named arrests, the coastal "
        "attacks recalled | page: https://www.alaraby.co.uk/politics/"
        "الأمن-العام-يواصل-ملاحقة-المطلوبين-من-فلول-نظام-الأسد-في-سورية",
        "الأمن العام يمضي في تعقّب فلول نظام الأسد المطلوبين\n"
        "24 آذار 2025\n"
        "الملخص:\n"
        "- قوى الأمن العام ماضية في حملاتها على فلول نظام بشار الأسد، وقد أوقفت مطلوبين متهمين بجرائم حرب وضبطت "
        "في ريف إدلب أسلحة وذخائر.\n"
        "- حملة واسعة في خان شيخون لتعقّب الفلول، إثر تنظيمهم مجموعات نفّذت هجمات في الساحل السوري خلّفت عشرات القتلى "
        "والجرحى.\n"
        "- توقيف رامي الصالح المتهم بالضلوع في مجازر، ووسيم دياب، وهو من كبار صانعي الكبتاغون وكان يشرف على معامل في "
        "ريف دمشق والساحل.\n"
        "تتابع قوى الأمن العام، المرتبطة بوزارة الداخلية السورية، حملاتها لملاحقة فلول الأسد ونظامه المخلوع في "
        "المحافظات السورية كافة، وقد نجحت في القبض على جملة من المطلوبين بتهم ارتكاب جرائم حرب وجرائم ضد الإنسانية، فيما "
        "تتواصل هذه الحملات بعد قرابة أربعة أشهر على سقوط النظام. وضمن هذه الحملة، اعتقلت اليوم الاثنين قوى "
        "الأمن العام عدداً من المطلوبين في قرى بريف جسر الشغور غرب محافظة إدلب شمال غربي البلاد، وصادرت ما كان بحوزتهم من "
        "أسلحة وذخائر متنوعة.",
        [E("arrest", None, PL("ريف جسر الشغور", "Jisr al-Shughur countryside", "Idlib"), "2025-03-24", None, NEWGOV,
           note="the day's arrests in villages of the Jisr al-Shughur countryside (the summary's «ريف إدلب» is the "
                "same act); «عدداً» gives no figure; the seized weapons are part of it. The campaign «in all "
                "governorates» is a habit with no figure, not coded"),
         E("arrest", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2025-03-24", None, NEWGOV,
           note="TYPE CALL: a wide campaign to hunt the remnants in Khan Shaykhun, told only in the summary: coded as an "
                "arrest campaign with no figure; a second coder could code other or leave it out"),
         E("armed_clash", Q("عشرات", 20, 90, True), PL("الساحل السوري", "Syrian coast"), None, None, LOYAL,
           note="the remnants' attacks on the coast (March 2025) recalled as the campaign's cause, no day: a "
                "killed-and-wounded figure with no dead apart (kc21); a multi-governorate region"),
         E("arrest", None, None, "2025-03-24", None, NEWGOV,
           note="two named men arrested (a list of names: no figure); Rif Dimashq and the coast are where one ran "
                "factories, not where they were held: no place")])

passage("lf20", "2025-04-06", "klyoum (aggregator), relaying Syria TV", "an aggregator's header, arrests in one "
        "area with a local office's telling, the General Security's call to victims, a sub-heading and a recalled "
        "arrest | page: https://www.klyoum.com/syria-news/ar/"
        "64-ساهموا-في-اعتقال-المدنيين-الأمن-العام-يوقف-متعاونين-مع-النظام-المخلوع-بريف-حمص",
        "قسم أخبار سوريا | «كل يوم» نقلاً عن تلفزيون سوريا | تاريخ النشر: 6 نيسان 2025\n"
        "ألقت إدارة الأمن العام بالحولة، المنطقة الواقعة في الريف الشمالي الغربي لحمص، القبض على عدد من الأشخاص الذين تعاونوا مع "
        "النظام المخلوع، وشاركوا في اعتقال مدنيين وتصفيتهم بعد اتفاق «التسوية». وقالت مصادر أمنية إن جهاز الأمن الداخلي "
        "أوقف في الحولة عدداً من عملاء النظام البائد، بينهم خالد سعيد الرحال وعمر سعيد الرحال وجميل ناصر الملقّب «أبو "
        "النور». ويُعرف هؤلاء بصلاتهم المتينة بالأفرع الأمنية في عهد النظام السابق، وبضلوعهم في زجّ مدنيين في المعتقلات "
        "فارق بعضهم الحياة في سجن صيدنايا جراء التعذيب، وفق «المكتب الإعلامي في الحولة». أما إدارة الأمن العام فدعت كل من لديه شكوى "
        "أو حق على هؤلاء إلى مراجعة مقرها في الحولة، وهو مبنى أمن الدولة سابقاً، لتسجيل دعواه الشخصية، بحسب المصدر "
        "ذاته.\n"
        "ملاحقة فلول النظام المخلوع\n"
        "وصعّد الأمن العام حملات تعقّب فلول النظام المخلوع، مركّزاً على القادة الأمنيين والعسكريين الذين أدّوا أدواراً "
        "بارزة في القمع طوال السنوات الماضية. وأفضت هذه الحملات إلى توقيف عدد من الأسماء البارزة، منهم عاطف نجيب، الذي "
        "ترأس فرع الأمن السياسي في درعا سابقاً.",
        [E("arrest", None, PL("الحولة", "Al-Houla", "Homs"), "2025-04-06", "مصادر أمنية", NEWGOV,
           note="the lead's act, told again by security sources in the next sentence (the source carries back, stop "
                "30); three names, no figure; undated: the item's news. The deaths in Saydnaya are history"),
         E("statement", None, PL("الحولة", "Al-Houla", "Homs", nth=3), "2025-04-06", "إدارة الأمن العام", NEWGOV,
           note="the General Security's call on victims to file complaints at its Houla office: a named body's call "
                "(stop 32)"),
         E("arrest", None, None, None, None, NEWGOV,
           note="Atef Najib's arrest recalled as a result of the campaign (no day, no place: Daraa is where he once "
                "headed a branch)")])

passage("lf21", "2025-11-29", "klyoum (aggregator), relaying Aks al-Seer", "an aggregator's header, a faction's "
        "arrest campaign in a city with a network's telling, a video of a beating, evening arrests in a town, the "
        "faction's statement | page: https://www.klyoum.com/syria-news/ar/"
        "74-معلومات-مؤكدة-عن-خيانة-عظمى-و-مؤامرة-دنيئة-الحرس-الوطني-في-السويدا-يصدر-بيانا-بعد",
        "قسم أخبار سوريا | «كل يوم» نقلاً عن عكس السير | تاريخ النشر: 29 تشرين الثاني 2025\n"
        "ذكرت وسائل إعلام محلية في السويداء أن «الحرس الوطني» نفّذ يوم السبت حملة أمنية في المدينة، اعتُقل خلالها "
        "خمسة أشخاص على الأقل، بالتوازي مع انتشار أمني على الطرق الرئيسية. وأكدت شبكة «السويداء 24»، أبرز منابر أخبار "
        "المحافظة، توقيف شخصين هما وليد الحناوي وفراس أبو راس. وتداول ناشطون تسجيلات مصورة مسيئة صوّرها العناصر الذين "
        "أوقفوا الحناوي، ظهروا فيها وهم يضربونه ويهينونه، ما أثار موجة غضب في الشارع المحلي بحسب الشبكة. وأوضحت الشبكة "
        "أن الحناوي كان من مسؤولي فصيل «المجلس العسكري» الذي نشأ بعد سقوط النظام في العام الماضي ثم خبا دوره في الأشهر "
        "الأخيرة، مضيفة أن الاعتقالات تواصلت مساءً وشملت عدداً من الأشخاص، منهم ثائر الشعار المقرّب من الحناوي، الذي "
        "سلّم نفسه إثر دهم منزله في بلدة عتيل. وطالت المداهمات كذلك بيوت أشخاص تقول مصادر مقربة من «الحرس الوطني» إنهم "
        "على صلة أمنية بالسلطات في دمشق، ولم تتضح حتى الآن الحصيلة النهائية لاعتقالات اليوم. وأصدر «الحرس الوطني» "
        "بياناً رسمياً تحدث فيه عن «معلومات مؤكدة وموثوقة» تكشف «مؤامرة دنيئة وخيانة عظمى».",
        [E("arrest", Q("خمسة", 5, None), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-11-29",
           "وسائل إعلام محلية", None,
           note="the National Guard's campaign in the city (no canonical actor for it); «خمسة أشخاص على الأقل» is the "
                "figure (low 5, open); the two named arrests and the video of the beating are part of it"),
         E("arrest", None, PL("عتيل", "Atil", "As-Suwayda"), "2025-11-29", "شبكة «السويداء 24»", None,
           note="the evening arrests, one man surrendering after a raid on his home in Atil: another place, its own "
                "event; «مضيفة» carries the network"),
         E("statement", None, None, "2025-11-29", "الحرس الوطني", None,
           note="the National Guard's official statement on a «conspiracy»: a named body's statement (stop 32)")])


def main() -> None:
    write("gold105.jsonl", P105)


if __name__ == "__main__":
    main()
