"""A learned death attacher (issue 10): a `casualties` record that tells the dead of an act of its
passage takes that act's type.

Why: the contract attaches deaths and injuries to the act that caused them and keeps `casualties` for
deaths with no act stated; a death split from the strike that caused it is a wrong answer. The rules
leave a `casualties` record where the act's word was not taken as a trigger («قُتل تسعة خلال إنزال
جوي», «بعد مواجهات عنيفة سقط فيها خمسة», «بمقتل 11 خلال هجماتهم على القرية») or where the act is
told in the passage around the deaths (the dead of a protest told town by town). Rules written one
wording at a time did not carry (stops 26-33); this chooses among the act types with a conditional
logit over GENERAL features of the record and its passage: act records of each type in its sentence,
the one before and the passage, act words of each type (closed classes, ``data/events/death_cues.json``)
near the deaths, after a link («جراء», «خلال», «في») or before a pronoun link («فيها»), and what the
record is (an aggregate, a figure, a place, a toll word, deaths after a parallel story's «فيما», deaths told
with a means of their own: «برصاص قناص», «أعدم»).

It reads only the finished records and the text, so the benchmark can replay it on the output of an
older tree (the first-run folds). The model (``data/events/death_attacher.json``, written by
``scripts/train_death_attacher.py``) has `enabled`, `margin` and weights by feature name; a record is
retyped when the best act outscores keeping it by `margin`. Grouped records and records not asserted
are left alone. Cost: one pass over each casualties record's sentence and the one before (linear).

A record given to an act of which the passage already has an asserted, ungrouped, non-aggregate record in its
sentence, the one before or the one after (same place or none on one side, same day or none) is that act told
again (stop 36 round 3, merge3: retypes had raised the second tellings): it is merged into that record (its dead
and wounded where the act has none, its mentions, its source if the act had none) instead of staying a second
record. `MERGE` turns that off. Cost: act records keyed by sentence once a document, three look-ups a record.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ...arabic.normalize import fold_str

DATA = Path(__file__).resolve().parents[2] / "data" / "events"
WEIGHTS = DATA / "death_attacher.json"
CUES = DATA / "death_cues.json"
ENABLED = True  # the training script turns the hook off to see the records the rules emit
MERGE = True  # a retyped record that tells an act the passage already has becomes that act's fatalities (merge)
KEEP = "keep"
_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0670-\u06d3]+")
_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "ال", "و", "ف", "ب", "ل", "ك")
_NEAR = 6  # tokens either side of the deaths' trigger that count as near
_ENDS = ".!؟?\n"
_SENT = re.compile(f"[^{_ENDS}]+[{_ENDS}]*")


@lru_cache(maxsize=4)
def load(path: str | None = None) -> dict:
    p = Path(path) if path else WEIGHTS
    raw = json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}
    return {"enabled": bool(raw.get("enabled", False)), "margin": float(raw.get("margin", 0.0)),
            "weights": raw.get("weights", {})}


@lru_cache(maxsize=1)
def cues() -> dict:
    raw = json.loads(CUES.read_text(encoding="utf-8"))
    def fold(ws):
        return tuple(dict.fromkeys(fold_str(w) for w in ws))
    return {"acts": {t: fold(v) for t, v in raw["acts"].items()}, "links": frozenset(fold(raw["links"])),
            "pronoun_links": frozenset(fold(raw["pronoun_links"])), "toll": frozenset(fold(raw["toll"])),
            "attack": fold(raw["attack"]), "parallel": frozenset(fold(raw["parallel"])),
            "own_cause": fold(raw["own_cause"]), "not_options": frozenset(raw.get("not_options", ()))}


def _bases(word: str) -> list[str]:
    """A folded word and the same word without each proclitic cluster it may open with."""
    f = fold_str(word)
    return [f] + [f[len(p):] for p in _PROCLITICS if f.startswith(p) and len(f) - len(p) >= 3]


@lru_cache(maxsize=65536)
def _act_of(word: str) -> str | None:
    """The act type whose word class holds `word` (its stem opens the word), `attack` for a word of an
    attack of no one type, or None."""
    for b in _bases(word):
        for t, stems in cues()["acts"].items():
            if any(b.startswith(s) for s in stems):
                return t
        if any(b.startswith(s) for s in cues()["attack"]):
            return "attack"
    return None


@lru_cache(maxsize=64)
def _tokens(text: str, a: int, b: int) -> tuple[tuple[int, str, str | None, str], ...]:
    """(offset, folded word, act type or None, word) of the words in text[a:b]. Kept for a few spans: the casualties
    records of one passage read the same first sentence, and often the same sentence and the one before. Emptied
    after each document (apply_model): a key holds its document's text, and no memo may keep a document past the
    last few (tests/cluster/test_memory.py)."""
    return tuple((m.start(), fold_str(m.group()), _act_of(m.group()), m.group()) for m in _WORD.finditer(text, a, b))


def _sentence(text: str, r: dict) -> tuple[int, int]:
    a, b = r.get("sentence_start"), r.get("sentence_end")
    if a is not None and b:
        return a, b
    return _sentence_at(text, r["start"])


def _sentence_at(text: str, p: int) -> tuple[int, int]:
    """The _SENT span holding offset p, read from the nearest sentence start before p (a word after a sentence
    end): every _SENT match starts at one, so the matches from there are those from the text's start, and a
    scan from the start would cost the passage's length per record."""
    j = p
    while j > 0 and not (text[j - 1] in _ENDS and text[j] not in _ENDS):
        j -= 1
    for m in _SENT.finditer(text, j):
        if m.start() > p:
            break
        if p < m.end():
            return m.start(), m.end()
    return 0, len(text)


