"""The dead of a protest fired on, told as a casualties record beside the protest's record, are that protest's
dead (stop 40, issue 10).

Why: a death split from the act that caused it is a wrong answer, and the largest class of records with no gold of
their type on the development sets is a casualties record whose dead belong to an act the gold codes (BENCHMARKS.md,
stop 40, "extra"). Among them, protests: «خرجت تظاهرات … وسقط خلالها عشرات بين قتيل وجريح بنيران الأمن», a
headline's «عشرات القتلى في احتجاجات الجمعة» before the lead's protest, a town's toll told in the sentence after
its protest. The rules make the protest record and, from the killing verb, a casualties record too; the death
attacher never gives deaths to a protest (death_cues.json `not_options`: fire on a crowd and a sniper at a funeral
are coded both ways), and protest_tolls retypes only a town's toll in a body whose place has no protest record yet.
The gold codes one event: the protest, its dead the protest's fatalities.

What: an asserted casualties incident told alone (no group) whose sentence names no other cause of death
(protest_tolls.json `other_cause_words`: strike, shelling, clash, blast, sniper…; protest_dead.json's: torture,
execution) is merged into a protest incident
of its sentence, else of the sentence before, else of the one after, at the same place or with no place on one
side (a toll with a figure and no place stays apart from a protest at a place: a day's national count, as a
figure-and-no-place toll beside a town's protest was on two development passages) and on the same day or none: the protest takes its dead and wounded where it has none, its mentions, its
source if it had none (deaths.merge), and the casualties record goes.

Where: on the finished records, after protest_tolls (post-hoc: the first-run folds replay it on old trees).
`enabled` in data/events/protest_dead.json (ENABLED here, for the benchmarks). Cost: the text's sentences once and
a dictionary of protest records by sentence (linear).
"""
from __future__ import annotations

import json
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

from .deaths import merge as take
from .protest_tolls import _conf as _tolls_conf, _has, _place_key, sentence_spans
from .vocab import ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "protest_dead.json"
ENABLED = True


@lru_cache(maxsize=1)
def _raw() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}


def enabled() -> bool:
    return bool(_raw().get("enabled", False))


@lru_cache(maxsize=1)
def _other() -> tuple[str, ...]:
    """The words of a death's other cause: protest_tolls' (strike, shelling, clash, sniper…) and this file's (torture,
    execution: «تأتي الاحتجاجات بعد مقتل شاب تحت التعذيب» is the protest's cause, not its dead)."""
    return _tolls_conf()[3] + tuple(ffold(w) for w in _raw().get("other_cause_words", ()))


def merge(ctx, out: list[dict]) -> list[dict]:
    """The records, each casualties record telling a protest's dead beside it merged into that protest."""
    if not (ENABLED and enabled()) or not any(_alone(r, "protest") for r in out) or \
            not any(_alone(r, "casualties") for r in out):
        return out
    text = ctx.doc.text
    spans = sentence_spans(ctx)
    by = by_sentence(spans, out, "protest")
    other = _other()
    gone: set[int] = set()
    for r in out:
        k = _at(spans, r)
        if not _alone(r, "casualties") or k < 0 or _has(text[spans[k][0]:spans[k][1]], other):
            continue
        p = beside(by, k, r)
        if p is not None:
            take(p, r)
            gone.add(id(r))
    return [r for r in out if id(r) not in gone] if gone else out


def by_sentence(spans: list[tuple[int, int]], out: list[dict], t: str) -> dict[int, list[dict]]:
    """{sentence index: the incidents of type t told alone there}."""
    by: dict[int, list[dict]] = {}
    for r in out:
        if _alone(r, t):
            by.setdefault(_at(spans, r), []).append(r)
    return by


def beside(by: dict[int, list[dict]], k: int, r: dict) -> dict | None:
    """The record of `by` that r's dead belong to: in r's sentence k, else the one before, else the one after."""
    return next((p for d in (0, -1, 1) for p in by.get(k + d, ()) if _same(p, r)), None)


def _alone(r: dict, t: str) -> bool:
    """An asserted incident of type t told alone (a list's member goes with its list, an aggregate is a sum)."""
    return r.get("type") == t and r.get("group") is None and r.get("kind", "incident") == "incident" and \
        r.get("modality", "asserted") == "asserted"


def _at(spans: list[tuple[int, int]], r: dict) -> int:
    """The index of the sentence holding r's trigger, -1 if none."""
    i = bisect_right(spans, (r["start"], 1 << 62)) - 1
    return i if i >= 0 and spans[i][0] <= r["start"] < spans[i][1] else -1


def _same(p: dict, r: dict) -> bool:
    """The same place or none on one side, the same day or none on one side; but a toll with a figure and no place
    beside a protest at a place is the day's toll across places (a national count), not that protest's dead."""
    if r.get("place") is None and p.get("place") and (r.get("fatalities") or r.get("injured") or r.get("count")):
        return False
    return (not p.get("place") or not r.get("place") or _place_key(p) == _place_key(r)) and \
        (not p.get("date") or not r.get("date") or p["date"] == r["date"])
