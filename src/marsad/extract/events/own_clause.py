"""A second verb with a town of its own is an act of its own (stop 47, issue 10: one record per incident).

Why: incidents.resolve joins a later mention of the incident's type told in the same sentence when nothing in
`_joins` parts them (`if same_sent …: return True`). tellings.apart parts a clause opened by «كما/فيما/بينما» that
names a place of its own, but not the act named again by its noun («، كما طالت الغارات مدينة X»: the noun is an
anaphor) nor a clause opened by «و» and its own verb («، وقصفت المدفعية بلدة Y»), so the second town's act is lost
into the first's record. The rules' yes is refused when

- m has the incident's type and is told after the incident's last telling in the same sentence, across a clause
  break that opens m's clause with a part word (joins.json part_words) or with «و» and m's own verb;
- m's clause names a place of `kinds` (a town or finer) read as where something happened (not an origin, not a
  country), and
- the incident's tellings place it somewhere, and none of their places is that place, holds it or lies in it
  (a second verb that retells the act at its place, «قصفت X، واستهدفت أحياءها», stays joined: a second telling).

m then takes its clause's place when its own came from before the break (mentions46: a bare object town after a verb
the places layer does not read as locative falls back on the place of the clause before). `enabled` in
data/events/own_clause.json (and ENABLED here, for the benchmarks) turns it off.
"""
from __future__ import annotations

import json
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from ...arabic.normalize import fold_str
from . import arguments, clauses, tellings
from .vocab import ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "own_clause.json"
ENABLED = True


def _raw() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}


@lru_cache(maxsize=1)
def _conf() -> dict:
    raw = _raw()
    return {"on": bool(raw.get("enabled", False)), "kinds": frozenset(raw.get("kinds", ())),
            "anaphor": bool(raw.get("anaphor", False)), "and_verbs": bool(raw.get("and_verbs", False)),
            "reach": frozenset(fold_str(w) for w in raw.get("reach_verbs", ())),
            "city_quarters": bool(raw.get("city_quarters", False))}


def _quarter_of(town: dict, p: dict) -> bool:
    """p is a quarter of the town (finer_place's reading: a quarter of its governorate near the city's point; the
    gazetteer names no city a quarter lies in): «قصفت الطائرات مدينة X، وطالت الغارات حي Y فيها» retells the act at a
    quarter of the city it hit (own_clause.json `city_quarters`; review47 F4)."""
    try:
        from . import finer_place
    except ImportError:  # (an older tree the gate replays, before stop 40's finer_place: no quarter read)
        return False
    if town.get("kind") == finer_place._QUARTER or town.get("lat") is None:
        return False
    return finer_place._holds(town, p, finer_place.conf())


def _reached(ctx, c, m, verbs: frozenset) -> bool:
    """m, an act's noun, is the subject of a verb of reaching that opens its clause right after «و» («، وطال القصف
    بلدة X», «، وقد طالت الغارات X»)."""
    ws = ctx.words_between(c.end, m.prefix_start)
    if not 1 <= ws <= 2:
        return False
    return any(ffold(w) in verbs or ffold(w[1:]) in verbs for w in ctx.words_before(m.prefix_start, ws, floor=c.end))


def _kind(p: dict) -> str | None:
    return p.get("kind") or p.get("level")


def joins(ctx, inc, m, joined: bool) -> bool:
    """The rules' answer (`joined`), refused when m tells its act in a clause of its own at a town of its own."""
    return joined and not (ENABLED and apart(ctx, inc, m))


def apart(ctx, inc, m) -> bool:
    """m tells the incident's kind of act again in its sentence, in a clause of its own at a town of its own (the
    module's list); m takes that town when its place came from before the clause."""
    conf = _conf()
    last = inc.mentions[-1]
    if not conf["on"] or m.si != last.si or inc.type != m.type or last.end > m.prefix_start:
        return False
    if not ctx.breaks_between(last.end, m.prefix_start):
        return False
    c = tellings.cut(ctx, last.end, m.prefix_start)
    part = c is not None
    if c is None:
        c = tellings._and_opener(ctx, last.end, m.prefix_start, m.end) if conf["and_verbs"] else None
        if c is None or not (m.pos == "verb" and ctx.words_between(c.end, m.prefix_start) == 0 or
                             m.pos == "noun" and _reached(ctx, c, m, conf["reach"])):
            return False  # («، وقصفت …»: the «و» is m's own verb's; «، وطال القصف …»: its noun after a verb of reaching)
    if m.anaphor and not (conf["anaphor"] and _reached(ctx, c, m, conf["reach"])):
        return False  # (the act named again is another only as the subject of a verb of reaching: «كما طالت الغارات X»)
    end = ctx.clause(m.end)[1]
    own = [p for p in arguments.usable_places(ctx, m.si, ctx.memo.get(("blocked", m.si), []))
           if c.end <= p["start"] < end and p["_loc"] and not p["_origin"] and not p["_country"] and
           _kind(p) in conf["kinds"]]
    if not own:
        return False
    theirs = [p for o in inc.mentions for p in o.all_places if p and not (c.end <= p.get("start", -1) < end)]
    towns = [q for q in theirs if _kind(q) in conf["kinds"]]
    if not towns and not (part and theirs):
        return False  # (an incident placed nowhere, or only coarse with no part word: the detail of its place)
    p = own[0]
    key = clauses.place_key(p)
    if any(clauses.place_key(q) == key or tellings.same_place(q, p) or arguments.holds(q, p) or arguments.holds(p, q)
           for q in towns):
        return False
    if conf["city_quarters"] and any(_quarter_of(q, p) for q in towns):
        return False  # (the city told before and a quarter of it: one act told again at its quarter)
    if m.place is None or m.place.get("start", c.end) < c.start:
        m.places, m.place = [p], p
    return True


