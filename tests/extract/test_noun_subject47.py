"""An attack noun no weapon word types, the subject of a verb telling the act done, is the act told before it named
again (stop 47, data/events/noun_subject.json): a mention of that act's type at the noun's own town, with its dead.
Off, the noun is dropped and its dead go to the act of the sentence before. Our own sentences."""
from __future__ import annotations

from marsad.arabic.normalize import fold_str
from marsad.extract.events import mentions
from piped import brief

# artillery on one town, then «إن الضربة أصابت» a second town and killed four
STRUCK = ("قصفت المدفعية بلدة كفرنبل صباح الأحد. "
          "وقال الدفاع المدني إن الضربة أصابت مدينة سراقب وقتلت أربعة مدنيين.")


def _acts(pipe, text: str) -> list[tuple[str, str | None, str, int | None]]:
    return brief(pipe, text, "trigger", "dead")


def test_the_json_lists_the_verbs():
    conf = mentions._noun_subject_conf()
    assert conf["on"]
    assert fold_str("أصابت") in conf["verbs"] and fold_str("أوقعت") in conf["verbs"]
    assert "shelling" in conf["types"] and "casualties" not in conf["types"]


def test_on_the_noun_is_the_act_at_its_own_town(pipe):
    assert _acts(pipe, STRUCK) == [("shelling", "كفرنبل", "قصفت", None), ("shelling", "سراقب", "ضربة", 4)]


def test_off_the_noun_is_dropped(pipe, monkeypatch):
    conf = mentions._noun_subject_conf()
    monkeypatch.setattr(mentions, "_noun_subject_conf", lambda: dict(conf, on=False))
    assert _acts(pipe, STRUCK) == [("shelling", "كفرنبل", "قصفت", 4)]