def acts() -> tuple[str, ...]:
    """The types a record may be given to (death_cues.json `not_options` aside)."""
    return tuple(t for t in cues()["acts"] if t not in cues()["not_options"])


def index(records: list[dict]) -> dict[str, list[tuple[int, bool]]]:
    """{type: sorted (start, has a figure)} of the asserted records: built once a document, so that each
    casualties record reads the acts around it by bisection (linear in the document, not in records squared)."""
    out: dict[str, list[tuple[int, bool]]] = {}
    for o in records:
        if o.get("modality", "asserted") == "asserted":
            out.setdefault(o["type"], []).append((o["start"], bool(o.get("fatalities") or o.get("count"))))
    return {t: sorted(v) for t, v in out.items()}


def _in(recs: list[tuple[int, bool]], a: int, b: int) -> list[tuple[int, bool]]:
    return recs[bisect_left(recs, (a, False)):bisect_left(recs, (b, False))]


def features(text: str, records: list[dict], i: int, idx: dict | None = None) -> dict[str, dict[str, float]]:
    """{option: {feature: value}} for record i (a casualties record): `keep` and each act type."""
    r, idx = records[i], idx if idx is not None else index(records)
    a, b = _sentence(text, r)
    prev = _sentence(text, {"start": max(a - 2, 0)}) if a > 0 else (0, 0)
    toks = _tokens(text, a, b)
    at = next((k for k, t in enumerate(toks) if t[0] >= r["start"]), len(toks))
    n_acts = sum(len(v) for t, v in idx.items() if t != "casualties") or 1
    out = {KEEP: _keep(text, r, toks, idx)}
    out[KEEP]["keep&after_parallel"] = float(any(x[1] in cues()["parallel"] for x in toks[:at]))
    out[KEEP]["keep&own_cause"] = float(any(b.startswith(c) for x in toks[max(at - 1, 0):at + _NEAR]
                                            for b in _bases(x[3]) for c in cues()["own_cause"]))
    shared = _words(toks, "attack", at, "attack")
    prev_acts = {x[2] for x in _tokens(text, *prev)} if prev != (a, b) else set()
    head = _sentence(text, {"start": 0})
    head_acts = {x[2] for x in _tokens(text, *head)} if head != (a, b) else set()
    for t in acts():
        recs = idx.get(t, [])
        same, near = _in(recs, a, b), _in(recs, prev[0], b)
        f = {f"type:{t}": 1.0, "rec_same": float(bool(same)), "rec_same_no_figure": float(any(not x[1] for x in same)),
             "rec_prev": float(bool(_in(recs, *prev))), "rec_near_with_figure": float(any(x[1] for x in near)),
             "rec_share": len(recs) / n_acts, "word_prev": float(t in prev_acts), "word_head": float(t in head_acts),
             "aggregate": float(r.get("kind") == "aggregate"), **_words(toks, t, at, "word")}
        out[t] = {k: v for k, v in {**f, **shared}.items() if v}
    return out


