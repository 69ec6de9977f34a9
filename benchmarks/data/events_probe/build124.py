"""Build gold124.jsonl: fresh set 124 (ids ly01…), written in stop 43 by writer w124 BEFORE any run on it.

35 short passages (40-130 words), each the paraphrase of ONE real page found in the search tool's `pages` corpus
(queried in Arabic), years 2011-2025, outlets of every kind: Syrian opposition and local sites (SY24, Baladi News,
Halab Today, Radio Alkul, Jisr, Watan FM, Al-Souria, Syrian Today, North Press, Al-Khabour, Al-Raafed), official
papers (Tishreen, Al-Baath), relays of agencies (SANA, AFP, Sky News Arabia) in Arab papers (Al-Masry Al-Youm,
Al-Ahram Al-Massai, Echorouk, Al-Hayat, Al-Weeam, Al-Mesryoon, Al-Araby al-Jadeed), Kurdish-leaning and regional
sites. Every sentence was rewritten (no run of five words, names aside, is shared with its page: checked by script
against the page text, which was kept outside the repository); the incidents, their order, places, figures,
dates, sources, hedges, recalls and glued extras are the page's; private people's names are invented. Where the
page shows no date, `published` was inferred from the events told (the style says so). Each passage's `style`
ends with the page's address. The set is closed (fresh) until the next stop.
Gold follows news_dev's README and the events_probe README's conventions (stops 28, 30, 32, 34 and 41), and was
written before anything ran on the passages. Offsets are computed by build.build and checked.

    python benchmarks/data/events_probe/build124.py      # rewrites gold124.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (COAL, FSA, GOV, HTS, IS, ISR, LOYAL, NEWGOV, PL, PROGOV, PROT, Q, RUS, SDF, SNA, TRIBES,  # noqa: E402,F401
                   TUR, UNID, E, write)

P124: list[dict] = []


def passage(pid, published, outlet, style, text, events):
    P124.append({"id": pid, "published": published, "outlet": outlet, "style": style, "text": text.strip(),
                 "events": events})


passage("ly01", "2025-02-22", "Al-Khabour", "two attacks on checkpoints repelled, a media source next sentence; a recalled "
        "attack with two dead (published inferred) | page: https://alkhabour.com/ar/post/4067/الأمن-العام-يتصدى-هجومين-من-فلول-النظام-المخلوع-في-اللاذقية",
        "الأمن العام يحبط هجومين لفلول النظام المخلوع في اللاذقية\n"
        "أحبطت عناصر الأمن العام في اللاذقية ليلة أمس هجومين نفذهما مسلحون من بقايا النظام السابق على حاجزين، "
        "أحدهما حاجز المزيرعة في ريف المحافظة والآخر حاجز الكلية الحربية بمدينة جبلة. ونقلت مصادر إعلامية أن العناصر "
        "قضوا على المهاجمين عند حاجز الكلية الحربية، أما في المزيرعة فقد لاذ المسلحون بالفرار مخلّفين أسلحتهم "
        "وسياراتهم بعد صدّهم. وجاء الهجومان وسط إشاعات عن سحب قوات الإدارة الجديدة من الساحل، وهو ما نفته جهات "
        "رسمية. وكان عنصران من الأمن العام قد لقيا حتفهما وجُرح آخرون يوم الأربعاء الماضي حين هاجم الفلول حاجز "
        "الصناعة عند مدخل جبلة.",
        [E("armed_clash", None, PL("المزيرعة", "Al-Mazra'a", "Latakia"), "2025-02-21", "مصادر إعلامية", LOYAL,
           note="two attacks on two checkpoints: two incidents, one event each; the media sources' next sentence comes "
                "back to both (carried back, stop 30); no figure"),
         E("armed_clash", None, PL("جبلة", "Jableh", "Latakia"), "2025-02-21", "مصادر إعلامية", LOYAL,
           note="the checkpoint named after the military college is a checkpoint, placed at its town Jableh (a second "
                "coder could take the college as a listed site); attackers killed, unnumbered"),
         E("armed_clash", None, PL("جبلة", "Jableh", "Latakia", nth=1), "2025-02-19", None, LOYAL,
           note="recalled attack on another checkpoint with its own day and place (stop 41: coded, background); two "
                "dead as a dual, no figure; the outlet's own recall")])

passage("ly02", "2025-03-05", "North Press", "an ambush told by the outlet, the security chief's account, a raid with "
        "grenades and arrests | page: https://npasyria.com/206873",
        "دمشق – نورث برس\n"
        "لقي عنصران من الأمن العام مصرعهما وأصيب غيرهما، يوم أمس الثلاثاء، إثر هجوم مسلح داخل مدينة اللاذقية غربي "
        "البلاد، وأعقبت ذلك حملة أمنية موسعة في المدينة. وأوضح المقدم مصطفى كنيفاتي، مدير الأمن العام في "
        "المحافظة، أن مسلحين من فلول النظام البائد نصبوا كميناً لعنصرين تابعين لوزارة الدفاع في حي الدعتور فقُتلا "
        "في الحال. وأضاف أن قوة خاصة جُهّزت فور ورود البلاغ، وجمعت المعلومات حتى بلغت أحد أفراد الخلية ودهمت مخبأه، "
        "فرمى المسلحون قنابل يدوية على الدوريات وجرحوا عدداً من العناصر، قبل أن ترد القوات وتعتقل عدة متورطين وتحيّد "
        "آخرين.",
        [E("armed_clash", None, PL("الدعتور", "Al-Da'tour", "Latakia"), "2025-03-04", "المقدم مصطفى كنيفاتي", LOYAL,
           note="the lead's attack and the chief's ambush in al-Da'tour are one incident; the chief's next sentence "
                "gives the quarter and the source (stop 30 carry back); two dead as a dual: no figure"),
         E("armed_clash", None, PL("اللاذقية", "Latakia", "Latakia"), "2025-03-04", "المقدم مصطفى كنيفاتي", NEWGOV,
           note="the raid on the cell's hideout: grenades thrown, forces fired back, several arrested and others "
                "'neutralised': one raid, coded as a clash (a second coder could code arrest); the city-wide campaign "
                "of the lead is this operation; no place finer than the city; «وأضاف» carries the chief")])

passage("ly03", "2024-12-23", "Shams Al-Yaoum", "attack on a patrol with two dead and seven captured, freed later; a "
        "security chief's stance (published inferred) | page: https://shams-alyaoum.com/مقتل-وإصابة-عناصر-أمنية-إثر-هجوم-من-مؤي",
        "قتيلان وجرحى في صفوف الأمن بهجوم لأنصار الأسد في اللاذقية\n"
        "أعلن اليوم الإثنين مسؤول أمني لدى الإدارة السورية الجديدة أن شخصين قُتلا وجُرح آخرون، كما وقع سبعة من "
        "عناصر دورية أمنية في الأسر، حين هاجمها موالون للرئيس المخلوع في اللاذقية، ثم حُرر المخطوفون في وقت لاحق. "
        "وبيّن المسؤول أن الدورية التابعة لإدارة الأمن العام كانت تؤدي مهامها المعتادة في ريف القرداحة عندما استهدفها "
        "مسلحون من مناصري الأسد، وأن الأسرى السبعة ظهروا في مقاطع مصورة يتوعدهم فيها خاطفوهم بالذبح. وقال المقدم "
        "مصطفى كنيفاتي، مدير الأمن العام في اللاذقية، إن مجموعات من فلول الميليشيات تتوارى بين بيوت المدنيين في جبلة "
        "وما حولها، وتنطلق من الجبال والوديان لمهاجمة القوات، مؤكداً لاحقاً نجاح عملية تحرير العناصر.",
        [E("armed_clash", None, PL("ريف القرداحة", "Qardaha countryside", "Latakia"), "2024-12-23",
           "مسؤول أمني لدى الإدارة السورية الجديدة", LOYAL,
           note="FIGURE CALL: the dead are a dual (no figure) and the seven captured are the attack's outcome, not its "
                "count, so no figure; the capture is part of the attack, not an arrest event; the later rescue has "
                "no place or day of its own (not coded); the chief's words on where the remnants hide are a habit")])

passage("ly04", "2020-11-14", "SY24", "raid and arrest by two bodies over two places, the reporter's telling, a "
        "recalled entry into a town (published inferred) | page: https://www.sy-24.com/news/شرقي-درعا-الفرقة-الرابعة-والمخابرات-ا",
        "شرقي درعا: مداهمات للفرقة الرابعة والمخابرات الجوية يرافقها نهب للبيوت\n"
        "شنّت الفرقة الرابعة وجهاز المخابرات الجوية التابعان للنظام، اليوم السبت، حملة تفتيش واعتقال في الريف "
        "الشرقي لمحافظة درعا، ونهب عناصرهما عدداً من المنازل خلالها. وأفاد مراسل SY24 في المحافظة بأن الحملة طالت "
        "خيام بدو مقيمين على أطراف المسيفرة والغارية الشرقية، واقتيد خلالها شاب مهجّر من منطقة اللجاة إلى مكان "
        "مجهول، كما سُرقت محتويات بيوت ومزارع. ووصلت مجموعات من اللواء الثامن في الفيلق الخامس لوقف المداهمة وتهدئة "
        "الموقف. وكانت قطع من جيش النظام، منها الفرقتان الرابعة والتاسعة والفرقة 15، قد دخلت يوم الخميس برفقة "
        "المخابرات الجوية بلدة الكرك الشرقي، وفتشت بيوتها كلها بحثاً عن 17 مطلوباً.",
        [E("arrest", None, PL("المسيفرة", "Al-Musayfirah", "Daraa"), "2020-11-14", "مراسل SY24", GOV,
           note="one raid over the edges of two towns (a group), placed at the first; one man taken (singular, no "
                "figure); the looting is part of it; the reporter's next sentence comes back to it; the 8th Brigade's "
                "arrival to stop the raid is not coded"),
         E("reinforcement", None, PL("الكرك الشرقي", "Al-Karak al-Sharqi", "Daraa"), "2020-11-12", "مراسل SY24", GOV,
           note="recalled entry of three divisions into a town with a house-to-house search; no arrest is told, so "
                "coded as a deployment (a second coder could code an arrest raid or leave it); 17 is the number "
                "sought, not the event's figure; the outlet's reporter carries over the item")])

passage("ly05", "2020-05-30", "Al-Araby al-Jadeed (arabiansforum)", "deployment with arrests, a local network and an "
        "activist, a recalled convoy two days before (published inferred) | page: https://arabiansforum.net/archives/13436",
        "«الفرقة الرابعة» تنتشر غرب درعا وتعتقل مدنيين\n"
        "انتشرت قوات من «الفرقة الرابعة» في جيش النظام السوري، يوم السبت، في ريف درعا الغربي جنوبي البلاد، عقب لقاءات "
        "طالب فيها ضباطها وجهاء محليين بتسليم عشرات المطلوبين. ونقل موقع «تجمع أحرار حوران» أن التعزيزات تمركزت في "
        "مواقع منها معمل الشيبس ومزرعة الأبقار الواقعين على طريق اليادودة، وأن العناصر اعتقلوا عدداً كبيراً من المدنيين فور "
        "وصولهم إلى مزرعة الأبقار. وذكر الناشط عمار الزعبي أن القوات جاءت بدبابات وآليات ثقيلة ونصبت حاجزين، أحدهما "
        "قرب الكنسورة في المزيريب والآخر عند المساكن، وقطعت الطرق حتى على المشاة. ويأتي ذلك بعد يومين من وصول رتل "
        "ضخم للفرقة يوم الخميس، فيه عشرات الدبابات والشاحنات، من دمشق إلى مدينة درعا.",
        [E("reinforcement", None, PL("اليادودة", "Al-Yadudah", "Daraa"), "2020-05-30", "«تجمع أحرار حوران»", GOV,
           note="the deployment; the network's next sentence names the positions on the Yadudah road (most specific, "
                "a road placed at the place it names); the checkpoints the activist tells are part of it"),
         E("arrest", None, PL("اليادودة", "Al-Yadudah", "Daraa"), "2020-05-30", "«تجمع أحرار حوران»", GOV,
           note="many civilians arrested at the cow farm on the Yadudah road: no figure"),
         E("reinforcement", Q("عشرات", 20, 90, True, nth=1), PL("درعا", "Daraa", "Daraa", nth=2), "2020-05-28", None, GOV,
           note="the recalled convoy of Thursday, placed at its destination Daraa city (stop 41), not Damascus it left; "
                "its figure is the tanks and trucks («عشرات»), a second coder could leave it null")])

passage("ly06", "2021-03-30", "SY24", "two bodies found, an IED, a house blown up, reinforcements, machine-gun fire on "
        "homes; the reporter files the whole item | page: https://sy-24.com/66449",
        "لقي اثنان ممن يخدمون في الفرقة الرابعة بجيش النظام حتفهما أمس الإثنين، 29 من آذار/مارس، في محافظة درعا، بينما فجّرت "
        "الفرقة منزلاً في الريف الغربي. وقال مراسل SY24 إن جثتي العنصرين، وهما سامر علي يوسف وعلاء علي يوسف، وُجدتا "
        "على طريق العجمي قرب بلدة جلين غربي درعا. وفي الأثناء، فجّرت عناصر من فرع المخابرات الجوية عبوة ناسفة في قلب "
        "مدينة داعل الواقعة على الطريق القديم بين درعا ودمشق. ونسفت الفرقة الرابعة بيت أحد أبناء المزيريب، ويدعى خالد "
        "المصري، رغم أن عبوات عدة فُجّرت داخله قبل بضعة أيام، بسبب التطورات الأخيرة في المنطقة. وتواصل في الوقت ذاته "
        "تدفق التعزيزات نحو مواقع الفرقة في منطقة الري. ومساء أمس، أطلقت الفرقة نيران رشاشاتها المتوسطة والثقيلة على "
        "منازل المدنيين في المزيريب والطرق المؤدية إليها.",
        [E("other", Q("اثنان", 2), PL("جلين", "Jillin", "Daraa"), "2021-03-29", "مراسل SY24", None,
           note="two soldiers found dead on a road: bodies found (other) with the two dead as its figure; no act is "
                "told (a second coder could code casualties); the reporter's next sentence carries back"),
         E("explosion", None, PL("داعل", "Da'el", "Daraa"), "2021-03-29", "مراسل SY24", GOV,
           note="an IED set off by Air Force Intelligence in the town centre; the reporter carries over the item"),
         E("other", None, PL("المزيريب", "Al-Muzayrib", "Daraa"), "2021-03-29", "مراسل SY24", GOV,
           note="a house blown up (destruction of property, other; a second coder could code explosion); the lead's "
                "«فجّرت الفرقة منزلاً» is the same act; the IEDs set off inside it days before are not coded (no day)"),
         E("reinforcement", None, PL("منطقة الري", "Al-Ray area", "Daraa"), "2021-03-29", "مراسل SY24", GOV,
           note="reinforcements flowing to the division's positions in the irrigation area west of Daraa"),
         E("casualties", None, PL("المزيريب", "Al-Muzayrib", "Daraa", nth=1), "2021-03-29", "مراسل SY24", GOV,
           note="a known force firing machine guns at civilians' homes (ACLED: attack on civilians, stop 30 (c)); no "
                "dead or wounded told; a second coder could code shelling")])

passage("ly07", "2020-05-16", "Al-Souria Net", "an IED on a car, an unconfirmed claim of who was in it, a recalled "
        "ambush with 21 dead; two attacks summed (published inferred) | page: https://alsouria.net/مباشرة-وبالعبوات-الهجمات-تتصاعد-ضد-ا",
        "تصاعد الهجمات على «الفرقة الرابعة» غربي درعا\n"
        "تتزايد الاعتداءات على «الفرقة الرابعة» في قوات الأسد بمحافظة درعا، ولا سيما في ريفها الغربي، إذ استُهدف "
        "مقاتلوها مرتين خلال أقل من أسبوع من جانب مسلحين لم تُعرف هويتهم. وأبلغت مصادر إعلامية في ريف درعا، اليوم "
        "السبت، موقع «السورية نت» بأن عبوة ناسفة انفجرت بسيارة «هايلوكس» تابعة للفرقة على الطريق المؤدي إلى قرية خراب الشحم. وزعمت شبكات "
        "محلية أن السيارة كانت تنقل العميد سامي عبد الحي وعقيدين وعدداً من العناصر، من غير أن تؤكد المصادر ذلك. "
        "ويأتي التفجير بعد أيام على كمين نُصب لرتل من الفرقة قرب بلدة المزيريب، قُتل فيه 21 عنصراً وجُرح آخرون "
        "نُقلوا إلى المستشفى الوطني في درعا. ويُرجَّح أن المهاجمين مقاتلون سابقون في فصائل المعارضة.",
        [E("explosion", None, PL("خراب الشحم", "Khirbet al-Shahm", "Daraa"), "2020-05-16",
           "مصادر إعلامية في ريف درعا", UNID,
           note="IED on a division car on the village road (placed at the village); no casualties told; who rode in it "
                "is an unconfirmed claim"),
         E("armed_clash", Q("21", 21), PL("المزيريب", "Al-Muzayrib", "Daraa"), None, None, UNID,
           note="recalled ambush on a convoy near the town with its own figure (stop 41: coded, background, no day); "
                "«twice in less than a week» sums these two attacks: no event of its own (stop 34)")])

passage("ly08", "2020-11-08", "Radio Alkul", "a local network's report of a capture, a raid with clashes, shelling after "
        "a rocket attack, a protest | page: https://radioalkul.com/p351791",
        "توتر متصاعد واحتجاجات في درعا بعد حملة للفرقة الرابعة\n"
        "قال «تجمع أحرار حوران»، المعني بأخبار الجنوب، اليوم الأحد 8 تشرين الثاني، إن شباناً من أبناء المنطقة الغربية "
        "في درعا أسروا ضابطين وعشرة عناصر يتبعون ميليشيات الفرقة الرابعة، واستولوا على مقر لها في مساكن جلين. وأوضح "
        "التجمع أن ذلك جاء تضامناً مع أهالي مدينة درعا، التي هاجمت الفرقة أحياءها الجنوبية صباح اليوم في حملة دهم وتفتيش "
        "بمنطقتي الشيّاح والنخلة، اندلعت خلالها اشتباكات جُرح فيها اثنان من أهالي المحافظة. وفي الريف الشرقي، قصفت "
        "مدفعية النظام المنتشرة في مطار الثعلة العسكري بلدة الكرك الشرقي، إثر إطلاق مجهولين قذائف صاروخية على حاجز "
        "للمخابرات الجوية عند مدخلها الغربي. كما تظاهر عشرات من سكان مدينة الحراك غاضبين من اقتحام درعا.",
        [E("arrest", None, PL("مساكن جلين", "Masakin Jillin", "Daraa"), "2020-11-08", "تجمع أحرار حوران", None,
           note="FIGURE CALL: a capture of soldiers by local gunmen (abductions are arrest, set 73); «ضابطين وعشرة» is a "
                "dual joined to a number, no total written: no figure (stop 34's rule read for a dual); the seized "
                "base is part of the act; the captors are unnamed locals (no canonical actor)"),
         E("armed_clash", None, PL("الشيّاح", "Al-Shayyah", "Daraa"), "2020-11-08", "تجمع أحرار حوران", GOV,
           note="the division's raid into two areas of southern Daraa with clashes: one act over two places, placed at "
                "the first; two wounded, no figure; «وأوضح التجمع» carries"),
         E("armed_clash", None, PL("الكرك الشرقي", "Al-Karak al-Sharqi", "Daraa"), "2020-11-08", None, UNID,
           note="unknown gunmen's rockets on a checkpoint at the town's entrance (an attack on a checkpoint is a clash); "
                "told after the network's report as another kind of act: the outlet"),
         E("shelling", None, PL("الكرك الشرقي", "Al-Karak al-Sharqi", "Daraa"), "2020-11-08", None, GOV,
           note="artillery from Tha'la airbase on the town: the base is where fire came from, not the place"),
         E("protest", Q("عشرات", 20, 90, True), PL("الحراك", "Al-Hirak", "Daraa"), "2020-11-08", None, PROT)])

passage("ly09", "2021-06-14", "Al-Amssar", "an IED in al-Bab with its wounded, a recalled bombing, an IED on a party "
        "official's car in Daraa that killed a sapper | page: https://alamssar.com/9575",
        "دوّى انفجار عبوة ناسفة في قلب مدينة الباب بريف حلب الشمالي الشرقي، ما أسفر عن إصابة عدة أشخاص بجروح. وبحسب "
        "مصادر محلية، فإن المصابين ينتمون إلى فصائل موالية لأنقرة، ومعهم مدني. وذكرت وسائل إعلام أن العبوة كانت مثبتة "
        "تحت سيارة «سنتافيه» يملكها صاحب مكتب صرافة، قرب جامع الإحسان بوسط المدينة. وتتعرض الباب، الخاضعة لفصائل "
        "تدعمها تركيا، لتفجيرات متتالية بسيارات ودراجات مفخخة، كان من أشدها تفجير وقع في آذار الماضي خلّف قتلى "
        "وجرحى. وفي درعا جنوباً، لقي عنصر من الهندسة مصرعه أثناء تعامله مع عبوة لاصقة زرعها مجهولون في سيارة عصام "
        "المسالمة، أمين شعبة حزب البعث في المدينة، بين حيي القصور والسبيل. وأوضح إعلام الحزب أن العبوة فُجّرت عن "
        "بُعد، فقُتل العنصر وتضررت السيارة.",
        [E("explosion", None, PL("الباب", "Al-Bab", "Aleppo"), "2021-06-14", "مصادر محلية", None,
           note="wounded only: no figure; the mosque is a landmark placed at its town; the local sources' next "
                "sentence comes back to the wounded"),
         E("explosion", None, PL("الباب", "Al-Bab", "Aleppo", nth=1), "2021-03", None, None,
           note="recalled bombing with its own month and town (stop 41: coded, background); dead and wounded "
                "unnumbered; the frequent bombings are a habit"),
         E("explosion", None, PL("القصور", "Al-Qusour", "Daraa"), "2021-06-14", "إعلام الحزب", UNID,
           note="IED on the Baath official's car between two quarters, placed at the first; one sapper killed "
                "(singular); the party media's next sentence carries back; the Ba'th official is named as the target, "
                "his office is no place")])

passage("ly10", "2020-10-06", "Syria-in (SANA)", "truck bomb, a toll with an open bound on the wounded, a glued agency "
        "credit (published inferred) | page: http://syria-in.com/?cat_id=23&click=1&id=11922&page=4&pager=239&pager=239&pager=7",
        "نقلت مصادر محلية أن شاحنة كبيرة لنقل البضائع انفجرت عصر اليوم في وسط الباب، المدينة الواقعة في ريف حلب الشمالي "
        "الشرقي، حيث تنتشر مجموعات إرهابية يدعمها الاحتلال التركي، فقُتل 17 مدنياً وأصيب ما لا يقل عن 47 آخرين، ولحق دمار "
        "واسع بالموقع والأبنية المحيطة واحترقت سيارات عدة. وبيّنت المصادر أن أغلب الجرحى في حالة خطيرة، وأن الحصيلة "
        "مرشحة للزيادة، فيما تغص مستشفيات المدينة بالمصابين وسط مناشدات للتبرع بالدم.\n"
        "المصدر: سانا",
        [E("explosion", Q("17", 17), PL("الباب", "Al-Bab", "Aleppo"), "2020-10-06", "مصادر محلية", None,
           note="the dead are the figure, the 47 wounded go in injured; the agency credit under the item is the "
                "relay, the local sources are the source (stop 34); Turkey named as a backer is no place")])

passage("ly11", "2011-09-17", "Al-Masry Al-Youm", "a named Friday: a national toll, protests in several places, "
        "video-told fire in Douma | page: https://www.masress.com/almasryalyoum/496368",
        "أفاد ناشطون بأن قوات الأمن السورية أردت 20 شخصاً برصاصها يوم الجمعة، ونشرت أعداداً كبيرة من عناصرها في "
        "أرياف دمشق سعياً لإخماد الاحتجاجات ضد الرئيس بشار الأسد، التي دخلت شهرها السادس، في جمعة سماها المحتجون "
        "«ماضون حتى إسقاط النظام». ورغم الانتشار الأمني الكثيف، خرجت مظاهرات في ضواحي العاصمة وفي محافظة إدلب "
        "الحدودية مع تركيا ومناطق أخرى. وبيّنت مقاطع مصورة محتجين يركضون في شوارع دوما على وقع إطلاق نار غزير، وحشوداً "
        "كبيرة تجمعت فيها عقب الصلاة، كما احتشد جمع غفير في حي باب عمرو بحمص. وقال الناشطون إن بين القتلى على أطراف "
        "دمشق طفلاً في الثانية عشرة.",
        [E("protest", Q("20", 20), None, "2011-09-16", "ناشطون", PROT, kind="aggregate",
           note="the Friday's national toll of fire on protests: a protest aggregate with the dead as figure (no crowd "
                "numbered), no place; the deployment in Damascus's countryside is part of the crackdown"),
         E("protest", None, PL("دوما", "Douma", "Rif Dimashq"), "2011-09-16", None, PROT,
           note="heavy fire on protesters in Douma (videos, no named source): one protest; the suburbs' protests of "
                "the sentence before are this place's"),
         E("protest", None, PL("إدلب", "Idlib", "Idlib"), "2011-09-16", None, PROT,
           note="protests in Idlib province; Turkey named for the border is no place"),
         E("protest", None, PL("باب عمرو", "Baba Amr", "Homs"), "2011-09-16", None, PROT)])

passage("ly12", "2011-04-01", "Echorouk", "fire on a protest with a toll and another death elsewhere; the state agency's "
        "arrests (published inferred) | page: https://djazairess.com/echorouk/71967",
        "قُتل ما لا يقل عن ثمانية أشخاص وجُرح العشرات، يوم الجمعة، بنيران قوات الأمن السورية أثناء مظاهرات شهدتها "
        "مدينة دوما شمالي دمشق، فيما سقط قتيل آخر في درعا الواقعة جنوب العاصمة. وذكرت وسائل إعلام أن محتجين رشقوا قوات الأمن "
        "بالحجارة عقب خروجهم من جامع دوما بعد الصلاة، فردّت عليهم بالرصاص، واعتقلت عدداً منهم. في المقابل، قالت "
        "وكالة الأنباء السورية (سانا) إن الأجهزة الأمنية أوقفت اليوم، بمساعدة من الأهالي، مجموعتين مسلحتين في دوما وحي "
        "الباردة بريف دمشق، حين حاول أفرادهما السطو المسلح على صيدلية في دوما وأطلقوا النار.",
        [E("protest", Q("ما لا يقل عن ثمانية", 8, None), PL("دوما", "Douma", "Rif Dimashq"), "2011-04-01",
           "وسائل إعلام", PROT,
           note="fire on a protest: the protest, its dead as figure (no crowd numbered); the media's next sentence "
                "tells the same clash (carried back); the arrests are part of it"),
         E("protest", None, PL("درعا", "Daraa", "Daraa"), "2011-04-01", None, PROT,
           note="one more killed in Daraa the same day (singular, no figure); coded as a protest fired on, as the lead "
                "ties it to the day's protests; a second coder could code casualties"),
         E("arrest", None, PL("دوما", "Douma", "Rif Dimashq", nth=2), "2011-04-01", "وكالة الأنباء السورية (سانا)",
           GOV, note="SANA's arrest of two armed groups over Douma and al-Barada (a group), placed at the first; "
                     "two groups is a dual, no figure")])

passage("ly13", "2011-07-16", "Al-Ahram Al-Massai", "a named Friday: national toll and crowd, city crowds, wounded, "
        "the state agency's counter-telling and its own incident | page: https://www.masress.com/ahrammassai/36375",
        "تظاهرات حاشدة خرجت أمس في مدن سورية عدة، في ما سُمّي «جمعة أسرى الحرية»، وسقط خلالها 19 قتيلاً في أرجاء "
        "البلاد، فيما قدّر ناشطون عدد المشاركين بأكثر من مليون. وقال ناشطون إن سبعة من القتلى سقطوا في دمشق، التي "
        "تظاهر نحو 20 ألفاً في بعض أحيائها، وإن أربعين شخصاً جُرحوا في مواجهات بين الأمن والمحتجين في دوما بعد صلاة "
        "الجمعة، ثلاثة منهم في وضع حرج. وشارك في مظاهرة بشارع الجلاء في دوما قرابة 15 ألفاً طالبوا بإطلاق المعتقلين. "
        "وسقط قتلى وجرحى في حي القابون بدمشق بالرصاص، وآخرون في ركن الدين. أما وكالة سانا الرسمية فقالت إن عناصر "
        "الأمن تعرضوا لإطلاق نار من مسلحين في القابون وركن الدين، وإن اثنين منهم جُرحا في جوبر.",
        [E("protest", Q("أكثر من مليون", 1000000, None, True), None, "2011-07-15", "ناشطون", PROT, kind="aggregate",
           note="the national day: the crowd is the figure (stop 30/41), the 19 dead its fatalities; no place"),
         E("protest", Q("نحو 20 ألفاً", 20000, approx=True), PL("دمشق", "Damascus", "Damascus"), "2011-07-15", "ناشطون",
           PROT, note="Damascus's protests, crowd as figure, seven dead; the Qaboun and Rukn al-Din shootings are this "
                      "event's places (not coded apart: they sit inside the city's telling); SANA's gunmen story is "
                      "the other side's telling of it"),
         E("protest", Q("قرابة 15 ألفاً", 15000, approx=True), PL("دوما", "Douma", "Rif Dimashq"), "2011-07-15",
           "ناشطون", PROT, note="the clash after prayers (40 wounded) and the Jalaa street rally are one Douma protest; "
                                "the street is a landmark placed at its town"),
         E("armed_clash", None, PL("جوبر", "Jobar", "Damascus"), "2011-07-15", "وكالة سانا الرسمية", UNID,
           note="the official telling of two security men wounded in Jobar: a shooting of its own; wounded, no figure")])

passage("ly14", "2012-03-16", "Al-Weeam", "a named Friday: toll, a clash, fire on protests over a list, closed mosques, "
        "a deployment after night protests over a long list | page: https://sauress.com/alweeam/113182",
        "ذكر ناشطون في الثورة السورية أن 33 شخصاً على الأقل، بينهم أطفال، سقطوا اليوم برصاص قوات الأمن في مناطق مختلفة "
        "من البلاد، حيث تظاهر معارضون للرئيس بشار الأسد رافعين شعار «التدخل العسكري الفوري»، بينما دارت اشتباكات بين "
        "الجيش ومقاتلي «الجيش الحر» بريف دمشق. وفتحت قوات الأمن النار لتفريق المحتجين في حيي العسالي ونهر "
        "عيشة بدمشق وفي بلدة سحم الجولان التابعة لدرعا. أما في كفرنبل بريف إدلب، أغلق الأمن المساجد كلها ومنع إقامة صلاة الجمعة، "
        "ونشر القناصة فوق الأسطح. وأفاد شهود بانتشار أمني واسع في العاصمة، خصوصاً في حي الحمرا قرب البرلمان، عقب "
        "احتجاجات ليلية خرجت مساء الخميس في أحياء المزة وأبو رمانة وبرزة الدمشقية، وكذلك في الزبداني، وفي مدن حماة وحلب واللاذقية، "
        "ثم دير الزور والرقة والقامشلي.",
        [E("protest", Q("33", 33, None), None, "2012-03-16", "ناشطون في الثورة السورية", PROT, kind="aggregate",
           note="the Friday's national toll of fire on protests (no crowd numbered): a protest aggregate, no place"),
         E("armed_clash", None, PL("ريف دمشق", "Rif Dimashq", "Rif Dimashq"), "2012-03-16", "ناشطون في الثورة السورية",
           GOV),
         E("protest", None, PL("العسالي", "Al-Asali", "Damascus"), "2012-03-16", "ناشطون في الثورة السورية", PROT,
           note="fire to disperse protests told over a list (two Damascus quarters and Sahm al-Jawlan): a group, "
                "placed at the first; the activists' report goes on"),
         E("reinforcement", None, PL("الحمرا", "Al-Hamra", "Damascus"), "2012-03-16", "شهود", GOV,
           note="the deployment across the capital, most of all in al-Hamra; the parliament is a landmark. The "
                "closing of Kafranbel's mosques with snipers is not coded (no violence told)"),
         E("protest", None, PL("المزة", "Mezzeh", "Damascus"), "2012-03-15", "شهود", PROT,
           note="Thursday night's protests over a long list of quarters and cities: one act told for a list (a group), "
                "placed at the first")])

passage("ly15", "2021-05-13", "Al-Raafed", "an 'on this day' recall of a 2011 Friday: crowd, dead, lists of places, "
        "pre-emptive arrests | page: https://www.alraafed.com/2021/05/13/٢٣-45",
        "في مثل هذا اليوم، 13 أيار 2011، شهدت مدن وبلدات سورية كثيرة مظاهرات كبيرة، واجه خلالها عشرات آلاف من السوريين "
        "دبابات الجيش وحواجزه وحصاره، في جمعة حملت اسم «حرائر سورية». وتمسك النظام بالخيار الأمني، فأطلق عناصر الأمن "
        "والشبيحة الرصاص على المتظاهرين وقتلوا ستة، منهم ثلاثة في دمشق ودرعا وحمص. وتظاهرت يومها معظم أحياء دمشق، "
        "ومنها ثلاث مظاهرات في حي المهاجرين على مقربة من القصر الجمهوري، إضافة إلى ركن الدين والميدان، إلى جانب برزة والقابون، "
        "وريف دمشق بأكمله، كما خرجت احتجاجات في حمص وحماة وإدلب، وفي دير الزور والحسكة، وكذلك في اللاذقية وبانياس. وسبقت قوات الأمن "
        "الجمعة بحملة اعتقالات طالت معظم المدن والقرى.",
        [E("protest", Q("عشرات آلاف", 20000, 90000, True), None, "2011-05-13", None, PROT, kind="aggregate",
           note="a recalled national Friday (background): the crowd is the figure, six dead its fatalities; the three "
                "dead in three cities are a breakdown"),
         E("protest", None, PL("المهاجرين", "Al-Muhajirin", "Damascus"), "2011-05-13", None, PROT,
           note="Damascus quarters listed (a group) placed at the first; «ثلاث مظاهرات» counts protests, not "
                "people: no figure; the palace is a landmark"),
         E("protest", None, PL("حمص", "Homs", "Homs", nth=1), "2011-05-13", None, PROT,
           note="the list of other cities (a group), placed at the first"),
         E("arrest", None, None, "2011-05", None, GOV,
           note="the pre-emptive arrest campaign across most cities: no place, no figure, no day (before the "
                "Friday): a second coder could leave it out")])

passage("ly16", "2021-08-22", "Halab Today", "a drone strike relayed from a paper's private source, a Kurdish agency's "
        "telling, a glued note on a drone maker | page: https://halabtodaytv.net/archives/197683",
        "قصفت طائرة مسيّرة تركية، اليوم الأحد، سيارة عسكرية لـ«قسد» قرب قاعدة للقوات الأمريكية "
        "بريف القامشلي في محافظة الحسكة. وأوردت صحيفة «جسر» نقلاً عن مصدر خاص أن مسيّرة استطلاع، يُعتقد أنها لسلاح الجو "
        "التركي، ضربت سيارة كان يستقلها قيادي في «قسد» بقرية هيمو قرب الحدود مع تركيا، فقتلته، وأن السيارة دُمرت بشكل "
        "شبه تام من دون أن يكشف المصدر اسم القيادي. أما وكالة «هاوار» القريبة من «الإدارة الذاتية» فأكدت أن المسيّرات "
        "التركية واصلت التحليق بعد الضربة، ولم تذكر معلومات عن الخسائر. يُذكر أن شركة «بايكار» المصنعة لطائرات "
        "«بيرقدار» عرضت في عيد الأضحى الماضي تصوراً أولياً لمسيّرة قتالية جديدة.",
        [E("airstrike", None, PL("هيمو", "Himo", "Al-Hasakah"), "2021-08-22", "مصدر خاص", TUR,
           note="the relayed source is the source (stop 34); one commander killed, no figure; the US base and the "
                "border are not the place; the drone maker's design is a glued extra")])

passage("ly17", "2022-02-24", "Baladi News", "a drone strike on a passenger car told by Kurdish sources and an agency, "
        "wounded only; a habit; glued related headlines | page: https://video.baladi-news.com/ar/articles/81787/طائرة-تقصف-سيارة-بريف-القامشلي",
        "قالت اليوم الخميس، 24 من شباط/فبراير، مصادر كردية قريبة من «الإدارة الذاتية» إن مسيّرة تركية استهدفت سيارة على "
        "الطريق بين القامشلي وعامودا في ريف الحسكة، موقعة جرحى. وبحسب وكالة «هاوار» الكردية، فإن المسيّرة أصابت سيارة "
        "لنقل الركاب آتية من عامودا، شرقي منتجع فاروج، ما أدى إلى جرح أربعة أشخاص، منهم ثلاث نساء، نُقلوا إلى مستشفيات "
        "القامشلي. وتشهد خطوط التماس بين «قسد» من جهة و«الجيش الوطني السوري» ومعه الجيش التركي من جهة أخرى مواجهات "
        "وقصفاً متبادلاً منذ أشهر.\n"
        "مقالات ذات صلة:\n"
        "حملة اعتقالات واسعة لـ«قسد» في الرقة\n"
        "هجوم كبير على مواقع «قسد» في دير الزور",
        [E("airstrike", None, PL("القامشلي", "Qamishli", "Al-Hasakah"), "2022-02-24",
           "مصادر كردية قريبة من «الإدارة الذاتية»", TUR,
           note="the injured are never the figure (four wounded); a road between two towns is placed at the first; the "
                "months of exchanges are a state; the related headlines are glued links (stop 32: not coded)")])

passage("ly18", "2022-04-29", "Syrian Today", "a car IED killing a civilian, the reporter's telling, a recalled car bomb "
        "with its day (published inferred) | page: https://syrian-today.net/ar/article/4116/انفجار-عبوة-ناسفة-مقتل-شاب-في-مدينة-الباب-بريف-حلب",
        "لقي شاب حتفه في مدينة الباب صباح اليوم الجمعة، بعدما انفجرت عبوة ناسفة زُرعت في سيارته. وقال مراسل «السوري "
        "اليوم» في الباب إن الانفجار وقع في سيارة داخل حي النادي، فهرعت فرق الإسعاف إلى المكان ونقلت الشاب، غير أنه "
        "فارق الحياة في الطريق إلى المشفى. وأوضح المراسل أن الضحية مدني يدعى وائل قطان، ويملك صالة ألعاب يعمل فيها. "
        "وتعاني الباب من فلتان أمني واسع وتفجيرات متلاحقة، كان آخرها في العاشر من نيسان/أبريل من العام الجاري، حين "
        "انفجرت سيارة مفخخة عند أحد حواجز المدينة موقعة كثيراً من القتلى والجرحى.",
        [E("explosion", None, PL("النادي", "Al-Nadi", "Aleppo"), "2022-04-29", "مراسل «السوري اليوم»", None,
           note="one civilian killed (singular, no figure); the quarter is the most specific place; the reporter's "
                "next sentence comes back to it"),
         E("explosion", None, PL("الباب", "Al-Bab", "Aleppo", nth=2), "2022-04-10", None, None,
           note="recalled car bomb at a checkpoint with its own day (stop 41: background); many dead, no figure; the "
                "outlet's recall")])

passage("ly19", "2016-10-05", "Baladi News", "a rights group's monthly tally, a running total with an estimate, last "
        "month's tally with a party's share | page: https://baladi-news.com/public/index.php/ar/articles/23443/الشبكة-السورية-حالة-اعتقال-تعسفي-في-أيلول",
        "أعلنت الشبكة السورية لحقوق الإنسان، في تقرير أصدرته اليوم الأربعاء، أنها سجلت قرابة 557 حالة من الاعتقال التعسفي "
        "خلال أيلول الماضي، جرت كلها من دون مذكرة توقيف. ولفتت الشبكة إلى أن ملف المعتقلين لم يشهد أي تقدم رغم إدراجه "
        "في نص بيان وقف الأعمال العدائية. وبحسب الشبكة، فقد بلغ عدد المعتقلين الموثقين بالأسماء منذ انطلاق الثورة عام "
        "2011 نحو 117 ألفاً، تتحمل قوات النظام المسؤولية عن 99 بالمئة منهم، في حين تقدّر الشبكة أن العدد الفعلي يتجاوز "
        "215 ألف معتقل. وكانت حصيلة آب، بحسب الشبكة أيضاً، 549 معتقلاً، اعتقلت قوات الأسد 412 منهم.",
        [E("arrest", Q("قرابة 557", 557, approx=True), None, "2016-09", "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate", note="September's tally, all parties"),
         E("arrest", Q("نحو 117 ألفاً", 117000, approx=True), None, None, "الشبكة السورية لحقوق الإنسان", GOV,
           kind="aggregate", note="running total since 2011 (period 2011-03..2016-10); the 215 thousand estimate is "
                                  "another figure of the same total, no event; 99 percent by the government"),
         E("arrest", Q("549", 549), None, "2016-08", "الشبكة السورية لحقوق الإنسان", None, kind="aggregate",
           note="August's tally; 412 by government forces is its breakdown")])

passage("ly20", "2024-10-02", "Etilaf", "a rights group's monthly tally with categories, parties, governorates and "
        "returnees from Lebanon | page: https://etilaf.org/?p=72140",
        "ذكرت الشبكة السورية لحقوق الإنسان اليوم الأربعاء، عبر تقرير نشرته، أنها وثّقت 206 حالات احتجاز تعسفي على "
        "الأقل خلال أيلول الماضي، منها 9 أطفال و17 امرأة، تحوّل 158 منها إلى اختفاء قسري. وحمّل التقرير نظام الأسد "
        "المسؤولية عن 128 حالة، بينها 4 أطفال و16 امرأة، مقابل 21 حالة لميليشيات PYD، و19 لهيئة تحرير الشام. وجاءت حلب "
        "في مقدمة المحافظات، ثم دمشق وريفها. وأشارت الشبكة إلى أن النظام اعتقل لاجئين رجعوا من لبنان فراراً من "
        "الغارات الإسرائيلية التي اشتدت منذ 23 أيلول، بينهم 9 أُعيدوا قسراً، وأن الاعتقالات جرت عند المعابر الرسمية وغير "
        "الرسمية، ونُقل أغلبهم إلى مراكز احتجاز في حمص ودمشق.",
        [E("arrest", Q("206", 206, None), None, "2024-09", "الشبكة السورية لحقوق الإنسان", None,
           kind="aggregate",
           note="the month's tally; children, women, disappeared, parties and governorates are its breakdown; the "
                "arrests of returnees from Lebanon at the crossings are a category inside it (no place, no figure of "
                "their own beyond the nine forcibly returned): not coded apart; Israel's strikes on Lebanon are "
                "background")])

passage("ly21", "2018-05-22", "Innfrad (AFP relay)", "an attack opened by a car bomb, a monitor's toll, where the "
        "attackers came from (published inferred) | page: http://innfrad.com/News/24/1116415/مقتل-26-عنصرا-من-الجيش-السورى-فى-هجوم-مفاجئ",
        "لقي ما لا يقل عن 26 من عناصر الجيش السوري وحلفائه من المسلحين مصرعهم، في هجوم مفاجئ شنّه تنظيم «داعش» "
        "في البادية السورية، بحسب المرصد السوري لحقوق الإنسان. وأوضح رامي عبد الرحمن، الذي يدير المرصد، في حديث "
        "لفرانس برس إن مقاتلي التنظيم بدأوا هجومهم فجراً بتفجير سيارة مفخخة وسط تجمع لقوات النظام، تبعته مواجهات لم "
        "تتوقف بعد، مشيراً إلى أن المهاجمين تسللوا من جيب يسيطرون عليه شرقي مدينة تدمر وسط البلاد.",
        [E("armed_clash", Q("ما لا يقل عن 26", 26, None), PL("البادية السورية", "Syrian Badia", None), "2018-05-22",
           "المرصد السوري لحقوق الإنسان", IS,
           note="one attack: a car bomb then clashes (one event; a second coder could split off the car bomb as an "
                "explosion); the pocket east of Palmyra is where the attackers came from, not the place; the "
                "director told AFP: the monitor is the source; undated beyond 'at dawn': the publication day")])

passage("ly22", "2021-01-10", "Syria News Agency", "a landmine killing an officer, clashes over two days, named dead "
        "(published inferred) | page: https://syrianewsagency.net/breaking/2579",
        "أفادت مصادر محلية بمقتل عناصر عدة من قوات الأسد، من بينهم ضباط، في هجمات نفذتها خلايا يُعتقد أنها تتبع تنظيم "
        "«داعش» في البادية السورية. وبحسب المصادر، قُتل ملازم أول يُدعى يامن سليمان، من أبناء طرطوس، ومعه عنصر آخر "
        "بانفجار لغم أرضي في منطقة تدمر، بينما أصيب عنصران بجروح. وأضافت المصادر أن عناصر آخرين سقطوا خلال اليومين "
        "الماضيين في مواجهات بين قوات الأسد وخلايا التنظيم في البادية شرقي البلاد، منهم المقدم رامي حسن من القرداحة، "
        "وحسان علي، وهو قائد في الشرطة العسكرية. وتهاجم هذه الخلايا باستمرار مواقع النظام والميليشيات الموالية له، "
        "حتى غدت البادية معقلاً لها.",
        [E("explosion", None, PL("تدمر", "Palmyra", "Homs"), "2021-01-10", "مصادر محلية", IS,
           note="a mine laid by the cells; an officer and one more dead (no number written), two wounded; Tartus is "
                "the officer's home, no place"),
         E("armed_clash", None, PL("البادية", "Badia", None, nth=1), None, "مصادر محلية", IS,
           note="two days of clashes in the eastern desert; named dead, no figure; the home towns are not places; "
                "the cells' constant attacks are a habit")])

passage("ly23", "2022-02-15", "Jisr Press", "an attack in the desert with seized arms, reinforcements to the site, a "
        "long recall of the cells' campaign (published inferred) | page: https://jesrpress.com/?p=129921",
        "جسر – دير الزور\n"
        "سقط قتلى وجرحى من قوات النظام والميليشيات الرديفة لها، أمس الاثنين، في هجوم عنيف شنه مسلحو تنظيم «داعش» في "
        "البادية. وقالت مصادر محلية إن مسلحي التنظيم هاجموا بالأسلحة الخفيفة والمتوسطة مواقع عسكرية تابعة للنظام وللميليشيات "
        "المساندة له في الريف الغربي لدير الزور، ما أشعل مواجهات عنيفة. وذكرت المصادر أن عناصر التنظيم غنموا مدفعاً "
        "وعربة عسكرية ودمروا سيارات أخرى. وعلى إثر ذلك، دفع النظام بتعزيزات إلى موقع الكمين لإخلاء قتلاه وجرحاه. "
        "وشنّت خلايا التنظيم في العامين الأخيرين سلسلة كمائن وهجمات على قوات النظام والميليشيات الإيرانية في محيط تدمر "
        "والسخنة شرقي حمص، وعلى «قسد» في الشمال الشرقي و«الجيش الوطني»، إلى جانب اغتيال عشرات المدنيين.",
        [E("armed_clash", None, PL("الريف الغربي لدير الزور", "Western Deir ez-Zor countryside", "Deir ez-Zor"),
           "2022-02-14", "مصادر محلية", IS,
           note="dead and wounded unnumbered; the local sources' next sentence gives the place (carried back)"),
         E("reinforcement", None, PL("الريف الغربي لدير الزور", "Western Deir ez-Zor countryside", "Deir ez-Zor"),
           "2022-02-14", None, GOV,
           note="reinforcements sent to the ambush site (the place of the attack); the outlet's own sentence; the two "
                "years of ambushes are a recall with no single act: not coded")])

passage("ly24", "2016-06-08", "Echorouk (AFP)", "a day's air strikes on a city's districts: a monitor's toll, a barrel "
        "at a hospital, civil defence's other toll, children in another quarter, the agency reporter (published inferred) "
        "| page: https://djazairess.com/echorouk/287184",
        "بحسب المرصد السوري لحقوق الإنسان، لقي ما لا يقل عن 15 مدنياً حتفهم الأربعاء جراء غارات لطيران النظام على "
        "الأحياء الشرقية الخاضعة للمعارضة في حلب. وأوضح رامي عبد الرحمن، مدير المرصد، لفرانس برس أن عشرة من القتلى سقطوا "
        "ببرميل متفجر أُلقي أمام أحد المستشفيات بحي الشعار، في حين أحصى الدفاع المدني المعارض 23 قتيلاً، منهم 15 في الشعار. "
        "وبين الضحايا طفلان في حي المرجة، بحسب المرصد، الذي رجّح ارتفاع الحصيلة لوجود عشرات الجرحى. وأفاد مراسل "
        "الوكالة بأن برميلين سقطا في شارع مزدحم يبعد 15 متراً عن مستشفى البيان في الشعار، فتضررت واجهته وتوقف عن "
        "العمل، ونُقل المصابون، ومنهم اثنان من متطوعي الدفاع المدني، إلى مرافق طبية أخرى.",
        [E("airstrike", Q("ما لا يقل عن 15", 15, None), PL("حلب", "Aleppo", "Aleppo"), "2016-06-08", "المرصد السوري لحقوق الإنسان",
           GOV, kind="aggregate",
           note="FIGURE CALL: the day's raids on the eastern districts, more than the two places told: an aggregate "
                "beside them (stop 34), typed by its one cause (stop 32); civil defence's 23 is another telling"),
         E("airstrike", Q("عشرة", 10), PL("الشعار", "Al-Shaar", "Aleppo"), "2016-06-08", "رامي عبد الرحمن",
           GOV, note="the barrel before a hospital in al-Shaar: the reporter's two barrels near al-Bayan hospital are "
                     "the same act; the monitor's ten is the first figure (civil defence's 15 there another telling); "
                     "the unnamed hospital is a landmark placed at its quarter"),
         E("airstrike", None, PL("المرجة", "Al-Marjeh", "Aleppo"), "2016-06-08", "المرصد", GOV,
           note="two children killed in al-Marjeh (a dual, no figure)")])

passage("ly25", "2015-06-18", "Al-Hayat", "a barrel on a quarter with a toll, families, rescue; a recalled rebel "
        "shelling with its own toll (published inferred) | page: https://sauress.com/alhayat/11213874",
        "أعلن اليوم الخميس «المرصد السوري لحقوق الإنسان» مقتل ما لا يقل عن 11 مدنياً مساء أمس ببرميل متفجر ألقاه "
        "الطيران السوري على حي شعبي تسيطر عليه المعارضة في الجزء الشرقي من حلب. وذكر رامي عبد الرحمن، مدير المرصد، أن البرميل سقط على "
        "حي سعد الأنصاري فدمّر أربعة بيوت على ساكنيها، ومن بين القتلى ثلاثة أطفال وامرأتان، إضافة إلى عشرات الجرحى، "
        "بينهم من بُترت أطرافهم. وأشار إلى أن ثلاثة من الضحايا ينتمون إلى أسرة واحدة وأربعة إلى أسرة أخرى، وأن تسعة "
        "مدنيين أُخرجوا أحياء بعد خمس ساعات تحت الركام، إذ أعاق ضيق الحي وانقطاع الكهرباء عمل المنقذين. وكان 38 "
        "مدنياً، منهم 14 طفلاً، قد قُتلوا أول من أمس وجُرح نحو 150 في قصف فصائل المعارضة على الأحياء الغربية.",
        [E("airstrike", Q("ما لا يقل عن 11", 11, None), PL("سعد الأنصاري", "Saad al-Ansari", "Aleppo"), "2015-06-17",
           "المرصد السوري لحقوق الإنسان", GOV,
           note="children, women and families are a breakdown; the nine pulled alive are no figure"),
         E("shelling", Q("38", 38), PL("الأحياء الغربية", "Western districts of Aleppo", "Aleppo"), "2015-06-16", None,
           FSA, note="recalled rebel shelling with its own day and toll (stop 41: background); the outlet's recall")])

passage("ly26", "2024-10-15", "Al-Raiah", "an arrest after a protest, both told by the monitor; a continuing state | "
        "page: https://alraiah.net/index.php/news-tours/item/8955-2024-10-15-22-51-52",
        "بحسب المرصد السوري لحقوق الإنسان، ألقى عناصر من هيئة تحرير الشام القبض على مسؤول في حزب التحرير وهو في طريق عودته "
        "إلى بيته، إثر انفضاض مظاهرة خرجت في مدينة إدلب للمطالبة باسترداد القرار العسكري وفتح الجبهات مع قوات النظام، "
        "وكشف مصير المعتقلين وإطلاقهم، والكف عن التجاوزات بحق المدنيين. ويأتي الاعتقال في ظل تواصل الاحتجاجات في "
        "المناطق الخاضعة للهيئة، تعبيراً عن السخط من الأحوال المعيشية والسياسية.",
        [E("arrest", None, PL("إدلب", "Idlib", "Idlib"), "2024-10-15", "المرصد السوري لحقوق الإنسان", HTS,
           note="one man arrested on his way home after the protest, placed at the city"),
         E("protest", None, PL("إدلب", "Idlib", "Idlib"), "2024-10-15", "المرصد السوري لحقوق الإنسان", PROT,
           note="the protest in Idlib city, crowd unnumbered; the continuing protests are a state, not an event")])

passage("ly27", "2024-02-20", "Al-Yaum TV", "two attacks and a mine in three deserts, all told by the monitor; a "
        "headline that sums two (published inferred) | page: https://alyaumtv.net/قتلى-وجرحى-من-قوات-الحكومة-السورية-بهج-6",
        "قتلى وجرحى بين قوات الحكومة السورية في هجومين منفصلين لـ«داعش» في البادية\n"
        "تعرضت قوات الحكومة السورية والفصائل الموالية لإيران خلال الساعات الماضية لهجمات من خلايا تنظيم داعش في "
        "البادية، خلّفت قتلى وجرحى. وبحسب المرصد السوري لحقوق الإنسان، فقد كمن عناصر التنظيم لسيارة عسكرية تتبع «لواء "
        "القدس» على طريق حمص – تدمر، فقتلوا ثلاثة عناصر وأصابوا اثنين. وهاجم التنظيم كذلك نقطة لـ«الدفاع الوطني» في "
        "بادية الحمى بريف الرقة الغربي، فقتل أربعة من عناصرها قبل أن يفر مهاجموه نحو عمق الصحراء. وفي بادية حلب "
        "الجنوبية، قضى اثنان من «الدفاع الوطني» بانفجار لغم من مخلفات التنظيم أثناء جمعهما الكمأة قرب كولة "
        "البويدر، إحدى قرى ناحية تل الضمان، وفق المرصد.",
        [E("armed_clash", Q("ثلاثة", 3), PL("حمص", "Homs", "Homs"), "2024-02-20", "المرصد السوري لحقوق الإنسان",
           IS, note="ambush on a car on the Homs-Palmyra road: a road between two places, placed at the first"),
         E("armed_clash", Q("أربعة", 4), PL("بادية الحمى", "Badiyat al-Hima", "Raqqa"), "2024-02-20",
           "المرصد السوري لحقوق الإنسان", IS, note="«كذلك» goes on with the monitor's report"),
         E("explosion", Q("اثنان", 2), PL("كولة البويدر", "Kulat al-Buwaydir", "Aleppo"), "2024-02-20", "المرصد", None,
           note="a mine left over by ISIS: no acting force on the day (a second coder could name IS); the "
                "headline's «two attacks» sums the two attacks above: no event")])

passage("ly28", "2022-11-20", "Tishreen (SANA)", "an official settlement centre: a running count since opening, a daily "
        "habit, amnesty decrees as background (published inferred) | page: https://tishreen.news.sy/?p=826051",
        "مركز التسوية في السويداء يواصل استقبال المتقدمين\n"
        "يتواصل في مدينة السويداء، وتحديداً في صالة السابع من نيسان، قبول طلبات من يرغبون في تسوية أوضاعهم، من مدنيين مطلوبين "
        "وعسكريين فارين ومتخلفين عن الخدمتين الإلزامية والاحتياطية. وذكر العميد ياسر خزام، معاون قائد شرطة المحافظة "
        "ورئيس لجنة التسوية في المركز، لمراسل سانا أن عشرات الأشخاص يراجعون المركز كل يوم، إلى جانب أهالٍ يسألون عن "
        "أوضاع أبنائهم، وأن التسهيلات تُقدم لهم وفق مراسيم العفو التي أصدرها الرئيس بشار الأسد هذا العام، وهي تشمل "
        "الفارين والمتخلفين والمطلوبين لأي جهة، ما عدا أصحاب الادعاءات الشخصية. وأضاف خزام أن من سوّوا أوضاعهم منذ "
        "افتتاح المركز زاد عددهم على 4500 شخص، مُنح كثير منهم بطاقات تسوية ريثما يراجعون شعب التجنيد أو وحداتهم العسكرية أو "
        "القضاء.",
        [E("other", Q("4500", 4500, None, True), PL("السويداء", "As-Suwayda", "As-Suwayda", nth=1), None,
           "العميد ياسر خزام", GOV, kind="aggregate",
           note="status settlements are other (set 1 p43); a running count since the centre opened: an aggregate at the "
                "city (the hall is a landmark); «زاد على» is a bound by a verb: low 4500, open; the daily dozens are a "
                "habit; the amnesty decrees of the year are background with no day (a second coder could code a "
                "desertion decree)")])

passage("ly29", "2021-11-28", "Al-Baath", "an official settlement centre: a count since it opened, residents' words | "
        "page: https://newspaper.albaathmedia.sy/2021/11/28/تسوية-أوضاع-نحو-2500-شخص-في-مدينة-الميادين-2",
        "نحو 2500 شخص سوّوا أوضاعهم في الميادين\n"
        "استمرت في مركز مدينة الميادين عملية التسوية الشاملة المخصصة لأهالي محافظة دير الزور، ضمن مساعٍ لإفساح المجال "
        "أمام من لم يرتكب جرائم دم كي يرجع إلى كنف الدولة. وبلغ عدد المنضمين إلى التسوية في المركز، منذ افتتاحه يوم "
        "الخميس الماضي، قرابة 2500 شخص حتى الآن، بين مدنيين مطلوبين وعسكريين فارين ومتخلفين عن الخدمتين الإلزامية "
        "والاحتياطية. وقال ثلاثة من المراجعين، هم أحمد الخلف وياسين العبيد وحمود الصالح، إنهم أنجزوا تسويتهم وسيلتحقون "
        "مجدداً بالجيش. ووصف رابع الإجراءات بأنها سهلة لا تتجاوز دقائق، إذ يكفي تقديم صورة الهوية أو إخراج القيد "
        "وصورتين شخصيتين وتوقيع الاستمارة، ودعا آخر كل مطلوب إلى الاستفادة منها.",
        [E("other", Q("قرابة 2500", 2500, approx=True), PL("الميادين", "Al-Mayadin", "Deir ez-Zor", nth=1), None, None,
           GOV, kind="aggregate",
           note="settlements since the centre opened on the Thursday before (period 2021-11-25..2021-11-28): an "
                "aggregate of other; the headline's «نحو 2500» is the same figure; deserters and evaders are a "
                "breakdown, not a desertion event")])

passage("ly30", "2024-11-14", "Radio Alkul", "an incursion with an arrest told by a local network, a recalled arrest "
        "announced by the army (published inferred) | page: https://radioalkul.com/p480873",
        "قوة إسرائيلية تتوغل في ريف القنيطرة وتعتقل راعياً\n"
        "دخلت قوة إسرائيلية، اليوم الخميس، الأراضي السورية ترافقها عربات مدرعة مجهزة برشاشات، ووصلت إلى حقول زراعية "
        "قرب الرفيد، البلدة الواقعة في الريف الجنوبي للقنيطرة، حيث اعتقلت أحد أبنائها. وذكر «تجمع أحرار حوران» أن عناصر القوة طوقوا "
        "الشاب عمر الحسين، ابن الرفيد المحاذية للجولان المحتل، بينما كان يرعى أغنامه قرب السياج الإسرائيلي، ثم اقتادوه "
        "إلى داخل إسرائيل. ولفت التجمع إلى أن ضباط قوات النظام وعناصرها في النقاط العسكرية المجاورة، على بعد أمتار، لم "
        "يحركوا ساكناً. وكان الجيش الإسرائيلي قد أعلن يوم 3 تشرين الثاني الجاري اعتقال ياسر الخطيب، متهماً إياه "
        "بالانتماء إلى شبكة تعمل لحساب إيران قرب حدود الجولان.",
        [E("arrest", None, PL("الرفيد", "Al-Rafid", "Quneitra"), "2024-11-14", "«تجمع أحرار حوران»", ISR,
           note="the incursion and the arrest are one act; one man (no figure); the network's next sentence carries "
                "back; Israel as where he was taken is no place"),
         E("arrest", None, None, "2024-11-03", "الجيش الإسرائيلي", ISR,
           note="a recalled arrest announced by the army on its day; no place (near the Golan border is vague): a "
                "second coder could leave it out (stop 41 asks a place or figure); background")])

passage("ly31", "2019-02-11", "Al-Araby al-Jadeed", "a prisoner exchange: the reporter's figure, the state agency's "
        "telling at another place, a recalled exchange (published inferred) | page: https://aajae.co/home/GoToPage/9f48bcd0-a029-4e10-b363-6e2b89f51683/1e46717d-5277-4c92-9eaf-810adb251b49",
        "أُجريت اليوم الاثنين عملية تبادل للمحتجزين بين «الجيش الوطني السوري» المعارض وجيش النظام قرب الباب، المدينة "
        "الخاضعة للمعارضة في ريف حلب الشمالي الشرقي. وأفاد مراسل «العربي الجديد» بأن النظام أطلق بموجب الصفقة 20 "
        "معتقلاً، منهم خمس نساء، فيما لم تُكشف أسماء الرجال الخمسة عشر، وأن فصائل المعارضة أفرجت في المقابل عن عدد من "
        "أسرى النظام. من جهتها، قالت وكالة «سانا» إن «عدداً من المختطفين» حُرروا من قبضة التنظيمات المسلحة في قرية دير "
        "قاق شرقي حلب، من دون أن تحدد عددهم، ونشرت صوراً لهم برفقة فرق الهلال الأحمر. وكانت صفقة مماثلة قد جرت في "
        "تشرين الثاني الماضي، خرج بموجبها 20 معتقلاً من معتقلات النظام لقاء عدد من عناصره.",
        [E("other", Q("20", 20), PL("الباب", "Al-Bab", "Aleppo"), "2019-02-11", "مراسل «العربي الجديد»", None,
           note="a prisoner exchange is one other event; its figure the first side numbered (stop 30); five women are "
                "a breakdown; SANA's telling of freed abductees at Deir Qaq is the other side's telling of the same "
                "exchange, no event"),
         E("other", Q("20", 20, nth=1), None, "2018-11", None, None,
           note="recalled exchange of the November before (stop 41: a figure of its own, background); no place")])

passage("ly32", "2020-08-15", "Watan FM", "a failed flight of four fighters ending in arrest, a recalled defection "
        "across the border with a clash; the reporter files the item | page: https://watan.fm/news/syria-news/148588",
        "ألقت «قوات سوريا الديمقراطية» (قسد)، صباح اليوم، السبت 15 من آب، القبض على أربعة من مقاتليها حاولوا الهرب باتجاه "
        "المناطق التي يسيطر عليها «الجيش الوطني» في شمال الرقة. وبحسب مراسل وطن إف إم، فإن الأربعة انطلقوا بعربتين عسكريتين من جبهة مخيم "
        "عين عيسى، لكن محاولتهم أُحبطت واعتُقلوا. وسبق لعناصر وقادة في «قسد» أن نجحوا في الانشقاق والوصول إلى مناطق "
        "الجيش الوطني وتركيا؛ ففي التاسع من أيار الماضي، ساعد الجيش التركي مسؤولاً مالياً في وحدات حماية الشعب "
        "يُلقب «بروخدان» على الانشقاق مع أحد حراسه قرب قرية جطل في ناحية الدرباسية شمال الحسكة، حاملاً مبلغاً كبيراً، "
        "ليعبر إلى تركيا. واندلعت حينها اشتباكات على الحدود بين الجيش التركي و«قسد»، التي حاولت استهداف سيارته.",
        [E("arrest", Q("أربعة", 4), PL("مخيم عين عيسى", "Ain Issa camp", "Raqqa"), "2020-08-15", "مراسل وطن إف إم", SDF,
           note="the flight (an attempted desertion, not asserted) ended in the arrest, which is coded; the camp is "
                "where they set out from; the reporter's next sentence carries back"),
         E("defection", None, PL("جطل", "Jatal", "Al-Hasakah"), "2020-05-09", "مراسل وطن إف إم", SDF,
           note="recalled defection with its day and village (background); crossed into Turkey, the village near the "
                "border is the place given; one official and a guard: no figure; the outlet's own reporter files "
                "the item (stop 30's exception)"),
         E("armed_clash", None, PL("جطل", "Jatal", "Al-Hasakah"), "2020-05-09", "مراسل وطن إف إم", TUR,
           note="the border clash while the defection was covered: a clash of its own (Turkish army and SDF), "
                "placed at the village the text names; background")])

passage("ly33", "2020-12-01", "Baladi News", "a defection of five militiamen to the other side, a local site's telling, "
        "where they served, crossed and arrived (published inferred) | page: https://baladi-news.com/ar/articles/69476/انشقاق-عناصر-من-ميليشيا-الدفاع-الوطني-ووصلوهم-إلى-مناطق-قسد",
        "بلدي نيوز – الرقة\n"
        "انشق عدد من عناصر ميليشيا «الدفاع الوطني» الموالية للنظام، مساء أمس الاثنين، في ريف الرقة الغربي، وتوجهوا إلى "
        "مناطق «قسد». ونقل «عين الفرات»، وهو موقع محلي، أن المنشقين خمسة، لجؤوا بعد انشقاقهم إلى مدينة الطبقة الواقعة تحت "
        "سيطرة «قسد» في الريف نفسه. وبيّن الموقع أنهم نسقوا مسبقاً مع عناصر من «قسد»، وغادروا بعد حصولهم على إجازة من "
        "قيادة الميليشيا في بلدة الدبسي غرب الرقة، ثم عبروا معبر الهورة الفاصل بين الطرفين حاملين أسلحتهم الفردية "
        "وعتادهم. وتولت «قسد» نقلهم من المعبر إلى الطبقة لاستكمال تسجيلهم ومنحهم بطاقة «وافد» تتيح لهم التنقل في "
        "مناطقها.",
        [E("defection", Q("خمسة", 5), PL("الدبسي", "Al-Dibsi", "Raqqa"), "2020-11-30", "«عين الفرات»", PROGOV,
           note="PLACE CALL: where they served (the militia's command in al-Dibsi, whose leave they took) is the "
                "place; the crossing they passed and Tabqa where they arrived are the route (a second coder could take "
                "the crossing); the local site's next sentence gives the figure (carried back)")])

passage("ly34", "2016-09-02", "Al-Mesryoon (Sky News Arabia)", "Arab factions defect from a force and take six villages, "
        "captives and arms, an earlier defection with its arrival, an operation across the north | page: https://www.masress.com/almesryoon/1030197",
        "أعلن ناشطون مقربون من المعارضة السورية، الجمعة، أن «فصائل عربية» انشقت عن «قسد»، التي "
        "قاتلت تنظيم داعش في الشمال بدعم التحالف الدولي. وأوضحت هذه المصادر في حديث لقناة «سكاي نيوز عربية» أن اللواء المعروف باسم "
        "«أحرار الرقة»، الذي يقوده فرحان العسكر، خرج عن القوات وبسط سيطرته على القادرية والحمدانات وكردوشان، إضافة إلى العارف "
        "والدريبية وأبو طابات، إثر مواجهات مع المقاتلين الأكراد. وبحسب الناشطين، أسر اللواء 15 من عناصر الوحدات الكردية واستولى على "
        "أسلحة ثقيلة، وجاء انشقاقه بعد انشقاق «لواء التحرير» الذي وصل إلى جرابلس والتحق بالجيش الحر. وتخوض القوات "
        "التركية وفصائل الجيش الحر مواجهات مع الأكراد حول جرابلس، منذ أن بدأت أنقرة، قبل ما يزيد على أسبوع، عملية عسكرية في "
        "شمال سوريا.",
        [E("defection", None, None, "2016-09-02", "ناشطون مقربون من المعارضة السورية", SDF,
           note="a brigade leaves the SDF: no place for the defection itself (Raqqa is in the brigade's name); no "
                "figure (a unit)"),
         E("territory_change", None, PL("القادرية", "Al-Qadiriyah", None), "2016-09-02",
           "ناشطون مقربون من المعارضة السورية", None,
           note="six villages taken after fighting: one act over a list (a group), placed at the first; the fight is "
                "part of the taking; the 15 captured Kurdish fighters and seized arms are its outcome, not coded apart "
                "(a second coder could code an arrest of 15); the brigade has no canonical actor; governorate unsure "
                "(villages near Manbij/Jarablus)"),
         E("defection", None, PL("جرابلس", "Jarablus", "Aleppo"), None, "ناشطون مقربون من المعارضة السورية", SDF,
           note="the earlier defection of Liwa al-Tahrir told by its arrival at Jarablus (no other place); no day"),
         E("armed_clash", None, PL("جرابلس", "Jarablus", "Aleppo", nth=1), "2016-09-02", None, TUR,
           note="Turkish forces and rebels fighting Kurdish forces around Jarablus, told as going on: coded at the "
                "publication day (a second coder could take it as a state); the operation's launch a week before is "
                "the same campaign, not coded apart")])

passage("ly35", "2023-06-25", "Al-Carmil", "air strikes over two places with a total split by category, a monitor's "
        "lower telling, more strikes on a village and a mountain | page: https://alcarmil.com/page.asp?ID=40049&NM=40049",
        "شنت طائرات حربية روسية، اليوم الأحد، غارات على مواقع في مدينة جسر الشغور شمال غربي سوريا وعلى أطراف مدينة "
        "إدلب، فقتلت 11 شخصاً، هم سبعة مدنيين وأربعة مسلحين، وأصابت قرابة 30 بجروح في جسر الشغور، وحال بعضهم حرجة، "
        "ما ينذر بارتفاع الحصيلة. وهذه أول غارات للطيران الروسي على الأراضي السورية منذ مطلع 2023. وكان المرصد السوري "
        "قد رصد مقتل مدنيين اثنين وإصابة ما يزيد على 16 بجسر الشغور، حين استهدفت الغارات سوقاً للخضار عند أطراف "
        "المدينة، فضلاً عن جرحى مدنيين على أطراف إدلب. كما أغارت المقاتلات الروسية على أطراف قرية بينين في جبل الزاوية "
        "جنوبي إدلب، ونفذت غارتين على جبل الأربعين.",
        [E("airstrike", Q("11", 11), PL("جسر الشغور", "Jisr al-Shughur", "Idlib"), "2023-06-25", None, RUS,
           note="one act over two places (a group, Idlib's outskirts the sibling), placed at the first; 11 is the first "
                "figure (seven civilians and four gunmen its breakdown); the monitor's two dead are another telling "
                "(stop 34); the market is a landmark placed at its town"),
         E("airstrike", None, PL("بينين", "Binnin", "Idlib"), "2023-06-25", None, RUS),
         E("airstrike", None, PL("جبل الأربعين", "Jabal al-Arba'in", "Idlib"), "2023-06-25", None, RUS,
           note="two raids as a dual: no figure")])


def main() -> None:
    write("gold124.jsonl", P124)


if __name__ == "__main__":
    main()
