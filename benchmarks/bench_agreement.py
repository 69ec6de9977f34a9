"""How far two codings of the same passages agree, by bench_events' own matching: the ceiling a scorer's F1 means
something against.

The issue's bar (type+place+count F1 0.75 on held-out text) sits under the ~0.85 that two careful people coding the
same real pages are said to reach. This measures our own figure: two gold files in the events_probe format (the
second coded by someone who never saw the first) are scored one against the other exactly as marsad's output is
scored against gold (bench_events._match: type, place by surface overlap, count or fatalities); F1 is symmetric.
Also reported_by agreement on the matched pairs and the F1 by type. `-v` lists the pairs that disagree, never on a
held-out set's file (bench_events.HELD_OUT, or a file named held_out*): on those it prints counts only.

    .venv/bin/python benchmarks/bench_agreement.py A.jsonl B.jsonl [-v]

Stop 30's measure (sets 50 and 51 against their blind second coding, both held out):

    cat benchmarks/data/events_probe/gold5[01].jsonl > /tmp/writers.jsonl
    .venv/bin/python benchmarks/bench_agreement.py /tmp/writers.jsonl \
        benchmarks/data/events_probe/held_out_second_coding_50_51.jsonl
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be  # noqa: E402


def as_output(g: dict, tie: bool = False) -> dict:
    """A gold event of the second coding in the shape of marsad's output, for bench_events' matcher (with `tie`,
    its `group` kept, so bench_events._units ties a coder's list of places as it ties marsad's)."""
    c = g["count"]
    return {"type": g["type"], "kind": g.get("kind", "incident"), "group": g.get("group") if tie else None,
            "modality": "asserted",
            "place": {"surface": g["place"], "name_ar": g["place"], "name_en": g.get("place_en")} if g["place"] else None,
            "count": {"low": c[0], "high": c[1]} if c else None, "fatalities": None, "date": g.get("date"),
            "reported_by": {"surface": g["reported_by"]} if g.get("reported_by") else {"outlet": True}}


def agreement(a: list[dict], b: list[dict], lines: list[str] | None = None, tie: bool = False) -> dict:
    """Scores coding `b` against coding `a` passage by passage (passages only one of them has are left out)."""
    other = {d["id"]: d for d in b}
    pairs = [(d, other[d["id"]]) for d in a if d["id"] in other]
    by_type: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    tp = na = nb = rep_ok = rep_n = 0
    for da, db in pairs:
        units = be._units([as_output(g, tie) for g in db["events"]])
        m = be._match(da["events"], units)
        tp += len(m)
        na += len(da["events"])
        nb += len(units)
        for g in da["events"]:
            by_type[g["type"]]["a"] += 1
        for u in units:
            by_type[u[0]["type"]]["b"] += 1
        for gi, (ui, e) in m.items():
            by_type[da["events"][gi]["type"]]["tp"] += 1
            ok = be._rep_ok(da["events"][gi], e)
            if ok is not None:
                rep_ok += ok
                rep_n += 1
        if lines is not None:
            used = {ui for ui, _ in m.values()}
            for gi, g in enumerate(da["events"]):
                if gi not in m:
                    lines.append(f"  {da['id']} A only: {g['type']} count={g['count']} place={g['place']!r}")
            for ui, u in enumerate(units):
                if ui not in used:
                    g = u[0]
                    lines.append(f"  {da['id']} B only: {g['type']} count={g['count']} place={g['place']!r}")
    f1 = 2 * tp / (na + nb) if na + nb else 1.0
    return {"passages": len(pairs), "a": na, "b": nb, "tp": tp, "f1": f1,
            "reported_by": rep_ok / rep_n if rep_n else None,
            "by_type": {t: (2 * c["tp"] / (c["a"] + c["b"]) if c["a"] + c["b"] else 1.0, c["a"], c["b"])
                        for t, c in by_type.items()}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", help="the first coding (gold jsonl, events_probe format)")
    ap.add_argument("b", help="the second coding of the same passages")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the events only one coding has")
    args = ap.parse_args()
    held = {Path(be.PROBES[n]).name for n in be.HELD_OUT if n in be.PROBES} | {f"gold{n[5:]}.jsonl" for n in be.HELD_OUT}
    if args.verbose and ({Path(args.a).name, Path(args.b).name} & held or
                         any(Path(x).name.startswith("held_out") for x in (args.a, args.b))):
        print("-v lists passages' events: not on a held-out set's gold")
        return 2
    try:
        a, b = be.news_dev_gold(Path(args.a)), be.news_dev_gold(Path(args.b))
    except (OSError, ValueError, KeyError) as exc:
        print(f"cannot read the codings: {exc}")
        return 2
    lines: list[str] | None = [] if args.verbose else None
    r = agreement(a, b, lines, tie=True)
    untied = agreement(a, b)
    print(f"{r['passages']} passages in both; events: A {r['a']}, B {r['b']}, agreed {r['tp']}")
    if untied["b"] != r["b"]:
        print(f"(B's groups tied as one unit each, as the scorer ties marsad's; every record its own unit: B "
              f"{untied['b']}, agreed {untied['tp']}, F1 {untied['f1']:.2f})")
    print(f"type+place+count agreement F1 {r['f1']:.2f}; reported_by on agreed pairs "
          f"{'-' if r['reported_by'] is None else format(r['reported_by'], '.2f')}")
    for t, (f, na, nb) in sorted(r["by_type"].items(), key=lambda kv: -(kv[1][1] + kv[1][2])):
        print(f"  {t:18s} F1 {f:.2f}  (A {na}, B {nb})")
    for line in lines or []:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
