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

With --why (stop 38), the resolver is watched (`Watch`: the mentions it was given, the incidents it returned, and
which line of `_joins` said yes or no to each pair) and each case is put down to a CAUSE (`why_joined`, `why_second`):

  joined misses   list         no mention of the gold's type in its sentences; its place is one of a list one mention
                               of the host record is tied to (one act over several places)
                  elsewhere    the mentions of its type in its sentences are tied to other places (its telling is none)
                  no-mention   no mention of its type in its sentences at all (the telling was never an act mention)
                  anaphor      its mention (a definite noun / relative verb, no figure) was joined to another incident
                  joined:PLACE|DATE|FIGURE|SAME  its mention was joined by the rules (line L of `_joins`) to an
                               incident whose telling differs in place / day / figure, or in none of them
                  apart:dropped  its mention began an incident the resolver then dropped (history, a toll's part)
                  apart:later  its mention began an incident of its own that later steps merged or retyped
                  other-type / lost / no-span as above
  second tellings headline     the extra or its mate is a headline/first-sentence telling the body tells again
                  recap        the extra is a recap («وكان … قد …») or the other side's telling
                  list         the extra and its mate share one mention or sentence (a list made many records)
                  toll-part    the extra is a casualties record (a part or another count of the mate's dead)
                  cross-type   the extra's mention has another type than its mate's
                  said-no:L / never-asked  the rules were asked and said no at line L, or never asked (window)

    .venv/bin/python benchmarks/bench_incidents.py [--first-runs | --rev X] [--list joined|second|''] [--why]
"""
from __future__ import annotations

import collections
import os
import sys
from pathlib import Path

if "--src" in sys.argv:  # a child run on an older tree: its marsad first
    sys.path.insert(0, sys.argv[sys.argv.index("--src") + 1])
    import marsad  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be  # noqa: E402
import bench_events_reach as reach  # noqa: E402


WHY = "BENCH_INCIDENTS_WHY"  # set: watch the resolver (an environment variable, so a child on an old tree sees it)


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


def run_doc(d: dict, doc, w: dict | None = None) -> list[dict]:
    """The join cases of one passage (census classes, then where the tellings stand; with the watched resolver `w`,
    their causes)."""
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
        if w is not None:
            case["why"] = why_joined(case, g, w, evs)
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
        if w is not None:
            case["why"] = why_second(case, e, cands[0][1] if cands else None, w)
        case["text"] = {si: ss.text_of(si) for si in sorted(set(case["rec_sents"]) | set(case.get("mate_sents", [])))}
        out.append(case)
    return out


class Watch:
    """The resolver of the running tree watched on one passage at a time: the mentions it was given (as they stood
    when it returned), the incidents it returned (their mentions, deaths and parts by start), and every `_joins`
    answer with the line it returned from (a line tracer on that one function's frames only)."""

    def __init__(self) -> None:
        from marsad.extract.events import incidents
        self.mod, self.orig_resolve, self.orig_joins = incidents, incidents.resolve, incidents._joins
        incidents.resolve, incidents._joins = self._resolve, self._joins
        self.clear()

    def clear(self) -> None:
        self.ms: dict[int, dict] = {}
        self.incs: list[dict] = []
        self.calls: list[tuple] = []
        self.head_end = 0

    def _joins(self, ctx, inc, m):
        code, where = self.orig_joins.__code__, [None]

        def lines(f, ev, a):
            if ev == "line":
                where[0] = f.f_lineno
            return lines

        old = sys.gettrace()
        sys.settrace(lambda f, ev, a: lines if f.f_code is code else None)
        try:
            ans = self.orig_joins(ctx, inc, m)
        finally:
            sys.settrace(old)
        self.calls.append((m.start, inc.mentions[0].start, bool(ans), where[0]))
        return ans

    def _resolve(self, ctx, ms):
        out = self.orig_resolve(ctx, ms)
        self.head_end = ctx.headline_ends[0] if getattr(ctx, "headline_ends", None) else 0
        for m in ms:
            fig = m.figure or {}
            self.ms[m.start] = {"start": m.start, "si": m.si, "type": m.type, "surface": m.surface,
                                "anaphor": m.anaphor, "recalled": m.recalled, "fig": fig.get("low"),
                                "places": [p for p in m.all_places if p], "date": list(m.date[:2]),
                                "aggregate": m.aggregate}
        for inc in out:
            self.incs.append({"type": inc.type, "mentions": [m.start for m in inc.mentions],
                              "deaths": [m.start for m in inc.deaths], "parts": [m.start for m in inc.parts]})
        return out

    def dump(self) -> dict:
        return {"ms": self.ms, "incs": self.incs, "calls": self.calls, "head_end": self.head_end}


def _same_place(a: list[dict], b: list[dict]) -> bool:
    ka = {(p.get("id") or p.get("surface")) for p in a}
    return bool(ka & {(p.get("id") or p.get("surface")) for p in b})


def why_joined(case: dict, g: dict, w: dict, evs: list[dict]) -> str:
    """The cause of one joined miss (module docstring), from the watched resolver `w` (Watch.dump)."""
    if case["cause"] == "no-span":
        return "no-span"
    gs, t = set(case["gold_sents"]), g["type"]
    ms = list(w["ms"].values())
    told = [m for m in ms if m["si"] in gs and m["type"] == t]
    # (a mention of its type in its sentence tied to another place tells another incident: «قُتل اثنان في X، كما قُتل
    # ثلاثة في Y» with one casualties mention is not the gold at X's mention)
    mine = [m for m in told if not g["place"] or not m["places"] or
            any(be._place_ok(g, {"place": p}) for p in m["places"])]
    if not mine:
        lists = [m for m in ms if m["type"] == t and len(m["places"]) > 1 and
                 any(g["place"] and be._place_ok(g, {"place": p}) for p in m["places"])]
        if lists:
            return "list"
        if told:
            return "elsewhere"
        return "other-type" if any(m["si"] in gs for m in ms) else "no-mention"
    homes = [(m, _home(w, m["start"])) for m in mine]
    joined = [(m, h) for m, h in homes if h and h[1] == "mentions"]
    if joined:
        m, (k, _) = joined[0]
        inc = w["incs"][k]
        before = [w["ms"][s] for s in inc["mentions"] if s < m["start"] and s in w["ms"]]
        why = _line(w, m["start"], inc["mentions"])
        if m["anaphor"]:
            return f"anaphor {why}"
        diff = [n for n, bad in (("place", m["places"] and all(o["places"] and not _same_place(m["places"], o["places"])
                                                                 for o in before if o["places"])
                                  and any(o["places"] for o in before)),
                                 ("date", m["date"][0] and any(o["date"][0] and o["date"][0] != m["date"][0] for o in before)),
                                 ("figure", m["fig"] is not None and any(o["fig"] is not None and o["fig"] != m["fig"]
                                                                          for o in before))) if bad]
        return f"joined:{'+'.join(diff) or 'same'} {why}"
    heads = [m for m, h in homes if h and h[1] == "head"]
    if not heads:
        return "apart:dropped"  # (history, a toll's death or part: the resolver's own drop)
    recs = [e for e in evs for m in heads if m["start"] == e["start"] or
            m["start"] in {x.get("start") for x in e.get("mentions") or []}]
    if not recs:
        return "apart:no-record"  # its incident made no record (a later filter)
    if all(e.get("modality", "asserted") != "asserted" for e in recs):
        return "apart:unasserted"
    if all(e["type"] != t for e in recs):
        return "apart:retyped"
    return "apart:record"  # a record of its type that matched another gold or went to a group


def _home(w: dict, start: int):
    for k, inc in enumerate(w["incs"]):
        for how in ("mentions", "deaths", "parts"):
            if start in inc[how]:
                return k, ("head" if how == "mentions" and inc[how][0] == start else how)
    return None


def _line(w: dict, m: int, incs: list[int]) -> str:
    got = [c for c in w["calls"] if c[0] == m and c[1] in incs]
    return f"{'yes' if got[-1][2] else 'no'}:{got[-1][3]}" if got else "never-asked"


def why_second(case: dict, e: dict, e2: dict | None, w: dict) -> str:
    """The cause of one second telling (module docstring): its shape, then what the rules answered."""
    xs = [m.get("start") for m in e.get("mentions") or []] or [e["start"]]
    ys = [m.get("start") for m in (e2 or {}).get("mentions") or []] or ([e2["start"]] if e2 else [])
    mx = [w["ms"][s] for s in xs if s in w["ms"]]
    my = [w["ms"][s] for s in ys if s in w["ms"]]
    if set(xs) & set(ys) or {m["si"] for m in mx} & {m["si"] for m in my} and any(len(m["places"]) > 1 for m in mx + my):
        shape = "list"
    elif e["type"] == "casualties":
        shape = "toll-part"
    elif any(m["recalled"] for m in mx):
        shape = "recap"
    elif any(s < w["head_end"] for s in xs + ys) or any(m["si"] == 0 for m in mx + my):
        shape = "headline"
    elif mx and my and mx[0]["type"] != my[0]["type"]:
        shape = "cross-type"
    else:
        shape = "body"
    hx = {_home(w, s)[0] for s in xs if _home(w, s)}
    hy = {_home(w, s)[0] for s in ys if _home(w, s)}
    heads_x = [w["incs"][k]["mentions"][0] for k in hx]
    heads_y = [w["incs"][k]["mentions"][0] for k in hy]
    ans = [_line(w, s, heads_y) for s in xs] + [_line(w, s, heads_x) for s in ys]
    ans = [a for a in ans if a != "never-asked"]
    return f"{shape} {ans[-1] if ans else 'never-asked'}"


def run_sets(names: list[str]) -> dict[str, list[dict]]:
    from marsad.document import Document
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    watch = Watch() if os.environ.get(WHY) else None
    res = {}
    for n in names:
        rows = []
        for d in reach.load(n):
            doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
            if watch:
                watch.clear()
            pipe(doc)
            cases = run_doc(d, doc, watch.dump() if watch else None)
            rows += cases
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
    for w in ("joined", "second"):
        whys = [c for c in rows if c["what"] == w and "why" in c]
        if not whys:
            continue
        print(f"{w} by cause (cases / passages / sets; the rules' last answer by line):")
        by = collections.defaultdict(list)
        for c in whys:
            by[c["why"].split()[0]].append(c)
        for k, cs in sorted(by.items(), key=lambda x: -len(x[1])):
            lines = collections.Counter(c["why"].split()[1] if " " in c["why"] else "" for c in cs)
            print(f"  {k:18s} {len(cs):4d} {len({c['id'] for c in cs}):4d} {len({c['set'] for c in cs}):3d}  " +
                  ", ".join(f"{a or '-'} {b}" for a, b in lines.most_common(6)))
    if what is None:
        return
    for c in rows:
        if what and what not in c["what"] + ":" + c["cause"]:
            continue
        print(f"\n{c['set']} {c['id']} [{c['what']}:{c['cause']}] {c.get('why', '')}")
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
    ap = misses.parser(__doc__, "WHAT", "print each case whose what:cause holds WHAT ('' for all)")
    ap.add_argument("--why", action="store_true", help="watch the resolver: each case's cause (the children inherit it)")
    args = ap.parse_args()
    if args.why:
        os.environ[WHY] = "1"
    return misses.run_main(__file__, args, run_sets, lambda res, title: report(res, title, args.list))


if __name__ == "__main__":
    sys.exit(main())
