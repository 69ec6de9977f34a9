"""Gapped coordination: one act word said once for several incidents (stop 39, issue 10: one record per incident).

Why: Arabic says the verb once and gaps it for further objects that carry a place of their own: «انشقت ثلاث دبابات في
X، وكذلك عربتان ببلدة Y، إلى جانب عقيد في Z», «اقتادت القوات ثلاثة من أبناء X، وشاباً من بلدة Y», «سيطرت الفصائل
شرقاً على X، وغرباً على Y». A coder gives each (object, place) pair its own event (ACLED: one event a location), while
the rules tie the one act word to one place: the further pairs were never a mention of their own, so no join decision
lost them (bench_incidents.py --why: "elsewhere", stop 38's largest class of joined misses).

What: in each sentence of a record's mentions, after its last mention there (and its place, when the sentence names
it), each joint — a comma, or a word joined by «و» — that opens with a connector («و», «وكذلك», «إلى جانب», «فضلاً
عن» …) and then a HEAD of its own — a number, a person or vehicle noun, «another» («وآخر»), a direction («وغرباً») —
and then, within a few words, a preposition and a town, quarter or site that is not the record's place, neither holds
nor lies in it and has no record of the type, is a further incident: a copy of the record at that place, with the
head's number as its figure («another» takes the number its own word of killing counts; a noun, none). The chain
stops at another act word (its objects are its own: «بعد اعتقال 12 في X وثمانية في Y»), at a first object with no
place of its own in the act's clause («فقُتل رجل وامرأة في حي X»), and at the parts of one toll («منهم 16 في X وثلاثة
في Y», «بين القتلى رجل من X»). A bare list of places («قصفت X وY وZ») has no head: one act over its places stays one
event (README), so the cue is the participant, not the «و».
The same act told again for another place with a word of addition or likeness in its clause («وطالت الصواريخ أيضاً
Y», «وأن قرية Y نالها أيضاً قصف», «وبأن قصفاً مشابهاً طال Y»: a mention the rules joined to the incident) is a
further incident too (`additive` in the JSON, a switch of its own), with the dead its sentence counts after it. A
record that held the further object's own number gives it up.

Where: on the finished records, after the figure refiners (post-hoc: bench_figure_fixes replays it on the commit of
each set's first run). Word classes in data/events/gapped.json; `enabled` there (and ENABLED here, for the
benchmarks) turns it off. Measured by benchmarks/bench_gapped.py (the rate right, the cost). Cost: the tokens after a
record's last mention in each of its sentences, once per record.
"""
from __future__ import annotations

import json
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from .vocab import counted_class, ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "gapped.json"
ENABLED = True
_PUNCT = "«»\"'()[]،,.:؛"


