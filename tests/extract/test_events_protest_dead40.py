"""A protest's dead told beside it are that protest's dead (stop 40, issue 10), on our own sentences: a casualties
record of a protest's sentence (or the one before or after) whose sentence names no other cause of death goes into
the protest, which takes its dead where it has none; a toll with a figure and no place beside a protest at a town,
a death put down to another cause, and a list's member stay apart. Off (the module's switch or the file's), the
rules' casualties record stays (protest_dead.py)."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from marsad.extract.events import protest_dead
from piped import asserted_brief, figure_low, file_switched_off, piped_events, place_surface

SAME = "خرجت مظاهرة في بلدة الصنمين يوم الجمعة، وقال ناشطون إن 15 شخصاً قُتلوا برصاص الأمن يومها."
TWO = ("احتشد مئات المعتصمين قرب دوار البلدية وسط الكسوة مساء الأحد. وسقط قتيلان بنيران الحرس حين حاولوا "
       "تفريقهم.")
TOLL = "رصاص الأمن يحصد 12 قتيلاً في يوم غضب جديد. وفي مدينة جاسم هتف المحتجون للمعتقلين."


def _brief(pipe, text: str) -> list[tuple]:
    return asserted_brief(pipe, text, "2012-03-02")


@pytest.fixture
def off(monkeypatch):
    monkeypatch.setattr(protest_dead, "ENABLED", False)


def test_the_dead_of_its_sentence_go_into_the_protest(pipe):
    evs = piped_events(pipe, SAME, published="2012-03-02", outlet="موقع التجربة")
    assert [(e["type"], place_surface(e), (e.get("fatalities") or {}).get("low")) for e in evs] == \
        [("protest", "الصنمين", 15)]
    prot = evs[0]
    assert any(SAME[m["start"]:m["end"]] == "قُتلوا" for m in prot.get("mentions") or ())


def test_off_the_casualties_record_stays(pipe, off):
    assert _brief(pipe, SAME) == [("protest", "الصنمين", None), ("casualties", "الصنمين", 15)]


def test_the_file_switches_it_off(pipe, monkeypatch, tmp_path):
    # (stop 42's `same_place` merges a toll at a protest's place from anywhere in the article: its own switch, which
    # this sentence also meets, so it goes off here too)
    raw = json.loads(protest_dead.DATA.read_text(encoding="utf-8"))
    off = tmp_path / protest_dead.DATA.name
    off.write_text(json.dumps(dict(raw, enabled=False, same_place=dict(raw["same_place"], enabled=False)),
                              ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(protest_dead, "DATA", off)
    protest_dead._raw.cache_clear()
    try:
        assert _brief(pipe, SAME) == [("protest", "الصنمين", None), ("casualties", "الصنمين", 15)]
    finally:
        monkeypatch.undo()
        protest_dead._raw.cache_clear()
    assert _brief(pipe, SAME) == [("protest", "الصنمين", 15)]


def _rec(t: str, start: int, text: str, trigger: str, place: str | None = None, dead: int | None = None,
         group: str | None = None) -> dict:
    assert text[start:start + len(trigger)] == trigger
    r = {"type": t, "start": start, "end": start + len(trigger), "trigger": trigger, "kind": "incident",
         "modality": "asserted", "group": group, "place": {"surface": place, "id": place} if place else None,
         "mentions": [{"start": start, "end": start + len(trigger)}], "count": None, "injured": None,
         "fatalities": {"low": dead, "high": dead, "approx": False} if dead else None}
    return r


def _merged(text: str, recs: list[dict]) -> list[tuple]:
    out = protest_dead.merge(SimpleNamespace(doc=SimpleNamespace(text=text)), recs)
    return [(r["type"], (r.get("place") or {}).get("surface"), figure_low(r)) for r in out]


def test_the_next_sentences_dead_without_a_place_join_the_protest():
    recs = [_rec("protest", TWO.index("احتشد"), TWO, "احتشد", "الكسوة"),
            _rec("casualties", TWO.index("قتيلان"), TWO, "قتيلان")]
    assert _merged(TWO, recs) == [("protest", "الكسوة", None)]


def test_a_toll_with_a_figure_and_no_place_stays_apart_from_a_towns_protest():
    recs = [_rec("casualties", TOLL.index("قتيلاً"), TOLL, "قتيلاً", None, 12),
            _rec("protest", TOLL.index("هتف"), TOLL, "هتف", "جاسم")]
    assert _merged(TOLL, recs) == [("casualties", None, 12), ("protest", "جاسم", None)]


def test_another_cause_a_list_member_or_another_place_stay():
    text = "تظاهر العشرات في بلدة طفس. وقُتل أربعة بقذائف سقطت على السوق."
    recs = [_rec("protest", 0, text, "تظاهر", "طفس"), _rec("casualties", text.index("وقُتل") + 1, text, "قُتل", "طفس", 4)]
    assert _merged(text, recs) == [("protest", "طفس", None), ("casualties", "طفس", 4)]
    text = "تظاهر العشرات في بلدة طفس. وقُتل أربعة برصاص الأمن."
    listed = [_rec("protest", 0, text, "تظاهر", "طفس"),
              _rec("casualties", text.index("وقُتل") + 1, text, "قُتل", "طفس", 4, group="g1")]
    assert _merged(text, listed) == [("protest", "طفس", None), ("casualties", "طفس", 4)]
    apart = [_rec("protest", 0, text, "تظاهر", "طفس"), _rec("casualties", text.index("وقُتل") + 1, text, "قُتل", "نوى", 4)]
    assert _merged(text, apart) == [("protest", "طفس", None), ("casualties", "نوى", 4)]
    both = [_rec("protest", 0, text, "تظاهر", "طفس"), _rec("casualties", text.index("وقُتل") + 1, text, "قُتل", "طفس", 4)]
    assert _merged(text, both) == [("protest", "طفس", 4)]


def test_a_death_under_torture_is_the_protests_cause_not_its_dead():
    text = "اعتصم العشرات في ساحة بلدة نوى احتجاجاً على مقتل سجين من أبنائها بالتعذيب داخل فرع أمني."
    recs = [_rec("protest", 0, text, "اعتصم", "نوى"), _rec("casualties", text.index("مقتل"), text, "مقتل")]
    assert _merged(text, recs) == [("protest", "نوى", None), ("casualties", None, None)]


def test_the_switch_is_in_the_json():
    assert json.loads(protest_dead.DATA.read_text(encoding="utf-8"))["enabled"] is True
