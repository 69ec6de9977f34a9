"""A country joined by «و» to the subject of a place verb is a second doer, not the verb's object (stop 47, finds47;
cues.json `subject_conjunct`): «ضربت مقاتلات النظام وروسيا بيوتاً…» is no strike at Russia; the act keeps the town its
sentence names. Off (the file's state: the gate tied on the first-run folds), the country is read as the object, as
before. Our own sentences."""
from __future__ import annotations

from marsad.extract.events import arguments
from marsad.extract.events.vocab import load_cues
from piped import brief

# a strike told after the town it hit, with an object verb (cues.json object_verbs) and with a place verb
STRUCK = "وفي بلدة حيش، جُرح ثلاثة مدنيين بعدما ضربت مقاتلات النظام وروسيا بيوتاً للنازحين عند المدخل الشمالي."
SHELLED = "أصيب طفلان في بلدة التمانعة حين قصفت مروحيات النظام وروسيا مدرسة عند أطرافها."


def _places(pipe, text: str) -> list[tuple[str, str | None]]:
    return brief(pipe, text)


def test_the_file_names_countries_and_is_off():
    c = load_cues()["subject_conjunct"]
    assert c["kinds"] == ["country"] and c["enabled"] is False and arguments._conjunct_kinds() == frozenset()


def test_on_the_strike_keeps_its_town(pipe, monkeypatch):
    monkeypatch.setattr(arguments, "_conjunct_kinds", lambda: frozenset(load_cues()["subject_conjunct"]["kinds"]))
    assert _places(pipe, STRUCK) == [("airstrike", "حيش")]
    assert _places(pipe, SHELLED) == [("airstrike", "التمانعة")]


def test_off_the_country_is_read_as_the_object(pipe):
    assert _places(pipe, STRUCK) == [("airstrike", "روسيا")]
    assert _places(pipe, SHELLED) == [("airstrike", "روسيا")]
