"""Stop 46 (helper extras46): joins.json `fight_led_to_told` — a fight after «إثر/بعد/عقب» in the sentence of a
taking told before it is how the place was taken: one record, the taking, with the fight's dead, even where the
fight is placed at the area around the places taken. Our own sentences; each test sets the state it tests."""
import pytest

from marsad.document import Document
from marsad.extract.events import tellings
from marsad.extract.events.vocab import _json

PUBLISHED = "2025-05-20"
AREA = ("أعلنت فصائل المعارضة صباح اليوم أنها بسطت سيطرتها بالكامل على قرية الحويز وقرية الشريعة في منطقة سهل الغاب، "
        "إثر مواجهات عنيفة سقط خلالها 12 قتيلاً بين جنود الجيش.")
APART = ("سيطرت قوات النظام على بلدة كفرنبودة صباح اليوم، فيما اندلعت مواجهات عنيفة في مدينة اللطامنة "
         "بين الفصائل وعناصر النظام.")


def _runner(on: bool, monkeypatch):
    from marsad.pipeline import Pipeline
    real = tellings.switched
    monkeypatch.setattr(tellings, "switched", lambda key: on if key == "fight_led_to_told" else real(key))
    pipe = Pipeline()

    def run(text: str) -> list[tuple]:
        doc = Document(text, published=PUBLISHED, outlet="منصة المثال")
        pipe(doc)
        out = []
        for e in doc.layers["events"]:
            assert text[e["start"]:e["end"]] == e["trigger"]
            f = e.get("fatalities") or {}
            out.append((e["type"], (e["place"] or {}).get("surface"), f.get("low")))
        return out
    return run


def test_the_switch_ships_on():
    assert _json("joins.json")["fight_led_to_told"]["enabled"] is True


def test_the_fight_a_taking_came_through_is_the_taking(monkeypatch):
    on = _runner(True, monkeypatch)(AREA)
    assert on == [("territory_change", "الحويز", 12), ("territory_change", "الشريعة", None)]


def test_off_the_fight_at_the_area_stays_a_clash(monkeypatch):
    off = _runner(False, monkeypatch)(AREA)
    assert off == [("territory_change", "الحويز", None), ("territory_change", "الشريعة", None),
                   ("armed_clash", "سهل الغاب", 12)]


def test_a_fight_after_a_clause_break_is_its_own(monkeypatch):
    for on in (True, False):
        got = _runner(on, monkeypatch)(APART)
        assert sorted(r[0] for r in got) == ["armed_clash", "territory_change"]


def test_a_telling_of_its_own_between_parts_them():
    words = _json("joins.json")["fight_led_to_told"]["not_between"]
    assert "إنها" in words and "قائلا" in words
