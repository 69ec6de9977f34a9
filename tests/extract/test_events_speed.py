"""The events stage's speed work (stop 24) must not change one answer: each shortcut is checked
against the slow form it replaces, on our own sentences. (The full check — every set's records
before and after — is benchmarks/bench_events_speed.py; no timing is asserted here.)"""
from __future__ import annotations

import pytest

from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.extract.events import arguments, place_chooser
from marsad.extract.events.attribution import Attribution
from marsad.extract.events.context import Ctx, _fold_tokens
from marsad.extract.events.vocab import ffold, vocab

# our own passages, several house styles: a wire round-up, a local network, a ministry statement
PASSAGES = [
    ("ذكر المرصد السوري لحقوق الإنسان أن مقاتلات روسية نفذت فجر الأحد ست غارات استهدفت بلدة "
     "كفرنبل بريف إدلب الجنوبي، فيما قصفت قوات النظام قرية حاس المجاورة بالمدفعية الثقيلة.", "2019-05-12"),
    ("أفادت شبكة «نداء الجنوب» بأن مجهولين اغتالوا مقاتلاً سابقاً من فصائل المعارضة قرب مدينة نوى "
     "غربي درعا، وذلك بعد يومين من تفجير عبوة ناسفة بسيارة عابرة على طريق طفس - المزيريب.", "2021-08-03"),
    ("أوضحت وزارة الداخلية السورية أن وحداتها أوقفت أفراد خلية مرتبطة بتنظيم «داعش» في "
     "مدينة تدمر بريف حمص الشرقي، وضبطت بحوزتها أسلحة وعبوات معدّة للتفجير.", "2025-04-20"),
    ("انشق 14 عسكرياً بينهم ضابطان عن كتيبة تابعة للنظام في ريف حماة الشمالي، ووصلوا إلى أماكن "
     "تسيطر عليها الفصائل في بلدة اللطامنة، بحسب ما ذكر ناشطون.", "2012-09-30"),
]


@pytest.fixture(scope="module")
def docs():
    from marsad.pipeline import Pipeline

    pipe = Pipeline(only=["published", "quantities", "dates", "entities", "places"])
    out = []
    for text, published in PASSAGES:
        d = Document(text, published=published, outlet="منصة المثال")
        pipe(d)
        out.append(d)
    return out


def test_tokens_folded_at_once_read_as_each_folded_alone():
    text = "قصفتْ الطائرات ـ بلدةَ «كفرنبل» ۱۲ مرة، وقُتل 3 مدنيين في Idlib يوم ٥ آذار!"
    toks = Document(text).tokens
    assert _fold_tokens(toks) == [ffold(t.text) for t in toks]
    # a token that holds a newline itself: the pieces would miscount, so each is folded alone
    odd = [Token(0, 3, "أ\nب"), Token(4, 7, "قصف")]
    assert _fold_tokens(odd) == [ffold("أ\nب"), ffold("قصف")]


def test_words_around_a_position_are_the_folded_tokens_there(docs):
    d = docs[0]
    ctx = Ctx(d, vocab())
    toks = d.tokens
    for pos in (0, 30, d.text.index("كفرنبل"), len(d.text) - 1):
        for n in (1, 3, 8):
            for floor in (0, 25, pos - 10):
                t = sum(1 for x in toks if x.start < pos)
                want = [ffold(x.text) for x in toks[max(0, t - n):t] if x.start >= floor]
                assert ctx.words_before(pos, n, floor=floor) == want
            for limit in (None, pos + 20, len(d.text)):
                t = sum(1 for x in toks if x.start < pos)
                lim = len(d.text) if limit is None else limit
                assert ctx.words_after(pos, n, limit) == [ffold(x.text) for x in toks[t:t + n] if x.end <= lim]


def test_a_callers_source_spans_are_its_own_list(docs):
    ctx = Ctx(docs[0], vocab())
    att = Attribution(ctx)
    first = att.spans(0)
    assert first, "the sentence names its source"
    first.append((0, 1))
    assert (0, 1) not in att.spans(0)


