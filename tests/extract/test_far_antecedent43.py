"""A place noun whose antecedent is told three sentences back, the sentences between naming no place, stands for it
(stop 43, helper place; far_antecedent.py, data/events/far_antecedent.json `enabled`, `reach`). Our own sentences, run
through the whole pipeline; every span checked."""
from __future__ import annotations

import pytest

from marsad.extract.events import far_antecedent
from piped import piped_events as _piped

TAKEN = "سيطرت القوات الحكومية صباح الأربعاء على حي الخالدية في حمص. "
AFTER = "وقال ناشطون إن معظم العائلات هجرت الحي المدمر منذ أيام. وأحصى المرصد مقتل تسعة مدنيين قرب الحي مساء اليوم."
QUIET = TAKEN + "وأكدت مصادر معارضة أن المقاتلين انسحبوا من الحي ليلاً. " + AFTER
NAMED = TAKEN + "وأكدت مصادر معارضة أن اشتباكات عنيفة اندلعت ليلاً في بلدة تلبيسة. " + AFTER


@pytest.fixture
def switch(monkeypatch):
    def set_(**flags):
        monkeypatch.setattr(far_antecedent, "FLAGS", dict(flags))
    return set_


def _dead_place(pipe, text):
    evs = [e for e in _piped(pipe, text) if e["type"] == "casualties" and e["modality"] == "asserted"]
    assert len(evs) == 1 and evs[0]["fatalities"]["low"] == 9
    p = evs[0]["place"]
    assert p is None or text[p["start"]:p["end"]] == p["surface"]
    return (p["surface"], p["start"]) if p else None


def test_the_quarter_told_three_sentences_back(pipe, switch):
    switch(enabled=True)
    assert _dead_place(pipe, QUIET) == ("حي الخالدية", 40)
    switch(enabled=False)
    assert _dead_place(pipe, QUIET) is None
    switch(enabled=True, reach=2)
    assert _dead_place(pipe, QUIET) is None


def test_a_place_named_between_stops_the_chain(pipe, switch):
    switch(enabled=True)
    on = _dead_place(pipe, NAMED)
    switch(enabled=False)
    assert on == _dead_place(pipe, NAMED) == ("تلبيسة", 118)


def test_the_sentences_asked():
    far_antecedent.FLAGS.update(enabled=True, reach=5)
    try:
        assert far_antecedent.sentences(6, lambda k: False) == [5, 4, 3, 2, 1]
        assert far_antecedent.sentences(6, lambda k: k == 3) == [5, 4, 3]
        assert far_antecedent.sentences(6, lambda k: k == 4) == [5, 4]
        assert far_antecedent.sentences(1, lambda k: False) == [0]
        far_antecedent.FLAGS["enabled"] = False
        assert far_antecedent.sentences(6, lambda k: False) == [5, 4]
    finally:
        far_antecedent.FLAGS.clear()
