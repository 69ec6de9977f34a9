"""A figure told over places the text calls many or scattered is a sum over them, not one incident (stop 37, helper
agg2): «أفاد ناشطون بأن 31 مدنياً قُتلوا الأحد برصاص الجيش لدى تفريقه تظاهرات عمّت أنحاء متفرقة من المحافظات»,
«غداة مقتل 14 مدنياً بغارات استهدفت مناطق عدة في الريف», «خرجت أكثر من 20 مسيرة في مدن المحافظة وبلداتها».

Why: the record of such a figure was an incident and took a place from elsewhere — the act told before it in the
sentence, a later telling joined into it («وقُتل أربعة في تفريق مسيرة في مدينة حمص»), a town of the list — so the
sum was scored at one town and the gold's aggregate missed. The gold codes these as aggregates (the events_probe
README: an aggregate's place is the one area it is summed over, else none; stop 34: a day's toll larger than the
incidents told beside it is an aggregate beside them); dev sets 71, 78, 79, 87 and 93 hold them.

Read at the record level, after its place and figure are chosen, so no join or attachment changes: the record's
trigger (or a telling of it in that sentence) and its figure come before a cues.json `spread_places` cue in one
sentence, with no place between (a place between is the act's own: «قُتل خمسة في غارة على دوما، بينما خرجت مسيرات
في مدن عدة») and not counted by the figure itself («السيطرة على ست بلدات وقرى» is one taking's count of places).
The record becomes kind aggregate over its day; it keeps a place of that sentence told after the cue («بقصف طال
مناطق متفرقة بمحافظة حماة») or an area of it («شهدت محافظة حماة سقوط ستة قتلى … بمناطق متفرقة»), or takes the area named
right after the cue, else none (a town, or a place of another sentence, is an incident's).
`TWO_AREAS`: a death toll placed at one of areas of two governorates joined by «و» is a sum over both, no place.
Cost: one cue lookup per record with a figure (and a look at its sentence's places for a toll).
"""
from __future__ import annotations

from . import arguments
from .context import Ctx

_KEYS = ("fatalities", "count")
_AREA_AFTER = 4  # words from the cue to the one area it names («مناطق متفرقة بمحافظة حماة»)
TWO_AREAS = True  # a death toll over areas of two governorates joined by «و» is a sum with no place


def refine(ctx: Ctx, out: list[dict]) -> None:
    """Make each incident record whose figure is told over many places an aggregate with the area's place or none."""
    for r in out:
        if r.get("modality", "asserted") != "asserted" or not any(r.get(k) for k in _KEYS) or \
                (r.get("quantity") or {}).get("start") is None:
            continue
        if TWO_AREAS and r.get("fatalities") and _over_two_areas(ctx, r):
            _sum(ctx, r)
            r["place"] = None
            continue
        cue = _spread_cue(ctx, r) if r.get("kind") == "incident" else None
        if cue is None:
            continue
        _sum(ctx, r)
        p = r.get("place")
        sent = ctx.sents[ctx.sent_of(cue.start)]
        if p and p.get("start") is not None and sent.start <= p["start"] < sent.end and \
                (p["start"] >= cue.end or 2 <= arguments.level(p) <= 4):
            continue  # (its place is the area the cue names, or the area its sentence sums over: «شهدت محافظة X»)
        r["place"] = _area_after(ctx, cue)


def _sum(ctx: Ctx, r: dict) -> None:
    """The record is an aggregate over its day (an aggregate already keeps its own period)."""
    if r.get("kind") == "aggregate":
        return
    r["kind"] = "aggregate"
    day = r.get("date") if r.get("date_grain") == "day" else None
    r["period"] = {"start": day, "end": day or ctx.published}


def _over_two_areas(ctx: Ctx, r: dict) -> bool:
    """«أوقع القصف على ريفي اللاذقية وإدلب يوم الأحد أحد عشر قتيلاً», «قُتل تسعة بغارات على ريفي حمص وحماة»: the
    record's place, in its figure's sentence, is one of areas of two governorates joined by «و» (regions
    or governorates): the figure is summed over both, no place of either (arguments.over_a_list reads a mention's
    list told after its trigger; this reads the record's, wherever its figure stands)."""
    p = r.get("place")
    if not p or p.get("start") is None:
        return False
    sent = ctx.sents[ctx.sent_of(r["quantity"]["start"])]
    if not sent.start <= p["start"] < sent.end:
        return False
    pool = ctx.places.between(sent.start, sent.end)
    for first in pool:
        group = arguments._conjoined(ctx, first, pool)
        if any(x["start"] == p["start"] for x in group):
            return len(group) > 1 and all(3 <= arguments.level(x) <= 4 for x in group) and \
                len({x.get("admin1_en") for x in group}) == len(group)
    return False


def _spread_cue(ctx: Ctx, r: dict):
    """The `spread_places` cue after the record's trigger (or a telling of it) and its figure, in their sentence,
    with no place between; None if there is none."""
    q = r["quantity"]["start"]
    si = ctx.sent_of(q)
    sent = ctx.sents[si]
    told = [m["start"] for m in r.get("mentions") or [] if ctx.sent_of(m["start"]) == si] or \
        ([r["start"]] if ctx.sent_of(r["start"]) == si else [])
    if not told:
        return None
    anchor = min(min(told), q)
    cue = next(iter(ctx.m["spread"].starting(max(told), sent.end)), None)
    if cue is None or q > cue.prefix_start or ctx.places.between(anchor, cue.prefix_start):
        return None
    end = r["quantity"]["end"]
    if cue.prefix_start < end or not ctx.text[end:cue.prefix_start].strip():
        return None  # «السيطرة على ست بلدات وقرى»: the figure counts the places themselves, one act's (a taking's)
    return cue


def _area_after(ctx: Ctx, cue) -> dict | None:
    """The one area right after the cue («بمحافظة حماة»: a region, a district or a governorate), else none (also
    for two areas joined by «و»: «على قرى وبلدات في محافظتي حمص وحماة» is summed over both)."""
    end = ctx.sents[ctx.sent_of(cue.start)].end
    p = ctx.places.first_after(cue.end, end)
    if p is None or p.get("_country") or ctx.words_between(cue.end, p["start"]) > _AREA_AFTER or \
            not 2 <= arguments.level(p) <= 4 or len(arguments._conjoined(ctx, p, ctx.places.between(p["end"], end))) > 1:
        return None
    return arguments.clean_place(p)
