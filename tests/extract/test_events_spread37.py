"""Aggregates of stop 37 (issue 10, helper agg2): a figure told over places the text calls many or scattered is a sum
(kind aggregate, the area it names or no place), never an incident at a place borrowed from the act before or after
it (spread_sum.py, cues.json `spread_places`). Our own sentences, run through the whole pipeline; every span checked
(piped.piped_events)."""
from __future__ import annotations

from marsad.extract.events import spread_sum
from piped import piped_events as _piped


def _with(evs, low):
    return [e for e in evs if (e["fatalities"] or e["count"] or {}).get("low") == low]


def test_a_days_toll_over_scattered_places_is_an_aggregate_with_no_place(pipe):
    # the later telling at a town of its own does not lend its town to the sum
    text = ("أفاد ناشطون بأن 31 مدنياً قُتلوا الأحد برصاص الجيش لدى تفريقه تظاهرات عمّت أنحاء متفرقة من المحافظات "
            "السورية. وقُتل أربعة في تفريق تظاهرة في مدينة حمص.")
    evs = _piped(pipe, text, published="2020-03-01")
    total = _with(evs, 31)
    assert len(total) == 1, evs
    assert total[0]["kind"] == "aggregate" and total[0]["place"] is None
    assert total[0]["period"] == {"start": "2020-03-01", "end": "2020-03-01"}
    q = total[0]["quantity"]
    assert (q["start"], q["end"]) == (text.index("31"), text.index("31") + 2)
    town = _with(evs, 4)
    assert town and all(e["kind"] == "incident" for e in town), evs
    assert town[0]["place"]["surface"] == "حمص" and text[town[0]["place"]["start"]:town[0]["place"]["end"]] == "حمص"


def test_the_sum_keeps_the_one_area_its_cue_names(pipe):
    text = "لقي ثمانية مدنيين حتفهم أمس بقصف مدفعي طال مناطق متفرقة بمحافظة حماة."
    evs = _with(_piped(pipe, text), 8)
    assert len(evs) == 1, evs
    assert evs[0]["kind"] == "aggregate" and evs[0]["type"] == "shelling"
    p = evs[0]["place"]
    assert p["surface"] == "حماة" and (p["start"], p["end"]) == (text.index("حماة"), text.index("حماة") + 4)


def test_a_sum_over_two_areas_has_no_place_and_lends_none_of_the_act_before(pipe):
    text = ("قُتل تسعة مدنيين بقصف على بلدة كفرنبل، وذلك غداة مقتل 14 مدنياً بغارات طالت مناطق عدة في ريفي حلب "
            "وإدلب.")
    evs = _piped(pipe, text)
    total = _with(evs, 14)
    assert len(total) == 1 and total[0]["kind"] == "aggregate" and total[0]["place"] is None, evs
    own = _with(evs, 9)
    assert own and own[0]["kind"] == "incident" and own[0]["place"]["surface"] == "كفرنبل", evs


def test_the_area_its_sentence_names_before_stays(pipe):
    text = "شهدت محافظة حماة مقتل ستة أشخاص أمس بمناطق متفرقة، بحسب ناشطين."
    evs = _with(_piped(pipe, text), 6)
    assert len(evs) == 1 and evs[0]["kind"] == "aggregate", evs
    assert evs[0]["place"]["surface"] in ("حماة", "محافظة حماة")


def test_a_place_between_is_the_acts_own(pipe):
    # the scattered places are another clause's (the protests'), not the strike's
    text = "قُتل خمسة مدنيين في غارة على مدينة دوما، بينما خرجت تظاهرات في مدن عدة."
    evs = _with(_piped(pipe, text), 5)
    assert len(evs) == 1, evs
    assert evs[0]["kind"] == "incident" and evs[0]["place"]["surface"] == "دوما"


def test_a_figure_counting_the_places_themselves_is_one_act(pipe):
    # «N بلدات وقرى»: the taking's own count of localities, not a sum over them
    text = "انتزعت فصائل المعارضة السيطرة على سبع بلدات وقرى في ريف حلب الغربي، بحسب مصادر محلية."
    evs = [e for e in _piped(pipe, text) if e["type"] == "territory_change"]
    assert len(evs) == 1 and evs[0]["kind"] == "incident" and (evs[0]["count"] or {}).get("low") == 7, evs


def test_a_death_toll_over_two_governorates_has_no_place(pipe):
    text = "أوقع القصف على ريفي اللاذقية وإدلب يوم الأحد أحد عشر قتيلاً مدنياً، بحسب الدفاع المدني."
    evs = [e for e in _piped(pipe, text) if (e["fatalities"] or {}).get("low") == 11]
    assert len(evs) == 1 and evs[0]["kind"] == "aggregate" and evs[0]["place"] is None, evs
    q = evs[0]["quantity"]
    assert (q["start"], q["end"]) == (text.index("أحد عشر"), text.index("أحد عشر") + len("أحد عشر"))


def test_two_areas_off_keeps_the_first(pipe, monkeypatch):
    monkeypatch.setattr(spread_sum, "TWO_AREAS", False)
    text = "أوقع القصف على ريفي اللاذقية وإدلب يوم الأحد أحد عشر قتيلاً مدنياً، بحسب الدفاع المدني."
    evs = [e for e in _piped(pipe, text) if (e["fatalities"] or {}).get("low") == 11]
    assert evs and evs[0]["kind"] == "incident" and evs[0]["place"]["surface"] == "ريفي اللاذقية", evs


def test_a_count_over_two_governorates_keeps_its_place(pipe):
    # arrests and deployments told over two governorates: the gold takes the first (a group), not a sum
    text = "أرسلت وزارة الدفاع يوم الخميس تعزيزات ضمت 300 آلية نحو محافظتي حماة وحمص لملاحقة المسلحين."
    evs = [e for e in _piped(pipe, text) if (e["count"] or {}).get("low") == 300]
    assert evs and all(e["kind"] == "incident" for e in evs), evs  # (no record at all would pass an `all` alone)


def test_off_leaves_the_incident(pipe, monkeypatch):
    monkeypatch.setattr(spread_sum, "refine", lambda ctx, out: None)
    text = "لقي ثمانية مدنيين حتفهم أمس بقصف مدفعي طال مناطق متفرقة بمحافظة حماة."
    evs = _with(_piped(pipe, text), 8)
    assert evs and evs[0]["kind"] == "incident"
