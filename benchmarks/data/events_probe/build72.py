"""Build gold72.jsonl: development set 72 (ids jd01…), written in stop 33 by writer w72 BEFORE any run on it.

WHOLE ARTICLES WITH SEVERAL INCIDENTS AND SEVERAL SOURCES, paraphrased from real pages: each passage is the
paraphrase of one real news page found in the search tool's `pages` corpus (a day's round-up, a front's
round-up, an item that relays an agency or a monitor, a reporter's item, an official's claim and the other
side's answer), 2011-2025. The page's incidents, their order, places, figures, dates, sources and their
attribution, hedges and background are kept; every sentence was rewritten (no run of five words is shared with
the page, names aside, checked by script against the page text kept outside the repository); personal names
of private people were changed. The page's address is in each passage's `style`. Where the page shows no date,
the publication date was inferred from the events it reports (said in `style`). Offsets are computed by
build.build and checked.

    python benchmarks/data/events_probe/build72.py      # rewrites gold72.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P72: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P72.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("jd01", "2011-10-14", "MBC", "Friday protests round-up relaying SOHR and its director; arrests; a GCC call; "
        "page: http://www.mbc.net/ar/mbc1/articles/تظاهرات-حاشدة-في-سوريا-في-جمعة-أحرار-الجيش.html",
        "مقتل 12 متظاهراً في «جمعة أحرار الجيش» ومداهمة مسجد في بانياس\n"
        "رغم الانتشار الأمني الواسع، عرفت مدن سورية عدة اليوم الجمعة 14 تشرين الأول/أكتوبر 2011 تظاهرات كبيرة رُفع فيها "
        "شعار «جمعة أحرار الجيش»، على ما أوردته نشرة التاسعة. وبحسب المرصد السوري لحقوق الإنسان، سقط ما لا يقل عن 12 "
        "متظاهراً قتلى بنيران عناصر الأمن، فيما جُرح ما يزيد على 30 آخرين. ولفت مدير المرصد، وليد الحسن، إلى أن المدن "
        "التي غابت عنها الاحتجاجات تعرضت لحملات دهم أمنية أسفرت عن توقيف عشرات الأشخاص. وبيّن أن الاحتجاجات امتدت "
        "إلى دير الزور وريف إدلب وأحياء عدة في حمص، فضلاً عن اللاذقية والزبداني وريف دمشق والقابون والقدم. وأضاف "
        "المرصد أن رجال الأمن دخلوا مسجد أبو بكر الصديق بمدينة بانياس، حيث احتمى عدد من المحتجين، واقتادوا بعضهم إلى "
        "الاعتقال. على صعيد آخر، يلتقي وزراء الخارجية العرب بعد غد الأحد في مقر الجامعة العربية بالقاهرة في اجتماع طارئ "
        "مخصص للملف السوري، وذلك بعدما طالب مجلس التعاون الخليجي في بيان صدر أمس بالتئام فوري لأعضاء الجامعة.",
        [E("protest", Q("ما لا يقل عن 12", 12, None, True), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2011-10-14",
           "المرصد السوري لحقوق الإنسان", PROT,
           note="fire on the Friday protests: the 12 dead are the protest's fatalities (the crowd is not numbered); the "
                "protests are told for a list of places in a later sentence (one act, group), coded at the first place; "
                "the 30 wounded are not the figure"),
         E("arrest", Q("عشرات", 20, 90, True), None, "2011-10-14", "مدير المرصد", GOV,
           note="raids in the cities with no protest: no place named"),
         E("arrest", None, PL("بانياس", "Baniyas", "Tartus"), "2011-10-14", "المرصد", GOV,
           note="the mosque is a landmark: placed at its town; «بعضهم» gives no figure"),
         E("statement", None, None, "2011-10-13", "مجلس التعاون الخليجي",
           note="the GCC's call in a statement issued yesterday (stop 32: a named body's call is a statement); the Arab "
                "ministers' meeting the day after tomorrow is future, not coded")])

passage("jd02", "2011-05-20", "Youm7", "Friday protests: a rights activist, rights sources, SOHR, witnesses; "
        "page: https://www.youm7.com/story/2011/5/20/بالفيديو-الأمن-السورى-يطلق-الذخيرة-الحية-على-المتظاهرين/416940",
        "رصاص حي على محتجين في حمص.. ومقتل خمسة في «جمعة الحرية»\n"
        "أفاد ناشط حقوقي من حمص بأن عناصر الأمن السوري فتحوا النار بالرصاص الحي اليوم الجمعة على جموع احتشدت في "
        "المدينة لإقامة تظاهرتين اثنتين في الأقل، بينما عمّت احتجاجات تطالب بالديمقراطية مناطق أخرى من سوريا. ونقلت "
        "مصادر حقوقية أن خمسة أشخاص على الأقل، أحدهم طفل، لقوا حتفهم في حمص ودرعا بينما كانت قوات الأمن تفرّق "
        "تظاهراتهم. أما المرصد السوري لحقوق الإنسان فأشار إلى أن بانياس الواقعة على الساحل عرفت أكبر تظاهرة فيها منذ "
        "اندلاع الحركة الاحتجاجية في الجنوب قبل تسعة أسابيع. وبحسب شهود عيان وناشطين، نزل الآلاف إلى الشوارع في بانياس "
        "والقامشلي ودمشق وحمص، غير آبهين بالانتشار الكثيف للجيش والأجهزة الأمنية الساعية إلى إخماد الاحتجاج على حكم "
        "الرئيس بشار الأسد. وأوضح المرصد أن المحتجين كشفوا صدورهم ليثبتوا أنهم عزّل، خلافاً لما تتهمهم به السلطات، "
        "وردّدوا هتافات تطالب بفك الحصار عن المدن وبالحرية وبرحيل النظام. وكانت قوات الأمن قد انتشرت بكثافة في معظم "
        "المدن منذ الصباح تحسباً لتظاهرات «جمعة الحرية» التي دعا إليها الناشطون، علماً أن مدناً عدة شهدت مساء أمس "
        "تظاهرات ليلية.",
        [E("protest", Q("خمسة", 5, None, True), PL("حمص", "Homs", "Homs", nth=0), "2011-05-20", "ناشط حقوقي", PROT,
           note="fire on the Homs protests; the next sentence gives the dead (rights sources) for Homs and Daraa: one "
                "act over two cities (group), coded at Homs; figure the dead as the crowd is not numbered; «خمسة أشخاص "
                "على الأقل» is an open bound. A second coder might give the rights sources as the source"),
         E("protest", Q("الآلاف", 2000, 9000, True), PL("بانياس", "Baniyas", "Tartus"), "2011-05-20",
           "المرصد السوري لحقوق الإنسان", PROT,
           note="Banias's largest protest (SOHR); the witnesses' thousands in Banias, Qamishli, Damascus and Homs are the "
                "same day's protests told as a list starting at Banias (group); Homs's protest is the event above. The "
                "night protests of «مساء أمس» name no place: not coded")])

passage("jd03", "2018-02-06", "Al-Hayat", "a front's round-up: SOHR and Anadolu on the same battle, running tolls; "
        "published date inferred from the events (page shows none); page: https://sauress.com/alhayat/27179525",
        "معارك كرّ وفرّ في عفرين وحصيلة القتلى الأتراك ترتفع إلى 16\n"
        "استمرت أمس المواجهات الضارية في منطقة عفرين بين الجيش التركي ومجموعات من «الجيش السوري الحر» تدعمها أنقرة من "
        "جهة، و«وحدات حماية الشعب» الكردية الساعية إلى صد الهجوم من جهة أخرى، في حين بلغ عدد العسكريين الأتراك الذين "
        "قُتلوا منذ انطلاق العملية 16 قتيلاً. وبحسب «المرصد السوري لحقوق الإنسان»، دار القتال أساساً على جبهات قرية "
        "شيخ خورز في ناحية بلبلة شمال المنطقة، واستطاع المقاتلون الأكراد أن يتقدموا ويستردوا نقاطاً كانوا قد فقدوها "
        "حول القرية. وذكر «المرصد» أن المدفعية التركية دكّت بعنف أنحاء من راجو والشيخ حديد وجنديرس في ريف عفرين. في "
        "المقابل، قالت وكالة «الأناضول» التركية إن الجنود الأتراك ومقاتلي «الجيش الحر» انتزعوا قرية سوركة في ناحية "
        "راجو، بعدما بسطوا سيطرتهم في الأيام الأخيرة على قرى وتلال عدة حولها. وأضافت الوكالة أن النقاط التي أُخرج "
        "منها المقاتلون الأكراد وصل عددها إلى 35 نقطة، ما بين قرى وبلدات وتلال ذات أهمية. ووفق إحصاء «المرصد»، صعدت "
        "حصيلة القتلى في المعارك والقصف بعفرين إلى 141 من الجنود الأتراك والمسلحين المشاركين في «غصن الزيتون»، "
        "يقابلهم 114 قتيلاً من «الوحدات».",
        [E("armed_clash", None, PL("شيخ خورز", "Sheikh Khorzeh", "Aleppo"), "2018-02-05", "المرصد السوري لحقوق الإنسان",
           TUR, note="the lead's clashes in Afrin and SOHR's next sentence (the front at Sheikh Khorzeh) are one battle; "
                     "the source carries back; the Kurds' regaining positions is part of this battle, not a second event"),
         E("casualties", Q("16", 16), PL("عفرين", "Afrin", "Aleppo"), None, None, None, kind="aggregate",
           note="running toll of Turkish soldiers since the operation began, told by the outlet; the operation has "
                "several kinds of act, so casualties; overlaps SOHR's 141 below (a second coder may drop one)"),
         E("shelling", None, PL("راجو", "Rajo", "Aleppo"), "2018-02-05", "المرصد", TUR,
           note="one act over a list of places (group), at the first; no day of its own: dated by the round-up's day"),
         E("territory_change", None, PL("سوركة", "Sorka", "Aleppo"), None, "وكالة «الأناضول» التركية", TUR,
           note="Turkish troops and FSA fighters took the village; no day given (the takings span «الأيام الأخيرة»)"),
         E("territory_change", Q("35", 35), PL("عفرين", "Afrin", "Aleppo"), None, "وكالة «الأناضول» التركية", TUR,
           kind="aggregate", note="running total of points taken; source carried over «وأضافت الوكالة»"),
         E("casualties", Q("141", 141), PL("عفرين", "Afrin", "Aleppo", nth=2), None, "المرصد", None, kind="aggregate",
           note="toll of battles and shelling (several kinds): casualties; the 114 of the other side are its other "
                "side, no second event (first side numbered is the figure)")])

passage("jd04", "2012-06-21", "Al Jazeera", "a day's round-up: outlet toll, General Revolution Commission, LCC, "
        "activists; page: https://www.aljazeera.net/news/2012/6/21/عشرات-القتلى-بقصف-حكومي-بسوريا",
        "قصف حكومي يحصد عشرات الأرواح في سوريا\n"
        "لقي سبعون شخصاً حتفهم اليوم في أنحاء سوريا جراء قصف القوات الحكومية ونيرانها، وقع أغلبهم في درعا وحمص "
        "اللتين استُهدفتا بقصف كثيف، إضافة إلى مدن وبلدات بريف دمشق وفي دير الزور وإدلب. ومن بين هؤلاء 18 قتيلاً "
        "سقطوا في إنخل بمحافظة درعا بفعل قصف قوات النظام وإطلاقها الرصاص على موكب تشييع. وتهدمت بيوت عدة بفعل القصف، "
        "وكان معظم الضحايا من العائلات المقيمة فيها، إذ فقدت عائلة الفلاحي أربعة من أفرادها منهم أب وولده، وعائلة "
        "النجار ثلاثة منهم أم. وقُتل كذلك تسعة أشخاص وجُرح العشرات في قصف طال دوما في ريف دمشق وحي دير بعلبة في حمص "
        "وذيبان في دير الزور، وكفر تخاريم ومعرة النعمان وأرمناز في إدلب. من جانبها، أفادت الهيئة العامة للثورة بأن "
        "القصف المدفعي والمروحي للجيش النظامي على دوما أوقع عشرة قتلى وعشرات الجرحى، فيما نشر ناشطون على الشبكة صوراً "
        "لجثث الضحايا. وبحسب لجان التنسيق المحلية، طال القصف أيضاً كناكر وحرستا، بينما دهمت قوات الأمن الزبداني "
        "وكفربطنا في ريف دمشق. وأكدت اللجان نزوح ما يزيد على 170 عائلة خلال الليل من دوما ومسرابا إثر قصف عنيف دمّر "
        "وأحرق منازل كثيرة. وفي حمص يتواصل القصف المكثف، وقد حذّر المتحدث باسم الهيئة العامة للثورة، خالد الحمصي، من "
        "مجازر تُرتكب في المدينة.",
        [E("casualties", Q("سبعون", 70), None, "2012-06-21", None, GOV, kind="aggregate",
           note="the day's national toll (outlet); its parts below are incidents of their own, told as «من بين هؤلاء»"),
         E("shelling", Q("18", 18), PL("إنخل", "Inkhil", "Daraa"), "2012-06-21", None, GOV,
           note="shelling and fire on a funeral procession, one toll for both: coded as the shelling; a second coder "
                "could code the fire on mourners as a protest event"),
         E("shelling", Q("تسعة", 9), PL("دوما", "Douma", "Rif Dimashq"), "2012-06-21", None, GOV,
           note="one act over a list of places (group) at the first, Douma; the Commission's ten dead in Douma is the "
                "same shelling told by another source (no second event); a second coder might take «عشرة» with the "
                "Commission as source for Douma"),
         E("shelling", None, PL("كناكر", "Kanaker", "Rif Dimashq"), "2012-06-21", "لجان التنسيق المحلية", GOV,
           note="Kanaker and Harasta: group; the raids on Zabadani and Kafr Batna name no arrests: not coded"),
         E("other", Q("ما يزيد على 170", 170, None, True), PL("دوما", "Douma", "Rif Dimashq", nth=2), None,
           "لجان التنسيق المحلية", None, note="displacement of families overnight (Douma and Misraba, group); source "
                                             "carried by «وأكدت اللجان»; «خلال الليل» has no fixed day"),
         E("shelling", None, PL("حمص", "Homs", "Homs", nth=2), "2012-06-21", None, GOV,
           note="continuing heavy shelling on Homs, the outlet's telling"),
         E("statement", None, PL("حمص", "Homs", "Homs", nth=2), "2012-06-21", "المتحدث باسم الهيئة العامة للثورة",
           note="a spokesman's warning (stop 32): a statement placed at the city it concerns")])

passage("jd05", "2012-10-05", "MENA (Boswtol)", "agency relay: LCC toll, Al Jazeera quoting activists, SNHR running and "
        "monthly tolls; published date inferred (Thursday's toll, September's total); "
        "page: https://www.masress.com/boswtol/68876",
        "أ ش أ – قالت لجان التنسيق المحلية السورية إن 281 شخصاً لقوا حتفهم أمس الخميس في أنحاء سوريا بنيران قوات الأسد، "
        "سقط أكثرهم في إدلب ودرعا والعاصمة دمشق وريفها. ونقلت قناة الجزيرة عن ناشطين سوريين صباح اليوم أن القوات "
        "النظامية قصفت بشدة حي الخالدية في حمص، وأن تسعة من عناصرها قُتلوا وهم يحاولون اقتحام الحي، مشيرين إلى أن "
        "المواجهات بين الجيش الحر والجيش النظامي لم تتوقف حتى الساعة. وفي وقت سابق، أحصت الشبكة السورية لحقوق الإنسان "
        "30 ألفاً و541 قتيلاً منذ انطلاق الثورة في أواسط آذار/مارس 2011، منهم 4631 "
        "سقطوا خلال أيلول/سبتمبر الماضي، ولا سيما في دير الزور وحلب ودمشق وريفها، وبينهم ما يزيد على 300 طفل في الشهر "
        "ذاته. ومنذ منتصف آذار من العام الماضي تعيش سوريا حركة احتجاج غير مسبوقة تطالب برحيل نظام بشار الأسد، خلّفت "
        "حتى اليوم آلاف القتلى والجرحى من المدنيين وعناصر الأمن.",
        [E("casualties", Q("281", 281), None, "2012-10-04", "لجان التنسيق المحلية السورية", GOV, kind="aggregate",
           note="the day's national toll"),
         E("shelling", None, PL("الخالدية", "Al-Khalidiyah", "Homs"), None, "ناشطين سوريين", GOV,
           note="the shelling of the quarter; no day of its own (the report is of this morning)"),
         E("armed_clash", Q("تسعة", 9), PL("الخالدية", "Al-Khalidiyah", "Homs"), None, "ناشطين سوريين", GOV,
           note="nine regime soldiers killed trying to storm the quarter, clashes ongoing: the dead are the clash's "
                "(they were not killed by their own shelling); a second coder could make one shelling event of it"),
         E("casualties", Q("30 ألفاً و541", 30541), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="running toll since March 2011"),
         E("casualties", Q("4631", 4631), None, "2012-09", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="September's toll; the 300 children are its breakdown")])

passage("jd06", "2013-03-04", "Elbalad (MENA)", "a day's round-up: LCC toll, Al Jazeera on Khan al-Asal, UN figures, "
        "mortars on Damascus told by residents; published date inferred (Sunday's toll; the police school taken); "
        "page: https://www.masress.com/elbalad/416174",
        "قالت لجان التنسيق المحلية السورية إن 134 شخصاً سقطوا قتلى أمس الأحد برصاص قوات النظام وقذائفها، أغلبهم في "
        "دمشق وريفها وفي حمص ودرعا. وأوردت قناة «الجزيرة» اليوم الاثنين أن هذه الحصيلة تتزامن مع مقتل قرابة 200 عنصر من "
        "الجيشين النظامي والحر في قتال دام ثمانية أيام ببلدة خان العسل في ريف حلب، وانتهى بانتزاع الثوار مدرسة الشرطة "
        "فيها، إلى جانب تقدمهم في مواقع أخرى بدرعا والرقة. وعرفت الساعات الماضية مواجهات بين الطرفين على جبهات عدة، "
        "أشدها في اللاذقية حيث صدّ مقاتلو الجيش الحر محاولات قوات النظام التوغل في عدد من المناطق. وتعيش سوريا منذ "
        "قرابة عامين احتجاجات ضد السلطة تحولت إلى مواجهات مسلحة وعنف في أغلب المناطق، أوقعت آلافاً من القتلى "
        "والجرحى وشرّدت مئات الآلاف داخل البلاد وخارجها. وتقدّر الأمم المتحدة عدد القتلى بنحو 70 ألفاً، وعدد الفارين "
        "من البلاد بنحو مليون شخص، فيما يحتاج ملايين آخرون، بينهم نازحون، إلى معونات غذائية عاجلة. وفي سياق متصل، "
        "سقطت مساء أمس قذيفتا هاون قرب مقر المديرية العامة للجمارك الجديد وبجوار مخازن المؤسسة العامة للمناطق "
        "الحرة في دمشق، بحسب ما ذكره سكان من المنطقة.",
        [E("casualties", Q("134", 134), None, "2013-03-03", "لجان التنسيق المحلية السورية", GOV, kind="aggregate"),
         E("territory_change", Q("قرابة 200", 200, approx=True), PL("خان العسل", "Khan al-Asal", "Aleppo"), None,
           "قناة «الجزيرة»", FSA,
           note="an eight-day battle ending with the rebels taking the police school: one event, the taking, with the "
                "dead of both sides as its figure; the school is placed at its town (not a listed site); a second "
                "coder could type it armed_clash; no day of its own"),
         E("territory_change", None, PL("درعا", "Daraa", "Daraa", nth=1), None, "قناة «الجزيرة»", FSA,
           note="advances elsewhere in Daraa and Raqqa governorates (group, at the first); same report, carried"),
         E("armed_clash", None, PL("اللاذقية", "Latakia", "Latakia"), None, None, GOV,
           note="the outlet's telling (the page's «يذكر أن»); the regime tried to advance, the FSA repelled it"),
         E("casualties", Q("نحو 70 ألفاً", 70000, approx=True), None, None, "الأمم المتحدة", None, kind="aggregate",
           note="the UN's estimate; «نحو» is a hedge: low = high = 70000 approx"),
         E("other", Q("نحو مليون", 1000000, approx=True), None, None, "الأمم المتحدة", None, kind="aggregate",
           note="refugees who fled the country, the UN's estimate"),
         E("shelling", None, PL("دمشق", "Damascus", "Damascus", nth=1), "2013-03-03", "سكان من المنطقة", None,
           note="two mortar shells (a dual: no figure) near the customs building, placed at the city; nobody named "
                "as firing them")])

passage("jd07", "2013-10-21", "Al-Sabah (agencies)", "agencies round-up: media, SANA, SOHR on one bombing; SOHR statement "
        "on Raqqa and Daraa; page: https://alsabahpress.com/international/2013-10-21/15245",
        "دمشق – «وكالات»: قال المرصد السوري أمس إن المعارك الضارية بين مقاتلي المعارضة المسلحة والقوات النظامية أوقعت "
        "ضحايا، من غير أن يذكر عددهم. وفي الأثناء، أفادت وسائل إعلام بأن انتحارياً كان يقود شاحنة فيها 1.5 طن من "
        "المواد المتفجرة أودى بحياة 30 شخصاً على الأقل وجرح العشرات أمس في مدينة حماة وسط البلاد. وبحسب الوكالة "
        "العربية السورية للأنباء، فجّر المهاجم الشاحنة وهو داخلها على طريق مكتظ عند أطراف المدينة، وحمّلت الوكالة المسؤولية "
        "لـ«إرهابيين»، وهي الصفة التي تطلقها على مسلحي المعارضة الساعين إلى إسقاط الرئيس بشار الأسد. أما المرصد السوري "
        "لحقوق الإنسان فقال إن التفجير طال حاجزاً للجيش. وبثّ التلفزيون الرسمي مشاهد لعناصر إطفاء يكافحون نيراناً ضخمة "
        "وأعمدة دخان ترتفع من شاحنات وسيارات احترقت. وفي بيان آخر، أشار المرصد إلى أن القتال العنيف حول مقر الفرقة 17 "
        "في الرقة شمال شرقي البلاد تواصل من منتصف الليلة التي سبقت أمس حتى فجر أمس بين القوات النظامية وكتائب "
        "المعارضة، مع أنباء عن قتلى وجرحى من الجانبين. كما تحدث عن صاروخ أطلقته قوات النظام فسقط في حي العباسية في "
        "درعا البلد جنوبي البلاد عقب منتصف الليلة الماضية، ما خلّف جرحى.",
        [E("explosion", Q("30", 30, None, True), PL("حماة", "Hama", "Hama"), "2013-10-20", "وسائل إعلام", None,
           note="suicide truck bomb; SANA's and SOHR's tellings (where, whom it hit) are the same incident; 1.5 t is "
                "the explosive's weight, not a figure; no perpetrator named by the outlet (SANA blames «إرهابيين»)"),
         E("armed_clash", None, PL("الفرقة 17", "Division 17 base", "Raqqa"), "2013-10-20", "المرصد", GOV,
           note="a named base is the place (stop 28); from midnight before yesterday to yesterday's dawn: dated "
                "yesterday; the dead are not numbered. The lead's unnumbered clashes with no place are not coded"),
         E("shelling", None, PL("العباسية", "Al-Abbasiyah", "Daraa"), "2013-10-21", "المرصد", GOV,
           note="a rocket fired by regime forces on a quarter of Daraa al-Balad after last midnight: the small hours "
                "of the publication day (a second coder may date it the 20th); the wounded are no figure")])

passage("jd08", "2014-08-09", "Egypt's Al-Ahram weekly site (egkw)", "a front's round-up: Sky News quoting activists, "
        "opposition activists, SOHR; published date inferred (Brigade 93 fell on Thursday 7 August 2014); "
        "page: http://old.egkw.com/ArticleDetail.aspx?id=52525",
        "معارك في مورك وتعزيزات للجيش السوري.. و«الدولة الإسلامية» تسيطر على مقر اللواء 93\n"
        "دارت مواجهات ضارية بين الجيش السوري ومقاتلي المعارضة في بلدة مورك التابعة لريف حماة، دفعت القوات الحكومية إلى استقدام "
        "تعزيزات كبيرة إلى المنطقة. ونقلت قناة «سكاي نيوز» يوم الجمعة عن ناشطين سوريين أن بلدات في ريف حماة تعرضت "
        "لغارات جوية وقصف مدفعي عنيف، على خلفية تقدم فصائل المعارضة في الريف الغربي للمحافظة. وتحدث ناشطون معارضون عن "
        "عشرات المصابين في غارة جوية استهدفت مسجداً في مدينة الباب بريف حلب الشمالي. وفي محيط العاصمة، قُتل شخصان "
        "وجُرح عدد من المدنيين بقذائف مدفعية أطلقها الجيش السوري واستهدفت بلدة زملكا في الريف الشرقي لدمشق، بينما ألقت "
        "المروحيات السورية براميل متفجرة على حي مساكن هنانو في مدينة حلب. وكان مقاتلو تنظيم «الدولة الإسلامية» قد "
        "استولوا على مقر اللواء 93 يوم الخميس، وهو موقع للجيش السوري بمحافظة الرقة، إثر قتال ضارٍ، وفق المرصد "
        "السوري لحقوق الإنسان، ولم يبقَ للجيش في المحافظة بعد خسارة هذا المقر سوى المطار العسكري.",
        [E("armed_clash", None, PL("مورك", "Morek", "Hama", nth=1), None, None, GOV,
           note="no day of its own; the outlet's telling"),
         E("reinforcement", None, PL("مورك", "Morek", "Hama", nth=1), None, None, GOV,
           note="the army sent large reinforcements to the area because of the Morek battle"),
         E("airstrike", None, PL("ريف حماة", "Hama countryside", "Hama", nth=1), "2014-08-08", "ناشطين سوريين", GOV,
           note="raids and shelling on unnamed towns of the Hama countryside, told on Friday: two acts of two kinds, "
                "two events; the opposition's advance in the west is the reason given, not coded"),
         E("shelling", None, PL("ريف حماة", "Hama countryside", "Hama", nth=1), "2014-08-08", "ناشطين سوريين", GOV),
         E("airstrike", None, PL("الباب", "Al-Bab", "Aleppo"), None, "ناشطون معارضون", GOV,
           note="a mosque is placed at its town; dozens wounded only: no figure"),
         E("shelling", None, PL("زملكا", "Zamalka", "Rif Dimashq"), None, None, GOV,
           note="two dead (a dual noun: no figure)"),
         E("airstrike", None, PL("مساكن هنانو", "Masakin Hanano", "Aleppo"), None, None, GOV,
           note="helicopter barrel bombs on a quarter of Aleppo"),
         E("territory_change", None, PL("اللواء 93", "Brigade 93 base", "Raqqa"), "2014-08-07",
           "المرصد السوري لحقوق الإنسان", IS,
           note="a named base is the place (stop 28), its surface the unit with its number; a recall «وكان … قد» "
                "but the sentence names its own source and day")])

passage("jd09", "2015-10-20", "Micro Syria", "an opposition site's evening item: local sources, activists, loyalist sources, "
        "field sources on one strike; two more strikes; page: https://microsyria.com/2015/10/20/11-شهيداً-بغارة-روسية-على-سرمين-بريف-إدل/",
        "أحد عشر قتيلاً مدنياً في غارة روسية على سرمين\n"
        "قُتل أحد عشر مدنياً مساء اليوم في غارة جوية روسية طالت مدينة «سرمين» في محافظة إدلب، وفق ما أفادت به مصادر "
        "محلية. وأوضح ناشطون أن مقاتلة روسية أطلقت على المدينة صاروخين فراغيين أصابا، بحسب قولهم، مدرسة وحياً "
        "سكنياً، في حين زعمت مصادر موالية للنظام أن الهدف كان «مشفى ميدانياً» داخل سرمين. ونقلت مصادر ميدانية أن أحد "
        "القتلى متطوع في الدفاع المدني بالمدينة، لقي حتفه في الضربة الثانية التي أصابت المكان الذي كان يُجلى منه "
        "الجرحى بعد الضربة الأولى، لينضم الضحايا إلى عشرات المدنيين الذين سقطوا بغارات سلاح الجو الروسي في سوريا. إلى "
        "ذلك، استهدفت مروحيات النظام ببراميل متفجرة بلدة «معرشمشة» الواقعة شرقي «معرة النعمان»، من غير أن تُسجَّل "
        "إصابات. كذلك طالت غارات روسية مشابهة مدينة «جسر الشغور» في الريف الغربي لإدلب، ومحيط مخيم للنازحين قرب بلدة "
        "سنجار، فجُرح عدد من المدنيين.",
        [E("airstrike", Q("أحد عشر", 11, nth=1), PL("سرمين", "Sarmin", "Idlib", nth=1), "2015-10-20", "مصادر محلية", RUS,
           note="the headline and the body are one strike (two missiles, a double tap); activists, loyalist and field "
                "sources tell the same strike; «عشرات المدنيين» of earlier Russian raids is background"),
         E("airstrike", None, PL("معرشمشة", "Maarshamsheh", "Idlib"), None, None, GOV,
           note="barrel bombs, no casualties; «إلى ذلك» opens another act: the outlet"),
         E("airstrike", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), None, None, RUS,
           note="Jisr al-Shughur and a camp near Sinjar in one sentence: one act over two places (group), at the "
                "first; a second coder might split them (they are far apart); wounded only")])

passage("jd10", "2016-09-03", "Vetogate", "SOHR relayed by the BBC, with a recall of SOHR's Thursday claim; published "
        "date inferred (Saturday after the 29 August offensive began); page: https://vetogate.com/2349628",
        "معارك ضارية بين الجيش السوري والفصائل في ريف حماة\n"
        "قال المرصد السوري لحقوق الإنسان من مقره في لندن إن قتالاً شرساً يدور بين الجيش السوري وفصائل "
        "معارضة في الريف الشمالي لمدينة حماة وسط سوريا. ونقلت إذاعة «بي بي سي»، في تقرير بثته اليوم السبت، عن مدير المرصد، جمال "
        "الخطيب، قوله إن طائرات حربية مجهولة الهوية شنّت غارات على بلدات تسيطر عليها المعارضة في المنطقة، من غير أن "
        "تتضح الخسائر في الأرواح أو الممتلكات. وكان المرصد قد أعلن يوم الخميس أن الفصائل انتزعت من قوات النظام 13 "
        "قرية وبلدة في محافظة حماة. وأضاف أن المقاتلين باتوا عند أطراف محردة، البلدة ذات الأكثرية المسيحية الخاضعة "
        "لسيطرة الجيش. وبيّن المرصد أن الفصائل أطلقت هجومها في 29 آب/أغسطس الماضي سعياً إلى انتزاع مطار حماة "
        "العسكري، الذي تنطلق منه مروحيات النظام لقصف مواقعها في حلب ومحافظات أخرى، وأنها أصبحت على مسافة 10 كيلومترات "
        "منه في ريف حماة الغربي.",
        [E("armed_clash", None, PL("الريف الشمالي لمدينة حماة", "Northern Hama countryside", "Hama"), "2016-09-03",
           "المرصد السوري لحقوق الإنسان", FSA, note="present-tense fighting: dated by publication; London is SOHR's seat, "
                                                   "never a place"),
         E("airstrike", None, PL("الريف الشمالي لمدينة حماة", "Northern Hama countryside", "Hama"), "2016-09-03",
           "مدير المرصد", None, note="unidentified aircraft: no agent; «في المنطقة» refers back to the northern countryside"),
         E("territory_change", Q("13", 13), PL("حماة", "Hama", "Hama", nth=2), "2016-09-01", "المرصد", FSA,
           note="13 villages and towns taken, told on Thursday; «محافظة حماة» is the place (no finer one). Reaching "
                "Mhardeh's edge is a state; the offensive's start on 29 August and the 10 km to the airport are "
                "background, not coded")])

passage("jd11", "2016-11-23", "Al-Baath (SANA)", "state media: a military source's statement to SANA, three operations; "
        "page: http://albaathmedia.sy/2016/11/23/وحدات-من-الجيش-تقضي-على-أكثر-من-30-إرهابي/",
        "الجيش يقتل أكثر من 30 عنصراً من «داعش» بدير الزور وريفها\n"
        "لقي ما يزيد على 30 من إرهابيي «داعش»، التنظيم المصنف على قائمة الإرهاب الدولية، مصرعهم في عمليات خاضتها وحدات "
        "الجيش والقوات المسلحة داخل مدينة دير الزور وفي ريفها. وقال مصدر عسكري لـ«سانا» إن وحدات من الجيش استهدفت برمايات دقيقة "
        "تحركات إرهابيي التنظيم التكفيري ومقارّهم في حيي الرشدية والصناعة وفي قرية الجفرة شرقي المدينة، «ما أدى إلى "
        "مقتل ما يزيد على 20 إرهابياً وتدمير ما لديهم من سلاح وذخيرة». وأشار المصدر إلى أن الحامية المدافعة عن مطار "
        "دير الزور العسكري خاضت اشتباكات مع مجموعات من «داعش» على امتداد الساتر الشرقي للمطار «وقتلت 10 من عناصرها». "
        "كما أحبطت وحدة من الجيش محاولة مجموعة إرهابية التسلل إلى نقاط عسكرية والاعتداء عليها في منطقة الجفرة، التي "
        "تبعد نحو 7 كيلومترات جنوب شرقي مدينة دير الزور، فدمّرت 3 آليات وقتلت معظم أفرادها.",
        [E("shelling", Q("ما يزيد على 20", 20, None, True), PL("الرشدية", "Al-Rushdiyah", "Deir ez-Zor"), None,
           "مصدر عسكري", GOV,
           note="«رمايات دقيقة» on two quarters and a village (group, at the first): shelling; a second coder could "
                "type it armed_clash. The headline's and lead's «أكثر من 30» sums this act, the airport clash and the "
                "Jafra clash: not a fourth event"),
         E("armed_clash", Q("10", 10), PL("مطار دير الزور العسكري", "Deir ez-Zor military airport", "Deir ez-Zor"),
           None, "مصدر عسكري", GOV, note="the airport is a facility: the place; source carried («وأشار المصدر»)"),
         E("armed_clash", None, PL("الجفرة", "Al-Jafrah", "Deir ez-Zor", nth=1), None, "مصدر عسكري", GOV,
           note="an infiltration foiled; «معظم أفرادها» gives no figure and the three vehicles are not the act's count; "
                "an act of the same kind after the source's report («كما»): source carried")])

passage("jd12", "2017-08-17", "Al-Hal (7al.net)", "an accusation by the SDF's media office, Hawar's telling and the other "
        "side's sources; page: https://7al.net/2017/08/17/قسد-تتهم-تركيا-بقصف-مخيم-للنازحين-في-عف/",
        "«قسد» تتهم تركيا وفصائل موالية لها بقصف مخيم نازحين في عفرين\n"
        "وجّهت قوات سوريا الديمقراطية («قسد») اتهاماً لتركيا ولفصائل المعارضة السورية التي تدعمها بقصف مخيم يؤوي نازحين "
        "في عفرين، إلى جانب بلدات أخرى في ريف حلب بينها تل رفعت. وبحسب المكتب الإعلامي للقوات، أطلق «الجيش التركي "
        "ومرتزقته» ثلاث قذائف على محيط مخيم روبار، فاضطر النازحون إلى الفرار نحو قرية باصلة. وأضاف المكتب أن القصف "
        "التركي وقصف الفصائل بالقذائف وراجمات الصواريخ طال قسطل جندو وبافلونة ومريمين، وهي قرى تابعة لناحية شرا في ريف عفرين، "
        "وترافق مع إطلاق قنابل ضوئية كثيرة، ثم امتد إلى بلدة تل رفعت، وشمل كذلك قرى شيخ عيسى وحربل وأم حوش وحسية وحريصة وعين "
        "دقنة. وقالت «قسد» إنها ردّت على مصادر النيران، دون أن تقدم تفاصيل إضافية. من جهتها، ذكرت وكالة هاوار القريبة "
        "من «قسد» أن الجيش التركي أمطر مناطق في عفرين مساء أمس بعشرات القذائف، ملحقاً أضراراً بالأراضي الزراعية. في "
        "المقابل، نقلت مصادر إعلامية قريبة من المعارضة أن الفصائل قصفت بالمدفعية مواقع لوحدات حماية الشعب، عماد «قسد»، "
        "في ريف حلب الشمالي، وتحديداً في شران وزيارة حنان وبفليون.",
        [E("shelling", Q("ثلاث", 3), PL("مخيم روبار", "Robar camp", "Aleppo"), None, "المكتب الإعلامي للقوات", TUR,
           note="three shells (the act's own count, nobody killed); a camp is the place; the campers' flight to Basila "
                "has no figure and is not coded; the accusation is this act's telling, not a statement"),
         E("shelling", None, PL("قسطل جندو", "Qastal Jindo", "Aleppo"), None, "المكتب الإعلامي للقوات", TUR,
           note="villages of Sharra subdistrict (group, at the first); carried by «وأضاف المكتب»"),
         E("shelling", None, PL("تل رفعت", "Tal Rifaat", "Aleppo", nth=1), None, "المكتب الإعلامي للقوات", TUR,
           note="the shelling «extended» to Tal Rifaat and a second list of villages: a second group; a second coder "
                "could fold it into the event above. Hawar's dozens of shells on Afrin «مساء أمس» retell the same "
                "shelling (no new event); the SDF's return fire names no place: not coded"),
         E("shelling", None, PL("شران", "Sharran", "Aleppo"), None, "مصادر إعلامية قريبة من المعارضة", FSA,
           note="the other side's shelling of YPG positions (group of three villages, at the first)")])

passage("jd13", "2017-04-16", "Smart (Micro Syria)", "a reporter's round-up of one day: Civil Defence on Facebook and "
        "Telegram, activists, two tellings that disagree; page: https://microsyria.com/2017/04/16/قتلى-وجرحى-بقصف-جوي-ومدفعي-للنظام-وروس/",
        "ضحايا مدنيون بقصف جوي ومدفعي على الغوطة الشرقية\n"
        "سمارت – ريف دمشق: سقط قتلى وجرحى من المدنيين اليوم الأحد في غارات شنتها طائرات حربية يُعتقد أنها روسية وفي قصف "
        "مدفعي لقوات النظام طال مناطق عدة من الغوطة الشرقية بريف دمشق، بحسب مصادر متعددة. وأفاد الدفاع المدني عبر صفحته "
        "على «فيسبوك» بأن مدفعية النظام دكّت من مواقعها المحيطة مدينة حرستا ومزارعها، الواقعة على بعد 5 كيلومترات شرقي "
        "دمشق، فقُتل ثلاثة أشخاص. وتحدث ناشطون عن صواريخ موجهة أطلقتها طائرات يرجَّح أنها روسية على أحياء سكنية في مدينة "
        "دوما، على مسافة 9 كيلومترات شرقي العاصمة، ما أودى بحياة مدني وأوقع جرحى غالبيتهم أطفال لم يُحصَ عددهم بعد، "
        "بينما ذكر الدفاع المدني في قناته على «تلغرام» أن القصف خلّف مصابين دون قتلى. وفي غضون ذلك، قصفت قوات النظام "
        "دوما بقذائف الهاون من تمركزاتها في الجبال المشرفة عليها. كما استهدفت طائرات حربية لم تُعرف هويتها بالصواريخ "
        "المنطقة الممتدة بين بلدتي مسرابا ومديرا، على بعد نحو 18 و17 كيلومتراً شرقي دمشق، موقعة قتلى وجرحى لم يُعرف "
        "عددهم، وفق ما نشره الدفاع المدني عبر «تلغرام»، وقد أخلت فرقه المواقع المستهدفة وأسعفت المصابين.",
        [E("shelling", Q("ثلاثة", 3), PL("حرستا", "Harasta", "Rif Dimashq"), "2017-04-16", "الدفاع المدني", GOV,
           note="the lead sums the day's acts; each act is coded where it is told; distances are not figures"),
         E("airstrike", None, PL("دوما", "Douma", "Rif Dimashq"), "2017-04-16", "ناشطون", RUS,
           note="activists say one civilian killed (a singular: no figure), the Civil Defence says wounded and no "
                "dead: one strike told twice; «يرجح أنها روسية» is a hedge on the agent"),
         E("shelling", None, PL("دوما", "Douma", "Rif Dimashq", nth=1), "2017-04-16", None, GOV,
           note="mortars on Douma, another kind of act opened by «وفي غضون ذلك»: the outlet"),
         E("airstrike", None, PL("مسرابا", "Misraba", "Rif Dimashq"), "2017-04-16", "الدفاع المدني", None,
           note="the area between two towns: placed at the first named; unknown aircraft: no agent; the source closes "
                "the sentence")])

passage("jd14", "2019-10-28", "Watan FM", "an opposition radio's item relaying Horan Free Gathering twice: a bomb, then "
        "a recalled killing; page: https://watan.fm/news/193254",
        "انفجار عبوة ناسفة في درعا بعد ساعات من اغتيال شاب في جاسم\n"
        "هزّ انفجار عبوة ناسفة مدينة درعا مساء يوم الإثنين 28 تشرين الأول، بعد ساعات قليلة من عملية اغتيال وقعت في مدينة "
        "جاسم بالريف الشمالي للمحافظة. وأفاد موقع «تجمع أحرار حوران» بأن انفجاراً قوياً وقع في المدينة جراء عبوة زُرعت "
        "في حي القصور بجوار مسجد موسى بن نصير، وسط معلومات عن وقوع إصابات. وأشار الموقع إلى أن سيارات الإسعاف هرعت إلى "
        "المكان الذي اعتادت دوريات لأجهزة أمن نظام الأسد التوقف عنده. وكان الشاب «سامر الحوراني» قد قُتل قبل ساعات "
        "برصاص أطلقه عليه مسلحون مجهولون بشكل مباشر في جاسم، المدينة الواقعة شمالي درعا. ووفق «تجمع أحرار حوران» أيضاً، جُرح "
        "طفلان تصادف وجودهما في المكان خلال عملية الاغتيال. وتعيش محافظة درعا حالة من الاضطراب الأمني منذ أن استعادت "
        "قوات الأسد السيطرة عليها عام 2018 بموجب اتفاق «التسوية».",
        [E("explosion", None, PL("القصور", "Al-Qusour", "Daraa"), "2019-10-28", "موقع «تجمع أحرار حوران»", UNK,
           note="an IED by a mosque: placed at the quarter the text gives; wounded only, no figure; no perpetrator "
                "named"),
         E("armed_clash", None, PL("جاسم", "Jasim", "Daraa", nth=1), "2019-10-28", "تجمع أحرار حوران", UNK,
           note="a killing by unidentified gunmen (stop 30: armed_clash); one dead (singular: no figure); the next "
                "sentence comes back to it with the Gathering as source, which carries back over the outlet's recall; "
                "the two wounded children are injured, not the figure")])

passage("jd15", "2019-11-20", "Syria TV", "a reporter's item: Russian strikes of the day, a recall of yesterday, "
        "the Civil Defence's tally; page: https://www.syria.tv/الطيران-الروسي-يرتكب-مجزرة-في-مدينة-معرة-النعمان",
        "مجزرة جديدة للطيران الروسي في معرة النعمان\n"
        "تلفزيون سوريا – خاص: قُتل ستة مدنيين وأصيب آخرون في مجزرة ارتكبتها الطائرات الحربية الروسية اليوم في "
        "معرة النعمان، المدينة الواقعة جنوبي إدلب. وقال مراسل تلفزيون سوريا إن بين القتلى الستة 4 أطفال وسيدة، موضحاً أن الغارات الروسية "
        "أصابت الأحياء السكنية في المدينة وأوقعت عدداً من الجرحى. وفي ريف إدلب الجنوبي، جُرح رجلان بغارة روسية على بلدة "
        "بابيلا، ألحقت كذلك أضراراً بمنازل الأهالي وممتلكاتهم. كما قصفت طائرات النظام والطائرات الروسية بلدة معرة حرمة "
        "جنوبي إدلب، وبداما في ريف المحافظة الغربي، والسرمانية في سهل الغاب شمال غربي حماة. وكانت الطائرات الروسية "
        "ومروحيات النظام قد واصلت أمس الثلاثاء قصف المناطق المأهولة في ريف إدلب بالبراميل المتفجرة والصواريخ، من غير أن "
        "يسقط ضحايا بين المدنيين. وأحصت فرق الدفاع المدني 25 غارة جوية روسية طالت 9 مناطق، إلى جانب 10 براميل متفجرة "
        "رمتها مروحيات قوات الأسد.",
        [E("airstrike", Q("ستة", 6), PL("معرة النعمان", "Maarat al-Numan", "Idlib", nth=1), "2019-11-20",
           "مراسل تلفزيون سوريا", RUS,
           note="headline, lead and the reporter's sentence are one strike; the four children and a woman are a "
                "breakdown; the source carries back (the next sentence returns to the same strike)"),
         E("airstrike", None, PL("بابيلا", "Babila", "Idlib"), "2019-11-20", "مراسل تلفزيون سوريا", RUS,
           note="two men wounded (a dual: no figure); the outlet's reporter files the whole item, his report carries"),
         E("airstrike", None, PL("معرة حرمة", "Maarat Hurmah", "Idlib"), "2019-11-20", "مراسل تلفزيون سوريا", GOV,
           note="strikes by regime and Russian aircraft on a list of places (group, at the first); agent the regime "
                "as first named (a second coder may name Russia)"),
         E("airstrike", Q("25", 25), PL("ريف إدلب", "Idlib countryside", "Idlib", nth=1), "2019-11-19",
           "فرق الدفاع المدني", RUS,
           note="yesterday's strikes on the Idlib countryside, with the Civil Defence's tally as their count (the next "
                "sentence comes back to them: its source carries back); the 9 areas are not the figure. A second "
                "coder may make the tally an aggregate with no day"),
         E("airstrike", Q("10", 10), PL("ريف إدلب", "Idlib countryside", "Idlib", nth=1), "2019-11-19",
           "فرق الدفاع المدني", GOV, note="the regime helicopters' barrels of the same day: another actor, a second event")])

passage("jd16", "2022-11-24", "North Press (via Kurdipedia)", "a reporter's item relaying a military source; a foiled "
        "infiltration; the air operation's toll; page: https://kurdipedia.org/default.aspx?lng=11&q=20221124174922447525",
        "قصف تركي على قريتين شمالي منبج وإحباط محاولة تسلل غربها\n"
        "استهدفت القوات التركية ومعها الفصائل الموالية لها اليوم الخميس، بالأسلحة الثقيلة، قريتين في الريف الشمالي "
        "لمنبج، انطلاقاً من قاعدة لها قريبة من المنطقة. ونقلت نورث برس عن مصدر عسكري أن القصف بقذائف المدفعية والهاون "
        "طال قريتي الصيادة واليالني، وأنه انطلق من القاعدة التركية الموجودة في قرية الشيخ ناصر. وبحسب المصدر، ما زال "
        "القصف متواصلاً، وقد ألحق أضراراً بالممتلكات وبثّ الهلع في نفوس الأهالي. وفي سياق آخر، أفشل مجلس منبج العسكري "
        "في الواحدة من فجر اليوم محاولة تسلل نفذتها فصائل من الجيش الوطني باتجاه قرية قرت ويران غربي منبج، وأسفرت "
        "المحاولة عن إصابة عدد من مسلحي الفصائل. وكانت تركيا قد أعلنت في العشرين من الشهر الجاري إطلاق عملية جوية في "
        "شمال شرقي سوريا، شنّت خلالها طائراتها مئات الغارات التي قتلت ما يزيد على 35 شخصاً، نصفهم من المدنيين، وجرحت "
        "ما يزيد على 40 أكثرهم مدنيون.",
        [E("shelling", None, PL("الصيادة", "Al-Sayyada", "Aleppo"), "2022-11-24", "مصدر عسكري", TUR,
           note="two villages (group, at the first); the base it was fired from (Sheikh Nasser) is not the place; the "
                "source's next sentence carries back to the lead"),
         E("armed_clash", None, PL("قرت ويران", "Qirat Wiran", "Aleppo"), "2022-11-24", None, SNA,
           note="an infiltration repelled; the page's «ليلة أمس، الساعة الواحدة بعد منتصف الليل» is 1 a.m. of the "
                "publication day; wounded only; another incident («وفي سياق آخر»): the outlet"),
         E("airstrike", Q("ما يزيد على 35", 35, None, True), None, None, None, TUR, kind="aggregate",
           note="the air operation's toll since the 20th: a running toll of one cause (stop 32), airstrike aggregate; "
                "no place (a region of several governorates); «مئات الغارات» are the strikes, the dead are the figure")])

passage("jd17", "2023-08-23", "SyriaNews", "the Civil Defence's telling, local sources, and the Russian reconciliation "
        "centre's answer; a yearly tally; page: https://syria.news/18b9d33c-23082312_m.html",
        "قتيلان وخمسة جرحى بغارات روسية على محطة مياه غربي إدلب\n"
        "أعلنت منظمة «الدفاع المدني السوري» مقتل شخصين وجرح خمسة مدنيين في غارات جوية روسية أصابت محطة ضخ مياه في "
        "قرية «عري» بريف إدلب الغربي. وذكرت مصادر محلية أن الطائرات الروسية قصفت بصواريخ فراغية مواقع في غربي إدلب، كما "
        "شنت غارة على مدينة «أريحا». في المقابل، زعم مركز المصالحة الروسي أن الضربات التي نفذها الطيران الروسي "
        "السوري أصابت مقراً عسكرياً يجتمع فيه قادة ميدانيون كبار من «هيئة تحرير الشام». وأوضح نائب رئيس المركز، «أليكسي "
        "بارانوف»، إن القصف الروسي على قرية «فليون» قتل 17 مسلحاً، منهم قادة بارزون يتولون التخطيط لهجمات على الجيش "
        "السوري وتنفيذها. ويُذكر أن «الدفاع المدني» أحصى منذ بداية العام الجاري وحتى الأحد الماضي مقتل 51 شخصاً، منهم "
        "ثمانية أطفال وخمس نساء، وجرح 208 آخرين، منهم 70 طفلاً و29 امرأة، بفعل القصف والهجمات على شمال غربي سوريا.",
        [E("airstrike", None, PL("عري", "Urri", "Idlib"), None, "منظمة «الدفاع المدني السوري»", RUS,
           note="two dead (a dual: no figure); the five wounded are not the figure; no day given"),
         E("airstrike", None, PL("أريحا", "Ariha", "Idlib"), None, "مصادر محلية", RUS,
           note="«مواقع في غربي إدلب» retells the strikes above; the Ariha raid is a place of its own"),
         E("airstrike", Q("17", 17), PL("فليون", "Fleyoun", "Idlib"), None, "نائب رئيس المركز", RUS,
           note="the Russian side's telling of its own strike on another village (17 militants): an event of its own; "
                "a second coder could read it as the same raids the Civil Defence tells and code none"),
         E("casualties", Q("51", 51), None, None, "«الدفاع المدني»", None, kind="aggregate",
           note="a tally since the start of the year of shelling and attacks (several kinds): casualties; children "
                "and women are the breakdown; the 208 wounded are not the figure; period 2023-01-01..2023-08-20")])

passage("jd18", "2024-11-27", "Syria Today", "an offensive's first day: the operations room's aims, the takings, "
        "Syria TV and Zaman al-Wasl relayed; page: https://syria-today.org/?p=28797",
        "انطلاق «ردع العدوان».. الفصائل تسيطر على قرى غربي حلب\n"
        "سوريا اليوم – حلب: أعلنت الفصائل المعارضة، بقيادة «إدارة العمليات العسكرية»، بدء عملية سمّتها «ردع العدوان»، "
        "قائلة إنها ترمي إلى توسيع رقعة المناطق الآمنة وضمان رجوع النازحين إليها بصورة كريمة وآمنة. وفي غضون ساعات من "
        "انطلاقها، انتزعت الفصائل بلدات وقرى ذات أهمية استراتيجية، من بينها قبتان الجبل والشيخ عقيل وحور، إثر اشتباكات "
        "عنيفة تمكنت خلالها من تحييد عشرات المدافع ومنصات إطلاق المسيّرات التابعة للنظام. وردّ جيش النظام بتكثيف القصف "
        "المدفعي والصاروخي على دارة عزة وعلى ريف إدلب، فأصيب مدنيون ونزحت مئات العائلات في ظل أوضاع إنسانية قاسية. "
        "وللمرة الأولى منذ أن اتُّفق على وقف النار عام 2020، حلّقت طائرات النظام الحربية فوق إدلب وقصفت مواقع عدة فيها، "
        "وفق ما أورده موقع تلفزيون سوريا المعارض. أما صحيفة «زمان الوصل» المعارضة فذكرت أن الهجوم طال مواقع عسكرية "
        "للنظام وللميليشيات المدعومة إيرانياً وروسياً في الريف الغربي لحلب، وأشارت، استناداً إلى مصادر مطلعة، إلى أن «هيئة "
        "تحرير الشام» بدأت الهجوم صباح اليوم الأربعاء إلى جانب «الجبهة الوطنية للتحرير» و«الجبهة الشامية» و«فيلق المجد» "
        "و«القوة المشتركة».",
        [E("territory_change", None, PL("قبتان الجبل", "Qabtan al-Jabal", "Aleppo"), "2024-11-27", None, HTS,
           note="villages taken after clashes (group, at the first); the clashes are the taking's battle, not a second "
                "event; Zaman al-Wasl's telling of the attack on western Aleppo's countryside is the same offensive; "
                "the operations room's announcement of aims tells this incident (its source, not a statement), but the "
                "takings' sentence names no source: the outlet. «عشرات المدافع» neutralised are not the figure. Agent: "
                "HTS led the attack (Zaman al-Wasl's sources)"),
         E("shelling", None, PL("دارة عزة", "Darat Izza", "Aleppo"), "2024-11-27", None, GOV,
           note="Darat Izza and the Idlib countryside (group, at the first); civilians wounded, no figure"),
         E("other", Q("مئات", 200, 900, True), PL("دارة عزة", "Darat Izza", "Aleppo"), "2024-11-27", None, None,
           note="hundreds of families displaced by the shelling: displacement"),
         E("airstrike", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2024-11-27", "موقع تلفزيون سوريا", GOV,
           note="regime jets over Idlib for the first time since 2020; «إدلب» as the province's seat/area given; "
                "the source closes the sentence")])

passage("jd19", "2025-03-04", "Al-Araby Al-Jadeed", "a security source relayed by SANA, the outlet's summary of the "
        "day, a second attack elsewhere; page: https://www.alaraby.co.uk/politics/سورية-حملة-أمنية-واسعة-في-اللاذقية-بعد-مقتل-عنصري-أمن",
        "سورية: حملة أمنية موسعة في اللاذقية إثر مقتل اثنين من عناصر الأمن\n"
        "شرعت إدارة الأمن الداخلي في سورية في عملية أمنية موسعة تشمل حي الدعتور وأحياء مجاورة من مدينة اللاذقية، إثر مقتل "
        "اثنين من عناصر الأمن في هجوم شنّه مسلحون موالون للنظام المخلوع، وفق ما نقلته وكالة الأنباء السورية (سانا) اليوم "
        "الثلاثاء عن مصدر أمني. وكان العنصران قد قُتلا فجر اليوم في اشتباكات اندلعت إثر مهاجمة مجموعة من فلول النظام "
        "السابق دورية أمنية في حي الدعتور بالمدينة الساحلية. وأعقب الهجوم استقدام تعزيزات عسكرية كبيرة إلى المنطقة، "
        "فيما انتشرت عناصر من الأمن العام عند دوار الأزهري، ووجهت وزارة الدفاع قوات إلى المكان لتعقب المسلحين. وتشهد "
        "اللاذقية منذ مدة اشتباكات متكررة وهجمات تستهدف قوات الأمن الداخلي. وفي جبلة، أصيب رجل مع زوجته بهجوم مسلح، في "
        "حين ظهرت على الجدران عبارات تؤيد «لواء درع الساحل»، ما يدل على تصاعد التوتر في المنطقة.",
        [E("armed_clash", Q("اثنين", 2, nth=1), PL("الدعتور", "Al-Daatour", "Latakia", nth=1), "2025-03-04", "مصدر أمني",
           LOYAL, note="loyalists attacked a patrol; «مقتل اثنين من عناصر الأمن» is a numeral (the figure, 2; the "
                       "recall's «العنصران» is a dual); the lead, the recall and the campaign's "
                "cause are one attack; source the security source SANA relayed (a second coder may give «سانا»)"),
         E("reinforcement", None, PL("الدعتور", "Al-Daatour", "Latakia", nth=1), "2025-03-04", None, NEWGOV,
           note="reinforcements and forces sent to hunt the gunmen after the attack (the outlet's telling); the "
                "«security campaign» names no arrest; the roundabout deployment is part of it. Repeated attacks in "
                "Latakia are a state, not coded"),
         E("armed_clash", None, PL("جبلة", "Jableh", "Latakia"), None, None, UNK,
           note="an armed attack wounding a man and his wife: unidentified attackers, wounded only; no day of its own; "
                "the graffiti are not an event")])

passage("jd20", "2025-11-13", "Al Jazeera", "a security source relayed by Al-Ikhbariya, the interior ministry's "
        "arrests, background; page: https://www.aljazeera.net/news/2025/11/13/إصابات-بقوى-الأمن-السوري-خلال",
        "إصابة ثلاثة من عناصر الأمن باشتباك مع فلول النظام في جبلة\n"
        "أفاد مصدر أمني، بحسب ما نقلته قناة الإخبارية السورية، بأن 3 من أفراد قوى الأمن الداخلي جُرحوا في مواجهات مع "
        "فلول النظام السابق بمدينة جبلة بريف اللاذقية المطل على البحر المتوسط. وأعلنت وزارة الداخلية كذلك أنها "
        "اعتقلت عناصر «مجموعة خارجة عن القانون» كانت تتحصن في منطقة جبلية من ريف طرطوس الساحلي، مضيفة أن قواتها "
        "صادرت خلال العملية كمية من الأسلحة والذخائر وجدتها مع أفراد المجموعة. وتسعى الحكومة السورية الجديدة إلى فرض "
        "الاستقرار الأمني في أنحاء البلاد وتعقب بقايا النظام المخلوع الذين يثيرون الاضطرابات، وخاصة في الساحل الذي كان "
        "معقلاً لكبار ضباط بشار الأسد ولطائفته. وفي الثامن من كانون الأول/ديسمبر الماضي، دخل الثوار السوريون العاصمة "
        "دمشق وأعلنوا سقوط حكم بشار الأسد (2000-2024)، الذي تسلّم السلطة من والده حافظ الأسد (1970-2000). وطوال "
        "العهدين، أحكم حزب البعث قبضته الأمنية على البلاد وارتكب انتهاكات جسيمة لحقوق الإنسان، ولذلك يحتفل السوريون "
        "بيوم الخلاص من حكمه بوصفه عيداً وطنياً.",
        [E("armed_clash", None, PL("جبلة", "Jableh", "Latakia", nth=1), None, "مصدر أمني", NEWGOV,
           note="three security men wounded: the injured are never the figure; no day given; agent the security "
                "forces (who acted is not said; a second coder may name the loyalists)"),
         E("arrest", None, PL("ريف طرطوس", "Tartus countryside", "Tartus"), None, "وزارة الداخلية", NEWGOV,
           note="members of a group arrested, not numbered; the weapons seized are the same operation"),
         E("territory_change", None, PL("دمشق", "Damascus", "Damascus"), "2024-12-08", None, HTS,
           note="a recall with its own day (last December's 8th): the rebels entered Damascus; an event of its own as "
                "the sets code recaps with a day; agent the 2024 offensive's lead (a second coder may leave it out as "
                "background)")])


def main() -> None:
    write("gold72.jsonl", P72)


if __name__ == "__main__":
    main()
