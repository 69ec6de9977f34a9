"""Build gold86.jsonl: development set 86 (ids kk01…), written in stop 35 by writer w86 BEFORE any run on it.

Short excerpts (a page's headline and lead, or one to three paragraphs of it: the part that carries its incidents),
each the paraphrase of ONE real page found in the search tool's `pages` corpus (queried in Arabic), years 2011-2025,
many outlets (Gulf and Egyptian papers, Syrian opposition and Kurdish sites, agencies' Arabic services, Iraqi and
Lebanese sites): fire on protests and funerals, evacuations under deals, arrests after settlements, ISIS attacks on
the SDF, Turkish drone strikes, Israeli strikes, HTS arrests, takings of ground in 2024, the new government's
security campaigns, kidnappings, defections and tallies. Every sentence was rewritten (no run of five words, names
aside, is shared with its page: checked by script against the page text, which was kept outside the repository);
the incidents, their order, places, figures, dates, sources and hedges are the page's; private people's names are
invented. Each passage's `style` ends with the page's address. Gold follows news_dev's README and the events_probe
README's stop 28, 30, 32 and 34 conventions, and was written before anything ran on the passages. Offsets are
computed by build.build and checked.

    python benchmarks/data/events_probe/build86.py      # rewrites gold86.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P86: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P86.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                "events": events})


passage("kk01", "2011-10-21", "Al-Watan (Saudi Arabia)", "a day's toll by city, then the observatory's incidents in "
        "Homs, Hama and Jasim; protests hailing Gaddafi's death | page: https://alwatan.com.sa/article/112123",
        "قال ناشط حقوقي اليوم الجمعة إن رصاص قوات الأمن أودى بحياة 19 شخصاً، منهم 15 في مدينة حمص واثنان في حماة "
        "وواحد في جاسم بريف درعا، البلدة التي انطلقت منها شرارة الاحتجاجات على النظام. وبحسب المرصد السوري لحقوق "
        "الإنسان، سقط في حمص 7 قتلى بنيران فتحها عناصر حاجز للأمن في باب السباع، وقُتل اثنان حين صوّب قناصة يتحصنون في "
        "القلعة بنادقهم نحو حي باب هود، فيما توزع الباقون على أحياء البياضة وجب الجندلي والعشيرة وبابا عمرو. وفي "
        "حماة أفاد المرصد بمقتل مواطن برصاص قناص وآخر خلال فضّ تظاهرة، ولفت إلى أن رجلاً مسناً فارق الحياة بعدما "
        "دهسته آلية عسكرية في كفر نبودة. أما في جاسم فلقي شخص حتفه وأصيب آخرون حين أمطر عناصر الأمن بالرصاص "
        "موكب تشييع قتيل سقط أمس الخميس، وفق المرصد. وخرج محتجون في حمص وريفها وريف إدلب وريف دمشق يهنئون "
        "الليبيين بمصرع معمر القذافي.",
        [E("casualties", Q("19", 19), None, "2011-10-21", "ناشط حقوقي", GOV, kind="aggregate",
           note="the day's national toll by security fire; 15/2/1 by city is its breakdown (stop 34: a bare list by "
                "city with no act of its own). Homs' 15 is not coded apart: the checkpoint's 7 and the snipers' 2 "
                "are coded below, the other quarters' dead have no act of their own"),
         E("casualties", Q("7", 7), PL("باب السباع", "Bab al-Sibaa", "Homs"), "2011-10-21",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="a security checkpoint firing on people, no protest told: a known force firing on civilians "
                "(stop 30, ACLED) → casualties; placed at the quarter"),
         E("casualties", Q("اثنان", 2, nth=1), PL("باب هود", "Bab Hud", "Homs"), "2011-10-21",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="snipers in the citadel firing on the quarter: casualties, placed at the quarter hit (the citadel is "
                "where fire came from); «اثنان» written as a numeral word is the figure"),
         E("casualties", None, PL("حماة", "Hama", "Hama", nth=1), "2011-10-21", "المرصد", GOV,
           note="one citizen shot by a sniper: singular, no figure"),
         E("protest", None, PL("حماة", "Hama", "Hama", nth=1), "2011-10-21", "المرصد", PROT,
           note="a protester killed while a demonstration was broken up: the protest with its dead (no figure)"),
         E("casualties", None, PL("كفر نبودة", "Kafr Nabudah", "Hama"), "2011-10-21", "المرصد", GOV,
           note="an old man run over by a military vehicle: a death with its act (a second coder might leave it "
                "out as an accident)"),
         E("protest", None, PL("جاسم", "Jasim", "Daraa", nth=1), "2011-10-21", "المرصد", PROT,
           note="security fire on a funeral procession: a protest fired on (one dead, singular: no figure); the "
                "funeral's dead man of Thursday is not a second event (no act told)"),
         E("protest", None, PL("حمص", "Homs", "Homs", nth=1), "2011-10-21", None, PROT,
           note="protests hailing Gaddafi's death in a list of places: one act, one group, placed at the first")])

passage("kk02", "2011-04-23", "Sabr (sabr.cc)", "a funeral fired on in Homs beside the raised toll of the Friday's protests "
        "| page: https://sabr.cc/?p=5557",
        "لقي 11 شخصاً على الأقل مصرعهم وسقط عشرات الجرحى حين فتحت عناصر الأمن نيرانها على مشيّعين في مدينة حمص بوسط "
        "البلاد، بينما ذكرت منظمة حقوقية أن حصيلة ضحايا احتجاجات «جمعة الحرية» صعدت إلى 44 قتيلاً، سقط أغلبهم في "
        "محافظة إدلب شمال غربي سوريا. وروى شاهد عيان أن الرصاص انهمر على المشيعين لحظة مغادرتهم المقبرة، عقب "
        "مواراتهم الثرى 13 شخصاً قضوا يوم الجمعة خلال تظاهرات مناهضة للنظام في المدينة. وبيّن الناشط ذاته أن آلاف "
        "المشاركين في الجنازة انطلقوا من الجامع الكبير في حمص قاصدين مقبرة تل النصر، وأن إطلاق النار بدأ مع "
        "خروجهم منها.",
        [E("protest", Q("آلاف", 2000, 9000, True), PL("حمص", "Homs", "Homs"), "2011-04-23", "شاهد عيان", PROT,
           note="fire on a funeral procession: one protest event whose dead (11 at least) are its fatalities; the "
                "crowd is numbered («آلاف المشاركين») so it is the figure (stop 30); the scorer reads 11 too. The "
                "witness's next sentence comes back to the same shooting, so he is the source (stop 30). Undated in "
                "the text: the publication day (stop 34)"),
         E("casualties", Q("44", 44), None, "2011-04-22", "منظمة حقوقية", GOV, kind="aggregate",
           note="the Friday's national toll of the protests told beside the funeral: a casualties aggregate of its "
                "own (stop 30); «most in Idlib» does not place it. A second coder could type it protest (stop 32's "
                "one-cause rule)"),
         E("protest", Q("13", 13), PL("حمص", "Homs", "Homs", nth=1), "2011-04-22", "شاهد عيان", PROT,
           note="the Friday's protests in Homs whose 13 dead were being buried: an incident of its own, inside the "
                "44 aggregate (which covers more than it)")])

passage("kk03", "2018-05-11", "Rozana FM", "a third convoy of the northern Homs deal, a future one, a batch turned back "
        "at Jarabulus, a running total | page: https://www.rozana.fm/ar/news/2018/05/11/تواصلُ-خروج-مهجري-ريف-حمص-وسط-رفضٍ-تركي-دخول-بعضهم-لجرابلس",
        "انطلقت اليوم الدفعة الثالثة من المهجّرين من مناطق كانت المعارضة المسلحة تسيطر عليها في حمص وريف حمص الشمالي، "
        "متجهة إلى الشمال السوري، تطبيقاً لاتفاق الخروج المبرم بين فصائل المنطقة من جهة وروسيا والنظام من جهة ثانية، "
        "وفق ما نقله مراسل «روزنة» هناك، مهران طه. وتتألف الدفعة من قافلتين، غادر في الأولى قرابة 3391 شخصاً من "
        "المدنيين والمسلحين، على أن تخرج الثانية في اليوم ذاته وهي تقلّ ما لا يقل عن 2800 من سكان تلبيسة ومن "
        "حمص المدينة، وتسلك القافلتان طريق قلعة المضيق نحو إدلب. وكانت الدفعة الثانية، التي ضمت مهجّرين من الرستن، "
        "قد خرجت مطلع الأسبوع الماضي قاصدة جرابلس في ريف حلب، غير أن أنقرة رفضت دخولها فجأة، فبقيت عالقة ما يزيد "
        "على 48 ساعة ثم اتجهت إلى إدلب. ومنذ الشروع في تنفيذ الاتفاق يوم 7 أيار الجاري غادر 6200 شخص في دفعتين.",
        [E("other", Q("قرابة 3391", 3391, approx=True), PL("ريف حمص الشمالي", "Northern Homs countryside", "Homs"),
           "2018-05-11", "مراسل «روزنة»", None,
           note="an evacuation under a deal (other): the convoy that left is the figure; the second convoy «على أن "
                "تخرج» is future (no event); Idlib and the north are destinations; the region is the place (Homs city "
                "is named with it: a second coder could place it at حمص)"),
         E("other", None, PL("الرستن", "Al-Rastan", "Homs"), None, "مراسل «روزنة»", None,
           note="the second batch from Rastan, turned back from Jarabulus and sent to Idlib: an evacuation of its own "
                "with no figure. DATE CALL: «مطلع الأسبوع الماضي» clashes with the deal's start on 7 May (this week), "
                "so no date is given; the reporter's report carries over (stop 30)"),
         E("other", Q("6200", 6200), PL("ريف حمص الشمالي", "Northern Homs countryside", "Homs"), "2018-05",
           "مراسل «روزنة»", None, kind="aggregate",
           note="the running total since 7 May (two batches): an aggregate beside the batches, period 2018-05-07 to "
                "2018-05-11; placed at the deal's area (a second coder could leave it unplaced)")])

passage("kk04", "2018-05-04", "People's Daily Arabic (Xinhua)", "state media on a second evacuation convoy from three "
        "towns south of Damascus, the deal recalled | page: http://arabic.peopledaily.com.cn/n3/2018/0505/c31662-9456792.html",
        "دمشق 4 مايو 2018 / أقلّت 14 حافلة اليوم (الجمعة) دفعة ثانية من مقاتلي المعارضة وأسرهم من ثلاث بلدات تقع جنوبي "
        "العاصمة، في طريقها إلى الشمال السوري تنفيذاً لاتفاق إجلاء، بحسب الإعلام الرسمي السوري. ونقلت وكالة سانا أن "
        "تجهيز الدفعة انتهى اليوم، وأن الحافلات تحمل المئات ممن وصفتهم بالإرهابيين مع عائلاتهم من يلدا وببيلا وبيت "
        "سحم، وقد أُخرجت عبر معبر بيت سحم بعد تفتيش دقيق ثم جُمعت لتسير في رتل واحد صوب إدلب وجرابلس. ويستند "
        "الإجلاء إلى تفاهم أُبرم مع الحكومة الأحد الماضي، ينص على ترحيل من يشاء من المسلحين مع ذويهم، وتسوية وضع من "
        "يفضّل البقاء بعد أن يسلّم سلاحه. وأضافت الوكالة أن حافلات أخرى دخلت البلدات اليوم استعداداً لرحلة جديدة يوم "
        "السبت.",
        [E("other", Q("المئات", 200, 900, True), PL("يلدا", "Yalda", "Rif Dimashq"), "2018-05-04",
           "الإعلام الرسمي السوري", None,
           note="an evacuation convoy (other); its figure is the people («المئات»), not the 14 buses; three towns of "
                "one act: one group, placed at the first; Idlib and Jarabulus are destinations. SANA's telling is the "
                "same convoy"),
         E("agreement", None, None, "2018-04-29", None, None,
           note="the deal reached «الأحد الماضي» (29 April), recalled by the outlet; no place but «جنوبي العاصمة» "
                "(a second coder could place it at the three towns). The Saturday convoy is future: not coded")])

passage("kk05", "2025-09-05", "Erem News", "an ISIS cell's shooting at an SDF vehicle, and the observatory's year "
        "tally | page: https://www.eremnews.com/news/arab-world/7qxozip",
        "لقي عنصر في قوات سوريا الديمقراطية «قسد» حتفه اليوم الجمعة في محافظة دير الزور، إثر إطلاق عنصرين من خلايا "
        "تنظيم «داعش» الرصاص على عربته العسكرية، على ما أورده المرصد السوري لحقوق الإنسان. وأوضح المرصد في بيان "
        "أن المهاجمين كانا على متن دراجة نارية، وأنهما استهدفا السيارة قرب كوع سليمان المخلف داخل مدينة الشحيل في "
        "الريف الشرقي للمحافظة، ثم اندلع تبادل لإطلاق النار بين الجانبين أودى بالعنصر، فيما استنفرت «قسد» قواتها "
        "بحثاً عن الفاعلَين. ورصد المرصد منذ بداية العام الجاري 170 عملية نفذتها خلايا التنظيم في مناطق «الإدارة "
        "الذاتية» بين هجوم مسلح واستهداف وتفجير، حصدت 77 قتيلاً: 52 من «قسد» والقوى العسكرية المتحالفة معها، و11 "
        "من «داعش»، و13 مدنياً، إضافة إلى متعاون مع «قسد».",
        [E("armed_clash", None, PL("الشحيل", "Al-Shuhayl", "Deir ez-Zor"), "2025-09-05",
           "المرصد السوري لحقوق الإنسان", IS,
           note="gunmen on a motorbike fire on a vehicle and a clash follows: armed_clash (stop 30); one dead "
                "(singular, no figure); the bend is a landmark of the town"),
         E("casualties", Q("77", 77), None, "2025", "المرصد", IS, kind="aggregate",
           note="the year's tally of ISIS operations of several kinds (attacks, targetings, bombings): casualties "
                "(stop 32: several kinds of act), the dead are the figure (170 operations its count); period "
                "2025-01-01 to 2025-09-05; the parties are a breakdown; «مناطق الإدارة الذاتية» is no place")])

passage("kk06", "2025-11-21", "Shafaq News", "three ISIS attacks on SDF and Asayish posts in one evening, and a year "
        "tally | page: https://www.shafaq.com/ar/الشرق-الأوسط/سوريا-داعش-يهاجم-قسد-و-ال-سايش-في-دير-الزور",
        "أفاد مساء الجمعة المرصد السوري لحقوق الإنسان بأن عناصر من تنظيم داعش هاجموا حواجز لقوات سوريا الديمقراطية "
        "«قسد» ولقوى الأمن الداخلي «الأسايش» في شرق محافظة دير الزور. وأوضح المرصد، الذي يتخذ من بريطانيا مقراً، "
        "في بيان اطلعت عليه شفق نيوز، أن مسلحي التنظيم أطلقوا قذيفة صاروخية على نقطة لـ«قسد» في بلدة ذيبان، فردّت "
        "عناصرها بالمثل واندلعت مواجهات بين الجانبين لم تُعرف حصيلتها بعد. وفي هجوم آخر، أضاف المرصد أن الخلايا "
        "أمطرت حاجزاً للأسايش في بلدة أبريهة بالرشاشات، فجرى تبادل متقطع للنيران دون أنباء عن ضحايا، كما هاجم "
        "التنظيم بأسلحة متوسطة نقطة العرقوب التابعة لـ«قسد»، وتبع ذلك دويّ انفجارات عنيفة في بلدة السوسة. ووثق المرصد "
        "منذ أول العام 224 عملية للتنظيم في مناطق «الإدارة الذاتية»، كلها هجمات مسلحة.",
        [E("armed_clash", None, PL("ذيبان", "Dhiban", "Deir ez-Zor"), "2025-11-21", "المرصد السوري لحقوق الإنسان", IS,
           note="an RPG on an SDF post and the clash that followed: one armed_clash, no casualties known"),
         E("armed_clash", None, PL("أبريهة", "Abriha", "Deir ez-Zor"), "2025-11-21", "المرصد", IS,
           note="«في هجوم آخر»: a separate attack on an Asayish checkpoint, exchange of fire; «أضاف المرصد» carries "
                "the source"),
         E("armed_clash", None, PL("السوسة", "Al-Susah", "Deir ez-Zor"), "2025-11-21", "المرصد", IS,
           note="the attack on the Arqoub point, with blasts in Al-Susah: a third attack, placed at the town the "
                "text gives"),
         E("armed_clash", Q("224", 224), None, "2025", "المرصد", IS, kind="aggregate",
           note="the year's count of ISIS operations, all armed attacks: an aggregate typed by its one kind of act "
                "(stop 32); period 2025-01-01 to 2025-11-21; no toll in the excerpt")])

passage("kk07", "2018-10-29", "Al-Araby Al-Jadeed", "raids in settlement areas of Daraa, an activist's telling "
        "| page: https://alaraby.co.uk/النظام-السوري-يشنّ-حملة-اعتقالات-بمناطق-\"التسوية\"-بريف-درعا",
        "قوات النظام تدهم بلدات «التسوية» في ريف درعا وتعتقل\n"
        "نفذت القوات الحكومية السورية، اليوم الاثنين، مداهمات واعتقالات شملت عدداً من الأشخاص في مدن وبلدات بريف درعا "
        "جنوبي البلاد كانت قد دخلت في «المصالحة» و«التسوية». وأفاد الناشط سامر الحوراني لـ«العربي الجديد» بأن الحملة "
        "امتدت إلى الشيخ مسكين والصنمين والجيزة، وطالت مدنيين وجنوداً كانوا قد انشقوا عن الجيش ومقاتلين سابقين في "
        "الفصائل سوّوا أوضاعهم، وذلك في المناطق التي استعادها النظام بموجب الاتفاق الذي انتهى بترحيل رافضيه نحو الشمال. "
        "وأشار إلى أن الأمن يقتحم بيوت المطلوبين متذرعاً بدعاوى شخصية مرفوعة بحقهم، في ظل سكوت قادة الفصائل التي "
        "خضعت للتسوية ولم ينضم مقاتلوها إلى صفوف النظام.",
        [E("arrest", None, PL("الشيخ مسكين", "Al-Shaykh Maskin", "Daraa"), "2018-10-29", "الناشط سامر الحوراني", GOV,
           note="one raid campaign told over three towns: one group, placed at the first; «عدداً من» is no figure; "
                "the headline is the same campaign; the deal and the displacement are background; the pretext of "
                "private suits is a habit")])

passage("kk08", "2021-09-07", "Enab Baladi", "arrests in several Daraa towns while the Daraa al-Balad settlement goes on, "
        "a reporter, a documentation office and a local network | page: https://enabbaladi.net/510791/?amp=1",
        "اعتقلت قوات النظام أشخاصاً في عدة مدن وقرى بريف درعا، في وقت يتواصل فيه لليوم الثاني تنفيذ اتفاق «التسوية» "
        "في درعا البلد. وبحسب ما نقله اليوم، الثلاثاء السابع من أيلول، مراسل عنب بلدي في المحافظة، اقتادت القوات "
        "ثلاثة من أبناء مدينة الحارة، وشاباً من بلدة نمر في شمال المحافظة، بعد يوم من توقيف 15 شخصاً بالشيخ مسكين. "
        "وثبّت عضو في «مكتب توثيق الشهداء» لعنب بلدي الاعتقالات في الشيخ مسكين والحارة، بينما قال أحد سكان نمر، طالباً "
        "إخفاء اسمه، إن ابن بلدته يوسف المحاميد اعتُقل لأسباب مجهولة. ونشر «تجمع أحرار حوران» أن دورية من «الأمن "
        "العسكري» أوقفت صباح اليوم الثلاثاء سائق أجرة يدعى عمار الخلف وشاباً من جاسم اسمه فادي الزامل عند عبورهما "
        "حاجز جسر إزرع.",
        [E("arrest", Q("ثلاثة", 3), PL("الحارة", "Al-Harra", "Daraa"), "2021-09-07", "مراسل عنب بلدي", GOV,
           note="three arrested in Al-Harra; Nimr is told beside it with its own figure (one, singular): a separate "
                "event, not a group"),
         E("arrest", None, PL("نمر", "Nimr", "Daraa"), "2021-09-07", "مراسل عنب بلدي", GOV,
           note="one young man: singular, no figure"),
         E("arrest", Q("15", 15), PL("الشيخ مسكين", "Al-Shaykh Maskin", "Daraa"), "2021-09-06", "مراسل عنب بلدي", GOV,
           note="«بعد يوم من» the reporter's day: the 6th; the documentation office's confirmation is another telling"),
         E("arrest", None, PL("إزرع", "Izra", "Daraa"), "2021-09-07", "«تجمع أحرار حوران»", GOV,
           note="two named men at a checkpoint: a list of names, no figure; the checkpoint is placed at its town "
                "(a second coder could write «جسر إزرع»)"),
         E("agreement", None, PL("درعا البلد", "Daraa al-Balad", "Daraa"), "2021-09-07", None, GOV,
           note="the settlement deal carried out for a second day in Daraa al-Balad: coded as the settlement going on "
                "(a second coder could leave it as the item's frame)")])

passage("kk09", "2021-11-09", "Enab Baladi", "a Turkish drone kills three in Qamishli; earlier drone strikes recalled "
        "| page: https://enabbaladi.net/524920/ثلاثة-قتلى-إثر-استهداف-مسيرة-تركية-في-ا",
        "مسيّرة تركية تقتل ثلاثة في القامشلي\n"
        "قُتل ثلاثة أشخاص بحي الهلالية في القامشلي بشمال شرق البلاد، بضربة نفذتها طائرة مسيّرة تركية. وأفاد "
        "مراسل عنب بلدي في المدينة بأن الضربة أصابت سيارة يستقلها عناصر من «قسد»، فيما بثت وكالة «هاوار» القريبة "
        "منها مقطعاً مصوراً للسيارة، وقالت إنها اشتعلت ثم انفجرت بفعل القصف. وكان المجلس التنفيذي لإقليم الفرات في "
        "«الإدارة الذاتية» قد حمّل في تشرين الأول الماضي التحالف الدولي وروسيا المسؤولية عن هجمات طالت منطقة "
        "كوباني. وفي الـ23 من ذلك الشهر، ضربت مسيّرات تركية للمرة الثانية عربة قالت «الإدارة» إن ركابها مدنيون في "
        "مدينة كوباني، فقتلت مدنيين اثنين وثلاثة من عناصر «قسد» وجرحت آخرين. وفي الـ22 من آب الماضي أصاب استهداف "
        "بطائرة مسيّرة عربة عسكرية داخل قرية هيمو بريف القامشلي الغربي، موقعاً جرحى.",
        [E("airstrike", Q("ثلاثة", 3), PL("الهلالية", "Al-Hilaliyah", "Al-Hasakah"), "2021-11-09", "مراسل عنب بلدي", TUR,
           note="the drone strike on an SDF car; headline and body are one incident; the reporter's next sentence "
                "comes back to it (stop 30). Undated in the text: the publication day"),
         E("statement", None, PL("كوباني", "Kobani (Ayn al-Arab)", "Aleppo"), "2021-10",
           "المجلس التنفيذي لإقليم الفرات", SDF,
           note="a named body holding the coalition and Russia responsible: a statement (stop 32), recalled; placed "
                "at the area it concerns"),
         E("airstrike", Q("اثنين", 2), PL("كوباني", "Kobani (Ayn al-Arab)", "Aleppo", nth=1), "2021-10-23",
           "«الإدارة»", TUR,
           note="two civilians and three SDF fighters: no total written, the first number is the figure (stop 30); "
                "the administration is the source of the passengers' identity and the toll"),
         E("airstrike", None, PL("هيمو", "Himo", "Al-Hasakah"), "2021-08-22", None, None,
           note="a drone strike with wounded only: no figure; the text does not say whose drone (a coder would "
                "infer Turkey from the context)")])

passage("kk10", "2017-11-28", "Baladi News", "HTS arrests two of its own figures; its security man's telling; currents "
        "inside it protest | page: https://baladi-news.com/ar/articles/24927/تحرير-الشام-تعتقل-قياديين-اثنين-فيها-وتيارات-داخلها-تستنكر",
        "بلدي نيوز - إدلب\n"
        "أوقفت «هيئة تحرير الشام»، بتوجيه من «أبو محمد الجولاني» الذي يقود جناحها العسكري، كلاً من الشرعي «سامي "
        "العريدي» والقيادي «أبو جليبيب الطوباسي»، فأثار ذلك اعتراض تيارات من داخل الهيئة. ونفى أبو البراء الحلبي، أحد "
        "أمنيي الهيئة، في تصريح بثته وكالة «إباء» الناطقة باسمها، أن تكون القيادة قد استدرجت الرجلين إلى اجتماع ثم "
        "غدرت بهما، واصفاً ما يُتداول على مواقع التواصل بالكذب. وأوضح أن الطوباسي أوقف عند حاجز للهيئة في ريف حلب "
        "الغربي، قرب خطوط التماس مع الميليشيات الكردية، وهو يحاول التوجه إلى درعا، وأن العريدي مطلوب للقضاء. وللمرة "
        "الأولى، جاهرت تيارات عدة برفضها للاعتقالات في بيانات نشرتها وسائل الإعلام، بينها قادة وأمراء في القاطع "
        "الشمالي للبادية وأمير جيش البادية بلال الصنعاني، فيما أصدرت قوات النخبة في القاطع الغربي بياناً مماثلاً.",
        [E("arrest", None, PL("ريف حلب الغربي", "Western Aleppo countryside", "Aleppo"), "2017-11-28",
           "أبو البراء الحلبي", HTS,
           note="two named men: no figure; one act told for both, placed where the text places one of them (the "
                "security man's sentence gives the place, so he is its source; a second coder could code two "
                "arrests or keep the outlet). His denial of the «ambush at a meeting» rumour is part of the "
                "incident's telling: no event. Undated: the publication day (inferred: the page shows no date; the "
                "arrests were reported on 27-28 November 2017)"),
         E("statement", None, None, "2017-11-28", "تيارات عدة", HTS,
           note="currents inside HTS publicly rejecting the arrests in statements: a statement (stop 32)"),
         E("statement", None, None, "2017-11-28", "قوات النخبة في القاطع الغربي", HTS,
           note="a second body's own statement of the same stance; a second coder could fold it into the first")])

passage("kk11", "2022-08-08", "Raqqa Post", "a Turkish drone strike in Qamishli told by the SDF's media centre and the "
        "Asayish | page: https://www.raqqapost.com/46261/08/08/2022/",
        "«روخاز عامودا» وثلاثة آخرون قتلى بضربة مسيّرة تركية في القامشلي\n"
        "قال المركز الإعلامي لـ«قسد» في بيان إن الضربة التي أصابت سيارة في حي الصناعة بمدينة القامشلي أودت بأربعة "
        "أشخاص، منهم «روخاز عامودا»، الذي يُعرف في الأوراق الرسمية باسم مظلوم سعد الدين أسعد، وهو عضو في «مؤسسة "
        "الانضباط العسكري» لدى «قسد». وسبق أن أعلنت الأسايش (قوى الأمن الداخلي) عبر بيان صدر مساء السبت أن الغارة "
        "التركية قتلت أربعة بينهم طفلان صادف وجودهما في المكان، وجرحت مدنيين اثنين نُقلا إلى المستشفى. وتصاعدت الضربات "
        "التي تلاحق قادة «قسد» منذ أيار الماضي، حين أعلن أردوغان رئيس تركيا عزم أنقرة على عملية عسكرية تستكمل «منطقة "
        "آمنة» يبلغ عمقها 30 كيلومتراً بطول الحدود، ومع أنه سمّى تل رفعت ومنبج هدفاً لها، فإن الاستهدافات تشمل مقاتلي "
        "«قسد» ومقارها في كل أنحاء شمال شرقي البلاد.",
        [E("airstrike", Q("بأربعة", 4), PL("الصناعة", "Al-Sinaa (Qamishli)", "Al-Hasakah"), "2022-08-06",
           "المركز الإعلامي لـ«قسد»", TUR,
           note="one drone strike told by the SDF centre and by the Asayish (one event, the first figure; both say "
                "four). DATE CALL: the Asayish spoke on Saturday evening, so the strike is dated Saturday the 6th. "
                "The quarter is the place. Erdogan's May announcement is background (not coded): a second coder "
                "could code a statement")])

passage("kk12", "2024-01-02", "Zat Masr", "an Israeli strike near Damascus, last Friday's two strikes recalled, the "
        "observatory's target; a glued headline on a US base | page: https://zatmisr.com/17353/غارة-إسرائيلية-بريف-دمشق-وفصائل-عراقية-تقصف-قاعدة-أمريكية-شمال-سوريا",
        "ضربة إسرائيلية على ريف دمشق.. وفصائل عراقية تستهدف قاعدة أميركية في شمال سوريا\n"
        "أعلن اليوم الثلاثاء جيش النظام السوري أن إسرائيل هاجمت مواقع في محيط دمشق موقعة خسائر مادية، في بيان نشرته "
        "وكالة سانا. وبحسب البيان، جاء الهجوم الجوي فجراً من جهة الجولان المحتل، وأصاب عدة نقاط في محافظة ريف دمشق "
        "مخلّفاً «بعض الأضرار المادية». وكانت سوريا قد تعرضت يوم الجمعة الماضي لضربات مشابهة، إذ أعلن الجيش عن "
        "هجوم جوي إسرائيلي على المنطقة الجنوبية تبعه بعد ساعات هجوم ثانٍ على ريف دمشق، وقال إن الخسائر «اقتصرت على "
        "الماديات». ولم يكشف المصدر العسكري عن الهدف، غير أن المرصد السوري لحقوق الإنسان أفاد بأن الضربات أصابت "
        "سرية مدفعية للنظام قرب بلدة كناكر ينتشر فيها مقاتلون من حزب الله. وهذه أول ضربة إسرائيلية على سوريا في 2024.",
        [E("airstrike", None, PL("كناكر", "Kanakir", "Rif Dimashq"), "2024-01-02", "جيش النظام السوري", ISR,
           note="the day's strike: the army's statement names only «ريف دمشق»; the observatory's sentence gives the "
                "finer place (Kanakir), which wins; the army stays the source of the act (its own sentence). No dead: "
                "no figure. PLACE CALL: the observatory's sentence follows the recall of Friday; read as the day's "
                "target"),
         E("airstrike", None, None, "2023-12-29", "الجيش", ISR,
           note="last Friday's strike on «المنطقة الجنوبية» (a region no gazetteer holds: no place)"),
         E("airstrike", None, PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq", nth=1), "2023-12-29", "الجيش", ISR,
           note="the second strike of that Friday, hours later"),
         E("shelling", None, PL("شمال سوريا", "Northern Syria"), "2024-01-02", None, None,
           note="the headline's Iraqi factions' attack on a US base: the page's own headline, told nowhere else; "
                "weapon unstated, coded shelling («تستهدف»; a second coder could type it otherwise); Iraqi factions "
                "have no canonical actor")])

passage("kk13", "2014-04-23", "Al-Azmenah", "a pro-government site on three officers who left the FSA's staff and gave "
        "themselves up, relaying an «independent observatory» | page: http://www.alazmenah.com/?page=show_det&category_id=4&id=69828&lang=ar",
        "عودة 3 ضباط منشقين إلى صفوف الجيش السوري\n"
        "الأربعاء 23 نيسان 2014\n"
        "تلقّت فصائل «الجيش الحر» صدمة بعد أن ترك ثلاثة من ضباطها صفوفها ورجعوا إلى الجيش السوري الذي كانوا قد فارقوه "
        "في وقت سابق للالتحاق بها. ويعزو الموقع هذه الخطوة إلى اقتناع الضباط بأن «الحر» جماعة تكفيرية شكّلت نواة "
        "التنظيمات التي تحارب الدولة. ونقل «المرصد السوري المستقل» عن تنسيقيات المعارضة تأكيدها أن الضباط الثلاثة، "
        "الذين مضى على انشقاقهم أكثر من عامين، انسلخوا عن «هيئة أركان الثورة» في الجيش الحر ثم سلّموا أنفسهم "
        "للقوات الحكومية، وهؤلاء هم: العميد محمد أبو زيد، الرئيس الأسبق للمحكمة العسكرية في حلب ومسؤول القضاء في الهيئة، والعقيد "
        "مروان نحيلي قائد «المجلس العسكري في قلعة الحصن»، والعقيد أبو الوفا قائد «المجلس العسكري بدمشق».",
        [E("defection", Q("ثلاثة", 3), None, "2014-04-23", "تنسيقيات المعارضة", FSA,
           note="officers leaving the FSA's staff and surrendering to the army: a defection whose force left is the "
                "FSA; the headline's «3» and the body's «ثلاثة» are one act. A relayed report's source is the one "
                "relayed (stop 34): the coordination committees, as the «independent observatory» tells them. No "
                "place: Aleppo, Qalaat al-Hisn and Damascus are their former posts. Undated: the page's day")])

passage("kk14", "2017-07-09", "Al-Jarida (Kuwait), relaying AFP", "HTS arrests about a hundred ISIS men across Idlib, "
        "a like sweep in Sarmin, the observatory's telling | page: https://aljarida.com/articles/1499620687108662300/amp",
        "أوقفت «هيئة تحرير الشام»، التحالف الذي تتصدره «فتح الشام» (النصرة سابقاً) المدرجة على قوائم الإرهاب، اليوم "
        "قرابة مئة من عناصر تنظيم «داعش» خلال حملة اعتقالات شنتها في محافظة إدلب بشمال غربي سورية. وذكر مراسل "
        "«فرانس برس» الموجود في إدلب المدينة أن مسلحين ملثمين من «الهيئة» انتشروا بكثافة وأقاموا نقاط تفتيش في الشوارع والساحات "
        "الكبرى، وراحوا يفتشون السيارات ويتحققون من بطاقات المارة. وبالتوازي، جرت حملة توقيفات من النوع نفسه في بلدة "
        "سرمين بالريف الشرقي للمحافظة، أسفرت عن الاستيلاء على مقرات للمقاتلين ومصادرة أموال وعشرات من العبوات والأحزمة "
        "المتفجرة. من جهته، أكد المرصد السوري لحقوق الإنسان أن «الهيئة» اعتقلت عشرات المسلحين من "
        "سوريين وأجانب، أغلبهم من «جند الأقصى» الذي حُلّ، وقد بايع بعضهم تنظيم الدولة الإسلامية.",
        [E("arrest", Q("قرابة مئة", 100, approx=True), PL("إدلب", "Idlib", "Idlib"), "2017-07-09",
           "مراسل «فرانس برس»", HTS,
           note="the campaign in the province, placed at its name (the first «إدلب» is the province; the reporter "
                "stands in the city: a second coder could place it at the city, the same name); AFP's reporter's "
                "next sentence comes back to it (stop 30). The observatory's «dozens» is another telling, no event"),
         E("arrest", None, PL("سرمين", "Sarmin", "Idlib"), "2017-07-09", "مراسل «فرانس برس»", HTS,
           note="a like sweep in Sarmin at the same time: another place, its own event (no figure); the seizures are "
                "part of it; the report's source carries over an act of the same kind (stop 30)")])

passage("kk15", "2024-04-09", "963+ (963media)", "an ISIS attack on an SDF vehicle, a recalled attack on an Asayish "
        "checkpoint, the year's tally, two attacks on government forces | page: https://963media.com/?p=11015",
        "دير الزور\n"
        "قُتل عنصر من «قسد» وجرح اثنان آخران في هجوم شنّه تنظيم «داعش» في ريف دير الزور بشرق سوريا. وبحسب المرصد "
        "السوري لحقوق الإنسان، أطلقت خلايا التنظيم نيران رشاشاتها على عربة عسكرية تتبع «قسد» داخل بلدة جديد البكارة بالريف "
        "الشرقي للمحافظة. وفي الرابع من نيسان/أبريل، لقي عنصر في «الأسايش» حتفه حين هاجم اثنان من عناصر الخلايا حاجزاً "
        "أمنياً إلى الجنوب من بلدة تل حميس في ريف الحسكة الشرقي. وأحصى المرصد منذ بداية العام 100 عملية للتنظيم في "
        "مناطق «الإدارة الذاتية» أوقعت 53 قتيلاً، بينهم 9 مدنيين و35 من «قسد» و5 من «داعش» و4 حراس يعملون لدى الإدارة. "
        "وكان المرصد قد أعلن أمس الاثنين مقتل 4 من عناصر «الدفاع الوطني» الرديف للقوات الحكومية في كمين نصبه التنظيم "
        "لعربتهم في بادية المسرب غرب دير الزور، وذلك بعد ساعات من مقتل 4 جنود حكوميين بهجوم للخلايا على مواقع ونقاط "
        "عسكرية في البادية.",
        [E("armed_clash", None, PL("جديد البكارة", "Jdeed Bakara", "Deir ez-Zor"), "2024-04-09",
           "المرصد السوري لحقوق الإنسان", IS,
           note="machine-gun fire on an SDF vehicle: one dead (singular), two wounded: no figure; the observatory's "
                "next sentence comes back to it. Undated: the publication day (inferred: Tuesday after «أمس الاثنين» "
                "8 April 2024)"),
         E("armed_clash", None, PL("تل حميس", "Tal Hamis", "Al-Hasakah"), "2024-04-04", None, IS,
           note="an attack on an Asayish checkpoint on 4 April: another incident with no source of its own (outlet); "
                "placed at the town the checkpoint is south of"),
         E("casualties", Q("53", 53), None, "2024", "المرصد", IS, kind="aggregate",
           note="the year's tally of ISIS operations: casualties aggregate (operations of unstated kinds), the dead "
                "the figure, the categories a breakdown; period 2024-01-01 to 2024-04-09"),
         E("armed_clash", Q("4", 4, nth=1), PL("المسرب", "Al-Masrab", "Deir ez-Zor"), "2024-04-08", "المرصد", IS,
           note="the ambush on the NDF vehicle, told on Monday; the observatory («وكان المرصد قد أعلن») is its source"),
         E("armed_clash", Q("4", 4, nth=2), None, "2024-04-08", "المرصد", IS,
           note="the attack hours earlier on government posts «في البادية» (no place a gazetteer holds); the "
                "observatory's report goes on")])

passage("kk16", "2024-12-04", "Arab Khabar", "«Deterrence of Aggression» advances north and west of Hama, drone strikes "
        "on officers, the Russians withdraw, Jolani on Aleppo | page: https://www.arabkhabar.com/a/3753461",
        "«إدارة العمليات العسكرية» تتقدم نحو حماة والقوات الروسية تنسحب\n"
        "تتواصل المواجهات العنيفة في ريف حماة، إذ أحرزت فصائل «ردع العدوان» تقدماً واضحاً وبسطت سيطرتها على بلدات "
        "وقرى ومواقع استراتيجية عدة إلى الشمال والغرب من المدينة، في مقدمتها جبل كفراع، ثم مدرسة المجنزرات، فمستودعات "
        "رحبة خطاب، كما استولت على بلدات وقرى في ريف حماة الشرقي. وضربت الفصائل بمسيّرات «شاهين» مواقع للقوات الحكومية "
        "في حماة، فقتلت عدداً من الضباط بينهم العميد وائل محمد سعيد، بينما قال الإعلام العسكري للفصائل إن 8 ضباط "
        "حكوميين قُتلوا في معارك ريف حماة. وأظهرت تسجيلات مصورة القوات الروسية وهي تغادر مدينة حماة متجهة إلى طرطوس "
        "على الساحل. وفي تصريح لافت، أكد أبو محمد الجولاني، قائد هيئة تحرير الشام، أن جماعته لا تعتزم حكم حلب، وأن "
        "«هيئة انتقالية» ستتولى إدارتها، وأن الهيئة تدرس جدياً حل نفسها لدمج البنى المدنية والعسكرية.",
        [E("territory_change", None, PL("جبل كفراع", "Jabal Kafraa", "Hama"), "2024-12-04", None, HTS,
           note="one advance over a list of sites north and west of Hama: one group, placed at the first; the "
                "operations room's factions (HTS-led: the canonical of the 2024 operations room). Undated: the page's "
                "day"),
         E("territory_change", None, PL("ريف حماة الشرقي", "Eastern Hama countryside", "Hama"), "2024-12-04", None, HTS,
           note="towns taken in the eastern countryside: another area, no finer place"),
         E("airstrike", None, PL("حماة", "Hama", "Hama", nth=2), "2024-12-04", None, HTS,
           note="drone strikes on government positions in Hama killing officers («عدداً من»: no figure); the named "
                "brigadier is one of them"),
         E("armed_clash", Q("8", 8), PL("ريف حماة", "Hama countryside", "Hama", nth=2), "2024-12-04",
           "الإعلام العسكري للفصائل", HTS,
           note="8 officers killed in the fighting: the clashes' figure as the factions' media count it. FIGURE CALL: "
                "a second coder could fold the drone strikes' dead into it (the text does not say they overlap)"),
         E("other", None, PL("حماة", "Hama", "Hama", nth=3), "2024-12-04", None, RUS,
           note="the Russian forces' withdrawal from Hama towards Tartus (a destination): a strategic move (other); "
                "videos are no named source"),
         E("statement", None, PL("حلب", "Aleppo", "Aleppo"), "2024-12-04", "أبو محمد الجولاني، قائد هيئة تحرير الشام", HTS,
           note="a named leader's stance on Aleppo's rule and the group's dissolution: a statement (stop 32), placed "
                "at the city it concerns")])

passage("kk17", "2024-12-29", "The Levant News (relaying Syria TV)", "reinforcements around two Kurdish-held quarters "
        "of Aleppo, an offer to the YPG, pursuits on the coast; a glued link | page: https://webs.thelevantnews.com/public/article/إدارة-العمليات-تعزز-قواتها-في-محيط-الشيخ-مقصود-بحلبdecember-29,-2024,-9:18-am",
        "إدارة العمليات تدفع بتعزيزات إلى محيط الشيخ مقصود في حلب\n"
        "دفعت «إدارة العمليات العسكرية» بقوات إضافية إلى تخوم حيّي الشيخ مقصود والأشرفية في مدينة حلب، ضمن خطة تشمل "
        "أيضاً تعقّب بقايا النظام المخلوع في الساحل، حيث استُخدمت المروحيات للمرة الأولى في مساندة عمليات التمشيط. "
        "وقالت مصادر خاصة لتلفزيون سوريا إن القوات عززت انتشارها قرب الحيين اللذين تتمترس فيهما «وحدات حماية الشعب» "
        "المرتبطة بـ«حزب العمال الكردستاني»، والتي ترفض منذ دخول الفصائل حلب في عملية «ردع العدوان» قبل ثلاثة أسابيع "
        "تقريباً تسليمهما للإدارة الجديدة، وتواصل استهداف القوات والصحفيين وبعض المدنيين. وعرضت إدارة العمليات على "
        "مسلحي الوحدات ممراً آمناً إلى شمال شرقي البلاد، أو تسوية أوضاعهم كما جرى مع مجموعات مسلحة أخرى.\n"
        "اقرأ أيضاً: أنس خطاب يتعهد بإعادة بناء الأجهزة الأمنية في سوريا\n"
        "وفي سياق متصل، تتواصل في محافظتي اللاذقية وطرطوس ملاحقة عناصر النظام البائد، وقد اعتُقل كثيرون منهم بعدما "
        "رفضوا تسليم أسلحتهم.",
        [E("reinforcement", None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo", nth=1), "2024-12-29",
           "مصادر خاصة لتلفزيون سوريا", NEWGOV,
           note="reinforcements around two quarters: one act, placed at the first quarter (the headline's mention is "
                "the same act); the sources' next sentence comes back to it (stop 30). The YPG's targeting is a "
                "habit; the helicopters' support of sweeps on the coast is part of the pursuit below"),
         E("statement", None, PL("الشيخ مقصود", "Sheikh Maqsoud", "Aleppo", nth=1), "2024-12-29",
           "إدارة العمليات", NEWGOV,
           note="the operations administration's offer of safe passage or settlement to the YPG: a named body's "
                "stance (stop 32), placed at the quarters it concerns. The glued «اقرأ أيضاً» headline (Khattab's "
                "pledge) is not coded (stop 32)"),
         E("arrest", None, PL("اللاذقية", "Latakia", "Latakia"), "2024-12-29", None, NEWGOV,
           note="arrests of former regime men in two governorates: one act told for a list, placed at the first; "
                "«كثيرون» is no figure; outlet (a new matter after «وفي سياق متصل»)")])

passage("kk18", "2022-04-01", "Violations Documentation Center in North Syria (vdc-nsy)", "a Turkish drone hits a car "
        "carrying a Kurdish poet; the Asayish's telling and condemnation | page: https://vdc-nsy.com/archives/55360",
        "أصابت طائرة مسيّرة تركية سيارة كان يستقلها الشاعر الكردي فرهاد مردي ومعه شخصان على الطريق الدولي الذي يربط "
        "القامشلي بالقحطانية. وأدت الضربة إلى مقتل السائق كاوا حسو، البالغ 31 عاماً، وجرح الشاعر ومرافقه، ونُقل "
        "المصابان إلى مشفى الشهيد خبات، حيث قالت مصادر طبية إنهما تجاوزا مرحلة الخطر. وذكرت قوى الأمن الداخلي "
        "العاملة في مناطق الإدارة الذاتية (الآسايش) أن المسيّرة التركية ضربت صباح اليوم الجمعة، الأول من نيسان/أبريل، سيارة مدنية "
        "في قرية حاصودة بريف بلدة تربه سبيه في محافظة الحسكة، فقتلت واحداً من ركابها الثلاثة وجرحت الآخرين. ودانت "
        "القوى هذه الاعتداءات التي تنفذها تركيا والفصائل السورية الموالية لها، وناشدت المجتمع الدولي ومنظمات حقوق "
        "الإنسان التحرك لوقفها، لأنها تطال أرواح الأبرياء وتنتهك حقوق السكان.",
        [E("airstrike", None, PL("حاصودة", "Hasouda", "Al-Hasakah"), "2022-04-01", "قوى الأمن الداخلي", TUR,
           note="one strike told twice (the road between Qamishli and Qahtaniya, then the Asayish's village): the "
                "village is the most specific place and the Asayish's telling fixes it and the day, so it is the "
                "source (a second coder could keep the outlet for the first telling). One dead (singular): no "
                "figure; the driver is renamed"),
         E("statement", None, None, "2022-04-01", "القوى", SDF,
           note="the Asayish's condemnation and appeal to the world: a named body's stance and call (stop 32)")])

passage("kk19", "2023-02-14", "Watan FM", "raids on tents near Dael with two reported arrests; a deployment and raids along the "
        "Damascus-Amman road | page: https://watan.fm/news/176894",
        "نفّذت قوات الأسد مساء أمس الاثنين، 13 من شباط، مداهمات في القسم الأوسط من ريف درعا. وبحسب «تجمع أحرار حوران»، دخلت القوات "
        "برفقة مجموعة محلية يقودها «مصطفى المسالمة» المعروف بـ«الكسم» وتتبع لفرع الأمن العسكري عدداً من خيام البدو إلى "
        "الشرق من مدينة داعل، وسط أنباء عن توقيف شخصين. وأضاف التجمع أن القوات الحكومية انتشرت بكثافة على الطريق "
        "الدولي بين دمشق وعمّان، من حاجز «منكت الحطب» حتى جسر خربة غزالة، وراحت تفتش مزارع ومحطات وقود في المنطقة "
        "لأسباب لم تُعرف. وتعيش محافظة درعا على وقع اغتيالات تكاد تكون يومية منذ اتفاق التسوية الموقّع عام 2018، في "
        "ظل توتر يسود بلدات وقرى كثيرة وانتهاكات تنسب إلى النظام والميليشيات الإيرانية.",
        [E("arrest", None, PL("داعل", "Dael", "Daraa"), "2023-02-13", "«تجمع أحرار حوران»", GOV,
           note="a raid on tents with two reported arrests: «شخصين» is a dual with no numeral (optional), no figure; "
                "placed at the town the tents are east of"),
         E("reinforcement", None, PL("منكت الحطب", "Munkat al-Hatab", "Rif Dimashq"), "2023-02-13", "التجمع", GOV,
           note="a heavy deployment along the highway with raids on farms and fuel stations: coded as a deployment "
                "(reinforcement); a stretch of road from one place to another is placed at the first (stop 30). "
                "«وأضاف التجمع» carries the source. The near-daily assassinations since 2018 are a habit: no event")])

passage("kk20", "2015-05-17", "Al-Hayat (via Sauress)", "coalition strikes on Raqqa with the observatory's toll and "
        "the coalition spokesman's aims | page: https://sauress.com/alhayat/9777344",
        "قال «المرصد السوري لحقوق الإنسان» إن 22 شخصاً، منهم خمسة مدنيين وطفل، لقوا حتفهم في ضربات جوية نفذها التحالف "
        "الدولي بقيادة واشنطن أمس السبت واليوم الأحد على مدينة الرقة، التي يتخذها تنظيم «الدولة الإسلامية» (داعش) "
        "معقلاً له في شمال البلاد. وأوضح «المرصد» أن بقية القتلى من مسلحي التنظيم، وأن عشرات منهم جُرحوا. وكان التحالف، "
        "الذي يقصف التنظيم في سورية منذ أيلول (سبتمبر) الماضي، قد أعلن أنه شنّ ضربات «هامة» على مواقعه في الرقة. وشرح "
        "المتحدث باسمه توماس غيليران، عبر بيان، أن الهدف منها منع التنظيم من نقل معدات عسكرية داخل سورية ونحو العراق، "
        "واصفاً إياها بأنها من أبرز ما نفذه التحالف في البلاد حتى الآن، وأنها دمّرت أبنية وطرقاً للتنظيم وحدّت كثيراً من "
        "قدرة مقاتليه على الحركة.",
        [E("airstrike", Q("22", 22), PL("الرقة", "Raqqa", "Raqqa"), "2015-05-17", "«المرصد السوري لحقوق الإنسان»", COAL,
           note="two days of strikes told as one act with one toll; DATE CALL: «أمس السبت واليوم الأحد» spans the 16th "
                "and 17th, dated by the later day (a coder may take the 16th). The coalition's announcement and its "
                "spokesman's aims tell the same strikes (their source's own telling): no statement event; civilians "
                "and the child are a breakdown")])

passage("kk21", "2015-05-26", "Enab Baladi", "six soldiers defect from a checkpoint in the Ghab plain; the front's recent "
        "history recalled | page: https://enabbaladi.net/34618/الانشقاقات-تعود-من-جديد-في-محافظة-حماة/?amp=1",
        "الانشقاقات تعود إلى ريف حماة\n"
        "أمّن مقاتلو الجيش الحر خروج 6 جنود انشقوا عن قوات الأسد عند حاجز «التنمية الريفية» بسهل الغاب، في الريف الشمالي "
        "الغربي لحماة. ونشرت الفرقة 312 في الجيش الحر صورة تظهر المنشقين بحالة جيدة، بينما ذكر ناشطون محليون أنهم "
        "ينحدرون من محافظات شتى، وأن خوفهم من تقدم فصائل المعارضة في المنطقة دفعهم إلى الانشقاق. ويأتي هذا الانشقاق "
        "الجماعي بعد ركود على جبهات حماة، كانت قوات الأسد خلاله قد استرجعت أغلب ما خسرته في معركة تحرير الغاب، ومنه "
        "بلدة الزيارة وقرى أخرى انتزعها الثوار في نيسان الماضي. غير أن استيلاء «جيش الفتح» على مشفى مدينة جسر "
        "الشغور منذ أيام فتح الطريق إلى سهل الغاب من فريكة حتى عمقه، ما يرجّح معارك وشيكة هناك.",
        [E("defection", Q("6", 6), PL("سهل الغاب", "Al-Ghab Plain", "Hama"), "2015-05-26", "الفرقة 312", GOV,
           note="six soldiers defect from a checkpoint: placed at the plain (the checkpoint is no listed site); the "
                "division's photo is the next sentence coming back to it (stop 30); «312» is a unit name, not a "
                "figure. Undated: the page's day (inferred: days after the hospital's fall on 22 May 2015)"),
         E("territory_change", None, PL("الزيارة", "Al-Ziyarah", "Hama"), None, None, GOV,
           note="the army's recapture of the Ghab gains, Ziyara named: a recall with no day (background, undated)"),
         E("territory_change", None, PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), None, None, HTS,
           note="Jaysh al-Fath's capture of the Jisr al-Shughur hospital «قبل أيام»: no day given; PLACE CALL: the "
                "hospital named by its town, placed at the town (a second coder could keep the hospital); Jaysh "
                "al-Fath coded with its Nusra core")])

passage("kk22", "2017-08-16", "Al-Alam (Iran), relaying Rasd al-Hadath News", "six battalions leave Ahrar al-Sham in Hama "
        "for HTS, listed by name | page: http://www.alalam.ir/news/2006540",
        "من يقف خلف تأسيس «جيش حماة»؟\n"
        "الأربعاء 16 آب 2017\n"
        "أوردت تنسيقيات موالية للجماعات المسلحة أن انشقاقات ضربت «أحرار الشام» في حماة، إذ خرجت 6 كتائب من صفوف الحركة "
        "بكل عتادها والتحقت بـ«هيئة تحرير الشام»، معلنة تأسيس تشكيل جديد باسم «جيش حماة». والكتائب المنشقة هي: كتائب "
        "لواء عبدالله عزام، وكتائب لواء الإيمان، وكتيبة أسود الحرب، ولواء أهل البيت، ولواء أسود الإسلام (مدفعية "
        "ومشاة)، ولواء المجد. ويزعم ناشطون معارضون مقرّبون من الفصائل أن هذا الاندماج يمهّد لمعركة مقبلة في حماة.\n"
        "المصدر: رصد الحدث نيوز",
        [E("defection", Q("6", 6), PL("حماة", "Hama", "Hama"), "2017-08-16", "تنسيقيات موالية للجماعات المسلحة", FSA,
           note="battalions leaving Ahrar al-Sham for HTS: a defection of a faction's units (the force left is "
                "Ahrar, an opposition faction); the figure is the battalions; the list is its breakdown; the coming "
                "battle is an aim (no event). Undated: the page's day")])

passage("kk23", "2025-07-14", "Ean Libya", "the Interior Ministry's toll of clashes in Suwayda and its announced "
        "intervention; mutual abductions and an exchange | page: https://www.eanlibya.com/سوريا-عشرات-القتلى-في-اشتباكات-دامية-ب/print",
        "سوريا: عشرات الضحايا في مواجهات السويداء وتدخّل حكومي\n"
        "قالت فجر الاثنين وزارة الداخلية السورية إن المواجهات العنيفة التي دارت في حي المقوس داخل مدينة السويداء، جنوب "
        "البلاد، بين مجموعات مسلحة درزية محلية وبعض عشائر البدو خلّفت 30 قتيلاً على الأقل وقرابة 100 جريح. وأوضحت "
        "الوزارة في بيان أنها ستتدخل مباشرة وبالتنسيق مع وزارة الدفاع لإنهاء الاقتتال وتعقّب المتورطين وإحالتهم إلى "
        "القضاء، في سبيل إعادة الاستقرار وتثبيت حكم القانون، مؤكدة أن قوى الأمن ستحمي السكان وتوقف التصعيد. ويأتي "
        "القرار وسط فوضى واحتقان، بعد أن تفجّر الوضع إثر عملية سلب وقعت على الطريق بين دمشق والسويداء تلتها عمليات خطف متبادلة، "
        "فقد خطفت مجموعات من العشائر 11 شاباً من الدروز، فردّت فصائل درزية بخطف 5 من أبناء العشائر. وفجر اليوم الاثنين، "
        "تبادل الطرفان المخطوفين بوساطة من شيوخ العقل.",
        [E("armed_clash", Q("30", 30, None), PL("المقوس", "Al-Maqwas", "As-Suwayda"), "2025-07-14", "وزارة الداخلية السورية", None,
           note="the clashes in the quarter with the ministry's toll (at least 30: the figure); both sides are local "
                "armed groups (no canonical agent). DATE CALL: told at dawn Monday, the fighting began the day "
                "before; dated by the report"),
         E("statement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2025-07-14", "الوزارة", NEWGOV,
           note="the ministry's announced direct intervention: a named body's decision (stop 32; future)"),
         E("arrest", Q("11", 11), None, None, None, TRIBES,
           note="abductions are arrest (sets 73, 78); the outlet's background («ويأتي القرار … بعد»): no source, no "
                "day, no place (the robbery's road is not where they were taken)"),
         E("arrest", Q("5", 5), None, None, None, None,
           note="the Druze factions' counter-abductions: a second act by another side"),
         E("other", None, None, "2025-07-14", None, None,
           note="the exchange of abductees at dawn Monday through the sheikhs' mediation: a prisoner exchange "
                "(other), no figure written; no place given")])

passage("kk24", "2025-08-03", "Yalla Syria News (relaying Enab Baladi)", "renewed clashes by Tal al-Hadid after local "
        "factions take two hills from the General Security; the July ceasefire recalled | page: https://www.yallasyrianews.com/a/37706",
        "السويداء: مواجهات متجددة بين فصائل محلية وعشائر\n"
        "عادت المواجهات اليوم الأحد 3 آب، في ساعات الصباح، بين فصائل محلية ومقاتلين من العشائر قرب تل الحديد، المجاور لبلدة الثعلة "
        "في الريف الغربي للسويداء. وجاء ذلك بعد أن بسطت الفصائل سيطرتها على تل الحديد وتل الأقرع، وكانا بيد الأمن "
        "العام الذي شكّل حاجزاً بين الطرفين. وأفاد مراسل عنب بلدي العامل في درعا بأن عناصر الأمن العام انسحبوا صباح اليوم إثر "
        "هجوم شنته الفصائل، قُتل فيه خمسة منهم وجرح آخرون نُقلوا إلى مشفى الحراك بريف درعا الشرقي، علماً أن تل "
        "الحديد يطل على مدينة السويداء وجوارها. وقد كشفت وزارة الداخلية السورية في 19 تموز الماضي بنود اتفاق "
        "لوقف إطلاق النار في السويداء، جاء بعد مفاوضات بين الرئيس الانتقالي أحمد الشرع ورئيس الحكومة الإسرائيلية "
        "بنيامين نتنياهو، برعاية أميركية ودعم تركي وأردني.",
        [E("armed_clash", None, PL("تل الحديد", "Tal al-Hadid", "As-Suwayda"), "2025-08-03", None, None,
           note="renewed clashes between local factions and tribal fighters near the hill: no figure; the reporter's "
                "sentence tells another act (the taking), so no source carries back"),
         E("territory_change", Q("خمسة", 5), PL("تل الحديد", "Tal al-Hadid", "As-Suwayda", nth=1), "2025-08-03",
           "مراسل عنب بلدي", None,
           note="the factions take two hills from the General Security, whose men withdraw after an attack that "
                "killed five: one act (a group of two hills, placed at the first); the dead are its figure"),
         E("agreement", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), "2025-07-19", "وزارة الداخلية السورية",
           NEWGOV, note="the ceasefire whose terms the ministry announced on 19 July: recalled with its day")])

passage("kk25", "2019-10-12", "The New Khalij", "«Peace Spring»: four villages near Tal Abyad, the army's running count, Ras "
        "al-Ain claimed by the ministry | page: https://thenewkhalij.news/article/167080/الجيش-التركي-يسيطر-على-4-قري-بمحيط-تل-أبيض-السورية",
        "القوات التركية تنتزع 4 قرى حول تل أبيض\n"
        "السبت 12 تشرين الأول 2019\n"
        "انتزعت وحدات من الجيش التركي، بمشاركة فصائل «الجيش السوري الحر»، السيطرة على 4 قرى حول مدينة تل أبيض في شمال "
        "شرقي سوريا، ضمن عملية «نبع السلام» الموجهة ضد تنظيم «الدولة الإسلامية» و«وحدات حماية الشعب» الكردية، وكلاهما "
        "مدرج على لوائح الإرهاب لدى أنقرة. ونقل ذلك مراسل لقناة «سكاي نيوز عربية» وناشطون على شبكات التواصل، في وقت أعلن "
        "فيه الجيش التركي يوم السبت أنه قطع الطريق بين تل أبيض ورأس العين، وأن قواته بسطت سيطرتها على 18 قرية منذ "
        "انطلاق العملية. كذلك أعلنت وزارة الدفاع التركية، ببيان صدر السبت، أن مدينة رأس العين الواقعة شرقي الفرات صارت "
        "تحت سيطرتها بفضل «العمليات الناجحة» المتواصلة. وتمضي أنقرة في هجومها منذ الأربعاء رغم انتقادات أميركية "
        "وأوروبية وتلويح بعقوبات إن لم يتوقف.",
        [E("territory_change", Q("4", 4, nth=1), PL("تل أبيض", "Tal Abyad", "Raqqa", nth=1), "2019-10-12",
           "مراسل لقناة «سكاي نيوز عربية»", TUR,
           note="four villages around the town, taken by Turkish forces with Syrian factions: one act whose count is "
                "the villages, placed at the town they surround; the headline is the same act; the reporter's "
                "sentence follows and comes back to it (stop 30)"),
         E("territory_change", Q("18", 18), None, "2019-10", "الجيش التركي", TUR, kind="aggregate",
           note="the army's running count since the operation began on Wednesday 9 October: an aggregate (period "
                "2019-10-09 to 2019-10-12); the road cut is told with it (not coded apart: a second coder could)"),
         E("territory_change", None, PL("رأس العين", "Ras al-Ain", "Al-Hasakah", nth=1), "2019-10-12",
           "وزارة الدفاع التركية", TUR,
           note="the ministry's claim of the town (asserted as the ministry tells it; the SDF denial is not in this "
                "excerpt). US and European criticism is background: no event")])

passage("kk26", "2013-03-11", "Al-Hayat (via Sauress), relaying AFP", "rebels storm Baba Amr a year after losing it, jets "
        "strike, bodies found elsewhere; the 2012 fall recalled | page: https://sauress.com/alhayat/491340",
        "أغار الطيران الحربي السوري يوم الأحد على حي بابا عمرو في حمص، بعد ساعات من هجوم شنه مقاتلو المعارضة على الحي "
        "الذي تسيطر عليه القوات الحكومية منذ قرابة عام، بينما عُثر في محيط دمشق وفي مدينة حلب على جثث 34 شخصاً. وقال رامي "
        "عبد الرحمن، الذي يدير المرصد السوري لحقوق الإنسان، إن الغارات طالت بابا عمرو وجواره، وإن كل الطرق إلى المدينة "
        "أُغلقت. وأضاف المرصد أن معارك ضارية تجري في الحي، بعدما باغته المقاتلون فجر الأحد فدخلوه وانتشروا في كل "
        "أنحائه. وروى ناشط عرّف نفسه باسم سليم، ويتواصل مع المقاتلين، لوكالة «فرانس برس» أن المقاتلين تسللوا ليلاً ولم "
        "تنتبه الحواجز إلا بعد وصولهم إلى الداخل، ثم تحدث لاحقاً عن تعزيزات عند مداخل الحي. وكانت القوات الحكومية قد "
        "اقتحمت بابا عمرو يوم 1 آذار 2012 إثر انسحاب المقاتلين بعد أكثر من شهر من المعارك والقصف العنيف التي "
        "أودت بالمئات، بحسب المرصد.",
        [E("airstrike", None, PL("بابا عمرو", "Baba Amr", "Homs"), "2013-03-10",
           "رامي عبد الرحمن", GOV,
           note="jets strike the quarter on Sunday (the 10th; the page is dated the day after, inferred); no dead given"),
         E("other", Q("34", 34), PL("دمشق", "Damascus", "Damascus"), "2013-03-10", None, None,
           note="bodies found (other), one figure told over two places (near Damascus and Aleppo): placed at the "
                "first; dated with the Sunday of the item (a second coder could leave it undated)"),
         E("territory_change", None, PL("بابا عمرو", "Baba Amr", "Homs"), "2013-03-10", "المرصد", FSA,
           note="the rebels' dawn attack: they entered the quarter and spread through it (a taking, with the "
                "clashes); «وأضاف المرصد» carries the source"),
         E("reinforcement", None, PL("بابا عمرو", "Baba Amr", "Homs"), "2013-03-10", "ناشط عرّف نفسه باسم سليم", GOV,
           note="government reinforcements at the quarter's entrances, as the activist tells it; renamed"),
         E("territory_change", None, PL("بابا عمرو", "Baba Amr", "Homs", nth=2), "2012-03-01", "المرصد", GOV,
           note="the recalled fall of Baba Amr on 1 March 2012 (background); the hundreds killed are the month of "
                "fighting and shelling's, not the entry's: no figure")])

passage("kk27", "2012-02-09", "Investigate-Islam forum (relaying Mafkarat al-Islam and Al Arabiya Net)", "shelling of Homs "
        "quarters with a toll in Baba Amr; the Revolution Commission's appeal | page: https://investigate-islam.com/al5las/showthread.php?s=4f9876a4a6ab00bb4512794ad541e658&t=1790",
        "حمص تحت القصف: 31 قتيلاً ومنازل تنهار على ساكنيها\n"
        "الخميس 9 شباط 2012\n"
        "قالت مصادر محلية سورية إن 31 شخصاً قُتلوا في حي بابا عمرو اليوم الخميس، مع استئناف المدفعية قصف أحياء البياضة "
        "والخالدية وبابا عمرو في مدينة حمص. ونقلت «العربية نت» أن قصف الصباح المتجدد كان عشوائياً، وأن القذائف "
        "أسقطت بيوتاً كاملة فوق من فيها. وأوضحت المصادر أن المنطقة المنكوبة، التي تُقصف لليوم الخامس دون انقطاع، "
        "لا يستطيع الهلال ولا الصليب الأحمر بلوغها. أما الهيئة العامة للثورة السورية فأكدت سقوط عشرات بين قتيل "
        "وجريح جراء قصف اليوم على حمص، وناشدت التدخل العاجل لإسعاف المصابين في ظل شح المواد الإسعافية، مشيرة إلى "
        "أن بابا عمرو، أشد أحياء المدينة تضرراً، بات معزولاً. وقبل ذلك، طلبت الجامعة العربية من بعثة مراقبيها في دمشق، "
        "المكلفة بمتابعة خطتها لحل الأزمة، مغادرة سوريا.",
        [E("shelling", Q("31", 31), PL("بابا عمرو", "Baba Amr", "Homs"), "2012-02-09", "مصادر محلية سورية", GOV,
           note="the day's artillery fire on three quarters with 31 dead told for Baba Amr: one act placed at the "
                "quarter the toll names; the Commission's «dozens» is another telling"),
         E("statement", None, PL("حمص", "Homs", "Homs", nth=1), "2012-02-09", "الهيئة العامة للثورة السورية", FSA,
           note="the Commission's appeal for urgent intervention to save the wounded: a named body's call (stop 32)"),
         E("statement", None, None, None, "الجامعة العربية", None,
           note="the Arab League's earlier request that its monitors leave: a named body's decision, recalled "
                "(«وقبل ذلك»: background, no day); Damascus is where the mission sits, not the place")])

passage("kk28", "2020-02-20", "Masrawy (agencies)", "Turkey says Syrian strikes killed two of its soldiers near Idlib and "
        "that its reply killed at least 50; artillery covering an advance | page: https://masrawy.com/news/news_publicaffairs/details/2020/2/20/1728034/تركيا-تعلن-مقتل-اثنين-من-جنودها-في-إدلب-على-يد-الج",
        "أنقرة: مقتل جنديين تركيين بنيران الجيش السوري في إدلب\n"
        "الخميس 20 شباط 2020\n"
        "أعلنت وزارة الدفاع التركية أن غارات جوية شُنّت قرب إدلب السورية قتلت جنديين من جنودها وجرحت خمسة آخرين. وحمّلت "
        "الوزارة القوات الحكومية السورية مسؤولية الغارات، وقالت إن ردّها عليها أوقع 50 قتيلاً على الأقل من الجيش "
        "السوري، مؤكدة أنها قصفت أهدافاً بعينها بعد مقتل جنودها. وكانت وسائل إعلام قد ذكرت الخميس أن المدفعية التركية "
        "دكّت مواقع للجيش السوري للتغطية على تقدم قوات تركية خاصة ودبابات نحو مناطق استعادتها القوات الحكومية في "
        "إدلب.",
        [E("airstrike", None, PL("إدلب", "Idlib", "Idlib", nth=1), "2020-02-20", "وزارة الدفاع التركية", GOV,
           note="Syrian strikes killing two Turkish soldiers: «جنديين» is a dual with no numeral (no figure); the "
                "five wounded are never the figure; the headline is the same act"),
         E("shelling", Q("50", 50, None, True), PL("إدلب", "Idlib", "Idlib", nth=1), "2020-02-20", "الوزارة", TUR,
           note="Turkey's reply that killed at least 50 Syrian soldiers: weapon unstated («قصفت أهدافاً»), coded "
                "shelling; the ministry is the source"),
         E("shelling", None, PL("إدلب", "Idlib", "Idlib", nth=2), "2020-02-20", "وسائل إعلام", TUR,
           note="Turkish artillery covering an advance, as media told it: told as its own act (a second coder could "
                "read it as the same reply)")])

passage("kk29", "2016-12-19", "Sabr (sabr.cc), relaying AFP and Reuters", "east Aleppo's evacuation resumes: a medic's "
        "count, the UN's and the observatory's buses | page: https://www.sabr.cc/2016/12/19/277676/",
        "إجلاء جديد يُخرج ألف شخص من حلب\n"
        "عادت عمليات الإجلاء في حلب صباح الاثنين بعد تأخر دام ساعات، إذ غادر ما يزيد على ألف شخص آخر جيب تسيطر عليه "
        "فصائل المعارضة في المدينة، بحسب ما ذكره مسؤول طبي. وقال أحمد الدبيس، رئيس وحدة الأطباء والمتطوعين المشرفين على "
        "الإجلاء، إن 20 حافلة تقل أهالي حلب بلغت لتوها غرب المدينة، وإن عدد الواصلين يتراوح بين 1200 و1300 شخص. وأعلن "
        "مسؤول أممي والمرصد السوري لحقوق الإنسان من جهتهما أن عشرات الحافلات المحمّلة بالمُجلَين اتجهت فجر الاثنين نحو "
        "ريف حلب الخاضع للمعارضة؛ فبينما أحصى المسؤول الأممي 50 حافلة وسيارتي إسعاف، قال المرصد، الذي يتخذ من "
        "بريطانيا مقراً، إن 65 حافلة خرجت وعلى متنها زهاء 3500 شخص.",
        [E("other", Q("ما يزيد على ألف", 1000, None, True), PL("حلب", "Aleppo", "Aleppo"), "2016-12-19", "مسؤول طبي", None,
           note="the evacuation of the last rebel pocket (other): one act told by a medic, the UN and the "
                "observatory with different figures; the first figure the text writes is the figure (stop 34); the "
                "west of the city and the countryside are destinations")])

passage("kk30", "2015-07-25", "DW Arabic (mirror)", "an amnesty decree for deserters and draft evaders, a military source's "
        "reading of it | page: https://lfwp.net/dw/ar/الأسد-يصدر-عفوا-عاما-عن-الفارين-من-الخدمة-العسكرية/a-18607452",
        "عفو رئاسي عن الفارين من الجيش\n"
        "أعلن اليوم السبت، 25 تموز 2015، التلفزيون السوري صدور مرسوم تشريعي عن الرئيس بشار الأسد يمنح عفواً عاماً يشمل "
        "جرائم الفرار داخل البلاد وخارجها والمخالفات التي يعاقب عليها قانون خدمة العلم (الخدمة الإلزامية). ويحمل "
        "المرسوم الرقم 32 لعام 2015، ويسري على ما ارتُكب قبل 25-7-2015. وبحسب مصدر عسكري تحدث إلى فرانس برس، فإن العفو لا يطال "
        "سوى الفارين الذين لم يحملوا السلاح في المعارك بعد فرارهم ولم تتلوث أيديهم بالدماء، وأن المتوارين أمامهم 30 "
        "يوماً لتسليم أنفسهم إن كانوا داخل البلاد و60 يوماً إن كانوا خارجها. ويقاتل الجيش السوري منذ 2011 فصائل "
        "المعارضة وتنظيم «داعش» ومجموعات أخرى على جبهات كثيرة أنهكته، في حين غادر شبان كثيرون البلاد أو تحايلوا "
        "للتهرب من التجنيد.",
        [E("desertion", None, None, "2015-07-25", "التلفزيون السوري", GOV,
           note="an amnesty decree for desertion and draft evasion is a desertion event (news_dev README); the "
                "decree number and the 30/60-day windows are no figures; the military source's reading is part of "
                "the same item; the exhaustion and the flight of young men are background habits")])

passage("kk31", "2025-12-24", "Arab 48", "security forces clash with «remnants» near Jableh; state TV and SANA tell it; "
        "a toll of spring recalled | page: https://www.arab48.com/أخبار-عربية-ودولية/أخبار-سورية/2025/12/24/سورية-3-قتلى-وإصابات-باشتباكات-مسلحة-في-ريف-اللاذقية",
        "قُتل 3 أشخاص وجُرح عدد من عناصر الأمن السوري في اشتباك مسلح دار قرب مدينة جبلة في ريف اللاذقية يوم الأربعاء، "
        "بحسب الإعلام الرسمي. وقال التلفزيون الحكومي إن القتلى الثلاثة من «فلول النظام السابق»، بينما ذكرت الوكالة "
        "العربية السورية للأنباء (سانا) أن عناصر الأمن الداخلي تبادلوا النار مع «مطلوبين خارجين عن القانون» في محيط "
        "جبلة. وأعلنت السلطات منذ سقوط نظام الأسد قبل ما يزيد على سنة عمليات أمنية كثيرة ضد من تصفهم بالفلول. وبحسب "
        "المرصد السوري لحقوق الإنسان، أودت مواجهات مسلحة بين مسلحين من عشائر البدو وآخرين من الطائفة الدرزية في آذار/مارس "
        "بنحو 1700 شخص، قبل أن تستعيد القوات الحكومية السيطرة في عملية واسعة رافقتها، وفق السلطات، انتهاكات وقتل "
        "لمدنيين ونهب وإحراق لممتلكات على أيدي مسلحين «لا يتبعون للحكومة».",
        [E("armed_clash", Q("3", 3), PL("جبلة", "Jableh", "Latakia"), "2025-12-24", "الإعلام الرسمي", NEWGOV,
           note="one clash told by state media, state TV and SANA: three killed (the figure), security men wounded "
                "(never the figure); the security campaigns since 2024 are a habit"),
         E("armed_clash", Q("بنحو 1700", 1700, approx=True), None, "2025-03", "المرصد السوري لحقوق الإنسان", None,
           kind="aggregate",
           note="a recalled toll of clashes in March (as the page writes it: it names tribes and Druze for March, "
                "mixing up the coast and Suwayda; kept as written): an aggregate typed by its one cause (stop 32), "
                "period March 2025, no place named; the government's retaking is told with it (not coded apart)")])

passage("kk32", "2025-03-06", "DW Arabic (mirror)", "loyalist attacks kill 16 security men on the coast; a curfew in "
        "Tartus | page: http://158.69.42.207:8011/https/www.dw.com/ar/حظر-تجول-في-الساحل-السوري-بعد-مقتل-16-من-قوات-الأمن/a-71851834",
        "طرطوس تحت حظر التجول إثر مقتل 16 من عناصر الأمن\n"
        "الخميس 6 آذار 2025\n"
        "عرف الساحل السوري تصعيداً لم يشهده من قبل، إذ لقي 16 على الأقل من عناصر قوات الأمن حتفهم اليوم الخميس في "
        "هجمات شنّها مسلحون من أنصار بشار الأسد غربي البلاد، بحسب المرصد السوري لحقوق الإنسان، وسط احتقان في المنطقة "
        "التي يغلب عليها العلويون، طائفة الرئيس المخلوع. وردّاً على ذلك، قررت إدارة الأمن العام فرض حظر للتجول في "
        "مدينة طرطوس يبدأ عند العاشرة من مساء اليوم ويستمر حتى العاشرة من صباح الجمعة. ويبقى ضبط الأمن في أرجاء "
        "البلاد من أصعب ما يواجه الرئيس الانتقالي أحمد الشرع منذ دخوله دمشق.",
        [E("armed_clash", Q("16", 16, None, nth=1), PL("الساحل السوري", "Syrian coast"), "2025-03-06",
           "المرصد السوري لحقوق الإنسان", LOYAL,
           note="loyalists' attacks on security forces, told as one wave with one toll (at least 16): armed_clash "
                "by loyalists; placed at the coast region (no finer place); the headline's 16 is the same"),
         E("statement", None, PL("طرطوس", "Tartus", "Tartus", nth=1), "2025-03-06", "إدارة الأمن العام", NEWGOV,
           note="the General Security's curfew decision for Tartus: a named body's decision (stop 32)")])

passage("kk33", "2023-09-13", "Al-Tareek Media (relaying Daraa 24)", "a man from Daraa abducted near a Suwayda village "
        "and held for a ransom | page: https://altareek-media.com/public/ar/post/17239/السويداء-مجهولون-يختطفون-شخصا-ويطالبون-بـ-100-ألف-دولار-للإفراج-عنه",
        "خطف مجهولون رجلاً في الريف الشمالي الغربي للسويداء، واشترطوا لإطلاقه دفع 100 ألف دولار أميركي. ونقل موقع «درعا "
        "24» أن مسلحين يخفون وجوههم اقتادوا وائل المحمد من جوار صما، القرية التابعة لريف السويداء والواقعة عند الحد الإداري "
        "مع محافظة درعا. وبحسب الموقع، اتصل الخاطفون بعائلته وكرروا طلب الفدية ذاتها، على ما أفادت مصادر قريبة من الأسرة. "
        "والمخطوف من أهالي المليحة الشرقية في ريف درعا الشرقي، ويعمل بائعاً في محل للخضار.",
        [E("arrest", None, PL("صما", "Sama", "As-Suwayda"), "2023-09-13", "موقع «درعا 24»", UNK,
           note="an abduction by unknown gunmen for ransom (arrest, as sets 73 and 78 code abductions); the ransom "
                "sum is money, never the figure; the village is the place (his home town is not); the lead has no "
                "source and the site's next sentence comes back to it (stop 30); renamed. Undated: the page's day "
                "(inferred: mid-September 2023, from the page's later lines)")])

passage("kk34", "2018-10-10", "Tawhid Arabi", "an amnesty decree for deserters explained by the head of conscription "
        "| page: https://arabic.tawhidarabi.org/?p=230195",
        "صدر عن الرئيس السوري بشار الأسد مرسوم تشريعي يقضي بعفو عام يطال جرائم الفرار من الجيش داخل البلاد وخارجها، وعن "
        "المخالفات التي يعاقب عليها قانون خدمة العلم. وبيّن اللواء سامي محلا، مدير إدارة التجنيد العام، بحسب وكالة "
        "الأنباء السورية، أن المرسوم 18 لعام 2018 يعفي مرتكبي الفرار الداخلي والخارجي من العقوبة كاملة، ويُسقط عقوبات ما "
        "اقترفه المكلفون بالخدمة الإلزامية أو الاحتياطية من جرائم ومخالفات قبل 9-10-2018. وأضاف أن العفو يشمل أيضاً من "
        "استُدعوا إلى الاحتياط، فلم يعودوا مطلوبين لتلك الدعوات، وسقطت عنهم عقوبة التخلف عنها، فكأنهم لم يُدعوا قط.",
        [E("desertion", None, None, "2018-10-10", "اللواء سامي محلا، مدير إدارة التجنيد العام", GOV,
           note="an amnesty decree for desertion (news_dev README); the official's explanation, relayed by SANA, is "
                "its source (stop 34: the relayed one); the decree number and the cut-off date are no figures. "
                "Undated in the text: the page's day (inferred: the decree is of 9 October 2018)")])


def main() -> None:
    write("gold86.jsonl", P86)


if __name__ == "__main__":
    main()
