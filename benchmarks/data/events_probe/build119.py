"""Build gold119.jsonl: HELD-OUT set 119 (ids lt01…), written in stop 42 by writer w119 BEFORE any run on it.

A whole-article set: 21 passages of 130-230 words, each the paraphrase of ONE real news page found in the search tool's
`pages` corpus (queried in Arabic), with the page's headline, lead, details and glued extras kept in their order: several
incidents per page, several sources, tolls told twice, totals with their breakdowns, recalls, monthly and weekly tallies.
Years 2011-2025; outlets from agency copies in regional papers (Al Riyadh, Kham News, Masrawy, Turkey Breaking, Al
Chourouk, Xinhua Arabic) to Syrian and Kurdish sites (Enab Baladi, Halab Today, Hibr Press, Fresh Syria, Al-Tareek, Athr
Press, ANF) and others (Al Jazeera Net, Asharq Al-Awsat, Al-Araby Al-Jadeed, Al Mayadeen, Palestine Today, Almoslim,
UNews). Every sentence was rewritten (no run of five words, names aside, is shared with its page: checked by script
against the page text, which was kept outside the repository); the incidents, their order, places, figures, dates,
sources and hedges are the page's; private people's names are invented. Each passage's `style` ends with the page's
address. Where a page shows no date, `published` was inferred from its contents (lt08, lt09, lt13, lt16, lt17, lt20,
lt21; lt01 from the UN toll of its day).
Gold follows news_dev's README and the events_probe README's conventions of stops 28, 30, 32, 34 and 41, and was
written before anything ran on the passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build119.py      # rewrites gold119.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID  # noqa: E402

P119: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P119.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("lt01", "2011-12-05", "Al Riyadh (via Sauress, agency copy)", "defectors clash with the army in Idlib and ambush a security bus in Daraa; the UN's toll since March; a captain's recalled defection "
        "| page: https://sauress.com/alriyadh/691134",
        "منشقون يشتبكون مع الجيش في إدلب ويستهدفون حافلة أمنية في درعا\n"
        "نقل المرصد السوري لحقوق الإنسان، من مقره في لندن، أن مواجهات دارت أمس في محافظة إدلب شمالي البلاد بين القوات "
        "الحكومية وعسكريين انشقوا عنها. وأوضح المرصد أن الوحدات الموالية للرئيس بشار الأسد لجأت إلى السلاح الثقيل وقصفت بيوت "
        "الأهالي أثناء المعارك التي اندلعت في الساعات الأولى من الصباح. وفي الجنوب، نصبت مجموعة من المنشقين أمس كميناً لحافلة "
        "تنقل عناصر من قوات الأمن في محافظة درعا، فأصابت كثيرين منهم، حسب المرصد نفسه.\n"
        "ويخشى مراقبون أن يجرّ اتساع المواجهات بين المنشقين والجيش النظامي البلاد نحو حرب أهلية، علماً بأن المنشقين أسسوا ما "
        "يعرف بالجيش السوري الحر ونفذوا عمليات ضد مواقع حكومية. وتقول الأمم المتحدة إن القمع الذي تواجه به السلطات المظاهرات "
        "الداعية إلى تنحي الأسد منذ آذار/مارس أودى بحياة ما يزيد على 4000 شخص، بينما تنسب الحكومة الانتفاضة إلى عصابات مسلحة "
        "تقول إن دولاً عربية وغربية تمولها.\n"
        "وفي تقرير بعث به مراسل من أنطاكيا التركية، يروي النقيب فارس العلي، البالغ ثلاثين عاماً، أنه أبى إطلاق الرصاص على "
        "محتجين لا يحملون سلاحاً، فغادر موقعه في حزيران/يونيو ولجأ مع أسرته إلى تركيا، وصار اليوم في صفوف الجيش الحر.",
        [E("armed_clash", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2011-12-04", "المرصد السوري لحقوق الإنسان", GOV,
           note="army vs defectors in Idlib governorate (the headline's Idlib is the same act; place = the governorate, "
                "nth 1 is the body's mention); the shelling of homes is part of the fighting, not a second event; no dead "
                "numbered"),
         E("armed_clash", None, PL("درعا", "Daraa", "Daraa", nth=1), "2011-12-04", "المرصد", FSA,
           note="defectors ambush a bus of security forces: an attack by an armed group is armed_clash; many wounded, no "
                "figure (the injured are never the figure); «حسب المرصد نفسه» is the source"),
         E("casualties", Q("ما يزيد على 4000", 4000, None, True), None, None, "الأمم المتحدة", GOV, kind="aggregate",
           note="the UN's toll of the crackdown since March 2011 (period 2011-03..2011-12); the repression of protests is "
                "the only cause named but it is no single act type, so casualties"),
         E("defection", None, PL("تركيا", "Turkey", None, "Turkey", nth=0), "2011-06", "النقيب فارس العلي", GOV,
           note="a recalled defection (background) told with a month: he left his post in June and fled to Turkey; no "
                "home place is named, so the arrival abroad is the place (stop 28/29); singular, no figure; the source is "
                "the captain telling his own story (a second coder could leave the source to the outlet)")])

passage("lt02", "2012-02-11", "Almoslim.net", "an FSA ambush with a brigadier captured; the battalion's conditions and denial; the day's toll "
        "in Baba Amr; tanks storm two towns; an activist's round of Homs quarters | page: https://almoslim.net/node/160343",
        "الجيش الحر يأسر عميداً في القصير ويطالب بوقف قصف بابا عمرو\n"
        "نفذ مقاتلو الجيش السوري الحر هجوماً وصفوه بالنوعي على رتل عسكري يتبع كتيبة الأمن العسكري بالقصير، المدينة القريبة من حمص، "
        "أوقع عشرات القتلى والجرحى بين ضباط وصف ضباط وجنود، وانتهى بأسر العميد نادر الخطيب ونقيب آخر إلى جانب عدد من صف "
        "الضباط والعسكريين.\n"
        "وبحسب ما نقله موقع «سوريون»، فإن كتيبة الفاروق، إحدى تشكيلات الجيش الحر، ربطت إطلاق الأسرى بتوقف القصف عن حي بابا عمرو وإخلاء "
        "سبيل المعتقلين من أبناء القصير فوراً. وكانت الكتيبة قد كذّبت أمس أنباء تحدثت عن تسليمها أسرى إيرانيين عبر الأراضي "
        "التركية، مؤكدة أنهم ما زالوا لديها وأنها ستعرضهم قريباً في تسجيل مصور.\n"
        "وفي حمص، قُتل اليوم السبت 14 شخصاً أغلبهم من سكان بابا عمرو، مع استئناف القصف الذي لم يتوقف عن المدينة منذ ما يزيد "
        "على أسبوع. وفي درعا، دخلت دبابات القوات النظامية بلدة المسيفرة تحت غطاء من الرصاص الكثيف.\n"
        "وأفاد ناشط من حمص بأن مروحيتين عسكريتين تجوبان أجواء بابا عمرو والبياضة والخالدية، وبأن كرم الزيتون يتعرض لقصف شديد، "
        "في حين يتواجه الجيش الحر وقوات الأسد في حي الرفاعي. كما تحدث عن نهب متكرر للمتاجر في حي الإنشاءات. أما في حماة، "
        "فقد دهمت قوات الأسد حيي القصور والمحمدية وسط إطلاق نار وانتشار للقناصة.",
        [E("armed_clash", Q("عشرات", 20, 90, True), PL("القصير", "Al-Qusayr", "Homs"), "2012-02-11", None, FSA,
           note="FIGURE CALL: the ambush's only figure is «عشرات القتلى والجرحى» (killed and wounded together, no dead "
                "apart), taken as the act's figure as set 78's kc21 does; a coder holding 'the injured are never the "
                "figure' would give none. The capture of the brigadier is part of the ambush, not an arrest event. "
                "Undated: the item's news, so the publication day"),
         E("statement", None, PL("بابا عمرو", "Baba Amr", "Homs", nth=1), "2012-02-11", "كتيبة الفاروق", FSA,
           note="a named battalion's conditions for freeing the captives (a demand) is a statement (stop 32); relayed by "
                "the site «سوريون», the body is its source; place = the quarter it concerns first"),
         E("statement", None, None, "2012-02-10", "الكتيبة", FSA,
           note="the battalion's denial of a rumoured handover of Iranian captives via Turkey, yesterday: a denial told as "
                "its own matter is a statement; Turkey is the rumoured route, not a place"),
         E("shelling", Q("14", 14), PL("بابا عمرو", "Baba Amr", "Homs", nth=2), "2012-02-11", None, GOV,
           note="the day's dead in the renewed shelling of Homs, most of them in Baba Amr: placed at the quarter the text "
                "gives (a coder could take the city); the week-long shelling is background"),
         E("armed_clash", None, PL("المسيفرة", "Al-Musayfirah", "Daraa"), "2012-02-11", None, GOV,
           note="UNSURE TYPE: tanks storm a town under heavy fire, no opponent named; coded armed_clash as a storming "
                "(a coder could code other); undated, the item's news"),
         E("shelling", None, PL("كرم الزيتون", "Karm al-Zeitoun", "Homs"), "2012-02-11", "ناشط من حمص", GOV,
           note="the helicopters hovering are no act; the activist's report"),
         E("armed_clash", None, PL("الرفاعي", "Al-Rifai", "Homs"), "2012-02-11", "ناشط من حمص", FSA,
           note="the same activist's report goes on («في حين»)"),
         E("other", None, PL("الإنشاءات", "Al-Inshaat", "Homs"), "2012-02-11", "ناشط من حمص", None,
           note="looting of shops (ACLED looting/property destruction), the activist again («كما تحدث»); a coder could "
                "leave it out as habitual («متكرر»)"),
         E("armed_clash", None, PL("القصور", "Al-Qusour", "Hama"), "2012-02-11", None, GOV,
           note="UNSURE TYPE: a raid on two Hama quarters with gunfire and snipers, one act over two quarters (group, "
                "first quarter); typed as the Museifra storming; the outlet tells it («أما في حماة» is another place, so "
                "the activist does not carry)")])

passage("lt03", "2012-07-04", "Al Jazeera Net", "a day's national toll; shelling of several towns; three officers defect; SOHR's single deaths "
        "and clashes | page: http://www.aljazeera.net/news/arabic/2012/7/4/52-قتيلا-وانشقاقات-بالجيش-السوري",
        "لجان التنسيق: 52 قتيلاً وثلاثة ضباط ينضمون إلى الجيش الحر\n"
        "أعلنت لجان التنسيق المحلية أن نيران الجيش والأجهزة الأمنية أودت اليوم الأربعاء بحياة 52 شخصاً، سقط أكثرهم في "
        "ريف دمشق وإدلب ودرعا. وشهدت مدينة حمص وأريافها قصفاً مدفعياً كثيفاً، كما طال القصف بلدة الرامي في إدلب وبلدة النعيمة في "
        "درعا. وتزامن ذلك مع إعلان ثلاثة ضباط في الجيش السوري تخليهم عن صفوفه والتحاقهم بالجيش الحر.\n"
        "وتحدثت اللجان عن رصاص غزير في حي جوبر بدمشق بالقرب من كراج العباسيين، وعن انتشار كثيف لعناصر الأمن في ساحة الشهداء، في "
        "حين تعرضت مدينة مسرابا بريف دمشق لقصف عشوائي هدم عدداً من البيوت، ثم دخلتها الدبابات والمدرعات.\n"
        "وذكر المرصد السوري لحقوق الإنسان، من جهته، أن رصاص قوات النظام أصاب مدنياً في حي الميدان بدمشق فأرداه، وأن ثلاثة مدنيين "
        "قضوا في ريف دمشق: الأول حين أُطلق النار على سيارته في داريا، والثاني بنيران قناص في عربين، والثالث برصاص الجنود في "
        "حمورية، البلدة التي تتعرض منذ الصباح لقصف شديد مع حرستا وسقبا والريحان وبلدات أخرى في الغوطة الشرقية.\n"
        "وأورد المرصد في بيان أن مواجهات اندلعت بين القوات النظامية ومسلحي المعارضة عند أطراف جرمانا بالقرب من فرع المخابرات "
        "الجوية، وأخرى في إدلب وفي مدينة الميادين.",
        [E("casualties", Q("52", 52, nth=1), None, "2012-07-04", "لجان التنسيق المحلية", GOV, kind="aggregate",
           note="the day's national toll (the headline's 52 is the same figure; nth 1 = the body's); the governorates named "
                "are a breakdown"),
         E("shelling", None, PL("حمص", "Homs", "Homs"), "2012-07-04", None, GOV,
           note="shelling of Homs and its countryside: an act of another kind after the committees' toll, so the outlet"),
         E("shelling", None, PL("الرامي", "Al-Rami", "Idlib"), "2012-07-04", None, GOV,
           note="two towns in two governorates in one clause: coded as two shellings (a coder could group them)"),
         E("shelling", None, PL("النعيمة", "Al-Naimeh", "Daraa"), "2012-07-04", None, GOV),
         E("defection", Q("ثلاثة", 3, nth=1), None, "2012-07-04", None, GOV,
           note="three officers announce their defection (the headline's «وثلاثة» is the same; nth 1 = the body); no "
                "place given"),
         E("shelling", None, PL("مسرابا", "Misraba", "Rif Dimashq"), "2012-07-04", "اللجان", GOV,
           note="shelling then a storming by tanks: one event; the heavy fire in Jobar and the deployment in a square are "
                "no events"),
         E("casualties", None, PL("الميدان", "Al-Midan", "Damascus"), "2012-07-04", "المرصد السوري لحقوق الإنسان", GOV,
           note="a known force shooting a civilian outside a protest is casualties (stop 30, ACLED)"),
         E("casualties", None, PL("داريا", "Daraya", "Rif Dimashq"), "2012-07-04", "المرصد السوري لحقوق الإنسان", GOV,
           note="«ثلاثة مدنيين» is the sum of the three deaths listed: no event of its own (stop 34); each is coded; the "
                "shooter at the car is not named (context: the regime's fire), coded as casualties like the others — a "
                "coder could code an armed_clash by unidentified men"),
         E("casualties", None, PL("عربين", "Arbin", "Rif Dimashq"), "2012-07-04", "المرصد السوري لحقوق الإنسان", GOV,
           note="a sniper's killing (stop 30's ACLED call)"),
         E("casualties", None, PL("حمورية", "Hamouriyah", "Rif Dimashq"), "2012-07-04", "المرصد السوري لحقوق الإنسان", GOV),
         E("shelling", None, PL("حمورية", "Hamouriyah", "Rif Dimashq", nth=0), "2012-07-04", "المرصد السوري لحقوق الإنسان", GOV,
           note="the shelling since morning of Hamouriya, Harasta, Saqba, Rihan and other towns: one act over a list "
                "(group), placed at the first"),
         E("armed_clash", None, PL("جرمانا", "Jaramana", "Rif Dimashq"), "2012-07-04", "المرصد", GOV,
           note="near the air force intelligence branch (not a listed site): the town"),
         E("armed_clash", None, PL("إدلب", "Idlib", "Idlib", nth=2), "2012-07-04", "المرصد", GOV,
           note="«وأخرى في إدلب وفي مدينة الميادين»: two clashes in two governorates, coded apart"),
         E("armed_clash", None, PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2012-07-04", "المرصد", GOV)])

passage("lt04", "2013-02-18", "Asharq Al-Awsat", "a mass defection in Rif Dimashq with a breakdown; seven Alawite officers reach Jordan; "
        "an FSA source's claims | page: http://archive.aawsat.com/details.asp?section=4&issueno=12501&article=717641&feature=",
        "سبعة ضباط علويين يبلغون الأردن بعد انشقاقهم\n"
        "650 عسكرياً يتركون صفوف الجيش في ريف دمشق\n"
        "قال ناشطون من المعارضة إن قرابة 650 عنصراً من القوات النظامية، من بينهم 50 ضابطاً، أعلنوا انشقاقهم في ريف دمشق، وإن "
        "كتيبة «لواء الإسلام» المنتشرة في تلك المنطقة هي التي ساعدتهم على الخروج. وبحسب الناشطين، نُقل المنشقون في حافلات يحرسها "
        "مقاتلو الكتيبة نحو الشمال، إلى ريف إدلب وقرى في محافظة حلب، حيث ينتظرهم ذووهم.\n"
        "وجاء هذا الانشقاق الواسع في وقت كشفت فيه المعارضة أن سبعة من كبار الضباط العلويين بلغوا الأراضي الأردنية، في أول خروج "
        "جماعي لضباط من الطائفة التي ينتمي إليها الرئيس بشار الأسد منذ انطلاق الاحتجاجات في آذار 2011.\n"
        "وأكد مصدر من الجيش الحر في حديث لـ«الشرق الأوسط» أن قيادته على اتصال بضباط كبار لا يزالون في مواقعهم داخل الجيش ويقدمون "
        "العون للثورة من هناك، بانتظار التوقيت المناسب لإشهار انشقاقهم. ورأى المصدر أن تسارع الانشقاقات سينعكس على مجرى القتال "
        "ويرجح كفة الكتائب المقاتلة، وسيضعف معنويات القوات الموالية للأسد، خصوصاً حين يكون المنشقون من أبناء الطائفة العلوية.",
        [E("defection", Q("قرابة 650", 650, approx=True), PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq", nth=1), "2013-02-18",
           "ناشطون من المعارضة", GOV,
           note="the headline's 650 is the same act; 50 officers are a breakdown; Idlib and Aleppo are the destination, "
                "not the place; undated, the item's news (publication day)"),
         E("defection", Q("سبعة", 7, nth=1), PL("الأردنية", "Jordan", None, "Jordan"), "2013-02-18", "المعارضة", GOV,
           note="seven officers reach Jordan after defecting: an arrival abroad told as the defection keeps the arrival "
                "place (stop 28/29; surface «الأردنية» of the body — the headline's «الأردن» is the same); nth 1 = the "
                "body's seven. Not coded: the FSA source's talk of officers still serving who wait to defect (no act; "
                "a second coder could code a statement)")])
passage("lt05", "2013-03-17", "Reuters (via Doraksa forum)", "two separate defections on one day, a general on TV; a think tank's strength estimates "
        "| page: https://doraksa.com/vb/archive/index.php/t-106126.html?s=ac31b26ee6ef1a1a4519afa854427bf4",
        "بيروت (رويترز) - أفاد ناشطون بأن ضابطاً برتبة لواء ونحو عشرين جندياً تخلوا يوم السبت عن الجيش السوري، في حادثتين "
        "منفصلتين، وهو ما يعدّ دليلاً جديداً على ضعف القوات المسلحة التي ما زالت تدين بالولاء للرئيس بشار الأسد. وفي تسجيل بثته قناة العربية، ظهر اللواء محمد "
        "خلوف ببزة عسكرية مرقطة، قائلاً إنه كان يعدّ منذ مدة للالتحاق بالمعارضة، ومضيفاً أن أحداً لا "
        "يتقبل نهج هذا النظام ما لم تكن له فيه منفعة خاصة. ولم تصدر وسائل الإعلام الرسمية أي تعليق على الانشقاقين. وكانت وتيرة "
        "خروج كبار العسكريين والسياسيين من صفوف النظام قد تراجعت خلال الأشهر الماضية.\n"
        "غير أن المعهد الدولي للدراسات الاستراتيجية قدّر، في دراسة أصدرها هذا الأسبوع، أن ما بقي من قوات موالية للأسد، وكان قوامها يتجاوز "
        "300 ألف رجل عند اندلاع الانتفاضة قبل سنتين، قد فقد جزءاً كبيراً من فاعليتها، وأنه مرشح لمزيد من التراجع. وبحسب المعهد، "
        "لا يمكن التعويل إلا على ولاء قرابة 50 ألفاً من وحدات النخبة، أغلبهم على الأرجح من العلويين الذين تنتمي إليهم عائلة الأسد "
        "وتحكم البلاد منذ ما يزيد على أربعة عقود. ويقول منشقون كثر إن قادتهم يبقون الوحدات حبيسة الثكنات خشية فرارها.",
        [E("defection", None, None, "2013-03-16", "ناشطون", GOV,
           note="two separate incidents on Saturday: the general's (singular, no figure; the TV clip is his telling) and "
                "the soldiers'; no place is given for either"),
         E("defection", Q("نحو عشرين", 20, approx=True), None, "2013-03-16", "ناشطون", GOV,
           note="about twenty soldiers, the second incident. Not events: the 300 thousand and 50 thousand are strength "
                "estimates (states), the units kept in barracks is a habit")])

passage("lt06", "2014-04-21", "Palestine Today (agencies)", "a wounded child dies in the besieged Yarmouk camp; a mortar on the camp; "
        "the siege's day count; UNRWA's warning | page: https://paltoday.ps/ar/post/196417/send-post",
        "وفاة طفل فلسطيني جريح في اليرموك.. والأونروا تنذر بكارثة إنسانية\n"
        "توفي أمس الطفل سامر عودة متأثراً بجروح أصيب بها جراء قصف طال مخيم اليرموك، بعدما حيل بينه وبين مغادرة المخيم لتلقي "
        "العلاج.\n"
        "وذكرت مجموعة العمل من أجل فلسطينيي سوريا أن قذيفة هاون سقطت صباح الأحد على حديقة الطلائع داخل المخيم الواقع في دمشق، "
        "فأوقعت عدداً من الجرحى. ويمضي الحصار المضروب على المخيم في يومه الخامس والثمانين بعد المئتين دون انقطاع، فيما تقول "
        "المجموعة إن أي قافلة مساعدات لم تدخله منذ اثني عشر يوماً متتالية، وإن مخزون المواد الغذائية فيه قد نفد.\n"
        "وفي السياق ذاته، نبهت الأمم المتحدة إلى كارثة إنسانية وشيكة داخل المخيم، إذ حذرت الأونروا، وكالة غوث وتشغيل اللاجئين الفلسطينيين، "
        "من أن ما يزيد على 20 ألف مدني مهددون بالموت جوعاً بعد أن انهار اتفاق هش توصل إليه طرفا النزاع للسماح بإدخال "
        "الطعام. وقال كريس غانيس، المسؤول في الوكالة، لصحيفة الإندبندنت البريطانية إن أحوال اليرموك كانت بائسة أصلاً، وإنها "
        "باتت اليوم أسوأ من البؤس.",
        [E("shelling", None, PL("مخيم اليرموك", "Yarmouk camp", "Damascus"), None, None, None,
           note="a child dies of wounds from an earlier, undated shelling of the camp: the death belongs to that act (stop "
                "30), singular so no figure; the shelling has no day (he died yesterday), so no date; who fired is not "
                "said. A coder could fold it into the Sunday mortar below (the text does not tie them)"),
         E("shelling", None, PL("المخيم", "Yarmouk camp", "Damascus", nth=1), "2014-04-20",
           "مجموعة العمل من أجل فلسطينيي سوريا", None,
           note="a mortar on a park inside the camp: a landmark takes its camp; wounded only, no figure"),
         E("statement", None, PL("المخيم", "Yarmouk camp", "Damascus", nth=3), "2014-04-21",
           "وكالة غوث وتشغيل اللاجئين الفلسطينيين", None,
           note="UNRWA's warning of famine (the UN's, told as its own matter): a statement; its official's quote is the "
                "same statement; the 20 thousand at risk is no event figure. Not coded: the siege's day count and the "
                "twelve days without aid (states)")])

passage("lt07", "2016-08-26", "Masrawy (relaying AFP)", "the first evacuation from besieged Daraya under a deal; the deal's terms the day "
        "before | page: https://amay1.sarmady.net//news/detailsamp/999798",
        "المقاتلون وأسرهم يبدأون الخروج من داريا بموجب اتفاق مع دمشق\n"
        "بدأ مقاتلو المعارضة وعائلاتهم اليوم الجمعة مغادرة مدينة داريا القريبة من دمشق، والمحاصرة منذ عام 2012، وذلك تنفيذاً "
        "لاتفاق أبرموه مع الحكومة السورية ينص على إفراغ المدينة، حسبما نقلت وكالة فرانس برس.\n"
        "وذكرت الوكالة أن معظم من استقلوا الحافلة الأولى كانوا نساء وأطفالاً وكباراً في السن، وأن سيارة للأمن وأخرى للهلال "
        "الأحمر السوري رافقتاها. وقال مصدر عسكري سوري إن دفعة اليوم تشمل 300 مقاتل بصحبة ذويهم، وأن العملية ستتواصل "
        "يوم السبت.\n"
        "وكان الإعلام الرسمي قد أعلن أمس الخميس توصل الحكومة والفصائل المعارضة داخل داريا إلى تفاهم يقضي بانتقال 700 مقاتل إلى "
        "إدلب، وخروج 4000 رجل وامرأة مع ذويهم نحو مراكز للإيواء اعتباراً من الجمعة، على أن يسلم المسلحون سلاحهم.\n"
        "وأوضح المصدر العسكري أن من يرفض المصالحة سيتوجه إلى إدلب الخاضعة لفصائل مقاتلة، أما من يختار البقاء فسينقل إلى حرجلة "
        "في الغوطة الغربية، وهي منطقة في يد القوات الحكومية.",
        [E("other", Q("300", 300), PL("داريا", "Daraya", "Rif Dimashq", nth=1), "2016-08-26", "وكالة فرانس برس", FSA,
           note="the evacuation's first batch (300 fighters with families, the military source's figure in the next "
                "sentence that comes back to it); the act's own sentence names AFP, so AFP is the source (as set 73 je05); "
                "the destinations are not places; the siege since 2012 is a state"),
         E("agreement", None, PL("داريا", "Daraya", "Rif Dimashq", nth=2), "2016-08-25", "الإعلام الرسمي", GOV,
           note="the deal announced yesterday (a recall with a day); its terms (700 fighters, 4000 civilians) are the "
                "deal's contents, no figure of an act")])
passage("lt08", "2019-05-29", "Kham News (relaying AFP)", "a day's toll of air raids in Idlib with one village's share; Russian raids "
        "on Khan Sheikhoun; a toll since Sunday; the day before's toll | page: https://khamnews.com/story/22193/مقتل-10-مدنيين-في-قصف-للنظام-السوري-على-إ",
        "غارات النظام تقتل عشرة مدنيين في إدلب\n"
        "خام – سوريا: لقي عشرة مدنيين على الأقل حتفهم اليوم الأربعاء جراء غارات شنتها طائرات النظام السوري على مناطق تخضع لفصائل "
        "المعارضة في محافظة إدلب، التي تتعرض للقصف منذ شهر، بحسب المرصد السوري لحقوق الإنسان.\n"
        "وأوضح المرصد أن سبعة من القتلى العشرة سقطوا حين قصفت الطائرات الحربية التابعة للنظام قرية سرجة في ريف إدلب، وهي قرية "
        "تقع على خط التماس بين مناطق هيئة تحرير الشام ومناطق القوات الحكومية.\n"
        "وقال رامي عبد الرحمن، الذي يدير المرصد، إن القصف السوري والروسي مستمر بكثافة على مواقع متعددة، مشيراً إلى أن الطائرات "
        "الروسية تركز غاراتها على مدينة خان شيخون ومحيطها.\n"
        "وبحسب المرصد، قتل القصف الجوي والمدفعي الذي ينفذه النظام على إدلب وجوارها أكثر من 50 مدنياً منذ يوم الأحد، كثير منهم "
        "أطفال.\n"
        "وتسيطر هيئة تحرير الشام على معظم محافظة إدلب وعلى أجزاء من أرياف حلب وحماة واللاذقية، بينما تنتشر قوات النظام في أجزاء "
        "من جنوب شرق إدلب وشرقها، وفي معظم أراضي المحافظات الثلاث الباقية.\n"
        "وكان 27 مدنياً على الأقل، من بينهم 11 طفلاً، قد قُتلوا يوم الثلاثاء بقصف النظام على مناطق تسيطر عليها المعارضة في إدلب "
        "وحلب، في حملة لم تهدأ تقريباً منذ قرابة شهر.",
        [E("airstrike", Q("عشرة", 10, nth=1), PL("إدلب", "Idlib", "Idlib", nth=1), "2019-05-29",
           "المرصد السوري لحقوق الإنسان", GOV, kind="aggregate",
           note="the day's toll of the regime's raids on Idlib (10) is more than the one village listed (Sarja's 7): an "
                "aggregate beside it (stop 34), typed by its one cause; the headline's ten is the same (nth 1 = the "
                "body's); period the day"),
         E("airstrike", Q("سبعة", 7), PL("سرجة", "Sarja", "Idlib"), "2019-05-29", "المرصد", GOV,
           note="seven of the ten in the raid on Sarja"),
         E("airstrike", None, PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-05-29", "رامي عبد الرحمن", RUS,
           note="the observatory's director: Russian raids concentrate on Khan Sheikhoun (going on today); no toll. A "
                "coder could read it as a habit and leave it out"),
         E("casualties", Q("أكثر من 50", 50, None, True), PL("إدلب", "Idlib", "Idlib", nth=3), None, "المرصد", GOV,
           kind="aggregate",
           note="a toll since Sunday (period 2019-05-26..2019-05-29) of air and artillery fire: two kinds of act, so "
                "casualties (stop 32); the Idlib of that sentence"),
         E("shelling", Q("27", 27, None, True), PL("إدلب", "Idlib", "Idlib", nth=6), "2019-05-28", None, GOV,
           kind="aggregate",
           note="UNSURE TYPE: Tuesday's toll over two governorates (a day's aggregate; 11 children a breakdown) by «قصف "
                "النظام», which names no air or ground: coded shelling (a coder could code airstrike or casualties); a "
                "recall «وكان … قد» with no source of its own, so the outlet; placed at the first governorate. The HTS "
                "control sentence is a state")])

passage("lt09", "2019-02-12", "Hibr Press", "raids in Rif Dimashq: a total equal to three listed arrests "
        "| page: https://hibrpress.com/?p=51193",
        "54 معتقلاً في حملات دهم لقوات الأسد بريف دمشق\n"
        "شنت قوات الأسد خلال الساعات الثماني والأربعين الماضية سلسلة من حملات المداهمة والتفتيش طالت مدناً وبلدات عدة في ريف "
        "دمشق.\n"
        "وأفادت مصادر بأن هذه الحملات أسفرت عن اعتقال 54 شاباً من أهالي الريف الدمشقي، معظمهم ممن أجروا تسويات وآثروا البقاء في "
        "مناطقهم حين هُجّر غيرهم نحو الشمال السوري.\n"
        "ونقل موقع «صوت العاصمة» المحلي أن فرع الأمن العسكري التابع للنظام دهم يوم الأحد بلدات عدة في الريف الجنوبي لدمشق، "
        "فاعتقل في ببيلا 30 شاباً لإلحاقهم بالخدمة الإلزامية أو الاحتياطية، واحتجز 12 شاباً فلسطينياً في منطقة الحجر الأسود "
        "جنوبي العاصمة.\n"
        "وأضاف الموقع أن العناصر أنفسهم من قوات الأسد والأمن العسكري داهموا بلدة سرغايا بحثاً عن المطلوبين للتجنيد، واعتقلوا "
        "منها قرابة 12 شاباً.\n"
        "وتواصل قوات الأسد ملاحقة عناصر التسويات واعتقالهم ثم إرسالهم للقتال في الشمال السوري، إذ دأبت منذ تهجير أهالي ريف "
        "دمشق على تنفيذ مداهمات بين الحين والآخر.",
        [E("arrest", Q("30", 30), PL("ببيلا", "Babbila", "Rif Dimashq"), "2019-02-10", "موقع «صوت العاصمة»", GOV,
           note="the 54 of the headline and the second paragraph equals 30 + 12 + 12, the three arrests listed: no "
                "event of its own (stop 34)"),
         E("arrest", Q("12", 12), PL("الحجر الأسود", "Al-Hajar al-Aswad", "Damascus"), "2019-02-10", "موقع «صوت العاصمة»", GOV,
           note="the same Sunday raid by the same branch"),
         E("arrest", Q("قرابة 12", 12, approx=True), PL("سرغايا", "Serghaya", "Rif Dimashq"), None, "الموقع", GOV,
           note="«وأضاف الموقع» carries the site; no day is given for this raid (the 48 hours frame it): no date. The "
                "closing sentence is a habit")])

passage("lt10", "2020-11-12", "Enab Baladi", "IS claims an attack near Sukhnah with a toll told twice; pro-government pages tell "
        "a clash in eastern Hama | page: https://enabbaladi.net/archives/431507",
        "تنظيم «الدولة» يتبنى قتل عناصر للنظام ويوسع هجماته في البادية\n"
        "أعلن تنظيم «الدولة الإسلامية» أنه هاجم مواقع لقوات النظام السوري في البادية وقتل عدداً من عناصرها، في حين قالت صفحات "
        "مؤيدة للنظام إن هجمات التنظيم جرى التصدي لها.\n"
        "ونشرت وكالة «أعماق» الناطقة باسم التنظيم، اليوم الخميس، 12 تشرين الثاني، أن مقاتليه أردوا 12 جندياً من قوات النظام "
        "إضافة إلى مقاتل في ميليشيا «الدفاع الوطني»، وأضرموا النار في ثلاث ثكنات إلى الشمال من السخنة في بادية حمص.\n"
        "وبحسب الوكالة، فجّر المهاجمون أنبوب غاز يمر بمحاذاة الثكنات قبل أن ينسحبوا، وقد سقط 11 من جنود النظام أثناء الهجوم، "
        "بينما أُسر عنصر «الدفاع الوطني» ثم قُتل لاحقاً. وبث التنظيم صورة لأحد مقاتليه يضع سكيناً على كتف الأسير، إلى جانب صور "
        "لجثث أخرى امتنعت عنب بلدي عن نشرها.\n"
        "في المقابل، نقلت «شبكة أخبار دمشق» وصفحات أخرى موالية عن مصدر ميداني لم تذكر اسمه أن مواجهات دارت مع خلايا التنظيم "
        "أثناء تمشيط منطقة سد أبو فياض في أقصى ريف حماة الشرقي، واستمرت ساعات، مخلفة عشرات القتلى والجرحى في صفوف مسلحي "
        "التنظيم.",
        [E("armed_clash", Q("12", 12, nth=1), PL("السخنة", "Al-Sukhnah", "Homs"), "2020-11-12", "وكالة «أعماق»", IS,
           note="FIGURE CALL: Amaq writes 12 soldiers «and» one NDF man (no total written, stop 34's singular rule), then "
                "11 soldiers in the same attack: one incident, the first figure the text writes (12; nth 1 skips the "
                "date's «12»); the pipeline blast, the burning and the captive's killing are parts of the attack; the "
                "attack's day is not given, so the publication day"),
         E("armed_clash", Q("عشرات", 20, 90, True), PL("سد أبو فياض", "Abu Fayyad dam", "Hama"), "2020-11-12",
           "مصدر ميداني", GOV,
           note="a clash during a sweep, relayed by a pro-government network from an unnamed field source (the relayed "
                "one is the source, stop 34); FIGURE CALL: «عشرات القتلى والجرحى» together, as lt02; the pages' claim of "
                "repelling attacks in the lead is the other side's telling, no event")])

passage("lt11", "2019-04-02", "Fresh Syria", "SNHR's monthly arrest report with a perpetrator and governorate breakdown; its "
        "running total; the month's death toll | page: https://freshsyria.net/archives/29907",
        "مئات المعتقلين في سوريا خلال الشهر الماضي\n"
        "رصدت «الشبكة السورية لحقوق الإنسان» خلال آذار الماضي 357 حالة احتجاز تعسفي في أنحاء سوريا، منها 16 حالة لأطفال و26 لنساء، "
        "وكانت قوات النظام مسؤولة عن أغلبها، وقد انقلبت 162 حالة منها إلى اختفاء قسري.\n"
        "وجاء في تقرير نشرته الشبكة اليوم الثلاثاء على موقعها أن قوات النظام والميليشيات الرديفة احتجزت 263 شخصاً في آذار، من بينهم "
        "11 طفلاً و22 امرأة، صُنّف 121 منهم في عداد المختفين قسرياً.\n"
        "وبيّنت الشبكة توزع الاعتقالات على المحافظات: 70 حالة في مدينة حلب، و44 في الرقة، و39 في دمشق، و40 في ريف دمشق، و33 في "
        "دير الزور، و32 في الحسكة.\n"
        "وكانت الشبكة قد أعلنت في وقت سابق أنها تحصي 143176 معتقلاً ومختفياً قسرياً منذ انطلاق الثورة في 2011، بينهم 4721 طفلاً، "
        "معظمهم محتجزون لدى النظام.\n"
        "ويأخذ ناشطون وحقوقيون على المجتمع الدولي تهاونه في الضغط على دمشق لكشف مصير مئات آلاف المعتقلين والمخفيين في سجونها "
        "ومحاسبتها على ما ارتكبته بحقهم.\n"
        "وفي تقرير صدر أمس الاثنين، وثقت الشبكة مقتل 334 شخصاً خلال آذار، من بينهم 85 طفلاً و63 سيدة، ليصل مجموع الضحايا المدنيين "
        "الذين أحصتهم إلى 776.",
        [E("arrest", Q("357", 357), PL("سوريا", "Syria", None, nth=1), "2019-03", "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate",
           note="March's arrests (period 2019-03); children, women, the 162 disappeared, the regime's 263 (with its own "
                "children, women and 121) and the governorates are all breakdowns of the 357 (one sits inside the other), "
                "no events; placed at the country as set 1's p24 does"),
         E("arrest", Q("143176", 143176), None, None, "الشبكة", GOV, kind="aggregate",
           note="the running total since March 2011 (period 2011-03..2019-03), a recall of an earlier figure; 4721 "
                "children a breakdown; no place"),
         E("casualties", Q("334", 334), None, "2019-03", "الشبكة", None, kind="aggregate",
           note="March's death toll (period 2019-03), 85 children and 63 women a breakdown"),
         E("casualties", Q("776", 776), None, None, "الشبكة", None, kind="aggregate",
           note="the running total of civilian dead the March toll brings (its period is cut off in the page: null); "
                "coded beside the month's as sets 71's running totals are")])
passage("lt12", "2021-10-12", "UNews (Lebanon)", "an IED in al-Bab with no casualties; the day before's car bomb in Afrin and a house "
        "blast near Jarablus recalled; a nine-month tally | page: https://www.unews.com.lb/ar/archives/12/10/2021/5833/",
        "عبوة ناسفة جديدة في الباب تخلّف أضراراً مادية فقط\n"
        "دوّى صباح اليوم الثلاثاء انفجار عبوة ناسفة زُرعت في سيارة خالد الراشد، الذي يدير مكتب «فريق ملهم التطوعي» "
        "بمدينة الباب شرقي حلب، واقتصرت خسائره على الماديات.\n"
        "ويُعتقد أن العبوة وُضعت في السيارة خلال ليل الاثنين، وأنها انفجرت قبل أن يركبها صاحبها صباحاً.\n"
        "وكان خمسة أشخاص، بينهم امرأة، قد لقوا حتفهم وجُرح 22 آخرون يوم أمس الاثنين بانفجار سيارة مفخخة عند مدخل السوق الشعبي في قلب "
        "عفرين، شمال غربي حلب.\n"
        "كما قتل ثلاثة أشخاص وجرح ستة، منهم طفل وامرأتان، في انفجار وقع داخل منزل في منطقة الدابس القريبة من جرابلس شرقي حلب.\n"
        "ومنذ مطلع العام الجاري حتى آخر أيلول الماضي، شهدت المناطق الخاضعة لسيطرة تركيا والفصائل المسلحة التابعة لها 165 "
        "انفجاراً، بين سيارات مفخخة وعبوات ناسفة وتفجيرات لم يُعرف مصدرها.\n"
        "وأودت هذه الهجمات بحياة ما يزيد على 76 شخصاً، منهم 12 طفلاً وخمس نساء، ووقع أغلبها في ريفي حلب الشمالي والشرقي، ولا "
        "سيما عفرين والباب وجرابلس.",
        [E("explosion", None, PL("الباب", "Al-Bab", "Aleppo", nth=1), "2021-10-12", None, None,
           note="an IED in a relief team manager's car, damage only: no figure; the headline's al-Bab is the same (nth 1 "
                "= the body's)"),
         E("explosion", Q("خمسة", 5), PL("عفرين", "Afrin", "Aleppo"), "2021-10-11", None, None,
           note="a recalled car bomb of yesterday («وكان … قد», background with its own day and toll, stop 41); the "
                "market entrance is placed at its town; 22 wounded go in injured"),
         E("explosion", Q("ثلاثة", 3), PL("الدابس", "Al-Dabis", "Aleppo"), None, None, None,
           note="a house blast near Jarablus, told with «كما» after yesterday's bomb but with no day of its own: no date "
                "(a coder could carry Monday over)"),
         E("explosion", Q("ما يزيد على 76", 76, None, True), None, "2021", None, None, kind="aggregate",
           note="a tally from January to the end of September 2021 (period 2021-01..2021-09) in the areas Turkey and its "
                "factions hold (no single place): 165 blasts with more than 76 dead — the dead are the figure (numbered "
                "dead win); 12 children and five women a breakdown; the outlet names no source")])

passage("lt13", "2022-10-05", "Al-Tareek (relaying Ahrar Horan)", "an IED on an army vehicle; an officer dead at his post; a former "
        "rebel shot; Daraa 24's monthly tally | page: https://altareek-media.com/public/ar/post/17925/مقتل-عدد-من-قـوات-النظام-برصاص-مجهولين-بريف-درعا-الغربي",
        "قتلى من قوات النظام بعبوة لمجهولين في ريف درعا الغربي\n"
        "الطريق\n"
        "أفادت مصادر محلية بأن عناصر من قوات النظام لقوا حتفهم وأصيب غيرهم في هجوم نفذه مجهولون في ريف درعا الغربي.\n"
        "وذكر موقع «تجمع أحرار حوران» أن مسلحين لم تعرف هويتهم فجّروا عبوة ناسفة بسيارة عسكرية كانت تنقل عناصر من قوات النظام "
        "والميليشيات الرديفة في قرية عين ذكر غرب درعا، فسقط منهم قتلى وجرحى.\n"
        "وفي مساء أمس الثلاثاء، لقي الملازم أول ماهر الحسن حتفه في موقع خدمته العسكرية في محافظة السويداء لأسباب غير معروفة، وهو "
        "بحسب المصادر ابن جملة، القرية الواقعة في حوض اليرموك غربي درعا.\n"
        "وفي المساء نفسه، أطلق مسلحون مجهولون النار مباشرة على الشاب عمر الزعبي في درعا البلد فأردوه على الفور، وتقول المصادر "
        "إنه كان يقاتل مع فصائل محلية، ثم دخل في التسوية عام 2018.\n"
        "وتعيش محافظة درعا، التي تسيطر عليها قوات النظام وميليشيات تدعمها إيران، فوضى أمنية متواصلة، إذ وثقت شبكة «درعا 24» خلال "
        "أيلول/سبتمبر الماضي مقتل 36 شخصاً على الأقل في المحافظة، منهم 23 مدنياً، وإصابة 28 شخصاً على الأقل، منهم 19 مدنياً. ورصدت "
        "الشبكة كذلك 13 عملية اغتيال على الأقل طالت عناصر من قوات النظام وأجهزته الأمنية.",
        [E("explosion", None, PL("عين ذكر", "Ain Dhikr", "Daraa"), "2022-10-05", "«تجمع أحرار حوران»", UNID,
           note="the lead's attack in the western countryside is this IED (one incident, two tellings); dead and wounded "
                "not numbered; undated, the item's news"),
         E("casualties", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2022-10-04", None, GOV,
           note="an officer found dead at his post for unknown reasons: deaths with no act; placed at his post's "
                "governorate (his home village is not the place); singular, no figure"),
         E("armed_clash", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2022-10-04", None, UNID,
           note="a killing by unidentified gunmen is armed_clash (stop 30); the settlement of 2018 is background"),
         E("casualties", Q("36", 36, None, True), PL("درعا", "Daraa", "Daraa", nth=5), "2022-09", "شبكة «درعا 24»", None,
           kind="aggregate",
           note="September's toll in the governorate (period 2022-09): civilians a breakdown; 28 wounded are injured"),
         E("armed_clash", Q("13", 13, None, True), PL("درعا", "Daraa", "Daraa", nth=5), "2022-09", "الشبكة",
           UNID, kind="aggregate",
           note="UNSURE: the month's assassinations of regime personnel, told as a count of its own («ورصدت الشبكة كذلك»); they may "
                "sit inside the 36 dead (the non-civilian 13), in which case a coder would take them as a breakdown")])

passage("lt14", "2022-08-13", "Al-Araby Al-Jadeed", "SDF rockets on a Turkish base; Turkish shelling in Hasakah; an SDF missile on a "
        "car; a night clash near al-Bab and Turkish artillery | page: https://aajeg.com/politics/قصف-متبادل-بين-\"قسد\"-والجيش-التركي-في-ريفي-حلب-والحسكة",
        "«قسد» وتركيا تتبادلان القصف في ريفي حلب والحسكة\n"
        "السبت 13 آب 2022\n"
        "أطلقت «قوات سوريا الديمقراطية» (قسد) اليوم السبت صواريخ على قاعدة عسكرية للقوات التركية بمنطقة «درع الفرات» في الريف الشمالي الشرقي "
        "لحلب، في حين قُتل عدد من عناصر «قسد» وجُرح آخرون من قوات النظام السوري في قصف تركي على نقاط عسكرية بريف الحسكة في شمال "
        "شرق البلاد.\n"
        "وبحسب مصادر محلية تحدثت إلى «العربي الجديد»، أطلقت «قسد» ما يزيد على خمسة صواريخ على القاعدة التركية في قرية تويس شرق مدينة "
        "مارع، ضمن منطقة «درع الفرات»، فألحقت أضراراً بسورها من دون إصابات في الأرواح.\n"
        "واستهدفت «قسد» أيضاً، وفق المصادر ذاتها، سيارة لمدنيين بصاروخ موجه قرب حزوان في الريف الشمالي لحلب، فاشتعلت فيها النيران دون أن يصاب أحد.\n"
        "وفي الساعات التي تلت منتصف ليل الجمعة، كانت مجموعات من «الفرقة 13»، المنضوية في "
        "«الجيش الوطني السوري» المعارض الحليف لأنقرة، قد خاضت معارك عنيفة بالسلاح الثقيل والمتوسط مع قوات النظام على محور فيخة حمدان بريف الباب شرقي حلب.\n"
        "وردّت المدفعية التركية على مصادر النيران، فقصفت بقذائفها قرية أم شعالة وقرية ثانية.",
        [E("shelling", Q("ما يزيد على خمسة", 5, None, True), PL("تويس", "Tuwais", "Aleppo"), "2022-08-13", "مصادر محلية", SDF,
           note="rockets on a Turkish base (ACLED shelling/missile attack); the lead tells the same strike; damage only"),
         E("shelling", None, PL("ريف الحسكة", "Al-Hasakah countryside", "Al-Hasakah"), "2022-08-13", None, TUR,
           note="Turkish shelling of military points: SDF dead not numbered («عدد»), regime soldiers wounded; the "
                "lead's own sentence names no source"),
         E("shelling", None, PL("حزوان", "Hazwan", "Aleppo"), "2022-08-13", "المصادر", SDF,
           note="a guided missile on a civilian car, no casualties; «وفق المصادر ذاتها» carries the local sources"),
         E("armed_clash", None, PL("فيخة حمدان", "Fikha Hamdan", "Aleppo"), "2022-08-13", None, SNA,
           note="DATE CALL: «بعد منتصف ليل الجمعة» = the small hours after Friday night, so Saturday (a coder could take "
                "Friday the 12th); a recall «وكانت … قد» with no source, so the outlet; «الفرقة 13» is a unit name"),
         E("shelling", None, PL("أم شعالة", "Umm Shaala", "Aleppo"), "2022-08-13", None, TUR,
           note="Turkish artillery answers the fire: one act over two villages (the second unnamed), placed at Umm "
                "Shaala")])

passage("lt15", "2023-10-25", "Turkey Breaking (relaying AFP)", "Israeli strikes on Daraa told by state media and SOHR with two "
        "tolls; the Gaza war as background | page: https://turkey-breaking.com/archives/145631",
        "ثمانية جنود سوريين قتلى بغارات إسرائيلية في درعا\n"
        "نفذت إسرائيل غارات عدة على سوريا منذ بدء حربها على غزة، وسط خشية من اتساع رقعة التصعيد في المنطقة.\n"
        "فقد أعلن إعلام النظام السوري أن ضربات جوية إسرائيلية أودت اليوم الأربعاء بحياة ثمانية عسكريين في الجنوب السوري، في حين "
        "قال الجيش الإسرائيلي إنه كان يرد على صواريخ أطلقت في وقت سابق. ويثير تبادل القصف الصاروخي والمدفعي المتواصل مع «حزب "
        "الله» الذي تدعمه طهران، ومع فصائل فلسطينية عبر حدود إسرائيل الشمالية مع لبنان وسوريا، قلقاً من انفتاح جبهة "
        "جديدة في الحرب التي تشنها إسرائيل على قطاع غزة المحاصر، وقد قُتل فيها 6546 فلسطينياً على الأقل.\n"
        "وتبادلت فصائل فلسطينية متمركزة جنوبي سوريا النيران مع إسرائيل عبر الحدود مرات عدة منذ الأسبوع الفائت. ونقل إعلام النظام "
        "أن «العدو الإسرائيلي» شن هجوماً جوياً انطلاقاً من الجولان المحتل قرابة الواحدة وخمس وأربعين دقيقة فجراً (الحادية "
        "عشرة إلا ربعاً ليلاً بتوقيت غرينتش يوم الثلاثاء)، مضيفاً أن الغارات أصابت سبعة جنود آخرين وأحدثت أضراراً مادية. أما "
        "المرصد السوري لحقوق الإنسان، الجهة الرقابية العاملة من بريطانيا والمعتمدة على شبكة مصادر واسعة داخل البلاد، فقدّر عدد الجنود القتلى "
        "بأحد عشر، منهم أربعة ضباط، وقال إن الضربات دمرت مستودعات.",
        [E("airstrike", Q("ثمانية", 8, nth=1), PL("درعا", "Daraa", "Daraa"), "2023-10-25", "إعلام النظام السوري", ISR,
           note="one incident told by state media (8 dead, 7 wounded) and SOHR (eleven, four officers): the first figure "
                "the text writes (stop 34; nth 1 = the body's eight, the headline's is the same); placed at Daraa from "
                "the headline (the body says only the south); the Golan is where the raid came from, Britain SOHR's seat. "
                "Not coded: Israel's claim of earlier rockets (no place), the Palestinian factions' repeated fire since "
                "last week (no single act, no place) and the Gaza toll (not Syria)")])

passage("lt16", "2023-09-08", "Athr Press", "tribal fighters' night attacks on SDF points at many places after a sheikh's call; SDF "
        "raids and reinforcements | page: https://athrpress.com/دير-الزور-قسد-التحالف-تدريبات-عسكرية/أثر-اليوم/أثر-اليوم-ميداني",
        "أثر برس: تصاعدت حدة المواجهات في دير الزور بين «قسد» ومقاتلي العشائر العربية، إثر دعوة إبراهيم "
        "الهفل، شيخ قبيلة العكيدات، إلى المضي في قتال «قسد».\n"
        "فبعد منتصف ليل أمس الخميس، نفذ مقاتلو العشائر هجمات عدة على «قسد»، من بينها ضربات طالت نقاطاً لها في درنج، البلدة الواقعة في الريف "
        "الشرقي، أوقعت قتلى وجرحى في صفوفها.\n"
        "وتمكن مقاتلو العشائر أيضاً من إرغام رتل تابع لـ«قسد» على التراجع، بعد أن اعترضوه أثناء قدومه من حقل العمر النفطي، "
        "حيث قاعدة «التحالف الدولي».\n"
        "وفي الريف الشمالي لدير الزور، أسر مقاتلو العشائر عنصرين من «قسد» في قرية الجاسمي، وقتلوا عدداً من عناصرها في هجوم على "
        "موقع لها على أطراف قرية النملية، كما هاجموا نقاطاً لها في بلدة الصبحة.\n"
        "وطالت هجمات القوات العشائرية كذلك مواقع لـ«قسد» في مدرسة المناعرة ومبنى الناحية ومركز البريد "
        "والعفين ونقطة العسكر، إضافة إلى محطتي المياه في الهفل والعمر.\n"
        "في المقابل، داهمت «قسد» وفتشت بلدتي جديد عكيدات والكشكية، ودفعت بتعزيزات إلى مواقعها في قرى النملية "
        "وأبو النيتل وطيب الفال والحريجي في الريف الشمالي.",
        [E("statement", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), None, "إبراهيم الهفل", TRIBES,
           note="the Akidat sheikh's call to keep fighting the SDF: a named figure's call is a statement wherever told "
                "(stop 32); it concerns Deir ez-Zor; undated (told as the escalation's cause)"),
         E("armed_clash", None, PL("درنج", "Darnaj", "Deir ez-Zor"), "2023-09-08", None, TRIBES,
           note="DATE CALL: after midnight of Thursday night = the small hours of Friday 8th (a coder could take the "
                "7th); dead and wounded not numbered"),
         E("armed_clash", None, PL("حقل العمر النفطي", "Al-Omar oil field", "Deir ez-Zor"), "2023-09-08", None, TRIBES,
           note="UNSURE PLACE: a convoy coming from the coalition base at al-Omar field turned back; the text names only "
                "where it came from (placed there, as a reinforcement with no destination would be)"),
         E("arrest", None, PL("الجاسمي", "Al-Jasimi", "Deir ez-Zor"), "2023-09-08", None, TRIBES,
           note="two SDF men captured (a dual, no figure): a capture coded as arrest, as abductions are (set 73/79)"),
         E("armed_clash", None, PL("النملية", "Al-Namliyah", "Deir ez-Zor"), "2023-09-08", None, TRIBES,
           note="an attack on a post at the village's edge, several killed (no figure)"),
         E("armed_clash", None, PL("الصبحة", "Al-Subha", "Deir ez-Zor"), "2023-09-08", None, TRIBES),
         E("armed_clash", None, None, "2023-09-08", None, TRIBES,
           note="attacks on SDF sites at two water stations, a school, the post office, the district building, al-Afin "
                "and a checkpoint: one act over a list of sites with no town named, so no place (a coder could place "
                "it in the eastern countryside)"),
         E("arrest", None, PL("جديد عكيدات", "Jadid Ekaidat", "Deir ez-Zor"), "2023-09-08", None, SDF,
           note="UNSURE TYPE: raid-and-search campaigns in two towns (group, first town) with no arrests told; coded "
                "arrest as raids are in the seen sets, a coder could leave them out"),
         E("reinforcement", None, PL("النملية", "Al-Namliyah", "Deir ez-Zor", nth=1), "2023-09-08", None, SDF,
           note="reinforcements sent to four villages: one act over a list (group), placed at the first destination")])

passage("lt17", "2024-10-08", "ANF Arabic", "SOHR's weekly count of Israeli strikes with a breakdown by type and governorate "
        "| page: https://anfarabic.com/الشرق-الأوسط/asthdafat-asrayyl-llarady-alswryt-khlal-asbw-twdy-aly-mqtl-wasabt-33-shkhsaa-110677",
        "إسرائيل تستهدف الأراضي السورية 13 مرة في أسبوع وتوقع 33 قتيلاً وجريحاً\n"
        "تمضي إسرائيل في تصعيدها على سوريا بسلسلة من الضربات الجوية والبرية التي تطال مواقع لقوات حكومة دمشق وأحياء يقطنها "
        "مدنيون، بالتوازي مع ضربات مماثلة تشنها على لبنان.\n"
        "وتنصبّ الغارات منذ أيام على الشريط الحدودي بين سوريا ولبنان، ولا سيما المعابر الرسمية وغير الرسمية التي تقول إسرائيل إنها "
        "تقصفها «لقطع طريق السلاح القادم من سوريا نحو حزب الله».\n"
        "وخلّفت هذه الضربات قتلى وجرحى، منهم مدنيون، ودماراً واسعاً في الممتلكات والمواقع التي أصابتها.\n"
        "ومنذ مطلع تشرين الأول الجاري، أي في غضون أسبوع، نفذت إسرائيل 13 عملية استهداف داخل سوريا، منها 11 غارة جوية واثنتان "
        "بريتان، بحسب المرصد السوري لحقوق الإنسان، وأصابت آليات ومواقع عسكرية وأمنية في مناطق متفرقة.\n"
        "وجاء توزيع الضربات على المحافظات كالتالي: خمس على دمشق وريفها، وأربع على حمص، وواحدة على كل من درعا والقنيطرة وحماة "
        "والسويداء واللاذقية.",
        [E("airstrike", Q("13", 13, nth=1), None, "2024-10", "المرصد السوري لحقوق الإنسان", ISR, kind="aggregate",
           note="FIGURE CALL: a week's count (period 2024-10-01..2024-10-08) of 13 Israeli strikes, 11 air and two "
                "ground (a breakdown, as is the governorate list): typed airstrike by the bulk; the figure is the count "
                "SOHR gives (nth 1 = the body's), not the headline's «33 قتيلاً وجريحاً», a killed-and-wounded total with "
                "no dead apart (a coder following set 78's kc21 could take 33); the border-crossing raids are part of the "
                "same count; no single place")])

passage("lt18", "2025-07-14", "Al Chourouk (Tunisia, relaying Reuters)", "the Defence Ministry's toll of its forces in Suwayda; the "
        "Druze-Bedouin fighting since Saturday; the ministry's earlier toll and deployment | page: https://www.alchourouk.com/node/360428",
        "16 قتيلاً من قوات الأمن السورية في السويداء\n"
        "أعلنت وزارة الدفاع السورية مقتل 16 من عناصر قوات الأمن في مدينة السويداء، ذات الأغلبية الدرزية، بعد أن انتشروا فيها لضبط "
        "اشتباكات دامية قالت وسائل إعلام محلية إنها اندلعت من جديد اليوم الاثنين.\n"
        "وتعد المعارك التي نشبت مساء السبت بين مسلحين دروز ومقاتلين من العشائر البدوية أول مواجهات طائفية تدور داخل المدينة ذاتها، "
        "بعد شهور من التوتر الذي عم المحافظة.\n"
        "وأوضحت الوزارة، في بيان بعثت به إلى وكالة رويترز، أن مجموعات وصفتها بالخارجة عن القانون، من دون أن تسميها، أغارت فجراً "
        "على عدد من وحداتها، وأن القوات ردت عليها ولاحقت من رفضوا إيقاف القتال وواصلوا استهداف عناصر الأمن.\n"
        "وكانت الوزارة قد ذكرت في بيان سابق أن الاقتتال الطائفي أسفر عن 30 قتيلاً، وأنها شرعت، بالتعاون مع وزارة الداخلية، في نشر وحدات "
        "عسكرية متخصصة في المناطق المتضررة، وفتح ممرات آمنة للمدنيين، والعمل على الفصل بين المتقاتلين بسرعة وحزم.",
        [E("armed_clash", Q("16", 16, nth=1), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2025-07-14",
           "وزارة الدفاع السورية", UNID,
           note="the dawn attack on army units and the fight that followed, 16 security men dead (the headline's 16 is "
                "the same, nth 1 = the body's); the attackers are unnamed 'outlaw groups'"),
         E("armed_clash", Q("30", 30), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2025-07-12", "الوزارة", TRIBES,
           note="the Druze-Bedouin fighting that began on Saturday evening, its toll (30) from the ministry's earlier "
                "statement: one clash event dated by its start; agent the Bedouin tribes or the Druze gunmen (either "
                "side; gold names the tribes). The months of tension are a state"),
         E("reinforcement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), None, "الوزارة", NEWGOV,
           note="the ministry's deployment of specialised units in the affected areas (the lead's «انتشروا» is the same); "
                "the safe corridors are part of it; no day of its own")])

passage("lt19", "2025-12-23", "Xinhua Arabic (china.org.cn)", "a security source's telling of a mortar and drone strike, and SOHR's "
        "telling of clashes with another toll | page: http://arabic.china.org.cn/txt/2025-12/23/content_118243372.htm",
        "مصدر أمني: عنصران من الأمن الداخلي قتيلان في الريف الغربي للسويداء\n"
        "دمشق 23 كانون الأول 2025 (شينخوا) أعلن مصدر أمني سوري أن عنصرين في قوى الأمن الداخلي لقيا حتفهما اليوم الثلاثاء في قرية "
        "ريمة حازم، الواقعة في الريف الغربي لمحافظة السويداء جنوبي البلاد، إثر قصف بقذائف الهاون وبمسيّرة محملة بالذخيرة نفذته "
        "فصائل تطلق على نفسها اسم «الحرس الوطني»، وفق ما أورده الإعلام الرسمي ومرصد حقوقي.\n"
        "ونسب تلفزيون «الإخبارية» الرسمي إلى المصدر، الذي لم يكشف اسمه، أن «العصابات المتمردة» في السويداء هي من أطلقت القذائف "
        "والمسيرة على ريمة حازم، وأنها سعت إلى التقدم نحو مواقع القوى الأمنية، في انتهاك جديد لاتفاق وقف إطلاق النار.\n"
        "في المقابل، قال المرصد السوري لحقوق الإنسان، وهو يعمل من لندن، إن ثلاثة من أفراد القوات الحكومية والرديفة لقوا "
        "حتفهم اليوم وإن ثلاثة آخرين أصيبوا بجروح متفاوتة، في معارك عنيفة مستمرة منذ مساء أمس الاثنين ضد فصائل «الحرس "
        "الوطني» على جبهات عدة شمال غربي مدينة السويداء، وسط قصف كثيف وتوظيف واسع للأسلحة الثقيلة والمتوسطة.",
        [E("shelling", None, PL("ريمة حازم", "Rimat Hazem", "As-Suwayda"), "2025-12-23", "مصدر أمني سوري", None,
           note="mortars and a loitering drone on the village, two security men dead (a dual, no figure); the state TV's "
                "relay is the same source; the attempted advance is part of it; no canonical actor for the Suwayda "
                "'National Guard'"),
         E("armed_clash", Q("ثلاثة", 3), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2025-12-23",
           "المرصد السوري لحقوق الإنسان", NEWGOV,
           note="UNSURE: SOHR's clashes on several fronts north-west of the city since Monday evening (3 dead today, 3 "
                "wounded): coded as an incident of its own (another act and place frame than the village strike); a coder "
                "reading «في المقابل» as the other telling of one incident would fold it into the strike (stop 34)")])

passage("lt20", "2020-11-24", "Al Mayadeen", "a car bomb sets off a Turkish escalation in Hasakah and Raqqa countryside: a crossing "
        "closed, reinforcements, shelling of four villages, a faction attack | page: https://almayadeen.net/news/politics/1372949/تصعيد-تركي-ضد--قسد--والجيش-السوري-في-ريف-الحسكة-والرقة-بعد-ف",
        "تصعيد تركي على «قسد» والجيش السوري في ريفي الحسكة والرقة بعد هدوء\n"
        "عادت الاشتباكات لتندلع بين «قسد» والجيش السوري من جهة، وفصائل «الجيش الوطني» المدعومة تركياً من جهة ثانية، إثر هدوء نسبي "
        "استمر ما يزيد على شهر على جبهتي ريف الحسكة وريف الرقة، فيما استبعدت مصادر ميدانية أن تتوسع المعارك.\n"
        "وانطلق التصعيد عقب تفجير سيارة مفخخة داخل قرية الأربعين بريف الحسكة، اتهمت فصائل «الوطني» «قسد» بإرسالها، وأسفر عن مقتل "
        "مدنيين اثنين، وسط روايات متضاربة عن سقوط جنود أتراك ومسلحين من الفصائل.\n"
        "وبعد الانفجار، عمد الجيش التركي إلى إغلاق معبر أم عشبة بريف رأس العين، على خط التماس مع الجيش السوري و«قسد»، ودفع بتعزيزات "
        "عسكرية ضخمة عبر قرية السكرية الحدودية باتجاه الداودية والمناخ، القريتين الواقعتين في الريف الشمالي الشرقي لتل تمر.\n"
        "وترافقت هذه التحركات مع قصف أصاب قريتي الديس وهوشان التابعتين لريف عين عيسى، وامتد ليشمل قريتي المناخ وأم حرملة في المنطقة "
        "الفاصلة بين رأس العين وتل تمر.\n"
        "ثم شنّ مسلحو «الجيش الوطني» هجوماً على مواقع «قسد» في قرية الدبس، فأوقع قتلى.",
        [E("explosion", Q("اثنين", 2), PL("الأربعين", "Al-Arbaeen", "Al-Hasakah"), None, None, None,
           note="a car bomb in the village «الأربعين» (a name, not a number) kills two civilians; the factions' "
                "accusation of the SDF is a claim (no agent); the Turkish losses are hedged and conflicting; the text "
                "gives no day and the page shows none (date left null)"),
         E("other", None, PL("أم عشبة", "Umm Ashba crossing", "Al-Hasakah"), None, None, TUR,
           note="UNSURE: the Turkish army closes a crossing after the blast (ACLED strategic development); a coder could "
                "leave it out"),
         E("reinforcement", None, PL("الداودية", "Al-Dawudiyah", "Al-Hasakah"), None, None, TUR,
           note="large reinforcements through a border village toward the axis of two villages: placed at the first "
                "destination (stop 41); the entry village is where they came through"),
         E("shelling", None, PL("الديس", "Al-Dis", "Raqqa"), None, None, TUR,
           note="one shelling told over four villages (Dis and Hoshan in Ain Issa's countryside, extending to Manakh and "
                "Umm Harmala): a group, placed at the first; who fired is implied (the Turkish moves), agent Turkey"),
         E("armed_clash", None, PL("الدبس", "Al-Dibs", "Raqqa"), None, None, SNA,
           note="the factions' attack on SDF positions with dead (not numbered). The opening summary of renewed fighting "
                "is no incident of its own")])

passage("lt21", "2021-07-07", "Halab Today", "a car bomb at a junction north of al-Bab kills a police chief and others: a toll with "
        "a list of names | page: https://halabtodaytv.net/archives/167193",
        "قتلى وجرحى بانفجار مفخخة شمالي الباب قرب مفرق قباسين\n"
        "قال مراسل «حلب اليوم» في الباب، المدينة الواقعة بريف حلب الشرقي، إن خمسة أشخاص على الأقل لقوا مصرعهم، وأصيب ما يزيد على 20 مدنياً، "
        "حين انفجرت سيارة ملغمة قرب مفرق قباسين شمال المدينة.\n"
        "وأوضح المراسل أن بين الضحايا النقيب وليد الأحمد، الذي يرأس مخفر الشرطة المدنية ببزاعة، ومعه سائقه ومرافقه، وهو من "
        "مهجّري مدينة القصير بريف حمص الذين انتقلوا إلى الشمال السوري.\n"
        "وسمّى مراسلنا القتلى الخمسة، وهم: وليد الأحمد، وعمار الشيخ، ورامي حمدان، وجاسم الفارس، وياسر النعسان، مشيراً إلى أن عدداً "
        "من الجرحى في حال حرجة، وقد نُقلوا لتلقي العلاج في مستشفيات المدينة.\n"
        "وتتكرر في الآونة الأخيرة تفجيرات السيارات والآليات المفخخة في المناطق المدنية الخاضعة لـ«الجيش الوطني السوري»، وتوجَّه "
        "أصابع الاتهام فيها إلى خلايا مرتبطة بقوات النظام أو بقوات سوريا الديمقراطية أو بتنظيم الدولة.",
        [E("explosion", Q("خمسة", 5, None, True), PL("الباب", "Al-Bab", "Aleppo", nth=1), "2021-07-07", "مراسل «حلب اليوم»", None,
           note="a car bomb at the Qabasin junction north of the city: a landmark placed at the town it is told against "
                "(al-Bab; a coder could take Qabasin, the junction's name); at least five dead, more than 20 wounded "
                "(injured); the named dead and the police chief are the toll's breakdown; Bzaa and al-Qusayr are where "
                "he served and came from; undated, the publication day (the page shows none: inferred); the closing "
                "sentence is a habit and accusations")])


def main() -> None:
    write("gold119.jsonl", P119)


if __name__ == "__main__":
    main()
