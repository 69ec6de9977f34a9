"""Build gold43.jsonl: coverage set 43 (ids ct01…), written in stop 29 by helper `sources` BEFORE any run on it.

A coverage set for ATTRIBUTION in multi-sentence reports (who says so), in passages shaped like real reports
(2-4 sentences, a lead, a detail, a source, background). The wordings were read in real Arabic reporting (the
search tool's `pages` corpus: SOHR, SANA old and new, North Press, Halab Today, Syria TV, Enab Baladi, Zaman
al-Wasl, Baladi News, SMART, Step, Jesr, Orient, Al-Hall, Asharq Al-Awsat, Anadolu, Reuters and AFP relays),
never copied: a source named once and carried by «وأضاف/وأشار/وتابع/وأوضح» with no name or by an anaphor
(«المصدر», «الناشطون», «التجمع»), a source at the END of a sentence («، بحسب ناشطين», «، حسب الناشط …»,
«، وفق ما ذكر التجمع», «، تبعاً لـ…»), a source in the second sentence after a bare lead, unnamed sources
(«مصادر محلية», «مصدر أمني», «شهود عيان», «عمال إنقاذ»), relays and inserted relays («، وفقاً لقناة …،»),
a statement's issuer vs the outlet that carries it, datelines («الرقة – نورث برس», «جسر – درعا»), a
credit line at the foot («المصدر: …»), a source that reports one act and not the next, two sources for one
incident, a named person with his role, a source that only comments, and about ten passages that are mostly
or wholly no event (a denial, a warning, a forecast, a rumour denied). People, villages, figures and dates are
invented or varied. Offsets are computed by build.build (the n-th occurrence) and checked.

    python benchmarks/data/events_probe/build43.py      # rewrites gold43.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   UNID, write)

P43: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P43.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("ct01", "2019-05-22", "Halab Today", "bare lead; «وأفاد مراسلنا بأن» comes back to it; «وأشار المصدر إلى أن» a second act",
        "قُتل ثلاثة مدنيين وأصيب خمسة آخرون، اليوم الأربعاء، بغارات جوية روسية استهدفت بلدة كفرنبل في ريف إدلب "
        "الجنوبي. وأفاد مراسلنا بأن بين القتلى امرأة وطفلها، وأن فرق الدفاع المدني انتشلت الضحايا من تحت أنقاض "
        "منزلهم. وأشار المصدر إلى أن الطائرات ذاتها قصفت أطراف قرية حاس المجاورة دون تسجيل إصابات.",
        [E("airstrike", Q("ثلاثة", 3), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2019-05-22", "مراسلنا", RUS,
           note="the reporter's sentence comes back to the lead with no news of its own: he reports it"),
         E("airstrike", None, PL("حاس", "Has", "Idlib"), None, "مراسلنا", RUS,
           note="«المصدر» names the reporter again")])

passage("ct02", "2020-06-15", "Enab Baladi", "closing «، بحسب ناشطين من المنطقة», then the writer's background",
        "قصفت قوات النظام بالمدفعية الثقيلة قرية الفطيرة في جبل الزاوية بريف إدلب الجنوبي، صباح اليوم الاثنين، ما "
        "أدى إلى مقتل امرأة وإصابة آخرين بجروح، بحسب ناشطين من المنطقة. ويأتي القصف رغم سريان اتفاق وقف إطلاق "
        "النار الموقع بين روسيا وتركيا في آذار الماضي، والذي تخرقه قوات النظام بشكل شبه يومي.",
        [E("shelling", None, PL("الفطيرة", "al-Fatira", "Idlib"), "2020-06-15", "ناشطين من المنطقة", GOV,
           note="one woman, no numeral; the background sentence tells no new act")])

passage("ct03", "2021-09-14", "Syria TV", "a named activist with his role and recipient; «وأضاف <surname> أن» a second act",
        "قال الناشط الإعلامي خالد الحمصي لموقع تلفزيون سوريا إن طائرة مسيرة انتحارية تابعة لقوات النظام استهدفت "
        "سيارة زراعية على أطراف بلدة الأبزمو غربي حلب، ما أدى إلى مقتل مزارعين اثنين. وأضاف الحمصي أن قوات "
        "النظام قصفت بعد ساعة بقذائف المدفعية محيط بلدة كفرنوران القريبة، دون تسجيل إصابات.",
        [E("airstrike", Q("اثنين", 2), PL("الأبزمو", "al-Abzimo", "Aleppo"), None, "الناشط الإعلامي خالد الحمصي",
           GOV),
         E("shelling", None, PL("كفرنوران", "Kafr Nuran", "Aleppo"), None, "الناشط الإعلامي خالد الحمصي", GOV,
           note="the surname alone names the activist again")])

passage("ct04", "2022-03-13", "North Press", "dateline; bare lead; «وقال مصدر … لنورث برس إن»; the toll in «وأضاف المصدر، الذي فضل عدم ذكر اسمه، أن»",
        "الرقة – نورث برس\n"
        "هاجم مسلحون مجهولون، فجر اليوم الأحد، نقطة تفتيش لقوات سوريا الديمقراطية عند مدخل بلدة الكرامة شرقي "
        "الرقة. وقال مصدر في قوى الأمن الداخلي لنورث برس إن المهاجمين استخدموا أسلحة رشاشة وقذائف «آر بي جي» "
        "قبل أن ينسحبوا باتجاه البادية. وأضاف المصدر، الذي فضل عدم ذكر اسمه، أن الهجوم أسفر عن مقتل اثنين من "
        "عناصر النقطة وإصابة ثالث.",
        [E("armed_clash", Q("اثنين", 2), PL("الكرامة", "al-Karama", "Raqqa"), "2022-03-13",
           "مصدر في قوى الأمن الداخلي", UNID,
           note="the dateline names the outlet; the source's two sentences give the act's detail and toll")])

passage("ct05", "2025-02-11", "Asharq Al-Awsat", "a ministry's statement carried by the state agency; the other side's denial",
        "أعلنت وزارة الدفاع السورية، في بيان نقلته وكالة الأنباء الرسمية (سانا)، أن وحدات من الجيش تصدت فجر اليوم "
        "لهجوم شنته مجموعات مسلحة على نقاط عسكرية قرب بلدة دير حافر شرقي حلب. وأوضح البيان أن الاشتباكات أسفرت "
        "عن مقتل ثلاثة من عناصر الجيش. في المقابل، نفت قوات سوريا الديمقراطية أن تكون شنت أي هجوم في المنطقة.",
        [E("armed_clash", Q("ثلاثة", 3), PL("دير حافر", "Dayr Hafir", "Aleppo"), "2025-02-11",
           "وزارة الدفاع السورية", None,
           note="the issuer is the source, the agency only carries it; the attackers are unnamed: no actor1; "
                "the denier is no source")])

passage("ct06", "2017-03-02", "SMART", "two sources at the end («بحسب الدفاع المدني وناشطين»), each then heard apart",
        "جُرح أربعة مدنيين، اليوم الخميس، جراء قصف صاروخي على مدينة أريحا جنوبي إدلب، بحسب الدفاع المدني وناشطين. "
        "وقال الدفاع المدني، على صفحته في موقع «فيسبوك»، إن فرقه أسعفت المصابين إلى مشفى المدينة، في حين لفت "
        "ناشطون إلى أن القصف مصدره قوات النظام المتمركزة في معسكر المسطومة.",
        [E("shelling", None, PL("أريحا", "Ariha", "Idlib"), "2017-03-02", "الدفاع المدني", GOV,
           note="MENDED stop 30 (conventions): the injured are never the figure (README stop 30: the contract's count holds no wounded, injuries have their own field; sets 1-21 give no figure 9 times against 1; was: the wounded as the figure); injured only; the first of two sources named; the camp is where "
                "fire came from")])

passage("ct07", "2018-07-20", "Al-Hurra relay", "«أفاد المرصد … بمقتل»; «وأوضح المرصد، وفقاً لقناة …، أن» a breakdown by strike",
        "أفاد المرصد السوري لحقوق الإنسان، اليوم الجمعة، بمقتل خمسة مدنيين في غارات جوية على ريف إدلب الشرقي. "
        "وأوضح المرصد، وفقاً لقناة «الحرة»، أن إحدى الغارات استهدفت سوقاً شعبياً في بلدة سرمين وقتلت ثلاثة منهم، "
        "فيما قتلت غارة أخرى طفلين في بلدة النيرب القريبة.",
        [E("airstrike", Q("ثلاثة", 3), PL("سرمين", "Sarmin", "Idlib"), "2018-07-20", "المرصد السوري لحقوق الإنسان", None,
           note="the five are the sum of the strikes told next (no event of their own); the channel relays the "
                "observatory; no air force named"),
         E("airstrike", None, PL("النيرب", "al-Nayrab", "Idlib"), "2018-07-20", "المرصد السوري لحقوق الإنسان", None,
           note="two children: a dual, no figure")])

passage("ct08", "2020-11-18", "Zaman al-Wasl", "bare lead; «وأكدت مصادر محلية لـ«…» أن»; «وأوضحت المصادر أن» background on the victim",
        "اغتال مسلحون مجهولون، مساء الثلاثاء، رئيس المجلس البلدي في بلدة الجيزة بريف درعا الشرقي، بإطلاق النار "
        "عليه أثناء عودته إلى منزله. وأكدت مصادر محلية لـ«زمان الوصل» أن المسلحين كانوا يستقلون دراجة نارية "
        "ولاذوا بالفرار. وأوضحت المصادر أن القتيل كان قيادياً سابقاً في فصائل المعارضة قبل تسوية عام 2018.",
        [E("armed_clash", None, PL("الجيزة", "al-Jiza", "Daraa"), "2020-11-17", "مصادر محلية", UNID,
           note="an assassination by gunfire, one victim; the sources' sentence comes back to the attackers; the "
                "2018 settlement is history")])

passage("ct09", "2016-08-08", "Zaman al-Wasl", "closing «، حسب الناشط الإعلامي …»; «وأوضح <surname> أن» a second act",
        "ألقت مروحيات النظام، صباح اليوم، ستة براميل متفجرة على بلدة زاكية في ريف دمشق الغربي، ما أدى إلى مقتل "
        "أربعة مدنيين بينهم طفل، حسب الناشط الإعلامي عمار الديراني. وأوضح الديراني أن قوات النظام المتمركزة على "
        "تلال المقيليبة قصفت البلدة بقذائف المدفعية عقب الغارات، ما أوقع أضراراً في المنازل.",
        [E("airstrike", Q("أربعة", 4), PL("زاكية", "Zakiyah", "Rif Dimashq"), "2016-08-08",
           "الناشط الإعلامي عمار الديراني", GOV, note="the barrels are how it was done"),
         E("shelling", None, PL("زاكية", "Zakiyah", "Rif Dimashq"), "2016-08-08",
           "الناشط الإعلامي عمار الديراني", GOV, note="«البلدة»; the hills are where fire came from")])

passage("ct10", "2015-04-20", "Step", "a reporter's chain: «أفاد مراسل…», «وأضاف مراسلنا أن», «وبالانتقال إلى…، أفاد مراسلنا بأن»",
        "أفاد مراسل «ستيب نيوز» في درعا بأن قوات النظام قصفت بالمدفعية الثقيلة أحياء درعا البلد، ما أدى إلى إصابة "
        "ثلاثة مدنيين. وأضاف مراسلنا أن الطيران الحربي شن غارتين على بلدة اليادودة غربي المدينة. وبالانتقال إلى "
        "الريف الشرقي، أفاد مراسلنا بأن اشتباكات اندلعت بين فصائل المعارضة وقوات النظام على أطراف بلدة بصر "
        "الحرير، دون ورود معلومات عن خسائر.",
        [E("shelling", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), None, "مراسل «ستيب نيوز»", GOV,
           note="MENDED stop 30 (conventions): the injured are never the figure (README stop 30: the contract's count holds no wounded, injuries have their own field; sets 1-21 give no figure 9 times against 1; was: the wounded as the figure)"),
         E("airstrike", None, PL("اليادودة", "al-Yadudah", "Daraa"), None, "مراسل «ستيب نيوز»", GOV,
           note="«مراسلنا» is the reporter named before"),
         E("armed_clash", None, PL("بصر الحرير", "Busra al-Harir", "Daraa"), None, "مراسل «ستيب نيوز»", None,
           note="a clash between two sides: no one actor1 asked")])

passage("ct11", "2014-10-16", "SANA", "dateline; bare toll lead; «وذكر مصدر في قيادة شرطة حمص لـ«سانا» أن»",
        "حمص-سانا\n"
        "استشهد ثلاثة مواطنين وأصيب تسعة آخرون بجروح، اليوم، جراء سقوط قذائف هاون أطلقها إرهابيون على حي عكرمة "
        "في مدينة حمص. وذكر مصدر في قيادة شرطة حمص لـ«سانا» أن إحدى القذائف سقطت قرب مدرسة ابتدائية وألحقت أضراراً "
        "بواجهتها وبعدد من السيارات المركونة.",
        [E("shelling", Q("ثلاثة", 3), PL("عكرمة", "Ikrimah", "Homs"), "2014-10-16", "مصدر في قيادة شرطة حمص", None,
           note="the police source comes back to the shells; «إرهابيون» in SANA's words names no actor")])

passage("ct12", "2019-09-03", "Baladi News", "«قال ناشطون إن» an act; «وفي سياق منفصل، …» the outlet's own next act",
        "قال ناشطون محليون إن طائرة مسيرة تركية استهدفت دراجة نارية على طريق قرية الدردارة قرب تل تمر، ما أدى "
        "إلى مقتل شخصين كانا على متنها. وفي سياق منفصل، اعتقلت قوات الأسايش سبعة شبان من حي الطي في مدينة القامشلي "
        "بهدف سوقهم إلى التجنيد الإجباري.",
        [E("airstrike", None, PL("الدردارة", "al-Dardara", "Hasakah"), None, "ناشطون محليون", TUR,
           note="«شخصين»: a dual, no figure"),
         E("arrest", Q("سبعة", 7), PL("الطي", "Hayy al-Tay", "Hasakah"), None, None, SDF,
           note="«في سياق منفصل» opens the outlet's own news: the activists do not report it")])

passage("ct13", "2021-05-25", "Jesr", "dateline «جسر – درعا»; «وأفاد «تجمع …» بمقتل»; «، وفق ما ذكر التجمع» closes a background sentence",
        "جسر – درعا\n"
        "قُتل شاب وأصيب آخر بجروح، ليل أمس، برصاص مسلحين مجهولين في مدينة داعل بريف درعا الأوسط. وأفاد «تجمع "
        "أحرار حوران» بأن المسلحين أطلقوا النار على الشابين أثناء جلوسهما أمام محل تجاري وسط المدينة. وينحدر "
        "القتيل من عائلة معروفة بمعارضتها للنظام، وفق ما ذكر التجمع.",
        [E("armed_clash", None, PL("داعل", "Dael", "Daraa"), "2021-05-24", "تجمع أحرار حوران", UNID,
           note="one killed, no numeral; the league's sentence comes back to the shooting")])

passage("ct14", "2023-01-17", "Orient", "«ووفقاً لـ«…»، فإن»; «وأوضح أن» and «ولفت إلى أن» with no name",
        "أصيب ثلاثة عناصر من الجيش الوطني بانفجار عبوة ناسفة استهدفت سيارتهم قرب قرية كفرجنة بريف عفرين، اليوم "
        "الثلاثاء. ووفقاً لـ«الدفاع المدني السوري»، فإن فرقه نقلت المصابين إلى مشفى عفرين العسكري. وأوضح أن "
        "العبوة كانت مزروعة على جانب الطريق، ولفت إلى أن حالة أحدهم حرجة.",
        [E("explosion", None, PL("كفرجنة", "Kafr Janna", "Aleppo"), "2023-01-17", "الدفاع المدني السوري",
           UNID, note="MENDED stop 30 (conventions): the injured are never the figure (README stop 30: the contract's count holds no wounded, injuries have their own field; sets 1-21 give no figure 9 times against 1; was: the wounded as the figure); injured only; the source comes back to the wounded and the device; the hospital is where "
                      "the wounded went")])

passage("ct15", "2022-07-24", "Euphrates Post", "bare lead; «وبحسب شبكة «…» فإن» in the second sentence; «وأضافت الشبكة أن»",
        "داهمت قوات سوريا الديمقراطية، فجر اليوم الأحد، منازل في بلدة الطيانة بريف دير الزور الشرقي واعتقلت تسعة "
        "شبان. وبحسب شبكة «فرات بوست» فإن الحملة جاءت بعد هجوم استهدف حاجزاً لـ«قسد» قرب البلدة قبل يومين. "
        "وأضافت الشبكة أن بين المعتقلين طالبين جامعيين.",
        [E("arrest", Q("تسعة", 9), PL("الطيانة", "al-Tayyana", "Deir ez-Zor"), "2022-07-24", "شبكة «فرات بوست»",
           SDF, note="the network's sentence comes back to the raid; the attack two days before is its cause "
                     "(told as background, no place of its own beyond «قرب البلدة»): no event")])

passage("ct16", "2013-09-11", "Reuters relay", "agency account; «قال سكان لرويترز إن … وأضافوا أن»; credit line «المصدر: رويترز»",
        "قال سكان في مدينة الرقة لرويترز إن طائرات حربية تابعة للجيش السوري قصفت مدرسة ثانوية يتخذها مقاتلو "
        "المعارضة مقراً في حي المشلب، ما أدى إلى مقتل 11 شخصاً. وأضافوا أن بين القتلى طلاباً كانوا يحتمون في "
        "الطابق الأرضي.\nالمصدر: رويترز",
        [E("airstrike", Q("11", 11), PL("المشلب", "al-Mashlab", "Raqqa"), None, "سكان في مدينة الرقة", GOV,
           note="the residents are the source; the agency they told is the recipient")])

passage("ct17", "2017-12-05", "Al-Hall", "subject first, no verb before it («الناشط … أكد أن»); «فيما ذكر الناشط … لموقع … أن» an act elsewhere",
        "الناشط الإعلامي أبو يزن الحوراني أكد أن الطيران الحربي نفذ أربع غارات على الأحياء السكنية في مدينة "
        "حرستا، ما أدى إلى مقتل خمسة مدنيين. فيما ذكر الناشط حسان الدوماني لموقع «الحل» أن قوات النظام قصفت "
        "مدينة دوما بعشرات القذائف، ما أدى إلى مقتل طفل وإصابة آخرين.",
        [E("airstrike", Q("خمسة", 5), PL("حرستا", "Harasta", "Rif Dimashq"), None,
           "الناشط الإعلامي أبو يزن الحوراني", GOV, note="«الطيران الحربي» in opposition reporting of 2017"),
         E("shelling", None, PL("دوما", "Douma", "Rif Dimashq"), None, "الناشط حسان الدوماني", GOV,
           note="a second activist owns his own act")])

passage("ct18", "2015-08-23", "AFP relay", "bare lead; «وقال عمال إنقاذ إنهم …»; «وأضافوا أن»",
        "انهار مبنى من أربعة طوابق في مدينة دوما بالغوطة الشرقية جراء غارة جوية لطيران النظام، مساء أمس. وقال "
        "عمال إنقاذ إنهم انتشلوا 16 جثة من تحت الأنقاض حتى صباح اليوم الأحد. وأضافوا أن البحث ما زال جارياً عن "
        "عائلتين يعتقد أنهما كانتا داخل المبنى.",
        [E("airstrike", Q("16", 16), PL("دوما", "Douma", "Rif Dimashq"), "2015-08-22", "عمال إنقاذ", GOV,
           note="the bodies pulled out are the strike's dead (one event); the rescuers come back to it")])

passage("ct19", "2018-02-26", "France 24 relay", "bare lead; «وقال مدير المرصد …، رامي عبد الرحمن، لوكالة فرانس برس إن»",
        "قُتل 14 عنصراً من قوات النظام، اليوم الاثنين، في هجوم شنته «هيئة تحرير الشام» على مواقعهم في محيط بلدة "
        "أبو دالي بريف إدلب الجنوبي الشرقي. وقال مدير المرصد السوري لحقوق الإنسان، رامي عبد الرحمن، لوكالة فرانس "
        "برس إن الهيئة سيطرت على نقطتين بعد اشتباكات استمرت ساعات.",
        [E("armed_clash", Q("14", 14), PL("أبو دالي", "Abu Dali", "Idlib"), "2018-02-26",
           "مدير المرصد السوري لحقوق الإنسان", HTS,
           note="the director comes back to the attack («الهيئة», «اشتباكات»); two positions taken in the same "
                "fight: one event")])

passage("ct20", "2024-01-09", "Enab Baladi", "bare lead; a body that only COMMENTS («واعتبر …», «ووصف …»): no source",
        "قصفت قوات النظام بصواريخ موجهة سيارة مدنية قرب بلدة كفرعمة غربي حلب، اليوم "
        "الثلاثاء، ما أدى إلى مقتل ثلاثة مدنيين. واعتبر «الائتلاف الوطني السوري» أن استهداف المدنيين يمثل "
        "استخفافاً بتفاهمات خفض التصعيد، ووصف القصف بأنه جريمة حرب.",
        [E("shelling", Q("ثلاثة", 3), PL("كفرعمة", "Kafr Amma", "Aleppo"), "2024-01-09", None, GOV,
           note="guided missiles fired from the ground; the coalition judges the act, it reports nothing: the "
                "outlet's own report")])

passage("ct21", "2025-06-21", "SANA", "issuer then «، بحسب …» naming the agency; «وأضافت الوزارة أن» and «وتابعت أن»",
        "أعلنت وزارة الداخلية السورية، اليوم السبت، القبض على خمسة أشخاص من فلول النظام البائد في مدينة جبلة، "
        "متهمين بالهجوم على دورية للأمن العام الشهر الماضي، بحسب وكالة الأنباء السورية (سانا). وأضافت الوزارة أن "
        "العملية جرت بالتعاون مع جهاز الاستخبارات العامة، وتابعت أن الموقوفين أحيلوا إلى القضاء المختص.",
        [E("arrest", Q("خمسة", 5), PL("جبلة", "Jableh", "Latakia"), "2025-06-21", "وزارة الداخلية السورية", NEWGOV,
           note="the agency at the end carries the ministry's announcement: the issuer is the source; last "
                "month's attack is background")])

passage("ct22", "2020-02-13", "Sputnik relay", "«أفادت وكالة «…» عن» + «وأكدت أن»; the agency is the source",
        "أفادت وكالة «سبوتنيك» الروسية عن اشتباكات عنيفة بين الجيش السوري ومسلحين على أطراف بلدة الزربة جنوب "
        "غربي حلب، بعد هجوم شنته «هيئة تحرير الشام» فجر اليوم الخميس. وأكدت الوكالة أن الجيش أوقع 20 قتيلاً في "
        "صفوف المهاجمين ودمر ثلاث آليات.",
        [E("armed_clash", Q("20", 20), PL("الزربة", "al-Zirbah", "Aleppo"), "2020-02-13", "وكالة «سبوتنيك» الروسية",
           HTS, note="«أفاد عن»; the agency's second sentence gives the toll of the same fight")])

passage("ct23", "2021-03-08", "Anadolu", "a ministry's claim; «وبحسب البيان، …» the statement anaphor; «بدورها، قالت …» another act",
        "أعلنت وزارة الدفاع التركية تحييد ستة عناصر من تنظيم «بي كي كي/ي ب ك» قالت إنهم كانوا يستعدون لشن هجوم "
        "على منطقة «درع الفرات» قرب مدينة جرابلس. وبحسب البيان، جرى استهداف المسلحين بقذائف المدفعية في محيط قرية "
        "عون الدادات. بدورها، قالت وكالة «هاوار» إن المدفعية التركية قصفت قرية الهوشرية غربي منبج.",
        [E("shelling", Q("ستة", 6), PL("عون الدادات", "Awn al-Dadat", "Aleppo"), None, "وزارة الدفاع التركية", TUR,
           note="«تحييد» by artillery; «البيان» names the ministry's statement again; Jarablus is the area "
                "they aimed at"),
         E("shelling", None, PL("الهوشرية", "al-Hushariyah", "Aleppo"), None, "وكالة «هاوار»", TUR,
           note="the other side tells an act of its own")])

passage("ct24", "2019-06-27", "Halab Today", "the source in the middle of its sentence («الزيارة تأتي، بحسب المصدر، …»); a forecast only",
        "أفاد مصدر محلي لموقع «حلب اليوم» بأن ضابطاً روسياً رفيعاً سيزور خلال الأيام المقبلة بلدة تادف جنوب مدينة "
        "الباب، للقاء وجهاء من المنطقة. والزيارة تأتي، بحسب المصدر، في إطار ترتيبات لفتح معبر تجاري بين مناطق "
        "النظام والمعارضة.",
        [])

passage("ct25", "2016-05-04", "Al Jazeera", "a denial of what pages spread: no act told",
        "نفت وزارة الدفاع الروسية ما تداولته صفحات معارضة عن تنفيذ طائراتها غارات على مدينة أريحا في ريف إدلب، "
        "وقالت في بيان إن طائراتها لم تقم بأي طلعات فوق المنطقة خلال الأيام الثلاثة الماضية. ووصف المتحدث باسم "
        "الوزارة هذه الأنباء بأنها «محاولة لتشويه دور روسيا في سوريا».",
        [E("statement", None, PL("أريحا", "Ariha", "Idlib"), None, 'وزارة الدفاع الروسية', RUS, note="MENDED stop 32 (conventions): a denial that is the item's news is a statement (stop 32), at the place it concerns")])

passage("ct26", "2023-03-10", "SY24", "a warning and a call with source words: no event",
        "حذر الدفاع المدني السوري من مخاطر الذخائر غير المنفجرة في الأراضي الزراعية بريف إدلب الجنوبي مع بدء موسم "
        "الحصاد، داعياً المزارعين إلى إبلاغ فرقه عن أي جسم مشبوه. وقال مسؤول في فرق إزالة الذخائر إن الفرق "
        "تعمل على مسح الحقول المحيطة بمدينة سراقب خلال الأسابيع المقبلة.",
        [E("statement", None, PL("ريف إدلب الجنوبي", "Southern Idlib countryside", "Idlib"), None, 'الدفاع المدني السوري', None, note='MENDED stop 32 (conventions): a warning and a call of a named body: one statement (stop 32), at the area it concerns')])

passage("ct27", "2022-10-04", "Baladi News", "a rumour spread by pages, then denied by a relative: no act",
        "تداولت صفحات محلية أنباء عن انشقاق ضابط برتبة عقيد من الفرقة الرابعة ووصوله إلى مناطق المعارضة شمالي "
        "حلب. ونفى مصدر مقرب من عائلة الضابط لـ«بلدي نيوز» صحة هذه الأنباء، مؤكداً أن الضابط ما زال على رأس عمله "
        "في دمشق.",
        [])

passage("ct28", "2024-11-20", "Syria TV", "an analyst's forecast with «قال … إن»: no event",
        "قال الخبير العسكري العقيد المنشق فايز الأحمد لموقع تلفزيون سوريا إن قوات النظام قد تشن هجوماً واسعاً "
        "على ريف إدلب الجنوبي خلال الأسابيع المقبلة، مستنداً إلى تحركات رصدها على خطوط التماس قرب مدينة سراقب. "
        "وأضاف أن الفصائل رفعت جاهزيتها تحسباً لأي تصعيد.",
        [])

passage("ct29", "2019-08-15", "SOHR", "«المرصد السوري: …» opener; «ورصد نشطاء المرصد …» then «وكان المرصد قد وثق …» an earlier act recalled with its date",
        "المرصد السوري لحقوق الإنسان: قُتل عنصران من قوات النظام بانفجار لغم أرضي في بادية الميادين شرقي دير الزور. "
        "ورصد نشطاء المرصد السوري انفجار عبوة ناسفة بسيارة لميليشيا «لواء القدس» قرب مدينة البوكمال، ما أدى إلى "
        "إصابة ثلاثة من عناصرها. ويشهد ريف دير الزور الشرقي هجمات متكررة تستهدف "
        "الميليشيات الموالية لإيران منذ مطلع العام.",
        [E("explosion", None, PL("الميادين", "al-Mayadin", "Deir ez-Zor"), None, "المرصد السوري لحقوق الإنسان", None,
           note="«عنصران»: a dual, no figure; a landmine of unknown origin"),
         E("explosion", None, PL("البوكمال", "Albu Kamal", "Deir ez-Zor"), None, "نشطاء المرصد السوري", UNID,
           note="MENDED stop 30 (conventions): the injured are never the figure (README stop 30: the contract's count holds no wounded, injuries have their own field; sets 1-21 give no figure 9 times against 1; was: the wounded as the figure); injured only")])

passage("ct30", "2012-05-14", "Al Arabiya", "«قالت لجان التنسيق المحلية إن …»; «وأشارت اللجان إلى أن» a second act; «في حين لم يتسن …»",
        "قالت لجان التنسيق المحلية إن قوات الأمن أطلقت النار على مظاهرة خرجت في حي الخالدية بمدينة حمص مساء "
        "اليوم، ما أدى إلى مقتل أربعة متظاهرين. وأشارت اللجان إلى أن قوات الأمن شنت حملة مداهمات في حي الإنشاءات "
        "واعتقلت 12 شاباً. في حين لم يتسن التحقق من هذه المعلومات من مصدر مستقل.",
        [E("protest", Q("أربعة", 4), PL("الخالدية", "al-Khalidiyah", "Homs"), "2012-05-14", "لجان التنسيق المحلية",
           PROT, note="fire on a protest: one protest event with its dead"),
         E("arrest", Q("12", 12), PL("الإنشاءات", "al-Inshaat", "Homs"), None, "لجان التنسيق المحلية", GOV,
           note="«اللجان» names the committees again")])

passage("ct31", "2020-10-26", "Al Jazeera", "two tellings of one strike: the attacker's statement, then the state media",
        "قال الجيش الإسرائيلي في بيان إن طائراته هاجمت مواقع عسكرية تابعة لـ«فيلق القدس» الإيراني في محيط بلدة "
        "الكسوة جنوب دمشق، رداً على زرع عبوات ناسفة قرب خط وقف إطلاق النار في الجولان. في المقابل، نقلت وكالة "
        "«سانا» عن مصدر عسكري قوله إن الدفاعات الجوية تصدت للصواريخ وأسقطت معظمها، وإن الهجوم أسفر عن مقتل ثلاثة جنود.",
        [E("airstrike", Q("ثلاثة", 3), PL("الكسوة", "al-Kiswah", "Rif Dimashq"), None, "الجيش الإسرائيلي", ISR,
           note="one strike told by both sides: one event; the first teller is the source (the toll is the "
                "other side's, on the same strike); the planted devices are the given reason")])

passage("ct32", "2021-12-02", "Nedaa Post", "«أفادت وزارة الداخلية التركية بأن»; «وبحسب الوزارة، …»; «بدوره أفاد مراسل «…» بأن القصف طال أيضاً …»",
        "أفادت وزارة الداخلية التركية بأن قذائف صاروخية أطلقت من مناطق سيطرة «قسد» سقطت على بلدة قرقميش الحدودية، "
        "ما أدى إلى إصابة أربعة مدنيين. وبحسب الوزارة، أطلقت القذائف من محيط مدينة جرابلس. بدوره أفاد مراسل «نداء "
        "بوست» في حلب بأن القصف طال أيضاً محيط قرية الغندورة شرقي جرابلس.",
        [E("shelling", None, PL("قرقميش", "Karkamis", None, "TUR"), None, "وزارة الداخلية التركية", SDF,
           note="MENDED stop 30 (conventions): the injured are never the figure (README stop 30: the contract's count holds no wounded, injuries have their own field; sets 1-21 give no figure 9 times against 1; was: the wounded as the figure); injured only; the town in Turkey; Jarablus its origin"),
         E("shelling", None, PL("الغندورة", "al-Ghandura", "Aleppo"), None, "مراسل «نداء بوست»", SDF,
           note="«أيضاً»: the same barrage reaching another place, told by another source")])

passage("ct33", "2018-10-11", "Enab Baladi", "«قالت مصادر محلية لعنب بلدي» an arrest; «ونقلت المصادر عن ذوي …» the detainees' families",
        "اعتقلت دورية تابعة للمخابرات الجوية ستة شبان من بلدة كفرشمس في ريف درعا الشمالي، رغم حصولهم على بطاقات "
        "تسوية، بحسب ما قالته مصادر محلية لعنب بلدي. ونقلت المصادر عن ذوي المعتقلين أن الدورية اقتادت أبناءهم إلى "
        "فرع المخابرات في مدينة إزرع دون توجيه أي تهمة.",
        [E("arrest", Q("ستة", 6), PL("كفرشمس", "Kafr Shams", "Daraa"), None, "مصادر محلية", GOV,
           note="Izraa is where they were taken; the families relayed in the next sentence come back to the same "
                "arrest (gold the first source)")])

passage("ct34", "2019-04-30", "SMART", "bare lead; a source that reports the figure but not the next act («ولم يعرف …»)",
        "قصفت قوات النظام بعشرات القذائف مدينة كفرزيتا في ريف حماة الشمالي، اليوم الثلاثاء. وقال مسؤول في الدفاع "
        "المدني لـ«سمارت» إن القصف أدى إلى مقتل ثلاثة مدنيين بينهم امرأة. كما ألقت مروحيات النظام براميل متفجرة "
        "على قرية الزكاة المجاورة، دون ورود معلومات عن خسائر.",
        [E("shelling", Q("ثلاثة", 3), PL("كفرزيتا", "Kafr Zita", "Hama"), "2019-04-30", "مسؤول في الدفاع المدني",
           GOV, note="the official gives the lead's toll: he is its source"),
         E("airstrike", None, PL("الزكاة", "al-Zakah", "Hama"), None, None, GOV,
           note="«كما» opens a new sentence of the outlet's own: the official said nothing of it")])

passage("ct35", "2017-06-18", "Orient", "«كشف مصدر عسكري في …» then «ونقل موقع «…» عن المصدر قوله إن»",
        "كشف مصدر عسكري في «جيش الإسلام» أن مقاتليه صدوا محاولة تقدم لقوات النظام على جبهة حوش الضواهرة في الغوطة "
        "الشرقية، وقتلوا سبعة من عناصرها. ونقل موقع «أورينت نت» عن المصدر قوله إن قوات النظام مهدت لمحاولتها بقصف "
        "مدفعي عنيف استمر ساعات.",
        [E("armed_clash", Q("سبعة", 7), PL("حوش الضواهرة", "Hawsh al-Dawahira", "Rif Dimashq"), None,
           "مصدر عسكري في «جيش الإسلام»", GOV,
           note="a repelled advance: the advancing side is actor1 (as earlier sets); the preparatory barrage is "
                "part of the same attack")])

passage("ct36", "2014-03-27", "Al-Hayat", "«أفاد ناشطون بأن» then «ونقلت شبكة «…» عن شهود عيان أن» another act in another town",
        "أفاد ناشطون معارضون بأن مقاتلي «الدولة الإسلامية في العراق والشام» سيطروا على بلدة الباب شرقي حلب بعد "
        "انسحاب فصائل «الجبهة الإسلامية» منها. ونقلت شبكة «شام» عن شهود عيان أن عناصر التنظيم أعدموا أربعة شبان "
        "في ساحة بلدة قباسين القريبة بتهمة العمالة.",
        [E("territory_change", None, PL("الباب", "al-Bab", "Aleppo"), None, "ناشطون معارضون", IS),
         E("casualties", Q("أربعة", 4), PL("قباسين", "Qabasin", "Aleppo"), None, "شهود عيان", IS,
           note="executions (as earlier sets: casualties with their agent); the network relays the witnesses")])

passage("ct37", "2025-04-15", "Enab Baladi", "«قال مدير المكتب الإعلامي في …، فلان، في تصريح لعنب بلدي إن»; «وتابع أن» with no name",
        "قال مدير المكتب الإعلامي في قيادة الأمن الداخلي بحمص، ماهر العلي، في تصريح لعنب بلدي، إن دورية أمنية "
        "تعرضت لكمين نصبه مسلحون على طريق قرية الغور الغربية، ما أدى إلى مقتل عنصرين. وتابع أن الدورية اشتبكت مع "
        "المهاجمين واعتقلت أحدهم بعد إصابته.",
        [E("armed_clash", None, PL("الغور الغربية", "al-Ghur al-Gharbiyah", "Homs"), None,
           "مدير المكتب الإعلامي في قيادة الأمن الداخلي بحمص", UNID,
           note="«عنصرين»: a dual, no figure; the one attacker captured in the same fight is no separate arrest")])

passage("ct38", "2013-02-05", "Al Arabiya", "a long sentence whose source is «بحسب ما أفاد به مراسل …» in its middle; next sentence bare background",
        "اقتحم مقاتلو الجيش الحر، بحسب ما أفاد به مراسل «العربية» في حلب، مقر كتيبة الدفاع الجوي قرب بلدة "
        "عزيزة جنوبي المدينة وسيطروا عليه بعد اشتباكات استمرت يومين. وتعد الكتيبة من آخر المواقع التي تتمركز فيها "
        "قوات النظام في الريف الجنوبي.",
        [E("territory_change", None, PL("عزيزة", "Aziza", "Aleppo"), None, "مراسل «العربية»", FSA,
           note="the base is taken with the fight: one event (territory_change as earlier sets code a take "
                "after clashes)")])

passage("ct39", "2024-12-03", "Orient", "«أعلنت إدارة العمليات العسكرية …»; «وأفاد مراسل «أورينت» بأن» the same take; a second act bare",
        "أعلنت إدارة العمليات العسكرية سيطرتها على مدينة مورك في ريف حماة الشمالي بعد معارك مع قوات النظام. وأفاد "
        "مراسل «أورينت» بأن مقاتلي الفصائل دخلوا المدينة من محورين وأسروا عدداً من العناصر. وشن الطيران الحربي "
        "الروسي غارات على مدينة اللطامنة المجاورة عقب سقوط مورك.",
        [E("territory_change", None, PL("مورك", "Morek", "Hama"), None, "إدارة العمليات العسكرية", FSA,
           note="the 2024 operations room (actor as set 38's convention); the reporter retells the take"),
         E("airstrike", None, PL("اللطامنة", "al-Lataminah", "Hama"), None, "مراسل «أورينت»", RUS,
           note="MENDED stop 33 (conventions): a bare sentence with an act of another kind after the outlet's own "
                "reporter (Orient's) keeps his report: he files the whole item (README Source, stop 30; kept by the "
                "lead at stop 32) — was the outlet")])

passage("ct40", "2016-11-29", "Asharq Al-Awsat", "«أكد الدفاع المدني والمرصد السوري مقتل …»: two sources for one toll, then «وقال المرصد إن» the agent",
        "أكد الدفاع المدني والمرصد السوري لحقوق الإنسان مقتل 21 مدنياً بقصف مدفعي استهدف نازحين في حي جب القبة "
        "شرقي حلب، اليوم الثلاثاء. وقال المرصد إن القصف مصدره قوات النظام والمسلحون الموالون لها المتمركزون في "
        "حي الشيخ سعيد.",
        [E("shelling", Q("21", 21), PL("جب القبة", "Jubb al-Qubbah", "Aleppo"), "2016-11-29", "الدفاع المدني", GOV,
           note="two sources for one toll: the first named; the observatory adds the agent; the district of "
                "origin is no place of the act")])

passage("ct41", "2020-09-21", "Step", "bare lead of a defection; «وقال الضابط في تسجيل مصور إن …»: the defector himself",
        "انشق ملازم أول من قوات النظام عن مواقعها في ريف حماة الشمالي، ووصل إلى مناطق سيطرة الفصائل قرب بلدة "
        "قسطون. وقال الملازم أول محمد العمر في تسجيل مصور نشره ناشطون إنه قرر الانشقاق احتجاجاً على قصف المدنيين، داعياً زملاءه إلى "
        "اللحاق به.",
        [E("defection", None, PL("قسطون", "Qastun", "Hama"), None, "الملازم أول محمد العمر", GOV,
           note="one officer, no numeral; the defector's own account: he is the source; activists only posted it; "
                "his call is no event")])

passage("ct42", "2022-05-09", "Deir ez-Zor 24", "dateline with reporter; «وقال مراسلنا إن» back to the lead; «كما علم مراسلنا أن» a second act",
        "دير الزور 24 – خاص\n"
        "قُتل عنصر من قوات سوريا الديمقراطية، مساء الأحد، بهجوم نفذه مسلحون مجهولون على حاجز لها في بلدة ذيبان "
        "بريف دير الزور الشرقي. وقال مراسلنا إن المهاجمين استهدفوا الحاجز بالأسلحة الخفيفة ولاذوا بالفرار. كما "
        "علم مراسلنا أن «قسد» اعتقلت أربعة أشخاص من أبناء البلدة عقب الهجوم.",
        [E("armed_clash", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2022-05-08", "مراسلنا", UNID,
           note="one killed, no numeral; the reporter comes back to the attack"),
         E("arrest", Q("أربعة", 4), PL("ذيبان", "Dhiban", "Deir ez-Zor"), None, "مراسلنا", SDF,
           note="«البلدة»; «علم مراسلنا»: the reporter learned it")])

passage("ct43", "2019-01-08", "Al-Modon", "«أعلنت «هيئة تحرير الشام» سيطرتها على …، في حين قالت مصادر من «الزنكي» إن …»",
        "أعلنت «هيئة تحرير الشام» سيطرتها على بلدة دارة عزة في ريف حلب الغربي، بعد اشتباكات مع «حركة نور الدين "
        "الزنكي» استمرت ثلاثة أيام. في حين قالت مصادر في الحركة لـ«المدن» إن مقاتليها انسحبوا من البلدة لتجنيب "
        "المدنيين القصف، وإنهم أعادوا تمركزهم في قرية قبتان الجبل.",
        [E("territory_change", None, PL("دارة عزة", "Darat Izza", "Aleppo"), None, "هيئة تحرير الشام", HTS,
           note="one take told by both sides: one event; the loser's repositioning is part of it")])

passage("ct44", "2023-06-06", "North Press", "«قالت مصادر طبية في مشفى … إن»; «وأضافت المصادر أن»; a sentence of background with «يذكر أن»",
        "قالت مصادر طبية في مشفى القامشلي الوطني إن ثلاثة مدنيين قُتلوا وأصيب سبعة آخرون، اليوم الثلاثاء، إثر قصف "
        "مسيّرة تركية سيارة قرب قرية خربة عمو شرقي المدينة. وأضافت المصادر أن بين المصابين طفلة بحالة حرجة. يذكر "
        "أن المسيرات التركية كثفت هجماتها على المنطقة منذ مطلع الشهر الجاري.",
        [E("airstrike", Q("ثلاثة", 3), PL("خربة عمو", "Khirbet Ammo", "Hasakah"), "2023-06-06",
           "مصادر طبية في مشفى القامشلي الوطني", TUR,
           note="the hospital's city is where the wounded went; the «يذكر أن» sentence is background")])

passage("ct45", "2015-01-22", "Shaam", "«ذكرت شبكة «…» أن»; «وأفادت الشبكة بأن» the toll; «وأشارت إلى أن» the agent's claim",
        "ذكرت «شبكة شام» أن الطيران المروحي ألقى ثلاثة براميل متفجرة على حي الوعر في مدينة حمص، صباح اليوم "
        "الخميس. وأفادت الشبكة بأن البراميل سقطت على أبنية سكنية، ما أدى إلى مقتل سبعة مدنيين. وأشارت إلى أن "
        "قوات النظام تفرض حصاراً على الحي منذ أكثر من عام.",
        [E("airstrike", Q("سبعة", 7), PL("الوعر", "al-Waer", "Homs"), "2015-01-22", "شبكة شام", GOV,
           note="the siege is a state, no event")])

passage("ct46", "2011-12-19", "AFP relay", "«قال ناشطون إن …»; «ونقلت وكالة فرانس برس عن أحد السكان قوله إن» the same protest",
        "قال ناشطون إن آلاف المتظاهرين خرجوا في مدينة كفرنبل بريف إدلب بعد صلاة الجمعة، مطالبين بإسقاط النظام "
        "ورافعين لافتات ساخرة. ونقلت وكالة فرانس برس عن أحد السكان قوله إن قوات الأمن لم تتدخل لتفريق المظاهرة "
        "التي استمرت حتى المساء.",
        [E("protest", Q("آلاف", 2000, 9000, True), PL("كفرنبل", "Kafr Nabl", "Idlib"), "2011-12-16", "ناشطون", PROT,
           note="«بعد صلاة الجمعة»: the last Friday before publication")])

passage("ct47", "2024-03-12", "Halab Today", "bare lead; «وأفادت مصادر خاصة لـ«حلب اليوم» بأن» back to it; «وبحسب المصادر ذاتها، …» a toll",
        "اندلعت اشتباكات عنيفة، مساء الاثنين، بين فصيلين من الجيش الوطني في مدينة عفرين، على خلفية خلاف على "
        "إدارة معبر تجاري. وأفادت مصادر خاصة لـ«حلب اليوم» بأن الاشتباكات استخدمت فيها الأسلحة المتوسطة وامتدت إلى "
        "حي الأشرفية. وبحسب المصادر ذاتها، قُتل ثلاثة مقاتلين وأصيب مدنيان بجروح.",
        [E("armed_clash", Q("ثلاثة", 3), PL("عفرين", "Afrin", "Aleppo"), "2024-03-11", "مصادر خاصة", SNA,
           note="infighting within the SNA; the district is part of the city")])

passage("ct48", "2017-08-30", "Baladi News", "dateline with reporter «بلدي نيوز – ريف حلب (…)»; «وأفاد إعلامي … لبلدي نيوز، أن»",
        "بلدي نيوز – ريف حلب (محمود الحلبي)\n"
        "انتشلت فرق الدفاع المدني، اليوم الأربعاء، جثث خمسة مدنيين من تحت أنقاض مبنى في مدينة الأتارب غربي حلب، "
        "استهدفته غارة جوية روسية مساء أمس. وأفاد إعلامي الدفاع المدني في ريف حلب الغربي، أحمد شيخو، لبلدي نيوز، "
        "أن البحث ما زال مستمراً عن مفقودين اثنين تحت الركام.",
        [E("airstrike", Q("خمسة", 5), PL("الأتارب", "al-Atarib", "Aleppo"), "2017-08-29",
           "إعلامي الدفاع المدني في ريف حلب الغربي", RUS,
           note="the bodies are the strike's dead: one event, on the strike's date; the civil-defence officer "
                "comes back to the rubble")])

passage("ct49", "2018-09-12", "Syria TV", "activists report flights with no strike; an official's threat: no event",
        "قال ناشطون في ريف إدلب الجنوبي إن طائرات استطلاع روسية حلقت طوال ساعات الليل فوق مدينتي خان شيخون ومعرة "
        "النعمان، دون أن تنفذ أي غارة. وكان وزير الخارجية الروسي قد قال إن بلاده لن تسمح ببقاء «بؤرة إرهابية» في "
        "إدلب، في حين دعت تركيا إلى الحفاظ على اتفاق التهدئة.",
        [])

passage("ct50", "2022-02-01", "Enab Baladi", "a monitoring group announces a report to come and recalls its method: no event",
        "أعلنت «الشبكة السورية لحقوق الإنسان» أنها ستصدر خلال الأيام المقبلة تقريرها السنوي عن حصيلة الضحايا المدنيين "
        "في سوريا. وأوضح مدير الشبكة في تصريح لعنب بلدي أن فريق التوثيق يعتمد على شهادات ناجين وذوي ضحايا، ويتحقق من "
        "كل حادثة عبر مصدرين مستقلين على الأقل.",
        [])

passage("ct51", "2021-07-08", "North Press", "a denial of a raid by the accused, after pages spread it; an official's plan: no event",
        "نفت قوى الأمن الداخلي (الأسايش) في بيان ما تداولته صفحات محلية عن حملة اعتقالات في حي الهلالية بمدينة "
        "القامشلي، ووصفت تلك الأنباء بأنها «عارية عن الصحة». وقال مسؤول في الإدارة الذاتية لنورث برس إن الإدارة "
        "تعتزم افتتاح مركز جديد لتسوية أوضاع المطلوبين للخدمة الإلزامية الشهر المقبل.",
        [E("statement", None, PL("الهلالية", "al-Hilaliyah", "Al-Hasakah"), None, 'قوى الأمن الداخلي (الأسايش)', SDF, note="MENDED stop 32 (conventions): a denial that is the item's news is a statement (stop 32), at the place it concerns")])


def main() -> None:
    write("gold43.jsonl", P43)


if __name__ == "__main__":
    main()
