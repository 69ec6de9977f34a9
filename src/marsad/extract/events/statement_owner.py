"""«وجاء في بيان منفصل للجيش الحر أن…», «وجاء في بيان لـ«قسد» أن…», «وجاء في بيان للمرصد اطّلعت عليه الوكالة أن…»,
«وجاء في بيان الوزارة أن…»: the owner of the statement a sentence opens with reports what follows (stop 40, helper
src; issue 10's reported_by bar).

`Attribution._came_in` reads the owner with the source reader after the statement's noun, which needs the owner
right after it and a name it knows: an adjective between («بيان منفصل للجيش الحر», «بيان مشترك لـ…»), a lam written
apart before a quoted name («بيان لـ«قسد»»), a bare definite owner («بيان الوزارة», which the named ministry before
stands for) left the sentence to the outlet, and a verb of publishing after the owner («للمرصد اطّلعت عليه…») was
read into its name. Here the owner is the words after the lam (or the construct's definite noun), past at most
`adjectives` adjectives, up to «أن/إن», a comma, a colon or a word of `published` — who published the statement or
read it, and when and where, are not its owner's name.

Only when `_came_in` found nothing or a name running into such a word. Settings (the switch among them) in
data/events/statement_owner.json. Reads only what every tree since stop 32 has (Ctx tokens, Attribution._rec and
_antecedent), so the gate (benchmarks/bench_figure_fixes.py `statement_owner`) replays it on each development set's
first-run commit. Cost: a few tokens per sentence that opens with «جاء/ورد في».
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .vocab import complementisers, ffold

SETTINGS = Path(__file__).resolve().parents[2] / "data" / "events" / "statement_owner.json"


@lru_cache(maxsize=1)
def settings() -> dict:
    """statement_owner.json read once, its words folded as the tokens are (absent: off, for trees before the file)."""
    raw = json.loads(SETTINGS.read_text(encoding="utf-8")) if SETTINGS.exists() else {}
    return {"enabled": bool(raw.get("enabled", False)), "adjectives": int(raw.get("adjectives", 2)),
            "owner_words": int(raw.get("owner_words", 7)),
            "published": frozenset(ffold(w) for w in raw.get("published", ())),
            "came": frozenset(ffold(w) for w in raw.get("came", ())),
            "documents": frozenset(ffold(w) for w in raw.get("documents", ())),
            "text_of": frozenset(ffold(w) for w in raw.get("text_of", ())),
            "lam_nouns": frozenset(ffold(w) for w in raw.get("lam_nouns", ())),
            "lam_adjectives": frozenset(ffold(w) for w in raw.get("lam_adjectives", ())),
            "that": complementisers("that")}  # (cues.json: the one list of «أن/إن/بأن»)


def came_in(att, start: int, end: int, si: int, found: dict | None) -> dict | None:
    """The owner of the statement the sentence [start, end) opens with («وجاء في بيان …»), as a verb source, or `found`
    (what `Attribution._came_in` read) when the switch is off, the sentence opens otherwise, or the reader's name
    ends where the owner's words do."""
    conf = settings()
    if not conf["enabled"]:
        return found
    ctx = att.ctx
    t = ctx.tok_of(start)
    if t + 3 >= len(ctx.tokens) or ctx.tokens[t].start < start or ctx.ftoks[t + 1] != "في" or \
            not (ctx.ftoks[t] in conf["came"] or ctx.ftoks[t].removeprefix("و") in conf["came"]):
        return found
    k = t + 3 if ctx.ftoks[t + 2] in conf["text_of"] else t + 2
    if k >= len(ctx.tokens) or ctx.ftoks[k] not in conf["documents"]:
        return found  # («وجاء في البيان أن…»: the statement named before; _came_in reads it)
    span = _owner_span(ctx, k, end, conf)
    if span is None or (found is not None and found["end"] <= span[1]):
        return found  # (the reader's own name ends inside the owner's words: keep its cut and its name)
    rec = att._rec(*span)
    if rec is None:
        return found
    if ctx.text.startswith("ال", span[0]) and " " not in ctx.text[span[0]:span[1]]:
        rec = att._antecedent(rec, si)  # «بيان الوزارة»: the ministry named before
    rec["_said_by"] = (ctx.tokens[k].start - 1, ctx.tokens[k].end)  # (the statement's noun is no act)
    rec.update(cue_start=ctx.tokens[t].start, kind="verb")
    return rec


def _owner_span(ctx, k: int, end: int, conf: dict) -> tuple[int, int] | None:
    """(start, end) of the owner's words after the statement's noun at token k, or None."""
    j, skipped, n = k + 1, 0, len(ctx.tokens)
    while j < n and ctx.tokens[j].start < end:
        tok, f = ctx.tokens[j], ctx.ftoks[j]
        if tok.text in ("ل", "لـ") and j + 1 < n:
            start = ctx.tokens[j + 1].start  # «بيان لـ«قسد»»: the lam written apart
            break
        if f in conf["lam_nouns"] and skipped == 0:
            start = tok.start  # «بيان لجنة المصالحة»: a construct whose noun opens with a lam of its own
            break
        if f.startswith("ل") and len(f) > 2 and f not in conf["lam_adjectives"]:
            # «للجيش الحر»: _rec takes the preposition and the article's lam off and names it «الجيش الحر»
            start = tok.start if f.startswith("لل") else tok.start + 1
            break
        if f.startswith("ال") and skipped == 0:
            start = tok.start  # «بيان الوزارة»: a construct
            break
        if not tok.text[:1].isalnum() or f in conf["that"] or f in conf["published"] or skipped >= conf["adjectives"]:
            return None
        skipped += 1  # «بيان منفصل», «بيان مشترك»: an adjective of the statement
        j += 1
    else:
        return None
    stop = j + 1
    while stop < min(n, j + 1 + conf["owner_words"]) and ctx.tokens[stop].start < end:
        tok, f = ctx.tokens[stop], ctx.ftoks[stop]
        if f in conf["that"] or f in conf["published"] or tok.text in ("،", ",", ":", ".", "؛"):
            break
        stop += 1
    else:
        return None  # (no «أن», comma or publisher after at most `owner_words` words: not an owner's name)
    last = ctx.tokens[stop - 1]
    return (start, last.end) if last.end > start else None
