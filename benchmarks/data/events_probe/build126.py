"""Build gold126.jsonl: development set 126 (ids ma01…), written in stop 44 by writer w126 BEFORE any run on it.

A FRESH set (closed to everyone until the next stop judges its fixes on it). 35 short excerpts (a headline line
where the page had one, a lead and a few details; 40-130 words), each the paraphrase of ONE real page found in the
search tool's `pages` corpus (queried in Arabic), 2011-2025, about 33 outlets: Homs protests 2011, Damascus
countryside and Idlib 2012, defections of an Alawite colonel and a logistics general, Sheikh Maqsoud 2013, coalition
strikes on Khsham 2014, SNHR's monthly tallies (2014, 2024), the Latakia countryside 2015, the 2015 desertion amnesty,
Busra al-Sham barrels, Russian strikes on Idlib (2015, 2017, 2024), Euphrates Shield's first day, the Daraya, Arsal,
south Damascus and Daraa al-Balad evacuations, HTS arrests (2017, 2024), an Azaz car bomb, the 2019 offensive, Jabal
al-Zawiya 2020, the Daraa al-Balad deal 2021, a Turkish drone near Qamishli 2022, the tribal war in Deir ez-Zor 2023, curfews (2024, 2025),
Israeli strikes on Kiswa 2025, IS attacks in 2025, army-SDF clashes 2025. Every sentence was rewritten (no run of five
words, names aside, is shared with its page: checked by script against the page text, which was kept outside the
repository); the incidents, their order, places, figures, dates, sources and hedges are the page's; private people's
names are invented. Each passage's `style` ends with the page's address.
Gold follows news_dev's README and the events_probe README's conventions of stops 28, 30, 32, 34 and 41. Offsets
are computed by build.build and checked.

    python benchmarks/data/events_probe/build126.py      # rewrites gold126.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, # noqa: E402,F401
                   E, write)
from build import UNID as UNK # noqa: E402

P126: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P126.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("ma01", "2011-05-06", "Youm7", "a Friday protest fired on, its dead told twice | page: "
        "https://www.youm7.com/story/2011/5/6/خمسة-قتلى-برصاص-قوات-الأمن-فى-حمص/406313",
        "خمسة قتلى في تفريق مظاهرة بحمص\n"
        "قال ناشطون في مجال حقوق الإنسان إن رجال الأمن فتحوا النار اليوم الجمعة على مظاهرة في مدينة حمص بقصد "
        "تفريقها، فسقط خمسة قتلى وعدد من الجرحى بعضهم في وضع خطر. وأوضح الحقوقي سامر حداد أن المدينة شهدت أكثر من "
        "تظاهرة، غير أن الرصاص وُجّه إلى واحدة منها حين بلغت منطقة باب دريب في قلب حمص، فأودى بحياة خمسة في الأقل "
        "وأوقع جرحى كثيرين.",
        [E("protest", Q("خمسة", 5, nth=1), PL("باب دريب", "Bab Dreib", "Homs"), "2011-05-06",
           "ناشطون في مجال حقوق الإنسان", PROT,
           note="fire on a protest: one protest event whose figure is its dead (no crowd numbered; stop 30/41). The "
                "headline, the lead and the activist's quote tell the same toll («خمسة في الأقل» is its restatement). "
                "Placed at the quarter the shooting happened in (Bab Dreib), the most specific place")])

passage("ma02", "2011-05-13", "Syrian Human Rights Organisation site (relaying AP)", "a Friday protest of thousands "
        "fired on, the dead's town from a relayed activist, a second activist's toll | page: "
        "https://syriahro.org/13-5-2011-syrian%20observatory10.htm",
        "أفاد حقوقيون بأن عناصر الأمن السوري أطلقوا الرصاص اليوم الجمعة على آلاف خرجوا للاحتجاج، وبأن محتجاً "
        "لقي حتفه في الأقل بعدما أصيب برأسه. وكانت القوى الأمنية قد سعت إلى منع المحتجين من الاحتشاد، فتمركزت "
        "داخل المساجد وأقفلت الميادين. وقال الحقوقي عمار قدور لوكالة أسوشيتد برس إن القتيل سقط في مدينة حمص، في "
        "حين تحدث ناشط ثانٍ عن قتيلين اثنين في المدينة.",
        [E("protest", Q("آلاف", 2000, 9000, approx=True), PL("حمص", "Homs", "Homs"), "2011-05-13", "حقوقيون",
           PROT,
           note="fire on a Friday protest: one protest event; its figure is the crowd the text numbers («آلاف», "
                "stop 30/41), its dead (one, or two by another activist) are fatalities. FIGURE/PLACE CALL: the "
                "thousands are the day's protesters, the only place named is Homs, where the dead fell (from the "
                "AP-relayed activist): placed there. The occupying of mosques and squares is the same day's "
                "policing, no event of its own")])

passage("ma03", "2012-10-02", "Emarat Al Youm (relaying SOHR via AFP)", "a round-up of shelling in the Damascus "
        "countryside, random fire, blasts, clashes in two Damascus quarters and Aleppo | page: "
        "https://www.emaratalyoum.com/politics/issues/syria-latest/2012-10-02-1.516196",
        "قصف على ريف دمشق ومعارك في حلب\n"
        "أورد المرصد السوري لحقوق الإنسان، في بيان وصلت نسخة منه إلى وكالة فرانس برس، بأن مدينة دوما في ريف العاصمة "
        "فقدت اثنين من أبنائها جراء قصف طالها فجر اليوم، بينما تعرّضت الزبداني، التي تطوقها القوات النظامية منذ شهور، "
        "لقصف مماثل. وطال القصف كذلك سقبا وحوش عرب وببيلا موقعاً جرحى، وأطلق الجنود المتمركزون في معضمية الشام "
        "الرصاص بلا تمييز فأصابوا مدنيين، ودوّت انفجارات قوية في القطيفة. أما في دمشق نفسها، فقد احتدمت المواجهات بين "
        "الجيش ومقاتلي المعارضة في حيي القدم والعسالي وسط قصف هدم بعض البيوت، فيما تواصلت الاشتباكات في حلب.",
        [E("shelling", Q("اثنين", 2), PL("دوما", "Douma", "Rif Dimashq"), "2012-10-02",
           "المرصد السوري لحقوق الإنسان", None,
           note="dawn shelling of Douma, two dead; the shelling force is not named in this clause (the regime's by "
                "context; agent left open)"),
         E("shelling", None, PL("الزبداني", "Zabadani", "Rif Dimashq"), "2012-10-02",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the besieging regular forces shell Zabadani; the siege «منذ شهور» is a state, not coded"),
         E("shelling", None, PL("سقبا", "Saqba", "Rif Dimashq"), "2012-10-02", "المرصد السوري لحقوق الإنسان", None,
           note="one shelling told over three towns (a group, placed at the first); only wounded, no figure"),
         E("casualties", None, PL("معضمية الشام", "Muadamiyat al-Sham", "Rif Dimashq"), "2012-10-02",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="soldiers firing at random and wounding civilians: a known force firing on civilians outside a "
                "protest is casualties (stop 30, ACLED); no figure"),
         E("explosion", None, PL("القطيفة", "Qutayfah", "Rif Dimashq"), "2012-10-02",
           "المرصد السوري لحقوق الإنسان", None,
           note="strong blasts in Qutayfah, cause not told: an explosion (the contract's type); a coder could leave "
                "it out as no act with an actor"),
         E("armed_clash", None, PL("القدم", "Qadam", "Damascus"), "2012-10-02", "المرصد السوري لحقوق الإنسان", None,
           note="clashes in two Damascus quarters (a group at the first); the shelling that razed houses goes with "
                "the fight, no second event"),
         E("armed_clash", None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2012-10-02", "المرصد السوري لحقوق الإنسان",
           None,
           note="the parallel clause on Aleppo's ongoing clashes (the headline's «معارك في حلب» is the same telling); "
                "the headline mention is nth 0, the body's is the place")])

passage("ma04", "2012-10-11", "Asharq Al-Awsat", "a colonel's video defection, a group defection recalled from the "
        "paper's own earlier report, an arrival abroad | page: "
        "http://archive.aawsat.com/details.asp?section=4&issueno=12371&article=699273&feature=",
        "عقيد من الطائفة العلوية تعلن انشقاقها عن الأسد\n"
        "أعلنت ضابطة تنتمي إلى الطائفة العلوية أمس انشقاقها عن نظام بشار الأسد، في سابقة هي الأولى من نوعها، وبعد "
        "يومين من أنباء عن أول انشقاق جماعي لأبناء الطائفة. وفي شريط نشره ناشطون على يوتيوب وأعادت بثه «سكاي نيوز "
        "عربية»، ظهرت امرأة بزي عسكري قدّمت نفسها على أنها العقيد زبيدة الميقي من ملاك مديرية تجنيد المنطقة "
        "الجنوبية، ونعتت قوات الأسد بالخائنة. وكانت «الشرق الأوسط» قد أوردت أول من أمس خبر انشقاق سبعة من كبار "
        "الضباط العلويين ولجوئهم إلى الأردن، وهو ما أكده جمال بيرقدار، منسق المجلس العسكري لحمص وريفها، بقوله إنهم غادروا مع أسرهم.",
        [E("defection", None, None, "2012-10-10", "ناشطون", GOV,
           note="one colonel's defection announced in a video: a singular gives no figure; no place (her directorate "
                "is a unit, «المنطقة الجنوبية» a command's name). SOURCE CALL: the next sentence comes back to the "
                "same defection with the video activists posted (stop 30 carry back); a coder could give the outlet"),
         E("defection", Q("سبعة", 7), PL("الأردن", "Jordan", None, country="Jordan"), None, "الشرق الأوسط", GOV,
           note="seven senior Alawite officers defect and flee to Jordan: the arrival abroad is told as the act and "
                "no home place is named, so Jordan is the place (stop 28/29). The paper named in the text is the "
                "source (stop 32); the Homs council coordinator confirms (Homs is his council's seat, not the "
                "place). Undated: «أول من أمس» is the day of the paper's report, not of the defection")])

passage("ma05", "2012-11-26", "ON TV (relaying SOHR)", "a raised toll of a strike, a clash, a morning's shelling "
        "over two governorates with one town's part, Aleppo quarters, yesterday's national toll | page: "
        "https://ontv-live.com/%d8%b3%d9%88%d8%b1%d9%8a%d8%a7-%d8%a7%d8%b1%d8%aa%d9%81%d8%a7%d8%b9-%d8%b9%d8%af%d8%af-"
        "%d9%82%d8%aa%d9%84%d9%89-%d8%ba%d8%a7%d8%b1%d8%a9-%d8%b9%d9%84%d9%89-%d8%a8%d9%84%d8%af%d8%a9-%d8%a8%d8%b1%d9%8a",
        "ارتفاع حصيلة غارة سلقين إلى 21 قتيلاً\n"
        "أورد المرصد السوري لحقوق الإنسان أن قتلى الغارة التي نفذتها طائرة حربية صباح اليوم على سلقين بريف إدلب بلغوا 21 شخصاً، منهم خمسة أطفال في الأقل، كما قضى ثلاثة من مقاتلي المعارضة خلال مواجهات مع الجيش النظامي "
        "قرب كفر تخاريم. وأضاف أن قصف القوات النظامية أوقع صباح الاثنين ستة قتلى على الأقل في محافظتي درعا وحمص، "
        "بينهم خمسة في بلدة طفس، ورجّح أن يرتفع العدد بسبب شح الأدوية. وتعرضت أحياء الشعار والحيدرية والصاخور في "
        "حلب للقصف، وكان المرصد قد أحصى 126 قتيلاً في أنحاء سوريا أمس الأحد.",
        [E("airstrike", Q("21", 21, nth=1), PL("سلقين", "Salqin", "Idlib", nth=1), "2012-11-26",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the raised toll of the morning raid (headline and lead are one telling); the body's «21» is the "
                "latest toll (stop 30); five children are its breakdown"),
         E("armed_clash", Q("ثلاثة", 3), PL("كفر تخاريم", "Kafr Takharim", "Idlib"), "2012-11-26",
           "المرصد السوري لحقوق الإنسان", None,
           note="three rebels killed in clashes with the army near Kafr Takharim; the first side numbered"),
         E("shelling", Q("خمسة", 5, nth=1), PL("طفس", "Tafas", "Daraa"), "2012-11-26",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="five of the morning's dead fell in Tafas: its own toll tied to the shelling there"),
         E("shelling", Q("ستة", 6, None, approx=True), None, "2012-11-26", "المرصد السوري لحقوق الإنسان", GOV,
           kind="aggregate",
           note="AGGREGATE CALL: the morning's toll of the regular forces' shelling over two governorates (Daraa and "
                "Homs), more than the one town listed (Tafas five), so a toll naming one cause beside it (stop 32/34), "
                "no place (two governorates). A coder could fold it into Tafas"),
         E("shelling", None, PL("الشعار", "al-Shaar", "Aleppo"), "2012-11-26", "المرصد السوري لحقوق الإنسان", None,
           note="three Aleppo quarters shelled (a group at the first quarter); no toll"),
         E("casualties", Q("126", 126), None, "2012-11-25", "المرصد", None, kind="aggregate",
           note="yesterday's national toll (Sunday): an aggregate with no place")])

passage("ma06", "2013-03-17", "Orouba News (relaying activists, Al Arabiya, AFP)", "a general's defection revealed "
        "days later, his son with him, an arrival abroad, a habit | page: https://orobanews.com/?p=238",
        "انشقاق اللواء المسؤول عن إمداد الجيش السوري وتموينه\n"
        "كُشف أمس السبت عن انشقاق اللواء محمد خلوف، الذي يرأس هيئة الإمداد والتموين بالجيش، وفق ناشطين بثّوا "
        "على يوتيوب مقاطع توثّق خروجه. ويظهر في أحدها رجل أشيب بثياب مدنية يستقل سيارة يحيط بها شبان مقنّعون، ويقول "
        "المصوّر إن التصوير جرى في 15 آذار/مارس وإن الضابط وأسرته ينقلون إلى خارج البلاد. وذكرت قناة العربية أن نجله "
        "النقيب عز الدين، الذي يقود سرية الاستطلاع التابعة للواء 91، انشق معه، فيما أوضح ناشطون لفرانس برس أن الإعلان تأخر "
        "يومين حتى تأكد وصول المنشق وعائلته إلى الأردن. ويشهد الجيش انشقاقات بصورة شبه يومية.",
        [E("defection", None, PL("الأردن", "Jordan", None, country="Jordan"), "2013-03-15", "ناشطين", GOV,
           note="a major general's defection, his son the captain with him: one act, and a singular joined to a "
                "singular gives no figure. Dated by the filming day (15 March); the reveal was on Saturday 16. "
                "PLACE: the arrival in Jordan is told as the outcome of the defection and no home place is named "
                "(stop 29). «اللواء 91» is a unit's name. The near-daily defections are a habit, not coded")])

passage("ma07", "2013-03-31", "Al Watan (Bahrain, relaying Reuters)", "a raid on a Kurdish quarter, a mortar on "
        "the capital told by state media, the UN's running toll | page: https://alwatannews.net/ampArticle/44505",
        "أورد المرصد السوري لحقوق الإنسان أن غارة جوية نفذتها القوات الحكومية أمس السبت على حلب أوقعت 15 قتيلاً، "
        "منهم تسعة أطفال، في منطقة يقاتل فيها مسلحون أكراد القوات الموالية للأسد. وأوضح أن طائرة حربية ضربت "
        "الأطراف الغربية لحي الشيخ مقصود، في مدينة تشهد قتالاً بين جيش الأسد والمعارضة المسلحة منذ تسعة أشهر. من "
        "جهتها، أفادت وسائل الإعلام الرسمية بأن المعارضين أطلقوا قذيفة هاون على قلب دمشق فقتلوا شخصاً وجرحوا آخرين "
        "وأتلفوا مباني وسيارات. وتقدّر الأمم المتحدة عدد من قضوا في النزاع بسبعين ألفاً على الأقل.",
        [E("airstrike", Q("15", 15), PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo"), "2013-03-30",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the raid on Sheikh Maqsoud's western edge (the quarter is the most specific place; the next "
                "sentence comes back to the same raid); nine children are its breakdown. The fighting «منذ تسعة "
                "أشهر» is a state"),
         E("shelling", None, PL("دمشق", "Damascus", "Damascus"), "2013-03-31", "وسائل الإعلام الرسمية", FSA,
           note="a rebel mortar on central Damascus: one dead (singular, no figure); undated, so the publication day "
                "(stop 34)"),
         E("casualties", Q("سبعين ألفاً", 70000, None, approx=True), None, None, "الأمم المتحدة", None,
           kind="aggregate",
           note="the UN's running toll of the conflict (period 2011-03..2013-03), «على الأقل» after the noun: low "
                "70000, open high")])

passage("ma08", "2014-09-27", "Youm7 (relaying SOHR via Reuters)", "two coalition raids with their own tolls and "
        "days, a total equal to their sum | page: https://www.syriahr.com/%D8%A7%D9%84%D9%85%D8%B1%D8%B5%D8%AF-%D8%A7"
        "%D9%84%D8%B3%D9%88%D8%B1%D9%89-%D9%85%D9%82%D8%AA%D9%8410%D9%85%D8%AF%D9%86%D9%8A%D9%8A%D9%86-%D9%81%D9%89-"
        "%D8%BA%D8%A7%D8%B1%D8%AA%D9%8A%D9%86-%D9%84%D9%84/25120/",
        "المرصد: عشرة مدنيين قتلى في غارتين للتحالف\n"
        "أورد المرصد السوري لحقوق الإنسان، السبت، أن ضربتين جويتين شنهما التحالف الذي تقوده واشنطن على تنظيم "
        "الدولة الإسلامية أودتا بحياة عشرة مدنيين. وبيّن أن سبعة منهم لقوا حتفهم أمس الجمعة حين أصابت غارة منشأة "
        "للغاز بالقرب من بلدة خشام في دير الزور، وأن ثلاثة آخرين قضوا ليل الخميس بضربة أخرى على محافظة الحسكة. ولم "
        "تستطع رويترز التثبت من الرواية بصورة مستقلة بسبب القيود الأمنية.",
        [E("airstrike", Q("سبعة", 7), PL("خشام", "Khsham", "Deir ez-Zor"), "2014-09-26",
           "المرصد السوري لحقوق الإنسان", COAL,
           note="the raid on a gas facility near Khsham: the town is the place (the facility is unnamed)"),
         E("airstrike", Q("ثلاثة", 3), PL("الحسكة", "Al-Hasakah", "Al-Hasakah"), "2014-09-25",
           "المرصد السوري لحقوق الإنسان", COAL,
           note="Thursday night's raid on Hasakah governorate (no finer place). The ten of the headline and lead is "
                "the sum of the two raids listed: no event of its own (stop 34)")])

passage("ma09", "2014-10-01", "SNHR (its media blog)", "a monthly tally with a percent and a breakdown by "
        "perpetrator and kind of death | page: https://media.snhr.org/blog/2014/10/01/3437/",
        "الشبكة السورية: 2375 قتيلاً في أيلول\n"
        "قالت الشبكة السورية لحقوق الإنسان، في تقرير نشرته ظهر اليوم، إنها سجّلت مقتل 2375 شخصاً في عموم سوريا خلال "
        "أيلول/سبتمبر الماضي، يشكّل الأطفال والنساء 27% منهم. ونسب التقرير إلى القوات الحكومية قتل زهاء 1707 "
        "مدنيين، منهم 294 طفلاً و137 امرأة، إضافة إلى 417 مقاتلاً معارضاً سقطوا في القصف والمعارك، و118 شخصاً في "
        "الأقل ماتوا تحت التعذيب في معتقلاتها. أما تنظيم «داعش» فقتل 28 مدنياً و41 مقاتلاً في اشتباكات وإعدامات "
        "ميدانية، في حين قضى 20 مدنياً بضربات التحالف الدولي، وبقيت أكثر من مئة حالة قتل مجهولة الفاعل.",
        [E("casualties", Q("2375", 2375), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the month's national toll (period 2014-09): an aggregate with no place. BREAKDOWN CALL: the "
                "tallies by perpetrator (government 1707 civilians, 417 fighters, 118 under torture; IS 28 and 41; "
                "the coalition 20; over 100 unknown) are parts of this figure (the contract's breakdown), never "
                "events; a coder could code the torture deaths or the coalition's 20 as tallies of their own")])

passage("ma10", "2015-05-18", "Tasnim (Arabic)", "the agency's reporter tells a taking of three villages with the "
        "enemy's dead, a military source, an earlier taking recalled with its day | page: "
        "https://www.tasnimnews.com/ar/news/2015/05/18/744021/",
        "الجيش يستعيد الريانة وقريتين أخريين شمالي اللاذقية\n"
        "أفاد مراسل لوكالة تسنيم، الاثنين، بأن القوات السورية، تسندها اللجان الشعبية، بسطت سيطرتها التامة على الريانة وبيت عيوش والمزرعة وما يحيط بها من تلال في منطقة قسطل معاف، إثر مواجهات ضارية مع فصائل تتزعمها "
        "«جبهة النصرة» قُتل فيها عشرات من مسلحيها. وقال مصدر عسكري إن الوحدات قضت على آخر تجمعات المسلحين في تلك "
        "القرى. ويأتي التقدم بعدما استرجع الجيش يوم 8 من الشهر الحالي مرتفعات الزينونة ورويسة الملوحة قرب قمة النبي يونس.",
        [E("territory_change", Q("عشرات", 20, 90, approx=True), PL("الريانة", "al-Rayyana", "Latakia"),
           "2015-05-18", "مراسل لوكالة تسنيم", GOV,
           note="three villages taken after fierce fighting (a group placed at the first village); the battle and the "
                "taking are one operation, its figure the other side's numbered dead («عشرات»). The military source's "
                "sentence retells it"),
         E("territory_change", None, PL("الزينونة", "al-Zaynuna", "Latakia"), "2015-05-08", "مراسل لوكالة تسنيم", GOV,
           note="a recalled taking with its own day and places (stop 41: coded). SOURCE CALL: the outlet's own "
                "reporter files the whole item, so his report carries (stop 30's exception); the recall rule would "
                "give the outlet")])

passage("ma11", "2015-07-25", "CNN Arabic", "an amnesty decree for desertion with its conditions and articles | "
        "page: https://ksa.ksa2day.com/Home/NewsDetails?NewsID=1921965",
        "دبي (CNN) — منح الرئيس السوري بشار الأسد يوم السبت، بمرسوم تشريعي، عفواً عاماً عن جرائم الفرار بنوعيه الداخلي والخارجي ومخالفات قانون خدمة العلم التي ارتُكبت قبل 25 تموز/يوليو 2015. ويُسقط المرسوم العقوبة كاملة عن "
        "الفارّين داخلياً بموجب المادة 100 من قانون العقوبات الخاص بالعسكريين، وعن الفارّين إلى الخارج بموجب المادة 101، غير "
        "أن المتوارين والهاربين من العدالة لا يستفيدون منه ما لم يسلّموا أنفسهم في غضون 30 يوماً للفرار الداخلي و60 "
        "يوماً للخارجي. ولا يطال العفو الغرامات ذات الطابع التعويضي للدولة.",
        [E("desertion", None, None, "2015-07-25", None, GOV,
           note="an amnesty decree for desertion is a desertion event (news_dev's type list); article numbers and the "
                "30/60-day delays are no figure of it; no place; the text names no source beyond the outlet")])

passage("ma12", "2015-09-17", "SOHR (its site, with an AFP update)", "barrels with a toll, shelling of a list of "
        "towns, a death under torture, a taking recalled, a two-day city toll and a rescuer's higher figure | page: "
        "https://www.syriahr.com/%D8%A7%D9%84%D9%85%D8%B1%D8%B5%D8%AF-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A-%D9%85%D9%82"
        "%D8%AA%D9%84-21-%D9%85%D8%AF%D9%86%D9%8A%D8%A7-%D8%A8%D8%B1%D9%8A%D9%81-%D8%AF%D8%B1%D8%B9%D8%A7/136318/",
        "المرصد: 21 قتيلاً مدنياً ببراميل على بصرى الشام\n"
        "ذكر المرصد السوري لحقوق الإنسان أن براميل متفجرة ألقاها سلاح الجو السوري على مدينة بصرى الشام في ريف درعا "
        "قتلت 21 مدنياً على الأقل، منهم أربع نساء وطفلان. وأشار إلى أن قوات النظام قصفت أيضاً أحياء أخرى من بصرى "
        "الشام وكلاً من علما والحراك والغارية الغربية، وإلى أن رجلاً يتحدر من إبطع فارق الحياة تحت التعذيب في سجون "
        "النظام. وكانت فصائل المعارضة قد انتزعت المدينة بالكامل في آذار/مارس الماضي. وفي حلب، أحصى المرصد 53 قتيلاً "
        "في الأقل، بينهم 15 طفلاً، في ضربات جوية على أحياء المعارضة يومي الأربعاء والخميس، بينما قال متحدث باسم فرق "
        "الإنقاذ المحلية إن العدد يتجاوز 60 كلهم مدنيون.",
        [E("airstrike", Q("21", 21, None, nth=1), PL("بصرى الشام", "Busra al-Sham", "Daraa", nth=1), "2015-09-17",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="barrel bombs on Busra al-Sham, 21 «على الأقل» after the noun (low 21, open high); the headline is "
                "the same telling. Undated: the publication day (stop 34)"),
         E("shelling", None, PL("بصرى الشام", "Busra al-Sham", "Daraa", nth=2), "2015-09-17",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the regime's shelling of other parts of Busra and three towns: one act over a list (a group), placed "
                "at the first place named"),
         E("casualties", None, None, None, "المرصد السوري لحقوق الإنسان", GOV,
           note="a man died under torture in the regime's prisons: casualties (stop 30). PLACE: Ibta' is his home "
                "town, not where he died: no place. Singular, no figure; no day"),
         E("territory_change", None, PL("بصرى الشام", "Busra al-Sham", "Daraa"), "2015-03", None, FSA,
           note="a recalled taking with its month (stop 41: coded, background); the writer's recall gives the outlet. "
                "PLACE CALL: told by the anaphor «المدينة»; placed at the town's first mention (the headline)"),
         E("airstrike", Q("53", 53, None), PL("حلب", "Aleppo", "Aleppo"), None, "المرصد", GOV, kind="aggregate",
           note="a two-day toll of air strikes on Aleppo's rebel-held quarters (Wednesday and Thursday, period "
                "2015-09-16..17): a toll over a period naming one cause (stop 32); «في الأقل» after the noun. The "
                "rescuers' «يتجاوز 60» is another telling of the same toll (stop 34: the first figure)")])

passage("ma13", "2015-12-20", "Al Watan (Bahrain, relaying Reuters and Syria Mubasher)", "a suspected Russian raid "
        "on a city with three tellings of its toll, raids on a list of towns | page: "
        "https://alwatannews.net/ampArticle/108946",
        "أفادت تقارير إعلامية وشهود بأن عشرات الأشخاص قُتلوا الأحد في مدينة إدلب الخاضعة للمعارضة، بقصف نفذته "
        "طائرات يُرجَّح أنها روسية. وقال عاملون في الإغاثة وسكان وموقع إخباري معارض إن المقاتلات شنّت ست غارات في "
        "الأقل على وسط المدينة ومبانٍ حكومية وأحياء سكنية. ونقلت رويترز عن عمال الإغاثة أن الوفيات المؤكدة بلغت 43، "
        "عدا 30 جثة على الأقل انتُشلت ولم تُعرف أصحابها بعد، فيما أحصت شبكة سوريا مباشر 40 قتيلاً في الأقل. وطالت "
        "غارات روسية أخرى جسر الشغور، واللطامنة ومورك ومعركبة شمالي حماة.",
        [E("airstrike", Q("عشرات", 20, 90, approx=True), PL("إدلب", "Idlib", "Idlib"), "2015-12-20",
           "تقارير إعلامية", RUS,
           note="the raids on Idlib city (six at least). FIGURE CALL: one incident with several tellings of its toll "
                "(dozens, 43 confirmed plus 30 unidentified bodies, 40): the first the text writes (stop 34) is the "
                "lead's «عشرات»; a coder could take the aid workers' 43 (and their source). The perpetrator is hedged "
                "(«يُرجَّح أنها روسية»)"),
         E("airstrike", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2015-12-20", None, RUS,
           note="other Russian raids on a list of towns in Idlib and Hama (one act, a group at the first place); the "
                "outlet tells it with no source")])

passage("ma14", "2016-08-24", "Al-Sharq (Qatar, relaying Anadolu)", "the first day of a Turkish-backed offensive: "
        "two villages, tanks crossing the border | page: https://al-sharq.com/article/24/08/2016/"
        "الجيش-السوري-الحر-يسيطر-على-قرية-الحجيلة-قرب-جرابلس",
        "«الحر» يسيطر على الحجيلة قرب جرابلس\n"
        "أنقرة (وكالات) — نقلت وكالة الأناضول اليوم الأربعاء أن فصائل من المعارضة السورية مدعومة من تركيا انتزعت "
        "قرية واقعة خارج جرابلس، على مسافة ثلاثة كيلومترات من الحدود في الداخل السوري. وأضافت الوكالة أن كيكليجا باتت «محررة» على أيدي عناصر «الجيش الحر»، ضمن عملية ترمي إلى طرد تنظيم «داعش» من جرابلس. وكانت دبابات "
        "تركية قد اجتازت الحدود في وقت سابق من اليوم إلى داخل سوريا، في هجوم تسانده مقاتلات التحالف الذي تقوده "
        "الولايات المتحدة.",
        [E("territory_change", None, PL("الحجيلة", "al-Hajila", "Aleppo"), "2016-08-24", "وكالة الأناضول", FSA,
           note="the unnamed village outside Jarablus, named in the headline (Hajila): placed at the headline's name. "
                "«المدعومة من تركيا» names a backer, not a place; the 3 km is a distance (measure), no figure"),
         E("territory_change", None, PL("كيكليجا", "Keklije", "Aleppo"), "2016-08-24", "وكالة الأناضول", FSA,
           note="a second village taken («وأضافت»: the agency goes on). CALL: the body may tell one village twice (the "
                "headline's and Keklije); coded as two since the text names two"),
         E("reinforcement", None, None, "2016-08-24", None, TUR,
           note="Turkish tanks crossing into Syria for the offensive: a force sent in (no destination finer than the "
                "country, so no place); the writer's own line (outlet). A coder could leave it out as background of "
                "the takings")])

passage("ma15", "2016-08-26", "Sawt al-Umma (relaying Sky News Arabia and AFP)", "an evacuation's first batch "
        "counted by a military source, its destinations, the agreement behind it with its figures | page: "
        "http://www.soutalomma.com/Article/339962/",
        "انطلاق إجلاء المقاتلين وأسرهم من داريا\n"
        "شرع المقاتلون وعائلاتهم اليوم في مغادرة داريا، المحاصرة منذ 2012 بالقرب من دمشق، تنفيذاً لاتفاق مع الحكومة "
        "ينص على إخلائها، بحسب ما نقلته «سكاي نيوز عربية» عن الإعلام السوري. وغادرت أولى الحافلات وعلى متنها "
        "نساء وأطفال وكبار في السن، ترافقها سيارة للأمن وأخرى للهلال الأحمر. وأبلغ مصدر عسكري في الموقع وكالة فرانس "
        "برس أن الدفعة الأولى تضم 300 مقاتل مع ذويهم، على أن تُستكمل العملية غداً السبت، موضحاً أن الرافضين "
        "للمصالحة سيتجهون إلى إدلب والراغبين في البقاء إلى حرجلة في الغوطة الغربية. وكان الطرفان قد اتفقا أمس الخميس، كما أورد الإعلام الرسمي، على تسوية تقضي بإخراج 700 مقاتل إلى إدلب و4000 رجل وامرأة مع ذويهم إلى مراكز للإيواء.",
        [E("other", Q("300", 300), PL("داريا", "Darayya", "Rif Dimashq", nth=1), "2016-08-26",
           "الإعلام السوري", None,
           note="the evacuation's start (origin Darayya is the place; Idlib and Harjalla are destinations). Its figure "
                "is the first batch the military source counts. SOURCE: the act's own sentence names the Syrian media "
                "Sky relays (the one relayed, stop 34)"),
         E("agreement", Q("700", 700), PL("داريا", "Darayya", "Rif Dimashq", nth=1), "2016-08-25", "الإعلام الرسمي",
           None,
           note="the evacuation deal reached on Thursday. FIGURE CALL: the first number of people the deal moves (700 "
                "fighters), as for a prisoner exchange; a coder could give none. The siege «منذ 2012» is a state")])

passage("ma16", "2017-07-09", "Al-Jarida (relaying AFP and SOHR)", "a faction's arrest campaign with a hedged "
        "figure, a reporter's telling, a parallel raid, the monitor's vaguer figure | page: "
        "https://aljarida.com/articles/1499620687108662300/amp",
        "أطلقت «هيئة تحرير الشام»، التحالف الذي تتصدره «فتح الشام» (النصرة سابقاً)، اليوم حملة دهم في محافظة إدلب "
        "احتجزت خلالها قرابة مئة من عناصر «داعش». ونقل مراسل لوكالة فرانس برس من مدينة إدلب أن مسلحين ملثمين من الهيئة "
        "انتشروا بكثافة وأقاموا حواجز في الطرق والساحات الكبرى، يفتشون السيارات ويتحققون من هويات العابرين. وجرت "
        "بالتوازي حملة مشابهة في بلدة سرمين بريف إدلب الشرقي، ضُبطت خلالها مقرات وأموال وعشرات من العبوات والأحزمة المتفجرة. أما المرصد السوري لحقوق الإنسان فتحدث عن توقيف عشرات معظمهم من عناصر «جند الأقصى» المنحل، وقد بايع "
        "بعضهم تنظيم الدولة.",
        [E("arrest", Q("قرابة مئة", 100, approx=True), PL("إدلب", "Idlib", "Idlib"), "2017-07-09",
           "مراسل لوكالة فرانس برس", HTS,
           note="HTS arrests about a hundred IS members in Idlib province (the governorate is the place: the "
                "reporter's Idlib city is where he saw the checkpoints). SOURCE: the next sentence's AFP reporter "
                "comes back to the same campaign (stop 30). The monitor's «عشرات» is another telling of the arrests"),
         E("arrest", None, PL("سرمين", "Sarmin", "Idlib"), "2017-07-09", "مراسل لوكالة فرانس برس", HTS,
           note="a parallel raid in Sarmin, the same kind of act, so the source carries; the seized devices "
                "(«عشرات العبوات») are objects, no figure of the arrest")])

passage("ma17", "2017-08-03", "Enab Baladi", "an evacuation convoy from Lebanon with several figures by origin, a "
        "faction's expected total, a prisoner swap the day before | page: https://enabbaladi.net/165025/",
        "قافلة مقاتلي «الهيئة» ولاجئي عرسال تصل إلى حمص\n"
        "وصلت إلى حمص الحافلات التي تقل مقاتلين من القلمون الغربي ولاجئين سوريين من عرسال، بعد انطلاقها بموجب "
        "الاتفاق المبرم بين «حزب الله» و«هيئة تحرير الشام». وقالت وكالة «إباء» التابعة للهيئة إن القافلة وصلت اليوم، الخميس 3 آب، إلى دير بعلبة في حمص. وبحسب أرقام النظام، غادر مخيمات عرسال 116 مقاتلاً و6101 لاجئ، وخرج ألف "
        "مقاتل و560 لاجئاً من وادي حميد والملاهي. وتتوقع الهيئة أن تصل عصر اليوم إلى الشمال 117 حافلة تحمل ما "
        "يزيد على خمسة آلاف مهجّر. وكان الطرفان قد تبادلا أمس ثلاثة أسرى للحزب مقابل ثلاثة موقوفين للهيئة في سجن "
        "رومية.",
        [E("other", Q("116", 116), PL("عرسال", "Arsal", None, country="Lebanon"), "2017-08-03", "وكالة «إباء»", HTS,
           note="the evacuation convoy from Arsal and its outskirts (placed at its origin, Arsal in Lebanon; Homs and "
                "Deir Baalbeh are where it arrived). FIGURE CALL: the text gives figures by origin (116 fighters and "
                "6101 refugees from the camps; 1000 and 560 from Wadi Hmeid) and an expected total (more than five "
                "thousand); the first it numbers is taken, as for an exchange; a coder could take the total. SOURCE: "
                "the agency's sentence comes back to the convoy (stop 30)"),
         E("other", Q("ثلاثة", 3), None, "2017-08-02", None, HTS,
           note="a prisoner swap yesterday (three Hezbollah captives for three held in Roumieh): an exchange, its "
                "figure the first side numbered; Roumieh prison is where one side was held, not the swap's place")])

passage("ma18", "2017-09-25", "Okaz (via Sauress, relaying SOHR/AFP)", "Russian raids on a province with a toll "
        "«at least», the highest since a de-escalation deal recalled, two weeks of raids | page: "
        "https://sauress.com/okaz/1575034",
        "قُتل ما لا يقل عن 27 مدنياً، منهم 10 أطفال، اليوم الاثنين في غارات روسية على مناطق متفرقة من محافظة إدلب، "
        "التي تهيمن فصائل جهادية على معظمها، بحسب حصيلة المرصد السوري لحقوق الإنسان. وأوضح رامي عبد الرحمن، الذي يدير المرصد، أن الغارات المكثفة طالت اليوم عدداً من البلدات والقرى في أرياف إدلب، وأن هذه الحصيلة هي الأثقل منذ التوصل إلى اتفاق خفض التوتر في أيار/مايو الماضي خلال محادثات أستانا التي ترعاها روسيا وإيران، حليفتا دمشق، وتركيا "
        "الداعمة للمعارضة. وتتعرض المحافظة لقصف روسي وسوري منذ أسبوعين.",
        [E("airstrike", Q("ما لا يقل عن 27", 27, None), PL("إدلب", "Idlib", "Idlib"), "2017-09-25",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="the day's Russian raids on several towns of the province (no town named: the governorate); ten "
                "children are the breakdown. The factions' control is a state; the two weeks of raids a campaign "
                "told as background, no figure or day: not coded"),
         E("agreement", None, PL("أستانا", "Astana", None, country="Kazakhstan"), "2017-05", "رامي عبد الرحمن", None,
           note="RECALL CALL: the de-escalation deal of May, at the Astana talks, recalled with a month and a place "
                "(stop 41: coded, background; the place is where it was agreed). Told inside the monitor's director's "
                "quote; a coder could leave it out as a yardstick, not news")])

passage("ma19", "2018-05-04", "Zaman al-Wasl", "a second batch's buses, Russian police the day before, an expected "
        "total, the first batch's arrival with a hedged figure | page: https://www.zamanalwsl.net/news/article/86880",
        "دخلت حافلات صباح اليوم الجمعة إلى يلدا وببيلا وبيت سحم جنوب دمشق، لتقلّ الدفعة الثانية من مقاتلي المعارضة "
        "وأسرهم ممن رفضوا «التسوية» مع النظام، وذلك غداة انتشار عناصر من الشرطة العسكرية الروسية في البلدات الثلاث للإشراف على الإجلاء. ويُتوقع أن يغادر المنطقة قرابة 17 ألف شخص بين مقاتل ومدني. وبلغت الدفعة الأولى، التي انطلقت أمس "
        "في 31 حافلة، ريف حلب الشمالي اليوم، وقال ناشطون إنها تقل نحو 1643 شخصاً سيُوزَّعون على مخيمات مؤقتة في عفرين.",
        [E("other", None, PL("يلدا", "Yalda", "Rif Dimashq"), "2018-05-04", None, None,
           note="buses enter three towns for the second batch of the evacuation (one act over three towns, a group at "
                "the first); no figure of its own (the 17 thousand expected is the deal's future total, not coded)"),
         E("other", Q("نحو 1643", 1643, approx=True), PL("يلدا", "Yalda", "Rif Dimashq"), "2018-05-03", "ناشطون",
           None,
           note="the first batch, out yesterday in 31 buses and arrived today in the north Aleppo countryside: an "
                "evacuation placed at its origin (the three towns of the first sentence; Afrin's camps and the Aleppo "
                "countryside are destinations); its figure the people aboard. The Russian military police's entry is "
                "a background step, not coded")])

passage("ma20", "2018-07-15", "People's Daily Arabic (relaying SANA and SOHR)", "an evacuation's first batch with "
        "two sources' figures | page: http://arabic.peopledaily.com.cn/n3/2018/0716/c31662-9481206.html",
        "دمشق 15 تموز 2018 — خرجت اليوم الأحد أول دفعة من مسلحي الفصائل وعائلاتهم من مدينة درعا في الجنوب متجهة إلى "
        "شمال البلاد، وفق الإعلام الرسمي ومرصد حقوقي. وقالت الوكالة العربية السورية للأنباء (سانا) إن عشر حافلات "
        "انطلقت نحو الشمال تقل 407 من «الإرهابيين» وذويهم ممن رفضوا اتفاق إخلاء درعا البلد من السلاح وإعادة مؤسسات "
        "الدولة إليها، يرافقها الهلال الأحمر. أما المرصد السوري لحقوق الإنسان فذكر أن القافلة ضمّت تسع حافلات "
        "ومعها سيارتا إسعاف، وأنها تحمل 430 مدنياً ومقاتلاً في الأقل، متوقعاً انطلاق حافلات أخرى خلال ساعات.",
        [E("other", Q("407", 407), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2018-07-15", "الإعلام الرسمي", None,
           note="the first evacuation batch: origin Daraa al-Balad (the quarter the deal names, finer than the city). "
                "FIGURE: of two sources' figures (SANA 407, SOHR 430+), the first the text writes (stop 34). SOURCE "
                "CALL: the lead names the state media first; a coder could give سانا, the sentence of the figure")])

passage("ma21", "2018-09-01", "Daily Sabah Arabic", "a car bomb with a first toll «at least», a landmark in the "
        "town | page: https://www.dailysabah.com/arabic/arab-world/2018/09/01/qtl-wjrh-fy-nfjr-syr-mfkhkh-fy-azz-bryf-hlb/amp",
        "قتلى وجرحى بانفجار مفخخة في اعزاز\n"
        "أعلن الدفاع المدني العامل في مناطق المعارضة صباح السبت سقوط قتلى وجرحى إثر انفجار سيارة ملغمة في مدينة "
        "اعزاز بريف حلب الشمالي. وأوضح مصدر في الدفاع المدني أن السيارة انفجرت قبالة جامع الميتم المجاور لمبنى "
        "المجلس المحلي في وسط المدينة، موقعةً ثلاثة قتلى في الأقل وأكثر من عشرين جريحاً بحسب حصيلة أولية، ومخلّفةً "
        "دماراً واسعاً في السيارات والمتاجر والأبنية، فيما تعمل فرق الإنقاذ والشرطة على إسعاف المصابين وإطفاء "
        "النيران.",
        [E("explosion", Q("ثلاثة", 3, None), PL("اعزاز", "Azaz", "Aleppo", nth=1), "2018-09-01", "الدفاع المدني",
           UNK,
           note="a car bomb by an unnamed party; the mosque is a landmark, placed at the town (stop 29); three dead "
                "«في الأقل» (open high); the wounded are never the figure")])

passage("ma22", "2019-05-07", "Al Bilad (relaying SOHR)", "a lead total equal to four strikes listed, two air "
        "forces, a missile strike | page: https://albiladdaily.com/2019/05/07/%d9%85%d9%82%d8%aa%d9%84-8-%d9%85%d8%af"
        "%d9%86%d9%8a%d9%8a%d9%86-%d8%ac%d8%b1%d8%a7%d8%a1-%d9%82%d8%b5%d9%81-%d8%b7%d8%a7%d8%a6%d8%b1%d8%a7%d8%aa-"
        "%d9%86%d8%b8%d8%a7%d9%85-%d8%a7%d9%84%d8%a3%d8%b3%d8%af",
        "دمشق (وكالات) — لقي ثمانية أشخاص حتفهم بقصف جوي نفذه النظام السوري على ريف إدلب وريف حماة. وبيّن المرصد السوري لحقوق الإنسان ضمن بيان أصدره اليوم أن القتلى الثمانية، وكلهم مدنيون، سقطوا في اليوم الثامن من أعنف تصعيد تشنه قوات "
        "النظام براً وجواً على منطقة «خفض التصعيد». وذكر أن غارات لطائرات النظام على رأس العين، القرية الواقعة في ريف إدلب الشرقي، قتلت أربعة بينهم طفل، وأن مدنياً قضى بغارة على معرة حرمة في الريف الجنوبي. كما قُتل رجل وزوجته بقصف "
        "لطائرات روسية على كفرزيتا بريف حماة الشمالي، وامرأة بصواريخ أطلقتها قوات النظام على قرية الزكاة.",
        [E("airstrike", Q("أربعة", 4), PL("رأس العين", "Ras al-Ain (Idlib)", "Idlib"), "2019-05-07",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="regime raids on Ras al-Ain in the eastern Idlib countryside (not the Hasakah town); undated, so "
                "the publication day. The eight of the lead is the sum of the four strikes listed (4+1+2+1): no event "
                "of its own (stop 34); the escalation's eighth day is an ordinal"),
         E("airstrike", None, PL("معرة حرمة", "Maarat Hurma", "Idlib"), "2019-05-07", "المرصد السوري لحقوق الإنسان",
           GOV, note="one civilian (singular: no figure)"),
         E("airstrike", None, PL("كفرزيتا", "Kafr Zita", "Hama"), "2019-05-07", "المرصد السوري لحقوق الإنسان", RUS,
           note="a man and his wife (no numeral: no figure); Russian planes"),
         E("shelling", None, PL("الزكاة", "al-Zakah", "Hama"), "2019-05-07", "المرصد السوري لحقوق الإنسان", GOV,
           note="regime rockets on al-Zakah (ground fire: shelling), one woman killed")])

passage("ma23", "2020-07-26", "Arab48 (relaying SOHR)", "two deaths by two acts, an earlier night's shelling of a "
        "list of villages, yesterday's shelling of faction posts, a robbery-killing | page: "
        "https://www.arab48.com/أخبار-عربية-ودولية/أخبار-سورية/2020/07/26/سورية-مقتل-مدنيين-بنيران-قوات-النظام-ومجهولين",
        "أحصى المرصد السوري لحقوق الإنسان، الأحد، مقتل مدنيَّين سوريَّين، أحدهما بقذائف قوات النظام والآخر "
        "برصاص مسلحين مجهولين. وأوضح أن القوات الحكومية استهدفت اليوم بالصواريخ أنحاء من قرية عين لاروز في جبل "
        "الزاوية بريف إدلب الجنوبي، فقتلت مدنياً وأصابت آخرين، بعد أن كانت قد قصفت عقب منتصف الليل الفطيرة وكنصفرة "
        "وسفوهن وفليفل دون ورود أنباء عن ضحايا. وأشار إلى أن قصفاً صاروخياً للنظام على مواقع لـ«هيئة تحرير الشام» "
        "و«الجبهة الوطنية للتحرير» في جبل الزاوية صباح أمس قتل ثلاثة من عناصرهما وجرح سبعة. وفي منطقة تسيطر عليها "
        "«قوات سوريا الديمقراطية»، اعترض مجهولون طريق مدني وسلبوه ماله ثم أردوه.",
        [E("shelling", None, PL("عين لاروز", "Ain Laruz", "Idlib"), "2020-07-26", "المرصد السوري لحقوق الإنسان", GOV,
           note="today's rocket fire on Ain Laruz: one civilian (singular, no figure)"),
         E("shelling", None, PL("الفطيرة", "al-Fatira", "Idlib"), "2020-07-26", "المرصد السوري لحقوق الإنسان", GOV,
           note="the after-midnight shelling of four villages (a group at the first), no casualties"),
         E("shelling", Q("ثلاثة", 3), PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib", nth=1), "2020-07-25",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="yesterday's rocket fire on faction posts: three dead (the seven wounded are not the figure)"),
         E("armed_clash", None, None, "2020-07-26", "المرصد السوري لحقوق الإنسان", UNK,
           note="a civilian robbed and shot by unknown gunmen: a killing by gunmen is armed_clash (stop 30); the area "
                "is named only by who holds it («تسيطر عليها قسد»), so no place. SOURCE: the lead's SOHR report "
                "tells both deaths")])

passage("ma24", "2022-02-24", "Baladi News (relaying Hawar)", "a Turkish drone on a passenger car with wounded "
        "only, a road between two towns, a state of clashes | page: "
        "https://video.baladi-news.com/ar/articles/81787/طائرة-تقصف-سيارة-بريف-القامشلي",
        "مسيّرة تركية تستهدف سيارة في ريف القامشلي\n"
        "أفادت مصادر كردية على صلة بـ«الإدارة الذاتية» بأن طائرة تركية من دون طيار ضربت اليوم، وهو الخميس 24 شباط/فبراير، سيارة على الطريق بين القامشلي وعامودا في ريف الحسكة، فأوقعت جرحى. وبحسب وكالة «هاوار» الكردية، فإن الضربة أصابت سيارة لنقل الركاب آتية من عامودا، شرقي منتجع فاروج، وإن أربعة من ركابها، منهم ثلاث نساء، أصيبوا ونُقلوا "
        "إلى مستشفيات القامشلي. وتشهد خطوط التماس بين «قسد» من جهة و«الجيش الوطني» والجيش التركي من جهة أخرى "
        "اشتباكات وقصفاً متبادلاً منذ أشهر.",
        [E("airstrike", None, PL("القامشلي", "Qamishli", "Al-Hasakah", nth=1), "2022-02-24", "مصادر كردية", TUR,
           note="a Turkish drone strike on a car on the Qamishli-Amuda road: a road is placed at the first place "
                "named (stop 30); only wounded (four), so no figure. The months of clashes on the contact lines are "
                "a state, not coded")])

passage("ma25", "2021-07-25", "Al-Tareeq", "a deal ending a siege and an offensive with its terms, a reinforcement "
        "recalled from the day before, the siege as a state | page: https://altareek-media.com/public/ar/post/759/"
        "%D8%A7%D8%AA%D9%81%D8%A7%D9%82-%D9%8A%D9%85%D9%86%D8%B9-%D8%A7%D9%82%D8%AA%D8%AD%D8%A7%D9%85-%D8%AF%D8%B1%D8%B9"
        "%D8%A7-%D8%A7%D9%84%D8%A8%D9%84%D8%AF-%D9%87%D8%B0%D9%87-%D8%A8%D9%86%D9%88%D8%AF%D9%87",
        "اتفاق يُنهي حملة النظام على درعا البلد لقاء شروط قاسية\n"
        "توافق الطرفان، بعد أخذ ورد، على إيقاف العمليات العسكرية وفك الطوق عن درعا البلد، في مقابل شروط صعبة قبلت بها "
        "اللجنة، بحسب مصادر متطابقة. ومن تلك الشروط، كما أوضحت المصادر، أن يتسلم النظام 60 قطعة من الأسلحة الخفيفة، "
        "وأن يخضع عدد غير معروف من المطلوبين لتسوية جديدة، وأن تُقام 3 نقاط عسكرية داخل الأحياء لم تُحدَّد مواقعها "
        "بعد. ويُرجَّح أن تُفتح الطرق ويُرفع الحصار كلياً يوم الاثنين المقبل. وكان النظام قد دفع أمس بتعزيزات ضخمة، "
        "منها دبابات ومدرعات ومدافع ومقاتلون مدججون بالسلاح، إلى محيط درعا البلد انطلاقاً من درعا المحطة. ويعيش الحي "
        "تحت طوق خانق منذ 24 حزيران، أي منذ 31 يوماً، لا يُسمح خلاله بالعبور إلا من طريق سجنة الذي تمسك به "
        "ميليشيا «الكسم».",
        [E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=1), "2021-07-25", "مصادر متطابقة",
           None,
           note="a deal ending the offensive and lifting the siege, its terms told by matching sources (undated: the "
                "publication day). FIGURE CALL: the 60 light weapons to hand over and the 3 military points are "
                "terms (objects, posts), no figure of the deal; a coder could give 60. The lifting «يوم الاثنين "
                "المقبل» is future, not coded"),
         E("reinforcement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=2), "2021-07-24", None, GOV,
           note="large reinforcements sent yesterday to the edges of Daraa al-Balad: placed at the destination "
                "(stop 41), Daraa al-Mahatta is where they gathered; a recall («وكان … قد») gives the outlet. The "
                "siege since 24 June is a state, not coded")])

passage("ma26", "2023-10-12", "Syria News", "tribal attacks on several posts, an IED ambush with a toll «more "
        "than», the SDF's reply killing a child, a sheikh's threat | page: https://syria.news/amp/b3d65c6c-12102312.html",
        "تجدد المواجهات بين «قسد» ومقاتلي العشائر بريف دير الزور\n"
        "عادت الاشتباكات مساء أمس الأربعاء بين «قسد» ومقاتلين من العشائر العربية في مناطق عدة بريف دير الزور، إثر أيام من الهدوء النسبي. وذكرت مصادر إعلامية محلية أن مقاتلي العشائر هاجموا مقراً لـ«قسد» قرب مفرق الرغيب بين "
        "الحوايج وذيبان في الريف الشرقي، ثم شنوا هجوماً على مقراتها في الشحيل وضربوا نقاطاً عدة، بينها محطة مياه البلدة. "
        "وصباح اليوم الخميس، استهدف مقاتلو العشائر بعبوة ناسفة سيارة عسكرية لـ«قسد» في كمين نصبوه لقوة كانت تبدّل "
        "نقاطها في أبو حمام، فقُتل أكثر من سبعة من عناصرها. وردّت «قسد» بقذائف صاروخية أودت بطفل وأصابت والده وامرأة "
        "وأطفالها، وفق المصادر نفسها. وكان إبراهيم الهفل، شيخ العكيدات، قد أعلن أمس انهيار المفاوضات مع «قسد»، "
        "متوعداً بمعارك واسعة.",
        [E("armed_clash", None, PL("الحوايج", "al-Hawayij", "Deir ez-Zor"), "2023-10-11", "مصادر إعلامية محلية",
           TRIBES,
           note="the attack on an SDF post at a junction between two towns: a road or junction between two places is "
                "placed at the first (stop 30). The lead's renewed clashes in «مناطق عدة» are these attacks told "
                "together: no event of their own"),
         E("armed_clash", None, PL("الشحيل", "al-Shuhayl", "Deir ez-Zor"), "2023-10-11", "مصادر إعلامية محلية",
           TRIBES, note="the attack on the SDF's posts in al-Shuhayl, its water station among the points hit"),
         E("explosion", Q("أكثر من سبعة", 7, None, approx=True), PL("أبو حمام", "Abu Hamam", "Deir ez-Zor"),
           "2023-10-12", "مصادر إعلامية محلية", TRIBES,
           note="TYPE CALL: an ambush sprung with a roadside bomb on a vehicle: an explosion (ACLED remote explosive); "
                "a coder could type it armed_clash (an attack on a patrol). Source carried: the same report, same "
                "front"),
         E("shelling", None, None, "2023-10-12", "مصادر إعلامية محلية", SDF,
           note="the SDF's rocket reply killing a child (singular, no figure); no place named for where the rockets "
                "fell; «وفق المصادر نفسها» points back to the local media sources"),
         E("statement", None, None, "2023-10-11", "إبراهيم الهفل", TRIBES,
           note="a tribal sheikh announces the talks' failure and threatens wide battles: a named person's threat is "
                "a statement (stop 32), recalled with its day")])

passage("ma27", "2024-06-01", "SNHR (its media blog)", "a monthly toll with categories and a torture tally broken "
        "down by perpetrator | page: https://media.snhr.org/blog/2024/06/01/%d8%a7%d9%84%d9%86%d8%b8%d8%a7%d9%85-%d8%a7"
        "%d9%84%d8%b3%d9%88%d8%b1%d9%8a-%d9%8a%d9%82%d8%aa%d9%84-3-%d9%85%d8%af%d9%86%d9%8a%d9%8a%d9%86-%d9%85%d9%86-"
        "%d8%a3%d8%b3%d8%b1%d8%a9-%d9%88%d8%a7%d8%ad%d8%af",
        "الشبكة السورية: 47 قتيلاً مدنياً في أيار\n"
        "وفق تقرير أصدرته اليوم الشبكة السورية لحقوق الإنسان، قُتل 47 مدنياً في سوريا خلال أيار/مايو الماضي، "
        "منهم ثمانية أطفال وثلاث نساء، و15 شخصاً قضوا تحت التعذيب، كما سجلت اعتداءين على منشآت حيوية. وركّز التقرير، "
        "الواقع في 21 صفحة، على ضحايا التعذيب وعلى المجازر التي ارتكبتها أطراف النزاع والقوى المسيطرة. وبحسبه، مات "
        "15 شخصاً تحت التعذيب: 10 بيد قوات النظام و3 بيد هيئة تحرير الشام، وواحد بيد فصائل المعارضة والجيش الوطني، "
        "وآخر بيد «قسد».",
        [E("casualties", Q("47", 47, nth=1), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the month's civilian toll (period 2024-05), headline and body one telling. BREAKDOWN CALL: the "
                "children, women and the 15 dead under torture are listed «منهم» inside it, and the torture deaths' "
                "split by perpetrator is that part's breakdown, no events (the contract's breakdown); a coder could "
                "code the torture tally as its own aggregate. The two attacks on facilities have no place or day")])

passage("ma28", "2024-06-24", "Qasioun News", "a faction's arrest campaign continued, two named arrests at two "
        "places, an attempted arrest rumoured, an aim | page: https://qasioun-news.com/ar/articles/78359/",
        "«الهيئة» تمضي في اعتقال معارضيها بريف إدلب\n"
        "تابعت الأجهزة الأمنية لـ«هيئة تحرير الشام» اليوم الاثنين حملة الاعتقالات التي أطلقتها أمس الأحد في مناطق "
        "متفرقة من ريف إدلب، ملاحِقةً مناهضيها ومنسقي الحراك الشعبي، وبعضهم سبق أن اعتُقل ثم أُفرج عنه. وبحسب مصادر "
        "محلية، اعتُقل المدرّس فراس العمر أمام بيته في إسقاط قرب سلقين، واقتيد ماهر الحلبي من متجره في معرة مصرين، "
        "وهو من أوائل ناشطي الزبداني الذين هُجّروا منها. ويسود جبلَ الزاوية استنفار أمني واسع للهيئة وسط أنباء عن "
        "محاولة لاعتقال ناشط مدني، وعن نيتها إبعاد معارضيها إلى عفرين وشمال حلب.",
        [E("arrest", None, PL("إسقاط", "Isqat", "Idlib"), "2024-06-24", "مصادر محلية", HTS,
           note="a teacher arrested outside his home in Isqat (Salqin is a bearing); singular, no figure. The "
                "campaign of the first sentence (ريف إدلب) is told through these arrests: CALL, no event of its own; "
                "a coder could code the campaign at the region"),
         E("arrest", None, PL("معرة مصرين", "Maarat Misrin", "Idlib"), "2024-06-24", "مصادر محلية", HTS,
           note="a second arrest at his shop; Zabadani is his home town, not the place. The rumoured attempt in "
                "Jabal al-Zawiya and the plan to expel opponents are not asserted acts")])

passage("ma29", "2024-12-02", "IMLebanon (relaying AFP and SOHR)", "joint raids with a toll «at least», a camp "
        "and a city, a power's announcement the day before | page: https://imlebanon.org/2024/12/02/syria554322/amp",
        "قُتل ما لا يقل عن 11 مدنياً، منهم خمسة أطفال، اليوم الاثنين بغارات شنها الطيران الروسي ونظيره السوري على مناطق في محافظة إدلب شمال غربي البلاد، بحسب إحصاء المرصد السوري لحقوق الإنسان، وذلك غداة تأكيد موسكو أن قواتها تعين الجيش السوري "
        "على «صد» هجوم الفصائل المعارضة. وأوضح المرصد أن الضربات المشتركة أصابت مواقع عدة منها مدينة إدلب ومخيم "
        "للنازحين إلى الشمال منها، فقُتل 11 مدنياً، من بينهم خمسة أطفال وامرأتان، وجُرح العشرات.",
        [E("airstrike", Q("ما لا يقل عن 11", 11, None), PL("إدلب", "Idlib", "Idlib", nth=1), "2024-12-02",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="joint Russian and Syrian raids (agent: the first air force named; a coder could give the regime): "
                "placed at Idlib city, the first place the monitor names (a camp north of it is the other); the "
                "second sentence retells the same toll"),
         E("statement", None, None, "2024-12-01", "موسكو", RUS,
           note="Moscow's announcement that its forces help the army repel the offensive: a named power's stance "
                "told as news of the day before (stop 32)")])

passage("ma30", "2024-12-12", "Hawar News", "a security body's circular changing curfew hours, its earlier "
        "curfew recalled | page: https://hawarnews.com/ar/%D9%82%D9%88%D9%89-%D8%A7%D9%84%D8%A3%D9%85%D9%86-%D8%A7"
        "%D9%84%D8%AF%D8%A7%D8%AE%D9%84%D9%8A-%D8%AA%D8%B9%D8%AF%D9%91%D9%84-%D8%B3%D8%A7%D8%B9%D8%A7%D8%AA-%D8%AD%D8%B8"
        "%D8%B1-%D8%A7%D9%84%D8%AA%D8%AC%D9%88%D9%84-%D9%81%D9%8A-%D8%A5%D9%82%D9%84%D9%8A%D9%85-%D8%B4%D9%85%D8%A7%D9"
        "%84-%D9%88%D8%B4%D8%B1%D9%82-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7",
        "الأسايش تعدّل مواعيد حظر التجول في شمال وشرق سوريا\n"
        "عمّمت قيادة قوى الأمن الداخلي (الأسايش) على مناطق شمال سوريا وشرقها قراراً يجعل حظر التجول ممتداً من "
        "الخامسة مساءً إلى الثامنة صباحاً في جميع المقاطعات، اعتباراً من 13 كانون الأول وحتى إشعار آخر، مبررةً ذلك "
        "بالظرف الأمني الاستثنائي الذي تمر به البلاد وبالحرص على سلامة السكان. وكانت القيادة قد فرضت، عقب سقوط نظام "
        "البعث في الثامن من الشهر الجاري، حظراً في المنطقة بين الثامنة مساءً والثامنة صباحاً.",
        [E("statement", None, PL("شمال وشرق سوريا", "North and East Syria", None), "2024-12-12",
           "قيادة قوى الأمن الداخلي", SDF,
           note="a named body's decision (a curfew's new hours) is a statement (stop 32; the sets' practice for a "
                "bare decision), placed at the region it concerns (no governorate: several)"),
         E("statement", None, PL("شمال وشرق سوريا", "North and East Syria", None), None,
           "قيادة قوى الأمن الداخلي", SDF,
           note="the first curfew, recalled: imposed after the fall of 8 December, no day of its own (date null); "
                "RECALL CALL: a recalled decision with its place, coded as stop 41 codes recalled acts; a coder could "
                "fold it into the news as background")])

passage("ma31", "2025-02-26", "Al-Araby Al-Jadeed", "strikes on a division's base and an airfield with a shared "
        "toll, a ground incursion, an army's threat, a monitor's running count since January | page: "
        "https://www.alaraby.co.uk/politics/غارات-إسرائيلية-على-مواقع-عسكرية-بريفي-دمشق-ودرعا-تودي-بحياة-4-أشخاص",
        "إسرائيل تقصف مواقع للجيش قرب دمشق ودرعا وتقتل أربعة\n"
        "شنّت مقاتلات إسرائيلية مساء الثلاثاء ضربات على أهداف عسكرية حول العاصمة، بينما حلّق الطيران الحربي فوق "
        "معظم أرجاء درعا والسويداء، وتوغلت قوات برية إسرائيلية على نطاق واسع في ريف القنيطرة الشمالي وفي درعا. "
        "واستهدفت أربع غارات ثكنات الفرقة الأولى قرب الكسوة، فيما طال القصف مطاراً قرب درعا، وأسفرت الضربات عن "
        "مقتل أربعة أشخاص. وقال الجيش الإسرائيلي إن الهجمات تندرج ضمن سياسة جديدة لتجريد جنوب سوريا من السلاح، وإن "
        "أي مسعى لبناء قوة عسكرية هناك سيُقابل بالنار. ووفق المرصد السوري لحقوق الإنسان، نفّذت إسرائيل 16 هجوماً على سوريا منذ مطلع 2025، فدمرت 21 هدفاً وقتلت أربعة أشخاص.",
        [E("airstrike", Q("أربعة", 4, nth=1), PL("الفرقة الأولى", "1st Division base (al-Kiswah)", "Rif Dimashq"),
           "2025-02-25", None, ISR,
           note="Tuesday evening's strikes: four raids on the 1st Division at al-Kiswah and an airfield near Daraa, "
                "four dead told for the strikes together: one act over two sites (a group, at the first). PLACE: a "
                "base named by its unit is the place (stop 28 convention b), al-Kiswah its enclosure; a coder could "
                "give الكسوة. The flights over Daraa and Sweida are no act"),
         E("other", None, PL("ريف القنيطرة الشمالي", "northern Quneitra countryside", "Quneitra"), "2025-02-25", None,
           ISR,
           note="a wide ground incursion with no clash told: other (as set 99's kz08 codes an incursion); also into "
                "Daraa (one act over two areas, at the first)"),
         E("statement", None, PL("جنوب سوريا", "southern Syria", None), "2025-02-26", "الجيش الإسرائيلي", ISR,
           note="the army's stance and threat (a new policy of demilitarisation, force against any build-up): a "
                "statement, placed at the region it concerns (stop 32)"),
         E("airstrike", Q("16", 16), None, None, "المرصد السوري لحقوق الإنسان", ISR, kind="aggregate",
           note="the monitor's running count since the start of 2025 (period 2025-01-01..2025-02-26): a tally naming "
                "one cause takes its type (stop 32). FIGURE CALL: its own count of attacks (16; 21 targets) rather "
                "than its four dead, which repeat the day's four; a coder could give the dead")])

passage("ma32", "2025-08-22", "Al-Masry Al-Youm (relaying SANA)", "a suicide attack on a checkpoint, a coalition "
        "airdrop recalled with its day, a church bombing recalled with a toll and two attributions | page: "
        "https://www.almasryalyoum.com/news/details/3531349",
        "«داعش» يهاجم حاجزاً أمنياً شرقي سوريا بانتحاريين\n"
        "استهدف تنظيم «داعش» بهجوم انتحاري، مساء اليوم الجمعة، حاجزاً يتبع جهاز الأمن الداخلي في وزارة الداخلية "
        "السورية بمدينة الميادين في ريف دير الزور. ونقلت الوكالة العربية السورية للأنباء «سانا» أن عناصر الحاجز "
        "المعروف بحاجز السياسية تمكنوا من قتل أحد المهاجمَين، بينما فجّر الآخر نفسه. وكانت وسائل إعلام سورية قد "
        "أفادت يوم الأربعاء الماضي بمقتل قيادي عراقي في التنظيم خلال إنزال جوي نفّذته قوات التحالف الذي تقوده الولايات المتحدة في محافظة إدلب، فيما قُتل ما لا يقل عن 25 شخصاً في حزيران/يونيو الماضي بتفجير انتحاري استهدف كنيسة في دمشق، "
        "نسبته الحكومة إلى «داعش» وتبنّته جماعة متطرفة مغمورة.",
        [E("explosion", None, PL("الميادين", "al-Mayadin", "Deir ez-Zor"), "2025-08-22",
           "الوكالة العربية السورية للأنباء", IS,
           note="TYPE CALL: a suicide attack on a checkpoint (one attacker shot, the other blew himself up): an "
                "explosion (ACLED suicide bomb); a coder could type it armed_clash (an attack on a checkpoint). No "
                "figure (two attackers as a dual). SOURCE: SANA's sentence comes back to the same attack (stop 30)"),
         E("armed_clash", None, PL("إدلب", "Idlib", "Idlib"), "2025-08-20", "وسائل إعلام سورية", COAL,
           note="a coalition airdrop raid killing an IS leader in Idlib governorate, recalled with its day (stop 41). "
                "TYPE CALL: a ground raid that kills is a fight (armed_clash); a coder could give other"),
         E("explosion", Q("ما لا يقل عن 25", 25, None), PL("دمشق", "Damascus", "Damascus"), "2025-06", None, UNK,
           note="the June church bombing, recalled with its month and toll (coded, background); the perpetrator is "
                "disputed (the government blames IS, an obscure group claims it): agent left unidentified")])

passage("ma33", "2025-09-07", "Al-Siyasi", "intermittent clashes with no casualties, a deal recalled, a reported "
        "build-up for a planned offensive relayed from a TV | page: https://alsiasi.com/%d8%a7%d8%b4%d8%aa%d8%a8%d8%a7%d9"
        "%83%d8%a7%d8%aa-%d8%a8%d9%8a%d9%86-%d8%a7%d9%84%d8%ac%d9%8a%d8%b4-%d8%a7%d9%84%d8%b3%d9%88%d8%b1%d9%8a-%d9%88"
        "%d9%82%d8%b3%d8%af-%d9%81%d9%8a-%d8%af",
        "مواجهات بين الجيش و«قسد» عند أطراف دير الزور\n"
        "دارت اليوم الأحد مواجهات متقطعة بالرشاشات والقذائف الصاروخية بين وحدات الجيش وعناصر «قوات سوريا الديمقراطية» على تخوم مدينة دير الزور، وفق مصادر إعلامية محلية أشارت إلى أن الاشتباك دار على خطوط التماس "
        "شرقي المدينة وغربيها ولم يسفر حتى الآن عن ضحايا. ويأتي ذلك وسط توتر مستمر بين دمشق و«قسد» المسيطرة على "
        "مساحات شاسعة شرق الفرات، رغم اتفاق وقّعه الرئيس أحمد الشرع مع قائدها مظلوم عبدي في آذار/مارس الماضي لدمج "
        "مؤسسات الإدارة الذاتية المدنية والعسكرية في الدولة. وكانت مصادر أمنية قد كشفت الأسبوع الماضي أن الجيش يتهيأ "
        "لهجوم كبير قبل تشرين الأول/أكتوبر للسيطرة على الرقة ودير الزور، قد يشارك فيه نحو 50 ألف مقاتل يُحشدون حالياً "
        "قرب تدمر، وفق ما نقله تلفزيون سوريا.",
        [E("armed_clash", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=1), "2025-09-07",
           "مصادر إعلامية محلية", None,
           note="intermittent clashes on the city's edges, no casualties; no side named as the initiator (agent "
                "open). The headline is the same telling. The March deal is recalled with a month but no place or "
                "figure of its own: not coded (stop 41); SDF control is a state"),
         E("reinforcement", Q("نحو 50 ألف", 50000, approx=True), PL("تدمر", "Palmyra", "Homs"), None, "مصادر أمنية",
           NEWGOV,
           note="MODALITY CALL: fighters being massed near Palmyra now (asserted, «يُحشدون حالياً») for an offensive "
                "that is only planned (the offensive itself is future: not coded). A build-up is a reinforcement "
                "placed where the force gathers (no destination reached, stop 41). SOURCE: Syria TV relays the "
                "security sources (the one relayed, stop 34); a coder could give the TV or leave the build-up out")])

passage("ma34", "2025-11-27", "Al Jazeera", "a local curfew decided by a security directorate after a shooting, a "
        "governorate's call, a weapons campaign recalled | page: https://www.aljazeera.net/news/2025/11/27/%D8%AD%D8%B8"
        "%D8%B1-%D8%AA%D8%AC%D9%88%D8%A7%D9%84-%D9%84%D9%8A%D9%84%D9%8A-%D8%A8%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D8%A7%D9"
        "%84%D8%B4%D9%8A%D8%AE-%D9%85%D8%B3%D9%83%D9%8A%D9%86",
        "حظر تجول ليلي في الشيخ مسكين بعد إطلاق نار\n"
        "فرضت السلطات السورية حظراً للتجول في مدينة الشيخ مسكين بمحافظة درعا، امتد من مساء الأربعاء حتى صباح "
        "الخميس، إثر حادثة إطلاق نار داخل متجر، وفق الإعلام الرسمي. وذكرت قناة الإخبارية السورية أن مديرية منطقة إزرع للأمن الداخلي قررت الحظر من السابعة مساءً إلى السابعة صباحاً حفاظاً على النظام العام، كإجراء وقائي "
        "مؤقت يرافق ملاحقة مطلق النار لتوقيفه وإحالته إلى القضاء. ودعت محافظة درعا الأهالي إلى التقيد بالقرار "
        "ومساندة عناصر الأمن الداخلي. وكانت هذه القوى قد أعلنت إطلاق حملة لجمع الأسلحة غير المنضبطة في جاسم شمالي المحافظة.",
        [E("statement", None, PL("الشيخ مسكين", "Sheikh Miskin", "Daraa", nth=1), "2025-11-26", "الإعلام الرسمي",
           NEWGOV,
           note="a curfew decided by a named security directorate: a bare decision by a named body is a statement "
                "(the sets' practice), placed at the town it concerns. The governorate's call to comply reacts to the "
                "same decision (no second statement); the pursuit of the gunman is an aim"),
         E("armed_clash", None, PL("الشيخ مسكين", "Sheikh Miskin", "Daraa", nth=1), "2025-11-26", "الإعلام الرسمي",
           UNK,
           note="CALL: the shooting inside a shop that caused the curfew, an act by an unnamed gunman with no victims "
                "told; coded as a shooting (armed_clash, stop 30); a coder could leave it out as the decision's cause"),
         E("other", None, PL("جاسم", "Jasim", "Daraa"), None, None, NEWGOV,
           note="a weapons-collection campaign in Jasim, recalled with its place and no day (stop 41). TYPE CALL: a "
                "security sweep with no arrests told: other; a coder could give arrest or statement (an "
                "announcement)")])

passage("ma35", "2025-12-15", "Kurdistan24 (relaying SITE, the interior ministry, AFP, SOHR)", "a claim of an "
        "attack on a patrol relayed by a monitor site, the ministry's toll, the group's first claim recalled with its "
        "day | page: https://www.kurdistan24.net/ar/story/881515/",
        "«داعش» يتبنى هجوماً أودى بأربعة عناصر أمن في إدلب\n"
        "أعلن تنظيم «داعش» مسؤوليته عن الهجوم الذي قُتل فيه أمس الأحد أربعة من عناصر الأمن في شمال غربي سوريا، بحسب "
        "ما نشره اليوم الاثنين موقع «سايت» المعني بمتابعة الجماعات الجهادية، ناقلاً عن بيان للتنظيم أن مقاتليه "
        "استهدفوا بالرشاشات دورية حكومية على طريق معرة النعمان ثم عادوا سالمين. وكانت الداخلية السورية قد نعت أربعة عناصر تابعين لإدارة أمن الطرق وأعلنت إصابة خامس في استهداف لدورية على الطريق ذاته بريف إدلب الجنوبي، من دون "
        "أن تسمي الفاعل. وسبق أن تبنى التنظيم في 30 أيار/مايو أول هجوم له على القوات الحكومية، بعبوة ناسفة فجّرها "
        "بآلية عسكرية فقتلت شخصاً وجرحت ثلاثة جنود، وفق حصيلة المرصد السوري لحقوق الإنسان.",
        [E("armed_clash", Q("أربعة", 4, nth=1), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2025-12-14",
           "تنظيم «داعش»", IS,
           note="an attack on a patrol on the Maarat al-Numan road: a road is placed at the town named; four dead "
                "(headline, claim and ministry's telling are one incident). SOURCE CALL: SITE relays the group's "
                "statement (the one relayed, stop 34); a coder could give «سايت» or the ministry"),
         E("explosion", None, None, "2025-05-30", "المرصد السوري لحقوق الإنسان", IS,
           note="the group's first claimed attack, an IED on a military vehicle, recalled with its day (coded, "
                "background); no place; one dead (singular) and three wounded (never the figure): no figure")])


def main() -> None:
    write("gold126.jsonl", P126)


if __name__ == "__main__":
    main()
