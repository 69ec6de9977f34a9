"""Verbs of striking or taking whose bare object is where the act happened (stop 46, cues.json `object_verbs`): a
second act told on a bare town after «ضربت» is an incident at that town; with the switch off the town is no place of
the act and the strike is joined into the one told before it. Our own sentences."""
from __future__ import annotations

from marsad.arabic.normalize import fold_str
from marsad.document import Document
from marsad.extract.events import arguments
from marsad.extract.places import verb_before_object

# two air attacks told in one sentence: fighter jets on one town in the morning, helicopters on a bare town after noon
TWO = ("قال ناشطون إن مقاتلات حربية أغارت على بلدة كفرزيتا صباح اليوم، "
       "وإن مروحيات تابعة للنظام ضربت مورك بعد الظهر.")


def _strikes(pipe, text: str) -> list[tuple[str | None, str]]:
    d = Document(text, published="2024-05-14", outlet="منصة المثال")
    pipe(d)
    out = []
    for e in d["events"]:
        if e["type"] == "airstrike":
            p = e.get("place")
            assert p is None or d.text[p["start"]:p["end"]] == p["surface"]
            out.append(((p or {}).get("surface"), e["trigger"]))
    return out


def test_the_switch_lists_the_verbs():
    got = arguments._object_verbs()
    assert fold_str("ضربت") in got and fold_str("طاولت") in got and fold_str("قصفت") not in got


def test_a_bare_town_after_a_listed_verb_is_its_object():
    words = [fold_str(w) for w in "ضربت طائرات النظام".split()]
    assert not verb_before_object(words)  # the places layer's own list has no «ضرب»
    assert verb_before_object(words, arguments._object_verbs())
    assert not verb_before_object([fold_str(w) for w in "ضربت الطائرات في".split()], arguments._object_verbs())


def test_on_the_second_strike_is_its_own_incident(pipe):
    assert _strikes(pipe, TWO) == [("كفرزيتا", "أغارت"), ("مورك", "ضربت")]


def test_off_the_second_strike_joins_the_first(pipe, monkeypatch):
    monkeypatch.setattr(arguments, "_object_verbs", lambda: frozenset())
    assert _strikes(pipe, TWO) == [("كفرزيتا", "أغارت")]
