"""A curfew imposed or announced by a named body is its statement (stop 43, issue 10).

Why: the gold rule (stop 32) makes a named body's decision a statement wherever the item tells it, and a curfew is
the commonest such measure in the development sets («وفرضت إدارة الأمن في مدينتين حظر تجول…», «قررت الإدارة فرض
حظر للتجول في مدينة…», «أعلنت السلطات حظر التجول في محافظة…»). No speech verb tells it (the verb imposes), so
mentions.speeches never saw it and nothing of its type was emitted. On the 32 development sets an active frame with a
named subject stands in five passages of four sets: gold codes the statement in three (67, 86, 116), none in two of
one set (108); a passive («فُرض حظر»), a masdar («حمل السلطات على إعلان حظر») or a state («بقي الحظر مفروضاً»)
names no deciding body and is left alone (gold codes none there either).

A verb of `verbs` within `window` words before the ban noun (`ban`, «حظر», then a word of `curfew` with its article
or «لل» apart), no comma or word of `stops` between; the speaker is the words between the verb and the noun, a masdar
(«فرض») at its end trimmed, cut at a word of `speaker_cut` («في حمص…»); none → no statement (a passive has no
subject). Not right after a word of `not_while` («بينما/فيما فرضت…»: a curfew told alongside the sentence's news;
gold codes none in the two such passages). One statement a sentence. `place`: the statement takes the first usable place its sentence names after the
speaker (the ground the curfew is laid on, not a place in the body's name). `enabled` in data/events/curfew.json (ENABLED here, for the benchmarks).
Cost: a document whose folded text holds no curfew word is skipped at once (the lead, stop 43: the word walk of
every sentence was the largest new cost of the stop); otherwise a look at the words before each «حظر».
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .vocab import ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "curfew.json"
ENABLED = True
_WORD = re.compile(r"\S+")
_PUNCT = "«»\"'“”()،,.:؛"


@lru_cache(maxsize=1)
def _cfg() -> dict:
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    fold = lambda k: frozenset(ffold(w) for w in raw.get(k, ()))  # noqa: E731
    return {"enabled": bool(raw.get("enabled")), "place": bool(raw.get("place")), "verbs": fold("verbs"),
            "ban": fold("ban"), "curfew": fold("curfew"), "masdars": fold("masdars"), "stops": fold("stops"),
            "cut": fold("speaker_cut"), "while": fold("not_while"), "window": int(raw.get("window", 10)),
            "speaker_words": int(raw.get("speaker_words", 8))}


def _bare(w: str) -> str:
    return ffold(w.strip(_PUNCT))


def refine(ctx, att, kept: list) -> list:
    """`kept` with a statement added for each curfew a named body imposes in a sentence that has none."""
    c = _cfg()
    if not (c["enabled"] and ENABLED) or not any(w in ctx.doc.folded.text for w in c["curfew"]):
        return kept  # (folding is one character at a time: a curfew word no token can hold is not in the text)
    from .mentions import Mention
    added: list = []
    for si, s in enumerate(ctx.sents):
        if any(m.si == si and m.type == "statement" for m in kept + added):
            continue
        ws = [(w.start() + s.start, w.end() + s.start, w.group()) for w in _WORD.finditer(ctx.text[s.start:s.end])]
        for i in range(len(ws) - 1):
            if not _curfew_at(ws, i, c):
                continue
            found = _decider(ctx.text, ws, i, c)
            if found is None:
                continue
            (vs, ve, vw), speaker = found
            pre = 1 if _bare(vw)[1:] in c["verbs"] and _bare(vw) not in c["verbs"] else 0
            m = Mention(vs + pre, ve, ctx.text[vs + pre:ve], "statement", "verb", None, si, False, vs)
            m.reported_by = speaker
            added.append(m)
            ctx.memo.setdefault("curfew", {})[m.start] = speaker["end"]
            break
    return kept + added


def _curfew_at(ws: list, i: int, c: dict) -> bool:
    """«حظر التجول», «حظر تجول», «وحظر للتجول»: the ban noun, then the curfew word."""
    ban = _bare(ws[i][2])
    if ban not in c["ban"] and ban[1:] not in c["ban"]:
        return False
    nxt = _bare(ws[i + 1][2])
    return any(nxt == p + w for w in c["curfew"] for p in ("", "ال", "لل"))


def _decider(ctx_text: str, ws: list, i: int, c: dict):
    """The imposing verb before the ban noun `i` and its subject (a speaker dict), or None."""
    for j in range(i - 1, max(-1, i - 1 - c["window"]), -1):
        w = ws[j][2]
        f = _bare(w)
        if j < i - 1 and w.endswith(("،", ",", ".", ":", "؛")):
            return None
        if f in c["stops"] or f[1:] in c["stops"]:
            return None
        if f in c["verbs"] or (f[:1] in ("و", "ف") and f[1:] in c["verbs"]):
            sp = _speaker(ctx_text, ws[j + 1:i], c)
            if sp is None:
                continue
            if j and _bare(ws[j - 1][2]) in c["while"]:
                return None  # «… بينما فرضت السلطات حظر التجول»: told alongside the sentence's news
            return ws[j], sp
    return None


def _speaker(text: str, span: list, c: dict) -> dict | None:
    while span and _bare(span[-1][2]) in c["masdars"]:
        span = span[:-1]  # «قررت الإدارة فرض حظر»: the masdar is no part of the subject
    cut = next((k for k, (_s, _e, w) in enumerate(span) if _bare(w) in c["cut"]), None)
    span = span[:cut] if cut is not None else span
    if not span or len(span) > c["speaker_words"] or _bare(span[0][2]) in c["masdars"]:
        return None
    start = span[0][0]
    surface = text[start:span[-1][1]].rstrip(_PUNCT + " ")
    return {"surface": surface, "canonical": None, "start": start, "end": start + len(surface)}


def place(ctx, out: list[dict]) -> None:
    """(`place`) A curfew's statement takes the first usable place of its sentence after its speaker («فرضت الإدارة في
    مدينة X حظر تجول»: X; «أعلنت السلطات حظر التجول في محافظة Y»: Y; not «قررت محافظة Z…»: the body's own name),
    the ground the curfew is laid on."""
    at = ctx.memo.get("curfew")
    if not (at and _cfg()["place"] and _cfg()["enabled"] and ENABLED):
        return
    from .arguments import place_decisions
    place_decisions(ctx, out, at, inclusive=True)
