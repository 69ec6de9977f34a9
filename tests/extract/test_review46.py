"""review46's findings on stop 46's landings, each mended under its landing's switch; our own sentences, both states.

F1 (filter46, event_filter.json `short_doc.max_headlines`): `short_body` counts the sentences that are not headline
lines, and a bulletin of short lines reads every line but the last as a headline line: a paste of six news items was
"one sentence under a headline", and the short passage's hold (threshold 0.05) judged all of its acts.
"""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events import event_filter, mentions
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab

BULLETIN = ("قصف مدفعي يطال أطراف بلدة كفرعويد\n"
            "اعتقال أربعة شبان عند حاجز في حي القصور بحماة\n"
            "غارات للطيران الحربي على محيط جسر الشغور\n"
            "انفجار لغم أرضي بسيارة زراعية قرب مدينة منبج\n"
            "وقفة لأهالي المعتقلين أمام مبنى المحافظة في السويداء\n"
            "اشتباكات متقطعة بين فصيلين محليين في ريف درعا الشرقي.")
TITLED = "قصف مدفعي على كفرعويد\nسقطت عدة قذائف مدفعية صباح اليوم على أطراف بلدة كفرعويد."


def _feats(pipe, text: str) -> list[dict]:
    d = Document(text, published="2024-05-14", outlet="منصة المثال")
    pipe(d)
    ctx = Ctx(d, vocab())
    mentions.event_words(ctx)
    got = event_filter.unit_features(ctx, d["events"])
    for unit, _ in got:
        assert d.text[unit[0]["start"]:unit[0]["end"]] == unit[0]["trigger"]
    return [f for _, f in got]


@pytest.fixture
def max_headlines(monkeypatch):
    def set_(n):
        monkeypatch.setattr(event_filter, "load", lambda path=None, m={**event_filter.load(), "max_headlines": n}: m)
    return set_


def test_f1_a_bulletin_of_short_lines_is_no_short_passage(pipe, max_headlines):
    max_headlines(2)
    fs = _feats(pipe, BULLETIN)
    assert len(fs) >= 4 and all(f["short_body"] == 0.0 for f in fs)
    assert all(event_filter.cut(f, event_filter.load()) == event_filter.load()["threshold"] for f in fs)
    max_headlines(None)  # (as filter46 shipped it: every line but the last a headline, the body one sentence)
    fs = _feats(pipe, BULLETIN)
    assert all(f["short_body"] == 1.0 for f in fs)
    assert all(event_filter.cut(f, event_filter.load()) == 0.05 for f in fs)


def test_f1_a_titled_sentence_stays_short(pipe, max_headlines):
    for n in (2, None):
        max_headlines(n)
        fs = _feats(pipe, TITLED)
        assert fs and all(f["short_body"] == 1.0 for f in fs)


def test_f1_the_committed_file_sets_two_headline_lines():
    assert event_filter.load()["max_headlines"] == 2
