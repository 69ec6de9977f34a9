"""A day of protests fired on, told with its toll town by town, is a protest event per town (stop 39, issue 10).

Why: whole articles are marsad's weakest text, and the one class they carry much more of than short excerpts is a
record of a type the gold does not give its sentence; its leading pair is casualties where the gold codes a protest
(benchmarks/bench_whole_zones.py; BENCHMARKS.md, stop 39, "whole"). The shape: the headline or lead tells a day of protests
fired on («قُتل N متظاهراً برصاص الأمن»), and the body gives the dead town by town («ففي X قُتل 14، وفي Y تسعة»)
without naming the protest again. The gold writers code each town's toll as the protest at that town, its dead the
protest's figure (events_probe README, set 79: "town tolls of fire on protests are protest events"); the rules,
seeing only a killing in the sentence, make casualties records, so each town is a miss and an extra at once.

What: when the headline and lead hold a protest word and a word of fire or killing, a casualties record that is an
asserted single incident with a place, whose mention stands in a later sentence naming no other cause of death
(strike, shelling, clash, blast, sniper, vehicle: `other_cause_words`), and whose place has no protest record yet,
becomes a protest record there (its figures kept); a list of such tolls («اثنان في X واثنان في Y») goes whole
when every member qualifies, and two protest records at one place are never made. A national toll with no place stays a casualties aggregate.

`own_sentence` (stop 47, helper dead47): a toll told in the very sentence that told its protest first («خرجت مظاهرات … فأطلق الأمن النار فقُتل N»), a protest word before the toll's trigger and a word of fire or killing in it, no other
cause, is that protest's dead too, in any article: the mention layer made no protest record of the protest's verb,
so protest_dead had none to merge into and the act's dead stood typed `casualties`.

Where: on the finished records, after coarse_told (post-hoc: the first-run folds replay it on old trees).
`enabled` and the word classes in data/events/protest_tolls.json (ENABLED here, for the benchmarks).
Cost: one pass over the text's sentences and the records.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

from .vocab import ffold, vocab

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "protest_tolls.json"
ENABLED = True
_SENT = re.compile(r"[^.!؟?\n]+[.!؟?\n]*")
_SPANS = "protest_tolls.spans"


def sentence_spans(ctx) -> list[tuple[int, int]]:
    """The text's spans by this module's sentence pattern, split once per document and shared with protest_dead and
    fighters_dead (each had split the whole text again). Its own pattern, not the document's sentences: moving to
    those could move records. (An old tree's context without `memo`, in the gate's replays, splits each time.)"""
    memo = getattr(ctx, "memo", None)
    got = None if memo is None else memo.get(_SPANS)
    if got is None:
        got = [(m.start(), m.end()) for m in _SENT.finditer(ctx.doc.text)]
        if memo is not None:
            memo[_SPANS] = got
    return got


@lru_cache(maxsize=1)
def _conf() -> tuple[bool, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    protest, fire, other = (tuple(ffold(w) for w in raw.get(k, []))
                            for k in ("protest_words", "fire_words", "other_cause_words"))
    return bool(raw.get("enabled", False)), protest, fire, other


def refine(ctx, out: list[dict]) -> list[dict]:
    """The records, with the casualties of a protest day's town tolls told as the protests they are."""
    on, protest, fire, other = _conf()
    if not (on and ENABLED) or not any(_town_toll(r) for r in out):
        return out  # (most passages have no placed toll: the text is not read for them)
    text = ctx.doc.text
    spans = sentence_spans(ctx)
    opening = _opening(text, spans)
    day = bool(opening) and _has(text[:opening], protest) and _has(text[:opening], fire)
    own = _own_sentence()
    if not (day or own):
        return out
    at_protest = {_place_key(r) for r in out if r.get("type") == "protest"}
    fit = [r for r in out if _town_toll(r) and _place_key(r) not in at_protest
           and not _has(_sentence(text, spans, r), other)
           and ((day and r["start"] >= opening) or (own and _told_first(text, spans, r, fire)))]
    ids = {id(r) for r in fit}
    whole = {g for g in {r.get("group") for r in fit} if g is not None}
    whole -= {x.get("group") for x in out if x.get("group") in whole and id(x) not in ids}
    for r in fit:  # a list of town tolls goes whole or not at all
        if not r.get("group") or r["group"] in whole:
            # (the protest's ACLED sub-event too: a casualties record's «killed» is no protest's sub-event)
            r["type"], r["subtype"] = "protest", vocab().types["protest"]["acled"][1]
    return out


