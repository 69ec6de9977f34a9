r"""Build gold133.jsonl: fresh set 133 (ids mh01…), written in stop 47 by writer w133 BEFORE any run on it.

21 WHOLE-ARTICLE passages (a page's headline line where it had one, else a headline line written for the lead, lead
and details; 131-212 words each), each the paraphrase of ONE real
page found in the search tool's `pages` corpus (queried in Arabic), years 2011-2025 (every year: 2011, 2012 twice,
2013, 2014 three times, 2015, 2016, 2017 twice, 2018, 2019, 2020, 2021, 2022, 2023 twice, 2024, 2025 twice), 20
outlets (Akhbar El Youm via Djazairess, Sky News Arabia, Nawaret relaying Reuters, Youm7, Al-Wasat (Bahrain) twice,
Al-Qimma News, Al-Hayat, Felesteen, Assahifa via Maghress, SOHR's own page, Syrian Press Center, Baladi News, Arab
Observer, Eye of Euphrates, Al Jazeera Mubasher, Erem News, Shafaq News, Al-Azd via Sauress, Al-Araby Al-Jadeed,
Al-Wady via Masress). Kinds: video defections (single officers, a day's count of 16, 71 officers fleeing to Turkey,
recalled defections via Paris and Jordan), foundings of brigades, IS takings of towns and of a base with its battle
and suicide bombers, executions, Russian, coalition, regime and Israeli strikes (tolls raised, tolls by town, day
counts of raids, weekly and three-month tolls), rebel shelling of besieged towns, the Ghouta evacuation convoy with
recalled deals, Daraa assassinations told one by one with a body found and a monthly toll, IS attacks on the SDF
(claims, SOHR statements, yearly counts), the 2024 «Deterrence of Aggression» takings told as two lists of places,
statements (a speech, a decision to arm, a vow), displacement and national tolls as aggregates.
Every sentence was rewritten (no run of five words is shared with its page: checked by script on
`re.findall(r'\w+')` tokens after removing diacritics and tatweel and folding hamza forms, ta marbuta and alif
maqsura, against the page text kept outside the repository; the runs left are names only: a list of village names
(mh16 was re-punctuated to break them) and the body name «الدولة الإسلامية في العراق والشام» in mh21); the
incidents, their order, places, figures, dates, sources, hedges and recalls are the page's; private people's names
(low-rank defectors, victims, the SDF member, a local official) are invented, public figures kept. The search tool
returns an excerpt of a page, not always the whole page: a page cut off is paraphrased up to the cut (the style
says so). Each passage's `style` ends with the page's address, and says where `published` is inferred.
The set is CLOSED until the next stop (fresh set: no helper reads it before its first run).
Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32, 34 and 41), and was
written before anything ran on the passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build133.py      # rewrites gold133.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P133: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P133.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("mh01", "2011-07-01", "Akhbar El Youm (Algeria, via Djazairess)",
        "whole article: two captains' video defections aired by Al-Arabiya, recalled online defections and the founding "
        "of the Free Officers brigade, an analyst's comment; published inferred (a Friday after Hussein Harmoush's "
        "brigade of June 2011: 1 July 2011 assumed); the page is cut off mid-sentence, paraphrased up to the cut | "
        "page: https://djazairess.com/akhbarelyoum/29628",
        "انشقاقان جديدان في صفوف الجيش السوري\n"
        "ظهر النقيب سامر الحلبي، أحد ضباط الجيش السوري، في شريط مصوّر عرضته قناة «العربية» يوم الجمعة، معلناً التحاقه "
        "بـ«لواء الضباط الأحرار»، وقال إنه أقدم على خطوته اعتراضاً على «البطش بالمحتجين العُزّل وبالمدنيين الذين أدّينا "
        "اليمين على صونهم». وفي السياق ذاته أعلن النقيب وسيم الأحمد تركه الجيش، متهماً نظام بشار الأسد بأنه «أفسد في "
        "البلاد وانتهك الأعراض خلافاً لكل القوانين العسكرية»، ومضيفاً أن عمله في القوات الخاصة أتاح له أن يوثّق "
        "«الجرائم جميعها» التي وقعت.\n"
        "وعرفت الأشهر الفائتة حالات انشقاق عدة أُعلن عنها على شبكة الإنترنت. وكان الضابط حسين هرموش قد أعلن تأسيس ما "
        "سمّاه «لواء الضباط الأحرار» بهدف حماية المحتجين، واعترف «الضباط الأحرار» بأنهم قتلوا عسكريين ليحولوا دون "
        "مشاركتهم في قتل المدنيين.\n"
        "وفي تعليق على موجة الانشقاقات التي يشهدها الجيش، رأى المحلل السياسي الدكتور أحمد الحاج علي أن ترك الجيش «في "
        "هذا الظرف الحرج خيانةٌ لليمين التي يقسمها الجندي دفاعاً عن بلده». وتابع أن الحالة موضع الحديث «تخص ضابطاً "
        "حديث السن، إذ يحتاج بلوغ رتبة نقيب عادةً إلى نحو 15 عاماً من الخدمة». واعتبر أن الظن بأن البعثيين جميعاً "
        "يقرّون الظلم والقتل «ضرب من العبث»، لافتاً إلى أن شريحة واسعة منهم ترفض الظلم.",
        [E("defection", None, None, "2011-07-01", "النقيب سامر الحلبي", GOV,
           note="a captain announces his own defection in a video aired by Al-Arabiya: he is the source (as set 129 "
                "md03); one officer, no figure; the brigade he joins is no place; undated beyond «يوم الجمعة», the "
                "item's news: publication day"),
         E("defection", None, None, "2011-07-01", "النقيب وسيم الأحمد", GOV,
           note="a second captain announces his own defection (a separate announcement, its own motive): a second "
                "defection event; no figure, no place; the headline's dual «انشقاقان» gives no figure (stop 30)")])

passage("mh02", "2012-08-06", "Sky News Arabia",
        "whole article: two Tlass captains defect and found a battalion in Eastern Ghouta (activists' video), the "
        "recalled defections of Manaf Tlass (via Paris) and Abdul-Razzaq Tlass, the Farouq battalion's fighting in "
        "Baba Amr; published inferred (after Manaf Tlass's video of late July 2012; a Monday in August 2012 assumed); "
        "the page's last sentence is cut off and left out | page: https://www.skynewsarabia.com/amp/middle-east/36722",
        "نقيبان من آل طلاس ينشقان ويشكّلان كتيبة في الغوطة\n"
        "كلما اشتد العنف في سوريا واتسعت رقعته لتشمل معظم أنحاء البلاد، اتسعت معه دائرة المنشقين عن القوات السورية، "
        "فضلاً عمّن تركوا مناصبهم في السلك الدبلوماسي.\n"
        "وآخر من خرج من صفوف الجيش ضابطان ينتميان إلى عائلة طلاس: النقيب معن طلاس، الذي ترك اللواء 51 دبابات التابع "
        "للفرقة العاشرة، والنقيب وائل طلاس، الذي غادر الفوج 122 مدفعية في الفرقة ذاتها.\n"
        "وبحسب شريط مصوّر بثّه ناشطون على موقع يوتيوب، أعلن الضابطان انشقاقهما وتأسيس كتيبة حملت اسم «حرملة بن "
        "الوليد»، تنضوي في اتحاد كتائب الغوطة الشرقية بريف دمشق.\n"
        "ويبقى العميد مناف طلاس أبرز من انشق من هذه العائلة، وهو قائد اللواء 105 في الحرس الجمهوري ونجل العماد مصطفى "
        "طلاس، وزير الدفاع الأسبق؛ إذ سافر من سوريا إلى باريس، ثم أعلن انشقاقه لاحقاً في شريط مصوّر.\n"
        "ومن قبله كان الملازم عبد الرزاق طلاس في طليعة العسكريين الذين تركوا الجيش عند بداية الأحداث، وأسس مع رفاق له "
        "كتيبة الفاروق. ويتولى عبد الرزاق طلاس اليوم قيادة الجيش الحر بحمص، وقد خاضت كتيبته معارك ضد قوات النظام داخل "
        "حي بابا عمرو الحمصي.",
        [E("defection", None, None, "2012-08-06", "ناشطون", GOV,
           note="two captains leave two units of the 10th Division (a dual noun «ضابطان» and two names: no figure, stop "
                "30); the brigade and regiment they leave are units, not bases they were at (no «مقر»): no place "
                "(CALL: a coder could place it at «الفوج 122» by the stop-28 base rule); one announcement, one event; "
                "the activists' video sentence comes back to the same defection (stop 30); undated: publication day"),
         E("statement", None, PL("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq"), "2012-08-06", "الضابطان",
           FSA, note="the two defectors announce the founding of a battalion in the Eastern Ghouta union: a decision of "
                     "named people (stop 32, as set 129 md05 codes a founding), placed at the region it concerns; "
                     "CALL: a coder could leave a founding uncoded"),
         E("defection", None, PL("باريس", "Paris", None, "France"), None, None, GOV,
           note="recalled: Manaf Tlass travelled to Paris and then announced his defection: an arrival abroad told as "
                "the defection keeps the arrival place (stop 29); background with a place (stop 41), no day; one man, "
                "no figure; the outlet's recall"),
         E("armed_clash", None, PL("بابا عمرو", "Baba Amr", "Homs"), None, None, FSA,
           note="recalled: the Farouq battalion fought regime forces in Baba Amr (background with a place, stop 41; "
                "no day); Abdul-Razzaq Tlass's own early defection has no place or day: not coded; CALL: a coder "
                "could read the Baba Amr fighting as a long campaign, no single act")])

passage("mh03", "2013-06-15", "Nawaret (relaying Reuters)",
        "whole article: 71 officers flee to Turkey (a Turkish official), 30 soldiers' defection in Harasta, Nasrallah's "
        "speech and the US decision to arm the rebels as context, recalled defections of Riad Hijab and Riad al-Asaad's "
        "wounding, Salim Idris's vow; published inferred (the Saturday after Nasrallah's speech of 14 June 2013 and the "
        "US announcement of 13 June); the page is cut off at the vow | page: https://nawaret.com/أخبار-سياسية/"
        "العالم-العربي/فرار-71-ضابطا-بالجيش-السوري-إلى-الأراضي",
        "لجوء 71 ضابطاً سورياً إلى تركيا في موجة انشقاق واسعة\n"
        "(رويترز) – أفاد مسؤول تركي يوم السبت بأن 71 ضابطاً من الجيش السوري، منهم ستة من القادة الكبار، هربوا إلى "
        "تركيا، وهذا أوسع انشقاق جماعي يطال كبار ضباط القوات الأمنية السورية منذ أشهر، من دون أن يتضح في الحال ما "
        "الذي دفعهم إلى ذلك. وفي ريف دمشق، أمّن الجيش الحر خروج 30 جندياً انشقوا عن الفرقة الرابعة في حرستا.\n"
        "وجاءت هذه الانشقاقات في اليوم التالي لكلمة ألقاها الأمين العام لحزب الله اللبناني حسن نصر الله، أكّد فيها أن "
        "حزبه ماضٍ في القتال إلى جانب النظام في سوريا. وقبلها بساعات، كانت واشنطن قد أعلنت أنها ستمدّ مقاتلي "
        "المعارضة بالسلاح، بعدما توافرت لديها أدلة على لجوء قوات الأسد إلى السلاح الكيماوي ضد المعارضين المسلحين "
        "الساعين إلى إسقاطه.\n"
        "ومنذ أن بدأت الثورة على حكم الأسد، توالت حالات الانشقاق في الجيش وانضمام المنشقين إلى الثوار، وتنامت هذه "
        "الظاهرة كلما أوغل النظام في قتل المحتجين في مختلف أرجاء البلاد.\n"
        "ولم تقتصر الانشقاقات على العسكريين، بل بلغت سياسيين بارزين، أولهم رئيس الوزراء الأسبق رياض حجاب الذي هرب إلى "
        "الأردن. ومن أشهر من انشق من الضباط العميد رياض الأسعد، وقد نجا من محاولة اغتيال في دير الزور خسر فيها إحدى "
        "ساقيه.\n"
        "وفي السياق، توعّد اللواء سليم إدريس، الذي يقود الجيش الحر، بهزيمة قوات الأسد وإسقاط النظام.",
        [E("defection", Q("71", 71, nth=1), PL("تركيا", "Turkey", None, "Turkey", nth=1), "2013-06-15", "مسؤول تركي", GOV,
           note="71 officers flee to Turkey: an arrival abroad told as the defection keeps the arrival place (stop 29); "
                "the six senior commanders are a breakdown; undated beyond the Saturday of the official's word: "
                "publication day"),
         E("defection", Q("30", 30), PL("حرستا", "Harasta", "Rif Dimashq"), "2013-06-15", None, GOV,
           note="30 soldiers defect from the 4th Division in Harasta, their exit secured by the FSA: another place and "
                "another incident, so the Turkish official's source does not carry (stop 30); the outlet's line"),
         E("statement", None, None, "2013-06-14", "حسن نصر الله", None,
           note="Nasrallah's speech that his party goes on fighting beside the regime: a named official's stance told "
                "as context (stop 32); the day before the Saturday; no place"),
         E("statement", None, None, "2013-06-14", "واشنطن", None,
           note="Washington's announced decision to arm the rebels (stop 32: a decision of a named body); «قبلها "
                "بساعات» before the speech's day; the chemical weapons evidence is its reason, no act with a place"),
         E("defection", None, PL("الأردن", "Jordan", None, "Jordan"), None, None, GOV,
           note="recalled: former prime minister Riad Hijab fled to Jordan (a political defection, arrival abroad as "
                "the act, stop 29; background with a place, stop 41); no day"),
         E("armed_clash", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), None, None, UNK,
           note="recalled: the attempt on Riad al-Asaad's life in Deir ez-Zor that cost him a leg (one act with a "
                "place, stop 41); the text does not say how (an assassination attempt is an armed_clash by stop 30); "
                "CALL: a coder who knows it was a car bomb might code an explosion; no day, the outlet's recall"),
         E("statement", None, None, "2013-06-15", "اللواء سليم إدريس", FSA,
           note="Salim Idris vows to defeat Assad's forces and topple the regime: a named official's threat (stop 32); "
                "undated, publication day")])

passage("mh04", "2014-08-13", "Youm7",
        "whole article: the Islamic State takes Akhtarin, Turkman Bareh and nearby villages from rebels (activists), "
        "SOHR's toll of the fighting; the page's own headline and date line closed it (the headline is moved to the "
        "top) | page: https://www.youm7.com/story/2014/8/13/تنظيم-الدولة-الإسلامية-يستولى-على-بلدتين-بشمال-سوريا/1818077",
        "«الدولة الإسلامية» ينتزع بلدتين في الشمال السوري\n"
        "انتزع مسلحو تنظيم «الدولة الإسلامية» المتشددون، اليوم الأربعاء، السيطرة على بلدتين كبيرتين وعدد من القرى "
        "القريبة من الحدود بين سوريا وتركيا، بعد أن أخرجوا منها مقاتلين من فصائل منافسة إثر معارك عنيفة، وفق ما "
        "أفاد ناشطون معارضون سوريون.\n"
        "وتقع البلدتان في محافظة حلب، وتُعدّان آخر ما كسبه التنظيم الذي أعلن «الخلافة» على رقعة واسعة تمتد من شرق "
        "سوريا إلى شمال العراق وغربه.\n"
        "وأوضح الناشطون أن عناصر التنظيم دخلوا اليوم أخترين وتركمان بارح إثر مواجهات شرسة مع فصائل المعارضة التي تسعى "
        "إلى إسقاط الرئيس بشار الأسد، كما بسطوا نفوذهم على قرى مجاورة طالما تنازعوا عليها، منها المسعودية ودابق "
        "وغوز.\n"
        "وأفاد المرصد السوري، الذي يتخذ من بريطانيا مقراً لنشاطه، بأن 31 مقاتلاً معارضاً في الأقل لقوا حتفهم "
        "في هذه المعارك، إلى جانب ثمانية من عناصر التنظيم. ويستند المرصد في تقاريره إلى شبكة من الناشطين المنتشرين "
        "داخل البلاد.",
        [E("territory_change", None, PL("أخترين", "Akhtarin", "Aleppo"), "2014-08-13", "ناشطون معارضون سوريون", IS,
           note="IS takes two towns and villages: one act told over a list (Turkman Bareh, al-Masoudiyah, Dabiq, Ghouz "
                "its siblings), placed at the first place named (the lead names none); the lead's activists are the "
                "source, and the body's «أوضح الناشطون» goes on with them"),
         E("armed_clash", Q("31", 31), PL("أخترين", "Akhtarin", "Aleppo"), "2014-08-13",
           "المرصد السوري", IS,
           note="the fighting that took the towns, with its dead: at least 31 rebels and eight IS members; no total is "
                "written, so the first side numbered is the figure (stop 30); placed with the taking; CALL: a coder "
                "could fold the fighting into the taking (one event) and give it the 31")])

passage("mh05", "2014-08-07", "Al-Wasat (Bahrain)",
        "whole article: IS storms Brigade 93 near Tabqa (SOHR: 38 dead, 27 soldiers and 11 jihadists, three suicide "
        "bombers), partial taking, IS executes 19 near al-Omar oil field (recalled taking of the field on 3 July); the "
        "page is cut off after the execution, paraphrased up to the cut | page: http://alwasatnews.com/news/910047.html",
        "«داعش» يقتحم أجزاء من اللواء 93 في الرقة\n"
        "ذكر المرصد السوري لحقوق الإنسان، الخميس (7 آب/أغسطس 2014)، أن عناصر تنظيم «داعش» باتوا يسيطرون على "
        "جزء من قاعدة يتمركز فيها الجيش السوري بمحافظة الرقة شمالي البلاد، إثر معارك قُتل فيها 38 شخصاً.\n"
        "وأوضح المرصد أن مواجهات عنيفة تجري بين مقاتلي «الدولة الإسلامية» وقوات النظام داخل «اللواء 93» وفي محيطه، "
        "في محافظة يهيمن التنظيم على أكبر مدنها وعلى مساحات واسعة منها.\n"
        "وبيّن المرصد، الذي يعمل من بريطانيا ويقول إنه يعتمد على شبكة كبيرة من الناشطين ومن مصادر طبية وعسكرية في "
        "سوريا، أن القتلى هم 27 عسكرياً و11 جهادياً من التنظيم، ثلاثة منهم فجّروا أنفسهم مع انطلاق الهجوم على "
        "اللواء.\n"
        "وتحدث المرصد عن معطيات مؤكدة بأن مقاتلي التنظيم تقدموا وأحكموا قبضتهم على أقسام كبيرة من اللواء، الذي يُعدّ "
        "مع مطار الطبقة العسكري آخر موقعين للجيش في المحافظة. ويهيمن التنظيم على معظم أراضي محافظتي الرقة ودير "
        "الزور.\n"
        "وفي وقت لاحق، أكد المرصد أن التنظيم نفّذ حكم الإعدام بـ19 شخصاً عند حقل العمر النفطي بمحافظة دير الزور، الذي كان قد "
        "وقع في يده يوم 3 تموز/يوليو الفائت، واصفاً عملية القتل هذه بأنها الأشد دموية في المحافظة، إذ أُطلقت على كل "
        "ضحية رصاصة في الرأس، عدا واحداً نُحر.",
        [E("armed_clash", Q("38", 38), PL("اللواء 93", "Brigade 93", "Raqqa", nth=1), "2014-08-07",
           "المرصد السوري لحقوق الإنسان", IS,
           note="the battle for Brigade 93 (a base named by its unit and number: the place, stop 28; the headline's "
                "mention is the same base, the first body mention is taken), 38 dead of both sides is the figure (27 "
                "soldiers and 11 jihadists its breakdown, stop 30); the three suicide bombers are part of the assault "
                "(CALL: a coder could add an explosion)"),
         E("territory_change", None, PL("اللواء 93", "Brigade 93", "Raqqa", nth=1), "2014-08-07",
           "المرصد السوري لحقوق الإنسان", IS,
           note="IS holds part / large parts of the base (told in the lead and again in the fourth paragraph): a "
                "partial taking, one event"),
         E("casualties", Q("19", 19), PL("حقل العمر", "Al-Omar oil field", "Deir ez-Zor"), "2014-08-07", "المرصد", IS,
           note="IS executes 19 people near al-Omar oil field: an execution is casualties (stop 30); the field is a "
                "facility of its own; no day given, the item's news: publication day"),
         E("territory_change", None, PL("حقل العمر", "Al-Omar oil field", "Deir ez-Zor"), "2014-07-03", "المرصد", IS,
           note="recalled inside SOHR's sentence: IS took the field on 3 July (one act with a place and a day, stop 41); "
                "SOHR's sentence, so SOHR's source")])

passage("mh06", "2015-10-03", "Al-Wasat (Bahrain)",
        "whole article: Russian air raids kill eight in Idlib province (SOHR's breakdown by town: Ballyun, al-Hbeit, "
        "Jisr al-Shughur), the recalled start of Russian sorties; published inferred (the Russian air force began on "
        "Wednesday 30 September 2015, «أول أمس الأول» read as three days before: 3 October assumed) | page: "
        "http://alwasatnews.com/news/1031186.html",
        "ثمانية قتلى، بينهم طفلان، في غارات للطيران الروسي على محافظة إدلب\n"
        "خلّفت الضربات التي نفذها الطيران الحربي الروسي على محافظة إدلب، في الشمال الغربي من سوريا، ما لا يقل عن ثمانية قتلى.\n"
        "وفي التفاصيل التي أوردها بشأن الضحايا، قال المرصد السوري لحقوق الإنسان، ومقره المملكة المتحدة، إن أربعة من القتلى، وهم رجل وامرأتان "
        "وطفل، سقطوا في أنحاء من بلدة بليون الواقعة في جبل الزاوية، في حين قضى ثلاثة آخرون، بينهم طفلة، في أنحاء من "
        "بلدة الهبيط في الريف الجنوبي لإدلب.\n"
        "وأضاف المرصد أن رجلاً فارق الحياة متأثراً بجروح أصيب بها حين ضربت المقاتلات الروسية مواقع في مدينة جسر "
        "الشغور، في الريف الغربي من المحافظة.\n"
        "يُشار إلى أن سلاح الجو الروسي كان قد باشر، قبل ثلاثة أيام، أي يوم الأربعاء، شنّ طلعاته الجوية على ما تصفه موسكو "
        "بالتنظيمات الإرهابية الموجودة داخل الأراضي السورية.",
        [E("airstrike", Q("أربعة", 4), PL("بليون", "Ballyun", "Idlib"), "2015-10-03",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="Russian raids on Ballyun kill four (a man, two women, a child: breakdown); the lead's eight equals the "
                "incidents listed beside it (4+3+1): no event of its own (stop 34); undated: publication day"),
         E("airstrike", Q("ثلاثة", 3), PL("الهبيط", "Al-Hbeit", "Idlib"), "2015-10-03",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="three killed in al-Hbeit, the same SOHR sentence"),
         E("airstrike", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2015-10-03", "المرصد", RUS,
           note="a man dies of wounds from Russian strikes on Jisr al-Shughur: a singular, no figure (stop 30); «وأضاف "
                "المرصد»"),
         ])

passage("mh07", "2016-12-06", "Al-Qimma News",
        "whole article: suspected Russian raids kill 25 civilians in Idlib and its countryside (SOHR's director to "
        "AFP), the army's advance in Aleppo's old city, SOHR's three-day Idlib toll, Moscow's recalled widening of "
        "strikes, rebel shells on al-Fua and Kafraya (SOHR: 10 dead); published inferred (a Tuesday when two thirds of "
        "eastern Aleppo had fallen: 6 December 2016) | page: https://alqemanews.com/8229",
        "25 قتيلاً مدنياً بغارات يُرجَّح أنها روسية على إدلب\n"
        "لقي ما لا يقل عن 25 مدنياً سورياً حتفهم يوم الثلاثاء، في ضربات جوية يُعتقد أن طائرات روسية نفذتها على مدينة "
        "إدلب وريفها في الشمال الغربي من البلاد، بينما صار الجيش السوري يمسك بقرابة ثلثي الأحياء الشرقية لمدينة حلب، "
        "بعد تقدم جديد أحرزه في المدينة القديمة.\n"
        "وصرّح رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان، لوكالة فرانس برس بأن الغارات المنسوبة على الأرجح إلى "
        "الطيران الروسي، والتي ضربت مواقع عدة في إدلب وريفها، «أودت بحياة 25 مدنياً في الأقل، منهم أطفال». وبحسب "
        "المرصد، بلغ عدد المدنيين الذين قُتلوا في إدلب في الأيام الثلاثة الماضية 121، إذ تتعرض المحافظة لضربات جوية "
        "كثيفة منذ يوم السبت.\n"
        "وكانت موسكو قد أعلنت في منتصف تشرين الثاني/نوفمبر الفائت أنها وسّعت رقعة غاراتها لتطال مناطق واسعة من إدلب "
        "وحمص، بالتزامن مع الهجوم الذي يشنّه الجيش على أحياء حلب الشرقية الخاضعة للمعارضة.\n"
        "ويهيمن «جيش الفتح»، المؤلف من فصائل إسلامية، على محافظة إدلب، ما عدا بلدتي الفوعة وكفريا الموالية "
        "للحكومة، اللتين بادرت الفصائل إلى استهدافهما بالقذائف انتقاماً للغارات. وأحصى المرصد مقتل «عشرة أشخاص، منهم خمسة "
        "مدنيين، يوم الثلاثاء بقذائف أطلقتها الفصائل على البلدتين»، مشيراً إلى أنه لم يتحقق إن كان القتلى الخمسة "
        "الباقون مدنيين أم لا.",
        [E("airstrike", Q("25", 25, nth=1), PL("إدلب", "Idlib", "Idlib", nth=1), "2016-12-06", "رامي عبد الرحمن", RUS,
           note="raids «likely Russian» on Idlib city and its countryside kill at least 25 civilians: the hedge stays "
                "an asserted act with its suspected agent; the lead names no source, the director's sentence comes "
                "back to the same raids with the toll (stop 30); the city is the place (the countryside is its "
                "surround); the headline's 25 is the same toll, the lead's figure is taken"),
         E("territory_change", None, PL("حلب", "Aleppo", "Aleppo"), "2016-12-06", None, GOV,
           note="the army's new advance in Aleppo's old city, two thirds of the eastern quarters now held: a taking, "
                "placed at the city (the old city is no quarter the text names as such; CALL: a coder could place it "
                "at «المدينة القديمة»); the outlet's line"),
         E("airstrike", Q("121", 121), PL("إدلب", "Idlib", "Idlib", nth=3), "2016-12", "المرصد", RUS,
           kind="aggregate",
           note="121 civilians killed in Idlib over three days of intense raids: a running toll over a period naming "
                "one cause takes its type (stop 32), kind aggregate; agent as the item's raids"),
         E("statement", None, PL("إدلب", "Idlib", "Idlib", nth=4), "2016-11", "موسكو", RUS,
           note="recalled: Moscow announced in mid-November that it widened its raids to Idlib and Homs (a body's "
                "decision, stop 32), placed at the first place it concerns; CALL: a coder could read it as background "
                "with no event"),
         E("shelling", Q("عشرة", 10), PL("الفوعة", "Al-Fu'ah", "Idlib"), "2016-12-06", "المرصد", FSA,
           note="the factions' shells on al-Fua and Kafraya kill ten (five civilians a breakdown): one act told over "
                "two towns, placed at the first (Kafraya its sibling); the count comes in SOHR's next sentence; "
                "Jaish al-Fath's factions are opposition")])

passage("mh08", "2017-08-21", "Al-Hayat",
        "whole article: coalition raids on Harat al-Badu kill 27 civilians (SOHR, a toll raised from 17), the week's "
        "coalition toll in Raqqa, the director's comment, fronts of the battle; published inferred (the Monday after "
        "the Sunday raid, two and a half months into the battle for Raqqa: 21 August 2017); the page is cut off "
        "mid-sentence, paraphrased up to the cut | page: https://sauress.com/alhayat/23579979",
        "لقي 27 مدنياً، منهم أطفال، حتفهم يوم الأحد جراء قصف نفذه التحالف الدولي الذي تقوده واشنطن على حي سكني ما زال في "
        "قبضة تنظيم «الدولة الإسلامية» (داعش) داخل مدينة الرقة، وفق ما ذكر «المرصد السوري لحقوق الإنسان».\n"
        "ويساند التحالف، بالطائرات وبمستشارين على الأرض، الهجوم الذي تخوضه «قوات سورية الديموقراطية»، وهي تحالف من "
        "فصائل كردية وعربية، داخل الرقة منذ مطلع حزيران (يونيو)، في أهم معقل للتنظيم في البلاد.\n"
        "وبيّن مدير المرصد رامي عبد الرحمن أن «غارة للتحالف يوم أمس على حارة البدو، وهي منطقة مزدحمة بالسكان في قلب "
        "الرقة، أودت بحياة 27 مدنياً منهم سبعة أطفال». وكان المرصد قد أحصى أمس 17 قتيلاً مدنياً في هذه الضربات، لكن "
        "العدد ارتفع اليوم مع إخراج جثث إضافية من تحت الركام.\n"
        "وبهذا يصل عدد المدنيين الذين قضوا بغارات التحالف على الرقة في غضون أسبوع إلى 125، بينهم 40 طفلاً، بحسب ما "
        "وثّقه المرصد. وقال عبد الرحمن إن «مدنيين يُقتلون كل يوم بغارات التحالف، وكلما دنت المعارك من وسط المدينة».\n"
        "وتدور المواجهات في الوقت الراهن في المدينة القديمة وفي حيي الدرعية والبريد في الغرب، إضافة إلى الأطراف "
        "الجنوبية لوسط المدينة.",
        [E("airstrike", Q("27", 27, nth=1), PL("حارة البدو", "Harat al-Badu", "Raqqa"), "2017-08-20",
           "المرصد السوري لحقوق الإنسان", COAL,
           note="the coalition raid on Harat al-Badu (the quarter the director names: the most specific place) kills 27 "
                "civilians (seven children a breakdown); the lead's 27 and the director's are one toll, raised from "
                "SOHR's first 17 (stop 30: one event, the latest toll); the lead's «حي سكني» is the same quarter"),
         E("airstrike", Q("125", 125), PL("الرقة", "Raqqa", "Raqqa", nth=3), "2017-08", "المرصد", COAL,
           kind="aggregate",
           note="125 civilians killed by coalition raids on Raqqa in a week (40 children a breakdown): a running toll "
                "naming one cause takes its type (stop 32), beside the day's raid (a total over more than the "
                "incidents told, stop 34)"),
         E("armed_clash", None, PL("المدينة القديمة", "Raqqa Old City", "Raqqa"), "2017-08-21", None, SDF,
           note="the fighting now in the old city, al-Daraiya and al-Barid quarters and the centre's southern edges: one "
                "ongoing clash told over several places, placed at the first (a parallel clause of fighting is coded, "
                "README set 2); the outlet's line; the SDF's campaign since June is a state")])

passage("mh09", "2018-03-27", "Felesteen (Palestine)",
        "whole article: the third and largest evacuation convoy leaves Faylaq al-Rahman's area of Eastern Ghouta "
        "(matching sources: 100 buses, 6749 people), the recalled Russian deals for Harasta and the southern Ghouta, "
        "the morning's resumption through Arbin, a rights groups' toll of the offensive; the page's headline and date "
        "line kept | page: https://felesteen.news/post/24472/خروج-أكبر-قافلة-مهجرين-من-الغوطة-الشرقية-تضم-أكثر-من-6500-شخص/amp",
        "أضخم قافلة تهجير تغادر الغوطة الشرقية حاملةً ما يزيد على 6500 شخص\n"
        "غادرت الغوطة الشرقية القريبة من دمشق، في ساعة متأخرة من مساء الاثنين، دفعة ثالثة تضم مقاتلين من فصائل الجيش "
        "السوري الحر ومدنيين.\n"
        "وأفادت مصادر متطابقة بأن مئة حافلة أقلّت 6749 شخصاً مع عائلاتهم، وخرجت بهم من المنطقة التي يسيطر عليها فيلق "
        "الرحمن في الغوطة.\n"
        "وتُعدّ هذه القافلة الأضخم منذ انطلاق عمليات الإجلاء من الغوطة المحاصرة المحاذية للعاصمة.\n"
        "وكانت روسيا قد أبرمت، واحداً تلو الآخر، اتفاقاً في مدينة حرستا مع حركة أحرار الشام، وآخر مع فيلق الرحمن في "
        "القطاع الجنوبي من الغوطة، نُقل بموجبهما آلاف المسلحين والمدنيين إلى محافظة إدلب في الشمال الغربي، إثر حملة "
        "عسكرية دامية شنّها النظام وحلفاؤه على المنطقة، شلّت المرافق الحيوية كلها وطالت المدنيين اللاجئين إلى "
        "الأقبية.\n"
        "وكانت عملية الإجلاء قد عادت صباح الاثنين في جنوب الغوطة، مع دخول الحافلات مدينة عربين ثم خروجها محمّلة "
        "بمقاتلي المعارضة والمدنيين باتجاه نقطة تجمّع قريبة.\n"
        "وأسفر القصف بالطائرات والمدفعية على الغوطة عن مقتل ما يزيد على 1630 مدنياً منذ انطلاق الهجوم، وفق مصادر "
        "حقوقية.",
        [E("other", Q("6749", 6749), PL("عربين", "Arbin", "Rif Dimashq"), "2018-03-26", "مصادر متطابقة", None,
           note="the third convoy evacuates 6749 people (100 buses: no figure of people) from Faylaq al-Rahman's area: "
                "an evacuation is `other` (contract); the headline's «ما يزيد على 6500» is the same convoy, the body's "
                "exact figure taken; placed at Arbin, the town the same convoy's buses were loaded in (the body's "
                "«وكانت … قد عادت» sentence tells the same day's operation), the most specific place; CALL: a coder "
                "could place it at «الغوطة الشرقية»; the matching sources' sentence comes back to the lead (stop 30)"),
         E("agreement", None, PL("حرستا", "Harasta", "Rif Dimashq"), None, None, RUS,
           note="recalled: Russia's deal with Ahrar al-Sham in Harasta (one act with a place, stop 41; no day); the "
                "thousands moved to Idlib under both deals have no figure written («آلاف» of two deals together)"),
         E("agreement", None, PL("الغوطة", "Eastern Ghouta", "Rif Dimashq", nth=4), None, None, RUS,
           note="recalled: the second deal, with Faylaq al-Rahman in the southern Ghouta (placed at the Ghouta the "
                "text names); CALL: a coder could code the two deals as one agreement event told over two places"),
         E("casualties", Q("1630", 1630, None), PL("الغوطة", "Eastern Ghouta", "Rif Dimashq", nth=6), None,
           "مصادر حقوقية", GOV, kind="aggregate",
           note="more than 1630 civilians killed by air and artillery shelling since the offensive began: a toll over a "
                "period naming two kinds of act is casualties (stop 32); the offensive is the regime's and its "
                "allies'")])

passage("mh10", "2019-08-17", "Assahifa (Morocco, via Maghress)",
        "whole article: raids on the north-west kill 15 (SOHR relayed by international media): a Russian raid on a "
        "displaced people's camp in Hass (13) and other raids on al-Ghadfa and Ariha (two children), SOHR's earlier "
        "three-month tolls and the UN's displaced, the recalled calm and the escalation since late April, the war's "
        "national toll; published inferred (a Friday three and a half months after late April 2019: the Hass camp "
        "raid of 16 August 2019, the page assumed the next day); the page is cut off in its last sentence | page: "
        "https://maghress.com/assahifa/13234",
        "غارات على شمال غرب سوريا تقتل 15 بينهم أطفال في مخيم للنازحين\n"
        "أدت ضربات جوية طالت يوم الجمعة مناطق في الشمال الغربي من سوريا إلى مقتل 15 شخصاً في الأقل، وفق حصيلة أوردها "
        "المرصد السوري لحقوق الإنسان. ونقلت وسائل إعلام دولية عن المرصد، الذي يتخذ من لندن مقراً له، أن «13 مدنياً، "
        "منهم أربعة أطفال، لقوا حتفهم في قصف روسي طال مخيماً يؤوي نازحين في بلدة حاس بريف إدلب الجنوبي».\n"
        "وذكرت المصادر نفسها أن ضربات أخرى، نسبها المرصد «إلى الطائرات الحربية للنظام وإلى حليفه الروسي كذلك»، أسفرت "
        "«عن مقتل طفلين وإصابة 23 شخصاً» في الغدفة، إحدى قرى ريف معرة النعمان، وفي مدينة أريحا جنوبي إدلب.\n"
        "واستناداً إلى أرقام سبق أن نشرها المرصد، أودى التصعيد خلال الأشهر الثلاثة الأخيرة بحياة ما يزيد على 820 "
        "مدنياً، وما يربو على ألف من مقاتلي الفصائل، في مقابل ما يفوق 900 من جنود النظام والمسلحين الموالين له، بينما "
        "تجاوز عدد الفارّين من المعارك 400 ألف نازح، بحسب تقديرات الأمم المتحدة.\n"
        "وكانت إدلب والمناطق المحيطة بها قد نعمت بالهدوء بفضل اتفاق روسي تركي، قبل أن تتعرض منذ أواخر نيسان/أبريل "
        "الماضي لضربات جوية وقصف شبه يومي رافقته معارك ضارية دارت رحاها خصوصاً في الريف الشمالي لحماة بين قوات النظام والفصائل.\n"
        "وقد أودى النزاع في سوريا، منذ اندلاعه عام 2011، بحياة ما يزيد على 370 ألف شخص وخلّف دماراً واسعاً.",
        [E("airstrike", Q("13", 13), PL("حاس", "Hass", "Idlib"), "2019-08-16", "المرصد", RUS,
           note="a Russian raid on a displaced people's camp in Hass kills 13 civilians (four children a breakdown); the "
                "camp is unnamed, so the town is the place; international media relay SOHR: the relayed is the source "
                "(stop 34); the lead's 15 equals this raid and the next (13 + the two children): no event of its own "
                "(stop 34), although the two are a dual the text does not number"),
         E("airstrike", None, PL("الغدفة", "Al-Ghadfa", "Idlib"), "2019-08-16", "المرصد", GOV,
           note="other raids, attributed by SOHR to the regime's and Russia's aircraft, kill two children (a dual: no "
                "figure, stop 30) and wound 23 (never the figure) in al-Ghadfa and Ariha: one act told over two places, "
                "placed at the first; the regime is the first actor named; CALL: a coder could split the two places"),
         E("casualties", Q("820", 820, None), None, "2019-08", "المرصد", None, kind="aggregate",
           note="SOHR's earlier figures: the three months' escalation killed more than 820 civilians (rebels and regime "
                "troops beside them are further tolls of the same aggregate, the first numbered taken); the "
                "escalation mixes raids, shelling and clashes: casualties (stop 32); no place in the sentence"),
         E("other", Q("400 ألف", 400000, None), None, "2019-08", "تقديرات الأمم المتحدة", None, kind="aggregate",
           note="more than 400 thousand displaced by the fighting (UN estimates): a displacement aggregate (`other`), "
                "no place in the sentence"),
         E("casualties", Q("370 ألف", 370000, None), None, None, None, None, kind="aggregate",
           note="the war's national toll since 2011 (the outlet's boilerplate): a casualties aggregate with no place "
                "(the country, not a place of the act); CALL: a coder could leave boilerplate tolls uncoded")])

passage("mh11", "2020-03-02", "Syrian Observatory for Human Rights",
        "whole article (SOHR's own page, headline kept): regime shelling by a mosque in Idlib city (one dead), a Russian "
        "raid massacre in Idlib city (7), the regime's entry into Saraqeb and the fighting around it, the recalled "
        "counter-attack at al-Nayrab and Dadikh, shelling that put Anadan's health centre out of service, the day's "
        "count of Russian raids; published inferred (the regime's re-entry into Saraqeb after the rebels' "
        "counter-attack, about 1-2 March 2020: 2 March assumed); the page is cut off inside the list of raided places "
        "| page: http://www.syriahr.com/?p=361183",
        "مجزرة بطائرات روسية تضرب مدينة إدلب.. وما يزيد على 175 غارة على منطقة «خفض التصعيد».. والنظام يتوغل في سراقب\n"
        "سجّل المرصد السوري لحقوق الإنسان، خلال ساعات اليوم، مقتل مدني وجرح اثنين آخرين، جراء قصف بالمدفعية الثقيلة نفذته قوات "
        "النظام على محيط مسجد شعيب في وسط مدينة إدلب.\n"
        "كما رصد المرصد السوري، مساء اليوم، ضربات جوية شنتها مقاتلات روسية على أحياء سكنية داخل مدينة إدلب، وأسفرت عن "
        "مقتل 7 مواطنين أحدهم طفل.\n"
        "وفي سراقب، رصد المرصد السوري توغل قوات النظام في أحياء المدينة وبسط سيطرتها على مساحات كبيرة منها، فيما "
        "تتواصل المعارك في محيطها قرب الحدود الإدارية لمحافظة حلب، من دون أن تتبدل خريطة السيطرة التي كانت قائمة قبل "
        "الهجوم المعاكس على النقاط التي كانت قوات النظام قد تقدمت إليها في النيرب وداديخ في ريف إدلب.\n"
        "كما سجّل المرصد توقف مركز «عندان» الصحي في ريف حلب الشمالي عن العمل، بعد أن طاله قصف مدفعي لقوات النظام.\n"
        "وفي سياق متصل، تواصل المقاتلات الروسية وطائرات النظام ضرب بلدات وقرى في ريفي إدلب وحلب، إذ بلغ عدد الغارات "
        "الروسية 86 غارة، طالت قميناس وأطراف النيرب وسرمين ومصيبين.",
        [E("shelling", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2020-03-02", "المرصد السوري لحقوق الإنسان", GOV,
           note="regime heavy artillery near a mosque in central Idlib kills one civilian (a singular: no figure) and "
                "wounds two (never the figure); the mosque is a landmark placed at the city (stop 29)"),
         E("airstrike", Q("7", 7, nth=1), PL("إدلب", "Idlib", "Idlib", nth=2), "2020-03-02", "المرصد السوري", RUS,
           note="Russian raids on residential quarters of Idlib city kill 7 (a child among them): the headline's "
                "«مجزرة» in Idlib is the same act"),
         E("territory_change", None, PL("سراقب", "Saraqib", "Idlib", nth=1), "2020-03-02", "المرصد السوري", GOV,
           note="regime forces enter Saraqeb's quarters and hold large parts: a taking (the headline's «يتوغل في "
                "سراقب» is the same act)"),
         E("armed_clash", None, PL("سراقب", "Saraqib", "Idlib", nth=1), "2020-03-02", "المرصد السوري", GOV,
           note="the fighting that goes on around Saraqeb: a parallel clause of fighting (README set 2), placed at the "
                "town it surrounds; SOHR's sentence"),
         E("armed_clash", None, PL("النيرب", "Al-Nayrab", "Idlib"), None, "المرصد السوري", FSA,
           note="recalled inside SOHR's sentence: the rebels' counter-attack on the points the regime had reached in "
                "al-Nayrab and Dadikh (one act over two places with a place, stop 41; no day); CALL: a coder could "
                "leave a reference point of the control map uncoded; the factions are not named (opposition)"),
         E("shelling", None, PL("عندان", "Anadan", "Aleppo"), "2020-03-02", "المرصد", GOV,
           note="regime artillery puts Anadan's health centre out of service: an unnamed health centre is placed at its "
                "town (stop 29); no figure"),
         E("airstrike", Q("86", 86), PL("قميناس", "Qaminas", "Idlib"), "2020-03-02", "المرصد", RUS, kind="aggregate",
           note="the day's Russian raids reach 86 on Qminas, al-Nayrab's edges, Sarmin and Musaybin (a "
                "running count of the day told over places, placed at the first); the outlet is SOHR, «وفي سياق "
                "متصل» goes on with its report"),
         E("airstrike", Q("175", 175, None), None, "2020-03-02", None, RUS, kind="aggregate",
           note="the headline's more than 175 raids on the de-escalation zone (Russian and regime together, over more "
                "than the 86 Russian ones): a day's total told only in the headline, no place named (the zone is no "
                "place); CALL: a coder could leave a headline-only total uncoded")])

passage("mh12", "2021-05-25", "Syrian Press Center",
        "whole article: six killed in Daraa by unknown assassins in one day: two Eighth Brigade men near Sayda, two "
        "more near Sayda, a man killed on the al-Yadudah-Muzayrib road after his son's abduction, a body found near "
        "Khirbet Ghazaleh; published inferred (the day after Monday 24 May 2021) | page: https://syrianpc.com/ستة-قتلى-"
        "في-درعا-جراء-عمليات-اغتيال-نفذ",
        "ستة قتلى في اغتيالات متفرقة بمحافظة درعا\n"
        "قُتل ستة أشخاص في محافظة درعا يوم الاثنين (24 أيار/مايو)، أي أمس، في اغتيالات نفّذها مجهولون بمناطق مختلفة من "
        "المحافظة.\n"
        "ووفق مصادر إعلامية محلية، لقي كل من «عمار الزعبي» و«بلال الزعبي» حتفهما بعد منتصف الليلة الماضية، إثر إطلاق "
        "الرصاص المباشر عليهما بالقرب من بلدة صيدا في الريف الشرقي لدرعا.\n"
        "والقتيلان من عناصر اللواء الثامن الذي تدعمه روسيا، وأصلهما من بلدة أم المياذن شرقي درعا، وكانا في السابق "
        "مقاتلين في صفوف المعارضة قبل أن يدخلا في اتفاق التسوية والمصالحة مع النظام.\n"
        "وخسر اللواء الثامن أمس عنصرين آخرين في الريف الشرقي للمحافظة، إذ أطلق مجهولون الرصاص المباشر على «سليم "
        "الحريري» و«جهاد المقداد» قرب صيدا أيضاً، فأردوهما قتيلين في الحال.\n"
        "وفي حادثة أخرى، قُتل «منير الرفاعي» مساء أمس في الريف الغربي لدرعا، على الطريق بين اليادودة والمزيريب، بعدما "
        "خطف مسلحون مجهولون ابنه ثم أفرجوا عنه، واستولوا على سيارته وقتلوه.\n"
        "ويُذكر أن سكاناً في ريف درعا الشرقي وجدوا صباح أمس جثة «ياسر العودة» قرب طريق بلدة خربة غزالة، وقد أصيب "
        "بطلقات نارية عدة في ظروف لم تتضح، فيما تشهد درعا موجة اغتيالات يومية على أيدي مجهولين وسط فوضى أمنية واسعة.",
        [E("armed_clash", None, PL("صيدا", "Sayda", "Daraa"), "2021-05-24", "مصادر إعلامية محلية", UNK,
           note="two Eighth Brigade men shot dead by unknown gunmen near Sayda: a killing by gunmen is an armed_clash "
                "(stop 30); two names give no figure; the lead's six equals the incidents told (2+2+1+1): no event of "
                "its own (stop 34)"),
         E("armed_clash", None, PL("صيدا", "Sayda", "Daraa", nth=1), "2021-05-24", "مصادر إعلامية محلية", UNK,
           note="two more Eighth Brigade men shot near Sayda: a second shooting (another pair, told as a further loss); "
                "a dual and names, no figure; the local sources' report goes on with an act of its kind (stop 30)"),
         E("armed_clash", None, PL("اليادودة", "Al-Yadudah", "Daraa"), "2021-05-24", "مصادر إعلامية محلية", UNK,
           note="a man killed by gunmen on the al-Yadudah-Muzayrib road after they abducted and freed his son and took "
                "his car: a road is placed at its first place (stop 30); one man, no figure; CALL: «وفي حادثة أخرى» "
                "could be read as the outlet's own line"),
         E("other", None, PL("خربة غزالة", "Khirbet Ghazaleh", "Daraa"), "2021-05-24", None, None,
           note="a body found near Khirbet Ghazaleh (bodies found are `other`, contract); the outlet's «ويُذكر أن»; "
                "the daily wave of assassinations is a habit")])

passage("mh13", "2022-03-28", "Baladi News",
        "whole article: a civilian killed and another wounded by gunmen in Tsil (media sources, the Horan Free "
        "Gathering on the victims), two young men killed in al-Sanamayn, a man wounded in Nawa, the February toll of "
        "assassinations; published inferred (the day after Sunday 27 March 2022) | page: "
        "https://baladi-news.com/ar/articles/82600/اغتيال-شاب-ونجاة-آخر-في-درعا",
        "بلدي نيوز\n"
        "مقتل شاب برصاص مجهولين ونجاة رفيقه في ريف درعا\n"
        "قتل مسلحون مجهولون شاباً مدنياً وأصابوا آخر، مساء الأحد (27 آذار/مارس)، داخل بلدة تسيل الواقعة في الريف الغربي "
        "لدرعا جنوبي سوريا.\n"
        "وذكرت مصادر إعلامية أن المسلحين صوّبوا نيرانهم مباشرة نحو الشابين المدنيين في محيط تسيل، فقتلوا الشاب "
        "«سليمان الخطيب» وجرحوا رفيقه «قاسم النابلسي».\n"
        "ووفق ما حصل عليه «تجمع أحرار حوران» من مصادره، يتحدر الشابان من مدينة طفس في الريف الغربي لدرعا، وكلاهما "
        "مدني، إذ يعمل أحدهما في بيع الدراجات النارية والآخر في توزيع جرار الغاز المنزلي على البيوت.\n"
        "وفي يوم الأحد نفسه، فتح مسلحون مجهولون النار مباشرة على الشابين «مروان الحسن» و«إياد الشرع» في مدينة الصنمين "
        "شمالي محافظة درعا، فقُتلا في الحال.\n"
        "وفي فجر اليوم ذاته، جُرح الشاب «فادي الجباوي» حين أطلق عليه مجهولون النار مباشرة في مدينة نوى غرب درعا، ونُقل "
        "إلى مشفى المدينة لتلقي العلاج.\n"
        "ومنذ أن بسطت قوات الأسد وميليشيات إيران سيطرتها على المحافظة كاملة في 2018، لم تتوقف الاغتيالات في درعا، وقد أوقعت "
        "عمليات الاغتيال ومحاولاتها في شهر شباط/فبراير الماضي 26 قتيلاً و10 جرحى، في حين نجا 8 أشخاص منها.",
        [E("armed_clash", None, PL("تسيل", "Tsil", "Daraa"), "2022-03-27", "مصادر إعلامية", UNK,
           note="unknown gunmen kill a civilian and wound another in Tsil: a killing by gunmen is an armed_clash (stop "
                "30); one dead, no figure; the lead names no source, the media sources' sentence comes back to it "
                "(stop 30); the Gathering's sentence only tells who the victims were"),
         E("armed_clash", None, PL("الصنمين", "Al-Sanamayn", "Daraa"), "2022-03-27", "تجمع أحرار حوران", UNK,
           note="two young men shot dead in al-Sanamayn (a dual and names: no figure); the report before it goes on "
                "with an act of its kind (stop 30), the Gathering being the last source named; CALL: a coder could "
                "carry «مصادر إعلامية» or give the outlet"),
         E("armed_clash", None, PL("نوى", "Nawa", "Daraa"), "2022-03-27", "تجمع أحرار حوران", UNK,
           note="a young man wounded by gunmen in Nawa (only wounded: no figure, stop 30); the same carry as above; the "
                "town's hospital is a landmark"),
         E("armed_clash", Q("26", 26), PL("درعا", "Daraa", "Daraa", nth=5), "2022-02", None, UNK, kind="aggregate",
           note="February's assassinations and attempts in Daraa killed 26 (10 wounded, 8 survived: no figure): a toll "
                "over a period naming one cause takes its type (stop 32); the outlet's own line; the regime's taking of "
                "the province in 2018 has no place finer than the province and no day: not coded")])

passage("mh14", "2023-01-02", "Arab Observer",
        "whole article: an Israeli missile strike on Damascus International Airport at dawn (an official source: two "
        "soldiers killed, two wounded, the airport out of service), local sources on the targets, the recalled June "
        "2022 strike that shut the airport; published inferred (the strike of 2 January 2023 that killed two soldiers "
        "and closed the airport for the second time since June 2022) | page: "
        "https://arabobserver.com/عدوان-جوي-إسرائيلي-على-مطار-دمشق-الدول",
        "مقتل عسكريين اثنين وتوقف مطار دمشق الدولي عن العمل إثر ضربة صاروخية إسرائيلية\n"
        "أعلن مصدر رسمي سوري أن «العدو الإسرائيلي شنّ في ساعات فجر اليوم عدواناً جوياً بدفعات متتالية من الصواريخ أُطلقت من جهة "
        "الشمال الشرقي لبحيرة طبريا، واستهدف مطار دمشق الدولي والمنطقة المحيطة به».\n"
        "وبيّن المصدر نفسه أن الضربة أسفرت عن مقتل اثنين من العسكريين وجرح اثنين آخرين، وعن أضرار مادية متفرقة، فضلاً "
        "عن توقف مطار دمشق الدولي عن العمل.\n"
        "ووفق مصادر محلية في المنطقة، أصاب القصف الإسرائيلي «مواقع تابعة لحزب الله اللبناني ولمجموعات موالية لطهران داخل المطار "
        "وحوله، منها مستودع للأسلحة».\n"
        "وهذه هي المرة الثانية التي تتوقف فيها الحركة في مطار دمشق ويخرج عن العمل منذ شهر حزيران/يونيو من عام 2022، "
        "حين تسبب قصف إسرائيلي بتعليق كل الرحلات الجوية لما يقارب أسبوعين كاملين، بعدما ألحق أضراراً بأحد مدارج "
        "المطار.",
        [E("airstrike", Q("اثنين", 2, nth=1), PL("مطار دمشق الدولي", "Damascus International Airport", "Rif Dimashq",
                                                   nth=1), "2023-01-02", "مصدر رسمي سوري", ISR,
           note="Israeli missiles on Damascus airport and its surroundings kill two soldiers (the numeral «اثنين» is "
                "written: the figure) and wound two (never the figure); the airport is a listed facility; the headline "
                "and the local sources' targets are the same strike; undated beyond «فجر اليوم»: publication day"),
         E("airstrike", None, PL("مطار دمشق", "Damascus International Airport", "Rif Dimashq", nth=3), "2022-06",
           None, ISR,
           note="recalled: the Israeli strike of June 2022 that damaged a runway and suspended flights for about two "
                "weeks (one act with a place, stop 41; month grain); the outlet's recall")])

passage("mh15", "2023-06-27", "Eye of Euphrates",
        "whole article: IS cells kill an SDF member at a checkpoint in Abriha (IS's claim), a grenade on a local "
        "official's house in Dhiban, a recalled IS video, IS's weekly claim of seven attacks | page: "
        "https://eyeofeuphrates.com/ar/news/2023/06/27/8965",
        "«داعش» يقتل عنصراً من «قسد» في ريف دير الزور\n"
        "قُتل أحد عناصر قوات سوريا الديمقراطية «قسد»، أمس الاثنين، في هجوم مسلح شنّته خلايا تابعة لتنظيم «داعش» في "
        "الريف الذي يحيط بمدينة دير الزور.\n"
        "وأعلن التنظيم، عبر معرّفاته، مسؤوليته عن قتل المدعو «خليل حمد العبيد»، وهو من أبناء بلدة الصور في ريف دير "
        "الزور الشمالي ويعمل في صفوف «قسد»، بعدما استهدفه عناصره على حاجز البلدية داخل بريهة، البلدة الواقعة شرق دير الزور.\n"
        "وفي حادثة ذات صلة، رمى مسلحون مجهولون كانوا على متن دراجة نارية بقنبلة يدوية نحو بيت «فرحان العيسى»، المسؤول "
        "عن الكومين ضمن المجلس المحلي الذي يتبع «قسد»، في ذيبان، البلدة الواقعة شرقي دير الزور، من غير أن يصاب أحد.\n"
        "وكان «داعش» قد بثّ عبر معرّفاته الرسمية، يوم الأحد الماضي، شريطاً مصوراً بعنوان «صناع الملاحم»، عرض فيه هجمات "
        "نفذتها خلاياه ضد «قسد».\n"
        "وأعلن التنظيم أيضاً، يوم الجمعة الماضي، تبنيه سبع هجمات في سوريا خلال أسبوع، توزعت على دير الزور "
        "والحسكة والرقة، إضافة إلى ريف حماة، وقال إنها أوقعت 19 قتيلاً وجريحاً بين عناصر «قسد» وجنود النظام.",
        [E("armed_clash", None, PL("بريهة", "Abriha", "Deir ez-Zor"), "2023-06-26", "التنظيم", IS,
           note="IS cells kill an SDF member at a checkpoint in Abriha (one man: no figure); the lead names no source "
                "and no town, IS's claim comes back to the same attack with its place (stop 30); his home town al-Sur "
                "is no place of the act"),
         E("explosion", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-06-27", None, UNK,
           note="gunmen on a motorbike throw a grenade at a local official's house in Dhiban, no one hurt: another kind "
                "of act, the outlet's line; undated: publication day"),
         E("armed_clash", Q("سبع", 7), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=5), "2023-06-23", "التنظيم",
           IS, kind="aggregate",
           note="IS claims seven attacks in a week in Deir ez-Zor, Hasakah, Raqqa and the Hama countryside: an "
                "aggregate of attacks, its own count the figure (the 19 killed and wounded together are no figure of "
                "dead), placed at the first province (CALL: a coder could give no place to a four-province week); "
                "the video is no event")])

passage("mh16", "2024-11-28", "Al Jazeera Mubasher",
        "whole article: the opposition's «Deterrence of Aggression» operation takes 32 villages and positions west of "
        "Aleppo (two lists of places, Regiment 46 among the earlier ones), the area taken and the distance to Aleppo, "
        "a glued «اقرأ أيضاً» marker and an activist's tweet on Qabtan al-Jabal; events of Wednesday 27 November 2024 "
        "| page: https://www.aljazeeramubasher.net/news/politics/2024/11/28/ردع-العدوان-المعارضة-السورية-تتقدم",
        "«ردع العدوان».. فصائل المعارضة تتقدم في ريف حلب وتنتزع عشرات القرى والمواقع (فيديو)\n"
        "أول تقدم من هذا النوع منذ ما يزيد على أربع سنوات\n"
        "انتزعت فصائل المعارضة السورية، يوم الأربعاء، السيطرة على 32 من القرى والمواقع في الريف الغربي لحلب شمالي البلاد، "
        "بعد مواجهات مع قوات النظام ضمن عملية عسكرية سمّتها «ردع العدوان».\n"
        "ومن أبرز القرى التي صارت في قبضة المعارضة: الهوتة، تلة الضبعة، أورم الكبرى، باشنطرة، جمعية المعري، "
        "جمعية «أبو عمشة»، جمعية الأمين، جمعية المناهل، جمعية الرضوان، المهندسين، باكدينا، وكفرناها أخيراً.\n"
        "اقرأ أيضاً\n"
        "وفي وقت أبكر من اليوم ذاته، كانت الفصائل قد بسطت سيطرتها على كل من: الشيخ عقيل، قبتان الجبل، تلة الراقب، تل "
        "الدبابات، بلدة عينجارة، الفوج 46، كفر بسمة، بسرطون، حور، القاسمية، عاجل، بالا، السلوم، كفربسين، "
        "حيردركل، أورم الصغرى، ثم عويجل.\n"
        "وبهذا اتسعت الرقعة التي انتزعتها المعارضة أمس الأربعاء إلى 245 كيلومتراً مربعاً، وصارت قواتها على بعد لا يتجاوز 5 "
        "كيلومترات عن مدينة حلب.\n"
        "«عادت إلى أهلها الدبابات التي طالما قصفتنا».. مشاهد أولى من تحرير قبتان الجبل، أول بلدة تُحرَّر اليوم في "
        "معركة ردع العدوان — هادي العبد الله (@HadiAlabdallah)، 27 تشرين الثاني/نوفمبر 2024",
        [E("territory_change", Q("32", 32), PL("الهوتة", "Al-Hota", "Aleppo"), "2024-11-27", None, HTS,
           note="the factions take 32 villages and positions west of Aleppo: one act told over a list, placed at the "
                "first place named (the lead names only the region); its own count of places the figure (CALL: a "
                "coder could give a taking no figure); the operations room is led by HTS (the 2024 actor); the "
                "outlet's line; the area and distance are no figures of the act"),
         E("territory_change", None, PL("الشيخ عقيل", "Sheikh Aqil", "Aleppo"), "2024-11-27", None, HTS,
           note="the earlier takings of the same day (Regiment 46 among them, a base in the list, not split off): a "
                "second telling over another list, placed at its first place; no figure of its own (the 32 covers the "
                "day); CALL: a coder could fold both lists into one event; the tweet on Qabtan al-Jabal is a place of "
                "this list, and «اقرأ أيضاً» carries no headline here")])

passage("mh17", "2025-09-05", "Erem News",
        "whole article: two IS gunmen on a motorbike fire on an SDF vehicle in al-Shuhayl, one SDF member killed in the "
        "exchange (SOHR), SOHR's count of IS operations in the Autonomous Administration's areas since the start of "
        "2025 and their toll | page: https://www.eremnews.com/news/arab-world/7qxozip",
        "مقتل عنصر من «قسد» برصاص خلية لـ«داعش» في ريف دير الزور\n"
        "لقي أحد عناصر قوات سوريا الديمقراطية «قسد» حتفه في دير الزور اليوم الجمعة، بعدما أطلق مسلحان ينتميان إلى "
        "خلايا تنظيم «داعش» الرصاص على سيارته العسكرية، وفق ما ذكره المرصد السوري لحقوق الإنسان.\n"
        "وجاء في بيان للمرصد أن «مسلحَين من خلايا داعش كانا يركبان دراجة نارية، وأطلقا النار على آلية عسكرية لقوات "
        "سوريا الديمقراطية عند كوع سليمان المخلف داخل مدينة الشحيل، في الريف الشرقي لدير الزور».\n"
        "وبحسب المعلومات المتوفرة، اندلعت مواجهة بين الجانبين إثر الهجوم، قُتل فيها العنصر، بينما استنفرت «قسد» "
        "قواتها أمنياً على نطاق واسع سعياً إلى العثور على المهاجمَين.\n"
        "وأحصى المرصد 170 عملية نفذتها خلايا «داعش» في مناطق سيطرة «الإدارة الذاتية» منذ بداية عام 2025، تنوعت بين "
        "هجمات مسلحة واستهدافات وتفجيرات.\n"
        "وتفيد توثيقات المرصد بأن هذه العمليات أوقعت 77 قتيلاً، منهم 52 من «قسد» والتشكيلات العسكرية المتحالفة معها، "
        "و11 من «داعش»، و13 مدنياً، إضافة إلى شخص يتعاون مع «قسد».",
        [E("armed_clash", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2025-09-05",
           "المرصد السوري لحقوق الإنسان", IS,
           note="two IS gunmen fire on an SDF vehicle in al-Shuhayl and an exchange follows, one SDF member killed (a "
                "singular: no figure); the lead's Deir ez-Zor, SOHR's statement and the exchange are one incident; "
                "the bend named after a person is a landmark placed at the town (stop 29); the SDF's alert is no "
                "event"),
         E("casualties", Q("77", 77), None, "2025", "المرصد", IS, kind="aggregate",
           note="170 IS operations this year (armed attacks, targetings, bombings) killed 77 (52 SDF, 11 IS, 13 "
                "civilians, one collaborator: breakdown): one aggregate, the dead its figure (stop 30), casualties for "
                "several kinds of act (stop 32); the Administration's areas are no place")])

passage("mh18", "2025-11-21", "Shafaq News",
        "whole article: SOHR's statement on IS attacks on SDF and Asayish points east of Deir ez-Zor: a rocket round "
        "and a clash in Dhiban, machine-gun fire and an exchange in Abriha, an attack on al-Arqoub point with "
        "explosions in al-Sousa, SOHR's count of IS operations since the start of 2025; the page is cut off "
        "mid-sentence, paraphrased up to the cut | page: https://www.shafaq.com/ar/الشرق-الأوسط/سوريا-داعش-يهاجم-قسد-"
        "و-الأسايش-في-دير-الزور",
        "شفق نيوز- سوريا\n"
        "ذكر المرصد السوري لحقوق الإنسان يوم الجمعة، في ساعات المساء، أن عناصر من تنظيم داعش هاجموا حواجز أمنية تتبع "
        "«قسد» وأخرى لقوى الأمن الداخلي (الأسايش) في الجهة الشرقية من محافظة دير الزور.\n"
        "وقال المرصد، المعارض الذي يتخذ من بريطانيا مقراً، في بيان وصل إلى وكالة شفق نيوز، إن «عناصر مسلحين تابعين لخلايا "
        "داعش ضربوا نقطة أمنية لـ(قسد) بقذيفة صاروخية، فردّت الأخيرة على مصدر النيران، ودارت اشتباكات بالأسلحة بين "
        "الجانبين في ذيبان، إحدى بلدات ريف دير الزور، ولم ترد حتى الآن أنباء عن خسائر في الأرواح أو الممتلكات».\n"
        "وفي حادثة ثانية منفصلة، قال المرصد أيضاً إن «عناصر من خلايا داعش أطلقوا النار من رشاشات على حاجز للأسايش، فجرى تبادل "
        "متقطع للنيران في بلدة أبريهة بالريف الشرقي لدير الزور، دون أنباء عن خسائر، كما شنّ التنظيم هجوماً بأسلحة "
        "متوسطة على نقطة (العرقوب) التي تتبع قسد، أعقبه دويّ انفجارات عنيفة في بلدة السوسة بالريف الشرقي لدير "
        "الزور».\n"
        "ووفق إحصاء المرصد، نفذت خلايا داعش 224 عملية منذ مطلع 2025 وحتى تاريخه في مناطق سيطرة «الإدارة الذاتية»، جرت "
        "كلها عبر هجمات مسلحة.",
        [E("armed_clash", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2025-11-21", "المرصد", IS,
           note="IS cells hit an SDF point with a rocket round and a clash follows in Dhiban: one incident (the round "
                "opens the clash), no losses; the lead's attacks on checkpoints are the incidents told below, no event "
                "of their own"),
         E("armed_clash", None, PL("أبريهة", "Abriha", "Deir ez-Zor"), "2025-11-21", "المرصد", IS,
           note="IS machine-gun fire on an Asayish checkpoint and an exchange in Abriha: a second incident in SOHR's "
                "second quote"),
         E("armed_clash", None, PL("السوسة", "Al-Sousa", "Deir ez-Zor"), "2025-11-21", "المرصد", IS,
           note="IS attacks al-Arqoub point with medium weapons, loud explosions follow in al-Sousa: a third incident "
                "in the same quote, placed at the town (a named point is no listed base; CALL: a coder could place it "
                "at «العرقوب»)"),
         E("armed_clash", Q("224", 224), None, "2025", "المرصد", IS, kind="aggregate",
           note="224 IS operations this year in the Administration's areas, all armed attacks: an aggregate of one "
                "kind of act, its count the figure (no dead numbered before the cut); no place")])

passage("mh19", "2012-08-01", "Al-Azd (via Sauress)",
        "whole article: 16 officers defect in under a day, three brigadiers among them; two brigadiers' own video "
        "announcements with their motives, activists on the regime punishing one's family; published inferred (a "
        "Wednesday in the summer of 2012, when brigadiers' video defections were reported in batches: 1 August 2012 "
        "assumed); the page is cut off mid-sentence, paraphrased up to the cut | page: https://sauress.com/alazd/18224",
        "16 ضابطاً يتركون الجيش السوري في يوم واحد بينهم ثلاثة عمداء\n"
        "عرف جيش بشار الأسد اليوم الأربعاء موجة جديدة من الانشقاقات، إذ أعلن ضباط، بعضهم من أصحاب الرتب العليا، "
        "التحاقهم بـ«الجيش السوري الحر» المعارض للنظام. وخلال أقل من يوم واحد، خرج 16 ضابطاً من صفوف الجيش النظامي، "
        "ثلاثة منهم كبار برتبة عميد: العميد الركن نزار خليل الصالح، رئيس فرع الاستطلاع في المنطقة الشمالية، والعميد "
        "المظلي ماهر سعيد الحسن من قيادة المنطقة الشمالية، والثالث هو العميد الركن فواز العلي من قيادة الأركان العليا.\n"
        "وبثّت صفحات على الإنترنت صوراً يظهر فيها العميد الصالح "
        "معلناً تركه الجيش وانضمامه إلى الجيش الحر. وقال الصالح في بيان انشقاقه إنه يغادر صفوف الجيش احتجاجاً على المجازر "
        "الجماعية وعلى القتل المنظم، وعلى صرف الجيش عن مهمته الأصلية في حماية البلاد وجعله قوة احتلال تستبيح الحرمات.\n"
        "وفي شريط مصوّر آخر نُشر على الإنترنت، أعلن العميد الركن فواز العلي، وهو ممن يدرّسون في كلية الحرب "
        "العليا، خروجه من الجيش النظامي، معللاً قراره بانحراف الجيش عن طريقه وتحوّله إلى قوة تحمي النظام. وكشف ناشطون، "
        "في شريط نشروه على الإنترنت، أن النظام أنزل عقاباً بأسرة العميد العلي.",
        [E("defection", Q("16", 16, nth=1), None, "2012-08-01", None, GOV,
           note="16 officers defect in less than a day (three brigadiers a breakdown; the headline's 16 is the same "
                "count, the lead's taken): the outlet's count, no place (commands and branches are no places); a total "
                "over more than the incidents told one by one, so it stands beside them (stop 34)"),
         E("defection", None, None, "2012-08-01", "الصالح", GOV,
           note="Brigadier al-Saleh appears in pictures announcing his defection, and his statement follows: he is the "
                "source (his own announcement, as set 129 md03); one man, no figure, no place"),
         E("defection", None, None, "2012-08-01", "العميد الركن فواز العلي", GOV,
           note="Brigadier al-Ali announces his defection in another video: his own source; his college is where he "
                "taught, no place of the act; the regime's punishment of his family is cut off before it says what "
                "was done: not coded")])

passage("mh20", "2017-09-26", "Al-Araby Al-Jadeed",
        "whole article: a coalition raid on a residential building near the White Garden in Raqqa kills 17 civilians "
        "(«Raqqa is Being Slaughtered Silently»), bodies under rubble, local sources' count of over 100 raids in a day, "
        "the state of the battle (most of the city held by the SDF); published inferred (a Monday when IS was "
        "besieged in a small pocket of Raqqa: late September 2017, the next day assumed) | page: "
        "https://alaraby.co.uk/مقتل-17-مدنياً-بقصف-للتحالف-الدولي-في-الرقة",
        "سبعة عشر قتيلاً مدنياً بغارة للتحالف على الرقة\n"
        "لقي سبعة عشر مدنياً حتفهم وجُرح آخرون، مساء الاثنين، إثر قصف جوي نفذته طائرة للتحالف الدولي الذي يحارب تنظيم "
        "«داعش»، استهدف حياً مأهولاً في مدينة الرقة، في الشمال الشرقي من سورية.\n"
        "وأفادت حملة «الرقة تُذبح بصمت» بأن «طائرة تتبع للتحالف الدولي ضربت بناءً سكنياً قرب الحديقة البيضاء، فقتلت "
        "سبعة عشر مدنياً وأصابت آخرين».\n"
        "وأشارت الحملة، التي تُعنى برصد الانتهاكات وتوثيقها في محافظة الرقة، عبر حساباتها الرسمية على وسائل التواصل "
        "الاجتماعي، إلى أن «جثامين الضحايا لا تزال تحت الركام».\n"
        "وكانت مصادر محلية قد ذكرت أن «غارات التحالف على مدينة الرقة في الساعات الأربع والعشرين الأخيرة زادت على مئة "
        "غارة، وخلّفت خراباً واسعاً في الأحياء».\n"
        "وفي المدينة، التي تُعدّ أبرز معاقل «داعش» في سورية، يتقاتل مسلحو «قوات سورية الديموقراطية» (قسد)، التي يدعمها "
        "التحالف بغاراته، مع عناصر التنظيم، وقد باتت معظم أحياء الرقة في يد «قسد»، فيما حوصر التنظيم في بقعة صغيرة.",
        [E("airstrike", Q("سبعة عشر", 17, nth=1), PL("الرقة", "Raqqa", "Raqqa", nth=1), "2017-09-25",
           "حملة «الرقة تُذبح بصمت»", COAL,
           note="a coalition raid on a residential building kills 17 civilians: the White Garden is a landmark, so the "
                "city is the place (stop 29); the lead names no source, the campaign's sentence comes back to the same "
                "raid (stop 30); the headline's seventeen is the same toll; the date is the inferred Monday (CALL)"),
         E("airstrike", Q("مئة", 100, None), PL("الرقة", "Raqqa", "Raqqa", nth=4), "2017-09-25", "مصادر محلية", COAL,
           kind="aggregate",
           note="more than a hundred coalition raids on Raqqa in 24 hours (local sources, recalled «وكانت … قد»): a "
                "day's count of raids beside the one raid told, an aggregate; its named source is kept"),
         E("armed_clash", None, PL("الرقة", "Raqqa", "Raqqa", nth=5), "2017-09-26", None, SDF,
           note="the battle between IS and the SDF inside the city, most quarters now held by the SDF: a parallel "
                "clause of ongoing fighting (README set 2); the outlet's line; CALL: a coder could read it as "
                "background state")])

passage("mh21", "2014-07-04", "Al-Wady (via Masress)",
        "whole article: SOHR on IS taking Muhassan, al-Bulayl and Albu Omar on the Euphrates, the director on their "
        "importance (the airbase, al-Mayadin, Albukamal), background on Deir ez-Zor's fighting, a recalled IS taking of "
        "quarters of Deir ez-Zor from Nusra; published inferred (the war «in its fourth year», IS's advance after Mosul "
        "reaching al-Mayadin in early July 2014: 4 July assumed); the page's cut-off last sentence is left out | page: "
        "https://www.masress.com/elwady/240267",
        "«داعش» يستولي على ثلاث بلدات على الفرات في دير الزور\n"
        "بحسب المرصد السوري لحقوق الإنسان، انتزع مسلحو «الدولة الإسلامية في العراق والشام» السيطرة على بلدات "
        "أساسية في شرق سوريا، محاذية للمناطق التي وضع التنظيم يده عليها في العراق. وأوضح المرصد أن المتشددين الساعين "
        "إلى إقامة «خلافة» على طرفي الحدود السورية العراقية باتوا يسيطرون على موحسن والبوليل والبوعمر.\n"
        "وبيّن مدير المرصد رامي عبد الرحمن أن البلدات الثلاث، التي سقطت في يد التنظيم مؤخراً، تطل على نهر الفرات الذي "
        "يصل سوريا بالعراق، وتكتسب أهميتها من كونها قريبة من المطار العسكري في دير الزور ومن مدينة الميادين. وشدّد على أنه "
        "بالاستيلاء على الميادين لن تبقى خارج قبضة التنظيم من المدن المهمة سوى البوكمال المتاخمة للحدود مع العراق. "
        "وأضاف أن موحسن، التي تبعد قرابة 100 كيلومتر عن الحدود العراقية، نقطة أساسية لأي مسعى إلى السيطرة على المطار.\n"
        "ومن المعروف أن محافظة دير الزور، الغنية بالنفط في شرق البلاد والتي أنهكتها الحرب الداخلة عامها الرابع، تشهد "
        "منذ ما يزيد على عامين قتالاً بين فصائل المعارضة وقوات النظام، كما يخوض «داعش» فيها معارك ضد فصائل معارضة "
        "أخرى. وكان التنظيم قد انتزع من «جبهة النصرة»، فرع «القاعدة» في سوريا، أحياء من مدينة دير الزور.",
        [E("territory_change", None, PL("موحسن", "Muhasan", "Deir ez-Zor"), "2014-07-04",
           "المرصد السوري لحقوق الإنسان", IS,
           note="IS takes Muhassan, al-Bulayl and Albu Omar: one act over a list, placed at the first (the lead names "
                "only «شرق سوريا»); «مؤخراً», no day: the item's news, publication day; the director's sentences "
                "go on with it"),
         E("territory_change", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=3), None, None, IS,
           note="recalled: IS took quarters of Deir ez-Zor city from Nusra (one act with a place, stop 41; no day); "
                "the outlet's «وكان … قد»; the taking of al-Mayadin is told as a condition («بالاستيلاء … لن "
                "تبقى»), no asserted act; the two years of fighting are a state")])


def main() -> None:
    write("gold133.jsonl", P133)


if __name__ == "__main__":
    main()
