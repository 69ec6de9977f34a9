"""Build gold125.jsonl: fresh set 125 (ids lz01…), written in stop 43 by writer w125 BEFORE any run on it.

21 WHOLE-ARTICLE passages (a page's headline line, lead and details; 130-230 words each), each the paraphrase of
ONE real page found in the search tool's `pages` corpus (queried in Arabic), years 2011-2025, 21 outlets (Gulf and
Lebanese papers relaying agencies, Al Jazeera, SOHR relaying DW, Syria News relaying SANA, Al-Araby Al-Jadeed,
an SNHR annual toll, Micro Syria, Al-Alam, Rozana, Syria Noor, Syria TV, Al-Souria Net, Radio Alkul, Al-Hal, SKeyes,
Horan Free League, DW Arabic, Wadaq, Scoop Post). Every sentence was rewritten (no run of five words, names aside,
is shared with its page: checked by script against the page text, which was kept outside the repository); the
incidents, their order, places, figures, dates, sources, hedges, recalls and glued extras are the page's; private
people's names are invented. Each passage's `style` ends with the page's address.
The set is CLOSED until the next stop (fresh set: no helper reads it before its first run).
Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32, 34 and 41), and was
written before anything ran on the passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build125.py      # rewrites gold125.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P125: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P125.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("lz01", "2011-05-30", "Okaz (relaying AFP)",
        "whole article: a day's dead in two besieged towns, tanks around three places, a rights head's telling, a "
        "recalled Friday protest and a recalled death under torture | page: https://sauress.com/okaz/423226",
        "سبعة قتلى برصاص الأمن في الرستن وتلبيسة المطوقتين بالدبابات\n"
        "لقي سبعة مدنيين، من بينهم فتاة، حتفهم أمس في سوريا وأصيب كثيرون غيرهم بنيران قوات الأمن في بلدتي الرستن "
        "وتلبيسة القريبتين من حمص، واللتين يضرب الجيش طوقاً حولهما. وأفاد ناشط في مجال حقوق الإنسان، طلب إغفال اسمه، "
        "بأن القتلى السبعة سقطوا برصاص عناصر الأمن في البلدتين، ومنهم فتاة تدعى رغد العلي، موضحاً أن ما يزيد على مئة "
        "مصاب نُقلوا إلى المستشفيين الوطني والعسكري في حمص، ثالثة مدن البلاد التي تبعد 160 كيلومتراً إلى الشمال من "
        "دمشق، ثم حثّ على مواصلة الاحتجاجات كل يوم. وفي وقت أبكر، أبلغ الناشط الحقوقي ذاته وكالة فرانس برس بأن عشرات "
        "الدبابات أحاطت مع الفجر بالرستن وتلبيسة وبقرية دير معلا التي تتوسط حمص وحماة، وبأنها تغلق الطريق السريع "
        "بين المدينتين. أما رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان، فذكر في اتصال هاتفي أجري معه في "
        "لندن أن جنوداً انتشروا حول تلبيسة وباشروا حملات تفتيش فيها. وكانت تلبيسة قد شهدت مساء الجمعة الفائت "
        "مظاهرة كبيرة ضد النظام. وكان ناشطون قد دعوا عبر صفحة «الثورة السورية» على فيسبوك إلى الخروج نصرةً "
        "للفتى حمزة الخطيب البالغ 13 عاماً، الذي يقولون إنه مات تحت التعذيب بين أيدي الأجهزة الأمنية في درعا.",
        [E("casualties", Q("سبعة", 7, nth=1), PL("الرستن", "Al-Rastan", "Homs", nth=1), "2011-05-29",
           "ناشط في مجال حقوق الإنسان", GOV,
           note="security forces firing on the towns' people with no protest told: a known force firing on civilians "
                "outside a protest is casualties (stop 30, ACLED); one act over two towns, placed at the first (a "
                "second coder could group Talbiseh); the activist's sentence comes back to the lead's act, so he is "
                "its source; the hundred wounded are injured, never the figure"),
         E("reinforcement", None, PL("الرستن", "Al-Rastan", "Homs", nth=2), "2011-05-29",
           "الناشط الحقوقي ذاته", GOV,
           note="tens of tanks ring Rastan, Talbiseh and Deir Maala at dawn: a deployment coded reinforcement (as set "
                "73 je01), one act over three places placed at the first; tanks are no count of the contract's kinds, "
                "so no figure; SOHR's soldiers around Talbiseh and their searches are the same deployment told again "
                "(no event of their own, searches are no arrests)"),
         E("protest", None, PL("تلبيسة", "Talbiseh", "Homs", nth=4), "2011-05-27", None, PROT,
           note="recalled Friday protest in Talbiseh (background, stop 41: one act with a place); «الجمعة الفائت» "
                "before a Monday page is the 27th; no crowd numbered; the outlet tells it"),
         E("casualties", None, PL("درعا", "Daraa", "Daraa"), None, "ناشطون",
           GOV, note="recalled death under torture of Hamza al-Khatib (a public figure of 2011) in Daraa: a killing "
                     "with no fight is casualties; a singular, no figure; undated; the activists' call to protest is "
                     "no named body's statement, nor is the unnamed activist's call to keep protesting")])

passage("lz02", "2012-05-04", "Al-Akhbar (Lebanon)",
        "whole article: a university dorm stormed after a student protest (SOHR's toll against security sources'), "
        "then a campus protest dispersed and solidarity marches | page: "
        "https://al-akhbar.com/Arab/69214/قتلى-واعتقالات-تغلق-جامعة-حلب",
        "قتلى ومعتقلون في اقتحام السكن الجامعي بحلب\n"
        "حلب | دهمت أعداد كبيرة من عناصر الأمن فجر أمس السكن الجامعي في حلب وفتحت النار داخل الحرم، إثر مظاهرة "
        "طلابية واسعة طالب المشاركون فيها بسقوط النظام، فقُتل أربعة طلاب في الأقل وأصيب 28 غيرهم واعتُقل قرابة 200 "
        "طالب، وفق ما أورده المرصد السوري لحقوق الإنسان. غير أن مصادر أمنية سورية تحدثت عن قتيلين لا أكثر، أحدهما "
        "من مؤيدي النظام والآخر من معارضيه. ويُعدّ الهجوم على الجامعة آخر انتهاك لوقف إطلاق النار الذي فرضته الأمم "
        "المتحدة وبدأ سريانه منذ ثلاثة أسابيع. وانتشرت على الإنترنت مقاطع مصورة للاقتحام يظهر فيها شبان يهتفون ضد "
        "آل الأسد بينما يُطلق الرصاص نحوهم، كما نشر ناشطون صورة لشاب قالوا إنه لقي حتفه وثيابه مضرجة بالدم، ولقطات "
        "لمبنى السكن وقد اشتعلت فيه النار وتكسّر زجاجه، وأخرى لأشخاص يسحبون الأثاث من ممرات محطمة وسط صراخ الطلاب.\n"
        "وفي ساحة الجامعة تجمّع طلاب احتجاجاً على ما جرى في السكن، ففرّقتهم قوات الأمن بالغاز المسيل للدموع، بحسب "
        "المرصد. وسارت كذلك مسيرات تضامن مع الجامعة في عدة أحياء من حلب، ثانية كبرى المدن السورية، بعدما انتشرت "
        "أخبار الاقتحام بين سكانها، كما أفادت تنسيقيات المدينة.",
        [E("protest", Q("أربعة", 4, None, True), PL("حلب", "Aleppo", "Aleppo", nth=2), "2012-05-03",
           "المرصد السوري لحقوق الإنسان", PROT,
           note="fire on a student protest and the storming of the dorm: one protest event (stop 30); no crowd "
                "numbered, so the dead are the figure (in the least: open high); the dorm is a landmark placed at its "
                "city; the ~200 arrested and 28 wounded belong to the storming (as set 73 je03), no arrest event; the "
                "security sources' two dead are another telling, no event; «فجر أمس» on a Friday page is Thursday 3rd"),
         E("protest", None, PL("حلب", "Aleppo", "Aleppo", nth=2), "2012-05-04", "المرصد", PROT,
           note="a second protest, in the university square, dispersed with tear gas: placed at the city; undated, "
                "the item's news, so the publication day (stop 34); a coder could date it the 3rd"),
         E("protest", None, PL("حلب", "Aleppo", "Aleppo", nth=3), "2012-05-04", "تنسيقيات المدينة", PROT,
           note="solidarity marches in several quarters, no quarter named: one event at the city; the coordination "
                "committees close the sentence as its source; undated → publication day")])

passage("lz03", "2013-05-23", "Al Jazeera",
        "whole article: a battle raging, a spokesman's telling of three checkpoints taken, reinforcements, a new front, "
        "shelling sourced to the opposition | page: "
        "https://www.aljazeera.net/news/arabic/2013/5/23/احتدام-معارك-القصير-وجبهة-لحزب-الله",
        "معارك القصير تشتد وحزب الله يفتح جبهة قرب دمشق\n"
        "تصاعدت حدة القتال في مدينة القصير بريف حمص بين مقاتلي الجيش السوري الحر من جهة، وقوات النظام ومسلحي حزب "
        "الله اللبناني الذين يساندونها من جهة أخرى، تحت قصف كثيف سوّى أجزاء واسعة من المدينة بالأرض. وفي حين قال "
        "الثوار إنهم استرجعوا ثلاثة مواقع في ريف القصير وبعثوا بمؤازرة إلى رفاقهم المحاصرين فيها، شيّع الحزب مزيداً "
        "من مقاتليه وفتح جبهة جديدة في منطقة السيدة زينب بريف دمشق.\n"
        "وأكد هادي العبد الله، الناطق بلسان الهيئة العامة للثورة السورية، للجزيرة أن الحزب وقوات النظام عجزوا عن "
        "التوغل في القصير أو انتزاع أي نقطة جديدة فيها منذ أن بدأ هجومهم في أول الأسبوع. وأضاف أن الثوار باغتوا "
        "الحزب فانتزعوا منه ثلاثة حواجز في بلدة جوسية المجاورة، فتشتتت جهوده لاقتحام المدينة وخفّ الضغط عن عناصر "
        "الحر. وبرأي العبد الله، يتصدر الحزب القتال في القصير بنسبة 85%، ولا تتعدى حصة قوات النظام 15%.\n"
        "وصعّدت قوات النظام اليوم قصفها على أحياء القصير، فطال بيوت المدنيين ومتاجر وسط المدينة، التي تتعرض "
        "لهجوم واسع يشارك فيه مقاتلو الحزب وقادة إيرانيون، وفق مصادر معارضة، ما خلّف دماراً طال ثلثي المدينة.",
        [E("armed_clash", None, PL("القصير", "Al-Qusayr", "Homs", nth=1), "2013-05-23", None, GOV,
           note="the fighting in Qusayr (Hezbollah with the army): the item's news, dated by publication; the "
                "spokesman's «failed to advance» is the same fighting told by the other side"),
         E("territory_change", Q("ثلاثة", 3, nth=1), PL("جوسية", "Jusiyah", "Homs"), "2013-05-23",
           "هادي العبد الله", FSA,
           note="the lead's «three sites in the Qusayr countryside» and the body's «three checkpoints in Jusiyah» "
                "are one act: placed at Jusiyah, the figure the body's three (the number of checkpoints taken); the "
                "spokesman is the source; undated → publication day"),
         E("reinforcement", None, PL("القصير", "Al-Qusayr", "Homs", nth=1), "2013-05-23", "الثوار", FSA,
           note="rebels send reinforcements to those besieged inside the city: placed where the force is sent "
                "(stop 41)"),
         E("armed_clash", None, PL("السيدة زينب", "Sayyida Zaynab", "Rif Dimashq"), "2013-05-23", None, None,
           note="Hezbollah «opens a new front»: fighting at Sayyida Zaynab, the outlet's telling; Hezbollah has no "
                "actor constant, no agent; its funerals are no event"),
         E("shelling", None, PL("القصير", "Al-Qusayr", "Homs", nth=5), "2013-05-23", "مصادر معارضة", GOV,
           note="today's shelling of the town's quarters; the opposition sources close the sentence (stop 30); the "
                "85%/15% shares are a stance, no event")])

passage("lz04", "2015-02-02", "SOHR (relaying Deutsche Welle)",
        "whole article: air raids on several Daraa places with a toll, barrel bombs, a trend of advance, and raids on "
        "Douma | page: https://www.syriahr.com/براميل-النظام-السوري-توقع-عشرات-القت/96774/",
        "براميل النظام وغاراته تحصد عشرات القتلى والجرحى\n"
        "نفّذ الطيران الحربي التابع للنظام السوري سلسلة من الضربات على مناطق متفرقة، كان أعنفها في محافظة درعا، "
        "فسقط عشرات بين قتيل وجريح، في حين تحدث مرصد حقوقي عن تقدم لفصائل المعارضة في المحافظة.\n"
        "وذكر المرصد السوري لحقوق الإنسان، عبر رسالة بالبريد الإلكتروني اليوم الاثنين، الثاني من شباط/فبراير 2015، "
        "أن مقاتلات النظام شنّت أربع غارات على أحياء في بلدة جاسم بريف درعا، فقتلت 15 شخصاً في الأقل وجرحت 25 "
        "آخرين على أقل تقدير. وأشار المرصد كذلك إلى ضربات جوية طالت مدينة إنخل وبلدة سملين، وإلى براميل متفجرة "
        "ألقتها المروحيات على مدينة درعا وعلى قرية الدلي.\n"
        "وقال المرصد إن مقاتلي المعارضة يتقدمون على مهل لكن بثبات في المحافظة، وإن معظم ريفها الغربي، حيث تقع "
        "جاسم، صار خارج قبضة القوات الحكومية، لافتاً إلى أن إمداداتهم تصلهم عبر طريق مفتوح مع الأردن.\n"
        "وفي ريف دمشق، قضى ستة أشخاص بغارات شنتها طائرات حربية على دوما في الغوطة الشرقية، التي تطوقها قوات النظام "
        "منذ ما يزيد على عام، ورجّح المرصد، المقرب من المعارضة والذي يتخذ من بريطانيا مقراً له، ارتفاع عدد القتلى "
        "لوجود مصابين في حال خطرة.",
        [E("airstrike", Q("15", 15, None, True, nth=1), PL("جاسم", "Jasim", "Daraa"), "2015-02-02",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="four raids on Jasim with at least 15 dead (the figure is the dead, not the raids); the lead's "
                "«tens killed and wounded» sums the item's raids: no event of its own (stop 34)"),
         E("airstrike", None, PL("إنخل", "Inkhil", "Daraa"), "2015-02-02", "المرصد", GOV,
           note="raids on Inkhil and Samlin: one act over two places, placed at the first"),
         E("airstrike", None, PL("درعا", "Daraa", "Daraa", nth=2), "2015-02-02", "المرصد", GOV,
           note="barrel bombs on Daraa city and al-Dalli: one act over two places, placed at the city; the «slow "
                "advance» and the western countryside «out of the government's grip» are a trend and a state, no "
                "event; Jordan is a supply route, no place"),
         E("airstrike", Q("ستة", 6), PL("دوما", "Douma", "Rif Dimashq"), "2015-02-02", "المرصد", None,
           note="raids on Douma killing six; the observatory's clause in the same sentence comes back to them; "
                "«طائرات حربية» names no force: no agent; Britain is SOHR's seat, never a place")])

passage("lz05", "2015-11-29", "Syria News (relaying SANA)",
        "whole article: shells on many Damascus quarters, each told with its own wounded by a police source, an "
        "earlier multi-source telling, a death in Aleppo | page: https://www.syria.news/5441c5fd-29111512.html",
        "قذائف تصيب أحياء في دمشق وحلب وتوقع ضحايا\n"
        "أوقعت قذائف سقطت يوم الأحد على أحياء باب توما والعمارة والعدوي وعلى كلية الهندسة المعمارية في البرامكة "
        "بدمشق، وعلى حي الموكامبو في حلب، عدداً من الضحايا، بينما طالت قذائف أخرى مدينة الصنمين في درعا.\n"
        "وأفاد مصدر في قيادة الشرطة، في حديث لوكالة سانا، بأن قذيفة سقطت في حي العمارة فجرحت أربعة أشخاص وألحقت أضراراً "
        "بسيارتين، وأن رجلاً وامرأة أصيبا إصابات بالغة من جراء قذيفة في حي العدوي، فيما جُرح رجل بقذيفة أصابت باب "
        "توما. وتابع المصدر أن طالبتين جُرحتا حين أصابت قذيفة مبنى الكلية الذي لحقت به أضرار، وأن قذائف أخرى اقتصرت "
        "أضرارها على الماديات في ركن الدين والعباسيين والزبلطاني.\n"
        "وكانت مصادر متطابقة قد تحدثت في وقت أبكر من اليوم ذاته عن قذائف سقطت قرب السفارة الروسية في المزرعة، "
        "وفي أحياء ركن الدين وأبو رمانة والعدوي، وفي ساحة العباسيين وشارع الملك فيصل ومنطقة الجمارك.\n"
        "أما في حلب، فقد ذكرت سانا أن شخصاً قُتل وأصيب 11 آخرون بقذائف هوت على حي الموكامبو.",
        [E("shelling", None, PL("العمارة", "Al-Amara", "Damascus", nth=1), "2015-11-29", "مصدر في قيادة الشرطة", None,
           note="each quarter's shell is told with its own wounded: one event per quarter; wounded only, no figure "
                "(«قذيفة» is a singular); no one named as firing"),
         E("shelling", None, PL("العدوي", "Al-Adawi", "Damascus", nth=1), "2015-11-29", "مصدر في قيادة الشرطة", None),
         E("shelling", None, PL("باب توما", "Bab Touma", "Damascus", nth=1), "2015-11-29", "مصدر في قيادة الشرطة",
           None),
         E("shelling", None, PL("البرامكة", "Al-Baramkeh", "Damascus"), "2015-11-29", "مصدر في قيادة الشرطة", None,
           note="the faculty of architecture is a school-like landmark placed at its quarter (stop 28/29)"),
         E("shelling", None, PL("ركن الدين", "Rukn al-Din", "Damascus"), "2015-11-29", "مصدر في قيادة الشرطة", None,
           note="shells with damage only on three quarters: one act over a list, placed at the first"),
         E("shelling", None, PL("المزرعة", "Al-Mazraa", "Damascus"), "2015-11-29", "مصادر متطابقة", None,
           note="CALL: the earlier multi-source telling overlaps the police source's quarters (Rukn al-Din, Adawi, "
                "Abbasiyin are the same shells told again) but adds places (the Russian embassy in Mazraa, Abu "
                "Rummaneh, the customs area, King Faisal street): coded once, at the first new place; a coder could "
                "fold it into the events above"),
         E("shelling", None, PL("الموكامبو", "Al-Mocambo", "Aleppo", nth=1), "2015-11-29", "سانا", None,
           note="one killed (a singular: no figure), 11 wounded"),
         E("shelling", None, PL("الصنمين", "Al-Sanamayn", "Daraa"), "2015-11-29", None, None,
           note="shells on Sanamayn, told only in the lead by the outlet")])

passage("lz06", "2016-09-16", "Al-Araby Al-Jadeed",
        "whole article: the first death of a truce by snipers, wounded in a second quarter, a recalled Russian strike "
        "and a tally of breaches | page: "
        "https://alaraby.co.uk/news/حلب-سقوط-أول-قتيل-خلال-الهدنة-بقصف-لقوات-النظام",
        "حلب: أول قتيل منذ سريان الهدنة بنيران قوات النظام\n"
        "قُتل مدني وجُرح خمسة آخرون ليلة الخميس على الجمعة، حين استهدفت قوات النظام أحياء حلب المحاصرة بنيران "
        "القناصة والرشاشات الثقيلة، في انتهاك جديد للهدنة التي رعتها واشنطن وموسكو وبلغت يومها الرابع، ليكون أول "
        "قتيل تسجله هذه الأحياء منذ أن بدأ العمل بها مساء الاثنين الماضي.\n"
        "وأوضح الناشط الإعلامي سامر الحمدو لـ«العربي الجديد» أن قناصة النظام المنتشرين في حي الإذاعة أطلقوا رشقات "
        "عدة نحو حي الزبدية المحاصر في شرق المدينة، فقتلوا المدني كنان حداد وأصابوا ثلاثة آخرين بجروح خفيفة. "
        "وأضاف أن مدنيَّين آخرَين جُرحا حين استهدفت القوات ذاتها حي بستان القصر المحاصر بالرشاشات الثقيلة ورصاص "
        "القنص.\n"
        "وبحسب مصادر في المعارضة، لم تُسجَّل أي حادثة قتل قبلها منذ دخول الهدنة حيز التنفيذ، علماً أن قوات النظام خرقتها "
        "مرات عدة في أكثر من محافظة.\n"
        "وكانت غارات لطائرات حربية روسية قد أودت أمس الخميس بحياة ثلاثة مدنيين، بينهم طفلان، وخلّفت جرحى في قرية "
        "تبارة كلش الخاضعة لتنظيم «الدولة الإسلامية» في ريف حلب الشرقي. من جانبه، أحصى الائتلاف الوطني السوري المعارض "
        "84 انتهاكاً للهدنة من جانب قوات النظام في عدد من المحافظات.",
        [E("casualties", None, PL("الزبدية", "Al-Zebdiyeh", "Aleppo"), "2016-09-15", "سامر الحمدو", GOV,
           note="snipers of a known force firing on civilians, no protest: casualties (stop 30, ACLED); one killed "
                "(a singular: no figure); the sniper post in al-Idhaa is where fire came from, not the place; DATE "
                "CALL: «ليلة الخميس على الجمعة» → the 15th (the 16th is defensible)"),
         E("casualties", None, PL("بستان القصر", "Bustan al-Qasr", "Aleppo"), "2016-09-15", "سامر الحمدو", GOV,
           note="«وأضاف»: the same activist; two wounded, no figure"),
         E("airstrike", Q("ثلاثة", 3, nth=1), PL("تبارة كلش", "Tabarat Kalsh", "Aleppo"), "2016-09-15", None, RUS,
           note="Russian raids the day before, told by the outlet («وكان … قد»); the children are a breakdown. NOT "
                "CODED: the coalition's 84 breaches (a tally of acts of several kinds, no deaths: no event type fits; "
                "a second coder could code an aggregate) and the opposition sources' «first killing» (a comment)")])

passage("lz07", "2017-01-02", "Al-Ghad Al-Souri (relaying SNHR)",
        "whole article: a rights network's annual toll broken down by perpetrator, children, women and torture | page: "
        "https://www.alghadalsoury.com/2017/01/02/17-ألف-شهيد-مدني-في-سوريا-خلال-عام-2016/",
        "قرابة 17 ألف قتيل مدني في سوريا خلال 2016\n"
        "أحصت الشبكة السورية لحقوق الإنسان مقتل 16 ألفاً و913 مدنياً في سوريا خلال عام 2016، سقط معظمهم بنيران قوات "
        "الأسد والميليشيات الطائفية المساندة لها، ثم القوات الروسية وتنظيم «داعش».\n"
        "وحمّلت الشبكة، في تقرير نشرته أمس الأحد، قوات الأسد مسؤولية قتل 8736 مدنياً، منهم 1984 طفلاً و1237 "
        "امرأة، إضافة إلى 447 شخصاً على الأقل قضوا تحت التعذيب.\n"
        "وبحسب التقرير، قتلت القوات الروسية 3967 مدنياً، منهم 1042 طفلاً و684 امرأة، في حين قتلت الميليشيات الكردية "
        "146 مدنياً، منهم 24 طفلاً و23 امرأة. وسجّل التقرير كذلك مقتل 1528 مدنياً، 1510 منهم قضوا بيد «داعش»، "
        "ومن هؤلاء 258 طفلاً و213 امرأة، و18 قضوا بيد جبهة «فتح الشام».\n"
        "وأورد التقرير أن قوات التحالف الدولي قتلت 537 مدنياً، منهم 158 طفلاً و98 امرأة، كما وثّق مقتل 951 مدنياً "
        "آخرين، منهم 168 طفلاً و96 امرأة، إما غرقاً في قوارب الهجرة، وإما في تفجيرات عجزت الشبكة عن معرفة "
        "منفذيها، وإما بأيدي جماعات مسلحة لم تتمكن من تحديدها.\n"
        "ورأى معدّو التقرير أن القوات الروسية وقوات الأسد خرقت قواعد القانون الدولي لحقوق الإنسان التي تصون الحق في "
        "الحياة، مؤكداً أن الأدلة تُظهر أن ما يزيد على 90 بالمئة من الاعتداءات، واسعةً كانت أم فردية، استهدفت "
        "المدنيين.",
        [E("casualties", Q("16 ألفاً و913", 16913), PL("سوريا", "Syria", nth=1), "2016",
           "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="the year's civilian toll (period 2016-01..2016-12); the perpetrators' figures, children, women, "
                "torture deaths and the unknown-party 951 are its breakdown, never events (stop 34: a bare list with "
                "no act of its own); the headline's «قرابة 17 ألف» is the same figure rounded; the share of attacks "
                "on civilians is a judgement, no event")])

passage("lz08", "2017-03-27", "Micro Syria (relaying Al-Souria Net)",
        "whole article: a day's Russian raids with a toll told by a resident and a media centre, the day before's raids "
        "and shelling, raids on nearby villages | page: "
        "https://microsyria.com/2017/03/27/غارات-روسية-تمطر-جسر-الشغور-بريف-إدلب/",
        "غارات روسية كثيفة على جسر الشغور.. قتلى وعالقون تحت الركام\n"
        "استهدفت المقاتلات الروسية مدينة جسر الشغور في ريف إدلب بما يزيد على 12 غارة، قتلت ثلاثة مدنيين وأصابت "
        "آخرين، ما زال بعضهم محاصراً تحت الأنقاض.\n"
        "وقال مهند الحاج، وهو من سكان المدينة، لموقع «السورية نت» إن الضربات توزعت على عدد من الأحياء، واستُخدمت "
        "فيها صواريخ فراغية وأخرى عنقودية أحدثت دماراً واسعاً في المناطق السكنية. ولفت إلى أن المدينة تعرضت أمس "
        "أيضاً لعدد من الغارات، فضلاً عن قذائف مدفعية انطلقت من معسكر جورين في ريف حماة.\n"
        "أما «مركز جسر الشغور الإعلامي» فأعلن قبل قليل أن غارات اليوم وصلت إلى 12، وأنها خلّفت ثلاثة قتلى من "
        "المدنيين وعدداً من الجرحى، مضيفاً أن فرق البحث ما زالت تحاول الوصول إلى ثلاثة أطفال محتجزين بين الركام. "
        "ونشر المركز على صفحته في فيسبوك صوراً لمتطوعي الدفاع المدني وهم يعملون على انتشال العالقين، في ظل "
        "انقطاع الكهرباء وشح المعدات.\n"
        "وكانت القرى المحيطة بجسر الشغور قد تعرضت أمس لغارات عدة، نالت قرية الشغر الحصة الأكبر منها، إذ قُصفت "
        "بقنابل فوسفورية وصواريخ ارتجاجية.",
        [E("airstrike", Q("ثلاثة", 3), PL("جسر الشغور", "Jisr al-Shughur", "Idlib", nth=1), "2017-03-27", "مهند الحاج", RUS,
           note="today's raids with three dead (the dead win over the 12 raids); the resident's next sentence comes "
                "back to them (stop 30), so he is the source; the media centre's toll is the same event told again; "
                "the three children under the rubble are missing, not dead"),
         E("airstrike", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib", nth=1), "2017-03-26", "مهند الحاج", None,
           note="«أمس أيضاً»: raids on the city the day before, another day, another event; no force named"),
         E("shelling", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib", nth=1), "2017-03-26", "مهند الحاج", GOV,
           note="artillery fired from the Jurin camp (a regime base) on the city the day before: the camp is where "
                "fire came from, not the place; CALL: the regime is inferred from the camp, a coder could leave "
                "no agent"),
         E("airstrike", None, PL("الشغر", "Al-Shaghr", "Idlib"), "2017-03-26", None, None,
           note="raids on the surrounding villages the day before, placed at the one named (al-Shaghr); the outlet's "
                "recall («وكانت … قد»), so no source")])

passage("lz09", "2017-07-27", "Al-Alam",
        "whole article: a coalition toll in Raqqa, a running state of control, a recalled entry and a recalled seizure | "
        "page: http://www.alalam.ir/news/2000238/مقتل-30-مدنيا-في-الرقة-بغارات-التحالف-الأميركي",
        "ثلاثون قتيلاً مدنياً بغارات «التحالف» على الرقة\n"
        "لقي ثلاثون مدنياً على الأقل مصرعهم في سلسلة ضربات جوية نفذتها مقاتلات التحالف الذي تقوده الولايات المتحدة "
        "على مدينة الرقة، التي يتخذها تنظيم «داعش» معقلاً له في سوريا.\n"
        "وذكر المرصد السوري المعارض أن غارات التحالف الأميركي الناشط في سوريا والعراق أودت يوم الأربعاء بحياة ما "
        "لا يقل عن ثلاثين مدنياً، من بينهم ثمانية أطفال في الأقل، في المدينة الواقعة بشمال البلاد.\n"
        "وكان المرصد قد أعلن قبل ذلك أن «قوات سوريا الديمقراطية» التي تدعمها واشنطن باتت تبسط سيطرتها على نصف "
        "الرقة، ولم يمضِ شهران على دخول مقاتليها إليها، وذلك رغم المقاومة العنيفة التي يبديها التنظيم.\n"
        "وكانت هذه القوات قد اقتحمت الرقة يوم 6 حزيران/يونيو، بعد أشهر من القتال في محيطها، ومنذ ذلك الحين "
        "تتقدم من عدة جهات حتى أحكمت الطوق على قلب المدينة. وكان «داعش» قد انتزع السيطرة على الرقة مطلع عام "
        "2014، فغدت المدينة منذ ذلك الوقت مرادفاً للفظائع التي ارتكبها.",
        [E("airstrike", Q("ثلاثون", 30, None, True, nth=1), PL("الرقة", "Raqqa", "Raqqa", nth=1), "2017-07-26",
           "المرصد السوري المعارض", COAL,
           note="the lead's «ثلاثون على الأقل» (the first figure; the body's «ثلاثين» is the same) with SOHR's next "
                "sentence as its source (stop 30); «يوم الأربعاء» on a Thursday page is the 26th; eight children are "
                "a breakdown; Iraq is where the coalition also acts, no place"),
         E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa", nth=3), "2017-06-06", None, SDF,
           note="recalled entry of the SDF into Raqqa on 6 June (background, stop 41); the control of half the city "
                "is a state (no event) and the advance since then a process"),
         E("territory_change", None, PL("الرقة", "Raqqa", "Raqqa", nth=4), "2014", None, IS,
           note="recalled seizure of Raqqa by IS «مطلع عام 2014» (background; a year value, mod early)")])

passage("lz10", "2018-05-14", "Rozana FM",
        "whole article: an evacuation under way today, yesterday's convoy, a running total from another outlet, the "
        "deal recalled, glued 'read also' lines | page: "
        "https://www.rozana.fm/ar/news/2018/05/14/تواصل-تنفيذ-اتفاق-ريفي-حمص-الشمالي-وحماة-الجنوبي",
        "ريف حمص الشمالي: دفعات جديدة تغادر نحو إدلب\n"
        "يستمر خروج مقاتلي المعارضة ومعهم مدنيون من ريف حمص الشمالي وريف حماة الجنوبي نحو الشمال السوري، تطبيقاً "
        "لاتفاق توصل إليه النظام مع فصائل معارضة برعاية روسية، ويسمح لجيش النظام بالدخول إلى المنطقة.\n"
        "وأفادت وكالة «سانا» اليوم الاثنين بأن حافلات بدأت تدخل مدينة الرستن وقرية السمعليل شمالي حمص، "
        "لتنقل مقاتلين ومدنيين إلى إدلب.\n"
        "اقرأ أيضاً: انعقاد الجولة التاسعة من محادثات أستانا\n"
        "وكانت حافلات قد أقلّت أمس الأحد قرابة 1500 من المقاتلين والمدنيين من ريف حمص الشمالي وريف حماة الجنوبي في "
        "اتجاه إدلب، تحت إشراف الهلال الأحمر الروسي وبرعاية موسكو.\n"
        "ونقلت قناة «العالم» الإيرانية أن الدفعات الأربع التي غادرت الريفين حتى ختام يوم السبت الماضي ضمّت ما يزيد "
        "على 13700 شخص.\n"
        "اقرأ أيضاً: انتشار للشرطة العسكرية الروسية في جنوب دمشق\n"
        "وأُبرم الاتفاق يوم 1 أيار الحالي بين فصائل شمال حمص وجنوب حماة من جهة والنظام من جهة أخرى بضمانة "
        "روسية، ونصّ على إخراج المقاتلين ومن يرغب من المدنيين، على أن تدخل قوات النظام في المقابل.",
        [E("other", None, PL("الرستن", "Al-Rastan", "Homs"), "2018-05-14", "وكالة «سانا»", None,
           note="today's evacuation: buses entering Rastan and Samaaliyah to carry fighters and civilians (one act over "
                "two places, placed at the first); no figure; Idlib is the destination, not the place; SANA is the "
                "source named"),
         E("other", Q("قرابة 1500", 1500, approx=True), PL("ريف حمص الشمالي", "Northern Homs countryside", "Homs", nth=1),
           "2018-05-13", None, None,
           note="yesterday's convoy (a recall by the outlet, dated by «أمس الأحد»): placed at the first region named; "
                "the Russian Red Crescent supervises, no actor"),
         E("other", Q("ما يزيد على 13700", 13700, None, True), None, "2018-05-12", "قناة «العالم»", None,
           kind="aggregate",
           note="running total of the four convoys up to Saturday 12th (period 2018-05 .. 2018-05-12); «الريفين» names "
                "no place; it ends on Saturday, so Sunday's convoy lies beside it, not inside"),
         E("agreement", None, None, "2018-05-01", None, None,
           note="the deal recalled with its day (background); «شمال حمص وجنوب حماة» qualifies the factions, a coder "
                "could place it at northern Homs; the two «اقرأ أيضاً» lines are glued headlines, not coded")])

passage("lz11", "2018-07-20", "Syria Noor (relaying Al Arabiya and Anadolu)",
        "whole article: the first convoy from the south-west, an official agency and a loyal page, a hedged figure, "
        "the deal of the day before | page: https://syrianoor.com/article/21305",
        "القافلة الأولى من مهجّري درعا والقنيطرة تنطلق إلى الشمال\n"
        "انطلقت ظهر اليوم الجمعة أولى قوافل المهجّرين من محافظتي درعا والقنيطرة في الجنوب الغربي من سوريا، متجهة "
        "إلى الشمال السوري.\n"
        "وقالت وكالة الأنباء الرسمية «سانا» إن الحافلات جُهّزت في قرية أم باطنة بريف القنيطرة، على أن تغادر في "
        "قافلة واحدة نحو قرية نبع الصخر ثم تكمل إلى الشمال، في حين ذكرت صفحة «دمشق الآن»، المؤيدة للنظام، على فيسبوك أن ما "
        "يزيد على 50 حافلة عبرت ممر جبا في ريف القنيطرة لتحمل المقاتلين الرافضين للتسوية وعائلاتهم إلى الشمال.\n"
        "ولا يُعرف العدد الدقيق للمغادرين، وسط أنباء عن أن الدفعة الأولى تضم زهاء 2200 من الثوار وذويهم.\n"
        "وكانت فصائل الثوار قد عقدت أمس الخميس اتفاقاً مع النظام في القنيطرة يشبه الاتفاقات التي سبقته في الجنوب، "
        "يقضي بترحيل مقاتليها الذين يرفضون التسوية إلى إدلب في شمال البلاد وتسوية أوضاع من يختار البقاء. كما "
        "يقضي برجوع قوات النظام إلى مواقعها السابقة لعام 2011، أي إلى خط فض الاشتباك المتفق عليه مع إسرائيل "
        "عام 1974.\n"
        "(المصدر: العربية نت، الأناضول)",
        [E("other", Q("زهاء 2200", 2200, approx=True), PL("أم باطنة", "Umm Batna", "Quneitra"), "2018-07-20",
           "وكالة الأنباء الرسمية «سانا»", None,
           note="the evacuation convoy: placed at the village where it was made ready (SANA's next sentence comes "
                "back to the lead's convoy, stop 30); the figure is the hedged «زهاء 2200» (the 50 buses are not "
                "people); Nabaa al-Sakhr and Idlib are the route and destination"),
         E("agreement", None, PL("القنيطرة", "Quneitra", "Quneitra", nth=4), "2018-07-19", None, None,
           note="the deal of the day before (the outlet's recall); the 1974 disengagement line is background, no "
                "event; the closing agency names are the page's credit line")])

passage("lz12", "2018-08-12", "Syria TV",
        "whole article: several incidents in one district told by local activists: shelling, an anti-tank missile on "
        "a car, a body found, a mine, a recalled protest | page: "
        "https://www.syria.tv/content/ضحايا-بقصف-لـ-قوات-نظام-الأسد-على-قريتين-غرب-حماة",
        "ضحايا بقصف قوات النظام على قريتين غربي حماة\n"
        "سقط قتلى وجرحى من المدنيين اليوم الأحد، جراء قصف صاروخي ومدفعي نفذته قوات النظام على قرى في سهل الغاب، "
        "في الريف الغربي لحماة.\n"
        "وأفاد ناشطون محليون بأن مدفعية النظام الثقيلة في معسكر جورين استهدفت قرية زيزون، فقتلت طفلة وجرحت أربعة "
        "من المدنيين أُسعفوا إلى مركز طبي قريب.\n"
        "وتابع الناشطون أن عناصر النظام في حاجز المشاريع أطلقوا صاروخاً مضاداً للدروع من طراز «كورنيت» على سيارة "
        "كان يستقلها مدنيون على الطريق المؤدي إلى قرية السرمانية، فقُتل مدنيان اثنان، ينحدر أولهما من جسر الشغور "
        "وثانيهما من قرية مرج الزهور الواقعة في ريف إدلب.\n"
        "وبحسب الناشطين، عثرت فرق الدفاع المدني على جثة شاب في الحقول الزراعية لقرية زيزون، قالت إنه قُتل في قصف "
        "سابق استهدف القرية وكان في عداد المفقودين منذ ذلك الحين، في حين أصيب قرابة عشرة مدنيين بانفجار لغم كانت "
        "قوات النظام قد زرعته في وقت سابق في محيط قرية التوينة المجاورة.\n"
        "وكان عشرات المدنيين قد تظاهروا بجوار نقطة المراقبة التركية في جبل شحشبو، إلى الشمال الغربي من حماة، "
        "رفضاً لأي «مصالحة» مع النظام.",
        [E("shelling", None, PL("زيزون", "Zayzoun", "Hama"), "2018-08-12", "ناشطون محليون", GOV,
           note="one child killed (a singular: no figure), four wounded; the Jurin camp is where fire came from"),
         E("casualties", Q("اثنان", 2), PL("السرمانية", "Al-Sarmaniyah", "Hama"), "2018-08-12", "الناشطون", GOV,
           note="a regime checkpoint firing a Kornet at a civilian car: a known force firing on civilians, no fight "
                "(stop 30, ACLED: casualties); placed at the village whose road it was; the victims' home towns are "
                "not places; «وتابع الناشطون» is the source"),
         E("other", None, PL("زيزون", "Zayzoun", "Hama", nth=1), "2018-08-12", "الناشطين", None,
           note="a body found (other, as set 1 p11), killed by earlier shelling: the earlier shelling has no day nor "
                "figure of its own, not coded; the activists relay the civil defence"),
         E("explosion", None, PL("التوينة", "Al-Tuwayna", "Hama"), "2018-08-12", "الناشطين", GOV,
           note="a mine planted earlier by regime forces wounds about ten: wounded only, no figure; same sentence as "
                "the body found, so the same source; undated → the item's day"),
         E("protest", Q("عشرات", 20, 90, True), PL("جبل شحشبو", "Jabal Shahshabu", "Hama"), None, None, PROT,
           note="recalled protest («وكان … قد», no day: date null, stop 41) near a Turkish observation post; the crowd "
                "is the figure")])

passage("lz13", "2019-11-06", "SDU site (relaying Syria TV)",
        "whole article: Russian raids on two towns told by a TV reporter, a neighbouring village, a hospital destroyed "
        "overnight, the day before's raids | page: "
        "https://sdu.cesdworld.org/2019/11/06/ضحايا-مدنيون-بغارات-روسية-مكثفة-على-غر/",
        "غارات روسية مكثفة تقتل مدنيين في غرب إدلب وجنوبها\n"
        "لقي أربعة مدنيين مصرعهم وأصيب آخرون صباح اليوم في غارات جوية روسية طالت مدينة جسر الشغور في غرب محافظة "
        "إدلب وبلدة معرشورين في جنوبها.\n"
        "وقال مراسل تلفزيون سوريا إن ثلاثة مدنيين قضوا في غارات نفذتها المقاتلات الروسية على معرشورين القريبة من "
        "معرة النعمان في ريف إدلب الجنوبي.\n"
        "وشنّت طائرات حربية روسية وأخرى تابعة للنظام عدداً من الغارات على أحياء جسر الشغور، فقُتل مدني وجُرح "
        "7 آخرون، كما أصابت الضربات بلدة الكفير المجاورة وجرحت فيها ثلاثة مدنيين.\n"
        "ونشر ناشطون مقاطع مصورة تُظهر لحظة سقوط رشقة من الصواريخ على وسط جسر الشغور.\n"
        "وفي منتصف الليلة الماضية، دمّرت غارات روسية مستشفى الإخلاص المخصص للنساء والأطفال في شنان، إحدى قرى "
        "جبل الزاوية، تدميراً تاماً، وأصيب عدد من العاملين فيه.\n"
        "وكان ثلاثة أطفال من أسرة واحدة قد قُتلوا أمس وأصيبت أمهم بجروح، في غارتين شنتهما المقاتلات الروسية "
        "على الدار الكبيرة، البلدة الواقعة جنوبي إدلب.",
        [E("airstrike", Q("ثلاثة", 3), PL("معرشورين", "Maarshurin", "Idlib", nth=1), "2019-11-06",
           "مراسل تلفزيون سوريا", RUS,
           note="the lead's «four» is the sum of Maarshurin's three and Jisr's one: no event of its own (stop 34)"),
         E("airstrike", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib", nth=1), "2019-11-06",
           "مراسل تلفزيون سوريا", RUS,
           note="one killed (a singular: no figure); Russian and regime aircraft, Russia named first; the outlet's "
                "reporter carries over the item (stop 30)"),
         E("airstrike", None, PL("الكفير", "Al-Kafir", "Idlib"), "2019-11-06", "مراسل تلفزيون سوريا", RUS,
           note="the same raids reach the neighbouring village with its own wounded: coded apart (a coder could "
                "group it with Jisr)"),
         E("airstrike", None, PL("مستشفى الإخلاص", "Al-Ikhlas hospital", "Idlib"), "2019-11-05",
           "مراسل تلفزيون سوريا", RUS,
           note="a named hospital is a place of its own (stop 28/29), in Shnan; DATE CALL: «منتصف الليلة الماضية» on "
                "a Wednesday page → the night of the 5th (the 6th is defensible); wounded staff, no figure"),
         E("airstrike", Q("ثلاثة", 3, nth=2), PL("الدار الكبيرة", "Al-Dar al-Kabira", "Idlib"), "2019-11-05",
           "مراسل تلفزيون سوريا", RUS,
           note="the day before's two raids killing three children (recall «وكان … قد»: the reporter's exception "
                "carries his report over; a coder could name the outlet); the raids' «غارتين» is a dual, the dead "
                "win")])

passage("lz14", "2020-10-06", "Al-Souria Net",
        "whole article: a car bomb with two sources' first tolls, a glued social-media post and tweet, a recalled "
        "explosion | page: https://alsouria.net/عشرات-القتلى-والجرحى-في-انفجار-هز-مدين",
        "انفجار يهز مدينة الباب ويوقع عشرات القتلى والجرحى\n"
        "سقط عشرات المدنيين بين قتيل وجريح، اليوم الثلاثاء، جراء انفجار سيارة مفخخة في مدينة الباب، شرقي "
        "حلب.\n"
        "وأعلن «الدفاع المدني السوري» أن الانفجار الذي ضرب وسط المدينة بالقرب من جامع عثمان أوقع عدداً كبيراً من "
        "الضحايا، بلغ قتلاهم 14 في حصيلة أولى بينهم أطفال، مبيناً أن فرقه ما زالت تسعف المصابين.\n"
        "[منشور للدفاع المدني السوري على فيسبوك، الثلاثاء 6 تشرين الأول 2020: حصيلة أولى بمقتل 14 مدنياً وعشرات "
        "الجرحى، منهم أطفال، إثر تفجير سيارة مفخخة قرب…]\n"
        "من جهتها، قالت «شبكة أخبار المعارك» إن الانفجار حصد أرواح 18 شخصاً وجرح 40 آخرين في حصيلة أولى، وأشعل "
        "النيران في المباني والسيارات القريبة وألحق بها دماراً.\n"
        "وتناقل ناشطون على وسائل التواصل الاجتماعي تسجيلات مصورة وصوراً أولية للانفجار، وسط توقعات بأن ترتفع "
        "الحصيلة في الساعات القادمة.\n"
        "[تغريدة لناشط: دويّ انفجار ضخم في الباب بريف حلب، يرجَّح أن مصدره سيارة مفخخة قرب جامع عثمان بن عفان، "
        "والضحايا لم يُحصوا بعد]\n"
        "وكانت الباب قد عرفت يوم السبت الماضي انفجاراً مشابهاً أدى إلى مقتل 3 أشخاص وإصابة 7.",
        [E("explosion", Q("14", 14), PL("الباب", "Al-Bab", "Aleppo", nth=1), "2020-10-06", "«الدفاع المدني السوري»",
           None,
           note="one car bomb told by the civil defence (14 dead, the first figure written: stop 34), its glued "
                "Facebook post, a battle-news network (18 dead) and a glued tweet: one event; the mosque is a "
                "landmark placed at its town; the lead's «tens killed and wounded» is no figure; no one named"),
         E("explosion", Q("3", 3), PL("الباب", "Al-Bab", "Aleppo", nth=3), "2020-10-03", None, None,
           note="recalled similar explosion last Saturday (the 3rd before a Tuesday page): background with its own "
                "day and toll (stop 41); the outlet tells it")])

passage("lz15", "2021-06-13", "Radio Alkul",
        "whole article: Turkish shelling told by Anadolu's relay of Turkish security sources, the outlet's reporter "
        "doubting it, a drone strike and two days of shelling told by North Press, a recalled attack | page: "
        "https://radioalkul.com/?p=396571",
        "قصف تركي يطال مقرات الوحدات الكردية بتل رفعت\n"
        "لم يتضح إن كان القصف التركي على تل رفعت قد انطلق من الأراضي التركية أم من القواعد في ريف حلب\n"
        "استهدف الجيش التركي بالقصف مقرات تتبع «قوات سوريا الديمقراطية» داخل تل رفعت في ريف حلب، انتقاماً لقصفها "
        "مدينة عفرين أمس، والذي أودى بحياة 19 شخصاً وأصاب أكثر من 40.\n"
        "ونقلت وكالة الأناضول، اليوم الأحد 13 حزيران، عن مصادر أمنية تركية أن الجيش التركي قصف في تل رفعت ثلاثة "
        "مبانٍ يتخذها تنظيم «ي ب ك» مقرات له، و«حيّد» عدداً من عناصره، موضحة أن المدفعية هي التي استهدفت المواقع رداً "
        "على ما سمّته «الهجوم الإرهابي» على عفرين.\n"
        "ولم توضح مصادر الأناضول مصدر القصف، بينما أكد مراسلنا في حلب أنه لم يرصد اليوم أي قصف للجيش التركي من "
        "شمال حلب.\n"
        "في المقابل، قالت وكالة «نورث برس»، القريبة من الوحدات الكردية، إن طائرة مسيّرة تركية ضربت اليوم وسط تل رفعت "
        "وأطراف تلتها، ولم تُوقع ضحايا، بل أضراراً مادية فقط. وأضافت الوكالة أن قرى عقيبة وصوغانكة وأبين "
        "وزيارة وأطراف تل رفعت تتعرض منذ مساء أمس لقصف متقطع من الجيش التركي و«الجيش الوطني»، من دون أنباء عن "
        "ضحايا.",
        [E("shelling", None, PL("تل رفعت", "Tal Rifaat", "Aleppo", nth=3), "2021-06-13", "مصادر أمنية تركية", TUR,
           note="Turkey's artillery on three buildings used as HQs: the relayed Turkish security sources are the "
                "source (stop 34); three buildings are targets, not shells: no figure; «neutralised» fighters are "
                "no number; the reporter's doubt is not a denial by a body"),
         E("shelling", Q("19", 19), PL("عفرين", "Afrin", "Aleppo"), "2021-06-12", None, SDF,
           note="the SDF's shelling of Afrin the day before, given by the outlet as the cause (a recall with its day "
                "and toll); over 40 wounded are injured"),
         E("airstrike", None, PL("تل رفعت", "Tal Rifaat", "Aleppo", nth=4), "2021-06-13", "وكالة «نورث برس»", TUR,
           note="a Turkish drone on the town centre, no casualties: North Press's telling of another kind of act "
                "than Anadolu's artillery, coded apart (a coder could take it as the same Turkish strike)"),
         E("shelling", None, PL("عقيبة", "Aqiba", "Aleppo"), "2021-06-12", "الوكالة", TUR,
           note="intermittent shelling on a list of villages since the evening before (one act over a list, placed at "
                "the first); Turkish army and SNA together, Turkey named first; «وأضافت الوكالة»: North Press")])

passage("lz16", "2021-08-03", "Al-Hal Net",
        "whole article: talks stalled after a minister's threat, a night of shelling, a road blocked in solidarity, "
        "attacks on army posts in several towns, tribes' call to defect, a Russian delegation | page: "
        "https://7al.net/2021/08/03/تعثر-المفاوضات-في-درعا-ووزير-الدفاع-ال/ramez-h/news/",
        "درعا: تعثر المفاوضات بعد تهديد وزير الدفاع بالاقتحام\n"
        "عادت المفاوضات بين اللجان المركزية في درعا البلد والحكومة السورية إلى التعثر، خصوصاً بعدما لوّح وزير الدفاع "
        "علي أيوب باقتحام المنطقة، متمسكاً بشروط تشمل تسليم السلاح كله وتفتيش المنازل ونشر قوات داخل الأحياء "
        "المحاصرة في مدينة درعا.\n"
        "وخلال ليل الاثنين – الثلاثاء، استأنف الجيش السوري، تسانده ميليشيات موالية لإيران، قصف أحياء درعا البلد ومخيم "
        "درعا وحي طريق السد بقذائف الهاون والدبابات والمضادات الأرضية.\n"
        "وردّاً على ذلك، قطع شبان الطريق الدولي بين دمشق وعمّان بين بلدتي صيدا والغارية الغربية في الريف الشرقي، "
        "تضامناً مع درعا البلد. وهاجم مسلحون بأسلحة خفيفة مواقع الجيش في مدينتي نوى وداعل بالريف الغربي، وحواجز "
        "لفرع أمن الدولة وللأمن العسكري في مدينة الحارة، بينما استهدف آخرون «الكتيبة الإلكترونية» إلى الشمال منها.\n"
        "ومن جهتها، أصدرت عشائر درعا بياناً حضّت فيه العسكريين في القوات الحكومية بالمحافظة على الانشقاق وإلقاء "
        "السلاح، والامتناع عن مهاجمة الأحياء المحاصرة ولو بالعصيان.\n"
        "وكانت درعا البلد قد شهدت أمس الاثنين دخول وفد عسكري روسي إليها بغية استئناف التفاوض، تبعه اجتماع في حي درعا المحطة "
        "حضرته اللجان المركزية.",
        [E("statement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), None, "علي أيوب", GOV,
           note="the defence minister's threat to storm the area (a named official's threat, stop 32); told as the "
                "cause of the stalled talks, with no day: date null (stop 34)"),
         E("shelling", None, PL("درعا البلد", "Daraa al-Balad", "Daraa", nth=1), "2021-08-02", None, GOV,
           note="a night's shelling of three places (one act over a list, placed at the first); DATE CALL: «ليل "
                "الاثنين – الثلاثاء» → the 2nd (the 3rd is defensible); the Iran-backed militias are with the army"),
         E("protest", None, PL("صيدا", "Saida", "Daraa"), "2021-08-03", None, PROT,
           note="youths block the Damascus–Amman road between two towns in solidarity: a protest placed at the first "
                "town (road convention); undated → publication day"),
         E("armed_clash", None, PL("نوى", "Nawa", "Daraa"), "2021-08-03", None, UNK,
           note="gunmen attack army posts in Nawa and Dael (one act over two towns, placed at the first); undated → "
                "publication day; unidentified attackers"),
         E("armed_clash", None, PL("الحارة", "Al-Harra", "Daraa"), "2021-08-03", None, UNK,
           note="attacks on security checkpoints in al-Harra; the «electronic battalion» north of it is a third "
                "attack, below"),
         E("armed_clash", None, PL("الكتيبة الإلكترونية", "Electronic battalion (al-Harra)", "Daraa"), "2021-08-03",
           None, UNK,
           note="a named military site is the place itself (stop 28); CALL: a coder could fold it into al-Harra's "
                "attacks"),
         E("statement", None, PL("درعا", "Daraa", "Daraa", nth=6), "2021-08-03", "عشائر درعا", TRIBES,
           note="the tribes' statement calling soldiers to defect: a named body's call is a statement (stop 32), not "
                "a defection; undated → publication day. NOT CODED: the Russian delegation's visit and the meeting "
                "(talks, no event type)")])

passage("lz17", "2022-07-30", "SKeyes (relaying SNHR and Shaam Network)",
        "whole article: a rights network's record of arrests of journalists by the SDF, a second outlet's names, the "
        "charge | page: https://www.skeyesmedia.org/ar/News/News/30-07-2022/10171&countries=2",
        "حملة لـ«قسد» في الرقة تطال 16 بين صحافي وناشط إعلامي\n"
        "30/7/2022\n"
        "وثّقت «الشبكة السورية لحقوق الإنسان» بتاريخ 30 تموز/يوليو 2022 قيام دوريات أمنية تتبع «قوات سوريا "
        "الديمقراطية» (قسد) باعتقال 16 ناشطاً إعلامياً وصحافياً على الأقل، من بينهم امرأتان، بعد مداهمة الأماكن التي "
        "يوجدون فيها في مدينة الرقة بشمال شرق سوريا.\n"
        "ولم تكشف الشبكة الحقوقية في بيانها هويات المعتقلين، غير أن «شبكة شام الإخبارية» سمّت بعضهم، ومنهم موظف في "
        "مكتب الإعلام التابع للمجلس المحلي بالرقة يدعى فراس الحمد، ومحررة في وكالة محلية تدعى نور الجاسم، وآخرون "
        "يعملون أو عملوا في وسائل إعلام مقربة من «الإدارة الذاتية» وفي مكاتب إعلامية لمؤسسات تعليمية ومنظمات "
        "مدنية.\n"
        "وأشار بيان الشبكة إلى أن المحتجزين يعملون في مؤسسات إعلامية وجهات محلية متنوعة، وأن جهاز الاستخبارات "
        "التابع لـ«قسد» هو من نفّذ عمليات الاحتجاز، موضحاً أنهم يواجهون تهماً بالتجسس، ومشدداً على أن «قسد» "
        "تتحمل مسؤولية سلامتهم.",
        [E("arrest", Q("16", 16, None, True, nth=1), PL("الرقة", "Raqqa", "Raqqa", nth=1), "2022-07-30",
           "«الشبكة السورية لحقوق الإنسان»", SDF,
           note="one arrest campaign (at least 16, open high); the two women and the named detainees are a breakdown; "
                "DATE CALL: the network recorded the arrests on Saturday 30th, the raids' own day is not given; the "
                "Shaam network names people, it is no second telling of the act")])

passage("lz18", "2023-12-09", "Horan Free League",
        "whole article: a rocket strike on a city and two towns with a toll, a monthly tally from the civil defence, a "
        "recalled massacre | page: https://horanfree.com/archives/14696",
        "قتلى وجرحى بصواريخ النظام على مدينتي إدلب وسرمين\n"
        "تجمع أحرار حوران\n"
        "قتلت قوات النظام مساء اليوم السبت 9 كانون الأول عدداً من المدنيين، حين استهدفت بالصواريخ مدينتي إدلب "
        "وسرمين انطلاقاً من مواقعها في مدينة سراقب.\n"
        "وقالت مصادر محلية للتجمع إن راجمات الصواريخ التابعة لقوات النظام المتمركزة في سراقب ضربت المنطقة الصناعية "
        "وأحياءً سكنية في إدلب، وامتدت ضرباتها إلى بلدتي سرمين وآفس شرقي المحافظة، ما أدى إلى مقتل ستة أشخاص، "
        "منهم طفلان وامرأة، وإصابة ما يزيد على 33 آخرين، بعضهم في حال حرجة.\n"
        "ووفق الدفاع المدني السوري، أودت هجمات شنها النظام في تشرين الثاني بحياة 15 مدنياً، منهم 8 أطفال وامرأتان، "
        "وجرحت 57، منهم 14 طفلاً و5 نساء، فيما زاد عدد الهجمات التي شنها النظام وروسيا خلال الشهر على 100، "
        "غالبيتها قصف بالمدفعية والصواريخ.\n"
        "وكانت قوات النظام قد قتلت في 25 تشرين الثاني 10 مدنيين، منهم 7 أطفال وامرأة، في مجزرة طالت رجلاً وأسرته "
        "وشقيقته وأسرتها، حين قصفتهم بالمدفعية وهم يجنون الزيتون في حقول قرية قوقفين جنوبي إدلب.",
        [E("shelling", Q("ستة", 6), PL("إدلب", "Idlib", "Idlib", nth=1), "2023-12-09", "مصادر محلية", GOV,
           note="one rocket barrage over Idlib city, Sarmin and Afis, told with one toll: placed at the first (the "
                "city); Saraqib is where fire came from; children and a woman are a breakdown; the local sources' "
                "sentence comes back to the lead's act"),
         E("casualties", Q("15", 15), None, "2023-11", "الدفاع المدني السوري", GOV, kind="aggregate",
           note="the month's toll of regime attacks (period 2023-11) naming attacks of several kinds (mostly artillery "
                "and rockets): casualties (stop 32); the 100+ attacks, children and women are its parts; the 25th's "
                "massacre lies inside it but the total is over more than it (stop 34), so both are coded"),
         E("shelling", Q("10", 10, nth=1), PL("قوقفين", "Qawqafin", "Idlib"), "2023-11-25", None, GOV,
           note="recalled massacre by artillery on olive pickers on 25 November (background with a day and toll); "
                "the outlet's recall")])

passage("lz19", "2024-12-05", "DW Arabic",
        "whole article: a city taken, prisoners freed, the army's statement of redeployment and vow, SOHR's telling | "
        "page: https://amp.dw.com/ar/فصائل-المعارضة-المسلحة-تسيطر-على-رابع-أكبر-مدينة-في-سوريا/a-70972696",
        "فصائل المعارضة تنتزع رابع أكبر مدن سوريا\n"
        "5 كانون الأول 2024 – دخلت فصائل المعارضة المسلحة، التي تتزعمها هيئة تحرير الشام (المعروفة سابقاً بجبهة "
        "النصرة قبل أن تنفصل عن القاعدة)، مدينة حماة ذات الموقع الاستراتيجي وسط سوريا، والتي تصل حلب بدمشق، إثر "
        "معارك شرسة. وأعلنت الفصائل لاحقاً أنها أطلقت مئات المحتجزين من سجن حماة المركزي بعدما بسطت سيطرتها عليه "
        "أيضاً.\n"
        "واعترف الجيش السوري بفقدان المدينة في بيان اليوم الخميس 5 كانون الأول/ديسمبر 2024، صادر عن القيادة العامة "
        "للجيش ونشرته صفحة وزارة الدفاع على فيسبوك، جاء فيه أن «المجموعات الإرهابية» نجحت خلال الساعات الماضية، "
        "ومع احتدام المواجهات، في اختراق عدة محاور بالمدينة والدخول إليها، وأن الوحدات المرابطة فيها «أعادت "
        "انتشارها وتموضعها خارجها».\n"
        "وبرّر البيان ذلك بالحرص على أرواح سكان حماة وتجنيبهم المعارك داخل المدن، مؤكداً أن قيادة الجيش والقوات "
        "المسلحة «ستواصل أداء واجبها الوطني» في استعادة ما دخلته «التنظيمات الإرهابية» من مناطق.\n"
        "ومن جهته، ذكر المرصد السوري لحقوق الإنسان أن الفصائل دخلت حماة من عدة جهات عقب ليلة من الاشتباكات "
        "العنيفة، وأنها تخوض حرب شوارع داخلها.",
        [E("territory_change", None, PL("حماة", "Hama", "Hama"), "2024-12-05", None, HTS,
           note="the factions led by HTS take Hama: the outlet's lead; the army's «redeployment outside the city» and "
                "SOHR's entry «from several sides» are the same act told by others; the night's clashes and the "
                "street fighting are the taking's fighting, no event of their own"),
         E("other", Q("مئات", 200, 900, True), PL("سجن حماة المركزي", "Hama Central Prison", "Hama"), "2024-12-05",
           "الفصائل", HTS,
           note="prisoners freed from a prison (a listed site, the place itself); «مئات» is the figure; the factions "
                "announce it; CALL: a coder could leave it in the taking"),
         E("statement", None, PL("حماة", "Hama", "Hama"), "2024-12-05", "القيادة العامة للجيش", GOV,
           note="the army command's statement: its admission is the taking's other telling, its vow to retake the "
                "areas is a named body's stance (stop 32): one statement about Hama")])

passage("lz20", "2025-02-24", "Wadaq",
        "whole article: a shooting of a security car with children wounded, night protests, a recalled ambush | page: "
        "https://wadaq.sy/فيديو-مقتل-عنصر-أمن-عام-وإصابة-أطفال-ف",
        "فيديو.. مقتل عنصر في الأمن العام وجرح أطفال بهجوم لفلول النظام في اللاذقية\n"
        "ودق – 24 شباط 2025\n"
        "عاشت مدينة اللاذقية موجة جديدة من التوتر الأمني، إذ قُتل أحد عناصر الأمن العام وجُرح مدنيون، منهم "
        "أطفال، في هجوم نفّذه عناصر من بقايا النظام المخلوع استهدف سيارة كانوا يستقلونها في وسط المدينة.\n"
        "وذكرت مصادر محلية أن مسلحين هاجموا، مساء الأحد وفي شارع الجمهورية تحديداً، سيارة «بيك آب» عسكرية تتبع "
        "إدارة الأمن العام، فقُتل سائقها، وهو عنصر أمن يدعى وسيم الأحمد، وأصيب عدد من الأطفال كانوا إلى جانبه، "
        "يقول المصدر إنهم من أحفاده، ما أجّج الغضب في المدينة.\n"
        "وما إن شاع خبر الهجوم حتى خرج محتجون غاضبون ليلاً إلى شوارع اللاذقية، مطالبين بمعاقبة فلول النظام "
        "السابق وتعقّب عناصرها الذين يستهدفون الأمن والجيش.\n"
        "وتندرج الحادثة ضمن سلسلة هجمات تتعرض لها المحافظة منذ أن سقط الأسد في الثامن من كانون الأول الماضي، تكرر "
        "فيها استهداف عناصر الجيش والأمن العام. ففي مطلع شباط الجاري، وقعت دورية لإدارة الأمن العام في كمين "
        "بالقرب من بلدة المختارية بريف اللاذقية.",
        [E("armed_clash", None, PL("اللاذقية", "Latakia", "Latakia", nth=1), "2025-02-23", "مصادر محلية", LOYAL,
           note="gunmen of the old regime's remnants shoot a security car: an attack is an armed_clash (stop 30); one "
                "killed (a singular: no figure), children wounded; the street is a landmark placed at the city; "
                "«مساء الأحد» on a Monday page is the 23rd; the local sources' sentence comes back to the lead's act"),
         E("protest", None, PL("اللاذقية", "Latakia", "Latakia", nth=2), "2025-02-23", None, PROT,
           note="night protests after the news spread, the same evening; no crowd numbered"),
         E("armed_clash", None, PL("المختارية", "Al-Mukhtariyah", "Latakia"), "2025-02", None, None,
           note="recalled ambush on a patrol in early February (background with a place: stop 41; month value, mod "
                "early); no attacker named in this sentence; the fall of Assad on 8 December is context, not coded")])

passage("lz21", "2025-03-06", "Scoop Post",
        "whole article: simultaneous ambushes with a toll, an ambush near a town, reinforcements told twice (the "
        "second by a ministry source), sub-headlines | page: https://scoop-post.com/public/ar/post/8211/None",
        "ريف اللاذقية: هجمات منسقة تستهدف قوى الأمن\n"
        "بتصعيد أمني يبعث على القلق، نفذت فلول نظام بشار الأسد اليوم الخميس هجمات متزامنة على دوريات لقوى الأمن "
        "الداخلي ووزارة الدفاع في عدة مناطق بريف اللاذقية، فقُتل 7 من عناصر الأمن وجُرح آخرون، بينهم مصور لقناة "
        "الجزيرة أصيب بشكل مباشر في أثناء تغطيته.\n"
        "كمائن تستهدف الأمن العام والدفاع\n"
        "وقالت مصادر أمنية إن جماعات مسلحة موالية لفلول النظام نصبت كمائن لدوريات الأمن في جبلة واللاذقية وريفها، "
        "واستهدفت أيضاً سيارات إسعاف حاولت نقل الجرحى، في تصعيد خطير من هذه المجموعات المتحصنة في الجبال.\n"
        "وفي تطور لاحق، وقعت دورية لوزارة الدفاع في كمين قرب بلدة بيت عانا، فقُتل أحد عناصرها وأصيب آخرون، وسرعان "
        "ما أُرسلت تعزيزات عسكرية كبيرة إلى المنطقة لمساندة القوات الأمنية.\n"
        "استنفار وملاحقة للفلول\n"
        "وقال مصدر بوزارة الدفاع السورية إن تعزيزات ضخمة وُجّهت نحو جبلة وريفها لمساندة قوى الأمن الداخلي في "
        "التصدي للهجمات، مشيراً إلى أن الجيش سيساند قوات الأمن العام في ملاحقة فلول النظام.",
        [E("armed_clash", Q("7", 7), PL("ريف اللاذقية", "Latakia countryside", "Latakia", nth=1), "2025-03-06", "مصادر أمنية",
           LOYAL,
           note="the simultaneous ambushes: one event with the lead's toll (7), placed at the region the lead gives "
                "(the next sentence lists Jableh and Latakia for the ambushes, a coder could group them); the "
                "security sources' sentence comes back to it (stop 30); the ambulances are targets of the same "
                "attacks; the wounded cameraman is injured"),
         E("armed_clash", None, PL("بيت عانا", "Beit Ana", "Latakia"), "2025-03-06", None, LOYAL,
           note="an ambush on a defence patrol near Beit Ana, one killed (no figure): coded apart as a further "
                "incident («وفي تطور لاحق»); the attackers are the remnants of the item's context"),
         E("reinforcement", None, PL("جبلة", "Jableh", "Latakia", nth=1), "2025-03-06",
           "مصدر بوزارة الدفاع السورية", NEWGOV,
           note="reinforcements «to the area» and, in the ministry source's telling, to Jableh and its countryside: "
                "one reinforcement placed where it is sent (stop 41); the army's future support in pursuing the "
                "remnants is an unnamed source's word, no statement")])


def main() -> None:
    write("gold125.jsonl", P125)


if __name__ == "__main__":
    main()
