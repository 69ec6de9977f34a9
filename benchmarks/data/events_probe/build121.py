"""Build gold121.jsonl: fresh whole-article set 121 (ids lv01…), written in stop 42 by writer w121 BEFORE any run on it.

21 whole articles (headline where the page had one, lead, details, the page's glued extras), each the paraphrase of
ONE real page found in the search tool's `pages` corpus (queried in Arabic), years 2011-2025 but 2020, many outlets:
agency relays in regional papers (Al-Hayat, Elaph, Al-Watan Bahrain, Al-Siyasa, Erem News, Al-Araby Al-Jadeed), Syrian
opposition and local sites (SOHR, SY24, Watan FM, Enab Baladi, Dama Post, Aksalser), TV sites (Al-Ghad, Al Jazeera
Mubasher) and forums or aggregators that carried agency copy. Pages with several incidents, several sources, tolls
with breakdowns, recalls and running totals were preferred. Every sentence was rewritten (no run of five words,
names aside, is shared with its page: checked by script against the page text, which was kept outside the
repository); the incidents, their order, places, figures, dates, sources and hedges are the page's; private people's
names are invented. Each passage's `style` ends with the page's address. Where the page showed no date, the
publication date is inferred from the events (said in the style).
Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32, 34 and 41). Offsets are
computed by build.build and checked. Nobody ran marsad on these passages before the gold was committed.

    python benchmarks/data/events_probe/build121.py      # rewrites gold121.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P121: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P121.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("lv01", "2011-05-08", "Nawraas forum (relaying Al Jazeera and AFP)",
        "tanks storm a city with a toll; a Friday protest fired on, told by a rights group; a city cut off "
        "| page: https://nawraas.ahlamontada.net/t28302-topic",
        "مقتل 12 شخصاً مع دخول الدبابات السورية إلى أحياء حمص\n"
        "لقي 12 شخصاً على الأقل حتفهم اليوم الأحد حين اجتاحت وحدات من الجيش السوري تساندها المدرعات الثقيلة مدينة "
        "حمص وسط البلاد، وهي من أبرز معاقل الحراك الذي يطالب بالحرية، وفق ما بثته قناة «الجزيرة» نقلاً عن مصادرها. "
        "وكان الجنود قد تمركزوا بآلياتهم في قلب المدينة، الواقعة على بعد 160 كلم شمالي دمشق، منذ يوم الجمعة، ثم توغلوا "
        "مساء السبت وفجر الأحد في أحياء تخرج فيها مظاهرات مناهضة لحكم الرئيس بشار الأسد، منها باب السباع وبابا عمرو، "
        "بعدما قُطعت عنها الكهرباء وخطوط الهاتف. ونقلت وكالة الصحافة الفرنسية عن ناشط حقوقي أن أصوات الرشاشات الثقيلة "
        "دوّت في الحيين. وأظهر مقطع مصور على «يوتيوب» شاحنات مكدسة بالعسكريين تسير ليلاً باتجاه باب السباع. وذكرت "
        "منظمة «إنسان» الحقوقية أن عناصر الأمن أطلقوا الرصاص يوم الجمعة على مسيرة احتجاجية بلغت منطقة باب دريب في وسط "
        "حمص، فأردوا 16 متظاهراً. وفي بانياس، أفاد رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان، بأن المدينة "
        "صارت معزولة تماماً بعد قطع الهاتف والكهرباء والماء عنها، وبأن قناصة يعتلون أسطح المباني في أحيائها الجنوبية "
        "التي تقود الاحتجاج.",
        [E("casualties", Q("12", 12, None, nth=1), PL("حمص", "Homs", "Homs", nth=1), "2011-05-08",
           "قناة «الجزيرة»", GOV,
           note="TYPE CALL: an army storming of protest quarters with tanks and heavy machine guns, 12 dead, no fight "
                "told: a known force's violence against civilians outside a protest is casualties (stop 30, ACLED); a "
                "second coder could code armed_clash. Told over two quarters (باب السباع, بابا عمرو) but the dead are "
                "the city's: placed at the city (the headline's حمص is nth 0, the body's first is nth 1)"),
         E("protest", Q("16", 16), PL("باب دريب", "Bab Dreib", "Homs"), "2011-05-06", "منظمة «إنسان» الحقوقية", PROT,
           note="fire on a protest: one protest event whose figure is its dead (no crowd numbered); Bab Dreib is a "
                "quarter, the most specific place. Not coded: Banias cut off with snipers on rooftops (a state told "
                "by SOHR's head, no act with a time; a second coder could code it)")])

passage("lv02", "2012-08-12", "Taybee.net (relaying agencies)",
        "an airport attacked, a border post taken, border clashes with Jordan, the day before's national toll, a day's "
        "partial toll (date inferred: the Menagh attack and the Jordan border clashes of August 2012) "
        "| page: https://taybee.net/2012/08/الجيش-السوري-الحر-يهاجم-مطارا-بحلب",
        "الجيش الحر يشنّ هجوماً على مطار منغ في ريف حلب\n"
        "هاجمت كتائب من الجيش السوري الحر مع فجر اليوم مطار منغ العسكري في ريف حلب، فيما أحكم مقاتلون منه قبضتهم على "
        "مخفر المملحة عند الحدود العراقية. وفي الأثناء دارت مواجهات عنيفة بين قوات أردنية وأخرى سورية في نقاط على "
        "الشريط الفاصل بين البلدين، وسقط سوريون آخرون بنيران القوات النظامية، غداة يوم دامٍ قُتل فيه 144 شخصاً برصاص "
        "الجيش في أرجاء سوريا. ووفق ما ورد من حلب، كانت كتيبة عمرو بن العاص المنضوية في الجيش الحر هي من نفذت "
        "الهجوم على المطار القريب من مدينة إعزاز، مستخدمة دبابات وأسلحة ثقيلة. ويُعد منغ من أبرز قواعد القوات النظامية "
        "في الريف الحلبي، وهي أول مرة يعلن فيها الجيش الحر لجوءه إلى عتاد ثقيل لانتزاع هذا الموقع الاستراتيجي. وعلى "
        "الحدود الشرقية، أكد الجيش الحر أنه صار يسيطر كلياً على مخفر المملحة، مشيراً إلى أن القوات النظامية لم تقترب "
        "منه ولم تحاول استرجاعه. وفي غضون ذلك، قُتل قرابة تسعة أشخاص برصاص الجيش النظامي في حمص والقصير.",
        [E("armed_clash", None, PL("مطار منغ العسكري", "Menagh military airport", "Aleppo"), "2012-08-12", None, FSA,
           note="the attack on the airport (headline, lead and the detail sentence are one telling); a listed "
                "airport is its own place; «بحسب ما ورد من حلب» names nobody, so the outlet"),
         E("territory_change", None, PL("مخفر المملحة", "Al-Mamlaha border post", None), "2012-08-12", "الجيش الحر",
           FSA, note="the border post taken (lead and the later sentence); the FSA's own claim is the source named; "
                     "governorate left open (a post on the Iraqi border the text does not locate further)"),
         E("armed_clash", None, None, "2012-08-12", None, GOV,
           note="Jordanian and Syrian forces clash at border points: no place finer than the border itself "
                "(a coder could place it at the Jordanian border); agent the Syrian army as one of the two sides"),
         E("casualties", Q("144", 144), PL("سوريا", "Syria", nth=0), "2012-08-11", None, GOV, kind="aggregate",
           note="the day before's national toll: an aggregate (a day, the country)"),
         E("casualties", Q("قرابة تسعة", 9, approx=True), PL("حمص", "Homs", "Homs"), "2012-08-12", None, GOV,
           kind="aggregate",
           note="AGGREGATE CALL: the day's partial toll by the army's fire over two towns (the lead's «سوريون آخرون» "
                "is the same count), no act at one place: coded as a casualties aggregate placed at the first town; a "
                "second coder could code one incident")])

passage("lv03", "2012-11-28", "Al-Janoob media (Yemen, relaying agencies)",
        "a failed storming of an air defence battalion told by SOHR with its dead; a national toll; a helicopter "
        "claimed downed (date inferred: the Sheikh Suleiman battalion of late 2012) "
        "| page: https://www.yemeress.com/aljnoobmedia/30417",
        "عواصم – وكالات: أفشلت القوات النظامية السورية أمس محاولة لمقاتلي المعارضة اقتحام كتيبة للدفاع الجوي بالريف "
        "الغربي لحلب ظلّوا يطوقونها أسابيع، بحسب المرصد السوري لحقوق الإنسان، بينما تواصلت العمليات العسكرية في ريف "
        "دمشق حيث تتعرض مناطق عدة للقصف وتشهد معارك. وأحصى المرصد زهاء 31 قتيلاً حصيلةً لأعمال العنف في المدن "
        "السورية كافة، في حين بث ناشطون صوراً قالوا إنها تُظهر مروحية للقوات النظامية أسقطها معارضون في منطقة البوكمال "
        "المحاذية للحدود مع العراق. وجاء في بيان للمرصد أن القوات النظامية بسطت سيطرتها على الكتيبة الواقعة في منطقة "
        "الشيخ سليمان بمحافظة حلب وعلى محيطها، إثر محاولة مقاتلين من كتائب معارضة عدة اقتحامها أمس. وشرح رامي عبد الرحمن، "
        "مدير المرصد، أن المهاجمين صعدوا تلةً كانت القوات النظامية قد زرعتها بالألغام فانفجرت بهم، في حين كان "
        "الطيران الحربي يقصفهم في آن واحد. وأضاف أن 25 مقاتلاً معارضاً لقوا حتفهم في العملية التي امتدت إلى ما بعد "
        "منتصف الليل، وأن المرصد تمكّن من توثيق هوية ستة منهم نقلهم رفاقهم معهم أثناء الانسحاب.",
        [E("armed_clash", Q("25", 25), PL("الشيخ سليمان", "Sheikh Suleiman", "Aleppo"), "2012-11-27",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="the failed storming is one clash (lead, the statement and the director's telling); the mines and the "
                "warplanes' fire are part of it, not a second event (a coder could add an airstrike); the dead are the "
                "director's 25 (six identified: a breakdown); place from the statement's sentence; agent the attackers"),
         E("casualties", Q("زهاء 31", 31, approx=True), None, "2012-11-27",
           "المرصد", None, kind="aggregate",
           note="the day's national toll (dated with the item's «أمس»); source the observatory (the span «المرصد» "
                "of «وأحصى المرصد»). Not coded: the ongoing operations and shelling in Rif Dimashq (no place, no time)"),
         E("armed_clash", None, PL("البوكمال", "Albu Kamal", "Deir ez-Zor"), None, "ناشطون", FSA,
           note="a helicopter the activists say rebels shot down: coded as a clash (ACLED codes downing an aircraft "
                "by its shooters); no day given")])

passage("lv04", "2013-04-06", "Al-Hayat (via Sauress)",
        "an airport taken with its spoils; reinforcements both ways; a front in Aleppo (date inferred: Dabaa airport "
        "fell on 5-6 April 2013) | page: https://sauress.com/alhayat/504685",
        "انتزعت فصائل المعارضة السورية مطاراً عسكرياً بارزاً بريف حمص على مقربة من الحدود اللبنانية، في حين تقدمت القوات "
        "النظامية باتجاه بلدة آبل في المنطقة ذاتها. ودفع الجانبان بتعزيزات إلى محيط معسكري وادي الضيف والحامدية بالريف "
        "الإدلبي، بينما واصلت الطائرات الحربية غاراتها على مناطق متفرقة ودارت مواجهات شرسة في بعض أنحاء حلب شمالاً. وبحسب "
        "المرصد السوري لحقوق الإنسان، فإن كتائب مقاتلة باتت تسيطر على معظم مطار الضبعة العسكري الواقع في محيط القصير، "
        "ونشر المقاتلون تسجيلاً مصوراً يحتفلون فيه داخل المطار بعد أن غنموا كميات وافرة من الذخيرة. وقالت لجان التنسيق "
        "المحلية إن الجيش الحر وضع يده على طائرتين من طراز «ميغ» ودبابتين ومدفعين عيار 23 ملم ومدفع مضاد للطيران عيار "
        "57 ملم، وإن المعارك أسفرت عن مقتل قائد المطار وعدد من الجنود. وأوضح المرصد أن السيطرة جاءت بعد أيام من القتال "
        "الضاري بين مقاتلي الكتائب وحراس المطار، الذي تديره قيادة الدفاع الجوي منذ 2009 إثر توقف الرحلات فيه ونقل "
        "طياريه إلى قاعدة الشعيرات الجوية في حمص.",
        [E("territory_change", None, PL("مطار الضبعة العسكري", "Dabaa military airport", "Homs"), "2013-04-06",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="the lead's unnamed airport is the one the observatory names; the days of fighting and the commander's "
                "death belong to the taking (no figure: «عدد من الجنود»); calibres are not figures; Shayrat airport is "
                "where pilots were moved (background, no event). Not coded: the army's advance «باتجاه» Abel (a "
                "movement, no taking or fight told; a second coder could code a clash) and the warplanes' raids «على "
                "مناطق متفرقة» (no place)"),
         E("reinforcement", None, PL("وادي الضيف", "Wadi al-Deif", "Idlib"), "2013-04-06", None, None,
           note="both sides send reinforcements to around two camps: one act over two places, placed at the first "
                "(group); no single agent (both sides)"),
         E("armed_clash", None, PL("حلب", "Aleppo", "Aleppo"), "2013-04-06", None, None,
           note="fierce clashes in parts of Aleppo: the outlet's own line")])

passage("lv05", "2014-12-07", "Al-Gareda (Egypt, via Masress; relaying agencies)",
        "two Israeli strikes told by the Syrian army with its accusation; other fronts in a line "
        "| page: https://www.masress.com/algareda/318616",
        "قالت السلطات السورية، الأحد، إن طائرات حربية إسرائيلية نفذت غارتين على موقعين في محيط العاصمة دمشق، "
        "معتبرة ذلك مساندة إسرائيلية صريحة للمعارضة والمتشددين الإسلاميين الذين يقاتلون الحكومة، بحسب تعبيرها. وعلى "
        "صعيد آخر، تصدت القوات الحكومية شرقي البلاد لهجوم شنه مقاتلو «داعش» بمحافظة دير الزور، وضيّقت الطوق على "
        "مواقع لفصائل المعارضة في حلب شمالاً. وأورد الجيش السوري في بيان صدر بعد الظهر أن «العدو الإسرائيلي» ضرب ظهر "
        "اليوم منطقتين آمنتين بريف دمشق، هما الديماس والمطار المدني، أي مطار دمشق الدولي. ويقول المرصد السوري لحقوق الإنسان إن "
        "الديماس موقع عسكري، وإن المطار يضم جناحاً مدنياً وآخر عسكرياً. ورأى بيان الجيش أن هذا «العدوان المباشر» جاء "
        "لنجدة «الإرهابيين» عقب مكاسب حققها الجيش في كل من دير الزور وحلب وسواهما، وأنه يثبت انخراط تل أبيب في دعم "
        "الإرهاب جنباً إلى جنب مع دول غربية وإقليمية معروفة. وأشار البيان إلى أن الأضرار اقتصرت على الماديات في بعض "
        "المنشآت. وسبق للطيران الإسرائيلي أن أغار مرات عدة على أهداف داخل سوريا منذ اندلاع الانتفاضة في آذار 2011.",
        [E("airstrike", None, PL("الديماس", "Al-Dimas", "Rif Dimashq"), "2014-12-07", "السلطات السورية", ISR,
           note="two strikes on two places told by the authorities, then the army's statement: one act over two "
                "places (group), placed at the first; «غارتين» is a dual, no figure. The army's accusation reacts to "
                "the strike: no statement event (stop 32). The recall of raids since 2011 has no place or figure"),
         E("armed_clash", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2014-12-07", None, IS,
           note="an IS attack repelled in the governorate (the only place given): the outlet's line; agent the attacker"),
         E("armed_clash", None, PL("حلب", "Aleppo", "Aleppo"), "2014-12-07", None, GOV,
           note="the army tightens its ring on rebel positions in Aleppo: coded as a clash; a second coder could "
                "leave it out as too vague")])

passage("lv06", "2015-11-03", "Aksalser (relaying AFP)",
        "strikes on a city with two kinds of dead, the toll's limits, recalls of who took the city "
        "| page: https://aksalser.com/news/2015/11/03/مقتل-13-من-عناصر-داعش-و-استشهاد-عشرة-مدن",
        "غارات على الرقة تقتل 13 من مسلحي «داعش» وعشرة مدنيين\n"
        "قُتل 13 من مسلحي تنظيم «داعش» إضافة إلى عشرة مدنيين على الأقل، جراء ضربات جوية طالت الثلاثاء مدينة الرقة، أبرز "
        "معاقل الجهاديين في شمالي سوريا. ونقلت وكالة فرانس برس عن رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان، "
        "أن 16 غارة على الأقل ضربت اليوم مقرات للتنظيم وحواجز له في أنحاء متفرقة من المدينة، مخلّفة هذه الحصيلة. وبيّن "
        "عبد الرحمن أن هوية الطائرات المغيرة لم تتضح بعد، فقد تكون روسية أو تابعة للنظام، لافتاً إلى أن الأرقام مصدرها "
        "مستشفى واحد فقط، لأن التنظيم يطوق المستشفيات الأخرى التي نقل إليها جرحاه ويمنع بلوغها. ويبسط «داعش» سيطرته على "
        "الرقة منذ كانون الثاني/يناير 2014، إثر قتال عنيف مع فصائل معارضة كانت قد انتزعتها في آذار/مارس "
        "2013 من القوات الحكومية. وتواصل روسيا منذ 30 أيلول/سبتمبر حملة قصف جوي في سوريا تقول إنها موجهة ضد «الجماعات الإرهابية»، بينما "
        "تتهمها العواصم الغربية بضرب فصائل معارضة أخرى يوصف بعضها بالمعتدلة بدلاً من التركيز على «داعش». وتطال الغارات "
        "الروسية محافظة الرقة أيضاً، وهي هدف كذلك لطائرات التحالف الدولي.",
        [E("airstrike", Q("13", 13, nth=1), PL("الرقة", "Raqqa", "Raqqa"), "2015-11-03",
           "رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان", None,
           note="FIGURE CALL: 13 IS members and ten civilians, no total written: the first number of the dead (the "
                "body's 13, nth 1; the headline's is nth 0); 16 strikes is the count; the relayed source is the "
                "observatory's director (stop 34: a relay's source is the one relayed), carried back to the lead "
                "(the next sentence returns to the same strikes); the planes are unidentified (no agent)"),
         E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa", nth=2), "2014-01", None, IS,
           note="recalled: IS took the city in January 2014 (background, stop 41)"),
         E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa", nth=2), "2013-03", None, FSA,
           note="recalled: opposition factions had taken the city from the regime in March 2013 (background). Not "
                "coded: Russia's campaign since 30 September (a campaign, no place or figure)")])

passage("lv07", "2015-09-06", "Al-Watan (Bahrain), relaying AFP and SOHR",
        "a village taken with both sides' dead and the missing; a school hit; two besieged towns shelled (date "
        "inferred: the IS push on Umm Hosh in the northern Aleppo countryside) "
        "| page: https://alwatannews.net/article/541118/داعش-يتقدم-في-ريف-حلب-على-حساب-المعارضة",
        "لقي ما لا يقل عن 47 عنصراً من فصائل المعارضة المسلحة ومن تنظيم «داعش» حتفهم في مواجهات بين الجانبين بريف حلب "
        "الشمالي، انتهت بانتزاع التنظيم قرية في المنطقة، بحسب ما أعلنه المرصد السوري لحقوق الإنسان. وأوضح المرصد في "
        "بيانه أن 37 مقاتلاً على الأقل من الفصائل الإسلامية والمقاتلة سقطوا خلال هجوم شنه التنظيم على قرية أم "
        "حوش ليلة السبت، وأن عشرة من عناصر التنظيم على الأقل قُتلوا بدورهم قبل أن يستولي على القرية. وأشار إلى أن 20 من مقاتلي "
        "الفصائل ما زالوا في عداد المفقودين. ويسعى التنظيم، وفق المرصد، إلى التوسع نحو قرى وبلدات تسيطر عليها الفصائل "
        "بغية قطع خطوط إمدادها الواصلة بين حلب وريفها من ناحية ومدينة أعزاز المحاذية لتركيا من ناحية أخرى. وفي ريف "
        "إدلب شمال غربي البلاد، قال المرصد إن طائرات النظام قصفت محيط مدرسة في بلدة زردنا بالريف الشمالي الشرقي، فقُتلت "
        "أربع تلميذات وجُرح آخرون أغلبهم أطفال دون الثامنة عشرة. كما ذكر أن فصائل معارضة، بينها جبهة النصرة فرع "
        "القاعدة، استهدفت بالقذائف بلدتي الفوعة وكفريا شمال شرقي مدينة إدلب، ما أوقع خمسة قتلى.",
        [E("territory_change", Q("ما لا يقل عن 47", 47, None), PL("أم حوش", "Umm Hosh", "Aleppo"), "2015-09-05",
           "المرصد السوري لحقوق الإنسان", IS,
           note="TYPE CALL: the attack that ended with the village taken is one incident (the lead's unnamed village "
                "is Umm Hosh); coded as the taking, whose figure is the total dead of both sides the text writes (47 "
                "= 37 + 10, the sides a breakdown); a second coder could type it armed_clash. The 20 missing are no "
                "event; the aim to cut supply lines is an aim"),
         E("airstrike", Q("أربع", 4), PL("زردنا", "Zardana", "Idlib"), "2015-09-06", "المرصد", GOV,
           note="the school is placed at its town; no day given, the item's news: the publication day (stop 34)"),
         E("shelling", Q("خمسة", 5), PL("الفوعة", "Al-Fu'ah", "Idlib"), "2015-09-06", "المرصد", FSA,
           note="one act over two towns (group), placed at the first; agent the factions (Nusra among them; a coder "
                "could name HTS)")])

passage("lv08", "2016-02-02", "SOHR",
        "a monitor's round-up: a clash with one dead, barrels, a raised toll of suspected Russian strikes with a "
        "breakdown, ongoing fronts, a night clash elsewhere (date inferred: the Bashkoy battles of early February "
        "2016) | page: https://www.syriahr.com/نحو-20-شهيداً-مدنياً-منذ-يوم-أمس-في-ضربات/153776/",
        "قرابة 20 مدنياً قتلوا منذ أمس بضربات من الجو وبالصواريخ في الريف الشمالي لحلب حيث تتواصل المعارك\n"
        "المرصد السوري لحقوق الإنسان – حلب: قُتل مقاتل في السابعة عشرة من عمره ينتمي إلى الفصائل الإسلامية، خلال "
        "مواجهات مع قوات النظام والمجموعات المسلحة الموالية لها قرب قرية باشكوي في الريف الشمالي لحلب، وألقت مروحيات "
        "النظام براميل متفجرة على أنحاء من مدينة الباب في الريف الشمالي الشرقي. وفي الأثناء، بلغ 18 على الأقل عدد من "
        "فقدوا حياتهم في غارات كثيفة نفذتها طائرات حربية يُرجح أنها روسية على مدينة عندان وقريتي الطامورة والعلقمية قرب "
        "مطار منغ العسكري ومواقع أخرى في ريف حلب الشمالي، وبين الضحايا خمس نساء وثلاثة أطفال ومتطوعان في الهلال "
        "الأحمر. وتستمر معارك تتفاوت شدتها على جبهتي رتيان وحردتنين شمالي حلب، يخوضها من جهة مقاتلو الفصائل الإسلامية "
        "والمقاتلة وجبهة أنصار الدين وجبهة النصرة (فرع القاعدة في بلاد الشام)، ومن جهة أخرى قوات النظام مدعومة بمقاتلين "
        "موالين لها يحملون جنسيات سورية وعربية وآسيوية. وليلة أمس اندلعت مواجهات بين قوات سوريا الديمقراطية ومقاتلي "
        "تنظيم «الدولة الإسلامية» قرب سد تشرين في الريف الشمالي الشرقي لحلب، وسط أنباء عن قتلى وجرحى من الجانبين.",
        [E("armed_clash", None, PL("باشكوي", "Bashkoy", "Aleppo"), "2016-02-02", "المرصد السوري لحقوق الإنسان", GOV,
           note="one fighter killed (singular, age is no figure); the observatory's colon opener is the source of "
                "every event of its round-up"),
         E("airstrike", None, PL("الباب", "Al-Bab", "Aleppo"), "2016-02-02", "المرصد السوري لحقوق الإنسان", GOV,
           note="helicopter barrels, no toll"),
         E("airstrike", Q("18", 18, None), PL("عندان", "Anadan", "Aleppo"), None, "المرصد السوري لحقوق الإنسان", RUS,
           note="a raised toll of strikes on a town and two villages (group, placed at the first); women, children "
                "and volunteers are a breakdown. FIGURE CALL: the headline's «قرابة 20» civilians since yesterday is "
                "read as this same toll rounded (no other civilian deaths are told), not a second aggregate. Undated "
                "(«منذ أمس» spans two days)"),
         E("armed_clash", None, PL("رتيان", "Retyan", "Aleppo"), "2016-02-02", "المرصد السوري لحقوق الإنسان", FSA,
           note="ongoing fighting on two fronts: one act over two places (group), placed at the first"),
         E("armed_clash", None, PL("سد تشرين", "Tishreen Dam", "Aleppo"), "2016-02-01",
           "المرصد السوري لحقوق الإنسان", SDF,
           note="last night's clash near the dam (a named facility): reports of dead on both sides, no figure")])

passage("lv09", "2016-04-08", "Elaph (relaying AFP and SOHR)",
        "a week's toll on several fronts with a breakdown by side, then two fronts' own tolls "
        "| page: https://elaph.com/Web/News/2016/4/1083395.html",
        "بيروت: أحصى المرصد السوري لحقوق الإنسان يوم الجمعة مقتل ما يتجاوز مئتي مقاتل من قوات النظام ومن «الجهاديين» "
        "وفصائل المعارضة، في المعارك الضارية التي تشهدها محافظة حلب شمالي البلاد منذ مطلع الأسبوع الجاري. ووثّق المرصد "
        "سقوط 210 قتلى منذ الأحد الماضي، منهم 82 من قوات النظام والمجموعات المسلحة الرديفة، و94 من جبهة النصرة "
        "والفصائل الحليفة لها، إلى جانب 34 من تنظيم الدولة الإسلامية. وتشتعل في المحافظة جبهات عدة؛ فقوات النظام "
        "تقاتل جبهة النصرة والفصائل الحليفة لها في الريفين الشمالي والجنوبي، ويتواجه تنظيم الدولة الإسلامية مع قوات "
        "النظام في الريف الجنوبي الشرقي، كما يخوض التنظيم مواجهات مع الفصائل المقاتلة على مقربة من الحدود التركية في "
        "أقصى الريف الشمالي. وبحسب المرصد، فإن 50 من عناصر قوات النظام ومسلحيها لقوا حتفهم في منطقة العيس بريف حلب الجنوبي جراء "
        "القصف والاشتباكات والكمائن، وقُتل فيها أيضاً ما لا يقل عن 61 من مقاتلي النصرة والفصائل الإسلامية والمقاتلة. "
        "وسقط كذلك ما لا يقل عن 20 من مقاتلي هذه الفصائل بالقصف والاشتباكات قرب مخيم حندرات.",
        [E("armed_clash", Q("210", 210), PL("محافظة حلب", "Aleppo Governorate", "Aleppo"), "2016-04-08",
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="a running toll since last Sunday (period 2016-04-03..2016-04-08) naming one cause, the battles: the "
                "cause's type (stop 32); the lead's «ما يتجاوز مئتي» is the same toll rounded; the three sides are its "
                "breakdown. The fronts listed next are the setting of the same fighting (not coded apart)"),
         E("armed_clash", Q("50", 50), PL("العيس", "Al-Eis", "Aleppo"), None, "المرصد", None,
           note="FIGURE CALL: a front's own toll tied to fighting there (stop 34: a place's toll with its act is its "
                "own event); no total of both sides is written, so the first side numbered (50; the 61 rebels are "
                "the other side's dead); over the week, no single day"),
         E("armed_clash", Q("ما لا يقل عن 20", 20, None), PL("مخيم حندرات", "Handarat camp", "Aleppo"), None,
           "المرصد", None, note="a camp is its own place; the observatory's telling carried («وسقط كذلك»)")])

passage("lv10", "2017-06-11", "Al-Hayat (via Sauress), relaying Reuters and SOHR",
        "an offensive on a city told by the force and the monitor, quarters taken, a recall, a repelled attack "
        "| page: https://sauress.com/alhayat/22320106",
        "أعلنت «قوات سورية الديموقراطية»، المدعومة أميركياً، أمس السبت أنها تتقدم على محاور عدة عند أطراف الرقة، أبرز "
        "معاقل «داعش» في سورية، وهو ما نقله كذلك «المرصد السوري لحقوق الإنسان». وكانت هذه القوات، التي تجمع مقاتلين "
        "أكراداً وعرباً ويساندها تحالف بقيادة واشنطن، قد أطلقت يوم الثلثاء هجومها على المدينة إثر أشهر من العمليات "
        "لتطويقها. ويقدّر التحالف أن بين ثلاثة آلاف وأربعة آلاف متشدد يدافعون عن الرقة، التي استولى عليها التنظيم عام "
        "2014 من فصائل المعارضة في هجوم سريع اجتاح فيه مساحات شاسعة من العراق وسورية، واتخذها مقراً لقيادته العسكرية "
        "والإدارية ومنطلقاً لتدبير هجمات في أنحاء العالم. وذكرت «قسد» أنها انتزعت يوم الجمعة حي المشلب في أقصى الطرف "
        "الشرقي من المدينة، وحي الصباحية في غربها، بينما أفاد «المرصد» بأنها سيطرت على المشلب وعلى ما يزيد على نصف "
        "الصباحية. وبحسب «قسد» و«المرصد» معاً، يتوغل المقاتلون الآن في حي الرومانية شمال غربي الرقة. ولفت «المرصد» إلى "
        "أن «داعش» ردّ هجوماً لهذه القوات على قاعدة عسكرية.",
        [E("armed_clash", None, PL("الرقة", "Raqqa", "Raqqa"), "2017-06-10", "«قوات سورية الديموقراطية»", SDF,
           note="Saturday's advance on several axes at the city's edges: fighting; the force's own announcement is "
                "the first source"),
         E("armed_clash", None, PL("الرقة", "Raqqa", "Raqqa"), "2017-06-06", None, SDF,
           note="recalled with its day: the offensive launched on Tuesday (background, stop 41); a second coder could "
                "fold it into the campaign"),
         E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa", nth=1), "2014", None, IS,
           note="recalled: IS took the city from the opposition in 2014 (background). The 3,000-4,000 defenders are "
                "the coalition's estimate of a force, no event"),
         E("territory_change", None, PL("المشلب", "Al-Meshlab", "Raqqa"), "2017-06-09", "«قسد»", SDF,
           note="two quarters taken on Friday, told in one sentence: one act over two places (group), placed at the "
                "first; the observatory's telling (half of Sabahiya) is another telling"),
         E("armed_clash", None, PL("الرومانية", "Al-Rumaniyah", "Raqqa"), "2017-06-11", "«قسد»", SDF,
           note="fighters pushing into the quarter now: an ongoing clash; first of the two sources named"),
         E("armed_clash", None, None, "2017-06-10", "«المرصد»", SDF,
           note="an SDF attack on an unnamed military base, repelled by IS: the clash happened (asserted); no place "
                "given; agent the attacker; dated with the item's Saturday")])

passage("lv11", "2018-03-27", "Al-Araby Al-Jadeed (via aajsy.com)",
        "an evacuation convoy with a rounded and an exact figure; two earlier convoys recalled with their figures; "
        "the deal behind it | page: https://aajsy.com/دفعة-ثالثة-من-مهجّري-الغوطة-الشرقية-إلى-إدلب",
        "انطلقت بعد منتصف ليل الإثنين – الثلاثاء قافلة حافلات تقل أكثر من ستة آلاف مهجّر، مدنيين ومقاتلين، "
        "من بلدات القطاع الأوسط من الغوطة الشرقية (ريف دمشق)، متجهة إلى محافظة إدلب في الشمال السوري. وقال لـ«العربي الجديد» مصدر في "
        "«منسقي الاستجابة في الشمال السوري» إن 105 حافلات غادرت الغوطة برفقة ست سيارات إسعاف، وعلى "
        "متنها 6768 شخصاً. ووصف المصدر أحوال المدنيين داخل الحافلات بالقاسية جداً، إذ ظل بعضها ينتظر إشارة الانطلاق 18 "
        "ساعة، وبين الركاب مرضى لا يحتملون الانتظار. وشملت هذه الدفعة، وهي الثالثة، مدنيين ومسلحين من عربين وزملكا وحزة "
        "وعين ترما وحي جوبر شرقي دمشق. وكانت 77 حافلة من الدفعة الثانية قد بلغت فجر الإثنين قلعة المضيق في الريف "
        "الشمالي الغربي لحماة، حاملة 5247 شخصاً من المنطقة ذاتها بينهم مقاتلون، فيما وصلت الدفعة الأولى فجر الأحد "
        "الماضي إلى البلدة نفسها في 17 حافلة أقلّت 981 شخصاً بينهم مقاتلون. ويجري ذلك تنفيذاً لاتفاق أبرمته قوات النظام "
        "و«فيلق الرحمن» المنضوي في الجيش السوري الحر يوم الجمعة الفائت، في أعقاب حملة عسكرية.",
        [E("other", Q("أكثر من ستة آلاف", 6000, None, True), PL("القطاع الأوسط", "Central Sector (Eastern Ghouta)",
                                                               "Rif Dimashq"), "2018-03-27",
           "مصدر في «منسقي الاستجابة في الشمال السوري»", None,
           note="FIGURE CALL: the third evacuation convoy, told rounded in the lead and exact by the source (6768): "
                "one event, its figure the first the text writes (stop 34; the scorer's value differs from 6768: a "
                "second coder could take the exact one); the buses and ambulances are counts of vehicles. PLACE: "
                "the origin, the sector the lead names (the towns listed later are its parts); Idlib is the "
                "destination, never the place"),
         E("other", Q("5247", 5247), PL("القطاع الأوسط", "Central Sector (Eastern Ghouta)", "Rif Dimashq"),
           "2018-03-26", None, None,
           note="the second convoy, recalled with its own day and figure («وكانت … قد»: the outlet); placed at its "
                "origin («المنطقة ذاتها»), not at Qalaat al-Madiq where it arrived"),
         E("other", Q("981", 981), PL("القطاع الأوسط", "Central Sector (Eastern Ghouta)", "Rif Dimashq"),
           "2018-03-25", None, None, note="the first convoy (Sunday), recalled with its own figure"),
         E("agreement", None, PL("القطاع الأوسط", "Central Sector (Eastern Ghouta)", "Rif Dimashq"), "2018-03-23",
           None, GOV, note="the deal between the regime and Faylaq al-Rahman last Friday; placed at the sector it "
                           "concerns")])

passage("lv12", "2018-01-07", "Al-Ghad TV (relaying Reuters)",
        "a town and villages taken told by Hezbollah's media unit and SOHR; a recalled loss of an airport; a running "
        "count of villages since a date | page: https://www.alghad.tv/الجيش-السوري-يكثف-هجومه-على-محافظة-إدل",
        "الجيش السوري يصعّد هجومه على إدلب آخر معاقل المعارضة\n"
        "أفادت وحدة الإعلام الحربي التابعة لحزب الله اللبناني، حليف دمشق، والمرصد السوري لحقوق الإنسان بأن الجيش السوري "
        "والقوات الرديفة له أحرزوا اليوم الأحد تقدماً جديداً في محافظة إدلب، كبرى المناطق التي بقيت بيد المعارضة "
        "المسلحة، فاستولوا على بلدة وعدد من القرى وباتوا أقرب إلى مطار عسكري مهم. وكثّفت القوات الحكومية في الأيام "
        "الأخيرة عملياتها في المحافظة، وزحفت باتجاه مطار أبو الضهور العسكري، وهو مطار خسرته لصالح المعارضة في أيلول/سبتمبر "
        "2015. وبحسب وحدة الإعلام الحربي، فإن الجيش وحلفاءه دخلوا بلدة سنجار، على مسافة 14 كيلومتراً من أبو الضهور، "
        "وثلاث قرى تقع إلى غربها. واستطاعت القوات الحكومية، بمساندة مقاتلين تدعمهم إيران وسلاح الجو الروسي، أن تستعيد "
        "مناطق في الريف الشمالي الشرقي لحماة وفي إدلب منذ انطلاق الحملة أواخر تشرين الأول/أكتوبر. وأحصى المرصد اليوم "
        "أكثر من 95 قرية بريفي حماة وإدلب انتزعها الجيش منذ 22 تشرين الأول/أكتوبر، زهاء 60 منها داخل إدلب وحدها في "
        "الأسبوعين الماضيين. وأشار إلى أن القتال تحوّل إلى المنطقة الواقعة شمال غربي سنجار بعد السيطرة على البلدة.",
        [E("territory_change", None, PL("سنجار", "Sinjar", "Idlib"), "2018-01-07",
           "وحدة الإعلام الحربي التابعة لحزب الله اللبناني", GOV,
           note="the lead's «بلدة وعدد من القرى» is Sinjar and three villages west of it (one act, placed at the "
                "town); source: the media unit, which the lead names first and the detail sentence names alone"),
         E("territory_change", None, PL("مطار أبو الضهور العسكري", "Abu al-Duhur military airport", "Idlib"), "2015-09",
           None, FSA, note="recalled: the opposition took the airport in September 2015 (background, stop 41)"),
         E("territory_change", Q("أكثر من 95", 95, None, True), None, "2018-01-07", "المرصد", GOV, kind="aggregate",
           note="villages taken since 22 October (period 2017-10-22..2018-01-07) over two governorates: no place; "
                "«زهاء 60» in Idlib is its breakdown; the campaign's general recovery of areas is the same count"),
         E("armed_clash", None, PL("سنجار", "Sinjar", "Idlib", nth=1), "2018-01-07", "المرصد", GOV,
           note="the fighting moved north-west of Sinjar: an ongoing clash placed at the town its bearing names")])

passage("lv13", "2018-05-02", "Watan FM",
        "a reporter's item: a force's raids with their size, a tribe's earlier stance, the other side's conscription "
        "arrests, a recalled campaign, a claimed advance (date inferred: a Wednesday of spring 2018, after the regime "
        "held Albu Kamal) | page: https://watan.fm/news/syria-news/48874",
        "أطلقت «قوات سوريا الديمقراطية» (قسد)، في ساعات الصباح من اليوم الأربعاء، حملة دهم وتفتيش واعتقال طالت معظم البيوت في بلدة "
        "ذيبان وقرية الحوايج بريف دير الزور الشرقي، وفقاً لما نقله مراسل وطن إف إم. وأوضح المراسل أن قرابة ألف مقاتل "
        "شاركوا في الحملة تساندهم عربات مصفحة وأسلحة ثقيلة، مضيفاً أن «قسد» تقول إنها تبحث عن سلاح وعن خلايا تابعة "
        "لتنظيم «داعش». ولفت إلى أن الحملة أتت بعد أسبوع على اجتماع لوجهاء عشيرة العكيدات شددوا فيه على رفض المداهمات "
        "العشوائية، معتبرين أن أي دهم أو اعتقال يجري دون الرجوع إليهم خرق للأعراف. وفي سياق مختلف، ألقت قوات الأسد "
        "القبض اليوم على 36 شاباً من الريف الشرقي لدير الزور بهدف إلحاقهم بالتجنيد الإجباري، إذ شنت حملة في مدينة البوكمال وفي "
        "بلدتي السويعية والهري المجاورتين لها، بحسب المراسل نفسه. وكانت ميليشيا «الدفاع الوطني» قد نفذت من قبل حملة "
        "اعتقالات طالت شباناً في مدينة دير الزور للغاية ذاتها. كما أعلنت قوات الأسد اليوم أنها بسطت سيطرتها على رقعة "
        "كبيرة من بادية دير الزور إثر ما قالت إنها معارك ضارية.",
        [E("arrest", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2018-05-02", "مراسل وطن إف إم", SDF,
           note="raids over a town and a village (group), placed at the first; no number arrested («قرابة ألف» is "
                "the raiding force, not the figure). Not coded: the Akidat elders' meeting a week before (a stance "
                "recalled as the raid's background, no day; a second coder could code a statement)"),
         E("arrest", Q("36", 36), PL("البوكمال", "Albu Kamal", "Deir ez-Zor"), "2018-05-02",
           "مراسل وطن إف إم", GOV,
           note="36 youths for conscription over a city and two towns (group), placed at the first; the reporter "
                "files the whole story («بحسب المراسل نفسه»)"),
         E("arrest", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=2), None, None, GOV,
           note="recalled: the NDF's earlier arrest campaign in the city (background, no day; «وكانت … قد»: the "
                "outlet); the NDF is a pro-government militia. PLACE: the third «دير الزور» (nth 2) is the city's"),
         E("territory_change", None, PL("بادية دير الزور", "Deir ez-Zor desert", "Deir ez-Zor"), "2018-05-02",
           "قوات الأسد", GOV, note="the regime's own claim of wide areas taken after battles")])

passage("lv14", "2019-12-22", "Erem News (relaying AFP)",
        "an advance over dozens of villages, a flight from a city seen by a journalist, a running count of the "
        "displaced, a resident's word | page: https://www.eremnews.com/news/2098822",
        "النظام السوري يتمدد في إدلب ونزوح آلاف المدنيين\n"
        "ذكر المرصد السوري لحقوق الإنسان يوم الأحد أن قوات النظام استعادت من الفصائل المعارضة عشرات القرى والبلدات في "
        "محافظة إدلب شمال غربي البلاد، إثر أيام من القتال الشرس، ما دفع آلاف المدنيين إلى الفرار. ويضع هذا التقدم الذي "
        "أحرزته قوات النظام، مدعومة من حليفتها روسيا، أكبر تجمع للسكان في آخر معقل للمعارضة على مرمى حجر. وقال رامي "
        "عبد الرحمن، مدير المرصد، إن الهدف «هو الدنو من معرة النعمان». وغادر آلاف من أهالي المدينة الواقعة جنوب إدلب "
        "منازلهم خوفاً من وصول القوات السورية إليها، وفق ما رآه صحافي هناك. وأشار المرصد، الذي يتخذ من بريطانيا مقراً "
        "ويعتمد على شبكة كبيرة من المراسلين الميدانيين، إلى أن ما يزيد على 30 ألف شخص اضطروا إلى ترك بيوتهم في الأيام "
        "القليلة الماضية. وقال أحد سكان المدينة، وهو أب لخمسة أولاد عرّف عن نفسه باسم أبو سامر، إن فرق الإغاثة تسابق "
        "الزمن لنقل العائلات، مضيفاً أنه لم يجد سيارة تقل أسرته شمالاً، وأن الجميع يبذلون أقصى ما يستطيعون لكن الوقت "
        "يداهمهم.",
        [E("territory_change", None, PL("محافظة إدلب", "Idlib Governorate", "Idlib"), "2019-12-22",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="dozens of villages retaken after days of fighting, no village named: one taking at the governorate "
                "(«عشرات» counts places, not people: no figure). Britain is the observatory's seat, never a place"),
         E("other", Q("آلاف", 2000, 9000, True, nth=2), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2019-12-22",
           "صحافي", None,
           note="thousands flee the city, as a journalist saw: a displacement at one place (the headline's and the "
                "lead's «آلاف المدنيين» tell the same flight; the figure is this sentence's «آلاف», nth 2)"),
         E("other", Q("ما يزيد على 30 ألف", 30000, None, True), None, "2019-12-22", "المرصد", None, kind="aggregate",
           note="displaced over the past few days: a running count over more than the city's flight, so an "
                "aggregate beside it (stop 34); no place tied to it")])

passage("lv15", "2019-07-01", "SY24",
        "night strikes on two governorates told by local sources, the official agency's interception claim, the toll "
        "its media admitted | page: https://sy-24.com/?p=36746",
        "شنّت مقاتلات إسرائيلية بعد منتصف ليل الإثنين غارات على مواقع عسكرية لجيش النظام السوري في محيط دمشق وحمص. "
        "ونقلت مصادر محلية أن دويّ انفجارات سُمع في الكسوة بريف دمشق، حيث تنتشر وحدات الفرقة الأولى، وفي بساتين "
        "جديدة عرطوز، وعند مركز البحوث العلمية في جمرايا، لافتة إلى اندلاع نيران في بساتين جديدة عرطوز بعد أن أصابت صواريخ عدة "
        "مواقع عسكرية للنظام هناك. وأكدت المصادر ذاتها أن مواقع اللواء 84 للدفاع الجوي ومطار التيفور طالتها ضربات "
        "إسرائيلية مشابهة. من جانبها، قالت وكالة الأنباء الرسمية التابعة للنظام إن منظومات الدفاع الجوي اعترضت صواريخ "
        "أُطلقت نحو محيط العاصمة وحمص. وعلى الرغم من حديث النظام عن التصدي للضربات، أقرّت وسائل إعلامه بمقتل أربعة "
        "أشخاص وجرح 21 جراء الضربات الإسرائيلية على ريف دمشق. وتضرب الطائرات الإسرائيلية بشكل متكرر مواقع وثكنات لجيش "
        "النظام تستخدمها قوات إيرانية، في مقدمتها الحرس الثوري، وقد تسببت هذه الضربات خلال الأعوام الماضية بمقتل عشرات "
        "الجنود السوريين والإيرانيين.",
        [E("airstrike", Q("أربعة", 4), PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2019-07-01", "مصادر محلية", ISR,
           note="strikes on three places of the Damascus countryside (group, placed at the first); the dead the "
                "regime's media admitted are tied to Rif Dimashq, so to this event; the division's number is a name"),
         E("airstrike", None, PL("اللواء 84", "84th Air Defence Brigade", "Homs"), "2019-07-01", "مصادر محلية", ISR,
           note="PLACE CALL: the Homs targets (a brigade's base and T4 airport, group) coded apart from the Damascus "
                "ones: another governorate and no figure of their own (ACLED codes by location); a second coder "
                "could make one group of all five. The habitual strikes and the years' dead are no event")])

passage("lv16", "2021-11-14", "SY24 (relaying AFP)",
        "an ambush with its toll relayed by an agency; running totals since a date for both sides; a recalled "
        "attack with a breakdown of the wounded | page: https://sy-24.com/?p=77815",
        "سقط عشرات القتلى والجرحى من عناصر قوات النظام السوري في كمين نصبه تنظيم «داعش» في الريف الغربي لدير الزور يوم "
        "السبت 13 تشرين الثاني 2021، أي أمس. ونقلت وكالة الصحافة الفرنسية عن مصادر أن 13 مقاتلاً من القوات "
        "الموالية للنظام لقوا حتفهم في الكمين الذي وقع في بادية المسرب، بينما كانوا يمشطون المنطقة. وبحسب ما رصدته "
        "شبكات إعلامية، فقد قُتل منذ 24 آذار 2019 ما مجموعه 1593 عنصراً من قوات النظام، و153 مقاتلاً أجنبياً من "
        "الموالين لإيران، في هجمات وكمائن ومواجهات شنها التنظيم. وفي المقابل، خسر «داعش» أكثر من 1081 من عناصره في "
        "الفترة ذاتها جراء الهجمات والقصف وتبادل الاستهداف بين الجانبين. وفي منتصف الشهر الفائت، ذكرت وسائل إعلام "
        "روسية أن التنظيم نفذ أعنف هجماته على قوات النظام والميليشيات التابعة لإيران في منطقة الرصافة بالريف الغربي "
        "لدير الزور ضمن البادية السورية، فقتل ثمانية عناصر وأصاب سبعة آخرين، خمسة منهم من «حزب الله العراقي». ويتحرك "
        "التنظيم عبر خلاياه النائمة في البادية خصوصاً، وفي أجزاء من الرقة ودير الزور شرقاً، معتمداً على الضربات "
        "السريعة ثم الانكفاء إلى المناطق الوعرة.",
        [E("armed_clash", Q("13", 13, nth=1), PL("بادية المسرب", "Al-Masrab desert", "Deir ez-Zor"), "2021-11-13",
           "مصادر", IS,
           note="the ambush (lead and the agency's relay are one telling); «عشرات القتلى والجرحى» combines both, the "
                "relayed 13 dead are the figure (nth 1: the first «13» is the date's day); the relay names "
                "«مصادر», the one relayed (stop 34)"),
         E("armed_clash", Q("1593", 1593), None, "2021-11-14", "شبكات إعلامية", IS, kind="aggregate",
           note="regime dead in IS attacks since 24 March 2019 (period 2019-03-24..2021-11-14), one cause: the "
                "cause's type; the 153 pro-Iran foreigners are a second category, no total written: the first "
                "figure. FIGURE CALL: IS's own 1081+ dead over the same period are the other side's dead of the same "
                "running toll (stop 30), not a second aggregate; a second coder could code them apart"),
         E("armed_clash", Q("ثمانية", 8), PL("الرصافة", "Al-Rusafa", "Raqqa"), "2021-10", "وسائل إعلام روسية", IS,
           note="recalled attack of mid last month with its place and dead (background, stop 41); the five Iraqi "
                "Hezbollah men are a breakdown of the seven wounded. The habit of sleeper cells is no event")])

passage("lv17", "2022-03-07", "Al-Siyasa (Kuwait), relaying AFP",
        "a bus attack with two sources' tolls, a second attack two days before, a running total since January, two "
        "recalled attacks | page: https://elsiyasa.com/article/247375",
        "لقي 15 جندياً سورياً مصرعهم الأحد حين هاجم عناصر من تنظيم «داعش» حافلة تقل عسكريين في منطقة صحراوية وسط البلاد، "
        "على ما ذكره المرصد السوري لحقوق الإنسان. وأوضح المرصد أن خلايا التنظيم شنت هجوماً مسلحاً على مقربة من المحطة الثالثة "
        "ضمن بادية تدمر، في الريف الشرقي لحمص، فقتلت 15 عنصراً من الجيش السوري وأصابت 18 غيرهم، مرجحاً أن ترتفع الحصيلة لأن "
        "أغلب الجرحى إصاباتهم بالغة. وكانت الوكالة العربية السورية للأنباء (سانا) قد تحدثت عن 13 قتيلاً عسكرياً، من "
        "بينهم ضباط، و18 جريحاً. ولم يصدر عن التنظيم فوراً ما يفيد بتبنيه الهجوم. وفي حادثة منفصلة، قال المرصد إن ثلاثة "
        "عسكريين قُتلوا يوم الجمعة في ريف حمص الشرقي بعد أن استُهدفت سيارتهم بهجوم مسلح. وأحصى المرصد منذ مطلع 2022 "
        "مقتل 61 من جنود الجيش السوري أو من عناصر الميليشيات الموالية لإيران في هجمات للتنظيم في البادية. وكان هجوم على "
        "رتل عسكري في مطلع كانون الثاني/يناير قد أسفر عن تسعة قتلى في بادية شرق سوريا. ورغم إعلان القضاء على "
        "«خلافة» التنظيم في سوريا في آذار 2019، تواصل خلاياه مهاجمة قوات الحكومة والقوات الكردية في المناطق الصحراوية، وكان قد هاجم في "
        "20 كانون الثاني/يناير سجناً تديره القوات الكردية في الشمال الشرقي، ما أسفر عن عشرات القتلى.",
        [E("armed_clash", Q("15", 15), PL("المحطة الثالثة", "T3 pumping station", "Homs"), "2022-03-06",
           "المرصد السوري لحقوق الإنسان", IS,
           note="two sources' tolls (the observatory 15, SANA 13): one event, the first figure written (stop 34); the "
                "18 wounded are `injured`; T3, a named site, is the most specific place"),
         E("armed_clash", Q("ثلاثة", 3), PL("ريف حمص الشرقي", "Eastern Homs countryside", "Homs"), "2022-03-04",
           "المرصد", None,
           note="an attack on a car, attacker unnamed (no agent); a region is the only place"),
         E("armed_clash", Q("61", 61), None, "2022-03-07", "المرصد", IS, kind="aggregate",
           note="dead in IS attacks in the desert since the start of 2022 (period 2022-01-01..2022-03-07): one "
                "cause, the cause's type; the desert spans governorates: no place"),
         E("armed_clash", Q("تسعة", 9), PL("بادية شرق سوريا", "Eastern Syrian desert"), "2022-01", None, IS,
           note="recalled convoy attack of early January with its dead (background; «وكان … قد»: the outlet)"),
         E("armed_clash", Q("عشرات", 20, 90, True), PL("الشمال الشرقي", "North-east Syria"), "2022-01-20", None, IS,
           note="recalled prison attack of 20 January (background); the prison unnamed, the region is the place. "
                "The 2019 defeat of the caliphate is no act with a place")])

passage("lv18", "2022-08-24", "Enab Baladi (via Tafaseel Press)",
        "an air strike on a market told by one agency and, as a strike on a military site, by the other side's "
        "accounts; background on who holds the town | page: https://tafaseelpress.com/news/2923",
        "قتيلان وجرحى بضربة تركية استهدفت تل رفعت في ريف حلب\n"
        "عنب بلدي\n"
        "شنّ الطيران التركي غارة على مدينة تل رفعت الخاضعة لسيطرة «قوات سوريا الديمقراطية» (قسد) في شمال محافظة حلب، "
        "موقعاً قتلى وجرحى. وبثت وكالة «نورث برس» صوراً لما قالت إنه دمار سببته ضربة تركية أصابت سوقاً شعبية في وسط "
        "المدينة اليوم الأربعاء، الموافق 24 آب، وأدت إلى مقتل اثنين وجرح سبعة، كلهم من المدنيين. في المقابل، روّجت حسابات "
        "معارضة على «تلغرام» قريبة من «الجيش الوطني» الذي تدعمه أنقرة، أن مسيّرة تركية ضربت بعدة صواريخ موقعاً عسكرياً "
        "تابعاً لـ«قسد» في المدينة، وأن الضربة أوقعت قتلى وجرحى من العسكريين. ولا توجد في المناطق التي تسيطر عليها "
        "«قسد» منظمات توثق الإصابات الطبية بحياد. وتتقاسم «قسد» السيطرة على تل رفعت مع قوات النظام السوري التي تنتشر "
        "بدورها في نقاط عدة من ريف حلب الشمالي. وتضرب القوات التركية مواقع «قسد» مراراً، إذ تعدها امتداداً لحزب "
        "«العمال الكردستاني» (PKK) وحزب «الاتحاد الديمقراطي» (PYD)، المدرجين على لوائح الإرهاب التركية، في ظل تصعيد "
        "إعلامي تركي متواصل يمهّد لعملية عسكرية محتملة ضد «قسد».",
        [E("airstrike", Q("اثنين", 2), PL("تل رفعت", "Tell Rifaat", "Aleppo"), "2022-08-24", "وكالة «نورث برس»", TUR,
           note="SOURCE CALL: one strike told two ways (a market, civilians; a military site, fighters): one event; "
                "the lead is the outlet's, the next sentence returns to the same strike with North Press's toll, so "
                "its source carries back; «اثنين» is a number word (a figure), not a dual noun. The town is the "
                "place, the market a landmark in it. The habitual strikes and the possible operation are no event")])

passage("lv19", "2023-08-22", "Hdhod (relaying Enab Baladi)",
        "a protest in a square with its network source; a religious leader's and a guesthouse's support the day "
        "before; a count of protest points | page: https://hdhod.com/السويداء-الاحتجاجات-تستمر-بشعارات-الثورة-الأولى_a105083.html",
        "احتجاجات السويداء تتواصل بهتافات الثورة الأولى\n"
        "نشرت شبكة «السويداء 24» المحلية مقاطع مصورة لاحتجاجات اليوم الثلاثاء 22 آب 2023، ظهر فيها محتجون محتشدون في "
        "ساحة السير بقلب مدينة السويداء يهتفون بإسقاط النظام السوري. وخرجت هذه الاحتجاجات غداة تأييد الرئاسة الروحية "
        "لطائفة الموحدين الدروز للحراك، حين التقى الشيخ حكمت الهجري في قنوات، البلدة الواقعة بريف السويداء، محتجين وأعلن مساندته "
        "للتحرك السلمي، قائلاً إنه ما زال يرى في القائمين على الدولة إدارة وطنية، وإنه سينتظر ما يصدر عنهم في الأيام "
        "القادمة، داعياً المحتجين إلى البقاء في الساحات. وأصدرت «مضافة الكرامة»، التي يتزعمها الشيخ ليث البلعوس ويرجع "
        "إليها قسم من أهالي المحافظة، بياناً يوم الاثنين ساندت فيه ما وصفته بالمطالب المحقة للشعب، مؤكدة استعدادها "
        "للتصدي لأي اعتداء على «الشعب الثائر». وكان الشيخ وحيد البلعوس قد أسس المضافة، كما أسس حركة «رجال الكرامة»، "
        "كبرى الفصائل المسلحة في السويداء. ووثّقت صفحة «الراصد» المحلية بالصور 40 موقعاً للاحتجاج في أنحاء محافظة "
        "السويداء، رُفعت فيها مطالب بتحسين المعيشة وإسقاط النظام. وتعيش محافظتا درعا والسويداء منذ الأسبوع الماضي على "
        "وقع احتجاجات يومية.",
        [E("protest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2023-08-22", "شبكة «السويداء 24»",
           PROT, note="the square is placed at its city (nth 2: the city's first mention after the headline and the "
                      "network's name); no crowd numbered"),
         E("statement", None, PL("قنوات", "Qanawat", "As-Suwayda"), "2023-08-21", "حكمت الهجري", None,
           note="the spiritual leader's declared support, told as its own matter (stop 32), the day before "
                "(«غداة»); placed where he met the protesters and spoke"),
         E("statement", None, None, "2023-08-21", "«مضافة الكرامة»", None,
           note="a named body's statement of support and readiness to repel attacks (Monday); no place named for "
                "it beyond the province's people. The founders are background"),
         E("protest", Q("40", 40), PL("محافظة السويداء", "As-Suwayda Governorate", "As-Suwayda"), "2023-08-22",
           "صفحة «الراصد»", PROT, kind="aggregate",
           note="FIGURE CALL: 40 protest points over the province: a count of protests (an aggregate beside the "
                "city's square), the only number the text writes for it. Not coded: the daily protests in Daraa and "
                "Sweida since last week (a state over a week, no figure)")])

passage("lv20", "2024-10-24", "Dama Post",
        "a night of artillery fire on a town told by the outlet and local sources; drone strikes on another town; "
        "a glued «read also» | page: https://damapost.com/24/10/2024/الأوسع-منذ-أشهر-شهداء-وجرحى-جراء-اعتدا/74006",
        "داما بوست – خاص: قُتل ثلاثة مدنيين وجُرح قرابة عشرة آخرين حين أمطرت قوات الاحتلال التركي بقذائف المدفعية مدينة تل رفعت "
        "الواقعة شمالي حلب خلال ليلة أمس. ونقلت الشبكة عن مصادر محلية أن القوات التركية بدأت بُعيد منتصف "
        "الليل قصف بيوت المدنيين في المدينة انطلاقاً من قواعدها المنتشرة في ريف أعزاز، واستمرت في ذلك ساعات عدة على نحو "
        "متقطع. وأضافت المصادر أن بين الضحايا طفلة في الخامسة من عمرها، إلى جانب نساء ومسنين، فضلاً عن أضرار جسيمة لحقت "
        "بالمنازل والممتلكات. وترافق القصف المدفعي على تل رفعت مع سلسلة ضربات جوية شنتها مسيّرات تركية على عين "
        "العرب، المدينة الواقعة في أقصى الشمال الشرقي لمحافظة حلب، أصابت بعبوات شديدة الانفجار مقرين لعناصر «الأسايش» التابعة لـ«قوات "
        "سوريا الديمقراطية»، كما طالت المخبز الآلي في وسط المدينة ومحطة لتحويل الكهرباء.\n"
        "اقرأ أيضاً: سوريون تعيدهم تركيا قسراً إلى حلب والرقة فتعتقلهم فصائل تواليها",
        [E("shelling", Q("ثلاثة", 3), PL("تل رفعت", "Tell Rifaat", "Aleppo"), "2024-10-23", "مصادر محلية", TUR,
           note="the night's shelling (lead, then the local sources' account of the same fire: their source carries "
                "back); the ten wounded are `injured`; Azaz's countryside is where the fire came from, never the "
                "place"),
         E("airstrike", None, PL("عين العرب", "Ayn al-Arab (Kobani)", "Aleppo"), "2024-10-23", None, TUR,
           note="drone strikes on the town's Asayish posts, bakery and power station: one act (group of targets in "
                "one town); an act of another kind after a sourced report: the outlet (stop 30); no toll given. "
                "The glued «اقرأ أيضاً» headline is not coded (stop 32)")])

passage("lv21", "2025-11-14", "Al Jazeera Mubasher",
        "a ministry's statement on a cell dismantled: the leader, his sons, ten members, a second count, seizures, "
        "the area | page: https://www.aljazeeramubasher.net/news/2025/11/14/الأمن-السوري-يفكك-خلية-إرهابية",
        "أعلنت وزارة الداخلية السورية يوم الخميس أنها فككت «خلية إرهابية» بمحافظة طرطوس غرب البلاد، تربطها صلات "
        "بنظام بشار الأسد، الرئيس المخلوع. وأوضحت الوزارة في بيان أنها أوقعت في قبضتها «خلية إرهابية خطيرة» تتبع لفلول "
        "النظام السابق، يقودها المدعو عبد الرحيم قطان، الذي وصفته بأنه من أذرع الحرس الثوري الإيراني والميليشيات التابعة "
        "له في سوريا. وبحسب البيان، اعتُقل قطان ونجلاه سامر وعلي، المتهمون بالارتباط بفلول النظام وبتلقي الدعم من جهات "
        "خارجية، ومعهم عشرة من عناصر مجموعتهم، في عملية قامت بها وحدات متخصصة بالاشتراك مع فرع مكافحة الإرهاب "
        "بطرطوس. وأضافت الداخلية أن قواتها صادرت كميات ضخمة من السلاح والذخيرة وأجهزة الاتصال ونقطة طبية، واعتقلت كذلك "
        "13 شخصاً متورطاً في عمليات اغتيال وأعمال عدائية. وذكر البيان أن المضبوطات عُثر عليها في منطقة الشيخ بدر التابعة لريف "
        "طرطوس، بعد تحريات ومتابعة ميدانية، وأن العملية انتهت بالقبض على أفراد مجموعة مسلحة من بقايا النظام البائد "
        "ترتبط بجهات في الخارج.",
        [E("arrest", Q("13", 13), PL("الشيخ بدر", "Al-Shaykh Badr", "Tartus"), "2025-11-13",
           "وزارة الداخلية السورية", NEWGOV,
           note="FIGURE CALL: one operation told by the ministry's statement; the leader, his two sons and ten "
                "members make 13, and the statement's «13» is read as the same people (the figure the text writes "
                "for them); a second coder could code a second arrest of 13. Place: the operation's area (the "
                "statement's last sentence), finer than the governorate")])


def main() -> None:
    write("gold121.jsonl", P121)


if __name__ == "__main__":
    main()
