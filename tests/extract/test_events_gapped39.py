"""Gapped coordination of stop 39 (issue 10, helper gap): one act word said once for further objects that carry a
place of their own (extract/events/gapped.py, data/events/gapped.json): each (object, place) pair is its own record,
with the object's number as its figure; a bare list of places stays one act, and so do the parts of a toll. Our own
sentences, run through the whole pipeline; every span checked (piped.piped_events); the switch in both states."""
from __future__ import annotations

import pytest

from marsad.extract.events import gapped
from piped import file_switched_off, figure_low, piped_events as _piped, type_place

DEFECT = "وذكر المجلس العسكري أن أربع دبابات للنظام انشقت صباحاً في بلدة الحراك، وكذلك عربتان ببلدة نوى، إلى جانب ضابط في مدينة جاسم."
TOLL = "وقال الدفاع المدني إن حصيلة الغارات بلغت سبعة مدنيين قتلى في مدينة سراقب، وأربعة في قرية كفرنبل."
ANOTHER = ("ونقل ناشطون أن عناصر الحاجز اعتقلوا أمس شاباً من بلدة داعل كان في طريقه إلى عمله، وآخر من قرية "
           "الشيخ مسكين.")


def _at(evs, typ):
    return {(e["place"] or {}).get("surface"): e for e in evs if e["type"] == typ}


def test_each_further_object_with_its_own_place_is_its_own_event(pipe):
    at = _at(_piped(pipe, DEFECT), "defection")
    assert {"الحراك", "نوى", "جاسم"} <= set(at), at.keys()
    assert at["نوى"]["group"] is None and at["جاسم"]["group"] is None


def test_a_further_number_is_the_figure_of_its_own_place(pipe):
    evs = _piped(pipe, TOLL)
    at = _at(evs, "airstrike")
    assert "كفرنبل" in at, type_place(evs)
    assert figure_low(at["كفرنبل"]) == 4
    q = at["كفرنبل"]["quantity"]
    assert q["surface"] == "أربعة" and TOLL[q["start"]:q["end"]] == "أربعة"


def test_another_one_from_a_second_village_is_its_own_arrest(pipe):
    evs = _piped(pipe, ANOTHER)
    at = _at(evs, "arrest")
    assert "الشيخ مسكين" in at, type_place(evs)
    assert at["الشيخ مسكين"]["count"] is None and at["الشيخ مسكين"]["fatalities"] is None


@pytest.mark.parametrize("text", [
    # a bare list of places: one act over its places (README), no head of its own
    "قصفت المدفعية صباح اليوم بلدة كفرنبل، وقرية حيش، ومدينة معرة حرمة بالريف الإدلبي.",
    # the parts of a toll by origin: «بين القتلى …»
    "سقط خمسة قتلى من المدنيين جراء القذائف التي أصابت بلدة اللطامنة، وبين القتلى رجل من قرية الصياد، وامرأتان من بلدة كفرزيتا.",
    # one object of two people at one place («رجل وامرأة في …»)
    "امتد القصف إلى أحياء مدينة إدلب، فقتل رجل وامرأة في حي الثورة بوسط المدينة.",
])
def test_no_further_object_no_second_record(pipe, text):
    evs = _piped(pipe, text)
    with_off = _off_records(pipe, text)
    assert len(evs) == len(with_off), (type_place(evs), type_place(with_off))


def _off_records(pipe, text):
    was, gapped.ENABLED = gapped.ENABLED, False
    try:
        return _piped(pipe, text)
    finally:
        gapped.ENABLED = was


def test_switched_off_in_its_file(pipe, monkeypatch, tmp_path):
    with file_switched_off(monkeypatch, tmp_path, gapped, gapped.conf):
        at = _at(_piped(pipe, DEFECT), "defection")
        assert "نوى" not in at and "جاسم" not in at, at.keys()
    at = _at(_piped(pipe, DEFECT), "defection")
    assert {"نوى", "جاسم"} <= set(at)


def test_head_classes_read_the_bare_forms():
    assert gapped.head_class("وشابا") == "person"
    assert gapped.head_class("عربتا") == "vehicle"
    assert gapped.head_class("واخر") == "another"
    assert gapped.head_class("قريه") is None


ALSO = "قصفت المدفعية بلدة كفرنبل صباح اليوم، وطال القصف أيضاً قرية حيش، فقتل ثلاثة من سكانها."


def test_the_act_told_again_for_another_place_with_also_is_its_own_event(pipe):
    evs = _piped(pipe, ALSO)
    at = _at(evs, "shelling")
    assert {"كفرنبل", "حيش"} <= set(at), type_place(evs)
    assert figure_low(at["حيش"]) == 3 and at["حيش"]["fatalities"]["low"] == 3
    assert ALSO[at["حيش"]["quantity"]["start"]:at["حيش"]["quantity"]["end"]] == "ثلاثة"
    assert figure_low(at["كفرنبل"]) is None  # (the dead told after حيش are its own, not the first village's)


def test_the_further_object_of_another_act_word_is_not_this_acts(pipe):
    text = ("خرجت مظاهرة في مدينة أريحا أمس الجمعة، بعد يومين من توقيف عناصر الأمن عشرة طلاب في بلدة معرة مصرين "
            "وخمسة آخرين في قرية كفريا.")
    assert not [e for e in _piped(pipe, text) if e["type"] == "protest" and
                (e["place"] or {}).get("surface") != "أريحا"]


def test_also_switched_off_in_its_file(pipe, monkeypatch, tmp_path):
    import json
    off = tmp_path / "gapped.json"
    raw = json.loads(gapped.DATA.read_text(encoding="utf-8"))
    raw["additive"]["enabled"] = False
    off.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(gapped, "DATA", off)
    gapped.conf.cache_clear()
    # (stop 47's own_clause.json parts the act named again after «وطال» at a town of its own too: off here, so this
    # reads gapped's switch alone; tests/extract/test_own_clause47.py has own_clause's states)
    from marsad.extract.events import own_clause
    monkeypatch.setattr(own_clause, "_conf", lambda c=own_clause._conf(): dict(c, on=False))
    monkeypatch.setattr(own_clause, "_reach_conf", lambda c=own_clause._reach_conf(): dict(c, on=False))
    try:
        at = _at(_piped(pipe, ALSO), "shelling")
        assert "حيش" not in at and figure_low(at["كفرنبل"]) == 3
        assert {"نوى", "جاسم"} <= set(_at(_piped(pipe, DEFECT), "defection"))  # (the gapped objects stay)
    finally:
        monkeypatch.undo()
        gapped.conf.cache_clear()


def test_the_parts_of_one_toll_by_place_are_no_further_acts(pipe):
    # «منهم 14 في X وستة في Y»: where the parts of one toll fell (gapped._parted), not a second shelling at Y
    text = "لقي 20 مدنياً حتفهم بقصف مدفعي استهدف بلدة كفرنبل مساء الأحد، منهم 14 في حي الشمالي وستة في قرية حيش."
    assert type_place(_piped(pipe, text)) == [("shelling", "كفرنبل")]


def test_a_comma_just_before_a_joined_word_is_read_by_bisection():
    from marsad.extract.events.gapped import _comma_just_before

    commas = [10, 20, 31]
    assert [_comma_just_before(commas, s) for s in (9, 10, 11, 12, 13, 19, 22, 23, 33, 34)] == \
        [False, True, True, True, False, False, True, False, True, False]
    assert _comma_just_before([], 5) is False
