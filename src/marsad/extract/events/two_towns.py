"""Two towns, two incidents (stop 37, issue 10: one record per incident).

Why: incidents.resolve joins a later telling of an act's type to the incident told before whenever nothing in
`_joins` parts them (an anaphor, a restated figure, a coarse lead with its detail, the same day). On the development
paraphrase sets most gold events lost that way ("joined": their type is only on records matched to other gold) are
told at another town than the record's (53 of 71, bench_incidents.py): «قصفت قوات النظام بلدة X …. وفي بلدة Y
قصفت المدفعية …» is two acts, and a coder gives each its own event (ACLED: one event per location and day). So the
rules' yes is refused when

- the mention has the incident's type and is told in a later sentence than the incident's last telling (one
  sentence that names two towns for one act, «قصفت X وY», is left to the rules: a list is one act over its places);
- it is tied to a town of its own (a place of `kinds` in data/events/two_towns.json: a locality or a city), and
- the incident's body (its mentions after a headline) already names a town of the same country that is neither the
  same place (clauses.place_key, tellings.same_place) nor one holding the other (arguments.holds).

A coarse lead (a governorate, a region: «غارات على ريف إدلب») still takes its first town; only a second, different
town makes a second incident. Reads the mentions only; cost: the incident's places once per rules' join.
`enabled` in the JSON (and ENABLED here, for the benchmarks) turns it off. Its `quarters` block (stop 46) adds the
quarters: two quarters of a city told in two sentences are two incidents too, unless the later one names the act
again by its noun (an anaphor: where its harm fell).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from . import arguments, clauses, routes, tellings

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "two_towns.json"
ENABLED = True


@lru_cache(maxsize=1)
def _conf() -> tuple[bool, frozenset[str]]:
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return bool(raw.get("enabled", False)), frozenset(raw.get("kinds", ())) | _quarters()


@lru_cache(maxsize=1)
def _quarters() -> frozenset[str]:
    """two_towns.json `quarters` (stop 46): the kinds (a quarter) that make two incidents too when it is on. Two
    quarters of a city told in two sentences are two places, as two towns are (ACLED: one event a location)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    q = raw.get("quarters") or {}
    return frozenset(q.get("kinds", ())) if q.get("enabled") else frozenset()


def _kind(p: dict) -> str | None:
    return p.get("kind") or p.get("level")


def joins(ctx, inc, m, joined: bool) -> bool:
    """The rules' answer (`joined`), refused when m tells its act at another town than the incident's body."""
    return joined and not (ENABLED and apart(ctx, inc, m))


def apart(ctx, inc, m) -> bool:
    """m names a town of its own in a later sentence, and the incident's body another town (the module's list)."""
    on, kinds = _conf()
    if not on or inc.type != m.type or m.place is None or _kind(m.place) not in kinds or \
            m.si == inc.mentions[-1].si:
        return False
    if m.anaphor and _kind(m.place) in _quarters():
        return False  # («… غارة على حي X. وتسبب القصف بدمار في حي Y»: the act named again, where its harm fell)
    cut = ctx.headline_ends[0] if ctx.headline_ends else 0
    key, any_town = clauses.place_key(m.place), False
    for p in (p for o in inc.mentions if o.start >= cut for p in o.all_places
              if p and _kind(p) in kinds and p.get("country") == m.place.get("country")):
        # (read town by town, stopping at the first that is m's: an incident told many times at one town costs
        # one look, not one per telling)
        if clauses.place_key(p) == key or tellings.same_place(p, m.place) or arguments.holds(p, m.place) or \
                arguments.holds(m.place, p):
            return False
        any_town = True
    return any_town and _own(ctx, m)  # (the words around m's place read last: most joins stop before)


def _own(ctx, m) -> bool:
    """m's place is where its act happened, as the rules read it when they join for another reason: not where someone
    went (tellings.gone_to: «اقتادت الدورية الشبان إلى فرع في مدينة X»), not the speaker's (tellings.speakers_place),
    not a movement's end or way the type does not take (routes.py, as finer_place reads it), and, for the act named
    again («القصف», «المواجهات»), not a place its result, its spread or another act of its sentence names («وأدى القصف
    إلى دمار في سوق مدينة X», «امتدت المواجهات إلى بلدة X», «بعدما أوقف حاجز شباناً قرب منطقة X»)."""
    from . import incidents  # (incidents imports this module: its predicates are read at call time)
    p = m.place
    if tellings.gone_to(ctx, p) or tellings.speakers_place(ctx, m):
        return False
    role = routes.role(ctx, p, ctx.sents[m.si].start) if "start" in p else None
    if role is not None and (routes.dropped(m.type, role) or routes.second_choice(m.type, role)):
        return False
    return not (m.anaphor and (incidents._result_of(ctx, m) or incidents._spread_to(ctx, m) or
                               incidents._others_place(ctx, m)))
