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
from datetime import date
from functools import lru_cache
from pathlib import Path

from .deaths import merge as take
from .protest_tolls import _conf as _tolls_conf, _has, _place_key, sentence_spans
from .vocab import ffold, vocab

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
    """The records, each casualties record telling a protest's dead beside it merged into that protest (and each
    whose dead are named protesters gone: `protesters`)."""
    out = protesters(ctx, out)
    near, far = ENABLED and enabled(), ENABLED and bool(_raw().get("same_place", {}).get("enabled", False))
    if not (near or far) or not any(_alone(r, "protest") for r in out) or \
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
        p = beside(by, k, r) if near else None
        if p is None and far:
            p = at_its_place(out, r)
        if p is not None:
            take(p, r)
            gone.add(id(r))
    return [r for r in out if id(r) not in gone] if gone else out


def at_its_place(out: list[dict], r: dict) -> dict | None:
    """protest_dead.json `same_place` (stop 42, helper extra): a protest incident anywhere in the article at r's own
    place (both placed, one place), on r's day or `days_apart` days from it (or either undated): «خرجت تظاهرات في
    دوما …» in the lead, «… وسقط قتيلان في دوما» three sentences on, the toll dated a day after the protest (the day's
    report «اليوم» of a protest told «أمس»). Why: `beside` reads only the sentence before and after and the same
    day; on the development sets every casualties record at the place of a protest record of its article was one no
    gold is like (four passages, four sets), none matched."""
    if not r.get("place"):
        return None
    days = int(_raw().get("same_place", {}).get("days_apart", 1))
    key = _place_key(r)
    return next((p for p in out if _alone(p, "protest") and p.get("place") and _place_key(p) == key and
                 _days_apart(p.get("date"), r.get("date")) <= days), None)


def _days_apart(a: str | None, b: str | None) -> int:
    """Days between two ISO dates (0 when either is missing or unreadable)."""
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) if a and b else 0
    except ValueError:
        return 0


def protesters(ctx, out: list[dict]) -> list[dict]:
    """protest_dead.json `protesters` (stop 42, helper extra): a casualties incident whose dead are named protesters
    (a protester noun within `window` words of its trigger, in its sentence, not after a word of whose fire it was:
    «مقتل أربعة متظاهرين برصاص الأمن», «إن المتظاهر فلان قضى برصاص…», «بينما سقط محتج قتيلاً في…») is a protest fired
    on, whose dead the gold never codes as a second event (README, stop 41's ruling): it goes into the protest record
    beside it or at its place (`beside`, `at_its_place`), else it is that protest itself, its dead its dead (as
    protest_tolls retypes a town's toll; no count: the dead are no crowd). Why: on the development sets each such record was one no gold is like
    (three passages, three sets), none matched; a lone sentence («قُتل خمسة محتجين برصاص الأمن في حي…») keeps its
    dead on the protest."""
    c = _raw().get("protesters", {})
    if not (ENABLED and c.get("enabled")) or not any(_alone(r, "casualties") for r in out):
        return out
    nouns, killers, n = _protester_words()
    named = [r for r in out if _alone(r, "casualties") and _named_protesters(ctx, r, nouns, killers, n)]
    if not named:
        return out
    spans = sentence_spans(ctx)
    by = by_sentence(spans, out, "protest")
    gone: set[int] = set()
    for r in named:
        p = beside(by, _at(spans, r), r) or at_its_place(out, r)
        if p is not None:
            take(p, r)
            gone.add(id(r))
        else:  # (its dead stay its dead: a figure of protesters killed counts no crowd, stop 27's convention)
            r["type"], r["subtype"] = "protest", vocab().types["protest"]["acled"][1]
            if r.get("fatalities") or r.get("injured"):
                r["count"] = None
    return [r for r in out if id(r) not in gone] if gone else out


def _named_protesters(ctx, r: dict, nouns: frozenset, killers: frozenset, n: int) -> bool:
    """A protester noun among the `n` words before r's trigger or after it, in its sentence, the word before it not
    one of `killers` («برصاص متظاهرين»: the protesters fired)."""
    text = ctx.doc.text
    before = _words(text[r.get("sentence_start", 0):r["start"]])[-(n + 1):]
    after = _words(text[r["end"]:r.get("sentence_end", len(text))])[:n]
    pairs = [(before[k - 1] if k else "", w) for k, w in enumerate(before) if k >= len(before) - n]
    pairs += [(after[k - 1] if k else "", w) for k, w in enumerate(after)]
    return any(_bare(w, nouns) and not _bare(p, killers) for p, w in pairs)


_PUNCT = " \t\n،,.:;؛!?؟«»\"'()[]-–"


def _words(s: str) -> list[str]:
    """The folded words of s, punctuation stripped (the text alone: merge's tests hand in no context)."""
    return [w for w in (t.strip(_PUNCT) for t in ffold(s).split()) if w]


_CLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")


def _bare(w: str, words: frozenset) -> bool:
    """The folded word, or it less one proclitic (here, not vocab.bare_in: the first-run trees replay this module
    and their vocab.py predates it)."""
    return w in words or any(w.startswith(c) and w[len(c):] in words for c in _CLITICS)


@lru_cache(maxsize=1)
def _protester_words() -> tuple[frozenset, frozenset, int]:
    c = _raw().get("protesters", {})
    return (frozenset(ffold(w) for w in c.get("nouns", ())), frozenset(ffold(w) for w in c.get("killers_by", ())),
            int(c.get("window", 3)))


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
