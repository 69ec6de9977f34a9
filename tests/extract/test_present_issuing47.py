"""The present-tense forms of the issuing verbs issue as the past forms do (stop 47, finds47; cues.json
`present_issuing`): «وتصدر الهيئة بياناً…» names the statement's issuer, its source; a negated «لم يصدر» issues
nothing. Off (the file's state: a tie on the gate), the sentence names no source and the outlet tells it. Our own
sentences."""
from __future__ import annotations

import pytest

from marsad.arabic.normalize import fold_str
from marsad.document import Document
from marsad.extract.events import attribution
from marsad.extract.events.vocab import load_cues

ISSUED = "وتصدر هيئة الإغاثة المحلية بياناً تدين فيه قصف المستوصف في بلدة تلمنس."
NONE = "ولم يصدر عن هيئة الإغاثة المحلية أي بيان بعد قصف المستوصف في بلدة تلمنس."


def _sources(pipe, text: str) -> list[tuple[str, str]]:
    d = Document(text, published="2024-05-14", outlet="منصة المثال")
    pipe(d)
    return [(e["type"], e["reported_by"]["surface"]) for e in d["events"]]


@pytest.fixture
def on(monkeypatch):
    words = frozenset(fold_str(w) for w in load_cues()["present_issuing"]["words"])
    monkeypatch.setattr(attribution, "present_issuing", lambda: words)
    monkeypatch.setattr(attribution, "_ISSUE_WORDS", None)
    yield
    attribution._ISSUE_WORDS = None  # (read again with the switch as the file has it)


def test_the_file_lists_the_present_forms_and_is_off():
    assert fold_str("تصدر") in {fold_str(w) for w in load_cues()["present_issuing"]["words"]}
    assert attribution.present_issuing() == frozenset() and fold_str("تصدر") not in attribution._issue_words()[0]


def test_on_the_issuer_tells_its_statement(pipe, on):
    assert fold_str("تصدر") in attribution._issue_words()[0]
    assert _sources(pipe, ISSUED) == [("statement", "هيئة الإغاثة المحلية"), ("shelling", "هيئة الإغاثة المحلية")]


def test_on_a_negated_form_issues_nothing(pipe, on):
    assert all(src == "منصة المثال" for _, src in _sources(pipe, NONE))


def test_off_the_outlet_tells_it(pipe):
    assert _sources(pipe, ISSUED) == [("statement", "منصة المثال"), ("shelling", "منصة المثال")]
