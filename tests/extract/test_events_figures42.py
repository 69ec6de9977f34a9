"""Figures of stop 42 (issue 10, helper fig): a figure counts what its noun names, and livestock, aircraft, pages, areas
and times are no people (data/events/figure_things.json `things`); «N مرة/مرات» counts how many times an act struck
(`times`, shipped off); a figure right after a verb of another fate or of the attackers is that verb's, not the dead
of a killing word before it (data/events/other_fate.json). Our own sentences, run through the whole pipeline; every span checked (piped.piped_events);
each switch in both states, each test setting the state it tests: flipping the data file's switch changes only
test_the_switches_ship_as_measured."""
from __future__ import annotations

import pytest

from marsad.extract.events import arguments, vocab
from piped import piped_events as _piped

RAW = vocab._json("figure_things.json")
FATE = vocab._json("other_fate.json")


def _switch(monkeypatch, things: bool, times: bool = False) -> None:
    """figure_things.json's table as if its switches said `things` and `times`."""
    raw = dict(RAW, things=dict(RAW["things"], enabled=things), times=dict(RAW["times"], enabled=times))
    monkeypatch.setattr(vocab, "_things", lambda: vocab.things_table(raw))
    # (rulings.json `times` is the same ruling by another road, helper recall's: off here, so this file's switch
    # alone decides; test_rulings42 tests that one)
    from marsad.extract.events import rulings
    from piped import conf_with
    conf_with(monkeypatch, rulings, times=False)


def _fig(e: dict) -> tuple:
    c = e.get("count") or {}
    return c.get("low"), c.get("high")


def test_the_switches_ship_as_measured():
    # the state the data files ship: the lead's fresh-set check may flip one, and then only this test changes
    assert (RAW["things"]["enabled"], RAW["times"]["enabled"], FATE["enabled"]) == (True, False, True)


# the heads of a herd that died are not the people held after it
HERD = ("أطلق مسلحون النار على قطيع ماعز قرب قرية كفرعويد مساء الإثنين فنفق 12 رأساً، ثم احتجزوا صاحب القطيع ساعات "
        "قبل أن يطلقوه.")
# the helicopters of a raid (the quantity layer names no counted noun for them) are not the people it arrested
RAID = ("شنّت قوة من التحالف فجر الأربعاء عملية إنزال في بلدة الشحيل، وشاركت في المداهمة ثلاث مروحيات، واعتُقل خلالها "
        "قيادي في التنظيم.")


@pytest.mark.parametrize("text,typ,place,off", [(HERD, "arrest", "كفرعويد", 12), (RAID, "arrest", "الشحيل", 3)])
def test_things_are_no_people(pipe, monkeypatch, text, typ, place, off):
    for on, want in ((True, (None, None)), (False, (off, off))):
        _switch(monkeypatch, things=on)
        evs = [e for e in _piped(pipe, text) if e["type"] == typ]
        assert len(evs) == 1 and (evs[0].get("place") or {}).get("surface") == place, evs
        assert _fig(evs[0]) == want and evs[0]["fatalities"] is None, (on, evs)


# inhabited areas a taking holds are the localities it counts (types.json: territory_change counts localities)
AREAS = "ذكر بيان عسكري تركي أن الفصائل انتزعت من التنظيم خلال شهرين مساحة واسعة شمالي حلب تضم 40 منطقة مأهولة."


def test_areas_taken_are_localities(pipe, monkeypatch):
    for on, want in ((True, (40, 40)), (False, (None, None))):
        _switch(monkeypatch, things=on)
        evs = [e for e in _piped(pipe, AREAS) if e["type"] == "territory_change"]
        assert len(evs) == 1 and _fig(evs[0]) == want, (on, evs)
        if on:
            q = evs[0]["quantity"]
            assert AREAS[q["start"]:q["end"]] == q["surface"] == "40"


