"""Build gold116.jsonl: development set 116 (ids lq01…), written in stop 41 by writer w116 BEFORE any run on it.

35 short excerpts (a headline line where the page had one, a lead and a few details; 40-130 words), each the
paraphrase of ONE real page found in the search tool's `pages` corpus (queried in Arabic), every year 2011-2025,
about 30 outlets: protests fired on and national days of protest, the siege of Baba Amr, Aleppo 2012-2013, IS
executions and attacks in the desert, an amnesty decree for deserters, the first Russian strikes, the Madaya
siege, barrel bombs on Daraya, a prisoner exchange, shelling and strikes on Hama and Idlib, evacuations from south
Damascus, car bombs in Jarablus, the 2020 Idlib offensive, SNA-SDF fronts, a settlement in Daraa, assassinations
in Daraa with a yearly tally, a Turkish strike near Kobani, Dhiban 2023, the Homs military academy drone attack,
Suwayda 2024, an SNHR monthly report, Tal Rifaat 2024, Jableh 2025 and Israeli incursions in Quneitra. It is a
FRESH development set: closed (HELD_OUT) until the next stop judges its fixes on it, then released.
Every sentence was rewritten (no run of five words, names aside, is shared with its page: checked by script against
the page text, which was kept outside the repository); the incidents, their order, places, figures, dates, sources
and hedges are the page's; private people's names are invented. Each passage's `style` ends with the page's
address. Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32, 34 and 41); it
was written with the passages, before marsad was run on them. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build116.py      # rewrites gold116.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P116: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P116.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("lq01", "2011-03-24", "DW Arabic", "funerals in Daraa after a night storming; rights activists' toll of the day "
        "before; a protest abroad | page: https://amp.dw.com/ar/أنباء-عن-أكثر-من-100-قتيل-حصيلة-احتجاجات-درعا-السورية/a-14941001",
        "تقارير عن مقتل ما يزيد على مئة شخص في احتجاجات درعا\n"
        "استمرت التظاهرات في درعا جنوبي سوريا خلال تشييع من قضوا أمس بنيران الأجهزة الأمنية، فيما يُتداول أن "
        "القتلى بالعشرات. وهتف المشيعون للحرية والإصلاح، فيما تجمّع سوريون آخرون قبالة قنصلية بلادهم في دبي. وأكد حقوقيون "
        "وشهود اليوم الخميس بأن مئة شخص على أقل تقدير لقوا حتفهم في المحافظة يوم الأربعاء بنيران قوى الأمن. ونسبت وكالة "
        "الصحافة الفرنسية إلى الناشط المعارض أيمن الأسود قوله هاتفياً إن عدد القتلى «يفوق المئة بالتأكيد»، وإن "
        "المدينة «تحتاج أسبوعاً لتواري شهداءها»، متهماً عناصر الأمن بفتح الرصاص الحي على المشاركين في جنازات من "
        "سقطوا خلال اقتحام نفذته تلك القوات بعد منتصف الليل.",
        [E("protest", Q("ما يزيد على مئة", 100, None, True), PL("درعا", "Daraa", "Daraa"), "2011-03-23",
           "حقوقيون وشهود", PROT,
           note="Wednesday's killings of mourners and protesters in Daraa: one protest event whose figure is its dead "
                "(no crowd numbered), first written in the headline (same value as «مئة ... على الأقل»); the night "
                "storming that killed the people being buried is told inside the same day's toll and folded in "
                "(a second coder could code it as its own casualties event)"),
         E("protest", None, PL("درعا", "Daraa", "Daraa", nth=1), "2011-03-24", None, PROT,
           note="today's funeral protests, the outlet's telling; no figure"),
         E("protest", None, PL("دبي", "Dubai", None, "United Arab Emirates"), "2011-03-24", None, PROT,
           note="Syrians abroad protesting at their consulate: the act happened in Dubai, so Dubai is the place")])

passage("lq02", "2011-08-05", "Al Jazeera (video report)", "a Friday of protest with a national toll; videos of "
        "Damascus neighbourhoods; a night protest dispersed with tear gas | page: https://dailytv.net/video/xs55kk",
        "«جمعة الله معنا»: قتلى برصاص الأمن في مدن سورية\n"
        "سقط أربعة عشر قتيلاً في الأقل بنيران الجيش وعناصر الأمن اليوم في سوريا، بحسب ناشطين من المعارضة، أثناء "
        "احتجاجات عمّت مدناً وبلدات للمطالبة مجدداً برحيل النظام، في الجمعة التي أطلق عليها المحتجون اسم «الله "
        "معنا». ونشر الناشطون عبر الإنترنت مقاطع مصورة لتظاهرات في أرجاء البلاد، منها أحياء وسط دمشق كالميدان "
        "وكفرسوسة، كما خرجت مظاهرة من جامع الشافعي في المزة عقب صلاة التراويح، قبل أن يفرقها عناصر الأمن بالقوة "
        "وبقنابل الغاز المسيل للدموع.",
        [E("protest", Q("أربعة عشر", 14, None, True), None, "2011-08-05", "ناشطين من المعارضة", PROT,
           kind="aggregate",
           note="a nationwide Friday told as one with its dead (no crowd numbered): a protest aggregate, no place"),
         E("protest", None, PL("الميدان", "Al-Midan", "Damascus"), "2011-08-05", "الناشطون", PROT,
           note="protests in two central Damascus quarters told as one list (group: al-Midan, Kafr Souseh), placed at "
                "the first; the activists' videos are the source"),
         E("protest", None, PL("المزة", "Mezzeh", "Damascus"), "2011-08-05", "الناشطون", PROT,
           note="a night protest from a mosque dispersed by force and tear gas: the mosque is placed at its quarter; "
                "«كما» goes on with the activists' report")])

passage("lq03", "2012-02-21", "Ennahar", "day 18 of the Homs campaign: shells on Baba Amr counted by an activist; a "
        "night protest in Damascus; reinforcements | page: https://ennaharonline.com/?p=696629",
        "قصف عنيف على بابا عمرو في اليوم الثامن عشر للحملة على حمص\n"
        "يتعرض حي بابا عمرو في مدينة حمص منذ ساعات الفجر لقذائف المدفعية بكثافة، في اليوم الثامن عشر من العملية "
        "العسكرية التي تخوضها القوات الحكومية ضد المدينة، ويتوقع ناشطون اقتحاماً دامياً للحي قريباً بعد وصول حشود "
        "عسكرية كبيرة. ويأتي ذلك غداة ليلة أصيب فيها أربعة أشخاص حين واجه الأمن بالرصاص الحي تظاهرة ليلية معارضة في "
        "دمشق. وأوضح هادي العبد الله، الناشط في الهيئة العامة للثورة السورية، متحدثاً للجزيرة عبر الهاتف من داخل الحي، أن "
        "ما يزيد على 150 قذيفة انهمرت مع أولى ساعات الصباح على بابا عمرو وحي الإنشاءات، وأصابت المستشفى ومساجد "
        "احتمى بها الأهالي وبيوت ناشطين.",
        [E("shelling", Q("ما يزيد على 150", 150, None, True), PL("بابا عمرو", "Baba Amr", "Homs"), "2012-02-21",
           "هادي العبد الله", GOV,
           note="the shells are the figure (no dead numbered); one act over Baba Amr and al-Inshaat, placed at the "
                "first; the activist's later sentence comes back to the same shelling, so he is its source"),
         E("protest", None, PL("دمشق", "Damascus", "Damascus"), "2012-02-20", None, PROT,
           note="the night protest fired on the night before; four injured are not a figure; «ويأتي ذلك غداة» is "
                "the writer's recall: the outlet"),
         E("reinforcement", None, PL("حمص", "Homs", "Homs", nth=1), "2012-02-21", "ناشطون", GOV,
           note="large reinforcements arrived for the campaign on Homs (the destination is the city; the expected "
                "storming is future, not coded); a coder who leaves reinforcements out would drop it")])

passage("lq04", "2012-03-04", "Ikhwan Online", "Local Coordination Committees: shelling of Homs quarters after Baba Amr "
        "fell; executions; a national toll and a mortar on a protest | page: https://www.ikhwanonline.co/article/102604",
        "قصف الجيش السوري صباح اليوم الأحد أحياء من مدينة حمص بينها بابا عمرو، بحسب لجان التنسيق المحلية، وهو الحي "
        "الذي شهد إعدام مدنيين في جمعة «تسليح الجيش الحر». وذكرت اللجان أن قذائف الهاون انهالت صباحاً على حي "
        "الخالدية، وأن القصف طال كذلك مواقع في بابا عمرو الذي دخلته القوات الحكومية قبل يومين إثر قرابة شهر من "
        "المقاومة، لافتة إلى أن قسماً من القذائف انطلق من مقر المخابرات الجوية، وإلى أن حي الخضر تعرّض بدوره "
        "للقصف. وكانت اللجان قد أحصت مساء أمس سقوط 75 قتيلاً في الأقل بنيران القوات الحكومية أغلبهم في حمص، منهم "
        "14 مدنياً أُعدموا بإطلاق الرصاص عليهم في بابا عمرو، فيما قضى 13 على الأقل بقذيفة هاون سقطت على جمع من "
        "المتظاهرين في الرستن، وفق ناشطين.",
        [E("shelling", None, PL("بابا عمرو", "Baba Amr", "Homs"), "2012-03-04", "لجان التنسيق المحلية", GOV,
           note="one morning's shelling of Homs quarters told for a list (group: Baba Amr, al-Khalidiya, al-Khader), "
                "placed at the first named; no figure"),
         E("territory_change", None, PL("بابا عمرو", "Baba Amr", "Homs", nth=1), "2012-03-02", "لجان التنسيق المحلية",
           GOV, note="government forces entered Baba Amr «قبل يومين» after a month of resistance: a recalled taking "
                     "with a place (stop 41), dated two days before publication as the text says"),
         E("casualties", Q("14", 14), PL("بابا عمرو", "Baba Amr", "Homs", nth=2), "2012-03-02", "لجان التنسيق المحلية",
           GOV, note="executions by shooting: casualties (no fight); dated by «جمعة تسليح الجيش الحر» (Friday 2 "
                     "March); a place's own toll tied to its own act, so an event beside the aggregate"),
         E("casualties", Q("75", 75, None, True), None, "2012-03-03", "لجان التنسيق المحلية", GOV, kind="aggregate",
           note="a national toll («أغلبهم في حمص») reported «مساء أمس»: aggregate, no place; the 14 and 13 are "
                "inside it"),
         E("protest", Q("13", 13, None, True), PL("الرستن", "Al-Rastan", "Homs"), "2012-03-03", "ناشطين", PROT,
           note="a mortar on a crowd of protesters: a protest fired on, its dead the figure; dated with the toll it "
                "belongs to")])

passage("lq05", "2012-08-11", "Okaz", "Aleppo: the FSA back in Salah al-Din, a raid on the airport, a bakery shelled, "
        "SOHR's national toll | page: https://sauress.com/okaz/524200",
        "عاد مقاتلو الجيش السوري الحر للانتشار في حيّي السكري وصلاح الدين بمدينة حلب، وشنوا أمس هجوماً على مطارها، "
        "وسط معارك كرّ وفرّ مع القوات النظامية. وقال النقيب سامر أبو خالد، قائد كتيبة «درع الشهباء»، إن مقاتليه "
        "استرجعوا دوار صلاح الدين وأعطبوا ثلاث دبابات، وإن نصف الحي ولا سيما شارع الشرعية ما زال ساحة للقتال. وفي "
        "طريق الباب شرق المدينة، قُتل أمس قرابة عشرة أشخاص بينهم ثلاثة أطفال وجُرح 20 حين أصابت قذيفة مخبزاً اصطف "
        "أمامه مئات السكان. وأقرت السلطات بتعرض مطار حلب الدولي لهجوم من الجيش الحر، مؤكدة أن قواتها ردّته. أما "
        "المرصد السوري لحقوق الإنسان فتحدث عن قصف نظامي على أحياء الصاخور والشيخ فارس وهنانو، وعن 140 قتيلاً في "
        "عموم البلاد أمس معظمهم في حلب وإدلب، في جمعة سمّاها الناشطون «سلحونا بمضادات الطائرات».",
        [E("armed_clash", None, PL("صلاح الدين", "Salah al-Din", "Aleppo"), "2012-08-11", "النقيب سامر أبو خالد", FSA,
           note="the redeployment and back-and-forth fighting in Salah al-Din (and al-Sukkari), with the roundabout "
                "retaken and three tanks hit, told by the captain's next sentence: one clash; undated news: published "
                "day"),
         E("armed_clash", None, PL("مطار حلب الدولي", "Aleppo International Airport", "Aleppo"), "2012-08-10", None,
           FSA, note="the raid on the airport «أمس», the outlet's telling; the authorities' admission later is a "
                     "second telling; the airport (first «مطارها») is a facility"),
         E("shelling", Q("قرابة عشرة", 10, approx=True), PL("طريق الباب", "Tariq al-Bab", "Aleppo"), "2012-08-10",
           None, None, note="a shell on a bakery queue, nobody named as shooter; the 20 injured are not the figure"),
         E("shelling", None, PL("الصاخور", "Al-Sakhour", "Aleppo"), "2012-08-10", "المرصد السوري لحقوق الإنسان", GOV,
           note="regime shelling of three quarters told as one list (group), placed at the first; dated by the "
                "sentence's «أمس»"),
         E("casualties", Q("140", 140), None, "2012-08-10", "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="a national day's toll: aggregate, no place")])

passage("lq06", "2013-10-04", "Oman Today", "the FSA cuts the Hama-Khanasser road; a brigade hits an ISIS tank at Bab "
        "al-Salama; SOHR recalls the fall of Khanasser and its dead | page: https://mail.omantoday.net/amp/326/2013-10-04-12-38-41",
        "سيطر مقاتلو الجيش السوري الحر على الطريق الرابط بين حماة وبلدة خناصر في ريف حلب، ويسعون إلى انتزاع البلدة "
        "الاستراتيجية مجدداً من قبضة القوات الحكومية، فيما أعطب لواء «عاصفة الشمال» دبابة لتنظيم «داعش» "
        "خلال القتال على معبر باب السلامة. وبحسب مصادر ميدانية، تندلع بين حين "
        "وآخر مواجهات ضارية بالأسلحة الثقيلة بين الطرفين. وكانت القوات "
        "الحكومية، تساندها قوات «الدفاع الوطني»، استعادت خناصر الواقعة جنوب حلب قبل أيام، بعد أسابيع من معارك "
        "أودت بحياة ما لا يقل عن 25 مقاتلاً معارضاً و18 عنصراً من «الدفاع الشعبي» الموالي، إضافة إلى عشرات الجنود، وفق ما أورده المرصد السوري لحقوق الإنسان.",
        [E("territory_change", None, PL("حماة", "Hama", "Hama"), "2013-10-04", None, FSA,
           note="a road between two places is placed at the first named (stop 30), here Hama, though the road runs in "
                "the Aleppo countryside; the aim to retake Khanasser is not an event; the habitual clashes are not "
                "one"),
         E("armed_clash", None, PL("معبر باب السلامة", "Bab al-Salama crossing", "Aleppo"), "2013-10-04", None, FSA,
           note="a brigade destroys an ISIS tank in the fighting for the crossing (a crossing is its own place)"),
         E("territory_change", None, PL("خناصر", "Khanasser", "Aleppo", nth=1), None, "المرصد السوري لحقوق الإنسان",
           GOV, note="the recalled retaking of Khanasser «قبل أيام»: no day, so no date; its weeks of fighting are "
                     "coded apart as the aggregate below"),
         E("armed_clash", Q("ما لا يقل عن 25", 25, None, True), PL("خناصر", "Khanasser", "Aleppo", nth=1), None,
           "المرصد السوري لحقوق الإنسان", None, kind="aggregate",
           note="weeks of fighting over Khanasser with deaths on both sides: no total, so the first side numbered "
                "(25 rebels) is the figure; 18 militiamen and «عشرات الجنود» are the breakdown. A second coder could "
                "fold these deaths into the taking")])

passage("lq07", "2013-11-14", "Akhbar Al Aan", "Aleppo: the fall of Safira and Brigade 80 recalled, an FSA call to "
        "rally, mortars, an air strike on a brigade meeting | page: "
        "https://stg.akhbaralaan.net/news/arab-world/2013/11/15/syria-battles-army-free-assad-forces-aleppo",
        "حلب – دعت فصائل الجيش السوري الحر إلى رصّ صفوفها لصدّ هجوم القوات النظامية على حلب، بعدما انتزعت هذه القوات "
        "بلدة السفيرة والقاعدة التابعة للواء 80 وطرقاً حيوية أخرى، فيما تتناقض روايات الطرفين حول الجهة التي تمسك بمطار حلب "
        "الدولي. وأفادت شبكة شام بأن الجيش الحر قصف بالهاون اليوم الخميس تجمعات لحزب الله والقوات النظامية في جبل "
        "معارة الأرتيق قرب حلب. وأفاد مصدر ميداني بمقتل «أبو حمزة»، أحد قياديي لواء التوحيد، وإصابة قادة آخرين، "
        "حين استهدفت غارة جوية صباح اليوم مدرسة المشاة أثناء اجتماع لقيادة اللواء، مضيفاً أن قائده العسكري عبد "
        "القادر الصالح وقائده العام عبد العزيز السلامة أصيبا بجروح طفيفة. كما ذكر ناشطون أن مقاتلي المعارضة "
        "استهدفوا بالقذائف مقراً لحزب الله ولواء أبو الفضل العباس في حي الإذاعة.",
        [E("statement", None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2013-11-14", "فصائل الجيش السوري الحر", FSA,
           note="a named body's call to rally its factions against the offensive: a statement (stop 32), placed at "
                "the city it concerns"),
         E("territory_change", None, PL("السفيرة", "Al-Safira", "Aleppo"), None, None, GOV,
           note="the taking of Safira, the Brigade 80 base and roads, recalled with no day (group over Safira and "
                "«اللواء 80»); the contradictory claims on the airport are no event"),
         E("shelling", None, PL("جبل معارة الأرتيق", "Jabal Maarat al-Artiq", "Aleppo"), "2013-11-14", "شبكة شام", FSA),
         E("airstrike", None, PL("مدرسة المشاة", "Infantry School", "Aleppo"), "2013-11-14", "مصدر ميداني", GOV,
           note="one commander killed (singular, no figure), others injured; the school is a military site; the air "
                "force is the regime's by context"),
         E("shelling", None, PL("الإذاعة", "Al-Idhaa", "Aleppo"), "2013-11-14", "ناشطون", FSA,
           note="the rebels' shells on a Hezbollah/Abu al-Fadl al-Abbas headquarters, placed at its quarter")])

passage("lq08", "2014-08-17", "Al-Gareda (via Masress)", "SOHR: IS executions of the Shaitat tribe over two weeks "
        "| page: https://www.masress.com/algareda/292933",
        "بحسب المرصد السوري لحقوق الإنسان، نفّذ تنظيم «الدولة الإسلامية» (داعش) أحكام إعدام بحق 700 من أبناء عشيرة "
        "الشعيطات، أغلبهم من المدنيين، خلال الأسبوعين المنصرمين، وهي عشيرة تخوض قتالاً ضد التنظيم شرقي البلاد "
        "وتتمركز في محافظة دير الزور. وأوضح المرصد، نقلاً عن مصادر يثق بها، أن كثيرين منهم قُتلوا ذبحاً. وقال "
        "مديره رامي عبد الرحمن في اتصال هاتفي من بريطانيا إن بعض من أُعدموا اعتُقلوا أولاً وخضعوا لمحاكمة قبل "
        "قتلهم. واندلعت المواجهات بين التنظيم والعشيرة، التي يقدَّر عدد أفرادها بنحو 70 ألفاً، إثر استيلاء «داعش» "
        "على حقلين نفطيين في تموز/يوليو.",
        [E("casualties", Q("700", 700), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), None,
           "المرصد السوري لحقوق الإنسان", IS, kind="aggregate",
           note="executions summed over two weeks: a casualties aggregate (executions, no fight); the tribe's "
                "governorate is the only place given; published date inferred (mid-August 2014, the page shows "
                "none). Not coded: the tribe's fight (a state), the seizure of two oil fields in July (a recall with "
                "neither place nor figure: «حقلين» is a dual); 70 thousand is the tribe's size")])

passage("lq09", "2015-07-25", "Syria Observer", "an amnesty decree for deserters with surrender deadlines "
        "| page: https://syriaobserver.org/article.php?cid=41&id=1209",
        "عفو رئاسي عن الفارين من الجيش\n"
        "أصدر رئيس الجمهورية بشار الأسد المرسوم التشريعي رقم 32 لعام 2015، ويقضي بعفو عام يشمل الجرائم التي ارتُكبت "
        "قبل 25 تموز الحالي، ومنها إسقاط العقوبة كاملة عن الفرار الداخلي والخارجي كما يعرّفهما قانون العقوبات "
        "العسكرية. ويستثني المرسوم المتوارين والهاربين من القضاء ما لم يسلّموا أنفسهم في غضون 30 يوماً للفرار "
        "الداخلي و60 يوماً للفرار الخارجي. ويشمل العفو أيضاً كامل العقوبات المترتبة على مخالفة قانون خدمة العلم الصادر برقم "
        "30 لسنة 2007، دون أن يمتد إلى الغرامات ذات الطابع التعويضي لخزينة الدولة.",
        [E("desertion", None, None, "2015-07-25", None, GOV,
           note="an amnesty decree for desertion (news_dev: desertion type); the decree and law numbers are names; "
                "30 and 60 days are durations; the text names no source beyond the president who acts")])

passage("lq10", "2015-10-01", "Al Jazeera", "the first strikes blamed on Russia in the Homs countryside, town by town "
        "| page: http://www.aljazeera.net/programs/newsreports/2015/10/1/الطائرات-الروسية-تشن-غارات-في-سوريا",
        "غارات على ريف حمص الشمالي تُنسب إلى الطيران الروسي\n"
        "شهد ريف حمص الخاضع للمعارضة أعنف تصعيد منذ عام، إذ قُتل العشرات بضربات جوية على مدنه وقراه. وكانت البداية "
        "غارة أصابت منازل سكان بلدة الزعفران التي تؤوي آلاف النازحين، ثم شنّت الطائرات أربع غارات استهدفت "
        "تلبيسة وخلّفت عشرات القتلى ومثلهم من الجرحى وفق حصيلة أولية مرشحة للزيادة، كما أصابت غارتان مدينة الرستن "
        "فقتلتا ستة أشخاص وجرحتا العشرات. وحمّلت مصادر محلية الطيران الروسي المسؤولية، بعدما قالت مراصد عسكرية "
        "للمعارضة إنها التقطت محادثة باللغة الروسية بين الطيار وقاعدته.",
        [E("airstrike", None, PL("الزعفران", "Al-Zaafaran", "Homs"), "2015-10-01", None, RUS,
           note="agent as the local sources blame it; the strikes are the outlet's telling; the text gives no day, so "
                "the publication day (stop 34); the opening «قُتل العشرات» is the sum of the town strikes, no event"),
         E("airstrike", Q("عشرات", 20, 90, True, nth=1), PL("تلبيسة", "Talbiseh", "Homs"), "2015-10-01", None, RUS,
           note="four strikes; the dead («عشرات») are the figure"),
         E("airstrike", Q("ستة", 6), PL("الرستن", "Al-Rastan", "Homs"), "2015-10-01", None, RUS,
           note="two strikes, six dead")])

passage("lq11", "2016-01-06", "Akhbaar24", "Madaya: hunger deaths under siege, a broken evacuation deal recalled, appeals "
        "| page: https://akhbaar24.com/ampArticle/256667/archive",
        "أودى الحصار الذي تطبقه القوات النظامية وعناصر حزب الله اللبناني على مضايا في ريف دمشق بحياة ما يزيد على 11 "
        "من أهلها جوعاً في الأيام الأخيرة، وقد يرتفع العدد إن لم يُسمح بدخول الغذاء والمعونات سريعاً. وكان الأهالي "
        "يأملون رفع الطوق عنهم خلال «48 ساعة» من 28 كانون الأول/ديسمبر 2015، وفق اتفاق جرى بموجبه في اليوم نفسه "
        "إخراج مقاتلين كانوا في الزبداني مع أسرهم، في مقابل جرحى ونساء وأطفال ومسنين من بلدتي كفريا والفوعة بريف "
        "إدلب، غير أن النظام لم يفِ بالتزاماته. وأطلق رئيس المجلس الثوري في مضايا نداء استغاثة، فيما قال الائتلاف "
        "السوري إن الجوع والموت يتهددان ما يزيد على 40 ألف مدني في البلدة، محمّلاً النظام والحزب مسؤولية الوفيات "
        "لإخلالهما باتفاق «الزبداني – الفوعة».",
        [E("casualties", Q("ما يزيد على 11", 11, None, True), PL("مضايا", "Madaya", "Rif Dimashq"), None, None, GOV,
           kind="aggregate",
           note="deaths by hunger under siege summed over «الأيام الأخيرة»: casualties aggregate (the siege is no "
                "type of act); published date inferred (early January 2016, the page shows none)"),
         E("other", None, PL("الزبداني", "Al-Zabadani", "Rif Dimashq"), "2015-12-28", None, None,
           note="the recalled evacuation of fighters from Zabadani against the wounded and others of Kafraya and "
                "Fuaa on 28 December (one exchange; placed at the first place named); 48 hours is a duration"),
         E("statement", None, PL("مضايا", "Madaya", "Rif Dimashq"), "2016-01-06", "رئيس المجلس الثوري في مضايا",
           None, note="an appeal for help by a named local body's head: statement (stop 32)"),
         E("statement", None, PL("مضايا", "Madaya", "Rif Dimashq"), "2016-01-06", "الائتلاف السوري", None,
           note="the Coalition's warning and blame: a statement of a named body; 40 thousand is the besieged "
                "population, not a figure of an act")])

passage("lq12", "2016-06-08", "Syrian Mirror", "barrel bombs back on Daraya after the truce; a storming repelled; rockets "
        "| page: https://syrian-mirror.net/2016/10/25/داريا-تحت-قصف-براميل-الأسد-وفصائل-المع",
        "داريا تحت البراميل مجدداً\n"
        "كثّفت مروحيات النظام السوري اليوم، الأربعاء 8 حزيران 2016، إلقاء البراميل المتفجرة على مدينة داريا غرب "
        "دمشق، إذ سقط عليها 24 برميلاً أصابت بيوت السكان وخلّفت جرحى كثيرين وأشعلت النار في جامع المصطفى في قلب "
        "المدينة. وذكر ناشطون أن هذه أول غارات بالبراميل على داريا منذ أن بدأ سريان اتفاق وقف الأعمال العدائية في "
        "شباط الماضي. وفي تطور آخر، أفاد ناشطون بأن مقاتلين معارضين من لواء «شهداء الإسلام» صدّوا محاولة جديدة للقوات "
        "النظامية لاقتحام المدينة من جبهتها الجنوبية الغربية، في معارك عنيفة قُتل فيها عشرة من عناصر النظام وجُرح "
        "كثيرون. وبالتزامن، أطلق النظام على المدينة ثمانية صواريخ طالت الأحياء السكنية وجبهتها الشمالية.",
        [E("airstrike", Q("24", 24), PL("داريا", "Daraya", "Rif Dimashq", nth=1), "2016-06-08", "ناشطون", GOV,
           note="barrels are the figure (no dead numbered); the activists' next sentence comes back to the same "
                "barrels, so they are the source; the truce is background"),
         E("armed_clash", Q("عشرة", 10), PL("داريا", "Daraya", "Rif Dimashq", nth=1), "2016-06-08", "ناشطون", GOV,
           note="a storming attempt repelled: the clash happened (the regime attacked), its dead the figure"),
         E("shelling", Q("ثمانية", 8), PL("داريا", "Daraya", "Rif Dimashq", nth=1), "2016-06-08", None, GOV,
           note="rockets, an act of another kind added after the activists' report: the outlet (stop 30)")])

passage("lq13", "2017-02-07", "Syrian Mirror", "a prisoner exchange at Qalaat al-Madiq; the 2013 capture it answers "
        "| page: https://syrian-mirror.net/2017/02/07/إطلاق-سراح-عشرات-المعتقلات-في-عملية-تب",
        "خرجت اليوم الثلاثاء (7 شباط 2017) 55 امرأة وطفلاً من معتقلات النظام السوري ضمن عملية لتبادل الأسرى "
        "بينه وبين المعارضة، أُبرمت بعد مفاوضات بين «المؤسسة العامة لشؤون الأسرى» والجانب النظامي. وقال ناشطون "
        "إن الاتفاق قضى بإفراج النظام عنهم مقابل أن يتسلم نساء علويات كانت الفصائل قد أسرتهن في آب/أغسطس 2013 إبان "
        "معركة «أم المؤمنين عائشة» بالساحل السوري. وجرت المبادلة في قلعة المضيق غرب حماة بإشراف الهلال الأحمر، "
        "الذي تولّى نقل المفرج عنهن إلى مناطق المعارضة في الشمال، ونشرت المؤسسة صورهن على صفحتها في فيسبوك، شاكرة "
        "هيئة تحرير الشام وفصائل أخرى على جهودها.",
        [E("other", Q("55", 55), PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"), "2017-02-07", None, None,
           note="a prisoner exchange: one other event whose figure is the people it freed as first numbered (stop 30); "
                "the place comes from the later sentence; the thanks are no statement of news"),
         E("arrest", None, PL("الساحل السوري", "Syrian coast", None), "2013-08", "ناشطون", FSA,
           note="the recalled capture of Alawite women in August 2013, one act with a place and a month (stop 41); "
                "an abduction is an arrest; the coast is a multi-governorate region")])

passage("lq14", "2017-03-01", "Smart (via Microsyria)", "IS suicide attack near Palmyra, renewed clashes, strikes, an "
        "execution, and the day before's IS counter-attack | page: "
        "https://microsyria.com/2017/03/01/قتلى-للنظام-بعملية-انتحارية-لـتنظيم-ا",
        "قال مصدر محلي لوكالة «سمارت» اليوم الأربعاء إن عشرين عنصراً من قوات النظام قُتلوا بتفجير انتحاري نفّذه "
        "تنظيم «الدولة الإسلامية» قرب تدمر في ريف حمص الشرقي، موضحاً أن المهاجم فجّر نفسه بتجمع لتلك القوات عند "
        "قرية طرفة غربية، وسط اشتباكات بين الجانبين. وأضاف المصدر أن المعارك تجددت حول منطقة الدوة الغربية، فيما "
        "قصفت مقاتلات روسية ومروحيات النظام مناطق مثلث الموت والبيارات والدوة. وأفاد شهود بأن التنظيم أعدم "
        "مدنياً بالرصاص في غزيلة متهماً إياه بالتعاون مع القوات النظامية في مطار التيفور العسكري. أما أمس الثلاثاء "
        "فقد استرجع التنظيم مواقع فقدها سابقاً، بعد هجوم بعربة مفخخة على تجمع للنظام في سهل أبو الفوارس أعقبه "
        "اقتحام شارك فيه عشرات من عناصره، ودفع القوات النظامية من الدوة والبيارات والسهل إلى طرفة غربية.",
        [E("explosion", Q("عشرين", 20), PL("طرفة غربية", "Tarfa Gharbiya", "Homs"), "2017-03-01", "مصدر محلي", IS,
           note="a suicide bombing amid clashes: explosion with its dead; the village is finer than «قرب تدمر»"),
         E("armed_clash", None, PL("الدوة الغربية", "Al-Dawa al-Gharbiya", "Homs"), "2017-03-01", "مصدر محلي", None,
           note="renewed fighting, «وأضاف المصدر» carries the source"),
         E("airstrike", None, PL("مثلث الموت", "Muthallath al-Mawt", "Homs"), "2017-03-01", "مصدر محلي", RUS,
           note="Russian jets and regime helicopters on three areas, one act told for a list (group), placed at the "
                "first; the same sentence as the clash, so the same source"),
         E("casualties", None, PL("غزيلة", "Ghuzayla", "Homs"), "2017-03-01", "شهود", IS,
           note="an execution of one civilian: casualties, no figure; T4 airbase is where he allegedly collaborated, "
                "not the place"),
         E("territory_change", None, PL("الدوة", "Al-Dawa", "Homs", nth=2), "2017-02-28", None, IS,
           note="the day before: IS retook positions after a car bomb in the Abu al-Fawaris plain and an assault; "
                "one incident (the car bomb is its opening, folded in), placed at the first of the places the regime "
                "was pushed from; the recall «وكان» is the outlet's")])

passage("lq15", "2017-04-05", "Smart (via Microsyria)", "artillery on two places north-west of Hama, strikes on "
        "others, a recalled night strike | page: "
        "https://microsyria.com/2017/04/05/ضحايا-بقصف-مدفعي-للنظام-على-بلدة-وقرية",
        "سقط قتلى وجرحى مدنيون اليوم الأربعاء بقذائف مدفعية أطلقتها قوات النظام على بلدة وقرية إلى الشمال الغربي من "
        "حماة، وفق ما أعلنه المجلس المحلي لقلعة المضيق. وأوضح المجلس أن القصف أصاب قرية العميقة المجاورة لقلعة المضيق "
        "فقتل مدنيَّين اثنين، بينما أسعف الدفاع المدني عدداً من الجرحى إثر قصف مماثل على قلعة المضيق نفسها. وقال "
        "ناشطون إن مقاتلات يُعتقد أنها روسية أغارت على مدينة حلفايا في الريف الشمالي، وإن طائرات يُظن أنها للنظام "
        "ضربت طيبة الإمام ومعردس، دون خسائر بشرية. ويحدث ذلك على الرغم من وقف إطلاق النار المعلن أواخر كانون الأول "
        "2016. وكان ثلاثة مدنيين من أسرة واحدة قد قُتلوا ليل الاثنين – الثلاثاء بغارة يرجَّح أنها روسية استهدفت بلدة في "
        "ريف حماة، وفق ما نقل مراسل «سمارت» عن الدفاع المدني.",
        [E("shelling", Q("اثنين", 2), PL("العميقة", "Al-Amiqa", "Hama"), "2017-04-05", "المجلس المحلي لقلعة المضيق",
           GOV, note="«مدنيَّين اثنين»: the numeral is written, so 2 is the figure; Qalaat al-Madiq in the source's "
                     "name is the council's seat"),
         E("shelling", None, PL("قلعة المضيق", "Qalaat al-Madiq", "Hama", nth=2), "2017-04-05",
           "المجلس المحلي لقلعة المضيق", GOV,
           note="the same council goes on; wounded only, no figure"),
         E("airstrike", None, PL("حلفايا", "Halfaya", "Hama"), "2017-04-05", "ناشطون", RUS,
           note="«يُعتقد أنها روسية»: agent as suspected; no casualties"),
         E("airstrike", None, PL("طيبة الإمام", "Taybat al-Imam", "Hama"), "2017-04-05", "ناشطون", GOV,
           note="one act over two towns (group), placed at the first"),
         E("airstrike", Q("ثلاثة", 3), PL("ريف حماة", "Hama countryside", "Hama"), "2017-04-03", "الدفاع المدني", RUS,
           note="a recalled night strike (Monday night); the unnamed town leaves the region as the place; relayed by "
                "Smart's reporter, so the relayed body is the source (stop 34)")])

passage("lq16", "2018-05-05", "Al Jazeera", "evacuations from south Damascus: the second convoy arrives, a running total, "
        "the first and third convoys, the deal, fighting with IS | page: "
        "https://www.aljazeera.net/programs/newsreports/2018/5/5/دفعة-جديدة-من-مهجري-جنوب-دمشق-تصل-للشمال",
        "بلغت القافلة الثانية من المهجَّرين من جنوب دمشق ريف حلب الشمالي، ليتجاوز عدد من وصلوا من مدنيين ومقاتلين "
        "معارضين في اليومين الأخيرين ألفي شخص. وأُنزل القادمون من يلدا وببيلا وبيت سحم في مراكز إيواء مؤقتة بمنطقة "
        "عفرين، ويُتوقع أن يصل مجموع المغادرين من جنوب العاصمة إلى خمسة آلاف. وكانت القافلة الأولى، وقوامها ألف "
        "وخمسمئة شخص، قد دخلت الشمال يوم الجمعة، في حين انطلقت قافلة ثالثة من 60 حافلة. ويقضي اتفاق أُعلن الأحد "
        "الماضي بنقل الراغبين من المقاتلين والمدنيين شمالاً، وتسوية أوضاع من يبقى بعد تسليم سلاحه، بينما تستعر "
        "المعارك في الحجر الأسود ومخيم اليرموك اللذين يمثلان آخر معقلين لتنظيم الدولة جنوب العاصمة.",
        [E("other", None, PL("يلدا", "Yalda", "Rif Dimashq"), "2018-05-05", None, None,
           note="the second convoy's arrival (evacuation): placed where it came from (group over Yalda, Babbila, Beit "
                "Sahm), not at Afrin; no figure of its own"),
         E("other", Q("ألفي", 2000, None, True), PL("جنوب دمشق", "South Damascus", "Rif Dimashq"), None, None, None,
           kind="aggregate",
           note="a running total over two days («يتجاوز ... ألفي»: low 2000, open): it is more than the one numbered "
                "convoy, so an aggregate of its own; 5000 expected is future"),
         E("other", Q("ألف وخمسمئة", 1500), PL("جنوب دمشق", "South Damascus", "Rif Dimashq"), "2018-05-04", None,
           None, note="the first convoy, Friday; its origin is south Damascus"),
         E("other", Q("60", 60), PL("جنوب دمشق", "South Damascus", "Rif Dimashq"), "2018-05-05", None, None,
           note="the third convoy leaving: its only number is the buses"),
         E("agreement", None, PL("جنوب دمشق", "South Damascus", "Rif Dimashq"), "2018-04-29", None, None,
           note="the deal announced «الأحد الماضي»"),
         E("armed_clash", None, PL("الحجر الأسود", "Al-Hajar al-Aswad", "Damascus"), "2018-05-05", None, None,
           note="fierce fighting in two IS-held areas (group with Yarmouk camp); the text names no attacker")])

passage("lq17", "2018-05-22", "SY24 (relaying Reuters)", "IS surprise attack near Palmyra with SOHR's toll; the day "
        "before, IS leaves south Damascus | page: https://sy-24.com/14788",
        "هجوم لداعش يقتل العشرات من قوات النظام قرب تدمر\n"
        "لقي ما يزيد على 30 من عناصر القوات النظامية والمقاتلين الرديفين لها حتفهم في هجوم مفاجئ شنّه تنظيم «داعش» "
        "في البادية. ونسبت «رويترز» إلى المرصد السوري لحقوق الإنسان قوله إن 30 عنصراً على الأقل، بينهم مقاتلون من فصائل "
        "تدعمها إيران، قُتلوا وجُرح آخرون حين هاجم التنظيم موقعاً عسكرياً بجوار تدمر شرقي حمص. واستهل التنظيم الهجوم "
        "بسيارة مفخخة انفجرت في تجمع للنظام، ثم تسلّل مسلحوه من جيب يسيطرون عليه، وخسر خمسة من عناصره في المعركة. "
        "ويأتي ذلك بعد يوم من مغادرة آخر مسلحي التنظيم أحياء جنوب دمشق نحو حوض اليرموك في درعا وفق اتفاق مع النظام، "
        "الذي أعلن إثر ذلك بسط سيطرته على دمشق ومحيطها كاملاً لأول مرة منذ 2012.",
        [E("armed_clash", Q("ما يزيد على 30", 30, None, True), PL("تدمر", "Palmyra", "Homs"), "2018-05-22",
           "المرصد السوري لحقوق الإنسان", IS,
           note="an IS assault opened by a car bomb: one incident; no total of both sides, so the regime's dead (first "
                "numbered) are the figure, IS's five are no second event; the relayed body is the source (stop 34); "
                "no day in the text: published day"),
         E("other", None, PL("جنوب دمشق", "South Damascus", "Damascus"), "2018-05-21", None, IS,
           note="the evacuation of the last IS fighters the day before (recall, dated «بعد يوم»); the destination "
                "(Yarmouk basin) is not the place"),
         E("territory_change", None, PL("دمشق", "Damascus", "Damascus", nth=1), "2018-05-21", None, GOV,
           note="the regime's announced full control of the capital after the evacuation: a taking told as "
                "announced")])

passage("lq18", "2018-11-12", "Enab Baladi", "a car bomb in Jarablus; the city's past car bombs and its taking recalled "
        "| page: https://enabbaladi.net/262725/ضحايا-بانفجار-مفخخة-في-جرابلس-بريف-حلب",
        "قتيل وجرحى بسيارة مفخخة في جرابلس\n"
        "انفجرت سيارة مفخخة اليوم، الاثنين 12 تشرين الثاني، قرب مدرسة سليم الملا للأطفال والمستشفى العام في مدينة "
        "جرابلس شرقي حلب، فقُتل مدني وجُرح 13 آخرون في حصيلة أولى، بحسب ما نقله مراسل عنب بلدي بريف حلب، مضيفاً أن "
        "جريحين في حالة حرجة أُحيلا إلى مستشفيات تركية. ولم تعلن أي جهة مسؤوليتها حتى إعداد هذا الخبر. وشهدت جرابلس "
        "خلال الأشهر الفائتة تفجير عدد من السيارات المفخخة، نُسب أغلبها إلى «قوات سوريا الديمقراطية» التي تتهم "
        "بدورها فصائل «الحر» بإرسال مفخخات إلى مناطقها، وكان آخرها في القامشلي في شباط الماضي. وقد سيطرت فصائل "
        "الجيش الحر على المدينة كلياً في 24 آب 2016 إثر انسحاب تنظيم «الدولة الإسلامية».",
        [E("explosion", None, PL("جرابلس", "Jarablus", "Aleppo", nth=1), "2018-11-12", "مراسل عنب بلدي", None,
           note="one dead (singular, no figure), 13 injured (not the figure); unclaimed"),
         E("explosion", None, PL("القامشلي", "Qamishli", "Al-Hasakah"), "2018-02", None, None,
           note="the last car bomb the SDF blamed on the FSA, in Qamishli in February: a recalled act with a place "
                "and a month (stop 41); the months of car bombs in Jarablus are vague, no event"),
         E("territory_change", None, PL("جرابلس", "Jarablus", "Aleppo", nth=1), "2016-08-24", None, FSA,
           note="the recalled full taking of the city after IS withdrew, dated; «المدينة» is Jarablus")])

passage("lq19", "2019-06-26", "MMC (General Media Center)", "a Russian double-tap strike on a civil defence ambulance; "
        "a recalled strike on another ambulance | page: "
        "https://mmc-news.net/بغارة-مزدوجة-الطائرات-الروسية-تقتل-مت",
        "غارة روسية مزدوجة تقتل متطوعَين من الدفاع المدني في خان شيخون\n"
        "قُتل اليوم الأربعاء متطوعان في الدفاع المدني هما سليم الحسون وعامر قطيني، وجُرح اثنان من زملائهما، حين قصفت "
        "مقاتلة روسية مرتين متتاليتين سيارة إسعاف تابعة للفرق في مدينة خان شيخون جنوبي إدلب. وكانت الطائرات قد ضربت "
        "في البداية أحياء سكنية داخل المدينة، ثم عادت لتقصف المكان لحظة وصول المسعفين لإخلاء الجرحى. وقبل ستة أيام، "
        "في 20 حزيران 2019، استهدفت مقاتلة من طراز سوخوي 24 تابعة للنظام سيارة إسعاف لمنظمة «بنفسج» عند أطراف معرة "
        "النعمان، فقُتل ثلاثة مسعفين وأصيب ثلاثة آخرون.",
        [E("airstrike", None, PL("خان شيخون", "Khan Shaykhun", "Idlib", nth=1), "2019-06-26", None, RUS,
           note="a double-tap: the first strike on houses and the return on the rescuers are one incident; two dead "
                "as a dual noun and «مرتين» give no figure; the injured are not the figure"),
         E("airstrike", Q("ثلاثة", 3), PL("معرة النعمان", "Maarat al-Numan", "Idlib"), "2019-06-20", None, GOV,
           note="a recalled strike six days before, with its own date, place and dead; «سوخوي 24» is a model name")])

passage("lq20", "2019-08-06", "SY24", "a Russian strike on Khan Shaykhun after the truce ended; barrels on Morek; the "
        "campaign's toll | page: https://sy-24.com/?p=38399",
        "أغارت مقاتلة روسية اليوم الثلاثاء على مدينة خان شيخون جنوبي إدلب، فقُتل أربعة مدنيين وجُرح ثلاثة، وفق مراسل "
        "SY24 في إدلب، الذي أوضح أن الطائرة استخدمت صواريخ فراغية. وكانت أسر نازحة قد رجعت إلى المدينة قبل أيام عقب "
        "اتفاق لوقف النار بين النظام والمعارضة، غير أن النظام أعلن الاثنين الماضي إنهاء الهدنة واستئناف عملياته في "
        "إدلب، وشنّت مروحياته ومقاتلاته ضربات على ريفي حماة وإدلب، قُتل في إحداها أربعة مدنيين من أسرة واحدة "
        "ببراميل متفجرة ألقيت على مورك بالريف الشمالي لحماة. وأسفرت الحملة التي تخوضها القوات السورية والروسية منذ "
        "مطلع شباط الماضي عن أكثر من 1184 قتيلاً، منهم 328 طفلاً و25 من المسعفين والعاملين في المجال الإنساني، في محافظات حلب وحماة وإدلب، "
        "ودفعت مئات الآلاف إلى النزوح.",
        [E("airstrike", Q("أربعة", 4), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2019-08-06", "مراسل SY24 في إدلب",
           RUS),
         E("statement", None, PL("إدلب", "Idlib", "Idlib", nth=2), "2019-08-05", None, GOV,
           note="the regime announces the end of the truce and the resumption of operations: a stance/decision that "
                "is its own matter (stop 32), placed at the area it concerns; the truce and the families' return are "
                "background"),
         E("airstrike", Q("أربعة", 4, nth=1), PL("مورك", "Morek", "Hama"), "2019-08-05", None, GOV,
           note="barrels on Morek, one of the raids after the announcement (dated with it); the raids on the two "
                "countrysides in general are not coded apart (no place of their own)"),
         E("casualties", Q("أكثر من 1184", 1184, None, True), None, None, None, GOV, kind="aggregate",
           note="the campaign's toll since early February over three governorates (several kinds of act): "
                "casualties aggregate, period 2019-02 to publication; children and medics are the breakdown"),
         E("other", Q("مئات الآلاف", 200000, 900000, True), None, None, None, GOV, kind="aggregate",
           note="displacement by the same campaign: an other aggregate (vague number noun)")])

passage("lq21", "2019-11-27", "Al-Araby Al-Jadeed", "SNA and SDF fronts north of Aleppo; a blast toll raised; "
        "demining after a taking | page: https://aajsy.com/تجدّد-الاشتباكات-بين-\"الجيش-الوطني\"-و\"قسد\"-بريف-حلب",
        "عادت المواجهات بين «الجيش الوطني السوري» و«قوات سوريا الديمقراطية» (قسد) على جبهات ريف حلب الشمالي، بينما "
        "بلغت حصيلة التفجير الذي هزّ بلدة تل حلف غرب رأس العين أمس الثلاثاء 19 قتيلاً. وأفادت مصادر محلية بأن قتالاً "
        "عنيفاً يدور بين الطرفين على جبهة مرعناز، غداة اشتباكات مشابهة قرب مارع على محاور حربل والسيد علي وتل مالد "
        "استُخدمت فيها الرشاشات الثقيلة. وذكرت المصادر أن أربعة مقاتلين من «الجيش الوطني» ينحدرون من عندان وخامساً "
        "من حريتان قُتلوا أثناء صدّ تقدم لـ«قسد» على جبهة تويس قرب مارع. وفي ريف الرقة الشمالي، قال «الجيش الوطني» "
        "إنه نزع الألغام من قرية بير عيسى وقرى مجاورة استولى عليها قبل أيام بعد طرد «قسد» منها.",
        [E("armed_clash", None, PL("مرعناز", "Maranaz", "Aleppo"), "2019-11-27", "مصادر محلية", None,
           note="the renewed fighting of the lead is told in detail at Maranaz by local sources (source carried "
                "back)"),
         E("explosion", Q("19", 19), PL("تل حلف", "Tell Halaf", "Al-Hasakah"), "2019-11-26", None, None,
           note="a raised toll is the blast's own figure"),
         E("armed_clash", None, PL("حربل", "Harbal", "Aleppo"), "2019-11-26", "مصادر محلية", None,
           note="the day before near Marea on three axes (group: Harbal, al-Sayyid Ali, Tal Malid), placed at the "
                "first"),
         E("armed_clash", None, PL("تويس", "Tuwais", "Aleppo"), None, "مصادر محلية", SDF,
           note="an SDF advance repelled; «أربعة ... وخامساً» writes no total, so no figure (stop 34); the fighters' "
                "home towns are not the place; no day given"),
         E("territory_change", None, PL("بير عيسى", "Bir Issa", "Raqqa"), None, "الجيش الوطني", SNA,
           note="the taking «قبل أيام», told with the demining that followed (one event, stop 30), by the SNA")])

passage("lq22", "2020-02-04", "Nudem", "the army two kilometres from Saraqib: villages taken by two tellings "
        "| page: https://nudem.org/2020/02/04/سراقب-على-بعد-كيلو-مترين-من-تقدم-الجيش-ا",
        "أحرز الجيش السوري تقدماً لافتاً أمس الاثنين في ريف إدلب صار معه على مسافة كيلومترين من سراقب. فقد أعلنت "
        "وكالة سانا سيطرته على قريتي كدور ورويحة جنوبي المحافظة، في حين نقلت صحيفة «الوطن» عن مصادر في الميدان أن "
        "وحداته دخلت بلدة النيرب غرب سراقب والطريق الدولي حلب – اللاذقية، ثم عبرت إلى الجهة الأخرى من الطريق "
        "واستولت على بلدة الترنبة القريبة من المدينة. وأصبحت القوات الحكومية على بعد نحو ثمانية كيلومترات من "
        "الخطوط الدفاعية الأولى لمدينة إدلب، كبرى المدن التي لا تخضع للأسد، والواقعة تحت سيطرة «هيئة تحرير الشام» "
        "(النصرة سابقاً).",
        [E("territory_change", None, PL("كدور", "Kadour", "Idlib"), "2020-02-03", "وكالة سانا", GOV,
           note="two villages taken, one act told as a pair (group: Kadour, Ruwayha)"),
         E("territory_change", None, PL("النيرب", "Al-Nayrab", "Idlib"), "2020-02-03", "مصادر في الميدان", GOV,
           note="relayed by al-Watan: the relayed field sources are the source (stop 34)"),
         E("territory_change", None, PL("الترنبة", "Al-Tarnaba", "Idlib"), "2020-02-03", "مصادر في الميدان", GOV,
           note="a second taking after crossing the road («ثم»): its own place and act; a coder could group it with "
                "al-Nayrab. Distances are measures; Idlib city under HTS is a state")])

passage("lq23", "2020-02-27", "El-Watan (via Masress)", "some 60 villages taken in three days, the army's statement; a "
        "Turkish announcement of two soldiers killed | page: https://www.masress.com/elwatan/4607204",
        "أفادت مصادر سورية اليوم بأن القوات الحكومية أحكمت قبضتها على ريف إدلب الجنوبي بعد تقدمها في قرى وبلدات كثيرة كانت بيد فصائل "
        "تدعمها أنقرة. وبحسب المرصد السوري لحقوق الإنسان (مقره لندن)، استعادت القوات الحكومية قرابة 60 "
        "قرية وبلدة في جنوب إدلب وفي محافظة حماة المجاورة خلال الأيام الثلاثة الأخيرة. وقال الجيش في بيان أمس، نقلته "
        "«سكاي نيوز عربية»، إن جنوده انتزعوا في الأيام القليلة الفائتة عدداً من البلدات والقرى والتلال المشرفة بعد "
        "قتل كثيرين ممن وصفهم بالإرهابيين وقطع خطوط إمدادهم وتدمير مقارّ قيادتهم. وفي المقابل، أمس الأربعاء، أعلنت وزارة الدفاع "
        "التركية مقتل اثنين من جنودها وجرح اثنين آخرين بضربة جوية طالت قواتها في إدلب.",
        [E("territory_change", Q("قرابة 60", 60, approx=True), PL("ريف إدلب الجنوبي", "Southern Idlib countryside",
                                                               "Idlib"), None, "المرصد السوري لحقوق الإنسان", GOV,
           kind="aggregate",
           note="takings summed over three days (period 2020-02-24..26): one aggregate told by «مصادر سورية», the "
                "Observatory (which gives the figure, so named as source) and the army's statement (a third "
                "telling, no statement event); London is the Observatory's seat"),
         E("airstrike", Q("اثنين", 2), PL("إدلب", "Idlib", "Idlib", nth=2), "2020-02-26", "وزارة الدفاع التركية", None,
           note="two Turkish soldiers killed by an air strike, striker not named; the two injured are not the figure")])

passage("lq24", "2020-12-19", "Syria TV", "an SNA push near Manbij with Turkish artillery, told by SDF sources; mortars "
        "on two villages | page: https://www.syria.tv/الجيش-الوطني-السوري-يستهدف-قسد-بمحيط-منبج",
        "دارت مواجهات وصفت بالعنيفة بين «قوات سوريا الديمقراطية» (قسد) والجيش الوطني السوري عند جبهة التوخار الصغير "
        "شمال شرق منبج بريف حلب. وأبلغت مصادر في «مجلس منبج العسكري» التابع لـ«قسد» موقع تلفزيون سوريا أن "
        "فصائل من الجيش الوطني سعت إلى التقدم باتجاه القرية مساء أمس الجمعة، تحت غطاء من المدفعية التركية الثقيلة، "
        "وإن القتال تواصل حتى فجر اليوم السبت دون أن تعلن «قسد» عن إصابات في صفوفها أو بين المدنيين. وأضافت المصادر أن "
        "القاعدة التركية عند أطراف قرية عون الدادات شمالي منبج أطلقت قذيفتي هاون على قريتي ماصي وشمدان، وأن قوات "
        "النظام المنتشرة حول منبج منذ أن اتفقت مع «قسد» خلال تشرين الأول 2019 لم تتحرك من مواقعها.",
        [E("armed_clash", None, PL("التوخار الصغير", "Al-Tukhar al-Saghir", "Aleppo"), "2020-12-18",
           "مصادر في «مجلس منبج العسكري»", SNA,
           note="an SNA push on the village, fighting into the night; dated by «مساء أمس الجمعة»"),
         E("shelling", None, PL("التوخار الصغير", "Al-Tukhar al-Saghir", "Aleppo"), "2020-12-18",
           "مصادر في «مجلس منبج العسكري»", TUR,
           note="the Turkish heavy artillery covering the push: another actor's act, coded apart (a second coder might "
                "fold it into the clash)"),
         E("shelling", None, PL("ماصي", "Masi", "Aleppo"), "2020-12-19", "مصادر في «مجلس منبج العسكري»", TUR,
           note="two mortar shells (a dual, no figure) from the base at Aoun al-Dadat (the origin is not the place) "
                "on two villages (group), placed at the first; undated: published day. The regime's deployment "
                "since the October 2019 deal is a state")])

passage("lq25", "2021-09-26", "Al-Baath", "a settlement centre in the Yarmouk basin, SANA's telling "
        "| page: https://albaathmedia.sy/2021/09/26/تسوية-أوضاع-عدد-من-المسلحين-والمطلوبي",
        "تسوية في حوض اليرموك\n"
        "أجرت الجهات المختصة اليوم تسويات لعدد من الفارين من الجيش والمطلوبين وحاملي السلاح، من بلدات حوض اليرموك "
        "غربي درعا، في مركز افتُتح لهذا الغرض داخل مدرسة إعدادية للبنات في بلدة الشجرة، إتماماً لاتفاق التسوية الذي "
        "عرضته الحكومة. ونقلت «سانا» أن عشرات من هؤلاء قدموا اليوم من الشجرة وعابدين والقصير وجملة ونافعة وكويا وبيت "
        "آره إلى المركز لتسوية أوضاعهم، وسلّم بعضهم ما لديه من سلاح وعتاد إلى الجيش.",
        [E("other", Q("عشرات", 20, 90, True), PL("الشجرة", "Al-Shajara", "Daraa"), "2021-09-26", "سانا", GOV,
           note="a settlement of deserters, wanted men and gunmen: `other` as set 57 codes settlements; the centre "
                "(a school) is placed at its town; the villages listed are where the men came from; SANA's sentence "
                "comes back to the same settlement and gives its figure")])

passage("lq26", "2022-01-15", "Baladi News", "an assassination in eastern Daraa; a rights group's yearly tally with "
        "assassinations | page: https://baladi-news.com/ar/articles/80737/اغتيال-عنصر-سابق-في-الحر-انتقل-للعمل-مع-النظام-في-درعا",
        "اغتيال عنصر سابق في «الحر» التحق بميليشيا للأمن العسكري شرقي درعا\n"
        "قُتل يوم الجمعة 14 كانون الثاني/يناير أحد مقاتلي «الجيش السوري الحر» السابقين بعدما أطلق مجهولون النار عليه مباشرة "
        "في ريف درعا الشرقي، وفق «تجمع أحرار حوران» الذي سمّى القتيل حسان عودة الزعبي. وأوضح التجمع أن الزعبي أبرم "
        "تسوية ثم انضم إلى مجموعة محلية تعمل لحساب فرع الأمن العسكري في منطقة أم ولد، يقودها شخص يدعى مازن الخطيب. "
        "وبحسب التجمع، بلغت حصيلة القتلى في محافظة درعا طوال عام 2021 ما مجموعه 636 قتيلاً، منهم 306 مدنيين، كما وثّق 291 "
        "عملية ومحاولة اغتيال أودت بحياة 226 شخصاً من هذا المجموع، بينهم 131 مدنياً.",
        [E("armed_clash", None, PL("ريف درعا الشرقي", "Eastern Daraa countryside", "Daraa"), "2022-01-14",
           "تجمع أحرار حوران", UNK,
           note="an assassination by unidentified gunmen is an armed_clash (stop 30); one man, no figure; Umm Walad "
                "is where his militia works, not where he was shot"),
         E("casualties", Q("636", 636), PL("درعا", "Daraa", "Daraa", nth=2), None, "تجمع أحرار حوران",
           None, kind="aggregate",
           note="a yearly toll for the governorate (period 2021): aggregate; civilians are its breakdown"),
         E("armed_clash", Q("226", 226), PL("درعا", "Daraa", "Daraa", nth=2), None, "تجمع أحرار حوران", UNK,
           kind="aggregate",
           note="a yearly tally of one cause (291 assassinations and attempts, their dead the figure): its own "
                "aggregate of the cause's type (stop 32), though its dead sit inside the 636; a second coder could "
                "take it as that toll's breakdown")])

passage("lq27", "2022-08-16", "Syria TV", "a Turkish air strike on a regime post near Kobani; two tolls "
        "| page: https://syria.tv/مقتل-عناصر-من-قوات-النظام-السوري-بقصف-تركي-قرب-عين-العرب-فيديو",
        "قُتل وجُرح عدد من عناصر قوات النظام السوري اليوم الثلاثاء حين قصفت مقاتلة تركية موقعاً لهم على تلة جارقلي غرب "
        "عين العرب (كوباني) في ريف حلب الشمالي الشرقي. ونشر ناشطون على مواقع التواصل مقاطع تُظهر لحظة ضرب النقطة، بدت "
        "في أحدها سارية عليها علم النظام وأخرى تحمل العلم الروسي. وتباينت الأرقام حول الضحايا: فوكالة «هاوار» القريبة "
        "من «قوات سوريا الديمقراطية» قالت إن ثلاث غارات أودت بحياة 16 من عناصر النظام، بينما تحدث المرصد "
        "السوري لحقوق الإنسان عن 11 قتيلاً ونحو 8 جرحى، مرجحاً ارتفاع الحصيلة لأن بعض المصابين في حال خطرة.",
        [E("airstrike", Q("16", 16), PL("تلة جارقلي", "Jarqali hill", "Aleppo"), "2022-08-16", "وكالة «هاوار»", TUR,
           note="one strike told with two tolls: the first written (Hawar's 16) is the figure (stop 34), and Hawar is "
                "named as its source (the lead has none; the activists' videos come back to the strike too — a "
                "second coder could name them)")])

passage("lq28", "2023-09-06", "Syria TV", "the SDF claims Dhiban; local sources say fighting goes on; a mediation "
        "| page: https://syria.tv/بعد-وساطة-عشائرية-قسد-تعلن-سيطرتها-على-بلدة-ذيبان-فيديو",
        "قالت «قوات سوريا الديمقراطية»، المعروفة بـ«قسد»، اليوم الأربعاء إنها بسطت سيطرتها على بلدة ذيبان شرقي دير الزور إثر "
        "مواجهات مع مقاتلي العشائر، ونشرت حساباتها ما وصفته بلقطات مباشرة من البلدة التي تعد آخر معاقل العشائر ومقر "
        "إبراهيم الهفل شيخ قبيلة العكيدات. غير أن مصادر محلية أكدت لموقع تلفزيون سوريا أن القتال بين الطرفين لم "
        "يتوقف داخل أحياء ذيبان وحولها. ونقل ناشطون عن مصادر في «قسد» أن قواتها، بقيادة «وحدات حماية الشعب»، "
        "دخلت البلدة كاملة دون قتال بفضل وساطة قامت بها عشائر لم تسمّها. وكانت المعارك قد تجددت في ذيبان صباح اليوم "
        "بعد أن أخفقت «قسد» للمرة الثالثة في اقتحامها رغم تطويقها من كل الجهات.",
        [E("territory_change", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-09-06", "قوات سوريا الديمقراطية", SDF,
           note="the SDF's claim of the taking; the mediation telling (SDF sources via activists) is the same taking"),
         E("armed_clash", None, PL("ذيبان", "Dhiban", "Deir ez-Zor", nth=1), "2023-09-06", "مصادر محلية", SDF,
           note="the fighting with the tribes in and around Dhiban, renewed in the morning after a third failed "
                "storming: one day's clash at one place; the siege is a state")])

passage("lq29", "2023-10-06", "ARN News Centre", "a drone attack on the Homs military academy: a toll raised by SOHR, a "
        "minister's lower figure, ministries' vows | page: "
        "https://www.arnnewscentre.ae/ar/news/أخبار-عالمية/أكثر-من-100-قتيل-بهجوم-مسيّرات-على-كلية-عس",
        "أكثر من مئة قتيل في هجوم بمسيّرات على الكلية الحربية بحمص\n"
        "قال مصدر أمني وكذلك المرصد السوري لحقوق الإنسان إن 100 شخص على الأقل قُتلوا أمس الخميس حين ضربت طائرات مسيّرة "
        "مسلحة كلية حربية في حمص، بعد دقائق من انصراف وزير الدفاع السوري من حفل تخريج أقيم فيها. وقالت وزارة الدفاع "
        "في بيان إن الهجوم، الذي نسبته إلى «إرهابيين»، أوقع قتلى من المدنيين والعسكريين، وتوعدت هي ووزارة الخارجية "
        "في بيانين منفصلين بردّ حازم، وفق رويترز. وفي أحدث حصيلة له، أحصى المرصد 116 قتيلاً منهم 59 على الأقل من "
        "الضباط المتخرجين و30 مدنياً بينهم 18 امرأة وطفلة، إلى جانب 120 جريحاً، بينما قال وزير الصحة حسن الغباش "
        "للتلفزيون الرسمي إن القتلى 80 منهم ست نساء وستة أطفال، والجرحى قرابة 240.",
        [E("airstrike", Q("116", 116), PL("الكلية الحربية", "Military Academy", "Homs"), "2023-10-05",
           "المرصد السوري لحقوق الإنسان", None,
           note="an armed-drone attack: one event; the Observatory raises its own toll later, so the latest (116) is "
                "the figure (stop 34); the minister's 80 is another telling; unclaimed, the ministry's «إرهابيين» "
                "names no actor; graduates and civilians are the breakdown"),
         E("statement", None, PL("حمص", "Homs", "Homs", nth=1), "2023-10-05", "وزارة الدفاع", GOV,
           note="the defence and foreign ministries' vows of a strong response: a threat by named bodies (stop 32), "
                "one statement (two written statements of one stance); placed at the city it concerns")])

passage("lq30", "2024-02-28", "Enab Baladi", "Suwayda: security forces fire to disperse protesters at the settlement "
        "centre; two local pages' tellings | page: https://enabbaladi.net/689018/قوات-النظام-تطلق-النار-لتفريق-مظاهرة-ف",
        "فتحت الأجهزة الأمنية التابعة للنظام النار لتفريق محتجين حاولوا دخول صالة «السابع من نيسان» التي تضم مركز "
        "«التسويات الأمنية» في وسط السويداء، فأصيب متظاهران. وذكرت شبكة «السويداء 24» أن عشرات المحتجين احتشدوا اليوم، الأربعاء 28 "
        "شباط، قرب المركز رفضاً للتسوية الأمنية التي أطلقتها السلطات في المدينة، وأشارت في منشور آخر إلى إصابة شاب "
        "يدعى رامي الشوفي بجرح طفيف جراء إطلاق عشوائي للرصاص نحو المحتجين. أما صفحة «الراصد» فبثّت مقطعاً لمدني أصيب "
        "إصابة خفيفة قالت إنها ناجمة عن رصاصة مرتدة، مؤكدة أن العناصر أطلقوا رشقات في الهواء لا باتجاه المتظاهرين "
        "مباشرة.",
        [E("protest", Q("عشرات", 20, 90, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2024-02-28",
           "شبكة «السويداء 24»", PROT,
           note="a protest fired on: one protest event, the crowd («عشرات») its figure; the hall is a landmark placed "
                "at its city; the injured are not the figure; al-Rassed's account is another telling")])

passage("lq31", "2024-09-01", "SNHR", "a monthly report: civilians by perpetrator, torture deaths, massacres since "
        "January, attacks on facilities | page: https://media.snhr.org/?p=62299",
        "أحصت الشبكة السورية لحقوق الإنسان، في تقريرها الصادر اليوم الأحد، 57 قتيلاً مدنياً في أنحاء سوريا خلال آب/أغسطس الماضي، "
        "منهم 13 طفلاً و6 نساء، إضافة إلى ستة قضوا تحت التعذيب. ووفق التقرير، تسبب النظام السوري بمقتل 21 مدنياً، منهم "
        "6 أطفال و5 نساء، وهيئة تحرير الشام بمقتل مدني واحد، و«قسد» بمقتل 4 بينهم طفلان وامرأة، فيما قضى 31 بينهم 5 "
        "أطفال بأيدي أطراف أخرى. وجاءت دير الزور في المرتبة الأولى بنسبة 39% من الضحايا، تلتها درعا بنسبة 35%. ونسب "
        "التقرير ضحايا التعذيب كلهم إلى النظام، الذي ارتكب أيضاً مجزرتين ليرتفع عدد المجازر منذ مطلع 2024 إلى 11، "
        "ورصد 7 اعتداءات على منشآت مدنية حيوية، 5 منها من قبل النظام و2 من الفصائل المعارضة (الجيش الوطني).",
        [E("casualties", Q("57", 57), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the month's civilian toll (period 2024-08): perpetrators, children, women and governorates are its "
                "breakdown"),
         E("casualties", Q("ستة", 6), None, None, "الشبكة السورية لحقوق الإنسان", GOV, kind="aggregate",
           note="deaths under torture in August, «إضافة إلى»: outside the 57, so an aggregate of its own, all by the "
                "regime"),
         E("casualties", Q("11", 11), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="massacres since January 2024 (period 2024-01..08): a running count; the month's two («مجزرتين», a "
                "dual) are inside it"),
         E("other", Q("7", 7), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="attacks on vital civilian facilities in August, no kind of act named: an other aggregate; 5 and 2 are "
                "the breakdown by party")])

passage("lq32", "2024-12-01", "Khbr (relaying Al Arabiya)", "Tal Rifaat: SNA factions against the SDF as Aleppo falls; a "
        "road cut; SDF dead; a general mobilisation | page: https://khbr.me/news222634.html",
        "معارك في تل رفعت و«الإدارة الذاتية» تعلن النفير العام\n"
        "اشتعلت جبهات تل رفعت شمالي حلب بمعارك عنيفة، بالتزامن مع بسط «هيئة تحرير الشام» وفصائل مسلحة سيطرتها على معظم مدينة "
        "حلب عدا أحياء تخضع لـ«قوات سوريا الديمقراطية» (قسد). وقال رامي عبد الرحمن، الذي يدير المرصد السوري لحقوق الإنسان، "
        "للعربية/الحدث اليوم الأحد إن الفصائل الموالية لأنقرة تخوض قتالاً شرساً مع «قسد» على جبهات البلدة الخاضعة "
        "لها، لافتاً إلى وجود ما يزيد على 300 ألف نازح كردي في المنطقة. وأفاد مراسل القناة بأن الفصائل، التي تعمل "
        "تحت اسم «فجر الحرية» دون مشاركة الهيئة، قطعت الطريق الواصل بين منبج وتل رفعت، في خطوة تمهد لتطويق البلدة. وأعلنت «قسد» "
        "مقتل 3 من مقاتليها في معارك مع فصائل تدعمها تركيا غربي الفرات، بينما دعت «الإدارة الذاتية» إلى التعبئة "
        "العامة.",
        [E("armed_clash", Q("3", 3), PL("تل رفعت", "Tal Rifaat", "Aleppo"), "2024-12-01", "رامي عبد الرحمن", SNA,
           note="the Tal Rifaat fighting, told by the Observatory's director in the next sentence (source carried "
                "back); the SDF's three dead «غربي الفرات» in fighting with the same factions are taken as this "
                "clash's dead (a second coder could code them apart with no place); 300 thousand displaced is a "
                "state"),
         E("territory_change", None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2024-12-01", None, HTS,
           note="HTS and factions holding most of Aleppo city, told as the news's frame: coded as the taking (a "
                "second coder could read it as a state)"),
         E("territory_change", None, PL("منبج", "Manbij", "Aleppo"), "2024-12-01", "مراسل القناة", SNA,
           note="the road between Manbij and Tal Rifaat cut: a road between two places is placed at the first named "
                "(stop 30); the encirclement is an aim"),
         E("statement", None, None, "2024-12-01", "الإدارة الذاتية", SDF,
           note="the Autonomous Administration's call for a general mobilisation: a statement (stop 32)")])

passage("lq33", "2025-03-06", "Nabaa TV", "Jableh: some 15 security men killed, reinforcements, a curfew, clashes in the "
        "Latakia countryside, protests | page: https://nabaatv.net/archives/382426",
        "قُتل قرابة 15 عنصراً من الأمن العام التابع للإدارة السورية الجديدة بقيادة أحمد الشرع في مدينة جبلة التابعة لمحافظة "
        "اللاذقية، إثر مواجهات مع أهالٍ من المدينة، فسارعت الإدارة إلى إرسال تعزيزات إلى جبلة وريفها لإسناد عناصرها. "
        "وأوضح مصدر في وزارة الدفاع للتلفزيون السوري إن وحدات من «إدارة العمليات العسكرية» تحركت من حلب وإدلب وحماة "
        "وحمص نحو الساحل بعد حشد أغلب مقاتلي «العمليات الليلية». وفرضت إدارة الأمن العام في حمص وطرطوس حظر تجول من "
        "العاشرة مساء الخميس حتى العاشرة صباح الجمعة. وجاء ذلك بعد معارك عنيفة بعد ظهر الخميس بين مسلحين وعناصر من "
        "وزارة الدفاع في ريف اللاذقية، فيما خرجت في اللاذقية وطرطوس تظاهرات تضامناً مع سكان ريف جبلة تطالب بوقف سفك "
        "الدماء ومحاسبة المسؤولين، بحسب المصادر.",
        [E("armed_clash", Q("قرابة 15", 15, approx=True), PL("جبلة", "Jableh", "Latakia"), "2025-03-06", None, None,
           note="security men killed in clashes with residents: the text names no attacking force (no agent)"),
         E("reinforcement", None, PL("جبلة", "Jableh", "Latakia", nth=1), "2025-03-06", "مصدر في وزارة الدفاع", NEWGOV,
           note="reinforcements sent to Jableh and its countryside; the ministry source's next sentence comes back to "
                "them (units moving from four governorates toward the coast), so it is the source; the place is the "
                "destination (stop 41)"),
         E("statement", None, PL("حمص", "Homs", "Homs", nth=1), "2025-03-06", "إدارة الأمن العام", NEWGOV,
           note="a curfew decided by a named body: a decision, coded statement (stop 32); one decision for two "
                "cities (group: Homs, Tartus), placed at the first"),
         E("armed_clash", None, PL("ريف اللاذقية", "Latakia countryside", "Latakia"), "2025-03-06", None, None,
           note="the afternoon fighting between gunmen and the defence ministry, told by the writer's «وجاء ذلك بعد» "
                "(outlet); a second coder could take it for the Jableh clash"),
         E("protest", None, PL("اللاذقية", "Latakia", "Latakia", nth=2), "2025-03-06", "المصادر", PROT,
           note="solidarity protests in two cities (group: Latakia, Tartus), placed at the first")])

passage("lq34", "2025-08-26", "Shafaq News", "an Israeli incursion in northern Quneitra kills a civilian; a raid and "
        "an arrest in Suwaysa; earlier operations recalled | page: "
        "https://www.shafaq.com/ar/الشرق-الأوسط/سوريا-اعتقالات-و-توغلات-جديدة-للقوات-ال-سرا-يلية-بريف-القنيطرة",
        "توغلت القوات الإسرائيلية فجر اليوم الثلاثاء مجدداً في ريف القنيطرة الشمالي، ما أدى إلى مقتل مدني وجرح آخر، "
        "ونفذت مداهمات واعتقالات طالت منازل ومنشآت في جنوب سوريا. وبحسب مصادر سورية، داهمت القوات قرية سويسة جنوبي "
        "القنيطرة واعتقلت شاباً، وأطلقت قنابل إنارة في الأجواء وسط تحليق كثيف للمروحيات. ويأتي ذلك بعد عمليات سابقة، "
        "منها إعلان الجيش الإسرائيلي في 11 آب/أغسطس القبض على من سمّاه «تاجر أسلحة» أثناء توغل في المنطقة، وعملية "
        "أخرى في حزيران/يونيو عند مبنى محافظة القنيطرة في مدينة السلام انسحبت بعدها الدورية نحو قرية الحميدية.",
        [E("casualties", None, PL("ريف القنيطرة الشمالي", "Northern Quneitra countryside", "Quneitra"), "2025-08-26",
           None, ISR,
           note="a known force's incursion that killed a civilian (outside a protest): casualties by ACLED (stop 30); "
                "singular dead, no figure"),
         E("arrest", None, PL("سويسة", "Suwaysa", "Quneitra"), "2025-08-26", "مصادر سورية", ISR,
           note="a raid with one young man detained; flares and helicopters are part of it"),
         E("other", None, PL("مدينة السلام", "Madinat al-Salam", "Quneitra"), "2025-06", None, ISR,
           note="a recalled incursion near the governorate building with its own place and month (stop 41); an "
                "incursion without violence is `other`; al-Hamidiyah is where the patrol withdrew. Not coded: the "
                "11 August arrest of an «arms dealer» (a date but neither place nor figure of its own)")])

passage("lq35", "2025-11-05", "Arab Khabar", "an Israeli incursion with a checkpoint in Jubata al-Khashab (SANA); a "
        "Monday incursion recalled | page: https://www.arabkhabar.com/a/5183044",
        "عادت القوات الإسرائيلية اليوم الأربعاء إلى التوغل في محافظة القنيطرة بالجنوب الغربي من سوريا، بحسب الوكالة العربية "
        "السورية للأنباء (سانا)، التي أوضحت أن قوة من دبابتين و4 آليات عسكرية دخلت بلدة جباتا الخشب في ريف المحافظة "
        "ونصبت حاجزاً عند مدخل الكسارات على الطريق المؤدي إلى قرية عين البيضا في الريف الشمالي. ولم تعلّق الحكومة "
        "السورية فوراً على التوغل ونتائجه، وإن كانت دمشق تندد باستمرار بما تعدّه خرقاً لسيادتها. وكانت قوة إسرائيلية "
        "من 11 آلية عسكرية و4 دبابات قد دخلت يوم الاثنين قرى العجرف وأم باطنة والمشيرفة، وفتشت منازل فيها قبل أن "
        "تنسحب.",
        [E("other", None, PL("جباتا الخشب", "Jubata al-Khashab", "Quneitra"), "2025-11-05",
           "الوكالة العربية السورية للأنباء", ISR,
           note="an incursion with a checkpoint, no violence: `other`; the vehicles are no figure of the event; "
                "Damascus's habitual condemnations are no event"),
         E("other", None, PL("العجرف", "Al-Ajraf", "Quneitra"), "2025-11-03", None, ISR,
           note="the Monday incursion and house searches in three villages (group), placed at the first; recalled "
                "by the outlet («وكانت»)")])


def main() -> None:
    write("gold116.jsonl", P116)


if __name__ == "__main__":
    main()
