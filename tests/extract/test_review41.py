"""review41 (stop 41): shapes in which a stop-41 rule went wrong on no seen text (/work/notes/review41.md F1, F2, F10,
F28, F30), strict xfails until the lead landed their mends at stop 41's end; now plain tests of those mends. Our own
sentence where there is text; the rest feed the module its records directly."""
from __future__ import annotations

import pytest

from marsad.extract.events import blast_dead, place_part
from piped import conf_with, dead, piped_events


def _rec(place: dict | None, qstart: int, low: int, mention: int) -> dict:
    return {"type": "airstrike", "place": place, "quantity": {"start": qstart, "end": qstart + 1, "surface": "x"},
            "fatalities": {"low": low, "high": low}, "mentions": [{"start": mention}]}


def test_a_record_at_a_place_with_no_id_does_not_go_into_a_placeless_one(monkeypatch):
    # r at a place the gazetteer lacks (id None) takes the part q; s, with no place, holds q as its own figure
    r = _rec({"id": None, "surface": "قرية الطيبة", "start": 0, "end": 5}, 0, 6, 0)
    s = _rec(None, 40, 4, 40)
    q = {"start": 40, "end": 41, "surface": "x", "low": 4, "high": 4}
    conf_with(monkeypatch, place_part, enabled=True, twin=True)
    monkeypatch.setattr(place_part, "_part", lambda ctx, rec, field, c: q if rec is r else None)
    out = [r, s]
    place_part.refine(None, out)
    assert [(x["place"] or {}).get("surface") for x in out] == ["قرية الطيبة", None], out


def test_no_mention_is_lost_to_a_record_that_went(monkeypatch):
    # i and j both take the part q told at their place; k holds q as its own figure (the part's own telling)
    here = {"id": "C1", "surface": "البلدة", "start": 0, "end": 5}
    i, k, j = _rec(here, 0, 6, 0), _rec(here, 40, 4, 40), _rec(here, 80, 6, 80)
    q = {"start": 40, "end": 41, "surface": "x", "low": 4, "high": 4}
    conf_with(monkeypatch, place_part, enabled=True, twin=True)
    monkeypatch.setattr(place_part, "_part", lambda ctx, r, field, c: None if r is k else q)
    out = [i, k, j]
    place_part.refine(None, out)
    assert len(out) == 1 and sorted(m["start"] for m in out[0]["mentions"]) == [0, 40, 80], out


# «أوقع 2 من القتلى»: the digit 2 is a figure to the extractor (tellings.dual), a dual to blast_dead._dual
TWO = ("دخل مقاتلو الفصيل قرية الطيبة ظهر السبت إثر تفجير سيارة مفخخة عند حاجزها الشرقي أوقع 2 من القتلى، واندلعت بعد "
       "ذلك اشتباكات بين المهاجمين وأهالي القرية.")


def test_the_digit_two_is_an_explosions_figure(pipe, monkeypatch):
    conf_with(monkeypatch, blast_dead, enabled=True)
    evs = [e for e in piped_events(pipe, TWO) if e["type"] == "explosion"]
    assert [dead(e) for e in evs] == [(2, 2)], evs


# «أعلن … عن إطلاق معركة»: the «عن» the launched docstring allows between the verb and the launch noun
LAUNCHED = "أعلنت فصائل المعارضة صباح اليوم عن إطلاق معركة جديدة لطرد القوات الحكومية من ريف حماة الشمالي."


def test_the_announcer_of_a_launch_is_the_body_not_its_preposition(pipe):
    evs = [e for e in piped_events(pipe, LAUNCHED) if e["type"] == "statement"]
    assert [(e.get("reported_by") or {}).get("surface") for e in evs] == ["فصائل المعارضة"], evs


# «تسوية الأوضاع»: the settlement's status with the article
SETTLED = "أجرت اللجنة الأمنية في مدينة نوى يوم الأحد تسوية الأوضاع لثلاثمئة شخص، بينهم عسكريون منشقون عن الجيش."


def test_defectors_among_a_settlement_of_the_statuses_are_no_act(pipe):
    assert [e["type"] for e in piped_events(pipe, SETTLED)] == ["other"]
