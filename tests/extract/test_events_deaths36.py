"""The learned death attacher (stop 36, issue 10), on our own sentences: the act word classes (folded stems
opened by proclitics, a word of attack of no one type), the features of a casualties record (an act word linked
after the deaths, an act record in its sentence), the hook (a record retyped to the act the model prefers with
its subtype, kept under the margin, nothing changed while off, grouped and unasserted records left alone), the
trainer's labels and fit (the same data, the same weights), its refusal of held-out sets, and the committed
files (small; `enabled` as the gate left it)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from marsad.extract.events import deaths

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_death_attacher as tr  # noqa: E402

CLASH = "قُتل ثلاثة مزارعين خلال اشتباكات اندلعت قرب قرية تل الزيتون صباح الأحد."
STRIKE = "شنت طائرات حربية غارتين على بلدة المزرعة الشرقية. وقُتل أربعة مدنيين في البلدة."
TOLL = "ارتفع عدد ضحايا الريف الشمالي خلال الأسبوعين الأخيرين إلى 40 قتيلاً."


def rec(text: str, word: str, typ: str = "casualties", **kw) -> dict:
    """A record whose trigger is `word` in text, its sentence the stretch between full stops around it."""
    s = text.index(word)
    a = text.rfind(".", 0, s) + 1
    b = text.find(".", s) + 1 or len(text)
    while text[a] == " ":
        a += 1
    return {"type": typ, "start": s, "end": s + len(word), "trigger": word, "sentence_start": a, "sentence_end": b,
            "group": None, "modality": "asserted", "kind": "incident", **kw}


def model(**weights) -> dict:
    return {"enabled": True, "margin": 0.0, "weights": weights}


def test_act_words_are_found_behind_proclitics():
    assert deaths._act_of("بالغارات") == "airstrike"
    assert deaths._act_of("والاشتباكات") == "armed_clash"
    assert deaths._act_of("قذيفة") == "shelling"
    assert deaths._act_of("بتفجير") == "explosion"
    assert deaths._act_of("هجماتها") == "attack"
    assert deaths._act_of("المدرسة") is None


def test_features_of_deaths_told_with_their_act():
    r = rec(CLASH, "قُتل", fatalities={"low": 3, "high": 3})
    assert CLASH[r["start"]:r["end"]] == "قُتل"
    f = deaths.features(CLASH, [r], 0)
    assert f["armed_clash"]["word_linked_after"] == 1.0 and f["armed_clash"]["word_near"] == 1.0
    assert "word_same" not in f["airstrike"]
    assert f[deaths.KEEP]["keep&no_place"] == 1.0 and f[deaths.KEEP]["keep&no_figure"] == 0.0


def test_features_see_the_act_record_of_the_sentence_before():
    act = rec(STRIKE, "غارتين", "airstrike", count={"low": 2, "high": 2})
    dead = rec(STRIKE, "قُتل", fatalities={"low": 4, "high": 4})
    assert STRIKE[dead["sentence_start"]:dead["sentence_end"]] == "وقُتل أربعة مدنيين في البلدة."
    f = deaths.features(STRIKE, [act, dead], 1)
    assert f["airstrike"]["rec_prev"] == 1.0 and f["airstrike"]["rec_near_with_figure"] == 1.0
    assert f["airstrike"]["word_prev"] == 1.0 and f["airstrike"]["rec_share"] == 1.0
    assert "rec_prev" not in f["shelling"]


def test_the_hook_gives_the_deaths_to_their_act():
    r = rec(CLASH, "قُتل", fatalities={"low": 3, "high": 3}, subtype="killed")
    out = deaths.attach(CLASH, [r], model(keep=1.0, word_linked_after=2.0))
    assert out[0]["type"] == "armed_clash" and out[0]["subtype"] == "Armed clash"
    assert out[0]["fatalities"] == {"low": 3, "high": 3}


def test_the_hook_keeps_under_the_margin_and_while_off():
    r = rec(CLASH, "قُتل")
    assert deaths.attach(CLASH, [r], dict(model(keep=1.0, word_linked_after=2.0), margin=1.5))[0]["type"] == \
        "casualties"
    assert deaths.attach(CLASH, [dict(r)], dict(model(keep=1.0, word_linked_after=2.0), enabled=False))[0]["type"] \
        == "casualties"
    assert deaths.attach(TOLL, [rec(TOLL, "ضحايا")], model(keep=1.0, word_linked_after=2.0))[0]["type"] == \
        "casualties"  # no act word: nothing to give the toll to


def test_grouped_and_unasserted_records_are_left_alone():
    rs = [rec(CLASH, "قُتل", group=7), rec(CLASH, "قُتل", modality="denied"), rec(CLASH, "اشتباكات", "armed_clash")]
    assert deaths.candidates(rs) == []
    deaths.attach(CLASH, rs, model(word_linked_after=5.0))
    assert [r["type"] for r in rs] == ["casualties", "casualties", "armed_clash"]


def test_labels_follow_the_scorer():
    gold = {"id": "t1", "text": CLASH, "events": [{"type": "armed_clash", "count": (3.0, 3.0), "place": None}]}
    r = rec(CLASH, "قُتل", fatalities={"low": 3, "high": 3})
    assert tr.label(gold, [r], 0) == {"armed_clash"}
    kept = dict(gold, events=[{"type": "casualties", "count": (3.0, 3.0), "place": None}])
    assert tr.label(kept, [r], 0) == {deaths.KEEP}
    assert tr.label(dict(gold, events=[]), [r], 0) is None


def test_fit_is_deterministic():
    exs = [{"opts": {"keep": {"keep": 1.0}, "armed_clash": {"word_same": 1.0}}, "right": {"armed_clash"}},
           {"opts": {"keep": {"keep": 1.0}, "airstrike": {"rec_prev": 1.0}}, "right": {"keep"}}]
    w1, w2 = tr.fit(exs, steps=50), tr.fit(exs, steps=50)
    assert w1 == w2 and w1["word_same"] > 0 > w1["rec_prev"]


def test_the_trainer_refuses_held_out_sets():
    with pytest.raises(AssertionError):
        tr.load_set(tr.be.HELD_OUT[0])


def test_committed_files_are_small_and_flagged():
    raw = json.loads(deaths.WEIGHTS.read_text(encoding="utf-8"))
    assert set(raw) >= {"enabled", "margin", "weights"} and deaths.WEIGHTS.stat().st_size < 20_000
    assert isinstance(raw["enabled"], bool)
    c = json.loads(deaths.CUES.read_text(encoding="utf-8"))
    assert set(c["acts"]) >= {"armed_clash", "airstrike", "shelling", "explosion"} and "protest" in c["not_options"]


def test_offsets_of_a_later_sentence_are_the_text_offsets():
    text = "وصلت قافلة مساعدات إلى البلدة صباحاً. وقُتل طفلان جراء قذيفة سقطت قرب السوق."
    r = rec(text, "قُتل")
    toks = deaths._tokens(text, r["sentence_start"], r["sentence_end"])
    assert all(text[o:o + len(w)] == w for o, _, _, w in toks)
    f = deaths.features(text, [r], 0)
    assert f["shelling"]["word_linked_after"] == 1.0 and f["shelling"]["word_near"] == 1.0


def test_keep_features_of_a_parallel_story_and_a_means_of_its_own():
    text = "تقدمت القوات نحو التلة الشرقية، فيما قُتل رجلان برصاص قناص في السوق القديم."
    keep = deaths.features(text, [rec(text, "قُتل")], 0)[deaths.KEEP]
    assert keep["keep&after_parallel"] == 1.0 and keep["keep&own_cause"] == 1.0
    keep = deaths.features(CLASH, [rec(CLASH, "قُتل")], 0)[deaths.KEEP]
    assert keep["keep&after_parallel"] == 0.0 and keep["keep&own_cause"] == 0.0


def test_a_blast_word_a_stove_shares_names_no_act():
    assert deaths._act_of("بانفجار") is None
    assert deaths._act_of("عبوة") == "explosion"


@pytest.mark.parametrize("text", [
    "وصلت القافلة إلى البلدة. وقُتل طفلان!! ثم هدأ القصف؟\nوعاد الأهالي",
    "..\nقُتل رجل. وجُرح آخر.",
    "قتل رجل وجرح آخر في السوق دون أي علامة",
])
def test_the_sentence_around_an_offset_is_the_scan_from_the_start(text):
    """_sentence_at reads back to the nearest sentence start; it must give the span the scan from the text's
    start gives (or the whole text where no span holds the offset)."""
    for p in range(len(text)):
        want = next(((m.start(), m.end()) for m in deaths._SENT.finditer(text) if m.start() <= p < m.end()),
                    (0, len(text)))
        assert deaths._sentence_at(text, p) == want


def test_a_retyped_toll_is_the_acts_dead_not_its_count():
    """The dead of an act are its fatalities: a retype keeps the toll there and drops it from `count` (an export
    of the act would otherwise show its dead twice); a noun the new type counts keeps its count."""
    fig = {"low": 4, "high": 4, "approx": False}
    dead = rec(STRIKE, "قُتل", count=dict(fig), fatalities=dict(fig), counted="مدنيين")
    deaths.retype(dead, "airstrike")
    assert (dead["type"], dead["count"], dead["fatalities"]) == ("airstrike", None, fig)
    strikes = rec(STRIKE, "قُتل", count=dict(fig), fatalities=None, counted="صواريخ")
    deaths.retype(strikes, "airstrike")
    assert strikes["count"] == fig
