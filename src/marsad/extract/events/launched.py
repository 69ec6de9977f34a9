"""An operation announced as launched is its announcer's statement (stop 41, issue 10).

Why: the gold rule (stop 32, kept at stop 34) makes a named body's or official's decision a statement wherever the
item tells it. News tells a launched operation so: «أعلن الجيش الحر إطلاق معركة سمّاها…», «وكان الرئيس قد أعلن يوم
الأربعاء بدء عملية…», «وكانت القيادة قد أعلنت مساء الأحد انطلاق المعركة الأخيرة». mentions.speeches refuses a
plain report whose content tells an act (the tells-an-act test), so the announcement was never a statement, and the
operation's noun was read as a battle at the place named after it. On the 28 development sets the frame stands in
eight passages of six sets: gold codes the statement in four (87, 92, 99, 101) and none in two (72); one sits in a
«منذ» clause that only dates something else (104: refused here), one in a sentence whose statement is told already
(108).

A speech verb of `verbs` («أعلن» and its persons), then within `window` words of its sentence (no complementiser of
`stops` between: «أعلن أن…» reports; «عن» or a subject may stand between) a launch noun of `launch` («ب/ل» before it
allowed; not after a word of `dated_by`, «منذ انطلاق…») and right after it an operation noun of `operations` (quotes
and the article apart). The speaker: the words between a sentence-opening pluperfect «كان» and «قد» («وكان X قد
أعلن»), else the words between the verb and the launch noun, time words trimmed at both ends; cut at the first
comma; none → no statement. A sentence with a statement already keeps it (one a sentence, as speeches). `drop_act`:
an act mention on the operation noun is dropped (what was announced, not a battle told). `place`: the statement
takes the first usable place its sentence names after the operation's noun (the ground it is launched on or for), as
stop 32's rule places a statement where it concerns. `enabled` in data/events/launched.json (ENABLED here, for the
benchmarks) turns all three off. Cost: a few words read after each «أعلن» (0.07% of the events stage on the
development passages).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .vocab import ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "launched.json"
ENABLED = True
_WORD = re.compile(r"\S+")
_QUOTES = "«»\"'“”()"


@lru_cache(maxsize=1)
def _cfg() -> dict:
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    fold = lambda k: frozenset(ffold(w) for w in raw.get(k, ()))  # noqa: E731
    return {"enabled": bool(raw.get("enabled")), "drop_act": bool(raw.get("drop_act")), "place": bool(raw.get("place")),
            "verbs": fold("verbs"),
            "launch": fold("launch"), "ops": tuple(ffold(w)[:-1] if ffold(w).endswith("ه") else ffold(w)
                                                  for w in raw.get("operations", ())),
            "not_after": fold("not_after"), "stops": fold("stops"), "dated_by": fold("dated_by"),
            "time": fold("time_words"), "pluperfect": fold("pluperfect"), "qad": fold("qad"),
            "about": fold("about_words"),
            "window": int(raw.get("window", 10)), "speaker_words": int(raw.get("speaker_words", 8))}


def refine(ctx, att, kept: list) -> list:
    """`kept` with a statement added for each announced launch whose sentence has none, and (drop_act) the act
    mentions on the announced operation's noun dropped."""
    c = _cfg()
    if not (c["enabled"] and ENABLED):
        return kept
    from .mentions import Mention
    drop: set[tuple[int, int]] = set()
    added: list = []
    for a in ctx.m["speech"].items:
        if ffold(a.surface).removeprefix("و").removeprefix("ف") not in c["verbs"]:
            continue
        si = ctx.sent_of(a.start)
        op = _operation(ctx, a, si, c)
        if op is None:
            continue
        drop.add((op[1], op[2]))
        if _after_since(ctx, a, si, c) or any(m.si == si and m.type == "statement" for m in kept + added):
            continue
        src = _speaker(ctx, a, si, op[0], c)
        if src is None:
            continue
        m = Mention(a.start, a.end, a.surface, "statement", "verb", None, si, False, a.prefix_start)
        m.reported_by = src
        added.append(m)
        ctx.memo.setdefault("launched", {})[m.start] = op[1]
    if c["drop_act"] and drop:
        kept = [m for m in kept if m.type == "statement" or not any(m.start < e and m.end > s for s, e in drop)]
    return kept + added


