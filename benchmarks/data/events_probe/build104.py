"""Build gold104.jsonl: fresh development set 104 (ids le01…), written in stop 38 by writer w104 BEFORE any run on it.

35 short excerpts (a headline line, the lead and a detail or two; 40-130 words), each the paraphrase of ONE real
page found in the search tool's `pages` corpus (queried in Arabic), years 2011-2025 with 18 pages from 2017-2022,
30 outlets (Gulf, Egyptian, Tunisian and Turkish Arabic papers, agencies and aggregators, KUNA, Al Jazeera, Syrian
opposition and local sites, a rights group, the White Helmets). Subjects: protests fired on, shelling, air and drone strikes of
five air forces, car and truck bombs, ambushes, clashes between factions, takings of ground, arrests and
abductions, a defection, an amnesty decree, evacuations under deals, monthly tallies, statements. Every sentence
was rewritten (no run of five words, names aside, is shared with its page: checked by script against the page
text, which was kept outside the repository); the incidents, their order, places, figures, dates, sources and
hedges are the page's; private people's names are invented. Each passage's `style` ends with the page's address.
Gold follows news_dev's README and the events_probe README's stop 28, 30, 32 and 34 conventions. Offsets are
computed by build.build and checked. This set is a FRESH set: closed until the next stop's end.

    python benchmarks/data/events_probe/build104.py      # rewrites gold104.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROT, Q, RUS, SDF, SNA, TRIBES, TUR, E,  # noqa: E402,F401
                   write)
from build import UNID as UNK  # noqa: E402

P104: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P104.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("le01", "2011-03-17", "Al-Ittihad (UAE), relaying a witness", "a sit-in dispersed with batons, arrests named "
        "| page: http://alittihad.ae/details.php?id=25632&y=2011",
        "الأمن السوري يفرّق اعتصاماً أمام وزارة الداخلية\n"
        "روى شاهد عيان أن عناصر الأمن السوري فضّوا بالقوة أمس تجمعاً ضمّ نحو 150 شخصاً احتشدوا قبالة مبنى وزارة "
        "الداخلية وسط دمشق، مطالبين بالإفراج عن معتقلي الرأي. وأضاف الشاهد أن العشرات من رجال الأمن انقضّوا على "
        "المعتصمين بالعصي فأصابوا واحداً منهم على الأقل في رأسه، وأنه رأى خمسة منهم في أقل تقدير يُساقون إلى "
        "الاعتقال. وبحسب شهود آخرين، كان بين الموقوفين المفكر الطيب تيزيني والناشط الحقوقي مازن درويش، إضافة إلى "
        "فتى من ذوي المعتقلين.",
        [E("protest", Q("نحو 150", 150, approx=True), PL("دمشق", "Damascus", "Damascus"), "2011-03-16",
           "شاهد عيان", PROT,
           note="a sit-in dispersed by force: one protest event; the crowd is the figure; the building is placed at its "
                "city; the arrests are part of the dispersal (no arrest event of their own; a second coder could add "
                "one with the five)")])

passage("le02", "2011-06-10", "Sheikh Mohammed Farag's site, relaying Al Jazeera and Reuters", "two protests fired on "
        "in two towns, a headline total equal to their sum | page: http://mohammedfarag.com/print.php?action=savehtml&&id=5917",
        "مقتل أربعة متظاهرين برصاص الأمن في بصرى الحرير ومدينة درعا\n"
        "قال شاهد العيان أبو سالم الحريري، من أهالي بصرى الحرير، لقناة الجزيرة إن سيارة لقوات الأمن السورية فتحت "
        "نيرانها على متظاهرين في البلدة فأردت اثنين منهم، مؤكداً أن فرار الناس وحده حال دون مجزرة. وفي مدينة درعا، "
        "أفاد ثلاثة شهود بأن القوات السورية أطلقت الرصاص اليوم الجمعة على آلاف المطالبين بالديمقراطية ممن تحدّوا "
        "الانتشار الأمني الكثيف وتوجهوا إلى منطقة المحطة هاتفين بإسقاط النظام. وذكر الشهود أن ثمانية على الأقل "
        "أصيبوا، وأن اثنين منهم أصيبا في الرأس والصدر ثم فارقا الحياة.",
        [E("protest", Q("اثنين", 2), PL("بصرى الحرير", "Busra al-Harir", "Daraa"), "2011-06-10",
           "شاهد العيان أبو سالم الحريري", PROT,
           note="fire on a protest: one protest event with its dead; no crowd numbered, so the dead are the figure "
                "(«اثنين منهم», a number word); undated in the text, the item's news, so the Friday of publication"),
         E("protest", Q("آلاف", 2000, 9000, True), PL("المحطة", "Al-Mahatta (Daraa)", "Daraa"), "2011-06-10",
           "ثلاثة شهود", PROT,
           note="the crowd is the figure; the quarter is the most specific place. The headline's four is the sum of the "
                "two incidents: not coded (stop 34)")])

passage("le03", "2012-07-28", "Al-Bayan (UAE)", "Friday protests under the FSA's guard, shelling and air raids, a "
        "national toll | page: http://www.albayan.ae/one-world/arabs/2012-07-28-1.1697068",
        "للمرة الأولى.. تظاهرات في أحياء حلب بحماية الجيش الحر\n"
        "خرجت أمس الجمعة تظاهرات حاشدة في صلاح الدين والشعار والفردوس، من أحياء مدينة حلب، ضمن «جمعة انتفاضة "
        "العاصمتين»، وتولّى الجيش الحر حمايتها مباشرة للمرة الأولى منذ اندلاع الثورة، على ما ذكره ناشطون. واستهدفت "
        "قوات النظام بالمدافع والطيران مناطق سكنية خاضعة للثوار في المدينة، سعياً إلى قطع طرق إمدادهم. وعلى "
        "امتداد البلاد، سقط 90 قتيلاً في أقل تقدير برصاص القوات النظامية.",
        [E("protest", None, PL("صلاح الدين", "Salah al-Din (Aleppo)", "Aleppo"), "2012-07-27", "ناشطون", PROT,
           note="one day of protests told for a list of three quarters: a group, placed at the first; no crowd numbered"),
         E("shelling", None, PL("حلب", "Aleppo", "Aleppo"), "2012-07-27", None, GOV,
           note="artillery and aircraft in one sentence: split into shelling and an air strike (as set 98); an act of "
                "another kind after the activists' report: the outlet. DATE CALL: undated, told with the Friday"),
         E("airstrike", None, PL("حلب", "Aleppo", "Aleppo"), "2012-07-27", None, GOV,
           note="the air half of the same sentence"),
         E("casualties", Q("90", 90, None), None, "2012-07-27", None, GOV, kind="aggregate",
           note="a national toll of the day told beside the protests (stop 30); «في أقل تقدير» after the noun: low 90, "
                "open high")])

passage("le04", "2012-08-09", "Al Jazeera", "street fighting, a raid near the airport, a clash at a square; the "
        "reporter's telling | page: http://www.aljazeera.net/news/arabic/2012/8/9/معارك-حاسمة-بحلب-وقصف-بأنحاء-سوريا",
        "معارك كرّ وفرّ في حلب\n"
        "شهدت مدينة حلب اليوم مواجهات ضارية بين القوات الحكومية والجيش السوري الحر. وذكر أحمد زيدان، مراسل الجزيرة "
        "في المدينة، أن مقاتلي الحر يسعون إلى العودة إلى حي صلاح الدين بعدما انسحبوا منه انسحاباً وصفوه بالتكتيكي "
        "حين نفدت ذخيرتهم. وأوضح أن لواء التوحيد المنضوي في الجيش الحر أغار على كتيبة للدفاع الجوي بجوار مطار حلب "
        "الدولي، فقتل وجرح عدداً من عناصر الأمن واستولى على عربات محمّلة بأسلحة مضادة للطيران قبل أن ينسحب. "
        "وأضاف أن مواجهات دارت اليوم بين الثوار والقوات النظامية عند ساحة السبع بحرات، دُمّرت فيها سبع مركبات عسكرية.",
        [E("armed_clash", None, PL("صلاح الدين", "Salah al-Din (Aleppo)", "Aleppo"), "2012-08-09",
           "أحمد زيدان، مراسل الجزيرة", FSA,
           note="the lead's fighting in the city and the reporter's fight for the quarter are one incident, placed at "
                "the quarter; SOURCE CALL: the reporter's sentence gives the place, so his is the source (a coder could "
                "keep the outlet for the lead)"),
         E("armed_clash", None, PL("مطار حلب الدولي", "Aleppo International Airport", "Aleppo"), "2012-08-09",
           "أحمد زيدان، مراسل الجزيرة", FSA,
           note="a raid on an air-defence battalion next to the airport: the listed site is the place; «عدداً» is no "
                "figure; undated, the item's news"),
         E("armed_clash", None, PL("حلب", "Aleppo", "Aleppo", nth=1), "2012-08-09",
           "أحمد زيدان، مراسل الجزيرة", FSA,
           note="a clash at a square: placed at its city; seven vehicles are no figure of the act; «وأضاف» carries "
                "the reporter")])

passage("le05", "2012-11-21", "KUNA (Kuwait News Agency), relaying the Local Coordination Committees", "a day's toll, "
        "shelling and MiG raids on two towns, yesterday's toll | page: http://www.kuna.net.kw/ArticleDetails.aspx?id=2276006&language=ar",
        "لجان التنسيق: 32 قتيلاً بنيران النظام اليوم\n"
        "الكويت (كونا) - أفادت لجان التنسيق المحلية بأن 32 شخصاً في أقل تقدير، من بينهم ثلاثة أطفال، "
        "لقوا حتفهم اليوم بنيران قوات النظام مع تجدد المعارك والقصف في مناطق عدة، من الرقة واللاذقية ودير الزور "
        "وإدلب إلى درعا وحمص وحلب ودمشق وريفها. وفي ريف دمشق، أحصت اللجان قتيلاً واحداً وفق معلومات أولية وعشرات "
        "المصابين بقصف مدفعي وصاروخي لا يتوقف على الزبداني، بالتوازي مع غارات عنيفة لطائرات الميغ على داريا. "
        "وكانت البلاد قد شهدت أمس سقوط 122 قتيلاً بينهم نساء وأطفال.",
        [E("casualties", Q("32", 32, None), None, "2012-11-21", "لجان التنسيق المحلية", GOV,
           kind="aggregate",
           note="a national toll of the day from fighting and shelling (several kinds of act): casualties; the "
                "governorates are where, not a place; three children are a breakdown"),
         E("shelling", None, PL("الزبداني", "Al-Zabadani", "Rif Dimashq"), "2012-11-21", "اللجان", GOV,
           note="one dead (a singular): no figure; the wounded never are"),
         E("airstrike", None, PL("داريا", "Darayya", "Rif Dimashq"), "2012-11-21", "اللجان", GOV,
           note="MiG raids told in the same sentence: the committees' report goes on"),
         E("casualties", Q("122", 122), None, "2012-11-20", None, GOV, kind="aggregate",
           note="yesterday's national toll, a recall with its own day («وكانت … قد»): the outlet")])

passage("le06", "2013-07-25", "Al-Wasat (Bahrain), relaying AFP", "a car bomb with state TV's toll; two recalled "
        "bombings with their days | page: http://alwasatnews.com/news/795803.html",
        "سبعة قتلى و62 جريحاً بتفجير سيارة مفخخة في جرمانا\n"
        "أودى انفجار سيارة مفخخة اليوم الخميس في ساحة السيوف بضاحية جرمانا قرب دمشق بحياة سبعة أشخاص، وأوقع 62 "
        "جريحاً بعضهم في حال الخطر، وفق حصيلة أولية بثها التلفزيون السوري الرسمي الذي نسب التفجير إلى «إرهابيين». "
        "وروى أحد سكان الضاحية لفرانس برس أن بيته اهتز من شدة الانفجار وأنه سمع بعده زخات من الرصاص. وكانت "
        "جرمانا، ذات الغالبية الدرزية والمسيحية، قد تعرضت في 28 تشرين الثاني/نوفمبر 2012 لتفجيرين انتحاريين قتل "
        "أحدهما 54 شخصاً وجرح 120، كما قضى عشرة بينهم نساء وأطفال بسيارة مفخخة انفجرت قرب الفرن الآلي فيها يوم 29 "
        "من تشرين الأول/أكتوبر من العام ذاته.",
        [E("explosion", Q("سبعة", 7), PL("جرمانا", "Jaramana", "Rif Dimashq", nth=1), "2013-07-25",
           "التلفزيون السوري الرسمي", None,
           note="the square is placed at its town; «إرهابيين» names no actor"),
         E("explosion", Q("54", 54), PL("جرمانا", "Jaramana", "Rif Dimashq", nth=1), "2012-11-28", None, None,
           note="a recall with its own day: coded. FIGURE CALL: two suicide bombings of one day, one told with its "
                "dead; coded as one event (a coder could count two)"),
         E("explosion", Q("عشرة", 10), PL("جرمانا", "Jaramana", "Rif Dimashq", nth=1), "2012-10-29", None, None,
           note="a second recall with its day; the bakery is placed at its town")])

passage("le07", "2014-02-26", "Youm7 (Egypt)", "an ambush told by three sources with three tolls "
        "| page: https://www.youm7.com/story/2014/2/26/مقتل-عشرات-من-مقاتلى-المعارضة-السورية-فى-كمين-قرب-دمشق/1527807",
        "عشرات القتلى من مقاتلي المعارضة في كمين قرب دمشق\n"
        "أعلنت اليوم الأربعاء الوكالة العربية السورية للأنباء (سانا) أن الجيش أوقع عشرات من مقاتلي المعارضة قتلى "
        "في كمين نصبه لهم في غوطة دمشق الشرقية. وبحسب تلفزيون المنار اللبناني، جرى الكمين على مقربة من "
        "بلدة العتيبة وتخطى عدد ضحاياه 170، في حين قدّر المرصد السوري لحقوق الإنسان قتلى المعارضة بسبعين في أدنى "
        "تقدير.",
        [E("armed_clash", Q("عشرات", 20, 90, True, nth=1), PL("العتيبة", "Al-Otaiba", "Rif Dimashq"), "2014-02-26",
           "الوكالة العربية السورية للأنباء (سانا)", GOV,
           note="one ambush told by three sources: the first figure the text writes (SANA's «عشرات»; stop 34); "
                "al-Manar's sentence gives the town inside the region; the ambush's own day is not told, the item's news")])

passage("le08", "2014-09-20", "Al-Hayat (via Sauress), relaying AFP and Reuters", "a day's takings inside a 48-hour "
        "total, displacement into Turkey, a Kurdish official's doubt | page: https://sauress.com/alhayat/4676404",
        "«الدولة الإسلامية» يستولي على عشرات القرى الكردية حول عين العرب\n"
        "بسط مسلحو تنظيم «الدولة الإسلامية» أمس الجمعة سيطرتهم على أربعين قرية كردية في محيط بلدة عين العرب "
        "(كوباني) شمالي سوريا، فبلغ ما انتزعوه من قرى المنطقة في غضون 48 ساعة ستين قرية، بحسب المرصد السوري "
        "لحقوق الإنسان. وأوضح رامي عبد الرحمن، الذي يدير المرصد، أن المقاتلين الأكراد يتراجعون أمام تفوق خصمهم، وأن مصير "
        "800 من أهالي تلك القرى ما زال مجهولاً. وفي اليوم نفسه اضطرت تركيا إلى فتح حدودها أمام آلاف الأكراد "
        "السوريين الفارين من المعارك. غير أن مسؤولاً كردياً تحدث إلى رويترز شكّك في أن يكون عدد القرى الساقطة بهذا "
        "الحجم.",
        [E("territory_change", Q("أربعين", 40), PL("عين العرب", "Kobani (Ayn al-Arab)", "Aleppo"), "2014-09-19",
           "المرصد السوري لحقوق الإنسان", IS,
           note="forty unnamed villages around the town in one day: one act, placed at the town the text names"),
         E("territory_change", Q("ستين", 60), PL("عين العرب", "Kobani (Ayn al-Arab)", "Aleppo"), None,
           "المرصد السوري لحقوق الإنسان", IS, kind="aggregate",
           note="a 48-hour total over more than the day's forty: an aggregate beside it (stop 34); period 18-19 Sept"),
         E("other", Q("آلاف", 2000, 9000, True), None, "2014-09-19", None, None,
           note="displacement across the border: other; PLACE CALL: the sentence names only Turkey, the destination, "
                "so no place (a coder could place it at Kobani, where they fled from). The Kurdish official's doubt is "
                "another telling, no event; the 800 missing are no event")])

passage("le09", "2015-10-02", "Al-Hayat (via Sauress), relaying SOHR", "Russia's first strikes on Raqqa, strikes on an "
        "Idlib town, an IS attack in Deir ez-Zor | page: https://sauress.com/alhayat/11444599",
        "المرصد: أولى الغارات الروسية على الرقة تقتل 12 من «داعش»\n"
        "ذكر اليوم الجمعة المرصد السوري لحقوق الإنسان أن الطيران الروسي شنّ أمس أولى ضرباته على محافظة الرقة، "
        "فقتل 12 على الأقل من مسلحي «الدولة الإسلامية». وشرح رامي عبد الرحمن، مدير المرصد، أن الغارات أصابت "
        "مساء الخميس أطراف مدينة الرقة الغربية ومحيط مطار الطبقة إلى جنوبها الغربي، وأن جثث القتلى حُملت إلى "
        "مستشفى في المحافظة. وقصفت الطائرات الروسية كذلك بلدة الهبيط في إدلب، وأحصى المرصد في تلك المنطقة سبعة "
        "قتلى مدنيين، منهم طفلان، سقطوا أمس بغارات روسية. وبالتوازي، هاجم مسلحو التنظيم أحياء خاضعة للنظام في مدينة دير "
        "الزور ومطارها العسكري، وفق المرصد.",
        [E("airstrike", Q("12", 12, None, nth=1), PL("الرقة", "Raqqa", "Raqqa", nth=2), "2015-10-01",
           "المرصد السوري لحقوق الإنسان", RUS,
           note="one wave of strikes told for the city's western edge and the Tabqa airport area: a group, placed at "
                "the first (the city); the Thursday evening"),
         E("airstrike", Q("سبعة", 7), PL("الهبيط", "Al-Habit", "Idlib"), "2015-10-01", "المرصد", RUS,
           note="the town and «that area»: placed at the town; two children are a breakdown"),
         E("armed_clash", None, PL("دير الزور", "Deir ez-Zor", "Deir ez-Zor"), "2015-10-01", "المرصد", IS,
           note="an attack on regime-held districts and the airport: one act, placed at the city; DATE CALL: "
                "«بالتوازي» ties it to the Thursday strikes")])

passage("le10", "2015-10-22", "Micro Syria", "Russian raids on a school and three villages; TOW missiles on two tanks "
        "| page: https://microsyria.com/2015/10/22/مدرسة-تأوي-نازحين-في-حماة-هدف-جديد-للم",
        "غارة روسية على مدرسة تؤوي نازحين شرقي حماة\n"
        "لقي عشرة مدنيين حتفهم وجُرح عشرة آخرون أمس الأربعاء حين قصفت الطائرات الروسية مدرسة تسكنها عائلات نازحة "
        "في قرية رسم الحمام بريف حماة الشرقي، بحسب مصادر ميدانية قالت إن الحصيلة أولية. وطالت غارات روسية أخرى "
        "قرية أبو خنادق في الريف ذاته فقتلت ستة مدنيين وهدمت بيوتاً طينية، كما طال القصف بلدة عقربات "
        "وقرية قصر ابن وردان دون أنباء عن إصابات. وفي منطقة سهل الغاب، تمكن مقاتلو «جيش النصر» من تدمير دبابتين "
        "لقوات النظام بصاروخي «تاو»، إحداهما في خربة الناقوس والأخرى على جبهة المنصورة.",
        [E("airstrike", Q("عشرة", 10), PL("رسم الحمام", "Rasm al-Hamam", "Hama"), "2015-10-21", "مصادر ميدانية",
           RUS, note="the school is placed at its village; the ten wounded are not the figure"),
         E("airstrike", Q("ستة", 6), PL("أبو خنادق", "Abu Khanadiq", "Hama"), "2015-10-21", "مصادر ميدانية", RUS,
           note="more raids of the same kind: the field sources carry (stop 30); same day by context"),
         E("airstrike", None, PL("عقربات", "Aqrabat", "Hama"), "2015-10-21", "مصادر ميدانية", RUS,
           note="one act told for a town and a village: a group, placed at the first; no casualties"),
         E("armed_clash", None, PL("خربة الناقوس", "Khirbat al-Naqus", "Hama"), "2015-10-22", None, FSA,
           note="anti-tank missiles on tanks: a clash (ACLED battles); two places, placed at the first (a coder "
                "could split two events); an act of another kind after the sourced report: the outlet; undated, the "
                "item's news day")])

passage("le11", "2015-11-04", "Micro Syria", "a month's count of raids from an activist and a month's civilian toll "
        "from a media centre | page: https://microsyria.com/?p=7307",
        "860 غارة على ريف حماة في تشرين الأول\n"
        "لم تهدأ سماء حماة وريفها طوال تشرين الأول/أكتوبر من الطيران الروسي وطيران النظام، منذ أعلنت فصائل الثوار "
        "إطلاق معركة «غزوة حماة». وأفاد الناشط الميداني سامر العلي بأنه رصد ما يزيد على 860 غارة لطائرات حربية "
        "على قرى في ريف حماة بجهاته الشمالية والشمالية الشرقية والغربية، تركزت على خطوط التماس وترافقت مع قنابل عنقودية "
        "وصواريخ أطلقتها بوارج روسية من عرض البحر قبالة اللاذقية. من جهته، أحصى مراسل مركز حماة الإعلامي أكثر من "
        "65 قتيلاً مدنياً في أنحاء الريف التي ضربتها الطائرات الروسية، من دون احتساب ضحايا غارات الطيران السوري.",
        [E("airstrike", Q("ما يزيد على 860", 860, None), PL("ريف حماة", "Hama countryside", "Hama"), None,
           "الناشط الميداني سامر العلي", None, kind="aggregate",
           note="a month's count of raids by Russian and Syrian jets (no dead tied to it): the raids are the figure; "
                "period 2015-10; Latakia is where the warships fired from"),
         E("airstrike", Q("أكثر من 65", 65, None), PL("ريف حماة", "Hama countryside", "Hama"), None,
           "مراسل مركز حماة الإعلامي", RUS, kind="aggregate",
           note="a month's civilian toll of the Russian raids alone (another source, another scope): a second "
                "aggregate, typed by its one cause (stop 32)")])

passage("le12", "2016-10-14", "Al-Masry Today (Egypt), relaying Sky News Arabia", "an evacuation convoy under a local "
        "deal, with a two-day total | page: http://www.masrytoday.com/article-139551.htm",
        "وصول مقاتلين من الهامة وقدسيا إلى إدلب بموجب اتفاق\n"
        "بلغ عشرات من مقاتلي المعارضة السورية وذووهم مدينة إدلب اليوم الجمعة، بعد إخراجهم من بلدتي الهامة وقدسيا "
        "في ريف دمشق، وفق ما بثته قناة سكاي نيوز. وأقلّت قرابة 14 حافلة ما يربو على 400 مقاتل مع عائلاتهم، ليبلغ "
        "مجموع المرحَّلين من البلدتين خلال يومين زهاء 2600 شخص. وكان وفدان عن النظام والفصائل قد اتفقا، برعاية "
        "الهلال الأحمر السوري، على ترحيل المسلحين نحو إدلب شرط أن يسلّموا أسلحتهم الثقيلة والمتوسطة ويحتفظوا بالخفيفة.",
        [E("other", Q("ما يربو على 400", 400, None), PL("الهامة", "Al-Hamah", "Rif Dimashq"), "2016-10-14",
           "قناة سكاي نيوز", None,
           note="an evacuation placed at its origin (a group of two towns, the first); Idlib is the destination; the "
                "fighters are the figure as the text numbers them"),
         E("other", Q("زهاء 2600", 2600, approx=True), PL("الهامة", "Al-Hamah", "Rif Dimashq"), None, "قناة سكاي نيوز",
           None, kind="aggregate",
           note="the two days' total over more than today's convoy: an aggregate (period 13-14 Oct). The deal is an "
                "undated recall: not coded")])

passage("le13", "2017-04-14", "Al-Mithaq (Tunisia), relaying news sites and AFP", "the four-towns evacuation: two "
        "convoys with their figures | page: https://mithaq.info/inter/item/6925-2017-04-14-12-04-18.html",
        "انطلاق إجلاء سكان ومقاتلين من أربع بلدات محاصرة\n"
        "انطلقت صباح اليوم الجمعة 14 نيسان/أبريل 2017 عملية خروج مدنيين ومسلحين من الزبداني ومضايا والفوعة وكفريا، "
        "تنفيذاً لاتفاق عقدته الحكومة مع فصائل معارضة. وأشارت مواقع إخبارية إلى تحرك 60 حافلة من مضايا تقل زهاء "
        "2350 شخصاً، بينما غادرت الفوعة وكفريا، البلدتين المحاصرتين شمالي إدلب، 75 حافلة "
        "ترافقها 20 سيارة إسعاف تنقل قرابة 5000 من أهاليهما باتجاه منطقة الراشدين غربي حلب. وأكد مصدر من أهالي "
        "الراشدين لوكالة فرانس برس وصول 80 حافلة في أدنى تقدير إليها قادمة من البلدتين.",
        [E("other", Q("زهاء 2350", 2350, approx=True), PL("مضايا", "Madaya", "Rif Dimashq", nth=1), "2017-04-14",
           "مواقع إخبارية", None,
           note="an evacuation placed at its origin; the buses are not the figure. Zabadani is named only in the lead: "
                "no convoy of its own is told"),
         E("other", Q("قرابة 5000", 5000, approx=True), PL("الفوعة", "Al-Fu'ah", "Idlib", nth=1), "2017-04-14",
           "مواقع إخبارية", None,
           note="the other convoy, from two towns (a group, the first); al-Rashidin is the destination; the local "
                "source's 80 buses are another telling")])

passage("le14", "2017-06-12", "KSA2day (Saudi aggregator), relaying AFP, Reuters and RT", "the SDF's taking of a district, its "
        "assault on a base with coalition strikes, an undated recall | page: https://www.ksa.ksa2day.com/Home/NewsDetails?NewsID=5768457",
        "«قسد» تنتزع أول حي في غرب الرقة وتهاجم «الفرقة 17»\n"
        "أعلنت أمس «قوات سورية الديموقراطية»، المسنودة أميركياً، سيطرتها على حي الرومانية، أول الأحياء الغربية لمدينة "
        "الرقة يسقط في يدها، وشنت في الوقت ذاته هجوماً على قاعدة «الفرقة 17» التي يتحصن فيها تنظيم «داعش» عند "
        "المشارف الشمالية للمدينة. وأفاد المرصد السوري لحقوق الإنسان بأن الهجوم تزامن مع ضربات لطائرات التحالف "
        "الدولي، وبأن دويّ الانفجارات لم ينقطع طوال ليل السبت - الأحد من شدة القصف المتبادل حول القاعدة. وكانت هذه "
        "القوات قد استولت على حي المشلب شرقي المدينة بعد أيام من دخولها إليها.",
        [E("territory_change", None, PL("الرومانية", "Al-Romaniyah", "Raqqa"), "2017-06-11",
           "«قوات سورية الديموقراطية»", SDF, note="the SDF announced its own taking: its name is the source"),
         E("armed_clash", None, PL("الفرقة 17", "Division 17 base", "Raqqa"), "2017-06-11",
           "المرصد السوري لحقوق الإنسان", SDF,
           note="the assault on the base; the monitor's next sentence comes back to it (stop 30); the unit number is a "
                "name (stop 28)"),
         E("airstrike", None, PL("الفرقة 17", "Division 17 base", "Raqqa"), "2017-06-11",
           "المرصد السوري لحقوق الإنسان", COAL,
           note="the coalition's strikes told with the assault: an act of its own (a coder could fold them into the "
                "clash). The Mashlab taking is an undated recall: not coded")])

passage("le15", "2018-09-21", "Syrians for Truth and Justice", "an arrest of three activists after a protest, told "
        "by a witness | published date inferred (the testimony is of 20 Sept) | page: https://stj-sy.org/ar/780",
        "«تحرير الشام» تعتقل ثلاثة ناشطين في الدانا بعد خلاف على رايتها\n"
        "اعتقلت «هيئة تحرير الشام» في 18 أيلول/سبتمبر 2018 ثلاثة ناشطين محليين في الدانا بريف إدلب وأطلقت "
        "سراح أحدهم لاحقاً، عقاباً على إنزال أحدهم رايتها خلال مظاهرة في المدينة، بحسب شهادة حصلت عليها منظمة "
        "سوريون من أجل الحقيقة والعدالة. وقال قريب من الناشطين إن عناصر من الهيئة رفعوا رايتهم في مظاهرة "
        "يوم الجمعة 14 أيلول، فحاول الشاب عمر البكور إنزالها مع رفيقيه فوقعت مشادة كلامية. وأضاف أن سيارة للهيئة "
        "قصدت في 18 أيلول السوق حيث متجر البكور، فلما رفض مرافقة عناصرها أطلقوا النار في الهواء، ثم اقتادوا الثلاثة "
        "إلى مخفر تابع لهم.",
        [E("arrest", Q("ثلاثة", 3), PL("الدانا", "Al-Dana", "Idlib"), "2018-09-18",
           "منظمة سوريون من أجل الحقيقة والعدالة", HTS,
           note="the shots in the air at the market are part of the arrest; the release of one is its outcome"),
         E("protest", None, PL("الدانا", "Al-Dana", "Idlib"), "2018-09-14", "قريب من الناشطين", PROT,
           note="the Friday demonstration, told with its own day; the quarrel over the flag is part of it; no crowd "
                "numbered")])

passage("le16", "2018-10-01", "Enab Baladi, relaying SNHR", "a monthly tally with breakdowns by party and governorate "
        "| page: https://enabbaladi.net/254984/تقرير-192-مدنيًا-قتلوا-في-سوريا-خلال-أيلو/?amp=1",
        "الشبكة السورية: 192 قتيلاً مدنياً في أيلول 2018\n"
        "أحصت الشبكة السورية لحقوق الإنسان، في تقريرها الدوري الصادر اليوم الاثنين الأول من تشرين الأول، أن 192 "
        "مدنياً على الأقل قُتلوا في أنحاء البلاد طوال الشهر المنصرم، من بينهم 47 طفلاً و14 امرأة. ونسب التقرير إلى النظام "
        "والميليشيات الإيرانية قتل 40.63% من الضحايا، أي 78 شخصاً قضى 41 منهم تحت التعذيب، تليهم «جهات "
        "أخرى» بـ56 قتيلاً، فقوات الإدارة الذاتية بـ20، فالتنظيمات المتشددة بـ18، فالقوات الروسية بـ17، ثم التحالف "
        "الدولي بثلاثة. وتصدرت دير الزور المحافظات بـ43 قتيلاً، تلتها حماة بـ31 وإدلب بـ30.",
        [E("casualties", Q("192", 192, None, nth=1), None, None, "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate",
           note="a month's national toll (period 2018-09); children, women, the parties, the tortured and the "
                "governorates are its breakdown, never events (stop 34)")])

passage("le17", "2018-11-18", "Mraya (relaying Ahrar Horan)", "a group defection with no figure; the network's telling "
        "gives the place | published date: the page says «أمس السبت» on a page dated the 17th, so the 18th "
        "| page: https://mraya.net/2018/11/17/مجموعة-من-قوات-الأسد-تنشق-في-ريف-اللاذق/",
        "انشقاق مجموعة من عناصر «الفيلق الخامس» في ريف اللاذقية\n"
        "أفادت مصادر إعلامية بانشقاق مجموعة من مقاتلي «الفيلق الخامس»، أحد تشكيلات قوات النظام، في ريف اللاذقية. "
        "ونقلت شبكة «أحرار حوران» أمس السبت أن بين المنشقين شباناً من محافظة درعا ألحقوا بالفيلق مكرهين هرباً من "
        "الملاحقة، وأنها وثّقت أسماء بعضهم. وبيّنت الشبكة أن الانشقاق جرى بالتنسيق مع أحد فصائل المنطقة، انطلاقاً "
        "من نقطة لقوات النظام في جبل الأكراد.",
        [E("defection", None, PL("جبل الأكراد", "Jabal al-Akrad", "Latakia"), "2018-11-17", "مصادر إعلامية", GOV,
           note="a group with no number: no figure; the network's sentence gives the most specific place. SOURCE CALL: "
                "the act's own sentence names «مصادر إعلامية», so it stays the source (a coder could name the network). "
                "DATE CALL: told on the Saturday, so dated then; Daraa is where some defectors come from")])

passage("le18", "2018-12-08", "Halab Today TV", "a suspected abduction of two and a luring abduction, told by the "
        "outlet's reporter | page: https://halabtodaytv.net/archives/42304",
        "فقدان شابين من صلخد وخطف مدني شمالي السويداء\n"
        "انقطع أمس الجمعة السابع من كانون الأول الاتصال بشابين من مدينة صلخد في ريف السويداء الجنوبي خلال عودتهما من دمشق، "
        "بعد ساعات فقط من خطف مدني آخر في ظروف غامضة شمال المحافظة. وأوضح مراسل «حلب اليوم» أن ذوي الشابين فقدوا "
        "أثرهما في منطقة شهبا، ونقل عن مصادر محلية أنهما كانا يحملان مالاً واختفيا مع سيارتهما، مرجحاً أن يكونا قد "
        "خُطفا في منطقة تتكرر فيها حوادث الخطف. وأضاف أن مجهولين اختطفوا المدني رامي الشوفي بعدما استدرجه شاب من "
        "شهبا إلى السويداء، ولم تُعرف مطالب الخاطفين بعد.",
        [E("arrest", None, PL("شهبا", "Shahba", "As-Suwayda"), "2018-12-07", "مراسل «حلب اليوم»", UNK,
           note="abductions are `arrest` (sets 73-99); two men (a dual): no figure; the reporter's next sentence gives "
                "the place and comes back to it. A coder could leave it out: the reporter only thinks it likely"),
         E("arrest", None, PL("السويداء", "As-Suwayda", "As-Suwayda", nth=2), "2018-12-07", "مراسل «حلب اليوم»", UNK,
           note="the luring abduction is the lead's abduction «in the north of the province» hours before the Friday "
                "disappearance: one incident, placed at the city he was lured to (a coder could leave the place at the "
                "province's north); the reporter's «وأضاف» carries")])

passage("le19", "2019-05-13", "Syria TV", "four villages taken in one push, a recalled taking by the factions "
        "| page: https://www.syria.tv/content/قوات-نظام-الأسد-تسيطر-على-قرى-جديدة-في-ريف-حماة",
        "قوات النظام تسيطر على أربع قرى شمال غربي حماة\n"
        "سيطرت قوات النظام والميليشيات الرديفة لها اليوم الإثنين على قرى تل هواش والجابرية والتوبة والشيخ إدريس "
        "شمال غربي حماة، بعد معارك لم تتوقف مع الفصائل، وفق ما أفاد مراسل تلفزيون سوريا. وأوضح المراسل أن الهجوم "
        "انطلق من بلدة كفرنبودة المجاورة إثر تمهيد مدفعي وصاروخي كثيف، وأن مقاتلي الجبهة الوطنية للتحرير وهيئة تحرير "
        "الشام دمّروا أثناء المواجهات بصاروخ مضاد للدروع سيارة تقل عناصر للنظام قرب الشيخ إدريس. وذكر المراسل أن "
        "الفصائل كانت قد استعادت يوم السبت الفائت قرية حرش الكركات قرب قلعة المضيق بعد اشتباكات مع قوات النظام "
        "وميليشيا «لواء القدس» الموالية لها.",
        [E("territory_change", Q("أربع", 4), PL("تل هواش", "Tal Hawash", "Hama"), "2019-05-13",
           "مراسل تلفزيون سوريا", GOV,
           note="one push over four villages: a group, placed at the first; the headline's four is the count of "
                "villages (as set 73 je12). The preparatory shelling and the anti-tank strike are part of the battle "
                "(a coder could code the shelling apart); Kafr Nabuda is where the attack started"),
         E("territory_change", None, PL("حرش الكركات", "Harsh al-Karkat", "Hama"), "2019-05-11",
           "المراسل", FSA,
           note="a recall with its own day («يوم السبت الفائت»), told by the reporter: coded")])

passage("le20", "2019-06-19", "Halab Today TV", "an air strike with an early toll, strikes on nearby towns, the UN "
        "chief's call | page: https://halabtodaytv.net/archives/88894",
        "11 قتيلاً بغارة لطيران النظام على بينين جنوبي إدلب\n"
        "قُتل 11 شخصاً وأصيب آخرون اليوم حين قصف الطيران الحربي التابع لنظام الأسد قرية بينين في جبل الزاوية بريف "
        "إدلب الجنوبي. وذكر مراسل «حلب اليوم» أن الحصيلة أولية ويُرجّح أن تزيد لكثرة الجرحى، وأن القرية تلقت أربعة "
        "صواريخ شديدة الانفجار خلّفت دماراً واسعاً. وفي بلدة كنصفرة القريبة، قتلت غارة امرأتين وطفلاً وجرحت "
        "مدنيين، بينما قضى مدني بغارة مماثلة في ترملا وآخر في سفوهن. ودعا أنطونيو غوتيريش، الأمين العام للأمم "
        "المتحدة، في ساعات سابقة من النهار روسيا وتركيا إلى إعادة الاستقرار إلى إدلب، معتبراً أن المدنيين هناك يدفعون "
        "«الثمن الأفدح».",
        [E("airstrike", Q("11", 11), PL("بينين", "Binnin", "Idlib"), "2019-06-19", "مراسل «حلب اليوم»", GOV,
           note="the reporter's next sentence comes back to the strike (stop 30); the dead are the figure, not the "
                "four missiles"),
         E("airstrike", None, PL("كنصفرة", "Kansafra", "Idlib"), "2019-06-19", "مراسل «حلب اليوم»", GOV,
           note="two women and a child: no number written, no figure; the reporter carries"),
         E("airstrike", None, PL("ترملا", "Tarmala", "Idlib"), "2019-06-19", "مراسل «حلب اليوم»", GOV,
           note="«a like raid» told for two towns, one dead in each: a group placed at the first (a coder could "
                "code two)"),
         E("statement", None, PL("إدلب", "Idlib", "Idlib", nth=2), "2019-06-19",
           "أنطونيو غوتيريش، الأمين العام للأمم المتحدة", None,
           note="a named official's call (stop 32); placed at the province it concerns")])

passage("le21", "2019-08-23", "Al-Hal Net", "towns and villages taken without a fight, the entry into a city "
        "| page: https://7al.net/2019/08/23/فيديو-قوّات-النظام-تسيطر-على-مواقع-شما/mwissam/news/",
        "الجيش السوري يدخل كفر زيتا واللطامنة ويُنهي وجود المعارضة شمالي حماة\n"
        "بسطت قوات الجيش السوري صباح اليوم سيطرتها على بلدتي كفر زيتا واللطامنة وعلى قرى الصياد والبويضة ومعركبة "
        "ولطمين ولحايا وتلال تحيط بها في ريف حماة الشمالي، من غير مواجهات تُذكر، إثر انسحاب فصائل المعارضة نحو بلدة "
        "التمانعة جنوبي إدلب، بحسب مصادر عسكرية. وبثّت وسائل إعلام موالية تسجيلاً قالت إنه يُظهر دخول الجيش إلى "
        "مدينة مورك، حيث لا تزال نقطة المراقبة التركية محاصرة، وبذلك لم يبق للمعارضة وجود في ريف حماة الشمالي.",
        [E("territory_change", None, PL("كفر زيتا", "Kafr Zita", "Hama", nth=1), "2019-08-23", "مصادر عسكرية", GOV,
           note="one taking told for two towns and five villages: a group, placed at the first; al-Tamanah is where "
                "the factions withdrew to"),
         E("territory_change", None, PL("مورك", "Morek", "Hama"), "2019-08-23", "وسائل إعلام موالية", GOV,
           note="the entry into the city, told by other sources; the besieged Turkish post is a state, no event")])

passage("le22", "2019-10-21", "Al-Araby Al-Jadeed", "artillery on two villages despite a truce; a recalled monthly "
        "toll | page: https://www.alaraby.co.uk/flashnews/2019/10/21/مقتل-مدني-بقصف-للنظام-السوري-على-ريف-إدلب",
        "مقتل شاب بقذائف النظام على كفرسجنة جنوبي إدلب\n"
        "قُتل مدني اليوم الاثنين بقذائف مدفعية أطلقتها قوات النظام السوري على إحدى قرى جنوب إدلب، برغم التهدئة "
        "التي أعلنتها روسيا. وأوضح مصدر في الدفاع المدني، في حديث إلى «العربي الجديد»، أن الضحية شاب أصابته "
        "قذائف في قرية كفرسجنة انطلقت من مواقع النظام في الهبيط، مضيفاً أن بلدة معرتحرمة المجاورة نالها قصف صاروخي ومدفعي "
        "مشابه على بيوت المدنيين لم يخلّف سوى أضرار مادية. وكان الدفاع المدني السوري قد وثّق مقتل 46 مدنياً في "
        "شمال سوريا طوال أيلول الماضي، بينهم ثمانية أطفال وسبع نساء.",
        [E("shelling", None, PL("كفرسجنة", "Kafr Sajna", "Idlib", nth=1), "2019-10-21", "مصدر في الدفاع المدني", GOV,
           note="one dead (a singular): no figure; al-Habit is where the fire came from; the civil defence source's "
                "sentence names the village"),
         E("shelling", None, PL("معرتحرمة", "Maarat Harma", "Idlib"), "2019-10-21", "مصدر في الدفاع المدني", GOV,
           note="«مضيفاً» carries the source; damage only"),
         E("casualties", Q("46", 46), PL("شمال سوريا", "Northern Syria"), None, "الدفاع المدني السوري", None,
           kind="aggregate",
           note="a month's toll (period 2019-09) recalled; children and women are its breakdown")])

passage("le23", "2020-06-14", "Al-Ain News, relaying SOHR", "a drone strike on two commanders' car, a denial by the "
        "coalition | page: https://al-ain.com/article/1592159101",
        "مقتل قياديين في «حراس الدين» بغارة مسيّرة في إدلب\n"
        "لقي قياديان عسكريان من «حراس الدين»، التنظيم المرتبط بالقاعدة، حتفهما بصاروخ أطلقته طائرة مسيّرة مجهولة "
        "على سيارتهما في مدينة إدلب، وفق ما أعلنه المرصد السوري لحقوق الإنسان اليوم الأحد. وسمّى رامي عبد الرحمن، مدير "
        "المرصد، القتيلين، وهما المسؤول العسكري العام للتنظيم قسام الأردني وقائد يمني الجنسية يدعى بلال الصنعاني، "
        "مرجحاً أن تكون المسيّرة أميركية. في المقابل، نفى ناطق باسم التحالف الدولي تنفيذ أي غارات في الشمال "
        "الغربي من سوريا في الأسابيع الأخيرة.",
        [E("airstrike", None, PL("إدلب", "Idlib", "Idlib"), "2020-06-14", "المرصد السوري لحقوق الإنسان", None,
           note="two commanders (a dual and two names): no figure; an unknown drone, so no actor (the monitor only "
                "thinks it American); the coalition's denial inside the telling adds nothing (stop 32); the strike's "
                "own day is not told, the item's news")])

passage("le24", "2020-10-06", "Syrian Civil Defence (White Helmets)", "a truck bomb with an early toll, a recalled car "
        "bomb with its day | page: https://whitehelmets.org/index.php/node/525",
        "عشرات القتلى والجرحى بانفجار شاحنة مفخخة وسط الباب\n"
        "قضى 19 مدنياً، بينهم أربعة أطفال، في حصيلة غير نهائية، وأصيب 82 آخرون اليوم الثلاثاء السادس من تشرين "
        "الأول بانفجار مفخخة ضرب مدينة الباب شرقي حلب، وهو الانفجار الثاني الذي يضرب المدينة في غضون ثلاثة أيام. وبيّن "
        "الدفاع المدني السوري أن كاميرات المراقبة أظهرت شاحنة مفخخة تنفجر عند المدخل الخلفي لكراج الانطلاق في قلب "
        "المدينة المكتظ، فدمرت بنائين بالكامل وسبع سيارات مدنية. وكان انفجار سيارة ملغمة على أحد مداخل الباب قد "
        "أودى منتصف ليل الأحد 4 تشرين الأول بحياة ثلاثة أشخاص وجرح خمسة.",
        [E("explosion", Q("19", 19), PL("الباب", "Al-Bab", "Aleppo"), "2020-10-06", "الدفاع المدني السوري", None,
           note="the civil defence's next sentence comes back to the same blast (stop 30); the bus station is placed "
                "at its city; four children are a breakdown"),
         E("explosion", Q("ثلاثة", 3, nth=1), PL("الباب", "Al-Bab", "Aleppo", nth=2), "2020-10-04", None, None,
           note="a recall with its own day («وكان … قد»): the outlet")])

passage("le25", "2021-02-28", "Akhbar Arabia", "an Israeli strike told by state TV and a military source; a minister's "
        "stance two days before | page: https://akhbararabia.net/2021/02/28/هجوم-إسرائيلي-في-محيط-دمشق-والدفاعات-ا/",
        "الدفاعات السورية تعترض ضربة إسرائيلية حول دمشق\n"
        "أفاد التلفزيون الرسمي السوري مساء الأحد بأن وسائط الدفاع الجوي تصدت لهجوم إسرائيلي على محيط دمشق، بعدما "
        "سُمع انفجار فوق العاصمة. ونقلت وكالة «سانا» عن مصدر عسكري أن إسرائيل شنت عند الساعة 10:16 مساءً اعتداءً "
        "جوياً من جهة الجولان المحتل على أهداف حول دمشق، وأن وسائط الدفاع الجوي أسقطت معظم الصواريخ. ولم يعلّق "
        "الناطق العسكري الإسرائيلي على الأمر، فيما كان وزير الدفاع بيني غانتس قد صرّح يوم الجمعة أمام أنصار "
        "حزبه بأن إسرائيل تتحرك «كل أسبوع تقريباً» لمنع إيران من ترسيخ وجودها في سوريا.",
        [E("airstrike", None, PL("دمشق", "Damascus", "Damascus"), "2021-02-28", "التلفزيون الرسمي السوري", ISR,
           note="the first telling (state TV) is the source; the military source relayed by SANA is a second telling; "
                "the Golan is where the fire came from"),
         E("statement", None, None, "2021-02-26", "وزير الدفاع بيني غانتس", ISR,
           note="STATEMENT CALL: a named minister's stance told with its own day; a coder could leave it out as "
                "background to the strike")])

passage("le26", "2021-09-20", "Syria TV", "a drone strike claimed by the Pentagon, placed by local sources "
        "| page: https://syria.tv/البنتاغون-الغارة-الأخيرة-شمالي-سوريا-استهدفت-مسؤولاً-رفيعاً-في-تنظيم-القاعدة",
        "البنتاغون: غارة قرب إدلب استهدفت قيادياً كبيراً في «القاعدة»\n"
        "قالت وزارة الدفاع الأميركية (البنتاغون) إن الضربة التي نُفذت اليوم الإثنين بالقرب من مدينة إدلب استهدفت "
        "قيادياً بارزاً في القاعدة. وأفادت مصادر تحدثت إلى موقع تلفزيون سوريا بأن طائرة مسيّرة يُرجح أنها للتحالف "
        "الدولي قصفت عند مدخل بنش شمال شرق مدينة إدلب سيارة يستقلها قياديون في «حراس الدين»، فقتلت اثنين منهم هما "
        "أبو البراء التونسي وأبو حمزة اليمني. وبثّ الدفاع المدني السوري لاحقاً صوراً قال إنها للسيارة المستهدفة.",
        [E("airstrike", Q("اثنين", 2), PL("بنش", "Binnish", "Idlib"), "2021-09-20",
           "وزارة الدفاع الأميركية (البنتاغون)", COAL,
           note="the Pentagon's claim is the first telling and names the act; the local sources give the town (the "
                "most specific place) and the dead («اثنين», a number word)")])

passage("le27", "2022-01-25", "Al-Souria Net", "an amnesty decree for deserters with its deadlines "
        "| page: https://alsouria.net/النظام-يصدر-عفواً-عن-الفارين-من-الخدمة",
        "الأسد يصدر عفواً مشروطاً عن الفارين من الخدمة العسكرية\n"
        "أصدر بشار الأسد، رأس النظام السوري، اليوم الثلاثاء مرسوماً تشريعياً يعفو عن كامل العقوبة في جرائم الفرار "
        "الداخلي والخارجي من الخدمة الإلزامية المرتكبة قبل 25 كانون الثاني 2022. ويحمل المرسوم الرقم 3 لعام 2022، "
        "ويتناول جرائم الفرار الواردة في المادتين 100 و101 ضمن قانون العقوبات العسكرية، لكنه يستثني المتوارين عن الأنظار ما "
        "لم يسلّموا أنفسهم في غضون ثلاثة أشهر للفرار الداخلي وأربعة أشهر للفرار الخارجي. واضطر شبان كثيرون خلال "
        "السنوات الماضية إلى مغادرة البلاد رفضاً للخدمة في قوات الأسد وهرباً من حملات السوق إلى الاحتياط.",
        [E("desertion", None, None, "2022-01-25", None, GOV,
           note="an amnesty decree for desertion (news_dev: desertion); the decree and article numbers are names; the "
                "months are durations, not figures; the outlet tells it")])

passage("le28", "2022-02-24", "Watan FM, relaying Ahrar Horan", "a raid on displaced people's tents with six arrested; "
        "two recalled arrests with their days | page: https://watan.fm/news/168949",
        "قوات الأسد تعتقل ستة أشخاص في مداهمة لخيام نازحين شرقي درعا\n"
        "شنت قوات الأسد اليوم الخميس 24 شباط حملة مداهمات بريف درعا اعتقلت خلالها عدداً من المدنيين، بحسب «تجمع "
        "أحرار حوران». وبيّن التجمع أن عناصر دورية أمنية مشتركة اقتحموا خيام النازحين المنتشرة على الطريق الزراعية "
        "الواصلة بين الكرك الشرقي والحراك، واعتقلوا ستة أشخاص. وفي 17 شباط، داهمت دورية لقوات الأسد منازل في بلدة "
        "عتمان شمالي درعا واعتقلت ثلاثة مدنيين بينهم شقيقان، وفق التجمع، كما اعتقلت قوات الأسد في التاسع من الشهر "
        "نفسه شاباً في مدينة نوى غربي درعا كان مقاتلاً في المعارضة قبل تسوية تموز 2018.",
        [E("arrest", Q("ستة", 6), PL("الكرك الشرقي", "Al-Karak al-Sharqi", "Daraa"), "2022-02-24",
           "«تجمع أحرار حوران»", GOV,
           note="the lead's raid and the tents are one incident; a road between two places is placed at the first "
                "(stop 30)"),
         E("arrest", Q("ثلاثة", 3), PL("عتمان", "Atman", "Daraa"), "2022-02-17", "التجمع", GOV,
           note="a recall with its own day, sourced to the group"),
         E("arrest", None, PL("نوى", "Nawa", "Daraa"), "2022-02-09", "التجمع", GOV,
           note="one young man: no figure; «كما» goes on with an act of the same kind, so the group carries")])

passage("le29", "2022-06-09", "Syria TV", "a Turkish drone strike that only wounds "
        "| page: https://syria.tv/مسيرة-تركية-تستهدف-موقعاً-لـ-قسد-في-القامشلي-شمال-شرقي-سوريا-صور",
        "مسيّرة تركية تقصف موقعاً لـ«قسد» قرب سوق الهال في القامشلي\n"
        "أصيب عنصر من قوات سوريا الديمقراطية (قسد) ومدنيان بجروح متفاوتة، اليوم الخميس، إثر قصف طائرة مسيّرة "
        "تركية موقعاً عسكرياً للقوات في مدينة القامشلي. وأوضح مصدر محلي، في حديث إلى موقع تلفزيون سوريا، أن الضربة وقعت نحو "
        "العاشرة صباحاً على موقع قريب من الحزام الشمالي للمدينة وسوق الهال، يُستخدم مستودعاً للذخيرة والمؤن ويشرف "
        "عليه قادة عسكريون. وأُسعف ثلاثة مصابين في الأقل إلى المشفى العسكري المعروف باسم «الشهيد خبات»، فيما تضررت "
        "سيارات وأبنية مدنية قريبة.",
        [E("airstrike", None, PL("القامشلي", "Qamishli", "Al-Hasakah"), "2022-06-09", "مصدر محلي", TUR,
           note="an act that only wounds: no figure (the injured never are); the local source's sentence comes back to "
                "it; the market is a landmark, so the city")])

passage("le30", "2022-10-12", "Al-Tareek", "a morning taking by HTS undone by a counter-attack, ongoing infighting "
        "| page: https://altareek-media.com/ar/post/9227/تحرير-الشام-تنسحب-من-مواقع-سيطرت-عليها-بريف-عفرين-تحت-ضربات-الفيلق-الثالث",
        "«تحرير الشام» تنسحب من قرزيحل تحت ضغط هجوم معاكس للفيلق الثالث\n"
        "انسحبت اليوم الأربعاء هيئة تحرير الشام ومعها فصائل حليفة من مواقع في ريف عفرين، شمالي حلب، سبق أن "
        "انتزعتها صباحاً من «حركة التحرير والبناء» و«الفيلق الثالث» المنضويين في الجيش الوطني السوري، بعدما تكبدت خسائر "
        "في الأرواح والعتاد. وأكد مصدر قريب من خطوط القتال لموقع «الطريق» أن الهيئة أخلت قرية قرزيحل والطرق المؤدية "
        "إليها إثر هجوم مضاد للفيلق وفصائل أخرى، خسرت فيه أربعة قتلى على الأقل وأكثر من 12 جريحاً، إلى جانب رشاش "
        "عيار 23 وعربة لنقل العناصر. وتتواصل المواجهات بين الفصائل في جنديرس والشيخ حديد ومناطق أخرى من عفرين "
        "والباب وبزاعة.",
        [E("territory_change", None, PL("ريف عفرين", "Afrin countryside", "Aleppo"), "2022-10-12", None, HTS,
           note="the morning taking, told in the lead with its time («صباحاً»): an act of its own, the outlet's"),
         E("territory_change", Q("أربعة", 4, None), PL("قرزيحل", "Qarzihel", "Aleppo"), "2022-10-12",
           "مصدر قريب من خطوط القتال", SNA,
           note="the counter-attack that retook the village: the National Army's gain; HTS's four dead (at least) are "
                "its figure, the wounded not; the source's sentence gives the village"),
         E("armed_clash", None, PL("جنديرس", "Jindires", "Aleppo"), "2022-10-12", None, None,
           note="ongoing infighting told for a list of places: a group, placed at the first; no actor named beyond "
                "«الفصائل»; the outlet")])

passage("le31", "2023-08-21", "Al-Qalam Center, relaying Reuters and AFP", "an Israeli missile strike: state media's "
        "wounded, the monitor's dead and places | page: https://elqalamcenter.com/2023/08/22/غارات-إسرائيلية-على-أهداف-مجهولة-قرب-د/",
        "ضربات إسرائيلية على محيط دمشق.. جريح وفق سانا وقتيلان وفق المرصد\n"
        "قال مصدر عسكري، في تصريح نقلته الوكالة العربية السورية للأنباء (سانا)، إن صواريخ إسرائيلية موجهة انطلقت "
        "مساء اليوم الاثنين من جهة الجولان المحتل نحو نقاط حول العاصمة دمشق، ما أدى إلى جرح عسكري وإلحاق أضرار مادية. أما المرصد "
        "السوري لحقوق الإنسان فذكر أن عنصرين لم تُعرف جنسيتهما قُتلا في الضربات التي طالت مواقع عسكرية جنوب غرب "
        "العاصمة وجنوب شرقها، في محيط الكسوة وعلى مسافة كيلومترات قليلة من مطار دمشق الدولي، فدمرت موقعاً في "
        "الكسوة وآخر يضم آليات قرب المطار.",
        [E("airstrike", None, PL("الكسوة", "Al-Kiswah", "Rif Dimashq"), "2023-08-21", "مصدر عسكري", ISR,
           note="one strike told by two sources: SANA relays a military source (the relayed one is the source, stop "
                "34); the monitor gives the sites (the Kiswah area and near the airport: a group, placed at the first). "
                "No figure: the wounded never are, and the monitor's dead are a dual")])

passage("le32", "2023-09-15", "Al-Khaleej Trend, relaying AFP", "the largest Suwayda rally with a crowd range; a "
        "recalled shooting at protesters | page: https://alkhaleejtrend.com/news/آلاف-السوريين-يطالبون-برحيل-الأسد-بأك",
        "أكبر تظاهرة في السويداء منذ شهر رغم إطلاق النار على محتجين\n"
        "احتشد محتجون بأعداد غير مسبوقة اليوم الجمعة في مدينة السويداء جنوبي سوريا، في أضخم تظاهرة مناوئة للنظام "
        "منذ انطلاق الحراك قبل قرابة شهر، متحدّين إطلاق الرصاص على متظاهرين قبل يومين. وقدّر مشاركون لوكالة "
        "الصحافة الفرنسية أعداد المحتشدين في ساحة الكرامة بين 3500 وأربعة آلاف متظاهر، هتفوا «ما في للأبد.. يسقط "
        "الأسد». وكان ثلاثة محتجين قد أصيبوا الأربعاء الماضي حين أطلق مسلحون النار عليهم بينما كانوا يحاولون إغلاق "
        "فرع حزب البعث، في أول حادثة من نوعها منذ بدء الاحتجاجات.",
        [E("protest", Q("بين 3500 وأربعة آلاف", 3500, 4000), PL("السويداء", "As-Suwayda", "As-Suwayda"),
           "2023-09-15", "مشاركون", PROT,
           note="the participants' sentence comes back to the rally and numbers the crowd; the square is placed at "
                "its city"),
         E("protest", None, PL("السويداء", "As-Suwayda", "As-Suwayda"), "2023-09-13", None, PROT,
           note="gunmen fired on protesters trying to close the party branch: a protest event (stop 30), three "
                "wounded (never the figure); a recall with its day («وكان … قد»): the outlet; placed at the city "
                "by context (a coder could leave it unplaced)")])

passage("le33", "2024-01-09", "Al-Mashhad, relaying SOHR and AFP", "an IS ambush on a bus; two recalled attacks of "
        "one earlier day | page: https://almashhad.com/article/773112298002792-News/332040020406360-سوريا-مقتل-14-عنصرا-من-قوات-الجيش-بهجوم-لـداعش-في-بادية-تدمر/",
        "14 قتيلاً من الجيش السوري بهجوم لـ«داعش» على حافلة في بادية تدمر\n"
        "قُتل ما لا يقل عن 14 عنصراً من الجيش السوري وأصيب أكثر من 19 آخرين، حين باغت مسلحو تنظيم «داعش» "
        "حافلة تقل عسكريين في بادية تدمر بريف حمص الشرقي، بحسب ما أورده المرصد السوري لحقوق الإنسان اليوم الثلاثاء. "
        "ونُقل الجرحى إلى مستشفى تدمر وسط استنفار واسع للقوات الحكومية. وبحسب المرصد، لقي عنصر في الفرقة الرابعة حتفه في "
        "السابع من كانون الثاني برصاص مسلحين من التنظيم يستقلون دراجة نارية قرب مدرسة في مدينة الميادين، كما هاجم "
        "«داعش» في اليوم ذاته نقاطاً للجيش في منطقة الكوم شمال السخنة من غير أن تُسجّل خسائر بشرية.",
        [E("armed_clash", Q("ما لا يقل عن 14", 14, None), PL("بادية تدمر", "Palmyra desert", "Homs"), "2024-01-09",
           "المرصد السوري لحقوق الإنسان", IS,
           note="an attack on a bus: an armed clash (stop 30); the wounded are never the figure; the attack's own day "
                "is not told, the item's news"),
         E("armed_clash", None, PL("الميادين", "Al-Mayadin", "Deir ez-Zor"), "2024-01-07", "المرصد", IS,
           note="a soldier shot by IS gunmen on a motorbike: an armed clash, no figure (a singular); the school is "
                "placed at its city; a recall with its day"),
         E("armed_clash", None, PL("الكوم", "Al-Kawm", "Homs"), "2024-01-07", "المرصد", IS,
           note="an attack on army points the same day, no losses; «كما» goes on with the monitor")])

passage("le34", "2024-11-27", "Shaam News Network", "the first day of «Deterrence of Aggression»: two batches of "
        "villages, an ambush's toll, fighting at a base | page: https://shaam.org/news/syria-news/معركة-ردع-العدوان-تحرير-عاجل-والهوتة-وأورم-الصغرى-ومعارك-مستمرة-غربي-حلب",
        "«ردع العدوان»: السيطرة على عنجارة وأورم الصغرى وعاجل والهوتة غربي حلب\n"
        "قالت «إدارة العمليات العسكرية» في معركة «ردع العدوان»، التي أُطلقت في صباح اليوم، الأربعاء 27 من تشرين الثاني، "
        "إنها انتزعت بلدة عنجارة الاستراتيجية وقرى أورم الصغرى وعاجل والهوتة في ريف حلب الغربي من قوات الأسد "
        "والميليشيات الإيرانية بعد معارك عنيفة. وكانت الإدارة قد أعلنت قبل ذلك السيطرة على الشيخ عقيل وبالا "
        "وحيردركل وقبتان الجبل والسلوم وحور وكفربسين، وأسر خمسة عناصر للنظام على جبهة الفوج 46. وقالت الإدارة إن "
        "25 عنصراً من قوات النظام قُتلوا في كمين على جبهة قبتان الجبل، فيما تتواصل الاشتباكات والقصف على محاور عدة "
        "أبرزها الفوج 46.",
        [E("territory_change", None, PL("عنجارة", "Anjara", "Aleppo"), "2024-11-27", "«إدارة العمليات العسكرية»", HTS,
           note="one announcement over a town and three villages: a group, placed at the first; ACTOR CALL: the 2024 "
                "operations room is coded as HTS, its lead faction"),
         E("territory_change", None, PL("الشيخ عقيل", "Sheikh Aqil", "Aleppo"), "2024-11-27", "الإدارة", HTS,
           note="an earlier batch of the same day: a second group, placed at the first; the five captured are no "
                "event of their own"),
         E("armed_clash", Q("25", 25), PL("قبتان الجبل", "Qabtan al-Jabal", "Aleppo", nth=1), "2024-11-27", "الإدارة",
           HTS, note="an ambush with its dead; the village is the front's"),
         E("armed_clash", None, PL("الفوج 46", "46th Regiment base", "Aleppo", nth=1), "2024-11-27", "الإدارة", None,
           note="fighting and shelling going on at the base (a named base is the place, stop 28); «فيما» goes on "
                "with the same telling")])

passage("le35", "2025-07-17", "Ilkha (Turkish agency, Arabic service), relaying Reuters and SANA", "tribal fighters "
        "attack despite a truce, villages taken, abuses in a city quarter | page: https://ilkha.com/arabi/world/467940/سوريااشتباكاتبينالعشائرومسلحينفيقرىالسويداء",
        "هجوم جديد لمقاتلي العشائر على ريف السويداء الغربي رغم وقف النار\n"
        "شنّ مقاتلون من العشائر البدوية والعربية اليوم الخميس هجوماً جديداً على مسلحين محليين في ريف السويداء "
        "الغربي، بعد إعلان وقف لإطلاق النار شمل الحكومة السورية، وفق مصدر أمني سوري. وأوضح قائد ميداني من البدو "
        "لوكالة رويترز أن الهدنة تلزم القوات الحكومية وحدها، وأن مقاتلي العشائر يسعون إلى تحرير أبناء لهم احتجزتهم "
        "جماعات مسلحة في المحافظة خلال الأيام الماضية. وذكرت مصادر إعلامية أن العشائر بسطت سيطرتها على تعارة وقرى "
        "الدور والدويرة والطيرة. ونقلت وكالة سانا اتهامها «مجموعات خارجة عن القانون» بمهاجمة حي المقوس في قلب "
        "مدينة السويداء وارتكاب انتهاكات بحق سكانه.",
        [E("armed_clash", None, PL("ريف السويداء الغربي", "Western As-Suwayda countryside", "As-Suwayda"),
           "2025-07-17", "مصدر أمني سوري", TRIBES,
           note="the tribes' attack on local gunmen; the commander's words explain it (its source's background, no "
                "statement: stop 32)"),
         E("territory_change", None, PL("تعارة", "Ta'ara", "As-Suwayda"), "2025-07-17", "مصادر إعلامية", TRIBES,
           note="villages taken, told for a list: a group, placed at the first; undated, the item's news"),
         E("armed_clash", None, PL("المقوس", "Al-Maqwas (As-Suwayda)", "As-Suwayda"), "2025-07-17", "وكالة سانا", None,
           note="TYPE CALL: an assault on a quarter's residents with abuses and no deaths told, by groups SANA does "
                "not name: coded as an attack (armed_clash) with no actor; a coder could code `other` or leave it. "
                "The detentions of tribesmen «in recent days» are undated: not coded")])


def main() -> None:
    write("gold104.jsonl", P104)


if __name__ == "__main__":
    main()
