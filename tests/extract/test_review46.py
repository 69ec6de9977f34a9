"""review46's findings on stop 46's landings, each mended under its landing's switch; our own sentences, both states.

F1 (filter46, event_filter.json `short_doc.max_headlines`): `short_body` counts the sentences that are not headline
lines, and a bulletin of short lines reads every line but the last as a headline line: a paste of six news items was
"one sentence under a headline", and the short passage's hold (threshold 0.05) judged all of its acts.

F2 (finds46, fronted_issuer.json `no_act`; the switch `enabled` is off as shipped): a fronted phrase before the
issuing verb that tells an act of its own («قتل ستة عمال بغارة، وأصدرت النقابة بياناً…») gave that act to the issuer.

F3 (finds46, not_a_place.json `named_for`, off as shipped): the head «باب» lost its «ب» as a proclitic («اب»), so
«باب X» never matched its own `heads` entry; the word is now read whole first.

F4 (figure46, told_dead.json `own_cause`; told_dead ON): a toll in the act's sentence that names a cause of its own
(«… في حين قتل ثلاثة أشخاص برصاص قناص», «بينما أعدم التنظيم أربعة أسرى») gave its dead to the strike or the clash.

F5 (place46, place_chooser.json `lookahead`, off as shipped): `told_again_doc` counted places by English name, and
every place the layer names none of is None: two different unnamed hamlets were one place told twice.

F6 (figure46, told_dead.json `tally`; told_dead ON): a running tally in the act's sentence («وبذلك يرتفع عدد القتلى في
المدينة منذ بداية الشهر إلى 60») was read as an aggregate at the act's place and given to the act as its dead.
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


# F2: an act told in the fronted phrase is the outlet's, not the issuer's
KILLED = "قتل ستة عمال بغارة جوية، وأصدرت نقابة الفلاحين بياناً استنكرت فيه الهجوم."
AFTER = "وإثر الغارة، أصدرت نقابة الفلاحين بياناً قالت فيه إن ستة عمال زراعيين قتلوا في الحقول."


@pytest.fixture
def fronted(monkeypatch):
    from marsad.extract.events import attribution

    def set_(no_act: bool):
        monkeypatch.setitem(attribution.FRONTED, "max_words", 5)
        monkeypatch.setitem(attribution.FRONTED, "no_act", no_act)
    return set_


def _reps(pipe, text: str) -> dict[str, str | None]:
    d = Document(text, published="2024-05-14", outlet="منصة المثال")
    pipe(d)
    out = {}
    for e in d["events"]:
        rep = e.get("reported_by") or {}
        if rep.get("start") is not None:
            assert text[rep["start"]:rep["end"]] == rep["surface"]
        out[e["type"]] = rep.get("surface")
    return out


def test_f2_an_act_in_the_fronted_phrase_stays_the_outlets(pipe, fronted):
    fronted(True)
    assert _reps(pipe, KILLED) == {"airstrike": "منصة المثال", "statement": "نقابة الفلاحين"}
    fronted(False)  # (as finds46 wrote it: the issuer took the strike)
    assert _reps(pipe, KILLED)["airstrike"] == "نقابة الفلاحين"


def test_f2_a_fronted_phrase_of_no_act_still_opens_the_issuers_sentence(pipe, fronted):
    fronted(True)
    assert _reps(pipe, AFTER)["airstrike"] == "نقابة الفلاحين"


# F3: «باب X», a gate named for a town, is no place at that town
GATE = "انفجرت عبوة ناسفة قرب باب حمص صباح اليوم."


@pytest.fixture
def named_for(monkeypatch):
    from marsad.extract.events import not_a_place

    nf = {k: v for k, v in not_a_place._load()["named_for"].items() if k != "enabled"}
    monkeypatch.setitem(not_a_place.FLAGS, "named_for", {**nf, "enabled": True})
    return not_a_place


def test_f3_the_head_bab_is_read_whole(pipe, named_for):
    c = named_for.conf()
    assert named_for._in("باب", c["nf_heads"], c) and named_for._in("وباب", c["nf_heads"], c)
    assert not named_for._in("اب", c["nf_heads"], c)
    d = Document(GATE, published="2024-05-14", outlet="منصة المثال")
    pipe(d)
    (e,) = [e for e in d["events"] if e["type"] == "explosion"]
    assert e.get("place") is None


def test_f3_off_the_town_is_the_place(pipe):
    d = Document(GATE, published="2024-05-14", outlet="منصة المثال")
    pipe(d)
    (e,) = [e for e in d["events"] if e["type"] == "explosion"]
    assert e["place"]["surface"] == "حمص" and GATE[e["place"]["start"]:e["place"]["end"]] == "حمص"


# F4: dead of another cause told beside a figureless act stay their own record
SNIPED = "أغارت مقاتلات حربية على بلدة الهبيط ظهر الثلاثاء، في حين قتل خمسة رعاة برصاص قناص عند أطرافها."
EXECUTED = "تواصلت المواجهات العنيفة في قرية الرهجان طوال الليل، بينما أعدم المسلحون سبعة أسرى في القرية."
STRUCK = "أغارت مقاتلات حربية على بلدة الهبيط عند الظهيرة فقتلت خمسة رعاة كانوا في المراعي."


@pytest.fixture
def own_cause(monkeypatch):
    from marsad.extract.events import told_dead

    shipped = dict(told_dead.conf()["own_cause"])

    def set_(on: bool):
        monkeypatch.setitem(told_dead.conf(), "own_cause", shipped if on else {})
    return set_


def _dead(pipe, text: str) -> list[tuple[str, int | None]]:
    d = Document(text, published="2024-05-14", outlet="منصة المثال")
    pipe(d)
    for e in d["events"]:
        q = e.get("quantity") or {}
        if q.get("start") is not None:
            assert text[q["start"]:q["end"]] == q["surface"]
    return [(e["type"], (e.get("fatalities") or {}).get("low")) for e in d["events"]]


@pytest.mark.parametrize("text,act,n", [(SNIPED, "airstrike", 5), (EXECUTED, "armed_clash", 7)])
def test_f4_dead_of_their_own_cause_are_not_the_acts(pipe, own_cause, text, act, n):
    own_cause(True)
    got = _dead(pipe, text)
    assert (act, None) in got and ("casualties", n) in got
    own_cause(False)  # (as figure46 shipped it: the act took them)
    assert _dead(pipe, text) == [(act, n)]


def test_f4_the_strikes_own_dead_still_go_to_it(pipe, own_cause):
    own_cause(True)
    assert _dead(pipe, STRUCK) == [("airstrike", 5)]


# F5: two unnamed hamlets are not one place told again; a named town told twice is
HAMLETS = "دكت المدفعية مزرعة العرجون ومزرعة الشيحة قرب بلدة كفرعويد. وعادت القذائف لتسقط على كفرعويد."


def test_f5_unnamed_places_are_not_one_name(monkeypatch):
    from marsad.extract.events import place_chooser
    from test_events import _doc
    from test_place_chooser import _ctx

    d = _doc(HAMLETS, places=[("العرجون", None, None, "Idlib"), ("الشيحة", None, None, "Idlib"),
                              ("كفرعويد", "K1", "Kafr Uwayd", "Idlib"), ("كفرعويد", "K1", "Kafr Uwayd", "Idlib")])
    d["places"][-1].update(start=HAMLETS.rindex("كفرعويد"), end=HAMLETS.rindex("كفرعويد") + len("كفرعويد"))
    ctx, att = _ctx(d)
    got = {}
    for c in ctx.places.items:
        assert HAMLETS[c["start"]:c["end"]] == c["surface"]
        f: dict = {}
        monkeypatch.setattr(place_chooser, "then", lambda *a: None)
        place_chooser._lookahead(ctx, {"start": 0, "end": 3, "type": "shelling"}, c, list(ctx.places.items),
                                 "locality", f)
        got[c["surface"]] = f["told_again_doc"]
    assert got == {"العرجون": 0.0, "الشيحة": 0.0, "كفرعويد": 1.0}


# F6: a running tally at the act's place is no act's dead
TALLY = "أغارت مقاتلات حربية على مدينة معرة النعمان عند الفجر، ليرتفع عدد ضحايا المدينة منذ مطلع آذار إلى 47 قتيلاً."


@pytest.fixture
def tally(monkeypatch):
    from marsad.extract.events import told_dead

    shipped = told_dead.conf()["tally"]

    def set_(on: bool):
        monkeypatch.setitem(told_dead.conf(), "tally", shipped if on else ())
    return set_


def test_f6_a_running_tally_stays_a_sum(pipe, tally):
    tally(True)
    assert ("airstrike", None) in _dead(pipe, TALLY) and ("casualties", 47) in _dead(pipe, TALLY)
    tally(False)  # (as figure46 shipped it: the strike took the month's dead)
    assert _dead(pipe, TALLY) == [("airstrike", 47)]
