"""Build gold98.jsonl: development set 98 (ids ky01…), written in stop 37 by writer w98 BEFORE any run on it.

33 short excerpts (a headline line and the first paragraphs of a page, or a short item whole), each the paraphrase
of the news part of ONE real page found in the search tool's `pages` corpus (queried in Arabic), years 2012-2018,
leaning to the 2012-2016 battles and sieges (Aleppo's Salah al-Din, Qusayr, Yabroud, Old Homs, Daraya, Zabadani and
al-Fu'ah/Kafraya, Baba Amr, the Ghouta chemical attacks), barrel bombs, prisoner swaps (the 48 Iranians, the Maaloula nuns),
defections of diplomats, and the regime's own tellings (SANA relays, the General Command's statement, Tasnim).
Outlets are regional papers and relays (Al-Sharq, Al-Watan Bahrain, Al-Arab, Al-Ittihad, Al-Hayat, Al-Azd,
Ennahar, El Khabar, Youm7, Al-Badil, Moheet, Elfagr, Arab48, Al Arabiya, Felesteen/Anadolu, Tasnim, New Orient,
Al-Raddar, Aljamaa, Kalima, Al-Binaa, Yemen Voice, Al-Janoob, Aajsy, Dorar al-Iraq). Every sentence was rewritten
(no run of five words, names aside, is shared with its page: checked by script against the page text, which was
kept outside the repository, in /tmp/w98/pages/); the incidents, their order, places, figures, dates, sources and
hedges are the page's; private people's names are invented. Each passage's `style` ends with the page's address.
Gold follows news_dev's README and the events_probe README's stop 28, 30, 32 and 34 conventions, and was written
before anything ran on these passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build98.py      # rewrites gold98.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402,F401

P98: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P98.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("ky01", "2016-08-27", "Al-Sharq (Qatar), agencies", "two barrel bombs minutes apart on one spot, the monitor's "
        "director relayed by AFP | page: https://al-sharq.com/article/27/08/2016/مقتل-15-شخصا-جراء-برميلين-متفجرين-على-حلب-السورية",
        "برميلان متفجران يوديان بحياة 15 شخصاً في حلب\n"
        "بيروت - وكالات\n"
        "قضى ما لا يقل عن 15 شخصاً وجُرح غيرهم اليوم السبت، حين هوى برميلان متفجران تفصل بينهما دقائق على حيّ تمسكه "
        "فصائل المعارضة في مدينة حلب، وفق ما ذكره المرصد السوري لحقوق الإنسان. ونقلت فرانس برس عن رامي عبد الرحمن، "
        "مدير المرصد، أن قوات النظام رمت حي المعادي ببرميل أول وقع بجوار خيمة عزاء عند حافة حي النيرب، ثم هوى برميل "
        "آخر بعدما احتشد الأهالي وفرق الإسعاف، فقُتل 15 مدنياً في أقل تقدير وأصيب كثيرون.",
        [E("airstrike", Q("ما لا يقل عن 15", 15, None), PL("المعادي", "Al-Ma'adi", "Aleppo"), "2016-08-27",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="two barrels minutes apart on the same spot (the second on the rescuers) are one incident; the "
                "figure is the first toll the text writes (the headline's 15 is the same); placed at the quarter "
                "struck, not at al-Nayrab whose edge the tent stood on; the director's quote via AFP is another "
                "telling of the monitor's report")])

passage("ky02", "2014-03-15", "Ennahar (Algeria)", "hills taken, a town entered, barrels and artillery, a military "
        "source's count of commanders killed | page: https://djazairess.com/ennahar/201037",
        "استرجع الجيش السوري يوم السبت تلالاً تقع إلى الجنوب الشرقي من مدينة يبرود في القلمون قرب الحدود اللبنانية "
        "شمالي دمشق، وهي مرتفعات ذات شأن استراتيجي ظلت المعارضة المسلحة ممسكة بها أشهراً. وعرض التلفزيون الرسمي "
        "لقطات من أطراف يبرود، قائلاً إن الجنود يتوغلون فيها بعدما طوّق الجيش قسمها الغربي ودخلها من ناحية الشرق، "
        "وإن عدداً من المقاتلين تراجعوا نحو قرية رنكوس الواقعة على مسافة 30 كيلومتراً جنوب غرب يبرود، في حين بقيت "
        "الطائرات الحكومية تلقي البراميل على أحياء فيها والمدفعية تدكّ أطرافها. أما مسلحو المعارضة فخاضوا مواجهات "
        "وُصفت بالعنيفة مع القوات المتقدمة وقطعوا عليها الطرق. وقال مصدر عسكري سوري يوم السبت إن 13 من قادة المعارضة "
        "الذين كانوا يديرون المعارك لقوا حتفهم، وتحدث عن قتلى كثيرين في صفوف المسلحين بيبرود.",
        [E("territory_change", None, PL("يبرود", "Yabroud", "Rif Dimashq"), "2014-03-15", None, GOV,
           note="the hills south-east of the town are taken (a completed taking); the outlet tells it; the retreat to "
                "Rankous is part of the same push (the destination is not a place of an event)"),
         E("armed_clash", Q("13", 13), PL("يبرود", "Yabroud", "Rif Dimashq"), "2014-03-15", "مصدر عسكري سوري", GOV,
           note="the fighting inside the town (the army entering, the rebels blocking roads); the military source's "
                "next sentence comes back to it with the commanders killed, so it gives the figure and the source "
                "(stop 30)"),
         E("airstrike", None, PL("يبرود", "Yabroud", "Rif Dimashq"), "2014-03-15", "التلفزيون الرسمي", GOV,
           note="barrel bombs on the town's quarters, told inside the state TV's sentence; a coder could fold them and "
                "the artillery into the clash"),
         E("shelling", None, PL("يبرود", "Yabroud", "Rif Dimashq"), "2014-03-15", "التلفزيون الرسمي", GOV,
           note="artillery on the town's edges, the same clause as the barrels: another kind of act, coded apart")])

passage("ky03", "2014-03-16", "Moheet (via Masress)", "an opposition media centre denies the taking that SANA announced "
        "the same day | page: https://www.masress.com/moheet/2028975",
        "نفت تنسيقية إعلامية معارضة اليوم الأحد أن يكون النظام قد بسط سيطرته على يبرود بريف دمشق، مؤكدة أن القتال ما "
        "زال دائراً داخلها بين قواته المسنودة بمقاتلين من حزب الله اللبناني وبين فصائل المعارضة. وكتب المركز الإعلامي "
        "في القلمون عبر صفحته في فيسبوك أن ما تتناقله وسائل الإعلام عن المدينة عارٍ عن الصحة، وأن الكر والفر مستمر "
        "وسط قصف شديد من القوات المهاجمة حتى الساعة 9.45 بتوقيت غرينتش. وكانت الوكالة الرسمية سانا قد أوردت ظهر "
        "اليوم أن قوات النظام أحكمت قبضتها على يبرود كلها بعد ما يزيد على شهر من المعارك، ونقلت عن مصدر عسكري لم "
        "تذكر اسمه أن الوحدات تمشّط المدينة وتنزع المفخخات والعبوات التي خلّفها «الإرهابيون».",
        [E("statement", None, PL("يبرود", "Yabroud", "Rif Dimashq"), "2014-03-16", "تنسيقية إعلامية معارضة", FSA,
           note="the denial is the item's news: a statement of the body that denies (stop 32), placed at the town it "
                "concerns"),
         E("territory_change", None, PL("يبرود", "Yabroud", "Rif Dimashq"), "2014-03-16", "الوكالة الرسمية سانا",
           GOV, note="the taking is asserted by SANA (an outlet named as the source is the source); the other side's "
                     "denial does not make it denied here, since the item tells both sides' claims; a coder who "
                     "codes the taking as denied would leave it out"),
         E("armed_clash", None, PL("يبرود", "Yabroud", "Rif Dimashq"), "2014-03-16", "المركز الإعلامي في القلمون",
           FSA, note="the centre asserts fighting and heavy shelling still going on inside the town: one clash "
                     "(the shelling folded into it)")])

passage("ky04", "2016-08-26", "Elfagr (Egypt), relaying Reuters", "the first buses out of besieged Daraya under a "
        "deal; a general's figures for the whole evacuation | page: https://elfagrlive.com/2252644",
        "الدفعة الأولى من مقاتلي داريا وأهلها تخرج سالمة من البلدة المحاصرة\n"
        "خرج مقاتلون مع عائلاتهم وسكان آخرون اليوم الجمعة من داريا في ريف دمشق دون حوادث، بموجب اتفاق إخلاء يعيد "
        "البلدة عملياً إلى سلطة الحكومة بعد حصار مطبق تجاوز أربعة أعوام. وشاهد شاهد عيان من رويترز ست حافلات وهي "
        "تغادر، فيما بث التلفزيون الرسمي صوراً لها تسير ببطء بين جنود كثيرين في طرقات تحفها الأنقاض، وقال إنها جميعاً "
        "بلغت مركزاً للإيواء في الحرجلة غربي العاصمة. وأوضح لواء في الجيش السوري أمام الصحفيين أن قرابة 300 من أسر "
        "المسلحين ستخرج اليوم، وأن قرابة 700 مسلح و4000 مدني سيُجلون جميعاً قبل انقضاء يوم السبت، على أن يُنقل "
        "الرافضون للتسوية إلى إدلب والقابلون بها إلى الحرجلة. وبحسب الأمم المتحدة، لم تدخل سوى قافلة إغاثة واحدة إلى "
        "المنطقة منذ أن أطبق الجيش عليها عام 2012.",
        [E("other", Q("قرابة 300", 300, approx=True), PL("داريا", "Darayya", "Rif Dimashq"), "2016-08-26",
           "شاهد عيان من رويترز", GOV,
           note="the day's evacuation (first batch); FIGURE CALL: the general's «about 300 families» leaving today is "
                "the only figure of today's act (families, not people; a coder could leave it null); 700 fighters and "
                "4,000 civilians are the whole evacuation planned by Saturday (future, no event); Harjalah is the "
                "destination; the Reuters witness of the next sentence comes back to the departure (stop 30); the "
                "deal is its frame, not dated here; the siege since 2012 is a state")])

passage("ky05", "2015-09-20", "Dorar al-Iraq (agencies, SOHR)", "a ceasefire on three fronts today; the car-bomb "
        "assault two days before with each side's dead | page: https://dorar-aliraq.net/threads/567173-سورية-هدنة-جديدة-في-كفريا-والفوعة-والزبداني",
        "يسري اليوم الأحد وقف جديد لإطلاق النار بين قوات النظام وحزب الله من ناحية وفصائل المعارضة من ناحية ثانية، "
        "يشمل مدينة الزبداني في ريف دمشق وبلدتي الفوعة وكفريا في ريف إدلب، ويبدأ عند الظهر على الجبهات الثلاث، بحسب "
        "رامي عبد الرحمن الذي يدير المرصد السوري لحقوق الإنسان، مضيفاً أن المتفاوضين لم يحددوا أجلاً لنهايته أملاً "
        "في تهدئة دائمة. وذكرت لجان التنسيق المحلية أن طهران رعت الاتفاق. وتأتي الهدنة إثر هجوم من أشد هجمات الفصائل "
        "على البلدتين يوم الجمعة، فجّرت خلاله تسع سيارات مفخخة في أقل تقدير حولهما، قاد انتحاريون سبعاً منها، وقُتل "
        "في المعارك بحسب المرصد 66 مقاتلاً معارضاً و40 عنصراً نظامياً وسبعة مدنيين. وهذه ثالث محاولة تهدئة في "
        "المناطق الثلاث بعد إخفاق جولتين من التفاوض الشهر الماضي.",
        [E("agreement", None, PL("الزبداني", "Al-Zabadani", "Rif Dimashq"), "2015-09-20", "رامي عبد الرحمن", None,
           note="one ceasefire told for three places (Zabadani, al-Fu'ah, Kafraya: a group, placed at the first); "
                "the Iranian sponsorship (the LCC's telling) is part of it; the two failed rounds of last month are "
                "recalled with no day and not coded"),
         E("armed_clash", Q("66", 66), PL("الفوعة", "Al-Fu'ah", "Idlib"), "2015-09-18", "المرصد", None,
           note="the assault with at least nine car bombs (seven by suicide drivers) on the two towns is one "
                "attack; the text writes no total of the dead, so the figure is the first side numbered (66 "
                "rebels; 40 soldiers and seven civilians are its breakdown, stop 30); placed at the first town; a "
                "coder could code the car bombs as an explosion")])

passage("ky06", "2015-08-13", "Tasnim (Arabic)", "a truce extended; rockets that broke it the day before; a "
        "correspondent's telling of who agreed | page: https://www.tasnimnews.com/ar/news/2015/08/13/827286/تمدید-الهدنة-فی-الزبدانی-وکفریا-والفوعة-حتى-صباح-السبت-المقبل/amp",
        "تمديد التهدئة في الزبداني وكفريا والفوعة إلى صبيحة السبت\n"
        "أفادت مصادر لوكالة تسنيم بأن الهدنة في الزبداني بريف دمشق وفي كفريا والفوعة بريف إدلب مُدّدت 24 ساعة أخرى، "
        "أي إلى صبيحة السبت المقبل، وذلك بعدما خرق المسلحون صباح الأربعاء اتفاق وقف النار لثمانٍ وأربعين ساعة الذي "
        "أُبرم بمبادرة من إيران وتركيا، إذ قضى 3 أشخاص بصواريخ سقطت على الفوعة وكفريا. وتفيد المعلومات بأن التسوية "
        "النهائية لم تكتمل بعد، ومن بنودها إخراج المسلحين من الزبداني لقاء المدنيين المحاصرين في البلدتين. وقالت "
        "مراسلة قناة الميادين بأن حركة أحرار الشام تتصدر الفصائل التي قبلت الهدنة، وإن الحالات الحرجة ستُنقل من "
        "المناطق الثلاث خلال ساعات التهدئة.",
        [E("agreement", None, PL("الزبداني", "Al-Zabadani", "Rif Dimashq", nth=1), "2015-08-13",
           "مصادر لوكالة تسنيم", None,
           note="the extension is the item's news, one act for three places (a group, placed at the first); the "
                "48-hour truce it extends is its frame, not a second event; the final settlement and the evacuation of "
                "the critically wounded are future; dated by publication (the text gives no day for the extension)"),
         E("shelling", Q("3", 3), PL("الفوعة", "Al-Fu'ah", "Idlib", nth=2), "2015-08-12", "مصادر لوكالة تسنيم", FSA,
           note="rockets on the two towns on Wednesday morning killed three: one act, placed at the first town; the "
                "sources' sentence goes on, so its source carries")])

passage("ky07", "2018-04-07", "Felesteen, relaying Anadolu", "a chemical attack with the Civil Defence's toll; the "
        "assault of the day before; a week of departures | page: http://felesteen.ps/article/mqtl-40-mdnyaa-swryaa-ly-alaql-bhjwm-kymyayy-llnzam",
        "هجوم كيميائي للنظام يقتل 40 مدنياً في الأقل بدوما\n"
        "الغوطة الشرقية - الأناضول\n"
        "لقي ما لا يقل عن 40 مدنياً حتفهم يوم السبت في هجوم بالسلاح الكيميائي شنّه النظام السوري على مدينة دوما "
        "التي تسيطر عليها المعارضة في الغوطة الشرقية. وأعلن الدفاع المدني (الخوذ البيضاء) في حساباته على شبكات "
        "التواصل أن قوات النظام ومن يدعمها ضربت دوما بأسلحة كيميائية، وأن الهجوم خلّف 40 قتيلاً مدنياً على الأقل "
        "ومئات المصابين الذين يُسعفون في المكان، مع خشية من تزايد الضحايا. وفي الأسبوع الماضي، نزح آلاف بينهم مقاتلون "
        "وعائلاتهم من الغوطة نحو محافظات حلب وإدلب وحماة. وكانت قوات النظام قد استأنفت يوم الجمعة غارات جوية "
        "وهجمات برية ضارية على دوما، آخر مدن الغوطة في يد المعارضة. وتعزو مصادر محلية ذلك إلى إخفاق روسيا وفصيل جيش "
        "الإسلام في الاتفاق على هدنة وإجلاء.",
        [E("explosion", Q("ما لا يقل عن 40", 40, None), PL("دوما", "Douma", "Rif Dimashq"), "2018-04-07",
           "الدفاع المدني", GOV,
           note="TYPE CALL: a chemical attack whose delivery the text does not give; ACLED's chemical weapon is a "
                "sub-event of explosions/remote violence, so explosion (a coder could code airstrike); the Civil "
                "Defence's next sentence comes back to it (source carried back, stop 30); the figure is the first "
                "toll written"),
         E("other", Q("آلاف", 2000, 9000, True), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq", nth=1), None,
           None, None, kind="aggregate",
           note="departures over the past week (displacement under the evacuations): a sum over a period, "
                "placed at the region they left; the governorates are destinations"),
         E("airstrike", None, PL("دوما", "Douma", "Rif Dimashq", nth=1), "2018-04-06", None, GOV,
           note="Friday's resumed air raids, a recall with its own day told by the outlet («وكانت … قد»); the local "
                "sources only give the reason"),
         E("armed_clash", None, PL("دوما", "Douma", "Rif Dimashq", nth=1), "2018-04-06", None, GOV,
           note="the ground assault of the same sentence, another kind of act")])

passage("ky08", "2018-03-08", "Al-Azd (via Sauress), AFP copy", "air strikes with breathing cases, doctors' chlorine "
        "telling, a campaign's running toll | page: https://sauress.com/alazd/208360",
        "حالات اختناق بالعشرات في الغوطة الشرقية بعد غارات للنظام وروسيا\n"
        "تعرض عشرات الأشخاص للاختناق جراء ضربات جوية نفذتها طائرات النظام السوري وروسيا على الغوطة الشرقية، المعقل "
        "المحاصر للمعارضة قرب العاصمة، على ما ذكر المرصد السوري لحقوق الإنسان، في حين رجّح أطباء أن يكون الهجوم "
        "كيميائياً. وبيّن المرصد أن 60 شخصاً في الأقل عانوا من ضيق في التنفس مساء الأربعاء في حمورية وسقبا بعد "
        "الغارات، علماً أن موسكو نفت سابقاً أنها تقصف الغوطة. ونقلت الجمعية الطبية السورية الأميركية عن أطباء في "
        "مرفق طبي بالغوطة أنهم عالجوا 29 مصاباً على الأقل بدت عليهم أعراض التعرض للكلور. ومنذ 18 شباط/فبراير 2018 "
        "تشن القوات الحكومية حملة جوية تلتها أخرى برية، أودت بأكثر من 860 مدنياً وفق المرصد.",
        [E("airstrike", None, PL("حمورية", "Hamouriyah", "Rif Dimashq"), "2018-03-07",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="one raid told for two towns (Hamouriyah and Saqba: a group, placed at the first); only injured "
                "(60 with breathing trouble, 29 treated: another telling), so no figure (stop 30); Moscow's earlier "
                "denial is a background stance"),
         E("casualties", Q("أكثر من 860", 860, None, True), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"),
           None, "المرصد", None, kind="aggregate",
           note="a running toll since 18 February of an air and then a ground campaign (two kinds of act: "
                "casualties, stop 32); placed at the region the campaign struck (the headline's mention)")])

passage("ky09", "2013-08-22", "Al-Sharq (Saudi, via Sauress)", "the Ghouta chemical attack the day after: an aid "
        "worker's toll, a second attack, a council's list of towns | page: https://sauress.com/alsharq/923614",
        "نفذت قوات الأسد عند فجر أمس هجوماً كيميائياً واسعاً على الغوطة الشرقية في ريف دمشق، ثم ضربت بعده داريا "
        "والمعضمية في الغوطة الغربية. وروت ناشطة في العمل الإغاثي لـ«الشرق» أن رشقات صاروخية كثيفة انهالت منذ الفجر "
        "على معظم مدن الغوطة الشرقية وبلداتها، وكان كثير منها يحمل رؤوساً كيميائية يُظن أنها من غاز السارين. وقالت إن "
        "الأرقام الأولية تشير إلى زهاء 2000 شهيد مدني، ثلثهم أطفال، وإلى آلاف المصابين المحتاجين إلى إسعاف فوري، "
        "متوقعة أن يبلغ عدد المصابين قرابة عشرة آلاف. وبحسب اتحاد التنسيقيات ومجلس قيادة الثورة، فإن ما يزيد على 29 "
        "صاروخاً محملاً أصابت جوبر وعين ترما وحزة وسقبا وكفر بطنا وحموريا وزملكا وعربين وحرستا ودوما.",
        [E("shelling", Q("زهاء 2000", 2000, approx=True), PL("جوبر", "Jobar", "Damascus"), "2013-08-21",
           "ناشطة في العمل الإغاثي", GOV,
           note="rockets with chemical heads on the Eastern Ghouta: surface-to-surface rockets are shelling (as set 73 "
                "je06); one act told for ten towns (a group, placed at the first listed, Jobar; a coder could place "
                "it at the region); the aid worker's next sentences come back to it (source carried back); the "
                "dead are the figure (a third children: breakdown); the 29 rockets are its count"),
         E("explosion", None, PL("داريا", "Darayya", "Rif Dimashq"), "2013-08-21", None, GOV,
           note="«another attack» on Darayya and Moadamiyah (a group): the text gives no weapon, so coded as the "
                "chemical attack of ky07 is (explosion); told by the outlet")])

passage("ky10", "2012-07-11", "Al-Badil (via Masress), Reuters copy", "an ambassador defects, told by the opposition "
        "with a hedge; a council member's stance; an earlier defection recalled | page: https://www.masress.com/elbadil/154958",
        "ذكرت مصادر معارضة سورية اليوم الأربعاء أن سفير سوريا في العراق انشق عن النظام، احتجاجاً على ما تشنه "
        "قوات الرئيس بشار الأسد ضد الانتفاضة المتواصلة منذ 16 شهراً. وإن صح الخبر يكون السفير نواف الفارس، القريب "
        "من الأجهزة الأمنية، أول دبلوماسي سوري كبير يترك صفوف النظام. والفارس من أبناء دير الزور التي تعرضت لحملة "
        "عسكرية عنيفة من قوات الأسد. وأكد محمد سرميني، العضو في المجلس الوطني السوري، إن هذه الخطوة ليست سوى أول "
        "حلقة في سلسلة انشقاقات دبلوماسية، لافتاً إلى أن المعارضة تتواصل مع عدد من السفراء. وسبق خطوةَ الفارس "
        "انشقاقُ العميد نواف طلاس، الصديق المقرب من الأسد.",
        [E("defection", None, PL("العراق", "Iraq", None, "Iraq"), "2012-07-11", "مصادر معارضة سورية", GOV,
           note="the ambassador to Iraq defects where he serves (a place abroad where the act happened); the hedge "
                "«if true» keeps it asserted as reported; Sermini's comment reacts to it (no statement); the "
                "Brigadier's earlier defection is recalled with no day (not coded; the page writes «نواف طلاس»); Deir "
                "ez-Zor is his origin, its campaign a background")])

passage("ky11", "2012-07-25", "Arab48", "a couple of diplomats defect a day apart; a spokesman's telling via Reuters "
        "| page: https://www.arab48.com/أخبار-عربية-ودولية/أخبار-سورية/2012/07/25/سفيرا-سوريا-في-الإمارات-وقبرص-زوجان-يعلنان-انشقاقهما-عن-النظام",
        "سفيرا سوريا لدى الإمارات وقبرص، وهما زوجان، يتركان النظام\n"
        "أعلن عبد اللطيف الدباغ، سفير سوريا في دولة الإمارات، انشقاقه اليوم الأربعاء، ليلتحق بزوجته لمياء الحريري، "
        "القائمة بأعمال السفارة السورية في قبرص، التي انشقت بدورها أمس الثلاثاء وغادرت إلى قطر. وكانت السلطات "
        "الإماراتية قد أبعدت السفير السوري من أبوظبي في شباط/فبراير الماضي. ونقلت رويترز عن محمد سرميني، الناطق "
        "باسم المجلس الوطني السوري، أن الدباغ بات في قطر، وأنه وزوجته، ابنة أخت فاروق الشرع المتحدرة من درعا، نسّقا "
        "خطوتهما معاً. وكانت المعارضة قد أشارت إلى مشاورات أجراها الدباغ مع معارضين قبل إعلانه.",
        [E("defection", None, PL("الإمارات", "United Arab Emirates", None, "United Arab Emirates", nth=1),
           "2012-07-25", None, GOV,
           note="the ambassador's own announcement, told by the outlet; placed where he served (abroad, where the act "
                "happened); Qatar is where he went; Sermini's telling comes two sentences later, after a recall, so it "
                "does not carry back"),
         E("defection", None, PL("قبرص", "Cyprus", None, "Cyprus", nth=1), "2012-07-24", None, GOV,
           note="the chargée d'affaires in Cyprus defected the day before (her own event); the UAE's expulsion of an "
                "ambassador in February is diplomatic background, not coded")])

passage("ky12", "2012-12-03", "Yemen Voice (via Yemeress)", "a spokesman's defection told by the opposition, his route "
        "abroad, a premier's defection recalled with its month | page: https://www.yemeress.com/yemenvoice/43374",
        "أعلنت المعارضة السورية يوم الاثنين من دمشق أن جهاد مقدسي، الناطق باسم وزارة الخارجية، انشق عن الحكومة، مضيفة أن "
        "الوزارة ستنشر الثلاثاء بياناً تشرح فيه ظروف انشقاقه الذي جاء عقب إعفائه من منصبه. وكان جمال الوادي، مسؤول "
        "مكتب الحراك الثوري التابع للمجلس الوطني السوري، قد قال إن معلومات وصلته من ناشطين معارضين في لبنان تفيد بأن "
        "مقدسي بلغ بيروت قبل أيام ثم رحل عنها إلى وجهة لا تُعرف، بينما تحدثت تقارير صحفية عن سفره إلى لندن عبر مطار "
        "بيروت. وكان مقدسي قد توارى عن الأنظار في الأسابيع الماضية بعد حضور كثيف في الإعلام دفاعاً عن النظام. ويُعد "
        "انشقاقه الأبرز منذ انشقاق رئيس الوزراء رياض حجاب في آب/أغسطس الماضي.",
        [E("defection", None, PL("بيروت", "Beirut", None, "Lebanon"), "2012-12-03", "المعارضة السورية", GOV,
           note="PLACE CALL: no place at home is named; his arrival in Beirut is told as the way he left (an arrival "
                "abroad keeps the place, stop 28); dated by the announcement (Monday); the ministry's statement is "
                "future; London is a rumoured destination"),
         E("defection", None, None, "2012-08", None, GOV,
           note="the premier's defection, recalled with its month (background); no place given")])

passage("ky13", "2014-02-09", "Youm7 (via Masress)", "evacuees out of Old Homs by SANA's count; aid blocked the day "
        "before; the opposition's toll of mortars on the waiting crowd | page: https://www.masress.com/youm7/1498004",
        "غادر 65 مدنياً أحياء حمص المحاصرة اليوم الأحد ودخلت إليها مساعدات إنسانية، بينما ظلت قوات النظام تنتهك "
        "الهدنة بقصف بعض المناطق، بحسب مصادر من الأهالي. وقالت الوكالة الرسمية سانا إن المساعدات التي تعذر إيصالها "
        "أمس إلى حمص القديمة بسبب هجمات المسلحين على الشاحنات أُدخلت اليوم، وإن الخارجين الـ65 كلهم أطفال ونساء "
        "ومسنون، ونُقلوا إلى منطقة ديك الجن تطبيقاً لاتفاق المحافظ مع المنسق المقيم للأمم المتحدة. ونقلت الوكالة عن "
        "المحافظ طلال البرازي استعداد المحافظة لتقديم كل عون لإخراج من تبقى وإيصال الإغاثة. في المقابل، قالت مصادر "
        "معارضة إن قذائف هاون أطلقتها قوات النظام على تجمع لمدنيين ينتظرون الخروج أوقعت 4 قتلى و10 جرحى.",
        [E("other", Q("65", 65), PL("حمص القديمة", "Old Homs", "Homs"), "2014-02-09", "مصادر من الأهالي", None,
           note="an evacuation of besieged civilians (the figure is the evacuees; Dik al-Jinn is the destination); "
                "the lead's «بحسب» covers the sentence; SANA's telling is the same act; placed at the quarter the "
                "next sentence names"),
         E("armed_clash", None, PL("حمص القديمة", "Old Homs", "Homs"), "2014-02-08", "الوكالة الرسمية سانا", FSA,
           note="SANA's «attacks by gunmen on the trucks» the day before: an attack by armed men is an armed_clash "
                "(stop 30); no figure; a coder could leave a non-violent-seeming blockage out"),
         E("shelling", Q("4", 4), PL("حمص القديمة", "Old Homs", "Homs"), "2014-02-09", "مصادر معارضة", GOV,
           note="mortars on the waiting crowd; the lead's «shelling some areas» is the same breach told first "
                "(one event, figure from the later telling); 10 wounded go in injured")])

passage("ky14", "2014-05-07", "Al-Janoob Media (via Yemeress), agencies", "the first fighters out of Old Homs, the "
        "governor via SANA, a negotiator via AFP; roads to Nubl and al-Zahraa opened | page: https://www.yemeress.com/aljnoobmedia/671363",
        "بلغت أولى دفعات المسلحين الخارجين من حمص القديمة المحاصرة، وعدد أفرادها 222، بلدة الدار الكبيرة في ريف "
        "حمص يوم الأربعاء، على ما أفاد ناشطون. ونقلت وكالة سانا عن المحافظ طلال البرازي تأكيده مغادرة الدفعة الأولى "
        "للأحياء التي يطوقها الجيش منذ ما يزيد على عامين، فيما قال أبو يحيى الحمصي، أحد ممثلي المعارضة، لفرانس برس إن "
        "بين المغادرين مدنيين ومسلحين جرحى وأصحاء. ويتحصن في تلك الأحياء زهاء 1200 مقاتل. وبالتزامن مع الإجلاء، فتح "
        "مقاتلو المعارضة الطرق إلى بلدتي نبل والزهراء المحاصرتين في محافظة حلب، وفق المرصد السوري لحقوق الإنسان. "
        "وسيتسلم الجيش الأحياء عند اكتمال الإجلاء، ولا يشمل الاتفاق حي الوعر.",
        [E("other", Q("222", 222), PL("حمص القديمة", "Old Homs", "Homs"), "2014-05-07", "ناشطون", FSA,
           note="the evacuation's first batch (figure: the 222 who left); al-Dar al-Kabira is the destination, not "
                "the place; the 1,200 fighters inside are a state; the army's takeover is future"),
         E("other", None, PL("نبل", "Nubl", "Aleppo"), "2014-05-07", "المرصد السوري لحقوق الإنسان", FSA,
           note="roads into two besieged towns opened as part of the same deal (a siege eased, one act for two "
                "towns, placed at the first); a coder could leave it out as a term of the deal")])

passage("ky15", "2012-08-10", "Kalima (Tunisia, via Turess)", "rebels announce a withdrawal from a quarter, call it "
        "tactical; Damascus claims the advance and names the next battle | page: https://www.turess.com/kalima/12763",
        "أعلنت فصائل المعارضة السورية اليوم الجمعة (10 آب/أغسطس 2012) أنها انسحبت من حي صلاح الدين في حلب إثر قتال "
        "ضارٍ مع قوات النظام. وشدد الجيش الحر على أن خروجه من الحي تكتيكي ولا يعني ترك المدينة، قائلاً إن لديه خططاً "
        "عسكرية لحلب لا يمكنه الإفصاح عنها. أما دمشق فقالت إن قواتها تزحف سريعاً من صلاح الدين نحو حي سيف الدولة، وإن "
        "المعركة الكبرى القادمة ستدور في حي السكري. وتفيد الأنباء بأن الجيش النظامي لم يزج في هذه المعركة إلا بعشرة في "
        "المئة من التعزيزات التي حشدها في حلب.",
        [E("territory_change", None, PL("صلاح الدين", "Salah al-Din", "Aleppo"), "2012-08-10",
           "فصائل المعارضة السورية", GOV,
           note="the rebels' withdrawal from the quarter is a taking by the regime (the side that gains is the "
                "agent); the fierce clashes before it are the same incident (as set 1 p22); the advance towards "
                "Saif al-Dawla is a claim of movement, the Sukkari battle future, the reinforcements a state")])

passage("ky16", "2012-07-28", "Al-Anba (Kuwait, via Sauress), relaying SOHR and DPA", "the regime storms a quarter; "
        "clashes and shells in three quarters; reinforcements the day before | page: https://sauress.com/anbacom/17930",
        "قال المرصد السوري لحقوق الإنسان صباح اليوم إن أعنف اشتباكات منذ انطلاق الثورة تجري في أحياء عدة بمدينة حلب "
        "بين كتائب الثوار وقوات بشار الأسد. ونقلت الوكالة الألمانية عن ناشطين وشهود أن القوات النظامية استهلت هجومها "
        "على المدينة باقتحام حي صلاح الدين. وذكر المرصد أن الحي يتعرض للقصف وأن قتالاً عنيفاً يدور عند مداخله مع "
        "مقاتلين يصدون القوات المقتحمة، وأشار كذلك إلى قذائف أصابت حي السكري ومواجهات فيه دفعت الأهالي إلى النزوح، "
        "وعن اشتباكات حادة في الحمدانية مع رتل عسكري كان في طريقه إلى صلاح الدين. وكان الثوار قد قالوا أمس إنهم "
        "يتأهبون لما سموه «أم المعارك»، بعدما دفع الطرفان بتعزيزات إلى المنطقة.",
        [E("armed_clash", None, PL("صلاح الدين", "Salah al-Din", "Aleppo"), "2012-07-28",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the storming of Salah al-Din and the fight at its entrances (the shelling of the quarter folded in: "
                "clashes with shelling are one armed clash); the lead's «clashes in several quarters» is the "
                "umbrella of the three clashes, no event of its own; SOHR is the first source of the lead and the "
                "details, DPA's activists another telling"),
         E("armed_clash", None, PL("السكري", "Al-Sukkari", "Aleppo"), "2012-07-28", "المرصد", GOV,
           note="shells and clashes in Sukkari, with residents fleeing: one clash (the displacement is its "
                "consequence, not counted)"),
         E("armed_clash", None, PL("الحمدانية", "Al-Hamdaniyah", "Aleppo"), "2012-07-28", "المرصد", FSA,
           note="rebels against a convoy heading to Salah al-Din: placed where it was fought, not where the convoy was "
                "going"),
         E("reinforcement", None, PL("حلب", "Aleppo", "Aleppo"), None, None, GOV,
           note="both sides sent reinforcements before the battle: a recall told by the outlet («وكان … قد»), not "
                "dated; the rebels' «mother of battles» is a boast, not a named body's statement")])

passage("ky17", "2012-09-28", "Aljamaa.net (AFP copy)", "the FSA's announcement of fighting on many fronts; a military "
        "source's failed assault; the monitor's comparison | page: https://www.aljamaa.net/ar/2012/09/28/الثوار-يخوضون-معارك-شرسة-على-عدة-جبهات/",
        "أعلن الجيش السوري الحر أن قتالاً ضارياً غير مسبوق في اتساعه يدور اليوم الجمعة 28 أيلول/سبتمبر 2012 على جبهات "
        "عدة في حلب، ثانية كبرى مدن البلاد، غداة إعلان المعارضة المسلحة الخميس انطلاق هجوم حاسم. واشتعلت المعارك منذ "
        "الفجر في حيي العرقوب وميسلون شرقي المدينة واستمرت ساعات. وقال مصدر عسكري إن المسلحين سعوا مرات مساء الخميس "
        "ومن محاور متعددة إلى بلوغ ساحة سعد الله الجابري في قلب حلب دون أن يفلحوا. ورأى مدير المرصد "
        "السوري لحقوق الإنسان رامي عبد الرحمن أن المواجهات التي كانت تنحصر في شارع أو اثنين باتت تمتد على جبهات كثيرة، فيما أبلغ "
        "سكان أحياء السليمانية والسيد علي الخاضعة للنظام عن إطلاق نار لم يعهدوه.",
        [E("armed_clash", None, PL("العرقوب", "Al-Arqoub", "Aleppo"), "2012-09-28", "الجيش السوري الحر", FSA,
           note="the FSA's «many fronts» is told in detail by the next sentence (two quarters: a group, placed at "
                "the first), which has no source of its own and goes on with the FSA's report; the residents' "
                "gunfire in Suleimaniyah is not coded (no sides, no act told); the monitor's comparison is comment"),
         E("armed_clash", None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2012-09-27", "مصدر عسكري", FSA,
           note="repeated rebel attempts on Thursday evening to reach the square: a failed assault is still a fight "
                "(a coder could code it attempted); a square is placed at its city (stop 29)")])

passage("ky18", "2015-10-15", "New Orient News (SANA's telling)", "an offensive opened: a village taken, raids and "
        "artillery, the military source's count; takings in Daraa and Hama | page: https://neworientnews.com/2015/10/15/16619",
        "الجيش السوري يطلق عملية في ريف حمص الشمالي\n"
        "سيطرت قوات الجيش السوري على قرية خالدية الدار الكبيرة بالريف الشمالي الغربي لحمص، بعد أن قتلت عدداً من "
        "الإرهابيين وأتلفت أسلحتهم. وأفاد مصدر عسكري لوكالة سانا بأن قوات الجيش شرعت في عملية على محاور في ريف حمص "
        "الشمالي وشماله الشرقي عقب غارات جوية مكثفة وقصف مدفعي تمهيدي على مواقع التنظيمات الإرهابية ومقارها، سعياً "
        "لإعادة الأمن إلى قرى المنطقة وبلداتها، مبيناً أن ما يزيد على 50 مسلحاً من جبهة النصرة وحلفائها قُتلوا في "
        "المواجهات. وفي درعا البلد، سيطرت وحدات أخرى على مبنى سيرياتل و9 كتل سكنية في حي المنشية إثر تدمير ما فيها "
        "من بؤر إرهابية. كما استعادت قوات الجيش في ريف حماة الشمالي الغربي بلدتي فورو والصفصافة.",
        [E("territory_change", None, PL("خالدية الدار الكبيرة", "Khalidiyat al-Dar al-Kabira", "Homs"), "2015-10-15",
           "مصدر عسكري", GOV,
           note="the village taken at the start of the offensive; the military source's next sentence comes back to "
                "the same operation (source carried back); dated by publication"),
         E("armed_clash", Q("ما يزيد على 50", 50, None, True), PL("ريف حمص الشمالي", "Northern Homs countryside",
           "Homs", nth=1), "2015-10-15", "مصدر عسكري", GOV,
           note="the ground fighting of the offensive with its dead; the text names no finer place for it than the "
                "region (the taking above is its own event)"),
         E("airstrike", None, PL("ريف حمص الشمالي", "Northern Homs countryside", "Homs", nth=1), "2015-10-15",
           "مصدر عسكري", GOV, note="the preparatory air raids on the region"),
         E("shelling", None, PL("ريف حمص الشمالي", "Northern Homs countryside", "Homs", nth=1), "2015-10-15",
           "مصدر عسكري", GOV, note="the preparatory artillery of the same clause: another kind of act"),
         E("territory_change", None, PL("المنشية", "Al-Manshiyah", "Daraa"), "2015-10-15", None, GOV,
           note="another place and another report: the outlet's (stop 30); the building and nine blocks are inside "
                "the quarter, no figure"),
         E("territory_change", None, PL("فورو", "Furu", "Hama"), "2015-10-15", None, GOV,
           note="two towns retaken (a group, placed at the first); «كما» adds an act after a sourced report of "
                "another place: the outlet")])

passage("ky19", "2014-05-10", "Tasnim (Arabic)", "an Iranian agency's round-up of the army's claims near Damascus "
        "| page: https://www.tasnimnews.com/ar/news/2014/05/10/365122/جیش-سوریا-یحقق-انجازات-کبیرة-فی-ریف-دمشق-وحمص-ویتقدم-على-محاور-القتال-فی-حلب-وریفها/amp",
        "الجيش السوري يتقدم في ريفي دمشق وحمص ويواصل القتال في حلب\n"
        "يمضي الجيش السوري في عملياته ضد من يصفهم بالمسلحين الإرهابيين، إذ نفذ سلسلة عمليات نوعية في ريف دمشق أوقعت "
        "عشرات القتلى والجرحى في صفوفهم، وأحبط محاولات تسلل في حلب ودرعا قُتل فيها العشرات، بعضهم أجانب. ففي ريف "
        "دمشق، استهدف الجيش تجمعات للمسلحين في عدرا البلد فقتل تسعة من عناصر «الجبهة الإسلامية»، ودمرت وحدة أخرى وكراً "
        "بما فيه من سلاح وعتاد في مزارع عالية قرب دوما وقتلت من كان داخله. وشهد حي جوبر، حيث أطلق الجيش منذ فجر اليوم "
        "عملية واسعة، قصفاً شديداً على مواقع المسلحين خلّف عشرات القتلى والجرحى. وفي الريف الشمالي الشرقي، أسفر "
        "استهداف مقار قرب الضمير وإلى الشرق من مكاسر البتراء بمنطقة جيرود عن مقتل 16 مسلحاً.",
        [E("armed_clash", Q("العشرات", 20, 90, True), PL("حلب", "Aleppo", "Aleppo", nth=1), "2014-05-10", None, GOV,
           note="infiltrations repelled in Aleppo and Daraa with dozens killed: one act told for two places (a "
                "group, placed at the first); the Rif Dimashq «dozens killed and wounded» of the same sentence is "
                "the sum of the incidents told after it (stop 34), no event"),
         E("armed_clash", Q("تسعة", 9), PL("عدرا البلد", "Adra al-Balad", "Rif Dimashq"), "2014-05-10", None, GOV,
           note="TYPE CALL: «targeted gatherings» with no weapon named: coded as a ground attack (armed_clash); a "
                "coder could code shelling"),
         E("armed_clash", None, PL("مزارع عالية", "Aliya farms", "Rif Dimashq"), "2014-05-10", None, GOV,
           note="a hideout destroyed and those inside killed (no number); the farms near Douma are the place"),
         E("shelling", Q("عشرات", 20, 90, True, nth=2), PL("جوبر", "Jobar", "Damascus"), "2014-05-10", None, GOV,
           note="heavy shelling of Jobar on the day the army opened an operation there; «dozens killed and wounded» "
                "with no dead apart is the act's figure (as set 78 kc21)"),
         E("armed_clash", Q("16", 16), PL("الضمير", "Al-Dumayr", "Rif Dimashq"), "2014-05-10", None, GOV,
           note="HQs «targeted» near al-Dumayr and east of the Batra quarries: coded as Adra's is; placed at the "
                "first named town")])

passage("ky20", "2014-03-11", "El Khabar (via Djazairess), Reuters copy", "nuns freed in a swap; how many women the "
        "government freed is unclear | page: https://djazairess.com/elkhabar/391150",
        "بلغت 13 راهبة من الروم الأرثوذكس دمشق مساء الاثنين، بعد أن أُفرج عنهن بوساطة قطرية لبنانية إثر احتجاز دام ما "
        "يزيد على ثلاثة أشهر لدى مقاتلين من تنظيم «القاعدة» في بلدة معلولا شمال العاصمة. وجرى إطلاقهن ضمن صفقة تبادل "
        "تضمنت إخلاء سبيل نساء تعتقلهن حكومة الرئيس بشار الأسد. ولم يُعرف كم سجينة أُطلقت، غير أن ناشطين ذكروا أن 15 "
        "امرأة في الأقل خرجن من سجن عدرا شمال دمشق، وهو رقم ضئيل قياساً إلى 153 امرأة قال مسؤولون إن الصفقة ستشملهن. "
        "وظهرت الراهبات، ومعظمهن متقدمات في السن، ومعهن ثلاث نساء أخريات من الدير ذاته، بحال صحية جيدة وهن يجلسن مع "
        "رجال دين مسيحيين في دمشق.",
        [E("other", Q("13", 13), PL("معلولا", "Maaloula", "Rif Dimashq"), "2014-03-10", None, HTS,
           note="a prisoner exchange is one event whose figure is the first side the text numbers (the 13 nuns; the "
                "15 women are the other side, 153 the promised figure); PLACE CALL: the text does not say where the "
                "swap happened, so it is placed at the town the nuns were held in (a coder could place it at "
                "Damascus, where they arrived); their abduction is recalled with no day (not coded)")])

passage("ky21", "2014-03-11", "Al Arabiya", "the information minister's figure against the mediator's and the "
        "opposition's for the same swap | page: https://www.alarabiya.net/arab-and-world/syria/2014/03/11/دمشق-راهبات-معلولا-مقابل-25-معتقلا-لا-أكثر",
        "دمشق: 25 معتقلاً فقط أُطلقوا مقابل راهبات معلولا\n"
        "قال عمران الزعبي، وزير الإعلام السوري، إن السلطات لم تطلق سوى 25 شخصاً لقاء إفراج جماعة مسلحة عن راهبات "
        "معلولا، بينما كان الرقم المعلن لمن تشملهم الصفقة يتجاوز 150 امرأة. وأوضح الزعبي للتلفزيون الرسمي مساء "
        "الاثنين أن هذا هو العدد الفعلي لمن خرجوا مقابل راهبات دير مار تقلا، واصفاً كل رواية أخرى بأنها تخمين "
        "ومبالغة. وكان اللواء عباس إبراهيم، مدير عام الأمن العام اللبناني، قد قال الأحد عند معبر جديدة يابوس إن "
        "موقوفات وسجينات أُفرج عنهن وإن عددهن يفوق 150، وهو ما أيده ناشطون معارضون، في حين تحدثت مصادر معارضة مطلعة "
        "عن إطلاق 141 امرأة وقلة من الرجال مقابل 13 راهبة وثلاث نساء.",
        [E("other", Q("25", 25, nth=1), PL("معلولا", "Maaloula", "Rif Dimashq", nth=1), "2014-03-09",
           "عمران الزعبي", GOV,
           note="one swap told with three figures (the minister's 25, the mediator's over 150, the opposition's 141): "
                "one event whose figure is the first the body writes (stop 34); the minister's dispute of the "
                "figure tells the same act (no statement); placed as ky20; dated by the mediator's Sunday (a coder "
                "could date it Monday)")])

passage("ky22", "2013-01-09", "Al-Binaa (Tunisia, via Turess)", "a swap announced by Iranian TV; a Turkish NGO's and a "
        "rebel spokesman's figures; the abduction recalled with its month | page: https://www.turess.com/binaa/8889",
        "صفقة بين الجيش الحر والنظام برعاية إقليمية: 48 إيرانياً لقاء 2130 مدنياً سورياً\n"
        "أعلن التلفزيون الإيراني في نشرته اليوم الأربعاء 9 كانون الثاني/يناير أن مقاتلين من المعارضة السورية أخلوا سبيل 48 زائراً "
        "إيرانياً اختُطفوا قرب دمشق في آب/أغسطس الماضي، مقابل 2130 مدنياً سورياً، دون أن يحدد موعد الإفراج أو شروطه. "
        "وكانت منظمة تركية غير حكومية قد قالت إن دمشق قررت إطلاق 2130 معتقلاً مدنياً اليوم لقاء المحتجزين الإيرانيين، "
        "وأكد سيركان نرجس، المتحدث باسم هيئة الإغاثة الإنسانية التركية، أن النظام شرع اليوم في الإفراج عنهم في مدن "
        "سورية عدة، ثمرةً لمفاوضات خاضتها منظمته شهوراً. وتحدث أحمد الخطيب، الناطق باسم المجلس العسكري الثوري "
        "لدمشق وريفها، عن 2135 معتقلاً بينهم أسماء بارزة، وقال إن الصفقة تمت برعاية قطرية وتركية.",
        [E("other", Q("48", 48), PL("دمشق", "Damascus", "Damascus"), "2013-01-09", "التلفزيون الإيراني", FSA,
           note="the swap: one event, figure the first side numbered (48 Iranians; 2,130 and 2,135 are the other "
                "side's figures in three tellings); placed at Damascus, the only place the text gives (the "
                "Iranians were held near it; the detainees were freed in several cities)"),
         E("arrest", Q("48", 48, nth=1), PL("دمشق", "Damascus", "Damascus"), "2012-08", "التلفزيون الإيراني",
           FSA, note="the abduction of the 48 near Damascus, recalled with its month (abductions are arrest, as set "
                     "73); inside the TV's sentence")])

passage("ky23", "2013-01-11", "Al-Ittihad (UAE), DPA", "about a thousand freed two days before under the swap; the "
        "next batch postponed by snow | page: http://www.alittihad.ae/details.php?id=4087&y=2013",
        "نحو ألف معتقل سوري يخرجون في إطار «صفقة الإيرانيين»\n"
        "القاهرة، دمشق - د ب أ: أفاد مصدر سوري بأن خروج الدفعة الثانية من المعتقلين لدى السلطات ضمن صفقة مبادلة "
        "الرهائن الإيرانيين الذين احتجزهم فصيل من الجيش الحر أُرجئ بسبب سوء الأحوال الجوية، موضحاً أن إطلاق دفعة "
        "الأمس نُقل إلى يوم غد السبت جراء عاصفة ثلجية قطعت طرقاً كثيرة. وقال مصدر حقوقي إن من خرجوا أول أمس بموجب "
        "الصفقة بلغوا قرابة ألف معتقل، على أن يُفرج عن الباقين على دفعتين، في أكبر عملية من نوعها منذ آذار/مارس "
        "2011. وكان وسطاء قد أعلنوا أول أمس اتفاق الطرفين على مبادلة الإيرانيين الـ48 بـ2135 معتقلاً. ووصل الرهائن "
        "المحررون إلى طهران أمس بعد أسر تجاوز 5 أشهر.",
        [E("other", Q("نحو ألف", 1000, approx=True), None, "2013-01-09", "مصدر حقوقي", GOV,
           note="the release of about a thousand under the swap, two days before (the headline and the rights "
                "source's «قرابة ألف» are one telling; the headline's figure comes first); no place in Syria is "
                "given (Damascus and Cairo are the dateline); the postponed batch is future; the deal announced the "
                "same day and the hostages' arrival in Tehran are the same exchange")])

passage("ky24", "2013-06-05", "Al-Watan (Bahrain), AFP copy", "the monitor confirms a town taken after a night's "
        "shelling; the withdrawal's routes; state media's earlier telling | page: https://alwatannews.net/ampArticle/49497",
        "ذكر المرصد السوري لحقوق الإنسان أن قوات النظام ومقاتلي حزب الله اللبناني بسطوا اليوم الأربعاء سيطرتهم على "
        "القصير بمحافظة حمص، بعد قتال طاحن تجاوز أسبوعين. وكتب المرصد في رسالة إلكترونية أن عناصر الحزب دخلوا "
        "المدينة تحت غطاء من قصف عنيف شنته القوات النظامية منذ ليل أمس حتى الفجر. وأوضح مديره رامي عبد الرحمن لفرانس "
        "برس أن المعارضين قاتلوا حتى النفس الأخير ثم انسحبوا لنفاد ذخيرتهم، بعضهم إلى الضبعة والبويضة الشرقية شمالي "
        "القصير وبعضهم إلى عرسال اللبنانية. وكان الإعلام الرسمي وقناة المنار قد أعلنا باكراً صباح اليوم السيطرة "
        "التامة على المدينة، وقالت قناة الإخبارية إن الجيش قضى على كثير من «الإرهابيين» واعتقل آخرين.",
        [E("territory_change", None, PL("القصير", "Al-Qusayr", "Homs"), "2013-06-05", "المرصد السوري لحقوق الإنسان",
           GOV, note="the taking, told by SOHR and by state media and al-Manar (other tellings); the withdrawal is the "
                     "same incident, Dabaa, Buwaida and Arsal are where the rebels went; the arrests state TV claims "
                     "are part of the taking (no figure)"),
         E("shelling", None, PL("القصير", "Al-Qusayr", "Homs"), "2013-06-04", "المرصد", GOV,
           note="the night's heavy shelling that covered the entry: another kind of act told on its own (a coder "
                "could fold it into the taking); dated by its start, last night")])

passage("ky25", "2013-06-05", "Al-Raddar", "the same taking told by the army's General Command, with a threat "
        "| page: https://alraddar.com/2013/06/الجيش-السوري-يسيطر-على-كامل-القصير-وال/",
        "الجيش السوري يستعيد القصير كاملة والمعارضة تعلن الانسحاب\n"
        "أحكم الجيش السوري قبضته على القصير كلها بريف حمص، بينما تحدثت أنباء عن تراجع مقاتلي المعارضة إلى مناطق "
        "محاذية. وفي بيان صادر عن القيادة العامة للجيش والقوات المسلحة بعد أسبوعين من القتال، توعد الجيش بملاحقة المسلحين في "
        "كل بقعة من أرض سوريا، مؤكداً أن حربه على الإرهاب متواصلة. وقال البيان إن القوات أعادت الأمن فجر اليوم إلى "
        "القصير وطهرتها بعد عمليات ناجحة فيها وفي القرى المجاورة، فقُتل عدد كبير من الإرهابيين واستسلم بعضهم وفر "
        "الباقون، وإن الوحدات تعمل على فتح الطرق وتمشيط المنطقة ونزع الألغام والمتاريس.",
        [E("territory_change", None, PL("القصير", "Al-Qusayr", "Homs"), "2013-06-05",
           "القيادة العامة للجيش والقوات المسلحة", GOV,
           note="the lead has no source; the General Command's statement comes back to the taking (dawn, the dead, "
                "the demining), so its source carries back (stop 30); the headline's rebel announcement is the same "
                "withdrawal"),
         E("statement", None, None, "2013-06-05", "القيادة العامة للجيش والقوات المسلحة", GOV,
           note="the command's vow to pursue the armed men everywhere in Syria: a named body's threat is a "
                "statement (stop 32); Syria as a whole is no place")])

passage("ky26", "2014-02-08", "Al-Arab (London)", "the first civilians out of Old Homs by three counts; a three-day "
        "truce told by Moscow | page: https://alarab.co.uk/عاصمة-الثورة-السورية-يُفك-حصارها-بعد-عام-ونصف",
        "حمص تتنفس بعد حصار دام عاماً ونصفاً\n"
        "دمشق - أعلنت السلطات السورية أمس أن أولى دفعات المدنيين المحاصرين في أحياء حمص القديمة بدأت بالخروج، فيما "
        "قالت الخارجية الروسية إن اتفاقاً أُبرم على هدنة في حمص توقف القتال بين قوات النظام والمعارضة 3 أيام. وذكرت "
        "وكالة سانا أن أولى الدفعات من الأطفال والنساء والمسنين لم يزد عددها على 11 شخصاً حتى الساعة 13,00 بتوقيت "
        "غرينتش، واتجهت إلى منطقة ديك الجن. ويتوقع المحافظ طلال البرازي أن يغادر 200 مدني سيراً على الأقدام من حي "
        "جورة الشياح في دفعة أولى، بينما تحدث التلفزيون الرسمي عن إخراج 35 مدنياً على متن حافلتين. ويطوق النظام منذ "
        "ما يزيد على عام ونصف 13 حياً بحمص في يد المعارضة يقطنها قرابة 4 آلاف مدني.",
        [E("other", Q("لم يزد عددها على 11", None, 11, True), PL("حمص القديمة", "Old Homs", "Homs"), "2014-02-07",
           "السلطات السورية", GOV,
           note="the evacuation's first batch, told by the authorities; FIGURE CALL: SANA's «no more than 11» is the "
                "first figure (an upper bound; the TV's 35 is another telling, stop 34; the governor's 200 is an "
                "expectation); Dik al-Jinn is the destination; the 13 besieged quarters are a state"),
         E("agreement", None, PL("حمص", "Homs", "Homs", nth=2), "2014-02-07", "الخارجية الروسية", None,
           note="a three-day truce, told by the Russian foreign ministry; dated by «yesterday» of the lead")])

passage("ky27", "2016-08-27", "Aajsy", "Darayya's first evacuees reach the border, a second batch leaves, the deal "
        "recalled with its day | page: https://aajsy.com/وصول-أول-دفعة-من-مقاتلي-داريا-وعائلاتهم-إلى-إدلب",
        "وصل ما يزيد على 250 من المغادرين لداريا إلى منطقة باب الهوى على الحدود التركية، قادمين بالحافلات من قلعة "
        "المضيق في ريف حماة، التي بلغوها مساء أمس بعد خروجهم من مدينتهم. وفي الوقت ذاته، خرج نحو 500 مدني نُقلوا إلى "
        "الحرجلة في الغوطة الغربية لدمشق، ويُنتظر أن تغادر دفعات أخرى خلال الساعات المقبلة. وقضى اتفاق أُبرم الخميس "
        "بتهجير أربعة آلاف هم آخر من بقي من سكان داريا الأصليين، يذهبون إلى الغوطة الغربية، على أن ينتقل المقاتلون مع "
        "أسلحتهم الفردية وعائلاتهم إلى إدلب. وعاشت داريا أربع سنوات تحت حصار خانق وقصف شبه يومي، وكان سكانها قرابة "
        "350 ألفاً قبل أن ينزح عشرات الآلاف.",
        [E("other", Q("ما يزيد على 250", 250, None, True), PL("داريا", "Darayya", "Rif Dimashq", nth=1),
           "2016-08-26", None, None,
           note="the first batch's evacuation, told by its arrival: an evacuation is placed where it left (Bab "
                "al-Hawa and Qalaat al-Madiq are destination and stop); dated by its departure the day before "
                "(«مساء أمس» is the arrival at the stop; a coder could date it the 27th)"),
         E("other", Q("نحو 500", 500, approx=True), PL("داريا", "Darayya", "Rif Dimashq", nth=1), "2016-08-27",
           None, None, note="a second batch of civilians left the same day, to Harjalah: its own event"),
         E("agreement", None, PL("داريا", "Darayya", "Rif Dimashq", nth=2), "2016-08-25", None, None,
           note="the deal, recalled with its day (Thursday); the 4,000 it displaces are its terms, not its figure; "
                "the siege and the bombardment are a state; the displacement of tens of thousands is background with "
                "no period")])

passage("ky28", "2014-03-17", "Al-Hayat (via Sauress)", "a town taken told by an officer to AFP, with two other fronts "
        "in the lead | page: https://sauress.com/alhayat/1159743",
        "استعادت قوات النظام السوري، بمساندة مقاتلي «حزب الله» اللبناني، يبرود، المدينة الاستراتيجية في ريف دمشق، أمس "
        "محققة مكسباً ميدانياً بارزاً، في حين باغتت المعارضة القوات النظامية بهجوم بين دمشق والجولان، وطرد مقاتلوها "
        "عناصر تنظيم «داعش» من ثلاث قرى بمحافظة حلب. وقال ضابط نظامي لفرانس برس إن الجيش أتم عند العاشرة من صباح "
        "أمس سيطرته على يبرود، آخر معاقل المعارضة في جبال القلمون على مسافة 75 كلم شمال دمشق، بعد معركة دامت 48 ساعة "
        "وصفها بأنها الأصعب، إذ تحصن المسلحون في المرتفعات المشرفة وفي أبنية المدينة، فركّز الجيش أولاً على التلال ثم "
        "اقتحم المدينة السبت من جهتها الشرقية وحسمها الأحد.",
        [E("territory_change", None, PL("يبرود", "Yabroud", "Rif Dimashq"), "2014-03-16", "ضابط نظامي", GOV,
           note="the taking; the officer's next sentence comes back to it (source carried back); the hills first and "
                "the Saturday entry are its course, not events; Damascus in «75 km north of Damascus» is a bearing"),
         E("armed_clash", None, None, "2014-03-16", None, FSA,
           note="PLACE CALL: a surprise rebel attack «between Damascus and the Golan»: no place of its own (a coder "
                "applying the road rule would place it at Damascus)"),
         E("territory_change", Q("ثلاث", 3), PL("حلب", "Aleppo", "Aleppo"), "2014-03-16", None, FSA,
           note="rebels drive IS out of three villages in Aleppo governorate (unnamed): one taking at the "
                "governorate, the villages its count")])

passage("ky29", "2016-06-25", "Syrian Mirror", "barrels, missiles and shells on a besieged town counted by activists; an "
        "advance repelled | page: https://syrian-mirror.net/2016/10/27/الطيران-المروحي-يقصف-داريا-بعشرات-الب",
        "ظلت مروحيات النظام تقصف مدينة داريا في ريف دمشق بالبراميل المتفجرة، بالتزامن مع معارك عنيفة يخوضها مقاتلو "
        "المعارضة ضد قوات النظام على محورها الغربي. وأحصى ناشطون في المدينة قرابة 40 برميلاً ألقتها المروحيات عليها منذ "
        "صباح اليوم السبت 25 حزيران 2016، فضلاً عن 10 صواريخ من طراز أرض-أرض ومئات من قذائف المدفعية والراجمات. وبحسب "
        "الناشطين، صدّت الفصائل محاولة للميليشيات الموالية للتقدم من الطرف الغربي للمدينة، وقتلت قائداً ميدانياً "
        "وعدداً من العناصر. ويُطلق على داريا لقب عاصمة البراميل في سوريا، كما وصفها مجلس الأمن في جلسة حول الوضع "
        "الإنساني، إذ تنهال عليها عشرات البراميل كل يوم دون تمييز.",
        [E("airstrike", Q("قرابة 40", 40, approx=True), PL("داريا", "Darayya", "Rif Dimashq"), "2016-06-25",
           "ناشطون في المدينة", GOV,
           note="no dead told, so the figure is the barrels (stop 30); the activists' count comes back to the lead's "
                "raids (source carried back); the daily barrels are a habit"),
         E("shelling", Q("10", 10), PL("داريا", "Darayya", "Rif Dimashq"), "2016-06-25", "ناشطون في المدينة", GOV,
           note="FIGURE CALL: ten surface-to-surface missiles and hundreds of shells: one shelling act whose first "
                "numbered count is the ten (a coder could take the hundreds)"),
         E("armed_clash", None, PL("داريا", "Darayya", "Rif Dimashq"), "2016-06-25", "الناشطين", FSA,
           note="the fighting on the western front and the repelled advance are one clash; a commander and some "
                "fighters killed, no number")])

passage("ky30", "2016-07-22", "Syrian Mirror", "the day's barrels on a besieged town with a mother and child killed; "
        "yesterday's count recalled | page: https://syrian-mirror.net/2016/10/29/قصف-بالبراميل-المتفجرة-على-داريا-راح-ض",
        "ألقت مروحيات الأسد يوم الجمعة، 22 تموز 2016، مزيداً من البراميل المتفجرة على داريا المحاصرة في ريف دمشق، "
        "فأصابت أبنية سكنية وأوقعت قتلى وجرحى. وذكر ناشطون أن طائرات الاستطلاع جابت سماء المدينة قبل أن تبدأ المروحيات "
        "بإسقاط حمولتها، التي بلغت 20 برميلاً إلى جانب حاوية شديدة الانفجار، على أحيائها، وأن امرأة وطفلها قُتلا "
        "وجُرح آخرون، فيما لحق دمار واسع بالمنازل. وكانت المدينة قد تلقت أمس الخميس 28 برميلاً أحدثت خراباً كبيراً، "
        "في ظل حصار تفرضه قوات الأسد يزيد معاناة السكان.",
        [E("airstrike", Q("20", 20, nth=1), PL("داريا", "Darayya", "Rif Dimashq"), "2016-07-22", "ناشطون", GOV,
           note="the dead are a woman and her child (no numeral), so the figure is the barrels (stop 30); the "
                "activists' next sentence comes back to the raid"),
         E("airstrike", Q("28", 28), PL("داريا", "Darayya", "Rif Dimashq"), "2016-07-21", None, GOV,
           note="yesterday's 28 barrels, recalled with its day by the outlet («وكانت … قد»); damage only")])

passage("ky31", "2012-03-01", "DW Arabic (mirror)", "a quarter taken told by a security source, a tactical withdrawal "
        "told by the FSA's commander, a day's civilian toll, a UN total | page: https://tiue.org/dw/ar/انسحاب-الجيش-السوري-الحر-من-حي-بابا-عمرو/a-15778176",
        "الجيش الحر ينسحب من بابا عمرو\n"
        "1 آذار 2012 - قال مصدر أمني في دمشق لفرانس برس عصر الخميس إن الجيش السوري بات يسيطر على كامل حي بابا عمرو "
        "بحمص بعد سقوط آخر جيوب المقاومة. وفي المقابل، أعلن العقيد رياض الأسعد في اتصال مع الوكالة أن الجيش السوري الحر "
        "خرج من الحي «انسحاباً تكتيكياً» حرصاً على من بقي فيه من السكان المدنيين. وكان ناشطون على صلة بالمقاتلين قد "
        "أفادوا بأن معظمهم غادروا الحي المحاصر اليوم الخميس بعد قصف متواصل من قوات الأسد دام ما يزيد على ثلاثة أسابيع، "
        "وأن قلة منهم بقيت لحماية انسحاب رفاقهم. وفي غضون ذلك، أحصى المرصد السوري لحقوق الإنسان مقتل 17 مدنياً اليوم في "
        "محيط الحي الذي اقتحمته القوات النظامية. وبحسب تقديرات الأمم المتحدة، قتلت قوات الأمن ما يربو على 7500 مدني منذ "
        "انطلاق الانتفاضة.",
        [E("territory_change", None, PL("بابا عمرو", "Baba Amr", "Homs", nth=1), "2012-03-01", "مصدر أمني في دمشق",
           GOV, note="the taking and the FSA's «tactical withdrawal» are one incident told by both sides; the three "
                     "weeks of shelling before it are its background (no day, no toll)"),
         E("casualties", Q("17", 17), PL("بابا عمرو", "Baba Amr", "Homs", nth=1), "2012-03-01",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="CALL: 17 civilians killed around the stormed quarter, the text not saying by what act: casualties "
                "(a coder could make them the storming's dead)"),
         E("casualties", Q("ما يربو على 7500", 7500, None, True), None, None, "الأمم المتحدة", GOV, kind="aggregate",
           note="the UN's total since the uprising began (period 2011-03 to the day)")])

passage("ky32", "2013-03-10", "Naharnet (AFP copy)", "jets strike a quarter hours after rebels stormed back into it; "
        "an activist's telling; the first taking a year before recalled | page: https://www.naharnet.com/stories/ar/74992-قصف-بالطيران-الحربي-على-بابا-عمرو-بعد-هجوم-مفاجئ-لمقاتلي-المعارضة",
        "غارات على بابا عمرو إثر هجوم مباغت للمعارضة\n"
        "قصفت الطائرات الحربية اليوم الأحد حيّ بابا عمرو بحمص، بعد ساعات على هجوم شنه مقاتلو المعارضة على الحي الذي "
        "استعادته القوات النظامية قبل عام تقريباً، على ما ذكره المرصد السوري لحقوق الإنسان. ونقل رامي عبد الرحمن، مدير المرصد، "
        "لفرانس برس أن الغارات طالت الحي وجواره وأن منافذ المدينة كلها أُغلقت، مضيفاً أن القتال العنيف متواصل في الحي "
        "الذي دخله المقاتلون فجراً وانتشروا في أنحائه. وروى ناشط عرّف نفسه باسم «سامر» أن الثوار تسللوا ليلاً إلى الحي "
        "دون أن تتنبه الحواجز، ثم تحدث لاحقاً عن تعزيزات وصلت إلى مداخله. وكانت القوات النظامية قد استولت على الحي في "
        "1 آذار/مارس 2012 عقب خروج المقاتلين منه إثر أكثر من شهر من المعارك والقصف أودى بالمئات، بحسب المرصد.",
        [E("airstrike", None, PL("بابا عمرو", "Baba Amr", "Homs", nth=1), "2013-03-10",
           "المرصد السوري لحقوق الإنسان", GOV, note="the jets' raids on the quarter and around it"),
         E("armed_clash", None, PL("بابا عمرو", "Baba Amr", "Homs", nth=1), "2013-03-10",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="the rebels' dawn assault and the fighting still going on: one clash; CALL: «spread through it» is "
                "not coded as a taking (the fight goes on; ky33 says they held some lanes)"),
         E("reinforcement", None, PL("بابا عمرو", "Baba Amr", "Homs", nth=1), "2013-03-10", "ناشط", GOV,
           note="reinforcements at the quarter's entrances, told by the activist (renamed); whose they are is implied"),
         E("territory_change", None, PL("بابا عمرو", "Baba Amr", "Homs", nth=1), "2012-03-01", "المرصد", GOV,
           note="the first taking, recalled with its day; the sentence ends with «بحسب المرصد»"),
         E("casualties", Q("المئات", 200, 900, True), PL("بابا عمرو", "Baba Amr", "Homs", nth=1), None, "المرصد",
           None, kind="aggregate",
           note="over a month of battles and shelling killed hundreds: a toll over a period naming two kinds of act "
                "(casualties, stop 32)")])

passage("ky33", "2013-03-26", "Masrawy (AFP copy)", "the quarter retaken, the monitor's telling; recalls of two "
        "earlier days; bodies found in a village | page: https://www.masress.com/masrawy/24227566",
        "استرجعت القوات النظامية السورية حي بابا عمرو في حمص بعد مرور أقل من ثلاثة أسابيع على اقتحام مقاتلي المعارضة له، "
        "بحسب ما أعلنه المرصد السوري لحقوق الإنسان يوم الثلاثاء. وأوضح المرصد، ومقره بريطانيا، أن القوات أعادت بسط "
        "سيطرتها الكاملة على الحي بعد ما يزيد على أسبوعين من دخول مقاتلين من كتائب عدة إليه وانتزاعهم حارات منه. وكان "
        "مقاتلو المعارضة قد باغتوا الحي بهجوم في العاشر من آذار الجاري، بعد أن سيطر عليه الجيش أول مرة في الأول من "
        "آذار 2012. وتعرض الحي في الأيام الأخيرة، بحسب المرصد، لقصف شديد بالطائرات الحربية وراجمات الصواريخ والدبابات. "
        "وفي ريف حمص، ذكر المرصد أنه عُثر على جثث 13 شخصاً، منهم أربعة أطفال وخمس نساء، على أطراف قرية آبل، قُتلوا "
        "حرقاً وذبحاً بالسكاكين.",
        [E("territory_change", None, PL("بابا عمرو", "Baba Amr", "Homs"), "2013-03-26", "المرصد السوري لحقوق الإنسان",
           GOV, note="the retaking, dated by the announcement (Tuesday); the rebels' holding of some lanes before is "
                     "the state it ended"),
         E("armed_clash", None, PL("بابا عمرو", "Baba Amr", "Homs"), "2013-03-10", None, FSA,
           note="the rebels' surprise assault, recalled with its day by the outlet («وكان … قد»)"),
         E("territory_change", None, PL("بابا عمرو", "Baba Amr", "Homs"), "2012-03-01", None, GOV,
           note="the first taking, recalled with its day in the same sentence"),
         E("airstrike", None, PL("بابا عمرو", "Baba Amr", "Homs"), None, "المرصد", GOV,
           note="heavy bombardment of recent days by jets, rocket launchers and tanks: the jets coded as airstrike, "
                "the launchers and tanks as shelling (two kinds of act); no day"),
         E("shelling", None, PL("بابا عمرو", "Baba Amr", "Homs"), None, "المرصد", GOV,
           note="see the airstrike beside it"),
         E("other", Q("13", 13), PL("آبل", "Abel", "Homs"), "2013-03-26", "المرصد", None,
           note="bodies found (as set 1 p11), killed by burning and knives; women and children a breakdown; "
                "dated by publication (the find has no day); a coder could code a massacre as casualties")])


def main() -> None:
    write("gold98.jsonl", P98)


if __name__ == "__main__":
    main()
