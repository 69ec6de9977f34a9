"""What coarse_told drops on the development paraphrase sets, and whether each dropped record was matched (stop 39).

A drop pays only when the dropped record is wrong more than ~76% of the time (merge5's economics at F1 ~0.47: a
right drop removes an extra, a wrong one loses a match). This lists every record coarse_told would drop on today's
rules (the events stage run with it off, then coarse_told.merge on a copy of the records), whether bench_events
matched it to a gold event (a matched drop is a loss unless another record takes its gold), the record that keeps the
act, and per set the counts; then the cost of the merge against the events stage (stage_cost, interleaved).

    .venv/bin/python benchmarks/bench_coarse_told.py [--list] [--speed-only]
"""
from __future__ import annotations

import argparse
import collections
import copy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be  # noqa: E402
import bench_events_reach as reach  # noqa: E402
import stage_cost  # noqa: E402


def _brief(r: dict) -> str:
    fig = r.get("fatalities") or r.get("count") or {}
    return f"{r['type']} @{(r.get('place') or {}).get('surface')} fig={fig.get('low')} {r.get('date')}"


def drops(ready: list, golds: dict) -> list[dict]:
    """[{set, id, record, kept, matched}] for each record the merge drops (rules' records, the merge on a copy)."""
    from marsad.extract.events import coarse_told
    from marsad.extract.events.context import Ctx
    from marsad.extract.events.extractor import EventExtractor
    from marsad.extract.events.vocab import vocab

    ex, v = EventExtractor(), vocab()
    out = []
    for doc in ready:
        ctx = Ctx(doc, v)
        coarse_told.ENABLED = False
        recs = ex.extract(doc, ctx)
        coarse_told.ENABLED = True
        kept = coarse_told.merge(ctx, copy.deepcopy(recs))
        left = {(r["start"], r["end"], r["type"]) for r in kept}
        units = be._units(recs)
        matched = {id(units[ui][0]) for ui, _ in be._match(golds[doc.id]["events"], units).values()}
        for r in recs:
            if (r["start"], r["end"], r["type"]) in left:
                continue
            to = next((k for k in kept if any(m["start"] == r["mentions"][0]["start"] for m in k["mentions"])), None)
            out.append({"set": golds[doc.id]["set"], "id": doc.id, "record": _brief(r), "kept": to and _brief(to),
                        "matched": id(r) in matched})
    return out


def _merged(ctx, recs: list[dict]) -> list[dict]:
    from marsad.extract.events import coarse_told
    coarse_told.ENABLED = True
    try:
        return coarse_told.merge(ctx, recs)
    finally:
        coarse_told.ENABLED = False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true", help="each dropped record")
    ap.add_argument("--speed-only", action="store_true")
    args = ap.parse_args()
    from marsad.extract.events import coarse_told
    from marsad.pipeline import Pipeline

    names = list(be.PARAPHRASE)
    assert not set(names) & set(be.HELD_OUT)
    docs = [dict(d, set=n) for n in names for d in reach.load(n)]
    was = coarse_told.ENABLED
    coarse_told.ENABLED = False
    ready = stage_cost.documents(Pipeline(), docs)
    if not args.speed_only:
        got = drops(ready, {d["id"]: d for d in docs})
        if args.list:
            for g in got:
                print(f"{'MATCHED' if g['matched'] else 'extra  '} {g['set']} {g['id']} {g['record']}  ->  {g['kept']}")
        per = collections.Counter((g["set"], g["matched"]) for g in got)
        print(f"dropped {len(got)} on {len(names)} sets ({len({g['set'] for g in got})} sets): "
              f"{sum(not g['matched'] for g in got)} unmatched (right), {sum(g['matched'] for g in got)} matched; "
              f"precision {sum(not g['matched'] for g in got) / max(1, len(got)):.2f} (pays above ~0.76)")
        for n in names:
            if per[n, False] or per[n, True]:
                print(f"  {n:9s} right {per[n, False]}  matched {per[n, True]}")
    coarse_told.ENABLED = False  # (the stage without it; the hook turns it on for its own call)
    t = stage_cost.interleaved(ready, stage_cost.after_stage(_merged))
    coarse_told.ENABLED = was
    print(f"speed: the events stage with coarse_told / without {t[True] / t[False]:.3f} ({t[False]:.2f}s -> "
          f"{t[True]:.2f}s, {len(ready)} passages, best of 3 interleaved rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
