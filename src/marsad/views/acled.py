"""ACLED export v2: one row per asserted incident, ACLED's 31 columns in ACLED's order.

Input: stored event dicts in contract v2 shape (as `marsad extract` writes them; extra store fields
such as `event_id`, `outlet` or `reports` are used when present). Aggregates, events that did not
happen (negated, denied, future, hypothetical, call, attempted) and incidents only recalled as
history (`background`: «يذكر أن المدينة شهدت عام 2013 اشتباكات…») make no row: a recalled battle
was news in its own report (which makes its row; a later recall merges into it in the store), and
counted again from every article that recalls it, with a coarse date, it would be summed twice. `event_date` is
always a day: a text-dated day has time_precision 1; a week, or a day taken from the publication
date, 2 (set to the week's middle day); a month or a year 3 (the 15th of the month, 1 July). The
country, ISO code, region and admin names come from the event's place (a place in Turkey is
Turkey), never a default; an event without a place keeps those cells empty. Actors are canonical
names from data/events/actors.json with their inter codes; `fatalities` are the event's own
deaths (0 when none are stated). The store helper's exporters call `acled_rows`.
"""
from __future__ import annotations

import datetime as _dt
import json
import time
from functools import lru_cache
from typing import Any, Iterable

from ..extract.events.actor_names import acled_name
from ..extract.events.vocab import DATA, load_actors, load_types

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp"]

_NOT_HAPPENED = frozenset({"negated", "denied", "future", "hypothetical", "call", "attempted"})


