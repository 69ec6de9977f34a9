"""Near-duplicate threshold, chosen on pairs we wrote: lightly edited copies of one wire story
must link; different stories from the same day (same formulaic openings) must not."""
from __future__ import annotations

import pytest

from marsad.ingest.dedup import (DEFAULT_THRESHOLD, NearDuplicateIndex, group_duplicates, jaccard,
                                 shingles)

# Four wire stories of one day.
WIRE = {
    "defection": (
        "أفادت مصادر محلية في ريف درعا الغربي بانشقاق ضابط برتبة ملازم أول وسبعة عناصر عن قوات "
        "النظام السوري فجر اليوم الثلاثاء، ووصولهم إلى مناطق تسيطر عليها الفصائل في بلدة طفس. "
        "وقالت المصادر إن المنشقين أحضروا معهم أسلحتهم الفردية وسيارة عسكرية، وإن قوات النظام "
        "استنفرت حواجزها في المنطقة وشنت حملة تفتيش في قرى المزيريب واليادودة بحثاً عنهم. "
        "وتعد هذه الحادثة الثالثة من نوعها خلال شهر تشرين الثاني الجاري."
    ),
    "shelling": (
        "قتل ثلاثة مدنيين بينهم طفلة وأصيب تسعة آخرون بجروح مختلفة جراء قصف مدفعي استهدف أطراف "
        "مدينة سرمين في ريف إدلب الشرقي صباح اليوم. وقال الدفاع المدني السوري إن فرقه أخرجت "
        "الجثث من تحت ركام منزلين، موضحاً أن القذائف أُطلقت من نقاط جيش النظام في مدينة "
        "سراقب. وشهدت المنطقة خلال الأسبوع الماضي أكثر من أربعين قذيفة بحسب إحصاءات محلية."
    ),
    "clash": (
        "دارت اشتباكات عنيفة بين عناصر من الفرقة الرابعة ومجموعة مسلحة محلية في حي الكاشف وسط مدينة "
        "درعا مساء أمس، استخدمت فيها الأسلحة المتوسطة وقذائف الآر بي جي. وأسفرت الاشتباكات عن "
        "مقتل عنصرين من الفرقة وجرح خمسة آخرين، فيما أغلقت قوات النظام الطرق المؤدية إلى الحي "
        "حتى ساعات الفجر. وتتهم الفرقة المجموعة بالوقوف وراء عمليات اغتيال سابقة."
    ),
    "statement": (
        "أعلنت وزارة الدفاع التركية عبر بيان صدر اليوم أن قواتها حيدت أحد عشر مسلحاً من حزب العمال "
        "الكردستاني ووحدات حماية الشعب في منطقتي نبع السلام ودرع الفرات شمالي سوريا، بعد "
        "رصدهم يحاولون التسلل باتجاه النقاط التركية. وأضاف البيان أن العمليات مستمرة دون "
        "توقف، وأن القوات تتخذ الإجراءات اللازمة للرد على أي هجوم يستهدف المنطقة."
    ),
}

# Lightly edited republications: new lede words, a cut sentence, attribution added, numbers in words.
COPIES = {
    "defection": (
        "ذكرت مصادر أهلية في ريف درعا الغربي بانشقاق ضابط برتبة ملازم أول وسبعة عناصر عن قوات "
        "النظام السوري فجر الثلاثاء، ووصولهم إلى مناطق تسيطر عليها الفصائل في بلدة طفس. "
        "وقالت المصادر إن المنشقين أحضروا معهم أسلحتهم الفردية وسيارة عسكرية، وإن قوات النظام "
        "استنفرت حواجزها في المنطقة وشنت حملة تفتيش في قرى المزيريب واليادودة بحثاً عنهم."
    ),
    "shelling": (
        "درعا 24 – قتل ثلاثة مدنيين بينهم طفلة وأصيب 9 آخرون بجروح مختلفة جراء قصف مدفعي استهدف "
        "أطراف مدينة سرمين في ريف إدلب الشرقي صباح اليوم الأربعاء. وقال الدفاع المدني السوري "
        "(الخوذ البيضاء) إن فرقه أخرجت الجثث من تحت ركام منزلين، موضحاً أن القذائف أُطلقت من "
        "نقاط جيش النظام في مدينة سراقب. وشهدت المنطقة خلال الأسبوع الماضي أكثر من أربعين "
        "قذيفة بحسب إحصاءات محلية."
    ),
    "clash": (
        "اندلعت اشتباكات عنيفة بين عناصر من الفرقة الرابعة ومجموعة مسلحة محلية في حي الكاشف وسط مدينة "
        "درعا مساء الاثنين، استخدمت فيها الأسلحة المتوسطة وقذائف الآر بي جي. وأسفرت الاشتباكات عن "
        "مقتل عنصرين من الفرقة وجرح خمسة آخرين، فيما أغلقت قوات النظام الطرق المؤدية إلى الحي "
        "حتى ساعات الفجر، وفق ما ذكره مراسلنا."
    ),
    "statement": (
        "قالت وزارة الدفاع التركية عبر بيان صدر اليوم إن قواتها حيدت 11 مسلحاً من حزب العمال "
        "الكردستاني ووحدات حماية الشعب في منطقتي نبع السلام ودرع الفرات شمالي سوريا، بعد "
        "رصدهم يحاولون التسلل باتجاه النقاط التركية. وأضاف البيان أن العمليات مستمرة دون "
        "توقف، وأن القوات تتخذ الإجراءات اللازمة للرد على أي هجوم يستهدف المنطقة."
    ),
}