@lru_cache(maxsize=1)
def conf() -> dict:
    """The switch and the folded word classes of data/events/gapped.json (absent: off)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    heads = {ffold(w): name for name, ws in raw.get("heads", {}).items() for w in ws}
    return {"enabled": bool(raw.get("enabled", False)),
            "connectors": sorted((tuple(ffold(w) for w in c.split()) for c in raw.get("connectors", ())),
                                 key=len, reverse=True),
            "heads": heads, "preps": frozenset(ffold(w) for w in raw.get("preps", ())),
            "kinds": frozenset(raw.get("kinds", ())), "reach": int(raw.get("reach", 6)),
            "between": frozenset(ffold(w) for w in raw.get("between", ())),
            "additive": bool(raw.get("additive", {}).get("enabled", False)),
            "added": frozenset(ffold(w) for w in raw.get("additive", {}).get("words", ()))}


def _forms(w: str) -> list[str]:
    """A folded word and its bare forms: «و» read off, the accusative «اً» and the dual's ending
    («عربتا» -> «عربه», «مساعدين» -> «مساعد»)."""
    out = [w]
    if len(w) > 3 and w[0] == "و":
        out.append(w[1:])
    for x in list(out):
        if len(x) > 3 and x.endswith("ا"):
            out.append(x[:-1])
        for end, repl in (("تان", "ه"), ("تين", "ه"), ("تا", "ه"), ("ان", ""), ("ين", "")):
            if len(x) > len(end) + 2 and x.endswith(end):
                out.append(x[:-len(end)] + repl)
    return out


@lru_cache(maxsize=4096)
def head_class(w: str) -> str | None:
    """The head class of a folded word: its own list's (data/events/gapped.json `heads`), else a person or vehicle
    noun of counted.tsv."""
    heads = conf()["heads"]
    for f in _forms(w):
        if f in heads:
            return heads[f]
    for f in _forms(w):
        c = counted_class(f)
        if c in ("person", "vehicle"):
            return c
    return None


def _kind(p: dict | None) -> str | None:
    return (p.get("kind") or p.get("level")) if p else None


def _connector(words: list[str]) -> int:
    """How many of `words` (the folded words after a comma) the connector takes: 0 for none. A word joined to «و»
    («وشاباً», «وخمسة») is a connector of one letter: -1."""
    for c in conf()["connectors"]:
        if tuple(words[:len(c)]) == c:
            return len(c)
    if words and len(words[0]) > 2 and words[0][0] == "و":
        return -1
    return 0


def _sentence_of(ctx, pos: int):
    return ctx.sents[ctx.sent_of(pos)]


def joints(ctx, r: dict) -> list[tuple[dict, dict | None, int]]:
    """(place, number or None, joint offset) of each further object gapped after record r's telling: in each
    sentence of r's mentions, after its last mention there (and r's place, when that sentence names it)."""
    own = r.get("place") or {}
    of_sent: dict[int, list[dict]] = {}
    for m in r.get("mentions") or []:
        of_sent.setdefault(ctx.sent_of(m["start"]), []).append(m)  # (a record told many times: linear, not k x k)
    out: list[tuple[dict, dict | None, int]] = []
    for si in sorted(of_sent):
        s = ctx.sents[si]
        ms = [m for m in of_sent[si] if s.start <= m["start"] < s.end]
        ends = [m["end"] for m in ms]
        if own.get("start") is not None and s.start <= own["start"] < s.end:
            ends.append(own["end"])
        last = max(m["start"] for m in ms)
        got = _chain(ctx, s, max(ends), last, ctx.clause(last)[0])
        if got and not any(_parts(ctx, m["start"]) for m in ms):
            out += got  # (not «بين القتلى رجلاً من X، وامرأتان من Y»: the parts of a toll, by origin)
    return out


def _parted(ctx, a: int, b: int) -> bool:
    """A word of parts («منهم/بينهم/من بينهم») between the act and the first object's place: «قضى 24، منهم 16 في X
    وثلاثة في Y» names where the parts of one toll fell (arguments._bare_part_at), no further incident."""
    seen = _parts_seen(ctx)
    lo, hi = min(ctx.tok_of(a), len(ctx.ftoks)), min(ctx.tok_of(b) + 1, len(ctx.ftoks))
    return lo < hi and seen[hi] > seen[lo]


def _parts_seen(ctx) -> list[int]:
    """How many words of parts come before each token (once a document): _parted asks it of every joint of a long
    sentence, and a count read at both ends keeps that linear."""
    seen = ctx.memo.get("gapped_parts_seen")
    if seen is None:
        sub, n = ctx.v.subset, 0
        seen = [0]
        for w in ctx.ftoks:
            w = w.strip(_PUNCT)
            n += w in sub or w.lstrip("و") in sub
            seen.append(n)
        ctx.memo["gapped_parts_seen"] = seen
    return seen


def _parts(ctx, pos: int) -> bool:
    """A mention named as the whole whose parts follow: right after «بينهم/منهم» (vocab subset words) or «بين»
    (gapped.json `between`)."""
    return any(w in ctx.v.subset or w in conf()["between"] for w in ctx.words_before(pos, 2))


def _chain(ctx, s, anchor: int, last: int, clause: int) -> list[tuple[dict, dict | None, int]]:
    """The further objects after anchor in sentence s: a joint is a comma or a word joined by «و» («وشاباً من
    بلدة Y» needs no comma before it), and the first object must have a place of its own before it, in the clause
    of the act's last mention there (`last`, its clause from `clause` on: «فقُتل رجل وامرأة في حي X» is one object
    at one place), not a part's («، منهم 14 في X وخمسة في Y»)."""
    commas = [b for b in ctx.breaks[bisect_left(ctx.breaks, anchor):bisect_left(ctx.breaks, s.end)]
              if ctx.text[b] in "،,"]
    t0, t1 = ctx.tok_of(anchor) + 1, ctx.tok_of(s.end)
    ands = [ctx.tokens[t].start - 1 for t in range(t0, t1) if ctx.ftoks[t][:1] == "و" and len(ctx.ftoks[t]) > 2
            and not _comma_just_before(commas, ctx.tokens[t].start)]
    at_comma = set(commas)
    out: list[tuple[dict, dict | None, int]] = []
    done = anchor
    for b in sorted(commas + ands):
        if b < done:
            continue  # (inside the further object just read)
        i = bisect_left(commas, b + 1)
        end = commas[i] if i < len(commas) else s.end
        got = _further(ctx, b + 1, end)
        if got is None:
            if b in at_comma and _acts(ctx, b, end):
                break  # (a clause with an act word of its own: the joints after it are its own)
            continue
        prev = ctx.places.last_before(b, clause)
        if prev is None or _acts(ctx, anchor, b) or prev["start"] > last and _parted(ctx, last, prev["start"]):
            break  # (another act word before the joint: «بعد اعتقال 12 في X وثمانية في Y» is the arrest's)
        out.append(got + (b,))
        done = got[0]["end"]
    return out