@lru_cache(maxsize=1)
def _vocab() -> dict:
    return json.loads((DATA / "acled.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _actors() -> dict[str, dict]:
    return {a["canonical"]: a for a in load_actors()["actors"]}


def acled_rows(events: Iterable[dict], timestamp: int | None = None) -> list[dict]:
    """Rows (dicts keyed by ACLED_COLUMNS, in that order) for the asserted incidents."""
    ts = int(time.time()) if timestamp is None else int(timestamp)
    evs = [e for e in events if e.get("kind", "incident") == "incident"
           and e.get("modality", "asserted") not in _NOT_HAPPENED and not e.get("background")]
    # a list of per-place parts («20 من قرية…، و14 من…») stands for its total: keep the parts
    listed = {e.get("group") for e in evs if e.get("part_of_list")}
    out = []
    for n, e in enumerate(evs, 1):
        if e.get("group") in listed and not e.get("part_of_list"):
            continue
        out.append(_row(e, n, ts))
    return out


def _row(e: dict, n: int, ts: int) -> dict:
    v = _vocab()
    types = load_types()["types"]
    spec = types.get(e.get("type") or "other") or types["other"]
    place = e.get("place") or {}
    country_key = place.get("country") or ("Syria" if place.get("admin1_en") else None)
    country, iso, region = v["countries"].get(country_key, [None, None, None]) if country_key else (None, None, None)
    country = country or (country_key if country_key and len(country_key) > 3 else None)
    a1, assoc1, a2, assoc2 = _actor_columns(e, country or "Syria")
    acled_type = spec.get("acled_government") if e.get("type") == "territory_change" and a1 and \
        a1["inter"] == 1 and spec.get("acled_government") else spec["acled"]
    event_type, sub = acled_type
    if e.get("type") == "casualties" and a2 and a2["inter"] not in (6, 7) and v.get("casualties_of_armed"):
        # «أعلنت الجبهة مقتل 11 عنصراً من قوات النظام»: the dead are fighters, not civilians
        event_type, sub = v["casualties_of_armed"]
    if e.get("type") == "protest":
        a1, assoc1, a2, assoc2, sub = _protest(e, a1, assoc1, a2, assoc2, sub)
    date, precision = _day(e.get("date"), e.get("date_grain"), e.get("date_source"))
    kind = place.get("kind") or place.get("level")
    fat = (e.get("fatalities") or {}).get("low")
    if fat is None and e.get("type") == "casualties" and e.get("subtype") != "injured":
        fat = (e.get("count") or {}).get("low")
    inter1 = a1["inter"] if a1 else None
    inter2 = a2["inter"] if a2 else None
    iso_code = "".join(ch for ch in str(country or "XXX")[:3].upper() if ch.isalpha())
    row: dict[str, Any] = {
        "event_id_cnty": f"{iso_code}MRS{e.get('event_id', n)}",
        "event_date": date,
        "year": int(date[:4]) if date else None,
        "time_precision": precision,
        "disorder_type": v["disorder"].get(event_type, "Strategic developments"),
        "event_type": event_type,
        "sub_event_type": sub,
        "actor1": a1["name"] if a1 else "",
        "assoc_actor_1": "; ".join(assoc1),
        "inter1": inter1,
        "actor2": a2["name"] if a2 else "",
        "assoc_actor_2": "; ".join(assoc2),
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == 7 and event_type != "Protests" else "",
        "iso": iso,
        "region": region or "",
        "country": country or "",
        "admin1": v["admin1"].get(place.get("admin1_en") or "", place.get("admin1_en") or "") if country == "Syria"
        else (place.get("admin1_en") or ""),
        "admin2": place.get("admin2_en") or "",
        "admin3": place.get("admin3_en") or "",
        "location": place.get("name_en") or place.get("name_ar") or place.get("surface") or "",
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        # (a place the text ties to a known town, «قرية X جنوب Y», says its own: 2, near that town)
        "geo_precision": place.get("geo_precision") or v["geo_precision"].get(kind or "", 3) if place else None,
        "source": _source(e),
        "source_scale": "Other",
        "notes": _notes(dict(e, _acled_sub=sub), a1, a2, place),
        "fatalities": int(fat or 0),
        "tags": _tags(e),
        "timestamp": ts,
    }
    return {c: row[c] for c in ACLED_COLUMNS}


def _actor_columns(e: dict, country: str):
    known = _actors()
    agents = [known[a["canonical"]] for a in e.get("actors") or [] if a.get("role") == "agent"
              and a.get("canonical") in known]
    targets = [known[a["canonical"]] for a in e.get("actors") or [] if a.get("role") == "target"
               and a.get("canonical") in known]
    day = e.get("date")
    # ACLED names state forces by period («Military Forces of Israel (2022-)»): the event's date picks
    names = [acled_name(a, day) for a in agents]
    tnames = [acled_name(a, day) for a in targets]
    a1 = {"name": names[0], "inter": agents[0]["inter"]} if agents else None
    if a1 is None:
        d = _vocab()["default_actor"].get(e.get("type") or "")
        if d:
            a1 = {"name": d[0].format(country=country), "inter": d[1]}
    # actor2: the first target that is not actor1 («مقتل 11 من قوات النظام خلال محاولتها التقدم»: the
    # army's own dead are listed as a target, the side that fought it comes after)
    other = next((i for i, n in enumerate(tnames) if a1 is None or n != a1["name"]), None)
    a2 = {"name": tnames[other], "inter": targets[other]["inter"]} if other is not None else None
    # one force is never on both sides: a target's name is no associate of actor1, and back
    sides = {(a1 or {}).get("name"), (a2 or {}).get("name")}
    assoc1 = list(dict.fromkeys(n for n in names[1:] if n not in sides))
    assoc2 = list(dict.fromkeys(n for n in tnames[1:] if n not in sides and n not in assoc1))
    return a1, assoc1, a2, assoc2


def _protest(e: dict, a1, assoc1, a2, assoc2, sub: str):
    """A protest met by a named force: «Protest with intervention» (the protesters actor1, the force
    actor2); with deaths or injuries the text ties to it, «Excessive force against protesters» (the
    force actor1, the protesters actor2), as ACLED codes them."""
    subs = _vocab().get("protest_subtypes") or {}
    sides = [x for x in (a1, a2) if x]
    force = next((x for x in sides if x["inter"] not in (6, 7)), None)  # the dead of a protest are no force
    crowd = next((x for x in sides if x["inter"] == 6), None)
    if force is None:
        return a1, assoc1, a2, assoc2, sub
    if crowd is None:
        known = _actors().get("Protesters (Syria)")
        crowd = {"name": known["acled"] if known else "Protesters (Syria)", "inter": 6}
    hurt = any(((e.get(k) or {}).get("low") or 0) > 0 for k in ("fatalities", "injured"))
    if hurt:
        return force, [], crowd, [], subs.get("excessive_force", sub)
    return crowd, [], force, [], subs.get("intervention", sub)


def _interaction(i1: int | None, i2: int | None) -> int | None:
    """ACLED's two-digit code: the lower inter first (12, 17, 37…); one actor alone gives 10, 20…"""
    if i1 is None and i2 is None:
        return None
    if i1 is None or i2 is None:
        return (i1 or i2) * 10
    lo, hi = sorted((i1, i2))
    return lo * 10 + hi


def _day(value: str | None, grain: str | None, source: str | None) -> tuple[str | None, int | None]:
    if not value:
        return None, None
    try:
        if grain == "week" or "-W" in value:
            y, w = value.split("-W")
            d = _dt.date.fromisocalendar(int(y), int(w[:2]), 3)
            return d.isoformat(), 2
        if len(value) == 10:
            return value, 1 if source != "published" else 2
        if len(value) == 7:
            return f"{value}-15", 3
        if len(value) == 4:
            return f"{value}-07-01", 3
    except ValueError:
        return None, None
    return None, None


def _source(e: dict) -> str:
    """ACLED's `source`: the named sources and outlets in English; a source the text names but
    our lists do not know stays in the event record (`reported_by`), not in this column."""
    rb = e.get("reported_by") or {}
    names = []
    if isinstance(rb, dict):
        if rb.get("canonical"):
            names.append(rb["canonical"])
        elif rb.get("outlet") and rb.get("surface"):
            names.append(rb["surface"])
    elif rb and str(rb).isascii():
        names.append(str(rb))
    for r in e.get("reports") or []:
        for k in ("outlet",):
            if r.get(k):
                names.append(r[k])
    if e.get("outlet"):
        names.append(e["outlet"])
    out: list[str] = []
    for n in dict.fromkeys(n for n in names if n):
        if not any(_same_source(n, o) for o in out):
            out.append(n)
    return "; ".join(out)


def _same_source(a: str, b: str) -> bool:
    """«SOHR» and «Syrian Observatory for Human Rights» are one source: an outlet written as the
    initials of a named source's words (small words like «for» skipped) is that source."""
    def initials(name: str) -> str:
        return "".join(w[0] for w in name.replace("(", " ").split() if w[:1].isupper())
    short, long_ = sorted((a, b), key=len)
    return short.isupper() and len(short) >= 3 and " " not in short and initials(long_) == short


def _fig(f: dict | None) -> str | None:
    if not f:
        return None
    lo, hi = f.get("low"), f.get("high")
    s = f"{lo:g}" if lo is not None else "up to"
    if hi is not None and hi != lo:
        s = f"{s}-{hi:g}" if lo is not None else f"up to {hi:g}"
    elif hi is None and lo is not None:
        s = f"more than {lo:g}" if f.get("approx") else f"at least {lo:g}"
    if f.get("approx") and hi == lo:
        s = f"about {s}"
    return s


def _notes(e: dict, a1: dict | None, a2: dict | None, place: dict) -> str:
    """A short English summary (ACLED notes): what, who, where, how many, who says so."""
    label = sub.lower() if (sub := e.get("_acled_sub")) and e.get("type") == "protest" and sub != "Peaceful protest" \
        else _vocab()["labels"].get(e.get("type") or "other", "event")
    parts = [f"On {e.get('date') or 'an unknown date'}, {label}"]
    if a1:
        parts.append(f"by {a1['name']}")
    if a2:
        parts.append(f"against {a2['name']}")
    where = place.get("name_en") or place.get("surface")
    if where:
        parts.append(f"in {where}" + (f" ({place['admin1_en']})" if place.get("admin1_en") and
                                        place.get("admin1_en") != where else ""))
    text = " ".join(parts)
    figs = []
    if _fig(e.get("count")):
        figs.append(f"count {_fig(e.get('count'))}" + (f" {e['counted_en']}" if e.get("counted_en") else ""))
    if _fig(e.get("fatalities")):
        figs.append(f"{_fig(e['fatalities'])} killed")
    if _fig(e.get("injured")):
        figs.append(f"{_fig(e['injured'])} injured")
    if figs:
        text += ": " + ", ".join(figs)
    src = _source(e)
    if src:
        text += f". Reported by {src}"
    return text + "."


def _tags(e: dict) -> str:
    tags = []
    if e.get("date_source") == "published":
        tags.append("date from publication")
    if any((e.get(k) or {}).get("approx") for k in ("count", "fatalities")):
        tags.append("approximate figures")
    if e.get("type") == "protest":
        c = e.get("count")
        tags.append(f"crowd size={_fig(c)}" if c else "crowd size=no report")
    if e.get("group"):
        tags.append(f"marsad group {e['group']}")
    return "; ".join(tags)