def _keep(text: str, r: dict, toks: Sequence, idx: dict) -> dict[str, float]:
    """The features of keeping the record as `casualties`: what it is (an aggregate, a figure, a place, a toll)."""
    c = cues()
    toll = any(t[1] in c["toll"] or any(x in c["toll"] for x in _bases(t[3])) for t in toks)
    fig = r.get("fatalities") or r.get("count") or r.get("injured")
    return {"keep": 1.0, "keep&aggregate": float(r.get("kind") == "aggregate"), "keep&no_figure": float(not fig),
            "keep&no_place": float(not r.get("place")), "keep&toll_word": float(toll),
            "keep&other_casualties": float(len(idx.get("casualties", [])) > 1)}


def _words(toks: Sequence, t: str, at: int, name: str) -> dict[str, float]:
    """Where the words of class t stand in the sentence against the deaths' trigger (token `at`)."""
    words = [k for k, x in enumerate(toks) if x[2] == t]
    pron = any(x[1] in cues()["pronoun_links"] for x in toks[at:at + _NEAR])
    return {f"{name}_same": float(bool(words)), f"{name}_near": float(any(abs(k - at) <= _NEAR for k in words)),
            f"{name}_linked_after": float(_linked(toks, words, at)),
            f"{name}_before_pronoun_link": float(pron and any(k < at for k in words))}


def _linked(toks: Sequence, words: list[int], at: int) -> bool:
    """An act word after the deaths' trigger right after a link («خلال», «جراء») or opened by «ب»."""
    links = cues()["links"]
    return any(k > 0 and (toks[k - 1][1] in links or toks[k][1][:1] == "ب") for k in words if k >= at)


def score(feats: dict[str, float], weights: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in feats.items())


def choose(opts: dict[str, dict[str, float]], weights: dict[str, float], margin: float) -> str:
    """The option to take: the best act when it beats keeping by `margin`, else keep."""
    s = {o: score(f, weights) for o, f in opts.items()}
    best = max((o for o in s if o != KEEP), key=lambda o: (s[o], o))
    return best if s[best] - s[KEEP] > margin else KEEP


def candidates(records: list[dict]) -> list[int]:
    """The records the attacher may retype: asserted casualties records told alone (no group)."""
    return [i for i, r in enumerate(records) if r["type"] == "casualties" and r.get("group") is None and
            r.get("modality", "asserted") == "asserted"]


def retype(r: dict, t: str) -> None:
    """Record r told as the dead of an act of type t: its toll becomes the act's fatalities, and its `count` goes
    unless type t counts that noun (the contract's count is what the act is about: strikes, shells; an ACLED
    export of the act must not show its dead twice)."""
    from .vocab import counts_for, vocab
    v = vocab()
    r["type"] = t
    r["subtype"] = v.types[t]["acled"][1]
    if r.get("count") is not None and not counts_for(v, t, r.get("counted")):
        r["count"] = None


def attach(text: str, records: list[dict], model: dict | None = None, hold: frozenset = frozenset()) -> list[dict]:
    """The hook: each candidate record the model gives to an act takes that act's type (not the records `hold` names by
    id: a toll of separate incidents, incidents.tolls_apart)."""
    model = model or load()
    if not ENABLED or not model["enabled"]:
        return records
    return apply_model(text, records, model, hold)


