"""Build gold78.jsonl: development set 78 (ids kc01…), written in stop 34 by writer w78 BEFORE any run on it.

36 short excerpts (45-90 words), each the paraphrase of the news part of ONE real page found in the search tool's
`pages` corpus (queried in Arabic), years 2011-2025, two or three a year, 34 outlets (Gulf, Egyptian, Maghrebi,
Lebanese and Iraqi papers, Syrian opposition and official sites, SOHR, rights-group relays). The pages were chosen
where a reader must choose: several numbers, several places, a relayed source, a toll told with its act, a total
and its parts, the other side's telling, recalls with their own day. Subjects: protests fired on, storming of
towns, clashes, air and drone strikes, barrels, shelling, a car bomb, takings of ground, arrests, abductions,
defections, desertions, an amnesty decree, settlements, evacuations, tolls and monthly tallies, statements and calls.
Every sentence was rewritten (no run of five words, names aside, is shared with its page: checked by script against
the page text, which was kept outside the repository); the incidents, their order, places, figures, dates, sources
and hedges are the page's; private people's names are invented. Each passage's `style` ends with the page's address.
Gold follows news_dev's README and the events_probe README's stop 28, 30 and 32 conventions, and was written before
anything ran on the passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build78.py      # rewrites gold78.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P78: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P78.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


# ---------------------------------------------------------------------------------------------------- 2011
passage("kc01", "2011-04-02", "Al-Madina (Saudi, via Sauress)", "Friday protests in several cities fired on, the dead "
        "by place, state media's armed-gang telling | page: https://sauress.com/almadina/296591",
        "خرج آلاف السوريين أمس في مدن عدة، وامتد الحراك للمرة الأولى إلى مناطق يغلب عليها الأكراد في الشمال "
        "الشرقي، مطالبين بالحريات، فسقط تسعة قتلى بنيران قوات الأمن وفق شهود عيان وناشطين حقوقيين: ثمانية في "
        "مدينة دوما وواحد قرب درعا. ولبّى المحتجون دعوة ثالثة أطلقها ناشطون للتظاهر عقب صلاة ما سمّوه «جمعة "
        "الشهداء»، رفضاً لخطاب الأسد السبت الماضي الخالي من إصلاحات محددة. في المقابل، نقلت وكالة سانا مساء "
        "الجمعة عن مصدر مسؤول أن مسلحين صعدوا إلى أسطح أبنية في دوما وأطلقوا النار على مئات المتجمعين وعلى "
        "رجال الأمن.",
        [E("protest", Q("ثمانية", 8), PL("دوما", "Douma", "Rif Dimashq"), "2011-04-01",
           "شهود عيان وناشطين حقوقيين", PROT,
           note="Friday protests fired on: one protest event per place (Douma and near Daraa, a group); Douma's eight "
                "dead are its figure (the «آلاف» are the whole day's crowd, «مئات» is the state source's crowd in its "
                "own telling); the nine is the sum of the two places. The state source's armed-group telling is the "
                "other side's telling of the Douma shooting: nothing added. The Kurdish north-east names no place "
                "finer than a region of two governorates: left uncoded. Date: «أمس» = Friday 1 April"),
         E("protest", None, PL("درعا", "Daraa", "Daraa"), "2011-04-01", "شهود عيان وناشطين حقوقيين", PROT,
           note="the one protester killed near Daraa: the second place of the day's protests (group with Douma); a "
                "singular, no figure; «قرب درعا» placed at the city")])

passage("kc02", "2011-08-01", "Al-Watan (Saudi)", "a national day toll with a city's share, two rights groups' "
        "per-place tolls, arrests | page: https://alwatan.com.sa/article/102938",
        "قُتل 136 شخصاً برصاص قوات الأمن، منهم مئة في حماة، يوم الأحد 31 تموز 2011 حين اقتحمت وحدات من الجيش "
        "مدناً سورية عدة، وجُرح العشرات، فيما اعتُقل ما يزيد على 300 في ريف دمشق. وأكد رئيس الرابطة السورية "
        "لحقوق الإنسان عبد الكريم ريحاوي سقوط 100 مدني في حماة بنيران الأمن المرافق للجيش، وخمسة في أحياء "
        "بحمص خرج سكانها نصرةً لحماة، وثلاثة في ريف إدلب حين تظاهر الأهالي. أما رئيس المنظمة الوطنية لحقوق "
        "الإنسان عمار قربي فتحدث عن 19 قتيلاً في دير الزور وستة في الحراك وقتيل في البوكمال.",
        [E("casualties", Q("136", 136), None, "2011-07-31", None, GOV, kind="aggregate",
           note="the day's national toll of the storming of several cities: an aggregate apart from the per-place "
                "events below (it holds them); no single act named, so casualties"),
         E("casualties", Q("100", 100), PL("حماة", "Hama", "Hama"), "2011-07-31",
           "رئيس الرابطة السورية لحقوق الإنسان", GOV,
           note="security forces with the storming army shoot civilians: a known force firing on civilians outside a "
                "protest is casualties (stop 30, ACLED); the lead's «مئة» retells it, the league's head gives it "
                "fully, so he is the source"),
         E("arrest", Q("ما يزيد على 300", 300, None, True), PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"),
           "2011-07-31", None, GOV, note="arrests in the outlet's lead, dated by the Sunday of the sentence"),
         E("protest", Q("خمسة", 5), PL("حمص", "Homs", "Homs"), "2011-07-31", "رئيس الرابطة السورية لحقوق الإنسان",
           PROT, note="districts that marched for Hama, five shot dead: fire on a protest is the protest, its dead "
                      "its figure; dated by the lead's Sunday"),
         E("protest", Q("ثلاثة", 3), PL("ريف إدلب", "Idlib countryside", "Idlib"), "2011-07-31",
           "رئيس الرابطة السورية لحقوق الإنسان", PROT,
           note="same call: three killed where people protested; the region is the only place given"),
         E("casualties", Q("19", 19), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2011-07-31",
           "رئيس المنظمة الوطنية لحقوق الإنسان", GOV,
           note="the second rights group's per-place tolls of the storming: no protest named there, so casualties "
                "(known force on civilians)"),
         E("casualties", Q("ستة", 6), PL("الحراك", "Al-Harak", "Daraa"), "2011-07-31",
           "رئيس المنظمة الوطنية لحقوق الإنسان", GOV, note="as Deir ez-Zor"),
         E("casualties", None, PL("البوكمال", "Albu Kamal", "Deir ez-Zor"), "2011-07-31",
           "رئيس المنظمة الوطنية لحقوق الإنسان", GOV, note="one dead, a singular: no figure")])

passage("kc03", "2011-11-19", "Zaman al-Wasl", "a town stormed before an Arab League deadline; a Friday toll raised, "
        "by governorate | page: https://zamanalwsl.net/news/article/22596/dislike",
        "شرعت قوات من الجيش السوري في اقتحام شيزر، البلدة الواقعة بريف حماة شمال غربي البلاد، في اليوم التالي "
        "لسقوط 15 قتيلاً مدنياً، وقبيل انقضاء مهلة حددتها الجامعة العربية لدمشق كي يتوقف العنف بساعات. وقالت "
        "لجان التنسيق المحلية إن الاقتحام جرى تحت رشقات عشوائية من الرشاشات الثقيلة ورافقته مداهمات كثيفة "
        "للبيوت. وبعد التعرف اليوم على أسماء قتلى جدد، صعدت حصيلة «جمعة طرد السفراء» لتبلغ 23، منهم 3 أطفال: "
        "7 في حمص و6 في درعا و5 في حماة و4 في ريف دمشق وقتيل في حلب.",
        [E("shelling", None, PL("شيزر", "Shayzar", "Hama"), "2011-11-19", "لجان التنسيق المحلية", GOV,
           note="TYPE CALL: the army storms a town under random heavy machine-gun fire with house raids, no toll: "
                "coded as set 8 x02 codes tanks firing on a stormed city (shelling); the raids are part of it. DATE: "
                "«the day after» the Friday whose toll closes the item → Saturday 19 November. The LCC sentence "
                "comes back to the storming (source carried back)"),
         E("casualties", Q("23", 23), None, "2011-11-18", None, kind="aggregate",
           note="the Friday's national toll, raised: the lead's 15 civilians of the day before are its first count "
                "(my reading: the same Friday), the latest toll is the figure; the governorates and children are a "
                "breakdown; no act named, no killer named; the outlet tells it")])

# ---------------------------------------------------------------------------------------------------- 2012
passage("kc04", "2012-01-02", "Emarat Al Youm", "defectors take two checkpoints, a clash at a third; a truce order "
        "recalled; the Arab League chief's claim | page: https://emaratalyoum.com/politics/issues/syria-latest/"
        "2012-01-02-1.449815?ot=ot.AMPPageLayout",
        "أسر عسكريون منشقون اليوم عشرات من عناصر قوات الأمن، إثر سيطرتهم على حاجزين عسكريين في محافظة إدلب "
        "شمال غربي البلاد. وبحسب المرصد السوري لحقوق الإنسان، خاض المنشقون اشتباكاً مع الأمن عند حاجز ثالث "
        "أوقع قتلى وجرحى لم يُعرف عددهم، موضحاً أن العملية جرت في جبل الزاوية. وجاءت العملية بعدما أعلن الجيش "
        "السوري الحر قبل ثلاثة أيام أنه أمر مقاتليه بوقف الهجمات ريثما يلتقي مراقبي الجامعة العربية. في "
        "الأثناء، قال أمين عام الجامعة نبيل العربي إن الجيش سحب قواته من الأحياء السكنية، لكن إطلاق النار "
        "مستمر والقناصة خطر قائم.",
        [E("territory_change", None, PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), "2012-01-02",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="two checkpoints seized (a dual: no figure); the captives are no figure of a taking (set 36 ca27); "
                "the monitor's sentence comes back to the operation and gives its place, so it is the source"),
         E("armed_clash", None, PL("جبل الزاوية", "Jabal al-Zawiya", "Idlib"), "2012-01-02",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="the clash at a third checkpoint, its dead not numbered"),
         E("statement", None, None, "2011-12-30", None, FSA,
           note="the FSA's announced halt to attacks, recalled with its own time («three days before» the 2 January "
                "report): a named body's announcement told as its own matter; the outlet's recall. A second coder "
                "could leave a background order out"),
         E("statement", None, None, None, "نبيل العربي", None,
           note="the Arab League chief's claim that the army withdrew from residential areas, told as its own matter "
                "(«في الأثناء»); undated")])

passage("kc05", "2012-07-17", "Al-Ittihad (UAE)", "a brigadier and officers reach Hatay among 1,280 refugees; the "
        "running total of senior officers and of refugees | page: http://alittihad.ae/details.php?id=69528&y=2012",
        "عميد وضباط سوريون ينشقون ويلجؤون إلى تركيا\nأنقرة – أفاد مسؤول تركي اليوم الثلاثاء بأن عميداً في "
        "الجيش السوري وعدداً من الضباط المنشقين عبروا إلى تركيا الليلة الماضية، ضمن مجموعة من 1280 سورياً "
        "دخلوا ولاية هاتاي في جنوب البلاد. وأشار المسؤول إلى أن هذا الانشقاق يرفع إلى 18 عدد كبار الضباط "
        "السوريين اللاجئين في تركيا، بينهم لواء متقاعد، موضحاً أن ضباطاً لم يُكشف عددهم انشقوا كذلك برفقة "
        "أسرهم، ومجموع هؤلاء 86 شخصاً. وبذلك صار عدد اللاجئين السوريين على الأراضي التركية 42680.",
        [E("defection", None, PL("هاتاي", "Hatay", None, "Turkey"), "2012-07-16", "مسؤول تركي", GOV,
           note="an arrival abroad told as the defection keeps the arrival place (stop 29); no number of defectors "
                "is written (86 counts the officers with their families): no figure. DATE: «الليلة الماضية» on a "
                "Tuesday page → Monday 16 (as set 73 je35)"),
         E("defection", Q("18", 18), None, None, "مسؤول تركي", GOV, kind="aggregate",
           note="the running total of senior officers who took refuge in Turkey: residence abroad, no place (stop 28)"),
         E("other", Q("1280", 1280), PL("هاتاي", "Hatay", None, "Turkey"), "2012-07-16", "مسؤول تركي", None,
           note="the crossing of 1,280 Syrians into Hatay that night (displacement); the defectors were among them"),
         E("other", Q("42680", 42680), None, None, "مسؤول تركي", None, kind="aggregate",
           note="refugees in Turkey: a running total abroad, no place; «وبذلك» carries the official")])

passage("kc06", "2012-10-24", "Al-Hayat (via Sauress)", "an amnesty decree with desertion terms, state TV and SANA "
        "relayed, the justice minister's praise | page: https://sauress.com/alhayat/31536840",
        "منح الرئيس بشار الأسد بمرسوم عفواً عاماً عن الجرائم المرتكبة قبل أمس، واستثنى منه جرائم «الإرهاب» "
        "والمتوارين. وأفاد التلفزيون السوري في خبر عاجل بأن المرسوم التشريعي رقم 71 يعفو عن الجرائم الواقعة "
        "قبل 23 تشرين الأول. وبحسب النص الذي نشرته سانا، لا يشمل العفو المتوارين والفارين من وجه العدالة ما "
        "لم يسلّموا أنفسهم في غضون 30 يوماً للفرار الداخلي و90 يوماً للفرار الخارجي. وأطلقت السلطات في "
        "الأسابيع الأخيرة كثيرين ممن تصفهم بـ«المتورطين في الأحداث»، فيما وصف وزير العدل نجم حمد الأحمد العفو "
        "بأنه الأوسع في تاريخ البلاد، لمناسبة عيد الأضحى.",
        [E("desertion", None, None, "2012-10-23", "التلفزيون السوري", GOV,
           note="an amnesty decree whose terms cover internal and external desertion: desertion type (as set 1 p10); "
                "«قبل أمس» dates the decree to the 23rd; source: state TV's breaking news (a second coder could "
                "name SANA, which published the text); decree number and days are no figure. Not coded: the "
                "releases of past weeks (no date, no number); the minister's words react to the decree")])

# ---------------------------------------------------------------------------------------------------- 2013
passage("kc07", "2013-03-17", "Egypt Today (relaying CNN and Al Arabiya)", "a general's defection announced on a "
        "channel, his son's with it, recorded in Jordan | page: https://egypt-today.com/amp/39/2013-03-17-07-37-51",
        "أعلن ضابط رفيع في الجيش السوري انشقاقه عن النظام السبت، في أحدث حلقة من انشقاقات تكشف تآكل القوات "
        "الموالية للرئيس بشار الأسد، ولم يصدر أي تعليق رسمي. وقال اللواء محمد نور عز الدين خلوف، رئيس هيئة "
        "الإمداد والتموين، في لقاء مع قناة «العربية»، إنه نسّق خروجه منذ مدة مع «فصائل الثورة»، مشيراً إلى "
        "انهيار معنويات الجيش. وظهر إلى جانبه في التسجيل نجله النقيب عز الدين خلوف، الذي يقود سرية الاستطلاع "
        "ضمن اللواء 91، معلناً انشقاقه هو الآخر. ولا تستطيع CNN التثبت من الشريط الذي أفادت «العربية» بأنه "
        "صُوّر في الأردن.",
        [E("defection", None, PL("الأردن", "Jordan", None, "Jordan"), "2013-03-16",
           "اللواء محمد نور عز الدين خلوف", GOV,
           note="the general and his son defect in one announcement: one event, no numeral, no figure. PLACE CALL: "
                "the video was recorded in Jordan (Al Arabiya): an arrival abroad told with the defection, no place "
                "at home named. SOURCE CALL: the general announces his own defection; a second coder could name "
                "«العربية». Brigade 91 is a name")])

passage("kc08", "2013-07-18", "Al-Watan (Bahrain)", "Kurdish fighters expel Nusra from a border city, its shelling "
        "and attacks after, the Coalition's statement | page: https://alwatannews.net/ampArticle/52099",
        "أخرج مقاتلون أكراد عناصر جبهة النصرة بالكامل من رأس العين، المدينة الحدودية مع تركيا، بعد معارك "
        "ضارية قضى فيها 29 شخصاً وفق المرصد السوري لحقوق الإنسان، لتنشأ جبهة جديدة بين الأكراد وجماعات مرتبطة "
        "بالقاعدة. واندلعت المواجهات قبل ثلاثة أيام حين اعترض مسلحو النصرة عناصر من «وحدات الحماية الشعبية» "
        "التابعة لحزب الاتحاد الديمقراطي. وبات الأكراد يسيطرون على المدينة ومعبرها كلياً، فيما ردّت النصرة "
        "بصواريخ محلية الصنع أطلقتها على المدينة وبهجمات على حواجز كردية في قرى مجاورة. ودعا الائتلاف الوطني "
        "المعارض في بيان إلى التهدئة محذّراً من صراع طائفي أو عرقي.",
        [E("territory_change", Q("29", 29), PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), None,
           "المرصد السوري لحقوق الإنسان", SDF,
           note="the taking after three days of fighting at the same city: one event with the fighting's dead (set "
                "48 dd19); the YPG coded with the SDF (its later umbrella); undated (the page gives no day for the "
                "expulsion)"),
         E("shelling", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), None, None, HTS,
           note="Nusra's home-made rockets on the city: another kind of act after the monitor's sentence → outlet"),
         E("armed_clash", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah"), None, None, HTS,
           note="attacks on Kurdish checkpoints in unnamed nearby villages: placed at the city they are near"),
         E("statement", None, None, None, "الائتلاف الوطني المعارض", None,
           note="the Coalition's statement calling for calm, its own matter; PLACE CALL: a general warning, no place "
                "(a second coder could place it at Ras al-Ain)")])

# ---------------------------------------------------------------------------------------------------- 2014
passage("kc09", "2014-03-25", "Elaph", "a hill and a coastal village taken, one side's dead, the other side's denial "
        "| page: https://elaph.com/Web/News/2014/3/889174.html",
        "سقط 14 قتيلاً على الأقل من عناصر القوات النظامية الثلاثاء في معارك طاحنة مع مقاتلي المعارضة الذين "
        "انتزعوا تلة استراتيجية بريف اللاذقية الشمالي، وكانوا قبل ساعات قد استولوا على قرية السمرا ومنفذها "
        "على البحر، وفق المرصد السوري لحقوق الإنسان. وأوضح المرصد أن بين القتلى ضابطين سقطوا في تفجير ضخم "
        "ومواجهات في «المرصد 45» الذي صار بيد جبهة النصرة وكتائب إسلامية، وأن ستة معارضين قُتلوا ونُقل أكثر "
        "من 75 جريحاً منهم إلى تركيا. لكن مصدراً أمنياً سورياً وصف لفرانس برس الوضع على التلة بأنه «بين أخذ "
        "ورد» ونفى سقوط السمرا.",
        [E("territory_change", Q("14", 14, None, True), PL("المرصد 45", "Observatory 45 (hill post)", "Latakia"),
           "2014-03-25", "المرصد السوري لحقوق الإنسان", HTS,
           note="the hill post taken in battle: the fight's dead are the taking's (set 48 dd19); no total of both "
                "sides, so the first side numbered (14 soldiers); the six rebels are no second event; the wounded are "
                "never the figure; «المرصد 45» is a named military site (its number a name). The security source's "
                "«back and forth» is the other side's telling"),
         E("territory_change", None, PL("السمرا", "Al-Samra", "Latakia"), "2014-03-25",
           "المرصد السوري لحقوق الإنسان", FSA,
           note="the village and its sea outlet taken hours before, same day; denied by the security source (the "
                "monitor asserts it); agent as the text names the takers («مقاتلي المعارضة»)")])

passage("kc10", "2014-08-13", "Youm7", "IS takes two towns and a string of villages; activists' telling, the monitor's "
        "toll of one side and the other | page: https://www.youm7.com/story/2014/8/13/"
        "تنظيم-الدولة-الإسلامية-يستولى-على-بلدتين-بشمال-سوريا/1818077",
        "سيطر مسلحو تنظيم الدولة الإسلامية اليوم الأربعاء على بلدتين كبيرتين وعدد من القرى قريبة من حدود "
        "سوريا الشمالية مع تركيا، بعد أن أخرجوا منها مقاتلين منافسين إثر معارك عنيفة، وفق ناشطين معارضين. "
        "وأوضح الناشطون أن التنظيم انتزع بلدتي أخترين وتركمان بارح في محافظة حلب من فصائل المعارضة الساعية "
        "إلى إسقاط الأسد، واستولى أيضاً على سلسلة قرى مجاورة منها المسعودية ودابق وغوز. وقدّر المرصد السوري "
        "لحقوق الإنسان، ومركزه في بريطانيا، قتلى المعارك بواحد وثلاثين على الأقل من مقاتلي المعارضة وثمانية "
        "من عناصر التنظيم.",
        [E("territory_change", Q("واحد وثلاثين", 31, None, True), PL("أخترين", "Akhtarin", "Aleppo"), "2014-08-13",
           "ناشطين معارضين", IS,
           note="one act over two towns and a list of villages: placed at the first town (group); the battle's dead "
                "are the taking's, no total, so the first side numbered (31 rebels); the eight IS dead are no second "
                "event. SOURCE: the act's own sentence names the activists; the monitor's toll does not replace them "
                "(as set 73 je05). Britain is the monitor's seat")])

# ---------------------------------------------------------------------------------------------------- 2015
passage("kc11", "2015-03-29", "Al-Mada (Iraq)", "a provincial capital taken by Nusra and allies, the monitor's telling "
        "and a security source's | page: https://almadapaper.net/124789",
        "أحكمت جبهة النصرة والفصائل المتحالفة معها أمس السبت قبضتها الكاملة على مدينة إدلب الاستراتيجية "
        "المحاذية لتركيا، لتصبح ثانية المدن التي يخسرها النظام السوري بعد الرقة التي يتخذها تنظيم الدولة "
        "الإسلامية معقلاً، حسب المرصد السوري لحقوق الإنسان. وقال المرصد إن حركة أحرار الشام ومقاتلي النصرة "
        "وجند الأقصى وفصائل إسلامية أخرى انتزعوا المدينة شبه كاملة بعد نحو أربعة أيام من القتال العنيف مع "
        "القوات النظامية ومسلحين موالين لها، تراجعوا أمام حرب شوارع ضارية. في المقابل، تحدث مصدر أمني سوري "
        "لفرانس برس عن «خروقات» لمجموعات مسلحة في أطراف المدينة، مؤكداً أن المعارك مستمرة.",
        [E("territory_change", None, PL("إدلب", "Idlib", "Idlib"), "2015-03-28", "المرصد السوري لحقوق الإنسان", HTS,
           note="the city taken after four days of fighting (a duration, no figure); the security source's «breaches» "
                "is the other side's telling; Raqqa is a comparison")])

passage("kc12", "2015-11-05", "Echorouk (Algeria, via Djazairess)", "a highway town taken, a commander to Reuters, "
        "the monitor's narrower telling | page: https://djazairess.com/echorouk/260384",
        "سيطر مقاتلو المعارضة السورية الخميس على مورك، البلدة الاستراتيجية الواقعة شمال مدينة حماة على الطريق الدولي "
        "الذي يصل شمال البلاد بجنوبها، بعد قتال شرس مع ميليشيات موالية للنظام، بحسب معارضين والمرصد السوري لحقوق "
        "الإنسان. ويُعد فقدان البلدة ضربة موجعة للحملة التي تدعمها روسيا جواً وقوات إيرانية على الأرض. وقال فارس "
        "البيوش، قائد «فرسان الحق» المنضوية في الجيش السوري الحر، لرويترز: «حررناها بالكامل صباح اليوم»، وأكد قائد "
        "معارض آخر السيطرة عليها. أما المرصد فذكر أن مقاتلي «جند الحق» بدعم فصائل أخرى سيطروا على أجزاء واسعة منها.",
        [E("territory_change", None, PL("مورك", "Morek", "Hama"), "2015-11-05", "المرصد السوري لحقوق الإنسان", FSA,
           note="one taking told by three voices; SOURCE CALL: the lead names opponents and the monitor, the monitor "
                "is the named body (a second coder could name the commander); Hama is a bearing")])

# ---------------------------------------------------------------------------------------------------- 2016
passage("kc13", "2016-01-17", "Al-Riyadh (via Sauress)", "an IS attack's toll with executions inside it, a district "
        "taken | page: https://sauress.com/alriyadh/1119885",
        "أعلن المرصد السوري لحقوق الإنسان يوم السبت مقتل 35 من جنود النظام ومقاتلين موالين له في هجوم على "
        "مدينة دير الزور وضواحيها. وأوضح رامي عبد الرحمن، الذي يدير المرصد، لفرانس برس أن ثمانية من القتلى "
        "أُعدموا رمياً بالرصاص خلال الهجوم الذي شنه تنظيم داعش على محاور عدة، لافتاً إلى أن عناصر التنظيم "
        "تسللوا إلى الشمال الشرقي من المدينة وانتزعوا حي البغيلية، ليبسطوا نفوذهم حالياً على نحو 60 في المئة "
        "منها.",
        [E("armed_clash", Q("35", 35), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2016-01-16",
           "المرصد السوري لحقوق الإنسان", IS,
           note="the attack on several axes and its dead; the eight executed are a breakdown of the 35, not an event"),
         E("territory_change", None, PL("البغيلية", "Al-Baghiliyah", "Deir ez-Zor"), "2016-01-16",
           "رامي عبد الرحمن", IS,
           note="the district taken in the same attack, told by the director; 60% is a state, no figure")])

passage("kc14", "2016-04-20", "Zaitun magazine (relaying the LCC)", "a day's national toll by governorate, with the "
        "acts behind the largest shares | page: https://zaitonmag.com/?p=11857",
        "أحصت لجان التنسيق المحلية حتى مساء الثلاثاء 108 قتلى على الأقل في أنحاء سوريا، أغلبهم مدنيون، بينهم "
        "14 طفلاً و9 نساء وشخص قضى تحت التعذيب. وتصدّرت إدلب بأكثر من 53 قتيلاً سقط معظمهم بغارات طائرات "
        "النظام على كفرنبل ومعرة النعمان، تلتها دير الزور بـ14 أغلبهم بقصف مقاتلات النظام لحيّي الحميدية "
        "والحسينية، وحلب بـ14 قُتل معظمهم بقصف قوات النظام لحي صلاح الدين وبيد داعش في منبج. وسُجّل أكثر من "
        "12 في دمشق وريفها، و5 في درعا، و3 في كل من حمص واللاذقية، واثنان في حماة، وواحد في كل من الرقة "
        "والحسكة.",
        [E("casualties", Q("108", 108, None, True), None, "2016-04-19", "لجان التنسيق المحلية", kind="aggregate",
           note="the day's national toll; children, women and the governorates are a breakdown"),
         E("airstrike", None, PL("كفرنبل", "Kafr Nabl", "Idlib"), "2016-04-19", "لجان التنسيق المحلية", GOV,
           note="regime raids on two towns (group, first place); FIGURE CALL: «most of» Idlib's 53 died in them, "
                "their own dead are not numbered: no figure (53 is the governorate's share of the toll)"),
         E("airstrike", None, PL("الحميدية", "Al-Hamidiyah (Deir ez-Zor)", "Deir ez-Zor"), "2016-04-19",
           "لجان التنسيق المحلية", GOV, note="as Idlib: jets on two districts, the 14 is the governorate's share"),
         E("shelling", None, PL("صلاح الدين", "Salah al-Din (Aleppo)", "Aleppo"), "2016-04-19",
           "لجان التنسيق المحلية", GOV, note="regime shelling of an Aleppo district, its dead part of the 14"),
         E("casualties", None, PL("منبج", "Manbij", "Aleppo"), "2016-04-19", "لجان التنسيق المحلية", IS,
           note="killed «at the hands of» IS in Manbij, no act named: casualties, no figure")])

# ---------------------------------------------------------------------------------------------------- 2017
passage("kc15", "2017-01-15", "Al-Wasat (Bahrain)", "an IS attack on a besieged city, the total of both sides and "
        "its parts | page: http://alwasatnews.com/news/1200771.html",
        "أودى هجوم شنه تنظيم داعش على مدينة دير الزور شرقي البلاد بحياة ثلاثين على الأقل من عناصر النظام "
        "السوري ومقاتلي التنظيم، وهو الأشد منذ أن بسط التنظيم سيطرته على أجزاء واسعة منها، بحسب المرصد السوري "
        "لحقوق الإنسان. وأوضح رامي عبد الرحمن، الذي يدير المرصد، لوكالة فرانس برس أن المواجهات التي تلت هجوم "
        "الجهاديين السبت أودت بـ12 عنصراً نظامياً على الأقل و20 مقاتلاً من التنظيم، في المدينة التي يحاصرونها "
        "منذ عامين.",
        [E("armed_clash", Q("ثلاثين", 30, None, True), PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2017-01-14",
           "المرصد السوري لحقوق الإنسان", IS,
           note="a clash's figure is the total of both sides when given (30, hedged after the noun); 12 and 20 are "
                "its breakdown; «السبت» on a Sunday page; the two-year siege is a state")])

passage("kc16", "2017-05-18", "SMART (via Microsyria)", "an evacuation batch under way, the previous batch's arrival, "
        "the running total | page: https://microsyria.com/2017/05/18/"
        "دخول-الحافلات-إلى-حي-الوعر-لإخلاء-الدف/",
        "دخلت عشر حافلات اليوم الخميس إلى حي الوعر في مدينة حمص لإخراج مهجّري الحي ضمن دفعتهم الحادية عشرة "
        "نحو ريف حمص الشمالي، وفق مراسل «سمارت»، والحي خاضع للجيش الحر وكتائب إسلامية. وأشار المراسل إلى أن "
        "ألف مقاتل ومدني يُنتظر خروجهم عصر اليوم، وأن الدفعة الأخيرة قد تغادر السبت المقبل إلى إدلب وجرابلس. "
        "وضمّت الدفعات العشر السابقة قرابة 18 ألف شخص، ووصلت العاشرة إلى إدلب ليلة الثلاثاء-الأربعاء بعد رحلة "
        "تجاوزت 24 ساعة، وعلى متنها نحو 2200 شخص. ويجري التهجير بموجب اتفاق برعاية روسية لإجلاء نحو 20 ألفاً.",
        [E("other", Q("ألف", 1000), PL("الوعر", "Al-Waer (Homs)", "Homs"), "2017-05-18", "مراسل «سمارت»", FSA,
           note="the eleventh evacuation batch, under way (buses in, people expected out this afternoon): the figure "
                "is the people the text ties to it, not the ten buses; the northern countryside is the destination"),
         E("other", Q("نحو 2200", 2200, approx=True), PL("الوعر", "Al-Waer (Homs)", "Homs"), "2017-05-16",
           "مراسل «سمارت»", FSA,
           note="the tenth batch, told by its arrival in Idlib (the destination); placed at the quarter it left; "
                "«ليلة الثلاثاء-الأربعاء» → Tuesday 16; the outlet's reporter carries over the item"),
         E("other", Q("قرابة 18 ألف", 18000, approx=True), PL("الوعر", "Al-Waer (Homs)", "Homs"), None,
           "مراسل «سمارت»", FSA, kind="aggregate",
           note="the ten batches so far: a running total; the 20 thousand are the deal's estimate, the last batch a "
                "future; the deal is the frame, not dated apart")])

# ---------------------------------------------------------------------------------------------------- 2018
passage("kc17", "2018-04-07", "SY24", "a car bomb in a town centre, the reporter's toll, recalled bombings "
        "| page: https://sy-24.com/8597",
        "قُتل تسعة مدنيين وجُرح العشرات السبت، السابع من نيسان/أبريل، بانفجار سيارة مفخخة في وسط مدينة الباب "
        "بريف حلب الشرقي. وأوضح مراسلنا أن السيارة انفجرت على مقربة من المسجد الكبير في قلب المدينة، وأن "
        "الإصابات البليغة طالت أكثر من 25 مدنياً، مرجّحاً ارتفاع عدد القتلى لوجود جرحى في حالة حرجة. وتكررت "
        "في الباب تفجيرات بسيارات ودراجات نارية مفخخة، تبنّى داعش أغلبها، منذ طرده من المدينة إثر عملية «درع "
        "الفرات» التي أفضت إلى سيطرة فصائل الجيش الحر عليها.",
        [E("explosion", Q("تسعة", 9), PL("الباب", "Al-Bab", "Aleppo"), "2018-04-07", "مراسلنا", None,
           note="the car bomb's dead; the wounded are never the figure; the mosque is placed at its town; unclaimed; "
                "the earlier bombings and the 2017 taking are background with no day")])

passage("kc18", "2018-05-07", "Al-Araby Al-Jadeed (aajsa)", "an evacuation convoy counted by a coordinators' source, an "
        "earlier batch's arrival, the deal recalled | page: https://aajsa.com/"
        "الدفعة-الخامسة-من-مهجري-جنوب-دمشق-تغادر-للشمال-السوري",
        "انطلق مساء اليوم الاثنين مهجّرو الدفعة الخامسة من ببيلا ويلدا وبيت سحم جنوبي دمشق نحو جرابلس في ريف "
        "حلب. وأوضح مصدر من منسقي الاستجابة في الشمال لـ«العربي الجديد» أن الرتل تألف من 46 حافلة حملت 1111 "
        "شخصاً بين مدنيين وعسكريين، وأن دفعة يُرجح أن تكون الأخيرة ستغادر غداً الثلاثاء. وكانت الدفعة الرابعة "
        "قد بلغت قلعة المضيق شمال غربي حماة في وقت سابق اليوم. ويُتوقع خروج 17 ألف شخص بموجب اتفاق أبرمه "
        "مفاوضو جنوب دمشق مع روسيا والنظام قبل قرابة عشرة أيام، يقضي بترحيل المقاتلين بسلاحهم الخفيف وتسوية "
        "أوضاع الباقين.",
        [E("other", Q("1111", 1111), PL("ببيلا", "Babbila", "Rif Dimashq"), "2018-05-07",
           "مصدر من منسقي الاستجابة", FSA,
           note="the fifth batch leaving three towns: one act over a list, placed at the first town; the figure is "
                "the people, not the 46 buses; the source's next sentence comes back to the convoy; Jarablus is "
                "the destination; the last batch is a future"),
         E("other", None, None, "2018-05-07", "مصدر من منسقي الاستجابة", FSA,
           note="the fourth batch's arrival at Qalaat al-Madiq (a destination, not the place; its origin is not "
                "restated): no place; «وكانت» goes on with the source's report of the batches (a second coder "
                "could give the outlet)"),
         E("agreement", None, PL("جنوب دمشق", "Southern Damascus", "Rif Dimashq"), None, None, None,
           note="the deal recalled («about ten days ago»: no exact day) with its terms; the 17 thousand is an "
                "estimate, not a figure of an act")])

# ---------------------------------------------------------------------------------------------------- 2019
passage("kc19", "2019-05-30", "Okaz (via Sauress)", "a day's provincial toll and the village inside it, a running "
        "toll since Sunday, the day before's toll | page: https://sauress.com/okaz/1729803",
        "لقي 10 مدنيين على الأقل حتفهم أمس (الأربعاء) جراء غارات لطائرات النظام السوري على مناطق تسيطر عليها "
        "فصائل مسلحة في محافظة إدلب، الواقعة تحت القصف منذ شهر، وفق المرصد السوري لحقوق الإنسان. وبيّن المرصد "
        "أن 7 منهم قضوا في غارات على سرجة، القرية الواقعة بريف إدلب قرب خط التماس بين هيئة تحرير الشام وقوات "
        "النظام، وأن الغارات والقصف المدفعي أوديا منذ الأحد بأكثر من 50 مدنياً، في حين قُتل الثلاثاء 27 "
        "مدنياً على الأقل، منهم 11 طفلاً، بقصف للنظام على مناطق في محافظتي إدلب وحلب.",
        [E("airstrike", Q("7", 7), PL("سرجة", "Sarja", "Idlib"), "2019-05-29", "المرصد السوري لحقوق الإنسان", GOV,
           note="the raids on one village and their seven dead"),
         E("airstrike", Q("10", 10, None, True), PL("محافظة إدلب", "Idlib Governorate", "Idlib"), "2019-05-29",
           "المرصد السوري لحقوق الإنسان", GOV, kind="aggregate",
           note="FIGURE CALL: the day's toll of regime raids over the province, told first; Sarja's seven are inside "
                "it, the other three's places unnamed; coded as a day's aggregate of one cause (airstrike), apart "
                "from Sarja; a second coder could keep only Sarja"),
         E("casualties", Q("أكثر من 50", 50, None, True), None, None, "المرصد السوري لحقوق الإنسان", GOV,
           kind="aggregate",
           note="the running toll since Sunday (26 May) of raids and artillery: two kinds of act → casualties "
                "(stop 32)"),
         E("casualties", Q("27", 27, None, True), None, "2019-05-28", "المرصد السوري لحقوق الإنسان", GOV,
           kind="aggregate",
           note="Tuesday's toll over two governorates (no place); «قصف» names no kind (air or ground): casualties; "
                "eleven children a breakdown")])

passage("kc20", "2019-07-13", "Step News Agency", "settlement conscripts defect, a correspondent's count, a defector's "
        "account of a battle four days earlier | page: https://stepagency-sy.net/2019/07/13/"
        "انشقاق-لعناصر-التسويات-من-أبناء-ريف-دم/",
        "انشق في الساعات الأخيرة عدد من أبناء ريف دمشق المجندين في قوات النظام، بعدما دُفع بهم إلى الصفوف "
        "الأمامية على جبهات ريف حماة واللاذقية. وأفاد مراسل لوكالة «ستيب الإخبارية» في العاصمة بأن المنشقين "
        "تجاوزوا خمسة عناصر، يتحدرون من وادي بردى والهامة والكسوة، ويحملون بطاقات «تسوية» أُرغموا بموجبها على "
        "الخدمة. وروى أحد المنشقين، طالباً إخفاء اسمه، أن الثلاثاء الفائت شهد مقتل 135 عنصراً نظامياً على "
        "الأقل، بينهم عقيدان، وجرح العشرات في جبل التركمان في ريف اللاذقية، بهجوم للفصائل وغرفة عمليات «وحرّض "
        "المؤمنين»، وأنه هرب مع اثنين آخرين إثر تقدمها.",
        [E("defection", Q("خمسة", 5, None, True), None, "2019-07-13", "مراسل لوكالة «ستيب الإخبارية» في العاصمة", GOV,
           note="more than five (a verb bound: open upper end); PLACE CALL: they left the fronts of two governorates, "
                "their home villages are origins: no place; «الساعات الأخيرة» → the day of the page; the narrator "
                "and his two comrades are among them"),
         E("armed_clash", Q("135", 135, None, True), PL("جبل التركمان", "Jabal al-Turkman", "Latakia"), "2019-07-09",
           "أحد المنشقين", FSA,
           note="the factions' attack recalled with its own day («الثلاثاء الفائت» before a Saturday page → 9 July): "
                "its dead are the figure (two colonels a breakdown; a dual, no figure); told by the defector")])

# ---------------------------------------------------------------------------------------------------- 2020
passage("kc21", "2020-01-22", "Al-Aman (Lebanon)", "a day's toll over two provinces, a civil-defence source's count "
        "for one, barrels, a joint killed-and-wounded figure for the other | page: http://al-aman.com/portal/ar-LB/"
        "الأمان-الإقليمي/5/c/يوم-دام-في-حلب-وإدلب-27-قتيلا-بقصف-قوات-النظام-وروسيا/8942/",
        "قتلت الغارات الروسية يوم الثلاثاء في ريفَي إدلب وحلب سبعة وعشرين شخصاً على الأقل، وجرحت ما يفوق "
        "الأربعين، ويُرجح أن ترتفع الحصيلة. وأوضح مصدر في الدفاع المدني السوري أن طائرات النظام وحليفه الروسي "
        "نفّذت ثماني وعشرين غارة على ما يزيد على 16 بلدة وقرية في ريف حلب، فقتلت 25 مدنياً أغلبهم في كفرتعال "
        "وكفرنوران، بينهم أسرة من ثمانية أفراد، وأضاف أن مروحيات النظام رمت نحو خمسة عشر من البراميل المتفجرة "
        "هناك. وفي ريف إدلب، أحصى مصدر آخر في الدفاع المدني 15 مدنياً على الأقل بين قتيل وجريح بغارات روسية.",
        [E("airstrike", Q("سبعة وعشرين", 27, None, True), None, "2020-01-21", None, RUS, kind="aggregate",
           note="the day's toll of one cause (Russian air bombardment) over two provinces: an aggregate, no place; "
                "the outlet's lead"),
         E("airstrike", Q("25", 25), PL("ريف حلب", "Aleppo countryside", "Aleppo"), "2020-01-21",
           "مصدر في الدفاع المدني السوري", RUS,
           note="28 raids on more than 16 villages: PLACE CALL: the countryside is the place the text gives for the "
                "raids (Kafr Taal and Kafr Nouran are where most died: a breakdown); the dead are the figure, not "
                "the raids; the family of eight is a breakdown; regime and Russia together, Russia as the lead says"),
         E("airstrike", Q("نحو خمسة عشر", 15, approx=True), PL("ريف حلب", "Aleppo countryside", "Aleppo"),
           "2020-01-21", "مصدر في الدفاع المدني السوري", GOV,
           note="regime helicopters' barrels: another actor, coded apart; no dead of their own, so the barrels are "
                "the figure; «وأضاف» carries the source"),
         E("airstrike", Q("15", 15, None, True), PL("ريف إدلب", "Idlib countryside", "Idlib"), "2020-01-21",
           "مصدر آخر في الدفاع المدني", RUS,
           note="FIGURE CALL: killed and wounded together with no dead of their own: the joint figure is the act's "
                "(set 39); the pitch near al-Bara is one target")])

passage("kc22", "2020-12-22", "Al-Hal Net", "an HTS arrest campaign in a town, activists' telling; a checkpoint arrest "
        "told by the monitor | page: https://7al.net/2020/12/22/هيئة-تحرير-الشام-تعتقل-30-شخصاً-بريف-إ/razzaq-a/slide/",
        "اعتقلت «هيئة تحرير الشام» اليوم الثلاثاء في بلدة معرة مصرين القريبة من مدينة إدلب 30 شخصاً. وقال "
        "ناشطون محليون لموقع «الحل نت» إن جهاز الهيئة الأمني نشر ملثمين وحواجز حول البلدة، وشنّ حملة طالت 30 "
        "من أبنائها بتهمة التواصل مع القوات الحكومية والإعداد لمصالحات معها، مؤكدين أن الموقوفين لم يشاركوا "
        "في الحراك الشعبي، وسبق أن اتُّهموا بتهريب المخدرات. وفي سياق قريب، أورد المرصد السوري لحقوق الإنسان "
        "خبر توقيف حاجز تابع للهيئة ثلاثة جهاديين لأسباب مجهولة، أحدهم من «كتائب الفتح»، على الطريق بين "
        "التوامة وترمانين شمالي إدلب.",
        [E("arrest", Q("30", 30), PL("معرة مصرين", "Maarat Misrin", "Idlib"), "2020-12-22", "ناشطون محليون", HTS,
           note="the lead has no source; the activists' sentence comes back to the campaign (carried back); Idlib "
                "city is a bearing"),
         E("arrest", Q("ثلاثة", 3), PL("التوامة", "Al-Tawama", "Idlib"), None, "المرصد السوري لحقوق الإنسان", HTS,
           note="another arrest at another place: a road between two places is placed at the first; undated")])

# ---------------------------------------------------------------------------------------------------- 2021
passage("kc23", "2021-01-19", "Jisr TV (relaying Ahrar Horan)", "a settlement member shot dead by unknown gunmen "
        "| page: https://jisrtv.com/أخبار-الجسر/الأخبار-السورية/حادث-اغتيال-جديد-لأحد-عناصر-التسوية-في-درعا/",
        "حادثة اغتيال جديدة تطال أحد عناصر التسوية في درعا\nقتل مسلحون مجهولون اليوم الثلاثاء عنصراً أجرى "
        "تسوية مع النظام، في ريف درعا الغربي. ونقل موقع «أحرار حوران» أن المسلحين أطلقوا الرصاص مباشرة على "
        "ياسر العتيق في بلدة المزيريب، مبيناً أنه قاتل سابقاً في صفوف الجيش الحر ضد قوات النظام، ثم حصل على "
        "بطاقة من فرع الأمن العسكري بعد التسوية. وتتصاعد في المحافظة منذ مدة عمليات الاغتيال والتفجير التي "
        "تحصد مدنيين وعناصر من النظام وميليشياته، إضافة إلى مقاتلين سابقين في الجيش الحر انضموا إلى التسوية.",
        [E("armed_clash", None, PL("المزيريب", "Al-Muzayrib", "Daraa"), "2021-01-19", "موقع «أحرار حوران»", UNK,
           note="a killing by unknown gunmen is an armed clash (stop 30); one man, no figure; the settlement and "
                "the wave of killings are background")])

passage("kc24", "2021-07-29", "Watana News", "a storming attempt on three axes, shelling with a first toll, heavy "
        "rockets | page: https://watananews.com/?p=101532",
        "تزامناً مع افتتاح معبر جابر.. النظام يبدأ اقتحام درعا البلد تحت قصف كثيف\nشرعت قوات الفرقة الرابعة "
        "فجر اليوم الخميس في محاولة لاقتحام درعا البلد من ثلاثة محاور، بينما يتصدى لها أبناء المنطقة بما "
        "لديهم من سلاح، وسط اشتباكات عنيفة وقصف مدفعي مكثف على البيوت والطرقات. وذكرت مصادر أن القصف أوقع "
        "قتيلاً في حصيلة أولى وعدداً من الجرحى المدنيين، في ظل انعدام المشافي الميدانية والنقاط الطبية، ما "
        "دفع الأهالي إلى مناشدة إجلاء المصابين. كما استهدفت الفرقة الأحياء المحاصرة بصواريخ «الفيل» من نوع "
        "أرض-أرض، التي تُستخدم للتدمير العشوائي.",
        [E("armed_clash", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-07-29", None, GOV,
           note="the storming attempt met by local fighters: clashes (three axes are no figure)"),
         E("shelling", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-07-29", "مصادر", GOV,
           note="the artillery and its one dead (a singular: no figure); the «Fil» rockets on the same quarter the "
                "same day are folded in; the residents' appeal is no named body's statement; the crossing's "
                "opening is no conflict event")])

# ---------------------------------------------------------------------------------------------------- 2022
passage("kc25", "2022-01-30", "Al-Baath (Syrian official paper)", "a settlement round closed, the governor's count, "
        "the earlier rounds recalled | page: https://newspaper.albaathmedia.sy/2022/01/30/"
        "بعد-تمديدها-أربعة-أيام-انتهاء-عملية-ت",
        "انتهت في مدينة درعا عملية تسوية أوضاع المطلوبين للخدمتين الإلزامية والاحتياطية بعد تمديدها أربعة "
        "أيام إضافية، وكانت قد انطلقت الخميس الفائت في مركز التسويات بالمدينة. وقال المهندس لؤي خريطة، محافظ "
        "درعا، من داخل المركز إن نحو 1700 شخص سوّوا أوضاعهم، بينهم مدنيون وعسكريون وعناصر شرطة فارّون، لافتاً "
        "إلى أن المرحلة السابقة شهدت تسويات لمئات المسلحين والمطلوبين والفارين والمتخلفين عن الخدمة. وكانت "
        "التسويات قد شملت في الأشهر الثلاثة الأخيرة من العام الماضي معظم قرى المحافظة، من المخيم وطريق السد "
        "ودرعا البلد إلى الأرياف الغربي والشمالي والشرقي.",
        [E("other", Q("نحو 1700", 1700, approx=True), PL("درعا", "Daraa", "Daraa"), None, "محافظ درعا", GOV,
           note="a settlement round (status settlement is `other`, as set 1 p43): the people settled are the figure "
                "(their kinds a breakdown); it ran from Thursday 27 January for days: no single day"),
         E("other", Q("مئات", 200, 900, True), None, None, "محافظ درعا", GOV, kind="aggregate",
           note="the earlier rounds («the previous stage», the last quarter of 2021) as the governor sums them: an "
                "aggregate; the list of quarters and countrysides is where they ran, no single place")])

passage("kc26", "2022-03-10", "Hadi Abdullah's site", "soldiers desert on leave west of the Euphrates, checkpoints "
        "set to find them | page: https://hadiabdullah.net/2022/03/10/استغلوا-الإجازة-وفروا-من-الخدمة-عشرات/",
        "أفادت مواقع محلية سورية بفرار عدد من عناصر جيش النظام في المناطق الواقعة غرب الفرات، بين ريف دير "
        "الزور الغربي وريف الرقة الشرقي، وبأن النظام نصب إثر ذلك حواجز ونقاط تفتيش على طريق دير الزور–الرقة "
        "بحثاً عنهم. وبحسب هذه المواقع، تمكن 13 عنصراً من الهرب مستغلين إجازاتهم ومتخفين بملابس مدنية، ويُرجح "
        "أنهم لجؤوا إلى مناطق «قسد» شرق النهر تجنباً لمعارك البادية ضد تنظيم الدولة. وأشارت شبكة الخابور "
        "المحلية إلى أن قوات النظام تحاول تعقب الفارين عبر حواجز مؤقتة، علماً أن معظمهم من أبناء غرب الفرات.",
        [E("desertion", Q("13", 13), PL("ريف دير الزور الغربي", "Western Deir ez-Zor countryside", "Deir ez-Zor"),
           None, "مواقع محلية سورية", GOV,
           note="TYPE CALL: soldiers slipping away on leave in civilian clothes to escape the Badia battles: "
                "desertion (the page's headline says «انشقاق»; a second coder could code defection); the stretch "
                "between two countrysides is placed at the first; SDF areas are a likely destination; undated; the "
                "search checkpoints are no event")])

passage("kc27", "2022-09-03", "Watan FM (relaying the Free Horan Gathering)", "an abduction on a road between two "
        "towns, a motive inferred | page: https://watan.fm/news/173641",
        "اختطف مجهولون شاباً بريف درعا الغربي مساء الجمعة، الثاني من أيلول. ونقل «تجمع أحرار حوران» أن مراد "
        "الحسين، المتحدر من بلدة نافعة، خُطف على الطريق بين سحم الجولان وجلين، إذ اعترضه الخاطفون واقتادوه "
        "تاركين أبناءه الذين رافقوه، ما يرجّح أن الغاية ليست فدية مالية. وتتكرر في درعا عمليات الخطف طلباً "
        "للمال، في ظل عجز قوات الأسد عن وقفها، بل وتورط ميليشيات تابعة للنظام في بعضها.",
        [E("arrest", None, PL("سحم الجولان", "Saham al-Julan", "Daraa"), "2022-09-02", "تجمع أحرار حوران", UNK,
           note="TYPE CALL: an abduction by unknown men coded as arrest (as set 73 je33); the road is placed at its "
                "first town; Nafiah is his origin; the ransom kidnappings are a habit")])

# ---------------------------------------------------------------------------------------------------- 2023
passage("kc28", "2023-04-14", "SOHR", "a drone strike near a crossing, an attempt abroad and a February strike "
        "recalled, the year's tally | page: https://www.syriahr.com/مـ-ـقـ-ـتـ-ـل-قيادي-في-قسد-وإصــ-ـابـ-ـة/601437/",
        "مسيّرة تركية تقتل قيادياً في «قسد» قرب القامشلي\nقُتل أحد قياديي قوات سوريا الديمقراطية وجُرح مرافقه "
        "عقب منتصف ليل الخميس-الجمعة، حين ضربت مسيّرة تركية سيارتهما قرب معبر نصيبين في مدينة القامشلي. وجاء "
        "ذلك بعد قرابة أسبوع من نجاة قائد «قسد» مظلوم عبدي من استهداف بمسيّرة تركية قرب مطار السليمانية "
        "العراقي، وهو أول استهداف منذ 22 شباط الماضي، حين قتلت مسيّرة مواطناً وجرحت قيادياً في «الأسايش» على "
        "طريق القامشلي–القحطانية. وبذلك ترتفع ضربات المسيّرات التركية على مناطق «الإدارة الذاتية» منذ مطلع "
        "2023 إلى 11، أوقعت 5 قتلى مدنيين و6 عسكريين وسائقاً.",
        [E("airstrike", None, PL("معبر نصيبين", "Nusaybin crossing (Qamishli)", "Al-Hasakah"), "2023-04-14", None, TUR,
           note="one commander killed (a singular), the wounded no figure; the crossing is a facility, the most "
                "specific place; «after midnight Thursday-Friday» → Friday 14"),
         E("airstrike", None, PL("مطار السليمانية", "Sulaymaniyah airport", None, "Iraq"), None, None, TUR,
           note="the recalled attempt on the SDF chief near an Iraqi airport: a strike abroad placed where it fell; "
                "«about a week» gives no day; a coder of Syria only could leave it out"),
         E("airstrike", None, PL("القامشلي", "Qamishli", "Al-Hasakah", nth=2), "2023-02-22", None, TUR,
           note="the recalled February strike with its own date: an event; the road is placed at its first town; "
                "one citizen killed, no figure"),
         E("airstrike", Q("11", 11), None, None, None, TUR, kind="aggregate",
           note="FIGURE CALL: the year's drone strikes; the dead are told only in parts (5, 6 and a driver) with no "
                "total, so the strikes are the figure; no place (two governorates)")])

passage("kc29", "2023-06-03", "Qasioun News", "a settlement round announced with its terms; an earlier one for a "
        "brigade recalled | page: https://qasioun-news.com/ar/articles/72624/اللجنة-الأمنية-تعلن-افتتاح-تسوية-جديدة-في-درعا",
        "اللجنة الأمنية تفتتح تسوية جديدة في درعا\nقالت اللجنة الأمنية بمحافظة درعا إنها تبدأ اليوم السبت، 3 "
        "حزيران، تسوية أوضاع المطلوبين من أبناء مدن المحافظة وبلداتها حتى الخميس القادم في مركز «قصر "
        "الحوريات» بمدينة درعا، وفق مصادر محلية. وتشمل التسوية المتخلفين عن الخدمة والمنشقين عن الجيش والشرطة "
        "والأمن والمطلوبين أمنياً وحاملي السلاح، إذ تُشطب أسماء المتخلفين ويُمهلون ستة أشهر للالتحاق، ويُعطى "
        "المنشق شهراً للعودة إلى قطعته، ويُشترط على حامل السلاح تسليمه. وكان النظام قد افتتح منتصف أيار "
        "الماضي مركزاً في المدينة لتسوية أوضاع 48 عنصراً من مجموعات «اللواء الثامن».",
        [E("statement", None, PL("درعا", "Daraa", "Daraa", nth=2), "2023-06-03", "اللجنة الأمنية بمحافظة درعا", GOV,
           note="TYPE CALL: a named body announces a settlement round and its terms, no one yet counted: a statement "
                "(a second coder could code `other`, a settlement); placed at the city of the centre (the landmark "
                "centre → its town); months and days are terms, not figures"),
         E("other", Q("48", 48), PL("درعا", "Daraa", "Daraa", nth=2), "2023-05", None, GOV,
           note="the recalled May settlement of 48 brigade members, month grain («منتصف أيار الماضي», mid); "
                "«المدينة» is Daraa; the outlet's recall")])

passage("kc30", "2023-09-05", "Al-Hurriya (relaying Sky News Arabia and AFP)", "the SDF retakes a countryside, its own "
        "dead, a council's count on another front, a spokesman's call | page: https://huria.news/?p=124011",
        "بسطت «قسد» سيطرتها على معظم قرى ريف دير الزور الشرقي عقب انسحاب مسلحي العشائر منها، فيما تتواصل "
        "اشتباكات متقطعة حول ذيبان، بحسب مراسل «سكاي نيوز عربية». وقالت «قسد» إن 11 من مقاتليها قُتلوا في "
        "المواجهات، بينما أفاد مجلس منبج العسكري، التابع لها، بمقتل 26 عنصراً وجرح 21 من الفصائل الموالية "
        "لتركيا خلال هجماتها على منبج في أربعة أيام. واندلع القتال مطلع الأسبوع الماضي إثر عزل «قسد» لقائد "
        "مجلس دير الزور العسكري. وقال المتحدث فرهاد شامي لفرانس برس الاثنين إن قواته تريد «حسم» الأمر في "
        "ذيبان، وإنها دعت المدنيين إلى مغادرتها.",
        [E("territory_change", None, PL("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"), None,
           "مراسل «سكاي نيوز عربية»", SDF,
           note="most villages of a countryside retaken, none named: the region is the place; undated (a state "
                "reached by the page's day)"),
         E("armed_clash", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), None, "مراسل «سكاي نيوز عربية»", None,
           note="the intermittent clashes around the last town, two sides, no actor1"),
         E("armed_clash", Q("11", 11), PL("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside", "Deir ez-Zor"),
           None, "«قسد»", None, kind="aggregate",
           note="the SDF's own dead over a week of fighting: an aggregate of one cause (clashes), the countryside "
                "of the fighting as place"),
         E("armed_clash", Q("26", 26), PL("منبج", "Manbij", "Aleppo"), None, "مجلس منبج العسكري", SNA,
           kind="aggregate",
           note="four days of attacks on Manbij and the attackers' dead as the council counts them: an aggregate "
                "over the period; the 21 wounded never the figure"),
         E("statement", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2023-09-04", "فرهاد شامي", SDF,
           note="the spokesman's call to civilians to leave the town (a call, Monday 4th); the removal of the "
                "council's head is background")])

# ---------------------------------------------------------------------------------------------------- 2024
passage("kc31", "2024-05-31", "Al-Araby Al-Jadeed (aajsa)", "drones on two cars and a post, shelling after, a second "
        "target told by a close source, the month's tally | page: https://aajsa.com/politics/"
        "قتلى-من-قسد-بقصف-مسيّرات-تركية-في-الحسكة",
        "قتلى من «قسد» بمسيّرات تركية في ريف الحسكة\nلقي عنصران على الأقل من «قوات سوريا الديمقراطية» حتفهم "
        "وجُرح آخرون بضربات مسيّرات تركية مساء اليوم الجمعة، تلاها قصف مدفعي تركي على مواقع في ريف الحسكة. "
        "وأفاد المركز الإعلامي لـ«قسد» بأن المسيّرات ضربت سيارتين ونقطة عسكرية في منطقة تل حميس، فقُتل اثنان "
        "من عناصرها، فيما ذكر مصدر مقرّب من «قسد» لـ«العربي الجديد» أن القصف طال موقعاً لقيادي في «العمال "
        "الكردستاني» بقرية الحاتمية. وبذلك تصل الضربات الجوية التي نفذتها تركيا ضد مناطق «قسد» منذ مطلع الشهر "
        "إلى 77، قُتل فيها 23 شخصاً.",
        [E("airstrike", Q("اثنان", 2), PL("تل حميس", "Tal Hamis", "Al-Hasakah"), "2024-05-31",
           "المركز الإعلامي لـ«قسد»", TUR,
           note="the lead's «عنصران» is a dual (no figure); the media centre's «اثنان» is a numeral: the figure; "
                "two cars and a post are targets, not figures"),
         E("shelling", None, PL("ريف الحسكة", "Al-Hasakah countryside", "Al-Hasakah"), "2024-05-31", None, TUR,
           note="the Turkish ground shelling that followed: another kind of act, the outlet's lead"),
         E("airstrike", None, PL("الحاتمية", "Al-Hatimiyah", "Al-Hasakah"), "2024-05-31", "مصدر مقرّب من «قسد»", TUR,
           note="a further target named by another source: a second strike at another place"),
         E("airstrike", Q("23", 23), None, None, None, TUR, kind="aggregate",
           note="the month's tally: the dead are the figure, not the 77 attacks; no place (the SDF's areas)")])

passage("kc32", "2024-11-10", "Syria TV (relaying Daraa 24)", "a road abduction today, one a month old, two men "
        "missing since Thursday; a headline summing them | page: https://syria.tv/"
        "اختطاف-أربعة-شبان-من-درعا-والسويداء-في-حوادث-متفرقة",
        "أربعة شبان من السويداء ودرعا مخطوفون في حوادث منفصلة\nخطف مجهولون مسلحون، اليوم الأحد، شاباً أثناء "
        "مروره على طريق الغارية الشرقية–المسيفرة في ريف درعا الشرقي. وذكرت «شبكة درعا 24» أن المخطوف، فادي "
        "الشعراني من مدينة السويداء، كان يقود سيارته حين اعترضه المسلحون، فتركوها مكانها واقتادوه إلى جهة "
        "مجهولة. ولا يزال مصير حسام الرفاعي، ابن قرية قيطة، مجهولاً منذ شهر، حين أوقفه ملثمون مسلحون على طريق "
        "مساكن جلين وهو ذاهب إلى عمله. كما انقطع الاتصال الخميس الماضي بشابين آخرين من السويداء، رامي القنطار "
        "وعلاء عزام، خلال عودتهما من دمشق.",
        [E("arrest", None, PL("الغارية الشرقية", "Al-Ghariyah al-Sharqiyah", "Daraa"), "2024-11-10", "شبكة درعا 24",
           UNK, note="abduction coded as arrest (set 73 je33); the road is placed at its first town; Sweida is the "
                     "victim's home; the headline's four is the sum of the three incidents, not an aggregate"),
         E("arrest", None, PL("مساكن جلين", "Masakin Jileen", "Daraa"), None, None, UNK,
           note="the abduction a month ago on a road named after one place: an event with no day («منذ شهر»); the "
                "outlet's summary"),
         E("arrest", None, None, "2024-11-07", None, UNK,
           note="CALL: two men lost on the way from Damascus to Sweida, counted as abducted by the headline: "
                "coded as an abduction; origin and destination are no place; a dual, no figure")])

passage("kc33", "2024-12-04", "Mandab Press", "an operations room's advance on a city, two fronts' lists of villages, "
        "a call to defect | page: https://mandabpress.info/news69022.html",
        "أعلنت إدارة العمليات العسكرية لفصائل المعارضة السورية، الأربعاء 4 كانون الأول/ديسمبر 2024، في اليوم الثامن من "
        "عملية «ردع العدوان»، أن قواتها تقترب من حماة عبر ثلاثة محاور بعد سيطرتها على قرى وبلدات في ريفي المحافظة الشرقي "
        "والغربي. ووجّه المتحدث باسمها حسن عبد الغني «نداءً عاجلاً» لعناصر النظام: «من أراد الأمان فأمامه فرصة الانشقاق "
        "والانضمام أو تسليم نفسه». وأوضح عبر «إكس» أن الفصائل سيطرت شرقاً على بلدة السعن وقرى المباركات ورسم البغل "
        "وعويجة والعيور وسروج ومعسكرها، وغرباً على رحبة خطاب ومستودعاتها وقرى المجدل وتل بيجو وسوبين وبلدة خطاب.",
        [E("territory_change", None, PL("السعن", "Al-Saan", "Hama"), "2024-12-04", "حسن عبد الغني", FSA,
           note="the eastern front's list, one act: placed at the first town; the 2024 operations room coded as the "
                "opposition factions (README, sets 4-6); DATE CALL: the takings are told on the 4th without days of "
                "their own"),
         E("territory_change", None, PL("رحبة خطاب", "Rahbat Khattab (depots)", "Hama"), "2024-12-04",
           "حسن عبد الغني", FSA, note="the western front's list, one act at its first site"),
         E("statement", None, None, "2024-12-04", "حسن عبد الغني", FSA,
           note="the call to regime soldiers to defect or surrender (a call); three axes and the eighth day are no "
                "figures")])

# ---------------------------------------------------------------------------------------------------- 2025
passage("kc34", "2025-09-14", "Erem News", "an attack on a riverbank post told by the side attacked, blame laid "
        "| page: https://www.eremnews.com/news/arab-world/d82qo9n",
        "قالت «قوات سوريا الديمقراطية» إن مواقع لها في ريف دير الزور الشرقي تعرضت لهجوم مسلح «تدعمه حكومة "
        "دمشق»، محمّلة الحكومة «المسؤولية الكاملة». وأوضحت في بيان أن عناصرها المنتشرين على ضفة الفرات قرب "
        "جسر العشارة ببلدة درنج هوجموا عند الساعة التاسعة صباح اليوم الأحد من مجموعات مسلحة تتبع دمشق، بينما "
        "كانت هذه تؤمّن عبور مهربين عبر النهر. وأضافت أن قواتها تتخذ الإجراءات الميدانية اللازمة للرد وأن "
        "الوضع ما زال يتطور، متهمة عناصر الحكومة بتوفير غطاء لعمليات تهريب تضر باستقرار المنطقة.",
        [E("armed_clash", None, PL("درنج", "Darnaj", "Deir ez-Zor"), "2025-09-14", "قوات سوريا الديمقراطية", NEWGOV,
           note="the attack as the SDF tells it (attackers: groups it ties to the government); the bridge is a "
                "landmark, the town is the place; the blame and the smuggling charge react to the incident (no "
                "statement apart)")])

passage("kc35", "2025-10-19", "Sawt Beirut", "a ministry statement: a cell dismantled, one held, two «neutralised» "
        "| page: https://www.sawtbeirut.com/world-news/الأمن-السوري-يفكك-خلية-إرهابية-تابعة-ل/",
        "أعلنت وزارة الداخلية السورية، مساء السبت، أنها فككت خلية تتبع «داعش» في ريف دمشق. وجاء في بيان "
        "الوزارة أن جهاز الاستخبارات العامة وقيادة الأمن الداخلي في المحافظة نفذا عملية محكمة بعد رصد ميداني "
        "متواصل لخلية كانت تنشط في منطقة شمالي المحافظة، فاعتُقل أحد أفرادها و«حُيّد» اثنان آخران، سعى أحدهما "
        "إلى تفجير حزامه الناسف خلال الاشتباك. وأضاف البيان أن القوات عثرت في المكان على أسلحة فردية وذخائر "
        "متنوعة وحزام ناسف جاهز، وأن المضبوطات صودرت وأحيل الموقوفون إلى الجهات المختصة.",
        [E("armed_clash", Q("اثنان", 2), PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2025-10-18",
           "وزارة الداخلية السورية", NEWGOV,
           note="TYPE/FIGURE CALL: a raid that met resistance (a clash, a suicide belt): one operation; the two "
                "«neutralised» are its figure (earlier sets count neutralised), the one held is part of it (a second "
                "coder could code an arrest); «a northern area of the governorate» → the governorate's countryside; "
                "dated by the announcement, Saturday 18")])

passage("kc36", "2025-11-13", "Al-Ikhbariah (Syrian state TV site)", "an arrest of a loyalist group, the security "
        "director's details, charges of past killings | page: https://alikhbariah.com/?p=37116",
        "توقيف مجموعة مسلحة من فلول النظام في طرطوس\nأعلنت وزارة الداخلية أن قوى الأمن الداخلي بطرطوس ألقت "
        "القبض، مساء الأربعاء الثاني عشر من تشرين الثاني، على مجموعة مسلحة تعمل خارج القانون وترتبط بفلول "
        "النظام البائد. وأوضح العقيد عبد العال عبد العال، مدير الأمن الداخلي في المحافظة، أن العملية نُفذت "
        "الليلة الماضية في منطقة الشيخ بدر بريف طرطوس، وأن أفراد المجموعة أُوقفوا جميعاً وصودرت معهم أسلحة "
        "وذخائر ووثائق رقمية. وكشفت التحقيقات الأولية تورطهم في أعمال عدائية واغتيال أكثر من عشرين مدنياً، "
        "والقتال ضمن ميليشيات طائفية موالية للنظام السابق، وتجنيد شبان وأطفال.",
        [E("arrest", None, PL("الشيخ بدر", "Al-Shaykh Badr", "Tartus"), "2025-11-12", "وزارة الداخلية", NEWGOV,
           note="a whole group held, not numbered: no figure; the director's sentence gives the place; the killings "
                "of «more than twenty» are charges of past deeds with no date: no event")])


def main() -> None:
    write("gold78.jsonl", P78)


if __name__ == "__main__":
    main()
