"""Build gold71.jsonl: development set 71 (ids jc01…), written in stop 33 by writer w71 BEFORE any run on it.

THE FIGURE IS HARD: 30 passages (3-7 sentences), each the paraphrase of one real Arabic news page about Syria
(2011-2025) that carries several numbers: a toll then its breakdown, a toll raised later in the item, two sources
that disagree, killed and wounded together, a running total beside the day's figure, monthly or weekly tallies.
Pages were found in the search tool's `pages` corpus; every sentence was rewritten (no run of five words shared
with its page, names aside, checked by script against the page text kept outside the repo); the facts (places,
figures, dates, who acted, who says so) are the page's, private persons' names are changed. Each passage's first
event note gives the page's address. Gold follows news_dev's README and the events_probe README's conventions
(stops 28, 30 and 32); every figure call is in a note. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build71.py      # rewrites gold71.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P71: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P71.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


SOHR = "المرصد السوري لحقوق الإنسان"
SNHR = "الشبكة السورية لحقوق الإنسان"

passage("jc01", "2011-10-24", "Al Jazeera (TV report)", "national toll by fire of security forces, broken down by place",
        "قالت لجان التنسيق المحلية إن قوات الأمن السورية قتلت اليوم 19 شخصاً، سقط 13 منهم في مدينة حمص، وبينهم "
        "طفل، حيث لا تزال الحملة الأمنية الواسعة مستمرة، فيما قُتل الستة الباقون في محافظة إدلب. وأفاد ناشطون بأن "
        "مستشفى القصير الوطني في ريف حمص يضم ما يزيد على عشرين جريحاً، مؤكدين أن وحدات من الجيش تحاصره. ويتزامن "
        "هذا مع سحب واشنطن سفيرها من العاصمة السورية لأسباب وصفتها بالأمنية، وقبل يوم من زيارة مرتقبة للجنة "
        "الوزارية العربية إلى دمشق.",
        [E("casualties", Q("19", 19), None, "2011-10-24", "لجان التنسيق المحلية", GOV, kind="aggregate",
           note="page: https://dailytv.net/video/xs7um0 (broadcast 24/10/2011). The day's national toll of a known "
                "force's fire (casualties, ACLED violence against civilians); Homs 13 and Idlib 6 are its breakdown "
                "by place, not events (a second coder might code two events, Homs 13 and Idlib 6). The 20 wounded "
                "and the army around the hospital are no figure / no event; the ambassador's recall is not coded.")])

passage("jc02", "2025-03-09", "Wakalat al-Anbaa (MA)", "a two-day toll over a region, with three categories",
        "أحصى المرصد السوري لحقوق الإنسان، في حصيلة نشرها السبت، سقوط أكثر من ألف قتيل في المواجهات التي يشهدها الساحل السوري "
        "منذ يومين، وتدور بين قوات الأمن التابعة للسلطة الجديدة وفصائل مساندة لها من جهة، ومجموعات مسلحة علوية "
        "موالية للرئيس المخلوع بشار الأسد من جهة ثانية، في منطقة تشمل محافظة اللاذقية وأطرافاً مجاورة لها. وبحسب "
        "المرصد، فإن 745 من القتلى مدنيون، قضى أغلبهم بفعل القصف العشوائي والقتال داخل الأحياء السكنية، في حين "
        "خسرت قوات الأمن 125 عنصراً، وقُتل 148 مسلحاً من أنصار النظام السابق. ولا تزال المعارك متواصلة في مناطق "
        "تُعد من أهم معاقل النظام السابق.",
        [E("armed_clash", Q("أكثر من ألف", 1000, None, True), PL("الساحل السوري", "Syrian coast"), None, SOHR, NEWGOV,
           kind="aggregate",
           note="page: https://wakalatalanbae.ma/مقتل-أكثر-من-ألف-شخص-في-اشتباكات-عنيفة-ب/ (2025-03-09). A running "
                "toll of two days of clashes names one cause (the clashes): armed_clash aggregate; 745 civilians, "
                "125 security men and 148 gunmen are its breakdown (745+125+148 = 1018). Place: the coast region the "
                "text names (Latakia is named as a part of it; a second coder might place it at اللاذقية). Agent: "
                "the security forces, named first of the two sides (a second coder might leave it null).")])

passage("jc03", "2012-04-06", "Al-Ittihad (Reuters)", "estimates that disagree: UN vs SOHR, with SOHR's categories",
        "بيروت (رويترز) - تتباين تقديرات أعداد من لقوا حتفهم في سوريا منذ انطلاق الانتفاضة على حكم الرئيس بشار "
        "الأسد قبل عام، وسط صعوبة التحقق منها بسبب القيود التي تفرضها السلطات على دخول الصحفيين وعمال الإغاثة. "
        "وأدنى هذه التقديرات يضع الحصيلة فوق 6 آلاف قتيل. فالأمم المتحدة تتحدث عن أكثر من 9 آلاف شخص قتلتهم "
        "القوات السورية، من دون أن تفصّل الرقم في بيانها الأخير. ويقدّر المرصد السوري لحقوق الإنسان، ومقره بريطانيا، "
        "أن ما يزيد على 10281 شخصاً قُتلوا منذ آذار 2011، منهم 7432 مدنياً و2281 من القوات الحكومية و568 منشقاً، "
        "مستثنياً جثثاً مجهولة الهوية ظهرت أخيراً في مستشفيات.",
        [E("casualties", Q("أكثر من 9 آلاف", 9000, None, True), None, None, "الأمم المتحدة", GOV, kind="aggregate",
           note="page: http://alittihad.ae/details.php?id=34282&y=2012 (6 April 2012). Two sources, two different "
                "claims (the UN counts those killed by the forces, SOHR every death): two aggregates. The 'lowest "
                "estimate above 6,000' is the outlet's summary of the others, not a report of its own: no event."),
         E("casualties", Q("ما يزيد على 10281", 10281, None, True), None, None, SOHR, kind="aggregate",
           note="civilians 7432, forces 2281, defectors 568 are the breakdown (a second coder might merge the two "
                "aggregates into one)")])

passage("jc04", "2012-05-27", "Youm7 (via masress)", "a massacre's toll from activists; the government's denial is the news",
        "نفت الحكومة السورية، اليوم الأحد، أي مسؤولية لها عن المذبحة التي شهدتها بلدة الحولة، والتي يقول ناشطون "
        "معارضون إن ما لا يقل عن 109 مدنيين قضوا فيها، لتكون بذلك من أفظع المجازر منذ بدء الاحتجاجات على حكم بشار "
        "الأسد قبل 14 شهراً. وأقرّ المتحدث باسم الخارجية، سامر الحلبي، أمام صحفيين في دمشق بأن الضحايا من النساء "
        "والأطفال والمسنين سقطوا بالرصاص، لكنه أكد أن هذا الأسلوب لا ينتمي إلى الجيش السوري.",
        [E("casualties", Q("ما لا يقل عن 109", 109, None, True), PL("الحولة", "Al-Houla", "Homs"), None,
           "ناشطون معارضون", None,
           note="page: https://www.masress.com/youm7/689434 (Sunday 27 May 2012). A massacre is casualties; the "
                "text fixes no day for it (date null) and names no perpetrator. The government denies its "
                "responsibility, not the killing, so the massacre stays asserted."),
         E("statement", None, PL("الحولة", "Al-Houla", "Homs"), "2012-05-27", "الحكومة السورية", GOV,
           note="the denial is the item's lead news (stop-32 convention): a statement of the body that denies; a "
                "second coder might name the spokesman «المتحدث باسم الخارجية» as its source")])

passage("jc05", "2012-06-07", "Vatican Radio (Arabic)", "a massacre told by three opposition bodies with different figures",
        "أفادت أوساط المعارضة السورية بمقتل العشرات في مجزرة جديدة ارتكبت في مزرعة القبير بريف حماة. وذكرت لجان "
        "التنسيق المحلية أن 78 شخصاً على الأقل لقوا حتفهم، كثير منهم نساء وأطفال، بعد أن قصف الشبيحة الموالون "
        "للنظام القرية ثم اقتحموها بالأسلحة والسكاكين، فيما قال شهود إن المهاجمين أحرقوا عدداً من الجثث. أما المجلس "
        "الوطني السوري فقدّر عدد القتلى بنحو ثمانين، مشيراً إلى 30 مفقوداً، في حين أوضح المرصد السوري لحقوق الإنسان "
        "أن العمل على جمع أسماء الضحايا ما زال جارياً. وحمّل التلفزيون الرسمي مجموعات إرهابية المسؤولية عن المجزرة.",
        [E("casualties", Q("78", 78, None, True), PL("مزرعة القبير", "Mazraat al-Qubeir", "Hama"), None,
           "لجان التنسيق المحلية", GOV,
           note="page: http://www.archivioradiovaticana.va/storico/2012/06/07/…/ara-594692 (2012-06-07). One "
                "massacre (casualties; the shelling before the storming is part of it). Figure: the first number "
                "the text writes for the dead, the LCC's 78 (at least); the SNC's «نحو ثمانين» is the same "
                "incident told by another body (a second coder might take it); the 30 missing are no figure. "
                "Agent: the pro-regime shabiha (GOV constant). The date is not fixed. State TV's blame is the "
                "other side's telling, no event.")])

passage("jc06", "2012-06-12", "Al Jazeera (TV report)", "a protest shelled (killed and wounded) + another source's shelling toll",
        "اتهم ناشطون القوات السورية بارتكاب مجزرة أخرى فجر اليوم بمدينة دير الزور شرقي البلاد، قائلين إن القصف "
        "طال مظاهرة ليلية خرجت في حي الجبيلة للمطالبة بالحرية ورحيل النظام، فقتل ما يزيد على ثلاثين شخصاً وجرح "
        "قرابة مئة. وفي سياق آخر، أحصت الشبكة السورية لحقوق الإنسان مقتل 27 شخصاً على الأقل، منهم أربعة أطفال، "
        "اليوم جراء قصف مدفعي على مدينتي حمص واللاذقية.",
        [E("protest", Q("ما يزيد على ثلاثين", 30, None, True), PL("الجبيلة", "Al-Jubaila", "Deir ez-Zor"),
           "2012-06-12", "ناشطون", PROT,
           note="page: https://dailytv.net/video/xroxty (2012/06/12). Fire (here shelling) on a protest is one "
                "protest event (stop-30 convention); the crowd is not numbered, so the figure is the dead; the "
                "hundred wounded are no figure. A second coder might code a shelling event (agent GOV) instead."),
         E("shelling", Q("27", 27, None, True), PL("حمص", "Homs", "Homs"), "2012-06-12", SNHR, None,
           note="one act told over two cities (one group, first place); the four children are a breakdown")])

passage("jc07", "2012-07-20", "Al-Haqeeqa", "a Friday's national toll with a per-governorate breakdown, and one incident",
        "قالت مصادر معارضة إن 145 شخصاً قُتلوا اليوم الجمعة في مناطق سورية عدة، سقط أكثرهم في العاصمة دمشق "
        "وريفها. وتزامن ذلك مع مظاهرات خرجت في أنحاء مختلفة ضد نظام بشار الأسد في ما أُطلق عليه جمعة «رمضان النصر "
        "سيكتب في دمشق». ووزعت الشبكة السورية لحقوق الإنسان الحصيلة على المحافظات: 38 لدمشق وريفها، و25 لحلب، "
        "و23 لإدلب، و20 لدرعا، و16 لدير الزور، و11 لحماة، و10 لحمص، وقتيلاً واحداً للاذقية. وبحسب "
        "ناشطين، سقط ثلاثة على الأقل في السيدة زينب، في الجنوب الشرقي من العاصمة، حين أطلقت طائرات نيرانها.",
        [E("casualties", Q("145", 145), None, "2012-07-20", "مصادر معارضة", kind="aggregate",
           note="page: https://haqeeqa.net/BlogPosts/Details/39a69023-055b-4870-9812-a4f53e574b36 (Friday 20 July "
                "2012). The day's national toll names no act: casualties aggregate; SNHR's per-governorate numbers "
                "are its breakdown (they sum to 144), not events."),
         E("protest", None, None, "2012-07-20", None, PROT,
           note="protests in several unnamed places: one event, no place; the outlet tells it"),
         E("airstrike", Q("ثلاثة", 3, None, True), PL("السيدة زينب", "Sayyida Zaynab", "Rif Dimashq"), "2012-07-20",
           "ناشطين", None,
           note="an incident with its own act (aircraft fire); also inside the Damascus figure of the national "
                "toll, coded on its own as the sets do; the aircraft's owner is not named")])

passage("jc08", "2012-09-02", "AFP (via sauress)", "a running national total, the month's toll, the last week's toll, categories",
        "قال المرصد السوري لحقوق الإنسان على لسان مديره، في حديث إلى فرانس برس مساء الأحد، إن أعمال العنف في سوريا أودت بحياة "
        "26283 شخصاً على الأقل، بعدما سجّل المرصد 5440 قتيلاً في شهر آب وحده، وهو أكثر الأشهر دموية منذ اندلاع "
        "الانتفاضة في آذار 2011. وأشار المرصد، الذي يعتمد على شبكة من الناشطين والشهود، إلى أن الأسبوع الأخير من آب "
        "شهد وحده سقوط 1248 قتيلاً. وتوزع قتلى آب بين 4114 مدنياً و1221 جندياً نظامياً و105 منشقين، علماً أن "
        "المرصد يحتسب المسلحين المعارضين ضمن المدنيين. أما الحصيلة الكلية فتضم 18695 مدنياً و6509 عسكريين و1079 "
        "منشقاً.",
        [E("casualties", Q("26283", 26283, None, True), PL("سوريا", "Syria"), None, SOHR, kind="aggregate",
           note="page: https://sauress.com/newsitself/13380 (AFP, Sunday evening; published date inferred as "
                "2012-09-02, the Sunday after August). The running total since March 2011; 18695/6509/1079 are "
                "its breakdown."),
         E("casualties", Q("5440", 5440), PL("سوريا", "Syria"), "2012-08", SOHR, kind="aggregate",
           note="the month's toll (date = the month); 4114/1221/105 are its breakdown. The last week of August "
                "(1248) is nested in this month's toll: not coded as a third aggregate (a second coder might)")])

passage("jc09", "2013-04-08", "DW Arabic", "killed-and-wounded headline figure, then the separate figures",
        "قرابة ستين بين قتيل وجريح في تفجير سيارة مفخخة وسط دمشق\n"
        "أعلنت وسائل الإعلام الرسمية السورية أن سيارة مفخخة انفجرت اليوم الاثنين في قلب العاصمة دمشق، موقعة عدداً "
        "كبيراً من الضحايا ومخلفة دماراً واسعاً، ونقلت عن التحقيقات الأولية أن انتحارياً نفذ التفجير. وأفاد مصدر طبي "
        "تحدث إلى فرانس برس بأن الهجوم أدى إلى مقتل 12 شخصاً وجرح 45 آخرين. وكان التلفزيون السوري الرسمي قد أشار في "
        "البداية إلى أن ما انفجر سيارة مفخخة.",
        [E("explosion", Q("12", 12), PL("دمشق", "Damascus", "Damascus"), "2013-04-08", "مصدر طبي", None,
           note="page: https://wufengqin.com/dw/ar/نحو-ستين-قتيلا-وجريحا-في-انفجار-سيارة-ملغومة-بوسط-دمشق/a-16727695 "
                "(DW, 8 April 2013). One suicide car bomb; the headline's «قرابة ستين» is killed and wounded "
                "together, never the figure; the dead (12) are. The toll's sentence names the medical source, "
                "which carries back to the blast (a second coder might give state media, who tell the blast).")])

passage("jc10", "2013-07-25", "BBC Arabic", "a period toll (since Ramadan began) with a combatants/civilians split",
        "ناشطون: أكثر من ألفي قتيل في سوريا منذ حلول رمضان\n"
        "ذكر المرصد السوري لحقوق الإنسان، وهو جهة معارضة تتخذ من بريطانيا مقراً، بأن النزاع المسلح أوقع ما يزيد على "
        "ألفي قتيل منذ بداية شهر رمضان، معظمهم مقاتلون من الطرفين. وأوضح المرصد أن من سقطوا من المقاتلين في صفوف "
        "الطرفين المتحاربين تجاوز عددهم 1300، في حين كان بقية الضحايا من المدنيين، ومن هؤلاء 105 أطفال.",
        [E("casualties", Q("ما يزيد على ألفي", 2000, None, True), PL("سوريا", "Syria"), None, SOHR, kind="aggregate",
           note="page: https://bbctodays.pages.dev/arabic/middleeast/2013/07/130725_syria_ramadan_death "
                "(2013-07-25). Headline and body tell one toll (the body's span is the figure); over 1300 "
                "combatants and 105 children are its breakdown. The conflict as a whole is no single act: "
                "casualties.")])

passage("jc11", "2013-12-15", "AFP (via Al-Watan BH)", "a barrel-bomb toll raised in the item, an earlier toll recalled, a national total",
        "قال المرصد السوري لحقوق الإنسان إن عدد ضحايا الغارات التي نفذها الطيران النظامي اليوم الأحد على أحياء في "
        "مدينة حلب صعد إلى ما لا يقل عن 22 قتيلاً، من بينهم 14 طفلاً. وأوضح المرصد في رسالة إلكترونية أن القتلى، وبينهم "
        "أيضاً شاب في الثامنة عشرة وسبعة رجال، سقطوا بالبراميل المتفجرة التي ألقيت على الحيدرية وأرض الحمرا والصاخور "
        "شمال شرقي المدينة، بعد أن كان قد تحدث في وقت سابق عن 15 قتيلاً بينهم ثمانية أطفال. ولم يستبعد المرصد ارتفاع "
        "الحصيلة لأن بعض الجرحى في وضع حرج. ويقدّر المرصد أن النزاع أودى منذ آذار 2011 بما لا يقل عن 126 ألف شخص.",
        [E("airstrike", Q("ما لا يقل عن 22", 22, None, True), PL("الحيدرية", "Al-Haydariya", "Aleppo"), "2013-12-15", SOHR, GOV,
           note="page: https://alwatannews.net/ampArticle/60796 (AFP; published date inferred as Sunday "
                "2013-12-15: 33 months into the conflict). Barrels on three neighbourhoods: one act, first place. "
                "Figure: the raised toll (22, at least); the earlier 15 is superseded; 14 children a breakdown."),
         E("casualties", Q("ما لا يقل عن 126 ألف", 126000, None, True), None, None, SOHR, kind="aggregate",
           note="the national running total since March 2011")])

passage("jc12", "2015-01-25", "Al-Alam", "a day's rocket toll (dead, wounded, rockets, shells) and the previous day's",
        "عاشت العاصمة السورية اليوم الأحد يوماً دامياً تحت وابل من صواريخ «جيش الإسلام»، التي قتلت حتى الآن ستة "
        "أشخاص وأصابت 42 آخرين، كلهم مدنيون ومنهم عشرة أطفال. وتوزع 38 صاروخاً وعشر قذائف هاون على أحياء في غرب "
        "دمشق كأبو رمانة والمالكي والمهاجرين والمزة، وعلى وسطها وشرقها، إضافة إلى مدينة جرمانا في ريف دمشق، وفق ما "
        "نقله موقع CNN عن مراسله، مشيراً إلى أن هذه الأرقام أولية ورُصدت حتى الرابعة عصراً. وكانت قذائف السبت قد "
        "خلفت ثلاثة قتلى و22 مصاباً، وفق ما نشرته على فيسبوك صفحة «يوميات قذيفة هاون»، بعدما سقطت تسع قذائف هاون "
        "وصاروخ كاتيوشا على أحياء باب توما والزبلطاني، وعلى العباسيين والعدوي.",
        [E("shelling", Q("ستة", 6), PL("دمشق", "Damascus", "Damascus"), "2015-01-25", "موقع CNN", FSA,
           note="page: http://www.alalam.ir/news/1669909 (25 January 2015). One day's rocket and mortar fire on "
                "a list of quarters and Jaramana: one event at the enclosing city. Figure: the dead (six), not the "
                "42 wounded nor the 38 rockets and ten shells. Jaysh al-Islam → the opposition-factions constant. "
                "The next sentence's source (CNN's reporter) tells the same fire and carries back."),
         E("shelling", Q("ثلاثة", 3), PL("باب توما", "Bab Touma", "Damascus"), "2015-01-24",
           "صفحة «يوميات قذيفة هاون»", None,
           note="Saturday's fire, told as a recall with its own day and source: an event of its own; a list of "
                "quarters, first place; dead 3 (not the 22 wounded nor the ten projectiles)")])

passage("jc13", "2015-12-01", "Arabi21", "a monthly national toll with many categories",
        "أحصى المرصد السوري لحقوق الإنسان سقوط حوالي 4182 قتيلاً في سوريا خلال تشرين "
        "الثاني/نوفمبر الفائت، وفق توثيق نشره المرصد، ومقره لندن، يوم الثلاثاء. ومن بين هؤلاء نحو 1053 مدنياً، منهم 198 طفلاً و116 امرأة، "
        "قضوا بغارات الطائرات الروسية وطائرات النظام والتحالف الدولي، وتحت التعذيب، وبقذائف الفصائل، وبالألغام "
        "والمفخخات ورصاص القناصة وغيرها. كما وثّق المرصد مقتل 641 عنصراً من قوات النظام و515 من اللجان الشعبية "
        "والدفاع الوطني، مقابل 618 من مقاتلي الفصائل المعارضة ووحدات الحماية الكردية، فضلاً عن 1209 مقاتلين أجانب من تنظيم الدولة "
        "وجبهة النصرة وفصائل أخرى.",
        [E("casualties", Q("حوالي 4182", 4182, approx=True), PL("سوريا", "Syria"), "2015-11", SOHR, kind="aggregate",
           note="page: https://arabi21.co/story/876641/ (SOHR's November tally, published Tuesday 1 December 2015). "
                "Many kinds of act: casualties aggregate, date = the month; every category (civilians, forces, "
                "militias, rebels, foreign fighters) is its breakdown, not an event.")])

passage("jc14", "2025-07-14", "Al-Sharq Tribune (AFP)", "a clash toll with sides, a local platform's lower running toll, a deployment",
        "أسفرت مواجهات اندلعت اليوم الاثنين بين مسلحين دروز وآخرين من البدو في محافظة السويداء عن 37 قتيلاً وعشرات "
        "الجرحى، بحسب ما نقله المرصد السوري لحقوق الإنسان، بينما أعلن مصدر حكومي إرسال قوات من وزارة الداخلية إلى "
        "المنطقة للفصل بين الطرفين. وفي حصيلته المحدّثة، أوضح المرصد، ومقره لندن، أن القتلى سقطوا في الاشتباكات والقصف "
        "المتبادل بحي المقوس في الطرف الشرقي لمدينة السويداء وفي مناطق أخرى من المحافظة، وهم 27 درزياً منهم طفلان، "
        "إضافة إلى 10 من البدو، إلى جانب قرابة 50 مصاباً. وكانت شبكة «السويداء 24» قد تحدثت عن حصيلة آخذة في الارتفاع بلغت "
        "حينها 10 قتلى وما يزيد على 50 جريحاً من كل الأطراف. وتقول وكالة فرانس برس إن هذا أول عنف تشهده المنطقة منذ "
        "مواجهات نيسان وأيار بين الدروز وقوات الأمن.",
        [E("armed_clash", Q("37", 37), PL("المقوس", "Al-Maqwas", "As-Suwayda"), "2025-07-14", SOHR, None,
           note="page: https://alsharqtribune.com/posts/سوريا-37-قتيلا-جراء-الاشتباكات-بمدينة-السويداء (Monday "
                "14 July 2025). Figure: the total of both sides (37 = 27 Druze + 10 Bedouin); Suwayda 24's earlier "
                "10 is a lower, older toll of the same clash (not an event); the ~50 wounded are no figure. Place: "
                "the quarter the text names (the clash also ran elsewhere in the governorate; a second coder might "
                "take the governorate). Agent: two local armed groups, no constant fits (null). The April-May "
                "clashes are a recall with no day: no event."),
         E("reinforcement", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-14", "مصدر حكومي", NEWGOV,
           note="Interior ministry forces sent to the governorate to separate the sides (a second coder might not "
                "code an announced deployment)")])

passage("jc15", "2016-01-06", "Enab Baladi", "a raised toll of a day's shelling, with sub-tolls per impact",
        "صعدت إلى 11 قتيلاً حصيلة القذائف التي انهالت على أحياء متفرقة من دمشق في السادس من كانون الثاني، اليوم الأربعاء. "
        "وبحسب صفحة «أخبار الهاون بدمشق»، أصيب ما يزيد على 30 شخصاً حين استُهدفت مناطق في شرق العاصمة ووسطها بنحو "
        "15 قذيفة صاروخية. وذكرت الصفحة أن قذيفة هاون واحدة أصابت مبنى غرفة تجارة ريف دمشق الكائن بشارع بغداد فقتلت ستة "
        "مدنيين، بينما قُتل أربعة آخرون بقذائف سقطت قرب الشارع نفسه وفي شارع العابد. كما طالت صواريخ حي أبو رمانة "
        "وحي السمانة ومحيط كلية الاقتصاد في البرامكة، موقعة جرحى.",
        [E("shelling", Q("11", 11), PL("دمشق", "Damascus", "Damascus"), "2016-01-06", "صفحة «أخبار الهاون بدمشق»", None,
           note="page: https://enabbaladi.net/59801/ (Wednesday 6 January 2016). One day's fire on one city: one "
                "event; figure the raised toll (11), not the 30 wounded nor the ~15 rockets; the six killed at the "
                "chamber of commerce and the four nearby are its breakdown by impact (a second coder might code "
                "them as two events). The lead names no source; the next sentence's page tells the same fire and "
                "carries back.")])

passage("jc16", "2016-02-02", "SNHR", "a four-day toll with children/women and a per-governorate breakdown",
        "أعلنت الشبكة السورية لحقوق الإنسان، ببيان صدر عنها اليوم، أنها وثّقت مقتل 61 مدنياً، منهم 14 طفلاً و11 امرأة، "
        "بنيران قوات النظام وحلفائها الروس والميليشيات الشيعية، في الفترة الممتدة من 29 كانون الثاني/يناير، يوم "
        "انطلاق مفاوضات جنيف برعاية الأمم المتحدة، حتى أمس الاثنين. وتوزع الضحايا خلال هذه الأيام الأربعة على حلب "
        "بثلاثين قتيلاً، ودير الزور بـ16، وريف دمشق بثمانية، ودرعا بأربعة، وإدلب باثنين، والرقة بقتيل واحد.",
        [E("casualties", Q("61", 61), None, None, SNHR, GOV, kind="aggregate",
           note="page: https://media.snhr.org/blog/2016/02/02/58074/ (2016-02-02). A four-day toll (29 January to "
                "1 February) naming no single act: casualties aggregate, date null (a period); the governorates' "
                "numbers (sum 61) and the children and women are its breakdown.")])

passage("jc17", "2017-08-22", "Al-Yemen Today", "two sources disagree on a night's toll; a running total since a date",
        "قُتل عشرات المدنيين في مدينة الرقة خلال الليلة الممتدة من الاثنين إلى فجر الثلاثاء 22 آب/أغسطس بضربات لطيران "
        "التحالف الدولي أصابت منازلهم في حارة السخاني وحارة البدو وفي الحديقة البيضاء، إذ قدّرت وسائل إعلام سورية شبه رسمية "
        "عددهم بستين. وأضافت هذه الوسائل أن مستشفى الأطفال في المدينة توقف عن العمل بعد أن استهدفته قوات سوريا "
        "الديمقراطية. أما المرصد السوري لحقوق الإنسان فأحصى 42 قتيلاً مدنياً في غضون يوم واحد، ينتمون إلى نحو خمس "
        "عائلات بينها عائلات نازحة، ومنهم 19 طفلاً و12 امرأة. وبذلك يبلغ عدد المدنيين الذين قضوا بغارات التحالف منذ "
        "عصر الاثنين 14 آب 167 شخصاً، بينهم 59 طفلاً و37 امرأة، بحسب المرصد، الذي توقّع أن يزداد هذا الرقم "
        "بسبب مفقودين وجرحى إصاباتهم بالغة.",
        [E("airstrike", Q("ستين", 60), PL("السخاني", "Al-Sakhani", "Raqqa"), "2017-08-22",
           "وسائل إعلام سورية شبه رسمية", COAL,
           note="page: https://www.alyementoday.com/amp/997/114831-طائرات-التحالف-الدولي-تقتل-60-مدنيًا-في-مدينة-الرقة-السورية "
                "(Tuesday 22 August 2017). One night of strikes on three quarters: one event, first quarter. "
                "Figure: the first number the text gives for these dead, the semi-official 60; SOHR's 42 (over a "
                "day) is the same strikes told by another source, not a second event (a second coder might take "
                "42 and SOHR). Date: the night ending at dawn on the 22nd, the date the text writes."),
         E("shelling", None, PL("الرقة", "Raqqa", "Raqqa"), "2017-08-22", "وسائل إعلام سورية شبه رسمية", SDF,
           note="the SDF's fire that put the children's hospital out of service; the weapon is not named "
                "(shelling is the likeliest reading; a second coder might not code it); no figure; date as the "
                "night's"),
         E("airstrike", Q("167", 167), PL("الرقة", "Raqqa", "Raqqa"), None, SOHR, COAL, kind="aggregate",
           note="a running toll since 14 August naming one cause (the coalition's strikes): airstrike aggregate "
                "(stop-32 convention); 59 children and 37 women its breakdown")])

passage("jc18", "2016-11-07", "SNHR (via Etilaf)", "a monthly count of massacres by perpetrator and place, with their toll",
        "خلص التقرير الدوري الذي تصدره الشبكة السورية لحقوق الإنسان لتوثيق المجازر، ونشرته أمس، إلى أن قوات النظام "
        "ارتكبت 13 مجزرة خلال تشرين الأول الماضي، تقابلها 13 مجزرة نُسبت إلى قوات يُرجّح أنها روسية. وتوزعت مجازر "
        "النظام بين ريف دمشق (6) وإدلب (3) ومجزرة في كل واحدة من حمص وحماة ودرعا ودير الزور، بينما كانت حلب مسرحاً لتسع من "
        "المجازر الروسية وإدلب لأربع، وسُجلت على تنظيم الدولة مجزرة في محافظة الحسكة. وحصدت هذه المجازر أرواح 381 شخصاً، "
        "منهم 123 طفلاً و59 امرأة، أي أن النساء والأطفال يشكلون 48% من الضحايا، ما يدل بحسب التقرير على استهداف "
        "المدنيين في معظمها.",
        [E("casualties", Q("381", 381), None, "2016-10", SNHR, kind="aggregate",
           note="page: https://media.snhr.org/blog/2016/11/07/57604 (2016-11-07). The month's massacres as one "
                "aggregate whose figure is their dead (381); the counts of massacres per perpetrator (13, 13, one) "
                "and per governorate are a breakdown, not events (a second coder might code one aggregate per "
                "perpetrator: GOV 13, RUS 13, IS 1, each with the massacres as figure); 123/59/48% breakdown.")])

passage("jc19", "2016-12-13", "Echorouk (via djazairess)", "a strike toll 'at least' that may rise, and an earlier strike's toll recalled",
        "أحصى المرصد السوري لحقوق الإنسان مقتل 21 مدنياً على الأقل، منهم خمسة أطفال، يوم الاثنين في غارات "
        "جوية على مدينة الرقة، أبرز معاقل «داعش» في البلاد، دون أن يحدد الجهة التي تتبع لها "
        "الطائرات. ويتولى التحالف الدولي بقيادة الولايات المتحدة معظم الغارات على المدينة، وإن كانت الطائرات الروسية "
        "تقصفها بين حين وآخر. ورجّح المرصد أن يرتفع العدد بسبب خطورة إصابات كثير من الجرحى ووجود مفقودين. وكان ما لا يقل عن 53 "
        "مدنياً، منهم 16 طفلاً، قد قُتلوا في وقت سابق من اليوم ذاته بغارات على مناطق يسيطر عليها التنظيم "
        "في محافظة حماة، وذلك بعد أن استعاد التنظيم بهجوم مباغت مدينة تدمر التي كان قد خسرها قبل تسعة أشهر.",
        [E("airstrike", Q("21", 21, None, True), PL("الرقة", "Raqqa", "Raqqa"), "2016-12-12", SOHR, None,
           note="page: https://djazairess.com/echorouk/507455 (published date inferred as Tuesday 2016-12-13: the "
                "Monday strikes came the day after IS retook Palmyra on 11 December 2016). The aircraft are not identified: no agent "
                "(the coalition's habit is background)."),
         E("airstrike", Q("ما لا يقل عن 53", 53, None, True), PL("حماة", "Hama", "Hama"), "2016-12-12", None, None,
           note="a recall «وكان … قد قُتلوا» with its own day: an event of its own, the outlet's (stop-30 "
                "convention; a second coder might carry SOHR); place: the governorate, no finer place. IS's "
                "retaking of Palmyra is background with no day: no event.")])

passage("jc20", "2017-08-21", "Al-Hayat (via sauress)", "a strike toll raised the next day; a week's running total",
        "قال «المرصد السوري لحقوق الإنسان» إن قصفاً نفذه التحالف الدولي بقيادة واشنطن أمس الأحد على حارة البدو، "
        "وهي منطقة سكنية مكتظة وسط مدينة الرقة ما زالت في قبضة «داعش»، أودى بحياة 27 مدنياً، منهم سبعة أطفال. وكان "
        "المرصد قد أحصى أمس 17 قتيلاً في هذه الغارات، قبل أن ترتفع الحصيلة اليوم مع انتشال جثث أخرى من تحت الركام. "
        "وبذلك يصل عدد المدنيين الذين قتلتهم غارات التحالف على الرقة في غضون أسبوع إلى 125، بينهم 40 طفلاً، وفق "
        "المرصد. وتساند طائرات التحالف ومستشاروه منذ مطلع حزيران هجوم «قوات سورية الديموقراطية» داخل المدينة.",
        [E("airstrike", Q("27", 27), PL("حارة البدو", "Harat al-Badu", "Raqqa"), "2017-08-20", SOHR, COAL,
           note="page: https://sauress.com/alhayat/23579979 (Monday 21 August 2017). Figure: the raised toll 27; "
                "yesterday's 17 is the same strike's earlier toll (no second event); place: the quarter."),
         E("airstrike", Q("125", 125), PL("الرقة", "Raqqa", "Raqqa"), None, SOHR, COAL, kind="aggregate",
           note="a week's running toll of one cause (the coalition's strikes): airstrike aggregate; 40 children "
                "its breakdown. The SDF offensive since June is background, no event.")])

passage("jc21", "2017-09-02", "Halab Today", "SNHR monthly toll by perpetrator, a year-to-date total, a call",
        "أصدرت الشبكة السورية لحقوق الإنسان اليوم السبت تقريرها عن ضحايا شهر آب الماضي، وقالت فيه إن 391 مدنياً "
        "قُتلوا في سوريا خلال الشهر، من بينهم 66 طفلاً و37 امرأة، وإن قوات النظام تتحمل المسؤولية عن معظمهم. وبحسب "
        "التقرير، قتلت قوات النظام 239 مدنياً منهم 13 طفلاً وثماني نساء، وقتلت القوات الروسية 36 منهم 20 طفلاً وسبع "
        "نساء، وقضى 15 مدنياً برصاص «قوات الإدارة الذاتية»، وتنظيم الدولة مسؤول عن مقتل 12، أما الـ88 الباقون فقتلتهم أطراف أخرى. وتقدّر "
        "الشبكة عدد الضحايا المدنيين منذ مطلع العام الجاري حتى نهاية آب بـ6036. وطالبت الشبكة في ختام تقريرها "
        "بأن يُحال ملف سوريا إلى المحكمة الجنائية الدولية وأن يحاسَب جميع المتورطين، وروسيا منهم.",
        [E("casualties", Q("391", 391), PL("سوريا", "Syria"), "2017-08", SNHR, kind="aggregate",
           note="page: https://halabtodaytv.net/archives/70106 (Saturday 2 September 2017). The month's toll; the "
                "perpetrators' numbers (239+36+15+12+88 = 390) and children/women are its breakdown (as set 1 "
                "p24 codes a monthly report)."),
         E("casualties", Q("6036", 6036), None, None, SNHR, kind="aggregate",
           note="the year-to-date total (January-August 2017); no place named in its sentence, date null (a "
                "period); it contains the month's 391 (a second coder might leave it out as a running total)"),
         E("statement", None, None, "2017-09-02", SNHR,
           note="a named body's call (ICC referral): one statement (stop-32 convention), dated with its report")])

passage("jc22", "2018-02-22", "Okaz (via sauress)", "a four-day running toll, the day's figure inside it, the day's earlier lower figure",
        "ارتفع إلى 207 عدد المدنيين الذين قضوا في الغوطة الشرقية، الجيب المحاصر على أطراف دمشق، منذ أن بدأت قوات النظام السوري "
        "يوم الاثنين الماضي حملة قصف عنيفة عليها، بحسب أرقام المرصد السوري لحقوق الإنسان، أي أكثر من مئتي قتيل في "
        "أربعة أيام. ومن هؤلاء 58 مدنياً، بينهم 15 طفلاً، سقطوا اليوم الخميس وحده مع تواصل الغارات. وكان المرصد قد "
        "تحدث صباح اليوم عن تسعة قتلى، غير أن العدد أخذ يتصاعد مع استمرار القصف وانتشال ضحايا من تحت الأنقاض ووفاة "
        "مصابين متأثرين بجراحهم.",
        [E("airstrike", Q("207", 207), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), None, SOHR, GOV,
           kind="aggregate",
           note="page: https://sauress.com/okaz/1613331 (Thursday 22 February 2018). A running toll since Monday "
                "naming one cause, the regime's bombardment told as raids («الغارات»): airstrike aggregate (a "
                "second coder might type it shelling, «قصف»); «أكثر من مئتي» restates it."),
         E("airstrike", Q("58", 58), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), "2018-02-22",
           SOHR, GOV, kind="aggregate",
           note="the day's toll beside the running total (as set 1 p09 codes a day's figure and the total); it is "
                "nested in the 207 (a second coder might leave it out). This morning's nine is the same day's "
                "earlier toll, superseded; 15 children a breakdown; the deaths of wounds belong to the raids.")])

passage("jc23", "2018-03-13", "Dar al-Hilal", "a campaign's running toll, an unnumbered strike, the war's national total",
        "بلغ عدد ضحايا القصف على الغوطة الشرقية لدمشق منذ 18 شباط/فبراير الماضي 1181 قتيلاً، وفق ما أعلنه المرصد "
        "السوري لحقوق الإنسان. ونقلت قناة «الحرة» اليوم الثلاثاء عن المرصد أن هدوءاً يخيم حالياً على الغوطة، بعد أن "
        "شنت طائرات حربية ومروحية غارات على مناطق منها زملكا وحرستا أوقعت عدداً من القتلى. وكان المرصد قد أعلن أمس "
        "الاثنين أن الحرب السورية، التي أكملت عامها السابع، حصدت أرواح ما يزيد على 350 ألف شخص، منهم ما يزيد على "
        "100 ألف مدني، وبينهم قرابة 19 ألفاً و811 طفلاً.",
        [E("shelling", Q("1181", 1181), PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), None, SOHR, None,
           kind="aggregate",
           note="page: https://darelhilal.com/News/348849.aspx (published date inferred as Tuesday 2018-03-13: "
                "SOHR's seven-year total was announced on Monday 12 March). A campaign's running toll naming one "
                "cause, «القصف», typed shelling (a second coder might type airstrike; bombardment is both in "
                "Arabic); the force is not named."),
         E("airstrike", None, PL("زملكا", "Zamalka", "Rif Dimashq"), None, SOHR, None,
           note="warplanes' and helicopters' raids on a list of towns (one event, first place); dead unnumbered; "
                "the day is not fixed (before today's calm). Relayed by Al-Hurra from SOHR: SOHR is the source."),
         E("casualties", Q("ما يزيد على 350 ألف", 350000, None, True), None, None, SOHR, kind="aggregate",
           note="the war's national total, a recall with its own day of announcement (the total has no date); "
                "100 thousand civilians and 19,811 children its breakdown")])

passage("jc24", "2019-07-14", "Syria TV", "a day's raised toll, its incidents with their own tolls, strikes and shells counted",
        "صعدت إلى 18 حصيلة المدنيين الذين قتلتهم الغارات الجوية أمس السبت على مدن وبلدات في محافظتي إدلب وحماة، "
        "وبينهم نساء وأطفال. ففي محيط مدينة خان شيخون، قضى تسعة مدنيين من عائلتين نازحتين، منهم أربعة أطفال "
        "وامرأتان، في مجزرة استهدفت العائلتين. وفي كفريا، القرية الواقعة إلى الشمال من مدينة إدلب، أطلقت طائرة ثلاثة صواريخ دفعة "
        "واحدة فقتلت أربعة مدنيين، أحدهم طفل وأخرى امرأة حامل، وجرحت 12 آخرين، قبل أن ينقذ الدفاع المدني طفلين وامرأتين من تحت "
        "الأنقاض أحياء. وألقت طائرات النظام وروسيا أكثر من 30 بين براميل متفجرة وصواريخ ارتجاجية على مدينتي معرة "
        "النعمان وخان شيخون وعلى بلدات أخرى في ريف إدلب الجنوبي، بينما استهدفت 13 غارة وما يزيد على 60 قذيفة مدينة كفرزيتا في "
        "ريف حماة الشمالي، فقُتل مدنيان.",
        [E("airstrike", Q("18", 18), None, "2019-07-13", None, None, kind="aggregate",
           note="page: https://www.syria.tv/ارتفاع-حصيلة-ضحايا-يوم-أمس-إلى-18-مدنياً (Sunday 14 July 2019). The "
                "day's raised toll over two governorates naming one cause (air raids): airstrike aggregate, no "
                "place; the incidents below are inside it (coded too, as set 1 p09 codes a day's toll beside "
                "incidents; a second coder might drop the aggregate)."),
         E("airstrike", Q("تسعة", 9), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-07-13", None, None,
           note="a massacre by the day's raids (the paragraph's cause): airstrike, figure the dead"),
         E("airstrike", Q("أربعة", 4, nth=1), PL("كفريا", "Kafraya", "Idlib"), "2019-07-13", None, None,
           note="figure the dead (4), not the three missiles nor the 12 wounded"),
         E("airstrike", Q("أكثر من 30", 30, None, True), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2019-07-13",
           None, GOV,
           note="no dead: the figure is the act's own count (barrels and missiles); a list of towns, first place; "
                "regime and Russian aircraft (first named, GOV)"),
         E("airstrike", Q("13", 13), PL("كفرزيتا", "Kafr Zita", "Hama"), "2019-07-13", None, None,
           note="the dead are a dual («مدنيان»), no figure, so the figure is the raids' own count; the shells "
                "are an act of another kind, next event"),
         E("shelling", Q("ما يزيد على 60", 60, None, True), PL("كفرزيتا", "Kafr Zita", "Hama"), "2019-07-13", None, None,
           note="shells counted (over 60); the two dead are told once for raids and shells together (dual, no "
                "figure either way); a second coder might merge raids and shells into one event")])

passage("jc25", "2019-12-12", "SOHR", "a 24-hour toll of both sides over two days, sides numbered, a running total since an agreement",
        "قوات النظام تعجز عن استرجاع «الكتيبة المهجورة».. و26 قتيلاً من الجانبين في يوم واحد\n"
        "شنت قوات النظام والمسلحون الموالون لها فجر اليوم الخميس هجوماً جديداً في الريف الجنوبي الشرقي لإدلب لاستعادة "
        "موقع «الكتيبة المهجورة»، الذي انتزعته منها الفصائل وهيئة تحرير الشام أمس الأربعاء، وسط قصف بعشرات الصواريخ "
        "طال محاور القتال وقرى تل السلطان وزمار وجزرايا. ووثّق المرصد السوري لحقوق الإنسان منذ بدء الهجوم مقتل 7 "
        "عناصر على الأقل من قوات النظام والموالين لها و4 من مقاتلي الفصائل والجهاديين، بعدما كان قد أحصى أمس 15 "
        "قتيلاً من الطرفين في المعارك ذاتها. وبذلك يصل عدد القتلى منذ اتفاق «بوتين–أردوغان» في 31 آب حتى 12 كانون "
        "الأول إلى 823، منهم 221 مدنياً، من بينهم 62 طفلاً و44 امرأة.",
        [E("armed_clash", Q("7", 7, None, True), PL("الكتيبة المهجورة", "Al-Kateeba al-Mahjoura", "Idlib"),
           "2019-12-12", SOHR, GOV,
           note="page: http://www.syriahr.com/?p=350537 (Thursday 12 December 2019). Today's counter-attack: no "
                "total of both sides is written for today, so the figure is the first side numbered (7, at least; "
                "the factions' 4 are no second event). The headline's 26 is yesterday's 15 plus today's 7 and 4, "
                "over two incidents: not a figure (a second coder might code one clash over 24 hours with 26)."),
         E("shelling", Q("عشرات", 20, 90, True), PL("تل السلطان", "Tal Sultan", "Idlib"), "2019-12-12", SOHR, GOV,
           note="rockets on the front and three villages with the attack: a list, first village; figure the "
                "rockets' own count (no dead of their own); a second coder might fold it into the clash"),
         E("territory_change", Q("15", 15), PL("الكتيبة المهجورة", "Al-Kateeba al-Mahjoura", "Idlib"), "2019-12-11",
           SOHR, FSA,
           note="yesterday's taking of the site, with its battles' 15 dead of both sides (deaths told later belong "
                "to their act); agent: the factions, named first with HTS"),
         E("casualties", Q("823", 823), None, None, SOHR, kind="aggregate",
           note="a running total since 31 August naming no single act: casualties aggregate; 221 civilians "
                "(62 children, 44 women) its breakdown")])

passage("jc26", "2020-03-04", "Al-Rayah (SA)", "a clash with a dual toll, the running total of one side, the other side's claimed losses, displacement",
        "لقي جنديان تركيان حتفهما وأصيب ستة آخرون اليوم الأربعاء بهجوم شنه الجيش السوري على مواقع القوات التركية في "
        "إدلب بشمال غرب سوريا. ونقلت «رويترز» بياناً لوزارة الدفاع التركية جاء فيه أن قواتها ردت بعدما بادر الجنود السوريون "
        "بإطلاق النار، وأنها ما زالت تقصف أهدافاً لهم. وبذلك يصل إلى 59 عدد العسكريين الأتراك الذين قتلوا منذ أن "
        "أطلقت أنقرة عمليتها في إدلب الشهر الفائت. وفي المقابل، تقول الوزارة إنها «حيّدت» 3138 من عناصر قوات النظام "
        "منذ بدء العملية، وأسقطت ثلاث مقاتلات وثماني مروحيات وثلاث طائرات مسيّرة، ودمرت 151 دبابة. وأدت المعارك خلال "
        "ثلاثة أشهر إلى فرار نحو مليون شخص، وفق الأمم المتحدة.",
        [E("armed_clash", None, PL("إدلب", "Idlib", "Idlib"), "2020-03-04", "وزارة الدفاع التركية", GOV,
           note="page: https://alrayah.sa/51003 (Wednesday 4 March 2020). The two dead are a dual (no figure) and "
                "the six wounded never are: no figure. The next sentence's source tells the same exchange and "
                "carries back."),
         E("shelling", None, PL("إدلب", "Idlib", "Idlib"), "2020-03-04", "وزارة الدفاع التركية", TUR,
           note="the Turkish army's retaliatory fire on targets (a second coder might fold it into the clash)"),
         E("casualties", Q("59", 59), PL("إدلب", "Idlib", "Idlib", nth=1), None, "وزارة الدفاع التركية",
           kind="aggregate",
           note="the running total of Turkish soldiers killed in the operation in Idlib since February (several "
                "acts: casualties); «وبذلك» continues the ministry's report"),
         E("casualties", Q("3138", 3138), None, None, "وزارة الدفاع التركية", TUR, kind="aggregate",
           note="the other side's claimed losses since the operation began («neutralised», killed or "
                "disabled); no place in its sentence; the downed aircraft and tanks are the same claim's "
                "damage count, not coded (a second coder might code an 'other' damage count)"),
         E("other", Q("نحو مليون", 1000000, approx=True), None, None, "الأمم المتحدة", kind="aggregate",
           note="displacement over three months (the UN's figure)")])

passage("jc27", "2021-12-01", "Jesr Press", "a month's assassinations: operations, killed, wounded, survivors, places",
        "أحصى «مكتب توثيق الشهداء في درعا» 34 عملية ومحاولة اغتيال شهدتها محافظة درعا في تشرين الثاني/نوفمبر "
        "الماضي، قُتل فيها 24 شخصاً على الأقل وجُرح ثمانية، بينما نجا شخصان من الموت. وأوضح المكتب في بيان أمس "
        "الثلاثاء أن إحصائيته لا تشمل الهجمات على حواجز قوات النظام وأرتالها، وأن بين القتلى 18 مقاتلاً سابقاً في "
        "فصائل المعارضة، انضم 11 منهم إلى قوات النظام بعد أن بسطت سيطرتها على درعا في آب 2018. وتوزعت العمليات بين "
        "26 في ريف درعا الغربي وسبع في ريفها الشرقي وواحدة داخل مدينة درعا، ولم يتمكن المكتب من معرفة المسؤولين عن "
        "أيٍّ منها.",
        [E("armed_clash", Q("24", 24, None, True), PL("درعا", "Daraa", "Daraa", nth=1), "2021-11",
           "مكتب توثيق الشهداء في درعا", UNK, kind="aggregate",
           note="page: https://jesrpress.com/24-قتيلاً-بعمليات-الاغتيال-في-درعا-خلال (published Wednesday "
                "1 December 2021). A month's killings by unidentified assailants: armed_clash aggregate (stop-30 "
                "convention); figure the dead (24, at least), not the 34 operations nor the eight wounded; the "
                "18 ex-fighters and the 26/7/1 split by area are breakdowns. Place: the governorate.")])

passage("jc28", "2022-03-03", "Baladi News", "a monthly arrest tally with disappeared and perpetrators' shares",
        "سجّلت الشبكة السورية لحقوق الإنسان خلال شباط 2022 اعتقال 203 أشخاص على الأقل تعسفياً في سوريا، منهم 13 "
        "طفلاً و11 امرأة، وفق تقرير نشرته أمس الأربعاء 2 آذار. وبيّن التقرير أن أغلب الاعتقالات جرت من غير "
        "مذكرات قضائية، على الحواجز أو خلال المداهمات، وأن 126 من المعتقلين باتوا في عداد المختفين قسرياً، 96 منهم "
        "لدى قوات النظام. كما وثّق 47 حالة اعتقال نفذتها أجهزة أمنية تتبع «قسد»، بينها تسعة أطفال وامرأتان، و29 حالة "
        "نفذها «الجيش الوطني السوري» المدعوم تركياً، و31 اعتقلتها «هيئة تحرير الشام» صاحبة النفوذ في إدلب وأجزاء "
        "من ريف حلب.",
        [E("arrest", Q("203", 203, None, True), PL("سوريا", "Syria"), "2022-02", SNHR, kind="aggregate",
           note="page: https://baladi-news.com/ar/articles/81958/خلال-شباط-توثيق-حالات-اعتقال-بسوريا (Thursday "
                "3 March 2022). The month's arrests; the disappeared (126, 96) and the perpetrators' shares (SDF 47, "
                "SNA 29, HTS 31) are breakdowns, as set 1 p24 codes a monthly report (a second coder might code one "
                "aggregate per perpetrator); no agent for the total (several).")])

passage("jc29", "2023-10-07", "Qasioun", "a four-day toll of dead and injured with children and women",
        "قالت منظمة الدفاع المدني السوري في تقرير أصدرته اليوم السبت، السابع من تشرين الأول، إن التصعيد الذي تشنه قوات "
        "النظام السوري وروسيا منذ أربعة أيام على ريفي إدلب وحلب أوقع 32 قتيلاً مدنياً، من بينهم 10 أطفال وأربع نساء. "
        "وأضافت المنظمة أن عدد الجرحى المدنيين وصل إلى 167، منهم 50 طفلاً و30 امرأة. وأوضحت أن الهجمات، الممتدة من 4 "
        "تشرين الأول حتى ظهر اليوم، جمعت بين الغارات الجوية والقصف المدفعي والصاروخي، واستُخدمت فيها ذخائر حارقة "
        "وعنقودية محظورة دولياً، وطالت مدناً وبلدات منها إدلب وأريحا وجسر الشغور وسرمين والأتارب ودارة عزة.",
        [E("casualties", Q("32", 32), None, None, "منظمة الدفاع المدني السوري", GOV, kind="aggregate",
           note="page: https://qasioun-news.com/ar/articles/72791/ (Saturday 7 October 2023). A four-day toll of "
                "several kinds of act (air, artillery, rockets): casualties aggregate; the 167 injured are never "
                "the figure; over two governorates' countryside: no place; date null (4-7 October). Agent: the "
                "regime forces, named first with Russia.")])

passage("jc30", "2025-07-15", "Ghorba News", "a three-day toll with sides and executions inside it; renewed fighting; Israeli strikes",
        "ارتفعت إلى 203 قتلى حصيلة المعارك التي تدور في محافظة السويداء، جنوب البلاد، منذ يوم الأحد، بحسب ما أعلنه "
        "المرصد السوري لحقوق الإنسان اليوم الثلاثاء. واندلعت المواجهات بين مجموعات مسلحة درزية وأخرى من أبناء البدو، قبل أن تتدخل "
        "فيها القوات الحكومية. ويقول المرصد إن القتلى هم 92 درزياً، منهم 21 مدنياً أعدمهم ميدانياً "
        "عناصر يتبعون لوزارتي الدفاع والداخلية، و93 من عناصر القوات الحكومية، و18 من المسلحين البدو. وتجدد القتال "
        "صباح اليوم على الرغم من إعلان سابق عن وقف لإطلاق النار، فيما نفذت إسرائيل غارات جوية عدة على مدينة السويداء "
        "ومحيطها، قائلة إنها تسعى إلى حماية الدروز ومنع أي تهديد قرب حدودها الشمالية.",
        [E("armed_clash", Q("203", 203), PL("السويداء", "As-Suwayda", "As-Suwayda"), None, SOHR, None, kind="aggregate",
           note="page: https://ghorbanews.com/newsdetails.aspx?id=63539 (Tuesday 15 July 2025). A running toll "
                "since Sunday of one cause (the fighting): armed_clash aggregate, figure the total of all sides "
                "(92 + 93 + 18 = 203)."),
         E("casualties", Q("21", 21), PL("السويداء", "As-Suwayda", "As-Suwayda"), None, SOHR, NEWGOV,
           note="field executions are casualties (stop-30 convention), an act of their own inside the toll (the "
                "21 are also inside the 92 and the 203; a second coder might treat them as breakdown only)"),
         E("armed_clash", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-15", SOHR, None,
           note="today's renewed fighting: an act of the kind SOHR's report told, so its source carries; no "
                "figure of its own (a second coder might fold it into the aggregate)"),
         E("airstrike", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2025-07-15", None, ISR,
           note="an act of another kind after the sourced report: the outlet's; Israel's stated aim is its own "
                "act's justification, not a statement event; «عدة» is no number")])


def main() -> None:
    write("gold71.jsonl", P71)


if __name__ == "__main__":
    main()
