"""The learned place chooser, stop 38 (helper place5): two switches of the model file, each tested on and off.
`told_ahead`: the places of a sentence after the act's that tells it again (a trigger of its type) are candidates
even when the rules' place does not hold them, or the rules gave none. `spot_feature`: the features saying the
rules' place is the area around an unnamed spot of the act («غارات على أحياء في مدينة X»). Our own sentences; the
places layer built by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import place_chooser

from test_events import _doc
from test_place_chooser import _ctx
from test_place_chooser34 import _place, _spans_ok

# a raid told first with no place, then told again at its village
NO_PLACE = ("شنت طائرات حربية غارات عنيفة فجر اليوم وأوقعت قتلى بين المدنيين. "
            "وقال مراسل محلي إن الغارات أصابت منازل في قرية تل الورد بريف إدلب الجنوبي.")
NO_PLACE_PLACES = [("تل الورد", "P1", "Tal al-Ward", "Idlib"),
                   ("ريف إدلب الجنوبي", "P2", "Southern Idlib countryside", "Idlib", "region")]
# the raid told at a city's quarters, then again at a village of another governorate (not held by the rules' place)
SPOT = ("نفذت مقاتلات غارات على أحياء في مدينة حماة مساء الأحد. "
        "وأضاف الدفاع المدني أن الغارات طالت كذلك بلدة كفر السنديان في ريف إدلب.")
SPOT_PLACES = [("حماة", "S1", "Hama", "Hama", "city"), ("كفر السنديان", "S2", "Kafr al-Sindyan", "Idlib"),
               ("ريف إدلب", "S3", "Idlib countryside", "Idlib", "region")]


@pytest.fixture
def switches():
    """Set the model file's switches for one test; restored after it."""
    def set_(**kw):
        place_chooser.FLAGS.clear()
        place_chooser.FLAGS.update(kw)
        place_chooser.load.cache_clear()
    yield set_
    place_chooser.FLAGS.clear()
    place_chooser.load.cache_clear()


def _raid(d, place):
    i = d.text.index("غارات")
    return {"start": i, "end": i + len("غارات"), "type": "airstrike", "place": place, "kind": "incident"}


@pytest.mark.parametrize("on", [True, False])
def test_an_act_with_no_place_takes_the_places_of_its_next_telling_as_candidates(switches, on):
    switches(told_ahead=on)
    d = _doc(NO_PLACE, places=NO_PLACE_PLACES)
    ctx, _ = _ctx(d)
    cands = place_chooser.candidates(ctx, _raid(d, None))
    _spans_ok(d, cands)
    got = [(c or {}).get("surface") for c in cands]
    assert got == (["تل الورد", "ريف إدلب الجنوبي", None] if on else [None])
    if on:
        assert (cands[0]["start"], cands[0]["end"]) == (NO_PLACE.index("تل الورد"), NO_PLACE.index("تل الورد") + 8)


@pytest.mark.parametrize("on", [True, False])
def test_a_place_of_the_next_telling_outside_the_rules_area_is_a_candidate_only_when_switched_on(switches, on):
    switches(told_ahead=on)
    d = _doc(SPOT, places=SPOT_PLACES)
    ctx, att = _ctx(d)
    rec = _raid(d, _place(d, "حماة"))
    cands = place_chooser.candidates(ctx, rec)
    _spans_ok(d, cands)
    got = [(c or {}).get("surface") for c in cands]
    assert got == (["حماة", "كفر السنديان", "ريف إدلب", None] if on else ["حماة", None])
    fs = place_chooser.features(ctx, att, rec, cands)
    if on:
        assert fs[1]["next"] == 1.0 and fs[1]["next&held"] == 0.0 and fs[1]["next&no_rule"] == 0.0
        assert fs[1]["next&same_type"] == 1.0
    assert all("next&held" not in f for f in fs) or on


@pytest.mark.parametrize("on", [True, False])
def test_the_rules_place_around_an_unnamed_spot_is_a_feature_only_when_switched_on(switches, on):
    switches(told_ahead=True, spot_feature=on)
    d = _doc(SPOT, places=SPOT_PLACES)
    ctx, att = _ctx(d)
    rec = _raid(d, _place(d, "حماة"))
    cands = place_chooser.candidates(ctx, rec)
    fs = place_chooser.features(ctx, att, rec, cands)
    if on:
        assert fs[0]["rule"] == 1.0 and fs[0]["rule&spot"] == 1.0 and fs[1]["next&rule_spot"] == 1.0
    else:
        assert not any(k in f for f in fs for k in ("rule&spot", "next&rule_spot"))


@pytest.mark.parametrize("text,surface,want", [
    ("قصفت الطائرات أحياء في مدينة حماة ليلاً.", "حماة", True),  # «أحياء في مدينة X»: a spot inside X
    ("قصفت الطائرات مواقع لها في ريف إدلب ليلاً.", "ريف إدلب", True),
    ("قصفت الطائرات مدينة حماة ليلاً.", "حماة", False),  # the city itself is what was hit
    ("قصفت الطائرات بلدة كفر السنديان في ريف إدلب ليلاً.", "ريف إدلب", False),  # a named spot before the area
])
def test_a_spot_is_a_noun_of_an_unnamed_place_before_the_area(switches, text, surface, want):
    switches(spot_feature=True)
    places = [(s, f"Q{k}", s, "Idlib", "region" if s.startswith("ريف") else "locality")
              for k, s in enumerate(["حماة", "ريف إدلب", "كفر السنديان"]) if s in text]
    d = _doc(text, places=places)
    ctx, _ = _ctx(d)
    p = _place(d, surface)
    assert d.text[p["start"]:p["end"]] == surface
    assert place_chooser._spot_before(ctx, p, place_chooser.load()["spots"]) is want