def place(ctx, out: list[dict]) -> None:
    """(`place`) An announced launch's statement record takes the first usable place of its sentence after the
    operation's noun («أعلنت القيادة بدء حملة لطرد التنظيم من بلدة X»: X; «إطلاق معركة لطرد القوات من ريف Y، وإن
    أولى غاياتها معسكر Z»: ريف Y, not Z): the ground the operation is launched on or for,
    the statement's place by stop 32's rule («the place it concerns»), where the rules took a later one or none."""
    ops = ctx.memo.get("launched")
    if not (ops and _cfg()["place"] and _cfg()["enabled"] and ENABLED):
        return
    from .arguments import place_decisions
    place_decisions(ctx, out, ops, inclusive=False)


def _words(ctx, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(w.start() + start, w.end() + start, w.group()) for w in _WORD.finditer(ctx.text[start:end])]


def _operation(ctx, a, si: int, c: dict) -> tuple[int, int, int] | None:
    """(the launch noun's start, the operation noun's word start and end) after the verb `a`, or None."""
    ws = _words(ctx, a.end, ctx.sents[si].end)[: c["window"] + 2]
    for i, (s, _e, w) in enumerate(ws[: c["window"]]):
        f = ffold(w.strip(_QUOTES + "،,"))
        if f in c["stops"]:
            return None
        if f.removeprefix("ب").removeprefix("ل") in c["launch"] or f in c["launch"]:
            if i and ffold(ws[i - 1][2]).removeprefix("و") in c["dated_by"]:
                return None  # «… القضاء على 280 مسلحاً منذ انطلاق العمليات»: the launch dates what is announced
            if i + 1 < len(ws):
                nxt = ffold(ws[i + 1][2].strip(_QUOTES + "،,")).removeprefix("ال")
                if any(nxt.startswith(o) for o in c["ops"]):
                    return s, ws[i + 1][0], ws[i + 1][1]
    return None


def _after_since(ctx, a, si: int, c: dict) -> bool:
    """«منذ أعلنت الفصائل إطلاق معركة…»: the announcement dates something else."""
    before = _words(ctx, ctx.sents[si].start, a.prefix_start)[-2:]
    return any(ffold(w).removeprefix("و") in c["not_after"] for _s, _e, w in before)


def _speaker(ctx, a, si: int, launch_at: int, c: dict) -> dict | None:
    """The announcer: the pluperfect's subject («وكان X قد أعلن»), else the words between the verb and the launch
    noun after a time phrase; cut at the first comma."""
    head = _words(ctx, ctx.sents[si].start, a.prefix_start)
    if len(head) >= 3 and ffold(head[-1][2]) in c["qad"] and ffold(head[0][2]).removeprefix("و") in c["pluperfect"]:
        span = head[1:-1]
    else:
        span = _words(ctx, a.end, launch_at)
        while span and ffold(span[-1][2].strip("،,")) in c["about"]:
            span = span[:-1]  # «أعلن … عن إطلاق»: the preposition before the launch noun is no part of the speaker
        while span and ffold(span[0][2].strip("،,")) in c["time"]:
            span = span[1:]  # «أعلن في مطلع الأسبوع …»: a time phrase, then (maybe) the subject
        while span and ffold(span[-1][2].strip("،,")) in c["time"]:
            span = span[:-1]  # «أعلنت القيادة صباح اليوم …»: the subject, then a time phrase
    cut = next((i for i, (_s, _e, w) in enumerate(span) if w.endswith(("،", ","))), None)
    if cut is not None:
        span = span[: cut + 1]
    if not span or len(span) > c["speaker_words"]:
        return None
    start, end = span[0][0], span[-1][1]
    surface = ctx.text[start:end].rstrip("،,").strip()
    end = start + len(surface)
    if not surface:
        return None
    return {"surface": surface, "canonical": None, "start": start, "end": end}