@lru_cache(maxsize=1)
def _own_sentence() -> bool:
    """protest_tolls.json `own_sentence` (stop 47; absent: off)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return bool(raw.get("own_sentence", False))


@lru_cache(maxsize=1)
def _own_words() -> tuple[str, ...]:
    """protest_tolls.json `own_words`: words of the protest itself, not of the protesters («خمسة محتجين قُتلوا»: the
    protesters counted are the dead, no protest told; tests/extract/test_events_joins27.py)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return tuple(ffold(w) for w in raw.get("own_words", ()))


@lru_cache(maxsize=1)
def _apart() -> tuple[str, ...]:
    """protest_tolls.json `apart_words`: words between the protest and the toll that tell another story."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return tuple(ffold(w) for w in raw.get("apart_words", ()))


def _told_first(text: str, spans: list[tuple[int, int]], r: dict, fire: tuple[str, ...]) -> bool:
    """`own_sentence`: r's sentence tells a protest (a word of `own_words`) before r's trigger («خرجت مظاهرات …
    فسقط ستة قتلى») and a word of fire or killing, with no word of `apart_words` from the last protest word to the trigger (a parallel story
    «… في حين لقي خمسة مصرعهم», a cause told after «عقب الإعلان عن مقتل»: not the protest's dead)."""
    i = bisect_right(spans, (r["start"], len(text) + 1)) - 1
    if i < 0 or not spans[i][0] <= r["start"] < spans[i][1]:
        return False
    a, b = spans[i]
    folded = [ffold(w) for w in text[a:r["start"]].split()]
    last = max((k for k, w in enumerate(folded) if any(p in w for p in _own_words())), default=None)
    if last is None or not _has(text[a:b], fire):
        return False
    between = " " + " ".join(w.strip(".،,؛:«»()") for w in folded[last + 1:]) + " "
    return not any(f" {w} " in between or f" و{w} " in between for w in _apart())


def _sentence(text: str, spans: list[tuple[int, int]], r: dict) -> str:
    """The sentence of r's trigger (found by bisection: a scan of the spans per record went quadratic on long
    pages)."""
    i = bisect_right(spans, (r["start"], len(text) + 1)) - 1
    a, b = spans[i] if i >= 0 and spans[i][0] <= r["start"] < spans[i][1] else (r["start"], r["end"])
    return text[a:b]


def _opening(text: str, spans: list[tuple[int, int]]) -> int:
    """The offset where the article's opening ends: after the headline (a first line without a full stop) and the
    first sentence after it, or after the first sentence when there is no headline."""
    nl = text.find("\n")
    first = text[:nl] if nl >= 0 else text
    skip = 2 if nl >= 0 and not re.search(r"[.!؟?]\s*$", first) and len(first) < 200 else 1
    return spans[skip - 1][1] if len(spans) >= skip else 0


def _has(s: str, words: tuple[str, ...]) -> bool:
    """Whether a folded word of `s` holds one of the folded `words` (their clitics and endings around them)."""
    return any(w in tok for tok in ffold(s).split() for w in words)


def _town_toll(r: dict) -> bool:
    """An asserted casualties incident with a place (an aggregate stays as it is)."""
    return (r.get("type") == "casualties" and r.get("kind", "incident") == "incident" and bool(r.get("place"))
            and r.get("modality", "asserted") == "asserted")


def _place_key(r: dict):
    p = r.get("place") or {}
    return p.get("id") or p.get("canonical_en") or p.get("surface")