def _comma_just_before(commas: list[int], start: int) -> bool:
    """A comma at most two characters before `start` (the joint is that comma's, not the «و» word's); bisect, so a
    sentence of many commas stays linear."""
    i = bisect_left(commas, start - 2)
    return i < len(commas) and commas[i] <= start


def _acts(ctx, a: int, b: int) -> bool:
    return bool(_starting(ctx, a, b))


def _further(ctx, a: int, end: int) -> tuple[dict, dict | None] | None:
    """(place, number) when the clause [a, end) is a further object: connector, head, preposition, place."""
    c = conf()
    t0 = ctx.tok_of(a)
    while t0 < len(ctx.tokens) and ctx.tokens[t0].start < a:
        t0 += 1
    toks = [t for t in range(t0, min(len(ctx.tokens), t0 + c["reach"] + 4)) if ctx.tokens[t].end <= end]
    words = [ctx.ftoks[t].strip(_PUNCT) for t in toks]
    words, toks = [w for w in words if w], [t for t, w in zip(toks, words) if w]
    n = _connector(words)
    if n == 0:
        return None
    h = 0 if n < 0 else n  # (the head's word: «وشاباً» is its own connector)
    if h >= len(toks):
        return None
    hs = ctx.tokens[toks[h]].start
    q = next((q for q in ctx.quants.between(hs - 1, ctx.tokens[toks[h]].end + 1)
              if q.get("low") is not None and q.get("kind") in ("count", None)), None)
    cls = None if q is not None else head_class(words[h])
    if q is None and cls is None:
        return None
    p = ctx.places.first_after(hs, end)
    if p is None or p["start"] >= end or _kind(p) not in c["kinds"] or \
            ctx.words_between(hs, p["start"]) > c["reach"] or _acts(ctx, a, p["start"]):
        return None
    before = [w.strip(_PUNCT) for w in ctx.words_before(p["start"], 2, floor=hs)]
    if not (set(before) & c["preps"] or any(w[:1] == "ب" and w[1:] in c["preps"] for w in before) or
            ctx.text[p["start"] - 1:p["start"]] == "ب"):
        return None
    return p, _own_toll(ctx, p["end"], end) if cls == "another" else q


def _own_toll(ctx, a: int, end: int) -> dict | None:
    """«وآخر وسط X قتل 6 مدنيين», «طال القصف أيضاً بلدة X، ما أسفر عن مقتل سبعة»: the further object's own dead, the
    number right after a word of killing in [a, end) (a copy of the quantity marked `_dead`)."""
    for h in _starting(ctx, a, end):
        vals = h.value if isinstance(h.value, list) else [h.value]
        if not any(isinstance(v, dict) and v.get("sub") == "killed" for v in vals):
            continue
        q = ctx.quants.first_after(h.end, min(end, h.end + 12))
        if q is not None and q.get("low") is not None and q.get("kind") in ("count", None) and \
                ctx.words_between(h.end, q["start"]) <= 1:
            return dict(q, _dead=True)
    return None


