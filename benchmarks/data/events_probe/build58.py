"""Build gold58.jsonl: development set 58 (ids ee01…), written by helper w58 in stop 31, BEFORE any run on it.

A set of the REGIONS' OWN OUTLETS and their habits, 2015-2025: the north-east (Hawar's «جيش الاحتلال التركي
ومرتزقته», «استشهاد», «مراسل وكالتنا»; North Press's dateline «القامشلي – نورث برس» and «فقد … حياته»; Rudaw and
Kurdistan 24 with «أربيل (كوردستان 24)-» datelines and Kurdish town names such as «كري سبي», «كوباني»), Daraa and
Sweida (Daraa 24's monthly tallies, the Horan Free League's checkpoints and documentation office, Suwayda 24's
kidnappings on the Damascus road and the Karama square protests), Idlib and Aleppo (Step's «مراسل وكالة ستيب»,
Halab Today, Baladi News, Syria TV, Anadolu's «واي بي جي/ بي كا كا»), Deir ez-Zor (Deir ez-Zor 24, Furat Post,
tribal fighters and the SDF) and SANA old and new. Real reporting was read in the search tool's `pages` corpus
for phrasing only (about 20 Arabic queries), never copied; people, villages, figures and dates are invented or
varied, the towns and districts are real. The writer read no code of marsad. Conventions: news_dev's README, the
contract, and the events_probe README's stop-28/29/30 conventions. Offsets are computed by build.build and
checked.

    python benchmarks/data/events_probe/build58.py      # rewrites gold58.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P58: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P58.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


# ---------------------------------------------------------------- the north-east
passage("ee01", "2022-08-17", "North Press", "dateline; Turkish drone on a car; the source in the next sentence",
        "القامشلي – نورث برس\n"
        "فقد ثلاثة عناصر من قوى الأمن الداخلي (الأسايش) حياتهم وأصيب مدني بجروح، مساء الثلاثاء، إثر استهداف طائرة "
        "مسيّرة تركية سيارتهم قرب قرية خربة عمو شرقي مدينة القامشلي، شمال شرقي سوريا. وقال مصدر في الأسايش لنورث برس "
        "إن المسيّرة أطلقت صاروخين على السيارة أثناء عودتها من نقطة حراسة على طريق القامشلي – المالكية.",
        [E("airstrike", Q("ثلاثة", 3), PL("خربة عمو", "Kharbat Ammo", "Al-Hasakah"), "2022-08-16", "مصدر في الأسايش",
           TUR, note="the next sentence comes back to the strike (the missiles), so its source carries back; the "
           "Asayish are the target; the road is where the car came from, the village is the place; the dateline "
           "Qamishli is not the place")])

passage("ee02", "2019-10-14", "Hawar (ANHA)", "Hawar house style; shelling named by the outlet's own reporter; displacement",
        "تل تمر/ هاوار – قصف جيش الاحتلال التركي ومرتزقته، صباح اليوم، بعشرات القذائف قرى الريف الشمالي لناحية تل تمر، "
        "ما أدى إلى استشهاد ثلاثة مدنيين وإصابة خمسة آخرين بينهم طفلة. وأفاد مراسل وكالتنا بأن القذائف سقطت على قريتي "
        "المناجير والريحانية، فيما نزحت أكثر من 400 عائلة من قرى ريف تل تمر باتجاه مدينة الحسكة خلال الساعات الماضية.",
        [E("shelling", Q("ثلاثة", 3), PL("المناجير", "Al-Manajir", "Al-Hasakah"), "2019-10-14", "مراسل وكالتنا", TUR,
           note="the reporter's sentence names the villages hit (finer than the region of the first sentence; "
           "first of the pair); the outlet's own reporter is named as the source, a coder may prefer the outlet "
           "(null); «ومرتزقته» (the SNA factions) are a second agent, Turkey is named first"),
         E("other", Q("أكثر من 400", 400, None, True), PL("ريف تل تمر", "Tell Tamer countryside", "Al-Hasakah"),
           "2019-10-14", "مراسل وكالتنا", None,
           note="displacement (families); Hasakah is the destination, not the place; the reporter's report goes on")])

passage("ee11", "2015-06-16", "Rudaw", "Kurdish town name with the Arabic name in brackets; spokesman to Rudaw",
        "أعلنت وحدات حماية الشعب (YPG)، اليوم الثلاثاء، سيطرتها الكاملة على مدينة كري سبي (تل أبيض) الحدودية بعد "
        "انسحاب مسلحي تنظيم داعش منها. وقال المتحدث باسم الوحدات، ريدور خليل، لشبكة رووداو الإعلامية إن المقاتلين "
        "يمشطون الأحياء الجنوبية بحثاً عن الألغام التي زرعها التنظيم. ويأتي ذلك بعد أسبوعين من إطلاق الوحدات وفصائل "
        "من الجيش الحر حملة على ريف الرقة الشمالي.",
        [E("territory_change", None, PL("كري سبي", "Tal Abyad", "Raqqa"), "2015-06-16", "وحدات حماية الشعب", SDF,
           note="the YPG (before the SDF was formed; SDF is the nearest actor constant) announced it, so the source is "
           "the announcer even though the spokesman's next sentence returns to the combing; the place is one town "
           "told by its Kurdish name then its Arabic one; the launch of the campaign two weeks earlier is a recall "
           "with no day, no event")])

passage("ee16", "2022-10-12", "Hawar (ANHA)", "Kurdish canton name; a drone on a road between two villages",
        "كوباني/ هاوار – استهدفت طائرة مسيّرة تابعة لجيش الاحتلال التركي، عصر اليوم، دراجة نارية على الطريق الواصل "
        "بين قريتي خانيك وبير كنو شرق مقاطعة كوباني، ما أدى إلى استشهاد مواطن وإصابة آخر بجروح. وبحسب مصادر طبية في "
        "مشفى كوباني، فإن المصاب يخضع لعملية جراحية وحالته حرجة.",
        [E("airstrike", None, PL("خانيك", "Khanik", "Aleppo"), "2022-10-12", "مصادر طبية في مشفى كوباني", TUR,
           note="a road between two villages is placed at the first; one dead (singular) gives no figure; the "
           "medical source's sentence returns to the same strike (its wounded), so it carries back (a coder may "
           "keep the outlet)")])

passage("ee14", "2020-09-08", "North Press", "«فقد حياته»; an attack later claimed by ISIS; a coalition raid",
        "دير الزور – نورث برس\n"
        "فقد عنصران من قوات سوريا الديمقراطية حياتهما، ليل الاثنين، إثر هجوم مسلح شنّه مجهولون على حاجز لها في بلدة "
        "الصبحة بريف دير الزور الشرقي، ليتبنى تنظيم «داعش» الهجوم لاحقاً عبر وكالة أعماق. وفي سياق منفصل، نفذت قوات "
        "التحالف الدولي بمشاركة قسد، فجر اليوم، عملية إنزال جوي في قرية جديد بكارة، اعتقلت خلالها ثلاثة أشخاص يُشتبه "
        "بانتمائهم للتنظيم، بحسب مصدر عسكري لنورث برس.",
        [E("armed_clash", None, PL("الصبحة", "Al-Sabha", "Deir ez-Zor"), "2020-09-07", None, IS,
           note="an attack on a checkpoint is an armed clash; the dual «عنصران» gives no figure; the attackers were "
           "unnamed but ISIS claimed it, so the agent is ISIS (a coder may keep unidentified); Amaq is the claimant, "
           "not the outlet's source"),
         E("arrest", Q("ثلاثة", 3), PL("جديد بكارة", "Jadid Bakara", "Deir ez-Zor"), "2020-09-08", "مصدر عسكري", COAL,
           note="a raid whose outcome is three arrests; the SDF took part, the coalition is named first")])

passage("ee34", "2023-12-18", "Hawar (ANHA)", "a tally over the year with a breakdown; the latest attack recalled with its day",
        "وثّقت وكالة هاوار 72 هجوماً بالطائرات المسيّرة التركية على مناطق شمال وشرق سوريا منذ مطلع العام الجاري، أسفرت "
        "عن استشهاد 49 شخصاً بينهم 17 مدنياً، إضافة إلى تدمير منشآت نفطية ومحطات كهرباء. وكان آخر هذه الهجمات أمس "
        "الأحد، حين استهدفت مسيّرة سيارة مدنية في ريف عامودا، ما أدى إلى إصابة شخصين بجروح.",
        [E("airstrike", Q("49", 49), PL("شمال وشرق سوريا", "North and East Syria"), None, "وكالة هاوار", TUR,
           kind="aggregate", note="a tally since the start of 2023: its figure is the dead (the act's dead when "
           "numbered), the 72 attacks are its own count and 17 civilians a breakdown; the region spans governorates"),
         E("airstrike", None, PL("ريف عامودا", "Amuda countryside", "Al-Hasakah"), "2023-12-17", None, TUR,
           note="the latest attack, recalled with its own day: an event; only wounded (dual), no figure; the "
           "recall «وكان» is the outlet's own")])

passage("ee24", "2024-12-09", "Rudaw", "a taking announced by the agent; 'backed by Turkey'; displacement with destinations",
        "أعلنت فصائل «الجيش الوطني السوري» الموالية لتركيا، اليوم الاثنين، سيطرتها على مدينة منبج بريف حلب الشرقي بعد "
        "معارك مع مجلس منبج العسكري التابع لقوات سوريا الديمقراطية. وقال مصدر محلي لشبكة رووداو الإعلامية إن مئات "
        "العائلات الكوردية والعربية نزحت من المدينة باتجاه كوباني والرقة عبر جسر قره قوزاق.",
        [E("territory_change", None, PL("منبج", "Manbij", "Aleppo"), "2024-12-09", "الجيش الوطني السوري", SNA,
           note="the announcer is the agent and the source; Turkey is the backer, not the place"),
         E("other", Q("مئات", 200, 900, True), PL("منبج", "Manbij", "Aleppo"), "2024-12-09", "مصدر محلي", None,
           note="displacement from the city (the anaphor «المدينة» is Manbij); Kobani, Raqqa and the bridge are the "
           "way and the destinations")])

passage("ee25", "2022-01-21", "North Press", "ISIS attack on a prison; the SDF's media centre gives both sides' dead",
        "الحسكة – نورث برس\n"
        "شنّ مسلحو تنظيم «داعش»، مساء الخميس، هجوماً على سجن الصناعة في حي غويران جنوبي مدينة الحسكة، بالتزامن مع "
        "انفجار سيارة مفخخة قرب بوابته الرئيسية ومحاولة عصيان داخل السجن. وقال المركز الإعلامي لقوات سوريا الديمقراطية "
        "إن الاشتباكات أسفرت حتى الآن عن مقتل سبعة من عناصر قسد و23 من المهاجمين، فيما فرّ عدد من السجناء.",
        [E("armed_clash", Q("سبعة", 7), PL("سجن الصناعة", "Al-Sina'a prison (Ghwayran)", "Al-Hasakah"), "2022-01-20",
           "المركز الإعلامي لقوات سوريا الديمقراطية", IS,
           note="one attack: the car bomb at the gate is part of it, not a second event; no total of both sides, so "
           "the figure is the first side numbered (7) and the 23 attackers are its breakdown; a prison is a place of "
           "its own (the quarter and city enclose it); the media centre's sentence returns to the same fight")])

passage("ee28", "2021-10-26", "Syria TV", "conscription raids told through a relayed local site; a penalty decree recalled",
        "اعتقلت الشرطة العسكرية التابعة لـ«الإدارة الذاتية»، أمس الاثنين، نحو 70 شاباً في مدينة الطبقة غربي الرقة، "
        "لسوقهم إلى «واجب الدفاع الذاتي»، بحسب ما نقل موقع «الخابور» المحلي عن مصادر أهلية. وأوضحت المصادر أن الدوريات "
        "نصبت حواجز مؤقتة عند دوار العلم وفي سوق المدينة. وكانت الإدارة قد أصدرت مطلع الشهر الجاري قراراً بفرض غرامة "
        "مالية على المتخلفين عن أداء الواجب.",
        [E("arrest", Q("نحو 70", 70, approx=True), PL("الطبقة", "Al-Tabqa", "Raqqa"), "2021-10-25", "موقع «الخابور»",
           SDF, note="arrests for conscription are arrests, not desertions; relayed source: gold names the site that "
           "relays («نقل … عن مصادر أهلية»), a coder may name the local sources; the roundabout and market are inside "
           "the town"),
         E("desertion", None, None, "2021-10", None, SDF,
           note="a penalty on draft evaders (desertion type), recalled with «وكان … قد» (the outlet's), dated early in "
           "the current month; no place given (the Autonomous Administration's areas)")])

passage("ee32", "2017-05-02", "Hawar (ANHA)", "Hawar on a quarter 'liberated' from 'mercenaries'; a numbered quarter name",
        "الطبقة/ هاوار – حرّر مقاتلو قوات سوريا الديمقراطية، اليوم الثلاثاء، الحي الثالث في مدينة الطبقة بعد اشتباكات "
        "عنيفة مع مرتزقة داعش استمرت منذ مساء أمس. وأفاد مراسل وكالتنا بأن 17 مرتزقاً قُتلوا خلال المواجهات، واستولى "
        "المقاتلون على كميات من الأسلحة والذخائر. ويأتي ذلك ضمن حملة «غضب الفرات» التي أُطلقت لتحرير مدينة الرقة من "
        "المرتزقة.",
        [E("territory_change", Q("17", 17), PL("الحي الثالث", "Third Quarter (Tabqa)", "Raqqa"), "2017-05-02",
           "مراسل وكالتنا", SDF,
           note="«الحي الثالث» is a quarter's name (Tabqa's quarters are numbered), the most specific place, never a "
           "figure (a coder may place it at Tabqa); the dead come in the reporter's next sentence about the same "
           "fight; the campaign is background, Raqqa its aim")])

passage("ee38", "2021-01-20", "Anadolu Agency", "Anadolu dateline and naming; origin of fire; a market inside the town",
        "أعزاز/ الأناضول\n"
        "قُتل ثلاثة مدنيين وأصيب سبعة آخرون، الأربعاء، في قصف مدفعي شنّه تنظيم «واي بي جي/ بي كا كا» الإرهابي على "
        "مدينة مارع بمنطقة «درع الفرات» شمالي سوريا. وأفاد مراسل الأناضول بأن القذائف أُطلقت من منطقة تل رفعت التي "
        "يحتلها التنظيم، وسقطت على سوق شعبي وسط المدينة.",
        [E("shelling", Q("ثلاثة", 3), PL("مارع", "Mare'", "Aleppo"), "2021-01-20", "مراسل الأناضول", SDF,
           note="YPG/PKK as Anadolu names them = SDF; Tel Rifaat is where the fire came from and Azaz the dateline; "
           "the reporter's sentence returns to the same shelling; the seven wounded are never the figure")])

# ---------------------------------------------------------------- Deir ez-Zor
passage("ee05", "2023-09-04", "Deir ez-Zor 24", "tribal fighters take a town; the toll from 'our reporter'; displacement",
        "دير الزور 24 – سيطر مقاتلو العشائر العربية، فجر اليوم الاثنين، على بلدة ذيبان في ريف دير الزور الشرقي بعد "
        "اشتباكات عنيفة مع قوات سوريا الديمقراطية (قسد) استمرت ساعات، وانسحب عناصر الأخيرة إلى مدرسة البلدة. وأفاد "
        "مراسلنا بمقتل سبعة عناصر من قسد ومقاتلَين من العشائر في المواجهات، فيما نزحت عشرات العائلات نحو قرى البادية.",
        [E("territory_change", Q("سبعة", 7), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-09-04", "مراسلنا", TRIBES,
           note="the taking and the clashes are one incident; its dead come a sentence later; no total, so the first "
           "side numbered (7 SDF); the two tribal dead are a dual; the reporter's sentence returns to the fight"),
         E("other", Q("عشرات", 20, 90, True), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-09-04", "مراسلنا", None,
           note="displacement from the town (implied origin), the desert villages are the destination; a coder may "
           "skip it as part of the fight")])

passage("ee09", "2017-10-17", "Furat Post", "coalition strike on the displaced; the taking of Raqqa announced the same day",
        "أفاد مراسل فرات بوست بأن طائرات التحالف الدولي قصفت، فجر اليوم الثلاثاء، منازل سكنية في بلدة الشعفة بريف "
        "البوكمال، ما أسفر عن مقتل 14 مدنياً معظمهم من النازحين القادمين من مدينة الميادين. وتزامن القصف مع إعلان قوات "
        "سوريا الديمقراطية سيطرتها الكاملة على مدينة الرقة بعد معارك استمرت أربعة أشهر مع تنظيم داعش.",
        [E("airstrike", Q("14", 14), PL("الشعفة", "Al-Sha'fa", "Deir ez-Zor"), "2017-10-17", "مراسل فرات بوست", COAL,
           note="Mayadin is where the dead had fled from"),
         E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa"), "2017-10-17", "قوات سوريا الديمقراطية", SDF,
           note="the SDF announced it: the announcer is the source (a coder may carry the reporter); four months is "
           "a duration, not a figure")])

passage("ee19", "2020-12-15", "Deir ez-Zor 24", "NO EVENT: a state and habits of the militias in Albukamal",
        "تنتشر الميليشيات المدعومة من الحرس الثوري الإيراني في مدينة البوكمال وريفها منذ أواخر عام 2017، وتتخذ من "
        "حي الجمعيات ومشفى عائشة مقرات دائمة لها. وتقيم هذه الميليشيات حواجز ثابتة على مداخل المدينة، وتفرض على "
        "الأهالي الحصول على موافقات أمنية لدخول منازلهم، بحسب ما رصدته شبكة دير الزور 24 خلال الأشهر الماضية.",
        [])

passage("ee29", "2019-02-25", "Deir ez-Zor 24", "an evacuation from the last pocket; trucks counted; strikes at night",
        "قالت شبكة دير الزور 24 إن أكثر من 2500 شخص، بينهم عناصر من تنظيم داعش وعائلاتهم، خرجوا اليوم الاثنين من جيب "
        "الباغوز في ريف البوكمال الشرقي عبر ممر آمن إلى مناطق قسد، ونُقلوا على متن 40 شاحنة إلى مخيم الهول بريف الحسكة. "
        "وأضافت الشبكة أن طائرات التحالف قصفت ليل الأحد مواقع التنظيم داخل الجيب.",
        [E("other", Q("أكثر من 2500", 2500, None, True), PL("الباغوز", "Al-Baghuz", "Deir ez-Zor"), "2019-02-25",
           "شبكة دير الزور 24", None,
           note="an evacuation (other); 40 trucks are a count of the wrong thing; al-Hol camp is the destination"),
         E("airstrike", None, PL("الباغوز", "Al-Baghuz", "Deir ez-Zor"), "2019-02-24", "شبكة دير الزور 24", COAL,
           note="«الجيب» is the Baghuz pocket; «وأضافت الشبكة» goes on with the same source")])

passage("ee31", "2025-03-18", "SANA (new)", "new SANA dateline; a security source to SANA's reporter; recall without day",
        "دير الزور-سانا\n"
        "ألقت قيادة الأمن الداخلي في محافظة دير الزور، اليوم، القبض في مدينة الميادين على خلية من ثمانية أشخاص متورطين "
        "في تهريب الأسلحة إلى فلول النظام البائد عبر نهر الفرات، وضبطت بحوزتهم صواريخ مضادة للدروع وذخائر متنوعة، وفق "
        "ما ذكره مصدر أمني لمراسل سانا. ويأتي ذلك بعد أيام من ضبط شحنة مماثلة على الطريق بين دير الزور والبوكمال.",
        [E("arrest", Q("ثمانية", 8), PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2025-03-18", "مصدر أمني", NEWGOV,
           note="the governorate names the command, the city is where it acted; the earlier seizure has no day: "
           "no event")])

passage("ee39", "2025-09-28", "Deir ez-Zor 24", "fire on a protest; arrests after it told by local sources",
        "دير الزور 24 – خرج العشرات من أهالي بلدة الطيانة بريف دير الزور الشرقي، اليوم الأحد، في مظاهرة تطالب بانضمام "
        "المنطقة إلى مؤسسات الدولة السورية، قبل أن يطلق عناصر من «قسد» النار لتفريقهم، ما أدى إلى مقتل شاب وإصابة "
        "ثلاثة آخرين. وقالت مصادر محلية إن قسد فرضت عقب ذلك حظر تجوال في البلدة واعتقلت عدداً من المشاركين.",
        [E("protest", Q("العشرات", 20, 90, True), PL("الطيانة", "Al-Tayyana", "Deir ez-Zor"), "2025-09-28", None, PROT,
           note="fire on a protest: one protest event, its dead are its fatalities; the figure is the crowd"),
         E("arrest", None, PL("الطيانة", "Al-Tayyana", "Deir ez-Zor"), "2025-09-28", "مصادر محلية", SDF,
           note="arrests after the protest are another kind of act: their source does not carry back to the "
           "protest; «عدداً» gives no figure; a coder may fold them into the protest")])

# ---------------------------------------------------------------- Daraa and Sweida
passage("ee03", "2021-03-09", "Daraa 24", "assassination by gunmen on a motorbike; a separate IED on a road",
        "قُتل الشاب «خالد يوسف المحاميد»، وهو عنصر سابق في فصائل المعارضة انضم إلى التسوية عام 2018، مساء أمس الاثنين، "
        "إثر استهدافه بالرصاص المباشر من قبل مسلحين مجهولين يستقلون دراجة نارية قرب بلدة المزيريب في ريف درعا الغربي. "
        "وفي حادثة منفصلة صباح اليوم، أُصيب عنصران من الأمن العسكري بانفجار عبوة ناسفة استهدفت سيارتهما على الطريق "
        "الواصل بين طفس واليادودة.",
        [E("armed_clash", None, PL("المزيريب", "Al-Muzayrib", "Daraa"), "2021-03-08", None, UNK,
           note="a killing by unidentified gunmen is an armed clash; one named dead, no figure"),
         E("explosion", None, PL("طفس", "Tafas", "Daraa"), "2021-03-09", None, UNK,
           note="only wounded (a dual): no figure; a road between two towns is placed at the first")])

passage("ee04", "2020-06-23", "Suwayda 24", "a kidnapping on the Damascus-Sweida highway; ransom; a habit",
        "اختطف مسلحون مجهولون، يوم أمس الاثنين، سائق شاحنة من أبناء مدينة شهبا على أوتوستراد دمشق – السويداء قرب "
        "منطقة براق، واقتادوه إلى جهة مجهولة تاركين الشاحنة على جانب الطريق. وقال مصدر مطلع للسويداء 24 إن الخاطفين "
        "تواصلوا مع عائلته وطالبوا بفدية قدرها 30 ألف دولار. ويشهد الطريق حوادث خطف متكررة منذ سنوات.",
        [E("arrest", None, PL("براق", "Buraq", "Rif Dimashq"), "2020-06-22", "مصدر مطلع", UNK,
           note="an abduction by gunmen: coded as arrest (a person seized and held; ACLED's abduction), a coder may "
           "code other; the place near which it happened is finer than the highway (whose first place is "
           "Damascus); Shahba is the victim's home; the ransom is money, not a figure; the recurring kidnappings are "
           "a habit")])

passage("ee10", "2025-07-16", "Suwayda 24", "Israeli strikes on government columns; clashes going on for a third day",
        "السويداء 24 – شنّت طائرات إسرائيلية، ظهر اليوم الأربعاء، ثلاث غارات على أرتال لقوات وزارة الدفاع السورية "
        "عند المدخل الغربي لمدينة السويداء، ما أدى إلى مقتل 11 عنصراً على الأقل، وفق مصدر طبي في المشفى الوطني. "
        "وتتواصل الاشتباكات بين الفصائل المحلية والقوات الحكومية في أحياء المدينة لليوم الثالث على التوالي، وسط "
        "انقطاع الكهرباء والاتصالات.",
        [E("airstrike", Q("11", 11, None, True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2025-07-16",
           "مصدر طبي في المشفى الوطني", ISR,
           note="the dead are the figure, not the three strikes; the city's entrance is the city; the outlet's name "
           "holds the first «السويداء»"),
         E("armed_clash", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2025-07-16", None, NEWGOV,
           note="clashes reported as going on today; both sides act, the government forces are named as one side "
           "(a coder may leave the agent unset); another kind of act after the medical source: the outlet")])

passage("ee15", "2022-04-03", "Daraa 24", "a monthly tally of the documentation office: deaths and arrests",
        "وثّق مكتب التوثيق في شبكة درعا 24 مقتل 41 شخصاً في محافظة درعا خلال شهر آذار الماضي، بينهم 19 مدنياً، فيما "
        "قُتل الباقون في عمليات اغتيال استهدفت عناصر سابقين في فصائل المعارضة وعسكريين في قوات النظام. كما رصد المكتب "
        "22 عملية ومحاولة اغتيال خلال الشهر ذاته، إضافة إلى اعتقال ما لا يقل عن 37 شخصاً.",
        [E("casualties", Q("41", 41), PL("محافظة درعا", "Daraa", "Daraa"), "2022-03", "مكتب التوثيق في شبكة درعا 24",
           kind="aggregate", note="a month's toll; 19 civilians a breakdown"),
         E("arrest", Q("ما لا يقل عن 37", 37, None, True), PL("محافظة درعا", "Daraa", "Daraa"), "2022-03",
           "مكتب التوثيق في شبكة درعا 24", GOV, kind="aggregate",
           note="the month's arrests; the agent is implied (the government held Daraa); the 22 assassinations and "
           "attempts are not coded as a third aggregate: their dead are inside the 41 and attempts are no acts of "
           "their own (a coder may add an armed_clash aggregate of 22)")])

passage("ee21", "2021-09-06", "Daraa 24", "an agreement under Russian sponsorship; a denial",
        "توصلت اللجنة المركزية في درعا البلد واللجنة الأمنية التابعة للنظام، برعاية روسية، اليوم الاثنين، إلى اتفاق "
        "يقضي بوقف إطلاق النار وتسوية أوضاع المطلوبين وتسليم عدد من الأسلحة الخفيفة، مقابل انتشار نقاط للشرطة "
        "العسكرية الروسية في الحي. ونفى عضو في اللجنة المركزية لدرعا 24 ما تداولته صفحات موالية عن تهجير مقاتلين إلى "
        "الشمال السوري.",
        [E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-06", None, None,
           note="two sides agree: no single agent; the denied deportation is no event; Russia is the sponsor")])

passage("ee26", "2018-11-13", "Horan Free League", "arrests at a checkpoint; hometown and destination; the office's tally",
        "تجمع أحرار حوران – اعتقل عناصر حاجز المخابرات الجوية عند مدخل مدينة إزرع، صباح اليوم الثلاثاء، ستة شبان من "
        "أبناء بلدة الشيخ مسكين أثناء توجههم إلى دمشق، بحجة تخلفهم عن الخدمة الاحتياطية رغم حملهم بطاقات التسوية. "
        "وأفاد مكتب التوثيق في التجمع بأن عدد المعتقلين في محافظة درعا منذ مطلع الشهر الجاري بلغ 58 شخصاً.",
        [E("arrest", Q("ستة", 6), PL("إزرع", "Izra", "Daraa"), "2018-11-13", None, GOV,
           note="the checkpoint at the town's entrance: the town; Sheikh Miskin is their home, Damascus their way; "
           "the office's next sentence is a tally, not this incident, so its source does not carry back"),
         E("arrest", Q("58", 58), PL("محافظة درعا", "Daraa", "Daraa"), "2018-11", "مكتب التوثيق في التجمع", GOV,
           kind="aggregate", note="the month's arrests so far (it includes the six)")])

passage("ee27", "2023-08-25", "Suwayda 24", "Friday protest in the Karama square; the reporter's estimate; more towns",
        "شهدت ساحة الكرامة وسط مدينة السويداء، اليوم الجمعة، أكبر تجمع منذ انطلاق الاحتجاجات قبل أكثر من أسبوع، إذ "
        "قدّر مراسل السويداء 24 عدد المشاركين بأكثر من ثلاثة آلاف شخص رفعوا لافتات تطالب برحيل النظام وتطبيق القرار "
        "2254. كما خرجت مظاهرات مماثلة في مدينة شهبا وبلدة القريا، وأغلق محتجون مقرات لحزب البعث في عدد من القرى.",
        [E("protest", Q("أكثر من ثلاثة آلاف", 3000, None, True), PL("السويداء", "As-Suwayda", "As-Suwayda"),
           "2023-08-25", "مراسل السويداء 24", PROT, note="a square is placed at its city; 2254 is a resolution number"),
         E("protest", None, PL("شهبا", "Shahba", "As-Suwayda"), "2023-08-25", "مراسل السويداء 24", PROT,
           note="protests in a list of two towns: one event at the first; the closing of Baath offices is part of "
           "the protests; «كما» goes on with the reporter's report")])

passage("ee35", "2024-01-18", "Suwayda 24", "strikes of a hedged perpetrator; bearing of the border; a smuggler's house",
        "قُتل عشرة مدنيين بينهم طفلتان، فجر اليوم الخميس، جراء غارات جوية يُرجّح أنها أردنية استهدفت منازل في بلدة "
        "عرمان بريف السويداء الجنوبي، بحسب ما أفاد مصدر محلي للسويداء 24. وأشار المصدر إلى أن الطائرات جاءت من جهة "
        "الحدود الأردنية، وأن أحد المنازل المستهدفة يعود لشخص متهم بتهريب المخدرات.",
        [E("airstrike", Q("عشرة", 10), PL("عرمان", "Orman", "As-Suwayda"), "2024-01-18", "مصدر محلي", None,
           note="the perpetrator is hedged («يُرجّح أنها أردنية») and Jordan has no actor constant: no agent; the "
           "border is a bearing, not the place")])

passage("ee33", "2025-05-02", "Enab Baladi", "an attack on a checkpoint told by the ministry; the other side's dead; reinforcements",
        "قُتل 11 عنصراً من قوى الأمن العام وأصيب آخرون، أمس الخميس، في هجوم شنّه مسلحون محليون على حاجز للأمن العام "
        "على طريق السويداء – دمشق قرب بلدة الصورة الكبيرة، بحسب وزارة الداخلية السورية. في المقابل، قال موقع «السويداء "
        "24» إن ستة من أبناء المحافظة قُتلوا في الاشتباكات التي تلت الهجوم. ودفعت وزارة الدفاع بتعزيزات عسكرية إلى محيط "
        "بلدة أشرفية صحنايا.",
        [E("armed_clash", Q("11", 11), PL("الصورة الكبيرة", "Al-Sura al-Kabira", "As-Suwayda"), "2025-05-01",
           "وزارة الداخلية السورية", UNK,
           note="the attack and the clashes after it are one incident; the other side's telling (six dead) is its "
           "breakdown, no total, so the first side numbered; «مسلحون محليون» are unnamed: unidentified; near a town "
           "is finer than the road"),
         E("reinforcement", None, PL("أشرفية صحنايا", "Ashrafiyat Sahnaya", "Rif Dimashq"), None, None, NEWGOV,
           note="another kind of act after two sourced tellings: the outlet; the sentence gives no day (a coder may "
           "date it to the report)")])

passage("ee36", "2016-05-09", "Orient News", "defection with a rank breakdown; where they served and where they arrived",
        "أفاد مراسل أورينت نت في درعا بانشقاق خمسة من عناصر قوات النظام، بينهم ملازم مجنّد، أمس الأحد، من كتيبة الدفاع "
        "الجوي قرب بلدة خربة غزالة، ووصولهم إلى مناطق سيطرة فصائل الجيش الحر في ريف درعا الشرقي مع أسلحتهم الفردية. "
        "وقال أحد المنشقين إن عشرات العناصر في الكتيبة ينتظرون الفرصة للانشقاق.",
        [E("defection", Q("خمسة", 5), PL("خربة غزالة", "Khirbet Ghazaleh", "Daraa"), "2016-05-08", "مراسل أورينت نت",
           GOV, note="the place where they served (named) wins over the region they reached; the waiting dozens are "
           "a hope, no event")])

passage("ee37", "2018-07-31", "SANA", "old SANA: 'restoring' a basin; two last villages; engineers in the next sentence",
        "درعا-سانا\n"
        "أنجزت وحدات الجيش العربي السوري، اليوم، تحرير كامل منطقة حوض اليرموك في ريف درعا الغربي بعد القضاء على آخر "
        "تجمعات إرهابيي «داعش» في قريتي عابدين والقصير على الحدود مع الجولان المحتل. وذكر مراسل سانا أن وحدات الهندسة "
        "بدأت تمشيط القريتين وتفكيك العبوات الناسفة التي زرعها الإرهابيون في المنازل والطرقات.",
        [E("territory_change", None, PL("عابدين", "Abdin", "Daraa"), "2018-07-31", "مراسل سانا", GOV,
           note="the last two villages are finer than the basin: one event at the first; the demining sentence "
           "returns to the same villages, so SANA's reporter is the source; the Golan is a bearing")])

passage("ee18", "2023-09-14", "Suwayda 24", "NO EVENT: a call to protest next Friday and a daily habit",
        "دعا ناشطون في محافظة السويداء إلى المشاركة الواسعة في مظاهرة مركزية يوم الجمعة المقبل في ساحة الكرامة، "
        "بمناسبة مرور شهر على انطلاق الحراك السلمي المطالب بالتغيير السياسي. ويواصل المحتجون منذ منتصف آب الماضي "
        "التجمع يومياً في الساحة، فيما تلتزم الأجهزة الأمنية مقراتها دون أي احتكاك مع المتظاهرين.",
        [])

passage("ee30", "2023-03-21", "Halab Today", "a known faction kills a family at Nowruz; the funeral becomes a protest",
        "قُتل أربعة مدنيين من عائلة واحدة، مساء الاثنين، برصاص عناصر من فصيل «جيش الشرقية» التابع للجيش الوطني السوري "
        "في بلدة جنديرس بريف عفرين، أثناء إشعالهم نار عيد النوروز أمام منزلهم، وفق ما أكده مصدر من أقارب الضحايا لموقع "
        "حلب اليوم. وشيّع أهالي البلدة القتلى اليوم الثلاثاء في تظاهرة شارك فيها المئات، طالبوا خلالها بمحاسبة الفاعلين "
        "وخروج الفصائل من المنطقة.",
        [E("casualties", Q("أربعة", 4), PL("جنديرس", "Jindires", "Aleppo"), "2023-03-20", "مصدر من أقارب الضحايا", SNA,
           note="a known force firing on civilians outside a protest: casualties (ACLED violence against civilians)"),
         E("protest", Q("المئات", 200, 900, True), PL("جنديرس", "Jindires", "Aleppo"), "2023-03-21", None, PROT,
           note="the funeral procession is a protest; another kind of act after the relatives' telling: the outlet")])

# ---------------------------------------------------------------- Idlib and Aleppo
passage("ee06", "2016-02-18", "Step News Agency", "Step's reporter; Russian vacuum missiles; barrels added by the reporter",
        "قال مراسل وكالة ستيب الإخبارية في ريف إدلب إن الطيران الحربي الروسي شنّ، صباح اليوم الخميس، أكثر من عشر غارات "
        "جوية على مدينة معرة النعمان وأطرافها مستخدماً الصواريخ الفراغية، ما أدى إلى مقتل تسعة مدنيين بينهم أربعة أطفال. "
        "وأضاف مراسلنا أن مروحيات النظام ألقت برميلين متفجرين على بلدة التمانعة دون ورود أنباء عن إصابات.",
        [E("airstrike", Q("تسعة", 9), PL("معرة النعمان", "Ma'arrat al-Nu'man", "Idlib"), "2016-02-18",
           "مراسل وكالة ستيب الإخبارية", RUS, note="the dead are the figure, not the strikes; four children a breakdown"),
         E("airstrike", None, PL("التمانعة", "Al-Tamanah", "Idlib"), "2016-02-18", "مراسل وكالة ستيب الإخبارية", GOV,
           note="two barrels (a dual) give no figure; «وأضاف مراسلنا» is the same reporter")])

passage("ee07", "2018-01-29", "Halab Today", "Olive Branch: a village taken; rockets on Kilis across the border",
        "سيطرت فصائل الجيش السوري الحر المشاركة في عملية «غصن الزيتون»، اليوم الاثنين، على قرية ديكمداش في ناحية بلبل "
        "شمال عفرين بعد معارك مع وحدات حماية الشعب الكردية، وفق ما أفاد مراسل حلب اليوم. في المقابل، سقطت ثلاث قذائف "
        "صاروخية مصدرها مناطق سيطرة الوحدات على مدينة كلس التركية، ما أدى إلى إصابة مدنيين اثنين.",
        [E("territory_change", None, PL("ديكمداش", "Dikmadash", "Aleppo"), "2018-01-29", "مراسل حلب اليوم", FSA,
           note="the Turkish-backed factions (FSA in the text, later the SNA)"),
         E("shelling", Q("ثلاث", 3), PL("كلس", "Kilis", None, "Turkey"), "2018-01-29", "مراسل حلب اليوم", SDF,
           note="a place abroad where the shells fell is the place; only wounded, so the figure is the shells; YPG = "
           "SDF constant; the outlet's own reporter files the story, so his report carries over (a coder may keep "
           "the outlet)")])

passage("ee08", "2024-02-15", "Syria TV", "HTS's security service arrests activists; a protest the same evening",
        "اعتقل «جهاز الأمن العام» التابع لهيئة تحرير الشام، أمس الأربعاء، أربعة ناشطين من المشاركين في الحراك المناهض "
        "لقيادة الهيئة في مدينة بنش شرقي إدلب، بحسب ما أفاد مصدر محلي لموقع تلفزيون سوريا. وخرج مئات من أهالي المدينة "
        "مساء اليوم نفسه في مظاهرة طالبت بالإفراج عن المعتقلين وبإسقاط «الجولاني»، قبل أن تتفرق دون صدام.",
        [E("arrest", Q("أربعة", 4), PL("بنش", "Binnish", "Idlib"), "2024-02-14", "مصدر محلي", HTS),
         E("protest", Q("مئات", 200, 900, True), PL("بنش", "Binnish", "Idlib"), "2024-02-14", None, PROT,
           note="another kind of act after the sourced arrest: the outlet; «اليوم نفسه» is the day of the arrest")])

passage("ee13", "2022-12-05", "Baladi News", "a motorbike bomb near a roundabout; civil defence in the next sentence",
        "انفجرت دراجة نارية مفخخة، صباح اليوم الاثنين، قرب دوار السنتر وسط مدينة الباب شرقي حلب، ما أدى إلى مقتل أربعة "
        "مدنيين بينهم طفل، وإصابة 12 آخرين بجروح متفاوتة. وذكر الدفاع المدني السوري أن فرقه نقلت المصابين إلى المشفى "
        "الوطني وأخمدت حريقاً اندلع في محال تجارية مجاورة، ولم تتبنَّ أي جهة التفجير حتى ساعة إعداد الخبر.",
        [E("explosion", Q("أربعة", 4), PL("الباب", "Al-Bab", "Aleppo"), "2022-12-05", "الدفاع المدني السوري", None,
           note="a roundabout is placed at its town; unclaimed: no agent; the civil defence's sentence returns to the "
           "blast (its wounded), so it carries back; the 12 wounded are never the figure")])

passage("ee17", "2020-02-27", "Baladi News", "a town retaken; captives; Russian strikes added by the reporter",
        "استعادت فصائل المعارضة السورية، اليوم الخميس، السيطرة على مدينة سراقب شرقي إدلب بعد معارك مع قوات النظام "
        "والميليشيات الإيرانية استمرت منذ فجر الأربعاء، بحسب ما أفاد مراسل بلدي نيوز. وأضاف المراسل أن الفصائل أسرت "
        "خمسة من عناصر قوات النظام، في حين شنّت الطائرات الروسية غارات مكثفة على مدينة أريحا وبلدة النيرب.",
        [E("territory_change", None, PL("سراقب", "Saraqib", "Idlib"), "2020-02-27", "مراسل بلدي نيوز", FSA,
           note="five captives taken in the battle are part of the taking, not an arrest event"),
         E("airstrike", None, PL("أريحا", "Ariha", "Idlib"), "2020-02-27", "مراسل بلدي نيوز", RUS,
           note="a list of two places: one event at the first; the reporter's report goes on")])

passage("ee23", "2021-06-14", "Syria TV", "shelling with a family's dead; a tally since the start of the month",
        "قصفت قوات النظام بقذائف المدفعية والصواريخ قرية إبلين في جبل الزاوية جنوبي إدلب، صباح اليوم الاثنين، ما أدى إلى "
        "مقتل خمسة مدنيين بينهم ثلاثة أطفال من عائلة واحدة، بحسب الدفاع المدني. وارتفعت بذلك حصيلة ضحايا القصف على "
        "المنطقة منذ مطلع حزيران إلى 31 قتيلاً، وفق إحصائية لفريق منسقو استجابة سوريا.",
        [E("shelling", Q("خمسة", 5), PL("إبلين", "Iblin", "Idlib"), "2021-06-14", "الدفاع المدني", GOV,
           note="three children a breakdown"),
         E("shelling", Q("31", 31), PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), None, "فريق منسقو استجابة سوريا",
           GOV, kind="aggregate", note="MENDED stop 32 (conventions): a running toll naming one cause takes the cause's type, an aggregate (was casualties): the shelling's toll on the area; the month's tally for the area is an aggregate, not a raised toll of this "
           "shelling (it spans many acts); its own source")])

passage("ee40", "2024-09-22", "Halab Today", "flight monitors; strikes counted with no dead; the ops room's reply",
        "قالت مراصد الطيران المحلية إن طائرات حربية روسية شنّت، فجر اليوم الأحد، أربع غارات على محيط قرية الحمبوشية في "
        "ريف جسر الشغور الغربي، بالتزامن مع قصف مدفعي لقوات النظام على أطراف بلدة البارة في جبل الزاوية، دون تسجيل "
        "إصابات بشرية. وفي المقابل، أعلنت غرفة عمليات «الفتح المبين» استهداف مواقع لقوات النظام في ريف حماة الغربي "
        "بقذائف المدفعية.",
        [E("airstrike", Q("أربع", 4), PL("الحمبوشية", "Al-Hambushiyah", "Idlib"), "2024-09-22", "مراصد الطيران المحلية",
           RUS, note="no dead: the figure is the strikes"),
         E("shelling", None, PL("البارة", "Al-Bara", "Idlib"), "2024-09-22", "مراصد الطيران المحلية", GOV),
         E("shelling", None, PL("ريف حماة الغربي", "Western Hama countryside", "Hama"), "2024-09-22",
           "غرفة عمليات «الفتح المبين»", HTS,
           note="the operations room is led by HTS (with other factions; a coder may choose the opposition "
           "factions); the day is carried from the report")])

passage("ee12", "2023-08-17", "Kurdistan 24", "Erbil dateline; US sanctions on two factions; a reaction",
        "أربيل (كوردستان 24)- فرضت وزارة الخزانة الأميركية، اليوم الخميس، عقوبات على فصيلي «فرقة السلطان سليمان شاه» "
        "و«فرقة الحمزة» التابعين للجيش الوطني السوري وعلى قائديهما، بسبب انتهاكات جسيمة بحق سكان منطقة عفرين الكوردية، "
        "من بينها الخطف والاستيلاء على الممتلكات. وقال مسؤول كوردي في عفرين لكوردستان 24 إن القرار «خطوة متأخرة» بعد "
        "خمس سنوات من الانتهاكات.",
        [E("sanction", None, None, "2023-08-17", None, None,
           note="no place: Erbil is the dateline and Afrin where the abuses happened; the US has no actor constant; "
           "the official's reaction is no event")])

passage("ee20", "2022-12-05", "Kurdistan 24", "NO EVENT: a threat of a ground operation and an SDF warning",
        "أربيل (كوردستان 24)- قال مسؤول في وزارة الدفاع التركية إن بلاده ستطلق عملية برية جديدة في شمال سوريا «في "
        "الوقت المناسب» لإبعاد المقاتلين الكورد مسافة 30 كيلومتراً عن الحدود. من جهته، حذّر قائد قوات سوريا الديمقراطية "
        "مظلوم عبدي من أن أي هجوم سيؤدي إلى توقف عمليات مكافحة داعش وحراسة السجون في الحسكة.",
        [E("statement", None, None, None, 'مسؤول في وزارة الدفاع التركية', TUR, note="MENDED stop 32 (conventions): the ministry official's threat of an operation is a statement (stop 32); northern Syria is no one place"),
         E("statement", None, PL("الحسكة", "Al-Hasakah", "Al-Hasakah"), None, 'قائد قوات سوريا الديمقراطية مظلوم عبدي', SDF, note="MENDED stop 32 (conventions): the SDF commander's warning is a statement of another body (stop 32), at the one place it names (the prisons it would leave unguarded)")])

passage("ee22", "2024-04-04", "Halab Today", "NO EVENT: an anniversary of the chemical attack and a vigil call",
        "يصادف اليوم الذكرى السابعة لمجزرة الكيماوي في مدينة خان شيخون جنوبي إدلب، التي ارتكبتها طائرات النظام في "
        "الرابع من نيسان عام 2017 وراح ضحيتها أكثر من 90 مدنياً بينهم 32 طفلاً. ودعت منظمات محلية إلى وقفات في مخيمات "
        "الشمال السوري مساء اليوم لإحياء الذكرى والمطالبة بمحاسبة المسؤولين.",
        [])

P58.sort(key=lambda p: p["id"])


def main() -> None:
    write("gold58.jsonl", P58)


if __name__ == "__main__":
    main()