def apply_model(text: str, records: list[dict], model: dict, hold: frozenset = frozenset()) -> list[dict]:
    """The retypes of `model`, whatever the flags say (the trainer's cost measure runs it with the hook off). The
    records are read as the rules left them: a retype does not feed the next record's features."""
    todo = [i for i in candidates(records) if id(records[i]) not in hold] if hold else candidates(records)
    idx = index(records) if todo else {}
    given: list[tuple[int, str]] = []
    try:
        for i in todo:
            t = choose(features(text, records, i, idx), model["weights"], model["margin"])
            if t != KEEP:
                given.append((i, t))
    finally:
        _tokens.cache_clear()  # (its spans are this document's)
    acts_at = _acts_by_sentence(text, records, {t for _, t in given}) if MERGE and given else {}
    gone: set[int] = set()
    for i, t in given:
        j = _same_act(text, records, i, t, acts_at) if MERGE else None
        if j is None:
            retype(records[i], t)
        else:
            merge(records[j], records[i])
            gone.add(i)
    return [r for k, r in enumerate(records) if k not in gone] if gone else records


def _acts_by_sentence(text: str, records: list[dict], types: set[str]) -> dict[int, list[int]]:
    """{sentence start: indices of the records an attached death may join}: asserted one-place incidents of the
    given types, read once a document (each casualties record then looks up three sentences, not the passage)."""
    out: dict[int, list[int]] = {}
    for j, o in enumerate(records):
        if o["type"] in types and o.get("group") is None and o.get("kind", "incident") != "aggregate" and \
                o.get("modality", "asserted") == "asserted":
            out.setdefault(_opening(text, _sentence(text, o)[0]), []).append(j)
    return out


def _opening(text: str, p: int) -> int:
    """The first letter at or after p: the records' sentences (the pipeline's) and _SENT's (a leading space after
    the end mark) name one sentence by one key."""
    while p < len(text) and text[p].isspace():
        p += 1
    return p


def _near(text: str, a: int, b: int) -> list[int]:
    """The keys of the sentence a..b, the one before and the one after."""
    j = a - 1
    while j > 0 and (text[j].isspace() or text[j] in _ENDS):
        j -= 1
    return [_opening(text, a)] + ([_opening(text, _sentence_at(text, j)[0])] if j > 0 else []) + \
        ([_opening(text, b)] if _opening(text, b) < len(text) else [])


def _same_act(text: str, records: list[dict], i: int, t: str, acts_at: dict[int, list[int]]) -> int | None:
    """The record of type t that tells the act whose dead record i tells, or None: in i's sentence, else the one
    before, else the one after; its place and date compatible with i's (issue 10: one event per incident, and a
    retyped record beside its act's record was a second telling of it, bench_casualties.py)."""
    r = records[i]
    if r.get("kind", "incident") == "aggregate":
        return None
    a, b = _sentence(text, r)
    for s in _near(text, a, b):
        for j in acts_at.get(s, ()):
            o = records[j]
            if j != i and o["type"] == t and _same_place(o.get("place"), r.get("place")) and \
                    (not o.get("date") or not r.get("date") or o["date"] == r["date"]):
                return j
    return None


def _same_place(p: dict | None, q: dict | None) -> bool:
    """No place on one side, or the same place. Not one inside the other (arguments.holds): deaths told in a town of
    the area a lead named are that lead's act told again, but which place the merged record keeps is finer_place's
    choice (run before this hook), and a merge here drops the lead's record a guard test of stop 33 reads its source
    from (test_events_sources33: «… بريف X. وذكر ناشطون أن الشاب قتل … في بلدة Y»)."""
    from .clauses import place_key
    return not p or not q or place_key(p) == place_key(q)


def merge(act: dict, r: dict) -> None:
    """Casualties record r told the dead of `act`: the act keeps its own figures and takes r's dead and wounded
    where it has none, every mention of both (as incidents.py keeps every telling), and r's source if it had none."""
    for k in ("fatalities", "injured"):
        if not act.get(k) and r.get(k):
            act[k] = r[k]
    if r.get("mentions"):
        seen = {(m["start"], m["end"]) for m in act.get("mentions") or ()}
        act["mentions"] = sorted([*(act.get("mentions") or ()), *(m for m in r["mentions"]
                                                                 if (m["start"], m["end"]) not in seen)],
                                 key=lambda m: m["start"])
    if not act.get("reported_by") and r.get("reported_by"):
        act["reported_by"], act["reported_by_source"] = r["reported_by"], r.get("reported_by_source")