def _starting(ctx, a: int, b: int) -> list:
    try:
        return ctx.m["triggers"].starting(a, b)
    except (KeyError, AttributeError):  # (an older tree's lists)
        return []


def added(ctx, r: dict) -> list[tuple[dict, dict | None, int]]:
    """(place, its dead or None, mention offset) of each later mention of record r told again for another place with
    a word of addition or likeness in its clause (data/events/gapped.json `additive`): «وطالت الصواريخ أيضاً Y»."""
    c = conf()
    out: list[tuple[dict, dict | None, int]] = []
    if not ctx.doc_words & c["added"]:
        return out  # (most passages hold no word of addition)
    for m in (r.get("mentions") or [])[1:]:
        if m["start"] == r["start"]:
            continue
        lo, hi = ctx.clause(m["start"])
        words = {w.strip(_PUNCT) for w in ctx.ftoks[ctx.tok_of(lo):ctx.tok_of(hi) + 1]}
        if not words & c["added"]:
            continue
        p = next((p for p in ctx.places.between(lo, hi) if _kind(p) in c["kinds"]), None)
        if p is not None:
            s = _sentence_of(ctx, m["start"])
            out.append((p, _own_toll(ctx, lo, s.end), m["start"]))
    return out


def _holds(a: dict, b: dict) -> bool:
    try:
        from .arguments import holds
    except ImportError:  # (an older tree)
        return False
    return holds(a, b)


def _key(p: dict):
    try:
        from .clauses import place_key
    except ImportError:  # (an older tree)
        return p.get("id") or p.get("surface")
    return place_key(p)


def candidates(ctx, recs: list[dict]) -> list[tuple[int, dict, dict | None]]:
    """(record index, place, number) of each further object of an asserted single incident that no record of its
    type is placed at (each place once a type)."""
    taken = {(r.get("type"), _key(r["place"])) for r in recs if r.get("place")}
    out: list[tuple[int, dict, dict | None]] = []
    for i, r in enumerate(recs):
        if r.get("modality", "asserted") != "asserted" or r.get("kind", "incident") != "incident":
            continue
        own = r["place"] if r.get("place") else None
        found = joints(ctx, r) if r.get("mentions") else []
        if conf()["additive"] and r.get("mentions"):
            found += added(ctx, r)
        for p, q, _ in found:
            key = (r.get("type"), _key(p))
            if key in taken or own is not None and (_holds(p, own) or _holds(own, p)):
                continue
            taken.add(key)
            out.append((i, p, q))
    return out


def copy_at(r: dict, p: dict, q: dict | None) -> dict:
    """Record r told for a further object at place p: its own act, the object's number as its figure (in the role
    r's figure has: its dead when r counts dead, else its count), nothing else of r's figures."""
    fig = {"low": q.get("low"), "high": q.get("high"), "approx": bool(q.get("approx"))} if q else None
    dead = bool(q and q.get("_dead")) or r.get("fatalities") is not None and r.get("count") is None
    span = {"start": q["start"], "end": q["end"], "surface": q["surface"]} if q and "start" in q else None
    out = dict(r, place=p, count=None if dead else fig, fatalities=fig if dead else None, injured=None,
               breakdown=[], quantity=span, counted=None, counted_en=None, group=None)
    out.pop("part_of_list", None)
    return out


def apply(recs: list[dict], cands: list[tuple[int, dict, dict | None]]) -> list[dict]:
    """recs with each candidate's copy right after its record; a record that held the further object's own number
    gives it up («… وطال القصف أيضاً قرية Y، ما أسفر عن مقتل ثلاثة»: Y's dead)."""
    recs = list(recs)
    extra: dict[int, list[dict]] = {}
    for i, p, q in cands:
        extra.setdefault(i, []).append(copy_at(recs[i], p, q))
        if q is not None and (recs[i].get("quantity") or {}).get("start") == q.get("start"):
            recs[i] = dict(recs[i], count=None, fatalities=None, quantity=None)
    return [x for k, r in enumerate(recs) for x in [r] + extra.get(k, [])]


def refine(ctx, out: list[dict]) -> None:
    """The pipeline hook: the further objects' copies added (in place)."""
    if not ENABLED or not conf()["enabled"] or not out:
        return
    cands = candidates(ctx, out)
    if cands:
        out[:] = apply(out, cands)
