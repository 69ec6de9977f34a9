"""Build gold130.jsonl: development set 130 (ids me01…), written in stop 46 by writer w130 BEFORE any run on it.

A FRESH set (closed to everyone until the next stop judges its fixes on it; the lead runs it first on that stop's
start code). 35 short excerpts (a headline line where the page had one, a lead and a few details; 68-119 words),
each the paraphrase of ONE real page found in the search tool's `pages` corpus (queried in Arabic), 2011-2025 (every
year), 35 outlets: a Hama mourning strike and mass funeral 2011, Hama besieged 2011, the «no to dialogue» Friday
2011, the military police chief's defection 2012, the battle for Aleppo 2012, an LCC/SNHR day's tolls 2012, a raid on
al-Bab's field hospital and the fall of al-Safira 2013, Israeli raids on Dimas 2014, Sultan Murad against IS near
Azaz 2015, Russian raids near Abu al-Duhur and a double barrel strike on al-Maadi 2016, Hama villages retaken and a
civil defence centre stormed in Sarmin 2017, the Maasran jet and Khan al-Subul 2018, an HTS arrest of activists in
al-Dana 2018, the Daraa convoys 2018, a Sahm al-Jawlan IED and Maarat al-Numan raids and a six-day toll 2019,
Jindires and Afrin car bombs 2020, SNHR and SHRC monthly tallies and Turkish shelling of Abu Rasin 2021, Daraa
assassinations (2022, 2023), an Israeli strike near Mezzeh 2022, Turkish shelling near Tell Tamr 2022, Kafr Sousa
2023, a Daraa checkpoint attack and the year's tally 2024, curfews and a ministry's denial 2024, a convoy to the
coast, an IS attack on the SDF at al-Bahra and Daraa arrests 2025. Every sentence was rewritten: no run of five words,
names of bodies and places aside, is shared with its page (checked by script on `re.findall(r'\\w+')` tokens with
diacritics, tatweel and alef/ya/ta-marbuta forms normalised, against the page text kept outside the repository in
/tmp/w130), nor with news_dev (tests/test_probe_set.py); the incidents, their order, places, figures, dates, sources,
hedges, recalls and glued «اقرأ أيضاً» lines are the page's; private people's names are invented. Each passage's
`style` ends with the page's address; published dates the page does not give are inferred from its events (the
style says so).
Gold follows news_dev's README and the events_probe README's conventions of stops 28, 30, 32, 34 and 41 (87 events,
13 aggregates), coded before anything ran on the set. Offsets are computed by build.build and checked. CLOSED: never
run marsad on this set before the lead does.

    python benchmarks/data/events_probe/build130.py      # rewrites gold130.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, # noqa: E402,F401
                   E, write)
from build import UNID as UNK # noqa: E402

P130: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P130.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("me01", "2011-06-06", "Al-Madina (via Sauress, relaying AFP)", "a town's mourning strike told by "
        "residents, a mass funeral of a Friday's dead, a national Friday toll; published date inferred from «أمس» "
        "and «قبل يومين» (the funeral Saturday 4 June) | page: https://sauress.com/almadina/307922",
        "أغلقت مدينة حماة في شمال البلاد أبوابها أمس في إضراب شامل، حزناً على من سقطوا يوم الجمعة الفائت بنيران "
        "رجال الأمن، بحسب ما رواه عدد من أهلها. وقال أحدهم، رافضاً ذكر اسمه، إن السكان شرعوا منذ السبت في إضراب "
        "مدته ثلاثة أيام، وإن المحال كلها موصدة بما فيها المتاجر الكبيرة، وإن عناصر الأمن تراجعوا إلى أطراف "
        "المدينة. من جهته، قال رامي عبد الرحمن، الذي يدير المرصد السوري لحقوق الإنسان، إن ما يزيد على مئة ألف "
        "شيّعوا قبل يومين 48 قتيلاً سقطوا في المدينة جراء القمع. وبلغ عدد المدنيين الذين قضوا في أنحاء سوريا "
        "يوم الجمعة 53، في أوسع موجة احتجاج منذ انطلاقها في منتصف آذار.",
        [E("protest", None, PL("حماة", "Hama", "Hama"), "2011-06-05", "عدد من أهلها", PROT,
           note="a general strike in mourning (begun Saturday, told «أمس»): a protest with no crowd numbered"),
         E("protest", Q("48", 48), PL("حماة", "Hama", "Hama"), "2011-06-03", "المرصد السوري لحقوق الإنسان", PROT,
           note="the Friday dead of Hama, fired on by the security men (the first sentence's recall; the «largest "
                "wave of protest» says it was a protest day): fire on a protest is one protest whose figure is its "
                "dead when no crowd of that Friday is numbered (stop 30/41). PLACE: the dead «fell in the city» "
                "(Hama, the only town). FIGURE CALL: 48 is written in the funeral sentence; a coder could leave "
                "this Friday protest uncounted as a recall folded into the funeral"),
         E("protest", Q("مئة ألف", 100000, None), PL("حماة", "Hama", "Hama"), "2011-06-04",
           "المرصد السوري لحقوق الإنسان", PROT,
           note="the mass funeral of more than 100,000 two days before publication (Saturday): a gathering against "
                "the regime coded as a protest, its crowd the figure («ما يزيد على»: low 100000, open high)"),
         E("casualties", Q("53", 53), None, "2011-06-03", "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="Friday's national toll of civilians, more than Hama's 48: an aggregate with no place, its source "
                "carried from the observatory's report (the sentence goes on with it)")])

passage("me02", "2011-07-05", "mrm11 forum (relaying AFP)", "a day's killing in a besieged city with a medical "
        "toll, a body found, barricades, tanks at the entrances | page: https://mrm11.yoo7.com/t8142p-topic",
        "قال ناشطون حقوقيون إن قوات الأمن السورية قتلت اليوم الثلاثاء 11 مدنياً في حماة، المدينة التي يحاصرها "
        "الجيش منذ أن خرجت فيها يوم الجمعة أكبر مظاهرة عرفتها الانتفاضة على حكم الأسد. ونقل رامي عبد الرحمن، "
        "مدير المرصد السوري لحقوق الإنسان، عن جهات طبية أن الرصاص أودى بأحد عشر شخصاً وجرح ما يزيد على 35، مرجحاً "
        "أن يرتفع العدد لخطورة بعض الإصابات. كما انتُشلت من نهر العاصي جثة شاب ذُبح. وقد أقام السكان سواتر من "
        "التراب والإطارات في الطرقات، وبات بعضهم ليلته في الشارع، فيما تمركزت دبابات صباحاً عند مداخل المدينة "
        "الجنوبية والشرقية والغربية، وفق ناشطين.",
        [E("casualties", Q("11", 11), PL("حماة", "Hama", "Hama"), "2011-07-05", "ناشطون حقوقيون", GOV,
           note="a known force firing on civilians with no protest told that day: casualties (stop 30, ACLED). The "
                "observatory's «أحد عشر» is the same toll; the 35 wounded are never the figure"),
         E("protest", None, PL("حماة", "Hama", "Hama"), "2011-07-01", "ناشطون حقوقيون", PROT,
           note="the Friday protest, the uprising's largest, recalled with its day and town (stop 41: a recall with "
                "a place is coded); no crowd numbered. A coder could leave it as background to the siege"),
         E("casualties", None, PL("حماة", "Hama", "Hama"), "2011-07-05", "المرصد السوري لحقوق الإنسان", None,
           note="a young man's slaughtered body pulled from the Orontes: a killing with no fight told (casualties); "
                "a singular gives no figure; the river is placed at the city the item is about. Source carried "
                "(«كما» goes on with the observatory's report)"),
         E("reinforcement", None, PL("حماة", "Hama", "Hama"), "2011-07-05", "ناشطين", GOV,
           note="tanks deployed at the city's southern, eastern and western entrances this morning: a deployment "
                "of forces to the city (reinforcement). The residents' earth barricades are no event")])

passage("me03", "2012-12-26", "Al-Binaa (Tunisia, via Turess)", "a general's defection with his flight abroad, "
        "his video statement; published date inferred (the defection of the military police chief was reported on "
        "26 December 2012) | page: https://www.turess.com/binaa/8131",
        "كشفت تقارير إخبارية سورية أن اللواء عبد العزيز جاسم الشلال، قائد الشرطة العسكرية، ترك نظام بشار الأسد "
        "معلناً انشقاقه، وأنه فرّ إلى الأراضي التركية، في وقت تؤكد فيه فصائل المعارضة أنها بسطت سيطرتها على "
        "مناطق إضافية. ويُعدّ الشلال من أرفع العسكريين الذين التحقوا بالانتفاضة على حكم دمشق. وفي شريط مصوّر بُثّ "
        "على الإنترنت بعد أنباء عن اجتيازه الحدود نحو تركيا، اتهم الجيش بالتخلي عن واجبه في صون السوريين "
        "وبالتحول إلى عصابات تقتل وتدمر، وبارتكاب مجازر في البلدات والقرى. ورأى أن الانشقاق صار أصعب يوماً بعد "
        "يوم لتشديد المراقبة.",
        [E("defection", None, PL("الأراضي التركية", "Turkey", None, country="Turkey"), "2012-12-26",
           "تقارير إخبارية سورية", GOV,
           note="a major general's defection told with his flight to Turkey and no home place: the arrival abroad "
                "is the place (stop 28/29); a singular, no figure; undated, so the publication day (stop 34). His "
                "video tells his reasons (the incident's own telling, no statement). The opposition's claim of more "
                "areas names no place: not coded")])

passage("me04", "2012-07-28", "Ennahar (via Djazairess, relaying Reuters)", "a city battle with families fleeing, "
        "armour pushed into a quarter, fighting in a second quarter, a failed assault of the day before; published "
        "date inferred (a Saturday of the battle for Salaheddine, late July 2012) | page: "
        "https://djazairess.com/ennahar/120507",
        "أفاد ناشطون معارضون بأن مقاتلي الجيش السوري الحر اشتبكوا اليوم السبت مع قطعات الجيش النظامي في حلب، "
        "كبرى مدن الشمال، فاضطرت مئات العائلات إلى ترك بيوتها. وذكر ناشطون من داخل المدينة، التي يقطنها ثلاثة "
        "ملايين وتعد قطباً للصناعة والتجارة على مقربة من تركيا، أن الجيش يزج بالجنود والمدرعات في حي صلاح الدين، "
        "في حين يبسط المعارضون منذ يومين سيطرتهم على الحي الواسع شرقي المدينة الذي يسكنه عرب وأكراد. وأشاروا "
        "كذلك إلى أنباء عن معارك في الصاخور، الحي الفقير على تخوم المدينة. وكان 15 مقاتلاً معارضاً على الأقل، "
        "منهم القائد سليم العبدو، قد لقوا حتفهم أمس الجمعة لدى إخفاق هجوم على كلية للشرطة تقوم في أورم "
        "الصغرى، البلدة الواقعة على مسافة 35 كيلومتراً جنوب غرب حلب.",
        [E("armed_clash", None, PL("حلب", "Aleppo", "Aleppo"), "2012-07-28", "ناشطون معارضون", FSA,
           note="the day's fighting in Aleppo between the FSA and the regular army; no figure"),
         E("other", Q("مئات", 200, 900, approx=True), PL("حلب", "Aleppo", "Aleppo"), "2012-07-28",
           "ناشطون معارضون", None,
           note="hundreds of families flee their homes: a displacement (other, refugees), its figure the families "
                "(«مئات»: 200-900 approx). A coder could fold it into the fighting as its outcome"),
         E("reinforcement", None, PL("صلاح الدين", "Salaheddine", "Aleppo"), "2012-07-28", "ناشطون", GOV,
           note="the army pushing troops and armour into Salaheddine: a reinforcement placed where the force is "
                "sent (stop 41). The rebels' two-day hold of an unnamed eastern quarter is a state, not coded"),
         E("armed_clash", None, PL("الصاخور", "Sakhour", "Aleppo"), "2012-07-28", "ناشطون", None,
           note="reports of fighting in Sakhour; source carried («وأشاروا» goes on with the activists)"),
         E("armed_clash", Q("15", 15, None), PL("أورم الصغرى", "Urum al-Sughra", "Aleppo"), "2012-07-27", None, FSA,
           note="the failed rebel assault on the police academy at Urum al-Sughra, at least 15 rebels dead (the "
                "first side numbered, «على الأقل»: low 15, open high). The academy is not a listed military site: "
                "the town is the place. A recall «وكان … قد» with no source named: the outlet, not in the text")])

passage("me05", "2013-09-12", "Akhbar Al Aan (relaying agencies, SOHR)", "a raid on a field hospital with its toll, "
        "intermittent clashes with raids on a quarter, a habit, rebel shelling with a toll and a column repelled | "
        "page: https://www.akhbaralaan.net/news/arab-world/2013/09/12/syria-activists-killed-people-air-raid-hospital-aleppo",
        "بحسب المرصد السوري لحقوق الإنسان، أغارت مقاتلات تابعة لقوات الأسد على مستشفى ميداني في ريف حلب، فقتلت "
        "أحد عشر شخصاً. وبيّن أن الصواريخ سقطت على المنشأة الواقعة في بلدة الباب وجرحت العشرات، وأن طبيباً يمنياً "
        "قضى في الغارة. وفي حي الإذاعة، تبادل مقاتلو الجيش الحر وجنود النظام إطلاق النار بشكل متقطع، بينما قصفت "
        "الطائرات أجزاء من الحي، من دون ورود أنباء عن ضحايا. ويعوّل النظام منذ عام على سلاحه الجوي لاسترداد ما "
        "فقده من مناطق. كذلك قصف الجيش الحر بالقذائف وصواريخ محلية الصنع مواقع تتجمع فيها قوات النظام في أحياء "
        "عدة، فقتل ثلاثة من عناصرها، ودمّر أربع دبابات ومدفعاً عيار 23 خلال صدّه رتلاً لها.",
        [E("airstrike", Q("أحد عشر", 11), PL("الباب", "Al-Bab", "Aleppo"), "2013-09-12",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the raid on an unnamed field hospital: placed at its town, al-Bab (the next sentence comes back to "
                "the same raid); the Yemeni doctor is one of the dead; the wounded are never the figure"),
         E("armed_clash", None, PL("الإذاعة", "al-Idhaa", "Aleppo"), "2013-09-12", None, FSA,
           note="intermittent clashes in the Idhaa quarter (Aleppo city); a new place and act after the "
                "observatory's raid: the outlet, which the text does not name"),
         E("airstrike", None, PL("الإذاعة", "al-Idhaa", "Aleppo"), "2013-09-12", None, GOV,
           note="planes striking parts of the same quarter during the clashes, no casualties: coded as its own act "
                "(another kind, another actor); a coder could fold it into the clash. The reliance on air power "
                "«منذ عام» is a habit, not coded"),
         E("shelling", Q("ثلاثة", 3), None, "2013-09-12", None, FSA,
           note="FSA shells and local rockets on regime gatherings in several quarters, three dead: no place named "
                "(«أحياء عدة»)"),
         E("armed_clash", None, None, "2013-09-12", None, FSA,
           note="the repelling of a regime column with four tanks and a gun destroyed: an act of its own in the "
                "same sentence; no place, no figure (tanks are not the figure). A coder could fold it into the "
                "shelling")])

passage("me06", "2013-11-14", "Akhbar Al Aan (relaying agencies, Shaam Network)", "a town and a base taken "
        "recalled, a contested airport, a mortar attack, a raid on a brigade's meeting, shelling of a militia HQ; "
        "the page's dateline is 14 November (its address says the 15th) | page: "
        "https://stg.akhbaralaan.net/news/arab-world/2013/11/15/syria-battles-army-free-assad-forces-aleppo",
        "مع إحكام قوات النظام قبضتها على السفيرة وعلى قاعدة اللواء 80 وعدد من الطرق الحيوية، تتابعت مناشدات "
        "الجيش السوري الحر لفصائله كي تتكاتف في صدّ الهجوم على حلب، بينما تناقض الطرفان في الحديث عمّن يسيطر على "
        "مطار حلب الدولي. ونقلت شبكة شام أن مقاتلي الجيش الحر رموا بقذائف الهاون يوم الخميس مواقع لعناصر حزب الله وجنود "
        "النظام المتمركزين بجبل معارة الأرتيق شمالي حلب. وأفاد مصدر ميداني بأن القيادي في لواء التوحيد أبو ياسر قُتل، وجُرح "
        "قادة آخرون، حين أغار الطيران صباح الخميس على مدرسة المشاة خلال اجتماع لقيادة اللواء. ويقول ناشطون إن "
        "الفصائل قصفت مقراً لحزب الله ولواء أبي الفضل العباس في حي الإذاعة.",
        [E("territory_change", None, PL("السفيرة", "Al-Safira", "Aleppo"), None, None, GOV,
           note="the regime's taking of al-Safira and the Brigade 80 base, recalled with no day (date null): one act "
                "over two places, placed at the first (a coder could place it at the base, «اللواء 80»). The "
                "contested control of Aleppo airport is two sides' claims, not coded"),
         E("shelling", None, PL("جبل معارة الأرتيق", "Jabal Maarat al-Artiq", "Aleppo"), "2013-11-14", "شبكة شام",
           FSA, note="FSA mortars on Hezbollah and regime positions on the hill; no figure"),
         E("airstrike", None, PL("مدرسة المشاة", "Infantry School", "Aleppo"), "2013-11-14", "مصدر ميداني", GOV,
           note="the raid on the Infantry School (a military site: the place) during a Tawhid brigade meeting; one "
                "commander killed (singular) and others wounded: no figure. The planes are not named; the regime's "
                "by context"),
         E("shelling", None, PL("الإذاعة", "al-Idhaa", "Aleppo"), "2013-11-14", "ناشطون", FSA,
           note="the factions shell a Hezbollah / Abu al-Fadl al-Abbas HQ in the Idhaa quarter; undated, so the "
                "item's day")])

passage("me07", "2014-12-07", "El Khabar (via Djazairess)", "Israeli raids on two sites near the capital with no "
        "casualties, two earlier raids recalled, one with its day | page: https://djazairess.com/elkhabar/437728",
        "نقلت وكالة «سانا» يوم الأحد 7 كانون الأول/ديسمبر أن طائرات إسرائيلية ضربت مواقع في الديماس وفي محيط مطار "
        "دمشق الدولي، مؤكدة أن الضربات لم توقع ضحايا. وتقع الديماس إلى الشمال الغربي من العاصمة، في حين يقع المطار "
        "إلى جنوبها الشرقي. وامتنعت إسرائيل عن أي تعليق. وسبق للطيران الإسرائيلي أن قتل عدداً من الأشخاص في 15 "
        "تموز/يوليو الفائت، حين أغار على مقر اللواء 90 وعلى مدينة البعث، حيث توجد دوائر رسمية سورية، في محافظة "
        "القنيطرة بالجولان، وقال الجيش الإسرائيلي يومها إنه ضرب منشآت يربطها بتفجير جرح أربعة من جنوده. وفي "
        "أيار/مايو من العام السابق، قصفت مقاتلات إسرائيلية موقع جمرايا في ريف دمشق، مستهدفة بحسب تل أبيب شحنة "
        "صواريخ إيرانية من طراز «فاتح 110» متجهة إلى حزب الله.",
        [E("airstrike", None, PL("الديماس", "Dimas", "Rif Dimashq"), "2014-12-07", "وكالة «سانا»", ISR,
           note="one Israeli raid on two sites (Dimas and the airport's surroundings): a group placed at the first; "
                "no casualties, no figure. A coder could split it (the airport is a listed site)"),
         E("airstrike", None, PL("اللواء 90", "Brigade 90 HQ", "Quneitra"), "2014-07-15", "الجيش الإسرائيلي", ISR,
           note="the recalled raid of 15 July on the Brigade 90 HQ and Baath city (a group at the base, the named "
                "facility: stop 28); «عدداً» is no figure. SOURCE CALL: the Israeli army's telling comes back to "
                "the same raid in the sentence; a coder could give the outlet (a recall). The bombing that wounded "
                "four Israeli soldiers has no place or figure: not coded"),
         E("airstrike", None, PL("جمرايا", "Jamraya", "Rif Dimashq"), None, None, ISR,
           note="the recalled May raid on Jamraya (last year, no day: date null, stop 41). Tel Aviv speaks of the "
                "target only; the outlet's own recall: no source named")])

passage("me08", "2015-12-05", "Al Watan (Bahrain, relaying SOHR)", "a day's toll of rebels against IS with the "
        "other side unnumbered, villages taken, a coalition strike on a car | page: "
        "https://alwatannews.net/ampArticle/108033",
        "قال المرصد السوري لحقوق الإنسان يوم السبت إن مواجهات ضارية في ريف حلب الشمالي بين فصائل معارضة وتنظيم "
        "«داعش» أودت خلال يوم وليلة بثلاثة عشر مقاتلاً في الأقل ينتمون إلى لواء السلطان مراد، إلى جانب قتلى من التنظيم لم "
        "يستطع المرصد إحصاءهم. واللواء فصيل قوامه مقاتلون تركمان يسعى مع فصائل أخرى إلى استرجاع بلدات وقرى "
        "انتزعها التنظيم في وقت سابق. وبحسب المرصد، تدور المعارك أساساً شرقي أعزاز على مقربة من الحدود مع تركيا، "
        "وقد انتزعت الفصائل خلال الساعات الماضية قرى حدودية من التنظيم، من أبرزها براغيدة والخربة وغزل. وفي سياق "
        "منفصل، دمّرت طائرات التحالف الدولي إثر منتصف الليل سيارة للتنظيم في ساحة القتال شرقي أعزاز.",
        [E("armed_clash", Q("ثلاثة عشر", 13, None), PL("أعزاز", "Azaz", "Aleppo"), "2015-12-05",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="a day and night of clashes between factions and IS: the first side numbered (13 of Sultan Murad, "
                "«في الأقل»: low 13, open high); IS's dead unnumbered. PLACE: «شرقي أعزاز» is the most specific "
                "place the text gives (the next sentences come back to the same fighting)"),
         E("territory_change", None, PL("براغيدة", "Baraghida", "Aleppo"), "2015-12-05",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="the factions take border villages from IS: one act over three villages, a group placed at the "
                "first"),
         E("airstrike", None, PL("أعزاز", "Azaz", "Aleppo", nth=1), "2015-12-05", None, COAL,
           note="a coalition strike destroys an IS car after midnight in the battle zone east of Azaz; «في سياق "
                "منفصل», another kind of act: the outlet (not named in the text)")])

passage("me09", "2016-08-02", "Al-Hakea", "a night of Russian raids counted and its toll, a downed helicopter "
        "recalled with no place | page: https://alhakea.com/word/archives/191594",
        "أغارت المقاتلات الروسية مساء الاثنين أكثر من 33 مرة على بلدات وقرى في الريف الشرقي لإدلب، في شمال غرب "
        "البلاد، فقتلت 12 شخصاً في الأقل. وبحسب المرصد السوري لحقوق الإنسان، فإن بين القتلى طفلين، والضربات "
        "الكثيفة تركزت بالقرب من مطار أبو الظهور العسكري. وجاء القصف عقب إعلان الجنرال الروسي سيرغي رودسكوي إسقاط "
        "مروحية من طراز «مي-8» فوق مناطق يسيطر عليها مسلحو «جبهة فتح الشام»، الاسم الجديد لجبهة النصرة بعد فك "
        "ارتباطها بالقاعدة، وفصائل من «المعارضة المعتدلة».",
        [E("airstrike", Q("12", 12, None), PL("مطار أبو الظهور", "Abu al-Duhur airbase", "Idlib"), "2016-08-01",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="Monday evening's 33-plus Russian raids on east Idlib, at least 12 dead (the dead win over the "
                "raids' count): one act. PLACE: the raids centred near the Abu al-Duhur airbase, the only named "
                "place finer than the region (a coder could give «إدلب»). SOURCE: the next sentence comes back to "
                "the same raids (stop 30 carry back). The helicopter's downing is a recall with no place, day or "
                "figure: not coded")])

passage("me10", "2017-03-31", "Al Wasat (Bahrain, relaying Reuters)", "villages retaken with a count, the "
        "offensive they were lost in, its leaders | page: http://alwasatnews.com/news/1225693.html",
        "أورد المرصد السوري لحقوق الإنسان، يوم الجمعة 31 آذار/مارس 2017، أن القوات الحكومية استردت 16 قرية في "
        "محيط مدينة حماة كانت فصائل المعارضة قد انتزعتها منها قبل أسبوع. ويندرج ذلك في هجوم معاكس يشنّه الجيش في "
        "منطقة بالغة الأهمية للرئيس الأسد، بعدما قادت هيئة تحرير الشام، وهي ائتلاف لجماعات متشددة أبرزها جبهة فتح "
        "الشام (النصرة سابقاً)، هجوم المعارضة بمشاركة مجموعات تحارب تحت راية الجيش السوري الحر.",
        [E("territory_change", Q("16", 16), PL("حماة", "Hama", "Hama"), "2017-03-31",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="the army retakes 16 villages near Hama city: the count of villages is the act's own count (no dead "
                "numbered); no village named, so the city the text places them by"),
         E("territory_change", None, PL("حماة", "Hama", "Hama"), None, None, HTS,
           note="the rebels' taking of the same villages a week earlier, led by HTS with FSA groups: a recall with "
                "a place (stop 41), «قبل أسبوع» gives no day (date null). A coder could leave it as background")])


passage("me11", "2018-02-03", "Garaa News (relaying an Arab channel's reporter)", "retaliation after a downed jet: "
        "missiles from warships on one town, barrels on the town the jet fell on; published date inferred (the Su-25 "
        "was downed over Maasran on 3 February 2018) | page: https://garaanews.com/amp/article/236766",
        "عشرة قتلى مدنيين بقصف روسي على ريف إدلب بعد إسقاط مقاتلة\n"
        "صبّت القوات الروسية وقوات النظام نيراناً كثيفة على محافظة إدلب في شمال سوريا، ما خلّف ضحايا بين المدنيين، "
        "وذلك إثر إسقاط فصائل المعارضة المسلحة مقاتلة روسية فوق المحافظة ومقتل قائدها. وأفاد مراسل لإحدى القنوات "
        "العربية بأن عشرة مدنيين لقوا حتفهم في بلدة خان السبل جنوبي إدلب، بقصف تقول المعارضة إنه تم بصواريخ "
        "بالستية أطلقتها سفن حربية روسية. وأضاف أن أسرة بأكملها، أباً وأماً وخمسة أطفال، قضت حين ألقت طائرات "
        "النظام براميل متفجرة على معصران، البلدة التي هوت فيها الطائرة الروسية.",
        [E("armed_clash", None, PL("معصران", "Maasran", "Idlib"), "2018-02-03", None, FSA,
           note="the opposition downs a Russian jet and its pilot dies: an attack by an armed side (armed_clash); "
                "placed where the text says the jet fell (Maasran, told in the last sentence); a singular, no figure. "
                "TYPE CALL: a coder could leave the downing as background of the strikes"),
         E("shelling", Q("عشرة", 10, nth=1), PL("خان السبل", "Khan al-Subul", "Idlib"), "2018-02-03",
           "مراسل لإحدى القنوات", RUS,
           note="ballistic missiles from Russian warships on Khan al-Subul, ten civilians dead (the headline's ten "
                "is the same toll; the body's is the figure): missiles fired from ships are coded shelling (no "
                "aircraft); a coder could code airstrike. The opening sentence's bombardment of the governorate is "
                "the two incidents told together: no event of its own"),
         E("airstrike", None, PL("معصران", "Maasran", "Idlib"), "2018-02-03", "مراسل لإحدى القنوات", GOV,
           note="regime barrels on Maasran kill a whole family (father, mother and five children): singulars joined "
                "to a number give no figure (stop 34); source carried («وأضاف»)")])

passage("me12", "2018-09-20", "Syrians for Truth and Justice", "three activists detained after a protest over a "
        "flag, the protest recalled with its day, a scuffle, one freed; published date inferred from the witness's "
        "interview (20 September 2018) | page: https://stj-sy.org/ar/780",
        "احتجزت «هيئة تحرير الشام» في 18 أيلول/سبتمبر 2018 ثلاثة ناشطين من مدينة الدانا في ريف إدلب، ثم أطلقت "
        "أحدهم، لأن واحداً منهم أنزل رايتها وحال دون إعادتها أثناء مظاهرة في المدينة، وفق إفادة جمعتها منظمة "
        "سوريون من أجل الحقيقة والعدالة. وحكى شخص قريب من الثلاثة، طلب إخفاء هويته، أن عناصر من الهيئة رفعوا "
        "رايتهم خلال تظاهرة يوم الجمعة 14 أيلول، فحاول الشاب مازن العلي وصديقاه إنزالها فتلاسنوا مع العناصر. وفي "
        "يوم الثلاثاء التالي، قصدت سيارة للهيئة محل مازن في السوق وطالبه من فيها بالذهاب معهم، فلما أبى أطلقوا "
        "الرصاص في الهواء، ووقع عراك واسع مع المارة تحطم فيه زجاج متاجر، وانتهى الأمر باقتياد الثلاثة إلى مخفر "
        "للهيئة حيث أُنذروا وأُخلي سبيل واحد منهم فقط.",
        [E("arrest", Q("ثلاثة", 3), PL("الدانا", "Al-Dana", "Idlib"), "2018-09-18",
           "سوريون من أجل الحقيقة والعدالة", HTS,
           note="HTS detains three activists in al-Dana (the witness's account of the market scuffle, the shots in "
                "the air and the release of one is the same arrest told again)"),
         E("protest", None, PL("الدانا", "Al-Dana", "Idlib"), "2018-09-14", "شخص قريب من الثلاثة", PROT,
           note="the Friday protest in the town (its day given by the witness) where the flag was pulled down: a "
                "recalled incident with a place and a day (stop 41); no crowd numbered. The quarrel with the "
                "fighters is no event")])

passage("me13", "2019-05-12", "Watan FM (relaying Horan Free Gathering)", "an IED on an armoured car on a road "
        "between two towns, no claim, the settlement recalled as a state | page: https://watan.fm/news/188795",
        "لقي عنصر في قوات الأسد مصرعه أمس السبت 11 أيار في عملية اغتيال غربي محافظة درعا. وأوضح «تجمع أحرار "
        "حوران» عبر موقعه أن عبوة ناسفة انفجرت بعربة مدرعة لفرع «الأمن العسكري» على الطريق بين سحم الجولان والشجرة، فقُتل "
        "أحد ركابها وجُرح اثنان. ولم تتبنّ أي جهة الهجوم حتى الآن، شأنه شأن معظم الاغتيالات التي تشهدها درعا، "
        "المحافظة التي تعيش اضطراباً أمنياً منذ استعادت قوات النظام السيطرة عليها باتفاق «التسوية» عام 2018.",
        [E("explosion", None, PL("سحم الجولان", "Sahm al-Jawlan", "Daraa"), "2019-05-11", "تجمع أحرار حوران", None,
           note="an IED on a Military Security armoured car: an explosion, its bomber unclaimed (agent open). A road "
                "between two towns is placed at the first (stop 30). One dead (singular) and two wounded: no figure. "
                "The regime's retaking of Daraa «منذ … عام 2018» is the background of a state, not coded")])

passage("me14", "2020-06-01", "VDC-NSY", "a car bomb in a town's market, the unregistered car explained, a "
        "witness's blame, the last car bomb recalled with its day and final toll | page: "
        "https://vdc-nsy.com/archives/35857",
        "انفجرت يوم الاثنين، أول أيام حزيران/يونيو 2020، سيارة مفخخة من طراز «سانتافي» بلا لوحات في سوق بلدة جنديرس بريف "
        "عفرين، فقتلت شخصين في الأقل وجرحت خمسة. والسيارات التي لا تحمل لوحات حكر في العادة على قادة فصائل «الجيش "
        "الوطني» المدعومة من أنقرة وعناصرها، وهي الفصائل التي تحكم المنطقة. وألقى شاهد عيان في مكان الانفجار باللوم "
        "على أنقرة في ما تشهده مناطق نفوذها من تفجيرات وفوضى أمنية. والتفجير هو الأول منذ 28 نيسان/أبريل، حين "
        "انفجرت سيارة مماثلة في مدينة عفرين وأوقعت في حصيلتها الأخيرة 42 قتيلاً، تفحمت جثث أغلبهم، و61 جريحاً.",
        [E("explosion", None, PL("جنديرس", "Jindires", "Aleppo"), "2020-06-01", None, None,
           note="a car bomb in Jindires market: two dead «في الأقل» written as a dual with no numeral, so no figure "
                "(stop 30); the wounded never the figure. No source named (the outlet's own report); the witness "
                "blames Turkey (a private person's blame, no statement)"),
         E("explosion", Q("42", 42), PL("عفرين", "Afrin", "Aleppo", nth=1), "2020-04-28", None, None,
           note="the Afrin car bomb of 28 April recalled with its day, place and final toll (stop 41: coded, "
                "background); placed at the city («مدينة عفرين», the second «عفرين»)")])

passage("me15", "2020-11-24", "Shafaq News", "a car bomb in a city centre with a mixed count and a security "
        "source's toll, witnesses' place, an earlier bombing recalled | page: "
        "https://shafaaq.com/ar/عربي-ودولي/مصدر-طبي-مقتل-واصابة-20-شخصا-في-تفجير-عفرين",
        "مصدر أمني: قتلى وجرحى بانفجار مفخخة في عفرين\n"
        "سقط 20 شخصاً بين قتيل وجريح يوم الثلاثاء حين انفجرت سيارة مفخخة في قلب مدينة عفرين، ذات الغالبية الكردية، "
        "في محافظة حلب. وقال مصدر أمني في المدينة لشفق نيوز إن التفجير أودى بثلاثة أشخاص وأصاب 17، فيما ذكر شهود "
        "أن السيارة انفجرت في سوق الهال. وهذا ثاني تفجير من نوعه بعد هجوم شبيه في بلدة بزاعة من أعمال منطقة "
        "الباب، الخاضعة للمعارضة المسلحة، قُتل فيه مدير الشرطة وأربعة أشخاص آخرون وجُرح 20.",
        [E("explosion", Q("ثلاثة", 3), PL("عفرين", "Afrin", "Aleppo", nth=1), "2020-11-24", "مصدر أمني", None,
           note="the car bomb in central Afrin: the dead are the figure (three, from the security source); «20 بين "
                "قتيل وجريح» mixes the wounded in and is never the figure. The market (سوق الهال) is a landmark: "
                "the city is the place"),
         E("explosion", None, PL("بزاعة", "Bza'a", "Aleppo"), None, None, None,
           note="the earlier similar attack in Bza'a recalled with its place (coded, background; no day: date "
                "null): the police chief and four others killed, a singular joined to a number, so no figure "
                "(stop 34)")])

passage("me16", "2021-09-01", "Ninar Press (relaying SNHR)", "a monthly civilian tally with a breakdown by "
        "perpetrator, the year's running total, governorate shares | page: https://ninarpress.net/?p=10188",
        "الشبكة السورية: 94 قتيلاً مدنياً في آب\n"
        "نشرت الشبكة السورية لحقوق الإنسان يوم الأربعاء 1 أيلول 2021 حصيلتها الشهرية للمدنيين الذين قُتلوا في "
        "سوريا خلال آب، وقالت إنها سجّلت مقتل 94 مدنياً، منهم 32 طفلاً وعشر نساء. ونسب التقرير إلى قوات النظام قتل "
        "25 منهم، وإلى القوات الروسية تسعة، وإلى كل من الجيش الوطني وقوات سوريا الديمقراطية سبعة، وإلى هيئة تحرير "
        "الشام واحداً، فيما تتحمل جهات أخرى مسؤولية مقتل 45. وبذلك يصل عدد الضحايا المدنيين منذ بداية 2021 إلى 946. وجاءت "
        "إدلب في صدارة المحافظات بنحو 23% من المجموع، بينما تصدرت درعا قائمة من قتلتهم قوات النظام.",
        [E("casualties", Q("94", 94, nth=1), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="August's civilian toll (headline and body one telling): an aggregate with no place (period "
                "2021-08); the split by perpetrator (25, 9, 7, 7, 1, 45) and the governorate shares are its "
                "breakdown, no events"),
         E("casualties", Q("946", 946), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the year's running civilian total to September (period 2021-01..2021-08): a second aggregate "
                "over a longer period; source carried («وبذلك يصل»)")])

passage("me17", "2021-12-01", "Arabi21 (relaying the Syrian Human Rights Committee)", "a monthly toll with its "
        "breakdowns by perpetrator, cause and governorate; published date inferred (a November report issued "
        "«today») | page: https://arabi21.co.uk/storyamp/1402750",
        "قالت اللجنة السورية لحقوق الإنسان إن 82 شخصاً قُتلوا في سوريا خلال تشرين الثاني/نوفمبر 2021 وفق توثيقها، بينهم "
        "14 طفلاً وتسع نساء وستة ماتوا تحت التعذيب. وحمّل تقريرها، الذي وصلت نسخة منه إلى «عربي21»، النظام السوري "
        "المسؤولية عن 14 قتيلاً، والقوات الروسية عن تسعة، وكلاً من داعش وقسد عن ستة، والمعارضة عن قتيل واحد. "
        "وأحصت اللجنة 23 قتيلاً في اغتيالات نفذها مجهولون، و12 بانفجار ألغام، وخمسة بقصف لم يُعرف مصدره، وأربعة "
        "بعبوات ناسفة، وواحداً بسبب البرد. وتصدرت درعا المحافظات بـ21 ضحية، ثم حلب بـ14 وإدلب بـ13.",
        [E("casualties", Q("82", 82), None, None, "اللجنة السورية لحقوق الإنسان", None, kind="aggregate",
           note="November's toll: an aggregate with no place (period 2021-11). AGGREGATE CALL: the splits by "
                "perpetrator, by cause (23 assassinations, 12 mines, 5 shelling, 4 IEDs, 1 cold) and by "
                "governorate are parts of the 82 (the contract's breakdown), no events; a coder could code the "
                "23 assassinations as an armed_clash aggregate")])

passage("me18", "2022-03-28", "Baladi News (relaying Horan Free Gathering)", "a killing and a survivor, two more "
        "killed the same day in another town, a wounding at dawn, last month's assassination tally | page: "
        "https://baladi-news.com/ar/articles/82600/اغتيال-شاب-ونجاة-آخر-في-درعا",
        "قُتل شاب مدني برصاص مجهولين في بلدة تسيل غربي درعا مساء الأحد 27 آذار/مارس، فيما نجا رفيقه. وأوضحت مصادر "
        "إعلامية أن المسلحين فتحوا النار مباشرة على الشابين قرب البلدة، فأردوا سامر الخطيب وأصابوا صديقه وائل "
        "الحمدان. وبحسب ما حصل عليه «تجمع أحرار حوران»، فإن الاثنين مدنيان من طفس، أحدهما يتاجر بالدراجات النارية "
        "والآخر يوزع جرار الغاز. وفي اليوم نفسه، قتل مجهولون شابين آخرين رمياً بالرصاص في مدينة الصنمين شمالي "
        "المحافظة، بينما أصيب شاب فجر الأحد بطلقات مجهولين في مدينة نوى ونُقل إلى مستشفاها. وكانت الاغتيالات "
        "ومحاولاتها قد أودت في شباط/فبراير الماضي بـ26 شخصاً في درعا وجرحت عشرة، ونجا منها ثمانية.",
        [E("armed_clash", None, PL("تسيل", "Tasil", "Daraa"), "2022-03-27", "مصادر إعلامية", UNK,
           note="a killing by unknown gunmen is an armed_clash (stop 30); one dead (singular), the wounded friend "
                "never the figure. SOURCE: the next sentence comes back to the same shooting with its source"),
         E("armed_clash", None, PL("الصنمين", "Al-Sanamayn", "Daraa"), "2022-03-27", None, UNK,
           note="two young men shot dead in al-Sanamayn the same day: a dual with no numeral, no figure; a new "
                "incident with no source of its own (the outlet). A coder could carry the Gathering"),
         E("armed_clash", None, PL("نوى", "Nawa", "Daraa"), "2022-03-27", None, UNK,
           note="a young man wounded by unknown gunmen at dawn in Nawa: no figure (the injured never are)"),
         E("armed_clash", Q("26", 26), PL("درعا", "Daraa", "Daraa", nth=1), None, None, UNK, kind="aggregate",
           note="February's assassination toll in Daraa governorate: a running toll naming one cause takes its "
                "type (stop 32; a killing by gunmen is an armed_clash); period 2022-02, date null; a recall «وكانت "
                "… قد» with no source named (the outlet)")])

passage("me19", "2022-07-22", "Touwensa (relaying state media, SOHR, SANA)", "an Israeli missile strike with "
        "state media's toll, the monitor's yearly count, the military source's telling, the monitor's targets | "
        "page: http://touwensa.com/index.php/arab-affairs/25042-2022-07-22-09-18-31.html",
        "ذكرت وسائل الإعلام الرسمية السورية أن ضربة صاروخية إسرائيلية قرب دمشق فجر الجمعة 22 تموز/يوليو 2022 أودت "
        "بثلاثة عسكريين وجرحت سبعة، في حين عدّها المرصد السوري لحقوق الإنسان الضربة الإسرائيلية الثامنة عشرة على "
        "سوريا منذ بداية العام. وامتنع الجيش الإسرائيلي عن التعليق. ونقلت «سانا» عن مصدر عسكري أن الصواريخ أُطلقت "
        "من الجولان قرابة الثانية عشرة والنصف بعد منتصف الليل نحو مواقع حول العاصمة، وأن الدفاعات الجوية أسقطت "
        "عدداً منها، وأن الضربة خلّفت خسائر مادية. أما المرصد فقال إن الصواريخ أصابت بين ما أصابته مكاتب للمخابرات "
        "الجوية قرب مطار المزة العسكري غربي دمشق.",
        [E("airstrike", Q("ثلاثة", 3), PL("مطار المزة العسكري", "Mezzeh military airport", "Damascus"), "2022-07-22",
           "وسائل الإعلام الرسمية السورية", ISR,
           note="one Israeli missile strike told by state media, SANA's military source and the observatory: one "
                "event, its figure the first toll (three soldiers; stop 34). PLACE: the observatory names the "
                "offices hit near Mezzeh military airport (a listed site), finer than «قرب دمشق». The observatory's "
                "«eighteenth strike this year» is an ordinal, not a count the text writes: no aggregate coded (a "
                "coder could code an airstrike aggregate of 18)")])

passage("me20", "2023-06-07", "Eye of Euphrates (relaying Horan Free Gathering)", "a killing by unknown gunmen, "
        "a wounding the day before, two brothers' killing recalled with no place, last month's tally | page: "
        "https://eyeofeuphrates.com/ar/news/2023/06/07/8763",
        "مقتل شاب برصاص مجهولين في مدينة درعا\n"
        "قُتل الشاب رامي الزعبي اليوم الأربعاء بعدما أطلق عليه مسلحون مجهولون النار على طريق السرايا داخل مدينة "
        "درعا، بحسب «تجمع أحرار حوران». وفي اليوم السابق، أصيب الشاب خالد العودات برصاصة أطلقها مجهولون في بلدة "
        "نصيب، وهو أخ لشابين قُتلا بالطريقة ذاتها في 22 أيار الماضي، والثلاثة مدنيون لا ينتمون إلى أي فصيل. وكان "
        "مكتب التوثيق في التجمع قد سجل خلال أيار 33 عملية ومحاولة اغتيال، قُتل فيها 18 شخصاً وجُرح 13، ونجا ثلاثة.",
        [E("armed_clash", None, PL("درعا", "Daraa", "Daraa", nth=1), "2023-06-07", "تجمع أحرار حوران", UNK,
           note="a killing by unknown gunmen on a street of Daraa city (the street is a landmark: the city); "
                "headline and body one telling; a singular, no figure"),
         E("armed_clash", None, PL("نصيب", "Nasib", "Daraa"), "2023-06-06", "تجمع أحرار حوران", UNK,
           note="a shooting that wounds, the day before: no figure; source carried (an act of the kind the "
                "Gathering's report told). The brothers' killing on 22 May has no place or figure of its own: "
                "not coded"),
         E("armed_clash", Q("18", 18), None, None, "مكتب التوثيق", UNK, kind="aggregate",
           note="May's assassination tally: one cause, so armed_clash (stop 32); the dead are the figure, not the "
                "33 operations. PLACE CALL: the text writes no place in the sentence (Daraa governorate by context); "
                "left null")])


passage("me21", "2023-02-19", "Asharq (relaying SANA, AFP)", "an Israeli raid on a Damascus quarter with SANA's toll, "
        "air defence, blasts heard, damage to heritage sites | page: https://asharq.com/articles/46490/"
        "69Aqk7RTr3D7pNS5sdiNbZ-ضحايا-ومصابون-في-قصف-إسرائيلي-على-دمشق",
        "قالت الوكالة العربية السورية للأنباء (سانا) إن غارة إسرائيلية طالت مواقع في دمشق وما حولها يوم الأحد، فقتلت "
        "خمسة أشخاص وجرحت 15. وأوضحت الوكالة، نقلاً عن مصدر عسكري، أن الدفاعات الجوية اعترضت الصواريخ وأسقطت "
        "أكثرها. وضربت الغارة حي كفرسوسة في قلب العاصمة، وسمع مراسلو وكالة فرانس برس انفجارات قوية بعد منتصف "
        "الليل بنصف ساعة أعقبها صوت سيارات الإسعاف. كما تضرر، بحسب سانا، معهد الفنون التطبيقية في قلعة دمشق "
        "والمركز الثقافي بكفرسوسة، وأكد مصدر في مديرية الآثار أن فرقها تجري مسحاً أولياً للأضرار التي لحقت "
        "بمكاتب القلعة.",
        [E("airstrike", Q("خمسة", 5), PL("كفرسوسة", "Kafr Sousa", "Damascus"), "2023-02-19",
           "الوكالة العربية السورية للأنباء", ISR,
           note="one Israeli raid (the interception, the blasts heard and the damage to the citadel's institute and "
                "Kafr Sousa's cultural centre are its telling); the quarter named is the most specific place; the "
                "wounded are never the figure")])

passage("me22", "2024-12-25", "The Levant News", "patrols sent to a street, a curfew decided by police commands, a "
        "ministry's denial of a video, a glued «read also» line | page: https://webs.thelevantnews.com/public/article/"
        "فرض-حظر-التجول-في-مدن-سورية-عدة..-لاحتواء-احتجاجات-شعبية-متصاعدةdecember-25,-2024,-7:30-pm",
        "حظر تجول في عدة مدن سورية لاحتواء احتجاجات متصاعدة\n"
        "بدأت وزارة الداخلية في الحكومة المؤقتة، التي ألّفها قائد هيئة تحرير الشام أبو محمد الجولاني، نشر دوريات "
        "للأمن العام في شارع الحضارة بمدينة حمص لضبط الأوضاع، وبثّت مقطعاً مصوراً لتقدّم الدوريات نحو الشارع. "
        "وقررت قيادات الشرطة في عدد من المحافظات منع التجول بين السادسة مساءً والثامنة صباحاً، إثر ما أثاره انتشار "
        "تسجيل يظهر الاعتداء على مقام الشيخ الخصيبي بحلب.\n"
        "اقرأ أيضاً: نية لدى إدارة بايدن لتعليق العقوبات على سوريا عاماً\n"
        "وأكدت الداخلية في بيان أن التسجيل المتداول عن إحراق المقام ليس حديثاً، بل يعود إلى أيام السيطرة على حلب.",
        [E("reinforcement", None, PL("حمص", "Homs", "Homs"), "2024-12-25", "وزارة الداخلية", NEWGOV,
           note="General Security patrols sent into al-Hadara street: a deployment placed where the force is sent "
                "(the street is a landmark: the city, stop 29/41)"),
         E("statement", None, None, "2024-12-25", "قيادات الشرطة", NEWGOV,
           note="a curfew decided by police commands in several governorates: a named body's decision is a "
                "statement (stop 32), no place (several governorates). The protests of the headline are not told "
                "as an incident: not coded"),
         E("statement", None, PL("حلب", "Aleppo", "Aleppo"), "2024-12-25", "الداخلية", NEWGOV,
           note="the ministry's denial that the shrine-burning video is recent: a denial that is news is a "
                "statement of the body (stop 32); the shrine attack itself is denied as current, no event. Placed "
                "at the place it concerns (the first «حلب»). The «اقرأ أيضاً» line is not coded")])

passage("me23", "2025-09-25", "Kurdistan24 (relaying the SDF, SOHR)", "an IS attack on a post with the force's own "
        "toll, combing, background on the group and a trend | page: https://www.kurdistan24.net/ar/story/865734/",
        "أعلنت قوات سوريا الديمقراطية (قسد) يوم الخميس أن خمسة من عناصرها قُتلوا وهم يصدّون هجوماً لتنظيم داعش على "
        "موقع لها بالبحرة الوسطى، في ريف دير الزور الشرقي، صباح ذلك اليوم، وأن مقاتلاً آخر أصيب في الاشتباك، مؤكدة "
        "أنها أحبطت الهجوم وتتابع تمشيط المنطقة بحثاً عن المهاجمين. وكان التنظيم قد بسط نفوذه على مساحات شاسعة من "
        "سوريا والعراق بدءاً من 2014 قبل هزيمته في العراق عام 2017 وفي سوريا عام 2019، ولا تزال خلاياه تنشط في "
        "البادية. ويقول المرصد السوري لحقوق الإنسان إن هجماته انخفضت في مناطق الحكومة الجديدة منذ سقوط الأسد يوم 8 من "
        "كانون الأول/ديسمبر 2024، بينما ازدادت في مناطق قسد.",
        [E("armed_clash", Q("خمسة", 5), PL("البحرة الوسطى", "al-Bahra al-Wusta", "Deir ez-Zor"), "2025-09-25",
           "قوات سوريا الديمقراطية", IS,
           note="an IS attack on an SDF post repelled, five SDF dead (the first side numbered); the combing is the "
                "same incident's sequel. The group's rise and fall and the observatory's trend are background, "
                "no act with a place")])

passage("me24", "2025-03-09", "Arab Khabar (relaying Al-Bawaba News, SANA, dpa)", "a convoy sent to the coast, "
        "readiness and mobilisation from close sources, a warning of cells, checkpoints in the capital | page: "
        "https://arabkhabar.com/a/4307980",
        "رتل للأمن العام ينطلق من إدلب نحو الساحل لملاحقة «فلول الأسد»\n"
        "قالت «سانا»، الوكالة السورية للأنباء، فجر الأحد إن رتلاً من قوات الأمن العام خرج من محافظة إدلب متوجهاً إلى "
        "الساحل، بهدف تعقب بقايا النظام السابق وإرساء الأمن هناك. ونقلت وكالة الأنباء الألمانية عن مصادر قريبة من "
        "إدارة الأمن العام أن وزارة الدفاع والأمن العام وضعتا قواتهما في أقصى درجات التأهب في كل المحافظات، وأن "
        "الجيش أعلن النفير العام في عدد منها، محذرة من أن خلايا للنظام السابق في حمص وحماة ودير الزور ودمشق وريفها "
        "والساحل تتهيأ لأعمال تخريب دعماً لفلوله في طرطوس واللاذقية. وفي دمشق، أقام الأمن العام حواجز عند المداخل "
        "الغربية ونشر عناصره في الساحات وسياراته في الشوارع.",
        [E("reinforcement", None, PL("الساحل", "Syrian coast", None, nth=1), "2025-03-09",
           "الوكالة السورية للأنباء", NEWGOV,
           note="a General Security convoy from Idlib to the coast: placed where the force is sent (stop 41), the "
                "body's «الساحل» (the headline's is nth 0); the coast is a region (Latakia/Tartus) with no finer "
                "place"),
         E("statement", None, None, "2025-03-09", "مصادر قريبة من إدارة الأمن العام", NEWGOV,
           note="maximum readiness and the army's general mobilisation, relayed from close sources: a named body's "
                "decision (stop 32), no place (all governorates). SOURCE CALL: dpa relays the sources (the one "
                "relayed, stop 34). The sources' warning of cells is their own claim, no event"),
         E("reinforcement", None, PL("دمشق", "Damascus", "Damascus", nth=1), "2025-03-09", None, NEWGOV,
           note="checkpoints at the capital's western entrances and deployment in squares and streets: a "
                "deployment in Damascus (the second «دمشق»); another act after the sourced report: the outlet. "
                "A coder could leave it as a security posture")])

passage("me25", "2025-12-22", "Shaam Network", "six men of a local group detained, their leader's arrest "
        "recalled with its day, his record, a raid detaining two IS leaders recalled | page: "
        "https://www.shaam.org/news?page=60",
        "قالت مصادر محلية إن جهاز الأمن الداخلي أوقف يوم الاثنين ستة رجال ينتمون إلى مجموعة بقيادة عماد أبو زريق، وذلك "
        "في نصيب شرقي درعا، من غير أن يصدر أي بيان رسمي بشأن العملية. وبحسب المصادر، استُدعي الستة إلى دمشق "
        "واحتُجزوا فيها ريثما تُستكمل الإجراءات. وكان أبو زريق نفسه قد أوقف يوم 19 من الشهر الجاري لدى مغادرته "
        "ملعب البانوراما في درعا، في عملية قال شهود إنها تمت بهدوء. ويتحدر أبو زريق من نصيب، وقاد مجموعات محلية "
        "عملت مع الأمن العسكري بعد 2018، وفرضت عليه واشنطن عقوبات عام 2024 بتهمة تهريب المخدرات. وفي سياق قريب، "
        "اعتقلت قوات الأمن الداخلي في حملة دهم ببلدة صيدا شرقي درعا قياديين بارزين في تنظيم داعش.",
        [E("arrest", Q("ستة", 6), PL("نصيب", "Nasib", "Daraa"), "2025-12-22", "مصادر محلية", NEWGOV,
           note="six members of Abu Zureiq's group detained (summoned to Damascus: the detention's sequel, the "
                "place stays their town, the group's seat named with the act). A coder could place it at Damascus"),
         E("arrest", None, PL("درعا", "Daraa", "Daraa", nth=1), "2025-12-19", "شهود", NEWGOV,
           note="the leader's arrest of 19 December recalled with its day; the stadium is a landmark: Daraa city "
                "(the second «درعا»); a singular, no figure. SOURCE CALL: the witnesses speak to the arrest; a "
                "coder could give the outlet (a recall «وكان … قد»). The US sanctions of 2024 have no place or "
                "figure: not coded"),
         E("arrest", None, PL("صيدا", "Saida", "Daraa"), None, None, NEWGOV,
           note="a raid in Saida detaining two IS leaders: a dual, no figure; told without a day (the page's "
                "recall), so date null; no source named")])

passage("me26", "2019-07-22", "Syria Direct", "joint raids on a market quarter with a council member's first toll, a "
        "rescuer lost, the civil defence's count of raids | page: https://syriadirect.org/"
        "معرة-النعمان-عشرات-الضحايا-في-قصف-جوي-و/?lang=ar",
        "معرة النعمان: عشرات بين قتيل وجريح بغارات على سوق شعبي\n"
        "صار أحد الأحياء الشعبية بمعرة النعمان، جنوبي إدلب، كومة من الأنقاض اليوم الاثنين بعد أن أغارت عليه مقاتلات سورية "
        "وروسية مرات عدة، مخلفة عشرات القتلى والجرحى. وصرّح عضو في المجلس المحلي للمدينة لموقع «سوريا على طول» بأن "
        "الغارات أصابت سوقاً شعبية فقتلت 20 شخصاً وفق حصيلة أولية، وإن آخرين لا يزالون تحت الركام. وخسر الدفاع "
        "المدني السوري («الخوذ البيضاء») أحد متطوعيه أثناء البحث عن ناجين، وذكر على صفحته في فيسبوك أن وسط المدينة "
        "تلقّى ما يزيد على ثماني غارات ألحقت أضراراً واسعة بالبيوت والمحال.",
        [E("airstrike", Q("20", 20), PL("معرة النعمان", "Maarat al-Numan", "Idlib", nth=1), "2019-07-22",
           "عضو في المجلس المحلي", GOV,
           note="Syrian and Russian raids on a market quarter (agent the first named, the regime's; a coder could "
                "give Russia): its figure the council member's first toll (the dead win over «more than eight "
                "raids»); «عشرات بين قتيل وجريح» mixes the wounded. The rescuer's death and the civil defence's "
                "count are the same raids told again")])

passage("me27", "2019-08-30", "Al-Moharrar Media (relaying the Syrian Civil Defence, Response Coordinators)",
        "a six-day toll of mixed bombardment with its breakdown and counts of munitions, families moved, a day's "
        "displacement recalled; published on the Friday after 28 August | page: https://almohrarmedia.net/?p=19185",
        "الدفاع المدني: 42 قتيلاً مدنياً في معرة النعمان خلال ستة أيام\n"
        "أحصى الدفاع المدني السوري مقتل 42 مدنياً بمنطقة معرة النعمان جنوبي إدلب في ستة أيام من القصف الجوي "
        "والصاروخي لقوات الأسد والقوات الروسية. وفي رسم بياني نشره الجمعة، فصّل الدفاع المدني أن بين القتلى 21 "
        "رجلاً وتسع نساء و12 طفلاً، وأن 115 مدنياً أصيبوا، بين 23 و28 آب. وعدّ 138 غارة و42 برميلاً و237 قذيفة و23 "
        "صاروخاً من الراجمات، وقال إن 120 أسرة (710 أشخاص) نُقلت إلى مناطق أهدأ. وسبق لفريق «منسقو استجابة سوريا» أن "
        "رصد يوم الخميس فرار ما يزيد على تسعة آلاف مدني من المنطقة خلال يوم واحد.",
        [E("casualties", Q("42", 42, nth=1), PL("معرة النعمان", "Maarat al-Numan", "Idlib", nth=1), None,
           "الدفاع المدني السوري", GOV, kind="aggregate",
           note="a six-day toll (period 2019-08-23..28) of air and rocket fire: several kinds of act, so casualties "
                "(stop 32), agent the first named. The men/women/children split is its breakdown. AGGREGATE CALL: "
                "the counts of raids, barrels, shells and rockets are the bombardment's breakdown, not coded; a "
                "coder could code an airstrike aggregate of 138"),
         E("other", Q("710", 710), PL("معرة النعمان", "Maarat al-Numan", "Idlib", nth=1), None,
           "الدفاع المدني السوري", None, kind="aggregate",
           note="120 families (710 people) moved out over the period: an evacuation (other), its figure the people "
                "(the families are its other count); placed at the origin the passage is about; source carried "
                "(«وقال» goes on with the civil defence)"),
         E("other", Q("تسعة آلاف", 9000, None), PL("معرة النعمان", "Maarat al-Numan", "Idlib", nth=1), "2019-08-29",
           "منسقو استجابة سوريا", None,
           note="more than nine thousand civilians fled the area in one day (Thursday): a displacement (other), "
                "«ما يزيد على»: low 9000, open high; placed at its origin")])

passage("me28", "2018-07-24", "Watan FM (compiled)", "an evacuation convoy's arrival with buses and people, earlier "
        "convoys recalled, the ceasefire deal behind them; published date inferred (a Tuesday after the Quneitra "
        "deal of Thursday 19 July 2018) | page: https://watan.fm/news/syria-news/49379",
        "وصول القافلة الثالثة من مهجّري الجنوب\n"
        "بلغت القافلة الثالثة من مهجّري محافظة درعا، يوم الثلاثاء، معبر مورك في شمال حماة، وهي تضم قرابة 24 حافلة على متنها "
        "908 أشخاص، أغلبهم أطفال ونساء، ومعهم مسلحون من «هيئة تحرير الشام» ومقاتلون من الجيش السوري الحر، إلى جانب "
        "جريحين نقلهم الدفاع المدني إلى مستشفى قريب. وكان آلاف المهجّرين من القنيطرة ودرعا قد سبقوهم إلى الشمال، "
        "إثر اتفاق بين فصائل الجيش الحر وروسيا على وقف فوري للنار في القنيطرة بدأ الخميس الماضي، يقضي بترحيل "
        "رافضيه شمالاً وبمنح «عفو كامل» لمن يبقى ويسوّي وضعه.",
        [E("other", Q("908", 908), PL("درعا", "Daraa", "Daraa"), "2018-07-24", None, None,
           note="the third evacuation convoy's arrival at the Morek crossing: an evacuation placed at its origin "
                "(Daraa governorate, as set 126 places convoys); the people are the figure, not the 24 buses. No "
                "source named"),
         E("other", Q("آلاف", 2000, 9000, approx=True), PL("القنيطرة", "Quneitra", "Quneitra"), None, None, None,
           kind="aggregate",
           note="the thousands evacuated before them from Quneitra and Daraa: the earlier convoys' running total "
                "(an aggregate, no day), placed at the first origin"),
         E("agreement", None, PL("القنيطرة", "Quneitra", "Quneitra", nth=1), "2018-07-19", None, FSA,
           note="the FSA-Russia deal of an immediate ceasefire in Quneitra from last Thursday, with departure north "
                "and an amnesty for those who stay: one agreement (agent the first party named)")])

passage("me29", "2017-08-12", "Micro Syria (relaying Sada al-Sham)", "a night raid on a civil defence centre killing "
        "its crew, no claim, a first of its kind, the controlling group held responsible by activists | page: "
        "https://microsyria.com/2017/08/12/7-ضحايا-من-الدفاع-المدني-في-سرمين-ب/",
        "مسلحون مجهولون يقتلون سبعة متطوعين للدفاع المدني بسرمين\n"
        "لقي سبعة متطوعين في الدفاع المدني السوري حتفهم في سرمين، المدينة الواقعة في ريف إدلب، حين اقتحم مجهولون مركزهم في ساعة متأخرة "
        "بعد منتصف الليلة الماضية. ونقلت «صدى الشام» عن مصادر محلية في المدينة أن السبعة كانوا في نوبة عمل داخل "
        "المركز عندما داهمه مسلحون لم تُعرف هويتهم، فقتلوا جميع من فيه واستولوا على معداته. ولم يُعرف الفاعل بعد، "
        "وهي سابقة، إذ كان متطوعو الدفاع المدني يسقطون عادة تحت قصف طائرات النظام أثناء الإنقاذ. والمدينة خاضعة لـ«هيئة "
        "تحرير الشام»، ويحمّلها ناشطون مسؤولية حماية المراكز المدنية.",
        [E("armed_clash", Q("سبعة", 7, nth=1), PL("سرمين", "Sarmin", "Idlib", nth=1), "2017-08-12", "مصادر محلية",
           UNK,
           note="unknown gunmen storm a civil defence centre and kill its seven volunteers: a killing by gunmen is "
                "an armed_clash (stop 30); the body's seven (the headline's is the same). Dated by the night "
                "after midnight before publication (the page's «بعد منتصف ليل أمس»). SOURCE: the next sentence "
                "comes back with the local sources (Sada al-Sham relays them, stop 34). The past deaths under "
                "regime raids are a habit; the activists' blame is a reaction, no statement")])

passage("me30", "2022-01-11", "The Levant News (relaying SOHR)", "Turkish shelling of a village resumed after a "
        "lull, three earlier shellings recalled (two with days), a glued «read also» line | page: "
        "https://thelevantnews.com/article/القوات-التركية-تجدد-قصف-قرى-في-ريف-تل-تمر-بمحافظة-الحسكةjanuary-11,-2022,-10:10-am",
        "المدفعية التركية تعاود استهداف قرى بريف تل تمر\n"
        "عادت القوات البرية التركية اليوم الثلاثاء إلى قصف قرية الكوزلية في الريف الغربي لتل تمر بمحافظة الحسكة "
        "بالمدفعية الثقيلة، بعد أكثر من يومين من الهدوء الحذر على جبهات المنطقة، بحسب المرصد السوري "
        "لحقوق الإنسان، وهو لم يذكر وقوع ضحايا. وطال قصف تركي في 8 كانون الثاني/يناير الجاري ناحية أبو راسين (زركان) "
        "وقرى تل عبود وتل الورد والربيعات وغيرها.\n"
        "اقرأ أيضاً: امرأة وطفل يقضيان بقصف تركي في ريف الحسكة\n"
        "كما قصفت القوات التركية بالصواريخ يوم الجمعة الماضي قريتي تل الورد والربيعات، وكانت مدفعيتها قد دكّت "
        "الأسبوع الماضي قريتي أم الكيف والدردارة وبلدة أبو راسين، فعطّلت محطة كهرباء تل تمر.",
        [E("shelling", None, PL("الكوزلية", "al-Kozliya", "Al-Hasakah"), "2022-01-11",
           "المرصد السوري لحقوق الإنسان", TUR,
           note="Turkish heavy artillery on al-Kozliya, no casualties: no figure"),
         E("shelling", None, PL("أبو راسين", "Abu Rasin", "Al-Hasakah"), "2022-01-08", None, TUR,
           note="the shelling of 8 January on Abu Rasin and villages (a group at the first), recalled with its day "
                "(stop 41); the writer's recall: the outlet"),
         E("shelling", None, PL("تل الورد", "Tal al-Ward", "Al-Hasakah", nth=1), "2022-01-07", None, TUR,
           note="last Friday's rockets on Tal al-Ward and al-Rubayat (a group at the first; the second «تل الورد»)"),
         E("shelling", None, PL("أبو راسين", "Abu Rasin", "Al-Hasakah", nth=1), None, None, TUR,
           note="last week's heavy shelling of Abu Rasin and two villages, which cut the Tell Tamr power station: "
                "a recall with a place and no day (date null). The «اقرأ أيضاً» line is not coded")])

passage("me31", "2021-12-21", "Shaam Times (relaying Sputnik)", "a first Turkish artillery shelling of front-line "
        "villages with local sources' toll, victims described | page: https://shaamtimes.net/371015/",
        "مدنيون ضحايا قصف تركي على ريف الحسكة\n"
        "قضى عدد من المدنيين، منهم امرأتان، وجُرح آخرون بينهم أطفال، في أول قصف مدفعي من نوعه ينفذه الجيش التركي على "
        "البلدات والقرى الواقعة على خطوط التماس مع الجيش السوري و«قسد» في الريف الشمالي الغربي للحسكة. وقالت مصادر "
        "محلية لوكالة «سبوتنيك» إن ثلاثة مدنيين قتلوا وأصيب سبعة مساء يوم الثلاثاء الواقع في 21 من كانون الأول/ديسمبر، حين قصفت "
        "المدفعية التركية والفصائل التركمانية التابعة لها مواقع «قسد» وبيوت الأهالي في أبو راسين وفي الأسدية "
        "والدردارة وتل الورد والربيعات. وبين الضحايا رجل ستيني من الأسدية وامرأة ثلاثينية وأمها من الربيعات، أما "
        "الجرحى فبينهم ثلاثة أطفال أشقاء.",
        [E("shelling", Q("ثلاثة", 3), PL("أبو راسين", "Abu Rasin", "Al-Hasakah"), "2021-12-21", "مصادر محلية", TUR,
           note="Turkish and allied artillery on Abu Rasin and four villages (a group at the first): three civilians "
                "dead (the next sentence gives the same shelling's toll; Sputnik relays the local sources, stop "
                "34); the victims' villages are its breakdown")])

passage("me32", "2011-07-09", "Al-Yaum (via Sauress, relaying AFP)", "a Friday of protests fired on in many cities, "
        "a rights leader's dead in two places, the observatory's wounded of the night before; published date "
        "inferred (the Friday «no to dialogue» was 8 July 2011) | page: https://sauress.com/alyaum/18093",
        "خرج السوريون يوم الجمعة في مظاهرات أوسع ضد النظام، في جمعة أطلقوا عليها اسم «لا للحوار» مع حكم الرئيس بشار "
        "الأسد الماضي في قمع الاحتجاجات في أرجاء البلاد. وردّت قوات الأمن بالرصاص على مئات المحتجين في مدن كثيرة "
        "أمس وليلة الجمعة. وقال عبد الكريم ريحاوي، الذي يرأس الرابطة السورية لحقوق الإنسان، إن قتيلين من المتظاهرين سقطا "
        "في حي الميدان بدمشق، وإن شخصاً قُتل وجُرح خمسة في مدينة الضمير بريف دمشق حين أطلق عناصر الأمن النار لتفريق "
        "المحتجين. وذكر رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان، أن الأمن أطلق النار مساء الخميس على "
        "تظاهرة ليلية في حرستا بريف دمشق فجرح عدداً من المشاركين، بعضهم إصابته بالغة.",
        [E("protest", Q("مئات", 200, 900, approx=True), None, "2011-07-08", None, PROT, kind="aggregate",
           note="the Friday «no to dialogue» protests in many cities, hundreds fired on: the day's protests over more "
                "places than the ones listed (stop 34), no place; no source named. AGGREGATE CALL: a coder could "
                "leave it as the umbrella of the listed protests"),
         E("protest", None, PL("الميدان", "al-Midan", "Damascus"), "2011-07-08", "عبد الكريم ريحاوي", PROT,
           note="two protesters killed in al-Midan: fire on a protest is one protest (stop 30); a dual, no figure"),
         E("protest", None, PL("الضمير", "al-Dumayr", "Rif Dimashq"), "2011-07-08", "عبد الكريم ريحاوي", PROT,
           note="a protest dispersed by fire in al-Dumayr, one dead (singular) and five wounded: no figure"),
         E("protest", None, PL("حرستا", "Harasta", "Rif Dimashq"), "2011-07-07", "رامي عبد الرحمن", PROT,
           note="Thursday evening's night protest in Harasta fired on, wounded only: no figure")])


passage("me33", "2016-08-27", "Swissinfo (relaying AFP, SOHR)", "a double barrel strike on a mourning tent with the "
        "monitor's toll, the Thursday strike the mourners grieved recalled with its toll, a local agency's higher "
        "toll | page: https://www.swissinfo.ch/ara/afp/مقتل-15-شخصا-على-الاقل-جراء-برميلين-متفجرين-على-مدينة-حلب-السورية-/42402906",
        "ذكر المرصد السوري لحقوق الإنسان أن برميلين متفجرين أُلقيا يوم السبت، الواحد تلو الآخر بفارق دقائق، على حي "
        "خاضع للفصائل في حلب، فقتلا 15 شخصاً في الأقل وجرحا آخرين. وأوضح مديره رامي عبد الرحمن لفرانس برس أن قوات "
        "النظام رمت الأول على حي المعادي فسقط بجوار خيمة عزاء عند أطراف حي النيرب، ثم سقط الثاني حين تجمع الأهالي "
        "والمسعفون. وبحسب عبد الرحمن، كانت الخيمة قد نُصبت لعزاء 15 مدنياً، منهم 11 طفلاً، قضوا يوم الخميس ببراميل "
        "ألقتها قوات النظام على باب النيرب، الحي المجاور. وقال مراسل للوكالة إن البرميل الثاني دمّر سيارة إسعاف وجرح "
        "مسعفين، فيما تحدثت وكالة «شهبا برس» المحلية عن 23 قتيلاً في الأقل.",
        [E("airstrike", Q("15", 15, None), PL("المعادي", "al-Maadi", "Aleppo"), "2016-08-27",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="two barrels minutes apart on al-Maadi (the quarter the first fell on; the tent stood at the edge "
                "of al-Nayrab): one strike, at least 15 dead (low 15, open high); Shahba Press's 23 is another "
                "telling (stop 34: the first figure); the ambulance and medics hit are its detail"),
         E("airstrike", Q("15", 15, nth=1), PL("باب النيرب", "Bab al-Nayrab", "Aleppo"), "2016-08-25", "عبد الرحمن",
           GOV,
           note="Thursday's barrels on Bab al-Nayrab, 15 civilians dead (11 children its breakdown): a recalled "
                "incident with its day, place and toll (stop 41: coded, background)")])

passage("me34", "2024-11-19", "Defense-Arab forum (relaying SOHR)", "local gunmen cut a road and attack a "
        "checkpoint over a detention, clashes with no casualties, the year's tally of security incidents with a "
        "breakdown | page: https://defense-arab.com/vb/threads/115113/page-2318",
        "مسلحون محليون يهاجمون حاجزاً للنظام في ريف درعا احتجاجاً على احتجاز أب وابنه\n"
        "ذكر المرصد السوري لحقوق الإنسان أن مسلحين من أبناء المنطقة أغلقوا الطريق بين جاسم وإنخل في ريف درعا "
        "الشمالي، ثم هاجموا بالأسلحة الخفيفة والمتوسطة حاجز الطيرة، وهو نقطة عسكرية لقوات النظام بين المدينتين، "
        "احتجاجاً على بقاء رجل وطفله محتجزين في دمشق، فاندلعت اشتباكات عنيفة لم توقع خسائر بشرية. ويعكس ذلك حالة "
        "الفوضى الأمنية في مناطق النظام، ودرعا خصوصاً، حيث تكثر الجهات المسلحة ويكاد النظام يفقد السيطرة. وبهذا "
        "يصل عدد حوادث الفلتان الأمني في درعا منذ بداية كانون الثاني، بحسب إحصاء المرصد، إلى 312، قُتل فيها 295 "
        "شخصاً، منهم 85 مدنياً و93 من قوات النظام وأجهزتها الأمنية والمتعاونين معها و22 متهماً بترويج المخدرات.",
        [E("armed_clash", None, PL("جاسم", "Jasim", "Daraa"), "2024-11-19", "المرصد السوري لحقوق الإنسان", UNK,
           note="local gunmen cut the Jasim-Inkhil road and attack the al-Tira checkpoint between the two towns: "
                "clashes with no casualties, no figure. PLACE: a checkpoint between two towns is placed at the first "
                "named (stop 30's road rule; a coder could place it at the checkpoint). AGENT: local armed men, "
                "unidentified as a group"),
         E("casualties", Q("295", 295), PL("درعا", "Daraa", "Daraa", nth=3), None, "المرصد السوري لحقوق الإنسان",
           None, kind="aggregate",
           note="the year's toll of 312 security incidents in Daraa governorate (period 2024-01..11), several kinds "
                "of act: casualties (stop 32), the dead are the figure; 85/93/22 are its breakdown; source "
                "carried («وبهذا يصل … بحسب إحصاء المرصد»)")])

passage("me35", "2012-12-01", "Akhbar El Yom Gate (via Masress, relaying Al Arabiya)", "a day's raised toll from "
        "activists, yesterday's clash toll from a rights network, a background sentence | page: "
        "https://www.masress.com/akhbarelyomgate/99306",
        "قالت لجان التنسيق المحلية السورية إن من قتلتهم قوات النظام يوم السبت 1 كانون الأول/ديسمبر ارتفع عددهم إلى "
        "21، أغلبهم في دمشق وريفها، بحسب ما أوردته قناة «العربية» من دون تفاصيل إضافية. وأعلنت أمس الجمعة الشبكة السورية لحقوق "
        "الإنسان أن المعارك التي خاضها الجيش الحر ضد الجيش النظامي أوقعت 129 قتيلاً في أنحاء البلاد. "
        "وتعيش سوريا منذ قرابة عامين احتجاجات على الحكم انقلبت إلى عمليات عسكرية وعنف في أغلب المناطق، ما خلّف "
        "آلاف القتلى ومئات آلاف النازحين داخل البلاد وخارجها.",
        [E("casualties", Q("21", 21), None, "2012-12-01", "لجان التنسيق المحلية", GOV, kind="aggregate",
           note="the day's raised national toll of those killed by regime forces: an aggregate with no place (most "
                "in Damascus and its countryside is its breakdown). Al Arabiya relays the committees (the one "
                "relayed, stop 34)"),
         E("armed_clash", Q("129", 129), None, "2012-11-30", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="yesterday's toll of army-FSA clashes nationwide: a toll naming one cause takes its type (stop 32), "
                "no place. The closing background (thousands dead, hundreds of thousands displaced) is the outlet's "
                "stock sentence: not coded")])


def main() -> None:
    write("gold130.jsonl", P130)


if __name__ == "__main__":
    main()
