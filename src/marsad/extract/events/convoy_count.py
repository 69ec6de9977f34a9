"""A convoy's people counted in a later sentence: «بلغت إدلب أول قافلة تقل مهجرين من درعا البلد … . وأوضح المراسل أن
المهجرين، وعددهم 430 مدنياً، …», «انطلقت القافلة الثالثة … . وأوضح مصدر أمني أن 3387 شخصاً، منهم 584 مسلحاً، خرجوا من
جسر الرستن», «غادرت الدفعة السابعة … . وقال المصدر إن 130 شخصاً من هذه الدفعة قصدوا إدلب» (stop 44, helper fig44).
The convoy record takes that count.

Why: a convoy, a batch or an evacuation is mostly told first by its movement, its people counted after, by the
reporter or a source, in a sentence of their own; the figure grammar reads a figure in the act's own clause
(arguments.assign_figures) and the next sentence's vehicles carrying it (arguments.carried_next): a count told as the
subject of a movement verb, named by «عدد», or carried by the vehicles two sentences on went to no record. The gold
codes that count as the convoy's (la20 100, lj07 109, kq18 90, ky04 98, lu13 120; lu15 120 and km14 87 at another place).

What: an asserted record of `types` whose tellings hold a word of `convoy_words`, with no figure, takes the first
number of people in the `reach` sentences after its first telling's (stopping at a sentence where another record is
told) that is the subject of a movement verb (`movement_verbs` within `verb_reach` words after it, a part «منهم N»
between allowed), named by «عدد» (`number_of` within `number_of_reach` words before it) or carried
(`carriers` within `carrier_reach` words before it, with a vehicle or a convoy word of `carried_by` before them). Not:
vehicles or things, a part («منهم/بينهم N»), the wounded, a number another record holds. Off: `enabled` false.
Where: on the finished records, after the figure refiners. Cost: a set test of a few words per record of `types`; the
quantities of three sentences per figureless convoy record.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .context import Ctx
from .vocab import counted_class, ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "convoy_count.json"
_PREFIXES = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")


def _fold_set(words) -> frozenset:
    return frozenset(ffold(w) for w in words)


@lru_cache(maxsize=1)
def conf() -> dict:
    """data/events/convoy_count.json (absent: off)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return {"enabled": bool(raw.get("enabled", False)), "types": frozenset(raw.get("types", ())),
            "reach": int(raw.get("reach", 3)), "convoy": _fold_set(raw.get("convoy_words", ())),
            "verbs": _fold_set(raw.get("movement_verbs", ())), "number_of": _fold_set(raw.get("number_of", ())),
            "number_of_reach": int(raw.get("number_of_reach", 4)), "verb_reach": int(raw.get("verb_reach", 6)),
            "carriers": _fold_set(raw.get("carriers", ())), "carried_by": _fold_set(raw.get("carried_by", ())),
            "carrier_reach": int(raw.get("carrier_reach", 4)), "own": _own(raw.get("number_of_own") or {})}


def _own(raw: dict) -> dict | None:
    """number_of_own (review44's F2): the bare «عدد» words and the words after them that name the convoy's people;
    None when off (any «عدد» before the number names it, as stop 44 shipped)."""
    if not raw.get("enabled"):
        return None
    return {"bare": _fold_set(raw.get("bare", ())), "nouns": _fold_set(raw.get("nouns", ()))}


def _in(w: str, words: frozenset) -> bool:
    """A folded word, or it without a clitic prefix, in words."""
    if w in words:
        return True
    return any(w.startswith(p) and w[len(p):] in words for p in _PREFIXES if len(w) > len(p) + 1)


def refine(ctx: Ctx, out: list[dict]) -> None:
    """Give each figureless convoy record the people a later sentence of its story counts for it."""
    c = conf()
    if not c["enabled"]:
        return
    convoys = [r for r in out if r.get("type") in c["types"] and r.get("start") is not None]
    if not convoys:
        return
    held = {(r.get("quantity") or {}).get("start") for r in out} - {None}
    starts: dict[int, int] = {}
    for r in out:  # (the sentences where a record is told: another act's story, or another convoy's)
        if r.get("start") is not None:
            si = ctx.sent_of(r["start"])
            starts[si] = starts.get(si, 0) + 1
    for r in convoys:
        if r.get("modality", "asserted") != "asserted" or r.get("count") or r.get("fatalities") or \
                not any(_in(w, c["convoy"]) for m in r.get("mentions") or () for w in ffold(m["surface"]).split()):
            continue
        q = _count_after(ctx, c, ctx.sent_of(r["start"]), starts, held)
        if q is not None:
            from . import bounds
            b = bounds.bound(ctx, q)
            r["count"] = {"low": b["low"], "high": b.get("high"), "approx": bool(b.get("approx"))}
            r["quantity"] = {"start": q["start"], "end": q["end"], "surface": q["surface"]}
            if q.get("counted") and not r.get("counted"):
                r["counted"] = q["counted"]
            held.add(q["start"])


