"""A town right after the head of a spot named for it («حي طريق X», «دوار X», «كراج X») is that spot of another town,
not the town (stop 46, helper finds46; review45's find: a Hama quarter placed at Aleppo): not_a_place.json
`named_for`. Our own sentence through the whole pipeline, with the switch on and off; spans checked."""
from __future__ import annotations

import pytest

from marsad.extract.events import not_a_place
from piped import piped_events as _piped

QUARTER = "دهمت قوات النظام منازل عدة في حي طريق حلب بحماة واعتقلت شابين."


@pytest.fixture
def switch(monkeypatch):
    def set_(on: bool):
        nf = {k: v for k, v in not_a_place._load()["named_for"].items() if k != "enabled"}
        monkeypatch.setitem(not_a_place.FLAGS, "named_for", {**nf, "enabled": on})
    return set_


def _place(pipe, text, typ):
    e = next(e for e in _piped(pipe, text) if e["type"] == typ)
    p = e["place"]
    assert text[p["start"]:p["end"]] == p["surface"]
    return p["admin1_en"], p.get("id")


def test_a_quarter_named_for_a_town_is_not_that_town(pipe, switch):
    switch(True)
    assert _place(pipe, QUARTER, "arrest") == ("Hama", None)
    switch(False)
    assert _place(pipe, QUARTER, "arrest") == ("Aleppo", "SY02")


def test_the_town_told_as_a_town_stays(pipe, switch):
    switch(True)
    text = "دهمت قوات النظام منازل عدة في مدينة حلب واعتقلت شابين."
    assert _place(pipe, text, "arrest")[0] == "Aleppo"
