"""Where each event error stands, in counts only: a census of the misses and extras of an event set.

bench_events.py says how many events are wrong; this says what kind of wrong, by the same matching
(type + place + figure, then type + figure alone on what is left), so that work can go where the errors
are without reading a passage. Misses: right type and figure at the wrong place (and whether the gold
place was found by the places layer at all, or a coarser place was taken), right type with the wrong
figure, another type emitted at the gold's place (the confusion pairs), nothing of its type, joined into
an incident matched to other gold, or found but judged not to have happened. Extras: paired with a gold
event of their type (arguments wrong), an aggregate, a second telling of a matched incident, or no gold
of their type in the passage (a non-act or a type error). Held-out sets are refused, as bench_events does.

    .venv/bin/python benchmarks/bench_events_census.py --set probe20,probe21
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be  # noqa: E402

_LEVEL = {"neighbourhood": 0, "facility": 0, "camp": 0, "locality": 1, "city": 1, "subdistrict": 2, "district": 2,
          "region": 3, "governorate": 4, "country": 5}


def census(docs: list[dict], run) -> tuple[collections.Counter, collections.Counter]:
    """(misses, extras) by kind. `run(d)` gives a finished Document for a gold passage."""
    miss: collections.Counter = collections.Counter()
    extra: collections.Counter = collections.Counter()
    for d in docs:
        doc = run(d)
        evs = doc["events"]
        units = be._units(evs)
        golds = d["events"]
        m = be._match(golds, units)
        mu = {ui for ui, _ in m.values()}
        ug = [g for i, g in enumerate(golds) if i not in m]
        uu = [(i, u) for i, u in enumerate(units) if i not in mu]
        loose = be._match(ug, [u for _, u in uu], place=False)
        paired = {uu[j][0] for j, _ in loose.values()}
        layer = doc.layers.get("places", [])
        left = [u for i, u in uu if i not in paired]
        left_types = collections.Counter(u[0]["type"] for u in left)
        matched_types = collections.Counter(u[0]["type"] for i, u in enumerate(units) if i in mu)
        off = collections.Counter(e["type"] for e in evs if e.get("modality", "asserted") != "asserted")
        for gi, g in enumerate(ug):
            t = g["type"]
            if gi in loose:
                miss[_place_kind(g, loose[gi][1], layer)] += 1
            elif left_types[t]:
                miss["right type, figure wrong"] += 1
            elif any(g["place"] and be._place_ok(g, u[0]) for u in left):
                other = next(u[0]["type"] for u in left if g["place"] and be._place_ok(g, u[0]))
                miss[f"another type at its place: {t} -> {other}"] += 1
            elif matched_types[t]:
                miss["its type only on events matched to other gold (joined)"] += 1
            elif off[t]:
                miss["found, judged not to have happened"] += 1
            else:
                miss[f"nothing of its type: {t}"] += 1
        gold_types = collections.Counter(g["type"] for g in golds)
        unmatched_gold_types = collections.Counter(g["type"] for g in ug)
        for i, u in uu:
            t, kind = u[0]["type"], u[0].get("kind", "incident")
            if i in paired or unmatched_gold_types[t]:
                extra["paired with a gold of its type (arguments wrong)"] += 1
            elif kind != "incident":
                extra[f"{kind}, no gold like it"] += 1
            elif gold_types[t]:
                extra["a second telling of a matched incident"] += 1
            else:
                extra[f"no gold of its type in the passage: {t}"] += 1
    return miss, extra


def _place_kind(g: dict, e: dict, layer: list[dict]) -> str:
    p = e.get("place")
    if g["place"] is None:
        return "right type+figure; a place where the gold has none"
    found = [pl for pl in layer if be._overlap(g["place"], pl.get("surface"))]
    if not found:
        return "right type+figure; the gold place is not in the places layer"
    if p is None:
        return "right type+figure; no place taken (the gold place was found)"
    gl = min(_LEVEL.get(pl.get("kind"), 1) for pl in found)
    if _LEVEL.get(p.get("kind"), 1) > gl:
        return "right type+figure; a coarser place taken (the gold place was found)"
    return "right type+figure; another place of its level or finer taken (the gold place was found)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="all", help="comma-separated sets (news_dev, samples, probeN) or all (seen sets)")
    ap.add_argument("--writer-run", action="store_true", help=argparse.SUPPRESS)  # the lead, on held-out sets
    ap.add_argument("--top", type=int, default=25, help="rows of each list")
    args = ap.parse_args()
    names = [n for n in (args.set.split(",") if args.set != "all" else ["news_dev", *be.PROBES]) if n]
    if args.set == "all":
        names = [n for n in names if n not in be.HELD_OUT]
    bad = [n for n in names if n not in be.PROBES and n != "news_dev"]
    if bad:
        print(f"unknown set(s): {', '.join(bad)}")
        return 2
    held = [n for n in names if n in be.HELD_OUT]
    if held and not args.writer_run:
        print(f"{', '.join(held)}: held out; only the lead scores it, with bench_events_history.py")
        return 2
    from marsad.document import Document
    from marsad.pipeline import Pipeline

    pipe = Pipeline()

    def run(d: dict):
        doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
        pipe(doc)
        return doc

    docs = []
    for n in names:
        if n == "news_dev":
            if be.NEWS_DEV.exists():
                docs += be.news_dev_gold()
            continue
        docs += be.news_dev_gold(be.PROBES[n])
    miss, extra = census(docs, run)
    print(f"{len(docs)} passages, {sum(len(d['events']) for d in docs)} gold events")
    print(f"misses: {sum(miss.values())}")
    for k, v in miss.most_common(args.top):
        print(f"{v:5d}  {k}")
    print(f"extras: {sum(extra.values())}")
    for k, v in extra.most_common(args.top):
        print(f"{v:5d}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
