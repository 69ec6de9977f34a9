"""Stop 28, triggers by lemma (types.json `lemmas`, marsad.arabic.inflect): a lemma expands into every
written form of its verb or noun in the one trigger automaton; a form listed by hand wins over a
generated one; the future forms are read as to come. Our own sentences, through the whole pipeline,
every span checked."""
from __future__ import annotations

import copy

import pytest

from marsad.arabic.normalize import fold_str
from marsad.extract.events import vocab as vocab_mod
from marsad.extract.events.vocab import Vocab, load_types


@pytest.fixture()
def patched_types(monkeypatch):
    """types.json with extra lemmas of our own, for the mechanism alone."""
    def patch(typ: str, lemmas: dict):
        t = copy.deepcopy(load_types())
        spec = t["attack"] if typ == "attack" else t["types"][typ]
        spec.setdefault("lemmas", {}).update(lemmas)
        monkeypatch.setattr(vocab_mod, "load_types", lambda: t)
        return Vocab()
    return patch


def _infos(v: Vocab, form: str) -> list[dict]:
    return v.triggers.get(form)


def test_lemma_expands_into_the_trigger_automaton(patched_types):
    v = patched_types("arrest", {"حبس": "verb needs=شاب|شبان"})
    for form in ("حبسوهم", "يحبسون", "حبستهم"):
        (info,) = _infos(v, form)
        assert info["type"] == "arrest" and info["pos"] == "verb"
        assert info["needs"] == (fold_str("شاب"), fold_str("شبان"))
    # the one automaton every list is scanned with holds the generated forms too
    assert fold_str("حبسوهم") in v.scan


def test_a_form_listed_by_hand_wins(patched_types):
    # «اقتادت» is listed by hand with the words it needs; the lemma's description stays off it
    v = patched_types("arrest", {"اقتاد": "verb"})
    (hand,) = _infos(v, "اقتادت")
    assert hand["needs"]  # the listed description
    (gen,) = _infos(v, "اقتادتهم")
    assert gen["type"] == "arrest" and gen["needs"] == ()
    # a form another type lists is not given a second reading either («قصف»: attack, by hand)
    v = patched_types("shelling", {"قصف": "verb"})
    assert [i["type"] for i in _infos(v, "قصف")] == ["attack"]
    assert [i["type"] for i in _infos(v, "قصفتها")] == ["shelling"]


def test_future_forms_are_marked(patched_types):
    v = patched_types("arrest", {"حبس": "verb"})
    (fut,) = _infos(v, "سيحبسون")
    assert fut.get("future") is True
    (past,) = _infos(v, "حبسوا")
    assert "future" not in past


def test_types_json_lemmas_expand_without_error():
    v = Vocab()
    assert v.lemma_forms >= 0
    for typ, spec in [*load_types()["types"].items(), ("attack", load_types()["attack"])]:
        for lemma, s in spec.get("lemmas", {}).items():
            assert vocab_mod.expand(lemma, s), (typ, lemma)
