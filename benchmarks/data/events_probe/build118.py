"""Build gold118.jsonl: HELD-OUT set 118 (ids ls01…), written in stop 42 by writer w118 BEFORE any run on it.

35 short excerpts (about 40-130 words each), each the paraphrase of the news part of ONE real page found in the
search tool's `pages` corpus (queried in Arabic), years 2011-2025, many outlets: AFP relays of 2011 shootings in
Banias, a 2012 officer's defection video and the fight for Ras al-Ain, Qusayr 2013, barrel bombs on Daraa, IS
advances north of Aleppo 2014-2015, the SDF's Manbij campaign 2016, Russian and regime strikes and shelling on
Idlib and Hama 2018-2024, Daraa assassinations, SDF and HTS arrest campaigns, Turkish drones and the SNA-SDF front,
Israeli strikes near Damascus, and the new authorities' sweeps and curfews in Homs 2025. Every sentence was
rewritten (no run of five words, names aside, is shared with its page: checked by script against the page text,
which was kept outside the repository); the incidents, their order, places, figures, dates, sources and hedges
are the page's; private people's names are invented. Each passage's `style` ends with the page's address.
Where the page gives no date, the publication day is inferred from its events and day words (said in `style`).
Gold follows news_dev's README and the events_probe README's conventions of stops 28, 30, 32, 34 and 41; it was
written with the passages, before marsad was run on them. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build118.py      # rewrites gold118.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P118: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P118.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("ls01", "2011-04-10", "Al-Watan (Saudi Arabia), relaying AFP", "AFP relay: a two-hour shooting at a gathering "
        "by a mosque, an activist's toll and witnesses' lower toll, a dawn shooting recalled "
        "| page: https://alwatan.com.sa/article/87785",
        "بانياس: قتلى وجرحى برصاص الأمن قرب جامع الرحمن\n"
        "ذكر ناشط حقوقي لفرانس برس، طالباً عدم نشر اسمه، أن عناصر الأمن السوري أطلقوا الرصاص اليوم الأحد في "
        "مدينة بانياس الساحلية، فقُتل 4 أشخاص وأصيب 15 آخرون على الأقل نُقلوا جميعاً إلى مشفى الجمعية وسط المدينة. "
        "وأوضح أن الرصاص انهمر على حشد من الأهالي في محيط جامع الرحمن بحي رأس النبع، وهو المسجد الذي انطلقت منه "
        "موجة الاحتجاج في المدينة، وأن إطلاق النار لم يتوقف حتى الخامسة والنصف مساءً. أما شهود آخرون فتحدثوا عن "
        "3 قتلى و12 جريحاً، ووصف أحدهم ما يحدث بالمجزرة، مؤكداً أن القناصة يصوّبون بقصد القتل. وكان خمسة أشخاص قد "
        "جُرحوا فجر اليوم ذاته برصاص عناصر أمن في بانياس.",
        [E("casualties", Q("4", 4), PL("رأس النبع", "Ras al-Nabaa", "Tartus"), "2011-04-10", "ناشط حقوقي", GOV,
           note="TYPE CALL: a known force firing on a gathering the text does not call a protest (the mosque was the "
                "protests' hub): casualties (stop 30, ACLED); a second coder could code a protest with 4 dead. The "
                "mosque is placed at its quarter. The witnesses' 3 dead are another telling, no event"),
         E("casualties", None, PL("بانياس", "Baniyas", "Tartus", nth=2), "2011-04-10", None, GOV,
           note="the dawn shooting, a separate incident told as the writer's recall («وكان … قد»): outlet; only "
                "wounded, so no figure")])

passage("ls02", "2011-05-07", "Syrian Human Rights Organisation (Swasiah), relaying AFP", "women's protest fired on, "
        "the morning's raid that caused it, arrests in two more villages "
        "| page: https://syriahro.org/7-5-2011-syrian observatory9.htm",
        "قال ناشط حقوقي سوري لوكالة فرانس برس إن رجال الأمن أطلقوا النار اليوم السبت على 150 امرأة تجمّعن في تظاهرة "
        "قرب بانياس، على الأوتوستراد الذي يصل دمشق باللاذقية، فقتلوا ثلاثاً منهن وأصابوا خمساً نُقلن إلى مشفى "
        "الجمعية في المدينة. وبيّن الناشط أن المحتجات، وهن من بانياس وقرية المرقب، خرجن يطالبن بإطلاق سراح من "
        "اعتُقلوا في وقت أبكر من النهار، إذ دهمت القوات الأمنية المرقب صباح السبت وسط انتشار كثيف واعتقلت "
        "العشرات. وأضاف أن حملة الاعتقال شملت أيضاً أهالي من قريتي البيضا والباصية المجاورتين لبانياس، وأن "
        "العناصر كانوا يحملون قائمة بأسماء 300 شخص.",
        [E("protest", Q("150", 150), PL("بانياس", "Baniyas", "Tartus"), "2011-05-07", "ناشط حقوقي سوري", PROT,
           note="a protest fired on: one protest event, the crowd (150) is the figure, the three dead its fatalities; "
                "placed at the town it is near (the highway is a road, not a place)"),
         E("arrest", Q("العشرات", 20, 90, True), PL("المرقب", "Al-Marqab", "Tartus", nth=1), "2011-05-07",
           "ناشط حقوقي سوري", GOV, note="the morning raid told inside the activist's telling (same sentence)"),
         E("arrest", None, PL("البيضا", "Al-Bayda", "Tartus"), "2011-05-07", "ناشط حقوقي سوري", GOV,
           note="«وأضاف» carries the activist; arrests in two villages: one group placed at the first; no figure "
                "(the 300 names are a wanted list, not people arrested); a coder could fold it into the Marqab raid")])

passage("ls03", "2012-08-05", "Al-Ahale (Yemen), via Yemeress", "a defection video; a mass defection two days before; "
        "published date inferred | page: https://www.yemeress.com/alahale/6294",
        "ظهرت في تسجيل مصور نشره ناشطون على يوتيوب امرأة بالبزة العسكرية قدّمت نفسها على أنها العقيد زبيدة الميقي "
        "من ملاك مديرية التجنيد في المنطقة الجنوبية، وأعلنت انفصالها عمّا سمّته «كتائب الأسد الخائنة». وبحسب "
        "الناشطين الذين بثوا الشريط، تنتمي الميقي إلى الطائفة العلوية، ما يجعلها أول ضابطة من هذه الطائفة تترك "
        "صفوف النظام. ووصفت العقيد الجولان، مسقط رأسها، بأنه «المباع»، في تلميح إلى أن إسرائيل تحتله منذ 4 "
        "عقود. ويتزامن إعلانها مع أنباء عن أول انشقاق جماعي لعلويين قبل يومين، إذ فرّ سبعة من كبار ضباط الطائفة إلى "
        "الأردن تاركين الجيش النظامي.",
        [E("defection", None, None, "2012-08-05", "العقيد زبيدة الميقي", GOV,
           note="one officer (no figure); the southern recruitment directorate names no place; she announces it "
                "herself (the activists only posted the video); undated news: the publication day"),
         E("defection", Q("سبعة", 7), PL("الأردن", "Jordan", None, "Jordan"), "2012-08-03", None, GOV,
           note="an arrival abroad told as the defection keeps the arrival place (stop 29); «أنباء» names no source: "
                "outlet; two days before the (inferred) publication day")])

passage("ls04", "2012-11-14", "Al-Sharq (Qatar), via Sauress, relaying AFP", "a base taken with both sides' dead, "
        "strikes on the town, reinforcements, the town's fall recalled | page: https://sauress.com/alsharq/581134",
        "ذكر المرصد السوري لحقوق الإنسان أن 18 جندياً نظامياً على الأقل لقوا حتفهم الأربعاء في معارك مع مسلحي "
        "المعارضة حول تجمع أصفر نجار العسكري، المجاور لمدينة رأس العين على الحدود التركية، وأن المهاجمين، المنتمين "
        "إلى كتائب عدة، بسطوا سيطرتهم التامة على التجمع. وقُتل في المواجهات كذلك ثلاثة مقاتلين معارضين على الأقل "
        "وجُرح ما يزيد على عشرة، وفق المرصد، الذي قال إن من نجا من الجنود هرب نحو منطقة تقع بين أحد روافد الخابور "
        "ومقبرة رأس العين. وكان المرصد قد ذكر في وقت سابق من اليوم أن المقاتلات شنّت غارتين على رأس العين "
        "وسلسلة غارات على تل حلف وأصفر نجار. وكان الجيش قد حشد الثلاثاء نحو ألف عسكري مع دبابات ومدرعات ومدفعية "
        "حول المدينة، بحسب المرصد. وكانت فصائل المعارضة قد انتزعت رأس العين يوم الجمعة بعد قتال مع القوات "
        "النظامية.",
        [E("territory_change", Q("18", 18, None), PL("أصفر نجار", "Asfar Najjar", "Al-Hasakah"), "2012-11-14",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="UNSURE: the fight for the base and its capture are one act (ACLED: non-state actor overtakes "
                "territory, with the fatalities); a second coder could code an armed_clash beside it. No total of "
                "both sides: the first side numbered (18, at least); the named military site is the place"),
         E("airstrike", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah", nth=2), "2012-11-14",
           "المرصد السوري لحقوق الإنسان", GOV, note="«غارتين» is a dual: no figure"),
         E("airstrike", None, PL("تل حلف", "Tell Halaf", "Al-Hasakah"), "2012-11-14", "المرصد السوري لحقوق الإنسان",
           GOV, note="a series of raids on two places: one group at the first; apart from the two raids on the town"),
         E("reinforcement", Q("نحو ألف", 1000, approx=True), PL("رأس العين", "Ras al-Ain", "Al-Hasakah"),
           "2012-11-13", "المرصد السوري لحقوق الإنسان", GOV, note="placed where the force is sent (stop 41)"),
         E("territory_change", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah", nth=3), "2012-11-09", None, FSA,
           note="recalled taking with its own day and place (stop 41): coded; the writer's recall, outlet")])

passage("ls05", "2013-05-21", "Ettihad Syria, relaying Asharq Al-Awsat", "two tolls of a battle, two ambushes told "
        "by opposition sources, a failed assault | page: http://www.ettihadsyria.com/---2492h.htm",
        "القصير: يوم هو الأثقل على حزب الله منذ دخوله المعركة\n"
        "تباينت أمس تقديرات قتلى حزب الله اللبناني في القتال الدائر منذ أيام للسيطرة على مدينة القصير؛ فالمواقع "
        "القريبة من الحزب نشرت أسماء 16 من عناصره قضوا في المعارك، في حين أكد المرصد السوري لحقوق الإنسان توثيقه "
        "مقتل 23. وروت مصادر معارضة لصحيفة «الشرق الأوسط» أن مسلحي المعارضة أوقعوا مجموعة من الحزب في كمين مساء "
        "أول من أمس غربي القصير، فقُتل 6 من أفرادها في الحال، ثم قُتل 10 غيرهم في كمين ثانٍ بالمكان نفسه حين جاءت "
        "قوة مدعومة بعناصر من النخبة لسحب القتلى والمصابين. وأضافت المصادر أن عناصر آخرين من الحزب سقطوا أمس في "
        "مواجهات على أطراف المدينة، التي عجز الجيش السوري وحلفاؤه من الحزب عن اقتحامها.",
        [E("armed_clash", Q("16", 16), PL("القصير", "Al-Qusayr", "Homs", nth=1), None, "المواقع القريبة من الحزب",
           None, kind="aggregate",
           note="the battle's running toll of Hezbollah dead over days: an armed_clash aggregate (one cause, stop 32); "
                "two sources' figures: the first written (16), the Observatory's 23 another telling (stop 34)"),
         E("armed_clash", Q("6", 6, nth=1), PL("القصير", "Al-Qusayr", "Homs", nth=2), "2013-05-19", "مصادر معارضة", FSA,
           note="the first ambush, «مساء أول من أمس» on a Tuesday page"),
         E("armed_clash", Q("10", 10), PL("القصير", "Al-Qusayr", "Homs", nth=2), "2013-05-19", "مصادر معارضة", FSA,
           note="a second ambush at the same spot: its own incident"),
         E("armed_clash", None, PL("القصير", "Al-Qusayr", "Homs", nth=2), "2013-05-20", "مصادر معارضة", GOV,
           note="«وأضافت المصادر»; the failed assault on the outskirts, dead not numbered")])

passage("ls06", "2014-05-20", "Shaam News Network", "barrels dropped by mistake on a regime checkpoint, strikes and "
        "shelling over Daraa city and countryside; published date inferred "
        "| page: https://shaam.org/news/syria-news/براميل-متفجرة-تسقط-بالخطأ-على-مواقع-لقوات-الأسد-بدرعا",
        "درعا: مروحيات النظام تلقي براميلها خطأً على حاجز لقواته\n"
        "في إطار حملة جوية عنيفة يشنها طيران النظام بمقاتلاته ومروحياته على أحياء درعا المدينة وبلدات ريفها، سقطت براميل "
        "متفجرة ألقتها المروحيات عن طريق الخطأ قرب مواقع قوات الأسد عند حاجز مؤسسة السكر في المنطقة الصناعية بدرعا "
        "المحطة. وكانت المقاتلات قد قصفت بالصواريخ، ثم المروحيات بالبراميل، أحياء درعا البلد الخاضعة للمعارضة وحي "
        "طريق السد ومخيم درعا، بالتزامن مع قصف مدفعي ورشاشات ثقيلة على المناطق ذاتها أوقع جرحى. وفي الريف، نالت "
        "بلدة إبطع النصيب الأكبر، إذ استهدفتها المقاتلات بإحدى عشرة غارة وألقت عليها المروحيات 16 برميلاً، إلى جانب "
        "قصف بالمدفعية والصواريخ، فيما طالت غارات مشابهة مدينة الحارة وغرز، فضلاً عن بلدات سملين وعلما وعقربا والصورة "
        "ونصيب. وشمل القصف المدفعي معظم مدن حوران وقراها، موقعاً عدداً من القتلى والجرحى.",
        [E("airstrike", None, PL("درعا المحطة", "Daraa al-Mahatta", "Daraa"), "2014-05-20", None, GOV,
           note="barrels on the regime's own checkpoint: the checkpoint is placed at its quarter"),
         E("airstrike", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2014-05-20", None, GOV,
           note="rockets and barrels on three districts: one group at the first"),
         E("shelling", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2014-05-20", None, GOV,
           note="artillery and heavy machine guns on the same districts, apart from the air raids; only wounded: "
                "no figure"),
         E("airstrike", Q("إحدى عشرة", 11), PL("إبطع", "Ibta", "Daraa"), "2014-05-20", None, GOV,
           note="FIGURE CALL: jets' eleven raids and helicopters' 16 barrels on one town the same day: one airstrike "
                "event, its first count (a coder could take 16)"),
         E("shelling", None, PL("إبطع", "Ibta", "Daraa"), "2014-05-20", None, GOV,
           note="artillery and rockets on the same town: a ground act apart from the raids"),
         E("airstrike", None, PL("الحارة", "Al-Harra", "Daraa"), "2014-05-20", None, GOV,
           note="«غارات مشابهة» over a list of places: one group at the first"),
         E("shelling", None, PL("حوران", "Hauran", "Daraa"), "2014-05-20", None, GOV,
           note="artillery over most of Hauran with dead not numbered: the region is the only place")])

passage("ls07", "2014-08-13", "Al-Araby Al-Jadeed", "IS takes a list of villages; the withdrawal before recalled without "
        "a place | page: https://alaraby.co.uk/مقاتلو-داعش-يتقدمون-في-ريف-حلب-شمال-سوريا",
        "أحرز مسلحو تنظيم «الدولة الإسلامية» تقدماً جديداً في ريف حلب الشمالي، إذ قال المرصد السوري لحقوق الإنسان "
        "إنهم سيطروا على كل من المسعودية والعزيزية والغوز ودويبق من القرى، إلى جانب بلدتي تركمان بارح وأخترين، في الريف الشمالي "
        "الشرقي المحاذي للحدود مع تركيا. وبحسب المرصد، جاء ذلك بعد معارك ضارية خاضها التنظيم مع ما بقي في المنطقة "
        "من كتائب مقاتلة وإسلامية، عقب خروج جبهة النصرة وفصائل إسلامية أخرى منها أواخر تموز/يوليو.",
        [E("territory_change", None, PL("المسعودية", "Al-Masudiyah", "Aleppo"), "2014-08-13",
           "المرصد السوري لحقوق الإنسان", IS,
           note="six villages and towns taken: one group at the first; the battles before are the same act (not coded "
                "apart); the Nusra withdrawal of late July names no place of its own: not coded")])

passage("ls08", "2015-10-10", "Watan FM", "IS takes villages from the army in the south and fights the factions in the "
        "north; published date inferred | page: https://watan.fm/fm/news-fm/23436",
        "تشهد حلب وريفها معارك ضارية على جبهات عدة؛ ففي ريف حلب الجنوبي أعلن تنظيم الدولة الإسلامية اليوم أنه بسط "
        "سيطرته على 18 قرية، إضافة إلى مواقع وتلال، إلى الشرق من بلدة خناصر، إثر قتال استمر يومين مع قوات النظام "
        "والميليشيات المساندة لها، بينما رأى مراقبون أن النظام سلّم تلك القرى للتنظيم تسليماً. وفي الريف الشمالي، "
        "يواصل التنظيم مواجهاته مع فصائل المعارضة قرب الحدود التركية، بعدما بلغ قبل أيام منطقة حوار كلس المجاورة "
        "لمدينة إعزاز، محققاً تقدماً محدوداً. وقال ناشطون إن القتال يتركز على محاور براغيدة وكفرشوش ودوديان، "
        "وتُستخدم فيه الرشاشات والأسلحة المتوسطة، وقد خسر التنظيم فيه أكثر من 10 من عناصره.",
        [E("territory_change", None, PL("خناصر", "Khanasir", "Aleppo"), "2015-10-10", "تنظيم الدولة الإسلامية", IS,
           note="18 villages taken east of the town: the villages are no figure (as set 6 v14); the group's own "
                "announcement is the source; the observers' reading is no event"),
         E("territory_change", None, PL("حوار كلس", "Hawar Kilis", "Aleppo"), None, None, IS,
           note="reaching Hawar Kilis days ago: a recalled advance with its own place (stop 41), no day: undated"),
         E("armed_clash", Q("أكثر من 10", 10, None), PL("براغيدة", "Baraghida", "Aleppo"), "2015-10-10", "ناشطون", IS,
           note="fighting on three axes: one group at the first; the figure is the IS dead (the only side numbered)")])

passage("ls09", "2015-11-21", "SOHR", "Observatory bulletin: factions retake two villages and capture four, the army "
        "fights IS by Kweires, fronts in the south with probable Russian raids; published date inferred from the "
        "night words | page: https://www.syriahr.com/الفصائل-المقاتلة-والإسلامية-تتقدم-وت-2/144035/",
        "المرصد السوري لحقوق الإنسان – حلب: دارت طوال ليلة الجمعة وإلى ما بعد انتصافها معارك عنيفة بين "
        "الفصائل الإسلامية والمقاتلة وتنظيم «الدولة الإسلامية» في محيط حرجلة ودلحة، شمالي حلب، حيث تقدمت "
        "الفصائل واستردت مساحات واسعة من المنطقتين، ووردت معلومات مؤكدة عن بسطها السيطرة على القريتين كاملتين وأسرها "
        "4 من مسلحي التنظيم، أحدهم مقاتل مغاربي وآخر طفل. وبعد منتصف الليل أيضاً، اشتبكت قوات النظام ومسلحون موالون "
        "لها مع عناصر التنظيم حول مطار كويرس العسكري شرقي حلب، في مسعى للتقدم باتجاه دير حافر التي يسيطر عليها "
        "التنظيم. وفي ريف حلب الجنوبي، استمر القتال على محاور عدة بين قوات النظام ومعها مسلحون موالون سوريون وعرب في "
        "جانب، والفصائل وجبهة النصرة في الجانب الآخر، فيما نفذت طائرات حربية يُرجّح أنها روسية ضربات عدة على "
        "أطراف بلدة الزربة.",
        [E("territory_change", None, PL("حرجلة", "Harjalah", "Aleppo"), "2015-11-21", "المرصد السوري لحقوق الإنسان",
           FSA, note="UNSURE: the night's fighting and the retaking are one act (coded as the taking, two villages: one "
                     "group at the first); the 4 captured are a detail of it, no figure of the taking"),
         E("armed_clash", None, PL("مطار كويرس العسكري", "Kuweires military airport", "Aleppo"), "2015-11-21",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the airbase is the place; Deir Hafer is the aim, not the place"),
         E("armed_clash", None, PL("ريف حلب الجنوبي", "Southern Aleppo countryside", "Aleppo", nth=0), "2015-11-21",
           "المرصد السوري لحقوق الإنسان", GOV, note="several axes, the region is the only place"),
         E("airstrike", None, PL("الزربة", "Al-Zirbah", "Aleppo"), "2015-11-21", "المرصد السوري لحقوق الإنسان", RUS,
           note="hedged Russian jets («يُرجّح»): the agent the text leans to")])

passage("ls10", "2016-06-08", "SOHR", "captives freed during a taking, a front with coalition raids, two villages taken "
        "and the campaign's running tally, a commander wounded; published date inferred "
        "| page: https://www.syriahr.com/28-قرية-حتى-الآن-تمكنت-قوات-سوريا-الديمق/170294/",
        "قال المرصد السوري لحقوق الإنسان إنه تلقى معلومات عن إطلاق مقاتلي قوات سوريا الديمقراطية سراح 15 امرأة "
        "أيزيدية كان تنظيم «الدولة الإسلامية» قد خطفهن من جبال سنجار العراقية، وذلك أثناء سيطرتهم على قرية في ريف "
        "منبج. وفي ريف منبج الجنوبي تتواصل المواجهات العنيفة بين الطرفين، يرافقها قصف متبادل وغارات تشنها طائرات "
        "التحالف الدولي على مواضع القتال، وقد تقدمت قسد مجدداً وانتزعت قريتين، ليبلغ مجموع ما سيطرت عليه من قرى ريف منبج منذ "
        "أواخر أيار/مايو 28 قرية، وسط أنباء عن خسائر بشرية إضافية. وكان المرصد قد أورد في وقت سابق أن قائد كتائب شمس "
        "الشمال، القيادي في قسد الملقب «أبو ليلى»، أصيب بجروح خطيرة بصاروخ حراري أطلقه عناصر التنظيم.",
        [E("other", Q("15", 15), PL("ريف منبج", "Manbij countryside", "Aleppo"), "2016-06-08",
           "المرصد السوري لحقوق الإنسان", SDF,
           note="captives freed during a village's capture: a release (other), the freed are the figure; the village "
                "is unnamed, the countryside is the place; Sinjar is where they were abducted years before"),
         E("armed_clash", None, PL("ريف منبج الجنوبي", "Southern Manbij countryside", "Aleppo"), "2016-06-08",
           "المرصد السوري لحقوق الإنسان", SDF,
           note="the fighting; the mutual shelling is part of it (not coded apart)"),
         E("airstrike", None, PL("ريف منبج الجنوبي", "Southern Manbij countryside", "Aleppo"), "2016-06-08",
           "المرصد السوري لحقوق الإنسان", COAL, note="coalition raids on the front: an air act apart from the ground fight"),
         E("territory_change", None, PL("ريف منبج الجنوبي", "Southern Manbij countryside", "Aleppo"), "2016-06-08",
           "المرصد السوري لحقوق الإنسان", SDF, note="«قريتين» is a dual: no figure"),
         E("territory_change", Q("28", 28), PL("ريف منبج", "Manbij countryside", "Aleppo", nth=2), None,
           "المرصد السوري لحقوق الإنسان", SDF, kind="aggregate",
           note="villages taken since late May: a running tally (aggregate, period 2016-05-31 to the day)"),
         E("armed_clash", None, None, "2016-06-08", "المرصد", IS,
           note="a commander wounded by an IS guided missile: only wounded, no figure; no place given; the Observatory "
                "is named for it («وكان المرصد قد أورد»)")])

passage("ls11", "2018-02-05", "KSA Players (agencies' round-up)", "a day's Russian raids after a jet was downed, a "
        "warning, a Turkish column, regime raids on the Ghouta, civil defence and witnesses' details "
        "| page: https://ksaplayers.com/Ksahome/NewsDetial/?nid=9887067",
        "صعّدت المقاتلات الروسية أمس غاراتها على مدن وبلدات تسيطر عليها فصائل المعارضة في محافظة إدلب، فقتلت 20 "
        "مدنياً، وذلك غداة إسقاط مقاتلي المعارضة مقاتلة روسية ومقتل طيارها. وحذرت موسكو من خطر امتلاك المعارضة "
        "منظومات دفاع جوي محمولة على الكتف، وأمرت طياريها بالتحليق على ارتفاعات أعلى. من جهة أخرى، عبر رتل عسكري "
        "تركي الحدود إلى سوريا من منطقة كفرلوسين، وأعلنت أنقرة إنشاء نقطة مراقبة جديدة في إدلب. وفي الغوطة "
        "الشرقية، لقي 32 مدنياً حتفهم وجُرح 120 في غارات مكثفة لطيران النظام على مناطق عدة. وأفادت مصادر في الدفاع "
        "المدني بأن الغارات الروسية طالت بلدتي كفرنبل ومعصران ومدن سراقب ومعرة النعمان وإدلب، بينما قال شهود إن "
        "مستشفى في معرة النعمان أصيب، وإن 5 أشخاص قُتلوا في ضربة أخرى دمّرت جزءاً من مبنى سكني في كفرنبل.",
        [E("airstrike", Q("20", 20), PL("إدلب", "Idlib", "Idlib"), "2018-02-04", None, RUS, kind="aggregate",
           note="the day's toll of Russian raids over the province, more than the incidents listed later: an "
                "airstrike aggregate (one cause, stop 32/34); the jet downed the day before names no place: not coded"),
         E("statement", None, None, "2018-02-04", "موسكو", RUS,
           note="Moscow's warning and order to its pilots: a named body's stance and decision (stop 32); dated as the "
                "day's news («أمس»)"),
         E("reinforcement", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2018-02-04", None, TUR,
           note="a Turkish column sent to a new observation point in Idlib: placed where it is sent (stop 41), not "
                "at the Kafr Lusin crossing"),
         E("statement", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2018-02-04", "أنقرة", TUR,
           note="UNSURE: Ankara's announcement of the post, a named body's announcement (stop 32); a coder could "
                "fold it into the column"),
         E("airstrike", Q("32", 32), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), "2018-02-04", None, GOV,
           note="regime raids on several areas: the region is the place, the dead the figure"),
         E("airstrike", None, PL("كفرنبل", "Kafr Nabl", "Idlib"), "2018-02-04", "مصادر في الدفاع المدني", RUS,
           note="the raids told over a list of towns: one group at the first; the hospital hit in Maarat al-Numan is "
                "a detail of it"),
         E("airstrike", Q("5", 5), PL("كفرنبل", "Kafr Nabl", "Idlib", nth=1), "2018-02-04", "شهود", RUS,
           note="«ضربة أخرى» with its own toll: its own incident (stop 34: a place's toll tied to an act there)")])

passage("ls12", "2019-02-21", "Syrian Press Center (syrianpc)", "a woman killed by shelling, more shelling from two "
        "checkpoints, the civil defence's campaign toll; published date inferred "
        "| page: https://syrianpc.com/استشهاد-امرأة-وإصابة-زوجها-في-ريف-حماة",
        "مساء أمس الأربعاء، قُتلت امرأة وجُرح زوجها حين استهدفت قوات النظام بالقذائف منازل مدنيين شمالي حماة. "
        "وأفاد مراسل المركز الصحفي السوري بأن الضحية وزوجها، وهما من قرية الزكاة، أصيبا منتصف الليل بقذائف "
        "سقطت على منازل القرية، مصدرها مواقع قوات النظام في قرية حيالين. ومن الحاجز ذاته طال القصف قرية حصريا، ثم "
        "محيط مدينة كفرزيتا وقضيب البان غربها، فيما قصف عناصر النظام من حاجز المداجن "
        "أطراف قرية لحايا بقذائف الدبابات. وفي تقرير صدر قبل ساعات، قال الدفاع المدني السوري إن "
        "حملة القصف التي تشنها قوات النظام والميليشيات الموالية لها على منطقة خفض التصعيد في حماة وإدلب منذ الثاني عشر من الشهر "
        "الجاري أودت بحياة 35 مدنياً على الأقل، منهم 13 طفلاً و11 امرأة، وأوقعت 75 جريحاً على الأقل، ووثّق إطلاق 456 "
        "قذيفة مدفعية وصاروخية و52 صاروخاً عنقودياً على عشرات القرى.",
        [E("shelling", None, PL("الزكاة", "Al-Zakat", "Hama"), "2019-02-20", "مراسل المركز الصحفي السوري", GOV,
           note="one woman killed: no figure; the reporter's next sentence comes back to the same shelling; Hayalin is "
                "where the fire came from"),
         E("shelling", None, PL("حصريا", "Hasraya", "Hama"), "2019-02-20", "مراسل المركز الصحفي السوري", GOV,
           note="the same checkpoint's fire over a list of places: one group at the first; the reporter carries"),
         E("shelling", None, PL("لحايا", "Lahaya", "Hama"), "2019-02-20", "مراسل المركز الصحفي السوري", GOV,
           note="tank shells from another checkpoint: its own incident"),
         E("shelling", Q("35", 35, None), None, None, "الدفاع المدني السوري", GOV, kind="aggregate",
           note="the campaign's toll since the 12th: a running toll of one cause (shelling); women and children, the "
                "wounded and the shells counted are its breakdown; two governorates: no place")])

passage("ls13", "2019-02-14", "SY24", "rocket fire on a village with its toll, wounded in a town, a recap; published "
        "date inferred | page: https://www.sy-24.com/31075",
        "قصفت قوات النظام السوري فجر اليوم الخميس مناطق عدة في ريف حماة الشمالي ضمن هجوم جديد، ما أوقع قتلى "
        "وجرحى بين المدنيين. ونقل ناشطون أن الصواريخ التي سقطت على قرية الزكاة قتلت امرأة وأصابت زوجها وابنها "
        "بجروح بليغة، وأن مصدرها مواقع قوات النظام في قرية حيالين. كما أصيب مدنيون عدة بجروح في مدينة معرة النعمان "
        "جنوبي إدلب بعد استهداف المدينة بالصواريخ والقذائف المدفعية الثقيلة. ويُشار إلى أن عشرات المدنيين سقطوا "
        "بين قتيل وجريح جراء القصف المكثف لقوات النظام على البلدات والمدن في محافظات حماة وحلب وإدلب، رغم إدراج المنطقة "
        "في اتفاق خفض التصعيد الذي وقّعته روسيا وتركيا وإيران.",
        [E("shelling", None, PL("الزكاة", "Al-Zakat", "Hama"), "2019-02-14", "ناشطون", GOV,
           note="the lead and the activists' telling are one shelling; one woman killed: no figure"),
         E("shelling", None, PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2019-02-14", "ناشطون", GOV,
           note="«كما» adds an act of the same kind: the activists carry (stop 30); only wounded: no figure"),
         E("shelling", Q("عشرات", 20, 90, True), None, None, None, GOV, kind="aggregate",
           note="a recap of killed and wounded together over an open period: the combined figure when no dead are "
                "given apart (as sets 39, 78); three governorates: no place")])

passage("ls14", "2019-03-10", "Al-Moharrar Media", "a day's shelling over the Ghab, Jabal Shahshabu and Kafr Zita, and "
        "Jisr al-Shughur; published date inferred "
        "| page: https://almohrarmedia.net/القصف-المستمر-لقوات-الأسد-على-أرياف-حم",
        "استشهدت طفلة وامرأتان وجُرح مدنيون آخرون أمس السبت حين قصفت مدفعية قوات الأسد بكثافة ريف حماة "
        "الغربي. ففي سهل الغاب، سقطت قذائف المدفعية الثقيلة على قريتي التوينة والمهاجرين، فقُتلت طفلة وامرأة وأصيب "
        "ثلاثة مدنيين، وهرعت فرق الدفاع المدني إلى المواقع المستهدفة لإسعاف الجرحى إلى أقرب النقاط الطبية. وأصيبت "
        "امرأة بقذيفة أطلقتها قوات الأسد من قرية الكريم على قرية كورة في جبل شحشبو. ومن المعسكر الروسي في الكبارية "
        "قصفت قوات الأسد مدينة كفرزيتا في ريف حماة الشمالي، كما شمل القصف قرى الحميرات والحردانة ودير سنبل والكركات "
        "في جبل شحشبو، والشريعة والحويز وقلعة المضيق ضمن سهل الغاب. وفي ريف إدلب الغربي، جُرح مدنيون بقصف مدفعي كثيف "
        "على مدينة جسر الشغور.",
        [E("shelling", None, PL("التوينة", "Al-Tuwayna", "Hama"), "2019-03-09", None, GOV,
           note="two villages: one group at the first; a girl and a woman killed (no numeral: no figure); the lead's "
                "toll is this shelling and the others', not an event of its own"),
         E("shelling", None, PL("كورة", "Kurah", "Hama"), "2019-03-09", None, GOV,
           note="one woman wounded; al-Karim is where the fire came from"),
         E("shelling", None, PL("كفرزيتا", "Kafr Zita", "Hama"), "2019-03-09", None, GOV,
           note="fired from the Russian camp at al-Kubbariya (the origin, not the place)"),
         E("shelling", None, PL("الحميرات", "Al-Humayrat", "Hama"), "2019-03-09", None, GOV,
           note="four Shahshabu villages: one group at the first"),
         E("shelling", None, PL("الشريعة", "Al-Shariah", "Hama"), "2019-03-09", None, GOV,
           note="three Ghab places: one group at the first"),
         E("shelling", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2019-03-09", None, GOV,
           note="only wounded: no figure")])

passage("ls15", "2020-01-17", "Arab-Turkey (relaying Orient)", "a Russian strike's raised toll with its breakdown, the "
        "city and the central prison hit; published date inferred "
        "| page: https://arab-turkey.net/حملة-عسـ-كر-ية-روسية-ومننظام-الأسد-على",
        "نقلت وسائل إعلام سورية أن عدد ضحايا المجزرة التي ارتكبتها الطائرات الروسية في مدينة إدلب أمس الخميس ارتفع "
        "إلى 17 قتيلاً و50 جريحاً. وذكر موقع أورينت أن فرق الدفاع المدني أنهت أعمال البحث والإنقاذ، بعدما انتشلت "
        "جثامين 15 قتيلاً وأسعفت 49 مصاباً وأنقذت حياة خمسة أشخاص. وبحسب مراسل أورينت، فإن بين القتلى السبعة عشر 7 "
        "أطفال و3 نساء وجثة لم تُعرف هويتها، ولا تشمل الحصيلة من قُتلوا من نزلاء سجن إدلب المركزي. وكانت طائرتان "
        "حربيتان روسيتان قد شنتا 8 غارات، أصابت 4 منها أحياء المدينة و4 سجنها المركزي، فسقط عشرات الضحايا وفرّ "
        "عشرات من السجناء.",
        [E("airstrike", Q("17", 17), PL("إدلب", "Idlib", "Idlib"), "2020-01-16", "وسائل إعلام سورية", RUS,
           note="a raised toll: the latest (17) is the figure; the civil defence's 15 recovered and the children and "
                "women are other tellings and a breakdown; the prisoners are not in it"),
         E("airstrike", Q("4", 4, nth=2), PL("سجن إدلب المركزي", "Idlib Central Prison", "Idlib"), "2020-01-16", None,
           RUS, note="the raids on the prison, whose dead are not counted: the prison is a facility, the most specific "
                     "place; the strikes' own count (4) as its figure (stop 41); the writer's recap «وكانت … قد»: "
                     "outlet")])

passage("ls16", "2018-11-08", "SOHR", "an arrest of twelve, tension after an informant's killing, the last month's "
        "campaign recalled with a town's share; published date inferred | page: http://www.syriahr.com/?p=354522",
        "المرصد السوري لحقوق الإنسان – حمص: تشدد الأجهزة الأمنية التابعة للنظام قبضتها على المدنيين في مناطق الريف "
        "الشمالي لحمص التي استعادتها قواته، إذ علم المرصد أن فرع الأمن العسكري اعتقل 12 مواطناً على الأقل من أبناء "
        "بلدة تل الذهب من دون أن تُعرف أسباب اعتقالهم. وفي منطقة الحولة، يسود التوتر منذ أيام مع تكثيف قوات النظام "
        "دورياتها، إثر اغتيال مجهولين رجلاً كان يتعاون مع الأمن العسكري ويعمل مخبراً لديه. وكان المرصد قد رصد حملة "
        "اعتقالات نفذتها استخبارات النظام في ريف حمص الشمالي وبلداته خلال تشرين الأول/أكتوبر المنصرم طالت عشرات "
        "الشبان، بينهم نحو 20 من أهالي مدينة الحولة اتُّهم بعضهم بقتل أحد عملاء النظام مطلع الشهر ذاته، واعتُقل "
        "آخرون بتهم تتعلق بقتل عناصر للنظام أيام سيطرة الفصائل على المنطقة.",
        [E("arrest", Q("12", 12, None), PL("تل الذهب", "Tall al-Dhahab", "Homs"), "2018-11-08",
           "المرصد السوري لحقوق الإنسان", GOV, note="«على الأقل»: low 12, open (stop 34); undated news"),
         E("armed_clash", None, PL("الحولة", "Al-Houla", "Homs"), None, "المرصد السوري لحقوق الإنسان", UNK,
           note="an informant killed by unknown men: a killing by gunmen is an armed_clash (stop 30); recalled, no "
                "day; the patrols are a state, not an event"),
         E("arrest", Q("عشرات", 20, 90, True), PL("ريف حمص الشمالي", "Northern Homs countryside", "Homs"), None,
           "المرصد", GOV, kind="aggregate",
           note="last month's campaign (period 2018-10): an aggregate; the about 20 of al-Houla are its breakdown "
                "(«بينهم»), not an event")])

passage("ls17", "2020-01-15", "Baladi News", "two former fighters shot dead, local sources' telling, the townsfolk's "
        "accusation; published date inferred "
        "| page: https://video.baladi-news.com/ar/articles/57903/اغتيال-مقاتلين-سابقين-بفصائل-المعارضة-في-درعا",
        "اغتال مسلحون مجهولون أمس الثلاثاء مقاتلَين سابقين في فصائل المعارضة بمدينة درعا البلد، وتتجه أصابع "
        "الاتهام إلى استخبارات النظام. وقالت مصادر محلية إن المسلحين أطلقوا الرصاص على «مازن القاسم» و«عبد الله "
        "القاسم» فقُتلا في الحال، وأوضحت أن الشابين لم يلتحقا بأي من تشكيلات قوات النظام بعد أن بسطت سيطرتها على "
        "المحافظة. ويحمّل أهالي درعا حزب الله اللبناني والنظام مسؤولية عمليات الاغتيال التي تستهدف قادة "
        "المعارضة وعناصرها السابقين.",
        [E("armed_clash", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2020-01-14", "مصادر محلية", UNK,
           note="an assassination by unknown gunmen (stop 30); «مقاتلَين» is a dual: no figure; the next sentence's "
                "source comes back to the same killing; the accusation is not the agent")])

passage("ls18", "2020-06-16", "Roz Press", "a protest against HTS over an activist's arrest, the arrest and the earlier "
        "protest recalled, a security alert; published date inferred "
        "| page: https://rozpress.net/تحـرير-الـشام-تعتقل-ناشط-مدني-عقب-احت",
        "خرج عشرات من أهالي مدينة إدلب أمس الاثنين في تظاهرة ضد «هيئة تحرير الشام»، احتجاجاً على اعتقال أجهزتها "
        "الأمنية في المدينة الناشط المدني «سليم العبدو» من دون أن توجّه إليه أي تهمة. وطالب المتظاهرون بإطلاق سراحه، "
        "ورددوا هتافات تندد بالهيئة و«حكومة الإنقاذ» وتدعوهما إلى رفع يدهما الأمنية عن الناس. وكانت دورية أمنية قد "
        "اعتقلت الناشط بسبب مشاركته يوم الجمعة الماضي في تظاهرة وسط إدلب احتجت على الضرائب والإتاوات التي تفرضها "
        "حكومة الإنقاذ على المدنيين والتجار. وبحسب مصادر محلية، استنفرت عناصر الهيئة بشكل واسع في بلدات ريف إدلب "
        "الغربي وقراه عقب انتهاء الاحتجاج، لإرهاب السكان وخشية تجدده وخروجه عن السيطرة.",
        [E("protest", Q("عشرات", 20, 90, True), PL("إدلب", "Idlib", "Idlib"), "2020-06-15", None, PROT,
           note="the crowd (dozens) is the figure"),
         E("arrest", None, PL("إدلب", "Idlib", "Idlib"), None, None, HTS,
           note="the activist's arrest in the city, no day of its own (after the Friday): undated; one person, no "
                "figure"),
         E("protest", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2020-06-12", None, PROT,
           note="last Friday's protest in central Idlib, recalled with its day and place (stop 41)")])

passage("ls19", "2020-09-13", "Baladi News", "a patrol fired on, the raid campaign that followed, told through another "
        "site; habits and background; published date inferred "
        "| page: https://baladi-news.com/public/ar/articles/74912/تعرض-إحدى-دورياتها-لإطلاق-نار-قسد-تنفذ-حملة-دهم-شرق-دير-الزور",
        "بلدي نيوز – دير الزور: نفذت «قسد» حملة مداهمات واعتقالات طالت عدداً من قرى الريف الشرقي "
        "لدير الزور وبلداته. ونقل موقع «نداء الفرات» أن إحدى دوريات قسد تعرضت أمس السبت لرشقات كثيفة من الرصاص في "
        "منطقة غرانيج شرقي دير الزور، فردّت قسد بحملة دهم وتفتيش شارك فيها عشرات العناصر مع آليات عسكرية، وشملت "
        "غرانيج والقرى المجاورة لها بحثاً عن المهاجمين. وتنفذ قسد بين حين وآخر حملات مماثلة تقول إنها تلاحق خلايا "
        "«داعش»، وقد تطال أحياناً مدنيين بينهم أطفال. ويعاني ريف دير الزور الشرقي من فلتان أمني واغتيالات استهدفت "
        "مدنيين ووجهاء عشائر، ما أثار غضباً وتظاهرات تندد بتقصير قسد أمنياً.",
        [E("armed_clash", None, PL("غرانيج", "Gharanij", "Deir ez-Zor"), "2020-09-12", "موقع «نداء الفرات»", UNK,
           note="fire on a patrol by unnamed men: armed_clash (stop 30), no toll"),
         E("arrest", None, PL("غرانيج", "Gharanij", "Deir ez-Zor", nth=1), "2020-09-12", "موقع «نداء الفرات»", SDF,
           note="the lead's campaign and the relayed telling are one raid; «عشرات العناصر» is the force, not people "
                "arrested: no figure; the lead names no source, the relay comes back to it; habits and the "
                "background unrest are no events")])

passage("ls20", "2021-01-20", "Eye of Euphrates (Ayn al-Furat)", "a four-day arrest campaign over a list of towns, its "
        "stated and alleged aims, no tally | page: https://eyeofeuphrates.com/ar/news/2021/01/20/869",
        "عين الفرات – خاص: كثّفت قسد اليوم الأربعاء حملتها الأمنية على قرى ريف دير الزور وبلداته، فاعتقلت عشرات "
        "الأشخاص بين مدنيين وعناصر في خلايا نائمة لتنظيم «داعش». وذكر مراسلو الشبكة أن الحملة انطلقت تدريجياً قبل "
        "نحو 4 أيام وتشتد ليلاً، إذ تدهم قسد البيوت أو توقف المطلوبين على حواجزها المنتشرة في أنحاء الريف. وأوضحوا "
        "أنها امتدت إلى الشحيل والبصيرة، وإلى الباغوز والزر والطيانة وأبو النيتل وطابية جزيرة وبكارة وجديد عكيدات "
        "والدحلة وغرانيج في الريف الشرقي، ومعيزيلة والعزبة في الريف الشمالي، وصولاً إلى البادية. ورأى المراسلون أن قسد، وإن "
        "أعلنت أن هدفها خلايا التنظيم، استغلت الحملة لسوق الشبان المطلوبين إلى التجنيد الإلزامي في صفوفها، مشيرين "
        "إلى أن المعتقلين بالعشرات دون حصيلة دقيقة، إذ لم تنشر قسد أرقاماً ولم يبلّغ كثير من الأهالي عن أبنائهم.",
        [E("arrest", Q("عشرات", 20, 90, True), PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2021-01-20",
           "مراسلو الشبكة", SDF,
           note="UNSURE: one campaign told over a list of towns: one group at the first, the dozens arrested its "
                "figure; a coder could code it as an aggregate over the four days; the lead names no source, the "
                "reporters come back to it")])

passage("ls21", "2021-03-11", "Halab Today TV", "a former fighter shot dead by men on a motorbike, the reporter's "
        "background; published date inferred | page: https://halabtodaytv.net/archives/215046",
        "أفاد مراسل «حلب اليوم» بأن مسلحين مجهولين على متن دراجة نارية أطلقوا عدة رصاصات اليوم الخميس على عنصر سابق "
        "في فصائل المعارضة في بلدة المسيفرة بريف درعا الشرقي، فأردوه قتيلاً في الحال. وأوضح المراسل أن القتيل، ويدعى "
        "«خالد منصور العلي»، حصل على بطاقة تسوية بعد دخول قوات النظام المحافظة بدعم روسي في تموز 2018، ولم ينضم بعد "
        "ذلك إلى أي من التشكيلات العسكرية التابعة للأسد. ولفت إلى أن الاغتيالات تصاعدت في درعا حتى صارت شبه يومية، "
        "ويتركز أغلبها في ريفها الغربي.",
        [E("armed_clash", None, PL("المسيفرة", "Al-Musayfirah", "Daraa"), "2021-03-11", "مراسل «حلب اليوم»", UNK,
           note="masked men on a motorbike: armed_clash (stop 30); one man, no figure"),
         E("territory_change", None, PL("المحافظة", "Daraa", "Daraa"), "2018-07", "مراسل «حلب اليوم»", GOV,
           note="UNSURE: the army's entry into the province in July 2018, a recalled act with its month and an "
                "anaphoric place (stop 41 codes a recall with a place); a coder could leave it as background; the "
                "daily assassinations are a habit")])

passage("ls22", "2021-06-19", "Al-Araby Al-Jadeed", "an infiltration repelled with two dead, a Turkish drone and "
        "shelling, an SDF arrest with its trigger recalled; published date inferred "
        "| page: https://alaraby.co.uk/politics/مقتل-عنصرين-من-\"الجيش-الوطني\"-شمالي-الحسكة-والنظام-يقصف-جنوبي-إدلب",
        "لقي مقاتلان من «الجيش الوطني السوري»، الفصيل المعارض المدعوم تركياً، حتفهما بعد منتصف ليل الجمعة – السبت، "
        "خلال صدّ مجموعات من «قوات سوريا الديمقراطية» (قسد) حاولت التقدم خلسةً عبر محور قرية العالية جنوبي رأس العين، "
        "في منطقة «نبع السلام» شمالي الحسكة، بحسب ما أفادت به مصادر عسكرية «العربي الجديد»، مشيرة إلى أن القتيلين "
        "يتحدران من محافظة حمص. وفي الريف نفسه، ضربت مسيّرة تركية موقعاً لقسد قرب قرية الطويلة الواقعة غرب تل تمر، "
        "تزامناً مع قصف مدفعي على مواقع أخرى في الكوزلية والطويلة الآشورية، ولم تُعرف الخسائر. وفي الرقة، داهمت قسد "
        "ليل الجمعة حي البدو وسط المدينة واعتقلت منه سبعة شبان اقتادتهم إلى مكان مجهول بتهمة التعاون مع «داعش»، بعد "
        "أيام من مقتل أحد عناصرها قرب مكب للنفايات في ريف المحافظة، في عملية تبناها التنظيم عبر معرفات رديفة على "
        "«تلغرام».",
        [E("armed_clash", None, PL("العالية", "Al-Aliyah", "Al-Hasakah"), "2021-06-19", "مصادر عسكرية", SDF,
           note="an infiltration repelled: a clash; «عنصرين» is a dual: no figure; Homs is where the dead came from"),
         E("airstrike", None, PL("الطويلة", "Al-Tawila", "Al-Hasakah"), "2021-06-19", None, TUR,
           note="another kind of act after a sourced report: outlet (stop 30); undated: the publication day"),
         E("shelling", None, PL("الكوزلية", "Al-Kozliyah", "Al-Hasakah"), "2021-06-19", None, TUR,
           note="two villages: one group at the first; the Turkish agent is implied by the sentence («تزامناً مع»)"),
         E("arrest", Q("سبعة", 7), PL("حي البدو", "Hay al-Badu", "Ar-Raqqa"), "2021-06-18", None, SDF,
           note="«ليل الجمعة» on a Saturday page; the quarter is the place"),
         E("armed_clash", None, PL("ريف المحافظة", "Raqqa countryside", "Ar-Raqqa"), None, None, IS,
           note="the SDF member killed days before, a recall with a place (stop 41), claimed by IS: a killing by "
                "gunmen is an armed_clash; no day")])

passage("ls23", "2021-09-16", "Al-Araby Al-Jadeed (aajeg mirror)", "an infiltration repelled with dead on both sides "
        "not numbered, Turkish shelling, an ambush claimed by a local group; published date inferred "
        "| page: https://aajeg.com/politics/قتلى-في-اشتباك-بين-\"قسد\"-و\"الجيش-الوطني\"-شمالي-سورية",
        "صدّت فصائل «الجيش الوطني السوري» المعارض خلال ليل أمس الأربعاء هجوماً تسللياً لـ«قوات سوريا الديمقراطية» "
        "(قسد) في ريف حلب الشمالي، وسقط في المواجهات قتلى من الجانبين. وبحسب مصادر محلية تحدثت إلى «العربي الجديد»، "
        "جرت المحاولة على محوري كفر خاشر وكفر كلبين، ودامت الاشتباكات ساعات وانتهت بمقتل عنصر من الجيش الوطني وعناصر "
        "عدة من قسد لم يُعرف عددهم بدقة، بينما قصفت المدفعية التركية بعدد من القذائف تجمعات لقسد في منغ ومرعناز وعين "
        "دقنة. وفي شرق الفرات، تبنّت مجموعة محلية تطلق على نفسها «المقاومة الشعبية في المنطقة الشرقية» كميناً لرتل "
        "تابع لقسد في الحصان، القرية الواقعة شمال غربي دير الزور، وقالت في بيان على «فيسبوك» إنه أوقع 3 قتلى من قسد "
        "وأصاب خليل الوحش، الرجل الثاني في قيادة مجلس دير الزور العسكري.",
        [E("armed_clash", None, PL("كفر خاشر", "Kafr Khashir", "Aleppo"), "2021-09-15", "مصادر محلية", SDF,
           note="two axes: one group at the first; one NA fighter and several SDF: no figure (a singular and no "
                "numeral); the next sentence's sources come back to the lead's clash"),
         E("shelling", None, PL("منغ", "Menagh", "Aleppo"), "2021-09-15", "مصادر محلية", TUR,
           note="three villages: one group at the first; inside the sources' sentence"),
         E("armed_clash", Q("3", 3), PL("الحصان", "Al-Hussan", "Deir ez-Zor"), "2021-09-16",
           "المقاومة الشعبية في المنطقة الشرقية", UNK,
           note="an ambush claimed by the group that did it: its statement is the source; undated: the publication "
                "day")])

passage("ls24", "2022-09-08", "SOHR", "a strike with its dead, the day's raids counted, last month's raids recalled "
        "whose total is their sum; published date inferred "
        "| page: https://www.syriahr.com/شهيدان-وجرحى-بقصف-جوي-روسي-على-منطقة-ب/558663/",
        "المرصد السوري: قتيلان وجرحى بضربات روسية على منطقة «بوتين – أردوغان»، و12 غارة على ريف إدلب\n"
        "قال المرصد السوري لحقوق الإنسان إن نشطاءه وثقوا مقتل رجل وابنه وجرح آخرين حين أغارت طائرات روسية على منزل "
        "ومنشأة صناعية في الشيخ يوسف غربي إدلب. وارتفع بذلك عدد الغارات الروسية إلى 12، أصابت مواقع مدنية ومقرات "
        "لهيئة تحرير الشام في حفسرجة والشيخ يوسف، وكان المرصد قد تحدث قبل ذلك عن غارات حول حفسرجة وسيجر وعلى مقربة من "
        "الغفر في سهل الروج. وهذه أولى الضربات في أيلول الجاري، بعد أكثر من أسبوع على سابقاتها في 31 آب، "
        "الشهر الذي رصد فيه المرصد 16 غارة روسية على المنطقة لم توقع ضحايا، منها غارتان في 31 آب على محيط سرجة وعلى "
        "أطراف إدلب، و14 غارة على حرش مدينة إدلب، حيث مقرات الفصائل ومعسكراتها، في 23 آب.",
        [E("airstrike", None, PL("الشيخ يوسف", "Al-Sheikh Yusuf", "Idlib"), "2022-09-08",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="a man and his son killed (no numeral; the headline's «قتيلان» is a dual): no figure"),
         E("airstrike", Q("12", 12, nth=1), PL("حفسرجة", "Hafsarjah", "Idlib"), "2022-09-08",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="UNSURE: the day's twelve raids over Hafsarjah and al-Sheikh Yusuf (one group at the first, the "
                "raids its count); the strike with the dead is one of them and a coder could fold it in"),
         E("airstrike", None, PL("سرجة", "Sarjah", "Idlib"), "2022-08-31", "المرصد السوري لحقوق الإنسان", RUS,
           note="a recalled strike with its day (stop 41); «غارتان» is a dual: no figure; two places: a group"),
         E("airstrike", Q("14", 14), PL("إدلب", "Idlib", "Idlib", nth=3), "2022-08-23", "المرصد السوري لحقوق الإنسان",
           RUS, note="the woods of Idlib city: a landmark placed at the city; the month's 16 raids equal the two "
                     "strikes listed (2 + 14): no aggregate of its own (stop 34)")])

passage("ls25", "2022-09-18", "Watan FM", "a former fighter shot dead, told by a monitoring group; published date "
        "from the text | page: https://watan.fm/news/173984",
        "اغتال مسلحون لم تُعرف هويتهم مقاتلاً سابقاً في صفوف المعارضة بمحافظة درعا. ونقل «تجمع أحرار حوران» أن الشاب "
        "«سعيد الحمد» لقي حتفه أمس السبت 17 أيلول برصاص أطلقه عليه مجهولون مباشرة في مدينة داعل، وسط ريف درعا، وأنه "
        "كان ينتمي إلى أحد فصائل الجيش الحر قبل أن يسيطر النظام على المحافظة في منتصف 2018. ويتهم ناشطون من درعا "
        "خلايا تابعة لقوات الأسد وللميليشيات الإيرانية بالوقوف وراء الاغتيالات التي تطال الأهالي ومعارضي الأمس.",
        [E("armed_clash", None, PL("داعل", "Dael", "Daraa"), "2022-09-17", "تجمع أحرار حوران", UNK,
           note="a killing by unknown gunmen (stop 30); the lead and the group's telling are one incident"),
         E("territory_change", None, PL("المحافظة", "Daraa", "Daraa"), "2018", "تجمع أحرار حوران", GOV,
           note="UNSURE (as ls21): the regime's takeover of the province in mid-2018, a recall with a place")])

passage("ls26", "2021-09-08", "Zaman Masdar", "an Israeli strike told by a military source, the strike of the Saturday "
        "before with the monitor's toll; published date inferred "
        "| page: https://zamanmasdar.com/archives/هجوم-صاروخي-إسرائيلي-على-ريف-دمشق-ووقو/",
        "أعلن إعلام النظام السوري فجر الأربعاء أن إسرائيل نفذت هجوماً بالصواريخ على ريف دمشق، إذ نسب إلى مصدر عسكري "
        "قوله إن الضربة طالت منطقة على أطراف العاصمة واقتصرت أضرارها على الماديات. ويأتي الهجوم بعد أيام من ضربة "
        "صاروخية إسرائيلية على ريف دمشق جُرح فيها جنديان من جيش النظام؛ فقد أفاد مصدر عسكري في جيش النظام بأن إسرائيل "
        "أطلقت السبت الماضي رشقة من صواريخ أرض – أرض من شمالها على نقاط في ريف دمشق، وبأن الدفاعات الجوية اعترضت "
        "الصواريخ وأسقطت عدداً منها. وبحسب المرصد السوري لحقوق الإنسان، دمّر ذلك القصف مستودعات أسلحة وذخيرة لحزب "
        "الله والميليشيات الموالية لإيران في قدسيا والديماس، وقُتل فيه 5 من عناصر الميليشيات.",
        [E("airstrike", None, PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2021-09-08", "مصدر عسكري", ISR,
           note="damage only: no figure; the relayed military source (stop 34)"),
         E("shelling", Q("5", 5), PL("قدسيا", "Qudsaya", "Rif Dimashq"), "2021-09-04", "مصدر عسكري في جيش النظام", ISR,
           note="TYPE CALL: surface-to-surface missiles fired from Israel: shelling (a ground-launched missile); the "
                "Observatory's later sentence gives the places and the dead, which belong to the act (5); two places: "
                "one group at the first; the two wounded of the first telling are the same strike")])

passage("ls27", "2024-01-02", "Fresh Syria", "an Israeli strike told by SANA's source and located by local sources, a "
        "week's count, the earlier strikes recalled | page: https://freshsyria.net/archives/126092",
        "غارة إسرائيلية على مواقع عسكرية قرب دمشق هي السادسة في أسبوع\n"
        "كثّفت إسرائيل ضرباتها على مواقع النظام والميليشيات الموالية له، فبلغت 6 ضربات في أسبوع واحد. ونقلت وكالة "
        "«سانا» عن مصدر عسكري أن الطيران الإسرائيلي استهدف فجر اليوم الثلاثاء، انطلاقاً من الجولان المحتل، مواقع حول "
        "ريف دمشق، زاعماً أن الأضرار مادية فقط. غير أن مصادر من المنطقة قالت إن الغارة أصابت سرية المدفعية جنوبي بلدة "
        "كناكر في الريف الغربي، وإن انفجارات قوية دوّت في دمشق. وكانت آخر الضربات السابقة يوم السبت الماضي، حين أعلن "
        "الجيش الإسرائيلي أنه ضرب أهدافاً في سوريا رداً على صاروخين أُطلقا من الجولان نحو شمال الأراضي المحتلة، وأغار "
        "كذلك على مناطق جنوبي حلب. ويوم الخميس الماضي، قصفت المقاتلات الإسرائيلية مواقع في محيط دمشق وريف السويداء "
        "على دفعتين فصلت بينهما نحو ساعتين.",
        [E("airstrike", Q("6", 6), None, None, None, ISR, kind="aggregate",
           note="the week's count of strikes: an airstrike aggregate (period the week to the day); more than the "
                "strikes listed: coded beside them"),
         E("airstrike", None, PL("كناكر", "Kanakir", "Rif Dimashq"), "2024-01-02", "مصدر عسكري", ISR,
           note="the relayed military source tells the strike, local sources its target (south of the town): one "
                "event, placed at the town; the Golan is where it came from"),
         E("airstrike", None, None, "2023-12-30", "الجيش الإسرائيلي", ISR,
           note="Saturday's strikes «in Syria»: no place; the two rockets fired from the Golan are told as their "
                "cause, a dual with no place in Syria: not coded"),
         E("airstrike", None, PL("حلب", "Aleppo", "Aleppo"), "2023-12-30", "الجيش الإسرائيلي", ISR,
           note="south of Aleppo: a bearing, placed at the city; the same announcement"),
         E("airstrike", None, PL("دمشق", "Damascus", "Damascus", nth=3), "2023-12-28", None, ISR,
           note="Thursday's two rounds over Damascus's surroundings and the Sweida countryside: one group at the "
                "first; «دفعتين» is a dual: no figure")])

passage("ls28", "2023-06-16", "Syria TV", "who a Turkish drone killed: photos, a source close to the SDF, a medical "
        "source | page: https://syria.tv/كشف-هوية-القتلى-من-استهدفت-المسيّرة-التركية-في-القامشلي؟",
        "نشر ناشطون وحسابات موالية لـ«قسد» على مواقع التواصل صور اثنين ممن قضوا في الضربة التي شنتها مسيّرة تركية يوم "
        "الأربعاء في محيط القامشلي شمال شرقي البلاد. وبيّن مصدر قريب من قسد أن اللقطات تخص «آزاد كوزال»، الكادر في "
        "حزب العمال الكردستاني الذي يحمل الجنسية التركية وقدم إلى سوريا من مخيم مخمور، وإلى زوجته «روجين علي» ابنة "
        "منطقة سويدية في ريف القامشلي، التي تزوجها قبل نحو 6 أعوام. وكانت المسيّرة قد أطلقت الأربعاء ثلاثة صواريخ على "
        "سيارة من نوع «أفانتي» تقل أربعة من عناصر قسد وقيادييها قرب قرية شورك شرقي القامشلي، فيما أكد مصدر طبي أن "
        "سيارات الإسعاف نقلت جثث القتلى الأربعة إلى المشفى العسكري «خبات» في المدينة.",
        [E("airstrike", Q("الأربعة", 4), PL("شورك", "Shurk", "Al-Hasakah"), "2023-06-14", "مصدر طبي", TUR,
           note="the drone strike of Wednesday (two days before a Friday page); the dead (four) are its figure; the "
                "village is the most specific place; the photos and the identities add no event; the medical "
                "source gives the dead")])

passage("ls29", "2023-07-20", "SOHR", "government artillery on a list of villages, mutual shelling on another front; "
        "published date inferred "
        "| page: https://www.syriahr.com/المرصد-السوري-لحقوق-الإنسان-قوات-الحك-42/603044/",
        "المرصد السوري: مدفعية القوات الحكومية تستهدف قرى في ريفي حماة\n"
        "أطلقت مدفعية قوات الحكومة السورية عشرات القذائف على قرى عدة في أرياف محافظة حماة شمال غربي البلاد. وبحسب "
        "المرصد السوري لحقوق الإنسان، طال القصف العنيف قرى آهلة بالسكان هي تل واسط والقاهرة والمنصورة وقليدين وخربة "
        "الناقوس والسرمانية والعنكاوي، فضلاً عن المشيك والقرقور والزيارة، في الريفين الغربي والشمالي الغربي لحماة، من "
        "دون ورود معلومات عن ضحايا. وعلى خطوط التماس في ريف حلب الغربي، تبادلت القوات الحكومية والفصائل الموالية "
        "لأنقرة القصف، ما أوقع إصابات بشرية، وسط استهدافات متبادلة تكاد تكون يومية.",
        [E("shelling", Q("عشرات", 20, 90, True), PL("تل واسط", "Tall Wasit", "Hama"), "2023-07-20",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="dozens of shells, no dead: the shells are the figure; a list of villages: one group at the first; "
                "the Observatory's next sentence comes back to the lead's shelling"),
         E("shelling", None, PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"), "2023-07-20", None, GOV,
           note="mutual shelling on another front, no source of its own: outlet; wounded only: no figure; the agent "
                "is the first side named")])

passage("ls30", "2023-11-28", "Ramallah News (relaying Anadolu)", "an Israeli strike told by a military source; "
        "drones and a rocket from Syria over the Golan recalled; published date inferred "
        "| page: https://ramallah.news/post/233739/غارات-إسرائيلية-تستهدف-ريف-دمشق-مخلفة-أضرارا-مادية",
        "أعلن مصدر عسكري في جيش النظام السوري الثلاثاء أن طائرات إسرائيلية أغارت من جهة الجولان المحتل على مناطق في "
        "ريف دمشق، وخلّفت أضراراً مادية. ونقلت «سانا» عن المصدر، الذي لم تكشف اسمه، أن الهجوم وقع نحو الساعة 4:35 "
        "فجراً بالتوقيت المحلي واستهدف عدداً من النقاط، من دون أن يذكر وقوع إصابات. ويوم الأحد، قالت إذاعة الجيش "
        "الإسرائيلي إن مسيّرة آتية من الأراضي السورية اعتُرضت فوق الجولان المحتل، وقبلها بيومين، الجمعة، سقط في "
        "الجولان صاروخ أُطلق من سوريا، بحسب بيان لقوات النظام. أما الأربعاء الماضي فأعلنت الإذاعة ذاتها أن طائرة "
        "مسيّرة محمّلة بالمتفجرات انطلقت من سوريا وسقطت في الجولان. وتبقى جبهة الجولان أهدأ من الحدود اللبنانية منذ "
        "اندلاع حرب غزة في 7 تشرين الأول/أكتوبر 2023، وإن كانت تشهد توترات متقطعة.",
        [E("airstrike", None, PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2023-11-28",
           "مصدر عسكري في جيش النظام السوري", ISR, note="damage only: no figure; the Golan is where it came from"),
         E("airstrike", None, PL("الجولان", "Golan Heights", "Quneitra", nth=1), "2023-11-26", "إذاعة الجيش الإسرائيلي",
           UNK, note="UNSURE: a drone from Syria intercepted over the occupied Golan: an attempted drone attack by an "
                     "unnamed side; a coder could leave the Golan items out as Israel's side"),
         E("shelling", None, PL("الجولان", "Golan Heights", "Quneitra", nth=2), "2023-11-24", "قوات النظام", UNK,
           note="a rocket fired from Syria fell in the Golan; the source is the regime forces' statement"),
         E("airstrike", None, PL("الجولان", "Golan Heights", "Quneitra", nth=3), "2023-11-22", "الإذاعة ذاتها", UNK,
           note="an explosive-laden drone from Syria fell in the Golan; the source is the same radio (anaphoric)")])

passage("ls31", "2024-01-02", "Thawabit", "an Israeli strike told by the agency and by a ministry statement via "
        "Reuters, last week's strikes recalled, a running count of IRGC officers killed "
        "| page: https://www.thawabit.net/سوريا-تعلن-عن-غارات-إسرائيلية-استهدفت/",
        "أفادت الوكالة العربية السورية للأنباء بأن نقاطاً عسكرية في ريف دمشق تعرضت فجر اليوم الثلاثاء لهجوم جوي "
        "إسرائيلي أسفر عن سقوط بعض الصواريخ وأضرار مادية. ونقلت وكالة رويترز عن بيان لوزارة الدفاع السورية أن "
        "الصواريخ الإسرائيلية أصابت أهدافاً عسكرية خارج دمشق ولم تُحدث سوى أضرار مادية، بعدما اعترضت الدفاعات الجوية "
        "بعضها وأسقطته. وكان الجيش السوري قد أعلن الأسبوع الماضي أن نقاطاً في جنوب البلاد تعرضت لضربات صاروخية "
        "إسرائيلية جُرح فيها جندي، فيما ذكرت تقارير محلية ومصادر حقوقية أن تلك الضربات طالت مواقع في ريف دمشق بينها "
        "مستودع أسلحة. وقد تصاعدت الهجمات الإسرائيلية على الجماعات الموالية لإيران في سوريا منذ «طوفان الأقصى» في "
        "تشرين الأول/أكتوبر الماضي، وتقول رويترز إن أكثر من ستة ضباط في الحرس الثوري الإيراني قُتلوا في ضربات يُشتبه "
        "بأنها إسرائيلية في سوريا منذ كانون الأول/ديسمبر.",
        [E("airstrike", None, PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2024-01-02",
           "الوكالة العربية السورية للأنباء", ISR,
           note="the agency and the ministry's statement tell one strike; the agency is named first"),
         E("airstrike", None, PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq", nth=1), None, "الجيش السوري", ISR,
           note="last week's strikes recalled with a place (stop 41): the army names the south, local reports "
                "the Rif Dimashq sites (the most specific place given); one soldier wounded: no figure; dated only "
                "by «الأسبوع الماضي»"),
         E("airstrike", Q("أكثر من ستة", 6, None), None, None, "رويترز", ISR, kind="aggregate",
           note="IRGC officers killed in suspected Israeli strikes since December: a running toll of one cause "
                "(airstrike aggregate), low 6 open")])

passage("ls32", "2025-01-05", "Shaam News Network", "a security sweep with gunfire and raids on depots, criminal "
        "arrests beside it; published date inferred "
        "| page: https://shaam.org/news/syria-news/بعد-خطاب-مشبوه-من-جهات-متورطة-بجرائم-الأمن-العام-يلاحق-فلول-النظام-بحمص",
        "«الأمن العام» يطارد فلول النظام في حمص بعد خطاب «مريب» لجهات متورطة بالجرائم\n"
        "نفذت دوريات أمنية حملة دهم في محافظة حمص لتعقّب مطلوبين بجرائم سرقة ونهب وتجارة مخدرات، وسُمع خلالها إطلاق "
        "نار بعدما قاوم بعض المطلوبين القوات الأمنية. ودهمت «إدارة الأمن العام» التابعة لوزارة الداخلية مقرات ومراكز "
        "يتحصن فيها عناصر من فلول النظام البائد، تضم أسلحة وذخائر ومسروقات في مستودعات كانت لميليشيات الفرقة الرابعة "
        "عند أطراف حمص. وفي إطار حملة ملاحقة اللصوص والمطلوبين في المدينة، اعتقلت قوات الداخلية تاجر حشيش، فيما "
        "أعادت شرطة حمص سيارة مسروقة إلى مالكتها بعد القبض على سارقها. وكانت فرق الوزارة قد ألقت القبض على عصابة "
        "سرقة في مدينة حمص واستعادت المسروقات لتُسلَّم إلى أصحابها وفق الأصول القانونية، بحسب بيان رسمي.",
        [E("arrest", None, PL("حمص", "Homs", "Homs", nth=2), "2025-01-05", None, NEWGOV,
           note="UNSURE: the sweep and the raids on the remnants' depots on the city's edge are one operation (an "
                "arrest campaign with gunfire from the wanted, no clash told as such); the Fourth Division named the "
                "depots' old owners. Not coded: a hashish dealer's and a car thief's arrests and a theft gang "
                "recalled (ordinary crime, which an ACLED coder leaves out; a second coder could code them)")])

passage("ls33", "2025-03-04", "Egy-Press (relaying Anadolu)", "a ministry's statement of arrests and a depot seized "
        "in a village; background on the new authorities; published date inferred "
        "| page: https://www.egy-press.com/139936",
        "أعلنت وزارة الداخلية السورية يوم الثلاثاء أن قوات الأمن صادرت أسلحة وذخائر وقبضت على «عناصر إرهابية» في عملية "
        "بريف حمص وسط البلاد. وأوضحت الوزارة، في بيان على «تلغرام»، أن مديرية الأمن الداخلي بتلكلخ اعتقلت، "
        "بالتنسيق مع جهاز المخابرات العامة، عدداً من الخارجين عن القانون، واستولت على مستودع للأسلحة والذخائر، ضمن "
        "العملية الأمنية الجارية في قرية أم الدوالي بهدف تثبيت الأمن في المحافظة. وأضافت أن الأسلحة صودرت وأن "
        "الموقوفين أُحيلوا إلى القضاء. وتسعى الحكومة السورية إلى ضبط الأمن وملاحقة فلول نظام الأسد المخلوع، "
        "الذي حكم بين 2000 و2024، ممن يثيرون قلاقل أمنية من حين لآخر، بعدما سيطرت الفصائل على البلاد في 8 كانون الأول/ديسمبر "
        "2024 لتطوي 61 عاماً من سلطة حزب البعث.",
        [E("arrest", None, PL("أم الدوالي", "Umm al-Dawali", "Homs"), "2025-03-04", "وزارة الداخلية السورية", NEWGOV,
           note="«عدد من» is no figure; the lead and the statement tell one operation; Tall Kalakh names the "
                "directorate, the village is the place. The takeover of December 2024 is history with no place of "
                "its own (the country): not coded")])

passage("ls34", "2025-01-31", "Al-Mal wal-Nujoum", "a clash during an arrest attempt, told by security sources and "
        "the ministry's platform; published date inferred | page: https://almelnoujoum.com/s926",
        "اندلعت فجر اليوم الجمعة مواجهات دامية في مدينة حمص بين قوات الأمن العام ومجموعة مسلحة يُعتقد أنها من فلول "
        "النظام السابق، في تطور مفاجئ يكشف بقاء التوتر في مناطق كانت خاضعة للنظام. ونقلاً عن مصادر أمنية في وزارة "
        "الداخلية، أصيب أربعة من عناصر الأمن العام في المواجهات التي وقعت في وادي الذهب، وهو من أكثر أحياء المدينة "
        "اضطراباً في السنوات الأخيرة. وبيّنت منصة «ردع العدوان» التابعة للوزارة أن القتال بدأ حين حاولت القوات توقيف "
        "طيار سابق برتبة عقيد في جيش النظام، إثر تقارير أمنية عن تحركات مريبة له وصلات بمجموعات «خارجة عن القانون».",
        [E("armed_clash", None, PL("وادي الذهب", "Wadi al-Dhahab", "Homs"), "2025-01-31",
           "مصادر أمنية في وزارة الداخلية", NEWGOV,
           note="the four wounded are never the figure (stop 30); the quarter is the place; the next sentence's "
                "source comes back to the same clash; the failed arrest is how it began (no event of its own)")])

passage("ls35", "2025-11-23", "Shorouk News (relaying Anadolu)", "a curfew after a double killing, a ministry's "
        "warning and deployment | page: https://www.shorouknews.com/news/view.aspx?cdate=23112025&id=e63edca9-04c3-466a-a7f8-75b5a1eae1a4",
        "فرضت السلطات الأمنية السورية الأحد حظر تجول مؤقتاً في مدينة حمص، بعدما قُتل رجل مع زوجته في زيدل، إحدى "
        "بلدات ريف المحافظة، في حين نبهت وزارة الداخلية إلى خطر توظيف الجريمة في إشعال فتنة طائفية. ويُعرف عن محافظة حمص تنوعها "
        "الطائفي، وتقول الحكومة إن حماية الأقليات في صدارة أولوياتها. ونقلت قناة «الإخبارية» الرسمية عن مصدر في "
        "الوزارة أن الأمن الداخلي قرر حظر التجول في المدينة من الخامسة مساءً حتى الخامسة صباحاً. وقالت الداخلية في "
        "بيان إن قواتها رفعت جاهزيتها وانتشرت بكثافة في زيدل ومحيطها وفي مناطق عدة جنوبي حمص، حفاظاً على الأمن عقب "
        "الجريمة، مشددة على ضرورة قطع الطريق على أي محاولة لاستغلالها، ومؤكدة أن الجهات المختصة تجمع الأدلة وتتابع "
        "الإجراءات القانونية.",
        [E("casualties", None, PL("زيدل", "Zaidal", "Homs"), "2025-11-23", None, None,
           note="a man and his wife killed with no act or perpetrator told (a «crime»): casualties; no numeral; "
                "undated: the publication day"),
         E("statement", None, PL("حمص", "Homs", "Homs"), "2025-11-23", "مصدر في الوزارة", NEWGOV,
           note="the curfew decision of internal security (a bare decision by a named body: statement, as sets "
                "86-93); the ministry source relayed by the channel is its source"),
         E("statement", None, None, "2025-11-23", "وزارة الداخلية", NEWGOV,
           note="the ministry's warning against stirring strife (stop 32)"),
         E("reinforcement", None, PL("زيدل", "Zaidal", "Homs", nth=1), "2025-11-23", "الداخلية", NEWGOV,
           note="the deployment in the town and south of Homs: placed where the forces are sent (stop 41), at the "
                "first place")])


def main() -> None:
    write("gold118.jsonl", P118)


if __name__ == "__main__":
    main()