# «N مرات» on a strike: the times it struck (`times`), never its dead
TIMES = "أغارت طائرات حربية خمس مرات منذ الفجر على بلدة حيش، وسط نزوح واسع لسكانها نحو الشمال."
TIMES_DEAD = "قصفت الطائرات الحربية بلدة كفرسجنة ثلاث مرات منذ الفجر، فقتلت ستة مدنيين بينهم طفلان."


def test_times_count_the_strikes(pipe, monkeypatch):
    for on, want in ((True, (5, 5)), (False, (None, None))):
        _switch(monkeypatch, things=True, times=on)
        evs = [e for e in _piped(pipe, TIMES) if e["type"] == "airstrike"]
        assert len(evs) == 1 and evs[0]["place"]["surface"] == "حيش" and _fig(evs[0]) == want, (on, evs)
        assert evs[0]["fatalities"] is None


def test_times_are_not_the_dead(pipe, monkeypatch):
    for on, want in ((True, (3, 3)), (False, (None, None))):
        _switch(monkeypatch, things=True, times=on)
        evs = [e for e in _piped(pipe, TIMES_DEAD) if e["type"] == "airstrike"]
        assert len(evs) == 1 and _fig(evs[0]) == want, (on, evs)
        assert (evs[0]["fatalities"]["low"], evs[0]["fatalities"]["high"]) == (6, 6), evs


def test_thing_class_reads_the_table(monkeypatch):
    _switch(monkeypatch, things=True, times=True)
    assert vocab.thing_class(vocab.ffold("ومروحيتين")) == "vehicle"
    assert vocab.thing_class(vocab.ffold("المناطق")) == "locality"
    assert vocab.counted_class("رأس") == "animal" and vocab.counted_class("مرة") == "strike"
    assert vocab.counted_class("عنصر") == "person" and vocab.counted_class("كرسي") == "unknown"
    _switch(monkeypatch, things=False, times=False)
    assert vocab.thing_class(vocab.ffold("مروحيات")) is None and vocab.counted_class("رأس") == "unknown"


# the number right after a verb of another fate (kidnapped, captured) or of the attackers is theirs, not the dead
KIDNAPPED = "لقي رجل حتفه برصاص مسلحين مجهولين وخُطف أربعة أشخاص آخرون في ريف القنيطرة مساء الثلاثاء."
ATTACKERS = "لقي عنصر من الشرطة حتفه حين هاجم ثلاثة مسلحين حاجزاً قرب بلدة الصنمين فجر اليوم."
CAPTURED = "سقط أحد المهاجمين قتيلاً وأُسر ستة من رفاقه بعد اشتباك قرب قرية الصبحة شرقي دير الزور."


@pytest.mark.parametrize("text,off", [(KIDNAPPED, 4), (ATTACKERS, 3), (CAPTURED, 6)])
def test_another_fate_is_not_the_dead(pipe, monkeypatch, text, off):
    for on, want in ((True, None), (False, (off, off))):
        monkeypatch.setattr(arguments, "_other_fate", (lambda: frozenset(vocab.fold_str(w) for w in FATE["words"]))
                            if on else (lambda: frozenset()))
        evs = [e for e in _piped(pipe, text) if e["type"] == "armed_clash"]
        assert len(evs) == 1 and evs[0]["count"] is None, (on, evs)
        got = evs[0]["fatalities"]
        assert (got if got is None else (got["low"], got["high"])) == want, (on, evs)


def test_the_dead_before_the_attack_verb_stay(pipe, monkeypatch):
    # the dead told as the subject of the killing word keep their figure: the attackers after are nameless
    text = "لقي خمسة أشخاص حتفهم حين هاجم مسلحون حاجزاً قرب بلدة الصنمين فجر اليوم."
    monkeypatch.setattr(arguments, "_other_fate", lambda: frozenset(vocab.fold_str(w) for w in FATE["words"]))
    evs = [e for e in _piped(pipe, text) if e["type"] == "armed_clash"]
    assert len(evs) == 1 and (evs[0]["fatalities"]["low"], evs[0]["fatalities"]["high"]) == (5, 5), evs
    q = evs[0]["quantity"]
    assert text[q["start"]:q["end"]] == q["surface"] == "خمسة"
