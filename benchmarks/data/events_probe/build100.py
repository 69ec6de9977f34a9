"""Build gold100.jsonl: development set 100 (ids la01…), written in stop 37 by writer w100 BEFORE any run on it.

26 short excerpts (a headline line and the first paragraphs of a page, or a short item whole; 40-130 words),
each the paraphrase of ONE real page found in the search tool's `pages` corpus (queried in Arabic), years
2011-2025: Russian, Israeli and regime strikes and shelling, car bombs, raids and arrests by the SDF, the
regime, the new government's security forces and Israeli troops, an abduction, Islamic State attacks, clashes
between the SNA and the SDF, an airbase offensive, an amnesty decree, defectors arriving in Jordan, an
evacuation under a deal, a protest day, a running toll of assassinations and monthly tallies of rights groups.
Outlets: SPA, Copts United, VDC, Xeber24, Syria TV, Syria One, Jesr Press, WTN, North Press,
Fresh Syria, Baz News, Arabic Post, Al-Watan, Waathiq News, Al-Waqa'i, Horrya, Al-Hayat, SHRC, Al-Bawaba,
Watan FM, Al Jadeed and Baladi News. Every sentence was rewritten (no run of five words, names aside, is shared
with its page: checked by script against the page text, which was kept outside the repository); the
incidents, their order, places, figures, dates, sources and hedges are the page's; people's personal names are
invented. Each passage's `style` ends with the page's address. Where the page gives no publication day, the
day is estimated (said so in `style`), and weekday words agree with it.
Gold follows news_dev's README and the events_probe README's stop 28, 30, 32 and 34 conventions. Offsets are
computed by build.build and checked.

    python benchmarks/data/events_probe/build100.py      # rewrites gold100.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P100: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P100.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("la01", "2020-01-15", "Saudi Press Agency (via Sauress)", "a total of eight split by the observatory's head into "
        "two towns' dead | publication day estimated | page: https://sauress.com/spa/2025661",
        "لقي ثمانية مدنيين، أكثرهم من الأطفال، حتفهم جراء غارات نفذتها مقاتلات روسية على محافظة إدلب في الشمال "
        "الغربي من سوريا. وأوضح المرصد السوري لحقوق الإنسان، على لسان مديره متحدثاً اليوم، أن إدلب وما يجاورها من "
        "مناطق تتعرض لقصف روسي جوي وصفه بـ«المجنون»، لافتاً إلى أن خمسة مدنيين من أسرة واحدة، بينهم ثلاثة أطفال، "
        "قضوا في مدينة سراقب، وأن ثلاثة آخرين، بينهم طفلان، قتلوا في بلدة أرنبة بريف إدلب الجنوبي.",
        [E("airstrike", Q("خمسة", 5), PL("سراقب", "Saraqib", "Idlib"), "2020-01-15",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="the eight of the lead equal the two towns' dead (5+3): no event of its own (stop 34); the director's "
                "telling gives each town's strike; children are a breakdown; undated, the item's news: published day"),
         E("airstrike", Q("ثلاثة", 3, nth=1), PL("أرنبة", "Arnabah", "Idlib"), "2020-01-15",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="the second occurrence of «ثلاثة» (the first counts Saraqib's children)")])

passage("la02", "2019-06-03", "Copts United", "one car bomb, two sources' tolls, the blame and its "
        "denial | publication day estimated (a Monday) | page: https://copts-united.com/Article.php?A=687918&I=4607",
        "انفجرت سيارة محشوة بالمتفجرات، الاثنين، في سوق ببلدة عفرين التابعة لمحافظة حلب في الشمال السوري، موقعةً "
        "أربعة قتلى على الأقل. وحذّر متطوعون في الدفاع المدني السوري، العامل في مناطق المعارضة، من أن عدد الضحايا "
        "مرشح للزيادة، وذكروا أن بين القتلى امرأة. أما المرصد السوري لحقوق الإنسان فتحدث عن ستة قتلى، منهم مقاتلون "
        "معارضون، قائلاً إن النار التهمت الجثث بشدة، وإن الانفجار حصل على مقربة من موقع يتبع «جيش الإسلام» قرب "
        "السوق وسط البلدة، وإن 12 شخصاً جرحوا، منهم طفلان. واتهم مسؤولون أتراك وحدات حماية الشعب الكردية بالوقوف "
        "وراء الهجوم، فيما نفت القوات الكردية المدعومة أمريكياً أي صلة لها به.",
        [E("explosion", Q("أربعة", 4, None), PL("عفرين", "Afrin", "Aleppo"), "2019-06-03",
           "متطوعون في الدفاع المدني السوري", None,
           note="one incident, two sources' tolls: the first figure written (at least four, low 4); the observatory's "
                "six is another telling. Source: the next sentence's civil defence comes back to it (stop 30). The "
                "Turkish blame and the Kurdish denial are tellings inside the incident: no statement, no agent")])

passage("la03", "2020-04-18", "VDC (Violations Documentation Center)", "a car bomb with wounded only, then a clash of two "
        "SNA factions | page: https://vdc-nsy.com/archives/33615",
        "جُرح ثلاثة أشخاص يوم 18 نيسان/أبريل 2020، وهو سبت، إثر انفجار مفخخة في عفرين، المدينة الواقعة بريف حلب في "
        "الشمال السوري. وألحق التفجير بالأبنية المجاورة أضراراً، حسبما أشارت إليه مصادر محلية. وبُعيد الانفجار نشبت مواجهات "
        "بالسلاح داخل المدينة بين فصيلي الفرقة 23 وفرقة الحمزة، وكلاهما منضوٍ في الجيش الوطني. ولم تعرف عفرين "
        "التفجيرات قبل أن يبسط الجيش التركي، بمؤازرة فصائل معارضة، سيطرته عليها إثر هجوم امتد شهرين خلّف دماراً "
        "واسعاً وهجّر ثلثي سكانها.",
        [E("explosion", None, PL("عفرين", "Afrin", "Aleppo"), "2020-04-18", "مصادر محلية", None,
           note="three wounded: the injured are never the figure; the next sentence's local sources come back to the "
                "blast (damage): carried back"),
         E("armed_clash", None, PL("عفرين", "Afrin", "Aleppo"), "2020-04-18", None, SNA,
           note="two SNA factions fight in the city after the blast; outlet. The Turkish takeover of 2018 is an undated "
                "recall (a two-month offensive): not coded")])

passage("la04", "2023-01-10", "Xeber24", "a car bomb with no casualties; a recall of the day before's bomb at the same "
        "spot | publication day estimated (a Tuesday) | page: https://xeber24.org/archives/300067",
        "دوّى انفجار عنيف في قلب مدينة عفرين مساء الثلاثاء، مصدره عبوة ناسفة زُرعت في سيارة مدنية. ونقل مراسل "
        "«خبر24» عن مصدر محلي أن السيارة المفخخة انفجرت مساءً عند مفرق قرية معراته التابعة للمدينة، مضيفاً أن "
        "الانفجار لم يوقع أي مصابين حتى الآن. ويُذكر أن سيارة مفخخة أخرى انفجرت عند المفرق ذاته مساء الاثنين، فجرحت "
        "أربعة من مقاتلي الفصائل الموالية لتركيا.",
        [E("explosion", None, PL("معراته", "Ma'arata", "Aleppo"), "2023-01-10", "مصدر محلي", None,
           note="the junction of Ma'arata village in Afrin: placed at the village; the reporter relays a local source, "
                "who is the source (stop 34); no casualties, no figure"),
         E("explosion", None, PL("معراته", "Ma'arata", "Aleppo"), "2023-01-09", None, None,
           note="a recall with its own day (Monday evening) at the same junction; four wounded are never the figure; "
                "«ويُذكر أن» is the outlet's own recall: outlet")])

passage("la05", "2023-09-24", "Syria TV", "two shepherds arrested, told by a monitoring network; a rights group's monthly "
        "tally with a breakdown by party | page: https://syria.tv/قوات-النظام-السوري-تعتقل-مدنيين-اثنين-في-ريف-دمشق",
        "ما يزال مصير شخصين مجهولاً بعد أن اعتقلتهما قوات النظام السوري في منطقة خاضعة لها بريف دمشق. وأفادت "
        "أمس السبت شبكة «رصد سوريا لحقوق الإنسان» بأن عناصر من الأمن العسكري قبضوا في 23 أيلول الجاري على وائل "
        "العيسى ومنير الخطيب بينما كانا يرعيان أغنامهما في منطقة مرج بجرد هريرة، ثم نقلوهما إلى أفرعهم الأمنية في "
        "العاصمة. وكانت الشبكة السورية لحقوق الإنسان قد سجلت خلال آب الماضي 223 حالة على الأقل من الاعتقال أو "
        "الاحتجاز التعسفي، من بينها 14 طفلاً و17 سيدة، تحوّل 183 منهم إلى مختفين قسراً، مشيرة إلى أن قوات النظام نفذت 121 "
        "حالة، و«قسد» 42، وهيئة تحرير الشام 32، وفصائل المعارضة والجيش الوطني 8.",
        [E("arrest", None, PL("جرد هريرة", "Jurd Hurayrah", "Rif Dimashq"), "2023-09-23",
           "شبكة «رصد سوريا لحقوق الإنسان»", GOV,
           note="two named men: a dual and a list of names give no figure; the Marj area of Jurd Hurayrah: placed at "
                "Jurd Hurayrah; dated by «23 أيلول» (the network told it on Saturday the 23rd)"),
         E("arrest", Q("223", 223, None), None, "2023-08", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a monthly tally («ما لا يقل عن»: low 223); children, women, the disappeared and the parties' shares "
                "are its breakdown; several parties: no agent; no place (the country)")])

passage("la06", "2021-10-24", "Syria One", "Russian strikes on the displaced near Jisr al-Shughur, more strikes on a list "
        "of places, a recall of the day before | publication day estimated (a Sunday) "
        "| page: https://syriaone.online/archives/3087",
        "قُتل مدنيون وجُرح آخرون في غارات شنتها مقاتلات روسية على الريف الغربي لإدلب. وبحسب الدفاع المدني السوري، "
        "أطلقت الطائرات الروسية صواريخها قرابة منتصف ليل السبت على نازحين يقيمون بمنطقة النهر الأبيض المجاورة لمدينة "
        "جسر الشغور، فقضت امرأة وطفلان وأصيب عشرة بجروح، وتولت فرق الدفاع المدني نقل المصابين وإخراج الضحايا من تحت "
        "الركام. وأضاف الدفاع المدني أن المقاتلات نفسها أغارت كذلك على أطراف مدينة إدلب وعلى قرية كنصفرة إلى الجنوب "
        "منها وبلدة الجديدة إلى الغرب. وفي اليوم السابق، الجمعة، قُتل مدنيان بغارات روسية استهدفت مدجنة عند أطراف "
        "قرية كفردريان في ريف إدلب الشمالي، وفق ما أكده الدفاع المدني.",
        [E("airstrike", None, PL("النهر الأبيض", "Al-Nahr al-Abyad", "Idlib"), "2021-10-23", "الدفاع المدني السوري",
           RUS,
           note="FIGURE CALL: «امرأة وطفلان» is a singular and a dual, no numeral: no figure; the ten wounded are never "
                "the figure; «منتصف ليل السبت» dated Saturday"),
         E("airstrike", None, PL("مدينة إدلب", "Idlib", "Idlib"), "2021-10-23", "الدفاع المدني السوري", RUS,
           note="one act over a list (the city's outskirts, Kansafra, al-Jadida): group, at the first; «وأضاف» carries "
                "the civil defence; same night assumed"),
         E("airstrike", None, PL("كفردريان", "Kafr Daryan", "Idlib"), "2021-10-22", "الدفاع المدني", RUS,
           note="a poultry farm outside the village: placed at the village; «مدنيان» is a dual: no figure; Friday")])

passage("la07", "2020-08-21", "Syria TV", "an SDF raid and seven arrests after an RPG attack on its checkpoint "
        "| page: https://www.syria.tv/قسد-تدهم-منازل-المدنيين-وتعتقل-شباناً-شرقي-دير-الزور",
        "«قسد» تداهم بيوتاً وتعتقل شباناً في ريف دير الزور الشرقي\n"
        "ألقت «قسد» القبض مساء الخميس، أمس، على مدنيين عدة في شارع الـ24 بوسط الشعفة، البلدة الواقعة في الريف الشرقي "
        "لدير الزور، بعد أن استُهدفت نقطة عسكرية تابعة لها بقاذف «آر بي جي». ونقل موقع تلفزيون سوريا عن مصادر خاصة أن القوات داهمت بيوت سبعة "
        "شبان واعتقلتهم بتهمة الإخلال بأمن المنطقة، ثم اقتادتهم إلى سجن تديره في هجين يُعرف بـ«الأمن العام». وكان "
        "مجهولون قد أطلقوا قذيفة «آر بي جي» على حاجز لـ«قسد» عند مدخل الشعفة، فأصيب عدد من عناصره نُقلوا إلى مستشفى "
        "الكيصوم في هجين.",
        [E("arrest", Q("سبعة", 7), PL("الشعفة", "Al-Sha'fah", "Deir ez-Zor"), "2020-08-20", "مصادر خاصة", SDF,
           note="the next sentence's sources come back with the figure (stop 30); the street is placed at its town; "
                "Hajin is where they were taken, not the place"),
         E("armed_clash", None, PL("الشعفة", "Al-Sha'fah", "Deir ez-Zor", nth=1), None, None, UNK,
           note="an RPG attack by unknown men on a checkpoint (stop 30: an attack on a checkpoint is an armed clash); "
                "told twice (the «point» of the lead); wounded only; «وكان … قد» recall with no day: undated, outlet")])

passage("la08", "2021-03-12", "Jesr Press", "an SDF raid with coalition aircraft, fire on a patrol, about 25 arrested "
        "| publication day estimated (a Friday) | page: https://jesrpress.com/قسد-تعتقل-أكثر-من-20-شخصاً-بريف-دير-الزور",
        "جسر – دير الزور\n"
        "شنّت «قوات سوريا الديمقراطية» ليل الخميس حملة مداهمات واعتقالات طالت قرى عدة في ريف دير الزور، وأوقفت "
        "خلالها عدداً من الأشخاص. وقال مراسل «جسر» في المنطقة إن القوات، مسنودة بطائرات التحالف الدولي، دهمت منازل في "
        "قرى بالريفين الشمالي والشرقي للمحافظة، وإن عناصر إحدى دورياتها تعرضوا لإطلاق نار خلال العملية فأصيب عدد "
        "منهم. وانتهت الحملة، بحسب المراسل، باعتقال نحو 25 شخصاً، وصودرت خلالها أسلحة وهواتف محمولة. وتقول وسائل إعلام مقربة "
        "من «قسد» إن عملياتها الأمنية المتواصلة في بلدات ريف دير الزور تلاحق مطلوبين ومتعاونين مع تنظيم «داعش».",
        [E("arrest", Q("نحو 25", 25, approx=True), PL("ريف دير الزور", "Deir ez-Zor countryside", "Deir ez-Zor"),
           "2021-03-11", "مراسل «جسر»", SDF,
           note="unnamed villages: the region is the place; the outlet's reporter files the story and comes back to "
                "the raid; a hedge is N..N approx"),
         E("armed_clash", None, PL("ريف دير الزور", "Deir ez-Zor countryside", "Deir ez-Zor"), "2021-03-11",
           "مراسل «جسر»", UNK,
           note="fire on an SDF patrol during the raid, its men wounded: an attack on a patrol is an armed clash; no "
                "figure. The SDF's habitual campaign (last sentence) is a stance, not an event")])

passage("la09", "2016-11-30", "WTN News", "an Israeli strike told by pro-government media, no deaths; a recall of "
        "earlier strikes | publication day estimated | page: https://wtn-news.com/news/51505",
        "أفادت وسائل إعلام موالية للنظام السوري بأن طائرة إسرائيلية قصفت فجر اليوم موقعاً عسكرياً في ريف دمشق، من "
        "غير أن توقع قتلى. وأوضحت أن الموقع تابع للجيش ويقع قرب الطريق الدولي بين بيروت ودمشق، وأن الغارة تسببت "
        "بأربعة انفجارات، وأنها نُفّذت من الأجواء اللبنانية ولم تخلّف سوى أضرار مادية. وسبق أن استهدف الطيران "
        "الإسرائيلي مواقع عسكرية بريف دمشق، وسقط في بعض تلك الضربات جنود سوريون، بحسب بيانات سورية رسمية.",
        [E("airstrike", None, PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2016-11-30",
           "وسائل إعلام موالية للنظام السوري", ISR,
           note="the four explosions are not strikes: no figure; the highway names no town, so the governorate stays "
                "the place; earlier strikes are an undated recall: not coded")])

passage("la10", "2021-02-15", "North Press", "strikes on several sites around Damascus told by SANA's military source "
        "and a local site; a running count of the year's strikes | page: https://npasyria.com/58069/",
        "ضربات يُعتقد أنها إسرائيلية تطال محيط دمشق\n"
        "القامشلي – نورث برس\n"
        "طالت ضربات يُرجَّح أن إسرائيل نفذتها، يوم الاثنين، مواقع عسكرية حول العاصمة السورية، ولم ترد معلومات عن "
        "خسائر. ونقلت وكالة «سانا» عن مصدر عسكري أن إسرائيل ضربت من جهة الجولان أهدافاً في محيط دمشق بُعيد الواحدة "
        "فجراً، وأن الدفاعات الجوية اعترضت أغلب الصواريخ. وطالت الغارات قيادة الفرقة الأولى بمقرها في الكسوة بريف "
        "دمشق الغربي، فيما سُمع دوي انفجار قرب دمر ومشروع دمر. وذكر موقع «صوت العاصمة» أن الضربات شملت قاعدة للدفاع "
        "الجوي الحكومي داخل مقار تتبع الفرقة الرابعة على المرتفعات المحيطة بقرية البجاع غرب دمشق. وتُعدّ هذه الضربة الخامسة "
        "لإسرائيل منذ بداية العام.",
        [E("airstrike", None, PL("الفرقة الأولى", "1st Division headquarters (Al-Kiswah)", "Rif Dimashq"),
           "2021-02-15", "مصدر عسكري", ISR,
           note="one night's strikes over several sites (group): placed at the first site named, the 1st Division's "
                "HQ (a named base is the place, stop 28; Al-Kiswah its enclosure); SANA relays a military source, "
                "who is the source (stop 34); hedged «يُرجَّح» kept asserted; the missiles give no number"),
         E("airstrike", Q("الخامسة", 5), None, "2021-02-15", None, ISR, kind="aggregate",
           note="UNSURE: an ordinal running count («the fifth since the start of the year», period 2021-01 to the "
                "day) coded as an aggregate of strikes; a second coder could leave it out")])

passage("la11", "2023-10-08", "Fresh Syria (Fresh Online)", "a shelling that killed four children of one family, the "
        "reporter's telling | publication day estimated (a Sunday) | page: https://freshsyria.net/?p=122773",
        "مقتل أربعة أطفال بقصف لقوات الأسد على ريف حماة\n"
        "قضى أربعة مدنيين اليوم الأحد جراء قصف مدفعي نفذته قوات نظام الأسد على الريف الغربي لحماة. وأوضح مراسل «فرش "
        "أونلاين» أن القذائف سقطت على قرية القرقور في سهل الغاب، فأودت بأربعة أطفال من أسرة واحدة، ثلاث فتيات وصبي، "
        "وأن فرق الدفاع المدني القريبة هرعت إلى المكان وانتشلت الجثامين ونقلتها إلى نقاط طبية مجاورة. ويشهد الشمال "
        "الغربي من سوريا عموماً تصعيداً برياً وجوياً عنيفاً من قوات الأسد وروسيا، بمشاركة المقاتلات الروسية، في حملة "
        "انتقامية أعقبت اتهام فصائل إدلب بضرب الكلية الحربية في حمص.",
        [E("shelling", Q("أربعة", 4, nth=1), PL("القرقور", "Al-Qarqur", "Hama"), "2023-10-08",
           "مراسل «فرش أونلاين»", GOV,
           note="headline, lead and the reporter's telling are one shelling; the figure is the lead's four (nth 1, "
                "the headline's is nth 0); the reporter comes back to it. The campaign is a state; the strike on the "
                "military academy is an undated accusation: not coded")])

passage("la12", "2022-05-10", "Baz News (relaying SOHR)", "one killing by gunmen and the observatory's running toll of "
        "attacks in Daraa with its breakdown | publication day estimated | page: https://baznews.net/16007-2/",
        "تحوّلت درعا، التي أشعلت شرارة الثورة السورية، إلى ساحة لاغتيالات تطال شخصيات محسوبة على النظام ومدنيين لا "
        "ذنب لهم سوى إقامتهم فيها. ووسط الفلتان الأمني الذي يعم مناطق المحافظة، وثّق ناشطو المرصد السوري لحقوق "
        "الإنسان عملية اغتيال جديدة، قُتل فيها رجل برصاص مسلحين مجهولين في وسط بلدة ناحتة بالريف الشرقي. وبهذا يصل "
        "عدد الاستهدافات في درعا منذ بداية كانون الثاني/يناير، حسب إحصاء المرصد، إلى 140 عملية بأساليب شتى، حصدت "
        "117 قتيلاً: 64 مدنياً بينهم امرأة و4 أطفال، و39 عسكرياً من قوات النظام والمتعاونين مع أجهزته الأمنية وعناصر "
        "«التسويات»، و7 مقاتلين سابقين أجروا تسويات دون أن ينضموا لأي جهة، وعنصر سابق في تنظيم الدولة، و5 مجهولي "
        "الهوية، ومسلح موالٍ لروسيا.",
        [E("armed_clash", None, PL("ناحتة", "Nahtah", "Daraa"), "2022-05-10", "المرصد السوري لحقوق الإنسان", UNK,
           note="a killing by unidentified gunmen is an armed clash (stop 30); one man: no figure; undated, the "
                "item's news: published day"),
         E("armed_clash", Q("117", 117), PL("درعا", "Daraa", "Daraa", nth=1), "2022-05-10", "المرصد", None,
           kind="aggregate",
           note="a running toll of attacks since January naming one kind of act (stop 32): its type; the figure is "
                "its dead (117), the 140 attacks its count; the parties are a breakdown; period 2022-01 to the day")])

passage("la13", "2023-09-08", "Arabic Post", "the biggest Friday protest in Suwayda, the observatory's telling, "
        "solidarity protests in a list of towns | page: https://arabicpost.live/أخبار/2023/09/08/الآلاف-يشاركون-في-مظاهرة-ضد-الأسد-بالس",
        "احتشد آلاف من سكان مدينة السويداء في جنوب سوريا، يوم الجمعة 8 أيلول/سبتمبر 2023، في تظاهرة ضخمة بساحة "
        "الكرامة، في اليوم العشرين على التوالي من احتجاجاتهم على تدهور المعيشة ومطالبتهم بسقوط نظام بشار الأسد. "
        "وهتف المحتجون، وفق المرصد السوري لحقوق الإنسان، «الشعب يريد إسقاط النظام»، ورفعوا لافتات تقول «الدين لله "
        "والوطن للجميع»، ونادوا بتغيير ديمقراطي. وتُعد تظاهرة الجمعة أكبر ما شهده الحراك السلمي منذ انطلاقه في "
        "السويداء قبل قرابة 20 يوماً. وخرجت كذلك تظاهرات مساندة في مدن وبلدات بالشمال السوري، إذ هتف محتجون بعد صلاة "
        "الجمعة في بنش، وفي بصرى الشام بدرعا، وفي شهبا بالسويداء، مطالبين برحيل الأسد.",
        [E("protest", Q("آلاف", 2000, 9000, approx=True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-09-08",
           "المرصد السوري لحقوق الإنسان", PROT,
           note="the square is placed at its city; «آلاف» coded 2000-9000 approx as «مئات» is 200-900; the "
                "observatory's next sentence comes back to the same protest (stop 30)"),
         E("protest", None, PL("بنش", "Binnish", "Idlib"), "2023-09-08", None, PROT,
           note="one act told for a list of towns (Binnish, Busra al-Sham, Shahba): group, at the first; outlet (the "
                "sentence before it is the outlet's own comment); no crowd numbered")])

passage("la14", "2011-03-08", "Al-Watan (Saudi Arabia, via Sauress)", "a general amnesty decree covering desertion, "
        "with deadlines | page: https://www.sauress.com/alwatan/44588",
        "وقّع الرئيس بشار الأسد أمس مرسوماً تشريعياً بعفو عام يشمل الجرائم المرتكبة قبل السابع من آذار/مارس 2011، ولا "
        "يستفيد منه المعتقلون السياسيون وسجناء الرأي. ويُسقط المرسوم العقوبات كاملة عن الجنح والمخالفات، والتدابير "
        "الإصلاحية والرعائية المفروضة على القاصرين في الجنح، كما يعفو كلياً عن عقوبة الفرار الداخلي من الجيش وفق قانون العقوبات "
        "العسكري، شرط أن يسلّم المتوارون منهم أنفسهم في غضون 60 يوماً من صدوره. ويمتد العفو إلى الفرار الخارجي أيضاً، "
        "على أن يبادر المتوارون إلى تسليم أنفسهم قبل انقضاء ستة أشهر على صدوره.",
        [E("statement", None, None, "2011-03-07", "الرئيس بشار الأسد", GOV,
           note="a presidential decree is a named official's decision (stop 32): one statement, its source the "
                "president; no place (national); the 60 days and six months are deadlines, not figures")])

passage("la15", "2025-08-22", "Waathiq News", "an Islamic State suicide attack on a checkpoint in Mayadin, told by SANA "
        "| page: https://www.waathiq.com/index.php/arab-pubplic/7608-17558882678410",
        "دمشق – واثق نيوز\n"
        "هاجم عناصر من تنظيم «داعش»، اليوم الجمعة، حاجزاً تابعاً للأمن الداخلي السوري في الريف الشرقي لدير الزور "
        "بعملية انتحارية، أسفرت عن قتلى بين عناصر الأمن والمهاجمين. ونقلت وكالة الأنباء السورية «سانا» أن التنظيم "
        "نفّذ الهجوم مستهدفاً حاجز السياسية داخل مدينة الميادين، وأن عناصر الحاجز أردوا أحد المهاجمين بينما فجّر الآخر "
        "نفسه، ما أدى إلى مقتل عنصر من قوى الأمن الداخلي. وتقع الميادين، الخاضعة للحكومة السورية، على ضفة الفرات "
        "المقابلة لمناطق «قسد».",
        [E("explosion", None, PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2025-08-22",
           "وكالة الأنباء السورية «سانا»", IS,
           note="TYPE CALL: a suicide attack on a checkpoint, the death caused by the self-detonation: explosion "
                "(ACLED suicide bomb); armed_clash is defensible (attack on a checkpoint, one attacker shot). One "
                "security man and one attacker: no figure; the checkpoint is placed at its town; SANA's next "
                "sentence comes back to the attack")])

passage("la17", "2025-12-30", "Al-Waqa'i", "21 arrests in Latakia after violence and a curfew, told by "
        "state TV; an arrest in Tartus told by the ministry | page: https://alwakaai.com/article/689536",
        "سوريا: حملة اعتقالات في اللاذقية وطرطوس عقب أعمال عنف وحظر للتجول\n"
        "الوقائع الإخباري: أفاد التلفزيون السوري الرسمي بأن السلطات أوقفت في محافظة اللاذقية، غرب البلاد، 21 شخصاً على "
        "صلة بنظام بشار الأسد، بعدما فُرض حظر للتجول في مدينة اللاذقية إثر أعمال عنف وقعت في هذه المنطقة ذات الأكثرية "
        "العلوية في اليوم السابق. ونقل التلفزيون أن «قيادة الأمن الداخلي» بالمحافظة قبضت على 21 من «فلول النظام "
        "البائد» المتورطين، على حد وصفها، في جرائم وتحريض طائفي ومهاجمة عناصر الأمن الداخلي. وفي السياق ذاته، قالت "
        "وزارة الداخلية في سوريا اليوم الثلاثاء إنها أوقفت رئيس أحد أفرع الأمن العسكري في عهد النظام السابق بمحافظة "
        "طرطوس.",
        [E("arrest", Q("21", 21), PL("اللاذقية", "Latakia", "Latakia", nth=1), "2025-12-30",
           "التلفزيون السوري الرسمي", NEWGOV,
           note="the lead and the quote are one arrest; placed at the governorate (the text names no town for the "
                "arrests; the curfew is in the city); the day before's violence is told with no act: not coded; the "
                "curfew is a measure, not coded"),
         E("arrest", None, PL("طرطوس", "Tartus", "Tartus", nth=1), "2025-12-30", "وزارة الداخلية", NEWGOV,
           note="one former branch head: no figure")])

passage("la18", "2025-06-12", "Horrya", "an arrest after a clash, told by the security administration; a recall of the "
        "March coastal attacks | publication day estimated (a Thursday) | page: https://horrya.net/archives/156083",
        "اعتقلت قوى الأمن العام في اللاذقية عصابة «خارجة عن القانون» يقودها رامي حيدر، إثر اشتباك معها في منطقة "
        "بريف اللاذقية. وأوضحت إدارة الأمن العام في بيان أن العملية جرت الأربعاء، وأن أفراد المجموعة شاركوا في هجمات "
        "الساحل خلال آذار/مارس الماضي، وأنها أسفرت عن توقيف اثنين منهم وضبط أسلحة معهما، مشيرة إلى أن العصابة ارتكبت "
        "عمليات سلب وسطو ضد المدنيين، وأن أفرادها أُحيلوا إلى النيابة العامة. وكان الساحل السوري قد شهد في 6 آذار/مارس "
        "هجمات منسقة شنتها فلول نظام الأسد على دوريات الأمن العام وحواجزه، خلّفت قتلى وجرحى، أعقبتها حملات تمشيط "
        "تخللتها اشتباكات.",
        [E("arrest", Q("اثنين", 2), PL("ريف اللاذقية", "Latakia countryside", "Latakia"), "2025-06-11",
           "إدارة الأمن العام", NEWGOV,
           note="the clash is part of the arrest operation: one event; the statement in the next sentence gives the "
                "day and the figure (carried back)"),
         E("armed_clash", None, PL("الساحل السوري", "Syrian coast", None), "2025-03-06", None, LOYAL,
           note="a recall with its own day: coordinated attacks on patrols and checkpoints, dead and wounded "
                "unnumbered; the region is the place; outlet («وكان … قد»). The combing that followed is not coded "
                "apart")])

passage("la19", "2012-08-15", "Al-Hayat (via Sauress)", "a running total of defectors in Jordan; 700 refugees with "
        "defectors among them crossed at dawn | publication day estimated | page: https://sauress.com/alhayat/425645",
        "أفادت مصادر أردنية وسورية «الحياة» بأن عدد العسكريين الذين انشقوا عن الجيش السوري النظامي ودخلوا الأردن "
        "ارتفع إلى 1200، منهم 220 ضابطاً من الرتب العليا. وتشهد الحدود بين البلدين موجة لجوء لم يسبق لها مثيل بفعل "
        "المعارك على الجانب السوري، إذ يعبر إلى الأردن كل يوم مئات السوريين بينهم عشرات العسكريين. وذكرت المصادر أن "
        "ما يزيد على 700 لاجئ سوري اجتازوا السياج الحدودي الفاصل فجر أمس، وبينهم منشقون عن الجيش وعن جهاز المخابرات "
        "الجوية.",
        [E("defection", Q("1200", 1200), None, "2012-08-15", "مصادر أردنية وسورية", GOV, kind="aggregate",
           note="a running total of defectors who reached Jordan: no place (a total abroad, stop 28); the 220 "
                "officers are its breakdown; period from 2011-03"),
         E("other", Q("ما يزيد على 700", 700, None), PL("الأردن", "Jordan", None, "Jordan"), "2012-08-14",
           "مصادر أردنية وسورية", None,
           note="refugees crossing the border fence (displacement): the figure is the crossers; placed at the arrival "
                "country as the text names no place at home"),
         E("defection", None, PL("الأردن", "Jordan", None, "Jordan"), "2012-08-14", "مصادر أردنية وسورية", GOV,
           note="UNSURE: defectors (army and air intelligence) among the crossers, unnumbered: a defection told as an "
                "arrival abroad keeps the arrival place; a coder could fold it into the crossing. The daily flow is "
                "a habit: not coded")])

passage("la20", "2018-07-16", "Fresh Syria", "the first convoy of evacuees from Daraa al-Balad under a deal with Russia, "
        "the reporter's figures | page: https://freshsyria.net/archives/19448",
        "أولى دفعات المهجرين من درعا تصل إلى إدلب\n"
        "بلغت محافظة إدلب اليوم الاثنين أول قافلة تقل مهجرين من أحياء درعا البلد، تنفيذاً لاتفاق مع الجانب الروسي نصّ "
        "على ترحيل الرافضين لتسوية أوضاعهم مع النظام نحو الشمال، وفق ما أفاد به مراسلنا. وأوضح المراسل "
        "أن المهجرين، وعددهم 430 مدنياً، منهم 60 طفلاً و30 امرأة، بلغوا معبر قلعة المضيق في ريف حماة الغربي مساء أمس "
        "على متن 14 حافلة، بينها 5 سيارات إسعاف و9 حافلات ركاب. وذكر فريق منسقو الاستجابة أنهم توزعوا على أريحا وجرجناز "
        "وسرجة وتفتناز ومعرة مصرين ومدينة إدلب ومخيمات عدة. وجاء ذلك بعدما بسطت قوات الأسد، مدعومة من روسيا، سيطرتها على "
        "الريف الشرقي لدرعا بأكمله عبر اتفاقات مع فصائل الجيش الحر.",
        [E("other", Q("430", 430), PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2018-07-15", "مراسلنا", None,
           note="an evacuation (as set 73's je08): the figure is the evacuees, children and women its breakdown, the "
                "buses a count of vehicles; placed where they left; dated by the arrival at the crossing (Sunday "
                "evening). The deal is its frame; the regime's taking of the eastern countryside is an undated "
                "recall: not coded")])

passage("la21", "2015-08-28", "Al-Hayat (via Sauress)", "an offensive on a besieged airbase, the gate taken, both "
        "sides' dead without a total, regime raids | publication day estimated (a Friday) "
        "| page: https://sauress.com/alhayat/10843578",
        "أعلن «المرصد السوري لحقوق الإنسان» الجمعة أن «جبهة النصرة» وفصائل إسلامية تقدمت باتجاه مطار أبو الظهور العسكري، "
        "الذي يُعدّ آخر موقع للنظام في إدلب بشمال غرب سورية. وأوضح رامي عبد الرحمن، مدير المرصد، أن المهاجمين، "
        "الذين بدأوا الخميس هجوماً عنيفاً على المطار المطوّق منذ ما يزيد على عامين، استولوا على مدخله الرئيسي من "
        "الناحية الشمالية وعلى مواقع عدة عند أطرافه، يتقدمهم انتحاريون اقتحموا البوابة على دراجات نارية. ولا يزال "
        "القتال دائراً، ترافقه غارات كثيفة لطيران النظام على محيط المطار جنوب شرق مدينة إدلب وقصف عنيف لمواقع "
        "المهاجمين. وأودت المعارك والتفجيرات بحياة 16 من عناصر قوات النظام ومسلحيها الموالين، و18 من مقاتلي «جبهة "
        "النصرة» وحلفائها.",
        [E("armed_clash", Q("16", 16), PL("مطار أبو الظهور العسكري", "Abu al-Duhur military airbase", "Idlib"),
           "2015-08-27", "المرصد السوري لحقوق الإنسان", HTS,
           note="FIGURE CALL: both sides' dead with no total: the first side numbered (16); the 18 are no second "
                "event. TYPE CALL: the gate and some points taken, the base not: one armed clash, no territory_change "
                "(a coder could add one). The airbase is the place (a listed military site); begun on Thursday"),
         E("airstrike", None, PL("المطار", "Abu al-Duhur military airbase", "Idlib", nth=1), "2015-08-28", None, GOV,
           note="regime raids around the airbase: an act of another kind after the observatory's telling: outlet; "
                "the «heavy shelling» beside it is folded into this event (the text does not say artillery)")])

passage("la22", "2020-02-02", "Syrian Human Rights Committee (SHRC)", "a monthly death toll with breakdowns by party, "
        "cause and governorate | publication day estimated | page: https://www.shrc.org/?p=35638",
        "سجّلت اللجنة السورية لحقوق الإنسان مقتل 320 شخصاً في سورية خلال كانون الثاني/يناير 2020، منهم 74 طفلاً و32 "
        "امرأة و8 قضوا تحت التعذيب. وحمّلت اللجنة قوات النظام مسؤولية مقتل 109 أشخاص، والطيران الروسي مسؤولية العدد "
        "ذاته، و«قسد» مسؤولية 11، وفصائل المعارضة 6، وحرس الحدود التركي (الجندرمة) 4. كما سجّلت مقتل 30 شخصاً في "
        "اغتيالات نفّذها مجهولون، و15 بانفجار ألغام، و10 بعبوات ناسفة ومفخخات. وتصدّرت إدلب المحافظات بعدد الضحايا "
        "(148)، ثم حلب (81)، فالرقة (33)، ودير الزور (26).",
        [E("casualties", Q("320", 320), PL("سورية", "Syria", None, "Syria", nth=1), "2020-01",
           "اللجنة السورية لحقوق الإنسان", None, kind="aggregate",
           note="a month's toll naming several kinds of act: casualties; the parties, causes (assassinations, mines, "
                "IEDs) and governorates are its breakdown, no events")])

passage("la23", "2021-02-01", "Al-Bawaba (relaying SOHR)", "the observatory's monthly toll with parties' losses "
        "| publication day estimated (the page names the month, not the year) "
        "| page: https://www.albawaba.net/ar/أخبار/547-قتيلا-في-سورية-خلال-ينايركانون-الثاني-1408539",
        "أحصى المرصد السوري لحقوق الإنسان مقتل 547 شخصاً في سورية خلال كانون الثاني/يناير الفائت، بينهم 145 مدنياً، "
        "منهم 37 طفلاً و19 أنثى تجاوزن الثامنة عشرة. وبيّن المرصد، الذي يتخذ من لندن مقراً، أن القتلى يضمون 20 "
        "مقاتلاً من الفصائل الموالية لتركيا، ثلاثة منهم قضوا في ظروف غامضة وأربعة اغتالهم مجهولون. وعلى صعيد القوى "
        "العسكرية، فقدت «قوات سوريا الديمقراطية» ذات الغالبية الكردية 21 مقاتلاً، أحدهم أجنبي، في هجمات لخلايا "
        "«داعش»، بينما خسرت الميليشيات الموالية للأسد 84 عنصراً، سقط 64 منهم في هجمات للتنظيم.",
        [E("casualties", Q("547", 547), PL("سورية", "Syria", None, "Syria"), "2021-01",
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="UNSURE: a month's toll; the parties' losses, including those the text ties to IS attacks (21 SDF, "
                "64 of 84 loyalists), are read as its breakdown, not as IS aggregates of their own; London is the "
                "monitor's seat, never a place")])

passage("la24", "2020-10-04", "Watan FM", "a two-hour SNA-SDF clash on a front of villages, wounded only; a recall of "
        "an August clash | page: https://watan.fm/news/150106",
        "شهدت قرى في محيط منبج بالريف الشرقي لحلب فجر اليوم، وهو الأحد 4 تشرين الأول، مواجهات حادة بين «قسد» "
        "و«الجيش الوطني السوري». وأفاد مراسل «وطن إف إم» بأن الطرفين تبادلا النار بالأسلحة الثقيلة والمتوسطة على محور "
        "حردانة وتوخار وعون الدادات قرابة ساعتين، ما أسفر عن جرح عنصرين من «قسد» نُقلا إلى مشفى الفرات في وسط منبج. "
        "وبحسب المراسل نفسه، خاض الجانبان يوم الأربعاء 19 آب مواجهات عنيفة في ريف حلب الشرقي على جبهة الياشلي شمال "
        "منبج، لم تغيّر خريطة السيطرة، وتبدو جزءاً من الاشتباكات المتقطعة التي تتكرر بينهما على خطوط التماس في منبج "
        "وجرابلس.",
        [E("armed_clash", None, PL("حردانة", "Hardanah", "Aleppo"), "2020-10-04", "مراسل «وطن إف إم»", SNA,
           note="one clash over a front of three villages (group), at the first; two wounded (a dual, and the "
                "injured are never the figure); the reporter comes back to it"),
         E("armed_clash", None, PL("الياشلي", "Al-Yashli", "Aleppo"), "2020-08-19", "مراسل «وطن إف إم»", SNA,
           note="a recall with its own day; the reporter files the whole story; the «intermittent clashes» are a "
                "habit: not coded")])

passage("la25", "2024-12-25", "Al Jadeed (relaying SOHR)", "SDF-SNA battles at the Tishreen dam, a village taken, a "
        "toll raised | publication day estimated (late December 2024) "
        "| page: https://www.aljadeed.tv/news/عربيات/519552/اشتباكات-بين-قسد-و-الجيش-الوطني-قرب-قلعة-نجم-وسد-تشرين-بريف-حلب",
        "«قسد» و«الجيش الوطني» يتواجهان في محيط قلعة نجم وسد تشرين شرقي حلب\n"
        "شهد محيط سد تشرين بالريف الشرقي لحلب أيضاً معارك عنيفة بين مقاتلي «قسد» وفصائل «الجيش الوطني»، انتهت باستعادة "
        "«قسد» السيطرة على السد إثر محاولة تقدم للفصائل. وأفاد المرصد بمقتل عنصر من مجلس منبج العسكري وقيادية في "
        "وحدات حماية المرأة، ومقتل 10 من عناصر الجيش الوطني وتدمير عربات عسكرية عدة للفصائل في مواجهات اليوم على محور "
        "السد التي استُخدمت فيها أسلحة ثقيلة، بعدما تقدمت «قسد» واستولت على كيارية، القرية الواقعة على محور الخفسة. "
        "وبذلك ارتفعت حصيلة قتلى الجيش الوطني إلى 22، مقابل قتيلين من «قسد»، إضافة إلى 3 جرحى.",
        [E("armed_clash", Q("22", 22), PL("سد تشرين", "Tishreen Dam", "Aleppo", nth=1), "2024-12-25", "المرصد", SNA,
           note="FIGURE CALL: the raised toll is the latest (22 SNA dead; no total of both sides is written, the SNA "
                "side is numbered first); the SDF's «restored control» after a failed advance is the clash's "
                "outcome, not coded apart; the observatory's next sentence comes back to it"),
         E("territory_change", None, PL("كيارية", "Kiyariyah", "Aleppo"), "2024-12-25", "المرصد", SDF,
           note="a village taken on the Khafsa axis, told in the observatory's sentence")])

passage("la26", "2023-01-17", "Baladi News (relaying Suwayda 24)", "an abduction on the Damascus-Suwayda road, told by "
        "sources and a local site | page: https://baladi-news.com/public/ar/articles/90325/اختطاف-يافع-على-طريق-السويداء--دمشق",
        "بلدي نيوز\n"
        "أفادت مصادر من السويداء بأن مسلحين خطفوا فتى في 14 كانون الثاني، السبت الفائت، على طريق دمشق – السويداء "
        "بالقرب من براق والمسمية، حيث ينتشر حاجز لـ«المخابرات العسكرية». وذكر موقع «السويداء 24» أمس الاثنين أن الفتى، "
        "ويدعى يزن عماد الحسن (16 عاماً) من بلدة مفعلة، كان متجهاً السبت إلى سوق الهال على متن شاحنة تنقل تفاح عائلته "
        "مع سائق من حلب، حين قطع طريقهما مسلحون على ثلاث دراجات نارية واقتادوه تحت تهديد السلاح، تاركين السائق والشاحنة "
        "على قارعة الطريق. وأضاف الموقع، نقلاً عن أحد أقاربه، أن الخاطفين ما زالوا مجهولين ولم يتصلوا بأهله أو يطلبوا شيئاً، "
        "مرجحاً أن يكون الدافع فدية مالية، ومشيراً إلى معلومات تفيد بنقل المخطوف نحو ريف درعا الشرقي.",
        [E("arrest", None, PL("براق", "Buraq", None), "2023-01-14", "مصادر من السويداء", UNK,
           note="an abduction is coded arrest (as set 73); one boy: no figure (16 is his age, three the motorbikes); "
                "near two places: the first; his home town and the road's ends are not the place")])


def main() -> None:
    write("gold100.jsonl", P100)


if __name__ == "__main__":
    main()