def test_usable_places_per_source_spans_do_not_leak_into_each_other(docs):
    d = docs[1]
    ctx = Ctx(d, vocab())
    free = [p["surface"] for p in arguments.usable_places(ctx, 0, [])]
    nawa = next(p for p in d["places"] if p["surface"] == "نوى")
    blocked = [p["surface"] for p in arguments.usable_places(ctx, 0, [(nawa["start"], nawa["end"])])]
    assert "نوى" in free and "نوى" not in blocked
    assert [p["surface"] for p in arguments.usable_places(ctx, 0, [])] == free


def test_the_lean_features_pick_what_the_full_features_pick(docs):
    from marsad.extract.events import EventExtractor

    ex = EventExtractor()
    model = place_chooser.load()
    checked = vetoed = 0
    for d in docs:
        ctx = Ctx(d, vocab())
        att = Attribution(ctx)
        for rec in ex.extract(d):
            cands = place_chooser.candidates(ctx, rec)
            full = place_chooser.features(ctx, att, rec, cands)
            lean = place_chooser.features(ctx, att, rec, cands, lean=True)
            assert [bool(f.get("veto")) for f in full] == [bool(f.get("veto")) for f in lean]
            for f, g in zip(full, lean):  # (the same features in the same order: the same sum)
                assert list(g.items()) == ([("veto", 1.0)] if f.get("veto") else list(f.items()))
            assert place_chooser.best(full, model["weights"], model["margin"]) == \
                place_chooser.best(lean, model["weights"], model["margin"])
            checked += 1
            vetoed += sum(1 for f in lean if f.get("veto"))
    assert checked >= 4 and vetoed >= 1


def test_a_hits_words_before_it_read_once_are_the_words_read_anew(docs):
    # stop 25: actors._words_before answers from the document's memo after the first reading
    from marsad.extract.events import actors

    for d in docs:
        ctx = Ctx(d, vocab())
        for a in ctx.m["actors"].items:
            for n in (1, 3, 5):
                first = actors._words_before(ctx, a.prefix_start, n)
                assert actors._words_before(ctx, a.prefix_start, n) is first  # (the memo's answer)
                assert first == actors._words_before_at(ctx, a.prefix_start, n)


def test_range_queries_with_the_ends_read_once_are_the_slow_ones(docs):
    # stop 25: context.Sorted compares the ends it read once instead of calling _end per item
    from marsad.extract.events.context import _end, _start

    for d in docs:
        ctx = Ctx(d, vocab())
        for lst in (ctx.places, ctx.quants, ctx.ents, ctx.m["actors"], ctx.m["triggers"]):
            for pos in range(0, len(d.text), 7):
                for e in (pos + 1, pos + 25, pos + 80):
                    assert lst.between(pos, e) == [x for x in lst.items if pos <= _start(x) < e and _end(x) <= e]
                assert lst.covering(pos) == [x for x in lst.items if pos - 200 <= _start(x) and _start(x) <= pos < _end(x)]
                i = max((k for k, x in enumerate(lst.items) if _start(x) <= pos), default=-1)
                while i >= 0 and _end(lst.items[i]) > pos:
                    i -= 1
                want = lst.items[i] if i >= 0 and _start(lst.items[i]) >= pos - 60 else None
                assert lst.last_before(pos, pos - 60) is want


def test_a_part_word_between_read_from_the_documents_list_is_the_slow_scan(docs):
    # stop 25: arguments._part_between bisects the part words' starts made once per document
    from marsad.extract.events.arguments import _PART_WORDS, _part_between

    for d in docs:
        ctx = Ctx(d, vocab())
        for a in range(0, len(d.text), 9):
            for b in (a + 5, a + 40, a + 200):
                slow = any(ffold(x.surface) in _PART_WORDS for x in ctx.m["breaks"].starting(a, b))
                assert _part_between(ctx, a, b) == slow
