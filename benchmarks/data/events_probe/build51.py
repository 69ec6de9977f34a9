"""Build gold51.jsonl: held-out set 51 (ids hb01…), written by helper writer51 in stop 30, BEFORE any run on it.

Every passage was written anew for marsad, shaped like Arabic reporting on Syria 2018-2025 (real reporting was
read in the search tool's `pages` corpus for phrasing only, never copied); people, villages, figures and dates
are invented or varied. The writer read no code of marsad. Conventions: ../shared/data/news_dev/README.md and
this folder's README.md (one event per incident, deaths on the act that caused them, a list of places for one
act scored as one group at its first place, `count_surface` a gold quantity, `reported_by` the source named in
the text or null for the outlet). Judgement calls are in each event's `note`.

    python benchmarks/data/events_probe/build51.py      # rewrites gold51.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, DRUZE, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROIRAN, PROT, Q, RUS, SDF,  # noqa: E402
                   TUR, UNID, E, write)

P51 = []


def passage51(pid, published, outlet, style, text, events):
    P51.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage51("hb01", "2018-02-21", "SOHR", "SOHR toll update over a list of Ghouta towns; barrels on another town",
          "قال المرصد السوري لحقوق الإنسان إن حصيلة المدنيين الذين قضوا منذ فجر اليوم الأربعاء بغارات طائرات النظام "
          "الحربية على بلدات حمورية وسقبا وكفربطنا في الغوطة الشرقية المحاصرة ارتفعت إلى 31، بينهم سبعة أطفال. وأشار "
          "المرصد إلى أن مروحيات النظام ألقت كذلك براميل متفجرة على أطراف مدينة دوما بعد الظهر من دون أنباء عن إصابات، "
          "بينما لا يزال عناصر الدفاع المدني ينتشلون العالقين من تحت أنقاض المباني المنهارة.",
          [E("airstrike", Q("31", 31), PL("حمورية", "Hammouriyeh", "Rif Dimashq"), "2018-02-21",
             "المرصد السوري لحقوق الإنسان", GOV,
             note="a raised toll is the act's figure; one raid over three towns: a group scored at the first; the "
                  "children are a breakdown; «المحاصرة» is a state"),
           E("airstrike", None, PL("دوما", "Douma", "Rif Dimashq"), "2018-02-21", "المرصد", GOV,
             note="barrels from helicopters on another town: a separate act, no casualties, no figure")])

passage51("hb02", "2020-09-14", "SOHR", "SOHR: strikes by unidentified jets on pro-Iran militias; bodies and reinforcements moved",
          "أفاد المرصد السوري لحقوق الإنسان بارتفاع عدد قتلى الميليشيات الموالية لإيران إلى 16، بينهم ثمانية يحملون "
          "الجنسية العراقية، جراء غارات شنّتها ليل الأحد طائرات لم تُعرف هويتها، يُرجَّح أنها إسرائيلية، على مواقع "
          "ومستودعات أسلحة في بادية البوكمال قرب الحدود مع العراق. وأضاف المرصد أن سيارات إسعاف شوهدت تنقل الجثث نحو "
          "مدينة الميادين، في حين استقدمت الميليشيات تعزيزات من ريف دير الزور الغربي إلى المنطقة.",
          [E("airstrike", Q("16", 16), PL("بادية البوكمال", "Albu Kamal desert", "Deir ez-Zor"), "2020-09-13",
             "المرصد السوري لحقوق الإنسان", ISR,
             note="a hedged perpetrator («يُرجَّح أنها إسرائيلية»): agent as the text leans; the Iraqis are a breakdown; "
                  "Iran is the militias' patron; Mayadin is where the bodies went"),
           E("reinforcement", None, PL("بادية البوكمال", "Albu Kamal desert", "Deir ez-Zor"), "2020-09-14",
             "المرصد", PROIRAN,
             note="«المنطقة» is the Albu Kamal desert; the western countryside is where the reinforcements came from; "
                  "told in the present with no date word: published date")])

passage51("hb03", "2018-07-07", "Enab Baladi", "a deal with Russia the day before; a border crossing taken today; a future exit",
          "توصلت فصائل المعارضة في ريف درعا الشرقي إلى اتفاق مع الجانب الروسي، أمس الجمعة، خلال اجتماع عُقد في "
          "مدينة بصرى الشام، ينص على تسليم السلاح الثقيل والمتوسط على مراحل ودخول الشرطة العسكرية الروسية إلى بلدات "
          "المنطقة. وصباح اليوم، دخلت قوات النظام معبر نصيب على الحدود الأردنية وبسطت سيطرتها عليه إثر خروج مقاتلي "
          "الفصائل منه، وفق مراسل عنب بلدي في المحافظة. ومن المقرر أن يخرج الرافضون للاتفاق إلى الشمال السوري خلال الأيام "
          "المقبلة.",
          [E("agreement", None, PL("بصرى الشام", "Busra al-Sham", "Daraa"), "2018-07-06", None, None,
             note="the deal reached yesterday (dated): an incident of its own, placed at the meeting's town; two "
                  "parties, no actor1; the reporter is named in the next sentence for the crossing only (a second "
                  "coder could carry him back to the deal)"),
           E("territory_change", None, PL("معبر نصيب", "Nasib border crossing", "Daraa"), "2018-07-07",
             "مراسل عنب بلدي في المحافظة", GOV,
             note="a crossing is a place of its own; Jordan is a bearing; the factions' withdrawal is the same "
                  "incident; the exit of those refusing the deal is a future")])

passage51("hb04", "2019-05-14", "Syria TV", "Russian raids on a town and its hospital; launch base; barrels counted on a village",
          "قُتل خمسة مدنيين، بينهم امرأتان، وأصيب آخرون، اليوم الثلاثاء، جراء قصف جوي روسي استهدف بلدة معرة حرمة "
          "جنوبي إدلب، وطال أحد الصواريخ محيط المشفى الوحيد في البلدة فأخرجه عن الخدمة. وقال مراسل تلفزيون سوريا إن "
          "المقاتلات أقلعت من قاعدة حميميم في ريف اللاذقية ونفّذت منذ الصباح أكثر من 12 غارة على البلدة وأطرافها، بينما "
          "ألقت مروحيات النظام أربعة براميل متفجرة على قرية الشيخ مصطفى دون وقوع إصابات.",
          [E("airstrike", Q("خمسة", 5), PL("معرة حرمة", "Maarat Hurmah", "Idlib"), "2019-05-14", "مراسل تلفزيون سوريا", RUS,
             note="the source is in the next sentence; the dead are the figure, not the 12 raids; the unnamed "
                  "hospital is placed at the town; Hmeimim is where the jets took off"),
           E("airstrike", Q("أربعة", 4), PL("الشيخ مصطفى", "Sheikh Mustafa", "Idlib"), "2019-05-14", "مراسل تلفزيون سوريا",
             GOV, note="barrels on another village, a separate act; no dead numbered: the barrels are the figure")])

passage51("hb05", "2021-04-12", "Deir ez-Zor 24", "an IS ambush on a bus on a desert road; destination; bodies found elsewhere",
          "قُتل 11 عنصراً من قوات النظام والميليشيات الرديفة لها وجُرح آخرون، مساء أمس الأحد، في هجوم شنّته خلايا "
          "تابعة لتنظيم «داعش» على حافلة عسكرية كانت تقلّهم على الطريق الدولي الذي يربط دير الزور بتدمر، على بعد "
          "كيلومترات من بلدة الشولا. وأوضح "
          "مراسل «دير الزور 24» أن المهاجمين استهدفوا الحافلة بقذيفة صاروخية ثم أمطروها بالرصاص قبل انسحابهم نحو "
          "عمق البادية، مشيراً إلى أنها كانت متجهة إلى مدينة تدمر. وفي سياق منفصل، عثر رعاة على جثتي شابين "
          "مجهولَي الهوية قرب بلدة معدان.",
          [E("armed_clash", Q("11", 11), PL("الشولا", "Al-Shola", "Deir ez-Zor"), "2021-04-11", "مراسل «دير الزور 24»",
             IS, note="an ambush coded as a clash (as earlier sets); a road near a town placed at the town; Palmyra is the "
                      "bus's destination; the source is in the next sentence"),
           E("other", None, PL("معدان", "Maadan", "Raqqa"), "2021-04-12", None, None,
             note="bodies found (dual, no figure); no date word and no source of its own: published date, the "
                  "outlet")])

passage51("hb06", "2021-06-10", "Step News", "Step dateline in Idlib; guided shells on a Ghab village; origin of fire",
          "وكالة ستيب الإخبارية – إدلب\n"
          "قضى ثلاثة أشقاء صغار وأصيبت والدتهم بجروح، صباح اليوم الخميس، حين سقطت قذائف «كراسنوبول» موجّهة "
          "بالليزر أطلقتها قوات النظام من مواقعها في بلدة الكريم على منزلهم في قرية الزقوم بسهل الغاب غرب حماة. وأفاد "
          "مراسل الوكالة بأن القذائف طالت أيضاً أطراف قرية العنكاوي القريبة دون تسجيل إصابات، في خرق جديد لوقف إطلاق "
          "النار الساري في المنطقة منذ العام الماضي.",
          [E("shelling", Q("ثلاثة", 3), PL("الزقوم", "Al-Ziqqum", "Hama"), "2021-06-10", "مراسل الوكالة", GOV,
             note="Idlib is the dateline, al-Karim where the fire came from; al-Ankawi is the same shelling (a "
                  "group); the ceasefire is a frame; the first sentence has no source, the reporter comes next (a "
                  "second coder could give the outlet)")])

passage51("hb07", "2023-06-16", "Hawar (ANHA)", "Hawar: a Turkish drone on a car on a road between two villages; victims' origin",
          "استشهد ثلاثة من أعضاء مجلس بلدة تل حميس، اليوم الجمعة، إثر استهداف مسيّرة تابعة لجيش الاحتلال التركي "
          "سيارتهم على الطريق الواصل بين قريتي خربة عنز وتل زيوان في ريف قامشلو الجنوبي. وأفاد مراسل وكالتنا بأن "
          "السيارة احترقت بالكامل، وأن جثامين الشهداء نُقلت إلى مشفى آزادي في مدينة قامشلو. ويأتي هذا الاستهداف بعد "
          "ساعات من تحليق مكثف لمسيّرات الاحتلال فوق قرى المنطقة.",
          [E("airstrike", Q("ثلاثة", 3), PL("خربة عنز", "Khirbet Anz", "Al-Hasakah"), "2023-06-16", "مراسل وكالتنا", TUR,
             note="a road between two villages placed at the first; Tal Hmis is the victims' council (origin), the "
                  "hospital in Qamishli where the bodies went; the overflight is a state")])

passage51("hb08", "2021-09-18", "Anadolu Agency", "Anadolu: YPG members defect to the SNA; a running total in the area",
          "انشق 4 عناصر من تنظيم «ي ب ك/ بي كي كي» الإرهابي في منطقة تل رفعت بريف حلب الشمالي، وسلّموا أنفسهم "
          "إلى قوات الجيش الوطني السوري على خط التماس قرب مدينة مارع، بحسب ما أفادت به مصادر أمنية لمراسل "
          "الأناضول، اليوم السبت. وأوضحت المصادر أن المنشقين، وبينهم قيادي ميداني، فرّوا من صفوف التنظيم هرباً من "
          "ممارساته القمعية. وبذلك يرتفع إلى 63 عدد عناصر التنظيم الذين انشقوا عنه في المنطقة منذ مطلع العام الجاري.",
          [E("defection", Q("4", 4), PL("تل رفعت", "Tal Rifaat", "Aleppo"), "2021-09-18", "مصادر أمنية", SDF,
             note="the force left is the YPG/SDF; Tal Rifaat is where they served, Marea where they crossed (a second "
                  "coder could place it at Marea); «اليوم السبت» dates the telling: published date; the field "
                  "commander is a breakdown"),
           E("defection", Q("63", 63), PL("تل رفعت", "Tal Rifaat", "Aleppo"), None, "مصادر أمنية", SDF,
             kind="aggregate", note="running total since January «في المنطقة» (the Tal Rifaat area); «وبذلك» carries "
                                    "the source on")])

passage51("hb09", "2025-01-16", "North Press", "a Turkish drone on a civilian convoy at a dam; an intended sit-in; a patron",
          "قُتل مدنيان وأصيب 14 آخرون، مساء أمس الأربعاء، بعدما استهدفت مسيّرة تركية قافلة مدنيين كانت متجهة "
          "إلى سد تشرين جنوب شرقي منبج للمشاركة في اعتصام احتجاجاً على الهجمات التي يتعرض لها السد. وقالت الإدارة "
          "الذاتية لشمال وشرق سوريا في بيان إن المسيّرة ضربت القافلة مرتين أثناء توقفها قرب المدخل الشرقي للسد. "
          "ويشهد محيط السد منذ أسابيع مواجهات متقطعة بين «قسد» وفصائل «الجيش الوطني» المدعومة من أنقرة.",
          [E("airstrike", None, PL("سد تشرين", "Tishrin Dam", "Aleppo"), "2025-01-15",
             "الإدارة الذاتية لشمال وشرق سوريا", TUR,
             note="a dam as the most specific place (the convoy was hit at its entrance); two dead is a dual, the 14 "
                  "injured are not the figure; the sit-in was intended, not held; the weeks of clashes are a state; "
                  "Ankara is the factions' patron, Manbij a bearing")])

passage51("hb10", "2024-11-30", "Al Jazeera", "the 2024 offensive: a city entered the day before; a hedged Russian raid elsewhere",
          "دخلت فصائل المعارضة السورية المنضوية في «إدارة العمليات العسكرية» أحياء واسعة من مدينة حلب مساء أمس "
          "الجمعة، بعد انسحاب قوات النظام منها، ورفعت صباح اليوم أعلامها فوق قلعة حلب ومبنى المحافظة، وفق ما أكده "
          "مراسل الجزيرة. وفي الأثناء، قتلت غارات نفذتها طائرات حربية يُرجَّح أنها روسية أربعة مدنيين في مدينة سراقب "
          "شرقي إدلب، بحسب الدفاع المدني السوري.",
          [E("territory_change", None, PL("حلب", "Aleppo", "Aleppo"), "2024-11-29", "مراسل الجزيرة", FSA,
             note="the operations room coded as the opposition factions (as earlier sets); the citadel and the "
                  "governorate building this morning are the same taking (dated by the entry; a second coder could "
                  "date it today); the regime's withdrawal is the same incident"),
           E("airstrike", Q("أربعة", 4), PL("سراقب", "Saraqib", "Idlib"), "2024-11-30", "الدفاع المدني السوري", RUS,
             note="a hedged perpetrator; «في الأثناء» with no date word: published date")])

passage51("hb11", "2021-10-04", "Horan Free League", "an assassination in Daraa; the victim's past; a month's assassinations",
          "قال «تجمع أحرار حوران» إن مجهولين يستقلون دراجة نارية قتلوا، ليل الأحد، مهند الحريري، أحد قادة الفصائل "
          "سابقاً، برصاص أطلقوه عليه قرب مسجد بلدة المليحة الغربية في الريف الشرقي لدرعا، قبل أن يلوذوا بالفرار. وكان "
          "الحريري قد التحق عقب تسوية صيف 2018 بـ«اللواء الثامن» الذي ترعاه روسيا. ووثّق مكتب التوثيق في "
          "التجمع 29 عملية ومحاولة اغتيال في محافظة درعا خلال أيلول الماضي، أسفرت عن مقتل 21 شخصاً.",
          [E("armed_clash", None, PL("المليحة الغربية", "Al-Mulayhah al-Gharbiyah", "Daraa"), "2021-10-03",
             "«تجمع أحرار حوران»", UNID,
             note="an assassination by gunfire (as earlier sets); one man, no figure; the mosque is placed at the town; joining the Eighth Brigade and the "
                  "2018 settlement are background; Russia is the brigade's patron"),
           E("armed_clash", Q("29", 29), PL("درعا", "Daraa", "Daraa", nth=1), "2021-09", "مكتب التوثيق في التجمع", None,
             kind="aggregate", note="a month's assassinations and attempts in the governorate; the 21 dead are the "
                                    "aggregate's fatalities")])

passage51("hb12", "2025-07-16", "Al Arabiya", "Israeli raids on the general staff building; toll next sentence; a reason and a threat",
          "قصفت طائرات حربية إسرائيلية ظهر اليوم الأربعاء بعدة صواريخ مبنى هيئة الأركان العامة في ساحة الأمويين وسط "
          "دمشق، كما طالت ضربات أخرى محيط قصر الشعب، في أعنف تصعيد تشهده العاصمة منذ أشهر. وأعلنت وزارة الصحة "
          "السورية في حصيلة أولية مقتل ثلاثة أشخاص وجرح 34. وزعم الجيش الإسرائيلي أن الضربات «رسالة تحذير» لدمشق على "
          "خلفية ما يجري في محافظة السويداء، ملوّحاً بتوسيعها إذا بقيت القوات الحكومية هناك.",
          [E("airstrike", Q("ثلاثة", 3), PL("مبنى هيئة الأركان العامة", "General Staff building", "Damascus"),
             "2025-07-16", "وزارة الصحة السورية", ISR,
             note="the general staff building is a listed military site (the most specific place); the palace's "
                  "surroundings are the same raid (a group); the toll comes in the next sentence; the army's statement "
                  "retells the same act; Sweida is the reason, the widening a threat; the act itself is told in the "
                  "outlet's voice (a second coder could give the outlet or the Israeli army)")])

passage51("hb13", "2025-01-08", "SANA", "new SANA dateline: a sweep for 'remnants' with arrests; a future",
          "حمص-سانا\n"
          "أطلقت إدارة الأمن العام بالتعاون مع وزارة الدفاع، صباح اليوم، حملة تمشيط في قرى ريف تلكلخ غربي حمص، "
          "لملاحقة فلول النظام البائد ممن رفضوا تسليم أسلحتهم ومراجعة مراكز التسوية. وأوضح مدير أمن المنطقة لمراسل سانا "
          "أن عناصر الحملة أوقفوا حتى الآن 37 مطلوباً وصادروا كميات من الأسلحة والذخائر، مؤكداً أنها ستتواصل حتى "
          "تحقيق أهدافها كاملة.",
          [E("arrest", Q("37", 37), PL("ريف تلكلخ", "Tall Kalakh countryside", "Homs"), "2025-01-08",
             "مدير أمن المنطقة", NEWGOV,
             note="the sweep and its arrests are one incident; the seizure is part of it; Homs is the dateline; the "
                  "continuation is a future")])

passage51("hb14", "2022-03-14", "Daraa 24", "a roadside IED with injured only; an assassination the same evening in the next town",
          "جُرح أربعة من عناصر قوات النظام، أحدهم في حالة حرجة، صباح اليوم الاثنين، بانفجار عبوة ناسفة زُرعت على جانب "
          "الطريق بين بلدتي تل شهاب والعجمي غرب درعا لدى مرور سيارتهم. وذكر مراسل «درعا 24» أن المصابين أُسعفوا إلى "
          "المشفى الوطني في مدينة درعا، من دون أن تتبنى أي جهة العملية. وفي مدينة طفس المجاورة، لقي شاب حتفه مساء "
          "اليوم ذاته بطلقات أطلقها عليه ملثمون من سيارة مسرعة في الحي الشمالي.",
          [E("explosion", None, PL("تل شهاب", "Tell Shihab", "Daraa"), "2022-03-14", "مراسل «درعا 24»", None,
             note="injured only: no figure; unclaimed (no agent); Daraa city is where the wounded went; a road "
                  "between two towns placed at the first"),
           E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), "2022-03-14", None, UNID,
             note="a killing by gunfire (as earlier sets); one man, no figure; the sentence has no source of its own "
                  "(the outlet; a second coder could carry the reporter on)")])

passage51("hb15", "2023-04-04", "AFP", "AFP Beirut dateline; CENTCOM's drone strike on an IS leader; plots abroad",
          "بيروت (أ ف ب) - أعلنت القيادة المركزية الأميركية (سنتكوم) مقتل قيادي بارز في تنظيم الدولة الإسلامية بضربة "
          "نفّذتها طائرة مسيّرة، أمس الاثنين، قرب بلدة قباسين في ريف حلب الشمالي الشرقي. وقالت في بيان إن القيادي "
          "كان مسؤولاً عن التخطيط لهجمات في أوروبا، مؤكدة عدم وجود مؤشرات إلى سقوط ضحايا مدنيين. ولم يكشف البيان "
          "هوية القيادي، في حين ذكر المرصد السوري لحقوق الإنسان أن الضربة استهدفت دراجة نارية كان يستقلها مع "
          "مرافق له.",
          [E("airstrike", None, PL("قباسين", "Qabasin", "Aleppo"), "2023-04-03", "القيادة المركزية الأميركية (سنتكوم)",
             COAL, note="one leader killed, no numeral; Beirut is the dateline, Europe where attacks were planned; SOHR "
                        "adds detail on the same strike")])

passage51("hb16", "2024-04-17", "Suwayda 24", "an arrest at a checkpoint; gunmen seize soldiers in reply; a habit",
          "شبكة «السويداء 24»: اعتقل فرع الأمن العسكري، أمس الثلاثاء، الطالب الجامعي رامي أبو حمدان على حاجز "
          "المسمية أثناء عودته من دمشق إلى بلدته القريّا جنوبي السويداء. وردّاً على ذلك، احتجز مسلحون من أبناء البلدة "
          "صباح اليوم ثلاثة عناصر من قوات النظام عند دوار الشعلة في مدينة السويداء، مطالبين بالإفراج عن الطالب مقابل "
          "إطلاق سراحهم. ويشهد الطريق بين دمشق والسويداء حالات اعتقال متكررة بحق أبناء المحافظة.",
          [E("arrest", None, PL("المسمية", "Al-Masmiyah", "Daraa"), "2024-04-16", "شبكة «السويداء 24»", GOV,
             note="a checkpoint named after its town: placed at the town; one student, no figure; Damascus and "
                  "al-Qrayya are where he came from and was going"),
           E("arrest", Q("ثلاثة", 3), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2024-04-17",
             "شبكة «السويداء 24»", DRUZE,
             note="soldiers held as hostages by local gunmen: coded as a detention (a second coder could code it other, "
                  "an abduction); the roundabout is placed at the city; the repeated arrests are a habit")])

passage51("hb17", "2023-09-04", "Syria TV", "tribes against the SDF: a storming attempt with both sides' dead; mortar fire on the next town",
          "تجددت المواجهات، فجر اليوم الاثنين، بين مقاتلي العشائر العربية و«قوات سوريا الديمقراطية» (قسد) في بلدة "
          "الطيانة شرقي دير الزور، إثر محاولة «قسد» اقتحام البلدة من محورين بإسناد من عربات مدرعة. وأفاد مصدر محلي "
          "تلفزيون سوريا بأن عشرة مقاتلين من الطرفين قُتلوا، بينهم ستة من أبناء العشائر، في حين قصفت «قسد» بقذائف "
          "الهاون منازل في بلدة درنج المجاورة ما أدى إلى إصابة امرأة.",
          [E("armed_clash", Q("عشرة", 10), PL("الطيانة", "Al-Tayyanah", "Deir ez-Zor"), "2023-09-04", "مصدر محلي", SDF,
             note="the attacker is actor1; both sides' dead are the clash's figure, the tribesmen a breakdown; the "
                  "source is in the next sentence"),
           E("shelling", None, PL("درنج", "Daranj", "Deir ez-Zor"), "2023-09-04", "مصدر محلي", SDF,
             note="mortar fire on another town, a separate act; one woman injured: no figure")])

passage51("hb18", "2019-06-20", "RT Arabic", "NEGATIVE: a Russian denial of reported raids and a claim of a staged attack to come",
          "نفى مركز المصالحة الروسي في قاعدة حميميم، اليوم، تقارير تحدثت عن مشاركة طائرات روسية في قصف مدينة خان "
          "شيخون، ووصفها بأنها «فبركات إعلامية» تروّجها منظمات مرتبطة بالمسلحين. وقال رئيس المركز إن لديه معلومات عن "
          "تحضير مسلحي «هيئة تحرير الشام» لتمثيل هجوم كيميائي في ريف إدلب الجنوبي بهدف اتهام الجيش السوري، داعياً "
          "المنظمات الدولية إلى عدم الانجرار وراء هذه «المسرحيات».",
          [])

passage51("hb19", "2024-06-14", "SOHR", "SOHR: an IS cell on an SDF checkpoint; a running toll 'by this'",
          "لقي ثلاثة مقاتلين في «قسد» حتفهم وجُرح رابع، فجر اليوم الجمعة، بهجوم نفّذه مسلحون يُعتقد أنهم من خلايا "
          "تنظيم «الدولة الإسلامية» على نقطة تفتيش لـ«قسد» عند مدخل بلدة الحوايج شرقي دير الزور، بحسب المرصد السوري "
          "لحقوق الإنسان. وبذلك يرتفع إلى 71 عدد قتلى «قسد» والمقاتلين المحليين العاملين معها في هجمات الخلايا ضمن "
          "مناطق سيطرتها منذ مطلع العام الجاري، بحسب إحصاءات المرصد.",
          [E("armed_clash", Q("ثلاثة", 3), PL("الحوايج", "Al-Hawayij", "Deir ez-Zor"), "2024-06-14",
             "المرصد السوري لحقوق الإنسان", IS,
             note="a hedged perpetrator («يُعتقد»); a checkpoint at a town's entrance placed at the town; the injured "
                  "fourth is not the figure"),
           E("casualties", Q("71", 71), None, None, "المرصد السوري لحقوق الإنسان", IS, kind="aggregate",
             note="a running toll since January; «ضمن مناطق سيطرتها» is no place")])

passage51("hb20", "2024-02-25", "Syria TV", "a suicide drone with injured only; launch area; the civil defence's month count",
          "أصيب ثلاثة مزارعين، اليوم الأحد، حين استهدفت قوات النظام جراراً زراعياً بطائرة مسيّرة انتحارية أثناء "
          "عملهم في أرض على أطراف بلدة آفس شرقي إدلب. وقال الدفاع المدني السوري إن المسيّرة أُطلقت من مواقع النظام في "
          "محيط مدينة سراقب، مشيراً إلى أن فرقه استجابت منذ مطلع الشهر الجاري لـ23 هجوماً بالمسيّرات الانتحارية على "
          "ريفي إدلب وحلب الغربي.",
          [E("airstrike", None, PL("آفس", "Afis", "Idlib"), "2024-02-25", "الدفاع المدني السوري", GOV,
             note="a drone strike; injured only: no figure; Saraqib is where it was launched; the source is in the next "
                  "sentence"),
           E("airstrike", Q("23", 23), None, "2024-02", "الدفاع المدني السوري", GOV, kind="aggregate",
             note="the month's drone attacks over two governorates' countryside: no single place (a second coder could "
                  "give the region); the perpetrator is inferred from the sentence before")])

passage51("hb21", "2021-08-26", "Asharq Al-Awsat", "an evacuation from Daraa al-Balad; buses, destinations and a crossing",
          "خرجت، أمس الأربعاء، حافلتان تقلان 53 شخصاً، بينهم مقاتلون سابقون رفضوا التسوية وأفراد من عائلاتهم، من حي "
          "درعا البلد باتجاه مناطق سيطرة المعارضة في ريف حلب الشمالي، وذلك تطبيقاً لخريطة الطريق التي طرحها الجانب "
          "الروسي مطلع الشهر، بحسب ما نقلته «الشرق الأوسط» عن أحد أعضاء اللجنة المركزية بدرعا. وأضاف أن الشرطة العسكرية "
          "الروسية رافقت الحافلتين حتى معبر أبو الزندين قرب مدينة الباب.",
          [E("other", Q("53", 53), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-08-25",
             "أحد أعضاء اللجنة المركزية بدرعا", None,
             note="an evacuation, placed where it left from; the two buses are not the figure; the northern Aleppo "
                  "countryside, the crossing and al-Bab are the route and destination; the roadmap is its frame; the "
                  "escort is part of it")])

passage51("hb22", "2025-07-15", "Enab Baladi", "a return convoy through a crossing; UNHCR's total in the next sentence",
          "عبر نحو 340 لاجئاً سورياً، اليوم الثلاثاء، الحدود من لبنان إلى سوريا عبر معبر جديدة يابوس، ضمن قافلة عودة "
          "طوعية نُظّمت بالتنسيق بين الأمن العام اللبناني والسلطات السورية، متجهين إلى قراهم في ريفي حمص وحماة. وقالت "
          "مفوضية اللاجئين في بيان إن عدد السوريين الذين عادوا من لبنان منذ سقوط النظام في كانون الأول الماضي تجاوز "
          "215 ألفاً، فيما سجّل آلاف آخرون رغبتهم في العودة خلال الأشهر المقبلة.",
          [E("other", Q("نحو 340", 340, approx=True), PL("معبر جديدة يابوس", "Jdeidet Yabous crossing", "Rif Dimashq"),
             "2025-07-15", None, None,
             note="a return through a crossing placed at the crossing; Lebanon is the origin, the villages of Homs and "
                  "Hama the destination; the next sentence's source speaks of the total only: the outlet"),
           E("other", Q("215 ألفاً", 215000, None, True), None, None, "مفوضية اللاجئين", None, kind="aggregate",
             note="returns since December 2024; the registered wishes are a future")])

passage51("hb23", "2024-12-11", "Deir ez-Zor 24", "a city and its airport taken as the SDF withdraws; the SDF's entry days before; celebrations",
          "بحسب مراسل «دير الزور 24»، دخلت قوات «إدارة العمليات العسكرية»، اليوم الأربعاء، مدينة دير الزور وسيطرت على "
          "مطارها العسكري، عقب انسحاب «قسد» منها نحو الضفة الشرقية لنهر الفرات. وكانت «قسد» قد انتشرت في أحياء "
          "المدينة قبل أيام، إثر انسحاب قوات النظام والميليشيات الإيرانية منها. وخرج عشرات الأهالي إلى دوار المدلجي "
          "وسط المدينة احتفالاً، بينما فرضت «قسد» حظر تجول في بلدات الريف الشرقي الخاضعة لها.",
          [E("territory_change", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=1), "2024-12-11",
             "مراسل «دير الزور 24»", FSA,
             note="the outlet's name holds the city (the place is the city mention); the airport is the same taking "
                  "(a group); the SDF's withdrawal is the same incident; the east bank is where it went"),
           E("territory_change", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=1), None, None, SDF,
             note="recalled: the SDF's entry «قبل أيام», undated; the anaphor «المدينة» is Deir ez-Zor; no source of "
                  "its own (the outlet). The celebration is not coded as a protest and the curfew is a state (a "
                  "second coder could code either)")])

passage51("hb24", "2025-03-07", "Al Jazeera", "the coast in March 2025: coordinated loyalist attacks; reinforcements to 'the area'",
          "قُتل 16 عنصراً على الأقل من الأمن العام في هجمات منسقة نفّذها، مساء أمس الخميس، مسلحون من فلول النظام "
          "المخلوع على حواجز ودوريات في محيط مدينة جبلة وقرية بيت عانا بريف اللاذقية، وفق ما نقله مراسل الجزيرة عن "
          "مصدر في وزارة الداخلية. وأعلنت الوزارة صباح اليوم وصول تعزيزات عسكرية كبيرة إلى المنطقة لملاحقة المهاجمين، "
          "فيما فُرض حظر تجول في مدن الساحل حتى إشعار آخر.",
          [E("armed_clash", Q("16", 16, None, True), PL("جبلة", "Jableh", "Latakia"), "2025-03-06",
             "مصدر في وزارة الداخلية", LOYAL,
             note="coordinated attacks on checkpoints around a town and a village: one group at the first; «على الأقل» "
                  "after the noun bounds the figure"),
           E("reinforcement", None, PL("جبلة", "Jableh", "Latakia"), "2025-03-07", "الوزارة", NEWGOV,
             note="«المنطقة» is the Jableh area; the pursuit is an aim; the curfew a state")])

passage51("hb25", "2025-02-03", "Reuters", "Reuters dateline in the same city; a car bomb's toll raised; accused and denied",
          "منبج (سوريا) (رويترز) - قال الدفاع المدني السوري إن 19 شخصاً، معظمهم عاملات زراعيات، قُتلوا اليوم الاثنين "
          "عندما انفجرت سيارة ملغومة بجوار مركبة كانت تقلهم على الطريق الخارجي لمدينة منبج في شمال البلاد، وارتفع "
          "العدد لاحقاً إلى 21 بعد وفاة اثنين من المصابين في المستشفى. ولم تتبنَّ أي جهة الهجوم، وهو التفجير "
          "الثالث في المدينة خلال شهر، فيما اتهم مسؤولون محليون وحدات حماية الشعب الكردية بالوقوف وراءه، وهو ما نفته "
          "قوات سوريا الديمقراطية.",
          [E("explosion", Q("21", 21), PL("منبج", "Manbij", "Aleppo", nth=1), "2025-02-03", "الدفاع المدني السوري",
             None, note="a raised toll replaces the first (19); unclaimed, accused and denied: no agent; «الثالث» is an "
                        "ordinal, not a running figure")])

passage51("hb26", "2023-11-01", "SNHR", "SNHR's monthly report: the month's dead with breakdowns and the month's arrests",
          "ذكرت الشبكة السورية لحقوق الإنسان، في حصيلتها لشهر تشرين الأول 2023 الصادرة اليوم، أنها سجّلت مقتل 84 "
          "مدنياً في عموم البلاد، من بينهم 21 طفلاً وتسع سيدات، وحمّلت قوات النظام السوري المسؤولية عن مقتل 37 منهم. وأحصى "
          "التقرير كذلك ما لا يقل عن 194 حالة اعتقال تعسفي في الشهر نفسه، تركّز معظمها في ريف دمشق ودرعا، لافتاً إلى أن "
          "الحصيلة جاءت في ظل تصعيد عسكري واسع على شمال غربي سوريا.",
          [E("casualties", Q("84", 84), None, "2023-10", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
             note="a month's national toll (no single place, as earlier sets; a second coder could place it in Syria); "
                  "children, women and the regime's share are breakdowns"),
           E("arrest", Q("ما لا يقل عن 194", 194, None, True), None, "2023-10", "الشبكة السورية لحقوق الإنسان", None,
             kind="aggregate", note="the month's arbitrary arrests, nationwide; the two governorates are where most were; "
                                    "the escalation is a state")])

passage51("hb27", "2024-09-23", "Enab Baladi", "an amnesty for desertion; terms in days; lawyers' gloss; an ordinal",
          "شمل عفو عام جديد أعلنته الرئاسة السورية يوم الأحد مرتكبي جرائم الفرار من الخدمة العسكرية، شريطة أن يسلّم "
          "الفارّون داخل البلاد أنفسهم خلال 90 يوماً، والمقيمون خارجها خلال 120 يوماً. وقال محامون تحدثوا لعنب بلدي "
          "إن المرسوم لا يشمل المنشقين الذين التحقوا بفصائل مسلحة، ما يجعل أثره محدوداً على عشرات آلاف الشبان "
          "الملاحقين. ويُعدّ هذا العفو الثاني عشر من نوعه منذ عام 2011.",
          [E("desertion", None, None, "2024-09-22", "الرئاسة السورية", GOV,
             note="an amnesty decree for deserters (desertion, as news_dev); the days are terms, the tens of thousands "
                  "those pursued, «الثاني عشر» an ordinal; no place")])

passage51("hb28", "2025-07-21", "Al Arabiya", "Sweida July 2025: an evacuation under a ceasefire declared on Saturday; buses and a corridor",
          "بدأت، اليوم الاثنين، عملية إجلاء عائلات من عشائر البدو من مدينة السويداء وريفها الغربي باتجاه محافظة درعا، "
          "برعاية الهلال الأحمر العربي السوري، تنفيذاً لاتفاق وقف إطلاق النار الذي أعلنته الرئاسة السورية مساء السبت. "
          "وقال محافظ درعا لـ«العربية» إن 1500 شخص خرجوا في الدفعة الأولى على متن 32 حافلة عبر ممر بصرى الشام، على "
          "أن تُستكمل العملية خلال الأيام المقبلة.",
          [E("other", Q("1500", 1500), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2025-07-21", "محافظ درعا", None,
             note="an evacuation placed where it left from (city and western countryside: the city); Daraa is the "
                  "destination, Busra al-Sham the corridor; the buses are not the figure; the next batches are a "
                  "future"),
           E("agreement", None, None, "2025-07-19", "الرئاسة السورية", NEWGOV,
             note="the ceasefire declared on Saturday (dated): an incident of its own; the text ties it to no place (a "
                  "second coder could place it in Sweida); the presidency declared it (a second coder could leave "
                  "actor1 empty)")])

passage51("hb29", "2024-03-08", "Al Jazeera", "Friday protests against HTS in a list of towns; an arrest of organisers after one",
          "تظاهر آلاف الأشخاص، اليوم الجمعة، في مدينة إدلب وبلدات بنّش وسرمدا وجسر الشغور، مطالبين برحيل «الجولاني» عن "
          "قيادة «هيئة تحرير الشام» وإطلاق سراح المحتجزين لدى الهيئة، وذلك للأسبوع الثاني على التوالي. وأكد ناشطون "
          "للجزيرة نت أن عناصر من «جهاز الأمن العام» التابع للهيئة اعتقلوا ثلاثة من منظمي الوقفة في بنّش عقب "
          "انتهائها، واقتادوهم إلى جهة مجهولة.",
          [E("protest", Q("آلاف", 2000, 9000, True), PL("إدلب", "Idlib", "Idlib"), "2024-03-08", None, PROT,
             note="protests in a list of towns: a group scored at the first; «للأسبوع الثاني» an ordinal; the "
                  "activists of the next sentence tell the arrest only (the outlet; a second coder could carry them "
                  "back)"),
           E("arrest", Q("ثلاثة", 3), PL("بنّش", "Binnish", "Idlib", nth=1), "2024-03-08", "ناشطون", HTS,
             note="the HTS general security arrests organisers after the stand")])

passage51("hb30", "2022-06-02", "Asharq Al-Awsat", "NEGATIVE: threats of a new operation; depth in km; a state of control; preparations",
          "جدّد الرئيس التركي رجب طيب أردوغان، أمس، تهديده بإطلاق عملية عسكرية برية جديدة في شمال سوريا «حين يحين "
          "الوقت»، قائلاً إن بلاده عازمة على استكمال «الحزام الأمني» بعمق 30 كيلومتراً داخل الأراضي السورية. "
          "وتتركز التهديدات التركية على منبج وتل رفعت اللتين تسيطر عليهما «قسد»، فيما تحدثت مصادر في المعارضة "
          "لـ«الشرق الأوسط» عن استعدادات لدى فصائل «الجيش الوطني» للمشاركة في أي هجوم مرتقب.",
          [])

passage51("hb31", "2022-11-24", "North Press", "Turkish shelling of three villages; shells counted; origin of fire; a drone next morning",
          "استهدفت المدفعية التركية، ومعها فصائل موالية لأنقرة، ليل أمس، قرى زور مغار وبوبان وسفتك في ريف "
          "كوباني الغربي، ما أدى إلى إصابة طفلة ونزوح عشرات العائلات نحو مركز المدينة. وقال مصدر في مجلس كوباني "
          "العسكري لنورث برس إن نحو 60 قذيفة سقطت على القرى الثلاث، انطلقت من مواقع تلك القوات في محيط مدينة جرابلس. "
          "كما ضربت مسيّرة تركية صباح اليوم نقطة لقوات الحكومة السورية قرب قرية قره قوزاق، ولم تُسجَّل إصابات.",
          [E("shelling", Q("نحو 60", 60, approx=True), PL("زور مغار", "Zor Maghar", "Aleppo"), "2022-11-23",
             "مصدر في مجلس كوباني العسكري", TUR,
             note="three villages, one act: a group at the first; no dead: the shells are the figure; Jarablus is where "
                  "the fire came from; the families' flight is the shelling's consequence (a second coder could code "
                  "it as displacement)"),
           E("airstrike", None, PL("قره قوزاق", "Qara Qozak", "Aleppo"), "2022-11-24", None, TUR,
             note="a «كما» sentence after a sourced one with no source of its own: the outlet (a second coder could "
                  "carry the council's source on)")])

passage51("hb32", "2021-03-11", "Syria TV", "NEGATIVE: an anniversary's rallies called for next Monday; preparations",
          "تستعد مدن وبلدات في شمال غربي سوريا لإحياء الذكرى العاشرة لانطلاق الثورة السورية، إذ دعت فعاليات مدنية "
          "وتنسيقيات محلية إلى تظاهرات مركزية في مدينتي إدلب وإعزاز يوم الاثنين المقبل تحت شعار «الثورة مستمرة». وقال "
          "أحد منظمي الفعاليات لموقع تلفزيون سوريا إن اللجان المنظمة تعمل منذ أسبوعين على تجهيز اللافتات والأعلام، "
          "مؤكداً أن التظاهر سيبقى «سلمياً كما بدأ قبل عشر سنوات».",
          [])

passage51("hb33", "2023-08-25", "Suwayda 24", "a Friday protest in a city square; similar stands in two towns; a resolution number",
          "شبكة «السويداء 24»: احتشد اليوم الجمعة نحو ثلاثة آلاف شخص في ساحة السير بمدينة السويداء، في أكبر تظاهرة "
          "تشهدها المحافظة منذ انطلاق الاحتجاجات قبل أسبوع، مرددين شعارات تنادي بإسقاط النظام وبتنفيذ القرار الدولي "
          "2254. وبالتزامن، خرجت وقفات مماثلة في مدينتي شهبا وصلخد، رفع المشاركون فيها الرايات الخمسية ولافتات تندد "
          "بتردي الأوضاع المعيشية.",
          [E("protest", Q("نحو ثلاثة آلاف", 3000, approx=True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1),
             "2023-08-25", "شبكة «السويداء 24»", PROT,
             note="the square is placed at the city; the network's name holds the city (the place is the city "
                  "mention); the resolution number is no count; the week since the start is background"),
           E("protest", None, PL("شهبا", "Shahba", "As-Suwayda"), "2023-08-25", "شبكة «السويداء 24»", PROT,
             note="stands in two other towns: one group scored at the first")])

passage51("hb34", "2018-05-21", "AFP", "AFP: the army declares a camp and a district retaken; an overnight evacuation denied by state media",
          "بيروت (أ ف ب) - أعلن الجيش السوري، الاثنين، استعادة السيطرة الكاملة على مخيم اليرموك وحي الحجر الأسود "
          "جنوب دمشق، إثر خروج آخر مقاتلي تنظيم الدولة الإسلامية منهما، ليصبح محيط العاصمة بالكامل تحت سيطرة القوات "
          "الحكومية للمرة الأولى منذ 2012. وقال المرصد السوري لحقوق الإنسان إن حافلات نقلت ليل الأحد مئات المقاتلين "
          "وأفراد عائلاتهم نحو البادية السورية شرقاً بموجب اتفاق غير معلن، وهو ما نفاه الإعلام الرسمي.",
          [E("territory_change", None, PL("مخيم اليرموك", "Yarmouk camp", "Damascus"), "2018-05-21", "الجيش السوري", GOV,
             note="a camp and a district: a group at the first; Beirut is the dateline; the capital's surroundings "
                  "under control is a state"),
           E("other", Q("مئات", 200, 900, True), PL("مخيم اليرموك", "Yarmouk camp", "Damascus"), "2018-05-20",
             "المرصد السوري لحقوق الإنسان", None,
             note="an evacuation from the camp and district («منهما»), placed where it left from; the Badia is the "
                  "destination; told by SOHR and denied by state media: asserted (as earlier sets); the undeclared "
                  "deal is its frame")])

passage51("hb35", "2025-03-10", "Al Arabiya", "an agreement signed in Damascus; its terms and deadline",
          "وقّع الرئيس السوري أحمد الشرع، مساء اليوم الاثنين في قصر الشعب بدمشق، اتفاقاً مع مظلوم عبدي قائد «قسد»، "
          "ينص على انضواء المؤسسات العسكرية والمدنية كافة في شمال شرقي سوريا تحت إدارة الدولة، ومنها المعابر الحدودية "
          "والمطار وحقول الطاقة، على أن تستكمل لجان تنفيذية تطبيق بنوده قبل نهاية العام. ونشرت الرئاسة السورية نص "
          "الاتفاق المكوّن من ثمانية بنود على معرفاتها الرسمية، في حين لم يُحسم مصير السلاح الثقيل لدى «قسد».",
          [E("agreement", None, PL("دمشق", "Damascus", "Damascus"), "2025-03-10", "الرئاسة السورية", None,
             note="two parties, no actor1; the palace is placed at the city (a second coder could leave the signing "
                  "place out, or take the northeast the deal covers); the eight clauses are no count; the "
                  "implementation is a future")])

passage51("hb36", "2025-04-27", "SANA", "NEGATIVE: new SANA: a graduation of NCOs; a course's days; future courses",
          "دمشق-سانا\n"
          "احتفلت وزارة الدفاع اليوم بتخريج دفعة جديدة من صف الضباط في أحد معسكرات التدريب بريف دمشق، بعد دورة "
          "استمرت 45 يوماً تلقى خلالها المتدربون تدريبات على الرماية والقتال في المناطق المبنية. وأكد معاون وزير "
          "الدفاع في كلمة خلال الحفل أن بناء جيش وطني محترف «أولوية لا تقبل التأجيل»، وأن الوزارة ستفتح باب الانتساب "
          "لدورات جديدة مطلع الشهر القادم.",
          [])

passage51("hb37", "2022-01-13", "Al Jazeera", "NEGATIVE: a verdict abroad on crimes of 2011-2012; counts of those tortured",
          "أصدرت المحكمة الإقليمية العليا في مدينة كوبلنز الألمانية، اليوم الخميس، حكماً بالسجن المؤبد بحق عقيد سابق "
          "في أحد أجهزة الأمن السورية، بعدما أدانته بجرائم ضد الإنسانية ارتُكبت في فرع للتحقيق بالعاصمة خلال عامي "
          "2011 و2012. "
          "وخلصت المحكمة إلى أن المتهم يتحمل المسؤولية عن تعذيب أكثر من 3 آلاف معتقل ومقتل 29 منهم. وتُعدّ القضية أول "
          "محاكمة في العالم تتناول جرائم تعذيب منسوبة إلى أجهزة النظام السوري.",
          [])

passage51("hb38", "2019-04-02", "SANA", "MOSTLY NEGATIVE: old SANA voice: people leaving a camp via a corridor; accusations, a pledge",
          "دمشق-سانا\n"
          "وصلت اليوم إلى مركز الإيواء المؤقت في مدينة حمص دفعة جديدة تضم 318 مهجراً خرجوا من مخيم الركبان عبر ممر "
          "جليغم الإنساني، بحسب ما ذكره مراسل سانا. وحمّلت وزارة الخارجية والمغتربين قوات الاحتلال الأمريكي في منطقة "
          "التنف المسؤولية عن معاناة آلاف المحتجزين في المخيم، مؤكدة أن الدولة ستواصل تأمين خروج كل الراغبين في "
          "العودة إلى مناطقهم المحررة من الإرهاب.",
          [E("other", Q("318", 318), PL("مخيم الركبان", "Rukban camp", "Homs"), "2019-04-02", "مراسل سانا", None,
             note="people leaving a camp, placed where they left from (a second coder could place it at the Homs "
                  "shelter where they arrived); the corridor is the route; the thousands still in the camp are a "
                  "state, al-Tanf the accused's base; the pledge is a future")])

passage51("hb39", "2022-01-05", "Enab Baladi", "NEGATIVE: a control map in percentages; front lines as a state",
          "أظهرت خريطة السيطرة الدورية التي يصدرها مركز «جسور» للدراسات مطلع كل عام أن قوات النظام وحلفاءها ما زالت "
          "تسيطر على نحو 63% من مساحة سوريا، مقابل 25.6% لـ«قوات سوريا الديمقراطية» و10.9% لفصائل المعارضة و«هيئة "
          "تحرير الشام» مجتمعة. وأشار المركز إلى أن خطوط التماس بقيت ثابتة تقريباً منذ ربيع 2020، رغم استمرار القصف "
          "المتبادل على جبهات إدلب وريف حلب الشمالي.",
          [])

passage51("hb40", "2024-08-12", "North Press", "NEGATIVE: the SDF denies recruiting minors; families' accusation as a habit; a pledge",
          "نفت القيادة العامة لـ«قوات سوريا الديمقراطية» في بيان، اليوم، ما تداولته وسائل إعلام عن تجنيدها قاصرين في "
          "مدينة الحسكة، مؤكدة أن قوانين «الإدارة الذاتية» تحظر ضم من هم دون الثامنة عشرة إلى صفوفها. وتقول عائلات في "
          "المدينة إن عناصر من «الشبيبة الثورية» يقتادون أبناءها بشكل متكرر إلى معسكرات التدريب دون علم ذويهم، بينما "
          "تتعهد «قسد» بإعادة أي قاصر يثبت التحاقه.",
          [])


if __name__ == "__main__":
    write("gold51.jsonl", P51)