def _count_after(ctx: Ctx, c: dict, last: int, starts: dict, held: set) -> dict | None:
    for si in range(last + 1, min(len(ctx.sents), last + 1 + c["reach"])):
        if starts.get(si):
            return None  # another record told: its story, its figures
        s = ctx.sents[si]
        for q in ctx.quants.between(s.start, s.end):
            if q.get("low") is None or q["start"] in held or q.get("kind") not in ("count", None) or \
                    not _people(ctx, q, s.start):
                continue
            if _subject(ctx, c, q, s) or _named(ctx, c, q, s.start) or _carried(ctx, c, q, s.start):
                return q
    return None


def _people(ctx: Ctx, q: dict, floor: int) -> bool:
    """A noun of people or a bare number; not a part «منهم 584», not the wounded."""
    if counted_class(q.get("counted")) not in ("person", "unknown", None):
        return False
    if ctx.v.hurt_nouns.get(ffold(q.get("counted") or "")) in ("injured", "killed"):
        return False
    before = ctx.words_before(q["start"], 1, floor=floor)
    return not (before and (before[0] in ctx.v.of_them or before[0] in ctx.v.subset or
                            before[0].lstrip("و") in ctx.v.subset))


def _subject(ctx: Ctx, c: dict, q: dict, s) -> bool:
    """A movement verb within `verb_reach` words after q, no number between but a part («، منهم 584 مسلحاً،»)."""
    ws = ctx.words_after(q["end"], c["verb_reach"], limit=s.end)
    k = next((i for i, w in enumerate(ws) if w.strip("،,.«»") and _in(w.strip("،,.«»"), c["verbs"])), None)
    if k is None:
        return False
    for x in ctx.quants.between(q["end"], s.end):
        if x["start"] >= q["end"] and ctx.words_between(q["end"], x["start"]) < k and x.get("low") is not None:
            pre = ctx.words_before(x["start"], 1, floor=q["end"])
            if not (pre and (pre[0] in ctx.v.of_them or pre[0] in ctx.v.subset)):
                return False
    return True


def _named(ctx: Ctx, c: dict, q: dict, floor: int) -> bool:
    """«وعددهم 430», «يقدر عدد مهجري هذه الدفعة بألفين»: «عدد» within `number_of_reach` words before q."""
    ws = [w.strip("،,.«»") for w in ctx.words_before(q["start"], c["number_of_reach"], floor=floor)]
    own = c.get("own")
    return any(_in(w, c["number_of"]) and (own is None or w not in own["bare"] or _of_convoy(c, own, ws[i + 1:i + 2]))
               for i, w in enumerate(ws))


def _of_convoy(c: dict, own: dict, after: list[str]) -> bool:
    """The word after a bare «عدد» names the convoy's people («عدد المهجرين», «عدد مهجري هذه الدفعة», «بعدد 300»: the
    number itself), not another group («عدد الأطفال في المخيم», «عدد المدنيين الباقين»)."""
    return not after or _in(after[0], c["convoy"]) or _in(after[0], own["nouns"])


def _carried(ctx: Ctx, c: dict, q: dict, floor: int) -> bool:
    """«حافلات البلدتين حملت قرابة خمسمئة شخص», «30 حافلة أعدت لنقل قرابة 1500 مسلح»: a carrier word within
    `carrier_reach` words before q, a vehicle or convoy word before it (within three more words)."""
    ws = [w.strip("،,.«»") for w in ctx.words_before(q["start"], c["carrier_reach"] + 3, floor=floor)]
    near = ws[-c["carrier_reach"]:]
    k = next((i for i in range(len(near) - 1, -1, -1) if _in(near[i], c["carriers"])), None)
    if k is None:
        return False
    before = ws[:len(ws) - len(near) + k]
    return any(_in(w, c["carried_by"]) or counted_class(w) == "vehicle" for w in before)
