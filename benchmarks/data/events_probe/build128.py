"""Build gold128.jsonl: fresh set 128 (ids mc01…), written in stop 45 by writer w128 BEFORE any run on it.

35 short passages (40-130 words), each the paraphrase of ONE real page found in the search tool's `pages` corpus
(queried in Arabic), years 2011-2025 (every year), outlets of every kind: Arab papers relaying agencies (Youm7, Al-Wasat,
Al-Riyadh, Al-Madina, Al-Hayat, El Khabar, Echorouk, Egypt Today, Al-Arab, Al-Jarida, Al-Watan, Felesteen, IMLebanon,
Lebanon24, Swissinfo/AFP), Syrian opposition and local sites (Enab Baladi, Watan FM, Orient News, Hibr Press, Al-Tareek,
Syrian Mirror, Hal Net, Akhbar Al Aan), rights groups (SNHR), Al Jazeera, Al-Araby al-Jadeed, Al-Khaleej al-Jadeed and
Future TV. Every sentence was rewritten (no run of five words, names aside, is shared with its page: checked by script
against the page text, which was kept outside the repository); the incidents, their order, places, figures, dates,
sources, hedges, recalls and glued extras are the page's; private people's names are left out or invented. Where the
page shows no date, `published` was inferred from the events told (the style says so). Each passage's `style` ends
with the page's address. The set is CLOSED (fresh) until the next stop.
Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32, 34 and 41), and was
written before anything ran on the passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build128.py      # rewrites gold128.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROGOV, PROT, Q, RUS, SDF, SNA, TRIBES,  # noqa: E402,F401
                   TUR, UNID, E, write)

P128: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P128.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("mc01", "2011-05-06", "Youm7", "headline; fire on a protest with its dead, an activist's next sentence names the "
        "spot | page: https://www.youm7.com/story/2011/5/6/خمسة-قتلى-برصاص-قوات-الأمن-فى-حمص/406313",
        "خمسة قتلى بنيران الأمن في حمص\n"
        "سقط خمسة قتلى اليوم الجمعة وأصيب آخرون، بعضهم في وضع خطر، حين فتحت عناصر الأمن نيرانها لتشتيت مظاهرة في "
        "حمص وسط البلاد، بحسب ما نقله ناشطون حقوقيون. وأوضح الناشط الحقوقي نجاتي طيارة أن قوى الأمن لجأت إلى الرصاص "
        "لفض المحتجين فقُتل خمسة أشخاص في أقل تقدير وجُرح كثيرون، لافتاً إلى أن المدينة شهدت أكثر من تظاهرة، غير أن "
        "إطلاق النار طال واحدة منها لدى بلوغها باب دريب في قلب حمص.",
        [E("protest", Q("خمسة", 5), PL("باب دريب", "Bab Dreib", "Homs"), "2011-05-06", "ناشطون حقوقيون", PROT,
           note="fire on a protest: one protest event, its dead the figure (no crowd numbered); headline and body one "
                "incident; the quarter where the firing happened is the most specific place; the other protests of the "
                "city are unnumbered and unplaced (not coded apart)")])

passage("mc02", "2011-04-23", "Misr El Gedida (Masress)", "mourners fired on (the crowd numbered), a rights group's "
        "national toll of the day before, a recalled protest toll inside the quote, fire on protesters elsewhere | page: "
        "https://www.masress.com/misrelgdida/60799",
        "لقي خمسة أشخاص في الأقل حتفهم وجُرح عشرات السبت في حمص وسط سوريا، بعدما أطلقت عناصر الأمن الرصاص على "
        "مشيّعين، في حين قالت منظمة حقوقية إن عدد من قضوا بنيران القوات الأمنية في احتجاجات «جمعة الحرية» التي عمّت "
        "مدناً سورية كثيرة يوم الجمعة بلغ 44. وروى ناشط طلب إخفاء هويته لوكالة فرانس برس أن الرصاص انهمر على "
        "المشيّعين لدى مغادرتهم المقبرة، إثر مشاركتهم في تشييع 13 شخصاً سقطوا في مظاهرات حمص يوم الجمعة، موضحاً أن "
        "الموكب الذي ضمّ آلافاً انطلق من المسجد الكبير صوب مقبرة تل النصر. وفي ريف دمشق، أبلغ ناشط حقوقي آخر الوكالة "
        "بأن قوات الأمن أطلقت النار على محتجين في سقبا فأوقعت جرحى لم يحدد عددهم.",
        [E("protest", Q("آلافاً", 2000, 9000, True), PL("حمص", "Homs", "Homs"), "2011-04-23",
           "ناشط طلب إخفاء هويته", PROT,
           note="a funeral fired on: one protest event; its figure is the crowd the text numbers («آلافاً», stop 30/41), "
                "the five dead its fatalities (a second coder could take the five); the activist's next sentence comes "
                "back to it; the mosque and the cemetery are landmarks placed at the city"),
         E("casualties", Q("44", 44), None, "2011-04-22", "منظمة حقوقية", None, kind="aggregate",
           note="the day's national toll of the Friday protests told beside the incident: a casualties aggregate"),
         E("protest", Q("13", 13), PL("حمص", "Homs", "Homs", nth=1), "2011-04-22", "ناشط طلب إخفاء هويته", PROT,
           note="the Friday protests of Homs recalled with their own dead and day (stop 41: coded, background); the "
                "13 are inside the national 44, which covers more places (aggregate beside it)"),
         E("protest", None, PL("سقبا", "Saqba", "Rif Dimashq"), "2011-04-23", "ناشط حقوقي آخر", PROT,
           note="fire on protesters, wounded only: no figure; no day told, the item's news: publication day")])

passage("mc03", "2011-10-21", "Al-Madina (Sauress)", "a national toll equal to the two protests listed after it, a "
        "recall of Gaddafi's death abroad, a slogan | page: https://sauress.com/almadina/334412",
        "أردت نيران القوات الحكومية اليوم الجمعة 22 محتجاً على الأقل في أرجاء سورية، خلال مسيرات طالب المشاركون فيها "
        "بأن يلاقي الرئيس بشار الأسد المآل الذي انتهى إليه العقيد معمر القذافي. وكان القذافي قد لقي حتفه أمس الخميس على "
        "أيدي مقاتلي المجلس الوطني الانتقالي في ليبيا، ورفع محتجون في حمص لافتة تقول «يا سوريا لا تخافي، بشار بعد "
        "القذافي». وتصدت القوات الحكومية بالقوة للتظاهرات التي انطلقت منذ الفجر، فقتلت 16 شخصاً أثناء تفريق مسيرات في "
        "حمص، فيما أعلن المرصد السوري لحقوق الإنسان، ومقره لندن، سقوط ستة قتلى بينهم طفلان حين أطلق الأمن نيراناً "
        "غزيرة على مشيّعين في جنازة بمحافظة درعا. وجاءت الاحتجاجات استجابة لنداء على الإنترنت للتظاهر في «جمعة شهداء "
        "المهلة العربية».",
        [E("protest", Q("16", 16), PL("حمص", "Homs", "Homs", nth=1), "2011-10-21", None, PROT,
           note="marches dispersed by force in Homs: a protest with its dead (no crowd numbered); the outlet tells it; "
                "the banner sentence is the same city's protest (the first «حمص»), not coded apart"),
         E("protest", Q("ستة", 6), PL("درعا", "Daraa", "Daraa"), "2011-10-21", "المرصد السوري لحقوق الإنسان", PROT,
           note="a funeral fired on in Daraa province: the governorate is the only place; two children a breakdown"),
         ],
        )
P128[-1]["events"][0]["note"] += ("; the national «22 … على الأقل» equals 16 + 6, the two protests listed: no event of "
                                  "its own (stop 34); Gaddafi's death in Libya is outside the conflict, not coded")

passage("mc04", "2011-05-20", "Al-Wasat", "live fire on a city's protests, a national protest aggregate over a list of "
        "cities, a monitor's protest with a recalled arrest total, tear gas on two crowds told by witnesses | page: "
        "http://alwasatnews.com/news/561973.html",
        "أكد ناشط حقوقي من حمص أن قوات الأمن أطلقت الرصاص الحي على جموع احتشدت لتنظيم مظاهرتين في الأقل داخل المدينة، "
        "اليوم (الجمعة)، بالتزامن مع احتجاجات تطالب بالديمقراطية في مناطق أخرى من سوريا. وبحسب شهود وناشطين، تظاهر "
        "الآلاف في بانياس والقامشلي ودمشق وحمص غير آبهين بالانتشار الأمني الكثيف. وبحسب المرصد السوري لحقوق الإنسان، فإن "
        "بانياس، التي دخلها الجيش خلال الشهر الجاري، عرفت أكبر مظاهرة فيها منذ انطلاق الانتفاضة قبل تسعة أسابيع، وقد "
        "تجدد التظاهر فيها رغم أن نحو ألف من سكانها وجوارها اعتُقلوا في الأسابيع الأخيرة. وفي حماة، أفاد شاهد بأن الأمن "
        "رمى قنابل الغاز على آلاف المحتجين الذين تجمع زهاء 20 ألفاً منهم في موقعين. وذكر شاهد آخر أن قرابة ألف متظاهر "
        "فُرّقوا بالغاز المسيل للدموع في بلدة التل شمال دمشق.",
        [E("protest", None, PL("حمص", "Homs", "Homs"), "2011-05-20", "ناشط حقوقي", PROT,
           note="live fire on crowds gathering for protests: a protest; «مظاهرتين» a dual, no figure, no dead told"),
         E("protest", Q("الآلاف", 2000, 9000, True), None, "2011-05-20", "شهود وناشطين", PROT, kind="aggregate",
           note="thousands over four cities: an aggregate with no single place (Qamishli and Damascus are told only "
                "here); Banias and Homs have tellings of their own"),
         E("protest", None, PL("بانياس", "Baniyas", "Tartus"), "2011-05-20", "المرصد السوري لحقوق الإنسان", PROT,
           note="the biggest protest of the town, unnumbered; the army's entry this month is a state (no day)"),
         E("arrest", Q("نحو ألف", 1000, approx=True), PL("بانياس", "Baniyas", "Tartus", nth=1), None,
           "المرصد السوري لحقوق الإنسان", GOV, kind="aggregate",
           note="about a thousand held over recent weeks: a recalled arrest total (background, no day)"),
         E("protest", Q("زهاء 20 ألفاً", 20000, approx=True), PL("حماة", "Hama", "Hama"), "2011-05-20", "شاهد", PROT,
           note="tear gas on the crowd; the crowd's figure is the «about 20 thousand» gathered (the vaguer «thousands» "
                "the same crowd)"),
         E("protest", Q("قرابة ألف", 1000, approx=True), PL("التل", "Al-Tall", "Rif Dimashq"), "2011-05-20",
           "شاهد آخر", PROT, note="a crowd dispersed with tear gas; Damascus is a bearing")])

passage("mc05", "2012-12-26", "Al-Binaa (Turess)", "a general's defection with his crossing to Turkey, the opposition's "
        "vague claim of gains, his video statement (published inferred) | page: https://www.turess.com/binaa/8131",
        "أعلن قائد الشرطة العسكرية في سوريا، اللواء عبد العزيز جاسم الشلال، تخليه عن نظام بشار الأسد، وفق ما نقلته "
        "تقارير إعلامية سورية أشارت إلى فراره نحو تركيا، في وقت تؤكد فيه فصائل المعارضة المسلحة أنها بسطت سيطرتها على "
        "مناطق إضافية. ويُعد الشلال من أرفع القادة العسكريين الذين التحقوا بالانتفاضة على حكم دمشق. وفي شريط مصور، قال "
        "اللواء إن الجيش عجز عن صون السوريين وصار «عصابات للقتل»، موضحاً في بيان بثه بعد ورود أنباء عن اجتيازه الحدود "
        "التركية أنه ترك الجيش بسبب المجازر التي ارتكبها في المدن والقرى.",
        [E("defection", None, PL("تركيا", "Turkey", None, "Turkey"), "2012-12-26", "تقارير إعلامية سورية", GOV,
           note="a general defects and flees to Turkey: the arrival abroad is the only place (stop 28/29); no figure "
                "(one man); undated, the item's news: publication day; the opposition's unplaced claim of more areas "
                "is not coded; his video is the defection's telling, not a statement of its own")])

passage("mc06", "2012-02-20", "Al-Riyadh (Sauress)", "raids and arrests in two towns told by a monitor, a network's "
        "vaguer figure, night protests, a flag raised on a mountain, a named street protest (published inferred, "
        "February 2012, day approximate) | page: https://sauress.com/alriyadh/714216",
        "نفّذت الأجهزة الأمنية السورية في ساعات الصباح الأولى من يوم أمس حملة دهم واعتقال في ضواحٍ من دمشق وريفها كانت قد خرجت فيها مساءً مظاهرات "
        "تضامناً مع «المدن المحاصرة». وأوضح المرصد السوري لحقوق الإنسان، عبر بيان، أن المداهمات طالت الأحياء الغربية لمدينة "
        "حرستا وأفضت إلى توقيف 18 شخصاً على الأقل، وامتدت كذلك إلى مدينة دوما. أما «شبكة شام الإخبارية» فذكرت على "
        "فيسبوك أن الموقوفين في حرستا بالعشرات من الناشطين، وسط انتشار كثيف لعناصر الأمن. وبحسب ناشطين، شهدت أحياء في دمشق "
        "وريفها مظاهرات ليلية، ورُفع علم الاستقلال بحجم كبير فوق جبل قاسيون أمس، فيما خرجت ليلاً مظاهرة في شارع الثورة "
        "بحي الحجر الأسود نصرةً لبابا عمرو وحمص وحماة ودرعا.",
        [E("arrest", Q("18", 18, None, True), PL("حرستا", "Harasta", "Rif Dimashq"), "2012-02-19",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the lead's campaign told in detail by the monitor; «عشرات» of the Sham network is another telling of "
                "the same arrests (stop 34: the first figure)"),
         E("arrest", None, PL("دوما", "Douma", "Rif Dimashq"), "2012-02-19", "المرصد السوري لحقوق الإنسان", GOV,
           note="the raids reached another town: its own event, no figure"),
         E("protest", None, PL("دمشق", "Damascus", "Damascus", nth=1), None, "ناشطين", PROT, kind="aggregate",
           note="night protests in quarters of Damascus and its countryside (the lead's protests too): no figure, no "
                "day fixed (the night before the raids)"),
         E("protest", None, PL("جبل قاسيون", "Mount Qasioun", "Damascus"), "2012-02-19", "ناشطين", PROT,
           note="the independence flag raised on the mountain: a symbolic protest (a second coder could leave it out)"),
         E("protest", None, PL("الحجر الأسود", "Al-Hajar al-Aswad", "Rif Dimashq"), None, "ناشطين", PROT,
           note="the street is a landmark placed at its quarter; the cities named are what the protest supports, no "
                "places of it; no day fixed")])

passage("mc07", "2012-09-22", "El Khabar (Djazairess)", "a province's toll of soldiers beside the clashes told after it, "
        "attacks on checkpoints and a shelling death, dawn shelling over a list of quarters (published inferred: two "
        "months into the battle of Aleppo) | page: https://djazairess.com/elkhabar/303423",
        "ذكر المرصد السوري لحقوق الإنسان، اليوم السبت، أن 11 عسكرياً سورياً على الأقل قُتلوا في مواجهات وهجمات على "
        "حواجز للجيش بمحافظة حلب. ونقلت عنه وسائل إعلام أن خمسة من المقاتلين المعارضين سقطوا في قتال مستعر لم يهدأ طوال ساعات "
        "في أورم وكفر جوم غربي المحافظة قرب الحدود التركية، وأن المعارضين هاجموا حواجز عسكرية في أبزمو حيث قضت "
        "امرأة جراء القصف. وأضاف المرصد أن القصف طال فجراً أحياء القاطرجي والشعار والصاخور وهنانو والعرقوب والمرجة في "
        "حلب، المدينة التي تدور فيها منذ شهرين معارك مصيرية.",
        [E("armed_clash", Q("11", 11, None, True), PL("حلب", "Aleppo", "Aleppo"), "2012-09-22",
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="soldiers killed over the province's fights and attacks on checkpoints: a total over more than the "
                "incidents listed (their soldiers are not numbered apart), an aggregate beside them"),
         E("armed_clash", Q("خمسة", 5), PL("أورم", "Urum", "Aleppo"), "2012-09-22", "المرصد السوري لحقوق الإنسان",
           None, note="fighting in two towns: one act over a list (a group), placed at the first; the rebels' dead "
                      "are the first side numbered; Turkey is a bearing"),
         E("armed_clash", None, PL("أبزمو", "Abzimo", "Aleppo"), "2012-09-22", "المرصد السوري لحقوق الإنسان", FSA,
           note="rebel attacks on army checkpoints, no figure"),
         E("shelling", None, PL("أبزمو", "Abzimo", "Aleppo"), "2012-09-22", "المرصد السوري لحقوق الإنسان",
           None, note="a woman killed by shelling: another kind of act at the same town; singular, no figure; the "
                      "shelling side is not named"),
         E("shelling", None, PL("القاطرجي", "Al-Qaterji", "Aleppo"), "2012-09-22", "المرصد السوري لحقوق الإنسان",
           None, note="dawn shelling over six quarters: one act over a list (a group), placed at the first")])

passage("mc08", "2013-03-17", "Egypt Today", "agency dateline; a general's defection told by himself on a channel, his son's "
        "alongside, the video said to be recorded abroad | page: https://egypt-today.com/amp/39/2013-03-17-07-37-51",
        "دمشق ـ وكالات\n"
        "كشف ضابط سوري رفيع يوم السبت انسلاخه عن النظام، في حلقة جديدة من الانشقاقات التي تكشف تآكل القوات المسلحة "
        "الموالية للرئيس بشار الأسد، من دون صدور أي تعليق رسمي. وقال اللواء محمد نور عز الدين خلوف، رئيس هيئة الإمداد "
        "والتموين في الجيش، في لقاء مع قناة «العربية» إنه نسّق لانشقاقه مع «فصائل الثورة» منذ مدة، مشيراً إلى انهيار "
        "معنويات جنود الأسد. وإلى جانبه في التسجيل ظهر نجله النقيب عز الدين خلوف، آمر سرية الاستطلاع التابعة للواء 91، "
        "معلناً انشقاقه بدوره. ولم يتسنّ لشبكة CNN التثبت من التسجيل الذي قالت «العربية» إنه صُوّر في الأردن.",
        [E("defection", None, PL("الأردن", "Jordan", None, "Jordan"), "2013-03-16", "اللواء محمد نور عز الدين خلوف",
           GOV, note="the general's defection and his son's, announced together in one video: one event, no figure (two "
                     "singulars, no numeral); the lead's own sentence names no source, the next comes back with the "
                     "general's words; the video recorded in Jordan is the only place (arrival abroad, stop 29; a second "
                     "coder could leave it null); «للواء 91» is a unit, no figure")])

passage("mc09", "2013-02-15", "Egynews (Masress)", "a monitor's taking of an air-defence battalion with its earlier loss, "
        "a recalled taking of a town the day before, a day's clash toll (published inferred: the Friday after the "
        "taking of al-Shaddadi) | page: https://www.masress.com/egynews/212980",
        "ذكر المرصد السوري لحقوق الإنسان، ومقره بريطانيا، أن الجيش الحر استولى الجمعة على كتيبة دفاع جوي محاذية "
        "لمطار حلب الدولي ومطار النيرب العسكري، إثر معارك ضارية مع القوات الحكومية التي سعت إلى استعادة الكتيبة بعدما "
        "خسرت أجزاء منها. ونقلت الوكالات عن مدير المرصد رامي عبد الرحمن أن مسلحي «جبهة النصرة» و«كتيبة المهاجرين» هم من "
        "أحكموا قبضتهم على الكتيبة الواقعة غرب بلدة حاصل وشرق المطار الدولي، وكانت القوات النظامية قد انتزعتها قبل أيام. "
        "وكان مقاتلو النصرة وكتائب معارضة قد دخلوا أمس الخميس مدينة الشدادي في الحسكة وسيطروا عليها. ويتزامن ذلك مع "
        "ارتفاع حصيلة قتلى مواجهات الجمعة بين الطرفين إلى 60، معظمهم في دمشق وريفها وإدلب.",
        [E("territory_change", None, PL("حاصل", "Hasel", "Aleppo"), "2013-02-15", "المرصد السوري لحقوق الإنسان", HTS,
           note="the unnamed battalion is placed at the town it lies west of (the airports are bearings); the lead says "
                "the FSA, the director names al-Nusra and al-Muhajirin (agent from the fuller telling; a second coder "
                "could take FSA); the fight is part of the taking"),
         E("territory_change", None, PL("حاصل", "Hasel", "Aleppo"), None, "رامي عبد الرحمن", GOV,
           note="the army had retaken the battalion days before: a recalled act at the same place, no day "
                "(stop 41: background)"),
         E("territory_change", None, PL("الشدادي", "Al-Shaddadi", "Al-Hasakah"), "2013-02-14", None, HTS,
           note="recalled taking with its own day and town: the outlet's «وكان … قد»"),
         E("armed_clash", Q("60", 60), None, "2013-02-15", None, None, kind="aggregate",
           note="the day's clash toll over many places (most in three areas, a breakdown): an aggregate; the outlet's "
                "own line")])

passage("mc10", "2014-02-04", "Al-Arab", "headline; a day's barrel toll raised later in the item, one barrel strike with "
        "its dead, raids over a list of quarters, clashes and cluster shelling in another quarter, a denial by activists | "
        "page: https://alarab.co.uk/البراميل-المتفجرة-تتهاطل-على-حلب",
        "البراميل المتفجرة تنهمر على حلب\n"
        "أنقرة - لليوم الرابع عشر تباعاً، مضى سلاح الجو السوري في إسقاط البراميل المتفجرة بكثافة على أحياء حلب شمالي البلاد، "
        "فسقط عشرات الضحايا منهم 18 طفلاً وتهدمت أبنية سكنية، بينما كذّب ناشطون في المدينة ما أشيع عن مقتل قائد لواء "
        "التوحيد بتفجير نُسب إلى تنظيم «الدولة الإسلامية». وذكر ناشطون في حلب أن زهاء عشرة أشخاص، منهم ثلاثة أطفال، "
        "تمزقت أجسادهم وأصيب العشرات حين هوت براميل على شارع المكاتب في حي الصاخور. كما ضربت المروحيات بالبراميل أحياء "
        "الصاخور والشعار والمواصلات، في حين اشتبك الثوار بعنف مع جنود النظام داخل حي كرم الطراب الذي قصفه الجيش "
        "بقنابل عنقودية، وفق الناشطين. وأكد هؤلاء أن عدد القتلى تخطى 40، بينهم نحو 20 طفلاً، مرجحين ازدياده.",
        [E("airstrike", Q("40", 40, None, True), PL("حلب", "Aleppo", "Aleppo"), "2014-02-04", "ناشطون في حلب", GOV,
           kind="aggregate",
           note="the day's barrel toll over the city (the lead's «tens», raised to over 40 at the end: the latest toll, "
                "stop 30); one cause, so airstrike (stop 32); more than the strike listed, an aggregate beside it; "
                "children a breakdown; the 14th day is an ordinal"),
         E("airstrike", Q("زهاء عشرة", 10, approx=True), PL("الصاخور", "Al-Sakhour", "Aleppo"), "2014-02-04",
           "ناشطون في حلب", GOV, note="barrels on a street of the quarter: the street is a landmark placed at it"),
         E("airstrike", None, PL("الشعار", "Al-Sha'ar", "Aleppo"), "2014-02-04", "ناشطون في حلب", GOV,
           note="helicopter barrels over three quarters (a group); al-Sakhour, the first, already has its strike, so "
                "placed at the next (a second coder could fold it into the strike above)"),
         E("armed_clash", None, PL("كرم الطراب", "Karm al-Tarrab", "Aleppo"), "2014-02-04", "ناشطون في حلب", FSA),
         E("shelling", None, PL("كرم الطراب", "Karm al-Tarrab", "Aleppo"), "2014-02-04", "ناشطون في حلب", GOV,
           note="cluster munitions on the quarter during the clashes: another kind of act")])
P128[-1]["events"][0]["note"] += ("; the activists' denial of a commander's death is no named body's statement: not "
                                  "coded")

passage("mc11", "2014-10-01", "SNHR", "a rights group's monthly toll with a percentage and a breakdown by party | page: "
        "https://media.snhr.org/blog/2014/10/01/3437/",
        "ذكرت الشبكة السورية لحقوق الإنسان، ضمن حصيلة شهرية، أنها سجلت مقتل 2375 شخصاً في عموم المحافظات السورية خلال أيلول/سبتمبر "
        "الماضي. وبيّن تقرير الشبكة الصادر ظهر اليوم أن الأطفال والنساء شكّلوا 27% من الضحايا، وهي نسبة رأت فيها دليلاً "
        "فاضحاً على تعمّد قوات النظام استهداف المدنيين. وأحصى التقرير نحو 1707 مدنيين قتلتهم القوات الحكومية، منهم 294 "
        "طفلاً و137 امرأة، فيما قضى 417 من مقاتلي المعارضة في قصفها ومواجهاتها، ومات 118 على الأقل تحت التعذيب في "
        "معتقلاتها. ونسب التقرير إلى «داعش» قتل 28 مدنياً و41 مقاتلاً في معارك أو إعدامات ميدانية، وإلى طيران التحالف "
        "الدولي مقتل 20 مدنياً، بينما ظل الفاعل مجهولاً في ما يزيد على 100 عملية قتل.",
        [E("casualties", Q("2375", 2375), None, "2014-09", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the month's national toll; the shares by party (government, ISIS, coalition, unknown) and the torture "
                "deaths are its breakdown, not events of their own; the percentage is no figure")])

passage("mc12", "2015-05-21", "Echorouk (Djazairess)", "a taking told by the outlet, the taker's statement next, the "
        "monitor's withdrawal and the toll of the fight (published inferred: the Thursday of the fall of Palmyra) | page: "
        "https://djazairess.com/echorouk/243503",
        "أحكم تنظيم الدولة الإسلامية «داعش» قبضته الكاملة على مدينة تدمر الأثرية يوم الخميس، ما يمهّد له طريق البادية "
        "ويضع نحو نصف مساحة سوريا في يد التنظيم المتشدد. وقال تنظيم داعش عبر تغريدة على تويتر إنه بات يسيطر على تدمر كلها، "
        "ومنها مطارها العسكري وسجنها، عقب انهيار القوات الموالية للنظام فيها. وبحسب المرصد السوري لحقوق الإنسان "
        "وناشطين، أخلت القوات النظامية جميع مواقعها في المدينة، كسجن تدمر والمطار العسكري في شرقها وفرع البادية للمخابرات "
        "العسكرية في غربها، وقد دخلها مقاتلو التنظيم ليلاً. وأوضح مدير المرصد رامي عبد الرحمن أن المعارك المستمرة منذ "
        "الأربعاء حصدت 100 مقاتل موالٍ للنظام على الأقل، مضيفاً أنه لم تصل معلومات عن تدمير آثار المدينة.",
        [E("territory_change", Q("100", 100, None, True), PL("تدمر", "Palmyra", "Homs"), "2015-05-21", "تنظيم داعش", IS,
           note="one taking told four times (outlet, the group's statement, the monitor's withdrawal, the director's "
                "toll): one event; the lead names no source, the next sentence's statement comes back (stop 30); the "
                "fight since Wednesday is part of the taking, its dead the figure («100 … على الأقل»); the prison and "
                "the airport are inside the city taken, not places of acts of their own; «نصف مساحة» is a fraction, "
                "no figure; the group's statement tells the incident, no statement event")])

passage("mc13", "2015-04-17", "Al Jazeera", "TV report: barrels over a list of quarters, the sixth day as a state, raids "
        "with a toll on a town, raids over a list of towns, a recalled chlorine attack | page: "
        "http://www.aljazeera.net/programs/newsreports/2015/4/17/براميل-متفجرة-تقتل-العشرات-في-حلب",
        "براميل النظام تفتك بأهالي حلب\n"
        "عشرات القتلى والجرحى سقطوا في حلب، المدينة التي صارت تُعد الأشد خطراً في العالم بمقاييس دولية، بعدما ألقى طيران "
        "النظام السوري براميل متفجرة على الكلاسة وباب الحديد وبستان القصر، مخلفاً خراباً واسعاً وحرائق سعت فرق "
        "الدفاع المدني لإطفائها وهي تفتش عن ناجين تحت الركام. وهذا سادس يوم متتالٍ من غارات البراميل والقصف المدفعي على "
        "الأحياء التي تسيطر عليها المعارضة. وفي ريف إدلب القريب، قُتل ثلاثة عشر شخصاً وأصيب غيرهم في غارات لطيران النظام "
        "على بلدات منها معرة مصرين، كما طالت الغارات مدينة إدلب وسراقب وطلحية وخان شيخون ومعرة النعمان. ويأتي ذلك بعد "
        "هجوم سابق للنظام على بلدة سرمين بغاز الكلور السام أصاب العشرات بالاختناق والإغماء، بحسب ناشطين.",
        [E("airstrike", Q("عشرات", 20, 90, True), PL("الكلاسة", "Al-Kallasa", "Aleppo"), "2015-04-17", None, GOV,
           note="barrels over three quarters (a group, placed at the first); «عشرات القتلى والجرحى» killed and wounded "
                "together, the act's combined figure (no dead told apart; a second coder could leave it null); the six "
                "days of barrels and artillery are a state"),
         E("airstrike", Q("ثلاثة عشر", 13), PL("معرة مصرين", "Maarrat Misrin", "Idlib"), "2015-04-17", None, GOV,
           note="raids on towns «including» Maarrat Misrin: placed at the one named"),
         E("airstrike", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2015-04-17", None, GOV,
           note="raids over a list of towns, the city first (a group); no toll of their own"),
         E("shelling", None, PL("سرمين", "Sarmin", "Idlib"), None, "ناشطين", GOV,
           note="recalled chlorine attack on a town (stop 41: background, no day); the means of delivery is not told "
                "(remote violence; a second coder could take airstrike); the choking cases are injured, no figure")])

passage("mc14", "2016-06-23", "Syrian Mirror", "headline; clashes around a city, one side's agency claiming a car bomb "
        "with its dead and a mistaken US strike, the other side's source with bodies recovered, activists' shelling "
        "toll | page: https://syrian-mirror.net/2016/10/27/معارك-عنيفة-تخلف-عشرات-القتلى-بين-قوات",
        "معارك ضارية بين «قسد» وتنظيم الدولة في محيط منبج\n"
        "احتدمت اليوم الخميس، 23 من حزيران/يونيو 2016، المواجهات التي يخوضها تنظيم الدولة و«قوات سوريا الديمقراطية» "
        "حول مدينة منبج شرقي حلب. وزعمت وكالة أعماق المقربة من التنظيم أن مقاتليه أفشلوا هجوماً لـ«قسد» على مزارع زنغل شمالي منبج، "
        "وأنهم قتلوا 30 من عناصرها بعربة مفخخة فجّروها في رتل لهم، وأن آخرين قُتلوا في مواجهات وفي غارة أمريكية أخطأت "
        "هدفها شمال المدينة. في المقابل، أوردت «باسنيوز» نقلاً عن مصدر عسكري من «قسد» أن عشرات من مقاتلي التنظيم لقوا حتفهم داخل "
        "قرية قناة الشيخ طباش إلى الجنوب الغربي من منبج، وأن 15 جثة سُحبت وصودرت أسلحة وذخائر. ووثق ناشطون ميدانيون مقتل نحو 10 "
        "مدنيين، منهم نساء من أسرة واحدة، بقصف مدفعي لـ«قسد» على قرية جب حمزة جنوبي منبج.",
        [E("armed_clash", None, PL("منبج", "Manbij", "Aleppo", nth=1), "2016-06-23", None, None,
           note="the clashes around the city told by the outlet (headline and lead one incident); no figure; the "
                "detailed incidents after it are at other places"),
         E("explosion", Q("30", 30), PL("مزارع زنغل", "Zanghal farms", "Aleppo"), "2016-06-23", "وكالة أعماق", IS,
           note="the advance repelled with a car bomb on a convoy: the dead belong to the bombing (a second coder could "
                "code the repelled attack as an armed_clash with the 30)"),
         E("airstrike", None, PL("منبج", "Manbij", "Aleppo", nth=1), "2016-06-23", "وكالة أعماق", COAL,
           note="a mistaken US strike north of the city, its dead unnumbered; the agency's telling carries on"),
         E("armed_clash", Q("عشرات", 20, 90, True), PL("قناة الشيخ طباش", "Qanat al-Sheikh Tabbash", "Aleppo"),
           "2016-06-23", "مصدر عسكري من «قسد»", SDF,
           note="the dead are «tens» (the 15 bodies recovered are a part of them, a second coder could take 15); the "
                "relay names the source (stop 34)"),
         E("shelling", Q("نحو 10", 10, approx=True), PL("جب حمزة", "Jubb Hamza", "Aleppo"), "2016-06-23",
           "ناشطون ميدانيون", SDF)])

passage("mc15", "2016-08-27", "Swissinfo (AFP)", "two barrels minutes apart with the monitor's toll, a recalled strike "
        "with its own day and toll, a reporter's detail, another agency's higher toll | page: "
        "https://www.swissinfo.ch/ara/afp/مقتل-15-شخصا-على-الاقل-جراء-برميلين-متفجرين-على-مدينة-حلب-السورية-/42402906",
        "لقي 15 شخصاً في أقل تقدير حتفهم السبت وجُرح آخرون حين سقط برميلان متفجران، يفصل بينهما بضع دقائق، على حي "
        "خاضع للفصائل المقاتلة في مدينة حلب، حسبما ذكر المرصد السوري لحقوق الإنسان. وأوضح رامي عبد الرحمن، "
        "مدير المرصد، لفرانس برس أن القوات الحكومية ضربت حي المعادي ببرميل هوى قرب خيمة عزاء عند طرف حي النيرب، ثم ألقت برميلاً آخر "
        "بعد أن تجمّع الأهالي والمسعفون. وأضاف أن العزاء أقيم لخمسة عشر مدنياً، منهم 11 طفلاً، قضوا الخميس ببراميل ألقتها "
        "القوات الحكومية على باب النيرب، الحي المجاور. وبحسب مراسل للوكالة في شرق حلب، دُمّرت سيارة إسعاف تماماً وأصيب "
        "مسعفان، فيما قدّرت وكالة «شهبا برس» المحلية القتلى بـ23 مدنياً على الأقل.",
        [E("airstrike", Q("15", 15, None, True), PL("المعادي", "Al-Maadi", "Aleppo"), "2016-08-27",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="two barrels on one quarter minutes apart: one act; the monitor's 15 is the first figure, Shahba "
                "Press's 23 another telling (stop 34); the mourning tent is placed at the quarter the barrel hit (the "
                "edge of al-Nayrab is where it fell, a second coder could place it there); the wounded medics are no "
                "figure"),
         E("airstrike", Q("خمسة عشر", 15), PL("باب النيرب", "Bab al-Nayrab", "Aleppo"), "2016-08-25",
           "رامي عبد الرحمن", GOV,
           note="the recalled Thursday barrels with their own toll and quarter (stop 41: background); «وأضاف» keeps "
                "the director as the source")])

passage("mc16", "2017-08-21", "Al-Hayat (Sauress)", "a coalition strike with a raised toll, background on the offensive, "
        "a week's running toll of the same raids (published inferred: the day after a Sunday, two and a half months into "
        "the battle of Raqqa) | page: https://sauress.com/alhayat/23579979",
        "أودى قصف للتحالف الدولي الذي تقوده واشنطن، أمس الأحد، بحياة 27 مدنياً منهم أطفال في حي سكني ما زال تنظيم «داعش» "
        "يسيطر عليه في مدينة الرقة، وفق «المرصد السوري لحقوق الإنسان». ويساند التحالف بالطيران والمستشارين الميدانيين "
        "هجوم «قوات سورية الديموقراطية» داخل الرقة منذ مطلع حزيران (يونيو). وأوضح رامي عبدالرحمن، الذي يدير المرصد، أن الضربات "
        "طالت حارة البدو المزدحمة بالسكان في وسط المدينة وقتلت 27 مدنياً، سبعة منهم أطفال، بعدما كان المرصد قد أحصى أمس "
        "17 قتيلاً، قبل أن ترتفع الحصيلة مع انتشال جثث جديدة من تحت الركام. وبذلك بلغ عدد المدنيين الذين قضوا بغارات "
        "التحالف على الرقة في أسبوع واحد 125، بينهم 40 طفلاً، بحسب إحصاء المرصد السوري لحقوق الإنسان.",
        [E("airstrike", Q("27", 27), PL("حارة البدو", "Harat al-Badu", "Raqqa"), "2017-08-20",
           "المرصد السوري لحقوق الإنسان", COAL,
           note="one strike told twice; the earlier 17 is the first toll, 27 the latest and the first written; the "
                "quarter named in the director's telling is the most specific place"),
         E("airstrike", Q("125", 125), PL("الرقة", "Raqqa", "Raqqa", nth=1), None, "المرصد السوري لحقوق الإنسان",
           COAL, kind="aggregate",
           note="a week's running toll of one cause (stop 32: the cause's type); children a breakdown; the coalition's "
                "support of the SDF offensive is background, no event")])

passage("mc17", "2017-07-03", "Akhbar Al Aan", "dateline; barrels and raids on a quarter with its dead told by "
        "activists, a declared halt to fighting, a month of bombardment as a state | page: "
        "https://www.akhbaralaan.net/news/arab-world/2017/07/03/غارات-جوية-تقتل-3-أشخاص-وتصيب-العشرات-في-درعا",
        "درعا – أخبار الآن\n"
        "أمطرت مروحيات النظام أحياء درعا البلد الخارجة عن سيطرته ببراميل متفجرة فجر اليوم الإثنين، فسقط قتلى وجرحى. "
        "وبحسب ناشطين، صعّدت طائرات الأسد الحربية غاراتها على أحياء درعا البلد السكنية، وألقت المروحيات ثمانية براميل على "
        "الأحياء نفسها، ما خلّف 3 قتلى وعشرات المصابين. وعقب ذلك، أعلنت قوات النظام تعليق العمليات القتالية في الجنوب إلى "
        "الخميس القادم، حسبما أوردت وسائل إعلام النظام. وتتعرض المناطق الخارجة عن سيطرة النظام في درعا وريفها منذ بداية "
        "الشهر الفائت لقصف جوي ومدفعي عنيف بصواريخ شديدة الانفجار وبراميل وألغام بحرية وقنابل نابالم، ولا سيما درعا "
        "البلد التي يسعى لاقتحامها.",
        [E("airstrike", Q("3", 3), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2017-07-03", "ناشطين", GOV,
           note="helicopter barrels (eight) and jet raids on the same quarters the same morning: one airstrike event "
                "(a second coder could code the jets' raids apart); its dead are the figure, not the barrels; the "
                "activists' next sentence comes back to the lead"),
         E("statement", None, None, "2017-07-03", "وسائل إعلام النظام", GOV,
           note="the army's declared halt of combat in the south until Thursday: a decision (stop 32), no named place; "
                "the month of bombardment since June is a state, no event")])

passage("mc18", "2017-03-09", "Al-Watan (Bahrain)", "AFP relay: strikes with a raised toll at a town, the road and the "
        "advance as background, a recalled cut of a supply road (published inferred: the Thursday after the SDF cut the "
        "Raqqa-Deir ez-Zor road) | page: https://alwatannews.net/arab/article/703652/مقتل-23-مدنيا-بغارات-يرجح-أنها-للتحالف-شمال-سوريا",
        "أسفرت غارات يُرجَّح أن طائرات التحالف الدولي بقيادة الولايات المتحدة شنتها الخميس على محافظة الرقة عن مقتل 23 "
        "مدنياً، ثمانية منهم أطفال، بحسب حصيلة محدّثة أعلنها المرصد السوري لحقوق الإنسان. وصرّح رامي عبد الرحمن، مدير "
        "المرصد، لفرانس برس بأن عدد ضحايا الضربات التي طالت بلدة المطب الواقعة في الريف الشمالي للرقة صعد إلى 23، بعدما كانت الحصيلة "
        "السابقة 14 مدنياً، منهم ستة أطفال. ونُفذت الغارات بعيد منتصف ليل الأربعاء على البلدة القريبة من طريق حيوي يصل "
        "الرقة بدير الزور. وتزحف نحوها «قوات سوريا الديموقراطية» المدعومة أمريكياً، والتي نجحت الإثنين في قطع خط "
        "الإمداد الأساسي للتنظيم بين المدينتين ضمن هجوم بدأته مطلع تشرين الثاني/نوفمبر.",
        [E("airstrike", Q("23", 23), PL("المطب", "Al-Mutab", "Raqqa"), "2017-03-09", "المرصد السوري لحقوق الإنسان",
           COAL, note="the attribution is hedged («يُرجَّح») but the act is asserted; 14 the earlier toll, 23 the first "
                      "written and the latest; the town named in the next sentence is the most specific place"),
         E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa", nth=1), "2017-03-06", None, SDF,
           note="the SDF cut the main supply road between the two cities on Monday: a recalled advance (stop 41); a "
                "road between two places is placed at the first (stop 30); the outlet's line; a second coder could "
                "leave it out as a state of the offensive")])

passage("mc19", "2018-03-25", "IMLebanon", "the first convoy of an evacuation told by official media, the state agency's "
        "figures, a planned total | page: https://imlebanon.org/2018/03/25/ghouta-fighters-transportation",
        "انطلقت ليل السبت الحافلات الأولى التي تقل مقاتلين ومدنيين جرى إخراجهم من المناطق الخاضعة لـ«فيلق الرحمن» "
        "جنوبي الغوطة الشرقية، متجهة إلى محافظة إدلب شمال غربي سوريا، حسبما أعلن الإعلام الرسمي. ونقلت وكالة سانا أن "
        "17 حافلة عبرت ممر عربين في الغوطة الشرقية حاملة 981 شخصاً من المسلحين وذويهم، في أول دفعة من نحو سبعة آلاف "
        "يُنتظر أن يغادروا عربين وزملكا وعين ترما إضافة إلى حي جوبر الملاصق لدمشق.",
        [E("other", Q("981", 981), PL("عربين", "Arbin", "Rif Dimashq"), "2018-03-24", "الإعلام الرسمي", None,
           note="an evacuation convoy (other): its figure is the people it carried (the 17 buses are its vehicles); "
                "placed where it left, the corridor at Arbin, not Idlib its destination; the act's own sentence names "
                "the official media, the agency's next sentence gives the figures; the planned seven thousand are a "
                "future total, no event")])

passage("mc20", "2018-03-27", "Felesteen", "headline; the largest convoy with its figure, two recalled agreements, the "
        "convoy's morning restated, a rights sources' toll of two kinds of bombardment | page: "
        "https://felesteen.news/post/24472/خروج-أكبر-قافلة-مهجرين-من-الغوطة-الشرقية-تضم-أكثر-من-6500-شخص/amp",
        "أضخم قافلة مهجّرين تغادر الغوطة الشرقية\n"
        "غادرت الغوطة الشرقية المجاورة لدمشق في ساعة متأخرة من مساء الاثنين الدفعة الثالثة، وضمّت مدنيين ومسلحين "
        "من فصائل الجيش الحر. وأفادت مصادر متطابقة بأن مئة حافلة أقلّت 6749 شخصاً مع عائلاتهم من المنطقة التي يسيطر عليها فيلق "
        "الرحمن، في أكبر قافلة منذ انطلاق عمليات الإجلاء من الغوطة المحاصرة. وكانت روسيا قد أبرمت تباعاً اتفاقين مع "
        "حركة أحرار الشام في حرستا ثم مع فيلق الرحمن جنوب الغوطة، أُخرج بموجبهما آلاف المقاتلين والمدنيين نحو إدلب، إثر "
        "حملة دامية لقوات الأسد وحلفائها. واستُؤنف الإجلاء صباح الاثنين بدخول الحافلات إلى عربين. وقتل القصف الجوي "
        "والمدفعي أكثر من 1630 مدنياً في الغوطة منذ انطلاق الهجوم، وفق مصادر حقوقية.",
        [E("other", Q("6749", 6749), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq", nth=1), "2018-03-26",
           "مصادر متطابقة", None,
           note="the third convoy (headline, lead, figures, and the morning's resumption at Arbin are one evacuation); "
                "the hundred buses are its vehicles; the next sentence's sources carry back"),
         E("agreement", None, PL("حرستا", "Harasta", "Rif Dimashq"), None, None, RUS,
           note="two deals told in one clause, one per party and place: the first with Ahrar al-Sham in Harasta "
                "(recalled, no day); the thousands they moved are the deals' outcome, not coded apart"),
         E("agreement", None, PL("الغوطة", "Ghouta", "Rif Dimashq", nth=3), None, None, RUS,
           note="the second deal, with Faylaq al-Rahman in the south of Ghouta"),
         E("casualties", Q("أكثر من 1630", 1630, None, True), PL("الغوطة", "Ghouta", "Rif Dimashq", nth=4), None,
           "مصادر حقوقية", GOV, kind="aggregate",
           note="a running toll of two kinds of act (air and artillery): casualties (stop 32); the offensive's actor is "
                "the government forces told a sentence before")])

passage("mc21", "2019-05-12", "Watan FM", "an IED on an armoured car on a road between two towns, a local network's "
        "telling, no claim, background (published inferred: the day after the Saturday told) | page: "
        "https://watan.fm/news/188795",
        "اغتيل عنصر من قوات النظام أمس السبت 11 أيار في ريف درعا الغربي. ونقل موقع «تجمع أحرار حوران» أن عبوة ناسفة "
        "استهدفت عربة مصفّحة لفرع الأمن العسكري على الطريق بين سحم الجولان والشجرة غربي درعا، فقُتل أحد العناصر وجُرح "
        "اثنان. ولم تتبنَّ أي جهة العملية إلى الآن، شأنها شأن معظم الاغتيالات في المحافظة التي تعيش اضطراباً أمنياً "
        "منذ استعادها النظام بموجب «التسوية» عام 2018.",
        [E("explosion", None, PL("سحم الجولان", "Saham al-Jawlan", "Daraa"), "2019-05-11", "تجمع أحرار حوران", None,
           note="an assassination by an IED: explosion (as the seen sets code IEDs); one killed (singular, no "
                "figure), two wounded never the figure; a road between two towns is placed at the first; nobody "
                "claimed it")])

passage("mc22", "2019-11-16", "Enab Baladi", "a car bomb's toll, the reporter's details, the civil defence's toll, "
        "a recalled clash on a front | page: https://enabbaladi.net/342694/مقتل-15-مدنيًا-بتفجير-سيارة-مفخخة-في-الب",
        "انفجرت سيارة مفخخة في الباب، المدينة الواقعة شرقي حلب، فقتلت 15 شخصاً وجرحت 30 آخرين. وقال مراسل عنب بلدي "
        "بريف حلب إن الانفجار وقع اليوم، السبت الموافق 16 من تشرين الثاني، قرب مدخل الكراج في الباب، فدمّرت قسم الحجز ومخفر الشرطة "
        "وأحرقت ثلاث سيارات بالكامل، واصفاً الانفجار بالضخم ومتوقعاً ارتفاع عدد الضحايا. وأوضح الدفاع المدني العامل بريف حلب، "
        "في منشور على فيسبوك، أن الحصيلة حتى إعداد الخبر 15 قتيلاً و30 جريحاً. وتشهد المنطقة مواجهات متقطعة بين «الجيش "
        "الوطني» و«وحدات حماية الشعب» الكردية، آخرها قبل أيام على جبهة دير مشمش قرب عفرين.",
        [E("explosion", Q("15", 15), PL("الباب", "Al-Bab", "Aleppo"), "2019-11-16", "مراسل عنب بلدي", None,
           note="the garage is a landmark placed at the town; the reporter's next sentence comes back to the lead; the "
                "civil defence gives the same toll (another telling); the wounded never the figure"),
         E("armed_clash", None, PL("دير مشمش", "Deir Mashmash", "Aleppo"), None, None, SNA,
           note="the latest of the intermittent clashes, on a front «days ago»: a recalled act with its own place "
                "(stop 41), no day; Afrin is a bearing; two sides, the SNA named first")])

passage("mc23", "2019-08-01", "Watan FM", "a prisoner exchange with each side's number at a crossing, the reporter's "
        "telling, a political context | page: https://watan.fm/news/syria-news/128131",
        "خرج 15 معتقلاً من سجون النظام أمس الأربعاء، 31 تموز، ضمن عملية تبادل أجرتها فصائل المعارضة مع قوات الأسد في "
        "ريف حلب، بحسب مراسل وطن إف إم. وأوضح المراسل أن التبادل جرى عند معبر أبو الزندين غرب مدينة الباب، "
        "وأفرج خلاله الجيش الوطني بالمقابل عن 14 موقوفاً لديه من المرتبطين بالنظام. وتزامنت العملية مع عشية الجولة "
        "الثالثة عشرة من محادثات أستانا في نور سلطان، بمشاركة وفدي النظام والمعارضة والدول الضامنة الثلاث، "
        "تركيا وروسيا وإيران، إلى جانب نائب المبعوث الأممي.",
        [E("other", Q("15", 15), PL("معبر أبو الزندين", "Abu al-Zandin crossing", "Aleppo"), "2019-07-31",
           "مراسل وطن إف إم", None,
           note="a prisoner exchange: one other event, its figure the first side the text numbers (no total, stop 30); "
                "the crossing is a place of its own; the Astana round is context, no event (Turkey, Russia, Iran are "
                "parties, no places)")])

passage("mc24", "2020-05-05", "Al-Jarida", "gunmen storm a district office, abduct and shoot its men, the monitor's "
        "account next, background (published inferred: the attack of 4 May told as yesterday) | page: "
        "https://aljarida.com/articles/1588604282867616700/amp",
        "لقي 9 من عناصر الأمن التابعين للحكومة السورية حتفهم أمس على يد مجهولين اقتحموا مقراً حكومياً في محافظة درعا "
        "جنوبي سوريا، في أحدث حلقة من سلسلة الهجمات التي تعرفها المحافظة منذ عودتها إلى سيطرة دمشق. وأوضح رامي عبدالرحمن، "
        "مدير المرصد السوري، أن المهاجمين دخلوا مقر مديرية ناحية المزيريب غربي محافظة درعا واقتادوا تسعة من العناصر ثم "
        "قتلوهم بالرصاص وألقوا جثثهم في ساحة بالبلدة. وتشهد درعا منذ أن استعادتها قوات النظام صيف 2018 تفجيرات وعمليات "
        "اغتيال متكررة.",
        [E("armed_clash", Q("9", 9), PL("المزيريب", "Al-Muzayrib", "Daraa"), "2020-05-04", "رامي عبدالرحمن", UNID,
           note="unknown gunmen storm the district office and shoot the men they took: a killing by gunmen, an "
                "armed_clash (stop 30; a second coder could read the shooting of captives as an execution, "
                "casualties); the director's next sentence names the town and comes back to the lead; the bombings "
                "and assassinations since 2018 are a habit")])

passage("mc25", "2020-11-24", "Hal Net", "headline; a car bomb in a quarter with a monitoring centre's toll, a simultaneous "
        "car bomb in another town, a recalled car bomb with its day and toll | page: "
        "https://7al.net/2020/11/24/قتلى-وجرحى-بانفجار-سيارة-مفخخة-في-مدين-2/",
        "قتلى وجرحى جراء سيارة مفخخة في الباب شمال شرقي حلب\n"
        "أوقع انفجار سيارة مفخخة اليوم الثلاثاء في مدينة الباب بريف حلب الشمالي الشرقي 5 قتلى و18 جريحاً. وبحسب «مركز توثيق "
        "الانتهاكات في شمالي سوريا»، وقع الانفجار عند مفرق قباسين ضمن حي الصناعة مستهدفاً مسؤولاً في شرطة الباب، وكان بين "
        "القتلى الخمسة قائد شرطة بزاعة. وبالتزامن، انفجرت سيارة مفخخة أخرى قرب سوق الهال في عفرين، بجوار منطقة الصناعة، "
        "موقعة قتلى وجرحى وأضراراً مادية. وكانت الباب قد شهدت في السادس من تشرين الأول/أكتوبر الماضي انفجار سيارة مفخخة "
        "قرب كراجات النقل، راح ضحيته 14 شخصاً وأصيب 40.",
        [E("explosion", Q("5", 5), PL("الصناعة", "Al-Sina'a", "Aleppo"), "2020-11-24",
           "مركز توثيق الانتهاكات في شمالي سوريا", None,
           note="the quarter of al-Bab is the most specific place (the junction a landmark in it); the centre's next "
                "sentence comes back to the lead; a police chief among the dead (the target an official)"),
         E("explosion", None, PL("عفرين", "Afrin", "Aleppo"), "2020-11-24", None, None,
           note="another car bomb at the same time in another town: another act, the outlet's telling (the centre's "
                "report does not carry to another place, stop 30); the market is a landmark placed at the town; dead "
                "unnumbered"),
         E("explosion", Q("14", 14), PL("الباب", "Al-Bab", "Aleppo", nth=3), "2020-10-06", None, None,
           note="recalled car bomb with its own day and toll (stop 41: background); the outlet's «وكانت … قد»")])

passage("mc26", "2021-08-31", "Al-Tareek", "a documentation office's campaign toll equal to its two parts (fighters "
        "in clashes, civilians by shelling) over a month (published inferred: the day after the period's end) | page: "
        "https://altareek-media.com/public/ar/post/1381/توثيق-مقتل-ما-لايقل-عن-39-شخصا-خلال-حملة-النظام-على-درعا-البلد",
        "وثّق مكتب توثيق الشهداء في درعا، في تقرير أصدره، مقتل 39 شخصاً على الأقل، منهم 16 مدنياً، خلال الحملة العسكرية "
        "التي شنها النظام على درعا البلد. وذكر المكتب أن مقاتلي المدينة صدّوا محاولات قوات النظام والميليشيات الإيرانية "
        "اقتحام درعا البلد، فاندلعت معارك على ثلاثة محاور، بالتزامن مع هجمات لمقاتلين من ريف المحافظة على حواجز النظام "
        "ونقاطه. وأوضح أن المعارك، الممتدة من 29 تموز/يوليو حتى 30 آب/أغسطس 2021، أودت بحياة 23 مقاتلاً في درعا وريفيها "
        "الشرقي والغربي، منهم قياديان ومقاتل ينحدر من ريف دمشق، في حين قضى 16 مدنياً، منهم 4 أطفال و4 نساء، بقصف النظام "
        "على المدينة وريفها الغربي في المدة نفسها.",
        [E("armed_clash", Q("23", 23), PL("درعا", "Daraa", "Daraa", nth=3), None, "مكتب توثيق الشهداء في درعا", None,
           kind="aggregate",
           note="a month of fighting at Daraa al-Balad and attacks on checkpoints in the countryside: the fighters' toll "
                "is a clash aggregate over the period (no single day); the city and its countryside, placed at the "
                "city; two sides, no actor1"),
         E("shelling", Q("16", 16, nth=1), PL("درعا", "Daraa", "Daraa", nth=3), None, "مكتب توثيق الشهداء في درعا",
           GOV, kind="aggregate",
           note="the civilians killed by the government's shelling over the same period: a running toll of one cause "
                "(stop 32); the lead's «39 … على الأقل» equals 23 + 16, the two parts listed: no event of its own "
                "(stop 34); children and women a breakdown")])

passage("mc27", "2021-08-10", "Al-Araby al-Jadeed", "headline; renewed shelling of a quarter, reinforcements told twice "
        "(the second with their kinds), clashes on two axes | page: "
        "https://alaraby.co.uk/politics/النظام-يدفع-بتعزيزات-عسكرية-إلى-درعا-وسط-تجدد-قصف-الأحياء-السكنية",
        "النظام يرسل تعزيزات إلى درعا ويعاود قصف أحيائها\n"
        "عادت قوات «الفرقة الرابعة» بقيادة ماهر الأسد، أخي بشار الأسد، مساء الإثنين إلى قصف أحياء درعا البلد في "
        "ريف درعا الأوسط، بينما واصلت الدفع بقوات إضافية من دمشق إلى المحافظة لتدعيم انتشارها حول درعا البلد وتجمع المخيمات "
        "وطريق السد. وأفادت مصادر محلية «العربي الجديد» بأن مجموعات الفرقة المتمركزة في حي المنشية المحاذي لدرعا "
        "البلد قصفت الأحياء بالمضادات الأرضية وبقذيفتي هاون، تزامناً مع اشتباكات بين شبان درعا وعناصر الفرقة على محور "
        "الكازية في المنشية، وأخرى على محور طريق السد شرقي المدينة. وذكر أبو البراء الحوراني، الناشط في «تجمع أحرار "
        "حوران»، أن الفرقة أرسلت إلى المنشية والضاحية دبابتين وعربتي «بي إم بي» وراجمات «جولان» وعربتي شيلكا.",
        [E("shelling", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-08-09", "مصادر محلية", GOV,
           note="headline, lead and the local sources' detail are one shelling; «قذيفتي هاون» a dual, no figure; the "
                "quarter it came from (al-Manshiya) is where fire came from, not the place"),
         E("reinforcement", None, PL("المنشية", "Al-Manshiya", "Daraa", nth=1), "2021-08-09", "أبو البراء الحوراني", GOV,
           note="reinforcements sent from Damascus to the province, told again by the activist with their destination "
                "quarters: one event, placed at the first destination he names (stop 41); tanks and vehicles are duals, "
                "no figure"),
         E("armed_clash", None, PL("المنشية", "Al-Manshiya", "Daraa", nth=1), "2021-08-09", "مصادر محلية", None,
           note="clashes on the petrol-station axis of the quarter"),
         E("armed_clash", None, PL("طريق السد", "Tariq al-Sadd", "Daraa", nth=1), "2021-08-09", "مصادر محلية", None,
           note="clashes on a second axis, another quarter: its own event")])

passage("mc28", "2021-05-13", "Hibr Press", "a prisoner exchange with each side's count, the freed people's story with a "
        "recalled capture on a front, a glued «اقرأ أيضاً» line (published inferred from it) | page: "
        "https://hibrpress.com/v2/amp/عملية-تبادل-أسرى-بين-فصائل-الثوار-ونظا",
        "أفرجت فصائل الثوار وقوات الأسد عن أسرى في صفقة تبادل، نال بموجبها معتقلون قضوا سنوات في السجون حريتهم. وبحسب "
        "مصادر محلية، أخلى الجيش الوطني السوري سبيل خمسة من عناصر قوات النظام كانوا قد وقعوا في أسره خلال معارك سابقة، في مقابل "
        "إطلاق النظام سراح امرأة وثلاثة شبان من سجونه. وأوضحت أن المرأة واثنين من الشبان من أسرة ضابط منشق، واعتُقلوا قبل "
        "ثمانية أعوام، أما الرابع فاعتُقل قبل قرابة أربعة أعوام على جبهة تادف بريف حلب الشرقي.\n"
        "اقرأ أيضاً: سعر صرف الليرتين السورية والتركية مقابل الدولار يوم الخميس 13-5-2021",
        [E("other", Q("خمسة", 5), None, "2021-05-13", "مصادر محلية", None,
           note="a prisoner exchange: one other event, its figure the first side numbered (five soldiers freed; the "
                "other side a woman and three young men, no total); no place of the exchange is told; undated, the "
                "item's news: publication day (inferred from the glued line)"),
         E("arrest", None, PL("تادف", "Tadef", "Aleppo"), None, "مصادر محلية", GOV,
           note="the fourth man's capture on a front about four years before: a recalled act with its own place "
                "(stop 41: background, no day); the family's arrest eight years before has no place, not coded; the "
                "glued exchange-rate line is not coded (stop 32)")])

passage("mc29", "2022-01-21", "Al-Khaleej al-Jadeed", "headline and dateline; a prison attack's raised toll with a "
        "breakdown, combing and escapees, recaptures, a ban on entering and leaving a city | page: "
        "http://syrianewsapp.com/1/Article/3069/217294524",
        "67 قتيلاً حصيلة هجوم «داعش» على سجن في الحسكة\n"
        "الخليج الجديد – 21 كانون الثاني/يناير 2022\n"
        "بلغت حصيلة ضحايا المواجهات التي تدور داخل سجن غويران وحوله في الحسكة منذ مساء أمس الخميس 67 قتيلاً، هم 39 "
        "من مسلحي التنظيم و23 من الأسايش وحراس السجن وقوات مكافحة الإرهاب و5 مدنيين، في أكبر عملية ينفذها تنظيم الدولة منذ "
        "ثلاث سنوات، ويُرجّح ارتفاع العدد لكثرة الجرحى وورود أنباء عن قتلى آخرين. وتواصل القوى العسكرية مساعيها لاستعادة "
        "السجن وتمشيط ما حوله وحيّي الزهور وغويران، فيما لا يزال عشرات الفارين طلقاء. واعتُقل قرابة 100 سجين، وفُرض حظر على "
        "الدخول إلى الحسكة والخروج منها.",
        [E("armed_clash", Q("67", 67), PL("سجن غويران", "Ghwayran prison", "Al-Hasakah"), "2022-01-20", None, IS,
           note="the attack on the prison and the fighting since Thursday evening: one event, the total dead of all "
                "sides its figure (the headline's 67, the first written; the three groups a breakdown); the prison is "
                "a facility, the most specific place; the combing is the same fight going on"),
         E("arrest", Q("قرابة 100", 100, approx=True), PL("غويران", "Ghwayran", "Al-Hasakah", nth=1), "2022-01-21",
           None, SDF, note="escaped prisoners caught again around the prison, placed at the quarter combed"),
         E("statement", None, PL("الحسكة", "Al-Hasakah", "Al-Hasakah", nth=2), "2022-01-21", None, SDF,
           note="a ban on entering and leaving the city by the military forces (a curfew-like decision, stop 32: a "
                "statement of the body; unnamed in the text, the SDF by context)")])

passage("mc30", "2022-08-07", "Al-Araby al-Jadeed", "headline; a drone strike in a quarter told by the outlet, the "
        "target side's media centre with the toll next, another site naming the dead | page: "
        "https://www.alaraby.co.uk/node/5073171",
        "مسيّرة تركية تقتل قيادياً في «قسد» بالقامشلي\n"
        "لقي أحد قياديي «قسد» مصرعه بضربة من طائرة مسيّرة تركية استهدفته في مدينة القامشلي بأقصى "
        "شمال شرقي سورية، ضمن ما يوصف بـ«حرب المسيّرات» التي تخوضها أنقرة ضد كوادر هذه القوات التي تراها امتداداً سورياً "
        "لحزب العمال الكردستاني. وأقرّ المركز الإعلامي لـ«قسد» بمقتل عضو في «مؤسسة الانضباط العسكري» حين ضربت المسيرة "
        "سيارة في حي الصناعة بالقامشلي مساء السبت، لافتاً إلى أن الضربة أدت إلى مقتل ثلاثة أشخاص، منهم طفلان، وألحقت "
        "أضراراً بالمحال والسيارات في المكان. بدوره، قال موقع «باسنيوز» إن القتيل تركي الجنسية يُعرف باسم شيار، وكان "
        "قيادياً في الحزب ومسؤولاً عن حفر الخنادق.",
        [E("airstrike", Q("ثلاثة", 3), PL("الصناعة", "Al-Sina'a (Qamishli)", "Al-Hasakah"), "2022-08-06",
           "المركز الإعلامي لـ«قسد»", TUR,
           note="headline, lead and the SDF media centre's telling are one strike; the quarter is the most specific "
                "place; the three dead (two children a breakdown) are the figure, the commander among them; the "
                "«drone war» is a habit; Bas News names the dead, no event")])

passage("mc31", "2023-09-05", "Orient News", "the outlet's reporter: clashes on several fronts with one side's toll, "
        "shelling on civilians, rocket fire on a town and a checkpoint (published inferred: the tribal fighting around "
        "Manbij in early September 2023; day approximate) | page: https://orient-news.net/ar/news_show/205455",
        "سقط عشرات القتلى والجرحى في معارك ضارية خاضها مقاتلو العشائر العربية ضد قسد في ريفي منبج وجرابلس، وقضى "
        "مدنيون حين قصفت مدفعية قسد قرى في ريف جرابلس شمال شرقي حلب. وقال مراسلنا في ريف حلب إن المعارك احتدمت بين الطرفين على "
        "محاور المحسنلي والحلونجي وعون الدادات من مساء أمس حتى صباح اليوم، وإنها بدأت بمحاولة تسلل لقسد على محور "
        "المحسنلي، فقُتل وجُرح عدد من عناصرها، بينما قُتل مقاتل من العشائر وجرح 5. وأوضح المراسل أن قتلى قسد في ليلة "
        "المعارك على خطوط التماس في ريفي منبج وجرابلس بلغوا 11 إضافة إلى 15 جريحاً. كما قُتل عنصران من قسد بصواريخ أطلقها مقاتلو "
        "العشائر على بلدة العريمة غربي منبج، وعنصر ثالث بضربة صاروخية مشابهة استهدفت حاجز أم جلود.",
        [E("armed_clash", Q("11", 11), PL("المحسنلي", "Al-Muhsinli", "Aleppo"), "2023-09-04", "مراسلنا في ريف حلب",
           TRIBES,
           note="one night of fighting on three fronts (a group, placed at the first, where it began); the lead's "
                "«عشرات القتلى والجرحى» is the same fight; no total of both sides, so the first side numbered: the "
                "SDF's 11 dead (a tribal fighter killed is singular; the wounded never the figure); the outlet's own "
                "reporter"),
         E("shelling", None, PL("ريف جرابلس", "Jarablus countryside", "Aleppo"), "2023-09-04", None, SDF,
           note="the SDF's artillery on the countryside: civilians killed, unnumbered; the lead's own line, before the "
                "reporter is named"),
         E("shelling", None, PL("العريمة", "Al-Arima", "Aleppo"), "2023-09-04", "مراسلنا في ريف حلب", TRIBES,
           note="rockets on a town: two SDF fighters killed as a dual, no figure; the reporter carries over the item"),
         E("shelling", None, PL("أم جلود", "Umm Jaloud", "Aleppo"), "2023-09-04", "مراسلنا في ريف حلب", TRIBES,
           note="a like strike on a checkpoint, one killed (singular)")])

passage("mc32", "2024-02-10", "Akhbar Al Aan", "headline; a monitor's telling of strikes on two areas, the state agency's "
        "military source on the same raid, a recalled attack the day before | page: "
        "https://www.akhbaralaan.net/news/arab-world/2024/02/10/هجوم-جوي-إسرائيلي-على-ريف-دمشق-وسوريا-تُعلن-التصدي",
        "غارات إسرائيلية تضرب غرب دمشق\n"
        "ذكر المرصد السوري لحقوق الإنسان أن دويّ انفجارات قوية سُمع جراء غارات إسرائيلية على منطقتي الديماس ومشروع دمر، "
        "استهدفت إحداها مبنى سكنياً غرب دمشق، وسط أنباء عن اغتيال أشخاص من غير السوريين. وقالت وكالة «سانا» فجر اليوم "
        "السبت إن الدفاعات الجوية تصدت لهجوم جوي إسرائيلي على مواقع بريف دمشق، ونقلت عن مصدر عسكري أن إسرائيل قصفت من "
        "جهة الجولان عند الساعة 1:05 فجراً عدة نقاط في ريف دمشق، وأن الدفاعات أسقطت بعض الصواريخ، وأن الخسائر اقتصرت على "
        "الماديات. وكانت وسائل إعلام رسمية قد أعلنت يوم الجمعة أن المضادات الأرضية اعترضت «أهدافاً معادية» قرب دمشق، وهو ما "
        "أكده المرصد متحدثاً عن انفجارات سُمع دويها في العاصمة ومحيطها.",
        [E("airstrike", None, PL("الديماس", "Al-Dimas", "Rif Dimashq"), "2024-02-10", "المرصد السوري لحقوق الإنسان", ISR,
           note="strikes on two areas (a group, placed at the first); the state agency's military source tells the same "
                "raid (another telling, no event); the Golan is where fire came from; the reported assassinations are "
                "unnumbered"),
         E("airstrike", None, PL("دمشق", "Damascus", "Damascus", nth=3), "2024-02-09", "وسائل إعلام رسمية", None,
           note="Friday's «hostile targets» met by air defences near Damascus: a recalled attack with its own day "
                "(stop 41); the attacker is not named for it")])

passage("mc33", "2024-12-02", "IMLebanon", "AFP style: a monitor's toll of joint raids over a city and a camp, told "
        "twice, beside a foreign ministry's statement the day before | page: "
        "https://imlebanon.org/2024/12/02/syria554322/amp",
        "سجّل المرصد السوري لحقوق الإنسان مقتل 11 مدنياً في الأقل، منهم خمسة أطفال، اليوم الإثنين بغارات شنتها طائرات "
        "روسية وسورية على محافظة إدلب شمال غربي سوريا، بعد يوم من تأكيد موسكو أن قواتها تعين الجيش السوري على «صد» هجوم "
        "تشنه فصائل معارضة. وأوضح المرصد أن «الغارات المشتركة» للطيرانين الروسي والسوري ضربت مواقع عدة، منها مدينة إدلب "
        "ومخيم للنازحين إلى الشمال منها، فقتلت 11 مدنياً بينهم خمسة أطفال وامرأتان وأصابت العشرات.",
        [E("airstrike", Q("11", 11, None, True), PL("إدلب", "Idlib", "Idlib", nth=1), "2024-12-02",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="joint Russian and Syrian raids told twice: one event over the city and a camp near it (a group), "
                "placed at the city (the province of the lead is coarser); the Russian air force first named"),
         E("statement", None, None, "2024-12-01", "موسكو", RUS,
           note="Moscow's declaration the day before that its forces help repel the offensive: a named party's stance "
                "(stop 32), no place named")])

passage("mc34", "2025-07-15", "Future TV Network", "headline; a curfew decided by the security forces after days of "
        "clashes with their toll, the commander's call, the defence ministry's pursuit, foreign strikes on tanks | page: "
        "https://futuretvnetwork.com/arab-w-alam/106748",
        "حظر تجوّل في السويداء إثر اشتباكات دامية\n"
        "أعلنت قوى الأمن الداخلي بالسويداء جنوبي سوريا فرض حظر تجوّل كامل على المدينة بدءاً من صباح اليوم "
        "الثلاثاء إلى أجل غير محدد، بعد اشتباكات دامية عرفتها المنطقة في الأيام الأخيرة وخلّفت زهاء 100 قتيل، وفق مصادر "
        "محلية وحقوقية. وطالب قائد هذه القوى السكان بالبقاء في بيوتهم، مشدداً على ألا تتخذ «العصابات "
        "الخارجة عن القانون» الأبنية السكنية مواقع لقتال قوات الدولة، ودعا المرجعيات الدينية وقادة الفصائل إلى "
        "التعاون التام مع الأمن. وفي الأثناء، قالت وزارة الدفاع السورية إن قطعات عسكرية تلاحق مجموعات مسلحة «خارجة عن "
        "القانون» تسعى إلى الإفلات من المواجهات والتسلل إلى وسط المدينة. ودخلت إسرائيل على خط التصعيد مباشرة، فقد أكدت "
        "مصادر عسكرية إسرائيلية أن جيشها ضرب دبابات سورية كانت تزحف صوب تخوم السويداء، ملوّحاً بالرد على «استهداف "
        "الدروز».",
        [E("statement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2025-07-15",
           "قوى الأمن الداخلي", NEWGOV,
           note="the curfew is the security forces' decision (stop 32: a statement), placed at the city it concerns; "
                "the commander's call to the residents and the religious leaders is the same announcement (a second "
                "coder could code the call apart)"),
         E("armed_clash", Q("زهاء 100", 100, approx=True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), None,
           "مصادر محلية وحقوقية", None, kind="aggregate",
           note="the past days' clashes in the province with their toll: an aggregate over the period, no day"),
         E("armed_clash", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2025-07-15", "وزارة الدفاع السورية",
           NEWGOV, note="army units pursuing armed groups trying to slip into the city centre: an ongoing fight "
                        "told by the ministry"),
         E("airstrike", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2025-07-15",
           "مصادر عسكرية إسرائيلية", ISR,
           note="Israeli fire on tanks advancing to the city's outskirts; the means is «قصف» (the strikes of that day "
                "were from the air; a second coder could take shelling); the warning about the Druze is the same "
                "telling, no statement of its own")])

passage("mc35", "2025-12-31", "Lebanon24", "headline; an interior ministry's statement of arrests over several coastal "
        "towns, the unrest with dead that prompted them, a closing stance | page: "
        "https://www.lebanon24.com/news/world-news/1462115/سلسلة-مداهمات-في-اللاذقية-وطرطوس-لوقف-التحريض-وإعادة-الأمن",
        "حملات دهم في اللاذقية وطرطوس لكبح التحريض واستعادة الأمن\n"
        "أعلنت اليوم الأربعاء وزارة الداخلية السورية أن مديريات للأمن الداخلي في كل من اللاذقية وجبلة والقرداحة وطرطوس "
        "نفذت عمليات أمنية محكمة انتهت بتوقيف عدد من الضالعين بـ«جرائم حرب وأعمال تحريضية» أضرّت بالسلم الأهلي على "
        "الساحل. وتابعت في بيان على منصة «إكس» أن الحملة جاءت رداً على دعوات تحريض طائفية من الخارج أرادت نشر الفوضى، وأفضت إلى "
        "قتلى وجرحى واعتداءات على أملاك عامة وخاصة في محافظتي اللاذقية وطرطوس، مؤكدة أن ملاحقة بقية المتورطين "
        "مستمرة على الأرض. وأكد البيان أن الدولة التي سعت إلى احتواء تبعات الأزمة ودمج من لم يتورطوا في الدماء لن "
        "تسمح باستغلال المرحلة لضرب النسيج الاجتماعي.",
        [E("arrest", None, PL("اللاذقية", "Latakia", "Latakia", nth=1), "2025-12-31", "وزارة الداخلية السورية", NEWGOV,
           note="arrests by the security directorates of four towns: one campaign over a list (a group), placed at the "
                "first; «عدد من» is no figure; undated, the item's news: publication day"),
         E("casualties", None, PL("اللاذقية", "Latakia", "Latakia", nth=2), None, "وزارة الداخلية السورية", None,
           note="the unrest the calls led to, with dead and wounded and attacks on property in two provinces: deaths "
                "with no act told (casualties), placed at the first province; no figure, no day (a second coder could "
                "leave it out as the statement's background)"),
         E("statement", None, None, "2025-12-31", "وزارة الداخلية السورية", NEWGOV,
           note="the ministry's closing stance that the state will not allow the period to be exploited (stop 32: a "
                "body's stance is a statement; stop 34 keeps the rule)")])


def main() -> None:
    write("gold128.jsonl", P128)


if __name__ == "__main__":
    main()
