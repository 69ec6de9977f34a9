"""A toll told town by town (stop 47, helper list47; town_tolls.json, OFF in the data): switched on, each town is a
record of its own with its own figure, out of the figure step's list group (the scorer counts a group as one unit);
off, the towns after the first stay one group. A tally's breakdown after a colon is left as it was. Our own
sentences, through the whole pipeline; spans checked exactly."""
from __future__ import annotations

import json

import pytest

from marsad.document import Document
from marsad.extract.events import town_tolls

HEAD = "رصاص الأمن يقتل 15 متظاهراً في جمعة جديدة\nذكر ناشطون أن عناصر الشرطة فتحوا الرصاص على مظاهرات سارت في مدن عدة عقب صلاة الجمعة. "
TOWNS = HEAD + "وقُتل ستة في مدينة إدلب بينهم طفل، وأربعة في بلدة سراقب، وثلاثة في بلدة بنش، واثنان في بلدة تفتناز."
TALLY = HEAD + "وبلغت الحصيلة 15 قتيلاً: ستة في مدينة إدلب، وأربعة في بلدة سراقب، وخمسة في بلدة بنش."


RAW = json.loads(town_tolls.DATA.read_text(encoding="utf-8"))


@pytest.fixture
def on(monkeypatch):
    conf = town_tolls.conf_from(dict(RAW, enabled=True))
    monkeypatch.setattr(town_tolls, "_conf", lambda: conf)


@pytest.fixture
def off(monkeypatch):
    monkeypatch.setattr(town_tolls, "_conf", lambda: town_tolls.conf_from(dict(RAW, enabled=False)))


def _placed(pipe, text: str) -> list[tuple]:
    d = Document(text, published="2024-05-14", outlet="منصة المثال")
    pipe(d)
    out = []
    for e in d["events"]:
        p, q = e.get("place"), e.get("quantity")
        if p is None:
            continue
        assert d.text[p["start"]:p["end"]] == p["surface"]
        assert q is None or d.text[q["start"]:q["end"]] == q["surface"]
        out.append((e["type"], p["surface"], (e.get("fatalities") or {}).get("low"), (q or {}).get("surface"),
                    e.get("group")))
    return out


def test_the_switch_and_its_words():
    assert RAW["enabled"] is False and town_tolls.conf_from(RAW) == {}
    conf = town_tolls.conf_from(dict(RAW, enabled=True))
    assert conf["level"] >= 1 and "protest" in conf["types"] and "casualties" not in conf["types"]


def test_on_each_town_is_an_event_with_its_own_figure(pipe, on):
    assert _placed(pipe, TOWNS) == [("protest", "إدلب", 6, "ستة", None), ("protest", "سراقب", 4, "أربعة", None),
                                    ("protest", "بنش", 3, "ثلاثة", None), ("protest", "تفتناز", 2, "اثنان", None)]


def test_off_the_towns_are_one_group(pipe, off):
    got = _placed(pipe, TOWNS)
    assert [r[:4] for r in got] == [("protest", "إدلب", 6, "ستة"), ("protest", "سراقب", 4, "أربعة"),
                                    ("protest", "بنش", 3, "ثلاثة"), ("protest", "تفتناز", 2, "اثنان")]
    assert len({r[4] for r in got}) == 1 and got[0][4] is not None


def test_a_tallys_breakdown_is_left_alone(pipe, on):
    got = _placed(pipe, TALLY)
    assert [r[1:3] for r in got if r[4] is not None] == [("إدلب", 6), ("سراقب", 4), ("بنش", 5)]
    assert len({r[4] for r in got if r[4] is not None}) == 1  # (still one group)


def test_a_part_takes_its_own_figure_where_the_first_had_one():
    first = {"type": "shelling", "start": 10, "end": 14, "trigger": "قصف", "group": "c10", "part_of_list": True,
             "count": None, "fatalities": {"low": 5, "high": 5, "approx": False},
             "injured": {"low": 20, "high": 20, "approx": False}, "breakdown": [{"of": "fatalities"}],
             "quantity": {"start": 20, "end": 24, "surface": "خمسة"}, "counted": None,
             "place": {"start": 28, "end": 32, "surface": "داعل"}}
    q = {"start": 40, "end": 45, "surface": "ثلاثة", "low": 3, "high": 3, "approx": False}
    p = {"start": 49, "end": 53, "surface": "نمر", "_loc": True}
    got = town_tolls._part(first, q, p)
    assert got["fatalities"] == {"low": 3, "high": 3, "approx": False}
    assert got["count"] is None and got["injured"] is None  # (the wounded were told of the first town only)
    assert got["place"] == {"start": 49, "end": 53, "surface": "نمر"} and got["group"] is None
    assert got["quantity"] == {"start": 40, "end": 45, "surface": "ثلاثة"} and got["breakdown"] == []
    assert "part_of_list" not in got and first["fatalities"]["low"] == 5