@lru_cache(maxsize=1)
def _reach_conf() -> dict:
    """own_clause.json `reach_mentions`: the verbs of reaching that tell the act before them again at a place of its
    own, the words that may open their clause, the types they carry on, and the nouns whose reach is no act
    (`not_acts`). On only when the file's own `enabled` is on too (review47 F1: the file's switch turns it all off)."""
    raw = _raw()
    r = raw.get("reach_mentions") or {}
    return {"on": bool(raw.get("enabled")) and bool(r.get("enabled")),
            "verbs": frozenset(fold_str(w) for w in r.get("verbs", ())),
            "openers": frozenset(fold_str(w) for w in r.get("openers", ())),
            "types": frozenset(r.get("types", ())), "kinds": frozenset(r.get("kinds", ())),
            "not_acts": frozenset(fold_str(w) for w in r.get("not_acts", ()))}


def _not_act(ctx, tok, ce: int, conf: dict) -> bool:
    """The verb's subject, its first word after it (past the openers' «كذلك/أيضاً»), is a thing the act left that
    spread, no act: «، وامتدت الحرائق إلى مدينة X», «، وطالت الأضرار منازل في Y» (own_clause.json reach_mentions
    `not_acts`; review47 F2)."""
    if not conf["not_acts"]:
        return False
    after = [w for w in ctx.words_after(tok.end, 3, limit=ce) if w not in conf["openers"]]
    return bool(after) and (after[0] in conf["not_acts"] or after[0].removeprefix("ال") in conf["not_acts"])


def reach_mentions(ctx, found: list) -> list:
    """A verb of reaching that opens a clause of its own after an act of its sentence, with no act noun of its own
    as subject and a town of its own after it («…، كما طالت جسرين وعين ترما», «، وامتدت كذلك إلى مدينة X», «، وقد
    طالت الضربات X» where «الضربات» typed no mention), is that kind of act told again at another place: a mention of
    the act's type at the verb (the joins then part it when its town is not the incident's, `apart`). Without it the
    second place is a list or an object of the first act's clause and its act is lost."""
    conf = _reach_conf()
    if not (ENABLED and conf["on"]) or not found:
        return found
    from .mentions import Mention  # (mentions is read by the steps this module's callers run)
    out = list(found)
    for k, tok in enumerate(ctx.tokens):
        w = ctx.ftoks[k]
        if w not in conf["verbs"] and not (w[:1] == "و" and w[1:] in conf["verbs"]):
            continue
        si = ctx.sent_of(tok.start)
        i = bisect_left(ctx.breaks, tok.start) - 1
        if i < 0 or ctx.breaks[i] < ctx.sents[si].start:
            continue
        b = ctx.breaks[i]
        a = b if ctx.text[b].isalpha() else b + 1  # (a break word, «كما», is a break at its own start)
        lead = ctx.words_after(a, ctx.words_between(a, tok.start), limit=tok.start)
        if any(x not in conf["openers"] for x in lead) or not (lead or w[:1] == "و"):
            continue  # (a clause opened by «و», «كما», «فيما», «بينما», «وقد» and the verb)
        prev = next((m for m in reversed(found) if m.si == si and m.end <= b and m.type in conf["types"]), None)
        ce = ctx.clause(tok.end)[1]
        if prev is None or any(m.si == si and tok.end <= m.start < ce for m in found):
            continue  # (no act before; or the clause has a mention of its own: «، وطال القصف ذاته X»)
        if _not_act(ctx, tok, ce, conf):
            continue  # («، وامتدت النيران إلى بلدة X»: the fire spread, no act there)
        if not any(_kind(p) in conf["kinds"] for p in ctx.places.between(tok.end, ce)):
            continue
        m = Mention(tok.start, tok.end, ctx.text[tok.start:tok.end], prev.type, "verb", prev.sub, si, False, tok.start)
        out.append(m)
    out.sort(key=lambda m: m.start)
    return out