# Different stories the same day, written with the same stock phrases as WIRE.
OTHERS = [
    "أفادت مصادر محلية في ريف درعا الشرقي باعتقال قوات النظام السوري أربعة شبان من بلدة الحراك "
    "فجر اليوم الثلاثاء، ونقلهم إلى مفرزة الأمن العسكري في مدينة درعا. وقالت المصادر إن "
    "الاعتقال جرى على حاجز مؤقت أقيم عند مدخل البلدة، دون توجيه أي تهمة إليهم.",
    "قتل مدني وجرح اثنان آخران بانفجار لغم قديم في حقل زيتون قرب بلدة "
    "التمانعة جنوبي إدلب صباح اليوم. وقال الدفاع المدني السوري إن فرقه نقلت الجريحين "
    "إلى مستشفى قريب، محذراً الأهالي من الاقتراب من الأراضي غير الممسوحة.",
    "ذكرت وزارة الدفاع الروسية عبر بيان صدر اليوم أن مقاتلاتها قصفت مقرات لتنظيم داعش في "
    "بادية حمص الشرقية، وأن الغارات أسفرت عن تدمير مستودعين للأسلحة ومقتل عدد من المسلحين. "
    "وأضاف البيان أن العمليات ستستمر حتى القضاء على خلايا التنظيم في المنطقة.",
    "شهدت مدينة السويداء وقفة احتجاجية في ساحة الكرامة شارك فيها مئات من أبناء المحافظة، "
    "طالبوا خلالها بإطلاق سراح المعتقلين وتحسين ظروف المعيشة. ورفع المحتجون لافتات تندد "
    "بارتفاع الأسعار وانقطاع الكهرباء لساعات طويلة.",
]


def _pairs():
    same = [(WIRE[k], COPIES[k]) for k in WIRE]
    texts = list(WIRE.values()) + OTHERS
    diff = [(a, b) for i, a in enumerate(texts) for b in texts[i + 1:]]
    return same, diff


def test_threshold_separates_copies_from_same_day_stories():
    same, diff = _pairs()
    same_sims = [jaccard(a, b) for a, b in same]
    diff_sims = [jaccard(a, b) for a, b in diff]
    # The gap the threshold sits in, with margin on both sides.
    assert min(same_sims) >= DEFAULT_THRESHOLD + 0.05, same_sims
    assert max(diff_sims) <= DEFAULT_THRESHOLD - 0.2, diff_sims


def test_index_links_copies_and_only_them():
    idx = NearDuplicateIndex()
    for k, text in WIRE.items():
        assert idx.add(f"wire-{k}", text) == []
    for i, text in enumerate(OTHERS):
        assert idx.add(f"other-{i}", text) == [], i
    for k, text in COPIES.items():
        assert idx.add(f"copy-{k}", text) == [f"wire-{k}"], k
    assert len(idx) == 12


def test_signatures_round_trip_and_rebuild():
    idx = NearDuplicateIndex()
    sigs = [(f"wire-{k}", idx.signature(t)) for k, t in WIRE.items()]
    assert all(len(s) == 128 * 4 for _, s in sigs)
    assert idx.signature(WIRE["clash"]) == idx.signature(WIRE["clash"])  # deterministic
    rebuilt = NearDuplicateIndex.from_signatures(sigs)
    assert rebuilt.add("copy-shelling", COPIES["shelling"]) == ["wire-shelling"]
    hits = rebuilt.query(COPIES["statement"])
    assert hits[0][0] == "wire-statement" and hits[0][1] > DEFAULT_THRESHOLD


def test_readding_same_id_and_empty_text():
    idx = NearDuplicateIndex()
    idx.add("a", WIRE["clash"])
    assert idx.add("a", WIRE["clash"]) == []  # not its own duplicate
    assert idx.add("empty", "") == []
    assert idx.add("punct", "... ،،، !!") == []
    assert idx.add("b", WIRE["clash"]) == ["a"]
    idx.remove("a")
    assert idx.add("c", WIRE["clash"]) == ["b"]


def test_folding_makes_spelling_variants_equal():
    a = "إنشقاق ضابط في درعا ووصوله إلى طفس"
    b = "انشقاق ضابط في درعا ووصوله الى طفس"
    assert shingles(a) == shingles(b)


def test_group_duplicates_clusters_transitively():
    items = [("w", WIRE["clash"]), ("o", OTHERS[0]), ("c", COPIES["clash"]), ("c2", COPIES["clash"] + " ")]
    groups = group_duplicates(items)
    assert groups == {"w": "w", "o": "o", "c": "w", "c2": "w"}


def test_bad_threshold():
    with pytest.raises(ValueError):
        NearDuplicateIndex(threshold=1.5)
