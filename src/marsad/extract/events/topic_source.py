"""«أما المرصد فقال إن…», «أما مراسل الإذاعة في المدينة فأكد أن…», «أما إعلام النظام فقال إن…»: the topic that «أما»
fronts is the subject of the reporting verb joined to it by «ف» (stop 40, helper src; issue 10's reported_by bar).

Arabic contrasts a second teller with the first this way: «قالت الوزارة إن … . أما المرصد فذكر أن …». The verb
stands after its subject, so the source reader, which looks for a verb's subject after it, found nothing (the record
fell to the outlet: «أما إعلام النظام فقال إن»), or took the first name of the reported clause after «أن» («أما
مراسل … فأكد أن قوات سوريا الديمقراطية دهمت…» gave the raiding force), or took a known name with the particle in its
span («أما المرصد السوري»). The subject-before-verb reader (`Attribution._subject_before_verb`) takes only a reporter,
a generic head or a known name there; after «أما» anything up to the «ف» of the verb is the subject, whatever it
names («أما شبكة الخابور المحلية فقالت», «أما حمدان فقال»).

Not a topic of place or time («أما في حلب فقال ناشطون إن…»: the subject follows the verb), not one with an act in it,
not when a source stands right after the verb. Settings (the switch among them) in data/events/topic_source.json.
Reads only what every tree since stop 32 has (Ctx tokens and triggers, Attribution._rec), so the gate
(benchmarks/bench_figure_fixes.py `topic_source`) replays it on each development set's first-run commit. Cost: a
look back of at most `reach` tokens from each reporting verb that begins with «ف».
"""
from __future__ import annotations

import json
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from .vocab import complementisers, ffold

SETTINGS = Path(__file__).resolve().parents[2] / "data" / "events" / "topic_source.json"


@lru_cache(maxsize=1)
def settings() -> dict:
    """topic_source.json read once, its words folded as the tokens are (absent: off, for trees before the file)."""
    raw = json.loads(SETTINGS.read_text(encoding="utf-8")) if SETTINGS.exists() else {}
    return {"enabled": bool(raw.get("enabled", False)), "reach": int(raw.get("reach", 12)),
            "topic": frozenset(ffold(w) for w in raw.get("topic_words", ())),
            "preps": frozenset(ffold(w) for w in raw.get("place_preps", ())),
            "that": complementisers("that")}  # (cues.json: the one list of «أن/إن/بأن»)


def subject(att, cue, floor: int, after: dict | None) -> dict | None:
    """The topic «أما» fronts before the «ف»-joined reporting verb `cue` (an attribution match), as a source
    record; None when the switch is off, there is no such topic, or `after` (the source the reader found after the
    verb) stands right after it («فقال ناشطون…»: the verb's own subject)."""
    conf = settings()
    if not conf["enabled"]:
        return None
    ctx = att.ctx
    t = bisect_left(ctx.tok_starts, cue.prefix_start)
    if t >= len(ctx.tokens) or not ctx.ftoks[t].startswith("ف"):
        return None
    if after is not None and after["start"] >= cue.end and not ctx.text[cue.end:after["start"]].strip(" ،,"):
        return None
    k = _topic_word(ctx, t, floor, conf)
    if k is None or k + 1 >= t or ctx.ftoks[k + 1] in conf["preps"]:
        return None
    start, end = ctx.tokens[k + 1].start, ctx.tokens[t - 1].end
    if ctx.m["triggers"].first_after(start, end) is not None:
        return None  # «أما القصف فقال عنه…»: an act is the topic, not a speaker
    return att._rec(start, end)


def _topic_word(ctx, t: int, floor: int, conf: dict) -> int | None:
    """The index of the «أما» before token t in its clause (no «أن/إن», no sentence mark between), or None."""
    for k in range(t - 1, max(-1, t - 1 - conf["reach"]), -1):
        tok = ctx.tokens[k]
        if tok.start < floor or tok.text in (".", "!", "؟", "?", ":") or ctx.ftoks[k] in conf["that"]:
            return None
        if ctx.ftoks[k] in conf["topic"]:
            return k
    return None
