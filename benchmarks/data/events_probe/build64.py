"""Build gold64.jsonl: development set 64 (ids ic01…ic36), written in stop 32 by writer w64 BEFORE any run on it.

36 passages of 2-5 sentences (40-90 words), each the paraphrase of the news part of ONE real Arabic page about
Syria, 2019-2025 (the lead and the details of its first incident or two, with the page's sources, hedges and
recalls), found in the search tool's `pages` corpus with Arabic queries. Every sentence was rewritten (no run of
five words is shared with the page, names aside: checked by script against the page text, which stays outside the
repository); private persons' names are invented, places, forces, outlets, figures and dates are the page's. The
page's address is in each passage's `style` field ("page: …"). Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build64.py      # rewrites gold64.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P64: list[dict] = []


def passage(pid, published, outlet, page, text, events):
    P64.append({"id": pid, "published": published, "outlet": outlet, "style": f"page: {page}",
                "text": text.strip(), "events": events})


passage("ic01", "2019-12-08", "Emarat Al Youm (AFP)",
        "https://emaratalyoum.com/politics/news/2019-12-08-1.1281882",
        "أودى قصف جوي نفذته مقاتلات روسية وأخرى سورية أمس بحياة 19 مدنياً في محافظة إدلب بشمال غرب البلاد، من بينهم "
        "ثمانية أطفال، بحسب المرصد السوري لحقوق الإنسان. وذكر المرصد أن الغارات طالت قريتي بليون والبارة في الريف "
        "الجنوبي للمحافظة وقرية إبديتا جنوبها، إضافة إلى موقع في شرقها. وفي البارة رأى مصور لوكالة فرانس برس عناصر "
        "من الخوذ البيضاء يُخرجون الضحايا من بناء سُوّي بالأرض.",
        [E("airstrike", Q("19", 19), PL("بليون", "Balyun", "Idlib"), "2019-12-07", "المرصد السوري لحقوق الإنسان", RUS,
           note="one raid told for a list of villages: a group, gold at the first village; the 19 dead are the whole "
                "raid's; Russian and Syrian jets, the Russian named first; the children are a breakdown")])

passage("ic02", "2024-12-02", "IMLebanon (AFP)", "https://imlebanon.org/2024/12/02/syria554322/amp",
        "لقي 11 مدنياً على الأقل حتفهم، من بينهم خمسة أطفال، اليوم الاثنين في ضربات جوية مشتركة نفذتها طائرات روسية "
        "وسورية في محافظة إدلب شمال غربي سوريا، حسب إحصاء المرصد السوري لحقوق الإنسان. وجاء ذلك بعد يوم من قول "
        "موسكو إن قواتها تعاون الجيش السوري على التصدي لهجوم تشنه فصائل معارضة. وأوضح المرصد أن الضربات أصابت "
        "مواقع متعددة منها مدينة إدلب ومخيم نازحين إلى الشمال منها، وجُرح فيها العشرات.",
        [E("airstrike", Q("11", 11, None, approx=True), PL("إدلب", "Idlib", "Idlib", nth=1), "2024-12-02",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="the city and a camp north of it: a group, gold at the city (first named); «على الأقل» after the noun "
                "sets the open bound; Moscow's word the day before is background to the raid, not coded as a "
                "statement (a second coder might)")])

passage("ic03", "2019-01-12", "Euronews Arabic",
        "https://arabic.euronews.com/2019/01/12/israel-aircraft-fired-missiles-towards-damascus-area-syria-military-source-state-agency",
        "أفادت الوكالة العربية السورية للأنباء بأن مقاتلات إسرائيلية أطلقت مساء الجمعة صواريخ نحو محيط دمشق، وأن "
        "الدفاعات الجوية اعترضت أغلبها. ونقلت الوكالة عن مصدر عسكري أن الطائرات جاءت من جهة إصبع الجليل قرابة "
        "الساعة 23:15، وأن الأضرار انحصرت حتى اللحظة في مستودع أصيب داخل مطار دمشق الدولي. من جهته قال المرصد "
        "السوري إن بعض الضربات وقع قرب المطار، فيما أصاب بعضها محيط الكسوة حيث مواقع ومخازن سلاح لحزب الله وإيران.",
        [E("airstrike", None, PL("مطار دمشق الدولي", "Damascus International Airport", "Rif Dimashq"), "2019-01-11",
           "الوكالة العربية السورية للأنباء", ISR,
           note="one raid: the hit warehouse at the airport (a facility) is its most specific place; SOHR's Kiswah is "
                "the same raid's other place (a group member); the military source relayed by the agency could be "
                "named instead; the agency opens the report")])

passage("ic04", "2025-12-24", "Al-Shorouk (Anadolu)",
        "https://www.shorouknews.com/news/view.aspx?cdate=24122025&id=6f1569fa-1278-4377-8882-740f4be9809f",
        "اندلعت اليوم الأربعاء مواجهات مسلحة بين قوى الأمن الداخلي السوري ومسلحين من فلول النظام المخلوع داخل قرية "
        "بعبدة بريف جبلة في محافظة اللاذقية، وفق ما نقلته قناة «الإخبارية السورية» دون أن تورد تفاصيل إضافية. "
        "وأوردت وكالة «سانا» من جهتها عن مصدر أمني لم تكشف اسمه أن وحدات أمنية تبادلت إطلاق النار مع مطلوبين حول "
        "مدينة جبلة. وكان الساحل السوري قد عاش في آذار الماضي أياماً دامية هاجم فيها موالون للنظام السابق قوات الأمن.",
        [E("armed_clash", None, PL("بعبدة", "Baabda", "Latakia"), "2025-12-24", "«الإخبارية السورية»", NEWGOV,
           note="SANA's clash «حول مدينة جبلة» is taken as the same clash told by a second source (Baabda is in "
                "Jableh's countryside), not a second event; agent: the security forces, the side named first (a "
                "coder could name the loyalists); the March recall has no day or place: no event")])

passage("ic05", "2025-12-28", "Vetogate", "https://www.vetogate.com/5562426",
        "قُتل عنصران من الأمن الداخلي السوري اليوم الأحد برصاص مسلحين بمحافظة اللاذقية، أثناء احتجاجات شهدتها "
        "مدينتا اللاذقية وجبلة. ونقلت «سانا» عن العميد وائل الحسين، قائد الأمن الداخلي في المحافظة، أن عناصر آخرين "
        "جُرحوا وأن سيارات للشرطة والمهام الخاصة حُطّمت في اعتداء نسبه إلى عناصر من فلول النظام البائد اندسّوا في "
        "المظاهرات التي دعا إليها المدعو سليم ورد. وأضاف أن ملثمين مسلحين من «سرايا الجواد» و«سرايا درع الساحل» "
        "رُصدوا بين المحتجين.",
        [E("armed_clash", None, PL("اللاذقية", "Latakia", "Latakia"), "2025-12-28", "العميد وائل الحسين", LOYAL,
           note="gunmen killing two security men: armed_clash; «عنصران» is a dual, no figure; the text names the "
                "governorate for the killing and two cities for the protests, so the governorate; the commander's "
                "telling (next sentence, same attack) is the source"),
         E("protest", None, PL("اللاذقية", "Latakia", "Latakia", nth=1), "2025-12-28", None, PROT,
           note="the protests in two cities: a group, gold at Latakia city (first named); no crowd figure; the "
                "outlet (the commander tells the attack, not the protest); a coder could fold the protest into "
                "the attack")])

passage("ic06", "2025-03-04", "Al-Araby Al-Jadeed",
        "https://www.alaraby.co.uk/politics/سورية-حملة-أمنية-واسعة-في-اللاذقية-بعد-مقتل-عنصري-أمن",
        "أطلقت إدارة الأمن الداخلي عملية تمشيط واسعة في حي الدعتور وأحياء مجاورة له بمدينة اللاذقية، على ما "
        "قاله اليوم الثلاثاء مصدر أمني سوري، بعد أن قُتل عنصران من قواتها في هجوم لموالين للنظام المخلوع، بحسب ما أوردته "
        "وكالة «سانا». وكان العنصران قد سقطا فجر اليوم في اشتباك أعقب استهداف مسلحين من فلول النظام لدورية أمنية داخل "
        "الحي. وفي جبلة، جُرح رجل وزوجته بنيران مسلحين.",
        [E("armed_clash", None, PL("الدعتور", "al-Daatour", "Latakia"), "2025-03-04", "مصدر أمني سوري", LOYAL,
           note="lead and recap tell one attack on a patrol; dual «عنصران»: no figure; the sweep («عملية تمشيط») "
                "reports no arrest and is not coded (a coder could code it as arrest)"),
         E("armed_clash", None, PL("جبلة", "Jableh", "Latakia"), None, None, UNK,
           note="another incident at another place, gunmen wounding two: armed_clash with no figure (the injured "
                "are never the figure); no day of its own; the outlet")])

passage("ic07", "2025-11-24", "Sada El Balad", "https://www.elbalad.news/6777849",
        "أفاد مراسل قناة القاهرة الإخبارية في دمشق، وسيم داود، بأن دورية للأمن العام تعرضت اليوم لهجوم مسلح في "
        "محافظة اللاذقية، مستنداً إلى مصادر محلية. وأوضح أن سيارة تقل عدداً من العناصر استُهدفت بالرشاشات على يد من "
        "وصفتهم المصادر بفلول النظام السابق، وأن تعزيزات عسكرية دُفعت إلى المكان حيث ما زالت المواجهات جارية في "
        "منطقة جبلية كثيفة الأحراج. ولم تُعرف بعد حصيلة الاشتباكات، فيما تواصل القوات ملاحقة الخلية المهاجمة.",
        [E("armed_clash", None, PL("اللاذقية", "Latakia", "Latakia"), "2025-11-24", "مراسل قناة القاهرة الإخبارية",
           LOYAL, note="attack on a patrol and the ensuing clash: one event; the governorate is the only place; no toll"),
         E("reinforcement", None, PL("اللاذقية", "Latakia", "Latakia"), "2025-11-24", "مراسل قناة القاهرة الإخبارية",
           NEWGOV, note="reinforcements sent to the clash («وأوضح» goes on with the reporter's telling); a coder "
                        "could leave it inside the clash")])

passage("ic08", "2022-11-06", "Step News Agency",
        "https://stepsport.net/ar/2022/11/06/قصف-تركي-على-القامشلي-يوقع",
        "قال مراسل وكالة ستيب الإخبارية إن انفجاراً قوياً دوّى مساء اليوم الأحد في قلب مدينة القامشلي، تبعه استنفار "
        "واسع لعناصر «قسد». وبيّن المراسل أن الانفجار نجم عن ضربة جوية تركية بصاروخ موجّه أصابت عربة عسكرية تقل "
        "قيادياً وعدداً من مقاتلي «قسد» بجوار مدرسة السعادة ضمن منطقة الحزام الغربي للمدينة، فسقط جميع ركابها بين قتيل "
        "وجريح. ونقلت سيارات الإسعاف الضحايا من موقع الضربة.",
        [E("airstrike", None, PL("الحزام الغربي", "al-Hizam al-Gharbi (Qamishli)", "Al-Hasakah"), "2022-11-06",
           "مراسل وكالة ستيب الإخبارية", TUR,
           note="the blast and the strike are one act; a school is placed at the quarter the text gives (the western "
                "belt of the city); no number of dead")])

passage("ic09", "2022-06-09", "Darkamazi", "https://darkamazi.net/arabic/archives/1027562",
        "قصفت طائرة مسيّرة تركية اليوم الخميس 9 حزيران 2022 سوقاً لبيع الخضار والفاكهة في حي ميسلون شرقي مدينة "
        "القامشلي، بحسب ما حصل عليه الموقع من معلومات. وألحق القصف أضراراً بالمكان وبعدد من السيارات، كما جُرح شخص "
        "واحد. ويأتي الهجوم في ظل تهديدات تركية متواصلة بعملية عسكرية وبإقامة «منطقة آمنة» بعمق 30 كيلومتراً جنوب "
        "الحدود.",
        [E("airstrike", None, PL("ميسلون", "Maysaloun (Qamishli)", "Al-Hasakah"), "2022-06-09", None, TUR,
           note="a market is placed at its quarter; one injured: no figure; the outlet's own information; the Turkish "
                "threats are ongoing background, not a statement")])

passage("ic10", "2022-02-24", "Baladi News", "https://video.baladi-news.com/ar/articles/81787",
        "أصيب أربعة أشخاص، بينهم ثلاث نساء، اليوم الخميس 24 شباط، حين استهدفت مسيّرة تركية سيارة لنقل الركاب على "
        "الطريق بين القامشلي وعامودا في ريف الحسكة، وفق ما أوردته وكالة «هاوار» الكردية. وأوضحت الوكالة أن السيارة "
        "كانت آتية من عامودا وأن الضربة وقعت شرقي منتجع فاروج، ونُقل المصابون إلى مستشفيات القامشلي. وتشهد خطوط "
        "التماس بين «قسد» وفصائل «الجيش الوطني» والقوات التركية اشتباكات وقصفاً متبادلاً منذ شهور.",
        [E("airstrike", None, PL("القامشلي", "Qamishli", "Al-Hasakah"), "2022-02-24", "وكالة «هاوار» الكردية", TUR,
           note="a road between two towns: the first named; the four injured are not the figure; the months of "
                "clashes on the front lines are background (no event)")])

passage("ic11", "2024-01-09", "Akhbar Al Aan (AFP)",
        "https://akhbaralaan.net/news/arab-world/2024/01/09/مقتل-14-عنصرا-من-قوات-النظام-السوري-بهجوم-لداعش-في-ريف-حمص",
        "لقي 14 عنصراً من القوات الحكومية السورية حتفهم وجُرح ما يزيد على 19 آخرين، في هجوم لتنظيم داعش استهدف "
        "حافلة تقلّ عسكريين قرب المحطة الثالثة ضمن بادية تدمر شرقي حمص، حسب المرصد السوري لحقوق الإنسان. وهذا ثاني هجوم للتنظيم "
        "على القوات الحكومية منذ مطلع الشهر، بعدما قتل تسعة من عناصرها ومسلحين موالين في هجوم على مواقع في شرق سوريا "
        "في الأول من كانون الثاني. كذلك أعلن المرصد مقتل ملازم في قوات النظام وعنصر من الدفاع الوطني في هجوم للتنظيم "
        "ببادية أثريا غربي الرقة أعقبته اشتباكات.",
        [E("armed_clash", Q("14", 14), PL("المحطة الثالثة", "T3 pumping station", "Homs"), None,
           "المرصد السوري لحقوق الإنسان", IS,
           note="an ambush on a bus: armed_clash; T3 (a site) is more specific than the Palmyra desert; the text "
                "gives no day"),
         E("armed_clash", Q("تسعة", 9), PL("شرق سوريا", "Eastern Syria"), "2024-01-01", None, IS,
           note="recalled with its own day: an event of its own; the writer's recall, so the outlet"),
         E("armed_clash", None, PL("بادية أثريا", "Athriya desert", "Raqqa"), None, "المرصد", IS,
           note="a third attack in another place, SOHR named again; a lieutenant and a militiaman: no figure")])

passage("ic12", "2023-02-22", "Al-Alam", "https://alalam.ir/news/6546278",
        "استهدفت طائرة مسيّرة تركية اليوم الأربعاء 22 شباط سيارة تقل عناصر من «قسد» قرب قرية التنورية الواقعة على طريق "
        "القامشلي - القحطانية إلى الشمال الشرقي من الحسكة، على مقربة من الحدود مع تركيا، فاشتعلت النيران فيها. وهذه ثاني ضربة "
        "من نوعها منذ الزلزال الذي ضرب جنوب تركيا وشمال سوريا، إذ سبقتها ضربة قتلت ثلاثة من مسلحي «قسد» وأصابت "
        "مدنياً في ريف الحسكة. كما قصفت مسيّرة تركية في 18 كانون الثاني سيارة «بيك آب» عسكرية لـ«قسد» على طريق بلدة "
        "القحطانية، وفق مصادر محلية.",
        [E("airstrike", None, PL("التنورية", "al-Tannuriyah", "Al-Hasakah"), "2023-02-22", None, TUR,
           note="the village is more specific than the road; no toll in the body (the page's headline said two dead, "
                "left out of the passage); the outlet"),
         E("airstrike", Q("ثلاثة", 3), PL("ريف الحسكة", "Al-Hasakah countryside", "Al-Hasakah"), None, None, TUR,
           note="an earlier strike after the earthquake, no day given; the outlet"),
         E("airstrike", None, PL("القحطانية", "al-Qahtaniyah", "Al-Hasakah"), "2023-01-18", "مصادر محلية", TUR,
           note="a recalled strike with its own day; the source closes the sentence")])

passage("ic13", "2021-10-11", "Al-Baath Media (SANA)",
        "https://albaathmedia.sy/2021/10/11/في-عفرين-مقتل-شخص-وإصابة-عدد-من-المدني",
        "انفجرت سيارة مفخخة قرب دوار كاوا في وسط عفرين، المدينة الواقعة في ريف حلب الشمالي الغربي، فقُتل شخص وجُرح عدد من "
        "المدنيين أحدهم طفل، وفق ما ذكرته مصادر محلية لوكالة سانا. وأشارت المصادر إلى أن موقع الانفجار قريب من مقر "
        "لفصيل «جيش الإسلام» الموالي لتركيا، وأن أضراراً مادية لحقت بالمكان.",
        [E("explosion", None, PL("عفرين", "Afrin", "Aleppo"), None, "مصادر محلية", None,
           note="a roundabout is placed at its town; one dead (singular): no figure; no perpetrator named; «جيش "
                "الإسلام» and Turkey are named for the site, not as actors; no day in the text")])

passage("ic14", "2025-06-22", "Euronews Arabic",
        "https://arabic.euronews.com/2025/06/22/a-suicide-bomber-detonated-an-explosive-belt-inside-a-church-in-damascus-causing-casualti",
        "فجّر انتحاري نفسه مساء اليوم الأحد في كنيسة مار إلياس بحي الدويلعة في دمشق أثناء قداس، موقعاً ضحايا بين "
        "المدنيين حسب مصادر رسمية. وبثّ التلفزيون السوري صوراً لمقاعد خشبية متناثرة ودماء على الأرض، بينما نقلت سيارات "
        "الإسعاف الجرحى إلى مستشفيات قريبة. وقالت وزارة الداخلية السورية في حصيلة أولية إن 20 شخصاً على الأقل قُتلوا "
        "وأصيب 52، مؤكدة أن المهاجم ينتمي إلى تنظيم الدولة الإسلامية وأنه أطلق النار قبل أن يفجّر سترته الناسفة.",
        [E("explosion", Q("20", 20, None, approx=True), PL("الدويلعة", "al-Dwel'a (Damascus)", "Damascus"),
           "2025-06-22", "وزارة الداخلية السورية", IS,
           note="a church is placed at its quarter; the ministry's toll sentence comes back to the bombing, so it is "
                "the source; the shooting before the blast is part of the one attack")])

passage("ic15", "2024-12-05", "Ultra Sawt", "https://www.ultrasawt.com/فصائل-المعارضة-السورية-تعلن-سيطرتها-على-مدينة-حماة-بالكامل",
        "سيطرت فصائل المعارضة اليوم الخميس على مدينة حماة، رابع كبرى مدن البلاد، في تقدم غير مسبوق منذ "
        "انطلاق الثورة عام 2011، حسبما نقل «تلفزيون سوريا». واعترف جيش النظام في بيان بفقدان المدينة، قائلاً إن وحداته "
        "أعادت تموضعها خارجها حرصاً على حياة المدنيين. وأعلنت الفصائل كذلك سيطرتها على سجن حماة المركزي وإطلاق نحو "
        "3000 معتقل منه، وعلى جبل زين العابدين ومطار حماة العسكري.",
        [E("territory_change", None, PL("حماة", "Hama", "Hama"), "2024-12-05", "«تلفزيون سوريا»", FSA,
           note="the army's admission is a reaction to the taking (its second telling), not a statement of its own; "
                "the text says opposition factions (the 2024 operations room is not named)"),
         E("territory_change", None, PL("سجن حماة المركزي", "Hama Central Prison", "Hama"), "2024-12-05", "الفصائل",
           FSA, note="the prison, the military airport and Zayn al-Abidin mountain taken: one act for a list of sites, "
                     "a group, gold at the first; a coder could fold them into the city's taking"),
         E("other", Q("نحو 3000", 3000, approx=True), PL("سجن حماة المركزي", "Hama Central Prison", "Hama"),
           "2024-12-05", "الفصائل", FSA, note="detainees freed from the prison: a release, `other`")])

passage("ic16", "2019-10-14", "Watan FM", "https://watan.fm/news/132410",
        "تابعت فصائل الجيش الوطني السوري تقدمها على جبهتي الحسكة والرقة ضمن عملية «نبع السلام» التركية. وأعلنت "
        "الحسابات الرسمية للعملية اليوم الاثنين 14 تشرين الأول انتزاع تل عنتر وعين العروس والبديع وجاسم العلي، وهي قرى "
        "جنوبي تل أبيض من قوات سوريا الديمقراطية بعد معارك. وعلى جبهة الحسكة، قال الجيش الوطني إنه استولى على موقع "
        "البحوث العلمية وتل البنات ومعسكري الصالحية والليبية بريف رأس العين، وأبلغ مصدر في الجيش الوطني مراسل وطن إف إم "
        "بأن معارك ضارية تدور في ساحة ديوان وحي العبرة في قلب رأس العين.",
        [E("territory_change", None, PL("تل عنتر", "Tal Antar", "Raqqa"), "2019-10-14", "الحسابات الرسمية للعملية", SNA,
           note="four villages taken: a group, gold at the first"),
         E("territory_change", None, PL("البحوث العلمية", "Scientific Research site (Ras al-Ayn)", "Al-Hasakah"),
           "2019-10-14", "الجيش الوطني", SNA,
           note="a second list of sites on another front: a group, gold at the first; dated by the item's day"),
         E("armed_clash", None, PL("رأس العين", "Ras al-Ayn", "Al-Hasakah", nth=1), "2019-10-14",
           "مصدر في الجيش الوطني", SNA,
           note="fighting inside the city at a square and a quarter: the square is placed at its town, so the town "
                "(a coder could take حي العبرة)")])

passage("ic17", "2023-09-22", "Syria TV", "https://syria.tv/تزامناً-مع-زيارته-إلى-الصين-حشود-ضخمة-تطالب-بإسقاط-بشار-الأسد-في-السويداء",
        "احتشد عشرات الآلاف في ساحة الكرامة بقلب مدينة السويداء اليوم الجمعة، مطالبين برحيل النظام السوري، بالتزامن مع "
        "زيارة بشار الأسد إلى الصين. وأفاد مراسل تلفزيون سوريا بأن جموعاً غفيرة قدمت من قرى المحافظة منذ الصباح "
        "للمشاركة في التظاهرة التي ترفع مطلب إسقاط الأسد وإحداث تغيير سياسي. وبحسب موقع «السويداء 24»، التحق وفد من "
        "عشائر الجبل بالمحتجين في الساحة.",
        [E("protest", Q("عشرات الآلاف", 20000, 90000, approx=True), PL("السويداء", "As-Suwayda", "As-Suwayda"),
           "2023-09-22", "مراسل تلفزيون سوريا", PROT,
           note="a square is placed at its city; the reporter's next sentence comes back to the same rally; the tribal "
                "delegation joining is the same protest")])

passage("ic18", "2025-09-20", "Elmanshar", "https://elmanshar.com/?p=151345",
        "احتشد عشرات إلى مئات من أهالي السويداء يوم السبت 20 أيلول 2025 في ساحة الكرامة وسط المدينة، رافعين لافتات "
        "تنادي بـ«حق تقرير المصير» وتطالب بكشف مصير المخطوفين وإطلاق سراحهم. والتظاهرة حلقة في سلسلة احتجاجات أسبوعية "
        "انطلقت في آب 2025 غضباً من انتهاكات رافقت دخول القوات الحكومية المؤقتة وعشائر بدوية حليفة إلى المحافظة في "
        "تموز، وأودت بعشرات المدنيين وخُطف خلالها المئات، منهم أكثر من 75 امرأة لا يزال مصيرهن مجهولاً.",
        [E("protest", Q("عشرات إلى مئات", 20, 900, approx=True), PL("السويداء", "As-Suwayda", "As-Suwayda"),
           "2025-09-20", None, PROT,
           note="«عشرات إلى مئات»: a vague range; a square placed at its city; the July abuses are background with "
                "no day or place (no event; a coder could code a casualties aggregate)")])

passage("ic19", "2024-05-24", "Al-Araby Al-Jadeed",
        "https://www.alaraby.co.uk/politics/هيئة-تحرير-الشام-تعتقل-متظاهرين-في-إدلب-طالبوا-بإسقاط-الجولاني",
        "اعتقل جهاز الأمن العام التابع لهيئة تحرير الشام اليوم الجمعة شابين في ريف إدلب، إثر تظاهرات خرجت في مدن "
        "محافظة إدلب وبلداتها تنادي بإسقاط أبو محمد الجولاني، قائد الهيئة، وبحلّ جهازها الأمني وإطلاق المعتقلين. وقال "
        "محتجون لـ«العربي الجديد» إن الاعتقال جرى بعد صلاة الجمعة في مدينة جسر الشغور، وإن الشابين من المشاركين في "
        "الحراك.",
        [E("arrest", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2024-05-24", "محتجون", HTS,
           note="«شابين» is a dual: no figure; the protesters' next sentence gives the town and comes back to the "
                "arrest"),
         E("protest", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2024-05-24", None, PROT,
           note="protests across the governorate that day; no finer place; no crowd figure")])

passage("ic20", "2024-03-03", "The Levant News",
        "https://thelevantnews.com/public/article/مظاهرات-مستمرة-بإدلب..-رغم-الاعتقالات-والوعود-الكاذبة-لـ\"النصرة\"",
        "اعتقل جهاز الأمن العام التابع لهيئة تحرير الشام مساء أمس السبت عشرات المحتجين في مخيمي كللي وأطمة شمالي "
        "إدلب، بعد مشاركتهم في تظاهرات مناوئة للجولاني زعيم الهيئة، ووجّه إليهم تهمتي الإخلال بالأمن والإساءة "
        "إلى سمعتها. وكانت تظاهرات قد عمّت الجمعة الماضية ما يزيد على 16 نقطة بمدينة إدلب وريفها، فيما سعت الهيئة إلى "
        "امتصاص الغضب بالإعلان عن عفو عام يصدر مطلع رمضان ويطال أكثر من 1500 معتقل.",
        [E("arrest", Q("عشرات", 20, 90, approx=True), PL("كللي", "Killi camp", "Idlib"), "2024-03-02", None, HTS,
           note="two camps: a group, gold at the first; the outlet"),
         E("protest", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2024-03-01", None, PROT,
           note="last Friday's protests at more than 16 points: the points are not protesters, no figure; the "
                "writer's recall, the outlet"),
         E("statement", None, None, None, "الهيئة", HTS,
           note="HTS's announced amnesty (a decision, future modality); the detainees it would cover are not a "
                "figure of an act; no day given")])

passage("ic21", "2024-04-26", "Al-Araby Al-Jadeed",
        "https://aajsa.com/politics/تظاهرة-ضد-هيئة-تحرير-الشام-في-إدلب-تطالب-برحيل-الجولاني",
        "خرج مئات السوريين في تظاهرة وسط مدينة إدلب اليوم الجمعة، رافعين لافتات تدعو أبو محمد الجولاني، قائد «هيئة تحرير "
        "الشام»، إلى التنحي وتطالب بإطلاق المعتقلين والمغيّبين في سجونها. وحثّ المتظاهرون الجناح العسكري للهيئة على "
        "فتح الجبهات مع قوات النظام بدل التضييق على الأهالي. وتتصاعد الاحتجاجات في إدلب وريف حلب على خلفية انتهاكات "
        "جهاز الأمن العام واحتجازه شبّاناً بتهم من بينها «العمالة».",
        [E("protest", Q("مئات", 200, 900, approx=True), PL("إدلب", "Idlib", "Idlib"), "2024-04-26", None, PROT,
           note="the protesters' call to open fronts is the protest's slogan, not a statement of a body; the rising "
                "protests are background")])

passage("ic22", "2021-06-21", "Al-Raafed (Syria TV)", "https://www.alraafed.com/2021/06/21/٣٤-82/",
        "سقط قتلى وجرحى مدنيون، بينهم شرطي وموقوفون، صباح اليوم الاثنين جراء قصف مدفعي وصاروخي لقوات النظام على قرى "
        "وبلدات جبل الزاوية جنوبي إدلب. وذكر مراسل تلفزيون سوريا أن قذائف المدفعية الثقيلة أصابت بلدة البارة فقتلت "
        "ثلاثة مدنيين، منهم امرأتان، وجرحت آخرين. وأضاف أن القصف طال أيضاً مخفر بلدة إحسم، ما أسفر عن مقتل سبعة "
        "أشخاص بينهم شرطي وثلاثة موقوفين في قضية شجار.",
        [E("shelling", Q("ثلاثة", 3), PL("البارة", "al-Bara", "Idlib"), "2021-06-21", "مراسل تلفزيون سوريا", GOV,
           note="the lead's region-wide shelling is told town by town after it: no event of its own"),
         E("shelling", Q("سبعة", 7), PL("إحسم", "Ihsim", "Idlib"), "2021-06-21", "مراسل تلفزيون سوريا", GOV,
           note="a police station is placed at its town; the policeman and detainees are a breakdown; «وأضاف» "
                "carries the reporter")])

passage("ic23", "2021-06-15", "Syrian Press Center",
        "https://syrianpc.com/شهيد-مدني-في-جبل-الزاوية-يرفع-عدد-الشهد",
        "قُتل مدني وجُرح آخرون اليوم الثلاثاء 15 حزيران في قصف مدفعي لقوات النظام على بلدات في جبل الزاوية جنوبي "
        "إدلب. وبحسب مراسل المركز، سقط القتيل، واسمه سامر خليل داوود، في بلدة معرزاف بقذائف صاروخية انطلقت من "
        "معسكرات النظام المجاورة. كما قصفت قوات النظام المتمركزة على الحواجز المحيطة ببلدة البارة أطرافها بالمدفعية "
        "الثقيلة، مخلّفة أضراراً مادية. وأحصى الدفاع المدني 21 قتيلاً وأكثر من 36 جريحاً في جبل الزاوية منذ بدء "
        "التصعيد مطلع حزيران، وكانت بلدة إبلين قد شهدت يوم 10 حزيران مجزرة راح ضحيتها 13 شخصاً بالقذائف.",
        [E("shelling", None, PL("معرزاف", "Maarzaf", "Idlib"), "2021-06-15", "مراسل المركز", GOV,
           note="one civilian (singular): no figure; the lead and the reporter's sentence tell one strike"),
         E("shelling", None, PL("البارة", "al-Bara", "Idlib"), "2021-06-15", "مراسل المركز", GOV,
           note="another town, same kind of act; the outlet's own reporter carries over"),
         E("casualties", Q("21", 21), PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib", nth=1), "2021-06", "الدفاع المدني",
           GOV, kind="aggregate",
           note="a running toll since early June for «التصعيد» (no single act named): casualties aggregate; a coder "
                "could read the escalation as shelling"),
         E("shelling", Q("13", 13), PL("إبلين", "Iblin", "Idlib"), "2021-06-10", None, GOV,
           note="a massacre by shells recalled with its own day: the act is named, so shelling; «وكانت … قد» recall: "
                "the outlet")])

passage("ic24", "2021-06-28", "Syria TV", "https://www.syria.tv/جرحى-مدنيون-بقصف-مدفعي-لـالنظام-على-جبل-الزاوية",
        "أصيب مدنيون عدة اليوم الاثنين بقذائف مدفعية أطلقتها قوات النظام على قرى جبل الزاوية جنوبي إدلب. وأوضح "
        "مراسل تلفزيون سوريا أن القصف الثقيل طال محيط بلدة البارة موقعاً إصابات بين المدنيين، وأن قرية كفرعويد نالها "
        "أيضاً قصف انطلق من مواقع النظام العسكرية بريف إدلب الجنوبي دون أن يخلّف غير الأضرار المادية. وكانت قوات النظام قد "
        "قصفت قبل يومين قرى في ريفي حماة وإدلب، فجُرح مدني في قميناس، القرية الواقعة شرقي إدلب.",
        [E("shelling", None, PL("البارة", "al-Bara", "Idlib"), "2021-06-28", "مراسل تلفزيون سوريا", GOV,
           note="only wounded: no figure"),
         E("shelling", None, PL("كفرعويد", "Kafr Uwayd", "Idlib"), "2021-06-28", "مراسل تلفزيون سوريا", GOV,
           note="a second village in the reporter's same sentence"),
         E("shelling", None, PL("قميناس", "Qminas", "Idlib"), "2021-06-26", None, GOV,
           note="recalled with its own day («قبل يومين»); «وكانت … قد» recall: the outlet; the wounded man's village "
                "is the place")])

passage("ic25", "2019-07-16", "Al-Ghad Al-Souri",
        "https://www.alghadalsoury.com/2019/07/16/مقتل-15-عنصرا-من-تنظيم-داعش-خلال-عملية-إن",
        "قُتل 15 شخصاً يُشتبه بانتمائهم إلى تنظيم داعش أو ارتباطهم به، اليوم الثلاثاء، خلال إنزال جوي ومداهمة نفذتهما "
        "قوات التحالف الدولي بريف دير الزور الشرقي بحثاً عن قيادي سابق في التنظيم. وقالت مصادر محلية إن القوات "
        "هبطت فجراً على أطراف قرية الطكيحي قرب البصيرة، وقصفت منزل القيادي المدعو خالد الصالح بعدما رفض الاستسلام، "
        "مؤكدة أن القتلى مدنيون. وأضافت أن اشتباكاً اندلع خلال المداهمة قُتل فيه عنصر من قوات سوريا الديمقراطية وجُرح "
        "اثنان.",
        [E("armed_clash", Q("15", 15), PL("الطكيحي", "al-Tkeihi", "Deir ez-Zor"), "2019-07-16", "مصادر محلية", COAL,
           note="landing, raid, bombing of the house and the clash are one operation (a coder could code the house "
                "bombing as an airstrike); the sources' next sentence comes back to it; the SDF man's death is part "
                "of it; the sources dispute who the dead were (the figure stays 15)")])

passage("ic26", "2020-05-23", "Asharq Al-Awsat",
        "https://aawsat.com/home/article/2299066 (التحالف الدولي يقتل اثنين من قادة «داعش» في شرق سوريا)",
        "أفادت القيادة المركزية الأميركية (سنتكوم) ليل الجمعة - السبت بأن قوات التحالف الدولي بقيادة واشنطن، بالاشتراك "
        "مع «قوات سوريا الديمقراطية»، قتلت قياديَّين في «داعش» خلال غارة نفذتها في 17 أيار الجاري على موقع للتنظيم في "
        "محافظة دير الزور شرق الفرات. وسمّى بيان القيادة القتيلين، وهما منير صالح العبيدي وفارس حميد الكبيسي، مبيناً أن "
        "الأول المعروف بـ«أبو حفص العراقي» كان «والي» التنظيم في شمال بغداد.",
        [E("airstrike", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2020-05-17", "القيادة المركزية الأميركية",
           COAL, note="«غارة» coded as a strike (CENTCOM's «raid» may be a ground raid: a coder could code armed_clash); "
                      "the dual «قياديَّين»: no figure; published date inferred from «ليل الجمعة - السبت» and the "
                      "page's May 2020 item")])

passage("ic27", "2025-06-07", "Zaman al-Wasl (via Yalla Syria News)", "https://yallasyrianews.com/a/21328",
        "اكتمل اليوم السبت إخلاء مخيم الركبان على الحدود السورية العراقية، بعدما وصلت آخر العائلات المقيمة فيه إلى مدينة "
        "القريتين شرقي حمص، بحسب ما أفاد به رامي يوسف، من أهالي المدينة، وكالة الأنباء الألمانية. وأوضح يوسف أن المخيم "
        "كان يؤوي ما يزيد على ثمانية آلاف شخص بدأوا يغادرونه تباعاً منذ سقوط نظام الأسد في 8 كانون الأول 2024، عائدين "
        "إلى الشعيرات وبادية حمص الشرقية التي هُجّروا منها عام 2014.",
        [E("other", None, PL("مخيم الركبان", "Rukban camp", "Homs"), "2025-06-07", "رامي يوسف", None,
           note="the camp's last families return: a return/evacuation, `other`, at the camp (a coder could place it "
                "at al-Qaryatayn, where they arrived)"),
         E("other", Q("ما يزيد على ثمانية آلاف", 8000, None, approx=True), PL("مخيم الركبان", "Rukban camp", "Homs"),
           None, "يوسف", None, kind="aggregate",
           note="departures since December 2024: an aggregate of returns; «وأوضح يوسف» carries the source")])

passage("ic28", "2025-07-15", "Al-Khabour", "https://alkhabour.com/ar/post/5996",
        "لقي طفلان حتفهما وأصيب ثلاثة آخرون اليوم الثلاثاء 15 تموز، حين انفجر بهم لغم خلّفته قوات النظام البائد قرب "
        "بلدة حيش في ريف إدلب الجنوبي، بينما كانوا يقطفون نبات القبّار (الشفلح)، وفق مراسل «الإخبارية». وسبق للدفاع "
        "المدني السوري أن نبّه مراراً إلى خطر مخلفات الحرب، داعياً الأهالي إلى عدم دخول قرى خطوط التماس السابقة "
        "والابتعاد عن البيوت المهدمة والمقرات العسكرية القديمة والسواتر.",
        [E("explosion", None, PL("حيش", "Heish", "Idlib"), "2025-07-15", "مراسل «الإخبارية»", None,
           note="a war remnant: no agent acting now; the dual «طفلان»: no figure; the civil defence's repeated "
                "warnings are a habit, not a statement")])

passage("ic29", "2025-11-16", "Al-Shorouk (Anadolu)",
        "https://www.shorouknews.com/news/view.aspx?cdate=16112025&id=90f32ced-bb92-4729-b361-ab08eb558358",
        "اعتقلت القوات الإسرائيلية اليوم الأحد أربعة سوريين خلال توغل في محافظة القنيطرة جنوب غربي البلاد، وفق الإعلام "
        "الرسمي. وكتبت قناة «الإخبارية السورية» على منصة «إكس» أن المعتقلين شبان من أسرة واحدة اقتيدوا من "
        "الحفاير، وهي منطقة تتبع بلدة خان أرنبة. وفي وقت أسبق من اليوم نفسه، دخلت خمس آليات عسكرية إسرائيلية قرية صيدا الجولان في "
        "ريف القنيطرة قبل أن تنسحب سريعاً، بحسب وكالة «سانا».",
        [E("arrest", Q("أربعة", 4), PL("الحفاير", "al-Hafayer (Khan Arnabah)", "Quneitra"), "2025-11-16",
           "«الإخبارية السورية»", ISR,
           note="the channel's next sentence comes back to the arrest; the area inside Khan Arnabah is the most "
                "specific place (a coder could take the town)"),
         E("other", None, PL("صيدا الجولان", "Saida al-Golan", "Quneitra"), "2025-11-16", "وكالة «سانا»", ISR,
           note="an incursion and withdrawal with no violence: `other` (a coder could choose reinforcement); the "
                "vehicles are not counted as a figure")])

passage("ic30", "2025-07-15", "ABNA", "https://ar.abna24.com/news/1707987",
        "تواصلت لليوم الثاني على التوالي مواجهات عنيفة في ريف السويداء الغربي جنوبي سوريا بين فصائل درزية وقوات مهاجمة "
        "تضم مقاتلين من عشائر البدو وعناصر من وزارتي الدفاع والداخلية، وارتفعت حصيلتها إلى قرابة 89 قتيلاً و200 جريح "
        "في صفوف الجانبين. وتزامن ذلك مع قصف إسرائيلي استهدف القوات الحكومية خلال تقدمها في السويداء. وكانت المعارك قد "
        "احتدمت صباح الاثنين 14 تموز 2025 إثر هجوم انطلق من ريف درعا الشرقي على قرى غرب السويداء، وتتركز عند محور "
        "كناكر وفي الثعلة والمزرعة.",
        [E("armed_clash", Q("قرابة 89", 89, approx=True), PL("كناكر", "Kanaker (As-Suwayda)", "As-Suwayda"),
           "2025-07-14", None, TRIBES,
           note="two days of fighting with one toll of both sides: one clash, its places a group (gold at the first "
                "village); dated by its start; attackers named tribes first (a coder could name the government); the "
                "outlet"),
         E("airstrike", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), None, None, ISR,
           note="another act of another kind; «قصف» by Israel on advancing forces, coded as a strike; no day of its "
                "own")])

passage("ic31", "2022-04-01", "Enab Baladi", "https://www.enabbaladi.net/archives/561533",
        "شهدت محافظة درعا مقتل تسعة أشخاص، أطفال من بينهم، يومي 30 و31 آذار الماضي بمناطق متفرقة، بحسب مراسل عنب بلدي. "
        "ففي 30 آذار قُتل الطفلان فادي ومازن الحريري داخل بيتهما في مدينة الحراك شرقي درعا بعد أن انتهز القاتل غياب "
        "والديهما، وأصيبت أختهما. وفي اليوم ذاته قُتل مدنيان من أهالي الجولان باستهداف على طريق جاسم - نوى، كما قُتل "
        "عنصران من قوى الأمن الداخلي شرقي داعل حين أطلق مجهولون النار على سيارتهما. ووثّق «مكتب توثيق الشهداء» 33 "
        "قتيلاً في درعا خلال آذار في عمليات اغتيال واستهداف بالرصاص.",
        [E("casualties", Q("تسعة", 9), PL("درعا", "Daraa", "Daraa"), None, "مراسل عنب بلدي", None, kind="aggregate",
           note="a two-day toll of several kinds of act: casualties aggregate; its incidents follow"),
         E("casualties", None, PL("الحراك", "al-Hirak", "Daraa"), "2022-03-30", "مراسل عنب بلدي", None,
           note="children killed at home by a killer, no fight: casualties; dual and names: no figure"),
         E("armed_clash", None, PL("جاسم", "Jasim", "Daraa"), "2022-03-30", "مراسل عنب بلدي", UNK,
           note="targeted on a road between two towns: the first named; «مدنيان» dual: no figure"),
         E("armed_clash", None, PL("داعل", "Dael", "Daraa"), "2022-03-30", "مراسل عنب بلدي", UNK,
           note="unknown gunmen firing on a car: armed_clash; «عنصران» dual: no figure"),
         E("armed_clash", Q("33", 33), PL("درعا", "Daraa", "Daraa", nth=2), "2022-03", "مكتب توثيق الشهداء", UNK,
           kind="aggregate", note="a monthly toll of one cause (assassinations and shootings): the cause's type")])

passage("ic32", "2022-09-24", "Syria TV", "https://syria.tv/قتلى-وجرحى-بحوادث-اغتيال-متفرقة-في-محافظة-درعا",
        "قتل مسلحون مجهولون ليل الجمعة - السبت رجل دين وابنته وجرحوا زوجته في مدينة طفس، غرب درعا، وفق ما قالته "
        "مصادر خاصة لموقع تلفزيون سوريا اليوم السبت. وأوضحت المصادر أن المهاجمين أطلقوا الرصاص على عائلة الشيخ حسان عبد "
        "الله الرفاعي، المعروف بتأييده للثورة، ونُقلت الزوجة إلى مستشفى طفس الوطني. وفي حادثة منفصلة، قُتل الشاب عمر "
        "سليم العلي برصاص مجهولين في عين ذكر، البلدة الواقعة غربي درعا، وهو متهم بالعمل لفرع المخابرات الجوية والتورط في اغتيالات.",
        [E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), "2022-09-23", "مصادر خاصة", UNK,
           note="killing by unknown gunmen: armed_clash; two dead told by nouns, no numeral: no figure; «ليل الجمعة - "
                "السبت» dated to the Friday night (a coder could take Saturday)"),
         E("armed_clash", None, PL("عين ذكر", "Ayn Dhakar", "Daraa"), None, None, UNK,
           note="a separate incident with no day of its own; the outlet")])

passage("ic33", "2024-09-22", "Qasioun", "https://qasioun-news.com/ar/articles/80008",
        "أصدر بشار الأسد اليوم الأحد المرسوم التشريعي ذا الرقم 27 لسنة 2024، ومنح بموجبه عفواً عاماً عن جرائم ارتُكبت قبل "
        "22 أيلول 2024، في مقدمتها جرائم الفرار الداخلي والخارجي، إلى جانب عدد من الجنح والمخالفات. ويُسقط المرسوم كامل "
        "العقوبة عن الفارين وفق قانون العقوبات العسكرية، شرط أن يسلّموا أنفسهم في غضون ثلاثة أشهر إن كان فرارهم داخلياً "
        "وأربعة أشهر إن كان خارجياً. ولا يشمل العفو جنحاً عُدّت خطيرة على المجتمع كالرشوة والتزوير.",
        [E("desertion", None, None, "2024-09-22", None, GOV,
           note="an amnesty decree for desertion: `desertion`; «رقم 27» is a decree number and the months are "
                "durations, none a figure; no place")])

passage("ic34", "2023-10-01", "Baladi News", "https://baladi-news.com/ar/articles/97639",
        "قُتل شاب مدني صباح اليوم الأحد 1 تشرين الأول برصاص مسلحين مجهولين قرب منزله في بلدة اليادودة بريف درعا "
        "الغربي. وذكرت مصادر محلية أن القتيل، واسمه نزار فيصل المحمد، لم يكن منتسباً إلى أي جهة. وكان ثلاثة من أبناء "
        "مدينة الصنمين في ريف درعا الشمالي قد جُرحوا مساء الجمعة 29 أيلول بانفجار عبوة ناسفة أعقبه إطلاق نار كثيف. كما "
        "قضى شاب يوم الثلاثاء الماضي بانفجار لغم من مخلفات النظام بجرّاره الزراعي في خربة غزالة، شرقي درعا.",
        [E("armed_clash", None, PL("اليادودة", "al-Yadudah", "Daraa"), "2023-10-01", "مصادر محلية", UNK,
           note="killing by unknown gunmen; the sources' next sentence comes back to the victim"),
         E("explosion", None, PL("الصنمين", "al-Sanamayn", "Daraa"), "2023-09-29", None, None,
           note="recalled with its own day; three wounded are not a figure; the outlet"),
         E("explosion", None, PL("خربة غزالة", "Khirbet Ghazaleh", "Daraa"), "2023-09-26", None, None,
           note="«يوم الثلاثاء الماضي» before Sunday 1 October; a war remnant; one dead (singular): no figure")])

passage("ic35", "2022-03-06", "Arab Observer", "https://www.arabobserver.com/قتلى-وجرحي-في-هجوم-إرهابي-نفذه-داعش-ع/",
        "لقي 15 عنصراً من الجيش السوري حتفهم اليوم الأحد بهجوم نفذه تنظيم «داعش» على حافلة للجيش في بقعة صحراوية وسط "
        "البلاد. وقال المرصد السوري لحقوق الإنسان إن خلايا التنظيم هاجمت الحافلة عند المحطة الثالثة ضمن بادية تدمر شرقي "
        "حمص، فقتلت 15 عسكرياً وجرحت 18، مرجحاً ارتفاع الحصيلة لخطورة معظم الإصابات. أما وكالة «سانا» فتحدثت عن 13 "
        "قتيلاً بينهم ضباط. ويحصي المرصد 61 قتيلاً من القوات الموالية للنظام في هجمات التنظيم بالبادية منذ مطلع 2022.",
        [E("armed_clash", Q("15", 15), PL("المحطة الثالثة", "T3 pumping station", "Homs"), "2022-03-06",
           "المرصد السوري لحقوق الإنسان", IS,
           note="an ambush on a bus; SOHR's telling (next sentence, same attack) is the source; SANA's 13 is another "
                "source's toll of the same attack; published date inferred (the page shows none: the Sunday attack "
                "of March 2022 near T3)"),
         E("armed_clash", Q("61", 61), PL("البادية", "Syrian Badia"), "2022", "المرصد", IS, kind="aggregate",
           note="a running toll since the start of 2022 of one cause (IS attacks): the cause's type")])

passage("ic36", "2025-05-25", "Shaam Network",
        "https://shaam.org/news/syria-news/تصعيد-إسرائيلي-في-القنيطرة-توغلات-يومية-واعتقالات-تطال-المدنيين-قرب-خط-الفصل",
        "توغّل رتل إسرائيلي يضم أربع دبابات «ميركافا» وعدداً من العربات في ساعات الصباح من اليوم الأحد 25 أيار داخل المنطقة الفاصلة "
        "بين الحميدية ومركز القنيطرة، ثم عاد إلى قاعدته في المهدمة، بحسب «تجمع أحرار حوران». وأطلقت القوات "
        "الإسرائيلية أمس سراح الشابين عادل الخطيب وسامي النمر اللذين اعتقلتهما في توغل بقرية الصمدانية الشرقية. وفي مساء "
        "السبت، أطلقت النار على قطيع أغنام قرب قرية رويحينة فنفق 15 رأساً، ثم احتجزت الراعي وقتاً قصيراً وهددته.",
        [E("other", None, PL("الحميدية", "al-Hamidiyah (Quneitra)", "Quneitra"), "2025-05-25", "تجمع أحرار حوران", ISR,
           note="an incursion and withdrawal with no violence: `other` (a coder could choose reinforcement); the "
                "tanks are not a figure; between two places: the first named"),
         E("arrest", None, PL("الصمدانية الشرقية", "al-Samdaniyah al-Sharqiyah", "Quneitra"), None, None, ISR,
           note="the arrest behind yesterday's release has no day of its own (a coder could date it to the release); "
                "two names, no numeral: no figure; the release itself is not coded"),
         E("arrest", None, PL("رويحينة", "Ruwayhinah", "Quneitra"), "2025-05-24", None, ISR,
           note="the shepherd held after fire on his flock: one incident, coded as the detention (the dead sheep are "
                "not a figure; a coder could code the firing as `other`)")])


def main() -> None:
    write("gold64.jsonl", P64)


if __name__ == "__main__":
    main()
