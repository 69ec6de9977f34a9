"""Stop 41 (helper perf): steps of the events stage made linear in the text, with the same answers as before.
mentions._assassinations reads each death's own sentence (not every mention of the page) when it asks for an act told
before it; gapped._parted counts words of parts once a document and reads the count at both ends; gapped.joints groups
a record's mentions by sentence once. Our own sentences; the new readings checked against the old ones."""
from __future__ import annotations

from marsad.document import Document
from marsad.extract.events import gapped, mentions
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab

PAGE = ("اقتحمت قوات الأمن صباح الأربعاء بلدة الغارية واعتقلت أربعة شبان، ثم قُتل أحدهم برصاص عناصر الدورية. "
        "وفي مساء اليوم نفسه، قتل مسلحون مجهولون موظفاً في بلدة المسيفرة، فيما سقطت قذيفة على سوق قرية الكرك. "
        "وأحصت مصادر محلية تسعة قتلى، منهم ستة في الغارية، ومنهم ثلاثة في المسيفرة، وبينهم طفلان من الكرك.")


def _ctx(pipe, text: str):
    d = Document(text, published="2024-03-05", outlet="منصة المثال")
    pipe(d)
    ctx = Ctx(d, vocab())
    return ctx, mentions.find(ctx)


def test_an_act_before_a_death_is_read_in_its_sentence_alone(pipe):
    ctx, found = _ctx(pipe, PAGE)
    assert len({m.si for m in found}) >= 2
    for m in found:
        own = [o for o in found if o.si == m.si]
        assert mentions._struck_before(ctx, m, own) == mentions._struck_before(ctx, m, found)
    # (the killing by gunmen, an act once retyped, comes before the shell of its sentence; no act before the others)
    assert [m.surface for m in found if mentions._struck_before(ctx, m, found)] == ["قذيفة"]


def _parted_by_words(ctx, a: int, b: int) -> bool:
    """The reading before stop 41: every word between the two ends looked at."""
    words = ctx.ftoks[ctx.tok_of(a):ctx.tok_of(b) + 1]
    sub = ctx.v.subset
    return any(w.strip(gapped._PUNCT) in sub or w.strip(gapped._PUNCT).lstrip("و") in sub for w in words)


def test_words_of_parts_counted_once_read_as_before(pipe):
    ctx, _ = _ctx(pipe, PAGE)
    starts = [t.start for t in ctx.tokens] + [len(PAGE) + 5]
    assert any(_parted_by_words(ctx, a, b) for a in starts for b in starts)
    for a in starts[::2]:
        for b in starts:
            assert gapped._parted(ctx, a, b) == _parted_by_words(ctx, a, b), (a, b)
    first = PAGE.index("منهم")
    assert gapped._parted(ctx, 0, first) and not gapped._parted(ctx, 0, first - 3)
    assert not gapped._parted(ctx, first + 10, first - 10)  # (ends the wrong way round: nothing between)


def test_a_record_told_in_two_sentences_is_read_sentence_by_sentence(pipe):
    ctx, _ = _ctx(pipe, PAGE)
    s0, s1 = ctx.sents[0], ctx.sents[1]
    m0 = {"start": s0.start + 1, "end": s0.start + 4}
    m1 = {"start": s1.start + 1, "end": s1.start + 4}
    m2 = {"start": s0.start + 8, "end": s0.start + 12}
    r = {"mentions": [m1, m0, m2], "place": None}
    by_sent = gapped.joints(ctx, r)
    assert by_sent == gapped.joints(ctx, {"mentions": [m0, m2, m1], "place": None})
    assert gapped.joints(ctx, {"mentions": [], "place": None}) == []


def _m(start: int, role: str, low: int | None) -> "mentions.Mention":
    fig = None if low is None else {"low": low, "high": low, "surface": str(low)}
    return mentions.Mention(start, start + 3, "قصف", "shelling", "noun", None, 0, False, start, figure=fig, role=role)


def test_an_incident_s_figures_read_up_to_the_first_of_the_role():
    from marsad.extract.events.incidents import Incident, _figures

    inc = Incident(_m(0, "fatalities", 3))
    for k in range(1, 30):
        inc.add(_m(10 * k, "injured" if k % 2 else "count", 5 if k % 2 else None))
    assert _figures(inc, _m(400, "injured", 5)) == (True, True)
    assert _figures(inc, _m(400, "injured", 7)) == (False, False)
    assert _figures(inc, _m(400, "fatalities", 3)) == (True, True)
    assert _figures(inc, _m(400, "count", 2)) == (True, False)  # (no figure of the role told yet)
    assert _figures(inc, _m(400, "count", None)) == (True, False)


TOLD = "شنت طائرات حربية غارة على بلدة المزيريب. " + "وأفاد مراسلون أن الغارة على المزيريب قتلت ثلاثة مزارعين. " * 30


def test_one_strike_told_thirty_times_at_one_town_is_one_record(pipe):
    from piped import piped_events

    evs = piped_events(pipe, TOLD)
    strikes = [e for e in evs if e["type"] == "airstrike"]
    assert len(strikes) == 1, [(e["type"], (e["place"] or {}).get("surface")) for e in evs]
    assert strikes[0]["place"]["surface"] == "المزيريب" and strikes[0]["fatalities"]["low"] == 3
