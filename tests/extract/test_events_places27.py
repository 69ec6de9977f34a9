"""The role of a place in its clause (issue 10, stop 27): a place named for another reason is not
where the act happened. A launch point («أطلقوها من مواقعهم في X», «من فوق X») is where fire came
from; a moving target's origin or destination («سيارة متجهة نحو X», «في طريقها إلى X») yields to the
place the strike is told at; a deal's terms (where fighters are to be sent) are not where the deal
was made; «بالقرب من X» is near X, not from X. Our own sentences in monitor, state agency, local
outlet, wire and pan-Arab paper styles, run through the whole pipeline."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events.extractor import happened


@pytest.fixture(scope="module")
def pipe():
    from marsad.pipeline import Pipeline

    return Pipeline()


def _events(pipe, text, published="2024-03-05"):
    doc = Document(text, published=published, outlet="منصة المثال")
    pipe(doc)
    for e in doc["events"]:
        assert text[e["start"]:e["end"]] == e["trigger"]
        if e["place"] and "start" in e["place"]:
            assert text[e["place"]["start"]:e["place"]["end"]] == e["place"]["surface"]
    return [e for e in doc["events"] if happened(e)]


def _places(evs, typ):
    return [(e["place"] or {}).get("surface") for e in evs if e["type"] == typ]


# -- where fire came from, where a target was going -------------------------------------------
@pytest.mark.parametrize("text,typ,where", [
    # a monitor's: a drone on a car heading somewhere, struck near a village
    ("استهدفت طائرة مسيرة تركية سيارة كانت متجهة نحو مدينة منبج قرب قرية الخفسة، ما أدى إلى مقتل شخصين.",
     "airstrike", "الخفسة"),
    # a local outlet's: a truck on its way to a town, struck near another («بالقرب من» is near, not from)
    ("أفادت مصادر محلية لعنب بلدي بأن غارة جوية استهدفت شاحنة في طريقها إلى مدينة البوكمال بالقرب من بلدة "
     "الجلاء.", "airstrike", "الجلاء"),
    # a news agency's: a motorbike coming from a town
    ("وقالت وكالة نورث برس إن طائرة مسيرة تركية استهدفت دراجة نارية كانت قادمة من بلدة تل تمر قرب قرية أم "
     "الكيف، ما أدى إلى مقتل 2 من عناصر قسد.", "airstrike", "أم الكيف"),
    # a state agency's: mortars launched from where the gunmen are, fallen on another district
    ("ذكر مصدر في قيادة شرطة دمشق أن أربع قذائف هاون أطلقها إرهابيون من أماكن انتشارهم في حي القابون سقطت "
     "على حي القصاع.", "shelling", "حي القصاع"),
    # a monitor's: a sniper firing from a building in one district on another
    ("قتل شاب برصاص قناص أطلق النار من مبنى في حي صلاح الدين على حي سيف الدولة في حلب.", "casualties",
     "حي سيف الدولة"),
])
def test_a_launch_point_or_a_targets_route_is_not_the_place(pipe, text, typ, where):
    assert _places(_events(pipe, text), typ) == [where]


def test_a_launch_from_over_a_region_leaves_the_target(pipe):
    # a wire's: missiles fired «من فوق» a region hit sites near a town
    evs = _events(pipe, "قال مصدر عسكري إن الطيران الإسرائيلي نفذ ضربات بصواريخ أطلقها من فوق الجولان المحتل، "
                        "طالت مواقع عسكرية قرب مدينة الكسوة في ريف دمشق.")
    assert "الكسوة" in _places(evs, "airstrike")
    assert not any("الجولان" in (p or "") for p in _places(evs, "airstrike"))


def test_fire_at_people_in_a_district_stays_there(pipe):
    # «من أسلحتها على المتظاهرين في حي X»: «على» governs the district first; it is where they were
    evs = _events(pipe, "أطلقت عناصر الأمن النار من أسلحتها على المتظاهرين في حي الميدان، ما أدى إلى مقتل 3 منهم.")
    assert {(e["place"] or {}).get("surface") for e in evs} == {"حي الميدان"}


# -- a deal's terms ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,where", [
    # a pan-Arab paper's: the deal sends those who refuse to another town
    ("توصلت لجنة التفاوض في مدينة التل إلى اتفاق مع النظام يقضي بترحيل الرافضين للتسوية إلى مدينة إدلب.",
     "التل"),
    # a local outlet's: the fighters are to leave for the north
    ("أبرم وجهاء مدينة الرستن اتفاقاً مع الجانب الروسي ينص على خروج المقاتلين الرافضين إلى الشمال السوري.",
     "الرستن"),
    # a monitor's: the groups are to withdraw from the town to the countryside
    ("أعلنت اللجنة المركزية في طفس التوصل إلى اتفاق ينص على انسحاب المجموعات المسلحة من البلدة إلى ريف درعا "
     "الغربي.", "طفس"),
])
def test_where_a_deal_sends_people_is_not_the_deals_place(pipe, text, where):
    assert _places(_events(pipe, text), "agreement") == [where]
