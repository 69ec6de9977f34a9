"""Build gold79.jsonl: development set 79 (ids kd01…), written in stop 34 by writer w79 BEFORE any run on it.

WHOLE ARTICLES (headline line, lead and details, 120-250 words), each the paraphrase of ONE real news page found
in the search tool's `pages` corpus (queried in Arabic), 2011-2025, twenty outlets: Friday round-ups with tolls by
town, an official telling and the ministers' words, a rights body's toll raised and broken down by governorate, an
agency relay of a monitor, a reporter's item from a taken checkpoint, a taking with the executions and the raids
that followed it, strikes and the other side's denial, abductions and a counter-abduction, Israeli and Turkish
strikes, a monitor's day total beside its parts and its three-month tallies, Daraa assassinations with November's
tally, a monthly report with a glued headline, an SDF statement, the 2025 coast and Deir ez-Zor. The page's
incidents, their order, places, figures (as the page writes them), dates and day words, sources and the way it
attributes them, hedges, recalls and background are kept; every sentence was rewritten (no run of five words,
names aside, is shared with the page: checked by script against the page text, kept outside the repository);
private people's names are invented. The page's address ends each passage's `style`; where the page shows no date,
the publication date was inferred from the events it reports (said in `style`). Gold follows news_dev's README,
the contract's Events section and the events_probe README's stop 28, 30 and 32 conventions; every judgement call
is in its event's `note`. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build79.py      # rewrites gold79.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P79: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P79.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


ACT = "ناشطين حقوقيين وشهود عيان"

passage("kd01", "2011-04-23", "Al Bayan", "a Friday round-up: the day's toll by activists and witnesses, then the toll "
        "town by town; page: https://www.albayan.ae/amp/one-world/arabs/2011-04-23-1.1425762",
        "«الجمعة العظيمة» تنقلب دماً في سوريا: قرابة 50 قتيلاً بنيران الأمن\n"
        "أراد السوريون أن تكون «الجمعة العظيمة» أمس مناسبة يعلنون فيها توقهم إلى التغيير وتمسكهم بوحدتهم الوطنية، لكنها "
        "انتهت بمجزرة قُتل فيها قرابة 50 متظاهراً على أيدي قوات الأمن في عدد من المدن. ونزل مئات الآلاف إلى الشوارع في "
        "المحافظات الأربع عشرة، فأضرموا النار في صور الرئيس بشار الأسد وحطموا تماثيل لأبيه حافظ وهتفوا بسقوط النظام، في "
        "أكبر تحدٍّ يواجهه الحكم منذ انطلاق الثورة في الخامس عشر من آذار/مارس الماضي، ولم يكن قد مضى يوم على صدور "
        "مراسيم رفعت حالة الطوارئ.\n"
        "وبحسب " + ACT + "، أودى رصاص عناصر الأمن الذين حاولوا تفريق الحشود في مدن عدة بحياة 49 "
        "شخصاً على الأقل، وجُرح المئات. وتباينت الأرقام الإجمالية في التقارير المتلاحقة، إلا أن الجزء الأكبر من الضحايا سقط في "
        "دمشق وريفها، وفي حمص وحماة في الوسط، ودرعا في الجنوب، واللاذقية على الساحل.\n"
        "ففي إزرع، البلدة ذات الحضور المسيحي الكبير في محافظة درعا، قُتل 14 شخصاً في الأقل، وسقط قتيل في بلدة الحراك "
        "بالمحافظة ذاتها. وفي دوما المتاخمة للعاصمة قُتل تسعة، ولقي آخر حتفه في حرستا المجاورة. وسقط أربعة قتلى في حمص، "
        "فيما قُتل اثنان في اللاذقية واثنان آخران في حماة، في حين سقط قتلى كثيرون في مناطق داخل العاصمة، منهم ثلاثة عُرفت هوياتهم في "
        "المعضمية.",
        [E("casualties", Q("49", 49, None, True), None, "2011-04-22", ACT, GOV, kind="aggregate",
           note="the day's national toll of protesters shot (stop 30: a day's national toll beside the protests is a "
                "casualties aggregate); the lead's «قرابة 50» is the same toll told by the outlet, the activists' 49 "
                "(the fuller telling) is the figure; the town tolls below are incidents of their own; the hundreds of "
                "thousands marching in 14 governorates name no place (not coded); the decrees lifting the emergency "
                "the day before are background, not coded"),
         E("protest", Q("14", 14, None, True), PL("إزرع", "Izra", "Daraa"), "2011-04-22", ACT, PROT,
           note="fire on the Izra protest: its dead are the protest's fatalities (the crowd is not numbered); «في "
                "الأقل» after the noun: open bound; the source carries over the «ف» that goes on with the activists' "
                "toll (a second coder may give the outlet)"),
         E("protest", None, PL("الحراك", "Al-Hirak", "Daraa"), "2011-04-22", ACT, PROT,
           note="one dead («قتيل», no numeral): no figure"),
         E("protest", Q("تسعة", 9), PL("دوما", "Douma", "Rif Dimashq"), "2011-04-22", ACT, PROT),
         E("protest", None, PL("حرستا", "Harasta", "Rif Dimashq"), "2011-04-22", ACT, PROT,
           note="one more dead («آخر»): no figure"),
         E("protest", Q("أربعة", 4), PL("حمص", "Homs", "Homs", nth=1), "2011-04-22", ACT, PROT),
         E("protest", Q("اثنان", 2), PL("اللاذقية", "Latakia", "Latakia", nth=1), "2011-04-22", ACT, PROT),
         E("protest", Q("اثنان", 2, nth=1), PL("حماة", "Hama", "Hama", nth=1), "2011-04-22", ACT, PROT),
         E("protest", Q("ثلاثة", 3), PL("المعضمية", "Al-Moadamiyeh", "Rif Dimashq"), "2011-04-22", ACT, PROT,
           note="the many dead «inside the capital» are told with three identified in Moadamiyeh: the event is "
                "placed there with its three (the page counts Moadamiyeh as part of the capital)")])

passage("kd02", "2011-06-06", "Reuters", "an agency relay of state television's first telling of a large battle, with "
        "two ministers' words; page: https://ara.reuters.com/article/OtherMENews/idARAHEI67662820110606",
        "التلفزيون السوري: أكثر من 120 قتيلاً من قوات الأمن في معارك مع مسلحين بجسر الشغور\n"
        "بيروت، 6 حزيران/يونيو 2011 (رويترز) - أفاد التلفزيون الرسمي السوري بأن عناصر الأمن خاضوا مواجهات مع جماعات مسلحة "
        "شمال غربي البلاد أودت بحياة ما يزيد على 120 منهم، وهي المرة الأولى التي يتحدث فيها الإعلام الرسمي عن قتال بهذا "
        "الحجم منذ بدء الانتفاضة على الحكومة.\n"
        "وبحسب التلفزيون، أضرم المسلحون النار في مقار حكومية ببلدة جسر الشغور واستولوا على خمسة أطنان من الديناميت، "
        "وأطلقوا الرصاص على السكان وعلى رجال الأمن بأسلحة آلية وقذائف صاروخية. وتابع أن القوات الأمنية أنهت سيطرة "
        "المسلحين على أحد الأحياء السكنية بعد أن ظلوا يطوّقونه مدة من الزمن، وأنها ما زالت تقاتلهم لفك طوقهم عن أحياء "
        "أخرى.\n"
        "وأضاف التلفزيون أن المسلحين شوّهوا عدداً من الجثث ورموا بعضها في مياه نهر العاصي، وأن سكان البلدة ناشدوا الجيش "
        "التدخل من دون إبطاء.\n"
        "وتوعّد محمد إبراهيم الشعار، وزير الداخلية، بأن ترد السلطات بحزم وقوة على أي هجوم مسلح، أما عدنان محمود، وزير "
        "الإعلام، فأكد أن وحدات الجيش المرابطة حتى اللحظة خارج البلدة «ستؤدي واجبها الوطني في إعادة الأمن والسكينة».",
        [E("armed_clash", Q("ما يزيد على 120", 120, None, True), PL("جسر الشغور", "Jisr al-Shughur", "Idlib"),
           "2011-06-06", "التلفزيون الرسمي السوري", UNK,
           note="state TV's telling: one battle at the town (the arson, the dynamite, the fire on residents, the siege "
                "of quarters lifted and the mutilated bodies are parts of it); the dead are the security forces'; "
                "the region «شمال غرب البلاد» is less specific; no day word: the publication day; the attackers are "
                "unnamed armed groups"),
         E("statement", None, None, "2011-06-06", "محمد إبراهيم الشعار، وزير الداخلية", GOV,
           note="a minister's threat to answer armed attacks firmly (stop 32: an official's threat is a statement); "
                "it names no place"),
         E("statement", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2011-06-06", "عدنان محمود، وزير الإعلام",
           GOV, note="the information minister announces that the army units outside the town will move to restore "
                     "order: a statement about the town (the deployment itself is future, not coded)")])

passage("kd03", "2012-01-27", "Al-Shaab (via Masress)", "a rights body's toll of a Friday, raised and broken down by "
        "governorate, the LCC's other news, a reader's comment glued under the item; published date from the Friday "
        "named and the comment's date; page: https://www.masress.com/alshaab/44442",
        "الهيئة العامة للثورة: 102 قتيل في «جمعة الدفاع عن النفس» بينهم ستة أطفال\n"
        "أعلنت الهيئة العامة للثورة السورية في حصيلة أولى أن ما يزيد على 100 شخص قُتلوا اليوم برصاص قوات الأمن والجيش في ما سمّته "
        "«أربع مجازر» شهدتها أربع مناطق، بالتزامن مع تظاهرات خرجت في أنحاء متفرقة من البلاد في جمعة احتجاج جديدة حملت "
        "اسم «جمعة الدفاع عن النفس».\n"
        "وفي بيان لاحق، رفعت الهيئة حصيلة ضحايا تظاهرات اليوم إلى 102 سقطوا بنيران الأمن والجيش، موضحة أن ستة أطفال "
        "وأربع نساء بين القتلى. وفصّلت الهيئة أرقامها بحسب المحافظات: 38 قتيلاً في ريف دمشق، و21 في مدينة حماة، و15 في "
        "مدينة درعا، و14 في مدينة حلب، وعشرة في حمص بينهم طفلان وامرأة، وثلاثة في إدلب.\n"
        "وفي آخر مستجدات اليوم، ذكرت لجان التنسيق المحلية أن انفجاراً عنيفاً هزّ ريف دمشق، وأن المنطقة ذاتها شهدت مواجهات "
        "بين الجيش النظامي وعناصر من الجيش السوري الحر. كما أفادت اللجان بأن ثلاثة من عناصر الأمن لقوا حتفهم إثر رفضهم "
        "إطلاق الرصاص على المتظاهرين في درعا، المدينة التي انطلقت منها شرارة الاحتجاجات في الخامس عشر من آذار/مارس من "
        "العام الماضي.\n"
        "تعليقات القراء: سامر الحلبي - السبت 28 كانون الثاني/يناير 2012: أين الإخوة في مصر؟ ألا تستحق الدماء النازفة في "
        "الشام كلمة مناصرة للشعب السوري؟",
        [E("casualties", Q("102", 102, nth=1), None, "2012-01-27", "الهيئة العامة للثورة السورية", GOV, kind="aggregate",
           note="the day's national toll, raised from «ما يزيد على 100» to 102 (the latest is the figure); the "
                "governorate tolls (38, 21, 15, 14, 10, 3) and the children and women are its breakdown, not events "
                "(they tell no act of their own; the «four massacres» are not placed); the protests name no place"),
         E("explosion", None, PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq", nth=1), "2012-01-27",
           "لجان التنسيق المحلية", None, note="a huge blast, no toll, nobody named"),
         E("armed_clash", None, PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq", nth=1), "2012-01-27",
           "لجان التنسيق المحلية", None,
           note="«المنطقة ذاتها» is Rif Dimashq; army against FSA, two sides, no actor1; same LCC sentence"),
         E("casualties", Q("ثلاثة", 3, nth=1), PL("درعا", "Daraa", "Daraa", nth=1), "2012-01-27", "اللجان", GOV,
           note="three security men killed for refusing to fire on protesters: a killing told with no fight "
                "(casualties, as executions); the killer is implied, not named (agent the regime by inference)")])

passage("kd04", "2012-04-21", "Al-Resalah", "agencies round-up of a Friday: the LCC's toll and its places, activists, "
        "SANA's own toll; published date inferred from the Friday named; "
        "page: https://alresalah.ps/post/50334/57-قتيلا-بجمعة-سننتصر-بسوريا/amp",
        "لجان التنسيق: 57 قتيلاً في «جمعة سننتصر ويُهزم الأسد» أغلبهم في حمص وإدلب\n"
        "الرسالة نت - وكالات\n"
        "أفادت لجان التنسيق المحلية السورية بسقوط 57 شخصاً في الأقل أمس الجمعة بنيران قوى الأمن، قضى معظمهم في "
        "حمص وإدلب.\n"
        "ونقل ناشطون أن قوات الجيش النظامي قصفت خلال الليل حي الخالدية في حمص، في حين سُمع دوي انفجارات في حي القابون "
        "الدمشقي.\n"
        "وشهدت مناطق عدة تظاهرات طالبت برحيل الرئيس بشار الأسد ونظامه، في جمعة اختار لها الناشطون اسم «سننتصر ويُهزم "
        "الأسد»، في ظل قصف وإطلاق نار متواصلين خلّفا عشرات القتلى والجرحى في مدن عدة، جلّهم في حمص وإدلب. في المقابل، "
        "قالت الوكالة الرسمية (سانا) إن 18 من رجال الأمن قُتلوا في تفجيرات وقعت في أماكن متفرقة.\n"
        "وبحسب لجان التنسيق، ضمّت حصيلة الجمعة أطفالاً ونساء، وتصدرت حمص القائمة بـ14 قتيلاً، تلتها إدلب بتسعة قتلى "
        "ينحدر أكثرهم من قرية الرامي، ثم دمشق بسبعة، منهم ثلاثة في دف الشوك، واثنان في حي التضامن ومثلهما في حي الميدان. أما "
        "بقية الضحايا فتوزعوا بين محافظة حلب (أربعة، أغلبهم في مدينة الباب) ودوما في ريف دمشق (اثنان)، إضافة إلى قتيل في "
        "البوكمال بمحافظة دير الزور وآخر في درعا.\n"
        "وفي رواية أخرى، قال نشطاء إن ثلاثة أشخاص قُتلوا وأصيب تسعة في الأقل، بعضهم بجروح بالغة، في حي التضامن بدمشق.",
        [E("casualties", Q("57", 57, None, True, nth=1), None, "2012-04-20", "لجان التنسيق المحلية السورية", GOV,
           kind="aggregate",
           note="the Friday's national toll (shelling and shooting: casualties); «في الأقل» after the noun: open "
                "bound; the per-city tolls are its breakdown (told as the toll's distribution, no act of their own); "
                "the protests name no place"),
         E("shelling", None, PL("الخالدية", "Al-Khalidiyah", "Homs"), "2012-04-20", "ناشطون", GOV,
           note="«خلال الليل» in a report of Friday: dated to the Friday"),
         E("explosion", None, PL("القابون", "Al-Qaboun", "Damascus"), "2012-04-20", "ناشطون", None,
           note="blasts heard, no toll, nobody named; same activists' sentence"),
         E("explosion", Q("18", 18), None, "2012-04-20", "الوكالة الرسمية (سانا)", None, kind="aggregate",
           note="SANA's own toll of security men in bombings «in scattered places»: a sum over several bombings with "
                "no place, one cause (explosion)"),
         E("casualties", Q("ثلاثة", 3, nth=1), PL("التضامن", "Al-Tadamon", "Damascus", nth=1), "2012-04-20", "نشطاء",
           None, note="another telling for Tadamon (3 dead, 9 wounded) beside the LCC's two: an incident of its own "
                      "with no act named (casualties); the wounded are not the figure; a second coder may fold it into "
                      "the LCC breakdown")])

passage("kd05", "2013-11-09", "Al-Wafd (AFP)", "an AFP relay of SOHR and its director: a base retaken, the dead of both "
        "sides; page: https://alwafd.news/عالمـي/569568-المعارضة-السورية-تستعيد-قاعدة-عسكرية-بحلب",
        "المعارضة السورية تستردّ «اللواء 80» قرب مطار حلب\n"
        "السبت 9 تشرين الثاني/نوفمبر 2013 - بيروت (أ ف ب)\n"
        "تمكّن مقاتلو المعارضة ومعهم جهاديون من انتزاع قاعدة عسكرية مهمتها تأمين مطار حلب الدولي شمالي سورية مجدداً، "
        "بعدما كانت القوات الحكومية قد توغلت في أقسام منها إثر معارك ضارية، بحسب ما أورده المرصد السوري لحقوق الإنسان "
        "السبت.\n"
        "وأوضح رامي عبد الرحمن، الذي يدير المرصد، أن مواجهات شرسة دارت مساء الجمعة بين الجيش النظامي، الذي سانده ضباط من «حزب "
        "الله» اللبناني، من جهة، ومسلحي المعارضة وجهاديين من «الدولة الإسلامية في العراق والشام» و«جبهة النصرة» من جهة "
        "ثانية.\n"
        "وأضاف أن المعارضين والجهاديين استطاعوا بنتيجة هذه المعارك بسط سيطرتهم مجدداً على معظم مقر «اللواء 80» الملاصق "
        "لمطار حلب الدولي، وهو الموقع الذي كان الجيش قد انتزع أجزاء منه في وقت سابق.\n"
        "وبحسب عبد الرحمن، حصدت المواجهات أرواح 53 شخصاً، هم 22 من مقاتلي المعارضة و11 من الجهاديين و20 من عناصر "
        "القوات النظامية، فيما لم يتمكن المرصد من إحصاء قتلى «حزب الله» الشيعي الحليف لدمشق.",
        [E("territory_change", Q("53", 53), PL("اللواء 80", "Brigade 80 base", "Aleppo"), "2013-11-08",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="a base retaken after the Friday evening clashes at it: one event (set 48 dd19), the taking, with the "
                "fighting's dead of both sides as its figure (22, 11 and 20 are the breakdown); the base is the "
                "facility (its unit's number is a name), the airport a neighbour; the army's earlier advance into the "
                "base is a recall with no day, not coded; agent the rebels (with ISIS and Nusra)")])

passage("kd06", "2014-02-11", "Akhbar Al-Aan", "a reporter's item from a taken checkpoint, with a fighter's words; "
        "reporter's name invented; "
        "page: https://akhbaralaan.net/news/arab-world/2014/02/12/syria-rebels-control-barriers-hama-mork-town",
        "الثوار يسيطرون على حاجزين شمال مورك ويتقدمون على الطريق الدولي\n"
        "ريف حماة، 11 شباط/فبراير 2014 (أخبار الآن - مازن حمدان)\n"
        "بسط الثوار أمس سيطرتهم على حاجزي «الكتيبة» و«المداجن» الواقعين إلى الشمال من بلدة مورك في ريف حماة، وبات الطريق "
        "الدولي بذلك في قبضتهم من أطراف محافظة إدلب الجنوبية وصولاً إلى صوران، حيث تتواصل معارك عنيفة.\n"
        "ومن داخل حاجز المداجن، يروي مراسلنا أن مقاتلي الجيش الحر اقتحموا الحاجزين في مثل هذه الساعة من يوم أمس، علماً أن "
        "حاجز الكتيبة موقع لكتيبة مدفعية كانت تضم خمس دبابات. ودُمّرت في حاجز الكتيبة دبابة من طراز T72، وتظهر في المداجن "
        "دبابة ثانية مدمرة، كما غنم المقاتلون دبابتين من الطراز ذاته وكميات ضخمة من السلاح والذخيرة، وقتلوا ما يزيد على "
        "أربعة عشر جندياً، ليمدّوا نفوذهم مسافة إضافية شمالاً على طريق دمشق - حلب الدولي.\n"
        "ويقول أبو حمزة، وهو أحد مقاتلي الجيش الحر في المكان، إن دبابة T72 دُمّرت هنا وأخرى مثلها في حاجز المداجن، إلى "
        "جانب عربتين من نوع «بي إم بي».",
        [E("territory_change", Q("ما يزيد على أربعة عشر", 14, None, True), PL("مورك", "Morek", "Hama"), "2014-02-10",
           "مراسلنا", FSA,
           note="two checkpoints north of Morek stormed the day before: one taking, placed at the town the "
                "checkpoints are named by (not listed sites); its figure the soldiers killed in it (tanks destroyed "
                "and seized are part of it); the lead names no source, the reporter's telling comes back to it (a "
                "second coder may give the outlet); the road held «up to Souran» is a state"),
         E("armed_clash", None, PL("صوران", "Souran", "Hama"), "2014-02-11", None, None,
           note="fighting going on in Souran (present tense): the publication day; two sides, no actor1")])

passage("kd07", "2015-04-26", "Al-Watan (Bahrain)", "agencies item: a city taken (SOHR and its director), the raids "
        "after it, detainees executed; published date inferred (Saturday's taking told as «أمس»); "
        "page: https://alwatannews.net/article/527220/نظام-الأسد-يخسر-جسر-الشغور-الاستراتيجية-شمال-سوريا",
        "جسر الشغور تسقط بيد «النصرة» والمرصد يتحدث عن إعدام 23 معتقلاً\n"
        "عواصم - (وكالات): أحكمت «جبهة النصرة» وفصائل إسلامية مسلحة أمس قبضتها على كامل مدينة جسر الشغور ذات الموقع "
        "الاستراتيجي في شمال غرب سوريا، في خسارة قاسية للنظام قد تفتح الطريق أمام تهديد معاقل رئيسية أخرى له. وتعرضت "
        "المدينة بعد ذلك لغارات شنتها طائرات النظام وأوقعت 10 قتلى بينهم مدنيون، فيما أعلن المرصد السوري لحقوق الإنسان أن "
        "عناصر النظام «أعدموا» 23 معتقلاً كانوا محتجزين لدى فرع الأمن العسكري قبيل انسحابهم.\n"
        "وقال رامي عبد الرحمن، مدير المرصد، إن «جبهة النصرة والكتائب الإسلامية باتت تسيطر على جسر الشغور بالكامل إثر "
        "قتال ضارٍ مع قوات النظام بدأ الخميس الماضي».\n"
        "وأشار المرصد إلى وجود «60 جثة لعسكريين من قوات النظام ومسلحين موالين لها، بينهم ضباط» ملقاة في شوارع المدينة، "
        "سقط أصحابها في المعارك التي انتهت بسقوطها. وبعد خروج قوات النظام، شنّ الطيران غارات مكثفة على المدينة «قتلت 10 "
        "أشخاص من المدنيين والمقاتلين»، وفق المرصد. وفي سياق آخر، قال المرصد إن عناصر «شعبة المخابرات العسكرية في جسر "
        "الشغور بمحافظة إدلب» نفّذوا حكم الإعدام بـ23 معتقلاً قبل أن ينسحبوا.\n"
        "ونشرت «جبهة النصرة»، فرع تنظيم القاعدة في سوريا، عبر أحد حساباتها الرسمية على «تويتر» صورة تُظهر جثثاً داخل غرفة.",
        [E("territory_change", Q("60", 60), PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2015-04-25",
           "رامي عبد الرحمن، مدير المرصد", HTS,
           note="the city taken after fighting since Thursday; the 60 regime dead found in the streets are the "
                "battle's, so the taking's figure; the lead names no source, the director's telling comes back to it"),
         E("airstrike", Q("10", 10), PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2015-04-25", "المرصد", GOV,
           note="told in the lead and again with SOHR's words: one event; after the withdrawal, the same day"),
         E("casualties", Q("23", 23), PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2015-04-25",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="detainees executed before the withdrawal (told twice): a killing with no fight is casualties; the "
                "military intelligence branch is placed at its city (not a listed site); Nusra's photo is no event")])

passage("kd08", "2016-05-31", "CNN Arabic", "strikes blamed on Russia by SOHR and Moscow's denial, other fronts in "
        "the same item; page: https://arabic.cnn.com/amphtml/middleeast/2016/05/31/syria-hospital-strike",
        "معارضون سوريون: طائرات يُرجّح أنها روسية قصفت مستشفى في إدلب.. وموسكو تنفي الاتهام\n"
        "دبي، الإمارات (CNN) -- حمّل معارضون سوريون الطيران الروسي مسؤولية غارات عنيفة طالت مدينة إدلب "
        "التي تسيطر عليها فصائل المعارضة، وأصابت إحداها مستشفى في المدينة، فأوقعت عشرات القتلى والجرحى وسط توقعات "
        "بارتفاع الحصيلة، بينما احتدمت المعارك في دير الزور شرقي البلاد بين مقاتلي «داعش» والجيش السوري.\n"
        "وأفاد المرصد السوري لحقوق الإنسان، المنظمة المعارضة التي تتخذ من لندن مقراً، بأن قتلى الغارات ارتفعوا إلى 23 بينهم سبعة "
        "أطفال، واتهم المقاتلات الروسية بارتكاب «مجزرة» حين استهدفت ليل الاثنين بما يزيد على عشر ضربات محيط المشفى الوطني "
        "في إدلب وحديقة الجلاء ودوارات المتنبي والبيطرة والكستنا في قلب المدينة.\n"
        "وتوقع المرصد أن تزداد الحصيلة «نظراً إلى عشرات المصابين الذين يعاني بعضهم إصابات خطرة، ولوجود مفقودين ما زال "
        "البحث عنهم جارياً». وأضاف أن طائرات حربية أغارت صباح الثلاثاء على مواقع في بلدة كفرنبل في ريف معرة النعمان "
        "الغربي، في حين استهدفت الفصائل الإسلامية بالقذائف بلدتي كفريا والفوعة اللتين يسكنهما مواطنون شيعة. أما موسكو "
        "فنفت تنفيذ هذه الهجمات، ووجّهت الاتهام إلى منظمات المعارضة السورية.",
        [E("airstrike", Q("23", 23), PL("إدلب", "Idlib", "Idlib"), "2016-05-30", "المرصد السوري لحقوق الإنسان", RUS,
           note="more than ten strikes on Monday night over a list of landmarks inside the city (the hospital area, a "
                "park, roundabouts): one act placed at the city; the toll raised to 23 is the figure; agent as SOHR "
                "gives it (Russian jets); Moscow's denial inside the telling adds nothing (stop 32)"),
         E("armed_clash", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2016-05-31", None, IS,
           note="fighting raging at the time of writing (the outlet's telling): the publication day"),
         E("airstrike", None, PL("كفرنبل", "Kafr Nabl", "Idlib"), "2016-05-31", "المرصد", None,
           note="Tuesday morning raids, no toll; unnamed warplanes; SOHR's «وأضاف»"),
         E("shelling", None, PL("كفريا", "Kafriya", "Idlib"), "2016-05-31", "المرصد", FSA,
           note="one act over two towns (Kafriya and Fuaa, group, at the first); «the Islamic factions» coded as the "
                "opposition factions; same SOHR sentence, dated by it")])

passage("kd09", "2017-04-23", "Enab Baladi", "two abductions and a counter-abduction told from local pages and Suwayda "
        "24; names invented; page: https://enabbaladi.net/145299/50-مليون-ليرة-فدية-شيخ-وشاب-في-السويداء",
        "السويداء: 50 مليون ليرة فدية يطلبها خاطفو شيخ وشاب\n"
        "يطالب خاطفو شيخ وشاب من محافظة السويداء بفدية تبلغ في مجموعها 50 مليون ليرة سورية لقاء الإفراج عنهما، وذلك في "
        "حادثتين لا رابط بينهما تكشفان تدهور الوضع الأمني في المحافظة.\n"
        "وذكرت صفحات وحسابات محلية على وسائل التواصل الاجتماعي أن الشيخ سلمان الحجار، ابن قرية الثعلة، خُطف في 21 من "
        "نيسان الحالي أثناء قيادته دراجة نارية إلى الجنوب من القرية.\n"
        "وذكرت صفحة «السويداء 24» في منشور لها اليوم (الأحد 23 نيسان) أن الخاطفين اشترطوا دفع 20 مليون ليرة لإطلاق سراح الشيخ "
        "البالغ من العمر سبعين عاماً، قبل أن تعود الجهة الخاطفة، التي لم تُكشف هويتها بعد، وتخفض المبلغ المطلوب إلى عشرة "
        "ملايين ليرة.\n"
        "وفي مساء يوم الجمعة 21 نيسان، انقطع الاتصال بالشاب رامي عزام المتحدر من قرية الطيرة في المحافظة، ثم تلقت عائلته مكالمة "
        "من شخص أعلن مسؤوليته عن خطفه، وطلب 40 مليون ليرة ثمناً لحريته.\n"
        "وردّ أقارب عزام بخطف ثلاثة مدنيين يتحدرون من درعا، غير أن وجهاء القرية سارعوا إلى التدخل وأطلقوا سراحهم، لعدم "
        "التيقن من هوية الخاطفين حتى الآن، بحسب «السويداء 24».\n"
        "ومنذ العام الماضي تشهد السويداء حوادث خطف وقتل استهدفت مدنيين، يرى بعضهم أنها نتيجة تقاعس الأجهزة الأمنية في "
        "المحافظة.",
        [E("arrest", None, PL("الثعلة", "Al-Tha'la", "As-Suwayda"), "2017-04-21", "صفحات وحسابات محلية", UNK,
           note="TYPE CALL: an abduction by an unknown party coded as arrest (as set 73 je33; ACLED abduction); one "
                "man, no figure; the ransom sums are money, not figures"),
         E("arrest", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2017-04-21", "السويداء 24", UNK,
           note="the young man's abduction: Tira is where he is from, the item places both abductions «in Sweida» "
                "(the governorate); the sentence names no source, the Suwayda 24 report goes on (carried)"),
         E("arrest", Q("ثلاثة", 3), PL("الطيرة", "Al-Tira", "As-Suwayda"), "2017-04-21", "السويداء 24", None,
           note="the relatives' counter-abduction of three Daraa civilians, freed by the village's notables: placed "
                "at the village (Daraa is where the three came from); no day of its own, dated with the abduction it "
                "answered; the kidnappings since last year are a state")])

passage("kd10", "2018-03-18", "Deyar Al-Naqab", "a city taken as announced by Turkey's president, Hawar's toll of a "
        "strike, a Turkish channel on a commander's death; page: https://deyaralnagab.com/print.php?content=20&id=10734",
        "الجيشان التركي والحر يدخلان مركز عفرين.. ووفاة قائد مشاة «غصن الزيتون»\n"
        "عفرين - سوريا، 18 آذار/مارس 2018\n"
        "قال رجب طيب إردوغان، الرئيس التركي، اليوم الأحد إن القوات المشاركة في عملية «غصن الزيتون» أحكمت سيطرتها على مركز "
        "مدينة عفرين بأكمله، ورفعت العلم التركي في وسطها. وجاء الإعلان في خطاب ألقاه إردوغان أثناء حضوره مراسم إحياء ذكرى "
        "قتلى معركة «جناق قلعة» في الولاية التي تحمل الاسم نفسه غرب تركيا.\n"
        "وتداول مستخدمو مواقع التواصل أولى الصور التي تُظهر مقاتلي فصائل «الجيش السوري الحر» التي تدعمها أنقرة وهم يدخلون قلب "
        "عفرين ويبلغون دوار كاوا، عقب الإعلان عن السيطرة التامة على مركز المدينة اليوم. وتبدو في الصور عناصر من فصائل "
        "المعارضة ترافقها دبابات وعربات مدرعة، وهي تنزع الرموز الكردية من الصور والرايات والتماثيل.\n"
        "من جهتها، قالت وكالة «هاوار» الكردية السورية إن عدد قتلى القصف الذي نفذته، بحسبها، طائرات حربية تركية على "
        "المستشفى الرئيسي في عفرين ارتفع إلى 15 قتيلاً.\n"
        "وفي سياق متصل، أوردت قناة «خبر ترك» أن قائد المشاة في عملية «غصن الزيتون» مدحت دونجي توفي اليوم الأحد متأثراً "
        "بجروح بليغة أصيب بها في الخامس عشر من الشهر الجاري خلال مواجهات مع المقاتلين الأكراد في عفرين.",
        [E("territory_change", None, PL("عفرين", "Afrin", "Aleppo"), "2018-03-18", "رجب طيب إردوغان، الرئيس التركي", TUR,
           note="the city centre taken (Turkish forces with the FSA); Canakkale is where the speech was given; the "
                "roundabout is a landmark of the city; the symbols removed are part of the entry"),
         E("airstrike", Q("15", 15), PL("عفرين", "Afrin", "Aleppo"), None, "وكالة «هاوار» الكردية السورية", TUR,
           note="a raised toll of a strike on the city's main hospital (unnamed: placed at the city); the strike's day "
                "is not given"),
         E("armed_clash", None, PL("عفرين", "Afrin", "Aleppo"), "2018-03-15", "قناة «خبر ترك»", TUR,
           note="the clash in which the commander was wounded, recalled with its own day (the 15th); his death of "
                "wounds belongs to it (one dead, no figure); a second coder may leave it out")])

passage("kd11", "2019-01-22", "Emaratyah", "Israeli strikes told by SANA's military source and Moscow, and a bombing "
        "the same day; published date inferred (the strikes of Sunday night told as «فجر أمس»); "
        "page: https://www.emaratyah.ae/1232230.html",
        "قصف إسرائيلي كثيف على محيط دمشق.. وتفجير انتحاري يستهدف رتلاً أمريكياً\n"
        "نفذت إسرائيل فجر أمس ضربات جوية مكثفة على سوريا خلّفت عدداً من الضحايا، في حين قال الجيش الروسي إن الدفاعات "
        "الجوية السورية اعترضت معظم الصواريخ الإسرائيلية التي انطلقت من الأجواء اللبنانية ومن هضبة الجولان المحتلة.\n"
        "وفي التوقيت ذاته، قُتل خمسة من مقاتلي «قوات سوريا الديمقراطية»، كما جُرح جنديان من القوات الأمريكية، جراء هجوم انتحاري استهدف "
        "رتلاً لقوات أمريكية ضمن التحالف الدولي في شمال شرقي سوريا.\n"
        "ونقلت وكالة «سانا» الرسمية عن مصدر عسكري قوله إن المضادات الجوية اعترضت، في الليلة الفاصلة بين الأحد "
        "والاثنين، صواريخ معادية أُطلقت باتجاه مواقع عدة حول العاصمة دمشق، بينما أفادت موسكو بأن تلك الدفاعات أسقطت "
        "القسم الأكبر من الصواريخ البالغ عددها 30.\n"
        "موجات متلاحقة\n"
        "وأضاف المصدر العسكري أن «العدو الإسرائيلي شنّ هجوماً عنيفاً من البر والجو، مستخدماً الصواريخ الموجهة في موجات "
        "متتابعة».",
        [E("airstrike", Q("30", 30), PL("دمشق", "Damascus", "Damascus"), "2019-01-21", "مصدر عسكري", ISR,
           note="one strike wave on sites around the capital (lead, SANA's source, Moscow's figure and the source's "
                "words are one event); the victims are not numbered, so the missiles are its count; Lebanon's "
                "airspace and the Golan are where the missiles came from"),
         E("explosion", Q("خمسة", 5), PL("شمال شرقي سوريا", "North-eastern Syria", None), "2019-01-21", None, None,
           note="a suicide bombing on a US convoy «at the same time»: dated with the strikes; the SDF dead are the "
                "figure, the two US wounded are not; nobody named as bomber; the outlet's telling")])

passage("kd12", "2019-08-17", "Assahifa (via Maghress)", "SOHR relayed by international media: the day's total, two "
        "strikes, three-month tallies, the UN's displaced, the war's toll; published date inferred (the Has camp "
        "strike of Friday 16 August 2019); page: https://maghress.com/assahifa/13234",
        "15 قتيلاً على الأقل في غارات على شمال غرب سوريا بينهم 13 في مخيم للنازحين\n"
        "قُتل ما لا يقل عن 15 شخصاً جراء غارات جوية ضربت شمال غرب سوريا الجمعة، وفق حصيلة أعلنها المرصد السوري لحقوق الإنسان.\n"
        "ونقلت وسائل إعلام دولية عن المرصد، الذي يتخذ من لندن مقراً، أن «13 مدنياً، منهم أربعة أطفال، لقوا حتفهم في قصف "
        "روسي طال مخيماً يؤوي نازحين في بلدة حاس بريف إدلب الجنوبي». وأضافت المصادر نفسها أن غارات أخرى على قرية الغدفة "
        "في ريف معرة النعمان وعلى مدينة أريحا بريف إدلب الجنوبي، عزاها المرصد إلى «مقاتلات النظام السوري وحليفه الروسي "
        "كذلك»، أدت إلى «مقتل طفلين وجرح 23 شخصاً».\n"
        "واستناداً إلى أرقام سبق أن نشرها المرصد، أودى التصعيد خلال الأشهر الثلاثة الأخيرة بحياة ما يزيد على 820 مدنياً "
        "وأكثر من ألف من مقاتلي الفصائل، في مقابل ما يزيد على 900 من عسكريي النظام ومن يقاتل معه من المسلحين، بينما "
        "تخطى عدد الفارين من المعارك 400 ألف شخص بحسب تقديرات الأمم المتحدة.\n"
        "وكانت إدلب والمناطق المحيطة بها قد نعمت بهدوء نسبي بفضل اتفاق روسي - تركي، قبل أن تتحول منذ أواخر نيسان/أبريل "
        "الماضي إلى هدف لغارات وقصف يكاد يكون يومياً، رافقتها معارك ضارية بين قوات النظام والفصائل المسلحة "
        "كان مركز ثقلها ريف حماة الشمالي. وقد أدى النزاع الذي اندلع في سوريا عام 2011 إلى مقتل ما يزيد على 370 ألف شخص وإلى دمار واسع.",
        [E("airstrike", Q("ما لا يقل عن 15", 15, None, True), PL("شمال غرب سوريا", "North-western Syria", None),
           "2019-08-16", "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="the day's total over the region (one cause: airstrike), whose parts are the two strikes below; the "
                "open bound coded approx as the seen sets do"),
         E("airstrike", Q("13", 13, nth=1), PL("حاس", "Has", "Idlib"), "2019-08-16", "المرصد", RUS,
           note="relayed: international media quoting SOHR, the source quoted is the source; the camp is placed at "
                "its town; four children are a breakdown"),
         E("airstrike", None, PL("الغدفة", "Al-Ghadfa", "Idlib"), "2019-08-16", "المرصد", GOV,
           note="one telling for al-Ghadfa and Ariha (group, at the first); «طفلين» is a dual (no figure), the 23 "
                "wounded are not the figure; agent the regime, first of the two SOHR names"),
         E("casualties", Q("ما يزيد على 820", 820, None, True), None, None, "المرصد", None, kind="aggregate",
           note="the escalation's three-month toll (strikes, shelling, clashes: casualties); no total given, the "
                "first category numbered is the figure (fighters over 1000 and regime forces over 900 are the "
                "others); Idlib is named in the next sentence, this one names no place"),
         E("other", Q("400 ألف", 400000, None, True), None, None, "الأمم المتحدة", None, kind="aggregate",
           note="the displaced, a bound by the verb «تخطى» (open, approx)"),
         E("casualties", Q("ما يزيد على 370 ألف", 370000, None, True), None, None, None, None, kind="aggregate",
           note="the war's running toll since 2011, the outlet's boilerplate; the calm under the Russian-Turkish deal "
                "and the daily raids since April are background states")])

passage("kd13", "2020-02-03", "Al-Watan (Saudi, via Sauress)", "Turkish soldiers killed, Ankara's answer and "
        "Erdogan's claim denied by Damascus, Russian raids told by SOHR; published date inferred (the Turkish dead "
        "raised from four to five and Erdogan's claim of 30-35, 3 February 2020); page: https://sauress.com/alwatan/1035683",
        "قتلى أتراك بقصف للنظام في إدلب.. وأنقرة ترد\n"
        "يتوالى سقوط قتلى من الجنود الأتراك داخل محافظة إدلب بسوريا إثر التصعيد الخطير الذي مضى فيه الرئيس التركي رجب طيب "
        "إردوغان، والذي انتهى به مع نهاية النهار إلى مطالبة روسيا بالوفاء بتعهداتها في إدلب. فقد تبادلت القوات السورية "
        "والتركية إطلاق النار في المحافظة اليوم، في تصعيد غير مسبوق أوقع قتلى لدى الجانبين، بينما تواصل دمشق، بإسناد "
        "روسي، قضم مناطق تسيطر عليها هيئة تحرير الشام وفصائل أخرى في الشمال الغربي.\n"
        "ويخلّف التصعيد المتواصل لقوات النظام وحليفتها موسكو مزيداً من الضحايا، إذ قُتل 12 مدنياً، بينهم أربعة أطفال، في "
        "غارات روسية، بحسب المرصد السوري لحقوق الإنسان.\n"
        "ومن جانبها، أعلنت أنقرة أن خمسة من جنودها ومدنياً متعاقداً مع جيشها قُتلوا في قصف مدفعي نفذته قوات النظام على مواقع قواتها "
        "المنتشرة في محافظة إدلب، فسارعت إلى الرد بضرب مواقع للجيش السوري، وطالبت موسكو، حليفة دمشق، بألا «تعرقل» ردها. "
        "وكانت أنقرة قد تحدثت في وقت سابق عن أربعة قتلى من عسكرييها.\n"
        "وقال إردوغان، خلال مؤتمر صحافي عقده في إسطنبول، إن «مقاتلاتنا من طراز إف-16 ومدفعيتنا تقصف حالياً أهدافاً رصدتها "
        "أجهزة استخباراتنا»، مؤكداً أن الضربات قتلت ما بين 30 و35 من عناصر قوات النظام، وهو ما نفته دمشق.",
        [E("shelling", Q("خمسة", 5), PL("محافظة إدلب", "Idlib governorate", "Idlib"), "2020-02-03", "أنقرة", GOV,
           note="the regime's artillery on Turkish positions: the figure is the latest count of soldiers (five, raised "
                "from four); the contractor is singular (no figure); the exchange of fire in the lead is this and the "
                "answer below"),
         E("shelling", Q("ما بين 30 و35", 30, 35), None, "2020-02-03", "إردوغان", TUR,
           note="Turkey's answer by F-16s and artillery: one act, typed shelling (a second coder may type it "
                "airstrike); the 30-35 dead are Erdogan's claim, Damascus's denial inside the telling adds nothing; "
                "no place named for the targets; Istanbul is where he spoke"),
         E("airstrike", Q("12", 12), None, "2020-02-03", "المرصد السوري لحقوق الإنسان", RUS,
           note="Russian raids, no place named in the item; four children are a breakdown"),
         E("statement", None, None, "2020-02-03", "أنقرة", TUR,
           note="Ankara's call on Moscow not to obstruct its answer (the lead's «asking Russia to honour its "
                "commitments» is the same stance): a named body's call (stop 32); Damascus's advance on HTS areas is "
                "an ongoing state with no place, not coded")])

passage("kd14", "2021-08-20", "The Levant News", "a drone strike told by Hawar's pictures and the military council's "
        "statement, with its week of shelling; published date from «أمس الخميس» (19 August 2021); page: "
        "https://thelevantnews.com/article/تل-تمر-قتلى-وجرحى-في-قسد-بينهم-قياديين",
        "تل تمر: قتلى وجرحى من «قسد» بينهم قياديون في ضربة لمسيّرة تركية\n"
        "نشرت وكالة «هاوار» الكردية صوراً تُظهر الدمار الذي أصاب مقر العلاقات التابع لمجلس تل تمر العسكري ومنازل مدنيين "
        "محيطة به، جراء الغارة التي نفذتها طائرة تركية مسيّرة على المقر عند السادسة من مساء أمس الخميس.\n"
        "وأعلن مجلس تل تمر العسكري أن أربعة من أعضائه قُتلوا وأصيب آخرون في الغارة، مشدداً في بيان أصدره حول الحادثة على "
        "أنه لن يبقى مكتوف اليدين أمام هذه الاعتداءات، انطلاقاً من حقه في الدفاع المشروع عن النفس.\n"
        "وتضمن البيان، الذي صدر مساء الخميس، حصيلة أسبوع كامل من الهجمات التركية على ناحيتي تل تمر وزركان، إلى جانب "
        "الغارة التي استهدفت مقر المجلس في مدينة تل تمر. ومما ورد فيه أن قوات الاحتلال التركي والمرتزقة التابعين لها "
        "يواصلون منذ أسبوع اعتداءاتهم على قوات المجلس الملتزمة باتفاق وقف إطلاق النار وعلى الأهالي، إذ تعرضت بلدة تل تمر "
        "وقراها، وبلدة زركان (أبو راسين) وقراها، وقرى الدردارة ومزارعها، وقبور القراجنة ومسلطة وقبر الصغير والشيخ علي، "
        "لقصف عنيف لم يتوقف.\n"
        "وأضاف البيان أن القوات التركية شنّت في السادسة من مساء اليوم (19 آب/أغسطس 2021) هجوماً جوياً على مركز المجلس "
        "العسكري في تل تمر، ما أدى إلى مقتل أربعة من رفاقه وجرح آخرين وإلحاق أضرار.",
        [E("airstrike", Q("أربعة", 4), PL("تل تمر", "Tell Tamr", "Al-Hasakah"), "2021-08-19", "مجلس تل تمر العسكري",
           TUR, note="a Turkish drone on the council's office (told by Hawar's pictures, the council and its statement: "
                     "one event); the office is placed at its town; the wounded are not the figure; the statement's "
                     "«اليوم» is dated by its own date"),
         E("shelling", None, PL("تل تمر", "Tell Tamr", "Al-Hasakah", nth=5), None, "مجلس تل تمر العسكري", TUR,
           note="a week of shelling on a list of towns and villages (Tell Tamr, Zarkan, Dardara, ...: group, at the "
                "first); no day and no figure; a second coder may code it as an aggregate"),
         E("statement", None, None, "2021-08-19", "مجلس تل تمر العسكري", SDF,
           note="the council's threat not to stand idle (stop 32: a named body's threat is a statement), issued on "
                "Thursday")])

passage("kd15", "2022-12-28", "SHRC", "a rights group's day of Daraa killings with the last month's tally; names "
        "invented; page: https://www.shrc.org/?p=38292",
        "اغتيالات جديدة في درعا: مقتل ناشط سابق وشاب وإصابة آخر مع طفل\n"
        "لقي خالد سليم العودة حتفه اليوم، وهو الأربعاء 28 كانون الأول/ديسمبر 2022، بانفجار عبوة ناسفة استهدفته بينما كان في "
        "عمله ببلدة بصر الحرير في ريف درعا الشرقي. وكان العودة قد عمل ناشطاً ميدانياً قبل أن تبسط قوات النظام سيطرتها على "
        "المحافظة في منتصف عام 2018.\n"
        "(صورة: الضحية خالد سليم العودة، قتيل بصر الحرير اليوم)\n"
        "وفي فجر اليوم نفسه، قُتل الشاب مهند ياسين الزعبي برصاص أطلقه عليه مسلحون مجهولون في مدينة طفس بريف درعا "
        "الغربي.\n"
        "كما أصيب ماهر عدنان الشرع بجروح بعدما أطلق مجهولون النار عليه في مدينة جاسم بريف درعا الشمالي، وجُرح معه طفل كان "
        "يقف على مقربة منه.\n"
        "وكان شهر تشرين الثاني الماضي قد شهد توثيق 27 عملية ومحاولة اغتيال في المحافظة، قُتل فيها 21 شخصاً وأصيب 9 "
        "آخرون بجروح متفاوتة، في حين نجا 4 من المستهدفين.\n"
        "وتتزامن هذه الهجمات مع موجة جديدة من التظاهرات الشعبية في درعا، يندد فيها الأهالي بممارسات الأجهزة الأمنية "
        "القمعية، من ملاحقات واغتيالات تطال أبناء المحافظة، ويطالبون بطرد الميليشيات التابعة لإيران من جنوب سوريا "
        "وبالإفراج الفوري عن المعتقلين في سجون النظام.",
        [E("explosion", None, PL("بصر الحرير", "Busra al-Harir", "Daraa"), "2022-12-28", None, None,
           note="an IED killing one man (no figure); nobody named; the outlet's telling; the photo caption retells it"),
         E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), "2022-12-28", None, UNK,
           note="a killing by unknown gunmen is an armed clash (stop 30); one dead, no figure"),
         E("armed_clash", None, PL("جاسم", "Jasim", "Daraa"), "2022-12-28", None, UNK,
           note="a shooting that only wounds (a man and a child): no figure; no day of its own, told in the day's "
                "report (dated by it)"),
         E("armed_clash", Q("21", 21), PL("درعا", "Daraa", "Daraa"), "2022-11", None, None, kind="aggregate",
           note="November's tally of assassinations and attempts in the governorate: one cause (assassination, armed "
                "clash by stop 30), its dead the figure (27 operations, 9 wounded, 4 survivors are other numbers); "
                "the wave of protests has no day or place of its own, not coded")])

passage("kd16", "2023-06-27", "Eye of Euphrates", "an IS killing claimed by IS, a grenade, IS's week of claims; names "
        "invented; page: https://eyeofeuphrates.com/ar/news/2023/06/27/8965",
        "هجوم لـ«داعش» يوقع قتيلاً من «قسد» في ريف دير الزور\n"
        "لقي أحد عناصر «قوات سوريا الديمقراطية» (قسد) مصرعه أمس الاثنين في هجوم مسلح شنته خلايا تابعة لتنظيم «داعش» "
        "بريف دير الزور.\n"
        "وأعلن التنظيم عبر معرفاته مسؤوليته عن قتل سالم خلف العبيد، وهو من أبناء بلدة الصور في الريف الشمالي لدير الزور "
        "ويعمل في صفوف «قسد»، بعدما استهدفته خلاياه عند حاجز البلدية القائم في بريهة، البلدة الواقعة شرق المحافظة.\n"
        "وفي حادثة أخرى ذات صلة، ألقى مسلحون مجهولون يركبون دراجة نارية قنبلة يدوية باتجاه منزل فواز حمد، رئيس الكومين في "
        "المجلس المحلي الذي تديره «قسد»، في ذيبان، شرقي دير الزور، من دون أن يُصاب أحد.\n"
        "وكان «داعش» قد بث على معرفاته الرسمية الأحد الماضي تسجيلاً مصوراً بعنوان «صناع الملاحم» يعرض هجمات نفذتها "
        "خلاياه على «قسد».\n"
        "كما تبنّى التنظيم، الجمعة الماضية، سبع هجمات في سوريا خلال أسبوع واحد، قال إنها أوقعت 19 قتيلاً وجريحاً من "
        "عناصر «قسد» والقوات الحكومية، موزعة على دير الزور والحسكة والرقة، إضافة إلى ريف حماة.",
        [E("armed_clash", None, PL("بريهة", "Buraiha", "Deir ez-Zor"), "2023-06-26", "التنظيم", IS,
           note="one SDF man killed at a checkpoint (no figure); the lead names no source, IS's claim comes back to it; "
                "al-Sour is where he came from; the checkpoint is placed at its town"),
         E("explosion", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), None, None, UNK,
           note="a hand grenade on a commune head's house, no one hurt; «في حادثة أخرى ذات صلة» gives no day"),
         E("armed_clash", Q("سبع", 7), None, None, "التنظيم", IS, kind="aggregate",
           note="IS's weekly claim of seven attacks in four governorates (no place): the 19 killed and wounded "
                "together are not a death figure, so the attacks are the count; the video is no event")])

passage("kd17", "2024-06-01", "SNHR", "a monthly report under a headline about another incident (the page's own "
        "headline); page: https://media.snhr.org/blog/2024/06/01/النظام-السوري-يقتل-3-مدنيين-من-أسرة-واحد",
        "النظام السوري يقتل ثلاثة مدنيين من عائلة واحدة بالريف الغربي لحلب\n"
        "2024\n"
        "أصدرت الشبكة السورية لحقوق الإنسان اليوم تقريرها عن شهر أيار/مايو المنصرم، ووثّقت فيه مقتل 47 مدنياً في سوريا، "
        "منهم 15 قضوا تحت التعذيب، وثمانية أطفال، وثلاث سيدات، كما رصدت حادثتي اعتداء على منشآت حيوية.\n"
        "وركّز التقرير، الواقع في 21 صفحة، على ضحايا التعذيب بصورة خاصة، وعلى حصيلة المجازر التي ارتكبتها جهات النزاع "
        "والقوى المسيطرة على الأرض خلال الشهر الماضي. وبحسبه، توزع ضحايا التعذيب الخمسة عشر على تلك الجهات: "
        "عشرة قضوا في معتقلات قوات النظام السوري، وثلاثة بأيدي هيئة تحرير الشام، وواحد لدى فصائل المعارضة المسلحة/الجيش "
        "الوطني، وآخر لدى «قسد».\n"
        "وأشار التقرير إلى أن النظام لم يُدرج في سجلات الوفيات بالسجل المدني مئات الآلاف ممن قتلهم منذ آذار/مارس 2011، "
        "واقتصر على منح شهادات وفاة لمن تنطبق عليهم شروط تضعها أجهزته الأمنية. ولفت إلى أن معظم العائلات عجزت عن استخراج "
        "شهادات وفاة لذويها، خشية أن يُربط اسمها بشخص كان معتقلاً لدى النظام وفارق الحياة تحت التعذيب.",
        [E("casualties", Q("ثلاثة", 3), PL("الريف الغربي لحلب", "Western Aleppo countryside", "Aleppo"), None, None, GOV,
           note="the page's own headline (not a glued link): three civilians of one family killed by the regime, no "
                "act and no day given (casualties, undated); a second coder may skip it as the body never returns "
                "to it"),
         E("casualties", Q("47", 47), None, "2024-05", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="May's civilian toll; children, women and the 15 dead of torture are inside it (breakdown), and the "
                "15's split by perpetrator is the breakdown's breakdown; the two attacks on facilities are a dual "
                "with no act named, not coded"),
         E("casualties", Q("مئات الآلاف", 200000, 900000, True), None, None, "التقرير", GOV, kind="aggregate",
           note="the regime's dead since March 2011 as the report puts it (a vague running total; a second coder may "
                "leave it as background)")])

passage("kd18", "2024-08-08", "Syriac Press", "an attack and its repulse told by the SDF media centre's statement, a "
        "recall; page: https://syriacpress.com/ar/2024/08/08/قسد-تحبط-هجوم-لقوات-النظام-في-ريف-دير-ال",
        "شرق دير الزور: «قسد» تتصدى لهجوم من قوات النظام وتلاحق المهاجمين\n"
        "بعد منتصف ليل الثلاثاء، هاجمت قوات النظام السوري مناطق في الريف الشرقي لمحافظة دير الزور، غير أن قوات سوريا "
        "الديمقراطية تصدت للهجوم وأحبطته، ثم شرعت في ملاحقة من تبقى من المهاجمين.\n"
        "وأكد المركز الإعلامي لـ«قسد» في بيان أن مجموعات تابعة لقوات النظام ولما يُعرف بـ«الدفاع الوطني» شنت، في وقت "
        "متأخر من مساء الثلاثاء وحتى صباح الأربعاء، هجوماً برياً تحت غطاء من القصف المدفعي وقذائف الهاون على المناطق "
        "الممتدة على ضفاف الفرات في الجهة الشرقية من دير الزور.\n"
        "وأوضح البيان أن مواجهات عنيفة اندلعت بين قوات مجلسي دير الزور وهجين العسكريين والمجموعات المهاجمة حول "
        "ذيبان واللطوة وأبو حمام. وأشار إلى مقتل مدنيين اثنين وجرح خمسة آخرين في حي اللطوة ببلدة ذيبان، إضافة إلى إصابة "
        "شخصين في مدينة الشحيل.\n"
        "وشدد البيان على أن «قسد» مارست حقها المشروع في حماية المنطقة وسكانها وردّت الهجوم، لافتاً إلى أنها تتعقب "
        "المجموعات المهاجمة في المواقع التي تسللت إليها، وأن عمليات التمشيط لم تنتهِ بعد.\n"
        "يُذكر أن ريف دير الزور الشرقي عاش قبل قرابة عام أحداثاً أمنية أطلقت «قسد» على إثرها حملة أمنية انتهت بالقضاء "
        "على مجموعة من الإرهابيين الذين سعوا إلى زعزعة الاستقرار وإثارة الفتنة في المنطقة.",
        [E("armed_clash", Q("اثنين", 2), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2024-08-07", "المركز الإعلامي لـ«قسد»",
           GOV, note="a ground attack under artillery and mortar cover, repelled: one event at the villages listed "
                     "(Dhiban, al-Latwa, Abu Hamam: group, at the first); its dead are the two civilians (the wounded "
                     "in Dhiban and al-Shuhayl are not the figure); «after midnight on Tuesday» is Wednesday; the "
                     "combing and chase are part of it; the campaign «about a year ago» is a recall with no day, not "
                     "coded")])

passage("kd19", "2025-03-08", "Akhbar Al-Youm", "SANA on an ambush, the authorities and the defence ministry's "
        "spokesman on the coast, residents on the killings; page: https://akhbaralyoom.com/article/85046",
        "مقتل عنصر من الأمن العام في كمين نصبه «فلول الأسد» بريف اللاذقية\n"
        "08-03-2025\n"
        "أخبار اليوم - نقلت وكالة الأنباء السورية «سانا» اليوم السبت أن عنصراً من إدارة الأمن العام قُتل وأصيب اثنان من زملائه "
        "في كمين استهدف دورية للإدارة في ريف اللاذقية، ونصبه عناصر من «فلول نظام الأسد».\n"
        "وأعلنت السلطات السورية اليوم تعزيز انتشار قواتها الأمنية في الساحل غربي البلاد، وفرض «السيطرة» في مناطق كانت "
        "مسرحاً لمواجهات، وذلك بعد مقتل مئات المدنيين خلال اليومين الماضيين.\n"
        "وتحدث سكان في المنطقة الساحلية عن عمليات قتل طالت مدنيين في أثناء حملات التمشيط والمواجهات مع الموالين للرئيس "
        "المخلوع بشار الأسد، التي اندلعت قبل يومين وتُعد الأعنف منذ إسقاطه في الثامن من كانون الأول/ديسمبر.\n"
        "وبحسب الوكالة، عززت قوى الأمن وجودها يوم السبت، ولا سيما في بانياس واللاذقية وجبلة، بغية «ضبط الأمن».\n"
        "من جهته، قال حسن عبد الغني، المتحدث باسم وزارة الدفاع، إن القوات التابعة للوزارة «استعادت السيطرة على "
        "المناطق التي تعرض فيها عناصر الأمن العام لاعتداءات غادرة»، ودعا كل الوحدات الميدانية المنضمة إلى مواقع القتال "
        "إلى التقيد الصارم بأوامر القادة العسكريين.",
        [E("armed_clash", None, PL("ريف اللاذقية", "Latakia countryside", "Latakia"), "2025-03-08",
           "وكالة الأنباء السورية «سانا»", LOYAL,
           note="an ambush on a patrol: one killed (no figure), two wounded (never the figure); agent the loyalists "
                "who laid it"),
         E("reinforcement", None, PL("بانياس", "Baniyas", "Tartus"), "2025-03-08", "الوكالة", NEWGOV,
           note="the authorities' reinforcement of the coast, told again by SANA with the cities (Baniyas, Latakia, "
                "Jableh: group, at the first)"),
         E("territory_change", None, PL("الساحل", "Syrian coast", None), "2025-03-08",
           "حسن عبد الغني، المتحدث باسم وزارة الدفاع", NEWGOV,
           note="control re-imposed over the areas of the attacks (the authorities' «بسط السيطرة» is the same act); "
                "the coast spans two governorates"),
         E("casualties", Q("مئات", 200, 900, True), PL("الساحل", "Syrian coast", None), None, None, None,
           kind="aggregate",
           note="hundreds of civilians killed over the past two days on the coast: a toll over a period with no act "
                "named and no perpetrator; the residents' telling of killings during sweeps is the same toll"),
         E("armed_clash", None, PL("المنطقة الساحلية", "Syrian coast", None), "2025-03-06", "سكان", NEWGOV,
           note="the sweeps and clashes with Assad loyalists that began two days before (the fiercest since 8 "
                "December, which is a time reference, not coded); agent the government forces sweeping"),
         E("statement", None, None, "2025-03-08", "حسن عبد الغني، المتحدث باسم وزارة الدفاع", NEWGOV,
           note="the spokesman's call on all field units to obey their commanders (stop 32: an official's call)")])

passage("kd20", "2025-04-29", "Mena Monitor", "an SDF statement on two IS attacks and their total, and Jaramana told "
        "by security sources; published date inferred (the Jaramana clashes of Tuesday 29 April 2025); "
        "page: https://mena-monitor.org/داعش-يضرب-مجددًا-مقتل-5-من-قسد-في-هجومي",
        "«داعش» يعاود الضرب: خمسة قتلى في صفوف «قسد» بهجومين في دير الزور\n"
        "مرصد مينا\n"
        "قالت «قوات سوريا الديمقراطية» في إعلان اليوم الثلاثاء إن خمسة من عناصرها قُتلوا وأصيب آخرون خلال اليومين "
        "الماضيين في هجومين منفصلين نفذهما «داعش» على أرض محافظة دير الزور في شرق البلاد، واعتبرتهما جزءاً من سلسلة "
        "منظمة من الهجمات الإرهابية التي تطال مناطق سيطرتها.\n"
        "وجاء في بيان لـ«قسد» أن الهجوم الأول طال موقعاً عسكرياً في الجزرات، البلدة الواقعة في الريف الغربي لدير الزور، بينما نُفذ الثاني "
        "بتفجير عربة عسكرية في بلدة ذيبان شرقي المحافظة.\n"
        "وأضاف البيان أن «قسد» شددت إجراءاتها الأمنية وكثفت دورياتها في أرجاء المنطقة، مع تزايد نشاط خلايا «داعش» ولا "
        "سيما في دير الزور، مؤكداً جاهزيتها لملاحقة العناصر الإرهابية الساعية إلى زعزعة أمن "
        "شمال شرقي سوريا.\n"
        "ويأتي هذا التصعيد في ظل توتر متصاعد تشهده البلاد على وقع مواجهات دامية بين مكونات محلية، حيث أفادت مصادر أمنية "
        "بمقتل ما يزيد على 12 شخصاً في جرمانا، المدينة ذات الأغلبية الدرزية المحاذية لدمشق، فجر الثلاثاء، في أحدث موجات العنف "
        "الطائفي الذي يواصل حصد الأرواح رغم تبدل موازين القوى عقب سقوط نظام بشار الأسد.",
        [E("casualties", Q("خمسة", 5, nth=1), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), None, "قوات سوريا الديمقراطية",
           IS, kind="aggregate",
           note="the SDF's total over two attacks of two kinds in two days (not split between them): an aggregate of "
                "its own beside the two incidents (several kinds of act: casualties); the governorate is its place"),
         E("armed_clash", None, PL("الجزرات", "Al-Jazrat", "Deir ez-Zor"), None, "بيان لـ«قسد»", IS,
           note="the attack on a military point; its own dead are not told apart; no day (within the two days)"),
         E("explosion", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), None, "بيان لـ«قسد»", IS,
           note="a military vehicle blown up; no figure or day of its own; the stepped-up patrols are a state"),
         E("armed_clash", Q("ما يزيد على 12", 12, None, True), PL("جرمانا", "Jaramana", "Rif Dimashq"), "2025-04-29",
           "مصادر أمنية", None,
           note="clashes between local components at dawn on Tuesday; Damascus is a bearing; no side named as "
                "actor1")])


def main() -> None:
    write("gold79.jsonl", P79)


if __name__ == "__main__":
    main()
