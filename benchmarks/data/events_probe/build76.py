"""Build gold76.jsonl: HELD-OUT set 76 (ids ka01…), written in stop 34 by writer w76 BEFORE any run on it.

36 SHORT EXCERPTS (45-90 words), each the paraphrase of ONE real news page found in the search tool's `pages`
corpus (queried in Arabic), 2011-2025, two or three pages a year, 36 outlets (DW, Al-Hayat, Al Arabiya, Al
Bawaba relaying Reuters, Jarasa News, RT Arabic, Al Jazeera, Al-Arab, Naharnet, Arabi21 relaying Anadolu, Elaph,
CNN Arabic, Al-Jarida, Khabar Agency, HuffPost Arabi, BBC Arabic, Euronews, Baladi News, Dar al-Hilal, Africa
Gate, Echorouk, Jisr TV, Snack Syrian, Watan FM, Al-Khaleej al-Jadeed, 180 News, Ultra Sawt, Arab Khabar, Aswat,
Radio al-Kul, Erem News, Lebanon24 and others). Subjects are mixed: protests fired on, clashes, air strikes and
barrels, missiles and shelling, car bombs, takings of ground, arrests and abductions, defections, an amnesty for
deserters, a settlement, evacuations, tolls, monthly tallies and statements. The pages were chosen where a
reader must choose: several numbers, several places, a relayed source, a toll told with its act, a recall with
its own day. The page's incidents, their order, places, figures (digits or words, as the page wrote them), dates
and day words, sources and the way they are relayed, hedges and background are kept; every sentence was
rewritten (no run of five words is shared with the page, checked by script against the page text, which was
kept outside the repository); private people's names are invented. Each passage's `style` ends with the page's
address. Where the page shows no date, the publication date was inferred from the events it reports (said in
`style`). Gold follows news_dev's README and the events_probe README's stop 28, 30 and 32 conventions; every call
is in its event's `note`. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build76.py      # rewrites gold76.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P76: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P76.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


# ---------------------------------------------------------------------------------------------------- 2011
passage("ka01", "2011-07-15", "DW Arabic (mirror)", "a Friday's dead told per city by a rights league, other "
        "sources' figures, a national toll, the wounded elsewhere "
        "| page: https://yingdouwang.com/dw/ar/قتلى-وجرحى-من-المتظاهرين-برصاص-قوات-الأمن-في-سوريا/a-15237918",
        "قتلى وجرحى بين المحتجين السوريين برصاص الأمن\n"
        "لقي سبعة متظاهرين حتفهم اليوم الجمعة الموافق 15 تموز/يوليو، حين فتحت قوات الأمن النار لتفريق احتجاجات في "
        "دمشق وإدلب ودرعا، وفق ما أعلنته الرابطة السورية لحقوق الإنسان على لسان عبد الكريم ريحاوي، الذي أوضح أن "
        "اثنين سقطا في حي القابون الدمشقي وثلاثة في إدلب واثنين في درعا، فيما أصيب 15 بجروح في الكسوة. ونقلت "
        "رويترز عن ناشطين أن قوات الأمن أردت في مدينة إدلب ثلاثة محتجين على الأقل، بينما أحصت لجان التنسيق "
        "المحلية، بحسب قناة الجزيرة، 16 قتيلاً في أنحاء البلاد.",
        [E("protest", Q("اثنين", 2), PL("القابون", "Qaboun", "Damascus"), "2011-07-15",
           "الرابطة السورية لحقوق الإنسان", PROT,
           note="FIGURE/SPLIT CALL: one act (fire on the day's protests) told for three cities, each with its own dead "
                "(2+3+2 = the seven of the lead): coded as three protest events with their own dead, the seven being "
                "their sum; «اثنين» is a numeral, not a dual noun. Source: the league, spoken by its member"),
         E("protest", Q("ثلاثة", 3), PL("إدلب", "Idlib", "Idlib", nth=1), "2011-07-15",
           "الرابطة السورية لحقوق الإنسان", PROT,
           note="the league's three in Idlib; Reuters' «at least three» in Idlib city is another telling of the same "
                "incident (no second event)"),
         E("protest", Q("اثنين", 2, nth=1), PL("درعا", "Daraa", "Daraa", nth=1), "2011-07-15",
           "الرابطة السورية لحقوق الإنسان", PROT, note="the league's two in Daraa"),
         E("protest", None, PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2011-07-15", "الرابطة السورية لحقوق الإنسان",
           PROT, note="15 wounded at Kiswa the same day: the injured are never the figure; the league's report goes on"),
         E("casualties", Q("16", 16), None, "2011-07-15", "لجان التنسيق المحلية", None, kind="aggregate",
           note="a national day toll told beside the protests: a casualties aggregate of its own (stop 30); relayed by "
                "Al Jazeera, the committees are the source")])

passage("ka02", "2011-11-07", "Al-Hayat (via Sauress)", "a monitor's Eid day toll with a place breakdown, a recalled "
        "toll of the day before, protests in the shelled city and in a list of towns "
        "| page: https://sauress.com/alhayat/326350 (published the day after the first day of Eid al-Adha 1432, "
        "inferred)",
        "سوريا: 11 قتيلاً في أول أيام الأضحى\n"
        "دمشق - «الحياة»، وكالات - أودى رصاص قوات الأمن أمس، وهو اليوم الأول من عيد الأضحى، بحياة 11 مدنياً على "
        "الأقل، تسعة منهم في حمص ومدنيان في مدينتي حماة وإدلب، وفق ما أعلنه المرصد السوري لحقوق الإنسان. وكان 13 شخصاً، أغلبهم "
        "من حمص أيضاً، قد قُتلوا في اليوم السابق. ورغم الحملة العسكرية التي تتعرض لها حمص منذ أسابيع، امتلأت معظم "
        "أحيائها بالمتظاهرين أمس. وعقب صلاة العيد، خرجت حشود تنادي بإسقاط النظام في مدينة حماة وطيبة الإمام وحلفايا "
        "واللطامنة.",
        [E("casualties", Q("11", 11, None, True, nth=1), None, "2011-11-06", "المرصد السوري لحقوق الإنسان", GOV,
           kind="aggregate",
           note="a day's toll over three governorates (nine in Homs and two in Hama and Idlib are its breakdown, inside "
                "the eleven, so no per-city event); «أمس» = the first day of Eid, the 6th; the headline «11» is the same "
                "figure; «على الأقل» after the noun opens the upper bound"),
         E("casualties", Q("13", 13), None, "2011-11-05", None, None, kind="aggregate",
           note="the day before's toll, a writer's recall «وكان … قد» (outlet); mostly but not only Homs, so no place"),
         E("protest", None, PL("حمص", "Homs", "Homs", nth=2), "2011-11-06", None, PROT,
           note="large protests in most of Homs's quarters yesterday, no crowd numbered, no source named (outlet); the "
                "military campaign on the city is background"),
         E("protest", None, PL("حماة", "Hama", "Hama", nth=1), "2011-11-06", None, PROT,
           note="one act (protests after the Eid prayer) told for a list of towns: placed at the first, Hama city; "
                "the monitor's sentence before tells deaths, another kind, so its source does not carry (outlet)")])

passage("ka03", "2011-11-13", "Al Arabiya (via a forum copy)", "an opposition body's day toll and call, a monitor's "
        "city toll beside shelling, shelling of a town, reported defections "
        "| page: http://www.samtah.net/vb/showthread.php?p=1413006&t=135494&viewfull=1",
        "سوريا: 23 قتيلاً والهيئة العامة للثورة تدعو إلى «التصعيد الثوري»\n"
        "قالت الهيئة العامة للثورة السورية إن 23 شخصاً سقطوا أمس السبت في مدن ريف دمشق ودرعا وإدلب، وفي اللاذقية "
        "وحماة وحمص، وأكثرهم في حمص. ودعت الهيئة عقب قرار الجامعة العربية إلى «التصعيد الثوري»، وأعلنت حداداً على "
        "ضحايا حمص مدته ثلاثة أيام. وبحسب المرصد السوري لحقوق الإنسان، قُتل في حمص أمس عشرة مدنيين، وتجدد القصف "
        "على تلبيسة وبابا عمرو والحولة. وفي حماة، تعرضت قلعة المضيق نهار أمس لقذائف المدفعية ونيران الرشاشات "
        "المضادة للطيران، وسط أنباء عن انشقاقات داخل مدينة حماة.",
        [E("casualties", Q("23", 23, nth=1), None, "2011-11-12", "الهيئة العامة للثورة السورية", GOV,
           kind="aggregate",
           note="a day's toll over six governorates naming no single act: casualties aggregate, no place; the headline "
                "«23» is the same figure"),
         E("statement", None, None, None, "الهيئة العامة للثورة السورية", None,
           note="STATEMENT CALL: the body's call for «revolutionary escalation» and its three days' mourning in Homs "
                "told as the item's news: one statement (a second coder could split the mourning, placed at Homs); "
                "the call has no day of its own"),
         E("shelling", None, PL("تلبيسة", "Talbiseh", "Homs"), "2011-11-12", "المرصد السوري لحقوق الإنسان", GOV,
           note="renewed shelling told for a list (Talbiseh, Baba Amr, Houla): placed at the first. FIGURE CALL: the "
                "monitor's ten dead in Homs sit inside the body's 23 (Homs had the most) and the text does not tie them "
                "to the shelling, so they are neither its figure nor an event apart; a second coder could give them to "
                "the shelling"),
         E("shelling", None, PL("قلعة المضيق", "Qalaat al-Madiq", "Hama"), "2011-11-12", None, GOV,
           note="artillery and anti-aircraft fire on the town during yesterday's day; no source in its sentence "
                "(outlet)"),
         E("defection", None, PL("حماة", "Hama", "Hama", nth=2), None, None, GOV,
           note="reported defections («أنباء عن») inside Hama city, no figure, no day; outlet")])

# ---------------------------------------------------------------------------------------------------- 2012
passage("ka04", "2012-05-30", "Mufakkirat al-Islam (via a forum copy)", "a checkpoint taken with soldiers captured, "
        "a coordinator's phone account, the answer shelling, a habit, fire on a protest relayed "
        "| page: https://droe.ahlamontada.com/t52-topic (the Wednesday after the Houla massacre, inferred)",
        "مفكرة الإسلام: أسر مقاتلو الجيش الحر اليوم الأربعاء خمسة عشر جندياً من قوات الأسد، رداً على مجزرة الحولة "
        "والقصف المتواصل على المحافظة. وقال وائل الدرويش، عضو اتحاد تنسيقيات الثورة في إدلب، لقناة «العربية» إن "
        "كتائب جبل الزاوية ضربت حواجز بلدة المغارة وانتزعت حاجزها كاملاً وأسرت قرابة 15 جندياً، وإن قوات النظام "
        "ردت بقصف عشوائي على القرى المحيطة بالحاجز. وأضاف أن عشرات الجنود يتركون حواجزهم في إدلب يومياً. وفي دمشق، "
        "أفادت لجان التنسيق المحلية، بحسب «الجزيرة»، بأن الأمن أطلق النار على متظاهرين في الحجر الأسود أمام "
        "المراقبين الدوليين.",
        [E("territory_change", Q("خمسة عشر", 15), PL("المغارة", "Al-Mugharah (Jabal al-Zawiya)", "Idlib"),
           "2012-05-30", "وائل الدرويش، عضو اتحاد تنسيقيات الثورة في إدلب", FSA,
           note="FIGURE CALL: a checkpoint taken and about 15 soldiers captured, no dead: the captives are the act's "
                "own count (as people detained); the lead's fifteen and the coordinator's «قرابة 15» are one telling "
                "(the lead written first). Source: the coordinator's sentence comes back to the same act (carried back "
                "over the outlet's colon opener); the Houla massacre is the motive, not an event"),
         E("shelling", None, PL("المغارة", "Al-Mugharah (Jabal al-Zawiya)", "Idlib"), "2012-05-30",
           "وائل الدرويش، عضو اتحاد تنسيقيات الثورة في إدلب", GOV,
           note="the answer shelling on the villages around the checkpoint (unnamed), placed at the checkpoint's town; "
                "told in the coordinator's own sentence («وإن قوات النظام ردت»)"),
         E("protest", None, PL("الحجر الأسود", "Al-Hajar al-Aswad", "Rif Dimashq"), "2012-05-30",
           "لجان التنسيق المحلية", PROT,
           note="fire on protesters, no toll in the passage; the committees are relayed by Al Jazeera; no day of its "
                "own (the item's day). Not coded: dozens of soldiers leaving their posts every day (a habit)")])

passage("ka05", "2012-07-27", "Al Bawaba (relaying Reuters)", "a week's detentions by rebels in a province and a "
        "city, a video's telling, a fighter's word to an agency "
        "| page: https://www.albawaba.com/ar/أخبار/الجيش-الحر-يعتقل-100-من-القوات-النظامية-والشبيحة-بحلب-435785",
        "الجيش الحر يحتجز عشرات من أنصار الأسد في حلب وإدلب\n"
        "قال المرصد السوري لحقوق الإنسان يوم الجمعة إن مقاتلي المعارضة احتجزوا خلال الأسبوع الجاري عشرات الضباط "
        "والجنود وعناصر الميليشيات الموالية للسلطة في محافظة إدلب وفي مدينة حلب، حيث تُرتقب معركة كبيرة. ويظهر في "
        "شريط بثه معارضون على يوتيوب مسلحون من «كتيبة التوحيد» يحرسون المحتجزين في باحة مدرسة، عرّف أحدهم نفسه "
        "بأنه عقيد وآخر بأنه رائد. وأكد مقاتل في الجيش الحر لرويترز أن المحتجزين بأمان، وقد نُقلوا إلى موقع لم "
        "يُكشف في ريف حلب.",
        [E("arrest", Q("عشرات", 20, 90, True, nth=1), PL("إدلب", "Idlib", "Idlib", nth=1), None,
           "المرصد السوري لحقوق الإنسان", FSA, kind="aggregate",
           note="AGGREGATE CALL: detentions summed over a week and two places (a province and a city): one aggregate "
                "placed at the first named; the video's detainees in Aleppo are part of it (a second coder could code "
                "an Aleppo incident). Their move to the countryside is no event")])

passage("ka06", "2012-11-25", "Jarasa News (via a blog copy)", "a border battalion's base stormed, an air base "
        "taken with captives, a checkpoint on a highway, a national toll "
        "| page: http://ahraralsham.blogspot.com/2012/11/blog-post_25.html",
        "الجيش الحر يستولي على مقر كتيبة نظامية عند الحدود مع الأردن\n"
        "جراسا نيوز - في سابقة هي الأولى من نوعها، اقتحمت كتيبة العمليات الخاصة التابعة للجيش السوري الحر في درعا "
        "مقر الكتيبة الرابعة للجيش النظامي عند حدود الأردن وسيطرت عليه. وفي ريف دمشق، قال ناشطون إن مقاتلي الحر "
        "انتزعوا مطار مرج السلطان ودمروا فيه دبابات ومروحيتين ومحطة رادار، وأسروا 15 جندياً. كما أعلن الجيش الحر "
        "أنه استولى على حاجز آخر من مجموعة حواجز الإيكاردا، على الطريق الدولي بين حلب ودمشق، فيما عدّ ناشطون أكثر "
        "من 80 قتيلاً في سوريا.",
        [E("territory_change", None, PL("الكتيبة الرابعة", "4th Battalion base (Jordanian border, Daraa)", "Daraa"),
           "2012-11-25", "كتيبة العمليات الخاصة", FSA,
           note="a named base is the place (stop 28); the battalion that stormed it is the only teller (its own claim); "
                "no day word: the item's day"),
         E("territory_change", Q("15", 15), PL("مطار مرج السلطان", "Marj al-Sultan airbase", "Rif Dimashq"),
           "2012-11-25", "ناشطون", FSA,
           note="FIGURE CALL: no dead; the 15 captured soldiers are the act's own count (as in ka04); the tanks, "
                "helicopters and radar destroyed are no figure"),
         E("territory_change", None, PL("الإيكاردا", "ICARDA (Tal Hadiya), Aleppo-Damascus highway", "Aleppo"),
           "2012-11-25", "الجيش الحر", FSA,
           note="a checkpoint of the ICARDA group on the highway: placed at ICARDA; the FSA announced it"),
         E("casualties", Q("أكثر من 80", 80, None, True), None, "2012-11-25", "ناشطون", None, kind="aggregate",
           note="a national day toll, no act named")])

# ---------------------------------------------------------------------------------------------------- 2013
passage("ka07", "2013-02-14", "RT Arabic", "a bus abducted on a road, the origin and the destination named, a "
        "hedged place and motive, a siege told as a state "
        "| page: https://arabic.rt.com/news/607738-مصادر_لروسيا_اليوم_اختطاف_حافلة_على_متنها_نساء_وأطفال_بريف_إدلب/",
        "مصادر: خطف حافلة تقل نساءً وأطفالاً في ريف إدلب\n"
        "ذكرت مصادر محلية لقناة «روسيا اليوم»، الخميس 14 شباط/فبراير، أن حافلة تحمل 48 راكباً، جلّهم من النساء "
        "والأطفال، خُطفت بينما كانت تنقلهم من كفريا والفوعة بريف إدلب نحو دمشق. وأوضحت المصادر أن الاتصال بالركاب "
        "انقطع بعد ساعة من خروجهم، ورجّحت أن مجموعة مسلحة استولت على الحافلة قرب سراقب لدوافع طائفية. وأضافت أن "
        "المسلحين يطوقون البلدتين ويمنعون رجالهما من مغادرتهما، وأن هذه أول حادثة من هذا النوع.",
        [E("arrest", Q("48", 48), PL("سراقب", "Saraqib", "Idlib"), "2013-02-14", "مصادر محلية", UNK,
           note="TYPE CALL: an abduction by an armed group coded as arrest (detention; ACLED abduction), as set 73 "
                "je33; a second coder could code other. PLACE CALL: the hedged place of the seizure (near Saraqib), "
                "not the origin (Kafriya and Fu'ah) nor the destination (Damascus). The siege of the two towns is a "
                "state, no event")])

passage("ka08", "2013-02-17", "Al Jazeera", "a mass defection told by the channel's reporter, a brigadier's "
        "background, a missile on a quarter last night relayed from the committees, clashes at air bases "
        "| page: https://www.aljazeera.net/news/arabic/2013/2/17/انشقاق-مئات-العسكريين-ومعارك-بحلب",
        "انشقاق مئات العسكريين ومعارك حول مطارات حلب\n"
        "ذكر مراسل الجزيرة أن 650 عسكرياً، من بينهم 50 ضابطاً، انشقوا في ريف دمشق بحماية لواء الإسلام، في حين "
        "احتدم القتال حول مطارات في محافظة حلب. ونقل عن عميد منشق أن كثيرين ينتظرون اللحظة الملائمة، لكن "
        "الاستخبارات تراقبهم وتصفّي من يُشتبه به. وذكرت لجان التنسيق المحلية أن صاروخاً من طراز «سكود» أصاب الليلة "
        "الماضية حي مساكن هنانو بحلب، فقتل شخصين وجرح العشرات. وأضاف المراسل أن اشتباكات دارت قرب مطار كويرس "
        "العسكري، وأخرى حول مطاري حلب الدولي والنيرب العسكري.",
        [E("defection", Q("650", 650), PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2013-02-17", "مراسل الجزيرة",
           GOV,
           note="the 50 officers are a breakdown; no day word (the item's day); Liwa al-Islam escorted them. The "
                "brigadier's words are background (a habit of the intelligence), no event"),
         E("shelling", None, PL("مساكن هنانو", "Masaken Hanano", "Aleppo"), "2013-02-16", "لجان التنسيق المحلية",
           GOV,
           note="a Scud (ballistic missile) coded shelling (missile attack), as sets 73 je06/je26; «شخصين» is a dual "
                "noun: no figure; «الليلة الماضية» → the 16th"),
         E("armed_clash", None, PL("مطار كويرس العسكري", "Kuweires military airbase", "Aleppo"), "2013-02-17",
           "مراسل الجزيرة", FSA,
           note="clashes told for a list of air bases: placed at the first; the channel's reporter files the whole "
                "item (his lead already told the fighting round the airports), so he is the source after the "
                "committees' sentence")])

passage("ka09", "2013-12-16", "Al-Arab (London)", "a raised toll of a day's barrels on three quarters, a monitor's "
        "breakdown, a media centre's telling "
        "| page: https://alarab.co.uk/قصف-بالبراميل-المتفجرة-على-أحياء-حلب",
        "براميل متفجرة على أحياء في حلب\n"
        "بيروت - ذكر المرصد السوري لحقوق الإنسان أن حصيلة الغارات التي شنها طيران القوات النظامية الأحد على مدينة حلب "
        "بلغت 22 قتيلاً على الأقل، منهم 14 طفلاً. وأوضح المرصد في رسالة إلكترونية أن الضحايا، وبينهم شاب في الثامنة "
        "عشرة وسبعة رجال، سقطوا بالبراميل المتفجرة التي ألقيت على الحيدرية وأرض الحمرا والصاخور شمال شرقي المدينة، "
        "مرجحاً أن يرتفع العدد لوجود مصابين في حالة حرجة. من جهته، تحدث مركز حلب الإعلامي عن براميل ألقتها المروحيات "
        "على أحياء عدة تسيطر عليها المعارضة.",
        [E("airstrike", Q("22", 22, None, True), PL("الحيدرية", "Al-Haydariyah", "Aleppo"), "2013-12-15",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="barrels over three quarters: one act placed at the first named; the children, the young man and the "
                "men are a breakdown; «الأحد» on a Monday page → the 15th; the media centre tells the same raids")])

# ---------------------------------------------------------------------------------------------------- 2014
passage("ka10", "2014-02-10", "Naharnet (relaying AFP and SANA)", "an evacuation of the day from a besieged "
        "quarter, the running count of the last three days, a truce extended, a meeting "
        "| page: https://www.naharnet.com/stories/ar/118041-الهلال-الاحمر-السوري-اخراج-حوالى-300-شخص-من-الاحياء-المحاصرة-في-حمص-الاثنين",
        "الهلال الأحمر: إخراج نحو 300 شخص من أحياء حمص المحاصرة\n"
        "أعلن الهلال الأحمر العربي السوري في تغريدة أن 300 شخص غادروا اليوم الاثنين الأحياء المحاصرة في حمص "
        "القديمة، بعدما أكد أحد مسؤوليه لفرانس برس أن الإجلاء مستمر وأن الهدنة مُدّدت. ويأتي ذلك تطبيقاً لاتفاق "
        "بين السلطات ومقاتلي المعارضة برعاية أممية، أتاح في الأيام الثلاثة الفائتة خروج مئات المدنيين. وقال ناشطون "
        "إن الهدنة التي كان يُفترض أن تنتهي مساء الأحد مُددت 72 ساعة، فيما ذكرت «سانا» أن المحافظ طلال البرازي بحث "
        "مع ممثل الأمم المتحدة يعقوب الحلو إخراج مزيد من المحاصرين.",
        [E("other", Q("300", 300, nth=1), PL("حمص القديمة", "Old Homs", "Homs"), "2014-02-10",
           "الهلال الأحمر العربي السوري", None,
           note="an evacuation (other); the headline's «نحو 300» is the same figure; the organisation's tweet is the "
                "source"),
         E("other", Q("مئات", 200, 900, True), PL("حمص", "Homs", "Homs"), None, None, None, kind="aggregate",
           note="AGGREGATE CALL: the hundreds evacuated over the three days before, under the UN-brokered deal: a "
                "running count with a period (the 7th to the 9th), beside today's 300 and not inside it; told by the "
                "outlet («ويستند ذلك» is the writer's frame)"),
         E("agreement", None, PL("حمص", "Homs", "Homs"), None, "ناشطون", None,
           note="TYPE CALL: the truce extended by 72 hours, as activists said: an agreement (the deal itself is the "
                "frame, not dated); no day of its own (it was to end Sunday evening). A coder who codes violence only "
                "would leave it out. The governor's meeting with the UN is no event")])

passage("ka11", "2014-07-01", "Arabi21 (relaying Anadolu)", "a rights network's monthly tally with a breakdown, "
        "deaths under torture, a monitor's running total since 2011 "
        "| page: https://arabi21.co.uk/story/759361/منظمة-حقوقية-مقتل-10-أطفال-سوريين-يوميا",
        "وثّقت الشبكة السورية لحقوق الإنسان، في تقرير أصدرته اليوم الثلاثاء، أن قوات النظام قتلت 1732 مدنياً خلال "
        "شهر حزيران/يونيو المنصرم، بينهم 293 طفلاً، أي ما يعادل عشرة أطفال كل يوم. وأضافت الشبكة، في التقرير الذي "
        "وصلت نسخة منه إلى مراسل الأناضول، أن 166 امرأة على الأقل بين الضحايا، وأن 300 شخص على الأقل لفظوا أنفاسهم "
        "تحت التعذيب في المعتقلات. وبحسب المرصد السوري لحقوق الإنسان، تخطى عدد قتلى النزاع منذ آذار/مارس 2011 حاجز "
        "160 ألفاً.",
        [E("casualties", Q("1732", 1732), None, None, "الشبكة السورية لحقوق الإنسان", GOV, kind="aggregate",
           note="June's tally (period 2014-06); children and women are its breakdown"),
         E("casualties", Q("300", 300, None, True), None, None, "الشبكة السورية لحقوق الإنسان", GOV, kind="aggregate",
           note="FIGURE CALL: deaths under torture in June, coded as an aggregate of their own: the text does not say "
                "they sit inside the 1732 (a second coder could take them as a breakdown)"),
         E("casualties", Q("160 ألفاً", 160000, None, True), None, None, "المرصد السوري لحقوق الإنسان", None,
           kind="aggregate",
           note="the monitor's running total since March 2011; «تخطى … حاجز» opens the upper bound")])

passage("ka12", "2014-08-14", "Elaph (relaying SOHR)", "villages taken with the battles' dead, captives, a recalled "
        "taking the day before with its own toll and breakdown "
        "| page: https://elaph.com/Web/News/2014/8/931652.html (dated by its address and the Wednesday it recalls, "
        "inferred)",
        "بيروت: قال المرصد السوري لحقوق الإنسان إن تنظيم الدولة الإسلامية أحرز تقدماً كبيراً في ريف حلب، وأخرج "
        "مسلحي المعارضة من قرى عدة في معارك أوقعت 52 قتيلاً. وأوضح أن التنظيم استولى على قرية أرشاف وبلدة دابق في "
        "الريف الشمالي في معركة سمّاها «الثأر للعفيفات»، وخسر 12 مقاتلاً على الأقل، بينما وقع في أسره خمسون "
        "مقاتلاً على الأقل من الكتائب الإسلامية. وكان المرصد قد ذكر أن نحو أربعين مقاتلاً، 31 من الكتائب وثمانية "
        "من التنظيم، قُتلوا الأربعاء حين انتزع التنظيم ست قرى في ريف حلب الشمالي قرب الحدود التركية.",
        [E("territory_change", Q("52", 52), PL("أرشاف", "Arshaf", "Aleppo"), "2014-08-14",
           "المرصد السوري لحقوق الإنسان", IS,
           note="FIGURE CALL: the lead's 52 dead of the battles of the advance are given to the taking it tells (Arshaf "
                "and Dabiq, placed at the first named); the 12 IS dead and the fifty captives are its breakdown. The "
                "52 may include the Wednesday's dead: a second coder could code it as an aggregate. No day word: the "
                "item's day"),
         E("territory_change", Q("نحو أربعين", 40, 40, True), PL("ريف حلب الشمالي", "Northern Aleppo countryside",
                                                                    "Aleppo"),
           "2014-08-13", "المرصد السوري لحقوق الإنسان", IS,
           note="a recalled taking with its own day (Wednesday → the 13th): an event; six unnamed villages, so the "
                "region is the place; the clash's figure is the total of both sides (31 + 8 its breakdown)")])

# ---------------------------------------------------------------------------------------------------- 2015
passage("ka13", "2015-07-25", "CNN Arabic (via a news aggregator)", "an amnesty decree for internal and external "
        "desertion with surrender deadlines "
        "| page: https://ksa.ksa2day.com/Home/NewsDetails?NewsID=1921965",
        "دبي (CNN) - أصدر بشار الأسد، الرئيس السوري، يوم السبت مرسوماً تشريعياً يمنح عفواً عاماً يشمل جرائم الفرار "
        "الداخلي والخارجي من الجيش والجرائم الواردة في قانون خدمة العلم، متى ارتُكبت قبل 25 تموز/يوليو 2015. "
        "ويُسقط المرسوم العقوبة كاملة عن الفارين بموجب المادتين 100 و101 من قانون العقوبات العسكرية، لكنه لا يشمل "
        "المتوارين والهاربين من القضاء ما لم يسلّموا أنفسهم في غضون 30 يوماً إن كان فرارهم داخلياً و60 يوماً إن "
        "كان خارجياً. ويستثني العفو الغرامات ذات الطابع التعويضي المستحقة للدولة.",
        [E("desertion", None, None, "2015-07-25", None, GOV,
           note="an amnesty decree for deserters is a desertion event (news_dev); «يوم السبت» on a Saturday page; "
                "the articles' numbers are names and the 30 and 60 days are durations, no figure; the outlet tells it "
                "(no source named)")])

passage("ka14", "2015-10-30", "Al-Jarida (Kuwait, relaying AFP)", "rockets on a market with two sources' tolls, "
        "the rockets counted, two recalled raids with their own dates and tolls "
        "| page: https://aljarida.com/articles/1468450859390399000/amp",
        "أوقعت صواريخ أطلقتها القوات الحكومية على سوق في دوما بريف دمشق الشرقي 40 قتيلاً على الأقل ونحو 100 جريح، "
        "وفق ما أعلنه اليوم الجمعة المرصد السوري لحقوق الإنسان ومنظمة إغاثية محلية. وأوضح رامي عبد الرحمن، الذي "
        "يدير المرصد، لفرانس برس أن 12 صاروخاً سقطت على المدينة الواقعة على بعد 15 كيلومتراً شمال شرقي العاصمة، "
        "بينما أكد الدفاع المدني السوري أن القتلى تجاوزوا 45. وتحاصر قوات النظام دوما منذ قرابة عامين، وقد قتلت "
        "غاراتها فيها 34 شخصاً على الأقل، منهم 12 طفلاً، يوم 22 آب/أغسطس، و117 يوم 16 منه.",
        [E("shelling", Q("40", 40, None, True), PL("دوما", "Douma", "Rif Dimashq"), "2015-10-30",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="surface rockets on a market: shelling (missile attack); the market is placed at its town; of two "
                "sources that disagree, the first figure (40; the civil defence's «more than 45» is the same attack); "
                "the 12 rockets are its own count, not the figure; the 100 wounded are not the figure"),
         E("airstrike", Q("34", 34, None, True), PL("دوما", "Douma", "Rif Dimashq"), "2015-08-22", None, GOV,
           note="a recalled raid with its own date: an event (background); the writer's background sentence "
                "(«وتحاصر … وقد قتلت غاراتها») names no source → outlet; 12 children a breakdown"),
         E("airstrike", Q("117", 117), PL("دوما", "Douma", "Rif Dimashq"), "2015-08-16", None, GOV,
           note="the second recalled raid, dated by «يوم 16 منه» (of August); the sentence names raids («غاراتها») "
                "for both (the page called the second «a similar bombardment»); outlet")])

# ---------------------------------------------------------------------------------------------------- 2016
passage("ka15", "2016-05-24", "Al-Dawliya lil-I'lam (MI)", "simultaneous bombings in two cities with a total, a "
        "monitor's per-city tolls and the state agency's lower ones, how they were done "
        "| page: http://mediainternational-mi.com/articles.php?id_cat=2661",
        "الدولية للإعلام - الثلاثاء 24-05-2016\n"
        "لقي 148 شخصاً على الأقل مصرعهم في تفجيرات متزامنة تبناها تنظيم «داعش» وهزّت صباح أمس مدينتي طرطوس وجبلة "
        "الساحليتين. وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إن ثلاثة تفجيرات حصدت في طرطوس 48 "
        "قتيلاً، بينما أودت أربعة تفجيرات في جبلة بحياة 100 شخص، عدا عشرات الجرحى. أما وكالة «سانا» الرسمية فأحصت "
        "45 قتيلاً في جبلة و33 في طرطوس، وذكرت أن اثنين من الانتحاريين فجرا نفسيهما في مرأب الحافلات بطرطوس بعد "
        "انفجار سيارة مفخخة عند مدخله.",
        [E("explosion", Q("48", 48, None), PL("طرطوس", "Tartus", "Tartus", nth=1), "2016-05-23",
           "مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن", IS,
           note="two cities, each with its own bombings and toll: one event per city; the lead's 148 is their sum "
                "(no event of its own); of two sources that disagree, the first (the monitor's 48; SANA's 33 is the "
                "same attacks). «صباح أمس» → the 23rd; claimed by IS. SANA's account of how it was done is the same "
                "event"),
         E("explosion", Q("100", 100), PL("جبلة", "Jableh", "Latakia", nth=1), "2016-05-23",
           "مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن", IS,
           note="Jableh's four bombings: the monitor's 100 (SANA's 45 disagrees)")])

passage("ka16", "2016-08-27", "Khabar Agency", "evacuees arriving with a monitor's figure, the deal of two days "
        "before and its terms, the same batch's departure told by a military source "
        "| page: https://khabaragency.net/news70135.html (the Saturday after the Daraya deal, inferred)",
        "سوريا: الدفعة الأولى من مهجّري داريا تصل إلى إدلب\n"
        "قال المرصد السوري لحقوق الإنسان إن الدفعة الأولى من مقاتلي الفصائل وأسرهم الذين أُخرجوا من داريا بلغت "
        "مدينة إدلب يوم السبت، وقدّر مديره رامي عبد الرحمن عددهم بنحو 600 شخص بين مقاتل ومدني، نقلتهم خمس حافلات "
        "على الأقل. وجاء ذلك غداة الشروع في تطبيق اتفاق عقدته الحكومة والفصائل الخميس، يقضي بأن يغادر 700 مقاتل "
        "نحو إدلب و4 آلاف من الأهالي بعائلاتهم، وبتسليم المقاتلين أسلحتهم المتوسطة والثقيلة. وكان مصدر عسكري سوري "
        "قد أفاد بإجلاء 300 مقاتل مع ذويهم من المدينة يوم الجمعة.",
        [E("other", Q("نحو 600", 600, 600, True), PL("داريا", "Darayya", "Rif Dimashq"), "2016-08-26",
           "المرصد السوري لحقوق الإنسان", None,
           note="ONE EVENT CALL: the batch that arrived in Idlib on Saturday is the batch the military source says left "
                "on Friday (300 fighters with their families): one evacuation, placed at the town it left (Idlib is "
                "the destination); the first figure written (600 people; the 300 fighters are a part). DATE CALL: the "
                "evacuation day, Friday the 26th (the arrival, the 27th, is defensible)"),
         E("agreement", None, PL("داريا", "Darayya", "Rif Dimashq"), "2016-08-25", None, GOV,
           note="the deal struck on Thursday (the 25th), with its own day: an agreement; the 700 fighters and 4,000 "
                "people are its terms, not the count of a done act; outlet")])

passage("ka17", "2016-12-12", "HuffPost Arabi (relaying AFP)", "a quarter taken, a share of a city held, night "
        "raids, two running tolls of an offensive by the two sides "
        "| page: http://www.huffpostarabi.com/2016/12/12/story_n_13577302.html",
        "آخرها «الشيخ سعيد».. قوات النظام تبسط سيطرتها على 90% من شرق حلب\n"
        "أحكمت قوات النظام السوري اليوم الاثنين قبضتها على حي الشيخ سعيد، أحد أكبر أحياء الشطر الشرقي من حلب، إثر "
        "معارك ضارية مع الفصائل بدأت عصر الأحد، بحسب رامي عبد الرحمن، الذي يرأس المرصد السوري لحقوق الإنسان، وأضاف "
        "أن تلك القوات باتت تمسك بـ90 بالمئة من الأحياء الشرقية. وأشار المرصد إلى غارات ضربت ليلاً وفجر اليوم ما "
        "تبقى بيد المعارضة، وإلى مقتل 413 مدنياً في شرق المدينة منذ انطلاق الهجوم يوم 15 تشرين الثاني/نوفمبر، و139 "
        "بقذائف المعارضة على غربها.",
        [E("territory_change", None, PL("الشيخ سعيد", "Sheikh Saeed", "Aleppo"), "2016-12-12",
           "رامي عبد الرحمن", GOV,
           note="the quarter taken today after fighting since Sunday afternoon (one event, no dead numbered)"),
         E("territory_change", None, PL("حلب", "Aleppo", "Aleppo", nth=1), None,
           "رامي عبد الرحمن", GOV, kind="aggregate",
           note="a share held (90% of the eastern quarters): an aggregate with no figure (a percent is no count), as "
                "set 73 je16/je17"),
         E("airstrike", None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2016-12-12", "المرصد السوري لحقوق الإنسان",
           GOV, note="raids overnight and at dawn on what is left to the opposition in the east; no toll"),
         E("casualties", Q("413", 413), PL("حلب", "Aleppo", "Aleppo", nth=1), None, "المرصد السوري لحقوق الإنسان",
           GOV, kind="aggregate",
           note="civilians killed in the east since the offensive began (period 2016-11-15 on): the offensive is "
                "several kinds of act, so casualties (stop 32)"),
         E("shelling", Q("139", 139), PL("حلب", "Aleppo", "Aleppo", nth=1), None, "المرصد السوري لحقوق الإنسان",
           FSA, kind="aggregate",
           note="killed by the opposition's shells on the west over the same period: a running toll naming one cause "
                "takes its type (stop 32)")])

# ---------------------------------------------------------------------------------------------------- 2017
passage("ka18", "2017-01-05", "BBC Arabic", "a car bomb in a town, state television's toll, unclaimed, a ceasefire "
        "recalled as background | page: http://www.bbc.com/arabic/middleeast-38519840",
        "تسعة قتلى بتفجير في جبلة بمحافظة اللاذقية\n"
        "تحدثت أنباء واردة من سوريا عن قتلى وجرحى في تفجير انتحاري استهدف مدينة جبلة في محافظة اللاذقية. ونقل "
        "التلفزيون الرسمي السوري أن انفجار السيارة قتل تسعة أشخاص على الأقل وأصاب 25 في منطقة تجارية رئيسية "
        "بالمدينة، التي تضم قاعدتين روسيتين، ولم تتضح هوية المنفذين. وأظهرت مقاطع مصورة سيارات محترقة وأخرى مقلوبة "
        "وأضراراً جسيمة في المحال. ويُذكر أن اتفاق وقف النار المعمول به منذ 30 كانون الأول/ديسمبر استثنى من أحكامه "
        "جبهة فتح الشام وتنظيم الدولة الإسلامية.",
        [E("explosion", Q("تسعة", 9, None, True, nth=1), PL("جبلة", "Jableh", "Latakia"), "2017-01-05",
           "التلفزيون الرسمي السوري", None,
           note="the headline's «تسعة» is the same figure (the body's, with «على الأقل», is coded); the 25 wounded "
                "are not the figure; unclaimed; no day word (the item's day). The ceasefire since 30 December is "
                "background, not coded")])

passage("ka19", "2017-04-04", "Euronews Arabic", "a toxic-gas attack with a monitor's toll, then strikes on the "
        "hospital told by an agency's reporter "
        "| page: https://arabic.euronews.com/2017/04/04/syrian-army-denies-using-chemical-arms-in-deadly-attack",
        "خان شيخون: 58 قتيلاً بينهم 11 طفلاً في هجوم بغازات سامة\n"
        "تعرضت خان شيخون في ريف إدلب صباح الثلاثاء لقصف استُخدمت فيه غازات سامة، فقتل 58 مدنياً على الأقل، منهم 11 "
        "طفلاً، وتسبب بعشرات حالات الاختناق التي رافقتها أعراض إغماء وتقيؤ وزبد على الأفواه، بحسب المرصد السوري "
        "لحقوق الإنسان. وقال مراسل لفرانس برس إن الطائرات الحربية أغارت أولاً على موقع مجاور للمستشفى، ثم ضربته "
        "مرتين، فأحدثت الضربة الأخيرة فيه دماراً كبيراً، واضطر مسعفون وأطباء إلى الفرار فيما تكرر القصف حوله.",
        [E("airstrike", Q("58", 58, None, True, nth=1), PL("خان شيخون", "Khan Shaykhun", "Idlib"), "2017-04-04",
           "المرصد السوري لحقوق الإنسان", None,
           note="TYPE CALL: the gas «قصف» is not said to be from the air in its sentence; the next sentence's warplanes "
                "and the known attack make it an airstrike (a second coder could code shelling); no doer named in the "
                "excerpt; 11 children a breakdown; the headline's 58 is the same figure"),
         E("airstrike", None, PL("خان شيخون", "Khan Shaykhun", "Idlib", nth=1), "2017-04-04",
           "مراسل لفرانس برس", None,
           note="SPLIT CALL: the later raids near and on the hospital (an unnamed hospital is placed at its town), "
                "told by AFP's reporter, coded apart (another target, another teller; no dead numbered); a second "
                "coder could merge them with the gas attack")])

passage("ka20", "2017-06-08", "AFP (via a news aggregator)", "a night of coalition raids with a total and the dead "
        "of one raid, a battle's start recalled, a share of a quarter held "
        "| page: https://ksaplayers.com/Ksahome/NewsDetial/?nid=7059397 (the Thursday after the SDF's Tuesday "
        "announcement, inferred)",
        "بيروت (أ ف ب) - قُتل ما لا يقل عن 17 مدنياً الخميس في ضربات جوية للتحالف الدولي الذي تقوده واشنطن على "
        "الرقة وأطرافها، بحسب المرصد السوري لحقوق الإنسان. وقال رامي عبد الرحمن، الذي يدير المرصد، إن طائرات "
        "التحالف شنت ليلاً أكثر من 25 غارة، وإن 12 من القتلى سقطوا في غارة أصابت مقهى للإنترنت في ضاحية جزرة غربي "
        "المدينة، مرجحاً ارتفاع الحصيلة. ومنذ إعلانها يوم الثلاثاء انطلاق «المعركة الكبرى لتحرير الرقة»، تقاتل "
        "قوات سوريا الديموقراطية الجهاديين بضراوة، لا سيما في حي المشلب الذي باتت تمسك بـ70 في المئة منه.",
        [E("airstrike", Q("17", 17, None, True), PL("الرقة", "Raqqa", "Raqqa"), "2017-06-08",
           "المرصد السوري لحقوق الإنسان", COAL,
           note="FIGURE/SPLIT CALL: one night of raids on the city and its outskirts with its total dead (17, «ما لا يقل "
                "عن»); the 12 killed at the Jazra internet café sit inside it, a breakdown (a second coder could code "
                "the Jazra raid apart); the 25 raids are its own count, not the figure"),
         E("armed_clash", None, PL("المشلب", "Al-Mashlab", "Raqqa"), None, None, SDF,
           note="the SDF's fighting with IS since Tuesday, above all in Mashlab: ongoing, no day of its own; outlet"),
         E("territory_change", None, PL("المشلب", "Al-Mashlab", "Raqqa"), None, None, SDF, kind="aggregate",
           note="a share of the quarter held (70%): an aggregate with no figure, as set 73 je16")])

# ---------------------------------------------------------------------------------------------------- 2018
passage("ka21", "2018-04-09", "Baladi News", "buses leaving a town under a deal, captives freed in return, the "
        "convoy's rank, a recalled chemical attack with its toll "
        "| page: https://www.baladi-news.com/public/index.php/ar/articles/28938/خروج-حافلة-من-دوما-والوجهة-جرابلس",
        "من دوما إلى جرابلس.. 41 حافلة تقل مقاتلين\n"
        "بلدي نيوز - ريف دمشق\n"
        "أفادت وسائل إعلام روسية بخروج 41 حافلة تحمل عناصر «جيش الإسلام» وعائلاتهم من دوما بالغوطة الشرقية فجر "
        "اليوم الاثنين، قاصدة جرابلس في الشمال السوري. وقال موقع «روسيا اليوم» إن 52 شخصاً كانوا أسرى لدى الفصيل "
        "أُطلقوا لقاء خروج الحافلات، التي جُمعت عند أوتوستراد حرستا. وهذه القافلة هي الرابعة التي تغادر دوما، "
        "والأولى التي تقل مقاتلين من الفصيل. وكانت مقاتلات النظام قد ضربت المدينة بغازات كيميائية سامة، فقتلت ما "
        "يزيد على 150 مدنياً وأصابت المئات بالاختناق.",
        [E("other", Q("41", 41, nth=1), PL("دوما", "Douma", "Rif Dimashq", nth=1), "2018-04-09",
           "وسائل إعلام روسية", None,
           note="an evacuation (other), placed at the town it left (Jarabulus is the destination); no people counted, "
                "so the buses are its own count (the headline's 41 is the same figure)"),
         E("other", Q("52", 52), PL("دوما", "Douma", "Rif Dimashq", nth=1), "2018-04-09", "موقع «روسيا اليوم»", FSA,
           note="SPLIT CALL: captives freed by Jaysh al-Islam in return for the buses: a release (other) with its own "
                "figure, coded apart from the evacuation (a second coder could code one exchange)"),
         E("airstrike", Q("ما يزيد على 150", 150, None, True), PL("دوما", "Douma", "Rif Dimashq", nth=1), None, None,
           GOV,
           note="a recalled attack with no day in the text («وكانت … قد» → outlet): coded as an undated event, as set 73 "
                "je16 did; a second coder could drop an undated recall")])

passage("ka22", "2018-12-16", "Dar al-Hilal (relaying AFP)", "a raised toll of a car bomb at a market with a "
        "breakdown, a threat of an offensive recalled with its day "
        "| page: https://darelhilal.com/News/476951.aspx (the Sunday after Erdogan's Wednesday announcement, inferred)",
        "قال المرصد السوري لحقوق الإنسان إن حصيلة قتلى السيارة المفخخة التي انفجرت في سوق بوسط عفرين، المدينة "
        "الخاضعة للجيش التركي وحلفائه، ارتفعت اليوم الأحد إلى تسعة على الأقل. وأوضح رامي عبد الرحمن، مدير المرصد، "
        "أن الانفجار وقع على طرف سوق الهال قرب نقطة عسكرية لمقاتلين تابعين لأنقرة، فقتل خمسة مدنيين وأربعة من "
        "هؤلاء المقاتلين، وجرح ما يزيد على 20. ويأتي الهجوم بعدما أعلن الرئيس التركي رجب طيب أردوغان الأربعاء أن "
        "عملية جديدة ستنطلق «في الأيام المقبلة» ضد وحدات حماية الشعب الكردية شرق الفرات.",
        [E("explosion", Q("تسعة", 9, None, True), PL("عفرين", "Afrin", "Aleppo"), "2018-12-16",
           "المرصد السوري لحقوق الإنسان", None,
           note="a raised toll is the act's figure; the market is placed at its town; five civilians and four fighters "
                "are a breakdown; the wounded are not the figure; unclaimed"),
         E("statement", None, PL("شرق الفرات", "East of the Euphrates", None), "2018-12-12",
           "الرئيس التركي رجب طيب أردوغان", TUR,
           note="STATEMENT CALL: a head of state's announced offensive (a threat, future) told in the item: a statement "
                "(stop 32), dated by its Wednesday (the 12th); its place is the region it concerns, which spans two "
                "governorates (a second coder could leave the place empty)")])

# ---------------------------------------------------------------------------------------------------- 2019
passage("ka23", "2019-10-10", "New Turk Post", "an offensive's advance, a president's claimed toll, a mortar on a "
        "town across the border, villages taken, a monitor's displacement count "
        "| page: https://newturkpost.com/news/55127-الجيش-التركي-والمعارضة-السورية-يصلان",
        "القوات التركية والمعارضة على مشارف تل أبيض\n"
        "قال الجيش التركي وفصائل المعارضة السورية مساء اليوم الخميس إن قواتهما بلغت تخوم تل أبيض وتستعد لاقتحامها، "
        "ضمن عملية «نبع السلام». وقال رجب طيب أردوغان، رئيس تركيا، في خطاب اليوم إن العملية أسفرت حتى الآن عن مقتل "
        "109 مسلحين أكراد، في حين قُتل ستة أتراك وجُرح 13 حين سقطت قذيفة هاون مصدرها سوريا وسط بلدة أقجة قلعة "
        "الحدودية. وانتزع المهاجمون قرى حول تل أبيض منها بير عاشق وحميدية، ونزح ما يربو على 60 ألف مدني بحسب إحصاء "
        "أجراه المرصد السوري لحقوق الإنسان.",
        [E("casualties", Q("109", 109), None, None, "رجب طيب أردوغان", TUR, kind="aggregate",
           note="the Turkish president's running toll of the operation since it began (the 9th): an offensive of several "
                "kinds of act, so casualties; no place (the whole front)"),
         E("shelling", Q("ستة", 6), PL("أقجة قلعة", "Akçakale", None, "Turkey"), "2019-10-10",
           "رجب طيب أردوغان", None,
           note="a mortar from Syria that fell in a Turkish border town: the place abroad where it fell is the place "
                "(stop 30); the 13 wounded are not the figure; the firer is not named; «بينما» goes on in the "
                "president's sentence"),
         E("territory_change", None, PL("بير عاشق", "Bir Ashiq", "Raqqa"), "2019-10-10", None, TUR,
           note="villages round Tal Abyad taken, two named: placed at the first; no source in the sentence (outlet); "
                "reaching the city's outskirts is an advance, not a taking (not coded)"),
         E("other", Q("ما يربو على 60 ألف", 60000, None, True), None, None, "المرصد السوري لحقوق الإنسان", None,
           kind="aggregate", note="displacement since the offensive began, no place given in the passage")])

passage("ka24", "2019-12-08", "Africa Gate News (relaying AFP/SOHR)", "a day's toll of Russian and Syrian raids, "
        "then each village's dead, barrels, the wounded "
        "| page: https://afrigatenews.net/article/قصف-روسي-ـ-سوري-يقتل-19-مدنياً-في-إدلب (published the day after "
        "the Saturday it tells, inferred)",
        "قصف روسي وسوري يقتل 19 مدنياً في إدلب\n"
        "ذكر المرصد السوري لحقوق الإنسان أن 19 مدنياً، منهم ثمانية أطفال، قُتلوا أمس السبت في غارات لطائرات حربية "
        "روسية وسورية على محافظة إدلب. وبحسب المرصد، قتلت غارات روسية في قرية بليون تسعة مدنيين، منهم ثلاثة أطفال، "
        "وفي قرية البارة بالريف الجنوبي أربعة آخرين أحدهم طفل، في حين ألقت قوات النظام براميل متفجرة على قرية "
        "إبديتا جنوبي المحافظة فقتلت خمسة بينهم ثلاثة أطفال، وقُتل طفل بغارة للنظام على قرية في الريف الشرقي. "
        "وجُرح نحو 40 شخصاً.",
        [E("airstrike", Q("تسعة", 9), PL("بليون", "Balyun", "Idlib"), "2019-12-07", "المرصد السوري لحقوق الإنسان", RUS,
           note="SPLIT CALL: a total told first (19, its headline and lead) and each village's dead after: one event per "
                "village with its own dead, the 19 being their sum (no event of its own); a second coder could code "
                "the 19 as a day aggregate"),
         E("airstrike", Q("أربعة", 4), PL("البارة", "Al-Bara", "Idlib"), "2019-12-07", "المرصد السوري لحقوق الإنسان",
           RUS, note="Russian raids on Bara"),
         E("airstrike", Q("خمسة", 5), PL("إبديتا", "Ibdita", "Idlib"), "2019-12-07", "المرصد السوري لحقوق الإنسان",
           GOV, note="regime barrels (air-dropped): airstrike"),
         E("airstrike", None, PL("الريف الشرقي", "Eastern Idlib countryside", "Idlib"), "2019-12-07", "المرصد السوري لحقوق الإنسان", GOV,
           note="a child killed in a regime raid on an unnamed village in the east: the region is the place; a singular, "
                "no figure; the monitor's report goes on (same kind of act). The 40 wounded of the whole day are no "
                "figure")])

# ---------------------------------------------------------------------------------------------------- 2020
passage("ka25", "2020-02-20", "Echorouk (via Djazairess, relaying Anadolu)", "soldiers of a foreign army killed by "
        "a raid, the ministry's claimed reply with what it destroyed, the presidency's blame, another army's raids "
        "| page: https://djazairess.com/echorouk/1496690",
        "قالت وزارة الدفاع التركية، الخميس، إن جنديين من قواتها قُتلا وأصيب خمسة آخرون بغارة جوية استهدفتهم في "
        "محافظة إدلب شمال غربي سوريا. وأضافت الوزارة في بيان على «تويتر» أن ما يزيد على 50 جندياً نظامياً قُتلوا، "
        "ودُمّرت خمس دبابات وناقلتا جند مدرعتان وعربتان مزودتان برشاش ومدفع، استناداً إلى معلومات من مصادر شتى. "
        "وحمّلت الرئاسة التركية دمشق وجيشها مسؤولية الهجوم، في حين أعلنت روسيا أن قاذفاتها من طراز «سوخوي-24» ضربت "
        "«إرهابيين متسللين» في إدلب، ما أتاح لقوات النظام التقدم.",
        [E("airstrike", None, PL("إدلب", "Idlib", "Idlib"), "2020-02-20", "وزارة الدفاع التركية", GOV,
           note="«جنديين» is a dual noun: no figure; the doer comes from the presidency's blame (the regime); the "
                "province is the only place"),
         E("armed_clash", Q("ما يزيد على 50", 50, None, True), PL("إدلب", "Idlib", "Idlib"), "2020-02-20",
           "وزارة الدفاع التركية", TUR,
           note="TYPE CALL: the Turkish reply that killed more than 50 regime soldiers, weapon not said: coded "
                "armed_clash (a second coder could code shelling); the vehicles destroyed are no figure. The "
                "presidency's blame reacts to the incident: its source, not a statement"),
         E("airstrike", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2020-02-20", "روسيا", RUS,
           note="Russian Su-24 raids on «infiltrators» announced by Russia; no toll")])

passage("ka26", "2020-10-29", "Jisr TV", "three killings in a province by unknown gunmen told together then one by "
        "one, a body found, a local site as source "
        "| page: https://jisrtv.com/أخبار-الجسر/الأخبار-السورية/اغتيالات-جديدة-تضرب-درعا/",
        "اغتيالات جديدة في درعا\n"
        "اغتال مسلحون مجهولون صباح اليوم الخميس عنصرين من فصائل «التسوية» في حادثتين منفصلتين، وعنصراً كان ينتمي "
        "إلى «هيئة تحرير الشام». وذكر موقع «تجمع أحرار حوران» أن المسلحين قتلوا «سامر المقداد»، المتحدر من "
        "المسيفرة والعامل مؤخراً لدى فرع «الأمن العسكري»، في الغارية الشرقية، إحدى بلدات الريف الشرقي لدرعا. كما "
        "عثر أهالي مدينة درعا على جثة شاب يُكنّى «أبو يزن» في منطقة الشياح قرب درعا البلد، وعليها أثر طلقة نارية. "
        "وبحسب الموقع، قُتل في طفس غربي درعا «مازن العبدالله»، العنصر السابق في الهيئة.",
        [E("armed_clash", None, PL("الغارية الشرقية", "Al-Ghariyah al-Sharqiyah", "Daraa"), "2020-10-29",
           "موقع «تجمع أحرار حوران»", UNK,
           note="a killing by unknown gunmen is an armed_clash (stop 30); singular, no figure; the lead's «عنصرين» is a "
                "dual noun (no figure) and is told again per place below; Musayfirah is where he came from"),
         E("other", None, PL("الشياح", "Al-Shayyah (near Daraa al-Balad)", "Daraa"), "2020-10-29",
           "موقع «تجمع أحرار حوران»", None,
           note="TYPE CALL: a body found with a gunshot wound: bodies found are other (set 1 p11); the lead's second "
                "settlement man may be him, but the text does not say so (a second coder could code an armed_clash). "
                "«كما» goes on with the site's report"),
         E("armed_clash", None, PL("طفس", "Tafas", "Daraa"), "2020-10-29", "الموقع", UNK,
           note="the former HTS member killed in Tafas; SOURCE CALL: «بحسب الموقع» is the span as written, an anaphor "
                "of the same site (a second coder could give the site's full name)")])

# ---------------------------------------------------------------------------------------------------- 2021
passage("ka27", "2021-09-01", "Snack Syrian", "a final deal struck last night under a guarantor, weapons handed "
        "over, military police deployed, the deadline recalled "
        "| page: https://snacksyrian.com/بدء-تنفيذ-اتفاق-درعا-دخول-الشرطة-العس (the day after the 31 August "
        "deadline it calls «أمس», inferred)",
        "سناك سوري - بدأ مسلحو الفصائل في درعا البلد تسليم أسلحتهم الخفيفة والمتوسطة إلى الجيش السوري، تطبيقاً "
        "لاتفاق نهائي أبرمته لجان التفاوض مساء أمس برعاية روسية وضمانتها. ودخلت عناصر من الشرطة العسكرية إلى الحي "
        "فأقامت فيه نقاطاً ورفعت العلم السوري، وأشرفت على تسوية الأوضاع وتسلّم السلاح بحضور القاضي العسكري. وجاء "
        "الاتفاق في الساعات الأخيرة من المهلة التي منحتها الحكومة للجان، والتي انتهت أمس 31 آب، بعدما أقنعت اللجنة "
        "عدداً من المسلحين بتسليم سلاحهم كاملاً والرحيل إلى الشمال السوري.",
        [E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-08-31", None, GOV,
           note="the final deal struck last night (the 31st) under Russian guarantee: an agreement with its own day"),
         E("other", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-01", None, FSA,
           note="TYPE CALL: the handover of weapons and status settlements (other, as sets 57 ed13/ed26 were flagged); "
                "no number of people written; the item's day"),
         E("reinforcement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-01", None, GOV,
           note="TYPE CALL: military police entering the quarter and setting up points: a deployment (reinforcement); "
                "a second coder could code the state regaining the quarter as a territory_change. The fighters' move "
                "north is agreed, not done (not coded)")])

passage("ka28", "2021-10-11", "Watan FM", "a car bomb with the radio's reporter's toll, the civil defence's "
        "account, a recalled bomb a month before with its date and the reporter as source "
        "| page: https://watan.fm/news/164228",
        "قُتل مدنيون وجُرح آخرون اليوم الإثنين، في 11 تشرين الأول، إثر انفجار سيارة مفخخة في عفرين، المدينة "
        "الواقعة شمال غربي حلب. وأوضح مراسل «وطن إف إم» أن الانفجار وقع قرب دوار كاوا، وأوقع 4 قتلى و20 جريحاً في "
        "حصيلة قد ترتفع، وذكر الدفاع المدني السوري أن عناصره أسعفوا الجرحى إلى المستشفى وأخمدوا الحريق. وكان مراسل "
        "الإذاعة قد أفاد في 5 أيلول الماضي بمقتل رجل وامرأة بعبوة زُرعت في سيارة بحي الأشرفية من المدينة ذاتها. "
        "ويتبادل أكثر من طرف الاتهام بالمسؤولية عن هذه التفجيرات.",
        [E("explosion", Q("4", 4), PL("عفرين", "Afrin", "Aleppo"), "2021-10-11", "مراسل «وطن إف إم»", None,
           note="the roundabout is placed at its town; the 20 wounded are not the figure; unclaimed (blame traded)"),
         E("explosion", None, PL("الأشرفية", "Al-Ashrafiyah (Afrin)", "Aleppo"), "2021-09-05", "مراسل الإذاعة", None,
           note="a recalled bombing with its own date (5 September): an event; a man and a woman, no numeral, no "
                "figure; the recall names the radio's reporter as its source")])

# ---------------------------------------------------------------------------------------------------- 2022
passage("ka29", "2022-01-21", "Al-Khaleej al-Jadeed (via a news app)", "an attack on a prison with a raised toll and "
        "its breakdown, escapees, recaptures, a curfew "
        "| page: http://syrianewsapp.com/1/Article/3069/217294524",
        "حصيلة هجوم «الدولة» على سجن غويران في الحسكة ترتفع إلى 67\n"
        "ارتفع إلى 67 عدد القتلى في الأحداث الدامية التي يشهدها سجن غويران ومحيطه بمدينة الحسكة منذ مساء أمس "
        "الخميس، بينهم 39 من عناصر التنظيم و23 من الأسايش وحراس السجن وعناصر مكافحة الإرهاب، و5 مدنيين، في أكبر "
        "عملية للتنظيم منذ ثلاث سنوات، والعدد مرشح للزيادة لكثرة الجرحى. وتواصل القوات محاولاتها لاستعادة السجن "
        "وتمشيط حيي غويران والزهور، فيما لا يزال عشرات السجناء الفارين طلقاء، وقد قُبض على نحو 100 منهم، وفُرض حظر "
        "على الدخول إلى الحسكة والخروج منها.",
        [E("armed_clash", Q("67", 67, nth=1), PL("سجن غويران", "Ghwayran (al-Sina'a) prison", "Al-Hasakah"),
           "2022-01-20", None, IS,
           note="IS's attack on the prison and the fighting since Thursday evening (the 20th): one event whose figure is "
                "the raised total of all sides (39 + 5 + 23 its breakdown); the prison is a facility, the place; no "
                "source named in the excerpt (outlet)"),
         E("arrest", Q("نحو 100", 100, 100, True), PL("الحسكة", "Al-Hasakah", "Al-Hasakah", nth=1), "2022-01-21", None,
           SDF,
           note="escaped prisoners recaptured: an arrest with its own count; the item's day; the curfew is a measure, "
                "no event")])

passage("ka30", "2022-12-04", "180 News", "a riotous protest with a monitor's and a local network's telling, "
        "witnesses' larger crowd, a grenade the day before "
        "| page: https://180-news.com/public/ar/news/سوريا-السويداء-تنتفض-ضد-الأسد-وتحرق-مبني-السرايا-الحكومي",
        "السويداء تنتفض على الأسد وتحرق مبنى السرايا\n"
        "خرجت في السويداء، جنوبي سوريا، يوم الأحد احتجاجات غاضبة على تردي الأوضاع المعيشية وعجز حكومة النظام عن "
        "تأمين أساسيات الحياة. وأفاد المرصد السوري لحقوق الإنسان بأن عشرات تجمعوا عند دوار المشنقة داعين الأهالي "
        "إلى الانضمام، فتوقفت الحركة على الطريق المحوري. ونقلت شبكة «السويداء 24» أن محتجين اقتحموا مبنى السرايا "
        "وحاولوا تمزيق صور الأسد، وأحرقوا سيارة مصفحة وإطارات. وقال شهود إن ما يزيد على 200 شخص هتفوا بإسقاطه. "
        "وكان مجهولون قد رموا السبت قنبلة على مقر شعبة «حزب البعث» في شهبا دون أضرار.",
        [E("protest", Q("عشرات", 20, 90, True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2022-12-04",
           "المرصد السوري لحقوق الإنسان", PROT,
           note="one protest (the storming of the government building and the burnt car are part of it; ACLED would "
                "call it a riot); FIGURE CALL: the first crowd written (dozens, the monitor's), the witnesses' «more "
                "than 200» is a later telling of the same crowd; the roundabout is placed at its town"),
         E("explosion", None, PL("شهبا", "Shahba", "As-Suwayda"), "2022-12-03", None, UNK,
           note="a recalled grenade on the Baath branch with its own day (Saturday → the 3rd), no damage: an event; "
                "«وكان … قد» → outlet")])

# ---------------------------------------------------------------------------------------------------- 2023
passage("ka31", "2023-08-30", "Ultra Sawt", "a day of a protest movement, its slogans, offices closed the day "
        "before, the movement's start recalled "
        "| page: https://www.usawtiq.com/لليوم-الحادي-عشر-تواليًا-استمرار-احتجاجات-السويداء-المطالبة-بإسقاط-الأسد/الترا-صوت/سياق-متصل/سياسة",
        "توافد العشرات صباح اليوم الأربعاء إلى ساحة الكرامة وسط السويداء، ليواصلوا المظاهرات الداعية إلى إسقاط "
        "نظام الأسد، والتي دخلت يومها الحادي عشر. ونادى المحتجون برحيل بشار مع إيران وروسيا، ورفعوا شعار «سوريا "
        "بدها حرية». ويأتي ذلك غداة إغلاق مقر «شبيبة الثورة» وهيئات أخرى تابعة لحزب البعث ومكتب نواب مجلس الشعب "
        "أمس، إذ أعلن المحتجون أن هؤلاء لا يمثلونهم، وطالبوا بانتخابات برلمانية يديرها أبناء المحافظة بمعزل عن "
        "البعث. وكانت الاحتجاجات والإضرابات قد انطلقت اعتراضاً على سوء الأحوال المعيشية.",
        [E("protest", Q("العشرات", 20, 90, True), PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-08-30", None, PROT,
           note="the square is placed at its town; the eleventh day is an ordinal, no figure; no source named (outlet)"),
         E("protest", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-08-29", None, PROT,
           note="the closure of the Baath bodies' and MPs' offices by the protesters yesterday (the 29th): a protest "
                "action with its own day, coded apart; a second coder could leave it as background. The movement's "
                "start is background with no day")])

passage("ka32", "2023-09-05", "Arab Khabar (relaying SOHR)", "a running toll of clashes, the day's dead in one town, "
        "a force's claimed takings and the other side's denial, a share of a town "
        "| page: https://arabkhabar.com/a/545497",
        "ارتفاع حصيلة مواجهات دير الزور إلى 84 قتيلاً\n"
        "بلغ عدد القتلى في المعارك الدائرة بين «قوات سوريا الديمقراطية» ومقاتلي العشائر العربية في دير الزور 84، "
        "إلى جانب مئات الجرحى، مع اتساع رقعة القتال. وذكر المرصد السوري لحقوق الإنسان أن 9 من مسلحي العشائر قُتلوا "
        "اليوم الثلاثاء في بلدة ذيبان بالريف الشرقي. وأعلنت «قسد» أنها استعادت بلدة البصيرة ومعظم ناحية الشحيل، "
        "وطوّقت ذيبان والحوايج، وهو ما تنفيه العشائر. وأضاف المرصد أن «قسد» باتت تسيطر على أكثر من نصف ذيبان، حيث "
        "يقود الشيخ إبراهيم الهفل قرابة 70 مسلحاً وسط مفاوضات على استسلامهم.",
        [E("armed_clash", Q("84", 84, nth=1), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor", nth=1), None, None, SDF,
           kind="aggregate",
           note="a running toll of the fighting since it began (late August): a toll naming one cause takes its type "
                "(stop 32); the province is the place; SOURCE CALL: its sentence names none and the monitor's next "
                "sentence tells the day's dead of one town, not the total (outlet)"),
         E("armed_clash", Q("9", 9), PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-09-05", "المرصد السوري لحقوق الإنسان",
           SDF,
           note="ONE EVENT CALL: the day's fighting in Dhiban with its nine tribal dead and the SDF's advance to more than "
                "half of the town, told by the same monitor, are one fight (as set 48 dd19); a partial hold, so coded "
                "as the clash (a second coder could code a territory_change); the 70 fighters are a state"),
         E("territory_change", None, PL("البصيرة", "Al-Busayrah", "Deir ez-Zor"), None, "«قسد»", SDF,
           note="the SDF's claimed retaking of Busayra and most of Shuhayl (placed at the first); the tribes' denial "
                "adds nothing (stop 32); the siege of Dhiban and Hawayij is a state; no day of its own")])

# ---------------------------------------------------------------------------------------------------- 2024
passage("ka33", "2024-09-01", "Aswat magazine", "a rights network's monthly tally by party and by governorate, "
        "deaths under torture, massacres counted since the year began "
        "| page: https://magazineaswat.com/الشبكة-السورية-لحقوق-الإنسان-تعلن-مقت",
        "الشبكة السورية توثق مقتل 57 مدنياً في آب\n"
        "أحصت الشبكة السورية لحقوق الإنسان، في تقرير أصدرته اليوم الأحد، مقتل 57 مدنياً في سوريا خلال آب/أغسطس "
        "الماضي، منهم 13 طفلاً و6 سيدات، إضافة إلى 6 ضحايا قضوا تحت التعذيب. وبحسب التقرير، قتلت قوات النظام 21 "
        "مدنياً وقوات سوريا الديمقراطية 4 وهيئة تحرير الشام مدنياً واحداً، فيما قُتل 31 على أيدي جهات أخرى. وتصدرت "
        "دير الزور المحافظات بنسبة 39% من الضحايا تلتها درعا بنسبة 35%، ووثقت الشبكة مجزرتين للنظام ليرتفع عدد "
        "المجازر منذ مطلع 2024 إلى 11.",
        [E("casualties", Q("57", 57, nth=1), None, None, "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="August's tally (period 2024-08); children and women, the parties' shares and the governorates' "
                "percentages are its breakdown; the headline's 57 is the same figure"),
         E("casualties", Q("6", 6, nth=1), None, None, "الشبكة السورية لحقوق الإنسان", GOV, kind="aggregate",
           note="FIGURE CALL: deaths under torture «إضافة إلى» the civilians: an aggregate of its own (a second coder "
                "could take them as inside the 57)"),
         E("casualties", Q("11", 11), None, None, "الشبكة السورية لحقوق الإنسان", GOV, kind="aggregate",
           note="massacres counted since the start of 2024 (period 2024-01 to 2024-08): a running count of massacres, "
                "its figure the massacres; the month's two are inside it")])

passage("ka34", "2024-11-27", "Radio al-Kul", "an offensive's first day: places taken counted by the outlet's "
        "reporter, area and distance, named villages and a base announced by the operations room, captives and spoils "
        "| page: https://radioalkul.com/p481132",
        "الفصائل تنتزع 15 قرية وبلدة في «ردع العدوان» وتقترب من حلب\n"
        "قال مراسل «راديو وتلفزيون الكل» إن الفصائل سيطرت على نحو 15 قرية وبلدة وموقعاً في ريف حلب الغربي، في "
        "العملية التي سمّتها «ردع العدوان» وبدأتها صباح اليوم الأربعاء غرفة «إدارة العمليات العسكرية»، فصارت على "
        "مسافة 10 كيلومترات من المدينة بعد أن بسطت يدها على قرابة 140 كيلومتراً مربعاً. وأعلنت الغرفة عبر «تلغرام» "
        "السيطرة على أورم الصغرى والهوتة وجمعية السعدية، وعلى الفوج 46، الذي يُعد من أضخم مواقع النظام هناك، مؤكدة "
        "أسر 6 عناصر واغتنام 5 دبابات.",
        [E("territory_change", Q("نحو 15", 15, 15, True), PL("ريف حلب الغربي", "Western Aleppo countryside",
                                                                       "Aleppo"),
           "2024-11-27", "مراسل «راديو وتلفزيون الكل»", HTS, kind="aggregate",
           note="AGGREGATE CALL: the day's places taken counted over a region (about 15, unnamed): an aggregate placed at "
                "the region; the km² and the distance are measures, no figure; the operations room is HTS-led (actor)"),
         E("territory_change", None, PL("أورم الصغرى", "Urum al-Sughra", "Aleppo"), "2024-11-27",
           "«إدارة العمليات العسكرية»", HTS,
           note="three named villages announced by the operations room: one act, placed at the first; they are likely "
                "among the reporter's 15 (a second coder could leave them inside the aggregate)"),
         E("territory_change", None, PL("الفوج 46", "46th Regiment base", "Aleppo"), "2024-11-27",
           "«إدارة العمليات العسكرية»", HTS,
           note="a named base is the place (stop 28); the six captured and five tanks are told for the whole day's "
                "operation, so they are given to no taking (no figure)")])

# ---------------------------------------------------------------------------------------------------- 2025
passage("ka35", "2025-08-17", "Erem News", "a bus's passengers abducted, relayed local sources, a shooting on a "
        "car the same morning, another channel's telling of the abductor and his motive "
        "| page: https://www.eremnews.com/news/arab-world/cqno1dq",
        "ذكر إعلام محلي سوري اليوم الأحد أن مسلحين خطفوا 8 أشخاص كانوا على متن حافلة متجهة من درعا إلى السويداء. "
        "ونقل موقع «درعا 24» عن مصادر محلية أن الحافلة، وعليها ست نساء ورجلان قادمون من أشرفية صحنايا، اعتُرضت قرب "
        "بلدة كحيل في ريف درعا الشرقي. وأضاف «درعا 24» أن مسلحين أطلقوا النار صباح اليوم في المنطقة ذاتها على سيارة "
        "مدنية تقل أشخاصاً من السويداء، فأصابوا أربعة. وقالت قناة «سوريا الآن» إن الخاطف مهجّر من عشائر السويداء "
        "يريد مقايضة الركاب بأسير له لدى فصائل المحافظة، وإنهم بخير.",
        [E("arrest", Q("8", 8), PL("كحيل", "Kahil", "Daraa"), "2025-08-17", "مصادر محلية", UNK,
           note="TYPE CALL: an abduction coded as arrest (as set 73 je33); the place of the seizure, not the origin "
                "(Ashrafiyat Sahnaya) nor the destination (Sweida); the relayed local sources are the source; the "
                "channel's one displaced tribesman is another telling of the doer (a second coder could use a tribal "
                "actor); six women and two men are a breakdown"),
         E("armed_clash", None, PL("كحيل", "Kahil", "Daraa"), "2025-08-17", "«درعا 24»", UNK,
           note="gunmen shooting at a civilian car (stop 30: a shooting by armed men is an armed_clash); four wounded "
                "only: no figure; «المنطقة ذاتها» → Kahil")])

passage("ka36", "2025-12-31", "Lebanon24", "a ministry's statement of arrests over a list of places, the unrest "
        "it answers, the operations going on "
        "| page: https://www.lebanon24.com/news/world-news/1462115/سلسلة-مداهمات-في-اللاذقية-وطرطوس-لوقف-التحريض-وإعادة-الأمن",
        "مداهمات في اللاذقية وطرطوس لملاحقة المحرّضين\n"
        "أعلنت اليوم الأربعاء وزارة الداخلية السورية أن مديريات الأمن الداخلي نفذت سلسلة عمليات أمنية في اللاذقية، "
        "وكذلك في جبلة والقرداحة وطرطوس، ألقت فيها القبض على عدد من الأشخاص بتهم ارتكاب جرائم حرب والتحريض على "
        "السلم الأهلي في الساحل. وأوضحت الوزارة في بيان على «إكس» أن التحرك أتى رداً على دعوات تحريض طائفية من "
        "الخارج أفضت إلى سقوط قتلى وجرحى والاعتداء على ممتلكات عامة وخاصة في المحافظتين، مؤكدة أن الملاحقة مستمرة "
        "وأن الدولة لن تسمح بتهديد النسيج الاجتماعي.",
        [E("arrest", None, PL("اللاذقية", "Latakia", "Latakia", nth=1), "2025-12-31", "وزارة الداخلية السورية", NEWGOV,
           note="one campaign of arrests told for a list of places: placed at the first; «عدد من» is no figure; no day "
                "of its own (the item's day). Not coded: the unrest it answers (dead and wounded with no figure, no "
                "day, two provinces) and the ministry's resolve (its own campaign's words, not a separate statement)")])


def main() -> None:
    write("gold76.jsonl", P76)


if __name__ == "__main__":
    main()
