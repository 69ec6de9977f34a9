"""A call joined to its speaker's clause (stop 38, issue 10).

Why: the gold rule (stop 32, kept at stop 34) makes a named body's or official's call a statement wherever the item
tells it, the closing call of the body that reported the act included. Arabic news often tells that call as a verb
joined by «و» to the clause that named the speaker, with no subject of its own: «وقال حسن …، المتحدث باسم الوزارة،
إن القوات استعادت…، ودعا كل الوحدات إلى…», «ودانت القوى الاعتداءات…، وناشدت المجتمع الدولي التحرك…», «أما الهيئة
فأكدت سقوط عشرات…، وناشدت التدخل العاجل…». mentions.speeches read the words after such a verb as its subject (the
object: «التدخل العاجل», «كل الوحدات») or dropped «ناشد/حث», which its verb lists did not carry; on the 22 development
sets three calls were lost so (sets 79 and 86, both of 86's in two passages).

The speaker is the sentence's latest source whose reporting verb stands before the call (attribution's own spans),
when it is no crowd and no nameless source, and the verb has no office or known body (the actors layer with a
kind other than civilians) right after it. A joined call's content says what is to be done: an act word in it is what it
calls for, not an act told (mentions.speeches skips its tells-an-act test). `enabled` in data/events/joined_call.json
(ENABLED here, for the benchmarks) turns it off. Cost: one look at the sentence's sources for a call verb with «و».
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .vocab import ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "joined_call.json"
ENABLED = True


@lru_cache(maxsize=1)
def _on() -> bool:
    return bool(json.loads(DATA.read_text(encoding="utf-8")).get("enabled", False)) if DATA.exists() else False


def open_after_comment() -> bool:
    """A reporting body's own comment on its report (mentions._own_report: no statement) leaves its sentence open to
    a call joined after it («ودانت القوى الاعتداءات…، وناشدت المجتمع الدولي…»)."""
    return _on() and ENABLED


def speaker(ctx, att, a, si: int, office) -> dict | None:
    """The source of the clause a call verb `a` is joined to by «و», or None (`office(word, speakers)` is
    mentions._office)."""
    v = ctx.v
    verb = ffold(a.surface)
    joined = ctx.text[a.prefix_start:a.start] == "و" or (verb[:1] == "و" and a.prefix_start == a.start)
    calls = getattr(v, "call_verbs", ())  # (a tree older than stop 32's call rule has no call verbs: nothing to join)
    if not (_on() and ENABLED and joined and verb.removeprefix("و") in calls):
        return None
    nxt = ctx.words_after(a.end, 1, limit=ctx.sents[si].end)
    if nxt and office(nxt[0], v.speakers):
        return None  # «ودعا وزير الخارجية…»: a speaker of its own
    if any(isinstance(x.value, dict) and x.value.get("kind") != "civilians"
           for x in ctx.m["actors"].starting(a.end, a.end + 3)):
        return None  # «وطالبت هيئة تحرير الشام…»: a known body right after the verb is its own subject
    before = [s for s in att.of_sentence(si) if s.get("cue_start", s["start"]) < a.prefix_start and s["end"] <= a.prefix_start]
    if not before:
        return None
    src = max(before, key=lambda s: s["end"])
    head = ffold(src["surface"]).split()[:1]
    if not head or head[0].lstrip("و") in v.crowd_speakers or head[0].lstrip("و") in v.generic_heads:
        return None
    return src
