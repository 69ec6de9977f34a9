"""Stop 45, speed: `arguments._same_period` asks the sentence's folded words (once per sentence) before it folds
each token per mention, and `source_chooser.score` sums a list; records identical on every seen text
(bench_events_speed.py --rev 7d836bd1 --seen). Our own sentences."""
from __future__ import annotations

from types import SimpleNamespace

from marsad.document import Document
from marsad.extract.events import arguments, source_chooser
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import ffold, vocab
from marsad.pipeline import Pipeline
from piped import piped_events


def _ctx(text: str) -> Ctx:
    d = Document(text, published="2022-06-10", outlet="منصة المثال")
    Pipeline(only=["published", "quantities", "dates", "entities", "places"])(d)
    return Ctx(d, vocab())


def test_the_gate_sees_every_token_the_loop_would_match():
    # the gate's premise: a token whose fold is a «same» word is among its sentence's folded words
    same = arguments._report_words()[1]
    ctx = _ctx("سجلت اللجنة في تقرير شهر أيار 2022 وقوع تسعة انفجارات، وأحصت في الشهر ذاته 40 جريحاً في المخيمات.")
    si = ctx.sent_of(ctx.text.index("ذاته"))
    folded = [ffold(t.text) for t in ctx.tokens if ctx.sents[si].start <= t.start < ctx.sents[si].end]
    assert [f for f in folded if f in same] == [ffold("ذاته")]
    assert not same.isdisjoint(ctx.sent_words(si))


def test_a_sentence_with_no_same_word_has_no_same_period():
    ctx = _ctx("أحصت اللجنة في شهر أيار 2022 وقوع تسعة انفجارات في المخيمات.")
    m = SimpleNamespace(si=0)
    assert arguments._same_period(ctx, m) is None


def test_the_same_month_is_still_read(pipe):
    t = ("أحصى فريق الرصد في تقريره عن شهر أيار 2022 الذي أصدره اليوم مقتل 45 مدنياً. ورصد الفريق في الشهر ذاته "
         "اعتقال 80 شخصاً.")
    evs = piped_events(pipe, t, "2022-06-10")
    assert sorted((e["type"], e["date"]) for e in evs) == [("arrest", "2022-05"), ("casualties", "2022-05")]


def test_score_is_the_sum_of_weighted_features():
    f = {"a": 1.0, "b": 0.5, "c": 2.0}
    w = {"a": 0.25, "c": -1.5}
    assert source_chooser.score(f, w) == 0.25 * 1.0 + 0.0 * 0.5 + -1.5 * 2.0
    assert source_chooser.score({}, w) == 0
