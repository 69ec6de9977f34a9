"""Figures of stop 43 (issue 10, helper fig): a figure told as spanning separate incidents («في حادثتين منفصلتين»,
«بواقعتين لا رابط بينهما», «في عمليتين أمنيتين») is their sum, no one act's figure (data/events/separate_incidents.json
`enabled`); a casualties mention holding such a figure is the toll of them all, a record of its own, not the dead of
one of the acts (`toll_apart`). Our own sentences, run through the whole pipeline; every span checked
(piped.piped_events); each switch in both states, each test setting the state it tests: flipping the data file's
switch changes only test_the_switches_ship_as_measured."""
from __future__ import annotations

import pytest

from marsad.extract.events import arguments, vocab
from piped import dead, figure_low, piped_events as _piped, place_surface

RAW = vocab._json("separate_incidents.json")


def _switch(monkeypatch, on: bool, toll: bool = True) -> None:
    """arguments.separate_conf as if the file said `enabled` = on and `toll_apart.enabled` = toll."""
    conf = arguments.separate_from(dict(RAW, enabled=on, toll_apart=dict(RAW["toll_apart"], enabled=toll)))
    monkeypatch.setattr(arguments, "separate_conf", lambda: conf)


def test_the_switches_ship_as_measured():
    # the state the data file ships: the lead's fresh-set check may flip one, and then only this test changes
    assert (RAW["enabled"], RAW["toll_apart"]["enabled"]) == (True, True)


# the kidnapped of two incidents, the deserters of two, the held of two operations: each act's record has no figure
KIDNAP = "اختطف مسلحون مجهولون أربعة شبان من أهالي القريا جنوبي السويداء في حادثتين منفصلتين مساء الأحد."
DESERT = "انشق 15 مجنداً عن قوات النظام قرب مدينة تلبيسة خلال واقعتين لا صلة بينهما."
HELD = "اعتقلت قوى الأمن الداخلي سبعة أشخاص في مدينة منبج خلال عمليتين أمنيتين نفذتهما ليل الخميس."


@pytest.mark.parametrize("text,typ,place,off", [(KIDNAP, "arrest", "القريا", 4), (DESERT, "defection", "تلبيسة", 15),
                                                (HELD, "arrest", "منبج", 7)])
def test_a_sum_over_separate_incidents_is_no_acts_figure(pipe, monkeypatch, text, typ, place, off):
    for on, want in ((True, None), (False, off)):
        _switch(monkeypatch, on)
        evs = [e for e in _piped(pipe, text) if e["type"] == typ]
        assert len(evs) == 1 and place_surface(evs[0]) == place, (on, evs)
        assert figure_low(evs[0]) == want, (on, evs)


# the dead of two attacks: a toll of its own (casualties, 6), the attacks' record with no dead
TOLL = "قالت الشرطة إن ستة من عناصرها قُتلوا في هجومين منفصلين شنهما مسلحون على حاجزين قرب بلدة تلكلخ."


def test_the_toll_of_separate_attacks_stays_a_toll(pipe, monkeypatch):
    _switch(monkeypatch, True, toll=True)
    evs = _piped(pipe, TOLL)
    tolls = [e for e in evs if e["type"] == "casualties"]
    clashes = [e for e in evs if e["type"] == "armed_clash"]
    assert len(tolls) == 1 and dead(tolls[0]) == (6, 6) and place_surface(tolls[0]) == "تلكلخ", evs
    assert len(clashes) == 1 and clashes[0]["fatalities"] is None, evs
    q = tolls[0]["quantity"]
    assert TOLL[q["start"]:q["end"]] == q["surface"] == "ستة"
    for on, toll in ((True, False), (False, True), (False, False)):
        _switch(monkeypatch, on, toll=toll)
        evs = _piped(pipe, TOLL)
        assert [dead(e) for e in evs if e["type"] == "armed_clash"] == [(6, 6)], (on, toll, evs)
        assert not [e for e in evs if e["type"] == "casualties"], (on, toll, evs)


# not a sum: two strikes of one raid («غارتين»: no incident noun), one operation told with no second one
RAID = "قُتل تسعة مدنيين في غارتين شنهما الطيران الحربي على بلدة كفرنبل."
ONE = "اعتقلت قوى الأمن الداخلي سبعة أشخاص في مدينة منبج ليل الخميس."


@pytest.mark.parametrize("text,typ,want", [(RAID, "airstrike", 9), (ONE, "arrest", 7)])
def test_one_raid_or_one_operation_keeps_its_figure(pipe, monkeypatch, text, typ, want):
    _switch(monkeypatch, True)
    evs = [e for e in _piped(pipe, text) if e["type"] == typ]
    assert len(evs) == 1 and figure_low(evs[0]) == want, evs
