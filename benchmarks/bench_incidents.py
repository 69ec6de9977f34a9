"""One record per incident (stop 37): the census's two join classes taken apart by where the tellings stand.

bench_events_census counts a miss as "joined" when its type is only on records matched to other gold, and an extra as
"a second telling" when it is unmatched and every gold of its type is matched. Neither says whether marsad made one
record of two incidents, or two of one; this does, by the sentences of the gold's figure/place spans (G) against the
mentions of the records (R):

  joined misses   in:matched     G meets the mentions of a record matched to another gold (two incidents made one)
                  in:unasserted  G meets a record judged not to have happened
                  in:other-type  G meets a record of another type only
                  near:matched   no record there; a matched record of the type tells the sentence before/after
                  lost           no record tells G's sentences
                  no-span        the gold's figure and place have no span
  second tellings retells-mate   the nearest record of its type matched to a gold (its mate) tells a gold whose spans
                                 stand in the extra's sentences, or none does: one incident made two (with the sentence
                                 distance to the mate, whether their place ids agree, whether the mate is in the lead)
                  tells-other-gold  the extra's sentences hold the spans of another gold of the type than the mate's
                  no-mate        no matched record of its type

    .venv/bin/python benchmarks/bench_incidents.py [--first-runs | --rev X] [--list joined|second|'']
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

if "--src" in sys.argv:  # a child run on an older tree: its marsad first
    sys.path.insert(0, sys.argv[sys.argv.index("--src") + 1])
    import marsad  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be  # noqa: E402
import bench_events_reach as reach  # noqa: E402


def _sents(r: dict, ss) -> set[int]:
    return {ss.of(m["start"]) for m in r.get("mentions") or []} | {ss.of(r["start"])}


def _brief(r: dict | None) -> dict | None:
    if r is None:
        return None
    fig = r.get("count") or r.get("fatalities") or {}
    return {"type": r["type"], "trigger": r.get("trigger"), "start": r["start"],
            "place": (r.get("place") or {}).get("surface"), "fig": [fig.get("low"), fig.get("high")] if fig else None,
            "mentions": [m.get("surface") for m in r.get("mentions") or []], "kind": r.get("kind"),
            "modality": r.get("modality", "asserted"), "date": r.get("date")}


def _gold(g: dict) -> dict:
    return {"type": g["type"], "place": g["place"], "count": g["count"], "date": g.get("date")}


def run_doc(d: dict, doc) -> list[dict]:
    """The join cases of one passage (census classes, then where the tellings stand)."""
    evs = doc["events"]
    ss = reach.Sents(doc)
    units = be._units(evs)
    golds = d["events"]
    m = be._match(golds, units)
    mu = {ui for ui, _ in m.values()}
    ug = [i for i in range(len(golds)) if i not in m]
    uu = [i for i in range(len(units)) if i not in mu]
    loose = be._match([golds[i] for i in ug], [units[i] for i in uu], place=False)
    paired = {uu[j] for j, _ in loose.values()}
    left = [units[i][0] for i in uu if i not in paired]
    left_types = collections.Counter(u["type"] for u in left)
    matched = {ui: gi for gi, (ui, _) in m.items()}  # unit index -> the gold it is matched to
    out = []
    for k, gi in enumerate(ug):
        g = golds[gi]
        t = g["type"]
        if k in loose or left_types[t]:
            continue
        if any(g["place"] and be._place_ok(g, u) for u in left):
            continue
        if not any(units[ui][0]["type"] == t for ui in matched):
            continue
        gs = {ss.of(a) for a, _ in g["_fig"] + g["_place"]}
        case = {"set": d["set"], "id": d["id"], "what": "joined", "gold": _gold(g), "gold_sents": sorted(gs)}
        if not gs:
            case["cause"] = "no-span"
        else:
            host = [(ui, e) for ui in matched for e in units[ui] if e["type"] == t and gs & _sents(e, ss)]
            off = [e for e in evs if e.get("modality", "asserted") != "asserted" and e["type"] == t
                   and gs & _sents(e, ss)]
            other = [e for e in evs if e["type"] != t and gs & _sents(e, ss)]
            near = [(ui, e) for ui in matched for e in units[ui] if e["type"] == t
                    and ({s + 1 for s in gs} | {s - 1 for s in gs}) & _sents(e, ss)]
            if host:
                ui, e = host[0]
                case.update(cause="in:matched", rec=_brief(e), rec_gold=_gold(golds[matched[ui]]),
                            rec_sents=sorted(_sents(e, ss)))
            elif off:
                case.update(cause="in:unasserted", rec=_brief(off[0]))
            elif other:
                case.update(cause="in:other-type", rec=_brief(other[0]))
            elif near:
                ui, e = near[0]
                case.update(cause="near:matched", rec=_brief(e), rec_gold=_gold(golds[matched[ui]]),
                            rec_sents=sorted(_sents(e, ss)))
            else:
                case["cause"] = "lost"
        case["text"] = {si: ss.text_of(si) for si in sorted(set(case["gold_sents"]) | set(case.get("rec_sents", [])))}
        out.append(case)
    # second tellings: unmatched, unpaired incidents whose type's golds are all matched
    unmatched_gold_types = collections.Counter(golds[i]["type"] for i in ug)
    gold_types = collections.Counter(g["type"] for g in golds)
    for ui in uu:
        e = units[ui][0]
        t = e["type"]
        if ui in paired or unmatched_gold_types[t] or e.get("kind", "incident") != "incident" or not gold_types[t]:
            continue
        es = _sents(e, ss)
        # the matched records of the type, nearest first
        cands = sorted(((ui2, e2) for ui2 in matched for e2 in units[ui2] if e2["type"] == t),
                       key=lambda x: min(abs(a - b) for a in es for b in _sents(x[1], ss)))
        case = {"set": d["set"], "id": d["id"], "what": "second", "rec": _brief(e), "rec_sents": sorted(es)}
        if cands:
            ui2, e2 = cands[0]
            s2 = _sents(e2, ss)
            dist = min(abs(a - b) for a in es for b in s2)
            g2 = golds[matched[ui2]]
            # which gold does the extra tell? the golds of the type whose spans sit in the extra's sentences
            told = [gj for gj, g in enumerate(golds) if g["type"] == t and
                    es & {ss.of(a) for a, _ in g["_fig"] + g["_place"]}]
            case.update(mate=_brief(e2), mate_gold=_gold(g2), mate_sents=sorted(s2), dist=dist,
                        tells=[_gold(golds[gj]) for gj in told],
                        cause="retells-mate" if matched[ui2] in told or not told else "tells-other-gold",
                        same_place=(e.get("place") or {}).get("id") == (e2.get("place") or {}).get("id"),
                        lead=0 in s2)
        else:
            case["cause"] = "no-mate"
        case["text"] = {si: ss.text_of(si) for si in sorted(set(case["rec_sents"]) | set(case.get("mate_sents", [])))}
        out.append(case)
    return out


def run_sets(names: list[str]) -> dict[str, list[dict]]:
    from marsad.document import Document
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    res = {}
    for n in names:
        rows = []
        for d in reach.load(n):
            doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
            pipe(doc)
            rows += run_doc(d, doc)
        res[n] = rows
    return res


def report(res: dict[str, list[dict]], title: str, what: str | None) -> None:
    rows = [c for cs in res.values() for c in cs]
    print(f"== {title}")
    for w in ("joined", "second"):
        cnt = collections.Counter(c["cause"] for c in rows if c["what"] == w)
        print(f"{w}: {sum(cnt.values())}  " + ", ".join(f"{k} {v}" for k, v in cnt.most_common()))
    sec = [c for c in rows if c["what"] == "second" and "dist" in c]
    print("second tellings by sentence distance to the mate: " +
          ", ".join(f"{k}: {v}" for k, v in sorted(collections.Counter(min(c['dist'], 4) for c in sec).items())))
    print("second tellings, same place id as the mate: " + str(sum(c["same_place"] for c in sec)) +
          f"; mate in the lead: {sum(c['lead'] for c in sec)}")
    if what is None:
        return
    for c in rows:
        if what and what not in c["what"] + ":" + c["cause"]:
            continue
        print(f"\n{c['set']} {c['id']} [{c['what']}:{c['cause']}]")
        if c["what"] == "joined":
            print(f"  gold: {c['gold']} sents {c['gold_sents']}")
            if c.get("rec"):
                print(f"  record: {c['rec']} sents {c.get('rec_sents')}\n  its gold: {c.get('rec_gold')}")
        else:
            print(f"  extra: {c['rec']} sents {c['rec_sents']}")
            if c.get("mate"):
                print(f"  mate: {c['mate']} sents {c['mate_sents']} dist {c['dist']}\n  mate gold: {c['mate_gold']}"
                      f"\n  golds told in the extra's sentences: {c['tells']}")
        for si, s in c["text"].items():
            print(f"  [{si}] {s.strip()[:400]}")


def main() -> int:
    import bench_figure_misses as misses
    args = misses.parser(__doc__, "WHAT", "print each case whose what:cause holds WHAT ('' for all)").parse_args()
    return misses.run_main(__file__, args, run_sets, lambda res, title: report(res, title, args.list))


if __name__ == "__main__":
    sys.exit(main())
