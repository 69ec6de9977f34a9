"""Build gold120.jsonl: development set 120 (ids lu01…), written in stop 42 by writer w120 BEFORE any run on it.

A FRESH set (closed to everyone until the next stop judges its fixes on it). 35 short excerpts (a headline line
where the page had one, a lead and a few details; 40-130 words), each the paraphrase of ONE real page found in the
search tool's `pages` corpus (queried in Arabic), 2011-2025, about 30 outlets: Jisr al-Shughur 2011, Baba Amr 2012,
Qusayr 2013, Aleppo barrels 2013 and 2016, Idlib and Aleppo offensives 2014-2016 and 2024, evacuations of Aleppo,
Waer and the four towns, Raqqa 2017, Afrin 2018 and 2020, HTS arrests, Daraa after the settlement (assassinations,
the Muzayrib killings, the 2021 siege, IS leaders 2022), Peace Spring 2019, Turkish soldiers in Idlib 2020, the tribal
war in Deir ez-Zor 2023, the coast 2024-25, Sweida 2025, rights groups' monthly tallies. Every sentence was
rewritten (no run of five words, names aside, is shared with its page: checked by script against the page text,
which was kept outside the repository); the incidents, their order, places, figures, dates, sources and hedges are
the page's; private people's names are invented. Each passage's `style` ends with the page's address.
Gold follows news_dev's README and the events_probe README's conventions of stops 28, 30, 32, 34 and 41. Offsets
are computed by build.build and checked.

    python benchmarks/data/events_probe/build120.py      # rewrites gold120.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, DRUZE, FSA, GOV, HEZ, HTS, IS, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR,  # noqa: E402,F401
                   E, write)
from build import UNID as UNK  # noqa: E402

P120: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P120.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("lu01", "2011-06-09", "Euronews Arabic", "refugees to Turkey, a border stance, a column of tanks, a disputed "
        "toll, a night protest | page: http://arabic.euronews.com/2011/06/09/turkey-urges-syria-to-curb-violence-against-civilians",
        "أكثر من أربعمئة سوري يفرّون من جسر الشغور نحو تركيا\n"
        "فرّ ما يزيد على أربعمئة من سكان جسر الشغور، البلدة الواقعة في ريف إدلب الشمالي الغربي، باتجاه الأراضي التركية، في ظل تواصل "
        "حملة القمع ضد المحتجين، وأكدت أنقرة أنها لن توصد حدودها في وجههم، علماً أن نحو ثمانمئة سوري كانوا قد لجؤوا إليها "
        "منذ آذار. وجاء النزوح إثر دخول رتل عسكري يضم زهاء أربعين دبابة ومدرعة إلى المدينة، التي لقي فيها أكثر من مئة "
        "عسكري حتفهم؛ إذ تنسب دمشق مقتلهم إلى عصابات مسلحة، بينما يؤكد حقوقيون أنهم سقطوا خلال تمرد داخل مقر الأمن "
        "العسكري بعدما أبوا توجيه الرصاص إلى صدور المتظاهرين. وخرج سكان المدينة في مظاهرة ليلية رفضاً لأي تدخل عسكري.",
        [E("other", Q("ما يزيد على أربعمئة", 400, None, True), PL("جسر الشغور", "Jisr al-Shughur", "Idlib", nth=1),
           "2011-06-09", None, None,
           note="flight to Turkey (displacement): placed at the town it left; the text gives no day, so the publication "
                "day (stop 34); «أكثر من أربعمئة» in the headline is the same telling"),
         E("other", Q("نحو ثمانمئة", 800, approx=True), None, None, None, None, kind="aggregate",
           note="a running total of Syrians who took refuge in Turkey since March: an aggregate with no place (a "
                "residence abroad, stop 28 convention a); period 2011-03..2011-06-09"),
         E("statement", None, None, "2011-06-09", "أنقرة", TUR,
           note="Ankara's stance that its border stays open: a named body's stance told as its own matter (stop 32); "
                "a second coder could leave it out as background"),
         E("reinforcement", Q("زهاء أربعين", 40, approx=True), PL("جسر الشغور", "Jisr al-Shughur", "Idlib", nth=1),
           None, None, GOV,
           note="a column of about forty tanks and armoured vehicles sent into the town (the destination is the place, "
                "stop 41). FIGURE CALL: the vehicles are the reinforcement's own count; a coder could give none. "
                "Undated: told as the cause of the flight"),
         E("armed_clash", Q("أكثر من مئة", 100, None, True), PL("جسر الشغور", "Jisr al-Shughur", "Idlib", nth=1),
           None, None, None,
           note="more than a hundred soldiers killed in the town, recalled without a day (background): Damascus "
                "blames armed gangs, rights activists a mutiny at the military security HQ; either telling is a fight "
                "with dead, so one armed_clash; the mutiny telling is the other side's and adds no defection event. "
                "No source (the outlet gives both tellings)"),
         E("protest", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib", nth=1), "2011-06-09", None, PROT,
           note="a night protest against intervention; no crowd or toll")])

passage("lu02", "2011-06-13", "Al-Chourouk (Tunisia, via Turess)", "the army storms a town, the state TV's telling, "
        "a refugee total, a mass grave, activists' and AFP's tellings | page: https://www.turess.com/alchourouk/193002",
        "الجيش السوري يقتحم جسر الشغور وخمسة آلاف نازح في تركيا\n"
        "اقتحمت وحدات من الجيش مدينة جسر الشغور في محافظة إدلب، وخاضت مواجهات مع من وصفتهم بالتنظيمات المسلحة "
        "المتحصنة فيها، فيما واصل الأهالي الهرب نحو تركيا حتى بلغ عدد النازحين إليها أمس الأحد نحو خمسة آلاف. وذكر "
        "التلفزيون الرسمي أن الوحدات استعادت المشفى الوطني بعدما نزعت عبوات ديناميت زُرعت على الجسور والطرقات، معترفاً "
        "بوقوع قتلى وجرحى بين الجنود، وأعلن العثور على مقبرة جماعية لعناصر من الأمن. كما تحدث عن مقتل مسلحَين اثنين "
        "والقبض على كثيرين وحجز رشاشات. وكان ناشطون قد أفادوا بأن دبابات دخلت المدينة منذ ليل السبت بعد تمشيط القرى "
        "المحيطة، ونقلت وكالة فرانس برس عن حقوقي أن القصف بدأ في السابعة صباحاً.",
        [E("territory_change", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib", nth=1), "2011-06-12",
           "التلفزيون الرسمي", GOV,
           note="the army retakes the town (ACLED: government regains territory); the clashes, the hospital, the "
                "arrests and the two gunmen killed are this one operation. Source: the state TV's next sentence comes "
                "back to the same storming (stop 30). FIGURE: «مسلحَين اثنين» is the other side's two dead inside the "
                "telling; gold gives no figure (the army's own dead are unnumbered). DATE CALL: activists put the entry "
                "on Saturday night, the TV's telling is of Sunday; the 12th"),
         E("other", Q("نحو خمسة آلاف", 5000, approx=True), None, "2011-06-12", None, None, kind="aggregate",
           note="a running total of refugees in Turkey («أمس الأحد»): no place (a residence abroad)"),
         E("other", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib", nth=1), None, "التلفزيون الرسمي", GOV,
           note="a mass grave of security men found (bodies found); the TV announces it; undated"),
         E("shelling", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib", nth=1), "2011-06-12", "حقوقي", GOV,
           note="shelling from seven in the morning, told by a rights activist whom AFP relays (the one relayed is the "
                "source, stop 34); a coder could fold it into the storming")])

passage("lu03", "2012-02-22", "Ennahar (Algeria, via Djazairess)", "a day of shelling counted in shells; yesterday's "
        "toll split between two massacres; an activist killed | page: https://djazairess.com/ennahar/102084",
        "بابا عمرو تحت القصف لليوم الثامن عشر\n"
        "يتعرض حي بابا عمرو وأحياء أخرى في حمص منذ الفجر لقصف مدفعي مكثف يدخل يومه الثامن عشر، خلّف عشرات القتلى "
        "والجرحى، وأحصى الأهالي حتى الآن ما يفوق 250 قذيفة هوت على الحي، فيما تطوّق الدبابات والمدافع الثقيلة المدينة "
        "وتحلّق طائرات استطلاع بحثاً عن مواقع العسكريين المنشقين. وبلغت حصيلة قتلى الأمس برصاص قوات الأمن 106، سقطوا في "
        "مجزرتين: أكثر من 55 في إدلب و49 في بابا عمرو. وخسر الحي ناشطه رامي السيد، الذي صوّر معظم المقاطع الخارجة منه "
        "وأمّن البث المباشر للفضائيات. ويجتمع في جنيف اليوم وفد يمثل المجلس الوطني السوري.",
        [E("shelling", Q("ما يفوق 250", 250, None, True), PL("بابا عمرو", "Baba Amr", "Homs", nth=1), "2012-02-22",
           None, GOV,
           note="today's shelling of Baba Amr and other districts. FIGURE CALL: «عشرات القتلى والجرحى» is a vague "
                "combined figure; the shells counted (more than 250) are the act's own count; a coder could take the "
                "dozens. Headline and body are one telling"),
         E("casualties", Q("أكثر من 55", 55, None, True), PL("إدلب", "Idlib", "Idlib"), "2012-02-21", None, GOV,
           note="yesterday's massacre in Idlib, «برصاص قوات الأمن»: a known force killing outside a protest is "
                "casualties (stop 30, ACLED). The 106 is the sum of the two massacres listed (55+ and 49): no event of "
                "its own (stop 34). Idlib read as the city"),
         E("casualties", Q("49", 49), PL("بابا عمرو", "Baba Amr", "Homs", nth=2), "2012-02-21", None, GOV,
           note="yesterday's second massacre, in Baba Amr; the activist's death is inside it (no figure of its own)")])

passage("lu04", "2013-05-20", "Al-Sharq (Qatar, via Sauress), relaying SOHR and AFP", "a storming with one side's "
        "dead, a military source's telling, a city's day toll naming several kinds of act, a national running total "
        "| page: https://sauress.com/alsharq/841203",
        "المرصد: 23 قتيلاً من حزب الله في معارك القصير\n"
        "أعلن اليوم الاثنين المرصد السوري لحقوق الإنسان أن 23 مقاتلاً من وحدات النخبة في حزب الله اللبناني قُتلوا، وأصيب "
        "ما لا يقل عن سبعين، خلال مواجهات الأحد في مدينة القصير بريف حمص، إثر اقتحام القوات النظامية لها. وكانت هذه "
        "القوات قد دخلت بإسناد من الحزب المدينة الخاضعة للمعارضة منذ ما يزيد على عام، وقال مصدر عسكري سوري لفرانس برس "
        "إنها أحكمت قبضتها على ساحتها الرئيسية ورفعت العلم فوق مبنى البلدية. وبحسب المرصد، حصدت الغارات والقصف "
        "والاشتباكات في المدينة يوم الأحد 55 قتيلاً في الأقل، منهم 51 من مقاتلي المعارضة. ويقدّر المرصد حصيلة النزاع "
        "منذ آذار 2011 بأربعة وتسعين ألف قتيل.",
        [E("territory_change", Q("23", 23, nth=1), PL("القصير", "Al-Qusayr", "Homs", nth=1), "2013-05-19",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the storming of Qusayr on Sunday: the fight and the partial taking (the main square, the flag on the "
                "town hall, told by a military source to AFP) are one battle; its figure is the first side numbered "
                "(23 Hezbollah fighters), no total of both sides is written. A coder could type it armed_clash"),
         E("casualties", Q("55", 55, None, True), PL("القصير", "Al-Qusayr", "Homs", nth=1), "2013-05-19",
           "المرصد", None, kind="aggregate",
           note="the city's toll of the day from raids, shelling and clashes: a toll naming several kinds of act is "
                "casualties (stop 32), over more than the act coded above, so an aggregate beside it (stop 34); 51 "
                "rebels are its breakdown. A coder could fold it into the battle"),
         E("casualties", Q("أربعة وتسعين ألف", 94000), None, None, "المرصد", None, kind="aggregate",
           note="the monitor's national running toll since March 2011 (period 2011-03..2013-05-20)")])

passage("lu05", "2013-12-16", "Noon Post", "barrels on a city over two days: yesterday's toll, today's barrels and "
        "artillery | page: https://noonpost.com/1254/?noamp=mobile&print=print",
        "براميل النظام تنهمر على حلب لليوم الثاني\n"
        "بعد أيام حجبت فيها الغيوم سماء حلب، عادت طائرات النظام مع صفاء الجو لتلقي براميلها المتفجرة على المدينة بكثافة "
        "غير معهودة. فقد طال القصف أمس طوال النهار ما يزيد على 17 حياً سكنياً، أغلبها عند المداخل الشرقية والجنوبية "
        "للمدينة، وأوقع 125 قتيلاً على الأقل تمكّن الناشطون من توثيقهم، في حين لا يزال كثيرون في عداد المفقودين تحت "
        "الركام. واليوم تجددت البراميل لليوم الثاني، مصحوبة بقذائف المدفعية الثقيلة وراجمات الصواريخ، فأصابت أكثر من 12 "
        "منطقة، بينها مدرسة ابتدائية، موقعةً قتلى وجرحى لم يُحصَوا بعد.",
        [E("airstrike", Q("125", 125, None, True), PL("حلب", "Aleppo", "Aleppo"), "2013-12-15", "الناشطون", GOV,
           note="yesterday's barrels on more than 17 unnamed districts: one act, placed at the city; the dead are the "
                "figure (not the 17 districts). Source: the activists who documented the dead; a coder could give "
                "the outlet"),
         E("airstrike", None, PL("حلب", "Aleppo", "Aleppo"), "2013-12-16", None, GOV,
           note="today's barrels on more than 12 areas, a school among them; dead uncounted: no figure (the areas "
                "are not the act's count)"),
         E("shelling", None, PL("حلب", "Aleppo", "Aleppo"), "2013-12-16", None, GOV,
           note="heavy artillery and rocket launchers with today's barrels: ground fire split from the air strike")])

passage("lu06", "2014-05-26", "Akhbar Al Aan", "a new offensive: three positions in three days, the first village "
        "taken, a fighter's account | page: https://www.akhbaralaan.net/news/arab-world/2014/05/26/syria-idlib-army-battles-free-control-forces-assad",
        "ريف إدلب: الثوار يطلقون «التوكل على الله» وينتزعون كفرباسين\n"
        "انتزع مقاتلو الجيش الحر خلال الأيام الثلاثة الماضية ثلاثة مواقع ذات أهمية كانت قوات النظام تتحصن فيها في ريف "
        "إدلب الجنوبي، مع انطلاق المعركة التي سمّوها «التوكل على الله»، والتي تستهدف أولاً حواجز الطريق الدولي بين حلب ودمشق، وهي "
        "حواجز تحمي ما يُعرف بطريق الموت ومعسكر الحامدية. وفي يومها الأول، استعاد الثوار قرية كفرباسين، وما إن سقط حاجز "
        "الخزان فيها حتى لاذ الجنود بالفرار تاركين جثث قتلاهم. ويروي سامر الحلو، أحد مقاتلي لواء الناصر صلاح الدين، أن "
        "رفاقه رصدوا تحركات الجيش والشبيحة في المنطقة شهراً كاملاً قبل اقتحام القرية ونسف الخزان.",
        [E("territory_change", Q("ثلاثة", 3, nth=1), PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"),
           None, None, FSA, kind="aggregate",
           note="three positions taken over three days: a total over more than the one taking the text tells (stop "
                "34), so an aggregate (period 2014-05-23..2014-05-26); «الثلاثة الماضية» is the period, «ثلاثة مواقع» "
                "the figure"),
         E("territory_change", None, PL("كفرباسين", "Kafr Basin", "Idlib", nth=1), None, None, FSA,
           note="Kafr Basin taken on the offensive's first day (the fall of its water-tower checkpoint is the same "
                "act); no day written (about the 23rd): no date. The fighter's month of watching is no event")])

passage("lu07", "2015-04-27", "Arabs Today (Al-Arab Al-Yawm)", "a camp stormed after two car bombs, spoils, the air "
        "force's answer | page: https://www.arabstoday.net/36/جيش-الفتح-يسيطر-على-أحد-أهم-المعاقل-الحكومية-في-إدلب",
        "«جيش الفتح» ينتزع معسكر القرميد في إدلب\n"
        "انتزع مقاتلو «جيش الفتح» فجر اليوم الاثنين معسكر القرميد، وهو من أبرز ما تبقى للقوات الحكومية من مواقع في "
        "محافظة إدلب. ويتألف هذا التحالف من جبهة النصرة وحركة أحرار الشام الإسلامية وجند الأقصى وفصائل أخرى. وبدأت "
        "المواجهات حين فجّر اثنان من مقاتليه عربتين مفخختين قرب أسوار المعسكر، ما أوقع 15 قتيلاً على الأقل من الجنود "
        "والمسلحين الموالين، وغنم المهاجمون سبع دبابات وستة مدافع هاون وراجمات صواريخ وذخائر كثيرة. في المقابل شنّ "
        "الطيران الحربي منذ الصباح ثماني غارات، وألقت المروحيات عشرة براميل متفجرة على الأقل. وبذلك تخسر القوات الحكومية "
        "ثالث معاقلها المهمة في غضون ثلاثين يوماً، بدءاً من 28 آذار.",
        [E("territory_change", None, PL("معسكر القرميد", "Qarmid camp", "Idlib", nth=1), "2015-04-27", None, HTS,
           note="the camp taken (a military site: the place itself). Jaysh al-Fath, a coalition led by Nusra: HTS's "
                "canonical, a coder could give the opposition factions. Its dead go with the bombings below"),
         E("explosion", Q("15", 15, None, True), PL("معسكر القرميد", "Qarmid camp", "Idlib", nth=1), "2015-04-27",
           None, HTS,
           note="two suicide car bombs at the camp's walls: the text ties the 15 dead to them («ما أوقع»). A coder "
                "could fold them into the taking and give it the 15"),
         E("airstrike", Q("ثماني", 8), PL("إدلب", "Idlib", "Idlib", nth=1), "2015-04-27", None, GOV,
           note="eight raids and at least ten barrels since the morning: one air strike event (same day, same "
                "force), its count the raids written first; the text names no target, so the governorate the item is "
                "about. The third stronghold lost in thirty days is a comment, not coded")])

passage("lu08", "2015-05-29", "Ruba3 News, relaying Al Jazeera", "a city taken, a hill and a town, an air raid, a "
        "second front | page: https://ruba3news.com/النظام-السوري-يفقد-آخر-معاقله-بريف-إدل",
        "جيش الفتح يبسط سيطرته على أريحا\n"
        "أفاد مراسل الجزيرة بأن مقاتلي «جيش الفتح» أحكموا أمس الخميس سيطرته التامة على مدينة أريحا، آخر معقل للنظام في ريف إدلب "
        "الغربي، بعد معارك مع قواته. وكان «جيش الفتح» قد أعلن ظهر الأربعاء انطلاق معركة لانتزاع أريحا وجبل الأربعين "
        "ومعترم وكفرنجد، وأكد مراسل الجزيرة نت أن مقاتليه استولوا بالكامل على جبل الأربعين وعلى تلة أرشايا المجاورة "
        "لمعترم. وأضاف ناشطون أن الفصائل دخلت أيضاً كفرنجد الواقعة غرب أريحا، وسط اشتباكات عنيفة حولها وغارات جوية على "
        "جبل الأربعين. وعلى جبهة القلمون قرب الحدود اللبنانية، تحدث مراسل الجزيرة في لبنان عن مواجهات "
        "متقطعة بين «جيش الفتح» ومقاتلي حزب الله.",
        [E("territory_change", None, PL("أريحا", "Ariha", "Idlib", nth=1), "2015-05-28", "مراسل الجزيرة", HTS,
           note="Jaysh al-Fath (Nusra-led coalition): HTS's canonical"),
         E("statement", None, PL("أريحا", "Ariha", "Idlib", nth=2), "2015-05-27", "«جيش الفتح»", HTS,
           note="the coalition's announcement of the battle on Wednesday: a named body's announcement (stop 32), "
                "recalled; placed at its first aim. A coder could leave it out as the offensive's frame"),
         E("territory_change", None, PL("جبل الأربعين", "Jabal al-Arbaeen", "Idlib", nth=1), None, "مراسل الجزيرة نت", HTS,
           note="Jabal al-Arbaeen and the Arshaya hill: one taking told over two places (a group, placed at the first); "
                "undated (between Wednesday and Thursday)"),
         E("territory_change", None, PL("كفرنجد", "Kafr Najd", "Idlib", nth=1), None, "ناشطون", HTS,
           note="the clashes around it are the same taking"),
         E("airstrike", None, PL("جبل الأربعين", "Jabal al-Arbaeen", "Idlib", nth=2), None, "ناشطون", GOV,
           note="air raids on the mountain in the activists' sentence; no toll; the force is not named (the regime's "
                "air force by context)"),
         E("armed_clash", None, PL("القلمون", "Qalamoun", "Rif Dimashq"), None, "مراسل الجزيرة في لبنان", HTS,
           note="intermittent clashes with Hezbollah in Qalamoun; the Lebanese border is a bearing, not the place")])

passage("lu09", "2015-09-01", "WFSP site, relaying SNHR", "a monthly toll with a breakdown by party and category "
        "| page: http://wfsp.org/الرئيسية/أخبار?start=845",
        "الشبكة السورية: 2040 قتيلاً في آب\n"
        "نشرت الشبكة السورية لحقوق الإنسان اليوم الثلاثاء تقريرها عن حصيلة ضحايا شهر آب في سوريا بحسب الأطراف "
        "الرئيسية في النزاع، وأحصت فيه مقتل 2040 شخصاً. وحمّل التقرير القوات الحكومية والميليشيات الرديفة مسؤولية مقتل "
        "1623 منهم، من بينهم 1213 مدنياً، منهم 302 طفل، أي عشرة أطفال في اليوم، و289 امرأة، إلى جانب 77 قضوا تحت "
        "التعذيب و410 من المسلحين. ورأت الشبكة أن بلوغ الأطفال والنساء 40% من الضحايا المدنيين دليل على أن القوات "
        "الحكومية تستهدف المدنيين عمداً.",
        [E("casualties", Q("2040", 2040, nth=1), PL("سوريا", "Syria"), "2015-08", "الشبكة السورية لحقوق الإنسان",
           None, kind="aggregate",
           note="the month's national toll (period 2015-08); the 1623 by government forces and the civilians, "
                "children, women, torture and fighters are its breakdown, no events (stop 34). The headline's 2040 is "
                "the same telling. The closing reading of intent is the report's comment, not a statement")])

passage("lu10", "2016-06-04", "Micro Syria", "two villages taken with sixty dead and eleven captured, a suicide car "
        "bomb, hills taken, the air forces' answer | page: https://microsyria.com/2016/06/04/جيش-الفتح-يتقدم-في-ريف-حلب-ويقتل-60-جنديا",
        "جيش الفتح يقتل 60 جندياً ويأسر 11 قرب خان طومان\n"
        "أفادت مصادر محلية بأن «جيش الفتح» قتل مساء أمس ستين عنصراً من قوات النظام وأسر أحد عشر آخرين، خلال هجوم انتزع "
        "فيه قريتين قرب بلدة خان طومان في الريف الجنوبي الغربي لحلب. وأوضحت المصادر أن مقاتليه سيطروا على قريتي معراتة وحميرة، "
        "وعلى كتيبة دبابات ومستودعات سلاح للنظام، بعدما فجّر عنصر سوري من جبهة النصرة نفسه بسيارة مفخخة بين تجمعات "
        "الجنود في قرية خلصة، التي يحاول المهاجمون اقتحامها بعد تقدمهم على تلال القراصي. وبين القتلى عناصر من ميليشيات "
        "أفغانية. وعقب ذلك، قصفت طائرات روسية وأخرى سورية مناطق المعارضة المحيطة بخان طومان.",
        [E("territory_change", Q("ستين", 60), PL("معراتة", "Maarata", "Aleppo"), "2016-06-03", "مصادر محلية", HTS,
           note="two villages taken in one attack (a group, placed at the first named); the sixty dead are its figure "
                "(the headline's 60 is the same telling); the eleven captured are not an arrest"),
         E("explosion", None, PL("خلصة", "Khalsa", "Aleppo"), "2016-06-03", "المصادر", HTS,
           note="a Nusra suicide car bomb among the soldiers in Khalsa: an act of its own at another village; no "
                "dead tied to it apart"),
         E("territory_change", None, PL("تلال القراصي", "Qarasi hills", "Aleppo"), "2016-06-03", "المصادر", HTS,
           note="the advance on the Qarasi hills, told in passing: another place taken; a coder could fold it into "
                "the group"),
         E("airstrike", None, PL("خان طومان", "Khan Tuman", "Aleppo", nth=2), "2016-06-03", None, RUS,
           note="Russian and Syrian planes bomb the opposition's areas around the town after the attack: an act of "
                "another kind after a sourced report keeps no source (stop 30)")])

passage("lu11", "2016-08-27", "Enab Baladi", "barrels on a funeral gathering, the day before's raids on a town, the "
        "offensive recalled | page: https://enabbaladi.net/100037/الطيران-المروحي-يستهدف-مجلس-عزاء-في-حل/?amp=1",
        "برميلان متفجران يستهدفان معزّين في المعادي بحلب\n"
        "ألقت مروحية تابعة للنظام برميلين متفجرين على تجمّع لمعزّين في حي المعادي بمدينة حلب، فسقط عشرات القتلى والجرحى. "
        "وقال مراسل عنب بلدي في حلب إن البرميلين سقطا اليوم السبت 27 آب في الحي المجاور لباب النيرب، وأسفرا عن مقتل ما "
        "يزيد على 15 مدنياً بينهم أطفال، ونُقل المصابون بسيارات الإسعاف إلى المشافي. وفي اليوم السابق، الجمعة 26 آب، "
        "أغارت طائرات حربية ومروحية على بلدة حيان في ريف حلب الشمالي، فقتلت سبعة أشخاص. ويأتي ذلك ضمن تصعيد النظام "
        "وروسيا ضد أحياء المعارضة منذ كسرها الحصار عن شرق المدينة وسيطرتها على الراموسة والكلية الفنية الجوية.",
        [E("airstrike", Q("ما يزيد على 15", 15, None, True), PL("المعادي", "Al-Maadi", "Aleppo"), "2016-08-27",
           "مراسل عنب بلدي", GOV,
           note="two barrels on a funeral gathering (a landmark: placed at its quarter); the dead are the figure"),
         E("airstrike", Q("سبعة", 7), PL("حيان", "Hayan", "Aleppo"), "2016-08-26", "مراسل عنب بلدي", GOV,
           note="the outlet's own reporter carries over the item (stop 30)"),
         E("territory_change", None, PL("الراموسة", "Al-Ramouseh", "Aleppo"), None, None, FSA,
           note="recalled: the rebels broke the siege and took Ramouseh and the air force technical college, one act "
                "with places of its own (stop 41), background, undated; a group of two places")])

passage("lu12", "2016-09-10", "Al-Bayan (UAE)", "a round-up on the eve of Eid: Ghouta raids, Aleppo raids and a road "
        "taken, bodies pulled out, a commander killed by unknown planes, Turkish raids "
        "| page: http://www.albayan.ae/one-world/arabs/2016-09-10-1.2713193",
        "غارات النظام تضرب الغوطة وحلب عشية العيد\n"
        "قُتل مدنيان وأصيب آخرون أمس في غارات لطائرات النظام على مدن الغوطة الشرقية وبلداتها في ريف دمشق، بحسب ما نقلته "
        "شبكة سمارت نيوز، وقد طالت الضربات دوما وحرستا وخلّفت عشرات الجرحى، كما استهدفت أحياء سكنية في مديرا فأصابت "
        "عدداً من سكانها. وفي حلب، واصلت طائرات النظام قصف الأحياء التي تسيطر عليها المعارضة، في حين أحكم الجيش قبضته على "
        "طريق حيوي أمّن له خط إمداد. وأخرجت فرق الإنقاذ من تحت الركام جثث تسعة أشخاص، منهم أربعة أطفال، إثر غارة "
        "بالبراميل المتفجرة. إلى ذلك، خسر «جيش الفتح» قائده العسكري في غارات شنّتها طائرات لم تُعرف هويتها، فيما شنّت "
        "المقاتلات التركية غارات جديدة شمالي البلاد.",
        [E("airstrike", None, PL("دوما", "Douma", "Rif Dimashq"), "2016-09-09", "شبكة سمارت نيوز", GOV,
           note="yesterday's raids on Ghouta told over Douma, Harasta and Mudaira (a group, placed at the first town "
                "named); two civilians dead is a dual: no figure (stop 30)"),
         E("airstrike", Q("تسعة", 9), PL("حلب", "Aleppo", "Aleppo", nth=1), None, None, GOV,
           note="FIGURE CALL: the raids on Aleppo's opposition districts and the barrel raid after which nine bodies "
                "were pulled out are read as one act (same city, same force, same telling); a coder could split a "
                "figureless raid event. Undated"),
         E("territory_change", None, PL("حلب", "Aleppo", "Aleppo", nth=1), None, None, GOV,
           note="the army secures a supply road in Aleppo (unnamed): placed at the city"),
         E("airstrike", None, None, None, None, None,
           note="Jaysh al-Fath's military commander killed by unidentified planes: a singular, no figure; the text "
                "names no place and no day"),
         E("airstrike", None, None, None, None, TUR,
           note="new Turkish raids «شمالي البلاد»: a bearing in the country, no place named")])

passage("lu13", "2016-12-19", "KSA2day, relaying Al Jazeera and AFP", "two evacuation convoys and a third batch with "
        "their figures | page: https://ksa.ksa2day.com/Home/NewsDetails?NewsID=4578879",
        "قافلتا إجلاء من حلب والفوعة وكفريا\n"
        "بلغت قافلة من عشر حافلات تقل مدنيين من بلدتي الفوعة وكفريا، اللتين تحاصرهما الفصائل في ريف إدلب، مناطق النظام في "
        "حلب، فيما بلغت قافلة من 46 حافلة منطقة الراشدين بريف حلب حاملة مهجّرين من الأحياء الشرقية. وقال رأفت الرفاعي، مراسل "
        "الجزيرة في غازي عنتاب، إن حافلات البلدتين حملت قرابة خمسمئة شخص، وأن الحافلات الست والأربعين، وهي جزء من 75 "
        "حافلة انطلقت من الراموسة، تقل نحو خمسة آلاف، بعد احتجازها في ظروف قاسية. ونسبت فرانس برس إلى مصدر "
        "طبي قوله إن زهاء ألف شخص غادروا شرق حلب اليوم الاثنين في دفعة جديدة.",
        [E("other", Q("قرابة خمسمئة", 500, approx=True), PL("الفوعة", "Al-Fu'ah", "Idlib", nth=1), "2016-12-19",
           "مراسل الجزيرة", None,
           note="an evacuation from the two besieged towns (a group, placed at the first; evacuations at their "
                "origin). Source: the reporter's next sentence gives the figure (stop 30 carry-back); undated "
                "arrival: the publication day"),
         E("other", Q("نحو خمسة آلاف", 5000, approx=True), PL("الراموسة", "Al-Ramouseh", "Aleppo"), "2016-12-19",
           "مراسل الجزيرة", None,
           note="the 46 buses (of 75) that left from Ramouseh with eastern Aleppo's evacuees: placed where they set "
                "out; Rashidin is the destination"),
         E("other", Q("زهاء ألف", 1000, approx=True), PL("حلب", "Aleppo", "Aleppo", nth=3), "2016-12-19", "مصدر طبي",
           None, note="a new batch from eastern Aleppo today, told by a medical source AFP relays (the one relayed is "
                      "the source)")])

passage("lu14", "2017-05-28", "Micro Syria, relaying SMART", "coalition raids and US artillery on a city and two "
        "villages, the day before's raid | page: https://microsyria.com/2017/05/28/ناشطون-ضحايا-بقصف-جوي-ومدفعي-يرجح-أنه-ل",
        "مدنيون بين قتيل وجريح في غارات وقذائف يُعتقد أنها للتحالف في الرقة وريفها\n"
        "ليل السبت-الأحد، تحدث ناشطون محليون عن عشرات القتلى والجرحى المدنيين جراء غارات وقذائف مصدرها التحالف الدولي "
        "استهدفت مدينة الرقة وقريتين جنوبها. وأوضحوا عبر مواقع التواصل أن 17 مدنياً لقوا حتفهم حين استهدفت طائرات يُعتقد أنها "
        "للتحالف حافلات ركاب في قريتي الكسرات ورطلة، على بعد تسعة كيلومترات جنوب المدينة. وأضافوا أن المدفعية الأمريكية "
        "المنتشرة في الجلبية شمال الرقة أمطرت أحياءها بعشرات القذائف، بالتوازي مع غارات أودت بمدني وجرحت 17. وكانت "
        "غارة مماثلة على حي المشلب قد أودت أمس السبت بأربعة مدنيين وأصابت ثمانية.",
        [E("airstrike", Q("17", 17), PL("الكسرات", "Al-Kasrat", "Raqqa"), "2017-05-27", "ناشطون محليون", COAL,
           note="buses hit in two villages: one act over two places (a group, placed at the first); the lead's "
                "«عشرات القتلى والجرحى» sums the night's acts, no event. DATE CALL: «ليل السبت-الأحد» → the 27th"),
         E("shelling", Q("عشرات", 20, 90, True, nth=1), PL("الرقة", "Raqqa", "Raqqa", nth=1), "2017-05-27", "ناشطون محليون",
           COAL, note="US artillery fires dozens of shells on the city's districts: placed at the target, not at "
                      "Jalabiya where it stands; no dead of its own, so the shells are the count (stop 41). «وأضافوا» "
                      "carries the activists"),
         E("airstrike", None, PL("الرقة", "Raqqa", "Raqqa", nth=1), "2017-05-27", "ناشطون محليون", COAL,
           note="raids on the city beside the shelling: one dead (a singular) and 17 wounded: no figure (the injured "
                "are never the figure)"),
         E("airstrike", Q("أربعة", 4), PL("المشلب", "Al-Mishlab", "Raqqa"), "2017-05-27", None, COAL,
           note="Saturday's raid on Mishlab, recalled by the outlet («وكانت … قد») with its own day: no source")])

passage("lu15", "2017-04-24", "Micro Syria, relaying SMART", "an evacuation batch with its fighters, buses held at a "
        "checkpoint, the earlier batches | page: https://microsyria.com/2017/04/24/بدء-خروج-الدفعة-السادسة-من-مهجري-حي-الو/",
        "الدفعة السادسة من مهجّري الوعر تبدأ الخروج\n"
        "انطلقت اليوم الاثنين قرابة عشرين حافلة تقل الدفعة السادسة من أهالي حي الوعر المحاصر في حمص نحو حاجز قوات "
        "النظام عند أطرافه، ريثما يكتمل الرتل ليتجه إلى جرابلس شمال شرقي حلب، وفق اتفاق التهجير الذي رعته روسيا، كما أفاد "
        "مراسل سمارت. وبحسب المراسل، يُقدَّر عدد مهجّري هذه الدفعة بألفين، بينهم قرابة 250 من مقاتلي الجيش الحر، وكان "
        "يفترض أن تخرج خمسون حافلة وسبع شاحنات للأمتعة، لم يبلغ منها حاجز «الشؤون الفنية» سوى عشرين علقت بانتظار "
        "التفتيش. وسبقت هذه القافلة خمس دفعات خلال آذار ومطلع نيسان، استقرت أربع منها في مخيم زوغرة بجوار جرابلس.",
        [E("other", Q("ألفين", 2000), PL("الوعر", "Al-Waer", "Homs"), "2017-04-24", "مراسل سمارت", FSA,
           note="the sixth evacuation batch: its figure is the people (about 2000, the fighters a breakdown), not the "
                "buses; placed at its origin, Jarablus is the destination. A coder could take «قرابة عشرين» (buses)"),
         E("other", Q("خمس", 5, nth=1), PL("الوعر", "Al-Waer", "Homs"), None, None, FSA, kind="aggregate",
           note="the five earlier batches of March and early April, recalled as a count: an aggregate (period "
                "2017-03..2017-04); a coder could leave it out; the four in Zoghra camp are a breakdown")])

passage("lu16", "2018-01-25", "Al-Bawaba News (Egypt), relaying RT", "a running toll of an offensive, its continuing "
        "shelling, two capitals' stances | page: https://albawabhnews.com/2916134",
        "أكثر من 140 ضحية مدنية في عفرين منذ بدء «غصن الزيتون»\n"
        "تجاوز عدد الضحايا المدنيين، بين قتيل وجريح، 140 شخصاً منذ أطلقت تركيا يوم السبت الماضي عمليتها العسكرية «غصن "
        "الزيتون» في منطقة عفرين بشمال سوريا. ونقلت قناة «روسيا اليوم» الخميس عن ناشطين سوريين قولهم إن القوات التركية "
        "تستهدف الأحياء السكنية في عفرين بشتى الأسلحة، ما ألحق دماراً واسعاً بالمنازل والمرافق العامة والمواقع الأثرية، "
        "وأن قواته لا تزال تقصف بالمدفعية والهاون والصواريخ القرى المتاخمة للحدود وأعماق المنطقة. وكانت دمشق قد نددت "
        "بشدة بالعملية التركية، بينما طالبت موسكو جميع الأطراف بضبط النفس واحترام وحدة الأراضي السورية.",
        [E("shelling", Q("140", 140, None, True, nth=1), PL("عفرين", "Afrin", "Aleppo", nth=1), None, "ناشطين سوريين", TUR,
           kind="aggregate",
           note="the offensive's running civilian toll (killed and wounded together, the only figure) since Saturday "
                "the 20th: one cause named (the Turkish army's fire), so its type (stop 32), an aggregate (period "
                "2018-01-20..2018-01-25); the activists RT relays are the source"),
         E("shelling", None, PL("عفرين", "Afrin", "Aleppo", nth=2), "2018-01-25", "ناشطين سوريين", TUR,
           note="the shelling going on today on border villages and the region's depth"),
         E("statement", None, None, None, "دمشق", GOV,
           note="Damascus's condemnation, recalled («وكانت … قد»): a named body's stance (stop 32)"),
         E("statement", None, None, None, "موسكو", RUS, note="Moscow's call for restraint")])

passage("lu17", "2018-03-02", "SOHR", "an evening's shelling in two sub-districts, a car hit, the offensive's running "
        "toll | page: https://www.syriahr.com/قصف-جوي-واستهدافات-في-عفرين-ترافق-المع/257468/",
        "المرصد: 149 قتيلاً مدنياً منذ بدء العملية التركية في عفرين\n"
        "المرصد السوري لحقوق الإنسان - حلب: عادت القوات التركية إلى قصف منطقة عفرين في الشمال الغربي لمحافظة "
        "حلب، إذ رصد المرصد مساء اليوم الجمعة الثاني من آذار 2018 قذائف تركية على منطقة بعدينا في ريف ناحية راجو، ترافقت "
        "مع قصف من مروحيات تركية على أطراف ناحية جنديرس. وعلم المرصد أن سيارة تنقل مدنيين استُهدفت في ريف جنديرس، فقُتل "
        "ستة منهم في الأقل وأصيب آخرون بجروح بليغة، ما يرجّح ارتفاع الحصيلة. وبهذه الحصيلة يبلغ 149 شخصاً، منهم 27 طفلاً و20 امرأة، "
        "عدد من قضوا بالقصف التركي الجوي والمدفعي والصاروخي وبإعدامات في عفرين منذ 20 كانون الثاني، فضلاً عن مئات الجرحى.",
        [E("shelling", None, PL("بعدينا", "Baadina", "Aleppo"), "2018-03-02", "المرصد السوري لحقوق الإنسان", TUR,
           note="Turkish shells on Baadina; no toll"),
         E("airstrike", Q("ستة", 6, None, True), PL("جنديرس", "Jindires", "Aleppo"), "2018-03-02", "المرصد", TUR,
           note="helicopter fire on the Jinderes sub-district and a car of civilians hit there, six dead: read as one "
                "act (same place, same evening); the text does not name the car's weapon, a coder could split it"),
         E("casualties", Q("149", 149, nth=1), PL("عفرين", "Afrin", "Aleppo", nth=2), None, "المرصد", TUR,
           kind="aggregate",
           note="the running toll since 20 January names air, artillery and rocket fire and executions: several "
                "kinds, so casualties (stop 32), aggregate (period 2018-01-20..2018-03-02); children and women a "
                "breakdown; the headline's 149 is the same telling")])

passage("lu18", "2018-10-02", "Syria TV", "two protest organisers arrested, a statement of condemnation "
        "| page: https://www.syria.tv/إدلب-تحرير-الشام-تعتقل-ناشطين-في-جبل-الزاوية",
        "الهيئة تعتقل منظّمَي مظاهرات في جبل الزاوية\n"
        "في ليلة الاثنين على الثلاثاء، اعتقل عناصر «هيئة تحرير الشام» ناشطَين اثنين ممن ينظمون المظاهرات في جبل الزاوية بريف إدلب "
        "الجنوبي، ما أثار موجة استنكار في أوساط الحراك الثوري. وقال ناشطون محليون لتلفزيون سوريا إن عناصر من الهيئة "
        "دهموا منزل الشابين مهند الخطيب وباسل العمر في بلدة كنصفرة، واقتادوهما إلى سجن «العقاب» الذي تديره الهيئة في "
        "إدلب، مرجحين أن يكون سبب ذلك تنظيمهما الاحتجاجات وانتقادهما الهيئة على وسائل التواصل. وفي بيان تلقى تلفزيون "
        "سوريا نسخة منه، ندد ناشطو الحراك الثوري وإعلاميوه بالاعتقالات التعسفية، معتبرين أنها «خدمة مجانية» لنظام الأسد، "
        "وطالبوا بإطلاق سراح المعتقلَين.",
        [E("arrest", Q("اثنين", 2, nth=1), PL("كنصفرة", "Kansafra", "Idlib"), "2018-10-01", "ناشطون محليون", HTS,
           note="the figure is the numeral «اثنين» the text writes; the house raid in Kansafra is the most specific "
                "place (Jabal al-Zawiya the region, the prison the destination). Source: the next sentence comes back "
                "to the arrest. DATE CALL: the night of Monday to Tuesday → the 1st"),
         E("statement", None, None, "2018-10-02", "ناشطو الحراك الثوري", None,
           note="a statement condemning the arrests and calling for the release: a named group's call (stop 32)")])

passage("lu19", "2019-05-12", "Watan FM", "a roadside bomb on an armoured car; no claim "
        "| page: https://watan.fm/news/188795",
        "مقتل عنصر من «الأمن العسكري» بعبوة ناسفة غربي درعا\n"
        "لقي عنصر من قوات النظام مصرعه أمس السبت 11 أيار في عملية اغتيال بريف درعا الغربي. وبحسب «تجمع أحرار "
        "حوران»، انفجرت عبوة ناسفة بسيارة مصفحة تابعة لفرع «الأمن العسكري» على الطريق بين سحم الجولان والشجرة، فقُتل "
        "أحد ركابها وجُرح اثنان. ولم تتبنَّ أي جهة التفجير، كما هي الحال في أغلب الاغتيالات التي تشهدها المحافظة منذ أن "
        "استعادتها قوات النظام باتفاق «التسوية» عام 2018.",
        [E("explosion", None, PL("سحم الجولان", "Saham al-Jawlan", "Daraa"), "2019-05-11", "«تجمع أحرار حوران»", UNK,
           note="an IED on an armoured car: one dead (a singular) and two wounded: no figure. A road between two "
                "places is placed at the first. The 2018 settlement is the writer's background, not coded")])

passage("lu20", "2019-10-13", "Baladi News", "an offensive's fifth day: lists of villages, a road cut, a town, a dam "
        "and a station, a city announced | page: https://baladi-news.com/public/ar/articles/51718/الجيش-الوطني-يوسع-سيطرته-بريفي-الحسكة-والرقة",
        "الجيش الوطني يتقدم في ريفي رأس العين وتل أبيض\n"
        "حققت فصائل «الجيش الوطني السوري» الأحد، في اليوم الخامس لعملية «نبع السلام»، تقدماً جديداً على حساب «قسد» "
        "شمالي الرقة والحسكة، إذ دخلت قرى البالوجة وعراوة والعزيزية وتل خنزير وخربة البنات، ومعسكر تل "
        "بلال، في ريف رأس العين. وأعلن أيضاً أنه قطع الطريق الرئيسي الذي يربط رأس العين وتل أبيض ببلدة تل تمر، بينما "
        "تتواصل المواجهات مع «قسد». ودخلت فصائله كذلك بلدة المبروكة والمخيم القريب منها، إلى جانب سد دوير ومحطة كهرباء "
        "المبروكة الواقعة على الطريق الدولي الذي يصل الحسكة بحلب. وفي ريف الرقة، أعلن «الجيش الوطني» بسط سيطرته على مدينة تل أبيض.",
        [E("territory_change", None, PL("البالوجة", "Al-Baluja", "Al-Hasakah"), "2019-10-13", None, SNA,
           note="a list of villages and the Tal Bilal camp taken in the Ras al-Ain countryside: one act told over "
                "several places (a group, placed at the first)"),
         E("territory_change", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah", nth=2), "2019-10-13",
           "«الجيش الوطني السوري»", SNA,
           note="the army announces it cut the road between Ras al-Ain, Tal Abyad and Tal Tamr: a road between places "
                "is placed at the first; the clashes going on are this advance. A coder could leave the road out "
                "(no place taken)"),
         E("territory_change", None, PL("المبروكة", "Al-Mabrouka", "Al-Hasakah"), "2019-10-13", None, SNA,
           note="Mabrouka, the camp near it, the Dwair dam and the power station: another group of places"),
         E("territory_change", None, PL("تل أبيض", "Tal Abyad", "Raqqa", nth=2), "2019-10-13", "«الجيش الوطني»", SNA,
           note="the city of Tal Abyad, as the army announced")])

passage("lu21", "2020-02-03", "Copts United", "soldiers of a foreign army killed by shelling, the retaliation told "
        "by a president, his threat | page: https://www.copts-united.com/Article.php?I=4054&A=537839",
        "مقتل أربعة جنود أتراك بقصف سوري في إدلب وأنقرة ترد\n"
        "أعلنت وزارة الدفاع التركية مقتل أربعة من جنودها في منطقة إدلب شمال غربي سوريا، على وقع هجوم يشنه الجيش السوري "
        "على ما تبقى من معاقل المعارضة المسلحة التي تدعمها أنقرة في إدلب وأجزاء من ريف حلب. وبحسب ما أوردته قناة «مداد نيوز» "
        "السعودية، استهدفت المدفعية السورية مواقع تركية فقتلت أربعة عسكريين وأصابت تسعة. وردّت القوات التركية بقصف 45 "
        "موقعاً للجيش السوري في إدلب، وقال الرئيس رجب طيب أردوغان في مؤتمر صحفي إن القصف التركي أودى بحياة 30 عسكرياً "
        "سورياً على الأقل، ملوّحاً بعملية عسكرية واسعة في المنطقة.",
        [E("shelling", Q("أربعة", 4, nth=1), PL("إدلب", "Idlib", "Idlib", nth=1), "2020-02-03",
           "وزارة الدفاع التركية", GOV,
           note="Syrian artillery on Turkish positions: four dead (the headline's four is the same telling; the "
                "ministry's first telling is the source, the Saudi channel's a second telling); nine wounded are not "
                "the figure"),
         E("shelling", Q("30", 30, None, True), PL("إدلب", "Idlib", "Idlib", nth=3), "2020-02-03",
           "الرئيس رجب طيب أردوغان", TUR,
           note="the Turkish retaliation on 45 targets: the numbered dead win over the targets; the president gives "
                "the toll in the same sentence"),
         E("statement", None, PL("إدلب", "Idlib", "Idlib", nth=3), "2020-02-03", "الرئيس رجب طيب أردوغان", TUR,
           note="the threat of a wide operation: a named official's threat (stop 32). The Syrian army's offensive is "
                "the frame, not an incident")])

passage("lu22", "2020-03-18", "Enab Baladi", "shelling on a city on an anniversary, an administration's statement, "
        "the city's taking recalled | page: https://enabbaladi.net/370686/?amp=1",
        "ثلاثة قتلى بقصف على عفرين في ذكرى السيطرة عليها\n"
        "سقط ضحايا مدنيون في قصف طال مدينة عفرين اليوم، تزامناً مع مرور عامين على سيطرة فصائل المعارضة المدعومة من تركيا "
        "على المدينة. وأفاد مراسل عنب بلدي اليوم الأربعاء 18 آذار من عفرين بأن القذائف انطلقت من مناطق تسيطر عليها "
        "«قوات سوريا الديمقراطية» (قسد)، وأوقعت ثلاثة قتلى بحسب المعلومات الأولية، وأصابت منازل وسوقاً شعبية وسط المدينة. "
        "ولم تعلّق «قسد» على القصف، الذي سبقه بساعات بيان أصدرته «الإدارة الذاتية» في الذكرى، اتهمت فيه روسيا بعقد "
        "صفقات مع أنقرة بشأن المدينة. وكان أردوغان قد أعلن في 18 آذار 2018 إحكام السيطرة على عفرين بعد دخول «الجيش "
        "الوطني» أحياءها كلها.",
        [E("shelling", Q("ثلاثة", 3, nth=1), PL("عفرين", "Afrin", "Aleppo", nth=1), "2020-03-18", "مراسل عنب بلدي", SDF,
           note="shells from SDF-held areas on the city's homes and market (a landmark: the city); «تركيا» is a "
                "backer, not a place"),
         E("statement", None, PL("عفرين", "Afrin", "Aleppo", nth=1), "2020-03-18", "«الإدارة الذاتية»", SDF,
           note="the administration's anniversary statement accusing Russia: a named body's stance (stop 32), placed "
                "at the city it concerns; a coder could give no place"),
         E("territory_change", None, PL("عفرين", "Afrin", "Aleppo", nth=3), "2018-03-18", "أردوغان", SNA,
           note="recalled with its own day (stop 41): the factions took the whole city, as Erdogan announced; "
                "background")])

passage("lu23", "2020-05-05", "Al-Jarida (Kuwait)", "a police post stormed, nine abducted and shot "
        "| page: https://aljarida.com/articles/1588604282867616700/amp",
        "تسعة قتلى من قوى الأمن في هجوم على مخفر المزيريب\n"
        "قُتل أمس تسعة من عناصر قوى الأمن التابعة للحكومة السورية على أيدي مسلحين مجهولين هاجموا مقراً أمنياً في محافظة "
        "درعا جنوبي البلاد، في أحدث حلقة من هجمات تتوالى على المنطقة منذ أن عادت إلى سيطرة دمشق. وأوضح رامي عبدالرحمن، "
        "مدير المرصد السوري، أن المهاجمين اقتحموا مديرية ناحية المزيريب في الريف الغربي لدرعا، واقتادوا تسعة عناصر "
        "منها، ثم أعدموهم بالرصاص وألقوا جثثهم في ساحة البلدة. وتتكرر التفجيرات والاغتيالات في المحافظة منذ استعادتها "
        "القوات الحكومية صيف 2018.",
        [E("armed_clash", Q("تسعة", 9, nth=1), PL("المزيريب", "Al-Muzayrib", "Daraa", nth=1), "2020-05-04",
           "مدير المرصد السوري", UNK,
           note="unidentified gunmen storm the sub-district police post, abduct nine and shoot them: a killing by "
                "gunmen is an armed_clash (stop 30); a coder could read the shooting of captives as an execution "
                "(casualties). Source: the monitor's director comes back to the same attack. The headline's nine is "
                "the same telling")])

passage("lu24", "2021-08-13", "Al Jazeera Net", "a besieged district shelled, state media's truce, a civil defence "
        "warning recalled | page: https://www.aljazeera.net/politics/2021/8/13/سوريا-النظام-يواصل-تصعيد-القصف",
        "النظام يصعّد قصفه ويشدد حصاره على درعا البلد\n"
        "عاودت قوات النظام السوري قصف أحياء مدينة درعا في جنوب البلاد، في ظل حصار خانق تتدهور معه أحوال السكان. وذكرت "
        "مصادر للجزيرة أن القوات استهدفت أحياء درعا البلد المحاصرة بقذائف الهاون ونيران الدبابات، دون أن تتوفر "
        "معلومات عن ضحايا. في المقابل، تتحدث وسائل الإعلام الرسمية عن هدنة التزمت بها القوات بطلب روسي، لإفساح المجال "
        "أمام اتفاق يسلّم بموجبه المقاتلون سلاحهم ويُرحَّل الرافضون للتسوية إلى الشمال. وكان الدفاع المدني السوري قد نبّه "
        "في التاسع من آب إلى أن آلاف الأسر في درعا البلد وحي طريق السد والمخيم تعيش حصاراً منذ ما يزيد على شهر ونصف، مع "
        "نفاد الطحين والديزل وانقطاع الماء، ما دفع المخابز إلى الإغلاق.",
        [E("shelling", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=1), "2021-08-13", "مصادر", GOV,
           note="mortars and tank fire on the besieged districts; the first sentence's «أحياء مدينة درعا» is the same "
                "telling; no toll. Undated: the publication day"),
         E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=1), None, "وسائل الإعلام الرسمية", GOV,
           note="a truce kept at Russia's request, told by state media (the other side's telling): coded as an "
                "agreement; a coder could leave it out as a claim. The deal it prepares is future"),
         E("statement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=2), "2021-08-09", "الدفاع المدني السوري",
           None, note="the civil defence's warning about the siege (recalled with a day): a named body's warning "
                      "(stop 32); the siege itself is a state, not an event")])

passage("lu25", "2021-08-30", "Arabic Post", "talks collapse under shelling: heavy weapons, an assault repelled, a "
        "neighbourhood's toll, a nearby town, a call to arms | page: https://arabicpost.live/أخبار/2021/08/30/قصف-لم-يتوقف-على-درعا-المحاصرة-10-بين-قت",
        "انهيار مفاوضات درعا البلد تحت القصف\n"
        "أعلنت لجنة التفاوض في درعا البلد، التي فوّضها الأهالي محاورة النظام، مساء الأحد 29 آب 2021 فشل المفاوضات، "
        "محمّلة المسؤولية للتصعيد والقصف العنيف على الأحياء المحاصرة. وما زالت قوات النظام، تساندها ميليشيات أجنبية، "
        "تدكّ أحياء درعا البلد والمخيمات وطريق السد بالسلاح الثقيل والصواريخ شديدة الانفجار، وسط حصار مفروض منذ أواخر حزيران. "
        "وبحسب وسائل إعلام سورية، استُخدمت صواريخ «الفيل» والمدفعية الثقيلة منذ صباح السبت، وحاولت القوات التقدم على "
        "ثلاثة محاور قبل أن يصدّها مقاتلو المنطقة. وقال المرصد السوري لحقوق الإنسان إن قرابة عشرة أشخاص سقطوا بين قتيل "
        "وجريح بقصف طال حي طريق السد يوم الأحد. كما طال القصف بلدة طفس، وأعلنت لجان حوران المركزية النفير العام.",
        [E("statement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=1), "2021-08-29", "لجنة التفاوض في درعا البلد",
           None, note="the negotiating committee announces the talks failed: a named body's announcement (stop 32)"),
         E("shelling", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=2), "2021-08-28", "وسائل إعلام سورية", GOV,
           note="heavy weapons and «elephant» rockets on Daraa al-Balad, Tariq al-Sadd and the camps since Saturday "
                "(a group, placed at the first); the Syrian media's next sentence comes back to it (stop 30)"),
         E("armed_clash", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=2), "2021-08-28", "وسائل إعلام سورية",
           GOV, note="an assault on three axes repelled by the local fighters: a clash (the attempt failed to take "
                     "ground, the fight happened); placed at the besieged district"),
         E("shelling", Q("قرابة عشرة", 10, approx=True), PL("طريق السد", "Tariq al-Sadd", "Daraa", nth=1), "2021-08-29",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="Sunday's shelling of Tariq al-Sadd: a killed-and-wounded figure is the act's figure when no dead are "
                "given apart (sets 39, 78)"),
         E("shelling", None, PL("طفس", "Tafas", "Daraa"), None, "المرصد السوري لحقوق الإنسان", GOV,
           note="«كما طال القصف» is an act of the same kind: the monitor's source carries (stop 30)"),
         E("statement", None, None, None, "لجان حوران المركزية", None,
           note="the central committees' call to a general mobilisation: a named body's call (stop 32)")])

passage("lu26", "2022-08-15", "Step News Agency", "an IS leader killed in a security operation by the state agency's "
        "telling, another besieged by local groups, a second telling | page: https://stepagency-sy.net/2022/08/15/تنظيم-داعش-بدرعا/",
        "ثاني قيادي في «داعش» يُقتل بدرعا خلال أيام\n"
        "تحدثت وسائل إعلام سورية، في أخبار بثتها اليوم الاثنين، عن مقتل قيادي ثانٍ من تنظيم «داعش» في جنوب البلاد خلال أيام، إذ عُثر على "
        "جثته ملقاة على جانب طريق في ريف درعا الغربي. ونقلت وكالة «سانا» عن مصدر أمني أن محمود الحلاق، المعروف بأبي عمر "
        "الجبابي وأحد أبرز قادة التنظيم في الجنوب، قُتل في «عملية أمنية» غربي درعا، مضيفاً أنه كان يقود الجناح العسكري "
        "للتنظيم في حوض اليرموك ويشرف على معسكرات التدريب. وقبل ذلك بيومين، قُتل أبو سالم العراقي، قائد التنظيم في "
        "الجنوب، بعد أن حاصرته مجموعات محلية مسلحة في قرية عدوان. غير أن مصادر محلية قدّمت رواية مختلفة، قائلة إن جثة "
        "الجبابي وُجدت قرب معصرة غربي طفس.",
        [E("armed_clash", None, PL("ريف درعا الغربي", "Western Daraa countryside", "Daraa"), "2022-08-15", "مصدر أمني",
           GOV, note="an IS leader killed in a «security operation» (the state agency relaying a security source: the "
                     "one relayed is the source); his body found by a road in the western countryside. A singular: no "
                     "figure. The local sources' other place (near Tafas) is a second telling, no event. A coder could "
                     "type the find as bodies found (other)"),
         E("armed_clash", None, PL("عدوان", "Adwan", "Daraa"), "2022-08-13", None, None,
           note="two days earlier the IS commander in the south was killed after local armed groups besieged him in "
                "Adwan: a fight; no canonical name for the local groups (former rebels)")])

passage("lu27", "2023-09-01", "Al Jazeera Mubasher", "tribal fighting on its fourth day, the arrest that set it off, "
        "villages and checkpoints taken, a foreign embassy's call | page: https://www.aljazeeramubasher.net/news/2023/9/1/سوريا-استمرار-الاشتباكات-بين-العشائر?traffic_source=rss",
        "لليوم الرابع.. قتال بين العشائر و«قسد» في دير الزور\n"
        "لليوم الرابع تتواصل في أرجاء متفرقة من محافظة دير الزور المعارك التي يخوضها مقاتلو العشائر العربية، ومعهم "
        "مجلس دير الزور العسكري، ضد «قوات سوريا الديمقراطية» (قسد). واندلع القتال عقب اعتقال «قسد» قائد "
        "المجلس وعدداً من القادة العسكريين الأحد الماضي. وأظهرت مقاطع مصورة تحققت منها الجزيرة مباشر تدمير مقاتلي "
        "العشائر مدرعات تابعة لـ«قسد» واستيلاءهم على قرى وحواجز أمنية. ودعت الولايات المتحدة عبر سفارتها إلى وقف "
        "الاقتتال شرقي سوريا، معربة عن قلق بالغ من أعمال العنف التي أوقعت ضحايا.",
        [E("armed_clash", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=1), "2023-09-01", None, TRIBES,
           note="the fourth day of fighting across the governorate: no finer place, no toll"),
         E("arrest", None, None, "2023-08-27", None, SDF,
           note="the SDF's arrest of the military council's head and other commanders last Sunday: no figure "
                "(«عدداً»), the text names no place (the council's name is not a place)"),
         E("territory_change", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=1), None, "الجزيرة مباشر", TRIBES,
           note="villages and checkpoints taken, as verified videos show; unnamed places: the governorate; undated"),
         E("statement", None, None, "2023-09-01", "الولايات المتحدة", None,
           note="the United States' call through its embassy to stop the fighting: a named body's call (stop 32)")])

passage("lu28", "2023-09-26", "Arab Khabar, relaying Al-Watan (Syria)", "a sheikh's call to battle, a town partly "
        "taken, reinforcements and a curfew, a drone on a house, a second town | page: https://arabkhabar.com/a/734136",
        "العشائر تهاجم مواقع «قسد» في ذيبان\n"
        "بالتزامن مع إعلان شيخ قبيلة العكيدات إبراهيم الهفل انطلاق جولة قتال جديدة مع «قسد»، هاجم مقاتلو العشائر "
        "العربية أمس نقاط «قسد» في ذيبان، البلدة الواقعة شرقي دير الزور. ونقلت صحيفة «الوطن» السورية عن مصادر وصفتها "
        "بالموثوقة أن المهاجمين سيطروا على قسم من البلدة يضم دار مشيخة العكيدات، وأن الهجوم أوقع قتلى وجرحى في صفوف "
        "«قسد» ودمّر أو أعطب ما يزيد على عشر آليات. وأضافت الصحيفة أن «قسد» دفعت بتعزيزات إلى المنطقة وفرضت حظر تجول "
        "يمتد من الشحيل حتى الباغوز. من جهة أخرى، قالت مصادر محلية إن طائرة مسيّرة لـ«قسد» قصفت منزلاً في ذيبان فقتلت "
        "ستة من أفراد عائلة واحدة. ولا يزال القتال دائراً، وقد بسط مقاتلو العشائر سيطرتهم على معظم ذيبان وعلى بلدة "
        "الطيانة جنوبها.",
        [E("statement", None, None, "2023-09-25", "إبراهيم الهفل", TRIBES,
           note="the Akidat sheikh announces a new battle: a named person's announcement (stop 32)"),
         E("territory_change", None, PL("ذيبان", "Dhiban", "Deir ez-Zor", nth=1), "2023-09-25", "مصادر وصفتها بالموثوقة",
           TRIBES, note="the attack and the part of the town taken are one battle; its dead unnumbered; the vehicles "
                        "are no figure. Source: the sources the paper relays (the one relayed, stop 34); a coder could "
                        "name the paper"),
         E("reinforcement", None, PL("ذيبان", "Dhiban", "Deir ez-Zor", nth=1), None, "صحيفة «الوطن» السورية", SDF,
           note="SDF reinforcements sent «إلى المنطقة», read as Dhiban (the destination, stop 41)"),
         E("statement", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), None, "صحيفة «الوطن» السورية", SDF,
           note="a curfew from Shuhail to Baghuz: a bare decision by a named body coded as a statement (as sets 82-87 "
                "and 90-93); placed at the first place of the span"),
         E("airstrike", Q("ستة", 6), PL("ذيبان", "Dhiban", "Deir ez-Zor", nth=2), None, "مصادر محلية", SDF,
           note="an SDF drone on a house in Dhiban: six of one family; undated in the text"),
         E("territory_change", None, PL("الطيانة", "Al-Tayyana", "Deir ez-Zor"), None, None, TRIBES,
           note="the fighting goes on: most of Dhiban (the same taking as above) and the town of Tayyana to its south, "
                "another place")])

passage("lu29", "2024-11-28", "Radio Al-Shams", "an offensive's tally of villages, two towns and a list announced, "
        "the ministry's telling | page: https://ashams.com/article/379822-فصائل-المعارضة-السورية-تسيطر-على-32-قرية-بريف-حلب",
        "الفصائل تنتزع 32 قرية وموقعاً غربي حلب\n"
        "انتزعت فصائل المعارضة 32 موقعاً بين قرية ونقطة عسكرية في ريف حلب الغربي، تمتد على نحو 245 كيلومتراً مربعاً، "
        "إثر معارك مع قوات النظام ضمن عملية «ردع العدوان» التي انطلقت الأربعاء وخلّفت عشرات القتلى، في أول خرق لخطوط "
        "التماس منذ وقف إطلاق النار قبل أربعة أعوام. وأعلنت «إدارة العمليات العسكرية» صباح اليوم الخميس دخول مقاتليها "
        "بلدتي أرناز وكفر بسين، مؤكدة تواصل المعارك وتداعي دفاعات النظام، كما أعلنت السيطرة على باشنطرة والهوتة وأورم "
        "الكبرى وتلة الضبعة وكفرناها. وفي أول ردّ رسمي، ذكرت وزارة الدفاع أن وحداتها تتصدى منذ صباح الأربعاء لما سمّته "
        "«هجوماً إرهابياً».",
        [E("territory_change", Q("32", 32, nth=1), PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"), None,
           None, HTS, kind="aggregate",
           note="32 villages and points since Wednesday: a tally over more than the takings listed (stop 34), an "
                "aggregate (period 2024-11-27..2024-11-28); the dozens dead are the offensive's. The headline's 32 is "
                "the same telling"),
         E("territory_change", None, PL("أرناز", "Arnaz", "Aleppo"), "2024-11-28", "«إدارة العمليات العسكرية»", HTS,
           note="two towns entered this morning (a group, placed at the first)"),
         E("territory_change", None, PL("باشنطرة", "Bashantra", "Aleppo"), None, "«إدارة العمليات العسكرية»", HTS,
           note="a list of villages announced as taken (a group); undated in the text. The ministry's reply is the "
                "other side's telling of the same fighting, no event")])

passage("lu30", "2024-12-21", "Al-Araby Al-Jadeed (mirror)", "a security campaign launched, a border clash among "
        "smugglers and reinforcements, a car attacked and its attackers arrested | page: https://aajeg.com/politics/حملة-أمنية-لملاحقة-فلول-نظام-الأسد-في-الساحل-السوري",
        "الساحل السوري: حملة أمنية على بقايا النظام المخلوع\n"
        "أطلقت «إدارة العمليات العسكرية» المنضوية في غرفة «ردع العدوان» اليوم السبت حملة أمنية في مدن الساحل السوري "
        "وبلداته لملاحقة فلول النظام المخلوع، ووضعت خطة لتفادي إلحاق الأذى بالمدنيين. وقالت مصادر عسكرية في "
        "الإدارة لـ«العربي الجديد» إن الهدف ملاحقة خلايا النظام البائد المتوارية في المنطقة. وعلى الحدود مع لبنان، قُتل "
        "شخص في اشتباك بين مهرّبين، فأُرسلت تعزيزات لضبط الوضع بعدما انسحب المهربون اللبنانيون. وفي ريف دمشق، توجهت "
        "دوريات إلى بلدة تلفيتا إثر استهداف سيارة، واعتُقل المتورطون وصودرت أسلحتهم.",
        [E("other", None, PL("الساحل السوري", "Syrian coast", None, nth=1), "2024-12-21", "مصادر عسكرية", NEWGOV,
           note="a security campaign launched against the old regime's remnants: no arrests or fight told, so other "
                "(a security operation); a coder could code the command's announcement as a statement. Source: the "
                "military sources' next sentence comes back to it"),
         E("armed_clash", None, None, "2024-12-21", None, None,
           note="a clash among smugglers on the Lebanese border, one dead (a singular): «الحدود مع لبنان» is a border "
                "with no place named; undated: the publication day"),
         E("reinforcement", None, None, "2024-12-21", None, NEWGOV,
           note="reinforcements sent to the border after the smugglers withdrew: no place named"),
         E("armed_clash", None, PL("تلفيتا", "Talfita", "Rif Dimashq"), None, None, UNK,
           note="a car attacked in Talfita (shooting by unnamed men): the act that set off the patrols"),
         E("arrest", None, PL("تلفيتا", "Talfita", "Rif Dimashq"), "2024-12-21", None, NEWGOV,
           note="the attackers arrested and their weapons seized: no figure (a plural noun)")])

passage("lu31", "2025-01-25", "Zaman Masdar (relaying Al-Modon)", "a combing campaign after attacks: convoys and "
        "helicopters, a patrol hit, a member killed in a chase, a checkpoint attack repelled | page: https://zamanmasdar.com/?p=78082",
        "حملة تمشيط واسعة في الساحل بعد هجمات على الأمن العام\n"
        "بدأت «إدارة العمليات العسكرية»، بالتنسيق مع جهاز الأمن العام التابع لوزارة الداخلية، حملة تمشيط مكثفة في الساحل "
        "السوري، إثر هجمات متلاحقة استهدفت عناصر الأمن وأوقعت بينهم قتلى وجرحى. وبحسب مصادر ميدانية، توجهت أرتال كبيرة "
        "إلى ريف اللاذقية لتفتيش الجبال والأحراج بحثاً عن مخابئ سلاح ومتوارين من فلول النظام، بمؤازرة طائرات مروحية. "
        "وذكرت المصادر أن قيادياً وعنصرين من الأمن العام لقوا حتفهم في حادثتين، إذ استُهدفت دورية في بانياس الساحلية بريف "
        "طرطوس، وقُتل عنصر آخر خلال مطاردة مطلوبين في تلكلخ غربي حمص. وفي جبلة، صدّ عناصر الأمن هجوماً على حاجز، "
        "وأعلنوا «تحييد» ثلاثة من المهاجمين.",
        [E("reinforcement", None, PL("ريف اللاذقية", "Latakia countryside", "Latakia"), "2025-01-25", "مصادر ميدانية",
           NEWGOV, note="large convoys and helicopters sent to comb the Latakia countryside: the campaign's act, a "
                        "reinforcement placed at its destination (stop 41); a coder could type the campaign other"),
         E("armed_clash", None, PL("بانياس", "Baniyas", "Tartus"), None, "المصادر", LOYAL,
           note="a patrol hit in Baniyas. FIGURE CALL: «قيادياً وعنصرين» over two incidents is a singular and a dual "
                "(stop 34): no figure; undated"),
         E("armed_clash", None, PL("تلكلخ", "Talkalakh", "Homs"), None, "المصادر", LOYAL,
           note="a member killed chasing wanted men: the second incident"),
         E("armed_clash", Q("ثلاثة", 3), PL("جبلة", "Jableh", "Latakia"), None, "مصادر ميدانية", LOYAL,
           note="an attack on a checkpoint repelled, three attackers «neutralised» (read as the dead); an act of the "
                "same kind as the report's, so its source carries (stop 30); a coder could give the security men "
                "who announced it")])

passage("lu32", "2025-07-13", "Shaam Network", "a night of fighting in a district, a medical toll for one side, the "
        "other side's unnumbered losses | page: https://www.shaam.org/news/syria-news/اشتباكات-عنيفة-بين-فصائل-السويداء-وعشائر-البدو-تخلف-قتلى-وجرحى-بينهم-أطفال",
        "قتلى وجرحى في مواجهات بين فصائل المحافظة ومسلحي العشائر البدوية في السويداء\n"
        "دارت منذ مساء أمس مواجهات عنيفة في حي المقوس، الواقع في الجهة الشرقية من مدينة السويداء، بين فصائل المحافظة ومسلحين من عشائر البدو، "
        "استُخدمت فيها قذائف الهاون والصواريخ، وأدت إلى سقوط ضحايا منهم أطفال وإلى أضرار في الأبنية. ونقلت شبكة «السويداء "
        "24» عن مصادر طبية أن الحصيلة بلغت حتى الآن ستة قتلى ونحو عشرين جريحاً، بينهم اثنان في العناية المركزة، موضحة أن "
        "هذه الأرقام تقتصر على الجانب الخاضع للفصائل. في المقابل، تحدثت مصادر محلية عن قتلى وجرحى مدنيين من البدو، بينهم "
        "نساء وأطفال، جراء قصف الفصائل العشوائي للبيوت، دون أرقام دقيقة عن الخسائر في الجزء الذي تسيطر عليه العشائر من الحي.",
        [E("armed_clash", Q("ستة", 6), PL("المقوس", "Al-Maqwas", "As-Suwayda"), "2025-07-12", "مصادر طبية", DRUZE,
           note="the fighting in Maqwas since last evening; the medical toll (one side's) is its figure; the Bedouin "
                "side's losses from the factions' mortar fire on homes are unnumbered and part of the same fight (a "
                "coder could split a shelling of civilians). Source: the medical sources Suwayda 24 relays come back "
                "to the same fight (stop 30 carry-back, stop 34 relay)")])

passage("lu33", "2025-07-18", "i24NEWS Arabic", "clashes west of a city after arson in two villages, a monitor's no "
        "toll, fighters' deployments | page: https://www.i24news.tv/ar/أخبار/middle-east/artc-27664850",
        "اشتباكات بين عشائر البدو وفصائل محلية غربي السويداء\n"
        "شهدت المناطق الواقعة غرب مدينة السويداء اليوم الجمعة اشتباكات عنيفة بين مسلحين من العشائر البدوية وفصائل محلية، "
        "عقب إضرام النار في ممتلكات لسكان دروز في قريتي المزرعة والولغة خلال الليلة الماضية وصباح اليوم. وذكر المرصد "
        "السوري لحقوق الإنسان (ومركزه في لندن) أنه لا تتوفر حتى الآن معلومات مؤكدة عن ضحايا. وتدور المعارك في "
        "قرى خلت من سكانها بعد موجة التصعيد الأخيرة، إذ دخلت مجموعات من مقاتلي العشائر خلال الساعات الماضية أطراف بلدة "
        "ذكير، وانتشرت مجموعات أخرى في الولغة والمزرعة، مع اشتباكات متقطعة في أرياف عدة.",
        [E("armed_clash", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2025-07-18", "المرصد السوري لحقوق الإنسان",
           TRIBES, note="clashes west of the city (placed at the city, the bearing is a region of it); the monitor's "
                        "next sentence comes back to them (no toll); London is the monitor's seat, never a place"),
         E("other", None, PL("المزرعة", "Al-Mazraa", "As-Suwayda"), "2025-07-18", None, None,
           note="Druze property set on fire in two villages (ACLED: property destruction): a group of two places; the "
                "text names no one who did it"),
         E("territory_change", None, PL("ذكير", "Dhakir", "As-Suwayda"), "2025-07-18", None, TRIBES,
           note="tribal groups enter the edge of Dhakir and deploy in Walgha and Mazraa: coded as a taking of "
                "emptied villages (a group); a coder could read it as part of the clashes")])

passage("lu34", "2013-05-21", "Al-Masry Al-Youm (via Masress), relaying SOHR and AFP", "reinforcements, air and "
        "artillery on a town, shells across a border, a running toll since the storming "
        "| page: https://www.masress.com/almasryalyoum/1766681",
        "حزب الله يدفع بتعزيزات إلى القصير\n"
        "تحدث المرصد السوري لحقوق الإنسان عن وصول وحدات نخبة من حزب الله اللبناني تعزيزاً إلى مدينة القصير، حيث يقاتل "
        "الحزب إلى جانب الجيش النظامي الذي يقصفها اليوم الثلاثاء بعنف بالطائرات الحربية والمدافع. وفي الأثناء، أصيب تسعة أشخاص "
        "في مناطق حدودية شمالي لبنان جراء قذائف مصدرها الجانب السوري، وفق مصدر محلي. وأوضح رامي عبد الرحمن، الذي يدير "
        "المرصد، في اتصال هاتفي أن 31 عنصراً من الحزب على الأقل قُتلوا منذ الأحد، إلى جانب 68 من مقاتلي المعارضة، بينهم ستة لم تُعرف "
        "هوياتهم، معتبراً أن الحزب يتولى قيادة الهجوم. ونقلت فرانس برس عن مصدر قريب من الحزب أن معظم قتلاه سقطوا "
        "بالألغام، وأنه أسر عدداً من المقاتلين بينهم أجانب.",
        [E("reinforcement", None, PL("القصير", "Al-Qusayr", "Homs", nth=1), "2013-05-21",
           "المرصد السوري لحقوق الإنسان", HEZ,
           note="Hezbollah's elite reinforcements sent to Qusayr (the destination)"),
         E("airstrike", None, PL("القصير", "Al-Qusayr", "Homs", nth=1), "2013-05-21", "المرصد السوري لحقوق الإنسان",
           GOV, note="warplanes and artillery in one sentence: split into an air strike and a shelling"),
         E("shelling", None, PL("القصير", "Al-Qusayr", "Homs", nth=1), "2013-05-21", "المرصد السوري لحقوق الإنسان",
           GOV, note="the artillery half of the day's bombardment"),
         E("shelling", None, PL("لبنان", "Lebanon", None, "Lebanon", nth=1), "2013-05-21", "مصدر محلي", None,
           note="shells from the Syrian side on northern Lebanon's border areas: the act happened abroad, so Lebanon "
                "is the place; nine wounded are no figure; the firing side is not named"),
         E("armed_clash", Q("31", 31, None, True), PL("القصير", "Al-Qusayr", "Homs", nth=1), None,
           "رامي عبد الرحمن", GOV, kind="aggregate",
           note="the battle's running toll since Sunday (period 2013-05-19..2013-05-21): no total of both sides, so "
                "the first side numbered (31 Hezbollah); the 68 rebels are the other side's dead; captured fighters "
                "are no arrest")])

passage("lu35", "2018-01-22", "Al-Mjhar", "an offensive's first day: a farm struck, deaths in two villages, a night's "
        "toll, a total, clashes on six axes, two villages taken | page: https://www.almjhar.com/ar-sy/NewsView/2212/147690/18_قتيل_مدني_في_عفرين_شمال_سورية_خلال_أول_24_ساعة_من_عملية_غصن_الزيتون_.aspx",
        "18 قتيلاً مدنياً في أول يوم من «غصن الزيتون»\n"
        "تتواصل الغارات التركية على منطقة عفرين شمال غربي حلب، يرافقها قصف مدفعي على قراها وبلداتها، ما أوقع قتلى بين "
        "المدنيين. وذكرت مصادر محلية أن طائرات تركية قصفت مزرعة دواجن في جلبرة، من قرى ناحية شيراوا جنوب شرقي عفرين، "
        "فقتلت ثمانية مدنيين بينهم طفل، فيما قضى ثلاثة آخرون: اثنان في قرية مريمين وواحد في ديوا. وبذلك يصل إلى 18 على "
        "الأقل، منهم طفلان، عدد المدنيين الذين سقطوا خلال الساعات الأربع والعشرين الأولى من العملية، بينهم سبعة قُتلوا ليل "
        "الأحد. وفي الميدان، لا تزال وحدات حماية الشعب تشتبك مع القوات التركية والفصائل الموالية لها على ستة محاور، وقد "
        "سيطرت الأخيرة على شنكال وأده ماني، وأسرت ثلاثة من مقاتلي الوحدات.",
        [E("airstrike", Q("ثمانية", 8), PL("جلبرة", "Jalbara", "Aleppo"), "2018-01-22", "مصادر محلية", TUR,
           note="Turkish planes on a poultry farm in Jalbara: eight dead"),
         E("shelling", Q("ثلاثة", 3), PL("مريمين", "Maryamin", "Aleppo"), "2018-01-22", "مصادر محلية", TUR,
           note="three more dead in two villages (two and one), the weapon unnamed in that clause: read as the "
                "artillery the lead names (a coder could type it airstrike); one figure over two places (a group, "
                "placed at the first)"),
         E("airstrike", Q("سبعة", 7), PL("عفرين", "Afrin", "Aleppo"), "2018-01-21", "مصادر محلية", TUR,
           note="seven killed on Sunday night, no place named but the region. The 18 is the sum of the incidents "
                "listed (8 + 3 + 7): no event of its own (stop 34)"),
         E("armed_clash", None, PL("عفرين", "Afrin", "Aleppo"), "2018-01-22", None, TUR,
           note="the YPG fights the Turkish forces and factions on six axes (named axes, not places in the text's "
                "own list of villages): placed at the region"),
         E("territory_change", None, PL("شنكال", "Shankal", "Aleppo"), None, None, TUR,
           note="two villages taken (a group); the three fighters captured are no arrest")])


def main() -> None:
    write("gold120.jsonl", P120)


if __name__ == "__main__":
    main()
